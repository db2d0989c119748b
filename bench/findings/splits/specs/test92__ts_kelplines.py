"""test92/ts-kelplines: line seeding and harvest weights for a kelp farm (TypeScript, Express 4 + pg + jsonwebtoken).

Frozen test split test92; labels next to each finding. Written 2026-12-06 by a helper session that had not
seen the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for
the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "data. Frozen test split test92: seeded problems in a kelp farm's line-seeding and harvest-weight service; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                         "CORS reflects any origin with credentials allowed"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security",
                        "bearer token also accepted from the query string (logs, referrers, history)"),
    "JWT-DECODE-UNVERIFIED": P(S, "const claims = jwt.decode(token) as Hand | null;", "security",
                               "jwt.decode instead of jwt.verify: any self-made token with a sub is accepted",
                               "signature-vs-statement"),
    "LINES-SITE-SQLI": P(S, "WHERE site = '${site}' ORDER BY ${sort}`", "security",
                         "site query value quoted into the WHERE clause (SQL injection)"),
    "LINES-SORT-SQLI": P(S, "WHERE site = '${site}' ORDER BY ${sort}`", "security",
                         "sort query value interpolated into ORDER BY (SQL injection)", "source-vs-sink"),
    "SEED-SPOOL-UNCHECKED": P(S, "const { species, spoolMetres, seededOn } = req.body;", "bug",
                              "spoolMetres never validated (negative, non-numeric, longer than the line; metres is fetched and unused)"),
    "SEED-LINE-MISSING": P(S, 'if (found.rows[0].status === "seeded")', "bug",
                           "unknown line id: found.rows[0] is undefined and the async handler throws (request hangs)"),
    "SEED-CHECK-THEN-UPDATE": P(S, 'if (found.rows[0].status === "seeded")', "bug",
                                "status read, then updated in a separate query: two crews can seed the same line",
                                "critical-section"),
    "HARVEST-WETKG-UNCHECKED": P(S, "const wetKg = Number(req.body.wetKg);", "bug",
                                 "wetKg not validated: NaN or negative weights go into harvests and the season totals"),
    "HARVEST-OTHER-SITE": P(S, "const site: string = rows[0].site;", "security",
                            "extra, one agent: a hand may record a harvest on another site's line (site never compared)"),
    "HARVEST-TOTALS-RACE": P(S, '"INSERT INTO harvests (line_id, wet_kg, metres_cut, hand)', "bug",
                             "season total read before the await and written after it: concurrent harvests lose updates",
                             "critical-section"),
    "HARVEST-DIV-ZERO": P(S, "perMetre: wetKg / metresCut", "bug",
                          "metresCut 0 or missing: perMetre is Infinity/NaN (serialised as null)"),
    "HARVESTS-ALL-ROWS": P(S, '"SELECT * FROM harvests WHERE line_id = $1 ORDER BY cut_on DESC"', "performance",
                           "every harvest of the line is loaded to serve one page (no LIMIT/OFFSET)"),
    "HARVESTS-SLICE-SKIPS": P(S, "items: rows.slice(start + 1, start + size)", "bug",
                              "slice(start + 1, ...) drops the first harvest of every page", "off-by-one"),
    "WEEKLY-LOOP-EXTRA": P(S, "for (let i = 0; i <= weeks; i++)", "bug",
                           "i <= weeks returns weeks + 1 values", "off-by-one"),
    "WEEKLY-GAPS-SHIFT": P(S, "for (let i = 0; i <= weeks; i++)", "bug",
                           "weeks without a harvest have no row, so rows[i] is not week i: later weeks shift"),
    "ALERT-DEDUPE-RACE": P(S, '"INSERT INTO alerts (site, reason, raised_by)', "bug",
                           "lastAlert checked before the await and set after it: simultaneous alerts all page the skipper",
                           "critical-section"),
    "ALERT-SHELL-INJECTION": P(S, "exec(`notify-skipper --site ${site}", "security",
                               "reason (body) and site (URL) interpolated into a shell command", "source-vs-sink"),
    "CHART-PATH-TRAVERSAL": P(S, "const file = path.join(CHART_DIR, req.params.file);", "security",
                              "decoded :file param (..%2F) joined to the chart dir and sent", "signature-vs-statement"),
    "LABEL-XSS-SITE": P(S, "<p>Site: ${l.site}</p>", "security", "site written into the public label HTML unescaped"),
    "LABEL-XSS-NOTES": P(S, "<p>Site: ${l.site}</p>", "security", "line notes written into the public label HTML unescaped"),
    "PATCH-MASS-ASSIGN": P(S, "const keys = Object.keys(req.body);", "security",
                           "any column of a harvest (line_id, hand, cut_on) can be rewritten through PATCH"),
    "PATCH-KEY-SQLI": P(S, "const set = keys.map((k, i) => `${k} = $${i + 1}`)", "security",
                        "body keys interpolated as column names into UPDATE (SQL injection)", "signature-vs-statement"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns message and stack trace to the client"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-DECODE-UNVERIFIED"),
    ("LINES-SITE-SQLI", "LINES-SORT-SQLI"),
    ("SEED-SPOOL-UNCHECKED", "SEED-LINE-MISSING"),
    ("SEED-SPOOL-UNCHECKED", "SEED-CHECK-THEN-UPDATE"),
    ("SEED-LINE-MISSING", "SEED-CHECK-THEN-UPDATE"),
    ("HARVEST-TOTALS-RACE", "HARVEST-DIV-ZERO"),
    ("HARVESTS-ALL-ROWS", "HARVESTS-SLICE-SKIPS"),
    ("WEEKLY-LOOP-EXTRA", "WEEKLY-GAPS-SHIFT"),
    ("ALERT-DEDUPE-RACE", "ALERT-SHELL-INJECTION"),
    ("LABEL-XSS-SITE", "LABEL-XSS-NOTES"),
    ("PATCH-MASS-ASSIGN", "PATCH-KEY-SQLI"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express app for seeding longlines and recording harvest weights. Some of it
        is solid: `requireAdmin` fails closed and compares with `timingSafeEqual` after a length check, `POST /lines`
        validates metres and depth through `positive()`, `GET /lines/:id` and `DELETE /harvests/:id` bind their
        parameters and answer 404, and the CSV export quotes cells and neutralises formulas with `csvCell`. The
        issues, roughly in order:

        1. Authentication can be forged: tokens are decoded, never verified, and are accepted from the query string.
        2. `GET /lines` builds SQL from `site` and `sort`; `PATCH /harvests/:id` builds it from body keys.
        3. The alert endpoint runs a shell command with the request's `reason`; chart downloads allow traversal.
        4. The public buoy label renders `site` and `notes` without escaping.
        5. Harvest bookkeeping: shared totals updated across an `await`, unvalidated weights, a division by zero,
           and paging that drops rows.
        6. Seeding: no check that the line exists, that the spool fits, or that two crews are not seeding at once.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "Tokens are decoded with `jwt.decode`, never verified",
              "Use `jwt.verify(token, publicKeyOrSecret, { algorithms: [...] })`; anyone can mint `{\"sub\":\"x\",\"site\":\"...\"}` today.",
              symbol="handFromRequest", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Bearer token accepted from `?token=`",
              "Accept the token only from the `Authorization` header; query strings end up in logs and referrers.",
              symbol="handFromRequest", conf=0.7),
            F("CORS-ANY-ORIGIN", "medium", "security", "CORS reflects every origin with credentials",
              "Configure an explicit list of origins.", conf=0.7),
            F("LINES-SITE-SQLI", "critical", "security", "SQL injection through `site` in `GET /lines`",
              "Bind it: `WHERE site = $1`.", symbol="GET /lines", conf=0.95),
            F("LINES-SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list of column names.", symbol="GET /lines", conf=0.9),
            F("SEED-SPOOL-UNCHECKED", "medium", "bug", "`spoolMetres` is never validated against the line",
              "The handler selects `metres` and never uses it: check `positive(spoolMetres, found.rows[0].metres)`.",
              symbol="POST /lines/:id/seed", conf=0.75),
            F("SEED-CHECK-THEN-UPDATE", "medium", "bug", "Seeding reads the status and updates in two steps",
              "Make it one statement: `UPDATE lines SET ... WHERE id = $4 AND status <> 'seeded' RETURNING id` and answer 409 when no row comes back.",
              d=-1, n=2, symbol="POST /lines/:id/seed", conf=0.7),
            F("HARVEST-WETKG-UNCHECKED", "medium", "bug", "Harvest weight is not validated",
              "Use `positive(req.body.wetKg, ...)`; `Number(undefined)` is `NaN` and is inserted as is.",
              symbol="POST /lines/:id/harvest", conf=0.75),
            F("HARVEST-TOTALS-RACE", "medium", "bug", "Season totals are read before an `await` and written after it",
              "Read and update `seasonTotals` after the insert in one synchronous step, or derive the totals from the database.",
              symbol="POST /lines/:id/harvest", conf=0.7),
            F("HARVEST-DIV-ZERO", "low", "bug", "`perMetre` divides by an unchecked `metresCut`",
              "Validate `metresCut > 0`; otherwise the response carries `null` (Infinity/NaN).",
              symbol="POST /lines/:id/harvest", conf=0.8),
            F("HARVESTS-ALL-ROWS", "low", "performance", "Harvest history loads every row to return one page",
              "Page in SQL with `LIMIT $2 OFFSET $3` and a separate `count(*)`.", symbol="GET /lines/:id/harvests", conf=0.7),
            F("HARVESTS-SLICE-SKIPS", "medium", "bug", "Harvest paging drops the first item of every page",
              "`rows.slice(start, start + size)`.", symbol="GET /lines/:id/harvests", conf=0.85),
            F("WEEKLY-LOOP-EXTRA", "low", "bug", "Weekly summary returns one week too many",
              "`i < weeks`.", symbol="GET /sites/:site/weekly", conf=0.8),
            F("WEEKLY-GAPS-SHIFT", "medium", "bug", "Weeks without a harvest shift the weekly series",
              "Generate the weeks with `generate_series` and LEFT JOIN the sums, or index the rows by their `wk` value.",
              symbol="GET /sites/:site/weekly", conf=0.7),
            F("ALERT-DEDUPE-RACE", "medium", "bug", "Alert de-duplication is check-then-act across an `await`",
              "Set `lastAlert` before the insert (and roll it back on failure) so a second request sees it.",
              d=-1, symbol="POST /sites/:site/alert", conf=0.65),
            F("ALERT-SHELL-INJECTION", "critical", "security", "Command injection in the skipper page",
              "Use `execFile(\"notify-skipper\", [\"--site\", site, \"--reason\", reason])` and validate `site` against the sites table.",
              symbol="POST /sites/:site/alert", conf=0.95),
            F("CHART-PATH-TRAVERSAL", "high", "security", "Chart download allows path traversal",
              "Use `res.sendFile(req.params.file, { root: CHART_DIR })` and reject names with separators.",
              symbol="GET /charts/:file", conf=0.85),
            F("LABEL-XSS-SITE", "medium", "security", "Label page renders `site` unescaped",
              "Wrap it in `escapeHtml` like `species`.", symbol="GET /lines/:id/label", conf=0.7),
            F("LABEL-XSS-NOTES", "high", "security", "Label page renders `notes` unescaped on a public page",
              "`escapeHtml(l.notes ?? \"\")`; notes are free text typed by the crews.", symbol="GET /lines/:id/label", conf=0.85),
            F("PATCH-MASS-ASSIGN", "medium", "security", "`PATCH /harvests/:id` lets the caller rewrite any column",
              "Accept only `wet_kg` and `metres_cut`, validated.", symbol="PATCH /harvests/:id", conf=0.7),
            F("PATCH-KEY-SQLI", "high", "security", "Body keys become column names in the UPDATE",
              "Allow-list the keys before building `SET`; a key is SQL today.", symbol="PATCH /harvests/:id", conf=0.85),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns the stack trace",
              "Log it; return `{ error: \"internal error\" }`.", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "handFromRequest trusts unsigned JWTs",
              "jwt.verify with the issuer key.", d=-3),
            F("LINES-SORT-SQLI", "high", "security", "GET /lines: sort query param in ORDER BY",
              "Allow-list.", d=-2),
            F("SEED-LINE-MISSING", "medium", "bug", "seed: unknown line id throws TypeError",
              "404 when found.rowCount === 0."),
            F("HARVEST-WETKG-UNCHECKED", "medium", "bug", "harvest: wetKg NaN/negative accepted",
              "Validate."),
            F("HARVEST-OTHER-SITE", "medium", "security", "harvest: line's site not compared with the hand's site",
              "403 unless rows[0].site === req.hand.site."),
            F("HARVEST-DIV-ZERO", "low", "bug", "perMetre divides by metresCut without a check",
              "metresCut > 0."),
            F("HARVESTS-SLICE-SKIPS", "medium", "bug", "harvest paging: slice(start + 1, ...) skips a row",
              "slice(start, start + size)."),
            F("WEEKLY-LOOP-EXTRA", "low", "bug", "weekly returns weeks+1 entries",
              "i < weeks.", d=+1),
            F("ALERT-DEDUPE-RACE", "medium", "bug", "alert throttle set after await; parallel alerts all page",
              "Set lastAlert before awaiting.", d=+1),
            F("ALERT-SHELL-INJECTION", "critical", "security", "exec with reason from the body",
              "execFile + args.", d=-1),
            F("CHART-PATH-TRAVERSAL", "high", "security", "GET /charts/:file path traversal",
              "sendFile root option.", d=-1),
            F("PATCH-KEY-SQLI", "high", "security", "PATCH /harvests/:id: column names from body keys",
              "Allow-list keys.", d=-2),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `kelplines` service, an Express application that manages kelp longlines,
        their seeding and the harvest weights recorded by the boat crews.

        ### Security

        The most serious problems are in authentication and in the way request data reaches SQL, the shell,
        the filesystem and HTML output.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", d=0, sd=-2, n=3,
              desc="`jwt.decode` only parses the token; it does not check the signature, so an attacker can create a token with any `sub`, `site` and `role`."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy",
              "Restrict `origin` to the farm's own front end."),
            F("LINES-SITE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Site Parameter",
              "Use parameterized queries.", d=0, sd=-2, n=3),
            F("LINES-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate the sort column.", d=0),
            F("ALERT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Skipper Notification",
              "Use `execFile` with an argument array.", d=0, sd=-2, n=3,
              desc="The `reason` field from the request body is placed inside double quotes in a shell command; `$(...)` and backticks are still expanded."),
            F("CHART-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Chart Download",
              "Use the `root` option of `sendFile`.", d=+1, sd=-1, n=3),
            F("LABEL-XSS-NOTES", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Line Label",
              "Escape `notes` before rendering.", d=0),
            F("PATCH-KEY-SQLI", "HIGH", "SQL Injection", "SQL Injection in Harvest Update",
              "Whitelist updatable fields.", d=-2),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Exposed to Clients",
              "Hide internal error details.", d=0),
        ], wrap="list"),
        """
        ### Reliability and data integrity
        """,
        Block([
            F("SEED-LINE-MISSING", "MEDIUM", "Error Handling", "Unhandled Missing Line in Seeding",
              "Check `found.rows.length` before reading `status`.", d=0),
            F("SEED-CHECK-THEN-UPDATE", "MEDIUM", "Race Condition", "Race Condition When Seeding a Line",
              "Use a conditional UPDATE.", d=+2, sd=0, n=3),
            F("HARVEST-TOTALS-RACE", "MEDIUM", "Race Condition", "Lost Updates to Season Totals",
              "Avoid read-modify-write across `await`.", d=-1,
              desc="`before` is read, the handler awaits the INSERT, and then writes `before + wetKg`; another harvest for the same site processed during the await is overwritten."),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the routes into separate modules."}),
            F("HARVEST-DIV-ZERO", "LOW", "Logic Error", "Division by Zero in Yield Calculation",
              "Validate `metresCut`.", d=0),
            F("HARVESTS-SLICE-SKIPS", "MEDIUM", "Logic Error", "Pagination Skips Records",
              "Remove the `+ 1`.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-UNVERIFIED", "error", "security", "jwt not verified", "jwt.verify"),
            F("LINES-SORT-SQLI", "error", "security", "sql injection in /lines", "bind params, allow-list sort"),
            F("ALERT-SHELL-INJECTION", "error", "security", "shell injection in alert", "execFile"),
            F("CHART-PATH-TRAVERSAL", "error", "security", "chart path traversal", "sendFile root"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CORS-ANY-ORIGIN", "warning", "security", "cors origin true + credentials", "list origins"),
            F("SEED-LINE-MISSING", "warning", "", "seed crashes on unknown line", "check rows.length"),
            F("HARVEST-DIV-ZERO", "info", "bug", "perMetre can be Infinity", "check metresCut"),
            F("LABEL-XSS-SITE", "warning", "security", "site not escaped in label", "escapeHtml"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: tokens are not verified and may come from the URL.
        2. Injection: SQL in the line list and the harvest update, shell in the alert endpoint.
        3. Concurrency: seeding, season totals and alert throttling are check-then-act across awaits.
        4. Correctness: pagination, division by zero.
        5. Output: stored XSS in the label page, mass assignment in PATCH.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT tokens accepted without signature verification",
              "Use jwt.verify.", conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Token accepted from the query string",
              "Only read the Authorization header.", d=+1, conf=0.6,
              desc="A token passed as ?token= is recorded in access logs and browser history; the decoded claims are then trusted as is."),
            F("LINES-SITE-SQLI", "blocker", "security", "SQL injection in the line listing",
              "Use query parameters for site.", conf=0.9),
            F("SEED-CHECK-THEN-UPDATE", "major", "concurrency", "Non-atomic check of the seeding status",
              "Use a single conditional UPDATE.", conf=0.7),
            F("HARVEST-TOTALS-RACE", "major", "concurrency", "Race condition on seasonTotals",
              "Update the map without an intervening await.", d=+1, conf=0.7),
            F("HARVEST-DIV-ZERO", "minor", "correctness", "Division by zero when metresCut is 0",
              "Validate metresCut.", conf=0.7),
            F("HARVESTS-ALL-ROWS", "minor", "performance", "All harvest rows fetched for pagination",
              "Use LIMIT and OFFSET in SQL.", conf=0.65),
            F("HARVESTS-SLICE-SKIPS", "major", "correctness", "Off-by-one in harvest pagination",
              "Use slice(start, start + size).", conf=0.8),
            F("ALERT-DEDUPE-RACE", "major", "concurrency", "Alert rate limiting is not atomic",
              "Record the alert time before awaiting.", conf=0.65),
            F("ALERT-SHELL-INJECTION", "blocker", "security", "Command injection in skipper notification",
              "Use execFile.", conf=0.9),
            F("CHART-PATH-TRAVERSAL", "major", "security", "Path traversal in chart file download",
              "Restrict to CHART_DIR.", conf=0.85),
            F("LABEL-XSS-NOTES", "major", "security", "Cross-site scripting in line label",
              "Escape notes.", conf=0.8),
            F("PATCH-MASS-ASSIGN", "major", "security", "Mass assignment in harvest update",
              "Whitelist fields.", conf=0.75),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}
