"""test119/ts-icederby: an ice-fishing derby desk (TypeScript). Frozen test split test119; labels next to each finding.

Written 2026-12-08 by a helper session that had seen neither the merger code nor any score (see the test119
section of splits/README.md for exactly what it read).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-08 by a helper session that had seen neither the merger code nor any score. Frozen test "
    "split test119: seeded problems in an Express + pg desk for an ice-fishing derby (hole permits, catch "
    "weigh-ins, leaderboard, shanty rentals); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "HARDCODED-JWT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "derby-dev-secret";', "security", "JWT secret falls back to a hard-coded string: anyone can mint angler tokens"),
    "JWT-EXPIRY-IGNORED": P(S, "{ ignoreExpiration: true }", "security", "angler tokens verified with ignoreExpiration: expired tokens accepted forever", "signature-vs-statement"),
    "MARSHAL-KEY-UNSET-OPEN": P(S, "if (req.query.key === MARSHAL_KEY) return next();", "security", "MARSHAL_KEY unset: undefined === undefined lets a request without a key through marshalOnly", "signature-vs-statement"),
    "MARSHAL-KEY-IN-QUERY": P(S, "if (req.query.key === MARSHAL_KEY) return next();", "security", "marshal key taken from the query string (logged, leaked in referers); plain === compare"),
    "ICE-REPORT-STALE": P(S, 'const ice = await pool.query("SELECT thickness_cm', "bug", "latest ice report used however old it is: a weeks-old thickness clears a zone"),
    "ICE-NO-REPORT-ALLOWED": P(S, "if (ice.rows.length > 0 && ice.rows[0].thickness_cm < MIN_ICE_CM)", "bug", "a zone with no ice report at all (or an unknown zone) gets a permit"),
    "HOLE-LIMIT-RACE": P(S, "if (held.rows[0].n + holes > MAX_HOLES)", "bug", "hole limit checked with a SUM then an INSERT across awaits, no transaction: concurrent requests exceed MAX_HOLES", "critical-section"),
    "UNKNOWN-SPECIES-NO-MIN": P(S, "if (min !== undefined && lengthCm < min)", "bug", "a species missing from MIN_LENGTH_CM (or misspelt) skips the release rule and is accepted"),
    "WEIGHT-UNCHECKED": P(S, "const points = Math.round(weightG / 10)", "bug", "weightG and lengthCm from the body never validated (negative, strings, absurd values) before scoring"),
    "DAILY-BEST-RACE": P(S, "await saveCatch(permitId, species, weightG, lengthCm, points);", "bug", "dailyBest read before an await and written after it: a concurrent heavier catch is overwritten by a lighter one", "critical-section"),
    "SLIP-PRINTER-INJECTION": P(S, "exec(`print-slip --printer ${printer}", "security", "printer query value interpolated into an exec() shell command", "source-vs-sink"),
    "SLIP-SPECIES-INJECTION": P(S, "exec(`print-slip --printer ${printer}", "security", "species from the body interpolated (in double quotes) into the same shell command"),
    "CATCH-SEARCH-SQLI": P(S, "WHERE c.species = '${species}'", "security", "species query value interpolated into the catches SQL", "source-vs-sink"),
    "LEADERBOARD-LOOP-OVERRUN": P(S, "for (let i = 0; i <= rows.length; i++)", "bug", "loop runs to i == rows.length: rows[i] is undefined and every leaderboard request throws", "off-by-one"),
    "NICKNAME-XSS": P(S, "html += `<li>${rows[i].nickname}", "security", "angler nicknames rendered into the leaderboard HTML unescaped"),
    "RENT-EXTRA-NIGHT": P(S, "const nights = Math.round(", "bug", "nights = days between + 1: every rental is charged one night too many", "off-by-one"),
    "UNKNOWN-SHANTY-CRASH": P(S, "const price = nights * shanty.rows[0].nightly_cents;", "bug", "unknown shanty id: rows[0] undefined, TypeError (unhandled rejection)"),
    "RENTAL-DOUBLE-BOOK": P(S, "if (clash.rowCount) return res.status(409)", "bug", "clash SELECT then INSERT across awaits without a transaction or constraint: a shanty can be double-booked", "critical-section"),
    "RENTAL-DETAILS-UNAUTH": P(S, '"SELECT r.*, a.phone, a.email FROM rentals r', "security", "rental details with the renter's phone and email served to anyone", "signature-vs-statement"),
    "CANCEL-NOT-OWNER": P(S, '"DELETE FROM rentals WHERE id = $1 RETURNING', "security", "any signed-in angler can cancel any rental (no angler_id check), and the refund is credited to the caller", "signature-vs-statement"),
    "REFUND-AFTER-START": P(S, "if (rows.length > 0) await refund(", "bug", "full price refunded whatever the start date, even for a rental already under way or over"),
    "ANGLERS-SIZE-UNBOUNDED": P(S, "const size = Number(req.query.size ?? 25);", "performance", "page size from the query never capped"),
    "ANGLERS-PAGE-SKIP": P(S, '"SELECT id, nickname, phone FROM anglers ORDER BY id LIMIT $1 OFFSET $2"', "bug", "OFFSET page * size with a 1-based page: the first page of anglers is never returned", "off-by-one"),
    "PHOTO-TRAVERSAL": P(S, "const file = path.join(PHOTO_DIR, name);", "security", "file query value joined to PHOTO_DIR and sent: any file readable", "source-vs-sink"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("MARSHAL-KEY-UNSET-OPEN", "MARSHAL-KEY-IN-QUERY"),
    ("ICE-REPORT-STALE", "ICE-NO-REPORT-ALLOWED"),
    ("UNKNOWN-SPECIES-NO-MIN", "WEIGHT-UNCHECKED"),
    ("SLIP-PRINTER-INJECTION", "SLIP-SPECIES-INJECTION"),
    ("LEADERBOARD-LOOP-OVERRUN", "NICKNAME-XSS"),
    ("RENT-EXTRA-NIGHT", "UNKNOWN-SHANTY-CRASH"),
    ("UNKNOWN-SHANTY-CRASH", "RENTAL-DOUBLE-BOOK"),
    ("CANCEL-NOT-OWNER", "REFUND-AFTER-START"),
    ("ANGLERS-SIZE-UNBOUNDED", "ANGLERS-PAGE-SKIP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole derby desk: angler JWTs, a judges' key (`judgeOnly`, which is done right:
        fails closed, length check before `timingSafeEqual`) and a marshals' key (`marshalOnly`, which is not).

        1. Injection: `GET /catches` builds SQL from `species`; the weigh-in slip goes through a shell with
           `printer` and `species` in it.
        2. Authentication: expired and forged angler tokens, and `marshalOnly` failing open.
        3. Rentals: wrong price, a double-booking race, cancellation of other people's rentals.
        4. The leaderboard throws on every request and does not escape nicknames.

        The hole-limit arithmetic itself is right (the problem is the race around it), the judges' key check
        is right, and the shanty availability query uses the right interval test.
        """,
        Block([
            F("JWT-EXPIRY-IGNORED", "high", "security", "`anglerFrom` accepts expired tokens (`ignoreExpiration: true`)",
              "Drop `ignoreExpiration` and issue short-lived tokens; pin `algorithms: [\"HS256\"]` while you are there.",
              symbol="anglerFrom", conf=0.9),
            F("HARDCODED-JWT-SECRET", "high", "security", "JWT secret falls back to a hard-coded string",
              "Fail at startup when `JWT_SECRET` is missing; `derby-dev-secret` is in the repository.", conf=0.85),
            F("MARSHAL-KEY-UNSET-OPEN", "critical", "security", "`marshalOnly` passes every request when `MARSHAL_KEY` is unset",
              "With the variable unset `req.query.key === MARSHAL_KEY` is `undefined === undefined`. Refuse when the key is not configured, as `judgeOnly` does.",
              symbol="marshalOnly", conf=0.9),
            F("MARSHAL-KEY-IN-QUERY", "medium", "security", "Marshal key is sent in the query string",
              "Take it from a header and compare with `timingSafeEqual`; query strings end up in logs.", symbol="marshalOnly", conf=0.7),
            F("ICE-NO-REPORT-ALLOWED", "high", "bug", "Permits are issued for zones with no ice report at all",
              "Refuse a permit unless a report exists for the zone (`ice.rows.length === 0` should be a 409).",
              symbol="POST /permits", conf=0.8),
            F("HOLE-LIMIT-RACE", "medium", "bug", "Hole limit check and insert are not atomic",
              "Do the SUM and the INSERT in one transaction with `SELECT ... FOR UPDATE` on the angler row, or enforce the limit in the database.",
              d=-1, n=2, symbol="POST /permits", conf=0.75),
            F("DAILY-BEST-RACE", "medium", "bug", "`dailyBest` is read before an `await` and written after it",
              "Read and compare after the insert (no await in between), or compute the daily best from `catches` in SQL.",
              d=-1, symbol="POST /weighins", conf=0.7),
            F("SLIP-PRINTER-INJECTION", "critical", "security", "Command injection through `?printer=` in the weigh-in slip",
              "Use `execFile(\"print-slip\", [\"--printer\", printer, ...])` and check `printer` against the known printers.",
              symbol="POST /weighins", conf=0.9),
            F("SLIP-SPECIES-INJECTION", "high", "security", "`species` from the body is also interpolated into the `print-slip` command",
              "Double quotes do not stop `$(...)`; pass `species` as an argument with `execFile`.", symbol="POST /weighins", conf=0.75),
            F("CATCH-SEARCH-SQLI", "critical", "security", "SQL injection in `GET /catches` via `species`",
              "Use `WHERE c.species = $1` with `[species]`.", symbol="GET /catches", conf=0.95),
        ]),
        "Leaderboard, rentals and the rest:",
        Block([
            F("LEADERBOARD-LOOP-OVERRUN", "high", "bug", "Leaderboard loop runs one past the end of `rows`",
              "`i < rows.length`; today the last iteration reads `rows[rows.length].nickname` and throws.", symbol="GET /leaderboard", conf=0.9),
            F("NICKNAME-XSS", "high", "security", "Nicknames are rendered unescaped on the leaderboard",
              "`escapeHtml(rows[i].nickname)`, as is already done for the title.", symbol="GET /leaderboard", conf=0.85),
            F("RENT-EXTRA-NIGHT", "medium", "bug", "Rental price counts one night too many",
              "Nights are the day difference, no `+ 1`: 1 to 3 February is two nights.", symbol="POST /shanties/:id/rentals", conf=0.85),
            F("RENTAL-DOUBLE-BOOK", "medium", "bug", "Shanty clash check and insert race",
              "Use an exclusion constraint on `(shanty_id, daterange(starts_on, ends_on))` or a transaction with a lock on the shanty.",
              symbol="POST /shanties/:id/rentals", conf=0.75),
            F("RENTAL-DETAILS-UNAUTH", "high", "security", "`GET /rentals/:id` exposes renters' phone and email without authentication",
              "Require a token and return the rental only to its angler.", d=-1, symbol="GET /rentals/:id", conf=0.85),
            F("CANCEL-NOT-OWNER", "high", "security", "Any signed-in angler can cancel any rental, and the refund goes to them",
              "`DELETE ... WHERE id = $1 AND angler_id = $2`, refund the rental's own angler.", symbol="DELETE /rentals/:id", conf=0.9),
            F("REFUND-AFTER-START", "medium", "bug", "Cancellation refunds the full price even after the rental started",
              "Compare `starts_on` with now (it is already returned) and apply the cancellation policy.", symbol="DELETE /rentals/:id", conf=0.7),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photos`",
              "`res.sendFile(name, { root: PHOTO_DIR })` rejects `..`; or strip to `path.basename`.", d=+1, symbol="GET /photos", conf=0.85),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler returns stack traces to clients",
              "Log the error and answer a generic message.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("MARSHAL-KEY-UNSET-OPEN", "critical", "security", "marshalOnly: undefined === undefined when MARSHAL_KEY is unset -> open",
              "Fail closed if !MARSHAL_KEY.", d=-1),
            F("JWT-EXPIRY-IGNORED", "high", "security", "JWT expiry ignored", "Remove ignoreExpiration.", d=-2),
            F("SLIP-PRINTER-INJECTION", "critical", "security", "Shell injection via ?printer= (exec)", "execFile + allow-list.", d=-1),
            F("CATCH-SEARCH-SQLI", "critical", "security", "SQLi: species interpolated into /catches query", "$1 param.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal: ?file= joined to PHOTO_DIR", "sendFile root option.", d=-1),
            F("HOLE-LIMIT-RACE", "medium", "bug", "Hole limit race: SUM then INSERT without tx/lock", "Transaction + row lock.", d=+1),
            F("RENTAL-DOUBLE-BOOK", "medium", "bug", "Double booking: clash SELECT then INSERT, no constraint/tx", "Exclusion constraint.", d=-1),
            F("UNKNOWN-SHANTY-CRASH", "low", "bug", "Unknown shanty id -> rows[0] undefined -> TypeError", "404 if no row."),
            F("RENT-EXTRA-NIGHT", "medium", "bug", "nights off by one (+1) -> overcharge", "Drop + 1.", d=+2),
            F("CANCEL-NOT-OWNER", "high", "security", "DELETE /rentals/:id has no owner check", "AND angler_id = $2.", d=-3),
            F("ANGLERS-PAGE-SKIP", "medium", "bug", "OFFSET page*size with 1-based page skips first page", "(page - 1) * size."),
            F("LEADERBOARD-LOOP-OVERRUN", "high", "bug", "i <= rows.length -> rows[rows.length] undefined -> 500 on every leaderboard", "i < rows.length.", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `icederby` service, an Express application backed by PostgreSQL that
        manages an ice-fishing derby: hole permits, catch weigh-ins, a public leaderboard and shanty rentals.

        ## Critical and High Severity Issues

        The most serious problems are injection flaws in the catch search and in the slip printing, and an
        authorization bypass in the marshal middleware.
        """,
        Block([
            F("CATCH-SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Catch Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `species` query parameter is embedded in a template literal that forms the SQL statement."),
            F("SLIP-PRINTER-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Printer Name in Weigh-In Slip",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="`printer` comes straight from `req.query` and is placed in a command string run by `exec`, which spawns a shell."),
            F("MARSHAL-KEY-UNSET-OPEN", "HIGH", "Broken Authentication", "Marshal Authorization Bypass When Key Is Undefined",
              "Check that `MARSHAL_KEY` is defined before comparing."),
            F("HARDCODED-JWT-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded Fallback JWT Secret",
              "Require `JWT_SECRET` from the environment."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Resolve the path and verify it stays within `PHOTO_DIR`.", sd=-2, n=3),
            F("RENTAL-DETAILS-UNAUTH", "HIGH", "Information Disclosure", "Rental Details Expose Personal Contact Information",
              "Authenticate the request and check ownership."),
            F("NICKNAME-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected Nicknames in Leaderboard HTML",
              "Escape nicknames with `escapeHtml`."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ## Medium and Low Severity Issues
        """,
        Block([
            U({"severity": "LOW", "category": "Code Quality", "description": "Route handlers are defined inline; consider splitting them into routers."}),
            F("RENTAL-DOUBLE-BOOK", "MEDIUM", "Race Condition", "Race Condition Allows Double-Booking of Shanties",
              "Wrap the availability check and the insert in a transaction.", d=+1,
              desc="Two requests for overlapping nights can both pass the clash check before either inserts."),
            F("ICE-REPORT-STALE", "MEDIUM", "Logic Error", "Outdated Ice Thickness Reports Used for Safety Decisions",
              "Only accept reports measured within the last 24 hours."),
            F("WEIGHT-UNCHECKED", "MEDIUM", "Input Validation", "Catch Weight and Length Are Not Validated",
              "Validate that weight and length are positive numbers within plausible limits.",
              desc="`weightG` and `lengthCm` are taken from the request body as-is; a negative or string weight produces nonsensical points."),
            F("ANGLERS-SIZE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Page Size in Angler Listing",
              "Cap `size` at a reasonable maximum."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CATCH-SEARCH-SQLI", "error", "security", "sql injection in /catches", "use $1"),
            F("SLIP-PRINTER-INJECTION", "error", "security", "command injection via printer query param", "execFile"),
            F("MARSHAL-KEY-IN-QUERY", "warning", "", "marshal key passed in url query", "use a header"),
            F("LEADERBOARD-LOOP-OVERRUN", "error", "bug", "leaderboard loop goes one past the end (<=)", "use <"),
            F("RENTAL-DOUBLE-BOOK", "warning", "bug", "rental clash check is racy", "transaction", d=-1),
            F("UNKNOWN-SPECIES-NO-MIN", "warning", "bug", "unknown species skip the min length check", "reject unknown species", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: hard-coded JWT secret, expiry ignored, marshal check fails open.
        2. Injection: SQL injection in the catch search.
        3. Concurrency: permit limit and daily best updated non-atomically.
        4. Correctness: ice report age, species rule, rental nights, refunds, pagination.
        5. Information disclosure in the error handler.
        """,
        Block([
            F("HARDCODED-JWT-SECRET", "major", "security", "Hard-coded default JWT secret", "Require the secret from configuration.", conf=0.85),
            F("JWT-EXPIRY-IGNORED", "major", "security", "Token expiration is not enforced", "Remove ignoreExpiration.", conf=0.85),
            F("MARSHAL-KEY-UNSET-OPEN", "blocker", "security", "Authorization bypass in marshalOnly when MARSHAL_KEY is not set",
              "Deny access when the key is undefined.", conf=0.85),
            F("ICE-REPORT-STALE", "major", "correctness", "Ice safety check uses the latest report regardless of its age",
              "Filter reports by measured_at.", d=+1, conf=0.7),
            F("HOLE-LIMIT-RACE", "major", "concurrency", "Race condition in hole permit limit enforcement",
              "Use a transaction with row locking.", conf=0.75),
            F("UNKNOWN-SPECIES-NO-MIN", "minor", "correctness", "Minimum length rule skipped for species not in the table",
              "Reject unknown species.", conf=0.7),
            F("DAILY-BEST-RACE", "major", "concurrency", "Lost update of the daily best catch across await",
              "Recompute the daily best from the database.", d=+1, conf=0.65),
            F("CATCH-SEARCH-SQLI", "blocker", "security", "SQL injection in catch search", "Use parameterized queries.", d=+1, conf=0.9),
            F("RENT-EXTRA-NIGHT", "major", "correctness", "Off-by-one in nights calculation overcharges renters",
              "Remove the + 1.", conf=0.8),
            F("UNKNOWN-SHANTY-CRASH", "minor", "reliability", "Missing existence check for the shanty before pricing",
              "Return 404 when the shanty does not exist.", conf=0.75),
            F("REFUND-AFTER-START", "major", "correctness", "Refund issued regardless of the rental start date",
              "Apply a cancellation policy based on starts_on.", d=-1, conf=0.65),
            F("ANGLERS-PAGE-SKIP", "major", "correctness", "Off-by-one in angler pagination offset",
              "Use (page - 1) * size.", d=-2, conf=0.8),
            F("ANGLERS-SIZE-UNBOUNDED", "minor", "performance", "Unbounded page size in angler listing", "Cap size.", conf=0.7),
            F("ERROR-STACK-LEAK", "major", "security", "Stack traces exposed in error responses", "Return a generic error.", conf=0.8),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 9 major, 3 minor"),
    ]),
}
