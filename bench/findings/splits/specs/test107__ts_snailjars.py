"""test107/ts-snailjars: a snail farm's breeding batches, hibernation rooms and jarred orders (TypeScript, Express 4 + pg).

Frozen test split test107 (issue 15), written 2026-12-07 by a helper session that had not seen the merger
code, its tuning data, any score, or any other split's answers, specs or repositories (apart from the tune2
spec, read once for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split. "
    "Frozen test split test107: seeded problems in a snail farm's batch, cave and jar-order desk; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "KEEPER-JWT-UNVERIFIED": P(S, "const claims = jwt.decode(token)", "security", "keeperFrom uses jwt.decode, which does not check the signature: anyone forges a keeper or manager token", "signature-vs-statement"),
    "KEEPER-THROW-UNHANDLED": P(S, 'throw new HttpError(401, "keeper login required")', "bug", "extra, one agent: keeperFrom throws inside async handlers; Express 4 does not catch the rejected promise, so the 401 never reaches the error handler and the request hangs"),
    "BATCH-SQLI-SPECIES": P(S, "WHERE species = '${species}'", "security", "species query value interpolated into SQL: injection", "source-vs-sink"),
    "BATCH-SQLI-ROOM": P(S, "WHERE species = '${species}'", "security", "room query value interpolated into the LIKE pattern: a second injection", "source-vs-sink"),
    "HATCH-NOT-OWNER": P(S, "UPDATE batches SET hatched = $1", "security", "batch keeper selected but never compared: any keeper overwrites another keeper's hatch count"),
    "HATCH-MISSING-BATCH": P(S, "const rate = Math.round((hatched / rows[0].eggs) * 100);", "bug", "unknown batch id: rows[0] is undefined and the TypeError escapes the async handler"),
    "HATCH-RATE-UNVALIDATED": P(S, "const rate = Math.round((hatched / rows[0].eggs) * 100);", "bug", "hatched not validated: NaN, negative or more than the eggs laid gives a hatch rate of NaN or over 100 %"),
    "ROOM-CAPACITY-RACE": P(S, "if (rows[0].n + batchIds.length > room.trays)", "bug", "tray count read, checked, then inserted across awaits without a transaction: concurrent requests overfill the cave", "critical-section"),
    "ROOM-INSERT-PARTIAL": P(S, "INSERT INTO hibernating (room, batch_id, since)", "bug", "inserts run one by one outside a transaction: a failure halfway leaves part of the batches booked in the cave"),
    "AVG-LOOP-OFF-BY-ONE": P(S, "for (let i = list.length - n; i <= list.length; i++)", "bug", "i <= list.length reads one past the end: list[length] is undefined and the sum becomes NaN", "off-by-one"),
    "AVG-EMPTY-NAN": P(S, "average: sum / n", "bug", "no readings (or last=0): n is 0 and the average is 0/0 = NaN, sent as null"),
    "WAKE-DUE-OFF-BY-ONE": P(S, "/ WEEK_MS) > HIBERNATE_WEEKS)", "bug", "> HIBERNATE_WEEKS: batches show as due only after thirteen full weeks instead of twelve", "off-by-one"),
    "HOLDS-LOST-UPDATE": P(S, "if (held + jars > rows[0].jars_left)", "bug", "held read before the await and written back after it: concurrent holds overwrite each other and oversell the stock", "critical-section"),
    "HOLDS-NEVER-RELEASED": P(S, "holds.set(grade, held + jars);", "bug", "holds are never released or expired and orders never consume them: every grade ends up 'not enough jars'"),
    "ORDER-JARS-UNVALIDATED": P(S, "const total = PRICE_PER_JAR[grade] * jars;", "bug", "jars not validated (negative, fractional, string): negative or nonsense totals are stored"),
    "ORDER-UNKNOWN-GRADE": P(S, "const total = PRICE_PER_JAR[grade] * jars;", "bug", "unknown grade: PRICE_PER_JAR[grade] is undefined and the order is stored with a NaN total (/quote checks, /orders does not)"),
    "ORDER-IDOR": P(S, "SELECT * FROM orders WHERE id = $1", "security", "GET /orders/:id has no authentication: anyone reads any customer's order by id", "signature-vs-statement"),
    "ORDER-CARD-TOKEN": P(S, "SELECT * FROM orders WHERE id = $1", "security", "SELECT * returns card_token (and e-mail, address) in the order response"),
    "SLIP-XSS-NOTE": P(S, "<p>Note: ${o.note}</p>", "security", "customer note rendered unescaped in the packing slip HTML (stored XSS); customer and address are escaped"),
    "LABEL-INJECTION-COPIES": P(S, "execSync(`jar-label", "security", "copies query value interpolated into a shell command", "source-vs-sink"),
    "LABEL-INJECTION-CUSTOMER": P(S, "execSync(`jar-label", "security", "customer name from a public order put inside double quotes in a shell command: $(...) runs"),
    "LABEL-EXECSYNC-BLOCKS": P(S, "execSync(`jar-label", "performance", "execSync blocks the event loop (no timeout) while the label printer runs"),
    "ORDERS-PAGED-IN-MEMORY": P(S, "SELECT id, customer, grade, jars, total FROM orders ORDER BY id", "performance", "all orders fetched and paged in memory"),
    "ORDERS-PAGE-OFF-BY-ONE": P(S, "rows.slice(page * PAGE, page * PAGE + PAGE)", "bug", "page is at least 1 but the slice starts at page * PAGE: the first page of orders is never shown", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("KEEPER-JWT-UNVERIFIED", "KEEPER-THROW-UNHANDLED"),
    ("BATCH-SQLI-SPECIES", "BATCH-SQLI-ROOM"),
    ("HATCH-NOT-OWNER", "HATCH-MISSING-BATCH"),
    ("HATCH-MISSING-BATCH", "HATCH-RATE-UNVALIDATED"),
    ("ROOM-CAPACITY-RACE", "ROOM-INSERT-PARTIAL"),
    ("AVG-LOOP-OFF-BY-ONE", "AVG-EMPTY-NAN"),
    ("HOLDS-LOST-UPDATE", "HOLDS-NEVER-RELEASED"),
    ("ORDER-JARS-UNVALIDATED", "ORDER-UNKNOWN-GRADE"),
    ("ORDER-IDOR", "ORDER-CARD-TOKEN"),
    ("LABEL-INJECTION-COPIES", "LABEL-INJECTION-CUSTOMER"),
    ("LABEL-INJECTION-COPIES", "LABEL-EXECSYNC-BLOCKS"),
    ("LABEL-INJECTION-CUSTOMER", "LABEL-EXECSYNC-BLOCKS"),
    ("ORDERS-PAGED-IN-MEMORY", "ORDERS-PAGE-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 service for the snail farm: breeding batches, the hibernation caves
        with their temperature readings, jar holds and orders, packing slips and jar labels. I found:

        1. Authentication that can be forged (`keeperFrom` decodes the JWT without verifying it).
        2. Injection: SQL in `GET /batches`, shell in the jar-label printer, HTML in the packing slip.
        3. Orders readable by anyone, including the stored card token.
        4. Races across `await` in the cave capacity check and the jar holds.
        5. Several arithmetic and bounds errors (the reading average, the wake-up list, order paging).

        Good: `farmOnly` fails closed and checks the length before `timingSafeEqual`; `POST /batches` validates
        `eggs`; `/quote` rejects unknown grades and bad jar counts; the slip escapes the customer and address;
        the wake endpoint checks the manager role and binds the id array.
        """,
        Block([
            F("KEEPER-JWT-UNVERIFIED", "critical", "security", "`keeperFrom` trusts an unverified JWT",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })`; `jwt.decode` only base64-decodes the payload, so any caller can claim `role: \"manager\"`.",
              symbol="keeperFrom", conf=0.95),
            F("KEEPER-THROW-UNHANDLED", "medium", "bug", "Errors thrown in async handlers never reach the error middleware",
              "Express 4 does not handle rejected promises: wrap handlers (`asyncHandler`) or upgrade to Express 5; today an anonymous call to `/batches/:id/hatch` hangs instead of answering 401.",
              symbol="keeperFrom", conf=0.7),
            F("BATCH-SQLI-SPECIES", "critical", "security", "SQL injection through `species` in `GET /batches`",
              "Use `$1`/`$2` placeholders for both filters.", symbol="GET /batches", conf=0.95),
            F("BATCH-SQLI-ROOM", "high", "security", "SQL injection through `room` in the LIKE filter",
              "Bind it: `room LIKE $2 || '%'` (and escape `%`/`_` in the value).", symbol="GET /batches", conf=0.9),
            F("LABEL-INJECTION-COPIES", "high", "security", "Shell injection through `?copies=` in the label printer",
              "Use `execFile(\"jar-label\", [\"--order\", String(order.id), \"--copies\", String(n)])` with `n` parsed as an integer.",
              symbol="POST /orders/:id/labels", conf=0.9),
            F("LABEL-INJECTION-CUSTOMER", "critical", "security", "Customer name from a public order is expanded by the shell",
              "Double quotes do not stop `$(...)`; pass the name as an argv element with `execFile`.",
              symbol="POST /orders/:id/labels", conf=0.9),
            F("SLIP-XSS-NOTE", "high", "security", "Packing slip renders the order note unescaped",
              "Wrap `o.note` in `esc()` like the customer and address on the same line.", symbol="GET /orders/:id/slip", conf=0.9),
            F("ORDER-IDOR", "high", "security", "Orders are readable by anyone who guesses an id",
              "Require `farmOnly` or a per-order secret, and select explicit columns.", symbol="GET /orders/:id", conf=0.85),
        ]),
        "Correctness:",
        Block([
            F("HATCH-NOT-OWNER", "medium", "security", "Hatch results can be overwritten by any keeper",
              "Compare `rows[0].keeper` with `keeper.name` (or require the manager role) before the UPDATE.",
              symbol="POST /batches/:id/hatch", conf=0.7),
            F("ROOM-CAPACITY-RACE", "high", "bug", "Cave capacity check races with concurrent hibernations",
              "Run the count and the inserts in one transaction with `SELECT ... FOR UPDATE` on the room row, or enforce capacity with a constraint.",
              d=-1, symbol="POST /rooms/:room/hibernate", conf=0.8),
            F("ROOM-INSERT-PARTIAL", "medium", "bug", "Hibernation inserts are not atomic",
              "Wrap the loop in `BEGIN`/`COMMIT` (or insert with one `unnest($2::int[])` statement).",
              symbol="POST /rooms/:room/hibernate", conf=0.75),
            F("AVG-LOOP-OFF-BY-ONE", "medium", "bug", "Average loop reads one element past the end",
              "Use `i < list.length`; `list[list.length]` is `undefined` and makes the sum `NaN`.",
              symbol="GET /rooms/:room/average", conf=0.9),
            F("AVG-EMPTY-NAN", "low", "bug", "Average of zero readings is NaN",
              "Return 404 or `average: null` explicitly when `n === 0`, and reject a negative `last`.",
              symbol="GET /rooms/:room/average", conf=0.7),
            F("WAKE-DUE-OFF-BY-ONE", "medium", "bug", "Batches are reported due one week late",
              "Use `>= HIBERNATE_WEEKS`: `Math.floor` already counts full weeks.", symbol="GET /rooms/:room/due", conf=0.75),
            F("HOLDS-LOST-UPDATE", "high", "bug", "`holds` read before an `await` and written after it",
              "Re-read `holds.get(grade)` after the query, or keep holds in the database with a conditional update.",
              d=-2, symbol="POST /holds", conf=0.8),
            F("HOLDS-NEVER-RELEASED", "medium", "bug", "Jar holds are never released",
              "Give holds an expiry and subtract them when the order is placed; otherwise stock reads as sold out forever.",
              symbol="POST /holds", conf=0.7),
            F("ORDER-UNKNOWN-GRADE", "medium", "bug", "Unknown grade produces a NaN order total",
              "Reuse the `/quote` validation in `POST /orders`.", symbol="POST /orders", conf=0.85),
            F("ORDER-JARS-UNVALIDATED", "medium", "bug", "Jar count is not validated on orders",
              "Require a positive integer, as `/quote` does.", symbol="POST /orders", conf=0.85),
            F("ORDERS-PAGE-OFF-BY-ONE", "medium", "bug", "Order paging skips the first page",
              "Slice from `(page - 1) * PAGE`, or better page in SQL with LIMIT/OFFSET.", symbol="GET /orders", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("KEEPER-JWT-UNVERIFIED", "critical", "security", "keeperFrom: jwt.decode without verify (forgeable tokens)",
              "jwt.verify with secret + algorithms.", d=-2),
            F("BATCH-SQLI-SPECIES", "critical", "security", "SQLi: req.query.species into batches query",
              "Parameterize.", d=-3),
            F("BATCH-SQLI-ROOM", "high", "security", "SQLi: req.query.room into LIKE pattern",
              "Parameterize.", d=-2),
            F("LABEL-INJECTION-COPIES", "high", "security", "Command injection via ?copies= (execSync)",
              "execFile + integer parse.", d=-1),
            F("ORDER-IDOR", "high", "security", "GET /orders/:id unauthenticated",
              "farmOnly or order secret.", d=-1),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler leaks err.stack",
              "Log it; return a generic message."),
            F("HATCH-MISSING-BATCH", "medium", "bug", "hatch: rows[0] undefined for unknown id -> TypeError",
              "404 when no row."),
            F("ROOM-INSERT-PARTIAL", "medium", "bug", "hibernate inserts not in a transaction",
              "BEGIN/COMMIT.", d=-1),
            F("HOLDS-LOST-UPDATE", "medium", "bug", "Race in /holds: stale `held` written after await",
              "Re-read after the query.", d=1),
            F("AVG-LOOP-OFF-BY-ONE", "medium", "bug", "Off-by-one: i <= list.length",
              "i < list.length."),
            F("WAKE-DUE-OFF-BY-ONE", "low", "bug", "due list uses > HIBERNATE_WEEKS (one week late)",
              ">=."),
            F("ORDER-JARS-UNVALIDATED", "medium", "bug", "POST /orders accepts any jars value",
              "Positive integer check."),
            F("ORDERS-PAGE-OFF-BY-ONE", "low", "bug", "GET /orders skips first page (page * PAGE with page >= 1)",
              "(page - 1) * PAGE."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Snail Farm Desk service (`src/server.ts`). Below are my findings,
        grouped into security issues and reliability issues.

        ### Security

        The most serious problem is that keeper authentication can be forged, which undermines every
        keeper-only route. There are also injection flaws in the batch search and the label printer, and
        customer data is exposed by the order endpoint.
        """,
        Block([
            F("KEEPER-JWT-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Use `jwt.verify()` with the farm's signing secret.", sd=-2, n=3,
              desc="`jwt.decode()` returns the payload without checking the signature, so an attacker can craft a token with any name and role."),
            F("BATCH-SQLI-SPECIES", "CRITICAL", "SQL Injection", "SQL Injection in Batch Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("LABEL-INJECTION-COPIES", "HIGH", "Command Injection", "Command Injection in Jar Label Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `copies` query parameter is placed into a shell command executed with `execSync`."),
            F("ORDER-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Orders",
              "Authenticate the caller and check ownership.", sd=-1, n=3),
            F("ORDER-CARD-TOKEN", "HIGH", "Information Disclosure", "Payment Token Returned in Order Details",
              "Select only the columns the client needs; never return `card_token`.", sd=-1, n=3),
            F("SLIP-XSS-NOTE", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Packing Slip Note",
              "Escape `o.note` with `esc()`.", sd=-2, n=3),
            F("HATCH-NOT-OWNER", "MEDIUM", "Broken Access Control", "Missing Ownership Check on Hatch Update",
              "Verify that the batch belongs to the keeper.", d=-2, sd=-3, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Remove `stack` from the response body.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Reliability and Logic
        """,
        Block([
            F("ROOM-CAPACITY-RACE", "HIGH", "Race Condition", "Race Condition in Hibernation Capacity Check",
              "Use a transaction with row locking.", sd=-2, n=3,
              desc="The count is read, then the inserts are awaited one by one; a second request can pass the same check in between."),
            F("HOLDS-LOST-UPDATE", "HIGH", "Race Condition", "Lost Update in Jar Holds",
              "Avoid reading shared state before an await.", sd=-2, n=3),
            F("AVG-LOOP-OFF-BY-ONE", "MEDIUM", "Logic Error", "Array Index Out of Bounds in Average Calculation",
              "Change `<=` to `<`.", sd=-2, n=3),
            F("AVG-EMPTY-NAN", "LOW", "Logic Error", "Division by Zero When No Readings Exist",
              "Handle `n === 0`.", sd=-2, n=3),
            F("ORDER-UNKNOWN-GRADE", "MEDIUM", "Input Validation", "Unvalidated Grade Produces NaN Total",
              "Validate `grade` against `PRICE_PER_JAR`.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "server.ts mixes routing, persistence and HTML rendering; consider splitting it into modules."}),
            F("ORDERS-PAGED-IN-MEMORY", "LOW", "Performance", "Inefficient In-Memory Pagination",
              "Use `LIMIT` and `OFFSET` in the SQL query.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("KEEPER-JWT-UNVERIFIED", "error", "security", "jwt decoded not verified", "jwt.verify"),
            F("BATCH-SQLI-ROOM", "error", "security", "sql injection via room filter", "bind params"),
            F("LABEL-INJECTION-CUSTOMER", "error", "security", "customer name into shell (execSync)", "execFile"),
            F("SLIP-XSS-NOTE", "warning", "security", "note not escaped in slip html", "esc(o.note)"),
            F("ORDER-IDOR", "warning", "security", "order lookup has no auth", "farmOnly", d=-1),
            F("HATCH-RATE-UNVALIDATED", "warning", "", "hatched count not validated", "check 0 <= hatched <= eggs"),
            F("AVG-LOOP-OFF-BY-ONE", "warning", "bug", "loop goes one past the end", "i < list.length"),
            F("HOLDS-NEVER-RELEASED", "info", "bug", "holds never cleared", "expire holds"),
            F("ORDER-JARS-UNVALIDATED", "warning", "bug", "jars not validated on order", "integer > 0"),
            F("ORDERS-PAGE-OFF-BY-ONE", "info", "bug", "page 1 skips first 20 orders", "(page-1)*PAGE", d=-2),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT is decoded but not verified.
        2. Injection: SQL (batch search), shell (jar labels), HTML (packing slip).
        3. Data exposure on the order endpoint.
        4. Concurrency: cave capacity and jar holds.
        5. Validation and off-by-one errors.
        """,
        Block([
            F("KEEPER-JWT-UNVERIFIED", "blocker", "security", "JWT not verified in keeperFrom",
              "Use jwt.verify.", conf=0.95),
            F("BATCH-SQLI-SPECIES", "blocker", "security", "SQL injection in batches query (species)",
              "Use query parameters.", d=-1, conf=0.9),
            F("LABEL-INJECTION-COPIES", "blocker", "security", "Command injection via copies parameter",
              "Validate copies as an integer; use execFile.", d=-1, conf=0.9),
            F("LABEL-INJECTION-CUSTOMER", "major", "security", "Command injection via stored customer name",
              "Do not build shell strings from order data.", conf=0.8),
            F("LABEL-EXECSYNC-BLOCKS", "minor", "performance", "execSync blocks the event loop",
              "Use the async execFile with a timeout.", conf=0.7),
            F("ORDER-IDOR", "major", "security", "Order details accessible without authentication",
              "Add authentication.", conf=0.85),
            F("ORDER-CARD-TOKEN", "major", "security", "Card token exposed by SELECT *",
              "List columns explicitly.", conf=0.8),
            F("SLIP-XSS-NOTE", "major", "security", "XSS via order note in packing slip",
              "Escape the note.", conf=0.85),
            F("HATCH-NOT-OWNER", "minor", "security", "Hatch update lacks ownership check",
              "Compare keeper names.", conf=0.6),
            F("HATCH-MISSING-BATCH", "major", "reliability", "Crash on unknown batch id in hatch",
              "Check rows.length.", conf=0.8),
            F("HATCH-RATE-UNVALIDATED", "minor", "correctness", "hatched value not validated",
              "Validate hatched.", d=-2, conf=0.7),
            F("ROOM-CAPACITY-RACE", "major", "concurrency", "Race condition in hibernate capacity check",
              "Use a transaction.", d=2, conf=0.75),
            F("AVG-LOOP-OFF-BY-ONE", "major", "correctness", "Off-by-one in average loop bound",
              "Use < instead of <=.", d=1, conf=0.85),
            F("WAKE-DUE-OFF-BY-ONE", "minor", "correctness", "Wake-up due check off by one week",
              "Use >=.", d=-1, conf=0.7),
            F("HOLDS-LOST-UPDATE", "major", "concurrency", "Concurrent holds can oversell jars",
              "Serialize updates per grade.", conf=0.75),
            F("ORDER-UNKNOWN-GRADE", "major", "correctness", "Order total NaN for unknown grade",
              "Validate grade.", conf=0.8),
            F("ORDER-JARS-UNVALIDATED", "major", "correctness", "Negative jar count accepted",
              "Validate jars.", conf=0.8),
            F("ORDERS-PAGE-OFF-BY-ONE", "major", "correctness", "Pagination skips first page",
              "Use (page - 1) * PAGE.", conf=0.85),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 11 major, 4 minor"),
    ]),
}
