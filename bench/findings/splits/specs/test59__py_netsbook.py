"""test59/py-netsbook: a village cricket club's nets booking sheet (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test59: seeded problems in a cricket club's nets booking sheet; five agents' "
    "answers written by hand."
)

A = "netsbook/app.py"
PROBLEMS = {
    "CLUB-KEY-FAILS-OPEN": P(A, "if CLUB_KEY and given != CLUB_KEY:", "security", "member_key lets every request through when CLUB_KEY is unset"),
    "CLUB-KEY-TIMING": P(A, "if CLUB_KEY and given != CLUB_KEY:", "security", "club key compared with != (not constant time)"),
    "MEMBER-HEADER-SPOOF": P(A, 'g.member = request.headers.get("X-Member", "guest")', "security", "member identity taken from a client header: anyone books or cancels as anyone"),
    "SLOTS-DROP-LAST": P(A, "while t < LAST_SLOT_END - SLOT_MINUTES:", "bug", "slot loop stops one slot early: the 20:30 slot is never offered", "off-by-one"),
    "SORT-SQLI": P(A, 'f"SELECT net, start FROM bookings WHERE day = ? ORDER BY {sort}"', "security", "sort query value formatted into ORDER BY", "source-vs-sink"),
    "BATTERS-OVER-LIMIT": P(A, "if batters > MAX_BATTERS + 1:", "bug", "batter limit check off by one: three batters allowed in a two-batter net", "off-by-one"),
    "BATTERS-NONPOSITIVE": P(A, "if batters > MAX_BATTERS + 1:", "bug", "zero or negative batters accepted: free or negative-fee bookings"),
    "BAND-SELF-DECLARED": P(A, 'fee = FEES.get(band, FEES["senior"]) * batters', "security", "fee band (junior rate) chosen by the client"),
    "DOUBLE-BOOK-RACE": P(A, "if clash:", "bug", "clash check then insert without a transaction or unique constraint: a net booked twice", "critical-section"),
    "CANCEL-ANY-BOOKING": P(A, 'row = db.execute("SELECT * FROM bookings WHERE id = ?", (booking_id,)).fetchone()', "security", "cancel loads and deletes any booking by id, no owner check", "signature-vs-statement"),
    "REFUND-IGNORES-DAY": P(A, 'refund = row["fee"] if row["start"] - now_minutes() > 60 else 0', "bug", "refund window compares times of day only, ignoring the booking's day"),
    "SHEET-OFFSET": P(A, "LIMIT ? OFFSET ?\", (size, page * size)", "bug", "1-based page times size: page 1 skips the first page of bookings", "off-by-one"),
    "SHEET-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "page size not capped (MAX_PAGE unused)"),
    "MACHINE-RACE": P(A, '_machine["balls_left"] -= balls', "bug", "bowling machine bucket checked and decremented without _machine_lock", "critical-section"),
    "MACHINE-NEGATIVE-BALLS": P(A, 'balls = int(request.get_json(force=True).get("balls", 60))', "bug", "negative ball count accepted: a hire refills the bucket"),
    "BOARD-CACHE-RACE": P(A, "rows = get_db().execute(", "bug", "board cache read and rebuilt by concurrent requests without a lock", "critical-section", nth=1),
    "BOARD-PHONE-LEAK": P(A, '"SELECT net, start, member, phone FROM bookings WHERE day = ? ORDER BY start"', "security", "unauthenticated pavilion board publishes members' phone numbers"),
    "LP-SHELL-INJECTION": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)', "security", "printer name from the request run through a shell", "source-vs-sink"),
    "LP-COPIES-UNBOUNDED": P(A, 'copies = int(body.get("copies", 1))', "bug", "copies not bounded: one request prints thousands of team sheets"),
    "LP-FAILURE-IGNORED": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} {path}", shell=True, check=False)', "bug", "lp exit status ignored: queued:true when printing failed"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, net, name))", "security", "upload file name joined to the photo dir: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-NET-UNCHECKED": P(A, "photo.save(os.path.join(PHOTO_DIR, net, name))", "security", "net path segment not checked against NETS on upload"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["day"], r["net"], hhmm(r["start"]), r["member"]', "security", "member names written to CSV unescaped (formula injection in the captain's spreadsheet)"),
    "YAML-UNSAFE": P(A, "fixtures = yaml.load(raw, Loader=yaml.Loader)", "security", "fixture import uses yaml.Loader: arbitrary objects", "signature-vs-statement"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "debug server (Werkzeug console) on all interfaces"),
    "TEAMSHEET-TMP-PATH": P(A, 'path = f"/tmp/teamsheet-{date.today().isoformat()}.txt"', "security", "extra, one agent: predictable file in /tmp, a local user can plant a symlink"),
}

CONFUSABLE = [
    ("CLUB-KEY-FAILS-OPEN", "CLUB-KEY-TIMING"),
    ("CLUB-KEY-FAILS-OPEN", "MEMBER-HEADER-SPOOF"),
    ("CLUB-KEY-TIMING", "MEMBER-HEADER-SPOOF"),
    ("BATTERS-OVER-LIMIT", "BATTERS-NONPOSITIVE"),
    ("BATTERS-OVER-LIMIT", "BAND-SELF-DECLARED"),
    ("BATTERS-NONPOSITIVE", "BAND-SELF-DECLARED"),
    ("SHEET-OFFSET", "SHEET-SIZE-UNBOUNDED"),
    ("MACHINE-RACE", "MACHINE-NEGATIVE-BALLS"),
    ("BOARD-CACHE-RACE", "BOARD-PHONE-LEAK"),
    ("LP-SHELL-INJECTION", "LP-FAILURE-IGNORED"),
    ("LP-SHELL-INJECTION", "LP-COPIES-UNBOUNDED"),
    ("LP-COPIES-UNBOUNDED", "LP-FAILURE-IGNORED"),
    ("PHOTO-TRAVERSAL", "PHOTO-NET-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `netsbook/app.py`

        A single Flask module that runs the club's nets sheet. Access control is the weak point: `member_key`
        is the only gate on the member routes and it is open by default, and the member's identity is whatever
        the client puts in `X-Member`. Several handlers then trust request values for SQL, file paths and a
        shell command.

        | Priority | Area | Count |
        |---|---|---|
        | P0 | injection / file write / deserialisation | 4 |
        | P1 | auth and identity | 4 |
        | P2 | booking logic, races, paging | 10 |

        Things that look right and that I left alone: `captain_only` fails closed and uses
        `hmac.compare_digest`; `refill_machine` holds `_machine_lock`; `get_photo` checks the net and takes
        `basename` of the name; every query but `/nets/<day>`'s `ORDER BY` binds its parameters; `book` and
        `cancel` do invalidate the board cache.
        """,
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection through the `sort` query parameter",
              "Map `sort` through a whitelist (`{\"net\": \"net\", \"start\": \"start\"}`) and never format it into the SQL.",
              symbol="free_slots", conf=0.95),
            F("LP-SHELL-INJECTION", "high", "security", "`printer` from the request body reaches `lp` through `shell=True`",
              "Pass an argv list (`[\"lp\", \"-d\", printer, \"-n\", str(copies), path]`) and check `printer` against the configured printers.",
              symbol="print_teamsheet", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded file name is used as a path component",
              "Use `werkzeug.utils.secure_filename` or generate the name; reject names that resolve outside `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader constructs arbitrary Python objects.",
              symbol="import_fixtures", conf=0.9),
            F("CLUB-KEY-FAILS-OPEN", "high", "security", "`member_key` is a no-op when `CLUB_KEY` is not set",
              "Fail closed: refuse to start (or answer 503) when `CLUB_KEY` is empty.",
              symbol="member_key.wrapper", conf=0.9),
            F("CLUB-KEY-TIMING", "low", "security", "Club key compared with `!=`",
              "Use `hmac.compare_digest`, as `captain_only` already does.", symbol="member_key.wrapper", conf=0.6),
            F("MEMBER-HEADER-SPOOF", "high", "security", "Member identity comes from the `X-Member` header",
              "Issue each member a credential and derive `g.member` from it; the shared club key says nothing about who is calling.",
              symbol="member_key.wrapper", conf=0.85),
            F("CANCEL-ANY-BOOKING", "medium", "security", "Any member can cancel any booking",
              "Add `AND member = ?` with `g.member` to the lookup and the delete, or allow the captain only.",
              d=3, symbol="cancel", conf=0.8),
        ]),
        "Booking logic and shared state:",
        Block([
            F("DOUBLE-BOOK-RACE", "medium", "bug", "Two members can book the same net and slot",
              "Add `UNIQUE(day, net, start)` and handle `IntegrityError`, or run the check and insert in one `BEGIN IMMEDIATE` transaction.",
              symbol="book", conf=0.8),
            F("BATTERS-OVER-LIMIT", "medium", "bug", "Batter limit allows `MAX_BATTERS + 1`",
              "Compare with `batters > MAX_BATTERS`.", symbol="book", conf=0.85),
            F("BATTERS-NONPOSITIVE", "medium", "bug", "`batters` of 0 or below is accepted",
              "Require `1 <= batters <= MAX_BATTERS`; `batters=0` books a net for free and a negative count gives a negative fee.",
              symbol="book", conf=0.75),
            F("SLOTS-DROP-LAST", "medium", "bug", "The last half-hour slot is never generated",
              "Loop `while t + SLOT_MINUTES <= LAST_SLOT_END`; as written the 20:30 slot is missing.",
              symbol="slot_starts", conf=0.8),
            F("REFUND-IGNORES-DAY", "low", "bug", "Refund rule compares times of day and ignores the date",
              "Compare full datetimes: a booking next week at 17:00 cancelled at 18:00 today gets no refund.",
              symbol="cancel", conf=0.7),
            F("SHEET-OFFSET", "medium", "bug", "`/sheet` skips the first page",
              "Use `OFFSET (page - 1) * size` and reject `page < 1`.", symbol="sheet", conf=0.85),
            F("SHEET-SIZE-UNBOUNDED", "low", "performance", "`size` is not capped although `MAX_PAGE` exists",
              "`size = min(max(size, 1), MAX_PAGE)`.", symbol="sheet", conf=0.7),
            F("MACHINE-RACE", "medium", "bug", "Bowling-machine ball count updated without `_machine_lock`",
              "Do the check and both updates inside `with _machine_lock:`; two hires can both pass the check and drive the count negative.",
              symbol="hire_machine", conf=0.8),
            F("MACHINE-NEGATIVE-BALLS", "low", "bug", "Negative `balls` refills the bucket",
              "Reject `balls < 1`.", symbol="hire_machine", conf=0.7),
            F("BOARD-CACHE-RACE", "low", "bug", "Board cache is rebuilt from several threads at once",
              "Guard the check-and-fill with a lock so a miss is rebuilt once and readers never see a half-updated dict.",
              d=3, symbol="board", conf=0.55),
            F("BOARD-PHONE-LEAK", "medium", "security", "Public board includes members' phone numbers",
              "Drop `phone` from the board query; `/board` has no authentication.", symbol="board", conf=0.85),
            F("LP-FAILURE-IGNORED", "low", "bug", "Print failures are reported as success",
              "Use `check=True` or look at `returncode` before answering `queued: true`.", symbol="print_teamsheet", conf=0.6),
            F("CSV-FORMULA", "low", "security", "CSV export does not neutralise formulas in member names",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a `'`.", symbol="export_csv", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SORT-SQLI", "critical", "security", "ORDER BY built from ?sort=", "Whitelist sort columns.", d=-3),
            F("LP-SHELL-INJECTION", "high", "security", "Shell injection via printer in /teamsheet/print", "argv list, no shell.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "photo.filename used as path", "secure_filename().", d=-1),
            F("YAML-UNSAFE", "high", "security", "import_fixtures: yaml.Loader on untrusted body", "yaml.safe_load.", d=-2),
            F("CLUB-KEY-FAILS-OPEN", "high", "security", "member_key passes when CLUB_KEY empty", "Fail closed."),
            F("MEMBER-HEADER-SPOOF", "medium", "security", "g.member taken from X-Member", "Authenticate members individually."),
            F("CANCEL-ANY-BOOKING", "medium", "security", "cancel() has no ownership check", "Filter by member.", d=-2),
            F("DOUBLE-BOOK-RACE", "medium", "bug", "Clash check and INSERT not atomic", "UNIQUE(day, net, start).", d=-3),
            F("BAND-SELF-DECLARED", "medium", "security", "Client picks its own fee band", "Look the band up from the member record."),
            F("SHEET-OFFSET", "medium", "bug", "Paging off by one (page starts at 1)", "(page - 1) * size.", d=-3),
            F("MACHINE-RACE", "medium", "bug", "hire_machine: check/decrement outside _machine_lock", "Take the lock.", d=-2),
            F("SLOTS-DROP-LAST", "low", "bug", "slot_starts omits the final slot", "<= bound.", d=-3),
            F("BOARD-PHONE-LEAK", "medium", "security", "/board exposes phone numbers unauthenticated", "Remove phone column."),
            F("DEBUG-ON", "medium", "security", "debug=True on 0.0.0.0", "Disable debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `netsbook` application, a Flask service that manages net bookings for a cricket
        club. My review focused on security vulnerabilities, data integrity and concurrency issues.

        **Overall Assessment**

        The application has several critical vulnerabilities. User input flows unvalidated into SQL statements,
        shell commands, filesystem paths and a YAML deserializer. Authentication for members is weak and can be
        bypassed entirely depending on configuration.

        **Security Findings**
        """,
        Block([
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Slots Listing",
              "Validate the `sort` parameter against an allow-list of column names.", sd=-2, n=3,
              desc="The `sort` query parameter is interpolated directly into the ORDER BY clause of the query."),
            F("LP-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Team Sheet Printing",
              "Call `subprocess.run` with a list of arguments and `shell=False`.", sd=-2, n=3,
              desc="The `printer` value from the JSON body is concatenated into a shell command."),
            F("TEAMSHEET-TMP-PATH", "MEDIUM", "Insecure Temporary File", "Predictable Temporary File Path",
              "Use `tempfile.NamedTemporaryFile` instead of a fixed name in /tmp.",
              desc="A local user can create a symlink at the predictable path and make the server overwrite another file."),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Fixture Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("PHOTO-NET-UNCHECKED", "MEDIUM", "Path Traversal", "Net Name Not Validated in Photo Upload",
              "Check `net` against `NETS` as `get_photo` does."),
            F("CLUB-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When CLUB_KEY Is Unset",
              "Require `CLUB_KEY` to be configured.", sd=-1, n=2),
            F("CLUB-KEY-TIMING", "LOW", "Broken Authentication", "Timing Attack on Club Key Comparison",
              "Use `hmac.compare_digest`."),
            F("BOARD-PHONE-LEAK", "HIGH", "Information Disclosure", "Phone Numbers Exposed on Public Board",
              "Remove personal data from the public endpoint.", sd=-1, n=2),
            F("CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in CSV Export",
              "Escape cells that begin with formula characters."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production",
              "Set `debug=False` and bind to localhost behind a proxy."),
        ], wrap="list"),
        """
        **Logic and Concurrency Findings**
        """,
        Block([
            F("DOUBLE-BOOK-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking",
              "Add a unique index on (day, net, start).", d=2, sd=0, n=3,
              desc="Between the SELECT and the INSERT another request can book the same slot."),
            F("MACHINE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Update of Bowling Machine State",
              "Use `_machine_lock` in `hire_machine`.", d=1, sd=-1, n=3),
            F("BOARD-CACHE-RACE", "LOW", "Caching", "Board Cache Is Not Thread-Safe",
              "Protect the cache with a lock.", d=-2, sd=-3, n=2),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints."}),
            F("BATTERS-OVER-LIMIT", "MEDIUM", "Logic Error", "Batter Limit Check Is Off By One",
              "Use `>` against `MAX_BATTERS` itself.", sd=-2, n=3),
            F("BAND-SELF-DECLARED", "MEDIUM", "Business Logic", "Client-Controlled Pricing Band",
              "Derive the band server-side."),
            F("SLOTS-DROP-LAST", "LOW", "Logic Error", "Final Slot Missing From Generated Slots",
              "Adjust the loop condition.", sd=-2, n=3),
            F("SHEET-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size on Sheet Listing",
              "Cap `size` at `MAX_PAGE`."),
            F("LP-FAILURE-IGNORED", "LOW", "Error Handling", "Printing Errors Are Silently Ignored",
              "Check the return code of `lp`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SORT-SQLI", "error", "security", "sql injection via sort", "whitelist columns"),
            F("LP-SHELL-INJECTION", "error", "security", "shell injection in lp call", "use arg list"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in photo upload", "secure_filename"),
            F("YAML-UNSAFE", "error", "security", "unsafe yaml.load", "safe_load"),
            F("CLUB-KEY-FAILS-OPEN", "warning", "security", "auth skipped if CLUB_KEY unset", "fail closed"),
            F("BOARD-PHONE-LEAK", "warning", "security", "board leaks phone numbers", "drop phone"),
            F("DEBUG-ON", "warning", "security", "debug mode on", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CANCEL-ANY-BOOKING", "warning", "", "anyone can cancel any booking", "check owner", d=3),
            F("BATTERS-NONPOSITIVE", "warning", "bug", "batters can be 0 or negative", "validate range"),
            F("MACHINE-RACE", "warning", "bug", "double hire of machine possible", "lock", d=-2),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Security**: SQL injection (sort), shell injection (printer), path traversal in the photo upload,
           unsafe YAML, weak member authentication, personal data on the public board.
        2. **Correctness**: off-by-one errors in paging and the batter limit, refunds, machine ball counts.
        3. **Concurrency**: shared module-level state mutated without locks.
        4. **Performance**: unbounded page size, cache stampede on the board.
        """,
        Block([
            F("SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Use a fixed mapping of allowed sort columns.", conf=0.95),
            F("LP-SHELL-INJECTION", "blocker", "security", "OS command injection in team sheet printing",
              "Avoid shell=True.", conf=0.9),
            F("LP-COPIES-UNBOUNDED", "minor", "reliability", "Number of copies is not limited",
              "Clamp copies to a small maximum (e.g. 1-20).", conf=0.5),
            F("PHOTO-TRAVERSAL", "major", "security", "Unsanitised upload filename",
              "Sanitise the filename.", d=-1, conf=0.85),
            F("PHOTO-NET-UNCHECKED", "minor", "security", "Net name used in upload path without validation",
              "Validate net against NETS.", conf=0.6),
            F("YAML-UNSAFE", "blocker", "security", "Arbitrary object construction via yaml.Loader",
              "Use yaml.safe_load.", conf=0.9),
            F("CLUB-KEY-FAILS-OPEN", "major", "security", "Member authentication disabled by default",
              "Require the key.", conf=0.85),
            F("MEMBER-HEADER-SPOOF", "major", "security", "Member name is client-controlled",
              "Bind the member to an authenticated session.", conf=0.8),
            F("CANCEL-ANY-BOOKING", "major", "security", "Missing authorization on booking cancellation",
              "Check that the booking belongs to the caller.", conf=0.8),
            F("REFUND-IGNORES-DAY", "minor", "correctness", "Refund eligibility ignores booking date",
              "Compare date and time together.", conf=0.6),
            F("BAND-SELF-DECLARED", "major", "security", "Fee band is trusted from the request",
              "Determine the band from membership data.", anchor="if batters > MAX_BATTERS + 1:", conf=0.7),
            F("BATTERS-OVER-LIMIT", "minor", "correctness", "Off-by-one: batter limit allows one extra batter",
              "Remove the + 1.", d=1, conf=0.75),
            F("DOUBLE-BOOK-RACE", "major", "concurrency", "No unique constraint or transaction around booking",
              "Use a unique index and catch the integrity error.", conf=0.8),
            F("SHEET-OFFSET", "major", "correctness", "Off-by-one in sheet pagination offset",
              "Use (page - 1) * size.", conf=0.85),
            F("SHEET-SIZE-UNBOUNDED", "minor", "performance", "Page size has no upper bound",
              "Apply MAX_PAGE.", conf=0.7),
            F("MACHINE-RACE", "major", "concurrency", "Lock `_machine_lock` defined but not used when hiring",
              "Wrap the update in the lock.", conf=0.8),
            F("MACHINE-NEGATIVE-BALLS", "minor", "correctness", "Negative ball count not rejected",
              "Validate balls > 0.", conf=0.65),
            F("BOARD-CACHE-RACE", "minor", "performance", "Cache stampede: concurrent misses all query the database",
              "Rebuild the cache under a lock.", conf=0.55),
            F("BOARD-PHONE-LEAK", "major", "security", "Personal data (phone) exposed without authentication",
              "Remove phone from the board.", conf=0.85),
            F("DEBUG-ON", "major", "security", "Flask debug mode enabled",
              "Disable debug in production.", conf=0.9),
        ], wrap="object+summary", summary="20 issues: 3 blocker, 11 major, 6 minor"),
    ]),
}
