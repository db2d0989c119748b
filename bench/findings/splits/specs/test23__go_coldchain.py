"""test23/go-coldchain: a cold-storage warehouse temperature telemetry collector (net/http + database/sql). Frozen test split.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, its tuning data or
any other split's answers, specs or repositories (only tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results or any other "
    "split's data. Frozen test split test23: seeded problems in a cold-storage telemetry collector; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "APIKEY-EMPTY-BYPASS": P(M, 'if s.apiKey != "" && r.Header.Get("X-Api-Key") != s.apiKey {', "security", "COLDCHAIN_API_KEY unset -> every request is authorised (fails open)"),
    "APIKEY-TIMING": P(M, 'if s.apiKey != "" && r.Header.Get("X-Api-Key") != s.apiKey {', "security", "API key compared with != instead of subtle.ConstantTimeCompare"),
    "INGEST-BODY-UNBOUNDED": P(M, "body, err := io.ReadAll(r.Body)", "security", "whole request body read with no size limit (memory exhaustion)"),
    "INGEST-DECODE-IGNORED": P(M, "_ = json.Unmarshal(body, &batch)", "bug", "read and JSON errors ignored: malformed batches are accepted with 202 and silently dropped"),
    "LASTSEEN-MAP-RACE": P(M, "s.lastSeen[rd.SensorID] = rd.At", "bug", "lastSeen map written by concurrent handlers without the mutex (concurrent map writes crash; health reads it under RLock)", "critical-section"),
    "RECEIVED-COUNTER-RACE": P(M, "s.received++", "bug", "received counter incremented without the mutex or atomics: lost counts", "critical-section"),
    "INGEST-STORE-GOROUTINE": P(M, "go s.store(batch)", "bug", "store runs in a fire-and-forget goroutine: its error is dropped and 202 is sent before anything is saved"),
    "STORE-NO-ROLLBACK": P(M, 'return fmt.Errorf("insert %s: %w", rd.SensorID, err)', "bug", "failed insert returns without tx.Rollback: the transaction and its connection leak"),
    "STORE-COMMIT-IGNORED": P(M, "tx.Commit()", "bug", "error from tx.Commit ignored: a failed commit reports success"),
    "RECENT-TRIM-OFF-BY-ONE": P(M, "hist = hist[len(hist)-maxRecent+1:]", "bug", "+1 keeps maxRecent-1 readings instead of maxRecent", "off-by-one"),
    "WINDOW-SLICE-BOUNDS": P(M, "window := hist[len(hist)-windowSize:]", "bug", "slice start negative while fewer than windowSize readings are kept (always, given the trim): panics", "off-by-one"),
    "ALARM-DEDUP-RACE": P(M, "s.alarmed[zone.ID] = true", "bug", "alarmed checked under RLock, set later under Lock: concurrent excursions page on-call several times", "critical-section"),
    "PAGER-URL-NOT-ESCAPED": P(M, 'resp, err := http.Get(s.pagerURL + "?msg=" + msg)', "bug", "message appended to the URL without url.QueryEscape: spaces/& in zone names break or inject parameters"),
    "PAGER-NO-TIMEOUT": P(M, 'resp, err := http.Get(s.pagerURL + "?msg=" + msg)', "bug", "http.Get uses the default client with no timeout: a hung pager blocks the goroutine forever", "signature-vs-statement"),
    "PAGER-BODY-NOT-CLOSED": P(M, 'log.Printf("paged on-call for %s: %s", zone.ID, resp.Status)', "bug", "resp.Body never closed: connection leak per page"),
    "HISTORY-FROM-IGNORED": P(M, "from, _ := time.Parse(time.RFC3339", "bug", "extra, one agent: bad or missing from silently becomes the zero time (full history scan)"),
    "HISTORY-SQLI": P(M, "WHERE sensor_id = '%s'", "security", "sensor query value formatted into the SQL with Sprintf", "source-vs-sink"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q, from)", "bug", "rows never closed (no defer rows.Close, early return on scan error): connections leak"),
    "ZONE-DELETE-NO-AUTH": P(M, 's.db.Exec("DELETE FROM zones WHERE id = $1", id)', "security", "DELETE /zones/{id} is registered without s.auth: anyone can delete zones", "signature-vs-statement"),
    "EXPORT-CMD-INJECTION": P(M, 'exec.Command("sh", "-c", "gzip -c "+target)', "security", "zone query value reaches sh -c (command injection, also ../ path)", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "extra, one agent: http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("APIKEY-EMPTY-BYPASS", "APIKEY-TIMING"),
    ("INGEST-BODY-UNBOUNDED", "INGEST-DECODE-IGNORED"),
    ("LASTSEEN-MAP-RACE", "RECEIVED-COUNTER-RACE"),
    ("STORE-NO-ROLLBACK", "STORE-COMMIT-IGNORED"),
    ("RECENT-TRIM-OFF-BY-ONE", "WINDOW-SLICE-BOUNDS"),
    ("PAGER-URL-NOT-ESCAPED", "PAGER-NO-TIMEOUT"),
    ("PAGER-NO-TIMEOUT", "PAGER-BODY-NOT-CLOSED"),
    ("HISTORY-SQLI", "HISTORY-ROWS-NOT-CLOSED"),
    ("HISTORY-FROM-IGNORED", "HISTORY-SQLI"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `main.go` is a small collector: sensors POST batches of readings, the server keeps a short history per
        sensor in memory, pages on-call when a zone runs warm, and serves history and gzip exports.

        | Severity | Count | Main themes |
        |---|---|---|
        | critical | 3 | SQL and shell injection, unauthenticated zone deletion |
        | high | 2 | a data race on a shared map, a guaranteed slice panic |
        | medium | 8 | more races, lost writes and leaked connections |
        | low | 2 | auth fail-open default, pager URL encoding |

        `go vet` and `-race` were not run (no toolchain available to me); the races below are from reading the code.
        `handleZones` and `handleAck` look correct: they close rows and take the lock.
        """,
        Block([
            F("HISTORY-SQLI", "critical", "security", "SQL injection through the `sensor` parameter in `handleHistory`",
              "Bind it: `WHERE sensor_id = $1 AND at >= $2 ... LIMIT $3`.", symbol="Server.handleHistory", conf=0.95),
            F("EXPORT-CMD-INJECTION", "critical", "security", "`zone` is passed to `sh -c` in `handleExport`",
              "Validate `zone` against known zone IDs and use `exec.Command(\"gzip\", \"-c\", target)` without a shell.",
              symbol="Server.handleExport", conf=0.95),
            F("ZONE-DELETE-NO-AUTH", "critical", "security", "Zone deletion route is not wrapped in `s.auth`",
              "Register it as `s.auth(s.handleDeleteZone)` like the other write routes.", d=-2, symbol="Server.handleDeleteZone", conf=0.9),
            F("LASTSEEN-MAP-RACE", "high", "bug", "Concurrent writes to `s.lastSeen` without holding `s.mu`",
              "Take `s.mu.Lock()` around the map write; Go aborts the process on concurrent map writes.",
              symbol="Server.handleIngest", conf=0.9),
            F("RECEIVED-COUNTER-RACE", "medium", "bug", "`s.received++` is a data race",
              "Use `atomic.Int64` or increment under the mutex.", symbol="Server.handleIngest", conf=0.8),
            F("WINDOW-SLICE-BOUNDS", "high", "bug", "`hist[len(hist)-windowSize:]` panics until a sensor has `windowSize` readings",
              "Clamp the start: `start := max(0, len(hist)-windowSize)`. With the current trim the history never reaches 12 entries, so this panics on every reading.",
              symbol="Server.observe", conf=0.9),
            F("RECENT-TRIM-OFF-BY-ONE", "medium", "bug", "History trim keeps one reading fewer than `maxRecent`",
              "Use `hist[len(hist)-maxRecent:]`.", symbol="Server.observe", conf=0.85),
            F("ALARM-DEDUP-RACE", "medium", "bug", "Alarm de-duplication is check-then-set across two lock sections",
              "Check and set `s.alarmed[zone.ID]` under one `s.mu.Lock()`.", d=-2, n=3, symbol="Server.observe", conf=0.75),
            F("STORE-NO-ROLLBACK", "medium", "bug", "Transaction is not rolled back when an insert fails",
              "`defer tx.Rollback()` right after `Begin` (it is a no-op after a successful commit).", symbol="Server.store", conf=0.85),
            F("STORE-COMMIT-IGNORED", "medium", "bug", "`tx.Commit()` error is discarded",
              "`return tx.Commit()`.", symbol="Server.store", conf=0.85),
            F("INGEST-STORE-GOROUTINE", "medium", "bug", "Readings are acknowledged before they are stored, and store errors are lost",
              "Call `s.store` synchronously and return 500 on error, or hand the batch to a bounded worker that reports failures.",
              symbol="Server.handleIngest", conf=0.75),
            F("INGEST-DECODE-IGNORED", "medium", "bug", "Malformed batches are silently accepted",
              "Return 400 when reading or decoding the body fails.", symbol="Server.handleIngest", conf=0.8),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` after the error check, as `handleZones` does.", symbol="Server.handleHistory", conf=0.9),
            F("APIKEY-EMPTY-BYPASS", "low", "security", "Authentication is disabled when `COLDCHAIN_API_KEY` is empty",
              "Refuse to start without a key.", symbol="Server.auth", conf=0.7),
            F("PAGER-URL-NOT-ESCAPED", "low", "bug", "Pager message is not URL-encoded",
              "Build the query with `url.Values{\"msg\": {msg}}.Encode()`.", symbol="Server.page", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "main.go: 10 findings (read only; did not build or run -race).",
        Block([
            F("HISTORY-SQLI", "critical", "security", "User-controlled sensor param concatenated into SQL",
              "Placeholders.", d=-1),
            F("EXPORT-CMD-INJECTION", "critical", "security", "Command injection: ?zone= ends up in sh -c",
              "No shell; validate zone.", d=-2),
            F("LASTSEEN-MAP-RACE", "high", "bug", "Unsynchronized map write in handleIngest loop",
              "Lock s.mu.", d=-1),
            F("WINDOW-SLICE-BOUNDS", "high", "bug", "Slice out of range in observe when history is short",
              "Guard len(hist) < windowSize."),
            F("PAGER-NO-TIMEOUT", "medium", "bug", "page() uses http.Get without a timeout",
              "http.Client{Timeout: 10*time.Second}.", d=-2),
            F("PAGER-BODY-NOT-CLOSED", "medium", "bug", "Response body leaked in page()",
              "defer resp.Body.Close()."),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleHistory",
              "defer rows.Close()."),
            F("STORE-COMMIT-IGNORED", "medium", "bug", "Commit error ignored in store", "Check it."),
            F("INGEST-DECODE-IGNORED", "low", "bug", "json.Unmarshal error discarded", "400 on bad JSON."),
            F("APIKEY-TIMING", "low", "security", "Non-constant-time API key comparison",
              "subtle.ConstantTimeCompare."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the cold-chain telemetry collector. It is a single-file Go service built on the
        standard library's `net/http` (with Go 1.22 routing patterns) and `database/sql`.

        In a cold-chain setting the integrity and availability of temperature data matter a great deal: a lost
        excursion can mean spoiled vaccines or food. With that in mind, here are my findings, grouped by theme.

        ## Security
        """,
        Block([
            F("HISTORY-SQLI", "critical", "SQL Injection", "SQL Injection in History Endpoint",
              "Use query placeholders for all user-supplied values.", d=+1,
              desc="`fmt.Sprintf` builds the query with the raw `sensor` value, which is then passed to `s.db.Query`."),
            F("EXPORT-CMD-INJECTION", "critical", "Command Injection", "Remote Command Execution in Export Handler",
              "Avoid `sh -c`; call gzip directly or use `compress/gzip`."),
            F("ZONE-DELETE-NO-AUTH", "high", "Broken Access Control", "Unauthenticated Zone Deletion",
              "Wrap the handler with the auth middleware."),
            F("APIKEY-EMPTY-BYPASS", "high", "Authentication", "Authentication Fails Open When API Key Is Unset",
              "Treat an empty configured key as a fatal configuration error."),
            F("INGEST-BODY-UNBOUNDED", "medium", "Denial of Service", "Unbounded Request Body in Ingest",
              "Wrap the body with `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUTS", "medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("LASTSEEN-MAP-RACE", "high", "Race Condition", "Concurrent Map Writes Will Crash the Collector",
              "Guard `lastSeen` with the existing mutex.",
              desc="Each HTTP request runs in its own goroutine, so two sensors posting at once write the map concurrently; the Go runtime terminates the process with `fatal error: concurrent map writes`."),
            F("ALARM-DEDUP-RACE", "medium", "Race Condition", "Duplicate Pages Due to Non-Atomic Alarm Check",
              "Perform the check and the update while holding the write lock."),
            F("WINDOW-SLICE-BOUNDS", "high", "Runtime Panic", "Negative Slice Index in Moving Average",
              "Only compute the window once enough readings exist.", d=+1, sd=0),
            F("PAGER-URL-NOT-ESCAPED", "low", "Input Validation", "Pager Message Not URL Encoded",
              "Use `url.QueryEscape(msg)`."),
            U({"severity": "info", "category": "Maintainability", "description": "Consider splitting main.go into packages (http, storage, alarms)."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "reviewed main.go",
        Block([
            F("EXPORT-CMD-INJECTION", "error", "security", "shell injection via zone param", "exec gzip without sh", d=-1, sd=-1),
            F("HISTORY-SQLI", "error", "security", "sqli in history", "use $1"),
            F("RECEIVED-COUNTER-RACE", "warning", "", "received counter racy", "atomic.AddInt64"),
            F("INGEST-DECODE-IGNORED", "warning", "bug", "bad json accepted silently", "check err"),
            F("PAGER-BODY-NOT-CLOSED", "warning", "bug", "pager response body not closed", "resp.Body.Close()"),
        ], fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection vulnerabilities in the history and export handlers (blocker).
        2. Data races on shared state in the ingest path and in alarm handling.
        3. Slice bounds and trimming errors in the moving-average history.
        4. Resource leaks: database rows, HTTP response bodies, transactions.
        5. Missing authentication on zone deletion.
        """,
        Block([
            F("HISTORY-SQLI", "blocker", "security", "SQL injection in handleHistory", "Use parameterized query.", conf=0.95),
            F("HISTORY-FROM-IGNORED", "minor", "correctness", "Time parse error ignored for from parameter",
              "Return 400 on an invalid timestamp.", conf=0.6),
            F("HISTORY-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in handleHistory",
              "Add defer rows.Close().", conf=0.9),
            F("EXPORT-CMD-INJECTION", "blocker", "security", "Command injection in handleExport", "Do not use sh -c.", conf=0.9),
            F("ZONE-DELETE-NO-AUTH", "major", "security", "handleDeleteZone reachable without authentication",
              "Apply s.auth.", d=-2, conf=0.8),
            F("RECEIVED-COUNTER-RACE", "major", "concurrency", "Racy counters in handleIngest",
              "Protect lastSeen/received with the mutex.", d=-1, n=2, conf=0.7),
            F("ALARM-DEDUP-RACE", "major", "concurrency", "Duplicate page goroutines for the same zone",
              "Use a single critical section.", d=+2, conf=0.7),
            F("RECENT-TRIM-OFF-BY-ONE", "minor", "correctness", "Off-by-one when trimming sensor history",
              "Remove the +1.", d=-1, n=2, conf=0.8),
            F("WINDOW-SLICE-BOUNDS", "major", "correctness", "Index out of range computing the averaging window",
              "Bound the window start at 0.", d=-1, n=2, conf=0.8),
            F("PAGER-NO-TIMEOUT", "minor", "reliability", "HTTP call to pager has no timeout", "Use a client with Timeout.", conf=0.7),
            F("PAGER-BODY-NOT-CLOSED", "minor", "resource-leak", "HTTP response body not closed in page", "Close the body.", conf=0.8),
            F("STORE-NO-ROLLBACK", "major", "resource-leak", "Transaction leaked when an insert fails", "defer tx.Rollback().", conf=0.8),
            F("STORE-COMMIT-IGNORED", "major", "correctness", "Commit result not checked", "Return tx.Commit().", conf=0.8),
            F("INGEST-STORE-GOROUTINE", "minor", "reliability", "Storage errors lost in background goroutine",
              "Store synchronously.", conf=0.6),
            F("INGEST-BODY-UNBOUNDED", "minor", "security", "No limit on ingest request size", "Use MaxBytesReader.", conf=0.6),
            F("APIKEY-TIMING", "minor", "security", "API key comparison is not constant-time", "Use subtle.ConstantTimeCompare.", conf=0.5),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 7 major, 7 minor"),
    ]),
}
