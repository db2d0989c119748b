"""test25/go-ploughroute: municipal snow-plough route dispatch (net/http with Go 1.22 patterns + database/sql/pgx):
route listing, truck assignment, position reports, track export, resident complaints, route arithmetic.
Frozen test split test25; labels next to each finding.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, its tuning data or
any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test25: seeded problems in a snow-plough dispatch service; five agents' answers "
    "written by hand."
)

M = "main.go"
D = "dispatch.go"
R = "routes.go"
PROBLEMS = {
    "TRUCK-NOAUTH": P(M, 'mux.HandleFunc("POST /trucks/{id}/position", s.truckPosition)', "security", "position reports registered without s.auth: anyone can move any truck and keep it 'seen'"),
    "SQLI-DISTRICT": P(M, "WHERE district = '\" + district", "security", "district query value concatenated into the route query: SQL injection", "source-vs-sink"),
    "SQLI-PRIORITY": P(M, 'q += " AND priority <= " + priority', "security", "priority query value appended to the query unquoted: SQL injection", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak on every listing"),
    "SCAN-ERR-IGNORED": P(M, "rows.Scan(&rt.ID, &rt.Name", "bug", "rows.Scan error ignored: a NULL column yields a half-filled route in the answer"),
    "ROWS-ERR-UNCHECKED": P(M, "writeJSON(w, out)", "bug", "rows.Err() never checked: an iteration error returns a truncated list as success (extra, one agent)"),
    "TRACK-SHELL-ID": P(M, "gpsbabel -i csv", "security", "truck id path value concatenated into an sh -c command line: command injection", "source-vs-sink"),
    "TRACK-SHELL-FORMAT": P(M, "gpsbabel -i csv", "security", "format query value concatenated into the same sh -c command: command injection", "source-vs-sink"),
    "DECODE-ERR-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&c)", "bug", "complaint body decode error ignored: malformed requests filed as empty complaints"),
    "QUERYROW-ERR-IGNORED": P(M, "SELECT route_id FROM segments WHERE street", "bug", "QueryRow(...).Scan error ignored: database errors silently file the complaint without a route"),
    "COMPLAINT-EMAIL-LOGGED": P(M, 'log.Printf("complaint from %s', "security", "resident e-mail address and note written to the log (extra, one agent)"),
    "ASSIGN-DB-ERR-IGNORED": P(M, "UPDATE routes SET status = 'assigned'", "bug", "Exec error ignored: the dispatcher says assigned while the database does not"),
    "ASSIGN-RACE": P(D, "d.mu.Lock()", "bug", "busy check and busy/assigned update under two separate locks: one truck assigned to two routes", "critical-section", nth=1),
    "PREV-TRUCK-NOT-FREED": P(D, "d.assigned[routeID] = truckID", "bug", "reassigning a route overwrites its truck without clearing that truck's busy flag: it stays busy forever"),
    "SEEN-NO-LOCK": P(D, "d.lastSeen[truckID] = at", "bug", "lastSeen map written without d.mu while Stale reads it under the lock: concurrent map writes, fatal error", "critical-section"),
    "WATCH-LEAK": P(D, "for range t.C {", "bug", "ctx never checked and the ticker never stopped: the watch goroutine runs forever", "signature-vs-statement"),
    "STALE-REALERT": P(D, "alert(id)", "bug", "a quiet truck is alerted again on every tick although the doc says once (extra, one agent)"),
    "REMAINING-SKIPS": P(R, "for i := done + 1", "bug", "done segments are segs[0:done]: starting at done+1 skips the first uncleared segment", "off-by-one"),
    "ETA-TRUNCATES": P(R, "return int(km / speedKmh * 60)", "bug", "int() truncates: ETA rounded down, not up as documented", "off-by-one"),
    "ETA-ZERO-SPEED": P(R, "return int(km / speedKmh * 60)", "bug", "speed 0 (a stopped truck) divides by zero: +Inf converted to int is undefined", "signature-vs-statement"),
    "BOUNDARY-INCLUSIVE": P(R, "km >= s.FromKm && km <= s.ToKm", "bug", "ToKm is documented exclusive but compared with <=: a boundary position belongs to the earlier segment", "off-by-one"),
    "PROGRESS-DIV-ZERO": P(R, "return done * 100 / total", "bug", "a route with no segments (total 0) panics with integer divide by zero", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SQLI-DISTRICT", "SQLI-PRIORITY"),
    ("SQLI-PRIORITY", "ROWS-NOT-CLOSED"),
    ("SCAN-ERR-IGNORED", "ROWS-ERR-UNCHECKED"),
    ("TRACK-SHELL-ID", "TRACK-SHELL-FORMAT"),
    ("DECODE-ERR-IGNORED", "QUERYROW-ERR-IGNORED"),
    ("QUERYROW-ERR-IGNORED", "COMPLAINT-EMAIL-LOGGED"),
    ("ASSIGN-RACE", "PREV-TRUCK-NOT-FREED"),
    ("WATCH-LEAK", "STALE-REALERT"),
    ("ETA-TRUNCATES", "ETA-ZERO-SPEED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the three files of `ploughroute`. The authentication middleware itself is sound (it refuses
        an empty key and compares in constant time), but one handler is not wrapped by it, and two handlers
        build SQL or shell text from request values. The dispatcher has two concurrency defects, and the route
        arithmetic in `routes.go` disagrees with its own doc comments in three places.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 4 |
        | medium | 6 |
        | low | 3 |
        """,
        Block([
            F("SQLI-DISTRICT", "critical", "security", "SQL injection via `district` in `listRoutes`",
              "Use placeholders: `WHERE district = $1` and pass `district` as an argument.",
              symbol="Server.listRoutes", conf=0.95),
            F("SQLI-PRIORITY", "critical", "security", "SQL injection via `priority` in `listRoutes`",
              "Parse `priority` with `strconv.Atoi` and bind it as `$2`.", symbol="Server.listRoutes", conf=0.9),
            F("TRACK-SHELL-FORMAT", "critical", "security", "Command injection via the `format` query parameter",
              "Call `exec.Command(\"gpsbabel\", \"-i\", \"csv\", \"-f\", path, \"-o\", format, \"-F\", \"-\")` without `sh -c` and allow-list `format`.",
              symbol="Server.exportTrack", conf=0.95),
            F("TRACK-SHELL-ID", "high", "security", "Command injection via the truck `id` in the export command",
              "Validate `id` against `^[A-Za-z0-9-]+$` and stop using `sh -c`.", symbol="Server.exportTrack", conf=0.85),
            F("TRUCK-NOAUTH", "high", "security", "Truck position endpoint is not authenticated",
              "Wrap it in `s.auth` (or a per-truck token); anyone can currently post positions for any truck.",
              symbol="main", conf=0.85),
            F("ROWS-NOT-CLOSED", "high", "bug", "`rows` is never closed in `listRoutes`",
              "Add `defer rows.Close()` after the error check; each listing holds a pool connection until GC.",
              symbol="Server.listRoutes", conf=0.85),
            F("SEEN-NO-LOCK", "high", "bug", "`Seen` writes `lastSeen` without the mutex",
              "Lock `d.mu` in `Seen`; concurrent position reports and the watcher's `Stale` call crash the process with `concurrent map read and map write`.",
              symbol="Dispatcher.Seen", conf=0.9),
            F("ASSIGN-RACE", "medium", "bug", "`Assign` checks and marks a truck busy under different lock sections",
              "Hold `d.mu` from the busy check through the update; two requests can both see the truck free.",
              d=-3, n=3, symbol="Dispatcher.Assign", conf=0.85),
            F("PREV-TRUCK-NOT-FREED", "medium", "bug", "Reassigning a route leaves the previous truck marked busy",
              "If `d.assigned[routeID]` is set, clear `d.busy` for that truck first.",
              symbol="Dispatcher.Assign", conf=0.75),
            F("ASSIGN-DB-ERR-IGNORED", "medium", "bug", "`assignRoute` ignores the `UPDATE` error",
              "Check the error and roll back the in-memory assignment on failure.",
              symbol="Server.assignRoute", conf=0.75),
            F("SCAN-ERR-IGNORED", "medium", "bug", "`rows.Scan` error discarded",
              "Return 500 on a scan error instead of appending a zero-valued route.",
              symbol="Server.listRoutes", conf=0.7),
            F("WATCH-LEAK", "medium", "bug", "`Watch` ignores its context and never stops the ticker",
              "`select` on `ctx.Done()` and `t.C`, and `defer t.Stop()` in the goroutine.",
              d=-1, n=2, symbol="Dispatcher.Watch", conf=0.75),
            F("REMAINING-SKIPS", "medium", "bug", "`RemainingKm` skips the first uncleared segment",
              "Segments `0..done-1` are cleared, so start at `i := done`.", symbol="RemainingKm", conf=0.85),
            F("ETA-TRUNCATES", "low", "bug", "`ETAMinutes` rounds down although it promises to round up",
              "`int(math.Ceil(km / speedKmh * 60))`.", symbol="ETAMinutes", conf=0.8),
            F("ETA-ZERO-SPEED", "low", "bug", "`ETAMinutes` divides by a speed that can be zero",
              "Return an \"unknown\" value for `speedKmh <= 0`; a parked truck gives `+Inf`, and converting that to `int` is implementation-defined.",
              symbol="ETAMinutes", conf=0.7),
            F("BOUNDARY-INCLUSIVE", "low", "bug", "`SegmentAt` treats `ToKm` as inclusive",
              "Use `km < s.ToKm` as the doc comment says; a truck exactly on a boundary is put on the previous segment.",
              symbol="SegmentAt", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go, dispatch.go, routes.go (257 lines). go vet and -race not run. Findings:",
        Block([
            F("SQLI-DISTRICT", "critical", "security", "SQL built by string concat from ?district=",
              "placeholders", d=-2),
            F("TRACK-SHELL-FORMAT", "critical", "security", "sh -c with ?format= from the request",
              "exec without shell; allow-list formats", d=-2),
            F("SEEN-NO-LOCK", "high", "bug", "Dispatcher.Seen: unsynchronized map write (concurrent map writes)",
              "lock d.mu", d=-1),
            F("ASSIGN-RACE", "high", "bug", "Assign: TOCTOU between busy check and set",
              "single critical section", d=-3),
            F("ROWS-NOT-CLOSED", "medium", "bug", "listRoutes leaks *sql.Rows",
              "defer rows.Close()"),
            F("REMAINING-SKIPS", "medium", "bug", "RemainingKm starts at done+1 (off by one)",
              "i := done"),
            F("ETA-ZERO-SPEED", "medium", "bug", "ETAMinutes: division by zero speed",
              "guard speedKmh <= 0"),
            F("PROGRESS-DIV-ZERO", "medium", "bug", "Progress panics when total == 0",
              "return 0 for total == 0", d=-1),
            F("DECODE-ERR-IGNORED", "low", "bug", "fileComplaint ignores Decode error",
              "400 on bad JSON"),
            F("QUERYROW-ERR-IGNORED", "low", "bug", "fileComplaint ignores QueryRow/Scan error",
              "handle non-ErrNoRows errors"),
        ], fence=None, indent=2),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the snow plough dispatch service. Below are my findings, grouped by area.

        **Security**
        """,
        Block([
            F("SQLI-DISTRICT", "High", "SQL Injection", "SQL Injection in Route Listing",
              "Use parameterized queries.",
              desc="The district filter is concatenated into the SQL statement."),
            F("TRACK-SHELL-ID", "High", "Command Injection", "Command Injection in Track Export via Truck ID",
              "Avoid invoking a shell.", d=-1),
            F("TRUCK-NOAUTH", "High", "Broken Access Control", "Unauthenticated Truck Position Updates",
              "Apply the auth middleware to this route."),
            F("COMPLAINT-EMAIL-LOGGED", "Low", "Sensitive Data Exposure", "Resident Email Logged",
              "Do not log personal data.",
              desc="The complaint handler logs the complainant's e-mail address and free-text note."),
            U({"severity": "Info", "category": "Maintainability", "description": "Consider splitting handlers into their own package."}),
        ], wrap="list"),
        """
        **Concurrency and Correctness**
        """,
        Block([
            F("SEEN-NO-LOCK", "High", "Race Condition", "Data Race on lastSeen Map",
              "Acquire the mutex in Seen."),
            F("WATCH-LEAK", "Medium", "Resource Leak", "Goroutine and Ticker Leak in Watch",
              "Honor the context and stop the ticker."),
            F("STALE-REALERT", "Low", "Business Logic", "Repeated Alerts for the Same Silent Truck",
              "Remember which trucks were already alerted.", d=-1,
              desc="The documentation says each quiet truck is alerted once, but every tick alerts again."),
            F("BOUNDARY-INCLUSIVE", "Medium", "Logic Error", "Segment Boundary Check Inconsistent with Documentation",
              "Use a strict upper bound.", d=-1, sd=0),
            F("ETA-TRUNCATES", "Low", "Logic Error", "ETA Rounded Down Instead of Up",
              "Use math.Ceil.", d=-1),
            F("PROGRESS-DIV-ZERO", "Medium", "Denial of Service", "Integer Division by Zero in Progress",
              "Check total before dividing."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found 5 issues",
        Block([
            F("SQLI-PRIORITY", "high", "security", "sql injection through priority param", "strconv.Atoi + $2", d=-3),
            F("TRACK-SHELL-FORMAT", "high", "security", "shell injection in gpsbabel command (format)", "no sh -c"),
            F("SEEN-NO-LOCK", "high", "", "race on lastSeen map", "lock mutex"),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()"),
            F("WATCH-LEAK", "low", "bug", "watch goroutine never exits", "select on ctx.Done()", d=-3),
        ]),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in route listing (district, priority).
        2. Command injection in track export (id, format).
        3. Missing authentication on truck positions.
        4. Dispatcher assignment race and stale busy flags.
        5. Ignored errors in several handlers.
        6. Arithmetic problems in routes.go.
        """,
        Block([
            F("SQLI-DISTRICT", "blocker", "security", "SQL injection through district parameter",
              "Use query placeholders.", conf=0.9),
            F("SQLI-PRIORITY", "blocker", "security", "SQL injection through priority parameter",
              "Use query placeholders.", conf=0.9),
            F("TRACK-SHELL-FORMAT", "blocker", "security", "Command injection in export via format parameter",
              "Do not use sh -c.", conf=0.9),
            F("TRACK-SHELL-ID", "major", "security", "Command injection in export via id path parameter",
              "Validate id.", conf=0.8),
            F("TRUCK-NOAUTH", "major", "security", "Position endpoint lacks authentication",
              "Wrap with s.auth.", conf=0.8),
            F("ASSIGN-RACE", "major", "concurrency", "Race condition in Dispatcher.Assign",
              "Use one lock section.", d=1, conf=0.8),
            F("PREV-TRUCK-NOT-FREED", "minor", "correctness", "Previous truck not released on reassignment",
              "Clear its busy flag.", conf=0.65),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "sql.Rows not closed in listRoutes",
              "Defer rows.Close().", conf=0.85),
            F("SCAN-ERR-IGNORED", "minor", "correctness", "Scan error not checked",
              "Handle the error.", conf=0.7),
            F("ROWS-ERR-UNCHECKED", "minor", "correctness", "rows.Err() not checked after iteration",
              "Check rows.Err() before writing the response.", conf=0.6),
            F("ASSIGN-DB-ERR-IGNORED", "minor", "correctness", "Database update error ignored in assignRoute",
              "Check the error.", conf=0.7),
            F("DECODE-ERR-IGNORED", "minor", "correctness", "JSON decode error ignored in fileComplaint",
              "Return 400.", conf=0.7),
            F("ETA-ZERO-SPEED", "major", "correctness", "Division by zero when truck speed is zero",
              "Guard the speed.", d=-1, conf=0.75),
            F("REMAINING-SKIPS", "major", "correctness", "Off-by-one in RemainingKm loop start",
              "Start from done.", d=1, conf=0.8),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 6 major, 5 minor"),
    ]),
}
