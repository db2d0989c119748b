"""test63/go-enlargerbook: a community darkroom's enlarger booking sheet (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (apart from specs/tune2__py_snapctl.py, read once for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test63: seeded problems in a community darkroom's enlarger booking sheet; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "MEMBER-HEADER-SPOOF": P(M, 'id, err := strconv.ParseInt(r.Header.Get("X-Member-Id"), 10, 64)', "security", "member identity taken from a client-settable header while the server listens on all interfaces", "signature-vs-statement"),
    "HOURS-ZERO": P(M, "if hours < 0 || hours > maxHours {", "bug", "hours < 0 instead of < 1: zero-hour bookings pass", "off-by-one"),
    "CLOSING-OBO": P(M, "first, last := start.Hour(), start.Hour()+hours-1", "bug", "last hour compared with <= closeHour: a booking may run an hour past closing", "off-by-one"),
    "MAIL-SHELL": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"mail -s 'Darkroom booking' \"+to)", "security", "recipient (the booking's email from the request) concatenated into sh -c", "signature-vs-statement"),
    "MAIL-ERR-IGNORED": P(M, "_ = cmd.Run()", "bug", "mail failures discarded: neither member nor keyholder learns a notice was lost"),
    "DECODE-ERR-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug", "booking body decode error ignored: a malformed body is handled as an empty booking", nth=0),
    "BOOK-RACE": P(M, "s.mu.RUnlock()", "bug", "clash checked under RLock, lock dropped, then appended under Lock: two members can book the same enlarger hour", "critical-section", nth=1),
    "CANCEL-OWNER": P(M, "if b.ID == id {", "security", "any member can cancel any booking (MemberID never compared)"),
    "SHEET-EMAILS": P(M, "out = append(out, b)", "security", "day sheet returns every booking with its member's email to any member"),
    "CHEM-NEGATIVE": P(M, "s.chem.Prints += n", "bug", "negative prints accepted: the developer count can be wound back"),
    "CHEM-EXHAUST-OBO": P(M, "exhausted := s.chem.Prints > s.chem.Capacity", "bug", "> instead of >=: the batch is reported exhausted one print late", "off-by-one"),
    "CHEM-RACE": P(M, "if exhausted && !s.chem.Alerted {", "bug", "s.chem read and written without s.mu: lost print counts, duplicate or missed keyholder alerts", "critical-section"),
    "SESSIONS-IDOR": P(M, 'id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)', "security", "any member can read any other member's session history (id never compared to the caller)", nth=1),
    "SQLI-FROM": P(M, 'q := fmt.Sprintf("SELECT enlarger, started, minutes FROM sessions', "security", "from query value formatted into the SQL", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak on the early return"),
    "SQL-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "STRIP-TRAVERSAL": P(M, "dest := filepath.Join(s.stripDir, roll, hdr.Filename)", "security", "roll form value and upload filename joined into the path: ../ writes outside the strip dir", "source-vs-sink"),
    "STRIP-OVERWRITE": P(M, "out, err := os.Create(dest)", "security", "os.Create truncates an existing file: a member can overwrite another member's scans"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("HOURS-ZERO", "CLOSING-OBO"),
    ("MAIL-SHELL", "MAIL-ERR-IGNORED"),
    ("CHEM-NEGATIVE", "CHEM-RACE"),
    ("CHEM-NEGATIVE", "CHEM-EXHAUST-OBO"),
    ("CHEM-EXHAUST-OBO", "CHEM-RACE"),
    ("SQLI-FROM", "ROWS-NOT-CLOSED"),
    ("SQLI-FROM", "SQL-ERR-LEAK"),
    ("ROWS-NOT-CLOSED", "SQL-ERR-LEAK"),
    ("STRIP-TRAVERSAL", "STRIP-OVERWRITE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` (the whole service is one file). Severity counts for what follows:

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 5 |
        | low | 2 |

        The two critical items are about trust: `Server.member` believes any `X-Member-Id` header, and
        `handleSessions` builds SQL with `fmt.Sprintf`. Everything that checks membership inherits the first.

        Done right and worth keeping: `keyholderOnly` fails closed and compares with
        `subtle.ConstantTimeCompare`; `handleCancel` and `handleSheet` hold `s.mu` for the whole walk;
        `handleNewBatch` validates the capacity and swaps the batch under the lock; `rows.Scan` errors are
        checked; the clash test itself (`b.Start.Before(end) && req.Start.Before(b.End)`) is the right interval
        overlap.
        """,
        Block([
            F("MEMBER-HEADER-SPOOF", "critical", "security", "Member identity is a client-controlled header",
              "Verify a signed session (or an mTLS/proxy secret) instead of trusting `X-Member-Id`; at the very least bind to localhost behind the proxy and strip the header there.",
              symbol="Server.member", conf=0.85),
            F("SQLI-FROM", "critical", "security", "SQL injection through `from` in `handleSessions`",
              "Use placeholders: `db.Query(\"... member_id = $1 AND started >= $2 ...\", id, from)` and parse `from` as a date.",
              symbol="Server.handleSessions", conf=0.95),
            F("SESSIONS-IDOR", "high", "security", "Any member can read another member's session history",
              "Compare the path id with the caller's id (or drop the path id and use the caller's).",
              symbol="Server.handleSessions", conf=0.8),
            F("SQL-ERR-LEAK", "medium", "security", "Raw database errors are sent to the client",
              "Log `err` and return a generic 500 body.", symbol="Server.handleSessions", conf=0.75),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "Add `defer rows.Close()` right after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleSessions", conf=0.85),
            F("STRIP-TRAVERSAL", "high", "security", "Upload path built from `roll` and the client's filename",
              "Validate `roll` against `^[A-Za-z0-9-]+$`, use `filepath.Base(hdr.Filename)`, and check the result stays under `stripDir`.",
              symbol="Server.handleStrip", conf=0.9),
            F("MAIL-SHELL", "high", "security", "Shell injection through the booking e-mail address",
              "Run `exec.Command(\"mail\", \"-s\", \"Darkroom booking\", to)` without `sh -c`, after validating the address with `net/mail`.",
              symbol="sendMail", conf=0.9),
            F("CANCEL-OWNER", "high", "security", "Any member can cancel any booking",
              "Require `b.MemberID == caller` (or a keyholder key) before removing it.", symbol="Server.handleCancel", conf=0.85),
        ]),
        "Booking sheet and chemistry log:",
        Block([
            F("BOOK-RACE", "high", "bug", "Double booking: the clash check and the append run under different locks",
              "Take `s.mu.Lock()` once for both the check and the append.", symbol="Server.handleBook", conf=0.85),
            F("CHEM-RACE", "high", "bug", "Chemistry counter updated without `s.mu`",
              "Lock `s.mu` around the update and the alert check; `go test -race` will flag this.",
              d=-2, symbol="Server.handlePrints", conf=0.85),
            F("CHEM-EXHAUST-OBO", "low", "bug", "Exhaustion reported one print late",
              "Use `>=`: a batch rated for 40 prints is exhausted at print 40.", symbol="Server.handlePrints", conf=0.6),
            F("HOURS-ZERO", "medium", "bug", "Zero-hour bookings are accepted",
              "`if hours < 1 || hours > maxHours`.", symbol="validSlot", conf=0.8),
            F("CLOSING-OBO", "medium", "bug", "Bookings may end an hour after closing",
              "The last booked hour must start before `closeHour`: `last < closeHour`.", d=1, symbol="validSlot", conf=0.75),
            F("SHEET-EMAILS", "medium", "security", "Day sheet exposes every member's e-mail",
              "Return a view type without `Email` (and `MemberID`) to ordinary members.", symbol="Server.handleSheet", conf=0.7),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("MEMBER-HEADER-SPOOF", "critical", "security", "Authentication by X-Member-Id header; trivially spoofed", "Verify a session token.", d=-2),
            F("SQLI-FROM", "critical", "security", "SQL injection via ?from= in handleSessions", "Bind parameters.", d=-1),
            F("STRIP-TRAVERSAL", "high", "security", "Path traversal via roll / filename in handleStrip", "Sanitise both.", d=-1),
            F("MAIL-SHELL", "high", "security", "sendMail passes address to sh -c", "exec mail directly.", d=-2),
            F("BOOK-RACE", "high", "bug", "handleBook check-then-insert race (RUnlock before Lock)", "Single Lock.", d=1),
            F("CHEM-RACE", "high", "bug", "Data race on s.chem in handlePrints", "Hold s.mu."),
            F("DECODE-ERR-IGNORED", "medium", "bug", "Decode error ignored in handleBook", "Return 400 on error."),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleSessions", "defer rows.Close()."),
            F("HOURS-ZERO", "medium", "bug", "validSlot accepts hours == 0", "hours < 1."),
            F("CLOSING-OBO", "medium", "bug", "validSlot allows last hour == closeHour", "last < closeHour."),
            F("MAIL-ERR-IGNORED", "low", "bug", "cmd.Run error discarded", "Log it."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the darkroom enlarger booking service. Here is a summary of the issues I found,
        grouped by area.

        ### Security
        """,
        Block([
            F("SQLI-FROM", "CRITICAL", "SQL Injection", "SQL Injection in Session History Endpoint",
              "Use parameterized queries with `$1`, `$2` placeholders.", sd=-2, n=3,
              desc="The `from` query parameter is formatted directly into the SQL statement with `fmt.Sprintf`."),
            F("MAIL-SHELL", "CRITICAL", "Command Injection", "Command Injection via Email Address",
              "Avoid invoking a shell; pass the address as a separate argument.", sd=-2, n=3),
            F("STRIP-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Contact Sheet Upload",
              "Clean and validate the path components.", d=2, sd=0, n=3),
            F("MEMBER-HEADER-SPOOF", "HIGH", "Broken Authentication", "Trusting Client-Supplied Member ID Header",
              "Authenticate members in this service.", d=1, sd=-1, n=3),
            F("STRIP-OVERWRITE", "MEDIUM", "Broken Access Control", "Uploaded Scans Can Overwrite Existing Files",
              "Generate unique file names and refuse to overwrite.", sd=-2, n=3),
            F("SQL-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("SHEET-EMAILS", "MEDIUM", "Information Disclosure", "Member Emails Exposed in Daily Sheet",
              "Omit email addresses from the response.", sd=-2, n=3),
            F("NO-TIMEOUTS", "LOW", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", n=1),
        ], wrap="list"),
        "### Concurrency and Logic",
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition Between Availability Check and Booking",
              "Hold the write lock for the whole operation.", d=3, sd=1, n=3),
            F("CHEM-RACE", "MEDIUM", "Race Condition", "Duplicate Exhaustion Alerts From Unsynchronized Access",
              "Protect the chemistry state with the mutex.", d=1, sd=-1, n=3),
            F("HOURS-ZERO", "LOW", "Logic Error", "Zero-Length Bookings Are Allowed",
              "Require at least one hour.", d=1, sd=-1, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving handlers into separate files."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-FROM", "high", "security", "sql injection in sessions (from)", "use placeholders"),
            F("MAIL-SHELL", "high", "security", "shell injection in sendMail", "no sh -c"),
            F("STRIP-TRAVERSAL", "high", "security", "path traversal on strip upload", "filepath.Base + check prefix"),
            F("CANCEL-OWNER", "medium", "", "cancel doesn't check who owns the booking", "compare MemberID"),
        ], fence=None, indent=None, wrap="list"),
        "other:",
        Block([
            F("CHEM-RACE", "high", "bug", "data race on chem counters", "lock s.mu", d=-2),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication relies on a spoofable header.
        2. Injection: SQL in the session history, shell in mail sending, path traversal in uploads.
        3. Authorization gaps in session history.
        4. Concurrency: booking sheet and chemistry counter.
        5. Bounds and validation in the chemistry log and booking hours.
        """,
        Block([
            F("MEMBER-HEADER-SPOOF", "blocker", "security", "Spoofable member authentication", "Use signed tokens.", conf=0.85),
            F("SQLI-FROM", "blocker", "security", "SQL injection in session query", "Parameterise the query.", conf=0.9),
            F("SESSIONS-IDOR", "major", "security", "No ownership check on member sessions", "Compare with caller.", conf=0.75),
            F("STRIP-TRAVERSAL", "blocker", "security", "Directory traversal in scan upload", "Sanitise path.", d=2, conf=0.85),
            F("MAIL-SHELL", "blocker", "security", "Command injection in sendMail", "Avoid the shell.", conf=0.85),
            F("BOOK-RACE", "major", "concurrency", "Lock released between availability check and insert", "Keep one write lock.", d=1, conf=0.8),
            F("CHEM-RACE", "major", "reliability", "Keyholder may get duplicate or no exhaustion alerts", "Synchronise.", d=1, conf=0.7),
            F("CHEM-NEGATIVE", "major", "correctness", "Negative print counts accepted", "Reject n < 1.", conf=0.7),
            F("CHEM-EXHAUST-OBO", "minor", "correctness", "Off-by-one in exhaustion check", "Use >=.", d=1, snippet="if exhausted && !s.chem.Alerted {", conf=0.6),
            F("CLOSING-OBO", "minor", "correctness", "Closing hour bound off by one", "last < closeHour.", conf=0.6),
            F("NO-TIMEOUTS", "minor", "security", "No server timeouts", "Set timeouts.", conf=0.6),
            F("MAIL-ERR-IGNORED", "minor", "reliability", "Mail errors ignored", "Handle error.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 4 blocker, 4 major, 4 minor"),
    ]),
}
