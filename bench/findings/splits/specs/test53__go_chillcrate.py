"""test53/go-chillcrate: a community fridge's stock log (Go, net/http with Go 1.22 patterns + database/sql/pgx).
Frozen test split; labels inline.

Written 2026-12-04 by a helper session that had not seen the merger code, its scores, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test53: a community fridge stock log service with seeded problems; five agents' "
    "answers written by hand in each CLI's voice."
)

S = "internal/fridge/server.go"
M = "cmd/chillcrate/main.go"
PROBLEMS = {
    "VOL-FAIL-OPEN": P(S, 'if r.Header.Get("X-Volunteer-Key") != s.volunteerKey {', "security",
                       "volunteer check passes a request without the header when VOLUNTEER_KEY is unset (empty == empty)"),
    "VOL-TIMING": P(S, 'if r.Header.Get("X-Volunteer-Key") != s.volunteerKey {', "security",
                    "volunteer key compared with != instead of subtle.ConstantTimeCompare"),
    "SHELF-OBO": P(S, "if i < 0 || i > len(s.shelves) {", "bug",
                   "> instead of >=: shelf == len(shelves) passes and s.shelves[i] panics (index out of range)",
                   "off-by-one"),
    "ADD-BODY-UNBOUNDED": P(S, "if err := json.NewDecoder(r.Body).Decode(&it); err != nil {", "security",
                            "request body decoded without http.MaxBytesReader: unbounded body; extra, one agent"),
    "ADD-USEBY-PAST": P(S, 'if it.Name == "" || it.Qty <= 0 {', "bug",
                        "use-by date never validated: items already past (or with no) use-by are logged as stock"),
    "TAKE-NEGATIVE": P(S, 'n, _ := strconv.Atoi(r.URL.Query().Get("n"))', "bug",
                       "n unchecked and its parse error ignored: a negative n adds stock, a missing n takes nothing"),
    "TAKE-RACE": P(S, "if ok && it.Qty >= n {", "bug",
                   "stock map read and Qty check-then-decrement without s.mu: concurrent takes oversell and race the map",
                   "critical-section"),
    "SWEEP-TICKER-LEAK": P(S, "ticker := time.NewTicker(every)", "bug",
                           "sweeper goroutine and ticker have no stop or context: they run forever, one more per call"),
    "SWEEP-MAP-RACE": P(S, "for id, it := range s.stock {", "bug",
                        "sweeper ranges over and deletes from s.stock without s.mu while handlers write it (fatal concurrent map access)",
                        "critical-section"),
    "SWEEP-USEBY-DAY": P(S, "if it.UseBy.Before(now) {", "bug",
                         "use-by is a date at midnight: items are swept at 00:00 on their use-by day, a day early"),
    "PAGE-OBO": P(S, "end = len(list) - 1", "bug",
                  "clamping end to len - 1 drops the last item, and panics when start == len(list)", "off-by-one"),
    "ITEMS-SQLI": P(S, "rows, err := s.db.Query(query)", "security",
                    "q query value concatenated into the search SQL (SQL injection)", "source-vs-sink"),
    "ITEMS-ROWS-LEAK": P(S, "rows, err := s.db.Query(query)", "bug",
                         "rows never closed in handleSearch: each search leaks a connection"),
    "ITEMS-ERR-LEAK": P(S, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                        "database error text returned to the client"),
    "PHOTO-TRAVERSAL": P(S, "http.ServeFile(w, r, full)", "security",
                         "file query value joined to photoDir: ../ serves any file on the host", "source-vs-sink"),
    "LABEL-SHELL": P(S, "script := fmt.Sprintf(\"fridge-label --title '%s' --allergens '%s'\", title, allergens)",
                     "security", "donor-supplied name and allergens formatted into an sh -c script (command injection)",
                     "signature-vs-statement"),
    "LABEL-ERR-IGNORED": P(S, "go printLabel(name, allergens)", "bug",
                           "printLabel's error is dropped in a goroutine: 202 even when no label prints; extra, one agent"),
    "STATS-DIV-ZERO": P(S, "avgHours := int(total.Hours()) / len(durations)", "bug",
                        "no item taken yet: integer division by zero panics"),
    "STATS-INT-DIV": P(S, "avgHours := int(total.Hours()) / len(durations)", "bug",
                       "hours truncated before an integer division: the average is wrong (e.g. 0 for items taken within hours)"),
    "DONORS-PUBLIC": P(S, 'rows, err := s.db.Query("SELECT name, phone, postcode FROM donors ORDER BY name")', "security",
                       "GET /donors has no auth: donors' names, phone numbers and postcodes are public",
                       "signature-vs-statement"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", srv.Routes()))', "security",
                     "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("VOL-FAIL-OPEN", "VOL-TIMING"),
    ("TAKE-NEGATIVE", "TAKE-RACE"),
    ("SWEEP-TICKER-LEAK", "SWEEP-MAP-RACE"),
    ("SWEEP-MAP-RACE", "SWEEP-USEBY-DAY"),
    ("ITEMS-SQLI", "ITEMS-ERR-LEAK"),
    ("ITEMS-SQLI", "ITEMS-ROWS-LEAK"),
    ("ITEMS-ROWS-LEAK", "ITEMS-ERR-LEAK"),
    ("STATS-DIV-ZERO", "STATS-INT-DIV"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `internal/fridge/server.go` and `cmd/chillcrate/main.go`.

        The coordinator middleware is solid (it refuses an empty key and uses `subtle.ConstantTimeCompare`),
        `handleAdd` writes the stock map under `s.mu`, `handleList` copies the map under the lock before sorting,
        and `handleDonors` closes its rows. The problems cluster in three places: the volunteer middleware, the
        two handlers that build strings for SQL and the shell, and the unsynchronised access to `s.stock`.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 6 |
        | low | 1 |
        """,
        Block([
            F("ITEMS-SQLI", "critical", "security", "SQL injection in item search",
              "Use `name ILIKE '%' || $1 || '%'` with `q` as an argument.", symbol="Server.handleSearch", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "Label printing runs donor text through `sh -c`",
              "Call `exec.Command(\"fridge-label\", \"--title\", title, \"--allergens\", allergens)` with no shell.",
              symbol="printLabel", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photos`",
              "Reject names containing `/` or `..`, or use `http.FileServer(http.Dir(s.photoDir))`.",
              symbol="Server.handlePhoto", conf=0.9),
            F("VOL-FAIL-OPEN", "critical", "security", "Volunteer middleware accepts everyone when `VOLUNTEER_KEY` is empty",
              "Mirror `coordinator`: refuse when the key is empty.", symbol="Server.volunteer", conf=0.9),
            F("VOL-TIMING", "low", "security", "Volunteer key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.volunteer", conf=0.6),
            F("DONORS-PUBLIC", "high", "security", "Donor phone numbers and postcodes served without authentication",
              "Wrap `/donors` in `s.coordinator` and drop the columns the page does not need.",
              symbol="Server.handleDonors", conf=0.85),
            F("ITEMS-ERR-LEAK", "medium", "security", "Search returns raw database errors",
              "Log the error and return a generic 500.", symbol="Server.handleSearch", conf=0.75),
            F("ITEMS-ROWS-LEAK", "high", "bug", "`rows` from the search query is never closed",
              "`defer rows.Close()` after the error check; each search otherwise holds a pool connection.",
              symbol="Server.handleSearch", conf=0.85),
        ]),
        "Concurrency and bounds:",
        Block([
            F("TAKE-RACE", "high", "bug", "`handleTake` reads and mutates shared stock without `s.mu`",
              "Hold `s.mu` from the map lookup to the decrement; concurrent takes can both pass the check.",
              d=-2, n=3, symbol="Server.handleTake", conf=0.85),
            F("SWEEP-MAP-RACE", "high", "bug", "Sweeper iterates and deletes from `s.stock` without the lock",
              "Lock `s.mu` around the loop; the runtime aborts on concurrent map iteration and write.",
              symbol="Server.StartSweeper", conf=0.85),
            F("SWEEP-TICKER-LEAK", "medium", "bug", "Sweeper goroutine cannot be stopped",
              "Take a `context.Context`, `defer ticker.Stop()`, and return on `ctx.Done()`.",
              symbol="Server.StartSweeper", conf=0.7),
            F("SHELF-OBO", "medium", "bug", "`shelfName` bounds check lets `i == len(s.shelves)` through",
              "Use `i >= len(s.shelves)`.", symbol="Server.shelfName", conf=0.85),
            F("PAGE-OBO", "medium", "bug", "Last item dropped (and possible panic) in `handleList` paging",
              "Clamp with `end = len(list)`.", symbol="Server.handleList", conf=0.8),
            F("STATS-DIV-ZERO", "medium", "bug", "`/stats` panics before anything has been taken",
              "Return zero when `len(durations) == 0`.", symbol="Server.handleStats", conf=0.85),
            F("NO-TIMEOUTS", "medium", "security", "Server started without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ITEMS-SQLI", "critical", "security", "handleSearch: q concatenated into SQL", "Placeholder.", d=-2),
            F("LABEL-SHELL", "critical", "security", "printLabel(name, allergens) shells out with untrusted strings",
              "exec.Command without sh -c.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "handlePhoto: ?file= path not contained", "filepath.Base + check.", d=-2),
            F("DONORS-PUBLIC", "high", "security", "handleDonors exposes donor PII unauthenticated", "coordinator().", d=-1),
            F("VOL-FAIL-OPEN", "high", "security", "volunteer(): empty key means open", "Fail closed."),
            F("TAKE-RACE", "high", "bug", "Unlocked decrement of shared Item.Qty", "s.mu.", d=+1),
            F("SWEEP-MAP-RACE", "high", "bug", "delete on s.stock from sweeper goroutine without lock", "s.mu.", d=+2),
            F("TAKE-NEGATIVE", "medium", "bug", "n may be negative (and Atoi error ignored)", "Require n >= 1."),
            F("SHELF-OBO", "medium", "bug", "s.shelves[i] out of range for i == len", ">= len.", d=+3),
            F("PAGE-OBO", "medium", "bug", "list[start:end] drops last element / can panic", "end = len(list).", d=+2),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `chillcrate` Go service, which tracks the stock of a community fridge.

        ### Security

        The service has injection vulnerabilities in search and label printing, exposes donor data publicly,
        and allows arbitrary file reads through the photo endpoint.
        """,
        Block([
            F("ITEMS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Item Search",
              "Use placeholders with `db.Query`.", sd=-2, n=3),
            F("ITEMS-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Leaked to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "Command Injection in Label Printing",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Endpoint",
              "Sanitize the `file` parameter.", d=-1, sd=-2, n=3),
            F("VOL-FAIL-OPEN", "HIGH", "Broken Authentication", "Volunteer Authentication Bypass With Empty Key",
              "Reject requests when no volunteer key is configured.", sd=-2, n=3),
            F("DONORS-PUBLIC", "HIGH", "Broken Access Control", "Donor Personal Data Publicly Accessible",
              "Require coordinator authentication.", d=-1, sd=-1, n=3),
            F("ADD-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in handleAdd",
              "Wrap the body with `http.MaxBytesReader`.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Concurrency and Logic
        """,
        Block([
            F("TAKE-RACE", "HIGH", "Race Condition", "Data Race on Shared Stock Map",
              "Protect `s.stock` with the mutex.", d=-2, sd=-2, n=3,
              desc="`handleTake` reads the map and modifies the item without holding `s.mu`."),
            F("SWEEP-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Modification in Sweeper",
              "Acquire `s.mu` in the sweeper loop.", sd=-2, n=3),
            F("SWEEP-USEBY-DAY", "MEDIUM", "Logic Error", "Items Removed on Their Use-By Day",
              "Compare against the end of the use-by day.", sd=-2, n=3),
            F("STATS-INT-DIV", "LOW", "Logic Error", "Integer Division Truncates Average Hours",
              "Compute the average with floats.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "suggestion": "Add doc comments to exported identifiers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ITEMS-SQLI", "high", "security", "sql injection in search", "use $1"),
            F("LABEL-SHELL", "high", "security", "shell injection in label printing", "no sh -c", d=+1),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in /photos", "clean + check prefix"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("TAKE-NEGATIVE", "medium", "bug", "negative n adds stock", "validate n"),
            F("SWEEP-MAP-RACE", "high", "", "map accessed from sweeper without lock", "lock s.mu"),
            F("STATS-DIV-ZERO", "medium", "bug", "divide by zero in stats", "guard len == 0"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection and a connection leak in item search.
        2. Command injection in label printing; label errors are discarded.
        3. Volunteer authentication weaknesses.
        4. Data races on the in-memory stock map (take handler, sweeper).
        5. Arithmetic and bounds errors in stats and paging.
        """,
        Block([
            F("ITEMS-SQLI", "blocker", "security", "SQL injection in search query",
              "Use query parameters.", conf=0.9),
            F("ITEMS-ROWS-LEAK", "major", "resource-leak", "Rows not closed in handleSearch",
              "Add defer rows.Close().", conf=0.85),
            F("LABEL-SHELL", "blocker", "security", "Command injection via sh -c in printLabel",
              "Execute the binary directly with arguments.", conf=0.85),
            F("LABEL-ERR-IGNORED", "minor", "reliability", "Label printing error silently ignored",
              "Run synchronously or log the error.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo download",
              "Validate the file name.", conf=0.85),
            F("VOL-FAIL-OPEN", "major", "security", "Volunteer auth passes when key not configured",
              "Fail closed.", conf=0.8),
            F("VOL-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("TAKE-NEGATIVE", "major", "correctness", "Negative quantity accepted in take",
              "Validate n > 0.", conf=0.8),
            F("TAKE-RACE", "major", "concurrency", "Race condition in stock decrement",
              "Lock the mutex.", d=-3, conf=0.75),
            F("SWEEP-MAP-RACE", "major", "concurrency", "Concurrent map access in sweeper goroutine",
              "Lock the mutex.", conf=0.8),
            F("SWEEP-TICKER-LEAK", "minor", "resource-leak", "Ticker never stopped in StartSweeper",
              "Stop the ticker on shutdown.", conf=0.6),
            F("ADD-USEBY-PAST", "minor", "correctness", "Use-by date not validated when adding items",
              "Reject items past their use-by date.", conf=0.6),
            F("PAGE-OBO", "major", "correctness", "Off-by-one in pagination end index",
              "Use len(list).", conf=0.8),
            F("STATS-DIV-ZERO", "major", "correctness", "Division by zero in stats",
              "Check for empty durations.", conf=0.8),
            F("STATS-INT-DIV", "minor", "correctness", "Integer division loses precision in average",
              "Use float64.", conf=0.65),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 8 major, 5 minor"),
    ]),
}
