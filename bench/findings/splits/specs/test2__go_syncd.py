"""test2/go-syncd: a file-sync daemon's HTTP API, checksum index and peer pusher (Go). FROZEN test split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
score or results, or its tuning answers (only splits/README.md, the two builders, one tune spec for the
format, contract.py and the CLI transcripts).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or tuning answers. "
    "Second frozen test split (test2): seeded problems in a small Go file-sync daemon; five agents' answers "
    "written by hand."
)

SV = "internal/server/server.go"
IX = "internal/index/index.go"
PU = "internal/push/push.go"
MAIN = "cmd/syncd/main.go"
PROBLEMS = {
    "NO-AUTH": P(SV, "mux := http.NewServeMux()", "security", "no authentication on any route: anyone who reaches the port can write, read and delete files"),
    "NO-SERVER-TIMEOUTS": P(MAIN, "log.Fatal(http.ListenAndServe(", "performance", "http.ListenAndServe without read/write timeouts: slow clients hold connections forever"),
    "PUT-TRAVERSAL": P(SV, "dst := filepath.Join(s.root, rel)", "security", "path query parameter joined under root unchecked: ../ writes outside the sync root", "source-vs-sink"),
    "UPLOAD-UNBOUNDED": P(SV, "if _, err := io.Copy(f, r.Body); err != nil {", "security", "request body copied to disk with no size limit: one client fills the disk"),
    "PARTIAL-FILE-KEPT": P(SV, "if _, err := io.Copy(f, r.Body); err != nil {", "bug", "file written in place: a failed or aborted upload leaves a truncated file over the good copy"),
    "CLOSE-ERR-IGNORED": P(SV, "defer f.Close()", "bug", "deferred Close error dropped: a write that fails at close (disk full, NFS) is hashed, indexed and answered 201"),
    "GET-TRAVERSAL": P(SV, "http.ServeFile(w, r, filepath.Join(s.root, name))", "security", "path query parameter joined under root: ServeFile's .. check covers r.URL.Path, not this name", "source-vs-sink"),
    "DELETE-ROOT": P(SV, "if err := os.RemoveAll(filepath.Join(s.root, rel)); err != nil {", "security", "RemoveAll on an unchecked path: empty path wipes the whole root, ../ deletes outside it", "signature-vs-statement"),
    "DELETE-ERR-LEAK": P(SV, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "internal error text (absolute paths) returned to the client"),
    "PAGE-OFF-BY-ONE": P(SV, "end := min(start+pageSize+1, len(names))", "bug", "+1: each page has 101 names and repeats the next page's first", "off-by-one"),
    "PAGE-OUT-OF-RANGE": P(SV, "json.NewEncoder(w).Encode(names[start:end])", "bug", "negative page (Atoi error ignored) or a page past the end makes start > end: slice panic"),
    "GET-RACE": P(IX, "e, ok := ix.entries[path]", "bug", "Get reads the map and bumps hits without the mutex: races with Put (fatal concurrent map access)", "critical-section"),
    "REMOVE-PREFIX": P(IX, "if strings.HasPrefix(p, prefix) {", "bug", "plain string prefix: removing docs also removes docs2/..."),
    "SNAPSHOT-ALIAS": P(IX, "return ix.entries", "bug", "Snapshot returns the live map: the caller iterates it without the lock while Put writes"),
    "HASHFILE-LEAK": P(IX, "f, err := os.Open(path)", "bug", "HashFile never closes the file: one descriptor leaked per upload", "signature-vs-statement"),
    "SHA1-CHECKSUM": P(IX, "h := sha1.New()", "security", "SHA-1 content checksum: colliding files are treated as identical and never synced"),
    "FAILED-MAP-RACE": P(PU, "p.failed[peer]++", "bug", "failed map written from one goroutine per peer without a lock", "critical-section"),
    "FAILED-NIL-MAP": P(PU, "p.failed[peer]++", "bug", "failed is never initialised: the first failed push panics with assignment to entry in nil map"),
    "ERRS-DEADLOCK": P(PU, "errs <- err", "bug", "unbuffered errs is only read after wg.Wait: the first error blocks its goroutine and PushAll never returns"),
    "RETRY-OFF-BY-ONE": P(PU, "for attempt := 1; attempt < p.MaxAttempts; attempt++ {", "bug", "MaxAttempts - 1 attempts; with MaxAttempts 1 nothing is pushed and nil is returned", "off-by-one"),
    "SLEEP-IGNORES-CTX": P(PU, "time.Sleep(time.Duration(attempt-1) * time.Second)", "bug", "time.Sleep between retries ignores ctx cancellation: a cancelled push keeps its goroutine sleeping"),
    "PATH-NOT-ESCAPED": P(PU, 'peer+"/files?path="+path', "bug", "path put into the query string unescaped: names with & # + or spaces go to the wrong file"),
    "BODY-NOT-CLOSED": P(PU, 'return fmt.Errorf("push %s to %s: %s", path, peer, resp.Status)', "bug", "response body not closed on a non-201 status: connection leaked"),
}

CONFUSABLE = [
    ("UPLOAD-UNBOUNDED", "PARTIAL-FILE-KEPT"),
    ("CLOSE-ERR-IGNORED", "PARTIAL-FILE-KEPT"),
    ("RETRY-OFF-BY-ONE", "SLEEP-IGNORES-CTX"),
    ("DELETE-ROOT", "DELETE-ERR-LEAK"),
    ("PAGE-OFF-BY-ONE", "PAGE-OUT-OF-RANGE"),
    ("FAILED-MAP-RACE", "FAILED-NIL-MAP"),
    ("FAILED-MAP-RACE", "ERRS-DEADLOCK"),
    ("FAILED-NIL-MAP", "ERRS-DEADLOCK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I went through `internal/server`, `internal/index` and `internal/push`.

        The HTTP API takes a `path` query parameter in every handler and never checks it, so upload, download
        and delete all reach outside `SYNCD_ROOT` (and `DELETE /files` with no `path` removes the root
        itself). `PushAll` will not survive its first failed push: it panics on a nil map, and if that were
        fixed it would deadlock on its unbuffered error channel. The index mostly locks correctly, except
        `Get` and `Snapshot`.

        Priorities:
        1. Confine every path to the root (`filepath.IsLocal` / `os.Root` in Go 1.24).
        2. Fix `PushAll` (initialise the map under a mutex, buffer or drain the channel).
        3. Resource handling: file descriptor leak in `HashFile`, response body leak in `push`.
        """,
        Block([
            F("NO-AUTH", "high", "security", "No authentication on the file API",
              "Require a per-peer token (or mTLS) in a middleware around the mux.", symbol="Server.Routes", conf=0.8),
            F("PUT-TRAVERSAL", "critical", "security", "Path traversal in PUT /files",
              "Reject non-local paths (`filepath.IsLocal(rel)`) before joining.", symbol="Server.handlePut", conf=0.95),
            F("GET-TRAVERSAL", "high", "security", "Path traversal in GET /files",
              "Validate `name` the same way; `ServeFile` only sanitises `r.URL.Path`.", symbol="Server.handleGet", conf=0.85),
            F("DELETE-ROOT", "critical", "security", "DELETE with an empty or `..` path removes the sync root or files outside it",
              "Require a non-empty local path and refuse `.`.", symbol="Server.handleDelete", conf=0.9),
            F("DELETE-ERR-LEAK", "low", "security", "Raw filesystem error returned to the client",
              "Log `err` and return a generic message.", symbol="Server.handleDelete", conf=0.6),
            F("UPLOAD-UNBOUNDED", "medium", "security", "Unbounded upload size",
              "Wrap the body in `http.MaxBytesReader`.", symbol="Server.handlePut", conf=0.75),
            F("PARTIAL-FILE-KEPT", "medium", "bug", "Failed uploads leave a truncated file in place",
              "Write to a temp file in the same directory and rename on success.", symbol="Server.handlePut", conf=0.7),
            F("FAILED-NIL-MAP", "high", "bug", "`p.failed` is never initialised",
              "Initialise the map in a constructor.", d=-1, n=2, symbol="Pusher.PushAll", conf=0.85),
            F("FAILED-MAP-RACE", "high", "bug", "Concurrent writes to `p.failed`",
              "Guard the map with a mutex or collect counts per goroutine.", symbol="Pusher.PushAll", conf=0.8),
            F("ERRS-DEADLOCK", "high", "bug", "Deadlock on the unbuffered error channel",
              "Buffer `errs` (len(Peers)*len(paths)) or use errgroup.", symbol="Pusher.PushAll", conf=0.85,
              desc="Nobody receives from `errs` until `wg.Wait()` returns, which never happens once a goroutine blocks on the send."),
            F("GET-RACE", "high", "bug", "`Index.Get` reads the map without the mutex",
              "Lock in `Get` like in `Put`.", n=2, symbol="Index.Get", conf=0.9, keep=True),
            F("SNAPSHOT-ALIAS", "medium", "bug", "`Snapshot` returns the internal map",
              "Return a copy made under the lock.", symbol="Index.Snapshot", conf=0.8),
            F("HASHFILE-LEAK", "medium", "bug", "File descriptor leak in `HashFile`",
              "`defer f.Close()` after the error check.", symbol="HashFile", conf=0.9),
            F("RETRY-OFF-BY-ONE", "medium", "bug", "Retry loop makes one attempt too few",
              "Loop `for attempt := 0; attempt < p.MaxAttempts; attempt++`.", symbol="Pusher.pushRetry", conf=0.8),
            F("PAGE-OFF-BY-ONE", "low", "bug", "Manifest pages overlap by one entry",
              "Drop the `+1`.", symbol="Server.handleManifest", conf=0.85),
            F("BODY-NOT-CLOSED", "low", "bug", "Response body not closed on error status",
              "`defer resp.Body.Close()` right after `Do`.", d=-1, n=2, symbol="Pusher.push", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "10 issues found.",
        Block([
            F("PUT-TRAVERSAL", "critical", "security", "Unsanitized `path` query param used as write destination", "Validate with filepath.IsLocal.", d=-1),
            F("GET-TRAVERSAL", "high", "security", "Arbitrary file read via `path` param", "Validate with filepath.IsLocal.", d=-1),
            F("GET-RACE", "medium", "bug", "Index.Get: unsynchronized hits counter and map read", "Take ix.mu.", d=+1),
            F("FAILED-MAP-RACE", "high", "bug", "Data race on p.failed", "Mutex."),
            F("ERRS-DEADLOCK", "high", "bug", "PushAll blocks forever after the first error", "Buffered channel or read concurrently."),
            F("RETRY-OFF-BY-ONE", "medium", "bug", "MaxAttempts=1 sends nothing and reports success", "Start attempt at 0."),
            F("PAGE-OUT-OF-RANGE", "medium", "bug", "Large or negative `page` panics the handler", "Clamp start; reject Atoi errors.", d=-2),
            F("PATH-NOT-ESCAPED", "low", "bug", "Query parameter not escaped in push URL", "url.QueryEscape(path)."),
            F("CLOSE-ERR-IGNORED", "low", "bug", "handlePut ignores the error from f.Close", "Close explicitly and check the error before hashing.", d=+1, sd=0),
            F("HASHFILE-LEAK", "medium", "bug", "HashFile leaks file handles", "defer f.Close().", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have analyzed the Go code of the file synchronization daemon. The daemon exposes an HTTP API to
        upload, download, list and delete files, keeps an in-memory index of checksums and pushes files to
        peers. The most serious problems are in the request handlers, which do not validate the user-supplied
        paths, and in the concurrency of the pusher and the index.

        Security:
        """,
        Block([
            F("PUT-TRAVERSAL", "critical", "security", "Directory traversal in file upload",
              "Clean the path and verify it is inside the root directory.",
              desc="The path parameter is joined with the root without validation, allowing '../' sequences."),
            F("GET-TRAVERSAL", "critical", "security", "Directory traversal in file download",
              "Validate the name parameter.",
              desc="An attacker can read arbitrary files such as /etc/passwd."),
            F("DELETE-ROOT", "critical", "security", "Unrestricted recursive deletion",
              "Validate the path and never call RemoveAll on the root.", d=-2,
              desc="handleDelete calls os.RemoveAll on an unvalidated path; an empty path deletes the entire root directory."),
            F("NO-AUTH", "critical", "security", "Missing authentication and authorization",
              "Add an authentication middleware.", d=+3,
              desc="Any client can delete files through the DELETE endpoint; none of the routes check credentials."),
            F("DELETE-ERR-LEAK", "minor", "security", "Information disclosure through error messages",
              "Log the error and return a generic message.",
              desc="Returning err.Error() exposes internal file system paths to the client."),
            F("SHA1-CHECKSUM", "major", "security", "Use of weak hash algorithm SHA-1",
              "Use SHA-256.", desc="SHA-1 is vulnerable to collision attacks."),
            F("UPLOAD-UNBOUNDED", "major", "performance", "No limit on upload size",
              "Use http.MaxBytesReader.", d=-1, sd=0),
        ], wrap="list", fence=""),
        """
        Concurrency and correctness:
        """,
        Block([
            F("GET-RACE", "major", "concurrency", "Data race in Index.Get",
              "Acquire the mutex in Get.", d=-1,
              desc="Get accesses the entries map and the hits counter without holding the lock, while Put modifies the map concurrently."),
            F("SNAPSHOT-ALIAS", "major", "concurrency", "Snapshot exposes internal map",
              "Return a copy of the map."),
            F("FAILED-MAP-RACE", "major", "concurrency", "Race condition on failed map",
              "Protect p.failed with a mutex.", d=-1, n=2),
            U({"severity": "info", "category": "style", "title": "", "description": "Exported types and functions should have doc comments (golint)."}),
            F("SLEEP-IGNORES-CTX", "minor", "correctness", "Retry sleep does not respect context cancellation",
              "Use select with ctx.Done() and time.After."),
            F("REMOVE-PREFIX", "minor", "correctness", "Remove uses string prefix matching",
              "Match prefix + \"/\" or the exact path.",
              desc="Removing 'a' would also remove entries for 'ab/c'."),
            F("PAGE-OFF-BY-ONE", "minor", "correctness", "Pagination returns one extra item",
              "Remove the + 1.", d=+1, sd=0),
        ], wrap="list", fence=""),
    ]),
    "opencode": Answer("opencode", "dot", [
        "issues found:",
        Block([
            F("PUT-TRAVERSAL", "critical", "security", "path traversal in put", "filepath.IsLocal"),
            F("GET-TRAVERSAL", "critical", "security", "path traversal in get", "filepath.IsLocal"),
            F("DELETE-ROOT", "critical", "security", "delete can wipe the root", "reject empty/.. paths"),
        ]),
        Block([
            F("FAILED-NIL-MAP", "high", "bug", "nil map write panics in PushAll", "init failed map"),
            F("ERRS-DEADLOCK", "high", "", "unbuffered errs channel deadlocks", "buffer it"),
            F("RETRY-OFF-BY-ONE", "medium", "bug", "retry loop runs one time too few", "attempt := 0"),
        ]),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Access** — no authentication; upload/delete accept any path.
        2. **Concurrency** — index reads without lock; pusher map and channel misuse.
        3. **Resources** — leaked file descriptors and response bodies.
        4. **Pagination** — off-by-one and out-of-range slicing.
        """,
        Block([
            F("NO-AUTH", "blocker", "security", "No authentication on HTTP endpoints",
              "Authenticate peers before serving any route.", d=-1, conf=0.8),
            F("PUT-TRAVERSAL", "blocker", "security", "Path traversal on upload",
              "Use filepath.IsLocal.", conf=0.9),
            F("DELETE-ROOT", "blocker", "security", "Recursive delete of arbitrary paths",
              "Validate path before RemoveAll.", conf=0.85),
            F("PARTIAL-FILE-KEPT", "major", "data-loss", "Non-atomic file write on upload",
              "Write to temp file then rename.", conf=0.7,
              desc="If io.Copy fails the destination is left truncated and the previous version is lost."),
            F("CLOSE-ERR-IGNORED", "minor", "correctness", "Unchecked Close error after writing upload",
              "Check the error returned by f.Close() before indexing the file.", conf=0.55),
            F("HASHFILE-LEAK", "major", "resource-leak", "File not closed in HashFile",
              "Add defer f.Close().", conf=0.85),
            F("BODY-NOT-CLOSED", "minor", "resource-leak", "HTTP response body leak",
              "Close the body on every path.", d=-1, conf=0.75),
            F("GET-RACE", "major", "concurrency", "Unsynchronized map access in Get",
              "Lock the mutex.", conf=0.85),
            F("FAILED-MAP-RACE", "major", "concurrency", "Concurrent map writes to p.failed",
              "Use sync.Mutex.", conf=0.8),
            F("ERRS-DEADLOCK", "major", "concurrency", "Goroutine leak: send on unbuffered channel",
              "Use a buffered channel.", conf=0.75),
            F("PAGE-OFF-BY-ONE", "minor", "correctness", "Off-by-one in page end index",
              "Use start+pageSize.", conf=0.8),
            F("PAGE-OUT-OF-RANGE", "major", "correctness", "Slice bounds out of range for large page numbers",
              "Check start <= len(names) and page >= 0.", conf=0.75),
            F("RETRY-OFF-BY-ONE", "minor", "correctness", "Retry performs MaxAttempts-1 attempts",
              "Start from 0.", d=+2, conf=0.7),
            F("SLEEP-IGNORES-CTX", "minor", "reliability", "Sleep in retry ignores context",
              "select on ctx.Done().", conf=0.6),
            F("NO-SERVER-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts",
              "Use http.Server with ReadHeaderTimeout, ReadTimeout and WriteTimeout.", conf=0.6),
        ], wrap="object+summary", summary="15 issues"),
    ]),
}
