"""test79/go-lurecall: a falconry centre's desk (Go, net/http with Go 1.22 patterns + database/sql). Frozen test split;
labels inline.

Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders, and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test79 (for round 41): seeded problems in a falconry centre's desk (birds, daily "
    "weigh-ins, flying displays and their tickets, handlers); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "HANDLER-TOKEN-FAILS-OPEN": P(M, "!= s.handlerTok", "security", "HANDLER_TOKEN unset: an empty header equals the empty token and handlerOnly lets everyone in", "signature-vs-statement"),
    "HANDLER-TOKEN-TIMING": P(M, "!= s.handlerTok", "security", "handler token compared with != instead of subtle.ConstantTimeCompare"),
    "BIRDS-SQLI-SPECIES": P(M, "ILIKE '%%%s%%' ORDER BY %s", "security", "species query value formatted into the SQL text: SQL injection", "source-vs-sink"),
    "BIRDS-SQLI-SORT": P(M, "ILIKE '%%%s%%' ORDER BY %s", "security", "sort query value formatted into ORDER BY: SQL injection"),
    "BIRDS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak from the pool"),
    "BIRDS-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text sent to the client (helps the injection next to it)"),
    "REGISTER-BODY-UNBOUNDED": P(M, "json.NewDecoder(r.Body).Decode(&b)", "security", "bird registration decodes the body without http.MaxBytesReader: unbounded request body", "signature-vs-statement"),
    "WEIGH-PARSE-IGNORED": P(M, 'grams, _ := strconv.ParseFloat(r.FormValue("grams"), 64)', "bug", "ParseFloat error ignored: a missing or malformed weight is recorded as 0 g and raises a false alert"),
    "ALERT-SHELL-INJECTION": P(M, 'exec.Command("sh", "-c", "notify-keeper', "security", "bird name put into an sh -c command line inside single quotes: command injection"),
    "ALERT-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug", "notify-keeper run without a context or timeout: a hung notifier keeps the goroutine and process forever"),
    "TREND-RACE": P(M, "ws := s.weights[id]", "bug", "weights map read without s.mu while weigh-ins append under it: data race, concurrent map read and write", "critical-section"),
    "TREND-INDEX-OOR": P(M, "for i := len(ws) - 7; i <= len(ws); i++", "bug", "i <= len(ws) reads ws[len(ws)]: index out of range on every call", "off-by-one"),
    "TREND-FEWER-THAN-7": P(M, "for i := len(ws) - 7; i <= len(ws); i++", "bug", "fewer than seven weigh-ins gives a negative start index (and ws[len(ws)-1] panics on none)"),
    "TICKETS-SEATS-NEGATIVE": P(M, "s.sold[id] += req.Seats", "bug", "seats not validated: negative seats lower the sold count and free places"),
    "TICKETS-OVERSELL": P(M, "if s.sold[id] > capacity {", "bug", "sold map updated and checked without s.mu: concurrent buyers oversell a display and race on the map", "critical-section"),
    "PHOTO-TRAVERSAL": P(M, "f, err := os.Open(filepath.Join(s.photoDir, name))", "security", "name path value (..%2F decoded) joined to the photo directory: any file readable", "source-vs-sink"),
    "PHOTO-FILE-NOT-CLOSED": P(M, "f, err := os.Open(filepath.Join(s.photoDir, name))", "bug", "opened photo file never closed: file descriptors leak"),
    "SPECIES-NO-TIMEOUT": P(M, 'resp, err := http.Get("https://raptor-registry', "bug", "http.Get on the default client has no timeout and ignores the request context"),
    "SPECIES-BODY-NOT-CLOSED": P(M, 'resp, err := http.Get("https://raptor-registry', "bug", "response body never closed: connections leak"),
    "SPECIES-CACHE-UNBOUNDED": P(M, "s.species[name] = body", "performance", "species cache keyed by any requested name, never evicted: unbounded memory"),
    "DISPLAYS-START-OOR": P(M, "start := page * 10", "bug", "page not bounded: a negative page or one past the end makes all[start:end] panic"),
    "DISPLAYS-LAST-DROPPED": P(M, "end = len(all) - 1", "bug", "clamping end to len(all) - 1 drops the last display of the day from the last page", "off-by-one"),
    "SERVER-NO-TIMEOUTS": P(M, 'srv := &http.Server{Addr: ":8080", Handler: mux}', "security", "http.Server without ReadHeaderTimeout/ReadTimeout/WriteTimeout: slowloris"),
}

CONFUSABLE = [
    ("HANDLER-TOKEN-FAILS-OPEN", "HANDLER-TOKEN-TIMING"),
    ("BIRDS-SQLI-SPECIES", "BIRDS-SQLI-SORT"),
    ("BIRDS-SQLI-SPECIES", "BIRDS-ROWS-NOT-CLOSED"),
    ("BIRDS-ROWS-NOT-CLOSED", "BIRDS-ERR-LEAK"),
    ("BIRDS-SQLI-SORT", "BIRDS-ERR-LEAK"),
    ("ALERT-SHELL-INJECTION", "ALERT-NO-TIMEOUT"),
    ("TREND-INDEX-OOR", "TREND-FEWER-THAN-7"),
    ("TREND-RACE", "TREND-INDEX-OOR"),
    ("TREND-RACE", "TREND-FEWER-THAN-7"),
    ("TICKETS-SEATS-NEGATIVE", "TICKETS-OVERSELL"),
    ("PHOTO-TRAVERSAL", "PHOTO-FILE-NOT-CLOSED"),
    ("SPECIES-NO-TIMEOUT", "SPECIES-BODY-NOT-CLOSED"),
    ("DISPLAYS-START-OOR", "DISPLAYS-LAST-DROPPED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the falconry centre's desk service: bird registration and search,
        weigh-ins with an out-of-range alert to the keeper, a seven-day weight trend, the day's flying displays
        with ticket sales, bird photos and a cached lookup in an external species registry.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 5 |
        | low | 2 |

        The two things I would fix first are the SQL built with `fmt.Sprintf` in `handleBirds` and the shell
        command in `alertIfOutOfRange`, which takes a bird's name from the database. After that: the handler
        middleware, the unsynchronised maps (`weights` in the trend, `sold` in ticket sales), and the trend loop,
        which panics on every request.

        Correct as written, worth keeping: `adminOnly` fails closed on an empty token and uses
        `subtle.ConstantTimeCompare`; `handleWeighIn` appends under `s.mu` and reports a failed insert;
        `visitors` is counted under the lock; `handleBuyTickets` limits its body with `http.MaxBytesReader`;
        `handleDisplays` uses `QueryContext` with a placeholder and defers `rows.Close()`; the species cache takes
        `cacheMu` for both reading and writing.
        """,
        Block([
            F("BIRDS-SQLI-SPECIES", "critical", "security", "SQL injection through the `species` filter",
              "Use `WHERE species ILIKE $1` with `\"%\" + species + \"%\"` as the argument.",
              symbol="Server.handleBirds", conf=0.95),
            F("BIRDS-SQLI-SORT", "high", "security", "SQL injection through `sort` in ORDER BY",
              "Map `sort` to a fixed set of column names; placeholders cannot be used for identifiers.",
              symbol="Server.handleBirds", conf=0.9),
            F("BIRDS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` from `handleBirds` is never closed",
              "Add `defer rows.Close()` after the error check, as `handleDisplays` does.",
              symbol="Server.handleBirds", conf=0.85),
            F("ALERT-SHELL-INJECTION", "critical", "security", "Bird name is interpolated into an `sh -c` command",
              "Run `exec.CommandContext(ctx, \"notify-keeper\", msg)` without a shell.",
              symbol="Server.alertIfOutOfRange", conf=0.9),
            F("ALERT-NO-TIMEOUT", "low", "bug", "`notify-keeper` can hang forever",
              "Use `exec.CommandContext` with a `context.WithTimeout`.", symbol="Server.alertIfOutOfRange", conf=0.7),
            F("HANDLER-TOKEN-FAILS-OPEN", "high", "security", "`handlerOnly` admits everyone when HANDLER_TOKEN is empty",
              "Reject requests when `s.handlerTok` is empty, like `adminOnly` does.",
              symbol="Server.handlerOnly", conf=0.85),
            F("HANDLER-TOKEN-TIMING", "low", "security", "Handler token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.handlerOnly", conf=0.6),
            F("PHOTO-TRAVERSAL", "critical", "security", "Path traversal in `GET /photos/{name}`",
              "`PathValue` returns the unescaped segment, so `..%2F..%2Fetc%2Fpasswd` works; reject names containing separators or `..`, or use `os.Root`/`http.FileServer`.",
              symbol="Server.handlePhoto", conf=0.85),
            F("PHOTO-FILE-NOT-CLOSED", "medium", "bug", "Photo file handle is never closed",
              "`defer f.Close()` after the error check.", symbol="Server.handlePhoto", conf=0.85),
            F("TREND-RACE", "high", "bug", "Trend reads `s.weights` without the mutex",
              "Copy the slice under `s.mu`; concurrent map read and write is a fatal error in Go.",
              symbol="Server.handleTrend", conf=0.85),
            F("TREND-INDEX-OOR", "high", "bug", "Trend loop reads one past the end of the slice",
              "`i < len(ws)`; as written every request panics with index out of range.",
              symbol="Server.handleTrend", conf=0.9),
            F("TICKETS-OVERSELL", "high", "bug", "Ticket sales update `s.sold` without the mutex",
              "Hold `s.mu` around the increment, the capacity check and the rollback.",
              symbol="Server.handleBuyTickets", conf=0.85),
            F("WEIGH-PARSE-IGNORED", "medium", "bug", "Malformed weight recorded as 0 g",
              "Return 400 when `ParseFloat` fails or the weight is not positive.", symbol="Server.handleWeighIn", conf=0.8),
            F("SPECIES-NO-TIMEOUT", "medium", "bug", "Species registry call has no timeout",
              "Use an `http.Client{Timeout: ...}` and `http.NewRequestWithContext(r.Context(), ...)`.",
              symbol="Server.handleSpecies", conf=0.75),
            F("DISPLAYS-LAST-DROPPED", "medium", "bug", "Last display of the day is dropped",
              "Clamp `end` to `len(all)`, not `len(all) - 1`, and clamp `start` as well.",
              symbol="Server.handleDisplays", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("BIRDS-SQLI-SPECIES", "critical", "security", "handleBirds: species from query string reaches fmt.Sprintf SQL", "Use $1.", d=-1),
            F("ALERT-SHELL-INJECTION", "critical", "security", "Shell injection in alertIfOutOfRange (sh -c with bird name)", "exec without shell."),
            F("ALERT-NO-TIMEOUT", "low", "bug", "notify-keeper exec has no timeout", "CommandContext.", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "handlePhoto joins PathValue(\"name\") into a filesystem path", "filepath.Base / reject '..'.", d=-1),
            F("HANDLER-TOKEN-FAILS-OPEN", "high", "security", "handlerOnly fails open with empty HANDLER_TOKEN", "Empty token => 401.", d=-2),
            F("REGISTER-BODY-UNBOUNDED", "medium", "security", "handleRegisterBird reads an unbounded body", "http.MaxBytesReader.", d=-2),
            F("TREND-RACE", "high", "bug", "Unsynchronized read of s.weights in handleTrend", "Lock s.mu.", d=+3),
            F("TREND-INDEX-OOR", "high", "bug", "ws[len(ws)] out of range in trend loop", "i < len(ws).", d=+1),
            F("TICKETS-OVERSELL", "high", "bug", "s.sold check-and-increment races", "Hold s.mu.", d=-1),
            F("BIRDS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleBirds", "defer rows.Close()."),
            F("SPECIES-BODY-NOT-CLOSED", "medium", "bug", "resp.Body not closed in handleSpecies", "defer resp.Body.Close()."),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "http.Server has no timeouts", "Set ReadHeaderTimeout etc.", d=+1, sd=0),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `lurecall` service, a Go HTTP server that supports the daily operations of
        a falconry centre: registering birds, recording weigh-ins, alerting keepers, selling tickets for flying
        displays and serving bird photos.

        ## Critical Security Issues

        The following issues could allow an attacker to read data, execute commands or bypass authentication.
        """,
        Block([
            F("BIRDS-SQLI-SPECIES", "CRITICAL", "SQL Injection", "SQL Injection in Bird Search",
              "Use placeholders instead of `fmt.Sprintf`.", n=3, sd=-2,
              desc="The `species` value is taken from the query string and formatted into the LIKE pattern of the SQL statement."),
            F("BIRDS-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to the Client",
              "Log the error and return a generic message.",
              desc="Returning `err.Error()` reveals the SQL error, which makes the injection above easier to exploit."),
            F("ALERT-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Keeper Notification",
              "Avoid `sh -c`; pass the message as an argument.", n=3, sd=-2),
            F("HANDLER-TOKEN-FAILS-OPEN", "HIGH", "Broken Authentication", "Handler Authentication Bypass",
              "Refuse requests when the token is not configured.", n=3, sd=-2),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Sanitize the file name.", n=3, sd=-2),
            F("REGISTER-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Bird Registration",
              "Wrap the body in `http.MaxBytesReader` as the ticket handler does."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        ## Concurrency and Reliability

        Several handlers share in-memory state or leave resources and edge cases unhandled.
        """,
        Block([
            F("TREND-RACE", "HIGH", "Race Condition", "Data Race on the Weights Map",
              "Acquire `s.mu` before reading `s.weights`.", n=3, sd=-2),
            F("TREND-FEWER-THAN-7", "HIGH", "Logic Error", "Trend Calculation Panics With Fewer Than Seven Weigh-Ins",
              "Start at `max(0, len(ws)-7)` and handle an empty slice.",
              desc="For a bird with three weigh-ins the loop starts at index -4, and for a bird with none `ws[len(ws)-1]` panics."),
            F("TICKETS-OVERSELL", "HIGH", "Race Condition", "Race Condition in Ticket Sales",
              "Protect `s.sold` with the mutex.", d=+1),
            F("SPECIES-NO-TIMEOUT", "MEDIUM", "Availability", "No Timeout on Species Registry Requests",
              "Use an HTTP client with a timeout."),
            F("SPECIES-CACHE-UNBOUNDED", "LOW", "Performance", "Species Cache Can Grow Without Bound",
              "Limit the cache size or add expiry."),
            U({"severity": "INFO", "category": "Best Practice", "description": "Consider using structured logging (log/slog) instead of log.Printf."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ALERT-SHELL-INJECTION", "error", "security", "sh -c with bird name", "exec notify-keeper directly"),
            F("BIRDS-SQLI-SPECIES", "error", "security", "sqli in /birds", "placeholders"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in photos", "filepath.Base"),
            F("HANDLER-TOKEN-TIMING", "warning", "security", "token compare not constant time", "subtle.ConstantTimeCompare"),
            F("TREND-INDEX-OOR", "error", "", "trend loop goes past end", "i < len(ws)"),
            F("DISPLAYS-START-OOR", "warning", "bug", "page can make start > len, slice panics", "clamp start"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Scope
        `main.go` of the falconry centre service (`lurecall`).

        ### Summary
        1. **Security**: SQL injection in bird search, shell injection in keeper alerts, weak handler token check.
        2. **Concurrency**: maps shared between handlers without locking.
        3. **Correctness**: weight trend and display paging index errors; negative ticket counts; ignored parse errors.
        4. **Resources**: rows and response bodies not closed, no server timeouts.
        """,
        Block([
            F("BIRDS-SQLI-SPECIES", "blocker", "security", "SQL injection in bird search",
              "Use parameterized queries.", d=+1, conf=0.9),
            F("BIRDS-SQLI-SORT", "major", "security", "Unvalidated ORDER BY column in bird search",
              "Allow-list the sort column.", conf=0.8),
            F("BIRDS-ROWS-NOT-CLOSED", "major", "resource-leak", "Query rows are never closed in handleBirds",
              "defer rows.Close().", conf=0.8),
            F("HANDLER-TOKEN-FAILS-OPEN", "blocker", "security", "Handler token check passes when no token is configured",
              "Fail closed on an empty token.", conf=0.85),
            F("WEIGH-PARSE-IGNORED", "minor", "correctness", "Weight parse error ignored in weigh-in",
              "Validate the grams value.", conf=0.7),
            F("ALERT-SHELL-INJECTION", "blocker", "security", "Command injection in keeper alert",
              "Do not use a shell.", conf=0.85),
            F("TREND-RACE", "major", "concurrency", "Concurrent map access in handleTrend",
              "Lock s.mu while reading weights.", d=+2, conf=0.75),
            F("TREND-INDEX-OOR", "major", "correctness", "Index out of range in 7-day average",
              "Use i < len(ws).", conf=0.85),
            F("TICKETS-SEATS-NEGATIVE", "major", "correctness", "Negative seat counts accepted for ticket purchases",
              "Require seats >= 1.", conf=0.75),
            F("TICKETS-OVERSELL", "major", "concurrency", "Ticket overselling due to unsynchronized counter",
              "Use s.mu around the sold map.", conf=0.8),
            F("DISPLAYS-LAST-DROPPED", "minor", "correctness", "Display pagination drops the last item",
              "Set end = len(all).", d=-1, conf=0.7),
            F("SPECIES-BODY-NOT-CLOSED", "major", "resource-leak", "HTTP response body is not closed",
              "defer resp.Body.Close().", conf=0.8),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts configured",
              "Set read and write timeouts.", conf=0.7),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 7 major, 3 minor"),
    ]),
}
