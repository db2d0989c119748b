"""test52/ts-stallpitch: pitch allocation for a street-food market (TypeScript, Express 4 + pg). Frozen test split; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test52: seeded problems in a street-food market's pitch allocation service "
    "(Express 4 + pg + jsonwebtoken); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-DEFAULT": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "stallpitch-dev";', "security", "JWT secret falls back to a constant: anyone can mint trader tokens"),
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "TRADER-THROWS": P(S, "const claims = jwt.verify(token, JWT_SECRET)", "bug", "a missing or bad token throws inside async handlers: no 401, the request hangs (Express 4)", "signature-vs-statement"),
    "MD5-PASSWORD": P(S, 'const hash = crypto.createHash("md5")', "security", "passwords stored as unsalted MD5"),
    "JWT-NO-EXPIRY": P(S, "const token = jwt.sign({ sub: rows[0].id, stall: rows[0].stall_name }, JWT_SECRET);", "security", "trader tokens are signed without expiry"),
    "SORT-SQLI": P(S, "ORDER BY ${sort}`", "security", "sort query value interpolated into ORDER BY", "source-vs-sink"),
    "GAS-OFF-BY-ONE": P(S, "if (gasBottles > MAX_GAS_BOTTLES + 1) {", "bug", "gas bottle limit checked against MAX + 1: three bottles pass where two are allowed", "off-by-one"),
    "GAS-NOT-NUMBER": P(S, "if (gasBottles > MAX_GAS_BOTTLES + 1) {", "bug", "gasBottles not validated as a number: a string or missing value passes the comparison"),
    "CAPACITY-OFF-BY-ONE": P(S, "if (taken.rows[0].n > market.rows[0].capacity) {", "bug", "> instead of >=: one pitch more than the market's capacity is allocated", "off-by-one"),
    "MARKET-MISSING": P(S, "if (taken.rows[0].n > market.rows[0].capacity) {", "bug", "unknown market day: market.rows[0] is undefined and the handler throws"),
    "ALLOCATE-RACE": P(S, "allocating.add(key);", "bug", "free-pitch check and allocation separated by awaits; in-process set and an UPDATE without trader_id IS NULL: double allocation", "critical-section"),
    "ALLOCATING-LEAK": P(S, "allocating.delete(key);", "bug", "if the UPDATE throws the key stays in `allocating` and the pitch is blocked until restart"),
    "POWER-FROM-BODY": P(S, "const fee = free.rows[0].width_m * RATE_PER_METRE", "bug", "power surcharge decided by the request body, not by the pitch: traders skip the surcharge"),
    "CANCEL-IDOR": P(S, 'await db.query("UPDATE pitches SET trader_id = NULL WHERE day = $1 AND pitch_no = $2", [day, pitchNo]);', "security", "any trader can give back any other trader's pitch (no ownership check)", "signature-vs-statement"),
    "REFUND-ANYTIME": P(S, 'await db.query("UPDATE fees SET refunded = amount WHERE id = $1"', "bug", "full refund on or after the market day, not only up to the day before"),
    "REFUND-REPEATABLE": P(S, 'await db.query("UPDATE fees SET refunded = amount WHERE id = $1"', "bug", "fee row not checked for an earlier refund: cancelling again refunds again (first fee row of the pitch)"),
    "OFFICE-PAGE-OFFSET": P(S, "res.json(rows.slice(page * size, page * size + size));", "bug", "1-based page but slice starts at page * size: the first page is never shown", "off-by-one"),
    "OFFICE-ALL-IN-MEMORY": P(S, '"SELECT day, pitch_no, trader_id FROM pitches WHERE trader_id IS NOT NULL ORDER BY day, pitch_no"', "performance", "every allocation ever is loaded to return one page"),
    "WAITLIST-DUPLICATE": P(S, "(waiting[day] ??= []).push(me.id);", "bug", "a trader can join the same day's waiting list any number of times"),
    "WAITLIST-SKIP": P(S, "const next = queue[1];", "bug", "promotes queue[1] then shift() drops queue[0]: the first trader waiting is skipped and lost", "off-by-one"),
    "TAKINGS-LOST-UPDATE": P(S, 'await db.query("INSERT INTO payments (day, trader_id, amount)', "bug", "takings read before an await and written after it: concurrent payments lose updates", "critical-section"),
    "PAYMENT-AMOUNT-UNVALIDATED": P(S, "takings[day] = before + Number(amount);", "bug", "amount not validated: negative or non-numeric amounts (NaN) corrupt the day's takings"),
    "CERT-TRAVERSAL": P(S, "const target = path.join(CERT_DIR, req.body.filename", "security", "filename from the form joined to CERT_DIR: upload written anywhere", "signature-vs-statement"),
    "XSS-CUISINE": P(S, '<p class="cuisine">${s.cuisine}</p>', "security", "stall cuisine rendered into HTML unescaped"),
    "XSS-MENU": P(S, '<p class="cuisine">${s.cuisine}</p>', "security", "stall menu rendered into HTML unescaped"),
    "PLAN-SHELL-INJECTION": P(S, "exec(`plan-render --day ${day} --paper ${paper}`", "security", "day and paper query values interpolated into a shell command", "source-vs-sink"),
    "PLAN-ERROR-LEAK": P(S, "if (err) return res.status(500).send(err.message);", "security", "plan-render's error message (command line, stderr) returned to the client"),
    "PLAN-STDOUT-BINARY": P(S, 'res.type("application/pdf").send(stdout);', "bug", "PDF read through exec's utf8 string stdout and 1 MB maxBuffer: corrupt or failing plans"),
    "BOLLARD-INDEX": P(S, "const b = Math.floor(p.pitch_no / 10);", "bug", "pitches count from 1: pitch 10 goes to the second bollard and pitch 40 to a fifth (NaN)", "off-by-one"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "stack traces returned to clients"),
}

CONFUSABLE = [
    ("GAS-OFF-BY-ONE", "GAS-NOT-NUMBER"),
    ("CAPACITY-OFF-BY-ONE", "MARKET-MISSING"),
    ("ALLOCATE-RACE", "ALLOCATING-LEAK"),
    ("ALLOCATING-LEAK", "POWER-FROM-BODY"),
    ("CANCEL-IDOR", "REFUND-ANYTIME"),
    ("REFUND-ANYTIME", "REFUND-REPEATABLE"),
    ("OFFICE-PAGE-OFFSET", "OFFICE-ALL-IN-MEMORY"),
    ("TAKINGS-LOST-UPDATE", "PAYMENT-AMOUNT-UNVALIDATED"),
    ("XSS-CUISINE", "XSS-MENU"),
    ("PLAN-SHELL-INJECTION", "PLAN-ERROR-LEAK"),
    ("PLAN-ERROR-LEAK", "PLAN-STDOUT-BINARY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is a single Express 4 app for the market's pitch allocation. The office endpoints are
        guarded properly — `officeOnly` fails closed on an empty `OFFICE_KEY` and checks the length before
        `timingSafeEqual` — but the trader side relies on a JWT whose secret has a hard-coded fallback, and several
        handlers trust the request more than they should.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | Injection | `ORDER BY ${sort}`, `exec(plan-render ...)` |
        | P0 | Auth | JWT secret fallback; anyone can cancel anyone's pitch |
        | P1 | Files / HTML | certificate filename path traversal; unescaped cuisine and menu |
        | P1 | Allocation | double allocation race; capacity and gas limits off by one |
        | P2 | Money | refunds at any time; fee surcharge from the body; takings lost updates |
        | P2 | Arithmetic | paging, waiting list and bollard index |

        Deliberately fine: `/stalls` binds the search pattern, `esc()` is applied to the stall name, `/markets/:day/plan`
        clamps its grid and converts the 1-based row and column, and the JSON body limit is set.
        """,
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection via `sort` in GET /markets/:day/pitches",
              "Map `sort` to a fixed set of column names before building the query.",
              symbol="GET /markets/:day/pitches", conf=0.95),
            F("PLAN-SHELL-INJECTION", "critical", "security", "Command injection in the plan PDF endpoint",
              "Use `execFile(\"plan-render\", [\"--day\", day, \"--paper\", paper])` and validate both values.",
              symbol="GET /office/plan.pdf", conf=0.9),
            F("JWT-SECRET-DEFAULT", "critical", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`; the fallback lets anyone sign a token for any trader.", conf=0.85),
            F("CANCEL-IDOR", "high", "security", "Any trader can cancel another trader's pitch",
              "Add `AND trader_id = $3` with `me.id` and refuse when no row was updated.",
              symbol="DELETE /applications/:day/:pitchNo", conf=0.9),
            F("CERT-TRAVERSAL", "high", "security", "Certificate upload path comes from `req.body.filename`",
              "Always store as `${me.id}.pdf` (or `path.basename` plus a check that the result stays in `CERT_DIR`).",
              symbol="POST /traders/certificate", conf=0.85),
            F("XSS-CUISINE", "high", "security", "Stored XSS through the stall's cuisine",
              "Wrap `s.cuisine` in `esc()` like the stall name.", symbol="GET /stalls/:id", conf=0.8),
            F("XSS-MENU", "high", "security", "Stored XSS through the stall's menu",
              "Escape `s.menu` too (or render the menu from structured items).", symbol="GET /stalls/:id", conf=0.8),
            F("CORS-ANY-ORIGIN", "medium", "security", "CORS reflects every origin with credentials",
              "List the market website's origin explicitly.", conf=0.7),
            F("MD5-PASSWORD", "medium", "security", "Trader passwords hashed with unsalted MD5",
              "Use bcrypt/argon2 with a per-user salt; compare in constant time.", symbol="POST /login", conf=0.8),
            F("ERROR-STACK", "low", "security", "Error handler returns stack traces", "Log the stack; send a generic message.", conf=0.8),
        ]),
        "Correctness in allocation, money and arithmetic:",
        Block([
            F("ALLOCATE-RACE", "high", "bug", "Two traders can be allocated the same pitch",
              "The `allocating` set is filled only after two awaits and is per process; make the UPDATE conditional (`AND trader_id IS NULL`) and check `rowCount`.",
              symbol="POST /applications", conf=0.8),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check lets the market fill one pitch over capacity",
              "Use `>=`.", symbol="POST /applications", conf=0.85),
            F("GAS-OFF-BY-ONE", "medium", "bug", "Gas bottle limit allows one bottle more than `MAX_GAS_BOTTLES`",
              "Compare with `> MAX_GAS_BOTTLES` — this is a fire-safety limit.", symbol="POST /applications", conf=0.85),
            F("POWER-FROM-BODY", "medium", "bug", "Power surcharge depends on the client's `power` flag",
              "Read `power` from the pitch row, not from the request.", symbol="POST /applications", conf=0.7),
            F("REFUND-ANYTIME", "medium", "bug", "Refund ignores the 'up to the day before' rule",
              "Refuse (or refund nothing) when `day` is today or past.", symbol="DELETE /applications/:day/:pitchNo", conf=0.75),
            F("OFFICE-PAGE-OFFSET", "low", "bug", "Office allocations page 1 starts at the second page",
              "`rows.slice((page - 1) * size, page * size)`, or LIMIT/OFFSET in SQL.", symbol="GET /office/allocations", conf=0.8),
            F("WAITLIST-SKIP", "medium", "bug", "Promotion skips the first trader on the waiting list",
              "`const next = queue.shift()`.", symbol="POST /office/promote/:day", conf=0.85),
            F("TAKINGS-LOST-UPDATE", "medium", "bug", "Takings total can lose payments under concurrency",
              "`before` is read before the awaited INSERT; add after the await (`takings[day] = (takings[day] ?? 0) + amount`) or sum in SQL.",
              symbol="POST /office/payments", conf=0.7),
            F("BOLLARD-INDEX", "low", "bug", "Bollard index is off by one for pitch numbers 10, 20, 30 and 40",
              "`Math.floor((p.pitch_no - 1) / 10)`.", symbol="GET /markets/:day/power", conf=0.75),
            F("TRADER-THROWS", "medium", "bug", "`trader()` throws on a missing token instead of answering 401",
              "Catch the verify error and send 401; Express 4 does not catch rejected async handlers.",
              symbol="trader", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SORT-SQLI", "critical", "security", "ORDER BY built from req.query.sort", "allow-list", d=-2),
            F("PLAN-SHELL-INJECTION", "critical", "security", "shell injection: day/paper -> exec", "execFile + validate", d=-2),
            F("CANCEL-IDOR", "high", "security", "DELETE /applications frees a pitch without checking the owner", "WHERE trader_id = me.id", d=-3),
            F("CERT-TRAVERSAL", "high", "security", "certificate upload: filename traversal", "basename/ignore filename", d=-2),
            F("ALLOCATE-RACE", "high", "bug", "check-then-update allocation race (allocating set not atomic across awaits)", "conditional UPDATE", d=-3),
            F("ALLOCATING-LEAK", "medium", "bug", "allocating key leaks if UPDATE rejects", "try/finally"),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "capacity: > should be >=", ">="),
            F("MARKET-MISSING", "medium", "bug", "unknown day -> market.rows[0] undefined -> TypeError", "404 when no market row"),
            F("REFUND-REPEATABLE", "medium", "bug", "repeat DELETE refunds the fee again", "WHERE refunded IS NULL"),
            F("WAITLIST-SKIP", "medium", "bug", "promote uses queue[1] then shift(): head dropped", "shift() first", d=+2),
            F("TRADER-THROWS", "medium", "bug", "trader() throws; async routes never respond", "401 on verify failure", d=-2),
            F("JWT-NO-EXPIRY", "low", "security", "jwt.sign without expiresIn", "expiresIn: '12h'"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `stallpitch` service, an Express application that allocates pitches at a
        street-food market and handles fees, refunds and waiting lists.

        ## Security Vulnerabilities

        The following issues could allow an attacker to read or modify data or execute code on the server.
        """,
        Block([
            F("SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Pitch Listing Sort Parameter",
              "Validate the `sort` parameter against a list of allowed columns.", sd=-2, n=3,
              desc="The `sort` query parameter is embedded directly into the ORDER BY clause of a template literal."),
            F("PLAN-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Plan Rendering",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Upload",
              "Sanitize the filename using `path.basename` and verify the final path.", sd=-2, n=3),
            F("XSS-MENU", "HIGH", "Cross-Site Scripting", "Stored XSS in Stall Page",
              "Escape all trader-supplied fields before inserting them into HTML.", sd=-1, n=2,
              desc="The menu is inserted into the HTML response without escaping, so a trader can store a script in it."),
            F("JWT-SECRET-DEFAULT", "HIGH", "Hardcoded Credentials", "Hardcoded JWT Secret Fallback",
              "Require the `JWT_SECRET` environment variable.", sd=-2, n=3),
            F("MD5-PASSWORD", "HIGH", "Weak Cryptography", "Insecure Password Hashing with MD5",
              "Use a slow, salted hash such as bcrypt.", sd=-2, n=3),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Configuration",
              "Restrict `origin` to trusted domains.", sd=-2, n=3),
            F("PLAN-ERROR-LEAK", "LOW", "Information Disclosure", "Command Error Details Returned to Client",
              "Return a generic error and log the details.", sd=-2, n=3),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Trace Exposure in Error Handler",
              "Do not include `err.stack` in responses.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Logic and Concurrency Issues
        """,
        Block([
            F("ALLOCATE-RACE", "HIGH", "Race Condition", "Race Condition in Pitch Allocation",
              "Use a database transaction with a conditional update instead of an in-memory Set.", d=+1, sd=-1, n=3,
              desc="Between the SELECT for a free pitch and the UPDATE there are awaits; concurrent requests can both see the pitch as free and both write it."),
            U({"severity": "INFO", "category": "Style", "suggestion": "Split the routes into separate modules."}),
            F("TAKINGS-LOST-UPDATE", "MEDIUM", "Concurrency", "In-Memory Takings Can Lose Payments",
              "Compute totals from the payments table.", d=+1, sd=-1, n=3),
            F("OFFICE-ALL-IN-MEMORY", "MEDIUM", "Performance", "Unbounded Query for Office Allocations",
              "Apply LIMIT and OFFSET in the SQL query.", sd=-2, n=3),
            F("GAS-OFF-BY-ONE", "MEDIUM", "Safety", "Gas Cylinder Limit Not Enforced Correctly",
              "Use `gasBottles > MAX_GAS_BOTTLES`.", d=-1, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SORT-SQLI", "error", "security", "sql injection via sort", "whitelist columns"),
            F("PLAN-SHELL-INJECTION", "error", "security", "command injection in plan.pdf", "execFile"),
            F("XSS-CUISINE", "error", "security", "stall page: cuisine not escaped", "esc()"),
            F("CANCEL-IDOR", "warning", "security", "cancel doesn't check pitch owner", "filter by trader_id"),
            F("GAS-OFF-BY-ONE", "warning", "", "gas check allows 3 bottles", "drop the + 1"),
            F("WAITLIST-DUPLICATE", "info", "bug", "same trader can queue twice", "check includes()"),
            F("PLAN-STDOUT-BINARY", "info", "bug", "pdf sent from a utf8 stdout string, maxBuffer 1mb", "spawn + pipe"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. **Security**: SQL injection in the pitch listing; path traversal in certificate upload; XSS on the stall page; error details leaked.
        2. **Correctness**: off-by-one errors in capacity, paging and bollard assignment; refunds not restricted.
        3. **Concurrency**: pitch allocation and cash takings are not safe under concurrent requests.
        4. **Validation**: gas bottles and payment amounts are not validated.
        """,
        Block([
            F("SORT-SQLI", "blocker", "security", "SQL injection in ORDER BY clause", "Whitelist the sort field.", conf=0.9),
            F("CERT-TRAVERSAL", "blocker", "security", "Arbitrary file write via certificate filename",
              "Ignore the client filename.", d=+1, conf=0.85),
            F("XSS-MENU", "major", "security", "Unescaped menu HTML on the public stall page", "Use esc() on the menu.", conf=0.8),
            F("PLAN-ERROR-LEAK", "minor", "security", "Internal error message returned from plan rendering", "Return a generic message.", conf=0.6),
            F("ALLOCATE-RACE", "major", "concurrency", "Concurrent applications can double-book a pitch",
              "Use SELECT ... FOR UPDATE or a conditional UPDATE.", d=+2, conf=0.75),
            F("CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in market capacity check",
              "Reject when taken >= capacity.", d=+1, conf=0.8),
            F("GAS-NOT-NUMBER", "minor", "correctness", "gasBottles is not validated as an integer",
              "Validate with Number.isInteger.", conf=0.6),
            F("REFUND-ANYTIME", "major", "correctness", "Refund issued regardless of the market date",
              "Check the date before refunding.", conf=0.7),
            F("REFUND-REPEATABLE", "major", "correctness", "Refund can be issued multiple times", "Mark the fee as refunded once.", conf=0.7),
            F("OFFICE-PAGE-OFFSET", "minor", "correctness", "Page offset is off by one", "Use (page - 1) * size.", d=-3, conf=0.7),
            F("TAKINGS-LOST-UPDATE", "major", "concurrency", "Lost updates on in-memory takings", "Avoid the stale read across await.", d=-1, conf=0.7),
            F("PAYMENT-AMOUNT-UNVALIDATED", "minor", "correctness", "Payment amount not validated", "Reject non-positive or non-numeric amounts.", conf=0.6),
            F("BOLLARD-INDEX", "minor", "correctness", "Bollard assignment index off by one", "Subtract 1 from pitch_no.", d=+1, conf=0.65),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}
