"""test75/ts-inkchair: a tattoo studio's appointment book (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning set or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test75 (for round 39): seeded problems in a tattoo studio's appointment book; five agents' "
    "answers written by hand."
)

A = "auth.ts"
S = "server.ts"
PROBLEMS = {
    "JWT-DECODE-NOT-VERIFIED": P(A, "const claims = jwt.decode(token);", "security",
                                 "clientFromToken uses jwt.decode: any unsigned or forged token is accepted as a client",
                                 "signature-vs-statement"),
    "TOKEN-IN-QUERY": P(A, "const token = (req.headers.authorization ?? `Bearer ${req.query.token", "security",
                        "bearer token accepted from ?token=: it ends up in logs, history and Referer headers"),
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "inkchair-dev-secret";', "security",
                             "hard-coded fallback signing secret: with JWT_SECRET unset anyone can mint artist tokens"),
    "LOGIN-PLAINTEXT-PASSWORD": P(S, "if (!row || row.password !== password)", "security",
                                  "passwords stored and compared in plain text (and not in constant time)"),
    "TOKEN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign(", "security",
                         "login tokens are signed without expiresIn: a leaked token is valid forever"),
    "ARTIST-BIO-XSS": P(S, '<div class="bio">${a.bio}</div>', "security",
                        "artist bio rendered unescaped on the artist page (name and style on the same line are escaped)"),
    "SLOT-CACHE-STALE": P(S, "if (cached) return res.json(cached);", "bug",
                          "slot cache never invalidated: a slot booked after the first listing keeps showing as free"),
    "SLOT-CACHE-UNBOUNDED": P(S, "slotCache.set(key, free);", "performance",
                              "slot cache keyed by any artist id and day string, never evicted"),
    "SLOTS-CLOSING-HOUR": P(S, "for (let h = OPEN_HOUR; h <= CLOSE_HOUR; h++)", "bug",
                            "<= CLOSE_HOUR offers a slot starting at closing time", "off-by-one"),
    "DEPOSIT-FROM-BODY": P(S, "const deposit = Number(req.body.depositCents", "bug",
                           "deposit amount taken from the request body: a client can book with a deposit of 0"),
    "HOURS-UNCHECKED": P(S, "const hours = Number(req.body.hours ?? 1);", "bug",
                         "hours not validated: 0, negative or NaN hours never clash and produce odd deposits"),
    "AGE-YEAR-ONLY": P(S, "const age = new Date().getFullYear() - born.getFullYear();", "bug",
                       "age computed from the birth year only: a 17-year-old whose birthday is later this year passes",
                       "off-by-one"),
    "BIRTHDATE-NAN-PASSES": P(S, "if (age < 18) return", "bug",
                              "missing or invalid birthDate gives NaN, and NaN < 18 is false: the age check passes"),
    "BOOK-CLASH-RACE": P(S, "if (clash.rowCount) return", "bug",
                         "clash check and INSERT are separate queries without a transaction or constraint: double booking",
                         "critical-section"),
    "APPT-IDOR": P(S, 'pool.query("SELECT * FROM appointments WHERE id = $1"', "security",
                   "GET /appointments/:id does not check that the appointment is the caller's", "signature-vs-statement"),
    "APPT-ALL-COLUMNS": P(S, 'pool.query("SELECT * FROM appointments WHERE id = $1"', "security",
                          "SELECT * returns internal columns (payment_ref, deposit data) to the client"),
    "CANCEL-NOT-OWNER": P(S, '"SELECT id, starts_at, deposit_cents, status, payment_ref FROM appointments WHERE id = $1"', "security",
                          "any logged-in client can cancel (and trigger the refund of) anyone's appointment",
                          "signature-vs-statement"),
    "CANCEL-DOUBLE-REFUND": P(S, "if (hoursAhead > 48) await refundDeposit(", "bug",
                              "status check, refund and status update are not atomic: two concurrent cancels refund twice",
                              "critical-section"),
    "REFUND-FAILURE-IGNORED": P(S, 'if (!resp.ok) console.warn("refund failed"', "bug",
                                "a failed refund is only logged; the cancel still answers refunded: true"),
    "REFUND-NO-TIMEOUT": P(S, "const resp = await fetch(`${PAY_API}/refunds`", "bug",
                           "refund call has no timeout: a hung payment API hangs the cancel request"),
    "WEBHOOK-SIG-OPTIONAL": P(S, "if (sig && sig !== expected)", "security",
                              "a request without x-pay-signature skips verification: anyone can confirm appointments as paid"),
    "WEBHOOK-SIG-TIMING": P(S, "if (sig && sig !== expected)", "security",
                            "HMAC signature compared with !== instead of timingSafeEqual"),
    "CONSENT-SQLI": P(S, "VALUES ($1, $2, '${allergies}', now())", "security",
                      "allergies text interpolated into the consent INSERT (the other values are bound)", "source-vs-sink"),
    "CONSENT-APPT-NOT-OWNED": P(S, "[client.sub, req.body.appointmentId],", "security",
                                "consent can be signed against another client's appointment id (extra, one agent)"),
    "DESIGN-TRAVERSAL": P(S, "res.sendFile(path.join(DESIGN_DIR, file));", "security",
                          "decoded :file param joined to DESIGN_DIR: ..%2F reads any file", "source-vs-sink"),
    "DESK-PAGE-DROPS-ROW": P(S, "rows.slice(start, start + PAGE_SIZE - 1)", "bug",
                             "slice end is start + PAGE_SIZE - 1: the last appointment of every page is dropped",
                             "off-by-one"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                     "error handler returns message and stack trace to the client"),
}

CONFUSABLE = [
    ("JWT-DECODE-NOT-VERIFIED", "TOKEN-IN-QUERY"),
    ("LOGIN-PLAINTEXT-PASSWORD", "TOKEN-NO-EXPIRY"),
    ("SLOT-CACHE-UNBOUNDED", "SLOTS-CLOSING-HOUR"),
    ("DEPOSIT-FROM-BODY", "HOURS-UNCHECKED"),
    ("AGE-YEAR-ONLY", "BIRTHDATE-NAN-PASSES"),
    ("APPT-IDOR", "APPT-ALL-COLUMNS"),
    ("REFUND-FAILURE-IGNORED", "REFUND-NO-TIMEOUT"),
    ("WEBHOOK-SIG-OPTIONAL", "WEBHOOK-SIG-TIMING"),
    ("CONSENT-SQLI", "CONSENT-APPT-NOT-OWNED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        Inkchair is an Express 4 + pg service with two auth paths, and they are not equally strong. `requireArtist`
        verifies tokens with `jwt.verify` pinned to HS256, and `frontDesk` fails closed with a length check before
        `timingSafeEqual`; design uploads whitelist the extension and store under a random UUID; reminders go through
        `execFile` with a timeout. The client path, though, only *decodes* tokens, which undermines most of the
        per-client checks below it.

        1. **Client authentication is forgeable** (`clientFromToken`), the signing secret has a hard-coded fallback,
           and login compares plaintext passwords and issues tokens that never expire.
        2. **Missing ownership checks** on appointment details and cancellation.
        3. **Injection**: the consent INSERT interpolates `allergies`; the design download joins a decoded path
           parameter; the artist page renders `bio` raw.
        4. **Money and booking integrity**: client-chosen deposits, a clash check that races, double refunds,
           refund failures reported as success, and a webhook that accepts unsigned calls.
        5. **Off-by-one**: the closing-hour slot, the age check and the desk pager.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "critical", "security", "Client tokens are decoded, never verified",
              "Use `jwt.verify(token, secret, { algorithms: [\"HS256\"] })` as `requireArtist` does; `jwt.decode` accepts a token with any signature or none.",
              symbol="clientFromToken", conf=0.95),
            F("JWT-SECRET-FALLBACK", "high", "security", "JWT signing secret falls back to a hard-coded string",
              "Refuse to start without `JWT_SECRET`; with the fallback anyone who reads the repo can mint artist tokens.",
              conf=0.9),
            F("LOGIN-PLAINTEXT-PASSWORD", "high", "security", "Passwords are stored and compared in plain text",
              "Store bcrypt/argon2 hashes and compare with the library's verify function.",
              symbol="POST /login", conf=0.85),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Login tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` (or shorter) to `jwt.sign`.", symbol="POST /login", conf=0.8),
            F("ARTIST-BIO-XSS", "high", "security", "Stored XSS through the artist bio",
              "Wrap `a.bio` in `esc()` like the name and style on the same line.", symbol="GET /artists/:id/page", conf=0.9),
            F("SLOT-CACHE-STALE", "medium", "bug", "Free-slot cache is never invalidated after a booking",
              "Delete the artist/day key when an appointment is created or cancelled, or give entries a short TTL.",
              symbol="GET /artists/:id/slots", conf=0.75),
            F("SLOTS-CLOSING-HOUR", "medium", "bug", "Slot list includes the closing hour",
              "Use `h < CLOSE_HOUR`; today a client can book a session starting at 19:00 when the studio closes.",
              symbol="GET /artists/:id/slots", conf=0.8),
        ]),
        "And in the booking, cancellation and admin paths:",
        Block([
            F("DEPOSIT-FROM-BODY", "high", "bug", "Client chooses its own deposit amount",
              "Compute the deposit on the server (`DEPOSIT_CENTS * hours`) and ignore `depositCents` from the body.",
              symbol="POST /appointments", conf=0.85),
            F("AGE-YEAR-ONLY", "medium", "bug", "Age check uses the birth year only",
              "Compare full dates (birthday this year or not); a client who turns 18 in December passes in January.",
              symbol="POST /appointments", conf=0.8),
            F("BIRTHDATE-NAN-PASSES", "medium", "bug", "Invalid or missing birthDate passes the age check",
              "`new Date(undefined)` gives NaN and `NaN < 18` is false; reject when `isNaN(born.getTime())`.",
              symbol="POST /appointments", conf=0.75),
            F("BOOK-CLASH-RACE", "high", "bug", "Clash check and insert race: an artist can be double-booked",
              "Use an exclusion constraint on `(artist_id, tstzrange)` or do both in a SERIALIZABLE transaction.",
              symbol="POST /appointments", conf=0.8),
            F("APPT-IDOR", "high", "security", "Any client can read any appointment",
              "Add `AND client_id = $2` with `client.sub`.", symbol="GET /appointments/:id", conf=0.9),
            F("APPT-ALL-COLUMNS", "low", "security", "`SELECT *` exposes internal appointment columns",
              "Select the columns the client needs; `payment_ref` should not leave the server.",
              symbol="GET /appointments/:id", conf=0.6),
            F("CANCEL-NOT-OWNER", "high", "security", "Cancellation does not check ownership",
              "Filter by `client_id`; today any logged-in client can cancel someone else's booking and trigger its refund.",
              symbol="POST /appointments/:id/cancel", conf=0.85),
            F("CANCEL-DOUBLE-REFUND", "high", "bug", "Concurrent cancels can refund the deposit twice",
              "Flip the status first with `UPDATE ... SET status = 'cancelled' WHERE id = $1 AND status <> 'cancelled' RETURNING ...` and refund only if a row came back.",
              symbol="POST /appointments/:id/cancel", conf=0.8),
            F("REFUND-FAILURE-IGNORED", "medium", "bug", "A failed refund is reported as refunded",
              "Throw (or return a status) from `refundDeposit` when `!resp.ok` and report it to the client.",
              symbol="refundDeposit", conf=0.75),
            F("WEBHOOK-SIG-OPTIONAL", "critical", "security", "Deposit webhook accepts requests without a signature",
              "Reject when the header is missing: `if (!sig || ...)`.", symbol="POST /webhooks/deposit", conf=0.9),
            F("WEBHOOK-SIG-TIMING", "low", "security", "Webhook signature compared with `!==`",
              "Compare with `crypto.timingSafeEqual` on equal-length buffers.", symbol="POST /webhooks/deposit", conf=0.6),
            F("CONSENT-SQLI", "critical", "security", "SQL injection via `allergies` in the consent INSERT",
              "Bind it as `$3` like the other values.", symbol="POST /consents", conf=0.95),
            F("DESIGN-TRAVERSAL", "high", "security", "Path traversal in design download",
              "Express decodes `%2F` in params; use `path.basename(file)` or `res.sendFile(file, { root: DESIGN_DIR })`.",
              symbol="GET /designs/:file", conf=0.85),
            F("DESK-PAGE-DROPS-ROW", "medium", "bug", "Desk day view drops one appointment per page",
              "`slice` excludes its end; use `start + PAGE_SIZE`.", symbol="GET /desk/day", conf=0.85),
            F("ERROR-STACK", "medium", "security", "Stack traces returned to clients",
              "Log `err` server-side and return a generic message.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "critical", "security", "clientFromToken trusts jwt.decode (no signature check)",
              "jwt.verify w/ secret + algorithms.", d=-2),
            F("CONSENT-SQLI", "critical", "security", "SQLi: allergies template-interpolated in INSERT",
              "bind $3.", d=-2),
            F("DESIGN-TRAVERSAL", "high", "security", "GET /designs/:file path traversal (decoded param)",
              "basename + root option.", d=-1),
            F("WEBHOOK-SIG-OPTIONAL", "critical", "security", "Webhook skips HMAC check when header absent",
              "require signature."),
            F("APPT-IDOR", "high", "security", "IDOR on GET /appointments/:id",
              "filter by client_id.", d=-3),
            F("CANCEL-NOT-OWNER", "high", "security", "IDOR on cancel: no client_id filter",
              "filter by client_id.", d=-3),
            F("JWT-SECRET-FALLBACK", "high", "security", "Default JWT secret",
              "fail if unset."),
            F("TOKEN-NO-EXPIRY", "medium", "security", "jwt.sign without expiresIn",
              "expiresIn."),
            F("DEPOSIT-FROM-BODY", "high", "bug", "depositCents accepted from client",
              "compute server-side."),
            F("HOURS-UNCHECKED", "medium", "bug", "hours unvalidated (0/negative/NaN)",
              "integer 1..8."),
            F("BOOK-CLASH-RACE", "high", "bug", "Double booking: check-then-insert without txn",
              "exclusion constraint.", d=+1),
            F("SLOTS-CLOSING-HOUR", "low", "bug", "Off-by-one: slots include CLOSE_HOUR",
              "h < CLOSE_HOUR.", d=+1),
            F("DESK-PAGE-DROPS-ROW", "medium", "bug", "Pagination drops last row (slice end - 1)",
              "start + PAGE_SIZE.", d=-1),
            F("REFUND-NO-TIMEOUT", "low", "bug", "refund fetch has no timeout",
              "AbortSignal.timeout(10_000)."),
            F("ARTIST-BIO-XSS", "medium", "security", "XSS: bio not escaped",
              "esc(a.bio)."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Inkchair codebase, an appointment book for a tattoo studio built with
        Express, PostgreSQL and JSON Web Tokens. The review covered `server.ts` and the authentication helpers in
        `auth.ts`.

        ### Authentication and Authorization

        The most serious problem is in `clientFromToken`, which decodes the JWT without verifying it. Because every
        client endpoint relies on this helper, an attacker can impersonate any client. Several endpoints also fail
        to check that the requested resource belongs to the caller.

        ### Injection and Data Exposure

        User-controlled data reaches a SQL statement, a file path and an HTML page.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified for Clients",
              "Use `jwt.verify` with the server secret.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. Any attacker can craft a token with an arbitrary `sub`."),
            F("JWT-SECRET-FALLBACK", "HIGH", "Security Misconfiguration", "Hardcoded Fallback JWT Secret",
              "Require the `JWT_SECRET` environment variable."),
            F("LOGIN-PLAINTEXT-PASSWORD", "HIGH", "Broken Authentication", "Plaintext Password Storage and Comparison",
              "Hash passwords with bcrypt or argon2.", sd=-2, n=3),
            F("APPT-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Appointments",
              "Check that the appointment belongs to the authenticated client."),
            F("APPT-ALL-COLUMNS", "MEDIUM", "Information Disclosure", "Appointment Endpoint Returns All Columns",
              "Return only the fields the client needs."),
            F("CONSENT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Consent Form Submission",
              "Use a parameter placeholder for `allergies`.",
              desc="The `allergies` field is inserted into the SQL text with a template literal."),
            F("DESIGN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Design File Download",
              "Use `path.basename` on the file name.", sd=-2, n=3),
            F("ARTIST-BIO-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Artist Biography",
              "Escape the biography before rendering."),
            F("WEBHOOK-SIG-OPTIONAL", "CRITICAL", "Broken Authentication", "Payment Webhook Signature Is Optional",
              "Reject requests that do not carry a signature.", sd=-2, n=3),
            F("WEBHOOK-SIG-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Signature Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Trace Exposure in Error Handler",
              "Do not send `err.stack` to clients."),
        ], wrap="list"),
        """
        ### Business Logic, Concurrency and Performance
        """,
        Block([
            F("DEPOSIT-FROM-BODY", "HIGH", "Logic Error", "Client-Controlled Deposit Amount",
              "Calculate the deposit on the server."),
            F("AGE-YEAR-ONLY", "MEDIUM", "Logic Error", "Inaccurate Age Verification for Consent",
              "Compute the age using month and day as well.", d=+1, sd=-1, n=3,
              desc="Only the year is compared, so some clients under 18 are accepted."),
            F("BOOK-CLASH-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of Artists",
              "Use a database constraint or a transaction.", sd=-2, n=3),
            F("CANCEL-DOUBLE-REFUND", "HIGH", "Race Condition", "Race Condition in Cancellation Refunds",
              "Update the status atomically before refunding.", d=+1),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Move the SQL statements into a repository layer."}),
            F("SLOT-CACHE-STALE", "MEDIUM", "Caching", "Stale Slot Availability Cache",
              "Invalidate the cache when appointments change."),
            F("SLOT-CACHE-UNBOUNDED", "LOW", "Performance", "Unbounded Growth of Slot Cache",
              "Use an LRU cache with a maximum size."),
            F("DESK-PAGE-DROPS-ROW", "MEDIUM", "Logic Error", "Pagination Omits One Appointment per Page",
              "Remove the `- 1` from the slice end."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "critical", "security", "jwt.decode instead of jwt.verify", "verify it", path="dot"),
            F("CONSENT-SQLI", "critical", "security", "sql injection in /consents (allergies)", "use $3"),
            F("DESIGN-TRAVERSAL", "high", "security", "path traversal in /designs/:file", "basename"),
            F("APPT-IDOR", "high", "security", "no owner check on GET /appointments/:id", "filter by client"),
            F("WEBHOOK-SIG-OPTIONAL", "high", "security", "webhook without signature accepted", "require sig"),
        ], fence=None, indent=None, wrap="list"),
        "also:",
        Block([
            F("LOGIN-PLAINTEXT-PASSWORD", "high", "", "plaintext passwords", "bcrypt"),
            F("ARTIST-BIO-XSS", "medium", "security", "bio not escaped", "esc()"),
            F("ERROR-STACK", "low", "security", "stack trace in error response", "drop stack"),
        ], fence="json", indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        **Scope:** `server.ts`, `auth.ts` (tattoo studio appointment service).

        **Summary of findings:**
        1. Authentication: unverified client JWTs, token in query string, default secret, plaintext passwords, no expiry.
        2. Authorization: missing ownership checks on appointments, cancellations and consents.
        3. Injection: SQL injection in consents, path traversal in designs, XSS in artist page.
        4. Business logic: client-set deposit, unvalidated hours, age calculation, slot hours.
        5. Concurrency: double booking and double refunds.
        6. Error handling: refund errors swallowed, stack traces exposed.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "blocker", "security", "JWT not verified in clientFromToken",
              "Use jwt.verify.", conf=0.95),
            F("TOKEN-IN-QUERY", "major", "security", "JWT accepted from query string",
              "Accept the token only from the Authorization header.", conf=0.7),
            F("JWT-SECRET-FALLBACK", "major", "security", "Hardcoded default JWT secret",
              "Require JWT_SECRET.", conf=0.85),
            F("LOGIN-PLAINTEXT-PASSWORD", "major", "security", "Plaintext password comparison",
              "Use password hashing.", conf=0.8),
            F("TOKEN-NO-EXPIRY", "minor", "security", "JWT issued without expiration",
              "Set expiresIn.", conf=0.7),
            F("ARTIST-BIO-XSS", "major", "security", "XSS in artist page bio",
              "Escape bio.", conf=0.8),
            F("SLOTS-CLOSING-HOUR", "minor", "correctness", "Off-by-one: closing hour offered as a slot",
              "Use < CLOSE_HOUR.", conf=0.7),
            F("HOURS-UNCHECKED", "minor", "correctness", "Appointment hours not validated",
              "Validate hours range.", conf=0.6),
            F("DEPOSIT-FROM-BODY", "major", "correctness", "Deposit amount controlled by client",
              "Compute on server.", conf=0.8),
            F("AGE-YEAR-ONLY", "major", "correctness", "Off-by-one in age verification (year only)",
              "Compare full birth date.", d=+1, conf=0.75),
            F("BOOK-CLASH-RACE", "major", "concurrency", "Race condition between clash check and insert",
              "Use a transaction with locking.", d=+1, conf=0.75),
            F("APPT-IDOR", "blocker", "security", "Missing authorization on appointment lookup",
              "Filter by client id.", d=-3, conf=0.85),
            F("CANCEL-NOT-OWNER", "blocker", "security", "Missing authorization on appointment cancellation",
              "Filter by client id.", conf=0.85),
            F("CANCEL-DOUBLE-REFUND", "major", "concurrency", "Concurrent cancellations refund twice",
              "Atomic status transition.", d=-2, conf=0.7),
            F("REFUND-FAILURE-IGNORED", "major", "reliability", "Refund failure silently ignored",
              "Propagate the error.", conf=0.7),
            F("WEBHOOK-SIG-OPTIONAL", "blocker", "security", "Webhook signature check bypassable",
              "Require signature header.", conf=0.9),
            F("CONSENT-SQLI", "blocker", "security", "SQL injection in consent insert",
              "Parameterize allergies.", d=-2, conf=0.9),
            F("CONSENT-APPT-NOT-OWNED", "major", "security", "Consent can reference another client's appointment",
              "Verify appointment ownership.", conf=0.6),
            F("DESIGN-TRAVERSAL", "major", "security", "Path traversal in design download",
              "Sanitize file name.", d=-1, conf=0.8),
            F("DESK-PAGE-DROPS-ROW", "minor", "correctness", "Pagination returns 19 items instead of 20",
              "Fix slice end.", conf=0.75),
            F("ERROR-STACK", "minor", "security", "Stack trace disclosure",
              "Hide stack in production.", conf=0.7),
        ], wrap="object+summary", summary="21 issues: 5 blocker, 11 major, 5 minor"),
    ]),
}
