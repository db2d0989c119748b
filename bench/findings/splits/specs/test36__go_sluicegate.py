"""test36/go-sluicegate: a hydro dam's sluice-gate command log and reservoir telemetry (Go, net/http + pgx).

Frozen test split test36; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its results, or any other split's answers, specs or repositories (apart from
specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split (test36): seeded problems in a hydro dam's sluice-gate command log and reservoir "
    "telemetry service; five agents' answers written by hand."
)

MA = "main.go"
GA = "gates.go"
TE = "telemetry.go"
CL = "commandlog.go"

PROBLEMS = {
    "STATION-XFF-SPOOF": P(MA, "if !slices.Contains(allowed, ip) {", "security", "station allow-list checks X-Forwarded-For when present: any client spoofs a station IP and posts readings", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(MA, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "extra, one agent: http.ListenAndServe without read/write timeouts (slowloris)"),
    "GATE-MAP-UNLOCKED-READ": P(GA, 'g, ok := a.gates[r.PathValue("id")]', "bug", "gates map read without a.mu while addGate writes it: concurrent map read and write"),
    "GATE-PCT-100-REJECTED": P(GA, "if !ok || cmd.OpenPct < 0 || cmd.OpenPct >= 100 {", "bug", ">= 100 rejects a fully open gate (100 %), which a flood release needs", "off-by-one"),
    "GATE-MOVING-RACE": P(GA, "g.Moving = true", "bug", "test-and-set of g.Moving without a.mu: two commands can both start drive goroutines on one gate", "critical-section"),
    "GATE-OPERATOR-FROM-BODY": P(GA, '_, err := a.db.Exec("INSERT INTO commands', "security", "operator name in the command log comes from the request body, not from the authenticated key: the log can be forged"),
    "GATE-LOG-ERROR-IGNORED": P(GA, 'log.Printf("command log: %v", err)', "bug", "gate is already driving when the log insert fails; the error is only printed and the client gets 202: unlogged gate movement"),
    "DRIVE-STOPS-SHORT": P(GA, "for pos := g.OpenPct; pos != target; pos += step {", "bug", "the loop stores pos before stepping and exits when pos == target: the gate stops one percent short of the target", "off-by-one"),
    "OUTFLOW-UNLOCKED": P(GA, "for _, g := range a.gates {", "bug", "outflow ranges over the gates map and reads OpenPct without a.mu while drive and addGate write", "critical-section", nth=1),
    "FLOW-INT-DIVISION": P(GA, "total += dischargePerPct * 100 * float64(g.OpenPct/100)", "bug", "integer division g.OpenPct/100 is 0 for every opening below 100 %: outflow always reported as 0"),
    "READINGS-RACE": P(TE, "a.readings[a.next%len(a.readings)] = t.LevelM", "bug", "readings ring buffer and a.next written from concurrent telemetry requests without a lock", "critical-section"),
    "ALARM-EVERY-READING": P(TE, "if t.LevelM >= alarmLevel {", "bug", "no de-duplication: above the alarm level every reading (every minute, every station) pages the duty officer"),
    "ALERT-NO-TIMEOUT": P(TE, 'resp, err := http.Post(a.alertURL, "text/plain", strings.NewReader(msg))', "bug", "http.Post on the default client (no timeout), called synchronously from the telemetry handler: a hung pager stalls ingest", "signature-vs-statement"),
    "ALERT-BODY-NOT-CLOSED": P(TE, 'resp, err := http.Post(a.alertURL, "text/plain", strings.NewReader(msg))', "bug", "resp.Body never closed: connections leak on every alert"),
    "LEVEL-EMPTY-PANIC": P(TE, "return a.readings[(a.next-1)%len(a.readings)]", "bug", "before the first reading a.next is 0: index -1, panic in /level/average", "signature-vs-statement"),
    "AVG-NEGATIVE-INDEX": P(TE, "sum += a.readings[(a.next-i)%len(a.readings)]", "bug", "(a.next-i) is negative while fewer than n readings exist: Go's % keeps the sign, index out of range", "off-by-one"),
    "AVG-N-UNCHECKED": P(TE, "return sum / float64(n)", "bug", "minutes not bounded: 0 gives NaN (the JSON encoder fails, empty 200), more than the buffer counts readings twice"),
    "REPLAY-FROM-SQLI": P(CL, 'rows, err := a.db.Query(fmt.Sprintf("SELECT open_pct FROM commands', "security", "from query value formatted into the replay SQL", "source-vs-sink"),
    "REPLAY-GATE-SQLI": P(CL, 'rows, err := a.db.Query(fmt.Sprintf("SELECT open_pct FROM commands', "security", "gate path value ({id}, URL-decoded, may hold a quote) formatted into the same SQL"),
    "REPLAY-DB-ERROR-LEAK": P(CL, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client (helps the injection above)"),
    "REPLAY-ROWS-NOT-CLOSED": P(CL, "for rows.Next() {", "bug", "rows never closed and rows.Err() never checked: connection leak, a failed iteration reported as success"),
    "REPLAY-SCAN-IGNORED": P(CL, "rows.Scan(&pct)", "bug", "Scan error ignored: pct stays 0 and the gate is commanded shut"),
    "REPLAY-SHELL-INJECTION": P(CL, 'cmd := exec.Command("sh", "-c", "gatectl set "', "security", "gate id path value concatenated into an sh -c command line"),
    "EXPORT-TRAVERSAL": P(CL, "http.ServeFile(w, r, filepath.Join(exportDir, name))", "security", "file query value joined to the export dir: ../ serves any file", "signature-vs-statement"),
}

CONFUSABLE = [
    ("GATE-MAP-UNLOCKED-READ", "GATE-PCT-100-REJECTED"),
    ("GATE-OPERATOR-FROM-BODY", "GATE-LOG-ERROR-IGNORED"),
    ("OUTFLOW-UNLOCKED", "FLOW-INT-DIVISION"),
    ("READINGS-RACE", "ALARM-EVERY-READING"),
    ("ALERT-NO-TIMEOUT", "ALERT-BODY-NOT-CLOSED"),
    ("AVG-NEGATIVE-INDEX", "AVG-N-UNCHECKED"),
    ("REPLAY-FROM-SQLI", "REPLAY-GATE-SQLI"),
    ("REPLAY-FROM-SQLI", "REPLAY-DB-ERROR-LEAK"),
    ("REPLAY-ROWS-NOT-CLOSED", "REPLAY-SCAN-IGNORED"),
    ("REPLAY-SCAN-IGNORED", "REPLAY-SHELL-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `sluicegate`, the service that drives the dam's sluice gates, keeps the command log and
        ingests reservoir readings. Because its output moves physical gates, I rated problems that can move a
        gate to the wrong position, or move it without a log record, as high even where they are "only" bugs.

        **Highest priority**

        - `replay` builds SQL from `from` and the gate id, and runs a shell command with the gate id.
          Anyone holding an operator key can read the database or run commands on the host; a scan error
          there commands the gate shut.
        - `fromStation` trusts `X-Forwarded-For`, so anyone can post fake reservoir levels.
        - `commandGate` has an unsynchronised test-and-set on `Moving`, reads the gates map without the
          lock, and rejects 100 % openings.
        - `drive` never reaches its target; `outflow` always reports 0.

        **Also**

        - Telemetry state (`readings`, `next`) is shared between requests without a lock, and the average
          and current-level helpers index the ring buffer with negative indices.
        - `notify` has no timeout, leaks response bodies, and fires on every reading above the alarm level.
        - `/exports` is a path traversal.
        """,
        Block([
            F("REPLAY-FROM-SQLI", "critical", "security", "SQL injection via the `from` parameter in `replay`",
              "Use placeholders: `a.db.Query(\"... WHERE gate = $1 AND issued_at >= $2 ...\", id, from)` and parse `from` as RFC 3339 first.",
              symbol="App.replay", conf=0.95),
            F("REPLAY-GATE-SQLI", "high", "security", "Gate id from the path is also formatted into the replay query",
              "Bind it as `$1`; `PathValue` is URL-decoded and can contain a quote.", symbol="App.replay", conf=0.85),
            F("REPLAY-SHELL-INJECTION", "critical", "security", "Shell command built from the gate id in `replay`",
              "Call `exec.Command(\"gatectl\", \"set\", id, strconv.Itoa(pct))` without `sh -c`, and check `id` against the known gates.",
              symbol="App.replay", conf=0.9),
            F("REPLAY-DB-ERROR-LEAK", "medium", "security", "Database error text returned to the client",
              "Log `err` and return a generic 500.", symbol="App.replay", conf=0.7),
            F("REPLAY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `replay`",
              "Add `defer rows.Close()` after the error check and check `rows.Err()` after the loop.", symbol="App.replay", conf=0.85),
            F("REPLAY-SCAN-IGNORED", "high", "bug", "A failed `Scan` replays an opening of 0 %",
              "Check the error and abort the replay; as written a bad row closes the gate.", symbol="App.replay", conf=0.8),
            F("STATION-XFF-SPOOF", "high", "security", "Station allow-list can be bypassed with `X-Forwarded-For`",
              "Only honour `X-Forwarded-For` from a configured reverse proxy, or authenticate stations with a key or mTLS.",
              symbol="fromStation", conf=0.85),
            F("GATE-MOVING-RACE", "high", "bug", "`Moving` test-and-set is not atomic",
              "Do the read and the write of `g.Moving` under `a.mu`; two concurrent commands can both see `busy == false` and start two `drive` goroutines.",
              sd=-1, n=3, symbol="App.commandGate", conf=0.85),
            F("GATE-MAP-UNLOCKED-READ", "medium", "bug", "`a.gates` read without `a.mu` in `commandGate`",
              "`addGate` writes the map under the lock; reads must take it too or the runtime can abort with a concurrent map access.",
              symbol="App.commandGate", conf=0.8),
            F("GATE-PCT-100-REJECTED", "medium", "bug", "A fully open gate (100 %) is rejected",
              "Use `cmd.OpenPct > 100`.", symbol="App.commandGate", conf=0.85),
            F("GATE-OPERATOR-FROM-BODY", "medium", "security", "Operator recorded in the command log is whatever the client sends",
              "Derive the operator from the credential (one key per operator) instead of the JSON body.", symbol="App.commandGate", conf=0.7),
            F("GATE-LOG-ERROR-IGNORED", "high", "bug", "Gate moves even when the command cannot be logged",
              "Insert the log row first and only start `drive` when it succeeded; return 500 otherwise.",
              symbol="App.commandGate", conf=0.8),
            F("DRIVE-STOPS-SHORT", "high", "bug", "`drive` never sets the target position",
              "The loop writes `pos` and then exits when `pos == target`, so the gate ends one step short. Set `g.OpenPct = target` after the loop (under the lock).",
              symbol="App.drive", conf=0.85),
            F("FLOW-INT-DIVISION", "high", "bug", "Outflow is always 0 because of integer division",
              "`g.OpenPct/100` is an int; use `dischargePerPct * float64(g.OpenPct)`.", symbol="App.outflow", conf=0.9),
            F("OUTFLOW-UNLOCKED", "medium", "bug", "`outflow` iterates the gates map without the lock",
              "Take `a.mu` while summing, as `gateStatus` does.", symbol="App.outflow", conf=0.75),
            F("READINGS-RACE", "medium", "bug", "Ring buffer and `next` updated concurrently without synchronisation",
              "Guard `readings`/`next` with a mutex (and take it in `level` and `averageLevel`).", n=2, symbol="App.ingest", conf=0.8),
            F("ALARM-EVERY-READING", "low", "bug", "Alarm fires on every reading above the threshold",
              "Track the alarm state and page once on crossing (with hysteresis).", symbol="App.ingest", conf=0.7),
            F("ALERT-NO-TIMEOUT", "medium", "bug", "`notify` uses `http.Post` without a timeout, inside the request",
              "Use an `http.Client{Timeout: 5 * time.Second}` and send alerts from a goroutine or queue.", symbol="App.notify", conf=0.8),
            F("ALERT-BODY-NOT-CLOSED", "low", "bug", "Alert response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="App.notify", conf=0.8),
            F("LEVEL-EMPTY-PANIC", "medium", "bug", "`level` panics before the first reading",
              "`(a.next-1) % len` is -1 when `next == 0`; return an error or `NaN` when there are no readings.",
              symbol="App.level", conf=0.8),
            F("AVG-NEGATIVE-INDEX", "medium", "bug", "`averageLevel` indexes with a negative value early on",
              "Go's `%` keeps the sign: add `len(a.readings)` before taking the modulus and cap `n` at the number of readings.",
              symbol="App.averageLevel", conf=0.8),
            F("AVG-N-UNCHECKED", "low", "bug", "`minutes` is not bounded",
              "Reject `n < 1` and `n > len(a.readings)`; `n == 0` returns NaN, which `json.Encoder` refuses to encode.",
              symbol="App.averageLevel", conf=0.7),
            F("EXPORT-TRAVERSAL", "high", "security", "Path traversal in `exportLog`",
              "Reject names that are not `YYYY-MM-DD.csv` (or use `filepath.Base` and `os.Root`).", symbol="App.exportLog", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "`go vet` and the race detector were not run. Findings below, most severe first.",
        Block([
            F("REPLAY-FROM-SQLI", "critical", "security", "SQL injection in replay (from param)", "Placeholders.", d=-1),
            F("REPLAY-SHELL-INJECTION", "critical", "security", "sh -c with path value in replay", "exec gatectl directly."),
            F("REPLAY-DB-ERROR-LEAK", "low", "security", "err.Error() sent to client", "Generic message."),
            F("REPLAY-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("REPLAY-SCAN-IGNORED", "high", "bug", "Scan error ignored -> replays 0%", "Check err."),
            F("EXPORT-TRAVERSAL", "high", "security", "exportLog serves arbitrary paths", "filepath.Base + allow-list.", d=-2),
            F("STATION-XFF-SPOOF", "high", "security", "fromStation trusts X-Forwarded-For", "Use RemoteAddr.", d=-3),
            F("GATE-MOVING-RACE", "high", "bug", "Data race on Gate.Moving", "Lock a.mu.", d=-1),
            F("GATE-PCT-100-REJECTED", "medium", "bug", "open_pct=100 rejected", "> 100.", d=+1, sd=0),
            F("GATE-LOG-ERROR-IGNORED", "medium", "bug", "Command-log insert failure ignored", "Fail the request.", d=-2),
            F("FLOW-INT-DIVISION", "high", "bug", "Integer division zeroes outflow", "float64(g.OpenPct) / 100."),
            F("READINGS-RACE", "medium", "bug", "Unsynchronized a.next++", "Mutex.", d=+1),
            F("ALERT-NO-TIMEOUT", "medium", "bug", "notify: default client, no timeout", "Client with Timeout.", d=-1),
            F("LEVEL-EMPTY-PANIC", "medium", "bug", "level(): negative index when no readings", "Guard next == 0.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the sluicegate service. This is safety-relevant software: it drives the
        sluice gates of a dam, so both security and correctness problems can have physical consequences.

        ## Security Findings
        """,
        Block([
            F("REPLAY-FROM-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Command Replay",
              "Use parameterized queries.",
              desc="The `from` query parameter is formatted into the SQL string with `fmt.Sprintf`."),
            F("REPLAY-GATE-SQLI", "HIGH", "SQL Injection", "SQL Injection via Gate ID Path Parameter",
              "Bind the gate id as a parameter."),
            F("REPLAY-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in gatectl Invocation",
              "Avoid `sh -c`; pass arguments directly."),
            F("REPLAY-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message."),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Export Download",
              "Sanitize the `file` parameter.", d=-1),
            F("STATION-XFF-SPOOF", "HIGH", "Broken Access Control", "IP Allow-List Bypass via Spoofed Header",
              "Do not trust client-supplied forwarding headers."),
            F("GATE-OPERATOR-FROM-BODY", "MEDIUM", "Broken Access Control", "Operator Identity Not Bound to Credentials",
              "Identify operators by their key."),
            F("SERVER-NO-TIMEOUTS", "LOW", "Security Misconfiguration", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Findings
        """,
        Block([
            F("GATE-MOVING-RACE", "major", "Race Condition", "Race Condition When Starting Gate Movement",
              "Protect the check and update with the mutex.", d=+1,
              desc="Two concurrent commands can both observe `Moving == false`, and two goroutines then drive the same gate in opposite directions."),
            F("GATE-MAP-UNLOCKED-READ", "major", "Race Condition", "Unsynchronized Map Access in commandGate",
              "Lock `a.mu` around the lookup."),
            F("OUTFLOW-UNLOCKED", "minor", "Race Condition", "Unsynchronized Map Iteration in outflow",
              "Lock the mutex.", d=-2),
            F("FLOW-INT-DIVISION", "major", "Calculation Error", "Outflow Calculation Truncated by Integer Division",
              "Convert to float before dividing."),
            F("DRIVE-STOPS-SHORT", "major", "Off-by-one Error", "Gate Never Reaches Target Position",
              "Set the final position after the loop.", d=+2),
            F("READINGS-RACE", "major", "Race Condition", "Concurrent Writes to Readings Buffer",
              "Use a mutex."),
            F("ALARM-EVERY-READING", "minor", "Business Logic", "Alarm Notification Flood",
              "Send the alarm once per threshold crossing.", d=+1),
            F("ALERT-NO-TIMEOUT", "minor", "Resource Exhaustion", "Blocking Alert Call Without Timeout",
              "Use a client with a timeout.", d=-1),
            F("AVG-NEGATIVE-INDEX", "major", "Index Out of Range", "Negative Index in averageLevel",
              "Handle the wrap-around correctly.", d=-1),
            F("AVG-N-UNCHECKED", "minor", "Division by Zero", "Division by Zero When minutes=0",
              "Validate `n`."),
            U({"severity": "info", "category": "style", "description": "Consider structured logging with log/slog."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Review done. Main issues:",
        Block([
            F("REPLAY-FROM-SQLI", "error", "security", "sql injection in replay", "use $1/$2"),
            F("REPLAY-SHELL-INJECTION", "error", "security", "command injection via sh -c", "exec.Command without shell"),
            F("EXPORT-TRAVERSAL", "error", "security", "path traversal in /exports", "filepath.Base"),
            F("GATE-MOVING-RACE", "warning", "", "race on gate Moving flag", "hold a.mu"),
            F("FLOW-INT-DIVISION", "warning", "bug", "outflow int division -> always 0", "float math"),
            F("AVG-NEGATIVE-INDEX", "warning", "bug", "negative ring buffer index", "fix modulo"),
            F("ALERT-BODY-NOT-CLOSED", "info", "bug", "alert response body leaked", "close body"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL and command injection in the replay endpoint.
        2. Access control: spoofable station allow-list, traversal in exports.
        3. Concurrency: gate state, the gates map and the readings buffer are shared without locking.
        4. Correctness: gate position and outflow calculations, ring-buffer indexing.
        5. Resource handling: unclosed rows and response bodies.
        """,
        Block([
            F("REPLAY-FROM-SQLI", "blocker", "security", "SQL injection in replay query",
              "Use query parameters.", d=-1, conf=0.9),
            F("REPLAY-GATE-SQLI", "major", "security", "Gate ID injected into SQL",
              "Use query parameters.", conf=0.75),
            F("REPLAY-SHELL-INJECTION", "blocker", "security", "Command injection in replay",
              "Avoid the shell.", conf=0.85),
            F("REPLAY-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in replay",
              "defer rows.Close().", conf=0.8),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in export download",
              "Validate the file name.", conf=0.85),
            F("STATION-XFF-SPOOF", "major", "security", "Spoofable X-Forwarded-For in station check",
              "Use the connection address.", d=-2, conf=0.8),
            F("GATE-MAP-UNLOCKED-READ", "major", "concurrency", "Map read without lock",
              "Lock the mutex.", conf=0.7),
            F("GATE-PCT-100-REJECTED", "minor", "correctness", "Upper bound excludes 100 percent",
              "Use > 100.", conf=0.75),
            F("GATE-MOVING-RACE", "major", "concurrency", "Non-atomic check of gate Moving state",
              "Use the mutex.", conf=0.8),
            F("GATE-OPERATOR-FROM-BODY", "minor", "security", "Operator name trusted from request body",
              "Bind operator to the key.", conf=0.6),
            F("GATE-LOG-ERROR-IGNORED", "major", "error-handling", "Command log failure not reported",
              "Return an error.", d=-1, conf=0.7),
            F("DRIVE-STOPS-SHORT", "major", "correctness", "Off-by-one: gate stops before target",
              "Set the target after the loop.", conf=0.8),
            F("FLOW-INT-DIVISION", "major", "correctness", "Integer division in outflow",
              "Use floating point.", conf=0.85),
            F("OUTFLOW-UNLOCKED", "minor", "concurrency", "outflow reads gates without lock",
              "Lock the mutex.", conf=0.65),
            F("READINGS-RACE", "major", "concurrency", "Data race on readings buffer",
              "Add a mutex.", d=+1, conf=0.75),
            F("ALARM-EVERY-READING", "minor", "reliability", "Repeated alarm notifications",
              "Deduplicate alarms.", conf=0.6),
            F("ALERT-NO-TIMEOUT", "minor", "reliability", "No timeout on alert HTTP call",
              "Use a client timeout.", conf=0.7),
            F("ALERT-BODY-NOT-CLOSED", "minor", "resource-leak", "Response body not closed in notify",
              "Close the body.", conf=0.8),
            F("LEVEL-EMPTY-PANIC", "major", "correctness", "Index out of range in level() with no readings",
              "Check next > 0.", conf=0.75),
            F("AVG-NEGATIVE-INDEX", "major", "correctness", "Negative modulo index in averageLevel",
              "Normalize the index.", conf=0.75),
        ], wrap="object+summary", summary="20 issues: 2 blocker, 11 major, 7 minor"),
    ]),
}
