"""test91/ts-nibstudio: lettering commissions and ink batches for a calligraphy studio (TypeScript, Express 4 + pg).

Frozen test split test91, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only tune2__py_snapctl.py, for the format).
Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test91: seeded problems in a calligraphy studio's commission and ink-batch service; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "nibstudio-dev-secret";', "security", "hard-coded fallback JWT secret: tokens can be forged when JWT_SECRET is unset"),
    "JWT-NO-EXPIRY": P(S, "{ ignoreExpiration: true }", "security", "client tokens verified with ignoreExpiration: a leaked token works forever", "signature-vs-statement"),
    "ESCAPE-NO-QUOTES": P(S, 'return s.replace(/</g, "&lt;")', "security", "escapeHtml leaves quotes (and &): the title breaks out of the alt attribute", "signature-vs-statement"),
    "MAIL-SHELL-INJECTION": P(S, "exec(`printf '%s'", "security", "client email, title and note built into a shell command line", "signature-vs-statement"),
    "COPIES-UNCHECKED": P(S, "const copies = Number(req.body.copies ?? 1);", "bug", "copies not validated: zero, negative or fractional copies give a zero or negative price"),
    "DUE-MONTH-OBO": P(S, "const due = new Date(y, m, d);", "bug", "Date months are 0-based: a due date of 2026-03-10 is stored as 10 April", "off-by-one"),
    "RUSH-STRING-TRUTHY": P(S, "Boolean(req.body.rush)", "bug", "Boolean(\"false\") is true: a form sending rush=false is charged the rush rate"),
    "REF-NO-RACE": P(S, "const ref = last[0].ref + 1;", "bug", "MAX(ref_no) + 1 read and inserted in separate queries: two commissions get one reference", "critical-section"),
    "COMMISSION-IDOR": P(S, '"SELECT * FROM commissions WHERE id = $1"', "security", "GET /commissions/:id never checks client_id: any client reads any commission"),
    "COMMISSION-STUDIO-FIELDS": P(S, "  res.json(rows[0]);", "security", "SELECT * sent to the client includes studio_note and the ink batch, studio-only data"),
    "PROOF-TEXT-XSS": P(S, "<blockquote>${c.text}</blockquote>", "security", "commission text rendered unescaped on the proof page"),
    "REVISION-FEE-OBO": P(S, "c.revisions >= FREE_REVISIONS - 1", "bug", "- 1 charges the revision fee from the second proof, which is included in the price", "off-by-one"),
    "REVISE-ANY-STATUS": P(S, "SET status = 'revising'", "bug", "revise does not check the status: a delivered or cancelled commission goes back to revising"),
    "STATUS-SQLI": P(S, "WHERE status = '${status}'", "security", "status query value interpolated into SQL", "source-vs-sink"),
    "STUDIO-LIST-ALL-ROWS": P(S, "WHERE status = '${status}'", "performance", "every matching commission is loaded and paged in memory"),
    "PAGE-SKIP-OBO": P(S, "const start = page * size;", "bug", "page defaults to 1 but start counts from 0: the first page of commissions is never shown", "off-by-one"),
    "STATUS-NOT-VALIDATED": P(S, "const status = String(req.body.status);", "bug", "any status string is stored and mailed to the client (no allowed set, 'undefined' when missing)"),
    "PROOF-PATH-TRAVERSAL": P(S, "const target = path.join(PROOF_DIR, req.params.id, name);", "security", "uploaded originalname joined into the proof path", "source-vs-sink"),
    "PROOF-RENAME-EXDEV": P(S, "await fs.promises.rename(req.file.path, target);", "bug", "rename from /tmp to PROOF_DIR fails with EXDEV when they are on different filesystems"),
    "INK-MADE-INVALID": P(S, "const made = new Date(req.body.madeOn);", "bug", "madeOn not validated: a missing date gives Invalid Date and a 500"),
    "INK-EXPIRY-MS": P(S, "INK_SHELF_DAYS * 86400", "bug", "days times 86400 added to milliseconds: batches expire after about two hours, not 90 days"),
    "PIGMENT-REGEX-DOS": P(S, "new RegExp(String(req.query.pigment", "security", "query value compiled as a regular expression (ReDoS, invalid pattern throws)"),
    "INK-ML-UNCHECKED": P(S, "const ml = Number(req.body.ml);", "bug", "ml not validated: a negative amount adds ink to the batch, NaN passes the check"),
    "INK-RESERVE-RACE": P(S, "if (!batch || batch.left_ml < ml)", "bug", "remaining ink read, checked and written back in separate queries: two reservations overdraw a batch", "critical-section"),
    "INK-EXPIRED-NOT-CHECKED": P(S, "if (!batch || batch.left_ml < ml)", "bug", "expires_on is fetched but never checked: expired ink is assigned to a commission"),
    "QUOTE-CACHE-UNBOUNDED": P(S, "quoteCache.set(key, price);", "performance", "quote cache keyed by the whole query string grows without bound"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns the message and stack trace to the caller"),
}

CONFUSABLE = [
    ("COPIES-UNCHECKED", "DUE-MONTH-OBO"),
    ("DUE-MONTH-OBO", "RUSH-STRING-TRUTHY"),
    ("COMMISSION-IDOR", "COMMISSION-STUDIO-FIELDS"),
    ("REVISION-FEE-OBO", "REVISE-ANY-STATUS"),
    ("STATUS-SQLI", "STUDIO-LIST-ALL-ROWS"),
    ("STATUS-SQLI", "PAGE-SKIP-OBO"),
    ("STUDIO-LIST-ALL-ROWS", "PAGE-SKIP-OBO"),
    ("PROOF-PATH-TRAVERSAL", "PROOF-RENAME-EXDEV"),
    ("INK-MADE-INVALID", "INK-EXPIRY-MS"),
    ("INK-ML-UNCHECKED", "INK-RESERVE-RACE"),
    ("INK-RESERVE-RACE", "INK-EXPIRED-NOT-CHECKED"),
    ("INK-ML-UNCHECKED", "INK-EXPIRED-NOT-CHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole service: client commissions with a price quote, proofs and revisions, a studio
        desk behind `studioOnly`, ink batches and their reservation for a commission. The most serious issues:

        1. Client tokens can be forged when `JWT_SECRET` is missing and never expire.
        2. `GET /commissions/:id` returns any client's commission, with studio-only columns.
        3. The studio list builds SQL from the query string; the status mail builds a shell command.
        4. Ink bookkeeping is wrong in three ways: batches expire after two hours, reservations race, and negative or
           expired amounts are accepted.
        5. Several pricing and date bugs a client will notice (due month, rush flag, revision fee, copies).

        Deliberately fine, as far as I can see: `studioOnly` checks the length before `timingSafeEqual` and fails
        closed on an empty key; `quote()` rejects an unknown script or size before using the rate tables; the proof
        page checks `client_id` (unlike `GET /commissions/:id`); the studio page size is capped at 100; both body
        parsers have size limits.
        """,
        Block([
            F("JWT-DEFAULT-SECRET", "critical", "security", "Fallback JWT secret lets anyone mint client tokens",
              "Throw at startup when `JWT_SECRET` is unset instead of falling back to a string in the source.",
              conf=0.9),
            F("JWT-NO-EXPIRY", "high", "security", "Client tokens are accepted after they expire",
              "Drop `ignoreExpiration: true` and pin `algorithms: [\"HS256\"]`.", symbol="clientFromToken", conf=0.85),
            F("COMMISSION-IDOR", "high", "security", "Any signed-in client can read any commission",
              "Add `AND client_id = $2` with `client.id`, as the proof page does.", symbol="GET /commissions/:id", conf=0.9),
            F("COMMISSION-STUDIO-FIELDS", "medium", "security", "`SELECT *` returns studio-only columns to clients",
              "Select the client-facing columns explicitly; `studio_note` and `ink_batch` are internal.",
              symbol="GET /commissions/:id", conf=0.7),
            F("STATUS-SQLI", "high", "security", "SQL injection through `status` on the studio list",
              "Bind it: `WHERE status = $1`.", symbol="GET /studio/commissions", conf=0.9),
            F("MAIL-SHELL-INJECTION", "high", "security", "`sendMail` runs a shell line built from client data",
              "Use `execFile(\"mail\", [\"-s\", subject, to])` and write the body to stdin; the title and the email come from the client.",
              symbol="sendMail", conf=0.85),
            F("PROOF-PATH-TRAVERSAL", "medium", "security", "Proof stored under the uploaded file's original name",
              "Use `path.basename` plus a generated name, and check the result stays under `PROOF_DIR`.",
              symbol="POST /studio/commissions/:id/proof", conf=0.75),
            F("PROOF-TEXT-XSS", "high", "security", "Commission text injected into the proof page",
              "Escape `c.text` like the title.", symbol="GET /commissions/:id/proof", conf=0.85),
            F("ESCAPE-NO-QUOTES", "medium", "security", "`escapeHtml` does not escape quotes or `&`",
              "Escape `&`, `\"` and `'` too; the title is placed in `alt=\"...\"`, where `<`/`>` escaping does not help.",
              symbol="escapeHtml", conf=0.75),
            F("ERROR-STACK-LEAK", "medium", "security", "Stack traces returned to clients", "Log the error; answer a generic 500.",
              conf=0.8),
        ]),
        "Correctness and data:",
        Block([
            F("DUE-MONTH-OBO", "medium", "bug", "Due dates land one month late",
              "`new Date(y, m - 1, d)` (or parse the ISO string as UTC): `Date` months are 0-based.",
              symbol="POST /commissions", conf=0.85),
            F("RUSH-STRING-TRUTHY", "medium", "bug", "`Boolean(req.body.rush)` is true for the string \"false\"",
              "Accept only `rush === true` (or `\"true\"`).", symbol="POST /commissions", conf=0.7),
            F("REF-NO-RACE", "medium", "bug", "Commission references can repeat under concurrency",
              "Use a sequence (`ref_no SERIAL` / `nextval`) or a unique constraint with retry; two requests read the same `MAX(ref_no)`.",
              symbol="POST /commissions", conf=0.7),
            F("REVISION-FEE-OBO", "medium", "bug", "Revision fee charged one proof early",
              "`c.revisions >= FREE_REVISIONS`; with one proof seen, the second is still free.",
              symbol="POST /commissions/:id/revise", conf=0.75),
            F("STUDIO-LIST-ALL-ROWS", "low", "performance", "Studio list loads every commission and slices in memory",
              "Page in SQL with `LIMIT`/`OFFSET` (and a count query).", symbol="GET /studio/commissions", conf=0.6),
            F("PAGE-SKIP-OBO", "medium", "bug", "Studio list skips the first page",
              "`const start = (page - 1) * size;`", symbol="GET /studio/commissions", conf=0.8),
            F("STATUS-NOT-VALIDATED", "low", "bug", "Any string accepted as a commission status",
              "Check against the allowed statuses; a missing field stores and mails \"undefined\".",
              symbol="POST /studio/commissions/:id/status", conf=0.6),
            F("INK-MADE-INVALID", "low", "bug", "Ink batch date not validated", "Reject a missing or unparsable `madeOn` with 400.",
              symbol="POST /inks/batches", conf=0.55),
            F("INK-EXPIRY-MS", "high", "bug", "Ink batches expire about two hours after they are made",
              "`getTime()` is in milliseconds: use `INK_SHELF_DAYS * 86_400_000`.", symbol="POST /inks/batches", conf=0.9),
            F("INK-ML-UNCHECKED", "medium", "bug", "Reservation amount not validated",
              "Require a positive finite `ml`; a negative amount puts ink back and `NaN` passes the `<` check.",
              symbol="POST /studio/commissions/:id/ink", conf=0.75),
            F("INK-RESERVE-RACE", "high", "bug", "Ink reservation is check-then-write",
              "`UPDATE ink_batches SET left_ml = left_ml - $1 WHERE id = $2 AND left_ml >= $1 RETURNING left_ml` in one statement.",
              symbol="POST /studio/commissions/:id/ink", conf=0.8),
            F("QUOTE-CACHE-UNBOUNDED", "low", "performance", "`quoteCache` never evicts",
              "Key it by script/size/words only and bound it (LRU); any extra query parameter adds an entry.",
              conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DEFAULT-SECRET", "critical", "security", "JWT secret falls back to a constant", "Require JWT_SECRET."),
            F("JWT-NO-EXPIRY", "high", "security", "clientFromToken ignores exp", "Remove ignoreExpiration.", d=-3),
            F("COMMISSION-IDOR", "high", "security", "GET /commissions/:id: no ownership check", "Filter by client_id."),
            F("STATUS-SQLI", "high", "security", "req.query.status interpolated into SQL", "Parameterise.", d=-1),
            F("MAIL-SHELL-INJECTION", "high", "security", "sendMail: exec with interpolated args", "execFile + stdin.", d=-1),
            F("PROOF-PATH-TRAVERSAL", "medium", "security", "originalname used in path.join", "basename / generated name.", d=-1),
            F("PROOF-RENAME-EXDEV", "medium", "bug", "rename across devices fails (multer dest is /tmp)", "copyFile + unlink, or dest under PROOF_DIR."),
            F("DUE-MONTH-OBO", "medium", "bug", "due month shifted by one (Date months are 0-based)", "m - 1.", d=-1),
            F("REF-NO-RACE", "medium", "bug", "ref_no = MAX + 1 races", "Sequence.", d=-1),
            F("REVISION-FEE-OBO", "low", "bug", "fee applied from revision 1, not after FREE_REVISIONS", ">= FREE_REVISIONS.", d=1),
            F("PAGE-SKIP-OBO", "low", "bug", "page=1 skips first 20 rows", "(page - 1) * size.", d=1),
            F("INK-EXPIRY-MS", "high", "bug", "expiry computed in seconds, added to ms", "* 86400000."),
            F("INK-ML-UNCHECKED", "medium", "bug", "negative ml increases left_ml", "Validate ml > 0."),
            F("INK-RESERVE-RACE", "high", "bug", "lost update on ink_batches.left_ml", "Atomic conditional UPDATE.", d=1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `nibstudio` TypeScript service, an Express application for a calligraphy
        studio that takes lettering commissions from clients and tracks the studio's ink batches.

        ### Authentication and Authorization

        Client authentication relies on JWTs, but the secret has an insecure default and expiration is disabled.
        The commission detail endpoint does not verify that the commission belongs to the requesting client.

        ### Injection

        User-controlled values reach SQL, the shell, the filesystem and HTML.
        """,
        Block([
            F("JWT-DEFAULT-SECRET", "Critical", "Broken Authentication", "Hardcoded Fallback JWT Secret",
              "Remove the default value and require the environment variable.",
              desc="If `JWT_SECRET` is not set, the secret `nibstudio-dev-secret` from the source code is used, allowing attackers to forge tokens for any client."),
            F("JWT-NO-EXPIRY", "High", "Broken Authentication", "JWT Expiration Is Ignored",
              "Enforce token expiration.", sd=-2, n=3),
            F("COMMISSION-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Commissions",
              "Verify that the commission belongs to the authenticated client."),
            F("STATUS-SQLI", "Critical", "SQL Injection", "SQL Injection in Studio Commission Listing",
              "Use parameterized queries.", sd=-1, n=2),
            F("MAIL-SHELL-INJECTION", "High", "Command Injection", "Command Injection in sendMail",
              "Use `execFile` with an argument array.", sd=-1, n=2),
            F("PROOF-PATH-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Proof Upload",
              "Sanitize the uploaded file name."),
            F("PROOF-TEXT-XSS", "High", "Cross-Site Scripting", "Stored XSS in Proof Page",
              "Escape the commission text.", sd=-2, n=3),
            F("ESCAPE-NO-QUOTES", "Medium", "Cross-Site Scripting", "Incomplete HTML Escaping Function",
              "Also escape quotes and ampersands.", d=-1,
              desc="`escapeHtml` only replaces angle brackets, but its output is used inside a double-quoted attribute."),
            F("PIGMENT-REGEX-DOS", "Medium", "Denial of Service", "Regular Expression Injection (ReDoS) in Ink Search",
              "Escape the input or use a plain substring match."),
            F("ERROR-STACK-LEAK", "Medium", "Information Disclosure", "Stack Trace Exposure in Error Handler",
              "Do not return stack traces to clients."),
        ], wrap="list"),
        """
        ### Business Logic and Data Integrity
        """,
        Block([
            F("DUE-MONTH-OBO", "Medium", "Logic Error", "Incorrect Month When Parsing Due Dates",
              "Subtract one from the month.", sd=-2, n=3),
            F("REVISE-ANY-STATUS", "Medium", "Logic Error", "Revisions Allowed for Completed Commissions",
              "Check the current status before moving a commission back to revising."),
            F("STUDIO-LIST-ALL-ROWS", "Low", "Performance", "In-Memory Pagination of Commissions",
              "Use LIMIT and OFFSET in the query."),
            F("INK-EXPIRY-MS", "High", "Logic Error", "Ink Expiry Date Calculated in Wrong Units",
              "Multiply by 86,400,000 milliseconds per day.", sd=-1, n=2),
            U({"severity": "Low", "category": "Maintainability", "description": "Consider splitting the routes into separate modules."}),
            F("INK-RESERVE-RACE", "High", "Race Condition", "Race Condition in Ink Reservation",
              "Perform the check and the decrement atomically in the database.", sd=-2, n=3),
            F("INK-EXPIRED-NOT-CHECKED", "Medium", "Logic Error", "Expired Ink Batches Can Be Reserved",
              "Reject batches whose `expires_on` is in the past."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DEFAULT-SECRET", "high", "security", "default jwt secret in code", "require env var"),
            F("COMMISSION-IDOR", "high", "security", "commission readable by any client", "check client_id"),
            F("STATUS-SQLI", "high", "security", "sql injection via status", "use $1"),
            F("MAIL-SHELL-INJECTION", "high", "security", "shell injection in sendMail", "execFile"),
            F("PROOF-TEXT-XSS", "medium", "security", "unescaped text in proof html", "escape it"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("INK-EXPIRY-MS", "medium", "bug", "ink expiry uses seconds not ms", "x1000"),
            F("PAGE-SKIP-OBO", "low", "bug", "studio list page off by one", "page - 1"),
            F("QUOTE-CACHE-UNBOUNDED", "low", "", "quote cache grows forever", "lru"),
            F("ERROR-STACK-LEAK", "low", "security", "stack in error response", "remove"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. JWT handling: default secret, expiration disabled.
        2. Authorization gap on commission details.
        3. Injection: SQL, shell, path, HTML.
        4. Pricing and ink stock logic errors.
        5. Error details leaked to clients.
        """,
        Block([
            F("JWT-DEFAULT-SECRET", "blocker", "security", "Insecure default JWT secret", "Fail fast if JWT_SECRET is missing.", conf=0.9),
            F("JWT-NO-EXPIRY", "major", "security", "Token expiration is not enforced", "Remove ignoreExpiration.", conf=0.8),
            F("MAIL-SHELL-INJECTION", "blocker", "security", "Command injection through mail subject and recipient",
              "Avoid exec with string interpolation.", conf=0.85),
            F("COPIES-UNCHECKED", "major", "correctness", "Number of copies is not validated",
              "Require a positive integer.", conf=0.7),
            F("REF-NO-RACE", "major", "concurrency", "Duplicate commission reference numbers under concurrent requests",
              "Use a database sequence.", d=1, n=2, conf=0.7),
            F("COMMISSION-IDOR", "blocker", "security", "Broken object level authorization on commission details",
              "Check the owner.", conf=0.85),
            F("COMMISSION-STUDIO-FIELDS", "major", "security", "Internal studio fields exposed to clients",
              "Return only public fields.", d=-2, conf=0.6),
            F("PROOF-TEXT-XSS", "major", "security", "Cross-site scripting in proof preview",
              "Escape user content.", conf=0.8),
            F("REVISION-FEE-OBO", "minor", "correctness", "Revision fee threshold off by one",
              "Compare with FREE_REVISIONS.", conf=0.7),
            F("STATUS-SQLI", "blocker", "security", "SQL injection in status filter", "Use bind parameters.", conf=0.9),
            F("STATUS-NOT-VALIDATED", "minor", "correctness", "Status update accepts arbitrary values",
              "Validate against allowed statuses.", conf=0.6),
            F("PROOF-PATH-TRAVERSAL", "major", "security", "Path traversal via uploaded file name",
              "Use path.basename.", conf=0.75),
            F("INK-EXPIRY-MS", "major", "correctness", "Ink shelf life computed with wrong time unit",
              "Use milliseconds.", conf=0.85),
            F("INK-ML-UNCHECKED", "major", "correctness", "Negative ink amount accepted in reservation",
              "Validate ml.", conf=0.7),
            F("INK-RESERVE-RACE", "major", "concurrency", "Non-atomic ink stock decrement",
              "Use a conditional UPDATE.", d=-2, conf=0.75),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace disclosed in error responses",
              "Hide internal details.", conf=0.7),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 9 major, 3 minor"),
    ]),
}
