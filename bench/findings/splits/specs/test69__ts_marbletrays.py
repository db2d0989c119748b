"""test69/ts-marbletrays: a paper-marbling workshop's tray booking sheet (TypeScript, Express 4 + pg + jsonwebtoken).
Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test69: seeded problems in a paper-marbling workshop's tray booking sheet; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-FALLBACK-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "gilded-comb";', "security", "JWT signing secret falls back to a constant in the source"),
    "JWT-DECODE-UNVERIFIED": P(S, "return jwt.decode(token) as Member | null;", "security", "member() decodes the bearer token without verifying it: any id and role (tutor) can be forged", "signature-vs-statement"),
    "LOGIN-PIN-PLAINTEXT": P(S, "if (!rows[0] || rows[0].pin !== pin)", "security", "PINs stored and compared in plain text (and not in constant time)"),
    "LOGIN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id, name: rows[0].name, role: rows[0].role }, JWT_SECRET);", "security", "tokens issued without expiresIn: a leaked token works forever"),
    "FREE-SORT-SQLI": P(S, "AND booked_by IS NULL ORDER BY ${sort}", "security", "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "SLOTS-TRAY-LOOP": P(S, "for (let tray = 0; tray <= TRAYS; tray++) {", "bug", "tray <= TRAYS opens nine slots a session (a tray 8 that does not exist)", "off-by-one"),
    "QUOTE-MINUTES-NAN": P(S, "const minutes = Number(req.query.minutes);", "bug", "missing or non-numeric minutes gives NaN: the quote answers pence: null"),
    "QUOTE-HALF-HOURS": P(S, "const extraHalfHours = Math.floor((minutes - 90) / 30);", "bug", "floor: a started half hour past 90 minutes is not charged (should round up)", "off-by-one"),
    "BOOKING-TIMES-UNCHECKED": P(S, "const { tray, startsAt, endsAt, party } = req.body;", "bug", "startsAt/endsAt never validated: an end before the start, a past session or an unparsable time is booked"),
    "TRAY-RANGE": P(S, "tray < 0 || tray > TRAYS)", "bug", "trays are 0-7 but tray > TRAYS lets tray 8 be booked", "off-by-one"),
    "BOOKING-PARTY-UNCHECKED": P(S, "if (party > MAX_PARTY) return", "bug", "party only capped above: 0, negative or non-numeric party accepted (negative paid_pence)"),
    "BOOKING-CLASH-RACE": P(S, "if (clash.rowCount === 0) {", "bug", "clash check then insert outside a transaction/lock: two members can book the same tray and time", "critical-section"),
    "CANCEL-NOT-OWNER": P(S, 'if (!rows[0]) return res.status(404).json({ error: "no such booking" });', "security", "any signed-in member can cancel (and trigger the refund of) anyone's booking: member_id never compared with who.id"),
    "CANCEL-DOUBLE-REFUND": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);', "bug", "select, delete, refund not atomic and rowCount unchecked: two concurrent cancellations both refund", "critical-section"),
    "SHEET-SLICE": P(S, "rows.slice(start + 1, start + per)", "bug", "slice(start + 1, ...) drops the first booking of every page", "off-by-one"),
    "SWATCH-NO-AUTH": P(S, 'app.get("/swatches/:booking", async (req, res) => {', "security", "swatch photos served with no sign-in or ownership check"),
    "SWATCH-PATH": P(S, "res.sendFile(full);", "security", "name query value (and the booking param) joined into the path: ../ reads any file", "source-vs-sink"),
    "CARD-XSS": P(S, "<p>${rows[0].bio}</p>", "security", "member bio rendered into the card HTML unescaped", "signature-vs-statement"),
    "MEMBER-BOOKINGS-IDOR": P(S, "WHERE member_id = $1 ORDER BY starts_at\", [req.params.id]);", "security", "any signed-in member can list another member's bookings (id from the path, never compared with who.id)"),
    "PROFILE-MASS-ASSIGN": P(S, "const sets = Object.keys(req.body).map", "security", "every body key is written: a member can set their own role to tutor or change pin/id"),
    "PROFILE-KEYS-SQLI": P(S, "await pool.query(`UPDATE members SET ${sets} WHERE id = $1`", "security", "body keys become column names in the SQL text: injection through a key", "source-vs-sink"),
    "INK-ML-UNCHECKED": P(S, "const ml = Number(req.body.ml);", "bug", "ml not validated: NaN passes the check and poisons the stock, negative draws add ink"),
    "INK-DRAW-RACE": P(S, "if (have < ml) return res.status(409)", "bug", "read stock, await, check, set: concurrent draws both pass the check and one write is lost", "critical-section"),
    "REMINDER-SHELL": P(S, "exec(`sms-send --to ${phone} --text", "security", "member-controlled phone (and text) in an exec shell string", "signature-vs-statement"),
    "REMINDER-ERROR-SWALLOWED": P(S, "exec(`sms-send --to ${phone} --text", "bug", "exec callback ignores the error: a failed SMS still counts as sent"),
    "REMINDER-DUP-RACE": P(S, "await sendReminder(b.phone,", "bug", "has() then await then add(): an interval run overlapping a slow one sends the same reminder twice", "critical-section"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("LOGIN-PIN-PLAINTEXT", "LOGIN-NO-EXPIRY"),
    ("QUOTE-MINUTES-NAN", "QUOTE-HALF-HOURS"),
    ("TRAY-RANGE", "BOOKING-PARTY-UNCHECKED"),
    ("BOOKING-TIMES-UNCHECKED", "TRAY-RANGE"),
    ("BOOKING-TIMES-UNCHECKED", "BOOKING-PARTY-UNCHECKED"),
    ("CANCEL-NOT-OWNER", "CANCEL-DOUBLE-REFUND"),
    ("SWATCH-NO-AUTH", "SWATCH-PATH"),
    ("PROFILE-MASS-ASSIGN", "PROFILE-KEYS-SQLI"),
    ("INK-ML-UNCHECKED", "INK-DRAW-RACE"),
    ("REMINDER-SHELL", "REMINDER-ERROR-SWALLOWED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express app for booking marbling trays. The studio-key middleware is done
        right (fails closed, length check before `timingSafeEqual`), slot creation runs in a transaction, and
        `/sheet` caps `per` at 100. The member side is where it breaks down:

        1. `member()` never verifies the JWT, so identity and the `tutor` role are whatever the client claims.
        2. Four injection points: `ORDER BY ${sort}`, `UPDATE members SET ${sets}`, the swatch path, and the
           `sms-send` shell line. The member card renders `bio` raw.
        3. Bookings and cancellations check and write in separate queries, so races double-book trays and
           double-refund.
        4. Several bounds are off by one (tray 8, nine slots, page slicing).
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "`member()` uses `jwt.decode` instead of `jwt.verify`",
              "Call `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat failures as signed out.",
              symbol="member", conf=0.95),
            F("JWT-FALLBACK-SECRET", "high", "security", "JWT secret falls back to a hard-coded string",
              "Refuse to start when `JWT_SECRET` is unset.", conf=0.8),
            F("LOGIN-NO-EXPIRY", "medium", "security", "Issued tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.75),
            F("LOGIN-PIN-PLAINTEXT", "medium", "security", "PINs are stored and compared in plain text",
              "Store a salted hash (scrypt/argon2) and compare hashes.", symbol="POST /login", conf=0.7),
            F("FREE-SORT-SQLI", "critical", "security", "SQL injection via `sort` in `GET /trays/free`",
              "Whitelist the sort column.", symbol="GET /trays/free", conf=0.95),
            F("PROFILE-KEYS-SQLI", "critical", "security", "`PATCH /members/me` builds column names from request keys",
              "Allow only known columns (`name`, `bio`, `phone`, `favourite_pattern`) and build the SET list from that allow-list.",
              symbol="PATCH /members/me", conf=0.9),
            F("PROFILE-MASS-ASSIGN", "high", "security", "Members can update their own `role` (and `pin`, `id`)",
              "Same allow-list; role changes belong behind the studio key.", symbol="PATCH /members/me", conf=0.85),
            F("SWATCH-PATH", "high", "security", "Path traversal in `GET /swatches/:booking`",
              "Resolve the path and check it stays under `SWATCH_DIR`; reject names containing `/` or `..`.",
              symbol="GET /swatches/:booking", conf=0.85),
            F("CARD-XSS", "high", "security", "Member card renders `bio` without escaping",
              "Use `esc(rows[0].bio)` like the other fields.", symbol="GET /members/:id/card", conf=0.9),
            F("REMINDER-SHELL", "high", "security", "Shell injection through a member's phone number in `sendReminder`",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--text\", body])`.", symbol="sendReminder", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any booking",
              "Return 404 unless `rows[0].member_id === who.id` (or the caller is a verified tutor).",
              symbol="DELETE /bookings/:id", conf=0.85),
            F("MEMBER-BOOKINGS-IDOR", "medium", "security", "`GET /members/:id/bookings` lists other members' bookings",
              "Compare `req.params.id` with `who.id`.", symbol="GET /members/:id/bookings", conf=0.8),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler sends stack traces", "Log the stack; send a generic message.",
              conf=0.7),
            F("CORS-ANY-ORIGIN", "medium", "security", "CORS reflects every origin with credentials",
              "List the workshop's own origins.", conf=0.65),
        ]),
        "Correctness:",
        Block([
            F("BOOKING-CLASH-RACE", "high", "bug", "Double booking: clash check and insert are not atomic",
              "Use an exclusion constraint on `(tray, tstzrange(starts_at, ends_at))` or do both in a transaction with `SELECT ... FOR UPDATE`.",
              symbol="POST /bookings", conf=0.85),
            F("INK-DRAW-RACE", "medium", "bug", "Ink draws race on the in-memory stock",
              "Do the draw in SQL: `UPDATE inks SET ml = ml - $2 WHERE colour = $1 AND ml >= $2 RETURNING ml`.",
              symbol="POST /ink/:colour/draw", conf=0.75),
            F("TRAY-RANGE", "medium", "bug", "Booking accepts tray 8 although trays are 0-7",
              "`tray >= TRAYS` is out of range.", symbol="POST /bookings", conf=0.85),
            F("SLOTS-TRAY-LOOP", "medium", "bug", "`POST /slots` opens one slot too many",
              "Loop `tray < TRAYS`.", symbol="POST /slots", conf=0.85),
            F("BOOKING-TIMES-UNCHECKED", "medium", "bug", "`POST /bookings` does not validate the session times",
              "Parse both times, require `endsAt > startsAt`, a future start, and a slot that exists for that tray.",
              symbol="POST /bookings", conf=0.7),
            F("SHEET-SLICE", "medium", "bug", "`/sheet` drops the first booking on every page",
              "`rows.slice(start, start + per)`.", symbol="GET /sheet", conf=0.85),
            F("REMINDER-DUP-RACE", "low", "bug", "Reminders can be sent twice when runs overlap",
              "Mark the booking before awaiting the send, or guard `remindTomorrow` against re-entry.",
              symbol="remindTomorrow", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("FREE-SORT-SQLI", "critical", "security", "ORDER BY built from req.query.sort", "allow-list", d=-2),
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "member(): token decoded, never verified", "jwt.verify", d=-2),
            F("PROFILE-KEYS-SQLI", "critical", "security", "PATCH /members/me: body keys spliced into UPDATE", "fixed column list", d=-1),
            F("REMINDER-SHELL", "high", "security", "sendReminder: exec with interpolated phone", "execFile + argv", d=-2),
            F("SWATCH-PATH", "high", "security", "swatch name joined into file path", "basename + prefix check", d=-2),
            F("CANCEL-NOT-OWNER", "high", "security", "DELETE /bookings/:id has no owner check", "compare member_id"),
            F("BOOKING-CLASH-RACE", "high", "bug", "check-then-insert allows double booking", "constraint / tx", d=+1),
            F("TRAY-RANGE", "medium", "bug", "tray == TRAYS passes validation", "tray >= TRAYS -> 400"),
            F("QUOTE-HALF-HOURS", "low", "bug", "partial half hour not billed", "Math.ceil", d=+1),
            F("INK-DRAW-RACE", "medium", "bug", "ink stock read/await/write race", "atomic UPDATE", d=-1),
            F("SHEET-SLICE", "medium", "bug", "page slice skips first row", "slice(start, start + per)", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the marbling workshop's tray booking service (`src/server.ts`).

        ### Security

        The most important issue is authentication: the `member` helper decodes JSON Web Tokens without
        checking their signature. Several endpoints also pass request data to SQL, the filesystem and the shell.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with the secret.", n=3, sd=-2,
              desc="`jwt.decode` only parses the token; an attacker can craft a token with `role: \"tutor\"` and any id."),
            F("JWT-FALLBACK-SECRET", "HIGH", "Security Misconfiguration", "Hard-coded Fallback JWT Secret",
              "Require the environment variable."),
            F("FREE-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Tray Listing",
              "Validate `sort` against known columns.", n=3, sd=-2),
            F("SWATCH-PATH", "HIGH", "Path Traversal", "Path Traversal in Swatch Download",
              "Normalize the path and ensure it stays in `SWATCH_DIR`.", n=3, sd=-2),
            F("SWATCH-NO-AUTH", "MEDIUM", "Broken Access Control", "Swatch Images Are Publicly Accessible",
              "Require a signed-in member who owns the booking.", n=2,
              desc="Unlike the other member routes, the swatch route never calls `member(req)`."),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Member Card",
              "Escape `bio` with `esc`.", n=3, sd=-2),
            F("REMINDER-SHELL", "HIGH", "Command Injection", "Command Injection in SMS Reminder",
              "Use `execFile` with an argument array.", n=3, sd=-2),
            F("PROFILE-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment in Profile Update",
              "Only allow specific fields to be updated.", n=2,
              desc="A member can send `{\"role\": \"tutor\"}` and promote themselves."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Remove `stack` from the response.", n=2, sd=-1),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy",
              "Restrict `origin` to trusted domains.", n=3, sd=-2),
        ], wrap="list"),
        """
        ### Reliability

        The booking flows read and write the database in separate steps without transactions.
        """,
        Block([
            F("BOOKING-CLASH-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of a Tray",
              "Use a transaction or a database constraint.", d=-3, n=3,
              desc="Two requests can both see no clash and both insert a booking."),
            F("CANCEL-DOUBLE-REFUND", "MEDIUM", "Race Condition", "Concurrent Cancellations Can Refund Twice",
              "Check the DELETE's `rowCount` before refunding, inside a transaction.", d=-2, n=3),
            F("REMINDER-DUP-RACE", "LOW", "Race Condition", "Duplicate SMS Reminders",
              "Add the id to `sentReminders` before sending.", d=+1, n=3, sd=-1),
            F("INK-DRAW-RACE", "MEDIUM", "Race Condition", "Ink Stock Can Go Negative Under Concurrent Draws",
              "Perform the check and the update atomically in SQL.", n=3, sd=-2),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving the SQL into a repository module and adding input schemas (zod)."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("JWT-DECODE-UNVERIFIED", "high", "security", "jwt.decode used for auth, no verify", "jwt.verify"),
            F("FREE-SORT-SQLI", "high", "security", "sql injection via sort param", "whitelist"),
            F("PROFILE-KEYS-SQLI", "high", "security", "sql injection via json keys in profile update", "whitelist keys"),
            F("REMINDER-SHELL", "high", "security", "exec with phone number -> shell injection", "execFile"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TRAY-RANGE", "medium", "", "tray 8 accepted, trays are 0-7", "tray >= TRAYS", d=-1),
            F("BOOKING-PARTY-UNCHECKED", "medium", "bug", "party of 0 or negative accepted", "require 1..MAX_PARTY"),
            F("REMINDER-ERROR-SWALLOWED", "low", "bug", "sms-send errors ignored", "reject on error"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication relies on an unverified JWT.
        2. SQL injection in the free-tray listing and the profile update.
        3. Path traversal, command injection and XSS.
        4. Race conditions in booking, cancellation and ink stock.
        5. Arithmetic and bounds errors in quotes, slot creation and the day sheet.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "Unverified JWT used for authentication",
              "Verify the token signature.", conf=0.95),
            F("FREE-SORT-SQLI", "blocker", "security", "SQL injection through sort parameter",
              "Restrict sort to known columns.", conf=0.9),
            F("PROFILE-KEYS-SQLI", "blocker", "security", "SQL injection through profile field names",
              "Whitelist updatable fields.", conf=0.85),
            F("SWATCH-PATH", "major", "security", "Directory traversal in swatch endpoint",
              "Sanitize the file name.", conf=0.85),
            F("REMINDER-SHELL", "major", "security", "Command injection in SMS sending",
              "Do not build shell commands from data.", conf=0.8),
            F("CARD-XSS", "major", "security", "Unescaped bio in member card",
              "Escape HTML output.", d=-3, conf=0.8),
            F("LOGIN-PIN-PLAINTEXT", "major", "security", "Plain-text PIN storage and comparison",
              "Hash PINs.", conf=0.7),
            F("BOOKING-CLASH-RACE", "major", "concurrency", "Tray double booking race condition",
              "Use a transaction with locking.", d=+2, conf=0.8),
            F("CANCEL-DOUBLE-REFUND", "major", "concurrency", "Cancellation refund is not idempotent",
              "Only refund when the delete removed a row.", conf=0.7),
            F("INK-DRAW-RACE", "major", "concurrency", "Lost update on ink stock",
              "Use an atomic SQL update.", conf=0.75),
            F("INK-ML-UNCHECKED", "minor", "correctness", "Ink amount is not validated",
              "Reject non-positive or non-numeric ml.", d=+2, conf=0.65,
              desc="A negative or NaN ml passes the stock check."),
            F("QUOTE-MINUTES-NAN", "minor", "correctness", "Quote returns NaN for missing minutes",
              "Validate minutes.", conf=0.7),
            F("QUOTE-HALF-HOURS", "minor", "correctness", "Quote under-charges partial half hours",
              "Round up with Math.ceil.", conf=0.7),
            F("BOOKING-TIMES-UNCHECKED", "minor", "correctness", "Booking times are not validated",
              "Check that endsAt is after startsAt.", conf=0.6),
            F("SLOTS-TRAY-LOOP", "major", "correctness", "Slot creation loop creates an extra tray slot",
              "Use tray < TRAYS.", d=+2, conf=0.8),
            F("SHEET-SLICE", "minor", "correctness", "Day sheet pagination skips a booking",
              "Fix the slice start.", conf=0.75),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
