"""test39/ts-treetags: a street-tree planting and watering-round scheme (Express 4 + pg + jsonwebtoken).

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format). Frozen test split: scored once, never tuned on.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger, any score or any other split's labels. "
    "Frozen test split test39: seeded problems in a street-tree watering-round service; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-FALLBACK-SECRET": P(S, 'process.env.JWT_SECRET || "treetags-dev-secret"', "security", "hard-coded fallback JWT secret: tokens forgeable when JWT_SECRET is unset"),
    "DECODE-NOT-VERIFY": P(S, "return jwt.decode(token) as Volunteer;", "security", "volunteer identity from jwt.decode without verifying the signature: any forged token is accepted", "signature-vs-statement"),
    "VOLUNTEER-NULL": P(S, "return jwt.decode(token) as Volunteer;", "bug", "decode returns null for a missing or malformed token; callers dereference me.id and the request fails unhandled"),
    "RAW-FILE-TRAVERSAL": P(S, "return path.join(SENSOR_DIR, device, `${day}.csv`);", "security", "device and day joined into a path unchecked: .csv files outside SENSOR_DIR readable", "signature-vs-statement"),
    "AVG-PAST-END": P(S, "for (let i = 0; i <= readings.length; i++) {", "bug", "loop runs to i <= length: readings[length] is undefined and .moisture throws", "off-by-one"),
    "AVG-EMPTY-NAN": P(S, "return sum / readings.length;", "bug", "no readings: division by zero gives NaN (null in JSON)"),
    "TREES-SPECIES-SQLI": P(S, "if (species) sql += ` AND species = '${species}'`;", "security", "species query value concatenated into SQL", "source-vs-sink"),
    "CARD-XSS": P(S, "res.send(`<h1>${esc(t.species)}</h1>", "security", "street and adopter fields written into HTML unescaped (stored XSS); only species is escaped"),
    "CARD-ADOPTER-PUBLIC": P(S, "res.send(`<h1>${esc(t.species)}</h1>", "security", "public tree card shows the adopter's name and e-mail address"),
    "ADOPT-STEAL": P(S, '"UPDATE trees SET adopter_id = $1, adopter_name = $2', "security", "adopting overwrites an existing adopter: anyone can take over another volunteer's tree"),
    "HISTORY-PHONE-LEAK": P(S, '"SELECT r.taken_at, r.litres, r.moisture, v.name, v.phone', "security", "public tree history returns volunteers' phone numbers"),
    "HISTORY-DAYS-SQLI": P(S, "interval '${days} days'", "security", "days query value interpolated into the interval literal: SQL injection", "source-vs-sink"),
    "DRY-CACHE-STAMPEDE": P(S, 'pool.query("SELECT tag FROM latest_readings', "performance", "dry-tree cache checked and refilled across an await: concurrent requests all query and overwrite it", "critical-section"),
    "READING-LITRES-UNCHECKED": P(S, "const litres = Number(req.body.litres);", "bug", "litres not validated (negative, NaN, huge): volunteer totals can be inflated or poisoned"),
    "READING-NAN-MOISTURE": P(S, "if (moisture < 0 || moisture > 100)", "bug", "a non-numeric moisture is NaN and passes the range check"),
    "READING-NO-TX": P(S, '"UPDATE volunteers SET litres_total = litres_total + $1', "bug", "reading insert and litres total update are separate statements, no transaction"),
    "READING-DELETE-IDOR": P(S, '"DELETE FROM readings WHERE id = $1"', "security", "any caller deletes any reading: me is read but never checked against the reading", "signature-vs-statement"),
    "ROUNDS-PAGE-SKIP": P(S, "[size, page * size],", "bug", "pages start at 1 but OFFSET is page * size: the first page of rounds is never listed", "off-by-one"),
    "JOIN-RACE": P(S, "if (Number(rows[0].taken) < rows[0].capacity) {", "bug", "capacity counted then insert in a separate query: concurrent joins overfill a round", "critical-section"),
    "JOIN-DUPLICATE": P(S, '"INSERT INTO round_volunteers (round_id, volunteer_id)', "bug", "the same volunteer can join a round twice and take two places"),
    "NOTIFY-SHELL": P(S, "exec(`signal-cli send", "security", "coordinator message put into a shell command line: command injection"),
    "NOTIFY-ERRORS-IGNORED": P(S, "exec(`signal-cli send", "bug", "exec without a callback: failures ignored, every volunteer reported as notified"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns the message and stack trace to the client"),
}

CONFUSABLE = [
    ("CORS-ANY-ORIGIN", "JWT-FALLBACK-SECRET"),
    ("DECODE-NOT-VERIFY", "VOLUNTEER-NULL"),
    ("AVG-PAST-END", "AVG-EMPTY-NAN"),
    ("CARD-XSS", "CARD-ADOPTER-PUBLIC"),
    ("HISTORY-PHONE-LEAK", "HISTORY-DAYS-SQLI"),
    ("READING-LITRES-UNCHECKED", "READING-NAN-MOISTURE"),
    ("READING-NAN-MOISTURE", "READING-NO-TX"),
    ("JOIN-RACE", "JOIN-DUPLICATE"),
    ("NOTIFY-SHELL", "NOTIFY-ERRORS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole treetags API: tree tags and adoption, soil-moisture readings, watering rounds
        and a council summary. Coordinator routes verify their JWT properly (`coordinatorOnly` pins HS256) and
        `councilOnly` fails closed with a length check before `timingSafeEqual`, but the volunteer routes trust an
        unverified token, and several handlers build SQL, HTML or shell commands from request data.

        1. `volunteer()` decodes the JWT without verifying it, so every volunteer action can be forged.
        2. Two SQL injections (`/trees?species=`, `/trees/:tag/history?days=`) and a shell injection in `/rounds/:id/notify`.
        3. Personal data on public endpoints (tree card, history).
        4. Round sign-up can overfill, paging skips a page, and the moisture average reads past the array.
        """,
        Block([
            F("DECODE-NOT-VERIFY", "critical", "security", "Volunteer identity comes from `jwt.decode` (signature never verified)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` as `coordinatorOnly` does, and 401 on failure.",
              symbol="volunteer", conf=0.95),
            F("JWT-FALLBACK-SECRET", "high", "security", "Hard-coded fallback for `JWT_SECRET`",
              "Fail at startup when `JWT_SECRET` is not set; the literal is in the repository.", conf=0.8),
            F("TREES-SPECIES-SQLI", "high", "security", "SQL injection through `species` in `GET /trees`",
              "Add it as `$2` instead of splicing it into the string.", symbol="GET /trees", conf=0.95),
            F("HISTORY-DAYS-SQLI", "high", "security", "SQL injection through `days` in the tree history",
              "Use `now() - make_interval(days => $2)` with `Number(days)` validated.", symbol="GET /trees/:tag/history", conf=0.9),
            F("NOTIFY-SHELL", "high", "security", "Command injection in round notifications",
              "Use `execFile(\"signal-cli\", [\"send\", \"-m\", message, phone])`.", symbol="POST /rounds/:id/notify", conf=0.85),
            F("CARD-XSS", "medium", "security", "Stored XSS on the tree card",
              "`esc()` the street, adopter name and e-mail too; only `species` is escaped.", symbol="GET /trees/:tag/card", conf=0.85),
            F("HISTORY-PHONE-LEAK", "medium", "security", "Tree history exposes volunteers' phone numbers",
              "Select only `v.name` (or nothing about the volunteer) on this unauthenticated route.",
              symbol="GET /trees/:tag/history", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("JOIN-RACE", "medium", "bug", "Round capacity check and insert are not atomic",
              "Insert with a conditional `INSERT ... SELECT ... WHERE (SELECT count(*) ...) < capacity` inside a transaction with `FOR UPDATE` on the round.",
              n=2, symbol="POST /rounds/:id/join", conf=0.8),
            F("ROUNDS-PAGE-SKIP", "low", "bug", "`GET /rounds` skips the first page",
              "OFFSET should be `(page - 1) * size`.", symbol="GET /rounds", conf=0.85),
            F("AVG-PAST-END", "medium", "bug", "`averageMoisture` indexes one past the end",
              "Use `i < readings.length`; as written every history request throws.", n=2, symbol="averageMoisture", conf=0.9),
            F("AVG-EMPTY-NAN", "low", "bug", "`averageMoisture` returns NaN for a tree with no readings",
              "Return `null` when `readings.length === 0`.", symbol="averageMoisture", conf=0.7),
            F("DRY-CACHE-STAMPEDE", "low", "performance", "Dry-tree cache refresh is not deduplicated",
              "Keep the in-flight promise and let concurrent requests await it.", d=-1, n=3, symbol="GET /trees/dry", conf=0.6),
            F("READING-DELETE-IDOR", "high", "security", "Any caller can delete any reading",
              "Add `AND volunteer_id = $2` with the verified volunteer id; `me` is computed and then ignored.",
              symbol="DELETE /readings/:id", conf=0.85),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and answer a generic message.", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("DECODE-NOT-VERIFY", "critical", "security", "volunteer(): jwt.decode, no verify", "jwt.verify with JWT_SECRET", d=-3),
            F("TREES-SPECIES-SQLI", "high", "security", "SQLi via ?species on GET /trees", "bind $2", d=-2),
            F("HISTORY-DAYS-SQLI", "high", "security", "SQLi via ?days on tree history", "make_interval(days => $2)", d=-3),
            F("RAW-FILE-TRAVERSAL", "medium", "security", "sensorFile joins device/day without validation (path traversal)", "validate day as yyyy-mm-dd, device as [a-z0-9-]+", d=-2),
            F("READING-DELETE-IDOR", "high", "security", "DELETE /readings/:id has no ownership check", "filter by volunteer_id", d=-2),
            F("ADOPT-STEAL", "medium", "security", "adopt overwrites an existing adopter", "WHERE adopter_id IS NULL"),
            F("NOTIFY-SHELL", "high", "security", "exec with coordinator message (shell injection)", "execFile + args"),
            F("JOIN-DUPLICATE", "medium", "bug", "join can insert the same volunteer twice", "unique (round_id, volunteer_id) + ON CONFLICT DO NOTHING"),
            F("ROUNDS-PAGE-SKIP", "low", "bug", "OFFSET page*size skips page 1", "(page - 1) * size", d=-1),
            F("AVG-PAST-END", "medium", "bug", "averageMoisture reads readings[length]", "i < length", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the treetags service, an Express application written in TypeScript that
        manages street trees, their adopters, watering rounds and soil-moisture readings stored in PostgreSQL.

        ### Key Concerns

        *   **Authentication:** volunteer requests are identified with a JWT that is decoded but never verified.
        *   **Injection:** raw query parameters are placed into SQL strings and a shell command.
        *   **Data exposure:** public endpoints reveal personal information about volunteers and adopters.

        ### Security Issues
        """,
        Block([
            F("DECODE-NOT-VERIFY", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="The `volunteer` helper uses `jwt.decode`, which does not check the signature. An attacker can craft a token with any `id`."),
            F("JWT-FALLBACK-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Remove the default value.", sd=-1, n=3),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict `origin` to the scheme's own front end.", sd=-2, n=3),
            F("TREES-SPECIES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tree Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("HISTORY-DAYS-SQLI", "HIGH", "SQL Injection", "SQL Injection in Tree History Interval",
              "Validate `days` as an integer and bind it.", d=-1, sd=-3, n=3),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Tree Card",
              "Escape every interpolated value.", sd=-2, n=3),
            F("CARD-ADOPTER-PUBLIC", "MEDIUM", "Information Disclosure", "Adopter Email Exposed on Public Tree Card",
              "Do not display the adopter's e-mail address.", sd=-2, n=3),
            F("NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in Volunteer Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("RAW-FILE-TRAVERSAL", "MEDIUM", "Path Traversal", "Path Traversal in Sensor File Access",
              "Validate `device` and `day`.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Disclosure",
              "Do not send `err.stack` to clients.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic and Performance Issues
        """,
        Block([
            F("JOIN-RACE", "HIGH", "Race Condition", "Race Condition in Round Sign-Up",
              "Use a transaction with row locking.", d=+1, sd=-1, n=3,
              desc="Two volunteers joining at the same time can both see a free place and both be inserted."),
            F("DRY-CACHE-STAMPEDE", "MEDIUM", "Caching", "Cache Stampede on Dry Trees List",
              "Memoize the pending query.", sd=-2, n=3),
            F("READING-NAN-MOISTURE", "MEDIUM", "Input Validation", "NaN Moisture Bypasses Validation",
              "Check `Number.isFinite(moisture)`.", sd=-2, n=3),
            F("READING-NO-TX", "LOW", "Data Integrity", "Reading and Volunteer Total Updated Without a Transaction",
              "Wrap both statements in a transaction.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting routes into separate modules."}),
            F("AVG-EMPTY-NAN", "LOW", "Logic Error", "Division by Zero in Average Moisture",
              "Handle the empty case.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("DECODE-NOT-VERIFY", "high", "security", "jwt.decode used instead of verify", "jwt.verify"),
            F("TREES-SPECIES-SQLI", "high", "security", "sql injection via species", "parameterize"),
            F("CARD-XSS", "medium", "security", "xss on tree card (street, adopter)", "escape all fields"),
            F("JOIN-RACE", "medium", "", "round can be overbooked", "transaction / lock", d=+1),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("READING-LITRES-UNCHECKED", "low", "bug", "litres not validated", "check finite and >= 0"),
            F("VOLUNTEER-NULL", "low", "bug", "me is null without token -> crash on me.id", "return 401 when decode fails"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. The volunteer token is not verified; a coordinator-only JWT secret has an insecure default.
        2. SQL injection in tree search and tree history.
        3. Command injection in round notifications.
        4. Volunteers' personal data (phone numbers, adopter e-mail) on public routes.
        5. Round sign-up: capacity race and duplicate sign-ups.
        6. Input validation of readings.
        """,
        Block([
            F("DECODE-NOT-VERIFY", "blocker", "security", "Unverified JWT used for volunteer identity",
              "Verify the token signature.", conf=0.9),
            F("JWT-FALLBACK-SECRET", "major", "security", "Default JWT secret in source code", "Require JWT_SECRET.", conf=0.8),
            F("TREES-SPECIES-SQLI", "blocker", "security", "SQL injection in species filter", "Use bind parameters.", conf=0.9),
            F("HISTORY-DAYS-SQLI", "blocker", "security", "SQL injection in history days parameter",
              "Validate and bind days.", d=-1, conf=0.85),
            F("NOTIFY-SHELL", "blocker", "security", "Shell command injection in notify", "Use execFile.", conf=0.85),
            F("NOTIFY-ERRORS-IGNORED", "minor", "reliability", "Notification failures are not detected",
              "Await the child process and count failures.", conf=0.6),
            F("HISTORY-PHONE-LEAK", "major", "security", "Volunteer phone numbers returned by tree history",
              "Remove v.phone from the query.", conf=0.8),
            F("CARD-ADOPTER-PUBLIC", "minor", "security", "Adopter name and email shown publicly", "Hide personal data.", conf=0.7),
            F("ADOPT-STEAL", "major", "correctness", "Tree adoption can be taken over", "Only adopt unadopted trees.", conf=0.7),
            F("JOIN-RACE", "major", "concurrency", "Round capacity race condition", "Use a transaction.", conf=0.8),
            F("JOIN-DUPLICATE", "minor", "correctness", "Duplicate round sign-ups possible",
              "Add a unique constraint.", d=-1, conf=0.7),
            F("READING-LITRES-UNCHECKED", "minor", "correctness", "Litres value not validated", "Validate litres.", conf=0.7),
            F("READING-NAN-MOISTURE", "minor", "correctness", "Moisture validation does not reject NaN",
              "Use Number.isFinite.", conf=0.75),
            F("AVG-PAST-END", "major", "correctness", "Off-by-one in averageMoisture loop", "Use <.", d=+1, conf=0.85),
        ], wrap="object+summary", summary="14 issues: 4 blocker, 5 major, 5 minor"),
    ]),
}
