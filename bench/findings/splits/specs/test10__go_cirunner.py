"""test10/go-cirunner: a CI runner agent that polls for build jobs and executes them (Go, net/http, os/exec).

Tenth frozen test split; labels next to each finding. Written 2026-12-02 by a helper session that had not seen the
merger code, its results or any other split's answers/specs (apart from specs/tune2__ts_webhooks.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' data. "
    "Frozen test split (test10): seeded problems in a small CI runner agent; five agents' answers written by hand."
)

AG = "runner/agent.go"
EX = "runner/exec.go"
CA = "runner/cache.go"
LG = "runner/logs.go"
ST = "runner/status.go"
PROBLEMS = {
    "TLS-SKIP": P(AG, "InsecureSkipVerify: true", "security", "TLS verification disabled for the CI server connection: jobs (commands, secrets) can be injected by anyone on path"),
    "NO-CLIENT-TIMEOUT": P(AG, "InsecureSkipVerify: true", "bug", "http.Client without a Timeout: a stalled server hangs poll/post (and the heartbeat) forever"),
    "TOKEN-IN-URL": P(AG, '"/api/jobs/next?token="+a.Token', "security", "runner token sent in the query string: ends up in server, proxy and access logs"),
    "POLL-STATUS-UNCHECKED": P(AG, "if resp.StatusCode == http.StatusNoContent {", "bug", "only 204 is special-cased: a 401/500 error body is decoded as a Job and an empty job is run"),
    "BODY-LEAK": P(AG, "\t\treturn nil, nil", "bug", "response body not closed on the 204 path (defer comes later): one leaked connection per idle poll"),
    "RUN-NO-CTX": P(AG, "\tfor {", "bug", "extra, one agent: Run never checks ctx.Done(); SIGINT cancels the context but the loop keeps polling forever"),
    "RUN-MAP-RACE": P(AG, "a.running[job.ID] = job", "concurrency", "running map read (len) and written in Run without a.mu while execute goroutines delete under it: concurrent map access", "critical-section"),
    "DONE-RACE": P(AG, "\t\ta.done++", "concurrency", "done counter incremented after Unlock: racy increment, status reads it under the lock", "critical-section"),
    "TICKER-NOT-STOPPED": P(AG, "tick := time.NewTicker(30 * time.Second)", "bug", "heartbeat ticker never stopped (no defer tick.Stop())"),
    "HEARTBEAT-LEAK": P(AG, "for range tick.C {", "bug", "heartbeat loop ignores ctx: the goroutine outlives the job and keeps reporting it alive forever", "signature-vs-statement"),
    "RETRY-OFF-BY-ONE": P(AG, "for attempt := 0; attempt <= a.MaxAttempts; attempt++ {", "bug", "<= makes MaxAttempts + 1 attempts", "off-by-one"),
    "POST-STATUS-UNCHECKED": P(AG, "\t\tif err == nil {", "bug", "any HTTP response counts as success: a 500 or 401 on finish/heartbeat is neither retried nor reported"),
    "WORKDIR-TRAVERSAL": P(EX, "defer os.RemoveAll(dir)", "security", "job.ID from the server joined into the work dir unchecked: an id with ../ makes RemoveAll delete outside WorkRoot", "source-vs-sink"),
    "REF-INJECTION": P(EX, 'script := "git clone --quiet " + job.Repo', "security", "ref concatenated into an sh -c script: shell metacharacters in a branch name run on the agent", "source-vs-sink"),
    "CLONE-OPTION-INJECTION": P(EX, 'script := "git clone --quiet " + job.Repo', "security", "repo URL not validated: --upload-pack=... or ext:: transports make git run commands (option injection, no --)"),
    "TIMEOUT-UNITS": P(EX, "ctx, cancel := context.WithTimeout(ctx, time.Duration(job.Timeout))", "bug", "timeout_seconds converted with time.Duration(n): nanoseconds, so every step is killed at once", "signature-vs-statement"),
    "ENV-LEAK": P(EX, "env := os.Environ()", "security", "job steps inherit the agent's whole environment, CI_RUNNER_TOKEN included: any build script can steal the runner token"),
    "SECRET-LOGGED": P(EX, 'fmt.Fprintf(logs, "secret %s=%s\\n", name, value)', "security", "each secret's value written to the build log that is shipped to the server"),
    "STEP-SKIP": P(EX, "for i := 1; i < len(job.Steps); i++ {", "bug", "steps loop starts at 1: the first build step never runs", "off-by-one"),
    "STEP-FAIL-IGNORED": P(EX, 'fmt.Fprintf(logs, "step %d failed: %v\\n", i, err)', "bug", "a failing step is only logged: later steps still run and runSteps returns nil, so the job reports success"),
    "CACHE-KEY-REPO-ONLY": P(CA, "sum := sha1.Sum([]byte(job.Repo))", "security", "cache keyed by repository only: a pull-request build's cache is restored into main/release builds (cache poisoning)"),
    "CACHE-KEY-TRUNCATED": P(CA, 'hex.EncodeToString(sum[:4])+".tar.gz"', "security", "cache key truncated to 4 bytes of the hash: unrelated repositories collide and restore each other's caches"),
    "ZIP-SLIP": P(CA, "f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, os.FileMode(hdr.Mode))", "security", "tar entry names joined to dir unchecked: ../ entries write anywhere the agent can (zip slip)", "source-vs-sink"),
    "TYPEFLAG-IGNORED": P(CA, "f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, os.FileMode(hdr.Mode))", "bug", "entry type ignored and parent dirs not created: directory entries (and nested files) make the restore fail"),
    "UNBOUNDED-COPY": P(CA, "if _, err := io.Copy(f, tr); err != nil {", "bug", "entry copied without a size limit: a small gzip bomb fills the agent's disk"),
    "FD-LEAK": P(CA, "if _, err := io.Copy(f, tr); err != nil {", "bug", "file not closed when io.Copy fails (Close only on the success path)"),
    "LOG-WRITE-RACE": P(LG, "l.buf = append(l.buf, p...)", "concurrency", "Write appends without l.mu while the flusher goroutine slices buf under it: data race on buf", "critical-section"),
    "LOG-UNBOUNDED": P(LG, "l.buf = append(l.buf, p...)", "performance", "log buffer never trimmed after a flush: the whole build log stays in memory"),
    "LOG-LOST": P(LG, "l.sent = len(l.buf)", "bug", "extra, one agent: sent is advanced before the upload; a failed POST drops that chunk of log for good"),
    "STATUS-SECRETS": P(ST, 'json.NewEncoder(w).Encode(map[string]any{"running": a.running', "security", "/status serialises the running jobs whole: every job's Secrets map is returned to any caller"),
    "STATUS-LOCK-WRITE": P(ST, 'json.NewEncoder(w).Encode(map[string]any{"running": a.running', "performance", "response written to the client while a.mu is held: a slow reader blocks every job's cleanup"),
    "CANCEL-NO-AUTH": P(ST, 'job := a.running[r.URL.Query().Get("id")]', "security", "/cancel has no authentication and accepts GET: anyone who reaches the port (or a page via CSRF) cancels builds", "signature-vs-statement"),
    "CANCEL-NIL": P(ST, "job.cancel()", "bug", "unknown id gives a nil job (and cancel is nil until execute sets it): nil dereference panic"),
}

CONFUSABLE = [
    ("TLS-SKIP", "NO-CLIENT-TIMEOUT"),
    ("POLL-STATUS-UNCHECKED", "BODY-LEAK"),
    ("TICKER-NOT-STOPPED", "HEARTBEAT-LEAK"),
    ("RETRY-OFF-BY-ONE", "POST-STATUS-UNCHECKED"),
    ("REF-INJECTION", "CLONE-OPTION-INJECTION"),
    ("TIMEOUT-UNITS", "ENV-LEAK"),
    ("ENV-LEAK", "SECRET-LOGGED"),
    ("CACHE-KEY-REPO-ONLY", "CACHE-KEY-TRUNCATED"),
    ("ZIP-SLIP", "TYPEFLAG-IGNORED"),
    ("UNBOUNDED-COPY", "FD-LEAK"),
    ("LOG-WRITE-RACE", "LOG-UNBOUNDED"),
    ("STATUS-SECRETS", "STATUS-LOCK-WRITE"),
    ("CANCEL-NO-AUTH", "CANCEL-NIL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read the agent end to end (`runner/*.go`, `cmd/ci-agent/main.go`). It runs untrusted build steps on
        the host, so anything that leaks the runner token or lets a job escape its work directory matters most.

        **Priorities**
        1. Runner-token and secret exposure: the token is inherited by every build step and secret values are
           echoed into the build log.
        2. Filesystem escapes: tar entries and job IDs are joined to paths without checks.
        3. The build itself is wrong: the first step is skipped, failures are swallowed, and the timeout is in
           nanoseconds, so jobs report success without running.
        4. Data races on `running`, `done` and the log buffer (run the tests with `-race`).
        """,
        Block([
            F("ENV-LEAK", "critical", "security", "Build steps inherit the runner token via `os.Environ()`",
              "Start from an empty environment with an allow-list (PATH, HOME, LANG) plus the job's secrets.",
              symbol="Agent.runSteps", conf=0.9),
            F("ZIP-SLIP", "high", "security", "Path traversal when restoring the cache archive",
              "Reject entries whose cleaned path is not inside `dir` (`filepath.Rel` must not start with `..`).",
              d=-1, sd=-1, n=2, symbol="restoreCache", conf=0.88),
            F("WORKDIR-TRAVERSAL", "high", "security", "Job ID used as a path component before `os.RemoveAll`",
              "Validate `job.ID` (e.g. `^[A-Za-z0-9-]+$`) and check the joined path stays under `WorkRoot`.",
              symbol="Agent.runJob", conf=0.78),
            F("REF-INJECTION", "high", "security", "Shell injection through `job.Ref` in checkout",
              "Run git without a shell: `exec.Command(\"git\", \"-C\", dir, \"checkout\", \"--\", ref)`.",
              symbol="Agent.checkout", conf=0.85),
            F("SECRET-LOGGED", "high", "security", "Secret values are printed into the build log",
              "Log only the names, and mask secret values in step output.", symbol="Agent.runSteps", conf=0.92),
            F("STEP-SKIP", "high", "bug", "The first build step is never executed",
              "Start the loop at 0 (`for i, step := range job.Steps`).", symbol="Agent.runSteps", conf=0.93),
            F("TIMEOUT-UNITS", "high", "bug", "Job timeout interpreted as nanoseconds",
              "`time.Duration(job.Timeout) * time.Second`.", symbol="Agent.runSteps", conf=0.9),
            F("STEP-FAIL-IGNORED", "high", "bug", "Failed steps do not fail the job",
              "Return the error (or stop the loop) so `execute` reports `failed`.", d=-1, sd=-1,
              symbol="Agent.runSteps", conf=0.88),
            F("RUN-MAP-RACE", "medium", "concurrency", "`a.running` accessed without the mutex in `Run`",
              "Hold `a.mu` around the length check and the insert (or use a semaphore channel for slots).",
              symbol="Agent.Run", conf=0.82),
            F("DONE-RACE", "low", "concurrency", "`a.done` incremented outside the lock",
              "Move `a.done++` before `a.mu.Unlock()`.", d=-1, sd=-1, n=2, symbol="Agent.execute", conf=0.8),
            F("LOG-WRITE-RACE", "medium", "concurrency", "Log buffer written without its mutex",
              "Lock `l.mu` in `Write`.", symbol="logBuffer.Write", conf=0.85),
            F("HEARTBEAT-LEAK", "medium", "bug", "Heartbeat goroutine never exits",
              "`select` on `ctx.Done()` and the ticker; `defer tick.Stop()`.", d=-2, symbol="Agent.heartbeat", conf=0.83),
            F("STATUS-SECRETS", "medium", "security", "`/status` exposes job secrets",
              "Return a summary type (id, repo, ref, start time) instead of `*Job`.", symbol="Agent.ServeStatus", conf=0.84),
            F("CANCEL-NIL", "medium", "bug", "`/cancel` panics for an unknown job id",
              "Check `job == nil || job.cancel == nil` and answer 404.", symbol="Agent.ServeStatus", conf=0.86),
            F("TLS-SKIP", "medium", "security", "Certificate verification disabled",
              "Remove `InsecureSkipVerify`; configure a custom CA pool if needed.", symbol="New", conf=0.87),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed runner/ and cmd/; 13 findings.",
        Block([
            F("REF-INJECTION", "high", "security", "checkout: job.Ref -> sh -c (command injection)", "exec git directly", d=-1),
            F("CLONE-OPTION-INJECTION", "high", "security", "checkout: job.Repo can be a git option (--upload-pack=...)", "validate scheme; pass `--` before the URL"),
            F("WORKDIR-TRAVERSAL", "high", "security", "work dir from unvalidated job.ID; RemoveAll can hit ../", "validate ID", d=-1),
            F("ZIP-SLIP", "high", "security", "tar entry name joined into dir without containment check", "reject ../ entries", d=-1),
            F("TIMEOUT-UNITS", "medium", "bug", "runSteps: Duration(job.Timeout) is ns", "* time.Second", d=-1),
            F("STEP-SKIP", "medium", "bug", "job.Steps[0] skipped", "i := 0", d=+1),
            F("RETRY-OFF-BY-ONE", "low", "bug", "post retries MaxAttempts+1 times", "attempt < MaxAttempts"),
            F("POST-STATUS-UNCHECKED", "medium", "bug", "post(): non-2xx treated as success", "check resp.StatusCode"),
            F("BODY-LEAK", "low", "bug", "poll(): body leaked on 204", "close before returning", d=-1),
            F("CACHE-KEY-REPO-ONLY", "medium", "security", "cache shared by all refs of a repo (PR poisons main)", "key on repo+ref+lockfile hash"),
            F("DONE-RACE", "low", "bug", "a.done++ after Unlock -> data race", "increment under lock"),
            F("STATUS-LOCK-WRITE", "low", "performance", "/status encodes to the network while holding a.mu", "copy under lock, encode after"),
            F("CANCEL-NO-AUTH", "medium", "security", "/cancel unauthenticated, any method", "require a token + POST", d=-2),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the CI runner agent. This is security-sensitive code: it fetches jobs from a
        server and executes them on the host. I found several critical vulnerabilities and a number of
        reliability problems.

        ## Security Findings
        """,
        Block([
            F("TLS-SKIP", "critical", "Insecure Transport", "TLS Certificate Verification Disabled",
              "Remove InsecureSkipVerify.",
              desc="An attacker in the network path can impersonate the CI server and hand the agent arbitrary commands to run."),
            F("TOKEN-IN-URL", "high", "Sensitive Data Exposure", "Runner Token Passed in URL Query String",
              "Send the token in an Authorization header.", d=+1, sd=0),
            F("ENV-LEAK", "high", "Sensitive Data Exposure", "Agent Environment Exposed to Build Steps",
              "Construct a minimal environment for each step.", d=+1, sd=0),
            F("CACHE-KEY-TRUNCATED", "medium", "Cache Poisoning", "Weak Cache Key Allows Collisions Between Repositories",
              "Use the full SHA-256 digest.",
              desc="Only the first four bytes of a SHA-1 hash are used, so two repositories can map to the same cache archive."),
            F("UNBOUNDED-COPY", "medium", "Denial of Service", "Decompression Bomb in Cache Restore",
              "Limit each entry with `io.LimitReader` and cap the total size."),
            F("CANCEL-NO-AUTH", "high", "Broken Access Control", "Unauthenticated Job Cancellation Endpoint",
              "Authenticate requests and require POST."),
            U({"severity": "low", "category": "Style", "description": "Magic numbers such as 30 * time.Second should be named constants."}),
        ], indent=2),
        """
        ## Reliability and Correctness
        """,
        Block([
            F("NO-CLIENT-TIMEOUT", "major", "Reliability", "HTTP Client Has No Timeout",
              "Set `Timeout` on the client.", d=+1, sd=0),
            F("POLL-STATUS-UNCHECKED", "major", "Error Handling", "Error Responses Decoded as Jobs",
              "Return an error unless the status is 200.",
              desc="Only `StatusNoContent` is handled; a 401 or 500 body is decoded into `Job` and executed."),
            F("TICKER-NOT-STOPPED", "low", "Resource Management", "Ticker Is Never Stopped",
              "Add `defer tick.Stop()`."),
            F("STEP-SKIP", "major", "Logic Error", "First Build Step Is Skipped",
              "Initialise the loop index to 0.",
              desc="The loop over `job.Steps` starts at index 1, so the first configured command never runs."),
            F("STEP-FAIL-IGNORED", "major", "Logic Error", "Step Failures Are Swallowed",
              "Return the error from `cmd.Run()`.", d=+2, sd=0),
            F("TYPEFLAG-IGNORED", "medium", "Logic Error", "Tar Entry Types Not Handled During Cache Restore",
              "Switch on `hdr.Typeflag`; create directories with `os.MkdirAll`.", d=+1, sd=0),
            F("LOG-UNBOUNDED", "low", "Resource Management", "Log Buffer Grows Without Bound",
              "Drop the flushed prefix of the buffer after each upload."),
        ], indent=2),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues found in runner/:",
        Block([
            F("SECRET-LOGGED", "critical", "security", "secrets echoed to job log", "don't print values"),
            F("ZIP-SLIP", "high", "security", "zip slip in restoreCache", "check path prefix"),
            F("STEP-SKIP", "high", "bug", "first step skipped (i := 1)", "start at 0"),
            F("HEARTBEAT-LEAK", "medium", "", "heartbeat goroutine leaks after job ends", "watch ctx.Done()"),
            F("FD-LEAK", "low", "bug", "file handle leaked on copy error", "defer f.Close()"),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. **Security:** runner token and job secrets leak (environment, logs, /status); command injection in checkout.
        2. **Concurrency:** unsynchronised access to the running map and to the log buffer.
        3. **Correctness:** steps loop starts at 1; retries go one past the limit; timeout units wrong.
        4. **Reliability:** background loops never stop; cancellation crashes on unknown ids.
        """,
        Block([
            F("REF-INJECTION", "blocker", "security", "Command injection in git checkout",
              "Avoid sh -c; pass arguments directly to git.", conf=0.9),
            F("STATUS-SECRETS", "major", "security", "Status endpoint leaks job secrets",
              "Do not serialise Job directly.", conf=0.8),
            F("ENV-LEAK", "major", "security", "Runner environment leaked to untrusted jobs",
              "Use a clean environment.", d=+2, conf=0.75,
              desc="`env` starts from `os.Environ()`, so the CI_RUNNER_TOKEN of the agent is visible to every step, and secrets are appended on top."),
            F("SECRET-LOGGED", "major", "security", "Secret values written to the build log",
              "Never log secret values; mask them in output.", conf=0.85),
            F("STEP-SKIP", "major", "correctness", "Steps loop skips index 0", "Start from 0.", d=+2, conf=0.85),
            F("RUN-MAP-RACE", "major", "concurrency", "Concurrent map read/write on a.running",
              "Protect all accesses with a.mu.", d=+1, conf=0.8),
            F("LOG-WRITE-RACE", "major", "concurrency", "Data race between log writer and flusher",
              "Take the mutex in Write.", d=-1, conf=0.75),
            F("RETRY-OFF-BY-ONE", "minor", "correctness", "Retry loop performs one attempt too many",
              "Use < instead of <=.", d=+2, conf=0.7),
            F("TIMEOUT-UNITS", "major", "correctness", "Timeout in nanoseconds instead of seconds",
              "Multiply by time.Second.", conf=0.85),
            F("HEARTBEAT-LEAK", "minor", "resource-leak", "Heartbeat never stops", "Select on ctx.Done().", conf=0.7),
            F("RUN-NO-CTX", "minor", "reliability", "Main loop ignores context cancellation",
              "Return when ctx.Done() is closed.", conf=0.65),
            F("LOG-LOST", "minor", "reliability", "Log chunks lost when the upload fails",
              "Advance `sent` only after a successful POST.", conf=0.6),
            F("CANCEL-NIL", "major", "correctness", "Nil pointer dereference in cancel handler",
              "Check that the job exists.", d=-2, conf=0.8),
        ], wrap="object+summary", summary="13 issues: 1 blocker, 8 major, 4 minor"),
    ]),
}
