"""test84/ts-splatcourt: a paintball field's games, teams, marker hire and paint stock (TypeScript).

Frozen test split test84; labels next to each finding. Written 2026-12-06 by a helper session that had not seen
the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test84: seeded problems in a paintball field's Express service; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "cors({ origin: true, credentials: true })", "security", "CORS reflects any origin with credentials"),
    "JWT-DECODE-ONLY": P(S, "const claims = jwt.decode(token)", "security", "player token decoded, never verified: anyone can forge any player (JWT_SECRET unused)", "signature-vs-statement"),
    "MARSHAL-FAILS-OPEN": P(S, "if (token !== process.env.SPLAT_MARSHAL_TOKEN)", "security", "SPLAT_MARSHAL_TOKEN unset: undefined !== undefined is false, a request without the header passes", "signature-vs-statement"),
    "MARSHAL-TIMING": P(S, "if (token !== process.env.SPLAT_MARSHAL_TOKEN)", "security", "marshal token compared with !== (not constant time) while requireOwner uses timingSafeEqual"),
    "GAMES-SORT-SQLI": P(S, "ORDER BY ${sort}", "security", "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "JOIN-AGE-OBO": P(S, "if (!(age > MIN_AGE))", "bug", "age > MIN_AGE rejects players of exactly 12 though the rule (and the message) is 12 or over", "off-by-one"),
    "GAME-FULL-RACE": P(S, "if (rows[0].players >= MAX_PLAYERS)", "bug", "capacity read, then incremented in a separate query after an await: concurrent joins overfill the game", "critical-section"),
    "JOIN-TWICE": P(S, "INSERT INTO entries (game_id, player_id, age)", "bug", "no check that the player already joined: one player takes several places"),
    "TEAMS-SLICE-DROP": P(S, "const blue = rows.slice(half + 1);", "bug", "slice(half + 1) skips the player at index half: one player is in no team", "off-by-one"),
    "BOARD-XSS": P(S, "`<li>${p.name}</li>`", "security", "player names unescaped in the public board HTML (the game name is escaped)"),
    "PLAYERS-PAGE-OBO": P(S, "res.json(rows.slice(page * size, page * size + size));", "bug", "page is at least 1 but the slice starts at page * size: the first page is never shown", "off-by-one"),
    "PLAYERS-ALL-ROWS": P(S, "SELECT p.name, e.age FROM entries", "performance", "every entry of the game is loaded to return one page (no LIMIT/OFFSET)"),
    "MARKER-LAST-RACE": P(S, "rows[0].available < 1", "bug", "available checked, then decremented in another query: two hires take the last marker, stock goes negative", "critical-section"),
    "HIRE-IDOR": P(S, 'SELECT * FROM hires WHERE id = $1"', "security", "any logged-in player reads any hire by id (no player_id check)", "signature-vs-statement"),
    "HIRE-HOURS-FLOOR": P(S, "const hours = Math.floor((Date.now()", "bug", "hire charged per started hour but hours are floored: the first hour is free", "off-by-one"),
    "REFUND-NEGATIVE": P(S, "const refund = hire.deposit - damage - charge;", "bug", "refund not clamped and damage not validated: negative refunds, or a negative damage refunds more than the deposit"),
    "RETURN-TWICE": P(S, "UPDATE hires SET returned_at = now()", "bug", "returned_at never checked: a second return refunds again and puts the marker back in stock twice"),
    "PAINT-QTY-UNCHECKED": P(S, "if (stock < qty)", "bug", "qty not validated: a negative or fractional qty passes, totals go negative and stock grows"),
    "PAINT-STOCK-RACE": P(S, "INSERT INTO paint_sales", "bug", "stock read before the await and written back after it: concurrent sales overwrite each other and oversell", "critical-section"),
    "WAIVER-TRAVERSAL": P(S, "res.sendFile(path.join(WAIVER_DIR, file));", "security", "file query value joined to WAIVER_DIR: ../ reads any file", "source-vs-sink"),
    "ANNOUNCE-SHELL": P(S, "exec(`field-pa --zone ${zone}", "security", "zone and message from the body in a shell command", "source-vs-sink"),
    "ANNOUNCE-FAILURE-HIDDEN": P(S, 'if (err) console.error("announce failed"', "bug", "a failed announcement is only logged; the caller already got 202 queued"),
    "ERROR-STACK": P(S, "stack: err.stack", "security", "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("MARSHAL-FAILS-OPEN", "MARSHAL-TIMING"),
    ("JOIN-AGE-OBO", "GAME-FULL-RACE"),
    ("GAME-FULL-RACE", "JOIN-TWICE"),
    ("PLAYERS-PAGE-OBO", "PLAYERS-ALL-ROWS"),
    ("HIRE-HOURS-FLOOR", "REFUND-NEGATIVE"),
    ("REFUND-NEGATIVE", "RETURN-TWICE"),
    ("PAINT-QTY-UNCHECKED", "PAINT-STOCK-RACE"),
    ("ANNOUNCE-SHELL", "ANNOUNCE-FAILURE-HIDDEN"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is a single Express app. Some parts are done well: `requireOwner` fails closed and uses
        `timingSafeEqual` after a length check, `/paint/restock` validates its input, `/games/:id/score` only
        interpolates a column name chosen from a fixed pair, the board escapes the game name, and the JSON body
        parser has a size limit. The rest needs work, mostly around identity and money.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | player tokens are decoded, not verified |
        | P0 | auth | marshal routes are open when the token is unset |
        | P0 | injection | `ORDER BY ${sort}`, `exec` in announce |
        | P1 | concurrency | capacity, marker and paint stock races |
        | P1 | money | hire hours and refunds |
        | P2 | the rest | paging, error handler, CORS |
        """,
        Block([
            F("JWT-DECODE-ONLY", "critical", "security", "`playerFrom` uses `jwt.decode`, so any forged token is accepted",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and refuse to start without a secret.",
              symbol="playerFrom", conf=0.95),
            F("MARSHAL-FAILS-OPEN", "critical", "security", "`requireMarshal` lets everyone through when `SPLAT_MARSHAL_TOKEN` is unset",
              "Fail closed when the variable is missing and compare with `timingSafeEqual`, as `requireOwner` does.",
              symbol="requireMarshal", conf=0.9),
            F("GAMES-SORT-SQLI", "critical", "security", "SQL injection through `?sort=` on `GET /games`",
              "Map `sort` to an allow-list of columns.", symbol="GET /games", conf=0.9),
            F("GAME-FULL-RACE", "high", "bug", "Joining a game can exceed `MAX_PLAYERS`",
              "Do it in one statement: `UPDATE games SET players = players + 1 WHERE id = $1 AND players < $2 RETURNING players`.",
              symbol="POST /games/:id/join", conf=0.8),
            F("JOIN-AGE-OBO", "medium", "bug", "Twelve-year-olds are turned away although the minimum age is 12",
              "Use `age >= MIN_AGE`.", symbol="POST /games/:id/join", conf=0.85),
            F("TEAMS-SLICE-DROP", "high", "bug", "Team split leaves one player out",
              "`rows.slice(half)` for blue; as written the player at index `half` is in neither team.",
              symbol="POST /games/:id/teams", conf=0.9),
            F("MARKER-LAST-RACE", "high", "bug", "Two players can hire the last marker",
              "Decrement conditionally (`... SET available = available - 1 WHERE kind = $1 AND available > 0`) and check `rowCount`.",
              symbol="POST /markers/hire", conf=0.8),
        ]),
        "Money and data handling:",
        Block([
            F("HIRE-HOURS-FLOOR", "high", "bug", "Marker hire rounds hours down although it is charged per started hour",
              "`Math.ceil` the elapsed hours (minimum 1).", symbol="POST /markers/:hireId/return", conf=0.85),
            F("REFUND-NEGATIVE", "medium", "bug", "Refund can go negative, or exceed the deposit with a negative `damage`",
              "Validate `damage >= 0` and clamp the refund to `[0, deposit]`.", symbol="POST /markers/:hireId/return", conf=0.75),
            F("RETURN-TWICE", "medium", "bug", "A hire can be returned twice",
              "`UPDATE hires SET returned_at = now() WHERE id = $1 AND returned_at IS NULL` and stop when no row changed.",
              symbol="POST /markers/:hireId/return", conf=0.75),
            F("PAINT-STOCK-RACE", "high", "bug", "Paint stock is read before an `await` and written after it",
              "Compute and set the new stock before awaiting, or keep stock in the database and decrement atomically.",
              d=+1, symbol="POST /paint/buy", conf=0.8),
            F("HIRE-IDOR", "high", "security", "`GET /hires/:id` returns any player's hire",
              "Add `AND player_id = $2` with the caller's id.", symbol="GET /hires/:id", conf=0.85),
            F("WAIVER-TRAVERSAL", "high", "security", "Path traversal in `/waivers`",
              "Resolve the path and check it stays under `WAIVER_DIR`, or use `res.sendFile(file, { root: WAIVER_DIR })`.",
              symbol="GET /waivers", conf=0.85),
            F("ANNOUNCE-SHELL", "critical", "security", "Command injection through `zone`/`message` in announce",
              "Use `execFile(\"field-pa\", [\"--zone\", zone, \"--say\", message])`.", symbol="POST /games/:id/announce", conf=0.9),
            F("ERROR-STACK", "medium", "security", "Error handler leaks stack traces", "Log the error; return a generic message.",
              conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-ONLY", "critical", "security", "jwt.decode without verify: forged player tokens accepted", "jwt.verify with JWT_SECRET.", d=-3),
            F("MARSHAL-FAILS-OPEN", "critical", "security", "requireMarshal passes when env token unset (undefined === undefined)", "Fail closed.", d=-2),
            F("GAMES-SORT-SQLI", "high", "security", "ORDER BY built from req.query.sort", "Allow-list.", d=-1),
            F("GAME-FULL-RACE", "medium", "bug", "players capacity check not atomic with increment", "Conditional UPDATE ... RETURNING.", d=+1),
            F("PLAYERS-PAGE-OBO", "low", "bug", "players paging skips page 1", "(page - 1) * size.", d=-3),
            F("MARKER-LAST-RACE", "medium", "bug", "last-marker race in /markers/hire", "Atomic decrement.", d=+1),
            F("PAINT-STOCK-RACE", "medium", "bug", "paintStock lost update across await", "Update before await.", d=-1),
            F("WAIVER-TRAVERSAL", "high", "security", "path traversal via ?file=", "root option + reject '..'.", d=-1),
            F("ANNOUNCE-SHELL", "high", "security", "exec with interpolated zone/message", "execFile.", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Splat Court paintball field API. Below are my findings, grouped by theme.

        ### Authentication

        The application relies on two homegrown authentication helpers. The player helper never checks the
        token signature, and the marshal middleware compares against an environment variable that may be
        undefined.

        ### Input Handling

        Several endpoints trust request values when building SQL, shell commands, file paths and HTML.
        """,
        Block([
            F("JWT-DECODE-ONLY", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with any `sub` and act as any player."),
            F("MARSHAL-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("GAMES-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Games Listing",
              "Use a whitelist of sortable columns."),
            F("BOARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Player Names on the Scoreboard",
              "Escape player names with the existing `escapeHtml` helper.",
              desc="The game name is escaped but the player names inserted into the list items are not."),
            F("WAIVER-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Waiver Download",
              "Validate the requested filename.", sd=-2, n=3),
            F("ANNOUNCE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Field Announcements",
              "Use `execFile` with an argument array."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict `origin` to the field's own front-end."),
        ], wrap="list"),
        """
        ### Business Logic and Concurrency
        """,
        Block([
            F("JOIN-AGE-OBO", "MEDIUM", "Logic Error", "Minimum Age Check Excludes Eligible Players",
              "Use `>=`.", d=-1, sd=-1, n=2),
            F("GAME-FULL-RACE", "HIGH", "Race Condition", "Game Capacity Can Be Exceeded",
              "Perform the check and increment atomically.", d=-2, sd=-2, n=3),
            F("TEAMS-SLICE-DROP", "MEDIUM", "Logic Error", "Player Omitted During Team Assignment",
              "Use `rows.slice(half)`.", d=-2, sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting the routes into separate routers."}),
            F("PLAYERS-ALL-ROWS", "LOW", "Performance", "In-Memory Pagination of Players",
              "Use LIMIT and OFFSET in SQL."),
            F("PAINT-QTY-UNCHECKED", "MEDIUM", "Logic Error", "Negative Paint Quantity Accepted",
              "Require a positive integer quantity."),
            F("PAINT-STOCK-RACE", "HIGH", "Race Condition", "Paint Stock Lost Update",
              "Avoid reading and writing stock across an await.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("MARSHAL-FAILS-OPEN", "error", "security", "marshal check open when token env missing", "fail closed"),
            F("HIRE-IDOR", "warning", "security", "hire lookup not scoped to player", "filter by player_id", d=-3),
            F("RETURN-TWICE", "warning", "bug", "marker return not idempotent", "check returned_at"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("JOIN-TWICE", "warning", "", "same player can join a game twice", "unique (game_id, player_id)"),
            F("ANNOUNCE-FAILURE-HIDDEN", "info", "bug", "announce errors swallowed", "report failure"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. Player identity is not verified (JWT decode only).
        2. Injection: SQL sort, shell in announce.
        3. Concurrency: capacity, marker and paint stock updates are not atomic.
        4. Billing: hire hours rounded down, refund unchecked.
        5. Information leaks: stack traces.
        """,
        Block([
            F("JWT-DECODE-ONLY", "blocker", "security", "Tokens are decoded without signature verification",
              "Verify with the secret.", conf=0.9),
            F("GAMES-SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY", "Use an allow-list.", conf=0.85),
            F("GAME-FULL-RACE", "major", "concurrency", "Race condition on game capacity", "Use a conditional update.", d=+1, conf=0.75),
            F("JOIN-TWICE", "minor", "correctness", "Duplicate join not prevented", "Add a unique constraint.", conf=0.6),
            F("PLAYERS-PAGE-OBO", "minor", "correctness", "Player list pagination starts one page late",
              "Slice from (page - 1) * size.", conf=0.7),
            F("MARKER-LAST-RACE", "major", "concurrency", "Marker stock can go negative", "Atomic decrement.", d=-1, conf=0.7),
            F("HIRE-HOURS-FLOOR", "major", "correctness", "Hire hours rounded down", "Use Math.ceil.", d=+1, conf=0.8),
            F("REFUND-NEGATIVE", "major", "correctness", "Refund amount is not bounded", "Clamp the refund.",
              d=-2, snippet="const hours = Math.floor((Date.now() - new Date(hire.started_at).getTime()) / 3_600_000);", conf=0.6),
            F("PAINT-QTY-UNCHECKED", "major", "correctness", "Quantity is not validated in paint purchase",
              "Validate qty as a positive integer.", conf=0.7),
            F("ANNOUNCE-SHELL", "blocker", "security", "Command injection in announce endpoint", "Use execFile.", conf=0.9),
            F("ERROR-STACK", "minor", "security", "Stack traces returned in responses", "Hide internals.", conf=0.7),
        ], wrap="object+summary", summary="11 issues: 3 blocker, 5 major, 3 minor"),
    ]),
}
