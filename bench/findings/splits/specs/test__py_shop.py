"""test/py-shop: a Flask shop back end (Python). Labels live next to each finding (first argument of F)."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code or the tuning set. "
    "Seeded problems in a small Flask shop; five agents' answers written by hand to imitate each CLI."
)

PROBLEMS = {
    "SQLI-TERM": P("shop/api.py", "WHERE name LIKE '%{term}%'", "security", "search term q interpolated into the LIKE clause", "source-vs-sink"),
    "SQLI-ORDER": P("shop/api.py", 'sql += f" ORDER BY {order}"', "security", "sort parameter interpolated into ORDER BY", "source-vs-sink"),
    "BAD-INT-PARAMS": P("shop/api.py", 'page = int(request.args.get("page", 1))', "bug", "non-numeric page/per_page gives a 500"),
    "TOKEN-TIMING": P("shop/auth.py", "if token == expected:", "security", "admin token compared with == (timing leak)"),
    "EMPTY-TOKEN": P("shop/auth.py", 'token = request.headers.get("X-Admin-Token", "")', "security", "unset SHOP_ADMIN_TOKEN and missing header both give '' so anyone is admin"),
    "TOKEN-LOGGED": P("shop/auth.py", 'log.info("admin access granted for token %s", token)', "security", "admin token written to the log"),
    "CACHE-RACE": P("shop/cache.py", "self._entries[sku] = Entry(value", "bug", "get_price check-then-load-then-store without the lock: duplicate loads, racy hit/miss counters", "critical-section"),
    "CACHE-UNBOUNDED": P("shop/cache.py", "self._entries[sku] = Entry(value", "performance", "expired entries are replaced but never evicted: the dict grows with every SKU"),
    "PAGE-COUNT": P("shop/pagination.py", "total_pages = len(items) // per_page", "bug", "floor division drops the last partial page", "off-by-one"),
    "PERPAGE-ZERO": P("shop/pagination.py", "total_pages = len(items) // per_page", "bug", "per_page=0 (from the query string) raises ZeroDivisionError"),
    "PAGE-START": P("shop/pagination.py", "start = page * per_page", "bug", "1-based page used as 0-based offset: first page never returned", "off-by-one"),
    "MUTABLE-DEFAULT": P("shop/cart.py", "tags.append(sku)", "bug", "mutable default tags=[] shared between calls", "signature-vs-statement"),
    "FLOAT-MONEY": P("shop/cart.py", "subtotal = sum(i.price * i.qty", "bug", "money summed as binary floats"),
    "DISCOUNT-UNBOUNDED": P("shop/cart.py", "discount = subtotal * self.discount_pct / 100", "bug", "discount_pct not clamped to 0..100: negative totals or surcharges"),
    "PICKLE-COOKIE": P("shop/cart.py", "return pickle.loads(data)", "security", "cart cookie unpickled without a signature: remote code execution", "signature-vs-statement"),
    "DOWNLOAD-NO-AUTH": P("shop/api.py", "def download_export():", "security", "export download endpoint has no require_token"),
    "PATH-TRAVERSAL": P("shop/api.py", "path = os.path.join(EXPORT_DIR, name)", "security", "name joined onto EXPORT_DIR unchecked: ../ reads any file", "source-vs-sink"),
    "CSV-ESCAPING": P("shop/api.py", 'out.write(",".join(str(v) for v in tuple(r))', "bug", "CSV written by joining with commas, no quoting"),
    "RATE-RACE": P("shop/ratelimit.py", "_hits[client_ip] = count + 1", "bug", "read-modify-write of _hits without a lock under the threaded server", "critical-section"),
    "RATE-NEVER-RESET": P("shop/ratelimit.py", "if count >= LIMIT_PER_MINUTE:", "bug", "counts never reset: the per-minute limit is a lifetime limit"),
    "CONN-LEAK": P("shop/db.py", "cur = conn.execute(sql, params)", "performance", "a new sqlite connection per query, never closed"),
}

CONFUSABLE = [
    ("SQLI-TERM", "SQLI-ORDER"),
    ("TOKEN-TIMING", "EMPTY-TOKEN"),
    ("TOKEN-TIMING", "TOKEN-LOGGED"),
    ("EMPTY-TOKEN", "TOKEN-LOGGED"),
    ("CACHE-RACE", "CACHE-UNBOUNDED"),
    ("PAGE-COUNT", "PERPAGE-ZERO"),
    ("PAGE-COUNT", "PAGE-START"),
    ("PERPAGE-ZERO", "PAGE-START"),
    ("FLOAT-MONEY", "DISCOUNT-UNBOUNDED"),
    ("DOWNLOAD-NO-AUTH", "PATH-TRAVERSAL"),
    ("RATE-RACE", "RATE-NEVER-RESET"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the Flask app under `shop/` (api, auth, cart, cache, pagination, ratelimit, db).

        ## Summary

        The most serious issues are in request handling: the product search builds SQL with f-strings,
        the cart cookie is unpickled without any signature (the module docstring says "signed", it is not),
        and the export download joins a user-supplied name onto the export directory. The admin token check
        also leaks the token to the logs and is not constant-time.

        Concurrency: the app is started `--with-threads`, but `PriceCache.get_price` and `ratelimit.allow`
        mutate shared dicts without any locking (the cache even has a `_lock` it only uses in `invalidate`).

        Pagination is off by one in two places, and the cart total mixes floats with an unbounded discount.
        """,
        Block([
            F("SQLI-TERM", "critical", "security", "SQL injection via the `q` search parameter",
              "Use a parameterised query: `WHERE name LIKE ?` with `f\"%{term}%\"` as the parameter.",
              symbol="search", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection via the `sort` parameter in ORDER BY",
              "ORDER BY cannot be parameterised; map `sort` through an allow-list of column names.",
              symbol="search", conf=0.9),
            F("PICKLE-COOKIE", "critical", "security", "Untrusted cookie deserialised with pickle (RCE)",
              "Store the cart as JSON and sign it (itsdangerous / Flask session); never unpickle client data.",
              symbol="restore_cart", conf=0.95),
            F("PATH-TRAVERSAL", "high", "security", "Path traversal in export download",
              "Resolve the path and check it stays under EXPORT_DIR, or use `send_from_directory`.",
              symbol="download_export", conf=0.9),
            F("DOWNLOAD-NO-AUTH", "high", "security", "Export download endpoint is not protected by `require_token`",
              "Add `@require_token` like `make_export`; exports contain every order.",
              symbol="download_export", conf=0.8),
            F("TOKEN-LOGGED", "medium", "security", "Admin token is written to the application log",
              "Log a fixed message (or a hash prefix), never the token itself.",
              symbol="require_token.wrapper", conf=0.9),
            F("TOKEN-TIMING", "low", "security", "Token comparison is not constant-time",
              "Use `hmac.compare_digest(token, expected)`.", symbol="require_token.wrapper", conf=0.7),
            F("CACHE-RACE", "medium", "bug", "Check-then-act race in PriceCache.get_price: the lock is never taken",
              "Take `self._lock` around the lookup and store (or use a per-key lock so slow loads are not serialised).",
              d=-3, n=2, symbol="PriceCache.get_price", conf=0.8),
            F("RATE-RACE", "medium", "bug", "Rate limiter counter update is not thread-safe",
              "Guard the read and the increment with a lock; the server runs with threads.",
              d=-3, n=2, symbol="allow", conf=0.75),
            F("RATE-NEVER-RESET", "medium", "bug", "Rate limit counters are never reset, so the per-minute limit is permanent",
              "Keep a window start per client (or a token bucket) and reset the count each minute.",
              symbol="allow", conf=0.85),
            F("PAGE-START", "high", "bug", "Off-by-one: `page` is 1-based but used as a 0-based offset",
              "Use `start = (page - 1) * per_page` and reject `page < 1`.", symbol="paginate", conf=0.9),
            F("PAGE-COUNT", "medium", "bug", "Page count uses floor division and drops the last partial page",
              "Use `math.ceil(len(items) / per_page)` (or `-(-len(items) // per_page)`).", symbol="paginate", conf=0.85),
            F("MUTABLE-DEFAULT", "medium", "bug", "Mutable default argument `tags=[]` is shared across calls",
              "Default to `None` and create a new list inside the method.", symbol="Cart.add_item", conf=0.9),
            F("DISCOUNT-UNBOUNDED", "medium", "bug", "Discount percentage is not bounded",
              "Validate 0 <= discount_pct <= 100 where it is set (`set_discount`) and clamp in `total`.",
              symbol="Cart.total", conf=0.8),
            F("FLOAT-MONEY", "low", "bug", "Monetary amounts computed with floats",
              "Use `decimal.Decimal` (or integer cents) for prices and totals.", symbol="Cart.total", conf=0.6),
            F("CONN-LEAK", "low", "performance", "A new SQLite connection is opened for every query and never closed",
              "Reuse a connection per request (flask.g) and close it in teardown_appcontext.",
              d=-1, symbol="execute", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        """
        Reviewed `shop/`. Main risks: injectable SQL in `/products`, pickle of a client cookie, unauthenticated
        and traversable export download, and an admin check that passes when no token is configured.
        """,
        Block([
            F("SQLI-TERM", "critical", "security", "User-controlled search term is interpolated into SQL",
              "Bind the LIKE pattern as a parameter.", conf=0.9),
            F("SQLI-ORDER", "high", "security", "Unvalidated `sort` query parameter reaches ORDER BY",
              "Whitelist sortable columns.", d=-2, conf=0.85),
            F("EMPTY-TOKEN", "critical", "security", "Admin check passes when SHOP_ADMIN_TOKEN is unset",
              "Refuse all admin requests when the expected token is empty; require a non-empty header.",
              d=+2, n=1, conf=0.85),
            F("TOKEN-LOGGED", "medium", "security", "Secret token logged on success",
              "Drop the token from the log line.", conf=0.8),
            F("PICKLE-COOKIE", "critical", "security", "pickle.loads on cookie data allows code execution",
              "Replace pickle with signed JSON.", d=-2, sd=0, conf=0.95),
            F("MUTABLE-DEFAULT", "low", "bug", "`tags` default list is shared between Cart.add_item calls",
              "Use `tags=None`.", conf=0.8),
            F("DISCOUNT-UNBOUNDED", "medium", "bug", "discount_pct > 100 produces a negative total",
              "Clamp or reject out-of-range discounts.", conf=0.75),
            F("PAGE-START", "high", "bug", "paginate returns the next page's items (offset computed from 1-based page)",
              "Subtract one from page before computing the offset.", d=+1, conf=0.8),
            F("PAGE-COUNT", "medium", "bug", "Last page is missing from total_pages when len(items) is not a multiple of per_page",
              "Round up.", conf=0.8),
            F("CACHE-RACE", "medium", "performance", "Concurrent misses for the same SKU all call the slow loader",
              "Single-flight the load per SKU under a lock.", d=-1, conf=0.7),
            F("RATE-RACE", "low", "bug", "Lost updates in rate limiter under concurrent requests",
              "Use a lock or an atomic counter.", conf=0.6),
            F("DOWNLOAD-NO-AUTH", "high", "security", "GET /exports/download is unauthenticated",
              "Protect it with require_token.", d=-1, conf=0.8),
            F("PATH-TRAVERSAL", "high", "security", "Arbitrary file read through `name` in download_export",
              "Use send_from_directory / safe_join.", d=+1, conf=0.85),
            F("CSV-ESCAPING", "low", "bug", "Export CSV is built by string joining without quoting",
              "Use csv.writer.", conf=0.6),
        ]),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the codebase. Here is a detailed breakdown of the issues I found, grouped by
        severity.

        **Critical**
        *   **Insecure deserialization:** `restore_cart` calls `pickle.loads` on a cookie value supplied by
            the client.
        *   **SQL injection:** the search endpoint reads `q` from the query string and places it directly in
            an SQL string.

        **High**
        *   **Directory traversal** in the export download.
        *   **Authentication bypass:** if the `SHOP_ADMIN_TOKEN` environment variable is not set, an empty
            header matches the empty expected token.

        **Medium / Low**
        *   Thread-safety of the price cache, unbounded cache growth, pagination edge cases, a mutable
            default argument, and float arithmetic for currency.

        The findings are listed below in JSON format.
        """,
        Block([
            F("PICKLE-COOKIE", "critical", "security", "Insecure Deserialization in restore_cart",
              "Use a safe serialization format such as JSON together with an HMAC signature.",
              d=-3, desc="The function `restore_cart` deserializes untrusted cookie data with pickle, which can lead to arbitrary code execution."),
            F("SQLI-TERM", "critical", "security", "SQL Injection in product search",
              "Use parameterized queries provided by the sqlite3 module.", d=-2,
              desc="The `q` request argument is read here and later embedded into the SQL query with an f-string."),
            F("PATH-TRAVERSAL", "major", "security", "Directory Traversal in download_export",
              "Validate the `name` parameter and use `werkzeug.utils.safe_join`.", d=-1,
              desc="The `name` argument taken from the request is joined with EXPORT_DIR without sanitization."),
            F("EMPTY-TOKEN", "major", "security", "Authentication bypass when admin token is not configured",
              "Fail closed: if the expected token is empty, deny access.", d=+1, n=2,
              desc="`_expected_token()` returns an empty string by default, and a request without the header also yields an empty string."),
            F("TOKEN-TIMING", "medium", "security", "Timing attack on token comparison",
              "Use hmac.compare_digest for comparing secrets."),
            F("TOKEN-LOGGED", "low", "security", "Sensitive information in logs",
              "Avoid logging secrets such as authentication tokens."),
            F("CACHE-RACE", "medium", "correctness", "Hit/miss counters are not thread-safe",
              "Increment counters under the lock or use itertools.count.", d=+1,
              desc="`self.misses += 1` and `self.hits += 1` are read-modify-write operations executed without synchronization."),
            F("CACHE-UNBOUNDED", "low", "performance", "Unbounded cache growth",
              "Evict expired entries or use an LRU with a maximum size.",
              desc="Entries are only overwritten, never removed, so the dictionary keeps one entry per SKU ever requested."),
            F("PAGE-COUNT", "medium", "correctness", "Valid last page rejected with PageOutOfRange",
              "Compute the number of pages with ceiling division.", d=+1, n=2),
            F("PERPAGE-ZERO", "medium", "bug", "ZeroDivisionError when per_page is 0",
              "Validate per_page (>= 1) before dividing; it comes straight from the query string."),
            F("MUTABLE-DEFAULT", "low", "style", "Mutable default argument in add_item",
              "Use None as the default value.", d=-2),
            F("FLOAT-MONEY", "low", "correctness", "Floating point arithmetic for currency",
              "Use the decimal module.", d=+2),
            U({"severity": "info", "category": "style",
               "description": "Consider adding type hints and docstrings to the remaining functions in the module."}),
            F("RATE-RACE", "medium", "security", "Rate limit can be bypassed by concurrent requests",
              "Use a lock or an external store such as Redis with atomic INCR.",
              desc="Several threads can read the same count before any of them writes it back."),
            F("CONN-LEAK", "low", "maintainability", "Database connection not closed",
              "Use a context manager (`with closing(get_conn()) as conn:`).", d=+1),
        ], wrap="list"),
        """
        Let me know if you would like me to fix any of these issues.
        """,
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        Found several issues. Security first:
        """,
        Block([
            F("PICKLE-COOKIE", "critical", "security", "pickle.loads on user cookie",
              "use signed json"),
            F("PATH-TRAVERSAL", "high", "security", "path traversal: ?name=../../etc/passwd",
              "os.path.realpath + prefix check"),
            F("SQLI-ORDER", "high", "security", "ORDER BY built from user input",
              "allow-list the sort column"),
            F("TOKEN-LOGGED", "medium", "security", "token logged in plain text",
              "don't log secrets"),
        ], indent=None),
        """
        Then correctness:
        """,
        Block([
            F("PAGE-START", "high", "bug", "pagination off by one (page 1 skips first results)",
              "start = (page - 1) * per_page"),
            F("PERPAGE-ZERO", "medium", "bug", "division by zero if per_page=0",
              "validate per_page"),
            F("DISCOUNT-UNBOUNDED", "minor", "", "discount not validated",
              "clamp 0..100"),
            F("RATE-NEVER-RESET", "medium", "bug", "rate limit counter only ever increments, never resets",
              "reset per window", d=+2),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I have completed the review of the shop application. Below is a summary of the key issues:

        1. **Security**: SQL injection in `search`, unsafe deserialization of the cart cookie, path traversal
           in `download_export`, missing authentication on the download route, and a non-constant-time token
           comparison.
        2. **Concurrency**: `PriceCache` and the rate limiter share mutable state between threads without locks.
        3. **Correctness**: pagination offset, mutable default arguments, float currency and unvalidated
           integer query parameters.
        """,
        Block([
            F("SQLI-TERM", "critical", "security", "SQL injection in product search query",
              "Use placeholders (?) and pass parameters to db.execute.", n=2, conf=0.9),
            F("PICKLE-COOKIE", "critical", "security", "Unsafe deserialization with pickle",
              "Do not unpickle data that comes from the client.", d=-1, n=2, conf=0.9),
            F("PATH-TRAVERSAL", "major", "security", "Path traversal vulnerability in file download",
              "Normalize the path and verify it is inside EXPORT_DIR.", conf=0.85),
            F("DOWNLOAD-NO-AUTH", "major", "security", "Missing authentication on download endpoint",
              "Apply the require_token decorator.", conf=0.7),
            F("TOKEN-TIMING", "minor", "security", "Non-constant-time comparison of admin token",
              "Use hmac.compare_digest.", conf=0.7),
            F("CACHE-RACE", "major", "concurrency", "Race condition in PriceCache.get_price",
              "Protect _entries with self._lock.", d=-3, n=3, conf=0.8),
            F("CACHE-UNBOUNDED", "minor", "performance", "PriceCache has no size limit",
              "Add a max size / LRU eviction.", conf=0.6),
            F("RATE-RACE", "major", "concurrency", "Race condition in rate limiter allow()",
              "Use threading.Lock around the counter update.", d=-3, conf=0.75),
            F("PAGE-START", "major", "correctness", "Incorrect pagination offset calculation",
              "Use (page - 1) * per_page.", conf=0.85),
            F("MUTABLE-DEFAULT", "minor", "correctness", "Mutable default argument `tags`",
              "Use None as default.", conf=0.85),
            F("FLOAT-MONEY", "minor", "correctness", "Use of float for monetary values",
              "Use Decimal.", conf=0.6),
            F("BAD-INT-PARAMS", "minor", "bug", "int() on query parameters raises ValueError (HTTP 500)",
              "Use request.args.get('page', 1, type=int) and validate the range.", n=2, conf=0.7),
        ], wrap="object+summary", summary="12 issues: 5 security, 2 concurrency, 5 correctness"),
    ]),
}
