"""test118/ts-paradefloats: a carnival parade's float entries, route marshals and judging sheets (TypeScript, Express + pg).

Frozen test split test118, written 2026-12-07 by a helper session that had not seen the merger code, any score,
or any other split's answers, specs or repositories (only the tune2/py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "cases. Frozen test split test118: seeded problems in a carnival parade desk (float entries, route marshals, "
    "judging sheets); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                         "CORS reflects any origin with credentials"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Entrant | null;", "security",
                          "jwt.decode does not check the signature: anyone can forge an entrant id and club"),
    "MARSHAL-KEY-IN-QUERY": P(S, "if (req.query.key !== MARSHAL_KEY) {", "security",
                              "marshal key passed in the query string (logs, history, referrers) and compared with !=="),
    "MARSHAL-FAILS-OPEN": P(S, "if (req.query.key !== MARSHAL_KEY) {", "security",
                            "PARADE_MARSHAL_KEY unset: undefined !== undefined is false, so requests without a key pass"),
    "FLOAT-LENGTH-UNCHECKED": P(S, "if (lengthM > MAX_FLOAT_LENGTH_M)", "bug",
                                "lengthM is not checked to be a positive number: a missing, negative or string length passes"),
    "ENTRY-NO-RACE": P(S, "const entryNo = rows[0].next;", "bug",
                       "MAX(entry_no) + 1 read then inserted later: two concurrent entries get the same entry number",
                       "critical-section"),
    "FLOAT-STATUS-MASS-ASSIGN": P(S, '[entryNo, entrant.club, name, theme, lengthM, req.body.status ?? "pending"],', "security",
                                  "status taken from the request body: an entrant can enter a float already approved"),
    "CREW-OFF-BY-ONE": P(S, "for (let i = 0; i <= crew.length; i++) {", "bug",
                         "<= crew.length inserts one crew row too many (crew[length] is undefined)", "off-by-one"),
    "WITHDRAW-NOT-OWNER": P(S, 'await db.query("DELETE FROM floats WHERE id = $1", [req.params.id]);', "security",
                            "any logged-in entrant can withdraw any club's float (no club check, unlike PATCH)",
                            "signature-vs-statement"),
    "LINEUP-Q-SQLI": P(S, "AND name ILIKE '%${q}%' ORDER BY ${sort}`;", "security",
                       "q query value interpolated into the lineup SQL", "source-vs-sink"),
    "LINEUP-SORT-SQLI": P(S, "AND name ILIKE '%${q}%' ORDER BY ${sort}`;", "security",
                          "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "CARD-THEME-XSS": P(S, "<p>${f.theme}</p><p>Captain: ${f.captain}</p>", "security",
                        "float theme written into the HTML card unescaped (stored XSS)"),
    "CARD-CAPTAIN-XSS": P(S, "<p>${f.theme}</p><p>Captain: ${f.captain}</p>", "security",
                          "captain's name written into the HTML card unescaped (stored XSS)"),
    "PHOTO-NOT-OWNER": P(S, 'await db.query("UPDATE floats SET photo = $1 WHERE id = $2"', "security",
                         "any entrant can set the photo of any float", "signature-vs-statement"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(path.join(PHOTO_DIR, file));", "security",
                         "file query value joined to the photo dir: ../ reads any file", "source-vs-sink"),
    "ROUTE-PHONE-LEAK": P(S, '"SELECT m.name, m.phone, a.point FROM assignments a', "security",
                          "the public /route listing publishes marshals' phone numbers"),
    "POINT-OFF-BY-ONE": P(S, "point > ROUTE_POINTS.length) {", "bug",
                          "point == ROUTE_POINTS.length passes the check: a marshal is posted to a point that does not exist",
                          "off-by-one"),
    "POINT-CAPACITY-RACE": P(S, "if (rows[0].n >= MARSHALS_PER_POINT)", "bug",
                             "count then insert across awaits: concurrent assignments overfill a point", "critical-section"),
    "MARSHAL-DOUBLE-ASSIGN": P(S, 'await db.query("INSERT INTO assignments (marshal_id, point) VALUES ($1, $2)"', "bug",
                               "a marshal already posted is posted again (same or another point); nothing checks marshal_id"),
    "ROSTER-SHELL-INJECTION": P(S, 'exec(`roster-pdf --title "${title}"', "security",
                                "title query value inside double quotes in a shell command: $() and quotes break out",
                                "source-vs-sink"),
    "ROSTER-SHARED-FILE": P(S, 'exec(`roster-pdf --title "${title}"', "bug",
                            "every request writes the same /var/tmp/roster.pdf: concurrent requests get each other's roster"),
    "JUDGE-NAME-SPOOF": P(S, "const { floatId, judge, scores } = req.body as", "security",
                          "the judge's name comes from the body under one shared judge key: a judge can file sheets as another"),
    "SCORE-RANGE-UNCHECKED": P(S, "sum += scores[c];", "bug",
                               "scores are not checked (0-10, numbers, all criteria present): a missing criterion makes NaN, 1000 wins"),
    "TALLY-LOST-UPDATE": P(S, 'await db.query("INSERT INTO sheets (float_id, judge, scores, total)', "bug",
                           "tally read before the await and written after it: concurrent sheets for a float overwrite each other",
                           "critical-section"),
    "DUPLICATE-SHEET": P(S, 'await db.query("INSERT INTO sheets (float_id, judge, scores, total)', "bug",
                         "a judge can submit several sheets for one float and all of them count"),
    "AVERAGE-OFF-BY-ONE": P(S, "average: t.total / (t.sheets * CRITERIA.length - 1)", "bug",
                            "divisor has a stray - 1: every average is inflated, most for floats with few sheets", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns the message and stack trace to clients"),
}

CONFUSABLE = [
    ("MARSHAL-KEY-IN-QUERY", "MARSHAL-FAILS-OPEN"),
    ("FLOAT-LENGTH-UNCHECKED", "ENTRY-NO-RACE"),
    ("ENTRY-NO-RACE", "FLOAT-STATUS-MASS-ASSIGN"),
    ("FLOAT-STATUS-MASS-ASSIGN", "CREW-OFF-BY-ONE"),
    ("LINEUP-Q-SQLI", "LINEUP-SORT-SQLI"),
    ("CARD-THEME-XSS", "CARD-CAPTAIN-XSS"),
    ("POINT-CAPACITY-RACE", "MARSHAL-DOUBLE-ASSIGN"),
    ("ROSTER-SHELL-INJECTION", "ROSTER-SHARED-FILE"),
    ("JUDGE-NAME-SPOOF", "SCORE-RANGE-UNCHECKED"),
    ("SCORE-RANGE-UNCHECKED", "TALLY-LOST-UPDATE"),
    ("SCORE-RANGE-UNCHECKED", "DUPLICATE-SHEET"),
    ("TALLY-LOST-UPDATE", "DUPLICATE-SHEET"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` runs the parade desk: float entries, the marshal rota along the route and the judges'
        sheets. Some parts are done well: `judgeOnly` fails closed and uses `timingSafeEqual` after a length
        check, `PATCH /floats/:id` scopes the update to the caller's club, approval goes through `judgeOnly`,
        the float's name and club are escaped on the card, and both body parsers have size limits. The
        problems, roughly in order:

        1. Entrant identity is never verified (`jwt.decode`), so every entrant check below is advisory.
        2. Injection: the lineup query (two parameters), the roster shell command, the float card HTML.
        3. `marshalOnly` lets everyone in when the key is not configured.
        4. Race conditions around awaits: entry numbers, marshal capacity, judging tallies.
        5. Off-by-one errors in the crew loop, the route point check and the judging average.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "Entrant tokens are decoded, not verified",
              "Use `jwt.verify(token, secret, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="entrantFrom", conf=0.95),
            F("MARSHAL-FAILS-OPEN", "high", "security", "`marshalOnly` passes every request when `PARADE_MARSHAL_KEY` is unset",
              "Fail closed when the key is missing, like `judgeOnly`; also move the key to a header.",
              symbol="marshalOnly", conf=0.85),
            F("LINEUP-Q-SQLI", "critical", "security", "SQL injection through `q` in `/lineup`",
              "Bind `q` as a parameter: `name ILIKE $1` with `%${q}%` as the value.",
              symbol="GET /lineup", conf=0.95),
            F("LINEUP-SORT-SQLI", "high", "security", "SQL injection through `sort` in `/lineup`",
              "Map `sort` to a fixed set of columns.", symbol="GET /lineup", conf=0.9),
            F("ROSTER-SHELL-INJECTION", "high", "security", "Shell injection in the roster PDF title",
              "Use `execFile(\"roster-pdf\", [\"--title\", title, ...])`.", symbol="GET /route/roster.pdf", conf=0.9),
            F("CARD-THEME-XSS", "high", "security", "Float theme rendered without escaping on the card",
              "Wrap `f.theme` in `esc()` as is done for the name and club.", symbol="GET /floats/:id/card", conf=0.9),
            F("CARD-CAPTAIN-XSS", "medium", "security", "Captain name rendered without escaping on the card",
              "Wrap `f.captain` in `esc()` too.", symbol="GET /floats/:id/card", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "`/photos?file=` can read files outside `PHOTO_DIR`",
              "Use `res.sendFile(file, { root: PHOTO_DIR })` and reject names with path separators.",
              symbol="GET /photos", conf=0.9),
            F("FLOAT-STATUS-MASS-ASSIGN", "high", "security", "Entrants can set their own float's `status`",
              "Always insert `'pending'`; approval already has its own judge-only endpoint.",
              symbol="POST /floats", conf=0.9),
            F("WITHDRAW-NOT-OWNER", "medium", "security", "Any entrant can delete any float",
              "Add `AND club = $2` as `PATCH` does.", symbol="DELETE /floats/:id", conf=0.85),
        ]),
        "Logic and concurrency:",
        Block([
            F("ENTRY-NO-RACE", "medium", "bug", "Entry numbers can be handed out twice",
              "Use a sequence or a unique index on `entry_no` and retry.", symbol="POST /floats", conf=0.75),
            F("CREW-OFF-BY-ONE", "medium", "bug", "Crew loop runs one past the end of `crew`",
              "Use `i < crew.length` (or `for (const member of crew)`).", symbol="POST /floats", conf=0.9),
            F("POINT-OFF-BY-ONE", "medium", "bug", "Route point check accepts `point === ROUTE_POINTS.length`",
              "Use `point >= ROUTE_POINTS.length`.", symbol="POST /marshals/:id/assign", conf=0.85),
            F("POINT-CAPACITY-RACE", "medium", "bug", "Marshal capacity check and insert are not atomic",
              "Lock the point row or insert with a conditional `INSERT ... SELECT ... WHERE (SELECT COUNT(*) ...) < $3`.",
              symbol="POST /marshals/:id/assign", conf=0.7),
            F("ROSTER-SHARED-FILE", "low", "bug", "All roster requests share one output file",
              "Write to a per-request temp file (`fs.mkdtemp`) and delete it after sending.",
              symbol="GET /route/roster.pdf", conf=0.7),
            F("SCORE-RANGE-UNCHECKED", "medium", "bug", "Judging scores are not validated",
              "Require every criterion, as an integer 0-10, before summing.", symbol="POST /sheets", conf=0.8),
            F("DUPLICATE-SHEET", "medium", "bug", "A judge can submit several sheets for the same float",
              "Add a unique constraint on `(float_id, judge)` and upsert.", symbol="POST /sheets", conf=0.75),
            F("TALLY-LOST-UPDATE", "medium", "bug", "`tallies` update is split across an `await`",
              "Read and write the tally after the insert, with no await in between, or compute results from the `sheets` table.",
              d=+1, symbol="POST /sheets", conf=0.7),
            F("AVERAGE-OFF-BY-ONE", "medium", "bug", "Average divides by one less than the number of marks",
              "Divide by `t.sheets * CRITERIA.length`.", symbol="GET /results", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "jwt.decode used for auth (no signature check)", "jwt.verify."),
            F("MARSHAL-FAILS-OPEN", "high", "security", "marshalOnly allows all when PARADE_MARSHAL_KEY unset",
              "Reject if key missing."),
            F("LINEUP-Q-SQLI", "critical", "security", "SQLi: q interpolated into /lineup query", "$1 param.", d=-2),
            F("LINEUP-SORT-SQLI", "high", "security", "SQLi: sort interpolated into ORDER BY", "Allowlist.", d=-1),
            F("ROSTER-SHELL-INJECTION", "high", "security", "Command injection via roster title", "execFile.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in GET /photos", "root option + basename.", d=-1),
            F("WITHDRAW-NOT-OWNER", "medium", "security", "DELETE /floats/:id lacks ownership check", "club filter.",
              d=-3),
            F("PHOTO-NOT-OWNER", "medium", "security", "Photo upload lets any entrant change any float", "club filter.",
              d=-3),
            F("JUDGE-NAME-SPOOF", "medium", "security", "judge name trusted from body", "Per-judge keys."),
            F("ENTRY-NO-RACE", "medium", "bug", "Racy entry_no allocation (MAX+1)", "Sequence.", d=-1),
            F("CREW-OFF-BY-ONE", "medium", "bug", "crew[crew.length] inserted (<=)", "i < crew.length.", d=+1),
            F("POINT-OFF-BY-ONE", "medium", "bug", "Off-by-one in route point bound", ">= length."),
            F("MARSHAL-DOUBLE-ASSIGN", "low", "bug", "Same marshal can be assigned repeatedly",
              "Unique(marshal_id)."),
            F("SCORE-RANGE-UNCHECKED", "medium", "bug", "Scores unvalidated; missing criterion -> NaN total",
              "Validate 0..10."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the parade desk server. The application is an Express service backed by
        PostgreSQL that manages float entries, marshals along the parade route, and the judging of floats.

        ### Authentication and Authorization

        The entrant authentication is fundamentally broken, and the marshal middleware has a dangerous default.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify` using a secret.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. Any client can craft a token with an arbitrary `id` and `club`."),
            F("MARSHAL-FAILS-OPEN", "HIGH", "Broken Authentication", "Marshal Authentication Bypass When Key Is Unset",
              "Deny access if `MARSHAL_KEY` is undefined.",
              desc="When the environment variable is missing, `MARSHAL_KEY` is `undefined`, and a request without a `key` parameter also yields `undefined`, so the comparison passes."),
            F("MARSHAL-KEY-IN-QUERY", "MEDIUM", "Security Misconfiguration", "Secret Key Transmitted in URL",
              "Send the key in a header.", sd=-1, n=2),
            F("FLOAT-STATUS-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment of Float Status",
              "Ignore `status` from the request body."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict origins to the parade website."),
        ], wrap="list"),
        """
        ### Injection, Data Exposure and Logic
        """,
        Block([
            F("LINEUP-Q-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Lineup Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("CARD-THEME-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Float Theme",
              "Escape the theme with `esc()`."),
            F("CARD-CAPTAIN-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS via Captain Name",
              "Escape the captain's name."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Validate the `file` parameter.", sd=-2, n=3),
            F("ROSTER-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Roster Generation",
              "Use `execFile` with an argument array."),
            U({"severity": "INFO", "category": "Style", "description": "Inline SQL strings could be moved into a repository module."}),
            F("ROUTE-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Marshal Phone Numbers Publicly Exposed",
              "Remove `m.phone` from the public route query.", d=-1),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message."),
            F("POINT-CAPACITY-RACE", "MEDIUM", "Race Condition", "Race Condition in Marshal Assignment",
              "Use a transaction with row locking.", d=-1),
            F("TALLY-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Updates in Judging Tallies",
              "Avoid read-modify-write across `await`.", sd=-1, n=2,
              desc="The current tally is read before the database insert is awaited and written afterwards; two sheets submitted together overwrite each other's contribution."),
            F("AVERAGE-OFF-BY-ONE", "HIGH", "Logic Error", "Incorrect Average Calculation",
              "Remove the `- 1` from the divisor.", sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode doesn't verify tokens", "jwt.verify"),
            F("LINEUP-Q-SQLI", "error", "security", "sql injection in /lineup", "use params", d=+1),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in /photos", "use root option"),
            F("ROSTER-SHELL-INJECTION", "error", "security", "shell injection in roster title", "execFile"),
            F("FLOAT-STATUS-MASS-ASSIGN", "error", "security", "status from request body on float create",
              "force pending"),
            F("ERROR-STACK-LEAK", "warning", "security", "stack trace sent to client", "log it instead"),
            F("POINT-OFF-BY-ONE", "warning", "bug", "point > length should be >=", ">="),
            F("DUPLICATE-SHEET", "warning", "", "judge can submit twice for same float", "unique (float_id, judge)"),
            F("AVERAGE-OFF-BY-ONE", "warning", "bug", "average divisor off by one", "drop the - 1"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Security: token handling, query-string secrets, CORS, injection and XSS.
        2. Authorization: float withdrawal and photos are not restricted to the owning club.
        3. Correctness: float validation, crew insertion, route points and judging averages.
        4. Concurrency: entry numbers, marshal capacity and tallies are updated non-atomically.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Token is decoded without verification",
              "Verify the JWT signature.", d=-1, conf=0.9),
            F("MARSHAL-KEY-IN-QUERY", "major", "security", "Marshal key accepted from the query string",
              "Use an Authorization header and a constant-time comparison.", conf=0.75),
            F("CORS-ANY-ORIGIN", "major", "security", "CORS allows any origin with credentials",
              "Configure an explicit origin list.", conf=0.7),
            F("LINEUP-Q-SQLI", "blocker", "security", "SQL injection in lineup search term",
              "Use query parameters.", conf=0.9),
            F("LINEUP-SORT-SQLI", "blocker", "security", "SQL injection in lineup sort column",
              "Validate against allowed columns.", conf=0.85),
            F("WITHDRAW-NOT-OWNER", "major", "security", "Float deletion not restricted to owner",
              "Check the club.", conf=0.8),
            F("PHOTO-NOT-OWNER", "major", "security", "Float photo can be replaced by any entrant",
              "Check the club before updating.", conf=0.7),
            F("JUDGE-NAME-SPOOF", "minor", "security", "Judge identity taken from request body",
              "Derive the judge from credentials.", conf=0.6),
            F("FLOAT-LENGTH-UNCHECKED", "minor", "correctness", "Float length is not validated as a positive number",
              "Check typeof lengthM === 'number' and lengthM > 0.", conf=0.65),
            F("CREW-OFF-BY-ONE", "major", "correctness", "Off-by-one in crew insertion loop",
              "Use < instead of <=.", conf=0.85),
            F("POINT-OFF-BY-ONE", "major", "correctness", "Route point upper bound allows an invalid index",
              "Use >= ROUTE_POINTS.length.", d=-1, conf=0.8),
            F("SCORE-RANGE-UNCHECKED", "major", "correctness", "Judging scores are not range-checked",
              "Validate each criterion score.", conf=0.75),
            F("AVERAGE-OFF-BY-ONE", "major", "correctness", "Average score divisor is off by one",
              "Use t.sheets * CRITERIA.length.", d=-1, conf=0.8),
            F("ENTRY-NO-RACE", "major", "concurrency", "Duplicate entry numbers under concurrent submissions",
              "Use a database sequence.", d=+2, conf=0.7),
            F("POINT-CAPACITY-RACE", "major", "concurrency", "Marshal point capacity can be exceeded concurrently",
              "Use a transaction with SELECT ... FOR UPDATE.", d=+1, conf=0.65),
            F("TALLY-LOST-UPDATE", "minor", "concurrency", "In-memory tally update is not atomic across await",
              "Recompute from the database.", d=-1, conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 10 major, 3 minor"),
    ]),
}
