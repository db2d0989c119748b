"""test84/go-vendroute: a vending machine operator's machines, restock routes, coin boxes and faults (Go).

Frozen test split test84; labels next to each finding. Written 2026-12-06 by a helper session that had not seen
the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test84: seeded problems in a vending operator's net/http service; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DRIVER-KEY-FAILS-OPEN": P(M, 'if r.Header.Get("X-Driver-Key") != s.driverKey {', "security", "VEND_DRIVER_KEY unset: driverKey is empty and a request without the header passes driverOnly", "signature-vs-statement"),
    "DRIVER-KEY-TIMING": P(M, 'if r.Header.Get("X-Driver-Key") != s.driverKey {', "security", "driver key compared with != (not constant time) while adminOnly uses subtle.ConstantTimeCompare"),
    "SITE-SQLI": P(M, "WHERE site = '\" + site + \"'\"", "security", "site query value concatenated into the machines SELECT", "source-vs-sink"),
    "MACHINES-ROWS-LEAK": P(M, "rows, err := s.db.Query(query)", "bug", "rows never closed in handleMachines (no defer rows.Close()): connections leak on every early return"),
    "MACHINES-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "the database error text (with the SQL) is sent to the client"),
    "VEND-PRICE-CLIENT": P(M, 'price, _ := strconv.Atoi(r.FormValue("price_cents"))', "bug", "price taken from the form unvalidated (parse error ignored, negative accepted): coin box totals go wrong"),
    "VEND-SLOT-OBO": P(M, "if slot < 0 || slot > m.Slots {", "bug", "slots are 0..Slots-1 but slot == Slots is accepted", "off-by-one"),
    "VEND-UPDATE-ERR-IGNORED": P(M, 's.db.Exec("UPDATE machines SET coin_box_cents = coin_box_cents + $1', "bug", "result of the coin box UPDATE ignored: a failed write still answers 204 and counts in coinTotals"),
    "COIN-TOTALS-RACE": P(M, "s.coinTotals[id] += price", "bug", "coinTotals map written from concurrent handlers without s.mu (handleTotals locks): concurrent map writes crash the process", "critical-section"),
    "COLLECT-SCAN-IGNORED": P(M, 'Scan(&cents)', "bug", "QueryRow Scan error ignored: an unknown machine or a DB error records a 0 collection and resets nothing visible"),
    "COLLECT-RACE": P(M, 'UPDATE machines SET coin_box_cents = 0 WHERE id = $1', "bug", "read then reset of coin_box_cents outside a transaction: a vend between the two is wiped from the books", "critical-section"),
    "MACHINE-MASS-ASSIGN": P(M, "if err := json.NewDecoder(r.Body).Decode(&m); err != nil {", "security", "a driver's PUT decodes the whole Machine: coin_box_cents and faulted are set from the body (hide a shortfall)", "signature-vs-statement"),
    "ROUTE-SKIPS-FIRST": P(M, "for i := 1; i < len(machines); i++ {", "bug", "loop starts at 1: the first machine of the day's route is never a stop", "off-by-one"),
    "ROUTE-DIV-ZERO": P(M, "m.Stock*100/m.Slots < s.refillPct", "bug", "integer division by Slots: a machine with 0 slots panics the handler"),
    "ROUTE-CACHE-RACE": P(M, "s.routeCache[day] = stops", "bug", "routeCache read and written without s.mu (concurrent map access) and never invalidated"),
    "FAULT-SHELL": P(M, 'go exec.Command("sh", "-c", "notify-engineer --machine "+id+" --code "+code).Run()', "security", "fault code from the form in an sh -c command line", "source-vs-sink"),
    "FAULT-NOTIFY-UNBOUNDED": P(M, 'go exec.Command("sh", "-c", "notify-engineer --machine "+id+" --code "+code).Run()', "bug", "fire-and-forget goroutine: no timeout, error dropped, one process per request"),
    "FAULTS-LAST-BOUNDS": P(M, "writeJSON(w, s.faults[len(s.faults)-n:])", "bug", "n is not capped at len(s.faults): fewer faults than n (the default 10 at start-up) panics with slice bounds out of range", "off-by-one"),
    "PHOTO-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.photoDir, name))", "security", "name query value joined to photoDir: ../ reads any file", "source-vs-sink"),
    "VEND-UNAUTH": P(M, 'mux.HandleFunc("POST /machines/{id}/vend", s.handleVend)', "security", "vend telemetry endpoint has no authentication: anyone can post sales"),
    "FAULT-UNAUTH": P(M, 'mux.HandleFunc("POST /machines/{id}/fault", s.handleFault)', "security", "fault endpoint has no authentication: anyone can raise faults and page engineers"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DRIVER-KEY-FAILS-OPEN", "DRIVER-KEY-TIMING"),
    ("SITE-SQLI", "MACHINES-ROWS-LEAK"),
    ("SITE-SQLI", "MACHINES-DB-ERROR-LEAK"),
    ("MACHINES-ROWS-LEAK", "MACHINES-DB-ERROR-LEAK"),
    ("VEND-PRICE-CLIENT", "VEND-SLOT-OBO"),
    ("VEND-UPDATE-ERR-IGNORED", "COIN-TOTALS-RACE"),
    ("COLLECT-SCAN-IGNORED", "COLLECT-RACE"),
    ("ROUTE-SKIPS-FIRST", "ROUTE-DIV-ZERO"),
    ("FAULT-SHELL", "FAULT-NOTIFY-UNBOUNDED"),
    ("VEND-UNAUTH", "FAULT-UNAUTH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `vendroute` is a single `main.go` on Go 1.22's pattern mux. A few things are right and worth keeping:
        `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`, `handleTotals` copies the map under `s.mu`,
        `handleFault` appends under the lock, `handleRoute` closes its rows and checks `Scan` errors. The issues:

        1. Authentication: `driverOnly` is open when the key is unset; vend and fault endpoints have none.
        2. Injection: SQL in `handleMachines`, shell in `handleFault`, path traversal in `handlePhoto`.
        3. Money: the coin box read/reset race in `handleCollect` and the unlocked `coinTotals` map.
        4. Bounds: vend slot check, the route loop, `handleRecentFaults` slicing.
        """,
        Block([
            F("DRIVER-KEY-FAILS-OPEN", "critical", "security", "`driverOnly` accepts requests without a key when `VEND_DRIVER_KEY` is unset",
              "Fail closed on an empty key and compare with `subtle.ConstantTimeCompare`, like `adminOnly`.",
              symbol="Server.driverOnly", conf=0.9),
            F("SITE-SQLI", "critical", "security", "SQL injection through `site` in `handleMachines`",
              "Use a placeholder: `s.db.Query(\"... WHERE site = $1\", site)`.", symbol="Server.handleMachines", conf=0.95),
            F("MACHINES-ROWS-LEAK", "medium", "bug", "`handleMachines` never closes `rows`",
              "Add `defer rows.Close()` after the error check (and check `rows.Err()`).", symbol="Server.handleMachines", conf=0.85),
            F("MACHINES-DB-ERROR-LEAK", "low", "security", "Database error returned verbatim to the client",
              "Log `err` and return a generic 500.", symbol="Server.handleMachines", conf=0.6),
            F("VEND-SLOT-OBO", "medium", "bug", "Slot bound check lets `slot == m.Slots` through",
              "Use `slot >= m.Slots`.", symbol="Server.handleVend", conf=0.85),
            F("COIN-TOTALS-RACE", "high", "bug", "`coinTotals` is written without `s.mu`",
              "Take `s.mu` around the update; concurrent vends are concurrent map writes, which abort the process.",
              symbol="Server.handleVend", conf=0.9),
            F("COLLECT-RACE", "high", "bug", "Coin collection reads and resets the coin box in two statements",
              "Do it atomically: `UPDATE machines SET coin_box_cents = 0 WHERE id = $1 RETURNING (SELECT coin_box_cents ...)` or a `SELECT ... FOR UPDATE` in a transaction.",
              d=-1, n=2, symbol="Server.handleCollect", conf=0.8),
        ]),
        "Further down the file:",
        Block([
            F("MACHINE-MASS-ASSIGN", "high", "security", "Drivers can set `coin_box_cents` and `faulted` through `PUT /machines/{id}`",
              "Decode into a struct with only the fields a driver may change.", symbol="Server.handleUpdateMachine", conf=0.8),
            F("ROUTE-SKIPS-FIRST", "high", "bug", "The restock route never includes the first machine",
              "Range over all machines: `for _, m := range machines`.", symbol="Server.handleRoute", conf=0.9),
            F("ROUTE-CACHE-RACE", "medium", "bug", "`routeCache` is used without the mutex and never invalidated",
              "Guard it with `s.mu` and expire it when stock changes.", symbol="Server.handleRoute", conf=0.75),
            F("FAULT-SHELL", "critical", "security", "Command injection via the fault `code`",
              "`exec.CommandContext(ctx, \"notify-engineer\", \"--machine\", id, \"--code\", code)` without `sh -c`.",
              symbol="Server.handleFault", conf=0.9),
            F("FAULTS-LAST-BOUNDS", "high", "bug", "`/faults` panics when fewer faults exist than requested",
              "Clamp `n` to `len(s.faults)`; with the default of 10 the endpoint panics until ten faults were reported.",
              symbol="Server.handleRecentFaults", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `handlePhoto`",
              "Reject names containing path separators, or use `http.FileServer(http.Dir(s.photoDir))`.",
              symbol="Server.handlePhoto", conf=0.85),
            F("VEND-UNAUTH", "high", "security", "Vend telemetry endpoint is unauthenticated",
              "Authenticate machines (per-machine token or mTLS).", symbol="main", conf=0.8),
            F("NO-SERVER-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SITE-SQLI", "critical", "security", "SQL injection: site concatenated into query", "Use $1 placeholder.", d=-1),
            F("DRIVER-KEY-FAILS-OPEN", "high", "security", "driverOnly open when VEND_DRIVER_KEY empty", "Refuse empty key.", d=-2),
            F("COIN-TOTALS-RACE", "high", "bug", "unsynchronized map write s.coinTotals (fatal concurrent map writes)", "Lock s.mu.", d=-1,
              snippet='s.db.Exec("UPDATE machines SET coin_box_cents = coin_box_cents + $1, stock = stock - 1 WHERE id = $2", price, id)'),
            F("COLLECT-RACE", "medium", "bug", "collect: coin box read/reset not atomic", "Single UPDATE ... RETURNING or tx."),
            F("MACHINE-MASS-ASSIGN", "medium", "security", "PUT /machines/{id} binds coin_box_cents from body", "Restrict fields.", d=-2),
            F("ROUTE-SKIPS-FIRST", "medium", "bug", "route loop starts at index 1", "Start at 0."),
            F("FAULT-SHELL", "high", "security", "sh -c with request code", "No shell.", d=-2),
            F("FAULTS-LAST-BOUNDS", "medium", "bug", "slice bounds panic in handleRecentFaults", "Clamp n.", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal via ?name=", "Clean + check prefix.", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `vendroute` service, which manages vending machines, coin collection,
        restock routes and fault reports.

        ## Security

        The service has several injection points and weak authentication on the driver routes.
        """,
        Block([
            F("DRIVER-KEY-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Driver Key Comparison",
              "Use `subtle.ConstantTimeCompare`.", sd=-2, n=3),
            F("SITE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Machine Listing by Site",
              "Use parameterized queries.",
              desc="The `site` parameter is concatenated directly into the SQL string."),
            F("MACHINES-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("FAULT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Fault Notification",
              "Pass arguments directly to `exec.Command` without a shell.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Photo Name",
              "Validate the file name."),
            F("FAULT-UNAUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Fault Reporting",
              "Require machine authentication."),
            F("VEND-UNAUTH", "HIGH", "Broken Access Control", "Unauthenticated Sales Telemetry",
              "Authenticate telemetry boards."),
        ], wrap="list"),
        """
        ## Reliability and Correctness
        """,
        Block([
            F("VEND-PRICE-CLIENT", "MEDIUM", "Input Validation", "Unvalidated Price in Vend Telemetry",
              "Look up the slot price server-side and reject parse errors."),
            F("COIN-TOTALS-RACE", "HIGH", "Race Condition", "Concurrent Map Writes to coinTotals",
              "Protect the map with the mutex.", sd=-2, n=3,
              desc="Go maps are not safe for concurrent use; the runtime will crash with 'concurrent map writes'."),
            U({"severity": "INFO", "category": "Style", "description": "Consider using a router library and structured logging."}),
            F("COLLECT-SCAN-IGNORED", "MEDIUM", "Error Handling", "Ignored Scan Error During Coin Collection",
              "Check the error returned by `Scan`."),
            F("ROUTE-DIV-ZERO", "MEDIUM", "Logic Error", "Possible Division by Zero in Route Planning",
              "Skip machines with zero slots.", d=-2, sd=-2, n=3),
            F("FAULT-NOTIFY-UNBOUNDED", "LOW", "Availability", "Unbounded Background Processes for Notifications",
              "Use a worker with a timeout and handle errors."),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SITE-SQLI", "error", "security", "sql injection in /machines?site=", "placeholders"),
            F("MACHINES-ROWS-LEAK", "warning", "", "rows not closed in handleMachines", "defer rows.Close()"),
            F("VEND-UPDATE-ERR-IGNORED", "warning", "bug", "vend UPDATE error ignored", "check err"),
            F("ROUTE-SKIPS-FIRST", "error", "bug", "first route machine skipped", "start loop at 0", d=+2),
            F("FAULT-SHELL", "error", "security", "shell injection in fault notify", "no sh -c"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication weaknesses in `driverOnly` and unauthenticated telemetry.
        2. SQL and command injection.
        3. Data races on shared maps.
        4. Bounds errors in vend, route and faults handlers.
        """,
        Block([
            F("DRIVER-KEY-FAILS-OPEN", "blocker", "security", "Driver authentication bypass with empty key",
              "Reject when the key is not configured.", conf=0.85),
            F("SITE-SQLI", "blocker", "security", "SQL injection in site filter", "Use query parameters.", conf=0.9),
            F("VEND-SLOT-OBO", "major", "correctness", "Off-by-one in slot validation", "Use >=.", d=-1,
              snippet='price, _ := strconv.Atoi(r.FormValue("price_cents"))', conf=0.7),
            F("COIN-TOTALS-RACE", "major", "concurrency", "Data race on coinTotals map", "Use the mutex.", conf=0.85),
            F("COLLECT-RACE", "major", "concurrency", "Lost coin revenue between read and reset", "Use a transaction.", d=-1, conf=0.75),
            F("ROUTE-SKIPS-FIRST", "major", "correctness", "Route planning skips the first machine", "Start from index 0.", conf=0.85),
            F("ROUTE-DIV-ZERO", "minor", "reliability", "Division by zero when slots is zero", "Guard Slots > 0.", conf=0.6),
            F("FAULTS-LAST-BOUNDS", "major", "reliability", "Slice out of range in recent faults", "Bound n by the slice length.", conf=0.8),
            F("FAULT-SHELL", "blocker", "security", "Command injection in engineer notification", "Avoid the shell.", conf=0.9),
            F("MACHINE-MASS-ASSIGN", "major", "security", "Mass assignment in machine update", "Whitelist updatable fields.", conf=0.7),
        ], wrap="object+summary", summary="10 issues: 3 blocker, 6 major, 1 minor"),
    ]),
}
