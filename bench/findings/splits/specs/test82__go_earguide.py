"""test82/go-earguide: a museum's audio-guide hire desk: devices, languages, deposits, returns (Go). Frozen test split.

Written 2026-12-06 by a helper session (issue 15, round 42, written at the start of round 41) that had not seen the
merger code, its results, its tuning data or any other split's answers or specs (only splits/README.md's general
sections and test37 section, the builders, tests/test_findings_splits.py, contract.py and specs/tune2__py_snapctl.py
for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test82 (scored once, never tuned on): seeded problems in a small net/http + "
    "database/sql service for a museum's audio-guide hire; five agents' answers written by hand."
)

G = "main.go"
PROBLEMS = {
    "DESK-FAILS-OPEN": P(G, 'if r.Header.Get("X-Desk-Key") != s.deskKey {', "security",
                         "deskOnly fails open: with DESK_KEY unset an empty header matches", "signature-vs-statement"),
    "DESK-TIMING": P(G, 'if r.Header.Get("X-Desk-Key") != s.deskKey {', "security",
                     "desk key compared with != (adminOnly uses ConstantTimeCompare)"),
    "RESERVE-RACE": P(G, "if _, out := s.onLoan[serial]; out {", "bug",
                      "reserve checks and sets onLoan without s.mu: concurrent map access, one device hired twice",
                      "critical-section"),
    "HIRE-BODY-UNBOUNDED": P(G, "json.NewDecoder(r.Body).Decode(&req)", "security",
                             "public kiosk endpoint decodes a body of any size (no MaxBytesReader)"),
    "HIRE-DEPOSIT-CLIENT": P(G, "req.Serial, req.Language, req.Visitor, req.Phone, req.DepositCents).Scan(&id)", "bug",
                             "deposit amount taken from the kiosk request: a visitor can hire with a zero deposit"),
    "HIRES-COUNTER": P(G, "s.hires++", "bug", "hires counter incremented outside s.mu, next to the locked langStats"),
    "LANG-OBO": P(G, "if n < 0 || n > len(languages) {", "bug",
                  "1-based menu but n < 0 lets 0 through: languages[-1] panics", "off-by-one"),
    "TRACK-CACHE-RACE": P(G, "b, err := os.ReadFile(full)", "bug",
                          "track cache map read and written without a lock: concurrent map writes, duplicate reads",
                          "critical-section"),
    "TRACK-CACHE-UNBOUNDED": P(G, "s.tracks[full] = b", "performance",
                               "every track file ever requested is kept in memory, never evicted"),
    "TRACK-TRAVERSAL": P(G, "full := filepath.Join(s.trackDir", "security",
                         "file query value joined to the track dir: ../ reads any file", "source-vs-sink"),
    "TRACK-ERR-LEAK": P(G, "err.Error(), http.StatusNotFound", "security",
                        "file error text (absolute paths) returned to the client"),
    "STATS-READ-RACE": P(G, "for lang, n := range s.langStats {", "bug",
                         "stats read hires and langStats without s.mu while hires write them", "critical-section"),
    "LATE-FEE-OBO": P(G, "fee := max(0, hours-freeHours) * lateFeeCents", "bug",
                      "hours truncated: the started hour is not charged although the comment says it counts",
                      "off-by-one"),
    "REFUND-NEGATIVE": P(G, "refund := deposit - fee", "bug",
                         "fee larger than the deposit gives a negative refund that is recorded and reported"),
    "RETURN-UPDATE-IGNORED": P(G, 's.db.ExecContext(r.Context(), "UPDATE hires SET returned_at', "bug",
                               "UPDATE error ignored: the device is released and the refund reported though nothing was saved"),
    "LIST-SQLI": P(G, "language = '%s' ORDER BY hired_at LIMIT %d", "security",
                   "lang query value formatted into the SQL with Sprintf", "source-vs-sink"),
    "LIST-ROWS-NOT-CLOSED": P(G, "rows, err := s.db.QueryContext(r.Context(), query)", "bug",
                              "no defer rows.Close(): the early return on a Scan error leaves the rows open and leaks the connection"),
    "LIST-DB-ERR-LEAK": P(G, '"query failed: "+err.Error()', "security",
                          "database error text returned to the client"),
    "WIPE-INJECT-LANG": P(G, '"guide-wipe --reload "+lang+" "+serial', "security",
                          "reload query value concatenated into an sh -c command", "source-vs-sink"),
    "WIPE-INJECT-SERIAL": P(G, '"guide-wipe --reload "+lang+" "+serial', "security",
                            "serial path value concatenated into the same sh -c command"),
    "WIPE-NO-TIMEOUT": P(G, '"guide-wipe --reload "+lang+" "+serial', "bug",
                         "exec.Command without a context or timeout: a hung wipe ties up the handler"),
    "SMS-PHONE-UNESCAPED": P(G, "s.sms.Get(fmt.Sprintf(", "security",
                             "phone put into the gateway URL unescaped (message is escaped on the same line)",
                             "signature-vs-statement"),
    "SERVER-NO-TIMEOUTS": P(G, 'http.ListenAndServe(":8080", mux)', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DESK-FAILS-OPEN", "DESK-TIMING"),
    ("TRACK-CACHE-RACE", "TRACK-CACHE-UNBOUNDED"),
    ("TRACK-TRAVERSAL", "TRACK-ERR-LEAK"),
    ("LATE-FEE-OBO", "REFUND-NEGATIVE"),
    ("REFUND-NEGATIVE", "RETURN-UPDATE-IGNORED"),
    ("LATE-FEE-OBO", "RETURN-UPDATE-IGNORED"),
    ("LIST-SQLI", "LIST-ROWS-NOT-CLOSED"),
    ("LIST-ROWS-NOT-CLOSED", "LIST-DB-ERR-LEAK"),
    ("LIST-SQLI", "LIST-DB-ERR-LEAK"),
    ("WIPE-INJECT-LANG", "WIPE-INJECT-SERIAL"),
    ("WIPE-INJECT-SERIAL", "WIPE-NO-TIMEOUT"),
    ("WIPE-INJECT-LANG", "WIPE-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is a compact `net/http` service (Go 1.22 method patterns) for the
        museum's audio-guide desk: a public kiosk endpoint for hiring, desk endpoints for listing, returns and
        SMS reminders, and admin endpoints for stats and wiping devices.

        Several things are done carefully and should stay as they are: `adminOnly` fails closed and uses
        `subtle.ConstantTimeCompare`, `release` and the `langStats` update hold `s.mu`, `handleReturn` tells
        `sql.ErrNoRows` apart from other errors, `handleList` caps `limit` and checks `Scan` errors, the SMS
        client has a timeout and `textVisitor` closes the body and escapes the message. The problems are mostly
        in the code right next to those.

        | Severity | Count |
        |---|---|
        | critical | 1 |
        | high | 6 |
        | medium | 8 |
        | low | 4 |
        """,
        Block([
            F("TRACK-TRAVERSAL", "critical", "security", "Path traversal in `GET /tracks/{lang}`",
              "Clean `name` and reject anything that is not a plain file name (`filepath.Base(name) != name` or `..`), or use `os.Root` / `http.FS` over the track directory.",
              symbol="Server.handleTrack", conf=0.9),
            F("DESK-FAILS-OPEN", "high", "security", "`deskOnly` accepts everyone when `DESK_KEY` is unset",
              "Fail closed like `adminOnly`: `if s.deskKey == \"\" || subtle.ConstantTimeCompare(...) != 1`.",
              symbol="Server.deskOnly", conf=0.85),
            F("DESK-TIMING", "low", "security", "Desk key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`, as `adminOnly` does.", symbol="Server.deskOnly", conf=0.6),
            F("LIST-SQLI", "high", "security", "SQL injection via `lang` in `GET /hires`",
              "Use a placeholder: `language = $1 ... LIMIT $2`.", symbol="Server.handleList", conf=0.95),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleList`",
              "`defer rows.Close()` right after the error check; the early return on a scan error leaks the connection too.",
              symbol="Server.handleList", conf=0.85),
            F("WIPE-INJECT-LANG", "high", "security", "Shell injection through `reload` in the wipe endpoint",
              "Drop `sh -c`: `exec.CommandContext(ctx, \"guide-wipe\", \"--reload\", lang, serial)` and validate `lang` against `languages`.",
              symbol="Server.handleWipe", conf=0.9),
            F("WIPE-INJECT-SERIAL", "medium", "security", "Shell injection through the `{serial}` path value",
              "The same argv form fixes it; also validate serials against the device table.", symbol="Server.handleWipe", conf=0.75),
            F("WIPE-NO-TIMEOUT", "low", "bug", "Wipe command has no timeout",
              "Run it under `context.WithTimeout` like any other external call.", symbol="Server.handleWipe", conf=0.65),
            F("SMS-PHONE-UNESCAPED", "medium", "security", "Phone number is not escaped in the SMS gateway URL",
              "Build the query with `url.Values{\"to\": {phone}, \"text\": {msg}}.Encode()`; a phone like `1&to=...` adds parameters.",
              symbol="Server.textVisitor", conf=0.75),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "`http.ListenAndServe` without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.8),
        ]),
        "State shared between handlers, and money:",
        Block([
            F("RESERVE-RACE", "high", "bug", "`reserve` touches `onLoan` without the mutex",
              "Lock `s.mu` in `reserve` as `release` does; today two kiosks can hire the same device and the map can be written concurrently (fatal).",
              symbol="Server.reserve", conf=0.9),
            F("TRACK-CACHE-RACE", "high", "bug", "Unsynchronised track cache",
              "Guard `s.tracks` with a mutex or `sync.Map`; concurrent first requests also read the same file several times.",
              symbol="Server.track", conf=0.85),
            F("TRACK-CACHE-UNBOUNDED", "medium", "performance", "Track cache grows without limit",
              "Cache only known tracks (and with the traversal, any readable file ends up in memory), or bound it.",
              symbol="Server.track", conf=0.7),
            F("STATS-READ-RACE", "medium", "bug", "`handleStats` reads shared counters without the lock",
              "Copy `hires` and `langStats` under `s.mu`.", symbol="Server.handleStats", conf=0.8),
            F("HIRES-COUNTER", "low", "bug", "`s.hires++` outside the mutex",
              "Move it inside the `s.mu` section just below.", symbol="Server.handleHire", conf=0.8),
            F("HIRE-DEPOSIT-CLIENT", "high", "bug", "Kiosk decides the deposit amount",
              "The deposit comes from the request body; take it from a server-side tariff.", symbol="Server.handleHire", conf=0.8),
            F("LANG-OBO", "medium", "bug", "`languageAt(0)` panics",
              "The menu is 1-based: the guard must be `n < 1`; `languages[n-1]` with n = 0 is out of range.",
              symbol="languageAt", conf=0.85),
            F("LATE-FEE-OBO", "medium", "bug", "Late fee misses the started hour",
              "`int(...Hours())` truncates; use `int(math.Ceil(...))` so that a started hour counts as the comment says.",
              symbol="Server.handleReturn", conf=0.75),
            F("REFUND-NEGATIVE", "low", "bug", "Refund can be negative",
              "Clamp at zero and record the remainder as owed.", symbol="Server.handleReturn", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("TRACK-TRAVERSAL", "critical", "security", "handleTrack: file param reaches filepath.Join unchecked", "reject '..', use os.Root", d=-1),
            F("LIST-SQLI", "high", "security", "handleList: Sprintf into SQL (lang)", "placeholders", d=-1),
            F("WIPE-INJECT-LANG", "high", "security", "handleWipe: sh -c with query value", "exec without shell", d=-1),
            F("DESK-FAILS-OPEN", "high", "security", "deskOnly: empty DESK_KEY accepts empty header", "fail closed", d=-2),
            F("TRACK-CACHE-RACE", "high", "bug", "track(): map access without lock", "mutex", d=-3),
            F("HIRES-COUNTER", "medium", "bug", "s.hires++ racy", "inside s.mu"),
            F("LANG-OBO", "medium", "bug", "languageAt(0) -> index -1 panic", "n < 1", d=3),
            F("LATE-FEE-OBO", "medium", "bug", "late fee rounds down partial hours", "ceil", d=-1),
            F("RETURN-UPDATE-IGNORED", "medium", "bug", "handleReturn: ExecContext error dropped", "check err, 500"),
            F("SERVER-NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server{ReadHeaderTimeout: ...}"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the audio-guide hire service in `main.go`.

        ## Overview

        The service is written in Go using the standard library's `net/http` router with method patterns and
        `database/sql` with the pgx driver. It exposes endpoints for hiring and returning devices, listing open
        hires, serving audio tracks, statistics and device maintenance.

        ## Security Findings
        """,
        Block([
            F("TRACK-TRAVERSAL", "CRITICAL", "Path Traversal", "Arbitrary File Read in Track Endpoint",
              "Validate that the resolved path stays inside `trackDir`.", sd=-2, n=3,
              desc="The `file` query parameter is joined to the track directory. `filepath.Join` cleans `..` segments but does not keep the result inside the directory."),
            F("TRACK-ERR-LEAK", "LOW", "Information Disclosure", "File System Errors Exposed to Clients",
              "Return a generic not-found message.", sd=-2, n=3),
            F("LIST-SQLI", "HIGH", "SQL Injection", "SQL Injection in Hire Listing",
              "Use query parameters instead of `fmt.Sprintf`.", sd=-2, n=3),
            F("LIST-DB-ERR-LEAK", "LOW", "Information Disclosure", "Database Error Details Returned",
              "Log the error server-side only."),
            F("WIPE-INJECT-LANG", "CRITICAL", "Command Injection", "Command Injection in Device Wipe",
              "Do not use `sh -c`; pass arguments directly.", sd=-2, n=3,
              desc="The `reload` query parameter is concatenated into a shell command line."),
            F("WIPE-INJECT-SERIAL", "HIGH", "Command Injection", "Serial Number Concatenated into Shell Command",
              "Validate serial numbers with a strict pattern."),
            F("DESK-FAILS-OPEN", "HIGH", "Broken Authentication", "Desk Authentication Bypass When Key Is Unset",
              "Reject all requests when no desk key is configured.", sd=-2, n=3),
            F("DESK-TIMING", "LOW", "Broken Authentication", "Timing Attack on Desk Key Comparison",
              "Use `subtle.ConstantTimeCompare`."),
            F("SMS-PHONE-UNESCAPED", "MEDIUM", "Injection", "Unescaped Phone Number in SMS Gateway URL",
              "Escape the phone number with `url.QueryEscape`.", d=-1, sd=-1, n=2),
            F("HIRE-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unlimited Request Body Size on Hire Endpoint",
              "Wrap the body with `http.MaxBytesReader`."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ## Concurrency and Reliability Findings
        """,
        Block([
            F("RESERVE-RACE", "HIGH", "Race Condition", "Data Race on Device Loan Map",
              "Hold `s.mu` while checking and updating `onLoan`.", d=3,
              desc="`reserve` writes to `onLoan` without the mutex that `release` uses, so concurrent hires can corrupt the map or hand out the same device twice."),
            F("TRACK-CACHE-RACE", "HIGH", "Race Condition", "Concurrent Map Writes in Track Cache",
              "Protect the cache with a mutex.", d=2, sd=0, n=3),
            F("TRACK-CACHE-UNBOUNDED", "MEDIUM", "Performance", "Unbounded In-Memory Track Cache",
              "Limit the cache size."),
            U({"severity": "INFO", "category": "Style", "description": "Handlers could be split into separate files for readability."}),
            F("RETURN-UPDATE-IGNORED", "MEDIUM", "Error Handling", "Ignored Error When Recording a Return",
              "Check the error from `ExecContext`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("TRACK-TRAVERSAL", "error", "security", "track path traversal", "reject .. in file"),
            F("LIST-SQLI", "error", "security", "sql injection in list", "$1 placeholder"),
            F("WIPE-INJECT-LANG", "error", "security", "shell injection in wipe", "exec.Command without sh"),
            F("DESK-FAILS-OPEN", "warning", "security", "desk key empty = open", "fail closed"),
            F("STATS-READ-RACE", "warning", "", "stats reads maps without lock", "lock s.mu", d=1),
            F("LANG-OBO", "warning", "bug", "language 0 panics", "n < 1"),
            F("REFUND-NEGATIVE", "info", "bug", "negative refund possible", "clamp to 0"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL in the hire list, shell in the device wipe, path traversal in track serving, an
           unescaped phone number in the SMS URL.
        2. Authentication: the desk middleware fails open.
        3. Concurrency: unsynchronised maps and counters (loans, track cache, stats).
        4. Money: late fees and refunds are computed incorrectly.
        5. Robustness: unbounded body, leaked rows, missing timeouts.

        ### Findings
        """,
        Block([
            F("TRACK-TRAVERSAL", "blocker", "security", "Path traversal in track download", "Validate the file name.", conf=0.9),
            F("LIST-SQLI", "blocker", "security", "SQL injection in hire listing", "Use bind parameters.", conf=0.9),
            F("LIST-ROWS-NOT-CLOSED", "major", "resource-leak", "Query rows are never closed",
              "Add defer rows.Close().", d=-1, conf=0.7),
            F("WIPE-INJECT-LANG", "blocker", "security", "Command injection in device wipe", "Avoid sh -c.", conf=0.85),
            F("WIPE-NO-TIMEOUT", "minor", "reliability", "External wipe command without timeout",
              "Use exec.CommandContext with a timeout.", conf=0.6),
            F("DESK-FAILS-OPEN", "major", "security", "Desk authentication fails open", "Require a configured key.", conf=0.8),
            F("SMS-PHONE-UNESCAPED", "major", "security", "Unescaped phone parameter in SMS request",
              "Escape the phone number.", conf=0.7),
            F("RESERVE-RACE", "major", "concurrency", "Race condition in device reservation",
              "Lock the mutex in reserve.", d=-1, conf=0.8),
            F("TRACK-CACHE-RACE", "major", "concurrency", "Track cache is not thread-safe", "Use a mutex.", conf=0.75),
            F("STATS-READ-RACE", "major", "concurrency", "Stats handler reads shared state without lock",
              "Lock while copying.", d=-1, conf=0.7),
            F("HIRES-COUNTER", "minor", "concurrency", "Hire counter incremented without lock",
              "Increment under s.mu.", conf=0.7),
            F("LATE-FEE-OBO", "major", "correctness", "Late fee ignores partial hours", "Round hours up.", conf=0.7),
            F("REFUND-NEGATIVE", "minor", "correctness", "Refund may become negative", "Clamp refund at zero.", conf=0.65),
            F("HIRE-BODY-UNBOUNDED", "minor", "security", "Request body size not limited", "Use http.MaxBytesReader.", conf=0.6),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts", "Set server timeouts.", conf=0.7),
            F("LANG-OBO", "major", "correctness", "Off-by-one in language menu lookup", "Reject n < 1.", conf=0.8),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
