"""test57/ts-regattaentry: a rowing regatta's entry desk (Express + pg). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only splits/README.md's general sections and test37 section, the builders and
specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test57: seeded problems in a regatta entry desk; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECT": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-DECODE": P(S, 'const claims = jwt.decode(header.replace(/^Bearer /, "")) as any;', "security", "jwt.decode does not verify the signature: any forged token names any club", "signature-vs-statement"),
    "MASTERS-NAN-AGE": P(S, "const avg = Math.floor(ages.reduce((a, b) => a + b, 0) / ages.length);", "bug", "a missing or non-numeric age makes the average NaN: the crew is silently classed open (no masters handicap)"),
    "MASTERS-BAND-OBO": P(S, "for (const [min, letter] of bands) if (avg > min) category = letter;", "bug", "avg > min: a crew averaging exactly 27 (36, 43, ...) lands in the band below", "off-by-one"),
    "MD5-PASSWORDS": P(S, 'const hash = crypto.createHash("md5").update(String(password)).digest("hex");', "security", "club passwords stored and checked as unsalted MD5"),
    "TOKEN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign({ clubId: club.id, name: club.name }, JWT_SECRET) });", "security", "club tokens are signed without expiresIn: valid forever"),
    "CREW-SIZE-SHORT": P(S, "if (!Array.isArray(crew) || crew.length > CREW_SIZE[ev.boat_class])", "bug", "only too many rowers are rejected: short or empty crews are accepted (and an unknown boat class accepts any size)"),
    "EVENT-FULL-OBO": P(S, "if (counted[0].n > ev.max_crews)", "bug", "n > max_crews accepts one crew more than the event holds", "off-by-one"),
    "ENTRY-CAPACITY-RACE": P(S, '"INSERT INTO entries (event_id, club_id, crew_name, crew, category, fee_pence)', "bug", "count then insert outside a transaction/lock: concurrent entries overfill the event", "critical-section"),
    "SEARCH-SQLI": P(S, "const where = `e.event_id = ${eventId} AND e.crew_name ILIKE '%${crewName}%'`;", "security", "crew query value interpolated into the WHERE clause of the desk search", "source-vs-sink"),
    "PATCH-KEY-SQLI": P(S, "const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(\", \");", "security", "request body keys become column names in the UPDATE: SQL injection through a key"),
    "PATCH-MASS-ASSIGN": P(S, "await pool.query(`UPDATE entries SET ${sets} WHERE id = $${n + 1}", "security", "any column can be set by the club: fee_pence, lane, heat, place, event_id"),
    "SCRATCH-NOT-OWNER": P(S, 'const sql = "SELECT e.id, e.fee_pence, ev.closes_at FROM entries e JOIN events ev', "security", "scratching looks the entry up by id only: any club deletes another club's entry (and books its refund to itself)", "signature-vs-statement"),
    "WAIVER-NOT-OWNER": P(S, "await fs.writeFile(path.join(WAIVER_DIR, `${req.params.id}.pdf`), req.body);", "security", "any logged-in club overwrites any entry's waiver; the entry is never checked", "signature-vs-statement"),
    "WAIVER-TRAVERSAL": P(S, 'res.type("pdf").send(await fs.readFile(full));', "security", "waiver file name from the path joined unchecked: encoded ../ reads any file", "source-vs-sink"),
    "DRAW-BIASED-SHUFFLE": P(S, "crews.sort(() => Math.random() - 0.5);", "bug", "sort with a random comparator is not a fair shuffle: lane draw is biased"),
    "HEATS-FLOOR": P(S, "const heats = Math.floor(crews.length / LANES);", "bug", "floor division: crews beyond the last full heat get no heat or lane", "off-by-one"),
    "STARTLIST-HIT-NO-TABLE": P(S, "if (hit && Date.now() - hit.at < 30_000) return res.type(\"html\").send(hit.html);", "bug", "a cached start list is sent without the <table> wrapper that a fresh one has"),
    "STARTLIST-STAMPEDE": P(S, '"SELECT e.heat, e.lane, e.crew_name, c.name AS club FROM entries e JOIN clubs c', "bug", "check, await query, set: concurrent misses all run the query; the Map grows for every id requested", "critical-section"),
    "STARTLIST-XSS": P(S, "const body = rows.map((r) => `<tr><td>${r.heat}</td>", "security", "club name written into the start list HTML unescaped (crew name is escaped)"),
    "PRINT-COPIES-UNBOUNDED": P(S, "const copies = Number(req.body.copies ?? 1);", "bug", "copies not bounded or checked: NaN or 5000 copies go to the printer"),
    "PRINT-SHELL": P(S, "exec(`regatta-print --event ${req.params.id} --format ${format}", "security", "format and the event id go into an exec() shell string", "source-vs-sink"),
    "PRINT-ERROR-IGNORED": P(S, 'if (err) console.error("print failed", err.message);', "bug", "answered 202 before the print runs; a failure is only logged"),
    "DEAD-HEAT": P(S, "const placed = sorted.map((t, i) => ({ ...t, place: i + 1 }));", "bug", "equal times get different places: dead heats are not shared"),
    "RESULTS-LOOP-OBO": P(S, "for (let i = 0; i <= placed.length; i++) {", "bug", "i <= length reads past the end: TypeError after the last update, results answered 500", "off-by-one"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("MASTERS-NAN-AGE", "MASTERS-BAND-OBO"),
    ("MD5-PASSWORDS", "TOKEN-NO-EXPIRY"),
    ("CREW-SIZE-SHORT", "EVENT-FULL-OBO"),
    ("EVENT-FULL-OBO", "ENTRY-CAPACITY-RACE"),
    ("PATCH-KEY-SQLI", "PATCH-MASS-ASSIGN"),
    ("DRAW-BIASED-SHUFFLE", "HEATS-FLOOR"),
    ("STARTLIST-HIT-NO-TABLE", "STARTLIST-STAMPEDE"),
    ("STARTLIST-STAMPEDE", "STARTLIST-XSS"),
    ("PRINT-COPIES-UNBOUNDED", "PRINT-ERROR-IGNORED"),
    ("PRINT-SHELL", "PRINT-COPIES-UNBOUNDED"),
    ("DEAD-HEAT", "RESULTS-LOOP-OBO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a compact Express service, but its trust model is broken at the root: club identity
        comes from `jwt.decode`, which never checks the signature, so every club-scoped check downstream is
        only as good as a base64 string. On top of that:

        1. Two string-built SQL statements (desk search, entry PATCH) and one shell string (start-list printing).
        2. Entry capacity is enforced with an off-by-one and a check-then-insert race.
        3. Scratching and waiver upload do not check that the entry belongs to the calling club.
        4. The results endpoint always throws after the last row.

        Done right: `deskOnly` fails closed (empty key, length check, `timingSafeEqual`), `/clubs/me/entries`
        filters by the caller's club, the PATCH keeps `club_id` in its WHERE, crew names are escaped with `esc`.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "Club tokens are decoded, not verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="clubFromToken", conf=0.97),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in `GET /entries` via `crew`",
              "Bind `crewName` as a parameter (`ILIKE $2` with `%${crewName}%` in the values).",
              symbol="GET /entries", conf=0.95),
            F("PATCH-KEY-SQLI", "critical", "security", "`PATCH /entries/:id` builds column names from body keys",
              "Allow-list the editable columns (`crew_name`, `crew`) and reject other keys.",
              symbol="PATCH /entries/:id", conf=0.9),
            F("PATCH-MASS-ASSIGN", "high", "security", "PATCH lets a club set any column of its entry",
              "Even with safe keys, `fee_pence`, `lane`, `heat` and `place` must not be client-writable.",
              symbol="PATCH /entries/:id", conf=0.85),
            F("PRINT-SHELL", "critical", "security", "Command injection in start-list printing",
              "Use `execFile(\"regatta-print\", [\"--event\", id, \"--format\", format, ...])` and validate `format` against a list.",
              symbol="POST /events/:id/print", conf=0.9),
            F("SCRATCH-NOT-OWNER", "high", "security", "Any club can scratch any entry and collect its refund",
              "Add `AND e.club_id = $2` to the lookup; book the refund to the entry's club.",
              symbol="DELETE /entries/:id", conf=0.9),
            F("WAIVER-NOT-OWNER", "high", "security", "Waiver upload does not check entry ownership",
              "Look the entry up with the caller's `club_id` before writing, and build the file name from the verified numeric id.",
              symbol="POST /entries/:id/waiver", conf=0.85),
            F("WAIVER-TRAVERSAL", "high", "security", "Path traversal when reading waivers",
              "Resolve the path and require it to stay under `WAIVER_DIR`; better, serve by entry id.",
              d=-1, symbol="GET /waivers/:file", conf=0.8),
        ]),
        "Correctness and robustness:",
        Block([
            F("EVENT-FULL-OBO", "medium", "bug", "Capacity check admits one crew too many",
              "`>=` instead of `>`.", symbol="POST /entries", conf=0.85),
            F("ENTRY-CAPACITY-RACE", "medium", "bug", "Capacity check and insert are not atomic",
              "Do the count and insert in one transaction with `SELECT ... FOR UPDATE` on the event row, or an `INSERT ... SELECT ... WHERE (SELECT COUNT(*) ...) < max_crews`.",
              d=-2, symbol="POST /entries", conf=0.75),
            F("CREW-SIZE-SHORT", "medium", "bug", "Short crews pass the crew-size check",
              "Require `crew.length === CREW_SIZE[ev.boat_class]` and reject unknown boat classes.",
              symbol="POST /entries", conf=0.75),
            F("MASTERS-BAND-OBO", "low", "bug", "Masters band boundaries are exclusive",
              "Use `avg >= min`; a crew averaging exactly 27 is not classed A.", symbol="mastersCategory", conf=0.7),
            F("HEATS-FLOOR", "high", "bug", "Lane draw drops crews that do not fill a whole heat",
              "`Math.ceil(crews.length / LANES)`; the last heat is then partly filled.", symbol="POST /events/:id/draw", conf=0.85),
            F("DRAW-BIASED-SHUFFLE", "low", "bug", "Random-comparator sort is a biased shuffle",
              "Use Fisher-Yates with `crypto.randomInt`.", symbol="POST /events/:id/draw", conf=0.7),
            F("RESULTS-LOOP-OBO", "high", "bug", "Results loop reads one past the end",
              "`i < placed.length`; today `placed[i]` is undefined on the last pass and the request fails after writing.",
              symbol="POST /events/:id/results", conf=0.9),
            F("STARTLIST-XSS", "medium", "security", "Club name is not escaped in the start list",
              "Wrap `r.club` in `esc()` as is done for the crew name.", symbol="GET /events/:id/startlist", conf=0.85),
            F("STARTLIST-STAMPEDE", "low", "performance", "Start-list cache has no in-flight protection",
              "Cache the pending promise per event so concurrent misses share one query; bound the Map.",
              d=-2, symbol="GET /events/:id/startlist", conf=0.55),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Issued tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.75),
            F("MD5-PASSWORDS", "high", "security", "Passwords hashed with unsalted MD5",
              "Use bcrypt/argon2 with a per-password salt.", symbol="POST /login", conf=0.85),
            F("STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the stack; return a generic message.", symbol="error handler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "clubFromToken uses jwt.decode (no signature check)", "jwt.verify with algorithms.", d=-2),
            F("SEARCH-SQLI", "critical", "security", "SQLi: req.query.crew in WHERE", "Parameterize.", d=-2),
            F("PATCH-KEY-SQLI", "high", "security", "PATCH body keys interpolated as SQL identifiers", "Allow-list columns.", d=-1),
            F("PRINT-SHELL", "high", "security", "exec() with body.format in command string", "execFile + allow-list.", d=-2),
            F("WAIVER-TRAVERSAL", "high", "security", "GET /waivers/:file path traversal", "Check resolved path prefix.", d=-2),
            F("SCRATCH-NOT-OWNER", "high", "security", "DELETE /entries/:id: no club ownership check", "Filter by club_id.", d=-3),
            F("ENTRY-CAPACITY-RACE", "medium", "bug", "max_crews race between COUNT and INSERT", "Transaction + row lock.", d=-3),
            F("RESULTS-LOOP-OBO", "medium", "bug", "results loop off by one (<=)", "i < placed.length."),
            F("HEATS-FLOOR", "medium", "bug", "Remainder crews never drawn into a heat", "Math.ceil.", d=+2),
            F("PRINT-ERROR-IGNORED", "low", "bug", "print errors swallowed, 202 returned regardless", "Await the child and report failure."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the regatta entry desk service (`src/server.ts`). It is an Express 4
        application using `pg` and `jsonwebtoken`, with endpoints for club login, crew entries, lane draws,
        start lists, printing and results.

        ### Security Findings

        The application has several critical weaknesses, the most serious being that authentication tokens
        are never verified.
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`clubFromToken` decodes the bearer token without checking its signature, so anyone can forge a token for any club."),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Entry Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("PATCH-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment in Entry Update",
              "Restrict the fields a club may update.", sd=-2, n=3,
              desc="Every key in the request body is written to the entries table, including the fee, lane and place."),
            F("PRINT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Print Endpoint",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("WAIVER-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Waiver Download",
              "Validate the file name.", sd=-2, n=3),
            F("STARTLIST-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS via Club Name in Start List",
              "Escape the club name.", sd=-2, n=3),
            F("MD5-PASSWORDS", "HIGH", "Cryptographic Failure", "Weak Password Hashing (MD5)",
              "Use bcrypt or argon2.", sd=-2, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict `origin` to the desk and club front-ends.", sd=0, n=2),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic and Reliability Findings
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "suggestion": "Consider splitting the routes into separate routers."}),
            F("EVENT-FULL-OBO", "MEDIUM", "Logic Error", "Event Capacity Check Allows One Extra Crew",
              "Use `>=` when comparing with `max_crews`.", d=-1, sd=-3, n=3),
            F("MASTERS-NAN-AGE", "LOW", "Logic Error", "Masters Category Becomes 'open' When an Age Is Missing",
              "Validate that every crew member has a numeric age.", sd=-1, n=3,
              desc="`Number(undefined)` is `NaN`, so the average is `NaN` and no band matches."),
            F("MASTERS-BAND-OBO", "LOW", "Logic Error", "Masters Band Lower Bounds Are Exclusive",
              "Use `>=`.", d=-2, sd=-3, n=3),
            F("DEAD-HEAT", "LOW", "Logic Error", "Tied Times Receive Different Places",
              "Give equal times the same place.", sd=-2, n=3),
            F("RESULTS-LOOP-OBO", "HIGH", "Logic Error", "Off-by-One in Results Loop Causes Crash",
              "Use `<` instead of `<=`.", d=+2, sd=0, n=3),
            F("STARTLIST-HIT-NO-TABLE", "LOW", "Caching", "Cached Start List Missing Table Markup",
              "Cache the full HTML document, not only the rows.", sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE", "error", "security", "jwt.decode instead of jwt.verify", "verify the token"),
            F("SEARCH-SQLI", "error", "security", "sql injection in crew search", "use $ params", d=+1),
            F("PRINT-SHELL", "error", "security", "shell injection in regatta-print exec", "execFile"),
            F("SCRATCH-NOT-OWNER", "warning", "", "delete entry doesnt check club", "add club_id to where"),
            F("PRINT-COPIES-UNBOUNDED", "info", "bug", "copies not validated", "clamp 1..20"),
            F("WAIVER-NOT-OWNER", "warning", "security", "waiver upload for any entry id", "check entry belongs to club", d=-3),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: JWT tokens are decoded without verification; passwords use MD5.
        2. Injection: SQL in entry search and entry update, shell in printing.
        3. Authorization: entries can be scratched or have waivers replaced by other clubs.
        4. Correctness: capacity checks, heat draw, results loop.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Unverified JWT allows impersonation of any club",
              "Use jwt.verify.", conf=0.95),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in the desk entry search",
              "Use query parameters.", d=+2, conf=0.9),
            F("PATCH-KEY-SQLI", "major", "security", "Column names taken from request body in UPDATE",
              "Whitelist updatable fields.", conf=0.85),
            F("PRINT-SHELL", "major", "security", "OS command injection in start list printing",
              "Do not build shell commands from input.", d=-1, conf=0.8),
            F("SCRATCH-NOT-OWNER", "major", "security", "Scratching an entry does not verify the owning club",
              "Check club_id.", d=+1, conf=0.8),
            F("EVENT-FULL-OBO", "major", "correctness", "Off-by-one in event capacity check",
              "Use >= max_crews.", conf=0.8),
            F("ENTRY-CAPACITY-RACE", "major", "concurrency", "Concurrent entries can exceed the event capacity",
              "Use a transaction with locking.", d=-2, conf=0.7),
            F("HEATS-FLOOR", "major", "correctness", "Crews are lost when the entry count is not a multiple of the lanes",
              "Round the heat count up.", conf=0.85),
            F("DRAW-BIASED-SHUFFLE", "minor", "correctness", "Lane draw shuffle is not uniform",
              "Use Fisher-Yates.", d=+1, conf=0.6),
            F("STARTLIST-STAMPEDE", "minor", "performance", "Start list cache allows duplicate concurrent queries",
              "Store the in-flight promise.", d=-3, conf=0.6),
            F("RESULTS-LOOP-OBO", "major", "reliability", "Results loop runs past the end of the array",
              "Use i < placed.length.", d=+1, conf=0.85),
            F("TOKEN-NO-EXPIRY", "minor", "security", "JWT tokens have no expiry",
              "Set expiresIn.", conf=0.7),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 7 major, 3 minor"),
    ]),
}
