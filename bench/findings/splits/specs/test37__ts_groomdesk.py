"""test37/ts-groomdesk: a dog-grooming salon's appointment and coat-notes desk (TypeScript, Express 4 + pg).

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers and specs (only specs/tune2__py_snapctl.py, for the format). Frozen test split: scored, never
tuned on.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any "
    "other split's answers. Frozen test split (test37): seeded problems in a dog-grooming salon's appointment and "
    "coat-notes desk; five agents' answers written by hand."
)

AU = "src/auth.ts"
BK = "src/bookings.ts"
NT = "src/notes.ts"
SV = "src/server.ts"
PROBLEMS = {
    "JWT-DECODE": P(AU, "jwt.decode(token)", "security", "customer token decoded, never verified: any forged sub is accepted", "signature-vs-statement"),
    "OBO-CLOSE": P(BK, "end.getHours() < CLOSE_HOUR", "bug", "end hour < 18: an appointment ending exactly at 18:00 is refused", "off-by-one"),
    "OBO-MATTING": P(BK, "Math.floor(mattedMinutes / 15)", "bug", "floor instead of ceil: a started quarter hour of dematting is not charged", "off-by-one"),
    "MATTED-NEGATIVE": P(BK, "Math.floor(mattedMinutes / 15)", "bug", "negative matted minutes give a negative surcharge (a discount)"),
    "DOG-NOT-OWNED": P(BK, "const { dogId, groomerId, startsAt, size } = req.body;", "security", "dogId from the body never checked to belong to the signed-in customer"),
    "START-IN-PAST": P(BK, "const start = new Date(startsAt);", "bug", "startsAt not validated: past or invalid dates are booked"),
    "BOOK-RACE": P(BK, "if (clash.rowCount === 0) {", "bug", "clash check and insert not atomic: two bookings can take one groomer's time", "critical-section"),
    "APPT-IDOR": P(BK, 'WHERE a.id = $1",', "security", "any signed-in customer reads any appointment with the owner's phone"),
    "CANCEL-REFUND": P(BK, "UPDATE payments SET refunded = deposit", "bug", "deposit always refunded: starts_at fetched but the late-cancellation rule never applied"),
    "CANCEL-NOT-ATOMIC": P(BK, 'await pool.query("DELETE FROM appointments WHERE id = $1"', "bug", "refund and delete are two statements outside a transaction: a failure between them refunds a booking that stays"),
    "CANCEL-OWNER": P(BK, 'await pool.query("DELETE FROM appointments WHERE id = $1"', "security", "any signed-in customer cancels any appointment"),
    "PAGE-IN-MEMORY": P(BK, "WHERE starts_at::date = $1 ORDER BY starts_at", "performance", "whole day loaded and paged in memory (no LIMIT/OFFSET)"),
    "OBO-SLICE": P(BK, "page * size - 1", "bug", "slice end minus one: the last appointment of every page is dropped", "off-by-one"),
    "REMINDER-SHELL": P(BK, "exec(cmd, () => {});", "security", "phone and dog name interpolated into a shell command run by exec", "signature-vs-statement"),
    "REMINDER-ERR-IGNORED": P(BK, "exec(cmd, () => {});", "bug", "exec callback discards the error: failed reminders are silently lost (and marked sent)"),
    "REMINDER-DOUBLE": P(BK, "if (sentReminders.has(r.id)) continue;", "bug", "in-memory sent set checked before and filled after awaits; reminded_at never read: overlapping runs or a restart send twice", "critical-section"),
    "SQLI-Q": P(NT, "ILIKE '%${q}%'", "security", "q query value interpolated into the coat-note search SQL", "source-vs-sink"),
    "SQLI-LIMIT": P(NT, "ILIKE '%${q}%'", "security", "limit query value interpolated unconverted into LIMIT", "source-vs-sink"),
    "CARD-NO-AUTH": P(NT, "WHERE d.id = $1", "security", "dog card with coat notes served to anyone, no sign-in"),
    "XSS-TEXT": P(NT, '${n.text} <img src="${n.photo}">', "security", "coat note text rendered unescaped into the card HTML"),
    "XSS-PHOTO": P(NT, '${n.text} <img src="${n.photo}">', "security", "photo URL put unescaped into an src attribute (attribute break-out, javascript:)"),
    "PHOTO-ANY-DOG": P(NT, "const dir = path.join(PHOTO_DIR, req.params.dogId);", "security", "any signed-in customer can replace any dog's photo"),
    "PHOTO-TRAVERSAL": P(NT, "await fs.writeFile(path.join(dir, name), req.body);", "security", "name query value joined into the write path: ../ writes anywhere", "source-vs-sink"),
    "ERR-STACK": P(SV, "stack: err.stack", "security", "error handler returns message and stack trace to clients"),
    "CORS-ANY": P(SV, "origin: true, credentials: true", "security", "extra, one agent: CORS reflects any origin with credentials"),
}

CONFUSABLE = [
    ("OBO-MATTING", "MATTED-NEGATIVE"),
    ("DOG-NOT-OWNED", "START-IN-PAST"),
    ("CANCEL-REFUND", "CANCEL-OWNER"),
    ("CANCEL-REFUND", "CANCEL-NOT-ATOMIC"),
    ("CANCEL-OWNER", "CANCEL-NOT-ATOMIC"),
    ("PAGE-IN-MEMORY", "OBO-SLICE"),
    ("REMINDER-SHELL", "REMINDER-ERR-IGNORED"),
    ("SQLI-Q", "SQLI-LIMIT"),
    ("CARD-NO-AUTH", "XSS-TEXT"),
    ("CARD-NO-AUTH", "XSS-PHOTO"),
    ("XSS-TEXT", "XSS-PHOTO"),
    ("PHOTO-ANY-DOG", "PHOTO-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        1. Customer identity is not authenticated: `customerFrom` decodes the JWT without verifying it, so every
           customer check in the service can be forged.
        2. Injection: the coat-note search builds SQL from `q` and `limit`; reminders go through a shell; the dog
           card renders notes as raw HTML.
        3. Authorization: appointments and photos are addressed by id with no ownership check.
        4. Business rules: the 18:00 close, the dematting surcharge, the late-cancellation refund and the desk
           pages are each slightly wrong.

        Good: `deskOnly` fails closed and compares with `timingSafeEqual` after a length check; the clash query's
        interval test (`starts_at < end AND ends_at > start`) is right; `/quote` rejects unknown sizes.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`customerFrom` trusts an unverified JWT",
              "Use `jwt.verify(token, secret, { algorithms: [\"HS256\"] })`; `decode` does no signature or `exp` check.",
              symbol="customerFrom", conf=0.95),
            F("SQLI-Q", "critical", "security", "SQL injection through `q` in the coat-note search",
              "Pass `%${q}%` as a bind parameter.", symbol="GET /coat-notes/search", conf=0.95),
            F("SQLI-LIMIT", "high", "security", "`limit` is spliced into the SQL as a raw string",
              "`const limit = Math.min(100, Number.parseInt(String(req.query.limit ?? 20), 10) || 20)` and bind it.",
              symbol="GET /coat-notes/search", conf=0.85),
            F("REMINDER-SHELL", "high", "security", "Reminder SMS is sent through a shell command line",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--text\", text])`.", d=-1, symbol="sendSms", conf=0.9),
            F("XSS-TEXT", "high", "security", "Coat-note text is injected into the dog card as HTML",
              "Escape `n.text` with `esc` like the dog's name.", symbol="GET /dogs/:dogId/card", conf=0.9),
            F("XSS-PHOTO", "medium", "security", "Photo URL is placed in `src` without escaping or scheme check",
              "Escape it and allow only `https:` URLs on your own host.", symbol="GET /dogs/:dogId/card", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload writes to a path built from `?name=`",
              "Use a generated file name; never join client input into paths.", symbol="PUT /dogs/:dogId/photo", conf=0.9),
        ]),
        "Authorization and business-rule findings:",
        Block([
            F("APPT-IDOR", "high", "security", "Any customer can read any appointment, including the owner's phone",
              "Add `AND a.customer_id = $2` with `who.sub`.", symbol="GET /appointments/:id", conf=0.85),
            F("CANCEL-OWNER", "high", "security", "Cancellation does not check who owns the appointment",
              "Delete with `WHERE id = $1 AND customer_id = $2` and answer 404 otherwise.", d=-3,
              symbol="DELETE /appointments/:id", conf=0.85),
            F("CANCEL-REFUND", "medium", "bug", "The deposit is refunded on every cancellation",
              "Apply the late-cancellation rule using the fetched `starts_at`; do the refund and delete in one transaction.",
              symbol="DELETE /appointments/:id", conf=0.75),
            F("DOG-NOT-OWNED", "medium", "security", "A customer can book any dog id",
              "Check `dogs.customer_id = who.sub` before booking.", symbol="POST /appointments", conf=0.7),
            F("BOOK-RACE", "medium", "bug", "Double booking between the clash query and the insert",
              "Use an exclusion constraint on `(groomer_id, tstzrange(starts_at, ends_at))` or lock the groomer row.",
              d=+2, symbol="POST /appointments", conf=0.8),
            F("OBO-CLOSE", "medium", "bug", "Appointments that end exactly at closing time are rejected",
              "Compare the end time in minutes: `end <= 18:00` on the same day.", symbol="withinOpeningHours", conf=0.8),
            F("OBO-MATTING", "low", "bug", "Dematting surcharge rounds down although the comment says every started quarter",
              "`Math.ceil(mattedMinutes / 15)`.", symbol="quote", conf=0.8),
            F("OBO-SLICE", "medium", "bug", "Desk day view drops one appointment per page",
              "`rows.slice((page - 1) * size, page * size)`; the end index is already exclusive.", symbol="GET /desk/day", conf=0.9),
            F("REMINDER-DOUBLE", "medium", "bug", "Reminders can be sent twice",
              "Claim each reminder atomically (`UPDATE ... SET reminded_at = now() WHERE id = $1 AND reminded_at IS NULL RETURNING id`) instead of the in-memory set.",
              d=+1, symbol="remindTomorrow", conf=0.75),
            F("ERR-STACK", "low", "security", "Error handler leaks stack traces",
              "Log the error and return a generic message.", symbol="app error handler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "customerFrom uses jwt.decode (no signature check)", "jwt.verify.", d=-2),
            F("SQLI-Q", "critical", "security", "search: q interpolated into SQL", "Parameterize.", d=-3),
            F("SQLI-LIMIT", "high", "security", "search: limit interpolated into SQL", "parseInt + bind.", d=-2),
            F("REMINDER-SHELL", "high", "security", "sendSms builds a shell string from phone and dog name", "execFile with args.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "photo PUT: ?name= allows ../", "basename or generated name.", d=-3),
            F("CANCEL-OWNER", "high", "security", "DELETE /appointments/:id: no owner check", "Filter by customer_id."),
            F("APPT-IDOR", "high", "security", "GET /appointments/:id: no owner check", "Filter by customer_id."),
            F("BOOK-RACE", "medium", "bug", "clash check then insert is racy", "Exclusion constraint.", d=-3),
            F("OBO-SLICE", "medium", "bug", "slice end is page*size-1 (drops last row)", "page*size.", d=-3),
            F("REMINDER-DOUBLE", "medium", "bug", "sentReminders set is checked before the await and filled after it", "DB claim.", d=+3),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `groomdesk` application, an Express service that manages grooming
        appointments, coat notes and reminders for a dog-grooming salon.

        ## Overview

        The desk-only endpoints use a sound shared-key check. The customer endpoints are much weaker: the token is
        never verified, and several endpoints take ids and file names straight from the request.

        ## Findings
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with a secret.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. Any client can mint a token for any customer id."),
            F("SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Coat Note Search",
              "Use parameterized queries for `q` and `limit`.", sd=-2, n=3),
            F("XSS-TEXT", "HIGH", "Cross-Site Scripting", "Stored XSS in Dog Card",
              "Escape the note text."),
            F("CARD-NO-AUTH", "MEDIUM", "Broken Access Control", "Dog Card Is Publicly Accessible",
              "Require a signed-in owner or the desk key.", d=-1),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Validate the `name` parameter.", sd=-2, n=3),
            F("PHOTO-ANY-DOG", "MEDIUM", "Broken Access Control", "Missing Ownership Check on Dog Photo Upload",
              "Verify that the dog belongs to the customer."),
        ], wrap="list"),
        "## Reliability and Logic",
        Block([
            F("REMINDER-SHELL", "HIGH", "Command Injection", "Command Injection in SMS Reminder",
              "Use `execFile` with an argument array.", d=-1, sd=-2, n=3),
            F("REMINDER-ERR-IGNORED", "MEDIUM", "Error Handling", "SMS Failures Are Swallowed",
              "Handle the `exec` error and keep the reminder pending.",
              desc="The empty callback ignores a failing `sms-send`, but the reminder is still recorded as sent."),
            F("REMINDER-DOUBLE", "MEDIUM", "Race Condition", "Duplicate Reminder Messages",
              "Rely on `reminded_at` in the database rather than an in-memory `Set`.", d=+1, sd=-1, n=3),
            F("START-IN-PAST", "LOW", "Logic Error", "Appointments Can Be Booked in the Past",
              "Reject start times before now and invalid dates."),
            U({"severity": "INFO", "category": "Maintainability", "description": "Route handlers mix SQL and HTTP concerns."}),
            F("CANCEL-REFUND", "MEDIUM", "Logic Error", "Refund Issued Regardless of Cancellation Time",
              "Honour the cancellation window.", d=-2),
            F("PAGE-IN-MEMORY", "LOW", "Performance", "Day View Pagination Happens in Memory",
              "Use LIMIT and OFFSET in SQL."),
            F("ERR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Return a generic error."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SQLI-Q", "high", "security", "sql injection in coat note search (q)", "bind $1"),
            F("SQLI-LIMIT", "high", "security", "limit param not validated, goes into sql", "parseInt", d=-2),
            F("XSS-PHOTO", "medium", "security", "photo url unescaped in img src", "escape + check scheme"),
            F("REMINDER-SHELL", "high", "", "shell injection via sms text", "execFile"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("OBO-CLOSE", "medium", "bug", "booking ending at 18:00 refused", "<= on minutes", d=-1),
            F("MATTED-NEGATIVE", "low", "bug", "negative matted minutes lower the price", "clamp to >= 0"),
            F("OBO-SLICE", "medium", "bug", "last row of each page missing", "drop the -1"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. Authentication: unverified JWT.
        2. Injection: SQL in the search, command in SMS reminders.
        3. Access control on appointments and cancellations.
        4. Pricing and opening-hours arithmetic.
        5. Concurrency in booking and reminders.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT decoded without verification", "Use jwt.verify.", conf=0.9),
            F("SQLI-Q", "blocker", "security", "SQL injection in coat note search", "Use $1 placeholders.", conf=0.9),
            F("REMINDER-SHELL", "major", "security", "Command injection in sendSms", "Use execFile.", conf=0.85),
            F("BOOK-RACE", "major", "concurrency", "Race between clash check and insert", "Use a constraint.", conf=0.75),
            F("DOG-NOT-OWNED", "major", "security", "Booking does not verify dog ownership", "Check the owner.", d=+1,
              snippet="const start = new Date(startsAt);", conf=0.6),
            F("APPT-IDOR", "major", "security", "Insecure direct object reference on appointment details",
              "Restrict to the customer's own appointments.", d=-1, conf=0.75),
            F("CANCEL-OWNER", "major", "security", "Cancellation without ownership verification", "Check customer_id.", conf=0.75),
            F("CANCEL-NOT-ATOMIC", "minor", "correctness", "Refund and deletion are not wrapped in a transaction",
              "Run both statements in one transaction.", conf=0.6),
            F("OBO-MATTING", "minor", "correctness", "Matting surcharge uses floor instead of ceil",
              "Use Math.ceil.", d=+2, conf=0.7),
            F("OBO-CLOSE", "minor", "correctness", "Off-by-one in closing-hour check", "Allow end == 18:00.", conf=0.7),
            F("CORS-ANY", "major", "security", "CORS allows any origin with credentials",
              "Restrict origins to the salon's front end.", conf=0.7),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 6 major, 3 minor"),
    ]),
}
