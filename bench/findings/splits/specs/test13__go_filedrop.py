"""test13/go-filedrop: an HTTPS file-drop gateway with share links (Go, net/http). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' "
    "data. Frozen test split test13: seeded problems in a small Go file-drop gateway; five agents' answers "
    "written by hand."
)

SV = "internal/drop/server.go"
FI = "internal/drop/files.go"
LI = "internal/drop/links.go"
SC = "internal/drop/scan.go"
MA = "cmd/filedrop/main.go"

PROBLEMS = {
    "KEYS-MAP-RACE": P(SV, "s.keys[parts[0]] = parts[1]", "bug",
                       "ReloadKeysEvery writes s.keys without s.mu while Auth reads it: concurrent map read/write (fatal)", "critical-section"),
    "KEYS-NOT-REVOKED": P(SV, "s.keys[parts[0]] = parts[1]", "security",
                          "reload only adds keys: a key removed from the keys file stays valid until restart"),
    "KEY-IN-QUERY": P(SV, 'key = r.URL.Query().Get("key")', "security", "API key accepted from the ?key= query parameter (logged, leaked in Referer)"),
    "UPLOAD-TRAVERSAL": P(FI, "f, err := os.Create(dst)", "security",
                          "name from the query joined to the user's folder: ../ writes anywhere (other partners' folders, keys file)", "source-vs-sink"),
    "UPLOAD-FILE-LEAK": P(FI, "f, err := os.Create(dst)", "bug", "created file is never closed: one leaked descriptor per upload"),
    "UPLOAD-COPY-ERR": P(FI, "n, _ := io.Copy(f, r.Body)", "bug",
                         "io.Copy error discarded: an aborted upload leaves a truncated file reported as created"),
    "UPLOAD-NO-LIMIT": P(FI, "n, _ := io.Copy(f, r.Body)", "security",
                         "body copied without MaxBytesReader: quota is checked only after the whole upload is on disk (disk fill)"),
    "QUOTA-RACE": P(FI, "if !over {", "bug",
                    "s.usage read and updated without s.mu from concurrent uploads: map race and quota bypass", "critical-section"),
    "SCAN-INJECTION": P(SC, 'exec.Command("sh", "-c", "clamscan --no-summary "+path)', "security",
                        "path (from the upload name) concatenated into sh -c: command injection", "signature-vs-statement"),
    "SCAN-FAIL-OPEN": P(SC, 'return !strings.Contains(string(out), "FOUND")', "security",
                        "scanner errors ignored: if clamscan is missing or fails, every file is reported clean"),
    "LIST-END-OBO": P(FI, "end = len(files) - 1", "bug",
                      "clamping end to len-1 drops the last file of the last page (and panics on an empty folder)", "off-by-one"),
    "LIST-OFFSET-PANIC": P(FI, "json.NewEncoder(w).Encode(files[offset:end])", "bug",
                           "offset not validated: negative or past-the-end offset panics the handler"),
    "TOKEN-SHORT": P(LI, "b := make([]byte, 4)", "security", "share tokens are 32 bits: enumerable"),
    "TOKEN-MATH-RAND": P(LI, "mrand.Read(b)", "security",
                         "share tokens from math/rand (predictable) instead of crypto/rand", "signature-vs-statement"),
    "SHARE-OWNER-SPOOF": P(LI, "s.links[tok] = &Link{Owner: owner, File: file,", "security",
                           "link owner taken from the form, not the authenticated user: share any partner's files", "source-vs-sink"),
    "SHARE-FILE-UNCHECKED": P(LI, "s.links[tok] = &Link{Owner: owner, File: file,", "security",
                              "file name stored unchecked (../): the download link serves files outside the drop folders", "source-vs-sink"),
    "LINK-COUNTER-RACE": P(LI, "link.Downloads++", "bug",
                           "Downloads read and incremented outside s.mu: concurrent downloads race and exceed the limit", "critical-section"),
    "LINK-MAX-OBO": P(LI, "if remaining < 0 {", "bug",
                      "remaining < 0 instead of <= 0: each link allows MaxDownloads + 1 downloads", "off-by-one"),
    "EXTRA-TOKEN-LOGGED": P(LI, 'log.Printf("download token=%s file=%s", tok, link.File)', "security",
                            "extra, one agent: live share tokens written to the log"),
    "INLINE-XSS": P(LI, 'w.Header().Set("Content-Type", mime.TypeByExtension', "security",
                    "uploaded .html/.svg served inline with its own type on the gateway origin: stored XSS"),
    "DISPOSITION-INJECTION": P(LI, 'w.Header().Set("Content-Disposition", "inline; filename=', "security",
                               "file name put into Content-Disposition unquoted/unescaped: header parameter injection"),
    "META-PERMS": P(LI, 'os.WriteFile(filepath.Join(s.root, ".links.json"), data, 0o644)', "security",
                    "links file (all live tokens) written world-readable, inside the drop root"),
    "META-NOT-ATOMIC": P(LI, 'os.WriteFile(filepath.Join(s.root, ".links.json"), data, 0o644)', "bug",
                         "links file rewritten in place, error ignored: a crash or concurrent save leaves it truncated"),
    "EXTRA-NO-TIMEOUTS": P(MA, 'log.Fatal(http.ListenAndServeTLS(":8443"', "security",
                           "extra, one agent: default http.Server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("KEYS-MAP-RACE", "KEYS-NOT-REVOKED"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-FILE-LEAK"),
    ("UPLOAD-COPY-ERR", "UPLOAD-NO-LIMIT"),
    ("UPLOAD-NO-LIMIT", "QUOTA-RACE"),
    ("SCAN-INJECTION", "SCAN-FAIL-OPEN"),
    ("LIST-END-OBO", "LIST-OFFSET-PANIC"),
    ("TOKEN-SHORT", "TOKEN-MATH-RAND"),
    ("SHARE-OWNER-SPOOF", "SHARE-FILE-UNCHECKED"),
    ("LINK-COUNTER-RACE", "LINK-MAX-OBO"),
    ("INLINE-XSS", "DISPOSITION-INJECTION"),
    ("META-PERMS", "META-NOT-ATOMIC"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the gateway's HTTP side (`cmd/filedrop`, `internal/drop`). It authenticates partners with
        static API keys, writes uploads into per-partner folders, and hands out download links.

        Severity overview:

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 6 |
        | low | 1 |

        The three critical issues all let a partner (or, for links, anyone) reach files and commands outside
        their own folder: path traversal on upload, shell injection in the virus scan, and link owners taken
        from the request. The concurrency issues are not theoretical: Go aborts the process on a concurrent
        map write, so the key reload and the quota map can take the whole gateway down.
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "Upload `name` can escape the partner's folder",
              "Reject names containing path separators or `..` (`filepath.Base(name) != name`), or use `os.Root` (Go 1.24).",
              symbol="Server.Upload", conf=0.9),
            F("SCAN-INJECTION", "critical", "security", "Virus scan runs through `sh -c` with the file path appended",
              "`exec.Command(\"clamscan\", \"--no-summary\", \"--\", path)`; no shell.", symbol="scanFile", conf=0.9),
            F("SCAN-FAIL-OPEN", "high", "security", "Scan treats any failure as a clean result",
              "Check the exit status: clamscan exits 0 = clean, 1 = infected, 2 = error; fail closed on anything but 0.",
              symbol="scanFile", conf=0.8),
            F("SHARE-OWNER-SPOOF", "critical", "security", "`Share` trusts the `owner` form field",
              "Use the authenticated user (`X-Drop-User` set by `Auth`) as the owner.", symbol="Server.Share", conf=0.9),
            F("TOKEN-MATH-RAND", "high", "security", "Share tokens come from `math/rand`",
              "Use `crypto/rand.Read`.", symbol="newToken", conf=0.85),
            F("TOKEN-SHORT", "high", "security", "Share tokens have only 32 bits",
              "Use at least 16 random bytes; 4 bytes can be enumerated against `/d/{token}` in hours.", symbol="newToken", conf=0.8),
            F("KEYS-MAP-RACE", "high", "bug", "Key reload writes `s.keys` while requests read it",
              "Build a fresh map in `loadKeys` and swap it under `s.mu` (or an `atomic.Pointer`); read it under the same lock in `Auth`.",
              symbol="Server.loadKeys", conf=0.85),
            F("QUOTA-RACE", "high", "bug", "Per-user usage map is updated without the mutex",
              "Lock `s.mu` around the quota check and update; concurrent uploads today race on the map.",
              n=3, symbol="Server.Upload", conf=0.8),
            F("LINK-COUNTER-RACE", "medium", "bug", "Download counter is mutated outside the lock",
              "Check and increment `Downloads` while holding `s.mu`.", symbol="Server.Download", conf=0.75),
            F("LINK-MAX-OBO", "medium", "bug", "Download limit allows one extra download",
              "`if remaining <= 0`.", symbol="Server.Download", conf=0.8),
            F("UPLOAD-NO-LIMIT", "high", "security", "Uploads are unbounded until after they are written",
              "Wrap the body in `http.MaxBytesReader(w, r.Body, s.quota - used)` before copying.", symbol="Server.Upload", conf=0.8),
            F("UPLOAD-FILE-LEAK", "medium", "bug", "Uploaded file handle is never closed",
              "`defer f.Close()` right after `os.Create` (and close before scanning).", symbol="Server.Upload", conf=0.8),
            F("INLINE-XSS", "medium", "security", "Shared files are served inline with their own content type",
              "Serve as `attachment` with `application/octet-stream` and `X-Content-Type-Options: nosniff`.",
              n=2, symbol="Server.Download", conf=0.7),
            F("KEY-IN-QUERY", "medium", "security", "API key accepted in the query string",
              "Only accept the `X-Drop-Key` header.", symbol="Server.Auth", conf=0.7),
            F("LIST-END-OBO", "medium", "bug", "Listing drops the last file",
              "Clamp `end` to `len(files)`, not `len(files) - 1`.", symbol="Server.List", conf=0.8),
            F("META-NOT-ATOMIC", "low", "bug", "Links file is overwritten in place",
              "Write to a temp file, fsync, rename; and handle the error.", symbol="Server.saveLinks", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "internal/drop + cmd/filedrop reviewed. 13 findings:",
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "Path traversal in PUT /files via ?name=", "Sanitize name.", d=-2),
            F("SCAN-INJECTION", "critical", "security", "Command injection in scanFile (sh -c + path)", "No shell.", d=-1),
            F("SHARE-OWNER-SPOOF", "critical", "security", "POST /links: owner comes from the request", "Use authenticated user.", d=-3),
            F("TOKEN-MATH-RAND", "high", "security", "Predictable link tokens (math/rand)", "crypto/rand.", d=-2),
            F("KEYS-MAP-RACE", "high", "bug", "fatal error: concurrent map read and map write on s.keys", "Swap map under lock.", d=-2),
            F("LINK-COUNTER-RACE", "medium", "bug", "Unsynchronized link.Downloads++", "Hold s.mu."),
            F("UPLOAD-FILE-LEAK", "medium", "bug", "os.Create result never closed", "defer f.Close()."),
            F("UPLOAD-COPY-ERR", "medium", "bug", "io.Copy error ignored", "Handle err; remove partial file."),
            F("LIST-END-OBO", "medium", "bug", "Off-by-one in List pagination end", "end = len(files)."),
            F("LIST-OFFSET-PANIC", "medium", "bug", "Unchecked offset -> slice bounds panic", "Validate 0 <= offset <= len.", d=-3),
            F("DISPOSITION-INJECTION", "medium", "security", "Unescaped filename in Content-Disposition", "mime.FormatMediaType."),
            F("META-NOT-ATOMIC", "low", "bug", "saveLinks: non-atomic write, error dropped", "Temp file + rename."),
            F("EXTRA-TOKEN-LOGGED", "low", "security", "Share tokens logged in clear", "Log a hash or prefix."),
        ], wrap="object", fence=None, indent=None),
        "Not covered: the SFTP side mentioned in server.go (not in repo).",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `filedrop` gateway. It is a Go HTTPS service where partners upload files,
        list them, and generate download links. I looked at authentication, file handling, link generation
        and concurrency.

        #### Security Vulnerabilities
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "Path Traversal", "Path Traversal in File Upload",
              "Clean the name and verify the result is within the user's directory.", d=-1,
              desc="The `name` query parameter is joined into the destination path, so `../` sequences write outside the user's folder."),
            F("SCAN-INJECTION", "critical", "Command Injection", "OS Command Injection in Malware Scanner",
              "Invoke clamscan directly with arguments."),
            F("SCAN-FAIL-OPEN", "high", "Security Misconfiguration", "Malware Scan Fails Open",
              "Treat a scanner error as infected.", d=-1, sd=0,
              desc="The error from `CombinedOutput` is discarded; if clamscan is not installed the output is `sh: clamscan: not found`, which does not contain `FOUND`."),
            F("SHARE-OWNER-SPOOF", "high", "Broken Access Control", "Link Owner Can Be Spoofed",
              "Take the owner from the authenticated context."),
            F("SHARE-FILE-UNCHECKED", "high", "Path Traversal", "Arbitrary File Read Through Share Links",
              "Validate `file` before creating the link.", d=-2),
            F("TOKEN-MATH-RAND", "high", "Cryptography", "Insecure Randomness for Share Tokens",
              "Use `crypto/rand`."),
            F("INLINE-XSS", "medium", "Cross-Site Scripting", "Stored XSS via Inline File Serving",
              "Force `Content-Disposition: attachment`.", d=+1, sd=0),
            F("KEY-IN-QUERY", "medium", "Broken Authentication", "API Key in URL",
              "Accept the key only in a header."),
            F("META-PERMS", "medium", "Insecure Permissions", "World-Readable Links File",
              "Write with mode 0600 outside the drop root."),
        ], wrap="list"),
        """
        #### Reliability and Concurrency
        """,
        Block([
            F("KEYS-MAP-RACE", "high", "Race Condition", "Data Race on API Key Map",
              "Protect the map with the mutex during reload."),
            F("QUOTA-RACE", "medium", "Race Condition", "Race Condition in Quota Accounting",
              "Guard `s.usage` with `s.mu`.", d=-1),
            F("UPLOAD-NO-LIMIT", "medium", "Denial of Service", "No Request Body Size Limit on Upload",
              "Use `http.MaxBytesReader`."),
            F("LINK-MAX-OBO", "low", "Logic Error", "Download Limit Off by One",
              "Compare with `<= 0`.", d=-2),
            F("LIST-END-OBO", "low", "Logic Error", "Pagination Omits the Final File",
              "Use `len(files)`.", d=+2, sd=+2),
            U({"severity": "info", "category": "Style", "title": ""}),
            F("EXTRA-NO-TIMEOUTS", "medium", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("UPLOAD-TRAVERSAL", "error", "security", "upload path traversal", "filepath.Base / reject .."),
            F("SCAN-INJECTION", "error", "security", "sh -c injection in scanFile", "exec clamscan directly"),
            F("TOKEN-MATH-RAND", "error", "security", "math/rand token", "crypto/rand"),
            F("SHARE-FILE-UNCHECKED", "error", "security", "share link can point outside drop dir", "validate file"),
            F("KEYS-NOT-REVOKED", "warning", "security", "revoked keys still accepted after reload", "rebuild map on reload"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("UPLOAD-NO-LIMIT", "warning", "", "no upload size limit", "MaxBytesReader"),
            F("LIST-OFFSET-PANIC", "warning", "bug", "bad offset panics", "bounds check"),
            F("LINK-MAX-OBO", "warning", "bug", "one download too many", "<= 0"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report: filedrop

        ### Summary
        1. Path traversal in upload and command injection in the scanner (blockers).
        2. Weak share-link tokens and spoofable link owners.
        3. Data races on shared maps (keys, usage, link counters).
        4. Resource and error-handling defects in upload and persistence.
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "blocker", "security", "Directory traversal in upload destination", "Sanitize the name.", conf=0.9),
            F("UPLOAD-FILE-LEAK", "minor", "resource-leak", "File descriptor leak in Upload", "Close the file.", conf=0.8),
            F("UPLOAD-COPY-ERR", "minor", "correctness", "Ignored io.Copy error in Upload", "Check the error.", conf=0.7),
            F("QUOTA-RACE", "major", "concurrency", "Concurrent map access on usage", "Use the mutex.", d=+1, conf=0.75),
            F("SCAN-INJECTION", "blocker", "security", "Shell command injection in scanFile", "Avoid sh -c.", d=-1, conf=0.9),
            F("SCAN-FAIL-OPEN", "major", "security", "Scanner failure treated as clean file", "Check exit code.", conf=0.75),
            F("KEYS-MAP-RACE", "major", "concurrency", "Concurrent map access on keys during reload", "Use the mutex.", d=-1, conf=0.8),
            F("KEYS-NOT-REVOKED", "minor", "security", "Removed API keys are never revoked", "Replace the map on reload.", conf=0.6),
            F("KEY-IN-QUERY", "minor", "security", "API key in query string", "Header only.", conf=0.6),
            F("TOKEN-MATH-RAND", "major", "security", "Non-cryptographic RNG for tokens", "crypto/rand.", conf=0.85),
            F("TOKEN-SHORT", "major", "security", "Insufficient token entropy (4 bytes)", "Use 16+ bytes.", conf=0.8),
            F("SHARE-OWNER-SPOOF", "blocker", "security", "Owner of a share link taken from user input", "Use the session user.", d=-3, conf=0.85),
            F("LINK-COUNTER-RACE", "major", "concurrency", "Race on link download counter", "Lock around check and increment.", d=-1, conf=0.7),
            F("LIST-END-OBO", "minor", "correctness", "Pagination end index off by one", "Use len(files).", d=-1, conf=0.7),
            F("DISPOSITION-INJECTION", "minor", "security", "Header injection in Content-Disposition filename", "Escape the filename.", conf=0.6),
            F("META-PERMS", "minor", "security", "Links file created with 0644", "Use 0600.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 6 major, 7 minor"),
    ]),
}
