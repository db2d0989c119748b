"""test56/py-setterlog: a bouldering gym's route-setting log (Python, Flask + SQLite). Frozen test split; labels
next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test56: seeded problems in a climbing gym's route-setting log; five agents' answers "
    "written by hand."
)

A = "setterlog/app.py"
PROBLEMS = {
    "SETTER-KEY-FAIL-OPEN": P(A, "if SETTER_KEY and supplied != SETTER_KEY:", "security", "SETTER_KEY unset (the default) lets every request through as a setter"),
    "SETTER-KEY-TIMING": P(A, "if SETTER_KEY and supplied != SETTER_KEY:", "security", "setter key compared with != instead of a constant-time comparison"),
    "SETTER-NAME-SPOOF": P(A, 'g.setter = request.headers.get("X-Setter-Name"', "security", "setter identity taken from a client header: any setter can record routes as someone else"),
    "FONT-GRADE-SHIFT": P(A, "return FONT[idx + 1]", "bug", "FONT[idx + 1] shifts every grade one up and raises IndexError for V10", "off-by-one"),
    "ROUTES-PAGE-SIZE": P(A, 'size = int(request.args.get("size", 20))', "performance", "page size unbounded: ?size=1000000 reads the whole table"),
    "ROUTES-PAGE-SKIP": P(A, "offset = page * size", "bug", "pages count from 1 but offset = page * size: the first page is never returned", "off-by-one"),
    "ROUTES-SORT-SQLI": P(A, "ORDER BY {sort} LIMIT ? OFFSET ?", "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI": P(A, "WHERE name LIKE '%\" + term + \"%'", "security", "search term concatenated into the LIKE clause: SQL injection", "source-vs-sink"),
    "ROUTE-NAME-MISSING": P(A, '(body["name"], grade, colour, body["wall"]', "bug", "body['name'] / body['wall'] missing raise KeyError: 500 instead of 400"),
    "ROUTE-SET-ON-CLIENT": P(A, '(body["name"], grade, colour, body["wall"]', "bug", "set_on taken from the client unchecked: a back- or future-dated route dodges the rotation list"),
    "HOLDS-RACE": P(A, "if left >= count:", "bug", "hold stock read-check-write without _holds_lock: concurrent route creations lose updates", "critical-section"),
    "HOLDS-NEGATIVE": P(A, "if left >= count:", "bug", "negative hold count passes the check and adds holds to the stock"),
    "STRIP-ANY-ROUTE": P(A, 'db.execute("DELETE FROM routes WHERE id = ?", (route_id,))', "security", "any setter can strip any route, not only their own or as head setter", "signature-vs-statement"),
    "STRIP-ASCENTS-LOST": P(A, 'db.execute("DELETE FROM ascents WHERE route_id = ?", (route_id,))', "bug", "stripping a route deletes the climbers' ascent history with it"),
    "STRIP-PHOTO-MISSING": P(A, 'os.remove(os.path.join(PHOTO_DIR, f"{route_id}.jpg"))', "bug", "os.remove raises when the route has no photo: 500 and the strip is never committed"),
    "ASCENT-ROUTE-UNCHECKED": P(A, "(route_id, climber, style, time.time()),", "bug", "ascents accepted for route ids that do not exist (or were stripped)"),
    "ASCENT-COUNT-RACE": P(A, "count = _ascents.get(route_id, 0)", "bug", "in-memory ascent counter incremented without a lock: lost counts under concurrent requests", "critical-section"),
    "BOARD-CACHE-RACE": P(A, '"SELECT climber, COUNT(*) AS sends FROM ascents', "bug", "leaderboard cache check and refresh without _board_lock: concurrent requests all recompute and race on the two fields", "critical-section"),
    "PHOTO-ANY-TYPE": P(A, 'upload = request.files["photo"]', "security", "upload type never checked: any file (HTML, scripts) stored as a route photo"),
    "PHOTO-PATH-TRAVERSAL": P(A, "upload.save(os.path.join(PHOTO_DIR, name))", "security", "client-chosen file name joined to PHOTO_DIR: ../ writes anywhere", "source-vs-sink"),
    "TAG-SHELL": P(A, 'subprocess.run(f"lp -n {copies} {path}", shell=True', "security", "copies query value in a shell command line: command injection", "source-vs-sink"),
    "CARD-XSS-NOTES": P(A, "set by {r['setter']}</p><p>{r['notes']}</p>", "security", "route notes rendered into HTML unescaped: stored XSS"),
    "CARD-XSS-SETTER": P(A, "set by {r['setter']}</p><p>{r['notes']}</p>", "security", "setter name (from a client header) rendered unescaped: stored XSS"),
    "ROTATION-BOUNDARY": P(A, "WHERE set_on < ? ORDER BY set_on", "bug", "set_on < cutoff leaves routes set exactly ROTATION_DAYS ago off the strip list", "off-by-one"),
    "PLAN-YAML-UNSAFE": P(A, "plan = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.Loader on a request body: arbitrary object construction", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SETTER-KEY-FAIL-OPEN", "SETTER-KEY-TIMING"),
    ("SETTER-KEY-FAIL-OPEN", "SETTER-NAME-SPOOF"),
    ("SETTER-KEY-TIMING", "SETTER-NAME-SPOOF"),
    ("ROUTES-PAGE-SKIP", "ROUTES-PAGE-SIZE"),
    ("ROUTES-SORT-SQLI", "ROUTES-PAGE-SKIP"),
    ("ROUTE-NAME-MISSING", "ROUTE-SET-ON-CLIENT"),
    ("HOLDS-RACE", "HOLDS-NEGATIVE"),
    ("STRIP-ANY-ROUTE", "STRIP-ASCENTS-LOST"),
    ("STRIP-ASCENTS-LOST", "STRIP-PHOTO-MISSING"),
    ("ASCENT-ROUTE-UNCHECKED", "ASCENT-COUNT-RACE"),
    ("PHOTO-PATH-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("CARD-XSS-NOTES", "CARD-XSS-SETTER"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `setterlog/app.py`

        The service is a single Flask module, so I read it top to bottom. Two things stand out before anything else:
        the setter gate fails open when `SETTER_KEY` is not configured, and three handlers hand query values to SQL
        or a shell. `head_setter_only` is done properly (fails closed, `hmac.compare_digest`), the wall filter in
        `list_routes` is bound, `/holds` copies the stock under `_holds_lock`, and `wall_stats` handles an empty wall,
        so I have not flagged those.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection / file write | 4 |
        | P1 | access control, deserialisation | 4 |
        | P2 | data correctness, concurrency, XSS | 9 |
        """,
        Block([
            F("SETTER-KEY-FAIL-OPEN", "critical", "security", "Setter gate is disabled when `SETTER_KEY` is unset",
              "Fail closed: refuse every setter request when the key is empty, and compare with `hmac.compare_digest` as `head_setter_only` already does.",
              symbol="setter_only.wrapper", conf=0.9),
            F("SETTER-NAME-SPOOF", "medium", "security", "Setter identity comes from the `X-Setter-Name` header",
              "Derive the setter from the key (one key per setter) instead of trusting a header any caller can set; today routes can be attributed to anyone.",
              symbol="setter_only.wrapper", conf=0.75),
            F("ROUTES-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /routes`",
              "Map `sort` onto an allow-list of column names (`set_on`, `grade`, `name`) before building the query.",
              symbol="list_routes", conf=0.95),
            F("SEARCH-SQLI", "critical", "security", "Route search concatenates `q` into the LIKE pattern",
              "Use a placeholder: `WHERE name LIKE ?` with `(f\"%{term}%\",)`.",
              symbol="search_routes", conf=0.95),
            F("TAG-SHELL", "critical", "security", "Shell command injection through `copies` when printing tags",
              "Parse `copies` as a small int and call `subprocess.run([\"lp\", \"-n\", str(n), path], check=True)` without a shell.",
              symbol="print_tag", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Photo upload writes to a client-chosen path",
              "Ignore the client name; store as `f\"{route_id}.jpg\"` or pass it through `werkzeug.utils.secure_filename`.",
              symbol="upload_photo", conf=0.9),
            F("PLAN-YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on a request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects, and a leaked head-setter key should not mean code execution.",
              symbol="import_plan", conf=0.85),
            F("STRIP-ANY-ROUTE", "medium", "security", "Any setter can strip any route",
              "Restrict `DELETE /routes/<id>` to the route's own setter or to `head_setter_only`.",
              symbol="strip_route", conf=0.7),
        ]),
        "Correctness and concurrency issues (Flask serves requests on threads, so the module-level dicts are shared):",
        Block([
            F("CARD-XSS-NOTES", "medium", "security", "Route card renders `notes` without escaping",
              "Escape every interpolated field (`notes`, `setter`, `grade`, `colour`), not just the name, or render a template with autoescaping.",
              symbol="route_card", conf=0.8),
            F("FONT-GRADE-SHIFT", "high", "bug", "`font_grade` returns the Font grade one step too hard",
              "`GRADES` and `FONT` are aligned index for index, so return `FONT[idx]`; `V10` currently raises `IndexError` on every tag.",
              symbol="font_grade", conf=0.9),
            F("ROUTES-PAGE-SKIP", "medium", "bug", "`GET /routes` never returns the first page",
              "`page` defaults to 1, so the offset should be `(page - 1) * size`.",
              symbol="list_routes", conf=0.85),
            F("ROTATION-BOUNDARY", "low", "bug", "Routes set exactly `ROTATION_DAYS` ago are not listed for stripping",
              "Use `set_on <= ?` so the 42nd day is included.",
              symbol="due_for_strip", conf=0.6),
            F("HOLDS-RACE", "medium", "bug", "`_take_holds` updates the stock without `_holds_lock`",
              "Do the read, check and write under `with _holds_lock:`; two setters taking holds at once can both succeed against the same stock.",
              d=+1, symbol="_take_holds", conf=0.8),
            F("ASCENT-COUNT-RACE", "low", "bug", "Ascent counter is a non-atomic read-modify-write",
              "Count from the `ascents` table, or guard the dict with a lock.",
              d=+1, symbol="log_ascent", conf=0.7),
            F("BOARD-CACHE-RACE", "low", "performance", "Leaderboard cache refresh ignores `_board_lock`",
              "Check and refresh under `_board_lock` (the lock is declared and never used); concurrent misses all run the aggregate and can publish `rows` and `at` out of step.",
              d=-2, symbol="leaderboard", conf=0.65),
            F("STRIP-PHOTO-MISSING", "medium", "bug", "Stripping a route without a photo fails after the deletes",
              "Guard with `os.path.exists` or catch `FileNotFoundError`; as written the request returns 500 and the deletes are never committed.",
              symbol="strip_route", conf=0.8),
            F("ROUTE-SET-ON-CLIENT", "low", "bug", "`set_on` is accepted from the client unchecked",
              "Set it server-side (or validate it is not in the future); a wrong date keeps a route off the rotation list.",
              symbol="create_route", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("ROUTES-SORT-SQLI", "high", "security", "SQL injection via ?sort= in list_routes", "Allow-list sort columns.", d=-2),
            F("SEARCH-SQLI", "high", "security", "search_routes builds LIKE with string concat", "Bind the pattern.", d=-2),
            F("TAG-SHELL", "high", "security", "print_tag: copies passed to shell", "argv list, int(copies).", d=-1),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "upload_photo trusts form name / filename", "secure_filename or fixed name.", d=-1),
            F("PLAN-YAML-UNSAFE", "medium", "security", "import_plan uses yaml.Loader", "yaml.safe_load.", d=-2),
            F("STRIP-ANY-ROUTE", "medium", "security", "strip_route has no ownership check", "Check setter or require head key.", d=-2),
            F("SETTER-KEY-TIMING", "low", "security", "Non-constant-time setter key comparison", "hmac.compare_digest."),
            F("ROUTES-PAGE-SKIP", "medium", "bug", "page is 1-based but offset = page*size", "(page-1)*size.", d=-2),
            F("FONT-GRADE-SHIFT", "medium", "bug", "font_grade off by one (idx + 1)", "FONT[idx].", d=-1),
            F("HOLDS-RACE", "medium", "bug", "_take_holds not synchronized", "Hold _holds_lock.", d=-1),
            F("ASCENT-COUNT-RACE", "low", "bug", "_ascents counter race", "Lock or count in SQL."),
            F("ROUTE-NAME-MISSING", "low", "bug", "create_route: KeyError on missing name/wall -> 500", "Validate body, 400."),
            F("STRIP-ASCENTS-LOST", "low", "bug", "strip_route deletes ascent history", "Soft-delete or keep ascents."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `setterlog` application, a Flask service that a climbing gym uses to log the routes
        its setters put up, the ascents climbers record, the hold stock, and the printed wall tags.

        **Security Findings**

        The most serious issues are injection flaws: two SQL queries and one shell command are built from request
        parameters, and a file upload uses a client-supplied name as the destination path. The setter
        authentication also has a configuration weakness.
        """,
        Block([
            F("ROUTES-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Route Listing Sort Order",
              "Validate `sort` against a fixed list of columns.", sd=-2, n=3,
              desc="The `sort` parameter is read from the query string and inserted directly into the ORDER BY clause of an f-string query."),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Route Search",
              "Use a parameterized LIKE pattern.", sd=-2, n=3),
            F("TAG-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Tag Printing",
              "Avoid `shell=True` and validate `copies` as an integer.", sd=-2, n=3,
              desc="An attacker with setter access can pass `copies=1;rm -rf /` to run arbitrary commands on the tag printer host."),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Photo Name",
              "Sanitize the name with `secure_filename`.", sd=-2, n=3),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "No File Type Validation on Photo Upload",
              "Accept only image MIME types and extensions.", sd=-2, n=3),
            F("PLAN-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Plan Import",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`.", sd=-2, n=3),
            F("CARD-XSS-NOTES", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Route Notes",
              "Escape `notes` like the route name.", sd=-2, n=3),
            F("CARD-XSS-SETTER", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Setter Name on Route Card",
              "Escape the setter name; it originates from a request header.", sd=-2, n=3),
            F("SETTER-KEY-FAIL-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When SETTER_KEY Is Empty",
              "Deny access when the key is not configured.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Performance Findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and printing; consider splitting it."}),
            F("BOARD-CACHE-RACE", "MEDIUM", "Race Condition", "Race Condition in Leaderboard Cache",
              "Use `_board_lock` around the check and the refresh.", sd=-2, n=3),
            F("ASCENT-COUNT-RACE", "LOW", "Concurrency", "Non-Atomic Ascent Counter Update",
              "Use a lock or an atomic counter.", d=+1, sd=0, n=2),
            F("ROUTES-PAGE-SIZE", "MEDIUM", "Denial of Service", "Unbounded Page Size in Route Listing",
              "Clamp `size` to a maximum such as 100.", sd=-2, n=3),
            F("ROTATION-BOUNDARY", "LOW", "Logic Error", "Rotation Cutoff Excludes Boundary Day",
              "Include routes whose `set_on` equals the cutoff.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("TAG-SHELL", "high", "security", "shell injection via copies in print_tag", "no shell, int copies"),
            F("PLAN-YAML-UNSAFE", "high", "security", "unsafe yaml load in plan import", "yaml.safe_load"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("HOLDS-NEGATIVE", "medium", "bug", "negative holds count increases stock", "reject count < 0"),
            F("STRIP-PHOTO-MISSING", "medium", "", "strip fails if route has no photo", "ignore FileNotFoundError"),
            F("ASCENT-ROUTE-UNCHECKED", "low", "bug", "ascent logged for unknown route id", "check route exists first"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: the setter key check fails open and is not constant-time.
        2. Injection: SQL (sort, search), shell (tag printing), path (photo upload), YAML (plan import).
        3. Concurrency: shared dicts updated without locks.
        4. Correctness: grade conversion, rotation cutoff, stripping removes ascent history.
        """,
        Block([
            F("SETTER-KEY-FAIL-OPEN", "blocker", "security", "Authentication bypass when SETTER_KEY is not configured",
              "Reject requests when the key is empty.", conf=0.9),
            F("SETTER-KEY-TIMING", "minor", "security", "Timing attack on setter key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("ROUTES-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Whitelist sortable columns.", conf=0.95),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in search endpoint",
              "Use query parameters.", conf=0.95),
            F("PHOTO-PATH-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Sanitize file names.", conf=0.85),
            F("TAG-SHELL", "blocker", "security", "Command injection in tag printing",
              "Pass arguments as a list.", conf=0.9),
            F("PLAN-YAML-UNSAFE", "major", "security", "Unsafe YAML loading",
              "Use safe_load.", conf=0.85),
            F("CARD-XSS-SETTER", "major", "security", "Unescaped setter name in route card HTML",
              "Escape all fields.", conf=0.7),
            F("FONT-GRADE-SHIFT", "major", "correctness", "Incorrect V-to-Font grade mapping (index + 1)",
              "Use the same index.", conf=0.8),
            F("ROTATION-BOUNDARY", "minor", "correctness", "Strict comparison misses routes on the cutoff date",
              "Use <=.", conf=0.55),
            F("STRIP-ASCENTS-LOST", "major", "reliability", "Deleting a route also deletes all its ascent records",
              "Keep ascents for history; mark the route stripped instead.", d=-1, conf=0.7),
            F("HOLDS-RACE", "major", "concurrency", "Race condition when decrementing hold stock",
              "Use _holds_lock.", d=+1, conf=0.8),
            F("ASCENT-COUNT-RACE", "minor", "concurrency", "Unsynchronized ascent counter",
              "Use a lock.", d=+2, conf=0.7),
            F("BOARD-CACHE-RACE", "minor", "performance", "Leaderboard recomputed by every concurrent request on expiry",
              "Refresh under a lock.", d=+3, conf=0.6),
            F("ROUTE-SET-ON-CLIENT", "minor", "correctness", "Route set date can be supplied by the client",
              "Use the server date.", conf=0.5),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 6 major, 5 minor"),
    ]),
}
