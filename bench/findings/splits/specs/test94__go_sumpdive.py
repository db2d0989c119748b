"""test94/go-sumpdive: a cave-diving club's dive plans and guideline checks (Go, net/http + database/sql/pgx).

Written 2026-12-06 by a helper session that had not seen the merger code, its scores, or any other split's answers,
specs or labels (only specs/tune2__py_snapctl.py, once, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's data. "
    "Frozen test split test94 (round 48): seeded problems in a cave-diving club's plan board; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "MEMBER-NO-ROWS-PASSES": P(M, "if err != nil && err != sql.ErrNoRows {", "security",
                               "unknown or missing token (sql.ErrNoRows) is let through as an empty member name"),
    "PLAN-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&p); err != nil {", "security",
                             "plan body decoded without a size limit (the line check uses MaxBytesReader)",
                             "signature-vs-statement"),
    "PLAN-BUDDY-MIN": P(M, "if len(p.Divers) < 1 {", "bug",
                        "< 1 lets a solo diver file a plan; the club rule (and the message) needs two or more", "off-by-one"),
    "PLAN-MOD-O2-ZERO": P(M, "mod := (maxPPO2/(p.O2Percent/100) - 1) * 10", "bug",
                          "O2 percentage not validated: 0 divides by zero (MOD +Inf, any depth passes), > 100 or negative nonsense"),
    "PLAN-MOD-SLACK": P(M, "if p.MaxDepthM > mod+1 {", "bug",
                        "mod+1 accepts a planned depth one metre beyond the gas's maximum operating depth"),
    "PLAN-RUNTIME-UNCHECKED": P(M, "p.SurfaceBy = time.Now().Add(time.Duration(p.RuntimeM) * time.Minute)", "bug",
                                "runtime not validated: negative or huge runtimes make the overdue watch fire at once or never"),
    "PLAN-DB-ERROR-LEAK": P(M, 'http.Error(w, "plan not stored: "+err.Error(), http.StatusInternalServerError)', "security",
                            "database error text returned to the client"),
    "PLAN-ACTIVE-RACE": P(M, "s.active[p.ID] = &p", "bug",
                          "s.active written (and its len read) without s.mu while the watcher and board iterate it: concurrent map access",
                          "critical-section"),
    "CHECKOUT-ANY-MEMBER": P(M, 'id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)', "security",
                             "any member may check out any team (no check that the caller is on the plan): stops the overdue watch for divers still underground",
                             "signature-vs-statement"),
    "CHECKOUT-UNLOCK-NOT-DEFERRED": P(M, "s.mu.Lock()", "bug",
                                      "unlock not deferred: a panic between Lock and Unlock leaves s.mu locked and hangs every handler and the watcher",
                                      nth=0),
    "CHECKOUT-NIL-PLAN": P(M, "p.Under = false", "bug",
                           "unknown or already checked-out id: s.active[id] is nil and p.Under panics"),
    "LINE-MISSING-OFF": P(M, "missing := c.Expected - c.Markers - 1", "bug",
                          "- 1: a line with exactly one missing marker is reported ok", "off-by-one"),
    "LINE-FRAYED-ONE": P(M, "len(c.FrayedAt) > 1", "bug",
                         "> 1: a single frayed point on the guideline does not raise needs-attention", "off-by-one"),
    "LINE-SEEN-RACE": P(M, "s.lineSeen[key] = time.Now()", "bug",
                        "lineSeen read and written without s.mu while handleLineAges iterates it: concurrent map access",
                        "critical-section"),
    "LINE-SQLI-SITE": P(M, "VALUES ('\" + site + \"', $1, $2, $3, $4)", "security",
                        "site path value concatenated into the INSERT (SQL injection)", "source-vs-sink"),
    "HISTORY-SQLI-LIMIT": P(M, 'ORDER BY surface_by DESC LIMIT "+limit, site)', "security",
                            "limit query value concatenated into the SQL (injection)", "source-vs-sink"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, 'ORDER BY surface_by DESC LIMIT "+limit, site)', "bug",
                                 "rows never closed (no defer rows.Close()): the early return on a Scan error leaks a connection"),
    "CALLOUT-SHELL": P(M, "exec.Command(\"sh\", \"-c\", \"calloutctl --page rescue --text '\"+msg+\"'\").Run()", "security",
                       "site, diver names and contact from the plan quoted into sh -c: a quote in any of them runs commands",
                       "source-vs-sink"),
    "CALLOUT-ERROR-IGNORED": P(M, "exec.Command(\"sh\", \"-c\", \"calloutctl --page rescue --text '\"+msg+\"'\").Run()", "bug",
                               "Run() error ignored: a failed rescue call-out is silent"),
    "BOARD-PUBLIC": P(M, 'mux.HandleFunc("GET /board", s.handleBoard)', "security",
                      "/board has no middleware: divers underground and their emergency contacts to anyone"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("PLAN-MOD-O2-ZERO", "PLAN-MOD-SLACK"),
    ("PLAN-DB-ERROR-LEAK", "PLAN-ACTIVE-RACE"),
    ("CHECKOUT-ANY-MEMBER", "CHECKOUT-UNLOCK-NOT-DEFERRED"),
    ("CHECKOUT-UNLOCK-NOT-DEFERRED", "CHECKOUT-NIL-PLAN"),
    ("LINE-MISSING-OFF", "LINE-FRAYED-ONE"),
    ("LINE-SEEN-RACE", "LINE-SQLI-SITE"),
    ("HISTORY-SQLI-LIMIT", "HISTORY-ROWS-NOT-CLOSED"),
    ("CALLOUT-SHELL", "CALLOUT-ERROR-IGNORED"),
    ("BOARD-PUBLIC", "SERVER-NO-TIMEOUTS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of sumpdive. This service sits on a safety path — the overdue watcher
        is what calls out cave rescue — so I weighted problems that can silence or break that path highest.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 9 |
        | medium | 6 |
        | low | 1 |

        Done right and worth keeping: `officerOnly` fails closed with `subtle.ConstantTimeCompare`, the
        rule-of-thirds turn pressure is correct, `handleBoard` and `handleLineAges` hold `s.mu` while they
        read, `watchOverdue` collects due plans under the lock and calls out after releasing it, the guideline
        check bounds its body with `MaxBytesReader`, and every query except two binds its values.
        """,
        Block([
            F("CHECKOUT-NIL-PLAN", "critical", "bug", "Checkout of an unknown plan id dereferences nil",
              "Check `p, ok := s.active[id]` and answer 404 before touching it.", symbol="Server.handleCheckout",
              conf=0.9),
            F("CHECKOUT-UNLOCK-NOT-DEFERRED", "critical", "bug", "A panic in handleCheckout leaves s.mu locked forever",
              "`defer s.mu.Unlock()` right after `Lock()`. net/http recovers the panic but not the mutex, so the overdue watcher stops too.",
              symbol="Server.handleCheckout", conf=0.85),
            F("CHECKOUT-ANY-MEMBER", "high", "security", "Any member can check out any team",
              "Only a diver on the plan (or an officer) may check the team out.", symbol="Server.handleCheckout",
              conf=0.75),
            F("MEMBER-NO-ROWS-PASSES", "critical", "security", "memberOnly lets unknown tokens through",
              "Treat `sql.ErrNoRows` as 401; today a request without `X-Club-Token` runs as member \"\".",
              symbol="Server.memberOnly", conf=0.9),
            F("PLAN-ACTIVE-RACE", "high", "bug", "`s.active` mutated without the mutex",
              "Take `s.mu` around the insert and the `len` in the log line; the watcher and the board iterate this map under the lock.",
              n=2, symbol="Server.handleFilePlan", conf=0.85),
            F("LINE-SEEN-RACE", "high", "bug", "`s.lineSeen` read and written without the mutex",
              "Lock `s.mu` around the lookup and the store (concurrent map writes are fatal in Go).",
              d=-1, n=2, symbol="Server.handleLineCheck", conf=0.85),
            F("CALLOUT-SHELL", "high", "security", "Rescue call-out built for `sh -c` from plan fields",
              "`exec.Command(\"calloutctl\", \"--page\", \"rescue\", \"--text\", msg)` with no shell.",
              symbol="Server.watchOverdue", conf=0.85),
            F("CALLOUT-ERROR-IGNORED", "high", "bug", "A failed call-out is ignored",
              "Check the error, log it loudly and retry; this is the rescue path.", symbol="Server.watchOverdue",
              conf=0.8),
        ]),
        "Plan validation, SQL and exposure:",
        Block([
            F("PLAN-BUDDY-MIN", "high", "bug", "Solo plans pass the buddy-team check",
              "`len(p.Divers) < 2`, matching the error message.", symbol="Server.handleFilePlan", conf=0.85),
            F("PLAN-MOD-O2-ZERO", "medium", "bug", "MOD computed from an unvalidated O2 fraction",
              "Require 0 < O2 <= 100 before dividing; 0 gives +Inf and lets any depth through.",
              symbol="Server.handleFilePlan", conf=0.8),
            F("PLAN-MOD-SLACK", "medium", "bug", "Depth check allows 1 m beyond the MOD",
              "Compare against `mod` itself.", symbol="Server.handleFilePlan", conf=0.7),
            F("PLAN-RUNTIME-UNCHECKED", "medium", "bug", "Runtime is not validated",
              "Require 1..600 minutes; a negative runtime pages rescue immediately, a huge one never.",
              symbol="Server.handleFilePlan", conf=0.65),
            F("PLAN-BODY-UNBOUNDED", "low", "security", "Plan body has no size limit",
              "Wrap `r.Body` in `http.MaxBytesReader` like handleLineCheck.", symbol="Server.handleFilePlan", conf=0.6),
            F("LINE-MISSING-OFF", "medium", "bug", "One missing guideline marker is not flagged",
              "`missing := c.Expected - c.Markers`.", symbol="Server.handleLineCheck", conf=0.8),
            F("LINE-FRAYED-ONE", "medium", "bug", "A single frayed point is not flagged",
              "`len(c.FrayedAt) > 0`.", symbol="Server.handleLineCheck", conf=0.75),
            F("LINE-SQLI-SITE", "high", "security", "SQL injection through the site path value",
              "Bind it as a parameter.", symbol="Server.handleLineCheck", conf=0.9),
            F("HISTORY-SQLI-LIMIT", "high", "security", "SQL injection through `limit`",
              "`strconv.Atoi`, clamp, and bind as `$2`.", symbol="Server.handleHistory", conf=0.9),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` after the error check; check `rows.Err()` after the loop.",
              symbol="Server.handleHistory", conf=0.8),
            F("BOARD-PUBLIC", "high", "security", "/board is public and lists emergency contacts",
              "Wrap it in `memberOnly` (or `officerOnly`).", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("MEMBER-NO-ROWS-PASSES", "critical", "security", "Auth bypass: ErrNoRows treated as success", "401 on ErrNoRows.",
              d=-1),
            F("CHECKOUT-NIL-PLAN", "critical", "bug", "nil pointer deref on unknown id (with mutex held)", "Check ok."),
            F("CHECKOUT-ANY-MEMBER", "high", "security", "Checkout not authorized against plan divers", "Check membership.",
              d=-1),
            F("PLAN-ACTIVE-RACE", "high", "bug", "Data race: len(s.active) / map write outside lock", "Lock.", d=+1),
            F("LINE-SEEN-RACE", "high", "bug", "Concurrent map write on lineSeen", "Lock."),
            F("LINE-SQLI-SITE", "high", "security", "SQLi via {site}", "Placeholder.", d=-1),
            F("HISTORY-SQLI-LIMIT", "high", "security", "SQLi via limit", "Atoi + placeholder.", d=-1),
            F("CALLOUT-SHELL", "high", "security", "sh -c with plan data (names, contact)", "No shell.", d=-1),
            F("PLAN-MOD-O2-ZERO", "medium", "bug", "Division by zero when o2_percent = 0 (MOD = +Inf)", "Validate."),
            F("PLAN-BODY-UNBOUNDED", "low", "security", "Unbounded JSON body in handleFilePlan", "MaxBytesReader.", d=-2),
            F("LINE-MISSING-OFF", "medium", "bug", "missing off by one: one absent marker still ok", "Drop -1.", d=+2),
            F("SERVER-NO-TIMEOUTS", "low", "security", "No server timeouts", "http.Server{...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the `sumpdive` service. It tracks cave-dive plans, shows who is
        underground and alerts rescue when a team is overdue, so reliability issues here have direct safety
        consequences.

        **1. Security Vulnerabilities**
        """,
        Block([
            F("MEMBER-NO-ROWS-PASSES", "CRITICAL", "Broken Authentication", "Authentication Bypass in memberOnly",
              "Reject the request when no member matches the token.", sd=-2, n=3,
              desc="When the token is not found, `sql.ErrNoRows` is ignored and the handler runs with an empty member name."),
            F("LINE-SQLI-SITE", "HIGH", "SQL Injection", "SQL Injection in Guideline Check Insert",
              "Use a placeholder for the site.", d=+1, sd=-1, n=3),
            F("HISTORY-SQLI-LIMIT", "HIGH", "SQL Injection", "SQL Injection via limit Parameter",
              "Parse and validate the limit.", sd=-2, n=3),
            F("CALLOUT-SHELL", "HIGH", "Command Injection", "Command Injection in Overdue Call-out",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("PLAN-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Leaked to Clients",
              "Return a generic error."),
            F("BOARD-PUBLIC", "HIGH", "Broken Access Control", "Unauthenticated Dive Board Exposes Personal Data",
              "Require authentication for /board."),
        ], wrap="list"),
        """
        **2. Concurrency and Reliability**
        """,
        Block([
            F("CHECKOUT-NIL-PLAN", "CRITICAL", "Availability", "Nil Pointer Dereference in Checkout",
              "Check that the plan exists.", sd=-2, n=3),
            F("CHECKOUT-UNLOCK-NOT-DEFERRED", "HIGH", "Availability", "Mutex Not Released on Panic",
              "Use `defer s.mu.Unlock()`.", d=+1, sd=-1, n=3),
            F("PLAN-ACTIVE-RACE", "HIGH", "Race Condition", "Unsynchronized Write to Active Plans Map",
              "Hold the mutex when writing.", sd=-2, n=3),
            F("LINE-SEEN-RACE", "HIGH", "Race Condition", "Unsynchronized Access to lineSeen Map",
              "Protect the map with the mutex.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "main.go mixes handlers, models and wiring; consider packages."}),
            F("PLAN-BUDDY-MIN", "HIGH", "Logic Error", "Buddy Rule Not Enforced",
              "Require at least two divers.", d=+1, sd=-1, n=3),
            F("PLAN-MOD-SLACK", "MEDIUM", "Logic Error", "Depth Check Tolerates Exceeding MOD",
              "Remove the +1 tolerance."),
            F("LINE-FRAYED-ONE", "MEDIUM", "Logic Error", "Single Frayed Section Not Flagged",
              "Flag any frayed point.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CHECKOUT-NIL-PLAN", "high", "bug", "checkout panics on unknown id", "check map lookup"),
            F("CHECKOUT-ANY-MEMBER", "medium", "security", "anyone can check out any team", "verify diver"),
            F("LINE-SQLI-SITE", "high", "security", "sql injection via site", "use $5"),
            F("CALLOUT-SHELL", "high", "security", "shell injection in callout", "no sh -c"),
            F("PLAN-MOD-SLACK", "medium", "bug", "mod+1 lets divers go past MOD", "compare with mod"),
            F("LINE-FRAYED-ONE", "low", "", "one frayed spot ignored", "> 0"),
            F("HISTORY-ROWS-NOT-CLOSED", "low", "bug", "rows not closed", "defer rows.Close()"),
            F("PLAN-BODY-UNBOUNDED", "low", "security", "no body size limit on plans", "MaxBytesReader"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication bypass in member middleware.
        2. Data races on shared maps.
        3. Injection: SQL (line checks, history) and shell (call-out).
        4. Validation gaps in dive plans.
        5. Exposure of personal data on the public board.
        """,
        Block([
            F("MEMBER-NO-ROWS-PASSES", "blocker", "security", "Missing token lookup result treated as authenticated",
              "Return 401 for no rows.", conf=0.85),
            F("CHECKOUT-ANY-MEMBER", "major", "security", "No authorization check on checkout", "Check team membership.",
              conf=0.7),
            F("CHECKOUT-NIL-PLAN", "blocker", "correctness", "Possible nil dereference of plan", "Check existence.",
              d=-1, conf=0.8),
            F("PLAN-ACTIVE-RACE", "major", "concurrency", "Race on active plans map", "Use mutex.", conf=0.8),
            F("LINE-SEEN-RACE", "major", "concurrency", "Race on lineSeen map", "Use mutex.", conf=0.75),
            F("LINE-SQLI-SITE", "major", "security", "SQL injection in line check insert", "Use parameters.", conf=0.85),
            F("LINE-MISSING-OFF", "minor", "correctness", "Off-by-one in missing marker count", "Remove - 1.", conf=0.7),
            F("HISTORY-SQLI-LIMIT", "major", "security", "SQL injection via limit", "Validate integer.", d=-1, conf=0.8),
            F("CALLOUT-SHELL", "major", "security", "Shell command injection in call-out", "Avoid shell.", d=-1,
              conf=0.8),
            F("CALLOUT-ERROR-IGNORED", "minor", "reliability", "Call-out command error ignored", "Handle error.",
              conf=0.7),
            F("PLAN-BUDDY-MIN", "major", "correctness", "Minimum team size check allows one diver", "Use < 2.",
              conf=0.75),
            F("PLAN-MOD-O2-ZERO", "major", "correctness", "MOD calculation does not validate oxygen percentage",
              "Validate O2 range.", d=+1, conf=0.7),
            F("BOARD-PUBLIC", "major", "security", "Dive board endpoint not authenticated", "Add middleware.",
              conf=0.8),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 9 major, 2 minor"),
    ]),
}
