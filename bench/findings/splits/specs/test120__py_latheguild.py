"""test120/py-latheguild: a woodturning guild's lathe bookings, timber blank swaps and demo nights (Python, Flask).

Written 2026-12-08 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (only the tune2 spec once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-08 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test120: seeded problems in a woodturning guild's Flask service; five agents' answers by hand."
)

A = "latheguild/app.py"
PROBLEMS = {
    "DAY-LEAKS-MEMBERS": P(A, '"member": taken.get((l, h))}', "security",
                           "public lathe day view lists which member booked each session (extra, one agent)"),
    "MEMBER-SECRET-EMPTY": P(A, "expected = hmac.new(MEMBER_SECRET.encode()", "security",
                             "MEMBER_SECRET defaults to empty: anyone can sign any member number"),
    "SIG-COMPARE-TIMING": P(A, "if sig != expected:", "security",
                            "member signature compared with != instead of a constant-time compare"),
    "WEEK-WINDOW-SHORT": P(A, "(week_start + timedelta(days=6)).isoformat()", "bug",
                           "week window is day < Monday+6: Sunday bookings are not counted", "off-by-one"),
    "WEEKLY-LIMIT-OFF": P(A, "if count > MAX_SESSIONS_PER_WEEK:", "bug",
                          "count > MAX lets a member book a fourth session in a week", "off-by-one"),
    "BOOKING-CLASH-RACE": P(A, "if clash:", "bug",
                            "clash check then insert with no unique constraint or transaction: double booking",
                            "critical-section"),
    "CANCEL-NOT-OWNER": P(A, 'db.execute("DELETE FROM bookings WHERE id = ?"', "security",
                          "any member can cancel any booking by id (no owner check)", "signature-vs-statement"),
    "SWAP-SPECIES-UNCHECKED": P(A, 'species = request.json.get("species", "")', "bug",
                                "offered species not checked against SPECIES (the import checks it)"),
    "SWAP-SQL-SPECIES": P(A, 'sql = f"INSERT INTO swaps', "security",
                          "SQL injection through the species value formatted into the INSERT", "source-vs-sink"),
    "SWAP-SQL-SIZE": P(A, 'sql = f"INSERT INTO swaps', "security",
                       "SQL injection through the size value formatted into the INSERT", "source-vs-sink"),
    "CLAIM-OWN-BLANK": P(A, 'if row is None or row["status"] != "open":', "bug",
                         "a member can claim the blank they offered themselves"),
    "CLAIM-RACE": P(A, "db.execute(\"UPDATE swaps SET status = 'claimed'", "bug",
                    "select then update without a status guard: two members can both claim one blank",
                    "critical-section"),
    "SWAP-STATS-RACE": P(A, '_swap_stats["claimed"] += 1', "bug",
                         "swap counters incremented from request threads without a lock"),
    "PER-NEGATIVE-UNBOUNDED": P(A, 'per = min(int(request.args.get("per", 20)), 100)', "performance",
                                "negative per passes the min() cap and LIMIT -1 returns every row (extra, one agent)"),
    "SORT-INJECTION": P(A, 'q += f" ORDER BY {sort} LIMIT ? OFFSET ?"', "security",
                        "sort query value formatted into ORDER BY", "source-vs-sink"),
    "PAGE-OFFSET": P(A, "args += [per, page * per]", "bug",
                     "pages counted from 1 but OFFSET is page*per: the first page is never returned", "off-by-one"),
    "YAML-UNSAFE": P(A, "data = yaml.load(request.data, Loader=yaml.Loader)", "security",
                     "yaml.Loader on a request body constructs arbitrary objects", "signature-vs-statement"),
    "DEMO-CACHE-RACE": P(A, 'rows = get_db().execute("SELECT id, title, turner, night FROM demos', "performance",
                         "demo board cache refreshed without a lock: every request after expiry queries and rewrites it",
                         "critical-section"),
    "DEMO-BOARD-STALE-SEATS": P(A, "seats_left=DEMO_SEATS - _seats_taken.get", "bug",
                                "seats_left frozen into the 60 s cache and read without the seat lock: board shows stale seats"),
    "CARD-XSS-TURNER": P(A, "return f\"<h1>{html.escape(d['title'])}", "security",
                         "demo card puts the turner's name into HTML unescaped"),
    "CARD-XSS-NOTES": P(A, "return f\"<h1>{html.escape(d['title'])}", "security",
                        "demo card puts the demo notes into HTML unescaped"),
    "SEATS-UNVALIDATED": P(A, 'want = int(request.json.get("seats", 1))', "bug",
                           "seat count not checked: zero or negative seats accepted, negative frees seats"),
    "DEMO-SEAT-RACE": P(A, "if taken + want > DEMO_SEATS:", "bug",
                        "seat lock released before the capacity check and the write: demos overbooked",
                        "critical-section"),
    "POSTER-SHELL-PRINTER": P(A, 'subprocess.run(f"lp -d {printer}', "security",
                              "printer value from the request formatted into a shell command", "source-vs-sink"),
    "POSTER-SHELL-COPIES": P(A, 'subprocess.run(f"lp -d {printer}', "security",
                             "copies value from the request formatted into a shell command", "source-vs-sink"),
    "POSTER-EXIT-IGNORED": P(A, 'subprocess.run(f"lp -d {printer}', "bug",
                             "check=False and no returncode check: a failed print still answers queued"),
    "GALLERY-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security",
                           "gallery file query value joined to PHOTO_DIR: any file readable", "signature-vs-statement"),
}

CONFUSABLE = [
    ("MEMBER-SECRET-EMPTY", "SIG-COMPARE-TIMING"),
    ("WEEK-WINDOW-SHORT", "WEEKLY-LIMIT-OFF"),
    ("WEEKLY-LIMIT-OFF", "BOOKING-CLASH-RACE"),
    ("SWAP-SQL-SPECIES", "SWAP-SQL-SIZE"),
    ("SWAP-SPECIES-UNCHECKED", "SWAP-SQL-SPECIES"),
    ("CLAIM-OWN-BLANK", "CLAIM-RACE"),
    ("CLAIM-RACE", "SWAP-STATS-RACE"),
    ("SORT-INJECTION", "PAGE-OFFSET"),
    ("DEMO-CACHE-RACE", "DEMO-BOARD-STALE-SEATS"),
    ("CARD-XSS-TURNER", "CARD-XSS-NOTES"),
    ("SEATS-UNVALIDATED", "DEMO-SEAT-RACE"),
    ("POSTER-SHELL-PRINTER", "POSTER-SHELL-COPIES"),
    ("POSTER-SHELL-PRINTER", "POSTER-EXIT-IGNORED"),
    ("POSTER-SHELL-COPIES", "POSTER-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `latheguild/app.py`

        The service is small and mostly straightforward, but several endpoints build SQL or shell commands from
        request values, and the in-memory demo seat counter is not actually protected by its lock.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | Injection | swap INSERT, swap list ORDER BY, poster `lp` command |
        | P0 | Deserialization | `yaml.Loader` in the blank import |
        | P1 | Access control | member signature, cancelling other members' bookings, gallery path |
        | P1 | Concurrency | lathe double booking, blank claims, demo seats, demo board cache |
        | P2 | Logic | weekly session limit, paging, card escaping |

        Things that are fine and worth keeping: `warden_only` fails closed when `WARDEN_KEY` is unset and uses
        `hmac.compare_digest`; `release_seat` does its whole read-modify-write under `_seat_lock`; the import
        binds its parameters and filters species; uploads go through `secure_filename`.
        """,
        Block([
            F("MEMBER-SECRET-EMPTY", "high", "security", "Member signatures are forgeable when `MEMBER_SECRET` is unset",
              "Refuse to start (or fail every request) when `MEMBER_SECRET` is empty; an HMAC keyed with b'' can be computed by anyone for any member number.",
              symbol="member_only.wrapper", conf=0.85),
            F("SIG-COMPARE-TIMING", "medium", "security", "Signature compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest(sig, expected)`, as `warden_only` already does.",
              symbol="member_only.wrapper", conf=0.7),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any other member's lathe booking",
              "Delete with `WHERE id = ? AND member = ?` and return 404 when no row was deleted.",
              symbol="cancel_booking", conf=0.9),
            F("SWAP-SQL-SPECIES", "critical", "security", "SQL injection via `species` in the swap offer INSERT",
              "Use a parameterised INSERT; `species` comes straight from the JSON body.",
              symbol="offer_blank", conf=0.95),
            F("SWAP-SQL-SIZE", "critical", "security", "SQL injection via `size` in the same INSERT",
              "Bind `size` as a parameter as well; it is the free-text field, so the easier one to abuse.",
              symbol="offer_blank", conf=0.9),
            F("SORT-INJECTION", "high", "security", "`sort` is interpolated into ORDER BY in `/swaps`",
              "Map `sort` through an allow-list (`{'id', 'species', 'size'}`) before building the query.",
              symbol="list_swaps", conf=0.9),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can instantiate arbitrary Python objects.",
              symbol="import_blanks", conf=0.9),
            F("POSTER-SHELL-PRINTER", "high", "security", "Shell injection through `printer` in the poster print command",
              "Call `subprocess.run(['lp', '-d', printer, '-n', str(int(copies)), path])` without `shell=True` and check the printer against a list.",
              symbol="print_poster", conf=0.85),
            F("POSTER-SHELL-COPIES", "high", "security", "`copies` is also passed unvalidated into the shell string",
              "Parse `copies` as a bounded int (1-50) before use.",
              symbol="print_poster", conf=0.8),
            F("GALLERY-TRAVERSAL", "high", "security", "Path traversal in `/gallery` via the `file` parameter",
              "Use `send_from_directory(PHOTO_DIR, name)` or `secure_filename`, as the upload handler does.",
              symbol="gallery_photo", conf=0.9),
            F("CARD-XSS-TURNER", "medium", "security", "Stored XSS: turner name rendered unescaped in the demo card",
              "Escape `turner` with `html.escape` like `title`, or render a template with autoescaping.",
              symbol="demo_card", conf=0.8),
            F("CARD-XSS-NOTES", "medium", "security", "Stored XSS: demo notes rendered unescaped in the demo card",
              "Escape `notes` too; notes are free text typed by any organiser.",
              symbol="demo_card", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("WEEKLY-LIMIT-OFF", "medium", "bug", "Weekly session limit allows one extra booking",
              "`count` is the number of existing bookings, so the check must be `count >= MAX_SESSIONS_PER_WEEK`.",
              symbol="book_lathe", conf=0.85),
            F("WEEK-WINDOW-SHORT", "low", "bug", "Week window excludes Sunday",
              "`day < week_start + 6 days` stops at Saturday; use `timedelta(days=7)` as the exclusive end.",
              symbol="book_lathe", conf=0.75),
            F("BOOKING-CLASH-RACE", "high", "bug", "Lathe clash check and insert are not atomic",
              "Add `UNIQUE(lathe, day, hour)` and handle `sqlite3.IntegrityError`; two concurrent requests can both pass the SELECT.",
              d=-1, n=3, symbol="book_lathe", conf=0.8),
            F("CLAIM-RACE", "medium", "bug", "Two members can claim the same blank",
              "Make the UPDATE conditional (`... WHERE id = ? AND status = 'open'`) and check `rowcount`.",
              symbol="claim_blank", conf=0.8),
            F("PAGE-OFFSET", "medium", "bug", "`/swaps` paging skips the first page",
              "`page` defaults to 1, so the offset must be `(page - 1) * per`.",
              symbol="list_swaps", conf=0.85),
            F("DEMO-SEAT-RACE", "high", "bug", "`_seat_lock` does not protect the capacity check",
              "Keep the lock held across the read, the `> DEMO_SEATS` check and the write, as `release_seat` does.",
              symbol="reserve_seat", conf=0.9),
            F("DEMO-CACHE-RACE", "low", "performance", "Demo board cache refresh is unsynchronised (stampede on expiry)",
              "Guard the refresh with a lock or use a small TTL cache; after expiry every concurrent request hits SQLite.",
              d=-1, symbol="demo_board", conf=0.6),
            F("DEMO-BOARD-STALE-SEATS", "low", "bug", "`seats_left` on the board can be a minute out of date",
              "Compute `seats_left` per request (under `_seat_lock`) instead of caching it with the demo list.",
              symbol="demo_board", conf=0.6),
            F("POSTER-EXIT-IGNORED", "low", "bug", "Failed print jobs are reported as queued",
              "Check the return code of `lp` (or use `check=True`) and answer 502 on failure.",
              symbol="print_poster", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SWAP-SQL-SPECIES", "critical", "security", "SQL injection: species from request body built into INSERT",
              "Parameterise.", d=-2),
            F("SWAP-SQL-SIZE", "critical", "security", "SQL injection: size from request body built into INSERT",
              "Parameterise.", d=-1),
            F("SORT-INJECTION", "high", "security", "ORDER BY built from ?sort=", "Allow-list sort columns.", d=-1),
            F("YAML-UNSAFE", "critical", "security", "Unsafe YAML load in import_blanks", "yaml.safe_load.", d=-1),
            F("POSTER-SHELL-PRINTER", "high", "security", "printer from body reaches shell=True lp command",
              "argv list, no shell.", d=-1),
            F("POSTER-SHELL-COPIES", "high", "security", "copies from body reaches shell=True lp command",
              "int() and argv list.", d=-2),
            F("GALLERY-TRAVERSAL", "high", "security", "gallery_photo serves any path under ../", "send_from_directory.", d=-2),
            F("CANCEL-NOT-OWNER", "high", "security", "cancel_booking deletes without checking the booking's member",
              "Add member to WHERE.", d=-2),
            F("SIG-COMPARE-TIMING", "low", "security", "Non-constant-time signature comparison", "hmac.compare_digest."),
            F("CARD-XSS-NOTES", "medium", "security", "Unescaped notes in demo card HTML", "html.escape."),
            F("WEEKLY-LIMIT-OFF", "medium", "bug", "Off-by-one in weekly limit (> should be >=)", ">= MAX_SESSIONS_PER_WEEK."),
            F("BOOKING-CLASH-RACE", "high", "bug", "Double booking race between SELECT and INSERT",
              "UNIQUE(lathe, day, hour).", d=+2),
            F("CLAIM-OWN-BLANK", "low", "bug", "Member can claim own blank", "Reject when row['member'] == g.member."),
            F("SEATS-UNVALIDATED", "medium", "bug", "seats not validated; negative value releases seats", "Require 1 <= seats <= 4."),
            F("DEMO-SEAT-RACE", "high", "bug", "Seat reservation writes _seats_taken outside the lock",
              "Hold _seat_lock for check and write.", d=+2),
            F("DEMO-BOARD-STALE-SEATS", "low", "bug", "seats_left cached for 60s and read without _seat_lock",
              "Compute per request."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `latheguild` application, a Flask service that manages lathe bookings, timber
        blank swaps and demo nights for a woodturning guild.

        **Overall Assessment**

        The application has several critical injection vulnerabilities (SQL, shell, YAML) and a number of race
        conditions around shared in-memory state. The warden authentication is implemented correctly, but the
        member authentication depends on a secret that may be empty.

        **Security Findings**
        """,
        Block([
            F("SWAP-SQL-SPECIES", "CRITICAL", "SQL Injection", "SQL Injection in Blank Swap Offer",
              "Use parameterized queries with `?` placeholders.", sd=-2, n=3,
              desc="The `species` field from the JSON body is interpolated directly into the INSERT statement via an f-string."),
            F("SORT-INJECTION", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against a whitelist of column names.", sd=-2, n=3),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`."),
            F("POSTER-SHELL-PRINTER", "CRITICAL", "Command Injection", "Command Injection in Poster Printing",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="The `printer` parameter is inserted into a shell command string. A value like `x; rm -rf /` would be executed."),
            F("GALLERY-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Gallery Endpoint",
              "Use `send_from_directory` which rejects paths outside the directory.", sd=-2, n=3),
            F("MEMBER-SECRET-EMPTY", "HIGH", "Broken Authentication", "Member Signature Secret May Be Empty",
              "Fail at startup if `MEMBER_SECRET` is not configured.", sd=-2, n=3),
            F("CARD-XSS-TURNER", "MEDIUM", "Cross-Site Scripting", "Cross-Site Scripting in Demo Card (turner)",
              "Escape all interpolated values.", sd=-2, n=3),
            F("CARD-XSS-NOTES", "MEDIUM", "Cross-Site Scripting", "Cross-Site Scripting in Demo Card (notes)",
              "Escape all interpolated values."),
            F("DAY-LEAKS-MEMBERS", "LOW", "Information Disclosure", "Lathe Schedule Exposes Member Identities",
              "Omit the member field for unauthenticated callers.",
              desc="The public `/lathes/<day>` endpoint returns who booked each lathe session."),
        ], wrap="list"),
        """
        **Concurrency and Logic Findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting app.py into blueprints for bookings, swaps and demos."}),
            F("WEEKLY-LIMIT-OFF", "MEDIUM", "Logic Error", "Incorrect Weekly Booking Limit Check",
              "Use `>=`.", sd=-2, n=3),
            F("BOOKING-CLASH-RACE", "HIGH", "Race Condition", "Race Condition in Lathe Booking",
              "Use a UNIQUE constraint.",
              desc="Between the SELECT that checks for a clash and the INSERT, another request can book the same lathe and session."),
            F("CLAIM-RACE", "MEDIUM", "Race Condition", "Race Condition in Claiming Blanks",
              "Use a conditional UPDATE.", d=-2, sd=-3, n=3),
            F("SWAP-STATS-RACE", "LOW", "Race Condition", "Unsynchronized Swap Statistics Counter",
              "Protect `_swap_stats` with a lock.",
              desc="`_swap_stats['claimed'] += 1` is a read-modify-write executed by concurrent request threads."),
            F("DEMO-SEAT-RACE", "HIGH", "Race Condition", "Demo Seat Overbooking Race Condition",
              "Hold the lock for the entire operation.", d=-2, sd=-2, n=3),
            F("DEMO-CACHE-RACE", "LOW", "Caching", "Cache Refresh Without Synchronization",
              "Use a lock around the refresh.", d=+1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SWAP-SQL-SPECIES", "error", "security", "sql injection in offer_blank", "use ? params", d=+1),
            F("SORT-INJECTION", "error", "security", "sort param injected into ORDER BY", "whitelist"),
            F("YAML-UNSAFE", "error", "security", "yaml.load with full Loader", "safe_load"),
            F("POSTER-SHELL-PRINTER", "error", "security", "shell injection via printer", "no shell=True"),
            F("GALLERY-TRAVERSAL", "error", "security", "path traversal in gallery", "send_from_directory"),
            F("CANCEL-NOT-OWNER", "warning", "security", "cancel doesn't check booking owner", "check member"),
            F("CARD-XSS-TURNER", "warning", "security", "xss in demo card (turner)", "escape"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("WEEKLY-LIMIT-OFF", "warning", "bug", "weekly limit off by one", ">=", d=+1),
            F("SWAP-SPECIES-UNCHECKED", "warning", "", "species not checked against SPECIES", "validate like import does"),
            F("CLAIM-RACE", "warning", "bug", "blank can be claimed twice", "update where status='open'"),
            F("PAGE-OFFSET", "warning", "bug", "page 1 returns second page", "(page-1)*per"),
            F("SEATS-UNVALIDATED", "warning", "bug", "negative seats accepted", "check > 0"),
            F("DEMO-SEAT-RACE", "error", "bug", "seat check outside lock", "hold lock", d=-1),
            F("POSTER-EXIT-IGNORED", "warning", "bug", "lp failure ignored", "check=True"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the swap INSERT and swap list, shell in the poster printer, unsafe YAML.
        2. Authentication/authorization: member signatures and booking cancellation.
        3. Concurrency: booking clash, blank claims, demo seats, demo board cache.
        4. Correctness: weekly limit window, paging, seat validation.
        5. Output encoding: demo card.
        """,
        Block([
            F("SWAP-SQL-SPECIES", "blocker", "security", "SQL injection in offer_blank (species)",
              "Use bound parameters.", conf=0.95),
            F("SWAP-SQL-SIZE", "blocker", "security", "SQL injection in offer_blank (size)",
              "Use bound parameters.", conf=0.9),
            F("SWAP-SPECIES-UNCHECKED", "minor", "correctness", "Species of offered blank is not validated",
              "Check membership in SPECIES.", conf=0.6),
            F("SORT-INJECTION", "major", "security", "Unsanitised sort column in list_swaps",
              "Use an allow-list.", d=+2, conf=0.85),
            F("PAGE-OFFSET", "minor", "correctness", "Off-by-one in swap list pagination offset",
              "Use (page - 1) * per.", d=-1, conf=0.75),
            F("PER-NEGATIVE-UNBOUNDED", "minor", "performance", "Negative per value disables the page size limit",
              "Clamp per to 1..100; SQLite treats LIMIT -1 as no limit.", conf=0.6),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML deserialization in import_blanks",
              "Use yaml.safe_load.", conf=0.9),
            F("POSTER-SHELL-PRINTER", "blocker", "security", "Command injection via printer name",
              "Pass an argument list.", conf=0.9),
            F("POSTER-SHELL-COPIES", "major", "security", "Command injection via copies",
              "Validate as integer.", conf=0.8),
            F("GALLERY-TRAVERSAL", "major", "security", "Directory traversal in gallery_photo",
              "Normalise and check the path.", d=-1, conf=0.85),
            F("MEMBER-SECRET-EMPTY", "major", "security", "Empty default for MEMBER_SECRET",
              "Require the secret.", conf=0.8),
            F("SIG-COMPARE-TIMING", "minor", "security", "Timing attack on member signature comparison",
              "Use hmac.compare_digest.", conf=0.7),
            F("CANCEL-NOT-OWNER", "major", "security", "Missing ownership check on booking cancellation",
              "Restrict the DELETE to the caller's bookings.", conf=0.85),
            F("WEEK-WINDOW-SHORT", "minor", "correctness", "Weekly booking window misses the last day of the week",
              "Use days=7 for the exclusive upper bound.", d=+2, conf=0.65),
            F("WEEKLY-LIMIT-OFF", "major", "correctness", "Weekly session limit check is off by one",
              "Use >=.", conf=0.85),
            F("BOOKING-CLASH-RACE", "major", "concurrency", "Race condition between clash check and insert",
              "Add a unique index.", d=-1, conf=0.8),
            F("CLAIM-OWN-BLANK", "minor", "correctness", "Owner can claim their own blank",
              "Compare row['member'] with g.member.", conf=0.6),
            F("CLAIM-RACE", "major", "concurrency", "Concurrent claims of the same blank are not prevented",
              "Conditional UPDATE and rowcount check.", d=-3, conf=0.75),
            F("DEMO-CACHE-RACE", "minor", "concurrency", "Demo board cache is not thread-safe",
              "Protect the cache with a lock.", conf=0.6),
            F("CARD-XSS-TURNER", "major", "security", "XSS in demo card via turner name",
              "Escape output.", conf=0.8),
            F("CARD-XSS-NOTES", "major", "security", "XSS in demo card via notes",
              "Escape output.", conf=0.8),
            F("SEATS-UNVALIDATED", "major", "correctness", "Seat count accepts zero and negative values",
              "Validate seats >= 1.", conf=0.75),
            F("DEMO-SEAT-RACE", "blocker", "concurrency", "Demo seat check-then-act outside the lock",
              "Extend the critical section.", conf=0.85),
        ], wrap="object+summary", summary="23 issues: 5 blocker, 11 major, 7 minor"),
    ]),
}
