"""test37/go-beaconcheck: an avalanche-beacon check-in service for ski-tour groups (Go, net/http + database/sql).

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers and specs (only specs/tune2__py_snapctl.py, for the format). Frozen test split: scored, never
tuned on.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any "
    "other split's answers. Frozen test split (test37): seeded problems in a trailhead avalanche-beacon check-in and "
    "overdue-alert service for ski-tour groups; five agents' answers written by hand."
)

M = "main.go"
G = "groups.go"
C = "checkin.go"
PROBLEMS = {
    "TOKEN-FAIL-OPEN": P(M, 'r.Header.Get("X-Guide-Token") != s.guideToken', "security", "guideOnly lets everyone through when GUIDE_TOKEN is unset"),
    "TOKEN-TIMING": P(M, 'r.Header.Get("X-Guide-Token") != s.guideToken', "security", "guide token compared with != instead of subtle.ConstantTimeCompare"),
    "SERVER-NO-TIMEOUT": P(M, 'http.ListenAndServe(":8080", mux)', "security", "extra, one agent: http.ListenAndServe without read/write timeouts (slowloris)"),
    "BATTERY-OBO": P(G, "b.BatteryPct > MinBatteryPct", "bug", "> instead of >=: a beacon at exactly 40 % fails though 40 % passes", "off-by-one"),
    "BODY-UNBOUNDED": P(G, "json.NewDecoder(r.Body).Decode(&g)", "security", "registration body read without http.MaxBytesReader"),
    "REGISTER-MASS-ASSIGN": P(G, "json.NewDecoder(r.Body).Decode(&g)", "security", "client sets server-owned fields (alerted, checked_out, checked_in) and an unchecked return_by"),
    "GROUP-PII": P(G, 'json.NewEncoder(w).Encode(s.groups[r.PathValue("id")])', "security", "GET /groups/{id} unauthenticated: leader phone and members' emergency contacts to anyone", "signature-vs-statement"),
    "RECENT-BOUNDS": P(G, "recent := s.log[len(s.log)-n:]", "bug", "n larger than the log (default 20) or negative: slice bounds panic", "off-by-one"),
    "RECENT-RACE": P(G, "recent := s.log[len(s.log)-n:]", "bug", "s.log read without s.mu while check-ins append to it"),
    "MEMBERS-OBO": P(C, "for i := 1; i <= len(g.Members); i++ {", "bug", "loop from 1 to len inclusive: first member's beacon skipped, index out of range panic", "off-by-one"),
    "CHECKIN-RACE": P(C, "g.CheckedIn++", "bug", "handleCheckin reads the map and bumps CheckedIn / appends to s.log without s.mu", "critical-section"),
    "CHECKOUT-NO-AUTH": P(C, "func (s *Server) handleCheckout(", "security", "checkout route has no guide token: anyone can check a group out and silence its overdue alert"),
    "CHECKOUT-NIL": P(C, 'g := s.groups[r.PathValue("id")]', "bug", "unknown id: nil group dereferenced, handler panics"),
    "SQLI-GROUP": P(C, 'rows, err := s.db.Query("SELECT group_id', "security", "group query value concatenated into the history SQL", "source-vs-sink"),
    "SQLI-SINCE": P(C, 'rows, err := s.db.Query("SELECT group_id', "security", "since query value concatenated into the history SQL", "source-vs-sink"),
    "ROWS-LEAK": P(C, 'rows, err := s.db.Query("SELECT group_id', "bug", "rows never closed (no defer rows.Close()): connections leak, notably on the scan-error return"),
    "ERR-LEAK": P(C, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "OVERDUE-EARLY": P(C, "g.ReturnBy.Before(now.Add(s.grace))", "bug", "overdue test inverted: groups are reported grace minutes before their return time, not after"),
    "ALERT-DOUBLE": P(C, "go func(g *Group) {", "bug", "Alerted set only after notify returns, in a goroutine, unlocked: a slow notify is re-sent every tick (data race)", "critical-section"),
    "ALERT-LOST": P(C, "g.Alerted = true", "bug", "Alerted set even when notifyRescue failed: the rescue desk is never told and never retried"),
    "NOTIFY-SHELL": P(C, 'exec.Command("sh", "-c"', "security", "group name, route and leader phone interpolated into sh -c", "signature-vs-statement"),
    "NOTIFY-HANG": P(C, "return cmd.Run()", "bug", "notify-rescue run without a timeout/context: a hung command blocks forever and leaks the goroutine"),
}

CONFUSABLE = [
    ("TOKEN-FAIL-OPEN", "TOKEN-TIMING"),
    ("BODY-UNBOUNDED", "REGISTER-MASS-ASSIGN"),
    ("RECENT-BOUNDS", "RECENT-RACE"),
    ("CHECKOUT-NO-AUTH", "CHECKOUT-NIL"),
    ("SQLI-GROUP", "SQLI-SINCE"),
    ("SQLI-GROUP", "ROWS-LEAK"),
    ("SQLI-SINCE", "ROWS-LEAK"),
    ("ROWS-LEAK", "ERR-LEAK"),
    ("SQLI-GROUP", "ERR-LEAK"),
    ("ALERT-DOUBLE", "ALERT-LOST"),
    ("NOTIFY-SHELL", "NOTIFY-HANG"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, `groups.go` and `checkin.go`. This service decides whether a rescue desk hears about
        an overdue ski-tour group, so I weighted anything that can suppress, delay or falsify that alert highly.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 6 |
        | low | 2 |

        Done right: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleRegister` and
        `handleGroup` take `s.mu` around the map; `handleHistory` checks `Scan` errors; `watchOverdue` collects the
        due groups under the lock before notifying.
        """,
        Block([
            F("OVERDUE-EARLY", "critical", "bug", "Overdue check fires before the return time instead of after the grace period",
              "Use `now.After(g.ReturnBy.Add(s.grace))`; today a group due at 16:00 is reported at 15:30.",
              symbol="Server.watchOverdue", conf=0.9),
            F("NOTIFY-SHELL", "critical", "security", "`notifyRescue` passes group-supplied text to `sh -c`",
              "Call `exec.Command(\"notify-rescue\", \"--phone\", g.LeaderPhone, \"--msg\", msg)` without a shell.",
              symbol="notifyRescue", conf=0.9),
            F("SQLI-GROUP", "critical", "security", "SQL injection via `group` in `handleHistory`",
              "Use placeholders: `WHERE group_name = $1 AND at >= $2`.", symbol="Server.handleHistory", conf=0.95),
            F("SQLI-SINCE", "high", "security", "SQL injection via `since` in `handleHistory`",
              "Parse `since` with `time.Parse` and bind it.", symbol="Server.handleHistory", conf=0.9),
            F("ROWS-LEAK", "medium", "bug", "`rows` is never closed",
              "Add `defer rows.Close()` after the error check and check `rows.Err()`.", symbol="Server.handleHistory", conf=0.85),
            F("TOKEN-FAIL-OPEN", "high", "security", "`guideOnly` is disabled when `GUIDE_TOKEN` is empty",
              "Refuse all requests (or refuse to start) when the token is not configured, as `adminOnly` does.",
              symbol="Server.guideOnly", conf=0.85),
            F("TOKEN-TIMING", "low", "security", "Guide token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.guideOnly", conf=0.6),
            F("CHECKOUT-NO-AUTH", "high", "security", "Check-out is not behind `guideOnly`",
              "Wrap the route with `s.guideOnly`; anyone can currently check a group out and cancel its rescue alert.",
              symbol="Server.handleCheckout", conf=0.85),
            F("CHECKOUT-NIL", "medium", "bug", "Checking out an unknown group panics",
              "Use `g, ok := ...` and answer 404.", d=+1, symbol="Server.handleCheckout", conf=0.85),
        ]),
        "Concurrency and bounds:",
        Block([
            F("CHECKIN-RACE", "high", "bug", "`handleCheckin` mutates shared state without `s.mu`",
              "Hold `s.mu` for the lookup, the counter and the append to `s.log`.", symbol="Server.handleCheckin", conf=0.85),
            F("MEMBERS-OBO", "high", "bug", "Beacon loop skips the first member and indexes past the end",
              "`for _, m := range g.Members`.", symbol="Server.handleCheckin", conf=0.95),
            F("ALERT-DOUBLE", "medium", "bug", "Rescue alert can be sent repeatedly for one group",
              "Set `Alerted` under `s.mu` before starting the goroutine (and clear it on failure).", d=-1,
              symbol="Server.watchOverdue", conf=0.75),
            F("BATTERY-OBO", "medium", "bug", "Beacon at exactly 40 % battery is rejected",
              "`b.BatteryPct >= MinBatteryPct`, matching the comment.", symbol="beaconOK", conf=0.85),
            F("RECENT-BOUNDS", "medium", "bug", "`/recent` panics when fewer than `n` events exist",
              "Clamp `n` to `[0, len(s.log)]`.", symbol="Server.handleRecent", conf=0.85),
            F("GROUP-PII", "medium", "security", "Group details, including emergency contacts, are public",
              "Require the guide token and omit contacts from the response.", symbol="Server.handleGroup", conf=0.75),
            F("REGISTER-MASS-ASSIGN", "low", "bug", "Registration decodes straight into `Group`",
              "Decode into a request struct; set `Alerted`, `CheckedIn`, `CheckedOut` server-side and validate `ReturnBy`.",
              symbol="Server.handleRegister", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SQLI-GROUP", "critical", "security", "handleHistory: group param concatenated into SQL", "Placeholders.", d=-2),
            F("SQLI-SINCE", "high", "security", "handleHistory: since param concatenated into SQL", "Placeholders.", d=-1),
            F("NOTIFY-SHELL", "critical", "security", "notifyRescue: sh -c with group fields", "exec without shell.", d=-2),
            F("OVERDUE-EARLY", "high", "bug", "overdue condition inverted (alerts before due)", "now.After(ReturnBy+grace)."),
            F("MEMBERS-OBO", "high", "bug", "i <= len(g.Members) out of range; member 0 never checked", "range loop.", d=+1),
            F("CHECKIN-RACE", "high", "bug", "handleCheckin: map/counter/log without mutex", "s.mu.", d=+1),
            F("RECENT-RACE", "medium", "bug", "handleRecent reads s.log without mutex", "s.mu."),
            F("CHECKOUT-NIL", "medium", "bug", "handleCheckout: nil deref on unknown id", "ok check.", d=+1),
            F("ALERT-DOUBLE", "medium", "bug", "Alerted written in goroutine after notify: duplicate pages + data race", "Set under lock first.", d=+2),
            F("NOTIFY-HANG", "medium", "bug", "cmd.Run without timeout", "exec.CommandContext with deadline."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `beaconcheck` service, which registers ski-tour groups, checks their
        avalanche beacons at the trailhead and alerts a rescue desk when a group is overdue.

        **Overall Assessment**

        The structure is clear, but several issues undermine the core safety function: the overdue logic, the
        alerting path and the concurrency around shared state.
        """,
        Block([
            F("SQLI-GROUP", "CRITICAL", "SQL Injection", "SQL Injection in History Endpoint",
              "Use parameterized queries.", sd=-2, n=3,
              desc="Both the `group` and `since` parameters are concatenated into the query string."),
            F("NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in Rescue Notification",
              "Invoke the binary directly.", sd=-2, n=3),
            F("GROUP-PII", "HIGH", "Information Disclosure", "Sensitive Group Data Exposed Without Authentication",
              "Protect the endpoint.", d=-3,
              desc="`handleGroup` returns the full struct, including leader phone and emergency contacts."),
            F("ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message."),
            F("BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Registration",
              "Wrap the body with `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUT", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout` and friends."),
        ], wrap="list"),
        "**Logic and Concurrency**",
        Block([
            F("OVERDUE-EARLY", "HIGH", "Logic Error", "Incorrect Overdue Calculation",
              "Compare `now` against `ReturnBy` plus grace."),
            F("ALERT-LOST", "HIGH", "Logic Error", "Failed Rescue Notifications Are Marked as Sent",
              "Only set `Alerted` on success and retry on failure.", d=-1, sd=-1, n=2),
            F("CHECKIN-RACE", "MEDIUM", "Race Condition", "Unsynchronized Check-in Counter",
              "Acquire the mutex.", n=2),
            F("MEMBERS-OBO", "HIGH", "Logic Error", "Off-by-One in Member Loop",
              "Start at 0 and use `<`."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting handlers into a package."}),
            F("RECENT-BOUNDS", "MEDIUM", "Availability", "Slice Out of Range in Recent Events",
              "Bound `n`.", d=-2),
            F("BATTERY-OBO", "LOW", "Logic Error", "Battery Threshold Excludes the Minimum",
              "Use `>=`.", d=-3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("TOKEN-FAIL-OPEN", "high", "security", "guide auth off when GUIDE_TOKEN empty", "fail closed"),
            F("SQLI-GROUP", "high", "security", "group name concatenated into history query", "bind params"),
            F("SQLI-SINCE", "high", "security", "since goes into sql string", "bind params"),
            F("NOTIFY-SHELL", "high", "security", "sh -c with leader phone / group name", "no shell", d=-1),
            F("OVERDUE-EARLY", "high", "bug", "overdue check alerts before return time", "now.After(ReturnBy.Add(grace))"),
            F("ROWS-LEAK", "medium", "", "rows not closed", "defer rows.Close()"),
            F("CHECKOUT-NO-AUTH", "high", "security", "checkout unauthenticated", "guideOnly"),
            F("BATTERY-OBO", "low", "bug", "40% battery rejected", ">="),
            F("ALERT-DOUBLE", "medium", "bug", "duplicate rescue alerts while notify runs", "mark before send", d=-1),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Injection in history queries and rescue notifications.
        2. Safety logic: overdue detection and alert state.
        3. Concurrency on shared maps and slices.
        4. Input validation and bounds.
        """,
        Block([
            F("SQLI-GROUP", "blocker", "security", "SQL injection in handleHistory via group name", "Use bound parameters.", conf=0.9),
            F("SQLI-SINCE", "major", "security", "SQL injection in handleHistory via since", "Use bound parameters.", d=-1, conf=0.85),
            F("NOTIFY-SHELL", "blocker", "security", "Shell command injection in notifyRescue", "Avoid sh -c.", conf=0.85),
            F("NOTIFY-HANG", "minor", "reliability", "External command has no timeout", "Use CommandContext.", d=-1, conf=0.6),
            F("OVERDUE-EARLY", "blocker", "correctness", "Overdue groups detected too early", "Fix the time comparison.", conf=0.85),
            F("ALERT-LOST", "major", "correctness", "Alert flagged as sent even when notification fails",
              "Set Alerted only after success.", conf=0.75),
            F("ALERT-DOUBLE", "major", "concurrency", "Race on Alerted flag between watcher ticks",
              "Protect with the mutex.", conf=0.7),
            F("RECENT-BOUNDS", "major", "correctness", "Slice bounds panic in handleRecent", "Clamp n.", conf=0.8),
            F("RECENT-RACE", "minor", "concurrency", "Unsynchronized read of the event log", "Lock s.mu.", conf=0.6),
            F("MEMBERS-OBO", "major", "correctness", "Index out of range in beacon check loop", "Use range.", d=+1, conf=0.85),
            F("CHECKIN-RACE", "major", "concurrency", "Check-in counter updated without lock", "Lock s.mu.", d=+1, conf=0.75),
            F("REGISTER-MASS-ASSIGN", "minor", "security", "Client can set alerted/checked_out on registration",
              "Use a DTO.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 3 blocker, 6 major, 3 minor"),
    ]),
}
