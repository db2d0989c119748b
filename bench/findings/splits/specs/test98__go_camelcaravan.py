"""test98/go-camelcaravan: a camel trekking company's caravan departures and water rationing (Go, net/http + pgx).

Frozen test split test98 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code, its
scores, or any other split's answers, specs or labels (only tune2/py-snapctl's spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's data. "
    "Frozen test split test98: seeded problems in a camel caravan departures and water rationing service; five "
    "agents' answers written by hand."
)

M = "main.go"
R = "rations.go"

PROBLEMS = {
    "GUIDE-TOKEN-FAILOPEN": P(M, 'if r.Header.Get("X-Guide-Token") != s.guideToken {', "security",
                              "guideOnly passes requests without the header when GUIDE_TOKEN is unset (\"\" == \"\")",
                              "signature-vs-statement"),
    "GUIDE-TOKEN-TIMING": P(M, 'if r.Header.Get("X-Guide-Token") != s.guideToken {', "security",
                            "guide token compared with != instead of subtle.ConstantTimeCompare (timing leak)"),
    "RIDER-DECODE-UNBOUNDED": P(M, "err := json.NewDecoder(r.Body).Decode(&rider)", "security",
                                "rider body decoded without http.MaxBytesReader (unbounded request body)",
                                "signature-vs-statement"),
    "RIDER-PAID-MASS-ASSIGN": P(M, "err := json.NewDecoder(r.Body).Decode(&rider)", "security",
                                "the whole Rider struct comes from the client: a rider signs up with paid: true"),
    "SIGNUP-NIL-DEPARTURE": P(M, "dep := s.departures[id]", "bug",
                              "unknown departure id gives a nil *Departure: the next line panics"),
    "SIGNUP-CAPACITY-OBO": P(M, "if len(dep.Riders) <= dep.Camels {", "bug",
                             "<= lets one more rider than camels sign up", "off-by-one"),
    "SIGNUP-RACE": P(M, "dep.Riders = append(dep.Riders, rider)", "bug",
                     "map read, capacity check and append without s.mu: data race, lost riders, overbooking",
                     "critical-section"),
    "DEPARTURE-PII-LEAK": P(M, "json.NewEncoder(w).Encode(dep)", "security",
                            "unauthenticated GET /departures/{id} returns every rider's passport and phone"),
    "SEARCH-SQLI": P(M, "WHERE route LIKE '%%%s%%'", "security",
                     "oasis query value formatted into the departures SQL", "source-vs-sink"),
    "SEARCH-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                "rows never closed (no defer rows.Close()): connections leak, worst on the early return"),
    "SEARCH-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                           "database error text returned to the client (helps the injection above)"),
    "TANK-RACE": P(M, "s.tanks[tank] -= litres", "bug",
                   "tanks map written without s.mu: concurrent map writes crash the server, lost updates",
                   "critical-section"),
    "TANK-OVERDRAW": P(M, "s.tanks[tank] -= litres", "bug",
                       "no check of litres > 0 or of the level: tanks go negative, negative draws refill, unknown "
                       "tanks are created"),
    "MANIFEST-SHELL": P(M, 'exec.Command("sh", "-c", fmt.Sprintf("lp -d %s %s", printer, path))', "security",
                        "printer query value formatted into a sh -c command line", "source-vs-sink"),
    "MANIFEST-RUN-IGNORED": P(M, "cmd.Run()", "bug",
                              "cmd.Run error ignored and no timeout: failed prints answer 202, a stuck lp blocks"),
    "PERMIT-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.permitDir, name))", "security",
                          "name query value joined to permitDir: ../ serves any file", "source-vs-sink"),
    "PERMIT-NO-AUTH": P(M, 'mux.HandleFunc("GET /permits", s.handlePermit)', "security",
                        "extra, one agent: travel permits are served without any authentication"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
    "TRIP-DAYS-OBO": P(R, "return int(arrives.Sub(leaves).Hours() / 24)", "bug",
                       "truncating day count leaves out the arrival day (and a same-day trip is 0 days)",
                       "off-by-one"),
    "PER-RIDER-DIV-ZERO": P(R, "return total / (riders * days)", "bug",
                            "integer division by riders * days panics with no riders or a 0-day trip",
                            "signature-vs-statement"),
    "RESERVE-LOOP-OBO": P(R, "for i := 0; i <= len(stops); i++ {", "bug",
                          "<= len(stops) indexes one past the end: every rations request panics", "off-by-one"),
    "RATIONS-UNLOCKED-READ": P(R, "total := s.tanks[dep.Route]", "bug",
                               "tanks map and dep.Riders read after s.mu is released, racing with draws and sign-ups",
                               "critical-section"),
    "RATIONS-RESERVE-NEGATIVE": P(R, "plan.PerRiderDay = litresPerRider(total-plan.ReserveLitres", "bug",
                                  "reserve larger than the tank gives a negative ration instead of an error"),
}

CONFUSABLE = [
    ("GUIDE-TOKEN-FAILOPEN", "GUIDE-TOKEN-TIMING"),
    ("RIDER-DECODE-UNBOUNDED", "RIDER-PAID-MASS-ASSIGN"),
    ("SIGNUP-NIL-DEPARTURE", "SIGNUP-CAPACITY-OBO"),
    ("SIGNUP-CAPACITY-OBO", "SIGNUP-RACE"),
    ("SIGNUP-NIL-DEPARTURE", "SIGNUP-RACE"),
    ("SEARCH-SQLI", "SEARCH-ROWS-NOT-CLOSED"),
    ("SEARCH-SQLI", "SEARCH-ERROR-LEAK"),
    ("SEARCH-ROWS-NOT-CLOSED", "SEARCH-ERROR-LEAK"),
    ("TANK-RACE", "TANK-OVERDRAW"),
    ("MANIFEST-SHELL", "MANIFEST-RUN-IGNORED"),
    ("RATIONS-UNLOCKED-READ", "RATIONS-RESERVE-NEGATIVE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` and `rations.go`. The departures desk keeps its state in maps guarded by `s.mu`, and
        several handlers use the lock correctly: `handleOpen` assigns ids under it and limits the body with
        `MaxBytesReader`, `handleDeparture` looks up the departure under it, and `handleFill` validates the litres
        and writes the tank under it. `adminOnly` fails closed and compares with `subtle.ConstantTimeCompare`.
        The problems are in the handlers that skip those habits.

        | Severity | Count |
        |---|---|
        | critical | 5 |
        | high | 7 |
        | medium | 8 |
        | low | 2 |

        ### Access, injection and exposure
        """,
        Block([
            F("GUIDE-TOKEN-FAILOPEN", "critical", "security", "`guideOnly` accepts requests without a token when `GUIDE_TOKEN` is unset",
              "Refuse an empty configured token (as `adminOnly` does) and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.guideOnly", conf=0.9),
            F("GUIDE-TOKEN-TIMING", "low", "security", "Guide token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.guideOnly", conf=0.6),
            F("RIDER-DECODE-UNBOUNDED", "medium", "security", "Rider sign-up body is not size-limited",
              "Wrap the body in `http.MaxBytesReader` as `handleOpen` does.", symbol="decodeRider", conf=0.7),
            F("RIDER-PAID-MASS-ASSIGN", "high", "security", "Clients can mark themselves as paid",
              "Decode into a request type without `Paid`; set payment state only from the payment callback.",
              symbol="decodeRider", conf=0.85),
            F("DEPARTURE-PII-LEAK", "high", "security", "Passports and phone numbers of all riders are public",
              "Return a public view of the departure (route, date, free seats) and put the rider list behind `guideOnly`.",
              symbol="Server.handleDeparture", conf=0.85),
            F("SEARCH-SQLI", "critical", "security", "SQL injection via `oasis` in `handleSearch`",
              "`s.db.Query(\"... WHERE route LIKE '%' || $1 || '%' ORDER BY leaves\", oasis)`.",
              symbol="Server.handleSearch", conf=0.95),
            F("SEARCH-ERROR-LEAK", "medium", "security", "Database errors are sent to the client",
              "Log the error and answer a generic 500.", symbol="Server.handleSearch", conf=0.7),
            F("MANIFEST-SHELL", "critical", "security", "Shell injection through `printer` in `handleManifest`",
              "`exec.CommandContext(ctx, \"lp\", \"-d\", printer, path)` with `printer` checked against the configured printers.",
              symbol="Server.handleManifest", conf=0.9),
            F("PERMIT-TRAVERSAL", "critical", "security", "Path traversal in `handlePermit`",
              "Reject names that are not a single clean path element (`filepath.Base(name) != name`), or use `http.FileServer` over `os.DirFS`.",
              symbol="Server.handlePermit", conf=0.9),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "### State, arithmetic and resources",
        Block([
            F("SIGNUP-NIL-DEPARTURE", "high", "bug", "Sign-up for an unknown departure panics",
              "Look the departure up with `dep, ok := ...` under `s.mu` and return 404.", symbol="Server.handleSignUp", conf=0.85),
            F("SIGNUP-RACE", "high", "bug", "Sign-ups mutate the departure without `s.mu`",
              "Hold `s.mu` from the lookup through the append; `handleDeparture` encodes the same slice concurrently.",
              d=-2, n=3, symbol="Server.handleSignUp", conf=0.85),
            F("SIGNUP-CAPACITY-OBO", "medium", "bug", "One rider more than there are camels",
              "`len(dep.Riders) < dep.Camels`.", symbol="Server.handleSignUp", conf=0.85),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleSearch`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleSearch", conf=0.8),
            F("TANK-RACE", "high", "bug", "Tank levels are updated without the lock",
              "Take `s.mu` around the update and the read that follows; concurrent writes to a Go map are fatal.",
              n=2, symbol="Server.handleDraw", conf=0.9),
            F("TANK-OVERDRAW", "medium", "bug", "Draws are not checked against the tank level",
              "Reject `litres <= 0`, unknown tanks, and draws larger than the level.", symbol="Server.handleDraw", conf=0.75),
            F("MANIFEST-RUN-IGNORED", "low", "bug", "Print errors are ignored",
              "Check the error from `Run` (with a context timeout) and answer 502 on failure.",
              symbol="Server.handleManifest", conf=0.6),
            F("TRIP-DAYS-OBO", "high", "bug", "Trip length leaves out the arrival day",
              "Count calendar days inclusively: `int(arrives.Sub(leaves).Hours()/24) + 1` (after truncating both to dates).",
              symbol="tripDays", conf=0.8),
            F("PER-RIDER-DIV-ZERO", "high", "bug", "`litresPerRider` divides by zero",
              "Return an error when `riders == 0` or `days <= 0`.", symbol="litresPerRider", conf=0.85),
            F("RESERVE-LOOP-OBO", "critical", "bug", "`reserveFor` reads past the end of `stops`",
              "`for i := range stops`; as written every call panics with index out of range.", symbol="reserveFor", conf=0.95),
            F("RATIONS-UNLOCKED-READ", "medium", "bug", "`handleRations` reads shared state after unlocking",
              "Read the tank level and the rider count while still holding `s.mu`.",
              n=3, symbol="Server.handleRations", conf=0.75),
            F("RATIONS-RESERVE-NEGATIVE", "medium", "bug", "A reserve larger than the tank yields a negative ration",
              "Return 409 when `total < plan.ReserveLitres` instead of computing a ration.",
              symbol="Server.handleRations", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection in handleSearch (oasis)", "Placeholders.", d=-1),
            F("MANIFEST-SHELL", "critical", "security", "Command injection: printer -> sh -c", "exec.Command(\"lp\", ...).", d=-2),
            F("PERMIT-TRAVERSAL", "high", "security", "Path traversal in /permits", "filepath.Base + prefix check.", d=-1),
            F("GUIDE-TOKEN-FAILOPEN", "high", "security", "guideOnly: empty GUIDE_TOKEN disables auth", "Fail closed.", d=-2),
            F("RIDER-DECODE-UNBOUNDED", "medium", "security", "decodeRider reads unbounded body", "MaxBytesReader.", d=-2),
            F("SIGNUP-NIL-DEPARTURE", "high", "bug", "nil deref for unknown departure id", "Check ok."),
            F("SIGNUP-CAPACITY-OBO", "medium", "bug", "Capacity check allows camels+1 riders", "Use <."),
            F("TANK-RACE", "high", "bug", "Unsynchronized map write in handleDraw", "Lock s.mu.", d=+1),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "rows.Close missing", "defer rows.Close()."),
            F("MANIFEST-RUN-IGNORED", "low", "bug", "cmd.Run error dropped", "Handle error."),
            F("PER-RIDER-DIV-ZERO", "high", "bug", "Division by zero in litresPerRider", "Guard zero.", d=-1),
            F("RESERVE-LOOP-OBO", "high", "bug", "reserveFor: i <= len(stops) out of range", "i < len(stops).", d=+1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the camel caravan departures service.

        ### Overview

        The service manages departures, rider sign-ups, water tanks and ration plans. It relies on in-memory maps
        protected by a mutex, but the mutex is not used consistently, and several endpoints pass request input to
        SQL, a shell, or the filesystem.

        ### Security Issues
        """,
        Block([
            F("GUIDE-TOKEN-FAILOPEN", "CRITICAL", "Broken Authentication", "Guide Authentication Bypass With Empty Token",
              "Validate that the guide token is configured at startup.", sd=-2, n=3),
            F("RIDER-PAID-MASS-ASSIGN", "HIGH", "Mass Assignment", "Riders Can Set Their Own Payment Status",
              "Do not bind `Paid` from the request body.",
              desc="`decodeRider` decodes the full `Rider` struct, including the `Paid` field, directly from user input."),
            F("RIDER-DECODE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Rider Sign-up",
              "Use `http.MaxBytesReader`.", sd=-2, n=3),
            F("DEPARTURE-PII-LEAK", "HIGH", "Information Disclosure", "Sensitive Rider Data Exposed",
              "Omit passport numbers and phones from public responses."),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Departure Search",
              "Use parameterized queries.", d=+1, sd=-1, n=3),
            F("SEARCH-ERROR-LEAK", "LOW", "Information Disclosure", "Database Error Messages Returned to Users",
              "Return generic errors."),
            F("MANIFEST-SHELL", "CRITICAL", "Command Injection", "Command Injection in Manifest Printing",
              "Avoid `sh -c`.", sd=-2, n=3),
            F("PERMIT-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Permit Download",
              "Sanitize `name`.", sd=-1, n=2),
            F("PERMIT-NO-AUTH", "MEDIUM", "Broken Access Control", "Permit Documents Served Without Authentication",
              "Protect `/permits` with `guideOnly` or `adminOnly`."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure server timeouts."),
        ], wrap="list"),
        """
        ### Reliability and Concurrency Issues
        """,
        Block([
            F("SIGNUP-RACE", "HIGH", "Race Condition", "Data Race on Departure Riders",
              "Lock `s.mu` in `handleSignUp`."),
            F("SIGNUP-CAPACITY-OBO", "MEDIUM", "Logic Error", "Overbooking Beyond Camel Capacity",
              "Use a strict comparison.", d=+1, sd=-1, n=3),
            U({"severity": "LOW", "category": "Documentation", "description": "Exported types lack doc comments."}),
            F("TANK-RACE", "HIGH", "Race Condition", "Concurrent Map Writes to Tank Levels",
              "Protect `s.tanks` with the mutex.",
              desc="`handleDraw` modifies `s.tanks` without holding `s.mu`; concurrent requests cause a fatal runtime error."),
            F("PER-RIDER-DIV-ZERO", "HIGH", "Error Handling", "Potential Division by Zero in Ration Calculation",
              "Check riders and days.", sd=-1, n=2),
            F("RESERVE-LOOP-OBO", "HIGH", "Logic Error", "Index Out of Range in Reserve Calculation",
              "Use `<` in the loop condition.", d=+1, sd=-1, n=3),
            F("RATIONS-UNLOCKED-READ", "MEDIUM", "Race Condition", "Unsynchronized Reads in Ration Planning",
              "Hold the lock while reading tanks and riders.", d=+2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("MANIFEST-SHELL", "high", "security", "sh -c with printer param", "exec lp directly"),
            F("SEARCH-SQLI", "high", "security", "sql injection in search", "use $1"),
            F("RIDER-PAID-MASS-ASSIGN", "medium", "security", "client can set paid=true", "separate input struct"),
            F("SIGNUP-NIL-DEPARTURE", "medium", "bug", "nil departure panic", "check exists"),
            F("SIGNUP-RACE", "medium", "", "handleSignUp has no lock", "lock s.mu"),
            F("TANK-OVERDRAW", "low", "bug", "tank can go negative", "validate litres"),
            F("PER-RIDER-DIV-ZERO", "medium", "bug", "divide by zero when no riders", "guard"),
            F("RESERVE-LOOP-OBO", "high", "bug", "reserveFor loop out of bounds", "i < len"),
            F("RATIONS-RESERVE-NEGATIVE", "low", "bug", "negative ration when reserve > tank", "return error"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: the guide token check fails open and is not constant-time.
        2. Injection: SQL in the departure search, shell in manifest printing, path traversal in permits.
        3. Concurrency: sign-ups and tank draws modify shared maps without the mutex.
        4. Arithmetic: trip days and division by zero in rationing.
        5. Operations: server timeouts, unclosed rows.
        """,
        Block([
            F("GUIDE-TOKEN-FAILOPEN", "blocker", "security", "Guide token check passes with empty configuration",
              "Require non-empty token.", conf=0.85),
            F("GUIDE-TOKEN-TIMING", "minor", "security", "Non-constant-time token comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("RIDER-PAID-MASS-ASSIGN", "major", "security", "Mass assignment of Paid flag",
              "Use a DTO.", conf=0.8),
            F("SIGNUP-CAPACITY-OBO", "major", "correctness", "Off-by-one in camel capacity check",
              "Use <.", conf=0.8),
            F("SIGNUP-RACE", "major", "concurrency", "Race condition when adding riders",
              "Guard with mutex.", d=-1, conf=0.75,
              desc="The capacity check and the append run without the lock, so two sign-ups can both pass the check."),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in departure search",
              "Use query parameters.", d=-1, conf=0.9),
            F("SEARCH-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed", "defer rows.Close().", conf=0.7),
            F("TANK-RACE", "major", "concurrency", "Concurrent map write on tanks", "Lock.", conf=0.85),
            F("MANIFEST-SHELL", "blocker", "security", "Command injection in manifest printing",
              "Avoid the shell.", conf=0.9),
            F("PERMIT-TRAVERSAL", "major", "security", "Path traversal in permit download",
              "Validate name.", d=-1, conf=0.8),
            F("TRIP-DAYS-OBO", "major", "correctness", "Trip day count excludes arrival day",
              "Add one day.", d=-1, conf=0.7),
            F("PER-RIDER-DIV-ZERO", "major", "correctness", "Division by zero in ration computation",
              "Guard inputs.", conf=0.8),
            F("SERVER-NO-TIMEOUTS", "minor", "security", "HTTP server without timeouts",
              "Use http.Server with timeouts.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}
