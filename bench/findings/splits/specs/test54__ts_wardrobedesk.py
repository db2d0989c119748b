"""test54/ts-wardrobedesk: a theatre costume hire desk (TypeScript, Express 4 + pg + jsonwebtoken).

Frozen test split test54 (issue 15). Written 2026-12-04 by a helper session that had not seen the merger
code, any score, or any other split's answers or specs (only tune2__py_snapctl.py, for the format).
Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test54: seeded problems in a theatre costume hire desk; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "extra, one agent: CORS reflects any origin with credentials allowed"),
    "JWT-DEFAULT-SECRET": P(S, 'process.env.JWT_SECRET || "wardrobe-dev"', "security", "JWT secret falls back to a hard-coded string when JWT_SECRET is unset: anyone can mint tokens"),
    "JWT-EXPIRY-IGNORED": P(S, "ignoreExpiration: true", "security", "jwt.verify with ignoreExpiration: an 8h token is valid forever"),
    "ROLE-FROM-HEADER": P(S, 'req.headers["x-role"]', "security", "role taken from the X-Role header before the token's claim: any hirer claims member half price"),
    "LOGIN-UNSALTED": P(S, 'createHash("sha256").update(String(pin))', "security", "company PINs stored as unsalted SHA-256 (a 4-6 digit PIN space is brute-forced offline at once)"),
    "LOGIN-NO-LIMIT": P(S, "rows[0].pin_hash !== hash", "security", "no attempt limit or lockout on PIN login: online guessing of short PINs"),
    "SEARCH-ORDER-SQLI": P(S, "ORDER BY ${order}`", "security", "order query value interpolated into the ORDER BY of /costumes", "source-vs-sink"),
    "QTY-UNVALIDATED": P(S, "const { costumeId, qty, pickup, returnBy, production } = req.body;", "bug", "qty not checked as a positive integer: a negative qty raises stock and gives a negative total"),
    "DAYS-UNVALIDATED": P(S, "const days = Math.ceil(", "bug", "pickup/returnBy not validated: invalid dates give NaN totals, a return before pickup a negative one"),
    "STOCK-RACE": P(S, "rows[0].stock < qty", "bug", "stock read, checked and written back as an absolute value without a row lock: concurrent hires oversell and lose updates", "critical-section"),
    "FITTING-RACE": P(S, "INSERT INTO fittings", "bug", "fitting cap read before and counter written after an await: concurrent requests exceed 8 a day and lose counts", "critical-section"),
    "NOTE-IDOR": P(S, "JOIN costumes c ON c.id = h.costume_id WHERE h.id = $1", "security", "hire note shown to any signed-in company: no company_id check"),
    "NOTE-GREETING-XSS": P(S, "<footer>${greeting}</footer>", "security", "greeting query value written into the HTML unescaped (reflected XSS)", "source-vs-sink"),
    "NOTE-PRODUCTION-XSS": P(S, "<footer>${greeting}</footer>", "security", "production name from the hire written into the HTML unescaped (stored XSS)"),
    "PATCH-MASS-ASSIGN": P(S, "Object.keys(req.body).map", "security", "every body key is updatable: a hirer sets its own status, total or late fee"),
    "PATCH-KEYS-SQLI": P(S, "UPDATE hires SET ${fields}", "security", "body keys become column names in the UPDATE: SQL injection through a key", "source-vs-sink"),
    "HIRE-DELETE-IDOR": P(S, 'DELETE FROM hires WHERE id = $1', "security", "any company can delete any hire: no company_id in the DELETE", "signature-vs-statement"),
    "HIRE-DELETE-STOCK": P(S, 'DELETE FROM hires WHERE id = $1', "bug", "deleting a hire never gives its qty back to stock (and deletes hires that are out)"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(path.join(PHOTO_DIR, name));", "security", "decoded :file param joined to PHOTO_DIR: ..%2F reads files outside it", "signature-vs-statement"),
    "LATE-FEE-ON-DUE-DAY": P(S, "lateDays >= 0 ?", "bug", ">= 0 and lateDays + 1: a costume returned on its due date pays a day's late fee", "off-by-one"),
    "DAMAGE-NEGATIVE": P(S, "Number(req.body.damagePence || 0)", "bug", "damage not validated: negative or NaN damage charges"),
    "RETURN-TWICE": P(S, "SET status = 'returned', late_fee", "bug", "return does not require status 'out': a second return (or a never collected hire) adds the qty to stock again"),
    "DESK-ALL-ROWS": P(S, 'SELECT * FROM hires ORDER BY pickup', "performance", "whole hires table loaded for every desk page"),
    "DESK-PAGE-DROPS-ROW": P(S, "PER_PAGE + PER_PAGE - 1", "bug", "slice end is exclusive: - 1 drops the last hire of every page", "off-by-one"),
    "PRINT-SHELL": P(S, "exec(`lp -d", "security", "printer from the body formatted into a shell command"),
    "PRINT-ERR-SWALLOWED": P(S, "res.status(202).json({ queued: true });", "bug", "202 queued before lp runs; a failed print is only logged and never reported"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("JWT-EXPIRY-IGNORED", "ROLE-FROM-HEADER"),
    ("LOGIN-UNSALTED", "LOGIN-NO-LIMIT"),
    ("QTY-UNVALIDATED", "DAYS-UNVALIDATED"),
    ("NOTE-GREETING-XSS", "NOTE-PRODUCTION-XSS"),
    ("PATCH-MASS-ASSIGN", "PATCH-KEYS-SQLI"),
    ("HIRE-DELETE-IDOR", "HIRE-DELETE-STOCK"),
    ("LATE-FEE-ON-DUE-DAY", "DAMAGE-NEGATIVE"),
    ("DAMAGE-NEGATIVE", "RETURN-TWICE"),
    ("LATE-FEE-ON-DUE-DAY", "RETURN-TWICE"),
    ("DESK-ALL-ROWS", "DESK-PAGE-DROPS-ROW"),
    ("PRINT-SHELL", "PRINT-ERR-SWALLOWED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 API for a costume hire desk: theatre companies sign in with a PIN and get a
        JWT; the wardrobe desk uses a shared key. The desk guard is done right (`deskOnly` fails closed when
        `DESK_KEY` is unset and checks the length before `crypto.timingSafeEqual`), `/costumes/:id/availability`
        validates its dates, and checkout only moves a hire from `requested` to `out` in one conditional UPDATE.
        Everything the companies can reach is weaker:

        1. Two SQL injections (`order` on `/costumes`, body keys on `PATCH /hires/:id`) and a mass assignment.
        2. Authentication: expiry ignored, role from a header, a default JWT secret.
        3. Object-level access: any company deletes or reads any hire.
        4. Stock and fitting counts are racy; late fees and paging are off by one.

        Severity count: critical 2, high 7, medium 8, low 2.
        """,
        Block([
            F("SEARCH-ORDER-SQLI", "critical", "security", "SQL injection via `order` in `GET /costumes`",
              "Map `order` through an allow-list (`name`, `era`, `day_rate`) before building the query.",
              symbol="GET /costumes", conf=0.95),
            F("PATCH-KEYS-SQLI", "critical", "security", "Body keys are concatenated into the `UPDATE` in `PATCH /hires/:id`",
              "Only accept known keys and map them to fixed column names.",
              symbol="PATCH /hires/:id", conf=0.9),
            F("PATCH-MASS-ASSIGN", "high", "security", "`PATCH /hires/:id` lets a company change any column of its hire",
              "Allow only `production` (and maybe dates while `requested`); `status`, `total`, `late_fee` belong to the desk.",
              symbol="PATCH /hires/:id", conf=0.85),
            F("JWT-EXPIRY-IGNORED", "high", "security", "Tokens never expire: `ignoreExpiration: true`",
              "Drop the option and pin `algorithms: [\"HS256\"]`.", symbol="hirer", conf=0.85),
            F("ROLE-FROM-HEADER", "high", "security", "`X-Role` header overrides the role from the token",
              "Use `claims.role` only; the header lets any company claim the `member` half-price rate.",
              symbol="hirer", conf=0.85),
            F("JWT-DEFAULT-SECRET", "medium", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", symbol="JWT_SECRET", conf=0.75),
            F("HIRE-DELETE-IDOR", "high", "security", "`DELETE /hires/:id` deletes other companies' hires",
              "Add `AND company_id = $2` with the caller's id and 404 on `rowCount === 0`.",
              symbol="DELETE /hires/:id", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /photos/:file`",
              "Express decodes `%2F` in params; use `res.sendFile(name, { root: PHOTO_DIR })` and reject names with `/` or `..`.",
              symbol="GET /photos/:file", conf=0.8),
            F("NOTE-GREETING-XSS", "high", "security", "Reflected XSS through `?greeting=` on the hire note",
              "Escape it with `escapeHtml`, as the costume name already is.", symbol="GET /hires/:id/note", conf=0.85),
            F("NOTE-PRODUCTION-XSS", "medium", "security", "Stored XSS through the production name on the hire note",
              "Escape `rows[0].production` too.", symbol="GET /hires/:id/note", conf=0.8),
            F("NOTE-IDOR", "medium", "security", "Hire notes of other companies are readable",
              "Filter by `h.company_id`.", symbol="GET /hires/:id/note", conf=0.75),
            F("PRINT-SHELL", "medium", "security", "Shell command built from `req.body.printer`",
              "Use `execFile(\"lp\", [\"-d\", printer, file])` with an allow-list of printers.",
              symbol="POST /desk/hires/:id/print", conf=0.7),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and answer a generic message.", symbol="error handler", conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("STOCK-RACE", "high", "bug", "Stock check and decrement are not atomic",
              "Use `UPDATE costumes SET stock = stock - $1 WHERE id = $2 AND stock >= $1` and check `rowCount`, inside a transaction with the insert.",
              symbol="POST /hires", conf=0.85),
            F("QTY-UNVALIDATED", "medium", "bug", "`qty` is not validated",
              "Require a positive integer; a negative `qty` increases stock and yields a negative total.",
              symbol="POST /hires", conf=0.8),
            F("FITTING-RACE", "medium", "bug", "Fitting limit can be exceeded by concurrent requests",
              "Count in the database (`SELECT count(*) ... FOR UPDATE` or a unique slot number) instead of an in-memory map read before the `await`.",
              symbol="POST /fittings", conf=0.75),
            F("LATE-FEE-ON-DUE-DAY", "medium", "bug", "Late fee charged for a return on the due date",
              "Charge only when `lateDays > 0`, and charge `lateDays` days, not `lateDays + 1`.",
              symbol="POST /desk/hires/:id/return", conf=0.75),
            F("RETURN-TWICE", "medium", "bug", "Returning a hire twice puts its costumes back into stock twice",
              "Update with `WHERE id = $3 AND status = 'out'` and only restock when a row changed.",
              symbol="POST /desk/hires/:id/return", conf=0.7),
            F("DESK-PAGE-DROPS-ROW", "low", "bug", "Desk list drops one hire per page",
              "`slice(start, start + PER_PAGE)`; the end index is already exclusive.",
              symbol="GET /desk/hires", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SEARCH-ORDER-SQLI", "critical", "security", "order param -> ORDER BY (SQLi)", "allow-list columns", d=-2),
            F("PATCH-KEYS-SQLI", "critical", "security", "PATCH /hires/:id builds SET from body keys", "whitelist keys", d=-1),
            F("HIRE-DELETE-IDOR", "high", "security", "DELETE /hires/:id not scoped to company", "AND company_id", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "/photos/:file traversal", "sendFile with root option", d=-2),
            F("NOTE-GREETING-XSS", "high", "security", "greeting query string reflected into HTML", "escapeHtml(greeting)", d=-3),
            F("JWT-EXPIRY-IGNORED", "medium", "security", "expired JWTs accepted", "remove ignoreExpiration"),
            F("STOCK-RACE", "high", "bug", "POST /hires: oversell under concurrency (read/check/write stock)", "atomic conditional UPDATE", d=-1),
            F("FITTING-RACE", "medium", "bug", "fittingCount check/increment spans an await", "db count", d=-2),
            F("DAYS-UNVALIDATED", "medium", "bug", "pickup/returnBy unchecked -> NaN or negative totals", "validate dates"),
            F("LATE-FEE-ON-DUE-DAY", "medium", "bug", "late fee off by one day", "lateDays > 0 ? lateDays * fee", d=-1),
            F("DAMAGE-NEGATIVE", "low", "bug", "damagePence accepts negatives", "validate >= 0"),
            F("DESK-PAGE-DROPS-ROW", "low", "bug", "desk pagination loses a row per page", "drop - 1", d=-2),
            F("PRINT-SHELL", "medium", "security", "exec with printer from body", "execFile"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Wardrobe Desk service. It is an Express application written in TypeScript,
        backed by PostgreSQL, that manages costume hires for theatre companies.

        ## Security Findings

        Several endpoints reachable by any signed-in company pass user input into SQL, HTML, the filesystem or a
        shell, and the authentication layer has configuration weaknesses.
        """,
        Block([
            F("SEARCH-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Costume Search Sort Order",
              "Validate the sort column against a fixed list.", sd=-2, n=3,
              desc="The `order` query parameter is inserted directly into the `ORDER BY` clause."),
            F("PATCH-KEYS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via JSON Keys in Hire Update",
              "Whitelist the updatable fields.", sd=-2, n=3),
            F("NOTE-GREETING-XSS", "HIGH", "Cross-Site Scripting", "Reflected XSS in Hire Note Greeting",
              "HTML-encode the greeting.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Photo Endpoint",
              "Use the `root` option of `sendFile`.", d=-2, sd=-2, n=3),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded Fallback JWT Secret",
              "Require the environment variable.", sd=-1, n=3),
            F("CORS-REFLECT-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS with Credentials",
              "Restrict `origin` to the known front-end origins.", sd=-2, n=3),
            F("LOGIN-UNSALTED", "MEDIUM", "Cryptographic Failure", "Weak Unsalted Hash for Company PINs",
              "Use bcrypt or scrypt with a per-company salt.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error body.", sd=-1, n=3),
        ], wrap="list"),
        """
        ## Logic and Concurrency Findings
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Route handlers are all defined in one file."}),
            F("STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Stock Reservation",
              "Perform the decrement atomically in SQL.", d=1, sd=-1, n=3,
              desc="Two concurrent hires can both read the same stock value and both succeed, overselling the costume."),
            F("FITTING-RACE", "MEDIUM", "Concurrency", "Fitting Counter Not Safe Across Await",
              "Enforce the daily limit in the database.", d=1, sd=-1, n=3),
            F("DESK-ALL-ROWS", "MEDIUM", "Performance", "Desk Listing Loads Entire Table",
              "Use LIMIT and OFFSET in SQL.", sd=-2, n=3),
            F("DESK-PAGE-DROPS-ROW", "LOW", "Logic Error", "Pagination Slice Omits Last Item",
              "Remove the `- 1`.", sd=-2, n=3),
            F("LATE-FEE-ON-DUE-DAY", "MEDIUM", "Business Logic", "Late Fee Applied on the Due Date",
              "Compare with `> 0`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-ORDER-SQLI", "error", "security", "sqli in order by", "allow-list"),
            F("PATCH-KEYS-SQLI", "error", "security", "sqli via patch body keys", "whitelist", d=-1),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal /photos", "root option"),
            F("HIRE-DELETE-IDOR", "warning", "security", "delete any hire", "check company_id"),
            F("NOTE-GREETING-XSS", "warning", "security", "xss greeting", "escape"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("STOCK-RACE", "warning", "", "stock oversell race", "atomic update", d=1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. **Injection**: SQL injection in the costume search.
        2. **Authorization**: hirers can update protected fields, delete other companies' hires and read their notes.
        3. **Authentication**: expired tokens are accepted, the role can be spoofed, PINs are weakly protected.
        4. **Data integrity**: stock and fitting counts race; return and fee handling is inconsistent.
        """,
        Block([
            F("SEARCH-ORDER-SQLI", "blocker", "security", "SQL injection through the order parameter", "Use an allow-list.", conf=0.9),
            F("PATCH-MASS-ASSIGN", "blocker", "security", "Mass assignment in hire update", "Restrict updatable fields.", conf=0.85),
            F("JWT-EXPIRY-IGNORED", "major", "security", "JWT expiration not enforced", "Remove ignoreExpiration.", conf=0.85),
            F("ROLE-FROM-HEADER", "major", "security", "Client-controlled role header", "Use only the signed claim.",
              d=-1, conf=0.8),
            F("LOGIN-NO-LIMIT", "major", "security", "No brute-force protection on PIN login", "Add rate limiting and lockout.", conf=0.7),
            F("LOGIN-UNSALTED", "minor", "security", "PIN hashed with plain SHA-256", "Use a slow salted hash.", conf=0.7),
            F("HIRE-DELETE-IDOR", "major", "security", "Hire deletion lacks ownership check", "Scope by company.", conf=0.85),
            F("HIRE-DELETE-STOCK", "minor", "correctness", "Stock not restored when a hire is deleted", "Restock in a transaction.", conf=0.6),
            F("NOTE-IDOR", "major", "security", "Hire note accessible to other companies", "Check company_id.", d=1, conf=0.7),
            F("STOCK-RACE", "major", "concurrency", "Race condition when reserving stock", "Atomic UPDATE with a condition.", conf=0.8),
            F("FITTING-RACE", "major", "concurrency", "In-memory fitting counter is racy", "Use the database.", d=1, conf=0.7),
            F("QTY-UNVALIDATED", "major", "correctness", "Quantity not validated", "Require a positive integer.", conf=0.75),
            F("LATE-FEE-ON-DUE-DAY", "minor", "correctness", "Off-by-one in late day calculation", "Charge only when lateDays > 0.", d=-1, conf=0.7),
            F("DAMAGE-NEGATIVE", "minor", "correctness", "Negative damage amount allowed", "Validate input.", conf=0.6),
            F("RETURN-TWICE", "major", "correctness", "Return endpoint does not check hire status", "Require status 'out'.", conf=0.7),
            F("PRINT-ERR-SWALLOWED", "minor", "reliability", "Print failures not reported to the desk", "Await the result.", conf=0.5),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 9 major, 5 minor"),
    ]),
}
