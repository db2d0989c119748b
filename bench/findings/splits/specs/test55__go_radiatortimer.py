"""test55/go-radiatortimer: a village hall heating-timer scheduler (Go, net/http + pgx). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test55: a village hall's heating-timer scheduler with seeded problems; five "
    "agents' answers written by hand."
)

G = "main.go"
PROBLEMS = {
    "HIRER-CODE-IN-URL": P(G, 'code := r.URL.Query().Get("booking_code")', "security",
                           "booking code travels in the query string (logs, history, referrers)"),
    "HIRER-CODE-UNCHECKED": P(G, 'if code == "" {', "security",
                              "hirerOnly only checks the code is non-empty, never that it belongs to a booking",
                              "signature-vs-statement"),
    "BOOK-SLOTS-UNCHECKED": P(G, "end := b.Start.Add(", "bug",
                              "slots not validated: zero or negative slots give an end before the start, huge ones heat for weeks"),
    "BOOK-CLASH-BOUNDARY": P(G, "start_at <= $2 AND end_at >= $3", "bug",
                             "<= / >= treat back-to-back bookings (one ends when the next starts) as a clash", "off-by-one"),
    "BOOK-SCAN-IGNORED": P(G, "start_at <= $2 AND end_at >= $3", "bug",
                           "Scan error of the clash query ignored: on a database error clash stays 0 and the booking goes through"),
    "BOOK-RACE": P(G, "INSERT INTO bookings", "bug",
                   "clash count and insert are separate statements with no transaction or exclusion constraint: two hirers book the same time"),
    "CANCEL-ANY-BOOKING": P(G, "DELETE FROM bookings WHERE id = $1", "security",
                            "cancel deletes by id alone: any non-empty booking code cancels anyone's booking",
                            "signature-vs-statement"),
    "CANCEL-PAST": P(G, "DELETE FROM bookings WHERE id = $1", "bug",
                     "bookings already running or finished can be cancelled (heating cut mid-event, hire record lost)"),
    "BOOST-HOURS-UNCHECKED": P(G, "hours, _ := strconv.Atoi", "bug",
                               "boost hours unvalidated (error ignored): any hirer keeps the boiler on for months"),
    "BOOST-ANY-ZONE": P(G, "z, ok := s.zones[id]", "security",
                        "a hirer can boost any zone at any time, not the zone and time of their own booking"),
    "BOOST-RACE": P(G, "z.Override = &until", "bug",
                    "boost writes z.Override and z.On and calls switchRelay (switchCount map) without s.mu while tick holds it",
                    "critical-section"),
    "RELAY-UNDER-LOCK": P(G, "s.switchRelay(z.ID, want)", "performance",
                          "tick runs relayctl while holding s.mu: every handler that locks waits for the relays"),
    "RELAYTEST-SHELL": P(G, '"relayctl pulse "+zone', "security",
                         "zone and seconds query values concatenated into sh -c", "source-vs-sink"),
    "RELAYTEST-NO-TIMEOUT": P(G, "out, err := cmd.CombinedOutput()", "bug",
                              "relay pulse runs without a timeout or bound on seconds: the request hangs as long as the pulse"),
    "READING-NO-AUTH": P(G, "func (s *Server) handleReading(", "security",
                         "sensor endpoint unauthenticated: anyone posts readings and suppresses or fakes frost alerts"),
    "READING-RACE": P(G, "s.lastReading[zone] = in.C", "bug",
                      "lastReading read and written without s.mu by concurrent sensor posts (concurrent map writes, duplicate or missed frost alerts)",
                      "critical-section"),
    "READING-ANY-ZONE": P(G, "s.lastReading[zone] = in.C", "performance",
                          "any path value becomes a zone key: the map grows without bound"),
    "ALERT-RESPONSE-LEAK": P(G, "http.Post(s.alertURL", "bug",
                             "frost alert response never closed and its error ignored (failed alerts are silent)"),
    "ALERT-NO-TIMEOUT": P(G, "http.Post(s.alertURL", "bug",
                          "default http client without a timeout: a hung alert endpoint piles up goroutines"),
    "STATUS-CACHE-RACE": P(G, "statusAt = time.Now()", "bug",
                           "statusAt/statusCache checked and read outside the lock: data race, several requests re-marshal at once",
                           "critical-section"),
    "WEEK-SQLI": P(G, "WHERE zone = '%s'", "security", "zone query value formatted into SQL", "source-vs-sink"),
    "WEEK-DB-ERROR-LEAK": P(G, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                            "database error text returned to the client"),
    "WEEK-SCAN-IGNORED": P(G, "rows.Scan(&b.Hirer", "bug", "Scan error ignored in the week view (zero bookings shown)"),
    "WEEK-DAY-SHIFT": P(G, "day := int(b.Start.Weekday())", "bug",
                        "Weekday() is Sunday-first but the board is Monday-first: every booking lands a column early",
                        "off-by-one"),
    "DUE-ROWS-NOT-CLOSED": P(G, "WHERE end_at > now() - interval '1 day'", "bug",
                             "dueBookings never closes rows: a connection leaks every minute"),
    "DUE-HEAT-ENDS-EARLY": P(G, "now.Before(end.Add(-slotMinutes*time.Minute))", "bug",
                             "heating switched off a whole slot before the booking ends", "off-by-one"),
    "SERVER-NO-TIMEOUTS": P(G, 'http.ListenAndServe(":8080", mux)', "security",
                            "server without read/write timeouts (slow clients hold connections)"),
}

CONFUSABLE = [
    ("HIRER-CODE-IN-URL", "HIRER-CODE-UNCHECKED"),
    ("BOOK-SLOTS-UNCHECKED", "BOOK-CLASH-BOUNDARY"),
    ("BOOK-CLASH-BOUNDARY", "BOOK-SCAN-IGNORED"),
    ("BOOK-SLOTS-UNCHECKED", "BOOK-SCAN-IGNORED"),
    ("CANCEL-ANY-BOOKING", "CANCEL-PAST"),
    ("BOOST-HOURS-UNCHECKED", "BOOST-ANY-ZONE"),
    ("RELAYTEST-SHELL", "RELAYTEST-NO-TIMEOUT"),
    ("READING-RACE", "READING-ANY-ZONE"),
    ("ALERT-RESPONSE-LEAK", "ALERT-NO-TIMEOUT"),
    ("WEEK-SQLI", "WEEK-DB-ERROR-LEAK"),
    ("WEEK-SCAN-IGNORED", "WEEK-DAY-SHIFT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole heating timer: booking intake, hirer boosts, the caretaker relay test,
        sensor readings with frost alerts, the status and week views, and the one-minute `tick` that drives the
        boiler relays.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 11 |
        | low | 4 |

        What is right: `caretakerOnly` fails closed on an empty key and uses `subtle.ConstantTimeCompare`;
        `switchRelay` calls `relayctl` with an argument list (no shell); `tick` collects due bookings before
        taking the lock and updates zones under it; `handleBook` binds every parameter. What is not is mostly
        about trust in the hirer, shared state touched outside `s.mu`, and time arithmetic at the edges.
        """,
        Block([
            F("RELAYTEST-SHELL", "critical", "security", "Shell injection in `/relay/test` via `zone` and `seconds`",
              "Validate `zone` against `s.zones` and `seconds` with `strconv.Atoi`, then `exec.CommandContext(ctx, \"relayctl\", \"pulse\", zone, secs)`.",
              symbol="Server.handleRelayTest", conf=0.9),
            F("WEEK-SQLI", "critical", "security", "SQL injection in `/week` through `zone`",
              "Use `$1`/`$2` placeholders.", symbol="Server.handleWeek", conf=0.95),
            F("WEEK-DB-ERROR-LEAK", "low", "security", "`/week` returns raw database errors",
              "Log `err`; answer a generic 500.", symbol="Server.handleWeek", conf=0.7),
            F("HIRER-CODE-UNCHECKED", "high", "security", "`hirerOnly` accepts any non-empty booking code",
              "Look the code up (hashed) and put the booking in the request context for the handler.",
              symbol="Server.hirerOnly", conf=0.9),
            F("CANCEL-ANY-BOOKING", "high", "security", "Any hirer can cancel any booking",
              "`DELETE ... WHERE id = $1 AND code_hash = $2`, and 404 when no row is affected.",
              symbol="Server.handleCancel", conf=0.85),
            F("BOOST-ANY-ZONE", "medium", "security", "Boost is not tied to the hirer's booking",
              "Allow a boost only for the booked zone and only during the booking.", symbol="Server.handleOverride",
              conf=0.7),
            F("READING-NO-AUTH", "medium", "security", "Sensor readings are accepted from anyone",
              "Authenticate sensors (per-sensor token) — a forged 20 °C reading hides a real frost.",
              symbol="Server.handleReading", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "low", "security", "`http.ListenAndServe` without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", conf=0.6),
        ]),
        "Concurrency, resources and timing:",
        Block([
            F("BOOST-RACE", "high", "bug", "`handleOverride` mutates zones and `switchCount` without `s.mu`",
              "Take `s.mu` around the zone update and the relay switch (as `tick` does); concurrent boosts and ticks can crash with `concurrent map writes` on `switchCount`.",
              d=2, symbol="Server.handleOverride", conf=0.85),
            F("READING-RACE", "high", "bug", "`lastReading` map accessed without a lock",
              "Hold `s.mu` while reading `prev` and storing the new value.", symbol="Server.handleReading", conf=0.85),
            F("STATUS-CACHE-RACE", "medium", "performance", "Status cache is checked outside the lock, so bursts re-marshal repeatedly",
              "Check and read `statusAt`/`statusCache` under the same lock (or drop the globals and marshal under `s.mu`).",
              d=-3, symbol="Server.handleStatus", conf=0.7),
            F("RELAY-UNDER-LOCK", "medium", "performance", "`tick` runs `relayctl` while holding `s.mu`",
              "Decide under the lock, switch the relays after unlocking.", symbol="Server.tick", conf=0.65),
            F("BOOK-RACE", "medium", "bug", "Double booking possible between the clash check and the insert",
              "Use an exclusion constraint on `tstzrange(start_at, end_at)` per zone, or a serializable transaction.",
              symbol="Server.handleBook", conf=0.75),
            F("BOOK-CLASH-BOUNDARY", "medium", "bug", "Back-to-back bookings are rejected as clashes",
              "Use strict comparisons: `start_at < $2 AND end_at > $3`.", symbol="Server.handleBook", conf=0.8),
            F("BOOK-SCAN-IGNORED", "medium", "bug", "Clash query error ignored",
              "Check the `Scan` error; on failure answer 500 instead of booking.", symbol="Server.handleBook", conf=0.75),
            F("BOOK-SLOTS-UNCHECKED", "medium", "bug", "`slots` is not validated",
              "Require `1 <= slots <= 24`.", symbol="Server.handleBook", conf=0.7),
            F("BOOST-HOURS-UNCHECKED", "medium", "bug", "Boost `hours` unbounded and its parse error ignored",
              "Reject errors and cap at the booking's end.", symbol="Server.handleOverride", conf=0.75),
            F("DUE-ROWS-NOT-CLOSED", "high", "bug", "`dueBookings` leaks `rows` every tick",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.dueBookings", conf=0.9),
            F("DUE-HEAT-ENDS-EARLY", "medium", "bug", "Heating switches off one slot before the booking ends",
              "Use `now.Before(end)`; the booking's own end is the end.", symbol="Server.dueBookings", conf=0.8),
            F("WEEK-DAY-SHIFT", "low", "bug", "Week view puts Sunday in the Monday column",
              "`day := (int(b.Start.Weekday()) + 6) % 7`.", symbol="Server.handleWeek", conf=0.75),
            F("WEEK-SCAN-IGNORED", "low", "bug", "`rows.Scan` error ignored in the week view",
              "Check it.", symbol="Server.handleWeek", conf=0.6),
            F("ALERT-RESPONSE-LEAK", "medium", "bug", "Frost alert response body never closed, error ignored",
              "Check `err`, `defer resp.Body.Close()`, log non-2xx.", symbol="Server.frostAlert", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("RELAYTEST-SHELL", "critical", "security", "handleRelayTest: query params into sh -c",
              "exec without shell; validate", d=-2),
            F("WEEK-SQLI", "critical", "security", "handleWeek builds SQL with Sprintf from ?zone",
              "placeholders", d=-2),
            F("HIRER-CODE-UNCHECKED", "high", "security", "hirerOnly never validates booking_code",
              "lookup code", d=-3),
            F("CANCEL-ANY-BOOKING", "high", "security", "handleCancel deletes by id only",
              "scope delete to code", d=-3),
            F("BOOST-RACE", "high", "bug", "handleOverride writes zone fields without s.mu (races tick)",
              "lock s.mu", d=-1),
            F("BOOST-HOURS-UNCHECKED", "medium", "bug", "hours: Atoi error dropped, no bound", "validate"),
            F("BOOK-CLASH-BOUNDARY", "medium", "bug", "clash test inclusive at both ends",
              "strict < >", d=1),
            F("BOOK-SCAN-IGNORED", "medium", "bug", "QueryRow(...).Scan error unchecked", "check err"),
            F("BOOK-SLOTS-UNCHECKED", "low", "bug", "slots <= 0 accepted", "validate"),
            F("BOOK-RACE", "medium", "bug", "check-then-insert booking race", "constraint/tx"),
            F("RELAYTEST-NO-TIMEOUT", "low", "bug", "relay test has no timeout", "CommandContext"),
            F("DUE-ROWS-NOT-CLOSED", "high", "bug", "rows not closed in dueBookings", "defer rows.Close()"),
            F("DUE-HEAT-ENDS-EARLY", "medium", "bug", "due window ends slotMinutes early",
              "now.Before(end)", d=-1),
            F("WEEK-SCAN-IGNORED", "low", "bug", "Scan error ignored in handleWeek", "check"),
            F("ALERT-RESPONSE-LEAK", "low", "bug", "frostAlert drops resp/err", "close body"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the village hall heating timer in `main.go`. This Go service schedules boiler
        zones around hall bookings, lets hirers boost the heating, and raises frost alerts from room sensors.

        ## Security Findings

        Several endpoints are either unauthenticated or trust weak credentials, and two endpoints build
        commands or queries from user input.
        """,
        Block([
            F("RELAYTEST-SHELL", "CRITICAL", "Command Injection", "Command Injection in Relay Test Endpoint",
              "Avoid `sh -c`; pass arguments directly to `exec.Command`.", sd=-2, n=3,
              desc="Both `zone` and `seconds` come from the query string and are concatenated into a shell command."),
            F("WEEK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Weekly Schedule",
              "Use parameterized queries.", sd=-2, n=3),
            F("WEEK-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Users",
              "Return a generic message.", sd=-2, n=3),
            F("HIRER-CODE-UNCHECKED", "HIGH", "Broken Authentication", "Booking Code Is Never Validated",
              "Verify the booking code against the database.", sd=-2, n=3),
            F("HIRER-CODE-IN-URL", "LOW", "Information Disclosure", "Booking Code Passed in URL",
              "Send the code in a header.", sd=-1, n=3),
            F("READING-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Sensor Endpoint",
              "Require a sensor token.", n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Concurrency and Logic Findings
        """,
        Block([
            F("BOOST-RACE", "HIGH", "Race Condition", "Data Race on Zone State in Boost Handler",
              "Acquire `s.mu` before modifying the zone.", sd=-2, n=3,
              desc="`tick` updates zones while holding `s.mu`, but `handleOverride` writes `Override` and `On` without it."),
            F("READING-RACE", "HIGH", "Race Condition", "Concurrent Map Access on lastReading",
              "Protect the map with the mutex.", d=-1, sd=-2, n=3),
            F("READING-ANY-ZONE", "LOW", "Resource Exhaustion", "Unbounded Growth of lastReading Map",
              "Reject unknown zone ids.", sd=-2, n=3),
            F("STATUS-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Status Cache Globals",
              "Read the globals under the lock too.", sd=-2, n=3),
            F("RELAY-UNDER-LOCK", "MEDIUM", "Performance", "External Command Executed While Holding Mutex",
              "Release the lock before calling relayctl.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving handlers into separate files."}),
            F("BOOK-RACE", "MEDIUM", "Race Condition", "Double Booking Between Check and Insert",
              "Use a transaction.", sd=-1, n=2),
            F("BOOK-CLASH-BOUNDARY", "MEDIUM", "Logic Error", "Adjacent Bookings Treated as Overlapping",
              "Use strict inequalities.", sd=-2, n=3),
            F("BOOST-HOURS-UNCHECKED", "MEDIUM", "Input Validation", "Unvalidated Boost Duration",
              "Validate and cap `hours`.", sd=-2, n=3),
            F("DUE-HEAT-ENDS-EARLY", "MEDIUM", "Logic Error", "Heating Ends Before the Booking Does",
              "Compare against `end` directly.", d=1, sd=-1, n=3),
            F("DUE-ROWS-NOT-CLOSED", "HIGH", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`.", sd=-1, n=3),
            F("WEEK-DAY-SHIFT", "LOW", "Logic Error", "Weekday Index Misaligned With Monday-First Board",
              "Shift the index so Monday is 0.", d=1, sd=-1, n=3),
            F("ALERT-NO-TIMEOUT", "MEDIUM", "Availability", "Frost Alert Uses Client Without Timeout",
              "Use an `http.Client` with a timeout.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("RELAYTEST-SHELL", "high", "security", "shell injection in relay test", "no sh -c"),
            F("WEEK-SQLI", "high", "security", "sql injection in /week", "use $1"),
            F("CANCEL-ANY-BOOKING", "high", "", "cancel doesn't check the booking code matches", "check code"),
            F("BOOK-SCAN-IGNORED", "medium", "bug", "scan error ignored on clash check", "handle err"),
            F("DUE-ROWS-NOT-CLOSED", "medium", "bug", "rows never closed in dueBookings", "defer rows.Close()"),
            F("READING-RACE", "medium", "bug", "lastReading map written without lock", "use s.mu"),
            F("ALERT-RESPONSE-LEAK", "low", "bug", "resp body not closed in frostAlert", "close it"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection in the relay test and the week view.
        2. Hirer authentication checks only that a code is present.
        3. Data races on zones, readings and the status cache.
        4. Booking validation and timing errors.
        5. Resource handling of database rows and HTTP responses.
        """,
        Block([
            F("RELAYTEST-SHELL", "blocker", "security", "Command injection in relay test handler",
              "Do not invoke a shell.", conf=0.9),
            F("RELAYTEST-NO-TIMEOUT", "minor", "reliability", "Relay test command has no timeout",
              "Use exec.CommandContext with a deadline.", conf=0.6),
            F("WEEK-SQLI", "blocker", "security", "SQL injection in week view",
              "Use query parameters.", d=1, conf=0.9),
            F("WEEK-DB-ERROR-LEAK", "minor", "security", "Internal error details returned to client",
              "Hide error details.", conf=0.6),
            F("HIRER-CODE-UNCHECKED", "major", "security", "Booking code presence is the only hirer check",
              "Validate the code.", d=-2, conf=0.85),
            F("HIRER-CODE-IN-URL", "minor", "security", "Booking code sent as URL query parameter",
              "Use a header.", conf=0.6),
            F("CANCEL-ANY-BOOKING", "major", "security", "Cancellation not bound to the booking code",
              "Match code and id.", conf=0.8),
            F("CANCEL-PAST", "minor", "correctness", "Past or ongoing bookings can be cancelled",
              "Reject cancellation after the start time.", conf=0.6),
            F("BOOST-ANY-ZONE", "major", "security", "Hirer can boost heating of zones not booked",
              "Check the booking zone and time.", conf=0.65),
            F("BOOST-RACE", "major", "concurrency", "Zone override modified without mutex",
              "Lock s.mu.", d=1, conf=0.8),
            F("READING-RACE", "major", "concurrency", "Duplicate frost alerts from unsynchronized readings",
              "Lock around the read-compare-write.", d=2, conf=0.7),
            F("STATUS-CACHE-RACE", "major", "concurrency", "Global status cache accessed without synchronization",
              "Guard with the mutex.", d=-1, conf=0.75),
            F("BOOK-RACE", "major", "correctness", "Race condition allows double booking",
              "Use a transaction or constraint.", conf=0.75),
            F("BOOK-SLOTS-UNCHECKED", "minor", "correctness", "Number of slots is not validated",
              "Validate slots.", d=2, conf=0.6),
            F("BOOK-CLASH-BOUNDARY", "major", "correctness", "Overlap check rejects adjacent bookings",
              "Use strict comparison.", conf=0.8),
            F("WEEK-DAY-SHIFT", "minor", "correctness", "Weekday index off by one for Monday-first layout",
              "Adjust the index.", conf=0.7),
            F("DUE-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in dueBookings",
              "defer rows.Close().", conf=0.85),
            F("ALERT-RESPONSE-LEAK", "minor", "resource-leak", "HTTP response body not closed in frostAlert",
              "Close the body.", conf=0.7),
            F("ALERT-NO-TIMEOUT", "minor", "reliability", "No timeout for frost alert HTTP call",
              "Use a client with timeout.", conf=0.6),
        ], wrap="object+summary", summary="19 issues: 2 blocker, 9 major, 8 minor"),
    ]),
}
