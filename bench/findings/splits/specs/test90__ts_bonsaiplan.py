"""test90/ts-bonsaiplan: a bonsai nursery's boarded trees and tree-care plans (TypeScript). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data
(only splits/README.md's general sections and the test37 section, the builders, and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test90 (round 46): seeded problems in a bonsai nursery's care desk (Express + pg + "
    "jsonwebtoken: boarded trees, care plans, wiring and repotting alerts); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-NOT-VERIFIED": P(S, "jwt.decode(token)", "security", "customer() uses jwt.decode: any unsigned token with a sub logs in as that customer", "signature-vs-statement"),
    "WIRE-DUE-LATE": P(S, "return weeks > wireWeeks;", "bug", "weeks > wireWeeks: the wire-off alert comes a week after the wire is due", "off-by-one"),
    "REPOT-MONTH": P(S, "const month = d.getMonth();", "bug", "getMonth() is 0-based: 3..4 is April-May, not March-April", "off-by-one"),
    "SEARCH-SQLI": P(S, "ILIKE '%${species}%'", "security", "species query value interpolated into the ILIKE: SQL injection", "source-vs-sink"),
    "TREE-IDOR": P(S, 'pool.query("SELECT * FROM trees WHERE id = $1", [req.params.id])', "security", "GET /trees/:id returns any customer's tree: no owner_id check", "signature-vs-statement"),
    "TREE-ALL-COLUMNS": P(S, 'pool.query("SELECT * FROM trees WHERE id = $1", [req.params.id])', "security", "SELECT * sends every internal column (owner, fees, notes) to the customer"),
    "MASS-ASSIGN": P(S, "Object.assign(rows[0], req.body)", "security", "body merged into the row: a customer sets owner_id and board_fee"),
    "PATCH-ID-OVERRIDE": P(S, "tree.board_fee, tree.id]", "security", "WHERE id uses the merged tree.id: a body id updates another customer's tree"),
    "PLAN-NO-OWNER": P(S, '"SELECT id, owner_id FROM trees WHERE id = $1"', "security", "POST /trees/:id/plan loads owner_id and never compares it: plans for anyone's tree", "signature-vs-statement"),
    "PLAN-WEEKS-UNBOUNDED": P(S, "const { weeks, waterEvery, feedEvery } = req.body;", "security", "weeks unbounded and unvalidated: one request builds a huge task list and insert"),
    "PLAN-WATER-ZERO": P(S, "day <= weeks * 7; day += waterEvery", "security", "waterEvery 0 (or negative) never advances the loop: the event loop hangs"),
    "PLAN-EXTRA-DAY": P(S, "day <= weeks * 7; day += waterEvery", "bug", "<= weeks * 7 adds a watering on the day after the plan ends", "off-by-one"),
    "BOARD-DATES-UNVALIDATED": P(S, "const nights = Math.round(", "bug", "to before from, or unparsable dates: negative or NaN nights and fee stored"),
    "BENCH-RACE": P(S, "await pool.query(BOARD_SQL,", "bug", "capacity check, await insert, then benchCount += 1: concurrent bookings overfill the benches", "critical-section"),
    "BOARD-TREE-NOT-OWNED": P(S, "await pool.query(BOARD_SQL,", "security", "treeId from the body never checked to belong to the customer"),
    "TASK-COUNT-RACE": P(S, '"UPDATE tasks SET done_at = now(), done_by = $1 WHERE id = $2"', "bug", "done read before the await and written after: concurrent ticks lose counts", "critical-section"),
    "TASK-DONE-TWICE": P(S, '"UPDATE tasks SET done_at = now(), done_by = $1 WHERE id = $2"', "bug", "no done_at IS NULL guard or rowCount check: ticking a done (or missing) task counts again"),
    "TASKS-ALL-IN-MEMORY": P(S, '"SELECT id, tree_id, due, kind FROM tasks WHERE done_at IS NULL ORDER BY due"', "performance", "every open task loaded and paged in memory instead of LIMIT/OFFSET"),
    "TASKS-SLICE-DROP": P(S, "const last = first + size - 1;", "bug", "slice end is exclusive: size - 1 drops the last task of every page", "off-by-one"),
    "DOSE-STRENGTH-UNBOUNDED": P(S, "const strength = Number(req.query.strength ?? 1);", "bug", "strength not limited to 0..1: the calculator recommends overdoses (or NaN)"),
    "DOSE-ROUNDING": P(S, "const ml = Math.round(potLitres) * 2 * strength;", "bug", "pot volume rounded before multiplying: small pots get 0 ml, 1.4 L gets 2 ml"),
    "SHEET-SHELL": P(S, "exec(`wkhtmltopdf --title", "security", "title from the body (and the raw id) in an exec() shell command", "source-vs-sink"),
    "SHEET-ERR-LEAK": P(S, "if (err) return res.status(500).json({ error: err.message });", "security", "exec error message (with the command line and paths) returned to the client"),
    "CARD-XSS": P(S, "<p>${t.notes}</p>", "security", "tree notes written into the card HTML unescaped"),
    "CARD-PHOTO-ATTR": P(S, "<p>${t.notes}</p>", "security", "photo name unescaped inside the img src attribute (attribute injection)"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(full);", "security", "file query value joined to PHOTO_DIR and sent: any readable file", "source-vs-sink"),
    "ERROR-STACK": P(S, "stack: err.stack", "security", "error handler returns message and stack trace"),
}

CONFUSABLE = [
    ("TREE-IDOR", "TREE-ALL-COLUMNS"),
    ("MASS-ASSIGN", "PATCH-ID-OVERRIDE"),
    ("PLAN-NO-OWNER", "PLAN-WEEKS-UNBOUNDED"),
    ("PLAN-WEEKS-UNBOUNDED", "PLAN-WATER-ZERO"),
    ("PLAN-WATER-ZERO", "PLAN-EXTRA-DAY"),
    ("BOARD-DATES-UNVALIDATED", "BENCH-RACE"),
    ("BENCH-RACE", "BOARD-TREE-NOT-OWNED"),
    ("BOARD-DATES-UNVALIDATED", "BOARD-TREE-NOT-OWNED"),
    ("TASK-COUNT-RACE", "TASK-DONE-TWICE"),
    ("TASKS-ALL-IN-MEMORY", "TASKS-SLICE-DROP"),
    ("DOSE-STRENGTH-UNBOUNDED", "DOSE-ROUNDING"),
    ("SHEET-SHELL", "SHEET-ERR-LEAK"),
    ("CARD-XSS", "CARD-PHOTO-ATTR"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole nursery desk. What is done well: `staffOnly` fails closed and compares with
        `crypto.timingSafeEqual` after a length check, `POST /trees` validates `species` and binds every value,
        `/trees/:id/alerts` and the PATCH lookup filter by `owner_id`, `/boarding/:id/collect` only frees a bench
        when the update really changed a row, and the JSON body is capped at 100 kB. The problems, in order:

        1. Customer authentication does not verify tokens at all, so every customer route is open.
        2. Several routes trust ids and fields from the request (other customers' trees, mass assignment).
        3. Injection: SQL in the staff search, a shell in the care-sheet export, path traversal in photos, XSS in the card.
        4. Care arithmetic: wiring, repotting, plans, paging and the feed calculator are each off somewhere.
        5. In-memory counters race across `await`.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`customer` decodes the JWT without verifying it",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error; `JWT_SECRET` is defined but never used.",
              symbol="customer", conf=0.95),
            F("SHEET-SHELL", "high", "security", "Care-sheet title is passed to a shell through `exec`",
              "Use `execFile(\"wkhtmltopdf\", [\"--title\", title, url, out])`; a title containing `\"` breaks out of the quotes.",
              symbol="POST /trees/:id/sheet", conf=0.9),
            F("SEARCH-SQLI", "high", "security", "SQL injection through `species` in the staff tree search",
              "Bind it: `species ILIKE $2` with `%${species}%` as the value.", symbol="GET /trees/search", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "`GET /photos` serves any file the process can read",
              "Use `res.sendFile(file, { root: PHOTO_DIR })` (which rejects `..`) or check the resolved path stays under `PHOTO_DIR`.",
              sd=-1, n=2, symbol="GET /photos", conf=0.9),
            F("CARD-XSS", "medium", "security", "Tree notes are not escaped on the care card",
              "Wrap `t.notes` in `esc()` like species and style.", symbol="GET /trees/:id/card", conf=0.85),
            F("CARD-PHOTO-ATTR", "low", "security", "Photo name is unescaped in the `img src` attribute",
              "`esc(encodeURIComponent(t.photo))`.", symbol="GET /trees/:id/card", conf=0.6),
            F("TREE-IDOR", "high", "security", "Customers can read any tree by id",
              "Add `AND owner_id = $2` as the alerts route does.", symbol="GET /trees/:id", conf=0.85),
            F("TREE-ALL-COLUMNS", "low", "security", "`SELECT *` returns internal columns to customers",
              "Select the columns the customer view needs.", symbol="GET /trees/:id", conf=0.55),
            F("MASS-ASSIGN", "high", "security", "PATCH merges the whole request body into the tree",
              "Pick the editable fields (`species`, `style`, `pot`); today a customer can set `board_fee` or give the tree away via `owner_id`.",
              symbol="PATCH /trees/:id", conf=0.9),
            F("PATCH-ID-OVERRIDE", "high", "security", "PATCH updates the row named by the body's `id`",
              "Use `req.params.id` (already ownership-checked) in the WHERE clause, never the merged `tree.id`.",
              d=-1, sd=-1, n=2, symbol="PATCH /trees/:id", conf=0.8),
            F("PLAN-NO-OWNER", "high", "security", "Care plans can be created for other customers' trees",
              "Filter by `owner_id = $2` like the PATCH route.", symbol="POST /trees/:id/plan", conf=0.8),
            F("ERROR-STACK", "medium", "security", "Error handler sends stack traces", "Log them; send a generic message.",
              symbol="error handler", conf=0.85),
        ]),
        "Correctness and resource problems:",
        Block([
            F("PLAN-WEEKS-UNBOUNDED", "medium", "security", "`weeks` is neither validated nor capped",
              "Require an integer 1..52; a large value builds millions of tasks and one enormous INSERT.",
              symbol="POST /trees/:id/plan", conf=0.75),
            F("PLAN-WATER-ZERO", "high", "security", "`waterEvery: 0` makes the plan loop spin forever",
              "Require `waterEvery` and `feedEvery` to be positive integers; with 0 the for loop never advances and blocks the event loop.",
              symbol="POST /trees/:id/plan", conf=0.85),
            F("PLAN-EXTRA-DAY", "low", "bug", "Watering loop runs one day past the plan",
              "Use `day < weeks * 7`, as the feed loop does with `w < weeks`.", symbol="POST /trees/:id/plan", conf=0.6),
            F("WIRE-DUE-LATE", "medium", "bug", "Wire-off alert fires a week late",
              "`weeks >= wireWeeks`: at exactly `wireWeeks` the wire is due, and a week later it is biting.",
              symbol="wireDue", conf=0.7),
            F("REPOT-MONTH", "medium", "bug", "Repot window uses 0-based months as if 1-based",
              "`getMonth()` returns 2 for March; use `month >= 2 && month <= 3` or `getMonth() + 1`.",
              n=2, symbol="inRepotWindow", conf=0.9),
            F("BENCH-RACE", "medium", "bug", "Bench capacity check races with the insert",
              "Two bookings can both pass the check while the insert is awaited; count in the database inside a transaction (or `SELECT ... FOR UPDATE`).",
              sd=-1, n=3, symbol="POST /boarding", conf=0.75),
            F("BOARD-TREE-NOT-OWNED", "medium", "security", "Boarding accepts any `treeId`",
              "Check the tree belongs to `req.customer.id` before booking a bench.", symbol="POST /boarding", conf=0.65),
            F("TASK-COUNT-RACE", "low", "bug", "`completedToday` loses increments",
              "Read and write after the await (`completedToday.set(id, (completedToday.get(id) ?? 0) + 1)`).",
              d=+1, sd=-1, n=3, symbol="POST /tasks/:id/done", conf=0.6),
            F("TASKS-ALL-IN-MEMORY", "medium", "performance", "Task list loads all open tasks then slices",
              "Page in SQL with `LIMIT $1 OFFSET $2`.", symbol="GET /tasks", conf=0.75),
            F("TASKS-SLICE-DROP", "medium", "bug", "Each task page drops its last row",
              "`slice` excludes its end index; use `first + size`.", symbol="GET /tasks", conf=0.85),
            F("DOSE-ROUNDING", "low", "bug", "Feed dose rounds the pot volume first",
              "Round the result, not the input: `Math.round(potLitres * 2 * strength * 10) / 10`.", symbol="GET /dose", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "customer(): jwt.decode, signature never checked",
              "jwt.verify with JWT_SECRET + algorithms.", d=-3),
            F("SEARCH-SQLI", "high", "security", "species interpolated into SQL (/trees/search)", "$2 param.", d=-3),
            F("SHEET-SHELL", "high", "security", "exec() with title from body", "execFile, args array.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "/photos?file=../../etc/passwd", "sendFile root option.", d=-2),
            F("TREE-IDOR", "high", "security", "GET /trees/:id: no owner filter", "AND owner_id = $2.", d=-1),
            F("MASS-ASSIGN", "high", "security", "Object.assign(row, req.body) in PATCH", "whitelist fields."),
            F("PLAN-NO-OWNER", "high", "security", "plan route never checks owner_id", "filter by owner.", d=-1),
            F("PLAN-WATER-ZERO", "medium", "bug", "waterEvery=0 -> infinite loop", "validate > 0."),
            F("CARD-XSS", "medium", "security", "t.notes unescaped in card HTML", "esc()."),
            F("BOARD-DATES-UNVALIDATED", "medium", "bug", "nights negative/NaN when dates bad or reversed",
              "validate from < to."),
            F("BENCH-RACE", "medium", "bug", "benchCount check/increment split by await", "DB-side capacity check.", d=+1),
            F("TASK-DONE-TWICE", "low", "bug", "done endpoint counts already-done tasks", "WHERE done_at IS NULL; check rowCount."),
            F("TASKS-SLICE-DROP", "medium", "bug", "slice(first, first + size - 1) drops one row per page",
              "slice(first, first + size).", d=+1),
            F("REPOT-MONTH", "medium", "bug", "getMonth() 0-based; window is Apr-May", "2..3.", d=+1),
            F("DOSE-ROUNDING", "low", "bug", "Math.round(potLitres) before dose", "round at the end."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the bonsai nursery service (`src/server.ts`). The application is an
        Express API backed by PostgreSQL that lets customers board trees with the nursery, request care plans
        and view care cards, and lets staff manage tasks and print care sheets.

        ### Authentication and Access Control

        The customer middleware decodes JSON Web Tokens without checking their signature, which undermines
        every customer-facing route. Separately, the care-plan route does not confirm tree ownership.

        ### Injection

        There are SQL injection, command injection, path traversal and cross-site scripting issues, listed below.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload; an attacker can forge a token with any `sub`."),
            F("SEARCH-SQLI", "HIGH", "SQL Injection", "SQL Injection in Tree Search",
              "Use a bound parameter for the species filter.", sd=-2, n=3),
            F("SHEET-SHELL", "HIGH", "Command Injection", "Command Injection in Care Sheet Generation",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `title` from the request body is placed inside double quotes in a shell command."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Validate that the resolved path is inside `PHOTO_DIR`.", sd=-2, n=3),
            F("CARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Care Card Notes",
              "Escape `t.notes`.", sd=-2, n=3),
            F("CARD-PHOTO-ATTR", "MEDIUM", "Cross-Site Scripting", "Unescaped Photo Attribute in Care Card",
              "Escape the photo name before placing it in the attribute.", sd=-2, n=3),
            F("MASS-ASSIGN", "HIGH", "Broken Access Control", "Mass Assignment in Tree Update",
              "Only copy allowed fields from the body.", sd=-2, n=3),
            F("PLAN-NO-OWNER", "HIGH", "Broken Access Control", "Missing Ownership Check on Care Plans",
              "Verify `owner_id` matches the customer.", sd=-1, n=3),
            F("TREE-ALL-COLUMNS", "LOW", "Information Disclosure", "Over-broad Column Selection in Tree Details",
              "Select explicit columns.", sd=-1, n=3),
        ], wrap="list"),
        """
        ### Reliability and Performance
        """,
        Block([
            F("PLAN-WATER-ZERO", "HIGH", "Denial of Service", "Infinite Loop in Care Plan Generation",
              "Validate that `waterEvery` and `feedEvery` are positive.", sd=-2, n=3,
              desc="If `waterEvery` is 0 the loop condition never changes and the Node.js event loop is blocked."),
            F("BENCH-RACE", "MEDIUM", "Race Condition", "Race Condition in Bench Capacity",
              "Enforce capacity in the database.", d=-1, sd=-3, n=3),
            F("TASK-COUNT-RACE", "LOW", "Race Condition", "Lost Updates in Daily Task Counter",
              "Update the counter atomically after the await.", d=-1, sd=-3, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting routes into separate routers and adding a tsconfig.json."}),
            F("TASKS-ALL-IN-MEMORY", "MEDIUM", "Performance", "Inefficient In-Memory Pagination of Tasks",
              "Use SQL LIMIT and OFFSET.", sd=-2, n=3),
            F("REPOT-MONTH", "MEDIUM", "Logic Error", "Incorrect Month Indexing in Repot Window",
              "Account for `getMonth()` being zero-based.", d=+1, sd=-1, n=3),
            F("DOSE-ROUNDING", "LOW", "Logic Error", "Premature Rounding in Dose Calculation",
              "Round only the final dose.", sd=-2, n=3),
            F("SHEET-ERR-LEAK", "LOW", "Information Disclosure", "Command Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Trace Disclosure",
              "Do not include `err.stack` in responses.", sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode instead of jwt.verify", "jwt.verify"),
            F("SEARCH-SQLI", "error", "security", "sqli in species search", "bind param", d=-1),
            F("SHEET-SHELL", "error", "security", "shell injection via title", "execFile"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in /photos", "root option"),
            F("MASS-ASSIGN", "error", "security", "mass assignment on PATCH", "pick fields"),
            F("TREE-IDOR", "warning", "security", "tree details not scoped to owner", "owner_id filter"),
            F("CARD-XSS", "warning", "", "notes not escaped", "esc()"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PLAN-WEEKS-UNBOUNDED", "warning", "performance", "weeks not capped", "limit to 52"),
            F("PLAN-WATER-ZERO", "warning", "bug", "waterEvery 0 hangs", "validate"),
            F("BENCH-RACE", "warning", "bug", "bench count race", "transaction", d=-1),
            F("TASK-DONE-TWICE", "warning", "bug", "task can be completed twice", "done_at is null"),
            F("TASKS-SLICE-DROP", "warning", "bug", "page drops last item", "first + size", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        **Scope:** `src/server.ts` (Express + PostgreSQL bonsai nursery service).

        ### Summary
        1. Authentication: JWT tokens are decoded, not verified.
        2. Authorization: trees and updates are not properly scoped to their owner.
        3. Injection: SQL, shell, path traversal.
        4. Correctness: date arithmetic, pagination, plan generation, dose calculation.
        5. Concurrency: shared counters across await points.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Unverified JWT accepted as authentication",
              "Verify the signature.", conf=0.95),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in species search", "Use parameters.", conf=0.9),
            F("SHEET-SHELL", "blocker", "security", "OS command injection in sheet export", "Use execFile.", conf=0.9),
            F("SHEET-ERR-LEAK", "minor", "security", "Error details leaked from sheet export",
              "Log the error server-side.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal when serving photos",
              "Normalize and check the path.", d=-1, conf=0.85),
            F("TREE-IDOR", "major", "security", "Insecure direct object reference on tree details",
              "Filter by owner.", conf=0.8),
            F("MASS-ASSIGN", "major", "security", "Mass assignment of tree fields", "Whitelist fields.", conf=0.85),
            F("PATCH-ID-OVERRIDE", "major", "security", "Record id can be overwritten from request body",
              "Use the route id in the UPDATE.", anchor="Object.assign(rows[0], req.body)", conf=0.7),
            F("PLAN-NO-OWNER", "major", "security", "Care plan ownership not verified", "Check owner_id.", d=+1, conf=0.75),
            F("PLAN-EXTRA-DAY", "minor", "correctness", "Off-by-one in watering schedule generation",
              "Use < instead of <=.", d=+1, conf=0.6),
            F("WIRE-DUE-LATE", "minor", "correctness", "Wire removal check is off by one week",
              "Use >=.", d=-1, conf=0.6),
            F("REPOT-MONTH", "major", "correctness", "Zero-based month used as one-based", "Add 1 to getMonth().", conf=0.85),
            F("BOARD-DATES-UNVALIDATED", "major", "correctness", "Boarding dates are not validated",
              "Reject invalid or reversed ranges.", conf=0.75),
            F("BENCH-RACE", "major", "concurrency", "Check-then-act race on bench capacity",
              "Use a transaction.", conf=0.8),
            F("TASK-COUNT-RACE", "minor", "concurrency", "Lost update on completed task counter",
              "Avoid read-await-write.", conf=0.6),
            F("TASKS-SLICE-DROP", "major", "correctness", "Pagination drops one task per page",
              "Use first + size as the end.", conf=0.85),
            F("DOSE-STRENGTH-UNBOUNDED", "minor", "reliability", "Feed strength not range-checked",
              "Clamp strength to 0..1.", conf=0.55),
            F("CARD-XSS", "major", "security", "XSS in care card", "Escape notes.", conf=0.85),
            F("ERROR-STACK", "minor", "security", "Stack trace exposure", "Remove stack.", conf=0.7),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 10 major, 6 minor"),
    ]),
}
