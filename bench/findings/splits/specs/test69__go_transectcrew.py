"""test69/go-transectcrew: a tide-pool survey's volunteer transect list (Go, net/http 1.22 patterns + database/sql).
Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test69: seeded problems in a tide-pool survey's volunteer transect list; five "
    "agents' answers written by hand."
)

S = "survey/server.go"
PROBLEMS = {
    "LIST-LEADER-PHONE": P(S, '`json:"leader_phone"`', "security", "the public transect list returns each leader's phone number"),
    "SERVER-NO-TIMEOUTS": P(S, "return http.ListenAndServe(addr, s.Routes())", "security", "http.ListenAndServe with no read/write/idle timeouts (slowloris)"),
    "VOLUNTEER-SPOOF": P(S, "name := strings.TrimSpace(", "security", "volunteer identity is whatever X-Volunteer header the client sends: anyone can act as anyone"),
    "LIST-SITE-SQLI": P(S, "WHERE site = '\" + site + \"'", "security", "site query value concatenated into the SQL", "source-vs-sink"),
    "LIST-ROWS-NOT-CLOSED": P(S, "rows, err := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()), also on the Scan error path: connections leak"),
    "LIST-DB-ERROR-LEAK": P(S, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (and the SQL around an injection) returned to the client"),
    "CLAIM-RACE": P(S, 'if holder == "" {', "bug", "claims map read and written without s.mu: two volunteers can both claim a transect; concurrent map writes crash the process", "critical-section"),
    "CLAIM-DB-ERR-IGNORED": P(S, 's.db.Exec("UPDATE transects SET leader = $1', "bug", "the leader UPDATE's error is ignored: the claim is held in memory but not recorded"),
    "RELEASE-ID-IGNORED": P(S, 'id, _ := strconv.Atoi(r.PathValue("id"))', "bug", "Atoi error ignored: a bad id releases transect 0"),
    "RELEASE-ANY-HOLDER": P(S, "delete(s.claims, id)", "security", "release never checks that the caller holds the claim: anyone frees anyone's transect", "signature-vs-statement"),
    "COUNTS-BODY-UNBOUNDED": P(S, "if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {", "security", "count report decoded without http.MaxBytesReader: unbounded request body"),
    "COUNTS-QUADRAT-RANGE": P(S, "rep.Quadrat > quadrats", "bug", "quadrats are 0..quadrats-1 but quadrat == quadrats is accepted", "off-by-one"),
    "COUNTS-NEGATIVE": P(S, "for species, n := range rep.Counts {", "bug", "species counts not validated: negative counts are stored and subtract from the tally"),
    "COUNTS-INSERT-ERR": P(S, 'log.Printf("count insert: %v", err)', "bug", "a failed insert is only logged and the handler still answers 201: counts silently lost"),
    "TALLY-SPECIES-CASE": P(S, "prev := s.tallies[species]", "bug", "species names not normalised: 'Patella vulgata' and 'patella vulgata ' are tallied apart (extra, one agent)"),
    "TALLY-RACE": P(S, "s.tallies[species] = prev + n", "bug", "addTally updates tallies and reported without s.mu while handleSpecies reads under it: lost counts, concurrent map writes", "critical-section"),
    "QUADRAT-INDEX": P(S, "if n <= len(marks) {", "bug", "n <= len(marks) lets n == len(marks) index past the end: panic", "off-by-one"),
    "QUADRAT-NEGATIVE": P(S, "if n <= len(marks) {", "bug", "negative n is not rejected: marks[-1] panics"),
    "PHOTO-PATH": P(S, "http.ServeFile(w, r, full)", "security", "file query value joined into the photo path: ../ serves any file", "source-vs-sink"),
    "TIDE-CACHE-RACE": P(S, "win = fetchTide(site)", "bug", "tide cache read and filled without a lock: concurrent misses all fetch, concurrent map writes crash", "critical-section"),
    "TIDE-PARAM-INJECT": P(S, 'url := tideAPI + "?station=" + site', "security", "site not query-escaped into the upstream URL: extra parameters injected"),
    "TIDE-NO-TIMEOUT": P(S, "resp, err := http.Get(url)", "bug", "http.Get on the default client has no timeout: a hung tide API hangs every /tide request", "signature-vs-statement"),
    "TIDE-ERROR-CACHED": P(S, "return tideWindow{Fetched: time.Now()}", "bug", "a failed fetch returns an empty window stamped now, which is cached for six hours"),
    "EXPORT-SHELL": P(S, 'survey-export --season %s > %s", season, dest))', "security", "season query value in an sh -c command line", "signature-vs-statement"),
    "EXPORT-DEST-WRITE": P(S, 'survey-export --season %s > %s", season, dest))', "security", "dest query value is a shell redirect target: writes (and injects) anywhere the server can"),
    "EXPORT-NO-TIMEOUT": P(S, "if out, err := cmd.CombinedOutput(); err != nil {", "bug", "export runs with no context or timeout: a stuck export holds the request forever"),
}

CONFUSABLE = [
    ("LIST-SITE-SQLI", "LIST-ROWS-NOT-CLOSED"),
    ("LIST-SITE-SQLI", "LIST-DB-ERROR-LEAK"),
    ("CLAIM-RACE", "CLAIM-DB-ERR-IGNORED"),
    ("RELEASE-ID-IGNORED", "RELEASE-ANY-HOLDER"),
    ("COUNTS-NEGATIVE", "COUNTS-INSERT-ERR"),
    ("TALLY-SPECIES-CASE", "TALLY-RACE"),
    ("QUADRAT-INDEX", "QUADRAT-NEGATIVE"),
    ("TIDE-PARAM-INJECT", "TIDE-NO-TIMEOUT"),
    ("TIDE-NO-TIMEOUT", "TIDE-ERROR-CACHED"),
    ("EXPORT-SHELL", "EXPORT-DEST-WRITE"),
    ("EXPORT-SHELL", "EXPORT-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `survey/server.go` and `cmd/transectd/main.go`. The coordinator check (`coordOnly`) is solid:
        it fails closed on an empty key and uses `subtle.ConstantTimeCompare`. `handleRelease` and
        `handleSpecies` take `s.mu` correctly. Everything else that touches shared state does not, and three
        handlers pass query values straight into SQL, a shell, or a file path.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 8 |
        | low | 3 |

        The volunteer "authentication" deserves a note up front: `volunteerOnly` only checks that a header is
        present, so every volunteer-only route is effectively open.
        """,
        Block([
            F("LIST-SITE-SQLI", "critical", "security", "SQL injection through `site` in `GET /transects`",
              "Use a placeholder: `s.db.Query(\"... WHERE site = $1 ...\", site)`.", symbol="Server.handleList", conf=0.95),
            F("EXPORT-SHELL", "critical", "security", "`handleExport` runs `sh -c` with the `season` query value",
              "Run `exec.CommandContext(ctx, \"survey-export\", \"--season\", season)` and write its stdout to a file you open yourself.",
              symbol="Server.handleExport", conf=0.9),
            F("EXPORT-DEST-WRITE", "high", "security", "`dest` chooses where the export is written",
              "Do not take a path from the request; write into a fixed export directory under a generated name.",
              symbol="Server.handleExport", conf=0.8),
            F("PHOTO-PATH", "high", "security", "Path traversal in `GET /photos/{site}` via `file`",
              "Reject names with separators or `..`, and check the cleaned path stays under `photoDir`.",
              symbol="Server.handlePhoto", conf=0.85),
            F("VOLUNTEER-SPOOF", "high", "security", "`volunteerOnly` trusts a self-declared `X-Volunteer` header",
              "Issue volunteers a signed token (or at least a per-volunteer secret) and derive the name from it.",
              symbol="Server.volunteerOnly", conf=0.85),
            F("RELEASE-ANY-HOLDER", "high", "security", "Any volunteer can release another volunteer's transect",
              "Only delete the claim when `s.claims[id]` equals the caller.", symbol="Server.handleRelease", conf=0.8),
            F("LIST-DB-ERROR-LEAK", "medium", "security", "Database errors are written to the response",
              "Log `err` and return a generic message.", symbol="Server.handleList", conf=0.75),
            F("LIST-LEADER-PHONE", "medium", "security", "Leaders' phone numbers are in the public transect list",
              "Tag the field `json:\"-\"` or serve it only to coordinators.", symbol="Transect.LeaderPhone", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "low", "security", "`ListenAndServe` without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.",
              symbol="Server.ListenAndServe", conf=0.7),
            F("COUNTS-BODY-UNBOUNDED", "low", "security", "Count reports are decoded from an unbounded body",
              "Wrap `r.Body` in `http.MaxBytesReader`.", symbol="Server.handleCounts", conf=0.65),
        ]),
        "Concurrency and correctness:",
        Block([
            F("CLAIM-RACE", "high", "bug", "`handleClaim` reads and writes `s.claims` without `s.mu`",
              "Hold `s.mu` around the read-check-write; today two volunteers can both get 200 and the runtime can abort with concurrent map writes.",
              symbol="Server.handleClaim", conf=0.9),
            F("TALLY-RACE", "medium", "bug", "`addTally` mutates `tallies` and `reported` unlocked",
              "Take `s.mu` in `addTally`, as `handleSpecies` does when reading.", symbol="Server.addTally", conf=0.85),
            F("TIDE-CACHE-RACE", "medium", "bug", "`tideCache` is accessed from concurrent handlers without a lock",
              "Guard it with `s.mu` (or a `singleflight.Group` so one fetch serves concurrent misses).",
              symbol="Server.handleTide", conf=0.8),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleList`",
              "`defer rows.Close()` right after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleList", conf=0.85),
            F("COUNTS-QUADRAT-RANGE", "medium", "bug", "Quadrat bound check accepts one past the last quadrat",
              "`rep.Quadrat >= quadrats` is out of range.", symbol="Server.handleCounts", conf=0.8),
            F("QUADRAT-INDEX", "medium", "bug", "`handleQuadrat` panics for `n == len(marks)`",
              "Check `n >= 0 && n < len(marks)`.", symbol="Server.handleQuadrat", conf=0.85),
            F("TIDE-NO-TIMEOUT", "medium", "bug", "Tide API called with the default client (no timeout)",
              "Use an `http.Client{Timeout: 5 * time.Second}` and a request context.", symbol="fetchTide", conf=0.75),
            F("TIDE-ERROR-CACHED", "low", "bug", "A failed tide fetch is cached as an empty window for six hours",
              "Return an error and do not cache it.", symbol="fetchTide", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("LIST-SITE-SQLI", "critical", "security", "handleList: site concatenated into SQL", "Use $1.", d=-1),
            F("EXPORT-SHELL", "critical", "security", "handleExport: sh -c with request values", "exec without shell.", d=-3),
            F("PHOTO-PATH", "high", "security", "handlePhoto: ?file= escapes photoDir", "Clean + prefix check.", d=-2),
            F("RELEASE-ANY-HOLDER", "high", "security", "handleRelease: no holder check", "Compare holder with caller.", d=-3),
            F("CLAIM-RACE", "high", "bug", "handleClaim: unsynchronised map access", "Lock s.mu.", d=-1),
            F("TALLY-RACE", "medium", "bug", "addTally: data race on tallies/reported", "Lock s.mu.", d=-2),
            F("QUADRAT-INDEX", "medium", "bug", "marks[n] out of range when n == len(marks)", "n < len(marks).", d=+1),
            F("COUNTS-QUADRAT-RANGE", "medium", "bug", "quadrat == quadrats accepted", ">= quadrats.", d=+1),
            F("RELEASE-ID-IGNORED", "low", "bug", "Atoi error dropped in handleRelease", "400 on bad id."),
            F("LIST-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("TIDE-NO-TIMEOUT", "medium", "bug", "fetchTide: http.Get without timeout", "Client with Timeout.", d=-2),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the tide-pool survey service.

        ## Security Vulnerabilities

        The service accepts volunteer identities from a plain header and passes several query parameters to
        SQL, the shell and the filesystem without validation.
        """,
        Block([
            F("LIST-SITE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Transect Listing",
              "Use parameterized queries.", n=3, sd=-2,
              desc="The `site` parameter is concatenated into the query string."),
            F("EXPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in Season Export",
              "Avoid `sh -c`; call the binary directly.", n=3, sd=-2),
            F("PHOTO-PATH", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Sanitize the `file` parameter.", n=3, sd=-2),
            F("VOLUNTEER-SPOOF", "HIGH", "Broken Authentication", "Volunteer Identity Can Be Spoofed",
              "Authenticate volunteers with a token.", n=3, sd=-1,
              desc="Any client can send `X-Volunteer: <someone else>` and claim or release transects in their name."),
            F("LIST-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Clients",
              "Return a generic error.", n=3, sd=-2),
            F("TIDE-PARAM-INJECT", "MEDIUM", "Injection", "Unescaped Parameter in Upstream Tide URL",
              "Use `url.Values` to build the query.", n=2),
            F("LIST-LEADER-PHONE", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed in Public API",
              "Remove `LeaderPhone` from the JSON output.", n=3, sd=-2),
            F("COUNTS-BODY-UNBOUNDED", "LOW", "Denial of Service", "No Request Body Size Limit",
              "Use `http.MaxBytesReader`.", n=3, sd=-2),
        ], wrap="list"),
        """
        ## Concurrency and Reliability
        """,
        Block([
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition in Transect Claims",
              "Protect `claims` with the mutex.", d=+1, n=3, sd=-1,
              desc="`handleClaim` accesses the `claims` map without locking, while `handleRelease` locks."),
            F("TIDE-CACHE-RACE", "MEDIUM", "Race Condition", "Concurrent Map Access in Tide Cache",
              "Use the mutex or `sync.Map`.", d=-1, n=3, sd=-2),
            F("TALLY-RACE", "MEDIUM", "Race Condition", "Species Tallies Updated Without Lock",
              "Lock in `addTally`.", n=3, sd=-2),
            F("QUADRAT-INDEX", "HIGH", "Logic Error", "Index Out of Range in Quadrat Lookup",
              "Use `n < len(marks)`.", n=3, sd=-2),
            F("QUADRAT-NEGATIVE", "MEDIUM", "Input Validation", "Negative Quadrat Number Causes Panic",
              "Reject negative values.", n=3, sd=-2),
            U({"severity": "INFO", "category": "Testing", "description": "There are no tests for the HTTP handlers; add httptest-based tests."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LIST-SITE-SQLI", "high", "security", "sql injection: site param", "use $1"),
            F("EXPORT-SHELL", "high", "security", "shell injection in export", "no sh -c"),
            F("PHOTO-PATH", "high", "security", "path traversal via file param", "filepath.Base + check"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CLAIM-RACE", "high", "", "claims map written without mutex", "lock", d=+1),
            F("QUADRAT-INDEX", "medium", "bug", "marks[n] can panic", "n < len(marks)"),
            F("EXPORT-NO-TIMEOUT", "low", "bug", "export command has no timeout", "exec.CommandContext"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the transect list, shell in the export, path traversal in photos.
        2. Access control: claims can be released by anyone.
        3. Concurrency: claims, tallies and the tide cache are not synchronised.
        4. Data integrity: count reports are not validated and insert failures are hidden.
        5. Operations: no server timeouts, failed tide fetches are cached.
        """,
        Block([
            F("LIST-SITE-SQLI", "blocker", "security", "SQL injection in handleList",
              "Use query parameters.", conf=0.95),
            F("EXPORT-SHELL", "blocker", "security", "Command injection in handleExport",
              "Do not use a shell.", conf=0.9),
            F("EXPORT-DEST-WRITE", "major", "security", "Arbitrary file write via dest parameter",
              "Use a fixed output directory.", conf=0.8),
            F("PHOTO-PATH", "major", "security", "Path traversal in handlePhoto",
              "Validate the file name.", conf=0.85),
            F("RELEASE-ANY-HOLDER", "major", "security", "Missing ownership check on claim release",
              "Check the claim holder.", d=-2, conf=0.8),
            F("CLAIM-RACE", "major", "concurrency", "Unsynchronized access to claims map",
              "Use s.mu.", conf=0.9),
            F("CLAIM-DB-ERR-IGNORED", "minor", "reliability", "Leader update error ignored in handleClaim",
              "Check the Exec error and undo the claim.", conf=0.6),
            F("TALLY-RACE", "major", "concurrency", "Data race in addTally",
              "Acquire the mutex.", d=+1, conf=0.8),
            F("TALLY-SPECIES-CASE", "minor", "correctness", "Species names are not normalized before tallying",
              "Trim and lower-case species names.", conf=0.5),
            F("TIDE-CACHE-RACE", "major", "concurrency", "Tide cache is not thread-safe",
              "Lock around cache access.", d=+1, conf=0.75),
            F("COUNTS-NEGATIVE", "minor", "correctness", "Negative species counts accepted",
              "Reject n < 0.", conf=0.6),
            F("COUNTS-INSERT-ERR", "major", "reliability", "Count insert errors are swallowed and 201 returned",
              "Return 500 and roll back.", conf=0.7),
            F("COUNTS-QUADRAT-RANGE", "minor", "correctness", "Off-by-one in quadrat range validation",
              "Use >=.", conf=0.75),
            F("TIDE-ERROR-CACHED", "minor", "reliability", "Failed tide fetch is cached",
              "Do not cache errors.", conf=0.65),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts",
              "Configure http.Server timeouts.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 7 major, 6 minor"),
    ]),
}
