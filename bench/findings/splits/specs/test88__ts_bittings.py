"""test88/ts-bittings: a mobile locksmith's call-out jobs and key-code register (TypeScript, Express 4 + pg).
Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's
answers, specs or truth files (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "data. Frozen test split test88: seeded problems in a locksmith's call-out and key-code service; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "bittings-dev-secret";', "security", "hard-coded fallback JWT secret: tokens forgeable when JWT_SECRET is unset"),
    "OFFICE-KEY-FAILS-OPEN": P(S, "if (given !== process.env.OFFICE_KEY) {", "security", "OFFICE_KEY unset and no header: undefined !== undefined is false, office routes open to all", "signature-vs-statement"),
    "OFFICE-KEY-TIMING": P(S, "if (given !== process.env.OFFICE_KEY) {", "security", "office key compared with !== rather than crypto.timingSafeEqual"),
    "JOB-REF-GUESSABLE": P(S, 'return "J" + Date.now().toString(36).toUpperCase();', "security", "job reference is the creation time in base 36: guessable, and it is the only key to /track", "signature-vs-statement"),
    "NIGHT-HOUR-BOUNDARY": P(S, "const night = hour > 22 || hour < 6;", "bug", "hour > 22 misses 22:00-22:59: the night surcharge starts an hour late", "off-by-one"),
    "MILES-UNCHECKED": P(S, "return fee + Math.round(miles * MILEAGE_PENCE);", "bug", "customer-supplied miles not validated: negative miles lower the call-out fee"),
    "JOBS-STATUS-SQLI": P(S, "WHERE status = '${status}' AND postcode LIKE $1`;", "security", "status query value interpolated into SQL", "source-vs-sink"),
    "JOBS-ALL-AREAS": P(S, 'const { rows } = await db.query(sql + " ORDER BY created_at", [area + "%"]);', "security", "any technician lists every customer's name and address: no scoping, empty area matches all"),
    "ASSIGN-RACE": P(S, "const tech = await nearestTech(free, rows[0].postcode);", "bug", "free list read before an await and busyTechs set after it: two jobs get the same technician", "critical-section"),
    "ASSIGN-REASSIGNS": P(S, "\"UPDATE jobs SET tech_id = $1, status = 'assigned' WHERE ref = $2\"", "bug", "job status not checked: a done or assigned job is reassigned and the first technician stays busy"),
    "KEYCODE-LOGGED": P(S, "console.log(`key code ${keyCode}", "security", "customer key codes written to the application log"),
    "KEYCODE-PLAINTEXT": P(S, 'await db.query("INSERT INTO key_codes', "security", "key codes stored in clear in the database"),
    "KEYCODE-ANY-TECH": P(S, 'const { rows } = await db.query("SELECT key_code, lock_system, added_by FROM key_codes', "security", "any technician reads any customer's key codes: no job or ownership check", "signature-vs-statement"),
    "PARTS-SKIP-FIRST": P(S, "for (let i = 1; i < parts.length; i++) {", "bug", "loop starts at 1: the first part used is never billed", "off-by-one"),
    "PARTS-PRICE-FROM-CLIENT": P(S, "total += parts[i].price;", "bug", "part prices taken from the request body, not from the price list"),
    "VAN-STOCK-LOST-UPDATE": P(S, "\"UPDATE jobs SET status = 'done', parts_total = $1", "bug", "van stock read before an await and written after it: concurrent completions lose decrements", "critical-section"),
    "COMPLETE-NOT-OWNER": P(S, "\"UPDATE jobs SET status = 'done', parts_total = $1", "security", "extra, one agent: any technician can complete (and bill) a job assigned to someone else"),
    "SMS-SHELL-INJECTION": P(S, "exec(`sms-send ${phone}", "security", "phone from the request body in a shell command (exec)", "source-vs-sink"),
    "SMS-ERRORS-IGNORED": P(S, "exec(`sms-send ${phone}", "bug", "exec without a callback: a failed SMS is never noticed"),
    "REVISIT-WARRANTY-BOUNDARY": P(S, "const free = days < WARRANTY_DAYS;", "bug", "days < 90 while the warranty includes day 90: the last day is charged", "off-by-one"),
    "REVISIT-NOT-COMPLETED": P(S, "const days = Math.floor((Date.now() - new Date(rows[0].completed_at)", "bug", "completed_at null for an open job: new Date(null) is 1970, revisit recorded and charged"),
    "TRACK-NOTES-XSS": P(S, "<p>${job.notes}</p>`);", "security", "job notes rendered unescaped on the public tracking page"),
    "INVOICE-TRAVERSAL": P(S, "res.sendFile(path.join(INVOICE_DIR, file));", "security", "decoded :file parameter (..%2F) joined to the invoice dir: any file sent", "source-vs-sink"),
}

CONFUSABLE = [
    ("OFFICE-KEY-FAILS-OPEN", "OFFICE-KEY-TIMING"),
    ("NIGHT-HOUR-BOUNDARY", "MILES-UNCHECKED"),
    ("JOBS-STATUS-SQLI", "JOBS-ALL-AREAS"),
    ("ASSIGN-RACE", "ASSIGN-REASSIGNS"),
    ("KEYCODE-LOGGED", "KEYCODE-PLAINTEXT"),
    ("PARTS-SKIP-FIRST", "PARTS-PRICE-FROM-CLIENT"),
    ("PARTS-PRICE-FROM-CLIENT", "VAN-STOCK-LOST-UPDATE"),
    ("VAN-STOCK-LOST-UPDATE", "COMPLETE-NOT-OWNER"),
    ("SMS-SHELL-INJECTION", "SMS-ERRORS-IGNORED"),
    ("REVISIT-WARRANTY-BOUNDARY", "REVISIT-NOT-COMPLETED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` runs the whole locksmith back office: call-out jobs, dispatch, the key-code register and
        a public tracking page. The key-code register is the most sensitive data here (a key code lets anyone cut
        a working key), and it is the least protected. In order of importance:

        1. Shell injection when texting the customer, and SQL injection in the job list.
        2. Office-only routes are open when `OFFICE_KEY` is not set; the invoice route also allows path traversal.
        3. Key codes are readable by any technician and end up in the logs.
        4. Billing errors: the first part is never charged, the night surcharge starts late, the warranty's last
           day is charged.
        5. Two read-then-write sequences span an `await` and can interleave.

        Checked and fine: `requireTech` pins HS256 and rejects bad tokens; `/jobs/history` clamps page and size
        and computes the offset correctly; `/vans/:techId/restock` validates the count; the tracking page
        escapes the job ref and the technician name; every query except the job list uses placeholders.
        """,
        Block([
            F("SMS-SHELL-INJECTION", "critical", "security", "Command injection via `phone` in the completion SMS",
              "Use `execFile(\"sms-send\", [phone, message])`, and take the phone number from the job record rather than the request.",
              symbol="POST /jobs/:ref/complete", conf=0.95),
            F("JOBS-STATUS-SQLI", "critical", "security", "SQL injection through `status` in `GET /jobs`",
              "Pass `status` as a second placeholder (`status = $2`).", symbol="GET /jobs", conf=0.95),
            F("OFFICE-KEY-FAILS-OPEN", "high", "security", "`requireOffice` passes every request when `OFFICE_KEY` is unset",
              "Reject when the variable is missing; `undefined !== undefined` is false, so a request without the header gets in.",
              symbol="requireOffice", conf=0.9),
            F("INVOICE-TRAVERSAL", "high", "security", "Path traversal in `GET /invoices/:file`",
              "Express decodes `%2F` in params; use `res.sendFile(file, { root: INVOICE_DIR })` and reject names with `/` or `..`.",
              symbol="GET /invoices/:file", conf=0.85),
            F("KEYCODE-ANY-TECH", "high", "security", "Any technician can read any customer's key codes",
              "Allow the lookup only to the technician assigned to an open job for that customer (or to a lead), and audit it.",
              symbol="GET /keycodes/:customerId", conf=0.85),
            F("KEYCODE-LOGGED", "high", "security", "Key codes are written to the log",
              "Log the customer and technician only; a key code in a log is as good as the key.",
              symbol="POST /keycodes", conf=0.85),
            F("JWT-SECRET-FALLBACK", "high", "security", "Fallback JWT secret is hard-coded",
              "Refuse to start without `JWT_SECRET`.", conf=0.8),
            F("JOB-REF-GUESSABLE", "medium", "security", "Job references are timestamps",
              "Generate references with `crypto.randomUUID()`; `/track/:ref` exposes the job to whoever guesses one.",
              symbol="newJobRef", conf=0.75),
            F("TRACK-NOTES-XSS", "medium", "security", "Unescaped `notes` on the public tracking page",
              "Wrap `job.notes` in `esc()` like the other fields.", symbol="GET /track/:ref", conf=0.8),
        ]),
        "Billing and concurrency:",
        Block([
            F("PARTS-SKIP-FIRST", "high", "bug", "The first part on a job is never billed",
              "Start the loop at 0, or `parts.reduce((sum, p) => sum + p.price, 0)`.",
              symbol="POST /jobs/:ref/complete", conf=0.9),
            F("NIGHT-HOUR-BOUNDARY", "medium", "bug", "Night surcharge misses the 22:00 hour",
              "Use `hour >= 22 || hour < 6` to match the documented 22:00-05:59 window.", symbol="calloutFee", conf=0.8),
            F("REVISIT-WARRANTY-BOUNDARY", "medium", "bug", "Revisit on day 90 is charged",
              "The warranty includes day 90: `days <= WARRANTY_DAYS`.", symbol="POST /jobs/:ref/revisit", conf=0.75),
            F("ASSIGN-RACE", "medium", "bug", "Two dispatches can pick the same technician",
              "The free list is computed before `await nearestTech(...)` and the technician marked busy after it; mark the chosen technician busy in the same tick or reserve in the database.",
              d=-2, symbol="POST /jobs/:ref/assign", conf=0.7),
            F("VAN-STOCK-LOST-UPDATE", "medium", "bug", "Van stock decrement can be lost",
              "Read and write `vanStock` after the `await`, or keep stock in the database and decrement there.",
              d=+1, symbol="POST /jobs/:ref/complete", conf=0.65),
            F("COMPLETE-NOT-OWNER", "medium", "security", "A technician can complete another technician's job",
              "Add `AND tech_id = $3` with `req.tech.id` and return 404 when no row changes.",
              symbol="POST /jobs/:ref/complete", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SMS-SHELL-INJECTION", "critical", "security", "req.body.phone into exec() shell string", "execFile with args", d=-1),
            F("JOBS-STATUS-SQLI", "high", "security", "req.query.status concatenated into SQL", "bind as $2", d=-2),
            F("INVOICE-TRAVERSAL", "high", "security", "req.params.file -> sendFile path (..%2F)", "sendFile(file, {root})", d=-1),
            F("OFFICE-KEY-FAILS-OPEN", "high", "security", "requireOffice: unset OFFICE_KEY + missing header passes", "require OFFICE_KEY", d=-2),
            F("PARTS-SKIP-FIRST", "high", "bug", "parts[0] never added to total", "i = 0", d=+1),
            F("ASSIGN-REASSIGNS", "medium", "bug", "assign ignores current job status", "WHERE status = 'open'"),
            F("REVISIT-NOT-COMPLETED", "low", "bug", "revisit on uncompleted job: completed_at null -> 1970", "409 if completed_at is null"),
            F("MILES-UNCHECKED", "low", "bug", "negative miles reduce fee", "clamp miles >= 0"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `bittings` Express server. This service handles locksmith call-outs,
        technician dispatch and a register of customer key codes, so confidentiality of the key codes is
        paramount.

        ## Security Vulnerabilities
        """,
        Block([
            F("JOBS-STATUS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Job Listing",
              "Use parameterized queries for `status`.", sd=-2, n=3,
              desc="The `status` query parameter is embedded in a template literal that forms the SQL statement."),
            F("SMS-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Phone Number",
              "Use `execFile` and validate the phone number format."),
            F("INVOICE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Invoice Download",
              "Use the `root` option of `sendFile`."),
            F("KEYCODE-PLAINTEXT", "HIGH", "Sensitive Data Exposure", "Key Codes Stored in Plaintext",
              "Encrypt key codes at rest (e.g. with a KMS-managed key).",
              desc="Anyone with read access to the database or its backups can obtain every customer's key code."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict `origin` to the office front-end."),
            F("OFFICE-KEY-TIMING", "MEDIUM", "Broken Authentication", "Timing-Unsafe Office Key Check",
              "Use `crypto.timingSafeEqual` on equal-length buffers."),
            F("TRACK-NOTES-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS on Tracking Page",
              "Escape `job.notes` with `esc`."),
        ], wrap="list"),
        """
        ## Logic and Concurrency Issues
        """,
        Block([
            F("ASSIGN-RACE", "MEDIUM", "Race Condition", "Race Condition in Technician Assignment",
              "Reserve the technician before awaiting.", d=+1,
              desc="Because `nearestTech` awaits database queries, two assignment requests can interleave and both choose the same free technician."),
            U({"severity": "INFO", "category": "Style", "suggestion": "Split the routes into separate modules."}),
            F("NIGHT-HOUR-BOUNDARY", "LOW", "Logic Error", "Incorrect Night Surcharge Window",
              "Use `>=` for the 22:00 boundary.", d=+1, sd=-1, n=3),
            F("SMS-ERRORS-IGNORED", "LOW", "Error Handling", "SMS Failures Are Silently Ignored",
              "Pass a callback to `exec` and log or retry failures."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SMS-SHELL-INJECTION", "error", "security", "shell injection in sms-send exec", "execFile"),
            F("JOBS-STATUS-SQLI", "error", "security", "sql injection via status", "use $2", d=+1),
            F("INVOICE-TRAVERSAL", "error", "security", "path traversal in invoice download", "root option"),
            F("KEYCODE-LOGGED", "warning", "security", "key codes logged", "don't log keyCode"),
            F("JOBS-ALL-AREAS", "warning", "security", "any tech can list all customers' addresses", "scope to tech/area"),
            F("PARTS-PRICE-FROM-CLIENT", "warning", "", "part prices trusted from request", "look up prices server-side"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Injection: command injection (SMS) and SQL injection (job list).
        2. Access control: office key check fails open; key codes readable by any technician and stored in clear.
        3. Predictable job references.
        4. Concurrency: van stock updates can be lost.
        5. Billing: the first part is skipped, warranty boundary wrong.
        6. XSS on the tracking page.
        """,
        Block([
            F("SMS-SHELL-INJECTION", "blocker", "security", "OS command injection through phone number",
              "Validate the phone number and use execFile.", conf=0.9),
            F("JOBS-STATUS-SQLI", "blocker", "security", "SQL injection in job listing via status filter",
              "Use a bind parameter.", conf=0.9),
            F("OFFICE-KEY-FAILS-OPEN", "major", "security", "Office authentication bypass when OFFICE_KEY is not set",
              "Fail closed when the environment variable is missing.", conf=0.8),
            F("KEYCODE-ANY-TECH", "major", "security", "Missing authorization on key code lookup",
              "Check that the technician is assigned to the customer.", d=-1, conf=0.8),
            F("KEYCODE-PLAINTEXT", "major", "security", "Key codes are stored unencrypted",
              "Encrypt key codes before storing them.", anchor="console.log(`key code ${keyCode}", conf=0.6),
            F("JOB-REF-GUESSABLE", "minor", "security", "Predictable job reference generation",
              "Use crypto.randomUUID().", d=-1, conf=0.6),
            F("VAN-STOCK-LOST-UPDATE", "major", "concurrency", "Lost update on van stock across await",
              "Re-read stock after the await or use an atomic update.", d=-1, conf=0.6),
            F("REVISIT-WARRANTY-BOUNDARY", "minor", "correctness", "Warranty check excludes the last day",
              "Use <= WARRANTY_DAYS.", d=-1, conf=0.7),
            F("TRACK-NOTES-XSS", "major", "security", "Cross-site scripting in job tracking page",
              "Escape notes.", conf=0.8),
        ], wrap="object+summary", summary="9 issues: 2 blocker, 5 major, 2 minor"),
    ]),
}
