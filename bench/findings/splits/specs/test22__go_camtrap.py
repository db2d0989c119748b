"""test22/go-camtrap: a wildlife camera-trap image archive (Go, net/http + database/sql). Frozen test split.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or other splits' data. "
    "Frozen test split (test22): seeded problems in a small camera-trap image archive; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "KEY-IN-URL": P(M, 'key := r.URL.Query().Get("key")', "security", "team API key taken from the query string (ends up in proxy/access logs, browser history)"),
    "KEY-LOGGED": P(M, 'log.Printf("%s %s key=%s", r.Method, r.URL.Path, key)', "security", "every request logs the team key in clear"),
    "UPLOAD-TRAVERSAL": P(M, "dest := filepath.Join(s.dir, station, header.Filename)", "security", "station form value (and the client file name) joined into the archive path: ../ writes outside the archive", "source-vs-sink"),
    "UPLOAD-PERMS": P(M, "os.MkdirAll(filepath.Dir(dest), 0o777)", "security", "station directories created world-writable (0777)"),
    "UPLOAD-CREATE-ERR": P(M, "out, _ := os.Create(dest)", "bug", "os.Create error ignored: a failed create is reported as a generic write failure / nil file used"),
    "EXIF-TIME-IGNORED": P(M, 'taken, _ := time.Parse("2006:01:02 15:04:05"', "bug", "EXIF date parse error ignored: images without a timestamp are stored at year 1"),
    "EXIF-CMD-INJECTION": P(M, 'out, err := exec.Command("sh", "-c", "exiftool -json "+path).Output()', "security", "file path (with the client's file name) concatenated into an sh -c command", "signature-vs-statement"),
    "EXIF-UNMARSHAL-IGNORED": P(M, "json.Unmarshal(out, &meta)", "bug", "json.Unmarshal error ignored"),
    "EXIF-EMPTY-INDEX": P(M, "return meta[0], nil", "bug", "meta[0] on an empty slice (exiftool printed [] or bad JSON): index out of range panic", "off-by-one"),
    "THUMBS-LOOP-BOUND": P(M, "for i := 0; i <= len(sizes); i++ {", "bug", "i <= len(sizes): sizes[3] panics in the goroutine and crashes the process after the three thumbnails", "off-by-one"),
    "THUMBS-CONVERT-ERR": P(M, 'exec.Command("convert", path, "-resize"', "bug", "convert failures ignored: missing thumbnails go unnoticed (extra, one agent)"),
    "SEARCH-SQLI": P(M, "WHERE species = '\" + species + \"'\"", "security", "species query value concatenated into the SQL", "source-vs-sink"),
    "SEARCH-ROWS-LEAK": P(M, 'rows, err := s.db.Query(q+" ORDER BY taken_at LIMIT $1 OFFSET $2"', "bug", "rows never closed in search: connections leak"),
    "SEARCH-SENSITIVE-LEAK": P(M, "out = append(out, im)", "security", "public image search returns exact coordinates of sensitive species (sightings blurs them, search does not)", nth=0),
    "TALLY-RACE": P(M, "s.tally[body.Species]++", "bug", "tally map incremented from concurrent handlers without s.mu: lost counts, concurrent map write fatal", "critical-section"),
    "STATS-INVALIDATE-KEY": P(M, 'delete(s.stats, r.URL.Query().Get("station"))', "bug", "summary cache invalidated by an optional ?station= the tag request does not carry: summaries stay stale"),
    "SUMMARY-CACHE-RACE": P(M, "cached = s.buildSummary(station)", "bug", "RLock released before the miss is filled: map written without the lock, concurrent misses all rebuild the summary", "critical-section"),
    "SENSITIVE-CASE": P(M, "if sensitive[im.Species] {", "security", "sensitive-species lookup is case-sensitive on free-text tags: 'Wildcat' is published precisely"),
    "SENSITIVE-PRECISION": P(M, "im.Lat, im.Lon = float64(int(im.Lat*100))/100", "security", "blurring to 2 decimals (~1 km, truncated) is not enough to protect den/nest sites"),
    "DELETE-NOAUTH": P(M, "`DELETE FROM images WHERE id = $1 RETURNING file`", "security", "DELETE /images/{id} registered without requireKey: anyone can delete archive images", "signature-vs-statement"),
    "KEYS-EMPTY-ACCEPTED": P(M, "keys[key] = team", "security", "TEAM_KEYS unset or with a trailing comma registers the empty key: requests without ?key= pass"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris); extra, one agent"),
}

CONFUSABLE = [
    ("KEY-IN-URL", "KEY-LOGGED"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-PERMS"),
    ("UPLOAD-PERMS", "UPLOAD-CREATE-ERR"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-CREATE-ERR"),
    ("EXIF-UNMARSHAL-IGNORED", "EXIF-EMPTY-INDEX"),
    ("THUMBS-LOOP-BOUND", "THUMBS-CONVERT-ERR"),
    ("SEARCH-SQLI", "SEARCH-ROWS-LEAK"),
    ("TALLY-RACE", "STATS-INVALIDATE-KEY"),
    ("SENSITIVE-CASE", "SENSITIVE-PRECISION"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole camera-trap archive service. It accepts uploads from field teams, shells out
        to `exiftool` and `convert`, and serves search, per-station summaries and public sightings.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 6 |
        | low | 1 |

        The two critical issues are both injection: the upload path and the `exiftool` command line are built from
        client-controlled names. The concurrency problems (`tally`, `stats`) will show up as `fatal error:
        concurrent map writes` under load, which takes the whole process down.
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "Upload path built from `station` and the client file name",
              "Validate `station` against known stations and use `filepath.Base(header.Filename)`; check the result is under `s.dir`.",
              symbol="Server.upload", conf=0.9),
            F("EXIF-CMD-INJECTION", "critical", "security", "`readExif` runs `sh -c` with the file path appended",
              "Call `exec.Command(\"exiftool\", \"-json\", path)`; the path contains the uploader's file name.",
              symbol="readExif", conf=0.9),
            F("SEARCH-SQLI", "high", "security", "SQL injection through `species` in `search`",
              "Pass `species` as `$3`.", symbol="Server.search", conf=0.9),
            F("DELETE-NOAUTH", "high", "security", "`DELETE /images/{id}` is not wrapped in `requireKey`",
              "Register it as `s.requireKey(s.deleteImage)`; today anyone can delete records and files.",
              d=-2, symbol="Server.deleteImage", conf=0.85),
            F("KEYS-EMPTY-ACCEPTED", "high", "security", "An empty team key is accepted when `TEAM_KEYS` is unset",
              "Skip pairs whose key is empty; refuse to start with no keys.", symbol="main", conf=0.75),
            F("TALLY-RACE", "high", "bug", "`tag` increments `s.tally` without holding `s.mu`",
              "Take `s.mu` around the increment; `seasonTally` locks it but the writer does not.",
              symbol="Server.tag", conf=0.85),
            F("SUMMARY-CACHE-RACE", "high", "bug", "`stationSummary` writes `s.stats` after releasing the read lock",
              "Take `statsMu.Lock()` for the fill and re-check the map under it (or use `singleflight`).",
              d=1, symbol="Server.stationSummary", conf=0.85),
            F("THUMBS-LOOP-BOUND", "medium", "bug", "`makeThumbs` indexes one past the end of `sizes`",
              "Use `for _, size := range sizes`; the panic happens in a goroutine and kills the server.",
              symbol="Server.makeThumbs", conf=0.9),
            F("EXIF-EMPTY-INDEX", "medium", "bug", "`readExif` returns `meta[0]` without checking the slice length",
              "Check the Unmarshal error and `len(meta) > 0`.", d=-1, n=2, symbol="readExif", conf=0.8),
            F("STATS-INVALIDATE-KEY", "medium", "bug", "Summary cache is invalidated with a query parameter the tag request does not need",
              "Invalidate by the image's station (read it from the UPDATE with `RETURNING station`).",
              symbol="Server.tag", conf=0.7),
            F("SEARCH-ROWS-LEAK", "medium", "bug", "`search` never closes `rows`",
              "`defer rows.Close()` after the error check, and check `rows.Err()`.", symbol="Server.search", conf=0.8),
            F("SENSITIVE-CASE", "medium", "security", "Sensitive-species check depends on exact tag spelling",
              "Normalise tags (lower-case, trimmed) when storing and when checking.", symbol="Server.sightings", conf=0.65),
            F("KEY-LOGGED", "medium", "security", "Team keys are written to the log",
              "Log the team name, not the key.", symbol="Server.requireKey", conf=0.8),
            F("UPLOAD-PERMS", "low", "security", "Archive directories are created 0777", "Use 0o750.",
              symbol="Server.upload", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go (237 lines); 12 findings. Did not run go vet or -race.",
        Block([
            F("EXIF-CMD-INJECTION", "critical", "security", "readExif: sh -c with untrusted path", "exec.Command(\"exiftool\", \"-json\", path).", d=-1),
            F("UPLOAD-TRAVERSAL", "critical", "security", "station form value used as a path component", "Allow-list stations.", d=-1),
            F("SEARCH-SQLI", "high", "security", "search: species query param concatenated into SQL", "Bind it.", d=-2),
            F("TALLY-RACE", "high", "bug", "tag: concurrent map writes (s.tally, s.stats) without locks", "Lock s.mu / statsMu.", d=1),
            F("SUMMARY-CACHE-RACE", "high", "bug", "stats map write without statsMu (and check-then-fill)", "Lock; double-check."),
            F("THUMBS-LOOP-BOUND", "high", "bug", "index out of range: sizes[len(sizes)]", "i < len(sizes).", d=1),
            F("DELETE-NOAUTH", "high", "security", "deleteImage has no auth middleware", "Wrap with requireKey."),
            F("KEY-IN-URL", "medium", "security", "API key passed as ?key=", "Use an Authorization header."),
            F("UPLOAD-CREATE-ERR", "medium", "bug", "os.Create error discarded", "Handle err."),
            F("STATS-INVALIDATE-KEY", "low", "bug", "tag invalidates stats by ?station=, which callers don't send", "Look up the image's station."),
            F("EXIF-TIME-IGNORED", "low", "bug", "time.Parse error ignored -> zero taken_at", "Store NULL or reject."),
            F("SENSITIVE-PRECISION", "low", "security", "sightings: 2-decimal truncation (~1 km) still pinpoints nest sites", "Snap to a coarse grid."),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the camera-trap archive service in `main.go`. It is a compact Go HTTP server using the
        standard library router introduced in Go 1.22, PostgreSQL through pgx, and external tools for metadata and
        thumbnails.

        #### 1. Security
        """,
        Block([
            F("EXIF-CMD-INJECTION", "High", "Command Injection", "Shell Command Injection via Image Filename",
              "Invoke exiftool directly without a shell.",
              desc="The uploaded file name flows into `dest` and then into `sh -c`, so a file named `a.jpg;rm -rf ~` is executed."),
            F("UPLOAD-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Image Upload",
              "Sanitize the station and filename.", d=2, sd=0,
              desc="Both `station` and `header.Filename` are attacker controlled."),
            F("SEARCH-SQLI", "High", "SQL Injection", "SQL Injection in Species Search",
              "Use query parameters."),
            F("SEARCH-SENSITIVE-LEAK", "Medium", "Information Disclosure", "Exact Locations of Protected Species Exposed in Search",
              "Apply the same coordinate blurring as the sightings endpoint.",
              desc="The sightings endpoint blurs coordinates for sensitive species, but `/images?species=wildcat` returns them unmodified."),
            F("SENSITIVE-PRECISION", "Medium", "Information Disclosure", "Insufficient Location Obfuscation",
              "Round to one decimal place or to a grid cell."),
            F("KEY-IN-URL", "Medium", "Broken Authentication", "API Key Transmitted in URL",
              "Accept the key in a header."),
            F("DELETE-NOAUTH", "High", "Broken Access Control", "Missing Authentication on Image Deletion",
              "Wrap the handler with `requireKey` when registering the route.", d=-2),
            U({"severity": "Low", "category": "Best Practice", "description": "Consider using structured logging (slog)."}),
        ], wrap="list"),
        """
        #### 2. Reliability and Concurrency
        """,
        Block([
            F("TALLY-RACE", "High", "Race Condition", "Data Race on Species Tally Map",
              "Guard the map with the existing mutex.",
              desc="Go maps are not safe for concurrent writes; the runtime aborts the process when it detects one."),
            F("SUMMARY-CACHE-RACE", "Medium", "Performance", "Cache Stampede on Station Summary",
              "Use a single-flight pattern so only one request builds a missing summary.", d=-3,
              desc="Concurrent requests for an uncached station all miss and all run the aggregate query."),
            F("EXIF-UNMARSHAL-IGNORED", "Low", "Error Handling", "Ignored JSON Unmarshal Error",
              "Check the error returned by `json.Unmarshal`."),
            F("THUMBS-LOOP-BOUND", "Medium", "Bug", "Off-by-one in Thumbnail Loop", "Use `<` instead of `<=`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Review of main.go:",
        Block([
            F("SEARCH-SQLI", "high", "security", "sql injection in search", "use $n placeholder", d=1),
            F("UPLOAD-TRAVERSAL", "high", "security", "path traversal via station / filename on upload", "filepath.Base + allow-list"),
            F("EXIF-EMPTY-INDEX", "medium", "bug", "panic when exiftool returns no objects", "check len(meta)"),
            F("TALLY-RACE", "medium", "", "s.tally written without s.mu", "lock it"),
            F("THUMBS-CONVERT-ERR", "low", "", "convert errors ignored", "log the error"),
            F("KEYS-EMPTY-ACCEPTED", "high", "security", "empty key allowed when TEAM_KEYS is empty", "skip empty keys", d=-1),
            F("NO-SERVER-TIMEOUTS", "low", "security", "no server timeouts", "use http.Server with ReadHeaderTimeout"),
        ], wrap="object", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Overview
        1. Command and SQL injection in the upload and search paths.
        2. Unprotected shared maps (tally, stats cache).
        3. Missing authentication on delete.
        4. Bounds errors in EXIF parsing and thumbnail generation.
        """,
        Block([
            F("EXIF-CMD-INJECTION", "blocker", "security", "Command injection in readExif", "Avoid sh -c.", conf=0.9),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in search handler", "Parameterize species.", conf=0.9),
            F("DELETE-NOAUTH", "major", "security", "Unauthenticated image deletion", "Require an API key.", conf=0.85),
            F("TALLY-RACE", "major", "concurrency", "Unsynchronized map write to tally", "Use s.mu.", conf=0.85),
            F("SUMMARY-CACHE-RACE", "major", "concurrency", "Stats cache written without write lock", "Use statsMu.Lock.", d=1, conf=0.8),
            F("THUMBS-LOOP-BOUND", "major", "correctness", "Out-of-bounds access in makeThumbs", "Fix the loop condition.", d=1, conf=0.85),
            F("EXIF-EMPTY-INDEX", "major", "correctness", "Possible index out of range on meta slice", "Check the length.", conf=0.75),
            F("UPLOAD-TRAVERSAL", "major", "security", "Path traversal through station field", "Validate the station.", conf=0.8),
            F("SEARCH-ROWS-LEAK", "minor", "resource-leak", "Rows not closed in search", "defer rows.Close().", conf=0.8),
            F("KEY-LOGGED", "minor", "security", "API key written to logs", "Redact.", conf=0.7),
            F("UPLOAD-PERMS", "minor", "security", "Directories created with 0777 permissions", "Use restrictive permissions.", conf=0.7),
            F("EXIF-UNMARSHAL-IGNORED", "minor", "reliability", "Unchecked json.Unmarshal error in readExif", "Return the error.", conf=0.7),
            F("SENSITIVE-CASE", "minor", "security", "Case-sensitive lookup of sensitive species", "Normalize case.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}
