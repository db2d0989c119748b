"""test48/py-foundtray: a tram network's lost-property office (Python, Flask + SQLite). Labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's
answers (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test48: seeded problems in a tram lost-property office; five agents' answers "
    "written by hand."
)

A = "foundtray/app.py"
PROBLEMS = {
    "DEPOT-KEY-FAILS-OPEN": P(A, "if DEPOT_KEY and sent != DEPOT_KEY:", "security", "depot key check is skipped entirely when FOUNDTRAY_DEPOT_KEY is unset: every depot route is open"),
    "DEPOT-KEY-TIMING": P(A, "if DEPOT_KEY and sent != DEPOT_KEY:", "security", "depot key compared with != (not constant time), unlike the clerk key"),
    "HOLD-DAY-EARLY": P(A, "return found_on + timedelta(days=days - 1)", "bug", "disposal date is one day short of the category's holding period", "off-by-one"),
    "STATS-UNLOCKED": P(A, '_stats["handed_in"] += 1', "bug", "handed_in counter updated without _stats_lock while /stats and claims use it"),
    "SEARCH-SQLI": P(A, "f\"AND description LIKE '%{words}%' ORDER BY {order}\")", "security", "search words from q formatted into the SQL LIKE clause", "source-vs-sink"),
    "ORDER-SQLI": P(A, "f\"AND description LIKE '%{words}%' ORDER BY {order}\")", "security", "order query value formatted into ORDER BY"),
    "PAGE-SIZE-NEGATIVE": P(A, 'size = min(int(request.args.get("size", 25)), PAGE_MAX)', "bug", "size is capped above but not below: size=-1 is LIMIT -1 in SQLite, i.e. every row"),
    "PAGE-SKIPS-FIRST": P(A, "offset = page * size", "bug", "pages start at 1 but offset is page * size: the first page of items is never shown", "off-by-one"),
    "CLAIM-RACE": P(A, "db.execute(\"UPDATE items SET status = 'claimed' WHERE id = ?\", (item_id,))", "bug", "status read, checked, then set unconditionally: two concurrent claims both succeed for one item", "critical-section"),
    "FEE-WEEKS-FLOOR": P(A, "fee = FEE_PER_WEEK * (held // 7)", "bug", "storage fee counts whole weeks only: a started week is free (6 days held costs nothing)", "off-by-one"),
    "FEE-WAIVE-OPEN": P(A, 'if body.get("waive_fee"):', "security", "any claimant waives the storage fee by sending waive_fee (unauthenticated route)"),
    "LINE-CACHE-RACE": P(A, "for r in get_db().execute(\"SELECT line_no, COUNT(*) AS n FROM items", "bug", "module-level line cache cleared and refilled without a lock: concurrent requests see an empty or half-built dict and all rebuild it", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "file query value joined to PHOTO_DIR: any file readable", "source-vs-sink"),
    "LABEL-ITEM-NONE": P(A, "text = f\"#{item['id']} {item['category']} line {item['line_no']}\"", "bug", "unknown item id: fetchone() is None and the label line raises TypeError (500)"),
    "LABEL-SHELL": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\", shell=True, check=False)", "security", "printer query value (and the item text) run through a shell", "source-vs-sink"),
    "LABEL-EXIT-IGNORED": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\", shell=True, check=False)", "bug", "check=False: a failed lp run still answers printed (extra, one agent)"),
    "YAML-UNSAFE": P(A, "sheet = yaml.load(raw, Loader=yaml.Loader)", "security", "handover sheet parsed with the full yaml Loader (arbitrary object construction)", "signature-vs-statement"),
    "IMPORT-SKIPS-FIRST": P(A, 'for row in sheet["items"][1:]:', "bug", "import skips the first item of the sheet as if it were a header row", "off-by-one"),
    "CLAIMS-PUBLIC": P(A, '"SELECT c.id, c.name, c.phone, i.description FROM claims c JOIN', "security", "/claims has no authentication and returns claimants' names and phone numbers", "signature-vs-statement"),
    "CLAIMS-WILDCARD": P(A, '"WHERE c.phone LIKE ?", (f"%{phone}%",)', "security", "phone matched with LIKE %phone%: an empty or partial phone returns every claim"),
    "RECEIPT-XSS": P(A, "f\"<p>Collected by {c['name']}, tel. {c['phone']}; fee {c['fee']} EUR</p>\")", "security", "claimant name and phone put into the receipt HTML unescaped (description is escaped)", "signature-vs-statement"),
    "DISPOSE-PHOTO-MISSING": P(A, "os.remove(os.path.join(PHOTO_DIR, f\"{r['id']}.jpg\"))", "bug", "os.remove on an item without a photo raises and aborts the disposal run half way"),
    "CSV-FORMULA": P(A, 'out.writerow([r["id"], r["line_no"], r["category"], r["description"]', "security", "descriptions and claimant names written to the CSV unescaped: spreadsheet formula injection"),
}

CONFUSABLE = [
    ("DEPOT-KEY-FAILS-OPEN", "DEPOT-KEY-TIMING"),
    ("SEARCH-SQLI", "ORDER-SQLI"),
    ("PAGE-SIZE-NEGATIVE", "PAGE-SKIPS-FIRST"),
    ("CLAIM-RACE", "FEE-WEEKS-FLOOR"),
    ("FEE-WEEKS-FLOOR", "FEE-WAIVE-OPEN"),
    ("LABEL-SHELL", "LABEL-EXIT-IGNORED"),
    ("LABEL-ITEM-NONE", "LABEL-EXIT-IGNORED"),
    ("LABEL-ITEM-NONE", "LABEL-SHELL"),
    ("YAML-UNSAFE", "IMPORT-SKIPS-FIRST"),
    ("CLAIMS-PUBLIC", "CLAIMS-WILDCARD"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `foundtray` (tram lost-property office)

        **Summary.** One Flask module. The clerk side is mostly sound (`clerk_only` fails closed and uses
        `hmac.compare_digest`, the clerk list and claim inserts use bound parameters, `/stats` copies the counters
        under the lock). The depot side and the public routes are where it goes wrong:

        1. `depot_only` is open when its key is unset, and the depot routes behind it reach a shell and a full
           YAML loader.
        2. Public search and photo routes trust their query strings (SQL injection, path traversal).
        3. Claims: a check-then-set race, a fee that any caller can waive, and a claimant lookup that leaks.
        4. Several date and paging calculations are off by one.

        | priority | count |
        |---|---|
        | critical | 4 |
        | high | 5 |
        | medium | 8 |
        | low | 3 |
        """,
        Block([
            F("DEPOT-KEY-FAILS-OPEN", "critical", "security", "`depot_only` lets every request through when `FOUNDTRAY_DEPOT_KEY` is unset",
              "Fail closed like `clerk_only`: `if not DEPOT_KEY or not hmac.compare_digest(sent, DEPOT_KEY): abort(401)`.",
              symbol="depot_only.wrapper", conf=0.9),
            F("DEPOT-KEY-TIMING", "low", "security", "Depot key compared with `!=` instead of a constant-time comparison",
              "Use `hmac.compare_digest` as the clerk decorator already does.", symbol="depot_only.wrapper", conf=0.6),
            F("SEARCH-SQLI", "critical", "security", "SQL injection through the `q` search words",
              "Bind the pattern: `description LIKE ?` with `(f\"%{words}%\",)`.", symbol="search_items", conf=0.95),
            F("ORDER-SQLI", "high", "security", "`order` is interpolated into `ORDER BY`",
              "Map `order` through an allow-list of column names (`found_on`, `line_no`, `category`).",
              symbol="search_items", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/items/<id>/photo` via `?file=`",
              "Ignore the query value, or use `flask.send_from_directory(PHOTO_DIR, name)` which rejects `..`.",
              symbol="item_photo", conf=0.9),
            F("LABEL-SHELL", "critical", "security", "Shell command built from the `printer` query value",
              "`subprocess.run([\"lp\", \"-d\", printer], input=text, text=True, check=True)` and validate `printer` against the configured printers.",
              symbol="print_label", conf=0.9),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load(..., Loader=yaml.Loader)` on uploaded handover sheets",
              "Use `yaml.safe_load(raw)`.", symbol="import_sheet", conf=0.9),
        ]),
        "Claims, dates and the rest:",
        Block([
            F("CLAIM-RACE", "high", "bug", "Two concurrent claims can both take the same item",
              "Make the update conditional (`UPDATE items SET status='claimed' WHERE id=? AND status='held'`) and treat `rowcount == 0` as 409.",
              symbol="claim_item", conf=0.8),
            F("FEE-WEEKS-FLOOR", "medium", "bug", "Storage fee ignores a started week",
              "Charge per started week: `weeks = -(-held // 7)`.", symbol="claim_item", conf=0.7),
            F("FEE-WAIVE-OPEN", "high", "security", "Claimants can waive their own storage fee",
              "Only a clerk may waive; drop `waive_fee` from the public route.", symbol="claim_item", conf=0.85),
            F("CLAIMS-PUBLIC", "high", "security", "`/claims` exposes claimants' names and phone numbers without authentication",
              "Put it behind `clerk_only`.", symbol="claims_by_phone", conf=0.85),
            F("CLAIMS-WILDCARD", "medium", "security", "Phone lookup matches substrings, so `?phone=` lists every claim",
              "Require the full phone number and compare with `=`.", symbol="claims_by_phone", conf=0.75),
            F("RECEIPT-XSS", "medium", "security", "Claimant name and phone rendered into the receipt HTML without escaping",
              "Wrap them in `escape()` as the description already is.", symbol="receipt", conf=0.8),
            F("HOLD-DAY-EARLY", "medium", "bug", "Items become disposable one day before their holding period ends",
              "`timedelta(days=days)`: a wallet found on 1 March should be held for the full 90 days.",
              symbol="disposal_date", conf=0.75),
            F("PAGE-SKIPS-FIRST", "medium", "bug", "`/clerk/items?page=1` skips the first 25 items",
              "`offset = (page - 1) * size` and reject `page < 1`.", symbol="clerk_items", conf=0.85),
            F("IMPORT-SKIPS-FIRST", "medium", "bug", "Import drops the first item of every sheet",
              "YAML lists have no header row: iterate over `sheet[\"items\"]`.", symbol="import_sheet", conf=0.7),
            F("LINE-CACHE-RACE", "medium", "bug", "Line summary cache is cleared and refilled without a lock",
              "Build a new dict and swap it in under a lock; never mutate the shared one in place.",
              symbol="line_summary", conf=0.7),
            F("STATS-UNLOCKED", "low", "bug", "`hand_in` increments `_stats` outside `_stats_lock`",
              "Use `with _stats_lock:` as `claim_item` does.", symbol="hand_in", conf=0.6),
            F("LABEL-ITEM-NONE", "low", "bug", "Label printing crashes for an unknown item id",
              "`abort(404)` when `fetchone()` returns None.", symbol="print_label", conf=0.7),
            F("DISPOSE-PHOTO-MISSING", "medium", "bug", "Disposal run stops at the first item without a photo",
              "Use `pathlib.Path(...).unlink(missing_ok=True)`.", symbol="dispose_due", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection via q in /items/search", "bind LIKE param", d=-2),
            F("ORDER-SQLI", "high", "security", "ORDER BY built from ?order=", "allow-list columns"),
            F("LABEL-SHELL", "critical", "security", "printer query param reaches shell=True", "argv list, no shell", d=-1),
            F("YAML-UNSAFE", "high", "security", "import_sheet uses yaml.Loader on request body", "yaml.safe_load", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read through ?file= on photo route", "send_from_directory", d=-1),
            F("DEPOT-KEY-FAILS-OPEN", "high", "security", "depot_only is a no-op without FOUNDTRAY_DEPOT_KEY", "fail closed"),
            F("CLAIMS-PUBLIC", "high", "security", "claims_by_phone has no auth and returns phone numbers", "clerk_only", d=-3),
            F("RECEIPT-XSS", "medium", "security", "receipt() returns HTML with unescaped c['name']/c['phone']", "escape()", d=-3),
            F("FEE-WAIVE-OPEN", "medium", "security", "waive_fee accepted from the claimant", "clerk-only override"),
            F("CLAIM-RACE", "medium", "bug", "claim_item: check-then-act on status (SELECT then UPDATE)", "conditional UPDATE + rowcount", d=-3),
            F("PAGE-SKIPS-FIRST", "medium", "bug", "page=1 starts at offset size", "(page - 1) * size", d=-2),
            F("PAGE-SIZE-NEGATIVE", "low", "bug", "size not bounded below (size=-1 -> no LIMIT)", "max(1, ...)"),
            F("HOLD-DAY-EARLY", "low", "bug", "disposal_date subtracts a day from HOLD_DAYS", "days=days", d=-1),
            F("LINE-CACHE-RACE", "low", "performance", "line cache refresh not single-flight: every request in the window re-runs the GROUP BY", "lock + swap", d=-2),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `foundtray` application, a Flask service for a tram company's lost-property
        office. It accepts items from depots, lets owners claim them, and disposes of unclaimed items.

        **Overall assessment**

        The application has several serious security weaknesses. The depot authentication can be bypassed,
        user input reaches SQL queries, a shell and the filesystem, and uploaded YAML is deserialized unsafely.

        **Security findings**
        """,
        Block([
            F("DEPOT-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Depot Authentication Bypass When Key Is Not Configured",
              "Reject all requests when the key is missing.", sd=-2, n=3,
              desc="If the environment variable is not set, `DEPOT_KEY` is None and the condition is always false, so the wrapper never aborts."),
            F("DEPOT-KEY-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Comparison of Depot Key",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Item Search (description)",
              "Use parameterized queries.", sd=-2, n=3),
            F("ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection in Item Search Sort Order",
              "Validate `order` against a list of allowed columns.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Item Photo Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `shell=True`; pass arguments as a list.", sd=-2, n=3,
              desc="Both the `printer` parameter and the item text are inserted into a shell command line."),
            F("YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization in Sheet Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("CLAIMS-PUBLIC", "HIGH", "Information Disclosure", "Claimant Personal Data Exposed by Phone Search",
              "Require clerk authentication for this endpoint.", d=-1, sd=-2, n=2),
            F("FEE-WAIVE-OPEN", "MEDIUM", "Broken Access Control", "Client-Controlled Fee Waiver",
              "Decide fee waivers on the server side.", sd=-2, n=3),
            F("RECEIPT-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Claim Receipt",
              "Escape all interpolated values.", sd=-1, n=2),
            F("CSV-FORMULA", "LOW", "CSV Injection", "CSV Formula Injection in Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Logic and reliability findings**
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting app.py into blueprints."}),
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition When Claiming an Item",
              "Use a conditional UPDATE in a transaction.", d=-2, sd=-3, n=3,
              desc="Between the status check and the update another request can claim the same item, so one wallet can be promised to two people."),
            F("PAGE-SKIPS-FIRST", "MEDIUM", "Logic Error", "Pagination Skips the First Page",
              "Compute the offset as `(page - 1) * size`.", d=2, sd=0, n=3),
            F("LINE-CACHE-RACE", "MEDIUM", "Caching", "Shared Line Summary Cache Can Be Returned Empty",
              "Build the new mapping locally and replace the cache atomically.", d=-1, sd=-3, n=3),
            F("HOLD-DAY-EARLY", "MEDIUM", "Logic Error", "Disposal Date Is Calculated One Day Early",
              "Remove the `- 1`.", sd=-2, n=3),
            F("IMPORT-SKIPS-FIRST", "MEDIUM", "Logic Error", "First Item in Imported Sheet Is Ignored",
              "Iterate over the whole list.", d=1, sd=-1, n=3),
            F("LABEL-EXIT-IGNORED", "LOW", "Error Handling", "Label Printing Failures Are Silently Ignored",
              "Use `check=True` and report a failure to the caller.", sd=-2, n=3),
            F("DISPOSE-PHOTO-MISSING", "MEDIUM", "Error Handling", "Disposal Fails When a Photo Does Not Exist",
              "Handle `FileNotFoundError`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SEARCH-SQLI", "error", "security", "sql injection in search (q)", "use ? params"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal via file param", "send_from_directory"),
            F("LABEL-SHELL", "error", "security", "shell injection in label printing", "no shell=True"),
            F("YAML-UNSAFE", "error", "security", "unsafe yaml load", "safe_load"),
            F("DEPOT-KEY-TIMING", "warning", "security", "depot key uses plain string compare", "hmac.compare_digest"),
            F("PAGE-SKIPS-FIRST", "warning", "", "clerk list page 1 skips first page", "(page-1)*size"),
            F("FEE-WEEKS-FLOOR", "warning", "bug", "fee rounds weeks down", "round up"),
            F("CLAIMS-WILDCARD", "warning", "security", "empty phone returns all claims", "exact match"),
            F("RECEIPT-XSS", "warning", "security", "xss in receipt name", "escape"),
        ], fence="", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Injection**: SQL injection in search, command injection in label printing, unsafe YAML.
        2. **Access control**: the depot key can be absent, claimants can waive fees, claims are public.
        3. **Correctness**: paging, disposal dates, fees and the import loop have boundary errors.
        4. **Concurrency**: claims and the line cache are not safe under concurrent requests.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in item search query", "Use parameter binding.", d=-1, sd=-1, n=2, conf=0.9),
            F("ORDER-SQLI", "major", "security", "Unvalidated ORDER BY column in search", "Whitelist sort columns.", conf=0.85),
            F("LABEL-SHELL", "blocker", "security", "Command injection through printer parameter", "Use an argument list.", conf=0.9),
            F("YAML-UNSAFE", "blocker", "security", "Arbitrary object deserialization in YAML import", "Use safe_load.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo endpoint", "Validate the file name.", conf=0.85),
            F("DEPOT-KEY-FAILS-OPEN", "major", "security", "Depot authentication disabled when key not configured", "Fail closed.", conf=0.8),
            F("FEE-WAIVE-OPEN", "major", "security", "Fee waiver controlled by the request body", "Remove the client flag.", d=-1, conf=0.75),
            F("CLAIMS-PUBLIC", "major", "security", "Unauthenticated access to claim records", "Require clerk key.", conf=0.8),
            F("CLAIMS-WILDCARD", "minor", "security", "LIKE pattern allows listing all claims", "Exact phone match.", conf=0.7),
            F("CLAIM-RACE", "major", "concurrency", "Non-atomic claim status transition", "Conditional update.", conf=0.8),
            F("LINE-CACHE-RACE", "minor", "concurrency", "Unsynchronized global line cache", "Protect with a lock.", d=2, conf=0.65),
            F("STATS-UNLOCKED", "minor", "concurrency", "Handed-in counter incremented without lock", "Use _stats_lock.", conf=0.6),
            F("HOLD-DAY-EARLY", "major", "correctness", "Holding period shortened by one day", "Use the full number of days.", conf=0.8),
            F("FEE-WEEKS-FLOOR", "minor", "correctness", "Partial weeks not charged in storage fee", "Use ceiling division.", d=-1, sd=-1, n=2, conf=0.7),
            F("PAGE-SIZE-NEGATIVE", "minor", "correctness", "Negative page size disables the limit", "Clamp size to at least 1.", conf=0.7),
            F("PAGE-SKIPS-FIRST", "major", "correctness", "Off-by-one in page offset", "Use (page - 1) * size.", conf=0.85),
            F("IMPORT-SKIPS-FIRST", "major", "correctness", "Import loop skips the first sheet entry", "Remove the [1:] slice.", conf=0.75),
            F("LABEL-ITEM-NONE", "minor", "reliability", "Missing 404 handling for unknown item in label printing", "Check for None.", conf=0.7),
            F("CSV-FORMULA", "minor", "security", "Spreadsheet formula injection in CSV export", "Sanitize leading characters.", conf=0.6),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 9 major, 7 minor"),
    ]),
}
