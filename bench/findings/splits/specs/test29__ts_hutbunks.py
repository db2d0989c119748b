"""test29/ts-hutbunks: mountain-hut bunk reservations and the wardens' avalanche bulletin desk (TypeScript,
Express 4 + pg). Frozen test split; labels next to each finding.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the git log or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test29): seeded problems in a small hut-reservation and avalanche-bulletin service; "
    "five agents' answers written by hand."
)

A = "src/app.ts"
B = "src/bunks.ts"
L = "src/bulletin.ts"
PROBLEMS = {
    "WARDEN-KEY-IN-QUERY": P(A, 'const key = req.query.key ?? req.header("x-warden-key");', "security",
                             "warden key accepted in the query string: lands in access logs, history, Referer"),
    "WARDEN-KEY-UNDEFINED": P(A, "if (key == WARDEN_KEY) return next();", "security",
                              "WARDEN_KEY unset and no key sent: undefined == undefined, warden routes open",
                              "signature-vs-statement"),
    "GUEST-TOKEN-UNSIGNED": P(A, 'return JSON.parse(Buffer.from(payload, "base64url")', "security",
                              "bearer token payload decoded without verifying any signature: forge any guest id",
                              "signature-vs-statement"),
    "GUEST-TOKEN-CRASH": P(A, 'return JSON.parse(Buffer.from(payload, "base64url")', "bug",
                           "malformed token makes JSON.parse throw inside async handlers; Express 4 does not catch "
                           "rejected promises: hung request / unhandled rejection (extra, one agent)"),
    "NIGHTS-UNBOUNDED": P(A, "const nights = Number(req.query.nights ?? 1);", "performance",
                          "nights from the query is not bounded: nightsBetween builds an arbitrarily large array"),
    "RES-OVERBOOK": P(A, "if (Number(rows[0].used) + bunks > h.bunks)", "bug",
                      "capacity SELECT, check and INSERTs across awaits without a lock or transaction: overbooking",
                      "critical-section"),
    "RES-NOT-ATOMIC": P(A, 'await pool.query("INSERT INTO reservations (id, hut, guest_id, night, bunks)', "bug",
                        "per-night INSERTs outside a transaction: a failure leaves a partial reservation"),
    "RES-CLIENT-DISCOUNT": P(A, "const total = priceFor(h, nights, bunks) * (1 - discount);", "security",
                             "discount taken from the request body: any guest pays what they like",
                             "source-vs-sink"),
    "RES-NIGHTS-UNCHECKED": P(A, "const total = priceFor(h, nights, bunks) * (1 - discount);", "bug",
                              "nights never validated: 0 or negative nights give a zero or negative total "
                              "(extra, one agent)"),
    "RES-LIST-IDOR": P(A, '"SELECT * FROM reservations WHERE guest_id = $1 ORDER BY night"', "security",
                       "guest query value overrides the caller's id: anyone lists anyone's reservations",
                       "source-vs-sink"),
    "REFUND-BOUNDARY": P(A, "const refund = daysBefore > 7", "bug",
                         "> 7 with floored days: cancelling 7 days ahead (policy: full refund) refunds nothing",
                         "off-by-one"),
    "CANCEL-AFTER-ARRIVAL": P(A, 'await pool.query("DELETE FROM reservations WHERE id = $1"', "bug",
                              "reservations whose nights have begun or passed can still be deleted"),
    "WALKIN-COUNT-RACE": P(A, "walkIns.set(req.params.hut, seen + 1);", "bug",
                           "walk-in count read before an await and written after it: lost updates",
                           "critical-section"),
    "FORECAST-STAMPEDE": P(A, "const body = await (await fetch(FORECAST_URL)).json();", "bug",
                           "every request during a cache miss fetches upstream: no in-flight de-duplication",
                           "critical-section"),
    "FORECAST-ERROR-CACHED": P(A, "forecastCache = { at: Date.now(), body };", "bug",
                               "response status never checked: an upstream error body is cached for ten minutes"),
    "BULLETIN-PATH": P(A, "const file = path.join(BULLETIN_DIR, `${b.region}-${b.date}.html`);", "security",
                       "region and date from the body joined into the output path: write outside BULLETIN_DIR",
                       "source-vs-sink"),
    "BULLETIN-SHELL": P(A, "exec(`wkhtmltopdf --quiet ${file}", "security",
                        "file path built from region/date passed to exec (a shell): command injection"),
    "BULLETIN-SQLI": P(A, "WHERE region = '${req.params.region}'", "security",
                       "region route parameter in a template-literal SQL string: SQL injection"),
    "LATEST-NO-ROW": P(A, 'res.type("html").send(renderBulletin(rows[0], rows[0].level));', "bug",
                       "no row for the region: rows[0].level throws instead of a 404"),
    "NIGHTS-EXTRA": P(B, "for (let i = 0; i <= nights; i++) {", "bug",
                      "i <= nights: one night more than booked is reserved and checked", "off-by-one"),
    "DANGER-EMPTY": P(L, "const max = Math.max(...ratings);", "bug",
                      "empty ratings: Math.max() is -Infinity and the level is undefined"),
    "DANGER-INDEX": P(L, "return LEVELS[max];", "bug",
                      "ratings are 1..5 but LEVELS is 0-based: every level one too high, 5 is undefined",
                      "off-by-one"),
    "BULLETIN-XSS-SUMMARY": P(L, "<p>${b.summary}</p>", "security",
                              "summary interpolated into HTML unescaped: stored XSS on the public bulletin page",
                              "signature-vs-statement"),
    "BULLETIN-XSS-DATE": P(L, "<p>${b.summary}</p>", "security",
                           "date interpolated into the heading unescaped (region next to it is escaped)"),
}

CONFUSABLE = [
    ("WARDEN-KEY-IN-QUERY", "WARDEN-KEY-UNDEFINED"),
    ("GUEST-TOKEN-UNSIGNED", "GUEST-TOKEN-CRASH"),
    ("RES-OVERBOOK", "RES-NOT-ATOMIC"),
    ("RES-NOT-ATOMIC", "RES-CLIENT-DISCOUNT"),
    ("RES-CLIENT-DISCOUNT", "RES-NIGHTS-UNCHECKED"),
    ("REFUND-BOUNDARY", "CANCEL-AFTER-ARRIVAL"),
    ("FORECAST-STAMPEDE", "FORECAST-ERROR-CACHED"),
    ("BULLETIN-PATH", "BULLETIN-SHELL"),
    ("BULLETIN-SQLI", "LATEST-NO-ROW"),
    ("DANGER-EMPTY", "DANGER-INDEX"),
    ("BULLETIN-XSS-SUMMARY", "BULLETIN-XSS-DATE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | warden routes open when `WARDEN_KEY` is unset; guest tokens are never verified |
        | P0 | injection | SQL injection in the latest-bulletin lookup; shell and path injection when publishing |
        | P1 | reservations | overbooking race, non-transactional inserts, client-chosen discount, one extra night |
        | P1 | bulletin | danger level mapping is shifted by one; the summary is not escaped |
        | P2 | robustness | walk-in counter, forecast cache, unknown region |

        Done right: `bunks` is validated (integer, 1..`maxGroup`), the capacity arithmetic itself
        (`used + bunks > h.bunks`) is correct, every query except the bulletin lookup is parameterised, the
        availability range is half-open, the cancellation checks ownership, and `renderBulletin` escapes the region
        and every avalanche problem.
        """,
        Block([
            F("WARDEN-KEY-UNDEFINED", "critical", "security", "Warden check passes when `WARDEN_KEY` is not configured",
              "Fail closed when the key is missing and compare with `crypto.timingSafeEqual`.",
              symbol="wardenOnly", conf=0.9),
            F("WARDEN-KEY-IN-QUERY", "medium", "security", "Warden key accepted from the query string",
              "Accept the key only in the `x-warden-key` header; query strings end up in logs.",
              symbol="wardenOnly", conf=0.8),
            F("GUEST-TOKEN-UNSIGNED", "critical", "security", "Guest bearer token is decoded but its signature is never verified",
              "Verify the token (e.g. `jose.jwtVerify`) before trusting `id`.", symbol="guestFrom", conf=0.95),
            F("GUEST-TOKEN-CRASH", "medium", "bug", "A malformed bearer token throws inside async route handlers",
              "Express 4 does not catch rejected promises: wrap handlers (or use express 5) and answer 401 on a bad token.",
              symbol="guestFrom", conf=0.7),
            F("RES-OVERBOOK", "high", "bug", "Capacity check and inserts race: a hut can be overbooked",
              "Lock the hut's rows (`SELECT ... FOR UPDATE` in a transaction) or keep a per-night counter with a CHECK constraint.",
              symbol="POST /reservations", conf=0.85),
            F("RES-NOT-ATOMIC", "medium", "bug", "Per-night inserts are not wrapped in a transaction",
              "Use one client with `BEGIN`/`COMMIT` so a failed night does not leave half a reservation.",
              symbol="POST /reservations", conf=0.75),
            F("RES-CLIENT-DISCOUNT", "high", "security", "Discount is taken from the request body",
              "Compute discounts server-side from the guest's membership; never trust a client-sent fraction.",
              sd=-1, n=2, symbol="POST /reservations", conf=0.9),
            F("RES-LIST-IDOR", "high", "security", "`?guest=` lets anyone list another guest's reservations",
              "Always use the authenticated guest's id.", d=-1, symbol="GET /reservations", conf=0.9),
            F("REFUND-BOUNDARY", "low", "bug", "Refund boundary excludes cancellations exactly 7 days ahead",
              "Use `>= 7` (and compare dates, not floored millisecond differences).",
              symbol="DELETE /reservations/:id", conf=0.7),
            F("WALKIN-COUNT-RACE", "low", "bug", "Walk-in counter update spans an `await`: concurrent requests lose counts",
              "Increment before awaiting, or count rows in `walk_ins`.", d=-2, n=3,
              symbol="POST /huts/:hut/walk-ins", conf=0.7),
            F("FORECAST-STAMPEDE", "low", "performance", "Forecast cache has no in-flight de-duplication",
              "Cache the pending promise so concurrent misses share one upstream request.",
              d=-1, n=2, symbol="GET /forecast", conf=0.65),
            F("BULLETIN-PATH", "high", "security", "Bulletin file path is built from `region` and `date`",
              "Validate both (`^[a-z-]+$`, ISO date) and check the resolved path stays in `BULLETIN_DIR`.",
              symbol="POST /bulletins", conf=0.8),
            F("BULLETIN-SHELL", "high", "security", "Shell command built from the bulletin file path",
              "Use `execFile(\"wkhtmltopdf\", [\"--quiet\", file, pdf])`.", symbol="POST /bulletins", conf=0.85),
            F("BULLETIN-SQLI", "critical", "security", "SQL injection in the latest-bulletin lookup",
              "Use `$1` for `region`.", symbol="GET /bulletins/:region/latest", conf=0.95),
            F("LATEST-NO-ROW", "medium", "bug", "Unknown region crashes the handler (`rows[0]` is undefined)",
              "Return 404 when no bulletin exists.", symbol="GET /bulletins/:region/latest", conf=0.85),
            F("NIGHTS-EXTRA", "medium", "bug", "`nightsBetween` yields one night too many",
              "Loop `i < nights`; a two-night stay currently holds three nights of bunks.",
              symbol="nightsBetween", conf=0.85),
            F("DANGER-INDEX", "high", "bug", "Danger rating 1-5 is used to index a 0-based array",
              "`LEVELS[max - 1]`; level 5 currently renders as `undefined` and level 1 as \"moderate\".",
              symbol="dangerLevel", conf=0.9),
            F("BULLETIN-XSS-SUMMARY", "high", "security", "Bulletin summary is rendered into HTML without escaping",
              "Escape `b.summary` like the region.", symbol="renderBulletin", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "hutbunks review — tsc not run.",
        Block([
            F("WARDEN-KEY-UNDEFINED", "critical", "security", "wardenOnly: undefined == undefined when WARDEN_KEY unset",
              "require key; timingSafeEqual", d=-2),
            F("GUEST-TOKEN-UNSIGNED", "critical", "security", "guestFrom trusts unsigned token payload",
              "verify signature", d=-3),
            F("RES-CLIENT-DISCOUNT", "high", "security", "discount read from req.body",
              "server-side pricing", d=-1),
            F("RES-LIST-IDOR", "high", "security", "guest query param overrides caller identity",
              "ignore req.query.guest", d=-1),
            F("BULLETIN-PATH", "medium", "security", "region/date from body used in file path",
              "validate region/date", d=-2),
            F("BULLETIN-SQLI", "critical", "security", "region param concatenated into SQL",
              "parameterize"),
            F("RES-OVERBOOK", "high", "bug", "capacity check then INSERT not atomic -> overbooking",
              "transaction + row lock", d=3),
            F("NIGHTS-EXTRA", "medium", "bug", "nightsBetween uses <=, returns nights+1 dates",
              "i < nights"),
            F("NIGHTS-UNBOUNDED", "medium", "performance", "nights query param unbounded",
              "clamp 1..14"),
            F("REFUND-BOUNDARY", "low", "bug", "refund: exactly 7 days ahead gets nothing (> vs >=)",
              ">= 7", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the hut reservation and avalanche bulletin service. Here is my analysis.

        **Architecture.** The service is an Express 4 application with a PostgreSQL pool. Guests reserve bunks
        in three huts; wardens publish avalanche bulletins that are written to disk, converted to PDF and
        stored in the database, and the latest bulletin per region is served publicly as HTML.

        **Security.** The most serious problems are in the bulletin desk: the public lookup builds SQL from the
        URL, and publishing builds both a file path and a shell command from request data. Authentication of
        guests relies on an unverified token.
        """,
        Block([
            F("BULLETIN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Bulletin Retrieval",
              "Use parameterized queries.",
              desc="The `region` route parameter is embedded directly in the SQL string."),
            F("BULLETIN-SHELL", "HIGH", "Command Injection", "Command Injection via Bulletin Region",
              "Use `execFile` with an argument array."),
            F("BULLETIN-PATH", "HIGH", "Path Traversal", "Path Traversal in Bulletin File Write",
              "Sanitize `region` and `date`.", d=1),
            F("BULLETIN-XSS-DATE", "MEDIUM", "Cross-Site Scripting", "Cross-Site Scripting via Bulletin Date",
              "Escape `b.date` before rendering.",
              desc="`escapeHtml` is applied to the region but not to the date in the heading."),
            F("GUEST-TOKEN-UNSIGNED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use a JWT library and verify the signature.", d=-1),
            F("WARDEN-KEY-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Warden Key Exposed in URL Query Parameters",
              "Only read the key from a header."),
            F("RES-CLIENT-DISCOUNT", "HIGH", "Business Logic", "Client-Controlled Discount",
              "Do not accept discounts from the client."),
        ], wrap="list"),
        """
        **Reliability and concurrency.**
        """,
        Block([
            U({"severity": "info", "category": "Maintainability", "suggestion": "Split app.ts into routers."}),
            F("RES-OVERBOOK", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Use a transaction with row-level locking.", d=-3),
            F("WALKIN-COUNT-RACE", "LOW", "Race Condition", "Race Condition in Walk-in Counter",
              "Update the map atomically."),
            F("FORECAST-ERROR-CACHED", "MEDIUM", "Caching", "Failed Forecast Responses Are Cached",
              "Check `response.ok` before caching."),
            F("LATEST-NO-ROW", "MEDIUM", "Error Handling", "Missing Null Check for Bulletin Lookup",
              "Return 404 if no rows are found."),
            F("DANGER-EMPTY", "LOW", "Error Handling", "Empty Ratings Produce an Undefined Danger Level",
              "Reject bulletins without ratings."),
            F("CANCEL-AFTER-ARRIVAL", "LOW", "Business Logic", "Reservations Can Be Cancelled After Arrival",
              "Reject cancellations once the first night has started."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found 6 issues",
        Block([
            F("BULLETIN-SQLI", "error", "security", "sql injection in /bulletins/:region/latest", "use $1"),
            F("BULLETIN-SHELL", "error", "security", "command injection in wkhtmltopdf call", "execFile"),
            F("WARDEN-KEY-UNDEFINED", "error", "", "warden auth bypass if WARDEN_KEY unset", "fail closed"),
            F("RES-OVERBOOK", "warning", "bug", "overbooking race", "lock / transaction"),
            F("DANGER-INDEX", "warning", "bug", "danger level off by one", "LEVELS[max - 1]", d=-1),
            F("RES-NIGHTS-UNCHECKED", "warning", "bug", "nights not validated (0 or negative = free stay)",
              "validate nights"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Injection: SQL (bulletin lookup), OS command and path (bulletin publishing), stored XSS.
        2. Authentication: unsigned guest token, warden key optional.
        3. Authorisation: reservation listing by arbitrary guest id.
        4. Concurrency: overbooking, walk-in counter, forecast cache.
        5. Off-by-one: nights, danger level, refund window.
        """,
        Block([
            F("BULLETIN-SQLI", "blocker", "security", "SQL injection in latest bulletin endpoint",
              "Use parameterized query.", conf=0.95),
            F("BULLETIN-SHELL", "blocker", "security", "OS command injection in PDF generation",
              "Use execFile.", conf=0.85),
            F("BULLETIN-PATH", "major", "security", "Path traversal when writing bulletin file",
              "Validate region and date.", conf=0.8),
            F("BULLETIN-XSS-SUMMARY", "major", "security", "Stored XSS in bulletin rendering",
              "Escape all interpolated values.", d=-2, conf=0.75),
            F("GUEST-TOKEN-UNSIGNED", "blocker", "security", "Authentication token not verified",
              "Verify the token signature.", conf=0.9),
            F("WARDEN-KEY-UNDEFINED", "major", "security", "Warden authentication bypass when key not configured",
              "Require WARDEN_KEY at startup.", conf=0.85),
            F("RES-LIST-IDOR", "major", "security", "Reservation listing exposes other guests' data",
              "Use the authenticated guest id.", conf=0.85),
            F("RES-OVERBOOK", "major", "concurrency", "Race condition in reservation capacity check",
              "Use a transaction.", conf=0.8),
            F("RES-NOT-ATOMIC", "minor", "correctness", "Reservation inserts are not transactional",
              "Wrap in BEGIN/COMMIT.", conf=0.7),
            F("WALKIN-COUNT-RACE", "minor", "concurrency", "Lost update on walk-in counter",
              "Avoid read-await-write.", d=-1, conf=0.6),
            F("FORECAST-STAMPEDE", "minor", "performance", "Concurrent forecast requests all hit the upstream API",
              "Share the in-flight request.", conf=0.6),
            F("NIGHTS-EXTRA", "major", "correctness", "Off-by-one in nightsBetween", "Use i < nights.",
              d=1, sd=0, conf=0.85),
            F("DANGER-INDEX", "major", "correctness", "Off-by-one mapping from danger rating to level",
              "Subtract one from the rating.", conf=0.85),
            F("REFUND-BOUNDARY", "minor", "correctness", "Refund window excludes the 7th day",
              "Use >= 7.", conf=0.7),
            F("LATEST-NO-ROW", "minor", "correctness", "Missing 404 when no bulletin exists",
              "Check rows.length.", conf=0.8),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}
