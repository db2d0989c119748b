"""test40/go-washdesk: a laundromat reservation and card-payment desk (Go, net/http + database/sql). Frozen test
split; labels inline.

Written 2026-12-04 by a helper session that had not seen the merger code, its results, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test40: seeded problems in a laundromat machine reservation and card-payment desk; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DESK-FAILS-OPEN": P(M, 'if s.deskToken != "" && r.Header.Get("X-Desk-Token") != s.deskToken {', "security", "deskOnly lets every request through when DESK_TOKEN is unset (payments and refunds open)", "signature-vs-statement"),
    "DESK-TIMING": P(M, 'if s.deskToken != "" && r.Header.Get("X-Desk-Token") != s.deskToken {', "security", "desk token compared with != instead of a constant-time comparison"),
    "OVERLAP-BACK-TO-BACK": P(M, "if !start.After(b.End) && !b.Start.After(end) {", "bug", "inclusive interval test: a reservation starting exactly when the previous one ends counts as a clash", "off-by-one"),
    "SLOTS-PAST-CLOSING": P(M, "for i := 0; i <= (closeHour-openHour)*60/slotMinutes; i++ {", "bug", "<= lists one slot too many: a 22:00 slot at closing time", "off-by-one"),
    "RESERVE-MINUTES-UNCHECKED": P(M, "end := start.Add(time.Duration(req.Minutes) * time.Minute)", "bug", "minutes not validated: zero or negative reservations (end before start) and day-long ones are accepted"),
    "RESERVE-MACHINE-UNKNOWN": P(M, "busy := s.isBooked(req.Machine, start, end)", "bug", "machine id never checked against s.machines: reservations for machines that do not exist"),
    "RESERVE-RACE": P(M, "\ts.mu.Unlock()", "bug", "lock released between the clash check and addBooking: two customers reserve the same machine", "critical-section"),
    "PAY-UNKNOWN-PROGRAM": P(M, "amount := s.prices[p.Program] * p.Loads", "bug", "unknown program: the map gives 0 and the wash is charged (and recorded) at 0 pence"),
    "PAY-LOADS-NEGATIVE": P(M, "amount := s.prices[p.Program] * p.Loads", "bug", "loads not validated: zero or negative loads give a zero or negative charge"),
    "PAY-LAST4-PANIC": P(M, "last4 := p.Card[len(p.Card)-4:]", "bug", "card number shorter than 4 characters: slice out of range panics the handler", "off-by-one"),
    "PAY-PAN-LOGGED": P(M, 'log.Printf("charging card %s for %d pence", p.Card, amount)', "security", "full card number written to the log"),
    "PAY-INSERT-ERR": P(M, 's.db.Exec("INSERT INTO payments (card_last4', "bug", "error of the payment INSERT ignored: card charged but no payment recorded"),
    "REFUND-SQLI": P(M, 'WHERE id = "+id).Scan(&paid, &refunded)', "security", "path id concatenated into the SELECT: SQL injection", "source-vs-sink"),
    "REFUND-ERR-LEAK": P(M, 'http.Error(w, "lookup failed: "+err.Error()', "security", "database error text returned to the client"),
    "REFUND-UPDATE-ERR": P(M, 's.db.Exec("UPDATE payments SET refunded_pence', "bug", "error of the refund UPDATE ignored: money refunded, refund not recorded, can be refunded again"),
    "START-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "laundry-ctl start "+m+" --program "+program)', "security", "machine path value and program query value concatenated into a sh -c command", "source-vs-sink"),
    "START-NOT-PAID": P(M, 'cmd := exec.Command("sh", "-c", "laundry-ctl start "+m+" --program "+program)', "security", "public start endpoint never checks a payment or reservation: anyone starts any machine for free", "signature-vs-statement"),
    "RUNNING-MAP-RACE": P(M, "s.running[m] = time.Now()", "bug", "running map and Starts counter written without s.mu while handleStatus reads them: concurrent map writes crash the server", "critical-section"),
    "RECEIPTS-ENUM": P(M, 'rows, err := s.db.Query("SELECT id, amount_pence, machine, paid_at FROM payments WHERE card_last4', "security", "unauthenticated receipts by card last-4 from the query: anyone lists other customers' payments", "source-vs-sink"),
    "RECEIPTS-NO-CLOSE": P(M, 'rows, err := s.db.Query("SELECT id, amount_pence, machine, paid_at FROM payments WHERE card_last4', "bug", "rows never closed (and rows.Err not checked): connections leak, especially on the scan-error return"),
    "NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8042", Handler: mux}', "security", "http.Server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DESK-FAILS-OPEN", "DESK-TIMING"),
    ("RESERVE-RACE", "RESERVE-MINUTES-UNCHECKED"),
    ("RESERVE-MINUTES-UNCHECKED", "RESERVE-MACHINE-UNKNOWN"),
    ("RESERVE-RACE", "RESERVE-MACHINE-UNKNOWN"),
    ("PAY-UNKNOWN-PROGRAM", "PAY-LOADS-NEGATIVE"),
    ("PAY-LOADS-NEGATIVE", "PAY-LAST4-PANIC"),
    ("PAY-UNKNOWN-PROGRAM", "PAY-LAST4-PANIC"),
    ("PAY-LAST4-PANIC", "PAY-PAN-LOGGED"),
    ("REFUND-SQLI", "REFUND-ERR-LEAK"),
    ("START-SHELL", "START-NOT-PAID"),
    ("RECEIPTS-ENUM", "RECEIPTS-NO-CLOSE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` and `terminal.go`. The terminal client is fine (a 20 s timeout, the body closed,
        non-200 answers turned into errors), `handleStatus` holds `s.mu` while it reads, `addBooking` locks
        with a deferred unlock, and the payment and receipt queries bind their parameters. The problems are
        concentrated in the desk authentication, the refund path, the public machine-start endpoint and the
        reservation check.

        | Severity | Findings |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 8 |
        | low | 2 |
        """,
        Block([
            F("DESK-FAILS-OPEN", "critical", "security", "`deskOnly` is disabled when `DESK_TOKEN` is empty",
              "Refuse to start without a desk token, or reject every request in `deskOnly` when `s.deskToken == \"\"`.",
              symbol="Server.deskOnly", conf=0.9),
            F("DESK-TIMING", "low", "security", "Desk token compared with `!=`",
              "Use `subtle.ConstantTimeCompare([]byte(got), []byte(s.deskToken)) != 1`.",
              symbol="Server.deskOnly", conf=0.6),
            F("REFUND-SQLI", "critical", "security", "SQL injection via the `{id}` path value in `handleRefund`",
              "Use `WHERE id = $1` with `id` as an argument (and parse it as an integer first).",
              symbol="Server.handleRefund", conf=0.95),
            F("REFUND-ERR-LEAK", "medium", "security", "Refund lookup echoes the database error",
              "Log `err` and answer a fixed message; distinguish `sql.ErrNoRows` as 404.",
              symbol="Server.handleRefund", conf=0.75),
            F("START-SHELL", "critical", "security", "Shell injection in `handleStart`",
              "Call `exec.Command(\"laundry-ctl\", \"start\", m, \"--program\", program)` and validate both against the machine list and price table.",
              symbol="Server.handleStart", conf=0.95),
            F("START-NOT-PAID", "high", "security", "Machines can be started without paying",
              "`POST /machines/{machine}/start` is public and checks neither a payment nor a reservation; require a paid, unused payment for that machine.",
              symbol="Server.handleStart", conf=0.85),
            F("RECEIPTS-ENUM", "high", "security", "Receipts endpoint discloses payments by card last-4",
              "Four digits are not a credential; put `/receipts` behind the desk token or a per-payment receipt code.",
              symbol="Server.handleReceipts", conf=0.8),
            F("PAY-PAN-LOGGED", "high", "security", "Full card number is logged",
              "Log only `last4`; PANs in logs put the whole host in PCI scope.",
              symbol="Server.handlePay", conf=0.9),
            F("NO-TIMEOUTS", "low", "security", "HTTP server has no timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.",
              symbol="main", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("RESERVE-RACE", "high", "bug", "Reservation check and insert are not under one lock",
              "Hold `s.mu` from `isBooked` through the append (add an unlocked `addBookingLocked`).",
              d=-2, n=3, symbol="Server.handleReserve", conf=0.85),
            F("RUNNING-MAP-RACE", "high", "bug", "`s.running` and `s.stats` written without `s.mu`",
              "Lock `s.mu` around both writes; `handleStatus` reads the map under the lock, and unsynchronised map writes are a fatal runtime error.",
              n=2, symbol="Server.handleStart", conf=0.9),
            F("OVERLAP-BACK-TO-BACK", "medium", "bug", "Back-to-back reservations are rejected as overlapping",
              "Use half-open intervals: `start.Before(b.End) && b.Start.Before(end)`.",
              symbol="Server.isBooked", conf=0.8),
            F("SLOTS-PAST-CLOSING", "medium", "bug", "Slot list includes a slot at closing time",
              "Loop with `i < (closeHour-openHour)*60/slotMinutes`; 22:00 is not a startable slot.",
              symbol="Server.handleSlots", conf=0.8),
            F("RESERVE-MINUTES-UNCHECKED", "medium", "bug", "Reservation length is not validated",
              "Require `0 < req.Minutes <= 180` (or the machine's cycle time) before computing `end`.",
              symbol="Server.handleReserve", conf=0.75),
            F("PAY-LOADS-NEGATIVE", "high", "bug", "Negative `loads` produce a negative charge",
              "Reject `p.Loads < 1` (and cap it).", symbol="Server.handlePay", conf=0.8),
            F("PAY-UNKNOWN-PROGRAM", "medium", "bug", "Unknown program is charged at 0p",
              "Look the price up with `price, ok := s.prices[p.Program]` and reject `!ok`.",
              symbol="Server.handlePay", conf=0.8),
            F("PAY-LAST4-PANIC", "medium", "bug", "Short card numbers panic the handler",
              "Validate the card number's length (and digits) before slicing.",
              symbol="Server.handlePay", conf=0.75),
            F("RECEIPTS-NO-CLOSE", "medium", "bug", "`rows` is never closed in `handleReceipts`",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleReceipts", conf=0.85),
            F("REFUND-UPDATE-ERR", "medium", "bug", "Refund bookkeeping error is ignored",
              "Check the `Exec` error; otherwise a refund that was paid out is not recorded and can be paid again.",
              symbol="Server.handleRefund", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("REFUND-SQLI", "critical", "security", "SQL injection: id path value concatenated in handleRefund", "Use $1.", d=-2),
            F("START-SHELL", "critical", "security", "sh -c with machine/program from request", "exec.Command without shell.", d=-1),
            F("DESK-FAILS-OPEN", "high", "security", "deskOnly fails open when DESK_TOKEN unset", "Fail closed.", d=-2),
            F("RECEIPTS-ENUM", "high", "security", "GET /receipts?card= lists any card's payments, no auth", "Require desk auth.", d=-1),
            F("RUNNING-MAP-RACE", "high", "bug", "Data race on s.running / s.stats in handleStart", "Hold s.mu.", d=+1),
            F("RESERVE-RACE", "high", "bug", "Reservation TOCTOU: unlock between isBooked and addBooking", "Single critical section.", d=+1),
            F("OVERLAP-BACK-TO-BACK", "medium", "bug", "isBooked treats touching intervals as overlap", "Before/Before (half-open).", d=-2),
            F("PAY-LAST4-PANIC", "medium", "bug", "p.Card[len-4:] panics for short input", "Length check."),
            F("PAY-LOADS-NEGATIVE", "medium", "bug", "Negative loads -> negative amount", "Validate loads >= 1."),
            F("RECEIPTS-NO-CLOSE", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("REFUND-UPDATE-ERR", "low", "bug", "UPDATE error ignored after refund", "Check error."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the laundromat desk service. Here is a summary of what I found.

        ### Security Vulnerabilities

        The most critical issues are an SQL injection in the refund flow and a command injection in the
        machine start endpoint. Authentication for the desk is also fragile.
        """,
        Block([
            F("REFUND-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Refund Handler",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `id` path value is appended to the SQL string."),
            F("START-SHELL", "CRITICAL", "Command Injection", "OS Command Injection When Starting a Machine",
              "Do not invoke a shell; pass arguments separately.", sd=-2, n=3),
            F("DESK-FAILS-OPEN", "HIGH", "Broken Authentication", "Desk Authentication Bypass When Token Is Unset",
              "Fail closed when no token is configured.", sd=-2, n=3),
            F("PAY-PAN-LOGGED", "HIGH", "Sensitive Data Exposure", "Card Number Written to Logs",
              "Mask the card number before logging.", sd=-2, n=3),
            F("REFUND-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Client",
              "Return a generic error message.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure ReadTimeout and WriteTimeout.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Code Style", "description": "Handlers could be split into separate files for readability."}),
        ], wrap="list"),
        """
        ### Concurrency and Logic Errors
        """,
        Block([
            F("RUNNING-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Write on Running Machines",
              "Protect `s.running` with the mutex.", n=3,
              desc="`handleStart` writes to `s.running` without holding `s.mu`, which can cause a fatal `concurrent map writes` error."),
            F("RESERVE-RACE", "HIGH", "Race Condition", "Race Condition Allows Double Reservation",
              "Keep the lock held between the check and the insert.", sd=-2, n=3),
            F("SLOTS-PAST-CLOSING", "MEDIUM", "Logic Error", "Extra Slot Generated at Closing Time",
              "Use `<` instead of `<=` in the loop condition.", sd=-2, n=3),
            F("PAY-UNKNOWN-PROGRAM", "MEDIUM", "Business Logic", "Unknown Wash Program Results in Free Wash",
              "Validate that the program exists in the price map.", sd=-2, n=3),
            F("PAY-LAST4-PANIC", "MEDIUM", "Availability", "Potential Panic on Short Card Numbers",
              "Check `len(p.Card) >= 4` before slicing.", d=+1, sd=-1, n=3),
            F("RESERVE-MACHINE-UNKNOWN", "LOW", "Input Validation", "Reservations Accepted for Nonexistent Machines",
              "Check that the machine id exists.", sd=-2, n=3),
        ], wrap="list"),
        "Let me know if you would like me to draft fixes for any of these.",
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("REFUND-SQLI", "error", "security", "sql injection in refund lookup", "use $1"),
            F("START-NOT-PAID", "error", "security", "anyone can start a machine without paying", "check payment before start"),
            F("DESK-TIMING", "warning", "", "desk token compared with != (timing)", "subtle.ConstantTimeCompare"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("PAY-INSERT-ERR", "warning", "bug", "payment insert error ignored after charging", "check err"),
            F("RECEIPTS-NO-CLOSE", "warning", "bug", "rows never closed in receipts", "defer rows.Close()"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in refunds, shell in machine start (blocker).
        2. Access control: machine start and receipts are public, desk auth fails open.
        3. Payment handling: card numbers logged, amounts not validated, errors ignored.
        4. Concurrency: reservations and the running-machines map.
        5. Scheduling bounds.
        """,
        Block([
            F("REFUND-SQLI", "blocker", "security", "SQL injection in refund query", "Use placeholders.", conf=0.95),
            F("START-SHELL", "blocker", "security", "Command injection in machine start", "Avoid sh -c.", conf=0.9),
            F("START-NOT-PAID", "major", "security", "Machine start endpoint lacks payment verification", "Verify payment.", d=-3, conf=0.8),
            F("DESK-FAILS-OPEN", "major", "security", "Desk authentication can be bypassed", "Require token.", conf=0.85),
            F("RECEIPTS-ENUM", "major", "security", "Receipts exposed without authentication", "Add authentication.", conf=0.75),
            F("PAY-PAN-LOGGED", "major", "security", "PAN logged in plain text", "Mask card number.", conf=0.9),
            F("RESERVE-RACE", "major", "concurrency", "Race condition in reservation", "Hold lock across check and add.", d=-1, conf=0.8),
            F("RUNNING-MAP-RACE", "blocker", "concurrency", "Unsynchronized map write in handleStart", "Use mutex.", conf=0.9),
            F("PAY-LOADS-NEGATIVE", "major", "correctness", "Loads not validated", "Validate loads > 0.", conf=0.8),
            F("PAY-INSERT-ERR", "major", "reliability", "Payment record insert error ignored", "Handle error.", conf=0.8),
            F("REFUND-UPDATE-ERR", "major", "reliability", "Refund update error ignored", "Handle error.", conf=0.75),
            F("OVERLAP-BACK-TO-BACK", "minor", "correctness", "Overlap check rejects adjacent bookings", "Use strict comparison.", conf=0.7),
            F("RESERVE-MINUTES-UNCHECKED", "minor", "correctness", "Reservation minutes not validated", "Validate range.", conf=0.7),
            F("SLOTS-PAST-CLOSING", "minor", "correctness", "Slot list off by one at closing", "Use <.", d=+1, conf=0.7),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 8 major, 3 minor"),
    ]),
}
