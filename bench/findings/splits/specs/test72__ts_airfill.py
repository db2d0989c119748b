"""test72/ts-airfill: a scuba club air-fill station and cylinder log (TypeScript, Express 4 + pg). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test72: seeded problems in a dive club air-fill and cylinder log service; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "TOKEN-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Member | null;", "security", "member token decoded with jwt.decode, never verified: anyone forges any member", "signature-vs-statement"),
    "BLENDER-FAILS-OPEN": P(S, 'if (req.get("x-blender-key") !== process.env.BLENDER_KEY) {', "security", "BLENDER_KEY unset: a request without the header compares undefined to undefined and passes", "signature-vs-statement"),
    "LOGIN-MD5": P(S, 'if (!m || crypto.createHash("md5").update(String(pin)).digest("hex") !== m.pin_hash) {', "security", "PINs stored as unsalted MD5 (a 4-digit PIN is reversed instantly)"),
    "LOGIN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: m.id, name: m.name, role: m.role }, JWT_SECRET);", "security", "login tokens are signed without an expiry: never revoked"),
    "CYL-WORKINGBAR": P(S, "const { serial, workingBar, hydroDate, visualDate, notes } = req.body;", "bug", "working pressure taken from the member unchecked: the fill limit trusts whatever the owner typed"),
    "CYL-DATES-UNCHECKED": P(S, "const { serial, workingBar, hydroDate, visualDate, notes } = req.body;", "bug", "hydro and visual dates not validated: a missing or bad date gives NaN months, which passes the fill checks"),
    "CYL-DELETE-NOT-OWNER": P(S, 'await pool.query("DELETE FROM cylinders WHERE serial = $1", [req.params.serial]);', "security", "any member deletes any cylinder: no owner_id check", "signature-vs-statement"),
    "FILL-CYL-MISSING": P(S, "if (monthsSince(cyl.hydro_date) > HYDRO_MONTHS) {", "bug", "unknown serial: cyl is undefined, the TypeError escapes the async handler (unhandled rejection)"),
    "HYDRO-OBO": P(S, "if (monthsSince(cyl.hydro_date) > HYDRO_MONTHS) {", "bug", "> 60 instead of >= 60: a cylinder is still filled through the month its hydrostatic test expires", "off-by-one"),
    "VISUAL-OBO": P(S, "if (monthsSince(cyl.visual_date) > VISUAL_MONTHS) {", "bug", "> 12 instead of >= 12: filled through the month the visual inspection expires", "off-by-one"),
    "OVERFILL": P(S, "if (bar > cyl.working_bar * 1.1) {", "bug", "fills accepted up to 10 % above the cylinder's working pressure"),
    "GAS-PRICE-UNKNOWN": P(S, "const price = PRICE[gas];", "bug", "an unknown gas name is not rejected: price undefined, the fill is logged free"),
    "FILL-SEQ-RACE": P(S, 'const seq = (await pool.query("SELECT max(seq) AS n FROM fills")).rows[0].n + 1;', "bug", "max(seq)+1 then insert: concurrent fills get the same log number", "critical-section"),
    "COMPRESSOR-RACE": P(S, "const total = rows[0].run_minutes + minutes;", "bug", "compressor minutes read, added in JS and written back across awaits: concurrent fills lose run time", "critical-section"),
    "FILTER-NEVER": P(S, "if (total - lastFilterChange[id] > FILTER_MINUTES) {", "bug", "lastFilterChange is empty until a change is recorded (and after a restart): NaN, the filter alert never fires"),
    "SEARCH-SQLI": P(S, "WHERE serial LIKE '%${serial}%' ORDER BY seq DESC LIMIT $1`,", "security", "serial query value interpolated into the LIKE pattern: SQL injection", "source-vs-sink"),
    "PAGE-ALL-ROWS": P(S, 'const { rows } = await pool.query("SELECT * FROM fills ORDER BY seq DESC");', "performance", "the whole fill log is loaded to serve one page"),
    "PAGE-SLICE": P(S, "res.json({ page, fills: rows.slice((page - 1) * size, page * size + 1) });", "bug", "slice end page*size+1: 26 rows per page, each page repeats the next page's first fill", "off-by-one"),
    "TAG-XSS": P(S, "`<p>Call ${c.phone} &middot; ${c.notes}</p>`,", "security", "cylinder notes rendered unescaped on the public tag page: stored XSS"),
    "TAG-PHONE": P(S, "`<p>Call ${c.phone} &middot; ${c.notes}</p>`,", "security", "owner's phone number on an unauthenticated page, looked up by serial"),
    "CERT-TRAVERSAL": P(S, "res.sendFile(path.join(CERT_DIR, file));", "security", "file parameter joined to CERT_DIR: ..%2f reads any file", "source-vs-sink"),
    "CERT-NOT-OWNER": P(S, "res.sendFile(path.join(CERT_DIR, file));", "security", "any member downloads any cylinder's test certificate: no owner check"),
    "ANALYSE-SHELL": P(S, "exec(`analyser-read --cell ${cell} --fill ${Number(req.params.seq)}`, (err, stdout) => {", "security", "cell from the body interpolated into a shell command: command injection", "source-vs-sink"),
    "BOARD-STAMPEDE": P(S, 'const fills = await pool.query("SELECT count(*) AS n FROM fills WHERE filled_at::date = current_date");', "performance", "board cache checked and refilled across awaits: on expiry every concurrent request runs both queries", "critical-section"),
    "ERR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("LOGIN-MD5", "LOGIN-NO-EXPIRY"),
    ("CYL-WORKINGBAR", "CYL-DATES-UNCHECKED"),
    ("FILL-CYL-MISSING", "HYDRO-OBO"),
    ("HYDRO-OBO", "VISUAL-OBO"),
    ("VISUAL-OBO", "OVERFILL"),
    ("GAS-PRICE-UNKNOWN", "FILL-SEQ-RACE"),
    ("COMPRESSOR-RACE", "FILTER-NEVER"),
    ("PAGE-ALL-ROWS", "PAGE-SLICE"),
    ("TAG-XSS", "TAG-PHONE"),
    ("CERT-TRAVERSAL", "CERT-NOT-OWNER"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole air-fill service. In order of risk:

        1. Member identity is never verified (`jwt.decode`), so every "log in first" check is decorative.
        2. `blenderOnly` fails open when `BLENDER_KEY` is unset.
        3. Three injection paths: the fill search (SQL), `/fills/:seq/analyse` (shell), `/certs/:file` (path).
        4. Fill safety checks (test dates, working pressure) have boundary and validation gaps; for a fill
           station these are safety issues, not just bugs.
        5. Log numbering and compressor minutes race under concurrent fills.

        Fine as written: `officerOnly` (fails closed, length check before `timingSafeEqual`), the nitrox O2
        range check, `esc()` on serial, name and dates, the clamped search `limit`, `execFile` for the filter
        notification, the generic analyser error message and `/cylinders/due`.
        """,
        Block([
            F("TOKEN-NOT-VERIFIED", "critical", "security", "`memberFromToken` decodes the JWT without verifying it",
              "`jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat failures as anonymous.",
              symbol="memberFromToken", conf=0.95),
            F("BLENDER-FAILS-OPEN", "high", "security", "`blenderOnly` passes every request when BLENDER_KEY is unset",
              "Fail closed on an empty key and compare with `timingSafeEqual`, as `officerOnly` does.",
              symbol="blenderOnly", conf=0.85),
            F("LOGIN-MD5", "high", "security", "PINs hashed with unsalted MD5",
              "Use scrypt or argon2 with a per-member salt and rate-limit `/login`.", symbol="POST /login", conf=0.8),
            F("LOGIN-NO-EXPIRY", "medium", "security", "Login tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.7),
            F("CYL-WORKINGBAR", "medium", "bug", "Working pressure is whatever the member enters",
              "Validate `workingBar` against known cylinder ratings (200/232/300) and have the equipment officer confirm it.",
              symbol="POST /cylinders", conf=0.6),
            F("CYL-DATES-UNCHECKED", "high", "bug", "Missing test dates make the fill checks pass",
              "Require valid ISO dates; `monthsSince(undefined)` is NaN and `NaN > 60` is false, so the cylinder is filled.",
              symbol="POST /cylinders", conf=0.75),
            F("CYL-DELETE-NOT-OWNER", "high", "security", "Any member can delete any cylinder",
              "Add `AND owner_id = $2` with the caller's id.", symbol="DELETE /cylinders/:serial", conf=0.85),
        ]),
        "Fill path and the rest:",
        Block([
            F("FILL-CYL-MISSING", "medium", "bug", "Unknown serial crashes the fill handler",
              "Return 404 when `rows[0]` is undefined; the TypeError becomes an unhandled rejection in Express 4.",
              symbol="POST /fills", conf=0.8),
            F("HYDRO-OBO", "high", "bug", "Hydrostatic test accepted through its expiry month",
              "Use `>= HYDRO_MONTHS`, or better compare dates: `addMonths(hydro, 60) <= now`.",
              symbol="POST /fills", conf=0.7),
            F("VISUAL-OBO", "medium", "bug", "Visual inspection accepted one month too long",
              "Same fix: `>= VISUAL_MONTHS` or a date comparison.", symbol="POST /fills", conf=0.65),
            F("OVERFILL", "high", "bug", "Fill pressure allowed 10 % above working pressure",
              "Reject `bar > cyl.working_bar`; a thermal allowance belongs in the fill procedure, not the log check.",
              symbol="POST /fills", conf=0.7),
            F("GAS-PRICE-UNKNOWN", "low", "bug", "Unknown gas is logged with no price",
              "Reject gases not in `PRICE`.", symbol="POST /fills", conf=0.6),
            F("FILL-SEQ-RACE", "medium", "bug", "Fill numbers from `max(seq) + 1` collide",
              "Use a sequence / identity column.", symbol="POST /fills", conf=0.8),
            F("COMPRESSOR-RACE", "medium", "bug", "Compressor run time lost under concurrent fills",
              "`UPDATE compressors SET run_minutes = run_minutes + $1 WHERE id = $2 RETURNING run_minutes`.",
              d=-1, n=3, symbol="bumpCompressor", conf=0.8),
            F("FILTER-NEVER", "high", "bug", "Filter-change alert never fires",
              "Persist the last change; `total - undefined` is NaN and the comparison is always false.",
              symbol="bumpCompressor", conf=0.75),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in `/fills/search`",
              "Bind the pattern: `WHERE serial LIKE $1` with `%${serial}%` as the parameter.",
              symbol="GET /fills/search", conf=0.95),
            F("PAGE-ALL-ROWS", "low", "performance", "Fill log paged in memory",
              "Use `LIMIT`/`OFFSET` (or keyset paging) in SQL.", symbol="GET /fills", conf=0.7),
            F("PAGE-SLICE", "medium", "bug", "Each page returns 26 fills and overlaps the next",
              "`rows.slice((page - 1) * size, page * size)`.", symbol="GET /fills", conf=0.85),
            F("TAG-XSS", "high", "security", "Stored XSS through cylinder notes on the tag page",
              "Wrap `c.notes` and `c.phone` in `esc()`.", symbol="GET /cylinders/:serial/tag", conf=0.9),
            F("TAG-PHONE", "medium", "security", "Tag page publishes the owner's phone number",
              "The route is public and serials are printed on the cylinder; drop the phone or require a login.",
              symbol="GET /cylinders/:serial/tag", conf=0.7),
            F("CERT-TRAVERSAL", "high", "security", "Path traversal in `/certs/:file`",
              "`res.sendFile(file, { root: CERT_DIR })` and reject names containing `/` or `..`.",
              symbol="GET /certs/:file", conf=0.85),
            F("CERT-NOT-OWNER", "medium", "security", "Certificates of other members' cylinders are downloadable",
              "Look the certificate up by a cylinder the caller owns.", symbol="GET /certs/:file", conf=0.65),
            F("ANALYSE-SHELL", "critical", "security", "Command injection through `cell` in the analyser call",
              "`execFile(\"analyser-read\", [\"--cell\", cell, \"--fill\", String(seq)])` with an allow-list of cells.",
              symbol="POST /fills/:seq/analyse", conf=0.9),
            F("BOARD-STAMPEDE", "low", "performance", "Board cache refreshed by every request that finds it stale",
              "Keep the in-flight promise and let concurrent requests await it.", d=-1, symbol="GET /board", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("TOKEN-NOT-VERIFIED", "critical", "security", "jwt.decode used for auth (no signature check)", "jwt.verify", d=-3),
            F("BLENDER-FAILS-OPEN", "high", "security", "blenderOnly open when BLENDER_KEY unset", "deny if unset", d=-1),
            F("SEARCH-SQLI", "critical", "security", "SQLi in /fills/search (serial in LIKE)", "parameterize", d=-3),
            F("ANALYSE-SHELL", "critical", "security", "exec with body.cell -> shell injection", "execFile + allowlist", d=-1),
            F("CERT-TRAVERSAL", "high", "security", "path traversal via :file", "sendFile root option", d=-1),
            F("CYL-DELETE-NOT-OWNER", "high", "security", "DELETE /cylinders/:serial has no owner check", "owner_id filter", d=-3),
            F("CYL-WORKINGBAR", "medium", "bug", "workingBar not validated on registration", "validate rating"),
            F("FILL-CYL-MISSING", "medium", "bug", "cyl undefined for unknown serial -> crash", "404", d=-1),
            F("GAS-PRICE-UNKNOWN", "low", "bug", "gas not validated; price undefined", "reject unknown gas"),
            F("FILL-SEQ-RACE", "medium", "bug", "duplicate seq under concurrency", "sequence", d=2),
            F("COMPRESSOR-RACE", "medium", "bug", "lost update on run_minutes", "atomic UPDATE", d=-1),
            F("PAGE-ALL-ROWS", "low", "performance", "SELECT * FROM fills for every page", "LIMIT/OFFSET"),
            F("PAGE-SLICE", "low", "bug", "slice end +1 -> 26 rows", "drop +1"),
            F("TAG-XSS", "high", "security", "notes not escaped in tag HTML", "esc()"),
            F("ERR-STACK", "medium", "security", "stack trace returned in 500 body", "log only"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the air-fill station service. It is an Express application backed by
        PostgreSQL that registers diving cylinders, records fills and tracks compressor run time.

        ### Authentication and access control
        """,
        Block([
            F("TOKEN-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the token, so any client can craft a token for any member id."),
            F("CYL-DELETE-NOT-OWNER", "HIGH", "Broken Access Control", "Cylinder Deletion Without Ownership Check",
              "Verify the cylinder belongs to the member.", sd=-2, n=3),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Certificate Download",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("LOGIN-MD5", "HIGH", "Weak Cryptography", "Weak PIN Hashing (MD5)",
              "Use bcrypt or scrypt."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict `origin` to the club's own front end."),
            F("TAG-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS on Cylinder Tag Page",
              "Escape `notes` and `phone`.", sd=-2, n=3),
            F("TAG-PHONE", "MEDIUM", "Information Disclosure", "Owner Phone Number Exposed Publicly",
              "Remove personal data from the public tag.", sd=-2, n=3),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Fill Search",
              "Use a bound parameter for the LIKE pattern.", sd=-2, n=3),
            F("ANALYSE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Gas Analyser Call",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("ERR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message."),
        ], wrap="list"),
        """
        ### Fill safety and data integrity
        """,
        Block([
            F("CYL-DATES-UNCHECKED", "HIGH", "Input Validation", "Cylinder Test Dates Not Validated",
              "Validate `hydroDate` and `visualDate` as dates.",
              desc="An invalid date yields NaN in `monthsSince`, and every comparison with NaN is false, so the out-of-date checks never trigger."),
            F("HYDRO-OBO", "HIGH", "Logic Error", "Expired Hydrostatic Test Accepted for a Month",
              "Use `>=` in the expiry comparison.", d=1, sd=-1, n=3),
            F("OVERFILL", "HIGH", "Safety", "Overfill Tolerance Above Working Pressure",
              "Do not allow fills above the rated working pressure.", sd=-2, n=3),
            F("FILL-SEQ-RACE", "MEDIUM", "Race Condition", "Duplicate Fill Sequence Numbers",
              "Use a database sequence.", sd=-2, n=3),
            F("COMPRESSOR-RACE", "MEDIUM", "Race Condition", "Lost Updates to Compressor Run Minutes",
              "Increment in SQL.", d=1),
            F("FILTER-NEVER", "MEDIUM", "Logic Error", "Filter Change Alert Can Never Trigger",
              "Initialise `lastFilterChange` from the database.", sd=-2, n=3),
            F("PAGE-SLICE", "LOW", "Logic Error", "Pagination Returns an Extra Row",
              "Remove the `+ 1` from the slice end.", sd=-2, n=3),
            F("BOARD-STAMPEDE", "LOW", "Caching", "Cache Stampede on Status Board",
              "Share one refresh between concurrent requests.", d=2),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split the routes into separate modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("TOKEN-NOT-VERIFIED", "error", "security", "jwt.decode instead of verify", "use jwt.verify"),
            F("SEARCH-SQLI", "error", "security", "sql injection in fill search", "bind params"),
            F("ANALYSE-SHELL", "error", "security", "command injection via cell", "execFile"),
            F("CERT-TRAVERSAL", "error", "", "path traversal in certs", "root option"),
            F("TAG-XSS", "warning", "security", "xss via notes", "escape"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("VISUAL-OBO", "warning", "bug", "visual inspection check off by one month", ">="),
            F("OVERFILL", "warning", "bug", "allows 10% overfill", "compare to working_bar"),
            F("COMPRESSOR-RACE", "warning", "bug", "run_minutes lost update", "UPDATE ... + $1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication is broken: tokens are decoded but not verified; the blender key check fails open.
        2. Injection: SQL in the fill search, shell in the analyser call, path traversal in certificates.
        3. Fill safety checks can be bypassed or are off by one.
        4. Concurrency: fill numbering, compressor minutes and the board cache.
        5. Data exposure: stack traces, phone numbers, CORS.
        """,
        Block([
            F("TOKEN-NOT-VERIFIED", "blocker", "security", "Tokens are decoded without signature verification",
              "Use jwt.verify with the secret.", conf=0.95),
            F("BLENDER-FAILS-OPEN", "blocker", "security", "Blender authorization bypass when the key is unset",
              "Deny when BLENDER_KEY is empty.", conf=0.85),
            F("LOGIN-MD5", "major", "security", "Insecure PIN hashing",
              "Use a slow salted hash.", conf=0.8),
            F("LOGIN-NO-EXPIRY", "minor", "security", "Issued tokens have no expiration",
              "Set expiresIn.", d=-3, conf=0.6),
            F("CYL-DELETE-NOT-OWNER", "major", "security", "Missing ownership check on cylinder deletion",
              "Restrict to the owner.", conf=0.8),
            F("FILL-CYL-MISSING", "major", "reliability", "Null dereference for unknown cylinder serial",
              "Check that the cylinder exists.", conf=0.8),
            F("VISUAL-OBO", "major", "correctness", "Visual inspection expiry check off by one",
              "Use >= VISUAL_MONTHS.", d=1, conf=0.7),
            F("OVERFILL", "major", "correctness", "Cylinder may be filled above working pressure",
              "Remove the 1.1 factor.", conf=0.75),
            F("FILL-SEQ-RACE", "major", "concurrency", "Race condition in fill sequence allocation",
              "Use a database sequence.", conf=0.8),
            F("COMPRESSOR-RACE", "major", "concurrency", "Non-atomic compressor minutes update",
              "Use an atomic SQL increment.", d=1, conf=0.75),
            F("FILTER-NEVER", "major", "correctness", "Filter alert comparison with undefined",
              "Initialise lastFilterChange.", conf=0.7),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in fill search",
              "Use parameterized queries.", conf=0.95),
            F("PAGE-ALL-ROWS", "minor", "performance", "In-memory pagination of the full fill log",
              "Paginate in SQL.", conf=0.7),
            F("PAGE-SLICE", "minor", "correctness", "Off-by-one in page size",
              "Use page * size as the end.", d=-2, conf=0.7),
            F("TAG-XSS", "major", "security", "XSS in cylinder tag page",
              "Escape notes.", conf=0.85),
            F("CERT-TRAVERSAL", "blocker", "security", "Path traversal in certificate download",
              "Validate the filename.", conf=0.85),
            F("ANALYSE-SHELL", "blocker", "security", "OS command injection in analyser endpoint",
              "Avoid exec with interpolated input.", conf=0.9),
            F("BOARD-STAMPEDE", "minor", "performance", "Cache stampede on the status board",
              "Deduplicate concurrent refreshes.", conf=0.5),
            F("ERR-STACK", "minor", "security", "Stack trace leaked in error responses",
              "Hide internals.", conf=0.7),
        ], wrap="object+summary", summary="19 findings: 5 blocker, 9 major, 5 minor"),
    ]),
}
