"""test63/ts-harpschool: a harp school's practice-room rota (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (apart from specs/tune2__py_snapctl.py, read once for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test63: seeded problems in a harp school's practice-room rota; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials: any site can act with the student's cookie"),
    "TOKEN-IN-QUERY": P(S, "const token = header || req.cookies?.hs_token || String(req.query.token", "security", "token accepted from the query string (logs, referrers)"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token)", "security", "jwt.decode instead of jwt.verify: any forged token (any sub, any grade) is accepted", "signature-vs-statement"),
    "COOKIE-FLAGS": P(S, 'res.cookie("hs_token", token);', "security", "session cookie set without httpOnly, secure or sameSite"),
    "OPEN-REDIRECT": P(S, "res.redirect(next);", "security", "next query value used as the redirect target: open redirect after login", "source-vs-sink"),
    "LAST-SLOT": P(S, "for (let t = OPEN_MIN; t + SLOT_MIN < CLOSE_MIN; t += SLOT_MIN) {", "bug", "< instead of <=: the last slot of the day (20:15) is never offered", "off-by-one"),
    "MINUTES-UNVALIDATED": P(S, "const endsAt = new Date(startsAt.getTime() + minutes * 60_000);", "bug", "minutes not validated (negative, zero, huge, not a slot multiple) before computing the end"),
    "GRADE-UNDEFINED": P(S, "if (room.rows[0].pedal && student.grade! < PEDAL_GRADE)", "bug", "token without grade: undefined < 5 is false, so the pedal-room rule lets everyone in"),
    "WEEKLY-CAP-OBO": P(S, "if (Number(week.rows[0].n) > MAX_WEEKLY)", "bug", "> instead of >=: a student gets MAX_WEEKLY + 1 bookings a week", "off-by-one"),
    "BOOK-CLASH-RACE": P(S, "if (clash.rowCount! > 0)", "bug", "clash check and insert not atomic: two students can book the same room slot", "critical-section"),
    "CANCEL-IDOR": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);', "security", "any logged-in student can cancel anyone's booking (no student_id check)", "signature-vs-statement"),
    "CANCEL-NO-404": P(S, "res.sendStatus(204);", "bug", "cancel answers 204 for an unknown booking id (rowCount ignored) (extra, one agent)", nth=0),
    "PAGE-SLICE": P(S, "res.json(all.rows.slice((page - 1) * size, page * size - 1));", "bug", "slice end page*size-1 drops the last booking of every page", "off-by-one"),
    "PRACTICE-MINUTES": P(S, "const { bookingId, minutes, pieces } = req.body", "bug", "practice minutes not validated (negative, longer than the booking)"),
    "PRACTICE-RACE": P(S, '"INSERT INTO practice_log (booking_id, student_id, minutes, pieces)', "bug", "total read before the await and written after it: concurrent logs lose minutes", "critical-section"),
    "SQLI-Q": P(S, "WHERE name ILIKE '%${q}%' OR harp ILIKE '%${q}%' LIMIT ${limit}", "security", "q query value interpolated into the SQL", "source-vs-sink"),
    "SQLI-LIMIT": P(S, "WHERE name ILIKE '%${q}%' OR harp ILIKE '%${q}%' LIMIT ${limit}", "security", "limit query value interpolated into the SQL"),
    "USAGE-CACHE-STAMPEDE": P(S, "const r = await pool.query(\"SELECT room_id, sum(", "performance", "has() then await then set(): concurrent requests for an uncached week all run the aggregate", "critical-section"),
    "USAGE-CACHE-STALE": P(S, "usageCache.set(week, r.rows);", "bug", "usage cache never invalidated or expired: bookings after the first view never show"),
    "ROTA-XSS": P(S, "<td>${r.name}</td><td>${r.phone}</td>", "security", "student names rendered into the public rota HTML unescaped (stored XSS)"),
    "ROTA-PHONE": P(S, "<td>${r.name}</td><td>${r.phone}</td>", "security", "public, unauthenticated rota page shows students' phone numbers"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-DECODE"),
    ("COOKIE-FLAGS", "OPEN-REDIRECT"),
    ("MINUTES-UNVALIDATED", "GRADE-UNDEFINED"),
    ("GRADE-UNDEFINED", "WEEKLY-CAP-OBO"),
    ("CANCEL-IDOR", "CANCEL-NO-404"),
    ("PRACTICE-MINUTES", "PRACTICE-RACE"),
    ("SQLI-Q", "SQLI-LIMIT"),
    ("USAGE-CACHE-STAMPEDE", "USAGE-CACHE-STALE"),
    ("ROTA-XSS", "ROTA-PHONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a compact Express service, and most of its queries are parameterised. The serious
        problems cluster in three places:

        1. **Identity.** `studentFromToken` decodes the JWT without verifying it, so every student check in the
           file (bookings, cancellation, practice log, key code) trusts whatever the client writes into `sub`
           and `grade`.
        2. **Three string-built or unescaped outputs**: the room search SQL, the public rota HTML and the
           post-login redirect.
        3. **Booking rules**: the weekly cap, the free-slot list and the room clash check each have an edge
           that lets one booking too many through or hides one slot.

        What looks right: `teacherOnly` fails closed with a length check before `timingSafeEqual`; the
        room-block route runs in a transaction; `/rooms/:id/keycode` checks for a current booking; the room
        name on the rota goes through `esc`; login codes are single-use.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "JWT is decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat any error as unauthenticated.",
              symbol="studentFromToken", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Session token also accepted from `?token=`",
              "Drop the query-string fallback; tokens in URLs end up in access logs and Referer headers.",
              symbol="studentFromToken", conf=0.7),
            F("SQLI-Q", "critical", "security", "SQL injection in `/rooms/search` via `q`",
              "Pass `q` as a parameter: `name ILIKE $1 OR harp ILIKE $1` with `%${q}%` as the value.",
              symbol="GET /rooms/search", conf=0.95),
            F("SQLI-LIMIT", "high", "security", "`limit` is also interpolated into the same query",
              "Parse it as an integer, clamp it, and bind it as `$2`.", symbol="GET /rooms/search", conf=0.85),
            F("OPEN-REDIRECT", "medium", "security", "Open redirect after login through `next`",
              "Only accept relative paths starting with a single `/`.", symbol="GET /login/callback", conf=0.8),
            F("ROTA-XSS", "high", "security", "Stored XSS on the public rota: student name not escaped",
              "Wrap `r.name` in `esc()` as the room name already is.", symbol="GET /rota/:roomId", conf=0.85),
            F("ROTA-PHONE", "medium", "security", "Public rota exposes students' phone numbers",
              "Drop `s.phone` from the query; the rota needs initials at most.", symbol="GET /rota/:roomId", conf=0.8),
            F("CANCEL-IDOR", "high", "security", "Any student can delete any booking",
              "Add `AND student_id = $2` to the delete and return 404 when `rowCount` is 0.",
              symbol="DELETE /bookings/:id", conf=0.9),
        ]),
        "Booking and bookkeeping:",
        Block([
            F("BOOK-CLASH-RACE", "high", "bug", "Room clash check and insert can interleave",
              "Use an exclusion constraint on `(room_id, tstzrange(starts_at, ends_at))` or do both in one transaction with `SELECT ... FOR UPDATE` on the room.",
              symbol="POST /bookings", conf=0.8),
            F("WEEKLY-CAP-OBO", "medium", "bug", "Weekly limit admits one booking too many",
              "Use `>=`: with `MAX_WEEKLY = 4` a student with four bookings can still make a fifth.",
              symbol="POST /bookings", conf=0.85),
            F("GRADE-UNDEFINED", "medium", "bug", "Pedal-room grade rule passes when the token carries no grade",
              "Treat a missing grade as ineligible: `(student.grade ?? 0) < PEDAL_GRADE`.", symbol="POST /bookings", conf=0.7),
            F("LAST-SLOT", "low", "bug", "Free-slot list never shows the last slot of the day",
              "Loop while `t + SLOT_MIN <= CLOSE_MIN`.", symbol="GET /rooms/:id/free", conf=0.85),
            F("PAGE-SLICE", "low", "bug", "`/bookings/mine` drops one booking per page",
              "`slice((page - 1) * size, page * size)`; the end index of `slice` is already exclusive.",
              symbol="GET /bookings/mine", conf=0.9),
            F("PRACTICE-RACE", "medium", "bug", "Practice total lost on concurrent submissions",
              "Compute the total from `practice_log` with `SUM(minutes)`, or read and write the map after the await.",
              d=3, symbol="POST /practice", conf=0.75),
            F("ERROR-STACK", "low", "security", "Error handler returns `err.stack` to the client",
              "Log the stack, return a generic message.", symbol="error handler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "studentFromToken trusts unsigned tokens (jwt.decode)", "jwt.verify with secret.", d=-3),
            F("SQLI-Q", "critical", "security", "SQL injection: q from query string into ILIKE", "Parameterise.", d=-2),
            F("OPEN-REDIRECT", "medium", "security", "Unvalidated next redirect", "Allow relative paths only.", d=-2),
            F("CANCEL-IDOR", "high", "security", "DELETE /bookings/:id has no ownership check", "Scope by student_id.", d=-3),
            F("BOOK-CLASH-RACE", "high", "bug", "Double booking: clash SELECT then INSERT without lock", "Exclusion constraint.", d=1),
            F("WEEKLY-CAP-OBO", "medium", "bug", "MAX_WEEKLY off by one (> vs >=)", ">= MAX_WEEKLY."),
            F("MINUTES-UNVALIDATED", "medium", "bug", "minutes unchecked; negative or huge bookings", "Require minutes === SLOT_MIN."),
            F("PAGE-SLICE", "low", "bug", "slice end off by one", "page * size."),
            F("LAST-SLOT", "low", "bug", "Last slot of the day missing from /free", "<=.", d=1),
            F("USAGE-CACHE-STALE", "low", "bug", "usageCache never expires", "TTL or invalidate on booking."),
            F("CORS-ANY", "medium", "security", "cors origin:true with credentials", "Allow-list origins."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the harp school practice-room rota service. The application is an Express
        server using PostgreSQL and JSON Web Tokens.

        ## Security Vulnerabilities
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Is Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", d=1, sd=-1, n=3,
              desc="`jwt.decode` only parses the token. An attacker can craft a token with any `sub` and act as any student."),
            F("SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Room Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("ROTA-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Rota Page",
              "Escape the student name.", sd=-1, n=3),
            F("OPEN-REDIRECT", "MEDIUM", "Open Redirect", "Open Redirect in Login Callback",
              "Validate the `next` parameter.", sd=-2, n=3),
            F("COOKIE-FLAGS", "MEDIUM", "Security Misconfiguration", "Insecure Session Cookie",
              "Set `httpOnly`, `secure` and `sameSite` on the cookie.", sd=-2, n=3),
            F("CORS-ANY", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict allowed origins.", d=0, n=1),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses.", sd=-2, n=3),
        ], wrap="list"),
        "## Logic and Concurrency Issues",
        Block([
            F("BOOK-CLASH-RACE", "HIGH", "Race Condition", "Race Condition in Booking Creation",
              "Use a database constraint or transaction.", d=-3, sd=-3, n=3),
            F("PRACTICE-RACE", "MEDIUM", "Race Condition", "Lost Updates to Practice Totals",
              "Avoid read-modify-write across an `await`.", d=-2, sd=-2, n=3),
            F("USAGE-CACHE-STAMPEDE", "LOW", "Performance", "Cache Stampede on Weekly Usage",
              "Store the pending promise in the cache.", sd=-1, n=3),
            F("LAST-SLOT", "LOW", "Logic Error", "Final Time Slot Never Offered",
              "Use `<=` in the loop condition.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "suggestion": "Consider splitting routes into separate modules."}),
            F("CANCEL-NO-404", "LOW", "Error Handling", "Cancelling a Nonexistent Booking Returns Success",
              "Check `rowCount` and return 404.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE", "high", "security", "jwt.decode doesn't verify signature", "jwt.verify"),
            F("SQLI-Q", "high", "security", "sql injection in room search", "bind params"),
            F("CANCEL-IDOR", "high", "", "anyone can cancel any booking", "check student_id"),
            F("ROTA-XSS", "medium", "security", "xss in rota table", "escape name"),
            F("PAGE-SLICE", "low", "bug", "pagination loses one row per page", "fix slice end", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Overview
        Harp school practice-room booking API (Express + PostgreSQL). 13 issues found.

        1. Authentication: unverified JWTs, tokens in URLs, session cookie flags.
        2. Injection: SQL in room search, open redirect.
        3. Authorization: booking cancellation, phone numbers on the public rota.
        4. Concurrency: double booking, practice totals, usage cache.
        5. Correctness: weekly limit, practice minutes.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Token signature never checked", "Use jwt.verify.", conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Token accepted in URL query", "Header or cookie only.", d=1, snippet="const claims = jwt.decode(token) as { sub?: string; grade?: number } | null;", conf=0.6),
            F("SQLI-Q", "blocker", "security", "SQL injection in /rooms/search", "Use parameters.", conf=0.9),
            F("SQLI-LIMIT", "major", "security", "LIMIT value not validated", "Parse integer.", d=-1, conf=0.7),
            F("OPEN-REDIRECT", "major", "security", "Open redirect via next", "Validate target.", conf=0.8),
            F("COOKIE-FLAGS", "minor", "security", "Cookie missing httpOnly/secure", "Set flags.", conf=0.7),
            F("CANCEL-IDOR", "blocker", "security", "Missing authorization on booking deletion", "Check owner.", conf=0.9),
            F("ROTA-PHONE", "major", "security", "Personal data exposed on public rota", "Remove phone column.", conf=0.8),
            F("BOOK-CLASH-RACE", "major", "concurrency", "Double booking possible", "Use a transaction.", conf=0.8),
            F("PRACTICE-RACE", "major", "concurrency", "Race on practiceTotals", "Atomic update.", conf=0.7),
            F("USAGE-CACHE-STAMPEDE", "minor", "performance", "Duplicate aggregate queries on cache miss", "Cache the promise.", d=-1, conf=0.6),
            F("WEEKLY-CAP-OBO", "major", "correctness", "Weekly booking limit off by one", "Use >=.", d=-1, conf=0.8),
            F("PRACTICE-MINUTES", "minor", "correctness", "Practice minutes not validated", "Check range.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 6 major, 4 minor"),
    ]),
}
