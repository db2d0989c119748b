"""test44/py-marshcount: a salt-marsh bird survey count log (Python, Flask + SQLite). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or the other splits' "
    "answers. Frozen test split test44: seeded problems in a salt-marsh bird survey count log; five agents' "
    "answers written by hand."
)

A = "marshcount/app.py"
PROBLEMS = {
    "SURVEYOR-FAILS-OPEN": P(A, "if given != SURVEYOR_KEY:", "security",
        "surveyor key defaults to empty: with SURVEYOR_KEY unset an empty header passes"),
    "SURVEYOR-TIMING": P(A, "if given != SURVEYOR_KEY:", "security",
        "surveyor key compared with != (not constant time), unlike the coordinator check"),
    "OBSERVER-SPOOF": P(A, 'g.observer = request.headers.get("X-Observer"', "security",
        "observer identity taken from a client header: any surveyor records visits under another name"),
    "TIDE-DEFAULT-ZERO": P(A, 'tide = float(body.get("tide_m", 0))', "bug",
        "missing tide height defaults to 0 m and passes the low-water check"),
    "TIDE-NAN": P(A, "if tide > MAX_TIDE_M:", "bug",
        "float('nan') passes the tide check (comparison is False) and is stored"),
    "COUNT-NEGATIVE": P(A, 'count = int(body["count"])', "bug",
        "count not validated: negative or absurd counts are stored and reduce the season totals"),
    "VISIT-NOT-OWNED": P(A, 'visit = db.execute("SELECT id, observer FROM visits WHERE id = ?"', "security",
        "counts can be added to another observer's visit: the visit's observer is fetched but never compared"),
    "TOTALS-RACE": P(A, "_totals[species] = current + n", "bug",
        "read-modify-write of the shared totals dict without _totals_lock: lost updates under threads",
        "critical-section"),
    "SUMMARY-STAMPEDE": P(A, "cached = (time.time(), _season_rows())", "performance",
        "summary cache checked and refilled without a lock: concurrent misses all recompute, racing the pop in _bump_total",
        "critical-section"),
    "SUMMARY-NESTS": P(A, "MAX(nest_grid) AS nest_grid FROM counts GROUP BY species", "security",
        "public season summary publishes nest grids, including those of SENSITIVE species"),
    "SQLI-SPECIES": P(A, "where = f\"WHERE c.species LIKE '%{species}%'\"", "security",
        "species query value formatted into the WHERE clause (SQL injection)", "source-vs-sink"),
    "SQLI-ORDER": P(A, 'sql = f"{BASE_COUNTS} {where} ORDER BY {order}"', "security",
        "order query value formatted into ORDER BY (SQL injection)", "source-vs-sink"),
    "PAGE-OFFSET": P(A, 'sql += f" LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"', "bug",
        "pages start at 1 but offset is page * size: the first page of results is never returned", "off-by-one"),
    "VISIT-DETAIL-NONE": P(A, "return jsonify(visit=dict(visit)", "bug",
        "unknown visit id: dict(None) raises, 500 instead of 404"),
    "PHOTO-TRAVERSAL": P(A, "dest = os.path.join(PHOTO_DIR, str(visit_id), name)", "security",
        "uploaded file name joined into the photo path unsanitised: ../ writes outside PHOTO_DIR", "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, "photo.save(dest)", "security",
        "any file type and content saved as a photo (no extension or image check)"),
    "MAP-SHELL": P(A, "return subprocess.run(cmd, shell=True", "security",
        "transect path value formatted into a shell command line (command injection)", "signature-vs-statement"),
    "MAP-TMP-PATH": P(A, 'out = os.path.join("/tmp", f"map-{transect}.png")', "security",
        "predictable shared /tmp file per transect: concurrent requests clobber it, symlink attacks (extra, one agent)"),
    "MAP-STDERR-LEAK": P(A, "return jsonify(error=result.stderr.decode()), 500", "security",
        "marshmap's stderr returned to the client"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.data, Loader=yaml.Loader)", "security",
        "yaml.load with the full Loader on request data: arbitrary object construction", "signature-vs-statement"),
    "CSV-FORMULA": P(A, 'w.writerow([r["visit_id"], r["transect"], r["observer"]', "security",
        "observer and transect written to CSV unescaped: spreadsheet formula injection"),
    "PEAK-EMPTY": P(A, "best = rows[0]", "bug",
        "unknown species or no counts: rows[0] raises IndexError (500)"),
    "PEAK-SKIPS-LAST": P(A, "for i in range(1, len(rows) - 1):", "bug",
        "range stops one short: the latest count is never considered for the peak", "off-by-one"),
    "RECENT-ZERO": P(A, "return jsonify(visits=[dict(r) for r in rows[-n:]])", "bug",
        "n=0 gives rows[-0:], i.e. every visit; negative n drops the oldest instead", "off-by-one"),
    "ERRHANDLER-HTTP": P(A, "@app.errorhandler(Exception)", "bug",
        "errorhandler(Exception) also catches HTTPException: every abort(401/403/404) becomes a 500 (extra, one agent)"),
    "TRACE-LEAK": P(A, "trace=traceback.format_exc()), 500", "security",
        "error handler returns the exception text and full traceback to clients"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8044, debug=True)', "security",
        "Werkzeug debugger enabled on all interfaces"),
}

CONFUSABLE = [
    ("SURVEYOR-FAILS-OPEN", "SURVEYOR-TIMING"),
    ("SURVEYOR-FAILS-OPEN", "OBSERVER-SPOOF"),
    ("SURVEYOR-TIMING", "OBSERVER-SPOOF"),
    ("TIDE-DEFAULT-ZERO", "TIDE-NAN"),
    ("COUNT-NEGATIVE", "VISIT-NOT-OWNED"),
    ("SQLI-SPECIES", "SQLI-ORDER"),
    ("SQLI-ORDER", "PAGE-OFFSET"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("MAP-TMP-PATH", "MAP-STDERR-LEAK"),
    ("PEAK-EMPTY", "PEAK-SKIPS-LAST"),
    ("ERRHANDLER-HTTP", "TRACE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `marshcount/app.py`

        A single Flask module for the marsh survey: surveyor-key endpoints for visits, counts, photos and maps,
        coordinator-key tools for YAML import and CSV export, and three public endpoints (totals, season summary,
        per-species peak).

        | Priority | Area | Why |
        |---|---|---|
        | P0 | `/counts` search, `/transects/<t>/map`, `/import` | SQL injection, shell injection, unsafe YAML |
        | P0 | `surveyor_key` | fails open when `SURVEYOR_KEY` is not configured |
        | P1 | `/summary` | publishes nest grids of the sensitive species |
        | P1 | photo upload | path traversal through the upload's file name |
        | P2 | totals and summary cache | unsynchronised shared state under a threaded server |
        | P2 | paging, peak, recent | bounds mistakes |

        Done right and worth keeping: `coordinator_only` fails closed and uses `hmac.compare_digest`; `/totals`
        copies the dict under `_totals_lock`; every query except `/counts` binds its parameters; `get_photo` goes
        through `send_from_directory`; `close_db` is registered as a teardown.
        """,
        Block([
            F("SURVEYOR-FAILS-OPEN", "critical", "security", "`surveyor_key` accepts an empty key when `SURVEYOR_KEY` is unset",
              "Refuse every request when `SURVEYOR_KEY` is empty, as `coordinator_only` does with `COORD_KEY`.",
              symbol="surveyor_key.wrapper", conf=0.9),
            F("SURVEYOR-TIMING", "low", "security", "Surveyor key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest(given, SURVEYOR_KEY)`.", symbol="surveyor_key.wrapper", conf=0.6),
            F("OBSERVER-SPOOF", "medium", "security", "Observer name is whatever the client sends in `X-Observer`",
              "Derive the observer from the key (one key per surveyor) instead of trusting a header.",
              symbol="surveyor_key.wrapper", conf=0.75),
            F("SQLI-SPECIES", "critical", "security", "SQL injection through `species` in `/counts`",
              "Bind it: `WHERE c.species LIKE ?` with `f\"%{species}%\"` as a parameter.",
              symbol="search_counts", conf=0.95),
            F("SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY`",
              "Map `order` through an allow-list of column names; it cannot be bound.",
              symbol="search_counts", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Upload file name is joined into the photo path without sanitising",
              "Use `werkzeug.utils.secure_filename` (or a generated name) and check the result stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("PHOTO-ANY-TYPE", "medium", "security", "Any file type is accepted as a survey photo",
              "Allow only jpeg/png by extension and magic bytes; reject everything else.",
              symbol="upload_photo", conf=0.6),
            F("MAP-SHELL", "critical", "security", "Shell injection in `render_map` via the transect name",
              "Call `subprocess.run([\"marshmap\", \"--transect\", transect, \"--out\", out_path])` without `shell=True`.",
              symbol="render_map", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_sheets", conf=0.85),
            F("SUMMARY-NESTS", "high", "security", "Public `/summary` exposes `nest_grid` for sensitive species",
              "Drop `nest_grid` from the public query, or null it for species in `SENSITIVE`.",
              symbol="_season_rows", conf=0.85),
            F("MAP-TMP-PATH", "low", "security", "Map rendered to a predictable shared path in `/tmp`",
              "Use `tempfile.NamedTemporaryFile(suffix=\".png\")`; two requests for one transect overwrite each other's file.",
              symbol="transect_map", conf=0.5),
            F("TRACE-LEAK", "medium", "security", "Error handler returns tracebacks to clients",
              "Log the traceback server-side and return a generic message.", symbol="on_error", conf=0.85),
            F("DEBUG-ON", "high", "security", "`debug=True` with `host=\"0.0.0.0\"`",
              "Never enable the Werkzeug debugger on a reachable interface; read it from config.", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("TOTALS-RACE", "medium", "bug", "Lost updates in `_bump_total`: read-modify-write without `_totals_lock`",
              "Hold `_totals_lock` around the get and the store (the lock already exists and `/totals` uses it).",
              symbol="_bump_total", conf=0.8),
            F("SUMMARY-STAMPEDE", "low", "performance", "Summary cache refill is unsynchronised: concurrent misses all recompute",
              "Guard the check-and-refill with a lock (or single-flight) so one request rebuilds the summary.",
              d=-1, symbol="season_summary", conf=0.6),
            F("COUNT-NEGATIVE", "medium", "bug", "Counts are not validated",
              "Reject counts below 0 (and above a sane ceiling); a negative count silently reduces the totals.",
              symbol="add_count", conf=0.75),
            F("VISIT-NOT-OWNED", "medium", "security", "Any surveyor can add counts to another observer's visit",
              "Compare `visit[\"observer\"]` with `g.observer` (once that is trustworthy) before inserting.",
              symbol="add_count", conf=0.6),
            F("PAGE-OFFSET", "medium", "bug", "`/counts` paging skips the first page",
              "`page` starts at 1, so the offset must be `(page - 1) * PAGE_SIZE`.",
              symbol="search_counts", conf=0.85),
            F("PEAK-SKIPS-LAST", "medium", "bug", "`species_peak` never looks at the last row",
              "Iterate `for row in rows[1:]:`; `range(1, len(rows) - 1)` stops one early.",
              symbol="species_peak", conf=0.85),
            F("RECENT-ZERO", "low", "bug", "`rows[-n:]` returns every visit when `n` is 0",
              "Clamp `n` to `1..50` before slicing; `-0` is `0`.", symbol="recent_visits", conf=0.7),
            F("ERRHANDLER-HTTP", "medium", "bug", "`errorhandler(Exception)` turns every `abort()` into a 500",
              "Return `exc` unchanged when it is an `HTTPException`, or register the handler for non-HTTP errors only.",
              symbol="on_error", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SQLI-SPECIES", "critical", "security", "SQL injection: species", "Bind as parameter.", d=-2),
            F("SQLI-ORDER", "high", "security", "SQL injection: order", "Allow-list ORDER BY columns.", d=-2),
            F("MAP-SHELL", "critical", "security", "render_map runs transect through sh", "argv list, no shell=True.", d=-3),
            F("YAML-UNSAFE", "high", "security", "Unsafe YAML load in /import", "yaml.safe_load.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "photo.filename used as path component", "secure_filename().", d=-1),
            F("SURVEYOR-FAILS-OPEN", "high", "security", "SURVEYOR_KEY empty by default -> auth bypass", "Fail closed when unset.", d=-1),
            F("TOTALS-RACE", "medium", "bug", "_bump_total is racy under threaded server", "Use _totals_lock.", d=-2),
            F("PAGE-OFFSET", "medium", "bug", "OFFSET skips page 1", "(page - 1) * PAGE_SIZE.", d=-1),
            F("TIDE-DEFAULT-ZERO", "medium", "bug", "tide_m missing -> 0.0 passes the tide limit", "Require tide_m."),
            F("COUNT-NEGATIVE", "medium", "bug", "count accepts negatives", "Validate 0 <= count."),
            F("VISIT-DETAIL-NONE", "low", "bug", "visit_detail crashes on unknown id", "404 when visit is None."),
            F("PEAK-EMPTY", "low", "bug", "species_peak IndexError when no rows", "404 on empty rows."),
            F("RECENT-ZERO", "low", "bug", "n=0 returns all visits", "Clamp n >= 1.", d=-2),
            F("DEBUG-ON", "high", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `marshcount` application, a Flask service that records salt-marsh bird
        survey visits and species counts.

        **Overall assessment.** The code is compact and readable, but it has several serious security
        vulnerabilities. Two endpoints build SQL and shell commands from user input, the YAML import uses an
        unsafe loader, and sensitive ecological data (nest locations) is exposed publicly.

        **Security findings**
        """,
        Block([
            F("SQLI-SPECIES", "CRITICAL", "SQL Injection", "SQL Injection in Count Search",
              "Use parameterized queries for the species filter.", n=3, sd=-2,
              desc="The `species` argument is inserted directly into the WHERE clause with an f-string."),
            F("MAP-SHELL", "CRITICAL", "Command Injection", "Command Injection in Map Rendering",
              "Pass the arguments as a list and remove `shell=True`.", d=-1, n=3, sd=-3,
              desc="The transect name from the URL is formatted into a command string that is executed by the shell."),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load` with `yaml.safe_load`.", n=3, sd=-2),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=2, n=3, sd=0),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Upload",
              "Validate the file type and extension before saving.", n=3, sd=-2),
            F("SURVEYOR-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Key Is Not Configured",
              "Reject requests when `SURVEYOR_KEY` is empty.", n=3, sd=-2,
              desc="`SURVEYOR_KEY` defaults to an empty string, so a request without the header matches it."),
            F("OBSERVER-SPOOF", "MEDIUM", "Broken Authentication", "Observer Identity Can Be Spoofed",
              "Bind observer identity to the credential.", n=3, sd=-2),
            F("SUMMARY-NESTS", "HIGH", "Information Disclosure", "Sensitive Nest Locations Exposed in Public Summary",
              "Exclude `nest_grid` for species listed in `SENSITIVE`.", d=-1, n=3, sd=-1,
              desc="The `/summary` endpoint requires no authentication and returns `MAX(nest_grid)` for every species."),
            F("MAP-STDERR-LEAK", "LOW", "Information Disclosure", "Map Tool Errors Returned to Client",
              "Log stderr and return a generic error.", n=3, sd=-2),
            F("TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Do not include `traceback.format_exc()` in responses.", n=3, sd=-2),
            F("CSV-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a quote.", n=3, sd=-2),
        ], wrap="list"),
        """
        **Reliability and logic findings**
        """,
        Block([
            F("TOTALS-RACE", "MEDIUM", "Race Condition", "Race Condition Updating Season Totals",
              "Acquire `_totals_lock` in `_bump_total`.", d=-1, n=3, sd=-2),
            F("SUMMARY-STAMPEDE", "MEDIUM", "Race Condition", "Unsynchronized Summary Cache",
              "Protect the cache with a lock.", d=1, n=3, sd=-1),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routes, SQL and helpers; consider splitting it into blueprints."}),
            F("TIDE-NAN", "LOW", "Input Validation", "Tide Check Bypassed With NaN",
              "Use `math.isfinite(tide)` before comparing.", n=3, sd=-2),
            F("VISIT-DETAIL-NONE", "LOW", "Error Handling", "Missing Visit Causes Server Error",
              "Return 404 when the visit does not exist.", n=3, sd=-2),
            F("PEAK-SKIPS-LAST", "MEDIUM", "Logic Error", "Peak Calculation Ignores Most Recent Count",
              "Loop over all rows after the first.", d=1, n=3, sd=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-SPECIES", "high", "security", "sql injection via species param", "use ? placeholders"),
            F("MAP-SHELL", "high", "security", "shell=True with transect in cmd", "pass a list", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "upload filename not sanitized", "secure_filename"),
            F("SURVEYOR-FAILS-OPEN", "high", "security", "empty surveyor key = open", "fail closed"),
            F("SUMMARY-NESTS", "medium", "security", "nest grids of sensitive species public in /summary", "drop nest_grid"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SUMMARY-STAMPEDE", "low", "", "summary cache not thread safe", "lock it"),
            F("TRACE-LEAK", "medium", "security", "traceback sent to client", "log it instead"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in `/counts` (two parameters), shell in `render_map`, unsafe YAML in `/import`.
        2. Authentication: the surveyor key fails open and identities are client-supplied.
        3. Data protection: sensitive nest grids are published.
        4. Concurrency: shared dictionaries mutated without locks.
        5. Correctness: paging, peak calculation, missing validation.
        """,
        Block([
            F("SQLI-SPECIES", "blocker", "security", "SQL injection through the species filter",
              "Use bound parameters.", conf=0.95),
            F("SQLI-ORDER", "blocker", "security", "SQL injection through the order parameter",
              "Validate against a whitelist of columns.", conf=0.9),
            F("MAP-SHELL", "blocker", "security", "OS command injection in map rendering",
              "Avoid shell=True.", conf=0.9),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML loader used for imports",
              "Use yaml.safe_load.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal via uploaded file name",
              "Sanitize the file name.", conf=0.85),
            F("SURVEYOR-FAILS-OPEN", "blocker", "security", "Surveyor authentication bypass with unset key",
              "Fail closed when the key is not configured.", conf=0.85),
            F("SURVEYOR-TIMING", "minor", "security", "Timing attack on surveyor key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("OBSERVER-SPOOF", "major", "security", "Observer identity is trusted from a request header",
              "Associate the observer with the authenticated key.", d=-2, conf=0.7),
            F("SUMMARY-NESTS", "major", "security", "Nest locations of protected species disclosed",
              "Filter out nest_grid for sensitive species.", conf=0.8),
            F("MAP-STDERR-LEAK", "minor", "security", "Internal tool output disclosed in error response",
              "Return a generic error.", conf=0.6),
            F("TOTALS-RACE", "major", "concurrency", "Non-atomic update of season totals",
              "Use the existing lock.", d=-1, conf=0.8),
            F("SUMMARY-STAMPEDE", "minor", "performance", "Cache stampede on summary expiry",
              "Serialize the cache rebuild.", d=-1, conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one in page calculation: page 1 skips first results",
              "Subtract one from page before multiplying.", d=-1, conf=0.8),
            F("PEAK-SKIPS-LAST", "major", "correctness", "Off-by-one: loop excludes the final count",
              "Use range(1, len(rows)).", conf=0.8),
            F("TIDE-DEFAULT-ZERO", "minor", "correctness", "Missing tide height treated as zero",
              "Require the tide_m field.", conf=0.7),
            F("COUNT-NEGATIVE", "major", "correctness", "Count value is not validated",
              "Reject negative counts.", conf=0.75),
            F("DEBUG-ON", "major", "security", "Debug mode enabled in production entry point",
              "Disable debug.", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 9 major, 4 minor"),
    ]),
}
