"""test89/go-accordlab: a perfumer's blending-lab orders (Go, net/http + database/sql). Labels next to each finding.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's answers,
specs or truth (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test89 (score once, never tune): seeded problems in a perfumer's blending-lab order service; "
    "five agents' answers written by hand."
)

M = "main.go"

PROBLEMS = {
    "HITS-MAP-RACE": P(M, "s.hits[r.URL.Path]++", "bug",
                       "hits map incremented from every request goroutine without s.mu: concurrent map writes "
                       "crash the process, counts are lost", "critical-section"),
    "HITS-UNBOUNDED": P(M, "s.hits[r.URL.Path]++", "performance",
                        "one map key per distinct request path, never pruned: unbounded memory from random URLs"),
    "ORDER-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&o); err != nil {", "security",
                              "public order body decoded without http.MaxBytesReader (no size limit)"),
    "FLOAT-EQUALITY": P(M, "if total != 100 || o.VolumeMl == 0 {", "bug",
                        "float sum compared with != 100: valid formulas like 33.3+33.3+33.4 are rejected"),
    "VOLUME-NEGATIVE": P(M, "if total != 100 || o.VolumeMl == 0 {", "bug",
                         "only zero volume is rejected: negative volumes pass and later add stock back"),
    "IFRA-SKIPS-FIRST": P(M, "for i := 1; i < len(o.Lines); i++ {", "bug",
                          "IFRA loop starts at 1: the first material of every formula is never checked", "off-by-one"),
    "IFRA-CASE-SENSITIVE": P(M, "if limit, ok := s.ifra[l.Material]; ok && l.Percent > limit {", "bug",
                             "material looked up verbatim: 'Oakmoss' or 'oakmoss ' misses the IFRA table and passes"),
    "DB-ERROR-LEAK": P(M, '"could not save order: "+err.Error()', "security",
                       "database error text returned to the public client"),
    "ORDER-PUBLIC": P(M, "o, _ := s.findOrder(id)", "security",
                      "GET /orders/{id} is registered without labOnly and checks no owner: any customer's "
                      "formula by sequential id", "signature-vs-statement"),
    "ORDER-MISSING-200": P(M, "o, _ := s.findOrder(id)", "bug",
                           "unknown order id answers 200 with a zero Order instead of 404"),
    "LIST-START-UNCHECKED": P(M, "list := append([]Order(nil), s.orders[start:end]...)", "bug",
                              "start not bounded: a page past the end (or a negative page) slices out of range "
                              "and panics", "off-by-one"),
    "LIST-PANIC-HOLDS-LOCK": P(M, "s.mu.Unlock()", "bug",
                               "unlock not deferred: after that panic s.mu stays locked and every later request hangs",
                               nth=3),
    "STOCK-RACE": P(M, "s.stock[l.Material] -= need", "bug",
                    "stock map read and written by concurrent starts without s.mu: data race, oversold "
                    "materials, possible concurrent map write crash", "critical-section"),
    "STOCK-PARTIAL-DEDUCT": P(M, 'http.Error(w, "short of "+l.Material', "bug",
                              "on a shortage the materials already deducted (and this one) are not put back"),
    "LABEL-SHELL": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"label-print --text '\"+text+\"'\")", "security",
                     "customer-chosen fragrance name run through sh -c: command injection", "signature-vs-statement"),
    "PRICE-CACHE-RACE": P(M, "p := s.fetchPrice(material)", "bug",
                          "prices map read without priceMu while other goroutines write it; concurrent misses "
                          "all fetch the same price", "critical-section"),
    "SUPPLIER-NO-TIMEOUT": P(M, 'resp, err := http.Get(supplierURL + "?material=" + material)', "bug",
                             "http.Get with the default client has no timeout: a slow supplier hangs quotes"),
    "SUPPLIER-QUERY-UNESCAPED": P(M, 'resp, err := http.Get(supplierURL + "?material=" + material)', "bug",
                                  "material name not query-escaped: '&', '#' or spaces ask the supplier for the wrong item"),
    "PRICE-ZERO-ON-ERROR": P(M, "return 0", "bug",
                             "a failed supplier call prices the material at 0 and priceOf caches it for good", nth=0),
    "QUOTE-GRAMS-TRUNCATE": P(M, "grams := int(l.Percent) * o.VolumeMl / 100", "bug",
                              "int(l.Percent) drops fractional percentages: 0.5% materials cost nothing in the quote"),
    "SDS-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.sdsDir, name))", "security",
                       "material query value joined to sdsDir: ../ reads any file (ServeFile only checks the URL path)",
                       "source-vs-sink"),
    "SEARCH-SQLI": P(M, "WHERE customer = '\" + customer + \"'", "security",
                     "customer query value concatenated into SQL", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", s.counted(mux)))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("HITS-MAP-RACE", "HITS-UNBOUNDED"),
    ("FLOAT-EQUALITY", "VOLUME-NEGATIVE"),
    ("IFRA-SKIPS-FIRST", "IFRA-CASE-SENSITIVE"),
    ("ORDER-PUBLIC", "ORDER-MISSING-200"),
    ("LIST-START-UNCHECKED", "LIST-PANIC-HOLDS-LOCK"),
    ("STOCK-RACE", "STOCK-PARTIAL-DEDUCT"),
    ("SUPPLIER-NO-TIMEOUT", "SUPPLIER-QUERY-UNESCAPED"),
    ("SUPPLIER-NO-TIMEOUT", "PRICE-ZERO-ON-ERROR"),
    ("SUPPLIER-QUERY-UNESCAPED", "PRICE-ZERO-ON-ERROR"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, which holds the whole accordlab service: public order intake, a lab-only
        workflow to start blending, quotes, safety data sheets and a customer search.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 9 |
        | low | 2 |

        Several things are done right and I would keep them: `labOnly` fails closed when `LAB_TOKEN` is unset
        and compares with `subtle.ConstantTimeCompare`; `findOrder` and the batch counter hold `s.mu`;
        `handleQuote` returns 404 for an unknown order; vials are rounded up; and `handleSearch` closes its rows
        and checks both `Scan` and `rows.Err()`. The problems are mostly in what is public, in shared maps
        touched without their locks, and in the arithmetic of formulas.
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection in `/search` via `customer`",
              "Use a placeholder: `s.db.Query(\"... WHERE customer = $1 ORDER BY id DESC\", customer)`.",
              symbol="Server.handleSearch", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "Fragrance name reaches `sh -c` when printing labels",
              "Run `exec.Command(\"label-print\", \"--text\", text)` directly; the name is chosen by the customer on the public `POST /orders`.",
              symbol="Server.printLabel", conf=0.9),
            F("SDS-TRAVERSAL", "critical", "security", "`/sds` serves any file via `material=../..`",
              "Reject names containing a path separator or `..`, or use `http.FileServer(http.Dir(s.sdsDir))`.",
              symbol="Server.handleSDS", conf=0.9),
            F("ORDER-PUBLIC", "high", "security", "Orders, including full formulas, are readable by anyone",
              "Register the route behind `labOnly` or require a per-order access token; ids are sequential.",
              symbol="Server.handleOrder", conf=0.85),
            F("DB-ERROR-LEAK", "medium", "security", "Database errors are returned to public clients",
              "Log `err` and return a generic message.", symbol="Server.handleCreate", conf=0.75),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Concurrency and correctness:",
        Block([
            F("STOCK-RACE", "high", "bug", "`handleStart` mutates `s.stock` without `s.mu`",
              "Lock `s.mu` around the whole check-and-deduct loop; two lab techs starting orders at once race on the map.",
              symbol="Server.handleStart", conf=0.9),
            F("STOCK-PARTIAL-DEDUCT", "medium", "bug", "A shortage leaves earlier deductions in place",
              "Check every material first, then deduct, all under the lock.", symbol="Server.handleStart", conf=0.8),
            F("HITS-MAP-RACE", "high", "bug", "`counted` writes `s.hits` from every request without a lock",
              "Take `s.mu` (or use a `sync.Map`/atomic counters); concurrent map writes are fatal in Go.",
              symbol="Server.counted", conf=0.9),
            F("HITS-UNBOUNDED", "low", "performance", "`s.hits` grows with every distinct path",
              "Key by route pattern (`r.Pattern`) instead of the raw path.", symbol="Server.counted", conf=0.6),
            F("PRICE-CACHE-RACE", "high", "bug", "`priceOf` reads `s.prices` without `priceMu`",
              "Take `priceMu.RLock()` for the lookup (or a single `Lock` around lookup and fill to avoid duplicate fetches).",
              d=-3, symbol="Server.priceOf", conf=0.85),
            F("PRICE-ZERO-ON-ERROR", "medium", "bug", "Supplier errors are cached as a price of zero",
              "Return an error and do not cache it; quote as unavailable.", symbol="Server.fetchPrice", conf=0.75),
            F("SUPPLIER-NO-TIMEOUT", "medium", "bug", "Supplier call uses the default client without a timeout",
              "Use an `http.Client{Timeout: 5 * time.Second}`.", symbol="Server.fetchPrice", conf=0.8),
            F("IFRA-SKIPS-FIRST", "high", "bug", "IFRA check skips the first material",
              "Range over all lines: `for _, l := range o.Lines`.", symbol="Server.handleCreate", conf=0.9),
            F("IFRA-CASE-SENSITIVE", "medium", "bug", "IFRA limits are looked up by the raw material name",
              "Normalise names (`strings.ToLower(strings.TrimSpace(...))`) and reject materials that are not in the catalogue.",
              symbol="Server.handleCreate", conf=0.65),
            F("FLOAT-EQUALITY", "medium", "bug", "Exact float comparison of the percentage total",
              "Accept `math.Abs(total-100) < 0.01`.", symbol="Server.handleCreate", conf=0.8),
            F("VOLUME-NEGATIVE", "medium", "bug", "Negative volumes are accepted",
              "Require `o.VolumeMl > 0` (and a sensible maximum).", symbol="Server.handleCreate", conf=0.75),
            F("LIST-START-UNCHECKED", "medium", "bug", "`/orders` panics for a page past the end",
              "Clamp `start` to `[0, len(s.orders)]` and reject negative pages.", symbol="Server.handleList", conf=0.85),
            F("LIST-PANIC-HOLDS-LOCK", "high", "bug", "That panic happens with `s.mu` held",
              "`defer s.mu.Unlock()` right after `Lock`; net/http recovers the panic but the mutex stays locked and the service deadlocks.",
              symbol="Server.handleList", conf=0.8),
            F("QUOTE-GRAMS-TRUNCATE", "medium", "bug", "Quote truncates percentages to whole numbers",
              "Compute in float: `grams := l.Percent * float64(o.VolumeMl) / 100 * density`, as `handleStart` does.",
              symbol="Server.handleQuote", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQLi in handleSearch (customer)", "use $1.", d=-1),
            F("LABEL-SHELL", "critical", "security", "printLabel: sh -c with customer-controlled name", "no shell.", d=-2),
            F("SDS-TRAVERSAL", "high", "security", "handleSDS: path traversal via ?material=", "filepath.Base + check.", d=-1),
            F("ORDER-PUBLIC", "high", "security", "GET /orders/{id} unauthenticated", "labOnly or token.", d=-2),
            F("ORDER-MISSING-200", "low", "bug", "handleOrder ignores findOrder's ok", "404."),
            F("STOCK-RACE", "high", "bug", "handleStart: unsynchronized s.stock access", "lock s.mu.", d=1),
            F("HITS-MAP-RACE", "high", "bug", "counted: concurrent writes to s.hits", "mutex/atomic.", d=-1),
            F("IFRA-SKIPS-FIRST", "high", "bug", "IFRA validation starts at index 1", "i := 0.", d=1),
            F("FLOAT-EQUALITY", "medium", "bug", "total != 100 on float64", "epsilon."),
            F("LIST-START-UNCHECKED", "medium", "bug", "handleList: slice bounds out of range for large page", "clamp start.", d=-2),
            F("SUPPLIER-NO-TIMEOUT", "medium", "bug", "fetchPrice: http.Get without timeout", "client with Timeout."),
            F("QUOTE-GRAMS-TRUNCATE", "medium", "bug", "handleQuote: int(l.Percent) truncation", "float math."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the accordlab Go service, which takes custom fragrance orders, validates them
        against IFRA limits, manages raw material stock and prints bottle labels.

        ### Key Security Risks

        The most serious issues are injection vulnerabilities (SQL and shell) and unauthenticated access to
        order data and files on the server.
        """,
        Block([
            F("SEARCH-SQLI", "critical", "SQL Injection", "SQL Injection in Customer Search",
              "Use parameterized queries.", sd=-1, n=2,
              desc="The `customer` query parameter is concatenated into the SQL statement."),
            F("LABEL-SHELL", "critical", "Command Injection", "Command Injection in Label Printing",
              "Invoke `label-print` directly without a shell.", sd=-2, n=3,
              desc="The order name, supplied by the customer, is wrapped in single quotes and passed to `sh -c`; a name containing a quote breaks out."),
            F("SDS-TRAVERSAL", "major", "Path Traversal", "Path Traversal in Safety Data Sheet Download",
              "Validate the `material` parameter.", sd=-2, n=3),
            F("ORDER-PUBLIC", "major", "Broken Access Control", "Unauthenticated Access to Orders",
              "Protect the endpoint with `labOnly`.", sd=-2, n=3,
              desc="Anyone can enumerate order ids and read the customer's name and the complete formula."),
            F("DB-ERROR-LEAK", "minor", "Information Disclosure", "Database Error Messages Exposed",
              "Return a generic error.", sd=-1, n=2),
            F("ORDER-BODY-UNBOUNDED", "minor", "Denial of Service", "No Request Body Size Limit",
              "Wrap the body in `http.MaxBytesReader`.", sd=-1, n=3),
            F("SERVER-NO-TIMEOUTS", "minor", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Concurrency and Logic

        Shared maps are accessed from request goroutines without consistent locking, and some of the formula
        arithmetic is inaccurate.
        """,
        Block([
            F("STOCK-RACE", "major", "Race Condition", "Data Race on Material Stock",
              "Hold `s.mu` while reading and updating stock.", d=1, sd=-1, n=3),
            F("HITS-MAP-RACE", "major", "Concurrency", "Concurrent Map Writes in Request Counter",
              "Protect the map with a mutex.", d=1, sd=-1, n=3),
            F("PRICE-CACHE-RACE", "major", "Race Condition", "Unsynchronized Price Cache Read",
              "Use `priceMu.RLock()` when reading the cache.", d=2, sd=0, n=3),
            U({"severity": "info", "category": "Style", "description": "Consider splitting handlers into separate files."}),
            F("SUPPLIER-QUERY-UNESCAPED", "minor", "Logic Error", "Unescaped Query Parameter in Supplier Request",
              "Build the URL with `url.Values`.", sd=-1, n=2),
            F("IFRA-SKIPS-FIRST", "major", "Logic Error", "IFRA Validation Skips First Ingredient",
              "Start the loop at index 0.", sd=-2, n=3),
            F("QUOTE-GRAMS-TRUNCATE", "minor", "Logic Error", "Precision Loss in Quote Calculation",
              "Avoid converting the percentage to an integer.", sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LABEL-SHELL", "high", "security", "shell injection via order name in printLabel", "exec without sh"),
            F("SDS-TRAVERSAL", "high", "security", "path traversal in /sds", "filepath.Base"),
            F("ORDER-PUBLIC", "medium", "security", "order details readable without auth", "wrap with labOnly"),
            F("STOCK-RACE", "high", "bug", "stock map race in handleStart", "lock"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("IFRA-SKIPS-FIRST", "high", "bug", "first ingredient never ifra-checked", "start at 0"),
            F("VOLUME-NEGATIVE", "medium", "bug", "negative volume_ml accepted", "volume > 0"),
            F("HITS-UNBOUNDED", "low", "", "hits map grows per path", "use route pattern"),
            F("SUPPLIER-NO-TIMEOUT", "low", "bug", "no http timeout for supplier", "http.Client{Timeout}"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        accordlab is a Go HTTP service for fragrance orders. 16 issues were identified:

        1. SQL injection and command injection.
        2. Path traversal in the SDS download.
        3. Unauthenticated order access.
        4. Data races on shared maps (stock, hits, prices).
        5. Validation gaps in the IFRA check and the order totals.
        6. Error handling that leaks details or silently zeroes prices.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in search endpoint",
              "Use query parameters.", conf=0.95),
            F("LABEL-SHELL", "blocker", "security", "Command injection via label printing",
              "Do not use sh -c.", conf=0.9),
            F("SDS-TRAVERSAL", "major", "security", "Directory traversal in SDS handler",
              "Clean and validate the path.", conf=0.85),
            F("ORDER-PUBLIC", "major", "security", "Missing authentication on order details",
              "Require the lab token.", d=-1, conf=0.8),
            F("DB-ERROR-LEAK", "minor", "security", "Internal error details returned to client",
              "Log instead.", conf=0.7),
            F("STOCK-RACE", "major", "concurrency", "Race condition on stock map",
              "Guard with s.mu.", d=-1, conf=0.85),
            F("STOCK-PARTIAL-DEDUCT", "major", "correctness", "Stock not restored after a shortage",
              "Validate all materials before deducting.", conf=0.75),
            F("HITS-MAP-RACE", "major", "concurrency", "Unsynchronized hit counter map",
              "Use a mutex.", conf=0.85),
            F("PRICE-CACHE-RACE", "major", "concurrency", "Price cache read without lock",
              "Use RLock for reads.", conf=0.8),
            F("PRICE-ZERO-ON-ERROR", "minor", "reliability", "Supplier failure results in zero price",
              "Propagate the error.", conf=0.7),
            F("IFRA-SKIPS-FIRST", "major", "correctness", "Off-by-one in IFRA limit loop",
              "Iterate from 0.", d=1, conf=0.85),
            F("IFRA-CASE-SENSITIVE", "minor", "correctness", "IFRA lookup does not normalise material names",
              "Normalise the names before the lookup.", anchor="for i := 1; i < len(o.Lines); i++ {", conf=0.6),
            F("FLOAT-EQUALITY", "minor", "correctness", "Floating point equality check on percentage total",
              "Use a tolerance.", conf=0.75),
            F("LIST-START-UNCHECKED", "major", "correctness", "Slice out of range in order listing",
              "Bound the start index.", d=-1, conf=0.8),
            F("HITS-UNBOUNDED", "minor", "performance", "Hit counter keyed by raw path grows unbounded",
              "Key by route.", conf=0.6),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "No server timeouts configured",
              "Use http.Server with timeouts.", conf=0.65),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 8 major, 6 minor"),
    ]),
}
