"""test11/ts-uptime: a URL-monitoring / uptime-check service (Express + fetch timers). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test11) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Eleventh frozen test split: seeded problems in a small "
    "TypeScript uptime monitor (checks, alerts, status page); five agents' answers by hand."
)

SRV = "src/server.ts"
CHK = "src/checker.ts"
ALR = "src/alerts.ts"
STA = "src/stats.ts"

PROBLEMS = {
    "AUTH-HEADER-TRUST": P(SRV, 'const user = req.header("x-user");', "security", "identity taken from a client-supplied X-User header: anyone is any user"),
    "MONITOR-SSRF": P(SRV, "url: String(req.body.url),", "security", "monitor URL not validated (scheme, internal/metadata addresses): the checker becomes an SSRF probe"),
    "INTERVAL-UNCHECKED": P(SRV, "interval: Number(req.body.interval ?? 60_000),", "bug", "check interval not bounded: 0/1 ms (or NaN) makes the checker hammer the target and the process"),
    "GET-IDOR": P(SRV, "res.json({ ...m, uptime: uptimePercent(history(m.id)) });", "security", "GET /monitors/:id returns any user's monitor (hook URL included): no owner check", "signature-vs-statement"),
    "DELETE-IDOR": P(SRV, "monitors.delete(m.id);", "security", "DELETE /monitors/:id deletes any user's monitor: no owner check", "signature-vs-statement"),
    "LIMIT-UNCHECKED": P(SRV, "const limit = Number(req.query.limit ?? 50);", "bug", "history limit not validated: negative or non-numeric limit returns the whole history"),
    "HISTORY-OBO": P(SRV, "history(m.id).slice(-limit - 1)", "bug", "slice(-limit - 1) returns limit + 1 rows", "off-by-one"),
    "SSRF-TEST": P(SRV, 'await fetch(target, { redirect: "follow" })', "security", "check-now fetches any URL from the body and reports status/time: SSRF into the internal network", "source-vs-sink"),
    "TEST-NO-TIMEOUT": P(SRV, 'await fetch(target, { redirect: "follow" })', "performance", "check-now fetch has no timeout/abort signal: a slow target ties up the request forever"),
    "XSS-NAME": P(SRV, "`<li>${m.name}:", "security", "monitor names rendered into the public status page unescaped: stored XSS"),
    "XSS-THEME": P(SRV, '<html class="${theme}">', "security", "`theme` query value reflected into a class attribute unescaped", "source-vs-sink"),
    "TIMER-LEAK": P(CHK, "  timers.delete(id);", "bug", "stopMonitor forgets the timer without clearInterval: deleted monitors keep being checked (and alerting) forever", "signature-vs-statement"),
    "PROBE-NO-TIMEOUT": P(CHK, 'const res = await fetch(url, { method: "GET" });', "bug", "probe fetch has no timeout: a hanging target never fails and holds an inFlight slot"),
    "BODY-LEAK": P(CHK, 'const res = await fetch(url, { method: "GET" });', "bug", "probe response body never consumed or cancelled: undici keeps the connection/socket busy (leak)"),
    "STATUS-OBO": P(CHK, "return res.status <= 400;", "bug", "`<= 400` counts HTTP 400 as up", "off-by-one"),
    "LIMIT-RACE": P(CHK, "await lookup(new URL(m.url).hostname);", "bug", "concurrency cap checked before an await and incremented after: many checks pass the check together, cap not enforced", "critical-section"),
    "FAILURE-RACE": P(CHK, "failures.set(m.id, ok ? 0 : before + 1);", "bug", "failure count read before the awaited probe and written after: overlapping checks lose updates (alert late/never, duplicates)", "critical-section"),
    "PROBE-REJECT": P(CHK, "const ok = await probe(m.url);", "bug", "probe rejection (DNS, refused) not caught: a down host is never counted as a failure, inFlight never decremented"),
    "ALERT-OBO": P(ALR, "if (consecutiveFailures > m.threshold) {", "bug", "`>` instead of `>=`: alert fires one failed check after the threshold", "off-by-one"),
    "COOLDOWN-UNITS": P(ALR, "COOLDOWN_MS * 60", "bug", "cooldown already in ms multiplied by 60: 15 hours instead of 15 minutes between alerts"),
    "ALERT-MARKED-EARLY": P(ALR, "lastAlert.set(m.id, Date.now());", "bug", "alert recorded as sent before the webhook is called: a failed send suppresses alerts for the cooldown"),
    "ALERT-IGNORED": P(ALR, "await fetch(m.hook, {", "bug", "webhook response status never checked and no timeout: failed alerts are silent"),
    "CRED-LEAK": P(ALR, "is DOWN (${m.url})", "security", "extra, one agent: monitor URL (may embed user:password or tokens) posted to the chat webhook"),
    "UPTIME-NAN": P(STA, "return (up / rows.length) * 100;", "bug", "no results yet: 0/0 gives NaN uptime (NaN% on the status page)"),
    "SORT-LEXICAL": P(STA, "const sorted = [...values].sort();", "bug", "numbers sorted with the default (string) comparator: 100 sorts before 20, wrong percentiles"),
    "P100-OBO": P(STA, "const idx = Math.floor((sorted.length * p) / 100);", "bug", "index is one past nearest-rank: p=100 reads past the end (undefined), others one rank high", "off-by-one"),
}

CONFUSABLE = [
    ("MONITOR-SSRF", "INTERVAL-UNCHECKED"),
    ("LIMIT-UNCHECKED", "HISTORY-OBO"),
    ("SSRF-TEST", "TEST-NO-TIMEOUT"),
    ("XSS-NAME", "XSS-THEME"),
    ("PROBE-NO-TIMEOUT", "BODY-LEAK"),
    ("BODY-LEAK", "STATUS-OBO"),
    ("PROBE-NO-TIMEOUT", "STATUS-OBO"),
    ("FAILURE-RACE", "PROBE-REJECT"),
    ("ALERT-OBO", "COOLDOWN-UNITS"),
    ("ALERT-MARKED-EARLY", "ALERT-IGNORED"),
    ("SORT-LEXICAL", "P100-OBO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `src/server.ts`, `src/checker.ts`, `src/alerts.ts` and `src/stats.ts`.

        ## Summary

        | Area | Main concern |
        |---|---|
        | Auth | identity is whatever `X-User` says; two routes skip the owner check |
        | Outbound requests | user-controlled URLs fetched without validation or timeouts (SSRF) |
        | Scheduler | timers never cleared; async read-modify-write on shared counters |
        | Alerting | wrong threshold comparison and a cooldown in the wrong unit |
        | Status page / stats | unescaped HTML, NaN uptime, lexicographic sort |

        The most serious issue is the authentication middleware: every other access check depends on it.
        """,
        Block([
            F("AUTH-HEADER-TRUST", "critical", "security", "Authentication trusts the `X-User` request header",
              "Any client can send `X-User: alice` and act as alice. Authenticate with a session or a signed token.",
              symbol="auth", conf=0.92),
            F("MONITOR-SSRF", "high", "security", "Monitor URLs are not validated",
              "Restrict to http(s) and reject private, loopback and link-local addresses after DNS resolution; "
              "otherwise the checker probes the internal network on a schedule.", symbol="POST /monitors", conf=0.8),
            F("GET-IDOR", "high", "security", "GET /monitors/:id leaks other users' monitors",
              "Unlike `/history`, this route never compares `m.owner` with `req.user`.",
              symbol="GET /monitors/:id", conf=0.88),
            F("DELETE-IDOR", "high", "security", "DELETE /monitors/:id lets any user delete any monitor",
              "Add the same owner check as `/history`.", symbol="DELETE /monitors/:id", conf=0.88),
            F("HISTORY-OBO", "low", "bug", "History returns one row more than `limit`",
              "`slice(-limit)` is enough.", symbol="GET /monitors/:id/history", conf=0.8),
            F("SSRF-TEST", "high", "security", "SSRF in POST /check-now",
              "The endpoint fetches an arbitrary URL and returns status and timing: a port scanner for the "
              "internal network. Apply the same URL policy as for monitors.", symbol="POST /check-now", conf=0.87),
            F("TEST-NO-TIMEOUT", "medium", "performance", "`/check-now` fetch has no timeout",
              "Pass `signal: AbortSignal.timeout(10_000)`.", symbol="POST /check-now", conf=0.7),
            F("XSS-NAME", "high", "security", "Stored XSS on the public status page",
              "Monitor names are inserted into the HTML raw; escape them.", symbol="GET /status/:owner", conf=0.86),
            F("XSS-THEME", "medium", "security", "Reflected XSS via `?theme=`",
              "Allow-list the theme values.", symbol="GET /status/:owner", conf=0.8),
            F("TIMER-LEAK", "high", "bug", "Deleted monitors keep running",
              "`stopMonitor` removes the handle from the map but never calls `clearInterval`, so the check (and its "
              "alerts) keeps firing after deletion.", symbol="stopMonitor", conf=0.9),
            F("PROBE-NO-TIMEOUT", "medium", "bug", "Probe has no timeout",
              "A target that accepts the connection and never answers keeps the check pending forever.",
              symbol="probe", conf=0.75),
            F("STATUS-OBO", "medium", "bug", "HTTP 400 is counted as up",
              "Use `res.status < 400` (or `res.ok`).", symbol="probe", conf=0.82),
            F("LIMIT-RACE", "medium", "bug", "MAX_CONCURRENT is not enforced",
              "The check and the increment are separated by `await lookup(...)`, so every timer that fires while "
              "lookups are pending passes the check. Increment before the first await.",
              d=0, sd=-1, n=3, symbol="runCheck", conf=0.7),
            F("FAILURE-RACE", "medium", "bug", "Consecutive-failure count can lose updates",
              "`before` is read, then the probe is awaited, then `before + 1` is written; with `setInterval` a "
              "slow probe overlaps the next one and both write the same value.", d=-2, n=3, symbol="runCheck", conf=0.7),
            F("PROBE-REJECT", "high", "bug", "A host that is completely down is never reported",
              "`fetch` rejects on DNS failure or a refused connection; the rejection escapes `runCheck`, so no "
              "failure is recorded and no alert is sent. Catch it and treat it as a failed check.",
              symbol="runCheck", conf=0.85),
            F("ALERT-OBO", "medium", "bug", "Alert fires one check after the threshold",
              "With threshold 3 the alert comes at the 4th failure; use `>=`.", symbol="raiseAlert", conf=0.8),
            F("COOLDOWN-UNITS", "medium", "bug", "Alert cooldown is 60x too long",
              "`COOLDOWN_MS` is already milliseconds; `* 60` makes it 15 hours.", symbol="raiseAlert", conf=0.85),
            F("ALERT-IGNORED", "low", "bug", "Webhook failures are not detected",
              "Check `res.ok` and retry or log.", symbol="raiseAlert", conf=0.6),
            F("UPTIME-NAN", "low", "bug", "`uptimePercent` returns NaN for a new monitor",
              "Return 100 (or null) when there are no rows.", symbol="uptimePercent", conf=0.8),
            F("SORT-LEXICAL", "medium", "bug", "Latencies sorted as strings",
              "`sort()` without a comparator orders 100 before 20; use `(a, b) => a - b`.",
              symbol="percentile", conf=0.9),
            F("P100-OBO", "low", "bug", "`percentile` index is off by one",
              "For p = 100 the index equals the length and the result is undefined; use "
              "`Math.ceil(len * p / 100) - 1`, clamped to 0.", symbol="percentile", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "uptime service review, 17 findings",
        Block([
            F("AUTH-HEADER-TRUST", "critical", "security", "auth(): X-User header accepted as identity",
              "Real authentication.", d=-1),
            F("INTERVAL-UNCHECKED", "medium", "bug", "interval from body unvalidated (0 => tight loop)",
              "Clamp to >= 10s."),
            F("GET-IDOR", "high", "security", "GET /monitors/:id missing owner check", "Check m.owner.", d=-3),
            F("DELETE-IDOR", "high", "security", "DELETE /monitors/:id missing owner check", "Check m.owner.", d=-3),
            F("LIMIT-UNCHECKED", "low", "bug", "limit=-5 or limit=abc returns entire history", "Validate limit."),
            F("SSRF-TEST", "high", "security", "check-now: url from body fetched server-side", "Block private ranges.", d=-2),
            F("XSS-NAME", "high", "security", "status page: m.name unescaped", "Escape HTML."),
            F("TIMER-LEAK", "high", "bug", "stopMonitor never clearInterval()s", "clearInterval(timers.get(id)).", d=-2),
            F("PROBE-NO-TIMEOUT", "medium", "bug", "probe fetch without AbortSignal.timeout", "Add timeout."),
            F("STATUS-OBO", "medium", "bug", "status 400 treated as healthy", "< 400."),
            F("LIMIT-RACE", "medium", "performance", "concurrency limit check-then-await-then-increment",
              "Reserve the slot before awaiting.", d=-1),
            F("FAILURE-RACE", "medium", "bug", "overlapping setInterval checks race on failures map",
              "Skip a tick while a check is running."),
            F("PROBE-REJECT", "medium", "bug", "inFlight-- skipped when probe throws", "try/finally.", d=+2),
            F("ALERT-OBO", "low", "bug", "threshold compare uses >", ">=."),
            F("ALERT-MARKED-EARLY", "low", "bug", "lastAlert set before webhook delivery", "Set after success."),
            F("UPTIME-NAN", "low", "bug", "uptimePercent divides by zero on empty history", "Guard."),
            F("P100-OBO", "low", "bug", "percentile(…, 100) returns undefined", "Clamp index.", d=+1),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the uptime monitoring service. Overall the structure is clear, but there are
        several security vulnerabilities and reliability issues worth fixing.

        **Security.** The service trusts a client header for identity, performs server-side requests to
        user-supplied URLs, and builds its public status page with template strings.

        **Reliability.** The checker does not clean up timers or HTTP responses, and its status classification
        is slightly wrong.

        Here are the findings:
        """,
        Block([
            F("AUTH-HEADER-TRUST", "Critical", "Broken Authentication", "Spoofable User Identity via X-User Header",
              "Use a proper authentication mechanism such as signed session cookies or JWTs."),
            F("MONITOR-SSRF", "High", "Server-Side Request Forgery", "Unvalidated Monitor URL Enables SSRF",
              "Validate the URL scheme and block internal IP ranges.",
              desc="Users can create monitors pointing at http://169.254.169.254/ or internal services."),
            F("GET-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Monitor Details",
              "Verify the monitor belongs to the requesting user.", d=-2),
            F("HISTORY-OBO", "Low", "Logic Error", "History Endpoint Returns an Extra Entry",
              "Use slice(-limit).", d=-1, sd=0),
            F("SSRF-TEST", "High", "Server-Side Request Forgery", "SSRF in check-now Endpoint",
              "Apply an allow-list or block private addresses."),
            F("XSS-NAME", "High", "Cross-Site Scripting", "Stored XSS in Public Status Page",
              "HTML-encode the monitor name."),
            F("XSS-THEME", "Medium", "Cross-Site Scripting", "Reflected XSS via theme Query Parameter",
              "Validate the theme against known values.", d=-3),
        ], wrap="list"),
        """
        **Checker and alerting:**
        """,
        Block([
            F("TIMER-LEAK", "High", "Resource Leak", "Interval Timers Never Cleared",
              "Call clearInterval before deleting the handle."),
            F("BODY-LEAK", "Medium", "Resource Leak", "Response Body Not Consumed in probe",
              "Call `await res.body?.cancel()` or read the body; otherwise connections are kept open.",
              desc="Node's fetch (undici) holds the socket until the body is consumed or garbage-collected."),
            F("STATUS-OBO", "Medium", "Logic Error", "Incorrect Status Code Boundary",
              "Use res.ok.", d=-1, sd=0),
            F("FAILURE-RACE", "Medium", "Race Condition", "Race Condition on Failure Counter",
              "Serialize checks per monitor."),
            F("ALERT-OBO", "Medium", "Logic Error", "Alert Threshold Off-by-One",
              "Use >= instead of >.", d=+1, sd=0),
            U({"severity": "Info", "category": "Code Style",
               "description": "Consider extracting magic numbers like 1440 and 20 into configuration."}),
            F("ALERT-IGNORED", "Low", "Error Handling", "Webhook Delivery Errors Ignored",
              "Check the response status."),
            F("CRED-LEAK", "Medium", "Sensitive Data Exposure", "Monitor URL With Credentials Sent to Webhook",
              "Redact userinfo and query strings from the URL before including it in alerts.",
              desc="URLs like https://user:secret@host/health are posted verbatim to the chat webhook."),
            F("SORT-LEXICAL", "Medium", "Logic Error", "Lexicographic Sort of Numeric Latencies",
              "Provide a numeric comparator."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Reviewed src/. Issues:",
        Block([
            F("INTERVAL-UNCHECKED", "warning", "bug", "interval not bounded", "min 10s"),
            F("DELETE-IDOR", "error", "security", "delete has no ownership check", "compare owner"),
            F("HISTORY-OBO", "warning", "bug", "history returns limit+1 rows", "slice(-limit)"),
            F("SSRF-TEST", "error", "security", "ssrf in /check-now", "block internal hosts"),
            F("XSS-NAME", "error", "security", "status page html not escaped", "escape"),
            F("TIMER-LEAK", "error", "", "stopMonitor does not clear the interval", "clearInterval", d=-2),
            F("STATUS-OBO", "warning", "bug", "400 counted as success", "res.ok"),
            F("PROBE-REJECT", "error", "bug", "fetch errors not caught in runCheck", "try/catch, count as failure"),
            F("COOLDOWN-UNITS", "warning", "bug", "cooldown multiplied by 60 again", "drop * 60"),
            F("SORT-LEXICAL", "warning", "bug", "sort() sorts numbers as strings", "(a, b) => a - b"),
        ], wrap="list", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. Authentication relies on an unauthenticated header; two monitor routes lack owner checks.
        2. Outbound HTTP: no timeouts, SSRF through check-now.
        3. Concurrency in the async checker: shared counters updated across awaits.
        4. Alerting and statistics edge cases.
        """,
        Block([
            F("AUTH-HEADER-TRUST", "blocker", "security", "X-User header is trusted without verification",
              "Verify identity server-side.", d=+1, sd=0, conf=0.85),
            F("INTERVAL-UNCHECKED", "major", "reliability", "Interval can be zero or negative",
              "Enforce a minimum interval.", conf=0.7),
            F("GET-IDOR", "major", "security", "Monitor details readable by any authenticated user",
              "Owner check.", conf=0.8),
            F("DELETE-IDOR", "major", "security", "Monitor deletion lacks authorization",
              "Owner check.", d=-2, conf=0.8),
            F("LIMIT-UNCHECKED", "minor", "correctness", "limit query parameter not validated",
              "Parse and clamp to 1..MAX_HISTORY.", conf=0.6),
            F("HISTORY-OBO", "minor", "correctness", "Off-by-one in history slice", "slice(-limit).", conf=0.7),
            F("SSRF-TEST", "blocker", "security", "Server-side request forgery via check-now",
              "Validate the target URL.", d=-2, conf=0.85),
            F("TEST-NO-TIMEOUT", "minor", "reliability", "check-now may hang indefinitely",
              "AbortSignal.timeout.", conf=0.6),
            F("XSS-THEME", "major", "security", "theme parameter injected into HTML", "Escape or allow-list.", conf=0.7),
            F("TIMER-LEAK", "major", "resource-leak", "setInterval handle never cleared", "clearInterval.", conf=0.85),
            F("PROBE-NO-TIMEOUT", "major", "reliability", "Probe request lacks timeout", "Add a timeout.", conf=0.7),
            F("STATUS-OBO", "minor", "correctness", "Status 400 considered up", "Use < 400.", conf=0.75),
            F("LIMIT-RACE", "major", "concurrency", "More than MAX_CONCURRENT checks can run at once",
              "Increment inFlight before awaiting lookup.", d=+1, conf=0.65),
            F("FAILURE-RACE", "major", "concurrency", "Lost update on consecutive failure counter",
              "Per-monitor mutex or skip overlapping runs.", d=-1, conf=0.65),
            F("ALERT-OBO", "minor", "correctness", "Alert threshold comparison off by one", ">=.", conf=0.7),
            F("COOLDOWN-UNITS", "major", "correctness", "Cooldown computed in wrong units",
              "Remove the extra factor.", conf=0.8),
            F("ALERT-MARKED-EARLY", "minor", "reliability", "Alert timestamp stored even if delivery fails",
              "Record after a successful POST.", conf=0.6),
            F("UPTIME-NAN", "minor", "correctness", "Uptime is NaN without results", "Guard empty input.", conf=0.7),
            F("SORT-LEXICAL", "major", "correctness", "Default sort is lexicographic", "Numeric comparator.", conf=0.8),
            F("P100-OBO", "minor", "correctness", "Percentile index can exceed array bounds",
              "Clamp to length - 1.", conf=0.6),
        ], wrap="object+summary", summary="20 issues: 2 blocker, 10 major, 8 minor"),
    ]),
}
