"""test32/go-silodry: grain-silo moisture readings and a drying-fan scheduler (Go). Frozen test split.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or "
    "the other splits' answers. Frozen test split (test32): seeded problems in a small net/http + database/sql "
    "service that records grain-silo moisture readings and schedules drying fans; five agents' answers written "
    "by hand."
)

M = "main.go"
R = "readings.go"
FN = "fans.go"
PROBLEMS = {
    "SENSOR-AUTH-ID-ONLY": P(M, 'strings.HasPrefix(r.Header.Get("X-Sensor-Id")', "security", "sensorAuth only checks that a self-declared header starts with 'silo-': anyone can post readings (and so start fans)", "signature-vs-statement"),
    "READING-BODY-UNBOUNDED": P(R, "if err := json.NewDecoder(r.Body).Decode(&rd)", "security", "reading body decoded without http.MaxBytesReader: unbounded request bodies"),
    "DEPTH-OFF-BY-ONE": P(R, "rd.Depth > ProbeCount", "bug", "> ProbeCount accepts depth 6 (probes are 0..5); Observe then indexes past the array and panics", "off-by-one"),
    "DB-ERROR-LEAK": P(R, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "READINGS-SQLI": P(R, 'q := "SELECT depth, moisture, temp_c, at FROM readings WHERE silo = "', "security", "silo path value and since query parameter concatenated into SQL", "source-vs-sink"),
    "READINGS-ROWS-LEAK": P(R, "rows, _ := s.db.Query(q)", "bug", "rows never closed: a connection leaks on every call"),
    "READINGS-QUERY-ERR-IGNORED": P(R, "rows, _ := s.db.Query(q)", "bug", "Query error discarded: on failure rows is nil and rows.Next() panics"),
    "READINGS-SCAN-IGNORED": P(R, "rows.Scan(&rd.Depth", "bug", "Scan error ignored (and rows.Err never checked): zero readings returned as real ones"),
    "SILO-ATOI-UNCHECKED": P(R, 'silo, _ := strconv.Atoi(r.PathValue("id"))', "bug", "silo id not checked: a non-number becomes 0 and a value >= MaxSilos or < 0 panics in Latest"),
    "AVG-SKIPS-FIRST": P(R, "for i := 1; i < len(vals); i++ {", "bug", "loop starts at 1: the bottom probe is left out of the sum but still counted in the divisor", "off-by-one"),
    "DRY-HOURS-TRUNCATE": P(R, "return int(excess / ratePerHour)", "bug", "int() truncates: the plan is one hour short whenever the division is not exact (needs math.Ceil)", "off-by-one"),
    "DRY-RATE-ZERO": P(R, "return int(excess / ratePerHour)", "bug", "ratePerHour of 0 (the rate parameter missing or unparsable, error ignored) divides by zero: +Inf converted to int", "signature-vs-statement"),
    "OBSERVE-SILO-UNCHECKED": P(FN, "f.latest[rd.Silo][rd.Depth] = rd.Moisture", "bug", "rd.Silo from the sensor is never range-checked: silo >= 8 or < 0 panics the handler", "signature-vs-statement"),
    "FAN-NEVER-STOPS": P(FN, "if rd.Moisture > DryThreshold && !f.running[rd.Silo] {", "bug", "running is set but never cleared: after the first start a silo's fan is never started (or stopped) again"),
    "FAN-START-RACE": P(FN, "f.running[rd.Silo] = true", "bug", "running map and starts counter read and written after Unlock: concurrent map writes, fan started twice", "critical-section"),
    "LATEST-ALIAS-RACE": P(FN, "return f.latest[silo][:]", "bug", "Latest returns a slice aliasing the locked array: callers read it after Unlock while Observe writes", "critical-section"),
    "LOOP-REPEATED-START": P(FN, "if now.Truncate(time.Hour).Equal(t.Truncate(time.Hour)) {", "bug", "extra, one agent: a one-minute tick matches the scheduled hour sixty times, so fanctl is started sixty times; slots are never removed"),
    "SCHEDULE-DECODE-IGNORED": P(FN, "json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&win)", "bug", "Decode error ignored: a bad body schedules a slot at the zero time and answers 204"),
    "SCHEDULE-EXTRA-HOUR": P(FN, "for h := 0; h <= win.Hours; h++ {", "bug", "<= schedules Hours + 1 slots", "off-by-one"),
    "SCHEDULE-HOURS-UNBOUNDED": P(FN, "for h := 0; h <= win.Hours; h++ {", "bug", "extra, one agent: Hours is not bounded: a huge value appends millions of slots (memory, and the loop holds the request)"),
    "SLOTS-UNLOCKED": P(FN, "s.fans.slots[silo] = append(", "bug", "slots map appended to without f.mu while Loop ranges over it under the lock: concurrent map read and write", "critical-section"),
    "OVERRIDE-SHELL": P(FN, 'cmd := exec.Command("sh", "-c", "fanctl --silo "+silo', "security", "silo path value and mode query parameter concatenated into a sh -c command", "source-vs-sink"),
    "OVERRIDE-NO-TIMEOUT": P(FN, "out, err := cmd.CombinedOutput()", "bug", "fanctl run without a context or timeout: a hung fan controller holds the request forever"),
}

CONFUSABLE = [
    ("READINGS-SQLI", "READINGS-ROWS-LEAK"),
    ("READINGS-ROWS-LEAK", "READINGS-QUERY-ERR-IGNORED"),
    ("SILO-ATOI-UNCHECKED", "AVG-SKIPS-FIRST"),
    ("DRY-HOURS-TRUNCATE", "DRY-RATE-ZERO"),
    ("OBSERVE-SILO-UNCHECKED", "FAN-NEVER-STOPS"),
    ("OBSERVE-SILO-UNCHECKED", "FAN-START-RACE"),
    ("FAN-NEVER-STOPS", "FAN-START-RACE"),
    ("SCHEDULE-DECODE-IGNORED", "SCHEDULE-EXTRA-HOUR"),
    ("SCHEDULE-DECODE-IGNORED", "SLOTS-UNLOCKED"),
    ("SCHEDULE-EXTRA-HOUR", "SCHEDULE-HOURS-UNBOUNDED"),
    ("SCHEDULE-EXTRA-HOUR", "SLOTS-UNLOCKED"),
    ("OVERRIDE-SHELL", "OVERRIDE-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: silodry

        The service takes probe readings from the silo gateways, keeps the latest value per probe in memory,
        starts drying fans above 15.5 % moisture, and lets operators schedule or override fans.

        Two things stand out. First, the sensor endpoint is effectively unauthenticated, and what it accepts
        is not range-checked, so anyone on the network can crash the process (index out of range in
        `Observe`) or start fans. Second, `FanScheduler` has a mutex but uses it for only part of its state:
        `running`, `starts` and `slots` are touched from handlers without it, and `Latest` hands out a slice
        of the locked array.

        | Priority | Findings |
        |---|---|
        | P0 | `overrideFan` shell injection, SQL injection in `listReadings`, sensor auth |
        | P1 | data races in `FanScheduler`, panics on unchecked silo/depth, leaked rows |
        | P2 | off-by-one errors in averages, schedules and drying hours; error handling |
        """,
        Block([
            F("OVERRIDE-SHELL", "critical", "security", "Shell injection in `overrideFan` through `silo` and `mode`",
              "Validate `silo` with `strconv.Atoi` and `mode` against `on`/`off`/`auto`, and call `exec.Command(\"fanctl\", \"--silo\", silo, \"--mode\", mode)` without `sh -c`.",
              symbol="Server.overrideFan", conf=0.95),
            F("READINGS-SQLI", "critical", "security", "SQL injection in `listReadings` (`silo` and `since` concatenated)",
              "Use placeholders: `WHERE silo = $1 AND at > $2` with the parsed values.",
              symbol="Server.listReadings", conf=0.95),
            F("SENSOR-AUTH-ID-ONLY", "high", "security", "`sensorAuth` trusts a self-declared `X-Sensor-Id` header",
              "Authenticate gateways with a per-device secret or mTLS; any client can send `X-Sensor-Id: silo-x` and post readings that start fans.",
              symbol="Server.sensorAuth", conf=0.85),
            F("OBSERVE-SILO-UNCHECKED", "high", "bug", "`Observe` indexes `latest` with an unchecked `rd.Silo`",
              "Reject readings with `Silo` outside `[0, MaxSilos)` in `postReading`; a reading for silo 8 panics the handler goroutine.",
              symbol="FanScheduler.Observe", conf=0.85),
            F("DEPTH-OFF-BY-ONE", "high", "bug", "Depth check accepts `ProbeCount` itself",
              "`rd.Depth >= ProbeCount`; depth 6 passes validation, is inserted, and then panics in `Observe`.",
              symbol="Server.postReading", conf=0.9),
            F("FAN-START-RACE", "high", "bug", "`running` and `starts` are modified outside the mutex",
              "Keep the lock across the threshold check and the map update; concurrent readings can start the same fan twice or trigger `concurrent map writes`.",
              symbol="FanScheduler.Observe", conf=0.85),
            F("FAN-NEVER-STOPS", "medium", "bug", "A silo's fan is only ever started once",
              "Clear `running[silo]` when the fan stops (or when moisture drops below `DryTarget`); today no later reading starts it again.",
              symbol="FanScheduler.Observe", conf=0.7),
            F("LATEST-ALIAS-RACE", "medium", "bug", "`Latest` returns a slice that aliases the mutex-protected array",
              "Copy into a new slice before unlocking: `out := make([]float64, ProbeCount); copy(out, f.latest[silo][:])`.",
              symbol="FanScheduler.Latest", conf=0.75),
            F("SLOTS-UNLOCKED", "high", "bug", "`scheduleFan` appends to `slots` without holding `f.mu`",
              "Move the append into a `FanScheduler.Schedule` method that locks; `Loop` ranges over the same map under the lock.",
              symbol="Server.scheduleFan", conf=0.85),
            F("SCHEDULE-EXTRA-HOUR", "medium", "bug", "Scheduling `Hours: 3` creates four hourly slots",
              "Loop with `h < win.Hours`.", symbol="Server.scheduleFan", conf=0.8),
            F("SCHEDULE-DECODE-IGNORED", "medium", "bug", "Decode error is ignored in `scheduleFan`",
              "Return 400 on a decode error instead of scheduling the zero `time.Time`.",
              symbol="Server.scheduleFan", conf=0.75),
            F("READINGS-QUERY-ERR-IGNORED", "high", "bug", "`db.Query` error discarded in `listReadings`",
              "Check the error; when the query fails `rows` is nil and `rows.Next()` panics.",
              symbol="Server.listReadings", conf=0.8),
            F("READINGS-ROWS-LEAK", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` after the error check.", symbol="Server.listReadings", conf=0.8),
            F("SILO-ATOI-UNCHECKED", "medium", "bug", "`averageMoisture` ignores the `Atoi` error and range",
              "Validate like `dryingPlan` does; `/silos/99/average` panics in `Latest`.",
              symbol="Server.averageMoisture", conf=0.75),
            F("AVG-SKIPS-FIRST", "medium", "bug", "Average leaves out probe 0 but divides by all six",
              "Start the loop at 0 (or `for _, v := range vals`).", symbol="Server.averageMoisture", conf=0.85),
            F("DRY-RATE-ZERO", "medium", "bug", "`hoursToDry` divides by `ratePerHour` without checking it",
              "Reject a missing or non-positive `rate` in `dryingPlan` (the parse error is ignored, so it becomes 0).",
              symbol="hoursToDry", conf=0.75),
            F("DRY-HOURS-TRUNCATE", "low", "bug", "`hoursToDry` rounds down",
              "Use `int(math.Ceil(excess / ratePerHour))`; 2.5 hours of drying is planned as 2.",
              symbol="hoursToDry", conf=0.7),
            F("READING-BODY-UNBOUNDED", "low", "security", "Reading body size is not limited",
              "Wrap the body with `http.MaxBytesReader(w, r.Body, 1<<12)`.", symbol="Server.postReading", conf=0.6),
            F("DB-ERROR-LEAK", "low", "security", "Database error message returned to the sensor",
              "Log `err` and return a generic message.", symbol="Server.postReading", conf=0.6),
            F("LOOP-REPEATED-START", "medium", "bug", "`Loop` starts a scheduled fan on every tick of the hour",
              "With a one-minute tick the hour matches sixty times, so `fanctl --mode on` runs sixty times; remove the slot once it has fired.",
              symbol="FanScheduler.Loop", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "`go vet` and the race detector were not run. 3 files, ~245 lines.",
        Block([
            F("OVERRIDE-SHELL", "critical", "security", "overrideFan: sh -c with query param mode", "exec fanctl directly; validate mode", d=-1),
            F("READINGS-SQLI", "critical", "security", "listReadings concatenates since into SQL", "use $1/$2", d=-1),
            F("SENSOR-AUTH-ID-ONLY", "high", "security", "sensorAuth is header-prefix only, no secret", "per-gateway key", d=-2),
            F("READINGS-QUERY-ERR-IGNORED", "high", "bug", "Query error dropped; nil rows deref", "handle err"),
            F("FAN-START-RACE", "high", "bug", "Observe: map write after Unlock (data race)", "hold f.mu", d=-1),
            F("OBSERVE-SILO-UNCHECKED", "high", "bug", "Observe: rd.Silo unbounded index", "bounds check"),
            F("DEPTH-OFF-BY-ONE", "medium", "bug", "depth bound should be >= ProbeCount", ">="),
            F("SLOTS-UNLOCKED", "medium", "bug", "scheduleFan writes fans.slots without lock", "lock"),
            F("SCHEDULE-EXTRA-HOUR", "low", "bug", "h <= Hours: one slot too many", "<"),
            F("SCHEDULE-DECODE-IGNORED", "low", "bug", "Decode error not checked in scheduleFan", "400 on error"),
            F("SILO-ATOI-UNCHECKED", "medium", "bug", "averageMoisture: Atoi error ignored, no range check", "validate"),
            F("DRY-RATE-ZERO", "low", "bug", "hoursToDry: no guard for ratePerHour == 0", "reject rate <= 0", d=-2),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is my review of the `silodry` Go service.

        **Overview.** The program exposes an HTTP API for moisture probes and operators, stores readings in
        PostgreSQL and controls drying fans by running the `fanctl` tool. I looked at input validation,
        injection, concurrency and error handling.

        ### Security findings
        """,
        Block([
            F("OVERRIDE-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Fan Override",
              "Pass arguments directly to `exec.Command` without a shell.",
              desc="The `mode` query parameter and the `silo` path value are concatenated into a string that is executed with `sh -c`."),
            F("READINGS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Readings Listing",
              "Use parameterized queries with `$1` placeholders."),
            F("SENSOR-AUTH-ID-ONLY", "HIGH", "Broken Authentication", "Sensor Authentication Can Be Spoofed",
              "Require a shared secret or client certificates for sensors."),
            F("READING-BODY-UNBOUNDED", "MEDIUM", "Resource Exhaustion", "Unbounded Request Body in Reading Upload",
              "Use `http.MaxBytesReader`."),
        ], wrap="list"),
        """
        ### Reliability and concurrency findings
        """,
        Block([
            F("FAN-START-RACE", "major", "Race Condition", "Data Race on Fan Running State",
              "Hold the mutex while checking and updating `running`.", d=+1, n=2),
            F("OBSERVE-SILO-UNCHECKED", "major", "Index Out of Range", "Unvalidated Silo Index in Observe",
              "Validate `rd.Silo` before indexing.", d=-2),
            F("SLOTS-UNLOCKED", "major", "Race Condition", "Unsynchronized Write to Fan Slots",
              "Acquire `s.fans.mu` before modifying `slots`.", d=-1, sd=0,
              desc="`scheduleFan` appends to the `slots` map while `Loop` may be iterating over it in another goroutine."),
            F("SCHEDULE-EXTRA-HOUR", "minor", "Business Logic", "Fan Schedule Includes One Extra Hour",
              "Use `<` instead of `<=`.", d=+1),
            F("SCHEDULE-HOURS-UNBOUNDED", "minor", "Resource Exhaustion", "No Upper Bound on Scheduled Hours",
              "Limit `Hours` to a sensible maximum such as 72."),
            F("DEPTH-OFF-BY-ONE", "major", "Index Out of Range", "Probe Depth Validation Allows Out-of-Range Index",
              "Use `>=` when comparing with `ProbeCount`.", d=+1),
            F("AVG-SKIPS-FIRST", "minor", "Business Logic", "Average Moisture Ignores First Probe",
              "Iterate from index 0.", d=+1),
            F("DRY-RATE-ZERO", "minor", "Division by Zero", "Possible Division by Zero in Drying Estimate",
              "Validate the rate parameter."),
            F("READINGS-SCAN-IGNORED", "info", "Error Handling", "Scan Errors Are Ignored",
              "Check the error returned by `rows.Scan` and `rows.Err()`."),
            U({"severity": "info", "category": "style", "title": "", "description": "Exported types lack doc comments."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Review done. Problems:",
        Block([
            F("OVERRIDE-SHELL", "error", "security", "command injection in fan override", "no sh -c"),
            F("READINGS-SQLI", "error", "security", "sql built by string concat in listReadings", "placeholders", d=+1),
            F("SENSOR-AUTH-ID-ONLY", "warning", "security", "sensor auth is just a header prefix", "real auth"),
            F("READINGS-ROWS-LEAK", "warning", "", "rows not closed", "defer rows.Close()"),
            F("FAN-START-RACE", "warning", "bug", "race on running map", "lock it", d=-1),
            F("AVG-SKIPS-FIRST", "warning", "bug", "average skips index 0", "start at 0"),
            F("SCHEDULE-DECODE-IGNORED", "info", "bug", "decode error ignored", "check err"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Command and SQL injection in the override and readings endpoints.
        2. Weak sensor authentication.
        3. Data races in the fan scheduler (running map, slots map, latest array).
        4. Resource leaks and ignored errors in database access.
        5. Off-by-one errors in validation, averaging and scheduling.
        """,
        Block([
            F("OVERRIDE-SHELL", "blocker", "security", "Command injection via mode parameter in overrideFan",
              "Avoid sh -c and validate mode.", d=-1, conf=0.9),
            F("OVERRIDE-NO-TIMEOUT", "minor", "reliability", "fanctl invoked without timeout",
              "Use exec.CommandContext with a deadline.", conf=0.6),
            F("READINGS-SQLI", "blocker", "security", "SQL injection in readings query",
              "Use query parameters.", d=-2, conf=0.9),
            F("READINGS-ROWS-LEAK", "major", "resource-leak", "Database rows not closed in listReadings",
              "Add defer rows.Close().", conf=0.85),
            F("READINGS-SCAN-IGNORED", "minor", "correctness", "rows.Scan error ignored",
              "Handle the Scan error.", conf=0.7),
            F("SENSOR-AUTH-ID-ONLY", "major", "security", "Sensor authentication relies on header prefix",
              "Use a real credential.", d=-2, conf=0.8),
            F("DB-ERROR-LEAK", "minor", "security", "Internal error details exposed in response",
              "Return a generic error.", conf=0.6),
            F("DEPTH-OFF-BY-ONE", "major", "correctness", "Off-by-one in depth validation",
              "Use >= ProbeCount.", conf=0.85),
            F("FAN-START-RACE", "major", "concurrency", "Concurrent map access on running",
              "Protect with mutex.", conf=0.85),
            F("FAN-NEVER-STOPS", "major", "correctness", "Fan running flag never reset",
              "Reset running when drying completes.", conf=0.7),
            F("LATEST-ALIAS-RACE", "major", "concurrency", "Latest returns slice referencing shared array",
              "Return a copy.", d=-2, n=3, conf=0.7),
            F("SLOTS-UNLOCKED", "major", "concurrency", "Unsynchronized map write in scheduleFan",
              "Lock fans.mu.", conf=0.8),
            F("SCHEDULE-EXTRA-HOUR", "minor", "correctness", "Schedule loop runs one extra hour",
              "Use h < win.Hours.", conf=0.8),
            F("AVG-SKIPS-FIRST", "minor", "correctness", "Average calculation skips the first probe",
              "Start from index 0.", conf=0.8),
            F("DRY-HOURS-TRUNCATE", "minor", "correctness", "Drying hours truncated instead of rounded up",
              "Use math.Ceil.", d=-1, sd=0, conf=0.6),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 8 major, 5 minor"),
    ]),
}
