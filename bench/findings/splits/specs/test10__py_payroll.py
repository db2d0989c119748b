"""test10/py-payroll: a timesheet and payroll API (Python, Flask + SQLite + PyJWT).

Tenth frozen test split; labels next to each finding. Written 2026-12-02 by a helper session that had not seen the
merger code, its results or any other split's answers/specs (apart from specs/tune2__ts_webhooks.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' data. "
    "Frozen test split (test10): seeded problems in a small timesheet/payroll service; five agents' answers written by hand."
)

A = "payroll/app.py"
AU = "payroll/auth.py"
C = "payroll/calc.py"
X = "payroll/export.py"
PROBLEMS = {
    "DEFAULT-SECRET": P(AU, 'SECRET = os.environ.get("PAYROLL_SECRET", "payroll-dev-secret")', "security", "token signing secret falls back to a constant in the source when PAYROLL_SECRET is unset"),
    "PIN-MD5": P(AU, "return hashlib.md5(pin.encode()).hexdigest()", "security", "PINs stored as unsalted MD5: a 4-6 digit PIN space is reversed instantly from the hash", "signature-vs-statement"),
    "SIG-UNVERIFIED": P(AU, 'claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False})', "security", "bearer token decoded with verify_signature False: any forged token (any sub) is accepted"),
    "ROLE-HEADER": P(AU, 'g.role = request.headers.get("X-Payroll-Role"', "security", "role taken from the X-Payroll-Role request header before the token's claim: anyone becomes manager"),
    "WEEK-OFF-BY-ONE": P(C, 'return sum(e["hours"] for e in entries if start <= e["day"] <= end)', "bug", "week window is start..start+7 inclusive: the next Monday's hours are counted in this week too", "off-by-one"),
    "NEG-OVERTIME": P(C, "overtime = hours - OVERTIME_THRESHOLD", "bug", "overtime is negative below 40 hours, so part-time staff are paid less than hours * rate"),
    "FLOAT-MONEY": P(C, "return round(regular * rate + overtime * rate * OVERTIME_RATE, 2)", "bug", "money computed in binary floats and rounded half-to-even: cents drift (Decimal with ROUND_HALF_UP expected)"),
    "BRACKET-TOP-SKIPPED": P(C, "for i in range(len(BRACKETS) - 1):", "bug", "loop stops one bracket early: income above the top bracket's lower bound is never taxed", "off-by-one"),
    "CSV-INJECTION": P(X, 'writer.writerow([name, iban, f"{amount:.2f}"])', "security", "employee name written to the bank CSV unescaped: a name starting with = + - @ runs as a formula"),
    "SHARED-CONN": P(A, '_conn = sqlite3.connect("payroll.db", check_same_thread=False)', "concurrency", "extra, one agent: one sqlite connection shared by all request threads without a lock; commits interleave across requests"),
    "PIN-BRUTE": P(A, 'if row is None or row[1] != auth.hash_pin(body["pin"]):', "security", "no attempt limit or lockout on badge+PIN login: a short numeric PIN is brute-forced"),
    "PIN-COMPARE": P(A, 'if row is None or row[1] != auth.hash_pin(body["pin"]):', "security", "PIN hash compared with != (not constant time)"),
    "SUBMIT-IDOR": P(A, '_conn.executemany("INSERT INTO entries', "security", "employee_id taken from the request body: any employee files hours on someone else's timesheet", "source-vs-sink"),
    "HOURS-UNVALIDATED": P(A, 'rows = [(emp, e["day"], e["hours"], e.get("note", "")) for e in body["entries"]]', "bug", "hours never validated: negative, > 24 or non-numeric values are stored and later paid"),
    "SQLI-WEEK": P(A, "sql = f\"SELECT day, hours, note, approved FROM entries", "security", "week query parameter interpolated into the SQL string (injection)", "source-vs-sink"),
    "SQLI-ORDER": P(A, "sql = f\"SELECT day, hours, note, approved FROM entries", "security", "order query parameter interpolated into ORDER BY (injection)", "source-vs-sink"),
    "SELF-APPROVE": P(A, '_conn.execute("UPDATE entries SET approved = 1', "security", "a manager can approve any timesheet, their own included: no emp_id != caller (or team) check", "signature-vs-statement"),
    "DOUBLE-RUN": P(A, "    if done:", "concurrency", "already-paid check, then insert, outside _run_lock: two concurrent runs for one period both pay everyone", "critical-section"),
    "UNAPPROVED-PAID": P(A, 'worked = _conn.execute("SELECT hours FROM entries WHERE employee_id = ?"', "bug", "pay run sums entries that were never approved (no approved = 1 filter)"),
    "ALL-PERIODS": P(A, 'worked = _conn.execute("SELECT hours FROM entries WHERE employee_id = ?"', "bug", "pay run sums every entry ever filed, not the period's: each run pays all past hours again"),
    "OT-PER-PERIOD": P(A, "gross = calc.gross_pay(hours, rate)", "bug", "overtime threshold (40 h, weekly) applied to the whole period's total, so two-week periods under-pay overtime"),
    "YTD-MIXED": P(A, "_ytd_cache[emp_id] = _ytd_cache.get(emp_id, 0.0) + gross", "bug", "extra, one agent: the run adds gross to the YTD cache while /ytd fills it from payslip (net) amounts: YTD mixes gross and net"),
    "YTD-RACE": P(A, 'slips = _conn.execute("SELECT amount FROM payslips WHERE employee_id = ?"', "concurrency", "YTD cache checked, loaded and set without _run_lock: a fill racing a pay run overwrites its increment", "critical-section"),
    "YTD-ALL-YEARS": P(A, 'slips = _conn.execute("SELECT amount FROM payslips WHERE employee_id = ?"', "bug", "year-to-date sums payslips of every year (no year filter), and the cache never resets in January"),
    "YTD-IDOR": P(A, "auth.current_employee()", "security", "any employee reads any other employee's year-to-date pay (no emp_id == caller or manager check)", "signature-vs-statement", nth=3),
    "PATH-TRAVERSAL": P(A, "return send_file(os.path.join(PAYSLIP_DIR, name))", "security", "file query parameter joined to the payslip dir: ../ or an absolute path reads any file", "source-vs-sink"),
    "PAYSLIP-IDOR": P(A, "return send_file(os.path.join(PAYSLIP_DIR, name))", "security", "no check that the payslip belongs to the caller: any employee downloads colleagues' payslips"),
    "CMD-INJECTION": P(A, 'subprocess.run(f"gpg --batch --yes --sign {path} && bank-upload {path}", shell=True', "security", "period from the request body reaches a shell command line (shell=True)", "source-vs-sink"),
    "TMP-PATH": P(A, 'path = Path(f"/tmp/bank-{period}.csv")', "security", "bank file with IBANs written to a predictable, world-readable path in /tmp (symlink / disclosure)"),
}

CONFUSABLE = [
    ("SIG-UNVERIFIED", "ROLE-HEADER"),
    ("NEG-OVERTIME", "FLOAT-MONEY"),
    ("PIN-BRUTE", "PIN-COMPARE"),
    ("SUBMIT-IDOR", "HOURS-UNVALIDATED"),
    ("SQLI-WEEK", "SQLI-ORDER"),
    ("UNAPPROVED-PAID", "ALL-PERIODS"),
    ("ALL-PERIODS", "OT-PER-PERIOD"),
    ("UNAPPROVED-PAID", "OT-PER-PERIOD"),
    ("YTD-RACE", "YTD-ALL-YEARS"),
    ("YTD-IDOR", "YTD-RACE"),
    ("YTD-IDOR", "YTD-ALL-YEARS"),
    ("PATH-TRAVERSAL", "PAYSLIP-IDOR"),
    ("CMD-INJECTION", "TMP-PATH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the payroll service (`payroll/app.py`, `auth.py`, `calc.py`, `export.py`). The most serious
        issues are in authentication: tokens are decoded without checking their signature, and the role can be
        supplied by the client, so every manager-only endpoint is effectively public. The pay run itself also
        pays the wrong hours.

        | Area | Count | Worst |
        |---|---|---|
        | Auth / access control | 5 | critical |
        | Injection (SQL, shell, path) | 4 | critical |
        | Pay calculation | 4 | high |
        | Concurrency | 2 | medium |

        **Top priorities:** enable signature verification and drop the role header; parameterise the
        timesheet query; filter the pay-run query by period and approval.
        """,
        Block([
            F("SIG-UNVERIFIED", "critical", "security", "JWT signature is never verified",
              "Remove `options={\"verify_signature\": False}`; `jwt.decode` then checks the HMAC and `exp`.",
              symbol="current_employee", conf=0.97),
            F("ROLE-HEADER", "critical", "security", "Client-controlled `X-Payroll-Role` header overrides the token role",
              "Take the role from the verified claims only; ignore the header.", symbol="current_employee", conf=0.93),
            F("SQLI-WEEK", "critical", "security", "SQL injection through the `week` parameter in GET /timesheets",
              "Bind `week` as a parameter (`strftime('%W', day) = ?`).", symbol="list_timesheets", conf=0.92),
            F("SQLI-ORDER", "high", "security", "SQL injection through `order` (ORDER BY clause)",
              "Map `order` onto an allow-list of column names; placeholders cannot bind identifiers.",
              symbol="list_timesheets", conf=0.88),
            F("PATH-TRAVERSAL", "high", "security", "Path traversal in GET /payslips via `file`",
              "Resolve the joined path and require it to stay under `PAYSLIP_DIR`, or look payslips up by id.",
              symbol="payslip", conf=0.9),
            F("CMD-INJECTION", "high", "security", "Shell command built from the request's `period`",
              "Validate `period` (`^\\d{4}-\\d{2}$`) and call `subprocess.run([...])` without `shell=True`.",
              symbol="export_run", conf=0.85),
            F("SUBMIT-IDOR", "high", "security", "Employees can submit hours for another `employee_id`",
              "Always use `g.emp_id` unless the caller is a manager.", d=-2, sd=-2, symbol="submit_timesheet", conf=0.86),
            F("ALL-PERIODS", "high", "bug", "Pay run pays every entry ever recorded, not just the period's",
              "Restrict the query to the period's date range; otherwise each run pays the whole history again.",
              symbol="run_payroll", conf=0.88),
            F("DOUBLE-RUN", "medium", "concurrency", "Duplicate pay runs: the \"already paid\" check happens outside the lock",
              "Take `_run_lock` before the SELECT, or add a UNIQUE constraint on `payruns.period` and insert first.",
              d=-1, n=2, symbol="run_payroll", conf=0.8),
            F("NEG-OVERTIME", "high", "bug", "Employees under 40 hours are underpaid (negative overtime)",
              "`overtime = max(0, hours - OVERTIME_THRESHOLD)`.", symbol="gross_pay", conf=0.9),
            F("BRACKET-TOP-SKIPPED", "high", "bug", "Top tax bracket is never applied",
              "Iterate over all brackets and treat the last one's upper bound as infinity.",
              symbol="withholding", conf=0.82),
            F("WEEK-OFF-BY-ONE", "medium", "bug", "Weekly total includes the following Monday",
              "Use `start <= e[\"day\"] < end`.", symbol="hours_in_week", conf=0.8),
            F("YTD-RACE", "medium", "concurrency", "YTD cache filled without the lock used by the pay run",
              "Guard `_ytd_cache` with `_run_lock` (or drop the cache and compute YTD in SQL).",
              symbol="year_to_date", conf=0.7),
            F("PIN-BRUTE", "medium", "security", "Login has no rate limiting for short numeric PINs",
              "Count failures per badge and lock out / back off after a few attempts.", symbol="login", conf=0.75),
            F("PIN-MD5", "medium", "security", "PINs hashed with unsalted MD5",
              "Use a slow salted KDF (`hashlib.scrypt` or argon2) and a per-employee salt.", symbol="hash_pin", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed payroll/*.py; 12 findings, most severe first.",
        Block([
            F("SIG-UNVERIFIED", "critical", "security", "Auth bypass: token signature check disabled",
              "verify the signature"),
            F("ROLE-HEADER", "critical", "security", "Role escalation: X-Payroll-Role request header trusted over the JWT role claim",
              "ignore the header", d=-2),
            F("SQLI-ORDER", "high", "security", "order param flows into ORDER BY unescaped", "allow-list columns", d=-1),
            F("SQLI-WEEK", "high", "security", "week param flows into the WHERE clause unescaped", "bind ?", d=-2),
            F("SELF-APPROVE", "high", "security", "approve() lets a manager approve their own hours",
              "reject emp_id == caller; check the team", d=-3),
            F("UNAPPROVED-PAID", "high", "bug", "run_payroll pays unapproved entries", "AND approved = 1"),
            F("CMD-INJECTION", "high", "security", "period -> shell=True command", "argv list, no shell", d=-3),
            F("PATH-TRAVERSAL", "high", "security", "send_file path built from ?file=", "safe_join / send_from_directory", d=-1),
            F("HOURS-UNVALIDATED", "medium", "bug", "entry hours accepted unchecked (negative / >24)", "validate 0 < hours <= 24"),
            F("FLOAT-MONEY", "medium", "bug", "pay uses float + round(); use Decimal", "Decimal, quantize(ROUND_HALF_UP)"),
            F("DOUBLE-RUN", "medium", "bug", "period check/insert not atomic -> double payment", "unique(period) + insert first", d=+2),
            F("YTD-IDOR", "medium", "security", "ytd endpoint has no ownership check", "require self or manager", d=-1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the payroll application. Below is a summary of my findings, organized by
        severity.

        ### Security

        The authentication layer has fundamental flaws. The JWT is decoded without signature verification, and
        there are several injection points where request data reaches SQL, the filesystem and the shell.
        """,
        Block([
            F("SIG-UNVERIFIED", "Critical", "Broken Authentication", "JWT Signature Verification Disabled",
              "Remove the option that disables signature verification.",
              desc="`jwt.decode` is called with `verify_signature: False`, so any token with any `sub` is accepted.", d=+1, sd=0),
            F("DEFAULT-SECRET", "High", "Broken Authentication", "Hardcoded Fallback Signing Secret",
              "Require PAYROLL_SECRET at startup."),
            F("SQLI-WEEK", "Critical", "SQL Injection", "SQL Injection in list_timesheets",
              "Use parameterized queries for all user input.",
              desc="The `week` argument is placed inside the f-string query."),
            F("SELF-APPROVE", "High", "Broken Access Control", "Managers Can Approve Their Own Timesheets",
              "Reject approvals where `emp_id` equals the caller, and check that the employee reports to the caller.",
              desc="`approve` only checks the manager role; the target employee is not checked against the caller."),
            F("PIN-COMPARE", "Low", "Cryptography", "Non-Constant-Time PIN Hash Comparison",
              "Use `hmac.compare_digest`."),
            F("PATH-TRAVERSAL", "High", "Path Traversal", "Arbitrary File Read via Payslip Download",
              "Use `flask.send_from_directory`.", d=+1, sd=0),
            F("TMP-PATH", "Medium", "Sensitive Data Exposure", "Bank File Written to Predictable /tmp Location",
              "Use `tempfile.mkstemp` in a private directory, and delete it after upload.",
              desc="The export file containing names and IBANs is created at `/tmp/bank-<period>.csv` with default permissions."),
            F("CMD-INJECTION", "Critical", "Command Injection", "OS Command Injection in export_run",
              "Avoid `shell=True`; pass arguments as a list."),
        ], indent=2),
        """
        ### Correctness and Reliability
        """,
        Block([
            F("OT-PER-PERIOD", "major", "Logic Error", "Overtime Calculated on the Whole Pay Period",
              "Compute overtime per week (e.g. with `hours_in_week`) and add the weekly results.",
              desc="`gross_pay` applies the 40-hour threshold to the sum of all hours fetched, not to each week."),
            F("NEG-OVERTIME", "major", "Logic Error", "Negative Overtime Reduces Regular Pay",
              "Clamp overtime at zero.", d=+1, sd=0),
            F("YTD-ALL-YEARS", "medium", "Logic Error", "Year-to-Date Total Includes Previous Years",
              "Filter payslips by the current year and key the cache by (employee, year)."),
            U({"severity": "info", "category": "style", "description": "Consider splitting app.py into blueprints."}),
            F("CSV-INJECTION", "medium", "CSV Injection", "Formula Injection in Bank Export",
              "Prefix cells starting with = + - @ with a single quote."),
            F("BRACKET-TOP-SKIPPED", "major", "Logic Error", "Highest Tax Bracket Ignored",
              "Loop over every bracket.", d=+2, sd=+2),
        ], indent=2),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SIG-UNVERIFIED", "critical", "security", "jwt signature not verified", "drop verify_signature=False"),
            F("SQLI-ORDER", "high", "security", "sql injection via order", "whitelist"),
            F("YTD-IDOR", "high", "security", "ytd of any employee readable by anyone logged in", "compare emp_id with g.emp_id"),
            F("PAYSLIP-IDOR", "high", "security", "payslip download not scoped to the caller", "check owner", d=-1),
            F("SUBMIT-IDOR", "high", "", "employee_id from body trusted", "use g.emp_id", d=-2),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("ALL-PERIODS", "high", "bug", "pay run ignores the period", "filter entries by period dates"),
            F("WEEK-OFF-BY-ONE", "medium", "bug", "week range one day too long", "< end", d=-1),
            F("PIN-MD5", "medium", "", "md5 for pins", "bcrypt/argon2 with salt", d=-1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication can be bypassed (unverified JWT) and the manager role is client-controlled.
        2. Injection risks in timesheet listing, payslip download and bank export.
        3. Pay run sums the wrong entries and computes overtime over the whole period.
        4. Shared caches and the pay-run check are not thread-safe.
        5. Money arithmetic uses floats.
        """,
        Block([
            F("SIG-UNVERIFIED", "blocker", "security", "JWT decoded without verifying its signature",
              "Let jwt.decode verify the signature (remove the options override).", conf=0.95),
            F("ROLE-HEADER", "blocker", "security", "Role can be overridden by a request header",
              "Use only the signed role claim.", conf=0.9),
            F("SUBMIT-IDOR", "major", "security", "Timesheet submission trusts employee_id from the body",
              "Ignore employee_id for non-managers.", conf=0.8),
            F("SQLI-WEEK", "blocker", "security", "SQL injection in timesheet listing (week filter)",
              "Use placeholders.", d=-2, conf=0.85),
            F("SQLI-ORDER", "major", "security", "SQL injection in timesheet listing (sort order)",
              "Validate against known columns.", conf=0.85),
            F("PATH-TRAVERSAL", "major", "security", "Path traversal in payslip download",
              "Use send_from_directory and reject names containing path separators.", d=-1, conf=0.8),
            F("OT-PER-PERIOD", "major", "correctness", "Overtime threshold applied to period total instead of weekly hours",
              "Split hours by week before computing overtime.", d=-2, conf=0.7,
              desc="The query above returns all hours for the employee, and gross_pay treats them as one week, so overtime beyond 40 hours per week is not paid at 1.5x."),
            F("UNAPPROVED-PAID", "major", "correctness", "Unapproved hours are included in payroll",
              "Filter on approved = 1.", conf=0.8),
            F("DOUBLE-RUN", "major", "concurrency", "Race condition allows paying the same period twice",
              "Do the check and the insert atomically under the lock.", d=+2, conf=0.75),
            F("YTD-RACE", "minor", "concurrency", "Unsynchronized access to _ytd_cache", "Use the lock.", d=+1, conf=0.65),
            F("YTD-MIXED", "minor", "data-integrity", "YTD cache mixes gross and net amounts",
              "Store the same figure in both places (net, as on the payslip).", conf=0.6),
            F("FLOAT-MONEY", "minor", "correctness", "Floating point used for currency", "Use Decimal.", d=-1, conf=0.7),
            F("TMP-PATH", "major", "security", "Bank export written to a predictable file in /tmp before signing",
              "Write it to a private directory with 0600 permissions.", d=+2, conf=0.7,
              desc="`/tmp/bank-{period}.csv` is readable by other local users and can be pre-created as a symlink; the gpg/upload step then signs whatever is there."),
            F("SHARED-CONN", "minor", "concurrency", "Single SQLite connection shared across request threads",
              "Open a connection per request (flask.g) or serialise access.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 7 major, 4 minor"),
    ]),
}
