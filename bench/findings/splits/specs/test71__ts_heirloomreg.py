"""test71/ts-heirloomreg: a seed library's packet lending register (TypeScript, Express + pg). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, any score, or any other
split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test71: seeded problems in a small seed-library lending service; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "heirloom-dev-secret";', "security", "hard-coded fallback JWT secret: anyone can mint member tokens when the variable is unset"),
    "TOKEN-NO-EXPIRY": P(S, "return jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Member;", "security", "ignoreExpiration: a member token (also never given an exp) is valid forever", "signature-vs-statement"),
    "PIN-MD5": P(S, 'crypto.createHash("md5").update(String(pin))', "security", "PINs stored as unsalted MD5 and compared with !==: a 4-digit PIN table is trivially reversed"),
    "SEARCH-SQLI": P(S, "WHERE name ILIKE '%${q}%'", "security", "q query value interpolated into the ILIKE pattern: SQL injection", "source-vs-sink"),
    "SEARCH-NO-LIMIT": P(S, "const { rows } = await pool.query(sql, family ? [family] : []);", "performance", "variety search returns every match, no LIMIT"),
    "CATALOGUE-STAMPEDE": P(S, 'const { rows } = await pool.query("SELECT id, name, family, packets_left FROM varieties ORDER BY family, name");', "performance", "cache refill is not single-flight: every request during a refill awaits its own query and overwrites catalogue", "critical-section"),
    "BORROW-LIMIT-OBO": P(S, "if (out[0].n > MAX_OUT)", "bug", "> instead of >=: a member with MAX_OUT packets out can borrow a sixth", "off-by-one"),
    "BORROW-STOCK-RACE": P(S, "if (!v.length || v[0].packets_left < 1)", "bug", "packets_left read, checked and written back as a value: concurrent borrows lose decrements and lend the last packet twice", "critical-section"),
    "BORROW-NO-TX": P(S, "const { rows: loan } = await pool.query(", "bug", "stock decrement and loan insert are separate statements outside a transaction: a failed insert loses a packet"),
    "DUE-MONTH-OBO": P(S, "return new Date(now.getFullYear(), harvest, 1);", "bug", "sowMonth is 1-12 but Date months are 0-11: every due date is a month late", "off-by-one"),
    "DUE-YEAR-WRAP": P(S, "const harvest = (Number(sowMonth) + GROW_MONTHS) % 12;", "bug", "% 12 wraps into the current year: autumn sowings get a due date already in the past"),
    "RETURN-PCT": P(S, "const germination = Number(req.body.germinationPct);", "bug", "germination percentage not checked for NaN or 0-100"),
    "RETURN-GRAMS": P(S, "const grams = Number(req.body.gramsReturned);", "bug", "grams returned not checked: negative or NaN amounts stored"),
    "RETURN-NOT-OWNER": P(S, '"UPDATE loans SET returned_at = now(), germination_pct = $1', "security", "any signed-in member can mark any loan returned (no member_id in the WHERE)"),
    "OVERDUE-PAGE-SKIP": P(S, "const start = page * PER_PAGE;", "bug", "page is at least 1 but start = page*PER_PAGE: the first 25 overdue loans are never shown", "off-by-one"),
    "OVERDUE-IN-MEMORY": P(S, "const { rows } = await pool.query(OVERDUE_SQL);", "performance", "every overdue loan loaded to page in memory"),
    "LABEL-COPIES-SHELL": P(S, "exec(`packet-label --variety", "security", "copies from the request body formatted into an exec shell line", "source-vs-sink"),
    "LABEL-NAME-SHELL": P(S, "exec(`packet-label --variety", "security", "stored variety name and family (members donate varieties) formatted into the same shell line"),
    "CARD-PHONE-LEAK": P(S, "res.send(`<h1>${esc(v.name)}</h1>", "security", "public variety card prints the saver's phone number"),
    "CARD-XSS": P(S, "res.send(`<h1>${esc(v.name)}</h1>", "security", "story (and phone) written into HTML unescaped: stored XSS"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");', "security", "CORS reflects any Origin together with Allow-Credentials"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns messages and stack traces to clients"),
    "DONATE-MASS-ASSIGN": P(S, "const cols = Object.keys(req.body);", "security", "client chooses the inserted columns: packets_left, approved, saved_by"),
    "DONATE-KEY-SQLI": P(S, "const sql = `INSERT INTO varieties (${cols.join", "security", "body keys interpolated as column identifiers: SQL injection", "source-vs-sink"),
    "LOANS-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM loans WHERE member_id = $1 ORDER BY due_back", [req.params.id]);', "security", "any member reads any other member's loans (id from the path, not the token)", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SEARCH-SQLI", "SEARCH-NO-LIMIT"),
    ("BORROW-LIMIT-OBO", "BORROW-STOCK-RACE"),
    ("BORROW-STOCK-RACE", "BORROW-NO-TX"),
    ("DUE-MONTH-OBO", "DUE-YEAR-WRAP"),
    ("RETURN-PCT", "RETURN-GRAMS"),
    ("RETURN-GRAMS", "RETURN-NOT-OWNER"),
    ("OVERDUE-PAGE-SKIP", "OVERDUE-IN-MEMORY"),
    ("LABEL-COPIES-SHELL", "LABEL-NAME-SHELL"),
    ("CARD-PHONE-LEAK", "CARD-XSS"),
    ("DONATE-MASS-ASSIGN", "DONATE-KEY-SQLI"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole register: member login with JWTs, variety search and catalogue, borrowing and
        returning packets, donations of new varieties, the librarians' overdue list and label printing. The
        problems, by weight:

        1. Injection: the search pattern, the donation's column list and the label `exec` line.
        2. Authentication: a fallback JWT secret, tokens that never expire, MD5 PINs, permissive CORS.
        3. Authorization: members can read other members' loans and return loans that are not theirs.
        4. Borrowing: an off-by-one loan limit and a read-modify-write on `packets_left` outside a transaction.
        5. Smaller correctness issues in due dates and paging.

        Done right: `librarianOnly` fails closed (empty key, length check before `timingSafeEqual`); the
        `family` filter and every other query bind parameters; the card escapes the name and saver; the loan
        delete adjusts stock atomically inside `BEGIN`/`COMMIT`; body size is limited to 64 kB.
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection via `q` in `GET /varieties`",
              "Bind the pattern: `WHERE name ILIKE $1` with `%${q}%` as the value.",
              symbol="GET /varieties", conf=0.95),
            F("DONATE-KEY-SQLI", "critical", "security", "Body keys become SQL identifiers in `POST /varieties`",
              "Build the column list from a fixed allow-list; a key like `name) VALUES ('x'); DROP TABLE loans; --` is executed.",
              symbol="POST /varieties", conf=0.9),
            F("DONATE-MASS-ASSIGN", "high", "security", "Donors can set any column of a new variety",
              "Even with quoting, `packets_left` or `saved_by` should not come from the client; pick fields explicitly.",
              symbol="POST /varieties", conf=0.8),
            F("LABEL-COPIES-SHELL", "high", "security", "`copies` from the body is interpolated into an `exec` shell command",
              "Validate `copies` as a small integer and use `execFile` with an argument array.",
              symbol="POST /varieties/:id/label", conf=0.85),
            F("LABEL-NAME-SHELL", "medium", "security", "Variety name and family are also placed in the shell line",
              "Names come from member donations, so `\"$(...)\"` in a name runs when a librarian prints a label; `execFile` fixes this too.",
              symbol="POST /varieties/:id/label", conf=0.75),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start when `JWT_SECRET` is unset.", symbol="JWT_SECRET", conf=0.85),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Member tokens never expire",
              "Sign with `expiresIn` and drop `ignoreExpiration: true`.", symbol="memberFrom", conf=0.85),
            F("PIN-MD5", "medium", "security", "PINs hashed with unsalted MD5",
              "Use scrypt/argon2 with a per-member salt and a constant-time compare.", symbol="POST /login", conf=0.8),
            F("CORS-REFLECT", "medium", "security", "CORS reflects any origin with credentials allowed",
              "Allow-list the register's own front-end origin.", conf=0.7),
            F("LOANS-IDOR", "high", "security", "Any member can list another member's loans",
              "Use `member.id` from the token, or require the librarian key for other ids.",
              symbol="GET /members/:id/loans", conf=0.85),
            F("RETURN-NOT-OWNER", "high", "security", "Any member can mark any loan as returned",
              "Add `AND member_id = $4` and check `rowCount`.", symbol="POST /loans/:id/return", conf=0.85),
            F("CARD-XSS", "high", "security", "Stored XSS on the variety card: `story` is not escaped",
              "Wrap `v.story` (and `v.saver_phone`) in `esc`.", symbol="GET /varieties/:id/card", conf=0.85),
            F("CARD-PHONE-LEAK", "medium", "security", "Variety card publishes the saver's phone number",
              "The card is public; show the saver's name only.", symbol="GET /varieties/:id/card", conf=0.75),
            F("ERROR-STACK", "low", "security", "Error handler sends stack traces to clients",
              "Log the error and return a generic message.", conf=0.8),
        ]),
        "Borrowing, dates and paging:",
        Block([
            F("BORROW-STOCK-RACE", "high", "bug", "Lost update on `packets_left` when two members borrow at once",
              "Decrement in SQL: `UPDATE varieties SET packets_left = packets_left - 1 WHERE id = $1 AND packets_left > 0 RETURNING packets_left`.",
              d=+1, symbol="POST /borrow", conf=0.85),
            F("BORROW-NO-TX", "medium", "bug", "Stock decrement and loan insert are not in one transaction",
              "Use a client with `BEGIN`/`COMMIT` as `DELETE /loans/:id` does.", symbol="POST /borrow", conf=0.75),
            F("BORROW-LIMIT-OBO", "medium", "bug", "Loan limit allows `MAX_OUT + 1` packets",
              "Use `>=`.", symbol="POST /borrow", conf=0.85),
            F("DUE-MONTH-OBO", "medium", "bug", "`dueBack` treats a 1-based month as 0-based",
              "Subtract one: `new Date(year, sowMonth - 1 + GROW_MONTHS, 1)`; `Date` normalises overflow into the next year.",
              symbol="dueBack", conf=0.8),
            F("DUE-YEAR-WRAP", "medium", "bug", "Due dates wrap into the past for sowings after August",
              "Drop `% 12` and let `Date` roll over into the next year.", symbol="dueBack", conf=0.8),
            F("RETURN-PCT", "low", "bug", "Germination percentage is not validated",
              "Reject NaN and values outside 0..100.", symbol="POST /loans/:id/return", conf=0.7),
            F("OVERDUE-PAGE-SKIP", "medium", "bug", "Overdue list never shows its first page",
              "`start = (page - 1) * PER_PAGE`.", symbol="GET /overdue", conf=0.85),
            F("OVERDUE-IN-MEMORY", "low", "performance", "All overdue loans are fetched and sliced in memory",
              "Page in SQL with `LIMIT`/`OFFSET`.", symbol="GET /overdue", conf=0.65),
            F("CATALOGUE-STAMPEDE", "low", "performance", "Catalogue cache refill is not single-flight",
              "Store the pending promise so concurrent requests share one query.", d=-1,
              symbol="GET /catalogue", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection: q in ILIKE", "bind $1", d=-2),
            F("DONATE-KEY-SQLI", "critical", "security", "Column names from req.body keys -> SQLi", "allow-list", d=-1),
            F("LABEL-COPIES-SHELL", "high", "security", "exec with body.copies (shell injection)", "execFile + int", d=-1),
            F("TOKEN-NO-EXPIRY", "medium", "security", "memberFrom: ignoreExpiration true", "enforce exp", d=-3),
            F("PIN-MD5", "medium", "security", "md5 PIN hash", "scrypt"),
            F("LOANS-IDOR", "high", "security", "IDOR on /members/:id/loans", "use token id", d=-3),
            F("RETURN-NOT-OWNER", "high", "security", "Return any loan (no owner check)", "member_id in WHERE", d=-1),
            F("CARD-XSS", "high", "security", "XSS: v.story unescaped", "esc()"),
            F("BORROW-STOCK-RACE", "high", "bug", "packets_left read-modify-write race", "atomic UPDATE", d=-1),
            F("BORROW-LIMIT-OBO", "medium", "bug", "n > MAX_OUT allows 6", ">="),
            F("DUE-MONTH-OBO", "medium", "bug", "dueBack month off by one (1-based input)", "sowMonth - 1", d=-1),
            F("RETURN-GRAMS", "low", "bug", "gramsReturned unvalidated", "check >= 0"),
            F("OVERDUE-PAGE-SKIP", "medium", "bug", "/overdue page 1 skips first 25", "(page-1)*PER_PAGE", d=-2),
            F("CATALOGUE-STAMPEDE", "low", "performance", "catalogue cache thundering herd", "memoize promise", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Heirloom seed library register. The service is an Express application
        backed by PostgreSQL.

        ## Key Security Issues

        The most important problems are two SQL injection vectors, a shell command built from request and stored
        data, weak credential handling and missing authorization checks on member data.
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Variety Search",
              "Use parameterized queries for the search term.", sd=-2, n=3,
              desc="The `q` parameter is placed directly inside the ILIKE pattern."),
            F("DONATE-KEY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Column Names in Donation",
              "Validate keys against a fixed list of columns.", d=+1, sd=-1, n=3),
            F("DONATE-MASS-ASSIGN", "HIGH", "Mass Assignment", "Mass Assignment When Donating Varieties",
              "Only accept known fields.", sd=-2, n=3),
            F("LABEL-COPIES-SHELL", "HIGH", "Command Injection", "Command Injection in Label Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `copies` value from the request body is inserted into the command line."),
            F("LABEL-NAME-SHELL", "HIGH", "Command Injection", "Stored Variety Data Used in Shell Command",
              "Escape or avoid passing variety names through a shell.", sd=-2, n=3),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Require the JWT secret to be configured."),
            F("TOKEN-NO-EXPIRY", "MEDIUM", "Broken Authentication", "JWT Expiration Ignored",
              "Remove `ignoreExpiration` and issue tokens with an expiry.", sd=-2, n=3),
            F("PIN-MD5", "MEDIUM", "Cryptographic Failure", "Weak PIN Hashing (MD5)",
              "Use a slow, salted hash.", sd=-2, n=3),
            F("LOANS-IDOR", "HIGH", "Broken Access Control", "Members Can View Other Members' Loans",
              "Check that the requested id matches the authenticated member.", sd=-2, n=3),
            F("RETURN-NOT-OWNER", "HIGH", "Broken Access Control", "Loan Return Without Ownership Check",
              "Restrict the update to the member's own loans.", sd=-2, n=3),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Variety Card",
              "Escape every interpolated value."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict allowed origins.", d=+1, sd=-1, n=2),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Return a generic error message."),
        ], wrap="list"),
        """
        ## Logic, Reliability and Performance
        """,
        Block([
            F("BORROW-STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Packet Stock Decrement",
              "Use an atomic decrement in SQL.", sd=-2, n=3,
              desc="Two concurrent borrows read the same `packets_left` and both write back the same value."),
            F("BORROW-LIMIT-OBO", "MEDIUM", "Logic Error", "Borrow Limit Check Allows One Extra Packet",
              "Use `>=` when comparing against `MAX_OUT`.", d=-1, sd=-3, n=3),
            F("DUE-MONTH-OBO", "MEDIUM", "Logic Error", "Incorrect Month Index in Due Date",
              "JavaScript months are zero-based; adjust the input.", sd=-2, n=3),
            F("RETURN-PCT", "LOW", "Input Validation", "Germination Percentage Not Validated",
              "Check the range 0-100."),
            F("RETURN-GRAMS", "LOW", "Input Validation", "Returned Grams Not Validated",
              "Reject negative values."),
            F("OVERDUE-PAGE-SKIP", "LOW", "Logic Error", "Overdue Pagination Skips Results",
              "Subtract one from the page before multiplying.", sd=-2, n=3),
            F("OVERDUE-IN-MEMORY", "LOW", "Performance", "Overdue Loans Paginated in Memory",
              "Use LIMIT and OFFSET in the query."),
            F("CATALOGUE-STAMPEDE", "LOW", "Caching", "Catalogue Cache Can Be Rebuilt Concurrently",
              "Share a single in-flight refresh.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split the routes into separate modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SEARCH-SQLI", "high", "security", "sqli in /varieties search", "use $1"),
            F("LABEL-COPIES-SHELL", "high", "security", "command injection in label printing", "execFile"),
            F("CARD-XSS", "medium", "security", "xss on variety card", "escape story"),
            F("LOANS-IDOR", "medium", "security", "can read other members loans", "check id"),
            F("RETURN-NOT-OWNER", "medium", "", "return doesnt check loan owner", "filter by member"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BORROW-STOCK-RACE", "medium", "bug", "stock decrement not atomic", "packets_left - 1 in sql", d=+1),
            F("JWT-DEFAULT-SECRET", "medium", "security", "default jwt secret", "require env"),
            F("ERROR-STACK", "low", "security", "stack trace in 500 response", "hide"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        Summary of the main problems:

        1. SQL injection in the variety search and in the donation endpoint.
        2. Shell injection in label printing.
        3. Authentication weaknesses (default secret, no expiry, permissive CORS).
        4. Authorization gaps in loan listing and loan return.
        5. Concurrency and consistency issues in borrowing.
        6. Date arithmetic, pagination and performance issues.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in variety search", "Use bound parameters.", conf=0.9),
            F("SEARCH-NO-LIMIT", "minor", "performance", "Variety search has no result limit", "Add LIMIT.", conf=0.5),
            F("DONATE-KEY-SQLI", "blocker", "security", "SQL injection through JSON keys in variety donation",
              "Whitelist the column names.", conf=0.85),
            F("DONATE-MASS-ASSIGN", "major", "security", "Mass assignment in variety donation",
              "Map known fields explicitly.", conf=0.75),
            F("LABEL-COPIES-SHELL", "blocker", "security", "Command injection in label printing via copies",
              "Use execFile and validate copies.", conf=0.85),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret in code", "Fail on missing secret.", conf=0.8),
            F("TOKEN-NO-EXPIRY", "major", "security", "JWT expiry is not enforced", "Remove ignoreExpiration.", conf=0.8),
            F("CORS-REFLECT", "major", "security", "Arbitrary origin reflected with credentials", "Use an allow-list.", conf=0.7),
            F("LOANS-IDOR", "major", "security", "Loan list of any member is readable", "Compare id with token.", conf=0.8),
            F("RETURN-NOT-OWNER", "major", "security", "Loan return lacks ownership check", "Filter by member_id.", conf=0.8),
            F("CARD-XSS", "major", "security", "Unescaped story in variety card HTML", "Escape it.", conf=0.8),
            F("CARD-PHONE-LEAK", "minor", "privacy", "Saver's phone number shown on public card", "Remove it.", conf=0.6),
            F("BORROW-LIMIT-OBO", "major", "correctness", "Off-by-one in loan limit", "Use >=.", conf=0.8),
            F("BORROW-STOCK-RACE", "major", "concurrency", "Concurrent borrows can oversell packets", "Atomic decrement.", d=+1, conf=0.8),
            F("BORROW-NO-TX", "major", "reliability", "Borrow is not transactional", "Use a transaction.", d=-2, conf=0.7),
            F("DUE-MONTH-OBO", "minor", "correctness", "Due month shifted by one", "Convert to zero-based.", conf=0.7),
            F("DUE-YEAR-WRAP", "minor", "correctness", "Due date can land in the past (year not advanced)", "Handle year rollover.", d=+1, conf=0.7),
            F("OVERDUE-PAGE-SKIP", "minor", "correctness", "Overdue pagination starts at the second page", "Use (page-1).", d=+1, conf=0.7),
            F("CATALOGUE-STAMPEDE", "minor", "performance", "Catalogue cache stampede", "Cache the promise.", conf=0.6),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 10 major, 6 minor"),
    ]),
}
