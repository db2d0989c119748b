"""test58/ts-tandemboard: a language exchange meetup pairing board (TypeScript, Express 4 + pg + jsonwebtoken).
Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test58: seeded problems in a language exchange meetup pairing board (members, meetups, "
    "table pairing, intros, feedback); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "tandem-dev-secret";', "security",
                             "JWT signing secret falls back to a constant in the source when JWT_SECRET is unset"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");', "security",
                      "any Origin is reflected together with Allow-Credentials: true"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token)", "security",
                          "currentMember uses jwt.decode, which does not check the signature: anyone can mint a token for any member",
                          "signature-vs-statement"),
    "SELF-PAIR": P(S, "for (let j = i; j < members.length; j++) {", "bug",
                   "inner loop starts at i, not i + 1: a member who lists the language they learn among those they speak is paired with themselves",
                   "off-by-one"),
    "TABLE-ZERO": P(S, "pairs.push({ table: pairs.length % tables, a, b });", "bug",
                    "tables are numbered from 1 but the first pair goes to table 0 (and the last table is never used)",
                    "off-by-one"),
    "TOKEN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign(", "security",
                         "login tokens are signed without expiresIn: a leaked token is valid forever"),
    "CAPACITY-OFF-BY-ONE": P(S, "if (taken.rows[0].n > meetup.rows[0].capacity)", "bug",
                             "n > capacity lets one more member sign up when the meetup is exactly full (should be >=)",
                             "off-by-one"),
    "CAPACITY-RACE": P(S, "if (taken.rows[0].n > meetup.rows[0].capacity)", "bug",
                       "count, check and insert are separate queries without a transaction or lock: concurrent sign-ups overfill the meetup",
                       "critical-section"),
    "LEVEL-NOT-VALIDATED": P(S, "const { speaks, learns, level } = req.body;", "bug",
                             "speaks/learns/level stored as sent: no check of types or of the CEFR level list"),
    "DUPLICATE-SIGNUP": P(S, '"INSERT INTO signups (meetup_id', "bug",
                          "nothing stops a member signing up twice for the same meetup (and taking two seats)"),
    "CANCEL-NOT-OWNER": P(S, 'await pool.query("DELETE FROM signups WHERE id = $1"', "security",
                          "any signed-in member can cancel anyone's sign-up: the DELETE is not scoped to the caller",
                          "signature-vs-statement"),
    "PAIRS-CACHE-RACE": P(S, "const members = await loadSignups(meetupId);", "bug",
                          "check-then-await-then-set on pairingCache: concurrent requests compute the pairing twice and the later overwrites",
                          "critical-section"),
    "PAIRS-CACHE-STALE": P(S, "pairingCache.set(meetupId, pairs);", "bug",
                           "the pairing is cached forever: sign-ups and cancellations after the first view never change it"),
    "PAIRS-EMAIL-LEAK": P(S, "res.json(pairs);", "security",
                          "the public, unauthenticated pairs board returns every member's email address"),
    "SQLI-LANG": P(S, "WHERE '${lang}' = ANY(speaks)", "security",
                   "lang query parameter interpolated into the SQL text", "source-vs-sink"),
    "SQLI-LEVEL": P(S, "WHERE '${lang}' = ANY(speaks)", "security",
                    "level query parameter interpolated into the SQL text"),
    "CARD-XSS-BIO": P(S, "<p>${m.bio}</p>", "security", "member bio inserted into the card HTML unescaped"),
    "CARD-XSS-SPEAKS": P(S, "<p>${m.bio}</p>", "security",
                         "spoken languages joined into the card HTML unescaped (esc is applied to name and learns only)"),
    "INTRO-ANY-EMAIL": P(S, 'const partnerEmail = String(req.body.email ?? "");', "security",
                         "intro mail goes to any address the caller names, not the partner's: the board is a mail relay"),
    "INTRO-SHELL": P(S, 'exec(`echo "${note}" | mail', "security",
                     "note, email and the token's name go into a shell command line", "source-vs-sink"),
    "FEEDBACK-NAN": P(S, "average: (total / rows.length).toFixed(1)", "bug",
                      "no feedback yet: 0 / 0 gives the string \"NaN\" as the average"),
    "FEEDBACK-STARS-RANGE": P(S, "const stars = Number(req.body.stars);", "bug",
                              "stars not checked to be an integer 1-5 (NaN, 0 or 100 stored)"),
    "FEEDBACK-REPEAT": P(S, '"INSERT INTO feedback (meetup_id, member_id, stars) VALUES', "bug",
                         "a member can rate the same meetup any number of times and skew the average"),
    "ROSTER-SLICE": P(S, "rows.slice(start, start + PAGE - 1)", "bug",
                      "slice end is exclusive: start + PAGE - 1 drops the last row of every roster page", "off-by-one"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                     "error handler returns the message and stack trace to the client"),
}

CONFUSABLE = [
    ("CAPACITY-OFF-BY-ONE", "CAPACITY-RACE"),
    ("CAPACITY-OFF-BY-ONE", "LEVEL-NOT-VALIDATED"),
    ("CAPACITY-RACE", "DUPLICATE-SIGNUP"),
    ("LEVEL-NOT-VALIDATED", "DUPLICATE-SIGNUP"),
    ("SELF-PAIR", "TABLE-ZERO"),
    ("PAIRS-CACHE-RACE", "PAIRS-CACHE-STALE"),
    ("PAIRS-CACHE-STALE", "PAIRS-EMAIL-LEAK"),
    ("SQLI-LANG", "SQLI-LEVEL"),
    ("CARD-XSS-BIO", "CARD-XSS-SPEAKS"),
    ("INTRO-ANY-EMAIL", "INTRO-SHELL"),
    ("FEEDBACK-STARS-RANGE", "FEEDBACK-REPEAT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 app for a language-exchange meetup board. The organiser middleware is
        done right (`organiserOnly` fails closed on an empty key and checks the length before
        `crypto.timingSafeEqual`), and `esc()` is used for the name on the member card. The member side is
        the problem:

        1. Member identity is not authenticated at all: `currentMember` decodes the JWT without verifying it.
        2. Two injection sinks (SQL in `/members/search`, shell in `/pairs/intro`) and stored XSS on the card.
        3. The sign-up capacity check is both off by one and racy.
        4. The pairing algorithm and its cache have correctness problems.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`currentMember` trusts unsigned JWTs (`jwt.decode`)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat failures as anonymous.",
              symbol="currentMember", conf=0.95),
            F("JWT-SECRET-FALLBACK", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", conf=0.85),
            F("SQLI-LANG", "critical", "security", "SQL injection via `lang` in `/members/search`",
              "Pass `lang` and `level` as `$1`/`$2` parameters.", symbol="GET /members/search", conf=0.95),
            F("SQLI-LEVEL", "high", "security", "`level` is also interpolated into the search SQL",
              "Bind it and validate it against the CEFR list (A1-C2).", symbol="GET /members/search", conf=0.85),
            F("INTRO-SHELL", "critical", "security", "Shell command injection in `/pairs/intro`",
              "Use `execFile(\"mail\", [\"-s\", subject, to])` and write the note to stdin; never build a shell string.",
              symbol="POST /pairs/intro", conf=0.95),
            F("CARD-XSS-BIO", "high", "security", "Stored XSS through the member bio on `/members/:id/card`",
              "Escape `m.bio` with `esc()`.", symbol="GET /members/:id/card", conf=0.9),
            F("CANCEL-NOT-OWNER", "high", "security", "Any member can cancel any sign-up",
              "Add `AND member_id = $2` with `me.id` and return 404 when no row is deleted.",
              symbol="DELETE /signups/:id", conf=0.85),
            F("CORS-REFLECT", "medium", "security", "CORS reflects any origin with credentials",
              "Allow-list the board's own origins.", n=2, conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check admits one member too many",
              "Use `>=`: when `n === capacity` the meetup is already full.",
              symbol="POST /meetups/:id/signups", conf=0.85),
            F("CAPACITY-RACE", "medium", "bug", "Sign-up capacity check is not atomic",
              "Do the count and the insert in one transaction with `SELECT ... FOR UPDATE` on the meetup row, or an `INSERT ... SELECT ... WHERE count < capacity`.",
              d=-1, n=2, symbol="POST /meetups/:id/signups", conf=0.75),
            F("SELF-PAIR", "medium", "bug", "`pairUp` can pair a member with themselves",
              "Start the inner loop at `j = i + 1`.", symbol="pairUp", conf=0.8),
            F("TABLE-ZERO", "low", "bug", "First pair is sent to table 0",
              "Use `(pairs.length % tables) + 1`.", symbol="pairUp", conf=0.8),
            F("PAIRS-CACHE-STALE", "medium", "bug", "Pairing cache is never invalidated",
              "Delete `pairingCache` entries on sign-up and cancellation.", symbol="GET /meetups/:id/pairs", conf=0.8),
            F("PAIRS-EMAIL-LEAK", "medium", "security", "Public pairs board exposes members' email addresses",
              "Return only names and tables; require a signed-in member.", symbol="GET /meetups/:id/pairs", conf=0.75),
            F("ROSTER-SLICE", "low", "bug", "Roster pages return 19 rows instead of 20",
              "`rows.slice(start, start + PAGE)`; the end index is exclusive.", symbol="GET /meetups/:id/roster", conf=0.85),
            F("FEEDBACK-NAN", "low", "bug", "Average rating is \"NaN\" when there is no feedback",
              "Return `null` when `rows.length === 0`.", symbol="GET /meetups/:id/feedback", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "JWT never verified (jwt.decode)", "jwt.verify w/ secret + alg", d=-3),
            F("SQLI-LANG", "critical", "security", "SQLi: lang/level from query string in SQL text", "params", d=-3),
            F("INTRO-SHELL", "critical", "security", "command injection in /pairs/intro", "execFile, no shell", d=-2),
            F("CANCEL-NOT-OWNER", "high", "security", "DELETE /signups/:id not scoped to caller", "member_id = me.id", d=-3),
            F("CAPACITY-RACE", "medium", "bug", "signup count/insert race -> overbooking", "tx + row lock", d=-1),
            F("DUPLICATE-SIGNUP", "medium", "bug", "same member can sign up twice", "unique (meetup_id, member_id)"),
            F("PAIRS-CACHE-RACE", "low", "performance", "pairs cache stampede: concurrent misses recompute", "cache the promise", d=-2),
            F("SELF-PAIR", "medium", "bug", "j starts at i -> self pairing", "j = i + 1"),
            F("ROSTER-SLICE", "low", "bug", "roster slice drops one row", "start + PAGE", d=-1),
            F("ERROR-STACK", "medium", "security", "stack traces returned to clients", "log, return generic 500"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Tandem Board server. It is an Express application that lets members
        sign up for language-exchange meetups and pairs them by language. Below are my findings, grouped by
        area.

        ### Authentication and Access Control
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. Any client can craft a token with an arbitrary `sub` and impersonate any member."),
            F("TOKEN-NO-EXPIRY", "MEDIUM", "Broken Authentication", "Tokens Never Expire",
              "Add `expiresIn` to `jwt.sign`.", sd=-2, n=3),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Sign-up Cancellation",
              "Check that the sign-up belongs to the caller.", sd=-2, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Use an explicit list of allowed origins.", d=1, sd=-1, n=3),
        ], wrap="list"),
        """
        ### Injection

        The search and intro endpoints build SQL and shell commands from request values, and the member card
        renders user content without escaping.
        """,
        Block([
            F("SQLI-LANG", "CRITICAL", "SQL Injection", "SQL Injection in Member Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("INTRO-SHELL", "CRITICAL", "Command Injection", "Command Injection in Intro Mail",
              "Use `execFile` or a mail library.", sd=-2, n=3,
              desc="`note`, `partnerEmail` and `me.name` are interpolated into a shell string passed to `exec`."),
            F("INTRO-ANY-EMAIL", "MEDIUM", "Abuse", "Intro Endpoint Can Email Arbitrary Addresses",
              "Look up the partner's email from the pairing instead of accepting it from the body.", d=0, sd=-2, n=3),
            F("CARD-XSS-SPEAKS", "HIGH", "Cross-Site Scripting", "Stored XSS in Member Card (Languages)",
              "Escape each language with `esc()`.", sd=-2, n=3,
              desc="`m.speaks.join(\", \")` is inserted into HTML without escaping, while the name and learned language are escaped."),
            U({"severity": "LOW", "category": "Style", "description": "Consider moving route handlers into separate modules."}),
        ], wrap="list"),
        """
        ### Logic and Reliability
        """,
        Block([
            F("CAPACITY-OFF-BY-ONE", "MEDIUM", "Logic Error", "Meetup Capacity Can Be Exceeded by One",
              "Use `>=` in the capacity comparison.", d=-1, sd=-3, n=3),
            F("PAIRS-CACHE-RACE", "MEDIUM", "Race Condition", "Race Condition in Pairing Cache Population",
              "Store the pending promise in the cache before awaiting.", d=1, sd=-1, n=3),
            F("TABLE-ZERO", "LOW", "Logic Error", "Table Numbering Starts at Zero",
              "Add one to the table index.", d=-1, sd=-3, n=3),
            F("FEEDBACK-STARS-RANGE", "LOW", "Input Validation", "Star Rating Is Not Range-Checked",
              "Accept only integers from 1 to 5.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "jwt.decode does not verify", "jwt.verify"),
            F("SQLI-LANG", "critical", "security", "sql injection in member search", "use $1 params"),
            F("CARD-XSS-BIO", "high", "", "xss in card bio", "esc(m.bio)"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CAPACITY-RACE", "medium", "bug", "signup can overfill meetup under concurrent requests", "transaction", d=3),
            F("FEEDBACK-REPEAT", "low", "bug", "feedback can be posted many times per member", "unique constraint"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: tokens are decoded, not verified, and never expire.
        2. Injection: SQL in member search, shell in intro mail, XSS in the member card.
        3. Concurrency: sign-up capacity and the pairing cache.
        4. Correctness: off-by-one errors in pairing and paging.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Authentication bypass: JWT signature is not validated",
              "Use jwt.verify.", conf=0.9),
            F("JWT-SECRET-FALLBACK", "major", "security", "Default JWT secret in source code",
              "Require JWT_SECRET.", conf=0.8),
            F("SQLI-LEVEL", "blocker", "security", "SQL injection through the level filter",
              "Use bound parameters.", conf=0.85),
            F("INTRO-SHELL", "blocker", "security", "Shell injection in intro email", "Avoid exec.", conf=0.9),
            F("CARD-XSS-BIO", "major", "security", "Unescaped bio in member card HTML", "Escape the bio.", conf=0.8),
            F("CAPACITY-RACE", "major", "concurrency", "Race condition in meetup sign-up capacity check",
              "Use a transaction with locking.", conf=0.75),
            F("LEVEL-NOT-VALIDATED", "minor", "correctness", "Sign-up body is not validated",
              "Validate speaks, learns and level.", conf=0.6),
            F("PAIRS-CACHE-STALE", "major", "correctness", "Stale pairing cache after sign-up changes",
              "Invalidate the cache on sign-up and cancel.", anchor="const members = await loadSignups(meetupId);",
              conf=0.7),
            F("SELF-PAIR", "major", "correctness", "Off-by-one in pairing loop allows self-pairing",
              "Start j at i + 1.", d=1, conf=0.7),
            F("ROSTER-SLICE", "minor", "correctness", "Off-by-one in roster paging", "Use start + PAGE.", conf=0.8),
            F("FEEDBACK-NAN", "minor", "reliability", "Division by zero in feedback average", "Guard empty feedback.", conf=0.6),
            F("ERROR-STACK", "minor", "security", "Stack trace disclosure in error handler", "Hide the stack.", conf=0.7),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 5 major, 4 minor"),
    ]),
}
