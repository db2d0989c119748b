"""test98/ts-tapestryloom: a tapestry conservator's loom bookings and thread dye lots (TypeScript, Express 4 + pg).

Frozen test split test98 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code, its
scores, or any other split's answers, specs or labels (only tune2/py-snapctl's spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's data. "
    "Frozen test split test98: seeded problems in a tapestry studio's loom booking and dye-lot service; five agents' "
    "answers written by hand."
)

S = "src/server.ts"

PROBLEMS = {
    "JWT-DECODE": P(S, "const claims = jwt.decode(token)", "security",
                    "jwt.decode instead of jwt.verify: any unsigned token is accepted as a conservator",
                    "signature-vs-statement"),
    "ASYNC-THROW": P(S, 'if (!claims) throw Object.assign(new Error("not signed in")', "bug",
                     "conservator() throws inside async handlers; Express 4 does not catch the rejection, so the "
                     "401 is never sent (request hangs, unhandled rejection)"),
    "STUDIO-KEY-FAILOPEN": P(S, "if (req.query.key === process.env.STUDIO_KEY) return next();", "security",
                             "studioOnly passes when STUDIO_KEY is unset and no key is given (undefined === undefined)"),
    "STUDIO-KEY-IN-QUERY": P(S, "if (req.query.key === process.env.STUDIO_KEY) return next();", "security",
                             "studio key passed in the query string (logs, history, referrers) and compared with ==="),
    "CORS-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                          "CORS reflects any origin with credentials allowed"),
    "BODY-LIMIT": P(S, 'app.use(express.json({ limit: "50mb" }));', "security",
                    "50 MB JSON body limit: cheap memory and CPU exhaustion"),
    "LOOM-ID-SQLI": P(S, "WHERE loom_id = ${loom} AND day = $1", "security",
                      "loom id route parameter interpolated into the bookings query", "source-vs-sink"),
    "BOOKING-RACE": P(S, 'if (clash.rowCount) return res.status(409).json({ error: "loom already booked" });', "bug",
                      "clash check and insert not atomic: two concurrent bookings of the same hours both succeed",
                      "critical-section"),
    "BOOKING-HOURS-OBO": P(S, "const hours = end - start + 1;", "bug",
                           "end hour is exclusive (see the clash query) but hours adds one: every booking is charged "
                           "an extra hour", "off-by-one"),
    "CANCEL-NOT-OWNED": P(S, '"DELETE FROM bookings WHERE id = $1 RETURNING fee_pence, day"', "security",
                          "any signed-in conservator deletes (and is refunded for) anyone's booking"),
    "BOOKINGS-PAGE-OFFSET": P(S, "const offset = page * PAGE;", "bug",
                              "page is at least 1 and multiplied without subtracting one: the first page is never "
                              "returned", "off-by-one"),
    "DYELOT-LIMIT-UNBOUNDED": P(S, "const limit = Number(req.query.limit) || 50;", "performance",
                                "limit from the query has no upper bound (and may be negative or fractional)"),
    "DYELOT-SQLI": P(S, "WHERE colour ILIKE '%${colour}%'", "security",
                     "colour query value interpolated into the dye-lot search", "source-vs-sink"),
    "DRAW-GRAMS-UNVALIDATED": P(S, "const grams = Number(req.body.grams);", "bug",
                                "grams not validated: negative draws add thread, NaN writes NULL, overdraws go below 0"),
    "DRAW-LOST-UPDATE": P(S, "const left = rows[0].remaining_g - grams;", "bug",
                          "read-then-write of remaining_g outside a transaction: concurrent draws lose updates",
                          "critical-section"),
    "PLAN-LOTS-MISSING": P(S, '"SELECT * FROM dyelots WHERE lot = ANY($1)"', "bug",
                           "unknown lot names are silently dropped: the plan is approved for lots that do not exist"),
    "SKEIN-FLOOR": P(S, "const skeins = Math.floor(grams / SKEIN_GRAMS);", "bug",
                     "Math.floor undercounts skeins: the remainder of the thread is never planned", "off-by-one"),
    "LOT-LOOP-SKIPS-LAST": P(S, "for (let i = 1; i < rows.length - 1; i++)", "bug",
                             "loop stops one short: the last lot is never compared with the reference lot",
                             "off-by-one"),
    "SWATCH-EXEC-INJECTION": P(S, "exec(`magick -size 200x200 xc:'${hex}' ${out}`", "security",
                               "hex (request body) and lot (route) interpolated into a shell command",
                               "signature-vs-statement"),
    "SWATCH-EXEC-IGNORED": P(S, "exec(`magick -size 200x200 xc:'${hex}' ${out}`", "bug",
                             "exec callback ignores the error and renderSwatch returns before the file exists"),
    "REPORT-TRAVERSAL": P(S, 'await fs.readFile(full, "utf8")', "security",
                          "file query value joined to REPORT_DIR: ../ reads any file", "source-vs-sink"),
    "LABEL-XSS": P(S, '<div class="notes">${p.notes}</div>', "security",
                   "project notes rendered unescaped in the public label page (stored XSS)"),
    "REMINDER-DUP": P(S, "await fetch(`${process.env.SMS_URL}/send`", "bug",
                      "has-check, await, add: overlapping interval runs send the same reminder twice",
                      "critical-section"),
    "REMINDER-UNHANDLED": P(S, "setInterval(() => void sendReminders(), 60_000);", "bug",
                            "a failed SMS call rejects an un-awaited promise: unhandled rejection kills the process"),
    "ERROR-STACK-LEAK": P(S, "json({ error: err.message, stack: err.stack })", "security",
                          "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("JWT-DECODE", "ASYNC-THROW"),
    ("STUDIO-KEY-FAILOPEN", "STUDIO-KEY-IN-QUERY"),
    ("CORS-CREDENTIALS", "BODY-LIMIT"),
    ("BOOKING-RACE", "BOOKING-HOURS-OBO"),
    ("DYELOT-LIMIT-UNBOUNDED", "DYELOT-SQLI"),
    ("DRAW-GRAMS-UNVALIDATED", "DRAW-LOST-UPDATE"),
    ("PLAN-LOTS-MISSING", "SKEIN-FLOOR"),
    ("SKEIN-FLOOR", "LOT-LOOP-SKIPS-LAST"),
    ("PLAN-LOTS-MISSING", "LOT-LOOP-SKIPS-LAST"),
    ("SWATCH-EXEC-INJECTION", "SWATCH-EXEC-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express 4 service for the conservation studio: loom bookings, dye-lot draws,
        thread plans, swatches, condition reports and SMS reminders. Things done right: `adminOnly` fails closed and
        uses `timingSafeEqual` after a length check, the loom maintenance route validates its note and uses bound
        parameters, the clash query's interval test is correct, and the label page escapes the title and lender.

        What needs attention, most serious first:

        1. Authentication: `conservator()` decodes the JWT without verifying it, and `studioOnly` fails open.
        2. Injection: two queries are built with template strings, and the swatch renderer goes through a shell.
        3. A report download that reads any file on the host.
        4. Money and stock: bookings are over-charged by an hour and can double-book; dye-lot draws lose updates.
        5. The thread plan miscounts skeins and skips the last lot in the colour check.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "JWT is decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and refuse to start without `JWT_SECRET` (it is read but unused).",
              symbol="conservator", conf=0.95),
            F("ASYNC-THROW", "medium", "bug", "Errors thrown in async handlers never reach the error middleware",
              "Express 4 ignores rejected promises: wrap handlers (`express-async-errors` or a small `wrap()`), otherwise the 401 from `conservator()` leaves the request hanging.",
              symbol="conservator", conf=0.75),
            F("STUDIO-KEY-FAILOPEN", "high", "security", "`studioOnly` passes every request when `STUDIO_KEY` is unset",
              "Fail closed when the variable is missing and compare with `timingSafeEqual` like `adminOnly`.",
              symbol="studioOnly", conf=0.9),
            F("STUDIO-KEY-IN-QUERY", "medium", "security", "Studio key travels in the query string",
              "Read it from a header; query strings end up in access logs and browser history.",
              symbol="studioOnly", conf=0.7),
            F("LOOM-ID-SQLI", "critical", "security", "SQL injection through `:id` in `GET /looms/:id/bookings`",
              "Pass the loom id as `$2` instead of interpolating it.", symbol="GET /looms/:id/bookings", conf=0.95),
            F("BOOKING-RACE", "high", "bug", "Double booking: clash check and insert are separate statements",
              "Use an exclusion constraint on `(loom_id, day, int4range(starts_hour, ends_hour))` or a transaction with `SELECT ... FOR UPDATE`.",
              symbol="POST /looms/:id/bookings", conf=0.8),
            F("BOOKING-HOURS-OBO", "high", "bug", "Every booking is charged one hour too many",
              "The clash query treats `end` as exclusive, so `hours = end - start`.",
              n=2, symbol="POST /looms/:id/bookings", conf=0.85),
            F("CANCEL-NOT-OWNED", "high", "security", "Anyone signed in can cancel (and refund) any booking",
              "Add `AND who = $2` with the caller's id; admins can use a separate route.",
              symbol="DELETE /bookings/:id", conf=0.85),
            F("DYELOT-SQLI", "critical", "security", "SQL injection through `colour` in `GET /dyelots`",
              "Bind the pattern (`ILIKE $1` with `%${colour}%` as the value) and the limit.",
              symbol="GET /dyelots", conf=0.95),
            F("DRAW-GRAMS-UNVALIDATED", "medium", "bug", "Draw amount is not validated",
              "Require a positive finite number no larger than what is left.", symbol="POST /dyelots/:lot/draw", conf=0.75),
            F("DRAW-LOST-UPDATE", "high", "bug", "Dye-lot stock is updated with read-modify-write",
              "`UPDATE dyelots SET remaining_g = remaining_g - $1 WHERE lot = $2 AND remaining_g >= $1 RETURNING remaining_g`.",
              n=2, symbol="POST /dyelots/:lot/draw", conf=0.85),
            F("PLAN-LOTS-MISSING", "low", "bug", "Unknown lots disappear from the thread plan",
              "Compare `rows.length` with `lots.length` and return 404 naming the missing lots.",
              symbol="POST /projects/:id/thread-plan", conf=0.6),
            F("SKEIN-FLOOR", "medium", "bug", "Skein count rounds down",
              "`Math.ceil(grams / SKEIN_GRAMS)`: 60 g of thread needs three skeins, not two.",
              symbol="POST /projects/:id/thread-plan", conf=0.8),
            F("LOT-LOOP-SKIPS-LAST", "medium", "bug", "Colour check never looks at the last lot",
              "Loop while `i < rows.length`.", symbol="POST /projects/:id/thread-plan", conf=0.85),
            F("SWATCH-EXEC-INJECTION", "high", "security", "Shell injection in `renderSwatch`",
              "Validate `hex` against `/^#[0-9a-f]{6}$/i` and the lot name, and use `execFile(\"magick\", [...])`.",
              symbol="renderSwatch", conf=0.85),
            F("SWATCH-EXEC-IGNORED", "low", "bug", "`renderSwatch` returns before `magick` has finished, and ignores its errors",
              "Promisify `execFile` and await it, so the route fails when rendering fails.",
              symbol="renderSwatch", conf=0.7),
            F("REPORT-TRAVERSAL", "critical", "security", "`GET /reports` reads arbitrary files",
              "Resolve the path and require it to stay under `REPORT_DIR`, or look reports up by id.",
              symbol="GET /reports", conf=0.9),
            F("LABEL-XSS", "high", "security", "Project notes are not escaped on the label page",
              "Use `esc(p.notes)` as for the title and lender.", symbol="GET /projects/:id/label", conf=0.9),
            F("REMINDER-DUP", "medium", "bug", "Reminders can be sent twice",
              "Mark the booking as sent before awaiting the SMS (or record it in the database with a unique key), and do not start a run while one is active.",
              d=-1, n=3, symbol="sendReminders", conf=0.7),
            F("ERROR-STACK-LEAK", "medium", "security", "Stack traces in error responses",
              "Log `err.stack`; return only a message.", symbol="error handler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("LOOM-ID-SQLI", "critical", "security", "SQLi: req.params.id in bookings query", "Parameterize.", d=-2),
            F("DYELOT-SQLI", "critical", "security", "SQLi: colour in dyelots search", "Parameterize.", d=-3),
            F("JWT-DECODE", "critical", "security", "conservator(): jwt.decode without verification", "jwt.verify.", d=-2),
            F("SWATCH-EXEC-INJECTION", "high", "security", "renderSwatch: command injection via hex/lot", "execFile + validation.", d=-2),
            F("REPORT-TRAVERSAL", "high", "security", "Path traversal: /reports?file=", "Check resolved path prefix.", d=-2),
            F("STUDIO-KEY-FAILOPEN", "high", "security", "studioOnly open when STUDIO_KEY unset", "Fail closed.", d=-1),
            F("CANCEL-NOT-OWNED", "medium", "security", "DELETE /bookings/:id has no ownership check", "Filter by who."),
            F("BOOKING-HOURS-OBO", "medium", "bug", "Fee counts one extra hour", "end - start.", d=+1),
            F("DRAW-LOST-UPDATE", "medium", "bug", "Lost update on remaining_g", "Atomic UPDATE.", d=-2),
            F("SKEIN-FLOOR", "low", "bug", "Skeins rounded down", "Math.ceil.", d=-2),
            F("BOOKINGS-PAGE-OFFSET", "low", "bug", "GET /bookings skips the first page", "(page - 1) * PAGE."),
            F("REMINDER-UNHANDLED", "medium", "bug", "sendReminders rejection is unhandled (process exit on Node >= 15)", "catch + log."),
            F("ERROR-STACK-LEAK", "low", "security", "err.stack returned to client", "Drop stack."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the tapestry studio's loom and dye-lot service. Below are my findings, grouped
        by theme.

        ## Authentication and Access Control

        The authentication layer is the weakest part of the service: tokens are not verified, and the studio key
        check passes when the key is not configured.
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. An attacker can craft a token with any `id` and act as any conservator."),
            F("STUDIO-KEY-FAILOPEN", "HIGH", "Broken Authentication", "Studio Key Check Bypassed When Unset",
              "Ensure `STUDIO_KEY` is set."),
            F("CANCEL-NOT-OWNED", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Booking Cancellation",
              "Check that the booking belongs to the caller.", d=-1, sd=-2, n=3),
            F("CORS-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict `origin` to the studio's front-end."),
            F("BODY-LIMIT", "LOW", "Denial of Service", "Excessive JSON Body Size Limit",
              "Lower the limit to something like 100kb."),
        ], wrap="list"),
        """
        ## Injection and Data Handling
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting `server.ts` into routers per resource."}),
            F("LOOM-ID-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Loom Bookings Query",
              "Use a placeholder for the loom id.", sd=-2, n=3),
            F("DYELOT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Dye Lot Search",
              "Use placeholders for `colour` and `limit`.", d=-1, sd=-3, n=3),
            F("SWATCH-EXEC-INJECTION", "HIGH", "Command Injection", "Command Injection in Swatch Rendering",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Report Download",
              "Validate the resolved path.", d=-1, sd=-2, n=3),
            F("LABEL-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Notes in Label HTML",
              "Escape `p.notes`."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not send `err.stack`."),
            F("BOOKING-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Booking of a Loom",
              "Use a transaction or an exclusion constraint.", d=+3, sd=+1, n=3),
            F("DRAW-LOST-UPDATE", "MEDIUM", "Race Condition", "Non-Atomic Dye Lot Stock Update",
              "Perform the subtraction in SQL.", d=+1, sd=-1, n=3),
            F("SKEIN-FLOOR", "LOW", "Logic Error", "Skein Count Truncated",
              "Round up.", sd=-2, n=3),
            F("LOT-LOOP-SKIPS-LAST", "MEDIUM", "Logic Error", "Last Dye Lot Excluded From Colour Comparison",
              "Fix the loop bound.", d=+1, sd=-1, n=3),
            F("REMINDER-DUP", "LOW", "Race Condition", "Duplicate SMS Reminders",
              "Track sent reminders before awaiting."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "high", "security", "jwt never verified", "jwt.verify"),
            F("LOOM-ID-SQLI", "high", "security", "sql injection via :id", "placeholder"),
            F("DYELOT-SQLI", "high", "security", "sql injection via colour", "placeholder"),
            F("SWATCH-EXEC-INJECTION", "high", "security", "shell injection in renderSwatch", "execFile"),
            F("STUDIO-KEY-IN-QUERY", "medium", "security", "studio key in query string", "use a header"),
            F("LABEL-XSS", "medium", "security", "notes not escaped in label html", "esc()"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("BOOKING-HOURS-OBO", "medium", "", "booking charges an extra hour", "drop the + 1"),
            F("DRAW-GRAMS-UNVALIDATED", "low", "bug", "grams can be negative", "validate"),
            F("LOT-LOOP-SKIPS-LAST", "low", "bug", "lot loop misses last lot", "i < rows.length"),
            F("SWATCH-EXEC-IGNORED", "low", "bug", "exec error ignored", "await + check"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication weaknesses: unverified JWT, fail-open studio key, permissive CORS.
        2. SQL injection in two queries.
        3. Command injection and path traversal.
        4. Concurrency defects in bookings, dye-lot stock and reminders.
        5. Off-by-one errors in pagination, fees and thread planning.
        6. Missing input limits.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT accepted without signature verification",
              "Use jwt.verify with a secret.", conf=0.9),
            F("ASYNC-THROW", "major", "reliability", "Authentication errors thrown from async handlers are unhandled",
              "Catch errors in async routes.", d=-1, conf=0.6),
            F("STUDIO-KEY-FAILOPEN", "major", "security", "Studio key comparison passes with undefined",
              "Require the key.", conf=0.8),
            F("CORS-CREDENTIALS", "minor", "security", "CORS allows all origins with credentials",
              "Restrict origins.", conf=0.6),
            F("LOOM-ID-SQLI", "blocker", "security", "SQL injection in loom bookings",
              "Use parameters.", d=-2, conf=0.9),
            F("BOOKING-RACE", "major", "concurrency", "Booking clash check is racy",
              "Use a transaction.", d=-3, conf=0.7),
            F("BOOKING-HOURS-OBO", "major", "correctness", "Booking fee off by one hour",
              "Remove + 1.", conf=0.8),
            F("CANCEL-NOT-OWNED", "major", "security", "Booking cancellation without ownership check",
              "Check owner.", conf=0.8),
            F("BOOKINGS-PAGE-OFFSET", "minor", "correctness", "Pagination skips the first page",
              "Use (page - 1).", d=+1, conf=0.7),
            F("DYELOT-LIMIT-UNBOUNDED", "minor", "performance", "Unbounded limit on dye lot search",
              "Cap the limit.", conf=0.6),
            F("DYELOT-SQLI", "blocker", "security", "SQL injection in dye lot search",
              "Use parameters.", conf=0.9),
            F("LOT-LOOP-SKIPS-LAST", "major", "correctness", "Loop misses last lot",
              "Fix bound.", conf=0.8),
            F("SWATCH-EXEC-INJECTION", "major", "security", "Command injection in swatch rendering",
              "Use execFile.", conf=0.8),
            F("REPORT-TRAVERSAL", "major", "security", "Path traversal in reports",
              "Validate path.", conf=0.8),
            F("LABEL-XSS", "major", "security", "XSS in project label",
              "Escape notes.", conf=0.8),
            F("REMINDER-DUP", "minor", "concurrency", "Duplicate reminders from overlapping runs",
              "Mark before sending.", d=+1, conf=0.6),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace disclosure",
              "Remove stack.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 9 major, 5 minor"),
    ]),
}
