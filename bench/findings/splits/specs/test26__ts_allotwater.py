"""test26/ts-allotwater: an allotment association's water-meter readings and billing portal (TypeScript). Frozen test split.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its scores, its tuning data or
any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test26): seeded problems in a small allotment water-meter billing portal; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
B = "src/billing.ts"
R = "src/readings.ts"
M = "src/reminders.ts"
PROBLEMS = {
    "KEY-UNSET-BYPASS": P(S, "if (req.query.key === process.env.COMMITTEE_KEY)", "security", "with COMMITTEE_KEY unset, a request without ?key= compares undefined === undefined and passes"),
    "KEY-IN-QUERY": P(S, "if (req.query.key === process.env.COMMITTEE_KEY)", "security", "committee key taken from the query string (logs, history, referrers) and compared with ==="),
    "CORS-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "READING-NO-OWNERSHIP": P(S, "const plotId = req.params.plotId;", "security", "anyone can submit readings for any plot: the tenant is never checked against the plot", "signature-vs-statement"),
    "READING-NAN": P(S, "const value = parseFloat(req.body.value);", "bug", "a non-numeric value parses to NaN, passes the 'not lower' check and is stored"),
    "THROTTLE-RACE": P(S, 'await pool.query("INSERT INTO readings', "bug", "one-reading-per-day check and its set are split by awaits: two concurrent submissions both pass", "critical-section"),
    "THROTTLE-NEVER-EXPIRES": P(S, "recentSubmissions.set(plotId, Date.now());", "bug", "the 'per day' map is never pruned or compared with the time: a plot is blocked until restart and the map grows"),
    "PHOTO-TRAVERSAL": P(S, "const target = path.join(PHOTOS", "security", "fileName from the body joined into the photo path: ../ writes anywhere", "source-vs-sink"),
    "INVOICE-NUMBER-RACE": P(S, "const number = Number(seq.rows[0].n) + 1;", "bug", "invoice number from MAX()+1 then inserted later: concurrent bills get the same number", "critical-section"),
    "TENANT-SQLI": P(S, "const result = await client.query(`SELECT id, name, email", "security", "q interpolated into the tenant search SQL", "source-vs-sink"),
    "TENANT-CLIENT-LEAK": P(S, "client.release();", "bug", "client released only on success: a failing query leaks a pooled connection"),
    "INVOICE-IDOR": P(S, 'const r = await pool.query("SELECT i.number, i.amount', "security", "invoices (tenant name, amount) readable by anyone by sequential number, no auth", "signature-vs-statement"),
    "INVOICE-XSS-NOTE": P(S, "res.send(`<h1>Invoice", "security", "reflected XSS: note query value written into the HTML", "source-vs-sink"),
    "INVOICE-XSS-NAME": P(S, "res.send(`<h1>Invoice", "security", "stored XSS: tenant name from the database written into the HTML unescaped"),
    "WEBHOOK-REPARSE": P(S, ".update(JSON.stringify(req.body))", "bug", "HMAC computed over re-serialised JSON, not the raw body: valid signatures fail (key order, spacing)"),
    "WEBHOOK-TIMING": P(S, "if (signature !== expected)", "security", "webhook signature compared with !== (not constant time)"),
    "WEBHOOK-AMOUNT": P(S, "UPDATE invoices SET status = 'paid'", "security", "invoice marked paid whatever amountPaid is (a partial or replayed payment event settles the bill)"),
    "WEBHOOK-EMPTY-SECRET": P(S, "const WEBHOOK_SECRET = process.env.PAYMENT_WEBHOOK_SECRET ?? \"\";", "security", "extra, one agent: webhook secret defaults to the empty string, so anyone can sign"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
    "PERIOD-EXCLUSIVE": P(R, "taken_at > $2 AND taken_at < $3", "bug", "period query uses strict bounds: readings taken on the first or last day are left out", "off-by-one"),
    "TIER-SKIP-FIRST": P(B, "for (let i = 1; i < TIERS.length; i++)", "bug", "tier loop starts at 1: the cheap first tier is skipped and its volume charged at the second tier's price", "off-by-one"),
    "CHARGE-FLOAT": P(B, "total += band * TIERS[i].price;", "bug", "money accumulated as binary floats (pence lost, 0.1+0.2)"),
    "STANDING-DAYS": P(B, "const days = Math.floor(", "bug", "period includes both days but the day count excludes one (and a DST day floors away another)", "off-by-one"),
    "REMINDER-OVERLAP": P(M, "running = true;", "bug", "running flag set after the await: overlapping ticks both send reminders (duplicate e-mails)", "critical-section"),
    "REMINDER-STUCK-FLAG": P(M, "await sendReminder(inv);", "bug", "a failing send throws before running = false: reminders stop for good (and the rejection is unhandled)"),
}

CONFUSABLE = [
    ("KEY-UNSET-BYPASS", "KEY-IN-QUERY"),
    ("READING-NO-OWNERSHIP", "READING-NAN"),
    ("THROTTLE-RACE", "THROTTLE-NEVER-EXPIRES"),
    ("TENANT-SQLI", "TENANT-CLIENT-LEAK"),
    ("INVOICE-XSS-NOTE", "INVOICE-XSS-NAME"),
    ("WEBHOOK-REPARSE", "WEBHOOK-TIMING"),
    ("WEBHOOK-TIMING", "WEBHOOK-AMOUNT"),
    ("TIER-SKIP-FIRST", "CHARGE-FLOAT"),
    ("REMINDER-OVERLAP", "REMINDER-STUCK-FLAG"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `allotwater` is an Express 4 + `pg` service for meter readings, bills, invoices and payment webhooks.
        The parameterised queries in `readings.ts` and most of `server.ts` are good, but the access control is
        weak throughout and the billing arithmetic is wrong in three places.

        Priorities:
        1. Committee auth can be bypassed and the tenant search is injectable.
        2. Invoices are public and render request and database values as HTML.
        3. Bills are miscalculated (first tier skipped, inclusive periods treated as exclusive).
        4. Payment webhook verification is fragile and does not check amounts.
        5. Several check-then-act races across `await`.
        """,
        Block([
            F("KEY-UNSET-BYPASS", "critical", "security", "Committee check passes for everyone when `COMMITTEE_KEY` is unset",
              "Fail closed: reject when the key is not configured, and compare with `crypto.timingSafeEqual`.",
              symbol="requireCommittee", conf=0.9),
            F("TENANT-SQLI", "critical", "security", "SQL injection in tenant search via `q`",
              "Use `name ILIKE $1` with `%${q}%` as a parameter.", symbol="GET /admin/tenants", conf=0.95),
            F("TENANT-CLIENT-LEAK", "medium", "bug", "Pooled client is not released when the tenant query throws",
              "Wrap the query in `try { ... } finally { client.release(); }`, or just use `pool.query`.",
              d=-2, symbol="GET /admin/tenants", conf=0.8),
            F("INVOICE-IDOR", "high", "security", "Any invoice can be read by guessing its number",
              "Require the tenant's session and check the plot, or use an unguessable invoice token.",
              d=-1, symbol="GET /invoices/:number", conf=0.85),
            F("INVOICE-XSS-NOTE", "high", "security", "Reflected XSS through the `note` query parameter",
              "Escape every interpolated value or render with a template engine that escapes by default.",
              symbol="GET /invoices/:number", conf=0.9),
            F("INVOICE-XSS-NAME", "medium", "security", "Tenant name rendered into invoice HTML without escaping",
              "Escape `inv.name` as well; tenants choose their own display names.", symbol="GET /invoices/:number", conf=0.75),
            F("READING-NO-OWNERSHIP", "high", "security", "Readings can be submitted for any plot",
              "Authenticate the tenant and check that they hold `plotId` before accepting a reading.",
              symbol="POST /plots/:plotId/readings", conf=0.8),
            F("READING-NAN", "medium", "bug", "Non-numeric readings are stored as `NaN`",
              "Reject when `!Number.isFinite(value)`; `NaN < last.value` is false so the monotonic check does not catch it.",
              d=+2, symbol="POST /plots/:plotId/readings", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in meter photo upload",
              "Generate the file name server-side; at least use `path.basename` and check the resolved path stays under `PHOTOS`.",
              d=+2, symbol="POST /plots/:plotId/readings/photo", conf=0.9),
            F("TIER-SKIP-FIRST", "high", "bug", "Tiered charge never applies the first (cheapest) tier",
              "Start the loop at `i = 0`; today the first 10 m3 are billed at 1.10 instead of 0.80.", symbol="tieredCharge", conf=0.9),
            F("STANDING-DAYS", "medium", "bug", "Standing charge is one day short",
              "The period includes both ends: add one day, and count calendar days rather than flooring milliseconds (DST).",
              symbol="standingCharge", conf=0.8),
            F("PERIOD-EXCLUSIVE", "medium", "bug", "Readings on the first and last day of a period are ignored",
              "Use `taken_at >= $2 AND taken_at < $3 + interval '1 day'`.", symbol="readingsInPeriod", conf=0.75),
            F("INVOICE-NUMBER-RACE", "medium", "bug", "Invoice numbers can collide",
              "Use a sequence (`nextval`) or a unique constraint with retry; `MAX()+1` races between the SELECT and the INSERT.",
              d=-1, n=2, symbol="POST /admin/bills", conf=0.8),
            F("WEBHOOK-REPARSE", "medium", "bug", "Webhook HMAC is computed over re-serialised JSON",
              "Verify against the raw request body (`express.raw` on this route).", symbol="POST /webhooks/payment", conf=0.75),
            F("WEBHOOK-AMOUNT", "high", "bug", "Payment webhook marks invoices paid without checking the amount",
              "Compare `amountPaid` with the invoice amount and ignore events for invoices already paid.",
              symbol="POST /webhooks/payment", conf=0.8),
            F("REMINDER-OVERLAP", "medium", "bug", "Reminder ticks can overlap and e-mail tenants twice",
              "Set `running = true` before the first `await` and reset it in `finally`.", d=-1, n=2, symbol="startReminders", conf=0.75),
            F("ERROR-STACK", "low", "security", "Stack traces returned to clients", "Log the stack; return a generic message.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts, billing.ts, readings.ts, reminders.ts (204 lines); did not run tsc. Findings:",
        Block([
            F("KEY-IN-QUERY", "high", "security", "Committee key read from req.query",
              "Header + timingSafeEqual; reject when unset."),
            F("TENANT-SQLI", "critical", "security", "Tenant search: q string-built into ILIKE",
              "$1 param.", d=-2),
            F("INVOICE-XSS-NOTE", "high", "security", "XSS via ?note= on invoice page",
              "Escape.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "photo upload trusts body.fileName",
              "basename + uuid.", d=-1),
            F("THROTTLE-RACE", "medium", "bug", "per-plot throttle is check-then-set across awaits",
              "Set before awaiting; or unique (plot_id, day) index.", d=-3),
            F("INVOICE-NUMBER-RACE", "medium", "bug", "MAX(number)+1 invoice numbering races",
              "Sequence.", d=-1),
            F("TIER-SKIP-FIRST", "high", "bug", "tieredCharge loop starts at 1", "i = 0."),
            F("STANDING-DAYS", "medium", "bug", "standingCharge excludes one of the two inclusive days", "+1."),
            F("WEBHOOK-TIMING", "medium", "security", "Webhook signature: non-constant-time compare",
              "timingSafeEqual on equal-length buffers."),
            F("REMINDER-STUCK-FLAG", "medium", "bug", "startReminders: exception leaves running=true forever",
              "try/finally."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the allotment water billing portal. The codebase is compact, but I found
        a number of issues ranging from critical security vulnerabilities to billing calculation errors that
        would directly affect what plot holders are charged.

        **Security Vulnerabilities**
        """,
        Block([
            F("KEY-UNSET-BYPASS", "critical", "Broken Authentication", "Authentication Bypass in Committee Middleware",
              "Ensure COMMITTEE_KEY is set at startup and never compare against undefined.", d=-1,
              desc="If the COMMITTEE_KEY environment variable is missing, `req.query.key` (undefined when not supplied) strictly equals `process.env.COMMITTEE_KEY` (also undefined), granting access to every admin route."),
            F("KEY-IN-QUERY", "medium", "Sensitive Data Exposure", "API Key Transmitted in URL Query String",
              "Send the key in an Authorization header."),
            F("TENANT-SQLI", "critical", "SQL Injection", "SQL Injection in Tenant Search",
              "Use parameterized queries."),
            F("INVOICE-XSS-NAME", "high", "Cross-Site Scripting", "Stored Cross-Site Scripting in Invoice Page",
              "HTML-encode tenant-controlled fields.",
              desc="The tenant name is stored by users and later rendered inside the invoice HTML without encoding."),
            F("INVOICE-XSS-NOTE", "high", "Cross-Site Scripting", "Reflected Cross-Site Scripting via note parameter",
              "HTML-encode the note."),
            F("PHOTO-TRAVERSAL", "high", "Path Traversal", "Arbitrary File Write via Photo Upload",
              "Sanitize fileName.", d=-1, sd=-1),
            F("CORS-CREDENTIALS", "medium", "Security Misconfiguration", "Permissive CORS Policy with Credentials",
              "Restrict origins to the portal's own domain."),
            F("ERROR-STACK", "low", "Information Disclosure", "Stack Trace Leakage in Error Handler",
              "Do not expose stack traces."),
        ], wrap="list"),
        """
        **Billing and Logic Errors**
        """,
        Block([
            F("TIER-SKIP-FIRST", "high", "Business Logic", "First Pricing Tier Is Never Applied",
              "Iterate from index 0.", d=+1,
              desc="Because the loop begins at index 1, usage that should be billed at 0.80 per cubic metre is billed at 1.10."),
            F("CHARGE-FLOAT", "low", "correctness", "Floating Point Arithmetic for Currency",
              "Work in integer pence."),
            F("PERIOD-EXCLUSIVE", "medium", "Business Logic", "Boundary Readings Excluded from Billing Period",
              "Use inclusive comparisons.", d=-1, sd=-1, n=2),
            F("WEBHOOK-AMOUNT", "high", "Business Logic", "Payment Amount Not Verified",
              "Check the paid amount against the invoice."),
            F("WEBHOOK-REPARSE", "medium", "Cryptographic Failure", "Signature Verified Against Re-serialized Body",
              "Use the raw body buffer."),
            F("THROTTLE-NEVER-EXPIRES", "medium", "Resource Exhaustion", "Submission Map Grows Without Bound",
              "Expire entries after 24 hours.",
              desc="Entries are never removed, so each plot is blocked permanently after its first reading and memory grows with every plot."),
            U({"severity": "info", "category": "style", "description": "Mixed use of async/await and callbacks; consider a consistent style."}),
            F("REMINDER-OVERLAP", "medium", "Race Condition", "Overlapping Reminder Jobs Send Duplicate Emails",
              "Set the flag before awaiting.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("KEY-UNSET-BYPASS", "error", "security", "admin auth bypass if COMMITTEE_KEY missing", "fail closed"),
            F("TENANT-SQLI", "error", "security", "sqli in /admin/tenants", "parameterize"),
            F("TIER-SKIP-FIRST", "warning", "", "first tariff tier skipped", "start at 0"),
            F("READING-NAN", "warning", "bug", "parseFloat NaN not rejected", "Number.isFinite check"),
            F("WEBHOOK-TIMING", "warning", "security", "timing-unsafe signature compare", "crypto.timingSafeEqual", d=-1, sd=0),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. **Authentication**: committee middleware can be bypassed; webhook secret may be empty.
        2. **Injection**: tenant search (SQL), invoice page (XSS), photo upload (path).
        3. **Correctness**: tier loop, standing-charge days, period bounds.
        4. **Concurrency**: invoice numbering, reading throttle.
        5. **Resource management**: pooled client leak.
        """,
        Block([
            F("KEY-UNSET-BYPASS", "blocker", "security", "Authentication bypass when COMMITTEE_KEY is undefined",
              "Validate configuration at startup.", conf=0.85),
            F("WEBHOOK-EMPTY-SECRET", "major", "security", "Webhook secret defaults to empty string",
              "Refuse to start without PAYMENT_WEBHOOK_SECRET.", conf=0.7),
            F("TENANT-SQLI", "blocker", "security", "SQL injection in tenant search",
              "Use parameterized query.", conf=0.9),
            F("TENANT-CLIENT-LEAK", "major", "resource-leak", "Database client not released on error",
              "Release in finally block.", conf=0.8),
            F("INVOICE-XSS-NOTE", "major", "security", "Cross-site scripting in invoice rendering",
              "Escape HTML output.", conf=0.8),
            F("INVOICE-IDOR", "major", "security", "Unauthenticated invoice access",
              "Add authentication and ownership checks.", conf=0.75),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Use path.basename.", conf=0.85),
            F("READING-NO-OWNERSHIP", "major", "security", "Missing authorization on meter reading submission",
              "Check tenant owns plot.", d=-1, conf=0.7),
            F("TIER-SKIP-FIRST", "major", "correctness", "Off-by-one in tier iteration",
              "Start at index 0.", conf=0.85),
            F("STANDING-DAYS", "minor", "correctness", "Standing charge day count off by one",
              "Add one day.", d=-1, conf=0.7),
            F("PERIOD-EXCLUSIVE", "minor", "correctness", "Exclusive date bounds in readingsInPeriod",
              "Use >= and <=.", conf=0.7),
            F("INVOICE-NUMBER-RACE", "major", "concurrency", "Race condition generating invoice numbers",
              "Use a database sequence.", conf=0.8),
            F("THROTTLE-RACE", "minor", "concurrency", "Throttle check and update are not atomic",
              "Use a unique index.", d=+3, conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}
