"""test55/ts-dispatchwall: a bicycle courier dispatch board (TypeScript, Express + pg). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test55: a bicycle courier dispatch board with seeded problems; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'process.env.JWT_SECRET || "kestrel-dispatch-dev"', "security",
                            "JWT secret falls back to a constant in the source when unset"),
    "RIDER-JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token)", "security",
                                "riderAuth decodes the bearer token without verifying its signature: anyone can be any rider",
                                "signature-vs-statement"),
    "ROSTER-RELOAD-RACE": P(S, "  riders.clear();", "bug",
                            "roster reload checked, awaited and cleared with no guard: concurrent requests all reload, and between clear and refill riders vanish (assign says 'not free')",
                            "critical-section"),
    "ROSTER-RESETS-BUSY": P(S, "riders.set(row.id,", "bug",
                            "every reload rebuilds riders with busy false and no position: riders on a job get a second one"),
    "NEAREST-SECOND": P(S, "return free[1];", "bug",
                        "free[1] is the second nearest free rider, and undefined when only one is free", "off-by-one"),
    "PIN-PLAINTEXT": P(S, "r.rows[0].pin !== pin", "security",
                       "rider PINs stored and compared in plain text (non-constant-time)"),
    "TOKEN-NO-EXPIRY": P(S, "jwt.sign({ rider: r.rows[0].id }, JWT_SECRET)", "security",
                         "rider tokens are signed without expiresIn: valid for ever"),
    "QUOTE-KM-UNCHECKED": P(S, "const km = Number(req.query.km);", "bug",
                            "km not validated: negative or missing km gives a negative or NaN quote"),
    "QUOTE-ZONE-UNCHECKED": P(S, 'const zone = String(req.query.zone ?? "centre");', "bug",
                              "quote accepts any zone name instead of checking ZONES"),
    "QUOTE-CACHE-UNBOUNDED": P(S, "quoteCache.set(key,", "performance",
                               "quote cache keyed by arbitrary client values grows without bound"),
    "JOBS-SHOP-SPOOF": P(S, "const { shop, pickup, dropoff, zone, km, notes } = req.body;", "security",
                         "/jobs is unauthenticated and takes the shop from the body: anyone posts jobs billed to any shop",
                         "signature-vs-statement"),
    "JOBS-KM-UNCHECKED": P(S, "const price = BASE_FEE_PENCE + Math.ceil(km) * PER_KM_PENCE;", "bug",
                           "job price computed from an unvalidated km (negative, string or NaN prices stored)"),
    "BOARD-ZONE-SQLI": P(S, "AND zone = '${zone}'", "security",
                         "zone query value pasted into the WHERE clause", "source-vs-sink"),
    "BOARD-SORT-SQLI": P(S, "ORDER BY ${sort}", "security", "sort query value pasted into ORDER BY"),
    "ASSIGN-RACE": P(S, "UPDATE jobs SET rider_id = $1, status = 'assigned'", "bug",
                     "busy checked before an await and set after it: two concurrent assigns give one rider two jobs",
                     "critical-section"),
    "ASSIGN-STATUS-UNCHECKED": P(S, "UPDATE jobs SET rider_id = $1, status = 'assigned'", "bug",
                                 "assign does not require status = 'open': delivered or cancelled jobs are reassigned and unknown ids still mark the rider busy"),
    "POSITIONS-PUBLIC": P(S, "res.json([...riders.values()].filter((r) => r.seenAt > cutoff)", "security",
                          "/positions has no auth: live names and GPS positions of riders are public", "signature-vs-statement"),
    "LEGS-ANY-JOB": P(S, '"SELECT stops FROM jobs WHERE id = $1"', "security",
                      "any rider reads the stops (customer addresses) of any job"),
    "LEGS-UNKNOWN-JOB": P(S, "const stops: string[] = r.rows[0].stops;", "bug",
                          "unknown job id: r.rows[0] is undefined and the handler throws"),
    "LEGS-OFF-BY-ONE": P(S, "for (let i = 0; i <= stops.length - 1; i++)", "bug",
                         "loop runs to the last stop: the final leg goes to undefined", "off-by-one"),
    "PROOF-PATH": P(S, "fs.writeFileSync(proof, req.body);", "security",
                    "job id from the path joined into the proof file name: ../ writes anywhere", "source-vs-sink"),
    "DELIVER-ANY-JOB": P(S, "UPDATE jobs SET status = 'delivered'", "security",
                         "any rider can mark any job delivered (no rider_id check)"),
    "EARNINGS-LAST-DAY": P(S, "delivered_at BETWEEN $2::date AND $3::date", "bug",
                           "BETWEEN ... $3::date stops at midnight: the last day's deliveries are not counted", "off-by-one"),
    "EARNINGS-FRACTIONAL": P(S, "j.price_pence * RIDER_SHARE", "bug",
                             "rider share summed as floats: fractional pence, never rounded"),
    "CANCEL-NO-AUTH": P(S, "UPDATE jobs SET status = 'cancelled'", "security",
                        "anyone can cancel any job (no shop or dispatcher check)"),
    "CANCEL-RIDER-BUSY": P(S, "UPDATE jobs SET status = 'cancelled'", "bug",
                           "cancelling an assigned job leaves its rider busy"),
    "CANCEL-FULL-REFUND": P(S, "refundPence: r.rows[0].price_pence", "bug",
                            "full refund even when the job is already assigned or picked up"),
    "NOTIFY-SHELL": P(S, "exec(`sms-send", "security",
                      "message body (and stored phone) pasted into a shell command", "source-vs-sink"),
    "ERROR-STACK": P(S, "stack: err.stack", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("ROSTER-RELOAD-RACE", "ROSTER-RESETS-BUSY"),
    ("PIN-PLAINTEXT", "TOKEN-NO-EXPIRY"),
    ("QUOTE-KM-UNCHECKED", "QUOTE-ZONE-UNCHECKED"),
    ("QUOTE-ZONE-UNCHECKED", "QUOTE-CACHE-UNBOUNDED"),
    ("JOBS-SHOP-SPOOF", "JOBS-KM-UNCHECKED"),
    ("BOARD-ZONE-SQLI", "BOARD-SORT-SQLI"),
    ("ASSIGN-RACE", "ASSIGN-STATUS-UNCHECKED"),
    ("LEGS-ANY-JOB", "LEGS-UNKNOWN-JOB"),
    ("LEGS-UNKNOWN-JOB", "LEGS-OFF-BY-ONE"),
    ("PROOF-PATH", "DELIVER-ANY-JOB"),
    ("EARNINGS-LAST-DAY", "EARNINGS-FRACTIONAL"),
    ("CANCEL-NO-AUTH", "CANCEL-RIDER-BUSY"),
    ("CANCEL-RIDER-BUSY", "CANCEL-FULL-REFUND"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole dispatch board: an Express app over Postgres with an in-memory roster of
        riders. The dispatcher side is mostly sound — `dispatcherOnly` rejects an unset `DISPATCH_KEY`, checks
        the length before `crypto.timingSafeEqual`, and every query but `/board` binds its parameters — but the
        rider side trusts unverified tokens and several handlers take request values at face value.

        1. **Authentication** — `riderAuth` uses `jwt.decode`, so the signature is never checked; PINs are
           plain text and tokens never expire.
        2. **Injection** — `/board` builds SQL from `zone` and `sort`; `/jobs/:id/notify` runs a shell; the proof
           upload writes to a path built from `:id`.
        3. **Authorization** — `/jobs`, `/jobs/:id/cancel` and `/positions` have no auth at all; riders can read
           or complete any job.
        4. **State** — the roster reload and the assign flow race, and a reload forgets who is busy.
        5. **Arithmetic** — quotes, prices and earnings accept or produce nonsense values.
        """,
        Block([
            F("RIDER-JWT-NOT-VERIFIED", "critical", "security", "`riderAuth` accepts unsigned/forged tokens (`jwt.decode`)",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="riderAuth", conf=0.95),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is unset.", conf=0.8),
            F("BOARD-ZONE-SQLI", "high", "security", "SQL injection via `zone` on `/board`",
              "Bind `zone` as a parameter (`zone = $1`).", symbol="GET /board", conf=0.9),
            F("BOARD-SORT-SQLI", "medium", "security", "SQL injection via `sort` on `/board`",
              "Allow-list the sort column.", symbol="GET /board", conf=0.85),
            F("NOTIFY-SHELL", "high", "security", "Shell injection in `/jobs/:id/notify`",
              "Use `execFile(\"sms-send\", [phone, message])`.", symbol="POST /jobs/:id/notify", conf=0.9),
            F("PROOF-PATH", "high", "security", "Proof upload path is built from `req.params.id`",
              "Parse the id as an integer and reject anything else before building the path.",
              symbol="POST /jobs/:id/delivered", conf=0.85),
            F("DELIVER-ANY-JOB", "medium", "security", "Any rider can mark any job delivered",
              "Add `AND rider_id = $2` and check `rowCount`.", symbol="POST /jobs/:id/delivered", conf=0.8),
            F("JOBS-SHOP-SPOOF", "high", "security", "Unauthenticated job creation with a client-chosen `shop`",
              "Authenticate shops and take the shop id from the credential, not the body.",
              symbol="POST /jobs", conf=0.8),
            F("CANCEL-NO-AUTH", "medium", "security", "`/jobs/:id/cancel` has no authentication",
              "Require the owning shop or the dispatcher.", symbol="POST /jobs/:id/cancel", conf=0.8),
            F("POSITIONS-PUBLIC", "medium", "security", "Live rider positions are public",
              "Put `/positions` behind `dispatcherOnly`, or at least drop names.", symbol="GET /positions", conf=0.75),
            F("LEGS-ANY-JOB", "medium", "security", "Riders can read the stops of jobs that are not theirs",
              "Filter by `rider_id = res.locals.rider`.", symbol="GET /jobs/:id/legs", conf=0.7),
            F("PIN-PLAINTEXT", "medium", "security", "Rider PINs stored and compared in plain text",
              "Store a slow hash (scrypt) and compare with `timingSafeEqual`.", symbol="POST /riders/login", conf=0.75),
            F("TOKEN-NO-EXPIRY", "low", "security", "Rider tokens never expire",
              "Sign with `expiresIn: \"12h\"` (one shift).", symbol="POST /riders/login", conf=0.7),
            F("ERROR-STACK", "low", "security", "Error handler leaks stack traces", "Log the stack; return a generic message.",
              conf=0.7),
        ]),
        "State, concurrency and arithmetic:",
        Block([
            F("ROSTER-RELOAD-RACE", "medium", "performance", "Concurrent `ensureRoster` calls all reload the roster",
              "Keep one in-flight promise (`rosterLoading ??= load()`) and swap in a new map instead of clearing the live one.",
              d=-2, symbol="ensureRoster", conf=0.7),
            F("ROSTER-RESETS-BUSY", "high", "bug", "Roster reload resets every rider to not busy",
              "Merge the reloaded rows into the existing entries, keeping `busy`, `lat`, `lng` and `seenAt`.",
              symbol="ensureRoster", conf=0.8),
            F("ASSIGN-RACE", "medium", "bug", "Two concurrent assigns can give one rider two jobs",
              "Set `rider.busy = true` before the `await` (and roll back on failure), or assign in SQL with a conditional update.",
              symbol="POST /jobs/:id/assign", conf=0.75),
            F("ASSIGN-STATUS-UNCHECKED", "medium", "bug", "Assign ignores the job's current status",
              "`WHERE id = $2 AND status = 'open'` and 409 when `rowCount === 0`.", symbol="POST /jobs/:id/assign", conf=0.75),
            F("NEAREST-SECOND", "medium", "bug", "`nearestFree` returns the second-nearest rider",
              "`return free[0];`", symbol="nearestFree", conf=0.9),
            F("LEGS-UNKNOWN-JOB", "low", "bug", "Unknown job id throws in `/legs`", "404 when `rowCount === 0`.",
              symbol="GET /jobs/:id/legs", conf=0.7),
            F("LEGS-OFF-BY-ONE", "medium", "bug", "Last leg is `{from: lastStop, to: undefined}`",
              "Loop to `i < stops.length - 1`.", symbol="GET /jobs/:id/legs", conf=0.85),
            F("QUOTE-KM-UNCHECKED", "low", "bug", "`/quote` accepts negative or non-numeric `km`",
              "Reject unless `Number.isFinite(km) && km > 0`.", symbol="GET /quote", conf=0.7),
            F("QUOTE-CACHE-UNBOUNDED", "low", "performance", "`quoteCache` grows without bound",
              "The computation is trivial; drop the cache.", symbol="GET /quote", conf=0.6),
            F("JOBS-KM-UNCHECKED", "medium", "bug", "Job price computed from an unvalidated `km`",
              "Validate `km` (and the other fields) before pricing.", symbol="POST /jobs", conf=0.7),
            F("EARNINGS-LAST-DAY", "medium", "bug", "Earnings exclude deliveries on the `to` date",
              "Use `delivered_at >= $2::date AND delivered_at < $3::date + 1`.", symbol="GET /riders/me/earnings", conf=0.75),
            F("CANCEL-FULL-REFUND", "low", "bug", "Cancellation refunds the full price after assignment",
              "Refund according to status (no refund once picked up).", symbol="POST /jobs/:id/cancel", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run. Review of src/server.ts:",
        Block([
            F("RIDER-JWT-NOT-VERIFIED", "critical", "security", "riderAuth never verifies JWT signature",
              "jwt.verify", d=-3),
            F("BOARD-ZONE-SQLI", "high", "security", "SQL injection: zone query param in /board",
              "parameterize", d=-2),
            F("NOTIFY-SHELL", "high", "security", "command injection in notify (message)",
              "execFile with args", d=-1),
            F("PROOF-PATH", "high", "security", "path traversal writing proof image (req.params.id)",
              "validate id is numeric", d=-2),
            F("JOBS-SHOP-SPOOF", "high", "security", "POST /jobs unauthenticated; shop from body",
              "auth shops", d=-2),
            F("POSITIONS-PUBLIC", "medium", "security", "GET /positions exposes rider GPS without auth",
              "dispatcherOnly", d=-3),
            F("CANCEL-NO-AUTH", "medium", "security", "cancel endpoint has no auth", "require shop/dispatcher"),
            F("DELIVER-ANY-JOB", "medium", "security", "delivered: no check job belongs to rider", "AND rider_id=$2"),
            F("ASSIGN-STATUS-UNCHECKED", "medium", "bug", "assign overwrites jobs in any status", "status='open' guard"),
            F("CANCEL-RIDER-BUSY", "low", "bug", "cancel leaves assigned rider busy forever", "clear busy flag"),
            F("ROSTER-RESETS-BUSY", "medium", "bug", "ensureRoster wipes busy flags every minute", "merge state"),
            F("NEAREST-SECOND", "medium", "bug", "nearestFree picks index 1", "free[0]", d=-1),
            F("LEGS-UNKNOWN-JOB", "low", "bug", "legs: rows[0] undefined -> TypeError", "404"),
            F("EARNINGS-LAST-DAY", "low", "bug", "earnings range drops last day", "< to + 1 day", d=-2),
            F("QUOTE-KM-UNCHECKED", "low", "bug", "negative km -> negative quote", "validate km"),
            F("JOBS-KM-UNCHECKED", "low", "bug", "price from unvalidated km", "validate"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Kestrel Cycle Couriers dispatch board (`src/server.ts`). The service is
        an Express application backed by PostgreSQL that keeps the shift roster in memory.

        ### Security Vulnerabilities

        The most serious problems concern authentication and injection. The rider middleware does not verify
        tokens, and a number of endpoints are reachable without any credentials.
        """,
        Block([
            F("RIDER-JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload; any client can craft a token with an arbitrary `rider` id."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Security Misconfiguration", "Hardcoded Default JWT Secret",
              "Require `JWT_SECRET` to be set.", sd=-2, n=3),
            F("BOARD-ZONE-SQLI", "HIGH", "SQL Injection", "SQL Injection in Board Zone Filter",
              "Use parameterized queries.", sd=-2, n=3),
            F("BOARD-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate the sort column against an allow-list.", sd=-2, n=3),
            F("NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in SMS Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The dispatcher-supplied `message` and the stored `shop_phone` are interpolated into a shell command."),
            F("PROOF-PATH", "HIGH", "Path Traversal", "Path Traversal in Proof-of-Delivery Upload",
              "Validate the job id.", sd=-2, n=3),
            F("DELIVER-ANY-JOB", "MEDIUM", "Broken Access Control", "Riders Can Complete Other Riders' Jobs",
              "Check the job's `rider_id`.", sd=-2, n=3),
            F("JOBS-SHOP-SPOOF", "HIGH", "Broken Access Control", "Unauthenticated Job Creation",
              "Authenticate the shop.", sd=-2, n=3),
            F("CANCEL-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Job Cancellation",
              "Require authentication.", sd=-2, n=3),
            F("LEGS-ANY-JOB", "MEDIUM", "Information Disclosure", "Job Stops Readable by Any Rider",
              "Restrict to the assigned rider.", sd=-1, n=3),
            F("PIN-PLAINTEXT", "HIGH", "Sensitive Data Exposure", "Plaintext PIN Storage and Comparison",
              "Hash PINs with a slow KDF.", sd=-2, n=3),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error body.", sd=-1, n=3),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            F("ROSTER-RELOAD-RACE", "HIGH", "Race Condition", "Race Condition in Roster Reload",
              "Serialize reloads with a shared promise.", d=-1, sd=-2, n=3,
              desc="While one request awaits the query, others also pass the freshness check; then `riders.clear()` empties the map that concurrent handlers are reading."),
            F("ASSIGN-RACE", "HIGH", "Race Condition", "Double Assignment of a Rider",
              "Mark the rider busy before awaiting the database.", d=-1, sd=-2, n=3),
            F("LEGS-OFF-BY-ONE", "MEDIUM", "Logic Error", "Off-by-One Error in Route Legs",
              "Stop the loop one element earlier.", d=1, sd=-1, n=3),
            F("JOBS-KM-UNCHECKED", "MEDIUM", "Input Validation", "Missing Validation of Distance",
              "Validate `km` as a positive number.", sd=-2, n=3),
            F("EARNINGS-FRACTIONAL", "LOW", "Logic Error", "Floating-Point Currency Calculation",
              "Round each share to whole pence.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "suggestion": "Split the routes into separate modules."}),
            F("QUOTE-CACHE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Growth of Quote Cache",
              "Bound the cache or remove it.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("BOARD-ZONE-SQLI", "high", "security", "sql injection in /board zone filter", "use $n params"),
            F("NOTIFY-SHELL", "high", "security", "exec with message -> shell injection", "execFile"),
            F("PROOF-PATH", "high", "security", "path traversal via :id in proof upload", "numeric id only"),
            F("LEGS-ANY-JOB", "medium", "", "legs endpoint does not check the rider owns the job", "filter on rider_id"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("NEAREST-SECOND", "medium", "bug", "nearestFree returns free[1] not free[0]", "free[0]"),
            F("LEGS-OFF-BY-ONE", "medium", "bug", "legs loop goes one stop too far", "i < stops.length - 1"),
            F("TOKEN-NO-EXPIRY", "low", "security", "rider jwt has no expiry", "expiresIn"),
            F("ERROR-STACK", "low", "security", "stack traces sent to client", "don't send err.stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: rider tokens are decoded, not verified; default secret; plain-text PINs; no expiry.
        2. Injection: SQL in the board, shell in SMS notifications.
        3. Access control: positions, job legs, deliveries, cancellation.
        4. Concurrency: roster reload, rider assignment.
        5. Correctness: rider selection, legs, quotes, earnings, refunds.
        """,
        Block([
            F("RIDER-JWT-NOT-VERIFIED", "blocker", "security", "JWT tokens decoded without verification",
              "Use jwt.verify with the secret.", conf=0.95),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret in source code",
              "Require the environment variable.", conf=0.8),
            F("PIN-PLAINTEXT", "major", "security", "PINs compared in plain text",
              "Hash the PINs.", conf=0.75),
            F("TOKEN-NO-EXPIRY", "minor", "security", "Tokens issued without expiration",
              "Set expiresIn.", conf=0.7),
            F("BOARD-ZONE-SQLI", "blocker", "security", "SQL injection in zone filter of board",
              "Parameterize the query.", conf=0.9),
            F("BOARD-SORT-SQLI", "major", "security", "SQL injection via sort parameter",
              "Whitelist sort columns.", conf=0.85),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection in SMS notify",
              "Use execFile.", conf=0.85),
            F("POSITIONS-PUBLIC", "major", "security", "Rider positions exposed without authentication",
              "Require dispatcher authentication.", conf=0.75),
            F("LEGS-ANY-JOB", "major", "security", "Any rider can view legs of any job",
              "Check job ownership.", conf=0.7),
            F("DELIVER-ANY-JOB", "major", "security", "Delivery confirmation not restricted to assigned rider",
              "Verify rider_id.", conf=0.75),
            F("CANCEL-NO-AUTH", "major", "security", "Job cancellation requires no authentication",
              "Authenticate the caller.", conf=0.75),
            F("ROSTER-RELOAD-RACE", "major", "concurrency", "Roster cleared while other requests read it",
              "Build a new map and swap it in atomically.", conf=0.7),
            F("ASSIGN-RACE", "major", "concurrency", "Race between busy check and busy flag update",
              "Set busy before awaiting.", d=1, conf=0.7),
            F("ASSIGN-STATUS-UNCHECKED", "minor", "correctness", "Assignment does not check the job is still open",
              "Add a status condition.", conf=0.7),
            F("NEAREST-SECOND", "major", "correctness", "Wrong index when picking the nearest free rider",
              "Return the first element.", conf=0.85),
            F("LEGS-OFF-BY-ONE", "minor", "correctness", "Off-by-one in legs computation",
              "Fix the loop bound.", d=-2, conf=0.7),
            F("QUOTE-KM-UNCHECKED", "minor", "correctness", "Quote accepts invalid distances",
              "Validate km.", conf=0.7),
            F("QUOTE-ZONE-UNCHECKED", "minor", "correctness", "Quote accepts unknown zones",
              "Check against ZONES.", conf=0.65),
            F("EARNINGS-LAST-DAY", "major", "correctness", "Earnings date range excludes the end date",
              "Use an exclusive upper bound of to + 1 day.", conf=0.75),
            F("EARNINGS-FRACTIONAL", "minor", "correctness", "Earnings computed with floating point pence",
              "Round to integers.", conf=0.65),
            F("CANCEL-FULL-REFUND", "minor", "correctness", "Full refund regardless of job progress",
              "Apply a refund policy by status.", conf=0.6),
        ], wrap="object+summary", summary="21 issues: 3 blocker, 11 major, 7 minor"),
    ]),
}
