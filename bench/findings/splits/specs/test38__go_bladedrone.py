"""test38/go-bladedrone: a wind farm's drone blade-inspection flight and defect log (Go, net/http + database/sql).

Written 2026-12-03 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or the other splits. "
    "Frozen test split test38: seeded problems in a wind farm's drone inspection log; five agents' answers written "
    "by hand."
)

M = "main.go"
FL = "flights.go"
D = "defects.go"

PROBLEMS = {
    "AIRBORNE-RACE": P(FL, "if !busy {", "bug", "inFlight map read and written in startFlight without a.mu: concurrent map access, two flights for one drone", "critical-section"),
    "FLIGHT-ID-COLLISION": P(FL, 'f.ID = fmt.Sprintf("%s-%d", f.Drone, time.Now().Unix())', "bug", "flight id from drone and Unix seconds: two flights in one second collide"),
    "BATTERY-SKIPS-FIRST": P(FL, "for i := 1; i < len(f.Battery); i++ {", "bug", "loop starts at 1: the first battery sample is never considered for the minimum", "off-by-one"),
    "BATTERY-EMPTY": P(FL, "minBattery := 100", "bug", "a flight with no telemetry is recorded with a 100% minimum battery"),
    "END-DB-ERROR-LEAK": P(FL, 'http.Error(w, "saving flight: "+err.Error()', "security", "database error text returned to the client"),
    "END-DELETE-RACE": P(FL, "delete(a.inFlight, f.Drone)", "bug", "delete from inFlight outside the mutex taken a few lines earlier: concurrent map write", "critical-section"),
    "GETFLIGHT-SCAN-IGNORED": P(FL, "row.Scan(&f.ID, &f.Drone", "bug", "Scan error ignored: unknown id returns an empty flight with 200", "signature-vs-statement"),
    "TELEMETRY-DECODE-IGNORED": P(FL, "json.NewDecoder(r.Body).Decode(&s)", "bug", "Decode error ignored (and no size limit): garbage telemetry is accepted as a zero sample", "signature-vs-statement"),
    "BATTERY-APPEND-RACE": P(FL, "f.Battery = append(f.Battery, s.Battery)", "bug", "append to f.Battery after the mutex is released: lost samples, race with endFlight", "critical-section"),
    "UPLOADS-COUNTER-RACE": P(FL, "a.uploads++", "bug", "uploads counter incremented without the mutex", "critical-section"),
    "TELEMETRY-NO-AUTH": P(M, 'mux.HandleFunc("POST /telemetry", app.telemetry)', "security", "telemetry endpoint has no pilot key: anyone can inject battery samples"),
    "IMAGES-PUBLIC": P(M, 'mux.HandleFunc("GET /images", app.image)', "security", "extra, one agent: inspection images served without the pilot key"),
    "SEVERITY-INDEX": P(D, "label := severities[d.Severity]", "bug", "1-based severity indexes a 0-based slice: 5 panics, 4 is treated as stop", "off-by-one"),
    "ALERT-JSON-SPRINTF": P(D, 'body := fmt.Sprintf(`{"text":"STOP turbine', "bug", "alert JSON built with Sprintf: a quote in the note or turbine breaks (or injects into) the payload"),
    "ALERT-BODY-LEAK": P(D, 'resp, err := http.Post(os.Getenv("CONTROL_ROOM_HOOK")', "bug", "resp.Body never closed and no client timeout: connections leak, goroutine can hang"),
    "DEFECTS-TURBINE-SQLI": P(D, "WHERE turbine = '\" + turbine + \"'\"", "security", "turbine query value concatenated into SQL", "source-vs-sink"),
    "DEFECTS-MIN-SQLI": P(D, 'q += " AND severity >= " + minSev', "security", "min query value appended to SQL unparsed"),
    "DEFECTS-ROWS-LEAK": P(D, "rows, err := a.db.Query(q)", "bug", "rows never closed in listDefects (unlike coverageFor): connections leak"),
    "DEFECTS-SCAN-IGNORED": P(D, "rows.Scan(&d.ID, &d.Turbine", "bug", "Scan error ignored; rows.Err never checked"),
    "IMAGE-TRAVERSAL": P(D, "f, err := os.Open(filepath.Join(imageDir, name))", "security", "file query value joined to imageDir: ../ reads any file", "source-vs-sink"),
    "REPORT-FORMAT-INJECTION": P(D, '"bladereport --turbine "+tid+" --format "+format', "security", "format query value in an sh -c command", "source-vs-sink"),
    "REPORT-TID-INJECTION": P(D, '"bladereport --turbine "+tid+" --format "+format', "security", "turbine path value in the same shell string"),
    "COVERAGE-TIP-INDEX": P(D, "seen[int(r/bandM)] = true", "bug", "a defect at the blade tip (r == length) indexes one past the bands: panic", "off-by-one"),
}

CONFUSABLE = [
    ("AIRBORNE-RACE", "FLIGHT-ID-COLLISION"),
    ("BATTERY-SKIPS-FIRST", "BATTERY-EMPTY"),
    ("END-DB-ERROR-LEAK", "END-DELETE-RACE"),
    ("BATTERY-APPEND-RACE", "UPLOADS-COUNTER-RACE"),
    ("TELEMETRY-NO-AUTH", "IMAGES-PUBLIC"),
    ("ALERT-JSON-SPRINTF", "ALERT-BODY-LEAK"),
    ("DEFECTS-TURBINE-SQLI", "DEFECTS-MIN-SQLI"),
    ("DEFECTS-MIN-SQLI", "DEFECTS-ROWS-LEAK"),
    ("REPORT-FORMAT-INJECTION", "REPORT-TID-INJECTION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of `bladedrone`

        The pilot-key middleware is sound (it refuses to start without `PILOT_KEY` and compares with
        `subtle.ConstantTimeCompare`), but two public routes reach a shell and the filesystem, and the in-memory
        flight table is touched without its mutex in three places.

        | Priority | Findings |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 8 |
        | low | 2 |
        """,
        Block([
            F("REPORT-FORMAT-INJECTION", "critical", "security", "Shell injection via `format` in the turbine report",
              "Run `exec.Command(\"bladereport\", \"--turbine\", tid, \"--format\", format)` without `sh -c`, and allow-list `format`.",
              symbol="App.report", conf=0.9),
            F("REPORT-TID-INJECTION", "high", "security", "`tid` path value is also concatenated into the shell command",
              "Validate the turbine id (e.g. `^[A-Z]{2}\\d{2}$`) before use; dropping the shell fixes the injection itself.",
              symbol="App.report", conf=0.7),
            F("DEFECTS-TURBINE-SQLI", "critical", "security", "SQL injection through the `turbine` filter",
              "Use `WHERE turbine = $1` and pass `turbine` as an argument.", symbol="App.listDefects", conf=0.95),
            F("DEFECTS-MIN-SQLI", "high", "security", "`min` is appended to the SQL text without parsing",
              "`strconv.Atoi(minSev)` and bind it as `$2`.", symbol="App.listDefects", conf=0.85),
            F("DEFECTS-ROWS-LEAK", "medium", "bug", "`listDefects` never closes `rows`",
              "`defer rows.Close()` after the error check, as `coverageFor` does.", symbol="App.listDefects", conf=0.85),
            F("IMAGE-TRAVERSAL", "critical", "security", "Path traversal in `/images`",
              "Reject names that are not a single clean path element (`filepath.Base(name) != name`) or use `os.Root` (Go 1.24).",
              symbol="App.image", conf=0.9),
            F("AIRBORNE-RACE", "high", "bug", "`startFlight` reads and writes `inFlight` without holding `a.mu`",
              "Take `a.mu` around the lookup and insert; concurrent map writes crash the process and two pilots can claim one drone.",
              d=-1, n=3, symbol="App.startFlight", conf=0.85),
            F("END-DELETE-RACE", "high", "bug", "`endFlight` deletes from `inFlight` after releasing the mutex",
              "Delete under `a.mu`.", symbol="App.endFlight", conf=0.85),
            F("BATTERY-APPEND-RACE", "medium", "bug", "Battery samples appended without synchronisation",
              "Append while holding `a.mu`; the lock is released one line before the write.", d=-1, n=2,
              symbol="App.telemetry", conf=0.8),
            F("UPLOADS-COUNTER-RACE", "low", "bug", "`a.uploads` is a racy counter",
              "Use `atomic.Int64` or increment under the mutex.", symbol="App.telemetry", conf=0.7),
            F("TELEMETRY-NO-AUTH", "medium", "security", "Telemetry is accepted without the pilot key",
              "Wrap `app.telemetry` in `pilotOnly` (or a per-drone token).", conf=0.75),
            F("BATTERY-SKIPS-FIRST", "medium", "bug", "Minimum battery ignores the first sample",
              "Start the loop at 0 (or `for _, b := range f.Battery`).", symbol="App.endFlight", conf=0.85),
            F("END-DB-ERROR-LEAK", "low", "security", "Database error returned to the caller",
              "Log `err` and return a generic message.", symbol="App.endFlight", conf=0.7),
            F("GETFLIGHT-SCAN-IGNORED", "medium", "bug", "`getFlight` ignores `Scan`'s error",
              "Return 404 on `sql.ErrNoRows` and 500 on other errors; today an unknown id gives an empty flight.",
              symbol="App.getFlight", conf=0.85),
            F("SEVERITY-INDEX", "high", "bug", "Severity label lookup is off by one",
              "Severities are 1-5 but the slice is 0-based: use `severities[d.Severity-1]`. Severity 5 panics and severity 4 pages the control room.",
              symbol="App.logDefect", conf=0.9),
            F("ALERT-BODY-LEAK", "medium", "bug", "Control-room webhook response body is never closed",
              "`defer resp.Body.Close()` and use an `http.Client` with a timeout.", symbol="alertControlRoom", conf=0.8),
            F("ALERT-JSON-SPRINTF", "medium", "bug", "Alert payload is built with `Sprintf`",
              "Marshal a struct with `encoding/json`; a `\"` in the note produces invalid JSON.", symbol="alertControlRoom", conf=0.75),
            F("COVERAGE-TIP-INDEX", "medium", "bug", "`coverage` panics for a defect at the blade tip",
              "`int(60/5)` bands are indices 0-11; a radius of 60 m maps to 12. Clamp to `len(seen)-1`.",
              symbol="coverage", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "`go vet` and the race detector were not run.",
        Block([
            F("REPORT-FORMAT-INJECTION", "critical", "security", "sh -c with ?format= (command injection)", "No shell.", d=-1),
            F("DEFECTS-TURBINE-SQLI", "critical", "security", "SQL injection via ?turbine=", "Placeholders.", d=-1),
            F("DEFECTS-MIN-SQLI", "high", "security", "SQL injection via ?min=", "Atoi + placeholder.", d=-1),
            F("IMAGE-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "filepath.Base check.", d=-1),
            F("AIRBORNE-RACE", "high", "bug", "Unsynchronised map access in startFlight", "Lock a.mu.", d=+1),
            F("END-DELETE-RACE", "high", "bug", "delete(a.inFlight) after Unlock", "Hold the lock."),
            F("BATTERY-APPEND-RACE", "medium", "bug", "Data race on Flight.Battery", "Append under lock.", d=-2),
            F("SEVERITY-INDEX", "high", "bug", "severities[d.Severity] out of range for 5", "d.Severity-1."),
            F("GETFLIGHT-SCAN-IGNORED", "medium", "bug", "getFlight: Scan error dropped", "Handle sql.ErrNoRows.", d=-3),
            F("DEFECTS-ROWS-LEAK", "medium", "bug", "rows not closed in listDefects", "defer rows.Close()."),
            F("ALERT-BODY-LEAK", "low", "bug", "Webhook resp.Body leaked", "Close body."),
            F("BATTERY-SKIPS-FIRST", "low", "bug", "min battery loop skips index 0", "i := 0."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `bladedrone` service, which logs drone inspection flights and blade defects for
        a wind farm. Here is a summary of what I found.

        **Critical and High Severity**
        """,
        Block([
            F("REPORT-FORMAT-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Turbine Report",
              "Avoid invoking a shell.", desc="User-controlled `format` is concatenated into a `sh -c` command string."),
            F("REPORT-TID-INJECTION", "HIGH", "Command Injection", "Unsanitized Turbine ID in Shell Command",
              "Validate the turbine ID.", d=-2),
            F("DEFECTS-TURBINE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Defect Listing", "Use parameterized queries."),
            F("IMAGE-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Image Download", "Sanitize the file name."),
            F("IMAGES-PUBLIC", "MEDIUM", "Broken Access Control", "Inspection Images Accessible Without Authentication",
              "Protect the images route with `pilotOnly`."),
            F("TELEMETRY-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Telemetry Endpoint",
              "Require the pilot key."),
            F("AIRBORNE-RACE", "HIGH", "Race Condition", "Concurrent Map Access in startFlight",
              "Guard the map with the existing mutex.", d=-1),
        ], wrap="list"),
        """
        **Medium and Low Severity**
        """,
        Block([
            F("SEVERITY-INDEX", "major", "Index Out of Range", "Severity Index Out of Range", "Subtract one from the severity.",
              desc="Validation accepts 1 to 5, but the slice has indices 0 to 4."),
            F("BATTERY-APPEND-RACE", "major", "Race Condition", "Race Condition on Battery Samples", "Hold the lock while appending.", d=-1, sd=0),
            F("UPLOADS-COUNTER-RACE", "minor", "Race Condition", "Non-atomic Upload Counter", "Use sync/atomic.", d=-2, n=3),
            F("TELEMETRY-DECODE-IGNORED", "minor", "Error Handling", "Ignored JSON Decode Error in Telemetry",
              "Check the error and limit the body size.", d=-2),
            F("FLIGHT-ID-COLLISION", "minor", "Data Integrity", "Flight ID Collisions", "Use a UUID."),
            F("BATTERY-EMPTY", "minor", "Business Logic", "Missing Telemetry Reported as Full Battery",
              "Store NULL when no samples were received."),
            F("END-DB-ERROR-LEAK", "minor", "Information Disclosure", "Database Error Disclosure", "Return a generic error."),
            U({"severity": "info", "category": "style", "description": "The struct literal on one line is unusual; run gofmt."}),
            F("ALERT-JSON-SPRINTF", "minor", "Input Validation", "JSON Constructed via String Formatting", "Use json.Marshal."),
            F("DEFECTS-SCAN-IGNORED", "minor", "Error Handling", "Ignored Scan Errors When Listing Defects", "Check the error from Scan."),
            F("COVERAGE-TIP-INDEX", "major", "Index Out of Range", "Index Out of Range at Blade Tip",
              "Clamp the band index.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("REPORT-FORMAT-INJECTION", "error", "security", "shell injection in report (format param)", "exec without sh"),
            F("DEFECTS-TURBINE-SQLI", "error", "security", "sql injection in listDefects", "use $1"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("AIRBORNE-RACE", "error", "", "inFlight map used without lock in startFlight", "lock a.mu", d=-1),
            F("END-DELETE-RACE", "warning", "bug", "delete outside lock", "move under lock", d=+1, sd=0),
            F("SEVERITY-INDEX", "warning", "bug", "severity index off by one", "use -1"),
            F("COVERAGE-TIP-INDEX", "warning", "bug", "coverage index out of range at tip", "clamp"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Command injection in the turbine report and SQL injection in the defect list.
        2. Path traversal when serving inspection images.
        3. Shared flight state accessed without synchronisation.
        4. Several ignored errors and leaked resources.
        """,
        Block([
            F("REPORT-FORMAT-INJECTION", "blocker", "security", "OS command injection in report generation", "Do not use sh -c.", d=-1, conf=0.9),
            F("DEFECTS-TURBINE-SQLI", "blocker", "security", "SQL injection in defect query", "Use placeholders.", conf=0.9),
            F("DEFECTS-MIN-SQLI", "major", "security", "Unvalidated severity filter concatenated into SQL", "Parse as integer.", conf=0.8),
            F("DEFECTS-ROWS-LEAK", "major", "resource-leak", "Query rows not closed", "Close rows.", d=+1, sd=0, conf=0.8),
            F("IMAGE-TRAVERSAL", "major", "security", "Path traversal in image handler", "Validate the path.", conf=0.85),
            F("AIRBORNE-RACE", "major", "concurrency", "Race on inFlight map in startFlight", "Use the mutex.", d=+1, conf=0.8),
            F("END-DELETE-RACE", "major", "concurrency", "Map delete without lock in endFlight", "Lock before delete.", conf=0.8),
            F("BATTERY-APPEND-RACE", "major", "concurrency", "Unsynchronised append to battery samples", "Append under lock.", conf=0.75),
            F("UPLOADS-COUNTER-RACE", "minor", "concurrency", "Counter increment not atomic", "Use atomic.", conf=0.7),
            F("BATTERY-SKIPS-FIRST", "major", "correctness", "Off-by-one in minimum battery loop", "Start at 0.", d=+1, conf=0.8),
            F("TELEMETRY-DECODE-IGNORED", "minor", "error-handling", "Telemetry decode error ignored", "Return 400.", conf=0.75),
            F("GETFLIGHT-SCAN-IGNORED", "minor", "error-handling", "Row scan error not checked", "Return 404.", conf=0.8),
            F("SEVERITY-INDEX", "major", "correctness", "Severity lookup off by one (panics on 5)", "Index with Severity-1.", d=-3, sd=0, conf=0.8),
            F("ALERT-BODY-LEAK", "minor", "resource-leak", "HTTP response body not closed in alert", "defer resp.Body.Close().", conf=0.8),
            F("COVERAGE-TIP-INDEX", "minor", "correctness", "Out-of-range band index", "Clamp index.", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 8 major, 5 minor"),
    ]),
}
