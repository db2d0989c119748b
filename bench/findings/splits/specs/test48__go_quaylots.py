"""test48/go-quaylots: the lot tally of a harbour fish auction (Go, net/http + database/sql). Labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's
answers (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test48: seeded problems in a harbour fish auction's lot tally; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "BUYER-CARD-SPOOF": P(M, 'err := s.db.QueryRow("SELECT active FROM buyers WHERE card = $1", card).Scan(&active)', "security", "a buyer is whoever sends an active card number in X-Buyer-Card: no secret, cards are printed and guessable", "signature-vs-statement"),
    "BOXES-ERR-IGNORED": P(M, 'boxes, _ := strconv.Atoi(r.FormValue("boxes"))', "bug", "boxes parse error ignored and not range-checked: lots with 0 or negative boxes"),
    "RESERVE-ERR-IGNORED": P(M, 'reserve, _ := strconv.ParseInt(r.FormValue("reserve_cents"), 10, 64)', "bug", "reserve parse error ignored: a mistyped reserve becomes 0 and the lot can go for anything"),
    "BID-RACE": P(M, "accepted := lot != nil && !lot.Sold && amount >= lot.High+minStepCents", "bug", "lot read under s.mu, then checked and written without it: concurrent bids both accepted, the higher one lost, and races with the hammer", "critical-section"),
    "BID-AFTER-CLOSE": P(M, "accepted := lot != nil && !lot.Sold && amount >= lot.High+minStepCents", "bug", "lot.Closes is never checked: bids after the lot's time has run out are accepted"),
    "HAMMER-BELOW-RESERVE": P(M, "lot.Sold = true", "bug", "hammer sells the lot even when the highest bid is below the reserve"),
    "HAMMER-TWICE": P(M, "s.tallies[lot.Bidder] += lot.High", "bug", "hammering an already sold lot adds its price to the buyer's tally again"),
    "RING-INDEX-OBO": P(M, "lot = s.lots[s.order[n]]", "bug", "ring position n is 1-based but indexes order[n]: shows the next lot and panics for n == len(order)", "off-by-one"),
    "SEARCH-SQLI": P(M, "species = '\" + species + \"' ORDER BY id DESC LIMIT 200\"", "security", "species query value concatenated into the SQL", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "search rows never closed: a connection leaks per request"),
    "SEARCH-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (with the injected SQL) sent to the client"),
    "SCAN-ERR-IGNORED": P(M, "rows.Scan(&l.ID, &l.Vessel, &l.Species, &l.Boxes, &l.Kg, &l.High)", "bug", "Scan error ignored (NULL hammer_cents): zero-valued lots in the result"),
    "TALLY-SKIPS-FIRST": P(M, "for i := 1; i < len(amounts); i++ {", "bug", "tally loop starts at 1: the buyer's first lot is never charged", "off-by-one"),
    "FEE-TRUNCATES": P(M, "fee := total * landingFeePct / 100", "bug", "landing fee truncated by integer division instead of rounded to the cent"),
    "INVOICE-OTHER-BUYER": P(M, 'buyer := r.URL.Query().Get("buyer")', "security", "invoice for any buyer given in the query, not the caller's own card"),
    "INVOICE-TMP-PREDICTABLE": P(M, 'out := "/tmp/invoice-" + buyer + ".pdf"', "security", "invoice written to a predictable shared /tmp path (and the path is built from the query)"),
    "INVOICE-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "invoice-pdf --buyer "+buyer+" > "+out)', "security", "buyer query value concatenated into an sh -c command", "source-vs-sink"),
    "CERT-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.certDir, name))", "security", "PathValue is unescaped (..%2F): catch certificates path joined to certDir without a check", "signature-vs-statement"),
    "BOARD-RACE": P(M, "if l.Sold {", "bug", "refreshBoard ranges over s.lots and reads lot fields without s.mu while handlers write them: concurrent map iteration and write, torn lots on the board", "critical-section"),
    "HAMMER-NO-AUTH": P(M, 'mux.HandleFunc("POST /lots/{id}/hammer", s.handleHammer)', "security", "hammer route not behind auctioneerOnly: anyone can close a lot"),
    "TALLY-PUBLIC": P(M, 'mux.HandleFunc("GET /buyers/{card}/tally", s.handleTally)', "security", "any caller reads any buyer's tally by card number"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("BOXES-ERR-IGNORED", "RESERVE-ERR-IGNORED"),
    ("BID-RACE", "BID-AFTER-CLOSE"),
    ("HAMMER-BELOW-RESERVE", "HAMMER-TWICE"),
    ("SEARCH-SQLI", "ROWS-NOT-CLOSED"),
    ("SEARCH-SQLI", "SEARCH-DB-ERROR-LEAK"),
    ("TALLY-SKIPS-FIRST", "FEE-TRUNCATES"),
    ("INVOICE-OTHER-BUYER", "INVOICE-SHELL"),
    ("INVOICE-TMP-PREDICTABLE", "INVOICE-SHELL"),
    ("INVOICE-OTHER-BUYER", "INVOICE-TMP-PREDICTABLE"),
    ("HAMMER-NO-AUTH", "TALLY-PUBLIC"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `quaylots` is a single `main.go`: an in-memory auction ring (`Server.lots`, `order`, `tallies`) backed by
        PostgreSQL. The money path is the weak part: bids are accepted outside the lock, the hammer ignores the
        reserve and can be repeated, and the tally drops the first lot. Two routes that should be auctioneer-only
        are open, buyer identity is just a card number, and search and invoicing build SQL and shell commands
        from the query string.

        Fine as written: `auctioneerOnly` fails closed with `subtle.ConstantTimeCompare`, `handleAddLot`
        validates `kg` and holds `s.mu` for the map and the ring order, `handleHammer` holds the lock for its
        whole body, `handleTally` closes its rows and checks `Scan`, and `refreshBoard`/`handleBoard` swap and
        read the board under the lock.

        | priority | count |
        |---|---|
        | critical | 3 |
        | high | 9 |
        | medium | 7 |
        | low | 2 |
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection through `species` in lot search",
              "Use a placeholder: `... AND species = $1` with `species` as an argument.", symbol="Server.handleSearch", conf=0.95),
            F("INVOICE-SHELL", "critical", "security", "Shell injection in invoice generation via `buyer`",
              "`exec.Command(\"invoice-pdf\", \"--buyer\", me)` writing to a file from `os.CreateTemp`, no shell.",
              symbol="Server.handleInvoice", conf=0.9),
            F("INVOICE-OTHER-BUYER", "high", "security", "Any buyer can fetch another buyer's invoice",
              "Ignore `?buyer=` and use the card returned by `buyerFrom`.", symbol="Server.handleInvoice", conf=0.85),
            F("INVOICE-TMP-PREDICTABLE", "medium", "security", "Invoices go to a predictable path in shared /tmp",
              "Use `os.CreateTemp` in a private directory and remove the file after serving it.",
              symbol="Server.handleInvoice", conf=0.7),
            F("CERT-TRAVERSAL", "high", "security", "Path traversal in catch certificate download",
              "Reject names containing `/`, `\\\\` or `..` after `PathValue` (it is unescaped), or serve from an `os.Root`/`http.Dir`.",
              symbol="Server.handleCert", conf=0.8),
            F("HAMMER-NO-AUTH", "critical", "security", "`POST /lots/{id}/hammer` is not wrapped in `auctioneerOnly`",
              "Register it as `s.auctioneerOnly(s.handleHammer)`.", symbol="main", conf=0.9),
            F("TALLY-PUBLIC", "high", "security", "Buyer tallies are readable by anyone who knows a card number",
              "Require the buyer's own credentials or the auctioneer token.", symbol="main", conf=0.8),
            F("BUYER-CARD-SPOOF", "high", "security", "Buyer identity is a bare card number in a header",
              "Issue terminals a per-session secret (or sign the card) and check it here.", symbol="Server.buyerFrom", conf=0.75),
            F("SEARCH-DB-ERROR-LEAK", "medium", "security", "Search returns raw database errors",
              "Log `err` and send a generic message.", symbol="Server.handleSearch", conf=0.75),
        ]),
        "Auction logic and resources:",
        Block([
            F("BID-RACE", "high", "bug", "Bids are checked and applied after `s.mu` is released",
              "Keep the lock from the map lookup through the update of `High`/`Bidder`.", symbol="Server.handleBid", conf=0.85),
            F("BID-AFTER-CLOSE", "high", "bug", "Bids are accepted after the lot has closed",
              "Add `time.Now().Before(lot.Closes)` to the acceptance test.", symbol="Server.handleBid", conf=0.8),
            F("HAMMER-BELOW-RESERVE", "high", "bug", "Hammer ignores the reserve price",
              "If `lot.High < lot.Reserve`, mark the lot withdrawn instead of sold.", symbol="Server.handleHammer", conf=0.8),
            F("HAMMER-TWICE", "high", "bug", "Hammering a sold lot again double-counts it in the tally",
              "Return 409 when `lot.Sold` is already true.", symbol="Server.handleHammer", conf=0.8),
            F("TALLY-SKIPS-FIRST", "high", "bug", "Tally never charges the buyer's first lot",
              "`for _, c := range amounts { total += c }`.", symbol="Server.handleTally", conf=0.9),
            F("FEE-TRUNCATES", "low", "bug", "Landing fee is truncated rather than rounded",
              "`(total*landingFeePct + 50) / 100`.", symbol="Server.handleTally", conf=0.55),
            F("RING-INDEX-OBO", "medium", "bug", "`/ring/{n}` indexes `order[n]` for a 1-based n",
              "Use `s.order[n-1]`; today `/ring/1` shows the second lot and the last position panics.",
              symbol="Server.handleRing", conf=0.85),
            F("BOARD-RACE", "medium", "bug", "`refreshBoard` iterates `s.lots` without holding `s.mu`",
              "Take the lock around the loop, not only the assignment: a concurrent `handleAddLot` makes the runtime abort with a concurrent map iteration and write.",
              d=-1, symbol="Server.refreshBoard", conf=0.8),
            F("ROWS-NOT-CLOSED", "medium", "bug", "Search leaks its `*sql.Rows`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.handleSearch", conf=0.8),
            F("SCAN-ERR-IGNORED", "low", "bug", "Search ignores `rows.Scan` errors",
              "Check the error; `hammer_cents` is NULL for unsold rows the query may return.", symbol="Server.handleSearch", conf=0.6),
            F("BOXES-ERR-IGNORED", "medium", "bug", "`boxes` is parsed with its error discarded",
              "Reject a non-numeric or non-positive box count.", symbol="Server.handleAddLot", conf=0.7),
            F("RESERVE-ERR-IGNORED", "medium", "bug", "A malformed reserve silently becomes 0",
              "Return 400 when `reserve_cents` does not parse.", symbol="Server.handleAddLot", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "species query param concatenated into SQL", "$1 placeholder", d=-1),
            F("INVOICE-SHELL", "critical", "security", "handleInvoice: ?buyer= reaches sh -c", "exec.Command without shell", d=-2),
            F("CERT-TRAVERSAL", "high", "security", "handleCert serves filepath.Join(certDir, name) for unescaped name", "reject .. and separators", d=-3),
            F("HAMMER-NO-AUTH", "high", "security", "hammer route missing auctioneerOnly", "wrap handler"),
            F("BUYER-CARD-SPOOF", "medium", "security", "buyerFrom: header card number is the only credential", "real auth", d=-3),
            F("BID-RACE", "high", "bug", "handleBid mutates *Lot after Unlock (data race with hammer/other bids)", "hold s.mu", d=-2),
            F("HAMMER-BELOW-RESERVE", "medium", "bug", "reserve not enforced on hammer", "compare High with Reserve"),
            F("TALLY-SKIPS-FIRST", "high", "bug", "tally sum skips amounts[0]", "start at 0", d=1),
            F("RING-INDEX-OBO", "medium", "bug", "bounds check n <= len(order) then order[n]: out of range", "n-1", d=-1),
            F("BOARD-RACE", "medium", "bug", "refreshBoard ranges over s.lots unlocked", "lock", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleSearch", "defer rows.Close()"),
            F("RESERVE-ERR-IGNORED", "low", "bug", "ParseInt error dropped for reserve_cents", "400 on error"),
            F("NO-TIMEOUTS", "low", "security", "ListenAndServe without timeouts", "http.Server{ReadHeaderTimeout: ...}"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the Go fish auction service in `main.go`. Here is a summary of my findings.

        ### Security Vulnerabilities

        The service has several injection vulnerabilities and missing authorization checks. Sensitive
        operations such as closing a lot are reachable without the auctioneer token.
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Lot Search",
              "Use parameterized queries.", d=1, sd=-1, n=3,
              desc="The `species` parameter is concatenated into the query string and executed."),
            F("SEARCH-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("INVOICE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Invoice Generation",
              "Do not use `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("INVOICE-OTHER-BUYER", "HIGH", "Broken Access Control", "Invoice Access Not Restricted to the Requesting Buyer",
              "Use the authenticated buyer's card.", sd=-2, n=3),
            F("INVOICE-TMP-PREDICTABLE", "MEDIUM", "Insecure Temporary File", "Predictable Temporary File Path for Invoices",
              "Use `os.CreateTemp`.", sd=-2, n=3),
            F("CERT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Download",
              "Validate the file name.", sd=-2, n=3),
            F("HAMMER-NO-AUTH", "CRITICAL", "Broken Access Control", "Missing Authorization on Hammer Endpoint",
              "Wrap the handler with `auctioneerOnly`.", sd=-2, n=3),
            F("TALLY-PUBLIC", "MEDIUM", "Information Disclosure", "Buyer Tally Exposed Without Authentication",
              "Require authentication.", sd=-2, n=3),
            F("BUYER-CARD-SPOOF", "MEDIUM", "Broken Authentication", "Weak Buyer Authentication",
              "Use a proper session or token.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            F("BID-RACE", "HIGH", "Race Condition", "Race Condition in Bid Handling",
              "Hold the mutex while checking and updating the lot.", d=2, sd=0, n=3,
              desc="The lot pointer is read under the lock, but the comparison and the update of `High` and `Bidder` happen after `Unlock`, so two bids can both win."),
            F("BID-AFTER-CLOSE", "MEDIUM", "Business Logic", "Lot Closing Time Not Enforced",
              "Check `lot.Closes` before accepting a bid.", sd=-2, n=3),
            F("HAMMER-BELOW-RESERVE", "HIGH", "Business Logic", "Reserve Price Not Enforced at Hammer",
              "Compare the high bid with the reserve.", sd=-2, n=3),
            F("RING-INDEX-OBO", "MEDIUM", "Logic Error", "Index Out of Range in Ring Lookup",
              "Use `n-1`.", sd=-2, n=3),
            F("TALLY-SKIPS-FIRST", "HIGH", "Logic Error", "First Lot Omitted From Buyer Tally",
              "Start the loop at index 0.", sd=-2, n=3),
            F("BOARD-RACE", "MEDIUM", "Concurrency", "Unsynchronized Map Iteration in Board Refresh",
              "Hold `s.mu` while iterating over `s.lots`.", sd=-2, n=3),
            F("BOXES-ERR-IGNORED", "LOW", "Input Validation", "Box Count Parse Error Ignored",
              "Validate `boxes`.", sd=-1, n=3),
            U({"severity": "INFO", "category": "Best Practice", "description": "Consider using a router library such as chi."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SEARCH-SQLI", "error", "security", "sql injection in search", "placeholders"),
            F("INVOICE-SHELL", "error", "security", "sh -c with buyer param", "no shell"),
            F("CERT-TRAVERSAL", "error", "security", "path traversal in cert download", "clean name"),
            F("TALLY-SKIPS-FIRST", "error", "bug", "tally loop starts at 1", "start at 0"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BID-RACE", "warning", "", "bid updated outside lock", "keep lock"),
            F("HAMMER-TWICE", "warning", "bug", "lot can be hammered twice", "check Sold"),
            F("SEARCH-DB-ERROR-LEAK", "warning", "security", "sql error sent to client", "generic error"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in lot search, shell in invoice generation, path traversal in certificates.
        2. Authorization: hammer and tally routes are open; buyer identity is weak; invoices for any buyer.
        3. Auction correctness: reserve, double hammer, closing time, tally and ring indexing.
        4. Concurrency: bids and the board refresh touch shared state without the mutex.
        5. Resource handling: rows not closed, scan and parse errors ignored.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in species search", "Use query parameters.", conf=0.95),
            F("INVOICE-SHELL", "blocker", "security", "OS command injection in invoice generation", "Avoid sh -c.", d=-2, conf=0.9),
            F("INVOICE-OTHER-BUYER", "major", "security", "Horizontal privilege escalation on invoices", "Use the authenticated buyer.", conf=0.8),
            F("CERT-TRAVERSAL", "major", "security", "Directory traversal in certificate endpoint", "Sanitize name.", conf=0.8),
            F("HAMMER-NO-AUTH", "blocker", "security", "Unauthenticated hammer endpoint", "Apply auctioneerOnly.", conf=0.9),
            F("TALLY-PUBLIC", "major", "security", "Unauthenticated tally endpoint", "Apply authorization.", conf=0.8),
            F("BUYER-CARD-SPOOF", "minor", "security", "Buyer authentication by card number only", "Add a secret.", conf=0.6),
            F("BID-RACE", "major", "concurrency", "Data race on lot fields in bid handler", "Hold the lock during update.", d=-1, conf=0.85),
            F("BID-AFTER-CLOSE", "major", "correctness", "Bids accepted after lot closing time", "Check Closes.", conf=0.75),
            F("HAMMER-TWICE", "major", "correctness", "Repeated hammer double counts tally", "Check Sold flag.", conf=0.75),
            F("RING-INDEX-OBO", "major", "correctness", "Off-by-one in ring index", "Use n-1.", conf=0.85),
            F("TALLY-SKIPS-FIRST", "major", "correctness", "Off-by-one in tally loop", "Iterate from 0.", conf=0.9),
            F("FEE-TRUNCATES", "minor", "correctness", "Fee calculation truncates cents", "Round properly.", conf=0.6),
            F("BOARD-RACE", "major", "concurrency", "Concurrent map access in refreshBoard", "Lock s.mu while iterating.", d=1, conf=0.8),
            F("ROWS-NOT-CLOSED", "minor", "resource-leak", "sql.Rows not closed in search", "defer rows.Close().", conf=0.75),
            F("SCAN-ERR-IGNORED", "minor", "reliability", "Scan errors ignored in search", "Check errors.", conf=0.6),
            F("BOXES-ERR-IGNORED", "minor", "reliability", "Ignored Atoi error for boxes", "Handle the error.", conf=0.65),
            F("RESERVE-ERR-IGNORED", "minor", "reliability", "Ignored parse error for reserve", "Handle the error.", d=-1, conf=0.65),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 9 major, 6 minor"),
    ]),
}
