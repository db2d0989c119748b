"""test87/ts-quiltguild: a quilting guild's fabric swap and long-arm frame-room bookings (TypeScript, Express + pg).

Frozen test split test87 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code,
its scores, or any other split's answers or specs (only tune2__py_snapctl.py, for the format). Labels next to
each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test87: seeded problems in a quilting guild's fabric swap and frame-room booking "
    "service; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.GUILD_JWT_SECRET || "quilt-guild-dev-secret";', "security",
                            "hard-coded fallback JWT secret: tokens can be forged when the env var is unset"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", origin);', "security",
                      "any Origin reflected with Allow-Credentials: true"),
    "FABRIC-SQLI": P(S, "colour ILIKE '%${colour}%' ORDER BY ${sort}", "security",
                     "colour query value interpolated into the SQL text", "source-vs-sink"),
    "FABRIC-UNBOUNDED": P(S, "colour ILIKE '%${colour}%' ORDER BY ${sort}", "performance",
                          "public fabric list has no LIMIT/paging: every open fabric on each request"),
    "YARDS-UNCHECKED": P(S, 'if (!title || typeof yards !== "number")', "bug",
                         "yards only checked to be a number: negative, NaN, Infinity or absurd amounts accepted"),
    "CREDIT-ROUND-UP": P(S, "const earned = Math.ceil(yards);", "bug",
                         "credits rounded up: posting 0.01 yards earns a whole swap credit"),
    "WITHDRAW-KEEPS-CREDITS": P(S, "\"UPDATE fabrics SET status = 'withdrawn'", "bug",
                                "withdrawing a fabric keeps the credits it earned (post, withdraw, repeat); extra, one agent"),
    "CLAIM-RACE": P(S, 'if (!fabric || fabric.status !== "open")', "bug",
                    "status read, checked, then UPDATE without a status condition or transaction: two members "
                    "claim the same fabric", "critical-section"),
    "CREDIT-RACE": P(S, "if (credits < fabric.yards)", "bug",
                     "credit balance read before the await and written after it: concurrent claims spend the same "
                     "credits (lost update)", "critical-section"),
    "GIFT-NEGATIVE": P(S, "if (amount > mine)", "security",
                       "negative (or NaN) amount passes the check: a member takes credits from any other member"),
    "GIFT-RECIPIENT-UNCHECKED": P(S, "swapCredits.set(to, (swapCredits.get(to) ?? 0) + amount);", "bug",
                                  "recipient never checked: credits sent to a nonexistent member (or NaN key) vanish"),
    "BOOKING-DAY-UNCHECKED": P(S, "const { day, startHour, hours } = req.body;", "bug",
                               "day not validated: bookings in the past or for malformed days accepted"),
    "HOURS-CLOSE-OBO": P(S, "start + len > CLOSE_HOUR + 1", "bug",
                         "closing check allows a booking to run an hour past CLOSE_HOUR", "off-by-one"),
    "HOURS-MAX-OBO": P(S, "len > MAX_BOOKING_HOURS + 1", "bug",
                       "length check allows 5 hours when the maximum is 4", "off-by-one"),
    "BOOKING-RACE": P(S, "if (clash.rowCount)", "bug",
                      "clash check then insert without a lock or constraint: two members book the same hours",
                      "critical-section"),
    "BOOKING-DELETE-IDOR": P(S, '"DELETE FROM frame_bookings WHERE id = $1"', "security",
                             "any member deletes any member's frame booking", "signature-vs-statement"),
    "DAYVIEW-SLICE-OBO": P(S, "const last = page * perPage - 1;", "bug",
                           "slice end is exclusive: the tenth booking of every page is never shown", "off-by-one"),
    "DAYVIEW-IN-MEMORY": P(S, "res.json({ page, bookings: rows.slice(first, last) });", "performance",
                           "the whole day is fetched and paged in memory instead of LIMIT/OFFSET"),
    "MEMBER-PII-IDOR": P(S, '"SELECT id, name, email, phone, address FROM members WHERE id = $1"', "security",
                         "any member reads any member's email, phone and address", "signature-vs-statement"),
    "PATTERN-TRAVERSAL": P(S, "res.sendFile(file);", "security",
                           "file query value joined to PATTERN_DIR: files outside it are served", "source-vs-sink"),
    "SHOWCASE-XSS-STORY": P(S, "made by ${q.name}</p><div>${q.story}</div>", "security",
                            "quilt story rendered into HTML unescaped (stored XSS)"),
    "SHOWCASE-XSS-NAME": P(S, "made by ${q.name}</p><div>${q.story}</div>", "security",
                           "maker's name rendered into HTML unescaped (title is escaped, name is not)"),
    "EXPORT-SHELL": P(S, 'exec(`psql "$DATABASE_URL"', "security",
                      "month from the body interpolated into a shell command (and the SQL inside it)", "source-vs-sink"),
    "EXPORT-ERROR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message });", "security",
                           "exec error message (the whole command line, psql output) returned to the caller"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                     "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("FABRIC-SQLI", "FABRIC-UNBOUNDED"),
    ("YARDS-UNCHECKED", "CREDIT-ROUND-UP"),
    ("CLAIM-RACE", "CREDIT-RACE"),
    ("GIFT-NEGATIVE", "GIFT-RECIPIENT-UNCHECKED"),
    ("BOOKING-DAY-UNCHECKED", "HOURS-CLOSE-OBO"),
    ("HOURS-CLOSE-OBO", "HOURS-MAX-OBO"),
    ("DAYVIEW-SLICE-OBO", "DAYVIEW-IN-MEMORY"),
    ("SHOWCASE-XSS-STORY", "SHOWCASE-XSS-NAME"),
    ("EXPORT-SHELL", "EXPORT-ERROR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express app for the guild's fabric swap (credits for posted fabric) and
        the long-arm frame bookings. The most serious problems, in order:

        1. Injection: the public fabric list builds SQL from `colour`, the committee export builds a shell
           command from `month`, and `/patterns` serves any file via `?file=`.
        2. Access control: any signed-in member can delete any frame booking and read any member's contact
           details; the JWT secret has a hard-coded fallback.
        3. The swap-credit economy can be gamed: negative gifts, rounding up, credits kept on withdrawal,
           and a read-modify-write across an `await` in `/claim`.
        4. Booking limits are off by one in two places, and the committee day view drops a row per page.
        5. Stored XSS on the public showcase page; stack traces in error responses.

        Not flagged on purpose: `committeeOnly` fails closed and checks the length before
        `timingSafeEqual`; `memberAuth` pins `HS256`; `sort` in `/fabrics` is a whitelist; the clash query's
        interval test is correct; withdrawal and `/frame/mine` are scoped to the member; `esc` is applied to
        the quilt title; both body parsers have a size limit.
        """,
        Block([
            F("FABRIC-SQLI", "critical", "security", "SQL injection via `colour` in GET /fabrics",
              "Use a placeholder: `colour ILIKE $1` with `[`%${colour}%`]`; this endpoint needs no login.",
              symbol="GET /fabrics", conf=0.95),
            F("EXPORT-SHELL", "critical", "security", "Command injection in the committee CSV export",
              "Validate `month` against `/^\\d{4}-\\d{2}$/` and run `psql` via `execFile` with a parameterised query.",
              symbol="POST /committee/export", conf=0.9),
            F("PATTERN-TRAVERSAL", "high", "security", "`/patterns?file=` can read files outside `PATTERN_DIR`",
              "Use `res.sendFile(name, { root: PATTERN_DIR })` (which rejects `..`) or check the resolved path.",
              symbol="GET /patterns", conf=0.9),
            F("BOOKING-DELETE-IDOR", "high", "security", "Any member can cancel anyone's frame booking",
              "`DELETE ... WHERE id = $1 AND member_id = $2` and return 404 when nothing was deleted.",
              symbol="DELETE /frame/bookings/:id", conf=0.9),
            F("MEMBER-PII-IDOR", "high", "security", "Member contact details readable by every member",
              "Return only the name to other members; email, phone and address only to the member themself or the committee.",
              symbol="GET /members/:id", conf=0.85),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `GUILD_JWT_SECRET`; with the fallback anyone can mint member tokens.",
              conf=0.85),
            F("SHOWCASE-XSS-STORY", "high", "security", "Stored XSS through the quilt story on /showcase",
              "Escape `q.story` (and allow at most a safe subset of markup if formatting is wanted).",
              symbol="GET /showcase/:id", conf=0.85),
            F("SHOWCASE-XSS-NAME", "medium", "security", "Maker name is not escaped on /showcase",
              "Wrap `q.name` in `esc()` as is done for the title.", symbol="GET /showcase/:id", conf=0.8),
            F("ERROR-STACK", "medium", "security", "Error handler returns stack traces",
              "Log the error and return a generic message.", conf=0.8),
        ]),
        "Swap credits and bookings:",
        Block([
            F("GIFT-NEGATIVE", "high", "security", "Negative gift amount steals credits",
              "Require `Number.isInteger(amount) && amount > 0`; today `amount = -50` passes `amount > mine` and moves 50 credits from `to` to the sender.",
              symbol="POST /credits/gift", conf=0.9),
            F("YARDS-UNCHECKED", "medium", "bug", "Posted yardage is not range-checked",
              "Require a finite number between e.g. 0.25 and 20; `NaN` and negative values pass `typeof`.",
              symbol="POST /fabrics", conf=0.8),
            F("CREDIT-ROUND-UP", "medium", "bug", "Credits are rounded up per posting",
              "Use `Math.floor` (or credit quarter yards exactly); 0.01 yd earns a full credit now.",
              symbol="POST /fabrics", conf=0.75),
            F("WITHDRAW-KEEPS-CREDITS", "medium", "bug", "Withdrawing a fabric does not take back its credits",
              "Subtract the credits earned for that fabric when it is withdrawn, or only credit a fabric once it is claimed.",
              symbol="DELETE /fabrics/:id", conf=0.7),
            F("CLAIM-RACE", "high", "bug", "Two members can claim the same fabric",
              "Make the update conditional (`WHERE id = $2 AND status = 'open'`) and check `rowCount`.",
              symbol="POST /fabrics/:id/claim", conf=0.85),
            F("CREDIT-RACE", "medium", "bug", "Credit balance is read before an `await` and written after it",
              "Re-read and update the balance after the UPDATE resolves, or keep credits in the database and update them atomically.",
              d=+2, symbol="POST /fabrics/:id/claim", conf=0.75),
            F("HOURS-CLOSE-OBO", "medium", "bug", "Bookings may run one hour past closing",
              "`start + len > CLOSE_HOUR`.", symbol="POST /frame/bookings", conf=0.8),
            F("HOURS-MAX-OBO", "medium", "bug", "Maximum booking length is 5 hours instead of 4",
              "`len > MAX_BOOKING_HOURS`.", symbol="POST /frame/bookings", conf=0.8),
            F("DAYVIEW-SLICE-OBO", "low", "bug", "Committee day view drops the last booking of each page",
              "`slice(first, first + perPage)`; `slice` already excludes its end.", symbol="GET /frame/day/:day", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("FABRIC-SQLI", "high", "security", "SQL injection: req.query.colour concatenated into fabrics query",
              "Parameterise.", d=-3),
            F("EXPORT-SHELL", "high", "security", "exec() with month from the request body",
              "execFile + validate YYYY-MM.", d=-2),
            F("PATTERN-TRAVERSAL", "high", "security", "Path traversal in /patterns", "sendFile with root option.", d=-2),
            F("BOOKING-DELETE-IDOR", "high", "security", "DELETE /frame/bookings/:id does not check member_id",
              "Scope the delete.", d=-1),
            F("MEMBER-PII-IDOR", "medium", "security", "/members/:id returns email/phone/address for any id",
              "Restrict fields.", d=-1),
            F("GIFT-NEGATIVE", "high", "bug", "Negative amount in /credits/gift", "amount > 0 integer.", d=-2),
            F("YARDS-UNCHECKED", "medium", "bug", "yards accepts NaN/negative", "Validate range."),
            F("CLAIM-RACE", "high", "bug", "Claim UPDATE is unconditional (double claim)",
              "AND status = 'open'; check rowCount.", d=+3),
            F("BOOKING-RACE", "medium", "bug", "Check-then-insert booking race",
              "Exclusion constraint on (day, hours range).", d=+2),
            F("HOURS-CLOSE-OBO", "low", "bug", "CLOSE_HOUR + 1 allows overrun", "Drop the + 1.", d=-1),
            F("DAYVIEW-SLICE-OBO", "low", "bug", "slice end off by one", "first + perPage.", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `quiltguild` Express application. It provides a fabric-swap
        marketplace driven by in-memory swap credits and a booking system for the guild's long-arm
        quilting frame.

        ### Key Observations

        *   Several endpoints pass request data directly into SQL, shell commands and file paths.
        *   Authorization checks are missing on several resources that belong to a specific member.
        *   The credit system relies on in-memory state that is modified across asynchronous boundaries.

        ### Security Vulnerabilities
        """,
        Block([
            F("FABRIC-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Fabric Search",
              "Use parameterized queries with `pool.query(text, values)`.", d=-1, sd=-3, n=3,
              desc="The `colour` query parameter is embedded into the SQL string with a template literal. An unauthenticated attacker can read or modify the entire database."),
            F("EXPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Committee Export",
              "Avoid `exec` with interpolated strings; use `execFile` and validate `month`.", sd=-2, n=3),
            F("PATTERN-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Pattern Download",
              "Validate the resolved path is within `PATTERN_DIR`.", d=-1),
            F("BOOKING-DELETE-IDOR", "HIGH", "Broken Access Control", "Missing Ownership Check on Booking Deletion",
              "Include the member id in the DELETE statement."),
            F("MEMBER-PII-IDOR", "HIGH", "Information Disclosure", "Exposure of Member Personal Data",
              "Limit the returned columns and check the requester."),
            F("SHOWCASE-XSS-STORY", "HIGH", "Cross-Site Scripting", "Stored XSS in Quilt Showcase",
              "Escape all user-provided content before rendering.",
              desc="`q.story` is inserted into the HTML response without escaping."),
            F("SHOWCASE-XSS-NAME", "MEDIUM", "Cross-Site Scripting", "Unescaped Maker Name in Showcase",
              "Apply `esc()` to `q.name`."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Remove the default value."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy Reflecting Any Origin",
              "Use an allowlist of trusted origins."),
            F("EXPORT-ERROR-LEAK", "LOW", "Information Disclosure", "Error Messages Leak Command Details",
              "Return a generic error message."),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            F("GIFT-NEGATIVE", "HIGH", "Business Logic", "Negative Credit Transfers Allowed",
              "Validate that `amount` is a positive integer.", sd=-2, n=3),
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition in Fabric Claim",
              "Perform the check and the update atomically in the database.", d=-2,
              desc="Between the SELECT and the UPDATE another request can claim the same fabric; both members are charged and both see success."),
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting the routes into separate modules for fabrics, credits and bookings."}),
            F("BOOKING-DAY-UNCHECKED", "MEDIUM", "Input Validation", "Booking Date Is Not Validated",
              "Parse `day` as a date and reject past or malformed values."),
            F("HOURS-CLOSE-OBO", "MEDIUM", "Logic Error", "Off-By-One in Closing Hour Check",
              "Compare against `CLOSE_HOUR` directly.", sd=-2, n=3),
            F("BOOKING-RACE", "MEDIUM", "Race Condition", "Double Booking Possible Under Concurrency",
              "Use a transaction with `SELECT ... FOR UPDATE` or an exclusion constraint.", d=-3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("FABRIC-SQLI", "error", "security", "sql injection in /fabrics colour filter", "use $1"),
            F("EXPORT-SHELL", "error", "security", "shell injection in export", "execFile"),
            F("PATTERN-TRAVERSAL", "error", "security", "path traversal /patterns", "root option"),
            F("BOOKING-DELETE-IDOR", "warning", "security", "delete booking without owner check", "add member_id"),
            F("GIFT-NEGATIVE", "warning", "", "negative gift amount", "amount > 0"),
            F("SHOWCASE-XSS-STORY", "warning", "security", "xss in showcase story", "esc()"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CORS-REFLECT", "warning", "security", "cors reflects origin with credentials", "allowlist", d=+1),
            F("CREDIT-RACE", "warning", "bug", "credits read before await, written after", "atomic update"),
            F("HOURS-MAX-OBO", "warning", "bug", "max hours check off by one", "drop + 1"),
            F("DAYVIEW-IN-MEMORY", "info", "performance", "day view pages in memory", "LIMIT/OFFSET in sql"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. SQL and command injection (fabric search, committee export).
        2. Broken access control on bookings and member data.
        3. Credit system abuse: validation, rounding and transfers.
        4. Concurrency in fabric claims.
        5. Booking boundary checks and paging.
        6. XSS and information disclosure.
        """,
        Block([
            F("FABRIC-SQLI", "blocker", "security", "SQL injection in fabric listing",
              "Use bound parameters.", conf=0.9),
            F("FABRIC-UNBOUNDED", "minor", "performance", "Fabric listing is unpaginated",
              "Add LIMIT and paging.", conf=0.6),
            F("EXPORT-SHELL", "blocker", "security", "OS command injection in export endpoint",
              "Validate month and avoid the shell.", d=-2, conf=0.9),
            F("EXPORT-ERROR-LEAK", "minor", "security", "Raw error message returned from export",
              "Return a generic message.", conf=0.6),
            F("PATTERN-TRAVERSAL", "major", "security", "Path traversal in pattern download",
              "Normalise and check the path.", conf=0.85),
            F("BOOKING-DELETE-IDOR", "major", "security", "Booking deletion lacks authorization",
              "Check the booking owner.", conf=0.85),
            F("MEMBER-PII-IDOR", "major", "security", "Member profile exposes PII to all members",
              "Restrict access.", d=-1, conf=0.8),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret in code",
              "Require the environment variable.", conf=0.8),
            F("YARDS-UNCHECKED", "major", "correctness", "Yardage not validated",
              "Validate a positive finite number.", conf=0.8),
            F("CREDIT-ROUND-UP", "minor", "correctness", "Credit calculation rounds up small postings",
              "Use floor.", d=-1, conf=0.6),
            F("GIFT-NEGATIVE", "major", "security", "Credit gift accepts negative amounts",
              "Validate amount > 0.", conf=0.85),
            F("GIFT-RECIPIENT-UNCHECKED", "minor", "correctness", "Gift recipient is not validated",
              "Check the member exists.", conf=0.6),
            F("CLAIM-RACE", "major", "concurrency", "Fabric claim is not atomic",
              "Use a conditional UPDATE.", conf=0.8),
            F("CREDIT-RACE", "major", "concurrency", "Lost update on swap credits during claim",
              "Serialise credit updates.", d=-1, conf=0.75),
            F("HOURS-CLOSE-OBO", "minor", "correctness", "Booking may extend past closing hour",
              "Remove + 1.", conf=0.7),
            F("HOURS-MAX-OBO", "minor", "correctness", "Booking length limit off by one",
              "Compare with MAX_BOOKING_HOURS.", d=-1, conf=0.7),
            F("DAYVIEW-SLICE-OBO", "minor", "correctness", "Pagination drops one booking per page",
              "Use page * perPage as the end.", conf=0.7),
            F("SHOWCASE-XSS-STORY", "major", "security", "Stored XSS in showcase page",
              "Escape story and name.", conf=0.8),
            F("ERROR-STACK", "minor", "security", "Stack traces returned to clients",
              "Hide stack in production.", conf=0.7),
        ], wrap="object+summary", summary="19 issues: 2 blocker, 9 major, 8 minor"),
    ]),
}
