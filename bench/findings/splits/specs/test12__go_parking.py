"""test12/go-parking: parking-garage gate and payment controller (Go, net/http). Frozen test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test12, issue 15) that had not seen the merger code, its "
    "scores or any other split's answers. Frozen test split: a garage controller issuing tickets at the entry "
    "barrier, taking payments from pay stations, opening the exit barrier, printing receipts and snapshotting "
    "state; seeded problems; five agents' answers written by hand."
)

PROBLEMS = {
    "PLATE-CMD": P("garage.go", '"anpr-log entry "+plate', "security", "plate from the request concatenated into an `sh -c` command line", "source-vs-sink"),
    "PLATE-LOG-IGNORED": P("garage.go", '"anpr-log entry "+plate', "bug", "error from the anpr-log command is discarded"),
    "CAPACITY-OFF": P("garage.go", "if g.occupied > g.capacity {", "bug", "`>` lets one car more than the capacity in", "off-by-one"),
    "OCCUPANCY-RACE": P("garage.go", "g.occupied++", "concurrency", "capacity check and increment happen outside g.mu: concurrent entries overfill the garage, counter races", "critical-section"),
    "TICKET-ID-REUSE": P("garage.go", "id := strconv.Itoa(len(g.tickets) + 1)", "bug", "ticket id from len(map)+1 is reused after an exit and overwrites another car's open ticket"),
    "TICKET-ID-GUESS": P("garage.go", "id := strconv.Itoa(len(g.tickets) + 1)", "security", "sequential ticket ids let anyone pay for, exit with or read someone else's ticket"),
    "PAID-FOREVER": P("garage.go", "if t.Paid || Fee(t.Entry, time.Now(), g.rate) == 0 {", "bug", "a paid ticket never expires: pay early, stay all day and leave free"),
    "EXIT-RACE": P("garage.go", "delete(g.tickets, id)", "concurrency", "exit reads, deletes and decrements without g.mu: two exits on one ticket both open the gate, map race", "critical-section"),
    "PAY-ATOI-IGNORED": P("garage.go", 'amount, _ := strconv.Atoi(r.FormValue("amount"))', "bug", "Atoi error ignored: a malformed amount silently becomes 0 and the station gets a 200"),
    "PAY-NIL-TICKET": P("garage.go", "t := g.tickets[id]", "bug", "unknown ticket id gives a nil *Ticket and `t.Paid = true` panics"),
    "PAY-ANY-AMOUNT": P("garage.go", "if amount > 0 {", "bug", "amount from the request never compared with Fee(): one cent marks any ticket paid", "source-vs-sink"),
    "RECEIPT-XSS": P("garage.go", "fmt.Fprintf(w, \"<h1>Receipt</h1>", "security", "plate written into text/html without escaping (XSS)"),
    "RECEIPT-NO-DATE": P("garage.go", "fmt.Fprintf(w, \"<h1>Receipt</h1>", "bug", "entry printed with time.Kitchen: no date, so multi-day stays show a misleading receipt"),
    "OPERATOR-HEADER": P("garage.go", 'if r.Header.Get("X-Operator") == "" {', "security", "manual gate open authorised by the mere presence of an X-Operator header", "signature-vs-statement"),
    "CAMERA-READALL": P("garage.go", "body, err := io.ReadAll(r.Body)", "reliability", "extra, one agent: unauthenticated camera endpoint reads an unbounded body into memory"),
    "FEE-TRUNCATE": P("billing.go", "hours := int(d.Hours())", "bug", "hours truncated instead of rounded up: started hours are free (59 minutes past grace costs nothing)", "off-by-one"),
    "DAILY-CAP": P("billing.go", "if fee > rate.DailyCapCents {", "bug", "daily cap applied to the whole stay: a week costs one day"),
    "SNAPSHOT-NO-LOCK": P("store.go", "data, _ := json.Marshal(g.tickets)", "concurrency", "tickets map marshalled without g.mu while handlers write it (fatal concurrent map access); error ignored"),
    "SNAPSHOT-PERMS": P("store.go", "return os.WriteFile(path, data, 0o666)", "security", "state file written world-writable (0666) and not atomically", "signature-vs-statement"),
    "NO-SERVER-TIMEOUTS": P("main.go", 'log.Fatal(http.ListenAndServe(":8081", mux))', "reliability", "extra, one agent: http server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("PLATE-CMD", "PLATE-LOG-IGNORED"),
    ("PLATE-LOG-IGNORED", "CAPACITY-OFF"),
    ("OCCUPANCY-RACE", "TICKET-ID-REUSE"),
    ("TICKET-ID-REUSE", "TICKET-ID-GUESS"),
    ("PAID-FOREVER", "EXIT-RACE"),
    ("PAY-ATOI-IGNORED", "PAY-ANY-AMOUNT"),
    ("PAY-NIL-TICKET", "PAY-ANY-AMOUNT"),
    ("RECEIPT-XSS", "RECEIPT-NO-DATE"),
    ("FEE-TRUNCATE", "DAILY-CAP"),
    ("SNAPSHOT-NO-LOCK", "SNAPSHOT-PERMS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Summary

        `parkgate` controls physical barriers, so the worst bugs here let cars out without paying or let
        anyone raise a gate. Shared state (`occupied`, `tickets`) is mostly touched without `g.mu`.

        Priorities:
        1. **Shell injection** from the `plate` form value in `HandleEntry`.
        2. **Gate and payment auth**: `X-Operator` presence check, pay station trusted for any amount, guessable ticket ids.
        3. **Concurrency**: entry/exit paths and `Snapshot` race on the map and the counter.
        4. **Tariff maths**: truncated hours and a cap that is not per day.
        """,
        Block([
            F("PLATE-CMD", "critical", "security", "Command injection through the `plate` form field",
              "Run `exec.Command(\"anpr-log\", \"entry\", plate)` without a shell and validate the plate format.",
              symbol="Garage.HandleEntry", conf=0.95),
            F("OPERATOR-HEADER", "critical", "security", "Anyone can open the barrier by sending `X-Operator`",
              "Authenticate operators (mTLS or a signed token) instead of checking that a header is non-empty.",
              symbol="Garage.HandleOpen", conf=0.9),
            F("PAY-ANY-AMOUNT", "high", "security", "Payment of any positive amount marks the ticket paid",
              "Compute `Fee()` server-side and require `amount >= fee`.", symbol="Garage.HandlePay", conf=0.85),
            F("TICKET-ID-GUESS", "high", "security", "Ticket ids are sequential integers",
              "Use random ids (crypto/rand) so a ticket cannot be guessed.", symbol="Garage.HandleEntry", conf=0.8),
            F("OCCUPANCY-RACE", "high", "concurrency", "`occupied` is checked and incremented outside the mutex",
              "Take `g.mu` before the capacity check and hold it until the ticket is stored.",
              n=2, symbol="Garage.HandleEntry", conf=0.8),
            F("EXIT-RACE", "high", "concurrency", "HandleExit mutates `tickets` and `occupied` without locking",
              "Lock `g.mu` around lookup, delete and decrement.", n=2, symbol="Garage.HandleExit", conf=0.8),
            F("PAY-NIL-TICKET", "medium", "bug", "Paying for an unknown ticket panics",
              "Check `ok` from the map lookup and return 404.", symbol="Garage.HandlePay", conf=0.85),
            F("CAPACITY-OFF", "medium", "bug", "Capacity check admits one car too many",
              "Use `g.occupied >= g.capacity`.", symbol="Garage.HandleEntry", conf=0.85),
            F("FEE-TRUNCATE", "high", "bug", "Partial hours are not charged",
              "Round up: `hours := int(math.Ceil(d.Hours()))`.", symbol="Fee", conf=0.85),
            F("DAILY-CAP", "medium", "bug", "Daily cap limits the fee for the whole stay",
              "Cap per 24 h period: `days*cap + min(rest, cap)`.", symbol="Fee", conf=0.75),
            F("SNAPSHOT-NO-LOCK", "medium", "concurrency", "Snapshot reads the tickets map without the lock",
              "Marshal a copy taken under `g.mu`, and handle the error.", symbol="Garage.Snapshot", conf=0.75),
            F("RECEIPT-XSS", "medium", "security", "Receipt HTML embeds the plate unescaped",
              "Use html/template or `html.EscapeString`.", symbol="Garage.HandleReceipt", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed *.go (parkgate); 9 findings.",
        Block([
            F("PLATE-CMD", "critical", "security", "plate form value reaches sh -c", "exec anpr-log directly with args", d=-1),
            F("PAY-ANY-AMOUNT", "high", "security", "HandlePay sets Paid for any amount > 0 without comparing to the fee",
              "Require amount >= Fee(...)", d=-2),
            F("OPERATOR-HEADER", "high", "security", "HandleOpen authorises on a client header", "Real operator auth", d=-1),
            F("SNAPSHOT-PERMS", "medium", "security", "Snapshot writes state.json 0666", "0600 + write temp file and rename", d=-2),
            F("EXIT-RACE", "high", "bug", "concurrent exits with the same ticket decrement occupied twice",
              "Lock and re-check the ticket under g.mu", d=+1),
            F("TICKET-ID-REUSE", "high", "bug", "len(tickets)+1 ids collide once a car has left; new ticket replaces an open one",
              "Use a monotonic counter or random ids"),
            F("FEE-TRUNCATE", "medium", "bug", "int(d.Hours()) floors, so each started hour is free", "Ceil the hours", d=+1),
            F("PAID-FOREVER", "medium", "bug", "paid tickets have no exit window", "Store paidAt and allow ~15 min to leave"),
            F("RECEIPT-NO-DATE", "low", "bug", "receipt shows only the clock time of entry", "Format with date and zone"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the parking-garage controller. Here is what I found.

        ## Security Vulnerabilities
        """,
        Block([
            F("PLATE-CMD", "critical", "Command Injection", "OS Command Injection via license plate",
              "Pass the plate as a separate argument without invoking a shell.",
              desc="`plate` comes straight from the form and is appended to an `sh -c` string."),
            F("OPERATOR-HEADER", "critical", "Broken Access Control", "Gate can be opened by any client",
              "Implement proper authentication for operators."),
            F("RECEIPT-XSS", "high", "Cross-Site Scripting", "Reflected XSS in receipt page",
              "Escape the plate before writing HTML.", d=+1, sd=0),
            F("PAY-ANY-AMOUNT", "high", "Business Logic", "Payment amount is not validated against the fee",
              "Validate that the amount covers the fee.", d=+1),
            F("SNAPSHOT-PERMS", "medium", "Insecure Permissions", "World-writable state file",
              "Use 0600 permissions."),
            F("CAMERA-READALL", "medium", "Denial of Service", "Unbounded request body in HandleCamera",
              "Wrap the body with `http.MaxBytesReader`.",
              desc="The camera endpoint has no authentication and reads the whole body into memory."),
        ], wrap="list"),
        """
        ## Concurrency and Logic
        """,
        Block([
            F("OCCUPANCY-RACE", "high", "Race Condition", "Race condition on the occupancy counter",
              "Acquire the mutex before checking capacity.", d=+1,
              desc="The mutex is only locked after `g.occupied++`, so the check and the increment are not atomic."),
            F("CAPACITY-OFF", "medium", "Logic Error", "Garage admits more cars than its capacity",
              "Use `>=` in the capacity comparison.", d=+1, sd=0),
            U({"severity": "low", "category": "Style", "description": "Handlers ignore the error returned by openGate()."}),
            F("SNAPSHOT-NO-LOCK", "high", "Race Condition", "Concurrent map read in Snapshot",
              "Hold the mutex while marshalling."),
            F("PAY-NIL-TICKET", "medium", "Error Handling", "Nil pointer dereference for unknown tickets",
              "Check whether the ticket exists."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Findings:",
        Block([
            F("PLATE-CMD", "critical", "security", "command injection via plate", "no sh -c"),
            F("OPERATOR-HEADER", "high", "security", "x-operator header is the only gate auth", "real auth"),
            F("TICKET-ID-GUESS", "medium", "security", "ticket ids are sequential", "random ids"),
            F("EXIT-RACE", "high", "", "exit not locked, one ticket can open the gate twice", "lock g.mu", d=-1),
            F("PAID-FOREVER", "medium", "bug", "paid flag never expires", "add paid-at window"),
            F("FEE-TRUNCATE", "medium", "bug", "fee truncates partial hours", "math.Ceil"),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. Ignored errors in entry logging and amount parsing.
        2. Data races on the ticket map and occupancy counter (entry, exit, snapshot).
        3. Ticket id collisions.
        4. Tariff cap and capacity boundary issues.
        5. HTTP server hardening.
        """,
        Block([
            F("PLATE-LOG-IGNORED", "minor", "reliability", "Error from anpr-log command is ignored",
              "Check the error returned by Run() and log it.", conf=0.7),
            F("PAY-ATOI-IGNORED", "minor", "correctness", "strconv.Atoi error discarded in HandlePay",
              "Return 400 on an invalid amount.", conf=0.75),
            F("PAY-ANY-AMOUNT", "major", "correctness", "Any non-zero payment settles the ticket",
              "Compare the amount with the computed fee.", conf=0.8),
            F("PAY-NIL-TICKET", "major", "reliability", "Missing existence check before t.Paid",
              "Use the comma-ok form.", conf=0.8),
            F("OCCUPANCY-RACE", "major", "concurrency", "Data race on g.occupied in HandleEntry",
              "Protect the counter with g.mu.", conf=0.8),
            F("TICKET-ID-REUSE", "major", "data-integrity", "Ticket id derived from map length can collide",
              "Use a dedicated counter.", conf=0.75),
            F("EXIT-RACE", "major", "concurrency", "Unsynchronised map delete in HandleExit",
              "Lock g.mu.", conf=0.8),
            F("CAPACITY-OFF", "minor", "correctness", "Capacity boundary check uses > instead of >=",
              "Use >=.", conf=0.8),
            F("DAILY-CAP", "major", "correctness", "Daily maximum caps multi-day stays at a single day",
              "Apply the cap per day.", conf=0.7),
            F("SNAPSHOT-NO-LOCK", "major", "concurrency", "Snapshot marshals tickets without locking",
              "Lock g.mu while serialising.", conf=0.75),
            F("NO-SERVER-TIMEOUTS", "minor", "reliability", "http.ListenAndServe without timeouts",
              "Use an http.Server with ReadHeaderTimeout and WriteTimeout.", conf=0.6),
        ], wrap="object+summary", summary="11 issues: 7 major, 4 minor"),
    ]),
}
