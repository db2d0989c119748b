"""test21/py-pantryshelf: a food-bank inventory API (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' "
    "data. Frozen test split (test21): seeded problems in a small food-bank inventory API; five agents' answers "
    "written by hand. Scored exactly once, never tuned on."
)

A = "pantry/app.py"
PROBLEMS = {
    "EMPTY-TOKEN": P(A, "if supplied != VOLUNTEER_TOKEN:", "security", "PANTRY_TOKEN defaults to '': with it unset, a request without the header passes the volunteer check"),
    "TOKEN-TIMING": P(A, "if supplied != VOLUNTEER_TOKEN:", "security", "volunteer token compared with != (not constant time)"),
    "SQLI-Q": P(A, "WHERE name LIKE '%{q}%'\"", "security", "search text q formatted into the SQL string", "source-vs-sink"),
    "SQLI-CATEGORY": P(A, "sql += f\" AND category = '{category}'\"", "security", "category filter formatted into the SQL string"),
    "EXPIRY-CUTOFF-EXCLUSIVE": P(A, "WHERE expires > ? AND expires < ?", "bug", "expires < cutoff: items expiring on the last day of the window are left out", "off-by-one"),
    "EXPIRES-TODAY-MISSED": P(A, "WHERE expires > ? AND expires < ?", "bug", "expires > today: items that expire today, the most urgent, are never listed"),
    "NEGATIVE-QTY": P(A, 'int(line["qty"]), line["expires"]', "bug", "donated quantity not validated: zero or negative qty stored, silently lowering stock"),
    "STOCK-CACHE-RACE": P(A, 'total = db().execute("SELECT COALESCE(SUM(qty), 0)', "bug", "stock cache checked and filled without _cache_lock: concurrent misses all run the SUM, and a donation invalidating between SUM and store leaves a stale total cached", "critical-section"),
    "WEEKLY-LIMIT-OFF-BY-ONE": P(A, "if taken > MAX_PARCELS_PER_WEEK:", "bug", "> instead of >=: a household can take a third parcel in a week", "off-by-one"),
    "STOCK-OVERSELL": P(A, 'conn.execute("UPDATE items SET qty = qty - ?', "bug", "stock read, compared, then decremented outside a transaction/conditional update: concurrent packing drives qty below zero", "critical-section"),
    "UNKNOWN-ITEM-CRASH": P(A, 'if row["qty"] >= wanted:', "bug", "unknown item id: fetchone() is None and row['qty'] raises (500)"),
    "SHORTFALL-SILENT": P(A, 'if row["qty"] >= wanted:', "bug", "item short of stock silently skipped; the parcel is still recorded and counts toward the weekly limit"),
    "PARCEL-COUNTER-RACE": P(A, "_parcel_counter += 1", "bug", "module-level parcel counter incremented without a lock, per process and reset on restart: duplicate parcel numbers", "critical-section"),
    "LABEL-PRINTER-INJECTION": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\"", "security", "printer form field runs in a shell command", "source-vs-sink"),
    "LABEL-NAME-INJECTION": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\"", "security", "stored item name (from a donation) inside single quotes in a shell command"),
    "LABEL-PATH-TRAVERSAL": P(A, "return send_file(os.path.join(LABEL_DIR, name)", "security", "path: label name joined to LABEL_DIR unchecked, and the route needs no token: any file readable", "signature-vs-statement"),
    "HOUSEHOLD-NO-AUTH": P(A, 'row = db().execute("SELECT * FROM households', "security", "household profile (address, phone, notes) returned without the volunteer check, by sequential id", "signature-vs-statement"),
    "SUPPLIER-SSRF": P(A, "resp = requests.get(feed, timeout=10)", "security", "feed URL from the request body fetched by the server (SSRF)", "source-vs-sink"),
    "SUPPLIER-PICKLE": P(A, "batch = pickle.loads(resp.content)", "security", "supplier feed unpickled: code execution for whoever serves the feed"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["parcel_no"], r["name"]', "security", "household names written to CSV unescaped (formula injection)"),
    "PAGE-OFFSET": P(A, "offset = page * per_page", "bug", "pages start at 1 but offset = page * per_page: the first page is never shown", "off-by-one"),
    "PER-PAGE-UNBOUNDED": P(A, 'per_page = int(request.args.get("per_page", "25"))', "performance", "per_page not capped (or checked for negative): one request reads the whole shelf"),
    "SWEEPER-CONN-LEAK": P(A, "conn = sqlite3.connect(DB_PATH)", "bug", "expiry sweeper opens a new connection every hour and never closes it"),
    "SWEEPER-PER-WORKER": P(A, "threading.Thread(target=expiry_sweeper", "bug", "sweeper thread started at import: one per worker process, all deleting and logging the same items (extra, one agent)"),
}

CONFUSABLE = [
    ("EMPTY-TOKEN", "TOKEN-TIMING"),
    ("SQLI-Q", "SQLI-CATEGORY"),
    ("EXPIRY-CUTOFF-EXCLUSIVE", "EXPIRES-TODAY-MISSED"),
    ("STOCK-OVERSELL", "UNKNOWN-ITEM-CRASH"),
    ("UNKNOWN-ITEM-CRASH", "SHORTFALL-SILENT"),
    ("STOCK-OVERSELL", "SHORTFALL-SILENT"),
    ("STOCK-OVERSELL", "PARCEL-COUNTER-RACE"),
    ("LABEL-PRINTER-INJECTION", "LABEL-NAME-INJECTION"),
    ("SUPPLIER-SSRF", "SUPPLIER-PICKLE"),
    ("PAGE-OFFSET", "PER-PAGE-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `pantry/app.py` end to end (it is the whole service).

        **Summary**

        The volunteer check is the only access control and it is weak; several endpoints skip it entirely. The
        worst problems, in the order I would fix them:

        1. Remote code execution: the label printer command and the supplier import (`pickle`).
        2. SQL injection in `/items` and arbitrary file read in `/labels/<path:name>`.
        3. Household records are readable without any token.
        4. Parcel packing: the stock check races, the weekly limit allows one parcel too many, and parcel numbers
           can collide.
        5. Smaller correctness issues in the expiry window, the shelf pager and the background sweeper.
        """,
        Block([
            F("LABEL-PRINTER-INJECTION", "critical", "security", "Shell command injection through the `printer` form field",
              "Validate `printer` against the configured printer names and call `subprocess.run([\"lp\", \"-d\", printer], input=text.encode())` without a shell.",
              symbol="print_label", conf=0.95),
            F("LABEL-NAME-INJECTION", "high", "security", "Item names reach the same shell command inside single quotes",
              "A donation named `beans'; rm -rf ~; '` runs when its label is printed. Pipe the text on stdin instead of interpolating it.",
              symbol="print_label", conf=0.8),
            F("SUPPLIER-PICKLE", "critical", "security", "Supplier feed is deserialized with `pickle.loads`",
              "Unpickling runs code chosen by whoever controls the feed (or the network path). Use JSON and validate each entry.",
              symbol="import_supplier", conf=0.95),
            F("SUPPLIER-SSRF", "high", "security", "`/imports/supplier` fetches any URL given in the body",
              "Ignore the body's `feed` or check it against an allow-list of supplier hosts.",
              symbol="import_supplier", conf=0.85),
            F("SQLI-Q", "critical", "security", "SQL injection in item search via `q`",
              "Use a bound parameter: `WHERE name LIKE ?` with `f\"%{q}%\"` as the value.",
              symbol="search_items", conf=0.95),
            F("SQLI-CATEGORY", "high", "security", "SQL injection in item search via `category`",
              "Append `AND category = ?` and pass `category` as a parameter.",
              symbol="search_items", conf=0.9),
            F("LABEL-PATH-TRAVERSAL", "high", "security", "`/labels/<path:name>` can read files outside `LABEL_DIR`",
              "Use `send_from_directory(LABEL_DIR, name)` and require the volunteer token.",
              symbol="download_label", conf=0.85),
            F("HOUSEHOLD-NO-AUTH", "high", "security", "Household profiles are served without authentication",
              "Call `require_volunteer()` first; the record holds addresses and phone numbers and ids are sequential.",
              d=-1, symbol="household_profile", conf=0.85),
            F("EMPTY-TOKEN", "high", "security", "Volunteer check passes for everyone when `PANTRY_TOKEN` is unset",
              "Refuse to start without a token (or reject an empty supplied token) and compare with `hmac.compare_digest`.",
              symbol="require_volunteer", conf=0.8),
            F("STOCK-OVERSELL", "high", "bug", "Stock check and decrement in `pack_parcel` are not atomic",
              "Use `UPDATE items SET qty = qty - ? WHERE id = ? AND qty >= ?` and check `rowcount`, inside one transaction.",
              d=-2, n=3, symbol="pack_parcel", conf=0.85),
            F("WEEKLY-LIMIT-OFF-BY-ONE", "medium", "bug", "Weekly parcel limit allows one extra parcel",
              "With `MAX_PARCELS_PER_WEEK = 2` a household with two parcels passes `taken > 2`. Use `>=`.",
              symbol="pack_parcel", conf=0.9),
            F("PARCEL-COUNTER-RACE", "medium", "bug", "Parcel numbers come from an unsynchronised in-process counter",
              "Concurrent requests (or several workers, or a restart) produce the same `parcel_no`. Derive it from the row id or a sequence table.",
              symbol="pack_parcel", conf=0.75),
            F("STOCK-CACHE-RACE", "low", "performance", "Stock cache is filled without the lock that was created for it",
              "Concurrent misses all run the SUM, and a donation that pops the entry while the SUM runs is overwritten with the old total for a minute. Hold `_cache_lock` around check and store, or drop the cache.",
              d=1, symbol="stock_level", conf=0.6),
            F("EXPIRES-TODAY-MISSED", "medium", "bug", "Items that expire today are excluded from `/items/expiring`",
              "Use `expires >= ?` for today.", symbol="expiring_soon", conf=0.8),
            F("EXPIRY-CUTOFF-EXCLUSIVE", "low", "bug", "Expiry window drops its last day",
              "`expires < cutoff` leaves out items expiring on day `days`; use `<=`.", symbol="expiring_soon", conf=0.7),
            F("PAGE-OFFSET", "medium", "bug", "Shelf pager skips the first page",
              "Pages start at 1; use `offset = (page - 1) * per_page`.", symbol="shelf_items", conf=0.85),
            F("PER-PAGE-UNBOUNDED", "low", "performance", "`per_page` is not capped",
              "Clamp to 1..100.", symbol="shelf_items", conf=0.6),
            F("SWEEPER-PER-WORKER", "low", "bug", "Expiry sweeper thread starts at import time",
              "Under gunicorn every worker starts its own sweeper and the waste log gets duplicates. Run it as a separate job.",
              symbol="expiry_sweeper", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed pantry/app.py (223 lines); 12 findings, most severe first.",
        Block([
            F("LABEL-PRINTER-INJECTION", "critical", "security", "printer form value reaches shell=True lp command",
              "argv list, allow-listed printer names.", d=-2),
            F("SUPPLIER-PICKLE", "critical", "security", "pickle.loads on data fetched over HTTP", "json + schema check."),
            F("SUPPLIER-SSRF", "high", "security", "Caller-controlled feed URL fetched server-side",
              "Drop the override.", d=-1),
            F("SQLI-Q", "critical", "security", "q interpolated into LIKE clause", "Parameterize.", d=-2),
            F("LABEL-PATH-TRAVERSAL", "high", "security", "Unauthenticated label download joins a user path to LABEL_DIR",
              "send_from_directory + auth.", d=-1),
            F("EMPTY-TOKEN", "high", "security", "Empty default token makes require_volunteer a no-op",
              "Fail closed when PANTRY_TOKEN is empty."),
            F("STOCK-OVERSELL", "high", "bug", "Lost update on items.qty under concurrent packing",
              "Conditional UPDATE ... AND qty >= ?."),
            F("UNKNOWN-ITEM-CRASH", "medium", "bug", "TypeError when an item id does not exist",
              "404/422 on missing row."),
            F("WEEKLY-LIMIT-OFF-BY-ONE", "medium", "bug", "Limit check uses > (3 parcels/week allowed)", ">=."),
            F("EXPIRY-CUTOFF-EXCLUSIVE", "low", "bug", "Upper bound of expiry window is exclusive", "<= cutoff."),
            F("PAGE-OFFSET", "medium", "bug", "page=1 returns rows 26-50", "(page - 1) * per_page."),
            F("SWEEPER-CONN-LEAK", "low", "bug", "Sweeper leaks a sqlite connection per hour", "with closing(...)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the food bank inventory service in `pantry/app.py`. It is a Flask
        application backed by SQLite that records donations, packs parcels for households, prints shelf labels
        and imports supplier feeds.

        ## Security

        The application has several injection vulnerabilities and weak access control.
        """,
        Block([
            F("SQLI-Q", "Critical", "SQL Injection", "SQL Injection in Item Search",
              "Use parameterized queries for the LIKE pattern.",
              desc="The `q` parameter is embedded directly into the SQL statement."),
            F("SQLI-CATEGORY", "High", "SQL Injection", "SQL Injection through Category Filter",
              "Bind `category` as a parameter."),
            F("LABEL-PRINTER-INJECTION", "Critical", "Command Injection", "Command Injection in Label Printing",
              "Avoid `shell=True` and validate the printer name.",
              desc="The `printer` value from the form is concatenated into a shell pipeline."),
            F("LABEL-NAME-INJECTION", "High", "Command Injection", "Stored Command Injection via Item Name",
              "Do not build the shell string from database values.", d=-1,
              desc="The item name, supplied by donors, is placed in the `echo` command."),
            F("LABEL-PATH-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Label Download",
              "Use `send_from_directory`.", d=-1),
            F("SUPPLIER-PICKLE", "Critical", "Insecure Deserialization", "Insecure Deserialization of Supplier Feed",
              "Replace pickle with JSON."),
            F("SUPPLIER-SSRF", "High", "Server-Side Request Forgery", "SSRF in Supplier Import",
              "Restrict the feed URL to known hosts."),
            F("HOUSEHOLD-NO-AUTH", "High", "Broken Access Control", "Household Data Exposed Without Authentication",
              "Require a volunteer token for this endpoint.", d=3,
              desc="Any client can enumerate household ids and receive every column of the household record."),
            F("TOKEN-TIMING", "Low", "Broken Authentication", "Timing Attack on Token Comparison",
              "Use `hmac.compare_digest`."),
            F("CSV-FORMULA", "Medium", "CSV Injection", "CSV Injection in Distribution Report",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a quote."),
        ], wrap="list"),
        """
        ## Correctness and Concurrency
        """,
        Block([
            F("STOCK-OVERSELL", "High", "Race Condition", "Race Condition When Packing Parcels",
              "Perform the check and the decrement in a single conditional UPDATE.", d=-1,
              desc="Two volunteers packing at the same time can both pass the quantity check."),
            F("PARCEL-COUNTER-RACE", "Medium", "Business Logic", "Duplicate Parcel Numbers",
              "Generate parcel numbers in the database.", d=1),
            F("STOCK-CACHE-RACE", "Low", "Race Condition", "Unsynchronized Stock Cache",
              "Use `_cache_lock` when reading and writing the cache.", d=-2),
            F("WEEKLY-LIMIT-OFF-BY-ONE", "Medium", "Business Logic", "Weekly Parcel Limit Not Enforced Correctly",
              "Change the comparison to `>=`.", d=1, sd=0, n=2),
            F("EXPIRES-TODAY-MISSED", "Medium", "Business Logic", "Items Expiring Today Are Not Reported",
              "Use `>=` for the lower bound."),
            U({"severity": "Info", "category": "Maintainability", "description": "The application is a single module; consider blueprints."}),
            F("PER-PAGE-UNBOUNDED", "Low", "Denial of Service", "Unbounded Page Size",
              "Limit `per_page` to a maximum value."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SQLI-Q", "error", "security", "sql injection in /items search", "use ? params"),
            F("LABEL-PRINTER-INJECTION", "error", "security", "shell injection via printer", "no shell"),
            F("SUPPLIER-PICKLE", "error", "security", "pickle.loads on remote data", "json"),
            F("LABEL-PATH-TRAVERSAL", "error", "", "label download path traversal", "send_from_directory"),
            F("WEEKLY-LIMIT-OFF-BY-ONE", "warning", "bug", "weekly limit off by one", ">="),
            F("UNKNOWN-ITEM-CRASH", "warning", "bug", "crash on unknown item id", "check row is None"),
            F("NEGATIVE-QTY", "warning", "bug", "negative qty accepted on donation", "validate qty > 0"),
            F("PAGE-OFFSET", "warning", "bug", "first page skipped", "(page-1)*per_page"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        `pantry` is a Flask inventory service for a food bank. I found 18 issues:

        1. Injection: SQL (search), shell (label printing), pickle (supplier import).
        2. Access control: weak token handling, unauthenticated household and label endpoints.
        3. Concurrency: stock decrements, parcel numbering and the stock cache.
        4. Correctness: weekly limit, expiry window, paging, donation validation.
        5. Resource handling in the background sweeper.
        """,
        Block([
            F("SQLI-Q", "blocker", "security", "SQL injection through the search query parameter",
              "Use placeholders.", conf=0.95),
            F("SQLI-CATEGORY", "major", "security", "Category filter concatenated into SQL",
              "Use placeholders.", conf=0.9),
            F("LABEL-PRINTER-INJECTION", "blocker", "security", "OS command injection in label printing",
              "Pass an argument list; validate printer.", d=-2, conf=0.9),
            F("SUPPLIER-PICKLE", "blocker", "security", "Untrusted pickle deserialization", "Use JSON.", conf=0.95),
            F("SUPPLIER-SSRF", "major", "security", "User-controlled URL for supplier import",
              "Allow-list hosts.", d=-1, conf=0.8),
            F("LABEL-PATH-TRAVERSAL", "major", "security", "Path traversal in label download",
              "Normalise and check the path.", conf=0.85),
            F("HOUSEHOLD-NO-AUTH", "major", "security", "Missing authorization on household profile",
              "Call require_volunteer().", conf=0.85),
            F("EMPTY-TOKEN", "major", "security", "Authentication bypass when PANTRY_TOKEN is not configured",
              "Reject empty tokens.", conf=0.8),
            F("CSV-FORMULA", "minor", "security", "Spreadsheet formula injection in CSV export",
              "Escape leading formula characters.", conf=0.6),
            F("STOCK-OVERSELL", "major", "concurrency", "Non-atomic stock decrement can oversell",
              "Use a conditional update in a transaction.", conf=0.85),
            F("SHORTFALL-SILENT", "minor", "correctness", "Insufficient stock is silently ignored when packing",
              "Return an error or report the shortfall; do not record a full parcel.", conf=0.7),
            F("PARCEL-COUNTER-RACE", "major", "concurrency", "Global parcel counter is not thread-safe",
              "Use a database sequence.", conf=0.8),
            F("STOCK-CACHE-RACE", "minor", "concurrency", "Stock cache accessed without holding _cache_lock",
              "Acquire the lock.", conf=0.6),
            F("WEEKLY-LIMIT-OFF-BY-ONE", "major", "correctness", "Off-by-one in weekly parcel limit",
              "Use >=.", d=-1, conf=0.85),
            F("EXPIRY-CUTOFF-EXCLUSIVE", "minor", "correctness", "Expiry window excludes its end date",
              "Use an inclusive bound.", d=-2, conf=0.7),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset skips the first page",
              "Subtract one from page.", d=1, conf=0.85),
            F("NEGATIVE-QTY", "minor", "correctness", "Donation quantity not validated",
              "Reject qty <= 0.", conf=0.7),
            F("SWEEPER-CONN-LEAK", "minor", "resource-leak", "SQLite connection never closed in expiry sweeper",
              "Close the connection after each pass.", conf=0.75),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 9 major, 6 minor"),
    ]),
}
