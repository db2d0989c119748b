"""test51/ts-ochescores: a county darts league's fixtures, leg results, standings and notice board (TypeScript).

Frozen test split test51 (issue 15). Written 2026-12-04 by a helper session that had not seen the merger code,
its scores or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test51: seeded problems in an Express + pg darts league service (fixtures, leg "
    "results, standings, pub notice board); five agents' answers written by hand. Scored once, never tuned on."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "oche-league-dev";', "security", "hard-coded fallback signing secret when JWT_SECRET is unset"),
    "CAPTAIN-JWT-DECODE": P(S, "const claims = jwt.decode(token) as Captain | null;", "security", "captain() decodes the bearer token without verifying its signature: any team id can be forged", "signature-vs-statement"),
    "LOGIN-PIN-BRUTEFORCE": P(S, 'if (!t || crypto.createHash("md5").update(String(pin))', "security", "four-digit team PIN checked with no attempt limit or lockout: brute-forceable"),
    "TOKEN-NO-EXPIRY": P(S, "const token = jwt.sign({ team: t.id, name: t.captain }, JWT_SECRET);", "security", "captain tokens are signed without an expiry: a leaked token is valid forever"),
    "FIXTURES-SQLI": P(S, "WHERE division = '${division}' AND week = $1", "security", "division query value interpolated into the fixtures SQL", "source-vs-sink"),
    "LEG-NUMBER-BOUND": P(S, "if (leg < 1 || leg > MAX_LEGS + 1)", "bug", "MAX_LEGS + 1 lets a twelfth leg into a best-of-eleven match", "off-by-one"),
    "LEG-ANY-CAPTAIN": P(S, "if (winner !== m.home_id && winner !== m.away_id)", "security", "any logged-in captain can record legs of a match their team is not playing (me.team never compared)"),
    "CHECKOUT-MAX": P(S, "if (checkout > 180 || darts < 3)", "bug", "checkout allowed up to 180 (the highest checkout is 170) and never checked from below"),
    "DARTS-MIN": P(S, "if (checkout > 180 || darts < 3)", "bug", "a 501 leg needs at least nine darts; three is accepted"),
    "LEG-DUP-RACE": P(S, 'await pool.query("INSERT INTO legs (match_id, leg, winner_id, darts, checkout)', "bug", "duplicate check and insert across awaits: both captains posting the same leg record it twice and legs_played counts two", "critical-section"),
    "LEG-NO-TX": P(S, 'await pool.query("UPDATE matches SET legs_played = legs_played + 1', "bug", "leg insert and legs_played update are not in one transaction: a failure between leaves them disagreeing"),
    "MATCH-PHONES-PUBLIC": P(S, "h.captain_phone AS home_phone, a.captain_phone AS away_phone", "security", "unauthenticated match detail returns both captains' phone numbers"),
    "STANDINGS-STAMPEDE": P(S, "const { rows } = await pool.query(STANDINGS_SQL);", "performance", "expired standings cache: every concurrent request runs the heavy query (no single flight), last write wins", "critical-section"),
    "TON-LOST-UPDATE": P(S, "tonCounts.set(player, current + 1);", "bug", "180 counter read, awaited and written back: concurrent posts lose counts and the UPDATE writes stale absolutes", "critical-section"),
    "AVG-SKIPS-FIRST": P(S, "for (let i = 1; i < rows.length; i++) total += rows[i].points;", "bug", "loop starts at 1: the latest visit is left out of the total but counted in the divisor", "off-by-one"),
    "SHEET-TRAVERSAL": P(S, "const file = path.join(SHEETS_DIR, req.params.match, req.params.file);", "security", "decoded route params joined to SHEETS_DIR and sent: ..%2F reads any file", "signature-vs-statement"),
    "BOARD-NOTE-XSS": P(S, "<em>${r.note}</em>", "security", "stored result note rendered into the notice board HTML unescaped"),
    "BOARD-DIVISION-XSS": P(S, "<h1>${req.params.division} results</h1>", "security", "division route param reflected into the page unescaped"),
    "TEAM-PATCH-MASS-ASSIGN": P(S, "const sets = Object.keys(req.body).map", "security", "every body key becomes a column: a captain can set their own division, points or pin_hash"),
    "TEAM-PATCH-SQLI": P(S, "await pool.query(`UPDATE teams SET ${sets} WHERE id = $1`", "security", "body keys interpolated as column names into the UPDATE", "source-vs-sink"),
    "REMIND-NO-ROW": P(S, "const msg = req.body.message || `Darts tonight at ${rows[0].venue}", "bug", "unknown fixture id: rows[0] is undefined and the handler throws outside the error handler"),
    "REMIND-SHELL": P(S, 'exec(`sms-send ${rows[0].captain_phone} "${msg}"`', "security", "request message (and phone) in a shell command line", "source-vs-sink"),
    "PIN-HASH-MD5": P(S, 'const pinHash = crypto.createHash("md5").update(String(pin)).digest("hex");', "security", "team PINs stored as unsalted MD5: the 10,000 possibilities reverse instantly"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("LOGIN-PIN-BRUTEFORCE", "TOKEN-NO-EXPIRY"),
    ("CHECKOUT-MAX", "DARTS-MIN"),
    ("LEG-NUMBER-BOUND", "CHECKOUT-MAX"),
    ("LEG-NUMBER-BOUND", "DARTS-MIN"),
    ("LEG-NUMBER-BOUND", "LEG-ANY-CAPTAIN"),
    ("LEG-ANY-CAPTAIN", "CHECKOUT-MAX"),
    ("LEG-DUP-RACE", "LEG-NO-TX"),
    ("BOARD-NOTE-XSS", "BOARD-DIVISION-XSS"),
    ("TEAM-PATCH-MASS-ASSIGN", "TEAM-PATCH-SQLI"),
    ("REMIND-NO-ROW", "REMIND-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` runs the whole league: captain login, fixtures, leg results, standings, 180s, averages,
        scanned score sheets, the pub notice board, team edits and SMS reminders. The admin side is sound
        (`adminOnly` fails closed and uses `timingSafeEqual` after a length check, body size is limited, team
        names are length-checked and team names on the board go through `esc`). The captain side is not:

        1. `captain()` never verifies the token, so every captain-only route trusts a forged team id.
        2. Three injections: fixtures SQL, team PATCH column names, and the SMS shell command.
        3. Leg recording accepts impossible and foreign legs, and its duplicate check races.
        4. Two XSS sinks on the notice board, a file read through the sheets route, and stack traces in errors.
        """,
        Block([
            F("CAPTAIN-JWT-DECODE", "critical", "security", "`captain()` uses `jwt.decode`, which skips signature verification",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat a throw as logged out.",
              symbol="captain", conf=0.95),
            F("JWT-SECRET-FALLBACK", "high", "security", "Signing secret falls back to a constant",
              "Fail at start-up when `JWT_SECRET` is missing instead of using `\"oche-league-dev\"`.", conf=0.85),
            F("LOGIN-PIN-BRUTEFORCE", "high", "security", "Team PIN login has no attempt limit",
              "Rate-limit `/login` per team and per IP; a four-digit PIN is 10,000 tries.", symbol="POST /login", conf=0.75),
            F("FIXTURES-SQLI", "critical", "security", "SQL injection through `division` in `GET /fixtures`",
              "Bind it as `$2` like `week`.", symbol="GET /fixtures", conf=0.95),
            F("TEAM-PATCH-SQLI", "high", "security", "Team PATCH builds column names from request keys",
              "Allow-list the editable columns (`name`, `venue`) and build the SET list from that list only.",
              symbol="PATCH /teams/:id", conf=0.85),
            F("TEAM-PATCH-MASS-ASSIGN", "high", "security", "Captains can update any team column, including `division` and `pin_hash`",
              "Same allow-list; `division` and points belong to the admin.", symbol="PATCH /teams/:id", conf=0.8),
            F("REMIND-SHELL", "high", "security", "Shell injection in the SMS reminder",
              "`execFile(\"sms-send\", [phone, msg])`; the message comes from the request body.",
              symbol="POST /fixtures/:id/remind", conf=0.85),
            F("SHEET-TRAVERSAL", "high", "security", "Score-sheet route reads files outside `SHEETS_DIR`",
              "Express decodes `%2F` in params; use `res.sendFile(req.params.file, { root: path.join(SHEETS_DIR, match) })` with a numeric `match`.",
              symbol="GET /sheets/:match/:file", conf=0.8),
            F("BOARD-NOTE-XSS", "high", "security", "Result note rendered unescaped on the notice board",
              "Wrap `r.note` in `esc()` like the team names next to it.", symbol="GET /board/:division", conf=0.9),
            F("BOARD-DIVISION-XSS", "medium", "security", "Division name reflected into the board heading",
              "`esc(req.params.division)`.", symbol="GET /board/:division", conf=0.85),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler sends `err.stack` to the client",
              "Log the stack; answer `{ error: \"internal error\" }`.", conf=0.8),
        ]),
        "Leg recording and counters:",
        Block([
            F("LEG-ANY-CAPTAIN", "high", "security", "Any captain can record legs for any match",
              "Require `me.team === m.home_id || me.team === m.away_id` before accepting the leg.",
              symbol="POST /matches/:id/legs", conf=0.85),
            F("LEG-NUMBER-BOUND", "medium", "bug", "Leg number check admits leg 12 of a best-of-11",
              "`leg > MAX_LEGS`; also require `Number.isInteger(leg)`.", d=-1, n=2, symbol="POST /matches/:id/legs", conf=0.8),
            F("CHECKOUT-MAX", "low", "bug", "Checkout limit is 180; the maximum checkout is 170",
              "`checkout < 2 || checkout > 170` (and 159, 162, 163, 165, 166, 168, 169 are impossible too).",
              symbol="POST /matches/:id/legs", conf=0.7),
            F("LEG-DUP-RACE", "medium", "bug", "Duplicate-leg check is racy",
              "Add `UNIQUE (match_id, leg)` and insert with `ON CONFLICT DO NOTHING`; check `rowCount`.",
              d=-2, n=3, symbol="POST /matches/:id/legs", conf=0.75),
            F("LEG-NO-TX", "low", "bug", "Leg insert and `legs_played` update are not atomic",
              "Run both in one transaction on a client from `pool.connect()`, or derive `legs_played` from `legs`.",
              symbol="POST /matches/:id/legs", conf=0.65),
            F("TON-LOST-UPDATE", "medium", "bug", "180 counter can lose increments",
              "Let the database count: `UPDATE players SET tons_180 = tons_180 + 1 ... RETURNING tons_180`, and drop `tonCounts`.",
              symbol="POST /players/:id/180", conf=0.75),
            F("STANDINGS-STAMPEDE", "low", "performance", "Standings cache has no single-flight: concurrent misses all run the query",
              "Cache the pending promise, not just the rows.", d=-1, n=3, symbol="GET /standings", conf=0.6),
            F("AVG-SKIPS-FIRST", "medium", "bug", "Average drops the most recent visit",
              "Start the loop at 0 (or `rows.reduce`).", symbol="GET /players/:id/average", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("CAPTAIN-JWT-DECODE", "critical", "security", "captain(): jwt.decode, no signature check", "jwt.verify", d=-2),
            F("FIXTURES-SQLI", "critical", "security", "SQLi: req.query.division into fixtures query", "$2 param", d=-3),
            F("TEAM-PATCH-SQLI", "high", "security", "PATCH /teams/:id: keys of req.body become SQL", "allow-list columns", d=-1),
            F("REMIND-SHELL", "high", "security", "exec() with request message", "execFile", d=-1),
            F("SHEET-TRAVERSAL", "high", "security", "path traversal in /sheets/:match/:file", "sendFile root option", d=-1),
            F("TOKEN-NO-EXPIRY", "medium", "security", "jwt.sign without expiresIn", "expiresIn: '12h'"),
            F("MATCH-PHONES-PUBLIC", "medium", "security", "GET /matches/:id exposes captain phone numbers without auth", "drop the phone columns"),
            F("LEG-DUP-RACE", "medium", "bug", "SELECT-then-INSERT duplicate leg check races", "unique index + ON CONFLICT", d=-2),
            F("TON-LOST-UPDATE", "medium", "bug", "tonCounts read/await/write: lost 180s", "tons_180 = tons_180 + 1", d=-1),
            F("LEG-NUMBER-BOUND", "low", "bug", "leg upper bound MAX_LEGS + 1", "leg > MAX_LEGS"),
            F("DARTS-MIN", "low", "bug", "darts < 3 accepts impossible legs", "darts < 9"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the darts league server in `src/server.ts`. It is an Express application
        backed by PostgreSQL that handles captain logins, fixtures, match results, standings and a public
        notice board.

        ### Key Security Concerns

        The most serious issue is in authentication: the captain token is decoded but never verified. There are
        also injection flaws in SQL and in a shell command, a path traversal, and a stored cross-site scripting
        issue on the notice board.
        """,
        Block([
            F("CAPTAIN-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="Any client can craft a token with an arbitrary team id and act as that team's captain."),
            F("JWT-SECRET-FALLBACK", "HIGH", "Security Misconfiguration", "Hardcoded Fallback JWT Secret",
              "Require the secret to be configured.", sd=-1, n=3),
            F("FIXTURES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Fixtures Endpoint",
              "Use a query parameter for `division`.", sd=-2, n=3),
            F("REMIND-SHELL", "HIGH", "Command Injection", "Command Injection in SMS Reminder",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("SHEET-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Score Sheet Download",
              "Verify the resolved path is inside `SHEETS_DIR`.", sd=-1, n=3),
            F("BOARD-NOTE-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Result Notes",
              "Escape `r.note` with the existing `esc` helper.", sd=-2, n=3),
            F("PIN-HASH-MD5", "MEDIUM", "Cryptographic Failure", "Team PINs Hashed With Unsalted MD5",
              "Use bcrypt or scrypt with a per-team salt.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-1, n=3),
        ], wrap="list"),
        """
        ### Reliability and Logic
        """,
        Block([
            F("STANDINGS-STAMPEDE", "MEDIUM", "Performance", "Cache Stampede on Standings",
              "Share one in-flight query between concurrent requests.", d=-1, sd=-3, n=3,
              desc="When the cache expires, every request that arrives before the first query finishes runs the expensive aggregation again."),
            F("TON-LOST-UPDATE", "MEDIUM", "Race Condition", "Race Condition in 180 Counter",
              "Increment atomically in SQL.", d=1, sd=-1, n=3),
            F("REMIND-NO-ROW", "LOW", "Error Handling", "Unchecked Query Result in Reminder",
              "Return 404 when the fixture does not exist.", sd=-2, n=3),
            F("AVG-SKIPS-FIRST", "MEDIUM", "Logic Error", "Incorrect Average Calculation",
              "Start summing at index 0.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("CAPTAIN-JWT-DECODE", "high", "security", "jwt decoded not verified", "jwt.verify"),
            F("FIXTURES-SQLI", "high", "security", "sqli in /fixtures division", "bind param"),
            F("BOARD-NOTE-XSS", "medium", "", "xss in board note", "esc(r.note)"),
            F("TEAM-PATCH-MASS-ASSIGN", "medium", "security", "team patch takes any column", "whitelist"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("LEG-DUP-RACE", "medium", "bug", "duplicate leg race", "unique constraint", d=-1),
            U({"severity": "low", "fix": "add tests for the legs route"}),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: captain tokens are not verified, the secret has a default, tokens never expire and PIN login can be brute-forced.
        2. Injection: SQL in fixtures and team update, shell in reminders.
        3. Data integrity: leg validation is too loose and counters race.
        4. Output: reflected XSS on the board and path traversal on sheets.
        """,
        Block([
            F("CAPTAIN-JWT-DECODE", "blocker", "security", "Token signature is never verified", "Use jwt.verify.", conf=0.95),
            F("JWT-SECRET-FALLBACK", "major", "security", "Default JWT secret in source", "Require JWT_SECRET.", conf=0.8),
            F("LOGIN-PIN-BRUTEFORCE", "major", "security", "No rate limiting on PIN login", "Add attempt limits.", d=-2, conf=0.7),
            F("TOKEN-NO-EXPIRY", "minor", "security", "Tokens issued without expiry", "Set expiresIn.", conf=0.7),
            F("FIXTURES-SQLI", "blocker", "security", "SQL injection in fixtures query", "Parameterize division.", conf=0.9),
            F("TEAM-PATCH-SQLI", "blocker", "security", "SQL injection through team update keys", "Whitelist columns.", conf=0.85),
            F("REMIND-SHELL", "major", "security", "Command injection in reminder SMS", "Use execFile.", conf=0.85),
            F("SHEET-TRAVERSAL", "major", "security", "Path traversal in sheet download", "Restrict to SHEETS_DIR.", conf=0.8),
            F("BOARD-DIVISION-XSS", "major", "security", "Reflected XSS in board heading", "Escape the division.", conf=0.8),
            F("LEG-ANY-CAPTAIN", "major", "security", "Missing authorization on leg submission", "Check the captain's team plays in the match.", d=-1, conf=0.75),
            F("LEG-NUMBER-BOUND", "minor", "correctness", "Leg number upper bound off by one", "Use MAX_LEGS.", conf=0.75),
            F("CHECKOUT-MAX", "minor", "correctness", "Checkout limit allows impossible values", "Cap at 170.", conf=0.7),
            F("DARTS-MIN", "minor", "correctness", "Minimum darts per leg too low", "Require at least 9 darts.", conf=0.65),
            F("LEG-DUP-RACE", "major", "concurrency", "Race between duplicate check and insert", "Use a unique constraint.", conf=0.75),
            F("TON-LOST-UPDATE", "major", "concurrency", "Lost update on 180 counter", "Atomic SQL increment.", conf=0.75),
            F("STANDINGS-STAMPEDE", "minor", "performance", "Standings cache refreshed by every concurrent request", "Single-flight refresh.", d=1, conf=0.6),
            F("AVG-SKIPS-FIRST", "major", "correctness", "Average loop skips the first row", "Start at index 0.", conf=0.85),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}
