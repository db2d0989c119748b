"""test20/py-accessions: a museum collection catalogue API (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, the tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits. "
    "Frozen test split (test20): seeded problems in a museum collection catalogue API; five agents' answers "
    "written by hand."
)

A = "catalogue/app.py"
PROBLEMS = {
    "TOKEN-EMPTY": P(A, "if supplied != CURATOR_TOKEN:", "security", "CURATOR_TOKEN defaults to '': with the variable unset, a request without the header is a curator", "signature-vs-statement"),
    "TOKEN-TIMING": P(A, "if supplied != CURATOR_TOKEN:", "security", "token compared with != instead of a constant-time compare"),
    "SQLI-TERM": P(A, "WHERE title LIKE '%{term}%' ORDER BY {order}", "security", "q search term formatted into the SQL string", "source-vs-sink"),
    "SQLI-ORDER": P(A, "WHERE title LIKE '%{term}%' ORDER BY {order}", "security", "order query value formatted into ORDER BY"),
    "PAGE-OFFSET": P(A, 'sql += f" LIMIT {PAGE_SIZE} OFFSET {page * PAGE_SIZE}"', "bug", "pages start at 1 but OFFSET is page*PAGE_SIZE: page 1 skips the first 25 objects", "off-by-one"),
    "PAGE-INT": P(A, 'page = int(request.args.get("page", 1))', "bug", "non-numeric page raises ValueError: 500 instead of 400"),
    "OBJECT-ALL-FIELDS": P(A, "return jsonify(dict(row))", "security", "public object endpoint returns every column (insurance value, lender, storage location), unlike /summary"),
    "LABEL-XSS": P(A, "f\"<div class='label'><h2>{row['title']}</h2>\"", "security", "title/maker/credit line put into HTML unescaped: stored XSS on the label page", "signature-vs-statement"),
    "LABEL-404": P(A, 'row = db().execute("SELECT title, maker, date_made, credit_line FROM objects', "bug", "no None check: unknown object id raises TypeError (500) instead of 404"),
    "ACCESSION-RACE": P(A, "    seq += 1", "bug", "read-increment-store of the cached sequence without _accession_lock: concurrent creates get the same accession number", "critical-section"),
    "INSERT-COLUMNS": P(A, 'cur = db().execute(f"INSERT INTO objects ({cols})', "security", "JSON keys become column names in the INSERT: SQL injection through keys, any column settable", "source-vs-sink"),
    "DEACC-ON-LOAN": P(A, 'db().execute("DELETE FROM objects WHERE id = ?", (object_id,))', "bug", "objects on an active loan can be deleted; loans and provenance rows are orphaned"),
    "DEACC-RMTREE": P(A, "shutil.rmtree(os.path.join(IMAGE_ROOT, str(object_id)))", "bug", "rmtree raises when the object has no image folder: 500 after the row was already deleted"),
    "IMG-TRAVERSAL": P(A, "dest = os.path.join(IMAGE_ROOT, str(object_id), name)", "security", "client filename joined into the image path: ../ writes outside IMAGE_ROOT", "source-vs-sink"),
    "IMG-CMD": P(A, 'subprocess.run(f"convert {dest} -resize 400x400', "security", "filename interpolated into a shell command for ImageMagick"),
    "IMG-NO-VALIDATION": P(A, "upload.save(dest)", "security", "any file type and size accepted and stored (and then fed to ImageMagick)"),
    "LOAN-NEG-PERIOD": P(A, "if (end - start).days > MAX_LOAN_DAYS:", "bug", "only the upper bound is checked: end before start gives a negative fee and a loan that clashes with nothing"),
    "LOAN-DAYS-SHORT": P(A, "days = (end - start).days", "bug", "loan days exclude the end date (inclusive period): fee one day short, one-day loan costs 0", "off-by-one"),
    "LOAN-DOUBLE-BOOK": P(A, "    if clash:", "bug", "clash SELECT and INSERT are not in one transaction: two concurrent loans for one object both pass", "critical-section"),
    "EXPORT-NO-AUTH": P(A, '"SELECT l.id, o.accession_no, l.borrower, l.borrower_email', "security", "loans CSV export (borrower emails, insurance values) has no require_curator()", "signature-vs-statement"),
    "EXPORT-CSV": P(A, 'lines.append(",".join(str(v) for v in r))', "security", "CSV built by joining with commas: no quoting, formula injection via borrower names"),
    "PROV-SSRF": P(A, "resp = requests.get(source, timeout=10)", "security", "source_url from the body fetched server-side: SSRF", "source-vs-sink"),
    "PROV-NO-STATUS": P(A, 'events = resp.json()["events"]', "bug", "response status and shape unchecked: an error page gives a 500 / KeyError"),
    "TOP-SKIPS-FIRST": P(A, "for i in range(1, min(top, len(rows))):", "bug", "range starts at 1: the most valuable object is never listed and the report has top-1 rows", "off-by-one"),
    "TOP-FETCH-ALL": P(A, 'rows = db().execute("SELECT accession_no, title, insurance_value FROM objects ORDER BY', "performance", "fetches the whole collection to show the top N (no LIMIT)"),
    "DEBUG-RUN": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "extra, one agent: Werkzeug debugger enabled on all interfaces"),
    "UTCNOW": P(A, "datetime.utcnow().isoformat()", "maintainability", "extra, one agent: datetime.utcnow() is deprecated and naive"),
}

CONFUSABLE = [
    ("TOKEN-EMPTY", "TOKEN-TIMING"),
    ("SQLI-TERM", "SQLI-ORDER"),
    ("PAGE-OFFSET", "PAGE-INT"),
    ("LABEL-XSS", "LABEL-404"),
    ("DEACC-ON-LOAN", "DEACC-RMTREE"),
    ("IMG-TRAVERSAL", "IMG-CMD"),
    ("IMG-TRAVERSAL", "IMG-NO-VALIDATION"),
    ("IMG-CMD", "IMG-NO-VALIDATION"),
    ("LOAN-NEG-PERIOD", "LOAN-DAYS-SHORT"),
    ("PROV-SSRF", "PROV-NO-STATUS"),
    ("TOP-SKIPS-FIRST", "TOP-FETCH-ALL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `catalogue/app.py` end to end. It is a single Flask module serving both the public catalogue and
        curator-only endpoints; the biggest problems are string-built SQL, the image upload pipeline and the
        curator token check.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/objects` search | `q` and `order` go straight into SQL |
        | P0 | image upload | filename used as a path and inside a shell command |
        | P0 | auth | empty `CURATOR_TOKEN` means no auth; CSV export has none at all |
        | P1 | accessioning, loans | duplicate accession numbers / double-booked loans under concurrency |
        | P1 | loans, reports | several off-by-one errors (paging, loan days, top-valued) |
        | P2 | misc | label XSS, over-broad object endpoint, deaccession edge cases |

        Details below.
        """,
        Block([
            F("SQLI-TERM", "critical", "security", "SQL injection through the `q` search parameter",
              "Use a bound parameter: `WHERE title LIKE ?` with `f\"%{term}%\"` as the argument.",
              symbol="search_objects", conf=0.95),
            F("SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unvalidated",
              "Map `order` through an allow-list of column names (`title`, `maker`, `accession_no`); identifiers cannot be bound.",
              symbol="search_objects", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "Paging skips the first page of results",
              "`page` defaults to 1 but the offset is `page * PAGE_SIZE`, so page 1 starts at row 25. Use `(page - 1) * PAGE_SIZE` and reject `page < 1`.",
              symbol="search_objects", conf=0.85),
            F("TOKEN-EMPTY", "critical", "security", "Curator auth is disabled when `CURATOR_TOKEN` is not set",
              "Both sides default to `\"\"`, so a request with no header passes when the env var is missing. Refuse to start (or reject every request) when the token is empty.",
              symbol="require_curator", conf=0.9),
            F("TOKEN-TIMING", "low", "security", "Token comparison is not constant-time",
              "Use `hmac.compare_digest(supplied, CURATOR_TOKEN)`.",
              symbol="require_curator", conf=0.6),
            F("EXPORT-NO-AUTH", "high", "security", "`/export/loans.csv` is not protected",
              "Call `require_curator()` first; the export contains borrower names, emails and insurance values.",
              d=-2, symbol="export_loans", conf=0.9),
            F("IMG-CMD", "critical", "security", "Command injection via the uploaded file name",
              "Run `subprocess.run([\"convert\", dest, \"-resize\", \"400x400\", thumb])` without `shell=True`.",
              symbol="upload_image", conf=0.9),
            F("IMG-TRAVERSAL", "high", "security", "Upload path built from the client-supplied filename",
              "Use `werkzeug.utils.secure_filename(upload.filename)` or generate the stored name yourself.",
              symbol="upload_image", conf=0.85),
            F("INSERT-COLUMNS", "high", "security", "Column names in `create_object` come from the request body",
              "Every JSON key becomes a column name inside the SQL text. Restrict to a fixed set of writable columns.",
              symbol="create_object", conf=0.8),
            F("ACCESSION-RACE", "high", "bug", "Duplicate accession numbers under concurrent creates",
              "`_accession_lock` is declared but never taken; wrap the read/increment/store in `with _accession_lock:` and add a UNIQUE index on `(acc_year, seq)`.",
              n=2, symbol="next_accession_number", conf=0.85),
            F("LOAN-DOUBLE-BOOK", "medium", "bug", "Loan clash check and insert are not atomic",
              "Two requests for the same object can both see no clash and both insert. Use `BEGIN IMMEDIATE` around the check and the insert.",
              d=-3, symbol="create_loan", conf=0.7),
            F("LOAN-NEG-PERIOD", "medium", "bug", "Loans with `end` before `start` are accepted",
              "Reject `end < start`; today it produces a negative fee.",
              symbol="create_loan", conf=0.8),
            F("LOAN-DAYS-SHORT", "medium", "bug", "Loan fee undercharges by one day",
              "A loan from the 1st to the 3rd covers three days but `(end - start).days` is 2. Use `days + 1` if the period is inclusive, as the dates suggest.",
              d=+1, symbol="create_loan", conf=0.7),
            F("PROV-SSRF", "high", "security", "Provenance import fetches an arbitrary URL (SSRF)",
              "Restrict to an allow-list of provenance databases and block private address ranges.",
              symbol="import_provenance", conf=0.85),
            F("PROV-NO-STATUS", "low", "bug", "Provenance response is parsed without checking the status",
              "Call `resp.raise_for_status()` and validate that `events` is a list.",
              symbol="import_provenance", conf=0.7),
            F("TOP-SKIPS-FIRST", "medium", "bug", "Top-valued report omits the most valuable object",
              "`range(1, ...)` starts at the second row. Use `enumerate(rows[:top], start=1)`.",
              symbol="top_valued", conf=0.9),
            F("TOP-FETCH-ALL", "low", "performance", "Top-valued report loads the whole collection",
              "Add `LIMIT ?` with `top` to the query.",
              symbol="top_valued", conf=0.6),
            F("OBJECT-ALL-FIELDS", "medium", "security", "Public `GET /objects/<id>` returns every column",
              "Return `PUBLIC_FIELDS` only, like `/summary` does; `SELECT *` includes the insurance valuation.",
              symbol="get_object", conf=0.75),
            F("LABEL-XSS", "medium", "security", "Object label HTML is built without escaping",
              "Use `markupsafe.escape` on each value or render a Jinja template.",
              symbol="object_label", conf=0.8),
            F("DEACC-ON-LOAN", "medium", "bug", "Deaccession ignores active loans",
              "Refuse to delete an object with a current loan, or soft-delete it; loans and provenance rows are left dangling.",
              symbol="deaccession", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed catalogue/app.py (236 lines); 14 findings, most severe first.",
        Block([
            F("IMG-CMD", "critical", "security", "shell=True convert call with attacker-controlled filename", "argv list, no shell."),
            F("SQLI-TERM", "critical", "security", "q concatenated into LIKE clause -> SQLi", "Bind with ? placeholder.", d=-2),
            F("SQLI-ORDER", "high", "security", "ORDER BY takes raw `order` arg", "Whitelist sort keys.", d=-1),
            F("IMG-TRAVERSAL", "high", "security", "upload.filename trusted for storage path", "secure_filename().", d=-1),
            F("INSERT-COLUMNS", "high", "security", "create_object: request keys used as SQL identifiers", "Allow-list columns.", d=-3),
            F("EXPORT-NO-AUTH", "high", "security", "loans.csv export unauthenticated", "require_curator().", d=-1),
            F("TOKEN-EMPTY", "high", "security", "require_curator passes when CURATOR_TOKEN unset", "Fail closed on empty token.", d=-2),
            F("PROV-SSRF", "high", "security", "SSRF via source_url", "Allow-list hosts.", d=-1),
            F("ACCESSION-RACE", "medium", "bug", "_accession_lock never acquired; _next_seq updated racily", "Hold the lock around get/increment/set.", d=+1),
            F("LOAN-DOUBLE-BOOK", "medium", "bug", "check-then-insert loan race", "Single transaction / exclusion constraint.", d=+2),
            F("LOAN-DAYS-SHORT", "low", "bug", "fee uses exclusive day count", "(end - start).days + 1"),
            F("TOP-SKIPS-FIRST", "medium", "bug", "rows[0] never reported in top-valued", "range(min(top, len(rows)))", d=+1),
            F("PAGE-INT", "low", "bug", "int(page) unguarded -> 500 on bad input", "Validate, return 400."),
            F("DEACC-RMTREE", "low", "bug", "rmtree raises if image dir missing", "ignore_errors=True or check exists."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the museum collection catalogue service in `catalogue/app.py`. Below is a
        summary of my findings, grouped into security vulnerabilities and functional issues.

        ### Security Vulnerabilities

        The application builds SQL statements, shell commands and HTML by string interpolation in several
        places. Combined with an authentication check that silently passes when the token is not configured,
        this exposes the catalogue database and the server itself.
        """,
        Block([
            F("SQLI-TERM", "critical", "SQL Injection", "SQL Injection in Object Search",
              "Use parameterized queries for the search term.",
              desc="The `q` parameter is embedded directly into the SQL string with an f-string."),
            F("IMG-CMD", "critical", "Command Injection", "OS Command Injection in Thumbnail Generation",
              "Avoid `shell=True` and pass arguments as a list."),
            F("IMG-TRAVERSAL", "high", "Path Traversal", "Arbitrary File Write via Upload Filename",
              "Sanitize the filename with `secure_filename`.", d=+2,
              desc="`upload.save(dest)` writes to a path derived from `upload.filename`, which may contain `../`."),
            F("IMG-NO-VALIDATION", "medium", "Unrestricted File Upload", "No Validation of Uploaded File Type",
              "Check the extension and MIME type and enforce `MAX_CONTENT_LENGTH`."),
            F("INSERT-COLUMNS", "high", "SQL Injection", "Dynamic Column Names in INSERT Statement",
              "Validate keys against a known list of columns.", d=-1),
            F("TOKEN-EMPTY", "high", "Broken Authentication", "Authentication Bypass When Token Is Unset",
              "Fail closed if `CURATOR_TOKEN` is empty.", d=-1,
              desc="The header defaults to an empty string, which equals the default `CURATOR_TOKEN`."),
            F("TOKEN-TIMING", "low", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use `hmac.compare_digest`.", d=+1, sd=0),
            F("EXPORT-NO-AUTH", "high", "Broken Access Control", "Missing Authorization on Loans Export",
              "Require a curator token for the export endpoint."),
            F("PROV-SSRF", "high", "Server-Side Request Forgery", "SSRF in Provenance Import",
              "Validate the URL against an allow-list.", d=-1),
            F("LABEL-XSS", "medium", "Cross-Site Scripting", "Stored XSS in Object Label",
              "Escape all values inserted into HTML.", d=+1),
            F("OBJECT-ALL-FIELDS", "medium", "Information Disclosure", "Sensitive Fields Exposed in Object Details",
              "Select only public columns.", d=-3),
            F("EXPORT-CSV", "low", "CSV Injection", "CSV Export Vulnerable to Formula Injection",
              "Use the `csv` module and escape leading `=`, `+`, `-`, `@`."),
            F("DEBUG-RUN", "high", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Never run with `debug=True` on `0.0.0.0`; the Werkzeug debugger allows code execution."),
        ], wrap="list"),
        """
        ### Functional Issues
        """,
        Block([
            F("ACCESSION-RACE", "high", "Race Condition", "Race Condition in Accession Number Generation",
              "Acquire `_accession_lock` while reading and updating `_next_seq`.", d=+1),
            F("LOAN-DOUBLE-BOOK", "medium", "Race Condition", "Concurrent Loans May Overlap",
              "Perform the clash check and insert in one transaction."),
            F("PAGE-OFFSET", "medium", "correctness", "Incorrect Pagination Offset",
              "Use `(page - 1) * PAGE_SIZE`."),
            F("TOP-SKIPS-FIRST", "medium", "correctness", "Off-by-One Error in Top-Valued Report",
              "Start the loop at index 0.", d=+1),
            U({"severity": "info", "category": "style", "description": "Consider splitting app.py into blueprints."}),
            F("DEACC-RMTREE", "low", "correctness", "Unhandled Error When Image Directory Is Missing",
              "Use `shutil.rmtree(path, ignore_errors=True)`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "findings:",
        Block([
            F("SQLI-TERM", "error", "security", "sql injection in /objects search", "bind params"),
            F("IMG-TRAVERSAL", "error", "security", "path traversal on image upload", "secure_filename"),
            F("IMG-CMD", "error", "security", "shell injection in convert call", "no shell=True"),
            F("EXPORT-NO-AUTH", "error", "", "loans export has no auth check", "require_curator()", d=-2),
            F("LABEL-XSS", "warning", "security", "label html not escaped", "escape()"),
            F("PAGE-INT", "warning", "bug", "bad page param -> 500", "try/except ValueError"),
            F("PROV-NO-STATUS", "warning", "bug", "provenance fetch: no status check", "raise_for_status()"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the public search endpoint.
        2. Unsafe handling of uploaded images (path and shell).
        3. Authentication weaknesses (empty token, unauthenticated export).
        4. Concurrency problems in accession numbering and loan booking.
        5. Date and index arithmetic errors in loans, paging and reports.
        6. Data exposure and robustness issues.
        """,
        Block([
            F("SQLI-TERM", "blocker", "security", "SQL injection via search term", "Use parameter binding.", d=-2, conf=0.9),
            F("SQLI-ORDER", "major", "security", "Unvalidated ORDER BY column", "Allow-list the sort column.", conf=0.85),
            F("PAGE-OFFSET", "minor", "correctness", "Off-by-one in page numbering", "Subtract one from page before computing the offset.", d=-1, conf=0.75),
            F("IMG-TRAVERSAL", "blocker", "security", "Directory traversal in image upload", "Sanitise the filename.", d=-1, conf=0.85),
            F("IMG-CMD", "blocker", "security", "Shell command built from user input", "Pass a list to subprocess.run.", conf=0.9),
            F("IMG-NO-VALIDATION", "major", "security", "Uploaded file is not validated", "Restrict extensions and size.", conf=0.6),
            F("TOKEN-EMPTY", "major", "security", "Empty curator token accepted", "Require a non-empty token at startup.", conf=0.8),
            F("EXPORT-NO-AUTH", "major", "security", "Loans export endpoint lacks authentication", "Add require_curator().", conf=0.85),
            F("EXPORT-CSV", "minor", "security", "CSV output not escaped", "Use csv.writer.", conf=0.6),
            F("PROV-SSRF", "major", "security", "Server-side request forgery in provenance import", "Allow-list source hosts.", conf=0.8),
            F("ACCESSION-RACE", "major", "data-integrity", "Accession numbers not unique under concurrency", "Use the lock or a database sequence.", conf=0.8),
            F("LOAN-DOUBLE-BOOK", "major", "concurrency", "Loan overlap check is racy", "Wrap check and insert in a transaction.", d=+2, conf=0.7),
            F("LOAN-NEG-PERIOD", "major", "correctness", "End date before start date not rejected", "Validate end >= start.", d=-1, conf=0.8),
            F("LOAN-DAYS-SHORT", "minor", "correctness", "Off-by-one: loan duration excludes the end date", "Count both ends of the loan period.", conf=0.7),
            F("TOP-SKIPS-FIRST", "major", "correctness", "Report loop starts at index 1", "Iterate from 0.", conf=0.9),
            F("OBJECT-ALL-FIELDS", "minor", "security", "Object endpoint leaks internal fields", "Filter with PUBLIC_FIELDS.", conf=0.7),
            F("LABEL-404", "minor", "reliability", "Missing object on label page causes 500", "Check for None and abort(404).", conf=0.7),
            F("DEACC-ON-LOAN", "major", "data-integrity", "Deaccession deletes objects on loan", "Check the loans table first.", conf=0.6),
            F("UTCNOW", "minor", "maintainability", "datetime.utcnow() is deprecated", "Use datetime.now(timezone.utc).", conf=0.5),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 10 major, 6 minor"),
    ]),
}
