"""test47/ts-rindcave: a cheese cave ripening tracker (TypeScript, Express 4 + pg + jsonwebtoken). Labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test47: seeded problems in a cheese cave ripening tracker (wheels, turning "
    "schedule, humidity readings); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "rind-dev-secret";', "security", "JWT secret falls back to a constant in the source: anyone can mint staff tokens"),
    "WHEELS-BATCH-SQLI": P(S, "batch LIKE '%${batch}%'", "security", "batch query value interpolated into the wheel search SQL", "source-vs-sink"),
    "WHEEL-MASS-ASSIGN": P(S, "const fields = Object.keys(req.body);", "security", "every body key becomes a column: a client sets cave, id or any column (another cave's wheel)"),
    "WHEEL-COLUMN-SQLI": P(S, "INSERT INTO wheels (${cols}) VALUES (${params}) RETURNING id", "security", "body keys are concatenated into the INSERT as column names: SQL injection through a key", "source-vs-sink"),
    "TURN-WHEEL-UNCHECKED": P(S, "const id = Number(req.params.id);", "bug", "turn recorded for any id (NaN, unknown or another cave's wheel) without checking the wheel", nth=0),
    "TURN-COUNT-LOST-UPDATE": P(S, 'await pool.query("INSERT INTO turns (wheel_id, staff_id, turned_at)', "bug", "turnCounts read before the await and written after it: concurrent turns lose counts", "critical-section"),
    "SCHEDULE-LOOP-BOUNDS": P(S, "for (let i = 1; i <= rows.length; i++) {", "bug", "loop from 1 to length inclusive: the first wheel is skipped and rows[length] is undefined (TypeError)", "off-by-one"),
    "SCHEDULE-DUE-LATE": P(S, "if (days > w.turn_every_days) due.push(", "bug", "days > interval: a wheel due today is listed a day late", "off-by-one"),
    "SENSOR-KEY-EMPTY": P(S, "if (req.query.key !== SENSOR_KEY) return res.status(401).end();", "security", "SENSOR_KEY defaults to '': with it unset, ?key= passes and anyone can post readings"),
    "SENSOR-KEY-IN-URL": P(S, "if (req.query.key !== SENSOR_KEY) return res.status(401).end();", "security", "sensor key sent in the query string (logged by proxies) and compared with !=="),
    "READINGS-UNVALIDATED": P(S, "const { cave, values } = req.body as { cave: string; values: number[] };", "bug", "cave and values not validated: non-array values throw, strings and NaN are stored"),
    "READINGS-INSERT-PER-VALUE": P(S, 'await pool.query("INSERT INTO readings (cave, value, taken_at)', "performance", "one INSERT round trip per value of an unbounded batch"),
    "ALERT-PER-READING": P(S, "if (v < HUMIDITY_RANGE.low || v > HUMIDITY_RANGE.high) alertCheesemaker(cave, v);", "performance", "one notify process spawned per out-of-range value: a batch spawns hundreds of alerts, no dedupe"),
    "ALERT-SHELL-INJECTION": P(S, "exec(`notify-cheesemaker --cave ${cave}", "security", "cave from the sensor body formatted into a shell command", "signature-vs-statement"),
    "HUMIDITY-AVG-DIVISOR": P(S, "avg: total / (values.length - 1)", "bug", "average divides by length - 1", "off-by-one"),
    "HUMIDITY-EMPTY-WINDOW": P(S, "avg: total / (values.length - 1)", "bug", "no readings: avg -0, min Infinity, max -Infinity served as a summary"),
    "HUMIDITY-CACHE-RACE": P(S, 'const { rows } = await pool.query("SELECT value FROM readings WHERE cave = $1', "bug", "check-await-set cache: concurrent misses all query, and a summary computed before a reading is stored back after the delete (stale)", "critical-section"),
    "CARD-OTHER-CAVE": P(S, 'await pool.query("SELECT make, batch, shelf, notes FROM wheels WHERE id = $1", [id]);', "security", "wheel card fetched by id without the staff member's cave", "signature-vs-statement"),
    "CARD-NOTES-XSS": P(S, "<p>${w.notes}</p>", "security", "wheel notes rendered into HTML unescaped (stored XSS)"),
    "CARD-SHELF-XSS": P(S, "<p>${w.notes}</p>", "security", "shelf (free text from POST /wheels) rendered unescaped next to the escaped make and batch"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(file);", "security", "decoded :name joined to the photo dir: ..%2F reads any file", "source-vs-sink"),
    "CUT-UNKNOWN-WHEEL": P(S, "const w = rows[0];", "bug", "unknown wheel id: rows[0] undefined, TypeError in an async handler (request hangs)", nth=1),
    "CUT-AGE-OFF-BY-ONE": P(S, "if (ageDays < MIN_AGE_DAYS - 1)", "bug", "MIN_AGE_DAYS - 1 lets a 59-day wheel be cut", "off-by-one"),
    "CUT-KG-UNCHECKED": P(S, "const left = w.weight_kg - kg;", "bug", "kg not validated: negative adds weight, NaN stored, more than the wheel gives a negative weight"),
    "DELETE-NO-TRANSACTION": P(S, 'await pool.query("DELETE FROM turns WHERE wheel_id = $1", [id]);', "bug", "turn history deleted before the wheel, outside a transaction"),
    "DELETE-ANY-STAFF": P(S, 'await pool.query("DELETE FROM wheels WHERE id = $1", [id]);', "security", "any staff member of any cave deletes any wheel; requireAdmin is not used", "signature-vs-statement"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("WHEEL-MASS-ASSIGN", "WHEEL-COLUMN-SQLI"),
    ("TURN-WHEEL-UNCHECKED", "TURN-COUNT-LOST-UPDATE"),
    ("SCHEDULE-LOOP-BOUNDS", "SCHEDULE-DUE-LATE"),
    ("SENSOR-KEY-EMPTY", "SENSOR-KEY-IN-URL"),
    ("READINGS-UNVALIDATED", "READINGS-INSERT-PER-VALUE"),
    ("READINGS-INSERT-PER-VALUE", "ALERT-PER-READING"),
    ("HUMIDITY-AVG-DIVISOR", "HUMIDITY-EMPTY-WINDOW"),
    ("CARD-OTHER-CAVE", "CARD-NOTES-XSS"),
    ("CARD-NOTES-XSS", "CARD-SHELF-XSS"),
    ("CUT-UNKNOWN-WHEEL", "CUT-AGE-OFF-BY-ONE"),
    ("CUT-AGE-OFF-BY-ONE", "CUT-KG-UNCHECKED"),
    ("DELETE-NO-TRANSACTION", "DELETE-ANY-STAFF"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole service (≈200 lines of Express 4 + `pg`).

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 8 |
        | low | 3 |

        The admin side is fine: `requireAdmin` fails closed when `ADMIN_KEY` is empty and checks the length before
        `crypto.timingSafeEqual`; `GET /wheels/:id/turns` clamps `limit` and scopes by cave; `PUT /wheels/:id/shelf`
        validates the shelf and scopes the update. The staff and sensor endpoints are where the trouble is: string-built
        SQL, a shell command, unscoped wheel access, and arithmetic that is off by one in three places.
        """,
        Block([
            F("WHEELS-BATCH-SQLI", "critical", "security", "SQL injection through `batch` in `GET /wheels`",
              "Bind it: `batch LIKE $2` with `'%' + batch + '%'` as the parameter.", symbol="GET /wheels", conf=0.95),
            F("WHEEL-COLUMN-SQLI", "critical", "security", "`POST /wheels` builds column names from request body keys",
              "Use a fixed list of insertable columns; a key such as `make) VALUES (1); DROP TABLE turns; --` is executed.",
              symbol="POST /wheels", conf=0.9),
            F("WHEEL-MASS-ASSIGN", "high", "security", "`POST /wheels` lets the client set any column, including `cave`",
              "Set `cave` from `res.locals.staff.cave` and ignore unknown fields.", symbol="POST /wheels", conf=0.8),
            F("ALERT-SHELL-INJECTION", "critical", "security", "`alertCheesemaker` passes the sensor-supplied cave to a shell",
              "Use `execFile(\"notify-cheesemaker\", [\"--cave\", cave, message])` and validate the cave name.",
              symbol="alertCheesemaker", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /photos/:name`",
              "Use `res.sendFile(name, { root: PHOTO_DIR })` (it rejects `..`) or `path.basename`.",
              symbol="GET /photos/:name", conf=0.85),
            F("CARD-NOTES-XSS", "high", "security", "Stored XSS: wheel notes are not escaped on the card",
              "Wrap `w.notes` (and `w.shelf`) in `escapeHtml` like `make` and `batch`.", symbol="GET /wheels/:id/card", conf=0.9),
            F("CARD-OTHER-CAVE", "medium", "security", "Wheel card is not scoped to the staff member's cave",
              "Add `AND cave = $2` with `res.locals.staff.cave`.", symbol="GET /wheels/:id/card", conf=0.7),
            F("DELETE-ANY-STAFF", "high", "security", "Any staff token can delete any wheel",
              "Use `requireAdmin` (or at least scope the delete by cave).", symbol="DELETE /wheels/:id", conf=0.8),
            F("JWT-SECRET-FALLBACK", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is unset; with the fallback anyone can sign a staff token.", conf=0.85),
            F("SENSOR-KEY-EMPTY", "medium", "security", "Sensor endpoint accepts `?key=` when `SENSOR_KEY` is unset",
              "Reject requests when `SENSOR_KEY` is empty and compare with `timingSafeEqual`.", symbol="POST /readings", conf=0.75),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces", "Log the stack; return a generic message.", conf=0.8),
        ]),
        "Correctness and load:",
        Block([
            F("SCHEDULE-LOOP-BOUNDS", "high", "bug", "`GET /schedule` loop skips the first wheel and reads past the end",
              "`for (let i = 0; i < rows.length; i++)`; today the last iteration dereferences `undefined` and the handler throws.",
              symbol="GET /schedule", conf=0.95),
            F("SCHEDULE-DUE-LATE", "low", "bug", "A wheel due for turning today is not listed",
              "Use `days >= w.turn_every_days`.", symbol="GET /schedule", conf=0.6),
            F("HUMIDITY-AVG-DIVISOR", "medium", "bug", "Humidity average divides by `length - 1`",
              "Divide by `values.length`.", symbol="summarise", conf=0.9),
            F("HUMIDITY-EMPTY-WINDOW", "low", "bug", "`summarise` returns nonsense for a cave with no readings",
              "Return `null` (or 404) when `values` is empty; `Math.min()` of nothing is `Infinity`.", symbol="summarise", conf=0.7),
            F("CUT-AGE-OFF-BY-ONE", "medium", "bug", "Minimum-age check lets a wheel be cut a day early",
              "Compare with `MIN_AGE_DAYS`, not `MIN_AGE_DAYS - 1`.", symbol="POST /wheels/:id/cut", conf=0.85),
            F("CUT-KG-UNCHECKED", "medium", "bug", "Cut weight is not validated",
              "Require `0 < kg <= w.weight_kg`; a negative `kg` adds cheese.", symbol="POST /wheels/:id/cut", conf=0.8),
            F("CUT-UNKNOWN-WHEEL", "medium", "bug", "Unknown wheel id crashes `POST /wheels/:id/cut`",
              "Return 404 when `rows` is empty; Express 4 does not catch the rejected promise.", symbol="POST /wheels/:id/cut", conf=0.7),
            F("TURN-COUNT-LOST-UPDATE", "medium", "bug", "`turnCounts` update spans an `await`",
              "Increment after the insert from the current map value, or count in SQL.",
              d=-1, n=3, symbol="POST /wheels/:id/turn", conf=0.75),
            F("HUMIDITY-CACHE-RACE", "low", "performance", "Humidity cache misses are not coalesced",
              "Store the pending promise in the cache so concurrent misses share one query.",
              d=-1, symbol="GET /caves/:cave/humidity", conf=0.6),
            F("READINGS-UNVALIDATED", "medium", "bug", "`POST /readings` trusts the body shape",
              "Check `Array.isArray(values)` and that every value is a finite number.", symbol="POST /readings", conf=0.75),
            F("READINGS-INSERT-PER-VALUE", "low", "performance", "One INSERT per reading",
              "Insert the batch with one `unnest($2::numeric[])` statement and cap the batch size.", symbol="POST /readings", conf=0.65),
            F("ALERT-PER-READING", "low", "performance", "An alert process per out-of-range value",
              "Alert once per batch (or per cave per interval).", symbol="POST /readings", conf=0.6),
            F("DELETE-NO-TRANSACTION", "low", "bug", "Wheel delete is not transactional",
              "Run both deletes in one transaction (or use `ON DELETE CASCADE`).", symbol="DELETE /wheels/:id", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("WHEELS-BATCH-SQLI", "high", "security", "GET /wheels: req.query.batch concatenated into LIKE", "Parameterize.", d=-2),
            F("WHEEL-COLUMN-SQLI", "high", "security", "POST /wheels: body keys become SQL identifiers", "Fixed column list.", d=-3),
            F("ALERT-SHELL-INJECTION", "high", "security", "alertCheesemaker: exec with interpolated cave", "execFile + validate.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "GET /photos/:name joins decoded param to PHOTO_DIR", "sendFile root option.", d=-1),
            F("CARD-NOTES-XSS", "medium", "security", "card: notes unescaped", "escapeHtml."),
            F("CARD-OTHER-CAVE", "medium", "security", "card readable across caves", "Scope by cave.", d=-2),
            F("DELETE-ANY-STAFF", "medium", "security", "DELETE /wheels/:id only needs requireStaff", "requireAdmin.", d=-3),
            F("SENSOR-KEY-EMPTY", "medium", "security", "SENSOR_KEY unset => ?key= accepted", "Fail closed."),
            F("SCHEDULE-LOOP-BOUNDS", "high", "bug", "schedule loop 1..length inclusive", "0..length-1."),
            F("HUMIDITY-AVG-DIVISOR", "medium", "bug", "avg uses length-1", "length."),
            F("CUT-AGE-OFF-BY-ONE", "medium", "bug", "cut allowed at MIN_AGE_DAYS-1", "Drop -1."),
            F("CUT-UNKNOWN-WHEEL", "low", "bug", "cut: rows[0] may be undefined", "404."),
            F("TURN-COUNT-LOST-UPDATE", "low", "bug", "turnCounts lost update across await", "Count in SQL.", d=+1),
            F("READINGS-INSERT-PER-VALUE", "low", "performance", "readings: N sequential INSERTs", "Batch insert."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `rindcave` service, an Express application that tracks cheese wheels through
        the ripening caves, schedules their turning and collects humidity readings from sensors.

        ## Security Findings

        The most serious issues allow a remote attacker (or any sensor on the network) to run commands or SQL, and a
        logged-in staff member to reach data of other caves.
        """,
        Block([
            F("WHEELS-BATCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Wheel Search",
              "Use a parameterized query for the LIKE pattern.", sd=-2, n=3,
              desc="The `batch` query parameter is embedded in a template literal that forms the SQL statement."),
            F("WHEEL-COLUMN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via JSON Keys in Wheel Creation",
              "Whitelist the column names.", sd=-2, n=3),
            F("ALERT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Cheesemaker Alert",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `cave` value is taken from the readings request body and concatenated into a shell command."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("WHEEL-MASS-ASSIGN", "HIGH", "Mass Assignment", "Mass Assignment in Wheel Creation",
              "Only accept known fields.", sd=-1, n=2),
            F("CARD-NOTES-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Wheel Card Notes",
              "Escape `notes` before rendering.", sd=-2, n=3),
            F("CARD-SHELF-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Shelf Value in Wheel Card",
              "Escape `shelf` as well.", sd=-1, n=2),
            F("DELETE-ANY-STAFF", "MEDIUM", "Broken Access Control", "Wheel Deletion Not Restricted to Admins",
              "Protect the route with `requireAdmin`.", sd=-2, n=3),
            F("JWT-SECRET-FALLBACK", "HIGH", "Hardcoded Secret", "Hardcoded JWT Secret Fallback",
              "Require `JWT_SECRET` at startup.", sd=-1, n=2),
            F("SENSOR-KEY-IN-URL", "MEDIUM", "Sensitive Data Exposure", "Sensor Key Transmitted in Query String",
              "Send the key in a header and compare in constant time."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message.", sd=-1, n=2),
        ], wrap="list"),
        """
        ## Reliability and Logic Findings
        """,
        Block([
            F("SCHEDULE-LOOP-BOUNDS", "HIGH", "Logic Error", "Turning Schedule Loop Reads Out of Bounds",
              "Start at 0 and use `<`.", d=+1, sd=-1, n=3),
            F("HUMIDITY-AVG-DIVISOR", "MEDIUM", "Logic Error", "Incorrect Humidity Average", "Divide by the number of values.", d=-1),
            F("HUMIDITY-CACHE-RACE", "MEDIUM", "Caching", "Stale Humidity Summary Can Overwrite Invalidation",
              "Track a version or store the pending promise.", d=+2, sd=0, n=3,
              desc="A request that started its query before new readings arrived writes its old summary back after `/readings` deleted the cache entry."),
            F("TURN-COUNT-LOST-UPDATE", "MEDIUM", "Race Condition", "Race Condition on Turn Counter",
              "Compute the count from the database.", sd=-2, n=3),
            F("CUT-AGE-OFF-BY-ONE", "MEDIUM", "Business Logic", "Cheese Can Be Cut Before Minimum Age",
              "Use `MIN_AGE_DAYS` directly.", sd=-2, n=3),
            F("CUT-KG-UNCHECKED", "MEDIUM", "Input Validation", "Negative Cut Weight Accepted", "Validate `kg`."),
            F("ALERT-PER-READING", "LOW", "Performance", "Alert Storm on Out-of-Range Batches",
              "Debounce alerts per cave.", sd=-1, n=2),
            U({"severity": "INFO", "category": "Maintainability", "description": "server.ts should be split into routers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("WHEELS-BATCH-SQLI", "error", "security", "sql injection via batch", "use $2 param"),
            F("ALERT-SHELL-INJECTION", "error", "security", "shell injection in alert", "execFile"),
            F("PHOTO-TRAVERSAL", "error", "security", "photo path traversal", "path.basename", d=-1),
            F("CARD-NOTES-XSS", "warning", "security", "xss in wheel card notes", "escape"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("SCHEDULE-LOOP-BOUNDS", "warning", "", "schedule loop off by one", "i = 0; i < length", d=+1),
            F("HUMIDITY-AVG-DIVISOR", "warning", "bug", "wrong average", "divide by length"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Injection: SQL in the wheel search and wheel creation, shell in the alert.
        2. Access control: cross-cave wheel access and deletion.
        3. Calculation errors in the schedule, the humidity summary and the cutting rule.
        4. Concurrency problems in the turn counter and the humidity cache.
        """,
        Block([
            F("WHEELS-BATCH-SQLI", "blocker", "security", "SQL injection in wheel search", "Bind the batch value.", d=+1, conf=0.9),
            F("WHEEL-MASS-ASSIGN", "major", "security", "Unrestricted fields on wheel creation", "Whitelist fields.", conf=0.75),
            F("ALERT-SHELL-INJECTION", "blocker", "security", "Command injection in alertCheesemaker", "Avoid exec.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo download", "Normalize and check the path.", conf=0.8),
            F("CARD-NOTES-XSS", "major", "security", "XSS in wheel card", "Escape notes.", conf=0.8),
            F("CARD-OTHER-CAVE", "major", "security", "Insecure direct object reference on wheel card", "Filter by cave.", conf=0.7),
            F("SENSOR-KEY-IN-URL", "minor", "security", "Sensor API key passed as query parameter", "Use a header.", conf=0.6),
            F("JWT-SECRET-FALLBACK", "major", "security", "Default JWT secret", "Remove the fallback.", conf=0.8),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace exposure", "Hide internals.", conf=0.7),
            F("SCHEDULE-LOOP-BOUNDS", "major", "correctness", "Off-by-one in schedule loop", "Iterate from 0 to length - 1.", conf=0.9),
            F("SCHEDULE-DUE-LATE", "minor", "correctness", "Due wheels reported one day late", "Use >=.", d=-1, conf=0.5),
            F("HUMIDITY-AVG-DIVISOR", "major", "correctness", "Average humidity miscalculated", "Use values.length.", conf=0.85),
            F("HUMIDITY-EMPTY-WINDOW", "minor", "correctness", "Empty readings produce Infinity/-0", "Handle empty input.", conf=0.6),
            F("CUT-AGE-OFF-BY-ONE", "major", "correctness", "Age check allows cutting one day early", "Compare against MIN_AGE_DAYS.", d=-1, conf=0.8),
            F("CUT-KG-UNCHECKED", "major", "correctness", "Cut weight can exceed wheel weight", "Validate kg.", d=-1, conf=0.7),
            F("TURN-WHEEL-UNCHECKED", "minor", "correctness", "Turn endpoint does not verify the wheel exists", "Check the wheel and its cave.", conf=0.6),
            F("TURN-COUNT-LOST-UPDATE", "major", "concurrency", "Turn counter race condition", "Use an atomic counter.", d=+1, conf=0.7),
            F("HUMIDITY-CACHE-RACE", "minor", "concurrency", "Cache stampede on humidity summary", "Cache the promise.", conf=0.6),
            F("READINGS-UNVALIDATED", "major", "reliability", "Readings payload is not validated", "Validate cave and values.", conf=0.7),
            F("ALERT-PER-READING", "minor", "performance", "Unthrottled alert spawning", "Rate-limit alerts.", conf=0.6),
            F("DELETE-NO-TRANSACTION", "minor", "reliability", "Non-atomic wheel deletion", "Use a transaction.", conf=0.6),
        ], wrap="object+summary", summary="21 issues: 2 blocker, 12 major, 7 minor"),
    ]),
}
