"""test18/go-irrigation: a greenhouse irrigation controller (Go, net/http + SQLite). Frozen test split; labels next to
each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its scores, its tuning set or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its scores or the other splits' data. "
    "Frozen test split test18: seeded problems in a small greenhouse irrigation controller; five agents' answers written by hand."
)

C = "controller.go"
M = "main.go"

PROBLEMS = {
    "TOKEN-IN-QUERY": P(M, 'token = r.URL.Query().Get("token")', "security", "grower token accepted from the query string (logged by proxies)"),
    "TOKEN-EMPTY-ENV": P(M, 'if token != os.Getenv("GROWER_TOKEN")', "security", "GROWER_TOKEN unset: an empty token matches and every request is authorised (also not constant-time)"),
    "MINUTES-UNBOUNDED": P(M, 'minutes, _ := strconv.Atoi(r.URL.Query().Get("minutes"))', "bug", "no bound on minutes: a valve can be held open for days (flooding) or a negative duration"),
    "ATOI-ERROR-IGNORED": P(M, 'minutes, _ := strconv.Atoi(r.URL.Query().Get("minutes"))', "bug", "Atoi error discarded: a bad value becomes 0 minutes and is accepted"),
    "PUMP-RACE": P(C, "\tc.active++", "bug", "pump-capacity check and c.active++ without c.mu: concurrent starts open more zones than the pump can feed", "critical-section"),
    "ZONE-DOUBLE-START": P(C, "\tz.Open = true", "bug", "starting an open zone counts it again and schedules a second closer"),
    "STOP-NIL": P(C, "z := c.zones[id]", "bug", "unknown zone id: nil map value dereferenced, handler panics", "signature-vs-statement"),
    "STOP-UNLOCKED": P(C, "\tc.active--", "bug", "StopZone changes z.Open and active without c.mu and decrements even when the zone was closed (closeAfter decrements again)", "critical-section", nth=1),
    "READING-NO-AUTH": P(M, 'mux.HandleFunc("POST /sensors/{id}/readings"', "security", "sensor readings endpoint has no token: anyone can fake soil moisture"),
    "MOISTURE-RANGE": P(M, "c.AddReading(r.PathValue(\"id\"), body.Moisture)", "bug", "moisture not range-checked (0-100)"),
    "AVG-OBO": P(C, "i <= len(readings); i++", "bug", "<= len(readings): index out of range panic on every average", "off-by-one"),
    "AVG-DIV-ZERO": P(C, "return sum / float64(window)", "bug", "no readings: 0/0 = NaN, NeedsWater is never true for a new zone"),
    "RESET-RACE": P(C, "c.waterUsedL = 0", "bug", "daily reset reads, appends and zeroes usage without c.mu: usage lost, data race with closeAfter and /usage", "critical-section"),
    "WEATHER-NO-TIMEOUT": P(C, 'resp, err := http.Get(c.weatherURL + "?lat="', "bug", "http.Get on the default client: no timeout"),
    "WEATHER-BODY-LEAK": P(C, "body, err := io.ReadAll(resp.Body)", "bug", "weather response body never closed (and read without a size limit)"),
    "ALERT-TLS-SKIP": P(C, "InsecureSkipVerify: true", "security", "alert client skips TLS verification"),
    "SQLI-ZONE": P(M, "WHERE zone = '%s'", "security", "zone query value formatted into the schedules SQL", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := c.db.Query(q)", "bug", "rows never closed: connection leak"),
    "SCAN-ERROR-IGNORED": P(M, "rows.Scan(&s.Zone, &s.Hour, &s.Minute, &s.Minutes)", "bug", "Scan and rows.Err errors ignored (extra, one agent)"),
    "HOUR-OBO": P(M, "if s.Hour > 24 {", "bug", "> 24 accepts hour 24 although the message says 0-23: schedule never fires", "off-by-one"),
    "HOUR-NEGATIVE": P(M, "if s.Hour > 24 {", "bug", "no lower bound: negative hour (and minute) accepted"),
    "FW-TRAVERSAL": P(M, "dst := filepath.Join(c.fwDir, name)", "security", "firmware name form value joined into the path: ../ writes anywhere", "source-vs-sink"),
    "FW-COPY-IGNORED": P(M, "io.Copy(f, r.Body)", "bug", "io.Copy and Close errors ignored: a truncated image is flashed"),
    "FW-NO-SIZE-LIMIT": P(M, "io.Copy(f, r.Body)", "performance", "firmware body copied with no size limit: disk fill"),
    "FW-CMD-INJECTION": P(M, 'exec.Command("sh", "-c", "flashctl --port "+port+" "+dst)', "security", "port form value and path concatenated into an sh -c command", "source-vs-sink"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", c.routes()))', "security", "http.ListenAndServe without read/write timeouts (extra, one agent)"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "TOKEN-EMPTY-ENV"),
    ("MINUTES-UNBOUNDED", "ATOI-ERROR-IGNORED"),
    ("PUMP-RACE", "ZONE-DOUBLE-START"),
    ("STOP-NIL", "STOP-UNLOCKED"),
    ("AVG-OBO", "AVG-DIV-ZERO"),
    ("SQLI-ZONE", "ROWS-NOT-CLOSED"),
    ("HOUR-OBO", "HOUR-NEGATIVE"),
    ("FW-COPY-IGNORED", "FW-NO-SIZE-LIMIT"),
    ("FW-COPY-IGNORED", "FW-CMD-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `controller.go` and `main.go`. The controller's shared state (`active`, `zones`, `waterUsedL`) is
        only partly protected by `c.mu`, and the firmware endpoint turns two form fields into a file path and a
        shell command. Several handlers also trust their inputs more than a valve controller should: an unbounded
        `minutes` keeps a valve open indefinitely.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 4 |
        | medium | 7 |
        | low | 2 |
        """,
        Block([
            F("FW-CMD-INJECTION", "critical", "security", "Command injection in firmware flashing",
              "Call `exec.Command(\"flashctl\", \"--port\", port, dst)` and validate `port` against the known serial devices.",
              symbol="routes (POST /controllers/{id}/firmware)", conf=0.95),
            F("FW-TRAVERSAL", "critical", "security", "Firmware upload writes to a caller-chosen path",
              "Use `filepath.Base(name)` and reject names with separators, or generate the file name server-side.",
              symbol="routes (POST /controllers/{id}/firmware)", conf=0.9),
            F("SQLI-ZONE", "high", "security", "SQL injection in `GET /schedules`",
              "Use `c.db.Query(\"... WHERE zone = ? ...\", zone)`.", symbol="routes (GET /schedules)", conf=0.95),
            F("TOKEN-EMPTY-ENV", "high", "security", "Authentication is disabled when `GROWER_TOKEN` is unset",
              "Refuse to start without a token and compare with `subtle.ConstantTimeCompare`.",
              symbol="Controller.requireToken", conf=0.85),
            F("PUMP-RACE", "high", "bug", "`StartZone` reads and increments `active` without holding `c.mu`",
              "Lock `c.mu` for the whole of `StartZone`; two concurrent starts can both pass the capacity check and open more valves than the pump can supply.",
              d=-3, n=1, symbol="Controller.StartZone", conf=0.9),
            F("STOP-UNLOCKED", "high", "bug", "`StopZone` races with `closeAfter` and can drive `active` negative",
              "Take `c.mu`, return early when the zone is not open, and cancel the pending `closeAfter` (e.g. with a per-zone `time.Timer`).",
              d=-1, n=2, symbol="Controller.StopZone", conf=0.85),
            F("RESET-RACE", "medium", "bug", "Daily usage reset is not synchronised",
              "Hold `c.mu` while appending to `history` and zeroing `waterUsedL`; `closeAfter` and `GET /usage` use the lock.",
              d=-1, n=2, symbol="Controller.resetDaily", conf=0.85),
            F("AVG-OBO", "medium", "bug", "`movingAverage` indexes one past the end of the slice",
              "Loop while `i < len(readings)`; as written every call panics.", symbol="movingAverage", conf=0.95),
            F("AVG-DIV-ZERO", "medium", "bug", "`movingAverage` returns NaN for a zone without readings",
              "Return an explicit 'unknown' (and do not water or alert) when `window == 0`.",
              symbol="movingAverage", conf=0.7),
            F("MINUTES-UNBOUNDED", "medium", "bug", "Watering duration is not bounded",
              "Reject `minutes` outside 1..120 (or a per-zone maximum).",
              symbol="routes (POST /zones/{id}/start)", conf=0.8),
            F("READING-NO-AUTH", "medium", "security", "Sensor readings endpoint is unauthenticated",
              "Wrap it in `requireToken` (or a per-sensor key); fake readings drive the irrigation decisions.",
              symbol="routes (POST /sensors/{id}/readings)", conf=0.8),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `GET /schedules`",
              "Add `defer rows.Close()` after the error check.", symbol="routes (GET /schedules)", conf=0.8),
            F("HOUR-OBO", "medium", "bug", "Hour validation accepts 24",
              "Use `s.Hour < 0 || s.Hour > 23`.", symbol="routes (POST /schedules)", conf=0.85),
            F("ALERT-TLS-SKIP", "low", "security", "Alert client disables certificate verification",
              "Drop the custom `TLSClientConfig`.", symbol="Controller.alert", conf=0.8),
            F("WEATHER-BODY-LEAK", "low", "bug", "Weather response body is never closed",
              "`defer resp.Body.Close()` and wrap it in `io.LimitReader`.", symbol="Controller.rainExpected", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed *.go; 11 findings, highest severity first. Not run: go vet / -race (no toolchain here).",
        Block([
            F("FW-CMD-INJECTION", "critical", "security", "port form value reaches sh -c", "No shell; argv.", d=-1),
            F("FW-TRAVERSAL", "high", "security", "firmware name from the form used as a path", "filepath.Base + check.", d=-1),
            F("SQLI-ZONE", "high", "security", "zone query param formatted into SQL", "Placeholder.", d=-1),
            F("TOKEN-IN-QUERY", "medium", "security", "token accepted in ?token= (ends up in access logs)", "Header only."),
            F("PUMP-RACE", "high", "bug", "StartZone: data race on c.active / c.zones", "Lock c.mu."),
            F("STOP-NIL", "medium", "bug", "StopZone panics on unknown id", "Check ok.", d=-1),
            F("AVG-OBO", "high", "bug", "movingAverage: i <= len(readings) reads out of bounds", "i < len(readings).", d=1),
            F("RESET-RACE", "medium", "bug", "resetDaily mutates waterUsedL/history without the mutex", "Lock.", d=-2),
            F("ATOI-ERROR-IGNORED", "medium", "bug", "strconv.Atoi error dropped; garbage minutes becomes 0", "400 on error."),
            F("FW-COPY-IGNORED", "medium", "bug", "io.Copy / f.Close errors ignored before flashing", "Check both; abort."),
            F("WEATHER-NO-TIMEOUT", "low", "bug", "http.Get with the default client (no timeout)", "Client{Timeout}."),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the greenhouse irrigation controller. Here is a breakdown of the issues I found,
        grouped by area.

        ### Security
        """,
        Block([
            F("FW-TRAVERSAL", "CRITICAL", "Path Traversal", "Path Traversal in Firmware Upload",
              "Sanitize `name` with `filepath.Base`.",
              desc="The `name` parameter is joined to the firmware directory, so `../../etc/cron.d/x` escapes it.", d=1),
            F("FW-CMD-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection via Port Parameter",
              "Avoid `sh -c`; pass arguments directly."),
            F("SQLI-ZONE", "HIGH", "SQL Injection", "SQL Injection in Schedule Listing",
              "Use a prepared statement.", d=1, sd=0,
              desc="`zone` is interpolated with `fmt.Sprintf` and the result is executed."),
            F("TOKEN-IN-QUERY", "MEDIUM", "Broken Authentication", "API Token Accepted via URL Query Parameter",
              "Only accept the token in a header."),
            F("TOKEN-EMPTY-ENV", "HIGH", "Broken Authentication", "Authentication Bypass When Token Not Configured",
              "Fail closed if the environment variable is empty.", d=-1, sd=0),
            F("ALERT-TLS-SKIP", "MEDIUM", "Insecure Transport", "TLS Certificate Verification Disabled",
              "Remove `InsecureSkipVerify`."),
            F("FW-NO-SIZE-LIMIT", "MEDIUM", "Resource Exhaustion", "Unbounded Firmware Upload Size",
              "Wrap the body in `http.MaxBytesReader`."),
        ], wrap="list"),
        """
        ### Reliability and Concurrency
        """,
        Block([
            F("PUMP-RACE", "HIGH", "Race Condition", "Race Condition in Pump Capacity Check",
              "Acquire the mutex in StartZone.", d=1,
              desc="The capacity check and the increment are not atomic; `closeAfter` modifies the same fields under the lock while `StartZone` does not."),
            F("ZONE-DOUBLE-START", "MEDIUM", "Logic Error", "Zone Can Be Started Twice",
              "Return an error if `z.Open` is already true."),
            U({"severity": "LOW", "category": "Code Style", "description": "Consider grouping the route handlers into separate methods."}),
            F("STOP-UNLOCKED", "HIGH", "Race Condition", "Unsynchronized State Changes in StopZone",
              "Acquire `c.mu` before modifying the zone.", d=-1),
            F("AVG-DIV-ZERO", "MEDIUM", "Logic Error", "Division by Zero in Moving Average",
              "Handle the empty-slice case."),
            F("HOUR-NEGATIVE", "LOW", "Input Validation", "Negative Schedule Times Accepted",
              "Validate the lower bounds of hour and minute as well."),
            F("NO-SERVER-TIMEOUTS", "LOW", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout` and `WriteTimeout`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "review:",
        Block([
            F("FW-CMD-INJECTION", "error", "security", "sh -c with user port -> command injection", "pass args directly"),
            F("SQLI-ZONE", "error", "security", "sql injection on zone filter", "use ? placeholder"),
            F("STOP-NIL", "error", "", "nil pointer panic in StopZone for unknown zone", "check map lookup"),
            F("MINUTES-UNBOUNDED", "warning", "bug", "minutes not capped, valve can stay open forever", "cap duration"),
            F("MOISTURE-RANGE", "warning", "bug", "moisture value not validated", "reject <0 or >100"),
            F("RESET-RACE", "warning", "bug", "resetDaily not holding lock", "lock c.mu"),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Command injection and path traversal in the firmware endpoint.
        2. SQL injection in the schedule query.
        3. Concurrency issues around the pump counter and daily usage.
        4. Resource leaks in database and HTTP handling.
        5. Input validation gaps in scheduling.
        """,
        Block([
            F("FW-CMD-INJECTION", "blocker", "security", "Shell command built from request parameters",
              "Use exec.Command with separate arguments.", conf=0.9),
            F("FW-TRAVERSAL", "blocker", "security", "Arbitrary file write via firmware name",
              "Sanitize the file name.", d=1, conf=0.85),
            F("SQLI-ZONE", "blocker", "security", "SQL injection in schedule listing", "Use query parameters.", d=1, conf=0.9),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed", "defer rows.Close().", conf=0.8),
            F("PUMP-RACE", "major", "concurrency", "Data race on active zone counter",
              "Protect with the mutex.", conf=0.8),
            F("STOP-UNLOCKED", "major", "concurrency", "StopZone is not thread-safe and may double-decrement",
              "Lock and check state.", conf=0.75),
            F("RESET-RACE", "major", "concurrency", "Daily reset races with watering updates",
              "Hold the lock during reset.", conf=0.75),
            F("AVG-OBO", "major", "correctness", "Off-by-one in moving average loop", "Use < instead of <=.", conf=0.9),
            F("HOUR-OBO", "minor", "correctness", "Hour upper bound allows 24", "Use > 23.", d=1, sd=0, n=2, conf=0.8),
            F("WEATHER-BODY-LEAK", "minor", "resource-leak", "HTTP response body not closed", "Close the body.", conf=0.7),
            F("WEATHER-NO-TIMEOUT", "minor", "reliability", "Weather request has no timeout", "Use a client with timeout.", conf=0.6),
            F("SCAN-ERROR-IGNORED", "minor", "correctness", "rows.Scan errors ignored", "Check the error.", conf=0.5),
            F("FW-COPY-IGNORED", "minor", "reliability", "Firmware write errors ignored", "Check io.Copy and Close.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 5 major, 5 minor"),
    ]),
}
