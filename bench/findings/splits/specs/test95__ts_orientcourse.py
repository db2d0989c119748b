"""test95/ts-orientcourse: an orienteering club's event courses and control punches (TypeScript, Express + pg).

Written 2026-12-06 by a helper session that had not seen the merger code, its results, its tuning set or any other
split's answers or specs (only tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test95: seeded problems in an orienteering club's courses, entries and SI punch service; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                                     "extra, one agent: CORS reflects any origin with credentials"),
    "JWT-DECODE-UNVERIFIED": P(S, "const claims = jwt.decode(token) as Claims | null;", "security",
                               "runner token decoded, never verified: anyone can forge a runner", "signature-vs-statement"),
    "JWT-EXP-OPTIONAL": P(S, "if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) return null;", "security",
                          "a token without exp never expires"),
    "STATION-KEY-FAILS-OPEN": P(S, "if (req.query.key !== STATION_KEY) return res.status(401)", "security",
                                "STATION_KEY unset: undefined !== undefined is false, requests without a key pass"),
    "STATION-KEY-IN-QUERY": P(S, "if (req.query.key !== STATION_KEY) return res.status(401)", "security",
                              "station key sent in the query string (logs, proxies), compared with !=="),
    "COURSE-ORDER-SQLI": P(S, "ORDER BY ${order}`,", "security",
                           "order query value interpolated into ORDER BY", "source-vs-sink"),
    "MAP-PATH-TRAVERSAL": P(S, "res.sendFile(fullPath);", "security",
                            "file query value joined to MAP_DIR and sent: ../ reads any file", "source-vs-sink"),
    "ENTRY-UNKNOWN-COURSE": P(S, "const maxEntries = course.rows[0].max_entries;", "bug",
                              "unknown courseId: rows[0] undefined throws inside an async handler, request hangs"),
    "ENTRY-CAPACITY-OFF-BY-ONE": P(S, "if (taken.rows[0].n > maxEntries)", "bug",
                                   "n > max lets one runner more than max_entries in (should be >=)", "off-by-one"),
    "ENTRY-CAPACITY-RACE": P(S, "if (taken.rows[0].n > maxEntries)", "bug",
                             "count and insert not atomic: concurrent entries overfill a course", "critical-section"),
    "WITHDRAW-ANY-ENTRY": P(S, 'await pool.query("DELETE FROM entries WHERE id = $1", [req.params.id]);', "security",
                            "any logged-in runner can delete any entry: no runner_id check", "signature-vs-statement"),
    "ENTRIES-PAGE-UNCHECKED": P(S, "const page = Number(req.query.page ?? 1);", "bug",
                                "page 0, negative or NaN not rejected: slice from the end or an empty page"),
    "ENTRIES-ALL-IN-MEMORY": P(S, "const { rows } = await pool.query(ENTRY_LIST_SQL, [req.params.id]);", "performance",
                               "every entry of the event loaded to return one page"),
    "ENTRIES-SLICE-DROPS-LAST": P(S, "page * ENTRIES_PAGE - 1) });", "bug",
                                  "slice end is exclusive: the - 1 drops the last entry of every page", "off-by-one"),
    "PUNCH-UNKNOWN-CARD": P(S, "pendingPunches.push({ entryId: entry.rows[0].id", "bug",
                            "unknown SI card: rows[0] undefined throws, the station's upload fails/hangs"),
    "PUNCH-FLUSH-RACE": P(S, "await pool.query(PUNCH_INSERT_SQL", "bug",
                          "slice, await insert, splice: concurrent flushes insert the same batch twice or drop punches",
                          "critical-section"),
    "COMPLETED-LAST-CONTROL": P(S, "return next >= controls.length - 1;", "bug",
                                "length - 1: a runner who misses the last control is counted as complete", "off-by-one"),
    "LEGS-LOOP-PAST-END": P(S, "for (let i = 1; i <= punches.length; i++) {", "bug",
                            "i <= length reads punches[length]: TypeError for every runner with punches", "off-by-one"),
    "LEGS-FIRST-LEG-MISSING": P(S, "for (let i = 1; i <= punches.length; i++) {", "bug",
                                "startedAt is never used: the leg from the start to the first control is missing"),
    "RESULTS-QUERY-PER-ENTRY": P(S, "const { rows: punches } = await pool.query(", "performance",
                                 "one punches query per entry (N+1) when results are computed"),
    "PUNCHES-UNORDERED": P(S, "punched_at AS \"punchedAt\" FROM punches WHERE entry_id = $1'", "bug",
                           "no ORDER BY punched_at: the in-order check and the finish time use an arbitrary order"),
    "RESULTS-MISPUNCH-RANKED": P(S, "return out.sort((a, b) => a.time - b.time);", "bug",
                                 "extra, one agent: mispunched runners (ok false) ranked among finishers"),
    "RESULTS-STAMPEDE": P(S, "const body = await computeResults(req.params.id);", "performance",
                          "cache miss not shared: concurrent requests all recompute the results", "critical-section"),
    "RESULTS-CACHE-UNBOUNDED": P(S, "resultsCache.set(req.params.id, { at: Date.now(), body });", "performance",
                                 "cache keyed by any id, never evicted: memory grows with every id requested"),
    "DESC-SHELL-INJECTION": P(S, "exec(`purplepen-cli --course ${courseId} --scale ${scale}", "security",
                              "course id and scale interpolated into an exec() shell command", "signature-vs-statement"),
    "DESC-EXIT-IGNORED": P(S, "exec(`purplepen-cli --course ${courseId} --scale ${scale}", "bug",
                           "exec callback ignores the error: a failed render still downloads a missing or stale sheet"),
    "STACK-TRACE-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("JWT-DECODE-UNVERIFIED", "JWT-EXP-OPTIONAL"),
    ("STATION-KEY-FAILS-OPEN", "STATION-KEY-IN-QUERY"),
    ("ENTRY-UNKNOWN-COURSE", "ENTRY-CAPACITY-OFF-BY-ONE"),
    ("ENTRY-CAPACITY-OFF-BY-ONE", "ENTRY-CAPACITY-RACE"),
    ("ENTRIES-PAGE-UNCHECKED", "ENTRIES-SLICE-DROPS-LAST"),
    ("ENTRIES-ALL-IN-MEMORY", "ENTRIES-SLICE-DROPS-LAST"),
    ("LEGS-LOOP-PAST-END", "LEGS-FIRST-LEG-MISSING"),
    ("RESULTS-QUERY-PER-ENTRY", "PUNCHES-UNORDERED"),
    ("RESULTS-STAMPEDE", "RESULTS-CACHE-UNBOUNDED"),
    ("DESC-SHELL-INJECTION", "DESC-EXIT-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is the whole club desk: event and course listings, runner entries, the punch upload from
        the finish download station, and result computation. The admin side is in decent shape (`clubAdmin` fails
        closed and uses `timingSafeEqual` after a length check, `POST /events` validates its body, and the JSON
        parser has a 64 kB limit). The runner and station side is not.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | runner tokens are decoded, not verified; the station key fails open |
        | P0 | injection | `ORDER BY ${order}`, `?file=` on `/maps`, `exec` of the description renderer |
        | P1 | entries | capacity off by one and racy; anyone can withdraw anyone |
        | P1 | results | leg times crash on every runner; completion check off by one |
        | P2 | paging, caching | dropped rows, unbounded cache, stampede |
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "Runner tokens are never verified (`jwt.decode`)",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })`; `decode` accepts any "
              "self-made token, so every runner route is open to forgery.",
              symbol="runnerFromToken", conf=0.95),
            F("JWT-EXP-OPTIONAL", "medium", "security", "Tokens without `exp` never expire",
              "Require `exp` (`jwt.verify` with `maxAge`, or reject claims without it).",
              symbol="runnerFromToken", conf=0.7),
            F("STATION-KEY-FAILS-OPEN", "high", "security", "`stationKey` passes every request when `STATION_KEY` is unset",
              "Fail at startup when the key is missing; `undefined !== undefined` is false, so a request without `key` is let in.",
              symbol="stationKey", conf=0.85),
            F("STATION-KEY-IN-QUERY", "low", "security", "Station key travels in the query string",
              "Send it in a header and compare with `timingSafeEqual` as `clubAdmin` does.",
              symbol="stationKey", conf=0.6),
            F("COURSE-ORDER-SQLI", "critical", "security", "SQL injection through `?order=` on the course list",
              "Map `order` through an allow-list of column names.",
              symbol="GET /events/:id/courses", conf=0.95),
            F("MAP-PATH-TRAVERSAL", "high", "security", "`/maps?file=` serves files outside `MAP_DIR`",
              "Use `res.sendFile(mapFile, { root: MAP_DIR })`, which refuses `..`, or look the map up by course id.",
              d=-1, symbol="GET /maps", conf=0.9),
            F("ENTRY-CAPACITY-OFF-BY-ONE", "medium", "bug", "Course capacity check admits one runner too many",
              "`n > maxEntries` is false when the course is exactly full; use `>=`.",
              symbol="POST /events/:id/entries", conf=0.85),
            F("ENTRY-CAPACITY-RACE", "medium", "bug", "Capacity count and insert race",
              "Do both in one transaction with `SELECT ... FOR UPDATE` on the course row, or an insert guarded by a "
              "`WHERE (SELECT count(*) ...) < max_entries` condition.",
              d=-1, n=3, symbol="POST /events/:id/entries", conf=0.75),
            F("WITHDRAW-ANY-ENTRY", "high", "security", "Any logged-in runner can withdraw any entry",
              "`DELETE FROM entries WHERE id = $1 AND runner_id = $2` with `runner.sub`, 404 when nothing was deleted.",
              symbol="DELETE /entries/:id", conf=0.85),
        ]),
        "Paging, punches and results:",
        Block([
            F("ENTRIES-PAGE-UNCHECKED", "low", "bug", "`page` is not validated",
              "Reject non-integers and values below 1; `page=0` slices from the end of the list.",
              symbol="GET /events/:id/entries", conf=0.6),
            F("ENTRIES-ALL-IN-MEMORY", "low", "performance", "Whole entry list fetched to serve one page",
              "Page in SQL with `LIMIT`/`OFFSET` (or keyset paging on the name).",
              symbol="GET /events/:id/entries", conf=0.65),
            F("ENTRIES-SLICE-DROPS-LAST", "medium", "bug", "Entry pages lose their last row",
              "`slice` already excludes its end; drop the `- 1`.",
              symbol="GET /events/:id/entries", conf=0.85),
            F("PUNCH-FLUSH-RACE", "high", "bug", "Concurrent flushes duplicate or lose punches",
              "Take the batch with `splice` before the `await`, and put it back on failure.",
              sd=-1, n=3, symbol="flushPunches", conf=0.8),
            F("COMPLETED-LAST-CONTROL", "high", "bug", "A runner missing the last control counts as complete",
              "Compare with `next === controls.length`.",
              symbol="courseCompleted", conf=0.85),
            F("LEGS-LOOP-PAST-END", "high", "bug", "`legTimes` reads one past the end of `punches`",
              "Loop while `i < punches.length`; as written it throws a TypeError on `punches[punches.length]`.",
              symbol="legTimes", conf=0.9),
            F("LEGS-FIRST-LEG-MISSING", "low", "bug", "First leg (start to first control) is never computed",
              "`startedAt` is unused; push `punches[0].punchedAt - startedAt` first.",
              d=-2, symbol="legTimes", conf=0.7),
            F("RESULTS-QUERY-PER-ENTRY", "medium", "performance", "Results issue one punches query per entry",
              "Fetch all punches of the event in one query and group them by entry.",
              symbol="computeResults", conf=0.75),
            F("PUNCHES-UNORDERED", "medium", "bug", "Punches are read without `ORDER BY`",
              "Add `ORDER BY punched_at`; the completion check and the finish time assume time order.",
              symbol="computeResults", conf=0.75),
            F("RESULTS-STAMPEDE", "low", "performance", "Results cache does not coalesce concurrent misses",
              "Cache the promise, not the result, so concurrent requests share one computation.",
              symbol="GET /events/:id/results", conf=0.6),
            F("DESC-SHELL-INJECTION", "high", "security", "Shell injection in `renderDescriptions`",
              "Use `execFile(\"purplepen-cli\", [\"--course\", courseId, \"--scale\", scale, \"--pdf\", sheet])` and "
              "validate `scale` against `/^1:\\d+$/`.",
              symbol="renderDescriptions", conf=0.9),
            F("DESC-EXIT-IGNORED", "medium", "bug", "Render failures are ignored",
              "Reject the promise when `exec` reports an error instead of resolving with the sheet path.",
              symbol="renderDescriptions", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-UNVERIFIED", "critical", "security", "runnerFromToken trusts unsigned JWTs (decode, no verify)",
              "jwt.verify with secret + algorithms", d=-2),
            F("STATION-KEY-FAILS-OPEN", "high", "security", "stationKey open when STATION_KEY unset", "require key"),
            F("COURSE-ORDER-SQLI", "critical", "security", "SQLi: req.query.order -> ORDER BY", "allow-list", d=-2),
            F("MAP-PATH-TRAVERSAL", "high", "security", "path traversal: req.query.file -> sendFile", "root option",
              d=-2),
            F("ENTRY-UNKNOWN-COURSE", "low", "bug", "unknown courseId throws in async handler (hangs under express 4)",
              "404 if no row", d=-1, sd=0),
            F("ENTRY-CAPACITY-OFF-BY-ONE", "medium", "bug", "capacity check off by one", ">=", d=-1),
            F("WITHDRAW-ANY-ENTRY", "high", "security", "DELETE /entries/:id has no ownership check",
              "AND runner_id = $2", d=-3),
            F("ENTRIES-PAGE-UNCHECKED", "low", "bug", "page not validated (0/NaN)", "clamp >= 1"),
            F("ENTRIES-SLICE-DROPS-LAST", "medium", "bug", "slice(..., end - 1) drops a row per page", "drop -1"),
            F("PUNCH-UNKNOWN-CARD", "medium", "bug", "unknown siCard -> TypeError on rows[0].id", "reject unknown cards"),
            F("COMPLETED-LAST-CONTROL", "high", "bug", "courseCompleted accepts a missing last control",
              "next === controls.length"),
            F("LEGS-LOOP-PAST-END", "high", "bug", "legTimes: punches[i] undefined at i == length", "i < length", d=1),
            F("RESULTS-STAMPEDE", "low", "performance", "no in-flight dedupe for results", "cache the promise", d=1),
            F("DESC-SHELL-INJECTION", "high", "security", "exec() with interpolated courseId/scale",
              "execFile + validation", d=-3),
            F("STACK-TRACE-LEAK", "medium", "security", "stack traces returned to clients", "log, return generic 500"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the orienteering club server (`src/server.ts`). It is an Express 4 application
        backed by PostgreSQL that lets runners enter courses, receives control punches from the download station,
        and computes results.

        **Authentication and Access Control**

        Runner identity rests on a JSON Web Token that is decoded but never verified, and the download station's key
        is passed in the URL. Several endpoints do not check that the caller owns the resource they modify.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload. Any client can craft a token with an arbitrary `sub` "
                   "and act as any runner."),
            F("STATION-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Station Key Exposed in URL",
              "Move the key to an HTTP header."),
            F("CORS-ANY-ORIGIN-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict `origin` to the club's own site."),
            F("COURSE-ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Course Ordering",
              "Whitelist the sortable columns.", sd=-2, n=3),
            F("MAP-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Map Download",
              "Resolve the path and verify it is inside MAP_DIR.", sd=-2, n=3),
            F("WITHDRAW-ANY-ENTRY", "HIGH", "Broken Access Control", "Entry Deletion Without Ownership Check",
              "Verify that the entry belongs to the authenticated runner.", d=-3, n=3),
            F("STACK-TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned in Error Responses",
              "Return a generic message and log the details server-side."),
            F("DESC-SHELL-INJECTION", "HIGH", "Command Injection", "OS Command Injection in Description Rendering",
              "Use `execFile` with an argument array.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Logic, Performance and Concurrency**

        The results pipeline and the entry flow have several correctness and scalability issues.
        """,
        Block([
            F("ENTRY-CAPACITY-RACE", "HIGH", "Race Condition", "Race Condition in Course Capacity Check",
              "Use a transaction or a database constraint.", d=1,
              desc="Between counting the entries and inserting a new one, other requests can insert too, so a course "
                   "can exceed its maximum."),
            F("ENTRIES-ALL-IN-MEMORY", "MEDIUM", "Performance", "Unbounded Query for Paginated Endpoint",
              "Apply LIMIT and OFFSET in SQL."),
            F("ENTRIES-SLICE-DROPS-LAST", "MEDIUM", "Logic Error", "Pagination Skips Entries",
              "Remove the `- 1` from the slice end.", d=-1),
            U({"severity": "LOW", "category": "Code Style",
               "description": "Consider moving the SQL strings into a separate queries module."}),
            F("PUNCH-FLUSH-RACE", "HIGH", "Race Condition", "Non-Atomic Punch Buffer Flush",
              "Remove the batch from the buffer before awaiting the insert.", d=-1),
            F("LEGS-LOOP-PAST-END", "HIGH", "Logic Error", "Out-of-Bounds Access in Leg Time Calculation",
              "Use `i < punches.length`.", sd=-2, n=3),
            F("RESULTS-QUERY-PER-ENTRY", "MEDIUM", "Performance", "N+1 Query Pattern in Results",
              "Load all punches of the event at once."),
            F("RESULTS-STAMPEDE", "LOW", "Caching", "Cache Stampede on Results",
              "Deduplicate concurrent computations.", d=-1),
            F("RESULTS-CACHE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Results Cache",
              "Use an LRU cache with a maximum size."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-UNVERIFIED", "error", "security", "jwt decoded not verified", "jwt.verify"),
            F("STATION-KEY-FAILS-OPEN", "error", "security", "station key check passes when env unset", "fail closed"),
            F("COURSE-ORDER-SQLI", "error", "security", "sql injection in order param", "allow-list"),
            F("WITHDRAW-ANY-ENTRY", "error", "security", "anyone can delete any entry", "check runner_id"),
            F("ENTRIES-SLICE-DROPS-LAST", "warning", "", "pagination drops last entry", "remove - 1"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("ENTRY-CAPACITY-OFF-BY-ONE", "warning", "bug", "course capacity off by one", ">="),
            F("PUNCH-UNKNOWN-CARD", "warning", "bug", "crash on unknown si card", "check rows.length"),
            F("LEGS-LOOP-PAST-END", "error", "bug", "legTimes loop goes past end", "i < length"),
            F("RESULTS-CACHE-UNBOUNDED", "warning", "performance", "results cache never evicted", "lru"),
            F("DESC-SHELL-INJECTION", "error", "security", "command injection in exec", "execFile"),
            F("STACK-TRACE-LEAK", "warning", "security", "stack trace in 500 response", "hide stack"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: unverified JWTs and token expiry.
        2. Injection: SQL injection, path traversal and command injection.
        3. Entries: capacity checks and deletion rights.
        4. Results: course completion, leg times and ranking.

        Total: 15 issues found.
        """,
        Block([
            F("JWT-DECODE-UNVERIFIED", "blocker", "security", "JWT signature is not validated",
              "Use jwt.verify with the signing secret.", conf=0.95),
            F("JWT-EXP-OPTIONAL", "major", "security", "Tokens without expiry are accepted forever",
              "Require the exp claim.", d=-1, conf=0.7),
            F("STATION-KEY-FAILS-OPEN", "major", "security", "Station authentication bypass when key is undefined",
              "Validate configuration at startup.", conf=0.8),
            F("COURSE-ORDER-SQLI", "blocker", "security", "SQL injection via order parameter",
              "Whitelist column names.", conf=0.9),
            F("MAP-PATH-TRAVERSAL", "major", "security", "Path traversal in map download",
              "Normalize and check the path.", conf=0.85),
            F("ENTRY-UNKNOWN-COURSE", "minor", "reliability", "Unhandled missing course",
              "Check that the course exists.", conf=0.7),
            F("ENTRY-CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in maximum entries check",
              "Use >= for the capacity comparison.", conf=0.8),
            F("ENTRY-CAPACITY-RACE", "major", "concurrency", "Race condition allows overbooking a course",
              "Use a transaction with row locking.", conf=0.75),
            F("WITHDRAW-ANY-ENTRY", "major", "security", "Missing authorization on entry withdrawal",
              "Check the entry owner.", conf=0.85),
            F("PUNCH-FLUSH-RACE", "major", "concurrency", "Concurrent punch flush may duplicate data",
              "Serialize flushes.", d=1, conf=0.75),
            F("COMPLETED-LAST-CONTROL", "major", "correctness", "Course completion check off by one",
              "Compare with controls.length.", d=-2, conf=0.8),
            F("LEGS-LOOP-PAST-END", "major", "correctness", "Array index out of bounds in leg times",
              "Fix the loop condition.", conf=0.85),
            F("PUNCHES-UNORDERED", "minor", "correctness", "Punch order is not guaranteed",
              "Order punches by time.", conf=0.7),
            F("RESULTS-MISPUNCH-RANKED", "minor", "correctness", "Mispunched runners are ranked with valid finishers",
              "Sort finishers with ok first, then by time.", conf=0.65),
            F("DESC-SHELL-INJECTION", "major", "security", "Command injection in PDF rendering",
              "Avoid shell interpolation.", conf=0.85),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 10 major, 3 minor"),
    ]),
}
