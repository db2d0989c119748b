"""test78/ts-swisspairs: a chess club's tournament pairings (Express 4 + pg + jsonwebtoken). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test78 (for round 40): seeded problems in a small Express + pg service for a chess "
    "club's tournament pairings; five agents' answers written by hand."
)

S = "src/server.ts"
PR = "src/pairing.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "castle-kingside-1987";', "security",
                             "hard-coded fallback JWT secret: tokens (arbiter role included) can be forged when the "
                             "variable is unset"),
    "SHA1-PASSWORD": P(S, 'return crypto.createHash("sha1").update(password).digest("hex");', "security",
                       "passwords stored as unsalted SHA-1", "signature-vs-statement"),
    "REGISTER-ROLE": P(S, '[name, email, phone, hashPassword(password), rating ?? 1200, role ?? "player"],', "security",
                       "registration takes role from the request body: anyone registers as arbiter"),
    "REGISTER-RATING": P(S, '[name, email, phone, hashPassword(password), rating ?? 1200, role ?? "player"],',
                         "security", "registration takes the rating from the request body: a player seeds himself"),
    "LOGIN-ENUM": P(S, 'if (rows.length === 0) return res.status(404).json({ error: "no player with that email" });',
                    "security", "login answers 404 for an unknown email and 401 for a wrong password (account "
                    "enumeration)"),
    "PLAYERS-SQLI-SORT": P(S, "ORDER BY ${sort} ${dir} LIMIT 100", "security",
                           "sort query value interpolated into ORDER BY (SQL injection); q is bound",
                           "source-vs-sink"),
    "PLAYERS-SQLI-DIR": P(S, "ORDER BY ${sort} ${dir} LIMIT 100", "security",
                          "dir query value interpolated into ORDER BY (SQL injection)", "source-vs-sink"),
    "CONTACT-NO-AUTH": P(S, 'const { rows } = await pool.query("SELECT name, email, phone FROM players WHERE id = $1"',
                         "security", "players' email and phone readable by anyone (no auth on /players/:id/contact)",
                         "signature-vs-statement"),
    "STANDINGS-CACHE-UNBOUNDED": P(S, "const key = `${req.params.id}:${String(req.query.after ?? \"latest\")}`;",
                                   "performance", "standings cache keyed by any `after` value from the query, never "
                                   "evicted: memory grows without bound"),
    "STANDINGS-AFTER-IGNORED": P(S, "const key = `${req.params.id}:${String(req.query.after ?? \"latest\")}`;", "bug",
                                 "`after` only changes the cache key, the query ignores it: standings after round N "
                                 "are always the latest"),
    "GAMES-ALL-ROWS": P(S, "const { rows } = await pool.query(GAMES_SQL, [req.params.id]);", "performance",
                        "every game of the tournament is loaded to serve one page (paging done in memory)"),
    "GAMES-SLICE-OBO": P(S, "res.json({ page, games: rows.slice(start, start + size - 1) });", "bug",
                         "slice end is exclusive, `- 1` drops the last game of every page", "off-by-one"),
    "ROUND-CLIENT-LEAK": P(S, "const client = await pool.connect();", "bug",
                           "pool client released only on the success path: a failing query leaks it and the pool "
                           "(max 10) drains"),
    "ROUND-RACE": P(S, "const round = last[0].round + 1;", "bug",
                    "MAX(round) + 1 read and the inserts are not in one locked transaction: two arbiter requests pair "
                    "the same round twice", "critical-section"),
    "RESULT-ANY-PLAYER": P(S, 'await pool.query("UPDATE games SET result = $1 WHERE id = $2"', "security",
                           "any logged-in player can set the result of any game (no check that the caller plays in "
                           "it)"),
    "RESULT-OVERWRITE": P(S, 'await pool.query("UPDATE games SET result = $1 WHERE id = $2"', "bug",
                          "a recorded result can be reported again: the result is overwritten and ratings are applied "
                          "a second time"),
    "RATING-LOST-UPDATE": P(S, "const delta = Math.round(K_FACTOR * (SCORE[result] - expected));", "bug",
                            "ratings read, computed and written back without a lock or transaction: two results for "
                            "the same player at once lose one change", "critical-section"),
    "RATING-NAN": P(S, "const delta = Math.round(K_FACTOR * (SCORE[result] - expected));", "bug",
                    "result string never validated: SCORE[result] is undefined for an unknown value and the delta is "
                    "NaN"),
    "PGN-TRAVERSAL": P(S, "res.sendFile(path.join(PGN_DIR, file));", "security",
                       "file query value joined to PGN_DIR: ../ reads any file", "source-vs-sink"),
    "EXPORT-NAME-TRAVERSAL": P(S, "const out = path.join(PGN_DIR, `${name}.pgn`);", "security",
                               "export name with ../ writes the PGN outside PGN_DIR"),
    "EXPORT-CMD-INJECTION": P(S, "exec(`pgn-extract --fixtagstrings -o ${out}", "security",
                              "export name reaches a shell command line through exec (command injection)",
                              "source-vs-sink"),
    "EXPORT-ERR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message });", "security",
                         "exec error message (command line, paths, stderr) returned to the client"),
    "BYE-OBO": P(PR, "for (let i = sorted.length - 1; i > 0; i--) {", "bug",
                 "bye search stops before index 0: when only the leader has had no bye nobody gets it and the odd "
                 "player is paired with undefined", "off-by-one"),
    "PAIR-REMATCH": P(PR, "const bottom = sorted[i + half];", "bug",
                      "pairing never checks earlier rounds: players who already met are paired again"),
    "COLOUR-COUNT": P(PR, 'const aWhites = a.colours.split("").filter((c) => c === "W").length;', "bug",
                      "colours allocated by total whites, not by the last colours: a player can get the same colour "
                      "three times running", "signature-vs-statement"),
}

CONFUSABLE = [
    ("REGISTER-ROLE", "REGISTER-RATING"),
    ("PLAYERS-SQLI-SORT", "PLAYERS-SQLI-DIR"),
    ("STANDINGS-CACHE-UNBOUNDED", "STANDINGS-AFTER-IGNORED"),
    ("GAMES-ALL-ROWS", "GAMES-SLICE-OBO"),
    ("ROUND-CLIENT-LEAK", "ROUND-RACE"),
    ("RESULT-ANY-PLAYER", "RESULT-OVERWRITE"),
    ("RATING-LOST-UPDATE", "RATING-NAN"),
    ("EXPORT-NAME-TRAVERSAL", "EXPORT-CMD-INJECTION"),
    ("EXPORT-CMD-INJECTION", "EXPORT-ERR-LEAK"),
    ("EXPORT-NAME-TRAVERSAL", "EXPORT-ERR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `swisspairs` is small and mostly readable, and some of it is done carefully: `playerAuth` pins the
        algorithm to HS256, `arbiterOnly` fails closed and compares with `timingSafeEqual` after a length check,
        the player search binds `q`, the JSON body is limited to 32 kB, the error handler logs and returns a
        generic message, and `pairRound` sorts a copy rather than the caller's array. The problems cluster around
        registration, the export and results.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/players` | role and rating come from the client |
        | P0 | `/players`, `/pgn`, export | SQL injection, path traversal, shell injection |
        | P1 | results, ratings, rounds | unguarded writes and races |
        | P2 | paging, pairing | off-by-one and Swiss-rule gaps |

        Security first:
        """,
        Block([
            F("REGISTER-ROLE", "critical", "security", "Self-registration can create arbiter accounts",
              "Ignore `role` from the body; grant arbiter only through an admin path.",
              symbol="POST /players", conf=0.95),
            F("REGISTER-RATING", "medium", "security", "Players choose their own starting rating",
              "Start everyone at the club default or import federation ratings; do not trust `rating` from the body.",
              symbol="POST /players", conf=0.75),
            F("JWT-SECRET-FALLBACK", "high", "security", "JWT secret falls back to a constant in the source",
              "Refuse to start without `JWT_SECRET`.", conf=0.9),
            F("SHA1-PASSWORD", "high", "security", "Passwords are hashed with unsalted SHA-1",
              "Use bcrypt/scrypt/argon2 with a per-user salt.", symbol="hashPassword", conf=0.9),
            F("LOGIN-ENUM", "low", "security", "Login reveals whether an email is registered",
              "Return the same 401 for unknown email and wrong password.", symbol="POST /login", conf=0.7),
            F("PLAYERS-SQLI-SORT", "critical", "security", "SQL injection through `sort` in the player search",
              "Allow-list sortable columns.", symbol="GET /players", conf=0.95),
            F("PLAYERS-SQLI-DIR", "high", "security", "SQL injection through `dir` in the player search",
              "Accept only `ASC` or `DESC`.", symbol="GET /players", conf=0.9),
            F("CONTACT-NO-AUTH", "high", "security", "Contact details are served without authentication",
              "Require `playerAuth` (and decide who may see whose phone).", d=-1, sd=0,
              symbol="GET /players/:id/contact", conf=0.85),
            F("PGN-TRAVERSAL", "high", "security", "`/pgn` serves any file on disk",
              "Use `res.sendFile(file, { root: PGN_DIR })` and reject names with path separators.",
              symbol="GET /pgn", conf=0.9),
            F("EXPORT-CMD-INJECTION", "critical", "security", "Shell injection in the PGN export",
              "Use `execFile(\"pgn-extract\", [...args])` and validate `name`.",
              symbol="POST /tournaments/:id/export", conf=0.9),
            F("EXPORT-NAME-TRAVERSAL", "medium", "security", "Export name can point outside `PGN_DIR`",
              "Restrict `name` to `[A-Za-z0-9_-]+`.", symbol="POST /tournaments/:id/export", conf=0.8),
            F("RESULT-ANY-PLAYER", "high", "security", "Any logged-in player can record any game's result",
              "Check that `req.player.id` is white or black (or an arbiter) before updating.",
              symbol="POST /games/:id/result", conf=0.85),
        ]),
        "Correctness, concurrency and performance:",
        Block([
            F("RESULT-OVERWRITE", "high", "bug", "Re-reporting a result applies the rating change twice",
              "Update only `WHERE result IS NULL` and apply ratings only when a row changed.",
              symbol="POST /games/:id/result", conf=0.8),
            F("RATING-LOST-UPDATE", "medium", "bug", "Concurrent results can lose rating updates",
              "Compute and write inside one transaction with `SELECT ... FOR UPDATE`, or update with `rating = rating + $1`.",
              d=+1, symbol="applyRatings", conf=0.75),
            F("ROUND-RACE", "high", "bug", "Two pairing requests can create the same round twice",
              "Run the round in a transaction holding a tournament-level lock, and add a unique key on (tournament, round, board).",
              d=-1, symbol="POST /tournaments/:id/rounds", conf=0.8),
            F("ROUND-CLIENT-LEAK", "medium", "bug", "Pool client is not released when a query fails",
              "Wrap the body in `try { ... } finally { client.release(); }`.",
              symbol="POST /tournaments/:id/rounds", conf=0.8),
            F("STANDINGS-CACHE-UNBOUNDED", "low", "performance", "Standings cache has unbounded keys",
              "Validate `after` and bound the cache (or drop it: it is cleared on every result anyway).",
              symbol="GET /tournaments/:id/standings", conf=0.65),
            F("GAMES-SLICE-OBO", "medium", "bug", "Each games page is one game short",
              "`slice(start, start + size)`: the end index is already exclusive.",
              symbol="GET /tournaments/:id/games", conf=0.9),
            F("BYE-OBO", "medium", "bug", "Bye search never considers the top-ranked player",
              "Loop with `i >= 0` and handle the case where everyone has had a bye.",
              symbol="pairRound", conf=0.75),
            F("PAIR-REMATCH", "medium", "bug", "Pairing does not avoid rematches",
              "Pass previous opponents into `pairRound` and swap within the score group when two players have met.",
              symbol="pairRound", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run; read src/ only.",
        Block([
            F("PLAYERS-SQLI-SORT", "high", "security", "req.query.sort flows into ORDER BY", "allow-list", d=-3),
            F("PGN-TRAVERSAL", "high", "security", "GET /pgn: file param joined to PGN_DIR", "sendFile with root", d=-1),
            F("EXPORT-CMD-INJECTION", "critical", "security", "export name -> exec() shell string", "execFile + validate", d=-2),
            F("REGISTER-ROLE", "critical", "security", "role accepted from registration body", "drop role from body", d=-3),
            F("JWT-SECRET-FALLBACK", "high", "security", "default JWT secret in code", "require env"),
            F("SHA1-PASSWORD", "high", "security", "sha1 password hashing", "bcrypt/argon2", d=-1),
            F("CONTACT-NO-AUTH", "medium", "security", "contact endpoint has no auth", "playerAuth", d=-1),
            F("RESULT-ANY-PLAYER", "high", "security", "result update not restricted to the game's players", "check white/black"),
            F("ROUND-RACE", "medium", "bug", "round number from MAX()+1 without lock", "tx + advisory lock"),
            F("ROUND-CLIENT-LEAK", "medium", "bug", "pool client leaked if a query throws", "finally { release }"),
            F("GAMES-SLICE-OBO", "low", "bug", "page slice end off by one", "start + size", d=-1),
            F("BYE-OBO", "medium", "bug", "bye loop skips index 0", "i >= 0", d=+1),
            F("RATING-NAN", "medium", "bug", "unknown result -> NaN rating", "validate result against SCORE keys"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the **swisspairs** project, an Express and PostgreSQL service that manages chess
        tournaments for a club: player registration and login, Swiss pairings, results and Elo ratings.

        **Security Findings**

        The most critical problems are injection vulnerabilities and broken access control in registration.
        """,
        Block([
            F("PLAYERS-SQLI-SORT", "CRITICAL", "SQL Injection", "SQL Injection in Player Search Sorting",
              "Map the `sort` parameter to a fixed set of column names.", sd=-2, n=3,
              desc="The `sort` and `dir` query parameters are inserted into the query with template literals."),
            F("PLAYERS-SQLI-DIR", "HIGH", "SQL Injection", "SQL Injection in Sort Direction",
              "Only accept ASC or DESC.", d=-2),
            F("EXPORT-CMD-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Tournament Export",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("PGN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in PGN Download",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("EXPORT-ERR-LEAK", "LOW", "Information Disclosure", "Error Messages Expose Command Details",
              "Log the error server-side and return a generic message.", sd=-2, n=3),
            F("REGISTER-ROLE", "CRITICAL", "Broken Access Control", "Privilege Escalation via Registration",
              "Never accept `role` from the client.", sd=-2, n=3,
              desc="A client can POST `{\"role\": \"arbiter\"}` and receive an arbiter token at login."),
            F("JWT-SECRET-FALLBACK", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret",
              "Load the secret from the environment and fail when it is missing."),
            F("SHA1-PASSWORD", "HIGH", "Weak Cryptography", "Insecure Password Hashing",
              "Use bcrypt or argon2.", d=-1, sd=-1, n=2),
            F("LOGIN-ENUM", "LOW", "Information Disclosure", "User Enumeration in Login",
              "Use one generic error for both cases."),
        ], wrap="list"),
        """
        **Logic and Performance Findings**
        """,
        Block([
            F("RATING-LOST-UPDATE", "MEDIUM", "Race Condition", "Race Condition in Rating Updates",
              "Perform the rating update atomically.", d=-1,
              desc="`applyRatings` reads both ratings, computes the change and writes absolute values back; concurrent results overwrite each other."),
            F("ROUND-RACE", "MEDIUM", "Race Condition", "Duplicate Round Generation",
              "Use a transaction and a unique constraint.", d=+1, sd=-1, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "Several handlers cast `req` to `any`; define a typed request interface."}),
            F("STANDINGS-CACHE-UNBOUNDED", "MEDIUM", "Caching", "Unbounded Standings Cache",
              "Limit the cache size."),
            F("GAMES-ALL-ROWS", "LOW", "Performance", "Inefficient Pagination of Games",
              "Use LIMIT and OFFSET in SQL instead of slicing in memory."),
            F("COLOUR-COUNT", "LOW", "Logic Error", "Colour Allocation Ignores Recent History",
              "Alternate colours based on the last games played.", d=-1, sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PLAYERS-SQLI-SORT", "high", "security", "sql injection in sort", "allow-list"),
            F("PGN-TRAVERSAL", "high", "security", "path traversal /pgn", "use root option"),
            F("EXPORT-CMD-INJECTION", "high", "security", "shell injection in export", "execFile"),
            F("CONTACT-NO-AUTH", "medium", "security", "contact info public", "add auth"),
            F("REGISTER-ROLE", "high", "security", "role set by client on signup", "ignore role"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("RATING-LOST-UPDATE", "medium", "bug", "rating update race", "single UPDATE with rating + delta", d=+1),
            F("BYE-OBO", "medium", "bug", "bye loop misses first player", "i >= 0"),
            F("RESULT-OVERWRITE", "medium", "", "result can be reported twice", "only update when result is null"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        Scope: `src/server.ts`, `src/pairing.ts`.

        1. **Injection**: player search ORDER BY, PGN download path, export command.
        2. **Access control**: registration, contact data, results.
        3. **Concurrency**: round creation and rating updates.
        4. **Correctness**: paging, standings cache, Swiss pairing rules.
        """,
        Block([
            F("PLAYERS-SQLI-SORT", "blocker", "security", "SQL injection in player sort column",
              "Allow-list the column.", conf=0.9),
            F("PLAYERS-SQLI-DIR", "blocker", "security", "SQL injection in player sort direction",
              "Allow-list ASC/DESC.", conf=0.85),
            F("REGISTER-ROLE", "blocker", "security", "Client-controlled role on registration",
              "Assign role server-side.", conf=0.9),
            F("REGISTER-RATING", "major", "security", "Client-controlled rating on registration",
              "Assign the initial rating server-side.", conf=0.7),
            F("JWT-SECRET-FALLBACK", "major", "security", "Insecure default JWT secret",
              "Fail when JWT_SECRET is missing.", conf=0.85),
            F("SHA1-PASSWORD", "major", "security", "Weak password hashing (SHA-1, no salt)",
              "Use bcrypt.", conf=0.85),
            F("CONTACT-NO-AUTH", "major", "security", "Unauthenticated access to player contact data",
              "Require authentication.", conf=0.8),
            F("STANDINGS-AFTER-IGNORED", "minor", "correctness", "Standings ignore the after-round parameter",
              "Filter scores by round when `after` is given.", conf=0.6),
            F("STANDINGS-CACHE-UNBOUNDED", "minor", "performance", "Standings cache grows with arbitrary keys",
              "Bound the cache.", conf=0.6),
            F("GAMES-ALL-ROWS", "minor", "performance", "Games endpoint loads all games before paging",
              "Page in SQL.", d=+2, conf=0.65),
            F("GAMES-SLICE-OBO", "major", "correctness", "Off-by-one in games page slice",
              "Remove the - 1.", conf=0.85),
            F("ROUND-RACE", "major", "concurrency", "Round number race between concurrent pairings",
              "Serialize with a lock.", d=-1, conf=0.75),
            F("RESULT-OVERWRITE", "major", "correctness", "Game result can be overwritten, ratings applied twice",
              "Reject results for finished games.", conf=0.8),
            F("RATING-LOST-UPDATE", "major", "concurrency", "Lost update in rating calculation",
              "Use a transaction.", conf=0.75),
            F("RATING-NAN", "major", "correctness", "Unvalidated result produces NaN rating",
              "Validate result.", conf=0.75),
            F("PGN-TRAVERSAL", "blocker", "security", "Directory traversal in PGN download",
              "Normalize and check the path.", conf=0.85),
            F("EXPORT-NAME-TRAVERSAL", "major", "security", "Export file name allows directory traversal",
              "Sanitize name.", conf=0.75),
            F("EXPORT-ERR-LEAK", "minor", "security", "Export error message returned to client",
              "Return a generic error.", conf=0.6),
            F("COLOUR-COUNT", "minor", "correctness", "Colour allocation does not follow alternation",
              "Use the last colour played.", conf=0.6),
            F("PAIR-REMATCH", "major", "correctness", "Swiss pairing allows rematches",
              "Track previous opponents.", conf=0.7),
        ], wrap="object+summary", summary="20 issues: 4 blocker, 11 major, 5 minor"),
    ]),
}
