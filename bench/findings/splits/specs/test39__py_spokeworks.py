"""test39/py-spokeworks: a community bicycle repair co-op (work orders, parts bin, member hours), Flask + SQLite.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format). Frozen test split: scored once, never tuned on.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger, any score or any other split's labels. "
    "Frozen test split test39: seeded problems in a bicycle repair co-op service; five agents' answers written by hand."
)

A = "spokeworks/app.py"
PROBLEMS = {
    "MECH-KEY-FAILS-OPEN": P(A, "if supplied != MECHANIC_KEY:", "security", "MECHANIC_KEY defaults to '': with it unset an empty or missing header passes the mechanic check"),
    "MECH-KEY-TIMING": P(A, "if supplied != MECHANIC_KEY:", "security", "mechanic key compared with != (not constant time), unlike the treasurer check"),
    "MEMBER-ID-HEADER": P(A, 'request.headers.get("X-Member-Id"', "security", "member identity taken from a client header: anyone can act as any member"),
    "ORDERS-SORT-SQLI": P(A, 'ORDER BY {sort}", (status,)', "security", "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "QUEUE-ALL-ROWS": P(A, "\"SELECT * FROM orders WHERE status = 'open' ORDER BY opened_at\"", "performance", "queue page loads every open order and slices in memory"),
    "QUEUE-PAGE-SKIP": P(A, "start = page * size", "bug", "pages count from 1 but start = page * size: page 1 skips the first size orders", "off-by-one"),
    "ORDER-IDOR": P(A, '"SELECT * FROM orders WHERE id = ?"', "security", "order card returned for any id: no check that the order is the caller's", "signature-vs-statement"),
    "PATCH-COLUMN-SQLI": P(A, 'f"UPDATE orders SET {field} = ?', "security", "JSON keys formatted into the UPDATE as column names: SQL injection"),
    "PATCH-MASS-ASSIGN": P(A, 'f"UPDATE orders SET {field} = ?', "security", "any column (status, total, member_id) of any order can be set by anyone: no auth, no allow-list"),
    "CLOSE-NEG-QTY": P(A, 'qty = int(item.get("qty", 1))', "bug", "negative part quantity accepted: the bill drops and stock grows"),
    "CLOSE-UNKNOWN-SKU": P(A, 'total += part["price"] * qty', "bug", "unknown sku: fetchone() is None and part['price'] raises, 500 after partial updates"),
    "CLOSE-STOCK-NEGATIVE": P(A, '"UPDATE bin SET qty = qty - ?', "bug", "stock decremented without checking what is in the bin: quantities go negative"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(path", "security", "name query value joined to PHOTO_DIR: any file readable (path traversal)", "source-vs-sink"),
    "UPLOAD-NO-SIZE-LIMIT": P(A, 'photo = request.files["photo"]', "security", "no MAX_CONTENT_LENGTH: uploads of any size are accepted (disk/memory exhaustion)"),
    "UPLOAD-FILENAME": P(A, "photo.save(", "security", "client file name used as the path under PHOTO_DIR: write anywhere, overwrite other orders' photos"),
    "TAG-SHELL": P(A, 'subprocess.run(f"qrencode', "security", "bike text from the request run through a shell in the qrencode command", "signature-vs-statement"),
    "TAG-EXIT-IGNORED": P(A, 'subprocess.run(f"qrencode', "bug", "qrencode's exit status is not checked: 201 with a tag that was never written"),
    "TAKE-NEG-WANT": P(A, 'want = int(request.get_json(force=True).get("qty", 1))', "bug", "negative take quantity passes the stock check and adds parts to the bin"),
    "TAKE-RACE": P(A, 'if row["qty"] >= want:', "bug", "read-check-write of the bin quantity without a lock or conditional UPDATE: lost updates, over-taking", "critical-section"),
    "HOURS-UNBOUNDED": P(A, 'hours = float(body.get("hours", 0))', "bug", "logged hours not validated (negative, huge, nan): parts credit can be minted"),
    "WEEKS-SKIP-CURRENT": P(A, "for i in range(1, weeks):", "bug", "range(1, weeks) leaves out the current week and returns weeks-1 entries", "off-by-one"),
    "WEEKS-N-PLUS-ONE": P(A, "total = db().execute(", "performance", "one query per week in a loop (up to 52) instead of one grouped query"),
    "PHONE-LEAK": P(A, '"SELECT m.name, m.phone, SUM(h.hours)', "security", "public leaderboard returns members' phone numbers"),
    "LEADERBOARD-RACE": P(A, '_leaderboard["rows"] = _top_volunteers()', "bug", "module-level cache checked and refreshed without a lock: concurrent refreshes, rows and timestamp torn", "critical-section"),
    "EXPORT-SINCE-SQLI": P(A, '" WHERE h.logged_at >= " + since', "security", "since query value concatenated into the export query: SQL injection", "source-vs-sink"),
    "EXPORT-CSV-FORMULA": P(A, "writer.writerows(", "security", "member notes written to CSV unescaped: formula injection when the treasurer opens it"),
    "DEBUG-MODE": P(A, "debug=True", "security", "Werkzeug debugger on 0.0.0.0: remote code execution through the console"),
}

CONFUSABLE = [
    ("MECH-KEY-FAILS-OPEN", "MECH-KEY-TIMING"),
    ("QUEUE-ALL-ROWS", "QUEUE-PAGE-SKIP"),
    ("PATCH-COLUMN-SQLI", "PATCH-MASS-ASSIGN"),
    ("CLOSE-NEG-QTY", "CLOSE-UNKNOWN-SKU"),
    ("CLOSE-UNKNOWN-SKU", "CLOSE-STOCK-NEGATIVE"),
    ("CLOSE-NEG-QTY", "CLOSE-STOCK-NEGATIVE"),
    ("UPLOAD-NO-SIZE-LIMIT", "UPLOAD-FILENAME"),
    ("TAG-SHELL", "TAG-EXIT-IGNORED"),
    ("TAKE-NEG-WANT", "TAKE-RACE"),
    ("WEEKS-SKIP-CURRENT", "WEEKS-N-PLUS-ONE"),
    ("EXPORT-SINCE-SQLI", "EXPORT-CSV-FORMULA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `spokeworks/app.py` is a single Flask module serving the co-op's work orders, the parts bin and the
        volunteer-hours ledger. The treasurer endpoints are guarded properly (`treasurer_only` fails closed and
        uses `hmac.compare_digest`) and `restock` takes `_stock_lock`, but the mechanic guard, the member
        identity and several request values flowing into SQL, the filesystem and a shell are not safe.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | `mechanic_only` | fails open when `MECHANIC_KEY` is unset |
        | 1 | `list_orders`, `update_order`, `export_hours` | SQL built from request values |
        | 1 | `print_tag`, `order_photo`, `upload_photo` | shell and path injection |
        | 2 | `member_id`, `order_detail` | spoofable identity, no ownership check |
        | 2 | `close_order`, `take_part` | stock accounting can be driven wrong |
        | 3 | paging, week summary, leaderboard cache | off-by-one and an unlocked cache |
        """,
        Block([
            F("MECH-KEY-FAILS-OPEN", "critical", "security", "Mechanic check passes when `MECHANIC_KEY` is not configured",
              "Refuse to start (or reject every request) when the key is empty, as `treasurer_only` already does.",
              symbol="mechanic_only.wrapper", conf=0.9,
              desc="`MECHANIC_KEY` defaults to `\"\"` and a missing header defaults to `\"\"`, so `\"\" != \"\"` is false and every mechanic route is open."),
            F("MECH-KEY-TIMING", "low", "security", "Mechanic key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest(supplied, MECHANIC_KEY)`.", symbol="mechanic_only.wrapper", conf=0.6),
            F("MEMBER-ID-HEADER", "high", "security", "Member identity is whatever `X-Member-Id` says",
              "Authenticate members (session or signed token) and derive the id server-side; a header is trivially forged.",
              symbol="member_id", conf=0.85),
            F("ORDERS-SORT-SQLI", "high", "security", "SQL injection through the `sort` query parameter",
              "Map `sort` through an allow-list of column names before building the ORDER BY.",
              symbol="list_orders", conf=0.95),
            F("PATCH-COLUMN-SQLI", "high", "security", "`update_order` formats JSON keys into the UPDATE statement",
              "Only accept keys from a fixed set of editable columns.", symbol="update_order", conf=0.9),
            F("PATCH-MASS-ASSIGN", "high", "security", "Any caller can rewrite any field of any order",
              "Require the mechanic key (or ownership) and allow only `bike` and `fault`; `status`, `total` and `member_id` must not be client-writable.",
              symbol="update_order", conf=0.85),
            F("ORDER-IDOR", "medium", "security", "Order details returned without checking ownership",
              "Add `AND member_id = ?` with the authenticated member, or require the mechanic key.",
              symbol="order_detail", conf=0.8),
        ]),
        "Filesystem, shell and stock handling:",
        Block([
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /orders/<id>/photo` via `name`",
              "Ignore `name` or reduce it with `os.path.basename` and check the resolved path stays under `PHOTO_DIR`.",
              symbol="order_photo", conf=0.9),
            F("UPLOAD-FILENAME", "high", "security", "Uploaded photo saved under the client-supplied filename",
              "Save as `f\"{order_id}.jpg\"` (or use `secure_filename`) so `../` names cannot escape `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.85),
            F("TAG-SHELL", "high", "security", "Shell injection in `print_tag` through `bike`",
              "Call `subprocess.run([\"qrencode\", \"-o\", path, text], check=True)` without `shell=True`.",
              symbol="print_tag", conf=0.9),
            F("CLOSE-UNKNOWN-SKU", "medium", "bug", "Closing an order with an unknown SKU crashes half-way",
              "Check `part is None` and return 400 before touching the bin; the loop has already decremented earlier parts when it raises.",
              symbol="close_order", conf=0.8),
            F("CLOSE-STOCK-NEGATIVE", "medium", "bug", "Bin quantity can go below zero when an order is closed",
              "Use `UPDATE bin SET qty = qty - ? WHERE sku = ? AND qty >= ?` and fail the close when no row is updated.",
              symbol="close_order", conf=0.75),
            F("TAKE-RACE", "medium", "bug", "`take_part` read-check-write on the bin quantity is racy",
              "Do it in one statement (`UPDATE bin SET qty = qty - ? WHERE sku = ? AND qty >= ?`) or hold `_stock_lock` as `restock` does.",
              d=-1, n=3, symbol="take_part", conf=0.8),
            F("QUEUE-PAGE-SKIP", "medium", "bug", "First page of the mechanic queue is never shown",
              "Pages start at 1, so the offset is `(page - 1) * size`.", symbol="order_queue", conf=0.85),
            F("WEEKS-SKIP-CURRENT", "low", "bug", "Weekly hours summary drops the current week",
              "Iterate `range(weeks)` so week 0 (the last seven days) is included.", symbol="member_weeks", conf=0.75),
            F("LEADERBOARD-RACE", "low", "bug", "Leaderboard cache refreshed without synchronisation",
              "Guard the check and refresh with a lock (or compute into a local and swap one tuple) so concurrent requests do not all refresh.",
              d=-1, n=3, symbol="leaderboard", conf=0.6),
            F("PHONE-LEAK", "medium", "security", "Public leaderboard exposes members' phone numbers",
              "Drop `m.phone` from `_top_volunteers`.", symbol="_top_volunteers", conf=0.85),
            F("EXPORT-SINCE-SQLI", "medium", "security", "SQL injection in the hours export through `since`",
              "Bind it: `WHERE h.logged_at >= ?` with `float(since)`. The treasurer key limits who can reach it, not what they can run.",
              symbol="export_hours", conf=0.85),
            F("DEBUG-MODE", "high", "security", "Debug server bound to all interfaces",
              "Never ship `debug=True`; run under gunicorn without the debugger.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("ORDERS-SORT-SQLI", "high", "security", "SQL injection: ?sort= goes into ORDER BY", "allow-list sort columns", d=-2),
            F("PATCH-COLUMN-SQLI", "high", "security", "PATCH /orders/<id> builds SET from body keys", "fixed column allow-list"),
            F("EXPORT-SINCE-SQLI", "medium", "security", "export_hours: since concatenated into SQL", "bind float(since)", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?name= on photo endpoint", "basename + resolve under PHOTO_DIR", d=-2),
            F("TAG-SHELL", "high", "security", "print_tag runs qrencode through sh with request text", "argv list, no shell", d=-2),
            F("MECH-KEY-FAILS-OPEN", "critical", "security", "mechanic_only accepts empty key when MECHANIC_KEY unset", "fail closed"),
            F("ORDER-IDOR", "medium", "security", "order_detail: no owner check", "filter by member", d=-2),
            F("CLOSE-NEG-QTY", "medium", "bug", "close_order accepts negative qty", "qty >= 1"),
            F("CLOSE-UNKNOWN-SKU", "medium", "bug", "close_order: None part -> TypeError", "404/400 on unknown sku"),
            F("TAKE-RACE", "medium", "bug", "take_part lost update (qty read then written back)", "atomic UPDATE ... AND qty >= ?", d=+1),
            F("QUEUE-PAGE-SKIP", "low", "bug", "order_queue offset off by one page", "(page - 1) * size", d=+1),
            F("WEEKS-SKIP-CURRENT", "low", "bug", "member_weeks window starts one week back", "range(weeks)", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Spokeworks application, a Flask service that manages repair work orders,
        a parts inventory ("bin") and the volunteer-hours credit scheme of a bicycle co-op.

        **Overall assessment:** the application has several serious security vulnerabilities. Request input
        reaches SQL statements, the filesystem and the shell without validation, and the authentication
        model relies on headers supplied by the client. There are also data-integrity and performance issues
        in the inventory and reporting code.

        **Security findings:**
        """,
        Block([
            F("ORDERS-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Order Listing",
              "Validate the `sort` parameter against a list of allowed columns.", sd=-2, n=3,
              desc="The `sort` parameter is interpolated into the `ORDER BY` clause with an f-string."),
            F("PATCH-COLUMN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Column Names in Order Update",
              "Whitelist updatable fields.", sd=-2, n=3),
            F("EXPORT-SINCE-SQLI", "HIGH", "SQL Injection", "SQL Injection in Hours Export",
              "Use a bound parameter for `since`.", sd=-2, n=3),
            F("TAG-SHELL", "CRITICAL", "Command Injection", "Command Injection in QR Tag Generation",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3,
              desc="The `bike` value from the request body is embedded in a shell command line; a value containing a single quote breaks out of the quoting."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Sanitize the file name and verify the final path.", sd=-2, n=3),
            F("UPLOAD-FILENAME", "HIGH", "Path Traversal", "Unsanitized Upload Filename",
              "Use `werkzeug.utils.secure_filename` or generate the name server-side.", sd=-2, n=3),
            F("UPLOAD-NO-SIZE-LIMIT", "MEDIUM", "Denial of Service", "No Upload Size Limit",
              "Set `app.config['MAX_CONTENT_LENGTH']`.", sd=-2, n=3,
              desc="Flask accepts request bodies of any size unless `MAX_CONTENT_LENGTH` is configured; a large upload can fill the disk."),
            F("MECH-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Mechanic Authentication Bypass When Key Is Unset",
              "Fail closed when the key is empty.", sd=-2, n=3),
            F("MEMBER-ID-HEADER", "HIGH", "Broken Authentication", "Member Identity Trusted From Request Header",
              "Use server-side sessions.", sd=-2, n=3),
            F("EXPORT-CSV-FORMULA", "MEDIUM", "CSV Injection", "CSV Formula Injection in Hours Export",
              "Prefix cells beginning with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
            F("DEBUG-MODE", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Disable debug mode in production.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Reliability and performance findings:**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the module into blueprints for orders, bin and hours."}),
            F("TAKE-RACE", "HIGH", "Race Condition", "Race Condition When Taking Parts From the Bin",
              "Use an atomic conditional UPDATE.", d=+1, sd=-1, n=3),
            F("LEADERBOARD-RACE", "LOW", "Caching", "Cache Stampede on Leaderboard Refresh",
              "Protect the refresh with a lock so that only one request recomputes the leaderboard.", sd=-2, n=3,
              desc="When the cache expires, every concurrent request runs the aggregate query and writes the shared dictionary."),
            F("QUEUE-ALL-ROWS", "MEDIUM", "Performance", "Inefficient In-Memory Pagination",
              "Use `LIMIT` and `OFFSET` in SQL.", sd=-2, n=3),
            F("WEEKS-N-PLUS-ONE", "LOW", "Performance", "N+1 Queries in Weekly Summary",
              "Aggregate with a single `GROUP BY` query.", sd=-2, n=3),
            F("HOURS-UNBOUNDED", "MEDIUM", "Logic Error", "Unvalidated Volunteer Hours",
              "Reject negative or implausible values.", sd=-2, n=3),
            F("TAG-EXIT-IGNORED", "LOW", "Error Handling", "QR Tag Command Failure Ignored",
              "Use `check=True`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PATCH-COLUMN-SQLI", "high", "security", "sql injection via patch body keys", "allow-list columns"),
            F("ORDERS-SORT-SQLI", "high", "security", "sql injection in sort param", "allow-list"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in photo name", "basename", d=-1),
            F("TAG-SHELL", "high", "security", "shell=True with bike text", "no shell"),
            F("MECH-KEY-TIMING", "low", "security", "non constant time key compare", "hmac.compare_digest"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TAKE-NEG-WANT", "medium", "", "negative qty adds parts to bin", "reject qty < 1"),
            F("CLOSE-STOCK-NEGATIVE", "medium", "bug", "bin qty can go negative", "check stock first"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: three SQL statements and one shell command are built from request data.
        2. Access control: member identity comes from a header; order details and updates have no owner check.
        3. Files: photo download and upload trust client-supplied names.
        4. Inventory: quantities are not validated and can be corrupted.
        5. Correctness: paging and the weekly summary are off by one; the leaderboard cache is not thread-safe.
        """,
        Block([
            F("ORDERS-SORT-SQLI", "blocker", "security", "SQL injection in order list sorting",
              "Use an allow-list for the sort column.", conf=0.9),
            F("EXPORT-SINCE-SQLI", "major", "security", "SQL injection in hours export", "Use parameters.", d=-1, conf=0.85),
            F("TAG-SHELL", "blocker", "security", "OS command injection in QR tag printing",
              "Do not use shell=True.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal when reading order photos",
              "Validate the name.", d=-1, conf=0.85),
            F("UPLOAD-FILENAME", "major", "security", "Upload written to a client-chosen path",
              "Generate the file name.", conf=0.8),
            F("MEMBER-ID-HEADER", "major", "security", "Spoofable member id header", "Authenticate members.", conf=0.8),
            F("ORDER-IDOR", "major", "security", "Insecure direct object reference on order details",
              "Check ownership.", conf=0.75),
            F("PATCH-MASS-ASSIGN", "major", "security", "Mass assignment in order update",
              "Restrict editable fields and require authorization.", conf=0.8),
            F("CLOSE-NEG-QTY", "major", "correctness", "Negative part quantities reduce the bill and inflate stock",
              "Validate qty >= 1.", d=+1, conf=0.75),
            F("CLOSE-STOCK-NEGATIVE", "minor", "correctness", "Stock level not checked before decrement",
              "Check available quantity.", conf=0.7),
            F("TAKE-RACE", "major", "concurrency", "Concurrent part takes can overdraw the bin",
              "Make the decrement atomic.", conf=0.8),
            F("HOURS-UNBOUNDED", "minor", "correctness", "Hours value not validated", "Validate range.", conf=0.7),
            F("QUEUE-PAGE-SKIP", "minor", "correctness", "Queue pagination skips the first page",
              "Use (page - 1) * size.", d=-1, conf=0.7),
            F("WEEKS-SKIP-CURRENT", "minor", "correctness", "Off-by-one in weekly hours range", "Use range(weeks).", conf=0.75),
            F("LEADERBOARD-RACE", "minor", "concurrency", "Leaderboard cache is not thread-safe",
              "Use a lock.", d=+1, conf=0.6),
            F("PHONE-LEAK", "major", "security", "Phone numbers exposed on public leaderboard", "Remove phone column.", conf=0.8),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 9 major, 5 minor"),
    ]),
}
