"""test76/ts-bindery: a bookbinding workshop's order queue (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders, this data's test and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers. "
    "Frozen test split test76: seeded problems in a small Express + pg order queue of a bookbinding workshop (orders, "
    "leather and board stock, tooling proofs, collection lockers); five agents' answers written by hand."
)

S = "server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any Origin with credentials allowed"),
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "bindery-local-secret";', "security", "JWT signing secret falls back to a constant in the source"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Customer | null;", "security", "customer middleware uses jwt.decode, which never checks the signature: anyone forges a token for any customer id", "signature-vs-statement"),
    "LOGIN-MD5": P(S, 'const hash = crypto.createHash("md5").update(String(password)).digest("hex");', "security", "passwords stored as unsalted MD5"),
    "TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET);", "security", "login tokens are signed without expiresIn: a leaked token works for ever"),
    "STOCK-ORDER-INJECTION": P(S, "ORDER BY ${order}`, [kind]);", "security", "order query value interpolated into ORDER BY (kind is bound on the same line)", "source-vs-sink"),
    "CLIENT-LEAK": P(S, "const db = await pool.connect();", "bug", "pooled client never released (and the transaction left open) on the 409 return or on any thrown error: the pool of 10 runs dry"),
    "LEATHER-LOST-UPDATE": P(S, "if (stock.rows[0].qty_sqft < need)", "bug", "leather stock read, checked and written back as an absolute value without FOR UPDATE: concurrent orders overdraw it and lose decrements", "critical-section"),
    "LEATHER-UNKNOWN-ID": P(S, "if (stock.rows[0].qty_sqft < need)", "bug", "unknown leatherId (or a board id) leaves rows empty: stock.rows[0] is undefined and the handler throws"),
    "COLLECT-CODE-RANDOM": P(S, "const code = String(Math.floor(Math.random() * 10000))", "security", "locker collection code from Math.random, four digits"),
    "PRICE-PAGES": P(S, "Number(pages) * PAGE_RATE", "bug", "pages not validated: negative or non-numeric pages give a lower or NaN price and balance"),
    "ORDER-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);', "security", "any customer reads any order (with its collection code) by id", "signature-vs-statement"),
    "QUEUE-LOADS-ALL": P(S, "SELECT id FROM orders WHERE status = 'queued' ORDER BY created_at", "performance", "every queued order loaded to compute one position (a COUNT would do)"),
    "QUEUE-POSITION": P(S, "res.json({ position: idx, weeksToWait:", "bug", "findIndex is 0-based: the first order in the queue is told position 0 and every position is one short", "off-by-one"),
    "PROOF-TRAVERSAL": P(S, "res.sendFile(file);", "security", "name query value joined to PROOF_DIR and sent: ../ reads any file", "source-vs-sink"),
    "TOOLING-SHELL-TEXT": P(S, 'exec(`convert -font ${font} -pointsize 28 label:"${text}"', "security", "spine text interpolated into a shell command inside double quotes", "source-vs-sink"),
    "TOOLING-SHELL-FONT": P(S, 'exec(`convert -font ${font} -pointsize 28 label:"${text}"', "security", "font name interpolated unquoted into the same shell command"),
    "TOOLING-ERR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message });", "security", "exec error message (the full command line and stderr) returned to the customer"),
    "TICKET-XSS": P(S, "<p>${o.notes}</p>", "security", "customer notes unescaped in the bench ticket HTML (title, binding and email are escaped on the same line)"),
    "DUE-MONTH": P(S, "const due = new Date(y, m, d);", "bug", "JavaScript months are 0-based: a due date of 2027-03-10 is stored as 10 April", "off-by-one"),
    "PAYMENT-AMOUNT": P(S, "const amount = Number(req.body.amount);", "bug", "payment amount not validated: negative, zero or NaN amounts change the balance"),
    "PAYMENT-LOST-UPDATE": P(S, "const balance = rows[0].balance - amount;", "bug", "balance read, computed in JS and written back: two payments at once lose one", "critical-section"),
    "TOOL-TAKE-RACE": P(S, 'await pool.query("INSERT INTO tool_log (tool, order_id, taken_at)', "bug", "has() check, then an await, then set(): two benches can both take the same finishing tool", "critical-section"),
    "ATTEMPTS-SHARED-IP": P(S, 'const ip = req.ip ?? "unknown";', "bug", "without trust proxy req.ip is the proxy's address: every customer shares one attempt counter and five wrong codes lock out everyone"),
    "ATTEMPTS-NEVER-EXPIRE": P(S, "attempts.set(ip, tries);", "performance", "attempt counters are never expired: the map grows with every client address and a lock-out is permanent"),
    "COLLECT-NOT-READY": P(S, "UPDATE orders SET status = 'collected', collected_at = now() WHERE id = $1", "bug", "order status is never checked: a queued (unbound) order with nothing to pay opens a locker and is marked collected"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace"),
}

CONFUSABLE = [
    ("LOGIN-MD5", "TOKEN-NO-EXPIRY"),
    ("CLIENT-LEAK", "LEATHER-LOST-UPDATE"),
    ("CLIENT-LEAK", "LEATHER-UNKNOWN-ID"),
    ("LEATHER-LOST-UPDATE", "LEATHER-UNKNOWN-ID"),
    ("LEATHER-UNKNOWN-ID", "PRICE-PAGES"),
    ("COLLECT-CODE-RANDOM", "PRICE-PAGES"),
    ("QUEUE-LOADS-ALL", "QUEUE-POSITION"),
    ("TOOLING-SHELL-TEXT", "TOOLING-SHELL-FONT"),
    ("TOOLING-SHELL-TEXT", "TOOLING-ERR-LEAK"),
    ("TOOLING-SHELL-FONT", "TOOLING-ERR-LEAK"),
    ("PAYMENT-AMOUNT", "PAYMENT-LOST-UPDATE"),
    ("ATTEMPTS-SHARED-IP", "ATTEMPTS-NEVER-EXPIRE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `server.ts`, the whole of the bindery order queue.

        **Summary**

        1. **Authentication is not enforced for customers.** The `customer` middleware decodes the JWT without
           verifying it, so every customer endpoint trusts a forged token. `benchOnly` by contrast is solid: it fails
           closed on an empty `BENCH_KEY`, checks the length and uses `timingSafeEqual`.
        2. **Injection**: the tooling preview builds a shell command from two request fields, and `/stock` puts
           `order` into `ORDER BY`.
        3. **Stock and money races**: the leather draw-down, payments and the tool hand-out are read-modify-write
           sequences. The stock adjustment endpoint shows the right pattern (`qty_sqft = qty_sqft + $1`).
        4. **Off-by-one errors** in queue positions and due dates. Bench paging (`(page - 1) * size`, clamped
           size) and the locker number are correct.

        Security first:
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`customer` middleware never verifies the JWT signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })`; `jwt.decode` accepts any token.",
              symbol="customer", conf=0.95),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", conf=0.8),
            F("LOGIN-MD5", "high", "security", "Passwords hashed with unsalted MD5",
              "Use bcrypt/argon2 (or `crypto.scrypt` with a per-user salt).", symbol="POST /login", conf=0.85),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Issued tokens never expire",
              "Pass `expiresIn` (e.g. `\"12h\"`) to `jwt.sign`.", symbol="POST /login", conf=0.75),
            F("STOCK-ORDER-INJECTION", "high", "security", "SQL injection via `order` in `/stock`",
              "Allow-list the sortable columns.", symbol="GET /stock", conf=0.85),
            F("ORDER-IDOR", "high", "security", "Customers can read any order, including its collection code",
              "Add `AND customer_id = $2` with the caller's id.", symbol="GET /orders/:id", conf=0.9),
            F("COLLECT-CODE-RANDOM", "medium", "security", "Locker codes come from `Math.random()` and have only 10,000 values",
              "Use `crypto.randomInt` and a longer code.", symbol="POST /orders", conf=0.75),
            F("PROOF-TRAVERSAL", "high", "security", "Path traversal in proof download",
              "Reject names with `/` or `..` and check that the resolved path starts with `PROOF_DIR`.",
              symbol="GET /orders/:id/proof", conf=0.9),
            F("TOOLING-SHELL-TEXT", "critical", "security", "Shell injection through the spine `text`",
              "Use `execFile(\"convert\", [\"-font\", font, \"-pointsize\", \"28\", `label:${text}`, out])`.",
              symbol="POST /orders/:id/tooling-preview", conf=0.9),
            F("TOOLING-SHELL-FONT", "high", "security", "Shell injection through `font` (unquoted)",
              "Same fix, plus an allow-list of installed fonts.", symbol="POST /orders/:id/tooling-preview", conf=0.85),
            F("TICKET-XSS", "medium", "security", "Stored XSS through order notes on the bench ticket",
              "Wrap `o.notes` in `esc()` like the other fields.", symbol="GET /bench/orders/:id/ticket", conf=0.8),
            F("ERROR-STACK", "medium", "security", "Error handler returns stack traces", "Log the stack; send a generic message.", conf=0.8),
        ]),
        "Correctness, concurrency and resources:",
        Block([
            F("LEATHER-LOST-UPDATE", "high", "bug", "Leather stock draw-down is a lost-update race",
              "Do it atomically: `UPDATE stock SET qty_sqft = qty_sqft - $1 WHERE id = $2 AND qty_sqft >= $1` and check `rowCount`.",
              n=2, symbol="POST /orders", conf=0.85),
            F("LEATHER-UNKNOWN-ID", "medium", "bug", "Unknown `leatherId` crashes the order handler",
              "Return 400 when `stock.rows` is empty.", symbol="POST /orders", conf=0.75),
            F("CLIENT-LEAK", "high", "bug", "Pool client is not released on the early return or on errors",
              "Wrap the transaction in `try { ... } catch { ROLLBACK } finally { db.release() }`.",
              symbol="POST /orders", conf=0.85),
            F("QUEUE-LOADS-ALL", "low", "performance", "Queue position loads every queued order",
              "`SELECT count(*) FROM orders WHERE status = 'queued' AND created_at < (SELECT created_at ...)`.",
              symbol="GET /orders/:id/position", conf=0.6),
            F("QUEUE-POSITION", "medium", "bug", "Queue position is zero-based",
              "Report `idx + 1`.", symbol="GET /orders/:id/position", conf=0.8),
            F("DUE-MONTH", "high", "bug", "Due dates land one month late (`Date` months are 0-based)",
              "`new Date(y, m - 1, d)`, or parse the ISO string.", symbol="POST /bench/orders/:id/due", conf=0.9),
            F("PAYMENT-AMOUNT", "medium", "bug", "Payment amount is not validated",
              "Require a finite positive amount.", symbol="POST /bench/orders/:id/payment", conf=0.75),
            F("PAYMENT-LOST-UPDATE", "medium", "bug", "Concurrent payments can overwrite each other",
              "`UPDATE orders SET balance = balance - $1 WHERE id = $2 RETURNING balance`.",
              symbol="POST /bench/orders/:id/payment", conf=0.8),
            F("TOOL-TAKE-RACE", "low", "bug", "Tool hand-out check and set are separated by an `await`",
              "Set the holder before awaiting, or use a unique partial index on open `tool_log` rows.",
              symbol="POST /bench/tools/:tool/take", conf=0.7),
            F("ATTEMPTS-NEVER-EXPIRE", "low", "performance", "`attempts` map is never pruned",
              "Expire entries after a window (or use a rate limiter with TTL).", symbol="POST /collect", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "customer(): jwt.decode instead of jwt.verify", "jwt.verify with JWT_SECRET.", d=-3),
            F("LOGIN-MD5", "high", "security", "MD5 password hashes", "bcrypt/argon2."),
            F("STOCK-ORDER-INJECTION", "high", "security", "/stock ORDER BY from req.query.order", "Allow-list.", d=-1),
            F("CLIENT-LEAK", "high", "bug", "POST /orders leaks the pg client on 409/throw", "try/finally release + ROLLBACK."),
            F("LEATHER-LOST-UPDATE", "high", "bug", "Stock update writes an absolute value computed from a stale read", "Relative UPDATE with a guard.", d=1),
            F("PRICE-PAGES", "medium", "bug", "pages unvalidated in price calc (negative/NaN)", "Validate positive integer."),
            F("ORDER-IDOR", "high", "security", "GET /orders/:id has no owner check", "Filter by customer_id.", d=-1),
            F("QUEUE-POSITION", "low", "bug", "position off by one (0-based)", "idx + 1."),
            F("PROOF-TRAVERSAL", "high", "security", "req.query.name joined into sendFile path", "Validate name.", d=-1),
            F("TOOLING-SHELL-TEXT", "critical", "security", "exec() with body.text in command", "execFile + args.", d=-1),
            F("TOOLING-ERR-LEAK", "low", "security", "err.message returned to client", "Generic error."),
            F("DUE-MONTH", "medium", "bug", "new Date(y, m, d) with 1-based month", "m - 1.", d=-1),
            F("TOOL-TAKE-RACE", "low", "bug", "toolHolders check/await/set race", "Claim before await.", d=-1),
            F("ERROR-STACK", "low", "security", "stack traces in 500 responses", "Remove stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the bookbinding order-queue server (`server.ts`). Below is a summary of the
        most important issues, followed by the detailed findings.

        ### Security

        The most serious problem is that customer authentication can be bypassed entirely because the JWT is
        decoded rather than verified. There are also command injection and path traversal vulnerabilities in the
        proof features, and several configuration weaknesses.
        """,
        Block([
            F("JWT-DECODE", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace jwt.decode with jwt.verify.", sd=-2, n=3,
              desc="jwt.decode only base64-decodes the payload. An attacker can craft a token with any customer id."),
            F("JWT-DEFAULT-SECRET", "High", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Fail at startup if JWT_SECRET is missing."),
            F("CORS-ANY-ORIGIN", "Medium", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict origin to the shop's own domain."),
            F("LOGIN-MD5", "High", "Cryptographic Failure", "Weak Password Hashing (MD5)",
              "Use a slow, salted hash such as bcrypt."),
            F("STOCK-ORDER-INJECTION", "High", "SQL Injection", "SQL Injection in Stock Listing",
              "Whitelist the order column.", sd=-2, n=3),
            F("ORDER-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Orders",
              "Check the order belongs to the authenticated customer.", sd=-1, n=2),
            F("COLLECT-CODE-RANDOM", "Medium", "Insecure Randomness", "Predictable Collection Codes",
              "Use crypto.randomInt."),
            F("PROOF-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Proof Download",
              "Sanitize the file name.", sd=-2, n=3),
            F("TOOLING-SHELL-TEXT", "Critical", "Command Injection", "Command Injection in Tooling Preview",
              "Use execFile with an argument array.", sd=-2, n=3),
            F("TOOLING-SHELL-FONT", "High", "Command Injection", "Unquoted Font Parameter in Shell Command",
              "Validate the font against a list.", d=-2),
            F("TICKET-XSS", "Medium", "Cross-Site Scripting", "Stored XSS in Bench Ticket",
              "Escape the notes field."),
            F("ERROR-STACK", "Low", "Information Disclosure", "Stack Trace Disclosure",
              "Do not include err.stack in responses."),
        ], wrap="list"),
        """
        ### Reliability and Logic
        """,
        Block([
            F("LEATHER-LOST-UPDATE", "High", "Race Condition", "Race Condition in Leather Stock Deduction",
              "Use SELECT ... FOR UPDATE or an atomic UPDATE.", d=-1),
            F("QUEUE-LOADS-ALL", "Low", "Performance", "Inefficient Queue Position Query",
              "Use a COUNT query."),
            F("PAYMENT-LOST-UPDATE", "Medium", "Race Condition", "Lost Update on Order Balance",
              "Update the balance atomically in SQL.", d=1),
            U({"severity": "Low", "category": "style", "suggestion": "Move the route handlers into separate router modules."}),
            F("ATTEMPTS-NEVER-EXPIRE", "Medium", "Denial of Service", "Unbounded Attempts Map",
              "Expire old entries."),
            F("COLLECT-NOT-READY", "Medium", "Logic Error", "Orders Can Be Collected Before They Are Ready",
              "Check that status is 'ready' before opening a locker."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "high", "security", "jwt.decode doesn't verify", "jwt.verify"),
            F("ORDER-IDOR", "high", "security", "any customer can read any order", "check customer_id"),
            F("PROOF-TRAVERSAL", "high", "security", "path traversal in proof", "check path", d=-1),
            F("TOOLING-SHELL-TEXT", "high", "security", "command injection in tooling preview", "execFile"),
            F("COLLECT-CODE-RANDOM", "medium", "security", "Math.random collect code", "crypto.randomInt"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("LEATHER-LOST-UPDATE", "medium", "bug", "leather stock race", "atomic update"),
            F("PAYMENT-AMOUNT", "low", "", "payment amount not checked", "validate"),
            F("ATTEMPTS-NEVER-EXPIRE", "low", "performance", "attempts map grows forever", "ttl"),
            F("ERROR-STACK", "low", "security", "stack in error response", "drop it"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication bypass: JWTs are decoded, not verified.
        2. Injection: SQL (`/stock`) and shell (`tooling-preview`).
        3. Access control: orders readable by any customer.
        4. Concurrency: leather stock, payments and tool hand-out.
        5. Correctness: queue position and due dates.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Authentication bypass: token decoded without verification",
              "Use jwt.verify.", conf=0.95),
            F("CORS-ANY-ORIGIN", "major", "security", "CORS allows any origin with credentials",
              "Configure an explicit origin list.", conf=0.7),
            F("LOGIN-MD5", "major", "security", "Insecure password hashing algorithm",
              "Use bcrypt.", conf=0.85),
            F("TOKEN-NO-EXPIRY", "minor", "security", "JWT issued without expiration",
              "Set expiresIn.", conf=0.7),
            F("STOCK-ORDER-INJECTION", "blocker", "security", "SQL injection in ORDER BY clause",
              "Whitelist columns.", d=-1, conf=0.85),
            F("LEATHER-LOST-UPDATE", "major", "concurrency", "Race condition on leather stock",
              "Lock the row with FOR UPDATE.", conf=0.8),
            F("LEATHER-UNKNOWN-ID", "major", "reliability", "Unchecked empty result for leather stock",
              "Validate leatherId.", conf=0.7),
            F("ORDER-IDOR", "major", "security", "Missing ownership check on order retrieval",
              "Verify customer_id.", d=-1, conf=0.85),
            F("QUEUE-POSITION", "minor", "correctness", "Queue position is off by one",
              "Add one to the index.", d=-2, conf=0.75),
            F("PROOF-TRAVERSAL", "blocker", "security", "Path traversal in proof file download",
              "Validate the file name.", conf=0.85),
            F("TOOLING-SHELL-TEXT", "blocker", "security", "Command injection in tooling preview",
              "Use execFile.", d=-1, conf=0.9),
            F("TOOLING-ERR-LEAK", "minor", "security", "Command error details returned to client",
              "Return a generic message.", d=-1, conf=0.6),
            F("TICKET-XSS", "major", "security", "Cross-site scripting in ticket page",
              "Escape notes.", conf=0.8),
            F("DUE-MONTH", "major", "correctness", "Month off by one in due date parsing",
              "Subtract one from the month.", conf=0.85),
            F("PAYMENT-LOST-UPDATE", "major", "concurrency", "Lost update on payment balance",
              "Use an atomic UPDATE.", d=-1, conf=0.8),
            F("TOOL-TAKE-RACE", "minor", "concurrency", "Race condition in tool checkout",
              "Claim the tool before the await.", d=1, conf=0.65),
            F("ATTEMPTS-SHARED-IP", "major", "reliability", "Attempt limiter keyed by proxy IP locks out all customers",
              "Configure trust proxy or key attempts by order id.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 9 major, 4 minor"),
    ]),
}
