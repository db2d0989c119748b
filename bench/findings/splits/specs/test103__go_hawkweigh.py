"""test103/go-hawkweigh: a falconry centre's bird weigh-ins and flying displays (Go, net/http + database/sql).
Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data
(only splits/README.md's general sections and the test37 section, the builders and specs/tune2__py_snapctl.py,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test103 (round 53): seeded problems in a falconry centre's weigh-in and flying-display "
    "service; five agents' answers written by hand. Score once, never tune on it."
)

M = "main.go"
PROBLEMS = {
    "STAFF-KEY-IN-QUERY": P(M, 'key = r.URL.Query().Get("key")', "security",
                            "staff key accepted from the query string (ends up in access logs, history and Referer)"),
    "STAFF-KEY-EMPTY-MATCHES": P(M, "if key != s.staffKey {", "security",
                                 "with STAFF_KEY unset, an empty key equals the empty configured key: staff routes open to all (and != is not constant time)"),
    "WEIGH-PARSE-IGNORED": P(M, 'grams, _ := strconv.Atoi(r.FormValue("grams"))', "bug",
                             "Atoi error dropped: a missing or mistyped weight is recorded as 0 g"),
    "BIRD-NIL": P(M, "bird := s.birds[id]", "bug",
                  "unknown bird id not checked: nil *Bird dereferenced, the handler panics"),
    "WEIGH-APPEND-UNLOCKED": P(M, "bird.Weights = append(bird.Weights, grams)", "bug",
                               "bird fetched under s.mu but Weights and LastWeighed mutated after Unlock: data race with canfly/sheet readers",
                               "critical-section"),
    "AVERAGE-SHORT-PANIC": P(M, "recent := ws[len(ws)-weighWindow:]", "bug",
                             "slice start negative with fewer than seven weigh-ins: a new bird panics canfly (and divides by zero with none)",
                             "signature-vs-statement"),
    "FIT-OR-ALWAYS-TRUE": P(M, "fit := avg >= bird.FlyingWeight*95/100 || avg <= bird.FlyingWeight*105/100", "bug",
                            "|| instead of &&: the weight window is always satisfied, an over- or underweight bird is cleared to fly"),
    "FLIGHTS-OFF-BY-ONE": P(M, "if bird.Flown > maxFlightsPerDay {", "bug",
                            "> instead of >=: a bird that has flown its three displays is cleared for a fourth", "off-by-one"),
    "SHEET-DROPS-OLDEST": P(M, "for i := len(ws) - 1; i > len(ws)-n; i-- {", "bug",
                            "loop stops one early: the sheet shows n-1 weigh-ins (nothing for a single weigh-in)", "off-by-one"),
    "HISTORY-SQLI": P(M, 'rows, err := s.db.Query("SELECT grams, at FROM weighins WHERE bird_id = $1 ORDER BY "+order', "security",
                      "order query value concatenated into the SQL", "source-vs-sink"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query("SELECT grams, at FROM weighins WHERE bird_id = $1 ORDER BY "+order', "bug",
                                 "rows never closed (no defer rows.Close()) and rows.Err() unchecked: connections leak on early exit"),
    "HISTORY-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                          "database error text (with the injected SQL) returned to the client"),
    "DISPLAY-CAPACITY-OFF-BY-ONE": P(M, "if len(d.Birds) > d.MaxBirds {", "bug",
                                     "> instead of >=: a display takes one bird more than max_birds", "off-by-one"),
    "DISPLAY-APPEND-RACE": P(M, "d.Birds = append(d.Birds, birdID)", "bug",
                             "display map read, capacity checked and Birds/Flown updated without s.mu: concurrent assigns race and overfill",
                             "critical-section"),
    "ASSIGN-BIRD-UNKNOWN": P(M, "s.birds[birdID].Flown++", "bug",
                             "bird form value never looked up: an unknown bird panics on nil, after it was already appended to the display"),
    "WX-CMD-INJECTION": P(M, 'out, err := exec.Command("sh", "-c", "wx-check --site "+site).Output()', "security",
                          "site query value concatenated into an sh -c command", "source-vs-sink"),
    "WX-NO-TIMEOUT": P(M, 'out, err := exec.Command("sh", "-c", "wx-check --site "+site).Output()', "bug",
                       "no context or timeout on the external weather check: a hung wx-check holds the request forever"),
    "PHOTO-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.photoDir, name))", "security",
                         "name query value joined to the photo dir (filepath.Join keeps ../): any readable file, no auth",
                         "signature-vs-statement"),
    "RESET-UNLOCKED": P(M, "b.Flown = 0", "bug",
                        "midnight reset ranges over s.birds and writes Flown without s.mu: data race with the handlers",
                        "critical-section"),
    "ASSIGN-NO-AUTH": P(M, 'mux.HandleFunc("POST /displays/{id}/assign", s.handleAssign)', "security",
                        "display assignment registered without staffOnly or adminOnly: anyone can put birds on displays"),
    "NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8090", Handler: mux}', "security",
                     "http.Server without read/write/idle timeouts (slowloris)"),
}

CONFUSABLE = [
    ("STAFF-KEY-IN-QUERY", "STAFF-KEY-EMPTY-MATCHES"),
    ("WEIGH-PARSE-IGNORED", "BIRD-NIL"),
    ("BIRD-NIL", "WEIGH-APPEND-UNLOCKED"),
    ("FIT-OR-ALWAYS-TRUE", "FLIGHTS-OFF-BY-ONE"),
    ("DISPLAY-APPEND-RACE", "ASSIGN-BIRD-UNKNOWN"),
    ("WX-CMD-INJECTION", "WX-NO-TIMEOUT"),
    ("HISTORY-SQLI", "HISTORY-ROWS-NOT-CLOSED"),
    ("HISTORY-SQLI", "HISTORY-ERR-LEAK"),
    ("HISTORY-ROWS-NOT-CLOSED", "HISTORY-ERR-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read all of `main.go`. The service keeps birds and displays in memory behind `s.mu` and persists
        weigh-ins to Postgres. Several handlers use the mutex well — `handleCanFly` and `handleSheet` hold it for
        their whole body with a deferred unlock, `handleCreateDisplay` stores the new display under it and caps the
        body with `MaxBytesReader`, `loadBirds` closes its rows, checks `Scan` and `rows.Err()`, `adminOnly` fails
        closed with `subtle.ConstantTimeCompare`, and the weigh-in's insert error is logged rather than sent to the
        client. The problems are in the handlers that skip the lock, in the flying-fitness arithmetic, and in three
        places where request values reach SQL, a shell or the filesystem.

        | Severity | Count |
        |---|---|
        | Critical | 2 |
        | High | 9 |
        | Medium | 6 |
        | Low | 2 |

        The fitness check matters beyond code quality: as written it clears any bird to fly regardless of weight,
        and a bird that has already flown three displays can be sent up a fourth time.
        """,
        Block([
            F("WX-CMD-INJECTION", "critical", "security", "Shell injection through `site` in the weather check",
              "Call `exec.CommandContext(ctx, \"wx-check\", \"--site\", site)` without `sh -c`, and validate `site` against the known display sites.",
              symbol="Server.handleWeather", conf=0.95),
            F("WX-NO-TIMEOUT", "low", "bug", "Weather check has no timeout",
              "Use `exec.CommandContext` with `context.WithTimeout(r.Context(), 10*time.Second)`.",
              symbol="Server.handleWeather", conf=0.6),
            F("HISTORY-SQLI", "critical", "security", "SQL injection through the `order` parameter",
              "Map `order` to a fixed set of clauses (`\"at DESC\"`, `\"at ASC\"`, `\"grams DESC\"`).",
              symbol="Server.handleHistory", conf=0.95),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop, as `loadBirds` does.",
              symbol="Server.handleHistory", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "`/photos?name=` serves files outside the photo directory",
              "`filepath.Join` does not confine `../`; use `http.FileServer(http.Dir(s.photoDir))` or reject names containing a separator.",
              symbol="Server.handlePhoto", conf=0.9),
            F("STAFF-KEY-EMPTY-MATCHES", "high", "security", "`staffOnly` admits everyone when `STAFF_KEY` is unset",
              "Fail closed like `adminOnly`: `s.staffKey == \"\" || subtle.ConstantTimeCompare(...) != 1`.",
              symbol="Server.staffOnly", conf=0.9),
            F("STAFF-KEY-IN-QUERY", "medium", "security", "Staff key accepted in the query string",
              "Accept it from the header only; query strings end up in logs and browser history.",
              symbol="Server.staffOnly", conf=0.75),
            F("ASSIGN-NO-AUTH", "high", "security", "Display assignment route has no authentication",
              "Wrap `s.handleAssign` in `s.staffOnly`.", symbol="main", conf=0.85),
            F("NO-TIMEOUTS", "medium", "security", "HTTP server without timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.", symbol="main", conf=0.75),
        ]),
        "Concurrency and flying logic:",
        Block([
            F("FIT-OR-ALWAYS-TRUE", "high", "bug", "Flying-weight window uses `||`, so it is always true",
              "`avg >= w*95/100 && avg <= w*105/100`.", symbol="Server.handleCanFly", conf=0.9),
            F("FLIGHTS-OFF-BY-ONE", "high", "bug", "Rest rule allows one flight more than `maxFlightsPerDay`",
              "`bird.Flown >= maxFlightsPerDay`.", symbol="Server.handleCanFly", conf=0.85),
            F("AVERAGE-SHORT-PANIC", "high", "bug", "`recentAverage` panics for birds with fewer than 7 weigh-ins",
              "Take `ws[max(0, len(ws)-weighWindow):]` and return 0 (or an error) for an empty slice.",
              symbol="recentAverage", conf=0.9),
            F("BIRD-NIL", "high", "bug", "Weigh-in for an unknown bird dereferences nil",
              "`bird, ok := s.birds[id]` and 404 when `!ok`.", symbol="Server.handleWeighIn", conf=0.85),
            F("WEIGH-APPEND-UNLOCKED", "high", "bug", "Bird is mutated after the mutex is released",
              "Keep `s.mu` held across the append and the `LastWeighed` update (or `defer s.mu.Unlock()`).",
              d=-1, n=2, symbol="Server.handleWeighIn", conf=0.85),
            F("WEIGH-PARSE-IGNORED", "medium", "bug", "Invalid weight is stored as 0 g",
              "Return 400 on an `Atoi` error or a non-positive weight.", symbol="Server.handleWeighIn", conf=0.8),
            F("DISPLAY-APPEND-RACE", "high", "bug", "`handleAssign` reads and writes shared state without the lock",
              "Hold `s.mu` from the display lookup through the append and the `Flown` increment.",
              n=2, symbol="Server.handleAssign", conf=0.85),
            F("DISPLAY-CAPACITY-OFF-BY-ONE", "medium", "bug", "Display capacity check admits one bird too many",
              "`len(d.Birds) >= d.MaxBirds`.", symbol="Server.handleAssign", conf=0.8),
            F("RESET-UNLOCKED", "medium", "bug", "Midnight reset writes `Flown` without the lock",
              "Take `s.mu` around the loop.", d=-1, n=2, symbol="Server.resetDaily", conf=0.8),
            F("SHEET-DROPS-OLDEST", "low", "bug", "Weigh-in sheet prints one entry fewer than asked",
              "`i >= len(ws)-n`.", symbol="Server.handleSheet", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("WX-CMD-INJECTION", "critical", "security", "sh -c with ?site= (command injection)", "exec.Command without shell.", d=-1),
            F("HISTORY-SQLI", "critical", "security", "ORDER BY built from ?order=", "Whitelist.", d=-1),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "handleHistory leaks rows", "defer rows.Close()."),
            F("PHOTO-TRAVERSAL", "high", "security", "handlePhoto: path traversal via name", "Reject '..' / use http.Dir.", d=-2),
            F("STAFF-KEY-EMPTY-MATCHES", "high", "security", "staffOnly passes when STAFF_KEY is empty", "Fail closed."),
            F("BIRD-NIL", "high", "bug", "nil deref on unknown bird in weigh-in", "Check ok.", d=+2),
            F("WEIGH-PARSE-IGNORED", "medium", "bug", "strconv.Atoi error ignored", "400 on error."),
            F("AVERAGE-SHORT-PANIC", "high", "bug", "recentAverage: slice out of range when < 7 samples", "Clamp start.", d=-1),
            F("FLIGHTS-OFF-BY-ONE", "medium", "bug", "Flown > max should be >=", ">=."),
            F("DISPLAY-CAPACITY-OFF-BY-ONE", "medium", "bug", "Capacity check off by one", ">=.", d=+1, sd=0),
            F("ASSIGN-BIRD-UNKNOWN", "high", "bug", "handleAssign: s.birds[birdID] may be nil", "Look up and 404."),
            F("RESET-UNLOCKED", "medium", "bug", "resetDaily mutates birds without s.mu", "Lock."),
            F("NO-TIMEOUTS", "low", "security", "No server timeouts", "Set ReadHeaderTimeout etc."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `hawkweigh` service, which records bird weigh-ins and plans the flying
        displays of a falconry centre.

        **Security**

        Three handlers pass query parameters to dangerous sinks, and access control has gaps.
        """,
        Block([
            F("WX-CMD-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Weather Check",
              "Do not invoke a shell; pass arguments directly.",
              desc="The `site` parameter is appended to a string executed with `sh -c`, so `site=x;rm -rf /` runs arbitrary commands."),
            F("HISTORY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Weigh-in History",
              "Use a whitelist for sort order.", sd=-2, n=3),
            F("HISTORY-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Sanitize the file name.", d=-1),
            F("STAFF-KEY-IN-QUERY", "MEDIUM", "Broken Authentication", "API Key Accepted via URL Query Parameter",
              "Only accept the key from the header.", sd=-2, n=3),
            F("ASSIGN-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Display Assignment",
              "Add the staff middleware."),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "Missing HTTP Server Timeouts",
              "Configure timeouts on the server."),
        ], wrap="list"),
        """
        **Reliability and Concurrency**
        """,
        Block([
            F("BIRD-NIL", "HIGH", "Availability", "Nil Pointer Dereference in Weigh-in",
              "Check that the bird exists.", sd=-2, n=3),
            F("WEIGH-APPEND-UNLOCKED", "HIGH", "Race Condition", "Data Race on Bird Weights",
              "Hold the mutex while modifying the bird.",
              desc="The mutex is released before `bird.Weights` is appended to, while other handlers read the same slice under the lock."),
            F("AVERAGE-SHORT-PANIC", "HIGH", "Availability", "Index Out of Range in recentAverage",
              "Handle histories shorter than the window."),
            U({"severity": "LOW", "category": "Best Practices", "description": "Consider using a structured logger such as slog instead of the log package."}),
            F("FLIGHTS-OFF-BY-ONE", "MEDIUM", "Logic Error", "Incorrect Flight Limit Check",
              "Use `>=` so birds rest after the maximum number of flights.", d=+1, sd=-1, n=3),
            F("DISPLAY-APPEND-RACE", "HIGH", "Race Condition", "Racy Flight Counter in Display Assignment",
              "Protect the display and bird updates with the mutex.", d=+1, sd=-1, n=3,
              desc="`Flown` is incremented and `d.Birds` appended without holding `s.mu`; concurrent assignments lose updates and can exceed the display's capacity."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("WX-CMD-INJECTION", "high", "security", "command injection in handleWeather", "no sh -c"),
            F("HISTORY-SQLI", "high", "security", "sql injection via order", "whitelist order"),
            F("STAFF-KEY-EMPTY-MATCHES", "high", "", "staff auth open when STAFF_KEY empty", "fail closed"),
            F("ASSIGN-NO-AUTH", "medium", "security", "assign route unauthenticated", "staffOnly"),
            F("BIRD-NIL", "medium", "bug", "nil bird panic on weigh-in", "check ok", d=+2),
            F("AVERAGE-SHORT-PANIC", "medium", "bug", "recentAverage out of range", "clamp index"),
            F("DISPLAY-CAPACITY-OFF-BY-ONE", "low", "bug", "display capacity off by one", ">="),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        `hawkweigh` is a Go HTTP service for a falconry centre. I found 15 issues.

        1. Injection: shell (weather), SQL (history), path (photos).
        2. Authentication: staff key handling.
        3. Concurrency: weigh-in, display assignment, daily reset.
        4. Logic: weight window, flight limit, weigh-in sheet, input parsing.
        """,
        Block([
            F("WX-CMD-INJECTION", "blocker", "security", "Command injection in weather endpoint", "Avoid sh -c.", conf=0.9),
            F("HISTORY-SQLI", "blocker", "security", "SQL injection in history ordering", "Validate order.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo serving", "Clean and check the path.", conf=0.8),
            F("STAFF-KEY-IN-QUERY", "minor", "security", "Staff key in URL", "Use headers only.", conf=0.6),
            F("STAFF-KEY-EMPTY-MATCHES", "major", "security", "Authentication bypass with empty staff key",
              "Reject when the key is not configured.", d=-2, conf=0.75),
            F("WEIGH-PARSE-IGNORED", "minor", "correctness", "Weight parse error ignored", "Handle the error.", conf=0.7),
            F("WEIGH-APPEND-UNLOCKED", "major", "concurrency", "Unsynchronized update of bird weigh-in data",
              "Keep the lock.", d=+1, conf=0.75),
            F("AVERAGE-SHORT-PANIC", "major", "correctness", "Slice bounds panic for short history", "Check the length.", conf=0.85),
            F("FIT-OR-ALWAYS-TRUE", "major", "correctness", "Weight fitness condition always true", "Use && instead of ||.", conf=0.8),
            F("FLIGHTS-OFF-BY-ONE", "minor", "correctness", "Off-by-one in daily flight limit", "Use >=.", conf=0.75),
            F("SHEET-DROPS-OLDEST", "minor", "correctness", "Off-by-one in weigh-in sheet loop", "Use >=.", d=+1, sd=0, conf=0.7),
            F("DISPLAY-APPEND-RACE", "major", "concurrency", "Race condition in display assignment", "Use the mutex.", conf=0.75),
            F("ASSIGN-BIRD-UNKNOWN", "major", "reliability", "Nil map entry dereference for unknown bird", "Check existence.", conf=0.7),
            F("RESET-UNLOCKED", "major", "concurrency", "Daily reset without synchronization", "Lock the mutex.", conf=0.7),
            F("HISTORY-ROWS-NOT-CLOSED", "minor", "resource-leak", "Database rows not closed", "defer rows.Close().", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 8 major, 5 minor"),
    ]),
}
