"""test90/py-sugarshack: a maple sugar shack's tapping rounds and syrup grading (Python). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data
(only splits/README.md's general sections and the test37 section, the builders, and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test90 (round 46): seeded problems in a sugar shack's tapping-round and syrup-grading "
    "desk (Flask + SQLite); five agents' answers written by hand."
)

A = "shack/app.py"
PROBLEMS = {
    "TAPPER-KEY-OPEN": P(A, "if given != TAPPER_KEY:", "security", "TAPPER_KEY defaults to '': with it unset, a request with no key header passes tapper_only"),
    "TAPPER-TIMING": P(A, "if given != TAPPER_KEY:", "security", "tapper key compared with != instead of a constant-time compare"),
    "TAPPER-SPOOF": P(A, 'g.tapper = request.headers.get("X-Tapper", "unknown")', "security", "tapper identity taken from a free X-Tapper header: any key holder logs rounds as anyone"),
    "TAPS-BOUNDARY": P(A, "if diameter_cm <= 25:", "bug", "<= 25 gives a 25 cm tree no tap although the rule taps from 25 cm", "off-by-one"),
    "GRADE-BOUNDARY": P(A, "if transmittance > floor:", "bug", "> floor: syrup at exactly 75/50/25 %Tc is graded one class darker"),
    "BOIL-SHELL": P(A, "subprocess.run(f\"shack-pager", "security", "tank name from the request body formatted into a shell command (shell=True)", "signature-vs-statement"),
    "ROUNDS-ORDER-SQLI": P(A, "ORDER BY {order}\"", "security", "order query value formatted into the ORDER BY clause: SQL injection", "source-vs-sink"),
    "TAPS-UNCHECKED": P(A, 'taps = int(body.get("taps", 0))', "bug", "taps per round never checked against the trees' allowance (taps_for): overtapping goes unnoticed"),
    "LITRES-NEGATIVE": P(A, 'litres = float(body.get("litres", 0))', "bug", "negative (or NaN) litres accepted: the round lowers the tank total"),
    "TANK-RACE": P(A, "_tank_litres[tank] = total", "bug", "tank total read-modify-write without _tank_lock: concurrent rounds lose litres (and race the boil page)", "critical-section"),
    "NOTIFY-REPEATS": P(A, "_notify_boil(tank)", "bug", "once a tank is over capacity every later round pages the boil crew again: no already-paged flag"),
    "EDIT-NO-OWNER": P(A, 'db.execute("UPDATE rounds SET', "security", "edit_round fetches the round's tapper and never compares it: any tapper edits anyone's round"),
    "EDIT-UNVALIDATED": P(A, 'db.execute("UPDATE rounds SET', "bug", "taps and litres stored from the body without type or range checks (strings, negatives)"),
    "EDIT-TANK-DRIFT": P(A, 'db.execute("UPDATE rounds SET', "bug", "editing a round's litres never adjusts the in-memory tank total: tanks drift from the log"),
    "PLAN-SKIPS-FIRST": P(A, "for i in range(1, len(trees)):", "bug", "range(1, ...) skips the first tree of the line in the plan and total", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance", "page size from the query string, unbounded: one request pulls the whole table"),
    "PAGE-SKIP": P(A, 'offset = int(request.args.get("page", 1)) * size', "bug", "1-based page times size: page 1 skips the newest batches", "off-by-one"),
    "SEARCH-SQLI": P(A, "WHERE note LIKE '%\" + grader", "security", "grader query value concatenated into the LIKE: SQL injection", "source-vs-sink"),
    "BOARD-XSS": P(A, "{r['note']}</li>", "security", "batch note written into the public board HTML unescaped (grade is escaped)"),
    "BOARD-NOTES-PUBLIC": P(A, "{r['note']}</li>", "security", "the unauthenticated board publishes the boss's internal batch notes"),
    "STATS-RACE": P(A, '_stats["data"] = {r["grade"]', "performance", "stats cache check-then-fill without a lock: concurrent requests all rerun the query, data and time set apart", "critical-section"),
    "LABEL-COPIES-UNBOUNDED": P(A, 'copies = request.args.get("copies", "1")', "bug", "copies neither parsed nor bounded: a typo prints thousands of labels"),
    "LABEL-SHELL": P(A, "subprocess.run(cmd, shell=True, check=True)", "security", "printer and copies query values formatted into an lp command run with shell=True", "source-vs-sink"),
    "EXPORT-TRAVERSAL": P(A, "target = EXPORT_DIR / name", "security", "export name from the query joined to EXPORT_DIR unchecked: writes anywhere", "source-vs-sink"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
    "ERROR-TRACE": P(A, '"trace": traceback.format_exc()', "security", "every 500 returns the exception repr and full traceback"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8086, debug=True)', "security", "Werkzeug debugger on all interfaces: remote code execution"),
}

CONFUSABLE = [
    ("TAPPER-KEY-OPEN", "TAPPER-TIMING"),
    ("TAPPER-KEY-OPEN", "TAPPER-SPOOF"),
    ("TAPPER-TIMING", "TAPPER-SPOOF"),
    ("TAPS-UNCHECKED", "LITRES-NEGATIVE"),
    ("TANK-RACE", "NOTIFY-REPEATS"),
    ("EDIT-NO-OWNER", "EDIT-UNVALIDATED"),
    ("EDIT-UNVALIDATED", "EDIT-TANK-DRIFT"),
    ("EDIT-NO-OWNER", "EDIT-TANK-DRIFT"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-SKIP"),
    ("BOARD-XSS", "BOARD-NOTES-PUBLIC"),
    ("LABEL-COPIES-UNBOUNDED", "LABEL-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `shack/app.py` end to end (it is the whole service). The boss-side decorator is sound
        (`boss_only` fails closed when `BOSS_KEY` is unset and uses `hmac.compare_digest`), `drain_tank` holds
        `_tank_lock`, `grade_for`'s Brix window (66.0 to 68.9) is right, and most queries use placeholders. The
        tapper side and the shell/SQL string building are where it goes wrong.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | `app.run(debug=True)`, `/sugarbush/import`, `/batches/<id>/labels` | code execution on the server |
        | 2 | `tapper_only` | fails open and trusts a header for identity |
        | 3 | `/rounds`, `/batches/search`, `/export` | SQL injection, arbitrary file write |
        | 4 | tank totals, grading and plans | wrong numbers the crew acts on |
        """,
        Block([
            F("DEBUG-ON", "critical", "security", "Flask debug mode enabled on 0.0.0.0",
              "Never ship `debug=True`; the Werkzeug console gives anyone who can reach port 8086 a Python shell. Run under gunicorn with debug off.",
              symbol="__main__", conf=0.95),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load(..., Loader=yaml.Loader)` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects from tags.",
              symbol="import_trees", conf=0.9),
            F("BOIL-SHELL", "high", "security", "Tank name reaches a shell in `_notify_boil`",
              "Call `subprocess.run([\"shack-pager\", f\"tank {tank} is full\"])` without a shell; `tank` comes straight from the round's JSON body.",
              symbol="_notify_boil", conf=0.85),
            F("LABEL-SHELL", "high", "security", "`printer` and `copies` are interpolated into an `lp` shell command",
              "Pass an argv list (`[\"lp\", \"-d\", printer, \"-n\", str(n), path]`) and validate `printer` against the configured printers.",
              d=-1, sd=-1, n=2, symbol="print_labels", conf=0.9),
            F("TAPPER-KEY-OPEN", "high", "security", "`tapper_only` accepts every request when `TAPPER_KEY` is unset",
              "`TAPPER_KEY` defaults to `\"\"` and a missing header also gives `\"\"`, so the check passes. Fail closed like `boss_only` does.",
              symbol="tapper_only.wrapper", conf=0.85),
            F("TAPPER-TIMING", "low", "security", "Tapper key compared with `!=`",
              "Use `hmac.compare_digest(given, TAPPER_KEY)` as the boss check already does.",
              symbol="tapper_only.wrapper", conf=0.6),
            F("TAPPER-SPOOF", "medium", "security", "Tapper identity comes from an unauthenticated `X-Tapper` header",
              "Issue one key per tapper and derive the name from the key; today the shared key holder can log rounds in another tapper's name.",
              symbol="tapper_only.wrapper", conf=0.75),
            F("ROUNDS-ORDER-SQLI", "high", "security", "SQL injection through `order` in `GET /rounds`",
              "Map `order` to a whitelist of column names (`{\"line\", \"tapper\", \"litres\"}`) before building the query.",
              symbol="list_rounds", conf=0.9),
            F("SEARCH-SQLI", "high", "security", "SQL injection through `grader` in `/batches/search`",
              "Use `WHERE note LIKE ?` with `(f\"%{grader}%\",)`.", symbol="search_batches", conf=0.9),
            F("EXPORT-TRAVERSAL", "high", "security", "`/export` writes to a caller-chosen path",
              "Reject names with a path separator, or resolve and check `target.resolve().parent == EXPORT_DIR.resolve()`.",
              symbol="export_csv", conf=0.85),
        ]),
        "Correctness and data problems:",
        Block([
            F("TANK-RACE", "medium", "bug", "Tank totals are updated without `_tank_lock`",
              "Take `_tank_lock` around the read, the write and the capacity check; two tappers finishing together lose one round's litres.",
              sd=-1, n=2, symbol="record_round", conf=0.8),
            F("NOTIFY-REPEATS", "low", "bug", "A full tank pages the boil crew on every later round",
              "Remember that the tank was paged (reset on drain) and page once.", symbol="record_round", conf=0.65),
            F("TAPS-UNCHECKED", "low", "bug", "Reported taps are not checked against the line's allowance",
              "Compare with the sum of `taps_for` over the line's trees and reject or flag overtapping.",
              symbol="record_round", conf=0.5),
            F("LITRES-NEGATIVE", "medium", "bug", "Negative litres are accepted and reduce the tank total",
              "Reject `litres < 0` and non-finite values.", symbol="record_round", conf=0.75),
            F("EDIT-NO-OWNER", "medium", "security", "Any tapper can edit any round",
              "Compare `row[\"tapper\"]` with `g.tapper` (once identity is real) before updating.",
              symbol="edit_round", conf=0.8),
            F("EDIT-UNVALIDATED", "low", "bug", "`edit_round` stores `taps`/`litres` unvalidated",
              "Parse them as `int`/`float` and range-check like `record_round` should.", symbol="edit_round", conf=0.6),
            F("TAPS-BOUNDARY", "medium", "bug", "A 25 cm maple gets no tap",
              "The docstring says one tap from 25 cm; use `if diameter_cm < 25:`.", symbol="taps_for", conf=0.85),
            F("GRADE-BOUNDARY", "medium", "bug", "Grade boundaries are exclusive",
              "A batch at exactly 75.0 %Tc is Golden, not Amber; compare with `>=`.", symbol="grade_for", conf=0.8),
            F("PLAN-SKIPS-FIRST", "medium", "bug", "Tap plan leaves out the first tree of the line",
              "Iterate `for tree in trees:`; `range(1, len(trees))` drops index 0.", symbol="tap_plan", conf=0.9),
            F("PAGE-SKIP", "medium", "bug", "`GET /batches` page 1 skips the first page",
              "Use `(page - 1) * size` and reject `page < 1`.", symbol="list_batches", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Page size is not capped",
              "Clamp `size` to, say, 1..100.", symbol="list_batches", conf=0.7),
            F("BOARD-XSS", "medium", "security", "Stored XSS on the public board through batch notes",
              "Escape `r['note']` (and `litres`) like `grade`, or render with a Jinja template.", symbol="board", conf=0.85),
            F("STATS-RACE", "low", "performance", "`/stats` cache refill is not synchronised",
              "Guard the check and refill with a lock; under load every request that sees a stale cache reruns the GROUP BY.",
              symbol="season_stats", conf=0.6),
            F("ERROR-TRACE", "medium", "security", "Error handler returns tracebacks to clients",
              "Log the traceback and return a generic message.", symbol="on_error", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("DEBUG-ON", "critical", "security", "debug=True on 0.0.0.0 (Werkzeug console)", "debug off."),
            F("YAML-UNSAFE", "critical", "security", "import_trees: yaml.load with yaml.Loader on request data",
              "yaml.safe_load.", d=-1),
            F("BOIL-SHELL", "high", "security", "_notify_boil builds a shell command from tank", "argv list.", d=-1),
            F("LABEL-SHELL", "high", "security", "printer/copies from query into shell lp command",
              "argv list; whitelist printer.", d=-2),
            F("ROUNDS-ORDER-SQLI", "high", "security", "order param interpolated into ORDER BY",
              "whitelist columns.", d=-2),
            F("SEARCH-SQLI", "high", "security", "grader concatenated into LIKE query", "bind param.", d=-1),
            F("EXPORT-TRAVERSAL", "high", "security", "export name not confined to EXPORT_DIR",
              "basename + resolve check.", d=-1),
            F("TAPPER-KEY-OPEN", "high", "security", "tapper_only passes when TAPPER_KEY unset (empty == empty)",
              "fail closed.", d=-1),
            F("EDIT-NO-OWNER", "medium", "security", "edit_round loads row.tapper but never checks it",
              "compare with g.tapper.", d=-3),
            F("LITRES-NEGATIVE", "medium", "bug", "negative litres accepted into tank total", "reject < 0."),
            F("TANK-RACE", "medium", "bug", "_tank_litres update not under _tank_lock (lost litres)",
              "with _tank_lock.", d=+1),
            F("TAPS-BOUNDARY", "medium", "bug", "taps_for: 25 cm returns 0, rule says 1", "< 25.", d=+1),
            F("PLAN-SKIPS-FIRST", "medium", "bug", "tap_plan skips trees[0]", "iterate all."),
            F("PAGE-SKIP", "medium", "bug", "page 1 starts at OFFSET size", "(page-1)*size.", d=+2),
            F("BOARD-NOTES-PUBLIC", "low", "security", "/board is unauthenticated and shows internal batch notes",
              "drop note from the public board."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the sugar shack application in `shack/app.py`. It is a Flask service with two
        roles: tappers, who log their sap-collection rounds, and the boss, who grades boiled syrup and prints
        labels. I focused on security, data integrity and reliability.

        **Security posture.** The most serious issues are remote code execution paths: the YAML import, the
        shell-based notifications and label printing, and the debug server. There are also two SQL injection
        points and an arbitrary file write.

        **Data integrity.** The in-memory tank totals are not protected, and several calculations use the
        wrong boundary.
        """,
        Block([
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Tree Import",
              "Use `yaml.safe_load()`.", sd=-2, n=3,
              desc="`yaml.load` with `yaml.Loader` will instantiate arbitrary Python objects described in the uploaded document."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Use a list of arguments and avoid `shell=True`.", sd=-2, n=3,
              desc="Both `printer` and `copies` are read from the query string and end up in a shell command line."),
            F("BOIL-SHELL", "HIGH", "Command Injection", "Shell Injection in Boil Notification",
              "Pass arguments as a list.", sd=-1, n=2),
            F("ROUNDS-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via the `order` Parameter",
              "Validate `order` against an allow-list of columns.", sd=-2, n=3),
            F("SEARCH-SQLI", "HIGH", "SQL Injection", "SQL Injection in Batch Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write in CSV Export",
              "Sanitize the file name and confine it to the export directory.", d=+2, sd=0, n=3,
              desc="`name` can contain `../`, so the export can overwrite files anywhere the process can write."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production Entry Point",
              "Disable debug mode.", sd=-1, n=2),
            F("TAPPER-KEY-OPEN", "HIGH", "Broken Authentication", "Tapper Authentication Bypass When Key Is Unset",
              "Refuse to start, or reject all requests, when `TAPPER_KEY` is empty.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and data integrity findings:**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The whole service lives in one module; consider Flask blueprints for tapper and boss routes."}),
            F("TANK-RACE", "MEDIUM", "Race Condition", "Race Condition on Tank Totals",
              "Use the existing `_tank_lock` when updating `_tank_litres`.", d=-1, sd=-2, n=3,
              desc="`record_round` reads the total, adds the litres and writes it back without holding `_tank_lock`, which `drain_tank` does use."),
            F("NOTIFY-REPEATS", "LOW", "Availability", "Repeated Boil Pages After a Tank Fills",
              "Track whether the crew was already paged for this tank.", sd=-2, n=3),
            F("EDIT-UNVALIDATED", "MEDIUM", "Input Validation", "Unvalidated Round Edits",
              "Validate and convert `taps` and `litres` before storing them.", sd=-2, n=3),
            F("PLAN-SKIPS-FIRST", "MEDIUM", "Logic Error", "First Tree Omitted from the Tap Plan",
              "Start the loop at index 0.", d=+1, sd=-1, n=3),
            F("BOARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS on the Public Board",
              "Escape the note field.", sd=-2, n=3),
            F("STATS-RACE", "LOW", "Caching", "Unsynchronized Statistics Cache",
              "Protect the cache with a lock.", d=-2, sd=-3, n=3),
            F("TAPS-BOUNDARY", "LOW", "Logic Error", "Inconsistent Tap Threshold",
              "Use `< 25` so a 25 cm tree gets its tap, as the docstring says.", sd=-2, n=3),
            F("ERROR-TRACE", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error body.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BOIL-SHELL", "error", "security", "tank name into shell=True in _notify_boil", "argv list, no shell"),
            F("LABEL-SHELL", "error", "security", "lp command built from query params", "no shell", d=-1),
            F("ROUNDS-ORDER-SQLI", "error", "security", "sql injection via ?order=", "whitelist"),
            F("SEARCH-SQLI", "error", "security", "sql injection in batch search", "use ? placeholder", d=+1),
            F("YAML-UNSAFE", "error", "security", "yaml.load unsafe", "safe_load"),
            F("TAPPER-SPOOF", "warning", "security", "X-Tapper header trusted for who logged the round", "derive from key"),
            F("EDIT-NO-OWNER", "warning", "security", "any tapper can edit any round", "check owner"),
            F("BOARD-XSS", "warning", "security", "note not escaped on /board", "html.escape"),
            F("DEBUG-ON", "error", "security", "debug server", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TAPS-UNCHECKED", "warning", "", "taps not validated against taps_for", "check allowance"),
            F("PLAN-SKIPS-FIRST", "warning", "bug", "plan skips first tree", "range(len(trees))", d=+1),
            F("PAGE-SIZE-UNBOUNDED", "warning", "performance", "size not capped", "min(size, 100)"),
            F("LABEL-COPIES-UNBOUNDED", "warning", "bug", "copies unbounded / not an int", "int() and cap"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        Reviewed `shack/app.py` (Flask, SQLite). 19 issues found.

        1. Remote code execution: YAML import, shell commands, debug server.
        2. Injection: SQL in rounds and batch search; path traversal in export.
        3. Authentication: tapper key check and identity.
        4. Data integrity: tank totals, round edits, grading, plans and paging.
        """,
        Block([
            F("YAML-UNSAFE", "blocker", "security", "Unsafe deserialization of uploaded YAML",
              "Use yaml.safe_load.", conf=0.95),
            F("BOIL-SHELL", "blocker", "security", "Command injection via tank name in boil notification",
              "Avoid shell=True.", conf=0.85),
            F("LABEL-SHELL", "blocker", "security", "Command injection in label printing endpoint",
              "Use an argument list.", conf=0.9),
            F("ROUNDS-ORDER-SQLI", "major", "security", "SQL injection in rounds ordering", "Whitelist.", conf=0.85),
            F("SEARCH-SQLI", "major", "security", "SQL injection in batch search", "Parameterize.", conf=0.9),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in CSV export", "Sanitize name.", conf=0.8),
            F("TAPPER-KEY-OPEN", "major", "security", "Authentication bypass when TAPPER_KEY is empty",
              "Fail closed.", conf=0.8),
            F("TAPPER-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("TAPPER-SPOOF", "major", "security", "Spoofable tapper identity header",
              "Bind identity to credentials.", conf=0.7),
            F("LITRES-NEGATIVE", "major", "correctness", "Negative sap volume accepted in round log",
              "Validate litres >= 0.", anchor='taps = int(body.get("taps", 0))', conf=0.7),
            F("TANK-RACE", "major", "concurrency", "Non-atomic update of shared tank totals",
              "Hold _tank_lock.", conf=0.8),
            F("EDIT-NO-OWNER", "major", "security", "Missing ownership check on round edit", "Check tapper.", conf=0.75),
            F("EDIT-TANK-DRIFT", "minor", "reliability", "Round edits do not update tank totals",
              "Apply the litres delta to _tank_litres under the lock.", conf=0.55),
            F("PLAN-SKIPS-FIRST", "major", "correctness", "Off-by-one: tap plan ignores first tree",
              "Iterate from 0.", conf=0.85),
            F("PAGE-SKIP", "minor", "correctness", "Pagination offset is off by one page", "Use page - 1.", conf=0.8),
            F("GRADE-BOUNDARY", "minor", "correctness", "Grade thresholds exclude their boundary values",
              "Use >=.", conf=0.7),
            F("BOARD-XSS", "major", "security", "Cross-site scripting in public board", "Escape output.", conf=0.8),
            F("STATS-RACE", "minor", "concurrency", "Stats cache fields updated non-atomically",
              "Update under a lock, or swap one tuple.", d=+1, conf=0.55),
            F("ERROR-TRACE", "major", "security", "Traceback disclosure in error handler", "Hide details.", conf=0.8),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 11 major, 5 minor"),
    ]),
}
