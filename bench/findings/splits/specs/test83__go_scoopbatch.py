"""test83/go-scoopbatch: an ice cream parlour back office (flavours, batches, freezer stock, orders). Go, net/http + pgx.

Written 2026-12-06 by a helper session (branch test83, issue 15) that had not seen the merger code, its scores,
or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Frozen: score once.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test83: seeded problems in an ice cream parlour back office; five agents' answers "
    "written by hand."
)

M = "main.go"
PROBLEMS = {
    "STAFF-FAILS-OPEN": P(M, 'if s.staffKey != "" && r.Header.Get("X-Staff-Key") != s.staffKey {', "security", "STAFF_KEY unset: staffOnly lets every request through (orders, refunds, stamps)"),
    "STAFF-TIMING": P(M, 'if s.staffKey != "" && r.Header.Get("X-Staff-Key") != s.staffKey {', "security", "staff key compared with != instead of subtle.ConstantTimeCompare"),
    "FLAVOURS-SQLI": P(M, 'FROM flavours ORDER BY "+sort)', "security", "sort query value concatenated into ORDER BY", "source-vs-sink"),
    "FLAVOURS-ROWS-LEAK": P(M, 'FROM flavours ORDER BY "+sort)', "bug", "rows never closed (no defer rows.Close(); the scan-error return leaks the connection); rows.Err unchecked"),
    "FLAVOURS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (SQL, injected fragments) returned to the client"),
    "BATCH-NEGATIVE": P(M, "scoops := int(b.Litres * scoopsPerLitre)", "bug", "litres not validated: negative or absurd batches change freezer stock"),
    "BATCH-STOCK-BEFORE-INSERT": P(M, "s.stock[b.FlavourID] += scoops", "bug", "stock added before the batch insert (which fails for an unknown flavour) and never rolled back: phantom stock"),
    "ORDER-STOCK-RACE": P(M, "if !soldOut {", "bug", "stock read, checked and decremented (and s.orders++) without s.mu: overselling, concurrent map writes", "critical-section"),
    "ORDER-SCOOPS-UNCHECKED": P(M, "soldOut := left < o.Scoops", "bug", "scoops not checked > 0: zero or negative orders pass and a negative order adds stock and a negative total"),
    "ORDER-PRICE-ERR": P(M, '_ = s.db.QueryRowContext(r.Context(), "SELECT price_per_scoop', "bug", "price lookup error ignored: unknown flavour or DB error gives price 0 and a free paid order"),
    "ORDER-STATUS-IDOR": P(M, '"SELECT phone, status FROM orders WHERE id = $1"', "security", "unauthenticated order lookup by sequential id returns the customer's phone number", "signature-vs-statement"),
    "REFUND-TWICE": P(M, "\"UPDATE orders SET status = 'refunded' WHERE id = $1\"", "bug", "refund does not check the order's status or existence: an order can be refunded repeatedly", "signature-vs-statement"),
    "REFUND-NO-TX": P(M, '"INSERT INTO till (reason, amount)', "bug", "status update and till entry not in one transaction: a failure leaves a refunded order with no till entry"),
    "STAMP-LOST-UPDATE": P(M, "stamps++", "bug", "read, increment and write of the stamp count are not atomic: concurrent stamps are lost", "critical-section"),
    "STAMP-OFF-BY-ONE": P(M, "free := stamps > 10", "bug", "free scoop on the 11th stamp instead of the 10th (> 10 should be >= 10)", "off-by-one"),
    "STAMP-CARD-UNCHECKED": P(M, '"SELECT stamps FROM cards WHERE code = $1"', "bug", "Scan error ignored: an unknown card is 'stamped' with 200 and nothing saved"),
    "TEMP-SKIPS-FIRST": P(M, "for i := 1; i < len(readings); i++ {", "bug", "loop starts at 1: the first reading is never counted, a warm run starting at index 0 is missed", "off-by-one"),
    "TEMPS-SHELL": P(M, "cmd := exec.Command(\"sh\", \"-c\", \"notify-manager 'freezer \"+freezer+\" too warm'\")", "security", "freezer path value concatenated into a sh -c command", "source-vs-sink"),
    "ALERT-DROPPED": P(M, "go cmd.Run()", "bug", "alert run in a goroutine with its error dropped and no timeout: a failed warm-freezer page goes unnoticed"),
    "DISCARD-RACE": P(M, "s.stock[id] -= n", "bug", "discard goroutine writes s.stock without s.mu while handlers read and write it", "critical-section"),
    "DISCARD-SCAN-IGNORED": P(M, "rows.Scan(&id, &n)", "bug", "Scan error ignored: a failed scan subtracts zero from flavour 0 or stale values"),
    "DISCARD-REPEATS": P(M, '"SELECT flavour_id, scoops FROM batches WHERE made_at', "bug", "expired batches are never marked discarded: their scoops are subtracted again every minute"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("STAFF-FAILS-OPEN", "STAFF-TIMING"),
    ("FLAVOURS-SQLI", "FLAVOURS-ROWS-LEAK"),
    ("FLAVOURS-SQLI", "FLAVOURS-ERR-LEAK"),
    ("BATCH-NEGATIVE", "BATCH-STOCK-BEFORE-INSERT"),
    ("ORDER-STOCK-RACE", "ORDER-SCOOPS-UNCHECKED"),
    ("REFUND-TWICE", "REFUND-NO-TX"),
    ("STAMP-LOST-UPDATE", "STAMP-OFF-BY-ONE"),
    ("STAMP-LOST-UPDATE", "STAMP-CARD-UNCHECKED"),
    ("TEMPS-SHELL", "ALERT-DROPPED"),
    ("DISCARD-RACE", "DISCARD-SCAN-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole service: a `net/http` mux (Go 1.22 patterns) over Postgres with an
        in-memory stock map guarded by `s.mu`. The map is locked correctly in `handleBatch` and
        `handleFreezer` (which copies it under the lock), but not in the two other places that touch it, and
        that is the most consequential bug here. `adminOnly` is fine (fails closed, constant-time compare);
        `staffOnly` next to it is not.

        | Severity | Count |
        |---|---|
        | critical | 1 |
        | high | 4 |
        | medium | 5 |
        | low | 2 |
        """,
        Block([
            F("STAFF-FAILS-OPEN", "critical", "security", "`staffOnly` allows every request when `STAFF_KEY` is unset",
              "Mirror `adminOnly`: reject when the key is empty and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.staffOnly", conf=0.9),
            F("FLAVOURS-SQLI", "high", "security", "SQL injection through `?sort=` in `GET /flavours`",
              "Map `sort` to a fixed set of column names.", symbol="Server.handleFlavours", conf=0.9),
            F("ORDER-STOCK-RACE", "high", "bug", "`handleOrder` reads and updates `s.stock` without holding `s.mu`",
              "Lock `s.mu` around the read, the sold-out check, the decrement and `s.orders++`; concurrent map writes can also crash the process.",
              d=-2, n=3, symbol="Server.handleOrder", conf=0.9),
            F("DISCARD-RACE", "high", "bug", "`discardExpired` mutates `s.stock` from a background goroutine without the lock",
              "Take `s.mu` around the update.", symbol="Server.discardExpired", conf=0.85),
            F("TEMPS-SHELL", "high", "security", "Shell command built from the `{freezer}` path value",
              "Call `exec.CommandContext(ctx, \"notify-manager\", \"freezer \"+freezer+\" too warm\")` without `sh -c`.",
              symbol="Server.handleTemps", conf=0.85),
        ]),
        "Data-integrity and smaller issues:",
        Block([
            F("ORDER-PRICE-ERR", "medium", "bug", "Price lookup error is discarded, so an unknown flavour is sold for 0",
              "Check the `Scan` error and return 404 for an unknown flavour.", symbol="Server.handleOrder", conf=0.8),
            F("ORDER-SCOOPS-UNCHECKED", "medium", "bug", "Order scoop count is not validated",
              "Reject `Scoops < 1` (and an upper bound); a negative order adds stock and produces a negative total.",
              symbol="Server.handleOrder", conf=0.75),
            F("DISCARD-REPEATS", "medium", "bug", "Expired batches are subtracted from stock every minute",
              "Mark them `discarded = true` in the same transaction that subtracts them.",
              symbol="Server.discardExpired", conf=0.8),
            F("REFUND-TWICE", "medium", "bug", "Refund does not check the current order status",
              "`UPDATE ... SET status = 'refunded' WHERE id = $1 AND status = 'paid'` and require one affected row.",
              symbol="Server.handleRefund", conf=0.8),
            F("STAMP-OFF-BY-ONE", "medium", "bug", "Loyalty card gives the free scoop on the 11th stamp",
              "Use `stamps >= 10` if the card promises the tenth scoop free.", symbol="Server.handleStamp", conf=0.65),
            F("ORDER-STATUS-IDOR", "low", "security", "`GET /orders/{id}` exposes customer phone numbers",
              "Return only the status, or require a per-order token.", symbol="Server.handleOrderStatus", conf=0.7),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts", "Use an `http.Server` with `ReadHeaderTimeout` and friends.",
              symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ORDER-STOCK-RACE", "high", "bug", "data race on s.stock/s.orders in handleOrder",
              "hold s.mu.", d=+3),
            F("DISCARD-RACE", "high", "bug", "discardExpired writes s.stock unlocked", "hold s.mu.", d=-3),
            F("FLAVOURS-SQLI", "high", "security", "ORDER BY built from ?sort", "allow-list.", d=-1),
            F("FLAVOURS-ROWS-LEAK", "medium", "bug", "rows not closed in handleFlavours", "defer rows.Close()."),
            F("STAFF-TIMING", "low", "security", "staff key compared with !=", "subtle.ConstantTimeCompare."),
            F("TEMPS-SHELL", "high", "security", "sh -c with path value", "exec without shell.", d=-2),
            F("REFUND-TWICE", "medium", "bug", "handleRefund: no status check, double refund", "WHERE status='paid'.", d=-2),
            F("REFUND-NO-TX", "medium", "bug", "refund update + till insert not atomic", "tx."),
            F("STAMP-LOST-UPDATE", "medium", "bug", "stamp read-modify-write race", "UPDATE ... SET stamps = stamps + 1 RETURNING.", d=-1),
            F("TEMP-SKIPS-FIRST", "medium", "bug", "tooWarm skips readings[0]", "i := 0."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the ice cream parlour service. Here is a summary of what I found.

        ## Overview

        `main.go` implements flavour listing, batch logging, point-of-sale orders, refunds, a loyalty stamp
        card, freezer temperature monitoring and a background job that discards expired batches.

        ## Security
        """,
        Block([
            F("STAFF-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Staff Authentication Bypass When Key Is Not Configured",
              "Deny requests when `staffKey` is empty.", sd=-2, n=3,
              desc="If `STAFF_KEY` is not set, the condition is always false and every staff endpoint, including refunds, is public."),
            F("FLAVOURS-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Whitelist sort columns.", sd=-1, n=2),
            F("FLAVOURS-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("TEMPS-SHELL", "HIGH", "Command Injection", "Command Injection in Freezer Alert",
              "Avoid `sh -c`.", sd=-2, n=3),
            F("ORDER-STATUS-IDOR", "MEDIUM", "Information Disclosure", "Order Status Endpoint Leaks Phone Numbers",
              "Require authentication or remove the phone field.", d=-3, sd=-3, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "main.go is large; consider splitting handlers into packages."}),
        ], wrap="list"),
        """
        ## Concurrency and Logic
        """,
        Block([
            F("DISCARD-RACE", "HIGH", "Race Condition", "Unsynchronized Map Write in Background Discard Job",
              "Lock `s.mu`.", sd=-2, n=3),
            F("DISCARD-SCAN-IGNORED", "MEDIUM", "Error Handling", "Ignored Scan Error in Discard Job",
              "Check the error returned by `rows.Scan`.", sd=-2, n=3),
            F("BATCH-NEGATIVE", "MEDIUM", "Logic Error", "Negative Batch Volumes Accepted",
              "Validate that litres is positive.", sd=-2, n=3),
            F("BATCH-STOCK-BEFORE-INSERT", "MEDIUM", "Logic Error", "Stock Updated Before the Batch Is Persisted",
              "Update the in-memory stock only after the insert succeeds.", sd=-2, n=3,
              desc="If the insert fails (for example a flavour id that does not exist), the scoops stay in `s.stock` and the freezer report is wrong."),
            F("STAMP-OFF-BY-ONE", "LOW", "Logic Error", "Free Scoop Awarded One Stamp Late",
              "Compare with `>=`.", d=+1, sd=-1, n=3),
            F("TEMP-SKIPS-FIRST", "MEDIUM", "Logic Error", "Temperature Check Ignores the First Reading",
              "Start the loop at index 0.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("STAFF-FAILS-OPEN", "error", "security", "staffOnly open if STAFF_KEY empty", "fail closed"),
            F("ORDER-STOCK-RACE", "error", "bug", "stock map not locked in handleOrder", "s.mu", d=-1, sd=-1),
            F("ALERT-DROPPED", "warning", "", "alert command error ignored (go cmd.Run())", "check err, add timeout"),
            F("STAMP-CARD-UNCHECKED", "warning", "bug", "unknown loyalty card silently accepted", "check scan err"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: staff middleware fails open; non-constant-time comparison.
        2. Concurrency: shared stock map accessed without the mutex in orders and in the discard job.
        3. Injection: SQL (sort) and shell (freezer alert).
        4. Correctness: refunds, loyalty stamps, temperature monitoring, batch accounting.
        """,
        Block([
            F("STAFF-FAILS-OPEN", "blocker", "security", "Staff middleware fails open when STAFF_KEY is unset",
              "Reject when the key is empty.", conf=0.85),
            F("STAFF-TIMING", "minor", "security", "Timing-unsafe comparison of staff key",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("FLAVOURS-SQLI", "blocker", "security", "SQL injection in flavour sort",
              "Whitelist columns.", conf=0.9),
            F("ORDER-STOCK-RACE", "major", "concurrency", "Race condition on stock map when placing orders",
              "Protect with s.mu.", d=+1, conf=0.8),
            F("ORDER-SCOOPS-UNCHECKED", "major", "correctness", "Negative scoop counts are accepted",
              "Validate scoops > 0.", conf=0.7),
            F("STAMP-LOST-UPDATE", "major", "concurrency", "Lost update on loyalty stamps",
              "Use an atomic UPDATE.", conf=0.75),
            F("STAMP-OFF-BY-ONE", "minor", "correctness", "Off-by-one in free scoop threshold",
              "Use >= 10.", d=-1, snippet="stamps++", conf=0.6),
            F("TEMPS-SHELL", "blocker", "security", "OS command injection via freezer name",
              "Do not use sh -c.", conf=0.85),
            F("DISCARD-REPEATS", "major", "correctness", "Expired batches discarded repeatedly",
              "Mark batches as discarded.", conf=0.75),
            F("DISCARD-RACE", "major", "concurrency", "Concurrent map write in discard goroutine",
              "Lock the mutex.", d=-1, sd=-1, conf=0.75),
            F("REFUND-NO-TX", "minor", "reliability", "Refund not transactional", "Use a transaction.", conf=0.6),
            F("NO-TIMEOUTS", "minor", "security", "HTTP server without timeouts", "Configure http.Server timeouts.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 5 major, 4 minor"),
    ]),
}
