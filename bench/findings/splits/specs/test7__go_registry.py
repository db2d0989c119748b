"""test7/go-registry: a small container image registry (Go, net/http with Go 1.22 patterns). Seventh frozen test split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
results, the scorer or any other split's answers (only splits/README.md, the builders, this data's own test and
specs/tune2__go_links.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the scorer. "
    "Seventh frozen test split (test7): seeded problems in a small Go image registry (blobs, manifests, tags, "
    "hooks, GC); five agents' answers written by hand."
)

MN = "main.go"
AU = "registry/auth.go"
BL = "registry/blobs.go"
MF = "registry/manifests.go"
HK = "registry/hooks.go"
GC = "registry/gc.go"
LISTEN = 'log.Fatal(http.ListenAndServe(":5000", mux))'
PWCMP = "if !found || acct.Password != pass {"
OPEN = 'f, err := os.Open(s.blobPath(r.PathValue("digest")))'
RANGE = "length = last - start"
READ = "body, _ := io.ReadAll(r.Body)"
PING = 'resp, err := http.Get(url + "/ping")'
POST = 'http.Post(u, "application/json", strings.NewReader(body))'
PROBLEMS = {
    "DELETE-AS-PULL": P(MN, 'mux.HandleFunc("DELETE /v2/{repo}/manifests/{ref}", s.Auth(false,', "security",
                        "manifest DELETE registered with push=false: anyone who may pull (even anonymous) deletes tags"),
    "CLEARTEXT-BASIC-AUTH": P(MN, LISTEN, "security", "Basic auth credentials over plain HTTP (no TLS)"),
    "NO-SERVER-TIMEOUTS": P(MN, LISTEN, "performance",
                            "http.ListenAndServe: no read/write timeouts, slow clients hold connections forever"),
    "ANON-PULL": P(AU, "return !push", "security",
                   "requests without credentials may pull every repository, private namespaces included",
                   "signature-vs-statement"),
    "PLAINTEXT-PW": P(AU, PWCMP, "security", "account passwords kept and compared in plaintext (accounts.json)"),
    "PW-TIMING": P(AU, PWCMP, "security", "password compared with != instead of subtle.ConstantTimeCompare"),
    "NAMESPACE-PREFIX": P(AU, "return strings.HasPrefix(repo, acct.Namespace)", "security",
                          "namespace check is a bare prefix: namespace 'acme' may push to 'acme-rival'"),
    "BLOB-FD-LEAK": P(BL, OPEN, "bug", "blob file opened and never closed: a descriptor leaks per download",
                      "signature-vs-statement"),
    "BLOB-CROSS-REPO": P(BL, OPEN, "security",
                         "extra, one agent: blobs are global, so any repository one may pull serves any blob digest (private layers leak)"),
    "ERR-LEAKS-PATH": P(BL, "http.Error(w, err.Error(), http.StatusNotFound)", "security",
                        "os error text (with the server's filesystem path) sent to the client"),
    "RANGE-OFF-BY-ONE": P(BL, RANGE, "bug",
                          "Range end is inclusive: last - start sends one byte too few", "off-by-one"),
    "RANGE-NEGATIVE": P(BL, RANGE, "bug",
                        "range never validated: last < start or start past EOF still answers 206 with a wrong body"),
    "UPLOAD-TRAVERSAL": P(BL, 'tmp := filepath.Join(s.root, "uploads", want)', "security",
                          "digest query parameter used as a file name: ../ writes outside the uploads dir",
                          "source-vs-sink"),
    "UPLOAD-UNBOUNDED": P(BL, "_, err = io.Copy(io.MultiWriter(f, h), r.Body)", "performance",
                          "upload body copied with no size limit: disk can be filled"),
    "DIGEST-MISMATCH-IGNORED": P(BL, 'log.Printf("digest mismatch for %s: got %s", want, got)', "security",
                                 "digest mismatch only logged: the blob is stored under the claimed digest (content poisoning)"),
    "RENAME-ERR-IGNORED": P(BL, "os.Rename(tmp, s.blobPath(want))", "bug",
                            "os.Rename error ignored: 201 returned although the blob was never stored"),
    "MANIFEST-UNBOUNDED": P(MF, READ, "performance", "manifest read with io.ReadAll and no size limit"),
    "MANIFEST-READ-ERR": P(MF, READ, "bug", "read error discarded: a truncated manifest is stored and tagged"),
    "TAGS-RACE": P(MF, "s.tags[repo] = map[string]string{}", "bug",
                   "tags map (and s.pushes) written after s.mu.Unlock: concurrent pushes race, fatal concurrent map writes",
                   "critical-section"),
    "MANIFESTS-NEVER-DELETED": P(MF, 'delete(s.tags[r.PathValue("repo")], r.PathValue("ref"))', "bug",
                                 "delete removes only the tag: the manifest stays, so GC never frees its blobs"),
    "TAG-PAGE-OFF-BY-ONE": P(MF, "start := sort.SearchStrings(tags, last)", "bug",
                             "start is the index of last itself: every page repeats the previous page's last tag",
                             "off-by-one"),
    "N-UNVALIDATED": P(MF, "end := min(start+n, len(tags))", "bug",
                       "n unparsed or negative: missing n gives empty pages, negative n panics on tags[start:end]"),
    "HOOK-SSRF": P(HK, PING, "security", "hook URL from the form fetched by the server: SSRF", "source-vs-sink"),
    "PING-BODY-LEAK": P(HK, PING, "bug", "ping response body never closed"),
    "JSON-VIA-Q": P(HK, 'body := fmt.Sprintf(`{"repo":%q,"tag":%q,"digest":%q}`', "bug",
                    "extra, one agent: %q is Go quoting, not JSON escaping (\\x.. escapes make invalid JSON)"),
    "HOOK-POST-LEAK": P(HK, POST, "bug", "webhook response ignored and its body never closed"),
    "HOOK-NO-TIMEOUT": P(HK, POST, "performance",
                         "http.Post on the default client has no timeout: a hanging hook pins a goroutine per push"),
    "GC-RACE": P(GC, 'if !live["sha256:"+e.Name()] {', "bug",
                 "GC decides on a snapshot of live blobs without holding the lock: a blob uploaded or referenced meanwhile is deleted",
                 "critical-section"),
}

CONFUSABLE = [
    ("CLEARTEXT-BASIC-AUTH", "NO-SERVER-TIMEOUTS"),
    ("PLAINTEXT-PW", "PW-TIMING"),
    ("PW-TIMING", "NAMESPACE-PREFIX"),
    ("BLOB-FD-LEAK", "BLOB-CROSS-REPO"),
    ("BLOB-FD-LEAK", "ERR-LEAKS-PATH"),
    ("RANGE-OFF-BY-ONE", "RANGE-NEGATIVE"),
    ("DIGEST-MISMATCH-IGNORED", "RENAME-ERR-IGNORED"),
    ("MANIFEST-UNBOUNDED", "MANIFEST-READ-ERR"),
    ("TAG-PAGE-OFF-BY-ONE", "N-UNVALIDATED"),
    ("HOOK-SSRF", "PING-BODY-LEAK"),
    ("HOOK-POST-LEAK", "HOOK-NO-TIMEOUT"),
    ("JSON-VIA-Q", "HOOK-POST-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        Here is my review of the registry (`main.go`, `registry/*.go`).

        **Top priorities**

        1. Uploads trust the client's digest: it names the staging file (`../` escapes) and a mismatching body is
           stored anyway, so a pusher can poison any layer digest.
        2. Authorization: anonymous pulls of everything, prefix-matched namespaces, and DELETE guarded as a pull.
        3. `HandleManifestPut` updates `s.tags` after releasing the mutex.
        4. Hook URLs are fetched from the server (SSRF) and posted to without a timeout.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 6 |
        | low | 2 |
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "Client-supplied `digest` is used as the staging file name",
              "Validate `digest` against `^sha256:[a-f0-9]{64}$` before using it in any path.",
              symbol="Server.HandleBlobUpload", conf=0.9),
            F("DIGEST-MISMATCH-IGNORED", "critical", "security", "Blob stored even when its content does not match the digest",
              "Reject the upload (400 DIGEST_INVALID) and delete the staged file on mismatch.",
              symbol="Server.HandleBlobUpload", conf=0.9),
            F("ANON-PULL", "high", "security", "Anonymous requests are allowed to pull from every repository",
              "Allow anonymous pulls only for repositories explicitly marked public.", symbol="Server.authorize", conf=0.85),
            F("NAMESPACE-PREFIX", "high", "security", "Namespace authorization uses `strings.HasPrefix`",
              "Compare the first path segment: `repo == ns || strings.HasPrefix(repo, ns+\"/\")`.",
              symbol="Server.authorize", conf=0.8),
            F("PW-TIMING", "medium", "security", "Password comparison is not constant-time",
              "Store bcrypt hashes and use `bcrypt.CompareHashAndPassword`.", symbol="Server.authorize", conf=0.7),
            F("DELETE-AS-PULL", "high", "security", "Manifest deletion only requires pull access",
              "Register DELETE with `s.Auth(true, ...)` (or a separate delete permission).", symbol="main", conf=0.9),
            F("BLOB-CROSS-REPO", "high", "security", "Blob downloads are not scoped to the repository",
              "Check that the digest is referenced by a manifest of `{repo}` before serving it.",
              symbol="Server.HandleBlobGet", conf=0.7),
            F("ERR-LEAKS-PATH", "low", "security", "Filesystem error (with full path) returned to the client",
              "Return a plain `blob unknown` error.", symbol="Server.HandleBlobGet", conf=0.7),
            F("RANGE-OFF-BY-ONE", "medium", "bug", "`parseRange` returns a length one byte short",
              "`length = last - start + 1`; better, use `http.ServeContent`, which implements ranges correctly.",
              symbol="parseRange", conf=0.85),
            F("MANIFEST-UNBOUNDED", "medium", "performance", "Unbounded manifest body read",
              "Wrap the body in `http.MaxBytesReader(w, r.Body, 4<<20)`.", symbol="Server.HandleManifestPut", conf=0.75),
            F("TAGS-RACE", "high", "bug", "`s.tags` is modified after `s.mu.Unlock()`",
              "Keep the lock held until the tag map and `s.pushes` are updated.", d=-1,
              symbol="Server.HandleManifestPut", conf=0.9),
            F("MANIFESTS-NEVER-DELETED", "medium", "bug", "Deleting a tag never deletes the manifest, so GC can't reclaim layers",
              "Drop the manifest from `s.manifests` when no tag references it any more.",
              symbol="Server.HandleManifestDelete", conf=0.7),
            F("TAG-PAGE-OFF-BY-ONE", "low", "bug", "Tag pagination repeats the `last` tag on the next page",
              "Start after `last`: use `sort.SearchStrings(tags, last)` + 1 when `tags[start] == last`.",
              symbol="Server.HandleTagList", conf=0.8),
            F("HOOK-SSRF", "high", "security", "Hook registration makes the server request an arbitrary URL",
              "Restrict hook URLs to https and public addresses; do not fetch them synchronously.",
              symbol="Server.HandleHookAdd", conf=0.8),
            F("HOOK-NO-TIMEOUT", "medium", "performance", "Webhook delivery uses `http.Post` without a timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}`.", symbol="Server.notify", conf=0.8),
            F("GC-RACE", "medium", "bug", "GC can delete blobs that a concurrent push has just made live",
              "Hold the registry lock (or a GC lock that uploads and manifest pushes also take) for mark and sweep.",
              symbol="Server.collect", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go and registry/: 11 findings.",
        Block([
            F("UPLOAD-TRAVERSAL", "high", "security", "upload: want comes from ?digest= and is joined into a path",
              "validate digest", d=-1),
            F("HOOK-SSRF", "high", "security", "hooks: url form value is fetched server-side", "allow-list", d=-1),
            F("DELETE-AS-PULL", "high", "security", "DELETE manifests wrapped with Auth(false, ...)", "Auth(true, ...)"),
            F("PLAINTEXT-PW", "medium", "security", "plaintext passwords in accounts.json", "bcrypt"),
            F("BLOB-FD-LEAK", "medium", "bug", "HandleBlobGet leaks the *os.File", "defer f.Close()"),
            F("RANGE-NEGATIVE", "low", "bug", "parseRange accepts last < start (negative length)", "reject"),
            F("RENAME-ERR-IGNORED", "medium", "bug", "os.Rename error dropped; client gets 201 anyway", "check err"),
            F("MANIFEST-READ-ERR", "low", "bug", "io.ReadAll error ignored in HandleManifestPut", "handle err"),
            F("TAGS-RACE", "medium", "bug", "s.pushes++ outside the mutex (racy counter)", "atomic.Int64", d=+3),
            F("TAG-PAGE-OFF-BY-ONE", "low", "bug", "tags/list: next page starts at `last` again", "start+1", d=+1),
            F("HOOK-POST-LEAK", "low", "bug", "notify drops the *http.Response without closing Body", "close body"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the container registry. The code implements a subset of the OCI
        distribution API: blob upload and download, manifests and tags, webhooks and a garbage collector.

        ## Security

        The most serious issues concern how uploads are validated and how access is granted.
        """,
        Block([
            F("ANON-PULL", "High", "Broken Access Control", "Anonymous Read Access to All Repositories",
              "Require authentication for private repositories.", d=-1, sd=0,
              desc="When no credentials are sent, `authorize` returns `!push`, which is true for every pull."),
            F("PLAINTEXT-PW", "High", "Cryptography", "Passwords Stored in Plaintext",
              "Hash passwords with bcrypt or argon2."),
            F("CLEARTEXT-BASIC-AUTH", "Medium", "Sensitive Data Exposure", "Credentials Sent Without TLS",
              "Use `ListenAndServeTLS` or terminate TLS in front of the registry."),
            F("UPLOAD-TRAVERSAL", "Critical", "Path Traversal", "Path Traversal in Blob Upload",
              "Validate the digest format.", d=+1),
            F("DIGEST-MISMATCH-IGNORED", "Critical", "Data Integrity", "Blob Digest Not Enforced",
              "Return an error when the digest does not match.", d=+2, sd=0,
              desc="A mismatch is logged, but execution continues and the file is renamed into the blob store under the client's digest."),
            F("ERR-LEAKS-PATH", "Low", "Information Disclosure", "Internal Error Messages Exposed",
              "Do not return raw error strings."),
            F("HOOK-SSRF", "High", "Server-Side Request Forgery", "SSRF in Webhook Registration",
              "Block internal addresses."),
            U({"severity": "info", "category": "Style", "suggestion": "Add doc comments to exported handlers."}),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("UPLOAD-UNBOUNDED", "Medium", "Denial of Service", "No Upload Size Limit",
              "Use `http.MaxBytesReader`."),
            F("MANIFEST-READ-ERR", "Medium", "Error Handling", "Ignored Error When Reading Manifest",
              "Check the error from `io.ReadAll`."),
            F("TAGS-RACE", "High", "Race Condition", "Concurrent Map Writes to Tags",
              "Hold the mutex while updating tags.", d=+2),
            F("N-UNVALIDATED", "Medium", "Input Validation", "Unvalidated Page Size in Tag Listing",
              "Reject n <= 0 and cap it.", d=-1, sd=0),
            F("RANGE-OFF-BY-ONE", "Medium", "Logic Error", "Off-by-One in Range Length",
              "Add one to the computed length.", d=+1),
            F("GC-RACE", "High", "Data Loss", "Garbage Collector Races With Uploads",
              "Run GC under a lock that blocks pushes.", d=+1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "issues:",
        Block([
            F("BLOB-FD-LEAK", "warning", "bug", "blob file never closed", "defer f.Close()", d=-1),
            F("RANGE-OFF-BY-ONE", "warning", "", "range length off by one (end is inclusive)", "+1", d=-3),
            F("NAMESPACE-PREFIX", "error", "security", "namespace check by prefix lets acme push to acme-evil",
              "match full segment"),
            F("TAGS-RACE", "error", "bug", "tags map race in HandleManifestPut", "hold lock", d=-1),
            F("PING-BODY-LEAK", "warning", "bug", "ping response body not closed", "defer resp.Body.Close()"),
            F("CLEARTEXT-BASIC-AUTH", "error", "security", "basic auth over plain http", "serve tls"),
            F("HOOK-POST-LEAK", "warning", "bug", "notify never closes response bodies", "close them"),
        ], wrap="list", fence="", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Access control: anonymous pulls, timing-unsafe password check.
        2. Blob uploads: path traversal, no size limit, digest not enforced, rename errors ignored.
        3. Manifests: unbounded reads, data race on the tag map, page size not validated, manifests never deleted.
        4. Webhooks: SSRF, no timeout, hand-built JSON.
        5. Server: no HTTP timeouts; GC races with pushes.
        """,
        Block([
            F("ANON-PULL", "major", "security", "Unauthenticated pull allowed for all repositories",
              "Deny anonymous access by default.", d=-3, snippet="func (s *Server) authorize(r *http.Request, repo string, push bool) bool {",
              conf=0.8),
            F("PW-TIMING", "minor", "security", "Non-constant-time password comparison",
              "Use crypto/subtle.", conf=0.7),
            F("UPLOAD-TRAVERSAL", "blocker", "security", "Path traversal via digest parameter",
              "Validate the digest.", conf=0.9),
            F("UPLOAD-UNBOUNDED", "major", "resource-exhaustion", "Unlimited blob upload size",
              "Limit the request body.", conf=0.8),
            F("DIGEST-MISMATCH-IGNORED", "blocker", "data-integrity", "Digest verification result is ignored",
              "Abort on mismatch.", conf=0.9),
            F("RENAME-ERR-IGNORED", "minor", "reliability", "Error from os.Rename not checked",
              "Check the error.", conf=0.75),
            F("MANIFEST-UNBOUNDED", "major", "resource-exhaustion", "Manifest body read without limit",
              "Use MaxBytesReader.", conf=0.75),
            F("TAGS-RACE", "blocker", "concurrency", "Data race on tags map",
              "Keep the write lock held.", conf=0.85),
            F("MANIFESTS-NEVER-DELETED", "minor", "resource-leak", "Manifest delete leaves manifest data behind",
              "Delete unreferenced manifests.", conf=0.65),
            F("N-UNVALIDATED", "major", "correctness", "Negative n causes slice out of range panic",
              "Validate n.", conf=0.8),
            F("HOOK-SSRF", "major", "security", "Server-side request forgery in hook registration",
              "Validate hook URLs.", conf=0.8),
            F("HOOK-NO-TIMEOUT", "major", "reliability", "Webhook HTTP client has no timeout",
              "Use a client with a timeout.", d=-1, sd=0, conf=0.75),
            F("JSON-VIA-Q", "minor", "correctness", "Webhook payload built with %q is not valid JSON for all inputs",
              "Use json.Marshal.", conf=0.7),
            F("NO-SERVER-TIMEOUTS", "major", "reliability", "HTTP server without read/write timeouts",
              "Use http.Server with ReadHeaderTimeout etc.", conf=0.75),
            F("GC-RACE", "major", "concurrency", "GC computes live blobs then releases the lock before deleting",
              "Hold a lock across mark and sweep.", d=-3, conf=0.75),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}
