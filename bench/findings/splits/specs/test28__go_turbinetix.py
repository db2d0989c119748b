"""test28/go-turbinetix: wind-farm turbine fault ticketing (Go, net/http 1.22 patterns + database/sql/pgx).

Frozen test split test28; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its scores, or any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test28: seeded problems in a small wind-farm fault ticketing service; five agents' "
    "answers written by hand."
)

M = "main.go"
AU = "auth.go"
T = "tickets.go"
SL = "sla.go"
PROBLEMS = {
    "SECRET-DEFAULT-EMPTY": P(M, 'os.Getenv("TICKET_SECRET")', "security", "TICKET_SECRET unset gives an empty HMAC key: anyone can mint engineer tokens"),
    "TOKEN-NONCONSTANT-COMPARE": P(AU, "if hex.EncodeToString(mac.Sum(nil)) != parts[1] {", "security", "MAC compared with != on hex strings instead of hmac.Equal (timing leak)"),
    "UNMARSHAL-ERR-IGNORED": P(AU, "json.Unmarshal(payload, &c)", "bug", "json.Unmarshal error ignored: a signed but malformed payload yields empty claims"),
    "EXPIRED-ACCEPTED": P(AU, "if err != nil && claims == nil {", "security", "parseToken returns claims with the expiry error; `&& claims == nil` lets expired tokens through"),
    "LIST-INJECTION": P(T, "WHERE turbine = '\" + turbine + \"'", "security", "turbine query value concatenated into the SQL: injection", "source-vs-sink"),
    "STATUS-FILTER-INJECTION": P(T, "WHERE turbine = '\" + turbine + \"'", "security", "status query value concatenated into the IN (...) list: injection", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(T, "rows, err := s.db.QueryContext(r.Context(), q)", "bug", "listTickets never closes rows (no defer rows.Close()): connections leak on early return"),
    "SEQ-RACE": P(T, "s.seq++", "bug", "ticket number counter incremented from concurrent handlers without a lock: duplicate WF numbers", "critical-section"),
    "INSERT-ERR-IGNORED": P(T, 's.db.ExecContext(r.Context(), "INSERT INTO tickets', "bug", "insert error ignored: 201 and a pager call for a ticket that was never stored (extra, one agent)"),
    "PAGER-NO-TIMEOUT": P(T, "resp, err := http.Post(s.pagerURL", "bug", "http.Post uses the default client with no timeout: a hung pager endpoint piles up goroutines", "signature-vs-statement"),
    "PAGER-BODY-LEAK": P(T, "resp, err := http.Post(s.pagerURL", "bug", "pager response body never closed: connection/fd leak per ticket"),
    "ASSIGN-SCAN-ERR": P(T, "SELECT count(*) FROM tickets WHERE tech = $1 AND status = 'open'", "bug", "Scan error ignored: on a query error open stays 0 and the limit check passes"),
    "ASSIGN-RACE": P(T, "if open < maxOpenPerTech {", "bug", "count then update without a transaction: concurrent assignments push a technician over the limit", "critical-section"),
    "CLOSE-ANY-TECH": P(T, "\"UPDATE tickets SET status = 'closed', closed = now(), closed_by = $1 WHERE id = $2\"", "security", "any engineer can close any ticket, not only the assigned technician", "signature-vs-statement"),
    "CLOSE-TWICE": P(T, "\"UPDATE tickets SET status = 'closed', closed = now(), closed_by = $1 WHERE id = $2\"", "bug", "no status guard: closing an already closed ticket overwrites its closed time and closer"),
    "SCADA-TRUNCATED": P(T, "head -n 5000", "bug", "head -n 5000 silently truncates a day's SCADA export"),
    "SCADA-SHELL": P(T, 'exec.CommandContext(r.Context(), "sh", "-c", script)', "security", "day and turbine values reach sh -c: command injection", "source-vs-sink"),
    "SLA-INDEX-OFF-BY-ONE": P(SL, "return opened.Add(time.Duration(slaHours[severity]) * time.Hour)", "bug", "severity is 1-based but indexes slaHours directly: wrong SLA, severity 4 panics", "off-by-one"),
    "BREACH-LOOP-SKIPS-FIRST": P(SL, "for i := 1; i < len(tickets); i++ {", "bug", "loop starts at 1: the first ticket is never counted", "off-by-one"),
    "BREACH-CLOSED-LATE": P(SL, 'if tickets[i].Status != "closed" && now.After(', "bug", "tickets closed after their deadline are not counted as SLA breaches"),
    "CLIMB-WINDOW-OFF-BY-ONE": P(SL, "recent := readings[len(readings)-10 : len(readings)-1]", "bug", "slice end len-1 drops the newest wind reading from the climb check", "off-by-one"),
    "CLIMB-SHORT-PANIC": P(SL, "recent := readings[len(readings)-10 : len(readings)-1]", "bug", "fewer than ten readings (sensor gap) make the slice panic"),
    "STATS-UNLOCKED-WRITE": P(SL, "s.statsCache = st", "bug", "statsCache/statsAt written without the mutex while readers hold RLock; every stale request recomputes", "critical-section"),
}

CONFUSABLE = [
    ("TOKEN-NONCONSTANT-COMPARE", "UNMARSHAL-ERR-IGNORED"),
    ("LIST-INJECTION", "STATUS-FILTER-INJECTION"),
    ("LIST-INJECTION", "ROWS-NOT-CLOSED"),
    ("STATUS-FILTER-INJECTION", "ROWS-NOT-CLOSED"),
    ("PAGER-NO-TIMEOUT", "PAGER-BODY-LEAK"),
    ("ASSIGN-SCAN-ERR", "ASSIGN-RACE"),
    ("CLOSE-ANY-TECH", "CLOSE-TWICE"),
    ("SCADA-TRUNCATED", "SCADA-SHELL"),
    ("BREACH-LOOP-SKIPS-FIRST", "BREACH-CLOSED-LATE"),
    ("CLIMB-WINDOW-OFF-BY-ONE", "CLIMB-SHORT-PANIC"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the four Go files of `turbinetix`. The handlers are short, but authentication, the ticket
        listing and the SCADA export each take request input further than they should, and the safety-relevant
        climb check has two boundary bugs.

        | Severity | Count |
        |---|---|
        | critical | 4 |
        | high | 4 |
        | medium | 5 |
        | low | 1 |

        Worth keeping as they are: the severity range check in `createTicket`, the parameterised queries in
        `assignTicket` and `climbCheck`, and `climbCheck`'s own row handling (`defer rows.Close()`, scan errors
        checked). `maxClimbWind` with `>` matches the 12 m/s rule.
        """,
        Block([
            F("SECRET-DEFAULT-EMPTY", "critical", "security", "Empty `TICKET_SECRET` makes every token forgeable",
              "Exit at startup when `TICKET_SECRET` is empty or shorter than 32 bytes.",
              symbol="main", conf=0.85),
            F("EXPIRED-ACCEPTED", "critical", "security", "Expired tokens pass `requireEngineer`",
              "Reject on any error: `if err != nil { ...401; return }`. `parseToken` returns the claims together with the expiry error.",
              symbol="Server.requireEngineer", conf=0.9),
            F("TOKEN-NONCONSTANT-COMPARE", "medium", "security", "Token MAC compared with `!=`",
              "Decode the hex and use `hmac.Equal`.", symbol="parseToken", conf=0.7),
            F("LIST-INJECTION", "critical", "security", "SQL injection through `turbine` in `listTickets`",
              "Use `$1` placeholders; for `status`, split and validate against the known statuses and pass them as `= ANY($2)`.",
              symbol="Server.listTickets", conf=0.95),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`listTickets` never closes `rows`",
              "Add `defer rows.Close()` after the error check, as `climbCheck` does.",
              symbol="Server.listTickets", conf=0.8),
            F("SEQ-RACE", "high", "bug", "Ticket numbers are generated with an unsynchronised counter",
              "Use a database sequence (or at least `atomic.AddInt64`); concurrent `createTicket` calls can produce duplicate `WF-` numbers, and the counter restarts at 0 with the process.",
              d=-1, n=3, symbol="Server.nextNumber", conf=0.85),
            F("PAGER-NO-TIMEOUT", "medium", "bug", "Control-room pager call has no timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}`; every ticket starts a goroutine that can block forever.",
              symbol="Server.notifyControlRoom", conf=0.75),
            F("PAGER-BODY-LEAK", "medium", "bug", "Pager response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Server.notifyControlRoom", conf=0.8),
            F("ASSIGN-RACE", "medium", "bug", "Open-ticket limit per technician can be exceeded under concurrency",
              "Do the count and the update in one transaction with `SELECT ... FOR UPDATE`, or a single conditional `UPDATE`.",
              symbol="Server.assignTicket", conf=0.7),
            F("SCADA-SHELL", "critical", "security", "Command injection in the SCADA export",
              "Validate `turbine` and `day` (`^T\\d{2}$`, `time.Parse(\"2006-01-02\")`) and read the file with `os.Open` + `gzip.NewReader` instead of `sh -c`.",
              d=-1, symbol="Server.exportSCADA", conf=0.9),
            F("SLA-INDEX-OFF-BY-ONE", "high", "bug", "SLA table indexed with a 1-based severity",
              "`slaHours[severity-1]`; today severity 1 gets 12 h instead of 4 h and severity 4 panics.",
              symbol="dueBy", conf=0.9),
            F("BREACH-LOOP-SKIPS-FIRST", "low", "bug", "`breached` skips the first ticket",
              "Range over the whole slice.", symbol="breached", conf=0.8),
            F("CLIMB-WINDOW-OFF-BY-ONE", "high", "bug", "Climb check ignores the most recent wind reading",
              "`readings[len(readings)-10:]`; a gust in the last minute is not considered.",
              symbol="climbAllowed", conf=0.85),
            F("CLIMB-SHORT-PANIC", "high", "bug", "Climb check panics with fewer than ten readings",
              "Return false (no climb) when `len(readings) < 10`; missing wind data must not allow a climb either.",
              symbol="climbAllowed", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of turbinetix (go vet / race detector not run):",
        Block([
            F("STATUS-FILTER-INJECTION", "critical", "security", "SQL injection via status query param", "validate + ANY($n)", d=-1),
            F("LIST-INJECTION", "critical", "security", "SQL injection via turbine query param", "placeholder", d=-2),
            F("EXPIRED-ACCEPTED", "high", "security", "requireEngineer accepts expired tokens (claims != nil)", "return on err != nil", d=-1),
            F("UNMARSHAL-ERR-IGNORED", "low", "bug", "parseToken ignores json.Unmarshal error", "check err"),
            F("SEQ-RACE", "high", "bug", "data race on s.seq", "atomic or DB sequence"),
            F("PAGER-BODY-LEAK", "medium", "bug", "resp.Body not closed in notifyControlRoom", "defer resp.Body.Close()", d=+1, sd=0),
            F("ASSIGN-SCAN-ERR", "medium", "bug", "assignTicket ignores Scan error (limit bypass on DB error)", "check err"),
            F("CLOSE-ANY-TECH", "medium", "security", "closeTicket: no check that the caller is the assigned tech", "WHERE tech = $n", d=-3),
            F("SCADA-SHELL", "critical", "security", "sh -c with day/turbine from request", "no shell", d=-2),
            F("SLA-INDEX-OFF-BY-ONE", "high", "bug", "dueBy indexes slaHours with 1-based severity", "severity-1", d=-1),
            F("STATS-UNLOCKED-WRITE", "medium", "bug", "statsCache written without lock (race)", "mu.Lock()"),
        ], fence=None, indent=2),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the turbine fault ticketing service. It is a Go HTTP API backed by PostgreSQL, with
        custom HMAC tokens, ticket creation and assignment, an SLA calculation, a climb safety check based on
        wind speed, and a SCADA data export.

        ## Critical and High Severity
        """,
        Block([
            F("SECRET-DEFAULT-EMPTY", "CRITICAL", "Cryptographic Failure", "Empty HMAC Secret Allows Token Forgery",
              "Require a strong secret at startup."),
            F("LIST-INJECTION", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Listing",
              "Use parameterized queries.", d=-2, sd=0,
              desc="The `turbine` parameter is concatenated between single quotes into the query string."),
            F("SCADA-SHELL", "CRITICAL", "Command Injection", "Command Injection in SCADA Export",
              "Avoid invoking a shell.", d=-1),
            F("CLIMB-WINDOW-OFF-BY-ONE", "HIGH", "Safety", "Latest Wind Reading Excluded From Climb Safety Check",
              "Include the last element of the slice.", d=-1, sd=0,
              desc="The slice `readings[len(readings)-10 : len(readings)-1]` contains nine readings and omits the newest one."),
            F("SLA-INDEX-OFF-BY-ONE", "HIGH", "Business Logic", "Incorrect SLA Lookup by Severity",
              "Subtract one from the severity when indexing."),
            F("EXPIRED-ACCEPTED", "HIGH", "Broken Authentication", "Expired Tokens Are Accepted",
              "Reject any token for which parseToken returns an error."),
        ], wrap="list"),
        """
        ## Medium and Low Severity
        """,
        Block([
            F("TOKEN-NONCONSTANT-COMPARE", "MEDIUM", "Cryptographic Failure", "Timing Attack on Token Signature Comparison",
              "Use hmac.Equal.", d=-1, sd=0),
            F("ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Not Closed in listTickets",
              "Defer rows.Close().", d=+1, sd=0),
            F("PAGER-NO-TIMEOUT", "MEDIUM", "Resource Exhaustion", "HTTP Request Without Timeout in notifyControlRoom",
              "Use a client with a timeout.", d=-2),
            F("ASSIGN-RACE", "MEDIUM", "Race Condition", "Race Condition in Technician Assignment",
              "Use a transaction.", d=-1, sd=0, n=2),
            F("CLOSE-TWICE", "LOW", "Business Logic", "Closed Tickets Can Be Closed Again",
              "Add `AND status <> 'closed'` to the update."),
            F("BREACH-CLOSED-LATE", "MEDIUM", "Business Logic", "SLA Breach Count Ignores Tickets Closed Late",
              "Compare the closing time with the deadline for closed tickets."),
            F("BREACH-LOOP-SKIPS-FIRST", "LOW", "Business Logic", "Loop in breached Starts at Index 1",
              "Start at 0."),
            F("STATS-UNLOCKED-WRITE", "MEDIUM", "Race Condition", "Unsynchronized Cache Update in Stats Handler",
              "Take the write lock when updating the cache.", d=+1, sd=0, n=2),
            U({"severity": "LOW", "category": "style", "description": "Package-level documentation is missing for auth.go."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "problems:",
        Block([
            F("LIST-INJECTION", "error", "security", "sql injection in listTickets (turbine/status)", "use placeholders"),
            F("SCADA-SHELL", "error", "", "shell injection in scada export", "no sh -c"),
            F("CLIMB-SHORT-PANIC", "error", "bug", "climbAllowed panics if < 10 readings", "check len first", d=+1, sd=0),
            F("STATS-UNLOCKED-WRITE", "warning", "bug", "stats cache recomputed by every request after expiry, written without lock", "singleflight + Lock", d=-1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: expired tokens accepted, empty secret, timing-unsafe comparison.
        2. Injection: SQL in ticket listing, shell in SCADA export.
        3. Concurrency: ticket sequence, technician assignment, stats cache.
        4. Resource leaks: rows and HTTP response bodies.
        5. Correctness: SLA lookup, breach counting, climb safety window.
        """,
        Block([
            F("EXPIRED-ACCEPTED", "blocker", "security", "Authentication middleware accepts expired tokens",
              "Return 401 on any parse error.", conf=0.85),
            F("STATUS-FILTER-INJECTION", "blocker", "security", "SQL injection through the status filter",
              "Validate status values.", conf=0.85),
            F("SEQ-RACE", "major", "concurrency", "Non-atomic increment of ticket sequence",
              "Use sync/atomic.", d=+1, conf=0.8),
            F("INSERT-ERR-IGNORED", "major", "correctness", "Ticket insert error is ignored",
              "Check the error and return 500.", conf=0.7),
            F("PAGER-NO-TIMEOUT", "major", "performance", "No timeout on outgoing pager request",
              "Configure an http.Client timeout.", conf=0.7),
            F("PAGER-BODY-LEAK", "major", "resource-leak", "HTTP response body is not closed",
              "Close resp.Body.", conf=0.8),
            F("ASSIGN-SCAN-ERR", "minor", "correctness", "Error from open ticket count is ignored",
              "Handle the Scan error.", d=+1, sd=0, conf=0.6),
            F("ASSIGN-RACE", "major", "concurrency", "Technician open ticket limit race",
              "Use SELECT ... FOR UPDATE.", d=+1, conf=0.7),
            F("CLOSE-ANY-TECH", "major", "security", "Missing authorization check when closing tickets",
              "Verify the engineer is assigned to the ticket.", d=-1, sd=0, conf=0.7),
            F("SCADA-TRUNCATED", "minor", "correctness", "SCADA export silently limited to 5000 lines",
              "Stream the whole file.", conf=0.6),
            F("SLA-INDEX-OFF-BY-ONE", "major", "correctness", "Off-by-one: severity used as zero-based index",
              "Use severity-1 and bounds-check.", conf=0.85),
            F("BREACH-LOOP-SKIPS-FIRST", "minor", "correctness", "Breach counter skips the first ticket",
              "Start the loop at 0.", d=+1, sd=0, conf=0.7),
            F("CLIMB-WINDOW-OFF-BY-ONE", "major", "correctness", "Off-by-one in climb window drops the newest reading",
              "Slice to len(readings).", conf=0.8),
            F("STATS-UNLOCKED-WRITE", "major", "concurrency", "Data race on stats cache fields",
              "Guard writes with s.mu.Lock().", conf=0.75),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 9 major, 3 minor"),
    ]),
}
