"""test19/py-brewlog: a brewery batch tracker (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test19: seeded problems in a small brewery batch tracker; five agents' answers written by hand."
)

A = "brewlog/app.py"
FM = "brewlog/fermentation.py"
PROBLEMS = {
    "KEY-EMPTY-DEFAULT": P(A, "if key != BREWER_KEY:", "security", "BREWER_KEY defaults to an empty string: a request without the header is let in"),
    "KEY-TIMING": P(A, "if key != BREWER_KEY:", "security", "brewer key compared with != (not constant time)"),
    "LIST-SQLI-STYLE": P(A, "f\"SELECT * FROM batches WHERE style LIKE", "security", "style query value formatted into the SQL", "source-vs-sink"),
    "LIST-SQLI-ORDER": P(A, "f\"SELECT * FROM batches WHERE style LIKE", "security", "order query value formatted into ORDER BY"),
    "PAGE-OFFSET": P(A, "offset = page * PAGE_SIZE", "bug", "pages start at 1 but offset = page * size: the first page is never returned", "off-by-one"),
    "FV-RACE": P(A, "fermenter_use[fv] = None", "bug", "fermenter check-then-claim and stats counters without tank_lock: two brews can claim one fermenter", "critical-section"),
    "PATCH-SQLI-KEYS": P(A, "db().execute(f\"UPDATE batches SET {sets}", "security", "JSON keys of the PATCH body become column names in the UPDATE", "source-vs-sink"),
    "PATCH-MASS-ASSIGN": P(A, "sets = \", \".join(", "security", "any column (fermenter, litres, abv) can be changed through PATCH"),
    "ABV-NO-READINGS": P(A, "og = readings[0][\"gravity\"]", "bug", "a batch without readings: IndexError, 500"),
    "ABV-FG-INDEX": P(A, "fg = readings[len(readings) - 2]", "bug", "final gravity taken from the second-to-last reading", "off-by-one"),
    "KEG-PARTIAL": P(A, "kegs = int(row[\"litres\"] // KEG_LITRES)", "bug", "the partial keg of a batch is dropped from the keg count"),
    "KEG-TWICE": P(A, "\"INSERT INTO kegged", "bug", "nothing stops a batch from being kegged twice: duty counted twice"),
    "IMPORT-YAML": P(A, "recipes = yaml.load(", "security", "yaml.load with the full Loader on the request body: code execution", "signature-vs-statement"),
    "IMPORT-OVERWRITE": P(A, "\"INSERT OR REPLACE INTO recipes", "bug", "INSERT OR REPLACE with client ids silently overwrites existing recipes"),
    "LABEL-CMD-NAME": P(A, "subprocess.run(f\"label-render", "security", "label name from the form run through a shell", "source-vs-sink"),
    "LABEL-CMD-PRINTER": P(A, "subprocess.run(f\"label-render", "security", "printer name from the form run through a shell"),
    "LABEL-TRAVERSAL": P(A, "return send_file(os.path.join(LABEL_DIR, name))", "security", "label path joined without checks: any file readable, no auth", "signature-vs-statement"),
    "HOPS-SSRF": P(A, "requests.post(callback, json=resp.json())", "security", "client-supplied callback_url is posted to from the server (SSRF)", "source-vs-sink"),
    "CALLBACK-NO-TIMEOUT": P(A, "requests.post(callback, json=resp.json())", "bug", "callback post has no timeout: a slow callback holds the worker"),
    "DUTY-NO-MONTH": P(A, "start = datetime.strptime(month", "bug", "month missing or malformed: strptime raises, 500"),
    "DUTY-30-DAYS": P(A, "end = start + timedelta(days=30)", "bug", "month window is 30 days: 31-day months lose their last day, February spills into March", "off-by-one"),
    "PROBE-NO-TIMEOUT": P(FM, "with urllib.request.urlopen(PROBE_URL", "bug", "probe read has no timeout: one dead probe stalls the whole monitor", "signature-vs-statement"),
    "STYLE-KEYERROR": P(FM, "low, high = LIMITS[style]", "bug", "styles missing from LIMITS (stout, sour) raise KeyError and end the monitor thread"),
    "ALERT-RACE": P(FM, "self.alerted.add(name)", "bug", "alerted set checked and updated from poll and request threads without the lock: duplicate alerts", "critical-section"),
    "ALERT-MARKED-EARLY": P(FM, "self.alert(f\"{name} at", "bug", "tank marked alerted before the webhook post succeeds: a failed alert is never retried"),
}

CONFUSABLE = [
    ("KEY-EMPTY-DEFAULT", "KEY-TIMING"),
    ("LIST-SQLI-STYLE", "LIST-SQLI-ORDER"),
    ("PATCH-SQLI-KEYS", "PATCH-MASS-ASSIGN"),
    ("ABV-NO-READINGS", "ABV-FG-INDEX"),
    ("KEG-PARTIAL", "KEG-TWICE"),
    ("IMPORT-YAML", "IMPORT-OVERWRITE"),
    ("LABEL-CMD-NAME", "LABEL-CMD-PRINTER"),
    ("HOPS-SSRF", "CALLBACK-NO-TIMEOUT"),
    ("DUTY-NO-MONTH", "DUTY-30-DAYS"),
    ("ALERT-RACE", "ALERT-MARKED-EARLY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `brewlog` is a Flask service over SQLite plus a polling fermentation monitor. The authentication helper
        is the weakest point (it fails open when the key is not configured), several endpoints build SQL or
        shell commands from request data, and the fermenter bookkeeping is not thread-safe even though a lock
        exists for it.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | `require_brewer` fails open |
        | P0 | injection | SQL in `/batches`, shell in the label printer, YAML import |
        | P1 | files / network | label download traversal, hop-order callback |
        | P1 | correctness | paging, ABV, duty window, double kegging |
        | P2 | monitor | probe timeouts, unknown styles, alert de-duplication |
        """,
        Block([
            F("KEY-EMPTY-DEFAULT", "critical", "security", "`require_brewer` accepts any request when `BREWER_KEY` is unset",
              "Refuse to start without a key (or abort(503)); an empty `X-Brewer-Key` header equals the empty default.",
              symbol="require_brewer", conf=0.9),
            F("LIST-SQLI-STYLE", "critical", "security", "SQL injection via `style` in `GET /batches`",
              "Bind it: `WHERE style LIKE ?` with `f\"%{style}%\"` as a parameter.", symbol="list_batches", conf=0.95),
            F("LIST-SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unchecked",
              "Map `order` through an allow-list of column names; it cannot be a bound parameter.", symbol="list_batches", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "Paging skips the first page",
              "`page` defaults to 1, so the offset should be `(page - 1) * PAGE_SIZE` (and reject page < 1).",
              symbol="list_batches", conf=0.85),
            F("FV-RACE", "high", "bug", "Two concurrent `POST /batches` can claim the same fermenter",
              "The membership check and the claim are not atomic; take `tank_lock` around the check, the claim and the `stats` updates.",
              d=-2, n=3, symbol="start_batch", conf=0.8),
            F("PATCH-SQLI-KEYS", "high", "security", "`PATCH /batches/<id>` builds column names from JSON keys",
              "Allow-list the editable columns; a key like `litres = 0, style` is SQL.", symbol="update_batch", conf=0.9),
            F("PATCH-MASS-ASSIGN", "medium", "security", "PATCH lets a brewer rewrite `abv`, `litres` and `fermenter`",
              "Restrict updates to descriptive fields; the duty report is computed from `litres` and `abv`.",
              symbol="update_batch", conf=0.7),
            F("ABV-FG-INDEX", "medium", "bug", "ABV uses the wrong final gravity",
              "`readings[len(readings) - 2]` is the second-to-last reading; use `readings[-1]`.",
              symbol="batch_abv", conf=0.85),
            F("KEG-TWICE", "medium", "bug", "A batch can be kegged more than once",
              "Check for an existing `kegged` row (or a UNIQUE constraint on `batch_id`); the duty report double-counts it.",
              d=-1, n=2, symbol="keg_batch", conf=0.75),
            F("IMPORT-YAML", "critical", "security", "Recipe import deserialises YAML with the unsafe loader",
              "Use `yaml.safe_load`; `yaml.Loader` builds arbitrary Python objects from the request body.",
              symbol="import_recipes", conf=0.95),
            F("LABEL-CMD-NAME", "critical", "security", "Command injection through the label `name`",
              "Call `subprocess.run([\"label-render\", \"--text\", name, \"--out\", out])` without a shell; single quotes do not protect against a `'` in the name.",
              symbol="print_label", conf=0.95),
            F("LABEL-CMD-PRINTER", "high", "security", "`printer` form field is also interpolated into the shell command",
              "Validate `printer` against the configured printers and pass it as an argument to `lp`.",
              symbol="print_label", conf=0.85),
            F("LABEL-TRAVERSAL", "high", "security", "`GET /labels/<path:name>` serves any file on disk",
              "Use `send_from_directory(LABEL_DIR, name)`; `<path:...>` accepts `../` segments. The route also has no `require_brewer()`.",
              symbol="get_label", conf=0.9),
            F("HOPS-SSRF", "high", "security", "Server-side request to a caller-chosen `callback_url`",
              "Drop the callback or allow-list its host; today it can reach internal services.", symbol="order_hops", conf=0.8),
            F("DUTY-30-DAYS", "medium", "bug", "Duty report window is a fixed 30 days",
              "Compute the first day of the next month instead of adding 30 days; 31-day months lose a day of kegging and February's report runs into March.",
              symbol="duty_report", conf=0.85),
            F("PROBE-NO-TIMEOUT", "medium", "bug", "Probe requests have no timeout",
              "Pass `timeout=5` to `urlopen`; one unreachable probe blocks every other tank's check.",
              path="rel", symbol="Monitor.read_probe", conf=0.8),
            F("STYLE-KEYERROR", "medium", "bug", "Unknown styles crash the monitor thread",
              "Use `LIMITS.get(style)` and skip or log; a `KeyError` here escapes `poll_once` and ends `run`.",
              symbol="Monitor.check", conf=0.8),
            F("ALERT-RACE", "low", "bug", "`alerted` check-and-add is not synchronised",
              "`check` is called from the poll thread and from requests; hold `self.lock` around the membership test and the add.",
              d=-1, n=2, symbol="Monitor.check", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed brewlog/*.py; 12 findings, most severe first.",
        Block([
            F("LABEL-CMD-NAME", "critical", "security", "Shell injection: form field name -> label-render command",
              "argv list, shell=False.", d=-3),
            F("LABEL-CMD-PRINTER", "high", "security", "printer value unquoted in the lp command", "allow-list printers."),
            F("LIST-SQLI-STYLE", "critical", "security", "SQL injection from ?style= in list_batches",
              "Parameter binding.", d=-3),
            F("PATCH-SQLI-KEYS", "high", "security", "update_batch trusts request JSON keys as column names",
              "Allow-list columns.", d=-2),
            F("IMPORT-YAML", "critical", "security", "Unsafe YAML load of request body in import_recipes",
              "yaml.safe_load.", d=-2),
            F("KEY-EMPTY-DEFAULT", "high", "security", "Auth bypass when BREWER_KEY is not set",
              "Fail closed if BREWER_KEY is empty.", d=-1, n=2),
            F("FV-RACE", "medium", "concurrency", "stats counters incremented without tank_lock",
              "Lock around check/claim/stats.", d=1, n=2),
            F("PAGE-OFFSET", "medium", "bug", "page=1 returns rows 21-40", "(page - 1) * PAGE_SIZE."),
            F("ABV-NO-READINGS", "low", "bug", "batch_abv raises IndexError when there are no readings",
              "404 or null ABV when empty."),
            F("DUTY-30-DAYS", "medium", "bug", "Duty month = start + 30 days",
              "Use the first of the next month as the exclusive end.", d=1, n=2),
            F("CALLBACK-NO-TIMEOUT", "low", "bug", "requests.post(callback) without timeout", "timeout=10."),
            F("ALERT-MARKED-EARLY", "medium", "bug", "Alert recorded as sent before the webhook call",
              "Add to alerted only after alert() returns."),
        ], wrap="list", fence=None, indent=None),
        "Not run: the app (no schema in the repo), the monitor against real probes.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the brewery batch tracker. Here is a summary of my findings.

        **Overall Assessment**

        The application covers the main brewing workflow, but it has several serious security vulnerabilities,
        most notably injection flaws (SQL, OS command, YAML deserialization) and weaknesses in authentication.
        There are also data-correctness problems in the ABV calculation and the kegging flow.

        **Security Findings**
        """,
        Block([
            F("LIST-SQLI-STYLE", "Critical", "SQL Injection", "SQL Injection in Batch Listing",
              "Use parameterized queries for the style filter.",
              desc="The `style` parameter is embedded directly in the SQL string inside a LIKE clause."),
            F("LIST-SQLI-ORDER", "High", "SQL Injection", "Unvalidated ORDER BY Clause",
              "Validate the sort column against a list of allowed names.", d=-1, sd=0),
            F("IMPORT-YAML", "Critical", "Insecure Deserialization", "Arbitrary Code Execution via YAML Import",
              "Replace `yaml.load` with `yaml.safe_load`."),
            F("LABEL-CMD-NAME", "Critical", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and pass arguments as a list.",
              desc="The label `name` is wrapped in single quotes, which an attacker can simply close."),
            F("LABEL-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Label Download",
              "Use `send_from_directory` and require authentication.", d=-1),
            F("HOPS-SSRF", "High", "Server-Side Request Forgery", "SSRF via callback_url in Hop Orders",
              "Validate the callback URL against an allow-list.", d=-3),
            F("PATCH-MASS-ASSIGN", "Medium", "Mass Assignment", "Mass Assignment in Batch Update",
              "Only allow specific fields to be updated."),
            F("KEY-EMPTY-DEFAULT", "High", "Broken Authentication", "Authentication Bypass with Default Empty Key",
              "Require `BREWER_KEY` to be set at startup."),
            F("KEY-TIMING", "Low", "Broken Authentication", "Timing Attack on Key Comparison",
              "Use `hmac.compare_digest`."),
        ], wrap="list"),
        """
        **Correctness and Reliability Findings**
        """,
        Block([
            F("FV-RACE", "high", "Race Condition", "Race Condition in Fermenter Allocation",
              "Protect the fermenter map with `tank_lock`.",
              desc="`fermenter_use` is checked and then written without holding `tank_lock`, so two requests can both see a fermenter as free."),
            F("ABV-FG-INDEX", "medium", "correctness", "Incorrect ABV Calculation",
              "Use the last reading as the final gravity.", d=1, sd=0),
            F("KEG-PARTIAL", "low", "Business Logic", "Partial Kegs Are Not Counted",
              "Use ceiling division or record the remainder separately."),
            F("DUTY-30-DAYS", "medium", "Business Logic", "Incorrect Month Boundary in Duty Report",
              "Calculate the actual end of the month."),
            U({"severity": "info", "category": "style", "description": "Consider splitting app.py into blueprints."}),
            F("PROBE-NO-TIMEOUT", "medium", "Resource Management", "Missing Timeout on Probe Requests",
              "Set a timeout on `urlopen`.", d=-1),
            F("ALERT-RACE", "low", "Race Condition", "Duplicate Temperature Alerts",
              "Guard `alerted` with `self.lock`.", d=1, sd=1,
              desc="Two threads calling `check` for the same tank can both pass the membership test and both post an alert."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LIST-SQLI-STYLE", "error", "security", "sql injection in list_batches (style)", "bind params"),
            F("PATCH-SQLI-KEYS", "error", "security", "update_batch: column names from request json", "whitelist columns"),
            F("IMPORT-YAML", "error", "security", "yaml.load on request data", "safe_load"),
            F("LABEL-CMD-NAME", "error", "security", "shell injection in print_label", "no shell=True"),
            F("LABEL-TRAVERSAL", "error", "security", "path traversal in get_label", "send_from_directory"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("ABV-FG-INDEX", "warning", "", "fg uses readings[-2] not the last reading", "readings[-1]"),
            F("STYLE-KEYERROR", "warning", "bug", "LIMITS[style] keyerror kills monitor", "LIMITS.get"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        Reviewed the brewlog Flask application and the fermentation monitor.

        1. **Injection**: SQL injection in two endpoints, command injection in label printing, unsafe YAML.
        2. **Access control**: weak key check, unauthenticated label download.
        3. **Correctness**: pagination, ABV on empty batches, duty report input, kegging.
        4. **Concurrency**: racy counters and alert state.
        """,
        Block([
            F("LIST-SQLI-STYLE", "blocker", "security", "SQL injection through style filter",
              "Use a bound parameter.", d=-3, conf=0.9),
            F("PATCH-SQLI-KEYS", "blocker", "security", "Dynamic UPDATE statement built from untrusted keys",
              "Validate keys against known columns.", conf=0.85),
            F("IMPORT-YAML", "blocker", "security", "Unsafe deserialization with yaml.Loader",
              "Use yaml.safe_load.", conf=0.95),
            F("IMPORT-OVERWRITE", "major", "data-loss", "Recipe import replaces existing recipes by id",
              "Use INSERT and report conflicts instead of INSERT OR REPLACE.", d=-1, n=2, conf=0.6),
            F("LABEL-CMD-NAME", "blocker", "security", "Command injection in label rendering",
              "Pass an argument list.", d=-3, conf=0.9),
            F("LABEL-TRAVERSAL", "major", "security", "Arbitrary file download from labels endpoint",
              "Normalize and confine the path.", d=-1, conf=0.85),
            F("HOPS-SSRF", "major", "security", "Unvalidated callback URL leads to SSRF",
              "Restrict callback hosts.", conf=0.8),
            F("KEY-EMPTY-DEFAULT", "major", "security", "Empty default API key disables authentication",
              "Fail closed when the key is missing.", conf=0.8),
            F("KEY-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Pagination starts at the second page",
              "Subtract one from page before multiplying.", d=-1, n=2, conf=0.8),
            F("FV-RACE", "major", "concurrency", "Racy fermenter counters and map updates",
              "Use tank_lock for all shared state.", d=1, n=2, conf=0.7),
            F("ABV-NO-READINGS", "minor", "correctness", "Empty readings list causes server error",
              "Handle the empty case.", conf=0.8),
            F("KEG-TWICE", "major", "data-integrity", "Duplicate kegging inflates duty",
              "Guard against kegging the same batch twice.", d=-2, sd=-1, n=3, conf=0.7),
            F("DUTY-NO-MONTH", "minor", "correctness", "Missing month parameter crashes the duty report",
              "Validate the month parameter and return 400.", conf=0.75),
            F("PROBE-NO-TIMEOUT", "minor", "reliability", "urlopen without timeout in monitor",
              "Add a timeout.", conf=0.7),
            F("ALERT-RACE", "minor", "concurrency", "Thread-unsafe alerted set",
              "Protect with self.lock.", conf=0.65),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 7 major, 5 minor"),
    ]),
}
