"""test119/go-tractorrally: a vintage tractor rally desk (Go). Frozen test split test119; labels next to each finding.

Written 2026-12-08 by a helper session that had seen neither the merger code nor any score (see the test119
section of splits/README.md for exactly what it read).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-08 by a helper session that had seen neither the merger code nor any score. Frozen test "
    "split test119: seeded problems in a net/http + database/sql desk for a vintage tractor rally (exhibitor "
    "plots, parade order and announcements, boiler certificates, gate prices); five agents' answers written by hand."
)

G = "main.go"
PROBLEMS = {
    "STEWARD-TOKEN-EMPTY-OPEN": P(G, 'if r.Header.Get("X-Steward-Token") != s.stewardToken {', "security", "STEWARD_TOKEN unset: an empty header equals the empty token and stewardOnly lets the request through", "signature-vs-statement"),
    "STEWARD-TOKEN-TIMING": P(G, 'if r.Header.Get("X-Steward-Token") != s.stewardToken {', "security", "steward token compared with != (not constant time)"),
    "PLOT-INDEX-OFF-BY-ONE": P(G, "if err != nil || id < 0 || id > len(s.plots) {", "bug", "id == len(s.plots) passes the check and s.plots[id] panics (index out of range)", "off-by-one"),
    "CLAIM-LIMIT-OFF-BY-ONE": P(G, "s.claims[req.Exhibitor] <= maxPlotsPerExhibitor", "bug", "<= lets an exhibitor holding two plots claim a third", "off-by-one"),
    "PLOT-CLAIM-RACE": P(G, "plot.Exhibitor = req.Exhibitor", "bug", "handleClaim reads and writes plots and the s.claims map without s.mu: double claims, lost counts, concurrent map writes", "critical-section"),
    "PARADE-DEFAULT-EMPTY": P(G, 'count, _ := strconv.Atoi(r.URL.Query().Get("count"))', "bug", "count defaults to 0 when omitted: GET /parade without parameters returns an empty parade"),
    "PARADE-WINDOW-BOUNDS": P(G, "writeJSON(w, list[from:end])", "bug", "from and count never bounded: a negative from, a from past the end or a negative count makes list[from:end] panic", "off-by-one"),
    "ANNOUNCE-SHELL-INJECTION": P(G, 'exec.Command("sh", "-c", "announce-pa', "security", "entrant form value formatted into an sh -c command line", "source-vs-sink"),
    "ANNOUNCE-NO-TIMEOUT": P(G, 'exec.Command("sh", "-c", "announce-pa', "bug", "announce-pa run without a timeout or the request context: a hung PA blocks the handler"),
    "EXHIBITOR-SQLI": P(G, "WHERE county = '\" + county + \"'", "security", "county query value concatenated into the exhibitors SQL", "source-vs-sink"),
    "EXHIBITOR-ROWS-LEAK": P(G, "WHERE county = '\" + county + \"'", "bug", "rows never closed: the loop breaks at 200 rows and leaves the connection held"),
    "SCAN-ERROR-IGNORED": P(G, "rows.Scan(&e.ID, &e.Name, &e.Make, &e.Year, &e.Steam)", "bug", "Scan errors ignored (and rows.Err never checked): half-filled entrants returned"),
    "ENTRANT-CONTACT-PUBLIC": P(G, '"SELECT name, owner, phone, address FROM entrants WHERE id = $1"', "security", "unauthenticated GET /entrants/{id} returns the owner's phone and home address", "signature-vs-statement"),
    "SQL-ERROR-LEAKED": P(G, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "NO-CERT-PASSES": P(G, "if !expires.IsZero() && expires.Before(s.rallyDay) {", "bug", "no certificate row (ErrNoRows tolerated, zero expiry skipped): an uncertified boiler is allowed to steam"),
    "CERT-PATH-TRAVERSAL": P(G, 'dst := filepath.Join(s.certDir, engine+".pdf")', "security", "engine query value joined to certDir: the upload writes outside it", "source-vs-sink"),
    "CERT-UPLOAD-UNBOUNDED": P(G, "data, err := io.ReadAll(r.Body)", "security", "certificate upload reads an unbounded body into memory"),
    "GATE-FREE-AGE-OFF-BY-ONE": P(G, "if age <= freeUnderAge {", "bug", "<= freeUnderAge admits five-year-olds free although only under-fives go free", "off-by-one"),
    "GATE-COUNTER-RACE": P(G, "if s.gateCount%1000 == 0 {", "bug", "gateCount incremented and read from concurrent handlers without a lock: lost counts, milestone announced twice or never", "critical-section"),
    "REMINDER-INCLUDES-EXPIRED": P(G, "WHERE expires_on < now() + interval '14 days'", "bug", "already expired certificates match too: their owners are reminded every day forever"),
    "REMINDED-MAP-RACE": P(G, "s.reminded[engine] = time.Now()", "bug", "remindExpiring reads and writes s.reminded without s.mu while handleReminders reads it under the lock", "critical-section"),
    "REMINDER-SEND-UNCHECKED": P(G, 'exec.Command("send-reminder", email, engine).Run()', "bug", "engine marked reminded before send-reminder runs and its error ignored: a failed reminder is not retried for a day"),
    "RALLY-DAY-PARSE-IGNORED": P(G, 'day, _ := time.Parse("2006-01-02", os.Getenv("RALLY_DAY"))', "bug", "RALLY_DAY parse error ignored: a zero rally day makes every certificate look valid"),
    "SERVER-NO-TIMEOUTS": P(G, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("STEWARD-TOKEN-EMPTY-OPEN", "STEWARD-TOKEN-TIMING"),
    ("CLAIM-LIMIT-OFF-BY-ONE", "PLOT-CLAIM-RACE"),
    ("PARADE-DEFAULT-EMPTY", "PARADE-WINDOW-BOUNDS"),
    ("ANNOUNCE-SHELL-INJECTION", "ANNOUNCE-NO-TIMEOUT"),
    ("EXHIBITOR-SQLI", "EXHIBITOR-ROWS-LEAK"),
    ("SQL-ERROR-LEAKED", "NO-CERT-PASSES"),
    ("CERT-PATH-TRAVERSAL", "CERT-UPLOAD-UNBOUNDED"),
    ("REMINDED-MAP-RACE", "REMINDER-SEND-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is one `net/http` server (Go 1.22 patterns) over Postgres plus two pieces
        of in-memory state: the plot map and the reminder map. The secretary middleware is written correctly
        (fails closed on an empty token, `subtle.ConstantTimeCompare`) and `handleRelease` holds `s.mu` with a
        deferred unlock; the steward middleware and the claim handler are the ones to fix first. The boiler
        pressure rule (working pressure at most two thirds of test pressure) is implemented correctly.

        | Severity | Count |
        |---|---|
        | critical | 1 |
        | high | 7 |
        | medium | 9 |
        | low | 2 |
        """,
        Block([
            F("EXHIBITOR-SQLI", "critical", "security", "SQL injection via `county` in `handleExhibitors`",
              "Use a placeholder: `WHERE county = $1`, passing `county` as an argument.", symbol="Server.handleExhibitors", conf=0.95),
            F("EXHIBITOR-ROWS-LEAK", "medium", "bug", "`rows` is never closed in `handleExhibitors`, and the loop can break early",
              "`defer rows.Close()` right after the error check; the `break` at 200 rows leaves the connection checked out.",
              symbol="Server.handleExhibitors", conf=0.8),
            F("STEWARD-TOKEN-EMPTY-OPEN", "high", "security", "`stewardOnly` accepts requests without a token when `STEWARD_TOKEN` is unset",
              "Reject when `s.stewardToken == \"\"`, as `secretaryOnly` does.", symbol="Server.stewardOnly", conf=0.9),
            F("STEWARD-TOKEN-TIMING", "low", "security", "Steward token compared with `!=`",
              "`subtle.ConstantTimeCompare`.", symbol="Server.stewardOnly", conf=0.6),
            F("PLOT-INDEX-OFF-BY-ONE", "medium", "bug", "`handleClaim` bounds check lets `id == len(s.plots)` through (index out of range)",
              "`id >= len(s.plots)`, as in `handleRelease`.", symbol="Server.handleClaim", conf=0.9),
            F("CLAIM-LIMIT-OFF-BY-ONE", "medium", "bug", "Plot limit check lets an exhibitor claim a third plot",
              "`s.claims[req.Exhibitor] < maxPlotsPerExhibitor`.", symbol="Server.handleClaim", conf=0.85),
            F("PLOT-CLAIM-RACE", "high", "bug", "`handleClaim` mutates the plot and `s.claims` without holding `s.mu`",
              "Lock `s.mu` (with `defer s.mu.Unlock()`) before reading `plot.Exhibitor`; concurrent claims can take the same plot and concurrent writes to `s.claims` crash the process.",
              d=-1, n=3, symbol="Server.handleClaim", conf=0.85),
            F("PARADE-WINDOW-BOUNDS", "medium", "bug", "`GET /parade` panics on a negative or out-of-range window",
              "Clamp `from` to `[0, len(list)]` and `end` to `[from, len(list)]`.", symbol="Server.handleParade", conf=0.8),
            F("PARADE-DEFAULT-EMPTY", "low", "bug", "`GET /parade` without `count` returns an empty list",
              "Default `count` to `len(list)` when the parameter is missing.", symbol="Server.handleParade", conf=0.7),
            F("ANNOUNCE-SHELL-INJECTION", "high", "security", "Shell injection through `entrant` in `handleAnnounce`",
              "`exec.CommandContext(ctx, \"announce-pa\", msg)` with no shell.", symbol="Server.handleAnnounce", conf=0.9),
        ]),
        "Boilers, gate and background work:",
        Block([
            F("ENTRANT-CONTACT-PUBLIC", "high", "security", "`GET /entrants/{id}` exposes owners' phone numbers and addresses to anyone",
              "Drop phone and address from the public view or put it behind `secretaryOnly`.", d=-2, symbol="Server.handleEntrant", conf=0.85),
            F("SQL-ERROR-LEAKED", "medium", "security", "Database error text returned to the client in `handleSteamUp`",
              "Log `err` and answer a generic 500.", symbol="Server.handleSteamUp", conf=0.75),
            F("NO-CERT-PASSES", "high", "bug", "An engine with no boiler certificate on file is allowed to steam",
              "Treat `sql.ErrNoRows` as a refusal; the zero `expires` then skips the expiry check entirely.", symbol="Server.handleSteamUp", conf=0.85),
            F("CERT-PATH-TRAVERSAL", "high", "security", "`engine` is joined into the certificate path unchecked",
              "Validate `engine` against `^[0-9]+$` (or look it up) before building the path.", symbol="Server.handleCertUpload", conf=0.85),
            F("CERT-UPLOAD-UNBOUNDED", "medium", "security", "Certificate upload reads an unbounded body into memory",
              "`http.MaxBytesReader(w, r.Body, 10<<20)`.", symbol="Server.handleCertUpload", conf=0.75),
            F("GATE-COUNTER-RACE", "medium", "bug", "`s.gateCount` incremented without synchronization",
              "Use `atomic.Int64` and test the value returned by `Add`.", d=-1, symbol="Server.handleGate", conf=0.8),
            F("REMINDED-MAP-RACE", "high", "bug", "`remindExpiring` writes `s.reminded` without `s.mu` while `handleReminders` reads it",
              "Take `s.mu` around the check and the write; concurrent map read and write is a fatal error in Go.",
              symbol="Server.remindExpiring", conf=0.85),
            F("RALLY-DAY-PARSE-IGNORED", "medium", "bug", "`RALLY_DAY` parse error ignored: a zero rally day passes every certificate",
              "`log.Fatal` on a parse error.", symbol="main", conf=0.75),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no read or write timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("EXHIBITOR-SQLI", "critical", "security", "SQL injection: county concatenated into query", "Use $1.", d=-1),
            F("ANNOUNCE-SHELL-INJECTION", "high", "security", "sh -c with entrant from form -> command injection", "exec without shell.", d=-2),
            F("ANNOUNCE-NO-TIMEOUT", "low", "bug", "announce-pa runs without a timeout; a hung PA blocks the request", "exec.CommandContext with timeout."),
            F("CERT-PATH-TRAVERSAL", "high", "security", "engine query param joined into certDir (../ escapes)", "Validate engine id.", d=-1),
            F("STEWARD-TOKEN-EMPTY-OPEN", "high", "security", "stewardOnly open when STEWARD_TOKEN is empty", "Fail closed.", d=-2),
            F("PLOT-CLAIM-RACE", "high", "bug", "s.claims map written without lock (concurrent map writes)", "Hold s.mu.", d=+1),
            F("PLOT-INDEX-OFF-BY-ONE", "medium", "bug", "id > len(s.plots) should be >= (panic on id == len)", ">="),
            F("PARADE-WINDOW-BOUNDS", "medium", "bug", "list[from:end] unchecked: negative from/count panics", "Clamp.", d=-1),
            F("GATE-FREE-AGE-OFF-BY-ONE", "low", "bug", "Five-year-olds admitted free: age <= freeUnderAge", "<", d=+1),
            F("GATE-COUNTER-RACE", "medium", "bug", "Data race on gateCount; milestone can fire twice or never", "atomic.", d=+1),
            F("REMINDED-MAP-RACE", "high", "bug", "reminded map accessed from goroutine without s.mu", "Lock.", d=-1),
            F("SCAN-ERROR-IGNORED", "low", "bug", "rows.Scan error ignored; rows.Err() never checked", "Check both."),
        ], wrap="object", fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `tractorrally` service, a Go web server that manages exhibitor
        plots, the grand parade and boiler certificates for a vintage tractor rally.

        ### High-Level Summary

        The service has several injection vulnerabilities (SQL and shell), an authentication middleware that
        fails open, and multiple data races on shared in-memory state that can crash the process.

        ### Security Issues
        """,
        Block([
            F("EXHIBITOR-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Exhibitor Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `county` parameter is concatenated into the SQL string passed to `s.db.Query`."),
            F("ANNOUNCE-SHELL-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Ring Announcements",
              "Avoid `sh -c`; pass the message as an argument.", sd=-2, n=3,
              desc="The `entrant` form value is embedded in single quotes inside a shell command; a quote in the value breaks out."),
            F("STEWARD-TOKEN-EMPTY-OPEN", "HIGH", "Broken Authentication", "Steward Authentication Bypass with Empty Token",
              "Reject requests when the configured token is empty.", sd=-2, n=3),
            F("CERT-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Certificate Upload",
              "Sanitize the `engine` parameter."),
            F("ENTRANT-CONTACT-PUBLIC", "HIGH", "Information Disclosure", "Personal Data of Exhibitors Exposed",
              "Require authentication for entrant details."),
            F("SQL-ERROR-LEAKED", "MEDIUM", "Information Disclosure", "Database Errors Returned to Clients",
              "Return a generic error message."),
            F("CERT-UPLOAD-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Certificate Upload",
              "Wrap the body in `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "Missing HTTP Server Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ### Concurrency and Logic Issues
        """,
        Block([
            F("PLOT-CLAIM-RACE", "HIGH", "Race Condition", "Race Condition in Plot Claiming",
              "Hold `s.mu` for the whole claim.", d=-2,
              desc="`handleClaim` never locks `s.mu`, although `handleRelease` does; two claims can both see the plot as free."),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving handlers into separate files."}),
            F("GATE-COUNTER-RACE", "MEDIUM", "Race Condition", "Unsynchronized Visitor Counter",
              "Use `sync/atomic`.", sd=-1, n=3),
            F("REMINDED-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Reminder Goroutine",
              "Protect `s.reminded` with `s.mu`.", sd=-1, n=2),
            F("REMINDER-INCLUDES-EXPIRED", "LOW", "Logic Error", "Reminders Sent Indefinitely for Already Expired Certificates",
              "Add a lower bound: `expires_on >= now()`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("EXHIBITOR-SQLI", "error", "security", "sql injection in /exhibitors (county)", "use $1"),
            F("ANNOUNCE-SHELL-INJECTION", "error", "security", "shell injection in announce", "no sh -c"),
            F("CERT-PATH-TRAVERSAL", "error", "security", "path traversal in cert upload", "validate engine"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("CLAIM-LIMIT-OFF-BY-ONE", "warning", "bug", "exhibitor can claim 3 plots (<= should be <)", "use <"),
            F("EXHIBITOR-ROWS-LEAK", "warning", "", "rows not closed in handleExhibitors", "defer rows.Close()"),
            F("NO-CERT-PASSES", "error", "bug", "engine with no boiler cert can steam up", "refuse on ErrNoRows"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Security: SQL injection, authentication bypass, information disclosure.
        2. Concurrency: unsynchronized plot claims and reminder map.
        3. Correctness: several off-by-one errors in bounds and limits.
        4. Reliability: ignored errors and external commands without timeouts.
        """,
        Block([
            F("STEWARD-TOKEN-EMPTY-OPEN", "blocker", "security", "Steward authentication bypass with unset token",
              "Deny when the token is empty.", conf=0.9),
            F("STEWARD-TOKEN-TIMING", "minor", "security", "Timing-unsafe token comparison in stewardOnly",
              "Use subtle.ConstantTimeCompare.", conf=0.7),
            F("PLOT-INDEX-OFF-BY-ONE", "major", "correctness", "Off-by-one in plot id bounds check causes panic",
              "Use >= len(s.plots).", d=-1, conf=0.85),
            F("CLAIM-LIMIT-OFF-BY-ONE", "major", "correctness", "Off-by-one in per-exhibitor plot limit",
              "Use < maxPlotsPerExhibitor.", d=+1, conf=0.8),
            F("PLOT-CLAIM-RACE", "blocker", "concurrency", "Unsynchronized access to plots and claims map",
              "Hold s.mu in handleClaim.", conf=0.85),
            F("PARADE-DEFAULT-EMPTY", "minor", "correctness", "Parade listing returns nothing when count is omitted",
              "Default count to the full list.", d=+2, conf=0.6),
            F("ANNOUNCE-NO-TIMEOUT", "minor", "reliability", "External announce command executed without timeout",
              "Use exec.CommandContext.", conf=0.7),
            F("EXHIBITOR-SQLI", "blocker", "security", "SQL injection in exhibitor search", "Use query parameters.", conf=0.95),
            F("SCAN-ERROR-IGNORED", "minor", "correctness", "Errors from rows.Scan are ignored", "Check the error.", conf=0.7),
            F("NO-CERT-PASSES", "major", "correctness", "Missing boiler certificate is not treated as a failure",
              "Refuse engines without a certificate.", conf=0.75),
            F("SQL-ERROR-LEAKED", "major", "security", "Internal database errors exposed to clients", "Return a generic message.", conf=0.75),
            F("GATE-FREE-AGE-OFF-BY-ONE", "major", "correctness", "Off-by-one in free-entry age check",
              "Use age < freeUnderAge.", conf=0.8),
            F("REMINDED-MAP-RACE", "major", "concurrency", "Data race on reminded map in background goroutine",
              "Lock s.mu.", conf=0.8),
            F("REMINDER-SEND-UNCHECKED", "minor", "reliability", "Reminder marked as sent before send-reminder succeeds",
              "Mark only after a successful send.", conf=0.6),
            F("RALLY-DAY-PARSE-IGNORED", "major", "correctness", "Rally day parse error ignored", "Fail on startup.", conf=0.75),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 7 major, 5 minor"),
    ]),
}
