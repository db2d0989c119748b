"""test117/go-chanterhire: a pipe band's practice chanter loans, competition entries and kilt hire (Go, net/http
with Go 1.22 patterns + database/sql/pgx). Frozen test split; labels next to each finding.

Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test117: seeded problems in a pipe band's chanter, entry and kilt-hire desk; five agents' "
    "answers written by hand."
)

G = "main.go"
PROBLEMS = {
    "BAND-KEY-FAILS-OPEN": P(G, 'if r.Header.Get("X-Band-Key") != s.bandKey {', "security", "bandOnly passes a request without the header when BAND_KEY is unset (empty equals empty)"),
    "BAND-KEY-TIMING": P(G, 'if r.Header.Get("X-Band-Key") != s.bandKey {', "security", "band key compared with != instead of subtle.ConstantTimeCompare (pipeMajorOnly does it right)"),
    "CHANTER-LEND-RACE": P(G, "if _, taken := s.onLoan[serial]; taken {", "bug", "lend checks onLoan outside s.mu and writes it under the lock: two learners get one chanter, and the unlocked map read races the write", "critical-section"),
    "LOAN-INSERT-IGNORED": P(G, 'log.Printf("loan insert: %v", err)', "bug", "a failed loan insert is only logged: 201 is answered and the loan is held in memory only (extra, one agent)"),
    "ENTRIES-GRADE-SQLI": P(G, "WHERE grade = '\" + grade + \"' ORDER BY band\"", "security", "grade query value concatenated into the entries SQL", "source-vs-sink"),
    "ENTRIES-DB-ERROR-LEAK": P(G, 'http.Error(w, "query failed: "+err.Error()', "security", "the database error text is returned to the caller"),
    "ENTRY-BODY-UNBOUNDED": P(G, "if err := json.NewDecoder(r.Body).Decode(&f); err != nil {", "security", "the entry body is decoded without http.MaxBytesReader: unbounded request body", "signature-vs-statement"),
    "ENTRY-PLAYERS-LIMIT": P(G, "if len(f.Players) >= maxPlayers[f.Grade] {", "bug", ">= refuses a band with exactly the grade's maximum number of players", "off-by-one"),
    "ENTRY-NO-MINIMUM": P(G, "if len(f.Players) >= maxPlayers[f.Grade] {", "bug", "no lower bound: an entry with no players is accepted with a zero fee"),
    "RESULTS-ROWS-LEAK": P(G, "rows, err := s.db.Query(`SELECT band FROM results", "bug", "handleResults never closes rows (connection held until GC)", "signature-vs-statement"),
    "RESULTS-OVERRUN": P(G, "for i := 0; i <= len(bands); i++ {", "bug", "i <= len(bands) indexes one past the end: every results request panics", "off-by-one"),
    "RESULTS-PRIZE-INDEX": P(G, 'out = append(out, map[string]string{"band": bands[i], "place": prizes[i]})', "bug", "prizes has six places: a contest with more than six bands panics on prizes[i]"),
    "RECORDING-TRAVERSAL": P(G, "http.ServeFile(w, r, filepath.Join(s.recordingsDir, name))", "security", "file query value joined to the recordings dir: ../ reads any file", "signature-vs-statement"),
    "TUNESHEET-SHELL": P(G, 'out, err := exec.Command("sh", "-c", "abcm2ps -O - sets/"+set', "security", "set query value concatenated into an sh -c command line", "source-vs-sink"),
    "TUNESHEET-NO-TIMEOUT": P(G, 'out, err := exec.Command("sh", "-c", "abcm2ps -O - sets/"+set', "performance", "the typesetting pipeline runs without a context or timeout: a hung abcm2ps holds the request forever"),
    "TUNESHEET-ERROR-LEAK": P(G, 'http.Error(w, "could not typeset "+set+": "+err.Error()', "security", "the failing command's error is echoed to the client with the request value"),
    "KILT-DAYS-UNCHECKED": P(G, 'days, _ := strconv.Atoi(r.FormValue("days"))', "bug", "days parse error ignored and no lower bound: zero or negative days give a hire below the deposit"),
    "KILT-STOCK-LIMIT": P(G, "if s.kiltsOut[size] > stock {", "bug", "> stock lets one more kilt out than the size has", "off-by-one"),
    "KILT-COUNT-NOT-RESTORED": P(G, 'http.Error(w, "hire not recorded"', "bug", "kiltsOut was incremented before the insert and is not decremented when it fails"),
    "KILT-RETURN-TWICE": P(G, "s.db.Exec(`UPDATE kilt_hires SET returned = true, deposit_refunded = true", "bug", "returned is read and never checked: a hire can be returned (and its deposit refunded) twice"),
    "KILT-RETURN-UNLOCKED": P(G, "s.kiltsOut[size]--", "bug", "handleReturnKilt changes kiltsOut without s.mu while handleHireKilt holds it: concurrent map write", "critical-section"),
    "OVERDUE-MAP-RACE": P(G, "for serial, learner := range s.onLoan {", "bug", "the watcher ranges over onLoan without s.mu while handlers write it (concurrent map iteration and write)", "critical-section"),
    "TUNESHEET-NO-AUTH": P(G, 'mux.HandleFunc("GET /tunesheet", s.handleTuneSheet)', "security", "the tune-sheet route (a shell command) is registered without bandOnly (extra, one agent)"),
}

CONFUSABLE = [
    ("BAND-KEY-FAILS-OPEN", "BAND-KEY-TIMING"),
    ("ENTRIES-GRADE-SQLI", "ENTRIES-DB-ERROR-LEAK"),
    ("ENTRY-PLAYERS-LIMIT", "ENTRY-NO-MINIMUM"),
    ("RESULTS-OVERRUN", "RESULTS-PRIZE-INDEX"),
    ("TUNESHEET-SHELL", "TUNESHEET-NO-TIMEOUT"),
    ("TUNESHEET-SHELL", "TUNESHEET-ERROR-LEAK"),
    ("TUNESHEET-NO-TIMEOUT", "TUNESHEET-ERROR-LEAK"),
    ("KILT-DAYS-UNCHECKED", "KILT-STOCK-LIMIT"),
    ("KILT-RETURN-TWICE", "KILT-RETURN-UNLOCKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` (the whole service). Overall the structure is fine and some parts are careful:
        `pipeMajorOnly` fails closed and uses `subtle.ConstantTimeCompare`, `handleReturnChanter` and
        `handleHireKilt` hold `s.mu`, `handleEntries` defers `rows.Close()`, `remind` runs `send-reminder` with an
        argument vector (no shell), and the `http.Server` has read/write timeouts.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 9 |
        | low | 2 |

        The two criticals are the SQL built from `grade` and the `sh -c` built from `set`.
        """,
        Block([
            F("ENTRIES-GRADE-SQLI", "critical", "security", "SQL injection via `grade` in `handleEntries`",
              "Use a placeholder: `WHERE grade = $1` with `grade` as an argument.", symbol="Server.handleEntries", conf=0.95),
            F("ENTRIES-DB-ERROR-LEAK", "low", "security", "Database error returned to the client",
              "Log `err` and return a generic message.", symbol="Server.handleEntries", conf=0.6),
            F("TUNESHEET-SHELL", "critical", "security", "Command injection through `set` in `handleTuneSheet`",
              "Validate `set` against `^[a-z0-9-]+$` and run `abcm2ps` and `ps2pdf` without `sh -c` (pipe them in Go).",
              symbol="Server.handleTuneSheet", conf=0.95),
            F("TUNESHEET-NO-TIMEOUT", "medium", "performance", "Typesetting runs without a timeout",
              "Use `exec.CommandContext(r.Context(), ...)` with a deadline.", symbol="Server.handleTuneSheet", conf=0.7),
            F("RECORDING-TRAVERSAL", "high", "security", "Path traversal in `handleRecording`",
              "`filepath.Join` cleans `../` away from the root, not back into it; check the result with `filepath.Rel` or use `http.FileServer(http.Dir(...))`.",
              symbol="Server.handleRecording", conf=0.9),
            F("BAND-KEY-FAILS-OPEN", "high", "security", "`bandOnly` accepts everyone when `BAND_KEY` is empty",
              "Refuse when `s.bandKey == \"\"`, as `pipeMajorOnly` does.", symbol="Server.bandOnly", conf=0.85),
            F("BAND-KEY-TIMING", "low", "security", "`bandOnly` compares keys with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.bandOnly", conf=0.6),
            F("ENTRY-BODY-UNBOUNDED", "medium", "security", "Entry body read without a size limit",
              "Wrap `r.Body` in `http.MaxBytesReader(w, r.Body, 64<<10)`.", symbol="Server.handleSubmitEntry", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("CHANTER-LEND-RACE", "high", "bug", "`lend` checks `onLoan` before taking the lock",
              "Take `s.mu` before the lookup and hold it through the write; as written two requests can lend one chanter, and the unlocked read races the map write.",
              symbol="Server.lend", conf=0.9),
            F("OVERDUE-MAP-RACE", "high", "bug", "`watchOverdue` iterates `onLoan` without `s.mu`",
              "Copy the map under the lock, then send reminders from the copy.", symbol="Server.watchOverdue", conf=0.85),
            F("KILT-RETURN-UNLOCKED", "high", "bug", "`handleReturnKilt` decrements `kiltsOut` without the mutex",
              "Lock `s.mu` around the decrement (hire holds it; return must too).", symbol="Server.handleReturnKilt", conf=0.85),
            F("KILT-RETURN-TWICE", "medium", "bug", "Kilt returns are not idempotent",
              "`returned` is scanned but never checked: refuse a second return (`WHERE id = $1 AND NOT returned`, check `RowsAffected`).",
              symbol="Server.handleReturnKilt", conf=0.8),
            F("KILT-STOCK-LIMIT", "medium", "bug", "Kilt stock check allows one more hire than stock",
              "Use `>=`.", symbol="Server.handleHireKilt", conf=0.85),
            F("KILT-DAYS-UNCHECKED", "medium", "bug", "`days` is not validated",
              "Handle the `Atoi` error and require `days >= 1`.", symbol="Server.handleHireKilt", conf=0.8),
            F("KILT-COUNT-NOT-RESTORED", "medium", "bug", "Failed hire insert leaves `kiltsOut` incremented",
              "Decrement on the error path (or increment after the insert succeeds).", symbol="Server.handleHireKilt", conf=0.75),
            F("RESULTS-OVERRUN", "high", "bug", "`handleResults` loop runs one past the end of `bands`",
              "Use `i < len(bands)`.", symbol="Server.handleResults", conf=0.9),
            F("RESULTS-PRIZE-INDEX", "medium", "bug", "More than six bands panics on `prizes[i]`",
              "Give places beyond sixth as plain numbers.", symbol="Server.handleResults", conf=0.8),
            F("RESULTS-ROWS-LEAK", "medium", "bug", "`rows` is never closed in `handleResults`",
              "`defer rows.Close()` after the error check.", symbol="Server.handleResults", conf=0.85),
            F("ENTRY-PLAYERS-LIMIT", "medium", "bug", "Player limit check rejects a full band",
              "Use `>`: the maximum is inclusive.", symbol="Server.handleSubmitEntry", conf=0.8),
            F("ENTRY-NO-MINIMUM", "low", "bug", "An entry with no players is accepted for free",
              "Require at least one player (or the grade's minimum).", symbol="Server.handleSubmitEntry", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ENTRIES-GRADE-SQLI", "critical", "security", "sql injection: grade concatenated into query", "use $1", d=-1),
            F("TUNESHEET-SHELL", "critical", "security", "sh -c with ?set= (command injection)", "no shell; validate", d=-1),
            F("RECORDING-TRAVERSAL", "high", "security", "ServeFile on Join(dir, ?file=) -> traversal", "reject '..'", d=-1),
            F("BAND-KEY-TIMING", "low", "security", "non-constant-time key comparison in bandOnly", "subtle.ConstantTimeCompare"),
            F("ENTRY-BODY-UNBOUNDED", "medium", "security", "handleSubmitEntry: no MaxBytesReader", "limit body", d=-2),
            F("CHANTER-LEND-RACE", "high", "bug", "lend(): check-then-set not atomic", "hold mu across both", d=-1),
            F("OVERDUE-MAP-RACE", "high", "bug", "range over onLoan while handlers mutate it", "snapshot under mu", d=+1),
            F("RESULTS-ROWS-LEAK", "medium", "bug", "rows not closed in handleResults", "defer rows.Close()", d=-2),
            F("RESULTS-OVERRUN", "high", "bug", "index out of range: i <= len(bands)", "i < len(bands)"),
            F("ENTRY-NO-MINIMUM", "low", "bug", "empty players list accepted", "require >= 1"),
            F("KILT-DAYS-UNCHECKED", "medium", "bug", "Atoi error dropped; days <= 0 allowed", "validate"),
            F("KILT-STOCK-LIMIT", "medium", "bug", "stock check off by one", ">=", d=+1),
            F("KILT-RETURN-TWICE", "medium", "bug", "double return refunds deposit twice", "check returned"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `chanterhire` service, a Go HTTP server that manages practice
        chanter loans, competition entries and kilt hire for a pipe band.

        ## Security Vulnerabilities
        """,
        Block([
            F("ENTRIES-GRADE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Entries Listing",
              "Use parameterized queries.", sd=-1, n=2,
              desc="The `grade` parameter is concatenated directly into the SQL string."),
            F("ENTRIES-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message."),
            F("TUNESHEET-SHELL", "CRITICAL", "Command Injection", "Command Injection in Tune Sheet Generation",
              "Do not pass user input to `sh -c`.", sd=-2, n=3),
            F("TUNESHEET-ERROR-LEAK", "LOW", "Information Disclosure", "Command Errors Reflected in Response",
              "Log the error server-side instead."),
            F("RECORDING-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Recording Download",
              "Validate that the resolved path is inside the recordings directory.", sd=-2, n=3),
            F("BAND-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Empty Band Key Disables Authentication",
              "Reject requests when `BAND_KEY` is not configured.", sd=-2, n=3,
              desc="If the `BAND_KEY` environment variable is missing, `s.bandKey` is empty and a request with no header passes the comparison."),
            F("ENTRY-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Entry Submission",
              "Use `http.MaxBytesReader`."),
        ], wrap="list"),
        """
        ## Concurrency and Logic Issues
        """,
        Block([
            F("CHANTER-LEND-RACE", "HIGH", "Race Condition", "Race Condition in Chanter Lending",
              "Hold the mutex for the whole check-and-set.", sd=-1, n=3),
            F("OVERDUE-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Overdue Watcher",
              "Lock the mutex while iterating.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Code Style", "description": "Consider splitting main.go into packages."}),
            F("RESULTS-OVERRUN", "HIGH", "Logic Error", "Index Out of Range in Results",
              "Change `<=` to `<`.", d=+1, sd=-1, n=3),
            F("RESULTS-PRIZE-INDEX", "MEDIUM", "Logic Error", "Prize Array Too Short for Large Contests",
              "Handle placings beyond sixth."),
            F("KILT-STOCK-LIMIT", "MEDIUM", "Logic Error", "Kilt Stock Can Be Exceeded",
              "Compare with `>=`.", sd=-2, n=3),
            F("KILT-RETURN-TWICE", "MEDIUM", "Logic Error", "Deposit Can Be Refunded More Than Once",
              "Check the `returned` flag before refunding."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("ENTRIES-GRADE-SQLI", "high", "security", "sql injection in GET /entries", "placeholders"),
            F("TUNESHEET-SHELL", "high", "security", "sh -c with user input in tunesheet", "no shell"),
            F("TUNESHEET-NO-AUTH", "medium", "security", "/tunesheet has no auth, and it runs a shell", "wrap in bandOnly"),
            F("RECORDING-TRAVERSAL", "high", "security", "recordings: path traversal via file", "clean + check prefix"),
            F("BAND-KEY-FAILS-OPEN", "medium", "", "empty BAND_KEY = open door", "fail closed"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("RESULTS-OVERRUN", "high", "bug", "results loop goes one too far, panics", "i < len"),
            F("ENTRY-PLAYERS-LIMIT", "low", "bug", "max players check uses >=", ">"),
            F("KILT-RETURN-UNLOCKED", "medium", "bug", "kiltsOut-- without lock", "lock it"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the entries listing and a shell command in tune-sheet rendering.
        2. Authentication: the band key check fails open.
        3. Concurrency: the loan map and the kilt counters are accessed without consistent locking.
        4. Correctness: results, kilt stock and entry limits.
        5. Reliability: errors swallowed, resources not released.
        """,
        Block([
            F("ENTRIES-GRADE-SQLI", "blocker", "security", "SQL injection in entries listing via grade",
              "Use query parameters.", conf=0.95),
            F("TUNESHEET-SHELL", "blocker", "security", "Command injection in tune sheet endpoint",
              "Avoid sh -c.", conf=0.9),
            F("TUNESHEET-NO-TIMEOUT", "minor", "performance", "External command without timeout",
              "Use exec.CommandContext.", conf=0.6),
            F("RECORDING-TRAVERSAL", "major", "security", "Directory traversal in recordings handler",
              "Validate the file name.", d=-2, conf=0.85),
            F("BAND-KEY-FAILS-OPEN", "major", "security", "Band authentication bypass with empty key",
              "Require a configured key.", conf=0.85),
            F("CHANTER-LEND-RACE", "major", "concurrency", "Unsynchronized read of onLoan map in lend",
              "Acquire the lock before the lookup.", d=+3, snippet="s.mu.Lock()", conf=0.85),
            F("LOAN-INSERT-IGNORED", "minor", "reliability", "Loan insert failure ignored, 201 returned",
              "Return 500 and roll back the in-memory loan.", conf=0.65),
            F("OVERDUE-MAP-RACE", "major", "concurrency", "Data race iterating onLoan in overdue watcher",
              "Snapshot under the lock.", conf=0.85),
            F("RESULTS-ROWS-LEAK", "major", "resource-leak", "Rows not closed in results handler",
              "defer rows.Close().", conf=0.8),
            F("RESULTS-OVERRUN", "major", "correctness", "Off-by-one in results loop causes panic",
              "Use i < len(bands).", d=-1, conf=0.85),
            F("ENTRY-PLAYERS-LIMIT", "minor", "correctness", "Player maximum is exclusive instead of inclusive",
              "Use > instead of >=.", d=+1, conf=0.75),
            F("KILT-DAYS-UNCHECKED", "major", "correctness", "Hire days not validated",
              "Check Atoi error and require positive days.", conf=0.8),
            F("KILT-STOCK-LIMIT", "major", "correctness", "Kilt stock limit off by one",
              "Use >= stock.", conf=0.8),
            F("KILT-RETURN-UNLOCKED", "major", "concurrency", "kiltsOut decremented without mutex",
              "Lock s.mu.", d=-1, conf=0.8),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 9 major, 3 minor"),
    ]),
}
