"""test64/go-annealboard: a glass-blowing studio's kiln-time (annealer) board (Go, net/http 1.22 patterns +
database/sql/pgx). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only splits/README.md's general and test37 sections, the builders and tune2's py-snapctl spec,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test64: seeded problems in a small glass studio kiln-time board; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(M, 'tok = r.URL.Query().Get("token")', "security",
                        "member token accepted from the query string (logs, history, referrers)"),
    "TOKEN-PREDICTABLE": P(M, 'tok := fmt.Sprintf("%x", time.Now().UnixNano())', "security",
                           "member tokens are the hex issue time in nanoseconds: guessable"),
    "OVERLAP-BOUNDARY": P(M, "if b.Kiln == kiln && !start.After(b.End) && !b.Start.After(end) {", "bug",
                          "inclusive comparisons: a booking starting exactly when another ends counts as a clash",
                          "off-by-one"),
    "FEE-ROUNDS-DOWN": P(M, "blocks := minutes / 30", "bug",
                         "integer division: a started half hour is not billed (45 minutes billed as 30)", "off-by-one"),
    "KILN-UNKNOWN": P(M, 'if req.Kiln == "" || req.Minutes <= 0 || req.Minutes > maxBlockHours*60 {', "bug",
                      "kiln only checked non-empty: bookings for kilns the studio does not have"),
    "START-IN-PAST": P(M, 'if req.Kiln == "" || req.Minutes <= 0 || req.Minutes > maxBlockHours*60 {', "bug",
                       "start time never validated: zero or past starts accepted"),
    "BOOK-RACE": P(M, "s.bookings = append(s.bookings, Booking{ID: time.Now().UnixNano()", "bug",
                   "overlap check, append and usage update without s.mu: double bookings, data race on the slice and "
                   "concurrent map writes", "critical-section"),
    "USAGE-ON-CLASH": P(M, "s.usage[member] += req.Minutes", "bug",
                        "usage is charged before the clash check result: a refused booking is still billed"),
    "CANCEL-NOT-OWNER": P(M, "if !s.removeBooking(id) {", "security",
                          "any member can cancel any booking (no owner check)", "signature-vs-statement"),
    "CANCEL-USAGE-KEPT": P(M, "if !s.removeBooking(id) {", "bug",
                           "cancelled minutes are not taken off the member's usage: still billed"),
    "PROGRAM-NOT-BOOKED": P(M, 'kiln := r.PathValue("kiln")', "security",
                            "any member can load a program into a kiln booked by someone else", nth=0),
    "PROGRAM-INJECTION": P(M, 'out, err := exec.Command("sh", "-c", "kilnctl load "+kiln+" "+profile)', "security",
                           "profile query value and kiln path value concatenated into sh -c", "source-vs-sink"),
    "PROGRAM-OUTPUT-LEAK": P(M, "http.Error(w, string(out), http.StatusBadGateway)", "security",
                             "controller command output returned to the client"),
    "PIECE-BODY-UNBOUNDED": P(M, "json.NewDecoder(r.Body).Decode(&p)", "security",
                              "piece body read without MaxBytesReader (unlike bookings)"),
    "PIECE-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&p)", "bug",
                              "decode error ignored: malformed JSON logs an empty piece"),
    "PIECE-TEMP-UNCHECKED": P(M, "if p.TempC > maxAnnealC {", "bug",
                              "only an upper bound: zero or negative anneal temperatures are logged"),
    "PIECES-SQLI": P(M, "WHERE member = '%s' ORDER BY logged_at DESC\", member)", "security",
                     "member query value formatted into the SQL", "source-vs-sink"),
    "PIECES-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.QueryContext(r.Context(), q)", "bug",
                                "rows never closed (and rows.Err unchecked): connections leak"),
    "PIECES-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                         "database error text returned to the client"),
    "PHOTO-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.photoDir, name))", "security",
                         "file query value joined to the photo dir: ../ reads any file (ServeFile only checks the URL path)",
                         "signature-vs-statement"),
    "STATUS-NO-TIMEOUT": P(M, 'resp, err := http.Get(s.ctlURL + "/kilns/" + kiln)', "bug",
                           "http.Get on the default client, ctx ignored: a hung controller hangs the status request"),
    "STATUS-ERROR-CACHED": P(M, 'log.Printf("kiln %s status: %v", kiln, err)', "bug",
                             "a failed fetch returns a zero reading stamped now, cached as valid: a hot kiln shows 0 °C"),
    "STATUS-CACHE-RACE": P(M, "st = s.fetchStatus(r.Context(), kiln)", "bug",
                           "statusCache read and written without a lock: concurrent map access crashes, duplicate "
                           "controller fetches", "critical-section"),
    "INVOICE-ANY-MEMBER": P(M, 'member := r.PathValue("member")', "security",
                            "any member can read any member's invoice (path member not compared with the caller)",
                            "signature-vs-statement"),
    "NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8080", Handler: mux}', "security",
                     "http.Server without read/write/idle timeouts (slowloris)"),
}

CONFUSABLE = [
    ("KILN-UNKNOWN", "START-IN-PAST"),
    ("BOOK-RACE", "USAGE-ON-CLASH"),
    ("CANCEL-NOT-OWNER", "CANCEL-USAGE-KEPT"),
    ("PROGRAM-NOT-BOOKED", "PROGRAM-INJECTION"),
    ("PROGRAM-INJECTION", "PROGRAM-OUTPUT-LEAK"),
    ("PIECE-BODY-UNBOUNDED", "PIECE-DECODE-IGNORED"),
    ("PIECE-DECODE-IGNORED", "PIECE-TEMP-UNCHECKED"),
    ("PIECES-SQLI", "PIECES-ROWS-NOT-CLOSED"),
    ("PIECES-SQLI", "PIECES-ERR-LEAK"),
    ("STATUS-NO-TIMEOUT", "STATUS-ERROR-CACHED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end (the whole service is one file). It is a booking board for annealers with a
        thin wrapper around the kiln controller CLI.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 9 |
        | low | 4 |

        The biggest risks are the shell command in `handleProgram`, the string-built SQL in `handlePieces` and the
        unchecked `file` parameter in `handlePhoto`. `handleBook` and `handleStatus` touch shared maps and slices
        without `s.mu`, which under load is a crash (`concurrent map writes`), not just a wrong answer.

        Correct and worth keeping: `adminOnly` fails closed when `ANNEAL_ADMIN_KEY` is empty and uses
        `subtle.ConstantTimeCompare`; `handleBoard`, `removeBooking` and `handleInvoice` take the lock;
        `handleBook` limits its body with `http.MaxBytesReader`; `handlePiece` uses placeholders and does not leak
        the database error.
        """,
        Block([
            F("PROGRAM-INJECTION", "critical", "security", "Command injection in `handleProgram`",
              "Run `exec.CommandContext(ctx, \"kilnctl\", \"load\", kiln, profile)` without `sh -c` and validate both against known kilns and profiles.",
              symbol="Server.handleProgram", conf=0.95),
            F("PIECES-SQLI", "critical", "security", "SQL injection via `member` in `handlePieces`",
              "Use `$1` and pass `member`; better, use the authenticated member instead of a query parameter.",
              symbol="Server.handlePieces", conf=0.95),
            F("PHOTO-TRAVERSAL", "critical", "security", "Path traversal in `handlePhoto`",
              "Use `http.ServeFileFS(w, r, os.DirFS(s.photoDir), name)` or reject names that are not `filepath.IsLocal`.",
              symbol="Server.handlePhoto", conf=0.9),
            F("CANCEL-NOT-OWNER", "high", "security", "Members can cancel other members' bookings",
              "Pass `memberOf(r)` to `removeBooking` and only remove a booking it owns.",
              symbol="Server.handleCancel", conf=0.85),
            F("INVOICE-ANY-MEMBER", "high", "security", "Invoice endpoint does not check the caller",
              "Compare `r.PathValue(\"member\")` with `memberOf(r)` (or require admin).",
              symbol="Server.handleInvoice", conf=0.85),
            F("PROGRAM-NOT-BOOKED", "medium", "security", "Programs can be loaded into kilns booked by others",
              "Check that the caller holds the current booking for `kiln` before calling the controller.",
              symbol="Server.handleProgram", conf=0.65),
            F("PROGRAM-OUTPUT-LEAK", "low", "security", "Controller output is echoed to the client",
              "Log `out` and return a generic error.", symbol="Server.handleProgram", conf=0.6),
            F("TOKEN-PREDICTABLE", "high", "security", "Member tokens are derived from the clock",
              "Use 32 bytes from `crypto/rand`, hex- or base64-encoded.", symbol="Server.handleIssueToken", conf=0.85),
            F("TOKEN-IN-QUERY", "medium", "security", "Member token accepted in the query string",
              "Accept only the `X-Member-Token` header.", symbol="Server.memberOnly", conf=0.7),
            F("NO-TIMEOUTS", "medium", "security", "`http.Server` has no timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.", symbol="main", conf=0.7),
            F("PIECE-BODY-UNBOUNDED", "low", "security", "`handlePiece` reads an unbounded body",
              "Wrap `r.Body` in `http.MaxBytesReader` as `handleBook` does.", symbol="Server.handlePiece", conf=0.6),
        ]),
        "Correctness and concurrency:",
        Block([
            F("BOOK-RACE", "high", "bug", "`handleBook` mutates `s.bookings` and `s.usage` without the lock",
              "Hold `s.mu.Lock()` from the overlap check through the append and the usage update.",
              d=-1, n=2, symbol="Server.handleBook", conf=0.9),
            F("USAGE-ON-CLASH", "medium", "bug", "Refused bookings are still added to usage",
              "Move `s.usage[member] += req.Minutes` inside the `if` that appends the booking.",
              symbol="Server.handleBook", conf=0.8),
            F("CANCEL-USAGE-KEPT", "low", "bug", "Cancelling does not reduce billed minutes",
              "Subtract the booking's minutes from `s.usage` when it is removed.",
              symbol="Server.handleCancel", conf=0.55),
            F("STATUS-CACHE-RACE", "high", "bug", "`statusCache` is an unsynchronised map",
              "Guard it with its own mutex (or `sync.Map`) and de-duplicate concurrent fetches with `singleflight`.",
              d=-2, n=3, symbol="Server.handleStatus", conf=0.85),
            F("STATUS-ERROR-CACHED", "medium", "bug", "A failed status fetch is cached as a 0 °C reading",
              "Return an error and do not cache it; the board must not show a hot annealer as cold.",
              symbol="Server.fetchStatus", conf=0.75),
            F("STATUS-NO-TIMEOUT", "medium", "bug", "Controller request has no timeout and ignores `ctx`",
              "Use `http.NewRequestWithContext(ctx, ...)` on a client with a timeout.", symbol="Server.fetchStatus", conf=0.75),
            F("OVERLAP-BOUNDARY", "medium", "bug", "Back-to-back bookings are rejected as overlapping",
              "Use strict comparisons: `start.Before(b.End) && b.Start.Before(end)`.", symbol="Server.overlaps", conf=0.8),
            F("FEE-ROUNDS-DOWN", "medium", "bug", "`fee` under-bills partial half hours",
              "`blocks := (minutes + 29) / 30`.", symbol="fee", conf=0.8),
            F("KILN-UNKNOWN", "low", "bug", "Any kiln name is accepted",
              "Check `req.Kiln` against the configured kilns.", symbol="Server.handleBook", conf=0.6),
            F("START-IN-PAST", "low", "bug", "Start time is not validated",
              "Reject zero and past start times.", symbol="Server.handleBook", conf=0.6),
            F("PIECE-DECODE-IGNORED", "medium", "bug", "JSON decode error ignored in `handlePiece`",
              "Return 400 when `Decode` fails.", symbol="Server.handlePiece", conf=0.8),
            F("PIECES-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handlePieces", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("PROGRAM-INJECTION", "critical", "security", "sh -c with profile query param", "exec without shell.", d=-1),
            F("PIECES-SQLI", "high", "security", "SQL built with Sprintf from ?member", "Placeholders.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "handlePhoto: ../ in ?file escapes photoDir", "filepath.IsLocal.", d=-2),
            F("CANCEL-NOT-OWNER", "medium", "security", "handleCancel: no ownership check", "Match member.", d=-2),
            F("INVOICE-ANY-MEMBER", "medium", "security", "handleInvoice: IDOR on member", "Use memberOf(r).", d=-1),
            F("TOKEN-PREDICTABLE", "high", "security", "Token = UnixNano hex", "crypto/rand."),
            F("BOOK-RACE", "high", "bug", "Concurrent map write on s.usage / unsynchronised s.bookings", "Lock s.mu.", d=+3),
            F("STATUS-CACHE-RACE", "medium", "bug", "statusCache map written without lock", "Mutex.", d=+1),
            F("STATUS-NO-TIMEOUT", "low", "bug", "http.Get without timeout", "Client with Timeout."),
            F("OVERLAP-BOUNDARY", "low", "bug", "Touching intervals treated as overlap", "Strict Before.", d=-1),
            F("FEE-ROUNDS-DOWN", "medium", "bug", "fee() floors partial blocks", "Round up.", d=-1),
            F("START-IN-PAST", "low", "bug", "No check that start is in the future", "Validate start."),
            F("PIECE-DECODE-IGNORED", "low", "bug", "Decode error dropped in handlePiece", "Check err."),
            F("PIECE-TEMP-UNCHECKED", "low", "bug", "TempC lower bound missing", "Require > 0."),
            F("PIECES-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("NO-TIMEOUTS", "low", "security", "Server without timeouts", "Set ReadHeaderTimeout etc."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `annealboard` Go service, which manages kiln bookings for a glass studio,
        talks to a kiln controller and logs annealed pieces.

        ### High-Level Assessment

        The code is compact and readable, but it has serious security weaknesses (command injection, SQL
        injection, path traversal, weak tokens) and several concurrency issues around shared maps.

        ### Security Vulnerabilities
        """,
        Block([
            F("PROGRAM-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Kiln Program Loader",
              "Avoid `sh -c`; pass arguments directly to `exec.Command`.", sd=-2, n=3,
              desc="`kiln` and `profile` are concatenated into a shell command line."),
            F("PROGRAM-OUTPUT-LEAK", "LOW", "Information Disclosure", "Command Output Exposed to Client",
              "Do not send raw command output in error responses."),
            F("PIECES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Piece Listing",
              "Use parameterized queries."),
            F("PIECES-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Endpoint",
              "Validate the file name and keep it inside the photo directory.", sd=-2, n=3),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Booking Cancellation Without Ownership Check",
              "Verify the booking belongs to the caller.", sd=-2, n=3),
            F("INVOICE-ANY-MEMBER", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Invoices",
              "Only allow members to read their own invoice."),
            F("TOKEN-PREDICTABLE", "HIGH", "Broken Authentication", "Predictable Session Tokens",
              "Generate tokens with `crypto/rand`.", sd=-1, n=2),
            F("TOKEN-IN-QUERY", "MEDIUM", "Broken Authentication", "Authentication Token Accepted in URL",
              "Read the token only from a header.", sd=-2, n=3),
            F("PIECE-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Piece Logging",
              "Use `http.MaxBytesReader`."),
            F("NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Missing Timeouts",
              "Configure server timeouts."),
        ], wrap="list"),
        """
        ### Concurrency and Logic
        """,
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Data Race on Bookings Slice",
              "Acquire `s.mu` in `handleBook`.", sd=-1, n=2,
              desc="`handleBook` reads and appends to `s.bookings` without holding the mutex, so two members can book the same kiln slot."),
            F("STATUS-CACHE-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Status Cache",
              "Protect `statusCache` with a mutex.", sd=-2, n=3),
            F("STATUS-NO-TIMEOUT", "MEDIUM", "Availability", "Kiln Controller Call Without Timeout",
              "Use a context-aware request with a timeout."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting main.go into handler, store and controller packages."}),
            F("FEE-ROUNDS-DOWN", "MEDIUM", "Logic Error", "Billing Rounds Partial Blocks Down",
              "Use ceiling division.", d=+1, sd=-1, n=3),
            F("KILN-UNKNOWN", "LOW", "Input Validation", "Kiln Identifier Not Validated",
              "Validate against the list of kilns.", sd=-2, n=3),
            F("USAGE-ON-CLASH", "MEDIUM", "Logic Error", "Usage Recorded for Rejected Bookings",
              "Only record usage when the booking succeeds."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("PROGRAM-INJECTION", "high", "security", "shell injection via profile", "no sh -c"),
            F("PIECES-SQLI", "high", "security", "sqli in pieces list", "use $1"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photos", "clean + check prefix"),
            F("CANCEL-NOT-OWNER", "medium", "security", "cancel any booking", "check owner"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BOOK-RACE", "high", "", "data race on bookings", "lock mu"),
            F("FEE-ROUNDS-DOWN", "low", "bug", "fee rounds down", "ceil"),
            F("PIECE-DECODE-IGNORED", "low", "bug", "decode err ignored", "handle err"),
            F("NO-TIMEOUTS", "low", "security", "no server timeouts", "set timeouts"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Command injection in the kiln program endpoint (blocker).
        2. SQL injection and path traversal (blocker).
        3. Authorization: cancellation, invoices and kiln programs are not restricted to the owner (major).
        4. Weak token generation and token in URL (major).
        5. Concurrency on shared maps (major).
        6. Billing and validation errors (minor).
        """,
        Block([
            F("PROGRAM-INJECTION", "blocker", "security", "Command injection when loading kiln programs",
              "Use exec.Command with separate arguments.", conf=0.95),
            F("PROGRAM-NOT-BOOKED", "major", "security", "Kiln program can be changed by members without a booking",
              "Verify the member's active booking for the kiln.", conf=0.6),
            F("PIECES-SQLI", "blocker", "security", "SQL injection in pieces query",
              "Use placeholders.", d=+1, conf=0.9),
            F("PIECES-ROWS-NOT-CLOSED", "minor", "resource-leak", "Database rows not closed",
              "Add defer rows.Close().", conf=0.8),
            F("PIECES-ERR-LEAK", "minor", "security", "Internal error message exposed",
              "Return a generic error.", conf=0.6),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo download",
              "Sanitize file parameter.", d=-1, conf=0.85),
            F("CANCEL-NOT-OWNER", "major", "security", "Missing authorization on booking cancellation",
              "Check booking owner.", conf=0.8),
            F("INVOICE-ANY-MEMBER", "major", "security", "Members can view other members' invoices",
              "Restrict to caller.", conf=0.8),
            F("TOKEN-PREDICTABLE", "major", "security", "Predictable token generation", "Use crypto/rand.", conf=0.85),
            F("TOKEN-IN-QUERY", "minor", "security", "Token passed via query parameter", "Use header only.", conf=0.6),
            F("BOOK-RACE", "major", "concurrency", "Race condition in booking creation",
              "Hold the mutex during check and insert.", d=-1, conf=0.85),
            F("USAGE-ON-CLASH", "minor", "correctness", "Usage minutes added even on conflict",
              "Update usage only after successful booking.", anchor="s.bookings = append(s.bookings, Booking{ID: time.Now().UnixNano()", conf=0.6),
            F("STATUS-CACHE-RACE", "major", "performance", "Duplicate controller requests on cache expiry",
              "Use singleflight and a lock.", d=-1, conf=0.7),
            F("STATUS-ERROR-CACHED", "major", "correctness", "Failed status fetch cached as valid data",
              "Do not cache error results.", d=+1, conf=0.7),
            F("OVERLAP-BOUNDARY", "minor", "correctness", "Adjacent bookings considered overlapping",
              "Use strict comparison.", conf=0.7),
            F("FEE-ROUNDS-DOWN", "minor", "correctness", "Fee calculation truncates partial half hours",
              "Round up.", conf=0.75),
            F("START-IN-PAST", "minor", "correctness", "Booking start time not validated", "Reject past times.", conf=0.6),
            F("PIECE-DECODE-IGNORED", "minor", "reliability", "Ignored JSON decode error", "Handle error.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 8 major, 7 minor"),
    ]),
}
