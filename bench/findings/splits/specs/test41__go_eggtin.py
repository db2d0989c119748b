"""test41/go-eggtin: a farm-gate egg honesty-box ledger: boxes, cash tins, flock lay records (Go, net/http + database/sql).

Frozen test split test41; labels next to each finding. Written 2026-12-04 by a helper session that had not
seen the merger code, its scores or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the
format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test41: seeded problems in a small egg honesty-box ledger service; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "HELPER-SUBSTRING": P(M, 'if !strings.Contains(os.Getenv("EGGTIN_HELPERS"), name) {', "security",
                          "helperOnly is a substring test: a missing header (empty name) or any fragment of a helper's name passes, and an unset list admits everyone",
                          "signature-vs-statement"),
    "SALE-NEGATIVE": P(M, "if s.stock[boxID] < in.HalfDozens {", "bug",
                       "half_dozens and paid_pence not validated: a negative sale adds stock and lowers the cash the tin should hold"),
    "STOCK-RACE": P(M, "s.stock[boxID] -= in.HalfDozens", "bug",
                    "stock map and sales counter changed without s.mu (restock holds it): concurrent map writes crash the process, updates are lost, the box oversells",
                    "critical-section"),
    "SALE-STOCK-BEFORE-INSERT": P(M, '_, err = s.db.Exec("INSERT INTO sales', "bug",
                                  "stock is decremented before the insert: when the insert fails the in-memory stock is wrong and never restored"),
    "SALE-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                            "database error text returned to anonymous customers on the public sale endpoint", nth=0),
    "VOID-NO-CHECK": P(M, 's.db.Exec("DELETE FROM sales WHERE id = $1", id)', "security",
                       "any helper (so, given helperOnly, anyone) can delete any recorded sale: no farmer check, no audit row, and a void hides cash taken from the tin",
                       "signature-vs-statement"),
    "VOID-ERROR-IGNORED": P(M, 's.db.Exec("DELETE FROM sales WHERE id = $1", id)', "bug",
                            "Exec error and rows affected ignored: 204 even when nothing was deleted or the database failed"),
    "TIN-BOX-ID-IGNORED": P(M, 'boxID, _ := strconv.Atoi(r.PathValue("id"))', "bug",
                            "Atoi error ignored in handleTinCount: a bad box id records the count against box 0"),
    "TIN-COUNTED-NEGATIVE": P(M, 'counted, err := strconv.Atoi(r.FormValue("counted_pence"))', "bug",
                              "counted_pence may be negative: the shortfall is inflated and a false theft alert goes out"),
    "TIN-SINCE-ERR": P(M, "s.db.QueryRow(\"SELECT COALESCE(MAX(at), 'epoch') FROM tin_counts", "bug",
                       "Scan error ignored: on failure since stays zero and every cash sale ever is expected in the tin; extra, one agent"),
    "TIN-SHELL": P(M, "exec.Command(\"sh\", \"-c\", \"notify-farmer '\"+msg+\"'\").Run()", "security",
                   "note form value put into an sh -c string inside single quotes: command injection", "source-vs-sink"),
    "TIN-EXEC-ERR-IGNORED": P(M, "exec.Command(\"sh\", \"-c\", \"notify-farmer '\"+msg+\"'\").Run()", "bug",
                              "Run() error ignored and no timeout: a failed or hung notify-farmer loses the theft alert silently or blocks the request"),
    "PHOTO-UNBOUNDED": P(M, "data, err := io.ReadAll(r.Body)", "security",
                         "io.ReadAll of the request body with no MaxBytesReader: one upload can exhaust memory"),
    "PHOTO-PATH": P(M, "dst := filepath.Join(s.photoDir, name)", "security",
                    "name query value joined to photoDir: ../ writes files anywhere the service can", "source-vs-sink"),
    "FLOCK-SQLI": P(M, "q := fmt.Sprintf(\"SELECT house, breed, hens FROM flocks WHERE breed = '%s'", "security",
                    "breed query value formatted into the SQL string", "source-vs-sink"),
    "FLOCK-ROWS-LEAK": P(M, "rows, err := s.db.Query(q)", "bug",
                         "rows never closed (no defer rows.Close()), and rows.Err() unchecked: connections leak on every early return"),
    "FLOCK-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                        "raw database error (the injected SQL's error included) returned to the client", nth=1),
    "LAYRATE-SKIP-NEWEST": P(M, "for i := 1; i < len(eggs); i++ {", "bug",
                             "loop starts at 1: the newest day (first row, ORDER BY day DESC) is left out of the rate", "off-by-one"),
    "LAYRATE-DIV-ZERO": P(M, "rate := totalEggs / henDays", "bug",
                          "henDays is 0 when a house has fewer than two records: integer division by zero panics the handler"),
    "LAYRATE-INT-DIV": P(M, "rate := totalEggs / henDays", "bug",
                         "integer division: eggs per hen-day is below 1, so the rate is always reported as 0"),
    "LEDGER-PAGE": P(M, "start := page * size", "bug",
                     "page is 1-based (defaulted to 1) but start = page * size: the first 50 sales are never shown", "off-by-one"),
    "LEDGER-SLICE-PANIC": P(M, "json.NewEncoder(w).Encode(all[start:end])", "bug",
                            "a page past the end gives start > end: slice bounds out of range panic"),
    "BOARD-RACE": P(M, 's.board, _ = json.Marshal(map[string]any{"stock": s.stock', "bug",
                    "board cache checked and rebuilt without s.mu: data race on board/boardAt, rebuilt by every concurrent request, and it reads the stock map while sales write it",
                    "critical-section"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts: slow clients hold connections (slowloris)"),
}

CONFUSABLE = [
    ("STOCK-RACE", "SALE-STOCK-BEFORE-INSERT"),
    ("SALE-STOCK-BEFORE-INSERT", "SALE-DB-ERROR-LEAK"),
    ("VOID-NO-CHECK", "VOID-ERROR-IGNORED"),
    ("TIN-BOX-ID-IGNORED", "TIN-COUNTED-NEGATIVE"),
    ("TIN-SHELL", "TIN-EXEC-ERR-IGNORED"),
    ("FLOCK-SQLI", "FLOCK-ROWS-LEAK"),
    ("FLOCK-ROWS-LEAK", "FLOCK-ERR-LEAK"),
    ("FLOCK-SQLI", "FLOCK-ERR-LEAK"),
    ("LAYRATE-DIV-ZERO", "LAYRATE-INT-DIV"),
    ("LEDGER-PAGE", "LEDGER-SLICE-PANIC"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the honesty-box ledger. Counting by severity:

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 9 |
        | low | 1 |

        The two criticals are injection: the flock search builds SQL with `fmt.Sprintf`, and the shortfall alert
        runs `sh -c` with the farmer's note in it. The access-control problem that matters most is `helperOnly`,
        which is a substring test and lets a request without the header through; with it, anyone can void sales
        and upload photos. The in-memory stock map is written by `handleSale` without the mutex that
        `handleRestock` uses, which is a crash (concurrent map writes), not just a wrong number.

        Correct as written: `farmerOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleRestock`
        validates `n` and holds `s.mu`; `handleLayRate` clamps `days` and closes its rows; `loadSales` checks
        `Scan` and `rows.Err()`.
        """,
        Block([
            F("FLOCK-SQLI", "critical", "security", "SQL injection through `breed` in `handleFlocks`",
              "Use a placeholder: `s.db.Query(\"... WHERE breed = $1 ORDER BY house\", breed)`.",
              symbol="Server.handleFlocks", conf=0.95),
            F("TIN-SHELL", "critical", "security", "Command injection via the tin-count `note`",
              "Call `exec.Command(\"notify-farmer\", msg)` directly, no shell.", symbol="Server.handleTinCount", conf=0.9),
            F("HELPER-SUBSTRING", "high", "security", "`helperOnly` accepts an empty or partial helper name",
              "Split `EGGTIN_HELPERS` into a set, fail closed when it is empty, and give helpers real credentials.",
              symbol="Server.helperOnly", conf=0.9),
            F("VOID-NO-CHECK", "high", "security", "Sales can be voided by any helper without a trace",
              "Restrict voids to the farmer and record who voided what.", symbol="Server.handleVoidSale", conf=0.8),
            F("PHOTO-PATH", "high", "security", "Path traversal in tin photo upload",
              "Use `filepath.Base(name)` or generate the file name server-side.", symbol="Server.handleTinPhoto", conf=0.9),
            F("PHOTO-UNBOUNDED", "medium", "security", "Unbounded request body in `handleTinPhoto`",
              "Wrap the body with `http.MaxBytesReader(w, r.Body, 5<<20)`.", symbol="Server.handleTinPhoto", conf=0.8),
            F("FLOCK-ERR-LEAK", "medium", "security", "Raw database errors returned to the client in `handleFlocks`",
              "Log the error; return a generic 500.", symbol="Server.handleFlocks", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("STOCK-RACE", "high", "bug", "Unsynchronised writes to `s.stock` and `s.sales` in `handleSale`",
              "Hold `s.mu` around the check and the decrement (and the counter).", n=2,
              symbol="Server.handleSale", conf=0.9),
            F("SALE-NEGATIVE", "medium", "bug", "Negative `half_dozens` / `paid_pence` are accepted",
              "Require `HalfDozens >= 1` and `PaidPence >= 0`.", symbol="Server.handleSale", conf=0.8),
            F("SALE-STOCK-BEFORE-INSERT", "medium", "bug", "Stock is decremented before the sale is stored",
              "Insert first, then update stock; or restore it on error.", symbol="Server.handleSale", conf=0.7),
            F("FLOCK-ROWS-LEAK", "high", "bug", "`rows` is never closed in `handleFlocks`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleFlocks", conf=0.85),
            F("LAYRATE-DIV-ZERO", "high", "bug", "Division by zero in `handleLayRate`",
              "Return `0` (or 404) when `henDays == 0`.", symbol="Server.handleLayRate", conf=0.85),
            F("LAYRATE-INT-DIV", "medium", "bug", "Lay rate uses integer division and is always 0",
              "`float64(totalEggs) / float64(henDays)`.", symbol="Server.handleLayRate", conf=0.85),
            F("LAYRATE-SKIP-NEWEST", "medium", "bug", "Lay-rate loop skips the most recent day",
              "Start at `i := 0`.", symbol="Server.handleLayRate", conf=0.8),
            F("LEDGER-PAGE", "medium", "bug", "Ledger paging starts at the second page",
              "`start := (page - 1) * size`.", symbol="Server.handleLedger", conf=0.85),
            F("LEDGER-SLICE-PANIC", "medium", "bug", "Slice out of range for pages past the end",
              "Clamp `start` to `len(all)`.", symbol="Server.handleLedger", conf=0.8),
            F("BOARD-RACE", "medium", "bug", "`handleBoard` rebuilds the shared cache without locking",
              "Take `s.mu` for the check, the rebuild (it reads `s.stock`) and the read of `s.board`.",
              d=-1, n=2, symbol="Server.handleBoard", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("FLOCK-SQLI", "critical", "security", "handleFlocks: SQL built from ?breed=", "$1 placeholder.", d=-1),
            F("TIN-SHELL", "critical", "security", "handleTinCount: note -> sh -c", "exec notify-farmer without shell.",
              d=-2),
            F("HELPER-SUBSTRING", "high", "security", "helperOnly: strings.Contains on header; empty header passes",
              "exact match against a parsed set; fail closed.", d=-3),
            F("PHOTO-PATH", "high", "security", "handleTinPhoto: ?name= path traversal", "filepath.Base / generated name.",
              d=-1),
            F("VOID-NO-CHECK", "medium", "security", "handleVoidSale deletes any sale, no authz/audit", "farmer only + audit.",
              d=-2),
            F("STOCK-RACE", "high", "bug", "data race: s.stock/s.sales mutated without s.mu", "lock.", d=+1),
            F("TIN-SINCE-ERR", "medium", "bug", "QueryRow(...).Scan(&since) error dropped", "check err."),
            F("TIN-BOX-ID-IGNORED", "low", "bug", "strconv.Atoi error ignored for box id", "400 on error."),
            F("LAYRATE-DIV-ZERO", "high", "bug", "integer divide by zero when henDays == 0", "guard."),
            F("LAYRATE-SKIP-NEWEST", "medium", "bug", "loop from i=1 drops newest row", "i := 0.", d=+1),
            F("LEDGER-PAGE", "medium", "bug", "page*size skips page 1", "(page-1)*size."),
            F("BOARD-RACE", "medium", "bug", "handleBoard: unsynchronised cache + map read", "mutex.", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `eggtin` service, a Go HTTP server that keeps the ledger for a farm-gate
        honesty box: customers report their purchases, helpers restock the boxes, and the farmer counts the cash
        tins and looks after the flock records.

        ## Security Vulnerabilities
        """,
        Block([
            F("FLOCK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Flock Search",
              "Use parameterized queries.", d=+1, sd=-1, n=3,
              desc="The `breed` query parameter is interpolated into the SQL statement with `fmt.Sprintf` and then executed."),
            F("TIN-SHELL", "CRITICAL", "Command Injection", "Command Injection in Shortfall Notification",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("HELPER-SUBSTRING", "HIGH", "Broken Authentication", "Weak Helper Authorization Check",
              "Compare against an exact list of helper identities.", sd=-2, n=3),
            F("PHOTO-PATH", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the file name with `filepath.Base`.", d=+1, sd=-1, n=3),
            F("SALE-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Customers",
              "Return a generic error message.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Concurrency and Logic Issues
        """,
        Block([
            F("STOCK-RACE", "HIGH", "Race Condition", "Concurrent Map Writes in Sale Handler",
              "Protect the map with the existing mutex.", d=+1, sd=-1, n=3,
              desc="`handleSale` modifies `s.stock` and increments `s.sales` without holding `s.mu`; Go's runtime aborts on concurrent map writes."),
            F("BOARD-RACE", "MEDIUM", "Race Condition", "Unsynchronized Board Cache",
              "Guard the cache with the mutex.", d=+1, sd=-1, n=3),
            F("VOID-ERROR-IGNORED", "LOW", "Error Handling", "Ignored Error When Voiding Sales",
              "Check the error and the number of affected rows.", sd=-2, n=3),
            F("TIN-EXEC-ERR-IGNORED", "LOW", "Error Handling", "Notification Failures Ignored",
              "Check the error returned by `Run()`.", sd=-2, n=3),
            F("LAYRATE-INT-DIV", "MEDIUM", "Logic Error", "Integer Division Truncates Lay Rate",
              "Use floating-point division.", sd=-2, n=3),
            F("LEDGER-SLICE-PANIC", "MEDIUM", "Availability", "Out-of-Range Slice in Ledger Pagination",
              "Validate `start` against the length.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Code Quality", "description": "Magic numbers such as 50 and 500 should be named."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("FLOCK-SQLI", "error", "security", "sql injection in handleFlocks", "use $1"),
            F("FLOCK-ROWS-LEAK", "warning", "", "rows not closed in handleFlocks", "defer rows.Close()"),
            F("TIN-COUNTED-NEGATIVE", "warning", "bug", "negative counted_pence accepted", "reject < 0"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PHOTO-UNBOUNDED", "warning", "security", "photo upload reads unbounded body", "MaxBytesReader"),
            F("LAYRATE-DIV-ZERO", "error", "bug", "divide by zero in lay rate", "check henDays"),
            F("LEDGER-PAGE", "warning", "bug", "ledger page 1 skips first 50", "(page-1)*size", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL (flock search), shell (tin alert), path traversal (photo upload).
        2. Authorization: helper check, sale voiding.
        3. Concurrency: stock map and board cache.
        4. Correctness: lay rate, ledger paging, stock on failed insert.
        5. Information disclosure: database errors.
        """,
        Block([
            F("FLOCK-SQLI", "blocker", "security", "SQL injection in handleFlocks", "Use query parameters.", conf=0.9),
            F("FLOCK-ERR-LEAK", "minor", "security", "Database error leaked to client in handleFlocks",
              "Return a generic message.", anchor="q := fmt.Sprintf(\"SELECT house, breed, hens FROM flocks WHERE breed = '%s'",
              conf=0.6),
            F("TIN-SHELL", "blocker", "security", "Shell command injection in notify-farmer call",
              "Do not use sh -c.", conf=0.85),
            F("PHOTO-PATH", "major", "security", "Path traversal in handleTinPhoto", "Clean the name.", conf=0.85),
            F("HELPER-SUBSTRING", "major", "security", "Helper authorization bypass via substring match",
              "Exact match.", conf=0.8),
            F("VOID-NO-CHECK", "major", "security", "Unrestricted deletion of sales records",
              "Farmer-only, with audit trail.", conf=0.75),
            F("STOCK-RACE", "major", "concurrency", "Race condition on stock map in handleSale",
              "Lock s.mu.", conf=0.85),
            F("SALE-STOCK-BEFORE-INSERT", "minor", "correctness", "Stock not restored when sale insert fails",
              "Reorder operations.", conf=0.6),
            F("BOARD-RACE", "major", "concurrency", "Board cache race condition", "Use the mutex.", d=+1, conf=0.75),
            F("LAYRATE-SKIP-NEWEST", "major", "correctness", "Lay rate ignores the latest day",
              "Iterate from 0.", conf=0.75),
            F("LAYRATE-INT-DIV", "minor", "correctness", "Lay rate truncated by integer division",
              "Use float division.", conf=0.7),
            F("LEDGER-PAGE", "major", "correctness", "Off-by-one in ledger pagination",
              "Subtract one from page.", conf=0.8),
            F("LEDGER-SLICE-PANIC", "major", "reliability", "Ledger panics for large page numbers",
              "Bound check.", d=-1, conf=0.75),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}
