"""test53/ts-tokenhopper: a vintage arcade's token-machine ledger (TypeScript, Express 4 + pg + jsonwebtoken).
Frozen test split; labels inline.

Written 2026-12-04 by a helper session that had not seen the merger code, its scores, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test53: an arcade token-machine ledger service with seeded problems; five agents' "
    "answers written by hand in each CLI's voice."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                          "CORS reflects any origin with credentials allowed"),
    "JWT-DECODE": P(S, "const claims = jwt.decode(raw) as Claims | null;", "security",
                    "operator middleware uses jwt.decode: signature (and exp) never verified, any forged token is an operator",
                    "signature-vs-statement"),
    "OP-BYPASS": P(S, "if (req.query.op === process.env.OPS_BYPASS) return next();", "security",
                   "bypass check compares undefined with undefined when OPS_BYPASS is unset: every request passes"),
    "MACHINE-SQLI": P(S, "const { rows } = await pool.query(`SELECT * FROM machines WHERE id = '${id}'`);", "security",
                      "loadMachine interpolates the id into SQL (SQL injection through the route parameter)",
                      "signature-vs-statement"),
    "NOTE-TRAVERSAL": P(S, 'return fs.readFileSync(path.join(NOTES_DIR, file), "utf8");', "security",
                        "readServiceNote joins a decoded route parameter to NOTES_DIR: ..%2F reads any file",
                        "signature-vs-statement"),
    "BUNDLE-ORDER": P(S, "const bundle = BUNDLES.find((b) => count >= b.min);", "bug",
                      "find over an ascending list returns the smallest qualifying bundle: big buyers get the 5-token bonus"),
    "FLOAT-MONEY": P(S, "const paidPence = count * TOKEN_PRICE * 100;", "bug",
                     "pence computed from a float pound price: 0.2 * 3 * 100 = 60.00000000000001 stored as money"),
    "SYNC-NO-AUTH": P(S, 'app.post("/machines/:id/sync", async (req, res) => {', "security",
                      "meter sync has no authentication at all: anyone can post counters for any machine"),
    "SYNC-ROLLOVER": P(S, "const dispensed = meter - prev;", "bug",
                       "meter rollover at METER_WRAP not handled: the delta goes hugely negative after the wrap"),
    "SYNC-RACE": P(S, "await pool.query(\"INSERT INTO ledger (machine_id, kind, tokens) VALUES ($1, 'dispensed', $2)\"", "bug",
                   "lastMeter read before and written after an await: concurrent syncs compute deltas from the same prev and double-count",
                   "critical-section"),
    "JAM-NEGATIVE": P(S, "const refund = Number(req.body.tokens);", "bug",
                      "jam refund amount never validated: negative, fractional, NaN or huge refunds are recorded"),
    "LEDGER-MACHINE-SQLI": P(S, "const { rows } = await pool.query(`SELECT * FROM ledger WHERE machine_id LIKE", "security",
                             "machine query value interpolated into the ledger SQL (SQL injection)", "source-vs-sink"),
    "LEDGER-ORDER-SQLI": P(S, "const { rows } = await pool.query(`SELECT * FROM ledger WHERE machine_id LIKE", "security",
                           "order query value interpolated into ORDER BY (SQL injection through the sort column)"),
    "LEDGER-UNBOUNDED": P(S, "const { rows } = await pool.query(`SELECT * FROM ledger WHERE machine_id LIKE", "performance",
                          "the whole ledger is fetched on every page and sliced in memory (no LIMIT/OFFSET)"),
    "LEDGER-PAGE-OBO": P(S, "res.json({ page, entries: rows.slice(start, start + size - 1) });", "bug",
                         "slice end is exclusive: start + size - 1 returns size - 1 rows and drops one row per page",
                         "off-by-one"),
    "PRIZE-STOCK-OBO": P(S, "if (prize.stock < 0) return res.status(409)", "bug",
                         "< 0 instead of <= 0: a prize with stock 0 is still redeemed and stock goes to -1", "off-by-one"),
    "PRIZE-RACE": P(S, 'await pool.query("UPDATE prizes SET stock = $1 WHERE sku = $2", [prize.stock - 1, sku]);', "bug",
                    "read stock, then write an absolute stock - 1: concurrent redemptions lose decrements and oversell the last prize",
                    "critical-section"),
    "PRIZE-TICKETS-UNCHECKED": P(S, 'await pool.query("INSERT INTO redemptions (sku, card_id, tickets)', "bug",
                                 "the player's card ticket balance is never checked or debited: prizes are free"),
    "MACHINE-KEY-LEAK": P(S, "  res.json(machine);", "security",
                          "GET /machines/:id returns SELECT * including the machine's secret key"),
    "REPORT-XSS": P(S, "res.type(\"html\").send(`<h1>${esc(machine.name)}</h1>", "security",
                    "note query value written into the HTML report unescaped (reflected XSS)", "source-vs-sink"),
    "EXPORT-SHELL": P(S, "exec(`ledger-export --month ${month} --out ${out}`", "security",
                      "month body value interpolated into a shell command (command injection)", "source-vs-sink"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                     "error handler returns the stack trace and message to the client; extra, one agent"),
}

CONFUSABLE = [
    ("JWT-DECODE", "OP-BYPASS"),
    ("SYNC-NO-AUTH", "SYNC-ROLLOVER"),
    ("SYNC-ROLLOVER", "SYNC-RACE"),
    ("LEDGER-MACHINE-SQLI", "LEDGER-ORDER-SQLI"),
    ("LEDGER-MACHINE-SQLI", "LEDGER-UNBOUNDED"),
    ("LEDGER-UNBOUNDED", "LEDGER-PAGE-OBO"),
    ("PRIZE-STOCK-OBO", "PRIZE-RACE"),
    ("PRIZE-RACE", "PRIZE-TICKETS-UNCHECKED"),
    ("PRIZE-STOCK-OBO", "PRIZE-TICKETS-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `tokenhopper` is a single Express app over Postgres. The owner-only routes are well guarded
        (`ownerOnly` fails closed and checks the length before `timingSafeEqual`), and most queries bind their
        parameters. The operator side is a different story:

        1. `operator` never verifies the JWT, and its bypass branch is always taken when `OPS_BYPASS` is unset.
        2. Four places build SQL, HTML or a shell command from request values.
        3. The meter sync and prize redemption both do read-modify-write across an `await`.
        4. Several counting and paging details are off by one or use floating point for money.

        Correct as written: `ownerOnly`, `esc()` on the machine name and location, `/cards/:cardId`, `/takings`
        and `/shifts/close` with bound parameters, machine ids validated in `POST /machines`.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "Operator JWT is decoded, never verified",
              "Use `jwt.verify(raw, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="operator", conf=0.95),
            F("OP-BYPASS", "critical", "security", "`OPS_BYPASS` check passes for every request when the variable is unset",
              "Remove the bypass, or require `process.env.OPS_BYPASS` to be a non-empty string before comparing.",
              symbol="operator", conf=0.9),
            F("MACHINE-SQLI", "high", "security", "SQL injection in `loadMachine`",
              "`pool.query(\"SELECT ... FROM machines WHERE id = $1\", [id])`.", symbol="loadMachine", conf=0.9),
            F("LEDGER-MACHINE-SQLI", "high", "security", "`machine` filter interpolated into the ledger query",
              "Bind it: `machine_id LIKE $1 || '%'`.", symbol="GET /ledger", conf=0.9),
            F("LEDGER-ORDER-SQLI", "high", "security", "`order` parameter used as raw SQL in `ORDER BY`",
              "Allow-list sortable columns.", symbol="GET /ledger", conf=0.85),
            F("EXPORT-SHELL", "high", "security", "Shell injection through `month` in `/exports`",
              "Validate `/^\\d{4}-\\d{2}$/` and use `execFile(\"ledger-export\", [\"--month\", month, \"--out\", out])`.",
              symbol="POST /exports", conf=0.85),
            F("REPORT-XSS", "medium", "security", "Reflected XSS via `note` in the machine report",
              "Escape `note` with `esc()` like the other fields.", symbol="GET /machines/:id/report", conf=0.85),
            F("NOTE-TRAVERSAL", "high", "security", "Path traversal in `readServiceNote`",
              "Use `path.basename(file)` and check the resolved path stays under `NOTES_DIR`.",
              symbol="readServiceNote", conf=0.8),
            F("MACHINE-KEY-LEAK", "medium", "security", "`GET /machines/:id` returns the machine's secret key",
              "Select explicit columns; never send `key` after creation.", symbol="GET /machines/:id", conf=0.8),
            F("SYNC-NO-AUTH", "high", "security", "Meter sync endpoint is unauthenticated",
              "Require the machine's key (constant-time compare) on `/machines/:id/sync`.",
              symbol="POST /machines/:id/sync", conf=0.85),
            F("CORS-CREDENTIALS", "medium", "security", "CORS reflects any origin with credentials",
              "List the till and office origins explicitly.", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("SYNC-RACE", "medium", "bug", "Concurrent syncs double-count dispensed tokens",
              "Store the last meter reading in the database and compute the delta in one statement, or serialise per machine.",
              d=-2, n=3, symbol="POST /machines/:id/sync", conf=0.75),
            F("SYNC-ROLLOVER", "medium", "bug", "Meter wrap-around produces a negative dispensed count",
              "`const dispensed = (meter - prev + METER_WRAP) % METER_WRAP;` (`METER_WRAP` is declared but unused).",
              symbol="POST /machines/:id/sync", conf=0.8),
            F("PRIZE-RACE", "medium", "bug", "Prize stock update is a lost-update race",
              "`UPDATE prizes SET stock = stock - 1 WHERE sku = $1 AND stock > 0 RETURNING stock`.",
              symbol="POST /prizes/:sku/redeem", conf=0.8),
            F("PRIZE-STOCK-OBO", "medium", "bug", "Out-of-stock check lets stock reach -1",
              "Use `prize.stock <= 0`.", symbol="POST /prizes/:sku/redeem", conf=0.85),
            F("LEDGER-PAGE-OBO", "low", "bug", "Ledger pages return one entry fewer than `size`",
              "`rows.slice(start, start + size)`.", symbol="GET /ledger", conf=0.8),
            F("FLOAT-MONEY", "low", "bug", "Money computed in floating point",
              "Keep the price in integer pence: `const TOKEN_PRICE_PENCE = 20`.", symbol="POST /sales", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "operator(): token decoded without verification", "jwt.verify.", d=-2),
            F("MACHINE-SQLI", "high", "security", "loadMachine(id) builds SQL with template string", "$1 param.", d=-1),
            F("LEDGER-MACHINE-SQLI", "high", "security", "req.query.machine -> LIKE clause unparameterised", "Bind.", d=-2),
            F("EXPORT-SHELL", "high", "security", "month from body reaches exec()", "execFile + validate YYYY-MM.", d=-2),
            F("NOTE-TRAVERSAL", "medium", "security", "Service note path from params not contained", "basename + prefix check."),
            F("SYNC-RACE", "medium", "bug", "lastMeter get/set straddle an await: duplicate deltas", "Per-machine lock or DB-side state.", d=+1),
            F("PRIZE-RACE", "medium", "bug", "Redeem: stale stock read then absolute write", "Atomic decrement.", d=-3),
            F("LEDGER-PAGE-OBO", "low", "bug", "Page slice end off by one", "start + size.", d=-1),
            F("BUNDLE-ORDER", "low", "bug", "bonusTokens picks the first (smallest) bundle", "Search largest min first."),
            F("JAM-NEGATIVE", "low", "bug", "Jam refund tokens unvalidated (negative/NaN)", "Validate positive int."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `tokenhopper` service, an Express/PostgreSQL application that records
        token sales, machine meter readings and prize redemptions for an arcade.

        ## Authentication and Authorization

        The operator middleware is the weakest point of the application.
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify` and a secret.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload; an attacker can craft `{\"role\":\"operator\"}` without a key."),
            F("CORS-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict `origin` to known hosts.", sd=-1, n=2),
            F("MACHINE-KEY-LEAK", "HIGH", "Information Disclosure", "Machine Secret Key Returned by API",
              "Omit `key` from the response.", sd=-2, n=3),
            F("ERROR-STACK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Log the stack server-side and return a generic message.", sd=-1, n=3),
        ], wrap="list"),
        """
        ## Injection

        Several endpoints build queries, markup or shell commands by string interpolation.
        """,
        Block([
            F("MACHINE-SQLI", "HIGH", "SQL Injection", "SQL Injection in loadMachine",
              "Use parameterized queries.", sd=-1, n=3),
            F("LEDGER-MACHINE-SQLI", "HIGH", "SQL Injection", "SQL Injection in Ledger Filter",
              "Use parameterized queries.", sd=-2, n=3),
            F("REPORT-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected XSS in Machine Report",
              "Escape `note` before embedding it.", d=-1),
            F("EXPORT-SHELL", "HIGH", "Command Injection", "Command Injection in Ledger Export",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("NOTE-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal When Reading Service Notes",
              "Normalize and validate the path.", d=-1, n=2),
            F("LEDGER-UNBOUNDED", "MEDIUM", "Performance", "Entire Ledger Loaded for Each Page",
              "Push LIMIT/OFFSET into the SQL query.", sd=-2, n=3),
            F("SYNC-RACE", "MEDIUM", "Race Condition", "Race Condition in Meter Synchronization",
              "Serialize updates per machine.", sd=-2, n=3),
            F("PRIZE-RACE", "MEDIUM", "Race Condition", "Prize Stock Can Be Oversold",
              "Use an atomic conditional UPDATE.", d=-1, sd=-2, n=3,
              desc="Two simultaneous redemptions both read the same stock value and both write stock - 1."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "high", "security", "jwt.decode instead of jwt.verify", "verify with secret"),
            F("OP-BYPASS", "high", "", "ops bypass is always on if OPS_BYPASS unset", "drop it"),
            F("LEDGER-MACHINE-SQLI", "high", "security", "sql injection in /ledger", "params"),
            F("EXPORT-SHELL", "high", "security", "command injection in /exports", "execFile"),
            F("REPORT-XSS", "medium", "security", "xss in report note", "escape note"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("SYNC-ROLLOVER", "medium", "bug", "meter wrap not handled", "use METER_WRAP"),
            F("PRIZE-STOCK-OBO", "medium", "bug", "stock check allows -1", "<= 0", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT not verified; the bypass parameter is effectively always enabled.
        2. Injection: SQL (machine lookup, ledger filter and sort), shell (export), XSS (report).
        3. Concurrency: meter synchronization and prize stock.
        4. Business logic: bundles, money rounding, jam refunds, prize tickets, pagination.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT decoded without signature verification",
              "Use jwt.verify.", conf=0.9),
            F("OP-BYPASS", "blocker", "security", "Operator bypass when OPS_BYPASS is undefined",
              "Remove the bypass.", conf=0.85),
            F("MACHINE-SQLI", "major", "security", "SQL injection in machine lookup",
              "Use parameters.", conf=0.85),
            F("LEDGER-MACHINE-SQLI", "blocker", "security", "SQL injection in ledger machine filter",
              "Use parameters.", conf=0.9),
            F("LEDGER-ORDER-SQLI", "major", "security", "SQL injection via order parameter",
              "Whitelist columns.", d=-1, conf=0.8),
            F("REPORT-XSS", "major", "security", "Cross-site scripting in machine report",
              "Escape the note.", d=-1, conf=0.8),
            F("EXPORT-SHELL", "blocker", "security", "Command injection in export",
              "Use execFile.", conf=0.85),
            F("SYNC-RACE", "major", "concurrency", "Race condition on lastMeter map across await",
              "Serialize per machine.", conf=0.7),
            F("SYNC-ROLLOVER", "major", "correctness", "Meter rollover not handled in dispensed calculation",
              "Handle wrap with METER_WRAP.", conf=0.75),
            F("PRIZE-STOCK-OBO", "major", "correctness", "Off-by-one in stock check",
              "Check stock <= 0.", conf=0.8),
            F("PRIZE-TICKETS-UNCHECKED", "major", "correctness", "Redemption does not verify or deduct card tickets",
              "Check and debit the card balance in the same transaction.", d=-1, conf=0.7),
            F("LEDGER-UNBOUNDED", "minor", "performance", "Full ledger table scanned for every page",
              "Use LIMIT and OFFSET in SQL.", conf=0.7),
            F("LEDGER-PAGE-OBO", "minor", "correctness", "Pagination returns size - 1 rows",
              "Remove the - 1.", conf=0.75),
            F("BUNDLE-ORDER", "minor", "correctness", "Bundle bonus lookup picks the smallest bundle",
              "Sort bundles descending.", conf=0.7),
            F("FLOAT-MONEY", "minor", "correctness", "Floating-point arithmetic for currency",
              "Use integer pence.", conf=0.7),
            F("JAM-NEGATIVE", "minor", "reliability", "Jam refund amount not validated",
              "Validate the token count.", conf=0.65),
            U({"severity": "minor", "category": "maintainability", "description": "server.ts mixes routing, auth and business logic in one file."}),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 7 major, 6 minor"),
    ]),
}
