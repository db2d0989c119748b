"""test80/go-lidoguard: a lido's lifeguard rota (Go, net/http 1.22 patterns + database/sql). Frozen test split.

Written 2026-12-06 by a helper session that had not seen the merger code, its tuning data, its scores or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its tuning data or its scores. "
    "Frozen test split test80 (score once, never tune on it): seeded problems in a lido's lifeguard rota "
    "service; five agents' answers written by hand."
)

G = "main.go"
SWAP = "UPDATE shifts SET guard_id = $1 WHERE id = $2"
CHAIR = "s.onDeck[zone] = guard"
LIMIT = "if n >= zoneLimit[zone] {"
PAGER = 'exec.Command("sh", "-c", "duty-pager'

PROBLEMS = {
    "GUARD-ID-SPOOFABLE": P(G, 'if r.Header.Get("X-Guard-Id") == "" {', "security", "guardOnly trusts a bare X-Guard-Id header: anyone can act as any guard", "signature-vs-statement"),
    "ROTA-ZONE-INJECTION": P(G, "q += \" AND s.zone = '\" + zone + \"'\"", "security", "zone query value concatenated into the rota SQL", "source-vs-sink"),
    "ROTA-ROWS-NOT-CLOSED": P(G, "rows, err := s.db.Query(q, week)", "bug", "rota rows never closed (no defer rows.Close()): connections leak on the early return"),
    "ROTA-ERR-LEAK": P(G, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the unauthenticated caller"),
    "SWAP-DECODE-IGNORED": P(G, "json.NewDecoder(r.Body).Decode(&body)", "bug", "decode error ignored: a bad body leaves To = 0 and the shift is handed to guard 0"),
    "SWAP-NOT-OWNER": P(G, SWAP, "security", "any guard can reassign any shift: the shift's current guard is never compared with the caller", "signature-vs-statement"),
    "SWAP-DOUBLE-BOOKED": P(G, SWAP, "bug", "receiving guard not checked: unknown guard or one already on an overlapping shift"),
    "COVER-PARTIAL-HOUR": P(G, "for h := starts.Hour(); h < ends.Hour(); h++ {", "bug", "cover counted by whole hours: a 07:30 start covers 07:00, a 20:30 end leaves 20:00 uncovered"),
    "COVER-OBO": P(G, "for h := openHour; h <= closeHour; h++ {", "bug", "<= closeHour checks the hour after closing and reports it as a gap", "off-by-one"),
    "CHAIR-MAP-RACE": P(G, CHAIR, "bug", "onDeck read and written without s.mu: concurrent chair changes race (fatal concurrent map writes)", "critical-section"),
    "CHAIR-ZONE-UNVALIDATED": P(G, CHAIR, "bug", "zone path value not checked against the known zones: any name gets a chair on the board"),
    "COUNT-UNKNOWN-ZONE": P(G, LIMIT, "bug", "unknown zone has limit 0: every head count for it pages the duty manager"),
    "COUNT-OBO": P(G, LIMIT, "bug", "zoneLimit is the most bathers allowed, but >= alerts at exactly the limit", "off-by-one"),
    "ALERTS-RACE": P(G, "s.alerts++", "bug", "alerts incremented after s.mu is released: racy counter", "critical-section"),
    "PAGER-SHELL": P(G, PAGER, "security", "zone from the URL path formatted into a sh -c command line", "source-vs-sink"),
    "PAGER-NO-TIMEOUT": P(G, PAGER, "performance", "pager run without a timeout in a goroutine per count: stuck pagers pile up goroutines and processes"),
    "ZONES-MAP-ESCAPES": P(G, 'out := map[string]any{"headcount": s.headcount', "bug", "the maps themselves are put in out and encoded after Unlock: the encoder reads them while writers change them", "critical-section"),
    "INCIDENT-BODY-UNBOUNDED": P(G, "if err := json.NewDecoder(r.Body).Decode(&in); err != nil {", "security", "incident body decoded without http.MaxBytesReader: unbounded request body"),
    "INCIDENT-LOST": P(G, 'log.Printf("incident insert: %v", err)', "bug", "insert error only logged: the guard gets 201 and the incident is lost"),
    "INCIDENTS-LIMIT-UNCAPPED": P(G, 'limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))', "performance", "limit has no upper bound: one request reads the whole incident log"),
    "INCIDENTS-SCAN-IGNORED": P(G, "rows.Scan(&in.ID, &in.Guard", "bug", "Scan error ignored: zero-valued incidents appended to the log"),
    "REPORT-TRAVERSAL": P(G, "http.ServeFile(w, r, filepath.Join(s.reportDir, name))", "security", "file query value joined to reportDir: ../ serves any file (ServeFile only checks the URL path)", "source-vs-sink"),
    "NO-SERVER-TIMEOUTS": P(G, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("ROTA-ZONE-INJECTION", "ROTA-ROWS-NOT-CLOSED"),
    ("ROTA-ROWS-NOT-CLOSED", "ROTA-ERR-LEAK"),
    ("SWAP-DECODE-IGNORED", "SWAP-DOUBLE-BOOKED"),
    ("SWAP-NOT-OWNER", "SWAP-DOUBLE-BOOKED"),
    ("CHAIR-MAP-RACE", "CHAIR-ZONE-UNVALIDATED"),
    ("COUNT-UNKNOWN-ZONE", "COUNT-OBO"),
    ("COUNT-OBO", "ALERTS-RACE"),
    ("COUNT-UNKNOWN-ZONE", "ALERTS-RACE"),
    ("PAGER-SHELL", "PAGER-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is a small `net/http` service (Go 1.22 method patterns) for a lido: the
        week's lifeguard rota, shift swaps, who is on which chair, head counts per pool zone with a pager to the
        duty manager, the incident log and daily reports.

        | Priority | Area | Why |
        |---|---|---|
        | P0 | `guardOnly`, `page`, `handleReport`, `handleRota` | identity is a bare header; shell and SQL injection; path traversal |
        | P1 | `handleChair`, `handleCount`, `handleZones` | data races on shared maps and the alert counter (crashes the process) |
        | P1 | `handleSwap`, `handleIncident` | unowned shift swaps; incidents silently lost |
        | P2 | cover report, limits, timeouts | off-by-one hour, unbounded inputs |

        Correct and worth keeping: `adminOnly` fails closed when `ADMIN_KEY` is unset and uses
        `subtle.ConstantTimeCompare`; `handleCount` updates `headcount` under `s.mu`; `handleCover` and
        `handleIncidents` defer `rows.Close()` and `handleRota`/`handleCover` check `Scan` errors; the zone limit
        table itself is right.

        The data races matter more than usual here: `fatal error: concurrent map writes` is not recoverable, so
        two guards taking chairs at the same moment can take the whole rota down during a session.
        """,
        Block([
            F("GUARD-ID-SPOOFABLE", "critical", "security", "`guardOnly` authenticates nothing",
              "Issue guards a signed token (or session) and derive the guard id from it; today any client sending `X-Guard-Id: 7` is guard 7.",
              symbol="Server.guardOnly", conf=0.9),
            F("ROTA-ZONE-INJECTION", "critical", "security", "SQL injection through `zone` in `GET /rota`",
              "Use a placeholder: `q += \" AND s.zone = $2\"` and pass `zone`.", symbol="Server.handleRota", conf=0.95),
            F("ROTA-ROWS-NOT-CLOSED", "medium", "bug", "`handleRota` never closes `rows`",
              "Add `defer rows.Close()` after the error check, as `handleCover` does; the `Scan` error return leaks the connection.",
              symbol="Server.handleRota", conf=0.8),
            F("ROTA-ERR-LEAK", "medium", "security", "Database errors are returned to the caller",
              "Log `err` and return a generic message; `/rota` is unauthenticated.", symbol="Server.handleRota", conf=0.75),
            F("SWAP-DECODE-IGNORED", "medium", "bug", "`handleSwap` ignores the decode error",
              "Return 400 on a decode error and when `To` is zero.", symbol="Server.handleSwap", conf=0.75),
            F("SWAP-NOT-OWNER", "high", "security", "Any guard can give away anyone's shift",
              "Add `AND guard_id = $3` with the caller's id (from a real token, see above).", symbol="Server.handleSwap", conf=0.85),
            F("COVER-PARTIAL-HOUR", "low", "bug", "Cover report counts partial hours as whole hours",
              "Count in minutes or by half-hour slots; a shift starting 07:30 marks 07:00 as covered.", symbol="Server.handleCover", conf=0.6),
            F("COVER-OBO", "medium", "bug", "Cover report checks one hour past closing",
              "With `closeHour = 20` the pool is shut from 20:00; loop with `h < closeHour`.", symbol="Server.handleCover", conf=0.8),
            F("CHAIR-MAP-RACE", "high", "bug", "`onDeck` is read and written without the mutex",
              "Hold `s.mu` around the read in the `if` and the write.", symbol="Server.handleChair", conf=0.9),
            F("COUNT-UNKNOWN-ZONE", "medium", "bug", "Head counts for unknown zones always page",
              "`zoneLimit[zone]` is 0 for a zone not in the table; reject unknown zones with 404 before counting.",
              symbol="Server.handleCount", conf=0.75),
            F("COUNT-OBO", "low", "bug", "Over-limit alert fires at the limit itself",
              "The comment defines the limit as the most bathers allowed; alert on `n > zoneLimit[zone]`.", symbol="Server.handleCount", conf=0.7),
            F("ALERTS-RACE", "medium", "bug", "`s.alerts` is incremented outside the lock",
              "Move the comparison and the increment before `s.mu.Unlock()`.", symbol="Server.handleCount", conf=0.8),
            F("PAGER-SHELL", "critical", "security", "Shell injection through the zone name in `page`",
              "Run `exec.CommandContext(ctx, \"duty-pager\", msg)` without `sh -c`; `zone` comes straight from the URL path.",
              symbol="Server.page", conf=0.9),
            F("PAGER-NO-TIMEOUT", "medium", "performance", "Pager runs have no timeout",
              "Use `exec.CommandContext` with a deadline and log the error; every count over the limit starts another goroutine and process.",
              symbol="Server.page", conf=0.7),
            F("ZONES-MAP-ESCAPES", "high", "bug", "`handleZones` encodes the live maps after unlocking",
              "Copy both maps into new maps while holding `s.mu`, then encode the copies.", symbol="Server.handleZones", conf=0.85),
            F("INCIDENT-BODY-UNBOUNDED", "medium", "security", "Incident body size is unbounded",
              "Wrap `r.Body` in `http.MaxBytesReader(w, r.Body, 64<<10)`.", symbol="Server.handleIncident", conf=0.7),
            F("INCIDENT-LOST", "high", "bug", "A failed incident insert still answers 201",
              "Return 500 so the guard's app keeps the report and retries; the incident log is a legal record.",
              symbol="Server.handleIncident", conf=0.85),
            F("INCIDENTS-LIMIT-UNCAPPED", "low", "performance", "`limit` has no upper bound",
              "Clamp it (e.g. to 500).", symbol="Server.handleIncidents", conf=0.6),
            F("REPORT-TRAVERSAL", "critical", "security", "Path traversal in `GET /reports`",
              "`http.ServeFile` only rejects `..` in the URL path, not in a query value; use `filepath.Base(name)` or `http.FileServer(http.Dir(...))`.",
              symbol="Server.handleReport", conf=0.9),
            F("NO-SERVER-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("PAGER-SHELL", "critical", "security", "sh -c with zone from URL path", "exec without shell", d=-1),
            F("ROTA-ZONE-INJECTION", "critical", "security", "SQLi via ?zone= in handleRota", "use $2", d=-3),
            F("REPORT-TRAVERSAL", "high", "security", "Traversal via ?file= in handleReport", "filepath.Base / fs.Sub", d=-1),
            F("GUARD-ID-SPOOFABLE", "high", "security", "guardOnly trusts X-Guard-Id header", "real auth", d=-2),
            F("SWAP-NOT-OWNER", "high", "security", "handleSwap lets any guard move any shift", "check current owner", d=-3),
            F("CHAIR-MAP-RACE", "high", "bug", "Unsynchronized map access in handleChair", "lock s.mu", d=-3),
            F("ALERTS-RACE", "medium", "bug", "s.alerts++ after Unlock", "increment under lock", d=-2),
            F("COUNT-UNKNOWN-ZONE", "medium", "bug", "Missing zone => limit 0 => always pages", "validate zone"),
            F("SWAP-DECODE-IGNORED", "medium", "bug", "Decode error ignored; To=0 written to shift", "check err", anchor=SWAP),
            F("INCIDENT-LOST", "medium", "bug", "201 returned even if insert failed", "return 500"),
            F("INCIDENTS-SCAN-IGNORED", "low", "bug", "rows.Scan error ignored in handleIncidents", "check err"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the lido lifeguard rota service in `main.go`. Here is what I found.

        ## Overview

        The service uses Go 1.22's pattern-based routing and `database/sql`. The main concerns are
        authentication (the guard identity is taken from a header), injection into SQL, the shell and the file
        system, and unsynchronized access to shared maps.

        ## Security Findings
        """,
        Block([
            F("GUARD-ID-SPOOFABLE", "CRITICAL", "Broken Authentication", "Guard Identity Taken From Unauthenticated Header",
              "Authenticate guards with a token or session.", sd=-2, n=3),
            F("ROTA-ZONE-INJECTION", "CRITICAL", "SQL Injection", "SQL Injection in Rota Zone Filter",
              "Use query parameters.", sd=-2, n=3),
            F("ROTA-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Error Messages Exposed",
              "Return a generic error message."),
            F("SWAP-NOT-OWNER", "HIGH", "Broken Access Control", "Shift Swap Lacks Ownership Verification",
              "Verify that the shift belongs to the requesting guard.", sd=-2, n=3),
            F("PAGER-SHELL", "CRITICAL", "Command Injection", "Command Injection in Duty Pager",
              "Avoid sh -c; pass the message as an argument.", sd=-1, n=2),
            F("REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Report Download",
              "Sanitize the file name with filepath.Base.", sd=-2, n=3),
            F("INCIDENT-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Incident Endpoint",
              "Use http.MaxBytesReader."),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an http.Server with timeouts."),
        ], wrap="list"),
        """
        ## Concurrency and Logic Findings

        The shared state in `Server` is only partly protected by `s.mu`.
        """,
        Block([
            F("CHAIR-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in handleChair",
              "Protect onDeck with the mutex.", sd=-2, n=3,
              desc="handleChair reads and writes s.onDeck without holding s.mu, while handleZones reads it; Go aborts the process on concurrent map writes."),
            F("CHAIR-ZONE-UNVALIDATED", "LOW", "Input Validation", "Chair Zone Not Validated",
              "Reject zones that are not in zoneLimit."),
            F("ALERTS-RACE", "MEDIUM", "Race Condition", "Alert Counter Updated Outside the Lock",
              "Increment s.alerts while holding s.mu.", sd=-2, n=3),
            F("ZONES-MAP-ESCAPES", "HIGH", "Race Condition", "Maps Encoded After Mutex Is Released",
              "Copy the maps before unlocking.", d=+1, sd=0, n=2,
              desc="The response map holds references to s.headcount and s.onDeck; they are serialized after Unlock while other handlers may modify them."),
            F("COVER-OBO", "MEDIUM", "Logic Error", "Coverage Check Includes Closing Hour",
              "Use h < closeHour.", sd=-1, n=2),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the handlers into separate files and adding tests."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("PAGER-SHELL", "high", "security", "shell injection in page()", "no sh -c"),
            F("ROTA-ZONE-INJECTION", "high", "security", "sql injection via zone", "placeholder"),
            F("REPORT-TRAVERSAL", "high", "security", "path traversal in reports", "filepath.Base"),
            F("SWAP-NOT-OWNER", "medium", "security", "swap doesn't check shift owner", "check guard_id"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CHAIR-MAP-RACE", "high", "bug", "onDeck map race", "lock"),
            F("ROTA-ROWS-NOT-CLOSED", "medium", "", "rows not closed in handleRota", "defer rows.Close()"),
            F("INCIDENTS-LIMIT-UNCAPPED", "low", "performance", "no max on limit", "cap it"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication relies on a client-supplied header.
        2. SQL injection, OS command injection and path traversal.
        3. Data races on shared maps and counters.
        4. Boundary errors in the cover report and the bather limit.
        5. Error handling gaps (ignored errors, leaked connections).
        """,
        Block([
            F("ROTA-ZONE-INJECTION", "blocker", "security", "SQL injection in rota zone filter",
              "Use parameterized queries.", conf=0.95),
            F("PAGER-SHELL", "blocker", "security", "OS command injection in duty pager",
              "Do not use sh -c.", conf=0.9),
            F("REPORT-TRAVERSAL", "blocker", "security", "Path traversal in report download",
              "Restrict to reportDir.", conf=0.9),
            F("GUARD-ID-SPOOFABLE", "major", "security", "Spoofable guard identity header",
              "Use signed tokens.", d=-1, conf=0.85),
            F("SWAP-NOT-OWNER", "major", "security", "Shift swap without authorization",
              "Verify shift ownership.", conf=0.8),
            F("SWAP-DOUBLE-BOOKED", "minor", "correctness", "Shift swap target guard not validated",
              "Check the guard exists and is free for the shift.", conf=0.6),
            F("CHAIR-MAP-RACE", "major", "concurrency", "Data race on onDeck map",
              "Guard with mutex.", conf=0.85),
            F("ALERTS-RACE", "major", "concurrency", "Data race on alerts counter",
              "Use the mutex or atomic.", conf=0.8),
            F("ZONES-MAP-ESCAPES", "major", "concurrency", "Shared maps serialized outside lock",
              "Copy under lock.", d=+2, conf=0.75),
            F("COUNT-OBO", "minor", "correctness", "Bather limit alert triggers at the limit",
              "Use > instead of >=.", d=+1, sd=0, conf=0.6),
            F("COVER-OBO", "minor", "correctness", "Cover gap check includes closing hour",
              "Use < closeHour.", d=+1, conf=0.7),
            F("ROTA-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in handleRota",
              "defer rows.Close().", conf=0.75),
            F("PAGER-NO-TIMEOUT", "minor", "reliability", "Pager command has no timeout",
              "Use CommandContext.", conf=0.6),
            F("INCIDENT-LOST", "major", "reliability", "Incident insert failure returns 201",
              "Return an error status.", d=+2, conf=0.8),
            F("INCIDENTS-SCAN-IGNORED", "minor", "correctness", "Ignored Scan error",
              "Check the error.", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 6 major, 6 minor"),
    ]),
}
