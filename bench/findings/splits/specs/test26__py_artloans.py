"""test26/py-artloans: a museum's outgoing artefact loan agreements registry (Python). Frozen test split; labels next to each finding.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its scores, its tuning data or
any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test26): seeded problems in a small museum loan agreements registry; five agents' answers "
    "written by hand."
)

A = "artloans/app.py"
I = "artloans/insurance.py"
C = "artloans/condition.py"
PROBLEMS = {
    "TOKEN-EMPTY-DEFAULT": P(A, 'expected = os.environ.get("REGISTRAR_TOKEN", "")', "security", "REGISTRAR_TOKEN defaults to empty: with it unset a request without the header passes the check"),
    "TOKEN-TIMING": P(A, "if supplied != expected:", "security", "registrar token compared with != (not constant time)"),
    "SEQ-RACE": P(A, '_agreement_seq["n"] = current + 1', "bug", "agreement number read and bumped without the lock that exists for it: concurrent loans get the same number", "critical-section"),
    "SEQ-RESET": P(A, '_agreement_seq = {"n": 0}', "bug", "extra, one agent: agreement counter lives in memory and restarts at 0, so numbers repeat after every restart"),
    "SEARCH-SQLI-BORROWER": P(A, "sql = f\"SELECT * FROM loans WHERE borrower LIKE", "security", "borrower query value formatted into the search SQL", "source-vs-sink"),
    "SEARCH-SQLI-ORDER": P(A, "sql = f\"SELECT * FROM loans WHERE borrower LIKE", "security", "order query value formatted into ORDER BY"),
    "SEARCH-PAGE-OFFSET": P(A, "(size, page * size)", "bug", "pages are 1-based but OFFSET is page * size: the first page of results is never returned", "off-by-one"),
    "EXTEND-SQLI": P(A, 'conn.execute(f"UPDATE loans SET end_date', "security", "end_date from the JSON body formatted into the UPDATE", "source-vs-sink"),
    "EXTEND-NO-CHECK": P(A, 'conn.execute(f"UPDATE loans SET end_date', "bug", "extension skips the end-after-start and one-year checks create_loan makes (and the premium is not re-quoted)"),
    "EXTEND-ANY-STATUS": P(A, 'conn.execute(f"UPDATE loans SET end_date', "bug", "extension applies to any id whatever its status (returned, draft, missing) and answers 200 without checking a row changed"),
    "AGREEMENT-TRAVERSAL": P(A, "template = os.path.join(TEMPLATES", "security", "lang query value joined into the template path: any .md file readable into the PDF"),
    "AGREEMENT-SHELL": P(A, 'subprocess.run(f"pandoc', "security", "lang reaches a shell command line through the template path (shell=True)", "source-vs-sink"),
    "PHOTO-TRAVERSAL": P(A, "target = os.path.join(PHOTO_DIR", "security", "uploaded photo's client file name joined to the photo dir: ../ writes anywhere", "signature-vs-statement"),
    "PHOTO-OVERWRITE": P(A, "target = os.path.join(PHOTO_DIR", "bug", "photo saved under the client's file name: a second photo with the same name overwrites the earlier condition evidence"),
    "RETURN-DOUBLE": P(A, "UPDATE artefacts SET on_loan = on_loan - 1", "bug", "status checked, then counters updated without a transaction or conditional UPDATE: two concurrent returns both decrement on_loan", "critical-section"),
    "RETURN-GRADE-UNVALIDATED": P(A, "UPDATE loans SET status = 'returned'", "bug", "returned grade stored without valid_grade(): any value (string, 0, 9) is saved and later crashes grade_label"),
    "PUBLIC-IDOR": P(A, 'row = db().execute("SELECT * FROM loans WHERE id = ?"', "security", "public loan status by sequential integer id with no token: anyone can enumerate every loan", "signature-vs-statement"),
    "PUBLIC-OVERSHARE": P(A, "return jsonify(dict(row))", "security", "public endpoint returns every column: insured value, premium, borrower details"),
    "CSV-INJECTION": P(A, 'writer.writerow([r["number"]', "security", "borrower names written to the insurer CSV unescaped (formula injection)"),
    "DEBUG-MODE": P(A, 'app.run(host="0.0.0.0"', "security", "debug=True on all interfaces: Werkzeug debugger console"),
    "DB-CONN-LEAK": P(A, "conn = sqlite3.connect(DB_PATH)", "bug", "extra, one agent: a new SQLite connection per call that is never closed"),
    "RATE-RELOAD-RACE": P(I, '_rates["table"] = _load_rates()', "performance", "rate cache refreshed without a lock: every thread that sees it stale reloads the file at once", "critical-section"),
    "BAND-BOUNDARY": P(I, "if value < limit:", "bug", "bands are 'up to and including' the limit but the test is <: a value exactly on a limit gets the next band's rate", "off-by-one"),
    "LOAN-DAYS-INCLUSIVE": P(I, "days = (end - start).days", "bug", "both days are included but (end - start).days leaves one out: premium one day short", "off-by-one"),
    "PREMIUM-FLOAT": P(I, "return round(value * rate * days / 365, 2)", "bug", "premium computed in binary floating point and rounded with round() (banker's rounding), not Decimal"),
    "GRADE-INDEX": P(C, "return GRADES[score]", "bug", "grades are 1-5 but used as a 0-based index: wrong label, IndexError for grade 5", "off-by-one"),
    "DETERIORATION-INVERTED": P(C, "return grade_in < grade_out", "bug", "higher grade is worse, so deterioration is grade_in > grade_out; the comparison is inverted"),
}

CONFUSABLE = [
    ("TOKEN-EMPTY-DEFAULT", "TOKEN-TIMING"),
    ("SEARCH-SQLI-BORROWER", "SEARCH-SQLI-ORDER"),
    ("SEARCH-SQLI-ORDER", "SEARCH-PAGE-OFFSET"),
    ("SEARCH-SQLI-BORROWER", "SEARCH-PAGE-OFFSET"),
    ("EXTEND-SQLI", "EXTEND-NO-CHECK"),
    ("EXTEND-NO-CHECK", "EXTEND-ANY-STATUS"),
    ("EXTEND-SQLI", "EXTEND-ANY-STATUS"),
    ("AGREEMENT-TRAVERSAL", "AGREEMENT-SHELL"),
    ("PHOTO-TRAVERSAL", "PHOTO-OVERWRITE"),
    ("RETURN-DOUBLE", "RETURN-GRADE-UNVALIDATED"),
    ("PUBLIC-IDOR", "PUBLIC-OVERSHARE"),
    ("LOAN-DAYS-INCLUSIVE", "PREMIUM-FLOAT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `artloans`

        The registry is small but carries real money (insured values, premiums) and real evidence (condition
        photos), so I weighted data integrity as highly as the injection issues.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | SQL / shell | search and extend build SQL from request values; the agreement PDF shells out with `lang` |
        | P1 | Files | condition photo upload trusts the client file name |
        | P1 | Auth | registrar token check fails open when the variable is unset |
        | P2 | Arithmetic | premium day count and value bands are off at their boundaries; grade labels are shifted |
        | P2 | Concurrency | agreement numbering and returns are not atomic |

        `create_loan` itself is fine: the dates are validated and the INSERT is parameterised.
        """,
        Block([
            F("SEARCH-SQLI-BORROWER", "critical", "security", "SQL injection through the `borrower` search filter",
              "Use `borrower LIKE ?` with `f\"%{borrower}%\"` as a bound parameter.", symbol="search_loans", conf=0.95),
            F("SEARCH-SQLI-ORDER", "high", "security", "SQL injection through the `order` sort parameter",
              "Map `order` through an allow-list of column names; identifiers cannot be bound.", symbol="search_loans", conf=0.9),
            F("EXTEND-SQLI", "critical", "security", "SQL injection in `extend_loan` via `end_date`",
              "Bind the value (`SET end_date = ?`) after parsing it with `date.fromisoformat`.", symbol="extend_loan", conf=0.95),
            F("EXTEND-NO-CHECK", "medium", "bug", "Loan extension bypasses the date and one-year rules",
              "Re-run the checks from `create_loan` (end after start, at most `MAX_LOAN_DAYS`) and re-quote the premium.",
              symbol="extend_loan", conf=0.8),
            F("AGREEMENT-SHELL", "critical", "security", "Command injection in the agreement PDF via `lang`",
              "Validate `lang` against the available templates and call `subprocess.run([\"pandoc\", template, ...])` without a shell.",
              symbol="agreement_pdf", conf=0.9),
            F("AGREEMENT-TRAVERSAL", "high", "security", "`lang` can point the template path outside `templates/`",
              "Allow-list the languages (`{\"en\", \"fr\", \"de\"}`) instead of building a path from input.", symbol="agreement_pdf", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in condition photo upload",
              "Use `werkzeug.utils.secure_filename` or, better, a generated name; keep the client's name only as metadata.",
              d=+2, symbol="upload_condition_photo", conf=0.9),
            F("PHOTO-OVERWRITE", "medium", "bug", "A second photo with the same name silently replaces the first",
              "Store photos under a generated unique name so earlier condition evidence is never overwritten.",
              symbol="upload_condition_photo", conf=0.7),
            F("TOKEN-EMPTY-DEFAULT", "high", "security", "Registrar check passes when `REGISTRAR_TOKEN` is unset",
              "Refuse to start (or reject every request) when the token is empty.", symbol="require_registrar", conf=0.85),
            F("TOKEN-TIMING", "low", "security", "Token comparison is not constant-time",
              "Use `hmac.compare_digest(supplied, expected)`.", symbol="require_registrar", conf=0.6),
            F("LOAN-DAYS-INCLUSIVE", "medium", "bug", "Premium undercounts the loan by one day",
              "The docstring says both days are included: use `(end - start).days + 1`.", symbol="quote", conf=0.85),
            F("BAND-BOUNDARY", "medium", "bug", "Value exactly on a band limit is charged the next band's rate",
              "Use `value <= limit` to match the 'up to and including' rule.", symbol="band_rate", conf=0.8),
            F("GRADE-INDEX", "medium", "bug", "`grade_label` treats 1-based grades as list indices",
              "Return `GRADES[score - 1]`; today grade 5 raises `IndexError` in `return_loan`.", symbol="grade_label", conf=0.9),
            F("DETERIORATION-INVERTED", "medium", "bug", "`deteriorated` reports improvements as damage and vice versa",
              "Grade 5 is the worst, so compare `grade_in > grade_out`.", symbol="deteriorated", conf=0.85),
            F("SEQ-RACE", "medium", "bug", "Agreement numbers can be issued twice under concurrent requests",
              "Hold `_seq_lock` around the read and increment (the lock is defined but never used), or use a DB sequence.",
              d=-1, n=2, symbol="next_agreement_number", conf=0.8),
            F("RETURN-DOUBLE", "medium", "bug", "Concurrent returns can decrement `on_loan` twice",
              "Make the transition conditional: `UPDATE loans SET status='returned' WHERE id=? AND status='out'` and only decrement when a row changed.",
              d=-2, n=2, symbol="return_loan", conf=0.75),
            F("PUBLIC-OVERSHARE", "high", "security", "Public loan endpoint exposes insured values and premiums",
              "Return only the fields a borrower needs (status, dates) and require a per-loan token.", symbol="public_loan_status", conf=0.85),
            F("DEBUG-MODE", "high", "security", "Flask debug mode on 0.0.0.0",
              "Never ship `debug=True`; bind to localhost behind the proxy.", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed artloans/app.py, insurance.py, condition.py (214 lines). 14 findings, most severe first; tests not run.",
        Block([
            F("SEARCH-SQLI-BORROWER", "critical", "security", "search_loans: borrower filter concatenated into SQL",
              "Bind it.", d=-1),
            F("EXTEND-SQLI", "critical", "security", "extend_loan: end_date string-built into UPDATE",
              "Parse as date; bind.", d=-2),
            F("AGREEMENT-SHELL", "critical", "security", "agreement_pdf runs pandoc through sh -c with request-derived path",
              "argv list, allow-listed lang.", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "upload_condition_photo writes to client-controlled filename",
              "secure_filename / uuid.", d=-2),
            F("PUBLIC-IDOR", "high", "security", "/public/loans/<id> unauthenticated, sequential ids",
              "Opaque token per loan.", d=-1),
            F("TOKEN-EMPTY-DEFAULT", "high", "security", "require_registrar fails open when REGISTRAR_TOKEN unset",
              "Fail closed."),
            F("EXTEND-ANY-STATUS", "medium", "bug", "extend_loan: no status/existence check, returned loans can be extended",
              "WHERE id = ? AND status = 'out'; 404 when rowcount == 0.", d=-3),
            F("SEQ-RACE", "medium", "bug", "next_agreement_number not thread-safe (_seq_lock unused)",
              "with _seq_lock:", d=-1),
            F("RETURN-DOUBLE", "medium", "bug", "return_loan check-then-act: double return double-decrements on_loan",
              "Conditional UPDATE in one transaction.", d=-3),
            F("SEARCH-PAGE-OFFSET", "medium", "bug", "OFFSET page*size skips page 1",
              "(page - 1) * size."),
            F("LOAN-DAYS-INCLUSIVE", "medium", "bug", "quote(): inclusive range computed exclusive",
              "+1 day."),
            F("BAND-BOUNDARY", "low", "bug", "band_rate uses < where comment says inclusive",
              "<=."),
            F("GRADE-INDEX", "medium", "bug", "grade_label off by one (1-based grades)",
              "GRADES[score - 1].", d=-1),
            F("RATE-RELOAD-RACE", "low", "performance", "premium_rate: concurrent stale readers all reload rates.json",
              "Lock around refresh.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the museum loan registry. Here is a summary of my findings.

        **Overall assessment:** the Flask application has several injection vulnerabilities where request values
        reach SQL statements and a shell, a broken public endpoint, and a few calculation errors in the insurance
        module that would lead to incorrect premiums.

        ### Security
        """,
        Block([
            F("SEARCH-SQLI-ORDER", "CRITICAL", "SQL Injection", "SQL Injection in ORDER BY clause of loan search",
              "Validate the sort column against a fixed list.", d=-2, sd=-2,
              desc="The `order` parameter is read from the query string and placed verbatim after ORDER BY, allowing stacked expressions and blind injection."),
            F("SEARCH-SQLI-BORROWER", "CRITICAL", "SQL Injection", "SQL Injection via borrower name filter",
              "Use parameterized queries.",
              desc="The borrower filter is interpolated inside a LIKE pattern with an f-string."),
            F("EXTEND-SQLI", "CRITICAL", "SQL Injection", "SQL Injection when extending a loan",
              "Use a placeholder for the end date."),
            F("AGREEMENT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in agreement template selection",
              "Restrict `lang` to known language codes.", d=-2,
              desc="`lang=../../../../etc/passwd%00` style values let an attacker choose an arbitrary file as the pandoc input."),
            F("AGREEMENT-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in PDF generation",
              "Do not use `shell=True`; pass an argument list."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Unsanitized upload filename allows arbitrary file write",
              "Use `secure_filename()`.", d=+2),
            F("PUBLIC-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on public loan status",
              "Require an unguessable reference.", d=-1),
            F("PUBLIC-OVERSHARE", "MEDIUM", "Information Disclosure", "Sensitive Data Exposure in public loan status",
              "Select only public columns."),
            F("CSV-INJECTION", "MEDIUM", "CSV Injection", "CSV Formula Injection in insurer export",
              "Prefix cells starting with =, +, - or @ with a single quote."),
            F("DEBUG-MODE", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production",
              "Set debug=False."),
        ], wrap="list"),
        """
        ### Correctness and Reliability
        """,
        Block([
            U({"severity": "info", "category": "style", "description": "Consider adding type hints to the public functions."}),
            F("LOAN-DAYS-INCLUSIVE", "major", "correctness", "Incorrect day count in premium calculation",
              "Add one day to make the range inclusive.", d=+1,
              desc="The docstring promises an inclusive range but the subtraction excludes the end day, so every premium is one day short."),
            F("PREMIUM-FLOAT", "minor", "correctness", "Monetary values calculated with floating point",
              "Use `decimal.Decimal` with `ROUND_HALF_UP` for premiums."),
            F("GRADE-INDEX", "major", "correctness", "IndexError for the worst condition grade",
              "Subtract one from the grade before indexing.",
              desc="Grades run from 1 to 5 but `GRADES` has indices 0-4; a grade of 5 crashes the return endpoint."),
            F("DETERIORATION-INVERTED", "major", "Business Logic", "Deterioration flag logic is reversed",
              "Use `grade_in > grade_out`."),
            F("RETURN-GRADE-UNVALIDATED", "minor", "validation", "Returned grade is not validated",
              "Call `valid_grade()` before storing.", d=+3),
            F("RATE-RELOAD-RACE", "minor", "concurrency", "Race Condition in insurance rate cache refresh",
              "Guard the refresh with a lock.", d=-1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-BORROWER", "error", "security", "sql injection in loan search (borrower, order)", "bind params, allow-list order"),
            F("EXTEND-SQLI", "error", "security", "sql injection in extend", "bind end_date"),
            F("AGREEMENT-SHELL", "error", "security", "shell=True with lang from query", "arg list", d=-1, sd=-1),
            F("PHOTO-TRAVERSAL", "error", "", "upload filename not sanitized", "secure_filename"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SEARCH-PAGE-OFFSET", "warning", "bug", "page 1 skipped (offset = page * size)", "(page - 1) * size", d=-1, sd=-1, n=2),
            F("GRADE-INDEX", "warning", "bug", "grade_label index off by one", "score - 1"),
            F("DB-CONN-LEAK", "info", "bug", "db() never closes connections", "use a teardown hook / g"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the loan search and the loan extension.
        2. Command injection in agreement generation.
        3. Authentication weaknesses in `require_registrar`.
        4. Concurrency issues in agreement numbering and loan returns.
        5. Calculation errors in the insurance quote.
        6. Sensitive data exposed by the public status endpoint.
        """,
        Block([
            F("SEARCH-SQLI-BORROWER", "blocker", "security", "SQL injection in search_loans via borrower parameter",
              "Use bound parameters.", d=-1, sd=-1, n=2, conf=0.9),
            F("SEARCH-SQLI-ORDER", "major", "security", "Unvalidated ORDER BY column in search_loans",
              "Whitelist sortable columns.", conf=0.8),
            F("EXTEND-SQLI", "blocker", "security", "SQL injection in extend_loan via end_date",
              "Use bound parameters.", conf=0.9),
            F("EXTEND-ANY-STATUS", "minor", "correctness", "extend_loan does not verify the loan exists or is still out",
              "Check cursor.rowcount and the loan status.", d=+1, conf=0.6),
            F("AGREEMENT-SHELL", "blocker", "security", "Command injection in agreement_pdf",
              "Avoid shell=True.", conf=0.85),
            F("TOKEN-TIMING", "minor", "security", "Timing attack on registrar token comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("TOKEN-EMPTY-DEFAULT", "major", "security", "Empty default registrar token allows unauthenticated access",
              "Require the token to be configured.", d=+2, conf=0.8),
            F("SEQ-RACE", "major", "concurrency", "Race condition in next_agreement_number",
              "Use _seq_lock.", conf=0.8),
            F("SEQ-RESET", "minor", "correctness", "Agreement sequence is not persisted",
              "Derive the next number from the database.", conf=0.6),
            F("RETURN-DOUBLE", "major", "concurrency", "Double return race decrements on_loan twice",
              "Use a transaction and a conditional update.", conf=0.7),
            F("RATE-RELOAD-RACE", "minor", "performance", "Thundering-herd reload of rates.json",
              "Refresh under a lock.", d=-2, conf=0.6),
            F("BAND-BOUNDARY", "major", "correctness", "Boundary error in band_rate",
              "Use <= for inclusive limits.", d=-1, conf=0.8),
            F("LOAN-DAYS-INCLUSIVE", "major", "correctness", "Off-by-one in loan day count",
              "Include the end day.", d=-2, conf=0.8),
            F("PUBLIC-IDOR", "major", "security", "Public loan status enumerable by id",
              "Use random public references.", conf=0.8),
            F("PUBLIC-OVERSHARE", "major", "security", "Public endpoint returns all loan columns",
              "Return a filtered view.", d=-3, conf=0.75),
            F("CSV-INJECTION", "minor", "security", "CSV injection in insurer export",
              "Escape leading formula characters.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
