"""test61/go-slipwaylog: a sailing club's dinghy launch log (Go, net/http + database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code or any score. Frozen test split "
    "test61: seeded problems in a sailing club's dinghy launch log; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DUTY-TOKEN-EMPTY": P(M, 'if r.Header.Get("X-Duty-Token") != s.dutyToken {', "security",
                          "DUTY_TOKEN unset: a request without the header matches the empty token (fails open)",
                          "signature-vs-statement"),
    "DUTY-TOKEN-TIMING": P(M, 'if r.Header.Get("X-Duty-Token") != s.dutyToken {', "security",
                           "duty token compared with != instead of subtle.ConstantTimeCompare"),
    "TIDE-LOOP-BOUNDS": P(M, "for i := 0; i <= len(s.tides); i++ {", "bug",
                          "i <= len(s.tides): index out of range (panic) whenever no window matches, e.g. before the table is set",
                          "off-by-one"),
    "LAUNCH-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug",
                               "decode error ignored: a malformed body launches a zero-valued request"),
    "LAUNCH-CREW-OBO": P(M, "len(req.Crew) > maxCrew[req.Class]+1", "bug",
                         "maxCrew already excludes the helm; +1 lets one extra person aboard every class", "off-by-one"),
    "LAUNCH-WIND-RACE": P(M, "if s.wind > limit {", "bug",
                          "s.wind read without s.mu while pollWind writes it under the lock: data race, stale reading",
                          "critical-section"),
    "LAUNCH-ID-REUSE": P(M, "id := len(s.afloat) + 1", "bug",
                         "id from the count of boats afloat: after a return the next launch reuses a live id and overwrites that boat"),
    "LAUNCH-MINUTES-UNCHECKED": P(M, "DueBack: now.Add(time.Duration(req.Minutes) * time.Minute)}", "bug",
                                  "minutes not validated: zero/negative is due at once, a huge value is never overdue"),
    "RETURN-NIL-DEREF": P(M, "l.Returned = true", "bug",
                          "unknown or unparsable id: l is nil and l.Returned panics", "signature-vs-statement"),
    "RETURN-MAP-RACE": P(M, "l.Returned = true", "bug",
                         "s.afloat read and the launch mutated before s.mu is taken: concurrent map access with launches and the watcher",
                         "critical-section"),
    "RECENT-SLICE-BOUNDS": P(M, "recent := s.log[len(s.log)-n:]", "bug",
                             "n larger than the log (default 10) or negative: slice bounds out of range", "off-by-one"),
    "HISTORY-SQLI": P(M, "rows, err := s.db.Query(q)", "security",
                      "sail query value formatted into the SQL passed to Query", "source-vs-sink"),
    "HISTORY-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                 "rows never closed: each history request holds a pooled connection"),
    "HISTORY-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                          "database error text returned to the client (helps the injection above)"),
    "EXPORT-TRAVERSAL": P(M, "f, err := os.Create(path)", "security",
                          "name query value joined to exportDir: ../ writes a file anywhere the service can", "source-vs-sink"),
    "EXPORT-CSV-UNQUOTED": P(M, 'fmt.Fprintf(f, "%d,%s,%s,%s,%s\\n"', "bug",
                             "CSV written with Fprintf: a comma or quote in a helm name breaks the columns (extra, one agent)"),
    "WATCH-MAP-RACE": P(M, "for _, l := range s.afloat {", "bug",
                        "watcher ranges over s.afloat without s.mu while handlers insert and delete: concurrent map iteration and write",
                        "critical-section"),
    "WATCH-REPAGE": P(M, "s.pageSafetyBoat(l)", "bug",
                      "an overdue boat is paged again every tick: no paged flag"),
    "PAGE-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "notify-rib \'"+msg+"\'")', "security",
                    "helm and sail number from the launch request are pasted into sh -c", "source-vs-sink"),
    "PAGE-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug",
                         "notify-rib runs without a timeout on the watcher goroutine: one hang stops all paging"),
    "WIND-NO-TIMEOUT": P(M, "resp, err := http.Get(url)", "bug",
                         "http.Get on the default client has no timeout: a hung wind station freezes the reading"),
    "WIND-BODY-LEAK": P(M, "resp, err := http.Get(url)", "bug",
                        "resp.Body never closed: a connection leaks every minute"),
    "WIND-DECODE-ZERO": P(M, "json.NewDecoder(resp.Body).Decode(&obs)", "bug",
                          "decode error ignored: a bad or non-200 reply sets the wind to 0 knots and lifts every limit"),
    "RETURN-UNAUTH": P(M, 'mux.HandleFunc("POST /launches/{id}/return", s.handleReturn)', "security",
                       "sign-back-in route has no duty check: anyone can mark a boat returned and stop its overdue page"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DUTY-TOKEN-EMPTY", "DUTY-TOKEN-TIMING"),
    ("LAUNCH-DECODE-IGNORED", "LAUNCH-CREW-OBO"),
    ("LAUNCH-ID-REUSE", "LAUNCH-MINUTES-UNCHECKED"),
    ("RETURN-NIL-DEREF", "RETURN-MAP-RACE"),
    ("HISTORY-SQLI", "HISTORY-ROWS-NOT-CLOSED"),
    ("HISTORY-SQLI", "HISTORY-ERR-LEAK"),
    ("HISTORY-ROWS-NOT-CLOSED", "HISTORY-ERR-LEAK"),
    ("WATCH-MAP-RACE", "WATCH-REPAGE"),
    ("PAGE-SHELL", "PAGE-NO-TIMEOUT"),
    ("WIND-NO-TIMEOUT", "WIND-BODY-LEAK"),
    ("WIND-NO-TIMEOUT", "WIND-DECODE-ZERO"),
    ("WIND-BODY-LEAK", "WIND-DECODE-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. This is safety software — the overdue page is what sends the RIB out — so I
        weighted anything that can silence or crash the watcher, or let a boat launch outside its limits, as
        highly as the injection bugs.

        What is already right: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleTides`
        limits the body and swaps the table under `s.mu`; the class lookup in `handleLaunch` rejects unknown
        classes via the `known` flag; `handleExport` holds the lock while it walks `s.log`.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 9 |
        | medium | 9 |
        | low | 1 |
        """,
        Block([
            F("HISTORY-SQLI", "critical", "security", "SQL injection through `sail` in `handleHistory`",
              "Use `s.db.Query(\"... WHERE sail_number = $1 ...\", sail)`.", d=-1,
              symbol="Server.handleHistory", conf=0.95),
            F("PAGE-SHELL", "critical", "security", "Helm name reaches `sh -c` in `pageSafetyBoat`",
              "Run `exec.Command(\"notify-rib\", msg)` directly; a helm called `x'; reboot; '` runs commands on every overdue tick.",
              symbol="Server.pageSafetyBoat", conf=0.9),
            F("EXPORT-TRAVERSAL", "high", "security", "`name` lets an admin request write outside `exportDir`",
              "Reject names containing path separators or `..` (`filepath.Base(name) == name`).",
              symbol="Server.handleExport", conf=0.8),
            F("DUTY-TOKEN-EMPTY", "critical", "security", "`dutyOnly` passes every request when `DUTY_TOKEN` is unset",
              "An absent header equals the empty token. Refuse to start without it, or check `s.dutyToken == \"\"` like `adminOnly`.",
              symbol="Server.dutyOnly", conf=0.9),
            F("DUTY-TOKEN-TIMING", "medium", "security", "Duty token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.dutyOnly", conf=0.7),
            F("RETURN-UNAUTH", "high", "security", "`POST /launches/{id}/return` is not wrapped in `dutyOnly`",
              "Anyone on the network can sign a boat back in, which stops its overdue page. Wrap it like the launch route.",
              symbol="main", conf=0.85),
            F("WATCH-MAP-RACE", "high", "bug", "`watchOverdue` ranges over `s.afloat` without the mutex",
              "Copy the overdue launches under `s.mu`, then page outside the lock. Today this is a `concurrent map iteration and map write` crash waiting to happen.",
              symbol="Server.watchOverdue", conf=0.88),
            F("RETURN-MAP-RACE", "high", "bug", "`handleReturn` reads `s.afloat` before taking `s.mu`",
              "Move the lookup and the `Returned` update inside the locked section.", d=-1,
              symbol="Server.handleReturn", conf=0.85),
            F("RETURN-NIL-DEREF", "high", "bug", "`handleReturn` panics for an unknown id",
              "Check `ok` from the map lookup and answer 404; the Atoi error is also dropped, so `/launches/abc/return` looks up id 0.",
              symbol="Server.handleReturn", conf=0.85),
            F("LAUNCH-ID-REUSE", "high", "bug", "Launch ids are reused after a boat returns",
              "`len(s.afloat)+1` collides with a boat still afloat once any earlier boat is back; use a counter (`s.nextID++`).",
              symbol="Server.handleLaunch", conf=0.85),
        ]),
        "Robustness and limits:",
        Block([
            F("LAUNCH-WIND-RACE", "medium", "bug", "`s.wind` is read without the lock in `handleLaunch`",
              "`pollWind` writes it under `s.mu`; read it under the same lock (the race detector will flag this).",
              symbol="Server.handleLaunch", conf=0.75),
            F("LAUNCH-CREW-OBO", "high", "bug", "Crew limit allows one person too many",
              "`maxCrew` already counts crew besides the helm; drop the `+1` (a Laser currently launches with a passenger).",
              symbol="Server.handleLaunch", conf=0.8),
            F("LAUNCH-DECODE-IGNORED", "medium", "bug", "Launch body decode error is ignored",
              "Return 400 on a decode error instead of launching an empty request.", symbol="Server.handleLaunch", conf=0.8),
            F("LAUNCH-MINUTES-UNCHECKED", "medium", "bug", "`minutes` is not validated",
              "Require 15..480 minutes; zero pages at once, a huge value disables the overdue watch.",
              symbol="Server.handleLaunch", conf=0.7),
            F("TIDE-LOOP-BOUNDS", "high", "bug", "`inTideWindow` indexes one past the end of `s.tides`",
              "`i < len(s.tides)`; as written every launch outside a window panics, and so does every launch before the tide table is set.",
              symbol="Server.inTideWindow", conf=0.9),
            F("RECENT-SLICE-BOUNDS", "medium", "bug", "`handleRecent` slices out of range when fewer than `n` launches exist",
              "Clamp `n` to `[0, len(s.log)]`.", symbol="Server.handleRecent", conf=0.85),
            F("HISTORY-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleHistory`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleHistory", conf=0.8),
            F("PAGE-NO-TIMEOUT", "medium", "bug", "`notify-rib` runs with no timeout on the watcher goroutine",
              "Use `exec.CommandContext` with a short timeout so one stuck page cannot stop the next.",
              symbol="Server.pageSafetyBoat", conf=0.7),
            F("WIND-NO-TIMEOUT", "medium", "bug", "`pollWind` uses `http.Get` with no timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}`.", symbol="Server.pollWind", conf=0.75),
            F("WIND-BODY-LEAK", "medium", "bug", "Wind response body is never closed",
              "`defer resp.Body.Close()` (inside a helper, since this is a loop).", symbol="Server.pollWind", conf=0.8),
            F("WIND-DECODE-ZERO", "high", "bug", "A failed wind decode sets the wind to 0",
              "Check the status code and the decode error, and keep the last good reading (with its age).",
              symbol="Server.pollWind", conf=0.8),
            F("EXPORT-CSV-UNQUOTED", "low", "bug", "Export writes CSV by hand",
              "Use `encoding/csv` so commas and quotes in helm names are escaped.", symbol="Server.handleExport", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("HISTORY-SQLI", "critical", "security", "handleHistory: SQL built from ?sail=", "placeholders", d=-2),
            F("PAGE-SHELL", "high", "security", "pageSafetyBoat: sh -c with helm text", "exec notify-rib directly", d=-1),
            F("EXPORT-TRAVERSAL", "high", "security", "handleExport: ?name= path traversal", "filepath.Base check", d=-2),
            F("DUTY-TOKEN-EMPTY", "high", "security", "dutyOnly open when DUTY_TOKEN empty", "fail closed", d=-2),
            F("RETURN-UNAUTH", "high", "security", "return route has no auth", "wrap with dutyOnly"),
            F("RETURN-NIL-DEREF", "high", "bug", "handleReturn: nil *Launch on unknown id", "check ok", d=-3),
            F("RETURN-MAP-RACE", "high", "bug", "handleReturn mutates before Lock", "lock first", d=+1),
            F("WATCH-MAP-RACE", "high", "bug", "watchOverdue reads l.DueBack/l.Returned while handlers write", "snapshot under mu", d=+1),
            F("LAUNCH-WIND-RACE", "low", "bug", "launch may pass on a stale wind value (unsynchronised read)", "read under mu", d=+1),
            F("LAUNCH-ID-REUSE", "high", "bug", "id = len(afloat)+1 collides after returns", "monotonic counter"),
            F("LAUNCH-DECODE-IGNORED", "medium", "bug", "Decode error dropped", "400"),
            F("TIDE-LOOP-BOUNDS", "high", "bug", "tides[i] out of range", "i < len", d=+1),
            F("RECENT-SLICE-BOUNDS", "medium", "bug", "default n=10 panics with < 10 launches", "clamp n", d=-3),
            F("WIND-NO-TIMEOUT", "medium", "bug", "http.Get without timeout", "client timeout"),
            F("WIND-BODY-LEAK", "medium", "bug", "resp.Body not closed", "Close"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the Hollowmere Sailing Club launch log service. Here is a summary of what I found.

        **Critical Security Issues**

        Several handlers take user input straight into SQL, the shell, or the file system, and two routes are
        effectively unauthenticated.
        """,
        Block([
            F("HISTORY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Launch History",
              "Use parameterized queries with `$1`.", sd=-2, n=3,
              desc="The `sail` parameter is formatted into the query string with `fmt.Sprintf`."),
            F("HISTORY-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("PAGE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Safety Boat Paging",
              "Avoid `sh -c`; pass the message as an argument.", sd=-2, n=3),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in CSV Export",
              "Sanitize the export name.", d=-1, sd=-2, n=3),
            F("DUTY-TOKEN-EMPTY", "HIGH", "Broken Authentication", "Duty Officer Check Bypassed When Token Unset",
              "Reject requests when no duty token is configured.", sd=-2, n=3),
            F("DUTY-TOKEN-TIMING", "MEDIUM", "Broken Authentication", "Timing Attack on Duty Token",
              "Use `subtle.ConstantTimeCompare`.", sd=-2, n=3),
            F("RETURN-UNAUTH", "HIGH", "Broken Access Control", "Unauthenticated Boat Return Endpoint",
              "Protect the route with `dutyOnly`.", sd=-1, n=2),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Concurrency and Reliability**

        The shared `afloat` map and the `wind` field are accessed from several goroutines, sometimes without the
        mutex. Some loops and slices can also panic.
        """,
        Block([
            F("WATCH-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Iteration in Overdue Watcher",
              "Hold `s.mu` while iterating, or copy the map first.", sd=-2, n=3),
            F("WATCH-REPAGE", "MEDIUM", "Logic Error", "Overdue Boats Paged Repeatedly",
              "Record that a boat has been paged.", sd=-2, n=3,
              desc="Every tick pages the same overdue boat again, flooding the safety boat crew."),
            F("RETURN-MAP-RACE", "HIGH", "Race Condition", "Unsynchronized Map Access in Return Handler",
              "Acquire the lock before reading the map.", sd=-2, n=3),
            F("RETURN-NIL-DEREF", "HIGH", "Error Handling", "Nil Pointer Dereference on Unknown Launch",
              "Check whether the launch exists.", sd=-2, n=3),
            F("LAUNCH-WIND-RACE", "MEDIUM", "Race Condition", "Wind Speed Read Without Lock",
              "Read `s.wind` under the mutex.", sd=-2, n=3),
            F("LAUNCH-CREW-OBO", "MEDIUM", "Logic Error", "Crew Limit Allows One Extra Person",
              "Remove the `+1`.", d=+1, sd=0, n=2),
            F("LAUNCH-ID-REUSE", "HIGH", "Logic Error", "Launch ID Collision",
              "Use a monotonically increasing counter.", sd=-2, n=3),
            F("TIDE-LOOP-BOUNDS", "HIGH", "Availability", "Index Out of Range in Tide Window Check",
              "Loop while `i < len(s.tides)`.", d=+1, sd=-1, n=3),
            F("RECENT-SLICE-BOUNDS", "MEDIUM", "Availability", "Slice Bounds Panic in Recent Launches",
              "Validate `n`.", sd=-2, n=3),
            F("WIND-NO-TIMEOUT", "MEDIUM", "Availability", "Wind Poller Can Hang Indefinitely",
              "Use a client with a timeout.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Maintainability", "description": "main.go is long; consider splitting handlers into their own files."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("HISTORY-SQLI", "high", "security", "sql injection in /history", "use $1", d=-1),
            F("HISTORY-ERR-LEAK", "low", "security", "db error sent to client", "generic message"),
            F("PAGE-SHELL", "high", "security", "shell injection in pager", "no sh -c", d=-1),
            F("EXPORT-TRAVERSAL", "medium", "security", "export path traversal", "filepath.Base"),
            F("DUTY-TOKEN-EMPTY", "high", "", "duty auth open if env unset", "require DUTY_TOKEN"),
            F("RETURN-NIL-DEREF", "medium", "bug", "nil deref on bad id", "check map"),
            F("WATCH-MAP-RACE", "high", "bug", "map range without lock in watcher", "lock"),
            F("LAUNCH-ID-REUSE", "medium", "bug", "launch id reused", "counter"),
            F("WIND-BODY-LEAK", "low", "bug", "body not closed in pollWind", "defer close"),
            F("NO-SERVER-TIMEOUTS", "low", "security", "no server timeouts", "http.Server{...}"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in history, shell in paging, path traversal in export.
        2. Authentication: duty token fails open; the return route is unauthenticated.
        3. Concurrency: the afloat map and the wind value are used without the mutex.
        4. Reliability: panics on bounds and nil launches; leaked resources in the wind poller.
        """,
        Block([
            F("HISTORY-SQLI", "blocker", "security", "SQL injection in history query", "Use query arguments.", conf=0.9),
            F("HISTORY-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in handleHistory",
              "defer rows.Close().", conf=0.75),
            F("PAGE-SHELL", "blocker", "security", "Shell command injection in safety boat pager",
              "Do not use sh -c.", conf=0.85),
            F("PAGE-NO-TIMEOUT", "minor", "reliability", "Pager command has no timeout",
              "Use CommandContext.", conf=0.6),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in export file name",
              "Validate the name.", conf=0.8),
            F("DUTY-TOKEN-EMPTY", "blocker", "security", "Duty token check fails open when unset",
              "Require the token to be configured.", conf=0.85),
            F("DUTY-TOKEN-TIMING", "minor", "security", "Non-constant-time token comparison",
              "Use crypto/subtle.", conf=0.6),
            F("RETURN-UNAUTH", "major", "security", "Return endpoint lacks authentication",
              "Add the duty check.", conf=0.8),
            F("RETURN-MAP-RACE", "major", "concurrency", "Map read outside the mutex in handleReturn",
              "Lock before reading.", d=-1, conf=0.8),
            F("RETURN-NIL-DEREF", "major", "correctness", "Possible nil pointer dereference in handleReturn",
              "Check the map lookup result.", conf=0.8),
            F("WATCH-MAP-RACE", "major", "concurrency", "Data race in overdue watcher",
              "Lock while iterating.", d=+1, conf=0.8),
            F("LAUNCH-WIND-RACE", "minor", "concurrency", "Unsynchronized read of wind speed",
              "Read under lock.", conf=0.6),
            F("LAUNCH-DECODE-IGNORED", "major", "correctness", "JSON decode error ignored in handleLaunch",
              "Handle the error.", conf=0.75),
            F("LAUNCH-CREW-OBO", "major", "correctness", "Off-by-one in crew limit",
              "Remove the +1.", conf=0.75),
            F("LAUNCH-ID-REUSE", "major", "correctness", "Launch IDs derived from map length can collide",
              "Use a counter.", conf=0.8),
            F("LAUNCH-MINUTES-UNCHECKED", "minor", "correctness", "Due-back minutes not validated",
              "Validate minutes.", anchor="id := len(s.afloat) + 1", conf=0.6),
            F("TIDE-LOOP-BOUNDS", "major", "reliability", "Index out of range in tide window loop",
              "Use < instead of <=.", conf=0.85),
            F("RECENT-SLICE-BOUNDS", "major", "reliability", "Slice out of range in recent launches",
              "Clamp n.", conf=0.8),
            F("WIND-BODY-LEAK", "minor", "resource-leak", "Response body not closed in pollWind",
              "Close the body.", conf=0.8),
            F("WIND-DECODE-ZERO", "major", "correctness", "Wind reading reset to zero on decode failure",
              "Keep the previous value on error.", d=+2, conf=0.7),
        ], wrap="object+summary", summary="20 issues: 3 blocker, 11 major, 6 minor"),
    ]),
}
