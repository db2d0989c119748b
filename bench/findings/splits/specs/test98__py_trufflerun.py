"""test98/py-trufflerun: a truffle hunter's dog-led foray desk and truffle grading (Python, Flask + SQLite).

Frozen test split test98 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code, its
scores, or any other split's answers, specs or labels (only tune2/py-snapctl's spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's data. "
    "Frozen test split test98: seeded problems in a truffle foray desk and grading service; five agents' answers "
    "written by hand."
)

A = "trufflerun/app.py"
G = "trufflerun/grading.py"

PROBLEMS = {
    "HUNTER-KEY-FAILOPEN": P(A, 'if HUNTER_KEY and request.headers.get("X-Hunter-Key") != HUNTER_KEY:', "security",
                             "hunter_key lets every request through when HUNTER_KEY is unset (empty default)",
                             "signature-vs-statement"),
    "HUNTER-ID-SPOOF": P(A, 'g.hunter = request.headers.get("X-Hunter", "anonymous")', "security",
                         "the hunter's identity is whatever the X-Hunter header says: anyone acts as any hunter"),
    "FORAY-SQLI-WOOD": P(A, "WHERE wood LIKE '%{wood}%'", "security",
                         "wood query value formatted into the SQL of /forays", "source-vs-sink"),
    "FORAY-SQLI-ORDER": P(A, "WHERE wood LIKE '%{wood}%'", "security",
                          "order query value formatted into ORDER BY of /forays (injection via the sort column)"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance",
                             "page size taken from the request without an upper bound"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug",
                     "1-based page multiplied without subtracting one: page 1 skips the first page of forays",
                     "off-by-one"),
    "CAPACITY-RACE": P(A, 'taken = db.execute("SELECT COUNT(*) FROM bookings', "bug",
                       "count-then-insert without a transaction or lock: concurrent joins overbook the foray",
                       "critical-section"),
    "CAPACITY-OBO": P(A, 'if taken > foray["dogs_max"]:', "bug",
                      "> instead of >=: one more dog than dogs_max is accepted", "off-by-one"),
    "DOG-NOT-OWNED": P(A, 'db.execute("INSERT INTO bookings', "security",
                       "dog_id from the body is booked without checking the dog belongs to the hunter"),
    "WEIGHT-UNVALIDATED": P(A, 'grams = float(data["weight_g"])', "bug",
                            "weight accepted as any float: negative, zero, nan or inf finds corrupt the ledger"),
    "SEASON-RACE": P(A, "_season_grams[g.hunter] = season + grams", "bug",
                     "season ledger read-modify-write without _season_lock: lost updates under the threaded server",
                     "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(target)", "security",
                         "client filename joined to PHOTO_DIR: ../ in the upload name writes anywhere",
                         "source-vs-sink"),
    "PHOTO-UNRESTRICTED": P(A, "photo.save(target)", "security",
                            "no type or size check on the uploaded photo (any content, any size, overwrites)"),
    "PHOTO-NOT-OWNED": P(A, "UPDATE finds SET photo = ?", "security",
                         "photo attached to any find id: no check that the find belongs to the hunter"),
    "LABEL-SHELL": P(A, 'subprocess.run(f"lp -d {printer}', "security",
                     "printer and copies form values formatted into a shell command", "source-vs-sink"),
    "LABEL-FAILURE-IGNORED": P(A, 'subprocess.run(f"lp -d {printer}', "bug",
                               "check=False and no return-code check: a failed print is reported as printed"),
    "CARD-XSS-NOTES": P(A, "<p>{row['notes']}</p>", "security",
                        "foray notes inserted into the card HTML unescaped (stored XSS)"),
    "CARD-PHONE-LEAK": P(A, "<p>{row['notes']}</p>", "security",
                         "leader's phone number published on an unauthenticated card page"),
    "EXPORT-NO-AUTH": P(A, 'buyer_phone FROM finds").fetchall()', "security",
                        "/finds.csv has no authentication and exports every find with prices and buyer phones"),
    "DOGS-YAML": P(A, "yaml.load(raw, Loader=yaml.Loader)", "security",
                   "yaml.load with the full Loader on request data: arbitrary object construction",
                   "signature-vs-statement"),
    "ERROR-LEAK": P(A, '"trace": traceback.format_exc()', "security",
                    "error handler returns the exception text and full traceback to the client"),
    "ERROR-HANDLER-HTTP": P(A, "def on_error(exc: Exception):", "bug",
                            "extra, one agent: errorhandler(Exception) also catches abort(401/403/404) and turns "
                            "them into 500"),
    "DEBUG-RUN": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security",
                   "Werkzeug debugger enabled on all interfaces (remote code execution via the console)"),
    "GRADE-MEAN-DIVISOR": P(G, "aroma = sum(scores) / (len(scores) - 1)", "bug",
                            "mean divides by len - 1: inflated aroma, ZeroDivisionError for one panel score",
                            "off-by-one"),
    "GRADE-BAND-INDEX": P(G, "band = BANDS[int(aroma // 25)]", "bug",
                          "aroma of 100 (or above) indexes BANDS[4]: IndexError for the best truffles",
                          "off-by-one"),
}

CONFUSABLE = [
    ("HUNTER-KEY-FAILOPEN", "HUNTER-ID-SPOOF"),
    ("FORAY-SQLI-WOOD", "FORAY-SQLI-ORDER"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET"),
    ("CAPACITY-RACE", "CAPACITY-OBO"),
    ("CAPACITY-OBO", "DOG-NOT-OWNED"),
    ("WEIGHT-UNVALIDATED", "SEASON-RACE"),
    ("PHOTO-TRAVERSAL", "PHOTO-UNRESTRICTED"),
    ("PHOTO-UNRESTRICTED", "PHOTO-NOT-OWNED"),
    ("PHOTO-TRAVERSAL", "PHOTO-NOT-OWNED"),
    ("LABEL-SHELL", "LABEL-FAILURE-IGNORED"),
    ("CARD-XSS-NOTES", "CARD-PHONE-LEAK"),
    ("GRADE-MEAN-DIVISOR", "GRADE-BAND-INDEX"),
    ("ERROR-LEAK", "ERROR-HANDLER-HTTP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `trufflerun/app.py` and `trufflerun/grading.py` end to end. The grader side is in reasonable shape:
        `grader_only` fails closed when `GRADER_KEY` is unset and compares with `hmac.compare_digest`, `/season`
        copies the ledger under `_season_lock`, and the card page escapes the wood and leader name. The hunter side
        is not: its decorator fails open and trusts a header for identity, and several routes build SQL, shell
        commands and file paths from request values.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | injection, hunter auth, file write | 4 |
        | High | data exposure, deserialization, booking and grading integrity | 8 |
        | Medium | ownership checks, paging, races, error output | 6 |
        | Low | page size, print status, error status codes | 3 |

        ### Security
        """,
        Block([
            F("HUNTER-KEY-FAILOPEN", "critical", "security", "`hunter_key` authenticates nobody when `HUNTER_KEY` is unset",
              "Fail closed: refuse to start (or return 503) when `HUNTER_KEY` is empty, and compare with `hmac.compare_digest` as `grader_only` does.",
              symbol="hunter_key.wrapper", conf=0.9),
            F("HUNTER-ID-SPOOF", "high", "security", "Hunter identity comes from a client-chosen `X-Hunter` header",
              "Derive the hunter from the authenticated key (one key per hunter, or a signed session), never from a free header.",
              symbol="hunter_key.wrapper", conf=0.85),
            F("FORAY-SQLI-WOOD", "critical", "security", "SQL injection through `wood` in `/forays`",
              "Bind the pattern: `WHERE wood LIKE ?` with `(f\"%{wood}%\",)`.",
              symbol="list_forays", conf=0.95),
            F("FORAY-SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unchecked",
              "Map `order` through an allow-list of column names (`starts_at`, `wood`) before building the query.",
              symbol="list_forays", conf=0.85),
            F("PHOTO-TRAVERSAL", "critical", "security", "Uploaded photo is saved under its client-supplied filename",
              "Ignore the client name: save as `f\"{find_id}.jpg\"` (or `secure_filename`) and check the resolved path stays in `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("PHOTO-NOT-OWNED", "medium", "security", "Any hunter can attach a photo to any find",
              "Add `AND hunter = ?` to the update and return 404 when no row changed.",
              symbol="upload_photo", conf=0.7),
            F("LABEL-SHELL", "critical", "security", "Shell command built from `printer` and `copies` form fields",
              "Validate `copies` as a small int and `printer` against the configured printers; run `[\"lp\", \"-d\", printer, \"-n\", str(copies), label]` without `shell=True`.",
              symbol="print_label", conf=0.9),
            F("CARD-XSS-NOTES", "high", "security", "Foray notes rendered into HTML without escaping",
              "Wrap `row['notes']` in `escape()` like the wood and name on the same line, or render a template.",
              symbol="foray_card", conf=0.9),
            F("CARD-PHONE-LEAK", "medium", "security", "Leader's phone number is public on the foray card",
              "The card needs no authentication, so drop the phone or show it only to hunters booked on the foray.",
              symbol="foray_card", conf=0.7),
            F("EXPORT-NO-AUTH", "high", "security", "`/finds.csv` exports every find, price and buyer phone without authentication",
              "Put `@grader_only` on the export and leave `buyer_phone` out unless it is needed.",
              symbol="export_finds", conf=0.85),
            F("DOGS-YAML", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader constructs arbitrary Python objects from tags.",
              symbol="import_dogs", conf=0.85),
            F("ERROR-LEAK", "medium", "security", "Error handler returns tracebacks to clients",
              "Log the traceback server-side and return a generic message with an error id.",
              symbol="on_error", conf=0.8),
        ]),
        "### Correctness and concurrency",
        Block([
            F("PAGE-OFFSET", "medium", "bug", "`/forays/mine` never shows the first page",
              "`offset = (page - 1) * size`; pages are 1-based (`page` defaults to 1).",
              symbol="my_forays", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Unbounded `size` on `/forays/mine`",
              "Clamp `size` to 1..100.", symbol="my_forays", conf=0.6),
            F("CAPACITY-RACE", "high", "bug", "Foray capacity check and insert are not atomic",
              "Do the count and insert in one `BEGIN IMMEDIATE` transaction, or `INSERT ... SELECT ... WHERE (SELECT COUNT(*) ...) < dogs_max`.",
              n=2, symbol="join_foray", conf=0.8),
            F("CAPACITY-OBO", "medium", "bug", "`taken > dogs_max` admits one dog too many",
              "Reject when `taken >= foray[\"dogs_max\"]`.", symbol="join_foray", conf=0.85),
            F("SEASON-RACE", "medium", "bug", "Season ledger updated without `_season_lock`",
              "Do the read and the write inside `with _season_lock:`; `/season` already takes the lock, the writer does not.",
              d=-1, n=2, symbol="log_find", conf=0.8),
            F("LABEL-FAILURE-IGNORED", "low", "bug", "Label printing reports success even when `lp` fails",
              "Check the return code (`check=True` inside a try) and return 502 when printing fails.",
              symbol="print_label", conf=0.6),
            F("GRADE-MEAN-DIVISOR", "high", "bug", "Aroma mean divides by `len(scores) - 1`",
              "Divide by `len(scores)` (or use `statistics.fmean`); the guard above only rejects an empty list, so one panel score raises `ZeroDivisionError`.",
              d=-2, n=3, symbol="grade_for", conf=0.9),
            F("GRADE-BAND-INDEX", "high", "bug", "A perfect aroma score indexes past the end of `BANDS`",
              "Clamp: `BANDS[min(int(aroma // 25), len(BANDS) - 1)]`.",
              d=-1, n=2, symbol="grade_for", conf=0.85),
            F("ERROR-HANDLER-HTTP", "low", "bug", "`errorhandler(Exception)` turns every `abort()` into a 500",
              "Let `HTTPException` pass through (`if isinstance(exc, HTTPException): return exc`) so 401/403/404 keep their status.",
              d=-1, symbol="on_error", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("FORAY-SQLI-WOOD", "critical", "security", "SQL injection: /forays wood param", "Bind parameters.", d=-2),
            F("LABEL-SHELL", "critical", "security", "Command injection in print_label (shell=True)",
              "argv list, validate copies/printer.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal via upload filename", "secure_filename / fixed name.", d=-2),
            F("DOGS-YAML", "high", "security", "Unsafe YAML load in /dogs/import", "yaml.safe_load.", d=-2),
            F("HUNTER-KEY-FAILOPEN", "high", "security", "hunter_key open when HUNTER_KEY empty", "Fail closed.", d=-3),
            F("CAPACITY-OBO", "medium", "bug", "Off-by-one in foray capacity check", ">=."),
            F("CAPACITY-RACE", "medium", "bug", "Overbooking race between COUNT and INSERT", "Single transaction.", d=+3),
            F("DOG-NOT-OWNED", "medium", "security", "dog_id not checked against hunter", "Verify dogs.owner."),
            F("PAGE-OFFSET", "low", "bug", "OFFSET skips page 1", "(page-1)*size.", d=+1),
            F("CARD-XSS-NOTES", "medium", "security", "Stored XSS in foray card notes", "escape()."),
            F("GRADE-MEAN-DIVISOR", "high", "bug", "grade_for mean uses len-1", "len(scores)."),
            F("DEBUG-RUN", "high", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
        "Not covered: schema, grading thresholds vs. business rules.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `trufflerun` application, a Flask service for booking dog-led truffle forays,
        logging finds and grading them. My review focused on authentication, injection, file handling and data
        integrity.

        **Overall Assessment**

        The application has several critical vulnerabilities. User-controlled input reaches SQL statements, a shell
        and the filesystem without validation, and the authentication for hunters can be bypassed entirely. The
        grading endpoints are better protected.

        **Security Findings**
        """,
        Block([
            F("FORAY-SQLI-WOOD", "CRITICAL", "SQL Injection", "SQL Injection in Foray Listing",
              "Use parameterized queries for the LIKE pattern.", sd=-2, n=3,
              desc="The `wood` and `order` parameters are read from the query string and embedded directly in the SQL string."),
            F("FORAY-SQLI-ORDER", "HIGH", "SQL Injection", "Unvalidated ORDER BY Column",
              "Allow-list sortable columns.", d=-1),
            F("HUNTER-KEY-FAILOPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When HUNTER_KEY Is Not Set",
              "Require the key to be configured.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "CRITICAL", "Path Traversal", "Arbitrary File Write via Photo Filename",
              "Sanitize the filename with `werkzeug.utils.secure_filename`.", d=-1, sd=-2, n=3,
              desc="`photo.filename` is attacker-controlled and is joined to `PHOTO_DIR` before saving."),
            F("PHOTO-UNRESTRICTED", "HIGH", "Unrestricted File Upload", "No Validation of Uploaded File Type or Size",
              "Check the MIME type and extension and enforce `MAX_CONTENT_LENGTH`."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("CARD-XSS-NOTES", "HIGH", "Cross-Site Scripting", "Stored XSS in Foray Card",
              "Escape `notes`."),
            F("CARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Number Exposed on Public Card",
              "Remove personal data from public pages."),
            F("EXPORT-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated CSV Export of Sales Data",
              "Require grader authentication."),
            F("DOGS-YAML", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("ERROR-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error."),
            F("DEBUG-RUN", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production Entry Point",
              "Set `debug=False`."),
        ], wrap="list"),
        """
        **Data Integrity and Concurrency**

        The following issues concern correctness rather than direct exploitation:
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The application module mixes routing, persistence and business logic; consider blueprints."}),
            F("CAPACITY-RACE", "HIGH", "Race Condition", "Race Condition in Foray Booking",
              "Wrap the count and insert in a transaction.", d=+1, sd=-1, n=3),
            F("DOG-NOT-OWNED", "MEDIUM", "Broken Access Control", "Booking Accepts Any Dog ID",
              "Check dog ownership.", sd=-2, n=3),
            F("SEASON-RACE", "MEDIUM", "Race Condition", "Unsynchronized Update of Season Totals",
              "Use `_season_lock` when updating `_season_grams`.",
              desc="`_season_lock` exists and is used when reading totals, but the update in `log_find` is done without it."),
            F("GRADE-BAND-INDEX", "MEDIUM", "Logic Error", "Index Out of Range for Maximum Aroma Score",
              "Clamp the band index.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("FORAY-SQLI-WOOD", "high", "security", "sql injection in /forays", "use ? placeholders"),
            F("PHOTO-TRAVERSAL", "high", "security", "upload filename not sanitized", "secure_filename"),
            F("LABEL-SHELL", "high", "security", "shell=True with form input", "list args"),
            F("DOGS-YAML", "high", "security", "yaml.load unsafe", "safe_load"),
            F("HUNTER-ID-SPOOF", "medium", "", "hunter taken from X-Hunter header", "bind hunter to the key"),
            F("DEBUG-RUN", "medium", "security", "debug server on 0.0.0.0", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("PAGE-OFFSET", "low", "bug", "page 1 skips first results", "(page - 1) * size"),
            F("CAPACITY-OBO", "medium", "bug", "capacity check lets one extra dog in", "use >="),
            F("WEIGHT-UNVALIDATED", "low", "bug", "weight_g not validated (negative / nan)", "require 0 < grams < 5000"),
            F("LABEL-FAILURE-IGNORED", "low", "bug", "lp exit status ignored", "check returncode"),
            F("GRADE-BAND-INDEX", "medium", "bug", "BANDS index out of range at 100", "min(..., 3)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the foray listing (filter and sort).
        2. Command injection and path traversal in label printing and photo upload.
        3. Weak hunter authentication (fail-open key, spoofable identity).
        4. Unsafe YAML deserialization in the dog import.
        5. Concurrency and arithmetic defects in booking, the season ledger and grading.
        6. Information disclosure (export, error handler, debug mode).
        """,
        Block([
            F("FORAY-SQLI-WOOD", "blocker", "security", "SQL injection via wood filter",
              "Use bound parameters.", d=-2, conf=0.9),
            F("FORAY-SQLI-ORDER", "major", "security", "SQL injection via order parameter",
              "Whitelist the sort column.", conf=0.8),
            F("HUNTER-KEY-FAILOPEN", "blocker", "security", "Hunter key check skipped when key not configured",
              "Fail closed.", conf=0.85),
            F("HUNTER-ID-SPOOF", "major", "security", "Hunter identity spoofable through header",
              "Authenticate per hunter.", d=-2, conf=0.75,
              desc="The identity header is read right after the key check; any caller can name any hunter."),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination offset off by one page",
              "Subtract one from page.", d=-2, conf=0.7),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "No maximum page size",
              "Cap size.", conf=0.6),
            F("CAPACITY-OBO", "major", "correctness", "Foray capacity comparison allows overbooking by one",
              "Use >=.", d=+1, conf=0.8),
            F("SEASON-RACE", "major", "concurrency", "Season totals updated without lock",
              "Acquire _season_lock.", anchor='grams = float(data["weight_g"])', conf=0.7),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo upload",
              "Sanitize filename.", conf=0.85),
            F("PHOTO-UNRESTRICTED", "major", "security", "Unrestricted file upload",
              "Validate type and size.", conf=0.7),
            F("LABEL-SHELL", "blocker", "security", "OS command injection in label printing",
              "Avoid shell=True.", d=-2, conf=0.9),
            F("CARD-XSS-NOTES", "major", "security", "Cross-site scripting in foray card",
              "Escape notes.", conf=0.8),
            F("EXPORT-NO-AUTH", "major", "security", "Unauthenticated export of finds",
              "Require authentication.", conf=0.8),
            F("DOGS-YAML", "major", "security", "Unsafe YAML deserialization",
              "Use safe_load.", d=-1, conf=0.85),
            F("ERROR-LEAK", "minor", "security", "Traceback disclosure in error handler",
              "Hide internals.", conf=0.7),
            F("DEBUG-RUN", "major", "security", "Debug mode enabled", "Disable debug.", conf=0.8),
            F("GRADE-MEAN-DIVISOR", "major", "correctness", "Incorrect average in grading (division by n-1)",
              "Divide by n.", conf=0.85),
            F("GRADE-BAND-INDEX", "major", "correctness", "Band lookup out of range",
              "Clamp index.", conf=0.8),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 11 major, 3 minor"),
    ]),
}
