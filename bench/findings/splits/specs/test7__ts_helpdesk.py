"""test7/ts-helpdesk: a helpdesk / ticketing backend (TypeScript, Express 4 + pg). Seventh frozen test split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
results, the scorer or any other split's answers (only splits/README.md, the builders, this data's own test and
specs/tune2__go_links.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the scorer. "
    "Seventh frozen test split (test7): seeded problems in a small Express helpdesk backend; "
    "five agents' answers written by hand."
)

AU = "src/auth.ts"
TK = "src/tickets.ts"
SL = "src/sla.ts"
SV = "src/server.ts"
LIST_SQL = "ORDER BY ${sort} LIMIT ${PAGE_SIZE} OFFSET ${page * PAGE_SIZE}"
OWN_CHECK = "if (rows[0].customer_email !== req.query.email)"
PAGE_CALL = 'await page(t.assignee ?? "oncall"'
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(SV, "app.use(cors({ origin: true, credentials: true }));", "security",
                         "extra, one agent: CORS reflects any origin with credentials allowed"),
    "DEFAULT-SECRET": P(AU, 'const SECRET = process.env.JWT_SECRET ?? "helpdesk-dev-secret";', "security",
                        "JWT secret falls back to a constant in the source"),
    "USER-ENUM": P(AU, 'if (!u) return res.status(404).json({ error: "no such user" });', "security",
                   "login answers 404 'no such user' vs 401: accounts can be enumerated"),
    "PW-MD5": P(AU, "if (md5(password) !== u.pw_hash)", "security",
                "passwords stored and checked as unsalted MD5"),
    "TOKEN-30D": P(AU, 'const token = jwt.sign({ sub: u.id, email, role: u.role }, SECRET, { expiresIn: "30d" });',
                   "security", "extra, one agent: 30-day bearer tokens with no revocation"),
    "JWT-NOT-VERIFIED": P(AU, "const claims = jwt.decode(token) as Claims | null;", "security",
                          "jwt.decode instead of jwt.verify: the signature is never checked, anyone can forge an agent token",
                          "signature-vs-statement"),
    "ROLE-DENYLIST": P(AU, 'if (!claims || claims.role === "customer")', "security",
                       "role check is a deny-list: a token without a role (or any other role) passes as an agent"),
    "SORT-SQLI": P(TK, LIST_SQL, "security", "sort query parameter interpolated into ORDER BY", "source-vs-sink"),
    "PAGE-OFF-BY-ONE": P(TK, LIST_SQL, "bug",
                         "pages start at 1 but OFFSET is page * PAGE_SIZE: the first 50 tickets are never listed",
                         "off-by-one"),
    "TICKET-AUTH-BY-EMAIL": P(TK, OWN_CHECK, "security",
                              "customer ticket view is authorised by an e-mail address in the query string: anyone who knows the address reads the ticket"),
    "TICKET-NOT-FOUND-CRASH": P(TK, OWN_CHECK, "bug",
                                "rows[0] undefined for an unknown id: TypeError in an async handler, the request hangs (Express 4)"),
    "TICKET-INTERNAL-LEAK": P(TK, "  res.json(rows[0]);", "security",
                              "SELECT * returned to the customer: internal notes, assignee and other fields leak"),
    "STORED-XSS": P(TK, "const items = rows.map((m) => `<li><b>${m.author}</b>", "security",
                    "customer-written message bodies and authors rendered unescaped in the agent console"),
    "REFLECTED-XSS": P(TK, "res.send(`<h1>Ticket #${req.params.id}</h1>", "security",
                       "req.params.id reflected into the page heading unescaped"),
    "CLAIM-NOT-FOUND": P(TK, "if (rows[0].assignee) return res.status(409)", "bug",
                         "claim of an unknown ticket: rows[0] undefined, TypeError, request never answered"),
    "CLAIM-RACE": P(TK, 'await db.query("UPDATE tickets SET assignee = $1 WHERE id = $2"', "bug",
                    "claim is select-then-update across awaits: two agents both claim the same ticket, claimed counts it twice",
                    "critical-section"),
    "INBOUND-UNSIGNED": P(TK, 'tickets.post("/inbound", async (req, res) => {', "security",
                          "inbound mail webhook has no signature or secret: anyone can create tickets as anyone"),
    "FROM-SQLI": P(TK, "VALUES ('${from}', $1, 'open')", "security",
                   "from field of the inbound mail interpolated into the INSERT", "source-vs-sink"),
    "ATTACH-TRAVERSAL": P(TK, "const file = path.join(ATTACH_DIR, req.params.name);", "security",
                          "attachment name (URL-decoded) joined into the path: ..%2F reads any file", "signature-vs-statement"),
    "DUE-OFF-BY-ONE": P(SL, "const hours = RESPONSE_HOURS[priority];", "bug",
                        "priority is 1-based, the table 0-based: urgent gets 8 h, low gets undefined (Invalid Date)",
                        "off-by-one"),
    "ESCALATION-RACE": P(SL, PAGE_CALL, "bug",
                         "escalated.has / await page / escalated.add: overlapping interval runs page the same ticket twice and count it twice",
                         "critical-section"),
    "PAGER-FAILURE-ABORTS": P(SL, PAGE_CALL, "bug",
                              "one failed page rejects escalateOverdue: the rest of the overdue tickets are skipped and the rejection is unhandled"),
    "ESCALATED-NEVER-CLEARED": P(SL, "escalated.add(t.id);", "bug",
                                 "escalated set never cleared: a reopened ticket that goes overdue again is never paged (and the set only grows)"),
}

CONFUSABLE = [
    ("USER-ENUM", "PW-MD5"),
    ("PW-MD5", "TOKEN-30D"),
    ("JWT-NOT-VERIFIED", "ROLE-DENYLIST"),
    ("SORT-SQLI", "PAGE-OFF-BY-ONE"),
    ("TICKET-AUTH-BY-EMAIL", "TICKET-NOT-FOUND-CRASH"),
    ("TICKET-AUTH-BY-EMAIL", "TICKET-INTERNAL-LEAK"),
    ("STORED-XSS", "REFLECTED-XSS"),
    ("CLAIM-RACE", "CLAIM-NOT-FOUND"),
    ("INBOUND-UNSIGNED", "FROM-SQLI"),
    ("ESCALATION-RACE", "PAGER-FAILURE-ABORTS"),
    ("ESCALATION-RACE", "ESCALATED-NEVER-CLEARED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        The helpdesk backend is compact, but its authentication layer does not actually authenticate, and two
        queries are built by string interpolation. Main themes:

        - **Authentication**: `requireAgent` decodes JWTs without verifying them, the signing secret has a
          default, and passwords are unsalted MD5.
        - **Injection**: `ORDER BY ${sort}` in the ticket list, and the inbound mail `from` in an `INSERT`.
        - **Customer data exposure**: the public ticket view trusts an e-mail in the URL.
        - **Async check-then-act**: ticket claiming and SLA escalation both read state, `await`, then write.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`requireAgent` never verifies the JWT signature",
              "Use `jwt.verify(token, SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="requireAgent", conf=0.95),
            F("DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", symbol="SECRET", conf=0.85),
            F("PW-MD5", "high", "security", "Passwords hashed with unsalted MD5",
              "Store bcrypt/argon2 hashes and compare with the library's verify function.", symbol="login", conf=0.9),
            F("SORT-SQLI", "critical", "security", "SQL injection via `sort` in `GET /tickets`",
              "Map `sort` through an allow-list of column names.", symbol="GET /tickets", conf=0.9),
            F("PAGE-OFF-BY-ONE", "medium", "bug", "Ticket list skips the first page",
              "Use `OFFSET ${(page - 1) * PAGE_SIZE}` (and validate `page >= 1`).", symbol="GET /tickets", conf=0.85),
            F("TICKET-AUTH-BY-EMAIL", "high", "security", "Public ticket view is protected only by knowing the customer's e-mail",
              "Send customers a random per-ticket access token instead.", symbol="GET /tickets/:id", conf=0.8),
            F("TICKET-NOT-FOUND-CRASH", "medium", "bug", "Unknown ticket id throws inside the async handler",
              "Return 404 when `rows.length === 0`; Express 4 does not catch rejected handler promises.",
              symbol="GET /tickets/:id", conf=0.8),
            F("STORED-XSS", "high", "security", "Stored XSS in the agent thread view",
              "Escape `author` and `body` (or render with a template engine that escapes).",
              symbol="GET /tickets/:id/thread", conf=0.9),
            F("CLAIM-RACE", "medium", "bug", "Two agents can claim the same ticket concurrently",
              "Do it in one statement: `UPDATE ... SET assignee = $1 WHERE id = $2 AND assignee IS NULL` and check rowCount.",
              symbol="POST /tickets/:id/claim", conf=0.8),
            F("FROM-SQLI", "critical", "security", "SQL injection through the inbound e-mail `from` header",
              "Bind `from` as `$1`.", symbol="POST /inbound", conf=0.9),
            F("INBOUND-UNSIGNED", "high", "security", "Inbound webhook accepts unauthenticated requests",
              "Verify the mail provider's signature header.", symbol="POST /inbound", conf=0.75),
            F("ATTACH-TRAVERSAL", "high", "security", "Path traversal in attachment download",
              "Use `res.sendFile(name, { root: ATTACH_DIR })` and reject names containing separators.",
              symbol="GET /attachments/:name", conf=0.8),
            F("ESCALATION-RACE", "medium", "bug", "Overlapping SLA runs page the same ticket twice",
              "Skip a run while the previous one is in progress (or mark tickets escalated in the database before paging).",
              d=-1, symbol="escalateOverdue", conf=0.75),
            F("DUE-OFF-BY-ONE", "high", "bug", "`RESPONSE_HOURS[priority]` is off by one (priority starts at 1)",
              "Index with `priority - 1`.", symbol="dueAt", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/*.ts: 13 findings.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "auth middleware accepts any token (decode, no verify)",
              "jwt.verify", d=-2),
            F("PW-MD5", "high", "security", "md5 password hashes", "bcrypt"),
            F("SORT-SQLI", "high", "security", "ORDER BY built from req.query.sort", "allow-list", d=-3),
            F("PAGE-OFF-BY-ONE", "low", "bug", "page=1 returns rows 51-100", "(page-1)*PAGE_SIZE", d=-2),
            F("TICKET-INTERNAL-LEAK", "medium", "security", "customer endpoint returns the full ticket row (internal fields)",
              "select public columns"),
            F("TICKET-NOT-FOUND-CRASH", "medium", "bug", "unknown ticket id -> TypeError on rows[0]", "404 when empty"),
            F("CLAIM-RACE", "medium", "bug", "claim: two agents can both pass the assignee check", "conditional UPDATE",
              d=-1),
            F("REFLECTED-XSS", "low", "security", "thread page echoes :id into <h1> unescaped", "escape / parseInt"),
            F("FROM-SQLI", "high", "security", "inbound: from is concatenated into SQL", "parameter", d=-2),
            F("ATTACH-TRAVERSAL", "high", "security", "attachments/:name allows ../", "root option", d=-1),
            F("DUE-OFF-BY-ONE", "medium", "bug", "dueAt: priority 4 -> undefined hours -> NaN date", "priority - 1",
              d=+1, sd=0),
            F("ESCALATION-RACE", "low", "performance", "escalations counter double-counts when runs overlap",
              "guard the interval", d=+2),
            F("PAGER-FAILURE-ABORTS", "medium", "bug", "a pager error aborts the whole escalation loop",
              "try/catch per ticket"),
        ], wrap="list", fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the helpdesk service. Below are the issues I identified, grouped by severity.

        **Critical**

        The authentication middleware and two SQL statements are directly exploitable.

        **Other issues**

        Several problems affect data exposure, reliability of the SLA timer and the agent console.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only parses the token. An attacker can craft a token with any `sub` and `role`."),
            F("USER-ENUM", "medium", "Information Disclosure", "User Enumeration on Login",
              "Return the same error for unknown users and wrong passwords."),
            F("SORT-SQLI", "critical", "SQL Injection", "SQL Injection in Ticket Listing",
              "Validate the `sort` parameter.", d=-1),
            F("TICKET-AUTH-BY-EMAIL", "high", "Broken Access Control", "Insecure Direct Object Reference on Tickets",
              "Require a signed access token for the customer view.", d=-1),
            F("REFLECTED-XSS", "medium", "Cross-Site Scripting", "Reflected XSS via Ticket ID",
              "Escape the id or validate it as a number.", d=-1, sd=0,
              desc="`req.params.id` is inserted into the `<h1>` of the thread page without encoding."),
            F("STORED-XSS", "high", "Cross-Site Scripting", "Stored XSS in Message Thread",
              "HTML-encode message fields."),
            F("ATTACH-TRAVERSAL", "high", "Path Traversal", "Directory Traversal in Attachment Download",
              "Use the `root` option of `sendFile`.", d=+1, sd=0),
            U({"severity": "low", "category": "Maintainability", "suggestion": "Consider splitting tickets.ts into separate routers."}),
            F("ESCALATED-NEVER-CLEARED", "medium", "Logic Error", "Reopened Tickets Are Never Escalated Again",
              "Store the escalation state in the database and reset it when a ticket is reopened.",
              desc="The in-memory `escalated` set is never cleared, so it grows forever and a ticket escalated once is skipped for good."),
            F("DUE-OFF-BY-ONE", "high", "Logic Error", "Incorrect SLA Hours Lookup",
              "Subtract one from the priority.", d=-1,
              desc="Urgent tickets receive the 8-hour SLA and low-priority tickets an invalid date."),
        ], wrap="object", fence="json"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ROLE-DENYLIST", "high", "security", "tokens with no role pass requireAgent",
              "check role === 'agent' || role === 'admin'", d=-1, sd=0),
            F("USER-ENUM", "low", "", "login leaks whether an email exists", "same error message"),
            F("SORT-SQLI", "high", "security", "sql injection in sort", "whitelist columns"),
            F("CLAIM-NOT-FOUND", "medium", "bug", "claim crashes on missing ticket", "check rows.length"),
            F("ESCALATION-RACE", "medium", "bug", "no guard against concurrent escalateOverdue runs",
              "in-progress flag", d=-1),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. Authorization in the agent middleware is based on a deny-list of roles.
        2. Weak password hashing and long-lived tokens.
        3. SQL injection in the inbound mail webhook.
        4. Customer ticket access control and stored XSS.
        5. Race conditions in ticket claiming and in SLA escalation.
        6. CORS configuration too permissive; a default JWT secret.
        """,
        Block([
            F("ROLE-DENYLIST", "blocker", "security", "Agent check only rejects role 'customer'",
              "Require an explicit agent/admin role.", conf=0.8),
            F("DEFAULT-SECRET", "major", "security", "JWT secret has an insecure default value",
              "Fail fast when JWT_SECRET is missing.", conf=0.8),
            F("PW-MD5", "major", "security", "Unsalted MD5 password hashing",
              "Use bcrypt.", conf=0.9),
            F("TOKEN-30D", "minor", "security", "Access tokens valid for 30 days without revocation",
              "Shorter expiry plus refresh tokens.", conf=0.6),
            F("TICKET-AUTH-BY-EMAIL", "major", "security", "Ticket lookup authorised via email query parameter",
              "Use a per-ticket secret.", conf=0.8),
            F("STORED-XSS", "major", "security", "Message body rendered as HTML without escaping",
              "Escape HTML.", conf=0.85),
            F("CLAIM-NOT-FOUND", "minor", "correctness", "Claiming a non-existent ticket throws TypeError",
              "Return 404 when no row is found.", conf=0.7),
            F("CLAIM-RACE", "major", "concurrency", "Race condition when claiming tickets",
              "Use an atomic conditional UPDATE.", d=+1, conf=0.8),
            F("INBOUND-UNSIGNED", "major", "security", "Inbound endpoint lacks authentication",
              "Check a shared secret or provider signature.", conf=0.75),
            F("FROM-SQLI", "blocker", "security", "SQL injection in inbound ticket creation",
              "Use parameters.", conf=0.9),
            F("ESCALATION-RACE", "major", "concurrency", "Duplicate pages when SLA runs overlap",
              "Serialize escalation runs.", d=+1, conf=0.75),
            F("PAGER-FAILURE-ABORTS", "major", "reliability", "Unhandled promise rejection from setInterval callback",
              "Catch errors inside the loop.", d=+1, sd=0, conf=0.7),
            F("CORS-ANY-ORIGIN", "major", "security", "CORS reflects any origin with credentials",
              "Restrict origins to the agent console.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 9 major, 2 minor"),
    ]),
}
