"""test17/ts-pvfarm: a solar-farm telemetry service (TypeScript, Express + pg + jsonwebtoken). Frozen test split;
labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning sets or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test17): seeded problems in a solar-farm telemetry service; five agents' answers written by hand."
)

S = "src/server.ts"
I = "src/ingest.ts"
AL = "src/alerts.ts"
PROBLEMS = {
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Claims | null;", "security", "jwt.decode instead of jwt.verify: any self-made token is accepted"),
    "JWT-EXP-MILLIS": P(S, "if (!claims || (claims.exp && claims.exp < Date.now())) {", "security", "exp (seconds) compared with Date.now() (milliseconds): tokens with exp are all refused, tokens without exp never expire"),
    "READINGS-SITE-IDOR": P(S, "const { siteId } = req.params;", "security", "siteId not checked against the caller's sites claim: any user reads any site's readings", "signature-vs-statement"),
    "READINGS-RANGE-NAN": P(S, "if (to - from > MAX_RANGE_MS) {", "bug", "non-numeric from/to give NaN and the range check passes (the query then fails with a 500)"),
    "READINGS-SQLI": P(S, "AND inverter_id LIKE '${inverter}'", "security", "inverter query value interpolated into the SQL text", "source-vs-sink"),
    "REPORT-TRAVERSAL": P(S, "const full = path.join(REPORT_DIR, req.params.siteId, file);", "security", "decoded :file param joined to the report dir: ..%2F escapes it", "source-vs-sink"),
    "REPORT-SITE-IDOR": P(S, "const full = path.join(REPORT_DIR, req.params.siteId, file);", "security", "siteId not checked against the caller's sites: another site's reports are readable by name"),
    "CURTAIL-PERCENT-UNCHECKED": P(S, "const { percent } = req.body;", "bug", "curtailment percent not validated (type, 0..100) before it is stored as a setpoint"),
    "WEBHOOK-TEST-SSRF": P(S, 'const resp = await fetch(url, { method: "POST"', "security", "test-webhook URL from the body fetched by the server and the response body returned (SSRF)", "source-vs-sink"),
    "WEBHOOK-TEST-NO-TIMEOUT": P(S, 'const resp = await fetch(url, { method: "POST"', "bug", "fetch without a timeout/AbortSignal: a slow target holds the request and socket indefinitely"),
    "ALERTS-XSS": P(S, "const items = alerts.map((a) => `<li", "security", "inverter names and messages interpolated into HTML unescaped (stored XSS)"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces and messages (SQL errors) to clients"),
    "INGEST-UNAUTHENTICATED": P(I, 'const inverter = await pool.query("SELECT id, site_id, name FROM inverters WHERE serial = $1"', "security", "ingest is mounted before auth and trusts the serial number alone: anyone who knows a serial can post telemetry", "signature-vs-statement"),
    "ENERGY-LOOP-OUT-OF-BOUNDS": P(I, "for (let i = 0; i <= samples.length - 1; i++) {", "bug", "the loop reaches the last sample and reads samples[i + 1] (undefined): TypeError on every batch", "off-by-one"),
    "ENERGY-MS-UNITS": P(I, "wh += (samples[i].powerW * dt) / 3600;", "bug", "dt is in milliseconds but divided by 3600: energy 1000x too high"),
    "EMPTY-BATCH-CRASH": P(I, "const day = new Date(samples[0].ts).toISOString().slice(0, 10);", "bug", "an empty (or missing) samples array crashes on samples[0]"),
    "DAY-KEY-UTC": P(I, "const day = new Date(samples[0].ts).toISOString().slice(0, 10);", "bug", "daily key is the UTC date, not the site's local day: a solar day is split across two keys"),
    "INGEST-SITE-FROM-BODY": P(I, "const key = `${batch.siteId}:${day}`;", "security", "site id taken from the body instead of the inverter's own site_id: a device can write into another site's totals and readings"),
    "DAILY-TOTAL-RACE": P(I, "dailyWh.set(key, before + wh);", "bug", "read (with an await) then write of the daily total, and an absolute upsert: concurrent batches lose energy", "critical-section"),
    "WINDOW-OFF-BY-ONE": P(AL, "const window = history.slice(history.length - WINDOW, history.length - 1);", "bug", "slice end excludes the newest sample, yet the sum is divided by WINDOW: average biased low", "off-by-one"),
    "RATED-POWER-MISSING": P(AL, "const ratio = avg / (inv.rated_w ?? 0);", "bug", "rated_w is never selected by ingest: division by 0 gives Infinity by day (no alerts) and NaN at night (alerts)"),
    "HISTORY-UNBOUNDED": P(AL, "history.push(...samples.map((s) => s.powerW));", "performance", "per-inverter history grows forever (only the last WINDOW samples are used)"),
    "ALERT-COOLDOWN-RACE": P(AL, 'await pool.query("INSERT INTO alerts', "bug", "cooldown checked before two awaits and set after them: concurrent batches send duplicate alerts and webhooks", "critical-section"),
    "WEBHOOK-SIG-NOT-HMAC": P(AL, 'const sig = crypto.createHash("sha256").update(WEBHOOK_SECRET + body)', "security", "signature is sha256(secret + body), not an HMAC (length extension)"),
}

CONFUSABLE = [
    ("JWT-NOT-VERIFIED", "JWT-EXP-MILLIS"),
    ("READINGS-SITE-IDOR", "READINGS-RANGE-NAN"),
    ("REPORT-TRAVERSAL", "REPORT-SITE-IDOR"),
    ("WEBHOOK-TEST-SSRF", "WEBHOOK-TEST-NO-TIMEOUT"),
    ("ENERGY-LOOP-OUT-OF-BOUNDS", "ENERGY-MS-UNITS"),
    ("EMPTY-BATCH-CRASH", "DAY-KEY-UTC"),
    ("DAY-KEY-UTC", "INGEST-SITE-FROM-BODY"),
    ("INGEST-SITE-FROM-BODY", "DAILY-TOTAL-RACE"),
    ("WINDOW-OFF-BY-ONE", "RATED-POWER-MISSING"),
    ("HISTORY-UNBOUNDED", "WINDOW-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The service has three entry points: the authenticated `/api` routes, the unauthenticated `/ingest` route the
        inverters post to, and the alert evaluation that runs inside ingest. The most serious problems are in
        authentication and authorization; after that, the energy integration does not work at all.

        1. `auth` never verifies the JWT signature, so every other check rests on attacker-controlled claims.
        2. No route checks `siteId` against `req.user.sites`.
        3. `/ingest` is open to anyone who knows a serial number, and it trusts the `siteId` in the body.
        4. `energyWh` throws on every batch, and its units are wrong once that is fixed.
        5. Daily totals and alert cooldowns race between concurrent batches.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "JWT is decoded but never verified",
              "Use `jwt.verify(token, publicKey, { algorithms: [\"RS256\"] })`; `jwt.decode` accepts any token a client makes up, including `role: \"operator\"`.",
              symbol="auth", conf=0.95),
            F("JWT-EXP-MILLIS", "medium", "bug", "`exp` is compared against milliseconds",
              "`exp` is in seconds, so `claims.exp < Date.now()` is always true: tokens that carry `exp` are rejected and tokens without it never expire. `jwt.verify` handles this for you.",
              symbol="auth", conf=0.8),
            F("READINGS-SITE-IDOR", "high", "security", "Readings endpoint does not check that the caller may see the site",
              "Reject with 403 unless `req.user.sites.includes(siteId)`; the same applies to reports and curtailment.",
              d=-1, symbol="GET /api/sites/:siteId/readings", conf=0.85),
            F("READINGS-SQLI", "critical", "security", "SQL injection through the `inverter` filter",
              "Pass it as `$4`: `inverter_id LIKE $4`.", symbol="GET /api/sites/:siteId/readings", conf=0.95),
            F("REPORT-TRAVERSAL", "high", "security", "Path traversal in report download",
              "Express decodes `%2F`, so `..%2F..%2F..%2Fetc%2Fpasswd` works. Use `res.sendFile(file, { root: siteDir })` and reject names with path separators.",
              d=+1, symbol="GET /api/sites/:siteId/reports/:file", conf=0.85),
            F("INGEST-UNAUTHENTICATED", "high", "security", "Telemetry ingest is unauthenticated",
              "The router is mounted before `auth`, and the serial number printed on the inverter is the only credential. Give each device a secret (or mTLS) and verify it.",
              d=-2, symbol="ingestRouter.post", conf=0.8),
            F("INGEST-SITE-FROM-BODY", "high", "security", "Ingest writes to the site named in the request body",
              "Use `inverter.rows[0].site_id`, not `batch.siteId`, for the daily key and the readings.",
              symbol="ingestRouter.post", conf=0.8),
            F("ENERGY-LOOP-OUT-OF-BOUNDS", "high", "bug", "`energyWh` reads past the end of the samples array",
              "Loop to `i < samples.length - 1`: on the last iteration `samples[i + 1]` is undefined and `.ts` throws, so every ingest request fails.",
              d=+1, symbol="energyWh", conf=0.9),
            F("ENERGY-MS-UNITS", "medium", "bug", "Energy is off by a factor of 1000",
              "`dt` is in milliseconds; divide by `3_600_000` to get Wh.", symbol="energyWh", conf=0.85),
            F("DAILY-TOTAL-RACE", "medium", "bug", "Concurrent batches overwrite each other's daily total",
              "Let the database add: `ON CONFLICT (key) DO UPDATE SET wh = daily_energy.wh + EXCLUDED.wh` and drop the in-memory map.",
              d=-1, n=2, symbol="ingestRouter.post", conf=0.8),
            F("ALERT-COOLDOWN-RACE", "low", "bug", "Alert cooldown is set only after the webhook returns",
              "Set `lastAlertAt` before the awaits so a second batch arriving meanwhile does not alert again.",
              d=+2, symbol="evaluate", conf=0.7),
            F("RATED-POWER-MISSING", "medium", "bug", "Performance ratio divides by zero",
              "`rated_w` is not in the `SELECT` in ingest, so `inv.rated_w ?? 0` is 0: by day the ratio is `Infinity` and no alert ever fires, at night it is `NaN` and alerts fire.",
              symbol="evaluate", conf=0.8),
            F("WEBHOOK-TEST-SSRF", "high", "security", "Webhook test endpoint is an open proxy into the network",
              "Any authenticated user can make the server POST to internal addresses and read the response body. Restrict to https URLs on public hosts and do not return the body.",
              d=-2, symbol="POST /api/sites/:siteId/webhook/test", conf=0.8),
            F("DAY-KEY-UTC", "low", "bug", "Daily energy is keyed by the UTC date",
              "Use the site's time zone when deriving the day; for sites east or west of UTC a generation day is split over two keys.",
              symbol="ingestRouter.post", conf=0.6),
            F("ALERTS-XSS", "medium", "security", "Alert list renders inverter names as HTML",
              "Escape `inverterName` and `message`, or return JSON and render client-side.", symbol="GET /api/alerts", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for src/ (most severe first):",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "auth: jwt.decode() — signature never checked", "jwt.verify with pinned alg."),
            F("READINGS-SQLI", "critical", "security", "SQL injection: req.query.inverter in LIKE", "Bind as $4.", d=-2),
            F("WEBHOOK-TEST-SSRF", "high", "security", "webhook/test fetches any URL and echoes the body", "Allow-list hosts; don't return body.", d=-2),
            F("REPORT-SITE-IDOR", "high", "security", "Reports served for any siteId", "Check req.user.sites."),
            F("REPORT-TRAVERSAL", "high", "security", "sendFile(path.join(..., file)) with encoded ../", "Use root option.", d=-1),
            F("ENERGY-LOOP-OUT-OF-BOUNDS", "high", "bug", "energyWh: i <= length - 1 dereferences samples[length]", "i < length - 1."),
            F("EMPTY-BATCH-CRASH", "medium", "bug", "samples[0] on an empty batch throws", "400 if !samples?.length."),
            F("DAILY-TOTAL-RACE", "medium", "bug", "Lost update on daily_energy (read, await, write absolute)", "wh = daily_energy.wh + EXCLUDED.wh.", d=+2),
            F("WINDOW-OFF-BY-ONE", "medium", "bug", "evaluate: slice(..., length - 1) drops newest sample", "slice(-WINDOW); divide by window.length."),
            F("WEBHOOK-SIG-NOT-HMAC", "low", "security", "Webhook signature is sha256(secret || body), not HMAC", "crypto.createHmac."),
        ], fence="", indent=1),
        "Not covered: migrations, deploy config.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `pvfarm` telemetry service. It is an Express application that accepts inverter
        telemetry, stores readings in PostgreSQL, computes daily energy totals and raises under-performance alerts.

        **Authentication and Access Control**

        The authentication middleware is fundamentally broken, and several endpoints lack authorization checks.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="`jwt.decode` only base64-decodes the payload. An attacker can forge a token with any `sub`, `role` and `sites`."),
            F("JWT-EXP-MILLIS", "high", "Broken Authentication", "Incorrect Token Expiry Check",
              "Compare `claims.exp * 1000` with `Date.now()`."),
            F("READINGS-SITE-IDOR", "high", "Insecure Direct Object Reference", "Missing Site Authorization on Readings",
              "Verify the requested site is in `req.user.sites`.", d=+1,
              desc="The handler reads `siteId` from the path and queries readings for it without comparing it to the token's site list."),
            F("INGEST-UNAUTHENTICATED", "high", "Missing Authentication", "Unauthenticated Telemetry Ingestion",
              "Authenticate devices with per-device credentials."),
            F("ERROR-STACK-LEAK", "medium", "Information Disclosure", "Stack Traces Returned to Clients",
              "Log the error server-side and return a generic message."),
        ], wrap="list"),
        """
        **Data Integrity and Reliability**

        The ingestion pipeline has several defects that corrupt or lose energy data.
        """,
        Block([
            F("ENERGY-MS-UNITS", "high", "Data Integrity", "Energy Calculation Uses Wrong Time Unit",
              "Divide by 3,600,000 since timestamps are in milliseconds.", d=-1, sd=0),
            F("DAY-KEY-UTC", "medium", "Data Integrity", "Daily Totals Use UTC Instead of Site Local Time",
              "Compute the day in the site's time zone."),
            F("DAILY-TOTAL-RACE", "high", "Race Condition", "Race Condition in Daily Energy Accumulation",
              "Use an atomic increment in SQL."),
            U({"severity": "low", "category": "Maintainability", "recommendation": "Extract SQL strings into a repository layer."}),
            F("HISTORY-UNBOUNDED", "medium", "Resource Exhaustion", "Unbounded Memory Growth in Alert History",
              "Keep only the last `WINDOW` values.",
              desc="Every batch appends to `history` and nothing ever removes old values, so memory grows for the life of the process."),
            F("ALERT-COOLDOWN-RACE", "medium", "Race Condition", "Duplicate Alerts Due to Cooldown Race",
              "Record the alert time before sending the notification.", d=+1),
            F("CURTAIL-PERCENT-UNCHECKED", "medium", "Input Validation", "Curtailment Percentage Not Validated",
              "Ensure `percent` is a number between 0 and 100."),
            F("WEBHOOK-SIG-NOT-HMAC", "low", "Cryptography", "Weak Webhook Signature Construction",
              "Use `crypto.createHmac(\"sha256\", WEBHOOK_SECRET)`.",
              desc="Hashing `secret + body` with plain SHA-256 is vulnerable to length-extension attacks; an HMAC is the standard construction."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("READINGS-SQLI", "error", "security", "sqli in readings inverter filter", "param"),
            F("REPORT-TRAVERSAL", "error", "security", "path traversal in report download", "sendFile root", d=-1),
            F("WEBHOOK-TEST-NO-TIMEOUT", "warning", "bug", "webhook test fetch has no timeout", "AbortSignal.timeout(5000)"),
            F("ENERGY-LOOP-OUT-OF-BOUNDS", "error", "", "loop off by one in energyWh", "i < samples.length - 1"),
            F("DAILY-TOTAL-RACE", "warning", "bug", "daily total lost update", "atomic sql increment", d=-1),
            F("WINDOW-OFF-BY-ONE", "warning", "bug", "avg divides by WINDOW but window has WINDOW-1 items", "divide by window.length", d=+1),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWT not verified.
        2. Authorization: site-level access not enforced.
        3. Injection: SQL injection in readings, path traversal in reports.
        4. Correctness: energy integration, alert ratio and window calculation.
        5. Concurrency: daily energy accumulation.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT accepted without signature verification",
              "Use jwt.verify with a secret or public key.", d=-1, sd=0, conf=0.95),
            F("READINGS-SQLI", "blocker", "security", "SQL injection via inverter query parameter",
              "Use a parameterized query.", conf=0.9),
            F("READINGS-RANGE-NAN", "minor", "correctness", "Time range validation can be bypassed with non-numeric values",
              "Validate that from and to are finite numbers.", conf=0.6),
            F("ALERTS-XSS", "major", "security", "Stored XSS in alerts page",
              "HTML-escape inverter names and messages.", conf=0.75),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack traces exposed in error responses",
              "Return a generic error message.", conf=0.7),
            F("REPORT-TRAVERSAL", "major", "security", "Directory traversal in report file download",
              "Validate the file name.", conf=0.8),
            F("WEBHOOK-TEST-SSRF", "major", "security", "Server-side request forgery in webhook test",
              "Restrict the URL to approved hosts.", conf=0.8),
            F("ENERGY-LOOP-OUT-OF-BOUNDS", "major", "correctness", "Array index out of bounds in energy calculation",
              "Iterate to samples.length - 2.", d=+1, conf=0.85),
            F("INGEST-SITE-FROM-BODY", "major", "security", "Site ID trusted from request body in ingest",
              "Use the site of the registered inverter.", conf=0.7),
            F("DAILY-TOTAL-RACE", "major", "concurrency", "Concurrent updates to daily energy are not atomic",
              "Use an atomic database update.", d=-1, conf=0.75),
            F("WINDOW-OFF-BY-ONE", "major", "correctness", "Off-by-one in moving window slice",
              "Use history.slice(-WINDOW).", conf=0.8),
            F("RATED-POWER-MISSING", "major", "correctness", "Division by zero when rated power is missing",
              "Load rated_w and skip evaluation when it is unknown.", conf=0.75),
            F("HISTORY-UNBOUNDED", "minor", "resource-leak", "Per-inverter history array grows without bound",
              "Trim history to the last WINDOW samples.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}
