"""test54/py-towpath: canal lock passage bookings for a flight of four locks (Python, Flask + SQLite).

Frozen test split test54 (issue 15). Written 2026-12-04 by a helper session that had not seen the merger
code, any score, or any other split's answers or specs (only tune2__py_snapctl.py, for the format).
Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test54: seeded problems in a canal lock passage booking service; five agents' "
    "answers written by hand."
)

A = "towpath/app.py"
PROBLEMS = {
    "BOAT-TOKEN-FAILOPEN": P(A, "if BOATER_SECRET and sig != _sign(boat_id):", "security", "boater token check skipped entirely when TOWPATH_BOATER_SECRET is unset: any X-Boat-Token is accepted"),
    "BOAT-SIG-TIMING": P(A, "if BOATER_SECRET and sig != _sign(boat_id):", "security", "token signature compared with != instead of hmac.compare_digest (timing oracle)"),
    "LAST-SLOT-AT-CLOSE": P(A, "while t <= last:", "bug", "<= offers a slot starting at closing time (18:00), when the flight is already shut", "off-by-one"),
    "WATER-TALLY-RACE": P(A, '_water["litres"] = used +', "bug", "water tally read-modify-write without _water_lock: concurrent passages lose litres and counts", "critical-section"),
    "SLOTS-SQLI": P(A, "AND direction = '{direction}'", "security", "direction query value formatted into the SQL of /slots", "source-vs-sink"),
    "START-NOT-A-SLOT": P(A, 'day, start = body["day"], body["start"]', "bug", "booking start never checked against day_slots(day): any time, or outside opening hours, is accepted"),
    "LOCK-FROM-UNCHECKED": P(A, 'lock_from = body.get("lock_from", "top")', "bug", "lock_from not checked against LOCKS: bookings at a lock that does not exist dodge the clash check"),
    "BEAM-DEFAULT-ZERO": P(A, 'float(body.get("beam", 0)) > MAX_BEAM_M', "bug", "a missing beam defaults to 0, so a wide-beam boat that omits it is booked into the narrow flight"),
    "BOOK-DOUBLE": P(A, "if clash:", "bug", "clash SELECT then INSERT without a transaction or unique constraint: two boaters get the same slot", "critical-section"),
    "ETA-NONE-ROW": P(A, 'slot = datetime.fromisoformat(f"{row', "bug", "unknown passage id: row is None and the handler crashes with a 500"),
    "ETA-SECONDS": P(A, ".seconds // 60", "bug", "timedelta.seconds drops days and wraps a passed slot to almost 24 hours"),
    "CANCEL-NO-OWNER": P(A, 'db.execute("DELETE FROM passages WHERE id = ?", (pid,))', "security", "any boater can cancel any passage: no boat_id check on the delete", "signature-vs-statement"),
    "CANCEL-FULL-REFUND": P(A, "refund = DEPOSIT_PENCE", "bug", "full deposit refunded whatever the timing (after the slot, or when nothing was deleted)"),
    "KEEPER-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance", "page size from the query string is not capped"),
    "KEEPER-PAGE-SKIP": P(A, "offset = page * size", "bug", "pages are numbered from 1 but offset = page * size: the first page of the day is never shown", "off-by-one"),
    "CHAMBERS-UNCHECKED": P(A, "chambers = int(request.get_json", "bug", "chambers not bounded to 1..4: negative or huge counts corrupt the water tally"),
    "THROUGH-TWICE": P(A, "    record_water(chambers)", "bug", "water recorded before checking the passage exists or is not already through: repeats count twice"),
    "BOARD-PHONES-PUBLIC": P(A, "WHERE day = date('now')", "security", "unauthenticated public board returns boaters' phone numbers"),
    "BOARD-UTC-DAY": P(A, "WHERE day = date('now')", "bug", "date('now') is UTC while bookings use the local date: the board shows the wrong day around midnight"),
    "BOARD-CACHE-RACE": P(A, "_board_cache = [dict(r)", "bug", "board cache checked and refilled without a lock: concurrent requests all rebuild it (duplicate queries) and race on the globals", "critical-section"),
    "PERMIT-NO-AUTH": P(A, "def permit_file():", "security", "permit download has no boater or keeper check"),
    "PERMIT-TRAVERSAL": P(A, 'return send_file(path, mimetype="application/pdf")', "security", "file query value joined to PERMIT_DIR unchecked: any readable file is served", "source-vs-sink"),
    "TICKET-SHELL": P(A, 'subprocess.run(f"lp -d', "security", "printer and copies from the request formatted into a shell command", "signature-vs-statement"),
    "TICKET-EXIT-IGNORED": P(A, 'subprocess.run(f"lp -d', "bug", "lp exit status and hangs ignored: 202 even when nothing printed, no timeout"),
    "EXPORT-FORMULA": P(A, 'writer.writerow([r["day"]', "security", "extra, one agent: boat names starting with = + - @ are written into the CSV unescaped (formula injection)"),
}

CONFUSABLE = [
    ("BOAT-TOKEN-FAILOPEN", "BOAT-SIG-TIMING"),
    ("START-NOT-A-SLOT", "LOCK-FROM-UNCHECKED"),
    ("LOCK-FROM-UNCHECKED", "BEAM-DEFAULT-ZERO"),
    ("START-NOT-A-SLOT", "BEAM-DEFAULT-ZERO"),
    ("ETA-NONE-ROW", "ETA-SECONDS"),
    ("CANCEL-NO-OWNER", "CANCEL-FULL-REFUND"),
    ("KEEPER-SIZE-UNBOUNDED", "KEEPER-PAGE-SKIP"),
    ("CHAMBERS-UNCHECKED", "THROUGH-TWICE"),
    ("BOARD-PHONES-PUBLIC", "BOARD-UTC-DAY"),
    ("BOARD-UTC-DAY", "BOARD-CACHE-RACE"),
    ("PERMIT-NO-AUTH", "PERMIT-TRAVERSAL"),
    ("TICKET-SHELL", "TICKET-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `towpath`

        A single Flask module serving both the boaters' app and the lock-keepers' desk. The keeper side is
        guarded properly (`keeper_only` fails closed and uses `hmac.compare_digest`), the `/water` report copies
        the tally under `_water_lock`, and `/notices` escapes every field. The boater side is much weaker:

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/slots`, `/permits` | SQL injection and arbitrary file read from query parameters |
        | P0 | `boater` | token check fails open without a secret |
        | P1 | `book`, `cancel` | double booking, unvalidated requests, cancel anyone's passage |
        | P1 | shared state | water tally and board cache updated without a lock |
        | P2 | paging, ETA, tickets | first page skipped, negative waits, shell in `lp` |

        Findings follow, security first.
        """,
        Block([
            F("SLOTS-SQLI", "critical", "security", "SQL injection through `direction` in `/slots`",
              "Bind it like `day`: `... AND direction = ?` with `(day, direction)`, and reject values other than up/down.",
              symbol="free_slots", conf=0.95),
            F("PERMIT-TRAVERSAL", "critical", "security", "Path traversal in `/permits` serves any file the process can read",
              "Use `flask.send_from_directory(PERMIT_DIR, name)` or resolve the path and check it stays under `PERMIT_DIR`.",
              symbol="permit_file", conf=0.9),
            F("BOAT-TOKEN-FAILOPEN", "high", "security", "`boater` accepts any token when `TOWPATH_BOATER_SECRET` is unset",
              "Refuse to start (or answer 503) without the secret; never skip verification.",
              symbol="boater.wrapper", conf=0.85),
            F("BOAT-SIG-TIMING", "medium", "security", "Boat token signature compared with `!=`",
              "Compare with `hmac.compare_digest(sig, _sign(boat_id))`, as `keeper_only` already does.",
              symbol="boater.wrapper", conf=0.7),
            F("CANCEL-NO-OWNER", "high", "security", "Any boater can cancel any passage",
              "Add `AND boat_id = ?` with `g.boat_id` and return 404 when no row was deleted.",
              symbol="cancel", conf=0.9),
            F("TICKET-SHELL", "high", "security", "`print_ticket` runs `lp` through a shell with request values",
              "Validate `printer` against the configured printers, cast `copies` to a bounded int, and call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), path], check=True, timeout=30)`.",
              symbol="print_ticket", conf=0.85),
            F("BOARD-PHONES-PUBLIC", "medium", "security", "Public `/board` exposes boaters' phone numbers",
              "Drop `phone` from the board query; the board needs boat name, start and lock only.",
              symbol="board", conf=0.85),
        ]),
        "Correctness and concurrency:",
        Block([
            F("BOOK-DOUBLE", "high", "bug", "Double booking: clash check and insert are not atomic",
              "Add a UNIQUE index on (day, start, lock_from) and handle `sqlite3.IntegrityError` as 409, or wrap both in `BEGIN IMMEDIATE`.",
              d=-2, n=3, symbol="book", conf=0.85),
            F("START-NOT-A-SLOT", "medium", "bug", "Booking `start` is not validated against the day's slots",
              "Reject a start that is not in `day_slots(day)`; today a boat can book 03:17 or 23:00.",
              symbol="book", conf=0.8),
            F("BEAM-DEFAULT-ZERO", "medium", "bug", "Missing `beam` passes the size check as 0",
              "Require both `length` and `beam` and reject non-positive values.",
              symbol="book", conf=0.75),
            F("WATER-TALLY-RACE", "medium", "bug", "`record_water` updates the shared tally without `_water_lock`",
              "Take `_water_lock` around the read-modify-write; the lock is only used by the reader today.",
              sd=-1, n=3, symbol="record_water", conf=0.8),
            F("BOARD-CACHE-RACE", "low", "bug", "Board cache refreshed without synchronisation",
              "Guard the check-and-refill with a lock so concurrent requests do not all rebuild it.",
              symbol="board", conf=0.6),
            F("LAST-SLOT-AT-CLOSE", "medium", "bug", "`day_slots` offers a slot at closing time",
              "Use `while t < last` (or stop when `t + SLOT_MINUTES` passes closing) so 18:00 is not bookable.",
              symbol="day_slots", conf=0.8),
            F("KEEPER-PAGE-SKIP", "medium", "bug", "Keeper day list skips the first page",
              "`page` defaults to 1, so the offset must be `(page - 1) * size`.",
              symbol="keeper_day", conf=0.85),
            F("KEEPER-SIZE-UNBOUNDED", "low", "performance", "Unbounded `size` on the keeper list",
              "Clamp to e.g. 1..100.", symbol="keeper_day", conf=0.6),
            F("ETA-SECONDS", "medium", "bug", "ETA uses `timedelta.seconds`",
              "Use `int((slot - datetime.now()).total_seconds() // 60)`; `.seconds` is never negative and ignores days.",
              symbol="eta", conf=0.8),
            F("CANCEL-FULL-REFUND", "low", "bug", "Cancellation always refunds the full deposit",
              "Refund only when a row was deleted and the slot is still in the future (per the booking rules).",
              symbol="cancel", conf=0.6),
            F("THROUGH-TWICE", "low", "bug", "Marking a passage through twice counts its water twice",
              "Update with `WHERE id = ? AND status != 'through'` and record water only when a row changed.",
              symbol="mark_through", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SLOTS-SQLI", "critical", "security", "SQLi via direction in /slots", "Bind direction.", d=-2),
            F("PERMIT-TRAVERSAL", "high", "security", "GET /permits?file=../.. reads arbitrary files", "send_from_directory.", d=-2),
            F("BOAT-TOKEN-FAILOPEN", "high", "security", "boater() skips auth when secret unset", "Fail closed."),
            F("CANCEL-NO-OWNER", "high", "security", "cancel(): no ownership check", "Filter by boat_id.", d=-2),
            F("TICKET-SHELL", "high", "security", "print_ticket: shell=True with printer/copies from body", "argv list, validate.", d=-2),
            F("BOOK-DOUBLE", "medium", "bug", "book(): check-then-insert race, duplicate slots", "UNIQUE(day,start,lock_from).", d=2),
            F("LOCK-FROM-UNCHECKED", "low", "bug", "lock_from accepts any string", "Check in LOCKS."),
            F("WATER-TALLY-RACE", "medium", "bug", "record_water not thread-safe (threaded=True)", "with _water_lock.", d=-1),
            F("CHAMBERS-UNCHECKED", "low", "bug", "chambers unbounded/negative", "1..len(LOCKS)."),
            F("KEEPER-PAGE-SKIP", "medium", "bug", "keeper_day: page 1 returns rows 26-50", "(page-1)*size.", d=-2),
            F("LAST-SLOT-AT-CLOSE", "low", "bug", "day_slots includes CLOSE_HOUR itself", "t < last.", d=1),
            F("ETA-NONE-ROW", "low", "bug", "eta(): 500 on unknown id", "404 if row is None."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `towpath` application, a Flask service for booking passages through a flight
        of canal locks. It serves two audiences: boaters (token-authenticated) and lock-keepers (key-authenticated).

        **Security Analysis**

        The most serious issues are injection and file access problems reachable without any credentials, plus
        weaknesses in how boaters are authenticated.
        """,
        Block([
            F("SLOTS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Slots Endpoint",
              "Use a parameterized query for the direction filter.", sd=-2, n=3,
              desc="The `direction` query parameter is embedded into the SQL string with an f-string, so `?direction=x' OR '1'='1` changes the query."),
            F("PERMIT-NO-AUTH", "HIGH", "Broken Access Control", "Permit Files Served Without Authentication",
              "Require the `boater` or `keeper_only` decorator on `/permits`."),
            F("PERMIT-TRAVERSAL", "CRITICAL", "Path Traversal", "Path Traversal in Permit Download",
              "Use `send_from_directory` which rejects paths outside the directory.", d=-1, sd=-3, n=3),
            F("TICKET-SHELL", "HIGH", "Command Injection", "Command Injection in Ticket Printing",
              "Pass arguments as a list and avoid `shell=True`.", sd=-2, n=3,
              desc="The `printer` and `copies` values come from the JSON body of `/passages/<pid>/ticket`."),
            F("BOAT-SIG-TIMING", "MEDIUM", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("BOARD-PHONES-PUBLIC", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Board",
              "Remove personal data from the public board.", d=-1, sd=-1, n=1),
            F("CANCEL-NO-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Cancellation",
              "Check that the passage belongs to `g.boat_id`.", sd=-2, n=3),
            F("EXPORT-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Export",
              "Prefix cells beginning with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and Logic**

        The application runs with `threaded=True`, so module-level state is shared between request threads.
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes boater and keeper endpoints; consider blueprints."}),
            F("WATER-TALLY-RACE", "MEDIUM", "Race Condition", "Lost Updates in Water Usage Tally",
              "Acquire `_water_lock` in `record_water`.", d=1, sd=-1, n=3),
            F("BOOK-DOUBLE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of a Slot",
              "Enforce uniqueness in the database.", sd=-2, n=3),
            F("BOARD-CACHE-RACE", "LOW", "Performance", "Cache Stampede on the Public Board",
              "Use a lock so that only one request refreshes the cache.", d=-3, sd=-3, n=3,
              desc="When the cache expires, every concurrent request runs the query and overwrites the globals."),
            F("KEEPER-PAGE-SKIP", "MEDIUM", "Logic Error", "Pagination Skips the First Page",
              "Compute the offset as `(page - 1) * size`.", sd=-2, n=3),
            F("TICKET-EXIT-IGNORED", "LOW", "Error Handling", "Printing Failures Are Silently Ignored",
              "Check the return code and set a timeout.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SLOTS-SQLI", "error", "security", "sql injection in /slots (direction)", "use ? param"),
            F("PERMIT-TRAVERSAL", "error", "security", "path traversal in /permits", "send_from_directory", d=-1),
            F("BOAT-TOKEN-FAILOPEN", "error", "", "boater auth off when secret missing", "fail closed"),
            F("TICKET-SHELL", "warning", "security", "shell injection via printer name", "no shell=True"),
            F("BOOK-DOUBLE", "warning", "bug", "double booking race", "unique index", d=-2),
            F("LAST-SLOT-AT-CLOSE", "warning", "bug", "slot at closing time offered", "t < last"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. The boater-facing API has injection and authorization gaps (`/slots`, `/permits`, cancellation).
        2. Booking validation is incomplete and the slot check is racy.
        3. Shared in-memory state (water tally, board cache) is not synchronized.
        4. Several arithmetic and pagination errors.
        """,
        Block([
            F("SLOTS-SQLI", "blocker", "security", "SQL injection in slot search", "Use a bound parameter.", conf=0.95),
            F("BOAT-TOKEN-FAILOPEN", "blocker", "security", "Authentication bypass when the boater secret is not configured",
              "Fail closed when the secret is missing.", conf=0.85),
            F("CANCEL-NO-OWNER", "major", "security", "Missing authorization on passage cancellation",
              "Restrict the DELETE to the caller's boat.", conf=0.85),
            F("PERMIT-NO-AUTH", "major", "security", "Unauthenticated permit download endpoint",
              "Protect the endpoint.", conf=0.7),
            F("BOOK-DOUBLE", "major", "concurrency", "Non-atomic slot availability check (TOCTOU)",
              "Use a transaction or a unique constraint.", conf=0.8),
            F("START-NOT-A-SLOT", "minor", "correctness", "Start time not validated", "Check against day_slots().", conf=0.6),
            F("BEAM-DEFAULT-ZERO", "major", "correctness", "Beam check bypassed when beam is omitted",
              "Make beam required.", d=-1, snippet='lock_from = body.get("lock_from", "top")', conf=0.7),
            F("WATER-TALLY-RACE", "major", "concurrency", "Unsynchronized update of the water counters",
              "Hold _water_lock while updating.", d=1, conf=0.8),
            F("BOARD-CACHE-RACE", "minor", "performance", "Redundant cache refreshes under concurrent load",
              "Serialize refreshes.", d=1, conf=0.6),
            F("BOARD-UTC-DAY", "minor", "correctness", "Board uses UTC date instead of local date",
              "Pass the local date as a parameter.", conf=0.6),
            F("KEEPER-PAGE-SKIP", "major", "correctness", "Off-by-one in keeper pagination",
              "Use (page - 1) * size.", d=3, conf=0.8),
            F("ETA-SECONDS", "major", "correctness", "Negative waiting times reported as ~24h",
              "Use total_seconds().", conf=0.75),
            F("CANCEL-FULL-REFUND", "minor", "correctness", "Deposit refunded unconditionally", "Check timing and rowcount.", conf=0.5),
            F("THROUGH-TWICE", "minor", "correctness", "Water counted again when a passage is marked through twice",
              "Check status first.", conf=0.55),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 7 major, 5 minor"),
    ]),
}
