"""test60/go-cordtest: a tool library's power-tool safety check log (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test60: seeded problems in a tool library's power-tool safety check log; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "VOL-KEY-IN-QUERY": P(M, 'key = r.URL.Query().Get("key")', "security", "volunteer key accepted from the ?key= query string (logs, shared links)"),
    "VOL-FAIL-OPEN": P(M, 'if s.volunteerKey != "" && key != s.volunteerKey {', "security", "VOLUNTEER_KEY unset: every volunteer route is open (fails open, and != is not constant-time)"),
    "TOOL-SCAN-ERR-IGNORED": P(M, 'id = $1", id).Scan(&t.ID, &t.Name, &t.Class, &t.LastPass)', "bug", "Scan error dropped and nil returned: an unknown tool is a zero Tool (class \"\", no earth test), never 404", "signature-vs-statement"),
    "CHECK-PRECEDENCE": P(M, "c.Passed = c.GuardOK || c.CordOK && c.InsulationMOhm >= minInsulationMOhm", "bug", "&& binds before ||: a tool with a good guard passes whatever its cord and insulation"),
    "CHECK-EARTH-MISSING": P(M, 'if t.Class == "I" && c.EarthOhm > maxEarthOhm {', "bug", "an omitted earth reading is 0 and passes: class I tools pass without an earth continuity test"),
    "CHECK-INSPECTOR-SPOOF": P(M, "c.ToolID, c.Inspector, c.InsulationMOhm, c.EarthOhm", "security", "inspector name taken from the request body: a check can be signed as any inspector"),
    "CHECK-PASS-UPDATE-IGNORED": P(M, 's.db.ExecContext(r.Context(), "UPDATE tools SET last_pass = now() WHERE id = $1"', "bug", "error of the last_pass update ignored: a recorded pass may never make the tool lendable, silently"),
    "LOCKOUT-RACE": P(M, "s.lockedOut[c.ToolID] = c.Notes", "bug", "lockedOut written after s.mu is released: concurrent map writes with loans reading it (crash, lost lockout)", "critical-section"),
    "LOCKOUT-ANY-PASS-UNLOCKS": P(M, "delete(s.lockedOut, c.ToolID)", "security", "any volunteer's passing check clears a lockout that only the admin unlock route should clear"),
    "LOAN-DAYS-UNCHECKED": P(M, "if days > maxLoanDays {", "bug", "only the upper bound is clamped: days 0, negative or non-numeric give a loan already due or overdue"),
    "LOAN-ALREADY-OUT": P(M, '"INSERT INTO loans (tool_id, member, due)', "bug", "no check that the tool is already on loan: one drill lent to two members"),
    "SEARCH-SQLI": P(M, "WHERE name ILIKE '%\"+q+\"%' ORDER BY name", "security", "q query value concatenated into the search SQL", "source-vs-sink"),
    "SEARCH-ERR-LEAK": P(M, 'http.Error(w, "search failed: "+err.Error()', "security", "database error text returned to the (unauthenticated) client"),
    "REPORT-PATH-TRAVERSAL": P(M, "out := filepath.Join(s.reportDir, name)", "security", "name query value joined to the report dir: the report is written to and served from any path", "source-vs-sink"),
    "REPORT-SHELL": P(M, 'cmd := exec.CommandContext(r.Context(), "sh", "-c", "checkreport --tool "', "security", "format (and name) query values concatenated into an sh -c command line", "source-vs-sink"),
    "DELETE-CHECK-VOLUNTEER": P(M, '"DELETE FROM checks WHERE id = $1", id)', "security", "any volunteer can delete safety check records (the audit trail), not only an admin", "signature-vs-statement"),
    "DUE-CACHE-RACE": P(M, "due, err := s.loadDue(r.Context())", "bug", "dueCache/dueAt read and written by concurrent requests without s.mu: data race, duplicate loads at expiry", "critical-section"),
    "DUE-ERROR-HIDDEN": P(M, "if err == nil {", "bug", "a failed load is swallowed: the stale (or null) due list is served with 200"),
    "RECENT-N-UNBOUNDED": P(M, "out := make([]Check, 0, n)", "bug", "n from the query unchecked: negative n panics in make, a huge n allocates a huge slice"),
    "RECENT-SKIPS-FIRST": P(M, "for i := len(checks) - 1; i > 0 && len(out) < n; i-- {", "bug", "i > 0 never returns checks[0]: a tool with one check shows none", "off-by-one"),
    "HISTORY-XSS-INSPECTOR": P(M, 'fmt.Fprintf(w, "<tr><td>%d</td><td>%s</td><td>%t</td>", c.ID, c.Inspector, c.Passed)', "security", "inspector name written into the public history HTML unescaped"),
    "HISTORY-XSS-NOTES": P(M, 'fmt.Fprintf(w, "<td>%s</td></tr>", c.Notes)', "security", "check notes written into the public history HTML unescaped"),
    "TAGS-INDEX-PANIC": P(M, "for i := 0; i <= len(ids); i++ {", "bug", "i <= len(ids) reads ids[len(ids)]: every tag request panics (index out of range)", "off-by-one"),
    "TAGS-BAD-ID-ZERO": P(M, "id, _ := strconv.Atoi(strings.TrimSpace(ids[i]))", "bug", "Atoi error ignored: a mistyped id prints a tag for tool 0 (blank name, year-1 dates)"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("VOL-KEY-IN-QUERY", "VOL-FAIL-OPEN"),
    ("CHECK-PRECEDENCE", "CHECK-EARTH-MISSING"),
    ("LOCKOUT-RACE", "LOCKOUT-ANY-PASS-UNLOCKS"),
    ("LOAN-DAYS-UNCHECKED", "LOAN-ALREADY-OUT"),
    ("SEARCH-SQLI", "SEARCH-ERR-LEAK"),
    ("REPORT-PATH-TRAVERSAL", "REPORT-SHELL"),
    ("DUE-CACHE-RACE", "DUE-ERROR-HIDDEN"),
    ("RECENT-N-UNBOUNDED", "RECENT-SKIPS-FIRST"),
    ("HISTORY-XSS-INSPECTOR", "HISTORY-XSS-NOTES"),
    ("TAGS-INDEX-PANIC", "TAGS-BAD-ID-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the safety check log. Because this service decides whether a power tool
        may leave the building, I weighted problems that let an unsafe tool be lent as high as the classic
        injection bugs.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 6 |
        | low | 2 |

        The pass/fail logic itself is the most serious finding: `c.GuardOK || c.CordOK && ...` passes any tool with
        an intact guard. Next come the report handler (shell and path injection from two query parameters) and
        the search query. The lockout map is guarded by `s.mu` in `handleLoan`, `handleStats` and `handleUnlock`,
        but not where `handleCheck` writes it.

        Correct as written: `admin` fails closed with `subtle.ConstantTimeCompare`; `handleLoan` reads the lockout
        under the mutex and refuses tools without a recent pass; `scanTools` and `loadChecks` check `Scan` and
        `rows.Err()`; the tool name in the history page goes through `html.EscapeString`.
        """,
        Block([
            F("CHECK-PRECEDENCE", "critical", "bug", "Operator precedence makes a good guard enough to pass a check",
              "Parenthesise: `c.GuardOK && c.CordOK && c.InsulationMOhm >= minInsulationMOhm`. As written, `||` is evaluated last.",
              symbol="Server.handleCheck", conf=0.95),
            F("CHECK-EARTH-MISSING", "high", "bug", "Class I tools pass with no earth reading",
              "Treat a missing earth reading as a fail for class I (use `*float64` or a separate `earth_tested` flag).",
              symbol="Server.handleCheck", conf=0.8),
            F("REPORT-SHELL", "critical", "security", "Shell injection in `handleReport`",
              "Run `exec.CommandContext(ctx, \"checkreport\", \"--tool\", id, \"--format\", format)` with stdout to a file you create; allow-list `format`.",
              symbol="Server.handleReport", conf=0.95),
            F("REPORT-PATH-TRAVERSAL", "high", "security", "`name` escapes the report directory",
              "Generate the file name server-side or reject names with a path separator; `filepath.Join` cleans `../` rather than preventing it.",
              symbol="Server.handleReport", conf=0.85),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in tool search",
              "`WHERE name ILIKE '%' || $1 || '%'` with `q` as an argument.", symbol="Server.handleSearch", conf=0.95),
            F("VOL-FAIL-OPEN", "high", "security", "Volunteer middleware allows everyone when `VOLUNTEER_KEY` is unset",
              "Fail closed like `admin` does, and compare with `subtle.ConstantTimeCompare`.", symbol="Server.volunteer", conf=0.9),
            F("VOL-KEY-IN-QUERY", "medium", "security", "Volunteer key accepted in the query string",
              "Header only; keys in URLs end up in access logs and printed QR links.", symbol="Server.volunteer", conf=0.7),
            F("LOCKOUT-RACE", "high", "bug", "`handleCheck` writes `lockedOut` after releasing `s.mu`",
              "Move the map update inside the locked region. Concurrent writes to a Go map abort the process (`fatal error: concurrent map writes`).",
              d=-2, symbol="Server.handleCheck", conf=0.85),
            F("DELETE-CHECK-VOLUNTEER", "high", "security", "Check records can be deleted with the volunteer key",
              "Register `DELETE /checks/{id}` behind `s.admin`, or soft-delete with an audit entry.",
              symbol="Server.handleDeleteCheck", conf=0.8),
            F("HISTORY-XSS-INSPECTOR", "medium", "security", "Inspector name rendered unescaped in the history page",
              "`html.EscapeString(c.Inspector)`, or use `html/template`.", symbol="Server.handleHistory", conf=0.8),
            F("HISTORY-XSS-NOTES", "medium", "security", "Check notes rendered unescaped in the history page",
              "`html.EscapeString(c.Notes)`.", symbol="Server.handleHistory", conf=0.8),
        ]),
        "Reliability:",
        Block([
            F("TOOL-SCAN-ERR-IGNORED", "medium", "bug", "`Server.tool` never returns an error",
              "Return the `Scan` error (and map `sql.ErrNoRows` to 404 in callers); today a check can be recorded against a tool that does not exist.",
              symbol="Server.tool", conf=0.85),
            F("TAGS-INDEX-PANIC", "high", "bug", "`handleTags` indexes one past the end of `ids`",
              "`for i := range ids`.", symbol="Server.handleTags", conf=0.95),
            F("RECENT-SKIPS-FIRST", "medium", "bug", "`handleRecent` never returns the oldest check",
              "Loop while `i >= 0`.", symbol="Server.handleRecent", conf=0.85),
            F("RECENT-N-UNBOUNDED", "medium", "bug", "`n` is used as a slice capacity unchecked",
              "Clamp `n` to 1..50; a negative `n` panics in `make`.", symbol="Server.handleRecent", conf=0.75),
            F("DUE-CACHE-RACE", "medium", "bug", "`handleDue` cache is shared without synchronisation",
              "Guard `dueCache`/`dueAt` with `s.mu` (or a `sync.Mutex` of their own) and consider `singleflight`.",
              d=-1, symbol="Server.handleDue", conf=0.75),
            F("LOAN-DAYS-UNCHECKED", "low", "bug", "Loan length has no lower bound",
              "Reject a parse error and `days < 1`.", symbol="Server.handleLoan", conf=0.7),
            F("NO-SERVER-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("REPORT-SHELL", "critical", "security", "Command injection: format/name concatenated into sh -c", "exec without shell; allow-list format.", d=-3),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in /tools/search (q)", "Bind q.", d=-2),
            F("CHECK-PRECEDENCE", "critical", "bug", "Pass condition: || / && precedence lets guard_ok alone pass", "Use && throughout."),
            F("TOOL-SCAN-ERR-IGNORED", "high", "bug", "Server.tool swallows Scan errors (unknown tool -> zero value, nil error)", "Return err.", d=-2),
            F("DELETE-CHECK-VOLUNTEER", "high", "security", "DELETE /checks/{id} only needs the volunteer key", "admin middleware.", d=-2),
            F("LOCKOUT-RACE", "high", "bug", "Unsynchronised write to lockedOut map (data race with handleLoan)", "Hold s.mu."),
            F("DUE-CACHE-RACE", "medium", "bug", "Data race on dueCache/dueAt", "Lock.", d=2),
            F("TAGS-INDEX-PANIC", "medium", "bug", "Off-by-one in handleTags loop: index out of range", "i < len(ids)."),
            F("RECENT-SKIPS-FIRST", "low", "bug", "handleRecent skips checks[0]", "i >= 0.", d=1),
            F("LOAN-ALREADY-OUT", "medium", "bug", "Loan created without checking for an open loan on the tool", "Check returned_at IS NULL / unique partial index."),
            F("VOL-FAIL-OPEN", "medium", "security", "volunteer() passes everything if VOLUNTEER_KEY is empty", "Fail closed."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the tool library's safety check service. It's a compact Go HTTP server backed by
        PostgreSQL that records power-tool safety inspections and controls lending.

        **Key Security Vulnerabilities**
        """,
        Block([
            F("REPORT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Report Generation",
              "Avoid `sh -c`; pass arguments directly to `exec.Command`.", n=3, sd=-2,
              desc="The `format` and `name` parameters are concatenated into a shell command."),
            F("REPORT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Report Output Name",
              "Validate `name` with `filepath.Base` and reject `..`.", d=1, n=3, sd=-1),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tool Search",
              "Use query parameters.", n=3, sd=-2),
            F("SEARCH-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", n=3, sd=-2),
            F("VOL-FAIL-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Volunteer Key Is Unset",
              "Reject requests when the key is not configured.", n=3, sd=-2),
            F("CHECK-INSPECTOR-SPOOF", "MEDIUM", "Broken Access Control", "Inspector Identity Is Client-Controlled",
              "Derive the inspector from the authenticated volunteer rather than from the request body.", n=3, sd=-2),
            F("HISTORY-XSS-NOTES", "HIGH", "Cross-Site Scripting", "Stored XSS in Tool History Page",
              "Escape notes and inspector names, or use `html/template`.", n=3, sd=-2,
              desc="Check notes are written to the HTML response with `fmt.Fprintf` and no escaping."),
            F("NO-SERVER-TIMEOUTS", "LOW", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", n=3, sd=-2),
        ], wrap="list"),
        """
        **Logic and Reliability Issues**
        """,
        Block([
            F("CHECK-PRECEDENCE", "CRITICAL", "Logic Error", "Incorrect Boolean Logic in Pass/Fail Evaluation",
              "Use parentheses or `&&` for all conditions.", n=3, sd=-2,
              desc="Because `&&` has higher precedence than `||`, a tool whose guard is fine passes even with a damaged cord or failed insulation test."),
            F("LOCKOUT-RACE", "HIGH", "Race Condition", "Concurrent Map Access on Lockout Map",
              "Keep the mutex held while modifying `lockedOut`.", d=2, n=3, sd=0),
            F("DUE-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Cache in handleDue",
              "Protect the cache fields with the mutex.", d=-1, n=3, sd=-1),
            F("CHECK-PASS-UPDATE-IGNORED", "MEDIUM", "Error Handling", "Ignored Error When Updating Last Pass Date",
              "Check the error returned by `ExecContext`.", n=3, sd=-2),
            F("TAGS-INDEX-PANIC", "MEDIUM", "Availability", "Index Out of Range in Tag Printing",
              "Iterate with `i < len(ids)`.", d=1, n=3, sd=-1),
            U({"severity": "LOW", "category": "Testing", "suggestion": "Add unit tests for the pass/fail evaluation."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("REPORT-SHELL", "error", "security", "sh -c with query params", "no shell"),
            F("SEARCH-SQLI", "error", "security", "sqli in search", "use $1", d=-1),
            F("CHECK-PRECEDENCE", "error", "bug", "guard_ok alone passes the check", "parenthesize"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("LOCKOUT-ANY-PASS-UNLOCKS", "warning", "", "passing check clears lockout without admin", "require admin unlock"),
            F("TAGS-BAD-ID-ZERO", "info", "bug", "bad id in tags -> tool 0", "return 400 on Atoi error"),
            F("VOL-KEY-IN-QUERY", "warning", "security", "key in query string", "header only"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Critical injection issues in report generation and search.
        2. The pass/fail evaluation is logically wrong and class I earth testing can be skipped.
        3. Shared state (lockout map, due cache) is not consistently synchronized.
        4. Several handlers mishandle input bounds.
        5. Output escaping is missing in the history page.
        """,
        Block([
            F("REPORT-SHELL", "blocker", "security", "Command injection via report format parameter", "Use exec without shell.", conf=0.9),
            F("REPORT-PATH-TRAVERSAL", "major", "security", "Path traversal in report file name", "Sanitize name.", d=-1, conf=0.8),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in search endpoint", "Use placeholders.", d=-1, conf=0.9),
            F("CHECK-PRECEDENCE", "blocker", "correctness", "Wrong operator precedence in pass condition", "Parenthesize.", conf=0.9),
            F("CHECK-EARTH-MISSING", "major", "correctness", "Earth continuity not enforced when reading is absent", "Require the reading for class I.", d=-1, conf=0.7),
            F("LOCKOUT-RACE", "major", "concurrency", "Lockout map modified outside the mutex", "Extend the critical section.", conf=0.8),
            F("DUE-CACHE-RACE", "minor", "concurrency", "Due cache read/written without lock", "Use the mutex.", conf=0.7),
            F("DUE-ERROR-HIDDEN", "minor", "reliability", "Due list load errors silently ignored", "Return 500 on error.", conf=0.6),
            F("LOAN-DAYS-UNCHECKED", "major", "correctness", "Loan days not validated (zero or negative)", "Require 1..14.", d=-1, conf=0.7),
            F("RECENT-N-UNBOUNDED", "minor", "reliability", "Unvalidated n may panic in make", "Clamp n.", conf=0.65),
            F("RECENT-SKIPS-FIRST", "minor", "correctness", "Off-by-one: oldest check never returned", "i >= 0.", d=-1, conf=0.75),
            F("HISTORY-XSS-INSPECTOR", "major", "security", "XSS via inspector name in history page", "Escape output.", conf=0.75),
            F("TAGS-INDEX-PANIC", "major", "reliability", "Index out of range in tags loop", "Fix loop bound.", d=3, conf=0.8),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 6 major, 4 minor"),
    ]),
}
