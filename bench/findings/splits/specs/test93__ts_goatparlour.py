"""test93/ts-goatparlour: a goat dairy's milking rota, yield log and kid registrations (TypeScript, Express + pg).

Frozen test split test93, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers or specs (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test93: seeded problems in a goat dairy's rota and herd-book service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"

PROBLEMS = {
    "CORS-ANY-ORIGIN-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                                     "CORS reflects any origin and allows credentials"),
    "HERD-KEY-UNSET-MATCHES": P(S, "if (given == process.env.HERD_KEY) return next();", "security",
                                "HERD_KEY unset and header absent: undefined == undefined lets anyone through",
                                "signature-vs-statement"),
    "HERD-KEY-TIMING": P(S, "if (given == process.env.HERD_KEY) return next();", "security",
                         "herd key compared with == instead of timingSafeEqual (adminOnly does it right)"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security",
                        "milker token accepted from the query string (logs, history, referrers)"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Claims | null;", "security",
                          "jwt.decode instead of jwt.verify: any forged token is a signed-in milker",
                          "signature-vs-statement"),
    "ROTA-ONE-DAY-TOO-MANY": P(S, "for (let d = 0; d <= days; d++) {", "bug",
                               "d <= days builds days + 1 days of shifts (8 for a week)", "off-by-one"),
    "ROTA-NO-MILKERS": P(S, "% milkers.length] });", "bug",
                         "an empty milker list (the default) gives index NaN and undefined milkers in every slot"),
    "ROTA-WEEK-SQLI": P(S, "WHERE week = '${week}' AND shed = $1", "security",
                        "week query value interpolated into the SQL text", "source-vs-sink"),
    "ROTA-STACK-LEAK": P(S, "res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });", "security",
                         "database error message and stack trace returned to the client"),
    "SWAP-CHECK-THEN-UPDATE": P(S, "if (!rows.length || rows[0].locked) return res.status(409)", "bug",
                                "locked is checked in one query and the UPDATE runs in another: a slot locked in between is still swapped",
                                "critical-section"),
    "SWAP-ANY-SLOT": P(S, 'await pool.query("UPDATE rota SET milker = $1 WHERE id = $2", [toMilker, req.params.id]);', "security",
                       "any milker can move any other milker's slot: the slot's owner is never compared with res.locals.milker"),
    "YIELD-LOST-UPDATE": P(S, 'await pool.query("INSERT INTO yields (goat_tag, litres, shift, milker, at)', "bug",
                           "today's litres read before the await and written after it: concurrent posts for a goat lose litres",
                           "critical-section"),
    "YIELD-LITRES-UNCHECKED": P(S, "litresToday.set(goatTag, before + Number(litres));", "bug",
                                "litres never validated: negative, text (NaN) or huge values go into the log and the board"),
    "TAG-ALLOC-RACE": P(S, 'const { rows } = await pool.query("SELECT coalesce(max(tag_no), 0) AS n FROM kids");', "bug",
                        "first allocations race across the await: two registrations get the same ear tag number",
                        "critical-section"),
    "KID-MONTH-OFF-BY-ONE": P(S, "const bornAt = new Date(y, m, d);", "bug",
                              "1-based month from the form passed to the 0-based Date constructor: births land a month late",
                              "off-by-one"),
    "KID-BAD-DATE-ACCEPTED": P(S, "if (Date.now() - bornAt.getTime() > 28 * 86400000)", "bug",
                               "an unparsable or future birth date gives NaN or a negative age and passes the 28-day check"),
    "KIDS-WHOLE-TABLE": P(S, 'const { rows } = await pool.query("SELECT tag, dam, sire, born, sex FROM kids ORDER BY born DESC");', "performance",
                          "whole kids table loaded for every page and sliced in memory"),
    "KIDS-PAGE-SKIPS-FIRST": P(S, "res.json(rows.slice(page * per, page * per + per));", "bug",
                               "page starts at 1 but the slice starts at page * per: the newest kids are never listed",
                               "off-by-one"),
    "CERT-UNKNOWN-TAG-CRASH": P(S, "const k = rows[0];", "bug",
                                "unknown tag: k is undefined, k.name throws inside the async handler and the request hangs"),
    "CERT-XSS": P(S, "<p>Dam: ${k.dam} &middot; Sire: ${k.sire}</p><p>${k.notes ?? \"\"}</p>", "security",
                  "dam, sire and notes written into the certificate HTML unescaped (only the name goes through esc)"),
    "VET-SHELL-INJECTION": P(S, 'exec(`notify-vet --holding ${HOLDING} "Goat ${req.params.tag}: ${note}"`', "security",
                             "note and tag from the request inside a shell command string", "source-vs-sink"),
    "VET-FAILURE-SWALLOWED": P(S, 'if (err) console.error("notify-vet failed", err.message);', "bug",
                               "a failed vet notification is only logged; the milker was already told it is queued"),
    "REPORT-PATH-TRAVERSAL": P(S, "res.download(path.join(REPORT_DIR, file));", "security",
                               "file query value joined to REPORT_DIR: ../ reads any file", "source-vs-sink"),
}

CONFUSABLE = [
    ("HERD-KEY-UNSET-MATCHES", "HERD-KEY-TIMING"),
    ("TOKEN-IN-QUERY", "JWT-NOT-VERIFIED"),
    ("ROTA-ONE-DAY-TOO-MANY", "ROTA-NO-MILKERS"),
    ("ROTA-WEEK-SQLI", "ROTA-STACK-LEAK"),
    ("SWAP-CHECK-THEN-UPDATE", "SWAP-ANY-SLOT"),
    ("YIELD-LOST-UPDATE", "YIELD-LITRES-UNCHECKED"),
    ("KID-MONTH-OFF-BY-ONE", "KID-BAD-DATE-ACCEPTED"),
    ("KIDS-WHOLE-TABLE", "KIDS-PAGE-SKIPS-FIRST"),
    ("CERT-UNKNOWN-TAG-CRASH", "CERT-XSS"),
    ("VET-SHELL-INJECTION", "VET-FAILURE-SWALLOWED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express app. The office-side pieces are mostly right: `adminOnly` fails
        closed with a length check before `timingSafeEqual`, the shed filter in `/rota`, every insert and the
        CMT update use bound parameters, `/goats/:tag/cmt` validates its scores, and the JSON body is capped at
        50 kB. The problems are concentrated in authentication and in state shared across `await`s:

        1. Both authentication helpers can be bypassed (`herdKey` with no env var, `milker` with any token).
        2. Injection: `week` into SQL, the vet note into a shell, `file` into a path, kid fields into HTML.
        3. Async races on `litresToday`, `nextTag` and the rota swap.
        4. Date and paging arithmetic in the kid register and the rota builder.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`milker` decodes the JWT without verifying it",
              "Use `jwt.verify(token, process.env.JWT_SECRET!, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="milker", conf=0.95),
            F("TOKEN-IN-QUERY", "low", "security", "Token accepted from `?token=`",
              "Accept the bearer header only; query strings end up in access logs and browser history.",
              symbol="milker", conf=0.6),
            F("HERD-KEY-UNSET-MATCHES", "high", "security", "`herdKey` passes when `HERD_KEY` is unset and no header is sent",
              "Fail closed when the variable is missing and compare with `crypto.timingSafeEqual`, as `adminOnly` does.",
              symbol="herdKey", conf=0.9),
            F("HERD-KEY-TIMING", "low", "security", "Herd key compared with `==`",
              "Constant-time comparison after a length check.", symbol="herdKey", conf=0.5),
            F("CORS-ANY-ORIGIN-CREDENTIALS", "medium", "security", "CORS reflects every origin with credentials",
              "List the parlour and office origins explicitly.", conf=0.6),
            F("ROTA-WEEK-SQLI", "high", "security", "SQL injection through `week` in `GET /rota`",
              "Bind it as `$2` like `shed`.", symbol="GET /rota", conf=0.9),
            F("ROTA-STACK-LEAK", "medium", "security", "`GET /rota` returns the database error and stack",
              "Log the error server-side and answer a generic 500.", symbol="GET /rota", conf=0.8),
            F("VET-SHELL-INJECTION", "high", "security", "Vet note is interpolated into an `exec` command line",
              "Use `execFile(\"notify-vet\", [\"--holding\", HOLDING, `Goat ${tag}: ${note}`])`.",
              symbol="POST /goats/:tag/vet", conf=0.9),
            F("CERT-XSS", "medium", "security", "Certificate HTML leaves dam, sire and notes unescaped",
              "Wrap them in `esc()` like the name.", symbol="GET /kids/:tag/certificate", conf=0.85),
            F("REPORT-PATH-TRAVERSAL", "medium", "security", "`/reports/download` joins the `file` parameter into a path",
              "Use `path.basename(file)` and check the resolved path is under `REPORT_DIR`.",
              symbol="GET /reports/download", conf=0.75),
            F("SWAP-ANY-SLOT", "medium", "security", "Any milker can reassign anyone's rota slot",
              "Only allow the slot's own milker (or the office) to swap it.", symbol="POST /rota/:id/swap", conf=0.7),
        ]),
        "Races and arithmetic:",
        Block([
            F("YIELD-LOST-UPDATE", "medium", "bug", "`litresToday` is read before an `await` and written after it",
              "Update the map before awaiting (or re-read after), or compute the board from the database.",
              symbol="POST /yields", conf=0.8),
            F("YIELD-LITRES-UNCHECKED", "medium", "bug", "`litres` is not validated",
              "Require a finite number in a sane range (0 < litres < 10); `Number(\"abc\")` puts NaN on the board.",
              d=-3, symbol="POST /yields", conf=0.7),
            F("TAG-ALLOC-RACE", "high", "bug", "`allocateTag` can hand out the same tag twice",
              "Use a database sequence (`nextval('kid_tag_seq')`) instead of a module-level counter.",
              symbol="allocateTag", conf=0.8),
            F("SWAP-CHECK-THEN-UPDATE", "low", "bug", "Lock check and update are separate queries",
              "`UPDATE rota SET milker = $1 WHERE id = $2 AND NOT locked RETURNING milker` and 409 on no row.",
              d=+1, symbol="POST /rota/:id/swap", conf=0.6),
            F("KID-MONTH-OFF-BY-ONE", "high", "bug", "Birth month shifted by one",
              "`new Date(y, m - 1, d)` (or `new Date(born)` for an ISO date).", symbol="POST /kids", conf=0.9),
            F("KID-BAD-DATE-ACCEPTED", "medium", "bug", "Invalid or future birth dates pass the 28-day rule",
              "Reject `Number.isNaN(bornAt.getTime())` and dates in the future.", symbol="POST /kids", conf=0.7),
            F("ROTA-ONE-DAY-TOO-MANY", "medium", "bug", "`buildRota` generates one extra day",
              "`for (let d = 0; d < days; d++)`.", symbol="buildRota", conf=0.85),
            F("ROTA-NO-MILKERS", "low", "bug", "`buildRota` with no milkers fills the rota with `undefined`",
              "Return 400 from `/rota/generate` when `milkers` is empty.", symbol="buildRota", conf=0.65),
            F("KIDS-PAGE-SKIPS-FIRST", "medium", "bug", "`GET /kids` skips the first page",
              "`rows.slice((page - 1) * per, page * per)`.", symbol="GET /kids", conf=0.85),
            F("KIDS-WHOLE-TABLE", "low", "performance", "`GET /kids` loads the whole table per request",
              "Page in SQL with `LIMIT $1 OFFSET $2`.", symbol="GET /kids", conf=0.65),
            F("VET-FAILURE-SWALLOWED", "low", "bug", "Vet notification failures are only logged",
              "Await the command and report failure, or queue it durably and retry.",
              symbol="POST /goats/:tag/vet", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "jwt.decode() used for auth; signature never checked", "jwt.verify with secret."),
            F("HERD-KEY-UNSET-MATCHES", "high", "security", "herdKey: unset env == missing header -> next()",
              "Require HERD_KEY.", d=-2),
            F("ROTA-WEEK-SQLI", "high", "security", "SQL injection via req.query.week", "Parameterize.", d=-3),
            F("VET-SHELL-INJECTION", "high", "security", "exec with user-controlled note", "execFile + args.", d=-1),
            F("REPORT-PATH-TRAVERSAL", "medium", "security", "Path traversal in /reports/download", "basename + prefix check.", d=-1),
            F("SWAP-ANY-SLOT", "medium", "security", "Swap does not check slot ownership", "Compare with res.locals.milker.", d=-3),
            F("YIELD-LOST-UPDATE", "medium", "bug", "litresToday read/modify/write spans an await", "Update synchronously.", d=-1),
            F("TAG-ALLOC-RACE", "medium", "bug", "nextTag init races on concurrent first calls", "DB sequence.", d=-1),
            F("KID-MONTH-OFF-BY-ONE", "high", "bug", "Month not converted to 0-based", "m - 1.", d=-1),
            F("ROTA-ONE-DAY-TOO-MANY", "low", "bug", "buildRota loop is inclusive", "d < days.", d=-2),
            F("KIDS-PAGE-SKIPS-FIRST", "low", "bug", "Pagination off by one", "(page - 1) * per.", d=-3),
            F("CERT-UNKNOWN-TAG-CRASH", "low", "bug", "Unknown tag -> TypeError on k.name", "404 when rows is empty."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the goat dairy management server (`src/server.ts`). The application
        handles the milking rota, milk yield recording, kid registration and veterinary notifications.

        ### Security Findings

        The authentication layer has fundamental weaknesses, and several endpoints pass user input into
        sensitive sinks (SQL, shell, file system, HTML).
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify` with the signing secret.", d=+1, sd=-1, n=3,
              desc="`jwt.decode` only base64-decodes the token. Anyone can craft a token with an arbitrary `sub` and act as any milker."),
            F("HERD-KEY-UNSET-MATCHES", "HIGH", "Broken Authentication", "Herd Key Check Bypass",
              "Ensure `HERD_KEY` is configured and use a strict, constant-time comparison.", sd=-2, n=3),
            F("ROTA-WEEK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Rota Query",
              "Pass `week` as a query parameter.", sd=-2, n=3),
            F("ROTA-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Trace Exposed in Error Response",
              "Return a generic error message.", sd=-2, n=3),
            F("VET-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Vet Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("CERT-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Kid Certificate",
              "Escape all interpolated values.", sd=-2, n=3),
            F("REPORT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Report Download",
              "Validate the file name.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Reliability and Logic Findings
        """,
        Block([
            F("YIELD-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Updates to Daily Yield Totals",
              "Avoid awaiting between reading and writing the in-memory total.", d=+1, sd=-1, n=3),
            F("TAG-ALLOC-RACE", "HIGH", "Race Condition", "Duplicate Ear Tags Under Concurrent Registration",
              "Allocate tags from a database sequence.", d=+1, sd=-1, n=3),
            F("SWAP-CHECK-THEN-UPDATE", "LOW", "Race Condition", "Time-of-Check to Time-of-Use in Rota Swap",
              "Make the lock check part of the UPDATE statement.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "server.ts mixes routing, persistence and scheduling; consider separate modules."}),
            F("KID-MONTH-OFF-BY-ONE", "HIGH", "Logic Error", "Incorrect Month in Birth Date",
              "Subtract one from the month before constructing the Date.", sd=-2, n=3),
            F("ROTA-ONE-DAY-TOO-MANY", "MEDIUM", "Logic Error", "Rota Generates an Extra Day",
              "Use a strict less-than comparison in the loop.", d=+1, sd=-1, n=3),
            F("KIDS-WHOLE-TABLE", "MEDIUM", "Performance", "Unbounded Query for Kid Listing",
              "Push pagination into SQL.", sd=-2, n=3),
            F("CERT-UNKNOWN-TAG-CRASH", "MEDIUM", "Error Handling", "Unhandled Missing Kid Record",
              "Return 404 when no row is found.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-NOT-VERIFIED", "high", "security", "jwt decoded not verified", "jwt.verify"),
            F("HERD-KEY-UNSET-MATCHES", "high", "security", "herd key bypass if env unset", "fail closed"),
            F("ROTA-WEEK-SQLI", "high", "security", "sql injection /rota week", "bind param"),
            F("VET-SHELL-INJECTION", "high", "security", "shell injection in vet notify", "execFile"),
            F("CERT-XSS", "medium", "security", "xss in certificate", "escape"),
        ], fence=None, indent=None, wrap="list"),
        "also:",
        Block([
            F("YIELD-LITRES-UNCHECKED", "medium", "", "litres not validated", "check number"),
            F("ROTA-NO-MILKERS", "low", "bug", "empty milkers -> undefined", "reject empty list"),
            F("KID-MONTH-OFF-BY-ONE", "high", "bug", "month off by one in kid birth date", "m - 1"),
        ], fence="json", indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT not verified; token in query; herd key bypass and non-constant-time compare.
        2. Injection: SQL (rota week), shell (vet notify), HTML (certificate).
        3. Concurrency: yield totals, rota swap.
        4. Correctness: birth month, kid paging, rota length, error handling.

        ## Details
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Authentication uses jwt.decode without verification",
              "Verify the token signature.", d=-2, conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Access token accepted via query parameter", "Use the Authorization header only.", conf=0.6),
            F("HERD-KEY-UNSET-MATCHES", "major", "security", "Herd key middleware accepts requests when key is not configured",
              "Reject when HERD_KEY is empty.", conf=0.85),
            F("HERD-KEY-TIMING", "minor", "security", "Loose equality used for secret comparison", "Use timingSafeEqual.", conf=0.55),
            F("ROTA-WEEK-SQLI", "blocker", "security", "SQL injection in rota lookup", "Use parameter placeholders.", conf=0.9),
            F("VET-SHELL-INJECTION", "major", "security", "OS command injection in vet notification", "Avoid shell execution.", conf=0.85),
            F("VET-FAILURE-SWALLOWED", "minor", "reliability", "Notification failure not reported to caller",
              "Surface the error.", conf=0.5),
            F("CERT-XSS", "major", "security", "Unescaped fields in certificate HTML", "Escape output.", conf=0.8),
            F("YIELD-LOST-UPDATE", "major", "concurrency", "Race condition in daily litres accumulation",
              "Do not hold stale values across await.", d=-1, conf=0.75),
            F("YIELD-LITRES-UNCHECKED", "minor", "correctness", "Yield litres stored without validation",
              "Validate litres before inserting.", d=-1, conf=0.65),
            F("SWAP-CHECK-THEN-UPDATE", "minor", "concurrency", "Rota swap check and update not atomic",
              "Use a single conditional UPDATE.", d=-1, conf=0.6),
            F("KID-MONTH-OFF-BY-ONE", "major", "correctness", "Off-by-one month in kid birth date", "Use m - 1.", conf=0.9),
            F("ROTA-ONE-DAY-TOO-MANY", "minor", "correctness", "Rota builder produces days + 1 days", "Use d < days.", conf=0.8),
            F("KIDS-WHOLE-TABLE", "minor", "performance", "Kid listing fetches all rows", "Paginate in SQL.", conf=0.7),
            F("KIDS-PAGE-SKIPS-FIRST", "major", "correctness", "Kid listing pagination skips first page", "Offset by (page - 1).", conf=0.8),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 6 major, 7 minor"),
    ]),
}
