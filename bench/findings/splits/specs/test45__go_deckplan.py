"""test45/go-deckplan: a small car ferry's ticket desk and vehicle deck (lane) allocation (Go, net/http with Go 1.22
patterns + database/sql/pgx). Frozen test split test45; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
(only splits/README.md's general sections and test37 section, the builders and specs/tune2__py_snapctl.py, for the
format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test45: seeded problems in a small Go service for a car ferry's ticket desk and "
    "vehicle deck lane allocation; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "AGENT-FAILS-OPEN": P(M, 'if r.Header.Get("X-Agent-Key") != s.agentKey {', "security",
                          "agentOnly passes every request without the header when DECKPLAN_AGENT_KEY is unset ('' == '')",
                          "signature-vs-statement"),
    "AGENT-KEY-TIMING": P(M, 'if r.Header.Get("X-Agent-Key") != s.agentKey {', "security",
                          "agent key compared with != (not constant time); purserOnly uses subtle.ConstantTimeCompare"),
    "FARE-METRES-FLOOR": P(M, "metres := v.LengthCm / 100", "bug",
                           "integer division floors the length: a 4.99 m vehicle pays for 4 m (started metres are charged)",
                           "off-by-one"),
    "LANE-LOOP-BOUNDS": P(M, "for i := 0; i <= len(sailing.Lanes); i++ {", "bug",
                          "i <= len indexes one past the last lane: a full deck panics instead of returning -1",
                          "off-by-one"),
    "BOOK-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&req); err != nil {", "security",
                             "booking body decoded without http.MaxBytesReader (unbounded request body)"),
    "BOOK-AFTER-DEPARTURE": P(M, "if time.Now().After(sailing.Departs.Add(30 * time.Minute)) {", "bug",
                              "booking stays open until 30 minutes after departure (Add(+30m) instead of closing before)"),
    "NO-LANE-UNCHECKED": P(M, "lane := allocateLane(sailing, req.Vehicle.LengthCm)", "bug",
                           "the -1 'no lane fits' result is never checked before indexing Lanes"),
    "NEGATIVE-LENGTH": P(M, "sailing.Lanes[lane].FreeCm -= req.Vehicle.LengthCm", "bug",
                         "vehicle length never validated: zero or negative length_cm books for free space (and adds deck space)"),
    "BOOKING-IDOR": P(M, "b, ok := s.bookings[ref]", "security",
                      "GET /bookings/{ref} is unauthenticated and refs are sequential: anyone enumerates bookings", nth=0),
    "BOOKING-PASSPORT-LEAK": P(M, "json.NewEncoder(w).Encode(b)", "security",
                               "the booking response includes the driver's passport number and email", nth=1),
    "CANCEL-ANY-BOOKING": P(M, "b, ok := s.bookings[ref]", "security",
                            "cancel is unauthenticated: anyone cancels any booking by its sequential ref",
                            "signature-vs-statement", nth=1),
    "CANCEL-RACE": P(M, "sailing.Lanes[b.Lane].FreeCm += b.Vehicle.LengthCm", "bug",
                     "handleCancel reads the maps and updates lane space and the booking without s.mu (data race with "
                     "bookings: lost updates, concurrent map access)", "critical-section"),
    "CANCEL-TWICE": P(M, "b.Cancelled = true", "bug",
                      "an already cancelled booking is cancelled again: lane space released twice and refund repeated"),
    "AVAIL-CACHE-RACE": P(M, "free = s.freeSpace(id)", "bug",
                          "availCache read and written without s.mu while handleBook deletes from it under the lock: "
                          "concurrent map access (fatal), duplicate recomputation", "critical-section"),
    "AVAIL-STALE": P(M, "s.availCache[id] = free", "bug",
                     "cached availability never expires and cancellations do not invalidate it (stale free space)"),
    "DECK-LANE-INDEX": P(M, "if err != nil || lane > len(sailing.Lanes) {", "bug",
                         "lane == len(Lanes) (and negative lanes) pass the check and index out of range",
                         "off-by-one"),
    "MANIFEST-SQLI": P(M, "AND driver ILIKE '%\" + surname + \"%'\"", "security",
                       "surname query value concatenated into the manifest SQL (sailing id is bound)", "source-vs-sink"),
    "MANIFEST-ROWS-LEAK": P(M, "rows, err := s.db.Query(query, sailingID)", "bug",
                            "rows never closed (no defer rows.Close()): connections leak, worst on the Scan error return"),
    "MANIFEST-ERR-LEAK": P(M, 'http.Error(w, "manifest query failed: "+err.Error()', "security",
                           "database error text returned to the client"),
    "MANIFEST-TMP-PATH": P(M, 'outPath := "/tmp/manifest-" + sailingID + ".pdf"', "security",
                           "predictable shared /tmp path (symlink / clobbering, another sailing's manifest served)"),
    "MANIFEST-PDF-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "manifest-pdf --sailing "+sailingID', "security",
                            "sailing id from the path run through sh -c (command injection)", "source-vs-sink"),
    "AGENT-KEY-LOGGED": P(M, 'log.Printf("deckplan listening on :8045 (agent key %q)", s.agentKey)', "security",
                          "agent key written to the log at start-up"),
    "NO-TIMEOUTS": P(M, 'fmt.Println(http.ListenAndServe(":8045", mux))', "security",
                     "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("AGENT-FAILS-OPEN", "AGENT-KEY-TIMING"),
    ("NO-LANE-UNCHECKED", "NEGATIVE-LENGTH"),
    ("CANCEL-RACE", "CANCEL-TWICE"),
    ("AVAIL-CACHE-RACE", "AVAIL-STALE"),
    ("MANIFEST-SQLI", "MANIFEST-ROWS-LEAK"),
    ("MANIFEST-SQLI", "MANIFEST-ERR-LEAK"),
    ("MANIFEST-ROWS-LEAK", "MANIFEST-ERR-LEAK"),
    ("MANIFEST-TMP-PATH", "MANIFEST-PDF-SHELL"),
    ("AGENT-KEY-LOGGED", "NO-TIMEOUTS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole ferry desk: booking with lane allocation, booking lookup and cancellation,
        cached availability, the agent deck view, and the purser's manifest (JSON and PDF).

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 7 |
        | low | 2 |

        What is right: `purserOnly` fails closed and compares in constant time, `handleBook` does its whole
        check-and-allocate under `s.mu` with a deferred unlock, `handleBooking` reads the map under the lock,
        `freeSpace` holds the lock while it sums the lanes, and the manifest binds the sailing id. The problems are
        the other agent gate, two handlers that touch shared state without the lock, lane arithmetic at the edges,
        and the manifest's string-built SQL and shell command.
        """,
        Block([
            F("AGENT-FAILS-OPEN", "critical", "security", "`agentOnly` lets everyone through when the agent key is not configured",
              "Refuse when `s.agentKey == \"\"`, as `purserOnly` does; with the variable unset a request with no header compares `\"\" != \"\"` and passes.",
              symbol="Server.agentOnly", conf=0.9),
            F("AGENT-KEY-TIMING", "low", "security", "Agent key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.agentOnly", conf=0.6),
            F("BOOKING-IDOR", "high", "security", "Bookings are readable by anyone who guesses a ref",
              "Refs are sequential integers and the route has no authentication; require the booking email or a random token.",
              symbol="Server.handleBooking", conf=0.8),
            F("CANCEL-ANY-BOOKING", "high", "security", "Cancellation requires no authentication at all",
              "Wrap the route in an auth check and verify the caller owns the booking.",
              symbol="Server.handleCancel", conf=0.85),
            F("MANIFEST-SQLI", "critical", "security", "SQL injection through the `surname` filter",
              "`AND driver ILIKE '%' || $2 || '%'` with `surname` as a parameter.",
              symbol="Server.handleManifest", conf=0.95),
            F("MANIFEST-ERR-LEAK", "medium", "security", "Database errors are echoed to the client",
              "Log `err`; return a generic 500.", symbol="Server.handleManifest", conf=0.7),
            F("MANIFEST-PDF-SHELL", "critical", "security", "Command injection in the manifest PDF export",
              "`exec.Command(\"manifest-pdf\", \"--sailing\", sailingID, \"--out\", outPath)` without `sh -c`, and validate the id.",
              symbol="Server.handleManifestPDF", conf=0.9),
            F("AGENT-KEY-LOGGED", "medium", "security", "The agent key is logged at start-up",
              "Do not log secrets.", symbol="main", conf=0.8),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
        "Correctness and concurrency:",
        Block([
            F("LANE-LOOP-BOUNDS", "high", "bug", "`allocateLane` reads past the last lane",
              "`i < len(sailing.Lanes)`; when no lane has room the loop panics on `Lanes[len]`.",
              symbol="allocateLane", conf=0.9),
            F("NO-LANE-UNCHECKED", "high", "bug", "No check for `allocateLane` returning -1",
              "Return 409 \"deck full\" when `lane < 0` before indexing.", symbol="Server.handleBook", conf=0.85),
            F("NEGATIVE-LENGTH", "medium", "bug", "Vehicle length is not validated",
              "Reject `LengthCm <= 0` (and absurd values); a negative length increases the lane's free space.",
              symbol="Server.handleBook", conf=0.75),
            F("FARE-METRES-FLOOR", "medium", "bug", "Fare truncates the vehicle length to whole metres",
              "Round up: `metres := (v.LengthCm + 99) / 100`.", symbol="fareFor", conf=0.7),
            F("CANCEL-RACE", "high", "bug", "`handleCancel` mutates deck state without `s.mu`",
              "Take `s.mu` for the whole handler: it reads `s.bookings`/`s.sailings` and updates `FreeCm` concurrently with `handleBook`.",
              d=-1, n=3, symbol="Server.handleCancel", conf=0.85),
            F("CANCEL-TWICE", "medium", "bug", "A booking can be cancelled repeatedly",
              "Return 409 if `b.Cancelled` is already set; otherwise each call frees the vehicle's length again.",
              symbol="Server.handleCancel", conf=0.8),
            F("AVAIL-CACHE-RACE", "high", "bug", "Unsynchronised access to `availCache`",
              "The map is read and written here without `s.mu` while `handleBook` deletes from it under the lock: concurrent map access is a fatal error in Go. Guard it with the mutex.",
              d=-2, symbol="Server.handleAvailability", conf=0.85),
            F("DECK-LANE-INDEX", "medium", "bug", "Deck lane bounds check is off by one",
              "`lane < 0 || lane >= len(sailing.Lanes)`.", symbol="Server.handleDeck", conf=0.85),
            F("MANIFEST-ROWS-LEAK", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` right after the error check; also check `rows.Err()`.",
              symbol="Server.handleManifest", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("AGENT-FAILS-OPEN", "high", "security", "agentOnly: empty DECKPLAN_AGENT_KEY accepts requests without a key",
              "Reject when agentKey is empty; constant-time compare.", d=-2),
            F("LANE-LOOP-BOUNDS", "high", "bug", "allocateLane indexes Lanes[len] (<= instead of <)",
              "i < len(sailing.Lanes)", d=1),
            F("BOOK-AFTER-DEPARTURE", "medium", "bug", "bookings accepted until 30 min after departure",
              "Close at Departs minus the check-in cutoff."),
            F("CANCEL-ANY-BOOKING", "high", "security", "handleCancel: no auth, sequential refs",
              "Require a booking token.", d=-2),
            F("CANCEL-RACE", "high", "bug", "handleCancel writes FreeCm/Cancelled without s.mu",
              "Lock s.mu.", d=1),
            F("AVAIL-CACHE-RACE", "high", "bug", "availCache map written without lock -> concurrent map writes",
              "Lock or sync.Map.", d=1),
            F("DECK-LANE-INDEX", "medium", "bug", "lane > len check allows lane == len (panic)",
              "lane < 0 || lane >= len"),
            F("MANIFEST-SQLI", "critical", "security", "surname query param concatenated into SQL",
              "Bind as $2.", d=-1),
            F("MANIFEST-ROWS-LEAK", "medium", "bug", "rows not closed in handleManifest",
              "defer rows.Close()."),
            F("MANIFEST-PDF-SHELL", "critical", "security", "PathValue(\"id\") passed to sh -c",
              "exec.Command without shell; validate id.", d=-2),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `deckplan` service, a Go HTTP server that sells car-ferry tickets and allocates
        vehicles to deck lanes. Below are my findings, grouped by security and by reliability.

        ## Security
        """,
        Block([
            F("AGENT-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Agent Authentication Bypass With Empty Key",
              "Fail closed when the configured key is empty.", sd=-2, n=3,
              desc="If `DECKPLAN_AGENT_KEY` is not set, `s.agentKey` is empty and a request without the header is accepted."),
            F("BOOK-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Booking Handler",
              "Wrap the body with `http.MaxBytesReader`.", sd=-2, n=3),
            F("BOOKING-PASSPORT-LEAK", "HIGH", "Information Disclosure", "Passport Numbers Exposed by Booking Lookup",
              "Return a public view of the booking without passport and email.", sd=-2, n=3,
              desc="The full `Booking` struct, including `Passport` and `Email`, is serialized for an unauthenticated caller."),
            F("MANIFEST-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Manifest Search",
              "Use a placeholder for the surname pattern.", sd=-2, n=3),
            F("MANIFEST-ERR-LEAK", "LOW", "Information Disclosure", "Database Error Details Returned to Client",
              "Return a generic error message.", sd=-2, n=3),
            F("MANIFEST-TMP-PATH", "MEDIUM", "Insecure Temporary File", "Predictable Temporary File Path for Manifest PDF",
              "Use `os.CreateTemp`.", sd=-2, n=3),
            F("MANIFEST-PDF-SHELL", "CRITICAL", "Command Injection", "Command Injection in Manifest PDF Generation",
              "Invoke `manifest-pdf` directly with separate arguments.", sd=-2, n=3),
            F("AGENT-KEY-LOGGED", "MEDIUM", "Sensitive Data Exposure", "Agent Key Written to Logs",
              "Remove the key from the log line.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Reliability and Logic
        """,
        Block([
            U({"severity": "LOW", "category": "Best Practices", "suggestion": "Consider adding structured logging and graceful shutdown."}),
            F("CANCEL-RACE", "HIGH", "Race Condition", "Data Race in Booking Cancellation",
              "Hold `s.mu` while modifying lanes and bookings.", sd=-2, n=3),
            F("AVAIL-CACHE-RACE", "HIGH", "Concurrency", "Concurrent Map Access on Availability Cache",
              "Protect `availCache` with the mutex.", d=1, sd=-1, n=3,
              desc="Go maps are not safe for concurrent use; simultaneous availability requests can crash the process with `fatal error: concurrent map writes`."),
            F("LANE-LOOP-BOUNDS", "HIGH", "Logic Error", "Out-of-Range Index in Lane Allocation",
              "Use `<` instead of `<=`.", sd=-2, n=3),
            F("DECK-LANE-INDEX", "MEDIUM", "Availability", "Unchecked Lane Index Can Panic",
              "Check that the lane is between 0 and len-1.", sd=-2, n=3),
            F("FARE-METRES-FLOOR", "LOW", "Business Logic", "Fare Calculation Truncates Vehicle Length",
              "Round the length up to the next metre.", d=1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("MANIFEST-SQLI", "critical", "security", "manifest surname sql injection", "use $2"),
            F("MANIFEST-PDF-SHELL", "critical", "security", "sh -c with sailing id", "no shell"),
            F("CANCEL-ANY-BOOKING", "high", "security", "cancel has no auth", "check caller"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("LANE-LOOP-BOUNDS", "high", "bug", "lane loop goes one past the end", "i < len"),
            F("CANCEL-TWICE", "medium", "", "cancel can be repeated, frees space twice", "check b.Cancelled"),
            F("AVAIL-CACHE-RACE", "high", "bug", "availCache map unlocked -> fatal concurrent map writes", "use s.mu", d=1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Authentication**: agent authentication fails open and is not constant time; bookings can be read by anyone.
        2. **Booking logic**: lane allocation result and vehicle length are not validated; fare rounding.
        3. **Concurrency**: cancellation and the availability cache access shared state without the mutex.
        4. **Manifest**: SQL injection, leaked rows, insecure temporary file.
        5. **Operations**: request size and server timeouts.
        """,
        Block([
            F("AGENT-FAILS-OPEN", "blocker", "security", "Agent key check passes when key is unset", "Reject empty keys.",
              conf=0.9),
            F("AGENT-KEY-TIMING", "minor", "security", "Agent key comparison is not constant-time",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("BOOK-BODY-UNBOUNDED", "minor", "security", "Booking request body size not limited",
              "Use http.MaxBytesReader.", conf=0.6),
            F("NO-LANE-UNCHECKED", "major", "correctness", "Lane allocation failure (-1) not handled",
              "Check for -1 and return 409.", conf=0.8),
            F("NEGATIVE-LENGTH", "major", "correctness", "Vehicle length not validated",
              "Require a positive length.", d=-1, conf=0.7,
              desc="The allocation call and the following subtraction accept any length, including negative values."),
            F("FARE-METRES-FLOOR", "minor", "correctness", "Fare rounds vehicle length down",
              "Round up partial metres.", conf=0.6),
            F("BOOKING-IDOR", "major", "security", "Booking lookup is unauthenticated with sequential IDs",
              "Use unguessable references and authentication.", conf=0.75),
            F("CANCEL-RACE", "major", "concurrency", "Cancellation modifies shared lanes without lock",
              "Acquire s.mu.", conf=0.8),
            F("CANCEL-TWICE", "major", "correctness", "Cancelled bookings can be cancelled again",
              "Check the Cancelled flag.", conf=0.75),
            F("AVAIL-CACHE-RACE", "major", "concurrency", "Race condition on availability cache map",
              "Protect the cache with the mutex.", conf=0.8),
            F("AVAIL-STALE", "minor", "correctness", "Availability cache is never invalidated on cancellation",
              "Delete the cache entry when a booking is cancelled, or add a TTL.", conf=0.6),
            F("DECK-LANE-INDEX", "major", "correctness", "Lane index not range-checked correctly",
              "Validate 0 <= lane < len(Lanes).", d=-1, conf=0.8),
            F("MANIFEST-SQLI", "blocker", "security", "SQL injection in manifest surname search",
              "Use query parameters.", d=1, conf=0.9),
            F("MANIFEST-ROWS-LEAK", "minor", "resource-leak", "sql.Rows not closed", "defer rows.Close().", conf=0.8),
            F("MANIFEST-TMP-PATH", "minor", "security", "Predictable temporary file name", "Use os.CreateTemp.",
              conf=0.6),
            F("NO-TIMEOUTS", "minor", "reliability", "HTTP server without timeouts", "Configure http.Server timeouts.",
              conf=0.6),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 7 major, 7 minor"),
    ]),
}
