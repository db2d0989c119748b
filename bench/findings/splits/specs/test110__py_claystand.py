"""test110/py-claystand: a clay pigeon shooting ground's stand bookings, cartridge stock and score cards (Python).

Frozen test split test110; labels next to each finding. Written 2026-12-07 by a helper session that had not seen
the merger code, any score, or any other split's answers, specs or repositories (only the tune2 spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "data. Frozen test split test110: seeded problems in a clay shooting ground's desk service (Flask + SQLite); "
    "five agents' answers written by hand."
)

A = "claystand/app.py"
SHOP_LINE = 'if request.args.get("key", "") != SHOP_KEY:'
PRINT_LINE = 'subprocess.run(f"lp -d clubhouse'
PROBLEMS = {
    "SHOP-KEY-FAILS-OPEN": P(A, SHOP_LINE, "security", "SHOP_KEY defaults to '': with it unset, a request without ?key= passes shop_only"),
    "SHOP-KEY-IN-QUERY": P(A, SHOP_LINE, "security", "shop key taken from the query string (ends up in access logs, browser history)"),
    "SHOP-KEY-TIMING": P(A, SHOP_LINE, "security", "shop key compared with != instead of a constant-time compare"),
    "SLOTS-FIRST-MISSING": P(A, "for i in range(1, count)]", "bug", "range(1, count): the 09:00 slot is never offered", "off-by-one"),
    "SLOTS-ORDER-SQLI": P(A, "ORDER BY {order}\"", "security", "order query value formatted into the SQL text", "source-vs-sink"),
    "SLOTS-FULL-PER-BOOKING": P(A, 'full = {r["starts_at"] for r in rows', "bug", "a slot counts as full only if one booking alone fills it; squads are not summed"),
    "SQUAD-NEGATIVE": P(A, "if squad > SQUAD_MAX:", "bug", "squad size only checked from above: 0 or negative squads accepted and free places in the slot"),
    "BOOKING-RACE": P(A, "if taken + squad > SQUAD_MAX:", "bug", "SUM then INSERT without a transaction: two bookings can overfill a slot", "critical-section"),
    "CANCEL-NOT-OWNER": P(A, 'row = db.execute("SELECT starts_at FROM bookings WHERE id = ?"', "security", "cancel looks the booking up by id only: any member cancels anyone's booking", "signature-vs-statement"),
    "SELL-BOXES-UNCHECKED": P(A, 'boxes = int(body.get("boxes", 1))', "bug", "boxes not checked to be positive: a negative sale adds stock and a negative total"),
    "SELL-STOCK-RACE": P(A, "if have < boxes:", "bug", "stock read, checked and written without _stock_lock: concurrent sales oversell", "critical-section"),
    "CARD-HITS-UNCAPPED": P(A, 'hits = sum(int(s["hits"]) for s in stands)', "bug", "per-stand hits not checked against birds (or for negatives): impossible scores accepted"),
    "CARD-ZERO-BIRDS": P(A, "pct = hits * 100 // birds", "bug", "empty stands list: ZeroDivisionError, 500"),
    "CARD-SHOOTER-SPOOF": P(A, 'shooter = body.get("shooter") or g.member["name"]', "security", "card filed under any shooter name the client sends"),
    "CARD-PATH-FROM-NAME": P(A, 'path = os.path.join(CARD_DIR, f"{shooter}', "security", "shooter name from the body used in the file path: write outside CARD_DIR", "source-vs-sink"),
    "CARD-FILE-TRAVERSAL": P(A, "full = os.path.join(CARD_DIR, name)", "security", "name query value joined to CARD_DIR: any file readable", "source-vs-sink"),
    "LEADERBOARD-PHONE": P(A, 'rows = get_db().execute("SELECT c.shooter, m.phone', "security", "public leaderboard returns members' phone numbers"),
    "LEADERBOARD-CACHE-RACE": P(A, '_board["rows"] = [dict(r) for r in rows]', "performance", "cache refreshed without a lock: every request in the expiry window recomputes; rows and at written separately", "critical-section"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance", "page size unbounded: size=1000000 dumps the whole table"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: the first page is never shown", "off-by-one"),
    "PRINT-CARD-MISSING": P(A, 'card = get_db().execute("SELECT shooter, path FROM cards', "bug", "unknown card id: card is None, TypeError, 500"),
    "PRINT-SHELL": P(A, PRINT_LINE, "security", "shooter name and path interpolated into a shell command (shell=True)", "signature-vs-statement"),
    "PRINT-EXIT-IGNORED": P(A, PRINT_LINE, "bug", "check=False and no return code check: a failed lp job is reported as printed"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["shooter"]', "security", "extra, one agent: shooter names starting with = + - @ exported unescaped (CSV formula injection)"),
    "DEBUG-DEFAULT-ON": P(A, 'app.run(host="0.0.0.0"', "security", "Werkzeug debugger on by default (CLAY_DEBUG defaults to 1) on all interfaces"),
}

CONFUSABLE = [
    ("SHOP-KEY-FAILS-OPEN", "SHOP-KEY-IN-QUERY"),
    ("SHOP-KEY-FAILS-OPEN", "SHOP-KEY-TIMING"),
    ("SHOP-KEY-IN-QUERY", "SHOP-KEY-TIMING"),
    ("SLOTS-ORDER-SQLI", "SLOTS-FULL-PER-BOOKING"),
    ("SELL-BOXES-UNCHECKED", "SELL-STOCK-RACE"),
    ("CARD-HITS-UNCAPPED", "CARD-ZERO-BIRDS"),
    ("CARD-SHOOTER-SPOOF", "CARD-PATH-FROM-NAME"),
    ("LEADERBOARD-PHONE", "LEADERBOARD-CACHE-RACE"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET"),
    ("PRINT-SHELL", "PRINT-EXIT-IGNORED"),
    ("PRINT-CARD-MISSING", "PRINT-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `claystand/app.py`

        A single Flask module covering stand bookings, the cartridge shop and score cards. The member and
        range-officer decorators are sound (`officer_only` fails closed and uses `hmac.compare_digest`; `member_key`
        rejects an empty key), but `shop_only` is not, and several handlers trust request values they should not.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | slots | `order` is formatted into SQL |
        | P0 | cards | path traversal on read (`/cards/file`) and on write (shooter name in the path) |
        | P0 | printing | shell command built from the shooter name |
        | P1 | shop | `shop_only` fails open; stock updated outside `_stock_lock` |
        | P1 | bookings | capacity check is racy; any member can cancel any booking |
        | P2 | paging, leaderboard, debug | off-by-one offset, phone numbers on a public page, debugger on |

        Note that `restock` does hold `_stock_lock`; `sell_cartridges` is the only path that skips it.
        """,
        Block([
            F("SLOTS-ORDER-SQLI", "critical", "security", "SQL injection through the `order` parameter of the slot listing",
              "Map `order` onto an allow-list (`{\"starts_at\", \"squad_size\"}`) and fall back to `starts_at`; column names cannot be bound as parameters.",
              symbol="free_slots", conf=0.95),
            F("CARD-FILE-TRAVERSAL", "critical", "security", "Path traversal in `/cards/file` reads arbitrary files",
              "Resolve the joined path and refuse anything outside `CARD_DIR`, or look the card up by id and serve the stored path.",
              symbol="card_file", conf=0.9),
            F("CARD-PATH-FROM-NAME", "high", "security", "Score card file path is built from the client-supplied shooter name",
              "Name the file after the card id or a UUID; a shooter of `../../etc/cron.d/x` writes outside `CARD_DIR`.",
              symbol="submit_card", conf=0.85),
            F("CARD-SHOOTER-SPOOF", "medium", "security", "Members can file score cards under another shooter's name",
              "Take the shooter from `g.member`; let officers correct names through an officer-only route.",
              symbol="submit_card", conf=0.75),
            F("PRINT-SHELL", "high", "security", "Shell command injection when printing a score card",
              "Call `subprocess.run([\"lp\", \"-d\", \"clubhouse\", \"-t\", card[\"shooter\"], card[\"path\"]], check=True)` without a shell.",
              symbol="print_card", conf=0.9),
            F("PRINT-EXIT-IGNORED", "low", "bug", "Failed print jobs are reported as printed",
              "With `check=False` and no look at `returncode`, a missing printer still answers `printed`; check the result and return 502.",
              symbol="print_card", conf=0.6),
        ]),
        "Shop, bookings and scoring:",
        Block([
            F("SHOP-KEY-FAILS-OPEN", "high", "security", "`shop_only` lets everyone in when `SHOP_KEY` is not set",
              "`SHOP_KEY` defaults to `\"\"` and a missing `key` also defaults to `\"\"`, so the comparison passes. Fail closed like `officer_only`.",
              symbol="shop_only.wrapper", conf=0.9),
            F("SHOP-KEY-IN-QUERY", "medium", "security", "Shop key is passed in the query string",
              "Read it from a header (`X-Shop-Key`); query strings end up in proxy and access logs.",
              symbol="shop_only.wrapper", conf=0.7),
            F("SELL-STOCK-RACE", "high", "bug", "Cartridge stock is read and written outside `_stock_lock`",
              "Do the check and the decrement inside `with _stock_lock:` as `restock` does; two concurrent sales can both pass the check and oversell.",
              n=3, symbol="sell_cartridges", conf=0.85),
            F("SELL-BOXES-UNCHECKED", "medium", "bug", "`boxes` is not validated as positive",
              "Reject `boxes < 1`; a sale of -5 boxes adds stock and records a negative total.",
              symbol="sell_cartridges", conf=0.8),
            F("BOOKING-RACE", "medium", "bug", "Slot capacity check and insert are not atomic",
              "Two squads booking the same slot at once both see the old sum. Use `BEGIN IMMEDIATE` around the SUM and the INSERT.",
              d=-2, n=2, symbol="book_stand", conf=0.75),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any other member's booking",
              "Select `member_id` too and return 404 unless it equals `g.member[\"id\"]`.",
              symbol="cancel_booking", conf=0.85),
            F("SLOTS-FIRST-MISSING", "medium", "bug", "The first slot of the day is never offered",
              "`range(1, count)` starts at 09:30; use `range(count)`.", symbol="day_slots", conf=0.8),
            F("SLOTS-FULL-PER-BOOKING", "medium", "bug", "Slot listing treats a slot as full only when a single booking fills it",
              "Sum `squad_size` per `starts_at` (`GROUP BY starts_at`) before comparing with `SQUAD_MAX`.",
              symbol="free_slots", conf=0.7),
            F("CARD-HITS-UNCAPPED", "low", "bug", "Score card accepts more hits than birds",
              "Validate each stand: `0 <= hits <= birds`.", symbol="submit_card", conf=0.7),
            F("CARD-ZERO-BIRDS", "low", "bug", "Empty score card raises ZeroDivisionError",
              "Return 400 when `birds == 0`.", symbol="submit_card", conf=0.8),
            F("LEADERBOARD-PHONE", "medium", "security", "Public leaderboard exposes members' phone numbers",
              "Drop `m.phone` from the query; the leaderboard needs no authentication data or contact details.",
              symbol="leaderboard", conf=0.85),
            F("LEADERBOARD-CACHE-RACE", "low", "performance", "Leaderboard cache refresh is not synchronised",
              "When the cache expires every concurrent request runs the query; guard the refresh with a lock.",
              d=-3, symbol="leaderboard", conf=0.55),
            F("PAGE-OFFSET", "medium", "bug", "Officer card list skips the first page",
              "`page` defaults to 1, so `offset = page * size` starts at 25. Use `(page - 1) * size` and reject `page < 1`.",
              symbol="all_cards", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Page size is not capped",
              "Clamp `size` to 1..100.", symbol="all_cards", conf=0.6),
            F("DEBUG-DEFAULT-ON", "medium", "security", "Debug mode is on unless `CLAY_DEBUG` is set to something else",
              "Default to off; the Werkzeug debugger on 0.0.0.0 is remote code execution.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed claystand/app.py. No tests in repo; nothing run.",
        Block([
            F("SLOTS-ORDER-SQLI", "critical", "security", "SQLi: ?order= interpolated into ORDER BY",
              "Whitelist sortable columns.", d=-2),
            F("PRINT-SHELL", "high", "security", "Command injection in print_card (shell=True with shooter name)",
              "argv list, no shell."),
            F("PRINT-CARD-MISSING", "medium", "bug", "print_card dereferences None for unknown card_id",
              "404 when the row is missing."),
            F("CARD-FILE-TRAVERSAL", "high", "security", "Arbitrary file read via /cards/file?name=",
              "Reject separators and '..'; check the resolved path.", d=-1),
            F("CARD-PATH-FROM-NAME", "high", "security", "Arbitrary file write: shooter controls card filename",
              "Use the card id for the filename.", d=+1),
            F("CANCEL-NOT-OWNER", "high", "security", "cancel_booking has no ownership check",
              "Filter by member_id.", d=-2),
            F("SHOP-KEY-FAILS-OPEN", "high", "security", "shop_only passes when SHOP_KEY unset",
              "Deny when SHOP_KEY is empty."),
            F("SELL-STOCK-RACE", "medium", "bug", "Oversell: _stock updated without _stock_lock",
              "Hold the lock across check and update.", d=+2),
            F("SQUAD-NEGATIVE", "medium", "bug", "squad_size <= 0 accepted",
              "Require 1 <= squad <= SQUAD_MAX.", d=-3),
            F("SLOTS-FIRST-MISSING", "low", "bug", "day_slots drops 09:00 (range starts at 1)",
              "range(count).", d=-1),
            F("PAGE-OFFSET", "low", "bug", "Off-by-one: page 1 skips the first 25 cards",
              "(page - 1) * size."),
            F("CARD-ZERO-BIRDS", "low", "bug", "Division by zero when stands is empty",
              "Validate stands."),
            F("LEADERBOARD-CACHE-RACE", "low", "performance", "Thundering herd on leaderboard cache expiry",
              "Single-flight the refresh.", d=+1),
            F("DEBUG-DEFAULT-ON", "medium", "security", "debug=True by default",
              "Default CLAY_DEBUG to 0."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `claystand` application, a Flask service that manages stand bookings,
        the cartridge shop and score cards for a clay shooting ground. My analysis concentrated on security,
        data integrity and the concurrency of the in-memory stock.

        ### Security

        The most severe issues are the ones where a request value reaches the database, the filesystem or the
        shell without validation. The authentication of the shop endpoints is also weak.
        """,
        Block([
            F("SLOTS-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Slot Ordering",
              "Use a fixed mapping of allowed sort columns.", sd=-2, n=3,
              desc="The `order` request argument is placed directly into the ORDER BY clause of an f-string query."),
            F("CARD-FILE-TRAVERSAL", "CRITICAL", "Path Traversal", "Path Traversal in Score Card Download",
              "Use `werkzeug.utils.safe_join` or serve cards by their database id.", d=+1, sd=-1, n=3),
            F("CARD-PATH-FROM-NAME", "HIGH", "Path Traversal", "Arbitrary File Write via Shooter Name",
              "Generate the filename on the server.", d=-1,
              desc="The shooter name is provided by the client and becomes part of the file path written by `open(path, \"w\")`."),
            F("PRINT-SHELL", "HIGH", "Command Injection", "Command Injection in Score Card Printing",
              "Avoid `shell=True` and pass an argument list.", d=-2),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Missing Ownership Check on Booking Cancellation",
              "Verify that the booking belongs to the authenticated member."),
            F("SHOP-KEY-IN-QUERY", "MEDIUM", "Broken Authentication", "Shop API Key Transmitted in URL",
              "Send the key in a request header."),
            F("SHOP-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Comparison of Shop Key",
              "Use `hmac.compare_digest` as the officer decorator already does."),
            F("CARD-SHOOTER-SPOOF", "MEDIUM", "Broken Access Control", "Score Cards Can Be Submitted for Other Shooters",
              "Derive the shooter from the authenticated member."),
            F("LEADERBOARD-PHONE", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Leaderboard",
              "Remove the phone column from the leaderboard query.", sd=0, n=2),
            F("DEBUG-DEFAULT-ON", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled by Default",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        ### Reliability and Concurrency

        The cartridge stock is kept in a module-level dictionary that is shared between request threads.
        """,
        Block([
            F("SELL-STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Cartridge Sales",
              "Acquire `_stock_lock` in `sell_cartridges`.", d=-1,
              desc="`sell_cartridges` reads `_stock[load]`, checks it and writes it back without the lock that `restock` uses."),
            F("BOOKING-RACE", "MEDIUM", "Race Condition", "Concurrent Bookings Can Exceed Squad Capacity",
              "Wrap the capacity check and the insert in one transaction.", d=+2),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the module into blueprints."}),
            F("PAGE-OFFSET", "LOW", "Logic Error", "Incorrect Pagination Offset",
              "Subtract one from the page number.", d=+1),
            F("CSV-FORMULA", "LOW", "Injection", "CSV Formula Injection in Score Export",
              "Prefix values starting with `=`, `+`, `-` or `@` with a single quote.",
              desc="Shooter names are attacker-controlled and are written verbatim into a CSV that officers open in a spreadsheet."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SLOTS-ORDER-SQLI", "high", "security", "sql injection in /stands/<stand>/slots order param", "allow-list columns"),
            F("CARD-FILE-TRAVERSAL", "high", "security", "path traversal in card_file", "safe_join"),
            F("PRINT-SHELL", "high", "security", "shell injection in print_card", "no shell=True"),
            F("CANCEL-NOT-OWNER", "high", "security", "any member can cancel any booking", "check member_id"),
            F("SHOP-KEY-IN-QUERY", "medium", "security", "shop key in query string", "use a header"),
            F("LEADERBOARD-PHONE", "medium", "security", "leaderboard leaks phone numbers", "drop m.phone"),
            F("DEBUG-DEFAULT-ON", "medium", "security", "debug on by default", "default off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SELL-BOXES-UNCHECKED", "medium", "", "negative boxes accepted in sell", "boxes >= 1"),
            F("CARD-ZERO-BIRDS", "low", "bug", "zero division on empty card", "400 if no birds"),
            F("PRINT-CARD-MISSING", "low", "bug", "print_card crashes on unknown id", "404"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in slot listing (`order`).
        2. Path traversal when reading and writing score cards.
        3. Command injection in card printing.
        4. Broken access control on booking cancellation and on the shop key.
        5. Concurrency issues around stock, bookings and the leaderboard cache.
        6. Validation and pagination defects.
        """,
        Block([
            F("SLOTS-ORDER-SQLI", "blocker", "security", "SQL injection via order parameter",
              "Use an allow-list for ORDER BY.", d=-2, conf=0.9),
            F("CARD-FILE-TRAVERSAL", "blocker", "security", "Path traversal in score card download",
              "Validate the resolved path.", conf=0.9),
            F("CARD-PATH-FROM-NAME", "major", "security", "Path traversal in score card file creation",
              "Do not use user input in file names.", conf=0.8),
            F("PRINT-SHELL", "blocker", "security", "OS command injection in print_card",
              "Use a list of arguments without shell.", conf=0.9),
            F("PRINT-EXIT-IGNORED", "minor", "reliability", "Print result not checked",
              "Check the return code of lp.", conf=0.6),
            F("CANCEL-NOT-OWNER", "major", "security", "Booking cancellation without ownership verification",
              "Compare the booking's member with the caller.", d=-2, conf=0.8),
            F("SHOP-KEY-FAILS-OPEN", "major", "security", "Shop authentication bypass when SHOP_KEY is empty",
              "Refuse all requests when no key is configured.", conf=0.85),
            F("SHOP-KEY-TIMING", "minor", "security", "Shop key comparison is not constant-time",
              "Use hmac.compare_digest.", conf=0.6),
            F("SELL-STOCK-RACE", "major", "concurrency", "Race condition in cartridge stock update",
              "Use _stock_lock.", d=-1, conf=0.8),
            F("SELL-BOXES-UNCHECKED", "major", "correctness", "Negative box count accepted in sale",
              "Validate boxes > 0.", conf=0.8),
            F("BOOKING-RACE", "major", "concurrency", "Race condition between capacity check and booking insert",
              "Use a transaction.", conf=0.7),
            F("SQUAD-NEGATIVE", "minor", "correctness", "Squad size lower bound not validated",
              "Require squad_size >= 1.", conf=0.7),
            F("SLOTS-FULL-PER-BOOKING", "major", "correctness", "Full-slot detection ignores combined squads",
              "Aggregate squad sizes per slot.", conf=0.7),
            F("SLOTS-FIRST-MISSING", "minor", "correctness", "First time slot skipped in day_slots",
              "Start the range at 0.", d=-1, conf=0.7),
            F("CARD-HITS-UNCAPPED", "minor", "correctness", "Hits not validated against birds",
              "Check 0 <= hits <= birds per stand.", conf=0.6),
            F("CARD-ZERO-BIRDS", "minor", "correctness", "Division by zero in percentage",
              "Handle empty cards.", conf=0.8),
            F("LEADERBOARD-PHONE", "major", "security", "Personal data leak on leaderboard",
              "Remove phone numbers.", conf=0.8),
            F("LEADERBOARD-CACHE-RACE", "minor", "concurrency", "Unsynchronized leaderboard cache",
              "Protect the cache with a lock.", conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one in officer card pagination",
              "Use (page - 1) * size.", conf=0.8),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size in officer card list",
              "Cap size at 100.", d=+1, conf=0.6),
        ], wrap="object+summary", summary="20 issues: 3 blocker, 9 major, 8 minor"),
    ]),
}
