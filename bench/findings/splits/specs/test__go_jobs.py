"""test/go-jobs: a Go job runner with an HTTP front. Labels live next to each finding (first argument of F)."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code or the tuning set. "
    "Seeded problems in a small Go job runner; five agents' answers written by hand to imitate each CLI."
)

H = "cmd/jobsd/handlers.go"
PROBLEMS = {
    "STATS-RACE": P("internal/pool/pool.go", "p.total += d", "bug", "record() mutates counts/total/slowest from every worker without p.mu", "critical-section"),
    "TIMEOUT-GOROUTINE-LEAK": P("internal/pool/pool.go", "done := make(chan error)", "bug", "unbuffered done: after a timeout the sender goroutine blocks forever"),
    "TIMEOUT-NO-CANCEL": P("internal/pool/pool.go", "go func() { done <- j.Run() }()", "bug", "the job is not cancelled on timeout: it keeps running and overlaps the retry"),
    "RETRY-OFF-BY-ONE": P("internal/pool/pool.go", "for attempt := 1; attempt < p.maxRetries; attempt++", "bug", "runs maxRetries-1 times; maxRetries=1 never runs the job and returns nil", "off-by-one"),
    "RETRY-SLEEP-LAST": P("internal/pool/pool.go", "time.Sleep(backoff(attempt))", "performance", "sleeps the backoff after the last failed attempt too"),
    "RING-NEG-START": P("internal/pool/ring.go", "start := (r.head - n) % len(r.buf)", "bug", "Go's % keeps the sign: start is negative when head < n"),
    "RING-NO-WRAP": P("internal/pool/ring.go", "out = append(out, r.buf[start+i])", "bug", "start+i is not wrapped modulo len(buf): index out of range past the end", "off-by-one"),
    "PUSH-VALUE-RECEIVER": P("internal/queue/queue.go", "q.items = append(q.items, j)", "bug", "Push has a value receiver: the appended item is lost", "signature-vs-statement"),
    "CONN-LAZY-RACE": P("internal/client/client.go", 'conn, err := net.DialTimeout("tcp", c.addr', "bug", "unsynchronised lazy init of c.cached from all workers: data race, several dials, leaked conns", "critical-section"),
    "CONN-NO-RECONNECT": P("internal/client/client.go", 'conn.Write(append([]byte(name+"\\n"), data...))', "bug", "a broken cached connection is never dropped: every later upload fails"),
    "CONN-INTERLEAVED-WRITES": P("internal/client/client.go", 'conn.Write(append([]byte(name+"\\n"), data...))', "bug", "concurrent uploads write to one connection without a lock: frames interleave"),
    "BODY-UNBOUNDED": P(H, "json.NewDecoder(r.Body).Decode(&req)", "security", "request body not size-limited (no http.MaxBytesReader)"),
    "PRIORITY-INDEX": P(H, "s.queues[req.Priority].Push(", "bug", "client-supplied priority indexes the array unchecked: panic out of range"),
    "ARBITRARY-COMMAND": P(H, "s.queues[req.Priority].Push(", "security", "any HTTP client submits a shell command that workers run with sh -c"),
    "SQLI-OWNER": P(H, "WHERE owner = '\" + owner + \"'\"", "security", "owner concatenated into the SQL query", "source-vs-sink"),
    "QUERY-ERR-IGNORED": P(H, "WHERE owner = '\" + owner + \"'\"", "bug", "Query error discarded: rows is nil and rows.Next panics"),
    "ROWS-NOT-CLOSED": P(H, "WHERE owner = '\" + owner + \"'\"", "bug", "rows never closed (no defer rows.Close()): connections leak, rows.Err unchecked"),
    "CONVERT-PATH-TRAVERSAL": P(H, 'src := filepath.Join(s.dir, r.URL.Query().Get("file"))', "security", "file parameter joined onto s.dir: ../ escapes it"),
    "CMD-INJECTION": P(H, 'exec.Command("sh", "-c", "convert "+src', "security", "format and file spliced into a sh -c command line", "source-vs-sink"),
    "CONVERT-TMP-SHARED": P(H, 'exec.Command("sh", "-c", "convert "+src', "security", "every conversion writes the same /tmp/out.<format>: concurrent clients get each other's files"),
    "NO-SERVER-TIMEOUTS": P("cmd/jobsd/main.go", 'http.ListenAndServe(":8080", nil)', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("TIMEOUT-GOROUTINE-LEAK", "TIMEOUT-NO-CANCEL"),
    ("RING-NEG-START", "RING-NO-WRAP"),
    ("CONN-NO-RECONNECT", "CONN-INTERLEAVED-WRITES"),
    ("QUERY-ERR-IGNORED", "ROWS-NOT-CLOSED"),
    ("CONVERT-PATH-TRAVERSAL", "CMD-INJECTION"),
    ("PRIORITY-INDEX", "ARBITRARY-COMMAND"),
    ("CONVERT-TMP-SHARED", "CMD-INJECTION"),
    ("CONVERT-TMP-SHARED", "CONVERT-PATH-TRAVERSAL"),
    ("SQLI-OWNER", "QUERY-ERR-IGNORED"),
    ("SQLI-OWNER", "ROWS-NOT-CLOSED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read through `cmd/jobsd` and the three internal packages.

        ## Highlights

        - `/jobs/list` and `/convert` are injectable (SQL and shell), and `/jobs` itself lets any client
          enqueue an arbitrary shell command.
        - `Pool.record` is called from every worker goroutine without taking `p.mu`, which is a data race
          and will eventually crash with `concurrent map writes`.
        - `runWithTimeout` leaks a goroutine per timeout, and `runWithRetry` runs one attempt fewer than
          configured.
        - `Queue.Push` has a value receiver, so nothing is ever enqueued.

        `go vet` would not catch most of these; `go test -race` would catch the `record` race.
        """,
        Block([
            F("SQLI-OWNER", "critical", "security", "SQL injection in listJobs via `owner`",
              "Use a placeholder: `s.db.Query(\"... WHERE owner = ?\", owner)`.", symbol="server.listJobs", conf=0.95),
            F("QUERY-ERR-IGNORED", "high", "bug", "Error from db.Query is discarded; rows may be nil",
              "Check the error and return 500 before iterating.", symbol="server.listJobs", conf=0.85),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "Add `defer rows.Close()` after the error check and check `rows.Err()` after the loop.",
              symbol="server.listJobs", conf=0.85),
            F("CMD-INJECTION", "critical", "security", "Shell command injection in convert",
              "Call `exec.Command(\"convert\", src, dst)` without a shell, and validate `format` against an allow-list.",
              symbol="server.convert", conf=0.95),
            F("CONVERT-PATH-TRAVERSAL", "high", "security", "Path traversal via the `file` query parameter",
              "Clean the path and verify it stays under s.dir (filepath.Rel / strings.HasPrefix after Clean).",
              symbol="server.convert", conf=0.8),
            F("CONVERT-TMP-SHARED", "medium", "security", "All conversions write to the same /tmp/out.<format> file",
              "Create a per-request directory with os.MkdirTemp and remove it afterwards.",
              symbol="server.convert", conf=0.7),
            F("ARBITRARY-COMMAND", "critical", "security", "Unauthenticated job submission runs arbitrary shell commands",
              "Require authentication and accept a job type from an allow-list instead of a raw command.",
              symbol="server.submit", conf=0.85),
            F("PRIORITY-INDEX", "medium", "bug", "Unchecked priority index can panic",
              "Validate 0 <= req.Priority < queue.Levels and answer 400 otherwise.", symbol="server.submit", conf=0.85),
            F("STATS-RACE", "high", "bug", "Data race: record() mutates shared stats without holding p.mu",
              "Lock p.mu in record (Stats already does).", d=-1, n=3, keep=True, symbol="Pool.record", conf=0.9),
            F("TIMEOUT-GOROUTINE-LEAK", "medium", "bug", "Goroutine leak when a job times out",
              "Make `done` buffered (`make(chan error, 1)`) so the sender can always complete.",
              symbol="Pool.runWithTimeout", conf=0.9),
            F("RETRY-OFF-BY-ONE", "medium", "bug", "Off-by-one: runWithRetry makes maxRetries-1 attempts",
              "Loop `for attempt := 0; attempt < p.maxRetries; attempt++` (and decide whether maxRetries counts the first try).",
              symbol="Pool.runWithRetry", conf=0.8),
            F("RING-NEG-START", "high", "bug", "Negative start index in Ring.Last when head < n",
              "Use `(r.head - n + len(r.buf)) % len(r.buf)`.", symbol="Ring.Last", conf=0.85),
            F("PUSH-VALUE-RECEIVER", "high", "bug", "Queue.Push uses a value receiver, so pushes are lost",
              "Change to `func (q *Queue) Push(j pool.Job)`.", d=-1, symbol="Queue.Push", conf=0.95),
            F("CONN-LAZY-RACE", "medium", "bug", "Unsynchronized lazy initialization of the cached connection",
              "Guard with a mutex or sync.Once; as written concurrent callers can dial several times and race on c.cached.",
              d=-3, n=2, symbol="Client.conn", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        """
        Summary: two injection bugs in the HTTP handlers, several concurrency bugs in `internal/pool` and
        `internal/client`, and a value-receiver bug that makes the queue a no-op. Details:
        """,
        Block([
            F("CMD-INJECTION", "critical", "security", "Query parameter `format` is interpolated into `sh -c`",
              "Avoid the shell; pass arguments separately.", d=-2),
            F("SQLI-OWNER", "critical", "security", "User-supplied `owner` flows into a concatenated SQL string",
              "Parameterise the query.", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "performance", "sql.Rows leaked in listJobs",
              "defer rows.Close()", d=+2),
            F("STATS-RACE", "high", "bug", "Unsynchronised writes to p.total from worker goroutines",
              "Hold p.mu while updating counters."),
            F("TIMEOUT-NO-CANCEL", "medium", "bug", "Timed-out jobs keep running in the background",
              "Pass a context to Job.Run and cancel it on timeout."),
            F("RETRY-OFF-BY-ONE", "medium", "bug", "Retry loop performs one attempt too few",
              "Start at 0 or use <=.", d=+1),
            F("RING-NO-WRAP", "high", "bug", "Ring.Last indexes past the end of buf when the window wraps",
              "Index with (start+i)%len(r.buf)."),
            F("PUSH-VALUE-RECEIVER", "high", "bug", "Push appends to a copy of the queue",
              "Use a pointer receiver."),
            F("CONN-INTERLEAVED-WRITES", "medium", "bug", "Concurrent Upload calls share one net.Conn without locking",
              "Serialise writes with a mutex or use one connection per upload."),
            F("BODY-UNBOUNDED", "low", "security", "No request body size limit on /jobs",
              "Wrap r.Body with http.MaxBytesReader."),
        ]),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed my analysis of the Go service. I found several critical security vulnerabilities and
        a number of concurrency problems.

        ### Security
        """,
        Block([
            F("ARBITRARY-COMMAND", "critical", "security", "Remote Code Execution via job submission",
              "Do not accept raw shell commands from clients.",
              desc="The /jobs endpoint stores the client-provided command, which workers later execute with sh -c."),
            F("CMD-INJECTION", "critical", "security", "Command Injection in convert handler",
              "Use exec.Command with separate arguments."),
            F("SQLI-OWNER", "critical", "security", "SQL Injection in listJobs",
              "Use parameterized queries."),
            F("CONVERT-PATH-TRAVERSAL", "major", "security", "Path Traversal in convert handler",
              "Sanitize the file path.", keep=True),
            F("CONVERT-TMP-SHARED", "major", "security", "Race condition on shared output file in convert",
              "Use unique temporary file names.",
              desc="Concurrent requests with the same format overwrite /tmp/out.<format>, so one client may receive another client's file."),
            F("NO-SERVER-TIMEOUTS", "medium", "security", "HTTP server without timeouts",
              "Use an http.Server with ReadTimeout, WriteTimeout and IdleTimeout."),
        ], wrap="list"),
        """
        ### Concurrency and Correctness
        """,
        Block([
            F("STATS-RACE", "major", "concurrency", "Race condition when tracking slowest job",
              "Protect the comparison and assignment with the mutex.", d=+1, n=2,
              desc="Multiple goroutines may read and write p.slowest at the same time."),
            F("TIMEOUT-GOROUTINE-LEAK", "major", "performance", "Goroutine leak in runWithTimeout",
              "Use a buffered channel.", d=+1),
            F("RING-NEG-START", "major", "correctness", "Negative modulo result in Ring.Last",
              "Add len(r.buf) before taking the modulo."),
            F("RING-NO-WRAP", "major", "correctness", "Index out of range in Last when buffer wraps",
              "Apply the modulo to start+i.", d=-1, n=2),
            F("CONN-LAZY-RACE", "medium", "performance", "Multiple connections may be dialed concurrently",
              "Use sync.Once to create the connection."),
            U({"severity": "info", "category": "style", "recommendation": "Run gofmt and golint on the project."}),
            F("PRIORITY-INDEX", "medium", "correctness", "Missing bounds check on priority",
              "Validate req.Priority before indexing s.queues."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues found:",
        Block([
            F("SQLI-OWNER", "high", "security", "sql injection (owner)", "use ? placeholder"),
            F("CMD-INJECTION", "high", "security", "shell injection in /convert", "no sh -c"),
            F("QUERY-ERR-IGNORED", "medium", "bug", "ignored db.Query error -> nil pointer panic", "handle err"),
            F("PUSH-VALUE-RECEIVER", "high", "bug", "value receiver on Push", "func (q *Queue) Push", d=-1),
            F("RETRY-OFF-BY-ONE", "medium", "bug", "maxRetries=1 returns nil without ever running the job",
              "loop from 0"),
            F("CONN-NO-RECONNECT", "medium", "bug", "cached conn never reset after write error", "drop c.cached on error"),
            F("RETRY-SLEEP-LAST", "low", "performance", "sleeps after final failed attempt", "skip sleep on last attempt"),
        ], wrap="list", fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I have reviewed the job runner. Key issues:

        1. **SQL injection** and **path traversal** in the HTTP handlers.
        2. **Concurrency**: shared statistics and the client connection are accessed without synchronization.
        3. **Resource leaks**: goroutines after timeouts, database rows.
        4. **Ring buffer** index errors.
        """,
        Block([
            F("SQLI-OWNER", "critical", "security", "SQL injection in job listing",
              "Use query parameters.", d=-1, n=2, conf=0.9),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows are not closed",
              "Add defer rows.Close().", conf=0.8),
            F("CONVERT-PATH-TRAVERSAL", "major", "security", "Path traversal in convert endpoint",
              "Validate the file parameter.", conf=0.75, path="abs"),
            F("BODY-UNBOUNDED", "minor", "security", "Unlimited request body size",
              "Use http.MaxBytesReader.", conf=0.6),
            F("STATS-RACE", "critical", "concurrency", "Concurrent map writes in Pool.record",
              "Lock p.mu in record.", d=-1, conf=0.85),
            F("TIMEOUT-GOROUTINE-LEAK", "major", "concurrency", "Goroutine leak on timeout",
              "Use a buffered channel of size 1.", conf=0.8),
            F("TIMEOUT-NO-CANCEL", "major", "correctness", "Job continues running after timeout",
              "Use context.WithTimeout and pass ctx to Run.", conf=0.7),
            F("RING-NO-WRAP", "major", "correctness", "Ring buffer index out of bounds in Last",
              "Wrap the index with modulo.", conf=0.75),
            F("CONN-LAZY-RACE", "major", "concurrency", "Data race on c.cached",
              "Protect with sync.Mutex.", d=+2, conf=0.8),
            F("CONN-NO-RECONNECT", "minor", "correctness", "Write error does not reset the cached connection",
              "Reset c.cached when Write fails.", d=+1, sd=0, conf=0.6),
        ], wrap="object+summary", summary="10 issues found (4 security-related, 4 concurrency, 2 correctness)."),
    ]),
}
