"""test38/ts-kayakdesk: a kayak-hire desk's waivers, paddle sizing and rentals (TypeScript, Express 5 + pg).

Written 2026-12-03 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or the other splits. "
    "Frozen test split test38: seeded problems in a kayak-hire desk service; five agents' answers written by hand."
)

SV = "src/server.ts"
AU = "src/auth.ts"
W = "src/waivers.ts"
R = "src/rentals.ts"
PD = "src/paddles.ts"
SH = "src/sheet.ts"

PROBLEMS = {
    "CORS-REFLECT": P(SV, "cb(null, origin ?? true), credentials: true", "security", "any Origin reflected with credentials: every site can call the desk API as the tablet"),
    "NOTICE-XSS": P(SV, "<p>Reason: ${reason}</p>", "security", "reason query value written into HTML unescaped: reflected XSS on the ramp screen", "source-vs-sink"),
    "STACK-LEAK": P(SV, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to clients"),
    "DESK-KEY-UNSET": P(AU, "if (key === process.env.DESK_KEY) return next();", "security", "DESK_KEY unset and no deskKey given: undefined === undefined lets every request through"),
    "DESK-KEY-IN-QUERY": P(AU, "const key = req.query.deskKey;", "security", "desk key taken from the query string: lands in logs, history and Referer"),
    "AGE-OFF-BY-ONE": P(W, "if (Number(age) <= MIN_AGE)", "bug", "<= rejects 16-year-olds although the rule is 'at least 16'", "off-by-one"),
    "SEARCH-SQLI": P(W, "WHERE lower(name) LIKE '%${name}%'", "security", "name query value interpolated into SQL", "source-vs-sink"),
    "WAIVER-MISSING-ROW": P(W, "res.json({ ...w, validUntil:", "bug", "unknown waiver id: w is undefined and w.signed_at throws (500, not 404)", "signature-vs-statement"),
    "WAIVER-EXPOSED": P(W, 'pool.query("SELECT * FROM waivers WHERE id = $1"', "security", "waiver (email, age, guardian, signature image) served to anyone by id, no auth, SELECT *"),
    "PDF-LANG-INJECTION": P(W, "exec(`waiverpdf --id ${req.params.id} --lang ${lang}", "security", "lang query value in an exec() shell string", "source-vs-sink"),
    "PDF-ID-INJECTION": P(W, "exec(`waiverpdf --id ${req.params.id} --lang ${lang}", "security", "route id also in the same shell string, unvalidated"),
    "LIST-ORDER-SQLI": P(R, "ORDER BY ${sort} LIMIT ${limit}", "security", "sort query value in ORDER BY", "source-vs-sink"),
    "LIST-LIMIT": P(R, "ORDER BY ${sort} LIMIT ${limit}", "bug", "limit unbounded and NaN for non-numbers (LIMIT NaN is a SQL error)"),
    "CLIENT-PRICE": P(R, "const price = req.body.price ?? PRICES[kind] * hours;", "security", "client may send its own price, which is stored and charged"),
    "HOURS-UNVALIDATED": P(R, "const price = req.body.price ?? PRICES[kind] * hours;", "bug", "hours not validated: negative, zero or string hours give a negative or NaN price and due time"),
    "FLEET-RACE": P(R, "await pool.query(INSERT_RENTAL", "bug", "fleet count checked, then await, then decremented: concurrent checkouts hand out more boats than exist", "critical-section"),
    "LATE-FEE-FLOOR": P(R, "Math.floor(lateMs / 3_600_000)", "bug", "floor: the first started late hour is free although each started hour is charged", "off-by-one"),
    "DOUBLE-RETURN": P(R, 'pool.query("UPDATE rentals SET returned_at = now()', "bug", "no returned_at IS NULL check: returning twice puts the boat back twice and recharges the fee"),
    "NEGATIVE-REFUND": P(R, "refund: rental.deposit - fee", "bug", "extra, one agent: fee larger than the deposit gives a negative refund"),
    "TIDE-DUP-FETCH": P(R, 'const r = await fetch("https://tides.example.org', "bug", "cache check-then-fetch across an await: concurrent requests all refetch the tide table", "critical-section"),
    "TIDE-ERROR-CACHED": P(R, "tideCache = { fetched: Date.now(), table: await r.json() };", "bug", "r.ok never checked: an error body is cached for an hour"),
    "PADDLE-CLAMP": P(PD, "if (idx > SIZES.length) idx = SIZES.length;", "bug", "clamps to SIZES.length, one past the end: tall paddlers get undefined/NaN", "off-by-one"),
    "PADDLE-NEGATIVE": P(PD, "let idx = Math.floor((h - 150) / 5);", "bug", "no lower clamp: paddlers under 150 cm get a negative index and NaN length", "signature-vs-statement"),
    "SHEET-HOUR-INDEX": P(SH, "counts[Number(r.hour) - FIRST_HOUR] += 1", "bug", "rentals outside 09-17 write outside the counts array (NaN, busiest slot lost)"),
    "SHEET-LOOP": P(SH, "for (let i = 0; i <= SLOTS.length; i++)", "bug", "<= prints an extra 'undefined' slot line", "off-by-one"),
}

CONFUSABLE = [
    ("DESK-KEY-UNSET", "DESK-KEY-IN-QUERY"),
    ("WAIVER-MISSING-ROW", "WAIVER-EXPOSED"),
    ("PDF-LANG-INJECTION", "PDF-ID-INJECTION"),
    ("LIST-ORDER-SQLI", "LIST-LIMIT"),
    ("CLIENT-PRICE", "HOURS-UNVALIDATED"),
    ("HOURS-UNVALIDATED", "FLEET-RACE"),
    ("LATE-FEE-FLOOR", "DOUBLE-RETURN"),
    ("TIDE-DUP-FETCH", "TIDE-ERROR-CACHED"),
    ("PADDLE-CLAMP", "PADDLE-NEGATIVE"),
    ("SHEET-HOUR-INDEX", "SHEET-LOOP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The desk API has two authentication weaknesses that undercut everything behind them: the desk key is
        read from the query string and, when `DESK_KEY` is unset, any request without one is let through. The
        manager check is solid (fails closed at startup, `timingSafeEqual` with a length check).

        **Highest priority**
        1. Shell injection in the waiver PDF route, SQL injection in waiver search and the rental list.
        2. The desk-key bypass and the credentialed CORS reflection.
        3. Boats can be over-issued under concurrent checkouts; clients can set their own price.

        **Also**
        - Bounds errors in paddle sizing and the day sheet; billing rounding of late hours.
        """,
        Block([
            F("PDF-LANG-INJECTION", "critical", "security", "Command injection via `lang` in the waiver PDF route",
              "Use `execFile(\"waiverpdf\", [\"--id\", id, \"--lang\", lang, \"--out\", out])` and allow-list `lang`.",
              symbol="GET /waivers/:id/pdf", conf=0.9),
            F("PDF-ID-INJECTION", "high", "security", "`req.params.id` is also interpolated into the same shell command",
              "Validate the id as an integer before it reaches the command (the `execFile` change fixes both).",
              symbol="GET /waivers/:id/pdf", conf=0.7),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in waiver search",
              "Bind the pattern: `WHERE lower(name) LIKE $1` with `[`%${name}%`]`.", symbol="GET /waivers/search", conf=0.95),
            F("LIST-ORDER-SQLI", "high", "security", "Unvalidated `sort` spliced into `ORDER BY`",
              "Allow-list the sortable columns.", symbol="GET /rentals", conf=0.9),
            F("DESK-KEY-UNSET", "critical", "security", "Desk routes are open when `DESK_KEY` is not configured",
              "`undefined === undefined` is true, so a request without `deskKey` passes. Refuse to start without the key, as for `MANAGER_KEY`.",
              symbol="deskOnly", conf=0.9),
            F("DESK-KEY-IN-QUERY", "medium", "security", "Desk key is passed in the URL",
              "Read it from a header; query strings end up in proxy logs and browser history.", symbol="deskOnly", conf=0.75),
            F("CORS-REFLECT", "high", "security", "CORS reflects any origin with credentials",
              "Configure an explicit list of origins.", conf=0.85),
            F("NOTICE-XSS", "high", "security", "Reflected XSS on `/notice`",
              "HTML-escape `reason` or render it as text.", symbol="GET /notice", conf=0.85),
            F("FLEET-RACE", "high", "bug", "Concurrent checkouts can hand out more boats than the fleet has",
              "The availability check and the decrement are separated by `await pool.query(...)`; decrement before awaiting (and restore on failure) or keep availability in the database with a conditional UPDATE.",
              d=-2, n=1, symbol="POST /rentals", conf=0.8),
            F("CLIENT-PRICE", "high", "security", "Rental price can be supplied by the client",
              "Ignore `req.body.price`; compute it server-side.", symbol="POST /rentals", conf=0.85),
            F("HOURS-UNVALIDATED", "medium", "bug", "`hours` is not validated",
              "Require a positive integer; negative hours give a negative price and a due time in the past.",
              symbol="POST /rentals", conf=0.7),
            F("WAIVER-MISSING-ROW", "medium", "bug", "`GET /waivers/:id` throws for an unknown id",
              "Return 404 when `rows[0]` is undefined.", d=-1, n=2, symbol="GET /waivers/:id", conf=0.85),
            F("WAIVER-EXPOSED", "high", "security", "Waivers (email, age, signature) readable by anyone",
              "Put the route behind `deskOnly` and select only the columns the desk needs.", symbol="GET /waivers/:id", conf=0.8),
            F("AGE-OFF-BY-ONE", "medium", "bug", "16-year-olds are rejected",
              "The rule is 'at least 16'; compare with `<`.", symbol="POST /waivers", conf=0.85),
            F("LATE-FEE-FLOOR", "medium", "bug", "Late fee ignores the started hour",
              "Use `Math.ceil`: 50 minutes late is currently free.", symbol="POST /rentals/:id/return", conf=0.8),
            F("DOUBLE-RETURN", "medium", "bug", "A rental can be returned twice",
              "Add `AND returned_at IS NULL` and check `rowCount` before touching `fleet`.", symbol="POST /rentals/:id/return", conf=0.8),
            F("PADDLE-CLAMP", "medium", "bug", "Paddle lookup clamps to one past the end of `SIZES`",
              "Clamp to `SIZES.length - 1`; a 200 cm paddler gets `undefined`.", symbol="paddleFor", conf=0.9),
            F("PADDLE-NEGATIVE", "medium", "bug", "Paddlers shorter than 150 cm get no paddle size",
              "Clamp the index at 0 as well.", d=-2, symbol="paddleFor", conf=0.8),
            F("TIDE-DUP-FETCH", "low", "performance", "Tide cache refreshes are not de-duplicated",
              "Cache the in-flight promise so concurrent requests share one fetch.", d=-1, symbol="tideTable", conf=0.6),
            F("SHEET-LOOP", "low", "bug", "Day sheet prints an extra `undefined` line", "Loop with `i < SLOTS.length`.",
              symbol="GET /sheet/:day", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "dot", [
        "tsc not run (no tsconfig.json in the repo).",
        Block([
            F("PDF-LANG-INJECTION", "critical", "security", "exec() with ?lang= in the command string", "execFile + args.", d=-2),
            F("SEARCH-SQLI", "critical", "security", "SQL injection: ?name= in LIKE", "Parameterise.", d=-1),
            F("LIST-ORDER-SQLI", "high", "security", "ORDER BY ${sort} from query", "Allow-list.", d=-2),
            F("DESK-KEY-UNSET", "high", "security", "deskOnly passes when DESK_KEY is unset and deskKey omitted", "Fail closed.", d=-2),
            F("STACK-LEAK", "medium", "security", "Error handler leaks err.stack", "Log it; return a generic error."),
            F("FLEET-RACE", "high", "bug", "fleet[kind] check/decrement not atomic across await", "Reserve first.", d=+1),
            F("CLIENT-PRICE", "high", "security", "req.body.price trusted", "Compute server-side."),
            F("DOUBLE-RETURN", "medium", "bug", "Return is not idempotent; fleet incremented on every call", "WHERE returned_at IS NULL.", d=+1),
            F("PADDLE-CLAMP", "medium", "bug", "Clamp to SIZES.length is out of bounds", "SIZES.length - 1.", d=+1),
            F("TIDE-ERROR-CACHED", "low", "bug", "fetch response status unchecked; errors cached for an hour", "Check r.ok.", d=-1),
            F("SHEET-HOUR-INDEX", "low", "bug", "counts index can fall outside SLOTS", "Skip rows outside the window."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `kayakdesk` service, an Express application for a kayak hire desk that
        records liability waivers, sizes paddles and tracks rentals. Below are my findings, grouped by area.

        ### Security Findings
        """,
        Block([
            F("DESK-KEY-IN-QUERY", "HIGH", "Sensitive Data Exposure", "API Key Transmitted in Query String",
              "Use an `Authorization` header."),
            F("DESK-KEY-UNSET", "CRITICAL", "Broken Access Control", "Authentication Bypass When DESK_KEY Is Undefined",
              "Validate configuration at startup.", d=-1, sd=0,
              desc="If the environment variable is missing, both sides of the strict comparison are `undefined`."),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Waiver Search", "Use parameterized queries."),
            F("LIST-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter", "Validate against allowed columns."),
            F("PDF-LANG-INJECTION", "CRITICAL", "Command Injection", "Command Injection in PDF Generation",
              "Use `execFile` with an argument array.", d=-2, desc="The `lang` parameter flows from the query string into `exec`."),
            F("NOTICE-XSS", "HIGH", "Cross-Site Scripting", "Reflected Cross-Site Scripting in Notice Page",
              "Escape user input before rendering HTML.", d=-1),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy", "Restrict allowed origins."),
            F("WAIVER-EXPOSED", "HIGH", "Sensitive Data Exposure", "Personal Data Exposed Without Authentication",
              "Require authentication on the waiver lookup."),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients", "Do not return `err.stack`."),
        ], wrap="list"),
        """
        ### Logic and Reliability Findings
        """,
        Block([
            F("AGE-OFF-BY-ONE", "major", "Off-by-one Error", "Minimum Age Check Excludes Eligible Paddlers", "Use `<`."),
            F("WAIVER-MISSING-ROW", "major", "Error Handling", "Unhandled Undefined Waiver",
              "Check that the waiver exists.", d=-3),
            F("HOURS-UNVALIDATED", "major", "Input Validation", "Rental Hours Not Validated", "Validate `hours` as a positive integer."),
            F("FLEET-RACE", "major", "Race Condition", "Race Condition in Boat Availability",
              "Use an atomic database update.", d=-2),
            F("LATE-FEE-FLOOR", "minor", "Calculation Error", "Late Fee Rounds Down", "Use `Math.ceil`."),
            U({"severity": "info", "category": "style", "suggestion": "Extract the magic number 3_600_000 into a constant."}),
            F("TIDE-DUP-FETCH", "minor", "Performance", "Cache Stampede on Tide Data",
              "Store the pending promise in the cache.", d=+1),
            F("PADDLE-CLAMP", "major", "Index Out of Range", "Paddle Size Index Out of Bounds", "Clamp to `SIZES.length - 1`."),
            F("PADDLE-NEGATIVE", "minor", "Input Validation", "Negative Index for Short Paddlers", "Clamp the index to zero."),
            F("SHEET-LOOP", "minor", "Off-by-one Error", "Loop Exceeds Slot Array", "Use `<` instead of `<=`.", d=-1, sd=0),
            F("SHEET-HOUR-INDEX", "minor", "Index Out of Range", "Hours Outside Opening Time Corrupt Counts",
              "Ignore or bucket rentals outside 09:00-17:00."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([F("SEARCH-SQLI", "error", "security", "sql injection in waiver search", "use $1")], fence="json", indent=None),
        Block([F("PDF-LANG-INJECTION", "error", "security", "command injection in pdf route (lang)", "execFile")], fence="json", indent=None),
        Block([F("FLEET-RACE", "warning", "", "boats can be double-issued (check then await then decrement)", "atomic update", d=+1)], fence="json", indent=None),
        Block([F("PADDLE-CLAMP", "warning", "bug", "paddle index clamp off by one", "SIZES.length - 1", d=-1)], fence="json", indent=None),
        Block([F("LATE-FEE-FLOOR", "warning", "bug", "late fee uses floor, started hour not charged", "Math.ceil", d=+1)], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL (waiver search, rental list) and OS command (waiver PDF).
        2. Access control: desk key bypass, waiver data exposed.
        3. Concurrency: fleet availability and the tide cache.
        4. Correctness: age limit, paddle sizing, day sheet, returns.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in waiver name search", "Use bound parameters.", conf=0.9),
            F("LIST-ORDER-SQLI", "blocker", "security", "SQL injection through sort parameter", "Whitelist columns.", conf=0.85),
            F("LIST-LIMIT", "minor", "correctness", "Unbounded and unvalidated limit", "Clamp limit to 1..200.", conf=0.6),
            F("PDF-LANG-INJECTION", "blocker", "security", "Command injection in waiver PDF rendering", "Use execFile.", conf=0.9),
            F("DESK-KEY-UNSET", "major", "security", "Desk key check passes when not configured", "Require DESK_KEY.", conf=0.8),
            F("WAIVER-EXPOSED", "major", "security", "Waiver details exposed without authorization", "Add auth.", d=+1, conf=0.7),
            F("CLIENT-PRICE", "major", "security", "Price accepted from request body", "Compute price on the server.", conf=0.85),
            F("FLEET-RACE", "major", "concurrency", "Race on in-memory fleet counter", "Use a DB-level reservation.", conf=0.75),
            F("AGE-OFF-BY-ONE", "major", "correctness", "Minimum age off by one", "Use < MIN_AGE.", d=+1, sd=0, conf=0.8),
            F("DOUBLE-RETURN", "major", "correctness", "Duplicate returns inflate fleet count", "Check returned_at.", conf=0.75),
            F("NEGATIVE-REFUND", "minor", "correctness", "Refund can be negative", "Floor the refund at zero and bill the rest.", conf=0.6),
            F("TIDE-DUP-FETCH", "minor", "concurrency", "Concurrent tide cache refresh", "Share the in-flight promise.", conf=0.6),
            F("TIDE-ERROR-CACHED", "minor", "reliability", "HTTP errors cached as tide data", "Check response.ok.", conf=0.7),
            F("PADDLE-NEGATIVE", "minor", "correctness", "Negative index for heights under 150 cm", "Clamp at zero.", d=+2, sd=+2, conf=0.7),
            F("SHEET-LOOP", "minor", "correctness", "Off-by-one in day sheet loop", "Use <.", conf=0.8),
            F("SHEET-HOUR-INDEX", "minor", "correctness", "Out-of-range slot index for late rentals", "Bounds-check the hour.", d=+2, sd=0, conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 6 major, 7 minor"),
    ]),
}
