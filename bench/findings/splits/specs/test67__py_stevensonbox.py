"""test67/py-stevensonbox: a weather-station volunteer reading roster (Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test67: seeded problems in a weather-station volunteer reading roster (Flask); "
    "five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "VOL-SECRET-EMPTY": P(A, "expected = hmac.new(VOLUNTEER_SECRET.encode()", "security",
                          "VOLUNTEER_SECRET defaults to '': anyone can compute the HMAC of any volunteer name and act as them",
                          "signature-vs-statement"),
    "VOL-SIG-TIMING": P(A, "if not name or sig != expected:", "security",
                        "volunteer signature compared with != instead of hmac.compare_digest (timing)"),
    "VOLUNTEER-PII-PUBLIC": P(A, '"SELECT name, phone, email, home_postcode FROM volunteers', "security",
                              "unauthenticated volunteer card returns phone, email and home postcode"),
    "OPEN-STATION-SQLI": P(A, "AND station = '{station}' ORDER BY {order}", "security",
                           "station query value formatted into the open-slots SQL", "source-vs-sink"),
    "OPEN-ORDER-SQLI": P(A, "AND station = '{station}' ORDER BY {order}", "security",
                         "order query value formatted into ORDER BY of the open-slots SQL", "source-vs-sink"),
    "SIGNUP-LIMIT-OFF-BY-ONE": P(A, "if taken > MAX_SIGNUPS_PER_WEEK:", "bug",
                                 "> instead of >=: a volunteer can take five slots in a week, not four", "off-by-one"),
    "SIGNUP-TOCTOU": P(A, 'if row is None or row["volunteer"] is not None:', "bug",
                       "slot read then updated without a condition or transaction: two volunteers both get the slot, "
                       "the later overwrites", "critical-section"),
    "CANCEL-NOT-OWNER": P(A, '"UPDATE roster SET volunteer = NULL WHERE day = ? AND slot = ?"', "security",
                          "any volunteer can cancel anyone's slot (no volunteer = ? in the update)"),
    "READING-NOT-ROSTERED": P(A, 'day, slot = body["day"], body["slot"]', "security",
                              "a reading is accepted for any day and slot, whether or not the sender is rostered on it"),
    "READING-MAXMIN": P(A, 'tmax, tmin = float(body["max_c"])', "bug",
                        "max and min thermometers never validated (range, max >= min)"),
    "READING-RAIN-NEGATIVE": P(A, 'rain = float(body.get("rain_mm", 0))', "bug",
                               "rain gauge amount not validated: negative or absurd values go into the totals"),
    "READING-DUPLICATE": P(A, "cur = db.execute(INSERT_READING_SQL", "bug",
                           "a second reading for the same day and slot is inserted again (no upsert/unique check), "
                           "doubling rain in the summary and totals"),
    "RAIN-TOTAL-RACE": P(A, "_rain_totals[month] = _rain_totals.get(month, 0.0) + rain", "bug",
                         "monthly rain total updated read-modify-write without _rain_lock: lost updates",
                         "critical-section"),
    "PAGE-SIZE-NEGATIVE": P(A, 'size = min(int(request.args.get("size", "50")), 200)', "bug",
                            "size only capped above: size=-1 becomes LIMIT -1, which SQLite treats as no limit"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug",
                     "pages start at 1 but offset is page * size: the first page is never returned", "off-by-one"),
    "SUMMARY-CACHE-RACE": P(A, "rows = get_db().execute(SUMMARY_SQL).fetchall()", "performance",
                            "summary cache checked and filled without a lock: concurrent requests all recompute and "
                            "write body and timestamp separately", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "path = os.path.join(PHOTO_DIR, str(rid), name)", "security",
                         "uploaded filename joined into the path unsanitised: ../ or absolute names write anywhere",
                         "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, "photo.save(path)", "security",
                        "any file type and extension is stored as a gauge photo"),
    "PLOT-MONTH-PATH": P(A, 'out = os.path.join(PLOT_DIR, f"{month}.png")', "security",
                         "month from the body used in the plot output path: ../ writes and sends files outside PLOT_DIR"),
    "PLOT-SHELL-INJECTION": P(A, 'subprocess.run(f"plot-month', "security",
                              "title (and month) from the body interpolated into a shell=True command",
                              "source-vs-sink"),
    "EXPORT-EMPTY-CRASH": P(A, "writer.writerow(rows[0].keys())", "bug",
                            "a month without readings raises IndexError (500) instead of an empty CSV"),
    "YAML-UNSAFE-LOAD": P(A, "doc = yaml.load(request.get_data()", "security",
                          "yaml.load with the full Loader on the request body: arbitrary object construction",
                          "signature-vs-statement"),
    "IMPORT-OVERWRITES": P(A, '"INSERT OR REPLACE INTO roster', "bug",
                           "INSERT OR REPLACE: an import silently removes volunteers already signed up for those slots"),
    "GEN-SKIPS-FIRST": P(A, "for i in range(1, days):", "bug",
                         "range(1, days) skips the first of the month (and created overstates the count)", "off-by-one"),
}

CONFUSABLE = [
    ("VOL-SECRET-EMPTY", "VOL-SIG-TIMING"),
    ("OPEN-STATION-SQLI", "OPEN-ORDER-SQLI"),
    ("SIGNUP-LIMIT-OFF-BY-ONE", "SIGNUP-TOCTOU"),
    ("READING-NOT-ROSTERED", "READING-MAXMIN"),
    ("READING-MAXMIN", "READING-RAIN-NEGATIVE"),
    ("READING-DUPLICATE", "RAIN-TOTAL-RACE"),
    ("PAGE-SIZE-NEGATIVE", "PAGE-OFFSET"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("PLOT-MONTH-PATH", "PLOT-SHELL-INJECTION"),
    ("YAML-UNSAFE-LOAD", "IMPORT-OVERWRITES"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `app.py` (Stevenson-screen reading roster)

        The coordinator side is in reasonable shape: `coordinator_required` fails closed when `COORDINATOR_KEY` is
        unset and uses `hmac.compare_digest`, every query except `/roster/open` binds its parameters, `/rain/<month>`
        reads the totals under `_rain_lock`, and the upload size is capped by `MAX_CONTENT_LENGTH`. The volunteer side
        is where it goes wrong.

        | Priority | Area | Findings |
        |---|---|---|
        | 1 | Authentication | volunteer HMAC with an empty default secret, non-constant-time compare |
        | 2 | Injection | `/roster/open` SQL, `/plots` shell, `/roster/import` YAML, upload path |
        | 3 | Roster integrity | weekly limit, double booking, cancel anyone's slot, import clobbering |
        | 4 | Data quality | unvalidated thermometers, rain total race, paging, month generation |

        Authentication and injection first:
        """,
        Block([
            F("VOL-SECRET-EMPTY", "critical", "security", "Volunteer signatures are forgeable when `VOLUNTEER_SECRET` is unset",
              "Refuse to start (or fail every request) when `VOLUNTEER_SECRET` is empty; an HMAC keyed with `b''` is computable by anyone who knows a volunteer's name.",
              symbol="volunteer_required.wrapper", conf=0.9),
            F("VOL-SIG-TIMING", "medium", "security", "Volunteer signature compared with `!=`",
              "Use `hmac.compare_digest(sig, expected)` as `coordinator_required` already does.",
              symbol="volunteer_required.wrapper", conf=0.75),
            F("OPEN-STATION-SQLI", "critical", "security", "SQL injection through `station` in `/roster/open`",
              "Bind `station` as a parameter (`AND station = ?`).",
              symbol="open_slots", conf=0.95),
            F("OPEN-ORDER-SQLI", "high", "security", "SQL injection through `order` in the `ORDER BY` clause",
              "Map `order` through an allow-list (`{'day': 'day, slot', 'slot': 'slot, day'}`); identifiers cannot be bound.",
              symbol="open_slots", conf=0.9),
            F("PLOT-SHELL-INJECTION", "high", "security", "Shell command built from `title` and `month` in `/plots`",
              "Pass an argv list to `subprocess.run` without `shell=True` and validate `month` as `YYYY-MM`.",
              symbol="make_plot", conf=0.9),
            F("PLOT-MONTH-PATH", "medium", "security", "`month` controls the plot output path",
              "Validate `month` before joining it; `../../x` writes outside `PLOT_DIR` and `send_file` returns it.",
              symbol="make_plot", conf=0.7),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_roster", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded photo filename is used as a path component",
              "Use `secure_filename(photo.filename)` or generate the name server-side; an absolute filename replaces the whole path in `os.path.join`.",
              symbol="upload_photo", conf=0.85),
        ]),
        "Roster integrity and data quality:",
        Block([
            F("SIGNUP-LIMIT-OFF-BY-ONE", "medium", "bug", "Weekly sign-up limit allows five slots",
              "Use `if taken >= MAX_SIGNUPS_PER_WEEK:`; `taken` counts slots already held.",
              symbol="signup", conf=0.85),
            F("SIGNUP-TOCTOU", "medium", "bug", "Two volunteers can claim the same slot",
              "Make the claim conditional: `UPDATE roster SET volunteer = ? WHERE day = ? AND slot = ? AND volunteer IS NULL` and check `rowcount`.",
              symbol="signup", conf=0.8),
            F("CANCEL-NOT-OWNER", "high", "security", "Any volunteer can cancel any other volunteer's slot",
              "Add `AND volunteer = ?` with `g.volunteer` and return 404 when no row changed.",
              symbol="cancel", conf=0.9),
            F("READING-NOT-ROSTERED", "medium", "security", "Readings are accepted from volunteers who are not rostered for the slot",
              "Look up the roster row for `(day, slot)` and require `volunteer == g.volunteer` (or the coordinator key).",
              symbol="submit_reading", conf=0.7),
            F("READING-MAXMIN", "low", "bug", "Max/min thermometer values are not validated",
              "Apply the same range check as the dry bulb and require `tmax >= tmin`.",
              symbol="submit_reading", conf=0.7),
            F("RAIN-TOTAL-RACE", "medium", "bug", "`_rain_totals` is updated without `_rain_lock`",
              "Wrap the read-modify-write in `with _rain_lock:`; concurrent submissions lose rain.",
              symbol="submit_reading", conf=0.8),
            F("PAGE-OFFSET", "medium", "bug", "`/readings` skips the first page",
              "`offset = (page - 1) * size` and reject `page < 1`.",
              symbol="list_readings", conf=0.85),
            F("SUMMARY-CACHE-RACE", "low", "performance", "Summary cache refresh is not synchronised",
              "Guard the refresh with a lock (or compute once per TTL in a background thread); under load every request recomputes the aggregate.",
              symbol="summary", conf=0.6),
            F("EXPORT-EMPTY-CRASH", "low", "bug", "CSV export fails for a month with no readings",
              "Write the header from a fixed column list instead of `rows[0].keys()`.",
              symbol="export_csv", conf=0.85),
            F("IMPORT-OVERWRITES", "medium", "bug", "Roster import replaces existing sign-ups",
              "Use `INSERT ... ON CONFLICT(day, slot, station) DO UPDATE` that keeps an existing volunteer unless the file names one.",
              symbol="import_roster", conf=0.65),
            F("GEN-SKIPS-FIRST", "medium", "bug", "Generated month has no slots on the 1st",
              "Iterate `range(days)`; `created` also over-reports by two.",
              symbol="generate_month", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("VOL-SECRET-EMPTY", "high", "security", "volunteer_required accepts HMAC over empty secret",
              "fail closed when VOLUNTEER_SECRET is empty", d=-3),
            F("OPEN-STATION-SQLI", "critical", "security", "SQLi: station query param -> f-string SQL",
              "bind params", d=-2),
            F("OPEN-ORDER-SQLI", "high", "security", "SQLi: order -> ORDER BY",
              "allow-list", d=-1),
            F("SIGNUP-LIMIT-OFF-BY-ONE", "medium", "bug", "weekly limit check off by one (> vs >=)",
              ">="),
            F("SIGNUP-TOCTOU", "medium", "bug", "signup race: unconditional UPDATE after SELECT",
              "AND volunteer IS NULL; check rowcount", d=+2),
            F("READING-DUPLICATE", "medium", "bug", "duplicate readings for same day/slot accepted",
              "UNIQUE(day, slot) + upsert"),
            F("RAIN-TOTAL-RACE", "medium", "bug", "_rain_totals mutated without _rain_lock",
              "take the lock", d=-1),
            F("PAGE-SIZE-NEGATIVE", "low", "bug", "size=-1 -> LIMIT -1 (unbounded)",
              "clamp to [1, 200]"),
            F("PAGE-OFFSET", "medium", "bug", "page=1 returns rows 50-99",
              "(page-1)*size", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "upload filename -> filesystem path",
              "secure_filename", d=-1),
            F("PLOT-SHELL-INJECTION", "high", "security", "title -> shell=True command",
              "argv list", d=-2),
            F("EXPORT-EMPTY-CRASH", "low", "bug", "rows[0] IndexError on empty month",
              "static header"),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.Loader on request body",
              "safe_load", d=-2),
            F("GEN-SKIPS-FIRST", "medium", "bug", "generate_month skips day 1",
              "range(days)"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Flask application in `app.py`, which manages a roster of volunteers who take
        readings at a weather station's Stevenson screen and records those readings.

        **Overall assessment**

        The application has several serious security weaknesses, mostly around how it handles user-supplied input
        (SQL, shell commands, file paths, YAML) and around the volunteer authentication scheme. There are also
        concurrency and data-validation problems.

        **Security findings**
        """,
        Block([
            F("VOL-SECRET-EMPTY", "CRITICAL", "Broken Authentication", "Volunteer Authentication Bypass with Default Secret",
              "Require VOLUNTEER_SECRET to be set at startup.", sd=-2, n=3,
              desc="If the `VOLUNTEER_SECRET` environment variable is not set, it defaults to an empty string, and anyone can compute a valid signature for any volunteer name."),
            F("VOL-SIG-TIMING", "MEDIUM", "Timing Attack", "Non-Constant-Time Signature Comparison",
              "Use hmac.compare_digest.", sd=-2, n=3),
            F("VOLUNTEER-PII-PUBLIC", "HIGH", "Information Disclosure", "Volunteer Personal Data Exposed Without Authentication",
              "Require authentication and return only the public name.", d=-1, sd=-2, n=3,
              desc="The `/volunteers/<name>` endpoint returns phone numbers, email addresses and home postcodes to anyone."),
            F("OPEN-STATION-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Open Slots Listing",
              "Use parameterized queries for `station` and an allow-list for `order`.", sd=-2, n=3,
              desc="Both the `station` and `order` parameters are inserted directly into the SQL string."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=+2, sd=0, n=3),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "No File Type Validation on Photo Upload",
              "Allow only image extensions and check the content type.", sd=-2, n=3),
            F("PLOT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Plot Generation",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="The `title` and `month` values from the JSON body are placed inside a shell command; a title containing a single quote breaks out of the quoting."),
            F("PLOT-MONTH-PATH", "HIGH", "Path Traversal", "Path Traversal via Month in Plot Output",
              "Validate the month format.", sd=-2, n=3),
            F("YAML-UNSAFE-LOAD", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Roster Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Volunteers Can Cancel Other Volunteers' Slots",
              "Check that the slot belongs to the requesting volunteer.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and concurrency findings**
        """,
        Block([
            F("SIGNUP-TOCTOU", "HIGH", "Race Condition", "Race Condition in Slot Signup",
              "Use a conditional UPDATE or a transaction.", d=-1, sd=-3, n=3,
              desc="The slot is checked for availability and then updated in a separate statement; two concurrent signups can both succeed."),
            F("RAIN-TOTAL-RACE", "MEDIUM", "Race Condition", "Unsynchronized Update of Monthly Rain Totals",
              "Acquire `_rain_lock` when updating `_rain_totals`.", sd=-2, n=3),
            F("SUMMARY-CACHE-RACE", "LOW", "Caching", "Cache Stampede in Summary Endpoint",
              "Protect the cache refresh with a lock.", d=-1, sd=-3, n=3),
            F("READING-MAXMIN", "LOW", "Data Validation", "Max/Min Temperatures Not Validated",
              "Validate ranges and that max >= min.", sd=-2, n=3),
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips First Page",
              "Use `(page - 1) * size`.", d=+2, sd=0, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Imports are not sorted alphabetically (os before io)."}),
            F("GEN-SKIPS-FIRST", "MEDIUM", "Logic Error", "Roster Generation Misses the First Day of the Month",
              "Start the range at 0.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("OPEN-STATION-SQLI", "error", "security", "sql injection in /roster/open (station)", "use ? params"),
            F("PLOT-SHELL-INJECTION", "error", "security", "shell injection in make_plot", "no shell=True"),
            F("YAML-UNSAFE-LOAD", "error", "security", "yaml.load is unsafe", "yaml.safe_load"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo filename not sanitised", "secure_filename"),
            F("CANCEL-NOT-OWNER", "warning", "security", "cancel doesn't check who owns the slot", "filter on volunteer"),
            F("VOLUNTEER-PII-PUBLIC", "warning", "security", "volunteer phone/email public", "auth + trim fields"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SIGNUP-LIMIT-OFF-BY-ONE", "warning", "", "weekly limit lets 5 through", ">="),
            F("PAGE-OFFSET", "warning", "bug", "first page of readings unreachable", "(page-1)*size"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary

        1. **Security**: SQL injection, command injection, unsafe YAML and a path traversal, plus a weak volunteer
           signature check.
        2. **Correctness**: sign-up limits, pagination, month generation and unvalidated readings.
        3. **Concurrency**: shared module-level state updated without locks.
        4. **Reliability**: CSV export on an empty month.
        """,
        Block([
            F("VOL-SECRET-EMPTY", "blocker", "security", "Empty default VOLUNTEER_SECRET makes volunteer signatures forgeable",
              "Fail at startup when the secret is missing.", conf=0.85),
            F("VOL-SIG-TIMING", "minor", "security", "Signature comparison is not constant-time",
              "Use hmac.compare_digest.", d=-1, conf=0.7),
            F("VOLUNTEER-PII-PUBLIC", "major", "security", "Personal data of volunteers returned without authentication",
              "Protect the endpoint.", conf=0.8),
            F("OPEN-STATION-SQLI", "blocker", "security", "SQL injection via the station parameter",
              "Use bound parameters.", conf=0.9),
            F("OPEN-ORDER-SQLI", "major", "security", "SQL injection via the order parameter",
              "Whitelist sort columns.", d=-1, conf=0.85),
            F("SIGNUP-LIMIT-OFF-BY-ONE", "major", "correctness", "Off-by-one in weekly sign-up limit",
              "Compare with >=.", d=-1, conf=0.8),
            F("SIGNUP-TOCTOU", "major", "concurrency", "Non-atomic check-then-update when claiming a slot",
              "Use a conditional update.", d=+2, conf=0.75),
            F("READING-NOT-ROSTERED", "major", "security", "Any volunteer can submit readings for slots they do not hold",
              "Verify the roster entry.", conf=0.7),
            F("READING-RAIN-NEGATIVE", "minor", "correctness", "Rainfall amount is not validated",
              "Reject negative or implausible rain values.", conf=0.7),
            F("RAIN-TOTAL-RACE", "major", "concurrency", "Lost updates on the monthly rain totals",
              "Hold _rain_lock while updating.", conf=0.8),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset skips the first page",
              "Subtract one from page.", conf=0.85),
            F("SUMMARY-CACHE-RACE", "minor", "concurrency", "Summary cache written without synchronisation",
              "Use a lock around the refresh.", d=+1, conf=0.6),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal through uploaded filename",
              "Sanitise the filename.", conf=0.85),
            F("PHOTO-ANY-TYPE", "minor", "security", "Uploaded file type is not checked",
              "Restrict to JPEG/PNG.", conf=0.6),
            F("PLOT-SHELL-INJECTION", "blocker", "security", "Command injection in the plot command",
              "Avoid shell=True.", conf=0.9),
            F("EXPORT-EMPTY-CRASH", "minor", "reliability", "Export crashes when there are no rows",
              "Handle the empty result.", conf=0.8),
            F("YAML-UNSAFE-LOAD", "blocker", "security", "Unsafe YAML loading of the uploaded roster",
              "Use yaml.safe_load.", conf=0.9),
            F("GEN-SKIPS-FIRST", "major", "correctness", "Month generation leaves out one day",
              "Use range(days).", d=-2, conf=0.75),
        ], wrap="object+summary", summary="18 issues: 5 blocker, 8 major, 5 minor"),
    ]),
}
