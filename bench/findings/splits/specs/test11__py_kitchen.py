"""test11/py-kitchen: a restaurant ordering and kitchen-display service (Flask + SQLite). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test11) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Eleventh frozen test split: seeded problems in a small "
    "Flask ordering / kitchen-display service; five agents' answers by hand."
)

APP = "kitchen/app.py"
ORD = "kitchen/orders.py"
DISP = "kitchen/display.py"
PRN = "kitchen/printer.py"

PROBLEMS = {
    "PIN-DEFAULT": P(APP, 'STAFF_PIN = os.environ.get("STAFF_PIN", "0000")', "security", "staff PIN falls back to 0000 when STAFF_PIN is unset"),
    "PIN-IN-QUERY": P(APP, 'request.args.get("pin", "")', "security", "staff PIN also accepted from the query string (logged, kept in history)"),
    "PIN-TIMING": P(APP, "if pin != STAFF_PIN:", "security", "staff PIN compared with != (not constant-time), no attempt limit on a 4-digit PIN"),
    "SQLI-TERM": P(APP, "AND name LIKE '%{term}%'", "security", "menu search term `q` interpolated into the SQL f-string", "source-vs-sink"),
    "SQLI-CATEGORY": P(APP, "WHERE category = '{category}'", "security", "menu `category` query value interpolated into the SQL f-string", "source-vs-sink"),
    "IMAGE-TRAVERSAL": P(APP, "path = os.path.join(MENU_IMAGES, name)", "security", "image `name` joined to the image root unchecked: ../ or an absolute path serves any file", "source-vs-sink"),
    "CANCEL-NO-AUTH": P(APP, "UPDATE orders SET status = 'cancelled'", "security", "cancel endpoint has no require_staff(): anyone cancels any ticket", "signature-vs-statement"),
    "CANCEL-ANY-STATUS": P(APP, "UPDATE orders SET status = 'cancelled'", "bug", "cancel does not check the current status: served or paid orders are cancelled too"),
    "ORDER-404": P(APP, "return jsonify(dict(row))", "bug", "get_order on an unknown ticket: fetchone() is None, dict(None) raises, 500 instead of 404", "signature-vs-statement"),
    "XSS-STATION": P(APP, '<h1>Station {station}</h1>', "security", "`station` query value reflected into the display HTML unescaped", "source-vs-sink"),
    "XSS-NOTE": P(APP, "{t['summary']}</li>", "security", "customer item notes (in the ticket summary) rendered into the kitchen display unescaped: stored XSS"),
    "RECEIPT-IN-REQUEST": P(APP, "    print_receipt(ticket, table, items, total)", "bug", "extra, one agent: receipt printed synchronously after the commit; a printer error returns 500 for a saved order and the client retries (duplicate order)"),
    "TICKET-RACE": P(ORD, "_ticket = current + 1", "bug", "ticket counter read-modify-write without the lock that is defined for it: concurrent orders get the same ticket", "critical-section"),
    "TICKET-MEMORY": P(ORD, "current = _ticket", "bug", "ticket numbers live in process memory: restart or a second worker starts again at 1, colliding with stored tickets"),
    "ITEM-MISSING": P(ORD, 'conn.execute("SELECT price_cents FROM menu WHERE id = ?"', "bug", "unknown menu id: fetchone() is None and the order fails with a TypeError (500)"),
    "QTY-UNCHECKED": P(ORD, 'total += row["price_cents"] * item["qty"]', "bug", "quantity not validated: negative or fractional qty lowers the bill (negative totals)"),
    "TAX-FLOAT": P(ORD, "return round(total * (1 + TAX_RATE))", "bug", "extra, one agent: tax in float and round() (banker's rounding) on money"),
    "SPLIT-ZERO": P(ORD, "share = total_cents // guests", "bug", "guests=0 (or negative) from the query: ZeroDivisionError / nonsense shares"),
    "SPLIT-OBO": P(ORD, "shares[-1] += total_cents - share * (guests - 1)", "bug", "remainder uses guests - 1: the last guest pays an extra full share", "off-by-one"),
    "PAGE-START": P(ORD, "start = page * per_page", "bug", "page is 1-based but the offset is computed 0-based: the first page of orders is never returned", "off-by-one"),
    "PAGE-SLICE": P(ORD, "return rows[start + 1 : start + per_page]", "bug", "slice starts at start + 1: one order dropped from every page", "off-by-one"),
    "BUMP-RACE": P(DISP, "t = self.tickets.pop(ticket)", "bug", "bump checks and pops without the lock: a double tap raises KeyError, bumped counter racy", "critical-section"),
    "PRINTER-NO-TIMEOUT": P(PRN, "sock = socket.create_connection(", "performance", "printer connection without a timeout: an offline printer hangs the order request"),
    "SOCK-LEAK": P(PRN, "sock = socket.create_connection(", "bug", "printer socket never closed: one leaked descriptor per order"),
    "LABEL-SHELL": P(PRN, "shell=True", "security", "label note interpolated into a shell command (quote breaks out): command injection"),
}

CONFUSABLE = [
    ("PIN-IN-QUERY", "PIN-TIMING"),
    ("SQLI-TERM", "SQLI-CATEGORY"),
    ("CANCEL-NO-AUTH", "CANCEL-ANY-STATUS"),
    ("XSS-STATION", "XSS-NOTE"),
    ("TICKET-RACE", "TICKET-MEMORY"),
    ("ITEM-MISSING", "QTY-UNCHECKED"),
    ("QTY-UNCHECKED", "TAX-FLOAT"),
    ("SPLIT-ZERO", "SPLIT-OBO"),
    ("PAGE-START", "PAGE-SLICE"),
    ("PRINTER-NO-TIMEOUT", "SOCK-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the four modules under `kitchen/` (routes, pricing, the display board and the printer glue).

        **Summary.** The menu search builds SQL with an f-string, the image endpoint serves arbitrary paths and
        the label printer goes through a shell, so there are three injection-class issues. Staff authentication
        is a 4-digit PIN with a default. Several arithmetic helpers (paging, bill splitting) have bounds errors,
        and the in-process ticket counter is neither locked nor persistent.

        Top priorities:
        1. SQL injection in `/menu/search` and command injection in `print_label`.
        2. Path traversal in `/menu/image`; stored XSS on the kitchen display.
        3. Ticket numbering (race + restart), unauthenticated cancel.
        4. Paging and split-bill arithmetic.
        """,
        Block([
            F("SQLI-TERM", "critical", "security", "SQL injection through the menu search term `q`",
              "Use placeholders: `WHERE category = ? AND name LIKE ?` with `f\"%{term}%\"` bound as a parameter.",
              symbol="search_menu", conf=0.95),
            F("SQLI-CATEGORY", "critical", "security", "SQL injection through `category` in the same query",
              "Bind `category` as a parameter too (or validate it against the known categories).",
              symbol="search_menu", conf=0.9),
            F("LABEL-SHELL", "critical", "security", "Command injection in print_label via the note text",
              "A note containing `'` closes the echo string and runs arbitrary commands. Call "
              "`subprocess.run([\"lp\", \"-d\", \"labels\", \"-t\", f\"ticket-{ticket}\"], input=note.encode())` without a shell.",
              symbol="print_label", conf=0.93),
            F("IMAGE-TRAVERSAL", "high", "security", "Path traversal in GET /menu/image",
              "`os.path.join` discards the root when `name` is absolute and `..` escapes it; use "
              "`flask.send_from_directory(MENU_IMAGES, name)`.", symbol="menu_image", conf=0.9),
            F("XSS-NOTE", "high", "security", "Stored XSS on the kitchen display via item notes",
              "Notes typed by customers end up in `summary` and are written into the HTML raw; render with a "
              "template (autoescape) or `markupsafe.escape`.", symbol="display", conf=0.85),
            F("XSS-STATION", "medium", "security", "Reflected XSS through the `station` parameter",
              "Escape `station` or restrict it to the known stations.", symbol="display", conf=0.8),
            F("CANCEL-NO-AUTH", "high", "security", "Any client can cancel any order",
              "`cancel_order` is the only state-changing order route without `require_staff()`; add it.",
              symbol="cancel_order", conf=0.85),
            F("PIN-DEFAULT", "high", "security", "Staff PIN defaults to `0000`",
              "Refuse to start when STAFF_PIN is not set.", conf=0.85),
            F("PIN-IN-QUERY", "medium", "security", "Staff PIN accepted as a `?pin=` query parameter",
              "Read it only from the header; URLs are logged by proxies and the access log.",
              symbol="require_staff", conf=0.75),
            F("TICKET-RACE", "high", "bug", "`next_ticket_number` is not thread-safe",
              "`_ticket_lock` is declared but never taken; two concurrent orders can read the same value and "
              "both get the same ticket. Wrap the read and increment in `with _ticket_lock:`.",
              d=-1, n=3, symbol="next_ticket_number", conf=0.88),
            F("TICKET-MEMORY", "medium", "bug", "Ticket counter restarts at 1 on every process start",
              "The counter is module state: a restart (or a second gunicorn worker) hands out numbers that "
              "already exist in `orders`. Use an AUTOINCREMENT key or a sequence table.",
              symbol="next_ticket_number", conf=0.7),
            F("QTY-UNCHECKED", "medium", "security", "Item quantity is trusted as sent",
              "A negative `qty` reduces the total (a free meal, or a refund); require a positive integer.",
              symbol="price_order", conf=0.8),
            F("SPLIT-ZERO", "medium", "bug", "`split_bill` divides by `guests` unchecked",
              "`?guests=0` raises ZeroDivisionError; validate `guests >= 1`.", symbol="split_bill", conf=0.8),
            F("SPLIT-OBO", "medium", "bug", "Last guest is charged one share too many",
              "`total - share * (guests - 1)` is already the whole last share, and it is *added* to `share`. "
              "Add only the remainder: `total_cents - share * guests`.", symbol="split_bill", conf=0.82),
            F("PAGE-START", "medium", "bug", "Paging skips the first page",
              "`page` defaults to 1, so `start = page * per_page` begins at row 20; use `(page - 1) * per_page`.",
              symbol="page_of", conf=0.8),
            F("PAGE-SLICE", "low", "bug", "`page_of` drops one row per page",
              "The slice should be `rows[start:start + per_page]`.", symbol="page_of", conf=0.75),
            F("ORDER-404", "low", "bug", "GET /orders/<ticket> returns 500 for an unknown ticket",
              "Check `row is None` and `abort(404)`.", symbol="get_order", conf=0.7),
            F("BUMP-RACE", "medium", "bug", "`Board.bump` mutates the ticket map without the lock",
              "Every other method takes `self.lock`; here two bumps of the same ticket can both pass the `in` "
              "test and the second `pop` raises KeyError. Do the check and pop under the lock.",
              d=-1, n=3, symbol="Board.bump", conf=0.78),
            F("PRINTER-NO-TIMEOUT", "medium", "performance", "Receipt printing can hang order creation",
              "Pass `timeout=` to `create_connection`; an unplugged printer blocks the worker indefinitely.",
              symbol="print_receipt", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for kitchen/ (16):",
        Block([
            F("SQLI-TERM", "critical", "security", "q flows into f-string SQL (menu search)", "Bind parameters.", d=-3),
            F("SQLI-CATEGORY", "critical", "security", "category flows into f-string SQL", "Bind parameters.", d=-2),
            F("IMAGE-TRAVERSAL", "high", "security", "name from query used as file path", "send_from_directory.", d=-1),
            F("LABEL-SHELL", "critical", "security", "shell=True with note interpolated", "Argument list, no shell."),
            F("CANCEL-NO-AUTH", "high", "security", "cancel_order: no staff check", "require_staff().", d=-2),
            F("ORDER-404", "low", "bug", "get_order: None row -> 500", "404 when missing.", d=-2),
            F("XSS-NOTE", "medium", "security", "display renders ticket summary unescaped", "Escape."),
            F("PIN-TIMING", "low", "security", "PIN compare not constant-time; 10k PINs brute-forceable",
              "hmac.compare_digest + lockout."),
            F("TICKET-RACE", "high", "bug", "duplicate ticket numbers under concurrent POST /orders",
              "Hold _ticket_lock."),
            F("ITEM-MISSING", "medium", "bug", "price_order: unknown menu id -> TypeError", "Reject unknown ids."),
            F("TAX-FLOAT", "low", "bug", "tax computed in float then round() (banker's rounding)",
              "Decimal with ROUND_HALF_UP."),
            F("SPLIT-ZERO", "medium", "bug", "split_bill: guests=0 divides by zero", "Validate guests."),
            F("SPLIT-OBO", "medium", "bug", "split_bill: last share = share + full share", "Add remainder only.",
              d=-2),
            F("PAGE-START", "medium", "bug", "page_of: 1-based page treated as 0-based", "(page - 1) * per_page."),
            F("BUMP-RACE", "medium", "bug", "Board.bump: unlocked pop and bumped += 1", "Use self.lock.", d=+1),
            F("PRINTER-NO-TIMEOUT", "medium", "bug", "create_connection without timeout", "timeout=3."),
        ], wrap="list", indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the kitchen ordering service. It is a small Flask app with a kitchen display board
        and a network printer. Here is what I found.

        ### Injection and file access
        The search endpoint and the label printer both build commands from user input, and the image endpoint
        trusts the requested file name.

        ### Kitchen display
        The display page is built by string formatting, and the board is shared between request threads.

        ### Order flow
        Pricing, receipts and bill splitting have several edge cases.
        """,
        Block([
            F("SQLI-TERM", "critical", "SQL Injection", "SQL Injection in Menu Search", "Use parameterized queries.",
              desc="The search term is placed into the query with an f-string."),
            F("IMAGE-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Menu Image Endpoint",
              "Use send_from_directory.", d=+1,
              desc="The `name` parameter is joined to MENU_IMAGES and passed to send_file."),
            F("LABEL-SHELL", "critical", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid shell=True.", d=-1, sd=0),
            F("XSS-STATION", "medium", "Cross-Site Scripting", "Reflected XSS via station Parameter",
              "Escape the station name.", d=-3,
              desc="`station` is read from the query string and inserted into the <h1> of the response."),
            F("XSS-NOTE", "high", "Cross-Site Scripting", "Stored XSS via Order Item Notes",
              "Use Jinja2 templates with autoescaping.", d=+1, sd=0,
              desc="Notes submitted with an order are shown on the display without escaping."),
            F("PIN-DEFAULT", "high", "Broken Authentication", "Weak Default Staff PIN",
              "Require STAFF_PIN to be configured."),
            F("PIN-IN-QUERY", "medium", "Sensitive Data Exposure", "Staff PIN Exposed in URL Query String",
              "Only accept the PIN via header.", d=+1, sd=0),
            U({"severity": "info", "category": "Maintainability",
               "description": "Consider using Flask blueprints to split routes by area."}),
            F("CANCEL-NO-AUTH", "high", "Broken Access Control", "Unauthenticated Order Cancellation",
              "Call require_staff() in cancel_order.", d=-2),
            F("RECEIPT-IN-REQUEST", "medium", "Reliability", "Printer Failure Breaks Order Creation After Commit",
              "Print asynchronously (queue) and never fail the request once the order is stored.",
              desc="If print_receipt raises, the client gets a 500 although the order was committed; a retry "
                   "creates a duplicate order."),
            F("TICKET-RACE", "high", "Race Condition", "Race Condition in Ticket Number Generation",
              "Acquire _ticket_lock.", d=-1),
            F("ITEM-MISSING", "medium", "Error Handling", "Unhandled Unknown Menu Item",
              "Validate that every menu id exists.", d=+1, sd=0),
            F("SPLIT-ZERO", "medium", "Logic Error", "Division by Zero in split_bill", "Validate guests."),
            F("SPLIT-OBO", "medium", "Logic Error", "Incorrect Remainder Calculation in split_bill",
              "Use total_cents - share * guests.",
              desc="The last guest pays roughly twice their share."),
            F("PAGE-SLICE", "low", "Logic Error", "Pagination Skips a Record", "Slice from start."),
            F("BUMP-RACE", "medium", "Race Condition", "Race Condition in Board.bump", "Use the lock.", d=-1),
            F("SOCK-LEAK", "medium", "Resource Management", "Printer Socket Not Closed",
              "Use `with socket.create_connection(...) as sock:`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Reviewed kitchen/. security:",
        Block([
            F("SQLI-TERM", "critical", "security", "sql injection in menu search", "use ? placeholders"),
            F("IMAGE-TRAVERSAL", "high", "security", "menu image path traversal", "send_from_directory"),
            F("LABEL-SHELL", "critical", "security", "shell injection in print_label", "no shell=True"),
            F("PIN-DEFAULT", "high", "security", "default staff pin 0000", "require env var"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("CANCEL-ANY-STATUS", "medium", "bug", "cancel works on served/paid orders",
              "add `AND status = 'new'` and check rowcount"),
            F("TICKET-RACE", "high", "", "ticket counter not locked", "use _ticket_lock"),
            F("QTY-UNCHECKED", "medium", "bug", "negative qty gives negative total", "validate qty > 0"),
            F("PAGE-SLICE", "low", "bug", "page_of skips one row per page", "rows[start:start + per_page]",
              d=-1, n=2),
            F("BUMP-RACE", "medium", "bug", "bump not locked", "with self.lock", d=-1),
            F("SOCK-LEAK", "low", "bug", "printer socket leaked", "close it"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Security**: SQL built from `q`/`category`; PIN handling; HTML built by string formatting.
        2. **Concurrency**: ticket counter and display board shared across threads without locking.
        3. **Correctness**: missing-row handling, paging and bill splitting.
        4. **Resources**: printer socket handling.
        """,
        Block([
            F("SQLI-TERM", "blocker", "security", "SQL injection via search query", "Parameterize.", conf=0.9),
            F("SQLI-CATEGORY", "blocker", "security", "SQL injection via category filter", "Parameterize.", conf=0.85),
            F("LABEL-SHELL", "blocker", "security", "Shell command built from label note", "Avoid the shell.", conf=0.9),
            F("PIN-IN-QUERY", "major", "security", "PIN may be sent in the URL", "Header only.", conf=0.7),
            F("PIN-TIMING", "minor", "security", "PIN comparison is not constant time", "hmac.compare_digest.", conf=0.5),
            F("XSS-STATION", "major", "security", "Unescaped station name in HTML", "Escape output.", conf=0.75),
            F("CANCEL-NO-AUTH", "major", "security", "Order cancellation requires no authentication",
              "require_staff().", conf=0.8),
            F("ORDER-404", "minor", "correctness", "Missing order yields TypeError",
              "Return 404.", d=-1, conf=0.7),
            F("TICKET-RACE", "major", "concurrency", "Ticket numbers can repeat under concurrency",
              "Lock around increment.", d=+1, conf=0.8),
            F("TICKET-MEMORY", "major", "data-integrity", "Ticket sequence is not persisted",
              "Derive tickets from the database (MAX(ticket)+1 in a transaction, or AUTOINCREMENT).", d=+1, conf=0.65,
              desc="After a restart the counter is 0 again and new orders reuse existing ticket numbers."),
            F("QTY-UNCHECKED", "major", "correctness", "Quantity not validated", "Positive integers only.", conf=0.75),
            F("SPLIT-OBO", "major", "correctness", "split_bill overcharges the last guest",
              "shares[-1] += total_cents - share * guests.", d=-1, n=2, conf=0.75),
            F("PAGE-START", "minor", "correctness", "First page of orders unreachable",
              "Offset should be (page - 1) * per_page.", d=+1, sd=0, conf=0.65),
            F("BUMP-RACE", "major", "concurrency", "Double bump raises KeyError", "Lock in bump.", conf=0.7),
            F("PRINTER-NO-TIMEOUT", "minor", "reliability", "No timeout on printer connection", "Set timeout.", conf=0.6),
            F("SOCK-LEAK", "minor", "resource-leak", "Socket not closed after printing", "Context manager.", conf=0.7),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
