"""test50/py-oarshed: a rowing club's boat bookings and damage log (Python, Flask + SQLite). Frozen test split.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test50: seeded problems in a rowing club's boat bookings and damage log; five "
    "agents' answers written by hand."
)

A = "oarshed/app.py"
PROBLEMS = {
    "MEMBER-KEY-FAILOPEN": P(A, 'if key != os.environ.get("CLUB_KEY", ""):', "security", "CLUB_KEY unset: an empty X-Club-Key header matches the empty default and every member route is open"),
    "MEMBER-KEY-TIMING": P(A, 'if key != os.environ.get("CLUB_KEY", ""):', "security", "club key compared with != instead of a constant-time compare (extra, one agent)"),
    "MEMBER-ID-SPOOF": P(A, 'g.member = request.headers.get("X-Member-Id", "guest")', "security", "member identity taken from a client header: anyone with the shared key can act as any member"),
    "BOATS-CLASS-SQLI": P(A, "WHERE boat_class = '{boat_class}'", "security", "class query value formatted into the boats SQL", "source-vs-sink"),
    "BOATS-ORDER-SQLI": P(A, 'sql += f" ORDER BY {order}"', "security", "order query value appended as an ORDER BY clause"),
    "BOOK-NEG-HOURS": P(A, 'end = start + timedelta(hours=float(body.get("hours", 1)))', "bug", "negative or zero hours accepted: end before start passes the length check and never clashes"),
    "BOOK-WINDOW-OFF": P(A, "if start > now + timedelta(days=ADVANCE_DAYS + 1):", "bug", "advance window checked against ADVANCE_DAYS + 1: bookings 15 days ahead accepted", "off-by-one"),
    "BOAT-NONE": P(A, 'if boat["status"] != "ok":', "bug", "unknown boat_id: fetchone() is None and the status lookup raises (500)"),
    "CREW-OFF-BY-ONE": P(A, 'if len(crew) > boat["seats"]:', "bug", "crew excludes the booking member, so a full crew plus the booker (seats + 1) passes", "off-by-one"),
    "BOOKING-RACE": P(A, "if clash:", "bug", "clash check and insert not atomic: two requests can double-book a boat", "critical-section"),
    "RIVER-CACHE-STAMPEDE": P(A, 'level = float(requests.get(RIVER_URL, timeout=5).json()["level_m"])', "performance", "river cache checked and filled without a lock: every concurrent booking refetches when it expires", "critical-section"),
    "CANCEL-NOT-OWNER": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?", (bid,))', "security", "any member can cancel any booking: no member_id check", "signature-vs-statement"),
    "RETURN-NOT-OWNER": P(A, 'booking = db.execute("SELECT boat_id, start_at, end_at FROM bookings WHERE id = ?"', "security", "any member can return (and log damage against) anyone's booking", "signature-vs-statement"),
    "RETURN-TWICE": P(A, 'hours = (datetime.fromisoformat(booking["end_at"])', "bug", "a booking can be returned repeatedly and its hours are added each time (extra, one agent)"),
    "HOURS-RACE": P(A, "total += hours", "bug", "hours counter read-modify-write without _hours_lock: lost updates", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, name))", "security", "upload filename joined into the photo path: ../ escapes PHOTO_DIR", "source-vs-sink"),
    "PHOTO-ANY-FILE": P(A, "photo.save(os.path.join(PHOTO_DIR, name))", "security", "no type or size check on damage photos: any file of any size is stored"),
    "BOARD-XSS": P(A, "{r['note']}</li>", "security", "damage note rendered unescaped on the public board"),
    "DAMAGE-PAGE-OFF": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: the first page is never shown", "off-by-one"),
    "RESOLVE-NONE": P(A, """db.execute("UPDATE boats SET status = 'ok' WHERE id = ?", (row["boat_id"],))""", "bug", "unknown damage id: row is None and the boat update raises"),
    "RESOLVE-OTHER-OPEN": P(A, """db.execute("UPDATE boats SET status = 'ok' WHERE id = ?", (row["boat_id"],))""", "bug", "resolving one damage report returns the boat to service while other reports on it are open"),
    "FLEET-YAML-LOAD": P(A, "fleet = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on a request body", "signature-vs-statement"),
    "SHEET-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\", shell=True, check=False)", "security", "printer query value in a shell command line", "source-vs-sink"),
    "SHEET-RESULT-IGNORED": P(A, 'return jsonify({"queued": True}), 202', "bug", "lp failure ignored: the crew sheet is reported queued when printing failed"),
    "EXPORT-CSV-FORMULA": P(A, 'writer.writerow([r["id"], r["boat_id"], r["member_id"]', "security", "member ids and crew names from a client header written to CSV unescaped: formula injection (extra, one agent)"),
    "DEBUG-RUN": P(A, 'app.run(host="0.0.0.0", port=5050, debug=True)', "security", "debug server (Werkzeug debugger) on all interfaces"),
}

CONFUSABLE = [
    ("MEMBER-KEY-FAILOPEN", "MEMBER-KEY-TIMING"),
    ("MEMBER-KEY-FAILOPEN", "MEMBER-ID-SPOOF"),
    ("MEMBER-KEY-TIMING", "MEMBER-ID-SPOOF"),
    ("BOATS-CLASS-SQLI", "BOATS-ORDER-SQLI"),
    ("BOOK-NEG-HOURS", "BOOK-WINDOW-OFF"),
    ("BOAT-NONE", "CREW-OFF-BY-ONE"),
    ("RETURN-NOT-OWNER", "RETURN-TWICE"),
    ("RETURN-TWICE", "HOURS-RACE"),
    ("PHOTO-TRAVERSAL", "PHOTO-ANY-FILE"),
    ("RESOLVE-NONE", "RESOLVE-OTHER-OPEN"),
    ("SHEET-SHELL", "SHEET-RESULT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `oarshed` boat bookings

        I read `oarshed/app.py` end to end (it is the whole service). The booking rules are mostly there, but
        the member authentication is weak enough that most of the ownership problems below are reachable by
        anyone who knows the boathouse key, and two endpoints build SQL or shell strings from query values.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | injection | SQL in `/boats`, shell in the crew-sheet printer |
        | P1 | auth / ownership | fail-open club key, header identity, cancel/return of other members' bookings |
        | P1 | data integrity | double booking, the hours counter, damage resolution |
        | P2 | robustness | crew and window limits, paging, debug server |

        What is fine: `captain_only` fails closed and uses `hmac.compare_digest`; the clash query itself uses
        the right interval test; the boat name and the date on `/board` are escaped; `/hours` copies the
        counter under `_hours_lock`; every query but `/boats` uses bound parameters.
        """,
        Block([
            F("BOATS-CLASS-SQLI", "critical", "security", "SQL injection through the `class` filter in `/boats`",
              "Use `WHERE boat_class = ?` with `(boat_class,)` as a parameter.", symbol="list_boats", conf=0.95),
            F("BOATS-ORDER-SQLI", "high", "security", "`order` is appended to the SQL as an ORDER BY clause",
              "Map `order` through an allow-list of column names (`name`, `boat_class`, `seats`).", symbol="list_boats", conf=0.9),
            F("SHEET-SHELL", "critical", "security", "Shell command built from the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer], input=text.encode())` without a shell and validate the printer name against the configured list.",
              symbol="print_sheet", conf=0.9),
            F("MEMBER-KEY-FAILOPEN", "high", "security", "`member_only` accepts an empty key when `CLUB_KEY` is unset",
              "Fail closed like `captain_only`: refuse every request when the variable is missing, and compare with `hmac.compare_digest`.",
              symbol="member_only.wrapper", conf=0.9),
            F("MEMBER-ID-SPOOF", "high", "security", "Member identity comes from the `X-Member-Id` request header",
              "Derive the member from a per-member credential (session or token); the shared key proves only club membership.",
              symbol="member_only.wrapper", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any booking",
              "Add `AND member_id = ?` with `g.member` (or allow captains) and return 404 when nothing was deleted.",
              symbol="cancel_booking", conf=0.85),
            F("RETURN-NOT-OWNER", "medium", "security", "`return_boat` does not check that the booking belongs to the caller",
              "Select with `AND member_id = ?`; otherwise anyone can log damage against another crew's outing.",
              symbol="return_boat", conf=0.75),
        ]),
        "Integrity and robustness:",
        Block([
            F("BOOKING-RACE", "high", "bug", "Double booking possible: clash check and insert are not atomic",
              "Run the check and the insert in one `BEGIN IMMEDIATE` transaction, or enforce non-overlap in the database.",
              d=-2, n=3, symbol="create_booking", conf=0.85),
            F("HOURS-RACE", "medium", "bug", "Boat hours counter updated without `_hours_lock`",
              "Wrap the read-modify-write in `with _hours_lock:`; `/hours` already takes the lock but the writer does not.",
              d=-1, n=3, symbol="return_boat", conf=0.8),
            F("RETURN-TWICE", "medium", "bug", "Returning the same booking twice counts its hours twice",
              "Mark the booking returned (`returned_at`) and refuse a second return.", symbol="return_boat", conf=0.6),
            F("CREW-OFF-BY-ONE", "medium", "bug", "Crew size check lets one rower too many into the boat",
              "`crew` excludes the booker, so compare `len(crew) + 1 > boat[\"seats\"]`.", symbol="create_booking", conf=0.8),
            F("BOOK-WINDOW-OFF", "low", "bug", "Advance window allows 15 days, not 14",
              "Compare against `now + timedelta(days=ADVANCE_DAYS)`.", symbol="create_booking", conf=0.7),
            F("BOOK-NEG-HOURS", "medium", "bug", "Negative `hours` produce a booking that ends before it starts",
              "Reject `hours <= 0`; such a booking passes the length check and never clashes with anything.",
              symbol="create_booking", conf=0.75),
            F("RIVER-CACHE-STAMPEDE", "low", "performance", "River level cache refetches from every request thread on expiry",
              "Guard the check-and-fill with a lock so one thread refreshes while the others use the cached value.",
              symbol="river_level", conf=0.6),
            F("RESOLVE-OTHER-OPEN", "medium", "bug", "Resolving one damage report puts the boat back in service",
              "Only set the boat to `ok` when no unresolved damage remains for it.", symbol="resolve_damage", conf=0.75),
            F("DAMAGE-PAGE-OFF", "low", "bug", "Damage log paging skips the first page",
              "Use `offset = (page - 1) * size` and reject `page < 1`.", symbol="damage_log", conf=0.8),
            F("BOARD-XSS", "medium", "security", "Damage note is rendered into `/board` without escaping",
              "Escape `r['note']` like the boat name; the note comes from any member.", symbol="damage_board", conf=0.85),
            F("FLEET-YAML-LOAD", "medium", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader constructs arbitrary Python objects.", symbol="import_fleet", conf=0.85),
            F("SHEET-RESULT-IGNORED", "low", "bug", "Crew sheet reported as queued even if `lp` fails",
              "Check the return code and answer 502 when printing failed.", symbol="print_sheet", conf=0.6),
            F("DEBUG-RUN", "medium", "security", "Debug server bound to all interfaces",
              "Drop `debug=True` and serve through a WSGI server.", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("BOATS-CLASS-SQLI", "high", "security", "SQL injection via ?class= in /boats", "Bind parameter.", d=-2),
            F("SHEET-SHELL", "high", "security", "Shell injection: ?printer= reaches shell=True", "argv list, no shell.", d=-2),
            F("FLEET-YAML-LOAD", "high", "security", "import_fleet deserialises YAML with yaml.Loader", "yaml.safe_load.", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal via uploaded photo filename", "secure_filename() or generated names.", d=-1),
            F("CANCEL-NOT-OWNER", "medium", "security", "cancel_booking deletes any booking id", "Filter by member_id.", d=-2),
            F("RETURN-NOT-OWNER", "medium", "security", "return_boat accepts any booking id", "Filter by member_id.", d=-3),
            F("MEMBER-KEY-FAILOPEN", "medium", "security", "member_only passes when CLUB_KEY unset", "Fail closed."),
            F("BOOKING-RACE", "medium", "bug", "Overlap check then INSERT: concurrent bookings both succeed", "Transaction or unique constraint.", d=+2),
            F("BOOK-NEG-HOURS", "low", "bug", "hours <= 0 accepted", "Validate hours > 0."),
            F("BOAT-NONE", "low", "bug", "Unknown boat_id -> TypeError on None", "404 when fetchone() is None.", d=-1),
            F("DAMAGE-PAGE-OFF", "low", "bug", "page=1 skips first page (page * size)", "(page - 1) * size.", d=-2),
            F("RESOLVE-NONE", "low", "bug", "resolve_damage: unknown id -> None subscript", "404 on missing row."),
            F("DEBUG-RUN", "medium", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `oarshed` service, a Flask application that manages boat bookings, boat
        returns and a damage log for a rowing club.

        **Overall Assessment**

        The application has a reasonable structure, but it contains several significant security
        vulnerabilities, most notably SQL injection, command injection and insecure deserialization, as well
        as a weak authentication scheme for members. There are also some concurrency and logic issues.

        **Security Findings**
        """,
        Block([
            F("BOATS-CLASS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Boat Listing",
              "Use parameterized queries for the class filter.", sd=-2, n=3,
              desc="The `class` parameter is inserted into the SQL statement with an f-string."),
            F("BOATS-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via the ORDER BY Clause",
              "Validate `order` against a list of allowed columns.", sd=-2, n=3),
            F("SHEET-SHELL", "CRITICAL", "Command Injection", "Command Injection in Crew Sheet Printing",
              "Avoid `shell=True`; pass the printer name as a separate argument.", sd=-2, n=3),
            F("FLEET-YAML-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Fleet Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Damage Photo Upload",
              "Sanitize the file name with `werkzeug.utils.secure_filename`.", sd=-2, n=3,
              desc="`photo.filename` is controlled by the client and may contain `../` sequences."),
            F("PHOTO-ANY-FILE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Upload for Damage Photos",
              "Allow only image types and limit the upload size (`MAX_CONTENT_LENGTH`).", sd=-2, n=3),
            F("MEMBER-KEY-FAILOPEN", "HIGH", "Broken Authentication", "Authentication Bypass When CLUB_KEY Is Not Set",
              "Reject all requests if the key is not configured.", sd=-1, n=3),
            F("MEMBER-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Comparison of the Club Key",
              "Use `hmac.compare_digest`, as `captain_only` already does.", sd=-1, n=1),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Missing Ownership Check on Booking Cancellation",
              "Verify that the booking belongs to the current member.", sd=-2, n=3),
            F("BOARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in the Public Damage Board",
              "Escape the note as well.", sd=-2, n=3),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Bookings Export",
              "Prefix cells beginning with `=`, `+`, `-` or `@` with a single quote.", sd=-1, n=2),
            F("DEBUG-RUN", "HIGH", "Security Misconfiguration", "Debug Mode Enabled",
              "Never run with `debug=True` in production.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Concurrency and Logic Findings**
        """,
        Block([
            F("BOOKING-RACE", "HIGH", "Race Condition", "Race Condition in Booking Creation",
              "Perform the clash check and insert atomically.", sd=-2, n=3,
              desc="Two concurrent requests can both pass the clash check before either inserts."),
            F("HOURS-RACE", "MEDIUM", "Race Condition", "Unsynchronized Update of Boat Hours",
              "Hold `_hours_lock` while updating `_hours_by_boat`.", d=+1, sd=-1, n=3),
            F("RIVER-CACHE-STAMPEDE", "LOW", "Caching", "River Level Cache Is Not Thread-Safe",
              "Use a lock around the cache refresh.", d=-2, sd=-3, n=3),
            F("CREW-OFF-BY-ONE", "MEDIUM", "Logic Error", "Crew Size Validation Is Off by One",
              "Include the booking member in the count.", sd=-2, n=3),
            F("BOOK-WINDOW-OFF", "LOW", "Logic Error", "Booking Window Allows One Extra Day",
              "Remove the `+ 1`.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "The application is a single module; consider splitting it into blueprints."}),
            F("RESOLVE-OTHER-OPEN", "MEDIUM", "Logic Error", "Resolving Damage Marks the Boat OK Unconditionally",
              "Check for other open damage reports on the same boat first.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("BOATS-CLASS-SQLI", "error", "security", "sql injection in list_boats (class)", "use ? params"),
            F("SHEET-SHELL", "error", "security", "shell injection via printer param", "no shell=True"),
            F("FLEET-YAML-LOAD", "error", "security", "unsafe yaml.load", "safe_load"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo filename not sanitized", "secure_filename"),
            F("CANCEL-NOT-OWNER", "warning", "security", "cancel doesn't check owner", "where member_id = ?"),
            F("MEMBER-KEY-FAILOPEN", "warning", "security", "empty CLUB_KEY = open", "fail closed"),
            F("BOARD-XSS", "warning", "security", "xss in /board note", "escape note"),
            F("DEBUG-RUN", "warning", "security", "debug=True", "turn off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOKING-RACE", "warning", "", "no transaction around clash check + insert", "BEGIN IMMEDIATE", d=-2),
            F("CREW-OFF-BY-ONE", "warning", "bug", "crew limit off by one (booker not counted)", "len(crew) + 1"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL injection in the boat listing, command injection in crew-sheet printing, unsafe YAML.
        2. Authentication and authorisation: the club key and member identity can be bypassed or forged;
           bookings can be cancelled or returned by other members.
        3. Concurrency: booking creation, the boat hours counter and the river cache are not synchronised.
        4. Correctness: several validation and paging mistakes.

        ## Findings
        """,
        Block([
            F("BOATS-CLASS-SQLI", "blocker", "security", "SQL injection in boat list query",
              "Use parameter binding.", d=+2, conf=0.9),
            F("BOATS-ORDER-SQLI", "major", "security", "Unvalidated sort column in boat list",
              "Use a whitelist.", anchor="WHERE boat_class = '{boat_class}'", conf=0.7),
            F("SHEET-SHELL", "blocker", "security", "OS command injection via printer name",
              "Avoid shell=True.", conf=0.9),
            F("SHEET-RESULT-IGNORED", "minor", "reliability", "Printing errors are swallowed",
              "Check the lp exit status.", anchor="subprocess.run(f\"echo '{text}' | lp -d {printer}\"", conf=0.6),
            F("FLEET-YAML-LOAD", "major", "security", "Unsafe YAML loading", "Use safe_load.", conf=0.85),
            F("MEMBER-KEY-FAILOPEN", "major", "security", "Club key check passes when not configured",
              "Require CLUB_KEY to be set.", conf=0.8),
            F("MEMBER-ID-SPOOF", "major", "security", "Member id is trusted from request header",
              "Authenticate each member individually.", conf=0.8),
            F("CANCEL-NOT-OWNER", "major", "security", "Booking cancellation lacks authorisation",
              "Check member_id.", conf=0.8),
            F("RETURN-NOT-OWNER", "major", "security", "Boat return lacks authorisation",
              "Check member_id.", conf=0.7),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo upload",
              "Generate the file name on the server.", conf=0.85),
            F("PHOTO-ANY-FILE", "minor", "security", "No file type validation for photos",
              "Check the extension and MIME type.", conf=0.6),
            F("BOARD-XSS", "major", "security", "Unescaped damage note in HTML output",
              "Escape the note.", conf=0.8),
            F("BOOKING-RACE", "major", "concurrency", "Check-then-insert race in booking creation",
              "Use a transaction.", conf=0.8),
            F("HOURS-RACE", "major", "concurrency", "Shared hours dictionary modified without lock",
              "Use _hours_lock.", conf=0.8),
            F("RIVER-CACHE-STAMPEDE", "minor", "concurrency", "Unsynchronised river level cache",
              "Use a lock or a single refresher.", d=+1, conf=0.5),
            F("CREW-OFF-BY-ONE", "major", "correctness", "Crew capacity check does not count the booker",
              "Count the booker.", d=-1, n=2, conf=0.7),
            F("BOOK-WINDOW-OFF", "minor", "correctness", "Advance booking window off by one day",
              "Use ADVANCE_DAYS.", d=+1, sd=0, n=2, conf=0.7),
            F("BOAT-NONE", "minor", "correctness", "Missing null check for boat lookup",
              "Return 404.", conf=0.7),
            F("DAMAGE-PAGE-OFF", "minor", "correctness", "Pagination offset skips first page",
              "Use (page - 1) * size.", conf=0.8),
            F("RESOLVE-NONE", "minor", "correctness", "Missing null check in resolve_damage",
              "Return 404.", conf=0.6),
            F("DEBUG-RUN", "major", "security", "Flask debug mode enabled", "Disable debug.", conf=0.9),
        ], wrap="object+summary", summary="21 issues: 2 blocker, 12 major, 7 minor"),
    ]),
}
