"""test19/ts-skipass: a ski-resort lift pass service (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test19: seeded problems in a small ski-resort lift pass service; five agents' answers written by hand."
)

S = "src/server.ts"
G = "src/gates.ts"
PROBLEMS = {
    "JWT-DECODE": P(S, "jwt.decode(token)", "security", "jwt.decode instead of jwt.verify: any forged token (any sub, role staff) is accepted", "signature-vs-statement"),
    "JWT-NULL-USER": P(S, "jwt.decode(token)", "bug", "decode returns null for a missing or malformed token: next() runs with user null and handlers crash (extra, one agent)"),
    "JWT-SECRET-DEFAULT": P(S, "const JWT_SECRET = process.env.JWT_SECRET ||", "security", "hard-coded fallback signing secret"),
    "WEBHOOK-EMPTY-SECRET": P(S, "crypto.createHmac(\"sha256\", WEBHOOK_SECRET)", "security", "webhook secret defaults to empty: anyone can compute a valid signature"),
    "WEBHOOK-TIMING": P(S, "if (sig !== expected)", "security", "signature compared with !== (not constant time)"),
    "WEBHOOK-AMOUNT": P(S, "UPDATE passes SET paid = true", "bug", "any signed event marks the pass paid: no event type, amount or status check"),
    "AGE-BAND": P(S, "age < b.max", "bug", "age < max: a 5-year-old pays the child price, 15 pays adult, 64 gets the senior price", "off-by-one"),
    "PRICE-UNKNOWN-PRODUCT": P(S, "PRICES[product] * days", "bug", "unknown product: NaN price, the pass is stored with price NaN"),
    "DAYS-UNVALIDATED": P(S, "PRICES[product] * days", "security", "days not validated: 0, negative or fractional days give free or negative prices"),
    "LOGIN-MD5": P(S, "crypto.createHash(\"md5\")", "security", "passwords stored as unsalted MD5"),
    "LOGIN-NO-EXPIRY": P(S, "jwt.sign({ sub: rows[0].id", "security", "login tokens never expire"),
    "AGE-BY-YEAR": P(S, "const age = new Date().getFullYear()", "bug", "age from the year difference only: one year too old before the birthday, wrong age band", "off-by-one"),
    "PROMO-SQLI": P(S, "SELECT pct FROM promos WHERE code = '${promo}'", "security", "promo code from the body interpolated into SQL", "source-vs-sink"),
    "PROMO-REUSE": P(S, "if (rows.length) price = price", "bug", "promo code never consumed: single-use codes redeemable any number of times"),
    "SELLOUT-RACE": P(S, "if (sold >= DAILY_CAP)", "bug", "daily cap counted then inserted across awaits without a transaction: concurrent sales oversell", "critical-section"),
    "PASS-IDOR": P(S, "pool.query(\"SELECT * FROM passes WHERE id = $1\"", "security", "GET /passes/:id returns any guest's pass (no owner check)", "signature-vs-statement"),
    "RECEIPT-IDOR": P(S, "SELECT holder, product, price FROM passes", "security", "receipt of any pass readable by any logged-in guest"),
    "RECEIPT-XSS": P(S, "res.send(`<h1>Lift pass receipt", "security", "holder name written into the receipt HTML unescaped (stored XSS)", "signature-vs-statement"),
    "PHOTO-TRAVERSAL": P(S, "await fs.writeFile(file, req.body)", "security", "name query value joined into the photo path: write anywhere", "source-vs-sink"),
    "PHOTO-CMD": P(S, "exec(`convert ${file}", "security", "photo path (with the name query value) run through a shell"),
    "REFUND-TWICE": P(S, "await fetch(`${PAYMENT_API}/refunds`", "bug", "refunded flag never checked: the same pass can be refunded again and again"),
    "REFUND-UNCHECKED": P(S, "UPDATE passes SET refunded = true", "bug", "refund response never checked: pass marked refunded even when the payment API refused"),
    "GATE-NO-AUTH": P(S, "app.post(\"/gates/:gate/scan\"", "security", "gate scan endpoint unauthenticated: anyone can burn or probe scans"),
    "FEED-SSRF": P(S, "const r = await fetch(url)", "security", "feed query value fetched by the server (SSRF)", "source-vs-sink"),
    "GATE-BLOCKED": P(G, "if (!rows.length || !rows[0].paid)", "security", "blocked passes are still admitted (blocked never checked)"),
    "GATE-REFUNDED": P(G, "if (!rows.length || !rows[0].paid)", "security", "refunded passes are still admitted (refunded never checked)"),
    "GATE-DAY-BOUNDARY": P(G, "if (dayIndex > p.days)", "bug", "dayIndex > days: a 1-day pass works on a second day", "off-by-one"),
    "GATE-24H": P(G, "const dayIndex = Math.floor(", "bug", "validity counted in 24-hour periods from purchase time, not resort calendar days"),
    "PASSBACK-RACE": P(G, "await pool.query(\"INSERT INTO scans", "security", "anti-passback check and lastScan update straddle an await: two gates admit one pass", "critical-section"),
    "RIDES-NOT-RESET": P(G, "lastScan.clear();", "bug", "resetDay never clears dailyRides: daily ride counts accumulate forever"),
}

CONFUSABLE = [
    ("JWT-DECODE", "JWT-NULL-USER"),
    ("WEBHOOK-EMPTY-SECRET", "WEBHOOK-TIMING"),
    ("AGE-BAND", "PRICE-UNKNOWN-PRODUCT"),
    ("PRICE-UNKNOWN-PRODUCT", "DAYS-UNVALIDATED"),
    ("LOGIN-MD5", "LOGIN-NO-EXPIRY"),
    ("PROMO-SQLI", "PROMO-REUSE"),
    ("RECEIPT-IDOR", "RECEIPT-XSS"),
    ("PHOTO-TRAVERSAL", "PHOTO-CMD"),
    ("REFUND-TWICE", "REFUND-UNCHECKED"),
    ("GATE-BLOCKED", "GATE-REFUNDED"),
    ("GATE-24H", "GATE-DAY-BOUNDARY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The lift pass service has a broken trust root: `auth` decodes JWTs without verifying them, so every
        guest and "staff" check downstream is advisory. Beyond that, the sales path has an SQL injection and
        pricing errors, the photo upload allows path traversal and shell injection, and the gate logic admits
        passes it should not.

        Priorities:
        1. Verify tokens (`jwt.verify`) and stop using the fallback secret.
        2. Fix the injection points: promo SQL, photo path and `convert` command, receipt HTML.
        3. Pricing and validity: age bands, product/days validation, pass validity at the gate.
        4. Concurrency: the daily cap and anti-passback are check-then-act across `await`.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`auth` uses `jwt.decode`, which does not verify the signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })`; today anyone can mint a token with `role: \"staff\"`.",
              symbol="auth", conf=0.97),
            F("JWT-NULL-USER", "medium", "bug", "Requests without a token reach handlers with `user === null`",
              "`jwt.decode` returns null instead of throwing, so the `catch` never runs; reject when the result is null.",
              symbol="auth", conf=0.75),
            F("WEBHOOK-EMPTY-SECRET", "high", "security", "Payment webhook HMAC key defaults to an empty string",
              "Refuse to start without `PAY_WEBHOOK_SECRET`; with the default anyone can sign a 'paid' event.",
              symbol="POST /webhooks/payment", conf=0.85),
            F("AGE-BAND", "medium", "bug", "Age band boundaries are exclusive, contradicting the documented bands",
              "Use `age <= b.max`: a 5-year-old is charged the child rate and a 64-year-old gets the senior rate.",
              symbol="priceFor", conf=0.85),
            F("PRICE-UNKNOWN-PRODUCT", "medium", "bug", "Unknown `product` yields a NaN price",
              "Reject products not in `PRICES` with 400 before pricing.", symbol="priceFor", conf=0.8),
            F("LOGIN-MD5", "high", "security", "Passwords are hashed with unsalted MD5",
              "Use bcrypt/argon2 with a per-user salt and `timingSafeEqual` for the comparison.", symbol="POST /login", conf=0.9),
            F("LOGIN-NO-EXPIRY", "medium", "security", "Issued JWTs have no expiry",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.8),
            F("AGE-BY-YEAR", "low", "bug", "Age is computed from calendar years only",
              "Compare month and day as well; guests are a year older than they are until their birthday.",
              symbol="POST /passes", conf=0.7),
            F("PROMO-SQLI", "critical", "security", "SQL injection through the `promo` code",
              "Use `WHERE code = $1` with `[promo]`.", symbol="POST /passes", conf=0.95),
            F("PROMO-REUSE", "medium", "bug", "Promo codes are never marked as redeemed",
              "Record the redemption (and decrement remaining uses) in the same transaction as the pass insert.",
              symbol="POST /passes", conf=0.6),
            F("SELLOUT-RACE", "medium", "bug", "Daily cap can be exceeded under concurrent sales",
              "`soldToday()` and the insert are separate awaits; enforce the cap in SQL (a counter row with `UPDATE ... WHERE sold < cap`) or in a serializable transaction.",
              symbol="POST /passes", conf=0.75),
            F("PASS-IDOR", "high", "security", "`GET /passes/:id` does not check ownership",
              "Add `AND owner = $2` with the caller's `sub` (as the refund route does).", symbol="GET /passes/:id", conf=0.85),
            F("RECEIPT-XSS", "high", "security", "Receipt HTML interpolates `holder` without escaping",
              "Escape the values or render with a template engine that escapes by default.",
              symbol="GET /passes/:id/receipt", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload path includes the raw `name` query parameter",
              "Ignore the client name; store as `${id}.jpg` after checking the pass belongs to the caller.",
              symbol="POST /passes/:id/photo", conf=0.9),
            F("PHOTO-CMD", "critical", "security", "`exec` runs `convert` through a shell with the uploaded file name",
              "Use `execFile(\"convert\", [file, \"-resize\", \"400x400\", out])`.", symbol="POST /passes/:id/photo", conf=0.9),
            F("REFUND-TWICE", "high", "bug", "A pass can be refunded repeatedly",
              "Select `refunded` and return 409 when it is already set, atomically with the update.",
              symbol="POST /passes/:id/refund", conf=0.8),
            F("GATE-NO-AUTH", "high", "security", "Gate scan endpoint has no authentication",
              "Require a per-gate credential (mTLS or a gate token); anyone can consume rides or probe pass ids.",
              symbol="POST /gates/:gate/scan", conf=0.8),
            F("FEED-SSRF", "high", "security", "`/conditions` fetches any URL supplied in `feed`",
              "Drop the parameter or map feed names to fixed URLs.", symbol="GET /conditions", conf=0.9),
            F("GATE-BLOCKED", "high", "security", "Blocked passes still open the gate",
              "`blocked` is selected but never checked; return false when it is set.", symbol="admit", conf=0.85),
            F("GATE-REFUNDED", "high", "security", "Refunded passes are still admitted",
              "Also reject `refunded` passes.", symbol="admit", conf=0.85),
            F("GATE-DAY-BOUNDARY", "medium", "bug", "Passes are valid for one day more than purchased",
              "`dayIndex` is 0-based; the check should be `dayIndex >= p.days`.", symbol="admit", conf=0.85),
            F("PASSBACK-RACE", "medium", "security", "Anti-passback can be bypassed by simultaneous scans",
              "The `lastScan` check happens before the `await` and the update after it; set `lastScan` before awaiting, or enforce it in the database.",
              d=-1, n=2, symbol="admit", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts and src/gates.ts. 15 findings.",
        Block([
            F("JWT-DECODE", "critical", "security", "Tokens decoded, never verified", "jwt.verify with algorithms pinned.", d=-3),
            F("PROMO-SQLI", "critical", "security", "promo from request body reaches SQL string", "$1 placeholder.", d=-2),
            F("RECEIPT-XSS", "high", "security", "Unescaped holder in /passes/:id/receipt", "Escape HTML.", d=-3),
            F("FEED-SSRF", "high", "security", "SSRF via ?feed= on /conditions", "Fixed allow-list."),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal: req.query.name in photo path", "basename + fixed name.", d=-1),
            F("LOGIN-MD5", "high", "security", "MD5 password hashes", "argon2id."),
            F("PASS-IDOR", "high", "security", "GET /passes/:id: no owner filter", "owner = user.sub."),
            F("WEBHOOK-AMOUNT", "medium", "bug", "Webhook marks pass paid for any event",
              "Check event type and amount against the pass price."),
            F("SELLOUT-RACE", "medium", "concurrency", "Cap check not atomic with insert (TOCTOU)",
              "Single INSERT ... SELECT with the count, or a lock.", d=-1),
            F("REFUND-UNCHECKED", "medium", "bug", "refunded=true set even if refund call fails", "Check response.ok first."),
            F("AGE-BAND", "low", "bug", "Band lookup uses < instead of <=", "<=."),
            F("GATE-BLOCKED", "high", "security", "admit() ignores blocked flag", "Check rows[0].blocked."),
            F("GATE-DAY-BOUNDARY", "medium", "bug", "Validity check off by one day", "dayIndex >= p.days."),
            F("PASSBACK-RACE", "medium", "concurrency", "lastScan written only after awaited insert", "Set before await.", d=1),
            F("RIDES-NOT-RESET", "low", "bug", "resetDay leaves dailyRides intact", "dailyRides.clear()."),
        ], wrap="object", fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the ski-resort lift pass service. The codebase is compact, but it
        contains a number of significant security and business-logic issues.

        ### Key Concerns

        *   **Authentication:** The JWT handling does not verify signatures, and secrets fall back to weak defaults.
        *   **Injection:** SQL injection, command injection and Cross-Site Scripting are all present.
        *   **Business Logic:** Pricing, validity and gate admission do not match the documented rules.

        ### Security Issues
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="The `auth` middleware only decodes the token payload. An attacker can craft a token with any `sub` and `role`."),
            F("JWT-SECRET-DEFAULT", "HIGH", "Hardcoded Secret", "Hardcoded JWT Secret Fallback",
              "Fail at startup if `JWT_SECRET` is missing."),
            F("WEBHOOK-TIMING", "LOW", "Cryptography", "Non-Constant-Time Signature Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("LOGIN-MD5", "HIGH", "Cryptography", "Weak Password Hashing (MD5)",
              "Use bcrypt or argon2."),
            F("LOGIN-NO-EXPIRY", "MEDIUM", "Broken Authentication", "JWT Without Expiration",
              "Set `expiresIn` when signing tokens.", d=-2, sd=0),
            F("PROMO-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Promo Code Lookup",
              "Use a parameterized query."),
            F("PASS-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Pass Details",
              "Verify that the pass belongs to the authenticated user.", d=-1),
            F("RECEIPT-IDOR", "MEDIUM", "Broken Access Control", "Receipts Accessible for Any Pass",
              "Filter the receipt query by owner."),
            F("RECEIPT-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Receipt Page",
              "HTML-encode `holder` and `product`."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the file name with `path.basename`.", d=-1),
            F("PHOTO-CMD", "CRITICAL", "Command Injection", "Command Injection via ImageMagick Call",
              "Use `execFile` with an argument array."),
            F("FEED-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF in Conditions Feed",
              "Restrict the feed to known URLs.", d=-1),
            F("GATE-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Gate Scan Endpoint",
              "Authenticate the gate devices."),
        ], wrap="list"),
        """
        ### Business Logic and Reliability
        """,
        Block([
            F("AGE-BAND", "MEDIUM", "Business Logic", "Children Aged 5 Are Charged",
              "Use an inclusive comparison when selecting the age band.", d=2,
              desc="Because `find` uses `<`, a guest aged exactly 5 falls into the 0.6 band instead of the free band."),
            F("DAYS-UNVALIDATED", "HIGH", "Business Logic", "Negative or Zero Days Allowed",
              "Validate that `days` is a positive integer."),
            U({"severity": "LOW", "category": "Code Quality", "description": "Avoid `as any` casts on the request object."}),
            F("PASSBACK-RACE", "MEDIUM", "Race Condition", "Duplicate Scans Recorded Under Concurrent Requests",
              "Perform the anti-passback check and the insert atomically."),
            F("GATE-REFUNDED", "HIGH", "Business Logic", "Refunded Passes Remain Valid at Gates",
              "Check the `refunded` column in `admit`."),
            F("GATE-24H", "MEDIUM", "Business Logic", "Pass Validity Based on Rolling 24h Windows",
              "Compute the day index from the resort's local calendar date."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE", "error", "security", "jwt.decode does not verify", "jwt.verify"),
            F("PROMO-SQLI", "error", "security", "sql injection via promo", "parametrize"),
            F("PHOTO-CMD", "error", "security", "shell injection in convert exec", "execFile"),
            F("RECEIPT-XSS", "error", "security", "xss in receipt", "escape"),
            F("FEED-SSRF", "error", "security", "ssrf in /conditions", "allowlist"),
            F("LOGIN-MD5", "warning", "security", "md5 passwords", "bcrypt"),
            F("PRICE-UNKNOWN-PRODUCT", "warning", "", "unknown product -> NaN price", "validate product"),
            F("RIDES-NOT-RESET", "info", "bug", "dailyRides never cleared", "clear it in resetDay"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication relies on unverified JWTs and weak secrets.
        2. Injection vulnerabilities in pass purchase (SQL) and photo upload (command, path).
        3. Access-control gaps on passes and gates.
        4. Several pricing and validity defects.
        5. Refund and sales flows are not safe under repetition or concurrency.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Unverified JWT in auth middleware", "Use jwt.verify.", conf=0.95),
            F("JWT-SECRET-DEFAULT", "major", "security", "Default JWT secret in source", "Require the env variable.", conf=0.8),
            F("WEBHOOK-EMPTY-SECRET", "major", "security", "Empty webhook secret accepted", "Require a secret.", conf=0.75),
            F("PROMO-SQLI", "blocker", "security", "SQL injection through promo parameter", "Use query parameters.", d=-2, conf=0.9),
            F("LOGIN-MD5", "major", "security", "Insecure MD5 password hashing", "Use a slow salted hash.", conf=0.85),
            F("AGE-BAND", "major", "correctness", "Age band boundary off by one", "Use <= in the band lookup.", conf=0.8),
            F("DAYS-UNVALIDATED", "major", "correctness", "Days parameter not validated", "Reject non-positive days.", conf=0.7),
            F("AGE-BY-YEAR", "minor", "correctness", "Imprecise age calculation", "Account for the birth date.", d=1, conf=0.6),
            F("SELLOUT-RACE", "major", "concurrency", "Daily cap check and insert not in one transaction",
              "Wrap in a transaction with a lock.", d=2, n=2, conf=0.7),
            F("PASS-IDOR", "major", "security", "Missing ownership check on pass lookup", "Filter by owner.", conf=0.8),
            F("PHOTO-TRAVERSAL", "major", "security", "Unsanitized file name in photo upload", "Use path.basename.", conf=0.85),
            F("PHOTO-CMD", "blocker", "security", "Shell command built from file path", "Use execFile.", conf=0.85),
            F("REFUND-TWICE", "major", "data-integrity", "Refund can be issued multiple times",
              "Check the refunded flag before refunding.", conf=0.75),
            F("GATE-NO-AUTH", "major", "security", "Gate endpoint lacks authentication", "Authenticate gates.", conf=0.7),
            F("GATE-BLOCKED", "major", "security", "Blocked passes not rejected at the gate", "Check blocked.", conf=0.8),
            F("GATE-DAY-BOUNDARY", "minor", "correctness", "Day-pass validity extends one day too long",
              "Compare with >=.", d=-1, conf=0.7),
            F("PASSBACK-RACE", "minor", "concurrency", "Anti-passback check is not atomic", "Use an atomic update.", d=-1, conf=0.6),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 11 major, 3 minor"),
    ]),
}
