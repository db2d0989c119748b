"""test15/py-picking: a warehouse picking service (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning data or any other
split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test15: seeded problems in a small warehouse picking service; five agents' answers written by hand."
)

A = "picking/app.py"
S = "picking/stock.py"
W = "picking/waves.py"
L = "picking/labels.py"
PROBLEMS = {
    "DEFAULT-PIN": P(A, 'SUPERVISOR_PIN = os.environ.get("SUPERVISOR_PIN", "0000")', "security", "supervisor PIN falls back to 0000 when the variable is unset"),
    "PIN-IN-QUERY": P(A, 'return request.args.get("pin") == SUPERVISOR_PIN', "security", "supervisor PIN read from the query string (ends up in access and proxy logs)", "signature-vs-statement"),
    "PIN-BRUTEFORCE": P(A, 'return request.args.get("pin") == SUPERVISOR_PIN', "security", "four-digit PIN checked with no attempt limit or lockout: brute-forceable"),
    "SQLI-STATUS": P(A, "AND status = '{status}'", "security", "status query value interpolated into the SQL text", "source-vs-sink"),
    "SQLI-SORT": P(A, 'f"ORDER BY {sort} LIMIT ? OFFSET ?")', "security", "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "ORDER-IDOR": P(A, 'order = db().execute("SELECT * FROM orders WHERE id = ?"', "security", "any picker reads any order (customer, address) of any zone: no zone/ownership check"),
    "CONFIRM-NEGATIVE-QTY": P(A, 'qty = int(body["qty"])', "bug", "pick quantity not validated: a negative qty adds stock to the bin"),
    "CONFIRM-NOT-ATOMIC": P(A, 'stock.take(body["bin"], body["sku"], qty)', "bug", "in-memory stock is decremented before the pick row is written; a failed insert (unknown order) leaves stock short"),
    "ADJUST-AUTH-BYPASS": P(A, "if not is_supervisor:", "security", "is_supervisor not called: the function object is truthy, so the 403 never fires", "signature-vs-statement"),
    "ADJUST-NEGATIVE-LEVEL": P(A, 'stock.set_level(body["bin"], body["sku"], int(body["qty"]))', "bug", "adjustment sets any level, negative included, without validation"),
    "WAVE-SIZE-UNCHECKED": P(A, 'size = int(request.args.get("size", "12"))', "bug", "extra, one agent: size=0 makes range() raise (500), negative sizes give empty waves"),
    "LABEL-DL-NO-AUTH": P(A, "def download_label(name):", "security", "label download has no authentication at all (labels carry customer addresses)"),
    "LABEL-DL-TRAVERSAL": P(A, 'return send_file(os.path.join(LABEL_DIR, name), mimetype="application/zpl")', "security", "<path:name> joined to LABEL_DIR: ../ reads any file", "signature-vs-statement"),
    "MANIFEST-CSV-INJECTION": P(A, 'writer.writerow([r["id"], r["customer"], r["address"], r["label"]])', "security", "customer/address written to CSV unescaped: formula injection in the manifest"),
    "STOCK-TAKE-RACE": P(S, "self.levels[key] = have - qty", "bug", "take() reads, checks and writes the level without the lock: concurrent picks oversell, picked_total loses updates", "critical-section"),
    "SHORT-PICK-500": P(S, 'raise ValueError(f"short pick:', "bug", "a short pick raises ValueError that confirm_pick does not catch: the scanner gets a 500 instead of a short-pick answer"),
    "WAVE-PRIORITY-REVERSED": P(W, 'orders.sort(key=lambda o: o["priority"], reverse=True)', "bug", "reverse=True puts priority 1 (most urgent) last"),
    "WAVE-LAST-BATCH": P(W, "for i in range(0, len(orders) - size, size)]", "bug", "range stops at len - size: the last batch (or all orders when fewer than size) is never planned", "off-by-one"),
    "WAVE-ID-RACE": P(W, "self.next_id += 1", "bug", "next_id read and bumped without a lock from request threads: two waves get one id and one overwrites the other", "critical-section"),
    "ROUTE-LAST-AISLE": P(W, "by_aisle = {a: [] for a in range(1, MAX_AISLE)}", "bug", "range(1, MAX_AISLE) leaves out aisle 24: picks there raise KeyError", "off-by-one"),
    "PARCEL-GRAMS": P(L, "kg = grams / 100", "bug", "grams divided by 100, not 1000: weights ten times too high"),
    "PARCEL-COUNT-FLOOR": P(L, "count = int(kg // MAX_PARCEL_KG)", "bug", "floor division: the partial last box is dropped, a light order gets no box at all", "off-by-one"),
    "LABEL-OUT-TRAVERSAL": P(L, 'out = os.path.join(LABEL_DIR, f"{order_id}-{carrier}.zpl")', "security", "carrier from the request becomes part of the output path: the label can be written outside LABEL_DIR"),
    "LABEL-CMD-INJECTION": P(L, "subprocess.run(cmd, shell=True, check=True, timeout=30)", "security", "carrier and service from the request formatted into a shell command", "source-vs-sink"),
}

CONFUSABLE = [
    ("PIN-IN-QUERY", "PIN-BRUTEFORCE"),
    ("SQLI-STATUS", "SQLI-SORT"),
    ("CONFIRM-NEGATIVE-QTY", "CONFIRM-NOT-ATOMIC"),
    ("ADJUST-AUTH-BYPASS", "ADJUST-NEGATIVE-LEVEL"),
    ("LABEL-DL-NO-AUTH", "LABEL-DL-TRAVERSAL"),
    ("STOCK-TAKE-RACE", "SHORT-PICK-500"),
    ("WAVE-PRIORITY-REVERSED", "WAVE-LAST-BATCH"),
    ("PARCEL-GRAMS", "PARCEL-COUNT-FLOOR"),
    ("LABEL-OUT-TRAVERSAL", "LABEL-CMD-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the `picking` package (Flask app, in-memory stock, wave planner, label rendering).
        The service is reachable by every packing-bench printer and scanner, so the request-facing
        problems dominate: two SQL injections in `/orders`, a supervisor check that never runs, a label
        endpoint that serves any file, and a shell command built from the request body.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 6 |
        | low | 1 |

        The operational bugs are worth fixing soon too: waves silently drop orders, route planning crashes
        on the last aisle, and parcel weights are off by a factor of ten.
        """,
        Block([
            F("SQLI-STATUS", "critical", "security", "SQL injection through the `status` filter in `GET /orders`",
              "Bind `status` as a parameter (`AND status = ?`) instead of formatting it into the query.",
              n=2, symbol="list_orders", conf=0.95),
            F("SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list of column names (`priority`, `created_at`, `customer`); it cannot be bound as a parameter.",
              symbol="list_orders", conf=0.9),
            F("ADJUST-AUTH-BYPASS", "critical", "security", "`/stock/adjust` never enforces the supervisor check",
              "Call the function: `if not is_supervisor():`. As written, `not <function>` is always False, so anyone with network access can set stock levels.",
              symbol="adjust_stock", conf=0.95),
            F("LABEL-CMD-INJECTION", "critical", "security", "Shell command built from request-controlled `carrier`/`service`",
              "Pass an argument list to `subprocess.run` without `shell=True`, and validate `carrier` against the configured carriers.",
              d=-1, symbol="render_label", conf=0.9),
            F("LABEL-OUT-TRAVERSAL", "medium", "security", "`carrier` also ends up in the label file path",
              "Once `carrier` is validated this goes away; until then `../` in it writes the label outside `LABEL_DIR`.",
              symbol="render_label", conf=0.7),
            F("LABEL-DL-TRAVERSAL", "high", "security", "Path traversal in `GET /labels/<path:name>`",
              "Use `send_from_directory(LABEL_DIR, name)`, which rejects paths that leave the directory.",
              symbol="download_label", conf=0.9),
            F("PIN-IN-QUERY", "medium", "security", "Supervisor PIN is taken from the query string",
              "Read it from a header (or use real supervisor accounts); query strings are logged by proxies and the access log.",
              d=-1, symbol="is_supervisor", conf=0.75),
            F("DEFAULT-PIN", "high", "security", "Supervisor PIN defaults to `0000`",
              "Refuse to start when `SUPERVISOR_PIN` is unset.", symbol="SUPERVISOR_PIN", conf=0.85),
            F("ORDER-IDOR", "medium", "security", "`GET /orders/<id>` does not restrict orders to the picker's zone",
              "Add `AND zone = ?` with the picker's zone, as `list_orders` does.", symbol="get_order", conf=0.6),
            F("STOCK-TAKE-RACE", "high", "bug", "`Stock.take` is a check-then-act race across request threads",
              "Hold `self.lock` for the whole read-check-write (and the `picked_total` update); two scanners confirming the same bin can both pass the check and oversell it.",
              d=-3, n=3, symbol="Stock.take", conf=0.85),
            F("WAVE-ID-RACE", "medium", "bug", "Wave ids are allocated without synchronisation",
              "Guard `next_id` and `open` with a lock (or use `itertools.count`, whose `next()` is atomic in CPython).",
              d=-1, n=3, symbol="WavePlanner.plan", conf=0.7),
            F("WAVE-LAST-BATCH", "high", "bug", "`plan` never emits the final batch of orders",
              "Use `range(0, len(orders), size)`; with fewer open orders than `size` no wave is created at all.",
              symbol="WavePlanner.plan", conf=0.9),
            F("ROUTE-LAST-AISLE", "medium", "bug", "Route table omits the highest aisle",
              "`range(1, MAX_AISLE + 1)`; a pick in aisle 24 currently raises `KeyError`.", symbol="route", conf=0.85),
            F("PARCEL-GRAMS", "high", "bug", "Weight conversion divides grams by 100",
              "Divide by 1000; every parcel is declared ten times too heavy and split into too many boxes.",
              symbol="parcel_plan", conf=0.9),
            F("PARCEL-COUNT-FLOOR", "medium", "bug", "Parcel count rounds down",
              "Use `math.ceil(kg / MAX_PARCEL_KG)`; the remainder is never boxed.", symbol="parcel_plan", conf=0.85),
            F("CONFIRM-NEGATIVE-QTY", "low", "bug", "Pick confirmation accepts zero or negative quantities",
              "Reject `qty < 1`; a negative quantity currently increases the bin level.", symbol="confirm_pick", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed picking/*.py; 11 findings, most severe first.",
        Block([
            F("SQLI-STATUS", "critical", "security", "status param reaches raw SQL in list_orders",
              "Use a bound parameter.", d=-3),
            F("SQLI-SORT", "high", "security", "ORDER BY built from ?sort=", "Allow-list column names.", d=-3),
            F("ADJUST-AUTH-BYPASS", "critical", "security", "adjust_stock: supervisor guard is dead code (function not called)",
              "is_supervisor().", d=-1),
            F("LABEL-CMD-INJECTION", "critical", "security", "shell=True with carrier/service from the pack request",
              "argv list, no shell."),
            F("LABEL-DL-TRAVERSAL", "high", "security", "download_label serves arbitrary paths",
              "send_from_directory.", d=-2),
            F("STOCK-TAKE-RACE", "high", "bug", "Stock.take not atomic; lock unused", "with self.lock around the body.", d=-3),
            F("SHORT-PICK-500", "medium", "bug", "Short pick -> uncaught ValueError -> 500",
              "Catch it in confirm_pick and return 409 with the level."),
            F("CONFIRM-NOT-ATOMIC", "medium", "bug", "Stock decremented before the pick insert; insert failure loses stock",
              "Insert first, then take; or roll the take back on error."),
            F("WAVE-LAST-BATCH", "high", "bug", "plan() drops the tail batch", "range(0, len(orders), size)."),
            F("ROUTE-LAST-AISLE", "medium", "bug", "KeyError for picks in aisle MAX_AISLE", "range(1, MAX_AISLE + 1).", d=+3),
            F("PARCEL-COUNT-FLOOR", "medium", "bug", "parcel_plan returns [] for orders under 30 kg", "ceil.", d=+1),
        ], wrap="list", fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the warehouse picking service. The application exposes order data,
        stock adjustments and shipping labels over HTTP, authenticating pickers with a badge header and
        supervisors with a shared PIN.

        ### Security Findings

        The most severe issues allow unauthenticated or low-privileged users to read arbitrary files,
        execute commands on the server and manipulate the database.
        """,
        Block([
            F("SQLI-STATUS", "critical", "SQL Injection", "SQL Injection in Order Listing",
              "Use parameterized queries for every user-supplied value.", d=+2,
              desc="The `status` parameter from the query string is embedded in the SQL string that is executed here, allowing `status=x' OR '1'='1`."),
            F("LABEL-CMD-INJECTION", "critical", "Command Injection", "OS Command Injection via Carrier Name",
              "Avoid `shell=True` and pass the arguments as a list."),
            F("LABEL-DL-TRAVERSAL", "high", "Path Traversal", "Arbitrary File Read in Label Download",
              "Use `werkzeug.utils.safe_join` or `send_from_directory`."),
            F("LABEL-DL-NO-AUTH", "high", "Broken Authentication", "Label Download Endpoint Lacks Authentication",
              "Require a badge, as the other endpoints do."),
            F("ADJUST-AUTH-BYPASS", "critical", "Broken Access Control", "Missing Authorization on Stock Adjustment",
              "Invoke `is_supervisor()`; the bare function reference is always truthy.", d=+1, sd=0),
            F("PIN-BRUTEFORCE", "medium", "Broken Authentication", "Weak Supervisor Authentication",
              "A four-digit PIN without rate limiting can be guessed in at most 10,000 requests. Add throttling and lockout."),
            F("DEFAULT-PIN", "high", "Insecure Defaults", "Hardcoded Default Supervisor PIN",
              "Do not ship a default PIN."),
            F("ORDER-IDOR", "medium", "Broken Access Control", "Insecure Direct Object Reference on Orders",
              "Check that the order belongs to the picker's zone."),
            F("MANIFEST-CSV-INJECTION", "low", "CSV Injection", "CSV Formula Injection in Manifest Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote."),
        ], wrap="list"),
        """
        ### Correctness and Concurrency

        Flask serves requests on multiple threads, and several objects are shared module-level state.
        """,
        Block([
            F("STOCK-TAKE-RACE", "high", "Race Condition", "Race Condition in Stock Counters",
              "Protect `levels` and `picked_total` with the existing lock.", d=+1,
              desc="`picked_total += qty` and the level update are performed without holding `self.lock`, so concurrent confirmations lose updates."),
            F("WAVE-ID-RACE", "medium", "Data Integrity", "Concurrent Wave Planning Can Overwrite Waves",
              "Use a lock when allocating wave ids.", d=+1),
            U({"severity": "info", "category": "Maintainability", "description": "Consider adding type hints to the module-level helpers."}),
            F("PARCEL-GRAMS", "high", "Logic Error", "Incorrect Unit Conversion for Parcel Weight",
              "Grams should be divided by 1000 to obtain kilograms."),
            F("WAVE-PRIORITY-REVERSED", "medium", "Business Logic", "Urgent Orders Scheduled Last",
              "Sort ascending by priority.",
              desc="The comment says priority 1 is the most urgent, but the sort is descending."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-SORT", "error", "security", "sql injection via sort param", "whitelist columns"),
            F("ADJUST-AUTH-BYPASS", "error", "security", "adjust endpoint never checks the pin", "call is_supervisor()"),
            F("LABEL-DL-TRAVERSAL", "error", "security", "label download path traversal", "send_from_directory"),
            F("LABEL-CMD-INJECTION", "error", "security", "shell injection in carrier-label call", "no shell=True"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("STOCK-TAKE-RACE", "warning", "bug", "stock.take not thread safe", "use self.lock", d=-2),
            F("PARCEL-GRAMS", "warning", "", "weight off by 10x", "/ 1000"),
            F("CONFIRM-NEGATIVE-QTY", "warning", "bug", "negative qty accepted on confirm", "qty >= 1"),
            F("WAVE-PRIORITY-REVERSED", "warning", "bug", "wave sort puts urgent orders last", "drop reverse=True"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication and authorization gaps (supervisor check, label download).
        2. Injection: SQL in the order listing, shell in label rendering.
        3. Concurrency: shared in-memory stock and wave planner state.
        4. Correctness: wave batching, route planning, parcel count and input validation.
        """,
        Block([
            F("SQLI-STATUS", "blocker", "security", "SQL injection in order status filter",
              "Use placeholders for status.", conf=0.9),
            F("ADJUST-AUTH-BYPASS", "blocker", "security", "Authorization check always passes in adjust_stock",
              "Call is_supervisor().", conf=0.9),
            F("ADJUST-NEGATIVE-LEVEL", "minor", "correctness", "Stock adjustment accepts negative quantities",
              "Validate qty >= 0 before set_level.", conf=0.6),
            F("PIN-IN-QUERY", "major", "security", "Supervisor PIN passed in URL query parameter",
              "Use a header or session.", conf=0.7),
            F("LABEL-DL-NO-AUTH", "major", "security", "Unauthenticated access to shipping labels",
              "Call current_picker() in download_label.", conf=0.7),
            F("LABEL-CMD-INJECTION", "blocker", "security", "Command injection in label rendering",
              "Use subprocess with a list of arguments.", d=-1, conf=0.85),
            F("STOCK-TAKE-RACE", "major", "concurrency", "Lost update in Stock.take under concurrent picks",
              "Acquire self.lock in take().", conf=0.8),
            F("WAVE-ID-RACE", "major", "concurrency", "Non-atomic wave id increment",
              "Protect next_id with a lock.", conf=0.75),
            F("WAVE-LAST-BATCH", "major", "data-loss", "Orders in the last batch are never assigned to a wave",
              "Iterate up to len(orders).", d=+2, conf=0.8),
            F("ROUTE-LAST-AISLE", "major", "correctness", "KeyError when a pick is located in the last aisle",
              "Include MAX_AISLE in the range.", d=+3, conf=0.8),
            F("PARCEL-COUNT-FLOOR", "major", "correctness", "Boxes list empty for parcels lighter than the limit",
              "Round the box count up.", d=+1, conf=0.75),
            F("CONFIRM-NOT-ATOMIC", "minor", "data-integrity", "Stock and pick log can diverge",
              "Write the pick row and decrement stock in one step.", conf=0.6),
            F("WAVE-SIZE-UNCHECKED", "minor", "correctness", "Wave size of zero causes a server error",
              "Validate size > 0.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}
