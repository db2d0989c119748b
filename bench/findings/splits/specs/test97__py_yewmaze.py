"""test97/py-yewmaze: a hedge maze attraction's timed tickets, gate scans and path upkeep (Python, Flask + SQLite).

Frozen test split test97 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only tune2/py-snapctl's spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test97: seeded problems in a small hedge-maze ticketing and upkeep service; five "
    "agents' answers written by hand."
)

A = "yewmaze/app.py"
PROBLEMS = {
    "STAFF-KEY-FAIL-OPEN": P(A, 'if request.headers.get("X-Staff-Key", "") != STAFF_KEY:', "security",
                             "MAZE_STAFF_KEY unset defaults to '': a request without the header passes staff_only",
                             "signature-vs-statement"),
    "STAFF-KEY-TIMING": P(A, 'if request.headers.get("X-Staff-Key", "") != STAFF_KEY:', "security",
                          "staff key compared with != (not constant time)"),
    "SLOTS-DAY-SQLI": P(A, "WHERE day = '{day}'", "security",
                        "day query value formatted into the slots SQL", "source-vs-sink"),
    "SLOTS-ORDER-SQLI": P(A, 'rows = get_db().execute(sql + f" ORDER BY {order}")', "security",
                          "order query value formatted into ORDER BY", "source-vs-sink"),
    "QTY-UNCHECKED": P(A, 'qty = int(body.get("qty", 1))', "bug",
                       "qty not checked positive: a negative qty frees places and makes a negative total"),
    "CAPACITY-OFF-BY-ONE": P(A, 'if slot["sold"] + qty >= slot["capacity"]:', "bug",
                             ">= rejects a purchase that exactly fills the slot: the last place is never sold",
                             "off-by-one"),
    "OVERSELL-RACE": P(A, "UPDATE slots SET sold = sold + ?", "bug",
                       "capacity read, checked and updated without a transaction: concurrent buyers oversell",
                       "critical-section"),
    "KIND-KEYERROR": P(A, "total = PRICES[kind] * qty", "bug",
                       "unknown ticket kind raises KeyError (500) after the places were taken"),
    "REFUND-USED-TICKET": P(A, "UPDATE slots SET sold = sold - ?", "bug",
                            "refund never checks used (or slot start): a ticket is refunded after the visit"),
    "REFUND-TWICE": P(A, 'db.execute("DELETE FROM tickets WHERE id = ?"', "bug",
                      "DELETE rowcount unchecked: two concurrent refunds both pay and both decrement sold"),
    "DOUBLE-SCAN-RACE": P(A, "UPDATE tickets SET used = 1", "bug",
                          "used checked then set without a conditional update: two gates admit one ticket twice",
                          "critical-section"),
    "SCAN-COUNT-UNLOCKED": P(A, "_scan_counts[day] = _scan_counts.get(day, 0)", "bug",
                             "_scan_counts updated without _counts_lock from threaded requests: lost increments",
                             "critical-section"),
    "STAFF-PAGE-OFFSET": P(A, "offset = page * size", "bug",
                           "page is 1-based but offset = page * size: the first page is never shown", "off-by-one"),
    "BOARD-CACHE-RACE": P(A, '_board["html"] = "".join(', "bug",
                          "board cache rebuilt by every concurrent request when stale; html and at written unlocked",
                          "critical-section"),
    "PATHS-NOTE-XSS": P(A, "{r['status']}: {r['note']}", "security",
                        "closure note (and status) rendered unescaped in the public paths page"),
    "YAML-UNSAFE-LOAD": P(A, "yaml.load(request.data, Loader=yaml.Loader)", "security",
                          "yaml.Loader on request data: arbitrary object construction", "signature-vs-statement"),
    "LAST-TRIM-NONE": P(A, 'next_trim = date.fromisoformat(r["last_trim"])', "bug",
                        "a hedge never trimmed (last_trim NULL) makes fromisoformat raise: the due list is a 500"),
    "TRIM-DUE-OFF-BY-ONE": P(A, "if next_trim < today:", "bug",
                             "< today leaves out hedges due today", "off-by-one"),
    "PHOTO-PATH-TRAVERSAL": P(A, "photo.save(os.path.join(UPLOAD_DIR, name))", "security",
                              "client filename joined to UPLOAD_DIR: ../ writes outside it", "source-vs-sink"),
    "PHOTO-ANY-TYPE": P(A, "photo.save(os.path.join(UPLOAD_DIR, name))", "security",
                        "no extension or type check: any file (html, svg) is stored and served back publicly"),
    "ALERT-SHELL-INJECTION": P(A, 'subprocess.run(f"notify-marshals', "security",
                               "where form value in a shell command line", "source-vs-sink"),
    "ALERT-RESULT-IGNORED": P(A, 'subprocess.run(f"notify-marshals', "bug",
                              "notify-marshals exit status ignored: answers sent=True when the page failed"),
    "ALERT-NO-AUTH": P(A, "def lost_visitor():", "security",
                       "extra, one agent: /alert is unauthenticated, anyone can page the marshals repeatedly"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security",
                      "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("STAFF-KEY-FAIL-OPEN", "STAFF-KEY-TIMING"),
    ("SLOTS-DAY-SQLI", "SLOTS-ORDER-SQLI"),
    ("QTY-UNCHECKED", "CAPACITY-OFF-BY-ONE"),
    ("CAPACITY-OFF-BY-ONE", "OVERSELL-RACE"),
    ("QTY-UNCHECKED", "OVERSELL-RACE"),
    ("OVERSELL-RACE", "KIND-KEYERROR"),
    ("REFUND-USED-TICKET", "REFUND-TWICE"),
    ("DOUBLE-SCAN-RACE", "SCAN-COUNT-UNLOCKED"),
    ("LAST-TRIM-NONE", "TRIM-DUE-OFF-BY-ONE"),
    ("PHOTO-PATH-TRAVERSAL", "PHOTO-ANY-TYPE"),
    ("ALERT-SHELL-INJECTION", "ALERT-RESULT-IGNORED"),
    ("ALERT-NO-AUTH", "ALERT-SHELL-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `yewmaze/app.py` end to end (the payments helper only to see what `issue_refund` does).

        **Summary**

        1. Two SQL injections in the public `/slots` listing (`day` and `order`), a shell injection in `/alert`,
           and an unsafe YAML load behind `staff_only`, which itself lets everyone in when `MAZE_STAFF_KEY` is
           not set.
        2. Ticket sales can oversell a slot under concurrency, accept negative quantities, and never sell the
           last place; refunds ignore whether the ticket was already used.
        3. The gate can admit one ticket twice, the scan counter is updated without the lock that `/stats`
           uses, and the board cache is rebuilt by every request that finds it stale.
        4. Upkeep: the due list misses hedges due today; trim photos are saved under the client's filename.

        Done right and worth keeping: `gardener_only` fails closed and uses `hmac.compare_digest`; `/stats`
        copies the counters under `_counts_lock`; photos are served through `send_from_directory`; the path
        name is escaped in `/paths`; `close_path` clamps `days` and the note length; every query apart from
        `/slots` uses bound parameters.
        """,
        Block([
            F("STAFF-KEY-FAIL-OPEN", "high", "security", "`staff_only` admits every request when `MAZE_STAFF_KEY` is unset",
              "Refuse to start (or deny) when the key is empty, as `gardener_only` does; `os.environ.get(..., \"\")` plus a missing header compares `\"\" != \"\"` and passes.",
              d=-3, symbol="staff_only", conf=0.9),
            F("STAFF-KEY-TIMING", "low", "security", "Staff key compared with `!=`",
              "Use `hmac.compare_digest` as the gardener check does.", symbol="staff_only.wrapper", conf=0.55),
            F("SLOTS-DAY-SQLI", "critical", "security", "SQL injection through `day` in `GET /slots`",
              "Bind it: `WHERE day = ?` with `(day,)`.", symbol="list_slots", conf=0.95),
            F("SLOTS-ORDER-SQLI", "high", "security", "SQL injection through `order` in `GET /slots`",
              "`ORDER BY` cannot be bound; map `order` through an allowlist such as `{\"start\": \"start\", \"left\": \"capacity - sold\"}`.",
              symbol="list_slots", conf=0.9),
            F("QTY-UNCHECKED", "high", "bug", "Negative `qty` frees places and produces a negative total",
              "Reject `qty < 1` (and cap it); `qty=-5` lowers `sold` by five and records `total` as a credit.",
              symbol="buy_tickets", conf=0.85),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check uses `>=`: the last place in a slot is never sold",
              "Use `>`; with capacity 40 and 39 sold, one more ticket is refused.", symbol="buy_tickets", conf=0.85),
            F("OVERSELL-RACE", "high", "bug", "Concurrent purchases can oversell a slot",
              "Do the check in the update: `UPDATE slots SET sold = sold + ? WHERE id = ? AND sold + ? <= capacity` and look at `rowcount`, or take `BEGIN IMMEDIATE` before the SELECT.",
              symbol="buy_tickets", conf=0.8),
        ]),
        "Refunds, gate, caching and upkeep:",
        Block([
            F("REFUND-USED-TICKET", "high", "bug", "Used tickets can be refunded",
              "Refuse when `t[\"used\"]` is set or the slot has started; today a visitor can walk the maze and then refund.",
              symbol="refund", conf=0.85),
            F("DOUBLE-SCAN-RACE", "medium", "bug", "A ticket scanned at two gates at once is admitted twice",
              "Make the update conditional: `UPDATE tickets SET used = 1 WHERE id = ? AND used = 0` and admit only when `rowcount == 1`.",
              d=-2, n=2, symbol="scan", conf=0.8),
            F("SCAN-COUNT-UNLOCKED", "low", "bug", "`_scan_counts` is updated without `_counts_lock`",
              "Wrap the read-modify-write in `with _counts_lock:`; `/stats` takes the lock but the writer does not.",
              symbol="scan", conf=0.75),
            F("STAFF-PAGE-OFFSET", "medium", "bug", "`/staff/tickets` skips the first page",
              "`page` defaults to 1, so the offset should be `(page - 1) * size`; also reject `page < 1`.",
              symbol="staff_tickets", conf=0.9),
            F("BOARD-CACHE-RACE", "low", "bug", "Board cache is rebuilt concurrently and written without a lock",
              "Guard the rebuild with a lock (and re-check the timestamp inside it) so one request refreshes while the others serve the old table.",
              symbol="board", conf=0.6),
            F("PATHS-NOTE-XSS", "high", "security", "Stored XSS through the closure note on `/paths`",
              "Escape `note` and `status` as `name` already is.", symbol="paths_page", conf=0.9),
            F("YAML-UNSAFE-LOAD", "high", "security", "`yaml.load` with the full `Loader` on request data",
              "Use `yaml.safe_load`.", d=-1, symbol="import_paths", conf=0.9),
            F("TRIM-DUE-OFF-BY-ONE", "low", "bug", "Hedges due today are not listed as due",
              "Use `<=`.", symbol="trims_due", conf=0.7),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Trim photo saved under the client-supplied filename",
              "Use `werkzeug.utils.secure_filename` or, better, a generated name.", symbol="log_trim", conf=0.85),
            F("ALERT-SHELL-INJECTION", "critical", "security", "Shell injection in the lost-visitor alert",
              "`subprocess.run([\"notify-marshals\", msg], check=True, timeout=10)` without a shell.",
              symbol="lost_visitor", conf=0.95),
            F("ALERT-RESULT-IGNORED", "medium", "bug", "`/alert` reports success even when paging fails",
              "Check the return code (or `check=True`) and answer 502 so the front desk knows to radio the marshals instead.",
              symbol="lost_visitor", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SLOTS-DAY-SQLI", "critical", "security", "SQLi: /slots day param interpolated into WHERE",
              "Bind with ?.", d=-2),
            F("SLOTS-ORDER-SQLI", "high", "security", "SQLi: /slots order param interpolated into ORDER BY",
              "Allowlist columns.", d=-2),
            F("ALERT-SHELL-INJECTION", "critical", "security", "Command injection via /alert where",
              "argv list, no shell.", d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "yaml.load(Loader=yaml.Loader) on untrusted body",
              "yaml.safe_load."),
            F("STAFF-KEY-FAIL-OPEN", "high", "security", "staff_only passes when MAZE_STAFF_KEY is empty",
              "Fail closed on empty key."),
            F("OVERSELL-RACE", "high", "bug", "Check-then-update on slots.sold is not atomic (oversell)",
              "Conditional UPDATE ... AND sold + ? <= capacity; check rowcount.", d=-2),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Full-slot check off by one",
              "sold + qty > capacity.", d=+1),
            F("KIND-KEYERROR", "medium", "bug", "Unknown kind -> KeyError/500 after sold was already bumped",
              "Validate kind before touching slots."),
            F("DOUBLE-SCAN-RACE", "medium", "bug", "Gate scan TOCTOU on tickets.used",
              "UPDATE ... WHERE used = 0, check rowcount."),
            F("STAFF-PAGE-OFFSET", "medium", "bug", "staff_tickets: page 1 starts at offset size",
              "(page - 1) * size.", d=-2),
            F("PATHS-NOTE-XSS", "high", "security", "Unescaped note in /paths HTML", "escape()."),
            F("TRIM-DUE-OFF-BY-ONE", "low", "bug", "Trims due today omitted from /upkeep/due",
              "<= today.", d=+1),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "photo.filename used as a path component",
              "secure_filename().", d=-1),
            F("DEBUG-SERVER", "high", "security", "debug=True on 0.0.0.0 (Werkzeug console)", "Drop debug."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `yewmaze` application, a Flask service that sells timed entry tickets for a hedge
        maze, scans them at the gate, and lets the gardeners record hedge trimming and path closures.

        ## Security

        The application builds SQL and shell commands from request values and deserializes YAML unsafely. The
        public endpoints are the most exposed.
        """,
        Block([
            F("SLOTS-DAY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Slot Listing (day)",
              "Use parameterized queries for the `day` filter.", sd=-2, n=3,
              desc="The `day` query parameter is inserted directly into the SQL string with an f-string."),
            F("SLOTS-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Order",
              "Validate `order` against a fixed list of column names.", sd=-2, n=3),
            F("ALERT-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Lost Visitor Alert",
              "Pass arguments as a list and do not use `shell=True`.", sd=-2, n=3,
              desc="A value such as `'; rm -rf / #` in the `where` field breaks out of the quotes."),
            F("ALERT-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Alert Endpoint",
              "Require a staff or kiosk key and rate-limit the endpoint.", d=-1,
              desc="Anyone on the internet can page the marshals as often as they like."),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Replace `yaml.load` with `yaml.safe_load`.", sd=-2, n=3),
            F("STAFF-KEY-FAIL-OPEN", "HIGH", "Broken Authentication", "Staff Authentication Bypass When Key Is Unset",
              "Deny access if `STAFF_KEY` is empty.", sd=-2, n=3),
            F("PATHS-NOTE-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Path Status Page",
              "Escape all fields, not just the name."),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Trim Photo Upload",
              "Sanitize the filename with `secure_filename`.", d=-1, sd=-2, n=2),
            F("PHOTO-ANY-TYPE", "MEDIUM", "Unrestricted File Upload", "Unrestricted File Type for Trim Photos",
              "Allow only image extensions and check the content type.",
              desc="An uploaded `.html` or `.svg` file is later served from `/upkeep/photos/` on the same origin."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Debug Mode Enabled", "Disable debug mode in production."),
        ], wrap="list"),
        """
        ## Concurrency and Logic

        Several handlers read a value, decide, and write it back in separate steps while the server handles
        requests in threads.
        """,
        Block([
            F("OVERSELL-RACE", "HIGH", "Race Condition", "Race Condition in Ticket Purchase",
              "Use an atomic conditional update.", sd=-2, n=3,
              desc="Two buyers can both pass the capacity check before either update is applied."),
            F("KIND-KEYERROR", "LOW", "Error Handling", "Unhandled KeyError for Unknown Ticket Kind",
              "Validate `kind` against `PRICES` and return 400.", sd=-2, n=3),
            F("DOUBLE-SCAN-RACE", "MEDIUM", "Race Condition", "Ticket Can Be Scanned Twice Concurrently",
              "Use `UPDATE ... WHERE used = 0`.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting app.py into blueprints for tickets, gate and upkeep."}),
            F("SCAN-COUNT-UNLOCKED", "LOW", "Race Condition", "Non-Thread-Safe Scan Counter",
              "Hold `_counts_lock` while updating `_scan_counts`.", d=-1, sd=-3, n=3),
            F("BOARD-CACHE-RACE", "LOW", "Caching", "Cache Stampede on the Availability Board",
              "Protect the refresh with a lock.", d=-2, sd=-2, n=3,
              desc="When the cache expires every concurrent request rebuilds it and writes the shared dict."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SLOTS-DAY-SQLI", "error", "security", "sql injection in /slots", "bind params"),
            F("ALERT-SHELL-INJECTION", "error", "security", "shell injection in /alert", "no shell=True"),
            F("YAML-UNSAFE-LOAD", "error", "security", "unsafe yaml.load", "safe_load"),
            F("PATHS-NOTE-XSS", "warning", "security", "note not escaped in /paths", "escape it"),
            F("DEBUG-SERVER", "warning", "", "debug server exposed", "debug=False"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("QTY-UNCHECKED", "error", "bug", "negative qty accepted", "qty >= 1"),
            F("REFUND-USED-TICKET", "warning", "bug", "used tickets refundable", "check used"),
            F("STAFF-PAGE-OFFSET", "warning", "bug", "page offset skips first page", "(page-1)*size"),
            F("TRIM-DUE-OFF-BY-ONE", "warning", "bug", "due today not listed", "<="),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        `yewmaze` is a Flask app for a hedge maze: timed tickets, gate scanning, and hedge upkeep. I found 18 issues.

        ### Summary
        1. Injection: SQL in the slot listing, shell in the alert endpoint, unsafe YAML.
        2. Authentication: the staff key check.
        3. Ticketing: quantity validation, capacity boundary, overselling, refunds.
        4. Thread safety: gate scans, counters, board cache.
        5. Upkeep: due-date calculation and photo uploads.
        """,
        Block([
            F("SLOTS-DAY-SQLI", "blocker", "security", "SQL injection in slot listing via day", "Use placeholders.", conf=0.95),
            F("SLOTS-ORDER-SQLI", "major", "security", "SQL injection via the order parameter",
              "Whitelist sortable columns.", d=-1, conf=0.8),
            F("ALERT-SHELL-INJECTION", "blocker", "security", "Command injection in lost visitor alert",
              "Avoid shell=True.", conf=0.9),
            F("YAML-UNSAFE-LOAD", "major", "security", "Unsafe YAML loader", "Use safe_load.", conf=0.9),
            F("STAFF-KEY-FAIL-OPEN", "major", "security", "Empty default staff key disables authentication",
              "Require a non-empty key.", conf=0.8),
            F("STAFF-KEY-TIMING", "minor", "security", "Non constant-time key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("QTY-UNCHECKED", "major", "correctness", "Ticket quantity is not validated",
              "Require qty between 1 and a maximum.", conf=0.8),
            F("CAPACITY-OFF-BY-ONE", "minor", "correctness", "Off-by-one in slot capacity check",
              "Use > instead of >=.", conf=0.75),
            F("OVERSELL-RACE", "major", "concurrency", "Slot overselling under concurrent purchases",
              "Use a transaction.", conf=0.8),
            F("REFUND-TWICE", "major", "concurrency", "Refund can be issued twice for one ticket",
              "Check the delete's rowcount before refunding.", d=+2, conf=0.6),
            F("DOUBLE-SCAN-RACE", "major", "concurrency", "Double admission race at the gate",
              "Atomic update with used = 0 condition.", d=-2, conf=0.7),
            F("SCAN-COUNT-UNLOCKED", "minor", "concurrency", "Scan counter updated without lock",
              "Use _counts_lock.", conf=0.7),
            F("STAFF-PAGE-OFFSET", "minor", "correctness", "Pagination skips the first page",
              "Subtract one from page.", conf=0.8),
            F("BOARD-CACHE-RACE", "minor", "performance", "Board cache refresh duplicated across threads",
              "Single-flight the refresh.", d=+1, conf=0.5),
            F("PATHS-NOTE-XSS", "major", "security", "XSS in paths page", "Escape note.", conf=0.85),
            F("LAST-TRIM-NONE", "minor", "reliability", "Crash when last_trim is NULL",
              "Handle missing dates.", conf=0.65),
            F("PHOTO-PATH-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Use secure_filename.", conf=0.85),
            F("PHOTO-ANY-TYPE", "minor", "security", "No file type validation on photo upload",
              "Restrict to images.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}
