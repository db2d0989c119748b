"""test17/py-circdesk: a library circulation desk API (Python, Flask + SQLite). Frozen test split; labels next to
each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning sets or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test17): seeded problems in a library circulation desk API; five agents' answers written by hand."
)

A = "circdesk/app.py"
FI = "circdesk/fines.py"
HO = "circdesk/holds.py"
PROBLEMS = {
    "STAFF-TOKEN-EMPTY": P(A, 'if request.headers.get("X-Staff-Token", "") != STAFF_TOKEN:', "security", "CIRC_STAFF_TOKEN defaults to an empty string and a missing header defaults to an empty string: with the variable unset every staff route is open"),
    "STAFF-TOKEN-TIMING": P(A, 'if request.headers.get("X-Staff-Token", "") != STAFF_TOKEN:', "security", "staff token compared with != instead of a constant-time comparison"),
    "SEARCH-SQLI-TITLE": P(A, "where = f\"WHERE b.title LIKE '%{q}%'", "security", "q query value formatted into the WHERE clause (SQL injection)", "source-vs-sink"),
    "SEARCH-SQLI-BRANCH": P(A, "where = f\"WHERE b.title LIKE '%{q}%'", "security", "branch query value formatted into the WHERE clause (SQL injection)", "source-vs-sink"),
    "SEARCH-FIRST-PAGE-SKIPPED": P(A, 'rows = db().execute(SEARCH_SQL + where', "bug", "page starts at 1 but OFFSET is page * size: the first page of results is never returned", "off-by-one"),
    "SEARCH-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance", "size is not capped: one request can pull the whole catalogue"),
    "COVER-SSRF": P(A, 'resp = requests.get(source + isbn + "-M.jpg", timeout=10)', "security", "source query value used as the base URL of a server-side request (SSRF)", "source-vs-sink"),
    "COVER-CONTENT-TYPE": P(A, 'return Response(resp.content, mimetype=resp.headers.get("Content-Type"', "security", "upstream Content-Type relayed: HTML from the fetched server is served from the desk's origin (XSS)"),
    "PATRON-ALL-COLUMNS": P(A, 'row = db().execute("SELECT * FROM patrons WHERE card = ?"', "security", "SELECT * returns every column of the patron record (PIN hash, address, birth date) to the client", "signature-vs-statement"),
    "LOAN-LIMIT-OFF-BY-ONE": P(A, "if active > MAX_LOANS:", "bug", "> instead of >=: a patron can hold MAX_LOANS + 1 items", "off-by-one"),
    "CHECKOUT-RACE": P(A, 'if copy is None or copy["status"] != "available":', "bug", "status read, checked and updated without a transaction or conditional UPDATE: two desks can lend the same copy", "critical-section"),
    "LOAN-DAYS-FROM-CLIENT": P(A, 'due = date.today() + timedelta(days=data.get("days", LOAN_DAYS))', "bug", "loan length taken from the request body: any value (negative, years) accepted"),
    "CHECKIN-ANY-LOAN": P(A, 'loan = conn.execute("SELECT id, patron_id, due FROM loans WHERE copy_id = ? ORDER BY id DESC"', "bug", "latest loan picked even when already returned: a second check-in fines the patron again", "signature-vs-statement"),
    "NOTICE-SSTI": P(A, "body = render_template_string(template, patron=dict(patron_row))", "security", "template text from the form rendered by Jinja (server-side template injection)", "source-vs-sink"),
    "NOTICE-UNKNOWN-CARD": P(A, 'patron_row = db().execute("SELECT name, email FROM patrons WHERE card = ?"', "bug", "unknown card: dict(None) raises, a 500 instead of a 404"),
    "OVERDUE-CSV-INJECTION": P(A, 'writer.writerow([r["name"], r["email"], r["title"], r["due"]])', "security", "patron names and titles written to CSV unescaped (formula injection in the spreadsheet)"),
    "GRACE-OFF-BY-ONE": P(FI, "if days_late < GRACE_DAYS:", "bug", "< instead of <=: an item exactly GRACE_DAYS late is fined", "off-by-one"),
    "FINE-FLOAT-MONEY": P(FI, "return min(days_late * DAILY_RATE, MAX_FINE)", "bug", "fines and balances kept in binary floats: cents drift"),
    "BALANCE-RACE": P(FI, "_balances[patron_id] = current + amount", "bug", "cached balance read-modify-written without _lock: concurrent returns lose a fine", "critical-section"),
    "WAIVE-AMOUNT-UNCHECKED": P(FI, 'conn.execute("UPDATE patrons SET balance = balance - ? WHERE card = ?"', "bug", "waived amount not validated: negative raises the balance, more than the balance leaves a credit", "signature-vs-statement"),
    "WAIVE-CACHE-STALE": P(FI, 'conn.execute("UPDATE patrons SET balance = balance - ? WHERE card = ?"', "bug", "waive updates the table but not _balances: the next fine writes the cached pre-waiver balance back"),
    "WAIVE-CONN-LEAK": P(FI, "conn = _conn()", "bug", "waive never closes its connection (no try/finally)", nth=2),
    "HOLD-QUEUE-RACE": P(HO, 'queue.append({"card": card, "email": email, "placed": datetime.now()})', "bug", "check-then-append on the hold queue without _queue_lock, racing next_for's pop and cancel's rebinding", "critical-section"),
    "HOLD-POSITION-OFF-BY-ONE": P(HO, "return i", "bug", "position returns the 0-based index; the docstring and the API promise 1 = next in line", "off-by-one"),
    "HOLD-LOST-ON-MAIL-ERROR": P(HO, "notify(hold, copy_id)", "bug", "hold popped before the e-mail is sent: an SMTP error drops the hold (and 500s a committed return)", nth=0),
}

CONFUSABLE = [
    ("STAFF-TOKEN-EMPTY", "STAFF-TOKEN-TIMING"),
    ("SEARCH-SQLI-TITLE", "SEARCH-SQLI-BRANCH"),
    ("SEARCH-FIRST-PAGE-SKIPPED", "SEARCH-SIZE-UNBOUNDED"),
    ("COVER-SSRF", "COVER-CONTENT-TYPE"),
    ("LOAN-LIMIT-OFF-BY-ONE", "CHECKOUT-RACE"),
    ("CHECKOUT-RACE", "LOAN-DAYS-FROM-CLIENT"),
    ("NOTICE-SSTI", "NOTICE-UNKNOWN-CARD"),
    ("GRACE-OFF-BY-ONE", "FINE-FLOAT-MONEY"),
    ("WAIVE-AMOUNT-UNCHECKED", "WAIVE-CACHE-STALE"),
    ("WAIVE-CACHE-STALE", "WAIVE-CONN-LEAK"),
    ("WAIVE-AMOUNT-UNCHECKED", "WAIVE-CONN-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `circdesk` is a small Flask service for the circulation desk: OPAC search, loans and returns, holds, fines and
        notice previews. The public `/opac/*` routes are where I'd start, since they skip the staff check entirely,
        but the staff check itself is also weaker than it looks.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | `search`, `preview_notice` | SQL injection and template injection reachable from the OPAC / desk |
        | 2 | `require_staff` | an unset token opens every staff route |
        | 3 | `cover` | server-side requests to any URL |
        | 4 | `checkout`, `fines` | lending and fine accounting are not safe under concurrency |

        Details below.
        """,
        Block([
            F("SEARCH-SQLI-TITLE", "critical", "security", "SQL injection through the `q` search term",
              "Bind the term as a parameter: `b.title LIKE ?` with `f\"%{q}%\"` as the value.",
              symbol="search", conf=0.95),
            F("SEARCH-SQLI-BRANCH", "critical", "security", "SQL injection through the `branch` filter",
              "Bind `branch` as a parameter as well; if `%` is meant as 'all branches', handle that case explicitly.",
              d=-1, symbol="search", conf=0.9),
            F("NOTICE-SSTI", "critical", "security", "Server-side template injection in notice preview",
              "Do not render user-supplied text as a Jinja template. Keep the notice templates on the server and let staff pick one by name; if free text is required, use `jinja2.sandbox.SandboxedEnvironment`.",
              symbol="preview_notice", conf=0.9),
            F("STAFF-TOKEN-EMPTY", "high", "security", "Staff check passes for every request when `CIRC_STAFF_TOKEN` is unset",
              "Refuse to start without a token (`STAFF_TOKEN = os.environ[\"CIRC_STAFF_TOKEN\"]`), and reject an empty header explicitly.",
              symbol="require_staff", conf=0.85),
            F("STAFF-TOKEN-TIMING", "low", "security", "Token comparison is not constant-time",
              "Use `hmac.compare_digest(header, STAFF_TOKEN)`.", symbol="require_staff", conf=0.6),
            F("COVER-SSRF", "high", "security", "`/opac/cover` fetches an arbitrary caller-supplied URL",
              "Drop the `source` parameter or restrict it to an allow-list of cover providers; this endpoint is public.",
              d=-1, symbol="cover", conf=0.85),
            F("CHECKOUT-RACE", "medium", "bug", "Two desks can check out the same copy",
              "Make the status change conditional and check the row count: `UPDATE copies SET status='on_loan' WHERE id=? AND status='available'`, and only insert the loan if one row changed.",
              d=+3, symbol="checkout", conf=0.8),
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "bug", "Loan limit allows one item too many",
              "With `active > MAX_LOANS` a patron with 12 active loans can take a 13th; use `>=`.",
              symbol="checkout", conf=0.85),
            F("BALANCE-RACE", "medium", "bug", "`add_to_balance` updates the shared cache without the lock it defines",
              "Hold `_lock` around the read-modify-write, or drop the cache and do `UPDATE patrons SET balance = balance + ?` in SQL.",
              d=-3, n=3, symbol="add_to_balance", conf=0.8),
            F("WAIVE-CACHE-STALE", "medium", "bug", "Waivers are undone by the next fine",
              "`waive` changes the table but not `_balances`; the next `add_to_balance` writes `cached + fine` over the waived balance. Update or evict the cache entry (or remove the cache).",
              symbol="waive", conf=0.75),
            F("OVERDUE-CSV-INJECTION", "low", "security", "Overdue export is open to spreadsheet formula injection",
              "Patron names and titles are written as-is; a name like `=HYPERLINK(...)` runs when staff open the file. Prefix cells that start with `=`, `+`, `-`, `@` with `'`.",
              symbol="overdue_report", conf=0.6),
            F("HOLD-POSITION-OFF-BY-ONE", "low", "bug", "Hold position is zero-based",
              "Return `i + 1`; the first patron in line is told they are number 0.", symbol="position", conf=0.8),
            F("FINE-FLOAT-MONEY", "low", "bug", "Money is computed with floats",
              "Store cents as integers or use `Decimal`; `0.25 * n` sums drift in the balance column.",
              symbol="fine_for", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed circdesk/*.py — 13 findings, highest severity first.",
        Block([
            F("SEARCH-SQLI-TITLE", "critical", "security", "q is concatenated into SQL", "Parameterize LIKE.", d=-2),
            F("SEARCH-SQLI-BRANCH", "critical", "security", "branch is concatenated into SQL", "Parameterize.", d=-1),
            F("NOTICE-SSTI", "critical", "security", "render_template_string on request.form['template']", "Never render caller templates.", d=-2),
            F("COVER-SSRF", "high", "security", "SSRF: cover fetch URL prefix comes from ?source=", "Fixed provider list."),
            F("PATRON-ALL-COLUMNS", "high", "security", "GET /patrons/<card> returns SELECT * (pin_hash, address, dob)", "Select the fields the desk needs.", d=-1),
            F("CHECKOUT-RACE", "high", "bug", "checkout: check-then-update on copies.status is racy", "UPDATE ... WHERE status='available', check rowcount.", d=-1),
            F("LOAN-DAYS-FROM-CLIENT", "medium", "bug", "Loan period is client-controlled (data['days'])", "Ignore or clamp it server-side."),
            F("CHECKIN-ANY-LOAN", "medium", "bug", "checkin does not filter returned IS NULL", "Add the filter; 409 when no open loan.", d=-2),
            F("SEARCH-FIRST-PAGE-SKIPPED", "medium", "bug", "OFFSET page*size with page=1 skips rows 0..size-1", "(page - 1) * size."),
            F("GRACE-OFF-BY-ONE", "medium", "bug", "Grace period check uses <", "<="),
            F("WAIVE-AMOUNT-UNCHECKED", "medium", "bug", "waive accepts any amount (negative, > balance)", "Validate 0 < amount <= balance."),
            F("HOLD-QUEUE-RACE", "medium", "bug", "holds.place mutates the queue without _queue_lock", "Lock place/next_for.", d=-1),
            F("HOLD-LOST-ON-MAIL-ERROR", "low", "bug", "Hold is popped before notify(); SMTP failure loses it", "Pop after a successful send.", d=-3),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `circdesk` library circulation service. Below is a summary of the issues I
        identified, grouped into security vulnerabilities and functional defects.

        ### Security Vulnerabilities

        The public OPAC endpoints build SQL from query parameters and proxy arbitrary URLs, and the notice preview
        renders attacker-supplied Jinja templates. The overdue report can also carry spreadsheet formulas.
        """,
        Block([
            F("SEARCH-SQLI-TITLE", "critical", "SQL Injection", "SQL Injection in Catalogue Search",
              "Use parameterized queries for all user input.",
              desc="The `q` and `branch` parameters are embedded directly into the SQL WHERE clause via an f-string."),
            F("NOTICE-SSTI", "critical", "Server-Side Template Injection", "Remote Code Execution via Template Preview",
              "Use a fixed set of templates.", d=-2,
              desc="`request.form['template']` is passed to `render_template_string`, allowing `{{ cycler.__init__.__globals__.os.popen('id').read() }}`."),
            F("COVER-SSRF", "high", "Server-Side Request Forgery", "SSRF in Cover Image Proxy",
              "Validate the `source` host against an allow-list.", d=-1),
            F("COVER-CONTENT-TYPE", "medium", "Cross-Site Scripting", "Proxied Content-Type Enables XSS",
              "Always respond with `image/jpeg` and verify the bytes are an image."),
            F("OVERDUE-CSV-INJECTION", "medium", "CSV Injection", "Formula Injection in Overdue Report",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote."),
            F("STAFF-TOKEN-EMPTY", "high", "Broken Authentication", "Authentication Bypass When Token Is Not Configured",
              "Fail closed if `CIRC_STAFF_TOKEN` is empty.", d=-3, sd=0),
        ], wrap="list"),
        """
        ### Functional Defects
        """,
        Block([
            F("LOAN-LIMIT-OFF-BY-ONE", "medium", "Business Logic", "Maximum Loan Count Can Be Exceeded",
              "Change the comparison to `>=`.", d=-1),
            F("SEARCH-SIZE-UNBOUNDED", "low", "Denial of Service", "Unbounded Page Size",
              "Cap `size` at a reasonable maximum such as 100."),
            U({"severity": "info", "category": "Style", "description": "Consider adding type hints to the route handlers."}),
            F("GRACE-OFF-BY-ONE", "low", "Business Logic", "Grace Period Is One Day Shorter Than Configured",
              "Use `<=` so that items returned exactly on the last grace day are not fined.", d=+2,
              desc="`GRACE_DAYS = 2` is documented as 'no fine for items up to GRACE_DAYS days late', but the comparison fines an item that is exactly two days late."),
            F("HOLD-POSITION-OFF-BY-ONE", "low", "Business Logic", "Incorrect Queue Position Reported",
              "Return `i + 1`.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI-BRANCH", "error", "security", "sql injection via branch param", "bind it"),
            F("STAFF-TOKEN-TIMING", "warning", "security", "non constant time token compare", "hmac.compare_digest"),
            F("PATRON-ALL-COLUMNS", "warning", "security", "patron endpoint leaks all columns", "explicit column list"),
        ], fence=None, indent=None, wrap="list"),
        "other:",
        Block([
            F("BALANCE-RACE", "warning", "", "balance cache updated without lock", "use _lock", d=-1),
            F("WAIVE-CONN-LEAK", "warning", "bug", "waive leaks sqlite connection", "try/finally close"),
            F("HOLD-POSITION-OFF-BY-ONE", "warning", "bug", "hold position off by one", "i + 1"),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the OPAC search (2 parameters).
        2. Missing authentication hardening on staff endpoints.
        3. Race conditions in checkout, fines and holds.
        4. Several boundary errors (loan limit, paging, grace period).
        5. Data exposure and resource handling issues.
        """,
        Block([
            F("SEARCH-SQLI-TITLE", "blocker", "security", "Unsanitized search term in SQL query",
              "Use bound parameters.", conf=0.9),
            F("STAFF-TOKEN-EMPTY", "major", "security", "Empty default staff token disables authentication",
              "Require a non-empty token at startup.", conf=0.8),
            F("COVER-SSRF", "major", "security", "Server-side request forgery in cover proxy",
              "Do not accept the upstream URL from the client.", d=-1, conf=0.8),
            F("SEARCH-FIRST-PAGE-SKIPPED", "major", "correctness", "Pagination offset is off by one page",
              "Compute the offset as (page - 1) * size.", d=-2, conf=0.8),
            F("CHECKOUT-RACE", "major", "concurrency", "Non-atomic availability check in checkout",
              "Use a transaction or a conditional update.", conf=0.8),
            F("LOAN-LIMIT-OFF-BY-ONE", "minor", "correctness", "Loan limit comparison allows MAX_LOANS + 1 loans",
              "Use >= MAX_LOANS.", conf=0.7),
            F("CHECKIN-ANY-LOAN", "major", "correctness", "Check-in may re-process an already returned loan",
              "Select only open loans (returned IS NULL).", conf=0.7),
            F("NOTICE-UNKNOWN-CARD", "minor", "reliability", "Unhandled missing patron in notice preview",
              "Return 404 when the card does not exist.", conf=0.6),
            F("BALANCE-RACE", "major", "concurrency", "Race condition when updating cached patron balance",
              "Protect _balances with _lock.", conf=0.8),
            F("WAIVE-AMOUNT-UNCHECKED", "major", "correctness", "Fine waiver does not validate the amount",
              "Reject negative amounts and amounts above the balance.", d=-2, conf=0.7),
            F("FINE-FLOAT-MONEY", "minor", "correctness", "Floating point used for monetary amounts",
              "Use Decimal or integer cents.", conf=0.6),
            F("WAIVE-CONN-LEAK", "minor", "resource-leak", "Database connection not closed in waive",
              "Close the connection in a finally block.", conf=0.7),
            F("HOLD-QUEUE-RACE", "major", "concurrency", "Hold queue modified without synchronization",
              "Acquire _queue_lock in place() and next_for().", conf=0.7),
            F("HOLD-LOST-ON-MAIL-ERROR", "minor", "reliability", "Hold removed from queue before notification succeeds",
              "Only remove the hold after notify() returns.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 1 blocker, 8 major, 5 minor"),
    ]),
}
