"""test42/go-velotime: a velodrome's track-time booking and rider licence desk (Go, net/http + database/sql). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's answers or
specs (only splits/README.md's general and test37 sections, the builders, the splits test and tune2__py_snapctl.py
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or the other splits' answers. "
    "Frozen test split (test42): seeded problems in a small velodrome booking and licence desk; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DESK-FAILS-OPEN": P(M, 's.deskToken != "" && tok != s.deskToken', "security", "desk token check skipped when DESK_TOKEN is unset", "signature-vs-statement"),
    "LICENCE-SQLI": P(M, 'q := fmt.Sprintf("SELECT number, rider, level, expires FROM licences WHERE number', "security", "licence number formatted into the SQL", "signature-vs-statement"),
    "LICENCE-CACHE-STALE": P(M, "if l, ok := s.licences[number]; ok {", "bug", "cache entries never expire: a renewed or suspended licence keeps its old state until restart"),
    "LICENCE-CACHE-RACE": P(M, "l, err := s.loadLicence(number)", "bug", "licences map read and written from handlers without s.mu: concurrent map writes crash the server, lookups duplicated", "critical-section"),
    "LICENCE-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusNotFound)", "security", "database error text returned to the client (as 404)"),
    "ISSUE-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug", "decode error ignored: a malformed body issues a licence with empty rider and level", nth=0),
    "ISSUE-NUMBER-COLLIDES": P(M, 'number := fmt.Sprintf("VL-%d", time.Now().Unix())', "bug", "licence number from Unix seconds: two licences issued in one second collide"),
    "ISSUE-YEARS-UNBOUNDED": P(M, "expires := time.Now().AddDate(req.Years, 0, 0)", "bug", "years not validated: 0 issues an already-expiring licence, 99 a lifetime one"),
    "SESSION-OVERWRITE": P(M, "s.sessions[t.ID] = &t", "bug", "creating a session with an existing id replaces it and drops its bookings"),
    "BOOK-NO-AUTH": P(M, "lic, err := s.licence(req.Licence)", "security", "booking needs only a licence number, no authentication: anyone books (and fills sessions) in a rider's name"),
    "LICENCE-EXPIRY-NOW": P(M, "if lic.Expires.Before(time.Now()) {", "bug", "expiry checked against now, not the session's start: a licence lapsing before the session is accepted"),
    "LEVEL-CHECK-INCOMPLETE": P(M, 'if sess.Level == "race" && lic.Level == "accreditation" {', "bug", "race nights need a race licence but only accreditation is excluded: open licences get in"),
    "CAPACITY-OBO": P(M, "full := len(sess.Riders) > sess.Capacity", "bug", "> instead of >=: one rider more than capacity is booked", "off-by-one"),
    "BOOK-RACE": P(M, "if !full {", "bug", "capacity check and append after s.mu is released: concurrent bookings overbook and race on the slice", "critical-section"),
    "BOOK-DOUBLE": P(M, "sess.Riders = append(sess.Riders, lic.Rider)", "bug", "the same rider can book one session twice"),
    "CANCEL-ANY-RIDER": P(M, 'rider := r.URL.Query().Get("rider")', "security", "unauthenticated cancellation of any rider named in the query", nth=0),
    "REFUND-NOT-BOOKED": P(M, "if refund {", "bug", "refund recorded even when the rider was not booked (removed is false)"),
    "REFUND-ERR-IGNORED": P(M, 's.db.Exec("INSERT INTO refunds', "bug", "refund insert error ignored: the response says refunded when nothing was stored"),
    "PAGE-OFFSET-OBO": P(M, "offset := (page - 1) * 20", "bug", "missing or 0 page gives OFFSET -20: the query fails instead of returning the first page", "off-by-one"),
    "ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query("SELECT id, start_at, level, capacity', "bug", "rows never closed (no defer rows.Close()): connections leak on the early return"),
    "SESSIONS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "LAPS-INDEX-OBO": P(M, "for i := 1; i <= len(lines); i++ {", "bug", "i <= len(lines) reads lines[len(lines)]: every upload panics", "off-by-one"),
    "WAIVER-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "waiver-render', "security", "rider query value concatenated into an sh -c command (quotes do not help)", "source-vs-sink"),
    "WAIVER-PATH": P(M, 'out := filepath.Join(s.dataDir, "waivers", rider+".pdf")', "security", "rider with ../ writes and serves a PDF outside the waivers directory", "source-vs-sink"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("LICENCE-CACHE-STALE", "LICENCE-CACHE-RACE"),
    ("ISSUE-DECODE-IGNORED", "ISSUE-NUMBER-COLLIDES"),
    ("ISSUE-NUMBER-COLLIDES", "ISSUE-YEARS-UNBOUNDED"),
    ("ISSUE-DECODE-IGNORED", "ISSUE-YEARS-UNBOUNDED"),
    ("CAPACITY-OBO", "BOOK-RACE"),
    ("BOOK-RACE", "BOOK-DOUBLE"),
    ("CAPACITY-OBO", "BOOK-DOUBLE"),
    ("REFUND-NOT-BOOKED", "REFUND-ERR-IGNORED"),
    ("PAGE-OFFSET-OBO", "ROWS-NOT-CLOSED"),
    ("ROWS-NOT-CLOSED", "SESSIONS-ERR-LEAK"),
    ("WAIVER-SHELL", "WAIVER-PATH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is a single-file `net/http` service (Go 1.22 method patterns) for the
        velodrome desk: licence lookup and issue, track sessions, booking and cancellation, lap-time upload and
        waiver rendering.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 8 |
        | low | 3 |

        The two critical ones are the shell built from `rider` in `handleWaiver` and the licence lookup that
        formats the number into SQL. Booking is where most of the correctness bugs sit: the capacity test is off
        by one, runs outside the lock, and does not stop a rider booking twice.

        Correct as written: `adminOnly` fails closed with `subtle.ConstantTimeCompare`; `handleCancel` holds
        `s.mu` for the whole update with a deferred unlock; `handleLaps` limits the body with `io.LimitReader`;
        every insert except the licence lookup uses placeholders; scan errors are checked in `handleSessions`.
        """,
        Block([
            F("WAIVER-SHELL", "critical", "security", "Command injection in `handleWaiver` via `rider`",
              "Call `exec.Command(\"waiver-render\", \"--rider\", rider, \"--out\", out)` without `sh -c`; the single quotes are closed by a `'` in the name.",
              symbol="Server.handleWaiver", conf=0.95),
            F("LICENCE-SQLI", "critical", "security", "SQL injection in `loadLicence`",
              "Use `s.db.QueryRow(\"... WHERE number = $1\", number)`.",
              symbol="Server.loadLicence", conf=0.95),
            F("WAIVER-PATH", "high", "security", "`rider` is joined into the waiver output path",
              "Validate `rider` against the rider table or use a generated id for the file name; `../` escapes `waivers/`.",
              symbol="Server.handleWaiver", conf=0.8),
            F("DESK-FAILS-OPEN", "high", "security", "`deskOnly` is disabled when `DESK_TOKEN` is empty",
              "Refuse to start without a desk token, and compare with `subtle.ConstantTimeCompare` as `adminOnly` does.",
              symbol="Server.deskOnly", conf=0.9),
            F("CANCEL-ANY-RIDER", "high", "security", "Anyone can cancel any rider's booking",
              "`DELETE /sessions/{id}/riders` has no middleware and trusts `?rider=`; require the rider's own credential or the desk token.",
              symbol="Server.handleCancel", conf=0.85),
            F("BOOK-NO-AUTH", "high", "security", "Booking requires only a licence number",
              "Licence numbers are sequential timestamps (`VL-<unix>`); authenticate the rider before booking in their name.",
              symbol="Server.handleBook", conf=0.75),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.7),
        ]),
        "Correctness:",
        Block([
            F("LICENCE-CACHE-RACE", "high", "bug", "`s.licences` is accessed without the mutex",
              "Handlers run concurrently; an unsynchronised map write is a fatal `concurrent map writes`. Guard the read and the write with `s.mu` (or a `sync.Map`).",
              d=2, symbol="Server.licence", conf=0.85),
            F("CAPACITY-OBO", "medium", "bug", "Session capacity allows one extra rider",
              "`full` should be `len(sess.Riders) >= sess.Capacity`.", symbol="Server.handleBook", conf=0.9),
            F("BOOK-RACE", "medium", "bug", "Capacity check and append happen after unlocking",
              "Keep `s.mu` held from the lookup through the append; concurrent bookings overbook and race on `sess.Riders`.",
              symbol="Server.handleBook", conf=0.85),
            F("BOOK-DOUBLE", "medium", "bug", "A rider can be booked twice into the same session",
              "Check `slices.Contains(sess.Riders, lic.Rider)` before appending.", symbol="Server.handleBook", conf=0.75),
            F("LEVEL-CHECK-INCOMPLETE", "medium", "bug", "Open licences are admitted to race nights",
              "Require `lic.Level == \"race\"` for race sessions; the check only excludes accreditation licences.",
              symbol="Server.handleBook", conf=0.7),
            F("REFUND-NOT-BOOKED", "medium", "bug", "Refund recorded for riders who were not booked",
              "Only refund when `removed` is true.", symbol="Server.handleCancel", conf=0.8),
            F("LAPS-INDEX-OBO", "medium", "bug", "`handleLaps` indexes past the end of `lines`",
              "Loop `for i := 1; i < len(lines); i++`; the last iteration panics with index out of range.",
              symbol="Server.handleLaps", conf=0.9),
            F("PAGE-OFFSET-OBO", "medium", "bug", "Session list breaks without `?page=`",
              "`Atoi(\"\")` is 0, so OFFSET is -20 and Postgres rejects it; clamp `page` to at least 1.",
              symbol="Server.handleSessions", conf=0.85),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "Add `defer rows.Close()` after the error check, and check `rows.Err()`.",
              symbol="Server.handleSessions", conf=0.85),
            F("ISSUE-DECODE-IGNORED", "low", "bug", "`handleIssue` ignores the JSON decode error",
              "Return 400 when decoding fails or `rider` is empty.", symbol="Server.handleIssue", conf=0.8),
            F("ISSUE-NUMBER-COLLIDES", "low", "bug", "Licence numbers collide within one second",
              "Use a database sequence for licence numbers.", symbol="Server.handleIssue", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("LICENCE-SQLI", "critical", "security", "SQL injection in loadLicence (fmt.Sprintf)", "Placeholder $1.", d=-2),
            F("WAIVER-SHELL", "critical", "security", "sh -c with rider from query string", "exec.Command without shell.", d=-2),
            F("DESK-FAILS-OPEN", "high", "security", "deskOnly allows all requests when DESK_TOKEN unset", "Fail closed.", d=-2),
            F("LICENCE-CACHE-RACE", "high", "bug", "Data race on s.licences map", "Lock s.mu.", d=-3),
            F("BOOK-RACE", "medium", "bug", "handleBook mutates sess.Riders after s.mu.Unlock", "Hold the lock across check+append.", d=-1),
            F("LAPS-INDEX-OBO", "medium", "bug", "lines[i] out of range on last iteration", "i < len(lines).", d=1),
            F("PAGE-OFFSET-OBO", "low", "bug", "page defaults to 0 -> negative OFFSET", "if page < 1 { page = 1 }.", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "bug", "handleSessions leaks rows", "defer rows.Close()."),
            F("REFUND-ERR-IGNORED", "low", "bug", "Refund Exec error dropped", "Check err."),
            F("ISSUE-DECODE-IGNORED", "low", "bug", "Decode error ignored in handleIssue", "Return 400."),
            F("SESSIONS-ERR-LEAK", "low", "security", "Raw DB error returned from /sessions", "Generic 500."),
            F("LICENCE-ERR-LEAK", "low", "security", "DB error text returned from GET /licences/{number}", "Distinguish sql.ErrNoRows; log others."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the velodrome booking service in `main.go`. Here is a summary of my findings,
        grouped into security issues and reliability/logic issues.

        **Security Issues**
        """,
        Block([
            F("WAIVER-SHELL", "CRITICAL", "Command Injection", "Command Injection in Waiver Rendering",
              "Avoid `sh -c` and pass arguments directly to `exec.Command`.", sd=-2, n=3,
              desc="The `rider` parameter is concatenated into a shell command. Single quotes can be escaped by the attacker."),
            F("LICENCE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Licence Lookup",
              "Use parameterized queries.", sd=-1, n=3),
            F("WAIVER-PATH", "HIGH", "Path Traversal", "Path Traversal in Waiver Output File",
              "Sanitize the rider name before using it in a path.", d=-1, sd=-1, n=3),
            F("DESK-FAILS-OPEN", "HIGH", "Broken Authentication", "Desk Authentication Bypass When Token Is Empty",
              "Reject requests when no desk token is configured.", sd=-2, n=3),
            F("CANCEL-ANY-RIDER", "HIGH", "Broken Access Control", "Unauthenticated Booking Cancellation",
              "Add authentication to the cancel endpoint.", sd=-1, n=3),
            F("LICENCE-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed in Licence Endpoint",
              "Return a generic error message."),
            F("SESSIONS-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed in Sessions Endpoint",
              "Return a generic error message."),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        **Reliability and Logic Issues**
        """,
        Block([
            F("LICENCE-CACHE-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Licence Cache",
              "Protect the map with the existing mutex.", d=2, sd=0, n=3,
              desc="Go maps are not safe for concurrent use; concurrent writes cause a runtime panic."),
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition in Session Booking",
              "Hold the lock while checking capacity and appending.", d=1, sd=-1, n=3),
            F("LAPS-INDEX-OBO", "MEDIUM", "Availability", "Index Out of Range Panic in Lap Parsing",
              "Use `<` instead of `<=` in the loop condition."),
            F("ISSUE-NUMBER-COLLIDES", "MEDIUM", "Logic Error", "Licence Number Collisions",
              "Use a UUID or a database sequence."),
            F("SESSION-OVERWRITE", "MEDIUM", "Logic Error", "Existing Sessions Overwritten on Create",
              "Reject duplicate session IDs.", sd=-1, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Consider moving handlers into separate files."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LICENCE-SQLI", "error", "security", "sql injection in licence lookup", "use $1"),
            F("WAIVER-SHELL", "error", "security", "shell injection via rider param", "no sh -c", d=-2),
            F("DESK-FAILS-OPEN", "warning", "security", "desk auth open when token empty", "fail closed"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CAPACITY-OBO", "warning", "bug", "capacity off by one", ">=", d=1),
            F("LAPS-INDEX-OBO", "error", "bug", "laps loop panics (index out of range)", "i < len(lines)", d=1),
            F("ROWS-NOT-CLOSED", "warning", None, "rows not closed", "defer rows.Close()"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in licence lookup.
        2. Command injection in waiver rendering.
        3. Authentication gaps (desk token, booking).
        4. Concurrency issues in licence cache and booking.
        5. Booking and refund logic errors.
        6. Input validation and server configuration.
        """,
        Block([
            F("LICENCE-SQLI", "blocker", "security", "SQL injection via licence number",
              "Use parameterized query.", conf=0.95),
            F("WAIVER-SHELL", "blocker", "security", "Command injection in waiver-render call",
              "Do not use sh -c.", conf=0.9),
            F("DESK-FAILS-OPEN", "major", "security", "Desk token authentication bypass when token not set",
              "Require DESK_TOKEN.", conf=0.85),
            F("BOOK-NO-AUTH", "major", "security", "Booking endpoint lacks authentication",
              "Authenticate riders.", conf=0.7),
            F("LICENCE-CACHE-RACE", "major", "concurrency", "Licence cache map accessed without lock",
              "Use s.mu or sync.Map.", conf=0.85),
            F("LICENCE-CACHE-STALE", "minor", "correctness", "Licence cache never invalidated",
              "Add a TTL to cache entries.", conf=0.6),
            F("CAPACITY-OBO", "major", "correctness", "Off-by-one in session capacity check",
              "Use >=.", conf=0.85),
            F("BOOK-RACE", "major", "concurrency", "Booking append performed outside the mutex",
              "Keep the lock held.", d=1, conf=0.8),
            F("LICENCE-EXPIRY-NOW", "minor", "correctness", "Licence expiry compared to current time instead of session date",
              "Compare with sess.Start.", conf=0.6),
            F("REFUND-NOT-BOOKED", "major", "correctness", "Refund issued even if rider was not removed",
              "Check removed before refund.", conf=0.75),
            F("PAGE-OFFSET-OBO", "minor", "correctness", "Negative offset when page parameter missing",
              "Default page to 1.", conf=0.7),
            F("ISSUE-YEARS-UNBOUNDED", "minor", "correctness", "Licence validity years not validated",
              "Limit to 1-5 years.", conf=0.6),
            F("NO-TIMEOUTS", "minor", "reliability", "HTTP server without timeouts",
              "Use http.Server with timeouts.", conf=0.65),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}
