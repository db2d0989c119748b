"""test86/go-inflatables: a bouncy-castle hire firm's quotes, bookings, routes, photos and refunds (Go, net/http).

Frozen test split test86 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code,
its scores or any other split's answers and specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test86: seeded problems in a bouncy-castle hire booking desk; five agents' answers "
    "written by hand."
)

M = "main.go"
PROBLEMS = {
    "DESK-FAILS-OPEN": P(M, 'if r.URL.Query().Get("key") != s.deskKey {', "security",
                         "deskOnly lets requests without a key through when DESK_KEY is unset (empty == empty)",
                         "signature-vs-statement"),
    "DESK-KEY-IN-URL": P(M, 'if r.URL.Query().Get("key") != s.deskKey {', "security",
                         "desk key taken from the query string (proxy and access logs, browser history)"),
    "HIRE-DAYS-OFF": P(M, "days := int(end.Sub(start).Hours() / 24)", "bug",
                       "hire days are inclusive but computed as end - start: a Saturday-Sunday hire is priced as one day "
                       "(a same-day hire as zero)", "off-by-one"),
    "END-BEFORE-START": P(M, "days := int(end.Sub(start).Hours() / 24)", "bug",
                          "end before start not rejected: negative days give a negative quote"),
    "BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&req); err != nil {", "security",
                        "booking body decoded without MaxBytesReader (the photo upload has one)"),
    "BOOK-OVERLAP-STRICT": P(M, "AND start_day < $3 AND end_day > $2", "bug",
                             "inclusive day ranges compared with strict < and >: a booking that starts on another's "
                             "last day is not a clash", "off-by-one"),
    "BOOK-RACE": P(M, "if err == nil && clashes == 0 {", "bug",
                   "count of clashes then INSERT with no transaction or exclusion constraint: two bookings of one castle "
                   "for the same days both succeed", "critical-section"),
    "DEPOSIT-FROM-CLIENT": P(M, "req.CastleID, req.Start, req.End, req.Postcode, req.Phone, req.Deposit).Scan(&id)", "security",
                             "deposit amount taken from the client's JSON (0 or 1 penny accepted)"),
    "BOOK-SQL-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                             "database error text returned to the public booking client", nth=0),
    "BOOKING-PUBLIC": P(M, "SELECT castle_id, start_day, end_day, postcode, phone, deposit FROM bookings", "security",
                        "GET /bookings/{id} has no key: anyone can read a hirer's phone and postcode by counting ids",
                        "signature-vs-statement"),
    "BOOKINGS-SORT-SQLI": P(M, 'rows, err := s.db.Query("SELECT id, castle_id, postcode FROM bookings', "security",
                            "sort query value concatenated into ORDER BY", "source-vs-sink"),
    "BOOKINGS-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query("SELECT id, castle_id, postcode FROM bookings', "bug",
                                  "rows never closed (no defer rows.Close()): a Scan error returns and leaks the connection"),
    "BOOKINGS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                           "query error (with the injected SQL) echoed to the client", nth=1),
    "REPLAN-SHELL-POSTCODE": P(M, 'cmd := exec.Command("sh", "-c", "route-plan --booking "+id+" --to "+postcode)', "security",
                               "postcode query value concatenated into an sh -c command", "source-vs-sink"),
    "REPLAN-SHELL-ID": P(M, 'cmd := exec.Command("sh", "-c", "route-plan --booking "+id+" --to "+postcode)', "security",
                         "booking id path value also concatenated unquoted into the shell command"),
    "REPLAN-NO-TIMEOUT": P(M, "out, err := cmd.CombinedOutput()", "bug",
                           "route planner run without a context or timeout: a hung planner holds the request forever"),
    "DISPATCH-STATE-RACE": P(M, "s.dispatched++", "bug",
                             "dispatched counter and lastRoute map written from handlers without s.mu (handleStats reads "
                             "under RLock): data race, concurrent map writes", "critical-section"),
    "PHOTO-TRAVERSAL": P(M, "f, err := os.Create(dest)", "security",
                         "X-Photo-Name header joined into the destination path: write anywhere", "source-vs-sink"),
    "PHOTO-ID-TRAVERSAL": P(M, 'dest := filepath.Join(photoDir, r.PathValue("id"), name)', "security",
                            "booking id path value used as a directory without checking the booking exists (.. allowed)"),
    "REFUND-TWICE": P(M, "err = s.payments.Refund(id, deposit)", "bug",
                      "status read, refund issued, status written: two refund requests both pay out", "critical-section"),
    "REFUND-MARKED-ON-FAILURE": P(M, "_, _ = s.db.Exec(`UPDATE bookings SET status = 'refunded' WHERE id = $1`, id)", "bug",
                                  "booking marked refunded even when the refund failed, and the UPDATE error is dropped"),
    "SERVER-NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8080", Handler: mux}', "security",
                            "http.Server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DESK-FAILS-OPEN", "DESK-KEY-IN-URL"),
    ("HIRE-DAYS-OFF", "END-BEFORE-START"),
    ("BOOK-OVERLAP-STRICT", "BOOK-RACE"),
    ("BOOK-RACE", "DEPOSIT-FROM-CLIENT"),
    ("DEPOSIT-FROM-CLIENT", "BOOK-SQL-ERROR-LEAK"),
    ("BOOKINGS-SORT-SQLI", "BOOKINGS-ROWS-NOT-CLOSED"),
    ("BOOKINGS-SORT-SQLI", "BOOKINGS-ERR-LEAK"),
    ("REPLAN-SHELL-POSTCODE", "REPLAN-SHELL-ID"),
    ("REPLAN-SHELL-POSTCODE", "REPLAN-NO-TIMEOUT"),
    ("PHOTO-TRAVERSAL", "PHOTO-ID-TRAVERSAL"),
    ("REFUND-TWICE", "REFUND-MARKED-ON-FAILURE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` (all handlers and `main`) and `payments.go`. The service is small and mostly idiomatic, but
        the public booking path and the desk tools have real problems: a shell command built from a query value, a file
        write path built from a header, a desk key that disappears when unset, and a booking flow that can hand the
        same castle to two families for the same weekend.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 8 |
        | medium | 9 |
        | low | 2 |

        Correct and worth keeping: `ownerOnly` fails closed with `subtle.ConstantTimeCompare`; `handleStats` reads
        under `s.mu.RLock()`; the photo upload wraps the body in `http.MaxBytesReader`; `castle()` and
        `handleBooking` bind their parameters; `payments.go` uses an `http.Client` with a timeout and checks the
        status code.
        """,
        Block([
            F("REPLAN-SHELL-POSTCODE", "critical", "security", "Shell injection through `postcode` in `handleReplan`",
              "Run `exec.CommandContext(ctx, \"route-plan\", \"--booking\", id, \"--to\", postcode)` without `sh -c`, and validate the postcode format.",
              symbol="Server.handleReplan", conf=0.95),
            F("REPLAN-SHELL-ID", "high", "security", "The booking id path value is concatenated into the same shell command",
              "Parse `id` with `strconv.ParseInt` before use; the argument-list fix covers it too.",
              symbol="Server.handleReplan", conf=0.75),
            F("PHOTO-TRAVERSAL", "critical", "security", "Photo upload writes to a path taken from `X-Photo-Name`",
              "Use `filepath.Base(name)`, generate the file name server-side, or reject names that are not `[a-z0-9-]+\\.jpe?g`.",
              symbol="Server.handlePhoto", conf=0.9),
            F("PHOTO-ID-TRAVERSAL", "medium", "security", "Photo directory comes from an unchecked booking id",
              "Parse the id as an integer and check the booking exists before creating `photoDir/<id>/`.",
              symbol="Server.handlePhoto", conf=0.6),
            F("BOOKINGS-SORT-SQLI", "high", "security", "SQL injection through `sort` in the desk booking list",
              "Map `sort` to a fixed set of column names.", symbol="Server.handleBookings", conf=0.9),
            F("BOOKINGS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleBookings`",
              "`defer rows.Close()` right after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleBookings", conf=0.85),
            F("BOOKINGS-ERR-LEAK", "low", "security", "Query errors are echoed to the client",
              "Log `err` and answer a generic 500.", symbol="Server.handleBookings", conf=0.6),
            F("DESK-FAILS-OPEN", "high", "security", "`deskOnly` passes every request when `DESK_KEY` is empty",
              "Refuse to start without `DESK_KEY` (or reject when `s.deskKey == \"\"`) and compare in constant time, like `ownerOnly`.",
              symbol="Server.deskOnly", conf=0.9),
            F("DESK-KEY-IN-URL", "medium", "security", "Desk key is passed in the query string",
              "Read it from a header; query strings end up in access logs and browser history.",
              symbol="Server.deskOnly", conf=0.75),
            F("BOOKING-PUBLIC", "high", "security", "`GET /bookings/{id}` exposes hirers' phone numbers and postcodes without a key",
              "Put it behind `deskOnly`, or give the hirer an unguessable booking reference and return only what they need.",
              symbol="Server.handleBooking", conf=0.85),
            F("DEPOSIT-FROM-CLIENT", "high", "security", "The client chooses its own deposit",
              "Compute the deposit on the server from the castle's day rate; ignore `deposit` in the request.",
              symbol="Server.handleBook", conf=0.85),
            F("BODY-UNBOUNDED", "medium", "security", "Booking JSON is decoded without a size limit",
              "Wrap `r.Body` in `http.MaxBytesReader`, as the photo handler does.", symbol="Server.handleBook", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "`http.Server` has no timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.", symbol="main", conf=0.7),
        ]),
        """
        Correctness and concurrency:
        """,
        Block([
            F("BOOK-RACE", "high", "bug", "Two bookings for the same castle and days can both succeed",
              "Do the check and insert in one transaction with `SELECT ... FOR UPDATE` on the castle row, or add an exclusion constraint on `(castle_id, daterange(start_day, end_day, '[]'))`.",
              d=-2, n=3, symbol="Server.handleBook", conf=0.85),
            F("BOOK-OVERLAP-STRICT", "high", "bug", "Overlap test misses bookings that share a boundary day",
              "Hire days are inclusive: `start_day <= $3 AND end_day >= $2`.", symbol="Server.handleBook", conf=0.8),
            F("HIRE-DAYS-OFF", "medium", "bug", "Quotes charge one day less than the hire",
              "Count both ends: `days := int(end.Sub(start).Hours()/24) + 1`.", symbol="Server.handleQuote", conf=0.8),
            F("END-BEFORE-START", "low", "bug", "An end date before the start gives a negative quote",
              "Reject `end.Before(start)` with 400.", symbol="Server.handleQuote", conf=0.7),
            F("REFUND-TWICE", "high", "bug", "Concurrent refund requests can both pay the deposit back",
              "Claim the booking first: `UPDATE bookings SET status = 'refunding' WHERE id = $1 AND status <> 'refunded' AND status <> 'refunding'` and refund only if one row changed.",
              symbol="Server.handleRefund", conf=0.8),
            F("REFUND-MARKED-ON-FAILURE", "medium", "bug", "A failed refund still marks the booking refunded",
              "Only write `refunded` when `Refund` returned nil, and check the `Exec` error.",
              symbol="Server.handleRefund", conf=0.8),
            F("DISPATCH-STATE-RACE", "medium", "bug", "`dispatched` and `lastRoute` are written without `s.mu`",
              "Take `s.mu.Lock()` around both writes; `handleStats` already reads them under `RLock`, and concurrent map writes crash the process.",
              n=2, symbol="Server.handleReplan", conf=0.85),
            F("REPLAN-NO-TIMEOUT", "medium", "bug", "Route planner has no timeout",
              "Use `exec.CommandContext(r.Context())` with a deadline.", symbol="Server.handleReplan", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("REPLAN-SHELL-POSTCODE", "critical", "security", "handleReplan: postcode into sh -c", "exec without shell", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "handlePhoto: header-controlled file name", "filepath.Base + allow-list", d=-2),
            F("BOOKINGS-SORT-SQLI", "high", "security", "handleBookings: ORDER BY from query", "allow-list", d=-2),
            F("BOOKINGS-ERR-LEAK", "low", "security", "handleBookings: err.Error() sent to client", "generic message"),
            F("DESK-FAILS-OPEN", "high", "security", "deskOnly open when DESK_KEY empty", "reject empty key", d=-2),
            F("BOOKING-PUBLIC", "high", "security", "handleBooking unauthenticated, returns phone", "deskOnly", d=-2),
            F("BOOK-RACE", "high", "bug", "handleBook: check/insert race", "tx or exclusion constraint", d=+1),
            F("BOOK-OVERLAP-STRICT", "medium", "bug", "overlap uses < and > on inclusive days", "<= / >=", d=-1),
            F("HIRE-DAYS-OFF", "medium", "bug", "quote days off by one", "+1", d=+1),
            F("REFUND-TWICE", "medium", "bug", "handleRefund double refund race", "conditional update", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the bouncy castle hire service. It's a Go HTTP server using the 1.22 routing patterns
        and PostgreSQL through pgx. Here is what I found.

        ## Security

        The most urgent issues are the command injection in route planning and the arbitrary file write in photo
        uploads.
        """,
        Block([
            F("REPLAN-SHELL-POSTCODE", "CRITICAL", "Command Injection", "Command Injection in Route Replanning",
              "Avoid `sh -c` and pass arguments separately.", sd=-2, n=3,
              desc="The `postcode` query parameter is appended to a shell command string, so `;rm -rf /` would run."),
            F("PHOTO-TRAVERSAL", "CRITICAL", "Path Traversal", "Arbitrary File Write via Photo Name",
              "Sanitize the file name with `filepath.Base`.", sd=-2, n=3),
            F("BOOKINGS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Booking List Sort",
              "Validate the sort column.", sd=-2, n=3),
            F("BOOKINGS-ERR-LEAK", "LOW", "Information Disclosure", "Internal Errors Returned to Client",
              "Do not return `err.Error()`.", sd=-2, n=3),
            F("BOOK-SQL-ERROR-LEAK", "LOW", "Information Disclosure", "Database Error Leaked in Booking Creation",
              "Return a generic error.", sd=-2, n=3),
            F("DESK-FAILS-OPEN", "HIGH", "Broken Authentication", "Desk Authentication Bypass with Empty Key",
              "Require a non-empty key.", sd=-2, n=3),
            F("BOOKING-PUBLIC", "HIGH", "Broken Access Control", "Booking Details Exposed Without Authentication",
              "Require authentication for this endpoint.", sd=-2, n=3,
              desc="Anyone can enumerate booking IDs and obtain customers' phone numbers and postcodes."),
            F("BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Booking Handler",
              "Use `http.MaxBytesReader`.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure server timeouts.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Double Booking Race Condition",
              "Use a transaction.", d=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Handlers could be split into separate files for readability."}),
            F("DISPATCH-STATE-RACE", "HIGH", "Race Condition", "Data Race on Dispatch Statistics",
              "Protect the counter and map with `s.mu`.", d=+1, sd=-1, n=3),
            F("HIRE-DAYS-OFF", "MEDIUM", "Logic Error", "Incorrect Day Count in Quotes",
              "Add one to include the final day.", d=+1, sd=-1, n=3),
            F("REPLAN-NO-TIMEOUT", "MEDIUM", "Availability", "External Command Without Timeout",
              "Use `exec.CommandContext`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("REPLAN-SHELL-POSTCODE", "error", "security", "command injection in replan", "no sh -c"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo name path traversal", "filepath.Base", d=-1),
            F("BOOKINGS-SORT-SQLI", "error", "security", "sql injection in sort", "whitelist"),
            F("BOOKING-PUBLIC", "error", "security", "booking lookup needs no auth", "add deskOnly", d=-2),
            F("DESK-KEY-IN-URL", "warning", "security", "desk key in url", "use header"),
            F("BOOK-RACE", "warning", "bug", "double booking possible", "transaction"),
            F("REFUND-MARKED-ON-FAILURE", "warning", "", "marked refunded even if refund fails", "check err first"),
            F("SERVER-NO-TIMEOUTS", "info", "security", "no server timeouts", "set timeouts"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. Command injection in route replanning (postcode and booking id).
        2. Path traversal in photo upload.
        3. SQL injection in the booking list.
        4. Authentication weaknesses: desk key bypass, public booking details.
        5. Double booking and overlap logic.
        6. Race conditions on refunds and dispatch statistics.
        7. Resource leaks and trusting client-supplied amounts.
        """,
        Block([
            F("REPLAN-SHELL-POSTCODE", "blocker", "security", "OS command injection via postcode parameter", "Do not use a shell.", conf=0.9),
            F("REPLAN-SHELL-ID", "major", "security", "OS command injection via booking id", "Validate the id as an integer.", d=-2, conf=0.7),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo upload", "Sanitize the file name.", conf=0.9),
            F("BOOKINGS-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause", "Whitelist sort columns.", conf=0.9),
            F("BOOKINGS-ROWS-NOT-CLOSED", "minor", "resource-leak", "Database rows not closed", "defer rows.Close().", conf=0.8),
            F("DESK-FAILS-OPEN", "major", "security", "Desk key check bypassed when unset", "Reject empty keys.", conf=0.8),
            F("BOOKING-PUBLIC", "major", "security", "Booking details readable without authentication", "Add authentication.", conf=0.8),
            F("DEPOSIT-FROM-CLIENT", "major", "security", "Client controls deposit amount", "Compute the deposit on the server.", conf=0.75),
            F("BOOK-RACE", "major", "concurrency", "Double booking race between clash check and insert", "Use a transaction.", d=-2, conf=0.8),
            F("BOOK-OVERLAP-STRICT", "major", "correctness", "Off-by-one in booking overlap check", "Use inclusive comparisons.", d=+1, conf=0.7),
            F("HIRE-DAYS-OFF", "minor", "correctness", "Off-by-one in hire day calculation", "Include the last day.", conf=0.7),
            F("REFUND-TWICE", "major", "concurrency", "Deposit can be refunded twice", "Use an atomic status transition.", d=+1, conf=0.75),
            F("DISPATCH-STATE-RACE", "minor", "concurrency", "Unsynchronized writes to dispatch counter and route map", "Lock s.mu.", conf=0.75),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}
