"""test77/ts-motobays: a motorcycle test centre's booking desk (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only splits/README.md's general and test37 sections, the builder and
specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split test77 (round 40): seeded problems in a motorcycle test centre's "
    "bookings (test bays, inspectors, certificates, retests); five agents' answers written by hand."
)

S = "server.ts"
AU = "auth.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(AU, 'process.env.JWT_SECRET || "motobays-dev-secret"', "security",
                            "JWT secret falls back to a hard-coded default: anyone can mint inspector tokens"),
    "CUSTOMER-JWT-DECODE": P(AU, "const claims = jwt.decode(bearer(req)) as Claims;", "security",
                             "customer middleware uses jwt.decode, never verifying the signature: any forged sub is accepted",
                             "signature-vs-statement"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");', "security",
                      "CORS reflects any Origin together with Allow-Credentials"),
    "LOGIN-UNSALTED": P(S, "rows[0].password_hash !== sha256(password)", "security",
                        "passwords stored as unsalted SHA-256"),
    "LOGIN-TIMING": P(S, "rows[0].password_hash !== sha256(password)", "security",
                      "password hash compared with !== instead of a constant-time compare"),
    "LOGIN-NO-EXPIRY": P(S, 'res.json({ token: jwt.sign({ sub: String(rows[0].id), role: "customer" }, JWT_SECRET) });',
                         "security", "customer token signed without expiresIn: valid forever"),
    "SLOTS-SQLI": P(S, "`SELECT starts_at FROM bookings WHERE bay = ${bay} AND starts_at::date = $1`", "security",
                    "bay query value interpolated into the SQL: injection", "source-vs-sink"),
    "SLOTS-OFF-BY-ONE": P(S, "for (let i = 0; i <= (OPEN_HOURS * 60) / SLOT_MINUTES; i++) {", "bug",
                          "<= offers a 13th slot starting at closing time (17:00-17:45)", "off-by-one"),
    "RETEST-FREE-UNCHECKED": P(S, "if (retestOf) fee = 0;", "security",
                               "any retestOf value in the body makes the test free: no check of a failed test, owner or window",
                               "source-vs-sink"),
    "BOOKING-CLASH-RACE": P(S, 'if (clash.rowCount) return res.status(409).json({ error: "slot taken" });', "bug",
                            "clash check then insert without a constraint or transaction: two riders get one bay slot",
                            "critical-section"),
    "BOARD-COUNT-STALE": P(S, "bayLoad.set(day, (bayLoad.get(day) ?? 0) + 1);", "bug",
                           "lobby board count only ever grows: cancellations never decrement it, restarts zero it"),
    "BOOKING-IDOR": P(S, 'pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.id]);', "security",
                      "GET /bookings/:id returns any customer's booking (no customer_id filter)",
                      "signature-vs-statement"),
    "CANCEL-DOUBLE-REFUND": P(S, "const refund = hoursAhead > 24 ? Number(rows[0].fee) : 0;", "bug",
                              "select, refund and delete not serialised: two concurrent cancels both insert a refund",
                              "critical-section"),
    "CANCEL-NOT-ATOMIC": P(S, 'await pool.query("INSERT INTO refunds (booking_id, amount) VALUES ($1, $2)"', "bug",
                           "delete and refund insert are separate statements outside a transaction: a failure loses the refund"),
    "RESULT-UNVALIDATED": P(S, "const { outcome, mileage, defects } = req.body;", "bug",
                            "outcome and mileage taken from the body unchecked (any string, negative or lower mileage)"),
    "RESULT-OVERWRITE": P(S, 'pool.query("SELECT registration FROM bookings WHERE id = $1", [req.params.id]);', "bug",
                          "a result can be recorded again over an existing one: a fail becomes a pass with a new serial"),
    "CERT-SERIAL-RESTART": P(S, "String(++certSerial).padStart(6", "bug",
                             "certificate serial from an in-memory counter: restarts (or a second instance) reissue serials"),
    "CERT-ON-FAIL": P(S, "String(++certSerial).padStart(6", "bug",
                      "a certificate serial is issued and stored even when the bike fails"),
    "CERT-TRAVERSAL": P(S, "res.sendFile(path.join(CERT_DIR, req.params.file));", "security",
                        "decoded :file param joined to CERT_DIR: ..%2F reads any file, unauthenticated",
                        "signature-vs-statement"),
    "RETEST-WINDOW": P(S, "const eligible = rows[0].outcome === \"fail\" && days < RETEST_DAYS;", "bug",
                       "days < RETEST_DAYS refuses the free retest on the tenth day", "off-by-one"),
    "DAY-IN-MEMORY": P(S, "ORDER BY b.starts_at, b.bay\", [day]);", "performance",
                       "whole day loaded from the database and paged in memory"),
    "DAY-SLICE-EXTRA": P(S, "rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE + 1);", "bug",
                         "slice end + 1: each page repeats the first row of the next", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns message and stack trace to the client"),
}

CONFUSABLE = [
    ("LOGIN-UNSALTED", "LOGIN-TIMING"),
    ("LOGIN-TIMING", "LOGIN-NO-EXPIRY"),
    ("LOGIN-UNSALTED", "LOGIN-NO-EXPIRY"),
    ("RETEST-FREE-UNCHECKED", "BOOKING-CLASH-RACE"),
    ("CANCEL-DOUBLE-REFUND", "CANCEL-NOT-ATOMIC"),
    ("RESULT-UNVALIDATED", "RESULT-OVERWRITE"),
    ("RESULT-OVERWRITE", "CERT-SERIAL-RESTART"),
    ("RESULT-OVERWRITE", "CERT-ON-FAIL"),
    ("CERT-SERIAL-RESTART", "CERT-ON-FAIL"),
    ("RESULT-UNVALIDATED", "CERT-ON-FAIL"),
    ("DAY-IN-MEMORY", "DAY-SLICE-EXTRA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        Motobays is a compact Express service and several parts are done right: `inspector` verifies the token and
        its role, `manager` fails closed and compares with a length check before `timingSafeEqual`, cancellation and
        the retest lookup filter on `customer_id`, `/me/bookings` caps its limit, the bay assignment checks
        `1..BAYS`, and the body parser has a size limit. The problems cluster in the customer side of authentication
        and in the booking and certificate flows.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | customer tokens are decoded, not verified |
        | P0 | slots, certificates | SQL injection, path traversal |
        | P1 | bookings | free retests on request, double bookings, foreign bookings readable |
        | P1 | results | results overwritable, serials reissued, serial on failures |
        | P2 | paging, windows | slot list, retest window and day sheet bounds |

        Security findings:
        """,
        Block([
            F("CUSTOMER-JWT-DECODE", "critical", "security", "`customer` middleware accepts unsigned tokens",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` as `inspector` does.",
              symbol="customer", conf=0.95),
            F("SLOTS-SQLI", "critical", "security", "SQL injection via `bay` in GET /slots",
              "Pass `bay` as a parameter (`bay = $2`) after parsing it as an integer in `1..BAYS`.",
              symbol="GET /slots", conf=0.95),
            F("CERT-TRAVERSAL", "high", "security", "Path traversal in certificate download",
              "Use `res.sendFile(req.params.file, { root: CERT_DIR })` and validate the serial format.",
              symbol="GET /certificates/:file", conf=0.85),
            F("BOOKING-IDOR", "high", "security", "Any customer can read any booking",
              "Add `AND customer_id = $2` like the cancel route.", symbol="GET /bookings/:id", conf=0.9),
            F("RETEST-FREE-UNCHECKED", "high", "security", "Free retest granted on the client's say-so",
              "Look up `retestOf`: it must be the caller's booking, outcome `fail`, within `RETEST_DAYS`.",
              symbol="POST /bookings", conf=0.85),
            F("LOGIN-UNSALTED", "high", "security", "Passwords hashed with unsalted SHA-256",
              "Use bcrypt/argon2 (or `crypto.scrypt` with a per-user salt).", symbol="POST /login", conf=0.85),
            F("LOGIN-NO-EXPIRY", "medium", "security", "Customer JWT never expires",
              "Add `expiresIn` (e.g. `\"12h\"`).", symbol="POST /login", conf=0.75),
        ]),
        "Correctness:",
        Block([
            F("BOOKING-CLASH-RACE", "high", "bug", "Double booking of a bay slot under concurrency",
              "Add a unique index on `(bay, starts_at)` and translate the unique violation into 409.",
              d=-1, n=2, symbol="POST /bookings", conf=0.8),
            F("CANCEL-DOUBLE-REFUND", "high", "bug", "Concurrent cancellations can refund twice",
              "Do `DELETE ... WHERE id = $1 AND customer_id = $2 RETURNING fee` and refund only when a row came back.",
              symbol="POST /bookings/:id/cancel", conf=0.75),
            F("RESULT-OVERWRITE", "high", "bug", "Test result can be recorded twice",
              "Only update when `outcome IS NULL`; otherwise 409.", symbol="POST /bookings/:id/result", conf=0.8),
            F("CERT-SERIAL-RESTART", "high", "bug", "Certificate serials repeat after a restart",
              "Use a database sequence for serials.", symbol="POST /bookings/:id/result", conf=0.85),
            F("CERT-ON-FAIL", "medium", "bug", "Failed tests get a certificate serial",
              "Issue the serial only when `outcome === \"pass\"`.", symbol="POST /bookings/:id/result", conf=0.7),
            F("SLOTS-OFF-BY-ONE", "medium", "bug", "Slot list offers a slot at closing time",
              "Loop while `i < (OPEN_HOURS * 60) / SLOT_MINUTES`: 12 slots, the last at 16:15.",
              symbol="GET /slots", conf=0.8),
            F("RETEST-WINDOW", "medium", "bug", "Retest window excludes its last day",
              "Use `days <= RETEST_DAYS`.", symbol="GET /bookings/:id/retest", conf=0.7),
            F("DAY-SLICE-EXTRA", "low", "bug", "Day sheet pages overlap by one row",
              "Slice to `page * PAGE_SIZE`.", symbol="GET /manager/day", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("CUSTOMER-JWT-DECODE", "critical", "security", "customer(): jwt.decode, no signature check",
              "jwt.verify.", d=-2),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret", "Fail at startup if unset."),
            F("SLOTS-SQLI", "critical", "security", "SQLi: req.query.bay in template literal", "$2 param.", d=-2),
            F("CERT-TRAVERSAL", "high", "security", "sendFile(path.join(CERT_DIR, :file)) traversal",
              "root option.", d=-1),
            F("BOOKING-IDOR", "high", "security", "GET /bookings/:id no owner filter", "customer_id = $2.", d=-1),
            F("RETEST-FREE-UNCHECKED", "high", "security", "retestOf trusted -> free test", "Verify the failed booking.",
              d=-2),
            F("LOGIN-TIMING", "low", "security", "Non-constant-time hash compare", "timingSafeEqual."),
            F("CANCEL-DOUBLE-REFUND", "medium", "bug", "Refund race on concurrent cancel",
              "DELETE ... RETURNING in one tx.", d=2),
            F("RESULT-UNVALIDATED", "medium", "bug", "outcome/mileage not validated", "Enum + integer check."),
            F("RETEST-WINDOW", "low", "bug", "Retest eligibility off by one day", "<=.", d=-1),
            F("DAY-SLICE-EXTRA", "low", "bug", "Page returns 21 rows", "page * PAGE_SIZE."),
            F("ERROR-STACK-LEAK", "medium", "security", "Stack trace in 500 response", "Log it; return a generic message."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Motobays server, an Express application backed by PostgreSQL that handles
        test-bay bookings, inspector results, certificates and retests for a motorcycle test centre.

        ### Authentication and Access Control

        The customer-facing authentication does not verify tokens, the signing secret has an insecure default, and
        several routes expose data or files without the appropriate checks.
        """,
        Block([
            F("CUSTOMER-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified for Customers",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only parses the payload; an attacker can craft a token with any `sub` and act as any customer.",
              sd=-2, n=3),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hard-coded Default JWT Secret",
              "Require `JWT_SECRET` to be set."),
            F("SLOTS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Slot Search",
              "Use a parameterized query for `bay`.", sd=-2, n=3),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Download",
              "Restrict file names to the certificate serial pattern."),
            F("BOOKING-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Filter by the authenticated customer."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Allow only the booking site's origin.", d=1, sd=-1, n=3,
              desc="The server reflects any `Origin` header and also allows credentials."),
            F("LOGIN-UNSALTED", "HIGH", "Cryptographic Failure", "Weak Password Hashing",
              "Use a slow, salted password hash such as bcrypt."),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Return a generic error message."),
        ], wrap="list"),
        """
        ### Data Integrity and Performance
        """,
        Block([
            F("BOOKING-CLASH-RACE", "HIGH", "Race Condition", "Race Condition in Slot Booking",
              "Enforce uniqueness in the database.", sd=-1, n=2),
            F("CERT-SERIAL-RESTART", "HIGH", "Logic Error", "Certificate Serial Counter Is Not Persistent",
              "Generate serials from a database sequence.",
              desc="`certSerial` starts at 0 on every start, so serials such as MB-2026-000001 are issued again."),
            F("CERT-ON-FAIL", "MEDIUM", "Logic Error", "Certificate Serial Assigned to Failed Tests",
              "Assign a serial only for passes.", d=-2),
            F("BOARD-COUNT-STALE", "LOW", "Logic Error", "Lobby Board Count Never Decreases",
              "Derive the count from the database or decrement it on cancellation."),
            U({"severity": "LOW", "category": "Maintainability", "suggestion": "Split routes into separate routers."}),
            F("DAY-IN-MEMORY", "MEDIUM", "Performance", "Day Sheet Fetches All Rows Before Paging",
              "Use LIMIT and OFFSET in SQL."),
            F("DAY-SLICE-EXTRA", "LOW", "Logic Error", "Pagination Returns an Extra Row",
              "Remove the `+ 1` from the slice end.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("CUSTOMER-JWT-DECODE", "error", "security", "jwt.decode used instead of verify", "jwt.verify"),
            F("SLOTS-SQLI", "error", "security", "sql injection via bay", "bind param"),
            F("CERT-TRAVERSAL", "error", "security", "path traversal in /certificates", "use root option"),
            F("BOOKING-IDOR", "warning", "security", "booking readable by any customer", "filter customer_id"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("LOGIN-NO-EXPIRY", "warning", "security", "jwt without expiry", "expiresIn"),
            F("CANCEL-NOT-ATOMIC", "warning", "", "delete + refund not in a transaction", "BEGIN/COMMIT"),
            F("ERROR-STACK-LEAK", "warning", "security", "stack trace leaked to client", "generic error"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: unverified customer tokens, default JWT secret, unsalted password hashes.
        2. Injection and file access: SQL injection in /slots, path traversal in /certificates.
        3. Business logic: free retests, result overwrite, non-persistent certificate serials.
        4. Concurrency: double booking of a slot.
        5. Bounds: slot generation, retest window and day-sheet paging.
        """,
        Block([
            F("CUSTOMER-JWT-DECODE", "blocker", "security", "Customer JWT is decoded without verification",
              "Use jwt.verify with the secret.", d=1, conf=0.9),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret in code",
              "Remove the fallback.", conf=0.85),
            F("LOGIN-UNSALTED", "major", "security", "Unsalted SHA-256 password hashes",
              "Use bcrypt or argon2.", conf=0.8),
            F("CORS-REFLECT", "minor", "security", "CORS reflects arbitrary origins with credentials",
              "Use an allowlist.", conf=0.7),
            F("CERT-TRAVERSAL", "major", "security", "Directory traversal in certificate endpoint",
              "Validate the file name.", conf=0.85),
            F("RETEST-FREE-UNCHECKED", "major", "correctness", "Retest fee waived without verification",
              "Validate the referenced failed test.", conf=0.8),
            F("BOOKING-CLASH-RACE", "major", "concurrency", "Race condition between clash check and insert",
              "Use a unique constraint.", d=-2, conf=0.75),
            F("CANCEL-NOT-ATOMIC", "minor", "reliability", "Cancellation and refund are not transactional",
              "Wrap both statements in a transaction.", conf=0.7),
            F("RESULT-OVERWRITE", "major", "correctness", "Existing test results can be overwritten",
              "Reject when an outcome exists.", d=1, conf=0.7),
            F("CERT-SERIAL-RESTART", "major", "correctness", "Certificate serial counter resets on restart",
              "Persist the counter.", conf=0.8),
            F("SLOTS-OFF-BY-ONE", "minor", "correctness", "Off-by-one: extra slot after closing time",
              "Use < instead of <=.", d=1, conf=0.75),
            F("RETEST-WINDOW", "minor", "correctness", "Off-by-one in retest eligibility window",
              "Use <= RETEST_DAYS.", conf=0.7),
            F("DAY-SLICE-EXTRA", "minor", "correctness", "Off-by-one in day sheet pagination",
              "Remove + 1.", conf=0.8),
            F("ERROR-STACK-LEAK", "major", "security", "Error handler leaks stack traces",
              "Do not send err.stack.", conf=0.85),
        ], wrap="object+summary", summary="14 issues: 1 blocker, 8 major, 5 minor"),
    ]),
}
