"""test59/go-robedesk: a community choir's robe and music-folder lending desk (Go, net/http + database/sql).
Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test59: seeded problems in a choir's robe and folder lending desk; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "SIZE-BOUNDS": P(M, "for i := 0; i <= len(chestBounds); i++ {", "bug", "loop runs to len(chestBounds): a chest of 112 or more indexes past the slice and panics", "off-by-one"),
    "DESK-TOKEN-IN-QUERY": P(M, 'tok = r.URL.Query().Get("token")', "security", "desk token accepted from the query string"),
    "DESK-FAILS-OPEN": P(M, "if tok != s.deskToken {", "security", "DESK_TOKEN unset: an empty token equals the empty secret, every desk route is open"),
    "DESK-TIMING": P(M, "if tok != s.deskToken {", "security", "desk token compared with != (not constant time)"),
    "LEND-DECODE-IGNORED": P(M, "_ = json.NewDecoder(r.Body).Decode(&req)", "bug", "decode error ignored and singer not required: a robe is 'lent' to nobody", "signature-vs-statement"),
    "LEND-RACE": P(M, 'if ok && robe.LentTo == "" {', "bug", "availability checked after the lock is released, robe and lentCount written without it: one robe lent twice", "critical-section"),
    "LEND-NOT-PERSISTED": P(M, "robe.LentTo, robe.Due = req.Singer, time.Now().AddDate(0, 0, s.loanDays)", "bug", "extra, one agent: loans live only in the map; /loans/search and /overdue read a loans table nothing writes"),
    "RETURN-EARLY-CREDIT": P(M, "days := int(time.Since(robe.Due).Hours() / 24)", "bug", "early return gives negative days: a negative fee is credited and lowers takings"),
    "SEARCH-SQLI": P(M, "rows, err := s.db.Query(q)", "security", "singer name from the query string concatenated into SQL", "source-vs-sink"),
    "SEARCH-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed in handleSearch: connections leak"),
    "SEARCH-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "FOLDERS-PAGE-OFFSET": P(M, "start := page * size", "bug", "pages clamp to >= 1 but the offset is page*size: the first twenty folders are never listed", "off-by-one"),
    "FOLDERS-PAGE-OVERFLOW": P(M, "start := page * size", "bug", "a huge page overflows page*size to a negative start and the slice panics"),
    "SCORE-INDEX": P(M, "if idx > len(f.Scores) {", "bug", "n == len(Scores) passes the check and panics", "off-by-one"),
    "SCORE-NEGATIVE": P(M, "if idx > len(f.Scores) {", "bug", "negative n not rejected: index panic"),
    "NOTE-TRAVERSAL": P(M, "if err := os.WriteFile(path, []byte(body), 0o644); err != nil {", "security", "robe form value joined into the notes path: ../ writes files anywhere", "source-vs-sink"),
    "NOTES-ROUTE-UNAUTH": P(M, 'mux.HandleFunc("POST /notes", s.handleNote)', "security", "notes route registered without deskOnly"),
    "SINGERS-ROUTE-UNAUTH": P(M, 'mux.HandleFunc("POST /singers", s.handleSinger)', "security", "singer registration open to anyone (names and emails later reach the reminder shell)"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security", "http.ListenAndServe without read/write timeouts"),
    "REMIND-SHELL": P(M, 'cmd := exec.Command("sh", "-c", fmt.Sprintf(', "security", "singer name and email formatted into sh -c", "signature-vs-statement"),
    "REMIND-LOOP-RACE": P(M, "for id, robe := range s.robes {", "bug", "reminder goroutine ranges over s.robes and reads robes without s.mu while handlers write them", "critical-section"),
    "REMIND-REPEATS": P(M, 'if robe.LentTo != "" && time.Now().After(robe.Due) {', "bug", "no reminded marker: the same singer is mailed every six hours for ever"),
    "REMIND-EMAIL-ERR-IGNORED": P(M, '_ = s.db.QueryRow("SELECT email FROM singers WHERE name = $1", robe.LentTo).Scan(&email)', "bug", "email lookup error ignored: mail is run with an empty recipient"),
    "OVERDUE-SCAN-IGNORED": P(M, "rows.Scan(&l.ID, &l.LentTo, &l.Due)", "bug", "Scan error ignored in handleOverdue: zero-value rows are reported"),
    "OVERDUE-ROWS-ERR": P(M, "json.NewEncoder(w).Encode(out)", "bug", "rows.Err() never checked: an interrupted query returns a partial overdue list", nth=1),
}

CONFUSABLE = [
    ("DESK-TOKEN-IN-QUERY", "DESK-FAILS-OPEN"),
    ("DESK-TOKEN-IN-QUERY", "DESK-TIMING"),
    ("DESK-FAILS-OPEN", "DESK-TIMING"),
    ("LEND-RACE", "LEND-NOT-PERSISTED"),
    ("SEARCH-SQLI", "SEARCH-ROWS-NOT-CLOSED"),
    ("SEARCH-SQLI", "SEARCH-ERR-LEAK"),
    ("SEARCH-ROWS-NOT-CLOSED", "SEARCH-ERR-LEAK"),
    ("FOLDERS-PAGE-OFFSET", "FOLDERS-PAGE-OVERFLOW"),
    ("SCORE-INDEX", "SCORE-NEGATIVE"),
    ("NOTES-ROUTE-UNAUTH", "SINGERS-ROUTE-UNAUTH"),
    ("NOTES-ROUTE-UNAUTH", "NO-TIMEOUTS"),
    ("SINGERS-ROUTE-UNAUTH", "NO-TIMEOUTS"),
    ("REMIND-LOOP-RACE", "REMIND-REPEATS"),
    ("REMIND-LOOP-RACE", "REMIND-EMAIL-ERR-IGNORED"),
    ("REMIND-REPEATS", "REMIND-EMAIL-ERR-IGNORED"),
    ("OVERDUE-SCAN-IGNORED", "OVERDUE-ROWS-ERR"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole robe and folder lending desk.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 9 |
        | low | 4 |

        The two critical issues are the shell built in `Server.remind` and the SQL built in
        `Server.handleSearch`. After those, the desk token check fails open when `DESK_TOKEN` is unset, two
        routes skip it entirely, and shared state is touched outside `s.mu` in `handleLend` and in the
        reminder goroutine — the latter can crash the process with "concurrent map iteration and map write".

        Correct as written, for the record: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`;
        `handleReturn` holds `s.mu` for the whole update with a deferred unlock; `handleOverdue` defers
        `rows.Close()`; `handleFolders` copies the map under the lock and sorts before paging; `handleSinger`
        binds its insert parameters and checks the decode error.
        """,
        Block([
            F("REMIND-SHELL", "critical", "security", "Shell command built from singer name and email",
              "Use `exec.Command(\"mail\", \"-s\", subject, email)` and write the body to `cmd.Stdin`; validate the email.",
              symbol="Server.remind", conf=0.9),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in loan search",
              "`s.db.Query(\"... WHERE singer LIKE $1 ...\", \"%\"+name+\"%\")`.", symbol="Server.handleSearch", conf=0.95),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleSearch`",
              "`defer rows.Close()` after the error check, as `handleOverdue` does.", symbol="Server.handleSearch", conf=0.85),
            F("SEARCH-ERR-LEAK", "low", "security", "Database errors are sent to the client",
              "Log `err` and return a generic message.", symbol="Server.handleSearch", conf=0.7),
            F("NOTE-TRAVERSAL", "high", "security", "Path traversal when saving robe notes",
              "Validate `robe` against known robe ids (or `filepath.Base` plus a check) before joining.",
              symbol="Server.handleNote", conf=0.9),
            F("NOTES-ROUTE-UNAUTH", "high", "security", "`POST /notes` is not behind `deskOnly`",
              "Wrap it like the other desk routes.", symbol="main", conf=0.8),
            F("DESK-FAILS-OPEN", "high", "security", "`deskOnly` accepts everyone when `DESK_TOKEN` is empty",
              "Refuse to start without a token, or check `s.deskToken == \"\"` like `adminOnly` does.",
              symbol="Server.deskOnly", conf=0.9),
            F("DESK-TIMING", "low", "security", "Desk token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.deskOnly", conf=0.6),
            F("DESK-TOKEN-IN-QUERY", "medium", "security", "Desk token accepted in the URL",
              "Drop the `?token=` fallback.", symbol="Server.deskOnly", conf=0.7),
        ]),
        "Concurrency and correctness:",
        Block([
            F("LEND-RACE", "high", "bug", "A robe can be lent to two singers at once",
              "Keep `s.mu` held from the lookup through the update of `LentTo`, `Due` and `lentCount`.",
              symbol="Server.handleLend", conf=0.85),
            F("LEND-DECODE-IGNORED", "medium", "bug", "`handleLend` ignores decode errors and accepts an empty singer",
              "Return 400 on a decode error or an empty `Singer`.", symbol="Server.handleLend", conf=0.75),
            F("REMIND-LOOP-RACE", "high", "bug", "Reminder goroutine iterates `s.robes` without the lock",
              "Copy the overdue robes under `s.mu`, then send mail outside it.", symbol="Server.remindLoop", conf=0.85),
            F("REMIND-REPEATS", "low", "bug", "Overdue singers are reminded every six hours indefinitely",
              "Record when a reminder was sent and wait a week before the next.", symbol="Server.remindLoop", conf=0.6),
            F("REMIND-EMAIL-ERR-IGNORED", "low", "bug", "Email lookup error discarded",
              "Skip (and log) the reminder when the singer has no email.", symbol="Server.remindLoop", conf=0.6),
            F("RETURN-EARLY-CREDIT", "medium", "bug", "Returning a robe early produces a negative late fee",
              "`if days < 0 { days = 0 }`.", symbol="Server.handleReturn", conf=0.8),
            F("SIZE-BOUNDS", "medium", "bug", "`sizeFor` indexes past `chestBounds`",
              "Loop `i < len(chestBounds)`; a chest of 112 cm or more currently panics the handler.",
              symbol="sizeFor", conf=0.9),
            F("FOLDERS-PAGE-OFFSET", "medium", "bug", "Folder paging starts at the second page",
              "`start := (page - 1) * size`.", symbol="Server.handleFolders", conf=0.85),
            F("SCORE-INDEX", "medium", "bug", "Score index check allows `n == len(Scores)`",
              "`if idx < 0 || idx >= len(f.Scores)`.", symbol="Server.handleScore", conf=0.9),
            F("SCORE-NEGATIVE", "medium", "bug", "Negative score index not rejected",
              "Same fix: check `idx < 0`.", symbol="Server.handleScore", conf=0.8),
            F("OVERDUE-SCAN-IGNORED", "low", "bug", "`rows.Scan` error ignored in `handleOverdue`",
              "Check the error and fail the request.", symbol="Server.handleOverdue", conf=0.75),
            F("OVERDUE-ROWS-ERR", "low", "bug", "`rows.Err()` not checked after the loop",
              "Check `rows.Err()` before encoding.", symbol="Server.handleOverdue", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run (no toolchain here).",
        Block([
            F("REMIND-SHELL", "critical", "security", "remind(): sh -c with singer/email interpolated", "exec mail directly; stdin body.", d=-2),
            F("SEARCH-SQLI", "critical", "security", "handleSearch: SQL built from ?name=", "Placeholders.", d=-2),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed (handleSearch)", "defer rows.Close()."),
            F("NOTE-TRAVERSAL", "high", "security", "handleNote: robe param used in file path", "Validate id.", d=-3),
            F("DESK-FAILS-OPEN", "high", "security", "deskOnly open when DESK_TOKEN unset", "Fail closed."),
            F("LEND-RACE", "high", "bug", "handleLend: check and update outside s.mu", "Hold the lock.", d=-1),
            F("LEND-NOT-PERSISTED", "medium", "bug", "Lend/return never write the loans table that search/overdue query", "Persist loans."),
            F("LEND-DECODE-IGNORED", "medium", "bug", "handleLend ignores JSON decode error", "400 on error.", d=-2),
            F("REMIND-LOOP-RACE", "high", "bug", "remindLoop reads s.robes without lock (data race)", "Snapshot under s.mu.", d=-1),
            F("SIZE-BOUNDS", "medium", "bug", "sizeFor: i <= len -> index out of range", "i < len.", d=-1),
            F("FOLDERS-PAGE-OFFSET", "medium", "bug", "handleFolders skips first page", "(page-1)*size.", d=3),
            F("SCORE-INDEX", "medium", "bug", "handleScore: idx == len panics", ">= len.", d=-1),
            F("OVERDUE-SCAN-IGNORED", "low", "bug", "Scan error ignored (handleOverdue)", "Check err."),
            F("NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server with timeouts."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the choir robe and folder lending service in `main.go`. Here is a summary of what
        I found, grouped by theme.

        ## Security

        The most serious issues are command injection in the reminder mailer, SQL injection in the loan search,
        and a path traversal in the notes endpoint. Authentication is inconsistent: some routes are unprotected
        and the desk token check can be bypassed.
        """,
        Block([
            F("REMIND-SHELL", "CRITICAL", "Command Injection", "Command Injection in Reminder Emails",
              "Avoid `sh -c`; pass arguments directly to `mail`.", sd=-2, n=3),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Loan Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `name` query parameter is concatenated into the SQL string passed to `s.db.Query`."),
            F("SEARCH-ERR-LEAK", "LOW", "Information Disclosure", "Database Error Details Exposed",
              "Return a generic error message."),
            F("NOTE-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Robe Notes",
              "Sanitize the robe identifier.", sd=-2, n=3),
            F("DESK-FAILS-OPEN", "HIGH", "Broken Authentication", "Desk Authentication Bypass With Empty Token",
              "Reject requests when no desk token is configured.", sd=-2, n=3),
            F("DESK-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use `subtle.ConstantTimeCompare`."),
            F("DESK-TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Token Accepted via Query Parameter",
              "Only read the token from the header."),
            F("NOTES-ROUTE-UNAUTH", "HIGH", "Broken Access Control", "Notes Endpoint Has No Authentication",
              "Wrap with `deskOnly`."),
            F("SINGERS-ROUTE-UNAUTH", "MEDIUM", "Broken Access Control", "Singer Registration Is Unauthenticated",
              "Protect the endpoint."),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadTimeout`, `WriteTimeout` and `IdleTimeout`."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("LEND-RACE", "HIGH", "Race Condition", "Data Race When Lending Robes",
              "Hold the mutex while checking and updating the robe.", d=2, sd=0, n=3,
              desc="`robe.LentTo`, `robe.Due` and `s.lentCount` are written after `s.mu.Unlock()`."),
            F("REMIND-LOOP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Reminder Loop",
              "Lock `s.mu` while reading `s.robes`.", d=1, sd=-1, n=3),
            F("REMIND-REPEATS", "LOW", "Logic Error", "Repeated Reminder Emails",
              "Track which reminders were sent."),
            U({"severity": "INFO", "category": "Code Style", "description": "main.go is large; consider splitting handlers into files."}),
            F("SIZE-BOUNDS", "MEDIUM", "Index Out of Range", "Out-of-Bounds Access in sizeFor",
              "Use `<` instead of `<=`.", d=1, sd=-1, n=3),
            F("FOLDERS-PAGE-OVERFLOW", "LOW", "Integer Overflow", "Integer Overflow in Folder Pagination",
              "Bound `page` before multiplying.",
              desc="A very large `page` value makes `page * size` wrap around to a negative number and the slice expression panics."),
            F("SCORE-INDEX", "MEDIUM", "Index Out of Range", "Off-By-One in Score Index Validation",
              "Use `>=`.", sd=-2, n=3),
            F("OVERDUE-SCAN-IGNORED", "LOW", "Error Handling", "Ignored Scan Error",
              "Handle the error from `rows.Scan`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("REMIND-SHELL", "error", "security", "shell injection in remind", "no sh -c"),
            F("SEARCH-SQLI", "error", "security", "sql injection in search", "use $1", d=-1),
            F("NOTE-TRAVERSAL", "error", "security", "path traversal writing notes", "validate robe id"),
            F("DESK-FAILS-OPEN", "warning", "", "empty DESK_TOKEN lets everyone in", "require token"),
            F("LEND-RACE", "warning", "bug", "race in lend", "keep lock", d=-2),
            F("SCORE-INDEX", "warning", "bug", "index out of range in score", ">= len"),
            F("NO-TIMEOUTS", "info", "security", "no server timeouts", "use http.Server"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. **Injection**: shell command in reminders, SQL in loan search, path traversal in notes.
        2. **Authentication**: desk token fails open, accepted in URL; two routes unprotected.
        3. **Concurrency**: lending and the reminder loop touch shared maps without the mutex.
        4. **Correctness**: index checks, paging, fees, ignored errors.
        """,
        Block([
            F("REMIND-SHELL", "blocker", "security", "Command injection through sh -c in reminder",
              "Call mail without a shell.", conf=0.9),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in loan search",
              "Use query parameters.", conf=0.95),
            F("SEARCH-ROWS-NOT-CLOSED", "major", "resource-leak", "Result rows never closed",
              "defer rows.Close().", conf=0.8),
            F("NOTE-TRAVERSAL", "major", "security", "Path traversal in note storage",
              "Validate the robe id.", d=-1, conf=0.85),
            F("NOTES-ROUTE-UNAUTH", "major", "security", "Unauthenticated notes endpoint",
              "Add deskOnly.", conf=0.75),
            F("SINGERS-ROUTE-UNAUTH", "minor", "security", "Unauthenticated singer registration",
              "Add deskOnly.", conf=0.6),
            F("NO-TIMEOUTS", "minor", "reliability", "Server has no timeouts",
              "Use http.Server with timeouts.", conf=0.7),
            F("DESK-FAILS-OPEN", "major", "security", "Desk token check passes when unset",
              "Fail closed.", conf=0.85),
            F("DESK-TOKEN-IN-QUERY", "minor", "security", "Token in query string",
              "Header only.", conf=0.6),
            F("LEND-RACE", "major", "concurrency", "Robe lending not atomic; lentCount racy",
              "Hold s.mu across check and update.", d=1, conf=0.85),
            F("LEND-DECODE-IGNORED", "minor", "correctness", "JSON decode error ignored in lend",
              "Validate the request.", conf=0.65),
            F("REMIND-LOOP-RACE", "major", "concurrency", "Unsynchronized map iteration in reminder goroutine",
              "Lock or copy.", conf=0.85),
            F("REMIND-EMAIL-ERR-IGNORED", "minor", "correctness", "Email lookup error ignored",
              "Skip singers without email.", conf=0.6),
            F("RETURN-EARLY-CREDIT", "minor", "correctness", "Negative fee for early return",
              "Clamp days at zero.", conf=0.75),
            F("SIZE-BOUNDS", "major", "correctness", "Off-by-one in size lookup loop",
              "Use i < len(chestBounds).", conf=0.85),
            F("FOLDERS-PAGE-OFFSET", "minor", "correctness", "Off-by-one in folder pagination",
              "Use (page-1)*size.", conf=0.8),
            F("SCORE-INDEX", "major", "correctness", "Off-by-one: index equal to length not rejected",
              "Use >=.", conf=0.85),
            F("SCORE-NEGATIVE", "minor", "correctness", "Negative index not rejected",
              "Check idx < 0.", conf=0.7),
            F("OVERDUE-SCAN-IGNORED", "minor", "reliability", "Scan errors ignored",
              "Check the error.", conf=0.7),
            F("OVERDUE-ROWS-ERR", "minor", "reliability", "rows.Err() not checked",
              "Check rows.Err() after the loop.", anchor="rows.Scan(&l.ID, &l.LentTo, &l.Due)", conf=0.55),
        ], wrap="object+summary", summary="20 issues: 2 blocker, 9 major, 9 minor"),
    ]),
}
