"""test24/go-seedbank: a seed-bank germination test records service (net/http + database/sql). Frozen test split.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers (only specs/tune2__py_snapctl.py, once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test24: seeded problems in a small seed-bank germination records service; five "
    "agents' answers written by hand."
)

M = "main.go"
G = "germ.go"
PROBLEMS = {
    "CURATOR-KEY-EMPTY": P(M, "subtle.ConstantTimeCompare([]byte(got), []byte(s.curatorKey))", "security", "CURATOR_KEY unset: an empty header compares equal to the empty key, every curator route is open"),
    "SPECIES-SQLI": P(M, "WHERE species ILIKE '%%%s%%'", "security", "species query value formatted into the SQL", "source-vs-sink"),
    "LIMIT-INJECTION": P(M, "ORDER BY id LIMIT %s\", species, limit)", "security", "limit query value formatted into the SQL unvalidated"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.QueryContext(r.Context(), q)", "bug", "rows never closed (no defer rows.Close(), early return on scan error): connections leak"),
    "RANGE-END-EXCLUSIVE": P(M, "WHERE tested_on >= $1 AND tested_on < $2", "bug", "'to' is documented inclusive but the query uses < : tests on the last day are missing", "off-by-one"),
    "TEST-SEQ-RACE": P(M, "s.seq++", "bug", "s.seq incremented and read from concurrent handlers without a lock: duplicate test ids", "critical-section"),
    "TEST-SEQ-RESET": P(M, 'id := fmt.Sprintf("GT-%s-%04d"', "bug", "in-memory sequence restarts at 0 on every restart: ids collide with the day's earlier tests"),
    "GERMINATED-EXCEEDS-SOWN": P(M, "germinated := totalGerminated(req.DailyCounts)", "bug", "daily counts never checked against sown: rates above 100 % (or negative counts) are stored and pass"),
    "VIABILITY-THRESHOLD": P(M, "passed := rate > s.passRate", "bug", "'at least' passRate but > : a lot at exactly 85 % fails and triggers regeneration", "off-by-one"),
    "REGEN-NO-TIMEOUT": P(M, 'resp, err := http.Post(s.regenURL, "application/json", body)', "bug", "http.Post with the default client (no timeout) in a goroutine per failed test: goroutines pile up"),
    "DELETE-ERR-IGNORED": P(M, "s.db.ExecContext(r.Context(), `DELETE FROM germination_tests", "bug", "delete error ignored, 204 returned anyway (extra, one agent)"),
    "WITHDRAW-NEGATIVE": P(M, "if err != nil || grams > balance {", "bug", "negative grams pass the check and increase the balance"),
    "WITHDRAW-LOST-UPDATE": P(M, 'http.Error(w, "unknown accession or not enough seed"', "bug", "balance read, checked and written back without a transaction or conditional UPDATE: concurrent withdrawals overdraw", "critical-section"),
    "PHOTO-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.photoDir, name))", "security", "name query value joined to photoDir: ../ reads any file", "source-vs-sink"),
    "LABEL-CMD": P(M, 'cmd := exec.Command("sh", "-c", fmt.Sprintf("zint', "security", "printer query value and accession id in an sh -c command line", "signature-vs-statement"),
    "STATS-CACHE-RLOCK": P(M, "s.cache[species] = st", "bug", "map written while holding only the read lock: concurrent map writes, and concurrent misses all recompute", "critical-section"),
    "STATS-CACHE-STALE": P(M, "st, ok := s.cache[species]", "bug", "stats cached forever, never invalidated when a test is added (extra, one agent)"),
    "DELETE-NO-AUTH": P(M, 'mux.HandleFunc("DELETE /tests/{id}", s.deleteTest)', "security", "DELETE /tests/{id} registered without the curator middleware"),
    "LISTEN-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris) (extra, one agent)"),
    "DAILY-COUNTS-INDEX": P(G, "total += counts[day]", "bug", "loop runs 1..len(counts): skips day 1 and indexes past the end (panic)", "off-by-one"),
    "RATE-DIV-ZERO": P(G, "return float64(germinated) / float64(sown) * 100", "bug", "sown == 0 gives NaN/+Inf rate that is stored and fails the lot", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SPECIES-SQLI", "LIMIT-INJECTION"),
    ("SPECIES-SQLI", "ROWS-NOT-CLOSED"),
    ("LIMIT-INJECTION", "ROWS-NOT-CLOSED"),
    ("TEST-SEQ-RACE", "TEST-SEQ-RESET"),
    ("TEST-SEQ-RESET", "VIABILITY-THRESHOLD"),
    ("TEST-SEQ-RACE", "GERMINATED-EXCEEDS-SOWN"),
    ("TEST-SEQ-RESET", "GERMINATED-EXCEEDS-SOWN"),
    ("GERMINATED-EXCEEDS-SOWN", "VIABILITY-THRESHOLD"),
    ("WITHDRAW-NEGATIVE", "WITHDRAW-LOST-UPDATE"),
    ("STATS-CACHE-RLOCK", "STATS-CACHE-STALE"),
    ("DELETE-NO-AUTH", "LISTEN-NO-TIMEOUTS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` and `germ.go`. The service is small and mostly uses bound parameters, and
        `listTests`/`computeStats` handle their rows correctly, but the accession listing builds SQL with
        `fmt.Sprintf`, two handlers touch shared state without proper locking, and the curator check fails
        open when `CURATOR_KEY` is not set.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 6 |
        | low | 1 |

        The germination arithmetic in `germ.go` also has a loop-bound bug that panics on every test
        submission with daily counts.
        """,
        Block([
            F("SPECIES-SQLI", "critical", "security", "SQL injection in `listAccessions` via `species`",
              "Use `WHERE species ILIKE $1` with `\"%\" + species + \"%\"` as the argument.",
              symbol="Server.listAccessions", conf=0.95),
            F("LIMIT-INJECTION", "medium", "security", "`limit` is spliced into the query unvalidated",
              "Parse it with `strconv.Atoi`, clamp to 1..500 and pass it as `$2`.",
              symbol="Server.listAccessions", conf=0.8),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `listAccessions`",
              "Add `defer rows.Close()` right after the error check, as `listTests` does, and check `rows.Err()`.",
              symbol="Server.listAccessions", conf=0.85),
            F("CURATOR-KEY-EMPTY", "critical", "security", "Curator middleware fails open when `CURATOR_KEY` is empty",
              "Refuse to start without `CURATOR_KEY`, or reject when `s.curatorKey == \"\"`; `ConstantTimeCompare` of two empty slices returns 1.",
              symbol="Server.curator", conf=0.85),
            F("LABEL-CMD", "high", "security", "Shell command injection in `printLabel`",
              "Run `zint` and `lpr` via `exec.Command` with separate arguments and pipe between them in Go; validate `printer` against configured printers.",
              symbol="printLabel", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /tests/photo`",
              "Reject names with separators or use `http.FS(os.DirFS(s.photoDir))` / `filepath.IsLocal`.",
              symbol="Server.testPhoto", conf=0.9),
            F("DAILY-COUNTS-INDEX", "high", "bug", "`totalGerminated` loop bounds are off by one",
              "Iterate `for _, c := range counts`; as written day 1 is skipped and `counts[len(counts)]` panics.",
              d=-1, symbol="totalGerminated", conf=0.95),
            F("RATE-DIV-ZERO", "medium", "bug", "Division by zero when `sown` is 0",
              "Validate `sown > 0` in `createTest` and return 400.",
              symbol="germinationRate", conf=0.8),
            F("TEST-SEQ-RACE", "high", "bug", "Data race on `s.seq` produces duplicate test ids",
              "Use `atomic.Int64` or a database sequence; `go test -race` would flag this.",
              n=2, symbol="Server.createTest", conf=0.85),
            F("TEST-SEQ-RESET", "medium", "bug", "Test ids restart from 1 after every restart",
              "Derive the id from a database sequence; after a restart the same `GT-<date>-0001` is generated again and the insert fails.",
              symbol="Server.createTest", conf=0.7),
            F("VIABILITY-THRESHOLD", "medium", "bug", "A lot at exactly the pass rate is marked failed",
              "Use `rate >= s.passRate` (the field comment says \"at least\").",
              symbol="Server.createTest", conf=0.8),
            F("STATS-CACHE-RLOCK", "high", "bug", "Cache map written under `RLock`",
              "Take `s.mu.Lock()` for the write (or use `sync.Map`/singleflight); concurrent writers crash the process with `concurrent map writes`.",
              symbol="Server.speciesStats", conf=0.9),
            F("WITHDRAW-LOST-UPDATE", "medium", "bug", "Seed withdrawal is a read-modify-write race",
              "Do it in one statement: `UPDATE accessions SET balance_g = balance_g - $2 WHERE id = $1 AND balance_g >= $2`.",
              d=+3, symbol="Server.withdrawSeed", conf=0.8),
            F("WITHDRAW-NEGATIVE", "low", "security", "Negative withdrawals increase the balance",
              "Reject `grams <= 0`.", symbol="Server.withdrawSeed", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go, germ.go. go vet / -race not run (no toolchain). Findings:",
        Block([
            F("SPECIES-SQLI", "critical", "security", "SQL injection: species param in fmt.Sprintf query",
              "Placeholders.", d=-1),
            F("LABEL-CMD", "high", "security", "sh -c with printer/accession", "No shell.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "ServeFile path from ?name= unchecked", "filepath.IsLocal.", d=-1),
            F("DAILY-COUNTS-INDEX", "high", "bug", "Index out of range in totalGerminated", "range counts."),
            F("STATS-CACHE-RLOCK", "high", "bug", "concurrent map write under RLock in speciesStats", "Lock()."),
            F("TEST-SEQ-RACE", "medium", "bug", "Unsynchronised s.seq++", "atomic."),
            F("WITHDRAW-LOST-UPDATE", "medium", "bug", "withdrawSeed: lost update between SELECT and UPDATE",
              "Single conditional UPDATE.", d=-2),
            F("DELETE-NO-AUTH", "medium", "security", "DELETE /tests/{id} not behind curator()", "Wrap it."),
            F("DELETE-ERR-IGNORED", "low", "bug", "deleteTest ignores ExecContext error", "Check err; 404 on 0 rows."),
        ], fence=None, indent=2),
        "Not covered: schema/migrations, pgx pool settings.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the seed bank germination service. It is a Go HTTP server using the standard
        library router (Go 1.22 patterns) and PostgreSQL through pgx's database/sql driver. It stores seed
        accessions, records germination tests, manages seed withdrawals and prints QR labels.

        **Security Vulnerabilities**
        """,
        Block([
            F("SPECIES-SQLI", "Critical", "SQL Injection", "SQL Injection in Accession Search",
              "Use parameterized queries with placeholders.",
              desc="User input from the `species` and `limit` query parameters is formatted directly into the SQL statement with `fmt.Sprintf`."),
            F("LABEL-CMD", "Critical", "Command Injection", "Command Injection in Label Printing",
              "Avoid `sh -c`; pass arguments to `exec.Command` directly.", d=-1,
              desc="The `printer` query parameter is appended to a shell command without quoting, so `?printer=x;rm -rf /` executes arbitrary commands."),
            F("PHOTO-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Photo Download",
              "Sanitize the `name` parameter.", d=-1),
            F("DELETE-NO-AUTH", "High", "Broken Access Control", "Unauthenticated Deletion of Germination Tests",
              "Wrap the handler with `s.curator`."),
            F("CURATOR-KEY-EMPTY", "High", "Broken Authentication", "Authentication Bypass with Empty Curator Key",
              "Ensure `CURATOR_KEY` is set at startup.", d=-1, sd=-1, n=2),
            F("LISTEN-NO-TIMEOUTS", "Medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              desc="`http.ListenAndServe` uses no timeouts, which makes the server vulnerable to slowloris-style attacks."),
        ], wrap="list"),
        """
        **Concurrency and Logic Issues**
        """,
        Block([
            F("STATS-CACHE-RLOCK", "High", "Race Condition", "Map Write Under Read Lock",
              "Upgrade to a write lock before modifying the cache.", d=-1,
              desc="Multiple goroutines can hold the read lock simultaneously; each may compute the statistics and write to the map, causing a fatal runtime error."),
            F("TEST-SEQ-RACE", "Medium", "Race Condition", "Race Condition in Test ID Generation",
              "Protect `seq` with a mutex or use `sync/atomic`.", d=+1),
            F("WITHDRAW-LOST-UPDATE", "High", "Race Condition", "Seed Balance Can Go Negative Under Concurrent Withdrawals",
              "Use a transaction with `SELECT ... FOR UPDATE`.", d=-1),
            F("RANGE-END-EXCLUSIVE", "Low", "Business Logic", "Date Range Excludes the End Date",
              "Use `<=` for the upper bound.", d=-2,
              desc="The comment says both dates are inclusive, but the query uses `tested_on < $2`."),
            U({"severity": "Info", "category": "Style", "description": "Consider using structured logging (log/slog) instead of log.Printf."}),
            F("REGEN-NO-TIMEOUT", "Medium", "Resource Exhaustion", "Outbound HTTP Request Without Timeout",
              "Use an `http.Client` with a timeout."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "main issues:",
        Block([
            F("SPECIES-SQLI", "error", "security", "sqli in listAccessions", "use $1"),
            F("PHOTO-TRAVERSAL", "error", "", "path traversal in testPhoto", "filepath.IsLocal(name)"),
            F("DAILY-COUNTS-INDEX", "error", "bug", "totalGerminated reads past end of slice", "for _, c := range counts", d=-1),
            F("RATE-DIV-ZERO", "warning", "bug", "divide by zero when sown is 0", "validate sown", d=-1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection and unclosed rows in the accession listing.
        2. Command injection in label printing; path traversal in photo download.
        3. Concurrency: unsynchronised test sequence, map write under read lock, withdrawal race.
        4. Correctness: loop bounds in totalGerminated, pass threshold, date range, cache invalidation.
        5. Resource management: outbound HTTP without timeout.
        """,
        Block([
            F("SPECIES-SQLI", "blocker", "security", "SQL injection in accession search",
              "Use query parameters.", conf=0.9),
            F("LIMIT-INJECTION", "major", "security", "Unvalidated LIMIT value in SQL query",
              "Parse limit as integer.", conf=0.75),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed",
              "Add defer rows.Close().", conf=0.85),
            F("LABEL-CMD", "blocker", "security", "Command injection in printLabel",
              "Avoid shell execution.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo endpoint",
              "Validate file name.", conf=0.8),
            F("TEST-SEQ-RACE", "major", "concurrency", "Non-atomic increment of test sequence",
              "Use sync/atomic.", conf=0.8),
            F("STATS-CACHE-RLOCK", "major", "concurrency", "Write to cache map while holding read lock",
              "Use the write lock.", d=+2, conf=0.85),
            F("STATS-CACHE-STALE", "minor", "correctness", "Species statistics cache is never invalidated",
              "Invalidate the cache entry when a new test is recorded.", conf=0.6),
            F("WITHDRAW-LOST-UPDATE", "major", "concurrency", "Race condition in seed withdrawal",
              "Use an atomic UPDATE with a balance condition.", d=-1, conf=0.75),
            F("WITHDRAW-NEGATIVE", "major", "correctness", "Negative withdrawal amount not rejected",
              "Require grams > 0.", conf=0.7),
            F("DAILY-COUNTS-INDEX", "blocker", "correctness", "Off-by-one in daily count loop",
              "Start the loop at 0 and use <.", conf=0.9),
            F("GERMINATED-EXCEEDS-SOWN", "minor", "correctness", "Germinated count is not validated against seeds sown",
              "Reject tests whose daily counts are negative or sum to more than sown.", conf=0.6),
            F("VIABILITY-THRESHOLD", "minor", "correctness", "Pass threshold uses > instead of >=",
              "Use >=.", d=-1, n=2, conf=0.75),
            F("RANGE-END-EXCLUSIVE", "minor", "correctness", "Inclusive end date excluded from test listing",
              "Use <= or add one day.", conf=0.7),
            F("REGEN-NO-TIMEOUT", "minor", "resource-leak", "HTTP client without timeout in regeneration request",
              "Use a client with timeout.", conf=0.65),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}
