"""test92/go-tessera: tile orders and grout batches for a mosaic workshop (Go, net/http 1.22 patterns + database/sql).

Frozen test split test92; labels next to each finding. Written 2026-12-06 by a helper session that had not
seen the merger code, its scores, or any other split's answers or specs (only specs/tune2__py_snapctl.py, for
the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "data. Frozen test split test92: seeded problems in a mosaic workshop's tile-order and grout-batch service; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "KEY-IN-QUERY": P(M, 'key = r.URL.Query().Get("key")', "security",
                      "studio key accepted from the ?key= query parameter (logged, shared in links)"),
    "STUDIO-KEY-FAIL-OPEN": P(M, "if key != s.studioKey {", "security",
                              "TESSERA_STUDIO_KEY unset: the empty key matches a request without one (and != is not constant time)"),
    "SHEETS-FLOOR": P(M, "sheets += l.Count / tilesPerSheet", "bug",
                      "integer division: a part sheet is dropped (300 tiles -> 1 sheet)", "off-by-one"),
    "COUNT-NEGATIVE": P(M, "total += float64(l.Count) * pricePerTile[l.Material]", "bug",
                        "line counts never validated: negative counts lower the total and add tiles to the shelf"),
    "UNKNOWN-MATERIAL-FREE": P(M, "total += float64(l.Count) * pricePerTile[l.Material]", "bug",
                               "unknown material: the map lookup returns 0, so those tiles cost nothing"),
    "DISCOUNT-FROM-CLIENT": P(M, "total *= 1 - o.Discount", "security",
                              "discount taken from the order JSON: a client sets its own price (1.0 = free, > 1 negative)"),
    "STOCK-NOT-RETURNED": P(M, "if err := row.Scan(&id); err != nil {", "bug",
                            "the shelf is debited by reserve() but not credited back when the insert fails"),
    "ORDER-ERROR-LEAK": P(M, '"saving order: "+err.Error()', "security",
                          "database error text returned to the client"),
    "RESERVE-DUPLICATE-LINES": P(M, 'short = short || s.shelf[l.Material+"/"+l.Colour] < l.Count', "bug",
                                 "two lines of the same colour are each checked against the whole stock: the shelf goes negative"),
    "RESERVE-CHECK-THEN-ACT": P(M, "if short {", "bug",
                                "stock checked without s.mu, debited later under it: concurrent orders oversell (and race on the map)",
                                "critical-section"),
    "LIST-SORT-SQLI": P(M, 'ORDER BY %s", sortBy)', "security",
                        "sort query value formatted into ORDER BY (SQL injection)", "source-vs-sink"),
    "LIST-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q, status)", "bug",
                              "rows never closed (no defer rows.Close()): connections leak"),
    "LIST-SCAN-SWALLOWED": P(M, "if err := rows.Scan(&id, &customer, &sheets, &total, &st); err != nil {", "bug",
                             "extra, one agent: Scan errors skipped silently and rows.Err() never checked"),
    "TRACK-UNKNOWN-200": P(M, '_ = s.db.QueryRow("SELECT customer, email, status FROM orders WHERE id = $1"', "bug",
                           "QueryRow/Scan error discarded: an unknown id answers 200 with empty fields"),
    "TRACK-EXPOSES-PII": P(M, 'map[string]string{"customer": customer, "email": email, "status": status}', "security",
                           "public tracking by sequential id returns the customer's name and email",
                           "signature-vs-statement"),
    "BATCH-KG-UNCHECKED": P(M, "b.WaterMl = int(b.Kg * 180)", "bug",
                            "batch kg not validated (zero, negative, absurd) and pot life taken from the client"),
    "BATCH-ID-RACE": P(M, "b.ID = s.nextBatch", "bug",
                       "nextBatch and the batches map updated without s.mu: duplicate ids, concurrent map writes",
                       "critical-section"),
    "RECENT-NEGATIVE-N": P(M, "out := make([]*GroutBatch, 0, n)", "bug",
                           "n from the query not validated: a negative n panics in make (cap out of range)"),
    "RECENT-SKIPS-FIRST": P(M, "for id := s.nextBatch; id > 1 && len(out) < n; id-- {", "bug",
                            "ids start at 1 but the loop stops at id > 1: batch 1 is never listed", "off-by-one"),
    "ESTIMATE-DEPTH-IS-TILE": P(M, '"kg": groutKg(area, tile, joint, tile)', "bug",
                                "tile size passed as joint depth: grout estimate several times too high"),
    "CUTLIST-DESIGN-TRAVERSAL": P(M, 'design := filepath.Join(s.designDir, r.URL.Query().Get("design"))', "security",
                                  "design query value joined to the design dir: any readable file is printed"),
    "CUTLIST-COPIES-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", "lp -n "+copies+" -t cutlist -")', "security",
                                  "copies query value concatenated into a sh -c command", "source-vs-sink"),
    "CUTLIST-OPEN-ERROR-IGNORED": P(M, "cmd.Stdin, _ = os.Open(design)", "bug",
                                    "os.Open error ignored (nil *File as stdin) and the file is never closed"),
    "UPLOAD-PATH-TRAVERSAL": P(M, "f, err := os.Create(filepath.Join(s.designDir, name))", "security",
                               "decoded {name} path value (..%2F) joined to the design dir: write anywhere",
                               "signature-vs-statement"),
    "UPLOAD-UNBOUNDED": P(M, "n, _ := io.Copy(f, r.Body)", "security",
                          "no MaxBytesReader: an upload can fill the disk"),
    "NO-SERVER-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8080", Handler: mux}', "security",
                            "http.Server without Read/Write/Idle timeouts (slowloris)"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "STUDIO-KEY-FAIL-OPEN"),
    ("SHEETS-FLOOR", "COUNT-NEGATIVE"),
    ("SHEETS-FLOOR", "UNKNOWN-MATERIAL-FREE"),
    ("COUNT-NEGATIVE", "UNKNOWN-MATERIAL-FREE"),
    ("STOCK-NOT-RETURNED", "ORDER-ERROR-LEAK"),
    ("RESERVE-DUPLICATE-LINES", "RESERVE-CHECK-THEN-ACT"),
    ("LIST-SORT-SQLI", "LIST-ROWS-NOT-CLOSED"),
    ("TRACK-UNKNOWN-200", "TRACK-EXPOSES-PII"),
    ("BATCH-KG-UNCHECKED", "BATCH-ID-RACE"),
    ("RECENT-NEGATIVE-N", "RECENT-SKIPS-FIRST"),
    ("CUTLIST-DESIGN-TRAVERSAL", "CUTLIST-COPIES-INJECTION"),
    ("CUTLIST-COPIES-INJECTION", "CUTLIST-OPEN-ERROR-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the tessera service: tile orders, the loose-tile shelf, grout batches,
        cut-list printing and design uploads.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 8 |
        | low | 4 |

        What is already right: `adminOnly` refuses everything when `TESSERA_ADMIN_KEY` is empty and compares with
        `subtle.ConstantTimeCompare`; `handleShelf` copies the map under `s.mu`; `handleRecentBatches` holds the
        lock for the whole read; `handleEstimate` validates all three inputs before computing; every query except
        the order list binds its values. The order path and the grout batches are where most of the trouble is.

        Security:
        """,
        Block([
            F("STUDIO-KEY-FAIL-OPEN", "critical", "security", "`studioOnly` lets everyone in when `TESSERA_STUDIO_KEY` is unset",
              "Refuse to start (or refuse every request) when the key is empty, and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.studioOnly", conf=0.9),
            F("KEY-IN-QUERY", "low", "security", "Studio key accepted from the query string",
              "Only read `X-Studio-Key`; a key in `?key=` lands in proxy logs and browser history.",
              symbol="Server.studioOnly", conf=0.7),
            F("DISCOUNT-FROM-CLIENT", "high", "security", "Order discount is whatever the client sends",
              "Drop `discount` from the request type and look discounts up server-side (customer account or voucher).",
              symbol="Server.handleCreateOrder", conf=0.85),
            F("LIST-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /orders`",
              "Map `sort` to a fixed set of column names; never format it into the query.",
              symbol="Server.handleListOrders", conf=0.95),
            F("TRACK-EXPOSES-PII", "high", "security", "Public tracking page returns name and email for any order id",
              "Require an unguessable tracking token from the confirmation email and return only the status.",
              symbol="Server.handleTrack", conf=0.8),
            F("CUTLIST-COPIES-INJECTION", "critical", "security", "`copies` is concatenated into a `sh -c` command",
              "Parse `copies` with `strconv.Atoi` (1-50) and call `exec.Command(\"lp\", \"-n\", strconv.Itoa(n), \"-t\", \"cutlist\", \"-\")` without a shell.",
              symbol="Server.handlePrintCutList", conf=0.95),
            F("CUTLIST-DESIGN-TRAVERSAL", "high", "security", "`design` can point outside the design directory",
              "Clean the name, reject separators and `..`, and check the joined path still has `s.designDir` as its prefix.",
              symbol="Server.handlePrintCutList", conf=0.85),
            F("UPLOAD-PATH-TRAVERSAL", "high", "security", "Design upload writes to a path built from `{name}`",
              "`r.PathValue` is unescaped, so `..%2F..%2Fetc%2Fcron.d%2Fx` escapes the directory; validate `name` against `^[A-Za-z0-9._-]+$`.",
              symbol="Server.handleUploadDesign", conf=0.85),
            F("NO-SERVER-TIMEOUTS", "medium", "security", "`http.Server` has no timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.", symbol="main", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("SHEETS-FLOOR", "medium", "bug", "Sheet count rounds down and drops the part sheet",
              "`sheets += (l.Count + tilesPerSheet - 1) / tilesPerSheet`.", symbol="Server.handleCreateOrder", conf=0.85),
            F("COUNT-NEGATIVE", "medium", "bug", "Order line counts are not validated",
              "Reject `Count <= 0`; a negative count lowers the total and, through `reserve`, adds tiles to the shelf.",
              symbol="Server.handleCreateOrder", conf=0.8),
            F("UNKNOWN-MATERIAL-FREE", "medium", "bug", "Unknown materials are priced at zero",
              "Check `price, ok := pricePerTile[l.Material]` and reject the order when `!ok`.",
              symbol="Server.handleCreateOrder", conf=0.8),
            F("STOCK-NOT-RETURNED", "medium", "bug", "Reserved tiles are not put back when saving the order fails",
              "Release the reservation on error, or reserve inside the same transaction as the insert.",
              symbol="Server.handleCreateOrder", conf=0.65),
            F("RESERVE-DUPLICATE-LINES", "medium", "bug", "Two lines of the same colour each pass the stock check",
              "Sum the requested counts per key first, then compare the sums with the shelf.",
              symbol="Server.reserve", conf=0.7),
            F("RESERVE-CHECK-THEN-ACT", "high", "bug", "`reserve` checks stock without the lock and debits it later",
              "Take `s.mu` before the check loop and hold it through the debit; today two orders can both pass the check, and the unlocked map read races with writers.",
              d=-2, symbol="Server.reserve", conf=0.85),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleListOrders`",
              "`defer rows.Close()` right after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleListOrders", conf=0.85),
            F("TRACK-UNKNOWN-200", "low", "bug", "Unknown order ids answer 200 with empty fields",
              "Check the `Scan` error and answer 404 on `sql.ErrNoRows`.", symbol="Server.handleTrack", conf=0.7),
            F("BATCH-ID-RACE", "high", "bug", "Batch ids and the batches map are updated without `s.mu`",
              "Lock around `nextBatch++`, the id assignment and the map write; concurrent mixes get the same id and Go aborts on concurrent map writes.",
              symbol="Server.handleMixBatch", conf=0.9),
            F("RECENT-SKIPS-FIRST", "low", "bug", "Recent batches never include batch 1",
              "Loop while `id >= 1` (ids start at 1).", symbol="Server.handleRecentBatches", conf=0.75),
            F("ESTIMATE-DEPTH-IS-TILE", "medium", "bug", "Grout estimate passes the tile size as the joint depth",
              "Take the depth (tile thickness, e.g. 4 mm for glass) as its own parameter; with `tile` twice a 20 mm tile gives five times the grout.",
              symbol="Server.handleEstimate", conf=0.75),
            F("CUTLIST-OPEN-ERROR-IGNORED", "low", "bug", "Error from `os.Open` ignored and the file never closed",
              "Handle the error (404 for a missing design) and `defer f.Close()`.",
              symbol="Server.handlePrintCutList", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("STUDIO-KEY-FAIL-OPEN", "critical", "security", "studioOnly: empty TESSERA_STUDIO_KEY matches missing key",
              "Fail closed; ConstantTimeCompare."),
            F("COUNT-NEGATIVE", "medium", "bug", "handleCreateOrder: negative Count accepted",
              "Validate Count > 0."),
            F("DISCOUNT-FROM-CLIENT", "high", "security", "handleCreateOrder: client-controlled discount",
              "Compute discounts server-side."),
            F("RESERVE-CHECK-THEN-ACT", "high", "bug", "reserve: check outside s.mu, debit inside -> oversell",
              "Lock before checking.", d=+3),
            F("LIST-SORT-SQLI", "critical", "security", "handleListOrders: sort param into ORDER BY via Sprintf",
              "Allow-list.", d=-1),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "handleListOrders: rows not closed",
              "defer rows.Close()."),
            F("LIST-SCAN-SWALLOWED", "low", "bug", "handleListOrders: Scan errors skipped, rows.Err unchecked",
              "Return 500 on scan error; check rows.Err()."),
            F("TRACK-EXPOSES-PII", "high", "security", "handleTrack is unauthenticated and returns email",
              "Tracking token; status only.", d=-3),
            F("BATCH-ID-RACE", "high", "bug", "handleMixBatch: nextBatch++ without lock",
              "s.mu.Lock().", d=-1),
            F("RECENT-NEGATIVE-N", "medium", "bug", "handleRecentBatches: make with negative cap panics",
              "Clamp n to 1..100."),
            F("CUTLIST-COPIES-INJECTION", "critical", "security", "handlePrintCutList: sh -c with copies from query",
              "Atoi + exec without shell.", d=-1),
            F("CUTLIST-OPEN-ERROR-IGNORED", "low", "bug", "handlePrintCutList: os.Open error dropped, file leaked",
              "Check err; defer Close."),
            F("UPLOAD-PATH-TRAVERSAL", "high", "security", "handleUploadDesign: name path value not sanitized",
              "filepath.Base + allow-list.", d=-2),
            F("NO-SERVER-TIMEOUTS", "medium", "security", "http.Server without timeouts",
              "Set ReadHeaderTimeout etc."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the `tessera` service, a Go HTTP server for a mosaic workshop
        that handles tile orders, the stock of loose tiles, grout batch mixing, cut-list printing and design
        uploads.

        ## Critical and High Severity Issues

        These issues allow attackers to execute commands, read or write arbitrary files, or manipulate prices.
        """,
        Block([
            F("STUDIO-KEY-FAIL-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass with Empty Studio Key",
              "Validate configuration at startup.", d=0, sd=-2, n=3,
              desc="If `TESSERA_STUDIO_KEY` is not set, `s.studioKey` is empty, and a request without the header or query parameter also yields an empty key, so the check passes."),
            F("DISCOUNT-FROM-CLIENT", "HIGH", "Business Logic", "Client-Controlled Discount",
              "Never trust pricing data from the client.", d=0),
            F("LIST-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Order Listing",
              "Use a whitelist for the sort column.", d=0, sd=-2, n=3),
            F("TRACK-EXPOSES-PII", "HIGH", "Information Disclosure", "Customer PII Exposed via Public Tracking Endpoint",
              "Authenticate the tracking request.", d=-1,
              desc="Order ids are sequential integers, so anyone can enumerate `/track/1`, `/track/2`, ... and collect customer names and email addresses."),
            F("CUTLIST-DESIGN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Cut List Printing",
              "Sanitize the design name.", d=0),
            F("CUTLIST-COPIES-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Copies Parameter",
              "Avoid `sh -c`; pass arguments directly.", d=0, sd=-2, n=3),
            F("UPLOAD-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write in Design Upload",
              "Use `filepath.Base` and validate the name.", d=0, sd=-2, n=3),
        ], wrap="list"),
        """
        ## Medium and Low Severity Issues
        """,
        Block([
            F("SHEETS-FLOOR", "MEDIUM", "Logic Error", "Incorrect Sheet Count Calculation",
              "Round up when computing the number of sheets.", d=-1, sd=-3, n=3),
            F("ORDER-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message.", d=0),
            F("RESERVE-CHECK-THEN-ACT", "HIGH", "Race Condition", "Race Condition in Stock Reservation",
              "Hold the mutex for the whole reservation.", d=0, sd=-2, n=3),
            F("LIST-ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`.", d=0),
            U({"severity": "INFO", "category": "Documentation", "description": "Exported types lack doc comments."}),
            F("BATCH-KG-UNCHECKED", "LOW", "Input Validation", "Grout Batch Quantity Not Validated",
              "Validate `Kg` and compute `PotLife` server-side.", d=0),
            F("BATCH-ID-RACE", "HIGH", "Race Condition", "Data Race on Batch Counter and Map",
              "Protect with `s.mu`.", d=+1, sd=-1, n=3),
            F("RECENT-SKIPS-FIRST", "LOW", "Logic Error", "Off-by-One in Recent Batches Loop",
              "Use `id >= 1`.", d=+1, sd=-1, n=3),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure timeouts.", d=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("KEY-IN-QUERY", "warning", "security", "studio key in query string", "header only"),
            F("DISCOUNT-FROM-CLIENT", "error", "security", "client sets discount", "server-side discounts"),
            F("ORDER-ERROR-LEAK", "info", "security", "db error sent to client", "generic message"),
            F("LIST-SORT-SQLI", "error", "security", "sqli in orders sort", "allow-list"),
            F("BATCH-KG-UNCHECKED", "warning", "", "grout kg not validated", "check kg > 0"),
            F("BATCH-ID-RACE", "error", "bug", "batch counter race", "lock s.mu"),
            F("CUTLIST-COPIES-INJECTION", "error", "security", "shell injection via copies", "no sh -c"),
            F("UPLOAD-UNBOUNDED", "warning", "security", "upload size unbounded", "http.MaxBytesReader"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: studio key fails open and can be passed in the URL.
        2. Injection: SQL in the order list, shell in cut-list printing.
        3. Business logic: client discount, free unknown materials.
        4. Concurrency: stock reservation and batch counter are not synchronized.
        5. Input validation: recent-batch count, design paths.
        """,
        Block([
            F("KEY-IN-QUERY", "minor", "security", "Authentication key accepted via URL query parameter",
              "Use headers only.", conf=0.6),
            F("STUDIO-KEY-FAIL-OPEN", "blocker", "security", "Studio authentication bypass when key is empty",
              "Require a non-empty key.", conf=0.9),
            F("UNKNOWN-MATERIAL-FREE", "major", "correctness", "Unknown materials priced at zero",
              "Reject unknown materials.", conf=0.75),
            F("DISCOUNT-FROM-CLIENT", "major", "security", "Discount value trusted from the request",
              "Compute discounts on the server.", conf=0.8),
            F("RESERVE-DUPLICATE-LINES", "major", "correctness", "Stock check does not aggregate duplicate colours",
              "Aggregate counts per colour before checking.", conf=0.65),
            F("RESERVE-CHECK-THEN-ACT", "major", "concurrency", "TOCTOU in stock reservation",
              "Lock before the availability check.", conf=0.8),
            F("LIST-SORT-SQLI", "blocker", "security", "SQL injection via sort parameter",
              "Whitelist sort columns.", conf=0.9),
            F("TRACK-EXPOSES-PII", "major", "security", "Order tracking leaks customer email",
              "Return only the status.", conf=0.75),
            F("BATCH-ID-RACE", "major", "concurrency", "Race condition on nextBatch and batches map",
              "Protect with the mutex.", conf=0.85),
            F("RECENT-NEGATIVE-N", "major", "reliability", "Negative n causes a panic in handleRecentBatches",
              "Validate n.", d=+1, conf=0.7,
              desc="n comes straight from the query string; a negative value reaches make() and the loop bound unchecked."),
            F("CUTLIST-DESIGN-TRAVERSAL", "major", "security", "Path traversal through the design parameter",
              "Validate the design name.", conf=0.8),
            F("CUTLIST-COPIES-INJECTION", "blocker", "security", "Shell command injection in cut list printing",
              "Do not use sh -c.", conf=0.9),
            F("UPLOAD-PATH-TRAVERSAL", "major", "security", "Path traversal in design upload",
              "Sanitize the file name.", d=-1, conf=0.8),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 9 major, 1 minor"),
    ]),
}
