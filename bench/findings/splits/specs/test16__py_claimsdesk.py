"""test16/py-claimsdesk: an insurance claims desk API (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its tuning data, its scores, or any
other split's specs, answers or repositories apart from specs/tune2__py_snapctl.py (read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its tuning data or its scores. "
    "Frozen test split (test16): seeded problems in a small insurance claims API; five agents' answers written by hand."
)

A = "claimsdesk/app.py"
PY = "claimsdesk/payout.py"
PROBLEMS = {
    "ADJ-KEY-EMPTY": P(A, "if key == ADJUSTER_KEY:", "security", "ADJUSTER_KEY defaults to '': a request without the header passes the adjuster check"),
    "ADJ-KEY-TIMING": P(A, "if key == ADJUSTER_KEY:", "security", "adjuster key compared with == (not constant time)"),
    "SORT-INJECTION": P(A, 'f"WHERE status = ? ORDER BY {order} DESC LIMIT ? OFFSET ?")', "security", "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "PAGE-SKIP": P(A, "rows = db().execute(sql, (status, PAGE_SIZE, page * PAGE_SIZE)).fetchall()", "bug", "page defaults to 1 and OFFSET is page * PAGE_SIZE: the first page of claims is never returned", "off-by-one"),
    "CLAIM-IDOR": P(A, 'row = db().execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()', "security", "any policyholder can read any claim: holder_id not checked", "signature-vs-statement"),
    "CLAIM-FIELDS-LEAK": P(A, 'return jsonify({"holder": holder["name"], "claim": dict(row)})', "security", "SELECT * row returned to the holder: adjuster notes and fraud score leak"),
    "POLICY-NOT-OWNED": P(A, 'policy = db().execute("SELECT * FROM policies WHERE policy_no = ?"', "security", "claim can be filed against another holder's policy (policy.holder_id not checked)"),
    "EXPIRY-OFF-BY-ONE": P(A, 'if policy["expires_on"] <= data["incident_date"]:', "bug", "<= rejects incidents on the last day of cover", "off-by-one"),
    "DOC-NO-OWNER": P(A, "current_holder()", "security", "upload authenticates the holder but ignores it: documents attach to anyone's claim", nth=3),
    "DOC-PATH-TRAVERSAL": P(A, "upload.save(dest)", "security", "client filename joined to the docs dir: ../ writes anywhere", "source-vs-sink"),
    "DOC-UNRESTRICTED": P(A, "upload.save(dest)", "security", "any file type and size stored (no allow-list, no MAX_CONTENT_LENGTH)"),
    "FRAUD-CACHE-RACE": P(A, 'resp = requests.get(FRAUD_URL, params={"holder": holder_id}, timeout=5)', "bug", "check-then-fill cache and stats counters without the lock: duplicate vendor calls, lost counts", "critical-section"),
    "FRAUD-CACHE-STALE": P(A, "_score_cache[holder_id] = score", "bug", "fraud score cached forever per holder, never refreshed or bounded"),
    "CLAIM-NONE": P(A, 'if claim["status"] != "open":', "bug", "unknown claim id: None subscripted, 500 instead of 404 (extra, one agent)"),
    "DOUBLE-PAYOUT": P(A, "pay = requests.post(PAYMENTS_URL,", "bug", "status check, payment and UPDATE not atomic: two approvals pay twice", "critical-section"),
    "PAY-RESULT-IGNORED": P(A, "pay = requests.post(PAYMENTS_URL,", "bug", "payment response status never checked: claim marked paid when the transfer failed"),
    "LETTER-CMD-INJECTION": P(A, 'subprocess.run(f"render-letter --template {template}', "security", "template form field in a shell command", "source-vs-sink"),
    "LETTER-TMP-PATH": P(A, 'out = f"/tmp/letter-{claim_id}.pdf"', "security", "predictable shared /tmp path for the letter (symlink / other claims' letters)"),
    "DEPR-AGE-OFF-BY-ONE": P(PY, "age = today.year - purchase_year + 1", "bug", "+1: an item bought this year is already one year old (10 % off)", "off-by-one"),
    "DEPR-CAP-WRONG": P(PY, "return max(1.0 - DEPRECIATION_PER_YEAR * age, MAX_DEPRECIATION)", "bug", "floor is MAX_DEPRECIATION (0.6) instead of 1 - 0.6: at most 40 % off, not 60 %"),
    "NEGATIVE-PAYOUT": P(PY, 'payable = min(total, policy["coverage_limit"]) - policy["deductible"]', "bug", "loss below the deductible gives a negative payout"),
    "LIMIT-BEFORE-DEDUCTIBLE": P(PY, 'payable = min(total, policy["coverage_limit"]) - policy["deductible"]', "bug", "limit applied before the deductible: large losses get limit minus deductible"),
    "INSTALLMENT-ROUNDING": P(PY, "share = round(amount / n, 2)", "bug", "rounded equal shares do not add up to the amount (cents lost or overpaid)", "signature-vs-statement"),
    "INSTALLMENT-ZERO": P(PY, "share = round(amount / n, 2)", "bug", "n from the query unchecked: n=0 divides by zero, negative n returns []"),
}

CONFUSABLE = [
    ("ADJ-KEY-EMPTY", "ADJ-KEY-TIMING"),
    ("SORT-INJECTION", "PAGE-SKIP"),
    ("CLAIM-IDOR", "CLAIM-FIELDS-LEAK"),
    ("POLICY-NOT-OWNED", "EXPIRY-OFF-BY-ONE"),
    ("DOC-PATH-TRAVERSAL", "DOC-UNRESTRICTED"),
    ("FRAUD-CACHE-RACE", "FRAUD-CACHE-STALE"),
    ("DOUBLE-PAYOUT", "PAY-RESULT-IGNORED"),
    ("DOUBLE-PAYOUT", "CLAIM-NONE"),
    ("LETTER-CMD-INJECTION", "LETTER-TMP-PATH"),
    ("DEPR-AGE-OFF-BY-ONE", "DEPR-CAP-WRONG"),
    ("NEGATIVE-PAYOUT", "LIMIT-BEFORE-DEDUCTIBLE"),
    ("INSTALLMENT-ROUNDING", "INSTALLMENT-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: claimsdesk

        I read `app.py` (routes, auth helpers, fraud scoring, approval) and `payout.py` (settlement maths).
        The adjuster side is the weakest point: its key check fails open when the environment variable is
        missing, and several adjuster endpoints pass request values into SQL or a shell. The settlement
        maths has a cluster of money bugs that are easy to miss in review because each line looks plausible.

        | Priority | Area | Finding |
        |---|---|---|
        | 1 | auth | Adjuster key check passes with an unset `ADJUSTER_KEY` |
        | 2 | injection | `order` in SQL, `template` in a shell command |
        | 3 | payments | Approval can pay a claim twice |
        | 4 | access | Holders read other holders' claims; uploads can escape the docs dir |
        | 5 | maths | Depreciation, deductible and installment errors |
        """,
        Block([
            F("ADJ-KEY-EMPTY", "critical", "security", "Adjuster authentication fails open when `ADJUSTER_KEY` is unset",
              "Refuse to start (or reject every request) when `ADJUSTER_KEY` is empty; with the default `\"\"` a request with no `X-Adjuster-Key` header matches.",
              symbol="current_adjuster", conf=0.9),
            F("ADJ-KEY-TIMING", "low", "security", "Adjuster key compared with `==`",
              "Use `hmac.compare_digest(key, ADJUSTER_KEY)`.", symbol="current_adjuster", conf=0.5),
            F("SORT-INJECTION", "high", "security", "SQL injection through the `order` query parameter",
              "Map `order` through an allow-list of column names (`{\"filed_at\", \"amount\", \"status\"}`) before building the query.",
              symbol="search_claims", conf=0.9),
            F("PAGE-SKIP", "medium", "bug", "Claim search skips the first page",
              "`page` defaults to 1 and the offset is `page * PAGE_SIZE`, so the first 25 claims are never listed. Use `(page - 1) * PAGE_SIZE` and reject `page < 1`.",
              symbol="search_claims", conf=0.85),
            F("CLAIM-IDOR", "high", "security", "Any policyholder can read any claim",
              "Add `AND holder_id = ?` with `holder[\"id\"]` and return 404 when it does not match.",
              symbol="get_claim", conf=0.9),
            F("CLAIM-FIELDS-LEAK", "medium", "security", "Claim view returns internal adjuster fields to the holder",
              "`SELECT *` includes `adjuster_notes` and `fraud_score`; select the holder-facing columns explicitly.",
              symbol="get_claim", conf=0.75),
            F("EXPIRY-OFF-BY-ONE", "medium", "bug", "Incidents on the policy's last day are rejected as expired",
              "A policy that `expires_on` 2026-06-30 still covers that day; compare with `<`, and parse both values as dates rather than comparing strings.",
              symbol="file_claim", conf=0.7),
            F("DOC-PATH-TRAVERSAL", "high", "security", "Uploaded filename is used as a path",
              "Use `werkzeug.utils.secure_filename(upload.filename)` (or a generated name) and check the resolved path is under `DOCS_DIR`.",
              d=-2, symbol="upload_document", conf=0.85),
            F("DOC-NO-OWNER", "medium", "security", "Documents can be attached to another holder's claim",
              "Keep the holder returned by `current_holder()` and check that `claim_id` belongs to them.",
              symbol="upload_document", conf=0.75),
            F("FRAUD-CACHE-RACE", "medium", "bug", "`fraud_score` fills the cache and counters without the lock",
              "Concurrent requests for the same holder both miss and both call the vendor, and `_stats` increments are lost. Hold `_lock` around the check/fill and the counter updates (or use a per-key future).",
              d=-2, n=2, symbol="fraud_score", conf=0.7),
            F("DOUBLE-PAYOUT", "critical", "bug", "Approval is not atomic: a claim can be paid twice",
              "Two approvals that both read `status == 'open'` both call the payment service. Claim the row first with `UPDATE claims SET status = 'approving' WHERE id = ? AND status = 'open'` and check `rowcount`, then pay.",
              d=-3, n=1, symbol="approve_claim", conf=0.85),
            F("PAY-RESULT-IGNORED", "high", "bug", "Payment failures still mark the claim paid",
              "Check `pay.status_code` / `pay.raise_for_status()` before the `UPDATE`.",
              symbol="approve_claim", conf=0.8),
            F("LETTER-CMD-INJECTION", "critical", "security", "Shell command built from the `template` form field",
              "Pass an argument list without `shell=True`, and validate `template` against the known templates.",
              symbol="decision_letter", conf=0.9),
            F("DEPR-CAP-WRONG", "high", "bug", "Depreciation floor is 0.6 instead of 0.4",
              "The docstring says at most 60 % off, but `max(..., MAX_DEPRECIATION)` never lets the factor drop below 0.6 (40 % off). Use `max(..., 1.0 - MAX_DEPRECIATION)`.",
              symbol="depreciation_factor", conf=0.8),
            F("DEPR-AGE-OFF-BY-ONE", "medium", "bug", "Item age counted one year too high",
              "`+ 1` makes an item bought this year one year old, so it is already depreciated by 10 %. Drop the `+ 1` (or use full years since the purchase date).",
              symbol="depreciation_factor", conf=0.8),
            F("NEGATIVE-PAYOUT", "high", "bug", "Settlement can be negative",
              "When the depreciated total is below the deductible, `payable` is negative and is sent to the payment service. Clamp with `max(0, ...)`.",
              symbol="settle_amount", conf=0.85),
            F("LIMIT-BEFORE-DEDUCTIBLE", "medium", "bug", "Deductible subtracted after the coverage limit is applied",
              "The docstring says deductible first; `min(total, limit) - deductible` underpays every loss above the limit. Use `min(total - deductible, limit)`.",
              symbol="settle_amount", conf=0.7),
            F("INSTALLMENT-ROUNDING", "low", "bug", "Installments do not sum to the paid amount",
              "Compute the shares in cents and put the remainder on the last installment.",
              d=-1, symbol="split_installments", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed claimsdesk/*.py; 12 findings, highest severity first.",
        Block([
            F("LETTER-CMD-INJECTION", "critical", "security", "Command injection via template form field in decision_letter",
              "argv list, no shell; allow-list templates.", d=-2),
            F("ADJ-KEY-EMPTY", "critical", "security", "Empty ADJUSTER_KEY default lets unauthenticated callers act as adjusters",
              "Fail closed when the key is unset."),
            F("SORT-INJECTION", "high", "security", "SQL injection: request arg `order` reaches ORDER BY",
              "Whitelist sortable columns.", d=-3),
            F("CLAIM-IDOR", "high", "security", "get_claim does not scope the lookup to the caller",
              "Filter by holder_id.", d=-2),
            F("POLICY-NOT-OWNED", "high", "security", "file_claim accepts any policy_no, not just the caller's policies",
              "WHERE policy_no = ? AND holder_id = ?."),
            F("DOC-PATH-TRAVERSAL", "high", "security", "Path traversal: upload.filename used as destination path",
              "secure_filename + resolve check.", d=-3),
            F("PAY-RESULT-IGNORED", "high", "bug", "approve_claim ignores the payment service response",
              "raise_for_status() before marking paid."),
            F("CLAIM-NONE", "medium", "bug", "approve_claim crashes on unknown claim id (None['status'])",
              "404 when the row is missing."),
            F("NEGATIVE-PAYOUT", "high", "bug", "settle_amount returns negative amounts below the deductible",
              "max(0, payable)."),
            F("INSTALLMENT-ZERO", "medium", "bug", "split_installments divides by n from the query string; n=0 -> ZeroDivisionError",
              "Require 1 <= n <= 12."),
            F("FRAUD-CACHE-RACE", "medium", "bug", "Unsynchronised _stats counters in fraud_score",
              "Use _lock.", d=+3),
            F("DEPR-AGE-OFF-BY-ONE", "medium", "bug", "depreciation_factor off by one year",
              "age = today.year - purchase_year.", d=+1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `claimsdesk` project, a Flask application that lets policyholders file
        insurance claims and lets adjusters search, score, approve and pay them. My review focused on
        authentication, injection, file handling, and the correctness of the settlement calculation.

        ### Security

        The adjuster authentication is the most serious issue. Several adjuster-only endpoints also accept
        parameters that are used unsafely.
        """,
        Block([
            F("ADJ-KEY-EMPTY", "Critical", "Broken Authentication", "Authentication Bypass for Adjuster Endpoints",
              "Require `ADJUSTER_KEY` to be configured and non-empty at startup.",
              desc="If `ADJUSTER_KEY` is not set, it defaults to an empty string, and a request without an `X-Adjuster-Key` header compares equal to it. Every adjuster endpoint, including `/approve`, is then open."),
            F("SORT-INJECTION", "Critical", "SQL Injection", "SQL Injection in Claim Search",
              "Validate the `order` parameter against a fixed list of columns.", d=-3,
              desc="The `order` parameter is read from the query string and later interpolated into the SQL statement."),
            F("LETTER-CMD-INJECTION", "Critical", "Command Injection", "OS Command Injection in Decision Letter Rendering",
              "Use `subprocess.run([...])` with a list and no shell."),
            F("DOC-PATH-TRAVERSAL", "High", "Path Traversal", "Arbitrary File Write via Document Upload",
              "Sanitize the filename with `secure_filename`."),
            F("DOC-UNRESTRICTED", "Medium", "Unrestricted File Upload", "No Validation of Uploaded Document Type or Size",
              "Restrict uploads to PDF and images and set `MAX_CONTENT_LENGTH`."),
            F("LETTER-TMP-PATH", "Low", "Insecure Temporary File", "Predictable Temporary File Name",
              "Use `tempfile.NamedTemporaryFile`."),
        ], wrap="list"),
        """
        ### Correctness and Reliability

        The settlement and approval logic contains several errors that directly affect the amounts paid.
        """,
        Block([
            F("DOUBLE-PAYOUT", "High", "Race Condition", "Race Condition Allows Duplicate Claim Payments",
              "Use a transaction with a conditional update before calling the payment service.", d=+1, sd=+1, n=2,
              desc="Between the status check and the UPDATE, a second request can approve the same claim; both send a transfer."),
            F("FRAUD-CACHE-STALE", "Medium", "Caching", "Fraud Scores Are Cached Indefinitely",
              "Add a TTL to the cache entries."),
            F("EXPIRY-OFF-BY-ONE", "Medium", "Logic Error", "Incorrect Policy Expiry Check",
              "Use `<` so that the expiry date itself is covered.", d=+1, sd=0),
            F("NEGATIVE-PAYOUT", "High", "Logic Error", "Negative Settlement Amounts",
              "Clamp the payable amount at zero."),
            U({"severity": "Low", "category": "Maintainability", "description": "Consider adding type hints and docstrings to the route handlers."}),
            F("DEPR-CAP-WRONG", "Medium", "Logic Error", "Incorrect Maximum Depreciation Limit",
              "Use `1.0 - MAX_DEPRECIATION` as the floor.",
              desc="The function is documented as allowing at most 60% depreciation, but the `max` call caps it at 40%."),
            F("INSTALLMENT-ROUNDING", "Low", "Logic Error", "Rounding Errors in Installment Calculation",
              "Distribute the rounding remainder.", d=+1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ADJ-KEY-TIMING", "high", "security", "adjuster key compare is not constant-time", "hmac.compare_digest"),
            F("SORT-INJECTION", "critical", "security", "sql injection via order", "whitelist columns"),
            F("LETTER-CMD-INJECTION", "critical", "security", "shell injection in render-letter call", "no shell=True"),
            F("CLAIM-FIELDS-LEAK", "medium", "security", "claim json exposes adjuster_notes / fraud_score to holders", "explicit column list"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("PAGE-SKIP", "medium", "bug", "first page of results unreachable", "(page - 1) * PAGE_SIZE"),
            F("EXPIRY-OFF-BY-ONE", "medium", "", "last day of cover rejected", "use <"),
            F("FRAUD-CACHE-RACE", "medium", "performance", "concurrent cache misses call fraud vendor repeatedly", "lock or single-flight", d=-2),
            F("DOUBLE-PAYOUT", "high", "bug", "double payment on concurrent approve", "conditional update first", d=+1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Adjuster authentication can be bypassed when the key is not configured.
        2. SQL and command injection in adjuster endpoints.
        3. Broken access control on claims and policies.
        4. Concurrency problems in fraud scoring and claim approval.
        5. Financial calculation errors in settlement.
        """,
        Block([
            F("ADJ-KEY-EMPTY", "blocker", "security", "Missing adjuster key configuration disables authentication",
              "Validate configuration at startup.", conf=0.9),
            F("SORT-INJECTION", "blocker", "security", "Unsanitized sort column in claim search query",
              "Use an allow-list.", d=-1, sd=-1, n=2, conf=0.9),
            F("PAGE-SKIP", "minor", "correctness", "Off-by-one in pagination offset",
              "Subtract one from page before multiplying.", d=-3, conf=0.7),
            F("CLAIM-IDOR", "major", "security", "Insecure direct object reference in get_claim",
              "Check claim ownership.", conf=0.85),
            F("POLICY-NOT-OWNED", "major", "security", "Policy ownership not verified when filing a claim",
              "Check policy.holder_id against the caller.", conf=0.8),
            F("DOC-NO-OWNER", "major", "security", "Upload endpoint ignores the authenticated holder",
              "Verify the claim belongs to the holder.", d=+1, sd=0, conf=0.7),
            F("DOC-PATH-TRAVERSAL", "major", "security", "Unsanitized upload filename allows directory traversal",
              "Use secure_filename.", d=-2, conf=0.85),
            F("FRAUD-CACHE-RACE", "major", "concurrency", "Thread-unsafe fraud score cache and statistics",
              "Protect the cache and counters with _lock.", d=+2, conf=0.75),
            F("DOUBLE-PAYOUT", "blocker", "concurrency", "Non-atomic claim approval may pay a claim twice",
              "Lock the claim row or use a status transition guard.", conf=0.85),
            F("LETTER-CMD-INJECTION", "blocker", "security", "Shell injection in letter rendering",
              "Avoid shell=True.", conf=0.9),
            F("NEGATIVE-PAYOUT", "major", "correctness", "Settlement may produce a negative payment",
              "Clamp at zero.", conf=0.8),
            F("LIMIT-BEFORE-DEDUCTIBLE", "minor", "correctness", "Coverage limit applied before deductible",
              "Apply the deductible first.", conf=0.6),
            F("INSTALLMENT-ZERO", "minor", "reliability", "Division by zero when n is 0",
              "Validate n.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 4 blocker, 6 major, 3 minor"),
    ]),
}
