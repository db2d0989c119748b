"""test35/ts-rockpool: a booking desk for guided rock-pooling walks (TypeScript, Express 4 + pg). Frozen test split.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format). Labels sit next
to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test35: seeded problems in a rock-pooling guided-walk booking desk (Express 4 + pg + "
    "jsonwebtoken); five agents' answers written by hand."
)

S = "src/server.ts"
AU = "src/auth.ts"
T = "src/tides.ts"

PROBLEMS = {
    "JWT-DECODE-UNVERIFIED": P(AU, "return jwt.decode(token) as Walker;", "security",
                               "walkerOf trusts jwt.decode without verifying the signature: anyone can forge a walker id",
                               "signature-vs-statement"),
    "JWT-NULL-CRASH": P(AU, "return jwt.decode(token) as Walker;", "bug",
                        "jwt.decode returns null for a missing or malformed token; callers read walker.id and the async handler rejects (request hangs)"),
    "SEATS-LOOP-OBO": P(T, "for (let i = 1; i < parties.length; i++) taken += parties[i];", "bug",
                        "seatsLeft starts at index 1: the first booking's party is never counted", "off-by-one"),
    "AGE-OBO": P(T, "return onDay.getFullYear() - birthYear > minAge;", "bug",
                 "> instead of >=: a child who has just reached the minimum age is turned away", "off-by-one"),
    "CACHE-STALE": P(S, "if (hit && Date.now() - hit.at < 300_000) return hit.walk;", "bug",
                     "walk cache never invalidated: a capacity change by the desk is ignored for five minutes"),
    "CACHE-MISS-CACHED": P(S, "walkCache.set(id, { at: Date.now(), walk: rows[0] });", "bug",
                           "a lookup of a missing walk caches undefined: the walk 404s for five minutes after it is created"),
    "HOLD-SEATS-UNCHECKED": P(S, "const seats = Number(req.body.seats);", "bug",
                              "seats not validated: NaN passes the capacity check and poisons heldSeats, negatives release other holds"),
    "HOLD-LOST-UPDATE": P(S, 'const { rows } = await pool.query("SELECT COALESCE(SUM(party), 0)::int AS n', "bug",
                          "held read before the await and written after it: concurrent holds overwrite each other and exceed capacity",
                          "critical-section"),
    "PARTY-UNCHECKED": P(S, "const party: number = req.body.party;", "bug",
                         "party from the body not validated (string, zero, negative): negative parties free seats, strings compare oddly"),
    "HOLDS-IGNORED": P(S, "const left = seatsLeft(walk.capacity, rows.map((r) => r.party));", "bug",
                       "extra, one agent: seats held in heldSeats are not subtracted when booking, so a held seat can be sold"),
    "BOOKING-OVERSELL": P(S, 'if (party > left) return res.status(409).json({ error: "walk is full", left });', "bug",
                          "check-then-insert across awaits with no transaction or lock: concurrent bookings oversell a walk",
                          "critical-section"),
    "CANCEL-IDOR": P(S, 'const { rows } = await pool.query("SELECT b.id, w.starts_at FROM bookings b', "security",
                     "DELETE /bookings/:id never checks that the booking belongs to the caller: anyone cancels anyone's booking",
                     "signature-vs-statement"),
    "CANCEL-PAST-WALK": P(S, "const hoursBefore = (new Date(rows[0].starts_at).getTime() - Date.now()) / 3_600_000;", "bug",
                          "bookings for walks that already happened can still be cancelled, deleting the attendance record"),
    "DESK-SIZE-UNCHECKED": P(S, "const size = Number(req.query.size ?? 20);", "bug",
                             "size from the query not validated: 0 gives Infinity pages, negative sizes make the query fail, huge sizes dump everything"),
    "DESK-PAGES-FLOOR": P(S, "const pages = Math.floor(count.rows[0].n / size);", "bug",
                          "Math.floor drops the last partial page from the page count", "off-by-one"),
    "SIGHT-SQLI-SPECIES": P(S, "const sql = `SELECT s.id, s.species, s.notes, w.starts_at", "security",
                            "species query value interpolated into the ILIKE pattern: SQL injection", "source-vs-sink"),
    "SIGHT-SQLI-BEACH": P(S, "const sql = `SELECT s.id, s.species, s.notes, w.starts_at", "security",
                          "beach query value interpolated into the WHERE clause: SQL injection", "source-vs-sink"),
    "SIGHT-NOTES-XSS": P(S, 'res.type("html").send(`<h1>${escapeHtml(s.species)}</h1>', "security",
                         "sighting notes written into the page unescaped: stored XSS"),
    "SIGHT-PHOTO-XSS": P(S, 'res.type("html").send(`<h1>${escapeHtml(s.species)}</h1>', "security",
                         "photo name put into the img src attribute unescaped and unencoded: attribute-breakout XSS"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(path.join(PHOTO_ROOT, name));", "security",
                         "file query value joined to PHOTO_ROOT: path traversal, any readable file", "source-vs-sink"),
    "SMS-CMDI": P(S, 'exec(`sms-send --to ${r.phone} --text "${text}"`);', "security",
                  "message from the request body put into a shell command line", "source-vs-sink"),
    "SMS-PHONE-INJECTION": P(S, 'exec(`sms-send --to ${r.phone} --text "${text}"`);', "security",
                             "walker-controlled phone number from the database put into the same shell command unquoted"),
    "SMS-COUNT": P(S, "remindersSent++;", "bug",
                   "reminders counted as sent without waiting for exec's result: failures are invisible"),
    "ERR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                        "error handler returns the message and stack trace to the client", "signature-vs-statement"),
}

CONFUSABLE = [
    ("JWT-DECODE-UNVERIFIED", "JWT-NULL-CRASH"),
    ("CACHE-STALE", "CACHE-MISS-CACHED"),
    ("HOLD-SEATS-UNCHECKED", "HOLD-LOST-UPDATE"),
    ("PARTY-UNCHECKED", "BOOKING-OVERSELL"),
    ("HOLDS-IGNORED", "BOOKING-OVERSELL"),
    ("CANCEL-IDOR", "CANCEL-PAST-WALK"),
    ("DESK-SIZE-UNCHECKED", "DESK-PAGES-FLOOR"),
    ("SIGHT-SQLI-SPECIES", "SIGHT-SQLI-BEACH"),
    ("SIGHT-NOTES-XSS", "SIGHT-PHOTO-XSS"),
    ("SMS-CMDI", "SMS-PHONE-INJECTION"),
    ("SMS-CMDI", "SMS-COUNT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The desk has a sound staff check (`deskOnly` fails closed when `DESK_KEY` is unset and compares with
        `timingSafeEqual`), a correct tide-safety check in `walkIsSafe`, parameterised queries almost everywhere,
        and correct paging offsets in the staff list. The walker-facing side is weaker:

        1. Walker identity is never verified, so every walker-scoped action can be forged.
        2. Two injection sinks reachable without a key (`/sightings` SQL, `/photos` path) and one with it (`sms-send`).
        3. Seat accounting is wrong three ways: the first party is not counted, concurrent bookings oversell, and holds are ignored.
        4. The sighting page renders stored HTML.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "Bearer tokens are decoded, not verified",
              "Use `jwt.verify(token, PUBLIC_KEY, { algorithms: [\"RS256\"] })` with the portal's key.",
              symbol="walkerOf", conf=0.95),
            F("JWT-NULL-CRASH", "medium", "bug", "`walkerOf` returns null for a missing or malformed token",
              "Return 401 when verification fails; today `walker.id` throws inside an async handler and Express 4 never answers.",
              symbol="walkerOf", conf=0.75),
            F("CANCEL-IDOR", "high", "security", "Any caller can cancel any booking",
              "Add `AND b.walker_id = $2` with the verified walker's id and answer 404 otherwise.",
              symbol="DELETE /bookings/:id", conf=0.9),
            F("SIGHT-SQLI-SPECIES", "critical", "security", "SQL injection through `species` in GET /sightings",
              "Use placeholders: `s.species ILIKE $1` with `%${species}%` as the value.",
              symbol="GET /sightings", conf=0.95),
            F("SIGHT-SQLI-BEACH", "critical", "security", "SQL injection through `beach` in GET /sightings",
              "Bind it as `$2`.", symbol="GET /sightings", conf=0.9),
            F("SIGHT-NOTES-XSS", "high", "security", "Stored XSS: sighting notes are rendered raw",
              "Pass `s.notes` through `escapeHtml` like the species.", symbol="GET /sightings/:id", conf=0.9),
            F("SIGHT-PHOTO-XSS", "medium", "security", "Photo name is interpolated into the `src` attribute unescaped",
              "Use `encodeURIComponent(s.photo)`; a name containing a quote breaks out of the attribute.",
              symbol="GET /sightings/:id", conf=0.7),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in GET /photos",
              "Use `res.sendFile(name, { root: PHOTO_ROOT })`, which rejects `..`.", symbol="GET /photos", conf=0.9),
            F("SMS-CMDI", "high", "security", "Reminder text is passed to a shell",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--text\", text])`; a double quote in the message runs commands.",
              symbol="POST /walks/:id/remind", conf=0.85),
            F("SMS-PHONE-INJECTION", "high", "security", "Walker phone numbers are also interpolated into the shell command",
              "The phone comes from the walker's own profile; `execFile` with an argument array fixes both.",
              symbol="POST /walks/:id/remind", conf=0.75),
            F("ERR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and answer `{ error: \"internal error\" }`.", conf=0.7),
        ]),
        "Seat accounting and caching:",
        Block([
            F("SEATS-LOOP-OBO", "high", "bug", "`seatsLeft` skips the first booking",
              "Start the loop at 0 (or `parties.reduce((a, b) => a + b, 0)`).", symbol="seatsLeft", conf=0.9),
            F("BOOKING-OVERSELL", "high", "bug", "Concurrent bookings can oversell a walk",
              "Lock the walk row (`SELECT ... FOR UPDATE`) in a transaction, or insert with a conditional `INSERT ... SELECT` that re-checks capacity.",
              symbol="POST /walks/:id/bookings", conf=0.85),
            F("PARTY-UNCHECKED", "medium", "bug", "`party` is not validated",
              "Require an integer between 1 and the walk's capacity.", symbol="POST /walks/:id/bookings", conf=0.8),
            F("HOLDS-IGNORED", "medium", "bug", "Booking ignores seats held in `heldSeats`",
              "Subtract `heldSeats.get(walk.id)` from `left`; otherwise a seat held for a paying party can be sold to someone else.",
              symbol="POST /walks/:id/bookings", conf=0.7),
            F("HOLD-LOST-UPDATE", "medium", "bug", "`held` is read before the await and written after it",
              "Read and update `heldSeats` after the query, in one synchronous step, or keep holds in the database.",
              symbol="POST /walks/:id/hold", conf=0.75),
            F("HOLD-SEATS-UNCHECKED", "medium", "bug", "`seats` may be NaN or negative",
              "Validate it as a positive integer; `NaN` makes the capacity check false and stores NaN for the walk.",
              symbol="POST /walks/:id/hold", conf=0.75),
            F("AGE-OBO", "low", "bug", "`ageOk` rejects children who are exactly the minimum age",
              "Use `>=` (and the birth date rather than only the year).", symbol="ageOk", conf=0.7),
            F("DESK-PAGES-FLOOR", "low", "bug", "Page count drops the last partial page",
              "`Math.ceil(n / size)`.", symbol="GET /walks/:id/bookings", conf=0.8),
            F("DESK-SIZE-UNCHECKED", "low", "bug", "`size` is not validated",
              "Clamp to 1..100; `size=0` reports `Infinity` pages.", symbol="GET /walks/:id/bookings", conf=0.65),
            F("CACHE-STALE", "low", "bug", "The walk cache is never invalidated",
              "Delete the entry when the desk changes a walk, or drop the cache; capacity changes take five minutes to apply.",
              symbol="loadWalk", conf=0.6),
            F("CACHE-MISS-CACHED", "low", "bug", "A missing walk is cached as `undefined`",
              "Only cache rows that exist.", symbol="loadWalk", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run (no tsconfig in repo). Findings:",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "walkerOf: jwt.decode without verify", "jwt.verify", d=-2),
            F("SIGHT-SQLI-SPECIES", "critical", "security", "SQL injection: req.query.species in /sightings", "parameterize", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "/photos?file=../.. reads arbitrary files", "root option", d=-1),
            F("SMS-CMDI", "high", "security", "exec() with body.message in the command string", "execFile + args", d=-2),
            F("CANCEL-IDOR", "high", "security", "DELETE /bookings/:id: no owner check", "filter by walker_id", d=-2),
            F("SIGHT-NOTES-XSS", "medium", "security", "notes rendered unescaped", "escapeHtml(s.notes)"),
            F("SEATS-LOOP-OBO", "high", "bug", "seatsLeft loop starts at 1", "i = 0"),
            F("BOOKING-OVERSELL", "high", "bug", "capacity check and insert not atomic", "transaction + FOR UPDATE", d=-2),
            F("PARTY-UNCHECKED", "medium", "bug", "party unvalidated", "positive int check"),
            F("HOLD-LOST-UPDATE", "medium", "bug", "holds can exceed capacity under concurrent requests", "atomic update", d=+1),
            F("AGE-OBO", "low", "bug", "ageOk off by one (> vs >=)", ">=", d=-1),
            F("DESK-PAGES-FLOOR", "low", "bug", "pages uses floor", "ceil", d=-1),
            F("CACHE-MISS-CACHED", "low", "bug", "loadWalk caches misses", "skip undefined"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the rock-pooling booking desk. The application is an Express server
        with a PostgreSQL database. It manages guided walks timed around low tide, seat holds, bookings,
        species sightings and SMS reminders.

        ### Security Findings

        The most important problem is that user identity is not verified. There are also several injection
        vulnerabilities.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify()` with the issuer's key instead of `jwt.decode()`.",
              desc="`jwt.decode()` only base64-decodes the payload. Any client can craft a token with an arbitrary `id`."),
            F("JWT-NULL-CRASH", "Medium", "Denial of Service", "Unhandled Null Token Leads to Crash",
              "Check the decoded value before using it."),
            F("SIGHT-SQLI-SPECIES", "Critical", "SQL Injection", "SQL Injection in Sightings Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("SIGHT-SQLI-BEACH", "Critical", "SQL Injection", "SQL Injection via Beach Filter",
              "Use parameterized queries.", d=-1),
            F("SIGHT-NOTES-XSS", "High", "Cross-Site Scripting", "Stored XSS in Sighting Notes",
              "Escape the notes before rendering."),
            F("SIGHT-PHOTO-XSS", "Medium", "Cross-Site Scripting", "Unescaped Photo Attribute",
              "Encode the photo name in the URL."),
            F("PHOTO-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Photo Download",
              "Validate the file name."),
            F("SMS-CMDI", "High", "Command Injection", "Command Injection in SMS Reminders",
              "Use `execFile` with an argument array."),
            F("SMS-PHONE-INJECTION", "High", "Command Injection", "Unsanitized Phone Number in Shell Command",
              "Validate phone numbers as E.164 before storing and before sending."),
            F("CANCEL-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference in Cancellation",
              "Verify that the booking belongs to the authenticated walker.", d=-1),
            F("ERR-STACK-LEAK", "Medium", "Information Disclosure", "Stack Traces Exposed to Clients",
              "Return a generic error message.", d=-1),
        ], wrap="list"),
        """
        ### Correctness and Concurrency

        The seat logic is vulnerable to race conditions because of the `await` between the read and the write.
        """,
        Block([
            F("BOOKING-OVERSELL", "High", "Race Condition", "Race Condition Allows Overbooking",
              "Use a database transaction with row locking.", d=+1),
            F("HOLD-LOST-UPDATE", "Medium", "Race Condition", "Race Condition in Seat Holds",
              "Re-read `heldSeats` after the query.", d=+2),
            F("SEATS-LOOP-OBO", "High", "Logic Error", "Incorrect Loop Start in seatsLeft",
              "Start iterating at index 0.", d=-1),
            U({"severity": "Low", "category": "Maintainability", "description": "Magic numbers such as 300_000 and 3_600_000 should be named constants."}),
            F("CACHE-STALE", "Low", "Caching", "Stale Walk Cache",
              "Invalidate the cache entry on updates."),
            F("DESK-SIZE-UNCHECKED", "Low", "Input Validation", "Unvalidated Page Size",
              "Clamp the page size."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-UNVERIFIED", "high", "security", "jwt not verified", "jwt.verify"),
            F("SIGHT-SQLI-SPECIES", "high", "security", "sql injection in /sightings", "use $1, $2", d=+1),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal on /photos", "sendFile root option"),
            F("SMS-CMDI", "high", "security", "command injection in sms-send", "execFile"),
            F("CANCEL-IDOR", "medium", "security", "cancel does not check owner", "check walker id"),
            F("SIGHT-NOTES-XSS", "medium", "", "notes not escaped", "escapeHtml"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BOOKING-OVERSELL", "medium", "bug", "booking can overfill a walk", "transaction"),
            F("SEATS-LOOP-OBO", "medium", "bug", "first party not counted", "i = 0"),
            F("PARTY-UNCHECKED", "low", "bug", "party not validated", "validate"),
            F("SMS-COUNT", "low", "bug", "reminders counted even when sms-send fails", "await exec result", d=0),
            F("ERR-STACK-LEAK", "low", "security", "stack trace in 500 response", "hide stack", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary of findings
        1. Authentication: JWT tokens decoded without verification.
        2. Injection: SQL injection in sightings search, command injection in reminders, path traversal in photos.
        3. Authorization: bookings can be cancelled by anyone.
        4. Concurrency: overbooking and seat-hold races.
        5. Correctness: seat counting, age check, pagination and input validation.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT decoded without signature verification",
              "Use jwt.verify.", d=-1, conf=0.95),
            F("SIGHT-SQLI-SPECIES", "blocker", "security", "SQL injection in sightings species filter",
              "Use parameterized queries.", conf=0.9),
            F("SIGHT-SQLI-BEACH", "blocker", "security", "SQL injection in sightings beach filter",
              "Use parameterized queries.", conf=0.9),
            F("SIGHT-NOTES-XSS", "major", "security", "Cross-site scripting in sighting page",
              "Escape notes.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo endpoint",
              "Restrict to PHOTO_ROOT.", d=-1, conf=0.85),
            F("SMS-CMDI", "major", "security", "Command injection in reminder sending",
              "Avoid the shell.", conf=0.85),
            F("CANCEL-IDOR", "major", "security", "Missing ownership check on booking cancellation",
              "Check walker_id.", conf=0.85),
            F("CANCEL-PAST-WALK", "minor", "correctness", "Past bookings can be cancelled and deleted",
              "Reject cancellation after the walk has started.", conf=0.55),
            F("ERR-STACK-LEAK", "minor", "security", "Stack trace leaked in error responses",
              "Hide internal details.", conf=0.7),
            F("BOOKING-OVERSELL", "major", "concurrency", "Race condition between capacity check and insert",
              "Use a transaction.", d=-1, conf=0.8),
            F("HOLD-LOST-UPDATE", "major", "concurrency", "Lost update on heldSeats across await",
              "Update heldSeats atomically.", d=-1, conf=0.7),
            F("HOLD-SEATS-UNCHECKED", "minor", "correctness", "Hold seat count not validated",
              "Validate seats.", conf=0.7),
            F("PARTY-UNCHECKED", "minor", "correctness", "Party size not validated",
              "Validate party.", conf=0.75),
            F("SEATS-LOOP-OBO", "major", "correctness", "Off-by-one in seatsLeft loop",
              "Start from 0.", conf=0.85),
            F("AGE-OBO", "minor", "correctness", "Minimum age comparison excludes the boundary",
              "Use >=.", conf=0.7),
            F("DESK-PAGES-FLOOR", "minor", "correctness", "Page count rounds down",
              "Use Math.ceil.", conf=0.75),
            F("SMS-COUNT", "minor", "reliability", "SMS failures are not detected",
              "Handle the exec callback.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 7 major, 7 minor"),
    ]),
}
