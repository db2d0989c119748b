"""test56/ts-refboard: a youth football league's referee assignment board (TypeScript, Express 4 + pg +
jsonwebtoken). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test56: seeded problems in a youth football league's referee assignment board; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
LOGIN = 'if (!ref) return res.status(401).json({ error: "login required" });'
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "REF-TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "referee token accepted from the query string (logs, referrers)"),
    "REF-JWT-UNVERIFIED": P(S, "const claims = jwt.decode(token)", "security", "jwt.decode does not verify the signature: anyone can forge a referee token", "signature-vs-statement"),
    "FEE-INDEX-SHIFT": P(S, "return MATCH_FEES[idx - 1];", "bug", "MATCH_FEES[idx - 1]: every age group paid the fee of the one below, U8 gets undefined", "off-by-one"),
    "FIXTURES-ORDER-SQLI": P(S, "ORDER BY ${order}`", "security", "order query value interpolated into ORDER BY: SQL injection", "source-vs-sink"),
    "WEEK-INMEMORY-PAGING": P(S, 'FROM fixtures WHERE kickoff >= now() ORDER BY kickoff",', "performance", "every future fixture loaded to serve one page (no LIMIT/OFFSET in SQL)"),
    "WEEK-SLICE-SKIP": P(S, "rows.slice(start + 1, start + size + 1)", "bug", "slice(start + 1, ...) drops the first fixture of every page", "off-by-one"),
    "CLAIM-RACE": P(S, "if (fixture.referee_id !== null)", "bug", "check-then-update across awaits: two referees can both claim the same open fixture", "critical-section"),
    "CLAIM-LEVEL-UNCHECKED": P(S, 'await pool.query("UPDATE fixtures SET referee_id = $1 WHERE id = $2", [ref.id, req.params.id]);', "bug", "self-claim ignores the referee's level: a junior referee can claim an older age group"),
    "FEES-LOST-UPDATE": P(S, "INSERT INTO fee_ledger", "bug", "weeklyFees read before an await and written after: concurrent claims lose fees", "critical-section"),
    "DECLINE-ANY": P(S, "UPDATE fixtures SET referee_id = NULL WHERE id = $1", "security", "decline clears the referee of any fixture, not only the caller's own", "signature-vs-statement"),
    "DECLINE-FEES-WIPED": P(S, "weeklyFees.delete(ref.id);", "bug", "declining one fixture wipes the referee's whole weekly fee total (ledger row kept)"),
    "ASSIGN-UNKNOWN-FIXTURE": P(S, "const start = new Date(target.rows[0].kickoff).getTime();", "bug", "unknown fixture id: rows[0] undefined throws (unhandled rejection, request hangs)"),
    "ASSIGN-CLASH-SKIPS-FIRST": P(S, "for (let i = 1; i < rows.length; i++) {", "bug", "clash loop starts at 1: the referee's first fixture is never checked", "off-by-one"),
    "NOTIFY-SHELL": P(S, "exec(`sms-send", "security", "note from the body (and team names) in a shell command: command injection", "source-vs-sink"),
    "NOTIFY-RESULT-IGNORED": P(S, "exec(`sms-send", "bug", "exec result ignored and sent: true answered before the SMS is sent"),
    "REPORT-ANY-REF": P(S, LOGIN, "security", "any logged-in referee can file or overwrite the match report of any fixture", nth=2),
    "REPORT-PATH-TRAVERSAL": P(S, "await fs.promises.writeFile(file, req.body);", "security", "name query value joined to REPORT_DIR: ../ writes anywhere", "source-vs-sink"),
    "BOARD-XSS-TEAMS": P(S, "<tr><td>${r.home} v ${r.away}</td>", "security", "team names rendered unescaped on the public board (venue and name are escaped)"),
    "BOARD-PHONE-PUBLIC": P(S, "<tr><td>${r.home} v ${r.away}</td>", "security", "referees' phone numbers (minors among them) published on the public board"),
    "AVAIL-DAY-BOUND": P(S, "d < 0 || d > 7", "bug", "d > 7 accepts 7 as a weekday (0-6)", "off-by-one"),
    "PROFILE-COLUMN-INJECTION": P(S, "const sets = fields.map(", "security", "body keys become column names in the SQL text: injection through a key"),
    "PROFILE-MASS-ASSIGN": P(S, "UPDATE referees SET ${sets}", "security", "any column (level, id) can be updated by the referee: mass assignment"),
    "RATING-CLUB-UNAUTH": P(S, 'const club = String(req.body.club ?? "");', "security", "ratings need no login: anyone can rate a referee as any club"),
    "RATING-RACE": P(S, "INSERT INTO ratings", "bug", "has() then await insert then add(): concurrent ratings from one club both land", "critical-section"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns the message and stack trace to the client"),
}

CONFUSABLE = [
    ("REF-TOKEN-IN-QUERY", "REF-JWT-UNVERIFIED"),
    ("WEEK-INMEMORY-PAGING", "WEEK-SLICE-SKIP"),
    ("CLAIM-RACE", "CLAIM-LEVEL-UNCHECKED"),
    ("CLAIM-LEVEL-UNCHECKED", "FEES-LOST-UPDATE"),
    ("DECLINE-ANY", "DECLINE-FEES-WIPED"),
    ("ASSIGN-UNKNOWN-FIXTURE", "ASSIGN-CLASH-SKIPS-FIRST"),
    ("NOTIFY-SHELL", "NOTIFY-RESULT-IGNORED"),
    ("REPORT-ANY-REF", "REPORT-PATH-TRAVERSAL"),
    ("BOARD-XSS-TEAMS", "BOARD-PHONE-PUBLIC"),
    ("PROFILE-COLUMN-INJECTION", "PROFILE-MASS-ASSIGN"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole service. The referee identity is the weak point everything else rests on:
        `currentRef` decodes the JWT without verifying it, so every "login required" check is advisory. On top of
        that:

        1. Three request values reach SQL, a shell and the filesystem unchecked (`/fixtures`, `/notify`, `/report`).
        2. `PATCH /referees/me` lets a referee write any column of their row.
        3. The public board leaks phone numbers and renders team names as HTML.
        4. Claims and ratings check-then-act across `await`, and the fee tally loses updates.
        5. Three bounds mistakes: the fee table index, the week page slice, the clash loop (plus the weekday range).

        Done right and not flagged: `adminOnly` fails closed and checks the length before `timingSafeEqual`; `esc`
        is applied to the venue and referee name; `/referees/me/fixtures` and `/referees` bind every parameter; both
        body parsers have size limits; the rating score range check is correct.
        """,
        Block([
            F("REF-JWT-UNVERIFIED", "critical", "security", "Referee JWT is decoded, never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on failure.",
              symbol="currentRef", conf=0.95),
            F("REF-TOKEN-IN-QUERY", "medium", "security", "Token accepted from `?token=`",
              "Accept the bearer header only; query-string tokens end up in proxy logs and referrers.",
              symbol="currentRef", conf=0.7),
            F("FIXTURES-ORDER-SQLI", "critical", "security", "SQL injection via `order` in `GET /fixtures`",
              "Map `order` to an allow-listed column (`kickoff`, `home`, `venue`).",
              symbol="GET /fixtures", conf=0.95),
            F("NOTIFY-SHELL", "high", "security", "`note` is interpolated into a shell command",
              "Use `execFile(\"sms-send\", [phone, text])`; the double quotes around `text` do not stop `$(...)` or a closing quote.",
              symbol="POST /fixtures/:id/notify", conf=0.9),
            F("REPORT-PATH-TRAVERSAL", "high", "security", "Report file name comes from `?name=` unchecked",
              "Ignore the client name and write `${fixtureId}.txt`, or `path.basename` it and check the resolved path stays in `REPORT_DIR`.",
              symbol="POST /fixtures/:id/report", conf=0.9),
            F("PROFILE-MASS-ASSIGN", "high", "security", "`PATCH /referees/me` can set any column, including `level`",
              "Allow-list the editable fields (phone, name) and build the statement from that list.",
              symbol="PATCH /referees/me", conf=0.85),
            F("PROFILE-COLUMN-INJECTION", "high", "security", "Body keys are spliced into the SQL as column names",
              "A key like `level = 5, name` is SQL text; never use client keys as identifiers.",
              symbol="PATCH /referees/me", conf=0.8),
            F("DECLINE-ANY", "high", "security", "A referee can decline (unassign) any fixture",
              "Add `AND referee_id = $2` with the caller's id and check `rowCount`.",
              symbol="POST /fixtures/:id/decline", conf=0.85),
            F("BOARD-PHONE-PUBLIC", "high", "security", "Public board publishes referees' phone numbers",
              "Drop `r.phone` from the board query; many youth referees are minors.",
              symbol="GET /board", conf=0.85),
            F("BOARD-XSS-TEAMS", "medium", "security", "Team names are not escaped on the board",
              "Wrap `r.home` and `r.away` in `esc` like the venue.",
              symbol="GET /board", conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("CLAIM-RACE", "high", "bug", "Two referees can claim the same fixture",
              "Make the claim atomic: `UPDATE fixtures SET referee_id = $1 WHERE id = $2 AND referee_id IS NULL` and check `rowCount`.",
              symbol="POST /fixtures/:id/claim", conf=0.85),
            F("FEES-LOST-UPDATE", "medium", "bug", "`weeklyFees` update spans an `await`",
              "Read and write the map after the insert (no await in between), or derive the total from `fee_ledger`.",
              d=+1, symbol="POST /fixtures/:id/claim", conf=0.75),
            F("FEE-INDEX-SHIFT", "high", "bug", "`feeFor` reads the fee of the previous age group",
              "`MATCH_FEES` is aligned with `AGE_GROUPS`; use `MATCH_FEES[idx]` and reject `idx === -1`.",
              symbol="feeFor", conf=0.9),
            F("WEEK-SLICE-SKIP", "medium", "bug", "`/week` skips one fixture per page",
              "`rows.slice(start, start + size)`.", symbol="GET /week", conf=0.85),
            F("ASSIGN-CLASH-SKIPS-FIRST", "high", "bug", "Clash check ignores the referee's first fixture",
              "Start the loop at 0.", symbol="PUT /fixtures/:id/referee", conf=0.85),
            F("AVAIL-DAY-BOUND", "low", "bug", "Availability accepts day 7",
              "`d > 6`, as the error message says.", symbol="PUT /referees/me/availability", conf=0.7),
            F("RATING-RACE", "low", "bug", "Duplicate-rating guard is not atomic",
              "Use a unique constraint on `(fixture_id, club)` and `ON CONFLICT DO NOTHING`; the in-memory set is also lost on restart.",
              d=-1, symbol="POST /fixtures/:id/rating", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("REF-JWT-UNVERIFIED", "critical", "security", "currentRef trusts unsigned JWT (jwt.decode)", "jwt.verify with secret.", d=-3),
            F("FIXTURES-ORDER-SQLI", "high", "security", "ORDER BY built from req.query.order", "Allow-list.", d=-3),
            F("NOTIFY-SHELL", "high", "security", "exec with note from request body", "execFile + args.", d=-2),
            F("REPORT-PATH-TRAVERSAL", "high", "security", "report name not sanitized (path.join)", "basename + fixed dir.", d=-2),
            F("DECLINE-ANY", "high", "security", "decline has no ownership check", "WHERE referee_id = caller.", d=-3),
            F("PROFILE-COLUMN-INJECTION", "high", "security", "PATCH /referees/me: column names from body keys", "Fixed column list."),
            F("ERROR-STACK-LEAK", "low", "security", "Stack traces returned to clients", "Log server-side; generic message."),
            F("CLAIM-RACE", "medium", "bug", "claim: SELECT then UPDATE, not atomic", "Conditional UPDATE ... AND referee_id IS NULL.", d=-3),
            F("FEES-LOST-UPDATE", "low", "bug", "weeklyFees lost update across await", "Sum fee_ledger instead.", d=-1),
            F("WEEK-SLICE-SKIP", "medium", "bug", "/week slice off by one", "slice(start, start + size).", d=-1),
            F("ASSIGN-UNKNOWN-FIXTURE", "medium", "bug", "PUT referee: target.rows[0] may be undefined", "404 when no row."),
            F("ASSIGN-CLASH-SKIPS-FIRST", "medium", "bug", "Clash check skips rows[0]", "i = 0.", d=+1),
            F("DECLINE-FEES-WIPED", "low", "bug", "decline deletes all weekly fees for the ref", "Subtract this fixture's fee."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the referee assignment board. It is an Express application backed by
        PostgreSQL that lets referees claim fixtures, administrators assign them, and the public see today's board.

        ### Security

        The application's authentication model is fundamentally broken because tokens are decoded rather than
        verified. Several endpoints also pass request data to SQL, the shell or the file system.
        """,
        Block([
            F("REF-JWT-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with the signing secret.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with any referee id."),
            F("FIXTURES-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Fixture Ordering",
              "Validate `order` against allowed columns.", sd=-2, n=3),
            F("NOTIFY-SHELL", "HIGH", "Command Injection", "Command Injection in SMS Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("REPORT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Match Report Upload",
              "Sanitize the file name.", sd=-2, n=3),
            F("BOARD-XSS-TEAMS", "MEDIUM", "Cross-Site Scripting", "Reflected Team Names in Public Board HTML",
              "Escape the home and away team names.", d=0),
            F("PROFILE-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment in Referee Profile Update",
              "Restrict updatable fields.", sd=-2, n=3,
              desc="A referee can raise their own `level` and claim fixtures above their grade."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict `origin` to the league's front-end."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Exposure in Error Handler",
              "Do not include `err.stack` in responses.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Logic and Concurrency
        """,
        Block([
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition in Fixture Claiming",
              "Use a conditional UPDATE.", d=+1),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving the route handlers into separate router modules."}),
            F("RATING-RACE", "LOW", "Race Condition", "Duplicate Ratings Possible Under Concurrency",
              "Enforce uniqueness in the database.", sd=-2, n=3),
            F("WEEK-INMEMORY-PAGING", "MEDIUM", "Performance", "Inefficient In-Memory Pagination",
              "Use LIMIT and OFFSET in the query.", d=-1, sd=-1, n=2),
            F("AVAIL-DAY-BOUND", "LOW", "Input Validation", "Day-of-Week Validation Allows Invalid Value",
              "The check should reject values greater than 6.", d=+1),
            F("FEE-INDEX-SHIFT", "MEDIUM", "Logic Error", "Incorrect Fee Lookup for Age Groups",
              "Use `MATCH_FEES[idx]`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("FIXTURES-ORDER-SQLI", "high", "security", "sql injection via order param", "whitelist columns"),
            F("NOTIFY-SHELL", "high", "security", "command injection in sms-send exec", "use execFile"),
            F("REPORT-ANY-REF", "medium", "security", "any ref can write any fixture's report", "check ref is assigned to fixture"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CLAIM-LEVEL-UNCHECKED", "medium", "", "claim doesn't check ref level vs age group", "compare level before update"),
            F("NOTIFY-RESULT-IGNORED", "low", "bug", "sms errors swallowed, always returns sent", "await exec and check error"),
            F("RATING-CLUB-UNAUTH", "medium", "security", "ratings endpoint has no auth", "require club login"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. **Authentication** – the JWT is never verified.
        2. **Injection** – SQL (fixture ordering), shell (SMS), path (reports).
        3. **Authorization** – declining, profile updates.
        4. **Concurrency** – claims, fees, ratings.
        5. **Correctness** – fee table, paging, assignment lookups.
        """,
        Block([
            F("REF-JWT-UNVERIFIED", "blocker", "security", "JWT tokens are decoded without signature verification",
              "Verify tokens with jwt.verify.", d=-1, conf=0.9),
            F("FIXTURES-ORDER-SQLI", "blocker", "security", "SQL injection through the order parameter",
              "Use a whitelist.", conf=0.9),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection via exec()",
              "Use execFile.", conf=0.85),
            F("REPORT-PATH-TRAVERSAL", "major", "security", "Directory traversal when saving match reports",
              "Validate the file name.", d=-1, conf=0.85),
            F("PROFILE-MASS-ASSIGN", "major", "security", "Referees can update arbitrary columns of their profile",
              "Whitelist fields.", conf=0.8),
            F("BOARD-PHONE-PUBLIC", "major", "security", "Personal phone numbers exposed on public board",
              "Remove the phone column.", conf=0.75),
            F("DECLINE-ANY", "major", "security", "Missing authorization check when declining a fixture",
              "Only the assigned referee may decline.", conf=0.8),
            F("CORS-ANY-ORIGIN", "minor", "security", "CORS allows all origins with credentials",
              "Configure allowed origins.", conf=0.6),
            F("CLAIM-RACE", "major", "concurrency", "Race condition allows double booking of a fixture",
              "Atomic conditional update.", d=+1, conf=0.8),
            F("FEES-LOST-UPDATE", "minor", "concurrency", "Weekly fee accumulator is not concurrency-safe",
              "Compute from the ledger.", conf=0.6),
            F("RATING-RACE", "minor", "concurrency", "Duplicate rating check is racy",
              "Use a unique index.", d=+1, conf=0.6),
            F("DECLINE-FEES-WIPED", "minor", "correctness", "Declining one match clears all accumulated fees",
              "Only subtract the declined fixture's fee.", conf=0.65),
            F("ASSIGN-UNKNOWN-FIXTURE", "major", "reliability", "Unhandled undefined row when the fixture does not exist",
              "Return 404.", conf=0.7),
            F("WEEK-SLICE-SKIP", "major", "correctness", "Pagination skips one fixture per page",
              "Fix the slice bounds.", conf=0.8),
            F("FEE-INDEX-SHIFT", "major", "correctness", "Fee lookup uses the wrong index",
              "Remove the - 1.", d=-1, conf=0.75),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}
