"""test33/go-dockshift: a city bike-share dock rebalancing service for van crews (Go, net/http + database/sql).

Frozen test split test33; labels next to each finding. Written 2026-12-03 by a helper session that had not
seen the merger code, its results, its tuning data or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or "
    "any other split's cases. Frozen test split (test33): seeded problems in a small bike-share rebalancing "
    "service (dock telemetry, van move plans, claims and completions, dock unlocks); five agents' answers "
    "written by hand."
)

M = "main.go"
RB = "rebalance.go"
MOVES_Q = "created::date = '\"+day+\"'"
PROBLEMS = {
    "CREW-FAILS-OPEN": P(M, "if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1", "security",
                         "CREW_TOKEN unset: an empty bearer compares equal to the empty token, every caller is crew",
                         "signature-vs-statement"),
    "TOKEN-LOGGED": P(M, 'log.Printf("crew auth failed on %s with token %q"', "security",
                      "the presented bearer token is written to the log on failure (near-miss tokens, secrets in logs)"),
    "STATIONS-SWAP-RACE": P(M, "s.stations = fresh", "bug",
                            "refresh replaces s.stations without s.mu while handlers read it (data race)"),
    "TELEMETRY-UNKNOWN-STATION": P(M, "st := s.stations[id]", "bug",
                                   "unknown station id: zero Station stored under that id, a phantom station appears"),
    "TELEMETRY-BIKES-UNCHECKED": P(M, "st.Bikes = t.Bikes", "bug",
                                   "bike count not checked against 0..capacity: negative or impossible counts accepted"),
    "TELEMETRY-MAP-RACE": P(M, "s.stations[id] = st", "bug",
                            "map read-modify-write without s.mu while handleStations ranges over it: concurrent map write",
                            "critical-section"),
    "TELEMETRY-NO-AUTH": P(M, 'mux.HandleFunc("POST /stations/{id}/telemetry"', "security",
                           "telemetry endpoint needs no credential: anyone can post fake dock counts"),
    "PLAN-VAN-ZERO": P(M, "moves := Plan(list, van)", "bug",
                       "missing or invalid ?van= gives 0 (error ignored): Plan loops forever with n = 0",
                       "source-vs-sink"),
    "PLAN-IGNORES-CAPACITY": P(RB, "n := min(over[i].Bikes-over[i].Target", "bug",
                               "deliveries sized by target, never by free docks: a target above capacity sends bikes to a full station"),
    "DB-ERROR-LEAKED": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                         "raw database error returned to the client"),
    "COMMIT-ERR-IGNORED": P(M, "tx.Commit()", "bug",
                            "Commit error ignored: the moves are reported to the crew although nothing was stored"),
    "CREW-FROM-HEADER": P(M, 'crew := r.Header.Get("X-Crew")', "security",
                          "crew name from a free header, not from the token: claims can be made in another crew's name"),
    "CLAIM-RACE": P(M, 'if err == nil && status == "open" {', "bug",
                    "SELECT status then UPDATE without a status guard: two crews both claim the same move",
                    "critical-section"),
    "COMPLETE-ANY-CREW": P(M, "WHERE id = $1 AND status = 'claimed'", "security",
                           "completion does not check that the caller is the crew that claimed the move",
                           "signature-vs-statement"),
    "COMPLETE-NOT-ATOMIC": P(M, "SET bikes = bikes - $1", "bug",
                             "three updates outside a transaction with errors ignored: a failure leaves stock counts inconsistent"),
    "COMPLETE-DOUBLE": P(M, "UPDATE moves SET status = 'done'", "bug",
                         "status set to done without checking it was still claimed: concurrent completes move stock twice",
                         "critical-section"),
    "MOVED-COUNTER-RACE": P(M, "s.moved += m.Bikes", "bug",
                            "s.moved incremented from concurrent handlers without the mutex (lost updates)",
                            "critical-section"),
    "UNLOCK-INJECTION": P(M, 'exec.Command("sh", "-c"', "security",
                          "dock query value (and station) formatted into an sh -c command line", "source-vs-sink"),
    "UNLOCK-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c"', "bug",
                           "no context or timeout: a hung dock gateway holds the request and the process forever"),
    "MOVES-SQLI": P(M, MOVES_Q, "security",
                    "day query value concatenated into the SQL (injection)", "source-vs-sink"),
    "MOVES-NEGATIVE-OFFSET": P(M, MOVES_Q, "bug",
                               "page missing or 0 gives OFFSET -50 (Atoi error ignored): the first page fails", "off-by-one"),
    "FILL-INT-DIVISION": P(RB, "return st.Bikes / st.Capacity * 100", "bug",
                           "integer division before * 100: fill is 0 for every station that is not full",
                           "signature-vs-statement"),
    "FILL-DIV-ZERO": P(RB, "return st.Bikes / st.Capacity * 100", "bug",
                       "a station with capacity 0 (being installed) panics with integer divide by zero"),
    "COLOUR-INDEX-100": P(RB, "return colours[pct/20]", "bug",
                          "pct 100 gives index 5 of a 5-element array: index out of range panic", "off-by-one"),
    "PEAK-HOUR-OFF-BY-ONE": P(RB, "return h >= 7 && h <= 10", "bug",
                              "h <= 10 includes 10:00-10:59 in the morning peak (documented as until 09:59)", "off-by-one"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "extra, one agent: http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("CREW-FAILS-OPEN", "TOKEN-LOGGED"),
    ("TELEMETRY-UNKNOWN-STATION", "TELEMETRY-BIKES-UNCHECKED"),
    ("TELEMETRY-BIKES-UNCHECKED", "TELEMETRY-MAP-RACE"),
    ("TELEMETRY-UNKNOWN-STATION", "TELEMETRY-MAP-RACE"),
    ("CREW-FROM-HEADER", "CLAIM-RACE"),
    ("COMPLETE-NOT-ATOMIC", "COMPLETE-DOUBLE"),
    ("COMPLETE-DOUBLE", "MOVED-COUNTER-RACE"),
    ("COMPLETE-NOT-ATOMIC", "MOVED-COUNTER-RACE"),
    ("UNLOCK-INJECTION", "UNLOCK-NO-TIMEOUT"),
    ("MOVES-SQLI", "MOVES-NEGATIVE-OFFSET"),
    ("FILL-INT-DIVISION", "FILL-DIV-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        This is a small `net/http` service (Go 1.22 routing) that keeps a cache of dock stations, builds van
        rebalancing plans and lets crews claim and complete moves. The structure is reasonable: `handlePlan` copies
        the stations under `s.mu`, the moves insert runs in a transaction with a deferred rollback, and
        `handleMoves` closes its rows and checks `Scan` errors. Most of the problems below come from state that is
        shared without that same mutex and from request values reaching SQL and `sh -c`.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 9 |
        | low | 4 |
        """,
        Block([
            F("CREW-FAILS-OPEN", "critical", "security", "`crewOnly` admits everyone when `CREW_TOKEN` is empty",
              "Refuse to start when `CREW_TOKEN` is unset (or reject every request); `ConstantTimeCompare` of two empty slices returns 1.",
              symbol="server.crewOnly", conf=0.9),
            F("TOKEN-LOGGED", "medium", "security", "Rejected bearer tokens are logged verbatim",
              "Log the path and the remote address only.",
              symbol="server.crewOnly", conf=0.75),
            F("UNLOCK-INJECTION", "critical", "security", "Command injection in `handleUnlock` through `sh -c`",
              "Call `exec.CommandContext(ctx, \"dockctl\", \"unlock\", \"--station\", station, \"--dock\", dock)` with validated integers; no shell.",
              symbol="server.handleUnlock", conf=0.95),
            F("UNLOCK-NO-TIMEOUT", "medium", "bug", "Dock gateway call has no timeout",
              "Use `exec.CommandContext` with `r.Context()` and a deadline of a few seconds.",
              symbol="server.handleUnlock", conf=0.7),
            F("MOVES-SQLI", "critical", "security", "SQL injection via `day` in `handleMoves`",
              "Bind it: `WHERE created::date = $1 ... OFFSET $2`.",
              symbol="server.handleMoves", conf=0.95),
            F("MOVES-NEGATIVE-OFFSET", "medium", "bug", "Missing `page` gives a negative OFFSET",
              "Default `page` to 1 and reject values below 1; `Atoi(\"\")` is 0, so the first request without `page` fails.",
              symbol="server.handleMoves", conf=0.8),
            F("TELEMETRY-NO-AUTH", "high", "security", "Dock telemetry is accepted from anyone",
              "Authenticate the docks (per-dock key or mTLS) before updating counts.",
              symbol="main", conf=0.75),
            F("TELEMETRY-MAP-RACE", "high", "bug", "`handleTelemetry` writes `s.stations` without the mutex",
              "Take `s.mu` around the read-modify-write, and in `handleStations` and `refresh` too; concurrent map iteration and write is a fatal runtime error.",
              d=-2, n=3, symbol="server.handleTelemetry", conf=0.9),
            F("TELEMETRY-UNKNOWN-STATION", "low", "bug", "Telemetry for an unknown station creates a blank entry",
              "Check `st, ok := s.stations[id]` and answer 404 when it is missing.",
              symbol="server.handleTelemetry", conf=0.65),
            F("STATIONS-SWAP-RACE", "medium", "bug", "`refresh` swaps the stations map without holding `s.mu`",
              "Assign under the mutex.",
              symbol="server.refresh", conf=0.7),
            F("PLAN-VAN-ZERO", "high", "bug", "`van` of 0 makes `Plan` spin forever",
              "Reject a missing or non-positive `van` with 400; `Plan` should also guard `vanSize <= 0`.",
              symbol="server.handlePlan", conf=0.85),
            F("COMMIT-ERR-IGNORED", "medium", "bug", "Plan transaction commit error is ignored",
              "Check `tx.Commit()` and answer 500 when it fails.",
              symbol="server.handlePlan", conf=0.75),
        ]),
        "Claims and completions, and the map helpers in `rebalance.go`:",
        Block([
            F("CLAIM-RACE", "high", "bug", "Two crews can claim the same move",
              "Make the claim one statement: `UPDATE moves SET status='claimed', crew=$1 WHERE id=$2 AND status='open'` and check `RowsAffected`.",
              symbol="server.handleClaim", conf=0.85),
            F("CREW-FROM-HEADER", "medium", "security", "Crew identity comes from the `X-Crew` header",
              "Derive the crew from its credential; one shared token cannot tell crews apart.",
              symbol="server.handleClaim", conf=0.65),
            F("COMPLETE-ANY-CREW", "medium", "security", "Any crew can complete another crew's move",
              "Add `AND crew = $2` with the caller's crew to the lookup.",
              symbol="server.handleComplete", conf=0.65),
            F("COMPLETE-NOT-ATOMIC", "high", "bug", "Completing a move is not atomic and ignores errors",
              "Run the three updates in one transaction and check each error.",
              symbol="server.handleComplete", conf=0.8),
            F("COMPLETE-DOUBLE", "high", "bug", "Concurrent completions apply the stock change twice",
              "Use `UPDATE moves SET status='done' WHERE id=$1 AND status='claimed'` first and only adjust stations when one row changed.",
              symbol="server.handleComplete", conf=0.7),
            F("MOVED-COUNTER-RACE", "low", "bug", "`s.moved` is incremented without synchronization",
              "Use `atomic.Int64` or take `s.mu`.",
              symbol="server.handleComplete", conf=0.75),
            F("FILL-INT-DIVISION", "high", "bug", "`FillPercent` always returns 0 or 100",
              "Multiply first: `st.Bikes * 100 / st.Capacity`.",
              symbol="FillPercent", conf=0.9),
            F("FILL-DIV-ZERO", "medium", "bug", "`FillPercent` panics for a station with zero capacity",
              "Return 0 when `Capacity == 0`.",
              symbol="FillPercent", conf=0.75),
            F("COLOUR-INDEX-100", "medium", "bug", "`Colour(100)` indexes past the end of `colours`",
              "Clamp: `colours[min(pct/20, len(colours)-1)]`.",
              symbol="Colour", conf=0.85),
            F("PEAK-HOUR-OFF-BY-ONE", "low", "bug", "`Peak` covers 07:00-10:59, not 07:00-09:59",
              "Use `h < 10`.",
              symbol="Peak", conf=0.8),
            F("PLAN-IGNORES-CAPACITY", "low", "bug", "`Plan` can deliver more bikes than a station has free docks",
              "Bound the delivery by `Capacity - Bikes` of the receiving station.",
              symbol="Plan", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run (no Go toolchain in the sandbox).",
        Block([
            F("UNLOCK-INJECTION", "critical", "security", "sh -c with ?dock= -> command injection",
              "exec.Command(\"dockctl\", args...)", d=-1),
            F("MOVES-SQLI", "critical", "security", "SQLi: ?day= concatenated into query",
              "bind $1", d=-2),
            F("CREW-FAILS-OPEN", "high", "security", "crewOnly: empty CREW_TOKEN authenticates empty bearer",
              "fail closed", d=-3),
            F("TELEMETRY-MAP-RACE", "high", "bug", "unsynchronized map write in handleTelemetry",
              "lock s.mu"),
            F("TELEMETRY-UNKNOWN-STATION", "low", "bug", "telemetry for missing id inserts zero Station",
              "ok check"),
            F("PLAN-VAN-ZERO", "high", "bug", "van=0 -> infinite loop in Plan (Atoi error dropped)",
              "validate van > 0", d=-1),
            F("COMMIT-ERR-IGNORED", "medium", "bug", "tx.Commit() error unchecked",
              "check it"),
            F("CLAIM-RACE", "high", "bug", "claim is read-then-write; double claim possible",
              "conditional UPDATE ... AND status='open'", d=-1),
            F("COMPLETE-NOT-ATOMIC", "medium", "bug", "handleComplete: Exec errors ignored, no tx",
              "tx + error checks"),
            F("MOVED-COUNTER-RACE", "low", "bug", "data race on s.moved",
              "atomic"),
            F("MOVES-NEGATIVE-OFFSET", "low", "bug", "OFFSET (page-1)*50 negative when page absent",
              "default page=1"),
            F("FILL-DIV-ZERO", "medium", "bug", "FillPercent divides by Capacity (may be 0)",
              "guard"),
            F("COLOUR-INDEX-100", "medium", "bug", "Colour: pct=100 -> colours[5] out of range",
              "clamp index", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `dockshift` bike-share rebalancing service.

        **Overview**

        The service exposes station status, dock telemetry, van move planning, move claims and completions, and
        a dock unlock operation. I looked for security weaknesses, concurrency issues and logic errors.

        **Security Findings**
        """,
        Block([
            F("CREW-FAILS-OPEN", "Critical", "Broken Authentication", "Authentication Bypass with Unset CREW_TOKEN",
              "Validate configuration at startup and refuse an empty token."),
            F("TOKEN-LOGGED", "Medium", "Information Disclosure", "Bearer Tokens Written to Logs",
              "Do not log credentials."),
            F("UNLOCK-INJECTION", "Critical", "Command Injection", "OS Command Injection in Dock Unlock",
              "Avoid `sh -c`; pass arguments directly."),
            F("MOVES-SQLI", "Critical", "SQL Injection", "SQL Injection in Moves Listing",
              "Use a placeholder for the day."),
            F("TELEMETRY-NO-AUTH", "High", "Broken Access Control", "Unauthenticated Telemetry Endpoint",
              "Require authentication for dock telemetry."),
            F("CREW-FROM-HEADER", "Medium", "Broken Access Control", "Spoofable Crew Identity Header",
              "Bind crew identity to the token."),
            F("COMPLETE-ANY-CREW", "Medium", "Broken Access Control", "Move Completion Not Restricted to Claiming Crew",
              "Verify the crew on completion.", d=-3),
            F("DB-ERROR-LEAKED", "Low", "Information Disclosure", "Database Error Details Returned to Client",
              "Log the error and return a generic message."),
            F("SERVER-NO-TIMEOUTS", "Medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        **Concurrency and Logic Findings**
        """,
        Block([
            F("TELEMETRY-MAP-RACE", "High", "Race Condition", "Concurrent Map Access in Telemetry Handler",
              "Protect the stations map with the existing mutex.", d=-1,
              desc="`handleTelemetry` reads and writes `s.stations` while `handleStations` iterates it; Go aborts the process on concurrent map iteration and write."),
            F("TELEMETRY-BIKES-UNCHECKED", "Medium", "Data Integrity", "Unvalidated Bike Count in Telemetry",
              "Ensure 0 <= bikes <= capacity."),
            F("CLAIM-RACE", "High", "Race Condition", "Race Condition in Move Claiming",
              "Use a conditional update.", d=+1),
            F("COMPLETE-DOUBLE", "High", "Race Condition", "Double Completion Corrupts Station Counts",
              "Guard the status transition and apply stock changes only once.", d=-2, n=3),
            F("MOVED-COUNTER-RACE", "Low", "Concurrency", "Unprotected Counter Update",
              "Use sync/atomic."),
            U({"severity": "Info", "category": "Style", "description": "Consider splitting main.go into handler files."}),
            F("FILL-INT-DIVISION", "Medium", "Logic Error", "Integer Division Truncates Fill Percentage",
              "Multiply before dividing.", d=-1),
            F("COLOUR-INDEX-100", "High", "Logic Error", "Array Index Out of Bounds for Full Stations",
              "Clamp the computed index."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("UNLOCK-INJECTION", "error", "security", "shell injection in unlock", "no sh -c"),
            F("MOVES-SQLI", "error", "security", "sql injection in moves", "placeholders"),
            F("TOKEN-LOGGED", "warning", "", "token printed in log", "drop it"),
            F("TELEMETRY-MAP-RACE", "error", "bug", "map race in telemetry", "mutex"),
            F("CLAIM-RACE", "warning", "bug", "claim race", "update where status open", d=-1),
            F("FILL-INT-DIVISION", "warning", "bug", "fill percent always 0", "multiply first"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Authentication fails open without a configured token.
        2. Injection in the unlock command and the moves query.
        3. Shared state (`stations`, `moved`) is accessed without synchronization.
        4. Claiming and completing moves lack atomicity.
        5. Several arithmetic and boundary errors.
        """,
        Block([
            F("CREW-FAILS-OPEN", "blocker", "security", "Empty crew token accepted",
              "Require CREW_TOKEN.", d=-1, conf=0.85),
            F("UNLOCK-INJECTION", "blocker", "security", "Command injection via dock parameter",
              "Use exec.Command with arguments.", conf=0.9),
            F("UNLOCK-NO-TIMEOUT", "minor", "resource-leak", "External command without timeout",
              "Use CommandContext.", conf=0.6),
            F("MOVES-SQLI", "blocker", "security", "SQL injection in handleMoves",
              "Use query parameters.", conf=0.9),
            F("MOVES-NEGATIVE-OFFSET", "major", "correctness", "Negative offset when page is missing",
              "Default page to 1.", d=-1, conf=0.7),
            F("TELEMETRY-NO-AUTH", "major", "security", "Telemetry route not protected",
              "Wrap it with authentication.", conf=0.7),
            F("TELEMETRY-MAP-RACE", "major", "concurrency", "Concurrent map writes to stations",
              "Use the mutex.", conf=0.85),
            F("TELEMETRY-BIKES-UNCHECKED", "minor", "correctness", "Bike count not validated",
              "Validate the range.", conf=0.6),
            F("STATIONS-SWAP-RACE", "major", "concurrency", "Stations map replaced without lock in refresh",
              "Lock s.mu.", conf=0.7),
            F("PLAN-VAN-ZERO", "major", "correctness", "Infinite loop in Plan when van is zero",
              "Validate the van size.", conf=0.8),
            F("COMMIT-ERR-IGNORED", "major", "correctness", "Ignored transaction commit error",
              "Handle the error.", d=-1, sd=0, conf=0.75),
            F("CLAIM-RACE", "major", "concurrency", "Non-atomic claim of a move",
              "Conditional update with RowsAffected check.", conf=0.8),
            F("COMPLETE-NOT-ATOMIC", "major", "correctness", "Ignored errors when updating station stock",
              "Check errors and use a transaction.", d=+1, n=2, conf=0.7),
            F("MOVED-COUNTER-RACE", "minor", "concurrency", "Racy moved counter",
              "Use atomic operations.", d=-1, n=2, conf=0.7),
            F("FILL-INT-DIVISION", "major", "correctness", "Integer division in FillPercent",
              "Reorder the operations.", conf=0.85),
            F("PEAK-HOUR-OFF-BY-ONE", "minor", "correctness", "Peak window includes the 10 o'clock hour",
              "Use h < 10.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 9 major, 4 minor"),
    ]),
}
