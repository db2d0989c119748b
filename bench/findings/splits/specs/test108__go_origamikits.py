"""test108/go-origamikits: an origami workshop's desk (Go, net/http + database/sql). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test108: seeded problems in an origami workshop's desk (class seats and waitlists, kit "
    "orders, paper stock); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "CLASSES-NAMES-PUBLIC": P(M, '"booked": c.Booked})', "security",
                              "public GET /classes lists every booked student's name"),
    "SEAT-OFF-BY-ONE": P(M, "if len(c.Booked) <= c.Seats {", "bug",
                         "<= books one seat more than the class has", "off-by-one"),
    "SEAT-RACE": P(M, "c.Booked = append(c.Booked, req.Name)", "bug",
                   "handleBookSeat reads s.classes and appends to Booked without s.mu: data race, overbooking",
                   "critical-section"),
    "CANCEL-ANYONE": P(M, 'name := r.URL.Query().Get("name")', "security",
                       "any caller cancels any student's seat by naming them (no auth, no proof of booking)",
                       "signature-vs-statement"),
    "WAITLIST-OFF-BY-ONE": P(M, "if len(c.Waitlist) > 1 {", "bug",
                             "> 1: a single waitlisted student is never promoted", "off-by-one"),
    "PROMOTE-WITHOUT-CANCEL": P(M, "if len(c.Waitlist) > 1 {", "bug",
                                "promotes from the waitlist even when the name was not booked: the class overfills"),
    "BULK-DISCOUNT-OFF-BY-ONE": P(M, "if kits > bulkFrom {", "bug",
                                  "kits > bulkFrom: an order of exactly five kits misses the bulk discount",
                                  "signature-vs-statement"),
    "STOCK-RACE": P(M, "s.stock[paper] -= sheets", "bug",
                    "takePaper needs s.mu but handleOrderKit never takes it: racy check-and-take, concurrent map writes, "
                    "racy ordersToday", "critical-section"),
    "ORDER-DECODE-IGNORED": P(M, "\tjson.NewDecoder(r.Body).Decode(&req)", "bug",
                              "kit order body decode error ignored: a malformed order goes on with zero values"),
    "KITS-NOT-POSITIVE": P(M, "if req.Kits > maxKitsPerOrder {", "bug",
                           "only the upper bound is checked: zero or negative kits pass, negative kits add paper and a "
                           "negative price"),
    "ORDER-STOCK-NOT-RESTORED": P(M, '_, err := s.db.Exec("INSERT INTO kit_orders', "bug",
                                  "paper is taken before the insert and not returned when the insert fails"),
    "ORDER-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                             "database error text returned to the client"),
    "ORDERS-SQLI": P(M, "WHERE paper = '%s' ORDER BY id DESC", "security",
                     "paper query value formatted into the SQL with Sprintf: SQL injection", "source-vs-sink"),
    "ORDERS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(query)", "bug",
                                "rows never closed: each call leaks a connection"),
    "ORDERS-SCAN-MISORDER": P(M, "rows.Scan(&id, &customer, &paperName, &address, &kits)", "bug",
                              "Scan targets out of column order (address before kits): every row fails to scan"),
    "ORDERS-SCAN-ERR-IGNORED": P(M, "rows.Scan(&id, &customer, &paperName, &address, &kits)", "bug",
                                 "Scan error (and rows.Err) ignored: failed rows are returned as zero values"),
    "DIAGRAM-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.diagrams, name))", "security",
                           "file query value joined to the diagrams dir: ../ reads any file", "source-vs-sink"),
    "ROSTER-SHELL-PRINTER": P(M, "lpr -P %s", "security",
                              "printer query value formatted into an sh -c command", "source-vs-sink"),
    "ROSTER-SHELL-NAMES": P(M, "lpr -P %s", "security",
                            "booked names (chosen by anyone who books) formatted unquoted into the sh -c command"),
    "ROSTER-NIL-CLASS": P(M, "lpr -P %s", "bug",
                          "unknown class id: c is nil and c.Booked panics"),
    "WATCH-SHELL-PAPER": P(M, '"notify-supplier "+paper', "security",
                           "paper name (from the restock URL path) concatenated into an sh -c command"),
    "WATCH-EXEC-UNDER-LOCK": P(M, '"notify-supplier "+paper', "performance",
                               "external command run while holding s.mu: every handler blocks until it returns"),
    "ORDERS-NO-AUTH": P(M, 'mux.HandleFunc("GET /kits", s.handleOrders)', "security",
                        "order list (customers and addresses) served without staffOnly"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("SEAT-OFF-BY-ONE", "SEAT-RACE"),
    ("WAITLIST-OFF-BY-ONE", "PROMOTE-WITHOUT-CANCEL"),
    ("ORDER-DECODE-IGNORED", "KITS-NOT-POSITIVE"),
    ("ORDER-STOCK-NOT-RESTORED", "ORDER-DB-ERROR-LEAK"),
    ("ORDERS-SQLI", "ORDERS-ROWS-NOT-CLOSED"),
    ("ORDERS-SCAN-MISORDER", "ORDERS-SCAN-ERR-IGNORED"),
    ("ROSTER-SHELL-PRINTER", "ROSTER-SHELL-NAMES"),
    ("ROSTER-SHELL-NAMES", "ROSTER-NIL-CLASS"),
    ("ROSTER-SHELL-PRINTER", "ROSTER-NIL-CLASS"),
    ("WATCH-SHELL-PAPER", "WATCH-EXEC-UNDER-LOCK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `main.go` is the whole service. Several parts are done carefully: `staffOnly` fails closed and uses
        `subtle.ConstantTimeCompare`, `handleCancelSeat` and `handleRestock` hold `s.mu`, restock rejects
        non-positive amounts, `handleCreateClass` clears any client-supplied `Booked`/`Waitlist`, and the roster
        print logs its failure instead of returning it. The problems cluster around the paths that skip those
        patterns.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/kits`, `/diagrams`, roster print, stock watcher | SQL injection, path traversal, two shell injections |
        | P1 | seats, stock | data races on `s.classes` and `s.stock`, capacity and waitlist off by one |
        | P2 | orders | ignored decode/scan errors, leaked rows, leaked DB errors |
        """,
        Block([
            F("ORDERS-SQLI", "critical", "security", "SQL injection in `GET /kits` via `paper`",
              "Use `s.db.Query(\"... WHERE paper = $1 ...\", paper)`.", symbol="Server.handleOrders", conf=0.95),
            F("DIAGRAM-TRAVERSAL", "high", "security", "Path traversal in `GET /diagrams` via `file`",
              "Use `filepath.Base(name)` or `http.FS(os.DirFS(s.diagrams))`; `ServeFile`'s `..` check applies to the URL path, not to this argument.",
              symbol="Server.handleDiagram", conf=0.9),
            F("ROSTER-SHELL-PRINTER", "critical", "security", "Shell injection through the `printer` parameter",
              "Run `exec.Command(\"lpr\", \"-P\", printer)` and write the names to its stdin; check `printer` against the configured queues.",
              symbol="Server.handlePrintRoster", conf=0.9),
            F("ROSTER-SHELL-NAMES", "high", "security", "Student names are interpolated unquoted into `sh -c`",
              "Anyone can book a seat with a name like `$(curl ...)`; the staff print then runs it. Pass the names on stdin.",
              symbol="Server.handlePrintRoster", conf=0.85),
            F("ROSTER-NIL-CLASS", "medium", "bug", "Nil dereference for an unknown class id in the roster print",
              "Check `ok` from the map lookup and return 404.", symbol="Server.handlePrintRoster", conf=0.8),
            F("WATCH-SHELL-PAPER", "high", "security", "Paper name concatenated into a shell command in `watchStock`",
              "The name comes from the restock URL path; use `exec.Command(\"notify-supplier\", paper)`.",
              symbol="Server.watchStock", conf=0.8),
            F("WATCH-EXEC-UNDER-LOCK", "medium", "performance", "`watchStock` runs external commands while holding `s.mu`",
              "Collect the low papers under the lock, unlock, then notify (with a context timeout).",
              symbol="Server.watchStock", conf=0.75),
        ]),
        "Concurrency, business rules and error handling:",
        Block([
            F("SEAT-RACE", "high", "bug", "`handleBookSeat` touches `s.classes` and `c.Booked` without `s.mu`",
              "Lock `s.mu` for the lookup, the capacity check and the append, as `handleCancelSeat` does; `go test -race` will flag this.",
              symbol="Server.handleBookSeat", conf=0.9),
            F("SEAT-OFF-BY-ONE", "high", "bug", "Seat check uses `<=`: one booking more than `Seats`",
              "`if len(c.Booked) < c.Seats`.", symbol="Server.handleBookSeat", conf=0.9),
            F("WAITLIST-OFF-BY-ONE", "medium", "bug", "Waitlist promotion needs two people waiting",
              "`if len(c.Waitlist) > 0`.", symbol="Server.handleCancelSeat", conf=0.85),
            F("PROMOTE-WITHOUT-CANCEL", "medium", "bug", "Promotion happens even when nobody was removed",
              "Only promote when the loop actually removed a booking (and the class is now below `Seats`).",
              symbol="Server.handleCancelSeat", conf=0.75),
            F("CANCEL-ANYONE", "high", "security", "Anyone can cancel anyone's seat by name",
              "Require a booking token returned at booking time (or staff auth) instead of the bare name.",
              symbol="Server.handleCancelSeat", conf=0.8),
            F("STOCK-RACE", "high", "bug", "`takePaper` is called without `s.mu`, although its comment requires it",
              "Lock around the call in `handleOrderKit`; concurrent orders can both pass the check, and concurrent map writes crash the process.",
              symbol="Server.takePaper", conf=0.85),
            F("KITS-NOT-POSITIVE", "medium", "bug", "Kit count is not checked for `<= 0`",
              "A negative order adds paper to stock and has a negative price; reject `req.Kits < 1`.",
              symbol="Server.handleOrderKit", conf=0.85),
            F("ORDER-DECODE-IGNORED", "medium", "bug", "JSON decode error ignored in `handleOrderKit`",
              "Return 400 when `Decode` fails.", symbol="Server.handleOrderKit", conf=0.8),
            F("ORDER-STOCK-NOT-RESTORED", "medium", "bug", "Paper is not put back when the order insert fails",
              "Take the paper and insert in one step, or return the sheets to `s.stock` on error.",
              symbol="Server.handleOrderKit", conf=0.65),
            F("ORDER-DB-ERROR-LEAK", "low", "security", "Database error text returned to clients",
              "Log `err` and return a generic message, as `handleOrders` does.", symbol="Server.handleOrderKit", conf=0.75),
            F("BULK-DISCOUNT-OFF-BY-ONE", "medium", "bug", "Bulk discount starts at six kits, not five",
              "`if kits >= bulkFrom`.", symbol="kitPrice", conf=0.85),
            F("ORDERS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleOrders`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleOrders", conf=0.9),
            F("ORDERS-SCAN-MISORDER", "high", "bug", "`rows.Scan` targets do not match the column order",
              "The query selects `kits, address` but scans `&address, &kits`; every row fails to scan.",
              symbol="Server.handleOrders", conf=0.85),
            F("ORDERS-SCAN-ERR-IGNORED", "medium", "bug", "Scan errors are ignored",
              "Check the error from `Scan` and `rows.Err()` after the loop.", symbol="Server.handleOrders", conf=0.8),
            F("ORDERS-NO-AUTH", "high", "security", "`GET /kits` is not behind `staffOnly`",
              "It returns every customer's name and address; wrap it like the other staff routes.",
              symbol="main", conf=0.8),
            F("NO-SERVER-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ORDERS-SQLI", "critical", "security", "paper query param reaches fmt.Sprintf SQL", "Placeholders.", d=-1),
            F("ORDERS-ROWS-NOT-CLOSED", "medium", "bug", "Missing defer rows.Close()", "Close rows."),
            F("ORDERS-SCAN-ERR-IGNORED", "medium", "bug", "rows.Scan error dropped", "Check err."),
            F("DIAGRAM-TRAVERSAL", "high", "security", "file param joined into ServeFile path", "filepath.Base.", d=-1),
            F("ROSTER-SHELL-PRINTER", "critical", "security", "printer param interpolated into sh -c", "exec lpr directly.", d=-1),
            F("ROSTER-NIL-CLASS", "medium", "bug", "Missing-class lookup not checked before c.Booked", "Check ok.", d=-3),
            F("SEAT-RACE", "high", "bug", "Unsynchronised map/slice access in handleBookSeat", "Lock s.mu.", d=-1),
            F("SEAT-OFF-BY-ONE", "high", "bug", "Overbooking by one", "Use <.", d=1),
            F("WAITLIST-OFF-BY-ONE", "medium", "bug", "Last waitlisted student never promoted", "> 0."),
            F("CANCEL-ANYONE", "high", "security", "handleCancelSeat: unauthenticated cancellation by name", "Auth.", d=-2),
            F("STOCK-RACE", "high", "bug", "ordersToday/stock mutated without lock", "Hold s.mu.", d=1),
            F("ORDER-DECODE-IGNORED", "medium", "bug", "Decode error ignored", "400 on error."),
            F("BULK-DISCOUNT-OFF-BY-ONE", "low", "bug", "kitPrice: discount boundary excludes bulkFrom", ">=.", d=-2),
            F("NO-SERVER-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server{...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the origami workshop server. Here is a summary of what I found.

        **Overview:** `main.go` implements class seat bookings with a waitlist, kit orders that draw on an
        in-memory paper stock, diagram downloads and roster printing, plus a background stock watcher.

        **Security**
        """,
        Block([
            F("ORDERS-SQLI", "Critical", "SQL Injection", "SQL Injection in Order Listing",
              "Use parameterized queries instead of `fmt.Sprintf`.", d=1, sd=-1, n=3),
            F("DIAGRAM-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Diagram Download",
              "Sanitize the file name with `filepath.Base`.", sd=-2, n=3),
            F("ROSTER-SHELL-PRINTER", "Critical", "Command Injection", "Command Injection in Roster Printing",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3,
              desc="The `printer` query parameter is placed in a shell command line run through `sh -c`."),
            F("ROSTER-SHELL-NAMES", "High", "Command Injection", "Stored Command Injection via Student Names",
              "Write the names to the command's stdin.", sd=-2, n=3),
            F("WATCH-SHELL-PAPER", "High", "Command Injection", "Command Injection in Stock Watcher",
              "Pass the paper name as a separate argument.", sd=-2, n=3),
            F("ORDER-DB-ERROR-LEAK", "Medium", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-1, n=2),
            F("ORDERS-NO-AUTH", "High", "Broken Access Control", "Order Listing Lacks Authentication",
              "Protect the route with `staffOnly`.", sd=-2, n=3),
            F("NO-SERVER-TIMEOUTS", "Medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Correctness and Concurrency**
        """,
        Block([
            F("SEAT-OFF-BY-ONE", "High", "Logic Error", "Class Overbooking Due to Off-by-One",
              "Use `<` instead of `<=`.", sd=-2, n=3),
            F("SEAT-RACE", "High", "Race Condition", "Data Race When Booking Seats",
              "Acquire `s.mu` before reading and modifying the class.", d=1, sd=-1, n=3),
            F("WAITLIST-OFF-BY-ONE", "Medium", "Logic Error", "Waitlist Promotion Skips Single Entry",
              "Promote when the waitlist is non-empty.", d=1, sd=-1, n=3),
            F("BULK-DISCOUNT-OFF-BY-ONE", "Low", "Logic Error", "Bulk Discount Boundary Error",
              "Use `>=` so five kits receive the discount.", sd=-2, n=3),
            U({"severity": "Info", "category": "Style",
               "description": "Consider splitting main.go into handler and storage packages."}),
            F("STOCK-RACE", "High", "Race Condition", "Unsynchronized Stock Updates",
              "Lock the mutex before calling `takePaper`.", d=-3, sd=-3, n=2,
              desc="`takePaper` documents that `s.mu` must be held, but `handleOrderKit` calls it without the lock."),
            F("KITS-NOT-POSITIVE", "Medium", "Input Validation", "Negative Kit Quantities Accepted",
              "Validate that `Kits` is at least 1.", sd=-1, n=3),
            F("ORDERS-ROWS-NOT-CLOSED", "Medium", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ORDERS-SQLI", "critical", "security", "sql injection in handleOrders", "use $1"),
            F("DIAGRAM-TRAVERSAL", "high", "security", "path traversal in /diagrams", "filepath.Base"),
            F("ROSTER-SHELL-PRINTER", "high", "security", "shell injection in roster print", "no sh -c"),
            F("ORDER-DB-ERROR-LEAK", "low", "security", "db error returned to client", "generic message"),
            F("SEAT-RACE", "high", "", "race in handleBookSeat (no lock)", "s.mu.Lock()"),
            F("STOCK-RACE", "high", "bug", "stock map written without lock", "lock in handleOrderKit"),
            F("WAITLIST-OFF-BY-ONE", "medium", "bug", "waitlist > 1 should be > 0", "> 0"),
            F("ORDER-DECODE-IGNORED", "low", "bug", "decode error ignored", "check it"),
            F("ORDERS-SCAN-ERR-IGNORED", "low", "bug", "scan error ignored", "check it"),
            F("WATCH-EXEC-UNDER-LOCK", "low", "performance", "exec while holding mutex", "unlock first"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection, path traversal and command injection in three handlers.
        2. Concurrency: seat booking and stock updates are not synchronized.
        3. Booking logic: capacity, waitlist and bulk discount boundaries are wrong.
        4. Order handling: input not validated, scan misordered, rows leaked.
        5. Privacy: class listing exposes student names.
        """,
        Block([
            F("ORDERS-SQLI", "blocker", "security", "SQL injection in order listing", "Use placeholders.", conf=0.9),
            F("ORDERS-ROWS-NOT-CLOSED", "major", "resource-leak", "Query rows are never closed",
              "Defer rows.Close().", conf=0.85),
            F("ORDERS-SCAN-MISORDER", "major", "correctness", "Scan argument order does not match SELECT columns",
              "Scan kits before address.", conf=0.8),
            F("DIAGRAM-TRAVERSAL", "major", "security", "Path traversal in diagram download", "Clean the name.", conf=0.85),
            F("ROSTER-SHELL-PRINTER", "blocker", "security", "Command injection in roster printing",
              "Do not use sh -c.", conf=0.9),
            F("WATCH-SHELL-PAPER", "major", "security", "Command injection in low-stock notification",
              "Pass arguments separately.", conf=0.75),
            F("SEAT-RACE", "major", "concurrency", "Seat booking is not synchronized", "Use the mutex.", conf=0.8),
            F("SEAT-OFF-BY-ONE", "major", "correctness", "Off-by-one in seat capacity check", "Use <.", conf=0.85),
            F("WAITLIST-OFF-BY-ONE", "major", "correctness", "Waitlist promotion requires two entries",
              "Use > 0.", conf=0.8),
            F("PROMOTE-WITHOUT-CANCEL", "minor", "correctness", "Waitlist promoted even if no seat was freed",
              "Promote only after a successful removal.", d=1, conf=0.6),
            F("CANCEL-ANYONE", "major", "security", "Seat cancellation without authentication", "Require auth.", conf=0.75),
            F("STOCK-RACE", "major", "concurrency", "Paper stock updated without holding the mutex",
              "Lock s.mu.", conf=0.8),
            F("KITS-NOT-POSITIVE", "major", "correctness", "Kit quantity not validated for negative values",
              "Reject kits < 1.", d=-1, conf=0.75),
            F("ORDER-DB-ERROR-LEAK", "minor", "security", "Internal error returned in response", "Hide details.", conf=0.7),
            F("BULK-DISCOUNT-OFF-BY-ONE", "minor", "correctness", "Bulk discount applied from six kits instead of five",
              "Use >=.", conf=0.75),
            F("CLASSES-NAMES-PUBLIC", "minor", "security", "Class listing exposes booked student names",
              "Return only counts.", conf=0.6),
            F("NO-SERVER-TIMEOUTS", "minor", "reliability", "HTTP server without timeouts", "Set timeouts.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 10 major, 5 minor"),
    ]),
}
