"""test94/ts-helixpens: a snail farm's pen counts and harvest sales (TypeScript, Express 4 + pg + jsonwebtoken).

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's answers,
specs or labels (only specs/tune2__py_snapctl.py, once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's data. "
    "Frozen test split test94 (round 48): seeded problems in a snail farm's office API; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.HELIX_JWT_SECRET ?? "helix-dev";', "security",
                            "JWT secret falls back to a known string when the variable is unset: anyone can mint buyer tokens"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", String(req.headers.origin ?? "*"));', "security",
                      "any Origin reflected with Allow-Credentials: true"),
    "JWT-IGNORE-EXPIRY": P(S, "{ ignoreExpiration: true }", "security",
                           "buyer tokens verified with ignoreExpiration: a 12 h token is valid forever", "signature-vs-statement"),
    "LOGIN-MD5": P(S, 'crypto.createHash("md5")', "security", "passwords stored as unsalted MD5"),
    "LOGIN-HASH-COMPARE": P(S, "rows[0].pw_hash !== hash", "security",
                            "password hash compared with !== (not constant time)"),
    "PENS-SQLI": P(S, "WHERE species = '${species}' ORDER BY pen", "security",
                   "species query value interpolated into the SQL text", "source-vs-sink"),
    "PEN-NAN-COUNT": P(S, "const live = Number(req.body.live);", "bug",
                       "live and dead not validated: a missing or non-numeric value writes NaN (or negative) stock"),
    "PEN-STOCK-RACE": P(S, "const stock = (rows[0]?.stock ?? 0) + live - dead;", "bug",
                        "stock read, computed in JS and written back: two counts posted together lose one", "critical-section"),
    "SENSOR-KEY-IN-URL": P(S, "if (req.query.key !== process.env.HELIX_SENSOR_KEY)", "security",
                           "sensor key sent in the query string (access logs, proxies)"),
    "SENSOR-KEY-FAILS-OPEN": P(S, "if (req.query.key !== process.env.HELIX_SENSOR_KEY)", "security",
                               "with HELIX_SENSOR_KEY unset, a request without ?key= matches (undefined === undefined) and may post readings"),
    "MIST-SHELL-PEN": P(S, "exec(`mistctl --pen", "security", "pen path parameter interpolated into a shell command"),
    "MIST-SHELL-SECONDS": P(S, "exec(`mistctl --pen", "security",
                            "seconds body value interpolated into the same shell command", "source-vs-sink"),
    "HARVEST-SAMPLE-SHORT": P(S, "grams.slice(0, SAMPLE_SIZE - 1)", "bug",
                              "slice end is exclusive: the grading sample holds 19 snails, not 20", "off-by-one"),
    "HARVEST-GRADE-BOUNDARY": P(S, "sample.filter((g) => g > LARGE_GRAMS)", "bug",
                                "> instead of >=: a 12 g snail is not counted as large", "off-by-one"),
    "SALE-NEGATIVE-KG": P(S, "const kg = Number(req.body.kg);", "bug",
                          "kg not validated: a negative amount adds stock and gives a negative price"),
    "SALE-PRICE-NAN": P(S, "PRICE_PER_KG[harvest.species]", "bug",
                        "species without a price (e.g. a new species) gives a NaN price that is stored"),
    "SALE-OVERSELL-RACE": P(S, "UPDATE harvests SET kg_left = kg_left - $1", "bug",
                            "check of kg_left and the decrement are separate, unconditional statements: concurrent buyers oversell",
                            "critical-section"),
    "SALE-NO-TXN": P(S, "INSERT INTO sales (harvest_id, buyer_id, kg, price)", "bug",
                     "stock decrement and sale insert not in one transaction: a failed insert loses stock"),
    "SALES-PAGES-FLOOR": P(S, "const pages = Math.floor(counted[0].n / size);", "bug",
                           "floor: the last partial page is unreachable, and with fewer sales than size page becomes -1",
                           "off-by-one"),
    "INVOICE-IDOR": P(S, "FROM sales s JOIN buyers b ON b.id = s.buyer_id WHERE s.id = $1", "security",
                      "invoice not restricted to the calling buyer: any buyer reads others' names and addresses",
                      "signature-vs-statement"),
    "INVOICE-XSS-ADDRESS": P(S, "<p>${sale.address}</p>", "security",
                             "address written into the invoice HTML unescaped (name is escaped)"),
    "LABEL-TRAVERSAL": P(S, "const file = path.join(LABEL_DIR, name);", "security",
                         "name query value joined to LABEL_DIR: ../ reads any file", "source-vs-sink"),
    "LABEL-NO-OWNERSHIP": P(S, "res.sendFile(file);", "security",
                            "any buyer may fetch any other buyer's shipping label"),
    "REPORT-UTC-DAY": P(S, "const day = new Date().toISOString().slice(0, 10);", "bug",
                        "report day taken in UTC: around midnight local time the wrong day's sales are reported"),
    "REPORT-CACHE-STAMPEDE": P(S, "const body = await buildDailyReport(day);", "performance",
                               "cache check and fill straddle an await: concurrent misses all rebuild the report",
                               "critical-section"),
    "ERROR-STACK": P(S, "stack: err.stack", "security", "error handler returns message and stack trace to the client"),
}

CONFUSABLE = [
    ("LOGIN-MD5", "LOGIN-HASH-COMPARE"),
    ("PEN-NAN-COUNT", "PEN-STOCK-RACE"),
    ("SENSOR-KEY-IN-URL", "SENSOR-KEY-FAILS-OPEN"),
    ("MIST-SHELL-PEN", "MIST-SHELL-SECONDS"),
    ("HARVEST-SAMPLE-SHORT", "HARVEST-GRADE-BOUNDARY"),
    ("SALE-PRICE-NAN", "SALE-OVERSELL-RACE"),
    ("SALE-OVERSELL-RACE", "SALE-NO-TXN"),
    ("INVOICE-IDOR", "INVOICE-XSS-ADDRESS"),
    ("LABEL-TRAVERSAL", "LABEL-NO-OWNERSHIP"),
    ("REPORT-UTC-DAY", "REPORT-CACHE-STAMPEDE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the whole farm office API. What is done well: `farmOnly` fails closed (empty key
        rejected, length check before `crypto.timingSafeEqual`), `/harvests/open` and most writes use bound
        parameters, the sale cancellation runs in a real transaction and returns the kilos to the harvest,
        and the invoice escapes the buyer's name. The problems, roughly by impact:

        1. Authentication: a fallback JWT secret, tokens that never expire, MD5 password hashes, a sensor
           key that fails open and travels in the URL.
        2. Injection: `/pens` SQL, the misting shell command, label path traversal, invoice XSS.
        3. Money and stock: overselling a harvest, no transaction around the sale, unvalidated kilos and
           counts, a lost update on pen stock.
        4. Grading and paging arithmetic off by one.
        """,
        Block([
            F("JWT-DEFAULT-SECRET", "critical", "security", "JWT secret defaults to \"helix-dev\"",
              "Refuse to start without HELIX_JWT_SECRET.", symbol="JWT_SECRET", conf=0.9),
            F("JWT-IGNORE-EXPIRY", "high", "security", "Buyer tokens are accepted after they expire",
              "Drop `ignoreExpiration: true`; pin `algorithms: [\"HS256\"]` while you are there.", symbol="buyerAuth",
              conf=0.9),
            F("LOGIN-MD5", "high", "security", "Buyer passwords hashed with unsalted MD5",
              "Use scrypt/argon2 with a per-user salt and migrate on next login.", symbol="POST /login", conf=0.85),
            F("LOGIN-HASH-COMPARE", "low", "security", "Password hash compared with `!==`",
              "Compare with `crypto.timingSafeEqual` (after the move to a real KDF this comes for free).",
              symbol="POST /login", conf=0.5),
            F("SENSOR-KEY-FAILS-OPEN", "high", "security", "Sensor endpoint is open when HELIX_SENSOR_KEY is unset",
              "`undefined !== undefined` is false, so a request without `?key=` passes. Fail closed when the key is not configured.",
              symbol="POST /sensors/:pen", conf=0.85),
            F("SENSOR-KEY-IN-URL", "medium", "security", "Sensor key travels in the query string",
              "Send it in a header; query strings end up in access logs.", symbol="POST /sensors/:pen", conf=0.7),
            F("PENS-SQLI", "critical", "security", "SQL injection via `species` in GET /pens",
              "Use `$1` like `/harvests/open` does.", symbol="GET /pens", conf=0.95),
            F("MIST-SHELL-PEN", "high", "security", "Shell injection through the `:pen` parameter of the mist endpoint",
              "Use `execFile(\"mistctl\", [\"--pen\", pen, \"--seconds\", String(n)])`.", symbol="POST /pens/:pen/mist",
              conf=0.85),
            F("MIST-SHELL-SECONDS", "high", "security", "`seconds` from the body is also interpolated into the command",
              "Parse it as an integer in a sane range (1..600).", symbol="POST /pens/:pen/mist", conf=0.8),
            F("INVOICE-IDOR", "high", "security", "Any logged-in buyer can read any invoice",
              "Add `AND s.buyer_id = $2` with the token's buyer id.", symbol="GET /sales/:id/invoice", conf=0.9),
            F("INVOICE-XSS-ADDRESS", "medium", "security", "Stored XSS through the buyer address on the invoice",
              "Escape `sale.address` like the name.", symbol="GET /sales/:id/invoice", conf=0.8),
            F("LABEL-TRAVERSAL", "high", "security", "Path traversal in GET /labels",
              "Use `res.sendFile(name, { root: LABEL_DIR })` and reject names with separators.", symbol="GET /labels",
              conf=0.9),
            F("LABEL-NO-OWNERSHIP", "medium", "security", "Labels are not scoped to the buyer",
              "Look the label up by sale id and buyer id.", symbol="GET /labels", conf=0.6),
            F("ERROR-STACK", "medium", "security", "Error handler returns stack traces",
              "Log the stack; answer a generic message.", conf=0.8),
        ]),
        "Stock, sales and arithmetic:",
        Block([
            F("SALE-OVERSELL-RACE", "high", "bug", "Harvest can be oversold by concurrent purchases",
              "Make the decrement conditional (`UPDATE ... SET kg_left = kg_left - $1 WHERE id = $2 AND kg_left >= $1 RETURNING kg_left`) and check the row count.",
              sd=-2, n=3, symbol="POST /harvests/:id/buy", conf=0.85),
            F("SALE-NO-TXN", "medium", "bug", "Stock decrement and sale insert are not atomic",
              "Run both in one transaction on one client, as the cancel route does.", symbol="POST /harvests/:id/buy",
              conf=0.75),
            F("SALE-NEGATIVE-KG", "high", "bug", "Negative or NaN `kg` is accepted",
              "Require a finite number > 0; a negative amount passes the stock check and credits the buyer.",
              symbol="POST /harvests/:id/buy", conf=0.85),
            F("PEN-STOCK-RACE", "medium", "bug", "Lost update on pen stock",
              "`UPDATE pens SET stock = stock + $1 - $2 WHERE pen = $3 RETURNING stock` in one statement.",
              sd=-1, n=3, symbol="POST /pens/:pen/count", conf=0.8),
            F("PEN-NAN-COUNT", "medium", "bug", "Pen counts are not validated",
              "Require non-negative integers for `live` and `dead`; NaN currently poisons the stored stock.",
              symbol="POST /pens/:pen/count", conf=0.75),
            F("HARVEST-SAMPLE-SHORT", "medium", "bug", "Grading sample has 19 snails, not 20",
              "`grams.slice(0, SAMPLE_SIZE)`.", symbol="POST /harvests", conf=0.85),
            F("HARVEST-GRADE-BOUNDARY", "medium", "bug", "A 12 g snail is not graded large",
              "`g >= LARGE_GRAMS`, per the rule in the comment.", symbol="POST /harvests", conf=0.8),
            F("SALES-PAGES-FLOOR", "low", "bug", "Sales paging drops the last partial page",
              "`Math.ceil(n / size)`, and clamp `page` to at least 0.", symbol="GET /sales", conf=0.8),
            F("REPORT-CACHE-STAMPEDE", "low", "performance", "Concurrent requests all rebuild the daily report",
              "Cache the promise, not the result.", symbol="GET /report/today", conf=0.6),
            F("REPORT-UTC-DAY", "low", "bug", "Report day is computed in UTC",
              "Use the farm's time zone for the day boundary.", symbol="GET /report/today", conf=0.5),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("PENS-SQLI", "critical", "security", "SQL injection: species in GET /pens", "Parameterize.", d=-2),
            F("MIST-SHELL-PEN", "high", "security", "Command injection in mist (exec + template)", "execFile with args."),
            F("LABEL-TRAVERSAL", "high", "security", "Traversal: ?name= joined into LABEL_DIR", "root option + basename.",
              d=-1),
            F("INVOICE-IDOR", "high", "security", "Invoice readable by any buyer", "Check buyer_id.", d=-1),
            F("JWT-IGNORE-EXPIRY", "high", "security", "buyerAuth ignores exp", "Remove ignoreExpiration.", d=-3),
            F("LOGIN-MD5", "high", "security", "md5 password hashing", "argon2id."),
            F("SENSOR-KEY-IN-URL", "medium", "security", "Sensor key in query string", "Header."),
            F("SALE-OVERSELL-RACE", "high", "bug", "TOCTOU on kg_left (check then update)", "Conditional UPDATE.", d=-2),
            F("SALE-NEGATIVE-KG", "high", "bug", "kg unchecked (negative -> stock increases)", "kg > 0."),
            F("PEN-STOCK-RACE", "medium", "bug", "Read-modify-write on pens.stock loses counts", "Single UPDATE.", d=+1),
            F("HARVEST-GRADE-BOUNDARY", "low", "bug", "largeShare undercounts snails at exactly 12 g", ">=.", d=+1),
            F("SALES-PAGES-FLOOR", "low", "bug", "page = -1 -> negative OFFSET when sales < size", "ceil; clamp.", d=+1),
            F("REPORT-CACHE-STAMPEDE", "low", "bug", "reportCache check/fill not atomic across await", "Memoize promise.",
              d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Helix Pens farm office API (`src/server.ts`). The service handles
        authentication for buyers, pen management for farm staff, harvest weighing and sales.

        ### Security

        The most pressing issues are injection vulnerabilities (SQL and OS command), broken access control on
        invoices and labels, and weak authentication defaults.
        """,
        Block([
            F("PENS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Pen Listing",
              "Use parameterized queries.", sd=-2, n=3),
            F("MIST-SHELL-PEN", "CRITICAL", "Command Injection", "OS Command Injection in Misting Endpoint",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="Both the `pen` route parameter and the `seconds` body value are inserted into a shell command string."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Broken Authentication", "Hardcoded Fallback JWT Secret",
              "Require the secret from the environment."),
            F("JWT-IGNORE-EXPIRY", "HIGH", "Broken Authentication", "JWT Expiration Not Enforced",
              "Remove `ignoreExpiration`.", sd=-2, n=3),
            F("SENSOR-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Sensor Authentication Bypass",
              "Reject requests when the sensor key is not configured.", sd=-2, n=3),
            F("LOGIN-MD5", "HIGH", "Cryptographic Failure", "Weak Password Hashing (MD5)",
              "Use bcrypt or argon2.", sd=-2, n=3),
            F("INVOICE-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Invoices",
              "Verify that the sale belongs to the buyer."),
            F("INVOICE-XSS-ADDRESS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Invoice Address",
              "Escape all interpolated values.", sd=-2, n=3),
            F("LABEL-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Label Download",
              "Validate the file name.", d=+1, sd=-1, n=3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict allowed origins.", d=+1, sd=-1, n=3),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Hide stack traces in production."),
        ], wrap="list"),
        """
        ### Data Integrity and Performance

        The sales flow does not protect the harvest stock against concurrent purchases or invalid input.
        """,
        Block([
            F("SALE-OVERSELL-RACE", "HIGH", "Race Condition", "Race Condition Allows Overselling a Harvest",
              "Use a transaction with a conditional update."),
            F("SALE-NEGATIVE-KG", "HIGH", "Input Validation", "Negative Purchase Quantity Accepted",
              "Validate that `kg` is positive.", sd=-2, n=3),
            F("SALE-PRICE-NAN", "MEDIUM", "Logic Error", "Undefined Price for Unknown Species",
              "Handle species without a configured price.", sd=-2, n=3),
            F("PEN-STOCK-RACE", "MEDIUM", "Race Condition", "Lost Updates in Pen Count",
              "Perform the arithmetic in SQL.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Code Style", "description": "Consider splitting the routes into separate modules."}),
            F("HARVEST-SAMPLE-SHORT", "MEDIUM", "Logic Error", "Sample Size Off By One",
              "Use `SAMPLE_SIZE` as the slice end.", sd=-2, n=3),
            F("REPORT-CACHE-STAMPEDE", "LOW", "Caching", "Cache Stampede on Daily Report",
              "Store the pending promise in the cache.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("PENS-SQLI", "high", "security", "sql injection in /pens", "use $1"),
            F("JWT-IGNORE-EXPIRY", "high", "security", "expired tokens accepted", "drop ignoreExpiration"),
            F("LOGIN-HASH-COMPARE", "low", "security", "hash compare not constant time", "timingSafeEqual"),
            F("MIST-SHELL-PEN", "high", "security", "shell injection in mist", "execFile"),
            F("INVOICE-IDOR", "high", "security", "invoice has no owner check", "filter by buyer"),
            F("LABEL-TRAVERSAL", "high", "security", "path traversal in labels", "use root option", d=+1),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PEN-NAN-COUNT", "medium", "", "pen count takes NaN", "validate numbers"),
            F("HARVEST-GRADE-BOUNDARY", "low", "bug", "12 g is not large", ">="),
            F("SALE-NO-TXN", "medium", "bug", "sale not in a transaction", "BEGIN/COMMIT"),
            F("ERROR-STACK", "low", "security", "stack traces leaked", "remove stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection and command injection in pen endpoints.
        2. Authentication weaknesses (JWT secret, sensor key, password hashing).
        3. Access control on invoices and labels.
        4. Race conditions in stock handling.
        5. Arithmetic errors in grading and paging.
        """,
        Block([
            F("PENS-SQLI", "blocker", "security", "SQL injection through species filter", "Use query parameters.", d=-1,
              conf=0.9),
            F("MIST-SHELL-PEN", "blocker", "security", "Command injection in mistctl invocation", "Avoid exec.", conf=0.85),
            F("MIST-SHELL-SECONDS", "major", "security", "Unvalidated seconds value passed to shell",
              "Validate as integer.", d=-1, conf=0.75),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT secret in code", "Remove the fallback.", conf=0.8),
            F("JWT-IGNORE-EXPIRY", "major", "security", "Token expiration ignored", "Enforce exp.", conf=0.8),
            F("SENSOR-KEY-FAILS-OPEN", "major", "security", "Sensor key check passes when key is not configured",
              "Fail closed.", conf=0.75),
            F("LOGIN-MD5", "major", "security", "Insecure password hash algorithm", "Use bcrypt.", conf=0.8),
            F("INVOICE-IDOR", "major", "security", "Missing authorization on invoice", "Check ownership.", conf=0.8),
            F("INVOICE-XSS-ADDRESS", "major", "security", "Unescaped address in HTML", "Escape output.", conf=0.75),
            F("LABEL-TRAVERSAL", "major", "security", "Path traversal in label download", "Sanitize name.", conf=0.85),
            F("SALE-NEGATIVE-KG", "major", "correctness", "Purchase quantity not validated", "Check kg > 0.", conf=0.8),
            F("SALE-OVERSELL-RACE", "major", "concurrency", "Concurrent purchases can oversell", "Use a transaction.",
              d=+1, conf=0.75),
            F("PEN-STOCK-RACE", "major", "concurrency", "Race condition in pen stock update", "Atomic update.", d=-1,
              conf=0.7),
            F("HARVEST-SAMPLE-SHORT", "minor", "correctness", "Off-by-one in grading sample",
              "Sample all 20 snails.", d=+1, conf=0.7),
            F("SALES-PAGES-FLOOR", "minor", "correctness", "Page count rounds down", "Use Math.ceil.", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 11 major, 2 minor"),
    ]),
}
