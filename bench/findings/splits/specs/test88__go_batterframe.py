"""test88/go-batterframe: a dry-stone walling school's courses and farm-site bookings (Go, net/http + pgx).
Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's
answers, specs or truth files (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "data. Frozen test split test88: seeded problems in a dry-stone walling school's booking service; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "INSTRUCTOR-TOKEN-IN-QUERY": P(M, 'tok := r.URL.Query().Get("token")', "security", "instructor token taken from the query string (logged by proxies, kept in history)", "signature-vs-statement"),
    "INSTRUCTOR-TOKEN-PLAINTEXT": P(M, '"SELECT name FROM instructors WHERE token = $1"', "security", "instructor tokens stored and looked up in clear, not as hashes"),
    "COURSES-SQLI": P(M, 'q := fmt.Sprintf("SELECT id, title, level, starts', "security", "level query value formatted into SQL", "source-vs-sink"),
    "COURSES-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query(q + " ORDER BY starts")', "bug", "rows never closed (no defer rows.Close()): connections leak on the early return"),
    "COURSES-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (SQL, schema) returned to the client"),
    "BOOK-SCAN-IGNORED": P(M, 's.db.QueryRow("SELECT capacity FROM courses WHERE id = $1", courseID).Scan(&capacity)', "bug", "Scan errors ignored: an unknown course has capacity 0 and is booked anyway"),
    "BOOK-CAPACITY-OFF-BY-ONE": P(M, "if booked > capacity {", "bug", "booked > capacity lets one student more than the capacity book", "off-by-one"),
    "BOOK-OVERBOOK-RACE": P(M, 'http.Error(w, "course full", http.StatusConflict)', "bug", "count then insert without a transaction or lock: concurrent bookings overfill the course", "critical-section"),
    "TOOL-STOCK-RACE": P(M, 's.toolStock["hammer"]--', "bug", "toolStock map and bookingsToday written from handlers without s.mu: concurrent map writes crash the process", "critical-section"),
    "TOOL-STOCK-NEGATIVE": P(M, 's.toolStock["hammer"]--', "bug", "hammer hire never checks stock: goes negative, students promised hammers that do not exist"),
    "SITE-RELEASE-UNLOCKED": P(M, "kept = append(kept, h)", "bug", "handleSiteRelease filters siteHolds in place without s.mu while handleSiteHold holds it", "critical-section"),
    "REFUND-NO-TIMEOUT": P(M, 'resp, err := http.Post(s.paymentsURL+"/refunds"', "bug", "http.Post on the default client has no timeout: a hung payments API hangs the cancellation", "signature-vs-statement"),
    "REFUND-STATUS-IGNORED": P(M, "if err == nil {", "bug", "only transport errors checked: a 4xx/5xx refund response counts as refunded"),
    "CANCEL-LOOP-PANIC": P(M, "for i := 0; i <= len(emails); i++ {", "bug", "i <= len(emails) indexes one past the end: panic after the refunds, course never marked cancelled", "off-by-one"),
    "CANCEL-REFUND-ERRORS": P(M, "s.refund(courseID, emails[i])", "bug", "refund errors discarded: failed refunds are lost and the count reports them as refunded"),
    "CANCEL-NO-AUTH": P(M, 'mux.HandleFunc("POST /courses/{id}/weather-cancel", s.handleWeatherCancel)', "security", "weather cancellation registered without instructorOnly: anyone cancels a course and triggers refunds"),
    "STONE-LOADS-SHORT": P(M, "loads := int(tonnes) / tonnesPerLoad", "bug", "integer division rounds down: the order is one load short (and 0 loads under 8 t)", "off-by-one"),
    "CERT-TRAVERSAL": P(M, "f, err := os.Open(filepath.Join(s.certDir, name))", "security", "file query value joined to certDir: ../ reads any file", "source-vs-sink"),
    "CERT-NO-AUTH": P(M, "func (s *Server) handleCertificate(", "security", "certificates served to anyone without a login: any student's certificate by name"),
    "NOTIFY-SHELL-INJECTION": P(M, 'msg := fmt.Sprintf("notify-landowner --to %s --site %q", contact, body.Name)', "security", "contact from the request body in an sh -c command line", "source-vs-sink"),
    "NOTIFY-NAME-QUOTING": P(M, 'msg := fmt.Sprintf("notify-landowner --to %s --site %q", contact, body.Name)', "security", "%q is Go quoting, not shell quoting: $(...) and backticks in the site name still run"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("INSTRUCTOR-TOKEN-IN-QUERY", "INSTRUCTOR-TOKEN-PLAINTEXT"),
    ("COURSES-SQLI", "COURSES-ROWS-NOT-CLOSED"),
    ("COURSES-SQLI", "COURSES-DB-ERROR-LEAK"),
    ("COURSES-ROWS-NOT-CLOSED", "COURSES-DB-ERROR-LEAK"),
    ("BOOK-SCAN-IGNORED", "BOOK-CAPACITY-OFF-BY-ONE"),
    ("BOOK-CAPACITY-OFF-BY-ONE", "BOOK-OVERBOOK-RACE"),
    ("TOOL-STOCK-RACE", "TOOL-STOCK-NEGATIVE"),
    ("REFUND-NO-TIMEOUT", "REFUND-STATUS-IGNORED"),
    ("CANCEL-LOOP-PANIC", "CANCEL-REFUND-ERRORS"),
    ("CERT-TRAVERSAL", "CERT-NO-AUTH"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-NAME-QUOTING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` end to end. The service is small and mostly idiomatic, and a few parts are done
        right: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`, `handleSiteHold` holds `s.mu`
        for the whole check-and-append with a correct overlap test and rejects reversed ranges, the booking body
        is size-limited with `http.MaxBytesReader`, and `handleStoneOrder` validates `metres`. The problems
        cluster in request handling that reaches SQL, the shell and the filesystem, and in shared state.

        | priority | issue | where |
        |---|---|---|
        | P0 | shell injection in the landowner notification | `handleSiteRegister` |
        | P0 | SQL injection in the course list | `handleCourses` |
        | P1 | path traversal in certificates | `handleCertificate` |
        | P1 | unauthenticated weather cancellation | `main` |
        | P1 | overbooking and an off-by-one on capacity | `handleBook` |
        | P1 | unsynchronised shared maps | `handleBook`, `handleSiteRelease` |
        | P2 | refund loop panics; refunds can hang | `handleWeatherCancel`, `refund` |
        | P2 | stone order rounds down; rows leak; no server timeouts | various |
        """,
        Block([
            F("NOTIFY-SHELL-INJECTION", "critical", "security", "Landowner contact is interpolated into an `sh -c` command",
              "Call `exec.Command(\"notify-landowner\", \"--to\", contact, \"--site\", name)` with no shell, and validate the address.",
              symbol="Server.handleSiteRegister", conf=0.95),
            F("COURSES-SQLI", "critical", "security", "SQL injection via `level` in `GET /courses`",
              "Use a placeholder: `WHERE level = $1`.", symbol="Server.handleCourses", conf=0.95),
            F("CERT-TRAVERSAL", "high", "security", "Path traversal in `GET /certificates`",
              "Reject names that are not a plain base name (`filepath.Base(name) != name`) or look certificates up by id.",
              symbol="Server.handleCertificate", conf=0.9),
            F("CANCEL-NO-AUTH", "high", "security", "Weather cancellation has no authentication",
              "Wrap it in `s.instructorOnly` like the site routes; today anyone can cancel a course and fire refunds.",
              symbol="main", conf=0.85),
            F("INSTRUCTOR-TOKEN-IN-QUERY", "medium", "security", "Instructor token is read from the URL query",
              "Take it from an `Authorization` header; query strings end up in access logs.",
              symbol="Server.instructorOnly", conf=0.75),
            F("BOOK-OVERBOOK-RACE", "high", "bug", "Capacity check and insert are not atomic",
              "Do the count and the insert in one transaction with `SELECT ... FOR UPDATE` on the course row, or enforce capacity in SQL.",
              d=-2, symbol="Server.handleBook", conf=0.85),
            F("BOOK-CAPACITY-OFF-BY-ONE", "medium", "bug", "Course accepts one booking over capacity",
              "`booked` counts existing places; the new one fits only if `booked < capacity`, so test `booked >= capacity`.",
              symbol="Server.handleBook", conf=0.85),
            F("TOOL-STOCK-RACE", "high", "bug", "Concurrent writes to `toolStock` and `bookingsToday`",
              "Take `s.mu` around both updates; concurrent map writes are a fatal runtime error, not a recoverable panic.",
              symbol="Server.handleBook", conf=0.85),
            F("SITE-RELEASE-UNLOCKED", "high", "bug", "`handleSiteRelease` mutates `siteHolds` without the mutex",
              "Lock `s.mu` as `handleSiteHold` does; the in-place filter also rewrites the backing array another request may be ranging over.",
              d=-2, symbol="Server.handleSiteRelease", conf=0.8),
            F("CANCEL-LOOP-PANIC", "high", "bug", "Refund loop runs one past the end of `emails`",
              "Use `for _, e := range emails`; the panic after the last refund also skips marking the course cancelled.",
              symbol="Server.handleWeatherCancel", conf=0.9),
            F("REFUND-NO-TIMEOUT", "medium", "bug", "Refund call uses `http.Post` with no timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}` held on the server.", symbol="Server.refund", conf=0.7),
            F("STONE-LOADS-SHORT", "medium", "bug", "Stone order rounds the number of loads down",
              "Round up: `loads := int(math.Ceil(tonnes / tonnesPerLoad))`.", symbol="Server.handleStoneOrder", conf=0.8),
            F("COURSES-ROWS-NOT-CLOSED", "low", "bug", "`rows` is never closed in `handleCourses`",
              "Add `defer rows.Close()` after the error check.", symbol="Server.handleCourses", conf=0.8),
            F("SERVER-NO-TIMEOUTS", "low", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Didn't run `go test` (no _test.go files) or `go vet`.",
        Block([
            F("COURSES-SQLI", "high", "security", "level query param -> fmt.Sprintf SQL", "$1 placeholder", d=-1),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "body.Contact flows into sh -c", "exec without shell", d=-1),
            F("CERT-TRAVERSAL", "high", "security", "?file= joined into certDir path", "filepath.Base + check", d=-1),
            F("CANCEL-LOOP-PANIC", "high", "bug", "emails[i] out of range on last iteration", "i < len(emails)", d=+1),
            F("BOOK-SCAN-IGNORED", "medium", "bug", "Scan errors ignored; nonexistent course is bookable", "check err, 404"),
            F("TOOL-STOCK-RACE", "medium", "bug", "bookingsToday++ / toolStock-- unsynchronised", "s.mu", d=+2),
            F("REFUND-NO-TIMEOUT", "medium", "bug", "refund: default client, no timeout", "client with Timeout", d=-2),
            F("CANCEL-REFUND-ERRORS", "medium", "bug", "s.refund error dropped", "collect and report failures"),
            F("STONE-LOADS-SHORT", "low", "bug", "loads rounded down", "ceil", d=+1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the `batterframe` Go service, which manages dry-stone walling
        courses, student places, tool hire and holds on farm sites.

        ### Security Issues

        Several handlers pass request data into SQL, a shell command or a file path without validation.
        """,
        Block([
            F("COURSES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Course Listing",
              "Use parameterized queries.", sd=-2, n=3,
              desc="`level` is read from the URL and formatted into the query string with `fmt.Sprintf`."),
            F("NOTIFY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Landowner Notification",
              "Invoke the binary directly with `exec.Command` arguments.", d=+1, sd=-1, n=3),
            F("NOTIFY-NAME-QUOTING", "HIGH", "Command Injection", "Go %q Quoting Is Not Shell-Safe",
              "Do not rely on `%q` for shell escaping; avoid the shell entirely.",
              desc="`%q` produces a double-quoted Go string literal; inside double quotes the shell still performs command substitution, so a site name like `$(reboot)` is executed."),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Certificate Download",
              "Clean the path and ensure it stays inside `certDir`."),
            F("COURSES-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message."),
            F("INSTRUCTOR-TOKEN-IN-QUERY", "MEDIUM", "Broken Authentication", "Authentication Token in Query String",
              "Send the token in a header."),
        ], wrap="list"),
        """
        ### Concurrency and Reliability

        These issues can corrupt shared state or crash the server:
        """,
        Block([
            F("SITE-RELEASE-UNLOCKED", "HIGH", "Race Condition", "Unsynchronized Access to siteHolds",
              "Acquire `s.mu` in `handleSiteRelease`.", d=+3),
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting main.go into packages."}),
            F("BOOK-OVERBOOK-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Use a transaction with row locking.", d=+3,
              desc="Two concurrent requests can both see a free place and both insert."),
            F("CANCEL-LOOP-PANIC", "HIGH", "Availability", "Index Out of Range in Weather Cancellation",
              "Loop with `i < len(emails)`.", d=+1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("COURSES-SQLI", "critical", "security", "sql injection via level", "use $1"),
            F("NOTIFY-SHELL-INJECTION", "critical", "security", "command injection in notify-landowner", "no sh -c"),
            F("CERT-NO-AUTH", "high", "", "certificates downloadable without auth", "require student session"),
            F("TOOL-STOCK-NEGATIVE", "medium", "bug", "hammer stock can go negative", "check stock > 0 first"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CANCEL-NO-AUTH", "high", "security", "weather-cancel route has no auth", "wrap in instructorOnly"),
            F("BOOK-CAPACITY-OFF-BY-ONE", "medium", "bug", "capacity check lets one extra booking through", ">= capacity", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Review Summary

        1. SQL injection in the course list and command injection in the landowner notification.
        2. Path traversal in the certificate endpoint.
        3. Instructor tokens are passed in the URL and stored in plain text.
        4. Data races on shared maps and counters; overbooking.
        5. Weather cancellation panics and ignores refund failures.
        6. Stone order calculation rounds down.
        7. No HTTP server timeouts.
        """,
        Block([
            F("COURSES-SQLI", "blocker", "security", "SQL injection in handleCourses",
              "Use query parameters.", conf=0.9),
            F("NOTIFY-SHELL-INJECTION", "blocker", "security", "Shell command injection in handleSiteRegister",
              "Avoid sh -c.", conf=0.9),
            F("CERT-TRAVERSAL", "major", "security", "Path traversal in certificate download",
              "Validate the file name.", conf=0.85),
            F("INSTRUCTOR-TOKEN-IN-QUERY", "major", "security", "Instructor token passed as URL parameter",
              "Use the Authorization header.", d=-2, conf=0.7),
            F("INSTRUCTOR-TOKEN-PLAINTEXT", "minor", "security", "Instructor tokens stored in plain text",
              "Store a hash of the token.", conf=0.6),
            F("BOOK-OVERBOOK-RACE", "major", "concurrency", "Booking capacity check is not atomic",
              "Use a transaction.", d=-1, conf=0.75),
            F("TOOL-STOCK-RACE", "major", "concurrency", "Data race on toolStock map",
              "Protect with the mutex.", d=-1, conf=0.8),
            F("REFUND-STATUS-IGNORED", "major", "reliability", "Refund response status is not checked",
              "Check resp.StatusCode.", anchor='resp, err := http.Post(s.paymentsURL+"/refunds"', conf=0.6),
            F("CANCEL-LOOP-PANIC", "major", "correctness", "Off-by-one in refund loop causes panic",
              "Use i < len(emails).", conf=0.85),
            F("STONE-LOADS-SHORT", "minor", "correctness", "Truck load count truncated",
              "Round up the number of loads.", d=-1, conf=0.7),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server without timeouts",
              "Configure http.Server timeouts.", conf=0.6),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 6 major, 3 minor"),
    ]),
}
