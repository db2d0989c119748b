"""test68/py-leadlight: a glass studio's kiln slot list (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test68: seeded problems in a stained-glass studio's kiln slot list; five agents' "
    "answers written by hand."
)

A = "leadlight/app.py"
PROBLEMS = {
    "MEMBER-KEY-FAILS-OPEN": P(A, "if MEMBER_KEY and sent != MEMBER_KEY:", "security", "member key check skipped entirely when LEADLIGHT_MEMBER_KEY is unset"),
    "MEMBER-KEY-TIMING": P(A, "if MEMBER_KEY and sent != MEMBER_KEY:", "security", "member key compared with != instead of a constant-time compare"),
    "MEMBER-SPOOF": P(A, 'g.member = request.headers.get("X-Member", "guest")', "security", "member identity taken from a client header: anyone books or acts as anyone"),
    "SLOTS-SORT-SQLI": P(A, "ORDER BY {order}", "security", "sort query value formatted into the ORDER BY clause", "source-vs-sink"),
    "BOOK-NEGATIVE-AREA": P(A, 'area = sum(p["w"] * p["h"] for p in pieces)', "bug", "piece sizes not validated: negative widths give negative area and free shelf space"),
    "BOOK-PIECE-KEYERROR": P(A, 'area = sum(p["w"] * p["h"] for p in pieces)', "bug", "a piece without w or h (or not a dict) raises and answers 500"),
    "BOOK-SHELF-RACE": P(A, 'if slot["shelf_used"] + area > SHELF_CM2[slot["kiln"]]:', "bug", "read shelf_used, check, write the absolute sum: concurrent bookings overfill the shelf and lose area", "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'b = db.execute("SELECT slot_id, area FROM bookings WHERE id = ?"', "security", "any member cancels any booking: the booking's member is never compared", "signature-vs-statement"),
    "CANCEL-AFTER-FIRING": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?"', "bug", "a booking can be cancelled after its slot has started or fired, freeing shelf area that is in the kiln"),
    "TECH-PAGE-SKIPS-FIRST": P(A, "offset = page * PAGE_SIZE", "bug", "page counts from 1 but the offset treats it as 0-based: the first page of bookings is never shown", "off-by-one"),
    "FIRING-UNKNOWN-PROGRAM": P(A, "peak = PROGRAMS[program]", "bug", "an unknown program name raises KeyError and answers 500 instead of 400"),
    "FIRED-COUNTER-RACE": P(A, '_fired["count"] += 1', "bug", "firing count and kWh updated without _fired_lock (which /stats uses): lost updates across threads", "critical-section"),
    "RAMP-LAST-SEGMENT": P(A, "for i in range(len(points) - 2):", "bug", "range(len - 2) drops the last ramp segment of every schedule", "off-by-one"),
    "RAMP-ZERO-DIVISION": P(A, "rate = (c1 - c0) * 60 / (t1 - t0)", "bug", "two points at the same minute divide by zero"),
    "SCHEDULE-SHELL-INJECTION": P(A, 'f"kilnctl dump --kiln {kiln}", shell=True', "security", "kiln path segment formatted into a shell command on an unauthenticated route", "signature-vs-statement"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.Loader constructs arbitrary Python objects from the request body"),
    "PROGRAM-PEAK-UNCHECKED": P(A, "PROGRAMS[name] = int(peak)", "bug", "imported peak temperatures are not range-checked (a 1200 C program is accepted)"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "f.save(dest)", "security", "client-chosen file name joined to the photo dir: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-PATH-LEAK": P(A, "return jsonify(path=dest), 201", "security", "the absolute server path of the saved file is returned to the client"),
    "PHOTO-PUBLIC": P(A, '@app.get("/photos/<int:booking_id>/<path:name>")', "security", "booking photos served without any key: anyone can enumerate booking ids"),
    "PHOTO-GET-TRAVERSAL": P(A, "return send_file(path)", "security", "path converter value joined and sent with send_file: ../ reads any file", "signature-vs-statement"),
    "BOARD-CACHE-RACE": P(A, '_board["rows"] = [dict(r) for r in rows]', "bug", "board cache checked and filled without a lock: concurrent misses all query, rows and timestamp written apart", "critical-section"),
    "BOARD-MEMBER-PUBLIC": P(A, 'return jsonify(_board["rows"])', "security", "the public board publishes members' names next to their slots"),
    "CSV-FORMULA": P(A, """out.append(f'{r["id"]},{r["member"]}""", "security", "member-controlled fields written to CSV unescaped: formula injection in the spreadsheet"),
    "CSV-COMMA": P(A, """out.append(f'{r["id"]},{r["member"]}""", "bug", "fields not quoted: a comma or newline in a name or glass shifts columns and rows"),
    "TAGS-SHELL-INJECTION": P(A, 'subprocess.run(f"kiln-tags {slot_id} | lp -d {printer} -n {copies}"', "security", "printer and copies query values formatted into a shell pipeline", "source-vs-sink"),
    "TAGS-EXIT-IGNORED": P(A, 'subprocess.run(f"kiln-tags {slot_id} | lp -d {printer} -n {copies}"', "bug", "check=False and 202: a failed print is reported as accepted"),
}

