"""test33/ts-scopetime: an observatory's telescope time slots and observing log (TypeScript, Express + pg).

Frozen test split test33; labels next to each finding. Written 2026-12-03 by a helper session that had not
seen the merger code, its results, its tuning data or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or "
    "any other split's cases. Frozen test split (test33): seeded problems in a small telescope time-slot "
    "scheduler and observing log; five agents' answers written by hand."
)

A = "src/app.ts"
AU = "src/auth.ts"
SL = "src/slots.ts"
PROBLEMS = {
    "JWT-DECODE-UNVERIFIED": P(AU, "const claims = jwt.decode(token)", "security",
                               "jwt.decode does not check the signature: anyone can mint a token, role staff included",
                               "signature-vs-statement"),
    "CLAIMS-NULL-CRASH": P(AU, "return { id: claims.sub", "bug",
                           "decode returns null for a missing or malformed token: TypeError, unhandled in Express 4"),
    "STAFF-KEY-IN-QUERY": P(AU, "const given = Buffer.from(String(req.query.key", "security",
                            "staff key passed in the query string (logs, history, Referer)"),
    "SLOTS-PAST-DAWN": P(SL, "for (let i = 0; i <= n; i++)", "bug",
                         "<= n yields one slot too many, starting at (or after) dawn", "off-by-one"),
    "OVERLAP-TOUCHING": P(SL, "return aFirst <= bFirst + bCount", "bug",
                          "inclusive comparisons: back-to-back bookings are reported as overlapping", "off-by-one"),
    "NIGHT-MISSING-CRASH": P(A, "return { dusk: rows[0].dusk", "bug",
                             "unknown scope or night: rows[0] is undefined, TypeError and a hung request",
                             "signature-vs-statement"),
    "PLAN-STAMPEDE": P(A, "const night = await nightOf(req.params.scope", "performance",
                       "has() then await then set(): concurrent misses all query and compute the plan",
                       "critical-section"),
    "BOOKING-BODY-UNVALIDATED": P(A, "const { night, first, count } = req.body", "bug",
                                  "first and count not validated: negative or zero count passes the quota, slots beyond the night"),
    "QUOTA-WEEK-OPEN-ENDED": P(A, "night >= date_trunc('week', $2::date)", "bug",
                               "quota counts every booking from this week onwards, not this week only"),
    "BOOKING-DOUBLE-RACE": P(A, "if (taken.rows.some(", "bug",
                             "overlap check and insert are separate queries without a lock or constraint: double booking",
                             "critical-section"),
    "PAGE-NAN": P(A, "const page = Math.max(1, Number(req.query.page", "bug",
                  "a non-numeric page gives NaN (Math.max keeps NaN): OFFSET NaN, database error"),
    "PAGE-OFFSET": P(A, "[req.params.scope, PAGE_SIZE, page * PAGE_SIZE]", "bug",
                     "pages are 1-based but OFFSET is page * size: the first page is never shown", "off-by-one"),
    "CLOSE-OFF-BY-ONE": P(A, "AND first_slot > $3", "bug",
                          "first_slot > fromSlot keeps the booking starting at fromSlot (and ones running across it)",
                          "off-by-one"),
    "CLOSE-DELETES-HISTORY": P(A, "AND first_slot > $3", "bug",
                               "weather closure deletes bookings instead of marking them cancelled: history and log links lost"),
    "LOG-ANY-BOOKING": P(A, "[booking, who.id, target, seeing, notes]", "security",
                         "log entry accepted against any booking id, not checked to be the caller's"),
    "LOG-XSS-NOTES": P(A, "const items = rows.map(", "security",
                       "target and notes rendered into HTML unescaped (stored XSS); only the name is escaped"),
    "LOG-XSS-NIGHT": P(A, "<h1>Observing log for ${req.params.night}", "security",
                       "night route parameter reflected into the page unescaped (reflected XSS)"),
    "LOG-SEARCH-NO-AUTH": P(A, 'app.get("/log/search"', "security",
                            "log search needs no login and returns every observer's notes"),
    "LOG-SEARCH-SQLI": P(A, "ILIKE '%${target}%'", "security",
                         "target query value interpolated into SQL (injection)", "source-vs-sink"),
    "FRAME-IDOR": P(A, "const viewer = observerOf(req);", "security",
                    "the viewer is never compared with :observer: anyone downloads anyone's frames"),
    "FRAME-TRAVERSAL": P(A, "const file = path.join(FRAMES", "security",
                         "decoded route params joined to FRAMES: ../ escapes the frames directory",
                         "signature-vs-statement"),
    "SLEW-GLOBAL-COUNTER": P(A, "if (slewing > 0) return void", "bug",
                             "extra, one agent: one busy counter for every telescope: a slew on one blocks all the others"),
    "SLEW-BUSY-RACE": P(A, "slewing += 1;", "bug",
                        "busy check, await, then increment: two requests both pass the check and slew at once",
                        "critical-section"),
    "SLEW-RADEC-INJECTION": P(A, "exec(`indi_setprop", "security",
                              "ra/dec from the body interpolated into a shell command (command injection)",
                              "source-vs-sink"),
}

CONFUSABLE = [
    ("JWT-DECODE-UNVERIFIED", "CLAIMS-NULL-CRASH"),
    ("BOOKING-BODY-UNVALIDATED", "QUOTA-WEEK-OPEN-ENDED"),
    ("PAGE-NAN", "PAGE-OFFSET"),
    ("CLOSE-OFF-BY-ONE", "CLOSE-DELETES-HISTORY"),
    ("LOG-XSS-NOTES", "LOG-XSS-NIGHT"),
    ("LOG-SEARCH-NO-AUTH", "LOG-SEARCH-SQLI"),
    ("FRAME-IDOR", "FRAME-TRAVERSAL"),
    ("SLEW-GLOBAL-COUNTER", "SLEW-BUSY-RACE"),
    ("SLEW-BUSY-RACE", "SLEW-RADEC-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        I reviewed the scheduler (`src/app.ts`), its auth helpers (`src/auth.ts`) and the slot arithmetic
        (`src/slots.ts`). The staff middleware compares keys soundly (it fails closed and uses `timingSafeEqual`), and
        `holdsSlotNow` computes the current slot correctly with a half-open interval. The main problems:

        1. Observer identity is taken from an unverified JWT, so every per-observer check can be bypassed.
        2. Two injection points: the log search (SQL) and the slew command (shell).
        3. The observing-log page renders stored notes as HTML.
        4. Booking is check-then-insert, and the slot arithmetic has two boundary errors.
        5. Smaller correctness issues: the frames download, paging and the weather closure.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "`observerOf` trusts an unverified JWT",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })`; `JWT_SECRET` is read but never used.",
              symbol="observerOf", conf=0.95),
            F("CLAIMS-NULL-CRASH", "medium", "bug", "`observerOf` throws on a missing or malformed token",
              "Return 401 when the token does not decode; in Express 4 the thrown TypeError inside an async handler leaves the request hanging.",
              symbol="observerOf", conf=0.7),
            F("STAFF-KEY-IN-QUERY", "low", "security", "Staff key is read from the query string",
              "Take it from a header so it does not end up in access logs and browser history.",
              symbol="staffOnly", conf=0.6),
            F("LOG-SEARCH-SQLI", "critical", "security", "SQL injection in `GET /log/search`",
              "Bind the pattern: `WHERE l.target ILIKE $1` with `['%' + target + '%']`.",
              symbol="GET /log/search", conf=0.95),
            F("SLEW-RADEC-INJECTION", "critical", "security", "Shell injection through `ra` / `dec` in the slew command",
              "Validate both as sexagesimal or decimal numbers and run `execFile(\"indi_setprop\", [arg])` instead of `exec`.",
              symbol="POST /scopes/:scope/slew", conf=0.9),
            F("LOG-XSS-NOTES", "high", "security", "Stored XSS in the observing log page",
              "Escape `target` and `notes` with `escapeHtml` as is already done for the name.",
              symbol="GET /log/night/:night", conf=0.9),
            F("LOG-XSS-NIGHT", "medium", "security", "Reflected XSS through the `:night` parameter",
              "Escape `req.params.night` (or validate it as a date) before putting it in the heading.",
              symbol="GET /log/night/:night", conf=0.75),
            F("FRAME-IDOR", "high", "security", "Frames of any observer can be downloaded",
              "Compare `viewer.id` with `req.params.observer` (or let staff through) before serving.",
              symbol="GET /frames/:observer/:file", conf=0.8),
            F("FRAME-TRAVERSAL", "high", "security", "Path traversal in the frames download",
              "Resolve the path and check it is inside `FRAMES`, or use `res.download(file, { root: FRAMES })`.",
              symbol="GET /frames/:observer/:file", conf=0.8),
            F("BOOKING-DOUBLE-RACE", "high", "bug", "Concurrent bookings can take the same slots",
              "Do the overlap check and insert in one transaction with a lock on the night, or add an exclusion constraint on the slot range.",
              symbol="POST /scopes/:scope/bookings", conf=0.8),
            F("BOOKING-BODY-UNVALIDATED", "medium", "bug", "`first` and `count` are not validated",
              "Require integers with `count >= 1` and `first + count` within the night's slots; a negative `count` currently reduces the quota used.",
              symbol="POST /scopes/:scope/bookings", conf=0.75),
            F("QUOTA-WEEK-OPEN-ENDED", "medium", "bug", "Weekly quota counts future weeks too",
              "Bound the range: `night >= date_trunc('week', $2::date) AND night < date_trunc('week', $2::date) + interval '7 days'`.",
              symbol="POST /scopes/:scope/bookings", conf=0.7),
            F("SLEW-BUSY-RACE", "medium", "bug", "Mount busy flag is checked before an `await` and set after it",
              "Increment `slewing` before awaiting `holdsSlotNow` (and undo it on refusal), so a second request sees the mount busy.",
              symbol="POST /scopes/:scope/slew", conf=0.7),
            F("PLAN-STAMPEDE", "low", "performance", "Slot plans are computed once per concurrent request on a cold cache",
              "Cache the promise (`plans.set(key, promise)`) before awaiting it.",
              d=-1, n=3, symbol="GET /scopes/:scope/nights/:date/slots", conf=0.55),
            F("NIGHT-MISSING-CRASH", "medium", "bug", "`nightOf` crashes for an unknown night",
              "Check `rows.length` and answer 404.",
              symbol="nightOf", conf=0.7),
            F("PAGE-OFFSET", "medium", "bug", "Bookings list skips the first page",
              "OFFSET should be `(page - 1) * PAGE_SIZE`.",
              symbol="GET /scopes/:scope/bookings", conf=0.85),
            F("CLOSE-OFF-BY-ONE", "medium", "bug", "Weather closure keeps the booking that starts at `fromSlot`",
              "Use `first_slot + slot_count > $3` so bookings starting at or running across `fromSlot` are cancelled too.",
              symbol="POST /scopes/:scope/close", conf=0.7),
            F("SLOTS-PAST-DAWN", "medium", "bug", "`slotStarts` returns one slot too many",
              "Loop with `i < n`; the last slot currently starts at or after dawn.",
              symbol="slotStarts", conf=0.8),
            F("OVERLAP-TOUCHING", "medium", "bug", "`overlaps` treats adjacent bookings as overlapping",
              "Use strict comparisons: `aFirst < bFirst + bCount && bFirst < aFirst + aCount`.",
              symbol="overlaps", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run; read-only review.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "observerOf: JWT decoded, never verified",
              "jwt.verify with JWT_SECRET", d=-3),
            F("LOG-SEARCH-SQLI", "critical", "security", "SQLi: req.query.target interpolated into ILIKE",
              "parameterize", d=-2),
            F("SLEW-RADEC-INJECTION", "critical", "security", "exec() with ra/dec from req.body -> command injection",
              "execFile + validate numbers", d=-2),
            F("FRAME-TRAVERSAL", "high", "security", "path.join(FRAMES, params) allows ../",
              "check resolved path prefix"),
            F("LOG-XSS-NOTES", "high", "security", "notes/target rendered as raw HTML",
              "escapeHtml", d=+1, sd=0),
            F("LOG-ANY-BOOKING", "medium", "security", "POST /log: booking ownership not checked",
              "verify booking.observer == who.id"),
            F("BOOKING-DOUBLE-RACE", "high", "bug", "Double booking: SELECT taken then INSERT, no transaction",
              "exclusion constraint", d=-1),
            F("SLEW-BUSY-RACE", "medium", "bug", "slewing check/increment straddle an await",
              "increment before await", d=-2),
            F("NIGHT-MISSING-CRASH", "medium", "bug", "nightOf: rows[0] undefined for unknown night",
              "404 when no row", d=-2),
            F("PAGE-NAN", "low", "bug", "?page=abc -> NaN offset",
              "parseInt + isNaN check"),
            F("CLOSE-OFF-BY-ONE", "medium", "bug", "close: fromSlot booking itself not cancelled (> vs >=)",
              ">=", d=-1),
            F("OVERLAP-TOUCHING", "medium", "bug", "overlaps(): adjacent ranges count as overlap",
              "strict <", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `scopetime` service, an Express application that schedules telescope
        time for an observatory and keeps an observing log. Below are my findings, grouped by severity.

        ### Critical and High

        Authentication rests on JSON Web Tokens that are decoded without signature verification, which undermines
        every authorization decision in the application. Several endpoints also place request data into SQL, HTML,
        file paths and shell commands.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify` and the configured secret.",
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with `role: \"staff\"` or any `sub`."),
            F("LOG-SEARCH-SQLI", "Critical", "SQL Injection", "SQL Injection in Observing Log Search",
              "Use parameterized queries."),
            F("SLEW-RADEC-INJECTION", "Critical", "Command Injection", "Command Injection in Telescope Slew Endpoint",
              "Use `execFile` with an argument array and validate coordinates."),
            F("LOG-XSS-NOTES", "High", "Cross-Site Scripting", "Stored Cross-Site Scripting in Observing Log",
              "Escape all user-supplied fields before rendering."),
            F("LOG-XSS-NIGHT", "Medium", "Cross-Site Scripting", "Reflected XSS via Night Parameter",
              "Escape or validate the night parameter."),
            F("FRAME-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Frame Download",
              "Validate that the resolved path stays within FRAMES_DIR.", d=-2),
            F("FRAME-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Frames",
              "Check that the requesting observer owns the frames."),
            F("LOG-ANY-BOOKING", "Medium", "Broken Access Control", "Observing Log Entries Can Be Attached to Any Booking",
              "Verify the booking belongs to the caller."),
            F("STAFF-KEY-IN-QUERY", "Medium", "Information Disclosure", "Staff Key Transmitted in URL",
              "Use an Authorization header."),
        ], wrap="list"),
        """
        ### Medium and Low

        The booking flow and the slot arithmetic contain logic errors that affect fairness between observers.
        """,
        Block([
            F("BOOKING-DOUBLE-RACE", "High", "Race Condition", "Race Condition Allows Double Booking of Telescope Time",
              "Wrap the availability check and the insert in a serializable transaction.", d=+1, n=2,
              desc="Between the SELECT of taken slots and the INSERT another request can book the same slots; nothing in the schema prevents it."),
            F("QUOTA-WEEK-OPEN-ENDED", "Medium", "Business Logic", "Weekly Quota Includes Bookings in Later Weeks",
              "Add an upper bound to the week range."),
            F("PLAN-STAMPEDE", "Low", "Performance", "Redundant Slot Plan Computation Under Concurrency",
              "Store the pending promise in the cache."),
            F("PAGE-OFFSET", "Medium", "Business Logic", "Pagination Skips the First Page",
              "Subtract one from the page before multiplying.", d=-1),
            F("CLOSE-DELETES-HISTORY", "Medium", "Data Integrity", "Weather Closure Permanently Deletes Bookings",
              "Mark bookings as cancelled instead of deleting them, so the log and the observers' history survive."),
            F("SLEW-GLOBAL-COUNTER", "Low", "Availability", "Single Global Slew Lock Blocks All Telescopes",
              "Track busy state per scope, e.g. a `Map<string, boolean>`."),
            F("SLOTS-PAST-DAWN", "Medium", "Logic Error", "Extra Slot Generated After Dawn",
              "Use `<` in the loop condition.", d=+1),
            U({"severity": "Low", "category": "Maintainability", "description": "Magic number 30 for slot length is repeated in SQL."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-UNVERIFIED", "error", "security", "jwt not verified", "jwt.verify"),
            F("LOG-SEARCH-SQLI", "error", "security", "sqli in log search", "bind param"),
            F("SLEW-RADEC-INJECTION", "error", "security", "command injection in slew", "execFile"),
            F("FRAME-TRAVERSAL", "error", "security", "path traversal in frames", "check path"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("LOG-XSS-NOTES", "warning", "security", "xss in log page", "escape notes"),
            F("BOOKING-DOUBLE-RACE", "warning", "", "double booking race", "transaction"),
            F("BOOKING-BODY-UNVALIDATED", "warning", "bug", "count not validated", "count >= 1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWTs are decoded without verification; a bad token crashes the handler; the staff key travels in the URL.
        2. Injection: SQL injection in the log search, command injection in the slew endpoint.
        3. Access control: frames and log search are not restricted.
        4. Concurrency: plan cache, booking and slew check-then-act races.
        5. Boundaries: slot generation, overlap test, paging and closure are off by one.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT accepted without signature verification",
              "Verify tokens with the secret.", conf=0.95),
            F("CLAIMS-NULL-CRASH", "major", "correctness", "Null dereference when the token cannot be decoded",
              "Handle a null decode result.", conf=0.7),
            F("STAFF-KEY-IN-QUERY", "minor", "security", "Staff key in query parameter",
              "Use a header.", conf=0.6),
            F("LOG-SEARCH-SQLI", "blocker", "security", "SQL injection in log search",
              "Use parameters.", conf=0.9),
            F("LOG-SEARCH-NO-AUTH", "major", "security", "Log search does not require authentication",
              "Require a valid observer token; the endpoint returns all notes.", conf=0.65),
            F("SLEW-RADEC-INJECTION", "blocker", "security", "Command injection in slew",
              "Validate ra and dec.", d=-2, conf=0.9),
            F("LOG-XSS-NOTES", "major", "security", "Cross-site scripting in the observing log",
              "Escape output.", conf=0.85),
            F("FRAME-TRAVERSAL", "major", "security", "Path traversal in frame download",
              "Normalize and check the path.", conf=0.8),
            F("FRAME-IDOR", "major", "security", "Missing ownership check for frames",
              "Compare the observer id.", conf=0.75),
            F("PLAN-STAMPEDE", "minor", "concurrency", "Plan cache race between has() and set()",
              "Cache the promise.", d=+1, conf=0.55),
            F("BOOKING-DOUBLE-RACE", "major", "concurrency", "Booking overlap check is not atomic",
              "Use a transaction or a database constraint.", conf=0.8),
            F("SLEW-BUSY-RACE", "major", "concurrency", "Slew busy check is racy across await",
              "Set the flag before awaiting.", d=-1, n=2, conf=0.7),
            F("SLOTS-PAST-DAWN", "major", "correctness", "Off-by-one in slotStarts loop",
              "Use i < n.", d=-2, conf=0.8),
            F("OVERLAP-TOUCHING", "major", "correctness", "Adjacent bookings rejected by overlaps()",
              "Use strict inequality.", conf=0.8),
            F("PAGE-OFFSET", "major", "correctness", "Pagination offset off by one page",
              "Use (page - 1) * PAGE_SIZE.", conf=0.8),
            F("CLOSE-OFF-BY-ONE", "minor", "correctness", "Closure misses the booking at fromSlot",
              "Use >=.", conf=0.65),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 10 major, 3 minor"),
    ]),
}
