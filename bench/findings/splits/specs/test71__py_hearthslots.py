"""test71/py-hearthslots: a forge open-day slot sheet (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, any score, or any other
split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test71: seeded problems in a small forge open-day booking service; five agents' "
    "answers written by hand."
)

A = "hearth/app.py"
PROBLEMS = {
    "HELPER-FAILS-OPEN": P(A, 'if request.args.get("key") != HELPER_KEY:', "security", "HELPER_KEY unset is None and a request without ?key= gives None too: the helper views open to anyone", "signature-vs-statement"),
    "HELPER-KEY-IN-QUERY": P(A, 'if request.args.get("key") != HELPER_KEY:', "security", "helper key taken from the query string (logs, history, Referer) and compared with !="),
    "SLOTS-SKIP-FIRST": P(A, "for i in range(1, 12):", "bug", "range(1, 12) starts at 10:30: the 10:00 slot is never offered (11 slots instead of 12)", "off-by-one"),
    "SHEET-PHONE-LEAK": P(A, 'SHEET_SQL = "SELECT slot, station, visitor_name, phone, party', "security", "the public /sheet returns every visitor's phone number"),
    "SHEET-CACHE-RACE": P(A, "rows = get_db().execute(SHEET_SQL, (OPEN_DAY,)).fetchall()", "bug", "module cache checked and filled without a lock: concurrent rebuilds, body and timestamp written separately", "critical-section"),
    "FREE-ORDER-SQLI": P(A, 'f"SELECT slot, COUNT(*) AS n FROM bookings', "security", "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "FREE-COUNTS-BOOKINGS": P(A, 'f"SELECT slot, COUNT(*) AS n FROM bookings', "bug", "free slots count bookings (rows) instead of people (SUM(party)): a slot with one party of four shows free"),
    "FREE-FULL-GT": P(A, 'full = {r["slot"] for r in taken if r["n"] > MAX_AT_ANVIL}', "bug", "> instead of >=: a slot holding exactly MAX_AT_ANVIL is still listed free", "off-by-one"),
    "BOOK-AGE-CRASH": P(A, 'age = int(data.get("age", 0))', "bug", "int() of an unchecked age: a non-numeric age raises and answers 500"),
    "BOOK-PARTY-NEGATIVE": P(A, 'party = int(data.get("party", 1))', "bug", "party not checked >= 1: zero or negative parties pass the capacity check and lower the slot's total"),
    "BOOK-SLOT-UNCHECKED": P(A, 'slot = data.get("slot")', "bug", "slot not checked against day_slots(): any string or null is booked"),
    "BOOK-DAY-UNCHECKED": P(A, 'day = data.get("day", OPEN_DAY)', "bug", "client-chosen day accepted: bookings on days that are not the open day"),
    "BOOK-CAPACITY-RACE": P(A, "if booked + party > MAX_AT_ANVIL:", "bug", "capacity read and insert are not atomic: concurrent bookings overfill a slot", "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))', "security", "DELETE /bookings/<id> has no authentication or owner check: anyone cancels anyone's booking", "signature-vs-statement"),
    "BOOKING-IDOR": P(A, 'row = get_db().execute("SELECT * FROM bookings WHERE id = ?", (booking_id,)).fetchone()', "security", "GET /bookings/<id> returns any booking (phone, guardian) to anyone; ids are sequential"),
    "BOOKING-MISSING-500": P(A, "return jsonify(dict(row))", "bug", "unknown booking id: dict(None) raises TypeError, 500 instead of 404"),
    "SMITH-PAGE-SKIP": P(A, "rows = get_db().execute(sql, (OPEN_DAY, size, page * size)).fetchall()", "bug", "page starts at 1 but OFFSET is page*size: the first page of bookings is never shown", "off-by-one"),
    "SMITH-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "page size not capped: one request loads the whole table"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(target)", "security", "client filename joined to PHOTO_DIR: ../ in the filename writes outside the photo directory", "source-vs-sink"),
    "PHOTO-TYPE-UNCHECKED": P(A, 'target = os.path.join(PHOTO_DIR, f"{booking_id}-{photo.filename}")', "security", "any file type and extension stored and later served from the same origin (HTML/SVG: stored XSS); no owner check"),
    "CERT-PIECE-SHELL": P(A, "cmd = f\"certprint --name '{row['visitor_name']}' --piece '{piece}'", "security", "piece query value formatted into a shell=True command", "source-vs-sink"),
    "CERT-NAME-SHELL": P(A, "cmd = f\"certprint --name '{row['visitor_name']}' --piece '{piece}'", "security", "visitor's self-chosen name (stored at booking) formatted into the same shell command: stored injection"),
    "VISIT-COUNT-RACE": P(A, "_visits[station] = seen + 1", "bug", "read under the lock, write outside it: concurrent visits lose counts", "critical-section"),
    "YAML-UNSAFE": P(A, "plan = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.Loader constructs arbitrary Python objects from the request body", "signature-vs-statement"),
}

CONFUSABLE = [
    ("HELPER-FAILS-OPEN", "HELPER-KEY-IN-QUERY"),
    ("FREE-ORDER-SQLI", "FREE-COUNTS-BOOKINGS"),
    ("FREE-COUNTS-BOOKINGS", "FREE-FULL-GT"),
    ("BOOK-AGE-CRASH", "BOOK-PARTY-NEGATIVE"),
    ("BOOK-PARTY-NEGATIVE", "BOOK-SLOT-UNCHECKED"),
    ("BOOK-SLOT-UNCHECKED", "BOOK-DAY-UNCHECKED"),
    ("BOOKING-IDOR", "BOOKING-MISSING-500"),
    ("SMITH-PAGE-SKIP", "SMITH-SIZE-UNBOUNDED"),
    ("PHOTO-TRAVERSAL", "PHOTO-TYPE-UNCHECKED"),
    ("CERT-PIECE-SHELL", "CERT-NAME-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `hearth/app.py` is a single Flask module for the forge open day: the public slot sheet, free-slot
        listing, bookings, photo uploads, certificates printed via `certprint`, a visit counter and a YAML demo
        import. Several endpoints are reachable without any credential, and two shell/SQL sinks take request
        values directly.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/slots/free` | `order` interpolated into SQL |
        | P0 | `/certificate` | piece and visitor name in a `shell=True` command |
        | P0 | `/smith/demos/import` | `yaml.Loader` on the request body |
        | P1 | `helper_only` | fails open when `HELPER_KEY` is unset |
        | P1 | `/bookings/<id>` | read and delete without any ownership check |
        | P1 | booking | capacity check races; `party` unvalidated |
        | P2 | paging, slots, counters | off-by-one and lost updates |

        What is fine: `smith_only` fails closed and uses `hmac.compare_digest`; every query except
        `/slots/free` binds its parameters; `/photos/<name>` goes through `send_from_directory`; `/visits`
        copies the dict under `_visits_lock`; the demo list escapes all three fields; `close_db` runs on teardown.
        """,
        Block([
            F("FREE-ORDER-SQLI", "critical", "security", "SQL injection through the `order` parameter of `/slots/free`",
              "Map `order` to a fixed whitelist of column names (`{'slot': 'slot', 'n': 'n'}`) instead of formatting it into the query.",
              symbol="free_slots", conf=0.95),
            F("CERT-PIECE-SHELL", "critical", "security", "Shell injection via the `piece` query parameter in `certificate`",
              "Call `subprocess.run([\"certprint\", \"--name\", name, \"--piece\", piece, ...])` without `shell=True`.",
              symbol="certificate", conf=0.9),
            F("CERT-NAME-SHELL", "high", "security", "Visitor name from the booking is also interpolated into the same shell command",
              "The name is chosen by the visitor at booking time, so a name containing `'` breaks out of the quotes when the smith prints the certificate; the argv form above fixes both.",
              symbol="certificate", conf=0.8),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load(raw)`; `yaml.Loader` can construct arbitrary Python objects.",
              symbol="import_demos", conf=0.9),
            F("HELPER-FAILS-OPEN", "high", "security", "`helper_only` lets everyone in when `HELPER_KEY` is not set",
              "`os.environ.get(\"HELPER_KEY\")` is `None` and so is `request.args.get(\"key\")` without the parameter. Fail closed like `smith_only`.",
              symbol="helper_only.wrapper", conf=0.9),
            F("HELPER-KEY-IN-QUERY", "medium", "security", "Helper key passed in the query string and compared with `!=`",
              "Read it from a header and compare with `hmac.compare_digest`; query strings end up in access logs and browser history.",
              symbol="helper_only.wrapper", conf=0.7),
            F("CANCEL-NO-OWNER", "high", "security", "Any client can cancel any booking",
              "Require a per-booking token (returned on creation) or the helper/smith key before deleting.",
              symbol="cancel", conf=0.85),
            F("BOOKING-IDOR", "medium", "security", "`GET /bookings/<id>` exposes any visitor's phone and guardian",
              "Ids are sequential; require the booking token or a staff key.", symbol="booking", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Uploaded photo saved under the client-supplied filename",
              "Use `werkzeug.utils.secure_filename` or generate the name; `../` in `photo.filename` escapes `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.85),
            F("PHOTO-TYPE-UNCHECKED", "medium", "security", "Upload accepts any file type and keeps its extension",
              "Accept only JPEG/PNG (check the content, not just the extension) and store with a fixed extension; an `.html` upload is served back by `/photos/<name>`.",
              symbol="upload_photo", conf=0.7),
            F("SHEET-PHONE-LEAK", "medium", "security", "Public `/sheet` includes visitors' phone numbers",
              "Drop `phone` from `SHEET_SQL`; the sheet is unauthenticated.", symbol="SHEET_SQL", conf=0.85),
        ]),
        "Correctness and concurrency:",
        Block([
            F("BOOK-CAPACITY-RACE", "high", "bug", "Slot capacity check and insert are not atomic",
              "Two requests can both read `booked == 2` and insert a party of two each. Wrap the check and insert in `BEGIN IMMEDIATE` or enforce capacity in SQL.",
              d=-1, n=3, symbol="book", conf=0.8),
            F("BOOK-PARTY-NEGATIVE", "medium", "bug", "`party` is not validated",
              "Reject `party < 1` (and an upper bound); a negative party passes `booked + party > MAX_AT_ANVIL` and lowers the slot's sum.",
              symbol="book", conf=0.8),
            F("BOOK-SLOT-UNCHECKED", "medium", "bug", "Booked slot is not checked against the day's slots",
              "Reject `slot not in day_slots()`; `None` or `\"25:00\"` is stored today.", symbol="book", conf=0.7),
            F("FREE-COUNTS-BOOKINGS", "medium", "bug", "Free-slot listing counts bookings rather than people",
              "Use `SUM(party)` as `book` does; one party of four leaves the slot listed as free.",
              symbol="free_slots", conf=0.75),
            F("FREE-FULL-GT", "medium", "bug", "A slot at exactly `MAX_AT_ANVIL` is still shown as free",
              "Use `>=`.", symbol="free_slots", conf=0.8),
            F("SLOTS-SKIP-FIRST", "medium", "bug", "`day_slots` never returns the 10:00 slot",
              "`range(1, 12)` yields 10:30..15:30; use `range(12)` as the docstring says.",
              symbol="day_slots", conf=0.85),
            F("SMITH-PAGE-SKIP", "low", "bug", "`/smith/day` skips the first page",
              "Pages start at 1, so the offset should be `(page - 1) * size`.", symbol="smith_day", conf=0.8),
            F("SMITH-SIZE-UNBOUNDED", "low", "performance", "`size` has no upper bound",
              "Clamp to e.g. 100.", symbol="smith_day", conf=0.6),
            F("SHEET-CACHE-RACE", "low", "bug", "`_sheet_cache` is checked and refilled without a lock",
              "Concurrent misses all query and write `body` and `at` separately; guard the refill with a lock.",
              d=-1, symbol="sheet", conf=0.6),
            F("VISIT-COUNT-RACE", "medium", "bug", "Visit counter is incremented outside `_visits_lock`",
              "Move the write into the `with` block; as written two requests read the same `seen` and one visit is lost.",
              symbol="record_visit", conf=0.85),
            F("BOOKING-MISSING-500", "low", "bug", "Unknown booking id raises instead of returning 404",
              "`dict(None)` raises `TypeError`; `abort(404)` when `row is None`.", symbol="booking", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("FREE-ORDER-SQLI", "critical", "security", "SQLi: order param into ORDER BY", "whitelist columns", d=-2),
            F("CERT-PIECE-SHELL", "critical", "security", "shell=True with request-controlled piece", "argv list, no shell", d=-1),
            F("YAML-UNSAFE", "high", "security", "yaml.Loader on untrusted body", "yaml.safe_load", d=-2),
            F("HELPER-FAILS-OPEN", "high", "security", "helper_only passes when HELPER_KEY unset (None == None)", "fail closed if unset", d=-3),
            F("CANCEL-NO-OWNER", "high", "security", "Unauthenticated booking cancel", "require booking token", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal via upload filename", "secure_filename", d=-2),
            F("BOOK-CAPACITY-RACE", "medium", "bug", "Capacity check/insert not in one transaction; overbooking", "BEGIN IMMEDIATE", d=+2),
            F("BOOK-AGE-CRASH", "low", "bug", "int(age) unguarded -> 500", "validate, 400"),
            F("BOOK-PARTY-NEGATIVE", "medium", "bug", "party may be <= 0", "require 1..MAX_AT_ANVIL"),
            F("FREE-FULL-GT", "medium", "bug", "Full slot check off by one (> vs >=)", ">="),
            F("SLOTS-SKIP-FIRST", "medium", "bug", "First slot (10:00) missing from day_slots", "range(12)", d=+1),
            F("SMITH-PAGE-SKIP", "low", "bug", "OFFSET page*size skips page 1", "(page-1)*size"),
            F("SHEET-CACHE-RACE", "low", "bug", "Unlocked sheet cache refill", "lock", d=+1),
            F("VISIT-COUNT-RACE", "medium", "bug", "Lost updates in record_visit", "increment under lock", d=-1),
            F("BOOKING-MISSING-500", "low", "bug", "booking(): None row -> TypeError", "404"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Hearth forge open-day application. It is a single Flask module that manages the
        slot sheet for have-a-go sessions, visitor bookings, photo uploads and certificate printing.

        **Security Analysis**

        The most serious problems are injection flaws: a request parameter reaches an SQL `ORDER BY`, request and
        stored values reach a shell, and a YAML document is loaded with the full loader. Several endpoints also
        lack any authentication.
        """,
        Block([
            F("FREE-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Slots Ordering",
              "Validate the `order` parameter against an allow-list of columns.", sd=-2, n=3,
              desc="The `order` query parameter is embedded in an f-string that builds the SQL statement."),
            F("CERT-PIECE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Certificate Printing",
              "Pass arguments as a list and remove `shell=True`.", d=+1, sd=-1, n=3,
              desc="The `piece` parameter is inserted into a shell command line executed with `shell=True`."),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("HELPER-FAILS-OPEN", "HIGH", "Broken Authentication", "Helper Authentication Bypass When Key Is Unset",
              "Refuse all requests when `HELPER_KEY` is not configured.", sd=-2, n=3,
              desc="If the `HELPER_KEY` environment variable is missing, a request without a `key` parameter compares `None != None` and is allowed."),
            F("HELPER-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Helper Key Transmitted in URL",
              "Send the key in a request header instead of the query string.", sd=-2, n=3),
            F("CANCEL-NO-OWNER", "HIGH", "Broken Access Control", "Unauthenticated Booking Cancellation",
              "Verify that the caller owns the booking.", sd=-2, n=3),
            F("BOOKING-IDOR", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Require authorization to read a booking."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=-1, sd=-3, n=3),
            F("PHOTO-TYPE-UNCHECKED", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type in Photo Upload",
              "Restrict uploads to image types.", sd=-2, n=3),
            F("SHEET-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Sheet",
              "Remove the phone column from the public query."),
            F("SMITH-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size",
              "Enforce a maximum page size.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Logic and Concurrency**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Module-level mutable globals make the application hard to test."}),
            F("BOOK-CAPACITY-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Perform the capacity check and insert in one transaction.", sd=-2, n=3,
              desc="Two concurrent requests can both pass the capacity check before either inserts."),
            F("BOOK-PARTY-NEGATIVE", "MEDIUM", "Input Validation", "Negative Party Size Accepted",
              "Validate that `party` is a positive integer."),
            F("BOOK-DAY-UNCHECKED", "LOW", "Logic Error", "Bookings Accepted for Any Day",
              "Only accept the configured open day.", desc="The client can send any `day`, creating bookings that never appear on the sheet."),
            F("FREE-FULL-GT", "MEDIUM", "Logic Error", "Full Slots Reported as Available",
              "Compare with `>=`.", sd=-2, n=3),
            F("SLOTS-SKIP-FIRST", "LOW", "Logic Error", "First Slot of the Day Omitted",
              "Start the range at 0.", sd=-2, n=3),
            F("SMITH-PAGE-SKIP", "LOW", "Logic Error", "Pagination Skips First Page",
              "Use `(page - 1) * size` as the offset.", sd=-2, n=3),
            F("SHEET-CACHE-RACE", "MEDIUM", "Race Condition", "Non-Thread-Safe Sheet Cache",
              "Protect the cache with a lock.", sd=-2, n=3,
              desc="Multiple threads can rebuild the cache simultaneously, causing duplicate database queries."),
            F("VISIT-COUNT-RACE", "MEDIUM", "Race Condition", "Visit Counter Updated Outside Lock",
              "Perform the increment inside the `with _visits_lock` block.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("FREE-ORDER-SQLI", "high", "security", "sql injection via order", "whitelist"),
            F("CERT-PIECE-SHELL", "high", "security", "shell injection in certificate", "no shell=True", d=+1),
            F("YAML-UNSAFE", "high", "security", "unsafe yaml load", "safe_load"),
            F("PHOTO-TRAVERSAL", "high", "security", "upload filename not sanitized", "secure_filename", d=-1),
            F("CANCEL-NO-OWNER", "medium", "security", "anyone can delete bookings", "auth"),
            F("HELPER-KEY-IN-QUERY", "low", "security", "helper key in url", "use header"),
            F("SHEET-PHONE-LEAK", "medium", "security", "phone numbers public on /sheet", "drop column"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOK-CAPACITY-RACE", "medium", "", "overbooking race", "transaction", d=-1),
            F("BOOK-AGE-CRASH", "low", "bug", "bad age -> 500", "validate"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the free-slot listing (`order`).
        2. Command injection in certificate printing, from the query and from the stored visitor name.
        3. Unsafe YAML loading in the demo import.
        4. Missing authentication/authorization on booking read, cancel and photo upload.
        5. Race conditions on the booking capacity, the sheet cache and the visit counter.
        6. Several validation and off-by-one errors in booking and paging.
        """,
        Block([
            F("FREE-ORDER-SQLI", "blocker", "security", "SQL injection through ORDER BY clause",
              "Use an allow-list for sortable columns.", conf=0.9),
            F("FREE-COUNTS-BOOKINGS", "major", "correctness", "Free slot calculation counts rows instead of party sizes",
              "Aggregate SUM(party) as the booking path does.", conf=0.7),
            F("CERT-PIECE-SHELL", "blocker", "security", "OS command injection via the piece parameter",
              "Avoid shell=True; pass an argument list.", conf=0.9),
            F("CERT-NAME-SHELL", "major", "security", "Stored visitor name used unescaped in a shell command",
              "Quote with shlex.quote or use an argument list.", conf=0.75),
            F("YAML-UNSAFE", "blocker", "security", "Arbitrary object construction via yaml.Loader",
              "Use yaml.safe_load.", conf=0.9),
            F("HELPER-FAILS-OPEN", "major", "security", "Helper check bypassed when HELPER_KEY is not configured",
              "Deny access if HELPER_KEY is empty or None.", conf=0.8),
            F("CANCEL-NO-OWNER", "major", "security", "Booking deletion without authorization",
              "Check the caller's booking token.", conf=0.8),
            F("BOOKING-IDOR", "major", "security", "Booking details readable by any client",
              "Require a token.", conf=0.75),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo upload",
              "Sanitize the filename.", conf=0.8),
            F("SHEET-PHONE-LEAK", "major", "privacy", "Public sheet leaks phone numbers",
              "Exclude personal data from the public endpoint.", conf=0.8),
            F("BOOK-CAPACITY-RACE", "major", "concurrency", "Check-then-insert race on slot capacity",
              "Use a transaction or a constraint.", conf=0.75),
            F("BOOK-PARTY-NEGATIVE", "major", "correctness", "Party size not validated",
              "Require 1 <= party <= MAX_AT_ANVIL.", conf=0.7),
            F("BOOK-SLOT-UNCHECKED", "minor", "correctness", "Slot value not validated against available slots",
              "Check membership in day_slots().", d=-1, conf=0.6),
            F("SHEET-CACHE-RACE", "minor", "performance", "Cache stampede on the public sheet",
              "Serialize the refill so only one request queries.", d=+2, conf=0.6),
            F("VISIT-COUNT-RACE", "major", "concurrency", "Visit counter read and written in different critical sections",
              "Do the read-modify-write entirely under the lock.", d=-2, n=2, conf=0.8),
            F("SLOTS-SKIP-FIRST", "minor", "correctness", "Off-by-one: 10:00 slot missing",
              "Loop from 0.", d=+1, conf=0.7),
            F("FREE-FULL-GT", "minor", "correctness", "Slots at capacity listed as free",
              "Use >= in the comparison.", d=+1, snippet=None, conf=0.7),
            F("SMITH-PAGE-SKIP", "minor", "correctness", "Pagination offset skips the first page",
              "Subtract one from page.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 10 major, 5 minor"),
    ]),
}
