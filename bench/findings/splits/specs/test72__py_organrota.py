"""test72/py-organrota: a church organ practice-time rota (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test72: seeded problems in a church organ practice rota service; five agents' "
    "answers written by hand."
)

A = "organrota/app.py"
PROBLEMS = {
    "SECRET-DEFAULT": P(A, 'SECRET = os.environ.get("ROTA_SECRET", "swell-to-great")', "security", "token signing secret falls back to a hard-coded default"),
    "KEY-FAILS-OPEN": P(A, 'if request.headers.get("X-Organist-Key") != os.environ.get("ORGANIST_KEY"):', "security", "organist key unset: a request without the header compares None == None and passes", "signature-vs-statement"),
    "KEY-TIMING": P(A, 'if request.headers.get("X-Organist-Key") != os.environ.get("ORGANIST_KEY"):', "security", "organist key compared with != instead of a constant-time comparison"),
    "TOKEN-TRUNCATED": P(A, "if sig == hashlib.sha1((SECRET + name).encode()).hexdigest()[:8]:", "security", "player token signature is 8 hex digits of an unkeyed SHA-1: forgeable by brute force", "signature-vs-statement"),
    "TOKEN-TIMING": P(A, "if sig == hashlib.sha1((SECRET + name).encode()).hexdigest()[:8]:", "security", "token signature compared with == (timing leak) instead of hmac.compare_digest"),
    "ROTA-PII": P(A, '"SELECT * FROM slots JOIN players ON players.name = slots.player "', "security", "public rota selects * from players: phone numbers and notes of every organist on an unauthenticated endpoint"),
    "ROTA-SORT-SQLI": P(A, 'f"WHERE start_at >= ? AND start_at < ? ORDER BY {sort}",', "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "BOOK-PLAYER-FROM-BODY": P(A, 'player = body.get("player")', "security", "booking names the player from the request body, not the caller: anyone books as anyone", "signature-vs-statement"),
    "BOOK-HOURS-UNCHECKED": P(A, "if hours > MAX_HOURS:", "bug", "hours has an upper bound only: zero or negative hours give an empty or inverted slot"),
    "CLASH-BOUNDARY": P(A, 'clash = db.execute("SELECT id FROM slots WHERE start_at < ? AND end_at >= ?"', "bug", "end_at >= start: a slot that ends when the new one starts counts as a clash, back-to-back bookings refused", "off-by-one"),
    "CLASH-RACE": P(A, "if clash:", "bug", "clash check then insert without a transaction or lock: two concurrent requests double-book the organ", "critical-section"),
    "CANCEL-NO-OWNER": P(A, 'db.execute("DELETE FROM slots WHERE id = ?", (slot_id,))', "security", "any organist deletes any slot by id: no check that the slot is theirs", "signature-vs-statement"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_DEFAULT))', "performance", "page size from the query string has no upper bound"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size skips the first page", "off-by-one"),
    "BLOWER-NEGATIVE": P(A, 'minutes = int(request.json["minutes"])', "bug", "blower minutes not checked: a negative value winds the service counter back"),
    "BLOWER-RACE": P(A, "BLOWER_MINUTES[organ] = total", "bug", "read-modify-write of the shared blower counter without _blower_lock under a threaded server: lost updates", "critical-section"),
    "SERVICE-DUE": P(A, "due = total // 60 > SERVICE_HOURS", "bug", "floor division and > flag the blower service only after 51 full hours, not at 50", "off-by-one"),
    "CARD-XSS": P(A, "f\"<p>Grade {escape(row['grade'])} &middot; ring {row['phone']}</p><p>{row['notes']}</p>\"", "security", "player notes rendered into HTML unescaped: stored XSS"),
    "CARD-PHONE": P(A, "f\"<p>Grade {escape(row['grade'])} &middot; ring {row['phone']}</p><p>{row['notes']}</p>\"", "security", "player phone number printed on a public, unauthenticated card"),
    "HOURS-DECEMBER": P(A, "by_month = {m: 0 for m in range(1, 12)}", "bug", "range(1, 12) leaves out December: a December slot raises KeyError (500)", "off-by-one"),
    "PRINT-TMP": P(A, 'with open("/tmp/organ-rota.txt", "w") as fh:', "security", "fixed, predictable /tmp path shared by all requests (symlink clobbering, interleaved print jobs)"),
    "PRINT-SHELL": P(A, 'subprocess.run(f"lp -d {printer} -n {copies} /tmp/organ-rota.txt", shell=True, check=False)', "security", "printer form value formatted into a shell command: command injection", "source-vs-sink"),
    "IMPORT-YAML": P(A, "data = yaml.load(request.get_data(), Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
    "EXPORT-CSV": P(A, 'w.writerow([r["player"], r["start_at"], r["end_at"], r["hours"]])', "security", "extra, one agent: player names written to CSV unescaped (formula injection; names come from the request body)"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080, threaded=True, debug=True)', "security", "debug=True on all interfaces: the Werkzeug debugger console is reachable"),
}

CONFUSABLE = [
    ("KEY-FAILS-OPEN", "KEY-TIMING"),
    ("TOKEN-TRUNCATED", "TOKEN-TIMING"),
    ("ROTA-PII", "ROTA-SORT-SQLI"),
    ("CLASH-BOUNDARY", "CLASH-RACE"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET"),
    ("BLOWER-NEGATIVE", "BLOWER-RACE"),
    ("BLOWER-RACE", "SERVICE-DUE"),
    ("BLOWER-NEGATIVE", "SERVICE-DUE"),
    ("CARD-XSS", "CARD-PHONE"),
    ("PRINT-TMP", "PRINT-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `organrota/app.py`

        The service is a single Flask module. Two things dominate: the organist key fails open when
        `ORGANIST_KEY` is not set, and several endpoints turn request values into SQL, shell or HTML.
        Booking and the blower counter also have ordinary concurrency bugs once `threaded=True` is in play.

        | priority | area | findings |
        |---|---|---|
        | 1 | auth | organist key, player token, secret default |
        | 2 | injection | `/rota` sort, `/rota/print`, YAML import, player card |
        | 3 | correctness | booking clash, paging, blower counter, monthly hours |

        Done right, and worth keeping: `verger_only` fails closed and uses `hmac.compare_digest`;
        `/blower/status` copies the counters under `_blower_lock`; every query except `/rota`'s ORDER BY
        binds its parameters; the player name and grade on the card are escaped; `close_db` always closes.
        """,
        Block([
            F("KEY-FAILS-OPEN", "critical", "security", "`organist_key` lets every request through when ORGANIST_KEY is unset",
              "Fail closed: read the key once at start-up, refuse to start (or answer 503) when it is empty.",
              symbol="organist_key.wrapper", conf=0.9),
            F("KEY-TIMING", "low", "security", "Organist key compared with `!=`",
              "Use `hmac.compare_digest(given, expected)` as `verger_only` already does.",
              symbol="organist_key.wrapper", conf=0.6),
            F("TOKEN-TRUNCATED", "high", "security", "Player tokens carry a 32-bit signature that can be brute-forced",
              "Use `hmac.new(SECRET, name, sha256).hexdigest()` untruncated; 8 hex digits are 2^32 guesses.",
              symbol="player_from_token", conf=0.8),
            F("SECRET-DEFAULT", "high", "security", "Token secret defaults to the string `swell-to-great`",
              "Require `ROTA_SECRET`; with the default anyone can mint tokens for any player.",
              symbol="SECRET", conf=0.8),
            F("ROTA-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /rota`",
              "Map `sort` onto a fixed set of column names and reject anything else.",
              symbol="rota", conf=0.95),
            F("ROTA-PII", "medium", "security", "The public rota returns every joined `players` column",
              "Select only `player, start_at, end_at`; the endpoint has no auth and currently leaks phones and notes.",
              symbol="rota", conf=0.8),
            F("BOOK-PLAYER-FROM-BODY", "high", "security", "Bookings are made in whatever name the body says",
              "Take the player from `current_player()` and 401 without a token.",
              symbol="book_slot", conf=0.85),
            F("CLASH-RACE", "medium", "bug", "Double booking: clash check and insert are not atomic",
              "Wrap check and insert in `BEGIN IMMEDIATE` ... `COMMIT`, or add an exclusion constraint.",
              n=3, symbol="book_slot", conf=0.8),
            F("CLASH-BOUNDARY", "low", "bug", "Back-to-back practice slots are reported as a clash",
              "Use `end_at > ?`; a slot ending at 14:00 does not overlap one starting at 14:00.",
              symbol="book_slot", conf=0.75),
            F("CANCEL-NO-OWNER", "high", "security", "`DELETE /slots/<id>` deletes any organist's slot",
              "Add `AND player = ?` with the caller's name and return 404 when nothing was deleted.",
              symbol="cancel_slot", conf=0.85),
        ]),
        "The remaining findings are lower-risk or need the verger key to reach:",
        Block([
            F("PAGE-OFFSET", "medium", "bug", "`/slots` never returns the first page",
              "`offset = (page - 1) * size` with `page >= 1` enforced.", symbol="list_slots", conf=0.9),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Unbounded page size in `/slots`",
              "Clamp `size` to, say, 1..100.", symbol="list_slots", conf=0.6),
            F("BLOWER-RACE", "medium", "bug", "Blower minutes are updated without `_blower_lock`",
              "Do the read-add-store inside `with _blower_lock:`; concurrent posts lose minutes.",
              d=-1, n=2, symbol="log_blower", conf=0.8),
            F("SERVICE-DUE", "low", "bug", "Blower service flagged an hour late",
              "`total >= SERVICE_HOURS * 60`.", symbol="log_blower", conf=0.65),
            F("CARD-XSS", "high", "security", "Stored XSS through `notes` on the player card",
              "Escape `notes` (and `phone`) like the name, or render a template.", symbol="player_card", conf=0.9),
            F("CARD-PHONE", "medium", "security", "Player card publishes the phone number to anyone",
              "Drop the phone from the public card or put the route behind `verger_only`.", symbol="player_card", conf=0.7),
            F("HOURS-DECEMBER", "medium", "bug", "Monthly hours leave out December",
              "`range(1, 13)`; today any December slot makes the endpoint raise `KeyError`.",
              symbol="practice_hours", conf=0.9),
            F("PRINT-TMP", "medium", "security", "Rota printed from a fixed path in /tmp",
              "Use `tempfile.NamedTemporaryFile`; a fixed name can be pre-created as a symlink and two print jobs overwrite each other.",
              symbol="print_rota", conf=0.6),
            F("PRINT-SHELL", "critical", "security", "Command injection through `printer` in `/rota/print`",
              "`subprocess.run([\"lp\", \"-d\", printer, \"-n\", str(copies), path], check=True)` and an allow-list of printers.",
              symbol="print_rota", conf=0.9),
            F("IMPORT-YAML", "high", "security", "`yaml.load` with `yaml.Loader` on uploaded data",
              "`yaml.safe_load`.", symbol="import_players", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no tests in repo).",
        Block([
            F("ROTA-SORT-SQLI", "critical", "security", "SQLi: ?sort= goes into ORDER BY", "whitelist columns", d=-3),
            F("PRINT-SHELL", "critical", "security", "RCE via printer in /rota/print (shell=True)", "argv list, no shell", d=-3),
            F("IMPORT-YAML", "high", "security", "unsafe yaml.load on request body", "yaml.safe_load", d=-1),
            F("KEY-FAILS-OPEN", "high", "security", "organist_key passes when ORGANIST_KEY is unset", "reject when env var empty", d=-1),
            F("TOKEN-TRUNCATED", "high", "security", "player token sig truncated to 8 hex chars", "full HMAC-SHA256", d=-2),
            F("BOOK-PLAYER-FROM-BODY", "high", "security", "book_slot trusts body.player", "use current_player()", d=-2),
            F("CANCEL-NO-OWNER", "high", "security", "cancel_slot: no ownership check", "filter by player", d=-2),
            F("BOOK-HOURS-UNCHECKED", "medium", "bug", "hours <= 0 accepted by book_slot", "require 1 <= hours <= MAX_HOURS"),
            F("CLASH-RACE", "medium", "bug", "check-then-insert race in book_slot", "single transaction", d=-1),
            F("CLASH-BOUNDARY", "low", "bug", "adjacent slots treated as overlapping (end_at >= start)", "strict >", d=-2),
            F("PAGE-OFFSET", "medium", "bug", "offset skips page 1", "(page-1)*size"),
            F("BLOWER-NEGATIVE", "medium", "bug", "negative blower minutes accepted", "require minutes > 0"),
            F("BLOWER-RACE", "medium", "bug", "BLOWER_MINUTES updated without lock", "use _blower_lock", d=-1),
            F("CARD-XSS", "high", "security", "unescaped notes in player card", "escape()"),
            F("HOURS-DECEMBER", "medium", "bug", "KeyError for December slots in practice_hours", "range(1, 13)", d=2),
            F("DEBUG-ON", "high", "security", "debug=True bound to 0.0.0.0", "debug off"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `organrota` application, a Flask service that manages practice slots for a
        church organ, tracks blower motor hours and prints a weekly rota.

        **Overall assessment.** The code is compact and readable, but authentication is inconsistent (one
        decorator fails closed, the other fails open), several request values reach SQL, the shell and HTML
        unmodified, and shared state is mutated from concurrent request threads.

        **Security findings**
        """,
        Block([
            F("ROTA-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Rota Sort Order",
              "Validate `sort` against an allow-list of column names.", sd=-2, n=3,
              desc="The `sort` parameter is interpolated with an f-string into the ORDER BY clause of an unauthenticated endpoint."),
            F("PRINT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Rota Printing",
              "Pass an argument list to `subprocess.run` and drop `shell=True`.", sd=-2, n=3,
              desc="`printer` comes straight from the form and is placed in a shell command line."),
            F("IMPORT-YAML", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Player Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Organist Key Check Fails Open",
              "Deny access when the environment variable is missing.", sd=-2, n=3,
              desc="If `ORGANIST_KEY` is not configured, `os.environ.get` returns None and so does the missing header, so the comparison succeeds."),
            F("KEY-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest`."),
            F("TOKEN-TIMING", "LOW", "Timing Attack", "Token Signature Compared with ==",
              "Use `hmac.compare_digest` for the signature check.", sd=-2, n=3),
            F("CANCEL-NO-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Slot Cancellation",
              "Check that the slot belongs to the caller.", sd=-2, n=3),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Player Card",
              "Escape all interpolated values.", sd=-2, n=3),
            F("PRINT-TMP", "MEDIUM", "Insecure Temporary File", "Predictable Temporary File Name",
              "Use the `tempfile` module.", sd=-2, n=3),
            F("EXPORT-CSV", "LOW", "CSV Injection", "Formula Injection in CSV Export",
              "Prefix cells beginning with `=`, `+`, `-` or `@` with a quote.", sd=-2, n=3,
              desc="Player names are free text from the booking body and end up in a spreadsheet opened by the verger."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Never run with `debug=True` outside development."),
        ], wrap="list"),
        "**Reliability and logic findings**",
        Block([
            F("CLASH-BOUNDARY", "MEDIUM", "Logic Error", "Adjacent Bookings Rejected as Overlapping",
              "Use a strict comparison for `end_at`.", sd=-2, n=3),
            F("CLASH-RACE", "MEDIUM", "Race Condition", "Double Booking Between Check and Insert",
              "Perform the check and the insert in one transaction.", d=3,
              desc="Two requests can both pass the clash SELECT before either INSERT is committed."),
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips the First Page",
              "Subtract one from `page` before computing the offset.", d=2),
            F("BLOWER-RACE", "MEDIUM", "Concurrency", "Unsynchronized Blower Counter Update",
              "Hold `_blower_lock` while updating `BLOWER_MINUTES`.", sd=-2, n=3),
            F("SERVICE-DUE", "LOW", "Logic Error", "Service Threshold Reported Late",
              "Compare minutes with `>=`.", d=1),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the module into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ROTA-SORT-SQLI", "error", "security", "sql injection via sort on /rota", "whitelist"),
            F("PRINT-SHELL", "error", "security", "shell injection via printer", "no shell=True"),
            F("IMPORT-YAML", "error", "security", "yaml.load unsafe", "safe_load"),
            F("CARD-XSS", "error", "", "xss in player card notes", "escape notes"),
            F("CANCEL-NO-OWNER", "warning", "security", "anyone can cancel any slot", "check owner"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("BOOK-HOURS-UNCHECKED", "warning", "bug", "zero/negative hours not rejected", "check hours >= 1"),
            F("CLASH-RACE", "warning", "bug", "double booking possible", "transaction", d=-1),
            F("BLOWER-RACE", "warning", "bug", "blower counter not locked", "use the lock"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: the organist key fails open and player tokens are weakly signed.
        2. Injection: SQL (`/rota`), shell (`/rota/print`), YAML import, HTML (player card).
        3. Data exposure: the public rota returns player contact details.
        4. Concurrency: booking and blower counting are not atomic.
        5. Correctness: pagination, month table, booking validation.
        """,
        Block([
            F("KEY-FAILS-OPEN", "blocker", "security", "Authentication bypass when ORGANIST_KEY is not configured",
              "Fail closed when the key is empty.", conf=0.9),
            F("TOKEN-TRUNCATED", "major", "security", "Weak player token signature (8 hex characters)",
              "Use a full-length HMAC.", conf=0.8),
            F("SECRET-DEFAULT", "major", "security", "Hard-coded fallback signing secret",
              "Require ROTA_SECRET at startup.", conf=0.8),
            F("ROTA-SORT-SQLI", "blocker", "security", "SQL injection in rota ordering",
              "Allow-list the sort column.", conf=0.95),
            F("ROTA-PII", "major", "security", "Public rota exposes players' personal data",
              "Return only the columns the rota needs.", d=1, conf=0.7),
            F("BOOK-PLAYER-FROM-BODY", "major", "security", "Booking owner is taken from the request body",
              "Derive the player from the token.", conf=0.8),
            F("CLASH-BOUNDARY", "minor", "correctness", "Overlap check treats touching slots as overlapping",
              "Use end_at > start.", conf=0.7),
            F("CLASH-RACE", "major", "concurrency", "Race condition between clash check and insert",
              "Use a transaction with an immediate lock.", d=2, conf=0.8),
            F("CANCEL-NO-OWNER", "major", "security", "Missing authorization on slot cancellation",
              "Check slot ownership.", conf=0.85),
            F("PAGE-SIZE-UNBOUNDED", "minor", "performance", "Page size not limited",
              "Cap the size parameter.", conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset is off by one page",
              "Use (page - 1) * size.", d=-2, conf=0.8),
            F("BLOWER-NEGATIVE", "minor", "correctness", "Negative blower minutes accepted",
              "Validate minutes > 0.", conf=0.7),
            F("BLOWER-RACE", "major", "concurrency", "Non-atomic update of BLOWER_MINUTES",
              "Protect with _blower_lock.", d=-1, conf=0.8),
            F("CARD-XSS", "major", "security", "Cross-site scripting in player card",
              "Escape notes.", conf=0.85),
            F("HOURS-DECEMBER", "major", "correctness", "Month table misses December",
              "Use range(1, 13).", conf=0.9),
            F("PRINT-SHELL", "blocker", "security", "Command injection in rota printing",
              "Avoid shell=True.", conf=0.9),
            F("IMPORT-YAML", "major", "security", "Unsafe YAML loader",
              "Use yaml.safe_load.", conf=0.85),
            F("DEBUG-ON", "major", "security", "Debug mode enabled in production entry point",
              "Disable debug.", conf=0.8),
        ], wrap="object+summary", summary="18 findings: 3 blocker, 12 major, 3 minor"),
    ]),
}
