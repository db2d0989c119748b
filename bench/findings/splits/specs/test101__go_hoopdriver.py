"""test101/go-hoopdriver: a cooperage's barrel orders, stave stock and toasting-fire rota (Go, net/http + pgx).

Frozen test split test101; labels next to each finding. Written 2026-12-07 by a helper session that had not
seen the merger code, its results or any other split's answers or labels (only splits/README.md's general
sections and its test37 section, the builders and specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test101: seeded problems in a cooperage's barrel-order and stave-stock service; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "STAVE-TABLE-OOB": P(M, "for i := 0; i <= len(staveTable); i++ {", "bug", "i <= len(staveTable) indexes one past the end: a barrel over 500 litres panics instead of returning the error", "off-by-one"),
    "SHOP-TOKEN-QUERY": P(M, 'token := r.URL.Query().Get("token")', "security", "shop token taken from the query string: lands in access logs, proxies and browser history"),
    "SHOP-TOKEN-EMPTY": P(M, "if token != s.shopToken {", "security", "SHOP_TOKEN unset: the empty token matches and shopOnly lets everyone in (also not constant-time)"),
    "BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&o); err != nil {", "security", "order body decoded without a size limit (intake uses MaxBytesReader, orders do not)"),
    "QTY-UNVALIDATED": P(M, "need := per * o.Qty", "bug", "qty never validated: zero orders nothing, a negative qty adds staves to the stock"),
    "STOCK-OVERSELL-RACE": P(M, 'http.Error(w, "not enough staves for this order"', "bug", "stock read, checked and written back without s.mu: concurrent orders oversell staves (and race on the map)", "critical-section"),
    "ORDER-ID-RACE": P(M, "o.ID = s.nextID", "bug", "nextID incremented and orders map written without s.mu: duplicate ids, concurrent map writes", "critical-section"),
    "ORDER-INSERT-ERR-IGNORED": P(M, 's.db.Exec("INSERT INTO orders', "bug", "db.Exec error ignored: the order is confirmed but never stored"),
    "ORDER-PUBLIC": P(M, "o, ok := s.orders[id]", "security", "GET /orders/{id} is registered without any middleware: any order (customer, email) by sequential id", "signature-vs-statement", nth=0),
    "ORDER-MAP-UNLOCKED": P(M, "o, ok := s.orders[id]", "bug", "orders map read without s.mu while other handlers write it: data race, can crash the process", nth=0),
    "SEARCH-SQLI": P(M, 'rows, err := s.db.Query(q + " ORDER BY id DESC LIMIT 100")', "security", "customer query value formatted into the LIKE pattern with Sprintf: SQL injection", "source-vs-sink"),
    "SEARCH-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query(q + " ORDER BY id DESC LIMIT 100")', "bug", "rows never closed (no defer rows.Close) and rows.Err ignored: connections leak on the scan-error path"),
    "SEARCH-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client (helps the injection next to it)"),
    "SHIP-SHELL": P(M, 'cmd := exec.Command("sh", "-c"', "security", "carrier query value formatted into an sh -c command: command injection", "source-vs-sink"),
    "SHIP-SHELL-STORED": P(M, 'cmd := exec.Command("sh", "-c"', "security", "customer name from the order quoted into the same shell command: a quote in a name breaks out"),
    "SHIP-STATUS-UNLOCKED": P(M, 'o.Status = "shipped"', "bug", "order status written outside s.mu while other requests read the same order"),
    "NOTIFY-NO-TIMEOUT": P(M, 'resp, err := http.Get("https://mail.example.org/send?to="', "bug", "http.Get on the default client has no timeout: notify goroutines pile up when the mail service hangs", "signature-vs-statement"),
    "NOTIFY-UNESCAPED": P(M, 'resp, err := http.Get("https://mail.example.org/send?to="', "security", "customer email concatenated into the URL unescaped: parameter injection into the mail request"),
    "INTAKE-RACE": P(M, "s.stock[in.Wood] += in.Staves", "bug", "stock map and intakes counter updated without s.mu: lost updates, concurrent map writes", "critical-section"),
    "INTAKE-NEGATIVE": P(M, "s.stock[in.Wood] += in.Staves", "bug", "staves not validated: a negative intake drives the stock below zero"),
    "TOAST-DAY-UNVALIDATED": P(M, "booked := s.toastDays[day]", "bug", "day path value never parsed as a date: any string (or a past day) gets bookings and a new map entry"),
    "TOAST-LIMIT-OFF": P(M, "if len(booked) > firesPerDay {", "bug", "len(booked) > firesPerDay allows a fifth booking into four fires", "off-by-one"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts: slowloris"),
}

CONFUSABLE = [
    ("SHOP-TOKEN-QUERY", "SHOP-TOKEN-EMPTY"),
    ("QTY-UNVALIDATED", "STOCK-OVERSELL-RACE"),
    ("ORDER-ID-RACE", "ORDER-INSERT-ERR-IGNORED"),
    ("ORDER-PUBLIC", "ORDER-MAP-UNLOCKED"),
    ("SEARCH-SQLI", "SEARCH-ROWS-NOT-CLOSED"),
    ("SEARCH-SQLI", "SEARCH-ERR-LEAK"),
    ("SEARCH-ROWS-NOT-CLOSED", "SEARCH-ERR-LEAK"),
    ("SHIP-SHELL", "SHIP-SHELL-STORED"),
    ("NOTIFY-NO-TIMEOUT", "NOTIFY-UNESCAPED"),
    ("INTAKE-RACE", "INTAKE-NEGATIVE"),
    ("TOAST-DAY-UNVALIDATED", "TOAST-LIMIT-OFF"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end: the order desk of a cooperage with barrel orders, an in-memory stave stock,
        order search in Postgres, shipping labels through a shell script and a toasting-fire rota.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 9 |
        | low | 3 |

        The shared state is the main theme. `Server.mu` exists and is used correctly in `handleStock` (copy under
        the lock), `handleToastBook` (deferred unlock) and `handleShip` (map lookup), but `handleCreateOrder`,
        `handleGetOrder` and `handleIntake` touch the same maps without it. `adminOnly` is done right (fails
        closed, `subtle.ConstantTimeCompare`); `shopOnly` next to it is not. `handleIntake` limits its body with
        `MaxBytesReader` and checks the wood; `handleSearch` checks its `Scan` errors.

        Injection and exposure:
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection through `customer` in order search",
              "Use a placeholder: `s.db.Query(\"... WHERE customer LIKE $1 ORDER BY id DESC LIMIT 100\", \"%\"+customer+\"%\")`.",
              symbol="Server.handleSearch", conf=0.93),
            F("SHIP-SHELL", "critical", "security", "`carrier` query parameter is run by `sh -c`",
              "Call `exec.Command(\"ship-label\", \"--carrier\", carrier, \"--to\", o.Customer)` without a shell and check `carrier` against the known carriers.",
              symbol="Server.handleShip", conf=0.92),
            F("SHIP-SHELL-STORED", "high", "security", "Customer name is quoted into the same shell command",
              "Single quotes do not protect it: a customer named `O'Neill & Sons` already breaks the command. The argv form above fixes both.",
              symbol="Server.handleShip", conf=0.78),
            F("SHOP-TOKEN-EMPTY", "high", "security", "`shopOnly` admits everyone when `SHOP_TOKEN` is unset",
              "Fail closed on an empty token and compare with `subtle.ConstantTimeCompare`, as `adminOnly` does.",
              symbol="Server.shopOnly", conf=0.85),
            F("SHOP-TOKEN-QUERY", "medium", "security", "Shop token is read from the URL query",
              "Take it from an `Authorization` header; query strings end up in logs and proxies.",
              symbol="Server.shopOnly", conf=0.72),
            F("ORDER-PUBLIC", "high", "security", "`GET /orders/{id}` has no authentication",
              "Wrap the route in `shopOnly` (or check the customer); ids are sequential and the order carries the customer's email.",
              d=-2, symbol="Server.handleGetOrder", conf=0.82),
            F("SEARCH-ERR-LEAK", "medium", "security", "Database errors are returned verbatim",
              "Log `err` and return a generic message.", symbol="Server.handleSearch", conf=0.7),
            F("NOTIFY-UNESCAPED", "medium", "security", "Customer email is concatenated into the mail URL",
              "Build the query with `url.Values{\"to\": {o.Email}, \"template\": {\"shipped\"}}.Encode()`.",
              symbol="Server.notify", conf=0.65),
            F("NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.7),
        ]),
        "Concurrency and correctness:",
        Block([
            F("STOCK-OVERSELL-RACE", "high", "bug", "Stave stock check-and-decrement is not under `s.mu`",
              "Hold `s.mu` from reading `have` to writing the new stock; two orders can both pass the check today.",
              d=-2, n=3, symbol="Server.handleCreateOrder", conf=0.88),
            F("ORDER-ID-RACE", "high", "bug", "Order ids and the orders map are updated without the lock",
              "Take `s.mu` around `s.nextID++` and the map write (or use the database id).",
              d=-1, n=2, symbol="Server.handleCreateOrder", conf=0.85),
            F("QTY-UNVALIDATED", "medium", "bug", "Order quantity is never validated",
              "Reject `o.Qty < 1`; a negative quantity currently adds staves to the stock.",
              symbol="Server.handleCreateOrder", conf=0.75),
            F("ORDER-INSERT-ERR-IGNORED", "medium", "bug", "Insert error is discarded",
              "Check the error from `s.db.Exec` and roll back the in-memory changes when it fails.",
              symbol="Server.handleCreateOrder", conf=0.75),
            F("ORDER-MAP-UNLOCKED", "medium", "bug", "`handleGetOrder` reads the orders map without the lock",
              "Read under `s.mu` like `handleShip` does; a concurrent write makes the runtime abort with `concurrent map read and map write`.",
              symbol="Server.handleGetOrder", conf=0.75),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "Result rows are never closed",
              "`defer rows.Close()` right after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleSearch", conf=0.8),
            F("INTAKE-RACE", "high", "bug", "Stock intake updates shared state without `s.mu`",
              "Lock around the update and the read used in the response.",
              symbol="Server.handleIntake", conf=0.85),
            F("INTAKE-NEGATIVE", "low", "bug", "Negative intakes are accepted",
              "Require `in.Staves > 0`; corrections deserve their own endpoint.",
              symbol="Server.handleIntake", conf=0.6),
            F("NOTIFY-NO-TIMEOUT", "low", "bug", "Shipping notification uses a client without a timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}`; each hung request pins a goroutine.",
              symbol="Server.notify", conf=0.65),
            F("STAVE-TABLE-OOB", "medium", "bug", "`staveCount` reads past the end of `staveTable`",
              "Loop with `i < len(staveTable)`; a 600-litre order panics instead of getting the 400.",
              symbol="staveCount", conf=0.9),
            F("TOAST-LIMIT-OFF", "low", "bug", "Toasting rota accepts a fifth booking for four fires",
              "Use `len(booked) >= firesPerDay`.", symbol="Server.handleToastBook", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "handleSearch: customer param -> fmt.Sprintf SQL",
              "$1 placeholder.", d=-2),
            F("SHIP-SHELL", "critical", "security", "handleShip: ?carrier= into sh -c", "exec without shell.", d=-1),
            F("SHOP-TOKEN-EMPTY", "high", "security", "shopOnly passes when SHOP_TOKEN is empty",
              "Reject empty config; constant-time compare."),
            F("ORDER-PUBLIC", "high", "security", "GET /orders/{id} unauthenticated (id from path, no check)",
              "Wrap with shopOnly.", d=-1),
            F("STOCK-OVERSELL-RACE", "high", "bug", "handleCreateOrder mutates s.stock without s.mu",
              "Lock.", d=3),
            F("INTAKE-RACE", "high", "bug", "handleIntake: s.stock / s.intakes unsynchronized", "Lock.", d=1),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleSearch", "defer rows.Close()."),
            F("QTY-UNVALIDATED", "medium", "bug", "Qty <= 0 accepted (negative qty increases stock)", "Validate."),
            F("ORDER-INSERT-ERR-IGNORED", "medium", "bug", "db.Exec error ignored in handleCreateOrder", "Handle it."),
            F("SHIP-STATUS-UNLOCKED", "medium", "bug", "o.Status written without lock after exec", "Lock."),
            F("STAVE-TABLE-OOB", "medium", "bug", "staveCount: i <= len -> index out of range", "i < len.", d=1),
            F("TOAST-LIMIT-OFF", "low", "bug", "toast limit check off by one", ">=."),
            F("NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server{...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `hoopdriver` service, a Go application that manages barrel orders and
        stave stock for a cooperage.

        **High-level observations**

        The service keeps most of its state (stock, orders, toasting bookings) in memory, protected by a single
        mutex. However, the mutex is used inconsistently, which leads to data races. There are also injection
        vulnerabilities in the search and shipping handlers.

        **Security findings**
        """,
        Block([
            F("SEARCH-SQLI", "major", "SQL Injection", "SQL Injection in Order Search",
              "Use parameterized queries.", d=-1,
              desc="The `customer` parameter is inserted into the query with `fmt.Sprintf`."),
            F("SHIP-SHELL", "major", "Command Injection", "Command Injection in Shipping Label Generation",
              "Avoid `sh -c`; pass arguments directly.", sd=-1, n=2),
            F("SHOP-TOKEN-QUERY", "major", "Sensitive Data Exposure", "Authentication Token Passed in URL",
              "Use an HTTP header for the token."),
            F("ORDER-PUBLIC", "major", "Broken Access Control", "Order Details Accessible Without Authentication",
              "Apply the `shopOnly` middleware to this route.", d=-2),
            F("SEARCH-ERR-LEAK", "minor", "Information Disclosure", "Database Error Messages Exposed",
              "Return a generic error message.", sd=-2, n=3),
            F("BODY-UNBOUNDED", "minor", "Denial of Service", "Unbounded Request Body in Order Creation",
              "Wrap the body in `http.MaxBytesReader`.", sd=-2, n=3),
            F("NO-TIMEOUTS", "minor", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        **Concurrency and logic findings**
        """,
        Block([
            F("STOCK-OVERSELL-RACE", "major", "Race Condition", "Data Race on Stave Stock",
              "Lock `s.mu` while checking and updating the stock.", d=-1, sd=-3, n=3,
              desc="Two concurrent orders can both read the same `have` value and both succeed."),
            F("ORDER-ID-RACE", "major", "Race Condition", "Concurrent Map Writes to Orders",
              "Protect `nextID` and `orders` with the mutex.", d=2, sd=0, n=3),
            F("ORDER-MAP-UNLOCKED", "minor", "Race Condition", "Unsynchronized Read of Orders Map",
              "Acquire the mutex before reading.", sd=-2, n=3),
            F("INTAKE-RACE", "major", "Race Condition", "Data Race in Stock Intake",
              "Acquire the mutex in `handleIntake`.", d=2, sd=0, n=3),
            U({"severity": "info", "category": "Code Style", "description": "Run gofmt and consider splitting main.go into packages."}),
            F("STAVE-TABLE-OOB", "major", "Logic Error", "Index Out of Range in staveCount",
              "Change `<=` to `<`.", d=1, sd=-1, n=3),
            F("NOTIFY-NO-TIMEOUT", "minor", "Resource Management", "HTTP Client Without Timeout",
              "Use a client with a timeout.", d=-1, sd=-1, n=2),
            F("TOAST-DAY-UNVALIDATED", "minor", "Input Validation", "Toasting Day Is Not Validated",
              "Parse the day with `time.Parse` and reject past dates.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SEARCH-SQLI", "high", "security", "sqli in order search", "use $1 placeholder", d=-1),
            F("SHIP-SHELL", "high", "security", "shell injection via carrier", "no sh -c"),
            F("SHOP-TOKEN-EMPTY", "high", "security", "empty SHOP_TOKEN = no auth", "require token"),
            F("ORDER-PUBLIC", "medium", "security", "order lookup has no auth", "add shopOnly"),
            F("STOCK-OVERSELL-RACE", "medium", "", "stock updated without mutex", "lock s.mu", d=-1),
            F("NOTIFY-UNESCAPED", "low", "security", "email not url-escaped", "url.QueryEscape"),
            F("INTAKE-NEGATIVE", "low", "bug", "negative staves accepted on intake", "validate > 0"),
            F("TOAST-LIMIT-OFF", "low", "bug", "5 bookings fit in 4 fires", "use >="),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        **Project:** hoopdriver (cooperage order desk, Go)

        ## Summary
        1. Two injection vulnerabilities (SQL in search, shell in shipping).
        2. Authentication weaknesses in `shopOnly` and a public order endpoint.
        3. Several data races on the shared stock and orders maps.
        4. Off-by-one errors in the stave table lookup and the toasting rota.
        5. Missing timeouts on the HTTP server and the notification client.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in order search", "Use query parameters.", conf=0.9),
            F("SEARCH-ERR-LEAK", "minor", "security", "Internal error details returned to the client",
              "Do not expose err.Error() to users.", d=-2, conf=0.6),
            F("SHIP-SHELL", "blocker", "security", "OS command injection through carrier parameter",
              "Do not run the label command through a shell.", d=-1, conf=0.9),
            F("SHOP-TOKEN-EMPTY", "major", "security", "Shop authentication bypass when token is not configured",
              "Reject requests when SHOP_TOKEN is empty.", conf=0.8),
            F("SHOP-TOKEN-QUERY", "minor", "security", "Token transmitted in URL query string",
              "Use a header.", conf=0.65),
            F("ORDER-PUBLIC", "major", "security", "Unauthenticated access to order details",
              "Add authentication middleware.", conf=0.8),
            F("QTY-UNVALIDATED", "major", "correctness", "Order quantity not validated",
              "Require a positive quantity.", conf=0.7),
            F("STOCK-OVERSELL-RACE", "major", "concurrency", "Race condition on stave stock",
              "Hold the mutex for the whole check-and-update.", conf=0.8),
            F("ORDER-ID-RACE", "major", "concurrency", "Order ID generation is not thread-safe",
              "Guard nextID with the mutex.", conf=0.75),
            F("INTAKE-RACE", "major", "concurrency", "Unsynchronized stock update on intake",
              "Use the mutex.", conf=0.8),
            F("STAVE-TABLE-OOB", "major", "correctness", "Out-of-bounds access in stave lookup",
              "Use i < len(staveTable).", conf=0.85),
            F("TOAST-LIMIT-OFF", "minor", "correctness", "Toasting fire capacity check off by one",
              "Use >= firesPerDay.", d=1, conf=0.7),
            F("NOTIFY-NO-TIMEOUT", "minor", "reliability", "Notification HTTP request has no timeout",
              "Use an http.Client with Timeout.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 7 major, 4 minor"),
    ]),
}
