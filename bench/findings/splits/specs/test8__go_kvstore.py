"""test8/go-kvstore: a small replicated key-value node in Go (store, HTTP API, push replication). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test8, issue 15) that had not seen the merger code, its "
    "results, its tuning answers or any other split's answers or repositories. Eighth frozen test split: seeded "
    "problems in a small replicated key-value store; five agents' answers by hand. Score once, never tune on it."
)

STORE = "store.go"
SRV = "server.go"
REPL = "replicate.go"

PROBLEMS = {
    "STATS-RACE": P(STORE, "s.reads++", "bug", "reads/misses counters written while holding only the read lock: data race between readers", "critical-section"),
    "VALUE-ALIAS": P(STORE, "return e.value, true", "bug", "Get returns the stored slice itself: callers that modify it change the store without the lock"),
    "CAS-RACE": P(STORE, "if !ok || e.version != old {", "bug", "version checked under RLock, written after unlocking: two CAS calls on the same version both succeed", "critical-section"),
    "CAS-DROPS-TTL": P(STORE, "s.Put(key, value, 0)", "bug", "CAS rewrites the entry with ttl 0: a key that had a TTL no longer expires"),
    "SCAN-NEG-LIMIT": P(STORE, "keys := make([]string, 0, limit)", "bug", "negative limit (from ?limit=-1) makes make() panic"),
    "SCAN-UNORDERED": P(STORE, "for k := range s.data {", "bug", "map iteration order is random: a limited scan returns an arbitrary subset, not the first keys, so it cannot page"),
    "SCAN-OFF-BY-ONE": P(STORE, "if len(keys) > limit {", "bug", "break only once len > limit: Scan returns limit+1 keys", "off-by-one"),
    "SWEEP-RACE": P(STORE, "delete(s.data, k)", "bug", "expired keys collected under RLock, deleted later without re-checking: a key rewritten in between is deleted (lost write)", "critical-section"),
    "DUMP-NOLOCK": P(STORE, "for k, e := range s.data {", "bug", "Dump ranges over the map without any lock while writers modify it (concurrent map read/write)", "signature-vs-statement", nth=1),
    "DUMP-NOAUTH": P(SRV, 'mux.HandleFunc("POST /admin/dump", srv.handleDump)', "security", "admin dump endpoint registered without srv.auth"),
    "TOKEN-TIMING": P(SRV, 'if r.Header.Get("X-Token") != srv.token {', "security", "token compared with != (not constant-time)"),
    "TOKEN-EMPTY": P(SRV, 'if r.Header.Get("X-Token") != srv.token {', "security", "KV_TOKEN unset: empty token matches a request without the header, so auth is open", "signature-vs-statement"),
    "PUT-UNBOUNDED": P(SRV, "body, _ := io.ReadAll(r.Body)", "security", "request body read without a size limit (memory exhaustion)"),
    "PUT-READ-ERR": P(SRV, "body, _ := io.ReadAll(r.Body)", "bug", "ReadAll error ignored: a truncated upload is stored as the value"),
    "TTL-PARSE-IGNORED": P(SRV, 'ttl, _ := time.ParseDuration(r.URL.Query().Get("ttl"))', "bug", "ParseDuration error ignored: a bad ttl silently stores the key forever"),
    "REPL-GOROUTINE": P(SRV, "go srv.replicate(key, body, ver)", "bug", "fire-and-forget replication: the client is told the write succeeded before any peer has it; failures only logged"),
    "REPL-LOOP": P(SRV, "go srv.replicate(key, body, ver)", "bug", "replicated writes are replicated again by the receiving peer: writes bounce between nodes forever"),
    "DUMP-TRAVERSAL": P(SRV, "os.Create(filepath.Join(srv.dumpDir, name))", "security", "to parameter joined to dumpDir: ../ writes the dump anywhere", "source-vs-sink"),
    "DUMP-NOCLOSE": P(SRV, "srv.store.Dump(f)", "bug", "dump file never closed (fd leak, unflushed) and Dump's error ignored"),
    "JOIN-SSRF": P(SRV, 'http.Get(peer + "/healthz")', "security", "addr from the form fetched server-side unvalidated (SSRF)", "source-vs-sink"),
    "JOIN-NO-TIMEOUT": P(SRV, 'http.Get(peer + "/healthz")', "reliability", "http.Get uses the default client with no timeout: a slow peer hangs the handler"),
    "PEERS-RACE": P(SRV, "srv.peers = append(srv.peers, peer)", "bug", "srv.peers appended without a lock while replicate goroutines range over it (data race); re-joins duplicate peers"),
    "EXTRA-KEY-ESCAPE": P(REPL, 'fmt.Sprintf("%s/kv/%s?v=%d", peer, key, ver)', "bug", "extra, one agent: key not path-escaped in the replication URL: keys with / ? # reach the wrong key"),
    "RETRY-OFF-BY-ONE": P(REPL, "for attempt := 1; attempt < maxAttempts; attempt++ {", "bug", "loop from 1 while < maxAttempts: only maxAttempts-1 tries", "off-by-one"),
    "BODY-REUSE": P(REPL, "resp, err := client.Do(req)", "bug", "the same request is retried: its body reader is drained by the first attempt, so retries send an empty value"),
    "RESP-LEAK": P(REPL, "if err == nil && resp.StatusCode < 300 {", "bug", "response bodies never closed (success or error status): connections leak"),
}

CONFUSABLE = [
    ("CAS-RACE", "CAS-DROPS-TTL"),
    ("SCAN-NEG-LIMIT", "SCAN-OFF-BY-ONE"),
    ("SCAN-UNORDERED", "SCAN-OFF-BY-ONE"),
    ("TOKEN-TIMING", "TOKEN-EMPTY"),
    ("PUT-UNBOUNDED", "PUT-READ-ERR"),
    ("PUT-READ-ERR", "TTL-PARSE-IGNORED"),
    ("REPL-GOROUTINE", "REPL-LOOP"),
    ("DUMP-TRAVERSAL", "DUMP-NOCLOSE"),
    ("JOIN-SSRF", "JOIN-NO-TIMEOUT"),
    ("RETRY-OFF-BY-ONE", "BODY-REUSE"),
    ("BODY-REUSE", "RESP-LEAK"),
    ("EXTRA-KEY-ESCAPE", "RETRY-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the key-value node (`store.go`, `server.go`, `replicate.go`).

        Main themes:

        - **Locking in `Store`** is inconsistent: `Get` mutates counters under a read lock, `CAS` and `Sweep` drop
          the lock between check and write, and `Dump` takes no lock at all.
        - **Replication** is best-effort in a detached goroutine, retries a request whose body is already consumed,
          and a replicated write is replicated again by the receiving node.
        - **The admin surface** (`/admin/dump`, token middleware) is weaker than it looks.
        """,
        Block([
            F("STATS-RACE", "medium", "bug", "Counters mutated under RLock in Store.Get",
              "`s.reads++`/`s.misses++` run concurrently in every reader; `go test -race` flags it. Use atomic.Int64 "
              "or take the write lock.", symbol="Store.Get", conf=0.88),
            F("CAS-RACE", "high", "bug", "CAS is not atomic",
              "The version is compared after `RUnlock`, and `Put` takes the lock again; two callers holding the same "
              "version both win. Do the compare and the write under one `s.mu.Lock()`.", d=-1, n=2, symbol="Store.CAS", conf=0.9),
            F("SWEEP-RACE", "medium", "bug", "Sweep can delete a key that was just rewritten",
              "Re-check `expired()` under the write lock before deleting.", symbol="Store.Sweep", conf=0.78),
            F("DUMP-NOLOCK", "high", "bug", "Dump iterates the map without holding the lock",
              "Take `s.mu.RLock()` (or copy under it) — a concurrent Put triggers `fatal error: concurrent map iteration and map write`.",
              d=-1, symbol="Store.Dump", conf=0.85),
            F("SCAN-OFF-BY-ONE", "low", "bug", "Scan returns one key more than `limit`",
              "Check `len(keys) >= limit`.", symbol="Store.Scan", conf=0.82),
            F("DUMP-NOAUTH", "high", "security", "`POST /admin/dump` is not behind the auth middleware",
              "Wrap it: `srv.auth(srv.handleDump)`.", symbol="Server.Routes", conf=0.9),
            F("DUMP-TRAVERSAL", "high", "security", "Dump target path comes from the query string",
              "Reject names containing separators or `..`; `filepath.Join` cleans but does not confine.", symbol="Server.handleDump", conf=0.86),
            F("TOKEN-EMPTY", "high", "security", "Auth passes every request when KV_TOKEN is unset",
              "An empty `srv.token` equals the missing header. Refuse to start without a token.",
              symbol="Server.auth", conf=0.8),
            F("DUMP-NOCLOSE", "low", "bug", "Dump file is never closed and its error is dropped",
              "`defer f.Close()` and report the error from `Dump` (and from `Close`, which is where write errors surface).",
              symbol="Server.handleDump", conf=0.8),
            F("JOIN-SSRF", "medium", "security", "`/cluster/join` makes the node request an arbitrary URL",
              "Validate `addr` (scheme, host allow-list) before contacting it.", d=-1, symbol="Server.handleJoin", conf=0.7),
            F("CAS-DROPS-TTL", "low", "bug", "A successful CAS clears the key's TTL",
              "Carry `e.expires` over to the new entry.", symbol="Store.CAS", conf=0.7),
            F("PUT-UNBOUNDED", "medium", "security", "Unbounded request body in handlePut",
              "Wrap with `http.MaxBytesReader`.", symbol="Server.handlePut", conf=0.8),
            F("REPL-LOOP", "high", "bug", "Replicated writes are re-replicated by every receiving peer",
              "A peer's PUT goes through the same `handlePut`, which calls `replicate` again; with two nodes joined to "
              "each other a single write bounces forever. Mark replica writes (header) and skip replication for them.",
              symbol="Server.handlePut", conf=0.7),
            F("BODY-REUSE", "medium", "bug", "Retries resend an already-consumed body",
              "Build a new request per attempt (or set `GetBody`); after the first failure the value is sent empty.",
              symbol="Server.replicate", conf=0.75),
            F("RETRY-OFF-BY-ONE", "low", "bug", "Replication makes two attempts, not three",
              "Loop `attempt := 0; attempt < maxAttempts`.", symbol="Server.replicate", conf=0.8),
            F("PEERS-RACE", "medium", "bug", "`srv.peers` is appended without synchronisation",
              "Guard peers with a mutex and copy the slice before ranging in `replicate`.", symbol="Server.handleJoin", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "store.go/server.go/replicate.go reviewed; 12 findings.",
        Block([
            F("TOKEN-TIMING", "medium", "security", "X-Token compared with !=", "subtle.ConstantTimeCompare."),
            F("DUMP-TRAVERSAL", "high", "security", "handleDump: `to` query param used as file name", "Sanitise; base name only.", d=-1),
            F("JOIN-SSRF", "medium", "security", "handleJoin fetches user-supplied addr", "Validate host against allow-list.", d=-1),
            F("PUT-READ-ERR", "low", "bug", "io.ReadAll error dropped", "Return 400 on read error."),
            F("TTL-PARSE-IGNORED", "low", "bug", "invalid ttl ignored", "400 on parse error."),
            F("CAS-RACE", "high", "bug", "CAS check-then-put not atomic", "Single critical section.", d=+3),
            F("CAS-DROPS-TTL", "low", "bug", "CAS loses TTL", "Preserve e.expires."),
            F("SCAN-NEG-LIMIT", "low", "bug", "negative limit panics in make", "Clamp limit."),
            F("SWEEP-RACE", "medium", "bug", "Sweep: RUnlock then delete without recheck", "Recheck under Lock.", d=-3),
            F("STATS-RACE", "low", "bug", "misses++ under RLock", "atomic counters.", d=+3),
            F("RESP-LEAK", "medium", "bug", "replicate never closes resp.Body", "defer-close per attempt.", d=-1),
            F("RETRY-OFF-BY-ONE", "low", "bug", "attempt loop runs maxAttempts-1 times", "Start at 0.", d=+1),
        ], wrap="object", indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the replicated key-value store. The code is concise, but there are several
        concurrency bugs and a few security issues that deserve attention.

        ## Concurrency Issues
        """,
        Block([
            F("STATS-RACE", "major", "Race Condition", "Data Race on Read Statistics",
              "Use sync/atomic for the counters, or take the full lock in Get.",
              desc="Multiple goroutines can hold the read lock at the same time, so incrementing `reads` and `misses` under RLock is a data race.",
              d=-2),
            F("VALUE-ALIAS", "medium", "Data Integrity", "Internal Buffer Returned to Callers",
              "Return a copy of the value (`bytes.Clone`).", d=1, sd=0),
            F("SWEEP-RACE", "medium", "Race Condition", "Time-of-Check to Time-of-Use in Sweep",
              "Hold the write lock for the whole sweep, or verify expiry again before delete.", d=-1, sd=-1, n=3),
            F("CAS-RACE", "high", "Race Condition", "Non-Atomic Compare-And-Swap",
              "Hold the write lock from the version check through the write.", d=-3, n=3),
            F("DUMP-NOLOCK", "high", "Concurrency", "Unsynchronized Map Access in Dump",
              "Acquire the read lock while iterating."),
            U({"severity": "info", "category": "Style", "description": "Consider adding package documentation and table-driven tests for Store."}),
            F("SCAN-UNORDERED", "low", "Correctness", "Non-Deterministic Scan Results",
              "Sort the matching keys before applying the limit."),
        ], wrap="list"),
        "## Security and Reliability",
        Block([
            F("TOKEN-TIMING", "medium", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use crypto/subtle.ConstantTimeCompare.", d=-2, sd=0),
            F("DUMP-NOAUTH", "critical", "Broken Access Control", "Unauthenticated Dump Endpoint",
              "Protect the dump route with the auth middleware."),
            F("PUT-UNBOUNDED", "high", "Denial of Service", "Unbounded Body Read",
              "Limit the body with http.MaxBytesReader.", d=1, sd=0),
            F("JOIN-NO-TIMEOUT", "medium", "Reliability", "Missing Timeout on Peer Health Check",
              "Use an http.Client with a timeout instead of http.Get."),
            F("REPL-GOROUTINE", "medium", "Reliability", "Replication Errors Are Not Propagated",
              "Replicate synchronously to a quorum, or at least report replication lag.",
              desc="The write is acknowledged to the client before replication even starts; if every attempt fails the write exists on one node only."),
            F("BODY-REUSE", "high", "Correctness", "Request Body Reused Across Retries",
              "Create the request inside the retry loop."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues:",
        Block([
            F("TOKEN-EMPTY", "error", "security", "empty KV_TOKEN disables auth", "fail fast if unset", d=-2),
            F("CAS-RACE", "warning", "", "cas race: lock released before write", "hold Lock across check+put", d=-1),
            F("SCAN-OFF-BY-ONE", "warning", "bug", "scan limit off by one", "use >=", d=+1),
            F("DUMP-NOAUTH", "error", "security", "/admin/dump has no auth", "wrap with srv.auth"),
            F("JOIN-SSRF", "warning", "security", "ssrf in join", "validate addr"),
        ], wrap="list", indent=2, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Concurrency**: several data races in `Store` and on `Server.peers`.
        2. **Replication**: retries are broken and responses leak.
        3. **API hardening**: missing body limits, ignored parse errors, path handling in dump.
        4. **Resource management**: files and response bodies are not closed.
        """,
        Block([
            F("STATS-RACE", "major", "concurrency", "Unsafe counter increments in Get", "Use atomic.AddInt64.", d=+3, conf=0.8),
            F("CAS-RACE", "major", "concurrency", "Lost update in compare-and-swap", "Perform check and update under the same write lock.", conf=0.8),
            F("PEERS-RACE", "major", "concurrency", "Concurrent append to peers slice", "Protect peers with a mutex.", conf=0.75),
            F("JOIN-NO-TIMEOUT", "minor", "reliability", "Health check uses http.Get without timeout",
              "Reuse the package client that has a 5s timeout.", conf=0.65),
            F("PUT-READ-ERR", "minor", "correctness", "Body read error is ignored in handlePut",
              "Handle the error and return 400.", d=+1, sd=0, conf=0.6),
            F("DUMP-TRAVERSAL", "major", "security", "Path traversal in dump file name", "Use filepath.Base and verify.", d=-1, conf=0.75),
            F("DUMP-NOCLOSE", "minor", "resource-leak", "Dump file handle is never closed", "defer f.Close() and check Dump's error.", conf=0.8),
            F("RESP-LEAK", "major", "resource-leak", "HTTP response bodies not closed in replicate",
              "Close resp.Body on every attempt.", d=-1, conf=0.75),
            F("BODY-REUSE", "major", "correctness", "Retry sends empty body after first attempt",
              "Recreate the request per attempt.", conf=0.7),
            F("EXTRA-KEY-ESCAPE", "minor", "correctness", "Key is not URL-escaped in replication URL",
              "Use url.PathEscape(key).", conf=0.55),
        ], wrap="object+summary", summary="10 findings: 6 major, 4 minor"),
    ]),
}
