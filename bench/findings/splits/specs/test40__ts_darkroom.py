"""test40/ts-darkroom: a community darkroom desk (TypeScript, Express 5 + pg). Frozen test split; labels inline.

Written 2026-12-04 by a helper session that had not seen the merger code, its results, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test40: seeded problems in a community darkroom desk (member keys, enlarger "
    "bookings, developer batches, chemical log); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "KEY-IN-QUERY": P(S, 'const key = String(req.headers["x-member-key"] ?? req.query.key', "security", "member key accepted from ?key= (e-mailed links put the key in logs, history and referrers)", "signature-vs-statement"),
    "KEY-EXPIRY-IGNORED": P(S, "if (rows.length === 0) return res.status(401)", "security", "expires_at is fetched but never checked: lapsed members' keys keep working"),
    "SLOTS-FIRST-SKIPPED": P(S, "for (let i = 1; i < SLOT_HOURS.length; i++)", "bug", "free-slot loop starts at 1: the 10:00 slot is never listed as free", "off-by-one"),
    "BOOK-SPAN-BOUNDS": P(S, "start + slots > SLOT_HOURS.length + 1", "bug", "bounds check allows one slot past the last one; slice silently shortens the booking (and 0 or negative slots book nothing)", "off-by-one"),
    "BOOK-RACE": P(S, "if (clash.rowCount) return res.status(409)", "bug", "clash check and inserts are separate awaits with no transaction or unique index: two members book the same enlarger slot", "critical-section"),
    "BOOK-PARTIAL": P(S, 'await pool.query("INSERT INTO bookings (member_id, enlarger, day, hour)', "bug", "multi-slot booking inserted row by row outside a transaction: a failure half-way leaves a partial booking"),
    "CANCEL-SQLI": P(S, "await pool.query(`DELETE FROM bookings WHERE id = ${req.params.id}`)", "security", "booking id interpolated into the DELETE: SQL injection (e.g. 1 OR 1=1 deletes every booking)"),
    "CANCEL-NOT-OWNER": P(S, "await pool.query(`DELETE FROM bookings WHERE id = ${req.params.id}`)", "security", "member is read but never used: any member cancels anyone's booking", "signature-vs-statement"),
    "DILUTION-MATH": P(S, "const stockMl = Math.round((Number(litres) * 1000 * stock) / water);", "bug", "1+n dilution computed as stock/water instead of stock/(stock+water): the chemical log records too much stock"),
    "BATCH-ROLLS-UNCHECKED": P(S, "const rolls = Number(req.body.rolls);", "bug", "rolls not validated: negative or NaN counts rewind or poison the batch's usage"),
    "BATCH-UNKNOWN-ID": P(S, "const done = rows[0].rolls_done + rolls;", "bug", "unknown batch id: rows[0] is undefined and the handler throws (500)"),
    "BATCH-LOST-UPDATE": P(S, "const done = rows[0].rolls_done + rolls;", "bug", "read-modify-write of rolls_done across awaits: concurrent logs lose rolls, an exhausted developer looks fresh", "critical-section"),
    "BATCH-NOTIFY-SHELL": P(S, "exec(`notify-steward", "security", "member-supplied note interpolated into a shell command", "source-vs-sink"),
    "LABEL-XSS": P(S, 'res.type("html").send(`<h1>${esc(b.developer)}', "security", "batch note rendered into the label HTML unescaped (stored XSS; the other fields are escaped)"),
    "CHEMLOG-ALL-ROWS": P(S, 'const { rows } = await pool.query("SELECT at, chemical, amount_ml, member_name FROM chem_log ORDER BY at DESC");', "performance", "whole chemical log loaded for every page; paging done in memory"),
    "CHEMLOG-PAGE-DROPS": P(S, "res.json(rows.slice(page * size, page * size + size - 1));", "bug", "slice end is exclusive: size - 1 drops one entry from every page", "off-by-one"),
    "SEARCH-SQLI": P(S, "ILIKE '%${chemical}%'", "security", "chemical query value interpolated into the SQL: injection", "source-vs-sink"),
    "SEARCH-SQL-LEAK": P(S, ".catch((err) => res.status(500).json({ error: err.message, sql }));", "security", "database error message and the full SQL text returned to the client"),
    "SCAN-TRAVERSAL": P(S, "const file = path.join(SCAN_DIR, owner, name);", "security", "decoded :member/:file params joined into the path: ..%2F escapes SCAN_DIR", "source-vs-sink"),
    "SCAN-OTHER-MEMBER": P(S, "const file = path.join(SCAN_DIR, owner, name);", "security", "owner taken from the URL, never compared with the signed-in member: anyone reads others' scans", "signature-vs-statement"),
    "DOOR-COUNT-RACE": P(S, "VALUES ($1, now(), 'in')", "bug", "room count read before an await and written after it: concurrent check-ins exceed the ventilation limit", "critical-section"),
    "KEY-WEAK-RANDOM": P(S, "const key = Math.random().toString(36).slice(2, 12);", "security", "member keys generated with Math.random (predictable, ~50 bits at best)"),
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "KEY-EXPIRY-IGNORED"),
    ("BOOK-RACE", "BOOK-PARTIAL"),
    ("CANCEL-SQLI", "CANCEL-NOT-OWNER"),
    ("BATCH-ROLLS-UNCHECKED", "BATCH-UNKNOWN-ID"),
    ("BATCH-UNKNOWN-ID", "BATCH-LOST-UPDATE"),
    ("BATCH-ROLLS-UNCHECKED", "BATCH-LOST-UPDATE"),
    ("CHEMLOG-ALL-ROWS", "CHEMLOG-PAGE-DROPS"),
    ("SEARCH-SQLI", "SEARCH-SQL-LEAK"),
    ("SCAN-TRAVERSAL", "SCAN-OTHER-MEMBER"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express 5 app backed by Postgres. Authentication is a hashed member key;
        stewards are checked correctly in `requireSteward`, most queries use `$n` placeholders, `/door/out`
        updates the room count without an `await` in between (so it cannot interleave), and the label page
        escapes every field but one. The issues, most severe first:

        1. Two SQL injections (`/chemlog/search`, `DELETE /bookings/:id`) and a shell injection in the
           batch-exhausted notification.
        2. Missing ownership checks: cancelling bookings and reading scans.
        3. Member keys: expiry never enforced, keys accepted in the URL, generated with `Math.random`.
        4. Races on the booking clash check, the batch roll counter and the print-room head count.
        5. Smaller correctness bugs in paging, the slot list and the dilution arithmetic.
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection in `/chemlog/search`",
              "Use `ILIKE $1` with `[`%${chemical}%`]` as the parameter.",
              symbol="GET /chemlog/search", conf=0.95),
            F("SEARCH-SQL-LEAK", "medium", "security", "Search errors return the SQL and the database message",
              "Log the error server-side and answer a generic 500; never echo `sql` back.",
              symbol="GET /chemlog/search", conf=0.8),
            F("CANCEL-SQLI", "critical", "security", "SQL injection through `:id` in `DELETE /bookings/:id`",
              "Use `DELETE FROM bookings WHERE id = $1 AND member_id = $2` with `[Number(req.params.id), member.id]`.",
              symbol="DELETE /bookings/:id", conf=0.95),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any booking",
              "`member` is read and then ignored; restrict the delete to the member's own bookings (stewards excepted).",
              symbol="DELETE /bookings/:id", conf=0.85),
            F("BATCH-NOTIFY-SHELL", "critical", "security", "Shell injection through `note` in the exhausted-batch notification",
              "Use `execFile(\"notify-steward\", [message])` so the note is passed as one argument.",
              symbol="POST /batches/:id/rolls", conf=0.9),
            F("SCAN-TRAVERSAL", "high", "security", "Path traversal in `/scans/:member/:file`",
              "Use `res.sendFile(name, { root: path.join(SCAN_DIR, String(member.id)) })`, which rejects paths escaping the root.",
              symbol="GET /scans/:member/:file", conf=0.85),
            F("SCAN-OTHER-MEMBER", "high", "security", "Scans of other members are readable",
              "Ignore the `:member` segment and serve from the signed-in member's own directory.",
              symbol="GET /scans/:member/:file", conf=0.8),
            F("KEY-EXPIRY-IGNORED", "high", "security", "Expired member keys are still accepted",
              "Reject when `rows[0].expires_at < new Date()` (or add `AND expires_at > now()` to the query).",
              symbol="requireMember", conf=0.85),
            F("KEY-IN-QUERY", "medium", "security", "Member key accepted as `?key=` query parameter",
              "Send e-mail links with a short-lived single-use token instead; accept the long-lived key only in the header.",
              symbol="requireMember", conf=0.75),
            F("LABEL-XSS", "medium", "security", "Batch note is rendered into the label without escaping",
              "Wrap `b.note` in `esc()` like the other fields; any member can set the note through `PUT /batches/:id/note`.",
              symbol="GET /batches/:id/label", conf=0.85),
            F("KEY-WEAK-RANDOM", "medium", "security", "Member keys come from `Math.random()`",
              "Use `crypto.randomBytes(24).toString(\"base64url\")`.",
              symbol="POST /members", conf=0.8),
        ]),
        "Concurrency and correctness:",
        Block([
            F("BOOK-RACE", "high", "bug", "Enlarger double booking: clash check and insert race",
              "Add `UNIQUE (enlarger, day, hour)` and insert inside one transaction; treat a unique violation as 409.",
              d=-2, n=2, symbol="POST /bookings", conf=0.85),
            F("BOOK-PARTIAL", "medium", "bug", "Multi-slot bookings are not inserted atomically",
              "Insert all hours in one statement (`INSERT ... SELECT unnest($4::int[])`) or inside `BEGIN`/`COMMIT`.",
              n=2, symbol="POST /bookings", conf=0.7),
            F("BATCH-LOST-UPDATE", "high", "bug", "Concurrent roll logging loses updates on `rolls_done`",
              "Do it in SQL: `UPDATE batches SET rolls_done = rolls_done + $1 WHERE id = $2 RETURNING developer, litres, rolls_done`.",
              d=-1, n=3, symbol="POST /batches/:id/rolls", conf=0.85),
            F("BATCH-UNKNOWN-ID", "medium", "bug", "Unknown batch id throws a TypeError",
              "Answer 404 when `rows.length === 0` before reading `rows[0]`.",
              symbol="POST /batches/:id/rolls", conf=0.8),
            F("DOOR-COUNT-RACE", "high", "bug", "Print-room head count can exceed `MAX_IN_ROOM`",
              "Read, check and increment without an `await` in between (increment first, roll back if the insert fails), or count in the database.",
              d=-2, n=3, symbol="POST /door/in", conf=0.75),
            F("CHEMLOG-PAGE-DROPS", "medium", "bug", "Chemical log pages are one entry short",
              "`slice` excludes its end already: use `rows.slice(page * size, page * size + size)`.",
              symbol="GET /chemlog", conf=0.85),
            F("CHEMLOG-ALL-ROWS", "low", "performance", "Whole chemical log is fetched to serve one page",
              "Use `LIMIT $1 OFFSET $2` in the query.",
              symbol="GET /chemlog", conf=0.75),
            F("SLOTS-FIRST-SKIPPED", "medium", "bug", "The 10:00 slot is never shown as free",
              "Start the loop at `i = 0`.",
              symbol="GET /slots/:day", conf=0.85),
            F("DILUTION-MATH", "medium", "bug", "Stock volume for a `1+n` dilution is computed wrongly",
              "For `stock+water` parts, stock = litres * 1000 * stock / (stock + water); 1+25 for one litre is 38 ml, not 40.",
              symbol="POST /batches", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQLi: chemical query param in /chemlog/search", "Parameterize.", d=-1),
            F("CANCEL-SQLI", "critical", "security", "SQLi: req.params.id in DELETE /bookings/:id", "$1 placeholder."),
            F("BATCH-NOTIFY-SHELL", "high", "security", "Command injection: req.body.note into exec()", "execFile with args.", d=-1),
            F("SCAN-TRAVERSAL", "high", "security", "Path traversal via :file in /scans", "sendFile with root option.", d=-1),
            F("KEY-IN-QUERY", "medium", "security", "requireMember reads the key from req.query", "Header only.", d=-2),
            F("BOOK-RACE", "high", "bug", "Booking clash check not atomic with inserts", "Unique index + transaction.", d=+2),
            F("BATCH-LOST-UPDATE", "high", "bug", "rolls_done lost update", "UPDATE ... SET rolls_done = rolls_done + $1.", d=+1),
            F("DOOR-COUNT-RACE", "medium", "bug", "inRoom check/set split by await", "Increment before awaiting.", d=+1),
            F("BOOK-SPAN-BOUNDS", "medium", "bug", "Slot bounds check off by one (length + 1)", "start + slots > SLOT_HOURS.length."),
            F("CHEMLOG-PAGE-DROPS", "low", "bug", "slice end drops last row of each page", "Remove - 1."),
            F("CORS-REFLECT", "medium", "security", "cors origin:true with credentials", "Allow-list origins."),
            F("BATCH-ROLLS-UNCHECKED", "low", "bug", "rolls not validated (NaN/negative)", "Require positive integer."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the darkroom booking service. It is an Express application written in
        TypeScript that manages member keys, enlarger bookings, developer batches and a chemical log.

        ## Security Findings

        The service has several critical injection vulnerabilities as well as weaknesses in how members are
        authenticated and authorized.
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Chemical Log Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `chemical` parameter is concatenated into the SQL query using a template literal."),
            F("CANCEL-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Booking Cancellation",
              "Use a `$1` placeholder for the booking id.", sd=-2, n=3),
            F("BATCH-NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in Steward Notification",
              "Use `execFile` and pass the note as an argument.", sd=-2, n=3,
              desc="A member can put shell metacharacters such as `$(...)` in the `note` field."),
            F("SCAN-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Scan Download",
              "Validate the resolved path against `SCAN_DIR`.", d=+1, sd=-1, n=3),
            F("LABEL-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Batch Note on Label Page",
              "Escape `b.note` with the existing `esc` helper.", sd=-2, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy",
              "Restrict `origin` to the club's own front-end.", sd=-2, n=3),
            F("KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Member Key Exposed in URL",
              "Do not accept authentication keys in query parameters.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Best Practices", "suggestion": "Add request logging and rate limiting."}),
        ], wrap="list"),
        """
        ## Concurrency and Logic Findings

        The following issues affect data integrity and the safety rule for the print room:
        """,
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition in Enlarger Booking",
              "Use a database transaction with a unique constraint.", sd=-2, n=3),
            F("DOOR-COUNT-RACE", "HIGH", "Race Condition", "Occupancy Limit Can Be Bypassed by Concurrent Check-ins",
              "Update the counter atomically before the asynchronous insert.", d=-1, sd=-3, n=3,
              desc="The check `n >= MAX_IN_ROOM` and the later `inRoom.set` are separated by an `await`, so several check-ins can pass the check with the same `n`."),
            F("BOOK-SPAN-BOUNDS", "MEDIUM", "Logic Error", "Incorrect Upper Bound When Booking Several Slots",
              "Compare against `SLOT_HOURS.length`, not `length + 1`.", sd=-2, n=3),
            F("SLOTS-FIRST-SKIPPED", "MEDIUM", "Logic Error", "First Slot of the Day Is Omitted",
              "Initialize the loop index at 0.", d=+1, sd=-1, n=3),
            F("BATCH-UNKNOWN-ID", "MEDIUM", "Error Handling", "Missing Existence Check for Batch",
              "Return 404 if the batch does not exist.", sd=-2, n=3),
            F("CHEMLOG-ALL-ROWS", "LOW", "Performance", "Inefficient Pagination of the Chemical Log",
              "Push the pagination into the SQL query.", sd=-2, n=3),
        ], wrap="list"),
        "Addressing the injection issues should be the first priority.",
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CANCEL-SQLI", "error", "security", "sql injection in delete booking", "use $1"),
            F("SEARCH-SQLI", "error", "security", "sql injection in chemlog search", "use $1"),
            F("SCAN-OTHER-MEMBER", "error", "security", "any member can read other members' scans", "use member.id for the dir"),
            F("BATCH-LOST-UPDATE", "warning", "", "rolls_done read-modify-write loses updates", "increment in sql"),
            F("CHEMLOG-PAGE-DROPS", "warning", "bug", "page is one row short", "drop the - 1"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. Injection: SQL in search and cancel, shell in the notification (blocker).
        2. Authorization: bookings and scans are not scoped to the member.
        3. Authentication: key expiry, key generation.
        4. Concurrency: booking, batch counter, door counter.
        5. Correctness: paging, booking bounds, dilution.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in chemical log search", "Use parameterized query.", conf=0.95),
            F("CANCEL-SQLI", "blocker", "security", "SQL injection in booking deletion", "Use parameterized query.", conf=0.95),
            F("BATCH-NOTIFY-SHELL", "blocker", "security", "Command injection via note field", "Use execFile.", conf=0.9),
            F("CANCEL-NOT-OWNER", "major", "security", "Booking deletion lacks ownership check", "Check member_id.", d=-2, conf=0.8),
            F("SCAN-OTHER-MEMBER", "major", "security", "Insecure direct object reference on scans", "Check owner equals member.", d=-3, conf=0.8),
            F("KEY-EXPIRY-IGNORED", "major", "security", "Member key expiry is not validated", "Check expires_at.", d=+1, conf=0.8),
            F("KEY-WEAK-RANDOM", "major", "security", "Insecure random number generator for keys", "Use crypto.randomBytes.", conf=0.85),
            F("BOOK-RACE", "major", "concurrency", "TOCTOU in enlarger booking", "Use a transaction and unique constraint.", conf=0.8),
            F("BATCH-LOST-UPDATE", "major", "concurrency", "Race condition on rolls_done counter", "Atomic increment in SQL.", conf=0.8),
            F("DOOR-COUNT-RACE", "major", "concurrency", "Race on in-memory room occupancy", "Avoid await between check and update.", d=-1, conf=0.7),
            F("CHEMLOG-PAGE-DROPS", "minor", "correctness", "Pagination returns size - 1 rows", "Fix the slice end.", d=-1, conf=0.75),
            F("BOOK-SPAN-BOUNDS", "minor", "correctness", "Booking can extend past the last slot", "Validate start + slots <= SLOT_HOURS.length.", d=+3, conf=0.7),
            F("DILUTION-MATH", "major", "correctness", "Wrong dilution formula for stock volume", "Divide by stock + water.", conf=0.7),
            F("SEARCH-SQL-LEAK", "minor", "security", "SQL statement leaked in error response", "Return generic error.", conf=0.7),
            F("BATCH-ROLLS-UNCHECKED", "minor", "correctness", "Rolls value not validated", "Validate positive integer.", conf=0.65),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 9 major, 3 minor"),
    ]),
}