CONFUSABLE = [
    ("MEMBER-KEY-FAILS-OPEN", "MEMBER-KEY-TIMING"),
    ("MEMBER-KEY-FAILS-OPEN", "MEMBER-SPOOF"),
    ("MEMBER-KEY-TIMING", "MEMBER-SPOOF"),
    ("BOOK-NEGATIVE-AREA", "BOOK-PIECE-KEYERROR"),
    ("CANCEL-NO-OWNER", "CANCEL-AFTER-FIRING"),
    ("FIRING-UNKNOWN-PROGRAM", "FIRED-COUNTER-RACE"),
    ("RAMP-LAST-SEGMENT", "RAMP-ZERO-DIVISION"),
    ("YAML-UNSAFE", "PROGRAM-PEAK-UNCHECKED"),
    ("PHOTO-UPLOAD-TRAVERSAL", "PHOTO-PATH-LEAK"),
    ("PHOTO-PUBLIC", "PHOTO-GET-TRAVERSAL"),
    ("BOARD-CACHE-RACE", "BOARD-MEMBER-PUBLIC"),
    ("CSV-FORMULA", "CSV-COMMA"),
    ("TAGS-SHELL-INJECTION", "TAGS-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `leadlight/app.py`

        The slot list is a single Flask module. The tech-side guard is done properly (`tech_only` fails closed
        when `LEADLIGHT_TECH_KEY` is empty and uses `hmac.compare_digest`), and `/stats` copies the counters under
        `_fired_lock`. The member side is much weaker, and three routes hand request values to a shell or the
        filesystem.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | shell / SQL / files | `/schedule`, `/tags`, `/slots?sort=`, photo upload and download |
        | P1 | auth | `member_key` fails open, member name from a header, no owner check on cancel |
        | P1 | shelf accounting | booking race, negative area, ramp segments |
        | P2 | hygiene | board cache, CSV export, program import |

        The shelf-capacity comparison itself (`> SHELF_CM2[...]`) is right: a booking that fills the shelf exactly
        is allowed.
        """,
        Block([
            F("SCHEDULE-SHELL-INJECTION", "critical", "security", "Shell injection through the kiln name in `/kilns/<kiln>/schedule`",
              "Call `subprocess.run([\"kilnctl\", \"dump\", \"--kiln\", kiln], ...)` without a shell and check `kiln` against the known kilns (`SHELF_CM2`). The route also has no authentication.",
              symbol="schedule", conf=0.95),
            F("TAGS-SHELL-INJECTION", "high", "security", "`printer` and `copies` are interpolated into a shell pipeline in `print_tags`",
              "Validate `copies` as a small int and `printer` against a list, then run `kiln-tags` and `lp` as two argv processes connected with a pipe.",
              symbol="print_tags", conf=0.9),
            F("SLOTS-SORT-SQLI", "high", "security", "SQL injection via the `sort` parameter of `list_slots`",
              "Map `sort` through a whitelist (`{\"starts_at\", \"program\", \"shelf_used\"}`); placeholders cannot bind identifiers.",
              symbol="list_slots", conf=0.9),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Photo upload writes to a client-chosen path",
              "Use `werkzeug.utils.secure_filename(name)` and reject the upload unless the resolved path stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("PHOTO-GET-TRAVERSAL", "high", "security", "`/photos/...` serves any file the process can read",
              "Use `send_from_directory(os.path.join(PHOTO_DIR, str(booking_id)), name)`, which rejects `..` segments.",
              symbol="photo", conf=0.85),
            F("PHOTO-PUBLIC", "medium", "security", "Booking photos are served without authentication",
              "Put the route behind `member_key` (and an owner check); booking ids are sequential and trivially enumerated.",
              symbol="photo", conf=0.7),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; `Loader=yaml.Loader` builds arbitrary objects (`!!python/object/apply`), so a leaked tech key becomes code execution.",
              symbol="import_programs", conf=0.85),
        ]),
        "Authentication and shelf accounting:",
        Block([
            F("MEMBER-KEY-FAILS-OPEN", "high", "security", "`member_key` lets every request through when the key is not configured",
              "Fail closed like `tech_only`: `if not MEMBER_KEY or not hmac.compare_digest(sent, MEMBER_KEY): abort(401)`.",
              symbol="member_key.wrapper", conf=0.9),
            F("MEMBER-KEY-TIMING", "low", "security", "Member key compared with `!=`",
              "Use `hmac.compare_digest`; the plain comparison leaks the matching prefix length through timing.",
              symbol="member_key.wrapper", conf=0.6),
            F("MEMBER-SPOOF", "high", "security", "Member identity comes from the unauthenticated `X-Member` header",
              "The shared key proves only studio membership; derive the member from a per-member credential, not from a header the client sets.",
              symbol="member_key.wrapper", conf=0.85),
            F("CANCEL-NO-OWNER", "high", "security", "Any member can cancel any booking",
              "Select `member` with the booking and return 403 unless it equals `g.member` (or the caller is the tech).",
              symbol="cancel", conf=0.85),
            F("BOOK-SHELF-RACE", "high", "bug", "Shelf capacity check and update are not atomic",
              "Do it in one statement: `UPDATE slots SET shelf_used = shelf_used + ? WHERE id = ? AND shelf_used + ? <= ?` and check `rowcount`; today two bookings read the same `shelf_used` and the second overwrites the first.",
              n=3, symbol="book", conf=0.85),
            F("BOOK-NEGATIVE-AREA", "medium", "bug", "Negative or zero piece sizes are accepted",
              "Require `0 < w, h <= kiln width`; a piece with `w = -50` lowers `shelf_used` and frees space that is not there.",
              symbol="book", conf=0.8),
            F("TECH-PAGE-SKIPS-FIRST", "medium", "bug", "Tech bookings list skips the first page",
              "`page` starts at 1, so use `offset = (page - 1) * PAGE_SIZE` (and reject `page < 1`).",
              symbol="tech_bookings", conf=0.85),
            F("FIRED-COUNTER-RACE", "medium", "bug", "Firing counters are updated without `_fired_lock`",
              "Wrap both `+=` in `with _fired_lock:`; `/stats` already reads them under the lock, the writer does not.",
              n=2, symbol="log_firing", conf=0.8),
            F("RAMP-LAST-SEGMENT", "medium", "bug", "`ramp_segments` drops the final segment",
              "`n` points make `n - 1` segments: iterate `range(len(points) - 1)`.",
              symbol="ramp_segments", conf=0.85),
            F("RAMP-ZERO-DIVISION", "low", "bug", "Division by zero when two schedule points share a minute",
              "Treat `t1 == t0` as a step (or a hold) instead of dividing.",
              symbol="ramp_segments", conf=0.7),
            F("PROGRAM-PEAK-UNCHECKED", "low", "bug", "Imported program peaks are not range-checked",
              "Reject peaks outside the kiln's rating (e.g. 400-900 C) before storing them.",
              symbol="import_programs", conf=0.6),
            F("BOARD-CACHE-RACE", "low", "performance", "Board cache refresh is unsynchronised (stampede on expiry)",
              "Guard the refresh with a lock and write `rows` and `at` together; every request arriving after expiry runs `BOARD_SQL` again.",
              symbol="board", conf=0.65),
            F("BOARD-MEMBER-PUBLIC", "medium", "security", "Public `/board` shows member names",
              "Drop `b.member` from `BOARD_SQL` for the public view, or show initials.",
              symbol="board", conf=0.7),
            F("CSV-COMMA", "low", "bug", "CSV export does not quote fields",
              "Write the rows with `csv.writer`; a member name with a comma shifts every later column.",
              symbol="export_csv", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SCHEDULE-SHELL-INJECTION", "critical", "security", "schedule(kiln) runs kilnctl through sh with the path value",
              "argv list, no shell; whitelist kiln.", d=-2),
            F("TAGS-SHELL-INJECTION", "high", "security", "printer query param reaches shell=True pipeline",
              "argv + validate printer/copies.", d=-1),
            F("SLOTS-SORT-SQLI", "high", "security", "sort param lands in ORDER BY (SQLi)",
              "whitelist columns.", d=-2),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "form name used as file name unsanitised (path traversal on save)",
              "secure_filename.", d=-3),
            F("PHOTO-GET-TRAVERSAL", "high", "security", "photo() joins <path:name> and send_file()s it",
              "send_from_directory.", d=-2),
            F("CANCEL-NO-OWNER", "high", "security", "cancel(booking_id) has no ownership check",
              "compare bookings.member to g.member.", d=-2),
            F("MEMBER-KEY-FAILS-OPEN", "high", "security", "member_key is a no-op when LEADLIGHT_MEMBER_KEY unset",
              "fail closed.", d=-1),
            F("MEMBER-SPOOF", "medium", "security", "X-Member header trusted as identity",
              "per-member auth."),
            F("BOOK-SHELF-RACE", "high", "bug", "book(): lost update on shelf_used (read-modify-write across requests)",
              "single conditional UPDATE.", d=-3),
            F("TECH-PAGE-SKIPS-FIRST", "medium", "bug", "page defaults to 1 -> OFFSET 20 on first request",
              "(page-1)*PAGE_SIZE.", d=-1),
            F("FIRING-UNKNOWN-PROGRAM", "medium", "bug", "PROGRAMS[program] KeyError -> 500",
              "400 on unknown program."),
            F("FIRED-COUNTER-RACE", "low", "bug", "_fired mutated outside _fired_lock",
              "use the lock."),
            F("RAMP-LAST-SEGMENT", "medium", "bug", "ramp_segments loses last segment (len-2)",
              "len(points)-1.", d=-3),
            F("BOARD-CACHE-RACE", "low", "bug", "board cache: check-then-fill without lock",
              "lock or functools.lru_cache with ttl.", d=-1),
            F("CSV-COMMA", "low", "bug", "export_csv builds CSV by hand (no quoting)",
              "csv module."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `leadlight` application, a Flask service that manages kiln slot bookings for a
        glass studio. I focused on authentication, injection, file handling and concurrency.

        **Overall assessment:** the application has several critical vulnerabilities. Two endpoints execute shell
        commands built from user input, several endpoints pass user input to the filesystem, and the member
        authentication can be bypassed. In addition, there are data-integrity problems in the booking and
        firing-log logic.

        **Security findings**
        """,
        Block([
            F("SCHEDULE-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Kiln Schedule Endpoint",
              "Avoid `shell=True` and pass the arguments as a list.", d=-1, sd=-2, n=3,
              desc="The `kiln` URL segment is embedded into a command string executed by the shell. A request such as `/kilns/big;id/schedule` executes arbitrary commands, and the endpoint requires no authentication."),
            F("TAGS-SHELL-INJECTION", "HIGH", "Command Injection", "Command Injection via Printer Parameter",
              "Validate `printer` and `copies` and avoid the shell.", sd=-2, n=3),
            F("SLOTS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Slot Listing Sort Order",
              "Use a whitelist of allowed sort columns.", sd=-2, n=3,
              desc="The `sort` query parameter is placed directly into the `ORDER BY` clause of the query."),
            F("PHOTO-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write in Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=-2, sd=-3, n=3),
            F("PHOTO-PATH-LEAK", "LOW", "Information Disclosure", "Server Filesystem Path Disclosed in Upload Response",
              "Return a relative URL instead of the absolute path.", sd=-2, n=3),
            F("PHOTO-GET-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Program Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("MEMBER-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Member Authentication Bypass When Key Is Not Configured",
              "Deny requests when `MEMBER_KEY` is not set.", sd=-2, n=3),
            F("MEMBER-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Comparison of Member Key",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("CANCEL-NO-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Verify the booking belongs to the requesting member."),
            F("BOARD-MEMBER-PUBLIC", "MEDIUM", "Information Disclosure", "Member Names Exposed on Public Board",
              "Remove personal data from the public board.", sd=-2, n=3),
            F("CSV-FORMULA", "MEDIUM", "CSV Injection", "Formula Injection in CSV Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Reliability and concurrency findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the module into blueprints."}),
            F("BOOK-SHELF-RACE", "HIGH", "Race Condition", "Race Condition in Shelf Capacity Update",
              "Perform the check and the update in a single atomic SQL statement.", d=+2, sd=0, n=3,
              desc="Two concurrent bookings can both pass the capacity check; the second `UPDATE` overwrites the first with a stale value, so the kiln shelf is overfilled."),
            F("BOOK-PIECE-KEYERROR", "MEDIUM", "Error Handling", "Unhandled KeyError for Malformed Pieces",
              "Validate each piece has numeric `w` and `h`.", sd=-2, n=3),
            F("FIRING-UNKNOWN-PROGRAM", "MEDIUM", "Error Handling", "Unhandled KeyError for Unknown Firing Program",
              "Return 400 for unknown programs.", sd=-2, n=3),
            F("FIRED-COUNTER-RACE", "MEDIUM", "Race Condition", "Firing Statistics Updated Without Lock",
              "Use `_fired_lock` when updating.", d=+1, sd=-1, n=3),
            F("RAMP-LAST-SEGMENT", "MEDIUM", "Logic Error", "Final Ramp Segment Omitted",
              "Loop to `len(points) - 1`.", d=+1, sd=-1, n=3),
            F("RAMP-ZERO-DIVISION", "LOW", "Error Handling", "Potential ZeroDivisionError in Ramp Calculation",
              "Guard against equal timestamps.", sd=-2, n=3),
            F("BOARD-CACHE-RACE", "LOW", "Caching", "Non-Thread-Safe Board Cache",
              "Protect the cache with a lock.", d=-2, sd=-3, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SCHEDULE-SHELL-INJECTION", "error", "security", "shell injection in /kilns/<kiln>/schedule", "list args, no shell"),
            F("TAGS-SHELL-INJECTION", "error", "security", "shell injection in print_tags", "list args"),
            F("SLOTS-SORT-SQLI", "error", "security", "sql injection via sort", "whitelist"),
            F("PHOTO-UPLOAD-TRAVERSAL", "error", "security", "photo upload path traversal", "secure_filename"),
            F("YAML-UNSAFE", "error", "security", "yaml.load with full loader", "safe_load"),
            F("MEMBER-KEY-FAILS-OPEN", "warning", "security", "member key optional if env missing", "fail closed"),
            F("BOARD-MEMBER-PUBLIC", "warning", "", "board leaks member names", "hide names"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOK-SHELF-RACE", "warning", "bug", "shelf can be overbooked", "atomic update"),
            F("TAGS-EXIT-IGNORED", "warning", "", "lp failure ignored, still 202", "check=True"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Command injection in two endpoints (schedule dump and tag printing).
        2. SQL injection in the slot listing.
        3. File upload path traversal and public photos.
        4. Weak member authentication and missing authorization on cancellation.
        5. Concurrency problems in shelf booking, firing statistics and the board cache.
        6. Several correctness issues (pagination, ramp segments, input validation, CSV export).
        """,
        Block([
            F("SCHEDULE-SHELL-INJECTION", "blocker", "security", "Command injection in schedule endpoint",
              "Use argument list without shell.", d=-1, conf=0.9),
            F("TAGS-SHELL-INJECTION", "blocker", "security", "Command injection through printer argument",
              "Validate inputs and avoid shell.", d=-1, conf=0.85),
            F("SLOTS-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Whitelist sort columns.", d=-2, conf=0.85),
            F("PHOTO-UPLOAD-TRAVERSAL", "major", "security", "Unsanitized upload file name",
              "Sanitize the name.", d=-3, conf=0.8),
            F("PHOTO-PUBLIC", "major", "security", "Photo download endpoint has no authentication",
              "Require member key.", conf=0.7),
            F("PHOTO-GET-TRAVERSAL", "major", "security", "Path traversal in photo download",
              "Use send_from_directory.", d=-1, conf=0.8),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML loader",
              "Use safe_load.", conf=0.85),
            F("MEMBER-KEY-FAILS-OPEN", "major", "security", "Authentication disabled when member key missing",
              "Fail closed.", conf=0.85),
            F("MEMBER-SPOOF", "major", "security", "Member name is client-controlled",
              "Authenticate members individually.", d=-2, conf=0.7),
            F("CANCEL-NO-OWNER", "major", "security", "Missing authorization check on cancel",
              "Check booking owner.", conf=0.8),
            F("CANCEL-AFTER-FIRING", "minor", "correctness", "Cancellation allowed after the slot has fired",
              "Reject cancellation once the slot start time has passed.", conf=0.6),
            F("BOOK-SHELF-RACE", "major", "concurrency", "Concurrent bookings can exceed shelf capacity",
              "Use an atomic conditional update.", d=+2, conf=0.8),
            F("BOOK-NEGATIVE-AREA", "minor", "correctness", "Piece dimensions not validated",
              "Reject non-positive dimensions.", conf=0.7),
            F("FIRED-COUNTER-RACE", "minor", "concurrency", "Shared firing counters not protected by lock",
              "Use _fired_lock.", d=+1, conf=0.7),
            F("BOARD-CACHE-RACE", "minor", "concurrency", "Board cache updated non-atomically",
              "Use a lock around refresh.", d=+1, conf=0.6),
            F("TECH-PAGE-SKIPS-FIRST", "minor", "correctness", "Pagination offset is off by one page",
              "Use (page - 1).", conf=0.8),
            F("RAMP-LAST-SEGMENT", "minor", "correctness", "Off-by-one in ramp segment loop",
              "Use len(points) - 1.", conf=0.8),
            F("CSV-FORMULA", "minor", "security", "CSV injection in export",
              "Escape leading formula characters.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 8 major, 7 minor"),
    ]),
}
