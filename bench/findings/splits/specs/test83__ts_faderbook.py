"""test83/ts-faderbook: a recording studio desk (room bookings, sessions, stems, invoices). TypeScript, Express + pg.

Written 2026-12-06 by a helper session (branch test83, issue 15) that had not seen the merger code, its scores,
or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Frozen: score once.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test83: seeded problems in a recording studio desk; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Artist | null;", "security", "jwt.decode does not verify the signature: any forged token names any artist", "signature-vs-statement"),
    "PIN-MD5": P(S, 'const hash = crypto.createHash("md5")', "security", "PINs stored and compared as unsalted MD5 (and compared with !==)"),
    "TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: rows[0].id", "security", "session token signed without expiresIn: valid forever"),
    "ROOM-SQLI": P(S, "WHERE room = '${room}' AND day = $1", "security", "room path value interpolated into the free-hours SQL", "source-vs-sink"),
    "FREE-HOURS-OFF-BY-ONE": P(S, "h <= b.start_hour + b.hours", "bug", "<= marks the hour after each booking as taken: a free hour is never offered", "off-by-one"),
    "BOOKING-INPUT-UNCHECKED": P(S, "const { room, day, startHour, hours } = req.body;", "bug", "startHour/hours not validated: negative, zero, strings (startHour + hours concatenates) or outside opening hours"),
    "BOOKING-ROOM-UNKNOWN": P(S, "const rate = ROOM_RATES[room];", "bug", "unknown room gives rate undefined: quote and deposit stored as NaN/null"),
    "BOOKING-CLASH-RACE": P(S, "if (clash.rowCount) return res.status(409)", "bug", "clash check and insert not atomic (no transaction, lock or exclusion constraint): double bookings", "critical-section"),
    "CANCEL-NO-TX": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1"', "bug", "booking delete and refund insert not in one transaction: a failure loses the refund or refunds twice"),
    "CANCEL-DELETES-CLOSED": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1"', "bug", "closed (recorded, billed) sessions and past bookings can be deleted, erasing the invoice basis"),
    "LIVE-RACE": P(S, "const booking = await pool.query(", "bug", "liveRooms.has check and set are separated by an await: two starts both pass", "critical-section"),
    "LIVE-NO-BOOKING": P(S, "liveRooms.set(room, { bookingId: booking.rows[0].id", "bug", "no open booking today: rows[0] undefined, TypeError and 500"),
    "BILLED-FLOOR": P(S, "const billedHours = Math.floor(minutes / 60);", "bug", "Math.floor bills started hours short: 119 minutes is billed as one hour", "off-by-one"),
    "SESSION-RECLOSE": P(S, "UPDATE bookings SET used_hours = $1, closed = true WHERE id = $2", "bug", "an already closed session can be closed again and its billed hours overwritten (NaN minutes too)"),
    "STEM-UPLOAD-TRAVERSAL": P(S, "const dest = path.join(STEM_DIR, req.params.bookingId, req.file.originalname);", "security", "originalname (and bookingId) from the client joined into the path: ../ writes anywhere"),
    "STEM-UPLOAD-NOT-OWNED": P(S, "const dest = path.join(STEM_DIR, req.params.bookingId, req.file.originalname);", "security", "artist identity discarded: any artist uploads (or overwrites) stems in another artist's booking"),
    "STEM-DOWNLOAD-TRAVERSAL": P(S, "res.sendFile(path.join(STEM_DIR, req.params.bookingId, file));", "security", "file path value (decoded %2F) joined into the sendFile path: traversal out of the booking folder", "source-vs-sink"),
    "MIXDOWN-SHELL": P(S, "exec(`ffmpeg -y -i ${dir}/mix.wav ${dir}/mix.${format}`", "security", "format from the body interpolated into a shell command", "source-vs-sink"),
    "MIXDOWN-NO-TIMEOUT": P(S, "exec(`ffmpeg -y -i ${dir}/mix.wav ${dir}/mix.${format}`", "bug", "ffmpeg run with no timeout or concurrency limit: a stuck encode hangs the request and piles up processes"),
    "MIXDOWN-ERR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message, cmd: err.cmd });", "security", "error message and the full command line (server paths) returned to the client"),
    "INVOICE-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.bookingId]);', "security", "invoice for any booking id: artist never compared with the booking's artist", "signature-vs-statement"),
    "INVOICE-HOURS-NULL": P(S, "const net = b.used_hours * ROOM_RATES[b.room];", "bug", "a session not closed yet has used_hours null: invoice net 0"),
    "INVOICE-DEPOSIT": P(S, "total: net + vat, paid: b.deposit", "bug", "deposit already paid is not deducted from the total"),
    "STACK-LEAK": P(S, "res.status(err.status || 500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("PIN-MD5", "TOKEN-NO-EXPIRY"),
    ("BOOKING-INPUT-UNCHECKED", "BOOKING-ROOM-UNKNOWN"),
    ("CANCEL-NO-TX", "CANCEL-DELETES-CLOSED"),
    ("LIVE-RACE", "LIVE-NO-BOOKING"),
    ("BILLED-FLOOR", "SESSION-RECLOSE"),
    ("STEM-UPLOAD-TRAVERSAL", "STEM-UPLOAD-NOT-OWNED"),
    ("MIXDOWN-SHELL", "MIXDOWN-NO-TIMEOUT"),
    ("MIXDOWN-SHELL", "MIXDOWN-ERR-LEAK"),
    ("INVOICE-HOURS-NULL", "INVOICE-DEPOSIT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 API for a recording studio. The engineer middleware is solid
        (`engineerOnly` fails closed when `ENGINEER_KEY` is unset and checks the length before
        `timingSafeEqual`), and `/bookings/mine` and the stem download's ownership check are correct. The
        artist side is the problem:

        1. **Artist identity is not authenticated.** `artistFrom` decodes the JWT without verifying it, so
           every artist-scoped route trusts a forged token.
        2. **Injection.** The free-hours query and the mixdown command interpolate request values.
        3. **Files.** Stem upload and download both build paths from client-supplied names.
        4. **Booking integrity.** Double bookings under concurrency, unvalidated hours, and billing that
           rounds the wrong way.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`artistFrom` uses `jwt.decode`, which skips signature verification",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat any error as 401.",
              symbol="artistFrom", conf=0.95),
            F("ROOM-SQLI", "high", "security", "SQL injection via `:room` in `GET /rooms/:room/free`",
              "Bind the room as `$2` like the day.", symbol="GET /rooms/:room/free", conf=0.9),
            F("MIXDOWN-SHELL", "high", "security", "Command injection through `format` in `POST /mixdown/:bookingId`",
              "Allow-list formats (`wav`, `flac`, `mp3`) and use `execFile(\"ffmpeg\", [...])`.",
              symbol="POST /mixdown/:bookingId", conf=0.85),
            F("STEM-UPLOAD-TRAVERSAL", "high", "security", "Stem upload writes to a path built from `originalname`",
              "Use `path.basename(originalname)` (or a generated name) and check the resolved path stays under `STEM_DIR`.",
              symbol="POST /stems/:bookingId", conf=0.85),
            F("STEM-UPLOAD-NOT-OWNED", "high", "security", "Stem upload does not check that the booking belongs to the caller",
              "Do the same `artist_id` check as the download route before writing.",
              d=-2, sd=0, symbol="POST /stems/:bookingId", conf=0.8),
            F("STEM-DOWNLOAD-TRAVERSAL", "medium", "security", "Stem download joins the `:file` parameter into the path",
              "Pass `{ root: path.join(STEM_DIR, bookingId) }` to `sendFile` so `..` is refused.",
              symbol="GET /stems/:bookingId/:file", conf=0.75),
        ]),
        "Booking and billing logic:",
        Block([
            F("BOOKING-CLASH-RACE", "high", "bug", "Clash check and insert can interleave, double-booking a room",
              "Run both in a transaction with `SELECT ... FOR UPDATE` on the room-day, or add an exclusion constraint on `(room, day, hour range)`.",
              d=-3, symbol="POST /bookings", conf=0.8),
            F("BOOKING-INPUT-UNCHECKED", "medium", "bug", "`startHour` and `hours` are not validated",
              "Require integers with `OPEN_HOUR <= startHour < startHour + hours <= CLOSE_HOUR`; a string `hours` makes `startHour + hours` a concatenation.",
              symbol="POST /bookings", conf=0.8),
            F("FREE-HOURS-OFF-BY-ONE", "medium", "bug", "Free-hours listing marks one hour too many as taken",
              "Use `h < b.start_hour + b.hours`.", symbol="GET /rooms/:room/free", conf=0.85),
            F("BILLED-FLOOR", "medium", "bug", "Session billing truncates partial hours",
              "Bill started hours with `Math.ceil` (or whatever the studio's rounding policy is, but not floor).",
              symbol="POST /sessions/:bookingId/close", conf=0.7),
            F("INVOICE-IDOR", "high", "security", "Any artist can read any booking's invoice",
              "Add `AND artist_id = $2` to the query.", symbol="GET /invoices/:bookingId", conf=0.85),
            F("INVOICE-DEPOSIT", "low", "bug", "Invoice total ignores the deposit already paid",
              "Return `due: total - b.deposit`.", symbol="GET /invoices/:bookingId", conf=0.6),
            F("STACK-LEAK", "low", "security", "Error handler sends stack traces", "Log the stack; send a generic message.",
              conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "artistFrom(): jwt.decode, no verification -> auth bypass",
              "jwt.verify with JWT_SECRET.", d=-3),
            F("ROOM-SQLI", "high", "security", "SQL injection: req.params.room in template literal",
              "parameterize.", d=-3),
            F("MIXDOWN-SHELL", "high", "security", "exec with req.body.format (shell injection)",
              "execFile + allow-list.", d=-2),
            F("STEM-DOWNLOAD-TRAVERSAL", "high", "security", "sendFile path from req.params.file",
              "sendFile root option.", d=-1),
            F("PIN-MD5", "medium", "security", "PIN hashed with unsalted md5", "scrypt/argon2 + timingSafeEqual."),
            F("BOOKING-CLASH-RACE", "medium", "bug", "double-booking race between clash SELECT and INSERT",
              "transaction/exclusion constraint.", d=+1),
            F("LIVE-RACE", "medium", "bug", "rooms/:room/start: has() then await then set() (race)",
              "set a placeholder before awaiting.", d=-1),
            F("LIVE-NO-BOOKING", "low", "bug", "booking.rows[0] may be undefined", "404 when no booking."),
            F("CANCEL-NO-TX", "medium", "bug", "DELETE + refund INSERT not transactional", "BEGIN/COMMIT."),
            F("INVOICE-IDOR", "high", "security", "invoice route has no ownership check", "filter by artist_id.", d=-3),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the recording studio service (`src/server.ts`).

        ### Architecture

        The service is a single Express application with a PostgreSQL pool. Artists authenticate with a
        bearer JWT; engineers use a shared key header. Stems are stored on the local filesystem and
        mixdowns are produced by calling `ffmpeg`.

        ### Security
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`artistFrom` trusts whatever claims are present in the token, so anyone can craft a token with another artist's id."),
            F("TOKEN-NO-EXPIRY", "MEDIUM", "Broken Authentication", "Issued Tokens Never Expire",
              "Set `expiresIn` when signing.", sd=-2, n=3),
            F("MIXDOWN-SHELL", "HIGH", "Command Injection", "OS Command Injection in Mixdown Endpoint",
              "Validate `format` and avoid the shell.", sd=-2, n=3),
            F("MIXDOWN-ERR-LEAK", "LOW", "Information Disclosure", "Mixdown Errors Expose the Executed Command",
              "Return a generic error message.", d=+1, sd=-1, n=3),
            F("STEM-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Stem Upload Filename",
              "Sanitize the uploaded file name.", sd=-2, n=3),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned in Error Responses",
              "Omit `err.stack` in production.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Correctness
        """,
        Block([
            F("BOOKING-ROOM-UNKNOWN", "MEDIUM", "Logic Error", "Unknown Room Produces NaN Quote",
              "Return 400 when the room is not in `ROOM_RATES`.", sd=-2, n=3,
              desc="`ROOM_RATES[room]` is undefined for an unknown room, so `rate * hours` is `NaN` and the deposit is stored as null."),
            F("BOOKING-CLASH-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of a Room",
              "Use a transaction and a unique or exclusion constraint.", d=+1, sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the routes into separate modules."}),
            F("FREE-HOURS-OFF-BY-ONE", "MEDIUM", "Logic Error", "Off-by-One in Free Hour Calculation",
              "Use `<` instead of `<=`.", d=+2, sd=0, n=3),
            F("SESSION-RECLOSE", "MEDIUM", "Logic Error", "Closed Sessions Can Be Re-Closed and Re-Billed",
              "Add `AND closed = false` to the update.", sd=-2, n=3),
            F("INVOICE-HOURS-NULL", "MEDIUM", "Logic Error", "Invoice Computed for Sessions Not Yet Closed",
              "Refuse to invoice an open session.", sd=-2, n=3),
            F("CANCEL-DELETES-CLOSED", "MEDIUM", "Logic Error", "Completed Sessions Can Be Cancelled and Deleted",
              "Only allow cancelling future, unclosed bookings; soft-delete.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "error", "security", "jwt not verified", "jwt.verify"),
            F("ROOM-SQLI", "error", "security", "sqli via room param", "use $2"),
            F("STEM-UPLOAD-NOT-OWNED", "warning", "security", "stem upload ignores booking owner", "check artist_id"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BILLED-FLOOR", "warning", "", "billing rounds minutes down", "Math.ceil", d=+1, sd=0),
            F("MIXDOWN-NO-TIMEOUT", "info", "bug", "ffmpeg exec has no timeout", "timeout option"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: unverified JWT, weak PIN hashing, tokens without expiry.
        2. Injection: SQL in the free-hours query, OS command in mixdown.
        3. File handling: traversal on stem upload and download.
        4. Concurrency: double booking and live room start.
        5. Billing correctness.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT decoded without signature verification",
              "Use jwt.verify.", conf=0.95),
            F("PIN-MD5", "major", "security", "Weak password hashing (MD5) for artist PINs",
              "Use bcrypt or scrypt.", conf=0.8),
            F("ROOM-SQLI", "blocker", "security", "SQL injection in room availability query",
              "Use parameterized queries.", conf=0.9),
            F("STEM-DOWNLOAD-TRAVERSAL", "major", "security", "Path traversal in stem download",
              "Use the root option of sendFile.", conf=0.75),
            F("BOOKING-CLASH-RACE", "major", "concurrency", "Race condition between clash check and booking insert",
              "Use a transaction with locking.", conf=0.8),
            F("BOOKING-INPUT-UNCHECKED", "major", "correctness", "Booking hours are not validated",
              "Validate startHour and hours as integers in opening hours.", d=+1, snippet="const rate = ROOM_RATES[room];", conf=0.7),
            F("LIVE-RACE", "major", "concurrency", "Check-then-set race on liveRooms across await",
              "Reserve the room before the query.", d=+2, sd=+2, conf=0.7),
            F("BILLED-FLOOR", "minor", "correctness", "Billed hours rounded down",
              "Round up to the next hour.", conf=0.7),
            F("INVOICE-DEPOSIT", "minor", "correctness", "Deposit not subtracted from invoice total",
              "Subtract the deposit.", conf=0.6),
            F("STACK-LEAK", "minor", "security", "Stack trace exposed in error responses",
              "Do not send err.stack.", conf=0.8),
        ], wrap="object+summary", summary="10 issues: 2 blocker, 5 major, 3 minor"),
    ]),
}
