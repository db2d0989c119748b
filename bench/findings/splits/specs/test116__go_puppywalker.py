"""test116/go-puppywalker: a guide-dog charity's puppy-walker desk (Go, net/http + database/sql). Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's answers,
specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test116 (score once, never tune): seeded problems in a guide-dog charity's puppy walker "
    "placements, training logs and vet visits; five agents' answers written by hand."
)

S = "main.go"
PROBLEMS = {
    "WALKER-ID-SPOOFABLE": P(S, 'id, _ := strconv.Atoi(r.Header.Get("X-Walker-ID"))', "security", "walker identity is whatever X-Walker-ID the client sends", "signature-vs-statement"),
    "WALKER-ID-NOT-REJECTED": P(S, 'id, _ := strconv.Atoi(r.Header.Get("X-Walker-ID"))', "security", "Atoi error ignored: a missing or malformed header is not rejected, the request runs as walker 0"),
    "LITTER-SQLI": P(S, "WHERE litter = '%s'", "security", "litter query value formatted into SQL with Sprintf", "source-vs-sink"),
    "PUPPIES-QUERY-ERR": P(S, "rows, _ := s.db.Query(q)", "bug", "Query error ignored: rows is nil and rows.Next() panics"),
    "PUPPIES-ROWS-LEAK": P(S, "rows, _ := s.db.Query(q)", "bug", "rows never closed (no defer rows.Close()): connections leak on the early return"),
    "PLACE-UNKNOWN-WALKER": P(S, "SELECT max_puppies FROM walkers WHERE id = $1", "bug", "Scan error ignored: an unknown walker id gives max 0 and the placement goes ahead"),
    "PLACE-CAPACITY-OBO": P(S, "if current > max {", "bug", "current > max instead of >=: a walker at capacity gets one puppy more", "off-by-one"),
    "PLACE-DOUBLE-RACE": P(S, "if err == nil && placed == 0 {", "bug", "count-then-insert without a transaction or unique index: one puppy placed with two walkers", "critical-section"),
    "TRAINING-ANY-PUPPY": P(S, 'entry.PuppyID, _ = strconv.Atoi(r.PathValue("id"))', "security", "walker can log training for a puppy not placed with them"),
    "TRAINING-WALKER-FROM-BODY": P(S, "if entry.WalkerID == 0 {", "security", "walker_id from the JSON body is kept: a log can be written in another walker's name"),
    "WALKS-MAP-RACE": P(S, "s.walks[entry.WalkerID] = n", "bug", "s.walks read and written from concurrent handlers without s.mu: concurrent map writes, lost counts, duplicate milestones", "critical-section"),
    "TRAINING-ERR-LEAK": P(S, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "TRAINING-LIMIT-OBO": P(S, "start := len(logs) - limit - 1", "bug", "- 1 returns limit + 1 entries", "off-by-one"),
    "TRAINING-LIMIT-NEGATIVE": P(S, "if start < 0 {", "bug", "start clamped only below: a negative limit makes start > len(logs) and the slice panics"),
    "VET-UPLOAD-UNBOUNDED": P(S, "r.ParseMultipartForm(256 << 20)", "security", "no MaxBytesReader, 256 MiB in memory per request: upload size unbounded"),
    "VET-REPORT-TRAVERSAL": P(S, "os.Create(filepath.Join(s.reportDir, name))", "security", "name form value joined to reportDir: ../ writes outside it", "source-vs-sink"),
    "VET-COPY-UNCHECKED": P(S, "io.Copy(dst, file)", "bug", "io.Copy error ignored: a truncated report is stored and 201 returned"),
    "DOSES-INDEX-OBO": P(S, "for i := 1; i <= len(doses); i++ {", "bug", "loop from 1 to len inclusive: skips the first dose and doses[len] panics", "off-by-one"),
    "REMIND-SHELL": P(S, 'exec.Command("sh", "-c"', "security", "walker phone and message concatenated into a sh -c command", "signature-vs-statement"),
    "REMIND-RUN-UNCHECKED": P(S, 'exec.Command("sh", "-c"', "bug", "Run error ignored: a failed reminder is marked as sent"),
    "REMIND-DUP-RACE": P(S, "if !done {", "bug", "check and mark under separate locks around the send: the watcher and /vet-visits/remind send the same reminder twice", "critical-section"),
    "WALKER-PII": P(S, "SELECT id, name, phone, address, max_puppies FROM walkers", "security", "any walker can read any other walker's phone and home address"),
    "NO-SERVER-TIMEOUTS": P(S, 'http.ListenAndServe(":8080", mux)', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("WALKER-ID-SPOOFABLE", "WALKER-ID-NOT-REJECTED"),
    ("LITTER-SQLI", "PUPPIES-QUERY-ERR"),
    ("LITTER-SQLI", "PUPPIES-ROWS-LEAK"),
    ("PUPPIES-QUERY-ERR", "PUPPIES-ROWS-LEAK"),
    ("PLACE-UNKNOWN-WALKER", "PLACE-CAPACITY-OBO"),
    ("TRAINING-ANY-PUPPY", "TRAINING-WALKER-FROM-BODY"),
    ("TRAINING-ERR-LEAK", "TRAINING-LIMIT-OBO"),
    ("TRAINING-LIMIT-OBO", "TRAINING-LIMIT-NEGATIVE"),
    ("REMIND-SHELL", "REMIND-RUN-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole service: a puppy-walker desk for a guide-dog charity with placements,
        training logs, vet reports and vaccination reminders.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 8 |
        | low | 2 |

        What is right: `staffOnly` fails closed and uses `subtle.ConstantTimeCompare`; `loadTraining` and
        `dueVisits` close their rows and check `rows.Err()`; the training handler bounds its body and validates
        `Minutes`; `handleWalker` handles a failed lookup. The walker side is the weak point: `walkerAuth` is not
        authentication at all, and several handlers trust what the walker sends.
        """,
        Block([
            F("WALKER-ID-SPOOFABLE", "critical", "security", "`walkerAuth` trusts a client-supplied `X-Walker-ID` header",
              "Authenticate walkers with a signed session or token and derive the id from it.",
              symbol="Server.walkerAuth", conf=0.9),
            F("LITTER-SQLI", "critical", "security", "SQL injection in `GET /puppies` via `litter`",
              "Use a placeholder: `s.db.Query(\"... WHERE litter = $1 ORDER BY born\", litter)`.",
              symbol="Server.handlePuppies", conf=0.95),
            F("PUPPIES-QUERY-ERR", "high", "bug", "Ignored `Query` error leads to a nil-pointer panic",
              "Check `err`; on failure `rows` is nil and `rows.Next()` panics.", symbol="Server.handlePuppies", conf=0.85),
            F("PUPPIES-ROWS-LEAK", "medium", "bug", "`rows` is never closed in `handlePuppies`",
              "Add `defer rows.Close()` after the error check; the scan-error return leaks the connection.",
              symbol="Server.handlePuppies", conf=0.8),
            F("REMIND-SHELL", "high", "security", "Reminder built as a `sh -c` string from the walker's phone number",
              "Call `exec.Command(\"notify-walker\", v.Phone, msg)` directly; no shell.", symbol="Server.remind", conf=0.85),
            F("VET-REPORT-TRAVERSAL", "high", "security", "Vet report saved under a client-chosen path",
              "Use `filepath.Base(name)` and check the result, or generate the file name.", symbol="Server.handleVetReport", conf=0.85),
        ]),
        "Placements, training and reminders:",
        Block([
            F("PLACE-DOUBLE-RACE", "high", "bug", "A puppy can be placed with two walkers at once",
              "Do the check and the insert in one transaction, or add a partial unique index on `placements(puppy_id) WHERE ended IS NULL`.",
              d=-1, n=2, symbol="Server.handlePlace", conf=0.8),
            F("PLACE-CAPACITY-OBO", "medium", "bug", "Walker capacity check lets one puppy too many through",
              "Use `current >= max`.", symbol="Server.handlePlace", conf=0.8),
            F("TRAINING-ANY-PUPPY", "high", "security", "Walkers can log training for puppies they do not walk",
              "Check that an open placement exists for (puppy, walker) before inserting.", symbol="Server.handleAddTraining", conf=0.8),
            F("TRAINING-WALKER-FROM-BODY", "medium", "security", "Body's `walker_id` overrides the authenticated walker",
              "Always set `entry.WalkerID = walkerID`.", symbol="Server.handleAddTraining", conf=0.8),
            F("WALKS-MAP-RACE", "high", "bug", "Unsynchronised writes to `s.walks`",
              "Take `s.mu` around the read-modify-write; concurrent map writes crash the process.",
              symbol="Server.handleAddTraining", conf=0.85),
            F("TRAINING-LIMIT-OBO", "low", "bug", "`limit` returns one entry too many",
              "`start := len(logs) - limit`.", symbol="Server.handleTraining", conf=0.8),
            F("TRAINING-LIMIT-NEGATIVE", "medium", "bug", "Negative `limit` panics with slice bounds out of range",
              "Reject `limit < 1` and clamp `start` to `[0, len(logs)]`.", symbol="Server.handleTraining", conf=0.8),
            F("VET-UPLOAD-UNBOUNDED", "medium", "security", "Vet report upload size is unbounded",
              "Wrap the body with `http.MaxBytesReader` and lower the in-memory limit.", symbol="Server.handleVetReport", conf=0.7),
            F("DOSES-INDEX-OBO", "medium", "bug", "`dosesSummary` indexes past the end of `doses`",
              "Loop `for i, d := range doses` and print `i+1`; the current loop skips dose 0 and panics on the last index.",
              symbol="dosesSummary", conf=0.9),
            F("REMIND-DUP-RACE", "medium", "bug", "Duplicate vaccination reminders",
              "The flag is read and set under separate locks with the send in between; `watchVisits` and `handleRemind` can both send. Mark the visit before sending, under one lock.",
              symbol="Server.remindDue", conf=0.75),
            F("WALKER-PII", "medium", "security", "Any walker can read any walker's address and phone",
              "Allow only `id == walkerID` (or staff).", symbol="Server.handleWalker", conf=0.8),
            F("NO-SERVER-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / go test not run (no toolchain). Issues:",
        Block([
            F("WALKER-ID-SPOOFABLE", "critical", "security", "walkerAuth: identity from X-Walker-ID header, no auth",
              "Real auth.", d=-2),
            F("LITTER-SQLI", "critical", "security", "SQL injection: litter via Sprintf",
              "$1 placeholder.", d=-1),
            F("PUPPIES-QUERY-ERR", "high", "bug", "db.Query error discarded; nil rows deref",
              "Check err."),
            F("PLACE-DOUBLE-RACE", "high", "bug", "Double placement race (COUNT then INSERT)",
              "Tx / unique index.", d=+1),
            F("WALKS-MAP-RACE", "high", "bug", "Data race on s.walks map",
              "Lock s.mu.", d=-1),
            F("TRAINING-LIMIT-OBO", "low", "bug", "Off by one: len(logs)-limit-1",
              "Drop -1."),
            F("VET-REPORT-TRAVERSAL", "high", "security", "Path traversal via name form field",
              "filepath.Base.", d=-1),
            F("DOSES-INDEX-OBO", "high", "bug", "doses[i] out of range when i == len(doses)",
              "0-based loop.", d=+1),
            F("REMIND-SHELL", "high", "security", "sh -c with phone/msg concatenation",
              "exec without shell."),
            F("REMIND-DUP-RACE", "medium", "bug", "remindDue check-then-set race -> duplicate reminders",
              "Single critical section.", d=+3),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Go service in `main.go`, which manages guide-dog puppy placements, training
        logs and veterinary visits.

        ## Critical and High Severity Issues
        """,
        Block([
            F("LITTER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Puppy Listing",
              "Use parameterized queries.", sd=-1, n=2,
              desc="The `litter` query parameter is formatted directly into the SQL string with `fmt.Sprintf`."),
            F("WALKER-ID-SPOOFABLE", "CRITICAL", "Broken Authentication", "Walker Identity Can Be Spoofed",
              "Use authenticated sessions."),
            F("WALKER-ID-NOT-REJECTED", "HIGH", "Broken Authentication", "Missing Walker Header Is Not Rejected",
              "Return 401 when the header is absent or not a number.",
              desc="The error from `strconv.Atoi` is discarded, so a request without the header proceeds with walker id 0."),
            F("REMIND-SHELL", "HIGH", "Command Injection", "Command Injection in Vet Reminder",
              "Avoid `sh -c`.", d=-2),
            F("VET-REPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Vet Report Upload",
              "Sanitize the report name.", sd=-2, n=3),
            F("TRAINING-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic message and log the error."),
        ], wrap="list"),
        """
        ## Medium and Low Severity Issues
        """,
        Block([
            F("PLACE-DOUBLE-RACE", "MEDIUM", "Race Condition", "Race Condition in Puppy Placement",
              "Use a transaction.", sd=-1, n=3),
            F("WALKS-MAP-RACE", "MEDIUM", "Concurrency", "Milestone Counter Is Not Thread-Safe",
              "Protect `s.walks` with the mutex.", d=+1, sd=-1, n=3,
              desc="Concurrent training posts can lose increments or announce the same milestone twice."),
            U({"severity": "INFO", "category": "Best Practices", "description": "Consider structured logging."}),
            F("VET-COPY-UNCHECKED", "LOW", "Error Handling", "Unchecked io.Copy When Saving Reports",
              "Check the error and remove partial files."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("LITTER-SQLI", "high", "security", "sql injection in handlePuppies", "use $1"),
            F("PUPPIES-ROWS-LEAK", "medium", "bug", "rows not closed", "defer rows.Close()"),
            F("VET-REPORT-TRAVERSAL", "high", "security", "path traversal on report name", "filepath.Base"),
            F("REMIND-SHELL", "high", "", "shell injection in remind", "no sh -c"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("WALKS-MAP-RACE", "medium", "bug", "walks map written without lock", "use s.mu"),
            F("PLACE-UNKNOWN-WALKER", "low", "bug", "unknown walker passes capacity check", "check Scan error"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Authentication**: walker identity taken from a header.
        2. **Injection**: SQL in puppy listing, shell in reminders.
        3. **Concurrency**: placement and reminder races.
        4. **Correctness**: capacity, limit and dose index errors.
        5. **Reliability**: ignored errors, unbounded uploads.
        """,
        Block([
            F("WALKER-ID-SPOOFABLE", "blocker", "security", "Walker ID read from untrusted request header",
              "Use authenticated sessions.", conf=0.85),
            F("LITTER-SQLI", "blocker", "security", "SQL injection in puppy listing",
              "Use query parameters.", conf=0.9),
            F("PUPPIES-QUERY-ERR", "major", "reliability", "Ignored error from db.Query",
              "Handle the error.", conf=0.8),
            F("PLACE-UNKNOWN-WALKER", "major", "correctness", "Walker lookup error ignored in placement",
              "Check the Scan error.", conf=0.7),
            F("PLACE-CAPACITY-OBO", "major", "correctness", "Off-by-one in walker capacity check",
              "Use >=.", d=-1, conf=0.75),
            F("PLACE-DOUBLE-RACE", "major", "concurrency", "Race condition: puppy may be placed twice",
              "Use a transaction with a unique constraint.", conf=0.8),
            F("TRAINING-ANY-PUPPY", "major", "security", "Training log not checked against puppy placement",
              "Verify the walker has the puppy.", d=+1, conf=0.7),
            F("TRAINING-LIMIT-OBO", "minor", "correctness", "Off-by-one in training log limit",
              "Remove the extra -1.", d=+1, conf=0.7),
            F("DOSES-INDEX-OBO", "major", "correctness", "Index out of range in dosesSummary",
              "Iterate from 0 to len-1.", conf=0.85),
            F("REMIND-RUN-UNCHECKED", "minor", "reliability", "Reminder command errors ignored",
              "Check Run() error before marking as reminded.", conf=0.65),
            F("REMIND-DUP-RACE", "major", "concurrency", "Duplicate reminders due to check-then-act race",
              "Hold the lock across check and mark.", d=-2, conf=0.7),
            F("VET-UPLOAD-UNBOUNDED", "minor", "resource-leak", "Unbounded multipart upload size",
              "Use http.MaxBytesReader.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 7 major, 3 minor"),
    ]),
}
