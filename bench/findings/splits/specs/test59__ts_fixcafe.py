"""test59/ts-fixcafe: a repair café's fix-log (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test59: seeded problems in a repair café's fix-log service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "FIXER-JWT-UNVERIFIED": P(S, "const claims = jwt.decode(token) as FixerClaims | null;", "security", "fixer token decoded, never verified: any forged JWT is a fixer", "signature-vs-statement"),
    "FIXER-TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "fixer token accepted from the query string (logs, referers)"),
    "CORS-REFLECT-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "BODY-LIMIT-50MB": P(S, 'app.use(express.json({ limit: "50mb" }));', "security", "50 MB JSON bodies accepted on every route (memory exhaustion)"),
    "TICKET-RACE": P(S, "const { rows } = await pool.query(INSERT_ITEM,", "bug", "ticket counter read before and written after an await: two registrations get the same ticket", "critical-section"),
    "SEARCH-SQLI": P(S, "WHERE fault ILIKE '%${q}%' ORDER BY ticket`", "security", "search term interpolated into SQL", "source-vs-sink"),
    "SEARCH-PHONE-LEAK": P(S, "WHERE fault ILIKE '%${q}%' ORDER BY ticket`", "security", "unauthenticated search returns owners' names and phone numbers"),
    "CARD-XSS-FAULT": P(S, '<p class="fault">${item.fault}</p>', "security", "fault description rendered into the card HTML unescaped"),
    "CARD-XSS-NOTES": P(S, '<p class="notes">${item.notes ?? ""}</p></article>`);', "security", "fixer notes rendered into the card HTML unescaped"),
    "CARD-PUBLIC-BY-ID": P(S, 'const { rows } = await pool.query("SELECT * FROM items WHERE id = $1", [req.params.id]);', "security", "extra, one agent: item card is public and ids are sequential: anyone reads every visitor's item"),
    "LABEL-SHELL-INJECTION": P(S, 'exec(`label-print --ticket ${rows[0].ticket} --copies ${copies} --note "${note}"`', "security", "label note from the body run through a shell", "source-vs-sink"),
    "LABEL-EXEC-ERROR-IGNORED": P(S, 'exec(`label-print --ticket ${rows[0].ticket} --copies ${copies} --note "${note}"`', "bug", "exec callback drops the error: printed:true when the printer failed"),
    "LOG-ANY-ITEM": P(S, '"INSERT INTO fix_log (item_id, fixer, status, minutes, notes) VALUES ($1, $2, $3, $4, $5)",', "security", "any fixer logs work (and sets status) on any item, not only one at their table", "signature-vs-statement"),
    "LOG-STATUS-UNCHECKED": P(S, "[req.params.id, req.fixer!.sub, status, minutes, notes],", "bug", "status not checked against STATUSES"),
    "LOG-MINUTES-UNCHECKED": P(S, "[req.params.id, req.fixer!.sub, status, minutes, notes],", "bug", "minutes not validated: negative or text values corrupt the time totals"),
    "PARTS-LOST-UPDATE": P(S, "if (stock < qty) return res.status(409)", "bug", "stock read, compared and written back across awaits: concurrent uses lose updates", "critical-section"),
    "PARTS-QTY-UNCHECKED": P(S, "const { part, qty } = req.body;", "bug", "qty not validated: a negative quantity adds stock, a string compares oddly"),
    "QUEUE-SLICE-DROPS-ONE": P(S, "res.json(rows.slice(start, start + size - 1));", "bug", "slice end is exclusive: every page drops its last item", "off-by-one"),
    "QUEUE-IN-MEMORY": P(S, "FROM items WHERE status = 'waiting' ORDER BY ticket\");", "performance", "whole waiting queue loaded for every page (no LIMIT/OFFSET)"),
    "TABLE-BOUNDS": P(S, "if (table < 0 || table > TABLES) {", "bug", "table == TABLES passes the check and indexes past tableLoad", "off-by-one"),
    "TABLE-NAN": P(S, "if (table < 0 || table > TABLES) {", "bug", "a non-numeric table (NaN) passes both comparisons"),
    "PAT-CASE": P(S, 'if (item.category === "Electrical" && !item.pat_passed) {', "bug", "categories are stored lower-case: the PAT check never fires"),
    "COLLECT-UNKNOWN-ID": P(S, "const item = rows[0];", "bug", "unknown id: item is undefined and the handler throws (unhandled rejection in Express 4)", nth=1),
    "WAIT-DIV-ZERO": P(S, "/ Number(fixers.rows[0].n));", "bug", "no fixer on duty: division by zero, minutes is Infinity/null"),
    "STATS-EIGHT-DAYS": P(S, "for (let d = 0; d <= 7; d++) {", "bug", "<= 7 gives eight days for a week's stats", "off-by-one"),
    "STATS-N-PLUS-ONE": P(S, "AND fixed_on = $1\", [day]);", "performance", "one query per day in a loop instead of one GROUP BY"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(path.join(PHOTO_DIR, file));", "security", "file query value joined to the photo dir: ../ reads any file", "source-vs-sink"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces"),
}

CONFUSABLE = [
    ("FIXER-JWT-UNVERIFIED", "FIXER-TOKEN-IN-QUERY"),
    ("CORS-REFLECT-CREDENTIALS", "BODY-LIMIT-50MB"),
    ("SEARCH-SQLI", "SEARCH-PHONE-LEAK"),
    ("CARD-XSS-FAULT", "CARD-XSS-NOTES"),
    ("LABEL-SHELL-INJECTION", "LABEL-EXEC-ERROR-IGNORED"),
    ("LOG-ANY-ITEM", "LOG-STATUS-UNCHECKED"),
    ("LOG-ANY-ITEM", "LOG-MINUTES-UNCHECKED"),
    ("LOG-STATUS-UNCHECKED", "LOG-MINUTES-UNCHECKED"),
    ("PARTS-LOST-UPDATE", "PARTS-QTY-UNCHECKED"),
    ("QUEUE-SLICE-DROPS-ONE", "QUEUE-IN-MEMORY"),
    ("TABLE-BOUNDS", "TABLE-NAN"),
    ("PAT-CASE", "COLLECT-UNKNOWN-ID"),
    ("STATS-EIGHT-DAYS", "STATS-N-PLUS-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole fix-log service. The most serious problems, in order:

        1. `requireFixer` only *decodes* the JWT — anyone can mint a fixer token.
        2. Request values reach SQL (`/items/search`), a shell (`/items/:id/label`) and the filesystem (`/photos`).
        3. The item card renders visitor-supplied text as HTML.
        4. Shared counters (`nextTicket`, parts stock) are updated across `await`s.
        5. Several bounds and validation slips (`/queue`, `/items/:id/table`, `/stats`, the PAT check).

        Deliberately fine as far as I can tell: `requireHost` (fails closed on an empty key, length check before
        `timingSafeEqual`), `esc()` on the owner's name, `/feedback`'s rating bounds, `/queue`'s page-size cap,
        and the parameterised queries in the shift and history routes.
        """,
        Block([
            F("FIXER-JWT-UNVERIFIED", "critical", "security", "Fixer JWT is decoded but never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and fail closed when `JWT_SECRET` is empty.",
              symbol="requireFixer", conf=0.95),
            F("FIXER-TOKEN-IN-QUERY", "low", "security", "Fixer token accepted in `?token=`",
              "Accept the bearer header only; query strings end up in logs.", symbol="requireFixer", conf=0.6),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in `/items/search`",
              "Bind the pattern: `WHERE fault ILIKE $1` with `[`%${q}%`]`.", symbol="GET /items/search", conf=0.95),
            F("SEARCH-PHONE-LEAK", "medium", "security", "Unauthenticated search returns visitors' phone numbers",
              "Put the route behind `requireFixer` and drop `phone` (and probably `owner`) from the result.",
              symbol="GET /items/search", conf=0.75),
            F("LABEL-SHELL-INJECTION", "high", "security", "Label `note` is interpolated into a shell command",
              "Use `execFile(\"label-print\", [\"--ticket\", ..., \"--note\", note])`.", symbol="POST /items/:id/label", conf=0.9),
            F("LABEL-EXEC-ERROR-IGNORED", "low", "bug", "Label printer failures are swallowed",
              "Handle the callback's error and answer 502 instead of `printed: true`.", symbol="POST /items/:id/label", conf=0.6),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photos`",
              "Use `res.sendFile(path.basename(file), { root: PHOTO_DIR })`.", symbol="GET /photos", conf=0.9),
            F("CARD-XSS-FAULT", "high", "security", "Stored XSS through the fault description",
              "Escape `item.fault` with `esc()` like the owner's name.", symbol="GET /items/:id/card", conf=0.85),
            F("CARD-XSS-NOTES", "medium", "security", "Fixer notes are rendered unescaped",
              "Escape `item.notes` too.", symbol="GET /items/:id/card", conf=0.8),
            F("CORS-REFLECT-CREDENTIALS", "medium", "security", "CORS reflects every origin with credentials",
              "List the café's own origins.", symbol="app", conf=0.7),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the stack, return a generic message.", symbol="error handler", conf=0.8),
        ]),
        "Correctness and shared state:",
        Block([
            F("TICKET-RACE", "medium", "bug", "Two registrations can get the same ticket number",
              "Increment `nextTicket` before the `await` (or use a database sequence).",
              d=1, symbol="POST /items", conf=0.8),
            F("PARTS-LOST-UPDATE", "medium", "bug", "Parts stock is read-modify-written across awaits",
              "`UPDATE parts SET stock = stock - $1 WHERE name = $2 AND stock >= $1 RETURNING stock`.",
              d=1, symbol="POST /parts/use", conf=0.8),
            F("PARTS-QTY-UNCHECKED", "medium", "bug", "`qty` is not validated",
              "Require a positive integer; a negative qty currently adds stock.", symbol="POST /parts/use", conf=0.7),
            F("LOG-ANY-ITEM", "medium", "security", "Any fixer can log work on any item",
              "Check that the item is on the caller's table before inserting the log entry.",
              d=-1, symbol="POST /items/:id/log", conf=0.65),
            F("LOG-STATUS-UNCHECKED", "medium", "bug", "`status` is written without checking `STATUSES`",
              "Reject unknown statuses; `STATUSES` exists but is only served by `/statuses`.",
              symbol="POST /items/:id/log", conf=0.75),
            F("QUEUE-SLICE-DROPS-ONE", "medium", "bug", "`/queue` pages are one item short",
              "`slice(start, start + size)` — the end index is already exclusive.", symbol="GET /queue", conf=0.9),
            F("TABLE-BOUNDS", "medium", "bug", "Table check allows `table === TABLES`",
              "Use `table >= TABLES`; `tableLoad` has indices 0..TABLES-1.", symbol="POST /items/:id/table", conf=0.85),
            F("TABLE-NAN", "low", "bug", "A non-numeric table passes the check",
              "Use `Number.isInteger(table)` first; `NaN < 0` and `NaN > TABLES` are both false.",
              symbol="POST /items/:id/table", conf=0.7),
            F("PAT-CASE", "high", "bug", "PAT check compares against `\"Electrical\"` but categories are stored lower-case",
              "Compare with `\"electrical\"`; as written electrical items go home untested.", symbol="POST /items/:id/collect", conf=0.85),
            F("WAIT-DIV-ZERO", "low", "bug", "Wait estimate divides by the number of fixers on duty",
              "Answer `null`/`unknown` when no fixer is on duty.", symbol="GET /wait", conf=0.75),
            F("STATS-EIGHT-DAYS", "low", "bug", "Weekly stats cover eight days",
              "`d < 7`.", symbol="GET /stats", conf=0.8),
            F("STATS-N-PLUS-ONE", "low", "performance", "`/stats` issues one query per day",
              "One `GROUP BY fixed_on` query over the range.", symbol="GET /stats", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("FIXER-JWT-UNVERIFIED", "critical", "security", "requireFixer uses jwt.decode (no signature check)", "jwt.verify with JWT_SECRET.", d=-2),
            F("SEARCH-SQLI", "critical", "security", "SQLi via q in /items/search", "Parameterise.", d=-2),
            F("LABEL-SHELL-INJECTION", "high", "security", "Command injection: note in exec()", "execFile + args.", d=-1),
            F("LABEL-EXEC-ERROR-IGNORED", "low", "bug", "exec error ignored", "Check err."),
            F("PHOTO-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "root option + basename.", d=-1),
            F("CARD-XSS-FAULT", "high", "security", "XSS: item.fault not escaped", "esc()."),
            F("CARD-PUBLIC-BY-ID", "medium", "security", "Item card needs no auth; ids enumerable", "requireFixer or unguessable ids."),
            F("TICKET-RACE", "medium", "bug", "nextTicket race across await", "DB sequence.", d=-1),
            F("PARTS-LOST-UPDATE", "medium", "bug", "Lost update on parts stock", "Atomic UPDATE.", d=-2),
            F("LOG-ANY-ITEM", "medium", "security", "/items/:id/log: no check item belongs to fixer", "Verify table assignment.", d=-3),
            F("QUEUE-SLICE-DROPS-ONE", "medium", "bug", "Pagination drops last item per page", "start + size.", d=-1),
            F("TABLE-BOUNDS", "medium", "bug", "Off-by-one on table index", ">= TABLES."),
            F("PAT-CASE", "high", "bug", "PAT check never matches (category lower-cased on insert)", "Compare lower-case."),
            F("WAIT-DIV-ZERO", "low", "bug", "Division by zero in /wait", "Guard n == 0."),
            F("STATS-EIGHT-DAYS", "low", "bug", "/stats loops 8 days", "d < 7.", d=-2),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the repair café fix-log service in `src/server.ts`. The application is an
        Express server backed by PostgreSQL, with JWT-based authentication for volunteer fixers and a shared key
        for the host.

        ### Critical Security Issues

        Authentication for fixers is fundamentally broken, and several endpoints pass untrusted input into SQL,
        shell commands, HTML and file paths.
        """,
        Block([
            F("FIXER-JWT-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` does not validate the signature, so any attacker can craft a token with an arbitrary `sub`."),
            F("FIXER-TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Authentication Token Accepted in Query String",
              "Only accept tokens in the Authorization header."),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Item Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("LABEL-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Normalize and validate the path.", sd=-2, n=3),
            F("CARD-XSS-FAULT", "HIGH", "Cross-Site Scripting", "Stored XSS in Item Card (fault)",
              "Escape all user content."),
            F("CARD-XSS-NOTES", "HIGH", "Cross-Site Scripting", "Stored XSS in Item Card (notes)",
              "Escape the notes field."),
            F("CORS-REFLECT-CREDENTIALS", "HIGH", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict allowed origins."),
            F("BODY-LIMIT-50MB", "MEDIUM", "Denial of Service", "Excessive Request Body Limit",
              "Lower the JSON body limit to something like 100kb."),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ### Logic, Concurrency and Performance Issues
        """,
        Block([
            F("TICKET-RACE", "MEDIUM", "Race Condition", "Duplicate Ticket Numbers Under Concurrency",
              "Use a PostgreSQL sequence for ticket numbers.", sd=-2, n=3),
            F("PARTS-LOST-UPDATE", "HIGH", "Race Condition", "Race Condition in Parts Stock Update",
              "Perform the decrement atomically in SQL.", sd=-2, n=3),
            F("LOG-STATUS-UNCHECKED", "MEDIUM", "Input Validation", "Status Value Not Validated",
              "Validate against `STATUSES`."),
            F("LOG-MINUTES-UNCHECKED", "LOW", "Input Validation", "Minutes Field Not Validated",
              "Require a non-negative integer."),
            F("QUEUE-SLICE-DROPS-ONE", "MEDIUM", "Logic Error", "Queue Pagination Omits an Item",
              "Fix the slice end index.", sd=-2, n=3),
            F("QUEUE-IN-MEMORY", "LOW", "Performance", "Entire Queue Loaded Into Memory",
              "Use LIMIT and OFFSET in SQL."),
            F("TABLE-BOUNDS", "MEDIUM", "Out-of-Bounds Write", "Array Index Out of Bounds on tableLoad",
              "Check `table >= TABLES`.", d=3, sd=1, n=3),
            U({"severity": "LOW", "category": "Maintainability", "suggestion": "Split the routes into separate modules."}),
            F("COLLECT-UNKNOWN-ID", "MEDIUM", "Error Handling", "Unhandled Undefined Item on Collect",
              "Return 404 when the item does not exist."),
            F("WAIT-DIV-ZERO", "LOW", "Logic Error", "Division by Zero in Wait Estimate",
              "Handle the case with no fixers on duty."),
            F("STATS-N-PLUS-ONE", "LOW", "Performance", "N+1 Queries in Statistics Endpoint",
              "Aggregate with a single query.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("FIXER-JWT-UNVERIFIED", "error", "security", "jwt not verified", "jwt.verify"),
            F("SEARCH-SQLI", "error", "security", "sql injection in search", "use $1"),
            F("LABEL-SHELL-INJECTION", "error", "security", "shell injection in label print", "execFile"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal /photos", "basename"),
            F("CARD-XSS-FAULT", "warning", "security", "xss in card", "escape fault"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BODY-LIMIT-50MB", "warning", "", "50mb body limit", "lower it"),
            F("PARTS-QTY-UNCHECKED", "warning", "bug", "negative qty adds stock", "validate qty"),
            F("LOG-MINUTES-UNCHECKED", "info", "bug", "minutes not validated", "check number"),
            F("COLLECT-UNKNOWN-ID", "warning", "bug", "crash when item not found", "404"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT not verified; tokens accepted via query string; permissive CORS.
        2. Injection: SQL (search), shell (labels), path traversal (photos).
        3. Concurrency: ticket numbers and parts stock updated non-atomically.
        4. Correctness: several off-by-one and validation errors.
        5. Information disclosure: phone numbers, stack traces.
        """,
        Block([
            F("FIXER-JWT-UNVERIFIED", "blocker", "security", "JWT tokens are decoded without verification",
              "Use jwt.verify.", conf=0.95),
            F("FIXER-TOKEN-IN-QUERY", "minor", "security", "Token may be passed in URL query",
              "Remove query token support.", anchor="const claims = jwt.decode(token) as FixerClaims | null;", conf=0.55),
            F("CORS-REFLECT-CREDENTIALS", "major", "security", "CORS allows any origin with credentials",
              "Whitelist origins.", conf=0.75),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in search endpoint",
              "Use parameter placeholders.", conf=0.95),
            F("SEARCH-PHONE-LEAK", "major", "security", "Search exposes personal phone numbers without auth",
              "Require auth and remove phone.", conf=0.7),
            F("LABEL-SHELL-INJECTION", "blocker", "security", "Command injection via note in label printing",
              "Use execFile.", d=-1, conf=0.9),
            F("CARD-XSS-FAULT", "major", "security", "Cross-site scripting in item card",
              "Escape the fault text.", conf=0.85),
            F("TICKET-RACE", "major", "concurrency", "Race condition on ticket counter",
              "Use a database sequence.", conf=0.8),
            F("LOG-ANY-ITEM", "major", "security", "Missing authorization when logging fixes",
              "Verify the fixer is assigned to the item.", conf=0.7),
            F("LOG-STATUS-UNCHECKED", "minor", "correctness", "Unvalidated status value",
              "Validate against STATUSES.", conf=0.7),
            F("PARTS-LOST-UPDATE", "major", "concurrency", "Non-atomic stock update",
              "Use an atomic SQL decrement.", d=-1, conf=0.8),
            F("PARTS-QTY-UNCHECKED", "minor", "correctness", "Quantity not validated",
              "Require a positive integer.", conf=0.65),
            F("QUEUE-SLICE-DROPS-ONE", "major", "correctness", "Off-by-one in queue pagination",
              "Use start + size.", conf=0.85),
            F("QUEUE-IN-MEMORY", "minor", "performance", "Queue pagination done in memory",
              "Paginate in SQL.", conf=0.6),
            F("TABLE-BOUNDS", "major", "correctness", "Off-by-one in table bounds check",
              "Use >= TABLES.", conf=0.8),
            F("TABLE-NAN", "minor", "correctness", "NaN table number not rejected",
              "Check Number.isInteger.", conf=0.6),
            F("PAT-CASE", "major", "correctness", "Case mismatch disables PAT safety check",
              "Compare lower-case category.", conf=0.8),
            F("WAIT-DIV-ZERO", "minor", "reliability", "Possible division by zero in wait estimate",
              "Guard against zero fixers.", conf=0.7),
            F("STATS-EIGHT-DAYS", "minor", "correctness", "Stats loop covers 8 days instead of 7",
              "Use d < 7.", d=1, conf=0.75),
            F("STATS-N-PLUS-ONE", "minor", "performance", "Sequential queries in loop",
              "Use a single aggregate query.", conf=0.65),
            F("ERROR-STACK-LEAK", "major", "security", "Stack trace leaked in error responses",
              "Return a generic error.", conf=0.8),
        ], wrap="object+summary", summary="21 issues: 3 blocker, 10 major, 8 minor"),
    ]),
}
