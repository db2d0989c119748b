"""test23/ts-choirlib: a choir sheet-music lending library (Express + pg + jsonwebtoken + multer). Frozen test split.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, its tuning data or
any other split's answers, specs or repositories (only tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results or any other "
    "split's data. Frozen test split test23: seeded problems in a choir sheet-music lending library; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DECODE-NOT-VERIFY": P(S, "const claims = jwt.decode(token) as Claims | null;", "security", "jwt.decode instead of jwt.verify: any forged token (any sub, role librarian) is accepted", "signature-vs-statement"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "bearer token also accepted from the query string (leaks into logs, history, Referer)"),
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "altos-and-tenors";', "security", "extra, one agent: signing secret falls back to a hard-coded string"),
    "JWT-NO-EXPIRY": P(S, "const token = jwt.sign({ sub: rows[0].id, role: rows[0].role }, JWT_SECRET);", "security", "tokens issued without expiresIn: valid forever"),
    "CATALOG-SQLI": P(S, "WHERE title ILIKE '%${title}%' ORDER BY ${sort}", "security", "title query value interpolated into the catalogue SQL", "source-vs-sink"),
    "CATALOG-SORT-SQLI": P(S, "WHERE title ILIKE '%${title}%' ORDER BY ${sort}", "security", "sort query value interpolated into ORDER BY (the by-composer route allow-lists it, this one does not)"),
    "SEARCH-XSS": P(S, "No scores match <b>${q}</b>", "security", "q echoed into HTML unescaped when nothing matches (reflected XSS)", "source-vs-sink"),
    "CHECKOUT-OFF-BY-ONE": P(S, "if (piece.available_copies < 0)", "bug", "< 0 instead of <= 0: a piece with no copies left is still lent (count goes to -1)", "off-by-one"),
    "CHECKOUT-RACE": P(S, 'await pool.query("UPDATE pieces SET available_copies = $1 WHERE id = $2"', "bug", "read, check, write back an absolute count: concurrent checkouts lose decrements and over-lend", "critical-section"),
    "LOAN-NOT-ATOMIC": P(S, 'await pool.query("INSERT INTO loans (piece_id, member_id, due_at)', "bug", "decrement and loan insert not in one transaction: a failed insert loses a copy"),
    "RENEW-OFF-BY-ONE": P(S, "if (loan.renewals > MAX_RENEWALS)", "bug", "> instead of >=: three renewals allowed where the limit is two", "off-by-one"),
    "RENEW-NOT-OWNER": P(S, '"SELECT id, renewals, due_at FROM loans WHERE id = $1"', "security", "any member can renew anyone's loan: no member_id check", "signature-vs-statement"),
    "MEMBER-IDOR": P(S, '"SELECT * FROM members WHERE id = $1"', "security", "any logged-in member can read any other member's profile"),
    "MEMBER-HASH-LEAK": P(S, '"SELECT * FROM members WHERE id = $1"', "security", "SELECT * sends password_hash (and contact details) to the client"),
    "THUMBNAIL-CMD-INJECTION": P(S, "await execAsync(`pdftoppm -png -singlefile -f 1", "security", "uploaded file name (original name) interpolated into a shell command", "signature-vs-statement"),
    "UPLOAD-ORIGINAL-NAME": P(S, "filename: (_req, file, cb) => cb(null, file.originalname),", "security", "client-chosen original name used as the stored file name: overwrite other scores, ../ paths"),
    "UPLOAD-NO-ROLE": P(S, 'if (!member) return res.status(401).json({ error: "login required" });', "security", "any member (not only librarians) can replace a piece's scan", "signature-vs-statement", nth=5),
    "UPLOAD-MISSING-FILE": P(S, "const thumb = await makeThumbnail(req.file!.path);", "bug", "req.file! asserted: a request without a file throws (unhandled rejection in Express 4)"),
    "REMINDER-RACE": P(S, "remindersRunning = true;", "bug", "running flag checked before an await and set after it: overlapping runs send duplicate reminders", "critical-section"),
    "REMINDER-FLAG-STUCK": P(S, "remindersRunning = false;", "bug", "flag not reset in finally: one failed mail stops all reminders for good", nth=1),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
}

CONFUSABLE = [
    ("JWT-DECODE-NOT-VERIFY", "TOKEN-IN-QUERY"),
    ("CATALOG-SQLI", "CATALOG-SORT-SQLI"),
    ("CHECKOUT-OFF-BY-ONE", "CHECKOUT-RACE"),
    ("CHECKOUT-RACE", "LOAN-NOT-ATOMIC"),
    ("CHECKOUT-OFF-BY-ONE", "LOAN-NOT-ATOMIC"),
    ("RENEW-OFF-BY-ONE", "RENEW-NOT-OWNER"),
    ("MEMBER-IDOR", "MEMBER-HASH-LEAK"),
    ("UPLOAD-NO-ROLE", "UPLOAD-MISSING-FILE"),
    ("REMINDER-RACE", "REMINDER-FLAG-STUCK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single-file Express API for lending sheet music. The most serious problem is
        authentication itself: `currentMember` decodes the JWT without verifying it, so every check that
        follows (member, librarian) can be bypassed with a hand-made token. After that:

        1. String-built SQL in `GET /pieces` (both the filter and the sort column).
        2. A shell command built from the uploaded file name when making thumbnails.
        3. Checkout can lend copies that do not exist (off-by-one plus a lost-update race).
        4. Ownership checks missing on renewal and member profiles.

        The return endpoint is a good model for the others: it uses a transaction, checks the owner and
        releases the client in `finally`.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "critical", "security", "JWT is decoded but never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat a failure as anonymous.",
              symbol="currentMember", conf=0.97),
            F("CATALOG-SQLI", "critical", "security", "SQL injection via `title` in `GET /pieces`",
              "Pass the pattern as `$1`: `WHERE title ILIKE $1` with `[`%${title}%`]`.", symbol="GET /pieces", conf=0.95),
            F("CATALOG-SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY` in `GET /pieces`",
              "Reuse the `SORTABLE` allow-list that `/pieces/by-composer` already applies.", symbol="GET /pieces", conf=0.85),
            F("THUMBNAIL-CMD-INJECTION", "high", "security", "Thumbnail generation passes the upload path through a shell",
              "Use `execFile(\"pdftoppm\", [\"-png\", \"-singlefile\", \"-f\", \"1\", file, base])`; the path contains the client's original file name.",
              symbol="makeThumbnail", conf=0.9),
            F("CHECKOUT-OFF-BY-ONE", "high", "bug", "Checkout allows a loan when no copies are available",
              "The guard should be `available_copies <= 0`; with `< 0` the last check passes at zero.",
              symbol="POST /pieces/:id/checkout", conf=0.9),
            F("CHECKOUT-RACE", "medium", "bug", "Copy count is written back as an absolute value",
              "Decrement atomically: `UPDATE pieces SET available_copies = available_copies - 1 WHERE id = $1 AND available_copies > 0 RETURNING id`.",
              symbol="POST /pieces/:id/checkout", conf=0.8),
            F("RENEW-NOT-OWNER", "high", "security", "Loans can be renewed by any member",
              "Add `AND member_id = $2` to the lookup, as the return endpoint does.", symbol="POST /loans/:id/renew", conf=0.85),
            F("RENEW-OFF-BY-ONE", "low", "bug", "Renewal limit allows one renewal too many",
              "Compare with `>=`.", symbol="POST /loans/:id/renew", conf=0.8),
            F("MEMBER-IDOR", "medium", "security", "Member profiles are readable by any member",
              "Allow only `member.sub === Number(req.params.id)` or librarians.", symbol="GET /members/:id", conf=0.85),
            F("REMINDER-RACE", "low", "bug", "Reminder guard can be passed by two overlapping runs",
              "Set `remindersRunning = true` before the first `await`, and reset it in `finally`.",
              d=-2, n=3, symbol="sendReminders", conf=0.6),
            F("ERROR-STACK-LEAK", "medium", "security", "Stack traces are returned to the client",
              "Log the error and return a generic message.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts (207 lines). Did not run tsc. Findings:",
        Block([
            F("JWT-DECODE-NOT-VERIFY", "critical", "security", "currentMember trusts unsigned token claims (decode, no verify)",
              "jwt.verify with JWT_SECRET.", d=-2),
            F("CATALOG-SQLI", "critical", "security", "req.query.title reaches raw SQL in GET /pieces",
              "Parameterize.", d=-2),
            F("SEARCH-XSS", "high", "security", "Reflected XSS: req.query.q rendered into HTML on empty result",
              "escapeHtml(q).", d=-2),
            F("RENEW-NOT-OWNER", "high", "security", "POST /loans/:id/renew does not check loan ownership",
              "Filter by member_id.", d=-3),
            F("CHECKOUT-OFF-BY-ONE", "medium", "bug", "Checkout guard lets available_copies reach -1",
              "<= 0."),
            F("LOAN-NOT-ATOMIC", "medium", "bug", "Copy decrement and loan insert are separate statements (no tx)",
              "Wrap in BEGIN/COMMIT on one client."),
            F("REMINDER-FLAG-STUCK", "low", "bug", "remindersRunning never reset if remind() throws",
              "try/finally."),
            F("UPLOAD-ORIGINAL-NAME", "medium", "security", "multer stores uploads under file.originalname",
              "Generate a random name."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the choir library backend. Here is a detailed breakdown of what I found.

        **Authentication and Authorization**

        The authentication helper is the root of most problems: it never validates the token's signature, and
        it also accepts the token from the URL. Several endpoints then check only that *someone* is logged in,
        not that they own the resource or hold the librarian role.

        **Data Integrity**

        The checkout flow reads the number of available copies, checks it in JavaScript and writes the result
        back. This is a classic time-of-check to time-of-use problem.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "Critical", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only parses the payload. An attacker can craft `{\"sub\": 1, \"role\": \"librarian\"}` with any signature and act as any user."),
            F("TOKEN-IN-QUERY", "Medium", "Sensitive Data Exposure", "Authentication Token Accepted in Query String",
              "Accept tokens only from the Authorization header.", d=-1),
            F("JWT-SECRET-FALLBACK", "High", "Hardcoded Secret", "Hardcoded Fallback JWT Secret",
              "Require `JWT_SECRET` to be set and fail at startup otherwise."),
            F("CATALOG-SQLI", "Critical", "SQL Injection", "SQL Injection in Catalogue Listing",
              "Use parameterized queries.", d=+1,
              desc="The query string built from `title` and `sort` is executed directly with `pool.query(sql)`."),
            F("SEARCH-XSS", "High", "Cross-Site Scripting", "Reflected XSS in Search Page",
              "Escape `q` with the existing `escapeHtml` helper."),
            F("MEMBER-HASH-LEAK", "High", "Sensitive Data Exposure", "Password Hashes Returned by Member Endpoint",
              "Select explicit columns and never include `password_hash`."),
            F("UPLOAD-NO-ROLE", "Medium", "Broken Access Control", "Any Member Can Upload Scans",
              "Restrict the scan upload to librarians.", d=-2),
            F("THUMBNAIL-CMD-INJECTION", "Critical", "Command Injection", "OS Command Injection in makeThumbnail",
              "Use `execFile` with an argument array."),
            U({"severity": "info", "category": "Code Style", "description": "The server file is large; consider splitting routes into modules."}),
        ], wrap="list"),
        """
        **Concurrency and Logic**
        """,
        Block([
            F("CHECKOUT-RACE", "High", "Race Condition", "TOCTOU Race in Checkout",
              "Use an atomic conditional UPDATE or SELECT ... FOR UPDATE inside a transaction.", d=-1, n=2),
            F("RENEW-OFF-BY-ONE", "Low", "Business Logic", "Renewal Limit Check Is Off By One",
              "Use `>=` when comparing with MAX_RENEWALS.", d=+1, sd=0),
            F("CORS-REFLECT", "Medium", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Configure an explicit list of allowed origins."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found a few things:",
        Block([
            F("THUMBNAIL-CMD-INJECTION", "error", "security", "shell injection in makethumbnail", "use execFile", d=-2),
            F("CHECKOUT-RACE", "error", "", "checkout can lend more copies than exist", "atomic update with available_copies > 0"),
            F("MEMBER-IDOR", "warning", "security", "any member can read other members", "check id == member.sub"),
            F("JWT-NO-EXPIRY", "warning", "security", "tokens never expire", "expiresIn: '12h'"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: JWT not verified; token accepted in query string.
        2. Injection: SQL in catalogue listing, shell in thumbnail generation, XSS in search.
        3. Correctness: checkout and renewal limits off by one; missing transaction.
        4. Concurrency: reminder job can overlap.
        5. Robustness: missing upload file crashes the handler.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFY", "blocker", "security", "Authentication bypass: token signature not checked",
              "Use jwt.verify.", conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Token read from query parameter", "Header only.", conf=0.6),
            F("CATALOG-SORT-SQLI", "major", "security", "ORDER BY injection in GET /pieces", "Validate sort.", conf=0.8),
            F("CHECKOUT-OFF-BY-ONE", "major", "correctness", "Available copies can become negative",
              "Check available_copies <= 0 before lending.", d=+1, conf=0.8),
            F("LOAN-NOT-ATOMIC", "major", "correctness", "Checkout is not transactional", "Use a transaction.", conf=0.7),
            F("RENEW-OFF-BY-ONE", "minor", "correctness", "Off-by-one in renewal limit", "Use >=.", conf=0.8),
            F("RENEW-NOT-OWNER", "major", "security", "Missing ownership check on renewal", "Check member_id.", conf=0.8),
            F("UPLOAD-NO-ROLE", "major", "security", "Scan upload not restricted to librarians", "Check role.", conf=0.7),
            F("UPLOAD-MISSING-FILE", "minor", "reliability", "Non-null assertion on req.file", "Return 400 when no file.", conf=0.7),
            F("REMINDER-RACE", "major", "concurrency", "Overlapping reminder runs send duplicate emails",
              "Set the flag before awaiting.", conf=0.6),
            F("REMINDER-FLAG-STUCK", "minor", "reliability", "Reminder flag not reset on error", "Use finally.", conf=0.7),
        ], wrap="object+summary", summary="11 issues: 1 blocker, 6 major, 4 minor"),
    ]),
}
