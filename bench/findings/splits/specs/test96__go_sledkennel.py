"""test96/go-sledkennel: a dog-sled kennel's team runs and harness checks (Go). Frozen test split test96.

Written 2026-12-06 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test96: seeded problems in a small net/http + database/sql service for a dog-sled kennel "
    "(team runs, season mileage, harness checks); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "MUSHER-FAILS-OPEN": P(M, 'if r.Header.Get("X-Musher-Key") != s.musherKey {', "security", "musherOnly compares with s.musherKey even when MUSHER_KEY is unset: an empty header passes", "signature-vs-statement"),
    "MUSHER-TIMING": P(M, 'if r.Header.Get("X-Musher-Key") != s.musherKey {', "security", "musher key compared with != instead of subtle.ConstantTimeCompare (timing side channel)"),
    "REST-SCAN-IGNORED": P(M, 'WHERE $1 = ANY(dogs)", dog).Scan(&last)', "bug", "Scan error of the last-run query ignored: on a DB error last is invalid and the dog counts as rested"),
    "DOG-LOOP-SKIPS-LEADER": P(M, "for i := 1; i < len(run.Dogs); i++ {", "bug", "fitness loop starts at 1: the lead dog (run.Dogs[0]) is never checked for rest or harness", "off-by-one"),
    "UNFIT-ONLY-LOGGED": P(M, 'log.Printf("run for %s: dog %s is not fit to run"', "bug", "an unfit dog is only logged: the run is still inserted and started"),
    "FINISH-RACE": P(M, "delete(s.active, id)", "bug", "s.active read and deleted without s.mu (written under it in handleStartRun): concurrent map access, a run finished twice credits mileage twice", "critical-section"),
    "SMS-THROTTLE-RACE": P(M, "s.lastSMS[musher] = time.Now()", "bug", "lastSMS map checked and written from notifyMusher goroutines without a lock: concurrent map writes, throttle bypassed", "critical-section"),
    "SMS-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", "send-sms --to "+musher', "security", "musher name (from the run request) and text concatenated into an sh -c command: shell injection"),
    "SMS-NO-TIMEOUT": P(M, "if out, err := cmd.CombinedOutput(); err != nil {", "bug", "send-sms run without a timeout or context: a hung gateway leaks a goroutine per finished run"),
    "RUNS-SQLI": P(M, 'q := fmt.Sprintf("SELECT id, musher, km, temp_c, started FROM runs WHERE musher', "security", "musher query value formatted into the runs SQL: injection", "source-vs-sink"),
    "RUNS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()) and rows.Err() unchecked: connections leak"),
    "RUNS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client from /runs (helps the injection)", nth=0),
    "DELETE-ACTIVE-RUN": P(M, 'if _, err := s.db.Exec("DELETE FROM runs WHERE id = $1", id); err != nil {', "bug", "a run still under way is deleted from the log but stays in s.active: finishing it later credits mileage for a deleted run", "signature-vs-statement"),
    "BOARD-CACHE-RACE": P(M, "s.board = s.buildBoard()", "bug", "leaderboard cache (board, boardAt) checked and rebuilt without a lock: data race, concurrent requests all rebuild it", "critical-section"),
    "TOP-CLAMP-OFF-BY-ONE": P(M, "n = len(s.board) - 1", "bug", "clamping top to len-1 drops the last dog when top exceeds the board (and gives -1 on an empty board)", "off-by-one"),
    "TOP-NEGATIVE-PANIC": P(M, "json.NewEncoder(w).Encode(s.board[:n])", "bug", "a negative top (or the -1 from an empty board) slices out of range: panic"),
    "HARNESS-WRONG-ROLE": P(M, 'mux.HandleFunc("POST /harness/check", s.musherOnly(s.handleHarnessCheck))', "security", "harness checks accept the musher key instead of vetOnly: any musher signs off a harness under any checker name"),
    "TRACK-TRAVERSAL": P(M, "f, err := os.Create(dst)", "security", "name query value joined to the track dir: ../ creates files anywhere the service can write", "source-vs-sink"),
    "TRACK-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "os.Create error (with the full server path) returned to the client", nth=1),
    "TRACK-UNBOUNDED": P(M, "io.Copy(f, r.Body)", "security", "track upload copies an unbounded body (no MaxBytesReader) and ignores the copy error: disk fill, truncated tracks answered 201"),
    "DOGCARD-SCAN-IGNORED": P(M, 's.db.QueryRow("SELECT name, vet_notes FROM dogs WHERE id = $1"', "bug", "Scan error ignored: an unknown dog id (or a DB error) answers 200 with an empty card"),
    "DOGCARD-XSS": P(M, "html.EscapeString(name), notes)", "security", "vet notes written into the HTML card unescaped (the name is escaped)"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts: slowloris"),
}

CONFUSABLE = [
    ("MUSHER-FAILS-OPEN", "MUSHER-TIMING"),
    ("DOG-LOOP-SKIPS-LEADER", "UNFIT-ONLY-LOGGED"),
    ("SMS-THROTTLE-RACE", "SMS-INJECTION"),
    ("SMS-INJECTION", "SMS-NO-TIMEOUT"),
    ("SMS-THROTTLE-RACE", "SMS-NO-TIMEOUT"),
    ("RUNS-SQLI", "RUNS-ROWS-NOT-CLOSED"),
    ("RUNS-SQLI", "RUNS-ERR-LEAK"),
    ("RUNS-ROWS-NOT-CLOSED", "RUNS-ERR-LEAK"),
    ("TOP-CLAMP-OFF-BY-ONE", "TOP-NEGATIVE-PANIC"),
    ("TRACK-TRAVERSAL", "TRACK-ERR-LEAK"),
    ("DOGCARD-SCAN-IGNORED", "DOGCARD-XSS"),
    ("HARNESS-WRONG-ROLE", "NO-TIMEOUTS"),
]

G3 = dict(n=3)  # gemini's three-line quotes

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole kennel desk: run start and finish, the season leaderboard, harness checks,
        GPS track uploads and dog cards.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 4 |
        | medium | 8 |
        | low | 3 |

        Some things are done right and should stay that way: `vetOnly` fails closed and uses
        `subtle.ConstantTimeCompare`, `handleStartRun` writes `s.active` under `s.mu`, the mileage loop in
        `handleFinish` and `buildBoard` hold the lock, `handleHarnessCheck` bounds its body, marks a failed
        harness due at once and answers 404 for an unknown harness, and the card escapes the dog's name. The
        problems are below, security first.
        """,
        Block([
            F("MUSHER-FAILS-OPEN", "critical", "security", "`musherOnly` accepts an empty key when `MUSHER_KEY` is unset",
              "Refuse to start without `MUSHER_KEY` (or reject when `s.musherKey == \"\"`), like `vetOnly` does.",
              symbol="Server.musherOnly", conf=0.9),
            F("MUSHER-TIMING", "low", "security", "Musher key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.musherOnly", conf=0.6),
            F("RUNS-SQLI", "critical", "security", "SQL injection in `GET /runs` through `musher`",
              "Use a placeholder: `s.db.Query(\"... WHERE musher = $1 ...\", musher)`.",
              symbol="Server.handleRuns", conf=0.95),
            F("SMS-INJECTION", "critical", "security", "`notifyMusher` builds an `sh -c` command from the musher name",
              "Call `exec.Command(\"send-sms\", \"--to\", musher, \"--text\", text)` without a shell; the musher name comes straight from the run request.",
              symbol="Server.notifyMusher", conf=0.9),
            F("TRACK-TRAVERSAL", "high", "security", "Track upload path is built from the `name` query parameter",
              "Use `filepath.Base(name)`, reject `..`, and check the cleaned path is inside `s.trackDir`.",
              symbol="Server.handleTrackUpload", conf=0.88),
            F("TRACK-UNBOUNDED", "medium", "security", "Track upload body is unbounded and the copy error ignored",
              "Wrap the body in `http.MaxBytesReader` and fail the request (and remove the file) when `io.Copy` fails.",
              symbol="Server.handleTrackUpload", conf=0.75),
            F("HARNESS-WRONG-ROLE", "high", "security", "Harness checks are accepted from mushers",
              "Register `POST /harness/check` with `s.vetOnly`; a musher can currently pass their own harness and name any checker.",
              symbol="main", conf=0.72),
            F("DOGCARD-XSS", "medium", "security", "Vet notes are written into the dog card unescaped",
              "Escape `notes` too, or use `html/template`.", symbol="Server.handleDogCard", conf=0.8),
            F("NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("DOG-LOOP-SKIPS-LEADER", "high", "bug", "The lead dog is never checked before a run",
              "Iterate from 0 (`for _, dog := range run.Dogs`).", symbol="Server.handleStartRun", conf=0.88),
            F("REST-SCAN-IGNORED", "medium", "bug", "Rest check ignores the query error",
              "Check the `Scan` error and treat a failure as not fit; today a database error makes every dog look rested.",
              symbol="Server.fitToRun", conf=0.7),
            F("FINISH-RACE", "high", "bug", "`handleFinish` reads and deletes `s.active` without the mutex",
              "Take `s.mu` around the lookup and delete; concurrent finishes can crash with concurrent map access or credit the same run twice.",
              d=-1, n=3, symbol="Server.handleFinish", conf=0.85),
            F("SMS-THROTTLE-RACE", "medium", "bug", "`lastSMS` is mutated from goroutines without synchronization",
              "Guard `lastSMS` with `s.mu` (or a dedicated mutex); `notifyMusher` runs in its own goroutine per finish.",
              symbol="Server.notifyMusher", conf=0.8),
            F("SMS-NO-TIMEOUT", "low", "bug", "`send-sms` has no timeout",
              "Use `exec.CommandContext` with a timeout.", symbol="Server.notifyMusher", conf=0.6),
            F("RUNS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleRuns`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleRuns", conf=0.85),
            F("DELETE-ACTIVE-RUN", "medium", "bug", "Deleting a run does not touch `s.active`",
              "Refuse to delete an active run (or remove it from `s.active` under the lock).",
              symbol="Server.handleDeleteRun", conf=0.65),
            F("BOARD-CACHE-RACE", "medium", "bug", "Leaderboard cache is read and rebuilt without a lock",
              "Guard `board`/`boardAt` with a mutex (or `sync.Mutex` + copy); concurrent requests race and all rebuild.",
              d=-1, n=3, symbol="Server.handleLeaderboard", conf=0.78),
            F("TOP-CLAMP-OFF-BY-ONE", "low", "bug", "`top` larger than the board drops the last entry",
              "Clamp to `len(s.board)`, not `len(s.board) - 1`.", symbol="Server.handleLeaderboard", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("RUNS-SQLI", "critical", "security", "SQL injection: musher query param in fmt.Sprintf query",
              "Placeholders.", d=-1),
            F("SMS-INJECTION", "critical", "security", "sh -c with musher/text concatenated",
              "exec.Command without shell."),
            F("MUSHER-FAILS-OPEN", "high", "security", "musherOnly passes when MUSHER_KEY is empty",
              "Fail closed.", d=-2),
            F("TRACK-TRAVERSAL", "high", "security", "Path traversal in handleTrackUpload (name)",
              "filepath.Base + prefix check.", d=-2),
            F("FINISH-RACE", "high", "bug", "Unsynchronized s.active access in handleFinish",
              "Lock s.mu."),
            F("BOARD-CACHE-RACE", "medium", "bug", "Data race on s.board/s.boardAt",
              "Mutex."),
            F("DOG-LOOP-SKIPS-LEADER", "high", "bug", "Fitness loop skips run.Dogs[0]",
              "Start at 0.", d=1),
            F("REST-SCAN-IGNORED", "medium", "bug", "fitToRun ignores Scan error on last-run query",
              "Handle err."),
            F("DELETE-ACTIVE-RUN", "medium", "bug", "handleDeleteRun leaves deleted run in s.active",
              "Reject or evict.", d=-2),
            F("TOP-NEGATIVE-PANIC", "medium", "bug", "Negative ?top= panics (slice bounds)",
              "Clamp n to [0, len]."),
            F("DOGCARD-SCAN-IGNORED", "low", "bug", "handleDogCard ignores Scan error (unknown id -> empty 200)",
              "404 on sql.ErrNoRows."),
            F("NO-TIMEOUTS", "medium", "security", "ListenAndServe without timeouts",
              "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the sled kennel service (`main.go`).

        ## Overview
        The service tracks team runs, dogs' season mileage and harness safety checks for a dog-sled kennel. It
        uses Go 1.22 routing patterns and `database/sql`. While the structure is clear, I identified several
        security vulnerabilities and a number of concurrency problems, which are especially relevant because
        `net/http` serves every request in its own goroutine.

        ## Security Issues
        """,
        Block([
            F("RUNS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Run History Endpoint",
              "Use parameterized queries.", d=1, sd=-1, **G3,
              desc="The `musher` parameter is inserted into the query with `fmt.Sprintf` and then passed to `s.db.Query`."),
            F("RUNS-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message.", sd=-2, **G3),
            F("SMS-INJECTION", "CRITICAL", "Command Injection", "Command Injection in SMS Notification",
              "Do not use `sh -c`; pass arguments directly.", sd=-2, **G3),
            F("TRACK-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in GPS Track Upload",
              "Sanitize `name` with `filepath.Base`.", d=-1, sd=-3, **G3),
            F("TRACK-ERR-LEAK", "LOW", "Information Disclosure", "File System Errors Exposed",
              "Return a generic error message.", sd=-2, **G3),
            F("TRACK-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Upload Size",
              "Use `http.MaxBytesReader`.", sd=-1, n=2),
            F("MUSHER-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass With Empty Musher Key",
              "Reject requests when the key is not configured.", sd=-2, **G3),
            F("DOGCARD-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Vet Notes in Dog Card",
              "Escape `notes` with `html.EscapeString`.", sd=-2, **G3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure timeouts on an `http.Server`.", sd=-2, **G3),
        ], wrap="list"),
        """
        ## Concurrency and Logic Issues
        """,
        Block([
            F("FINISH-RACE", "HIGH", "Concurrency", "Concurrent Map Access in handleFinish",
              "Hold `s.mu` while accessing `s.active`.", d=-1, sd=-2, **G3,
              desc="`handleStartRun` writes the map under the mutex, but `handleFinish` reads and deletes without it."),
            F("SMS-THROTTLE-RACE", "MEDIUM", "Concurrency", "Race on SMS Throttle Map",
              "Protect `lastSMS` with a mutex.", d=-3, sd=-3, **G3),
            F("BOARD-CACHE-RACE", "MEDIUM", "Concurrency", "Unsynchronized Leaderboard Cache",
              "Use a mutex or `sync.Once`-style refresh.", d=-1, sd=-2, **G3),
            U({"severity": "LOW", "category": "Best Practice", "description": "Use structured logging (log/slog) instead of log.Printf."}),
            F("REST-SCAN-IGNORED", "MEDIUM", "Error Handling", "Ignored Error in Rest Check",
              "Check the error returned by `Scan`.", sd=-1, n=2),
            F("UNFIT-ONLY-LOGGED", "HIGH", "Logic Error", "Unfit Dogs Do Not Block a Run",
              "Return an error when a dog is not fit to run.", sd=-2, **G3),
            F("TOP-CLAMP-OFF-BY-ONE", "LOW", "Logic Error", "Off-by-One in Leaderboard Limit",
              "Clamp to `len(s.board)`.", d=-1, sd=-2, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("RUNS-SQLI", "error", "security", "sql injection in GET /runs", "use $1"),
            F("RUNS-ERR-LEAK", "warning", "security", "db error text sent to client", "generic error"),
            F("SMS-INJECTION", "error", "security", "shell injection in notifyMusher", "no sh -c"),
            F("TRACK-TRAVERSAL", "error", "security", "track name path traversal", "filepath.Base"),
            F("MUSHER-FAILS-OPEN", "error", "security", "empty MUSHER_KEY = no auth", "require key"),
            F("DOG-LOOP-SKIPS-LEADER", "warning", "bug", "loop skips first dog", "start at 0"),
            F("UNFIT-ONLY-LOGGED", "warning", "bug", "unfit dog only logged, run still starts", "return 409"),
            F("TOP-NEGATIVE-PANIC", "warning", "bug", "negative top panics", "clamp"),
            F("DOGCARD-XSS", "warning", "", "vet notes not escaped", "html.EscapeString(notes)"),
            F("NO-TIMEOUTS", "warning", "security", "no server timeouts", "http.Server with timeouts"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection vulnerabilities (SQL and shell) in run history and SMS notification.
        2. Authentication bypass when the musher key is unset; harness checks open to mushers.
        3. Data races on shared maps and the leaderboard cache.
        4. Safety logic: the lead dog is skipped and unfit dogs still run.
        5. Resource handling: rows not closed, unbounded uploads, no server timeouts.

        16 issues in total.
        """,
        Block([
            F("RUNS-SQLI", "blocker", "security", "SQL injection in run history query",
              "Use query parameters.", conf=0.95),
            F("RUNS-ROWS-NOT-CLOSED", "major", "resource-leak", "Query rows never closed",
              "Add defer rows.Close().", conf=0.8),
            F("SMS-INJECTION", "blocker", "security", "Shell command injection in SMS sender",
              "Avoid sh -c.", conf=0.9),
            F("SMS-THROTTLE-RACE", "major", "concurrency", "Concurrent writes to lastSMS map",
              "Protect the map with a mutex.", d=-3, conf=0.75),
            F("MUSHER-FAILS-OPEN", "major", "security", "Musher authentication bypass with empty key",
              "Require a non-empty key.", conf=0.85),
            F("MUSHER-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("HARNESS-WRONG-ROLE", "major", "security", "Harness check endpoint guarded by musher key",
              "Use vetOnly for harness checks.", conf=0.7),
            F("TRACK-TRAVERSAL", "major", "security", "Path traversal in track upload",
              "Sanitize the file name.", d=-2, conf=0.85),
            F("TRACK-UNBOUNDED", "minor", "reliability", "Unbounded request body in track upload",
              "Limit the body size.", conf=0.65),
            F("DOG-LOOP-SKIPS-LEADER", "major", "correctness", "Fitness check skips the first dog",
              "Start the loop at index 0.", conf=0.85),
            F("UNFIT-ONLY-LOGGED", "major", "correctness", "Unfit dogs do not prevent the run",
              "Reject the run when any dog is unfit.", d=-2, conf=0.8),
            F("FINISH-RACE", "major", "concurrency", "Race condition on active runs map",
              "Lock s.mu in handleFinish.", conf=0.8),
            F("BOARD-CACHE-RACE", "minor", "performance", "Leaderboard rebuilt concurrently by many requests",
              "Synchronize the cache refresh.", conf=0.65),
            F("TOP-CLAMP-OFF-BY-ONE", "minor", "correctness", "Leaderboard top clamp off by one",
              "Clamp to len(s.board).", conf=0.75),
            F("DOGCARD-XSS", "major", "security", "Stored XSS in dog card",
              "Escape the vet notes.", conf=0.8),
            F("NO-TIMEOUTS", "minor", "reliability", "HTTP server without timeouts",
              "Set ReadHeaderTimeout and WriteTimeout.", conf=0.7),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 9 major, 5 minor"),
    ]),
}
