"""test58/go-flightline: a model aircraft club flying-field slot board (Go, net/http 1.22 + database/sql/pgx).
Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test58: seeded problems in a model aircraft club's flying-field slot board (slots, 35 MHz "
    "channel pegs, insurance check, wind closure, logbook); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(M, 'token := r.URL.Query().Get("token")', "security",
                        "pilot token read from the query string: it ends up in access logs, proxies and browser history"),
    "SLOT-UNALIGNED": P(M, "idx := (t.Hour()-firstHour)", "bug",
                        "a start that is not on a slot boundary (09:45) is silently rounded down into the earlier slot"),
    "SLOT-RANGE-OBO": P(M, "if idx < 0 || idx > (lastHour-firstHour)", "bug",
                        "idx > N should be >= N: a 19:00 start (after closing) is accepted as slot 20 of a 20-slot day",
                        "off-by-one"),
    "INSURANCE-OBO": P(M, "return until.After(day)", "bug",
                       "insurance valid until a date inclusive, but After() rejects bookings on the expiry day itself",
                       "off-by-one"),
    "DECODE-ERR-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug",
                            "JSON decode error ignored: a malformed body books with zero values"),
    "BODY-UNBOUNDED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "security",
                        "request body read without http.MaxBytesReader: unbounded memory per request"),
    "CHANNEL-RANGE": P(M, "if req.Channel != 0 {", "bug",
                       "channel number is not checked against the 35 MHz band plan (any int, negative included, is pegged)"),
    "PEG-RACE": P(M, 'http.Error(w, "channel peg taken"', "bug",
                  "pegsFor returns the inner map and the check and claim run outside s.mu: concurrent bookings both get the same channel (and concurrent map writes)",
                  "critical-section"),
    "DB-ERROR-LEAK": P(M, '"booking failed: "+err.Error()', "security",
                       "database error text returned to the client"),
    "LAST-INSERT-ID": P(M, "id, _ := res.LastInsertId()", "bug",
                        "pgx does not support LastInsertId: the error is ignored and every booking answers id 0 (use RETURNING id)"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(`SELECT b.id, b.pilot_id", "bug",
                         "board rows are never closed (no defer rows.Close(), early return on a scan error): connections leak"),
    "BOARD-WRITE-UNLOCKED": P(M, "s.board[day] = cached", "bug",
                              "board cache written without s.mu while other handlers read and delete under it: concurrent map write"),
    "CANCEL-ANY-BOOKING": P(M, "DELETE FROM bookings WHERE id = $1 RETURNING day", "security",
                            "any pilot can cancel any booking: the DELETE is not scoped to the caller's pilot id",
                            "signature-vs-statement"),
    "PEG-NOT-RELEASED": P(M, "delete(s.board, day)", "bug",
                          "cancelling a booking never releases its channel peg: the channel stays blocked all day"),
    "TRANSFER-TO-UNCHECKED": P(M, 'to := r.URL.Query().Get("to")', "security",
                               "transfer target not checked: a booking can be handed to a pilot without valid insurance, bypassing the check"),
    "TRANSFER-NOT-OWNER": P(M, "UPDATE bookings SET pilot_id = $1 WHERE id = $2", "security",
                            "any pilot can transfer anyone's booking: the UPDATE is not scoped to the caller",
                            "signature-vs-statement"),
    "WIND-SHELL": P(M, 'exec.Command("sh", "-c", "metar-fetch', "security",
                    "station query value concatenated into a sh -c command line", "source-vs-sink"),
    "GUST-PARSE-IGNORED": P(M, "gust, _ := strconv.Atoi(", "bug",
                            "Atoi error ignored: unparsable output gives gust 0 and reopens a closed field"),
    "FIELD-CLOSED-RACE": P(M, "s.closed = gust > maxGustKt", "bug",
                           "s.closed and s.windChecks written without s.mu while handleBook reads closed: data race",
                           "critical-section"),
    "LOGBOOK-IDOR": P(M, 'pilot := r.PathValue("pilot")', "security",
                      "any pilot reads any pilot's logbook: the path's pilot id is never compared with the caller's"),
    "SQLI-MODEL": P(M, "q := fmt.Sprintf(`SELECT day, slot, model FROM bookings", "security",
                    "model query value formatted into the SQL text", "source-vs-sink"),
    "SQLI-LIMIT": P(M, "q := fmt.Sprintf(`SELECT day, slot, model FROM bookings", "security",
                    "limit query value formatted into the LIMIT clause unchecked"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                     "http.ListenAndServe without read/write timeouts: slow clients hold connections (Slowloris)"),
}

CONFUSABLE = [
    ("SLOT-UNALIGNED", "SLOT-RANGE-OBO"),
    ("DECODE-ERR-IGNORED", "BODY-UNBOUNDED"),
    ("CHANNEL-RANGE", "PEG-RACE"),
    ("DB-ERROR-LEAK", "LAST-INSERT-ID"),
    ("TRANSFER-TO-UNCHECKED", "TRANSFER-NOT-OWNER"),
    ("GUST-PARSE-IGNORED", "FIELD-CLOSED-RACE"),
    ("SQLI-MODEL", "SQLI-LIMIT"),
    ("LOGBOOK-IDOR", "SQLI-MODEL"),
    ("LOGBOOK-IDOR", "SQLI-LIMIT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the slot board for the flying field. Overall structure is fine and some parts
        are done carefully: `adminAuth` fails closed and uses `subtle.ConstantTimeCompare`, `handleBook`
        invalidates the board under `s.mu`, and the logbook binds the pilot id as `$1`. The main problems are
        authorisation on the pilot endpoints, two injection sinks, and shared state touched outside the mutex.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 6 |
        | low | 2 |
        """,
        Block([
            F("WIND-SHELL", "critical", "security", "Command injection through `station` in `handleWind`",
              "Run `exec.Command(\"metar-fetch\", \"--gust-kt\", station)` without `sh -c` and validate the ICAO code (`^[A-Z]{4}$`).",
              symbol="Server.handleWind", conf=0.9),
            F("SQLI-MODEL", "critical", "security", "SQL injection via `model` in `handleLogbook`",
              "Bind `model` as `$2` (`'%' || $2 || '%'`) instead of formatting it into the query.",
              symbol="Server.handleLogbook", conf=0.95),
            F("SQLI-LIMIT", "high", "security", "`limit` is formatted into the query unchecked",
              "Parse it with `strconv.Atoi`, clamp to 1..200 and bind it.", symbol="Server.handleLogbook", conf=0.85),
            F("LOGBOOK-IDOR", "high", "security", "Pilots can read other pilots' logbooks",
              "Compare `pilot` with `X-Pilot-Id` set by `pilotAuth`, or drop the path parameter.",
              symbol="Server.handleLogbook", conf=0.8),
            F("CANCEL-ANY-BOOKING", "high", "security", "`handleCancel` deletes any pilot's booking",
              "Add `AND pilot_id = $2` with the caller's id.", symbol="Server.handleCancel", conf=0.85),
            F("TRANSFER-NOT-OWNER", "high", "security", "`handleTransfer` lets any pilot reassign any booking",
              "Scope the UPDATE to the caller's bookings.", symbol="Server.handleTransfer", conf=0.85),
            F("PEG-RACE", "high", "bug", "Channel peg check-and-claim is not atomic",
              "Do the lookup and the claim while holding `s.mu` (e.g. a `claimPeg(day, ch, pilot) bool` method); `pegsFor` only protects the outer map, so two pilots can end up on the same 35 MHz channel and the inner map is written concurrently.",
              d=-1, n=2, symbol="Server.handleBook", conf=0.85),
        ]),
        "Correctness and robustness:",
        Block([
            F("SLOT-RANGE-OBO", "medium", "bug", "`slotIndex` accepts a slot one past the end of the day",
              "Use `idx >= (lastHour-firstHour)*60/slotMinutes`.", symbol="slotIndex", conf=0.85),
            F("INSURANCE-OBO", "medium", "bug", "Insurance expiring today is treated as expired",
              "Use `!until.Before(day)` since `until` is inclusive.", symbol="insured", conf=0.75),
            F("FIELD-CLOSED-RACE", "medium", "bug", "`s.closed` and `s.windChecks` are written without the mutex",
              "Take `s.mu` in `handleWind` and when `handleBook` reads `closed` (or use `atomic.Bool`).",
              n=2, symbol="Server.handleWind", conf=0.8),
            F("BOARD-WRITE-UNLOCKED", "medium", "bug", "Board cache is filled without holding `s.mu`",
              "Lock around `s.board[day] = cached`.", symbol="Server.handleBoard", conf=0.8),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` in `handleBoard` is never closed",
              "`defer rows.Close()` after the error check.", symbol="Server.handleBoard", conf=0.85),
            F("DECODE-ERR-IGNORED", "medium", "bug", "Decode error in `handleBook` is ignored",
              "Return 400 when decoding fails.", symbol="Server.handleBook", conf=0.8),
            F("LAST-INSERT-ID", "low", "bug", "`LastInsertId` is not supported by pgx",
              "Use `INSERT ... RETURNING id` with `QueryRow`.", symbol="Server.handleBook", conf=0.7),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("WIND-SHELL", "critical", "security", "shell injection: station -> sh -c", "exec without shell; validate ICAO", d=-3),
            F("SQLI-MODEL", "critical", "security", "SQLi in logbook (model/limit via Sprintf)", "bind params", d=-2),
            F("CANCEL-ANY-BOOKING", "high", "security", "cancel not restricted to booking owner", "pilot_id = caller", d=-3),
            F("TRANSFER-NOT-OWNER", "high", "security", "transfer: no ownership check", "scope UPDATE", d=-3),
            F("PEG-RACE", "high", "bug", "peg map read/written outside mutex (double-claimed channel)", "hold s.mu", d=-2),
            F("CHANNEL-RANGE", "low", "bug", "channel not validated", "check band plan"),
            F("FIELD-CLOSED-RACE", "medium", "bug", "data race on s.closed / s.windChecks", "mutex or atomics", d=1),
            F("SLOT-RANGE-OBO", "medium", "bug", "slotIndex upper bound off by one", ">=", d=-1),
            F("PEG-NOT-RELEASED", "medium", "bug", "cancel leaves channel peg held", "release peg on cancel"),
            F("TOKEN-IN-QUERY", "medium", "security", "pilot token in URL query", "Authorization header"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the flying-field slot board service. It is a compact `net/http` application
        with a PostgreSQL backend, and it handles safety-relevant state (channel pegs, field closure), so I
        paid particular attention to concurrency.

        **Security Findings**
        """,
        Block([
            F("WIND-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Wind Check",
              "Pass arguments directly to `exec.Command` without a shell.", sd=-2, n=3,
              desc="The `station` parameter is appended to a string executed by `sh -c`."),
            F("SQLI-LIMIT", "HIGH", "SQL Injection", "SQL Injection in Logbook Query",
              "Use placeholders for `model` and `limit`.", d=0, sd=-2, n=3,
              desc="`fmt.Sprintf` builds the query from the `limit` parameter without any validation."),
            F("TRANSFER-TO-UNCHECKED", "MEDIUM", "Broken Access Control", "Booking Transfer Bypasses Insurance Check",
              "Validate that the target pilot exists and is insured for the booking's day.", d=0, sd=-2, n=3),
            F("DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Booking Handler",
              "Wrap the body with `http.MaxBytesReader`.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadTimeout` and `WriteTimeout`.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic Findings**
        """,
        Block([
            F("PEG-RACE", "HIGH", "Race Condition", "Race Condition in Channel Peg Allocation",
              "Perform the check and assignment under `s.mu`.", d=-2, sd=-3, n=3,
              desc="The map returned by `pegsFor` is accessed without the mutex. Two pilots could be assigned the same 35 MHz channel, which risks a crash of a model aircraft."),
            F("GUST-PARSE-IGNORED", "MEDIUM", "Error Handling", "Unchecked Wind Gust Parsing",
              "Handle the `strconv.Atoi` error and keep the field closed.", sd=-2, n=3),
            F("FIELD-CLOSED-RACE", "MEDIUM", "Race Condition", "Unsynchronized Write to Field Closed Flag",
              "Protect `closed` with the mutex.", sd=-2, n=3),
            F("SLOT-UNALIGNED", "LOW", "Logic Error", "Start Times Are Rounded Down Silently",
              "Reject starts whose minute is not 0 or 30.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Several functions exceed 30 lines and could be split."}),
            F("INSURANCE-OBO", "MEDIUM", "Logic Error", "Insurance Check Excludes the Expiry Day",
              "Compare with `!until.Before(day)`.", d=-1, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("WIND-SHELL", "critical", "security", "sh -c with user station", "no shell"),
            F("SQLI-MODEL", "critical", "security", "sqli in logbook", "placeholders"),
            F("ROWS-NOT-CLOSED", "medium", "", "rows not closed in handleBoard", "defer rows.Close()"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BOARD-WRITE-UNLOCKED", "medium", "bug", "board map written without lock", "lock s.mu"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection in the wind check (shell) and the logbook (SQL).
        2. Missing ownership checks on cancel, transfer and logbook.
        3. Shared maps and flags accessed without the mutex.
        4. Boundary errors in slot and insurance date handling.
        """,
        Block([
            F("SQLI-MODEL", "blocker", "security", "SQL injection in logbook search", "Use bound parameters.", conf=0.9),
            F("LOGBOOK-IDOR", "major", "security", "Logbook access without ownership check",
              "Check the pilot id against the caller.", conf=0.75),
            F("WIND-SHELL", "blocker", "security", "Shell command injection via station parameter",
              "Avoid sh -c.", conf=0.9),
            F("CANCEL-ANY-BOOKING", "major", "security", "Missing authorization on booking cancellation",
              "Verify the booking owner.", conf=0.8),
            F("TRANSFER-NOT-OWNER", "major", "security", "Booking transfer without authorization",
              "Verify the booking owner.", conf=0.8),
            F("PEG-RACE", "major", "concurrency", "Unsynchronized channel peg map access",
              "Guard with the mutex.", d=3, conf=0.8),
            F("FIELD-CLOSED-RACE", "major", "concurrency", "Data race on closed flag", "Use a mutex.", conf=0.7),
            F("SLOT-RANGE-OBO", "major", "correctness", "Off-by-one in flying hours upper bound",
              "Use >= for the upper bound.", anchor="idx := (t.Hour()-firstHour)", conf=0.8),
            F("INSURANCE-OBO", "minor", "correctness", "Off-by-one on insurance expiry date",
              "Include the expiry day.", conf=0.6),
            F("DECODE-ERR-IGNORED", "minor", "reliability", "JSON decode error ignored in booking handler",
              "Check the error.", conf=0.7),
            F("LAST-INSERT-ID", "minor", "reliability", "LastInsertId unsupported by driver; error ignored",
              "Use RETURNING id.", conf=0.6),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 6 major, 3 minor"),
    ]),
}
