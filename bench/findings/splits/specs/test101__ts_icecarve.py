"""test101/ts-icecarve: an ice-sculpture studio's commissions and freezer slots (TypeScript, Express 4 + pg).

Frozen test split test101; labels next to each finding. Written 2026-12-07 by a helper session that had not
seen the merger code, its results or any other split's answers or labels (only splits/README.md's general
sections and its test37 section, the builders and specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test101: seeded problems in an ice-sculpture studio's commission and freezer-slot "
    "service; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "icecarve-dev-secret";', "security", "JWT secret falls back to a constant in the source when JWT_SECRET is unset"),
    "JWT-DECODE-UNVERIFIED": P(S, "jwt.decode(token)", "security", "currentClient uses jwt.decode: signature and expiry never checked, any forged token is a client", "signature-vs-statement"),
    "QUOTE-BLOCKS-UNVALIDATED": P(S, "const blocks = Number(req.body.blocks);", "bug", "blocks not validated: negative, fractional or NaN block counts give negative or NaN quotes"),
    "QUOTE-RUSH-BOUNDARY": P(S, "if (days < 7) price *= RUSH_FACTOR;", "bug", "rush rate is for events a week away or sooner, but days < 7 misses exactly seven days", "off-by-one"),
    "COMMISSION-IDOR": P(S, 'await pool.query("SELECT * FROM commissions WHERE id = $1"', "security", "any logged-in client can read any commission: no client_id check", "signature-vs-statement"),
    "CARD-UNDEFINED": P(S, "const c = rows[0];", "bug", "unknown id: c is undefined, c.title throws inside an async handler Express 4 does not catch (request hangs)", nth=0),
    "CARD-XSS": P(S, "res.send(`<article><h1>${esc(c.title)}", "security", "venue and notes written into HTML unescaped (title is escaped): stored XSS"),
    "CANCEL-TWICE": P(S, "UPDATE commissions SET status = 'cancelled'", "bug", "status never checked: cancelling again refunds the deposit again"),
    "CANCEL-NO-TX": P(S, "INSERT INTO refunds", "bug", "status update and refund insert are two statements outside a transaction"),
    "ORDER-SQLI": P(S, "ORDER BY ${order}", "security", "order query value interpolated into ORDER BY: SQL injection", "source-vs-sink"),
    "RENDER-UPLOAD-TRAVERSAL": P(S, "await fs.promises.writeFile(path.join(RENDER_DIR, name), data);", "security", "filename from the body joined into the path: writes anywhere the process can", "source-vs-sink"),
    "RENDER-TRAVERSAL": P(S, "res.sendFile(path.join(RENDER_DIR, req.params.file));", "security", "decoded :file param (..%2F) joined into the path, and no authentication: reads files outside the render directory", "signature-vs-statement"),
    "DAY-SLOTS-DROP-LAST": P(S, "for (let h = 0; h < 24 - SLOT_HOURS; h += SLOT_HOURS) {", "bug", "h < 24 - SLOT_HOURS drops the last slot of the day (20:00)", "off-by-one"),
    "FREEZER-EXACT-START": P(S, '"SELECT COALESCE(SUM(blocks), 0) AS used FROM freezer_slots', "bug", "capacity summed only over bookings with the identical start string: overlapping or differently written starts are not counted"),
    "FREEZER-OVERBOOK-RACE": P(S, "const used = Number(rows[0].used);", "bug", "sum then insert without a transaction or lock: concurrent bookings overfill a freezer slot", "critical-section"),
    "FREEZER-NEGATIVE-BLOCKS": P(S, "if (used + Number(blocks) > MAX_BLOCKS_PER_SLOT)", "bug", "blocks not validated: a negative booking frees capacity, a non-number passes the check"),
    "NOTIFY-SHELL": P(S, "exec(`sms-send --to", "security", "freezer name from the URL interpolated into a shell command"),
    "NOTIFY-ERROR-IGNORED": P(S, "exec(`sms-send --to", "bug", "exec error ignored: a failed page still marks the freezer as alarmed"),
    "READINGS-UNBOUNDED": P(S, "list.push(temp);", "performance", "readings kept forever per freezer name (any name): memory grows without bound"),
    "AVG-WINDOW": P(S, "const recent = list.slice(list.length - WINDOW - 1);", "bug", "slice takes WINDOW + 1 readings but the sum is divided by WINDOW (and by WINDOW when fewer exist)", "off-by-one"),
    "ALARM-DUP-RACE": P(S, "await notify(freezer, avg);", "bug", "has() check, await notify, then add(): readings arriving during the await page the carver again", "critical-section"),
    "ALARM-NEVER-RESET": P(S, "alarmed.add(freezer);", "bug", "alarmed is never cleared: after one alarm a freezer never pages again"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("QUOTE-BLOCKS-UNVALIDATED", "QUOTE-RUSH-BOUNDARY"),
    ("CARD-UNDEFINED", "CARD-XSS"),
    ("CANCEL-TWICE", "CANCEL-NO-TX"),
    ("FREEZER-EXACT-START", "FREEZER-OVERBOOK-RACE"),
    ("FREEZER-OVERBOOK-RACE", "FREEZER-NEGATIVE-BLOCKS"),
    ("FREEZER-EXACT-START", "FREEZER-NEGATIVE-BLOCKS"),
    ("NOTIFY-SHELL", "NOTIFY-ERROR-IGNORED"),
    ("READINGS-UNBOUNDED", "AVG-WINDOW"),
    ("AVG-WINDOW", "ALARM-DUP-RACE"),
    ("ALARM-DUP-RACE", "ALARM-NEVER-RESET"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        I reviewed `src/server.ts`, the whole API of the studio: client commissions, quotes, renders, freezer slot
        bookings and the probe readings that page the on-call carver. In order of urgency:

        1. Authentication is decorative: `currentClient` decodes the JWT without verifying it, so every
           client-facing route can be used as any client.
        2. Injection and file access: `ORDER BY ${order}`, both render routes, the unescaped commission card and
           the `sms-send` shell command.
        3. Freezer capacity can be exceeded (race, exact-start matching), and the slot listing hides the last slot.
        4. The temperature alarm averages the wrong window, can page twice and then never again.
        5. Money: cancellations refund repeatedly and not atomically; quotes accept nonsense block counts.

        Deliberately fine and worth keeping: `studioOnly` fails closed and compares with `timingSafeEqual` after a
        length check; `/me/commissions` filters by `client_id`; `/commissions/:id/cancel` does check ownership;
        `/freezer/release` runs in a transaction; `/freezer/book` rejects unknown freezers; the paging in
        `/studio/commissions` is clamped and correct; `esc()` is applied to the card title.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "`currentClient` trusts unverified JWTs",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat any error as anonymous.",
              symbol="currentClient", conf=0.95),
            F("JWT-DEFAULT-SECRET", "high", "security", "JWT secret has a hard-coded fallback",
              "Refuse to start when `JWT_SECRET` is unset instead of signing with a string from the repository.",
              conf=0.8),
            F("COMMISSION-IDOR", "high", "security", "`GET /commissions/:id` returns other clients' commissions",
              "Add `AND client_id = $2` with `me.id`, as `/me/commissions` does.",
              symbol="GET /commissions/:id", conf=0.88),
            F("CARD-XSS", "high", "security", "Commission card renders venue and notes unescaped",
              "Wrap `c.venue` and `c.notes` in `esc()` like the title.",
              symbol="GET /commissions/:id/card", conf=0.9),
            F("ORDER-SQLI", "high", "security", "SQL injection through `order` in the studio listing",
              "Map `order` through an allow-list of column names before building the query.",
              symbol="GET /studio/commissions", conf=0.9),
            F("RENDER-UPLOAD-TRAVERSAL", "high", "security", "Render upload writes to a client-chosen path",
              "Use `path.basename(name)` (or a generated name) and verify the resolved path is inside `RENDER_DIR`.",
              symbol="POST /commissions/:id/render", conf=0.85),
            F("RENDER-TRAVERSAL", "high", "security", "Render download can read outside `RENDER_DIR`",
              "Pass `{ root: RENDER_DIR }` to `sendFile` (it rejects `..`) and require a client or studio credential.",
              symbol="GET /renders/:file", conf=0.8),
            F("NOTIFY-SHELL", "high", "security", "Freezer name reaches a shell command",
              "Use `execFile(\"sms-send\", [\"--to\", ON_CALL, message])`; the reading route does not check the freezer against `FREEZERS`.",
              symbol="notify", conf=0.82),
            F("FREEZER-OVERBOOK-RACE", "high", "bug", "Freezer slot capacity check races with concurrent bookings",
              "Do the check and the insert in one transaction with `SELECT ... FOR UPDATE` on a slot row, or an exclusion/check constraint.",
              symbol="POST /freezer/book", conf=0.8),
            F("FREEZER-EXACT-START", "medium", "bug", "Capacity only counts bookings with the identical `start` string",
              "Normalise `start` to the slot boundary (and store a timestamp), then count by slot; `2026-01-01T00:00Z` and `2026-01-01T00:00:00.000Z` are counted separately today.",
              symbol="POST /freezer/book", conf=0.6),
            F("DAY-SLOTS-DROP-LAST", "medium", "bug", "Day view omits the last slot",
              "Loop with `h <= 24 - SLOT_HOURS` (or `h < 24`); with 4-hour slots the 20:00 slot is never listed.",
              symbol="GET /freezer/:freezer/day", conf=0.85),
            F("AVG-WINDOW", "medium", "bug", "Moving average uses seven readings but divides by six",
              "`list.slice(-WINDOW)` and divide by `recent.length`.",
              symbol="POST /freezer/:freezer/reading", conf=0.8),
            F("ALARM-DUP-RACE", "medium", "bug", "Alarm can be sent twice while `notify` is awaited",
              "Mark the freezer as alarmed before awaiting `notify` (and unmark on failure).",
              d=-1, symbol="POST /freezer/:freezer/reading", conf=0.7),
            F("ALARM-NEVER-RESET", "medium", "bug", "A freezer alarms only once per process lifetime",
              "Delete the freezer from `alarmed` when the average is back below `ALARM_C`.",
              symbol="POST /freezer/:freezer/reading", conf=0.75),
            F("READINGS-UNBOUNDED", "low", "performance", "Readings are never trimmed",
              "Keep only the last `WINDOW` readings per freezer and reject unknown freezer names.",
              symbol="POST /freezer/:freezer/reading", conf=0.7),
            F("CANCEL-TWICE", "medium", "bug", "Cancelling a cancelled commission refunds the deposit again",
              "Update with `WHERE id = $1 AND status <> 'cancelled'` and only refund when a row changed.",
              symbol="POST /commissions/:id/cancel", conf=0.8),
            F("CANCEL-NO-TX", "low", "bug", "Cancellation and refund are not in one transaction",
              "Use a pooled client with `BEGIN`/`COMMIT`, as `/freezer/release` does.",
              symbol="POST /commissions/:id/cancel", conf=0.65),
            F("QUOTE-BLOCKS-UNVALIDATED", "low", "bug", "Quote accepts negative or non-integer block counts",
              "Require `Number.isInteger(blocks) && blocks > 0`.", symbol="POST /quote", conf=0.6),
            F("QUOTE-RUSH-BOUNDARY", "low", "bug", "Rush rate misses events exactly a week away",
              "The comment says a week away or sooner: use `days <= 7`.", symbol="POST /quote", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "currentClient: jwt.decode instead of jwt.verify",
              "jwt.verify with JWT_SECRET.", d=-2),
            F("COMMISSION-IDOR", "high", "security", "GET /commissions/:id lacks ownership check",
              "Filter by client_id.", d=-3),
            F("ORDER-SQLI", "high", "security", "req.query.order interpolated into ORDER BY",
              "Allow-list.", d=-3),
            F("RENDER-UPLOAD-TRAVERSAL", "high", "security", "req.body.filename used as path segment in writeFile",
              "basename + check.", d=-2),
            F("CARD-XSS", "medium", "security", "card: venue/notes not escaped", "esc()."),
            F("CARD-UNDEFINED", "low", "bug", "card: rows[0] may be undefined -> TypeError in async handler (Express 4: hangs)",
              "404 when missing."),
            F("FREEZER-OVERBOOK-RACE", "high", "bug", "book: SUM check and INSERT not atomic (overbooking)",
              "Transaction + row lock.", d=2),
            F("FREEZER-NEGATIVE-BLOCKS", "medium", "bug", "book: blocks unvalidated (negative/NaN)",
              "Positive integer check."),
            F("QUOTE-RUSH-BOUNDARY", "low", "bug", "quote: rush applies at < 7 days, comment says <= 7",
              "<=.", d=-2),
            F("AVG-WINDOW", "medium", "bug", "reading: avg divides by WINDOW but slice holds WINDOW+1",
              "slice(-WINDOW), divide by length.", d=1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the ice-sculpture studio API (`src/server.ts`). It is an Express 4 application
        backed by PostgreSQL that manages client commissions, renders, freezer slot bookings and freezer
        temperature alarms.

        ### Security

        The most serious problems concern authentication and injection. The client identity is taken from a
        token that is never verified, and several handlers pass request data into SQL, the filesystem or a shell.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Never Verified",
              "Use `jwt.verify` with the secret and an explicit algorithm list.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. Anyone can craft a token with an arbitrary `id` and act as that client."),
            F("ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via order Parameter",
              "Validate `order` against a list of allowed columns.", sd=-2, n=3),
            F("JWT-DEFAULT-SECRET", "HIGH", "Hardcoded Credentials", "Hardcoded Fallback JWT Secret",
              "Fail fast when `JWT_SECRET` is not configured."),
            F("COMMISSION-IDOR", "HIGH", "Broken Access Control", "Commission Details Exposed to Any Logged-In Client",
              "Check that the commission belongs to the authenticated client."),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Commission Card",
              "Escape all interpolated values.", sd=-2, n=3,
              desc="Only the title is passed through `esc`; `venue` and `notes` are client-supplied and rendered as HTML."),
            F("RENDER-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write in Render Upload",
              "Strip directory components from the filename."),
            F("RENDER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Render Download",
              "Use the `root` option of `sendFile`.", d=-1),
            F("NOTIFY-SHELL", "HIGH", "Command Injection", "Command Injection in SMS Notification",
              "Use `execFile` with an argument array."),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Log the stack server-side and return a generic message."),
        ], wrap="list"),
        """
        ### Reliability and Data Integrity

        The freezer and alarm logic has several concurrency and logic errors that could lead to melted
        sculptures or missed alarms:
        """,
        Block([
            U({"severity": "LOW", "category": "Best Practices", "description": "Consider adding helmet() and rate limiting middleware to the Express app."}),
            F("FREEZER-OVERBOOK-RACE", "HIGH", "Race Condition", "Freezer Capacity Check Is Not Atomic",
              "Wrap the check and the insert in a transaction.", d=1, sd=-1, n=3),
            F("CANCEL-NO-TX", "MEDIUM", "Data Integrity", "Cancellation and Refund Are Not Atomic",
              "Use a database transaction.", sd=-2, n=3),
            F("READINGS-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Growth of In-Memory Readings",
              "Cap the number of stored readings."),
            F("AVG-WINDOW", "MEDIUM", "Logic Error", "Incorrect Moving Average Calculation",
              "Divide by the number of readings actually included.", d=1, sd=-1, n=3),
            F("ALARM-DUP-RACE", "MEDIUM", "Race Condition", "Duplicate Freezer Alarms",
              "Set the alarmed flag before sending the notification.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-UNVERIFIED", "high", "security", "jwt decoded not verified", "jwt.verify"),
            F("ORDER-SQLI", "high", "security", "sql injection via order", "allow-list columns"),
            F("COMMISSION-IDOR", "high", "security", "commission readable by any client", "check client_id"),
            F("CARD-XSS", "high", "security", "xss in commission card", "escape venue/notes"),
            F("RENDER-TRAVERSAL", "high", "security", "render download path traversal", "sendFile root option"),
            F("NOTIFY-SHELL", "high", "security", "shell injection in sms notify", "execFile"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("QUOTE-BLOCKS-UNVALIDATED", "medium", "", "quote allows negative blocks", "validate blocks"),
            F("ALARM-NEVER-RESET", "medium", "bug", "alarm never resets", "clear alarmed when temp recovers"),
            F("ERROR-STACK-LEAK", "low", "security", "stack trace in error response", "drop stack"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        Reviewed the ice-sculpture studio server (`src/server.ts`). Summary of issues:

        1. Authentication: JWTs are decoded without verification.
        2. Authorization: commission details lack an ownership check.
        3. Injection: SQL injection in the studio listing; XSS in the commission card.
        4. File handling: render upload path traversal.
        5. Concurrency: freezer booking and alarm notification races.
        6. Business logic: rush pricing boundary, repeated refunds, missing last freezer slot.
        7. Error handling: stack traces leaked; SMS failures ignored.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT tokens are decoded but not verified",
              "Replace jwt.decode with jwt.verify.", d=-1, conf=0.9),
            F("COMMISSION-IDOR", "major", "security", "Missing ownership check on commission detail",
              "Restrict the query to the current client.", conf=0.85),
            F("ORDER-SQLI", "blocker", "security", "SQL injection in ORDER BY clause",
              "Use a whitelist of sortable columns.", d=-1, conf=0.85),
            F("CARD-XSS", "major", "security", "Cross-site scripting in commission card",
              "Escape venue and notes.", conf=0.85),
            F("RENDER-UPLOAD-TRAVERSAL", "major", "security", "Path traversal in render upload",
              "Sanitize the filename.", conf=0.8),
            F("QUOTE-RUSH-BOUNDARY", "minor", "correctness", "Rush surcharge boundary excludes exactly seven days",
              "Use days <= 7.", conf=0.6),
            F("CANCEL-TWICE", "major", "correctness", "Repeated cancellation issues repeated refunds",
              "Check the current status before refunding.", conf=0.75),
            F("DAY-SLOTS-DROP-LAST", "minor", "correctness", "Daily freezer slot list misses the final slot",
              "Adjust the loop bound.", d=1, conf=0.7),
            F("FREEZER-OVERBOOK-RACE", "major", "concurrency", "Race condition in freezer slot booking",
              "Use a transaction with row locking.", conf=0.75),
            F("ALARM-DUP-RACE", "major", "concurrency", "Concurrent readings can trigger duplicate alarms",
              "Set the alarmed flag before awaiting the notification.", d=1, conf=0.65),
            F("NOTIFY-ERROR-IGNORED", "minor", "reliability", "SMS sending errors are silently ignored",
              "Reject the promise on error and retry.", conf=0.6),
            F("ERROR-STACK-LEAK", "major", "security", "Stack traces exposed in error responses",
              "Return a generic error message.", conf=0.8),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 7 major, 3 minor"),
    ]),
}
