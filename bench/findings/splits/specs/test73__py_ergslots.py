"""test73/py-ergslots: a rowing club's ergometer booking board (Python). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test73: seeded problems in a small Flask ergometer booking board for a rowing club; "
    "five agents' answers written by hand."
)

A = "ergboard/app.py"
PROBLEMS = {
    "MEMBER-HEADER-SPOOF": P(A, 'member_id = request.headers.get("X-Member-Id")', "security",
                             "member identity taken from a client-set header: anyone can act as any member"),
    "CAPTAIN-FAIL-OPEN": P(A, "if given != CAPTAIN_KEY:", "security",
                           "CAPTAIN_KEY defaults to empty: with it unset an empty header passes the captain check"),
    "CAPTAIN-TIMING": P(A, "if given != CAPTAIN_KEY:", "security",
                        "captain key compared with != (not constant time), unlike coach_only"),
    "SLOTS-FIRST-SKIPPED": P(A, "for i in range(1, SLOTS_PER_DAY):", "bug",
                             "range starts at 1: the 06:00 slot is never offered or bookable", "off-by-one"),
    "ERG-BOUND": P(A, "if erg < 1 or erg > ERG_COUNT + 1:", "bug",
                   "erg number ERG_COUNT + 1 (erg 9 of 8) is accepted", "off-by-one"),
    "DAILY-LIMIT": P(A, "if mine > MAX_SLOTS_PER_DAY:", "bug",
                     "daily limit compared with > instead of >=: a member gets three slots, not two", "off-by-one"),
    "BOOK-RACE": P(A, "if clash:", "bug",
                   "clash check then insert without a transaction or unique constraint: two members book the same erg",
                   "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))', "security",
                         "any member can cancel any booking: the booking's member_id is never checked",
                         "signature-vs-statement"),
    "SEARCH-SQLI-NAME": P(A, "WHERE m.name LIKE '%{name}%' ORDER BY {order}", "security",
                          "name query value formatted into the search SQL (injection)", "source-vs-sink"),
    "SEARCH-SQLI-ORDER": P(A, "WHERE m.name LIKE '%{name}%' ORDER BY {order}", "security",
                           "order query value formatted into ORDER BY (injection)", "source-vs-sink"),
    "RESULT-NEGATIVE": P(A, 'metres = int(data["metres"])', "bug",
                         "metres (and seconds) not validated: negative pieces lower club totals and splits"),
    "RESULT-ZERO-DIV": P(A, "split = seconds / (metres / 500)", "bug",
                         "metres of 0 raises ZeroDivisionError (500)"),
    "METRES-RACE": P(A, "_club_metres[g.member_id] = total + metres", "bug",
                     "club metre totals read-modify-written without _metres_lock: lost updates", "critical-section"),
    "LEADER-SIZE": P(A, 'size = int(request.args.get("size", 10))', "performance",
                     "page size unbounded (and may be negative)"),
    "LEADER-OFFSET": P(A, "first = page * size", "bug",
                       "pages start at 1 but the offset is page * size: page 1 skips the top ten", "off-by-one"),
    "BOARD-PHONE-LEAK": P(A, '"SELECT m.name, m.phone, b.start, b.erg, b.note FROM bookings b "', "security",
                          "the public, unauthenticated board returns members' phone numbers and notes"),
    "BOARD-CACHE-RACE": P(A, "board = [dict(r) for r in get_db().execute(BOARD_SQL, (day,))]", "bug",
                          "board cache read under the lock but filled without it: concurrent misses all query and race the write",
                          "critical-section"),
    "BOARD-CACHE-UNBOUNDED": P(A, "_board_cache[day] = (time.time(), board)", "performance",
                               "any day string becomes a cache entry that is never evicted: memory grows without bound"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(path)", "security",
                         "file query value joined to PHOTO_DIR: ../ reads any file", "source-vs-sink"),
    "UPLOAD-FILENAME": P(A, "photo.save(os.path.join(PHOTO_DIR, photo.filename))", "security",
                         "client filename used as the save path: traversal and overwriting other members' photos"),
    "UPLOAD-NO-TYPE": P(A, "photo.save(os.path.join(PHOTO_DIR, photo.filename))", "security",
                        "no check of type or extension: any file (html, svg) stored and served back"),
    "PRINT-SHELL": P(A, "subprocess.run(cmd, shell=True, check=False)", "security",
                     "printer query value and day formatted into an lp command run through the shell", "source-vs-sink"),
    "PRINT-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug",
                            "lp failure ignored (check=False): 202 even when nothing prints"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.Loader on the request body constructs arbitrary Python objects", "signature-vs-statement"),
}

CONFUSABLE = [
    ("CAPTAIN-FAIL-OPEN", "CAPTAIN-TIMING"),
    ("ERG-BOUND", "DAILY-LIMIT"),
    ("DAILY-LIMIT", "BOOK-RACE"),
    ("SEARCH-SQLI-NAME", "SEARCH-SQLI-ORDER"),
    ("RESULT-NEGATIVE", "RESULT-ZERO-DIV"),
    ("RESULT-ZERO-DIV", "METRES-RACE"),
    ("LEADER-SIZE", "LEADER-OFFSET"),
    ("BOARD-CACHE-RACE", "BOARD-CACHE-UNBOUNDED"),
    ("UPLOAD-FILENAME", "UPLOAD-NO-TYPE"),
    ("PRINT-SHELL", "PRINT-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `ergboard/app.py`

        The board is one Flask module. The captain-only and public endpoints carry most of the risk; the booking
        path has a handful of counting mistakes that will show up on the first busy morning.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | SQL / shell / YAML | `/bookings/search`, `/sheets/<day>/print`, `/members/import` |
        | P0 | Auth | captain key fails open, member id is a bare header |
        | P1 | Files | photo download and upload paths |
        | P1 | Booking rules | erg range, daily limit, clash check race, cancel ownership |
        | P2 | Stats / board | metre totals, leaderboard paging, board cache, the 06:00 slot |

        Done right: `coach_only` fails closed and uses `hmac.compare_digest`; the leaderboard copies the totals
        under `_metres_lock`; `book` validates `start` against the day's slots and trims the note; `copies` is
        clamped; every other query binds its parameters.
        """,
        Block([
            F("SEARCH-SQLI-NAME", "critical", "security", "SQL injection through `name` in `/bookings/search`",
              "Bind the pattern: `WHERE m.name LIKE ?` with `f\"%{name}%\"` as a parameter.",
              symbol="search_bookings", conf=0.95),
            F("SEARCH-SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unchecked",
              "Map `order` through an allow-list (`{\"day\": \"b.day\", \"name\": \"m.name\"}`); placeholders cannot bind identifiers.",
              d=-1, symbol="search_bookings", conf=0.9),
            F("PRINT-SHELL", "critical", "security", "Shell command built from the `printer` parameter and the `day` path segment",
              "Call `subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), path])` without `shell=True`, and validate `day` as a date.",
              symbol="print_sheet", conf=0.9),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the uploaded squad list",
              "Use `yaml.safe_load`.", symbol="import_members", conf=0.95),
            F("CAPTAIN-FAIL-OPEN", "high", "security", "Captain check passes for everyone when `CAPTAIN_KEY` is unset",
              "Fail closed like `coach_only`: reject when the key is empty and compare with `hmac.compare_digest`.",
              symbol="captain_only.wrapper", conf=0.9),
            F("MEMBER-HEADER-SPOOF", "high", "security", "`X-Member-Id` header is trusted as the member's identity",
              "Authenticate members (session or signed token) and derive the id server-side.",
              symbol="member_required.wrapper", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in the member photo download",
              "Ignore the `file` parameter or resolve the path and require it to stay inside `PHOTO_DIR`.",
              symbol="member_photo", conf=0.9),
            F("UPLOAD-FILENAME", "high", "security", "Uploaded photo saved under the client-supplied filename",
              "Save as `f\"{g.member_id}.jpg\"` (or `secure_filename`) instead of `photo.filename`.",
              symbol="upload_photo", conf=0.85),
            F("BOARD-PHONE-LEAK", "medium", "security", "Public board exposes members' phone numbers",
              "Drop `m.phone` (and the free-text note) from `BOARD_SQL`; `/board/<day>` has no authentication.",
              symbol="BOARD_SQL", conf=0.8),
        ]),
        "Booking rules and the counters:",
        Block([
            F("CANCEL-NO-OWNER", "high", "security", "Any member can cancel any booking",
              "Add `AND member_id = ?` with `g.member_id` and return 404 when no row was deleted.",
              symbol="cancel", conf=0.9),
            F("ERG-BOUND", "medium", "bug", "Erg range check admits erg `ERG_COUNT + 1`",
              "Use `if not 1 <= erg <= ERG_COUNT`.", symbol="book", conf=0.85),
            F("DAILY-LIMIT", "medium", "bug", "Daily limit allows one booking too many",
              "`mine` counts existing bookings, so the check must be `mine >= MAX_SLOTS_PER_DAY`.",
              symbol="book", conf=0.85),
            F("BOOK-RACE", "high", "bug", "Double booking: the clash check and the insert are not atomic",
              "Add `UNIQUE(day, start, erg)` and handle `IntegrityError`, or run check and insert in `BEGIN IMMEDIATE`.",
              symbol="book", conf=0.8),
            F("SLOTS-FIRST-SKIPPED", "medium", "bug", "The 06:00 slot is never generated",
              "`range(SLOTS_PER_DAY)`: the loop starts at 1, so the first slot is 06:30.",
              symbol="day_slots", conf=0.85),
            F("RESULT-ZERO-DIV", "medium", "bug", "`/results` crashes on a zero-metre piece",
              "Reject `metres <= 0` (and `seconds <= 0`) with 400 before computing the split.",
              symbol="log_result", conf=0.85),
            F("METRES-RACE", "medium", "bug", "`_club_metres` updated without `_metres_lock`",
              "Wrap the read and the write in `with _metres_lock:`; the leaderboard already takes it.",
              symbol="log_result", conf=0.8),
            F("LEADER-OFFSET", "medium", "bug", "Leaderboard page 1 starts at the eleventh member",
              "`first = (page - 1) * size`.", symbol="leaderboard", conf=0.85),
            F("BOARD-CACHE-RACE", "low", "performance", "Board cache filled outside `_board_lock`",
              "Hold the lock for the miss (or per-day locks) so concurrent requests do not all run `BOARD_SQL` and race the write.",
              symbol="public_board", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-SQLI-NAME", "critical", "security", "SQLi via ?name= in /bookings/search", "Bind LIKE param.", d=-2),
            F("PRINT-SHELL", "critical", "security", "Shell injection via ?printer= in print_sheet", "argv list, no shell.", d=-3),
            F("YAML-UNSAFE", "critical", "security", "import_members: yaml.Loader on request body", "yaml.safe_load.", d=-2),
            F("CAPTAIN-FAIL-OPEN", "high", "security", "captain_only accepts empty key when CAPTAIN_KEY unset", "Fail closed."),
            F("CANCEL-NO-OWNER", "high", "security", "cancel() deletes bookings of other members", "Filter by member_id.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "basename + containment check.", d=-2),
            F("BOOK-RACE", "medium", "bug", "Check-then-insert race on erg slot", "UNIQUE(day,start,erg).", d=+2),
            F("ERG-BOUND", "medium", "bug", "Erg upper bound off by one", "erg > ERG_COUNT.", d=-2),
            F("METRES-RACE", "medium", "bug", "Unlocked _club_metres update", "with _metres_lock.", d=-1),
            F("RESULT-NEGATIVE", "low", "bug", "Negative metres accepted in /results", "Validate > 0."),
            F("LEADER-OFFSET", "low", "bug", "Leaderboard skips first page", "(page - 1) * size.", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `ergboard` application, a Flask service that manages ergometer bookings for a
        rowing club, records training pieces and publishes a daily board.

        **Security**

        The most serious issues are injection flaws in the coach and captain endpoints and unsafe file handling
        around member photos.
        """,
        Block([
            F("SEARCH-SQLI-NAME", "CRITICAL", "SQL Injection", "SQL Injection in Booking Search (name)",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `name` argument is inserted into the LIKE clause of an f-string query."),
            F("SEARCH-SQLI-ORDER", "HIGH", "SQL Injection", "SQL Injection in ORDER BY Clause",
              "Validate the sort column against a fixed list.", sd=-2, n=3),
            F("PRINT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Sheet Printing",
              "Pass an argument list to subprocess and drop shell=True.", d=-1, sd=-3, n=3),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Member Photo Endpoint",
              "Sanitize the file name with `os.path.basename` and verify the resolved path.", sd=-2, n=3),
            F("UPLOAD-FILENAME", "HIGH", "Path Traversal", "Unsanitized Upload Filename",
              "Use `werkzeug.utils.secure_filename` or a server-chosen name.", sd=-2, n=3),
            F("UPLOAD-NO-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type on Photo Upload",
              "Allow only image MIME types and extensions.", sd=-2, n=3,
              desc="Any file type can be uploaded as a photo and is later served back by `send_file`."),
            F("CAPTAIN-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Captain Key Comparison",
              "Use `hmac.compare_digest` as `coach_only` does.", sd=-2, n=3),
            F("BOARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Board",
              "Remove personal data from the public board query.", d=+1, sd=-1, n=3),
        ], wrap="list"),
        """
        **Correctness and Concurrency**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Module mixes route handlers and helpers; consider blueprints."}),
            F("BOARD-CACHE-RACE", "MEDIUM", "Race Condition", "Race Condition in Board Cache Population",
              "Perform the cache write while holding `_board_lock`.", d=+1, sd=-1, n=3,
              desc="The lookup is protected by `_board_lock` but the write is not, so concurrent requests race."),
            F("METRES-RACE", "MEDIUM", "Race Condition", "Non-Atomic Update of Club Metre Totals",
              "Guard the update with `_metres_lock`.", sd=-2, n=3),
            F("RESULT-ZERO-DIV", "MEDIUM", "Error Handling", "Division by Zero in Split Calculation",
              "Validate that metres is positive.", sd=-2, n=3),
            F("SLOTS-FIRST-SKIPPED", "LOW", "Logic Error", "First Morning Slot Missing From Schedule",
              "Start the range at 0.", d=+1, sd=-1, n=3),
            F("PRINT-EXIT-IGNORED", "LOW", "Error Handling", "Print Failures Are Silently Ignored",
              "Check the return code of `lp` and report failures.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-NAME", "high", "security", "sql injection in search", "use params"),
            F("PRINT-SHELL", "high", "security", "shell=True with printer from query", "list args", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal on photo download", "basename", d=-1),
            F("CANCEL-NO-OWNER", "medium", "security", "cancel has no ownership check", "check member_id"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LEADER-SIZE", "low", "", "leaderboard size not capped", "min(size, 100)"),
            F("BOARD-CACHE-UNBOUNDED", "low", "performance", "board cache never evicts", "bound it / lru"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: captain key and member identity are weak (2 issues).
        2. Injection: SQL in search, shell in printing, YAML import (4 issues).
        3. File handling: photo download and upload (2 issues).
        4. Booking, results and board logic (9 issues).
        5. Error handling (1 issue).
        """,
        Block([
            F("CAPTAIN-FAIL-OPEN", "blocker", "security", "Captain authorization bypass when key is not configured",
              "Refuse all captain requests if CAPTAIN_KEY is empty.", conf=0.85),
            F("MEMBER-HEADER-SPOOF", "major", "security", "Member impersonation via X-Member-Id header",
              "Use real authentication.", conf=0.8),
            F("SEARCH-SQLI-ORDER", "blocker", "security", "SQL injection in ORDER BY parameter",
              "Whitelist sortable columns.", conf=0.85),
            F("SEARCH-SQLI-NAME", "blocker", "security", "SQL injection in name filter",
              "Use bound parameters.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML loading of member import",
              "Use safe_load.", conf=0.9),
            F("PRINT-SHELL", "major", "security", "Command injection in print_sheet",
              "Avoid shell=True.", conf=0.85),
            F("PRINT-EXIT-IGNORED", "minor", "reliability", "Printing errors not detected",
              "Use check=True and return an error.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo download",
              "Restrict to PHOTO_DIR.", conf=0.85),
            F("UPLOAD-NO-TYPE", "major", "security", "No validation of uploaded photo content type",
              "Check extension and content.", conf=0.7),
            F("DAILY-LIMIT", "major", "correctness", "Off-by-one in daily booking limit",
              "Use >= instead of >.", d=-2, sd=0, conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Race condition allows double booking of an erg",
              "Use a unique index.", d=-1, conf=0.75),
            F("CANCEL-NO-OWNER", "major", "security", "Missing authorization on booking cancellation",
              "Check ownership.", conf=0.85),
            F("RESULT-NEGATIVE", "minor", "correctness", "Negative or zero metres not rejected",
              "Validate input ranges.", conf=0.7),
            F("RESULT-ZERO-DIV", "major", "correctness", "ZeroDivisionError when metres is 0",
              "Validate before dividing.", conf=0.8),
            F("METRES-RACE", "major", "concurrency", "Thread-unsafe update of club totals",
              "Use _metres_lock.", conf=0.75),
            F("LEADER-SIZE", "minor", "performance", "Unbounded page size on leaderboard",
              "Cap size.", conf=0.6),
            F("LEADER-OFFSET", "major", "correctness", "Leaderboard pagination skips the first page",
              "Subtract one from page.", conf=0.8),
            F("BOARD-CACHE-RACE", "minor", "concurrency", "Cache write outside the lock in public_board",
              "Write under _board_lock.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 10 major, 4 minor"),
    ]),
}
