"""test39/go-winchqueue: a gliding club's launch queue and flight logbook (net/http + database/sql/pgx).

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format). Frozen test split: scored once, never tuned on.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger, any score or any other split's labels. "
    "Frozen test split test39: seeded problems in a gliding club launch-queue service; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DUTY-FAILS-OPEN": P(M, 'if r.URL.Query().Get("token") != s.dutyToken {', "security", "DUTY_TOKEN unset: an empty or missing token passes dutyOnly"),
    "DUTY-TOKEN-IN-QUERY": P(M, 'if r.URL.Query().Get("token") != s.dutyToken {', "security", "duty token taken from the query string (logged by proxies, kept in history) and compared with != "),
    "PILOT-HEADER-TRUSTED": P(M, 'return r.Header.Get("X-Pilot")', "security", "pilot identity from a client header: anyone queues as any pilot and borrows their sign-off", "signature-vs-statement"),
    "SIGNOFF-FAILS-OPEN": P(M, "return err != nil || until.After(time.Now())", "security", "sign-off check returns true on any query error, an unknown pilot (ErrNoRows) included", "signature-vs-statement"),
    "AEROTOW-ROUNDING": P(M, "charge = aerotowBasePence + towFeet/1000*aerotowPer1000Pence", "bug", "tow height divided down: a started 1000 ft is not charged (2500 ft billed as 2000)"),
    "CHARGE-BLOCK-ROUNDING": P(M, "charge += (minutes - freeMinutes) / 10 * blockPence", "bug", "integer division drops the started ten-minute block: up to nine soaring minutes free past the limit", "off-by-one"),
    "METAR-NO-TIMEOUT": P(M, "resp, err := http.Get(metarURL)", "bug", "http.Get with the default client has no timeout: a hung weather server hangs /weather"),
    "METAR-ERROR-BLANKS": P(M, 'return ""', "bug", "on a fetch error the empty string is cached for ten minutes; the status code is never checked either"),
    "SIGNOFF-WINCH-ONLY": P(M, 'if l.Method == "winch" && !s.signedOff(l.Pilot) {', "bug", "sign-off only checked for winch launches: aerotow launches skip it"),
    "ENQUEUE-ID-RACE": P(M, "l.ID = s.nextID", "bug", "nextID incremented and read outside s.mu: data race, duplicate launch ids", "critical-section"),
    "POSITION-UNLOCKED-READ": P(M, "for i, l := range s.queue {", "bug", "queue ranged without s.mu while other handlers append and reslice it", "critical-section"),
    "POSITION-OFF-BY-ONE": P(M, '"position": i, "ahead": i - 1', "bug", "position is 0-based and ahead is one short (-1 for the first pilot)", "off-by-one"),
    "NEXT-DB-UNDER-LOCK": P(M, 'if _, err := s.db.Exec("INSERT INTO logbook', "performance", "logbook insert done while holding s.mu: every queue request waits on the database"),
    "NEXT-LOGBOOK-LOST": P(M, 'log.Printf("logbook insert for launch', "bug", "failed logbook insert only logged: the launch is removed from the queue and never recorded or billed"),
    "RECENT-SLICE": P(M, "writeJSON(w, s.done[len(s.done)-n-1:])", "bug", "slice starts at len-n-1: n+1 launches, and a panic when n == len (or nothing launched yet)", "off-by-one"),
    "LAND-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&body)", "bug", "decode error ignored: a bad body records a zero landing time"),
    "LAND-BEFORE-LAUNCH": P(M, '_, err := s.db.Exec("UPDATE logbook SET landed_at', "bug", "landing time not checked against launch time and an existing landing is overwritten"),
    "LOGBOOK-SQLI": P(M, "rows, err := s.db.Query(q)", "security", "pilot query value concatenated into the logbook query: SQL injection", "source-vs-sink"),
    "LOGBOOK-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "LOGBOOK-ROWS-NOT-CLOSED": P(M, "for rows.Next() {", "bug", "rows never closed (no defer rows.Close()): early returns leak connections"),
    "STATEMENT-SHELL": P(M, 'cmd := exec.Command("sh", "-c"', "security", "pilot and month from the request formatted into sh -c: command injection", "source-vs-sink"),
    "STATEMENT-NO-TIMEOUT": P(M, "out, err := cmd.Output()", "bug", "statement command run without a context or timeout: a stuck club-statement holds the request forever"),
    "STATEMENT-NO-AUTH": P(M, 'mux.HandleFunc("GET /pilots/{pilot}/statement"', "security", "statements route registered without any auth: anyone reads any pilot's account"),
    "WEATHER-CACHE-RACE": P(M, "metarCache, metarFetched = fetchMetar(), time.Now()", "bug", "package-level METAR cache read and written from handlers without a lock: data race, duplicate fetches", "critical-section"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DUTY-FAILS-OPEN", "DUTY-TOKEN-IN-QUERY"),
    ("AEROTOW-ROUNDING", "CHARGE-BLOCK-ROUNDING"),
    ("METAR-NO-TIMEOUT", "METAR-ERROR-BLANKS"),
    ("POSITION-UNLOCKED-READ", "POSITION-OFF-BY-ONE"),
    ("NEXT-DB-UNDER-LOCK", "NEXT-LOGBOOK-LOST"),
    ("LAND-DECODE-IGNORED", "LAND-BEFORE-LAUNCH"),
    ("LOGBOOK-SQLI", "LOGBOOK-DB-ERROR-LEAK"),
    ("STATEMENT-SHELL", "STATEMENT-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the launch-queue and logbook service for the club's launch point. The admin route is
        guarded correctly (`adminOnly` rejects an empty token and uses `subtle.ConstantTimeCompare`), and
        `handleNext` and `handleRecent` hold `s.mu` with a deferred unlock. The problems cluster in identity
        (the duty token, the `X-Pilot` header, the sign-off check), in shared state touched outside the mutex,
        and in request values reaching SQL and `sh -c`.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 6 |
        | low | 3 |

        Safety-relevant first: the sign-off check fails open, so an unknown or mistyped pilot name is cleared for
        a solo winch launch.
        """,
        Block([
            F("SIGNOFF-FAILS-OPEN", "critical", "security", "`signedOff` treats any query error as signed off",
              "Return `err == nil && until.After(time.Now())`; `sql.ErrNoRows` for an unknown pilot currently clears them to fly solo.",
              symbol="Server.signedOff", conf=0.9),
            F("PILOT-HEADER-TRUSTED", "high", "security", "Pilot identity is the unauthenticated `X-Pilot` header",
              "Authenticate the tablet (or the member card) and map it to a pilot server-side.", symbol="pilotName", conf=0.85),
            F("DUTY-FAILS-OPEN", "critical", "security", "`dutyOnly` lets everyone through when `DUTY_TOKEN` is unset",
              "Refuse to start without `DUTY_TOKEN`, and reject empty tokens as `adminOnly` does.",
              symbol="Server.dutyOnly", conf=0.9),
            F("DUTY-TOKEN-IN-QUERY", "medium", "security", "Duty token passed in the URL query string",
              "Read it from a header and compare with `subtle.ConstantTimeCompare`.", symbol="Server.dutyOnly", conf=0.7),
            F("LOGBOOK-SQLI", "high", "security", "SQL injection in `GET /logbook` via `pilot`",
              "Use `WHERE pilot = $1` with `pilot` as an argument.", symbol="Server.handleLogbook", conf=0.95),
            F("LOGBOOK-DB-ERROR-LEAK", "low", "security", "Database error text returned to the caller",
              "Log `err` and answer a generic 500.", symbol="Server.handleLogbook", conf=0.7),
            F("STATEMENT-SHELL", "high", "security", "Command injection in `handleStatement`",
              "Call `exec.CommandContext(ctx, \"club-statement\", \"--pilot\", pilot, \"--month\", month)` without a shell, after validating `month` as YYYY-MM.",
              symbol="Server.handleStatement", conf=0.9),
            F("STATEMENT-NO-AUTH", "high", "security", "Pilot statements are served to anyone",
              "Wrap the route in an auth middleware and check the pilot is the caller (or the treasurer).", conf=0.8),
        ]),
        "Concurrency, arithmetic and error handling:",
        Block([
            F("ENQUEUE-ID-RACE", "high", "bug", "`nextID` is incremented outside the mutex",
              "Move `s.nextID++` and the assignment inside `s.mu.Lock()`; concurrent enqueues can get the same id.",
              d=-1, n=2, symbol="Server.handleEnqueue", conf=0.85),
            F("POSITION-UNLOCKED-READ", "medium", "bug", "`handlePosition` ranges over `s.queue` without the lock",
              "Take `s.mu` for the scan.", symbol="Server.handlePosition", conf=0.8),
            F("POSITION-OFF-BY-ONE", "low", "bug", "Queue position is zero-based and `ahead` is one short",
              "Return `position: i + 1, ahead: i`.", symbol="Server.handlePosition", conf=0.8),
            F("WEATHER-CACHE-RACE", "medium", "bug", "METAR cache globals are written without synchronisation",
              "Keep the cache in `Server` under a mutex (or `sync.Once`-style single flight).",
              d=-1, n=2, symbol="Server.handleWeather", conf=0.75),
            F("RECENT-SLICE", "medium", "bug", "`handleRecent` slices one element too far back",
              "Use `s.done[len(s.done)-n:]`; with `n == len(s.done)` the index is -1 and the handler panics.",
              symbol="Server.handleRecent", conf=0.9),
            F("NEXT-LOGBOOK-LOST", "medium", "bug", "A failed logbook insert loses the launch",
              "Return an error and put the launch back (or retry); today it is popped, logged and never billed.",
              symbol="Server.handleNext", conf=0.75),
            F("CHARGE-BLOCK-ROUNDING", "medium", "bug", "Soaring charge rounds started blocks down",
              "Use `(minutes - freeMinutes + 9) / 10` to charge per started ten minutes, as the comment says.",
              symbol="flightCharge", conf=0.85),
            F("AEROTOW-ROUNDING", "medium", "bug", "Aerotow height charge rounds down",
              "Use `(towFeet + 999) / 1000` for per started 1000 ft.", symbol="flightCharge", conf=0.8),
            F("METAR-NO-TIMEOUT", "low", "bug", "`fetchMetar` uses `http.Get` without a timeout",
              "Use an `http.Client{Timeout: 5 * time.Second}`.", symbol="fetchMetar", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SIGNOFF-FAILS-OPEN", "high", "security", "signedOff: err != nil counts as signed off", "err == nil &&", d=-3),
            F("PILOT-HEADER-TRUSTED", "high", "security", "pilotName trusts X-Pilot header", "authenticate", d=-2),
            F("DUTY-FAILS-OPEN", "high", "security", "dutyOnly passes with empty DUTY_TOKEN", "reject empty token"),
            F("LOGBOOK-SQLI", "high", "security", "SQLi in handleLogbook (?pilot=)", "$1 placeholder", d=-2),
            F("STATEMENT-SHELL", "high", "security", "sh -c with pilot/month from request", "exec without shell", d=-1),
            F("ENQUEUE-ID-RACE", "medium", "bug", "data race on s.nextID", "increment under s.mu", d=-1),
            F("WEATHER-CACHE-RACE", "medium", "bug", "data race on metarCache/metarFetched", "mutex", d=-1),
            F("POSITION-OFF-BY-ONE", "low", "bug", "handlePosition returns zero-based position", "i + 1", d=-1),
            F("RECENT-SLICE", "medium", "bug", "handleRecent panics when n == len(done)", "len(done)-n", d=-3),
            F("LAND-DECODE-IGNORED", "low", "bug", "handleLand ignores Decode error", "400 on error"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `winchqueue` Go service, which manages a gliding club's launch queue,
        the flight logbook and pilot statements.

        ## Security

        The service mixes strong and weak authentication: the admin route uses a constant-time comparison, but
        the duty route and pilot identity are easily bypassed or spoofed. User input also reaches SQL and a shell.
        """,
        Block([
            F("DUTY-TOKEN-IN-QUERY", "HIGH", "Broken Authentication", "Duty Token Transmitted in URL Query String",
              "Move the token to an Authorization header.", sd=-2, n=3,
              desc="Tokens in URLs end up in server logs, proxy logs and browser history."),
            F("PILOT-HEADER-TRUSTED", "HIGH", "Broken Authentication", "Pilot Identity Spoofing via X-Pilot Header",
              "Authenticate pilots.", sd=-2, n=3),
            F("LOGBOOK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Logbook Query",
              "Use parameterized queries.", d=-1, sd=-2, n=3),
            F("LOGBOOK-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Return a generic error message.", sd=-2, n=3),
            F("STATEMENT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Statement Generation",
              "Avoid `sh -c`.", sd=-2, n=3),
            F("STATEMENT-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Access to Pilot Statements",
              "Add authentication to the route.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Concurrency and Reliability
        """,
        Block([
            F("ENQUEUE-ID-RACE", "HIGH", "Race Condition", "Race Condition in Launch ID Generation",
              "Protect `nextID` with the mutex or use `atomic.Int64`.", d=+2, sd=0, n=3,
              desc="`s.nextID` is modified before `s.mu.Lock()` is taken; two concurrent requests may receive the same ID."),
            F("POSITION-UNLOCKED-READ", "MEDIUM", "Race Condition", "Unsynchronized Read of Launch Queue",
              "Lock the mutex while iterating.", d=+1, sd=0, n=3),
            F("WEATHER-CACHE-RACE", "MEDIUM", "Caching", "Unprotected Global Weather Cache",
              "Use a mutex or `sync.RWMutex`.", d=+2, sd=-1, n=3),
            F("NEXT-DB-UNDER-LOCK", "MEDIUM", "Performance", "Database Call While Holding Queue Mutex",
              "Release the lock before writing the logbook.", sd=-2, n=3),
            F("METAR-ERROR-BLANKS", "LOW", "Error Handling", "Weather Fetch Errors Cached as Empty Response",
              "Keep the previous value on error and check `resp.StatusCode`.", sd=-2, n=3),
            F("STATEMENT-NO-TIMEOUT", "LOW", "Availability", "External Command Without Timeout",
              "Use `exec.CommandContext` with `r.Context()`.", sd=-2, n=3),
            F("LOGBOOK-ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Testing", "description": "There are no unit tests for the charge calculation."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("LOGBOOK-SQLI", "high", "security", "sql injection in /logbook pilot param", "use $1"),
            F("STATEMENT-SHELL", "high", "security", "shell injection in statement", "no sh -c"),
            F("SIGNOFF-FAILS-OPEN", "high", "", "unknown pilot passes sign-off check", "err == nil"),
            F("ENQUEUE-ID-RACE", "medium", "bug", "nextID race", "lock it", d=-1),
            F("AEROTOW-ROUNDING", "low", "bug", "aerotow charge rounds down", "round up"),
            F("RECENT-SLICE", "medium", "bug", "recent launches slice off by one, can panic", "len-n"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: duty token handling and the sign-off check are unsafe; pilot identity is spoofable.
        2. Injection in the logbook query and the statement command.
        3. Concurrency: launch ids, queue position and the weather cache race.
        4. Billing: tow and soaring charges round down.
        5. Reliability: landings and logbook inserts are not validated or checked.
        """,
        Block([
            F("DUTY-FAILS-OPEN", "blocker", "security", "Duty authorization bypass with empty token",
              "Reject empty tokens.", conf=0.85),
            F("SIGNOFF-FAILS-OPEN", "blocker", "security", "Instructor sign-off check fails open on error",
              "Treat errors as not signed off.", conf=0.85),
            F("SIGNOFF-WINCH-ONLY", "major", "correctness", "Sign-off not enforced for aerotow launches",
              "Check sign-off for every solo launch.", conf=0.65),
            F("LOGBOOK-SQLI", "blocker", "security", "SQL injection in logbook pilot filter", "Use placeholders.", d=-1, conf=0.9),
            F("STATEMENT-SHELL", "blocker", "security", "Command injection in statement handler", "Avoid the shell.", conf=0.9),
            F("ENQUEUE-ID-RACE", "major", "concurrency", "Race on launch ID counter", "Use the mutex.", conf=0.8),
            F("POSITION-OFF-BY-ONE", "minor", "correctness", "Queue position off by one",
              "Report i + 1 and i ahead.", d=-2, conf=0.7),
            F("WEATHER-CACHE-RACE", "major", "concurrency", "Race on global weather cache", "Use a lock.", d=+2, conf=0.75),
            F("CHARGE-BLOCK-ROUNDING", "major", "correctness", "Soaring time charge truncates partial blocks",
              "Round up partial blocks.", d=-1, conf=0.75),
            F("AEROTOW-ROUNDING", "minor", "correctness", "Aerotow height charge truncates", "Round up.", conf=0.7),
            F("METAR-NO-TIMEOUT", "minor", "reliability", "No HTTP timeout on METAR fetch", "Set a client timeout.", conf=0.7),
            F("LAND-BEFORE-LAUNCH", "major", "correctness", "Landing time is not validated",
              "Reject landings before launch and do not overwrite an existing landing.", conf=0.7),
            F("NEXT-LOGBOOK-LOST", "major", "reliability", "Launch dropped when logbook insert fails",
              "Handle the error.", d=-1, conf=0.7),
            F("RECENT-SLICE", "major", "correctness", "Index out of range in recent launches", "Use len-n.", conf=0.8),
        ], wrap="object+summary", summary="14 issues: 4 blocker, 7 major, 3 minor"),
    ]),
}
