"""test60/ts-onairslots: a student radio DJ-slot signup (TypeScript, Express 4 + pg). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test60: seeded problems in a student radio DJ-slot signup; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "TOKEN-IN-QUERY": P(S, "const token = String(req.query.token ??", "security", "bearer token accepted from the query string (logs, referrers, shared links)"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(token) as Student | null;", "security", "jwt.decode never checks the signature (or exp): any forged token is a student, trained flag included", "signature-vs-statement"),
    "WEEKSTART-SUNDAY": P(S, "monday.setUTCDate(d.getUTCDate() - d.getUTCDay() + 1);", "bug", "getUTCDay() is 0 on Sunday: Sunday maps to the next Monday, a week late", "off-by-one"),
    "FREE-HOUR-24": P(S, "for (let hour = FIRST_HOUR; hour <= LAST_HOUR + 1; hour++) {", "bug", "<= LAST_HOUR + 1 lists a 24:00 slot on every day", "off-by-one"),
    "TRAINED-NOT-CHECKED": P(S, "const student: Student = res.locals.student;", "security", "signup never checks student.trained (station rule 4): untrained students take slots", nth=0),
    "WEEKLY-LIMIT-WRONG-WEEK": P(S, "[student.id, weekStart(new Date())],", "bug", "weekly limit counts the current week, not the slot's week: advance signups are never limited"),
    "SLOT-CAPACITY-OBO": P(S, "if (djs.length > MAX_DJS_PER_SLOT)", "bug", "> instead of >=: a third DJ is let into a two-DJ slot", "off-by-one"),
    "SIGNUP-RACE": P(S, 'await pool.query("INSERT INTO signups (slot_id, student_id)', "bug", "count then insert outside a transaction and without a constraint: concurrent signups overbook a slot (or double-book one student)", "critical-section"),
    "CANCEL-NOT-OWNER": P(S, 'await pool.query("DELETE FROM signups WHERE id = $1"', "security", "any signed-in student can delete anyone's signup", "signature-vs-statement"),
    "SHOW-EDIT-NOT-DJ": P(S, '"UPDATE slots SET show_title = $1, blurb = $2 WHERE id = $3"', "security", "any signed-in student can rename and re-describe any slot's show", "signature-vs-statement"),
    "XSS-TITLE": P(S, "<b>${r.show_title}</b>", "security", "show title interpolated into the public schedule HTML unescaped"),
    "XSS-BLURB": P(S, '`<p class="blurb">${r.blurb}</p></li>`', "security", "show blurb interpolated into the public schedule HTML unescaped"),
    "SEARCH-SQLI-Q": P(S, "ILIKE '%${q}%' ORDER BY ${sort} LIMIT 50", "security", "q query value interpolated into the search SQL", "source-vs-sink"),
    "SEARCH-SQLI-SORT": P(S, "ILIKE '%${q}%' ORDER BY ${sort} LIMIT 50", "security", "sort query value interpolated into ORDER BY"),
    "STREAMKEY-ANY-STUDENT": P(S, '"SELECT mount, source_password FROM slots WHERE id = $1"', "security", "any student gets any slot's Icecast source password"),
    "LIVE-NOT-DJ": P(S, 'await pool.query<Slot>("SELECT * FROM slots WHERE id = $1", [req.params.id]);', "security", "go-live never checks that the caller is the slot's DJ or that the slot is now", nth=0),
    "LIVE-SHELL": P(S, "exec(`liquidsoap-ctl switch ${rows[0].mount} ${source}`", "security", "body.source formatted into a shell command line", "source-vs-sink"),
    "LIVE-REPLY-BEFORE-SWITCH": P(S, "res.json({ live: true, mount: rows[0].mount });", "bug", "answers live: true before (and whether or not) the switch succeeds"),
    "STATS-LOST-UPDATE": P(S, "stats.minutesAired = before + rows[0].m;", "bug", "minutesAired read before the await and written after it: concurrent show ends lose minutes", "critical-section"),
    "END-UNKNOWN-SLOT-CRASH": P(S, "stats.minutesAired = before + rows[0].m;", "bug", "unknown slot id: rows[0] is undefined, TypeError in an async handler (Express 4 leaves the request hanging)"),
    "CALENDAR-IDOR": P(S, 'app.get("/students/:id/calendar.ics"', "security", "any student's slot calendar readable by anyone, no sign-in (extra, one agent)"),
    "NOWPLAYING-STAMPEDE": P(S, "const r = await fetch(`${ICECAST_URL}/status-json.xsl`);", "performance", "expired cache: every concurrent request fetches Icecast itself (no in-flight promise)", "critical-section"),
    "NOWPLAYING-CACHES-ERROR": P(S, "nowPlaying = { at: Date.now(), body: await r.json() };", "bug", "r.ok never checked: an Icecast error or non-JSON page is cached for 15 s or throws"),
    "ADMIN-ALL-ROWS": P(S, "await pool.query(ADMIN_SIGNUPS_SQL)", "performance", "every signup ever loaded to serve one page of 50"),
    "ADMIN-PAGE-SKIP": P(S, "signups: rows.slice(page * ADMIN_PAGE, page * ADMIN_PAGE + ADMIN_PAGE)", "bug", "page starts at 1: slice(page * size) skips the first 50 signups", "off-by-one"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-DECODE"),
    ("SLOT-CAPACITY-OBO", "SIGNUP-RACE"),
    ("XSS-TITLE", "XSS-BLURB"),
    ("SEARCH-SQLI-Q", "SEARCH-SQLI-SORT"),
    ("LIVE-NOT-DJ", "LIVE-SHELL"),
    ("LIVE-SHELL", "LIVE-REPLY-BEFORE-SWITCH"),
    ("STATS-LOST-UPDATE", "END-UNKNOWN-SLOT-CRASH"),
    ("NOWPLAYING-STAMPEDE", "NOWPLAYING-CACHES-ERROR"),
    ("ADMIN-ALL-ROWS", "ADMIN-PAGE-SKIP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole service. The root problem is authentication: `studentFrom` uses `jwt.decode`,
        so every route behind `requireStudent` trusts a token anyone can mint, and on top of that most of those
        routes never check that the caller owns the signup or slot they touch. In order of impact:

        1. Forged identities (`jwt.decode`), plus tokens accepted in the query string.
        2. Injection: the search query builds SQL from `q` and `sort`; go-live builds a shell command from `source`.
        3. Missing ownership checks on cancel, show edits, stream keys and go-live.
        4. Signup rules: the capacity check is off by one and races with the insert; the weekly limit looks at the
           wrong week; the `trained` rule is not enforced.
        5. Smaller correctness issues: `weekStart` on Sundays, a 24:00 slot, admin paging.

        Fine as written: `stationManager` (fails closed, length check before `timingSafeEqual`), the swap route's
        transaction, `esc()` on the DJ names, the 100 kB JSON body limit, and bound parameters everywhere except
        `/search`.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`studentFrom` decodes the JWT without verifying it",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })`; `JWT_SECRET` is loaded but never used for verification.",
              symbol="studentFrom", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Token accepted from `?token=`",
              "Accept the bearer header only; query strings end up in proxy logs and browser history.", symbol="studentFrom", conf=0.7),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection through `q` in `/search`",
              "Pass `%${q}%` as `$1`.", symbol="GET /search", conf=0.95),
            F("SEARCH-SQLI-SORT", "high", "security", "SQL injection through `sort` in `/search`",
              "Map `sort` through an allow-list (`{ week: \"week\", title: \"show_title\" }`) instead of interpolating it.",
              symbol="GET /search", conf=0.9),
            F("LIVE-SHELL", "critical", "security", "Command injection in go-live via `req.body.source`",
              "Use `execFile(\"liquidsoap-ctl\", [\"switch\", mount, source])` and allow-list `source` (studio-a, studio-b, remote).",
              symbol="POST /slots/:id/live", conf=0.9),
            F("LIVE-NOT-DJ", "high", "security", "Any student can switch the transmitter to any slot",
              "Check that the caller is signed up for this slot and that the slot is on air now.",
              symbol="POST /slots/:id/live", conf=0.8),
            F("CANCEL-NOT-OWNER", "high", "security", "Cancelling a signup does not check who owns it",
              "`DELETE FROM signups WHERE id = $1 AND student_id = $2`.", symbol="DELETE /signups/:id", conf=0.85),
            F("STREAMKEY-ANY-STUDENT", "high", "security", "Stream source password handed to any student",
              "Only return it to the slot's DJs, and only near the slot's start.", symbol="GET /slots/:id/streamkey", conf=0.85),
            F("SHOW-EDIT-NOT-DJ", "medium", "security", "Show title and blurb editable by any student",
              "Restrict the update to DJs signed up for the slot.", symbol="PUT /slots/:id/show", conf=0.8),
            F("XSS-TITLE", "high", "security", "Stored XSS: show title in `/schedule.html`",
              "Wrap `r.show_title` in `esc()` as already done for `r.dj_names`.", symbol="GET /schedule.html", conf=0.9),
            F("XSS-BLURB", "high", "security", "Stored XSS: show blurb in `/schedule.html`",
              "Wrap `r.blurb` in `esc()`.", symbol="GET /schedule.html", conf=0.9),
            F("ERROR-STACK", "low", "security", "Error handler leaks stack traces",
              "Log the stack, return a generic message.", conf=0.8),
        ]),
        "Signup rules, state and paging:",
        Block([
            F("SLOT-CAPACITY-OBO", "high", "bug", "Capacity check admits a third DJ",
              "`djs.length >= MAX_DJS_PER_SLOT`.", symbol="POST /slots/:id/signup", conf=0.9),
            F("SIGNUP-RACE", "high", "bug", "Concurrent signups can overbook a slot",
              "Do the count and insert in one transaction with `SELECT ... FOR UPDATE` on the slot, or enforce it in SQL; add `UNIQUE (slot_id, student_id)`.",
              d=-2, symbol="POST /slots/:id/signup", conf=0.75),
            F("WEEKLY-LIMIT-WRONG-WEEK", "medium", "bug", "Weekly limit is checked against the current week instead of the slot's week",
              "Join the target slot and count signups in `slot.week`.", symbol="POST /slots/:id/signup", conf=0.75),
            F("TRAINED-NOT-CHECKED", "medium", "security", "Untrained students can sign up",
              "Reject `!student.trained` (from the database, not from the token).", symbol="POST /slots/:id/signup", conf=0.7),
            F("STATS-LOST-UPDATE", "medium", "bug", "`minutesAired` can lose updates across the `await`",
              "Compute `stats.minutesAired += rows[0].m` after the query, or keep the totals in SQL.",
              symbol="POST /slots/:id/end", conf=0.7),
            F("WEEKSTART-SUNDAY", "medium", "bug", "`weekStart` returns the following Monday on Sundays",
              "`const offset = (d.getUTCDay() + 6) % 7; monday.setUTCDate(d.getUTCDate() - offset)`.", symbol="weekStart", conf=0.85),
            F("FREE-HOUR-24", "low", "bug", "`/slots` offers a 24:00 slot",
              "Loop to `hour <= LAST_HOUR`.", symbol="GET /slots", conf=0.85),
            F("ADMIN-PAGE-SKIP", "low", "bug", "Admin signup list skips page one",
              "`rows.slice((page - 1) * size, page * size)`, or better `LIMIT/OFFSET` in SQL.", symbol="GET /admin/signups", conf=0.85),
            F("NOWPLAYING-STAMPEDE", "low", "performance", "`/nowplaying` cache lets concurrent misses all hit Icecast",
              "Cache the in-flight promise so one fetch serves every waiting request.", symbol="GET /nowplaying", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "Auth uses jwt.decode (no signature check)", "jwt.verify with JWT_SECRET.", d=-2),
            F("SEARCH-SQLI-Q", "critical", "security", "/search interpolates q into SQL", "$1 param.", d=-3),
            F("LIVE-SHELL", "critical", "security", "exec() with req.body.source in /slots/:id/live", "execFile + allow-list.", d=-2),
            F("CANCEL-NOT-OWNER", "high", "security", "DELETE /signups/:id: no ownership check", "AND student_id = $2.", d=-1),
            F("STREAMKEY-ANY-STUDENT", "high", "security", "streamkey returns source_password for any slot", "Check signup."),
            F("SHOW-EDIT-NOT-DJ", "medium", "security", "PUT /slots/:id/show lets any student edit any show", "Require a signup on the slot.", d=-2),
            F("SLOT-CAPACITY-OBO", "medium", "bug", "Slot capacity off by one (> vs >=)", ">=", d=-1),
            F("SIGNUP-RACE", "medium", "bug", "Capacity check/insert race -> overbooked slot", "Transaction or constraint."),
            F("ADMIN-PAGE-SKIP", "low", "bug", "admin paging skips first page", "(page-1)*size.", d=-2),
            F("FREE-HOUR-24", "low", "bug", "free list includes hour 24", "hour <= LAST_HOUR."),
            F("END-UNKNOWN-SLOT-CRASH", "low", "bug", "/end: rows[0] undefined for unknown id -> unhandled rejection", "404 when rowCount is 0."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the campus radio slot signup service. This is an Express application written in
        TypeScript that uses PostgreSQL for storage and shells out to `liquidsoap-ctl` to switch the live source.

        ### Critical and High Severity Issues
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", n=3, sd=-2,
              desc="The `studentFrom` function uses `jwt.decode`, which does not validate the signature. An attacker can craft a token with any `id` and `trained: true`."),
            F("SEARCH-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Slot Search",
              "Use parameterized queries and an allow-list for the sort column.", n=3, sd=-2,
              desc="The `q` query parameter is embedded in the SQL string passed to `pool.query`."),
            F("LIVE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Go-Live Endpoint",
              "Use `execFile` with an argument array.", n=3, sd=-2),
            F("XSS-TITLE", "HIGH", "Cross-Site Scripting", "Stored XSS in Public Schedule",
              "Escape `show_title` and `blurb` with the existing `esc` helper.", n=3, sd=-2,
              desc="The public schedule page renders show titles directly into HTML."),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference When Cancelling Signups",
              "Verify the signup belongs to the current student.", n=2, sd=-1),
            F("STREAMKEY-ANY-STUDENT", "HIGH", "Information Disclosure", "Stream Source Password Exposed to All Students",
              "Only expose the password to the DJ of the slot.", n=3, sd=-2),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Configuration With Credentials",
              "Restrict `origin` to the station's own domains.", n=3, sd=-2),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses.", n=3, sd=-2),
        ], wrap="list"),
        """
        ### Logic, Concurrency and Performance Issues
        """,
        Block([
            F("SIGNUP-RACE", "HIGH", "Race Condition", "Race Condition Allows Slot Overbooking",
              "Use a transaction with row locking or a database constraint.", d=-1, n=3, sd=-3,
              desc="The number of DJs is read and the new signup inserted in separate queries; two requests can both pass the check."),
            F("SLOT-CAPACITY-OBO", "MEDIUM", "Logic Error", "Off-by-One in Slot Capacity Check",
              "Use `>=` when comparing with `MAX_DJS_PER_SLOT`.", n=3, sd=-2),
            F("WEEKSTART-SUNDAY", "MEDIUM", "Logic Error", "Incorrect Week Start Calculation on Sundays",
              "Treat Sunday as day 7.", d=1, n=3, sd=-1),
            F("STATS-LOST-UPDATE", "LOW", "Race Condition", "Lost Updates to Aired-Minutes Statistics",
              "Avoid read-modify-write across an `await`.", n=3, sd=-2),
            F("NOWPLAYING-STAMPEDE", "LOW", "Caching", "Cache Stampede on Now-Playing Endpoint",
              "Store the pending promise in the cache.", d=1, n=3, sd=-1),
            U({"severity": "INFO", "category": "Style", "suggestion": "Consider splitting the routes into separate routers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("JWT-DECODE", "error", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("SEARCH-SQLI-SORT", "error", "security", "sql injection via sort param", "whitelist columns"),
            F("LIVE-SHELL", "error", "security", "shell injection in live switch", "execFile"),
            F("XSS-BLURB", "warning", "", "blurb not escaped in schedule.html", "esc(r.blurb)"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SLOT-CAPACITY-OBO", "warning", "bug", "slot allows 3 djs", ">= MAX_DJS_PER_SLOT"),
            F("LIVE-REPLY-BEFORE-SWITCH", "warning", "bug", "live returns true before liquidsoap-ctl finished (or failed)", "await the exec, 502 on error"),
            F("NOWPLAYING-CACHES-ERROR", "info", "bug", "nowplaying caches failed icecast responses", "check r.ok"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication relies on unverified JWTs.
        2. Injection in search (SQL) and go-live (shell).
        3. Several endpoints lack ownership checks.
        4. Concurrency issues in signup and statistics.
        5. Off-by-one errors in the slot grid, week start and paging.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT tokens are decoded but never verified", "Use jwt.verify.", conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Access token read from query parameter", "Header only.", conf=0.6),
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection via search term", "Parameterize.", conf=0.9),
            F("SEARCH-SQLI-SORT", "major", "security", "SQL injection via ORDER BY column", "Whitelist sort.", conf=0.85),
            F("LIVE-SHELL", "blocker", "security", "OS command injection when switching live source", "Validate source.", d=-2, conf=0.85),
            F("LIVE-NOT-DJ", "major", "security", "Missing authorization on go-live", "Check the slot's DJs.", d=1, conf=0.7),
            F("SHOW-EDIT-NOT-DJ", "major", "security", "Any user can edit any show", "Check ownership.", conf=0.75),
            F("CALENDAR-IDOR", "minor", "security", "Student calendar exposed without authentication", "Require the student's own token.", conf=0.6),
            F("SIGNUP-RACE", "major", "concurrency", "Non-atomic capacity check and insert", "Use a transaction.", conf=0.75),
            F("STATS-LOST-UPDATE", "minor", "concurrency", "Read-modify-write of stats across await", "Increment after the await.", d=-2, conf=0.65),
            F("NOWPLAYING-CACHES-ERROR", "minor", "reliability", "Icecast response status not checked before caching", "Check r.ok.", d=-1, conf=0.6),
            F("WEEKSTART-SUNDAY", "major", "correctness", "weekStart is wrong on Sundays", "Use (day + 6) % 7.", conf=0.8),
            F("FREE-HOUR-24", "minor", "correctness", "Free slot list contains hour 24", "Use hour <= LAST_HOUR.", d=1, conf=0.8),
            F("ADMIN-PAGE-SKIP", "minor", "correctness", "Admin paging off by one", "(page - 1) * size.", conf=0.8),
            F("ADMIN-ALL-ROWS", "minor", "performance", "Admin list loads all signups into memory", "LIMIT/OFFSET in SQL.", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 6 major, 6 minor"),
    ]),
}
