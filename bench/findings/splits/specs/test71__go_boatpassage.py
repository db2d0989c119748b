"""test71/go-boatpassage: a canal lock-keeper's boat passage log (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, any score, or any other
split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test71: seeded problems in a small canal lock passage-log service; five agents' "
    "answers written by hand."
)

M = "cmd/passaged/main.go"
PROBLEMS = {
    "KEEPER-FAILS-OPEN": P(M, 'if r.Header.Get("X-Keeper-Key") != s.keeperKey {', "security", "KEEPER_KEY unset is \"\": a request without the header matches and every keeper route is open", "signature-vs-statement"),
    "KEEPER-NOT-CONSTANT-TIME": P(M, 'if r.Header.Get("X-Keeper-Key") != s.keeperKey {', "security", "keeper key compared with != (timing), unlike adminOnly's ConstantTimeCompare"),
    "PASSAGE-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&p); err != nil {", "security", "passage body decoded without http.MaxBytesReader: unbounded request body"),
    "CHAMBER-BOUNDS": P(M, "if p.LengthM >= chamberLengthM {", "bug", ">= refuses a boat exactly the chamber length (a full-length 72 ft narrowboat fits)", "off-by-one"),
    "LENGTH-MISSING": P(M, "if p.LengthM >= chamberLengthM {", "bug", "only an upper bound: a missing (0) or negative length is logged as valid"),
    "LOCKAGE-COUNT-RACE": P(M, "s.lockages[p.Lock]++", "bug", "lockages map incremented after s.mu.Unlock: concurrent map writes (fatal) and lost counts", "critical-section"),
    "DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "LASTINSERTID-IGNORED": P(M, "p.ID, _ = res.LastInsertId()", "bug", "pgx does not support LastInsertId; the error is dropped and every passage is returned with id 0"),
    "CYCLE-MIXED-DIRECTIONS": P(M, "cycle := s.queue[:n]", "bug", "the next cycle takes the first two boats regardless of direction; an up and a down boat cannot share one lockage"),
    "QUEUE-READ-RACE": P(M, "boats := s.queue", "bug", "handleQueue reads len and the slice without s.mu: data race with append/reslice, count and list disagree", "critical-section"),
    "LICENCE-CACHE-RACE": P(M, "s.licences[licence] = licenceEntry{valid: allowed, fetched: time.Now()}", "bug", "licence cache map read and written from handlers without any lock: concurrent map access, duplicate lookups", "critical-section"),
    "LICENCE-ERROR-VALID": P(M, "allowed := valid || err != nil", "bug", "a lookup error (sql.ErrNoRows for an unknown licence, or the database down) counts as a valid licence"),
    "SEARCH-BOAT-SQLI": P(M, "WHERE boat ILIKE '%\" + boat + \"%'\"", "security", "boat query value concatenated into the SQL: injection", "source-vs-sink"),
    "SEARCH-LOCK-SQLI": P(M, 'q += " AND lock_no = " + lockNo', "security", "lock query value appended unquoted: a second injection"),
    "SEARCH-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "search rows never closed: connections leak on the early return"),
    "HISTORY-PAGE-SKIP": P(M, "lockNo, pageSize, page*pageSize)", "bug", "pages numbered from 1 but OFFSET page*pageSize: page 1 shows the second page", "off-by-one"),
    "HISTORY-DEFER-BEFORE-ERR": P(M, "defer rows.Close()", "bug", "defer rows.Close() before the error check: a failed query (e.g. negative page) dereferences nil rows and panics"),
    "REPORT-SHELL": P(M, 'exec.Command("sh", "-c", "passage-report --day "+day', "security", "day query value concatenated into an sh -c command", "source-vs-sink"),
    "REPORT-OUTPUT-LEAK": P(M, 'http.Error(w, "report failed: "+string(out)', "security", "combined stdout/stderr of the failed report (paths, SQL errors) returned to the client"),
    "STOPPAGE-XSS": P(M, 'fmt.Fprintf(w, "<h1>Lock %s closed</h1><p>%s</p>", lockNo, reason)', "security", "reason (and lock) written unescaped into HTML: reflected XSS on a public route", "source-vs-sink"),
    "LEVEL-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&reading)", "bug", "decode error ignored: a malformed reading stores level 0 for lock 0 and answers 204"),
    "LEVEL-INDEX-OBO": P(M, "if reading.Lock >= 0 && reading.Lock <= len(s.levels) {", "bug", "<= len: lock == len(s.levels) indexes past the slice and panics", "off-by-one"),
    "EXPORT-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.exportDir, name))", "security", "file query value joined to exportDir: ../ reads any file", "signature-vs-statement"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
    "KEEPER-NAME-SPOOF": P(M, 'p.Keeper = r.Header.Get("X-Keeper-Name")', "security", "the logged keeper is whatever name the client sends, not tied to the key"),
}

CONFUSABLE = [
    ("KEEPER-FAILS-OPEN", "KEEPER-NOT-CONSTANT-TIME"),
    ("CHAMBER-BOUNDS", "LENGTH-MISSING"),
    ("DB-ERROR-LEAK", "LASTINSERTID-IGNORED"),
    ("LICENCE-CACHE-RACE", "LICENCE-ERROR-VALID"),
    ("SEARCH-BOAT-SQLI", "SEARCH-LOCK-SQLI"),
    ("SEARCH-LOCK-SQLI", "SEARCH-ROWS-NOT-CLOSED"),
    ("HISTORY-PAGE-SKIP", "HISTORY-DEFER-BEFORE-ERR"),
    ("REPORT-SHELL", "REPORT-OUTPUT-LEAK"),
    ("LEVEL-DECODE-IGNORED", "LEVEL-INDEX-OBO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `cmd/passaged/main.go`, the whole passage-log service: keeper/admin middleware, passage
        logging with the licence check, the lock-cycle queue, search and history, the PDF report, exports,
        stoppage notices and pound levels.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 10 |
        | low | 4 |

        The injection sinks (search SQL, `sh -c` report, exports path) and the keeper middleware failing open are
        the ones to fix first; after that the shared maps (`lockages`, `licences`) and the queue are touched
        outside `s.mu`, which under load is a fatal "concurrent map writes" rather than just wrong numbers.

        Looks right: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleNextCycle` and
        `handleStats` hold `s.mu` for the whole operation (stats copies the map); `handleLevel` holds the lock with a
        deferred unlock; `Scan` errors are checked; the history query binds its parameters; direction is validated.
        """,
        Block([
            F("SEARCH-BOAT-SQLI", "critical", "security", "SQL injection through `boat` in `handleSearch`",
              "Use placeholders: `WHERE boat ILIKE $1` with `\"%\"+boat+\"%\"`.", symbol="Server.handleSearch", conf=0.95),
            F("SEARCH-LOCK-SQLI", "high", "security", "`lock` is appended to the same query without quoting",
              "Parse it with `strconv.Atoi` and bind it as `$2`.", symbol="Server.handleSearch", conf=0.85),
            F("REPORT-SHELL", "critical", "security", "Shell injection via `day` in `handleReport`",
              "Validate `day` with `time.Parse(\"2006-01-02\", day)` and call `exec.Command(\"passage-report\", \"--day\", day, ...)` without `sh -c`.",
              symbol="Server.handleReport", conf=0.9),
            F("EXPORT-TRAVERSAL", "critical", "security", "Path traversal in `handleExportFile`",
              "`filepath.Join` cleans `../` upward out of `exportDir`; reject names that are not `filepath.Base(name)` or use `os.Root`.",
              symbol="Server.handleExportFile", conf=0.85),
            F("KEEPER-FAILS-OPEN", "high", "security", "`keeperOnly` accepts every request when `KEEPER_KEY` is unset",
              "An absent header and an empty key are both `\"\"`. Fail closed and compare with `subtle.ConstantTimeCompare` as `adminOnly` does.",
              symbol="Server.keeperOnly", conf=0.9),
            F("KEEPER-NOT-CONSTANT-TIME", "low", "security", "Keeper key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.keeperOnly", conf=0.6),
            F("STOPPAGE-XSS", "high", "security", "Reflected XSS in the public stoppage notice",
              "Render with `html/template` or `html.EscapeString(reason)`.", symbol="Server.handleStoppage", conf=0.85),
            F("DB-ERROR-LEAK", "medium", "security", "Database error text returned to the client",
              "Log `err` and send a generic message.", symbol="Server.handleLogPassage", conf=0.75),
            F("PASSAGE-BODY-UNBOUNDED", "medium", "security", "Passage body read without a size limit",
              "Wrap with `http.MaxBytesReader(w, r.Body, 1<<16)`.", symbol="Server.handleLogPassage", conf=0.65),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server started without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Concurrency and correctness:",
        Block([
            F("LOCKAGE-COUNT-RACE", "high", "bug", "`s.lockages` is incremented after `s.mu.Unlock()`",
              "Move the increment above the unlock; concurrent requests otherwise crash the process with concurrent map writes.",
              symbol="Server.handleLogPassage", conf=0.9),
            F("LICENCE-CACHE-RACE", "high", "bug", "`licenceValid` reads and writes `s.licences` without a lock",
              "Guard the cache with `s.mu` (or a dedicated `sync.Mutex`); handlers call it concurrently.",
              symbol="Server.licenceValid", conf=0.85),
            F("LICENCE-ERROR-VALID", "high", "bug", "Unknown licences and database errors are treated as valid",
              "`sql.ErrNoRows` makes `allowed` true. Only a successful lookup with `valid == true` should pass.",
              symbol="Server.licenceValid", conf=0.85),
            F("QUEUE-READ-RACE", "medium", "bug", "`handleQueue` reads `s.queue` without the mutex",
              "Lock and copy the slice before encoding.", d=-1, n=2, symbol="Server.handleQueue", conf=0.8),
            F("CHAMBER-BOUNDS", "medium", "bug", "A boat exactly the chamber length is refused",
              "Use `>`; a 21.95 m boat fits a 21.95 m chamber.", symbol="Server.handleLogPassage", conf=0.75),
            F("LENGTH-MISSING", "low", "bug", "Missing or negative length is accepted",
              "Reject `p.LengthM <= 0`.", symbol="Server.handleLogPassage", conf=0.6),
            F("LASTINSERTID-IGNORED", "medium", "bug", "`LastInsertId` is unsupported by pgx and its error is discarded",
              "Use `INSERT ... RETURNING id` with `QueryRow(...).Scan(&p.ID)`.", symbol="Server.handleLogPassage", conf=0.8),
            F("CYCLE-MIXED-DIRECTIONS", "medium", "bug", "A lock cycle can mix an up boat and a down boat",
              "Take the first boat's direction and only add following boats going the same way.",
              symbol="Server.handleNextCycle", conf=0.6),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "`rows` from the search query is never closed",
              "`defer rows.Close()` after the error check.", symbol="Server.handleSearch", conf=0.85),
            F("HISTORY-DEFER-BEFORE-ERR", "medium", "bug", "`defer rows.Close()` runs before the error check",
              "On a failed query `rows` is nil and the deferred call panics; move it after `if err != nil`.",
              symbol="Server.handleHistory", conf=0.85),
            F("HISTORY-PAGE-SKIP", "low", "bug", "History pages are 1-based but the offset is not",
              "`(page-1)*pageSize`, with `page` clamped to >= 1.", symbol="Server.handleHistory", conf=0.8),
            F("LEVEL-INDEX-OBO", "medium", "bug", "`handleLevel` allows `reading.Lock == len(s.levels)`",
              "Use `<`; the current check lets an out-of-range index through and panics.", symbol="Server.handleLevel", conf=0.85),
            F("LEVEL-DECODE-IGNORED", "low", "bug", "Decode error ignored in `handleLevel`",
              "Return 400 on a bad body.", symbol="Server.handleLevel", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SEARCH-BOAT-SQLI", "critical", "security", "SQLi in handleSearch (boat)", "placeholders", d=-2),
            F("REPORT-SHELL", "critical", "security", "sh -c with query param day", "exec without shell", d=-1),
            F("EXPORT-TRAVERSAL", "high", "security", "handleExportFile: path traversal via ?file=", "filepath.Base + check", d=-2),
            F("KEEPER-FAILS-OPEN", "high", "security", "keeperOnly open when KEEPER_KEY empty", "fail closed", d=-2),
            F("STOPPAGE-XSS", "medium", "security", "Reflected XSS in stoppage page", "html/template", d=-2),
            F("LOCKAGE-COUNT-RACE", "high", "bug", "map write outside mutex (lockages)", "increment under s.mu", d=-1),
            F("LICENCE-CACHE-RACE", "high", "bug", "licences map accessed without lock", "mutex", d=-2),
            F("LICENCE-ERROR-VALID", "high", "bug", "licence lookup error => allowed", "deny on error"),
            F("QUEUE-READ-RACE", "medium", "bug", "handleQueue reads queue unlocked", "lock + copy", d=-1),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleSearch", "defer rows.Close()"),
            F("HISTORY-DEFER-BEFORE-ERR", "medium", "bug", "defer rows.Close() before err check (nil deref)", "move defer"),
            F("HISTORY-PAGE-SKIP", "low", "bug", "history OFFSET off by one page", "(page-1)*pageSize", d=-1),
            F("CHAMBER-BOUNDS", "low", "bug", ">= rejects max-length boats", ">"),
            F("LASTINSERTID-IGNORED", "medium", "bug", "LastInsertId unsupported on pgx; err ignored", "RETURNING id"),
            F("LEVEL-INDEX-OBO", "medium", "bug", "index out of range when lock == len(levels)", "<", d=+1),
            F("LEVEL-DECODE-IGNORED", "low", "bug", "Decode error ignored in handleLevel", "400 on error"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the canal lock passage-log service. Here is a summary of my findings.

        **Overview**

        `passaged` is a single-file Go HTTP service. The most serious issues are injection flaws (SQL, shell,
        HTML), a path traversal in the export download, and an authentication middleware that can be bypassed.
        There are also several data races on shared maps and slices.
        """,
        Block([
            F("SEARCH-BOAT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Passage Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `boat` parameter is concatenated into the SQL string."),
            F("REPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Report Generation",
              "Avoid `sh -c` and validate the date.", sd=-2, n=3),
            F("REPORT-OUTPUT-LEAK", "MEDIUM", "Information Disclosure", "Command Output Leaked in Error Response",
              "Do not return the command's output to the client.", sd=-2, n=3),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Export Download",
              "Sanitize the file name.", sd=-2, n=3),
            F("KEEPER-FAILS-OPEN", "HIGH", "Broken Authentication", "Keeper Authentication Bypass",
              "Reject requests when no key is configured.", sd=-2, n=3,
              desc="When `KEEPER_KEY` is empty, a request without the header passes the comparison."),
            F("KEEPER-NOT-CONSTANT-TIME", "LOW", "Timing Attack", "Non-Constant-Time Key Comparison",
              "Use `subtle.ConstantTimeCompare`.", sd=-2, n=3),
            F("STOPPAGE-XSS", "HIGH", "Cross-Site Scripting", "Reflected XSS in Stoppage Notice",
              "Escape user input with `html/template`.", sd=-2, n=3),
            F("DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error."),
            F("PASSAGE-BODY-UNBOUNDED", "LOW", "Denial of Service", "No Limit on Request Body Size",
              "Use `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        **Concurrency and Logic**
        """,
        Block([
            F("LOCKAGE-COUNT-RACE", "HIGH", "Race Condition", "Concurrent Map Write on Lockage Counter",
              "Increment while holding `s.mu`.", sd=-2, n=3,
              desc="The mutex is released one line before the map is modified."),
            F("LICENCE-CACHE-RACE", "HIGH", "Race Condition", "Unsynchronized Licence Cache",
              "Protect the cache with a mutex.", sd=-2, n=3),
            F("LICENCE-ERROR-VALID", "HIGH", "Logic Error", "Licence Check Fails Open",
              "Treat lookup errors as invalid.", sd=-2, n=3),
            F("QUEUE-READ-RACE", "MEDIUM", "Race Condition", "Queue Read Without Lock",
              "Acquire the mutex before reading the queue.", sd=-2, n=3),
            F("SEARCH-ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`."),
            F("CHAMBER-BOUNDS", "LOW", "Logic Error", "Boats of Exactly Chamber Length Rejected",
              "Use a strict comparison.", d=+1, sd=-1, n=3),
            F("HISTORY-PAGE-SKIP", "LOW", "Logic Error", "Pagination Offset Incorrect",
              "Subtract one from the page number.", sd=-2, n=3),
            F("LEVEL-INDEX-OBO", "HIGH", "Bounds Check", "Out-of-Range Index in Level Update",
              "Use `<` instead of `<=`.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Best Practice", "description": "Consider using structured logging."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SEARCH-BOAT-SQLI", "high", "security", "sql injection in search", "use $1"),
            F("REPORT-SHELL", "high", "security", "shell injection in report", "no sh -c"),
            F("STOPPAGE-XSS", "medium", "security", "xss in stoppage page", "escape"),
            F("KEEPER-FAILS-OPEN", "medium", "security", "empty keeper key lets everyone in", "check key set"),
            F("LOCKAGE-COUNT-RACE", "medium", "", "lockages map written without lock", "lock it"),
            F("LICENCE-ERROR-VALID", "medium", "bug", "licence error treated as valid", "return false on err"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. Injection: SQL in search (two parameters), shell in the report, HTML in stoppage notices.
        2. Authentication and authorization: the keeper middleware and the keeper name header.
        3. Concurrency: shared maps and the queue accessed outside the mutex.
        4. Correctness: licence check, history paging, level index, deferred close.
        """,
        Block([
            F("SEARCH-BOAT-SQLI", "blocker", "security", "SQL injection via boat parameter", "Use query parameters.", conf=0.9),
            F("SEARCH-LOCK-SQLI", "blocker", "security", "SQL injection via lock parameter", "Parse as integer.", conf=0.85),
            F("REPORT-SHELL", "blocker", "security", "Command injection in report endpoint", "Validate the date.", conf=0.9),
            F("REPORT-OUTPUT-LEAK", "minor", "security", "Report failure returns raw command output", "Log it instead.", conf=0.6),
            F("STOPPAGE-XSS", "major", "security", "Reflected cross-site scripting in stoppage page", "Escape output.", conf=0.8),
            F("EXPORT-TRAVERSAL", "major", "security", "Directory traversal in export file download", "Check the cleaned path.", conf=0.8),
            F("KEEPER-FAILS-OPEN", "major", "security", "Keeper middleware bypass with empty key", "Require a configured key.", conf=0.8),
            F("KEEPER-NOT-CONSTANT-TIME", "minor", "security", "Key comparison is not constant time", "Use subtle.", conf=0.6),
            F("KEEPER-NAME-SPOOF", "minor", "security", "Keeper identity taken from a client header", "Derive it from the credential.", conf=0.55),
            F("DB-ERROR-LEAK", "minor", "security", "Internal error details returned", "Hide error text.", conf=0.65),
            F("LOCKAGE-COUNT-RACE", "major", "concurrency", "Concurrent map writes on lockages", "Hold the mutex.", conf=0.85),
            F("LICENCE-CACHE-RACE", "major", "performance", "Licence cache misses query the database concurrently", "Single-flight the lookup and lock the map.", d=-2, conf=0.6),
            F("LICENCE-ERROR-VALID", "major", "correctness", "Licence lookup failure allows passage", "Fail closed.", d=+1, conf=0.8),
            F("QUEUE-READ-RACE", "major", "concurrency", "Data race reading the queue", "Lock and copy.", d=+1, conf=0.75),
            F("CHAMBER-BOUNDS", "minor", "correctness", "Chamber length comparison excludes exact fit", "Use >.", conf=0.65),
            F("LENGTH-MISSING", "minor", "correctness", "Boat length not validated as positive", "Reject <= 0.", conf=0.6),
            F("HISTORY-PAGE-SKIP", "minor", "correctness", "History pagination skips the first page", "Use page-1.", d=-2, conf=0.7),
            F("HISTORY-DEFER-BEFORE-ERR", "major", "reliability", "Deferred Close on nil rows", "Check err first.", conf=0.8),
            F("LEVEL-INDEX-OBO", "major", "correctness", "Level index can be out of range", "Use < len.", d=+1, conf=0.8),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 9 major, 7 minor"),
    ]),
}
