"""test48/ts-packetlib: an allotment association's seed library (TypeScript, Express 4 + pg). Labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's
answers (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test48: seeded problems in a seed library (packets lent, germination reports); "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Member | null;", "security", "bearer token decoded, never verified: anyone can forge a member (or librarian) identity", "signature-vs-statement"),
    "SOW-MONTH-ZERO-BASED": P(S, "const month = when.getMonth();", "bug", "getMonth() is 0-based but sow_from/sow_to are 1..12: the window is shifted by a month", "off-by-one"),
    "SOW-WINDOW-END": P(S, "return month >= v.sow_from && month < v.sow_to;", "bug", "sow_to is an inclusive month but compared with <: the last sowing month is excluded", "off-by-one"),
    "SIGNUP-ROLE": P(S, '[name, email, phone, role ?? "member"],', "security", "signup takes role from the body: anyone registers as librarian"),
    "MEMBER-IDOR": P(S, 'const r = await pool.query("SELECT * FROM members WHERE id = $1", [req.params.id]);', "security", "any member reads any other member's record (email, phone, role)"),
    "PACKET-LIMIT-UNBOUNDED": P(S, "const limit = Number(req.query.limit ?? 50);", "performance", "limit from the query is not bounded (limit=1000000 returns the whole catalogue)"),
    "PACKET-SORT-SQLI": P(S, "ORDER BY ${sort} LIMIT $2`,", "security", "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "LOAN-COUNT-NEGATIVE": P(S, "const { packetId, count } = req.body;", "bug", "count not validated: a negative or fractional count passes the stock check and raises the stock"),
    "LOAN-LIMIT-OBO": P(S, "if (open.rows.length > MAX_OPEN_LOANS)", "bug", "> instead of >=: a member can hold MAX_OPEN_LOANS + 1 open loans", "off-by-one"),
    "LOAN-STOCK-RACE": P(S, 'await pool.query("UPDATE packets SET stock = $1 WHERE id = $2", [p.rows[0].stock - count, packetId]);', "bug", "stock read, checked and written back as an absolute value across awaits: concurrent loans oversell and lose updates", "critical-section"),
    "RETURN-NOT-OWNER": P(S, 'const loan = await pool.query("SELECT packet_id FROM loans WHERE id = $1", [req.params.id]);', "security", "return route does not check that the loan belongs to the caller", "signature-vs-statement"),
    "RETURN-COUNT-FROM-BODY": P(S, 'await pool.query("UPDATE packets SET stock = stock + $1 WHERE id = $2", [req.body.count', "bug", "stock restored by the count in the request body, not the loan's count"),
    "RETURN-TWICE": P(S, 'await pool.query("UPDATE loans SET returned_at = now() WHERE id = $1", [req.params.id]);', "bug", "returned_at never checked: returning the same loan again adds the packets again"),
    "REPORT-SOWN-ZERO": P(S, "const rate = Math.round((sprouted / sown) * 100);", "bug", "sown = 0 (or missing) gives Infinity/NaN as the stored rate"),
    "REPORT-OVER-100": P(S, "const rate = Math.round((sprouted / sown) * 100);", "bug", "sprouted > sown not rejected: rates above 100% skew the variety average"),
    "REPORT-LOAN-NOT-OWNED": P(S, 'const loan = await pool.query("SELECT packet_id FROM loans WHERE id = $1", [loanId]);', "security", "a member can file germination reports against anyone's loan"),
    "RATE-CACHE-RACE": P(S, 'const r = await pool.query("SELECT avg(rate) AS rate FROM reports WHERE packet_id = $1", [id]);', "performance", "check-then-await-then-set cache: concurrent misses all run the average query and overwrite each other", "critical-section"),
    "CARD-XSS": P(S, "const items = reports.rows.map((r) => `<li>${r.rate}% - ${r.notes}</li>`).join(\"\");", "security", "members' report notes rendered into the packet card HTML unescaped", "signature-vs-statement"),
    "CARD-NOT-FOUND": P(S, 'res.type("html").send(`<h1>${esc(v.name)}</h1>', "bug", "unknown packet id: v is undefined and the card throws (500, and in Express 4 an unhandled rejection)"),
    "UPLOAD-NO-AUTH": P(S, "const me = memberFrom(req);", "security", "photo upload computes the member but never rejects anonymous callers", nth=4),
    "UPLOAD-TRAVERSAL": P(S, "await fs.writeFile(path.join(PHOTO_DIR, name), req.body);", "security", "name query value joined to PHOTO_DIR: writes anywhere the process can", "source-vs-sink"),
    "LABEL-EXEC": P(S, 'exec(`print-label --copies ${copies} "${v.name} (${v.variety})"`', "security", "copies query value (and packet names) interpolated into a shell command", "source-vs-sink"),
    "REMIND-SHELL": P(S, 'exec(`mail -s "Seed library: how did ${row.name} do?" ${row.email}', "security", "member email from signup (unvalidated) run through a shell in the reminder job (extra, one agent)"),
    "PAGES-FLOOR": P(S, "const pages = Math.floor(total / PAGE_SIZE);", "bug", "floor instead of ceil: the last partial page is not counted (21 loans report 1 page)", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler sends stack traces and internal messages to clients"),
}

CONFUSABLE = [
    ("SOW-MONTH-ZERO-BASED", "SOW-WINDOW-END"),
    ("PACKET-LIMIT-UNBOUNDED", "PACKET-SORT-SQLI"),
    ("LOAN-COUNT-NEGATIVE", "LOAN-LIMIT-OBO"),
    ("LOAN-LIMIT-OBO", "LOAN-STOCK-RACE"),
    ("RETURN-NOT-OWNER", "RETURN-COUNT-FROM-BODY"),
    ("RETURN-COUNT-FROM-BODY", "RETURN-TWICE"),
    ("REPORT-SOWN-ZERO", "REPORT-OVER-100"),
    ("REPORT-SOWN-ZERO", "REPORT-LOAN-NOT-OWNED"),
    ("CARD-XSS", "CARD-NOT-FOUND"),
    ("UPLOAD-NO-AUTH", "UPLOAD-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole seed-library API.

        The root problem is identity: `memberFrom` uses `jwt.decode`, so every member check in the file trusts a
        token anyone can mint, and signup lets a caller choose `role`. On top of that several routes act on ids
        without checking ownership (member records, loan returns, reports), and the loan/return bookkeeping can
        be driven negative or double counted.

        Done right, for comparison: `librarianOnly` fails closed (empty key, length check, `timingSafeEqual`),
        `/librarian/restock` validates its numbers and increments atomically, `DELETE /packets/:id` only deletes
        out-of-stock packets, the variety filter and every other value are bound parameters, and the card escapes
        the packet name and variety.

        | severity | findings |
        |---|---|
        | critical | 3 |
        | high | 8 |
        | medium | 11 |
        | low | 3 |
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "Bearer tokens are decoded, never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="memberFrom", conf=0.95),
            F("SIGNUP-ROLE", "high", "security", "Signup accepts a caller-supplied `role`",
              "Always insert `member`; promote librarians out of band.", symbol="POST /members", conf=0.85),
            F("MEMBER-IDOR", "medium", "security", "Any logged-in member can read any member record",
              "Allow `req.params.id === me.id` (or a librarian) and select only the needed columns.",
              symbol="GET /members/:id", conf=0.8),
            F("PACKET-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /packets`",
              "Map `sort` through an allow-list (`name`, `variety`, `stock`).", symbol="GET /packets", conf=0.95),
            F("PACKET-LIMIT-UNBOUNDED", "low", "performance", "`limit` is not capped",
              "Clamp to 1..100 and default on NaN.", symbol="GET /packets", conf=0.6),
            F("UPLOAD-TRAVERSAL", "critical", "security", "Photo upload writes to a caller-chosen path",
              "Ignore `?name=`; store as `${id}.jpg` after checking `id` is numeric.", symbol="PUT /packets/:id/photo", conf=0.9),
            F("UPLOAD-NO-AUTH", "high", "security", "Photo upload never requires a member",
              "Return 401 when `memberFrom` gives null (and check the member may edit this packet).",
              symbol="PUT /packets/:id/photo", conf=0.8),
            F("LABEL-EXEC", "high", "security", "Shell command built from `copies` and packet names",
              "Use `execFile(\"print-label\", [\"--copies\", String(n), label])` with `n` parsed and bounded.",
              symbol="POST /packets/:id/label", conf=0.85),
            F("CARD-XSS", "high", "security", "Report notes are rendered unescaped in the packet card",
              "`esc(r.notes)` like the name and variety.", symbol="GET /packets/:id/card", conf=0.85),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler returns stack traces",
              "Log the error server-side; send a generic message.", symbol="error handler", conf=0.8),
            F("CORS-REFLECT", "medium", "security", "CORS reflects any origin with credentials",
              "Configure an explicit origin list.", conf=0.7),
        ]),
        "Bookkeeping and correctness:",
        Block([
            F("LOAN-STOCK-RACE", "high", "bug", "Concurrent loans can oversell a packet",
              "Do it in one statement: `UPDATE packets SET stock = stock - $1 WHERE id = $2 AND stock >= $1` and check `rowCount`.",
              symbol="POST /loans", conf=0.85),
            F("LOAN-COUNT-NEGATIVE", "high", "bug", "Loan `count` is not validated",
              "Require a positive integer; `count: -10` currently adds ten packets to the stock.",
              symbol="POST /loans", conf=0.85),
            F("LOAN-LIMIT-OBO", "medium", "bug", "Open-loan limit allows one loan too many",
              "Use `>=` so a member with 5 open loans is refused.", symbol="POST /loans", conf=0.8),
            F("RETURN-NOT-OWNER", "high", "security", "Any member can return any loan",
              "Select with `AND member_id = $2` and 404 otherwise.", symbol="POST /loans/:id/return", conf=0.8),
            F("RETURN-COUNT-FROM-BODY", "high", "bug", "Return restores whatever count the client sends",
              "Select the loan's own `count` and add that.", symbol="POST /loans/:id/return", conf=0.85),
            F("RETURN-TWICE", "medium", "bug", "A loan can be returned twice",
              "`UPDATE loans SET returned_at = now() WHERE id = $1 AND returned_at IS NULL` first and only restock when a row changed.",
              symbol="POST /loans/:id/return", conf=0.8),
            F("REPORT-SOWN-ZERO", "medium", "bug", "Germination rate divides by `sown` unchecked",
              "Reject `sown <= 0`.", symbol="POST /reports", conf=0.8),
            F("REPORT-OVER-100", "low", "bug", "Reports with more seedlings than seeds are accepted",
              "Reject `sprouted > sown`.", symbol="POST /reports", conf=0.7),
            F("REPORT-LOAN-NOT-OWNED", "medium", "security", "Reports can be filed against other members' loans",
              "Check `member_id` on the loan.", symbol="POST /reports", conf=0.75),
            F("RATE-CACHE-RACE", "medium", "performance", "Germination cache stampede: concurrent misses all query",
              "Cache the pending promise per id so concurrent requests share one query.",
              symbol="GET /packets/:id/germination", conf=0.7),
            F("CARD-NOT-FOUND", "low", "bug", "Card route throws for an unknown packet",
              "Return 404 when no row is found.", symbol="GET /packets/:id/card", conf=0.7),
            F("SOW-MONTH-ZERO-BASED", "medium", "bug", "`getMonth()` is zero-based but the packet months are 1-12",
              "`const month = when.getMonth() + 1;`", symbol="inSowingWindow", conf=0.85),
            F("SOW-WINDOW-END", "medium", "bug", "Last sowing month is excluded from the window",
              "`month <= v.sow_to` (the packet's range is inclusive).", symbol="inSowingWindow", conf=0.75),
            F("PAGES-FLOOR", "medium", "bug", "`pages` undercounts by one when the last page is partial",
              "`Math.ceil(total / PAGE_SIZE)`.", symbol="GET /librarian/loans", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "memberFrom trusts unsigned tokens (jwt.decode)", "jwt.verify with secret", d=-3),
            F("PACKET-SORT-SQLI", "critical", "security", "req.query.sort flows into ORDER BY", "allow-list", d=-3),
            F("UPLOAD-TRAVERSAL", "high", "security", "?name= controls the write path of the photo upload", "fixed file name", d=-1),
            F("LABEL-EXEC", "high", "security", "copies from query interpolated into exec()", "execFile + parseInt", d=-1),
            F("RETURN-NOT-OWNER", "high", "security", "POST /loans/:id/return: no ownership check", "filter by member_id", d=-3),
            F("CARD-XSS", "medium", "security", "GET /packets/:id/card renders r.notes as HTML", "esc()", d=-3),
            F("SIGNUP-ROLE", "high", "security", "POST /members: role taken from req.body", "drop role", d=-3),
            F("REPORT-LOAN-NOT-OWNED", "medium", "security", "reports accept any loanId", "check loan.member_id"),
            F("LOAN-STOCK-RACE", "high", "bug", "read-modify-write of packets.stock across awaits", "atomic UPDATE ... WHERE stock >= $1", d=-2),
            F("LOAN-LIMIT-OBO", "low", "bug", "MAX_OPEN_LOANS check off by one", ">=", d=-1),
            F("SOW-WINDOW-END", "low", "bug", "inSowingWindow: upper bound exclusive", "<=", d=-2),
            F("RATE-CACHE-RACE", "low", "bug", "germination cache set after await: last writer wins, duplicate queries", "memoize promise", d=1),
            F("ERROR-STACK-LEAK", "medium", "security", "500 handler leaks err.stack", "generic message"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the seed library service. It is an Express application on PostgreSQL that
        lends seed packets to members and collects germination reports.

        ## Security

        The most serious issue is that authentication tokens are never verified. Several endpoints also build
        SQL or shell commands from request input, and some write to the filesystem with user-chosen names.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with a secret key.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload; a forged token with any `id` is accepted."),
            F("PACKET-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Sort Parameter",
              "Whitelist the sort column.", sd=-2, n=3),
            F("UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write in Photo Upload",
              "Sanitize the file name with `path.basename` and an extension check.", sd=-2, n=3),
            F("UPLOAD-NO-AUTH", "HIGH", "Broken Access Control", "Photo Upload Allows Anonymous Users",
              "Reject the request when no member is authenticated.", sd=-1, n=3),
            F("LABEL-EXEC", "HIGH", "Command Injection", "Command Injection in Label Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("REMIND-SHELL", "HIGH", "Command Injection", "Command Injection via Member Email in Reminder Job",
              "Validate emails at signup and send mail through a library instead of the shell.", sd=-2, n=3,
              desc="The email address is stored without validation at signup and later inserted into a `mail` command line."),
            F("SIGNUP-ROLE", "HIGH", "Privilege Escalation", "Mass Assignment of Role at Signup",
              "Ignore the role field from the client.", sd=-2, n=3),
            F("MEMBER-IDOR", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Member Profiles",
              "Check that the requested id is the caller's.", sd=-2, n=3),
            F("CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Germination Report Notes",
              "Escape the notes before rendering.", sd=-2, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict allowed origins.", sd=0, n=2),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Remove `stack` from the response.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Correctness and Reliability
        """,
        Block([
            F("LOAN-STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Packet Stock Update",
              "Use an atomic decrement with a stock guard.", d=-1, sd=-3, n=3,
              desc="Two members borrowing the last packets at the same time both pass the stock check; the second write overwrites the first."),
            F("LOAN-LIMIT-OBO", "MEDIUM", "Logic Error", "Loan Limit Allows One Extra Loan",
              "Use `>=`.", sd=-2, n=3),
            F("RETURN-NOT-OWNER", "HIGH", "Broken Access Control", "Loans Can Be Returned by Other Members",
              "Verify the loan belongs to the caller.", sd=-2, n=3),
            F("RETURN-COUNT-FROM-BODY", "MEDIUM", "Data Integrity", "Returned Count Taken From Request Body",
              "Use the count stored on the loan.", sd=-2, n=3),
            F("REPORT-SOWN-ZERO", "MEDIUM", "Input Validation", "Division by Zero in Germination Rate",
              "Validate that `sown` is a positive integer.", sd=-2, n=3),
            F("RATE-CACHE-RACE", "LOW", "Caching", "Cache Stampede in Germination Endpoint",
              "Deduplicate concurrent requests for the same id.", d=-1, sd=-3, n=3),
            F("CARD-NOT-FOUND", "LOW", "Error Handling", "Missing Not-Found Handling in Packet Card",
              "Return 404 when the packet does not exist.", sd=-2, n=3),
            F("SOW-MONTH-ZERO-BASED", "MEDIUM", "Logic Error", "Sowing Window Off by One Month",
              "Add 1 to `getMonth()`.", d=1, sd=-1, n=3),
            F("PAGES-FLOOR", "LOW", "Logic Error", "Page Count Rounds Down",
              "Use `Math.ceil`.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "All routes live in a single file; consider routers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode instead of verify", "verify"),
            F("PACKET-SORT-SQLI", "error", "security", "sql injection in sort", "whitelist"),
            F("UPLOAD-TRAVERSAL", "error", "security", "path traversal in photo upload name", "basename"),
            F("LABEL-EXEC", "error", "security", "command injection via copies", "execFile"),
            F("RETURN-NOT-OWNER", "warning", "security", "loan return not checked against member", "check owner"),
            F("CARD-XSS", "warning", "security", "notes not escaped in card", "esc()"),
            F("MEMBER-IDOR", "warning", "security", "member profile readable by anyone logged in", "check id"),
            F("ERROR-STACK-LEAK", "warning", "", "stack trace in error response", "drop stack"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LOAN-STOCK-RACE", "warning", "bug", "stock update not atomic", "single UPDATE"),
            F("REPORT-SOWN-ZERO", "warning", "bug", "div by zero when sown is 0", "validate"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication relies on unverified JWTs and a client-chosen role.
        2. Injection: SQL (sort), shell (label printing), path (photo upload).
        3. Loan bookkeeping: races, unvalidated counts, double returns.
        4. Germination reports and the sowing calendar have validation and boundary errors.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT tokens are decoded without verification", "Verify the signature.", conf=0.95),
            F("SIGNUP-ROLE", "major", "security", "Role escalation through registration payload", "Do not accept role from clients.", conf=0.85),
            F("MEMBER-IDOR", "major", "security", "Member details exposed to other members", "Authorize by member id.", conf=0.8),
            F("PACKET-SORT-SQLI", "blocker", "security", "SQL injection in packet listing ORDER BY", "Use a column whitelist.", conf=0.9),
            F("PACKET-LIMIT-UNBOUNDED", "minor", "performance", "Unbounded limit parameter", "Cap the limit.", conf=0.6),
            F("UPLOAD-TRAVERSAL", "blocker", "security", "Path traversal in photo upload", "Sanitize the name.", conf=0.9),
            F("UPLOAD-NO-AUTH", "major", "security", "Unauthenticated photo upload", "Require authentication.", conf=0.75),
            F("LABEL-EXEC", "major", "security", "Shell injection in label printing", "Avoid exec with string commands.", d=-1, conf=0.85),
            F("CARD-XSS", "major", "security", "XSS in packet card report notes", "HTML-escape notes.", d=1, conf=0.8),
            F("LOAN-STOCK-RACE", "major", "concurrency", "Lost update on packet stock under concurrent loans", "Atomic conditional update.", conf=0.85),
            F("LOAN-COUNT-NEGATIVE", "major", "correctness", "Loan count accepts negative values", "Validate count > 0.", conf=0.8),
            F("LOAN-LIMIT-OBO", "minor", "correctness", "Open loan limit check is off by one", "Use >=.", conf=0.75),
            F("RETURN-COUNT-FROM-BODY", "major", "correctness", "Return uses client-provided count", "Use stored loan count.", conf=0.8),
            F("RETURN-TWICE", "major", "correctness", "Loan can be returned multiple times", "Check returned_at first.", d=-1, conf=0.75),
            F("REPORT-SOWN-ZERO", "minor", "correctness", "Germination rate division by zero", "Validate sown.", conf=0.75),
            F("REPORT-OVER-100", "minor", "correctness", "Germination rate can exceed 100%", "Validate sprouted <= sown.", conf=0.7),
            F("RATE-CACHE-RACE", "minor", "concurrency", "Germination cache is not concurrency-safe", "Share in-flight queries.", d=-2, conf=0.6),
            F("SOW-MONTH-ZERO-BASED", "major", "correctness", "Month index mismatch in sowing window", "Use getMonth() + 1.", conf=0.85),
            F("SOW-WINDOW-END", "minor", "correctness", "Sowing window excludes its last month", "Use <= for sow_to.", d=-1, conf=0.7),
            F("PAGES-FLOOR", "minor", "correctness", "Total pages calculation truncates", "Use Math.ceil.", d=-1, sd=0, conf=0.75),
        ], wrap="object+summary", summary="20 issues: 3 blocker, 10 major, 7 minor"),
    ]),
}
