"""test113/ts-ceilidhgigs: a ceilidh band's gig bookings, set lists and caller fees (TypeScript).

Frozen test split test113, written 2026-12-07 by a helper session that had not seen the merger code, its
results, any score or any other split's answers or specs (only tune2's py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any score. "
    "Frozen test split test113: seeded problems in an Express bookings desk for a ceilidh band (gig requests, "
    "set lists, caller fees); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DECODE-ONLY": P(S, "const claims = jwt.decode(token);", "security", "bearer token decoded, never verified: any forged token is a booker", "signature-vs-statement"),
    "LOGIN-CODE-BRUTE": P(S, "login_code = $2", "security", "login codes can be guessed without limit: no rate limit or lockout on /login"),
    "LOGIN-NO-EXPIRY": P(S, "jwt.sign({ id: rows[0].id, email: rows[0].email }, JWT_SECRET)", "security", "tokens signed without expiresIn: a leaked token works forever"),
    "GIG-HOURS-UNCHECKED": P(S, "const callerFee = Math.max(2, hours) * CALLER_FEE_PER_HOUR;", "bug", "hours not validated: a string or huge value gives a NaN or absurd quote and deposit"),
    "GIG-DOUBLE-BOOKING": P(S, "if (clash.rowCount)", "bug", "clash check and insert are separate queries with no transaction or unique date: two requests book the same night", "critical-section"),
    "GIG-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM gigs WHERE id = $1", [Number(req.params.id)]);', "security", "GET /gigs/:id has no auth or owner check: anyone reads any booking (venue, contact, money)", "signature-vs-statement", nth=0),
    "PATCH-MASS-ASSIGN": P(S, "const fields = Object.keys(req.body);", "security", "PATCH takes every body key as a column: a booker can set quote, deposit, status or booker_id"),
    "PATCH-COLUMN-SQLI": P(S, "UPDATE gigs SET ${assignments}", "security", "body keys interpolated into the UPDATE as column names: SQL injection", "source-vs-sink"),
    "CANCEL-NOT-OWNER": P(S, "if (!booker || !gig)", "security", "cancel checks that a booker is logged in but not that the gig is theirs"),
    "CANCEL-REFUND-BOUNDARY": P(S, "const refund = daysAhead > REFUND_DAYS", "bug", "> instead of >=: cancelling exactly 14 days ahead loses the deposit (and floor makes it worse)", "off-by-one"),
    "CANCEL-TWICE": P(S, "UPDATE gigs SET status = 'cancelled'", "bug", "an already cancelled (or played) gig can be cancelled again and a refund recorded again"),
    "MYGIGS-PAGE-OFFSET": P(S, "LIMIT $2 OFFSET $3", "bug", "page defaults to 1 and offset = page * size: the first page of gigs is skipped", "off-by-one"),
    "MYGIGS-SIZE-UNBOUNDED": P(S, "LIMIT $2 OFFSET $3", "performance", "size is not capped: size=1000000 pulls every row"),
    "CALENDAR-YEAR-IGNORED": P(S, "date_part('month', gig_date)", "bug", "calendar query filters on month only: gigs of other years mark days as booked"),
    "CALENDAR-LAST-DAY": P(S, "for (let d = 1; d < daysInMonth; d++)", "bug", "d < daysInMonth: the last day of every month is never listed", "off-by-one"),
    "SETLIST-MINUTES-LOOP": P(S, "for (let i = 1; i <= sets.length; i++)", "bug", "loop from 1 to length inclusive: skips the first set and reads sets[length] (TypeError on every non-empty list)", "off-by-one"),
    "SETLIST-TRAVERSAL": P(S, "fs.writeFileSync(file,", "security", "name from the body joined into the set-list path: ../ writes anywhere", "source-vs-sink"),
    "SETLIST-NO-FILE": P(S, "fs.readFileSync(path.join(SETLIST_DIR", "bug", "readFileSync throws for a gig without a set list: unhandled rejection in an async Express 4 handler, request hangs"),
    "SETLIST-MISSING-GIG": P(S, "res.send(`<h1>${escapeHtml(rows[0].venue)}", "bug", "unknown gig id: rows[0] is undefined and the handler throws"),
    "SETLIST-XSS": P(S, "res.send(`<h1>${escapeHtml(rows[0].venue)}", "security", "set titles and tunes written into the HTML unescaped (venue is escaped): stored XSS"),
    "FEE-HOURS-UNCHECKED": P(S, "const hours = Number(req.body.hours);", "bug", "caller hours not validated: NaN or negative hours give NaN or negative fees"),
    "FEE-TOTAL-RACE": P(S, 'await pool.query("INSERT INTO caller_fees', "bug", "season total read before the await and written after it: concurrent fees for one caller lose updates", "critical-section"),
    "FEES-SQLI-CALLER": P(S, "WHERE caller = '${caller}'", "security", "caller query value interpolated into the SQL", "source-vs-sink"),
    "FEES-SQLI-SEASON": P(S, "WHERE caller = '${caller}'", "security", "season query value interpolated unquoted into the SQL", "source-vs-sink"),
    "INVOICE-SHELL": P(S, "exec(`invoice-pdf", "security", "email from the body placed in a shell command line (double quotes do not stop $() or backticks)", "source-vs-sink"),
    "INVOICE-MISSING-GIG": P(S, "exec(`invoice-pdf", "bug", "unknown gig id: rows[0] undefined throws inside the handler, no 404"),
    "WEBHOOK-TIMING": P(S, "sig != expected", "security", "webhook signature compared with != (not constant-time)"),
    "WEBHOOK-REPLAY": P(S, "paid = paid + $1", "security", "no event id or timestamp: a captured signed webhook can be replayed and adds the amount again"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns the message and stack trace to the client", "signature-vs-statement"),
}

CONFUSABLE = [
    ("LOGIN-CODE-BRUTE", "LOGIN-NO-EXPIRY"),
    ("GIG-HOURS-UNCHECKED", "GIG-DOUBLE-BOOKING"),
    ("PATCH-MASS-ASSIGN", "PATCH-COLUMN-SQLI"),
    ("CANCEL-NOT-OWNER", "CANCEL-REFUND-BOUNDARY"),
    ("CANCEL-REFUND-BOUNDARY", "CANCEL-TWICE"),
    ("MYGIGS-PAGE-OFFSET", "MYGIGS-SIZE-UNBOUNDED"),
    ("CALENDAR-YEAR-IGNORED", "CALENDAR-LAST-DAY"),
    ("SETLIST-NO-FILE", "SETLIST-MISSING-GIG"),
    ("SETLIST-XSS", "SETLIST-MISSING-GIG"),
    ("FEE-HOURS-UNCHECKED", "FEE-TOTAL-RACE"),
    ("FEES-SQLI-CALLER", "FEES-SQLI-SEASON"),
    ("INVOICE-SHELL", "INVOICE-MISSING-GIG"),
    ("WEBHOOK-TIMING", "WEBHOOK-REPLAY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole service. What is done well: `bandOnly` fails closed with a length check
        before `crypto.timingSafeEqual`, the tune search and most queries bind their parameters, `PATCH
        /gigs/:id` scopes the update to the booker's own gig, `/gigs/:id/confirm` only moves pending gigs, and
        the set-list page escapes the venue. The serious problems:

        1. Booker identity is never verified: `jwt.decode` accepts any token.
        2. Three injection points: the caller-fee report (SQL), the PATCH column list (SQL), the invoice
           command (shell).
        3. Booking integrity: double booking of a night, cancellation of other people's gigs, refunds at the
           14-day boundary and twice.
        4. Off-by-one errors in paging, the calendar and the set-list minutes.
        """,
        Block([
            F("JWT-DECODE-ONLY", "critical", "security", "Bearer tokens are decoded but never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat a failure as anonymous.",
              symbol="bookerFromToken", conf=0.95),
            F("FEES-SQLI-CALLER", "critical", "security", "SQL injection through `caller` in `GET /callers/fees`",
              "Bind both values: `WHERE caller = $1 AND season = $2`.", symbol="GET /callers/fees", conf=0.95),
            F("FEES-SQLI-SEASON", "high", "security", "SQL injection through `season` in `GET /callers/fees`",
              "`season` is interpolated without quotes, so `2026 OR 1=1` works; bind it as a parameter.",
              symbol="GET /callers/fees", conf=0.9),
            F("PATCH-COLUMN-SQLI", "high", "security", "Request body keys become column names in the `UPDATE`",
              "Build the `SET` list from an allow-list of editable columns only.", d=-1, symbol="PATCH /gigs/:id", conf=0.85),
            F("PATCH-MASS-ASSIGN", "high", "security", "Bookers can overwrite any column of their gig",
              "Even with quoting fixed, a booker can PATCH `quote`, `deposit` or `status`. Allow `venue`, `dancers` and `hours` only, and recompute the quote.",
              symbol="PATCH /gigs/:id", conf=0.85),
            F("INVOICE-SHELL", "high", "security", "Command injection through `email` in the invoice job",
              "Use `execFile(\"invoice-pdf\", [\"--gig\", String(id), \"--amount\", String(amount), \"--to\", email])` and validate the address.",
              symbol="POST /gigs/:id/invoice", conf=0.9),
            F("GIG-IDOR", "high", "security", "`GET /gigs/:id` returns any booking to anyone",
              "Require a booker token and add `AND booker_id = $2` (or the band key).",
              d=-1, symbol="GET /gigs/:id", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any logged-in booker can cancel any gig",
              "Check `gig.booker_id === booker.id` before cancelling.", symbol="POST /gigs/:id/cancel", conf=0.85),
        ]),
        "Correctness and robustness:",
        Block([
            F("GIG-DOUBLE-BOOKING", "high", "bug", "Two bookings can take the same night",
              "The clash check and the insert are separate statements; add a partial unique index on `gig_date` for non-cancelled gigs, or do both in a transaction with `SELECT ... FOR UPDATE`.",
              sd=-1, n=2, symbol="POST /gigs", conf=0.8),
            F("CANCEL-REFUND-BOUNDARY", "medium", "bug", "Deposit refund is refused exactly 14 days before the gig",
              "`daysAhead > REFUND_DAYS` with `Math.floor` excludes the 14th day; use `>=` and compare dates, not floored milliseconds.",
              symbol="POST /gigs/:id/cancel", conf=0.75),
            F("CANCEL-TWICE", "medium", "bug", "A cancelled gig can be cancelled again",
              "Add `AND status IN ('pending', 'confirmed')` to the `UPDATE` and return 409 when nothing changed.",
              symbol="POST /gigs/:id/cancel", conf=0.7),
            F("SETLIST-MINUTES-LOOP", "high", "bug", "Set-list minutes loop is off by one and throws",
              "`i` runs from 1 to `sets.length`, so `sets[sets.length]` is undefined; use `sets.reduce((m, s) => m + s.minutes, 0)`.",
              symbol="PUT /gigs/:id/setlist", conf=0.9),
            F("SETLIST-TRAVERSAL", "high", "security", "Set-list file name comes from the request body",
              "`name` can contain `../`; drop it and write `${id}.txt`, or check `path.basename(name) === name`.",
              symbol="PUT /gigs/:id/setlist", conf=0.85),
            F("SETLIST-XSS", "medium", "security", "Stored XSS in the public set-list page",
              "Set titles and tunes go into `<li>` unescaped while the venue is escaped; pass every line through `escapeHtml`.",
              symbol="GET /gigs/:id/setlist.html", conf=0.85),
            F("MYGIGS-PAGE-OFFSET", "medium", "bug", "`/my/gigs` skips the first page",
              "Use `(page - 1) * size` and reject `page < 1`.", symbol="GET /my/gigs", conf=0.85),
            F("CALENDAR-LAST-DAY", "medium", "bug", "Calendar never shows the last day of the month",
              "Loop with `d <= daysInMonth`.", symbol="GET /calendar/:year/:month", conf=0.85),
            F("CALENDAR-YEAR-IGNORED", "medium", "bug", "Calendar marks days booked in other years",
              "Filter on the month's date range (`gig_date >= $1 AND gig_date < $2`) instead of `date_part('month', ...)`.",
              symbol="GET /calendar/:year/:month", conf=0.8),
            F("FEE-TOTAL-RACE", "medium", "bug", "Caller season totals lose updates under concurrency",
              "The total is read before `await pool.query(...)` and written after it; compute it with `SUM(fee)` in SQL instead of an in-process map.",
              d=-1, n=3, symbol="POST /callers/:caller/fees", conf=0.75),
            F("WEBHOOK-REPLAY", "medium", "security", "Payment webhook can be replayed",
              "Record the provider's event id and reject duplicates; today each replay adds `amount` to `paid` again.",
              symbol="POST /payments/webhook", conf=0.7),
            F("WEBHOOK-TIMING", "low", "security", "Webhook signature compared with `!=`",
              "Use `crypto.timingSafeEqual` on equal-length buffers, as `bandOnly` does.", symbol="POST /payments/webhook", conf=0.6),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the error and return a generic message.", symbol="app.use(errorHandler)", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-ONLY", "critical", "security", "bookerFromToken trusts unverified JWT (jwt.decode)",
              "jwt.verify.", d=-2),
            F("FEES-SQLI-CALLER", "critical", "security", "caller query param concatenated into SQL",
              "Parameterize.", d=-2),
            F("PATCH-COLUMN-SQLI", "high", "security", "PATCH /gigs/:id: Object.keys(req.body) become SQL identifiers",
              "Allow-list columns.", d=-2),
            F("INVOICE-SHELL", "high", "security", "exec() with user email in the command string",
              "execFile + args.", d=-2),
            F("GIG-IDOR", "high", "security", "GET /gigs/:id unauthenticated, no owner check",
              "Auth + booker_id filter."),
            F("CANCEL-NOT-OWNER", "high", "security", "cancel: no ownership check", "gig.booker_id === booker.id."),
            F("GIG-DOUBLE-BOOKING", "high", "bug", "Double booking race: SELECT clash then INSERT",
              "Unique index / transaction.", d=+2),
            F("SETLIST-MINUTES-LOOP", "high", "bug", "minutes loop reads sets[sets.length] -> TypeError",
              "i = 0; i < length.", d=-1, n=2),
            F("SETLIST-TRAVERSAL", "high", "security", "body.name lets the set list be written outside SETLIST_DIR",
              "basename check.", d=-2),
            F("MYGIGS-PAGE-OFFSET", "medium", "bug", "OFFSET page * size skips page 1",
              "(page - 1) * size.", d=-1),
            F("FEE-TOTAL-RACE", "medium", "bug", "feeTotals get/set spans an await; concurrent posts lose updates",
              "SUM in SQL.", d=+1),
            F("SETLIST-MISSING-GIG", "low", "bug", "setlist.html crashes on unknown id (rows[0] undefined)",
              "404."),
            F("INVOICE-MISSING-GIG", "low", "bug", "invoice: rows[0] undefined for unknown gig",
              "404."),
        ], fence="", indent=None),
        "Also worth a look: the refund boundary in cancel and the calendar loop; not verified.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the ceilidh band's bookings service. The code is an Express 4 server
        written in TypeScript that uses PostgreSQL through `pg`, issues JSON Web Tokens to bookers and
        protects the band's own routes with a shared key.

        ## Critical and High Findings

        The most urgent issues involve authentication and injection.
        """,
        Block([
            F("JWT-DECODE-ONLY", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`bookerFromToken` uses `jwt.decode`, which does not check the signature. Any client can forge a token with an arbitrary `id`."),
            F("FEES-SQLI-CALLER", "CRITICAL", "SQL Injection", "SQL Injection in Caller Fees Report (caller)",
              "Use parameterized queries.", sd=-2, n=3),
            F("FEES-SQLI-SEASON", "CRITICAL", "SQL Injection", "SQL Injection in Caller Fees Report (season)",
              "Use parameterized queries and validate the season as a year.",
              desc="`season` is inserted without quotes, so even numeric-looking input can carry SQL."),
            F("PATCH-MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment in Gig Update",
              "Restrict updatable fields to an allow-list."),
            F("INVOICE-SHELL", "HIGH", "Command Injection", "Command Injection in Invoice Generation",
              "Use `execFile` with an argument array."),
            F("SETLIST-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Set List Upload",
              "Sanitize the `name` field.", sd=-2, n=3),
            F("SETLIST-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Set List Page",
              "Escape every set line with `escapeHtml`."),
        ], wrap="list"),
        """
        ## Medium and Low Findings
        """,
        Block([
            F("LOGIN-CODE-BRUTE", "MEDIUM", "Broken Authentication", "No Rate Limiting on Login Codes",
              "Add rate limiting and lock out after repeated failures."),
            F("LOGIN-NO-EXPIRY", "MEDIUM", "Broken Authentication", "JWTs Issued Without Expiration",
              "Set `expiresIn` when signing tokens."),
            F("GIG-DOUBLE-BOOKING", "MEDIUM", "Race Condition", "Race Condition in Gig Booking",
              "Use a transaction or a unique constraint on the date.", d=-1,
              desc="Two requests for the same date can both pass the clash query before either inserts."),
            F("CANCEL-REFUND-BOUNDARY", "MEDIUM", "Logic Error", "Refund Window Boundary Is Exclusive",
              "Use `>=` for the refund window.", d=-1),
            U({"severity": "LOW", "category": "Style", "description": "Several route handlers are long; consider moving them into separate routers."}),
            F("MYGIGS-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size",
              "Cap `size` at a reasonable maximum.", d=-2),
            F("WEBHOOK-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Signature Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses.", d=-1, sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-ONLY", "error", "security", "jwt.decode instead of jwt.verify", "use verify"),
            F("FEES-SQLI-CALLER", "error", "security", "sql injection in /callers/fees", "params"),
            F("INVOICE-SHELL", "error", "security", "shell injection via invoice email", "execFile"),
            F("CANCEL-NOT-OWNER", "warning", "", "anyone can cancel anyone's gig", "check booker_id"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CALENDAR-LAST-DAY", "warning", "bug", "calendar drops last day of month", "d <= daysInMonth"),
            F("SETLIST-MINUTES-LOOP", "error", "bug", "setlist minutes loop off by one", "start at 0, stop before length"),
            F("SETLIST-NO-FILE", "warning", "bug", "setlist.html throws when no setlist file exists", "existsSync / 404"),
            F("FEE-HOURS-UNCHECKED", "warning", "bug", "caller hours not validated", "check finite and > 0"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: unverified JWTs, non-expiring tokens.
        2. Injection: SQL in the caller fee report and the gig PATCH, shell in the invoice job.
        3. Authorization: gig details and cancellation are not scoped to the booker.
        4. Correctness: booking race, refund window, paging, calendar, fee totals.
        """,
        Block([
            F("JWT-DECODE-ONLY", "blocker", "security", "JWT accepted without signature verification",
              "Use jwt.verify.", d=-1, snippet="const token = (req.headers.authorization ?? \"\").replace(/^Bearer /, \"\");", conf=0.9),
            F("FEES-SQLI-SEASON", "blocker", "security", "SQL injection via season parameter",
              "Bind the season.", d=-1, conf=0.85),
            F("FEES-SQLI-CALLER", "blocker", "security", "SQL injection via caller parameter",
              "Bind the caller.", conf=0.9),
            F("PATCH-COLUMN-SQLI", "major", "security", "Dynamic column names from request body in UPDATE",
              "Use a fixed column list.", conf=0.8),
            F("PATCH-MASS-ASSIGN", "major", "security", "Mass assignment of gig columns by bookers",
              "Allow only editable fields.", d=+1, conf=0.75),
            F("GIG-IDOR", "major", "security", "Missing authorization on gig details",
              "Check the booker.", d=+2, conf=0.8),
            F("INVOICE-SHELL", "major", "security", "Command injection in invoice generation", "Use execFile.", conf=0.85),
            F("GIG-DOUBLE-BOOKING", "major", "concurrency", "Non-atomic clash check allows double booking",
              "Use a transaction with a unique constraint.", conf=0.8),
            F("GIG-HOURS-UNCHECKED", "minor", "correctness", "Gig hours not validated before computing the quote",
              "Validate hours as a positive number.", conf=0.65),
            F("CANCEL-REFUND-BOUNDARY", "major", "correctness", "Off-by-one in refund window check",
              "Use >= REFUND_DAYS.", conf=0.75),
            F("CANCEL-TWICE", "minor", "correctness", "Cancellation is not idempotent",
              "Only cancel active gigs.", conf=0.65),
            F("MYGIGS-PAGE-OFFSET", "major", "correctness", "Pagination offset skips first page",
              "Use (page - 1) * size.", conf=0.8),
            F("MYGIGS-SIZE-UNBOUNDED", "minor", "performance", "Page size not limited", "Clamp size.", conf=0.6),
            F("CALENDAR-YEAR-IGNORED", "major", "correctness", "Calendar ignores the year", "Filter by year too.", conf=0.75),
            F("CALENDAR-LAST-DAY", "minor", "correctness", "Calendar loop excludes the last day",
              "Use <=.", d=-1, conf=0.75),
            F("FEE-TOTAL-RACE", "major", "concurrency", "Race condition on feeTotals map",
              "Compute totals in the database.", d=+1, conf=0.7),
            F("WEBHOOK-REPLAY", "major", "security", "Webhook replay adds payments twice",
              "Store processed event ids.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 10 major, 4 minor"),
    ]),
}
