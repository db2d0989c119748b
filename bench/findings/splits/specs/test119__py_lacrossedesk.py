"""test119/py-lacrossedesk: a lacrosse league desk (Python). Frozen test split test119; labels next to each finding.

Written 2026-12-08 by a helper session that had seen neither the merger code nor any score (see the test119
section of splits/README.md for exactly what it read).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-08 by a helper session that had seen neither the merger code nor any score. Frozen test "
    "split test119: seeded problems in a Flask + SQLite desk for a lacrosse league (stick inspections, fixtures, "
    "results and standings, referee allocations, rosters); five agents' answers written by hand."
)

A = "laxdesk/app.py"
PROBLEMS = {
    "SCORER-KEY-FAILS-OPEN": P(A, "if given != SCORER_KEY:", "security", "SCORER_KEY defaults to an empty string: with it unset, a request without the header passes scorer_only"),
    "SCORER-KEY-TIMING": P(A, "if given != SCORER_KEY:", "security", "scorer key compared with != (not constant time)"),
    "UNKNOWN-POSITION-500": P(A, "lo, hi = LENGTH_LIMITS[position]", "bug", "position from the body not validated: an unknown position raises KeyError (500)"),
    "LENGTH-MAX-EXCLUDED": P(A, "legal = lo <= length < hi and", "bug", "upper stick-length bound exclusive although the limits are inclusive: a 42-inch attack stick or a 72-inch pole fails", "off-by-one"),
    "INSPECTION-ORDER-SQLI": P(A, 'sql = f"SELECT i.player_id', "security", "order query value formatted into ORDER BY of the inspection listing", "source-vs-sink"),
    "INSPECTIONS-PUBLIC-DOB": P(A, 'sql = f"SELECT i.player_id', "security", "unauthenticated inspection listing returns players' dates of birth"),
    "FIXTURES-ALL-ROWS": P(A, 'rows = get_db().execute("SELECT * FROM fixtures ORDER BY starts_at")', "performance", "every fixture loaded and sliced in memory on each page, size unbounded"),
    "FIXTURE-PAGE-OFFSET": P(A, "start = page * size", "bug", "page is 1-based but the offset is page * size: the first page is never returned", "off-by-one"),
    "NOTIFY-SHELL-INJECTION": P(A, 'subprocess.run(f"lax-notify', "security", "venue from the body formatted into a shell command (shell=True)", "source-vs-sink"),
    "NOTIFY-RESULT-IGNORED": P(A, 'subprocess.run(f"lax-notify', "bug", "lax-notify's exit status ignored: a failed notification still answers 200"),
    "NOTIFY-BEFORE-COMMIT": P(A, 'db.execute("UPDATE fixtures SET starts_at = ?', "bug", "teams notified before the new time is written: a failed UPDATE or commit leaves them told a time that was never saved"),
    "RESULT-NEGATIVE-GOALS": P(A, 'home, away = int(body["home_goals"])', "bug", "negative goal counts accepted"),
    "RESULT-OVERWRITE": P(A, 'db.execute("UPDATE fixtures SET home_goals', "bug", "a played fixture's result can be overwritten (no played = 0 guard)"),
    "LOSS-EARNS-POINT": P(A, 't["points"] += 3 if scored > conceded else 1', "bug", "a loss earns one point, like a draw"),
    "STANDINGS-STALE": P(A, "if cached is not None and time.time()", "bug", "standings cache not invalidated when a result is recorded: stale for up to five minutes"),
    "STANDINGS-CACHE-RACE": P(A, "table = compute_table(get_db())", "performance", "check-then-rebuild of the standings cache without a lock: concurrent requests all recompute the table", "critical-section"),
    "CONFLICT-AWAY-CLUB": P(A, 'if ref["club"] == fx["home_club"]:', "bug", "referee conflict check ignores the away club"),
    "UNKNOWN-FIXTURE-CRASH": P(A, 'if ref["club"] == fx["home_club"]:', "bug", "unknown fixture id: fx is None and the subscript raises TypeError (500)"),
    "DAY-LIMIT-OFF-BY-ONE": P(A, "if load > MAX_GAMES_PER_DAY:", "bug", "> instead of >=: a referee can be given three games in a day", "off-by-one"),
    "REF-LOAD-RACE": P(A, "_ref_load[key] = load + 1", "bug", "referee load read and updated without _alloc_lock: concurrent allocations pass the limit, updates lost", "critical-section"),
    "REFEREE-EXPORT-UNAUTH": P(A, '"SELECT id, name, club, email, phone FROM referees', "security", "referee export (emails, phone numbers) has no authentication", "signature-vs-statement"),
    "CSV-FORMULA-INJECTION": P(A, "writer.writerows([tuple(r) for r in rows])", "security", "referee names and clubs written to CSV unescaped (formula injection)"),
    "CARD-NOTES-XSS": P(A, "return f\"<h1>{html.escape(p['name'])}", "security", "player notes rendered into HTML unescaped"),
    "CARD-TEAM-XSS": P(A, "return f\"<h1>{html.escape(p['name'])}", "security", "team name rendered into HTML unescaped"),
    "ROSTER-UPLOAD-TRAVERSAL": P(A, "dest = os.path.join(UPLOAD_DIR, upload.filename)", "security", "uploaded roster saved under the client's filename: writes outside UPLOAD_DIR", "source-vs-sink"),
    "ROSTER-YAML-UNSAFE": P(A, "roster = yaml.load(fh, Loader=yaml.Loader)", "security", "uploaded YAML loaded with the full Loader (arbitrary objects)"),
    "REPORT-TRAVERSAL": P(A, "return send_file(os.path.join(REPORT_DIR, name))", "security", "report name from the path joined to REPORT_DIR: any file readable", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SCORER-KEY-FAILS-OPEN", "SCORER-KEY-TIMING"),
    ("UNKNOWN-POSITION-500", "LENGTH-MAX-EXCLUDED"),
    ("INSPECTION-ORDER-SQLI", "INSPECTIONS-PUBLIC-DOB"),
    ("FIXTURES-ALL-ROWS", "FIXTURE-PAGE-OFFSET"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-RESULT-IGNORED"),
    ("NOTIFY-RESULT-IGNORED", "NOTIFY-BEFORE-COMMIT"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-BEFORE-COMMIT"),
    ("RESULT-NEGATIVE-GOALS", "RESULT-OVERWRITE"),
    ("STANDINGS-STALE", "STANDINGS-CACHE-RACE"),
    ("CONFLICT-AWAY-CLUB", "UNKNOWN-FIXTURE-CRASH"),
    ("DAY-LIMIT-OFF-BY-ONE", "REF-LOAD-RACE"),
    ("REFEREE-EXPORT-UNAUTH", "CSV-FORMULA-INJECTION"),
    ("CARD-NOTES-XSS", "CARD-TEAM-XSS"),
    ("ROSTER-UPLOAD-TRAVERSAL", "ROSTER-YAML-UNSAFE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `laxdesk/app.py` is a single Flask module for the league desk. Two keyed decorators guard the write
        paths; `commissioner_only` is done right (fails closed, `hmac.compare_digest`), `scorer_only` is not.
        The public read endpoints are where most of the exposure is.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `GET /inspections` | SQL injection through `order` |
        | P0 | `POST /fixtures/<id>/reschedule` | shell injection through `venue` |
        | P0 | `/reports`, `/rosters` | path traversal, unsafe YAML |
        | P1 | `scorer_only` | fails open when the key is unset |
        | P1 | standings, referees | wrong points, daily limit, race on the load counter |

        Things I checked and found fine: `commissioner_only`, the bound parameters in every query except the
        listing's `ORDER BY`, `referee_load` copying the map under `_alloc_lock`, and `close_db`.
        """,
        Block([
            F("SCORER-KEY-FAILS-OPEN", "high", "security", "`scorer_only` lets every request through when `SCORER_KEY` is unset",
              "Refuse to start (or answer 503) when `SCORER_KEY` is empty, as `commissioner_only` does with its key.",
              symbol="scorer_only.wrapper", conf=0.9),
            F("SCORER-KEY-TIMING", "low", "security", "Scorer key compared with `!=` instead of `hmac.compare_digest`",
              "Use `hmac.compare_digest(given, SCORER_KEY)`.", symbol="scorer_only.wrapper", conf=0.6),
            F("INSPECTION-ORDER-SQLI", "critical", "security", "SQL injection through `order` in `GET /inspections`",
              "Map `order` onto a whitelist of column names (`at`, `position`, `legal`) before building the query.",
              symbol="list_inspections", conf=0.95),
            F("INSPECTIONS-PUBLIC-DOB", "medium", "security", "`GET /inspections` publishes players' dates of birth without authentication",
              "Drop `p.date_of_birth` from the public listing or put the endpoint behind `scorer_only`; many players are juniors.",
              symbol="list_inspections", conf=0.8),
            F("LENGTH-MAX-EXCLUDED", "medium", "bug", "Stick inspection fails sticks at exactly the maximum legal length",
              "The limits are inclusive (rule 4.3): use `lo <= length <= hi`. A 42-inch attack stick is legal; today it is recorded as illegal.",
              symbol="record_inspection", conf=0.85),
            F("FIXTURE-PAGE-OFFSET", "medium", "bug", "`/fixtures?page=1` skips the first page",
              "`start = (page - 1) * size`, and reject `page < 1`.", symbol="fixtures", conf=0.85),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "Shell injection through `venue` in the reschedule notification",
              "Call `subprocess.run([\"lax-notify\", \"--fixture\", str(fixture_id), \"--message\", note], check=True)` without a shell.",
              symbol="reschedule", conf=0.9),
        ]),
        "Standings, referees and the file endpoints:",
        Block([
            F("LOSS-EARNS-POINT", "high", "bug", "A loss is awarded one point",
              "`3 if scored > conceded else 1 if scored == conceded else 0`.", symbol="compute_table", conf=0.9),
            F("STANDINGS-STALE", "low", "bug", "Standings are served stale for up to five minutes after a result",
              "Clear `_standings_cache` in `record_result`.", symbol="standings", conf=0.7),
            F("STANDINGS-CACHE-RACE", "low", "performance", "Standings cache is rebuilt by every concurrent request when it expires",
              "Rebuild under a lock and re-check the cache inside it.", symbol="standings", conf=0.55),
            F("CONFLICT-AWAY-CLUB", "medium", "bug", "Referee conflict check ignores the away club",
              "`if ref[\"club\"] in (fx[\"home_club\"], fx[\"away_club\"])`.", symbol="allocate_referee", conf=0.85),
            F("REF-LOAD-RACE", "medium", "bug", "`_ref_load` is read and updated without `_alloc_lock`",
              "Hold `_alloc_lock` from the read to the write (and ideally keep the count in the database).",
              d=-3, symbol="allocate_referee", conf=0.75),
            F("DAY-LIMIT-OFF-BY-ONE", "medium", "bug", "Daily limit lets a referee take a third game",
              "`if load >= MAX_GAMES_PER_DAY`.", symbol="allocate_referee", conf=0.85),
            F("REFEREE-EXPORT-UNAUTH", "high", "security", "Referee export (emails, phone numbers) has no authentication",
              "Put `export_referees` behind `commissioner_only`.", symbol="export_referees", conf=0.9),
            F("CARD-NOTES-XSS", "high", "security", "Stored XSS: player notes are rendered unescaped",
              "Escape `notes` with `html.escape` (or render a template with autoescaping).", symbol="player_card", conf=0.9),
            F("CARD-TEAM-XSS", "medium", "security", "Team name is also inserted into the player card without escaping",
              "Escape `team` as well; rosters are uploaded files.", symbol="player_card", conf=0.7),
            F("ROSTER-UPLOAD-TRAVERSAL", "high", "security", "Roster upload is saved under the client-supplied filename",
              "Use `werkzeug.utils.secure_filename` or a generated name; better, parse the upload without saving it.",
              symbol="import_roster", conf=0.85),
            F("ROSTER-YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on an uploaded roster",
              "`yaml.safe_load(fh)`.", symbol="import_roster", conf=0.9),
            F("REPORT-TRAVERSAL", "high", "security", "`/reports/<path:name>` can read files outside `REPORT_DIR`",
              "`flask.send_from_directory(REPORT_DIR, name)`, which refuses paths that escape the directory.",
              symbol="report", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("INSPECTION-ORDER-SQLI", "critical", "security", "SQL injection via ?order= (ORDER BY i.{order})",
              "Whitelist sortable columns.", d=-1),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "Shell injection: venue -> lax-notify with shell=True",
              "argv list, no shell.", d=-2),
            F("NOTIFY-RESULT-IGNORED", "low", "bug", "lax-notify exit status ignored; reschedule reports success even if nobody was notified",
              "check=True or inspect returncode."),
            F("SCORER-KEY-FAILS-OPEN", "high", "security", "scorer_only accepts any request when SCORER_KEY is empty (the default)",
              "Fail closed on empty key."),
            F("REPORT-TRAVERSAL", "high", "security", "Path traversal in report download",
              "send_from_directory.", d=-1),
            F("ROSTER-UPLOAD-TRAVERSAL", "high", "security", "Roster upload: client filename joined into UPLOAD_DIR",
              "secure_filename().", d=-1),
            F("ROSTER-YAML-UNSAFE", "high", "security", "yaml.load with full Loader on an uploaded file", "yaml.safe_load."),
            F("FIXTURE-PAGE-OFFSET", "medium", "bug", "Pagination off by one: page=1 returns the second page",
              "(page - 1) * size.", d=+1),
            F("UNKNOWN-FIXTURE-CRASH", "low", "bug", "Unknown fixture id -> fx is None -> TypeError (500)",
              "404 when fx is None."),
            F("REF-LOAD-RACE", "medium", "bug", "Referee daily load is check-then-set without the lock",
              "Hold _alloc_lock around get/compare/set.", d=-2),
            F("DAY-LIMIT-OFF-BY-ONE", "medium", "bug", "Daily cap uses >; allows MAX_GAMES_PER_DAY + 1 games",
              ">="),
            F("RESULT-OVERWRITE", "medium", "bug", "Results can be overwritten after the fixture is played",
              "AND played = 0; 409 otherwise."),
            F("LOSS-EARNS-POINT", "high", "bug", "Losses score 1 point in compute_table", "0 for a loss."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `laxdesk` application, a Flask service that a lacrosse league uses to record
        stick inspections, publish fixtures and standings, and allocate referees.

        **Overall assessment:** the application handles sensitive operations (referee contact data, player
        dates of birth, file uploads) and contains several critical injection and path handling
        vulnerabilities. Authentication is inconsistent between the two key decorators.

        ### Security Findings
        """,
        Block([
            F("INSPECTION-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Inspection Listing via `order` Parameter",
              "Validate the `order` parameter against an allow-list of column names.", sd=-2, n=3,
              desc="The `order` query parameter is interpolated directly into the ORDER BY clause with an f-string. An attacker can append arbitrary SQL, for example a subquery that extracts referee emails."),
            F("SCORER-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Scorer Authentication Bypass When Key Is Not Configured",
              "Reject all requests when `SCORER_KEY` is empty.", sd=-2, n=3,
              desc="`SCORER_KEY` defaults to an empty string, and a missing header also defaults to an empty string, so the comparison succeeds for unauthenticated clients."),
            F("NOTIFY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Fixture Reschedule Notification",
              "Pass arguments as a list and remove `shell=True`.", d=-1),
            F("ROSTER-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Roster Filename",
              "Sanitize the filename with `secure_filename`.", d=+1),
            F("ROSTER-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization of Uploaded Rosters",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Report Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("CARD-NOTES-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Player Card Notes",
              "Escape all values inserted into the HTML."),
            F("INSPECTIONS-PUBLIC-DOB", "MEDIUM", "Information Disclosure", "Players' Dates of Birth Exposed Without Authentication",
              "Require authentication or remove the column.", d=-3,
              desc="`list_inspections` has no decorator at all, and its query selects `p.date_of_birth` for every player of a team."),
        ], wrap="list"),
        """
        ### Reliability and Performance Findings
        """,
        Block([
            F("REF-LOAD-RACE", "MEDIUM", "Race Condition", "Race Condition in Referee Load Tracking",
              "Use `_alloc_lock` around the read-modify-write of `_ref_load`.", sd=-2, n=3,
              desc="Under a threaded server two allocations for the same referee and day can both read the old load and both pass the check."),
            F("STANDINGS-CACHE-RACE", "MEDIUM", "Caching", "Cache Stampede on Standings Recomputation",
              "Protect the rebuild with a lock so only one request recomputes the table.", d=-2),
            U({"severity": "LOW", "category": "Maintainability", "description": "app.py mixes routing, SQL and business rules; consider blueprints."}),
            F("FIXTURES-ALL-ROWS", "MEDIUM", "Performance", "Entire Fixture Table Loaded for Every Page",
              "Use LIMIT/OFFSET in SQL and cap `size`."),
            F("LENGTH-MAX-EXCLUDED", "MEDIUM", "Logic Error", "Maximum Stick Length Treated as Illegal",
              "Use an inclusive upper bound.", sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("INSPECTION-ORDER-SQLI", "error", "security", "sql injection via order param", "whitelist columns"),
            F("NOTIFY-SHELL-INJECTION", "error", "security", "shell injection in reschedule notify", "no shell=True"),
            F("CARD-NOTES-XSS", "error", "security", "xss in player card notes", "html.escape"),
            F("REPORT-TRAVERSAL", "error", "security", "path traversal in /reports", "send_from_directory"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("DAY-LIMIT-OFF-BY-ONE", "warning", "bug", "referee can get 3 games a day (> vs >=)", ">=", d=+1),
            F("STANDINGS-STALE", "warning", "", "standings cache not cleared after a result", "invalidate in record_result"),
            F("RESULT-NEGATIVE-GOALS", "warning", "bug", "negative goals accepted", "reject < 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: the scorer key check fails open and is not constant time.
        2. Injection: SQL injection in the inspection listing; unsafe handling of uploaded rosters.
        3. Correctness: stick length validation, fixture paging, results and referee limits.
        4. Concurrency and performance: unsynchronized shared state, full-table reads.
        5. Data protection: referee contact data exported without authentication.
        """,
        Block([
            F("SCORER-KEY-FAILS-OPEN", "blocker", "security", "Authentication bypass when SCORER_KEY is unset",
              "Fail closed when the key is not configured.", d=-1, conf=0.9),
            F("SCORER-KEY-TIMING", "minor", "security", "Non-constant-time comparison of the scorer key",
              "Use hmac.compare_digest.", conf=0.7),
            F("INSPECTION-ORDER-SQLI", "blocker", "security", "SQL injection in ORDER BY clause of inspection listing",
              "Allow-list the sort column.", d=+1, conf=0.9),
            F("UNKNOWN-POSITION-500", "minor", "correctness", "Unvalidated position causes KeyError and HTTP 500",
              "Return 400 for unknown positions.", conf=0.8),
            F("LENGTH-MAX-EXCLUDED", "major", "correctness", "Off-by-one in stick length validation: upper bound is exclusive",
              "Compare with <= hi.", d=-1, conf=0.8),
            F("FIXTURE-PAGE-OFFSET", "major", "correctness", "Pagination skips the first page of fixtures",
              "Subtract one from page before multiplying.", d=-3, conf=0.8),
            F("FIXTURES-ALL-ROWS", "minor", "performance", "All fixtures are loaded into memory for every page request",
              "Push paging into the SQL query.", conf=0.7),
            F("NOTIFY-BEFORE-COMMIT", "minor", "reliability", "Teams are notified before the rescheduled time is saved",
              "Commit the update first and notify afterwards.", d=-2, conf=0.6),
            F("RESULT-NEGATIVE-GOALS", "minor", "correctness", "Negative goal values accepted when recording results",
              "Validate goals >= 0.", conf=0.7),
            F("RESULT-OVERWRITE", "major", "correctness", "Recorded results can be silently overwritten",
              "Refuse updates for fixtures already played.", d=-2, conf=0.6),
            F("STANDINGS-CACHE-RACE", "major", "performance", "Concurrent standings requests all rebuild the cache",
              "Serialize the rebuild.", d=+1, conf=0.6),
            F("REF-LOAD-RACE", "major", "concurrency", "Unsynchronized update of referee load counters",
              "Use _alloc_lock.", conf=0.8),
            F("REFEREE-EXPORT-UNAUTH", "blocker", "security", "Referee personal data exported without authentication",
              "Require the commissioner key.", d=-3, conf=0.9),
            F("CSV-FORMULA-INJECTION", "major", "security", "CSV formula injection in referee export",
              "Prefix cells starting with =, +, -, @ with a quote.", conf=0.6),
            F("ROSTER-UPLOAD-TRAVERSAL", "blocker", "security", "Path traversal through uploaded roster filename",
              "Use secure_filename.", conf=0.9),
            F("ROSTER-YAML-UNSAFE", "blocker", "security", "Unsafe YAML deserialization of uploaded roster",
              "Use yaml.safe_load.", conf=0.9),
        ], wrap="object+summary", summary="16 issues: 5 blocker, 6 major, 5 minor"),
    ]),
}
