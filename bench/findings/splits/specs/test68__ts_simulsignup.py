"""test68/ts-simulsignup: a chess club's simultaneous-exhibition board sign-up (TypeScript, Express + pg). Frozen
test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test68: seeded problems in a chess club's simul board sign-up; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "TOKEN-SLICE": P(S, "const token = header.slice(6);", "bug", "'Bearer ' is seven characters: slice(6) keeps the space, so every token fails to decode", "off-by-one"),
    "JWT-DECODE-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Player | null;", "security", "jwt.decode does not check the signature: any forged token is accepted as any player"),
    "SIMULS-SEARCH-SQLI": P(S, "WHERE master ILIKE '%${q}%'", "security", "search text interpolated into the simul query", "source-vs-sink"),
    "SIGNUP-CLOSED-IGNORED": P(S, 'const simul = (await db.query("SELECT boards, max_rating, closes_at', "bug", "closes_at is fetched but never compared: sign-ups stay open after the deadline"),
    "SIGNUP-RATING-TRUSTED": P(S, "if (rating > simul.max_rating)", "security", "the rating limit is checked against a rating the client sends (or omits)"),
    "SIGNUP-BOARD-RACE": P(S, "if (taken >= simul.boards)", "bug", "count then insert: concurrent sign-ups overfill the simul and get the same board number", "critical-section"),
    "SIGNUP-DUPLICATE-PLAYER": P(S, '"INSERT INTO signups (simul_id, player_id, board_no, colour, rating)', "bug", "nothing stops one player from claiming several boards of the same simul"),
    "CANCEL-ANY-SIGNUP": P(S, 'await db.query("DELETE FROM signups WHERE id = $1"', "security", "withdrawal deletes any sign-up by id: the caller is authenticated but never compared", "signature-vs-statement"),
    "PROFILE-MASS-ASSIGN": P(S, "const fields = Object.keys(req.body);", "security", "every body key is written to players: a member sets their own rating, id or role"),
    "PROFILE-KEY-SQLI": P(S, "await db.query(`UPDATE players SET ${sets} WHERE id = $1`", "security", "body keys become column names in the UPDATE: SQL injection through a key", "source-vs-sink"),
    "BOARDS-SIZE-UNBOUNDED": P(S, "const size = Number(req.query.size ?? PAGE);", "performance", "page size is not bounded (size=1000000, or NaN)"),
    "BOARDS-PAGE-OFFSET": P(S, "const offset = page * size;", "bug", "page starts at 1 but the offset treats it as 0-based: the first page is never listed", "off-by-one"),
    "RESULTS-SKIPS-FIRST": P(S, "for (let i = 1; i < results.length; i++) {", "bug", "the loop starts at 1: the first submitted board's result is neither stored nor counted", "off-by-one"),
    "RESULT-VALUE-UNVALIDATED": P(S, 'masterScore += r.result === "1-0" ? 1', "bug", "result strings are not validated: any other value counts 0 and is stored as it is"),
    "RESULTS-NO-TRANSACTION": P(S, 'await db.query("UPDATE signups SET result = $1 WHERE simul_id = $2 AND board_no = $3"', "bug", "per-board updates and the master score are not in one transaction: a failure leaves half the results"),
    "SEATS-PARTIAL-TABLE": P(S, "const tables = Math.floor(n / 4);", "bug", "floor division: the last, partly filled table and its boards are left out of the seat plan", "off-by-one"),
    "SHEET-NAME-XSS": P(S, "<td>${r.name}</td><td>${esc(r.club)}</td>", "security", "player names rendered into the sheet unescaped (stored XSS)"),
    "SHEET-TITLE-XSS": P(S, "res.type(\"html\").send(`<h1>${title}</h1>", "security", "title query value rendered unescaped (reflected XSS)", "source-vs-sink"),
    "NOTIFY-SUBJECT-INJECTION": P(S, 'exec(`mail -s "${subject}" ${r.email}', "security", "organiser-supplied subject interpolated into a shell command", "source-vs-sink"),
    "NOTIFY-EMAIL-INJECTION": P(S, 'exec(`mail -s "${subject}" ${r.email}', "security", "player-controlled email address (editable via PATCH /me) reaches the shell unquoted"),
    "PGN-TRAVERSAL": P(S, "const full = path.join(PGN_DIR, id, file);", "security", "decoded route params joined to the PGN dir: %2F..%2F reads any file", "signature-vs-statement"),
    "RATING-ID-UNVALIDATED": P(S, "const r = await fetch(`https://ratings.example-federation.org/api/player/${id}`);", "security", "unvalidated id interpolated into the upstream URL path (request forgery on the federation API)"),
    "RATING-ERROR-CACHED": P(S, "ratingCache[id] = (await r.json()).standard;", "bug", "response status never checked: an error answer is cached as undefined for good (or throws outside the handler)"),
    "STANDINGS-STAMPEDE": P(S, 'const table = (await db.query("SELECT board_no, result FROM signups', "performance", "check-await-set cache: concurrent misses all query; the counter counts duplicates; results entry never invalidates", "critical-section"),
    "STANDINGS-UNBOUNDED-MAP": P(S, "standings.set(req.params.id, { at: Date.now(), table });", "performance", "cache keyed by any id is never evicted: memory grows with every id requested"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler sends stack traces to clients"),
}

CONFUSABLE = [
    ("TOKEN-SLICE", "JWT-DECODE-NOT-VERIFIED"),
    ("SIGNUP-BOARD-RACE", "SIGNUP-DUPLICATE-PLAYER"),
    ("SIGNUP-CLOSED-IGNORED", "SIGNUP-RATING-TRUSTED"),
    ("PROFILE-MASS-ASSIGN", "PROFILE-KEY-SQLI"),
    ("BOARDS-SIZE-UNBOUNDED", "BOARDS-PAGE-OFFSET"),
    ("RESULTS-SKIPS-FIRST", "RESULT-VALUE-UNVALIDATED"),
    ("RESULTS-SKIPS-FIRST", "RESULTS-NO-TRANSACTION"),
    ("RESULT-VALUE-UNVALIDATED", "RESULTS-NO-TRANSACTION"),
    ("SHEET-NAME-XSS", "SHEET-TITLE-XSS"),
    ("NOTIFY-SUBJECT-INJECTION", "NOTIFY-EMAIL-INJECTION"),
    ("RATING-ID-UNVALIDATED", "RATING-ERROR-CACHED"),
    ("STANDINGS-STAMPEDE", "STANDINGS-UNBOUNDED-MAP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole service. The organiser guard is sound (`organiserOnly` fails closed on an
        empty key and checks the length before `timingSafeEqual`), the JSON body is capped at 64 kB, the chosen
        colour is normalised before it is stored and the club is escaped on the pairing sheet. The player side
        is the problem:

        1. Player identity is never verified (`jwt.decode`), and the bearer prefix is cut one character short.
        2. Four places build SQL, HTML or shell text from request or player data.
        3. The sign-up has a check-then-insert race and trusts the client's rating.
        4. Several smaller correctness issues in paging, results entry and the seat plan.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "critical", "security", "Bearer tokens are decoded, never verified",
              "Use `jwt.verify(token, SECRET, { algorithms: [\"HS256\"] })`; `jwt.decode` accepts any self-made token, so anyone can act as any player.",
              symbol="player", conf=0.95),
            F("TOKEN-SLICE", "high", "bug", "`header.slice(6)` leaves the space of `Bearer ` in the token",
              "Use `header.slice(\"Bearer \".length)` (7); as written `jwt.decode` gets ` eyJ...` and returns null, so every player request fails.",
              symbol="player", conf=0.8),
            F("SIMULS-SEARCH-SQLI", "critical", "security", "SQL injection in the public simul search",
              "Bind the pattern: `WHERE master ILIKE $1` with `[`%${q}%`]`.",
              symbol="GET /simuls", conf=0.95),
            F("PROFILE-KEY-SQLI", "high", "security", "`PATCH /me` builds column names from body keys",
              "Whitelist the editable columns (`name`, `club`, `email`) and map them to fixed SQL fragments.",
              symbol="PATCH /me", conf=0.9),
            F("PROFILE-MASS-ASSIGN", "high", "security", "`PATCH /me` lets a member write any column of their row",
              "With the same whitelist a member can no longer set `rating` (which the sign-up limit is about) or `id`.",
              symbol="PATCH /me", conf=0.85),
            F("NOTIFY-SUBJECT-INJECTION", "high", "security", "Shell command built from the notification subject",
              "Use `execFile(\"mail\", [\"-s\", subject, email])` and pass the body on stdin.",
              symbol="POST /organiser/simuls/:id/notify", conf=0.85),
            F("NOTIFY-EMAIL-INJECTION", "high", "security", "Player email addresses reach the shell unquoted",
              "A player can set `email` to `x@y; rm -rf ~` through `PATCH /me`; `execFile` with an argv array fixes this too.",
              symbol="POST /organiser/simuls/:id/notify", conf=0.8),
            F("SHEET-NAME-XSS", "high", "security", "Player names are not escaped on the pairing sheet",
              "Wrap `r.name` in `esc()` like `r.club`.", symbol="GET /simuls/:id/sheet", conf=0.9),
            F("SHEET-TITLE-XSS", "medium", "security", "Reflected XSS through `?title=` on the pairing sheet",
              "`esc(title)` before interpolating it into the `<h1>`.", symbol="GET /simuls/:id/sheet", conf=0.85),
            F("PGN-TRAVERSAL", "high", "security", "PGN download joins decoded route params into a path",
              "Resolve the path and require it to stay under `PGN_DIR`, or use `res.sendFile(file, { root })` with a validated id.",
              symbol="GET /simuls/:id/pgn/:file", conf=0.85),
        ]),
        "Sign-up, results and the rest:",
        Block([
            F("SIGNUP-BOARD-RACE", "high", "bug", "Two players can claim the same board",
              "Count and insert in one transaction with `SELECT ... FOR UPDATE` on the simul row, and add a unique index on `(simul_id, board_no)`.",
              symbol="POST /simuls/:id/boards", conf=0.85),
            F("SIGNUP-DUPLICATE-PLAYER", "medium", "bug", "A player can sign up for several boards of one simul",
              "Add a unique index on `(simul_id, player_id)` and answer 409.",
              symbol="POST /simuls/:id/boards", conf=0.75),
            F("SIGNUP-RATING-TRUSTED", "high", "security", "The rating limit trusts the rating in the request body",
              "Use the player's stored (federation) rating; an omitted rating is `undefined`, which passes `>` too.",
              symbol="POST /simuls/:id/boards", conf=0.8),
            F("CANCEL-ANY-SIGNUP", "high", "security", "Any player can withdraw anyone from a simul",
              "`DELETE ... WHERE id = $1 AND player_id = $2` with `me.id`; `me` is computed and never used.",
              symbol="DELETE /signups/:id", conf=0.9),
            F("BOARDS-PAGE-OFFSET", "medium", "bug", "Organiser board list never shows page 1",
              "`offset = (page - 1) * size`.", symbol="GET /organiser/simuls/:id/boards", conf=0.85),
            F("RESULTS-SKIPS-FIRST", "high", "bug", "Results loop starts at index 1",
              "Iterate from 0 (or `for (const r of results)`); the first board entered is dropped and the master's score is wrong.",
              symbol="POST /organiser/simuls/:id/results", conf=0.9),
            F("RESULT-VALUE-UNVALIDATED", "medium", "bug", "Unknown result strings are silently scored as a loss for the master",
              "Reject anything but `1-0`, `0-1`, `1/2` with 400 before storing it.",
              symbol="POST /organiser/simuls/:id/results", conf=0.7),
            F("RESULTS-NO-TRANSACTION", "medium", "bug", "Results entry is not atomic",
              "Run the per-board updates and the `master_score` update in one transaction on one client.",
              symbol="POST /organiser/simuls/:id/results", conf=0.7),
            F("SEATS-PARTIAL-TABLE", "medium", "bug", "Seat plan drops the last partly filled table",
              "`Math.ceil(n / 4)` and cap the last table's boards at `n`.",
              symbol="GET /organiser/simuls/:id/seats", conf=0.8),
            F("RATING-ERROR-CACHED", "medium", "bug", "Federation errors are cached as a rating of `undefined`",
              "Check `r.ok` before caching, and give the fetch a timeout (`AbortSignal.timeout(5000)`).",
              symbol="GET /rating/:fideId", conf=0.7),
            F("STANDINGS-STAMPEDE", "low", "performance", "Standings cache lets every concurrent miss hit the database",
              "Cache the in-flight promise per id, and drop the entry when results are posted.",
              symbol="GET /simuls/:id/standings", conf=0.7),
            F("STANDINGS-UNBOUNDED-MAP", "low", "performance", "Standings cache is never evicted",
              "Evict expired entries or use an LRU with a size cap; any id creates an entry.",
              symbol="GET /simuls/:id/standings", conf=0.6),
            F("CORS-REFLECT-CREDENTIALS", "medium", "security", "CORS reflects every origin with credentials",
              "List the club's own origins.", conf=0.8),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and answer a generic message.", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "critical", "security", "player(): jwt.decode without verify -> forged identities",
              "jwt.verify with secret + algorithms."),
            F("TOKEN-SLICE", "high", "bug", "Bearer parsing off by one; all player routes 500",
              "slice(7).", d=-1),
            F("SIMULS-SEARCH-SQLI", "critical", "security", "GET /simuls: q interpolated into ILIKE",
              "parameterise.", d=-2),
            F("PROFILE-KEY-SQLI", "high", "security", "PATCH /me: Object.keys(req.body) used as SQL identifiers",
              "column whitelist.", d=-2),
            F("NOTIFY-SUBJECT-INJECTION", "high", "security", "notify: subject -> exec() shell string",
              "execFile.", d=-3),
            F("SHEET-TITLE-XSS", "medium", "security", "sheet: title query param echoed as HTML",
              "escape.", d=-2),
            F("PGN-TRAVERSAL", "high", "security", "GET /simuls/:id/pgn/:file path traversal via encoded slashes",
              "validate id/file, check prefix.", d=-2),
            F("CANCEL-ANY-SIGNUP", "high", "security", "DELETE /signups/:id: no ownership check",
              "filter by me.id.", d=-2),
            F("SIGNUP-BOARD-RACE", "high", "bug", "board_no = count + 1 is racy (duplicate boards / overfill)",
              "transaction + unique (simul_id, board_no).", d=-1),
            F("BOARDS-SIZE-UNBOUNDED", "low", "performance", "size query param unbounded",
              "clamp 1..100."),
            F("BOARDS-PAGE-OFFSET", "medium", "bug", "board list pagination skips first page",
              "(page-1)*size.", d=-2),
            F("RESULTS-SKIPS-FIRST", "high", "bug", "results loop i = 1 skips first board",
              "i = 0."),
            F("SEATS-PARTIAL-TABLE", "low", "bug", "seat plan: Math.floor drops remainder boards",
              "Math.ceil.", d=-2),
            F("RATING-ERROR-CACHED", "low", "bug", "rating lookup caches failures (no r.ok check)",
              "check status."),
            F("STANDINGS-STAMPEDE", "low", "performance", "standings cache has no in-flight dedupe",
              "memoise promise.", d=+1),
            F("ERROR-STACK-LEAK", "low", "security", "stack traces in 500 responses",
              "omit stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the chess club simul sign-up service. It is an Express application backed by
        PostgreSQL that lets members claim boards in a simultaneous exhibition, and lets an organiser manage the
        board list, results and notifications.

        ### Key Concerns

        *   **Authentication:** the player token is decoded but never verified, so identities can be forged.
        *   **Injection:** SQL, shell and HTML are built from user-supplied values in several handlers.
        *   **File access:** the PGN download is vulnerable to path traversal.
        *   **Data integrity:** sign-up and results entry are not atomic.

        ### Security Vulnerabilities
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with the signing secret.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. An attacker can craft a token with any player id."),
            F("SIMULS-SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Simul Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("PROFILE-KEY-SQLI", "HIGH", "SQL Injection", "SQL Injection via Profile Field Names",
              "Validate field names against an allow-list.", d=-1, sd=-3, n=3),
            F("PROFILE-MASS-ASSIGN", "HIGH", "Mass Assignment", "Mass Assignment in Profile Update",
              "Only allow specific fields to be updated.", sd=-2, n=3,
              desc="Any property of the request body is written to the `players` table, including `rating`."),
            F("SIGNUP-RATING-TRUSTED", "HIGH", "Broken Access Control", "Client-Supplied Rating Used for Eligibility",
              "Look up the player's rating server-side.", sd=-2, n=3),
            F("CANCEL-ANY-SIGNUP", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Withdrawal",
              "Verify that the sign-up belongs to the authenticated player.", sd=-2, n=3),
            F("SHEET-NAME-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Pairing Sheet",
              "Escape `r.name`.", sd=-2, n=3),
            F("SHEET-TITLE-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected XSS via Title Parameter",
              "Escape the title.", d=-2, sd=-2, n=3),
            F("NOTIFY-SUBJECT-INJECTION", "HIGH", "Command Injection", "Command Injection in Notification Mailer",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("PGN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in PGN Download",
              "Ensure the resolved path stays within `PGN_DIR`.", d=+1, sd=-1, n=3),
            F("RATING-ID-UNVALIDATED", "MEDIUM", "Server-Side Request Forgery", "Unvalidated Player ID in Federation Request",
              "Validate `fideId` as numeric before building the URL.", sd=-2, n=3),
            F("CORS-REFLECT-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict allowed origins."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not return `err.stack`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            F("SIGNUP-BOARD-RACE", "HIGH", "Race Condition", "Race Condition in Board Assignment",
              "Use a transaction and a unique constraint.", d=+2, sd=0, n=3,
              desc="Two concurrent requests can read the same count and insert the same `board_no`, exceeding the number of boards."),
            F("BOARDS-PAGE-OFFSET", "MEDIUM", "Logic Error", "Incorrect Pagination Offset",
              "Use `(page - 1) * size`.", sd=-2, n=3),
            F("RESULTS-SKIPS-FIRST", "HIGH", "Logic Error", "First Result Ignored",
              "Start the loop at index 0.", d=+1, sd=-1, n=3),
            F("RESULT-VALUE-UNVALIDATED", "MEDIUM", "Input Validation", "Result Values Not Validated",
              "Validate each result against the allowed values.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Handlers could be split into routers."}),
            F("SEATS-PARTIAL-TABLE", "MEDIUM", "Logic Error", "Seat Plan Omits Remaining Boards",
              "Round the table count up.", d=+2, sd=0, n=3),
            F("STANDINGS-STAMPEDE", "LOW", "Caching", "Cache Stampede on Standings",
              "Deduplicate concurrent refreshes.", d=-2, sd=-3, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "error", "security", "jwt decoded but not verified", "jwt.verify"),
            F("SIMULS-SEARCH-SQLI", "error", "security", "sql injection in /simuls search", "use $1"),
            F("PROFILE-KEY-SQLI", "error", "security", "sql injection via body keys in PATCH /me", "whitelist columns"),
            F("NOTIFY-SUBJECT-INJECTION", "error", "security", "shell injection in notify", "execFile"),
            F("PGN-TRAVERSAL", "error", "security", "pgn path traversal", "check path prefix"),
            F("CANCEL-ANY-SIGNUP", "warning", "", "anyone can delete any signup", "check player_id"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("SIGNUP-DUPLICATE-PLAYER", "warning", "bug", "same player can take multiple boards", "unique constraint"),
            F("RESULTS-SKIPS-FIRST", "warning", "bug", "first result skipped (i = 1)", "start at 0"),
            F("SHEET-NAME-XSS", "warning", "security", "name not escaped in sheet", "esc()"),
            F("STANDINGS-UNBOUNDED-MAP", "info", "", "standings map grows forever", "evict"),
            F("CORS-REFLECT-CREDENTIALS", "info", "security", "cors origin:true with credentials", "allowlist"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. Authentication: the JWT is not verified and the token extraction is wrong.
        2. Injection: SQL injection (search, profile update), command injection (notify), XSS (pairing sheet).
        3. Authorization: withdrawal and profile update are not restricted.
        4. Data integrity: sign-up deadline, board numbering, results entry.
        5. Robustness: pagination, caching, error handling.
        """,
        Block([
            F("JWT-DECODE-NOT-VERIFIED", "blocker", "security", "JWT accepted without signature verification",
              "Verify the token.", conf=0.95),
            F("TOKEN-SLICE", "major", "correctness", "Wrong offset when stripping the Bearer prefix",
              "Use slice(7) or split on space.", conf=0.7),
            F("SIMULS-SEARCH-SQLI", "blocker", "security", "SQL injection in search endpoint",
              "Use parameter binding.", d=-1, conf=0.9),
            F("PROFILE-MASS-ASSIGN", "major", "security", "Profile update accepts arbitrary fields",
              "Restrict updatable fields.", conf=0.8),
            F("NOTIFY-SUBJECT-INJECTION", "blocker", "security", "Command injection via notification subject",
              "Avoid shell execution.", d=-3, conf=0.85),
            F("NOTIFY-EMAIL-INJECTION", "major", "security", "Unescaped email address passed to shell",
              "Validate email format and avoid shell.", conf=0.75),
            F("SHEET-NAME-XSS", "major", "security", "Player name not HTML-escaped",
              "Use esc().", conf=0.85),
            F("PGN-TRAVERSAL", "major", "security", "Directory traversal in PGN endpoint",
              "Normalize and validate the path.", conf=0.8),
            F("CANCEL-ANY-SIGNUP", "major", "security", "Withdrawal does not check ownership",
              "Compare player id.", d=-1, conf=0.8),
            F("SIGNUP-CLOSED-IGNORED", "major", "correctness", "Sign-up deadline not enforced",
              "Compare closes_at with the current time.", conf=0.7),
            F("SIGNUP-BOARD-RACE", "major", "concurrency", "Duplicate board numbers under concurrent sign-ups",
              "Use a transaction with a lock.", d=+2, conf=0.75),
            F("BOARDS-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size",
              "Cap the size parameter.", conf=0.6),
            F("BOARDS-PAGE-OFFSET", "minor", "correctness", "Off-by-one in pagination offset",
              "Use (page - 1) * size.", conf=0.8),
            F("RESULTS-SKIPS-FIRST", "major", "correctness", "Master score misses the first board",
              "Start the loop at 0.", d=+2, conf=0.8),
            F("RESULTS-NO-TRANSACTION", "minor", "reliability", "Results update not transactional",
              "Wrap in a transaction.", conf=0.6),
            F("STANDINGS-STAMPEDE", "minor", "concurrency", "Standings cache refreshed concurrently; query counter inflated",
              "Share the pending refresh.", d=-1, conf=0.6),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace returned in error response",
              "Hide stack.", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}
