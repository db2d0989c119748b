"""test90/go-trapezerig: a circus school's trapeze classes and rigging checks (Go). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data
(only splits/README.md's general sections and the test37 section, the builders, and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test90 (round 46): seeded problems in a circus school's trapeze class bookings and "
    "rigging inspections (net/http + database/sql/pgx); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "COACH-KEY-OPEN": P(M, 'if r.Header.Get("X-Coach-Key") != s.coachKey {', "security", "COACH_KEY unset: an empty header equals the empty key and coachOnly lets everyone in", "signature-vs-statement"),
    "COACH-KEY-TIMING": P(M, 'if r.Header.Get("X-Coach-Key") != s.coachKey {', "security", "coach key compared with != instead of subtle.ConstantTimeCompare"),
    "WLL-OVERSTATED": P(M, "return breakingKN * 1000 / 9 / safetyFactor", "bug", "kN to kg divides by 9 instead of 9.81: every working load limit is about 9 % too high", "signature-vs-statement"),
    "HARNESS-INDEX": P(M, "for i := 0; i <= len(harnessBands); i++ {", "bug", "i <= len reads harnessBands[len]: waists over 95 cm panic instead of getting XL", "off-by-one"),
    "CLASSES-SQLI": P(M, "WHERE level = '%s' ORDER BY starts_at\", level)", "security", "level query value formatted into the SQL: injection", "source-vs-sink"),
    "CLASSES-ROWS-LEAK": P(M, "rows, err := s.db.QueryContext(r.Context(), q)", "bug", "rows never closed (no defer rows.Close()): connections leak, also on the scan-error return"),
    "BOOK-UNKNOWN-CLASS": P(M, "s.booked[classID]++", "bug", "class id never checked to exist: bookings and seat counters for classes that are not there"),
    "BOOK-RACE": P(M, "if s.booked[classID] > maxFlyers {", "bug", "booked map incremented, checked and decremented without s.mu: concurrent map writes crash, seats oversold", "critical-section"),
    "BOOK-SEAT-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "bug", "a failed insert keeps the seat counted: the class fills up with phantom bookings"),
    "BOOK-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "CANCEL-ANYONE": P(M, "\"DELETE FROM bookings WHERE class_id = $1 AND student = $2\"", "security", "unauthenticated cancel by student name: anyone cancels anyone's booking"),
    "CANCEL-ERR-IGNORED": P(M, "\"DELETE FROM bookings WHERE class_id = $1 AND student = $2\"", "bug", "ExecContext error ignored: a failed delete still answers 204"),
    "CANCEL-COUNT-DRIFT": P(M, "s.booked[classID]--", "bug", "seat counter decremented even when no booking was deleted: it drifts (negative) and the class oversells", nth=1),
    "INSPECT-RACE": P(M, "s.lastSeen[in.Point] = time.Now()", "bug", "lastSeen and events written without s.mu (handleReady reads under it): concurrent map write crash", "critical-section"),
    "INSPECT-FAILED-COUNTS": P(M, "s.lastSeen[in.Point] = time.Now()", "bug", "lastSeen is stamped even when the inspection failed: a failed rig point reads as ready"),
    "READY-UNKNOWN-POINT": P(M, "ready := !ok ||", "bug", "!ok counts a never-inspected rig point (or any typo) as ready"),
    "CHECKIN-SKIPS-READY": P(M, "if !canFly(weight, wll(breaking)) {", "bug", "check-in checks load only, never whether the rig point's inspection is current"),
    "LANDING-RACE": P(M, "falls++", "bug", "flights and falls are package globals incremented from handlers without synchronisation", "critical-section"),
    "EVENTS-BOUNDS": P(M, "writeJSON(w, s.events[n-20:n])", "bug", "n-20 is negative with fewer than 20 events: slice bounds panic", "off-by-one"),
    "WAIVER-PATH": P(M, "out := filepath.Join(s.waiverDir, student+\".pdf\")", "security", "student name joined into the output path: ../ writes outside waiverDir"),
    "WAIVER-SHELL": P(M, "exec.Command(\"sh\", \"-c\", \"waiver-print", "security", "student query value inside sh -c (single quotes do not protect): command injection", "source-vs-sink"),
    "WAIVER-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug", "exec.Command without a context or timeout: a stuck printer hangs the handler"),
    "REMIND-NO-STOP": P(M, "for range t.C {", "bug", "remindLoop ignores ctx.Done and never stops the ticker: no shutdown, goroutine runs forever", "signature-vs-statement"),
    "REMIND-SCAN-IGNORED": P(M, "rows.Scan(&student, &phone)", "bug", "Scan error ignored: an empty phone or name is texted/logged"),
    "REMIND-DUPLICATE": P(M, 'exec.CommandContext(ctx, "sms-send"', "bug", "hourly loop texts every student again each hour until class: no sent flag"),
    "LANDING-NO-AUTH": P(M, 'mux.HandleFunc("POST /landings", s.handleLanding)', "security", "landing log is unauthenticated: anyone can inflate the fall statistics"),
    "SERVER-NO-TIMEOUTS": P(M, 'http.ListenAndServe(":8090", mux)', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("COACH-KEY-OPEN", "COACH-KEY-TIMING"),
    ("CLASSES-SQLI", "CLASSES-ROWS-LEAK"),
    ("BOOK-UNKNOWN-CLASS", "BOOK-RACE"),
    ("BOOK-SEAT-LEAK", "BOOK-ERR-LEAK"),
    ("CANCEL-ANYONE", "CANCEL-ERR-IGNORED"),
    ("CANCEL-ERR-IGNORED", "CANCEL-COUNT-DRIFT"),
    ("CANCEL-ANYONE", "CANCEL-COUNT-DRIFT"),
    ("INSPECT-RACE", "INSPECT-FAILED-COUNTS"),
    ("WAIVER-PATH", "WAIVER-SHELL"),
    ("WAIVER-SHELL", "WAIVER-NO-TIMEOUT"),
    ("WAIVER-PATH", "WAIVER-NO-TIMEOUT"),
    ("REMIND-SCAN-IGNORED", "REMIND-DUPLICATE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole trapeze school service: class listing and booking, rigging inspections,
        check-in, landings, waivers and SMS reminders.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 8 |
        | medium | 10 |
        | low | 4 |

        Several things are right and worth keeping: `adminOnly` fails closed and uses
        `subtle.ConstantTimeCompare`, `handleReady`, `handleCheckin` and `handleCancel` take `s.mu` around the
        shared state, `canFly` applies the 1.5 dynamic factor conservatively, the booking insert and the
        check-in query bind their parameters, and `sendReminders` defers `rows.Close()`. The rest is below,
        security first.
        """,
        Block([
            F("WAIVER-SHELL", "critical", "security", "Command injection in `handleWaiver` through `student`",
              "Call `exec.CommandContext(ctx, \"waiver-print\", \"--name\", student, \"--out\", out)` without `sh -c`; a name containing `'` escapes the quoting.",
              symbol="Server.handleWaiver", conf=0.95),
            F("WAIVER-PATH", "high", "security", "Waiver output path is built from the student name",
              "Derive the file name from a booking id, or reject names containing path separators.",
              symbol="Server.handleWaiver", conf=0.8),
            F("CLASSES-SQLI", "critical", "security", "SQL injection in `GET /classes` via `level`",
              "Use `WHERE level = $1` and pass `level` as an argument.", symbol="Server.handleClasses", conf=0.95),
            F("COACH-KEY-OPEN", "high", "security", "`coachOnly` lets everyone in when `COACH_KEY` is unset",
              "Fail closed like `adminOnly`: reject when `s.coachKey == \"\"`.", symbol="Server.coachOnly", conf=0.85),
            F("COACH-KEY-TIMING", "low", "security", "Coach key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.coachOnly", conf=0.6),
            F("CANCEL-ANYONE", "high", "security", "Any caller can cancel any student's booking",
              "Put the route behind authentication and cancel by booking id owned by the caller.",
              symbol="Server.handleCancel", conf=0.8),
            F("BOOK-ERR-LEAK", "medium", "security", "Booking returns raw database errors",
              "Log `err` and return a generic message.", symbol="Server.handleBook", conf=0.7),
            F("LANDING-NO-AUTH", "medium", "security", "`POST /landings` is not authenticated",
              "Wrap it in `coachOnly`; anyone can currently post falls.", conf=0.65),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Safety-relevant and correctness problems:",
        Block([
            F("WLL-OVERSTATED", "high", "bug", "Working load limit uses g = 9 instead of 9.81",
              "`breakingKN * 1000 / 9.81 / safetyFactor` (in float, then floor): the current formula overstates every rig's limit by about 9 %, which `canFly` then trusts.",
              symbol="wll", conf=0.85),
            F("INSPECT-FAILED-COUNTS", "high", "bug", "A failed inspection still marks the rig point as inspected",
              "Only update `lastSeen` when `in.Passed`; otherwise mark the point out of service.",
              symbol="Server.handleInspect", conf=0.85),
            F("INSPECT-RACE", "medium", "bug", "`handleInspect` writes `lastSeen` and `events` without `s.mu`",
              "Take `s.mu` for the read, the write and the append; `handleReady` reads the same map under the lock, so this is a concurrent map write.",
              sd=-1, n=2, symbol="Server.handleInspect", conf=0.8),
            F("READY-UNKNOWN-POINT", "high", "bug", "A rig point that was never inspected is reported ready",
              "`ready := ok && time.Since(last) <= inspectEvery`.", symbol="Server.handleReady", conf=0.9),
            F("CHECKIN-SKIPS-READY", "medium", "bug", "Check-in never checks the rig point's inspection",
              "Refuse check-in when the point is not ready (same test as `handleReady`).",
              symbol="Server.handleCheckin", conf=0.6),
            F("BOOK-RACE", "high", "bug", "Seat counting in `handleBook` is unsynchronised",
              "Hold `s.mu` around the increment, the check and the rollback (as `handleCancel` does), or count in SQL.",
              sd=-1, n=3, symbol="Server.handleBook", conf=0.85),
            F("BOOK-SEAT-LEAK", "medium", "bug", "Failed inserts keep their seat",
              "Decrement `s.booked[classID]` (under the lock) when the insert fails.",
              sd=-1, n=2, symbol="Server.handleBook", conf=0.7),
            F("CANCEL-ERR-IGNORED", "medium", "bug", "Delete error is discarded", "Check the error and return 500.",
              symbol="Server.handleCancel", conf=0.7),
            F("CANCEL-COUNT-DRIFT", "medium", "bug", "Cancel decrements the seat count even when nothing was deleted",
              "Check `RowsAffected() == 1` before decrementing; otherwise the count goes negative and the class oversells.",
              symbol="Server.handleCancel", conf=0.75),
            F("HARNESS-INDEX", "high", "bug", "`harnessFor` indexes past the end of `harnessBands`",
              "Loop with `i < len(harnessBands)`; waists over 95 cm panic instead of getting XL.",
              symbol="harnessFor", conf=0.9),
            F("CLASSES-ROWS-LEAK", "medium", "bug", "`handleClasses` never closes `rows`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleClasses", conf=0.8),
            F("LANDING-RACE", "low", "bug", "`flights`/`falls` are updated without synchronisation",
              "Use `sync/atomic` or put them on `Server` under `s.mu`.", sd=-2, n=3, symbol="Server.handleLanding", conf=0.7),
            F("EVENTS-BOUNDS", "medium", "bug", "`/events` panics with fewer than 20 events",
              "`start := max(0, n-20)`.", symbol="Server.handleEvents", conf=0.9),
            F("REMIND-NO-STOP", "low", "bug", "`remindLoop` never returns",
              "`defer t.Stop()` and `select` on `ctx.Done()`; pass a cancellable context from `main`.",
              sd=-1, n=2, symbol="Server.remindLoop", conf=0.7),
            F("REMIND-SCAN-IGNORED", "low", "bug", "Scan error ignored in `sendReminders`",
              "Check it and skip the row.", symbol="Server.sendReminders", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("CLASSES-SQLI", "critical", "security", "SQLi: level from query string into Sprintf'd SQL", "$1 placeholder.", d=-1),
            F("WAIVER-SHELL", "critical", "security", "handleWaiver: student into sh -c", "exec without shell.", d=-2),
            F("COACH-KEY-OPEN", "high", "security", "coachOnly: empty COACH_KEY accepts empty header", "reject empty key.", d=-2),
            F("WLL-OVERSTATED", "high", "bug", "wll divides by 9, not 9.81", "use 9.81 (float).", d=-1),
            F("READY-UNKNOWN-POINT", "high", "bug", "never-inspected point reported ready", "ok && ..."),
            F("BOOK-UNKNOWN-CLASS", "medium", "bug", "booking accepted for any class id (no existence check)", "look the class up first."),
            F("BOOK-RACE", "high", "bug", "s.booked mutated without s.mu (concurrent map writes)", "lock."),
            F("CANCEL-ERR-IGNORED", "medium", "bug", "handleCancel ignores ExecContext error", "handle err."),
            F("INSPECT-RACE", "medium", "bug", "handleInspect appends to s.events / writes lastSeen unlocked", "lock.", d=+2),
            F("HARNESS-INDEX", "high", "bug", "harnessFor: index out of range for waist > 95", "i < len.", d=+1),
            F("LANDING-RACE", "low", "bug", "data race on flights/falls", "atomic.", d=-2),
            F("EVENTS-BOUNDS", "medium", "bug", "s.events[n-20:n] panics when n < 20", "clamp."),
            F("REMIND-NO-STOP", "low", "bug", "remindLoop ignores ctx; ticker never stopped", "select on ctx.Done().", d=-2),
            F("REMIND-SCAN-IGNORED", "low", "bug", "rows.Scan error ignored", "check err."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the trapeze school service in `main.go`.

        **Overview.** The service manages class bookings, rigging inspections, check-ins and waivers for a
        circus school. Because it makes safety decisions (whether a rig point may be used and whether a student
        may fly), logic errors here matter as much as classic security issues.

        **Security issues**
        """,
        Block([
            F("WAIVER-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Waiver Printing",
              "Invoke `waiver-print` directly with arguments instead of through `sh -c`.", sd=-2, n=3,
              desc="The student name from the query string is embedded in a shell command. Single quotes in the name break out of the quoting."),
            F("WAIVER-PATH", "HIGH", "Path Traversal", "Path Traversal in Waiver Output File",
              "Sanitize the student name before using it in a path.", sd=-2, n=3),
            F("CLASSES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Class Listing",
              "Use query parameters.", d=+1, sd=-1, n=3),
            F("COACH-KEY-OPEN", "HIGH", "Broken Authentication", "Coach Authentication Bypass With Empty Key",
              "Reject requests when no coach key is configured.", sd=-2, n=3),
            F("BOOK-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Return a generic error.", sd=-2, n=3),
            F("CANCEL-ANYONE", "HIGH", "Broken Access Control", "Unauthenticated Booking Cancellation",
              "Require authentication for cancellations.", sd=-2, n=3),
            F("LANDING-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Landing Log",
              "Protect the endpoint with `coachOnly`.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Safety, concurrency and reliability issues**
        """,
        Block([
            F("WLL-OVERSTATED", "HIGH", "Logic Error", "Incorrect Unit Conversion in Working Load Limit",
              "Divide by 9.81 (standard gravity).", sd=-2, n=3,
              desc="Using 9 instead of 9.81 makes the computed limit larger than the real one, so heavier students are allowed to fly."),
            F("READY-UNKNOWN-POINT", "HIGH", "Logic Error", "Uninspected Rig Points Reported as Ready",
              "Treat unknown points as not ready.", sd=-2, n=3),
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition in Seat Booking",
              "Protect `s.booked` with `s.mu`.", d=-1, sd=-3, n=3),
            F("INSPECT-RACE", "MEDIUM", "Race Condition", "Unsynchronized Map Access in Inspections",
              "Lock `s.mu` when updating `lastSeen`.", d=-1, sd=-3, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Handlers could be split into separate files per feature."}),
            F("HARNESS-INDEX", "MEDIUM", "Availability", "Index Out of Range in Harness Sizing",
              "Use `<` in the loop condition.", sd=-1, n=3),
            F("LANDING-RACE", "LOW", "Race Condition", "Data Race on Landing Counters",
              "Use atomic counters.", d=+2, sd=0, n=3),
            F("REMIND-NO-STOP", "LOW", "Resource Management", "Ticker Goroutine Never Stops",
              "Stop the ticker and honour the context.", d=-1, sd=-2, n=3),
            F("REMIND-DUPLICATE", "MEDIUM", "Logic Error", "Repeated SMS Reminders Every Hour",
              "Record which students were already reminded.", sd=-2, n=3),
            F("CLASSES-ROWS-LEAK", "MEDIUM", "Resource Management", "Unclosed Rows in Class Listing",
              "Add `defer rows.Close()`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("WAIVER-SHELL", "error", "security", "sh -c with student name", "no shell"),
            F("CLASSES-SQLI", "error", "security", "sqli in /classes", "placeholder"),
            F("COACH-KEY-OPEN", "error", "security", "coach auth open when key unset", "fail closed"),
            F("COACH-KEY-TIMING", "warning", "security", "coach key not constant-time compared", "subtle"),
            F("BOOK-ERR-LEAK", "warning", "", "db error leaked in book", "generic msg"),
            F("BOOK-RACE", "error", "bug", "booked map race", "mutex"),
            F("INSPECT-RACE", "error", "bug", "lastSeen map race", "mutex"),
            F("HARNESS-INDEX", "error", "bug", "harness loop out of range", "i < len"),
            F("EVENTS-BOUNDS", "warning", "bug", "events slice panics under 20", "clamp", d=-1),
            F("REMIND-SCAN-IGNORED", "warning", "bug", "scan err ignored", "check"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        `main.go` (Go, net/http, PostgreSQL): 18 issues.

        1. Critical: command injection (waivers), SQL injection (class list).
        2. Authentication: coach key handling, unauthenticated cancellation.
        3. Safety logic: load limits, inspections, rig readiness.
        4. Concurrency: maps and counters without locks.
        5. Reliability: bounds, goroutines, reminders, server timeouts.
        """,
        Block([
            F("WAIVER-SHELL", "blocker", "security", "Command injection in waiver printing", "Avoid sh -c.", conf=0.95),
            F("WAIVER-NO-TIMEOUT", "minor", "reliability", "External command executed without timeout",
              "Use exec.CommandContext with a deadline.", anchor='exec.Command("sh", "-c", "waiver-print', conf=0.55),
            F("CLASSES-SQLI", "blocker", "security", "SQL injection in class listing", "Use placeholders.", conf=0.9),
            F("COACH-KEY-OPEN", "major", "security", "Coach authentication bypass with empty key", "Fail closed.", conf=0.8),
            F("COACH-KEY-TIMING", "minor", "security", "Timing attack on coach key comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("CANCEL-ANYONE", "major", "security", "Unauthenticated cancellation by student name",
              "Require auth.", conf=0.75),
            F("CANCEL-COUNT-DRIFT", "major", "correctness", "Seat counter decremented without confirming deletion",
              "Check RowsAffected.", conf=0.7),
            F("WLL-OVERSTATED", "major", "correctness", "Working load limit conversion uses wrong constant",
              "Use 9.81.", conf=0.8),
            F("INSPECT-FAILED-COUNTS", "major", "correctness", "Failed inspections update last-seen time",
              "Only record passed inspections as current.", conf=0.8),
            F("INSPECT-RACE", "major", "concurrency", "Concurrent map write in inspection handler", "Lock.", conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Unsynchronized seat counter map", "Lock.", d=+1, conf=0.85),
            F("BOOK-SEAT-LEAK", "minor", "correctness", "Seat not released when booking insert fails",
              "Roll back the counter.", conf=0.6),
            F("HARNESS-INDEX", "major", "correctness", "Off-by-one: harness band lookup out of range",
              "Use < len.", d=+1, conf=0.85),
            F("LANDING-RACE", "minor", "concurrency", "Racy global counters", "Use atomics.", conf=0.65),
            F("EVENTS-BOUNDS", "major", "correctness", "Slice bounds panic for short event list", "Clamp.", conf=0.85),
            F("REMIND-NO-STOP", "minor", "resource-leak", "Reminder goroutine cannot be stopped", "Honor ctx.", conf=0.6),
            F("REMIND-DUPLICATE", "minor", "correctness", "Reminders sent repeatedly", "Track sent reminders.", conf=0.6),
            F("SERVER-NO-TIMEOUTS", "minor", "security", "No server timeouts", "Configure http.Server.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}
