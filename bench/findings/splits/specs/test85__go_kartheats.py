"""test85/go-kartheats: a go-kart track's lap timing and race heats (Go, net/http + database/sql). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test85: seeded problems in a go-kart track's lap-timing service; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "ADMIN-FAILS-OPEN": P(M, 'if r.URL.Query().Get("key") != s.adminKey {', "security",
                          "adminOnly with ADMIN_KEY unset accepts a request with no key (\"\" == \"\")",
                          "signature-vs-statement"),
    "ADMIN-KEY-IN-QUERY": P(M, 'if r.URL.Query().Get("key") != s.adminKey {', "security",
                            "admin key taken from the query string (logs, history) and compared with != rather than in constant time"),
    "HEAT-FULL-OFF-BY-ONE": P(M, "if len(h.Drivers) > h.Karts {", "bug",
                              "> instead of >=: a heat takes one driver more than it has karts", "off-by-one"),
    "KART-FROM-BODY": P(M, "d.Laps, d.Best, d.Total, d.Finished = 0, 0, 0, false", "bug",
                        "laps and times are reset but the kart number from the request body is kept"),
    "DUPLICATE-NAME-OVERWRITE": P(M, "h.Drivers[d.Name] = &d", "bug",
                                  "registering a second driver with the same name silently replaces the first"),
    "DRAW-KART-ZERO": P(M, "d.Kart = rand.Intn(h.Karts)", "bug",
                        "rand.Intn gives 0..Karts-1 but karts are numbered 1..Karts: kart 0 does not exist, the last kart is never drawn",
                        "off-by-one"),
    "DRAW-DUPLICATE-KART": P(M, "h.byKart[d.Kart] = d", "bug",
                             "karts drawn with replacement: two drivers get one kart and byKart keeps only the last"),
    "LAP-NO-AUTH": P(M, "if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {", "security",
                     "POST /laps has no authentication: anyone on the network can post crossings and set lap times",
                     "signature-vs-statement"),
    "LAP-NIL-DRIVER": P(M, "lap := ev.At.Sub(d.LastCross)", "bug",
                        "byKart has no driver for an undrawn kart: d is nil and the handler panics"),
    "FIRST-CROSS-COUNTED": P(M, "lap := ev.At.Sub(d.LastCross)", "bug",
                             "the first crossing (LastCross zero) counts as a lap of enormous length instead of starting the timing"),
    "LAP-RACE": P(M, "d.Laps++", "bug",
                  "driver fields updated after s.mu.Unlock while the standings copy them under the lock: data race",
                  "critical-section"),
    "RECORD-NEVER-SET": P(M, "if lap < s.record {", "bug",
                          "s.record starts at 0, so no lap is ever below it: the track record is never set"),
    "RECORD-RACE": P(M, "s.record = lap", "bug",
                     "s.record read and written by concurrent lap posts without the lock", "critical-section"),
    "FINISH-EXTRA-LAP": P(M, "if d.Laps > h.TotalLaps {", "bug",
                          "> instead of >=: a driver is finished only after TotalLaps + 1 laps", "off-by-one"),
    "ANNOUNCE-INJECTION": P(M, """exec.Command("sh", "-c", "announce '"+msg+"'")""", "security",
                            "driver name (from registration) put into a sh -c command line", "source-vs-sink"),
    "STANDINGS-COMPARATOR": P(M, "return rows[i].Laps > rows[j].Laps || rows[i].Total < rows[j].Total", "bug",
                              "comparator is not a strict ordering: a driver with fewer laps but less total time sorts ahead"),
    "STANDINGS-POSITION-ZERO": P(M, "rows[i].Position = i", "bug",
                                 "positions start at 0 (and omitempty drops the leader's): should be i + 1", "off-by-one"),
    "LAPS-SQLI-NAME": P(M, "WHERE driver = '%s' ORDER BY %s LIMIT 50", "security",
                        "driver name from the path formatted into SQL", "source-vs-sink"),
    "LAPS-SQLI-ORDER": P(M, "WHERE driver = '%s' ORDER BY %s LIMIT 50", "security",
                         "order query value formatted into ORDER BY", "source-vs-sink"),
    "LAPS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                              "rows never closed (no defer rows.Close()) and rows.Err() unchecked: connections leak"),
    "LAPS-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                         "database error text returned to the client"),
    "LAPS-SCAN-IGNORED": P(M, "rows.Scan(&heat, &no, &ms)", "bug",
                           "Scan error ignored: a failed row is appended as zeros"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                     "http.ListenAndServe without read/write timeouts (slow clients hold connections)"),
}

CONFUSABLE = [
    ("ADMIN-FAILS-OPEN", "ADMIN-KEY-IN-QUERY"),
    ("KART-FROM-BODY", "DUPLICATE-NAME-OVERWRITE"),
    ("DRAW-KART-ZERO", "DRAW-DUPLICATE-KART"),
    ("LAP-NIL-DRIVER", "FIRST-CROSS-COUNTED"),
    ("RECORD-NEVER-SET", "RECORD-RACE"),
    ("RECORD-RACE", "FINISH-EXTRA-LAP"),
    ("STANDINGS-COMPARATOR", "STANDINGS-POSITION-ZERO"),
    ("LAPS-SQLI-NAME", "LAPS-SQLI-ORDER"),
    ("LAPS-SQLI-ORDER", "LAPS-ERROR-LEAK"),
    ("LAPS-SQLI-NAME", "LAPS-ROWS-NOT-CLOSED"),
    ("LAPS-ROWS-NOT-CLOSED", "LAPS-ERROR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole lap-timing service: heat creation, driver registration, the kart
        draw, lap ingestion from the timing loop, the track-record announcement, standings and the lap history
        query.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 9 |
        | low | 3 |

        The timing path is where most of the trouble is. `handleLap` takes the lock only to look up the heat
        and kart, then mutates the driver and the track record unlocked, the first pass over the loop is
        counted as a lap, and nothing authenticates the loop at all. Race results are also off at both ends:
        a heat only finishes after one lap too many, and positions are zero-based.

        Solid parts: `marshalOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleCreateHeat`,
        `handleRegister`, `handleDraw` and `handleTransponder` hold `s.mu` and validate their input;
        `handleStandings` copies the drivers under the lock and unlocks on every path; `saveLap` uses bound
        parameters; the `minLap` filter correctly ignores double reads of the loop.
        """,
        Block([
            F("LAPS-SQLI-NAME", "critical", "security", "SQL injection through the driver name in `/drivers/{name}/laps`",
              "Use placeholders: `WHERE driver = $1` and pass `name` as an argument.",
              symbol="Server.handleDriverLaps", conf=0.95),
            F("LAPS-SQLI-ORDER", "high", "security", "`order` query parameter is formatted into `ORDER BY`",
              "Map `order` through an allow-list (`lap_ms`, `heat_id`, `lap_no`).",
              symbol="Server.handleDriverLaps", conf=0.85),
            F("ANNOUNCE-INJECTION", "critical", "security", "Track-record announcement runs `sh -c` with the driver's name",
              "Call `exec.Command(\"announce\", msg)` without a shell; a driver registered as `x'; rm -rf ~; '` runs commands when they set a record.",
              symbol="Server.announce", conf=0.85),
            F("LAP-NO-AUTH", "high", "security", "Lap events are accepted from anyone",
              "Authenticate the timing loop (a shared token checked in constant time, or mTLS) before decoding the event.",
              symbol="Server.handleLap", conf=0.8),
            F("ADMIN-FAILS-OPEN", "high", "security", "`adminOnly` passes requests without a key when `ADMIN_KEY` is unset",
              "Fail closed when `s.adminKey == \"\"`, as `marshalOnly` does.", symbol="Server.adminOnly", conf=0.85),
            F("ADMIN-KEY-IN-QUERY", "medium", "security", "Admin key travels in the query string and is compared with `!=`",
              "Read it from a header and compare with `subtle.ConstantTimeCompare`.", symbol="Server.adminOnly", conf=0.7),
        ]),
        """
        Timing, registration and results:
        """,
        Block([
            F("LAP-RACE", "high", "bug", "Driver lap state is mutated outside `s.mu`",
              "Keep the lock held from the lookup to the end of the update; `handleStandings` reads these fields under the lock, so this is a data race (`go test -race` will flag it).",
              d=-1, n=3, symbol="Server.handleLap", conf=0.85),
            F("RECORD-RACE", "medium", "bug", "Track record updated without synchronisation",
              "Compare and set `s.record` while holding `s.mu`.", n=2, symbol="Server.handleLap", conf=0.7),
            F("RECORD-NEVER-SET", "medium", "bug", "The track record can never be set",
              "`s.record` starts at 0, so `lap < s.record` is never true; treat 0 as \"no record\" (`s.record == 0 || lap < s.record`).",
              symbol="Server.handleLap", conf=0.85),
            F("FIRST-CROSS-COUNTED", "high", "bug", "The first pass over the line is counted as a lap",
              "When `d.LastCross.IsZero()`, set it and return without counting; today lap 1 is hours long and `Total` is meaningless.",
              symbol="Server.handleLap", conf=0.85),
            F("LAP-NIL-DRIVER", "medium", "bug", "Nil driver dereference for a kart that was not drawn",
              "Check `d, ok := h.byKart[kart]; if !ok { ... }` before using it.", d=-1,
              symbol="Server.handleLap", conf=0.8),
            F("FINISH-EXTRA-LAP", "medium", "bug", "Drivers are marked finished one lap late",
              "Use `d.Laps >= h.TotalLaps`.", symbol="Server.handleLap", conf=0.85),
            F("DRAW-KART-ZERO", "high", "bug", "Kart draw produces kart 0 and never the highest-numbered kart",
              "Karts are 1-based (transponders are registered as 1..12); use `rand.Intn(h.Karts) + 1`, or better a shuffled permutation.",
              symbol="Server.handleDraw", conf=0.85),
            F("DRAW-DUPLICATE-KART", "medium", "bug", "Two drivers can be drawn onto the same kart",
              "Draw from `rand.Perm(h.Karts)` so each kart is used once.", symbol="Server.handleDraw", conf=0.75),
            F("HEAT-FULL-OFF-BY-ONE", "medium", "bug", "Heat capacity check admits one driver too many",
              "Use `len(h.Drivers) >= h.Karts`.", symbol="Server.handleRegister", conf=0.8),
            F("KART-FROM-BODY", "low", "bug", "Client-supplied `kart` survives registration",
              "Reset `d.Kart = 0` with the other fields (or decode into a request struct with only name and age).",
              symbol="Server.handleRegister", conf=0.6),
            F("DUPLICATE-NAME-OVERWRITE", "low", "bug", "A driver with an existing name replaces the earlier entry",
              "Reject duplicates with 409 or key drivers by an id.", symbol="Server.handleRegister", conf=0.65),
            F("STANDINGS-COMPARATOR", "medium", "bug", "Standings comparator mixes laps and time incorrectly",
              "Compare laps first and only fall back to total time on equal laps: `if a.Laps != b.Laps { return a.Laps > b.Laps }; return a.Total < b.Total`.",
              symbol="Server.handleStandings", conf=0.8),
            F("STANDINGS-POSITION-ZERO", "low", "bug", "Positions are zero-based and the leader's is omitted",
              "`rows[i].Position = i + 1`; with `omitempty` the leader currently has no position field at all.",
              symbol="Server.handleStandings", conf=0.75),
            F("LAPS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleDriverLaps`",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleDriverLaps", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("LAPS-SQLI-NAME", "critical", "security", "SQL injection: r.PathValue(\"name\") into Sprintf query",
              "Bind params.", d=-2),
            F("ANNOUNCE-INJECTION", "high", "security", "sh -c with driver-controlled name", "No shell.", d=-1),
            F("LAP-NO-AUTH", "high", "security", "handleLap: unauthenticated timing endpoint", "Require loop token.",
              d=-2),
            F("ADMIN-FAILS-OPEN", "high", "security", "adminOnly: empty ADMIN_KEY => open", "Fail closed.", d=-2),
            F("LAP-NIL-DRIVER", "medium", "bug", "nil *Driver deref in handleLap", "Check map lookup."),
            F("LAP-RACE", "high", "bug", "Unsynchronized writes to Driver after Unlock", "Hold s.mu.", d=+1),
            F("RECORD-RACE", "medium", "bug", "Data race on s.record", "Hold s.mu."),
            F("DRAW-KART-ZERO", "medium", "bug", "rand.Intn(h.Karts) is 0-based; karts are 1..N", "+1."),
            F("DUPLICATE-NAME-OVERWRITE", "low", "bug", "Same-name registration overwrites driver", "409."),
            F("STANDINGS-COMPARATOR", "medium", "bug", "sort.Slice less func is not a strict weak ordering",
              "Tie-break properly.", d=-1),
            F("LAPS-ROWS-NOT-CLOSED", "medium", "bug", "rows.Close() missing", "defer rows.Close()."),
            F("NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the kart timing service in `main.go`. Here is a summary of my findings.

        ## Overview

        The service receives transponder crossings from a timing loop, maintains heats and drivers in memory,
        and exposes standings and lap history. The most pressing issues are injection vulnerabilities (SQL and
        shell), missing authentication on administrative and timing endpoints, and several concurrency and logic
        errors in lap processing.

        ## Security
        """,
        Block([
            F("LAPS-SQLI-NAME", "critical", "SQL Injection", "SQL Injection in Driver Lap History",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `name` path value is interpolated into the SQL query with `fmt.Sprintf`."),
            F("LAPS-SQLI-ORDER", "high", "SQL Injection", "SQL Injection via the order Parameter",
              "Whitelist the allowed sort columns.", d=-1),
            F("ANNOUNCE-INJECTION", "critical", "Command Injection", "Command Injection in Record Announcement",
              "Do not invoke a shell.",
              desc="The driver's name is concatenated into a string passed to `sh -c`."),
            F("ADMIN-FAILS-OPEN", "high", "Broken Authentication", "Admin Authentication Bypass When Key Is Empty",
              "Refuse all admin requests when no key is configured."),
            F("LAPS-ERROR-LEAK", "low", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message."),
            F("NO-TIMEOUTS", "medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with read and write timeouts."),
        ], wrap="list"),
        """
        ## Correctness and Concurrency
        """,
        Block([
            F("LAP-RACE", "high", "Race Condition", "Race Condition When Updating Driver Lap Data",
              "Hold the mutex while updating the driver.", sd=-2, n=3),
            F("RECORD-NEVER-SET", "medium", "Logic Error", "Track Record Is Never Updated",
              "Initialize the record or handle the zero value."),
            F("LAP-NIL-DRIVER", "high", "Error Handling", "Possible Nil Pointer Dereference in handleLap",
              "Check that a driver exists for the kart."),
            F("FINISH-EXTRA-LAP", "medium", "Logic Error", "Race Finish Detected One Lap Late",
              "Use `>=`.", d=+1),
            F("DRAW-KART-ZERO", "medium", "Logic Error", "Kart Numbers Drawn From Zero",
              "Add one to the drawn number.", d=+1),
            F("HEAT-FULL-OFF-BY-ONE", "medium", "Logic Error", "Heat Can Be Overfilled by One Driver",
              "Compare with `>=`.", d=+1, sd=-1, n=3),
            U({"severity": "info", "category": "Style", "description": "Consider splitting the handlers into separate files."}),
            F("LAPS-ROWS-NOT-CLOSED", "medium", "Resource Leak", "Database Rows Are Never Closed",
              "Add `defer rows.Close()`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("LAPS-SQLI-NAME", "error", "security", "sql injection in driver laps", "use $1"),
            F("ANNOUNCE-INJECTION", "error", "security", "sh -c with driver name", "exec without shell"),
            F("LAP-NO-AUTH", "warning", "security", "/laps open to anyone", "add token", d=-2),
            F("ADMIN-KEY-IN-QUERY", "warning", "security", "admin key in query string", "use header"),
            F("DRAW-KART-ZERO", "warning", "", "kart draw starts at 0", "+1"),
            F("FINISH-EXTRA-LAP", "info", "bug", "finish needs one extra lap", ">="),
            F("STANDINGS-POSITION-ZERO", "info", "bug", "positions zero based", "i+1", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the lap history endpoint (two parameters).
        2. Command injection in the track-record announcement.
        3. Authentication weakness in `adminOnly`.
        4. Concurrency problems in lap processing.
        5. Logic errors in kart draw, heat capacity, finish detection and standings.
        """,
        Block([
            F("LAPS-SQLI-NAME", "blocker", "security", "SQL injection via driver name", "Use placeholders.", conf=0.95),
            F("LAPS-SQLI-ORDER", "major", "security", "SQL injection via order parameter", "Validate the column.",
              d=+1, conf=0.8),
            F("ANNOUNCE-INJECTION", "blocker", "security", "Shell command injection in announce()",
              "Avoid sh -c.", conf=0.85),
            F("ADMIN-FAILS-OPEN", "major", "security", "Admin check passes when ADMIN_KEY is empty",
              "Reject when unset.", conf=0.8),
            F("LAP-RACE", "major", "concurrency", "Driver statistics modified without holding the mutex",
              "Lock around the update.", conf=0.8),
            F("RECORD-RACE", "major", "concurrency", "Track record updated concurrently without lock",
              "Protect with the mutex.", d=-1, conf=0.7),
            F("FIRST-CROSS-COUNTED", "major", "correctness", "First loop crossing counted as a full lap",
              "Skip the first crossing.", conf=0.75),
            F("DRAW-KART-ZERO", "major", "correctness", "Off-by-one in kart assignment",
              "Use rand.Intn(h.Karts) + 1.", conf=0.8),
            F("DRAW-DUPLICATE-KART", "minor", "correctness", "Duplicate kart assignment possible in draw",
              "Use a permutation.", conf=0.65),
            F("HEAT-FULL-OFF-BY-ONE", "minor", "correctness", "Heat capacity check off by one",
              "Use >=.", conf=0.75),
            F("STANDINGS-COMPARATOR", "minor", "correctness", "Incorrect sort comparator for standings",
              "Sort by laps then total time.", conf=0.7),
            F("STANDINGS-POSITION-ZERO", "minor", "correctness", "Standings positions start from zero",
              "Use i + 1.", conf=0.7),
            F("LAPS-SCAN-IGNORED", "minor", "reliability", "rows.Scan error not checked",
              "Handle the error.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}
