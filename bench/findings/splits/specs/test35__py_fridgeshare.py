"""test35/py-fridgeshare: a community-fridge donation and expiry log (Python, Flask + SQLite). Frozen test split.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format). Labels sit next
to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test35: seeded problems in a community-fridge donation and expiry log (Flask + "
    "SQLite); five agents' answers written by hand."
)

A = "fridge/app.py"
E = "fridge/expiry.py"
M = "fridge/manifest.py"

PROBLEMS = {
    "VOL-FAILOPEN": P(A, 'if request.headers.get("X-Volunteer-Key", "") != VOLUNTEER_KEY:', "security",
                      "VOLUNTEER_KEY defaults to '': with it unset, a request without the header passes volunteer_only",
                      "signature-vs-statement"),
    "VOL-TIMING": P(A, 'if request.headers.get("X-Volunteer-Key", "") != VOLUNTEER_KEY:', "security",
                    "volunteer key compared with != instead of a constant-time compare (timing side channel)"),
    "DONATION-QTY-UNCHECKED": P(A, 'qty = int(form["qty"])', "bug",
                                "donation qty not checked: zero or negative quantities are logged as stock"),
    "DONATION-USEBY-PAST": P(A, 'use_by = date.fromisoformat(form["use_by"])', "bug",
                             "a donation whose use-by date has already passed is accepted and shelved"),
    "DONATED-COUNTER-RACE": P(A, '_stats["donated"] += qty', "bug",
                              "donated counter incremented without _stats_lock (racy under threads) and before the insert succeeds"),
    "DONOR-PII-EXPOSED": P(A, 'rows = get_db().execute("SELECT name, qty, use_by, donor, phone FROM items ORDER BY id DESC")', "security",
                           "GET /donations has no auth and returns every donor's name and phone number"),
    "DONATIONS-UNBOUNDED": P(A, 'rows = get_db().execute("SELECT name, qty, use_by, donor, phone FROM items ORDER BY id DESC")', "performance",
                             "GET /donations loads the whole item history with no limit or paging"),
    "PAGE-OFFSET-OBO": P(A, "offset = page * PER_PAGE", "bug",
                         "page is 1-based but offset = page * PER_PAGE: the first page of items is never shown", "off-by-one"),
    "SEARCH-SQLI-Q": P(A, "sql = f\"SELECT id, name, qty, use_by, allergens FROM items", "security",
                       "q from the query string formatted into the LIKE clause: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI-SORT": P(A, "sql = f\"SELECT id, name, qty, use_by, allergens FROM items", "security",
                          "sort from the query string formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "CLAIM-N-UNCHECKED": P(A, 'n = int(request.form.get("n", 1))', "bug",
                           "claim count n not checked: a negative n passes the stock check and adds stock back"),
    "CLAIM-RACE": P(A, 'if row["qty"] < n:', "bug",
                    "read qty, check, write qty - n without a transaction: concurrent claims over-claim and lose updates",
                    "critical-section"),
    "ALLERGEN-XSS": P(A, "return Markup(f'<span class=\"allergen {theme}\">{allergens}</span>')", "security",
                      "donor-supplied allergens text wrapped in Markup unescaped: stored XSS on /board",
                      "signature-vs-statement"),
    "THEME-XSS": P(A, "return Markup(f'<span class=\"allergen {theme}\">{allergens}</span>')", "security",
                   "theme query parameter put into the class attribute unescaped: reflected XSS", "source-vs-sink"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(path)", "security",
                         "file query value joined to PHOTO_DIR and sent: path traversal, any readable file", "source-vs-sink"),
    "LABEL-CMDI": P(A, 'subprocess.run(f"lp -d {printer} {label}", shell=True, check=True)', "security",
                    "printer form value formatted into a shell command", "source-vs-sink"),
    "LABEL-NO-TIMEOUT": P(A, 'subprocess.run(f"lp -d {printer} {label}", shell=True, check=True)', "bug",
                          "lp run without a timeout: a stuck print spooler hangs the request worker"),
    "SUMMARY-STAMPEDE": P(A, 'rows = get_db().execute("SELECT fridge, SUM(qty) AS qty FROM items GROUP BY fridge")', "bug",
                          "summary cache checked and refilled without a lock: concurrent requests all recompute and race on _summary",
                          "critical-section"),
    "SUMMARY-EXPIRED-COUNTED": P(A, 'rows = get_db().execute("SELECT fridge, SUM(qty) AS qty FROM items GROUP BY fridge")', "bug",
                                 "summary sums qty of items past their use-by date that the sweep has not removed yet"),
    "WARN-WINDOW-OBO": P(E, 'return [r for r in rows if today < date.fromisoformat(r["use_by"]) <= horizon]', "bug",
                         "today < use_by leaves out items whose use-by day is today, the most urgent ones", "off-by-one"),
    "SHELF-OBO": P(E, "return min(days, shelves)", "bug",
                   "shelves are numbered 0..shelves-1 but min(days, shelves) can return shelves, a shelf that does not exist",
                   "off-by-one"),
    "SHELF-UNKNOWN-FRIDGE": P(E, "shelves = SHELVES.get(fridge, 3)", "bug",
                              "an unknown fridge name silently gets 3 shelves instead of being rejected"),
    "MANIFEST-YAML": P(M, "doc = yaml.load(raw, Loader=yaml.Loader)", "security",
                       "uploaded manifest parsed with yaml.Loader: arbitrary Python objects, code execution",
                       "signature-vs-statement"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security",
                      "Werkzeug debugger enabled on all interfaces: remote code execution through the debug console"),
    "CSV-INJECTION": P(A, 'writer.writerow([r["name"], r["qty"], r["use_by"], r["donor"]])', "security",
                       "extra, one agent: donor-supplied names written to the CSV unescaped (formula injection in a spreadsheet)"),
}

CONFUSABLE = [
    ("VOL-FAILOPEN", "VOL-TIMING"),
    ("DONATION-QTY-UNCHECKED", "DONATION-USEBY-PAST"),
    ("DONATION-QTY-UNCHECKED", "DONATED-COUNTER-RACE"),
    ("DONOR-PII-EXPOSED", "DONATIONS-UNBOUNDED"),
    ("PAGE-OFFSET-OBO", "SEARCH-SQLI-Q"),
    ("SEARCH-SQLI-Q", "SEARCH-SQLI-SORT"),
    ("CLAIM-N-UNCHECKED", "CLAIM-RACE"),
    ("ALLERGEN-XSS", "THEME-XSS"),
    ("LABEL-CMDI", "LABEL-NO-TIMEOUT"),
    ("SUMMARY-STAMPEDE", "SUMMARY-EXPIRED-COUNTED"),
    ("SHELF-OBO", "SHELF-UNKNOWN-FRIDGE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `fridge/app.py`, `fridge/expiry.py` and `fridge/manifest.py`. The service is small, but it is
        exposed to the public (claims, the stock list, the board and photos need no key), so the injection
        problems matter most.

        | Priority | Area | Findings |
        |---|---|---|
        | 1 | Injection | SQL in `/items` (two parameters), shell in the label printer, unsafe YAML, two XSS sinks on `/board` |
        | 2 | Access | volunteer key fails open, donor phone numbers public, debug server |
        | 3 | Stock correctness | claim race, negative quantities, first page of items skipped, expiry window, shelf numbering |

        Things that are right and should stay as they are: `coordinator_only` fails closed and uses
        `hmac.compare_digest`; the claimed and swept counters are updated under `_stats_lock`; `expired()`
        keeps food on its use-by day; `shelf_for` clamps a past use-by date to shelf 0; the request's
        connection is closed in `close_db`.
        """,
        Block([
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection through `q` in GET /items",
              "Bind the pattern: `... WHERE name LIKE ?` with `f\"%{q}%\"` as a parameter.",
              symbol="list_items", conf=0.95),
            F("SEARCH-SQLI-SORT", "high", "security", "SQL injection through `sort` in the ORDER BY clause of GET /items",
              "Placeholders cannot bind identifiers: map `sort` through an allow-list such as `{\"use_by\", \"name\", \"qty\"}`.",
              symbol="list_items", conf=0.9),
            F("LABEL-CMDI", "critical", "security", "Shell command injection via the `printer` form field",
              "Validate `printer` against the configured printers and run `[\"lp\", \"-d\", printer, label]` without `shell=True`.",
              symbol="print_label", conf=0.9),
            F("LABEL-NO-TIMEOUT", "low", "bug", "`lp` is run without a timeout",
              "Pass `timeout=30` and answer 503 on `TimeoutExpired`; a wedged CUPS queue otherwise holds a worker forever.",
              symbol="print_label", conf=0.6),
            F("MANIFEST-YAML", "high", "security", "Manifest upload is parsed with the unsafe YAML loader",
              "Use `yaml.safe_load(raw)`; `yaml.Loader` constructs arbitrary Python objects from tags.",
              symbol="load_manifest", conf=0.9),
            F("ALLERGEN-XSS", "high", "security", "Stored XSS: donor-supplied allergens are marked safe without escaping",
              "Escape the value before wrapping: `Markup('<span class=\"allergen {}\">{}</span>').format(theme, allergens)` escapes both.",
              symbol="allergen_badge", conf=0.85),
            F("THEME-XSS", "medium", "security", "Reflected XSS via the `theme` query parameter in the allergen badge",
              "Allow-list the theme names (`amber`, `red`, `green`) or let `Markup.format` escape it.",
              symbol="allergen_badge", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in GET /photos",
              "Use `flask.send_from_directory(PHOTO_DIR, name)`, which rejects `..` and absolute names.",
              symbol="photo", conf=0.9),
        ]),
        """
        Access control and data exposure:
        """,
        Block([
            F("VOL-FAILOPEN", "high", "security", "`volunteer_only` accepts any request when VOLUNTEER_KEY is unset",
              "Fail closed like `coordinator_only`: refuse when the key is empty.",
              symbol="volunteer_only.wrapper", conf=0.85),
            F("VOL-TIMING", "low", "security", "Volunteer key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest`.", symbol="volunteer_only.wrapper", conf=0.5),
            F("DONOR-PII-EXPOSED", "high", "security", "GET /donations publishes donors' names and phone numbers",
              "Put it behind `coordinator_only` and drop `phone` from the public listing.",
              symbol="list_donations", conf=0.9),
            F("DEBUG-SERVER", "high", "security", "Debug server bound to 0.0.0.0 with `debug=True`",
              "Never enable the Werkzeug debugger outside a developer's machine; run under gunicorn.", conf=0.8),
            F("CLAIM-RACE", "high", "bug", "Concurrent claims can take more than is left",
              "Do it in one statement: `UPDATE items SET qty = qty - ? WHERE id = ? AND qty >= ?` and check `rowcount`.",
              symbol="claim", conf=0.85),
            F("CLAIM-N-UNCHECKED", "medium", "bug", "Claim count `n` is not validated",
              "Reject `n < 1`; `n = -5` passes the stock check and adds five portions back.",
              symbol="claim", conf=0.8),
            F("DONATION-QTY-UNCHECKED", "medium", "bug", "Donation quantity may be zero or negative",
              "Reject `qty < 1` with 400.", symbol="log_donation", conf=0.75),
            F("DONATION-USEBY-PAST", "medium", "bug", "Donations already past their use-by date are accepted",
              "Refuse a `use_by` earlier than today; such food must not go on a shelf.", symbol="log_donation", conf=0.7),
            F("DONATED-COUNTER-RACE", "low", "bug", "`_stats[\"donated\"]` is updated without `_stats_lock`",
              "Take the lock as `claim` and `sweep` do, and count after the insert commits.", symbol="log_donation", conf=0.6),
            F("PAGE-OFFSET-OBO", "medium", "bug", "GET /items skips the first page",
              "`page` starts at 1, so use `offset = (page - 1) * PER_PAGE`.", symbol="list_items", conf=0.85),
            F("SUMMARY-STAMPEDE", "low", "bug", "Summary cache refresh is not synchronised",
              "Guard the check and the refill with a lock; concurrent requests after expiry all rebuild and overwrite `_summary`.",
              d=-1, symbol="summary", conf=0.55),
            F("WARN-WINDOW-OBO", "medium", "bug", "Expiring list leaves out items whose use-by date is today",
              "Use `today <= use_by <= horizon`; today's items are the ones that most need taking.",
              symbol="expiring_window", conf=0.8),
            F("SHELF-OBO", "low", "bug", "`shelf_for` can return a shelf number one past the last shelf",
              "`min(days, shelves - 1)`: shelves are numbered from 0.", symbol="shelf_for", conf=0.75),
            F("SHELF-UNKNOWN-FRIDGE", "low", "bug", "Unknown fridge names get a default shelf count",
              "Reject a fridge that is not in `SHELVES` when the donation is logged.", symbol="shelf_for", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite or fixtures in the repo).",
        Block([
            F("SEARCH-SQLI-Q", "critical", "security", "SQLi: q interpolated into LIKE", "bind params", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via /photos?file=", "send_from_directory", d=-2),
            F("LABEL-CMDI", "critical", "security", "printer -> shell=True", "argv list, no shell", d=-1),
            F("MANIFEST-YAML", "high", "security", "yaml.load with yaml.Loader on uploaded manifest", "yaml.safe_load", d=-1),
            F("ALLERGEN-XSS", "high", "security", "allergen_badge returns Markup of raw allergens", "escape before Markup", d=-3),
            F("VOL-FAILOPEN", "high", "security", "volunteer_only passes when VOLUNTEER_KEY unset", "fail closed on empty key", d=-3),
            F("DONOR-PII-EXPOSED", "medium", "security", "donor phone numbers served without auth", "auth + drop phone"),
            F("CLAIM-RACE", "high", "bug", "claim: lost update on qty (read-modify-write)", "atomic UPDATE ... WHERE qty >= ?", d=+2),
            F("CLAIM-N-UNCHECKED", "medium", "bug", "negative n restocks the item", "n >= 1"),
            F("DONATION-USEBY-PAST", "medium", "bug", "expired food accepted as a donation", "use_by >= today"),
            F("DONATED-COUNTER-RACE", "low", "bug", "donated stat not under _stats_lock", "with _stats_lock"),
            F("PAGE-OFFSET-OBO", "medium", "bug", "page=1 starts at row 25", "(page - 1) * PER_PAGE", d=-1),
            F("SUMMARY-EXPIRED-COUNTED", "low", "bug", "summary counts expired, unswept stock", "AND use_by >= date('now')"),
            F("WARN-WINDOW-OBO", "medium", "bug", "expiring window excludes use_by == today", "today <= use_by", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the community fridge service. It is a Flask application backed by SQLite that
        logs donations, lets the public claim items, prints shelf labels and sweeps expired stock.

        **Security**

        The most serious problems are in request handling: several endpoints pass query or form values into
        SQL, the shell, the filesystem or HTML without validation. Some endpoints that expose personal data
        have no authentication at all.
        """,
        Block([
            F("SEARCH-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Item Search",
              "Use parameterized queries for the search term.", sd=-2, n=3,
              desc="The `q` and `sort` parameters are read from the query string and concatenated into the SQL statement."),
            F("SEARCH-SQLI-SORT", "HIGH", "SQL Injection", "Unvalidated Sort Column in Item Listing",
              "Validate `sort` against a list of allowed column names.", d=-1),
            F("LABEL-CMDI", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and pass the arguments as a list."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Use `send_from_directory` or check the resolved path.", d=-1),
            F("MANIFEST-YAML", "HIGH", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Use `yaml.safe_load`."),
            F("ALLERGEN-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Allergen Information",
              "Escape the allergens text.", d=-2),
            F("THEME-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected XSS via Theme Parameter",
              "Restrict the theme to known values.", d=-1),
            F("VOL-FAILOPEN", "HIGH", "Broken Authentication", "Volunteer Authentication Bypass When Key Is Not Configured",
              "Refuse requests when `VOLUNTEER_KEY` is empty.", d=-1,
              desc="`VOLUNTEER_KEY` defaults to an empty string, and a missing header also defaults to an empty string, so the comparison succeeds."),
            F("VOL-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest` as in `coordinator_only`."),
            F("DONOR-PII-EXPOSED", "HIGH", "Information Disclosure", "Donor Personal Data Exposed Without Authentication",
              "Require coordinator authentication for the donations list."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled",
              "Disable `debug=True` in production."),
            F("CSV-INJECTION", "LOW", "CSV Injection", "Formula Injection in CSV Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.",
              desc="Item names come from donors and are written to the export as-is; a name such as `=HYPERLINK(...)` runs when a coordinator opens the file in a spreadsheet."),
        ], wrap="list"),
        """
        **Reliability and Performance**

        I also noticed issues with shared state and with how the application scales.
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints."}),
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition When Claiming Items",
              "Perform the check and the decrement in a single UPDATE statement.", d=-1,
              desc="Two people claiming the last portions at the same time can both pass the quantity check."),
            F("DONATED-COUNTER-RACE", "LOW", "Concurrency", "Unsynchronized Statistics Counter",
              "Acquire `_stats_lock` before updating the donated count."),
            F("SUMMARY-STAMPEDE", "MEDIUM", "Performance", "Cache Stampede in Summary Endpoint",
              "Use a lock so only one request recomputes the summary."),
            F("DONATIONS-UNBOUNDED", "MEDIUM", "Performance", "Unbounded Query in Donations List",
              "Add pagination to `/donations`."),
            F("WARN-WINDOW-OBO", "MEDIUM", "Logic Error", "Items Expiring Today Are Not Flagged",
              "Change the lower bound to `today <=`."),
            F("SHELF-OBO", "LOW", "Logic Error", "Shelf Index Can Exceed Available Shelves",
              "Cap the shelf at `shelves - 1`.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-Q", "error", "security", "sql injection in /items search", "use ? placeholders", d=+1),
            F("LABEL-CMDI", "error", "security", "shell injection through printer name", "no shell=True"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in /photos", "send_from_directory"),
            F("ALLERGEN-XSS", "warning", "security", "allergens rendered as markup without escaping", "escape()"),
            F("MANIFEST-YAML", "error", "security", "unsafe yaml load", "safe_load"),
            F("DONOR-PII-EXPOSED", "warning", "security", "donor phones public", "auth"),
            F("DEBUG-SERVER", "warning", "", "debug=True on 0.0.0.0", "turn off debug"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CLAIM-RACE", "warning", "bug", "claim is not atomic", "single UPDATE with qty >= n", d=+2),
            F("DONATION-QTY-UNCHECKED", "warning", "bug", "qty can be negative", "validate qty"),
            F("SUMMARY-EXPIRED-COUNTED", "info", "bug", "summary includes expired items", "filter on use_by"),
            F("SHELF-UNKNOWN-FRIDGE", "info", "bug", "unknown fridge falls back to 3 shelves", "reject unknown fridge"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the item search (search term and sort column).
        2. Command injection in label printing and unsafe YAML parsing of manifests.
        3. XSS on the public board and path traversal on photos.
        4. Authentication weaknesses and personal data exposure.
        5. Concurrency and validation problems in claims, donations and the summary cache.
        6. Date arithmetic errors in expiry and shelving.
        """,
        Block([
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection via search term q", "Use bound parameters.", conf=0.95),
            F("SEARCH-SQLI-SORT", "major", "security", "SQL injection via sort parameter", "Whitelist sortable columns.", conf=0.85),
            F("LABEL-CMDI", "blocker", "security", "Command injection in label printing", "Avoid shell=True.", d=-1, conf=0.9),
            F("LABEL-NO-TIMEOUT", "minor", "reliability", "Printing subprocess has no timeout", "Set a timeout.", conf=0.6),
            F("MANIFEST-YAML", "blocker", "security", "Unsafe YAML deserialization of manifests", "Use yaml.safe_load.", d=-1, conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo download", "Validate the file name.", conf=0.9),
            F("THEME-XSS", "major", "security", "Reflected XSS through the theme argument", "Escape or whitelist theme.", conf=0.75),
            F("VOL-FAILOPEN", "major", "security", "Volunteer check passes with an empty key", "Require a configured key.", conf=0.8),
            F("DONOR-PII-EXPOSED", "major", "privacy", "Donor phone numbers exposed publicly", "Restrict access.", conf=0.85),
            F("DEBUG-SERVER", "major", "security", "Flask debug mode enabled", "Disable debug.", conf=0.8),
            F("CLAIM-RACE", "major", "concurrency", "Non-atomic stock decrement in claim", "Use a conditional UPDATE.", conf=0.8),
            F("CLAIM-N-UNCHECKED", "major", "correctness", "Claim quantity not validated", "Require n >= 1.", conf=0.75),
            F("DONATION-QTY-UNCHECKED", "minor", "correctness", "Donation quantity not validated", "Require qty >= 1.", conf=0.7),
            F("DONATION-USEBY-PAST", "minor", "correctness", "Use-by date in the past not rejected", "Validate use_by.", conf=0.7),
            F("PAGE-OFFSET-OBO", "minor", "correctness", "Off-by-one in pagination offset", "Use (page - 1).", conf=0.8),
            F("SUMMARY-STAMPEDE", "minor", "concurrency", "Shared summary cache mutated without synchronization",
              "Protect _summary with a lock.", d=+1, conf=0.6),
            F("WARN-WINDOW-OBO", "minor", "correctness", "Expiry warning window excludes the current day", "Include today.", conf=0.75),
            F("SHELF-OBO", "minor", "correctness", "Off-by-one in shelf assignment", "Use shelves - 1.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 8 major, 7 minor"),
    ]),
}
