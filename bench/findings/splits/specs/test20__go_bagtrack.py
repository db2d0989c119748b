"""test20/go-bagtrack: an airport baggage tracker (Go, net/http + database/sql). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, the tuning data or any
other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits. "
    "Frozen test split (test20): seeded problems in an airport baggage tracker; five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "SCAN-RACE": P(M, "s.bags[ev.Tag] = bag", "bug", "handleScan reads and writes s.bags and the *Bag fields without s.mu (handleTrack locks): concurrent map writes crash the process, scan counts are lost", "critical-section"),
    "SCAN-STATUS": P(M, "bag.Location, bag.Status, bag.LastScan = ev.Location, ev.Status, time.Now()", "bug", "scanner status is free text: any value (e.g. 'delivered') is stored unvalidated"),
    "TRACK-PII": P(M, 'bag, ok := s.bags[r.PathValue("tag")]', "security", "public tracking looks a bag up by tag alone and returns passenger name and PNR: tags are sequential and printed on the bag", "signature-vs-statement"),
    "FLIGHT-SQLI": P(M, "WHERE flight = '%s' AND status = '%s'\", flight, status)", "security", "flight path value and status query value formatted into SQL with Sprintf", "source-vs-sink"),
    "ROWS-LEAK": P(M, "rows, err := s.db.Query(q)", "bug", "rows never closed: a connection leaks on every request"),
    "ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (with the SQL) returned to the client"),
    "ROWS-SCAN-ERR": P(M, "rows.Scan(&b.Tag, &b.Passenger, &b.Status, &b.Location)", "bug", "Scan error and rows.Err() ignored: NULL columns or a broken iteration silently give partial lists"),
    "NEG-OFFSET": P(M, 'offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))', "bug", "negative offset not rejected (and parse error ignored): list[-1:] panics"),
    "PAGE-END": P(M, "page := list[offset : offset+pageSize]", "bug", "end of the slice not clamped: any flight with fewer than offset+50 bags panics (slice bounds out of range)", "off-by-one"),
    "BELT-RLOCK": P(M, "s.flightBelt[flight] = b", "bug", "beltFor writes flightBelt and beltLoad while holding only the read lock: concurrent first arrivals race, two flights share a belt or the map write panics", "critical-section"),
    "CAROUSEL-LOOP": P(M, "for i := 1; i <= len(s.carousels); i++ {", "bug", "loop runs 1..len over a 0-based slice: B1 never matches, an unknown name panics, the index is returned as a 1-based number", "off-by-one"),
    "ARRIVED-UNKNOWN-BELT": P(M, "flight, s.carousels[n-1]); err != nil {", "bug", "carouselNumber returns 0 for an unknown belt and s.carousels[n-1] panics: no check before indexing"),
    "PHOTO-TRAVERSAL": P(M, "out, err := os.Create(filepath.Join(dir, hdr.Filename))", "security", "claim form value joined into the photo path: ../ writes outside photoDir", "source-vs-sink"),
    "PHOTO-NO-CLOSE": P(M, "out, err := os.Create(filepath.Join(dir, hdr.Filename))", "bug", "created file never closed: one descriptor leaks per upload, data may not be flushed"),
    "MKDIR-PERMS": P(M, "os.MkdirAll(dir, 0o777)", "security", "photo directories created world-writable, MkdirAll error ignored"),
    "CLAIM-IDOR": P(M, 'FROM claims WHERE id = $1", r.PathValue("id")).', "security", "claim (with the passenger's phone) returned for any id: the documented pnr check is missing", "signature-vs-statement"),
    "COMP-FLOOR": P(M, "days := int(time.Since(c.ReportedAt).Hours() / 24)", "bug", "allowance is per started day but days is floored: nothing on day one, one day short after", "off-by-one"),
    "CLAIM-REF-RAND": P(M, 'ref := fmt.Sprintf("MB%06d", rand.Intn(1000000))', "security", "claim reference from math/rand, 6 digits, no collision check: guessable (and the claim endpoint takes it as the only key)"),
    "SMS-NIL-RESP": P(M, 'resp, _ := http.Get(s.smsURL + "?to=" + phone', "bug", "http.Get error ignored: on failure resp is nil and resp.Body.Close() panics in the goroutine, killing the server"),
    "SMS-PARAM-INJECTION": P(M, 'resp, _ := http.Get(s.smsURL + "?to=" + phone', "security", "phone form value not URL-escaped: extra gateway parameters (recipient, text) can be injected"),
    "SMS-NO-TIMEOUT": P(M, 'resp, _ := http.Get(s.smsURL + "?to=" + phone', "bug", "extra, one agent: default client has no timeout, a hung gateway piles up goroutines"),
    "PRINT-CMD": P(M, 'cmd := exec.Command("sh", "-c", "lp -d "+printer', "security", "printer query value and tag concatenated into a sh -c command line", "source-vs-sink"),
    "PRINT-ERR": P(M, "\tcmd.Run()", "bug", "lp exit status ignored: 204 even when nothing was printed"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "extra, one agent: server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("SCAN-RACE", "SCAN-STATUS"),
    ("FLIGHT-SQLI", "ROWS-LEAK"),
    ("FLIGHT-SQLI", "ERR-LEAK"),
    ("ROWS-LEAK", "ERR-LEAK"),
    ("ROWS-SCAN-ERR", "NEG-OFFSET"),
    ("NEG-OFFSET", "PAGE-END"),
    ("PHOTO-TRAVERSAL", "PHOTO-NO-CLOSE"),
    ("PHOTO-TRAVERSAL", "MKDIR-PERMS"),
    ("SMS-NIL-RESP", "SMS-PARAM-INJECTION"),
    ("SMS-NIL-RESP", "SMS-NO-TIMEOUT"),
    ("PRINT-CMD", "PRINT-ERR"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the baggage tracker. It mixes an in-memory view of today's bags
        (guarded by a mutex that only some handlers take) with PostgreSQL for flights and claims, and it
        exposes passenger-facing endpoints (`/track`, `/claims`) next to staff ones without any
        authentication apart from the scanner key.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 8 |
        | low | 2 |

        The crash risks deserve as much attention as the injections: several handlers can panic on
        ordinary input (short flight lists, unknown belt names, a failed SMS call), and the unsynchronised
        map in `handleScan` will eventually take the whole process down with `concurrent map writes`.
        """,
        Block([
            F("FLIGHT-SQLI", "critical", "security", "SQL injection in `handleFlightBags`",
              "Use placeholders: `s.db.Query(\"... WHERE flight = $1 AND status = $2\", flight, status)`.",
              symbol="Server.handleFlightBags", conf=0.95),
            F("PRINT-CMD", "critical", "security", "Shell command injection through `printer`",
              "Call `exec.Command(\"lp\", \"-d\", printer, path)` and validate `printer` against the configured desks.",
              symbol="Server.handlePrintTag", conf=0.95),
            F("SCAN-RACE", "critical", "bug", "`handleScan` writes the shared `bags` map without the mutex",
              "Take `s.mu` around the lookup, insert and field updates, as `handleTrack` does; concurrent scanners will trigger `fatal error: concurrent map writes`.",
              symbol="Server.handleScan", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Claim photo path is built from form input",
              "`claim` can be `../../etc/...`; validate it as a claim reference and use a generated file name.",
              symbol="Server.handleClaimPhoto", conf=0.85),
            F("PHOTO-NO-CLOSE", "medium", "resource-leak", "Uploaded photo file is never closed",
              "`defer out.Close()` after a successful `os.Create`, and check the error of `Close`.",
              symbol="Server.handleClaimPhoto", conf=0.85),
            F("TRACK-PII", "high", "security", "Public tracking endpoint returns passenger name and PNR",
              "Require the PNR or surname alongside the tag and return only status and location.",
              symbol="Server.handleTrack", conf=0.8),
            F("CLAIM-IDOR", "high", "security", "Claim lookup ignores the `pnr` the route documents",
              "Add `AND pnr = $2` with the query value; today any claim id returns the passenger's phone number.",
              symbol="Server.handleClaim", conf=0.85),
            F("CLAIM-REF-RAND", "medium", "security", "Claim references are short and predictable",
              "Use `crypto/rand` and a longer reference; with `handleClaim` keyed on the id alone they can be enumerated.",
              symbol="Server.handleNewClaim", conf=0.7),
            F("SMS-NIL-RESP", "high", "bug", "SMS goroutine dereferences a nil response",
              "Check the error from `http.Get` before `resp.Body.Close()`; a panic in this goroutine terminates the server.",
              d=+1, symbol="Server.handleNewClaim", conf=0.9),
            F("SMS-PARAM-INJECTION", "medium", "security", "Phone number is not URL-encoded",
              "Build the query with `url.Values{\"to\": {phone}, \"text\": {msg}}.Encode()`.",
              symbol="Server.handleNewClaim", conf=0.75),
            F("ROWS-LEAK", "medium", "resource-leak", "`rows` is never closed",
              "`defer rows.Close()` right after the error check.",
              symbol="Server.handleFlightBags", conf=0.9),
            F("ROWS-SCAN-ERR", "low", "bug", "`rows.Scan` error is ignored",
              "Check the error and `rows.Err()` after the loop.",
              symbol="Server.handleFlightBags", conf=0.75),
            F("PAGE-END", "high", "bug", "Paging panics on the last (or only) page",
              "Clamp the end as well: `end := min(offset+pageSize, len(list))`; a flight with 12 bags panics with `slice bounds out of range`.",
              symbol="Server.handleFlightBags", conf=0.9),
            F("BELT-RLOCK", "medium", "bug", "`beltFor` mutates maps while holding only `RLock`",
              "Use `s.beltMu.Lock()` (or re-check under the write lock); several readers can assign belts at once.",
              d=-1, n=3, symbol="Server.beltFor", conf=0.85),
            F("CAROUSEL-LOOP", "medium", "bug", "`carouselNumber` indexes past the end of `carousels`",
              "Iterate `for i, c := range s.carousels` and return `i + 1`; the current loop skips B1 and panics for an unknown name.",
              symbol="Server.carouselNumber", conf=0.85),
            F("ARRIVED-UNKNOWN-BELT", "medium", "bug", "Unknown `belt` name makes `handleArrived` index `carousels[-1]`",
              "Return 400 when `carouselNumber` gives 0.",
              symbol="Server.handleArrived", conf=0.75),
            F("COMP-FLOOR", "medium", "bug", "Interim allowance misses the started day",
              "The constant says each started day counts, but `days` is floored, so a passenger gets nothing for the first 24 hours. Use `int(math.Ceil(hours / 24))`.",
              d=+1, symbol="Server.handleClaim", conf=0.7),
            F("SCAN-STATUS", "low", "bug", "Scanner status is stored without validation",
              "Accept only the known statuses (`checked_in`, `loaded`, `transfer`, `on_carousel`, `mishandled`).",
              symbol="Server.handleScan", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go; 15 findings, most severe first. Did not run `go vet` or `go test -race` (no toolchain in the sandbox).",
        Block([
            F("FLIGHT-SQLI", "critical", "security", "SQL built with fmt.Sprintf from path/query values", "Placeholders $1/$2.", d=-1),
            F("PRINT-CMD", "critical", "security", "sh -c with unsanitised printer name", "exec.Command(\"lp\", \"-d\", printer, file).", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "FormValue(\"claim\") used as a directory name", "Validate claim id format.", d=-3),
            F("SCAN-RACE", "high", "bug", "handleScan mutates s.bags without holding s.mu", "Lock s.mu.", d=-3),
            F("BELT-RLOCK", "high", "bug", "map writes under RLock in beltFor", "Use Lock for the assignment path."),
            F("TRACK-PII", "medium", "security", "handleTrack exposes PNR/passenger to anyone with a tag", "Return a reduced view; require PNR.", d=-2),
            F("CLAIM-IDOR", "medium", "security", "handleClaim never checks pnr", "WHERE id = $1 AND pnr = $2.", d=-2),
            F("SMS-NIL-RESP", "high", "bug", "ignored http.Get error -> nil deref in goroutine", "if err != nil { log; return }"),
            F("PAGE-END", "high", "bug", "slice end not clamped -> panic", "end := min(offset+pageSize, len(list))."),
            F("NEG-OFFSET", "medium", "bug", "negative offset panics; Atoi error dropped", "Reject offset < 0."),
            F("CAROUSEL-LOOP", "medium", "bug", "carouselNumber: s.carousels[len] out of range", "range loop, return i+1.", d=+1),
            F("ROWS-LEAK", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("PHOTO-NO-CLOSE", "low", "bug", "os.Create handle leaked", "defer out.Close()."),
            F("COMP-FLOOR", "low", "bug", "allowance day count truncates", "Round up."),
            F("PRINT-ERR", "low", "bug", "cmd.Run error ignored", "Return 502 on failure."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the baggage tracking service. It is a single-file Go HTTP server that keeps an
        in-memory map of scanned bags and stores flights and claims in PostgreSQL.

        ## Security Findings
        """,
        Block([
            F("FLIGHT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Flight Baggage Listing",
              "Use parameterized queries with `$1` and `$2`.",
              desc="Both `flight` and `status` are interpolated into the query with `fmt.Sprintf`."),
            F("ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message."),
            F("PRINT-CMD", "CRITICAL", "Command Injection", "Command Injection in Tag Printing",
              "Avoid `sh -c`; pass arguments directly to `lp`.", d=-2),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Claim Photo Upload",
              "Sanitize the claim identifier.", d=-2),
            F("MKDIR-PERMS", "MEDIUM", "Insecure Permissions", "World-Writable Upload Directory",
              "Use `0o750` and handle the error."),
            F("TRACK-PII", "HIGH", "Information Disclosure", "Passenger Data Exposed via Tracking Endpoint",
              "Do not return passenger name and PNR from the public endpoint."),
            F("CLAIM-IDOR", "HIGH", "Broken Access Control", "Missing Authorization on Claim Retrieval",
              "Verify the PNR before returning the claim."),
            F("CLAIM-REF-RAND", "MEDIUM", "Insecure Randomness", "Predictable Claim References",
              "Use `crypto/rand`."),
            F("SMS-PARAM-INJECTION", "MEDIUM", "Injection", "Unescaped Phone Number in SMS Gateway URL",
              "Escape all query parameters with `url.Values`."),
            F("NO-TIMEOUTS", "LOW", "Denial of Service", "HTTP Server Without Timeouts",
              "Use an `http.Server` with `ReadTimeout` and `WriteTimeout`."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Findings
        """,
        Block([
            F("SCAN-RACE", "HIGH", "Race Condition", "Data Race on Bag Records",
              "Protect all access to `s.bags` and the bag fields with `s.mu`.", d=+2),
            F("BELT-RLOCK", "MEDIUM", "Race Condition", "Write Operations Under Read Lock",
              "Use the write lock when assigning a belt.", d=-3),
            F("PAGE-END", "HIGH", "Resource Management", "Slice Bounds Panic in Pagination",
              "Clamp both ends of the slice.", d=-1,
              desc="`min` limits the offset, but `offset+pageSize` can still exceed `len(list)`."),
            F("NEG-OFFSET", "MEDIUM", "Input Validation", "Negative Offset Causes Panic",
              "Reject negative offsets."),
            F("CAROUSEL-LOOP", "MEDIUM", "Logic Error", "Index Out of Range in Carousel Lookup",
              "Iterate from 0 to `len-1`.", d=+1),
            U({"severity": "INFO", "category": "Style", "description": "main.go is long; consider splitting handlers into files."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        review of main.go:
        """,
        Block([
            F("FLIGHT-SQLI", "error", "security", "sql injection in flight bags query", "use $1/$2 args", d=-1),
            F("PRINT-CMD", "error", "security", "command injection via printer param", "no sh -c"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in claim photo upload", "validate claim id"),
            F("SCAN-RACE", "error", "", "bags map written without lock", "lock s.mu"),
            F("PAGE-END", "warning", "bug", "pagination slice can go out of range", "clamp end"),
            F("SMS-NIL-RESP", "warning", "bug", "nil resp panic when sms gateway fails", "check err", d=+1),
        ], fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection: SQL injection in the flight listing, shell injection in tag printing, path traversal in
           photo uploads.
        2. Concurrency: unsynchronised access to the bag map and to the carousel maps.
        3. Crashes: slice bounds, carousel index and nil response panics.
        4. Data exposure: tracking and claim endpoints.
        5. Resource leaks: database rows, uploaded files, SMS goroutines.
        """,
        Block([
            F("FLIGHT-SQLI", "blocker", "security", "SQL injection via flight and status", "Use query parameters.", conf=0.95),
            F("ROWS-LEAK", "major", "resource-leak", "sql.Rows not closed", "defer rows.Close().", conf=0.9),
            F("ROWS-SCAN-ERR", "minor", "correctness", "Scan errors silently ignored", "Handle the error from rows.Scan.", conf=0.7),
            F("PAGE-END", "major", "correctness", "Slice bounds out of range in pagination", "Limit end to len(list).", conf=0.85),
            F("PRINT-CMD", "blocker", "security", "Command injection in handlePrintTag", "Do not use a shell.", conf=0.9),
            F("PRINT-ERR", "minor", "reliability", "Print command result ignored", "Check cmd.Run error.", conf=0.6),
            F("PHOTO-TRAVERSAL", "major", "security", "Unvalidated claim id in file path", "Validate the claim parameter.", d=-3, conf=0.8),
            F("PHOTO-NO-CLOSE", "minor", "resource-leak", "File handle not closed after upload", "Close the file.", conf=0.8),
            F("MKDIR-PERMS", "minor", "security", "Directory permissions too permissive", "Use 0750.", conf=0.6),
            F("SCAN-RACE", "blocker", "concurrency", "Scan counter and map updated without synchronization", "Use s.mu in handleScan.", d=+3, conf=0.85),
            F("SCAN-STATUS", "minor", "correctness", "Scan status not validated", "Validate against known statuses.", d=-1, sd=0, conf=0.5),
            F("BELT-RLOCK", "major", "concurrency", "Carousel load counter modified under read lock", "Use a write lock.", d=+1, conf=0.8),
            F("CAROUSEL-LOOP", "major", "correctness", "Off-by-one in carousel lookup loop", "Start at 0 and stop before len.", conf=0.85),
            F("ARRIVED-UNKNOWN-BELT", "major", "correctness", "Index -1 when belt name is unknown", "Validate the carousel number.", conf=0.7),
            F("TRACK-PII", "major", "security", "Tracking endpoint leaks passenger details", "Return only public fields.", d=-2, conf=0.75),
            F("COMP-FLOOR", "minor", "correctness", "Off-by-one in allowance day count", "Count started days.", conf=0.65),
            F("SMS-NIL-RESP", "major", "reliability", "Nil pointer dereference on SMS failure", "Check the error before using resp.", d=+1, conf=0.85),
            F("SMS-NO-TIMEOUT", "minor", "resource-leak", "SMS request has no timeout", "Use an http.Client with Timeout.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 3 blocker, 8 major, 7 minor"),
    ]),
}
