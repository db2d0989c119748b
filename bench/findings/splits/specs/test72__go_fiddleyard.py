"""test72/go-fiddleyard: a model railway club's layout running timetable (Go, net/http + database/sql). Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test72: seeded problems in a model railway club's running timetable service; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(M, 'tok := r.URL.Query().Get("token")', "security", "operator token taken from the query string (proxy logs, browser history, Referer)"),
    "OPS-MAP-RACE": P(M, "op, ok := s.ops[tok]", "bug", "s.ops read without s.mu while handleSignup writes it: concurrent map read and write"),
    "TOKEN-LOGGED": P(M, 'log.Printf("rejected operator token %q from %s", tok, r.RemoteAddr)', "security", "rejected tokens written to the log in full (a mistyped or expired real token ends up in the log)"),
    "SIGNUP-ROLE": P(M, "if err := json.NewDecoder(r.Body).Decode(&op); err != nil || op.Name == \"\" {", "security", "public signup decodes the whole Operator: a caller chooses role controller", "signature-vs-statement"),
    "TOKEN-PREDICTABLE": P(M, "op.Token = strconv.FormatInt(time.Now().UnixNano(), 36)", "security", "operator token is the signup time in nanoseconds: guessable"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(", "bug", "handleTimetable never closes rows (early return on a Scan error leaks the connection)", nth=0),
    "ORDER-SQLI": P(M, '"SELECT id, headcode, loco, origin, dest, depart, driver FROM trains WHERE session_id = $1 ORDER BY "+order,', "security", "order query value concatenated into ORDER BY: SQL injection on a public endpoint", "source-vs-sink"),
    "DB-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client (helps the injection above)"),
    "DEPART-OBO": P(M, "if t.Depart < 0 || t.Depart > 18*60 {", "bug", "> 18*60 accepts a departure at 24:00, outside the session (should be >=)", "off-by-one"),
    "CLOCK-NOT-RUNNING": P(M, "mins := int(time.Since(s.clockStart).Minutes()) * s.ratio", "bug", "before the clock is started clockStart is the zero time and ratio 0: the clock shows 06:00 or garbage instead of stopped"),
    "CLOCK-RACE": P(M, "mins := int(time.Since(s.clockStart).Minutes()) * s.ratio", "bug", "handleClock reads clockStart, ratio and running without s.mu while handleClockStart writes them: data race, torn reads", "critical-section"),
    "CLOCK-WRAP": P(M, 'writeJSON(w, map[string]any{"running": s.running, "time": fmt.Sprintf("%02d:%02d", 6+mins/60, mins%60)})', "bug", "hours not wrapped at 24: the board shows 25:10 after midnight"),
    "ANNOUNCE-LEAK": P(M, "for range t.C {", "bug", "announcer goroutine and ticker never stop; each clock start adds another announcer (duplicate board pushes)"),
    "ANNOUNCE-SKIP": P(M, 'rows, err := s.db.Query("SELECT headcode, origin FROM trains WHERE session_id = $1 AND depart = $2", session, now)', "bug", "exact-minute match on a 10 s ticker: at fast ratios departures are skipped, at slow ones pushed several times"),
    "SCAN-IGNORED": P(M, "rows.Scan(&code, &station)", "bug", "Scan error ignored in the announcer: an empty code and station are pushed to the board"),
    "BOARD-SHELL": P(M, 'exec.Command("sh", "-c", "board-push "+station+" "+code).Run()', "security", "station and headcode (set through the trains API) concatenated into sh -c: command injection", "source-vs-sink"),
    "BLOCK-RACE": P(M, 'http.Error(w, "block occupied by "+holder, http.StatusConflict)', "bug", "block check and claim on s.blocks without s.mu: two trains get the same block, concurrent map writes crash", "critical-section"),
    "BLOCK-RELEASE-ANY": P(M, 'delete(s.blocks, r.PathValue("block"))', "security", "any operator releases any block, held by any train: no holder check", "signature-vs-statement"),
    "ROAD-OBO": P(M, "return roads[n%len(roads)+1]", "bug", "+1 after the modulo: road 0 is never used and the last index is out of range (panic)", "off-by-one"),
    "SEQ-LOOP-OBO": P(M, "for i := 0; i <= len(codes); i++ {", "bug", "i <= len(codes) indexes one past the end: every sequence request panics", "off-by-one"),
    "PHOTO-NO-LIMIT": P(M, 'file, header, err := r.FormFile("photo")', "security", "no MaxBytesReader on the photo upload: unbounded request body (disk and memory)"),
    "PHOTO-TRAVERSAL": P(M, "dst, err := os.Create(filepath.Join(s.photoDir, name))", "security", "loco path value and client file name joined into the path: writes outside photoDir", "source-vs-sink"),
    "PHOTO-NOT-CLOSED": P(M, "io.Copy(dst, file)", "bug", "dst never closed and the io.Copy error ignored: descriptor leak, truncated photos reported as stored"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8090", mux))', "security", "http.ListenAndServe without timeouts (slowloris)"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "OPS-MAP-RACE"),
    ("OPS-MAP-RACE", "TOKEN-LOGGED"),
    ("TOKEN-IN-QUERY", "TOKEN-LOGGED"),
    ("ROWS-NOT-CLOSED", "ORDER-SQLI"),
    ("ORDER-SQLI", "DB-ERR-LEAK"),
    ("CLOCK-NOT-RUNNING", "CLOCK-RACE"),
    ("CLOCK-RACE", "CLOCK-WRAP"),
    ("CLOCK-NOT-RUNNING", "CLOCK-WRAP"),
    ("ANNOUNCE-LEAK", "ANNOUNCE-SKIP"),
    ("SCAN-IGNORED", "BOARD-SHELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the running-timetable service.

        The layout-safety logic is where the real trouble is: block occupancy is kept in a plain map with no
        locking, and the operator middleware reads `s.ops` unlocked too, so two signallers at once can both
        crash the server and put two trains in one block. The injection surface is small but real (ORDER BY,
        `sh -c`, the photo path), and two loops index past their slices.

        | severity | count |
        |---|---|
        | critical | 3 |
        | high | 8 |
        | medium | 7 |
        | low | 3 |

        Correct as written: `admin` fails closed with `subtle.ConstantTimeCompare`, `handleAddTrain` limits its
        body with `MaxBytesReader` and range-checks the DCC address, `fastNow` holds `s.mu`,
        `handleReleaseBlock` locks around the delete, and `handleSequence` closes its rows and checks `Scan`.
        """,
        Block([
            F("BLOCK-RACE", "critical", "bug", "Block claim is not synchronised: two trains can hold one block",
              "Take `s.mu` around the lookup and the assignment; as written concurrent claims also crash with `concurrent map writes`.",
              d=-1, n=2, symbol="Server.handleClaimBlock", conf=0.9),
            F("OPS-MAP-RACE", "high", "bug", "`operator` reads `s.ops` without the mutex",
              "Lock (or use a `sync.RWMutex`) for the lookup; signup writes the map concurrently.",
              symbol="Server.operator", conf=0.8),
            F("TOKEN-IN-QUERY", "medium", "security", "Operator token passed in the URL",
              "Accept it in an `Authorization` header only.", symbol="Server.operator", conf=0.7),
            F("TOKEN-LOGGED", "low", "security", "Rejected tokens are logged verbatim",
              "Log a hash prefix, not the token.", symbol="Server.operator", conf=0.55),
            F("SIGNUP-ROLE", "high", "security", "Self-signup can choose the `controller` role",
              "Decode into a struct with only `Name` and set `Role = \"driver\"`; roles are granted by an admin.",
              symbol="Server.handleSignup", conf=0.85),
            F("TOKEN-PREDICTABLE", "high", "security", "Operator tokens are timestamps",
              "Use 32 bytes from `crypto/rand`.", symbol="Server.handleSignup", conf=0.8),
            F("ORDER-SQLI", "critical", "security", "SQL injection via `order` in the public timetable",
              "Map `order` to a fixed column list.", symbol="Server.handleTimetable", conf=0.95),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` never closed in `handleTimetable`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleTimetable", conf=0.8),
            F("DEPART-OBO", "low", "bug", "Departure at exactly 24:00 is accepted",
              "`t.Depart >= 18*60`.", symbol="Server.handleAddTrain", conf=0.6),
        ]),
        "Clock, announcer, fiddle yard and uploads:",
        Block([
            F("CLOCK-RACE", "high", "bug", "`handleClock` reads the clock fields without `s.mu`",
              "Reuse `fastNow()`, which already locks.", symbol="Server.handleClock", conf=0.8),
            F("CLOCK-NOT-RUNNING", "medium", "bug", "`/clock` shows a time before the clock is started",
              "Return `running: false` and no time when `!s.running`.", symbol="Server.handleClock", conf=0.65),
            F("CLOCK-WRAP", "low", "bug", "Fast clock shows hours past 23",
              "`(6+mins/60)%24`.", symbol="Server.handleClock", conf=0.6),
            F("ANNOUNCE-LEAK", "medium", "bug", "Announcer goroutine never stops",
              "Pass a context cancelled on clock stop / restart and `defer t.Stop()`.", symbol="Server.announce", conf=0.8),
            F("ANNOUNCE-SKIP", "medium", "bug", "Departures missed or repeated by the exact-minute query",
              "Track the last announced minute and query `depart > last AND depart <= now`.", symbol="Server.announce", conf=0.7),
            F("BOARD-SHELL", "high", "security", "Board push runs through `sh -c` with database strings",
              "`exec.Command(\"board-push\", station, code)`.", symbol="Server.announce", conf=0.85),
            F("BLOCK-RELEASE-ANY", "high", "security", "Any operator can free a block another train holds",
              "Require the holder's headcode and compare before deleting.", symbol="Server.handleReleaseBlock", conf=0.75),
            F("ROAD-OBO", "high", "bug", "`roadFor` skips road 0 and panics on the last road",
              "`roads[n%len(roads)]`.", symbol="roadFor", conf=0.9),
            F("SEQ-LOOP-OBO", "high", "bug", "Sequence loop runs one past the end",
              "`i < len(codes)`.", symbol="Server.handleSequence", conf=0.95),
            F("PHOTO-TRAVERSAL", "critical", "security", "Photo upload writes to a client-chosen path",
              "Use `filepath.Base` on the file name, validate `loco` as a number, and check the result stays in `photoDir`.",
              symbol="Server.handleLocoPhoto", conf=0.9),
            F("PHOTO-NOT-CLOSED", "medium", "bug", "Uploaded photo file is never closed",
              "`defer dst.Close()` and check the `io.Copy` error.", symbol="Server.handleLocoPhoto", conf=0.75),
            F("NO-TIMEOUTS", "medium", "security", "Server has no read/write timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout` etc.", symbol="main", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ORDER-SQLI", "critical", "security", "ORDER BY built from ?order=", "allowlist", d=-2),
            F("PHOTO-TRAVERSAL", "critical", "security", "path traversal in loco photo upload", "filepath.Base + check", d=-2),
            F("BOARD-SHELL", "high", "security", "sh -c with station/headcode", "exec without shell", d=-1),
            F("SIGNUP-ROLE", "high", "security", "signup lets caller set Role", "ignore client role", d=-2),
            F("OPS-MAP-RACE", "high", "bug", "unsynchronized read of s.ops", "lock"),
            F("BLOCK-RACE", "high", "bug", "s.blocks mutated without lock", "lock", d=3),
            F("BLOCK-RELEASE-ANY", "medium", "security", "release without holder check", "compare holder", d=-2),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows leak in handleTimetable", "defer rows.Close()"),
            F("CLOCK-NOT-RUNNING", "low", "bug", "handleClock before start uses zero clockStart", "check running"),
            F("ANNOUNCE-LEAK", "medium", "bug", "ticker goroutine leak per clock start", "ctx + t.Stop()", d=-1),
            F("SCAN-IGNORED", "low", "bug", "Scan error ignored in announce", "check err"),
            F("ROAD-OBO", "high", "bug", "roadFor index out of range", "drop +1", d=-1),
            F("SEQ-LOOP-OBO", "high", "bug", "codes[i] out of range (<=)", "<", d=1),
            F("PHOTO-NOT-CLOSED", "low", "bug", "dst not closed; io.Copy err dropped", "defer Close"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the fiddle-yard timetable server. Here is a detailed analysis.

        **Summary:** The service coordinates trains on a shared model railway layout, so correctness of block
        occupancy and the fast clock matters as much as classic web security. I found injection
        vulnerabilities, broken access control, several data races and some logic errors.

        **Security**
        """,
        Block([
            F("ORDER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Timetable Ordering",
              "Validate `order` against known columns.", sd=-2, n=3,
              desc="The `order` parameter is appended directly to the SQL query string of an unauthenticated endpoint."),
            F("DB-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message."),
            F("BOARD-SHELL", "HIGH", "Command Injection", "Shell Command Built From Database Values",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "CRITICAL", "Path Traversal", "Arbitrary File Write via Photo Upload",
              "Sanitize the filename with `filepath.Base`.", sd=-2, n=3),
            F("PHOTO-NO-LIMIT", "MEDIUM", "Denial of Service", "Unbounded Photo Upload Size",
              "Wrap the body in `http.MaxBytesReader`."),
            F("SIGNUP-ROLE", "HIGH", "Broken Access Control", "Privilege Escalation Through Signup",
              "Do not bind `Role` from the request.", sd=-2, n=3),
            F("TOKEN-PREDICTABLE", "HIGH", "Broken Authentication", "Predictable Operator Tokens",
              "Generate tokens with `crypto/rand`."),
            F("TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Authentication Token in URL",
              "Use a header instead of a query parameter."),
            F("TOKEN-LOGGED", "LOW", "Information Disclosure", "Tokens Written to Logs",
              "Do not log credentials.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        "**Concurrency and logic**",
        Block([
            F("BLOCK-RACE", "HIGH", "Race Condition", "Race Condition in Block Claiming",
              "Protect `s.blocks` with the mutex.", d=-1, sd=-3, n=3,
              desc="Two operators can claim the same block simultaneously, allowing two trains into one section of track."),
            F("CLOCK-RACE", "MEDIUM", "Race Condition", "Unsynchronized Read of Fast Clock State",
              "Call `fastNow()` instead.", sd=-1, n=2),
            F("CLOCK-WRAP", "LOW", "Logic Error", "Clock Display Exceeds 24 Hours",
              "Apply modulo 24 to the hour."),
            F("ANNOUNCE-LEAK", "MEDIUM", "Resource Leak", "Goroutine Leak in Announcer",
              "Stop the ticker and exit when the session ends.", sd=-1, n=2),
            F("DEPART-OBO", "LOW", "Logic Error", "Session End Boundary Accepted",
              "Use `>=` for the upper bound.", d=1, sd=-1, n=3),
            F("ROAD-OBO", "HIGH", "Logic Error", "Index Out of Range in roadFor",
              "Remove the `+1`.", sd=-2, n=3),
            F("SEQ-LOOP-OBO", "HIGH", "Logic Error", "Off-by-One Loop in Sequence Builder",
              "Use `<` instead of `<=`.", sd=-2, n=3),
            U({"category": "Testing", "description": "There are no tests for the timetable logic."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ORDER-SQLI", "error", "security", "sql injection via order param", "whitelist columns"),
            F("BOARD-SHELL", "error", "security", "sh -c command injection in announce", "no shell"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal writing loco photos", "filepath.Base"),
            F("SIGNUP-ROLE", "warning", "security", "role settable on signup", "ignore role"),
            F("CLOCK-RACE", "warning", "", "clock fields read without lock", "use fastNow"),
            F("BLOCK-RACE", "error", "bug", "blocks map not locked in claim", "mutex", d=-1),
            F("SEQ-LOOP-OBO", "error", "bug", "loop goes past end of codes", "use <", d=1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Data races on `s.ops`, `s.blocks` and the clock fields (the block race is a layout-safety issue).
        2. SQL injection in the timetable and command injection in the board push.
        3. Broken authentication: predictable tokens in the URL, self-assigned roles.
        4. Out-of-range indexing in the fiddle-yard sequence.
        5. Resource handling: rows, goroutines, uploads.
        """,
        Block([
            F("TOKEN-IN-QUERY", "major", "security", "Token transmitted in query string",
              "Move to the Authorization header.", conf=0.7),
            F("OPS-MAP-RACE", "major", "concurrency", "Concurrent map access on operator lookup",
              "Guard s.ops with the mutex.", d=-1, conf=0.75),
            F("SIGNUP-ROLE", "blocker", "security", "Mass assignment of operator role",
              "Assign roles server-side.", conf=0.85),
            F("TOKEN-PREDICTABLE", "major", "security", "Weak token generation",
              "Use crypto/rand.", conf=0.8),
            F("ORDER-SQLI", "blocker", "security", "SQL injection in ORDER BY",
              "Use an allow-list.", conf=0.95),
            F("ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in timetable handler",
              "defer rows.Close().", conf=0.75),
            F("DB-ERR-LEAK", "minor", "security", "Internal error details exposed",
              "Return a generic error.", conf=0.65),
            F("DEPART-OBO", "minor", "correctness", "Departure upper bound is inclusive",
              "Use >= 18*60.", conf=0.55),
            F("CLOCK-RACE", "major", "concurrency", "Data race reading clock state",
              "Lock s.mu or use fastNow.", d=1, conf=0.75),
            F("ANNOUNCE-LEAK", "major", "resource-leak", "Announcer goroutine leak",
              "Use a cancellable context.", conf=0.8),
            F("ANNOUNCE-SKIP", "major", "correctness", "Announcements depend on exact minute equality",
              "Query a range of minutes.", conf=0.6),
            F("BOARD-SHELL", "blocker", "security", "Command injection in board push",
              "Do not use sh -c.", conf=0.85),
            F("BLOCK-RACE", "blocker", "concurrency", "Race condition on block occupancy",
              "Hold the lock while checking and claiming.", d=3, conf=0.85),
            F("BLOCK-RELEASE-ANY", "major", "security", "Any operator can release any block",
              "Check the holder.", conf=0.7),
            F("ROAD-OBO", "major", "correctness", "Index out of range in roadFor",
              "Remove + 1.", conf=0.85),
            F("SEQ-LOOP-OBO", "blocker", "correctness", "Off-by-one in sequence loop",
              "Use i < len(codes).", conf=0.9),
            F("PHOTO-NO-LIMIT", "minor", "security", "No upload size limit",
              "Use MaxBytesReader.", conf=0.6),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in photo upload",
              "Sanitize the file name.", conf=0.9),
            F("NO-TIMEOUTS", "minor", "security", "Server without timeouts",
              "Configure http.Server timeouts.", conf=0.6),
        ], wrap="object+summary", summary="19 findings: 6 blocker, 8 major, 5 minor"),
    ]),
}
