"""test73/go-launchrota: a lifeboat station's crew pager roster (Go). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test73: seeded problems in a small net/http crew pager roster for a lifeboat "
    "station; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "COX-TOKEN-QUERY": P(M, 'if r.URL.Query().Get("cox_token") != s.coxToken {', "security",
                         "coxswain token passed in the query string: it lands in proxy and access logs"),
    "COX-TOKEN-TIMING": P(M, 'if r.URL.Query().Get("cox_token") != s.coxToken {', "security",
                          "coxswain token compared with != instead of subtle.ConstantTimeCompare"),
    "AVAIL-OTHERS": P(M, "s.onCall[req.CrewID] = req.OnCall", "security",
                      "availability uses the crew_id from the body, not the authenticated crew: anyone can stand others down"),
    "AVAIL-RACE": P(M, "s.onCall[req.CrewID] = req.OnCall", "bug",
                    "onCall map and changes counter written without s.mu while pickCrew reads them: data race, fatal concurrent map write",
                    "critical-section"),
    "MIN-CREW-OBO": P(M, "if len(avail) <= minCrew {", "bug",
                      "<= refuses a page when exactly the minimum crew is on call", "off-by-one"),
    "ROTATION-OBO": P(M, "s.rotation = (s.rotation + 1) % (len(avail) - 1)", "bug",
                      "modulo len-1: the last crew member is never first, and one available crew would divide by zero",
                      "off-by-one"),
    "PAGE-SHELL": P(M, 'out, _ := exec.Command("sh", "-c", "pager-send --group "+group', "security",
                    "group and message form values concatenated into a sh -c command", "source-vs-sink"),
    "PAGE-ERR-IGNORED": P(M, 'out, _ := exec.Command("sh", "-c", "pager-send --group "+group', "bug",
                          "pager-send error discarded: a page that never went out is reported as sent"),
    "PAGE-LOG-UNBOUNDED": P(M, "s.pageLog = append(s.pageLog, string(out))", "performance",
                            "pageLog grows with every page's output and is never trimmed"),
    "ROUNDS-OBO": P(M, "for round := 0; round <= s.maxRounds; round++ {", "bug",
                    "<= runs maxRounds+1 escalation rounds: one extra reserve page", "off-by-one"),
    "ENOUGH-OBO": P(M, "if s.ackCount(p.ID) > p.Need {", "bug",
                    "> instead of >=: a fully acknowledged page still escalates to the reserve list", "off-by-one"),
    "ACK-NIL-DEREF": P(M, "p.Acked = append(p.Acked, crew.ID)", "bug",
                       "unknown page id gives a nil *Page: the handler panics", "signature-vs-statement"),
    "ACK-RACE": P(M, "p.Acked = append(p.Acked, crew.ID)", "bug",
                  "pages map read and Acked appended (and acks counted) without s.mu while escalate reads them: lost acks, race",
                  "critical-section"),
    "ACK-DUPLICATE": P(M, "p.Acked = append(p.Acked, crew.ID)", "bug",
                       "the same crew member acknowledging twice counts twice toward Need (extra, one agent)"),
    "ROSTER-SQLI": P(M, "rows, err := s.db.Query(q)", "security",
                     "week query value concatenated into the roster SQL", "source-vs-sink"),
    "ROSTER-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                "rows never closed (no defer rows.Close()): connections leak, worst on the early return"),
    "ROSTER-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                         "database error text returned to the client"),
    "CREW-UPDATE-IDOR": P(M, 'UPDATE crew SET name = $1, phone = $2, role = $3 WHERE id = $4', "security",
                          "any crew member can update any crew record: the path id is never compared with the caller",
                          "signature-vs-statement"),
    "CREW-MASS-ASSIGN": P(M, 'UPDATE crew SET name = $1, phone = $2, role = $3 WHERE id = $4', "security",
                          "role taken from the body: crew can make themselves coxswain"),
    "CREW-DELETE-ANY": P(M, 'if _, err := s.db.Exec("DELETE FROM crew WHERE id = $1", id); err != nil {', "security",
                         "any crew member can delete crew records: only crewAuth, no coxswain check",
                         "signature-vs-statement"),
    "HISTORY-LIMIT": P(M, 'limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))', "performance",
                       "history limit unbounded (and a bad value silently becomes 0)"),
    "HISTORY-SCAN-IGNORED": P(M, "rows.Scan(&p.ID, &p.Group, &p.Message, &p.SentAt)", "bug",
                              "Scan error ignored: zero-valued pages returned"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8088", mux))', "security",
                     "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("COX-TOKEN-QUERY", "COX-TOKEN-TIMING"),
    ("AVAIL-OTHERS", "AVAIL-RACE"),
    ("MIN-CREW-OBO", "ROTATION-OBO"),
    ("PAGE-SHELL", "PAGE-ERR-IGNORED"),
    ("PAGE-SHELL", "PAGE-LOG-UNBOUNDED"),
    ("ROUNDS-OBO", "ENOUGH-OBO"),
    ("ACK-NIL-DEREF", "ACK-RACE"),
    ("ACK-NIL-DEREF", "ACK-DUPLICATE"),
    ("ACK-RACE", "ACK-DUPLICATE"),
    ("ROSTER-SQLI", "ROSTER-ROWS-NOT-CLOSED"),
    ("ROSTER-SQLI", "ROSTER-ERR-LEAK"),
    ("ROSTER-ROWS-NOT-CLOSED", "ROSTER-ERR-LEAK"),
    ("CREW-UPDATE-IDOR", "CREW-MASS-ASSIGN"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole service. It is small, but it sits on the path between a shout and a
        launch, so I weighted anything that can stop or corrupt a page as highly as the security issues.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 8 |
        | medium | 6 |
        | low | 2 |

        Correct as written: `main` refuses to start without `COX_TOKEN`; `crewAuth` binds the token as a
        parameter; `pickCrew`, `ackCount` and the map write in `handlePage` hold `s.mu`; `sendPage` (the reserve
        page) passes arguments without a shell; `loadCrew` and `handleHistory` close their rows; request bodies
        are capped with `MaxBytesReader`.
        """,
        Block([
            F("PAGE-SHELL", "critical", "security", "Shell injection in `handlePage` via `group` and `message`",
              "Call `exec.Command(\"pager-send\", \"--group\", group, \"--msg\", msg)` as `sendPage` already does.",
              symbol="Server.handlePage", conf=0.95),
            F("ROSTER-SQLI", "critical", "security", "SQL injection through `week` in `handleRoster`",
              "Use `s.db.Query(\"... WHERE week = $1 ORDER BY day\", week)`.", symbol="Server.handleRoster", conf=0.95),
            F("ROSTER-ROWS-NOT-CLOSED", "medium", "bug", "`handleRoster` never closes `rows`",
              "`defer rows.Close()` right after the error check; the early return inside the loop leaks a connection each time.",
              symbol="Server.handleRoster", conf=0.85),
            F("COX-TOKEN-QUERY", "high", "security", "Coxswain token travels in the URL",
              "Read it from an `Authorization` header and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.coxswainOnly", conf=0.8),
            F("CREW-UPDATE-IDOR", "high", "security", "`PUT /crew/{id}` lets any crew member edit anyone",
              "Require `r.PathValue(\"id\") == crewFrom(r.Context()).ID` unless the caller is the coxswain.",
              symbol="Server.handleUpdateCrew", conf=0.85),
            F("CREW-MASS-ASSIGN", "high", "security", "Crew can set their own `role`",
              "Do not take `role` from the body; only a coxswain endpoint should change it.",
              symbol="Server.handleUpdateCrew", conf=0.85),
            F("CREW-DELETE-ANY", "high", "security", "Any crew token can delete crew records",
              "Register `DELETE /crew/{id}` behind `coxswainOnly`.", symbol="Server.handleDeleteCrew", conf=0.8),
            F("AVAIL-OTHERS", "high", "security", "Availability is set for the `crew_id` in the body",
              "Use `crewFrom(r.Context()).ID`; today any crew member can stand the whole roster down.",
              symbol="Server.handleAvailability", conf=0.85),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Concurrency and paging logic:",
        Block([
            F("AVAIL-RACE", "high", "bug", "`onCall` written without `s.mu`",
              "Lock around the write and `s.changes++`; `pickCrew` reads the map under the lock, so this is a data race that can crash the process with a concurrent map write.",
              symbol="Server.handleAvailability", conf=0.9),
            F("ACK-RACE", "high", "bug", "`handleAck` mutates the page without the lock",
              "Take `s.mu` for the map lookup, the append and `s.acks++`; `escalate` reads `Acked` under the lock.",
              symbol="Server.handleAck", conf=0.85),
            F("ACK-NIL-DEREF", "medium", "bug", "Acknowledging an unknown page id panics",
              "Check `p, ok := s.pages[id]` and return 404.", symbol="Server.handleAck", conf=0.85),
            F("ACK-DUPLICATE", "medium", "bug", "Repeated acks from one crew member count toward `Need`",
              "Ignore an ack when `crew.ID` is already in `p.Acked` (or keep a set).", symbol="Server.handleAck", conf=0.7),
            F("MIN-CREW-OBO", "high", "bug", "Page refused when exactly `minCrew` are on call",
              "`if len(avail) < minCrew`.", symbol="Server.pickCrew", conf=0.85),
            F("ROTATION-OBO", "medium", "bug", "Rotation modulus skips the last crew member",
              "`% len(avail)`; with one crew available `len(avail) - 1` is zero and this panics.",
              symbol="Server.pickCrew", conf=0.8),
            F("ROUNDS-OBO", "low", "bug", "Escalation runs one round more than `maxRounds`",
              "`round < s.maxRounds`.", symbol="Server.escalate", conf=0.75),
            F("ENOUGH-OBO", "medium", "bug", "A page acknowledged by exactly `Need` crew still escalates",
              "`>= p.Need`.", symbol="Server.escalate", conf=0.8),
            F("HISTORY-LIMIT", "medium", "performance", "`/history` limit has no upper bound",
              "Default to 50 and cap at 500; reject non-numeric values.", symbol="Server.handleHistory", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("PAGE-SHELL", "critical", "security", "sh -c with form values group/message", "argv exec.", d=-2),
            F("ROSTER-SQLI", "critical", "security", "SQL built from ?week=", "$1 placeholder.", d=-2),
            F("CREW-UPDATE-IDOR", "high", "security", "handleUpdateCrew: no ownership check on {id}", "Compare with caller.", d=-3),
            F("CREW-DELETE-ANY", "high", "security", "handleDeleteCrew reachable by any crew token", "coxswainOnly.", d=-2),
            F("COX-TOKEN-TIMING", "medium", "security", "Non-constant-time token compare", "subtle.ConstantTimeCompare."),
            F("AVAIL-RACE", "high", "bug", "Unsynchronised onCall/changes writes", "s.mu.", d=+1),
            F("ACK-RACE", "high", "bug", "handleAck reads s.pages without lock", "s.mu.", d=-1),
            F("ACK-NIL-DEREF", "medium", "bug", "handleAck: nil page on unknown id", "404 on missing.", d=-3),
            F("ROTATION-OBO", "medium", "bug", "Rotation modulo len-1", "% len(avail).", d=+1),
            F("ROUNDS-OBO", "low", "bug", "Escalation loop off by one", "round < maxRounds.", d=+1),
            F("ROSTER-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleRoster", "defer rows.Close()."),
            F("HISTORY-SCAN-IGNORED", "low", "bug", "Scan error dropped in handleHistory", "Check err."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `launchrota` service, which manages the pager roster for a lifeboat
        station's crew.

        **Overall Assessment**

        The service is compact and readable, but it has critical injection vulnerabilities, authorization gaps
        between crew members and the coxswain, and several data races on shared in-memory state that the Go race
        detector would flag.

        **Security Findings**
        """,
        Block([
            F("PAGE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Pager Dispatch",
              "Avoid `sh -c`; pass arguments directly to `pager-send`.", sd=-2, n=3,
              desc="User-supplied `group` and `message` are concatenated into a shell command line."),
            F("ROSTER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Roster Query",
              "Use a parameterized query.", d=-1, sd=-2, n=3),
            F("ROSTER-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("COX-TOKEN-QUERY", "HIGH", "Broken Authentication", "Coxswain Token Sent as URL Parameter",
              "Use a header.", sd=-1, n=3),
            F("COX-TOKEN-TIMING", "MEDIUM", "Broken Authentication", "Token Comparison Vulnerable to Timing Attacks",
              "Use `crypto/subtle`.", sd=-1, n=3),
            F("CREW-UPDATE-IDOR", "HIGH", "Broken Access Control", "Crew Records Editable by Any Crew Member",
              "Check the caller's identity.", sd=-2, n=3),
            F("CREW-MASS-ASSIGN", "HIGH", "Privilege Escalation", "Role Field Can Be Set by the Client",
              "Exclude the role from the update.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Reliability Findings**
        """,
        Block([
            F("AVAIL-RACE", "HIGH", "Race Condition", "Concurrent Map Write on onCall",
              "Protect the map with `s.mu`.", d=+1, sd=-1, n=3,
              desc="Go maps are not safe for concurrent writes; the runtime aborts with `fatal error: concurrent map writes`."),
            F("ACK-RACE", "HIGH", "Race Condition", "Data Race on Page Acknowledgements",
              "Lock `s.mu` in `handleAck`.", d=+1, sd=-1, n=3),
            F("MIN-CREW-OBO", "MEDIUM", "Logic Error", "Minimum Crew Check Rejects Exactly Enough Crew",
              "Use `<`.", d=+1, sd=-1, n=3),
            F("ROUNDS-OBO", "LOW", "Logic Error", "Escalation Performs One Extra Round",
              "Use `<` in the loop condition.", sd=0, n=3),
            F("PAGE-ERR-IGNORED", "MEDIUM", "Error Handling", "Pager Command Failure Ignored",
              "Check the error from `CombinedOutput`.", sd=-2, n=3),
            F("PAGE-LOG-UNBOUNDED", "LOW", "Performance", "Unbounded Growth of pageLog",
              "Keep a ring buffer.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting main.go into handler files."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("PAGE-SHELL", "high", "security", "shell injection in handlePage", "no sh -c"),
            F("ROSTER-SQLI", "high", "security", "sqli in roster week", "use $1"),
            F("CREW-DELETE-ANY", "medium", "security", "any crew can delete crew", "coxswain only"),
            F("AVAIL-OTHERS", "medium", "", "can set availability for other crew", "use auth crew id"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Command and SQL injection (2 issues)
        2. Access control (4 issues)
        3. Concurrency (2 issues)
        4. Paging logic (3 issues)
        5. Error handling and resources (4 issues)
        """,
        Block([
            F("PAGE-SHELL", "blocker", "security", "OS command injection when sending a page",
              "Do not use sh -c.", conf=0.9),
            F("ROSTER-SQLI", "blocker", "security", "SQL injection in roster lookup",
              "Use query parameters.", conf=0.9),
            F("COX-TOKEN-QUERY", "major", "security", "Coxswain token exposed in query string",
              "Move to header.", conf=0.75),
            F("AVAIL-OTHERS", "major", "security", "Crew can change other crew members' availability",
              "Use the authenticated crew ID.", conf=0.8),
            F("CREW-UPDATE-IDOR", "major", "security", "Missing authorization in crew update",
              "Restrict to own record.", conf=0.8),
            F("CREW-MASS-ASSIGN", "major", "security", "Privilege escalation via role field",
              "Ignore role from request.", conf=0.8),
            F("AVAIL-RACE", "major", "concurrency", "Unsynchronized access to onCall map",
              "Use mutex.", conf=0.85),
            F("ACK-RACE", "major", "concurrency", "Race condition on page acknowledgements",
              "Use mutex.", conf=0.8),
            F("ACK-NIL-DEREF", "major", "reliability", "Nil pointer dereference for unknown page",
              "Check map lookup result.", conf=0.8),
            F("MIN-CREW-OBO", "major", "correctness", "Off-by-one in minimum crew check",
              "Use < instead of <=.", conf=0.8),
            F("ENOUGH-OBO", "major", "correctness", "Escalation continues although enough crew acknowledged",
              "Use >= when comparing with Need.", d=-2, sd=0, conf=0.75),
            F("PAGE-ERR-IGNORED", "minor", "reliability", "Error from pager-send ignored",
              "Handle the error.", conf=0.7),
            F("ROSTER-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in roster handler",
              "defer rows.Close().", conf=0.8),
            F("ROSTER-ERR-LEAK", "minor", "security", "Internal error message returned to client",
              "Return a generic error.", conf=0.65),
            F("HISTORY-LIMIT", "minor", "performance", "No maximum on history limit",
              "Cap the limit.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 9 major, 4 minor"),
    ]),
}
