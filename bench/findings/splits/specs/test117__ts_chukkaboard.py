"""test117/ts-chukkaboard: a polo club's pony lines, chukka schedules and player handicaps (TypeScript, Express 4 +
pg + jsonwebtoken). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test117: seeded problems in a polo club's pony-line and handicap desk; five agents' answers "
    "written by hand."
)

T = "src/server.ts"
PROBLEMS = {
    "JWT-FALLBACK-SECRET": P(T, 'const JWT_SECRET = process.env.JWT_SECRET || "chukka-dev-secret";', "security", "tokens signed with a hard-coded fallback secret when JWT_SECRET is unset"),
    "TOKEN-NOT-VERIFIED": P(T, "return jwt.decode(token) as Player;", "security", "playerFrom decodes the bearer token without verifying its signature: anyone forges a manager", "signature-vs-statement"),
    "TOKEN-MISSING-CRASH": P(T, "return jwt.decode(token) as Player;", "bug", "a missing or garbled token decodes to null and every handler dereferences it (async TypeError, request hangs under Express 4)"),
    "LOGIN-UNSALTED-PIN": P(T, 'if (!p || p.pin_hash !== crypto.createHash("sha256")', "security", "PINs stored as unsalted SHA-256 and compared with !== (trivially brute-forced, not constant time)"),
    "LOGIN-NO-EXPIRY": P(T, "res.json({ token: jwt.sign(", "security", "login tokens are issued without an expiry"),
    "PONY-SORT-SQLI": P(T, "ORDER BY ${sort}`", "security", "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "PONY-VET-IGNORED": P(T, '"SELECT name, vetted_until FROM ponies WHERE id = $1"', "bug", "the ride endpoint reads vetted_until and never checks it: a pony out of vetting (or unknown) is put in a chukka"),
    "PONY-MAX-CHUKKAS": P(T, "if (done > MAX_CHUKKAS_PER_PONY)", "bug", "done > MAX lets a pony play three chukkas instead of two", "off-by-one"),
    "PONY-RIDE-RACE": P(T, 'await pool.query("INSERT INTO rides', "bug", "ridden is read before an await and written after it: concurrent rides lose counts", "critical-section"),
    "VET-REPORT-NO-AUTH": P(T, 'app.get("/ponies/:id/vet-report"', "security", "vet reports are served with no authentication at all"),
    "VET-REPORT-TRAVERSAL": P(T, "const file = path.join(VET_REPORTS", "security", "id and file request values joined to VET_REPORTS unchecked: any file readable", "signature-vs-statement"),
    "SCHEDULE-MISSING-MATCH": P(T, "let at = new Date(match.starts_at).getTime();", "bug", "unknown match id: rows[0] is undefined and the handler throws"),
    "SCHEDULE-LAST-CHUKKA": P(T, "for (let c = 1; c < match.chukkas; c++)", "bug", "c < chukkas leaves the last chukka out of the schedule", "off-by-one"),
    "NOTIFY-SHELL-INJECTION": P(T, "exec(`sms-grooms --match", "security", "message body and match id interpolated into a shell command", "source-vs-sink"),
    "NOTIFY-ERROR-LEAK": P(T, "if (err) return res.status(500).json({ error: err.message });", "security", "the exec error (command line, stderr) is sent back to the client"),
    "HANDICAP-NO-LOWER-BOUND": P(T, "if (goals > 10)", "bug", "only the upper bound of a handicap is checked: -40 goals is accepted"),
    "HANDICAP-NAN": P(T, "if (goals > 10)", "bug", "a non-numeric goals value is NaN, passes the check and is written"),
    "HANDICAP-ANY-CLUB": P(T, '"UPDATE players SET handicap = $1 WHERE id = $2"', "security", "a manager can change the handicap of a player of any club"),
    "TEAM-SUM-OVERRUN": P(T, "for (let i = 0; i <= rows.length; i++)", "bug", "i <= rows.length reads rows[rows.length] (undefined.handicap throws)", "off-by-one"),
    "CARD-BIO-XSS": P(T, 'res.type("html").send(`<h1>', "security", "the player's bio is put into the HTML card unescaped (name and club are escaped)"),
    "ENTRY-MEMBERS-SQLI": P(T, 'WHERE id IN (${members.join(",")})', "security", "members from the body interpolated into the handicap SUM query", "source-vs-sink"),
    "ENTRY-LIMIT-FROM-QUERY": P(T, "if (Number(rows[0].total) > Number(req.query.limit ?? 8))", "security", "the tournament's handicap limit is taken from the request's query string"),
    "ENTRY-DELETE-ANY": P(T, '"DELETE FROM entries WHERE id = $1"', "security", "any caller deletes any tournament entry (no manager or ownership check)", "signature-vs-statement"),
    "BOARD-STAMPEDE": P(T, '"SELECT po.name AS pony, pl.name AS player, pl.phone', "performance", "when the board cache expires every concurrent request runs the join (no single refresh)", "critical-section"),
    "BOARD-PHONE-LEAK": P(T, '"SELECT po.name AS pony, pl.name AS player, pl.phone', "security", "the public board publishes players' phone numbers"),
}

CONFUSABLE = [
    ("TOKEN-NOT-VERIFIED", "TOKEN-MISSING-CRASH"),
    ("LOGIN-UNSALTED-PIN", "LOGIN-NO-EXPIRY"),
    ("PONY-VET-IGNORED", "PONY-MAX-CHUKKAS"),
    ("PONY-MAX-CHUKKAS", "PONY-RIDE-RACE"),
    ("PONY-VET-IGNORED", "PONY-RIDE-RACE"),
    ("VET-REPORT-NO-AUTH", "VET-REPORT-TRAVERSAL"),
    ("SCHEDULE-MISSING-MATCH", "SCHEDULE-LAST-CHUKKA"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-ERROR-LEAK"),
    ("HANDICAP-NO-LOWER-BOUND", "HANDICAP-NAN"),
    ("HANDICAP-NO-LOWER-BOUND", "HANDICAP-ANY-CLUB"),
    ("ENTRY-MEMBERS-SQLI", "ENTRY-LIMIT-FROM-QUERY"),
    ("BOARD-STAMPEDE", "BOARD-PHONE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole service. The biggest problem is identity: `playerFrom` trusts any bearer
        token without checking its signature, so every "managers only" rule below it is decorative. After that
        come three injections and two file/data exposures. Things that are done right and should stay:
        `stewardOnly` fails closed with a length check before `crypto.timingSafeEqual`, `/lines/mine` and the
        substitution route bind every value and check the chukka number against `matches.chukkas`, the card
        escapes `name` and `club`, and the error handler does not leak stack traces.

        1. Authentication and authorization (tokens, login, handicaps, entries)
        2. Injection (ponies sort, entries, groom SMS)
        3. Data exposure (vet reports, board, player card)
        4. Counting and scheduling bugs
        """,
        Block([
            F("TOKEN-NOT-VERIFIED", "critical", "security", "`playerFrom` uses `jwt.decode`, which does not verify the signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error; today a hand-made token with `role: \"manager\"` passes every check.",
              symbol="playerFrom", conf=0.95),
            F("TOKEN-MISSING-CRASH", "medium", "bug", "Requests without a token crash the handler",
              "`jwt.decode` returns `null` for a missing token and `player.id` throws inside an async handler, which Express 4 does not catch; answer 401 instead.",
              symbol="playerFrom", conf=0.75),
            F("JWT-FALLBACK-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", conf=0.85),
            F("LOGIN-UNSALTED-PIN", "high", "security", "PINs hashed with unsalted SHA-256",
              "Use a slow salted hash (bcrypt/argon2) and compare in constant time; a 4-digit PIN's SHA-256 is one lookup away.",
              symbol="POST /login", conf=0.8),
            F("LOGIN-NO-EXPIRY", "medium", "security", "Login tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /login", conf=0.8),
            F("HANDICAP-ANY-CLUB", "high", "security", "Managers can change handicaps of players in other clubs",
              "Add `AND club = $3` with `manager.club` and check `rowCount`.", symbol="POST /handicaps/:playerId", conf=0.8),
            F("ENTRY-DELETE-ANY", "high", "security", "`DELETE /entries/:id` deletes any team's entry",
              "Delete with `AND manager_id = $2`; `manager` is computed and never used.", symbol="DELETE /entries/:id", conf=0.85),
        ]),
        "Injection and exposure:",
        Block([
            F("PONY-SORT-SQLI", "high", "security", "SQL injection through `sort` in `GET /ponies`",
              "Map `sort` to a fixed set of column names; `owner` is already bound as `$1`.", symbol="GET /ponies", conf=0.9),
            F("ENTRY-MEMBERS-SQLI", "high", "security", "`members` is joined into the `IN (...)` list",
              "Use `WHERE id = ANY($1::int[])` and validate that every member is an integer.", symbol="POST /tournaments/:id/entries", conf=0.9),
            F("ENTRY-LIMIT-FROM-QUERY", "medium", "security", "Tournament handicap limit comes from `?limit=`",
              "Read the limit from the tournament row, not from the request.", symbol="POST /tournaments/:id/entries", conf=0.8),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "Shell injection in groom notification",
              "Use `execFile(\"sms-grooms\", [\"--match\", id, message])`; quoting with `\"...\"` does not stop `$()`.",
              symbol="POST /matches/:id/notify-grooms", conf=0.85),
            F("NOTIFY-ERROR-LEAK", "low", "security", "Exec error message returned to the caller",
              "Log `err` and answer a generic message.", symbol="POST /matches/:id/notify-grooms", conf=0.6),
            F("VET-REPORT-TRAVERSAL", "high", "security", "Path traversal in the vet report download",
              "Resolve the path and require it to stay under `VET_REPORTS`; also authenticate this route.",
              symbol="GET /ponies/:id/vet-report", conf=0.85),
            F("CARD-BIO-XSS", "medium", "security", "Stored XSS through the player bio on the card",
              "Escape `p.bio` like `name` and `club`.", symbol="GET /players/:id/card", conf=0.85),
            F("BOARD-PHONE-LEAK", "medium", "security", "Public board exposes players' phone numbers",
              "Drop `pl.phone` from the board query.", symbol="GET /board", conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("PONY-MAX-CHUKKAS", "medium", "bug", "Ponies can be ridden for three chukkas, not two",
              "Use `done >= MAX_CHUKKAS_PER_PONY`.", symbol="POST /lines/:ponyId/ride", conf=0.85),
            F("PONY-RIDE-RACE", "medium", "bug", "Chukka count read before `await` and written after it",
              "Two rides of the same pony both see the old count; count in the database (`SELECT count(*) ... FOR UPDATE`) or serialise per pony.",
              symbol="POST /lines/:ponyId/ride", conf=0.75),
            F("PONY-VET-IGNORED", "medium", "bug", "Ride endpoint ignores `vetted_until`",
              "Refuse ponies whose vetting has lapsed (and unknown ponies); `/lines/mine` already filters on it.",
              symbol="POST /lines/:ponyId/ride", conf=0.75),
            F("SCHEDULE-LAST-CHUKKA", "medium", "bug", "Schedule omits the final chukka",
              "Loop `c <= match.chukkas`.", symbol="GET /matches/:id/schedule", conf=0.85),
            F("HANDICAP-NO-LOWER-BOUND", "low", "bug", "Handicap lower bound (-2) not enforced",
              "Check `goals < -2` too.", symbol="POST /handicaps/:playerId", conf=0.8),
            F("HANDICAP-NAN", "low", "bug", "Non-numeric handicap passes validation",
              "Require `Number.isInteger(goals)`; `NaN > 10` is false.", symbol="POST /handicaps/:playerId", conf=0.7),
            F("TEAM-SUM-OVERRUN", "medium", "bug", "Team handicap loop reads one past the end",
              "Use `i < rows.length` (or `reduce`).", symbol="GET /teams/:id/handicap", conf=0.9),
            F("BOARD-STAMPEDE", "low", "performance", "Board cache refresh is not deduplicated",
              "Keep the pending promise in the cache so concurrent requests share one query.",
              d=-2, symbol="GET /board", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("TOKEN-NOT-VERIFIED", "critical", "security", "playerFrom trusts unsigned tokens (decode, not verify)",
              "jwt.verify", d=-2),
            F("TOKEN-MISSING-CRASH", "medium", "bug", "null player when Authorization header missing -> TypeError",
              "401 on null"),
            F("LOGIN-NO-EXPIRY", "low", "security", "jwt.sign without expiresIn", "expiresIn"),
            F("PONY-SORT-SQLI", "high", "security", "SQLi: ?sort= into ORDER BY", "whitelist", d=-2),
            F("PONY-MAX-CHUKKAS", "medium", "bug", "max chukkas check off by one (allows 3)", ">=", d=-1),
            F("PONY-RIDE-RACE", "medium", "bug", "ridden map: lost update across await", "atomic count in db", d=+1),
            F("VET-REPORT-TRAVERSAL", "high", "security", "vet-report: ?file= path traversal", "basename + prefix check", d=-1),
            F("SCHEDULE-MISSING-MATCH", "low", "bug", "schedule: unknown match -> TypeError", "404", d=-2),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "exec with user message (shell)", "execFile", d=-1),
            F("HANDICAP-NAN", "low", "bug", "goals not validated as number", "Number.isInteger", d=-1),
            F("TEAM-SUM-OVERRUN", "medium", "bug", "<= rows.length -> undefined.handicap", "<"),
            F("ENTRY-MEMBERS-SQLI", "high", "security", "SQLi via members[] in IN (...)", "ANY($1)", d=-1),
            F("ENTRY-DELETE-ANY", "high", "security", "DELETE /entries/:id has no authz", "check manager_id", d=-2),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `chukkaboard` service, an Express application for a polo club that
        manages pony lines, match schedules, player handicaps and tournament entries on PostgreSQL.

        ### Security Findings
        """,
        Block([
            F("TOKEN-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`playerFrom` decodes the token payload but never validates it, so any client can claim to be any player or a manager."),
            F("JWT-FALLBACK-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Require the secret from the environment."),
            F("LOGIN-UNSALTED-PIN", "HIGH", "Broken Authentication", "Weak PIN Hashing",
              "Use bcrypt or argon2 with a salt.", sd=-2, n=3),
            F("PONY-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Pony Listing",
              "Validate the sort column.", sd=-2, n=3),
            F("ENTRY-MEMBERS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tournament Entry",
              "Use parameterized arrays.", sd=-2, n=3,
              desc="The `members` array from the request body is concatenated into the query; a member such as `0) OR (1=1` changes the query."),
            F("NOTIFY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Groom Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("VET-REPORT-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Access to Vet Reports",
              "Require a steward or owner token."),
            F("VET-REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Vet Report Download",
              "Validate the `file` parameter.", sd=-1, n=3),
            F("CARD-BIO-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Player Card",
              "Escape the bio field.", sd=-2, n=3),
            F("BOARD-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed on Public Board",
              "Remove the phone column.", sd=-1, n=2),
            F("ENTRY-DELETE-ANY", "HIGH", "Broken Access Control", "Missing Authorization on Entry Deletion",
              "Verify the entry belongs to the manager.", d=-2, sd=-2, n=3),
            F("HANDICAP-ANY-CLUB", "MEDIUM", "Broken Access Control", "Cross-Club Handicap Modification",
              "Restrict updates to the manager's club."),
        ], wrap="list"),
        """
        ### Logic and Reliability Findings
        """,
        Block([
            U({"severity": "LOW", "category": "Best Practice", "description": "Several handlers have no input schema validation; consider zod."}),
            F("PONY-RIDE-RACE", "MEDIUM", "Race Condition", "Race Condition in Chukka Counting",
              "Make the read-and-increment atomic.", d=-2,
              desc="`ridden.get` happens before an `await` and `ridden.set` after it, so two concurrent requests can both read the same count."),
            F("PONY-VET-IGNORED", "MEDIUM", "Logic Error", "Vetting Expiry Not Enforced",
              "Check `vetted_until` before recording the ride."),
            F("SCHEDULE-LAST-CHUKKA", "MEDIUM", "Logic Error", "Off-by-One Error in Chukka Schedule",
              "Use `<=` in the loop condition.", d=+1, sd=-1, n=3),
            F("HANDICAP-NO-LOWER-BOUND", "LOW", "Logic Error", "Handicap Range Not Fully Validated",
              "Enforce the -2 minimum."),
            F("TEAM-SUM-OVERRUN", "MEDIUM", "Logic Error", "Array Index Out of Bounds in Team Handicap",
              "Use `<` instead of `<=`.", d=-1, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("TOKEN-NOT-VERIFIED", "high", "security", "jwt.decode instead of jwt.verify", "verify it"),
            F("PONY-SORT-SQLI", "high", "security", "sort param injected into sql", "allow-list"),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "shell injection in notify-grooms", "execFile"),
            F("VET-REPORT-TRAVERSAL", "high", "security", "../ in ?file= reads any file", "check path"),
            F("CARD-BIO-XSS", "medium", "security", "bio not escaped on the card", "escapeHtml(p.bio)"),
            F("BOARD-PHONE-LEAK", "medium", "", "board shows phone numbers", "drop the column"),
            F("PONY-MAX-CHUKKAS", "medium", "bug", "pony gets 3 chukkas", ">="),
            F("SCHEDULE-MISSING-MATCH", "low", "bug", "schedule crashes on missing match", "404"),
            F("SCHEDULE-LAST-CHUKKA", "low", "bug", "last chukka missing from schedule", "<="),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: tokens are not verified, have no expiry and use a fallback secret; PINs are weakly hashed.
        2. Injection: SQL (pony sort, tournament members) and OS command (groom notification).
        3. Access control: vet reports, handicaps across clubs, entry deletion.
        4. Logic: chukka limits, schedule, handicap validation, team totals.
        5. Concurrency: in-memory counters and the board cache.
        """,
        Block([
            F("TOKEN-NOT-VERIFIED", "blocker", "security", "JWT tokens are decoded without signature verification",
              "Use jwt.verify with the secret.", conf=0.95),
            F("JWT-FALLBACK-SECRET", "major", "security", "Default JWT secret in source code",
              "Fail startup when JWT_SECRET is missing.", conf=0.85),
            F("LOGIN-UNSALTED-PIN", "major", "security", "Unsalted SHA-256 used for PIN storage",
              "Use a password hashing function.", conf=0.8),
            F("LOGIN-NO-EXPIRY", "minor", "security", "Issued JWT has no expiration",
              "Set expiresIn.", d=-3, conf=0.7),
            F("PONY-SORT-SQLI", "blocker", "security", "SQL injection via sort parameter in pony list",
              "Use an allow-list.", conf=0.9),
            F("PONY-MAX-CHUKKAS", "major", "correctness", "Chukka limit check allows one extra chukka",
              "Use >= in the comparison.", conf=0.85),
            F("PONY-RIDE-RACE", "major", "concurrency", "Race condition updating the ridden map across await",
              "Persist the count atomically.", d=+1, conf=0.75),
            F("VET-REPORT-NO-AUTH", "major", "security", "Vet report endpoint lacks authentication",
              "Add authentication middleware.", conf=0.8),
            F("VET-REPORT-TRAVERSAL", "blocker", "security", "Path traversal in vet report file parameter",
              "Normalize and validate the path.", conf=0.9),
            F("SCHEDULE-LAST-CHUKKA", "major", "correctness", "Off-by-one: final chukka missing from schedule",
              "Iterate while c <= chukkas.", conf=0.85),
            F("NOTIFY-SHELL-INJECTION", "blocker", "security", "OS command injection in notify-grooms",
              "Use execFile.", conf=0.9),
            F("HANDICAP-NO-LOWER-BOUND", "minor", "correctness", "Handicap minimum not validated",
              "Check goals >= -2.", conf=0.75),
            F("HANDICAP-ANY-CLUB", "major", "security", "Manager can modify handicaps of other clubs' players",
              "Scope the update to the manager's club.", conf=0.8),
            F("TEAM-SUM-OVERRUN", "major", "correctness", "Loop bound error in team handicap sum",
              "Use i < rows.length.", d=-1, conf=0.85),
            F("CARD-BIO-XSS", "major", "security", "Cross-site scripting via player bio",
              "Escape bio.", conf=0.85),
            F("ENTRY-MEMBERS-SQLI", "blocker", "security", "SQL injection in tournament entry member list",
              "Use parameter arrays.", conf=0.9),
            F("ENTRY-LIMIT-FROM-QUERY", "major", "security", "Handicap limit controlled by client query parameter",
              "Load the limit from the tournament.", conf=0.8),
            F("ENTRY-DELETE-ANY", "major", "security", "Missing authorization on entry deletion",
              "Check the entry's manager.", conf=0.85),
            F("BOARD-STAMPEDE", "minor", "concurrency", "Board cache refresh races under concurrent requests",
              "Deduplicate refreshes with a shared promise.", d=+3, conf=0.6),
        ], wrap="object+summary", summary="19 issues: 6 blocker, 10 major, 3 minor"),
    ]),
}
