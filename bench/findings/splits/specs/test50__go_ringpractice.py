"""test50/go-ringpractice: a bell tower's practice-night rota (Go, net/http + database/sql/pgx). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test50: seeded problems in a church bell tower's practice rota (sign-ups, the "
    "captain's bell rota, touches and rope wear, compositions); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "KEY-IN-QUERY": P(M, 'key := r.URL.Query().Get("key")', "security", "tower key passed in the query string (logs, history, referrers)"),
    "TOWER-KEY-FAILOPEN": P(M, 'if s.towerKey != "" && key != s.towerKey {', "security", "TOWER_KEY unset: the ringer check is skipped and every ringer route is open"),
    "TOWER-KEY-TIMING": P(M, 'if s.towerKey != "" && key != s.towerKey {', "security", "tower key compared with != rather than subtle.ConstantTimeCompare (extra, one agent)"),
    "WEEKS-UNBOUNDED": P(M, "if err != nil || weeks < 1 {", "performance", "weeks has no upper bound: ?weeks=100000000 builds a huge list"),
    "WEEKS-OFF-BY-ONE": P(M, "for i := 0; i <= weeks; i++ {", "bug", "i <= weeks lists weeks + 1 practice nights", "off-by-one"),
    "SIGNUP-CAP-OFF": P(M, "if len(s.signups[date]) > maxBand {", "bug", "> maxBand lets a thirteenth ringer sign up", "off-by-one"),
    "SIGNUP-RACE": P(M, "band = append(band, name)", "bug", "signups map read and written without s.mu: concurrent sign-ups race (lost sign-ups, concurrent map write panic)", "critical-section"),
    "SIGNUP-DUPLICATE": P(M, "band = append(band, name)", "bug", "the same ringer can sign up twice for one practice and fills two places"),
    "WITHDRAW-ANYONE": P(M, 'name := r.PathValue("name")', "security", "any ringer can withdraw any other ringer: the name comes from the path, not the caller", "signature-vs-statement", nth=0),
    "ROTA-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug", "rota body decode error ignored: a malformed body stores an empty rota for the empty date"),
    "ROTA-INDEX-OFF": P(M, "rota[bell] = ringer", "bug", "bells are numbered 1..8 but index the slice directly: bell 8 panics, bell 1 lands in slot 2", "off-by-one"),
    "ROTA-XSS": P(M, '"<tr><td>%d</td><td>%s</td></tr>", i+1, ringer)', "security", "ringer names written into the public rota page unescaped"),
    "ROPE-RACE": P(M, "wear += t.Changes", "bug", "ropeWear updated without s.mu while handleRopes reads under it: lost updates, map race", "critical-section"),
    "NOTIFY-REPEATS": P(M, "if wear >= spliceAfter {", "bug", "wear is never reset, so every later touch pages the steeplekeeper again"),
    "NOTIFY-SHELL": P(M, """exec.Command("sh", "-c", "notify-steeple '"+msg+"'").Run()""", "security", "method name from the touch body spliced into an sh -c command", "source-vs-sink"),
    "NOTIFY-ERR-IGNORED": P(M, """exec.Command("sh", "-c", "notify-steeple '"+msg+"'").Run()""", "bug", "notify-steeple error ignored and no timeout: a failed or hung page goes unnoticed"),
    "TOUCHES-SQLI": P(M, "WHERE method = '%s' ORDER BY rung_on DESC`, method)", "security", "method query value formatted into the touches SQL", "source-vs-sink"),
    "QUERY-ERR-IGNORED": P(M, "rows, _ := s.db.Query(q)", "bug", "Query error discarded: rows is nil on error and rows.Next panics"),
    "ROWS-NOT-CLOSED": P(M, "rows, _ := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak, worst on the early return"),
    "COMP-TRAVERSAL": P(M, "dest := filepath.Join(compDir, name)", "security", "composition name from the path joined to compDir: an encoded ../ writes anywhere", "signature-vs-statement"),
    "COMP-BODY-UNBOUNDED": P(M, "body, err := io.ReadAll(r.Body)", "security", "request body read without http.MaxBytesReader: memory exhaustion"),
    "RINGERS-CONTACTS": P(M, "rows, err := s.db.Query(`SELECT name, phone, email FROM ringers ORDER BY name`)", "security", "every ringer's phone and email handed to anyone past the (shared or missing) tower key"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8088", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "TOWER-KEY-FAILOPEN"),
    ("KEY-IN-QUERY", "TOWER-KEY-TIMING"),
    ("TOWER-KEY-FAILOPEN", "TOWER-KEY-TIMING"),
    ("SIGNUP-RACE", "SIGNUP-DUPLICATE"),
    ("ROPE-RACE", "NOTIFY-REPEATS"),
    ("NOTIFY-SHELL", "NOTIFY-ERR-IGNORED"),
    ("TOUCHES-SQLI", "QUERY-ERR-IGNORED"),
    ("TOUCHES-SQLI", "ROWS-NOT-CLOSED"),
    ("QUERY-ERR-IGNORED", "ROWS-NOT-CLOSED"),
    ("COMP-TRAVERSAL", "COMP-BODY-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` (the whole service). Summary by severity:

        | Severity | Count | Highlights |
        |---|---|---|
        | critical | 2 | SQL injection in `GET /touches`, shell injection in the steeplekeeper page |
        | high | 6 | fail-open tower key, path traversal in compositions, two unlocked maps, the rota index |
        | medium | 6 | key in the URL, XSS on the rota page, ignored decode error, leaked rows, withdrawals |
        | low | 7 | limits off by one, unbounded `weeks`, duplicate sign-ups, repeated pages, no timeouts |

        Done right: `captain` fails closed with `subtle.ConstantTimeCompare`; `handleWithdraw` and
        `handleRopes` hold `s.mu`; `handleRota` checks the bell range before using it (the index is the problem, not the check); the practice date on
        the rota page is escaped; `handleRingers` checks its errors and closes its rows; `handleTouch`
        inserts with placeholders.
        """,
        Block([
            F("TOUCHES-SQLI", "critical", "security", "SQL injection through `method` in `handleTouches`",
              "Use `s.db.Query(\"... WHERE method = $1 ...\", method)`.", symbol="Server.handleTouches", conf=0.95),
            F("QUERY-ERR-IGNORED", "high", "bug", "`Query` error is discarded; `rows.Next()` on nil panics",
              "Check the error and answer 500.", symbol="Server.handleTouches", conf=0.85),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleTouches`",
              "`defer rows.Close()` right after the error check; the early return on a scan error leaks the connection too.",
              symbol="Server.handleTouches", conf=0.8),
            F("NOTIFY-SHELL", "critical", "security", "Touch method is interpolated into an `sh -c` command",
              "Run `exec.Command(\"notify-steeple\", msg)` directly; a method named `x'; rm -rf / #` currently runs.",
              symbol="Server.notifySteeplekeeper", conf=0.9),
            F("NOTIFY-ERR-IGNORED", "low", "bug", "`notify-steeple` errors are ignored and the command has no timeout",
              "Use `exec.CommandContext` with a timeout and log a failed page.", symbol="Server.notifySteeplekeeper", conf=0.6),
            F("TOWER-KEY-FAILOPEN", "high", "security", "`ringer` lets every request through when `TOWER_KEY` is empty",
              "Fail closed like `captain`.", symbol="Server.ringer", conf=0.9),
            F("KEY-IN-QUERY", "medium", "security", "Tower key is sent as a query parameter",
              "Take it from a header; query strings end up in access logs and browser history.", symbol="Server.ringer", conf=0.75),
            F("COMP-TRAVERSAL", "high", "security", "Composition upload writes outside `compDir`",
              "Reject names that are not `filepath.Base(name)` or contain `..`; `PathValue` returns the unescaped `%2e%2e%2f`.",
              symbol="Server.handleComposition", conf=0.8),
            F("COMP-BODY-UNBOUNDED", "medium", "security", "Composition body is read without a size limit",
              "Wrap `r.Body` in `http.MaxBytesReader(w, r.Body, 1<<20)`.", symbol="Server.handleComposition", conf=0.7),
            F("ROTA-XSS", "medium", "security", "Ringer names are not escaped on the rota page",
              "`html.EscapeString(ringer)`, as is already done for the date.", symbol="Server.handleRotaPage", conf=0.85),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Concurrency and rota logic:",
        Block([
            F("SIGNUP-RACE", "high", "bug", "`handleSignup` reads and writes `s.signups` without `s.mu`",
              "Take `s.mu` for the whole check-and-append; concurrent sign-ups can lose entries or crash with `concurrent map writes`.",
              d=-1, n=3, symbol="Server.handleSignup", conf=0.9),
            F("SIGNUP-DUPLICATE", "low", "bug", "A ringer can sign up twice for the same practice",
              "Skip the append when `name` is already in the band.", symbol="Server.handleSignup", conf=0.6),
            F("SIGNUP-CAP-OFF", "low", "bug", "Practice cap admits `maxBand + 1` ringers",
              "Use `>=`.", symbol="Server.handleSignup", conf=0.8),
            F("ROPE-RACE", "high", "bug", "Rope wear counter updated without the mutex",
              "Lock `s.mu` around the read-modify-write, as `handleRopes` does for its copy.",
              d=-1, n=3, symbol="Server.handleTouch", conf=0.85),
            F("NOTIFY-REPEATS", "low", "bug", "Steeplekeeper is paged again on every touch after the threshold",
              "Remember that a page was sent (or reset the counter when the rope is spliced).", symbol="Server.handleTouch", conf=0.6),
            F("ROTA-INDEX-OFF", "high", "bug", "Bell numbers index the rota slice without subtracting one",
              "`rota[bell-1] = ringer`; bell 8 (the tenor) panics with index out of range.", symbol="Server.handleRota", conf=0.9),
            F("ROTA-DECODE-IGNORED", "medium", "bug", "Decode error in `handleRota` is ignored",
              "Return 400 on a decode error instead of storing an empty rota.", symbol="Server.handleRota", conf=0.75),
            F("WITHDRAW-ANYONE", "medium", "security", "Any ringer can withdraw someone else from a practice",
              "Tie the withdrawal to the caller's identity (per-ringer keys) or restrict it to the captain.",
              symbol="Server.handleWithdraw", conf=0.7),
            F("WEEKS-OFF-BY-ONE", "low", "bug", "`handlePractices` returns one practice too many",
              "Loop `i < weeks`.", symbol="Server.handlePractices", conf=0.8),
            F("WEEKS-UNBOUNDED", "low", "performance", "`weeks` is not capped", "Clamp to e.g. 52.",
              symbol="Server.handlePractices", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("TOUCHES-SQLI", "high", "security", "SQL injection: ?method= formatted into query", "Placeholder $1.", d=-1),
            F("QUERY-ERR-IGNORED", "medium", "bug", "db.Query error dropped -> nil rows panic", "Check err."),
            F("NOTIFY-SHELL", "high", "security", "sh -c with touch method in the string", "exec.Command without shell.", d=-1),
            F("COMP-TRAVERSAL", "high", "security", "handleComposition: path traversal via {name}", "filepath.Base + reject '..'.", d=-2),
            F("TOWER-KEY-FAILOPEN", "medium", "security", "ringer middleware disabled when TOWER_KEY empty", "Fail closed."),
            F("KEY-IN-QUERY", "low", "security", "tower key in URL query", "Use a header."),
            F("WITHDRAW-ANYONE", "medium", "security", "handleWithdraw removes any name", "Check caller.", d=-2),
            F("SIGNUP-RACE", "high", "bug", "signups map mutated without mutex (data race)", "s.mu.Lock().", d=+1),
            F("ROPE-RACE", "high", "bug", "ropeWear map mutated without mutex", "s.mu.Lock().", d=-1),
            F("ROTA-INDEX-OFF", "high", "bug", "rota[bell] with bell in 1..8 -> out of range on 8", "rota[bell-1]."),
            F("ROTA-DECODE-IGNORED", "low", "bug", "Decode error ignored in handleRota", "400 on error."),
            F("WEEKS-OFF-BY-ONE", "low", "bug", "<= weeks returns one extra date", "< weeks."),
            F("NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server with timeouts."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `ringpractice` Go service, which manages practice sign-ups, the bell
        rota, touches and rope wear for a tower of bell ringers.

        **Summary**

        The code is compact and readable. However, there are critical injection vulnerabilities, the
        authentication middleware for ringers can be bypassed, and there are data races on shared maps that
        can crash the whole server under concurrent use.

        **Vulnerabilities**
        """,
        Block([
            F("TOUCHES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Touch History",
              "Use a parameterized query.", sd=-2, n=3,
              desc="The `method` query parameter is embedded in the SQL string with `fmt.Sprintf`."),
            F("NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in Steeplekeeper Notification",
              "Avoid `sh -c`; pass the message as an argument.", sd=-2, n=3),
            F("COMP-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Composition Upload",
              "Sanitize the name with `filepath.Base`.", sd=-2, n=3),
            F("COMP-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Composition Upload",
              "Use `http.MaxBytesReader`.", sd=-2, n=3),
            F("TOWER-KEY-FAILOPEN", "HIGH", "Broken Authentication", "Ringer Authentication Bypass When TOWER_KEY Is Unset",
              "Deny requests when the key is not configured.", sd=-1, n=3),
            F("KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Secret Key Passed in URL Query String",
              "Use an HTTP header.", sd=-1, n=2),
            F("ROTA-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Rota Page",
              "Escape ringer names with `html.EscapeString`.", sd=-2, n=3),
            F("RINGERS-CONTACTS", "MEDIUM", "Information Disclosure", "Ringer Contact Details Exposed",
              "Restrict phone numbers and e-mail addresses to the tower captain.", sd=-1, n=2),
            F("NO-TIMEOUTS", "LOW", "Availability", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic**
        """,
        Block([
            F("SIGNUP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in handleSignup",
              "Protect `s.signups` with `s.mu`.", sd=-2, n=3,
              desc="Go maps are not safe for concurrent writes; the runtime aborts with `fatal error: concurrent map writes`."),
            F("SIGNUP-DUPLICATE", "LOW", "Logic Error", "Duplicate Sign-ups Are Not Prevented",
              "Check whether the ringer is already signed up.", sd=-2, n=3),
            F("ROPE-RACE", "HIGH", "Race Condition", "Concurrent Map Access in handleTouch",
              "Lock `s.mu` while updating `s.ropeWear`.", sd=-2, n=3),
            F("ROTA-INDEX-OFF", "HIGH", "Logic Error", "Index Out of Range When Assigning the Tenor",
              "Use `bell-1` as the index.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting handlers into separate files and adding tests."}),
            F("WEEKS-OFF-BY-ONE", "LOW", "Logic Error", "Practice List Returns an Extra Week",
              "Use `i < weeks` as the loop condition.", d=+1, sd=-1, n=3),
            F("NOTIFY-ERR-IGNORED", "LOW", "Error Handling", "Notification Command Errors Are Ignored",
              "Check the error returned by `Run`.", sd=-2, n=3),
            F("ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Are Not Closed",
              "Add `defer rows.Close()`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("TOUCHES-SQLI", "error", "security", "sql injection in handleTouches", "use $1"),
            F("NOTIFY-SHELL", "error", "security", "sh -c injection in notifySteeplekeeper", "exec without sh"),
            F("COMP-TRAVERSAL", "error", "security", "path traversal writing compositions", "filepath.Base"),
            F("TOWER-KEY-FAILOPEN", "warning", "security", "no TOWER_KEY = no auth", "fail closed"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("SIGNUP-RACE", "error", "", "signups map not locked", "use s.mu"),
            F("ROTA-INDEX-OFF", "error", "bug", "rota[bell] off by one, panics for bell 8", "bell-1"),
            F("SIGNUP-CAP-OFF", "warning", "bug", "band cap allows 13", ">= maxBand"),
            F("ROTA-XSS", "warning", "security", "xss on rota page", "html.EscapeString"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. Injection vulnerabilities in touch history and notification.
        2. Authentication weaknesses in the ringer middleware.
        3. Data races on the sign-up and rope wear maps.
        4. Error handling and resource management problems.
        5. Logic errors in limits and indexing.
        """,
        Block([
            F("TOUCHES-SQLI", "blocker", "security", "SQL injection in touch query", "Use parameters.", d=+1, conf=0.9),
            F("QUERY-ERR-IGNORED", "major", "reliability", "Ignored database query error", "Handle the error.", conf=0.8),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection via shell execution", "Avoid sh -c.", conf=0.85),
            F("COMP-TRAVERSAL", "major", "security", "Path traversal in composition storage", "Validate the name.", conf=0.8),
            F("TOWER-KEY-FAILOPEN", "major", "security", "Authentication skipped when key is empty", "Require the key.", conf=0.8),
            F("TOWER-KEY-TIMING", "minor", "security", "Key comparison is not constant-time", "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("KEY-IN-QUERY", "minor", "security", "Key transmitted in query string", "Use a header.", conf=0.7),
            F("WITHDRAW-ANYONE", "major", "security", "Missing authorisation on withdrawal", "Verify the caller.", conf=0.7),
            F("RINGERS-CONTACTS", "major", "security", "Personal data exposed to all ringers", "Limit the fields.", conf=0.65),
            F("ROTA-XSS", "major", "security", "XSS in rota HTML", "Escape output.", conf=0.8),
            F("SIGNUP-RACE", "major", "concurrency", "Data race on signups map", "Use the mutex.", d=-1, conf=0.85),
            F("ROPE-RACE", "major", "concurrency", "Data race on ropeWear map", "Use the mutex.", d=+1, conf=0.85),
            F("NOTIFY-REPEATS", "minor", "correctness", "Repeated splice notifications", "Track notifications.",
              anchor="wear += t.Changes", conf=0.55),
            F("ROTA-INDEX-OFF", "major", "correctness", "Off-by-one in bell index", "Subtract one.", d=-1, n=2, conf=0.85),
            F("ROTA-DECODE-IGNORED", "minor", "reliability", "JSON decode error not handled", "Return 400.", conf=0.7),
            F("SIGNUP-CAP-OFF", "minor", "correctness", "Band size limit off by one", "Use >=.", d=+1, conf=0.7),
            F("WEEKS-OFF-BY-ONE", "minor", "correctness", "Loop bound includes one extra week", "Use <.", conf=0.7),
            F("WEEKS-UNBOUNDED", "minor", "performance", "Unbounded weeks parameter", "Cap it.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}
