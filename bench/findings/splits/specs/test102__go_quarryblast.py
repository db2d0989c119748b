"""test102/go-quarryblast: a quarry's blast schedule and stone orders (Go). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, its results, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test102: seeded problems in a net/http + database/sql service for a quarry (blast schedule, "
    "neighbour notices, firing and sirens, vibration readings, stone orders, weighbridge slots and tickets); five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "SHOTFIRER-FAILS-OPEN": P(M, 'if s.siteKey != ""', "security", "shotfirerOnly skips the check when SHOTFIRER_KEY is unset: every blast route is open", "signature-vs-statement"),
    "SHOTFIRER-TIMING": P(M, "key != s.siteKey", "security", "shotfirer key compared with != instead of subtle.ConstantTimeCompare (as officeOnly does)"),
    "WINDOW-OFF-BY-ONE": P(M, "b.At.Hour() > lastBlastHour", "bug", "Hour() > 16 lets blasts through until 16:59; the window closes at 16:00", "off-by-one"),
    "WINDOW-CLIENT-ZONE": P(M, "if b.At.Hour() < firstBlastHour", "bug", "the window is checked in the time zone the client sent, not the quarry's (s.site): a UTC or foreign offset shifts the window"),
    "SCHEDULE-RACE": P(M, "b.ID = s.nextID", "bug", "nextID incremented and the blasts map written without s.mu (which the other handlers hold): duplicate ids, concurrent map writes", "critical-section"),
    "NOTICE-ROWS-NOT-CLOSED": P(M, 'rows, err := s.db.Query("SELECT phone FROM neighbours', "bug", "neighbour rows never closed (no defer rows.Close()): a connection leaks per blast"),
    "NOTICE-SCAN-ERR": P(M, "rows.Scan(&phone)", "bug", "Scan error ignored: an empty phone is messaged and failures go unnoticed"),
    "NOTICE-SMS-ERR": P(M, 'exec.Command("sms-send", phone, msg).Run()', "bug", "the sms-send error is ignored: a neighbour not warned of a blast is never reported"),
    "FIRE-RACE": P(M, 'if ok && b.Status == "cleared" {', "bug", "status read and set after s.mu is released: two fire requests both pass the check (and race handleClear)", "critical-section"),
    "FIRE-BEFORE-SIREN": P(M, 'b.Status = "fired"', "bug", "blast marked fired before the siren sounds: when the siren fails the record still says fired"),
    "SIREN-SHELL": P(M, '"siren-ctl --sound --zone "+zone', "security", "zone query value concatenated into an sh -c command", "source-vs-sink"),
    "SIREN-OUTPUT-LEAK": P(M, '"siren failed: "+string(out)', "security", "the siren command's output (shell errors, paths) is returned to the client"),
    "VIB-SKIPS-FIRST": P(M, "for i := 1; i < len(readings); i++ {", "bug", "loop starts at 1: the first reading (often the peak at detonation) is ignored", "off-by-one"),
    "VIB-EMPTY-MEAN": P(M, "mean := sum / float64(len(readings))", "bug", "an empty list of readings divides by zero: NaN mean stored, no breach recorded"),
    "VIB-LIMIT-STRICT": P(M, "breach := peak > ppvLimitMMs", "bug", "a peak exactly at the 12.5 mm/s limit is not recorded as a breach"),
    "ORDERS-NO-AUTH": P(M, 'customer := r.URL.Query().Get("customer")', "security", "GET /orders has no authentication: anyone lists any customer's orders by name"),
    "ORDERS-SQLI": P(M, "WHERE customer = '%s'", "security", "customer query value formatted into the SQL with Sprintf: SQL injection", "source-vs-sink"),
    "ORDERS-QUERY-ERR": P(M, "rows, _ := s.db.Query(q)", "bug", "Query error discarded: rows is nil on error and defer rows.Close()/rows.Next() panic"),
    "ORDER-UNKNOWN-GRADE": P(M, "pricePerTonne[o.Grade]", "bug", "unknown grade reads 0 from the map: the order is placed at price 0"),
    "ORDER-TONNES-NEGATIVE": P(M, "price := o.Tonnes *", "bug", "tonnes not checked positive: zero or negative orders with zero or negative prices"),
    "LOADS-OFF-BY-ONE": P(M, "loads := o.Tonnes / truckTonnes", "bug", "integer division drops the part load: 30 t is one truck, 10 t is none", "off-by-one"),
    "SLOTS-OFF-BY-ONE": P(M, "for i := 0; i <= slotsPerDay; i++ {", "bug", "<= offers slot 18 (16:00), one past the last weighbridge slot", "off-by-one"),
    "TICKET-TRAVERSAL": P(M, 'os.ReadFile(filepath.Join(s.tickets, r.URL.Query().Get("file")))', "security", "file query value joined to the ticket dir and read, unauthenticated: ../ reads any file", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SHOTFIRER-FAILS-OPEN", "SHOTFIRER-TIMING"),
    ("WINDOW-OFF-BY-ONE", "WINDOW-CLIENT-ZONE"),
    ("NOTICE-SCAN-ERR", "NOTICE-SMS-ERR"),
    ("FIRE-RACE", "FIRE-BEFORE-SIREN"),
    ("SIREN-SHELL", "SIREN-OUTPUT-LEAK"),
    ("VIB-EMPTY-MEAN", "VIB-LIMIT-STRICT"),
    ("ORDERS-NO-AUTH", "ORDERS-SQLI"),
    ("ORDERS-SQLI", "ORDERS-QUERY-ERR"),
    ("ORDER-UNKNOWN-GRADE", "ORDER-TONNES-NEGATIVE"),
    ("ORDER-UNKNOWN-GRADE", "LOADS-OFF-BY-ONE"),
    ("ORDER-TONNES-NEGATIVE", "LOADS-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the quarry service: blast scheduling with neighbour SMS notices,
        clearing and firing (with the siren), vibration readings, stone orders, weighbridge slots and tickets.

        Overall the structure is reasonable and some parts are done carefully: `officeOnly` fails closed and uses
        `subtle.ConstantTimeCompare`; `handleClear` holds `s.mu` with a deferred unlock; request bodies are
        bounded with `http.MaxBytesReader`; the neighbour SMS is run with an argument vector, not a shell;
        `handleSlots` checks its query error and closes its rows; the server has header and write timeouts;
        order insert errors are logged rather than returned.

        The serious problems are in the shotfirer gate, the two shell/SQL sinks, the ticket download and the
        blast state machine, which is not protected by the mutex it was written for.

        | severity | findings |
        |---|---|
        | critical | 3 |
        | high | 7 |
        | medium | 7 |
        | low | 3 |

        ### Security
        """,
        Block([
            F("SHOTFIRER-FAILS-OPEN", "critical", "security", "`shotfirerOnly` is disabled when `SHOTFIRER_KEY` is empty",
              "Fail closed like `officeOnly`: refuse every request when the key is not configured.",
              symbol="Server.shotfirerOnly", conf=0.9),
            F("SIREN-SHELL", "critical", "security", "Shell injection through `zone` in `handleFire`",
              "Validate `zone` against the known zones and run `exec.Command(\"siren-ctl\", \"--sound\", \"--zone\", zone)` without `sh -c`.",
              symbol="Server.handleFire", conf=0.95),
            F("ORDERS-SQLI", "critical", "security", "SQL injection in `handleOrders`",
              "Use `s.db.Query(\"... WHERE customer = $1 ...\", customer)`.", symbol="Server.handleOrders", conf=0.95),
            F("TICKET-TRAVERSAL", "high", "security", "Weighbridge ticket download reads arbitrary files",
              "Reject names containing a separator or `..` (`filepath.Base(name) != name`), or use `os.Root` / `http.FS` over the ticket directory.",
              symbol="Server.handleTicket", conf=0.9),
            F("ORDERS-NO-AUTH", "high", "security", "Anyone can list any customer's orders",
              "Put `GET /orders` behind `officeOnly`, or identify customers with an account token instead of a name.",
              symbol="Server.handleOrders", conf=0.75),
            F("SHOTFIRER-TIMING", "low", "security", "Shotfirer key comparison is not constant-time",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.shotfirerOnly", conf=0.6),
        ]),
        "### Correctness and concurrency",
        Block([
            F("SCHEDULE-RACE", "high", "bug", "`handleSchedule` writes `nextID` and the blasts map without `s.mu`",
              "Lock `s.mu` around the id assignment and the map write; concurrent map writes crash the process.",
              d=-1, n=2, symbol="Server.handleSchedule", conf=0.9),
            F("FIRE-RACE", "high", "bug", "Blast status is checked and changed outside the lock",
              "Keep `s.mu` held from the lookup through `b.Status = \"fired\"`; two requests can both fire the same blast.",
              symbol="Server.handleFire", conf=0.85),
            F("FIRE-BEFORE-SIREN", "medium", "bug", "Blast is recorded as fired before the siren has sounded",
              "Sound the siren first and set `fired` only after it succeeded (or revert the status on failure).",
              symbol="Server.handleFire", conf=0.7),
            F("WINDOW-OFF-BY-ONE", "high", "bug", "Blasting window accepts times up to 16:59",
              "Use `b.At.Hour() >= lastBlastHour` if the window ends at 16:00.", symbol="Server.handleSchedule", conf=0.8),
            F("WINDOW-CLIENT-ZONE", "medium", "bug", "Blasting window is checked in the client's time zone",
              "Convert first: `at := b.At.In(s.site)`, then check `at.Hour()`.", symbol="Server.handleSchedule", conf=0.7),
            F("NOTICE-ROWS-NOT-CLOSED", "medium", "bug", "`noticeNeighbours` never closes its rows",
              "Add `defer rows.Close()` after the error check and check `rows.Err()`.", symbol="Server.noticeNeighbours", conf=0.85),
            F("NOTICE-SMS-ERR", "medium", "bug", "Failed neighbour SMS notices are silently dropped",
              "Check the error of `Run()` and log or retry; a neighbour must not miss a blast warning.",
              symbol="Server.noticeNeighbours", conf=0.75),
            F("VIB-SKIPS-FIRST", "high", "bug", "Vibration summary ignores the first reading",
              "Range over all readings: `for _, v := range readings`.", symbol="Server.handleVibration", conf=0.85),
            F("VIB-EMPTY-MEAN", "medium", "bug", "Empty readings produce a NaN mean",
              "Reject an empty list with 400.", symbol="Server.handleVibration", conf=0.8),
            F("ORDERS-QUERY-ERR", "high", "bug", "Query error ignored in `handleOrders`",
              "Check the error; on failure `rows` is nil and `rows.Next()` panics.", symbol="Server.handleOrders", conf=0.85),
            F("ORDER-UNKNOWN-GRADE", "medium", "bug", "Unknown stone grade is priced at zero",
              "Look the grade up with `p, ok := pricePerTonne[o.Grade]` and reject unknown grades.",
              symbol="Server.handlePlaceOrder", conf=0.85),
            F("ORDER-TONNES-NEGATIVE", "medium", "bug", "Tonnes are not validated",
              "Reject `o.Tonnes <= 0`.", symbol="Server.handlePlaceOrder", conf=0.75),
            F("LOADS-OFF-BY-ONE", "low", "bug", "Truck loads are rounded down",
              "Round up: `(o.Tonnes + truckTonnes - 1) / truckTonnes`.", symbol="Server.handlePlaceOrder", conf=0.8),
            F("SLOTS-OFF-BY-ONE", "low", "bug", "One slot too many is offered per day",
              "Loop `i < slotsPerDay`.", symbol="Server.handleSlots", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run. Findings:",
        Block([
            F("SIREN-SHELL", "critical", "security", "Command injection: ?zone= into sh -c",
              "exec.Command with args; allow-list zones.", d=-1),
            F("ORDERS-SQLI", "critical", "security", "SQLi in handleOrders (Sprintf customer)",
              "Placeholders.", d=-1),
            F("TICKET-TRAVERSAL", "high", "security", "handleTicket: ?file= path traversal, no auth",
              "filepath.Base + officeOnly."),
            F("SHOTFIRER-FAILS-OPEN", "high", "security", "shotfirerOnly open when SHOTFIRER_KEY empty",
              "Fail closed.", d=-3),
            F("SCHEDULE-RACE", "high", "bug", "Data race on s.nextID / s.blasts in handleSchedule",
              "s.mu.Lock()."),
            F("FIRE-RACE", "high", "bug", "handleFire: check-then-set on b.Status after Unlock",
              "Hold lock across transition.", d=-1),
            F("FIRE-BEFORE-SIREN", "medium", "bug", "status 'fired' set before siren-ctl runs; stays fired on failure",
              "Set after success."),
            F("ORDERS-QUERY-ERR", "high", "bug", "s.db.Query error dropped -> nil rows panic",
              "Handle err."),
            F("NOTICE-ROWS-NOT-CLOSED", "medium", "bug", "noticeNeighbours leaks rows",
              "defer rows.Close()."),
            F("NOTICE-SCAN-ERR", "low", "bug", "rows.Scan error ignored",
              "Check err."),
            F("VIB-SKIPS-FIRST", "high", "bug", "handleVibration skips readings[0]",
              "Start at 0.", d=+1),
            F("VIB-EMPTY-MEAN", "medium", "bug", "division by zero on empty readings (NaN)",
              "Require len > 0."),
            F("ORDER-UNKNOWN-GRADE", "medium", "bug", "missing grade => price 0",
              "Validate grade."),
            F("LOADS-OFF-BY-ONE", "low", "bug", "loads truncates partial truck",
              "Ceil."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the quarry blast management service in `main.go`. Here is a summary of my
        analysis.

        ## Security Analysis

        The service controls real-world safety operations (blasting and sirens), so authentication and input
        handling are critical. I found the following vulnerabilities:
        """,
        Block([
            F("SHOTFIRER-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass in Shotfirer Middleware",
              "Deny access when the key is not configured.", sd=-2, n=3,
              desc="If `SHOTFIRER_KEY` is not set, `s.siteKey` is empty and the condition is always false, so any client can schedule and fire blasts."),
            F("SIREN-SHELL", "CRITICAL", "Command Injection", "OS Command Injection via Zone Parameter",
              "Do not use `sh -c`; pass arguments directly to `exec.Command`.", sd=-2, n=3),
            F("ORDERS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Order Lookup",
              "Use parameterized queries.", sd=-2, n=3),
            F("TICKET-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Ticket Download",
              "Sanitize the file name with `filepath.Base`.", d=-1, sd=-1, n=2),
            F("ORDERS-NO-AUTH", "MEDIUM", "Broken Access Control", "Order History Accessible Without Authentication",
              "Require authentication for order lookups.", sd=-2, n=3),
            F("SIREN-OUTPUT-LEAK", "LOW", "Information Disclosure", "Command Output Returned to Client",
              "Log the output server-side instead.", sd=-2, n=3),
        ], wrap="list"),
        """
        ## Reliability and Logic Analysis
        """,
        Block([
            F("SCHEDULE-RACE", "HIGH", "Race Condition", "Unsynchronized Map Access in handleSchedule",
              "Acquire `s.mu` before modifying `s.nextID` and `s.blasts`.", sd=-2, n=3),
            F("FIRE-RACE", "HIGH", "Race Condition", "Race Condition When Firing a Blast",
              "Perform the status check and update while holding the mutex.", sd=-2, n=3),
            F("WINDOW-OFF-BY-ONE", "MEDIUM", "Logic Error", "Blasting Window Upper Bound Is Inclusive of the Whole Hour",
              "Use `>=` for the upper bound.", d=+1, sd=-1, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Magic numbers such as 1<<16 could be named constants."}),
            F("ORDERS-QUERY-ERR", "HIGH", "Error Handling", "Ignored Database Error Leads to Nil Pointer Panic",
              "Check the error returned by `s.db.Query`.", sd=-2, n=3),
            F("NOTICE-SCAN-ERR", "LOW", "Error Handling", "Ignored Scan Error",
              "Handle the error from `rows.Scan`.", sd=-2, n=3),
            F("VIB-EMPTY-MEAN", "MEDIUM", "Logic Error", "Division by Zero With No Readings",
              "Validate that at least one reading is present.", sd=-2, n=3),
            F("ORDER-TONNES-NEGATIVE", "MEDIUM", "Input Validation", "Negative Tonnage Accepted",
              "Validate that tonnes is positive.", sd=-2, n=3),
            F("SLOTS-OFF-BY-ONE", "LOW", "Logic Error", "Extra Weighbridge Slot Generated",
              "Use `<` instead of `<=`.", d=+2, sd=0, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SHOTFIRER-FAILS-OPEN", "error", "security", "shotfirer check skipped when key unset", "deny if empty"),
            F("SIREN-SHELL", "error", "security", "sh -c with zone param", "no shell"),
            F("ORDERS-SQLI", "error", "security", "sprintf sql in orders", "use $1", d=-1),
            F("TICKET-TRAVERSAL", "error", "security", "ticket file traversal", "filepath.Base"),
            F("SCHEDULE-RACE", "warning", "", "blasts map written without mutex", "lock s.mu", d=+2),
            F("SLOTS-OFF-BY-ONE", "warning", "bug", "slots loop <= should be <", "i < slotsPerDay"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        File reviewed: `main.go`. 14 issues identified:
        1. Security: authentication bypass, command injection, SQL injection, path traversal, output disclosure.
        2. Concurrency: unsynchronized blast state.
        3. Correctness: blasting window, vibration analysis, truck loads, error handling.
        """,
        Block([
            F("SHOTFIRER-FAILS-OPEN", "blocker", "security", "Authentication bypass when shotfirer key is empty",
              "Reject when the key is unset.", conf=0.9),
            F("SHOTFIRER-TIMING", "minor", "security", "Timing attack on shotfirer key comparison",
              "Use crypto/subtle.", conf=0.55),
            F("SIREN-SHELL", "blocker", "security", "Command injection in siren control",
              "Avoid shell execution.", conf=0.95),
            F("SIREN-OUTPUT-LEAK", "minor", "security", "Internal command output disclosed in error response",
              "Return a generic error.", conf=0.6),
            F("ORDERS-SQLI", "blocker", "security", "SQL injection in orders query",
              "Use query parameters.", conf=0.95),
            F("TICKET-TRAVERSAL", "major", "security", "Path traversal in ticket retrieval",
              "Sanitize file name.", conf=0.85),
            F("SCHEDULE-RACE", "major", "concurrency", "Race condition on blast map and ID counter",
              "Protect with mutex.", conf=0.85),
            F("FIRE-RACE", "major", "concurrency", "Non-atomic status transition when firing",
              "Hold the lock during the transition.", d=+1, conf=0.8),
            F("WINDOW-OFF-BY-ONE", "major", "correctness", "Off-by-one in blasting window check",
              "Use >= lastBlastHour.", conf=0.75),
            F("VIB-SKIPS-FIRST", "major", "correctness", "First vibration reading skipped",
              "Start loop at index 0.", conf=0.85),
            F("VIB-LIMIT-STRICT", "minor", "correctness", "PPV limit comparison excludes the limit value",
              "Use >= ppvLimitMMs.", conf=0.55),
            F("ORDERS-QUERY-ERR", "major", "reliability", "Unchecked error from db.Query",
              "Handle the error before using rows.", conf=0.85),
            F("NOTICE-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in neighbour notification",
              "defer rows.Close().", conf=0.8),
            F("LOADS-OFF-BY-ONE", "minor", "correctness", "Truck load count rounds down",
              "Use ceiling division.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 6 major, 5 minor"),
    ]),
}
