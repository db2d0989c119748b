"""test114/go-funicular: a funicular railway desk (Go). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or truth (only splits/README.md's general and test37 sections, the builders and the tune2 spec,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test114: seeded problems in a net/http + database/sql funicular railway desk (car "
    "schedules, ticket zones, brake tests); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "OPERATOR-ANY-VALUE": P(M, 'if r.Header.Get("X-Operator") == "" {', "security",
                            "operatorOnly accepts any non-empty X-Operator header: no secret at all"),
    "BOARD-NIL-CAR": P(M, "if car.Aboard+n >= car.Capacity {", "bug",
                       "unknown car id: s.cars returns nil and car.Aboard panics"),
    "BOARD-CAPACITY-OFF-BY-ONE": P(M, "if car.Aboard+n >= car.Capacity {", "bug",
                                   "'>=' refuses a party that fills the car exactly: the last seat is never sold",
                                   "off-by-one"),
    "BOARD-UNLOCKED": P(M, "car.Aboard += n", "bug",
                        "handleBoard reads the map and updates Aboard and s.sold without s.mu: concurrent boarding "
                        "overfills the car and loses ticket counts", "critical-section"),
    "DEPART-EARLY-UNLOCK": P(M, "s.mu.Unlock()", "bug",
                             "handleDepart releases s.mu before checking BrakeOK/halted and writing Position: races "
                             "with brake tests, resets and the wind halt", "critical-section", nth=2),
    "BRAKE-STALE": P(M, "if !ok || !car.BrakeOK || s.halted {", "bug",
                     "BrakeOK never expires: one passed test lets the car depart for ever (no test date checked)"),
    "RESET-NO-AUTH": P(M, "s.withCar(id, func(c *Car) { c.BrakeOK, c.Aboard = true, 0 })", "security",
                       "unauthenticated reset marks the car's brakes as tested", "signature-vs-statement"),
    "FARE-ZONE-OFF-BY-ONE": P(M, "from > len(zoneFares) || to > len(zoneFares)", "bug",
                              "'>' instead of '>=': zone 4 passes the check and zoneFares[4] panics", "off-by-one"),
    "FARE-NEGATIVE-CROSSING": P(M, "return zoneFares[to-from], nil", "bug",
                                "downhill journeys (to < from) index with a negative number and panic"),
    "TICKET-NEGATIVE-COUNT": P(M, "total := fare*req.Adults + fare/2*req.Children", "bug",
                               "negative adult or child counts give a zero or negative total: free tickets"),
    "GATE-TIMING": P(M, "if s.sign(code) != sig {", "security",
                     "ticket signature compared with != instead of hmac.Equal (timing)", "signature-vs-statement"),
    "GATE-REPLAY": P(M, "if s.sign(code) != sig {", "security",
                     "a valid signature is all the gate checks: tickets are never marked used and never expire"),
    "TICKET-KEY-UNSET": P(M, 'ticketKey: []byte(os.Getenv("TICKET_KEY"))', "security",
                          "TICKET_KEY unset gives an empty HMAC key: anyone can sign tickets (extra, one agent)"),
    "BRAKE-SKIP-FIRST": P(M, "for i := 1; i < len(readings); i++ {", "bug",
                          "loop starts at 1: the first axle's reading is never checked", "off-by-one"),
    "BRAKE-INSERT-ERR-IGNORED": P(M, '_, _ = s.db.Exec("INSERT INTO brake_tests', "bug",
                                  "brake test record error discarded: the car is marked tested with no record kept"),
    "HISTORY-SQLI-CAR": P(M, "WHERE car = '%s' ORDER BY %s\", car, order)", "security",
                          "car query value formatted into the SQL", "source-vs-sink"),
    "HISTORY-SQLI-ORDER": P(M, "WHERE car = '%s' ORDER BY %s\", car, order)", "security",
                            "order query value formatted into ORDER BY"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                 "rows never closed (no defer rows.Close()): connections leak, rows.Err unchecked"),
    "HISTORY-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                               "database error text (SQL, schema) returned to the client"),
    "REPORT-SHELL-TO": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"brake-report \"+car", "security",
                         "to query value concatenated into an sh -c command line", "source-vs-sink"),
    "REPORT-SHELL-CAR": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"brake-report \"+car", "security",
                          "car path value concatenated into the same shell command"),
    "WIND-NO-TIMEOUT": P(M, 'resp, err := http.Get(s.sensorURL + "/wind")', "bug",
                         "http.Get on the default client has no timeout (ctx unused): a stuck sensor stalls dispatch"),
    "WIND-BODY-LEAK": P(M, 'resp, err := http.Get(s.sensorURL + "/wind")', "bug",
                        "resp.Body never closed: a connection leaks every 30 s"),
    "WIND-ERROR-FAILS-OPEN": P(M, "s.halted = wind > maxWindKnots", "bug",
                               "on a sensor error wind is 0 and the halt is lifted: the railway runs blind in a gale"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("BOARD-NIL-CAR", "BOARD-CAPACITY-OFF-BY-ONE"),
    ("DEPART-EARLY-UNLOCK", "BRAKE-STALE"),
    ("FARE-ZONE-OFF-BY-ONE", "FARE-NEGATIVE-CROSSING"),
    ("GATE-TIMING", "GATE-REPLAY"),
    ("HISTORY-SQLI-CAR", "HISTORY-SQLI-ORDER"),
    ("HISTORY-ROWS-NOT-CLOSED", "HISTORY-DB-ERROR-LEAK"),
    ("HISTORY-SQLI-CAR", "HISTORY-DB-ERROR-LEAK"),
    ("REPORT-SHELL-TO", "REPORT-SHELL-CAR"),
    ("WIND-NO-TIMEOUT", "WIND-BODY-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` (the whole service). It runs a two-car funicular: boarding, departures, fares and gate
        checks, brake tests and a wind-sensor loop that halts service.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 8 |
        | medium | 6 |
        | low | 1 |

        Safety-relevant logic deserves the most attention here: brake tests skip an axle, a reset endpoint marks
        brakes as tested without authentication, and a wind-sensor failure lifts the halt. What is done right:
        `adminOnly` fails closed on an empty key and uses `subtle.ConstantTimeCompare`, `withCar` and
        `handleSchedule` hold `s.mu` for the whole access, the ticket and brake-test bodies are size-limited, and
        the brake pressure comparison itself (`< minBrakeBar`) is correct.
        """,
        Block([
            F("BRAKE-SKIP-FIRST", "critical", "bug", "Brake test never checks the first reading",
              "Iterate from 0 (`for _, rd := range readings`); a failing first axle currently passes.",
              symbol="Server.handleBrakeTest", conf=0.95),
            F("RESET-NO-AUTH", "critical", "security", "Unauthenticated `/reset` marks brakes as tested",
              "Put `handleReset` behind `adminOnly` and do not set `BrakeOK` outside a brake test.",
              symbol="Server.handleReset", conf=0.9),
            F("HISTORY-SQLI-CAR", "critical", "security", "SQL injection via `car` in brake test history",
              "Use `$1` for car and an allow-list for order.", symbol="Server.handleBrakeHistory", conf=0.9),
            F("HISTORY-SQLI-ORDER", "high", "security", "`order` is formatted into `ORDER BY`",
              "Map order to a fixed set of columns.", symbol="Server.handleBrakeHistory", conf=0.85),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.",
              symbol="Server.handleBrakeHistory", conf=0.85),
            F("REPORT-SHELL-TO", "high", "security", "Shell injection through the `to` address in brake reports",
              "Run `brake-report` and `mail` with `exec.Command` argument lists and connect them with a pipe in Go.",
              symbol="Server.handleBrakeReport", conf=0.85),
            F("OPERATOR-ANY-VALUE", "high", "security", "`operatorOnly` accepts any non-empty header value",
              "Check an operator credential the way `adminOnly` checks the admin key.",
              symbol="Server.operatorOnly", conf=0.9),
            F("WIND-ERROR-FAILS-OPEN", "high", "bug", "Wind sensor failure lifts the wind halt",
              "On error keep the previous state (or halt); `wind` is 0 when `fetchWind` fails.",
              symbol="Server.dispatchLoop", conf=0.85),
            F("WIND-NO-TIMEOUT", "medium", "bug", "Wind sensor request has no timeout and ignores `ctx`",
              "Use `http.NewRequestWithContext` with a client that has a `Timeout`.", symbol="Server.fetchWind", conf=0.8),
            F("WIND-BODY-LEAK", "medium", "bug", "Wind sensor response body is never closed",
              "`defer resp.Body.Close()`.", symbol="Server.fetchWind", conf=0.85),
        ]),
        "Concurrency, fares and tickets:",
        Block([
            F("BOARD-UNLOCKED", "high", "bug", "Data race in `handleBoard`: car and sales counter updated without `s.mu`",
              "Do the lookup, capacity check and both increments inside `withCar`.", n=2,
              symbol="Server.handleBoard", conf=0.85),
            F("BOARD-CAPACITY-OFF-BY-ONE", "low", "bug", "Capacity check refuses a party that exactly fills the car",
              "Use `car.Aboard+n > car.Capacity`.", symbol="Server.handleBoard", conf=0.7),
            F("DEPART-EARLY-UNLOCK", "high", "bug", "`handleDepart` checks and mutates the car after releasing `s.mu`",
              "Hold the lock through the checks and the state change (use `withCar`).",
              d=-1, sd=-1, n=3, symbol="Server.handleDepart", conf=0.8),
            F("FARE-ZONE-OFF-BY-ONE", "medium", "bug", "Zone bound check allows `len(zoneFares)`",
              "Use `>=`; zone 4 panics on the index below.", symbol="fareFor", conf=0.85),
            F("FARE-NEGATIVE-CROSSING", "medium", "bug", "Downhill fares index `zoneFares` with a negative number",
              "Use the absolute number of zones crossed.", symbol="fareFor", conf=0.85),
            F("GATE-TIMING", "medium", "security", "Gate compares ticket signatures with `!=`",
              "Use `hmac.Equal`.", symbol="Server.handleGate", conf=0.75),
            F("GATE-REPLAY", "high", "security", "Gate accepts the same ticket any number of times",
              "Record used ticket codes (and an expiry) and refuse a second use.", symbol="Server.handleGate", conf=0.8),
            F("TICKET-KEY-UNSET", "high", "security", "Empty `TICKET_KEY` makes ticket signatures forgeable",
              "Refuse to start without a ticket key, as `adminOnly` refuses an empty admin key.", symbol="main", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("HISTORY-SQLI-CAR", "critical", "security", "SQL injection: ?car= into Sprintf query", "Placeholders.", d=-2),
            F("HISTORY-SQLI-ORDER", "high", "security", "SQL injection: ?order= into ORDER BY", "Allow-list.", d=-1),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "rows.Close() missing", "defer rows.Close()."),
            F("REPORT-SHELL-TO", "high", "security", "sh -c with ?to= appended", "exec.Command args, no shell.", d=-1),
            F("RESET-NO-AUTH", "critical", "security", "POST /cars/{car}/reset unauthenticated, sets BrakeOK=true",
              "adminOnly.", d=-2),
            F("OPERATOR-ANY-VALUE", "high", "security", "operatorOnly only checks header presence", "Verify a credential."),
            F("BOARD-NIL-CAR", "medium", "bug", "nil *Car deref for unknown car in handleBoard", "Check ok."),
            F("BOARD-UNLOCKED", "high", "bug", "s.sold / car.Aboard modified without lock (data race)", "Lock s.mu.", d=+1),
            F("DEPART-EARLY-UNLOCK", "medium", "bug", "car fields read/written after s.mu.Unlock()", "Hold lock.", d=+1),
            F("FARE-ZONE-OFF-BY-ONE", "medium", "bug", "fareFor bound check off by one (> len)", ">= len."),
            F("FARE-NEGATIVE-CROSSING", "medium", "bug", "fareFor panics when to < from", "Use abs(to-from)."),
            F("GATE-TIMING", "low", "security", "non-constant-time signature comparison in handleGate", "hmac.Equal.", d=-2),
            F("BRAKE-SKIP-FIRST", "high", "bug", "Brake loop skips readings[0]", "Start at 0."),
            F("BRAKE-INSERT-ERR-IGNORED", "medium", "bug", "brake_tests insert error discarded", "Return 500; do not mark OK."),
            F("WIND-NO-TIMEOUT", "medium", "bug", "http.Get without timeout in fetchWind", "Client with Timeout."),
            F("SERVER-NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the funicular railway service in `main.go`. It manages cars, boarding, ticket
        fares and gate validation, brake tests and a wind monitoring loop.

        ## Security Issues
        """,
        Block([
            F("OPERATOR-ANY-VALUE", "HIGH", "Broken Authentication", "Operator Authentication Only Checks Header Presence",
              "Validate the operator header against a configured secret.", sd=-2, n=3),
            F("RESET-NO-AUTH", "CRITICAL", "Broken Access Control", "Unauthenticated Car Reset Marks Brakes as Passed",
              "Require admin authentication for the reset endpoint.",
              desc="`handleReset` is registered without any middleware and sets `BrakeOK` to true, so anyone can clear a failed brake test."),
            F("GATE-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Ticket Signature Verification",
              "Use `hmac.Equal` for the comparison.", sd=-2, n=3),
            F("HISTORY-SQLI-CAR", "CRITICAL", "SQL Injection", "SQL Injection in Brake Test History",
              "Use parameterized queries.", sd=-2, n=3),
            F("HISTORY-SQLI-ORDER", "HIGH", "SQL Injection", "SQL Injection via order Parameter",
              "Allow only specific columns for sorting."),
            F("HISTORY-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message."),
            F("REPORT-SHELL-TO", "CRITICAL", "Command Injection", "Command Injection in Brake Report Mailer",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("REPORT-SHELL-CAR", "HIGH", "Command Injection", "Car Identifier Concatenated Into Shell Command",
              "Validate the car ID against known cars."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadTimeout`, `WriteTimeout` and `IdleTimeout`."),
        ], wrap="list"),
        """
        ## Logic, Safety and Reliability Issues
        """,
        Block([
            F("BRAKE-SKIP-FIRST", "CRITICAL", "Logic Error", "Brake Test Skips the First Axle Reading",
              "Start the loop at index 0.", d=+1, sd=-1, n=3,
              desc="Because the loop begins at 1, a brake pressure below the minimum on the first reading is ignored and the car is marked safe."),
            F("BOARD-CAPACITY-OFF-BY-ONE", "LOW", "Logic Error", "Car Can Never Be Filled to Capacity",
              "Use `>` instead of `>=`.", sd=-2, n=3),
            F("BOARD-UNLOCKED", "HIGH", "Race Condition", "Race Condition When Boarding Passengers",
              "Acquire `s.mu` before reading and modifying the car."),
            F("BRAKE-STALE", "HIGH", "Logic Error", "Brake Test Result Never Expires",
              "Store the test time and require a recent test before departure."),
            F("TICKET-NEGATIVE-COUNT", "MEDIUM", "Business Logic", "Negative Passenger Counts Produce Negative Ticket Totals",
              "Reject negative `Adults` and `Children`."),
            F("FARE-NEGATIVE-CROSSING", "MEDIUM", "Availability", "Panic on Downhill Fare Calculation",
              "Use the absolute zone difference."),
            U({"severity": "LOW", "category": "Code Quality", "title": "", "description": "Magic numbers for capacity in main."}),
            F("WIND-NO-TIMEOUT", "MEDIUM", "Availability", "Wind Sensor Request Without Timeout",
              "Use an `http.Client` with a timeout."),
            F("WIND-ERROR-FAILS-OPEN", "HIGH", "Safety", "Wind Sensor Errors Resume Service",
              "Keep the line halted when the sensor cannot be read."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("BRAKE-SKIP-FIRST", "error", "bug", "brake check loop starts at 1", "start at 0"),
            F("HISTORY-SQLI-CAR", "error", "security", "sqli in brake history", "use $1"),
            F("REPORT-SHELL-CAR", "error", "security", "car id goes into sh -c", "no shell"),
            F("GATE-TIMING", "warning", "security", "signature compare not constant time", "hmac.Equal"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("BOARD-CAPACITY-OFF-BY-ONE", "warning", "", "board check off by one, last seat never sold", "use >"),
            F("BOARD-UNLOCKED", "warning", "bug", "s.sold racy", "atomic or lock", d=+1),
            F("FARE-ZONE-OFF-BY-ONE", "error", "bug", "zone check lets len(zoneFares) through", ">="),
            F("WIND-BODY-LEAK", "warning", "bug", "resp body not closed in fetchWind", "defer Close"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Authentication of operators is ineffective.
        2. Brake testing and departure logic have safety defects.
        3. Concurrency: shared car state is modified without the mutex.
        4. Injection in brake history and brake reports.
        5. Resource handling in the HTTP client, the database rows and the server.
        """,
        Block([
            F("OPERATOR-ANY-VALUE", "blocker", "security", "Operator middleware does not authenticate",
              "Check a shared secret.", conf=0.85),
            F("BOARD-NIL-CAR", "major", "correctness", "Nil pointer dereference for unknown car",
              "Handle missing cars with 404.", conf=0.75),
            F("BOARD-CAPACITY-OFF-BY-ONE", "minor", "correctness", "Off-by-one in car capacity check",
              "Use > instead of >=.", d=+1, conf=0.7),
            F("DEPART-EARLY-UNLOCK", "major", "concurrency", "Car state accessed outside the mutex on departure",
              "Keep the lock held.", conf=0.75),
            F("BRAKE-STALE", "major", "correctness", "Departure relies on a brake flag without a test date",
              "Check the age of the last brake test.", d=-1, conf=0.6),
            F("RESET-NO-AUTH", "blocker", "security", "Reset endpoint lacks authorization", "Add adminOnly.", conf=0.85),
            F("FARE-ZONE-OFF-BY-ONE", "major", "correctness", "Zone validation allows an out-of-range index",
              "Compare with >=.", d=-1, conf=0.75),
            F("TICKET-NEGATIVE-COUNT", "major", "correctness", "Ticket total not validated for negative counts",
              "Validate counts.", conf=0.7),
            F("GATE-REPLAY", "major", "security", "Tickets can be reused at the gate",
              "Mark tickets as used.", d=-1, conf=0.7),
            F("BRAKE-SKIP-FIRST", "blocker", "correctness", "First brake reading ignored",
              "Loop from 0.", conf=0.9),
            F("BRAKE-INSERT-ERR-IGNORED", "major", "reliability", "Brake test insert error ignored",
              "Handle the error.", conf=0.7),
            F("HISTORY-SQLI-CAR", "blocker", "security", "SQL injection in brake history query",
              "Use placeholders.", conf=0.9),
            F("HISTORY-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed",
              "defer rows.Close().", conf=0.8),
            F("HISTORY-DB-ERROR-LEAK", "minor", "security", "Internal database error exposed",
              "Return a generic error.", conf=0.65),
            F("REPORT-SHELL-TO", "blocker", "security", "Command injection in brake report",
              "Do not use sh -c.", conf=0.9),
            F("WIND-BODY-LEAK", "major", "resource-leak", "HTTP response body not closed",
              "Close the body.", conf=0.8),
            F("WIND-ERROR-FAILS-OPEN", "major", "reliability", "Sensor error treated as calm wind",
              "Halt on sensor failure.", d=-3, conf=0.75),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts",
              "Use http.Server with timeouts.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 5 blocker, 10 major, 3 minor"),
    ]),
}
