"""test35/go-buoyfeed: a weather-buoy telemetry ingest and alert service (Go, net/http + database/sql). Frozen test split.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format). Labels sit next
to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test35: seeded problems in a weather-buoy telemetry ingest and alert service (net/http "
    "with Go 1.22 patterns + database/sql/pgx); five agents' answers written by hand."
)

MN = "main.go"
IN = "ingest.go"
AL = "alerts.go"

PROBLEMS = {
    "KEY-DECODE-IGNORED": P(MN, "key, _ := hex.DecodeString(hexKey)", "security",
                            "hex decode error ignored: a malformed key becomes an empty or truncated HMAC key whose signatures anyone can forge",
                            "signature-vs-statement"),
    "OPS-FAILOPEN": P(MN, 'if r.Header.Get("Authorization") != "Bearer "+s.opsToken {', "security",
                      "OPS_TOKEN unset: the header 'Bearer ' passes opsOnly", "signature-vs-statement"),
    "OPS-TIMING": P(MN, 'if r.Header.Get("Authorization") != "Bearer "+s.opsToken {', "security",
                    "ops token compared with != instead of subtle.ConstantTimeCompare"),
    "LATEST-READ-RACE": P(MN, "for _, rd := range s.latest {", "bug",
                          "handleLatest unlocks s.mu and then ranges over s.latest: concurrent map read and write (fatal error)",
                          "critical-section"),
    "RETIRE-MAP-RACE": P(MN, "delete(s.latest, buoy)", "bug",
                         "delete from s.latest without holding s.mu: races with ingest and handleLatest"),
    "RETIRE-NOAUTH": P(MN, 'if _, err := s.db.Exec("DELETE FROM readings WHERE buoy = $1", buoy); err != nil {', "security",
                       "DELETE /buoys/{buoy} is registered without opsOnly: anyone can erase a buoy's history",
                       "signature-vs-statement"),
    "SERVER-NO-TIMEOUTS": P(MN, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write/idle timeouts: slow clients hold connections (slowloris)"),
    "BODY-UNBOUNDED": P(IN, "body, err := io.ReadAll(r.Body)", "security",
                        "ingest reads the whole body before authenticating it, with no MaxBytesReader: memory exhaustion"),
    "REPLAY": P(IN, 'if !s.verify(r.PathValue("buoy"), body, r.Header.Get("X-Buoy-Signature")) {', "security",
                "extra, one agent: the signature covers no timestamp or nonce, so a captured reading can be replayed"),
    "LATEST-WRITE-RACE": P(IN, "s.latest[rd.Buoy] = rd", "bug",
                           "received++ and the s.latest map write happen without s.mu: racy counter and concurrent map writes",
                           "critical-section"),
    "BUOY-ID-MISMATCH": P(IN, "s.latest[rd.Buoy] = rd", "security",
                          "signature checked for the path buoy but the reading is stored under rd.Buoy from the body: one key writes for any buoy"),
    "LATEST-OUT-OF-ORDER": P(IN, "s.latest[rd.Buoy] = rd", "bug",
                             "latest is overwritten by any reading, even one older than the stored one (late or resent telemetry)"),
    "HISTORY-SQLI": P(IN, "q := fmt.Sprintf(", "security",
                      "hours query value formatted into the SQL interval literal: SQL injection", "source-vs-sink"),
    "HISTORY-ERR-LEAK": P(IN, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                          "database error text returned to the client"),
    "EXPORT-OFFSET-NEG": P(IN, 'rows, err := s.db.Query("SELECT buoy, at, wave_m, wind_kt FROM readings ORDER BY at LIMIT', "bug",
                           "page defaults to 0 (Atoi error ignored) and OFFSET is (page-1)*per: the default request asks for OFFSET -500 and fails",
                           "off-by-one"),
    "EXPORT-SCAN-IGNORED": P(IN, "rows.Scan(&rd.Buoy, &rd.At, &rd.WaveM, &rd.WindKt)", "bug",
                             "Scan error ignored (and rows.Err never checked): bad rows are exported as zero values"),
    "SIGWAVE-LOOP-OBO": P(AL, "for i := 0; i <= n; i++ {", "bug",
                          "i <= n sums n+1 heights (and indexes past the end when there are no heights)", "off-by-one"),
    "SIGWAVE-DIV-ZERO": P(AL, "return sum / float64(n)", "bug",
                          "fewer than three heights gives n == 0: division by zero, Hs = +Inf pages the on-call team"),
    "BATTERY-ORDER": P(AL, "drop := volts[0] - volts[len(volts)-1]", "bug",
                       "volts are newest first, so drop is negative for a draining battery and batteryDays reports +Inf"),
    "BATTERY-FENCEPOST": P(AL, "perReading := drop / float64(len(volts))", "bug",
                           "n readings span n-1 intervals: dividing by len(volts) underestimates the drop rate", "off-by-one"),
    "ALERT-DEDUP-RACE": P(AL, "if time.Since(last) < 30*time.Minute {", "bug",
                          "last-alert time read under one lock and set under another: two concurrent readings both page",
                          "critical-section"),
    "ALERT-MARKED-BEFORE-SENT": P(AL, "s.markAlerted(rd.Buoy)", "bug",
                                  "buoy marked as alerted before the page is sent: a failed page is suppressed for 30 minutes"),
    "PAGE-CMDI": P(AL, 'cmd := exec.Command("sh", "-c", "pagerctl send', "security",
                   "buoy name from the reading body concatenated into an sh -c command", "source-vs-sink"),
    "PAGE-NO-TIMEOUT": P(AL, 'cmd := exec.Command("sh", "-c", "pagerctl send', "bug",
                         "pagerctl run without a context or timeout: a hung pager leaks a goroutine per alert"),
}

CONFUSABLE = [
    ("OPS-FAILOPEN", "OPS-TIMING"),
    ("RETIRE-MAP-RACE", "RETIRE-NOAUTH"),
    ("LATEST-WRITE-RACE", "BUOY-ID-MISMATCH"),
    ("LATEST-WRITE-RACE", "LATEST-OUT-OF-ORDER"),
    ("HISTORY-SQLI", "HISTORY-ERR-LEAK"),
    ("SIGWAVE-LOOP-OBO", "SIGWAVE-DIV-ZERO"),
    ("BATTERY-ORDER", "BATTERY-FENCEPOST"),
    ("ALERT-DEDUP-RACE", "ALERT-MARKED-BEFORE-SENT"),
    ("PAGE-CMDI", "PAGE-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, `ingest.go` and `alerts.go`. The HMAC check itself is done properly (`verify`
        uses `hmac.Equal`, ingest verifies before it parses, and the rejected counter is atomic), the history
        handler closes its rows and checks `Scan` errors, and `markAlerted` holds the lock correctly. The
        problems are mostly around that core: shared maps touched without `s.mu`, the ops and retire
        endpoints' access control, and arithmetic in the wave and battery helpers.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 9 |
        | low | 5 |
        """,
        Block([
            F("HISTORY-SQLI", "critical", "security", "SQL injection through `hours` in the history query",
              "Bind it: `at > now() - make_interval(hours => $2)` with `hours` parsed by `strconv.Atoi`.",
              symbol="server.handleHistory", conf=0.95),
            F("PAGE-CMDI", "critical", "security", "Buoy name reaches `sh -c` in the pager command",
              "Run `exec.CommandContext(ctx, \"pagerctl\", \"send\", \"--team\", \"marine\", msg)` without a shell.",
              symbol="server.page", conf=0.85),
            F("PAGE-NO-TIMEOUT", "low", "bug", "Pager command has no timeout",
              "Use `exec.CommandContext` with a 30 s deadline.", symbol="server.page", conf=0.6),
            F("KEY-DECODE-IGNORED", "high", "security", "Invalid hex keys silently become short or empty HMAC keys",
              "Return the decode error from `loadBuoyKeys` and refuse to start.", symbol="decodeKey", conf=0.8),
            F("OPS-FAILOPEN", "high", "security", "`opsOnly` accepts `Bearer ` when OPS_TOKEN is unset",
              "Refuse to start without a token, or reject when `s.opsToken == \"\"`.", symbol="server.opsOnly", conf=0.85),
            F("OPS-TIMING", "low", "security", "Ops token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="server.opsOnly", conf=0.5),
            F("RETIRE-NOAUTH", "high", "security", "Retiring a buoy deletes its readings without authentication",
              "Register the route as `s.opsOnly(s.handleRetire)`.", symbol="server.handleRetire", conf=0.9),
            F("BUOY-ID-MISMATCH", "high", "security", "Reading stored under the body's buoy id, not the verified one",
              "Reject the reading unless `rd.Buoy == r.PathValue(\"buoy\")`.", symbol="server.handleIngest", conf=0.85),
            F("BODY-UNBOUNDED", "medium", "security", "Ingest body read without a size limit",
              "Wrap it in `http.MaxBytesReader(w, r.Body, 64<<10)`.", symbol="server.handleIngest", conf=0.7),
            F("HISTORY-ERR-LEAK", "low", "security", "Database errors are returned to the caller",
              "Log `err` and answer a generic message.", symbol="server.handleHistory", conf=0.6),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server runs without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.", conf=0.65),
        ]),
        """
        Concurrency and arithmetic:
        """,
        Block([
            F("LATEST-WRITE-RACE", "high", "bug", "`handleIngest` writes `s.latest` without `s.mu`",
              "Take `s.mu` around `s.received++` and the map write; concurrent ingests crash the process with `concurrent map writes`.",
              symbol="server.handleIngest", conf=0.9),
            F("LATEST-OUT-OF-ORDER", "medium", "bug", "An older reading can replace a newer one in `latest`",
              "Only replace the entry when `rd.At` is after the stored reading's time.", symbol="server.handleIngest", conf=0.65),
            F("LATEST-READ-RACE", "high", "bug", "`handleLatest` iterates `s.latest` after unlocking",
              "Move the loop inside the locked section; only the slice allocation is protected today.",
              symbol="server.handleLatest", conf=0.9),
            F("RETIRE-MAP-RACE", "medium", "bug", "`handleRetire` deletes from `s.latest` without the lock",
              "Lock `s.mu` around the delete.", symbol="server.handleRetire", conf=0.8),
            F("ALERT-DEDUP-RACE", "medium", "bug", "Alert de-duplication is check-then-set across two lock sections",
              "Check and set `s.alerting` under one lock; two readings arriving together both page.",
              symbol="server.checkAlerts", conf=0.75),
            F("ALERT-MARKED-BEFORE-SENT", "medium", "bug", "A failed page still silences the buoy for 30 minutes",
              "Mark the buoy only after `pagerctl` succeeds, or clear the mark when it fails.",
              symbol="server.checkAlerts", conf=0.65),
            F("SIGWAVE-LOOP-OBO", "high", "bug", "`significantWave` sums one height too many",
              "Loop `i < n`; with an empty slice `sorted[0]` panics.", symbol="significantWave", conf=0.85),
            F("SIGWAVE-DIV-ZERO", "medium", "bug", "`significantWave` divides by zero for fewer than three heights",
              "Return 0 (or the max) when `n == 0`; `+Inf` today pages the on-call team.", symbol="significantWave", conf=0.8),
            F("BATTERY-ORDER", "medium", "bug", "`batteryDays` takes newest minus oldest",
              "The query orders newest first, so a falling voltage gives a negative drop and the function reports +Inf days.",
              symbol="batteryDays", conf=0.75),
            F("BATTERY-FENCEPOST", "low", "bug", "Drop per reading divides by the number of readings, not intervals",
              "Divide by `len(volts) - 1`.", symbol="batteryDays", conf=0.7),
            F("EXPORT-OFFSET-NEG", "medium", "bug", "Export without `page` asks for a negative OFFSET",
              "Treat a missing or invalid page as 1 (`if page < 1 { page = 1 }`).", symbol="server.handleExport", conf=0.8),
            F("EXPORT-SCAN-IGNORED", "low", "bug", "Export ignores `Scan` errors and never checks `rows.Err()`",
              "Check both and stop the export on error.", symbol="server.handleExport", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run (no Go toolchain in the sandbox).",
        Block([
            F("HISTORY-SQLI", "critical", "security", "hours -> fmt.Sprintf SQL", "make_interval($2)", d=-1),
            F("PAGE-CMDI", "high", "security", "sh -c with buoy name from request body", "exec without shell", d=-1),
            F("OPS-FAILOPEN", "high", "security", "opsOnly: empty OPS_TOKEN accepts 'Bearer '", "fail closed", d=-2),
            F("RETIRE-NOAUTH", "high", "security", "handleRetire not behind opsOnly", "wrap route", d=-3),
            F("KEY-DECODE-IGNORED", "high", "security", "decodeKey drops hex error", "return err", d=-1),
            F("BUOY-ID-MISMATCH", "high", "security", "rd.Buoy not checked against path buoy", "compare ids"),
            F("LATEST-WRITE-RACE", "high", "bug", "s.received++ is a data race (rejected uses atomic)", "atomic.AddInt64 + s.mu for map", d=-1),
            F("LATEST-READ-RACE", "high", "bug", "range over s.latest after Unlock", "copy under lock", d=-1),
            F("ALERT-DEDUP-RACE", "medium", "bug", "duplicate pages: alerting check not atomic", "single critical section", d=-1),
            F("ALERT-MARKED-BEFORE-SENT", "low", "bug", "page failure not retried", "mark after success", d=+1),
            F("SIGWAVE-LOOP-OBO", "high", "bug", "significantWave: i <= n", "i < n", d=+1),
            F("BATTERY-FENCEPOST", "low", "bug", "batteryDays fencepost", "len-1", d=-1),
            F("EXPORT-OFFSET-NEG", "medium", "bug", "page=0 default -> OFFSET -500", "clamp page >= 1", d=-2),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the buoy telemetry service. Here is a summary of what I found.

        **Overview:** the service receives HMAC-signed readings from buoys over HTTP, stores them in
        PostgreSQL, keeps the latest reading per buoy in memory and pages an on-call team through a shell
        command when wave height or wind speed is too high.

        **Security Vulnerabilities**
        """,
        Block([
            F("HISTORY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in History Endpoint",
              "Use a bound parameter for the interval.",
              desc="The `hours` query parameter is inserted into the SQL string with `fmt.Sprintf`."),
            F("PAGE-CMDI", "HIGH", "Command Injection", "Command Injection in Pager Invocation",
              "Avoid `sh -c`; pass arguments directly."),
            F("KEY-DECODE-IGNORED", "HIGH", "Cryptography", "Ignored Error When Decoding Buoy Keys",
              "Handle the error from `hex.DecodeString`."),
            F("OPS-FAILOPEN", "HIGH", "Broken Authentication", "Ops Authentication Bypass With Empty Token",
              "Require `OPS_TOKEN` to be set.", d=-1),
            F("OPS-TIMING", "LOW", "Timing Attack", "Non-Constant-Time Token Comparison",
              "Use `crypto/subtle`."),
            F("RETIRE-NOAUTH", "HIGH", "Broken Access Control", "Unauthenticated Buoy Retirement",
              "Protect the endpoint with `opsOnly`.", d=-3),
            F("BUOY-ID-MISMATCH", "HIGH", "Spoofing", "Buoy Identity Spoofing",
              "Use the buoy id from the verified path.",
              desc="A buoy with a valid key can submit readings claiming to be any other buoy."),
            F("REPLAY", "MEDIUM", "Replay Attack", "Signed Readings Can Be Replayed",
              "Include a timestamp and nonce in the signed payload and reject old or repeated ones.",
              desc="The HMAC covers only the body; an attacker who captures one storm reading can resend it to trigger pages."),
            F("BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body",
              "Use `http.MaxBytesReader`."),
            F("HISTORY-ERR-LEAK", "LOW", "Information Disclosure", "Database Error Details Exposed",
              "Return a generic error message."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        **Concurrency and Logic Issues**
        """,
        Block([
            F("LATEST-WRITE-RACE", "HIGH", "Race Condition", "Data Race on Ingest Counters and Map",
              "Protect shared state with `s.mu`.", d=-1),
            F("LATEST-READ-RACE", "HIGH", "Race Condition", "Concurrent Map Read in Latest Handler",
              "Hold the lock while iterating.", d=+1),
            F("ALERT-DEDUP-RACE", "MEDIUM", "Race Condition", "Race Condition in Alert Deduplication",
              "Use a single locked section.", d=-2),
            U({"severity": "LOW", "category": "Style", "description": "Exported type Reading should have a doc comment."}),
            F("SIGWAVE-LOOP-OBO", "HIGH", "Logic Error", "Off-by-One in Significant Wave Height Calculation",
              "Use `i < n`."),
            F("BATTERY-ORDER", "MEDIUM", "Logic Error", "Battery Estimate Uses Reversed Voltage Order",
              "Compute oldest minus newest."),
            F("PAGE-NO-TIMEOUT", "LOW", "Availability", "Pager Command May Hang Indefinitely",
              "Use `exec.CommandContext` with a timeout."),
            F("EXPORT-SCAN-IGNORED", "LOW", "Error Handling", "Ignored Scan Errors in Export",
              "Check the error returned by `rows.Scan`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("HISTORY-SQLI", "high", "security", "sql injection via hours", "bind param", d=+1),
            F("PAGE-CMDI", "high", "security", "shell injection in pager call", "no sh -c"),
            F("OPS-FAILOPEN", "high", "security", "empty ops token lets everyone in", "check token set"),
            F("RETIRE-NOAUTH", "medium", "security", "retire endpoint has no auth", "use opsOnly"),
            F("BODY-UNBOUNDED", "medium", "", "no body size limit on ingest", "MaxBytesReader"),
            F("LATEST-WRITE-RACE", "high", "bug", "concurrent map writes on s.latest", "lock s.mu"),
            F("LATEST-READ-RACE", "high", "bug", "map iterated without lock", "lock while copying"),
            F("SIGWAVE-DIV-ZERO", "medium", "bug", "division by zero when fewer than 3 heights", "guard n == 0"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection and command injection reachable from request data.
        2. Authentication gaps on ops and retire endpoints; weak key loading.
        3. Data races on the in-memory latest map and alert state.
        4. Numeric errors in wave height, battery and export paging.
        5. Operational issues: no server timeouts, leaked error details.
        """,
        Block([
            F("HISTORY-SQLI", "blocker", "security", "SQL injection in readings history query", "Use parameters.", conf=0.9),
            F("PAGE-CMDI", "blocker", "security", "Shell command injection when paging on-call", "Avoid sh -c.", d=-1, conf=0.85),
            F("KEY-DECODE-IGNORED", "major", "security", "Buoy key decode errors ignored", "Fail on invalid keys.", d=-1, conf=0.75),
            F("OPS-FAILOPEN", "major", "security", "Ops middleware accepts empty token", "Require configured token.", conf=0.8),
            F("RETIRE-NOAUTH", "major", "security", "Retire endpoint missing authentication", "Apply opsOnly.", conf=0.85),
            F("HISTORY-ERR-LEAK", "minor", "security", "Internal error message exposed", "Hide details.", conf=0.6),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "No HTTP server timeouts", "Configure timeouts.", conf=0.6),
            F("LATEST-WRITE-RACE", "major", "concurrency", "Unsynchronized writes to latest map", "Lock s.mu.", conf=0.85),
            F("LATEST-OUT-OF-ORDER", "minor", "correctness", "Stale readings overwrite newer latest values", "Compare timestamps.", conf=0.6),
            F("LATEST-READ-RACE", "major", "concurrency", "Unsynchronized iteration of latest map", "Iterate under lock.", conf=0.85),
            F("RETIRE-MAP-RACE", "major", "concurrency", "Unsynchronized delete from latest map", "Lock s.mu.", conf=0.75),
            F("ALERT-DEDUP-RACE", "minor", "concurrency", "Alert dedup not atomic, duplicate pages possible",
              "Use one critical section.", d=+3, conf=0.6),
            F("SIGWAVE-LOOP-OBO", "major", "correctness", "Off-by-one: loop includes index n", "Use i < n.", d=-2, conf=0.8),
            F("SIGWAVE-DIV-ZERO", "major", "correctness", "Division by zero in significantWave", "Guard n == 0.", conf=0.8),
            F("BATTERY-FENCEPOST", "minor", "correctness", "Wrong divisor in battery drain estimate", "Use len(volts)-1.", conf=0.65),
            F("EXPORT-OFFSET-NEG", "major", "correctness", "Negative OFFSET for default page", "Default page to 1.", conf=0.75),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 9 major, 5 minor"),
    ]),
}
