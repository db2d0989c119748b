"""test105/go-anchordrop: a rope-access window-cleaning firm's anchor inspections and rope drops (Go, net/http + pgx).

Frozen test split test105: written 2026-12-07 by a helper session that had not seen the merger code, any
score or any other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once
for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or the other splits. "
    "Frozen test split test105: seeded problems in a small rope-access anchor and drop service; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "TECH-SPOOFABLE": P(M, 'tech := r.Header.Get("X-Tech")', "security", "techOnly trusts a client-chosen X-Tech header: no authentication at all for technicians", "signature-vs-statement"),
    "ADMIN-TOKEN-QUERY": P(M, 'if r.URL.Query().Get("token") != s.adminToken {', "security", "admin token passed in the query string (access logs, proxies, history)"),
    "ADMIN-FAILS-OPEN": P(M, 'if r.URL.Query().Get("token") != s.adminToken {', "security", "ANCHOR_ADMIN_TOKEN unset: a request with no token matches the empty string and passes adminOnly", "signature-vs-statement"),
    "INSPECT-EXPIRY-GRACE": P(M, "return a.Passed && now.Before(due.AddDate(0, 0, 1))", "bug", "anchors stay certified one day past the annual inspection date", "off-by-one"),
    "INSPECT-LOAD-BOUNDARY": P(M, "a.Passed = a.LoadKN > minProofLoadKN", "bug", "an anchor that held exactly the 12 kN proof load is failed (> instead of >=)", "off-by-one"),
    "INSPECT-DB-ERROR-LEAK": P(M, 'http.Error(w, "insert anchor: "+err.Error(), http.StatusInternalServerError)', "security", "database error text returned to the client"),
    "ANCHORS-SQLI": P(M, "WHERE building = '%s' ORDER BY %s\", building, sort)", "security", "building query value formatted into the SQL of GET /anchors", "source-vs-sink"),
    "ANCHORS-SORT-SQLI": P(M, "WHERE building = '%s' ORDER BY %s\", building, sort)", "security", "sort query value formatted into ORDER BY"),
    "ANCHORS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed: each listing leaks a pooled connection"),
    "ANCHORS-SCAN-IGNORED": P(M, "rows.Scan(&a.ID, &a.Building, &a.Label, &a.LoadKN, &a.InspectedAt, &a.Passed)", "bug", "Scan error ignored: zero-valued anchors listed"),
    "DROP-ONE-ANCHOR": P(M, "if len(d.AnchorIDs) < 1 {", "bug", "< 1 instead of < 2: a drop starts on one anchor although a working and a backup anchor are required", "off-by-one"),
    "DROP-SAME-ANCHOR-TWICE": P(M, "if len(d.AnchorIDs) < 1 {", "bug", "the same anchor id listed twice counts as working and backup anchor"),
    "ACTIVE-MAP-RACE": P(M, "s.active[d.ID] = &d", "bug", "active drops map written after s.mu is released: concurrent map writes with finish and the watcher", "critical-section"),
    "FINISH-NOT-OWNER": P(M, "d := s.active[id]", "security", "any technician can finish another technician's drop (X-Tech not compared with d.Tech)"),
    "FINISH-NIL-DROP": P(M, "d.Done = true", "bug", "unknown or already finished drop id: d is nil and the handler panics"),
    "ROPE-HOURS-RACE": P(M, "s.ropeHours[d.Tech] += hours", "bug", "ropeHours updated after s.mu is released while handleRopeHours reads it under the lock", "critical-section"),
    "WIND-SHELL-INJECTION": P(M, 'raw, err := exec.Command("sh", "-c", "wind-read --station "+station).Output()', "security", "station query value appended to a sh -c command", "source-vs-sink"),
    "WIND-PARSE-IGNORED": P(M, "speed, _ := strconv.ParseFloat(strings.TrimSpace(string(raw)), 64)", "bug", "an unreadable wind reading parses as 0 m/s and is reported safe"),
    "WATCH-MAP-RACE": P(M, "for _, d := range s.active {", "bug", "watcher ranges over s.active without s.mu while handlers write it", "critical-section"),
    "WATCH-PAGE-REPEATS": P(M, 'exec.Command("notify-rescue", d.Building, d.Tech).Run()', "bug", "an overdue drop is paged again every minute: never marked as paged"),
    "WATCH-PAGE-ERROR-IGNORED": P(M, 'exec.Command("notify-rescue", d.Building, d.Tech).Run()', "bug", "notify-rescue error ignored: a failed rescue page goes unnoticed"),
    "SERVER-NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8080", Handler: mux}', "security", "http.Server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("ADMIN-TOKEN-QUERY", "ADMIN-FAILS-OPEN"),
    ("ANCHORS-SQLI", "ANCHORS-SORT-SQLI"),
    ("ANCHORS-SQLI", "ANCHORS-ROWS-NOT-CLOSED"),
    ("ANCHORS-SORT-SQLI", "ANCHORS-ROWS-NOT-CLOSED"),
    ("DROP-ONE-ANCHOR", "DROP-SAME-ANCHOR-TWICE"),
    ("FINISH-NOT-OWNER", "FINISH-NIL-DROP"),
    ("FINISH-NIL-DROP", "ROPE-HOURS-RACE"),
    ("WATCH-PAGE-REPEATS", "WATCH-PAGE-ERROR-IGNORED"),
    ("WATCH-MAP-RACE", "WATCH-PAGE-REPEATS"),
    ("WATCH-MAP-RACE", "WATCH-PAGE-ERROR-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the anchordrop service: anchor inspections, the rope-drop log, the
        wind check and the overdue-drop watcher that pages the rescue team.

        | Severity | Count |
        |---|---|
        | Critical | 3 |
        | High | 6 |
        | Medium | 8 |
        | Low | 1 |

        What is right: `supervisorOnly` fails closed and uses `subtle.ConstantTimeCompare`; `nextDrop` is
        incremented under `s.mu`; `handleRopeHours` copies the map under the lock; the anchor check before a
        drop refuses anchors whose query fails. Several of the problems below are safety problems, not just
        bugs: a drop can start on one anchor, an anchor can stay certified a day too long, and the rescue
        watcher races with the handlers.
        """,
        Block([
            F("ANCHORS-SQLI", "critical", "security", "SQL injection through `building` in `GET /anchors`",
              "Use a placeholder: `WHERE building = $1`, passing `building` to `s.db.Query`.",
              symbol="Server.handleAnchors", conf=0.95),
            F("ANCHORS-SORT-SQLI", "high", "security", "`sort` is formatted into ORDER BY unchecked",
              "Map `sort` onto a fixed set of columns; identifiers cannot be bound as parameters.",
              symbol="Server.handleAnchors", conf=0.85),
            F("WIND-SHELL-INJECTION", "critical", "security", "Command injection in `/wind` via `station`",
              "Run `exec.Command(\"wind-read\", \"--station\", station)` without `sh -c`, and validate the station id.",
              symbol="Server.handleWind", conf=0.95),
            F("TECH-SPOOFABLE", "critical", "security", "`techOnly` authenticates nobody",
              "Any client that sets `X-Tech` is a technician and can start and finish drops under any name; use real credentials (per-tech tokens or mTLS).",
              symbol="Server.techOnly", conf=0.9),
            F("ADMIN-FAILS-OPEN", "high", "security", "`adminOnly` lets everyone in when `ANCHOR_ADMIN_TOKEN` is unset",
              "Fail closed like `supervisorOnly` and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.adminOnly", conf=0.85),
            F("ADMIN-TOKEN-QUERY", "medium", "security", "Admin token travels in the URL query string",
              "Read it from a header; query strings end up in access logs.", symbol="Server.adminOnly", conf=0.7),
            F("FINISH-NOT-OWNER", "medium", "security", "Any technician can finish any drop",
              "Compare `d.Tech` with the caller before removing the drop.", symbol="Server.handleFinishDrop", conf=0.7),
        ]),
        "Safety, correctness and concurrency:",
        Block([
            F("DROP-ONE-ANCHOR", "high", "bug", "A drop can start with a single anchor",
              "The message asks for a working and a backup anchor but the check is `< 1`; require `len(d.AnchorIDs) >= 2`.",
              symbol="Server.handleStartDrop", conf=0.9),
            F("INSPECT-EXPIRY-GRACE", "medium", "bug", "Anchor certification lasts one day too long",
              "`now.Before(due)` is enough; adding a day keeps an expired anchor usable on the day after its due date.",
              symbol="inspectionValid", conf=0.8),
            F("INSPECT-LOAD-BOUNDARY", "medium", "bug", "An anchor holding exactly the proof load fails inspection",
              "Use `a.LoadKN >= minProofLoadKN`.", symbol="Server.handleInspect", conf=0.75),
            F("ACTIVE-MAP-RACE", "high", "bug", "`s.active` written without holding `s.mu`",
              "Move `s.active[d.ID] = &d` (and `d.StartedAt`) before `s.mu.Unlock()`; maps are not safe for concurrent writes.",
              symbol="Server.handleStartDrop", conf=0.9),
            F("FINISH-NIL-DROP", "high", "bug", "Finishing an unknown drop panics",
              "Check `d, ok := s.active[id]` and return 404 when it is missing.", symbol="Server.handleFinishDrop", conf=0.9),
            F("ROPE-HOURS-RACE", "medium", "bug", "`s.ropeHours` updated outside the lock",
              "Update the map while still holding `s.mu`; `handleRopeHours` reads it under the lock.",
              symbol="Server.handleFinishDrop", conf=0.85),
            F("WATCH-MAP-RACE", "high", "bug", "`watchDrops` iterates `s.active` without the lock",
              "Collect the overdue drops under `s.mu`, then page outside it.", symbol="Server.watchDrops", conf=0.85),
            F("WATCH-PAGE-REPEATS", "medium", "bug", "Rescue is paged again every minute for the same drop",
              "Record that a drop has been paged and page once (or escalate deliberately).", symbol="Server.watchDrops", conf=0.7),
            F("ANCHORS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleAnchors`",
              "`defer rows.Close()` after the error check.", symbol="Server.handleAnchors", conf=0.85),
            F("ANCHORS-SCAN-IGNORED", "low", "bug", "`rows.Scan` error ignored", "Return 500 on a scan error and check `rows.Err()`.",
              symbol="Server.handleAnchors", conf=0.7),
            F("WIND-PARSE-IGNORED", "medium", "bug", "Unparseable wind reading is reported as safe",
              "A parse failure gives 0 m/s and `safe: true`; return 502 instead.", symbol="Server.handleWind", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("WIND-SHELL-INJECTION", "critical", "security", "sh -c with ?station= concatenated", "exec wind-read directly", d=-1),
            F("ANCHORS-SQLI", "critical", "security", "SQL injection: building query param in Sprintf", "$1 placeholder", d=-1),
            F("TECH-SPOOFABLE", "high", "security", "techOnly: X-Tech header is the only credential", "authenticate techs", d=-2),
            F("ADMIN-FAILS-OPEN", "high", "security", "adminOnly passes with empty ANCHOR_ADMIN_TOKEN", "require token set", d=-2),
            F("DROP-ONE-ANCHOR", "high", "bug", "Drop accepted with one anchor (check is < 1)", "< 2", d=+1),
            F("INSPECT-LOAD-BOUNDARY", "medium", "bug", "Proof load compared with > (12.0 kN exactly fails)", ">=", d=-1, sd=0),
            F("ACTIVE-MAP-RACE", "high", "bug", "Data race: s.active written after Unlock", "hold s.mu", d=-1),
            F("FINISH-NIL-DROP", "high", "bug", "nil pointer dereference for unknown drop id", "check ok"),
            F("ANCHORS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()"),
            F("WATCH-MAP-RACE", "high", "bug", "watchDrops reads s.active unlocked", "lock / snapshot"),
            F("WATCH-PAGE-ERROR-IGNORED", "medium", "bug", "notify-rescue Run() error dropped", "log + retry"),
            F("SERVER-NO-TIMEOUTS", "low", "security", "http.Server has no timeouts", "ReadHeaderTimeout etc."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `anchordrop` Go service, which records anchor inspections for a rope-access
        window-cleaning company, tracks active rope drops, checks the wind and alerts the rescue team when a
        drop runs too long.

        ### Critical Security Vulnerabilities
        """,
        Block([
            F("WIND-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Wind Endpoint",
              "Avoid `sh -c`; pass arguments directly.",
              desc="The `station` parameter is concatenated into a shell command line."),
            F("ANCHORS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Anchor Listing",
              "Use parameterized queries.", sd=-2, n=3),
            F("TECH-SPOOFABLE", "HIGH", "Broken Authentication", "Technician Identity Can Be Spoofed",
              "Implement proper authentication for technicians.", sd=-2, n=3),
            F("ADMIN-TOKEN-QUERY", "MEDIUM", "Information Disclosure", "Admin Token Passed in URL",
              "Use an Authorization header."),
            F("FINISH-NOT-OWNER", "MEDIUM", "Broken Access Control", "Drops Can Be Finished by Any Technician",
              "Verify that the caller owns the drop."),
            F("INSPECT-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Set `ReadTimeout`, `WriteTimeout` and `ReadHeaderTimeout`."),
        ], wrap="list"),
        """
        ### Concurrency and Safety Logic
        """,
        Block([
            F("ACTIVE-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Write on Active Drops",
              "Keep the map write inside the locked section.", d=-2,
              desc="The mutex is released before `s.active` is written, so two drops starting together can crash the process with a concurrent map write."),
            F("ROPE-HOURS-RACE", "MEDIUM", "Race Condition", "Unsynchronized Rope Hours Accumulation",
              "Update `ropeHours` while holding the mutex.", d=-3),
            F("WATCH-MAP-RACE", "HIGH", "Race Condition", "Watcher Iterates Shared Map Without Lock",
              "Lock the mutex while scanning.", d=+1),
            F("WATCH-PAGE-REPEATS", "LOW", "Logic Error", "Repeated Rescue Alerts",
              "Track which drops have already been alerted."),
            U({"severity": "LOW", "category": "Style", "description": "Handlers ignore the error from json.Encoder.Encode throughout the file."}),
            F("DROP-ONE-ANCHOR", "HIGH", "Logic Error", "Insufficient Anchor Count Validation",
              "Require at least two anchors."),
            F("WIND-PARSE-IGNORED", "MEDIUM", "Error Handling", "Wind Speed Parse Errors Ignored",
              "Handle the error from `ParseFloat`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("WIND-SHELL-INJECTION", "error", "security", "shell injection via station", "no sh -c"),
            F("ANCHORS-SQLI", "error", "security", "sqli in anchors list", "placeholders", d=+1),
            F("ADMIN-TOKEN-QUERY", "warning", "security", "admin token in query string", "use a header"),
            F("DROP-ONE-ANCHOR", "error", "bug", "only one anchor required for a drop", "len < 2"),
            F("FINISH-NIL-DROP", "error", "", "nil deref finishing unknown drop", "404 when missing"),
            F("ANCHORS-SCAN-IGNORED", "warning", "bug", "scan errors ignored", "check err"),
            F("WATCH-PAGE-ERROR-IGNORED", "warning", "bug", "rescue page errors ignored", "handle Run error"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: technician identity is a plain header; the admin token fails open and is sent in the URL.
        2. Injection: SQL injection in the anchor listing (two parameters), shell injection in the wind check.
        3. Concurrency: `s.active` and `s.ropeHours` are used outside the mutex by handlers and the watcher.
        4. Safety logic: the anchor count check, the proof-load boundary and the inspection expiry.
        5. Reliability: leaked rows, ignored errors, no server timeouts.
        """,
        Block([
            F("TECH-SPOOFABLE", "blocker", "security", "Technician authentication relies on an unverified header",
              "Authenticate technicians with a token.", d=-1, conf=0.85),
            F("ADMIN-FAILS-OPEN", "major", "security", "Admin check bypassed when token is not configured",
              "Reject requests when adminToken is empty.", conf=0.8),
            F("ANCHORS-SQLI", "blocker", "security", "SQL injection via building parameter",
              "Use query parameters.", conf=0.9),
            F("ANCHORS-SORT-SQLI", "major", "security", "SQL injection via sort parameter",
              "Allow-list sort columns.", conf=0.85),
            F("ANCHORS-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows are not closed",
              "Add defer rows.Close().", conf=0.85),
            F("WIND-SHELL-INJECTION", "blocker", "security", "OS command injection in wind station lookup",
              "Do not use a shell.", conf=0.9),
            F("ACTIVE-MAP-RACE", "major", "concurrency", "Unsynchronized write to active drops map",
              "Write under the mutex.", conf=0.85),
            F("ROPE-HOURS-RACE", "major", "concurrency", "Unsynchronized update of rope hours",
              "Hold the mutex while updating.", conf=0.8),
            F("WATCH-MAP-RACE", "major", "concurrency", "Background watcher reads active drops without locking",
              "Copy the map under the mutex.", conf=0.8),
            F("WATCH-PAGE-ERROR-IGNORED", "minor", "reliability", "Rescue notification errors are ignored",
              "Check the error returned by Run.", conf=0.7),
            F("DROP-ONE-ANCHOR", "major", "correctness", "Off-by-one in minimum anchor count",
              "Require len(d.AnchorIDs) >= 2.", conf=0.85),
            F("DROP-SAME-ANCHOR-TWICE", "major", "correctness", "Duplicate anchor IDs satisfy the backup anchor requirement",
              "Reject drops whose anchor IDs are not distinct.", conf=0.7),
            F("INSPECT-EXPIRY-GRACE", "major", "correctness", "Inspection validity extends one day beyond expiry",
              "Compare against the due date without the extra day.", d=-1, conf=0.75),
            F("INSPECT-LOAD-BOUNDARY", "minor", "correctness", "Proof load exactly at threshold is rejected",
              "Use >= for the threshold.", conf=0.7),
            F("FINISH-NIL-DROP", "major", "correctness", "Nil pointer dereference for unknown drop ID",
              "Check that the drop exists.", conf=0.85),
            F("INSPECT-DB-ERROR-LEAK", "minor", "security", "Internal database errors exposed in responses",
              "Return a generic error message.", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "minor", "security", "HTTP server lacks timeouts",
              "Configure ReadHeaderTimeout and WriteTimeout.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 10 major, 4 minor"),
    ]),
}
