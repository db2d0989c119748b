"""test93/go-terpdesk: a sign-language interpreter agency's booking requests and timesheets (Go, net/http + pgx).

Frozen test split test93, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers or specs (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test93: seeded problems in an interpreter agency's booking and timesheet service; five agents' "
    "answers written by hand."
)

M = "main.go"

PROBLEMS = {
    "CLIENT-ID-HEADER-FALLBACK": P(M, 'client = r.Header.Get("X-Client-ID")', "security",
                                   "unknown or missing API key falls back to the caller's own X-Client-ID header: any client identity can be claimed",
                                   "signature-vs-statement"),
    "BOOKING-MASS-ASSIGNMENT": P(M, "b.ClientID, b.Language, b.Region, b.Start, b.End, b.Setting, b.Status, b.RatePence).Scan(&b.ID)", "security",
                                 "status and rate_pence come from the client's JSON: a client books itself as confirmed at its own rate"),
    "BOOKING-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                               "database error text returned to the client"),
    "MY-BOOKINGS-SKIPS-FIRST": P(M, "start := page * pageSize", "bug",
                                 "page is at least 1 but start = page * pageSize: the first page of bookings is never returned",
                                 "off-by-one"),
    "MY-BOOKINGS-SLICE-PANIC": P(M, "json.NewEncoder(w).Encode(list[start:end])", "bug",
                                 "start beyond len(list) makes end < start: slice bounds panic for a page past the end"),
    "BOOKING-OTHER-CLIENTS": P(M, 'err := s.db.QueryRow("SELECT id, client_id, interpreter, setting, status FROM bookings WHERE id = $1"', "security",
                               "GET /bookings/{id} never checks client_id: any client reads any booking (medical, legal settings)",
                               "signature-vs-statement"),
    "AVAILABLE-REGION-SQLI": P(M, "q := fmt.Sprintf(\"SELECT name, phone FROM interpreters WHERE active AND region = '%s'\", region)", "security",
                               "region query value formatted into the SQL text", "source-vs-sink"),
    "AVAILABLE-PHONE-LEAK": P(M, "q := fmt.Sprintf(\"SELECT name, phone FROM interpreters WHERE active AND region = '%s'\", region)", "security",
                              "interpreters' personal phone numbers returned to every client"),
    "AVAILABLE-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query(q+" AND language = $1", lang)', "bug",
                                   "rows never closed (and rows.Err never checked): a connection leaks per search"),
    "ASSIGN-DB-ERROR-IGNORED": P(M, "UPDATE bookings SET interpreter = $1, status = 'assigned' WHERE id = $2", "bug",
                                 "failed UPDATE only logged: 204 is returned and memory says assigned while the database does not"),
    "RESERVE-MAP-RACE": P(M, "s.busy[slot], s.assigned[id] = true, terp", "bug",
                          "busy/assigned maps checked and written without s.mu from concurrent handlers: double booking, concurrent map writes",
                          "critical-section"),
    "RESERVE-OLD-SLOT-KEPT": P(M, "s.busy[slot], s.assigned[id] = true, terp", "bug",
                               "reassigning a booking never frees the previous interpreter's busy day"),
    "RATE-LOOKUP-ERROR-IGNORED": P(M, 'terp).Scan(&hourly)', "bug",
                                   "Scan error ignored: an unknown interpreter is paid 0 without any error"),
    "RATE-QUARTER-TRUNCATES": P(M, "return hourly / 4", "bug",
                                "hourly pence / 4 in integers drops up to 3p per quarter hour"),
    "TIMESHEET-IDENTITY-HEADER": P(M, 'terp := r.Header.Get("X-Interpreter")', "security",
                                   "timesheets route has no middleware: the interpreter is whoever the X-Interpreter header names",
                                   "signature-vs-statement"),
    "QUARTERS-ROUND-DOWN": P(M, "quarters := t.Minutes / quarterHour", "bug",
                             "integer division drops a started quarter hour the agency rule says is paid", "off-by-one"),
    "MILES-UNCHECKED": P(M, "pay := quarters*s.ratePerQuarter(terp) + t.Miles*milePence", "bug",
                         "miles not validated: negative or absurd mileage goes straight into pay"),
    "TIMESHEET-ANY-BOOKING": P(M, '_, err := s.db.Exec("INSERT INTO timesheets', "security",
                               "booking_id not checked against the interpreter's own assignments (and no duplicate check)"),
    "INVOICE-SHELL-INJECTION": P(M, 'exec.Command("sh", "-c", "invoice-pdf --client "+client+" --month "+month)', "security",
                                 "client path value and month query value concatenated into sh -c", "source-vs-sink"),
    "INVOICE-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c", "invoice-pdf --client "+client+" --month "+month)', "bug",
                            "renderer run without a context or timeout: a hung invoice-pdf holds the request forever"),
    "REMINDER-MAP-RACE": P(M, "for id, terp := range s.assigned {", "bug",
                           "reminder goroutine iterates s.assigned without s.mu while handlers write it", "critical-section"),
    "REMINDER-EVERY-BOOKING-HOURLY": P(M, "due = append(due, Booking{ID: id, Interpreter: terp})", "bug",
                                       "every assigned booking is reminded every hour, past and future alike: no date filter"),
    "REMINDER-INDEX-OFF-BY-ONE": P(M, "for i := 1; i <= len(due); i++ {", "bug",
                                   "loop from 1 to len(due) inclusive: skips the first booking and panics (killing the server) at due[len]",
                                   "off-by-one"),
}

CONFUSABLE = [
    ("BOOKING-MASS-ASSIGNMENT", "BOOKING-DB-ERROR-LEAK"),
    ("MY-BOOKINGS-SKIPS-FIRST", "MY-BOOKINGS-SLICE-PANIC"),
    ("AVAILABLE-REGION-SQLI", "AVAILABLE-PHONE-LEAK"),
    ("AVAILABLE-REGION-SQLI", "AVAILABLE-ROWS-NOT-CLOSED"),
    ("AVAILABLE-PHONE-LEAK", "AVAILABLE-ROWS-NOT-CLOSED"),
    ("RESERVE-MAP-RACE", "RESERVE-OLD-SLOT-KEPT"),
    ("RATE-LOOKUP-ERROR-IGNORED", "RATE-QUARTER-TRUNCATES"),
    ("QUARTERS-ROUND-DOWN", "MILES-UNCHECKED"),
    ("MILES-UNCHECKED", "TIMESHEET-ANY-BOOKING"),
    ("INVOICE-SHELL-INJECTION", "INVOICE-NO-TIMEOUT"),
    ("REMINDER-MAP-RACE", "REMINDER-EVERY-BOOKING-HOURLY"),
    ("REMINDER-EVERY-BOOKING-HOURLY", "REMINDER-INDEX-OFF-BY-ONE"),
    ("REMINDER-MAP-RACE", "REMINDER-INDEX-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of terpdesk. Several things are done carefully and I left them alone:
        `adminOnly` refuses an empty `ADMIN_KEY` and uses `subtle.ConstantTimeCompare`, both JSON decoders sit
        behind `http.MaxBytesReader`, `loadBookings` closes its rows, checks every `Scan` and returns
        `rows.Err()`, the two-hour minimum call-out is applied, and the `http.Server` has read and write
        timeouts. The rest falls into identity, injection, shared maps and pay arithmetic.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 10 |
        | low | 2 |
        """,
        Block([
            F("CLIENT-ID-HEADER-FALLBACK", "critical", "security", "`clientOnly` trusts `X-Client-ID` when the API key is unknown",
              "Reject requests whose key is not in `s.apiKeys`; never read the client id from a request header.",
              symbol="Server.clientOnly", conf=0.95),
            F("BOOKING-OTHER-CLIENTS", "high", "security", "`GET /bookings/{id}` returns other clients' bookings",
              "Add `AND client_id = $2` with the authenticated client and answer 404 otherwise.",
              symbol="Server.handleBooking", conf=0.9),
            F("TIMESHEET-IDENTITY-HEADER", "high", "security", "`POST /timesheets` is unauthenticated and takes the interpreter from a header",
              "Put it behind an interpreter login and take the name from the verified identity.",
              symbol="Server.handleTimesheet", conf=0.9),
            F("TIMESHEET-ANY-BOOKING", "medium", "security", "Timesheets can be filed against any booking",
              "Check that the booking is assigned to this interpreter and has no timesheet yet.",
              d=+1, symbol="Server.handleTimesheet", conf=0.75),
            F("AVAILABLE-REGION-SQLI", "critical", "security", "SQL injection through `region`",
              "Use `$1`/`$2` placeholders for both region and language.", symbol="Server.handleAvailable", conf=0.95),
            F("AVAILABLE-PHONE-LEAK", "medium", "security", "Interpreter phone numbers are exposed to clients",
              "Return names and availability only; the office brokers contact.", symbol="Server.handleAvailable", conf=0.7),
            F("INVOICE-SHELL-INJECTION", "high", "security", "`sh -c` with the client name and month concatenated in",
              "`exec.CommandContext(ctx, \"invoice-pdf\", \"--client\", client, \"--month\", month)` after validating month as YYYY-MM.",
              symbol="Server.handleInvoicePDF", conf=0.9),
            F("BOOKING-MASS-ASSIGNMENT", "high", "security", "Clients set `status` and `rate_pence` on their own bookings",
              "Decode into a request type without those fields; set status `requested` and the rate server-side.",
              symbol="Server.handleCreateBooking", conf=0.85),
            F("BOOKING-DB-ERROR-LEAK", "low", "security", "Database error text sent to the client",
              "Log it and return a generic message.", symbol="Server.handleCreateBooking", conf=0.7),
        ]),
        "Concurrency and arithmetic:",
        Block([
            F("RESERVE-MAP-RACE", "high", "bug", "`reserve` reads and writes the shared maps without `s.mu`",
              "Hold `s.mu` for the whole check-and-set; two assignments for one interpreter and day can both succeed, and concurrent map writes crash the process.",
              symbol="Server.reserve", conf=0.9),
            F("RESERVE-OLD-SLOT-KEPT", "low", "bug", "Reassigning a booking leaves the old interpreter marked busy",
              "Clear the previous interpreter's slot when `s.assigned[id]` already has a value.", symbol="Server.reserve", conf=0.55),
            F("REMINDER-MAP-RACE", "high", "bug", "Reminder loop ranges over `s.assigned` without the lock",
              "Copy the map under `s.mu` and iterate the copy.", symbol="Server.sendReminders", conf=0.85),
            F("REMINDER-EVERY-BOOKING-HOURLY", "medium", "bug", "Every assigned booking gets a reminder every hour",
              "Select bookings starting tomorrow (from the database) and remember which were sent.",
              symbol="Server.sendReminders", conf=0.7),
            F("REMINDER-INDEX-OFF-BY-ONE", "high", "bug", "Reminder loop indexes `due[len(due)]`",
              "`for _, b := range due`; as written it skips the first booking and panics on the last index, which takes the server down.",
              symbol="Server.sendReminders", conf=0.9),
            F("ASSIGN-DB-ERROR-IGNORED", "medium", "bug", "Assignment reports success when the UPDATE fails",
              "Return 500 and undo the in-memory reservation on error.", symbol="Server.handleAssign", conf=0.75),
            F("QUARTERS-ROUND-DOWN", "medium", "bug", "Started quarter hours are not paid",
              "`quarters := (t.Minutes + quarterHour - 1) / quarterHour`.", symbol="Server.handleTimesheet", conf=0.85),
            F("MILES-UNCHECKED", "medium", "bug", "Mileage is not validated",
              "Reject negative miles and cap them (or check against the booking's distance).",
              symbol="Server.handleTimesheet", conf=0.7),
            F("RATE-LOOKUP-ERROR-IGNORED", "medium", "bug", "`ratePerQuarter` ignores the lookup error",
              "Return the error; an unknown or misspelt interpreter is silently paid nothing.",
              symbol="Server.ratePerQuarter", conf=0.75),
            F("MY-BOOKINGS-SKIPS-FIRST", "medium", "bug", "`GET /bookings` page 1 returns the second page",
              "`start := (page - 1) * pageSize`.", symbol="Server.handleMyBookings", conf=0.85),
            F("MY-BOOKINGS-SLICE-PANIC", "medium", "bug", "Slicing past the end panics",
              "Clamp `start` to `len(list)` before computing `end`.", symbol="Server.handleMyBookings", conf=0.75),
            F("AVAILABLE-ROWS-NOT-CLOSED", "medium", "bug", "`handleAvailable` never closes `rows`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleAvailable", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("CLIENT-ID-HEADER-FALLBACK", "critical", "security", "Auth bypass: unknown API key -> X-Client-ID header trusted",
              "Fail with 401 when the key is unknown.", d=-3),
            F("AVAILABLE-REGION-SQLI", "critical", "security", "SQL injection: region from query string into Sprintf",
              "Placeholders.", d=-2),
            F("INVOICE-SHELL-INJECTION", "high", "security", "sh -c with client/month from the request", "exec without shell.", d=-2),
            F("BOOKING-OTHER-CLIENTS", "high", "security", "handleBooking: no ownership check", "Filter by client_id.", d=-2),
            F("TIMESHEET-IDENTITY-HEADER", "high", "security", "Timesheet interpreter identity from unauthenticated header",
              "Authenticate interpreters.", d=-1),
            F("BOOKING-DB-ERROR-LEAK", "low", "security", "err.Error() returned to client", "Generic message."),
            F("RESERVE-MAP-RACE", "high", "bug", "Data race on s.busy/s.assigned (s.mu unused)", "Lock s.mu.", d=-3),
            F("REMINDER-MAP-RACE", "high", "bug", "sendReminders reads s.assigned concurrently with handlers",
              "Lock or channel.", d=-2),
            F("REMINDER-INDEX-OFF-BY-ONE", "high", "bug", "Index out of range: i <= len(due)", "Range over due."),
            F("AVAILABLE-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleAvailable", "defer rows.Close()."),
            F("RATE-LOOKUP-ERROR-IGNORED", "medium", "bug", "QueryRow(...).Scan error dropped", "Handle error."),
            F("QUARTERS-ROUND-DOWN", "medium", "bug", "Quarter hours truncated, not rounded up", "Ceil.", d=+1),
            F("MY-BOOKINGS-SKIPS-FIRST", "low", "bug", "Pagination starts at page*size", "(page-1)*size.", d=+1),
            F("INVOICE-NO-TIMEOUT", "low", "bug", "invoice-pdf has no timeout", "exec.CommandContext with deadline."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `terpdesk` service, a Go HTTP server that manages interpreter booking
        requests, assignments and timesheets for a sign-language interpreting agency.

        **Overall Assessment**

        The code is compact and uses Go 1.22 routing patterns well, but it has critical authentication and
        injection flaws, unsynchronized shared state, and several calculation errors that affect pay.

        **Security Vulnerabilities**
        """,
        Block([
            F("CLIENT-ID-HEADER-FALLBACK", "CRITICAL", "Broken Authentication", "Client Identity Spoofing via X-Client-ID Header",
              "Remove the header fallback.", sd=-2, n=3,
              desc="When the API key is not recognised, the middleware accepts whatever client ID the request supplies, so any caller can act as any client."),
            F("AVAILABLE-REGION-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Interpreter Availability Search",
              "Use query parameters instead of fmt.Sprintf.", d=+1, sd=-1, n=3),
            F("INVOICE-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Invoice PDF Generation",
              "Pass arguments directly to exec.Command without a shell.", sd=-2, n=3),
            F("BOOKING-OTHER-CLIENTS", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Verify that the booking belongs to the requesting client.", d=+1, sd=-1, n=3),
            F("TIMESHEET-IDENTITY-HEADER", "HIGH", "Broken Authentication", "Unauthenticated Timesheet Submission",
              "Require authentication for interpreters.", d=+1, sd=-1, n=3),
            F("BOOKING-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Internal Error Details Returned to Client",
              "Return a generic error.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic Issues**
        """,
        Block([
            F("RESERVE-MAP-RACE", "HIGH", "Race Condition", "Unsynchronized Access to Booking Maps",
              "Protect the maps with the existing mutex.", sd=-2, n=3),
            F("REMINDER-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Iteration in Reminder Goroutine",
              "Lock the mutex while reading the map.", d=+1, sd=-1, n=3),
            F("REMINDER-INDEX-OFF-BY-ONE", "HIGH", "Logic Error", "Index Out of Range in Reminder Loop",
              "Iterate from 0 to len(due) - 1.", d=+1, sd=-1, n=3),
            U({"severity": "INFO", "category": "Best Practice", "description": "Consider using a structured logger such as slog instead of log.Printf."}),
            F("QUARTERS-ROUND-DOWN", "MEDIUM", "Logic Error", "Quarter Hours Rounded Down",
              "Round up partial quarter hours.", sd=-2, n=3),
            F("RATE-QUARTER-TRUNCATES", "LOW", "Logic Error", "Integer Division Truncates Quarter-Hour Rate",
              "Compute pay from the hourly rate at the end, or round explicitly.", sd=-2, n=3),
            F("MY-BOOKINGS-SLICE-PANIC", "MEDIUM", "Error Handling", "Potential Slice Bounds Panic in Booking List",
              "Check that start does not exceed the list length.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CLIENT-ID-HEADER-FALLBACK", "high", "security", "client id spoofable via header", "drop the fallback"),
            F("BOOKING-OTHER-CLIENTS", "high", "security", "any client can read any booking", "check client_id", d=-2),
            F("AVAILABLE-REGION-SQLI", "high", "security", "sqli in available search", "use $ params"),
            F("TIMESHEET-IDENTITY-HEADER", "high", "security", "timesheets not authenticated", "add auth"),
            F("INVOICE-SHELL-INJECTION", "high", "security", "shell injection in invoice pdf", "no sh -c"),
            F("ASSIGN-DB-ERROR-IGNORED", "medium", "", "assign ignores db error", "return 500"),
            F("MILES-UNCHECKED", "low", "bug", "negative miles accepted", "validate"),
            F("REMINDER-EVERY-BOOKING-HOURLY", "low", "bug", "reminders sent for all bookings every hour", "filter by date"),
            F("REMINDER-INDEX-OFF-BY-ONE", "high", "bug", "reminder loop off by one, panics", "range over due"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        `terpdesk` is a Go service for interpreter bookings and timesheets.

        ### Key Issues
        1. Client identity can be spoofed through a header.
        2. SQL and shell injection.
        3. Missing ownership checks on bookings and timesheets.
        4. Data races on shared maps.
        5. Pay and pagination arithmetic.
        """,
        Block([
            F("CLIENT-ID-HEADER-FALLBACK", "blocker", "security", "Client authentication falls back to an untrusted header",
              "Reject unknown API keys.", d=-1, conf=0.9),
            F("BOOKING-MASS-ASSIGNMENT", "major", "security", "Booking status and rate are client-controlled",
              "Ignore these fields from input.", d=-2, conf=0.75),
            F("BOOKING-OTHER-CLIENTS", "major", "security", "Missing authorization check on booking retrieval",
              "Filter by the authenticated client.", conf=0.85),
            F("AVAILABLE-REGION-SQLI", "blocker", "security", "SQL injection in availability search", "Use bind parameters.", conf=0.9),
            F("AVAILABLE-PHONE-LEAK", "minor", "security", "Interpreter phone numbers disclosed", "Remove phone from the response.", conf=0.6),
            F("AVAILABLE-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows from the availability query are never closed",
              "Add defer rows.Close().", d=-1, conf=0.8),
            F("TIMESHEET-IDENTITY-HEADER", "major", "security", "Timesheet endpoint trusts X-Interpreter header",
              "Authenticate the interpreter.", conf=0.85),
            F("TIMESHEET-ANY-BOOKING", "major", "security", "Timesheet booking not validated against interpreter", "Check assignment.", conf=0.7),
            F("INVOICE-SHELL-INJECTION", "blocker", "security", "Shell command injection in invoice rendering", "Avoid sh -c.", conf=0.9),
            F("RESERVE-MAP-RACE", "major", "concurrency", "Concurrent map access without mutex in reserve", "Use s.mu.", conf=0.85),
            F("REMINDER-MAP-RACE", "major", "concurrency", "Reminder goroutine reads map without synchronization", "Use s.mu.", conf=0.8),
            F("REMINDER-INDEX-OFF-BY-ONE", "major", "correctness", "Off-by-one loop bounds in reminders", "Start at 0 and use <.", d=+1, conf=0.85),
            F("QUARTERS-ROUND-DOWN", "minor", "correctness", "Quarter-hour calculation truncates", "Round up.", conf=0.8),
            F("RATE-QUARTER-TRUNCATES", "minor", "correctness", "Quarter rate loses pence to integer division", "Avoid dividing early.", conf=0.6),
            F("MY-BOOKINGS-SKIPS-FIRST", "minor", "correctness", "Pagination skips first page", "Use (page - 1).", conf=0.8),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}
