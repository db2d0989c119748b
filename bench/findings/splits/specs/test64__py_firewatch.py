"""test64/py-firewatch: a fire-lookout volunteer shift log (Python, Flask + SQLite). Frozen test split; labels
next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only splits/README.md's general and test37 sections, the builders and tune2's py-snapctl spec,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test64: seeded problems in a small fire-lookout volunteer shift log; five agents' "
    "answers written by hand."
)

A = "firewatch/app.py"
PROBLEMS = {
    "VOL-FAIL-OPEN": P(A, "if vid in pins and pins[vid] != pin:", "security",
                       "volunteer check only rejects a known id with a wrong pin: an unknown or empty X-Volunteer passes"),
    "PIN-TIMING": P(A, "if vid in pins and pins[vid] != pin:", "security",
                    "pin compared with != (not constant time) and stored in clear in the pins file"),
    "SORT-SQLI": P(A, 'f"WHERE tower_id = ? AND day = ? ORDER BY {order}")', "security",
                   "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "SHIFT-LENGTH": P(A, "if end - start > MAX_SHIFT_HOURS + 1:", "bug",
                      "+ 1 lets a five-hour shift through the four-hour limit", "off-by-one"),
    "SHIFT-ORDER": P(A, "if not 0 <= start < 24 or not 0 < end <= 24:", "bug",
                     "end before start is never rejected: negative shifts, negative hour totals"),
    "CLAIM-RACE": P(A, 'if shift["volunteer"]:', "bug",
                    "read-check-update without a transaction or conditional UPDATE: two volunteers can claim one shift",
                    "critical-section"),
    "CLAIM-OVERLAP": P(A, 'db.execute("UPDATE shifts SET volunteer = ? WHERE id = ?", (g.volunteer, shift_id))', "bug",
                       "a volunteer can claim overlapping shifts on the same day at two towers"),
    "RELEASE-NOT-OWNER": P(A, 'db.execute("UPDATE shifts SET volunteer = NULL WHERE id = ?", (shift_id,))', "security",
                           "any volunteer can release anyone's shift (no owner check)", "signature-vs-statement"),
    "ALERT-RACE": P(A, "if now - last < ALERT_COOLDOWN:", "bug",
                    "cooldown check and update of _last_alert without a lock: concurrent sightings send duplicate radio alerts",
                    "critical-section"),
    "BEARING-360": P(A, "if not 0 <= bearing <= 360:", "bug",
                     "bearing 360 accepted: compass bearings are 0-359, 360 duplicates 0 in the triangulation", "off-by-one"),
    "DISTANCE-UNCHECKED": P(A, 'distance_km = float(data.get("distance_km", 0))', "bug",
                            "distance not validated: negative or NaN distances stored and a negative one always alerts"),
    "RADIO-INJECTION": P(A, "subprocess.run(alert, shell=True, check=False)", "security",
                         "sighting note (and tower_id) formatted into a shell command for the radio relay", "source-vs-sink"),
    "RADIO-EXIT-IGNORED": P(A, "subprocess.run(alert, shell=True, check=False)", "bug",
                            "radio relay failure ignored: alert counted as sent and cooldown consumed"),
    "PAGE-OFFSET": P(A, "offset = page * PAGE_SIZE", "bug", "pages start at 1 but offset is page * size: first page never shown",
                     "off-by-one"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(os.path.join(folder, photo.filename))", "security",
                         "uploaded file name joined to the folder: ../ or an absolute name writes anywhere", "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, "photo.save(os.path.join(folder, photo.filename))", "security",
                        "any file type accepted and later served from /photos (HTML, SVG)"),
    "PHOTO-NOT-OWNER": P(A, "folder = os.path.join(PHOTO_DIR, str(sid))", "security",
                         "sighting id not checked to exist or to belong to the volunteer"),
    "HOURS-YEAR-SQLI": P(A, "day LIKE '\" + year + \"-%'\", (vid,)", "security",
                         "year query value concatenated into the SQL", "source-vs-sink"),
    "WEATHER-SSRF": P(A, 'resp = requests.get(f"{feed}/station/{tower_id}", timeout=None)', "security",
                      "feed URL taken from the query string: server-side request forgery", "source-vs-sink"),
    "WEATHER-NO-TIMEOUT": P(A, 'resp = requests.get(f"{feed}/station/{tower_id}", timeout=None)', "performance",
                            "timeout=None: a slow feed ties up a worker for ever"),
    "YAML-UNSAFE": P(A, "roster = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.load with the full Loader on a request body: arbitrary object construction",
                     "signature-vs-statement"),
    "EXPORT-TMP-RACE": P(A, "writer = csv.writer(fh)", "bug",
                         "every export writes the same fixed /tmp file: concurrent exports clobber each other",
                         "critical-section"),
    "EXPORT-CSV-FORMULA": P(A, "writer.writerows([tuple(r) for r in rows])", "security",
                            "volunteer names written to CSV unescaped: spreadsheet formula injection"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security",
                  "debug server (Werkzeug debugger) bound to all interfaces"),
}

CONFUSABLE = [
    ("VOL-FAIL-OPEN", "PIN-TIMING"),
    ("SHIFT-LENGTH", "SHIFT-ORDER"),
    ("CLAIM-RACE", "CLAIM-OVERLAP"),
    ("BEARING-360", "DISTANCE-UNCHECKED"),
    ("RADIO-INJECTION", "RADIO-EXIT-IGNORED"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("PHOTO-TRAVERSAL", "PHOTO-NOT-OWNER"),
    ("PHOTO-ANY-TYPE", "PHOTO-NOT-OWNER"),
    ("WEATHER-SSRF", "WEATHER-NO-TIMEOUT"),
    ("EXPORT-TMP-RACE", "EXPORT-CSV-FORMULA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `firewatch/app.py`

        **Summary.** The service is small but the trust model is weak in two places: the volunteer decorator fails
        open, and several handlers hand request values to SQL, the shell, the filesystem or an outbound HTTP call.
        Below that there are data-integrity bugs in shift handling and two shared-state races.

        | Priority | Area | Count |
        |---|---|---|
        | 1 | Injection / traversal / SSRF | 6 |
        | 2 | Authentication and authorisation | 4 |
        | 3 | Shift and sighting validation | 5 |
        | 4 | Concurrency and paging | 4 |

        Done right and worth keeping: `coordinator` fails closed when `FIREWATCH_COORD_KEY` is unset and uses
        `hmac.compare_digest`; `load_pins` uses `yaml.safe_load`; `/photos/<path:name>` goes through
        `send_from_directory`; the stats counters are only touched under `_stats_lock`; `close_db` is registered as
        a teardown.
        """,
        Block([
            F("VOL-FAIL-OPEN", "critical", "security", "`volunteer` decorator accepts any unknown volunteer id",
              "Reject when `vid not in pins`; today an empty or made-up `X-Volunteer` header passes and becomes `g.volunteer`.",
              symbol="volunteer.wrapper", conf=0.95),
            F("PIN-TIMING", "medium", "security", "Volunteer PIN compared with `!=`",
              "Use `hmac.compare_digest` and store hashed PINs instead of clear text in `pins.yaml`.",
              symbol="volunteer.wrapper", conf=0.7),
            F("SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /shifts`",
              "Map `sort` to a whitelist of column names; never format it into the statement.",
              symbol="list_shifts", conf=0.95),
            F("HOURS-YEAR-SQLI", "high", "security", "`year` is concatenated into the hours query",
              "Bind it: `day LIKE ?` with `f\"{int(year)}-%\"`.", symbol="volunteer_hours", conf=0.9),
            F("RADIO-INJECTION", "critical", "security", "Shell command injection via the sighting note",
              "Call the relay with an argument list (`subprocess.run([RADIO_CMD, \"--channel\", ...])`) and no shell; the note and `tower_id` are both attacker-controlled.",
              symbol="log_sighting", conf=0.95),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded photo's filename used as a path",
              "Use `werkzeug.utils.secure_filename` or generate the name server-side.", symbol="upload_photo", conf=0.9),
            F("PHOTO-NOT-OWNER", "medium", "security", "Photos can be attached to any sighting id",
              "Look the sighting up and check it exists and was logged by `g.volunteer` (or a coordinator).",
              symbol="upload_photo", conf=0.6),
            F("WEATHER-SSRF", "high", "security", "`feed` parameter turns `/weather` into an SSRF proxy",
              "Drop the parameter or check it against a fixed list of feeds.", symbol="tower_weather", conf=0.9),
            F("WEATHER-NO-TIMEOUT", "medium", "performance", "Weather fetch has no timeout",
              "Set `timeout=(3, 10)`; with `timeout=None` one stuck feed holds a worker indefinitely.",
              symbol="tower_weather", conf=0.8),
            F("YAML-UNSAFE", "critical", "security", "Roster import uses `yaml.load` with the full Loader",
              "Use `yaml.safe_load`; the full Loader can construct arbitrary Python objects.",
              symbol="import_roster", conf=0.9),
            F("RELEASE-NOT-OWNER", "high", "security", "Any volunteer can release any shift",
              "Add `AND volunteer = ?` with `g.volunteer` and return 404/403 when no row changed.",
              symbol="release_shift", conf=0.9),
        ]),
        "Correctness and concurrency:",
        Block([
            F("SHIFT-LENGTH", "medium", "bug", "Shift length limit allows five hours",
              "Compare `end - start > MAX_SHIFT_HOURS`; the `+ 1` lets a 5-hour shift through.", symbol="create_shift", conf=0.85),
            F("SHIFT-ORDER", "medium", "bug", "`create_shift` accepts an end hour before the start hour",
              "Require `start < end`; otherwise negative shifts reach the hours report.", symbol="create_shift", conf=0.8),
            F("CLAIM-RACE", "high", "bug", "Claiming a shift is check-then-act",
              "Do it in one statement: `UPDATE shifts SET volunteer = ? WHERE id = ? AND volunteer IS NULL` and check `rowcount`.",
              d=-3, n=3, symbol="claim_shift", conf=0.85),
            F("CLAIM-OVERLAP", "low", "bug", "No check for overlapping shifts of the same volunteer",
              "Before the update, refuse when the volunteer already holds a shift on that day whose hours intersect.",
              symbol="claim_shift", conf=0.55),
            F("ALERT-RACE", "medium", "bug", "`should_alert` reads and writes `_last_alert` without a lock",
              "Guard the check and the update with a lock; two concurrent sightings both pass the cooldown today.",
              d=-1, n=3, symbol="should_alert", conf=0.75),
            F("BEARING-360", "low", "bug", "Bearing range accepts 360",
              "Use `0 <= bearing < 360`.", symbol="log_sighting", conf=0.7),
            F("DISTANCE-UNCHECKED", "medium", "bug", "`distance_km` is not validated",
              "Reject negative and non-finite values; a negative distance passes `distance_km < 20` and always triggers the radio.",
              symbol="log_sighting", conf=0.7),
            F("PAGE-OFFSET", "medium", "bug", "Sightings paging skips the first page",
              "`offset = (page - 1) * PAGE_SIZE` and reject `page < 1`.", symbol="list_sightings", conf=0.85),
            F("EXPORT-TMP-RACE", "medium", "bug", "CSV export writes a fixed path in /tmp",
              "Build the CSV in memory (`io.StringIO`) or use `tempfile`; two exports at once overwrite each other's file.",
              d=-1, symbol="export_shifts", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-SQLI", "high", "security", "ORDER BY built from ?sort", "Whitelist sort columns.", d=-2),
            F("HOURS-YEAR-SQLI", "high", "security", "year concatenated into LIKE clause", "Bind parameter.", d=-2),
            F("RADIO-INJECTION", "critical", "security", "shell=True with user note in radio alert",
              "argv list, no shell.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal via upload filename", "secure_filename().", d=-3),
            F("WEATHER-SSRF", "high", "security", "SSRF: feed URL from query string", "Fixed feed URL.", d=-1),
            F("YAML-UNSAFE", "high", "security", "Unsafe YAML load in roster import", "yaml.safe_load.", d=-1),
            F("RELEASE-NOT-OWNER", "high", "security", "release_shift has no ownership check",
              "Filter on volunteer = g.volunteer.", d=-2),
            F("VOL-FAIL-OPEN", "high", "security", "Unknown X-Volunteer bypasses PIN check", "Require vid in pins.", d=-3),
            F("CLAIM-RACE", "medium", "bug", "Double claim possible (no atomic update)",
              "UPDATE ... WHERE volunteer IS NULL; check rowcount.", d=+2),
            F("ALERT-RACE", "low", "bug", "_last_alert updated without lock", "threading.Lock.", d=+2),
            F("SHIFT-LENGTH", "medium", "bug", "Max shift check off by one", "Drop + 1."),
            F("DISTANCE-UNCHECKED", "low", "bug", "Negative distance_km accepted", "Validate >= 0."),
            F("PAGE-OFFSET", "medium", "bug", "page=1 returns rows 25-49", "(page - 1) * PAGE_SIZE.", d=-1),
            F("EXPORT-TMP-RACE", "low", "bug", "Shared /tmp export file", "Stream from memory.", d=+3),
            F("DEBUG-ON", "high", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `firewatch` Flask application, which manages lookout towers, volunteer shifts,
        smoke sightings and a radio relay. My review concentrated on security, data integrity and concurrency.

        **Key Findings**

        The most severe problems are injection flaws: user input reaches SQL statements, a shell command and the
        filesystem without validation. Authentication for volunteers is also weaker than it looks.
        """,
        Block([
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Shift Listing",
              "Use a whitelist of sortable columns.", sd=-2, n=3,
              desc="The `sort` query parameter is interpolated into the ORDER BY clause of the shifts query."),
            F("HOURS-YEAR-SQLI", "HIGH", "SQL Injection", "SQL Injection in Volunteer Hours Report",
              "Use a bound parameter for the year pattern.", sd=-2, n=3),
            F("RADIO-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Radio Alert",
              "Pass arguments as a list and avoid `shell=True`.", d=-1, sd=-2, n=3,
              desc="The free-text note from the sighting is embedded in a shell command string."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type for Sighting Photos",
              "Allow only image extensions and check the content type.",
              desc="Any file, including HTML or SVG, is stored and later served from `/photos`."),
            F("WEATHER-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF via Weather Feed Parameter",
              "Do not accept the feed URL from the client.", sd=-2, n=3),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Insecure YAML Deserialization in Roster Import",
              "Use `yaml.safe_load`."),
            F("VOL-FAIL-OPEN", "HIGH", "Broken Authentication", "Volunteer Authentication Can Be Bypassed",
              "Reject requests whose volunteer id is not in the pins file.", sd=-2, n=3),
            F("PIN-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time PIN Comparison",
              "Use `hmac.compare_digest`."),
            F("RELEASE-NOT-OWNER", "HIGH", "Broken Access Control", "Missing Ownership Check When Releasing Shifts",
              "Only allow the volunteer who holds the shift (or a coordinator) to release it.", sd=-2, n=3),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled",
              "Never run with `debug=True` in production."),
        ], wrap="list"),
        """
        **Reliability and Logic**

        In addition, I found the following problems with shared state and validation:
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints."}),
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition When Claiming Shifts",
              "Use a conditional UPDATE inside a transaction.", d=-3,
              desc="The shift row is read, checked and updated in separate statements."),
            F("CLAIM-OVERLAP", "MEDIUM", "Logic Error", "Volunteers Can Hold Overlapping Shifts",
              "Check for overlapping shifts before assigning.", sd=-2, n=3),
            F("ALERT-RACE", "MEDIUM", "Race Condition", "Alert Cooldown Is Not Thread-Safe",
              "Protect `_last_alert` with a lock.", sd=-2, n=3),
            F("BEARING-360", "LOW", "Input Validation", "Bearing Validation Accepts 360 Degrees",
              "Use an exclusive upper bound.", d=+1, sd=-1, n=3),
            F("SHIFT-LENGTH", "MEDIUM", "Logic Error", "Maximum Shift Length Check Is Off By One",
              "Remove the `+ 1`.", sd=-2, n=3),
            F("RADIO-EXIT-IGNORED", "MEDIUM", "Error Handling", "Radio Relay Failures Are Ignored",
              "Check the return code and log or retry failed alerts."),
            F("EXPORT-TMP-RACE", "MEDIUM", "Race Condition", "Shared Temporary Export File",
              "Generate the CSV in memory per request.", sd=-1, n=3),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Shift Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a quote."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SORT-SQLI", "high", "security", "sql injection via sort param", "whitelist columns"),
            F("RADIO-INJECTION", "high", "security", "shell injection in radio alert", "no shell=True"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photo upload", "secure_filename"),
            F("YAML-UNSAFE", "high", "security", "unsafe yaml.load", "safe_load"),
            F("WEATHER-SSRF", "medium", "security", "ssrf via feed", "fixed url"),
            F("RELEASE-NOT-OWNER", "medium", "security", "anyone can release any shift", "check owner"),
            F("VOL-FAIL-OPEN", "high", "security", "unknown volunteer passes auth", "require known id"),
            F("DEBUG-ON", "medium", "security", "debug mode on", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SHIFT-ORDER", "medium", "bug", "end hour can be before start hour", "check start < end"),
            F("WEATHER-NO-TIMEOUT", "low", "", "no timeout on weather request", "timeout=5"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection issues in SQL, shell and YAML handling (blocker).
        2. Authorization gaps for volunteers (major).
        3. Validation and off-by-one errors in shifts, bearings and paging (major/minor).
        4. Thread-safety problems around alerts, claims and the export file (major).
        5. Operational issues: debug mode, outbound request without timeout (minor).
        """,
        Block([
            F("SORT-SQLI", "blocker", "security", "SQL injection in the shift sort order",
              "Validate sort against allowed columns.", d=-1, conf=0.9),
            F("HOURS-YEAR-SQLI", "blocker", "security", "SQL injection in the hours report year filter",
              "Use parameter binding.", conf=0.85),
            F("RADIO-INJECTION", "blocker", "security", "OS command injection in radio alert",
              "Use subprocess with a list of arguments.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML deserialization",
              "Use yaml.safe_load.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo upload",
              "Sanitize the uploaded filename.", conf=0.85),
            F("VOL-FAIL-OPEN", "major", "security", "Volunteer authentication bypass for unknown IDs",
              "Deny when the volunteer is not registered.", conf=0.85),
            F("PIN-TIMING", "minor", "security", "PIN comparison is not timing-safe",
              "Use hmac.compare_digest.", conf=0.6),
            F("RELEASE-NOT-OWNER", "major", "security", "Shift release lacks ownership verification",
              "Restrict release to the assigned volunteer.", conf=0.8),
            F("CLAIM-RACE", "major", "concurrency", "Race condition in shift claim",
              "Use an atomic conditional update.", conf=0.8),
            F("ALERT-RACE", "major", "performance", "Duplicate radio alerts under concurrent sightings",
              "Serialize the cooldown check with a lock.", conf=0.7),
            F("EXPORT-TMP-RACE", "major", "concurrency", "Concurrent exports overwrite the shared temp file",
              "Use a per-request buffer.", d=+2, conf=0.7),
            F("SHIFT-LENGTH", "major", "correctness", "Off-by-one in maximum shift length",
              "Compare with MAX_SHIFT_HOURS directly.", d=+1, conf=0.8),
            F("SHIFT-ORDER", "minor", "correctness", "Shift end time not validated against start time",
              "Reject end <= start.", anchor="if end - start > MAX_SHIFT_HOURS + 1:", conf=0.6),
            F("BEARING-360", "minor", "correctness", "Bearing upper bound should be exclusive",
              "Use bearing < 360.", d=-1, conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Pagination skips the first page of sightings",
              "Subtract one from page before multiplying.", conf=0.8),
            F("RADIO-EXIT-IGNORED", "minor", "reliability", "Radio relay exit status is not checked",
              "Use check=True or inspect returncode.", conf=0.6),
            F("WEATHER-NO-TIMEOUT", "minor", "reliability", "HTTP request without timeout",
              "Set a timeout.", conf=0.7),
            F("DEBUG-ON", "major", "security", "Flask debug mode enabled on all interfaces",
              "Disable debug mode.", conf=0.8),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 10 major, 4 minor"),
    ]),
}
