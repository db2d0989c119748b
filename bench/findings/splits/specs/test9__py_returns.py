"""test9/py-returns: a returns/RMA desk for a web shop (Flask + SQLite, Python). Frozen test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test9, issue 15) that had not seen the merger code, its "
    "results, the scorer or any other split's answers. Ninth frozen test split: seeded problems in a small "
    "Python returns (RMA) service; five agents' answers by hand. Scored exactly once, never tuned on."
)

A = "rma/app.py"
AU = "rma/auth.py"
L = "rma/labels.py"
R = "rma/refunds.py"

PROBLEMS = {
    "ORDER-IDOR": P(A, "SELECT * FROM orders WHERE id = ?", "security", "order looked up by id only: any customer opens an RMA (and later a refund) for another customer's order"),
    "WINDOW-OFF-BY-ONE": P(A, "if age_days > RETURN_WINDOW_DAYS + 1:", "bug", "`+ 1` keeps the 30-day return window open for a 31st day", "off-by-one"),
    "QTY-NONPOSITIVE": P(A, "if qty > order[\"qty\"]:", "bug", "qty of 0 or below is accepted (only the upper bound is checked)"),
    "QTY-CUMULATIVE": P(A, "if qty > order[\"qty\"]:", "bug", "earlier RMAs on the same order are not counted: the same units can be returned again and again"),
    "SQLI-Q": P(A, "reason LIKE '%\" + q + \"%'", "security", "`q` search text concatenated into the LIKE clause", "source-vs-sink"),
    "FETCH-ALL": P(A, "rows = db().execute(sql, (status,)).fetchall()", "performance", "every matching RMA loaded into memory and paged in Python (extra, one agent)"),
    "PAGE-PARSE": P(A, "page = int(request.args.get(\"page\", \"1\"))", "bug", "non-numeric `page` raises ValueError: 500 instead of 400"),
    "PAGE-SKIP": P(A, "chunk = rows[page * PAGE_SIZE", "bug", "pages start at 1 but the slice is 0-based: the first 25 RMAs are never listed", "off-by-one"),
    "LABEL-IDOR": P(A, "SELECT * FROM rmas WHERE id = ?", "security", "label endpoint discards the customer: anyone logged in downloads any RMA's label (name, address)", nth=0),
    "LABEL-TMP-LEAK": P(A, "return send_file(pdf, mimetype=", "bug", "rendered label PDFs are never deleted from the temp dir (extra, one agent)"),
    "PHOTO-OVERWRITE": P(A, "path = os.path.join(PHOTO_DIR, photo.filename)", "bug", "photos stored under the uploader's file name: two parcels' IMG_0001.jpg overwrite each other"),
    "PHOTO-TRAVERSAL": P(A, "photo.save(path)", "security", "upload file name joined unchecked into PHOTO_DIR: ../ or an absolute name writes anywhere", "source-vs-sink"),
    "RECEIVE-TWICE": P(A, "UPDATE rmas SET status = 'received'", "bug", "status not checked: receiving an RMA twice (or a refunded one) restocks it again"),
    "STOCK-CACHE-ZERO": P(A, "on_hand = STOCK_CACHE.get(sku, 0)", "bug", "cache starts empty, so the first restock after a restart writes just the returned qty over the real stock level"),
    "RESTOCK-RACE": P(A, "STOCK_CACHE[sku] = on_hand + rma[\"qty\"]", "bug", "read-modify-write of STOCK_CACHE without _stock_lock: concurrent receipts lose restocks", "critical-section"),
    "FEE-FROM-REQUEST": P(A, "amount = refunds.amount_for(rma, fee_pct)", "security", "restocking fee taken from the request unchecked: a negative or >100 fee changes the refund at will", "source-vs-sink"),
    "REFUND-DOUBLE": P(A, "refunds.pay(rma[\"customer_id\"], amount)", "bug", "status check, payment and status update are not atomic: two concurrent refund calls both pay", "critical-section"),
    "COOKIE-IDENTITY": P(AU, "cid = request.cookies.get(\"customer_id\")", "security", "customer identity read from a plain, unsigned cookie: set customer_id=N to act as anyone", "signature-vs-statement"),
    "TOKEN-TIMING": P(AU, "if token not in STAFF_TOKENS.values():", "security", "staff token compared with == (via `in`), not in constant time"),
    "NO-ROLE": P(AU, "if token not in STAFF_TOKENS.values():", "security", "team not checked: the warehouse token can issue refunds (any staff token passes every staff check)"),
    "MKTEMP": P(L, "out = tempfile.mktemp(suffix=\".pdf\")", "security", "tempfile.mktemp is racy (name predicted, file pre-created or symlinked)"),
    "CMD-INJECTION": P(L, "cmd = f\"{LABEL_TOOL} --carrier {carrier}", "security", "`carrier` from the query string (and zip) interpolated into a shell command", "signature-vs-statement"),
    "RUN-UNCHECKED": P(L, "subprocess.run(cmd, shell=True, check=False)", "bug", "label tool failure ignored: a missing or empty PDF is sent as the label"),
    "PSP-KEY": P(R, "PSP_KEY = \"sk_live_", "security", "live PSP secret key hard-coded in the source"),
    "FLOAT-MONEY": P(R, "unit = float(rma[\"unit_price\"])", "bug", "refund amounts computed in binary floating point"),
    "FEE-ROUND": P(R, "fee = round(gross * fee_pct / 100)", "bug", "fee rounded to whole euros (and banker's rounding) instead of cents"),
    "PSP-NO-IDEMPOTENCY": P(R, "req = urllib.request.Request(PSP_URL", "bug", "refund request has no idempotency key: a retry after a timeout refunds twice"),
    "PSP-NO-TIMEOUT": P(R, "resp = urllib.request.urlopen(req)", "bug", "urlopen without timeout: a hung PSP blocks the worker forever"),
}

CONFUSABLE = [
    ("QTY-NONPOSITIVE", "QTY-CUMULATIVE"),
    ("PAGE-SKIP", "PAGE-PARSE"),
    ("PAGE-SKIP", "FETCH-ALL"),
    ("PHOTO-TRAVERSAL", "PHOTO-OVERWRITE"),
    ("PHOTO-TRAVERSAL", "RECEIVE-TWICE"),
    ("RESTOCK-RACE", "STOCK-CACHE-ZERO"),
    ("REFUND-DOUBLE", "FEE-FROM-REQUEST"),
    ("CMD-INJECTION", "MKTEMP"),
    ("CMD-INJECTION", "RUN-UNCHECKED"),
    ("FLOAT-MONEY", "FEE-ROUND"),
    ("PSP-NO-TIMEOUT", "PSP-NO-IDEMPOTENCY"),
    ("TOKEN-TIMING", "NO-ROLE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the returns service (`rma/app.py`, `auth.py`, `labels.py`, `refunds.py`).

        ## Summary

        | Area | Findings | Worst |
        |------|----------|-------|
        | Authentication / authorisation | 4 | critical |
        | Injection (SQL, shell, paths) | 3 | critical |
        | Money and refunds | 5 | high |
        | Stock and RMA state | 4 | high |
        | Input validation / paging | 4 | medium |

        **Top priorities**
        1. Identity is a plain `customer_id` cookie, and neither `open_rma` nor `label` checks that the order or
           RMA belongs to the caller.
        2. `labels.render` builds a shell command from the `carrier` query parameter.
        3. A refund can be paid twice (no atomic status transition, no idempotency key on the PSP call), and
           the restocking fee comes straight from the request.

        Details below.
        """,
        Block([
            F("COOKIE-IDENTITY", "critical", "security", "Customer identity comes from an unsigned cookie",
              "`customer_id` is a plain cookie, so any client can claim to be any customer. Use a signed session "
              "(Flask `session`) or verify a token issued by the shop.", symbol="current_customer", conf=0.93),
            F("ORDER-IDOR", "high", "security", "RMA can be opened for another customer's order",
              "Add `AND customer_id = ?` to the order lookup.", symbol="open_rma", conf=0.88),
            F("LABEL-IDOR", "high", "security", "Return label of any RMA is downloadable by any customer",
              "`current_customer()` is called but its result is discarded; compare it with `rma['customer_id']`.",
              d=-1, sd=-1, n=2, symbol="label", conf=0.85),
            F("NO-ROLE", "medium", "security", "Any staff token is accepted for every staff action",
              "The warehouse token can issue refunds. Map tokens to teams and require `finance` on `/refund`.",
              symbol="require_staff", conf=0.72),
            F("SQLI-Q", "critical", "security", "SQL injection through the `q` search parameter",
              "Bind the pattern: `reason LIKE ?` with `f\"%{q}%\"`.", symbol="list_rmas", conf=0.96),
            F("CMD-INJECTION", "critical", "security", "Shell command injection via `carrier`",
              "Validate `carrier` against `CARRIERS` and call `subprocess.run([...])` without `shell=True`.",
              symbol="labels.render", conf=0.95),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in the parcel photo upload",
              "Use `werkzeug.utils.secure_filename` or generate the name from the RMA id.", d=-1, sd=-1, n=2,
              symbol="receive", conf=0.9),
            F("PHOTO-OVERWRITE", "low", "bug", "Photos with the same file name overwrite each other",
              "Phone cameras reuse names like IMG_0001.jpg; store under `<rma_id>-<uuid>.jpg`.", symbol="receive", conf=0.6),
            F("REFUND-DOUBLE", "high", "bug", "Double refund: status check and update are not atomic",
              "Two refund requests for the same RMA can both pass the `refunded` check before either writes it, and "
              "both pay. Claim the RMA first with `UPDATE ... SET status='refunding' WHERE id=? AND status='received'` "
              "and check `rowcount`.", d=-2, symbol="refund", conf=0.86),
            F("FEE-FROM-REQUEST", "high", "security", "Restocking fee is taken from the request body without bounds",
              "A negative `restocking_fee_pct` refunds more than the customer paid. Look the fee up server-side or clamp it to 0–100.",
              symbol="refund", conf=0.8),
            F("PSP-NO-IDEMPOTENCY", "medium", "bug", "PSP refund call has no idempotency key",
              "Send an `Idempotency-Key` derived from the RMA id so a retried request cannot refund twice.",
              symbol="refunds.pay", conf=0.7),
            F("FLOAT-MONEY", "medium", "bug", "Refund amounts use float",
              "Use `Decimal` (or integer cents) throughout `amount_for`.", symbol="refunds.amount_for", conf=0.78),
            F("PSP-KEY", "high", "security", "Live PSP secret key committed in source",
              "Load it from the environment or a secret store and rotate the leaked key.", symbol="PSP_KEY", conf=0.97),
            F("RESTOCK-RACE", "high", "bug", "Lost updates to STOCK_CACHE under concurrent receipts",
              "`_stock_lock` is defined but never taken; wrap the read-modify-write (or let SQL do "
              "`on_hand = on_hand + ?`).", d=-1, n=3, symbol="restock", conf=0.84),
            F("STOCK-CACHE-ZERO", "high", "bug", "First restock after a restart overwrites the stock level",
              "The cache defaults to 0, so `on_hand` in the table is replaced by the returned quantity alone. Read the "
              "current value from the table.", symbol="restock", conf=0.82),
            F("WINDOW-OFF-BY-ONE", "low", "bug", "Return window is 31 days, not 30",
              "Drop the `+ 1`: `age_days > RETURN_WINDOW_DAYS`.", symbol="open_rma", conf=0.8),
            F("QTY-NONPOSITIVE", "medium", "bug", "Zero or negative quantities are accepted",
              "Reject `qty < 1`.", symbol="open_rma", conf=0.75),
            F("QTY-CUMULATIVE", "medium", "bug", "Quantity check ignores earlier RMAs on the same order",
              "Sum the qty of open and completed RMAs for the order and compare the total.", symbol="open_rma", conf=0.7),
            F("PAGE-SKIP", "medium", "bug", "First page of the RMA list is never returned",
              "`page` defaults to 1 but the slice starts at `page * PAGE_SIZE`; use `(page - 1)`.", symbol="list_rmas", conf=0.85),
            F("RUN-UNCHECKED", "medium", "bug", "Label tool failures are ignored",
              "With `check=False` a failed render still returns the (missing) output path; use `check=True` and map the error to a 502.",
              symbol="labels.render", conf=0.66),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed rma/*.py; 13 findings, most severe first.",
        Block([
            F("SQLI-Q", "critical", "security", "User-controlled `q` reaches SQL string",
              "Parameterize the LIKE pattern.", d=-1),
            F("CMD-INJECTION", "critical", "security", "render() passes carrier to a shell",
              "Use an argv list, no shell=True; allow-list carriers.", d=-2, symbol="render"),
            F("PHOTO-TRAVERSAL", "high", "security", "photo.filename from the multipart body is used as a filesystem path",
              "secure_filename() or server-side name.", d=-2),
            F("COOKIE-IDENTITY", "high", "security", "current_customer trusts client cookie",
              "Signed session.", d=-1, symbol="current_customer"),
            F("REFUND-DOUBLE", "high", "bug", "Concurrent refunds both reach refunds.pay",
              "Conditional UPDATE before paying."),
            F("PSP-KEY", "high", "security", "Hard-coded sk_live key",
              "Env/secret manager; rotate."),
            F("RECEIVE-TWICE", "medium", "bug", "receive() does not check current status; a second receive restocks again",
              "UPDATE ... WHERE status = 'open' and check rowcount."),
            F("PAGE-SKIP", "medium", "bug", "page is 1-based here but the slice assumes 0-based",
              "rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]", d=-1),
            F("WINDOW-OFF-BY-ONE", "low", "bug", "Window check allows 31 days",
              "age_days > RETURN_WINDOW_DAYS", d=-1),
            F("QTY-NONPOSITIVE", "medium", "bug", "qty <= 0 passes validation",
              "if not 1 <= qty <= order['qty']: abort(400)"),
            F("PSP-NO-TIMEOUT", "medium", "bug", "urlopen() with no timeout",
              "timeout=10"),
            F("FEE-ROUND", "low", "bug", "Fee rounded to integer euros",
              "Quantize to 0.01."),
            F("MKTEMP", "low", "security", "tempfile.mktemp is insecure",
              "NamedTemporaryFile(delete=False)."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the RMA (returns) service. It's a compact Flask application, but it handles money,
        customer data and physical stock, so the bar for correctness is high. Below is a breakdown of what I found.

        ### Authentication and Access Control
        The service trusts a cookie for customer identity and shares two long-lived tokens for all staff.

        ### Injection
        There are three separate injection points: the RMA search query, the label tool's shell command and the
        photo upload path.

        ### Secrets
        A live payment provider key is checked into the repository.
        """,
        Block([
            F("SQLI-Q", "Critical", "SQL Injection", "SQL Injection in RMA search",
              "Use parameterized queries for the `q` parameter as is already done for `status`.",
              desc="The `q` query parameter is concatenated into the SQL statement used by `list_rmas`."),
            F("CMD-INJECTION", "Critical", "Command Injection", "OS Command Injection in label rendering",
              "Pass an argument list to `subprocess.run` and validate the carrier.",
              desc="`carrier` is user-controlled and is interpolated into a string executed with `shell=True`.", d=1, sd=0),
            F("PHOTO-TRAVERSAL", "High", "Path Traversal", "Arbitrary File Write via photo upload",
              "Sanitize the filename with `secure_filename`."),
            F("ORDER-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference when opening an RMA",
              "Verify that the order belongs to the current customer.", d=1, sd=0),
            F("COOKIE-IDENTITY", "High", "Broken Authentication", "Forgeable customer identity",
              "Use signed session cookies."),
            F("TOKEN-TIMING", "Medium", "Broken Authentication", "Timing Attack on Staff Token Comparison",
              "Compare with `hmac.compare_digest` against each configured token."),
            F("PSP-KEY", "High", "Sensitive Data Exposure", "Hardcoded Payment Provider Secret",
              "Move the key to an environment variable."),
            U({"severity": "Low", "category": "Best Practices",
               "description": "Consider using Flask blueprints and an application factory to structure the service."}),
        ], wrap="list"),
        """
        ### Concurrency, Data Integrity and Reliability
        """,
        Block([
            F("RESTOCK-RACE", "High", "Race Condition", "Race condition on the shared STOCK_CACHE dictionary",
              "Acquire `_stock_lock` around the read and write of the cache.", d=-1,
              desc="The lock `_stock_lock` is declared but never used; concurrent restocks can overwrite each other's increments."),
            F("REFUND-DOUBLE", "High", "Race Condition", "Refund can be issued more than once",
              "Use a database transaction with a conditional status update.", d=-2, sd=-2, n=2),
            F("FETCH-ALL", "Medium", "Performance", "Unbounded query loads all RMAs into memory",
              "Use LIMIT/OFFSET in SQL rather than slicing a Python list.", d=1, sd=0),
            F("FLOAT-MONEY", "Medium", "Data Integrity", "Floating-point arithmetic for currency",
              "Use the `decimal` module."),
            F("WINDOW-OFF-BY-ONE", "Low", "Logic Error", "Return window allows one extra day",
              "Remove the `+ 1`."),
            F("PSP-NO-TIMEOUT", "Medium", "Reliability", "No timeout on the payment provider request",
              "Pass `timeout=` to `urlopen`.", d=-1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-Q", "high", "security", "sql injection in list_rmas (q)", "bind q as a parameter"),
            F("CMD-INJECTION", "high", "security", "shell=True with carrier from query", "argv list + allow-list", d=1),
            F("PHOTO-TRAVERSAL", "high", "security", "photo filename not sanitized", "secure_filename"),
            F("LABEL-IDOR", "high", "", "label() never checks rma owner", "compare customer id"),
            F("PSP-KEY", "high", "security", "live psp key in repo", "use env var"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("QTY-CUMULATIVE", "medium", "bug", "qty check only per rma, not per order", "sum previous rmas for the order"),
            F("PAGE-PARSE", "low", "bug", "int(page) can raise", "validate page, return 400"),
            F("STOCK-CACHE-ZERO", "high", "bug", "stock cache starting at 0 clobbers on_hand", "use on_hand = on_hand + ? in sql"),
            F("REFUND-DOUBLE", "high", "bug", "refund not idempotent", "guard with status update in one transaction", d=1),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Injection**: SQL in `list_rmas`, shell in `labels.render`.
        2. **Refunds**: not idempotent, no idempotency key, caller chooses the fee, fee rounding.
        3. **Stock**: racy cache updates; receipts not guarded by status.
        4. **Validation**: quantity, paging.
        5. **Resources**: temp files.
        """,
        Block([
            F("SQLI-Q", "blocker", "security", "SQL injection in RMA search",
              "Use a bound parameter for the LIKE pattern.", conf=0.95),
            F("PAGE-PARSE", "minor", "correctness", "Unvalidated page parameter",
              "Handle ValueError and negative pages.", conf=0.6),
            F("PAGE-SKIP", "major", "correctness", "Pagination skips the first page",
              "Subtract one from page before computing the slice.", conf=0.8),
            F("QTY-NONPOSITIVE", "major", "correctness", "Quantity lower bound not validated",
              "Require qty >= 1.", conf=0.7),
            F("RECEIVE-TWICE", "major", "data-integrity", "Parcel can be received twice",
              "Only transition from 'open' to 'received'.", conf=0.65),
            F("RESTOCK-RACE", "major", "concurrency", "Unsynchronized stock cache update",
              "Use _stock_lock or an atomic SQL increment.", d=1, conf=0.8),
            F("FEE-FROM-REQUEST", "major", "security", "Refund amount depends on caller-supplied fee",
              "Do not accept restocking_fee_pct from the client.", d=3, conf=0.7),
            F("REFUND-DOUBLE", "blocker", "concurrency", "Refund race allows duplicate payouts",
              "Lock the RMA row or use a conditional update before paying.", conf=0.85),
            F("NO-ROLE", "major", "security", "Staff roles not enforced",
              "Only the finance token should be allowed to refund.", conf=0.6),
            F("CMD-INJECTION", "blocker", "security", "Command injection in label rendering",
              "Avoid shell=True.", conf=0.9),
            F("MKTEMP", "minor", "security", "Insecure temporary file creation",
              "Use NamedTemporaryFile.", conf=0.6),
            F("FEE-ROUND", "minor", "correctness", "Restocking fee rounded to whole units",
              "Round to cents with Decimal.quantize.", conf=0.55),
            F("PSP-NO-IDEMPOTENCY", "major", "reliability", "Refund request is not idempotent",
              "Add an Idempotency-Key header.", conf=0.7),
            F("LABEL-TMP-LEAK", "minor", "resource-leak", "Label PDFs accumulate in the temp directory",
              "Delete the file after sending it (e.g. send from memory).", conf=0.55),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 7 major, 4 minor"),
    ]),
}
