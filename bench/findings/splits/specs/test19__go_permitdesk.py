"""test19/go-permitdesk: a municipal building-permit office (Go, net/http + SQLite). Frozen test split.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test19: seeded problems in a small building-permit office service; five agents' answers written by hand."
)

H = "handlers.go"
I = "inspections.go"
PROBLEMS = {
    "FEE-TIER-BOUNDARY": P(H, "case area < 50:", "bug", "tier bounds exclusive though the schedule says 'up to': 50 m2 and 200 m2 land in the next tier", "off-by-one"),
    "AREA-NEGATIVE": P(H, "a.Fee = feeFor(a.FloorArea)", "bug", "zero or negative floor area accepted: cheapest fee"),
    "SUBMIT-STATUS": P(H, "a.Parcel, a.Applicant, a.Email, a.Kind, a.FloorArea, a.Fee, a.Status)", "security", "status taken from the applicant's JSON: an application can be submitted as approved"),
    "LIST-SQLI-STATUS": P(H, "q := fmt.Sprintf(\"SELECT id, parcel", "security", "status query value formatted into the SQL", "source-vs-sink"),
    "LIST-SQLI-PARCEL": P(H, "q := fmt.Sprintf(\"SELECT id, parcel", "security", "parcel query value formatted into the LIKE pattern"),
    "LIST-ROWS-LEAK": P(H, "rows, err := s.db.Query(q)", "bug", "rows never closed: connections leak"),
    "LIST-ERR-LEAK": P(H, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (with the SQL) returned to the client"),
    "LIST-SCAN-IGNORED": P(H, "rows.Scan(&a.ID, &a.Parcel, &a.Applicant", "bug", "Scan errors and rows.Err ignored: zero-valued rows returned (extra, one agent)"),
    "UPLOAD-TRAVERSAL": P(H, "dst := filepath.Join(s.docDir, id, name)", "security", "sheet form value joined into the document path: write outside docDir", "source-vs-sink"),
    "UPLOAD-CREATE-ERR": P(H, "out, _ := os.Create(dst)", "bug", "os.Create error ignored: 201 although nothing was saved"),
    "UPLOAD-NOT-CLOSED": P(H, "io.Copy(out, file)", "bug", "neither file is closed and the copy error is ignored: descriptors leak, truncated drawings accepted"),
    "DOWNLOAD-TRAVERSAL": P(H, "http.ServeFile(w, r, filepath.Join(s.docDir, p))", "security", "path query value joined to docDir: any file readable, no auth", "signature-vs-statement"),
    "DOWNLOAD-NO-AUTH": P(H, "func (s *Server) Download(", "security", "document download has no authentication: anyone can fetch applicants' plans"),
    "DECIDE-ROLE-HEADER": P(H, "if r.Header.Get(\"X-Role\") != \"reviewer\"", "security", "reviewer role asserted by a client header"),
    "DECIDE-DECODE-ERR": P(H, "Decode(&d)", "bug", "decode error ignored: an empty body sets status to empty string"),
    "DECIDE-ANY-STATUS": P(H, "UPDATE applications SET status = ?, note = ?", "bug", "decision not validated and current state not checked: any status, issued permits reverted"),
    "PERMIT-NO-AUTH": P(H, "func (s *Server) IssuePermit(", "security", "permit issuing has no authentication or role check"),
    "PERMIT-NOT-APPROVED": P(H, "SELECT id, applicant, parcel, status FROM applications", "bug", "status read but never checked: permits issued for pending or rejected applications", "signature-vs-statement"),
    "PERMIT-SEQ-RESTART": P(H, "s.nextSeq++", "bug", "permit sequence kept only in memory: numbering restarts at 1 after every restart, numbers repeat"),
    "PERMIT-SEQ-RACE": P(H, "number := fmt.Sprintf(\"BP-%d", "bug", "nextSeq and stats updated without s.mu: duplicate permit numbers, concurrent map writes", "critical-section"),
    "PERMIT-CMD": P(H, "cmd := exec.Command(\"sh\", \"-c\"", "security", "applicant name and parcel run through sh -c"),
    "SLOT-RANGE": P(I, "b.Slot > maxPerInspector", "bug", "slot == maxPerInspector accepted: seven slots a day", "off-by-one"),
    "BOOK-RACE": P(I, "if n < maxPerInspector {", "bug", "count read and written under two separate locks: overbooking, lost updates", "critical-section"),
    "BOOK-COUNT-NOT-UNDONE": P(I, "_, err = s.db.Exec(\"INSERT INTO inspections", "bug", "counter incremented before the insert and not undone when it fails"),
    "SLOT-DOUBLE": P(I, "b.Application, b.Inspector, b.Date, b.Slot)", "bug", "nothing checks that the slot is free: two inspections in one slot"),
    "STATS-RACE": P(I, "json.NewEncoder(w).Encode(s.stats)", "bug", "stats map read without s.mu while handlers write it (extra, one agent)"),
}

CONFUSABLE = [
    ("LIST-SQLI-STATUS", "LIST-SQLI-PARCEL"),
    ("LIST-SQLI-STATUS", "LIST-ROWS-LEAK"),
    ("LIST-ROWS-LEAK", "LIST-ERR-LEAK"),
    ("AREA-NEGATIVE", "SUBMIT-STATUS"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-CREATE-ERR"),
    ("UPLOAD-CREATE-ERR", "UPLOAD-NOT-CLOSED"),
    ("DECIDE-DECODE-ERR", "DECIDE-ANY-STATUS"),
    ("PERMIT-NO-AUTH", "PERMIT-NOT-APPROVED"),
    ("PERMIT-SEQ-RACE", "PERMIT-CMD"),
    ("PERMIT-SEQ-RESTART", "PERMIT-SEQ-RACE"),
    ("DOWNLOAD-NO-AUTH", "DOWNLOAD-TRAVERSAL"),
    ("LIST-SQLI-PARCEL", "LIST-ERR-LEAK"),
    ("BOOK-COUNT-NOT-UNDONE", "SLOT-DOUBLE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, `handlers.go` and `inspections.go`. The service has no real authentication: the
        reviewer check trusts a request header and permit issuing has no check at all. On top of that there
        are injection and path problems in the listing, upload, download and PDF rendering, and the in-memory
        counters are updated outside (or across) the mutex.

        | Severity | Count |
        |---|---|
        | critical | 4 |
        | high | 6 |
        | medium | 5 |
        | low | 1 |
        """,
        Block([
            F("LIST-SQLI-STATUS", "critical", "security", "SQL injection through `status` in `List`",
              "Use placeholders: `WHERE status = ? AND parcel LIKE ?` with `parcel + \"%\"`.", symbol="Server.List", conf=0.95),
            F("LIST-ROWS-LEAK", "medium", "bug", "`rows` is never closed in `List`",
              "Add `defer rows.Close()` after the error check; every listing keeps a connection busy.", symbol="Server.List", conf=0.85),
            F("DECIDE-ROLE-HEADER", "critical", "security", "Reviewer authorisation relies on a client-supplied `X-Role` header",
              "Authenticate reviewers (session or signed token) and derive the role server-side.", symbol="Server.Decide", conf=0.9),
            F("DECIDE-ANY-STATUS", "medium", "bug", "`Decide` writes any `decision` string as the status",
              "Accept only `approved`/`rejected`, and only for applications `under_review`; today an issued permit can be set back to pending.",
              symbol="Server.Decide", conf=0.75),
            F("PERMIT-NO-AUTH", "critical", "security", "`IssuePermit` can be called by anyone",
              "Put it behind the same (real) reviewer authentication as `Decide`.", symbol="Server.IssuePermit", conf=0.85),
            F("PERMIT-NOT-APPROVED", "high", "bug", "Permits are issued regardless of the application's status",
              "`a.Status` is scanned but never checked; return 409 unless it is `approved`.", symbol="Server.IssuePermit", conf=0.85),
            F("PERMIT-SEQ-RACE", "high", "bug", "Data race on `nextSeq` and `stats` in `IssuePermit`",
              "Hold `s.mu` while incrementing and formatting; concurrent requests can get the same permit number, and unsynchronised map writes crash the process.",
              d=-1, n=3, symbol="Server.IssuePermit", conf=0.85),
            F("PERMIT-CMD", "critical", "security", "Shell command built with the applicant's name",
              "Use `exec.Command(\"permit-render\", \"--number\", number, \"--holder\", a.Applicant, ...)` and write stdout to the file from Go.",
              symbol="Server.IssuePermit", conf=0.9),
            F("UPLOAD-TRAVERSAL", "high", "security", "Upload path built from the `sheet` form value",
              "Reject names containing path separators (`filepath.Base(name) != name`) and check the result stays under `docDir`.",
              symbol="Server.Upload", conf=0.9),
            F("UPLOAD-NOT-CLOSED", "medium", "bug", "Uploaded file and destination are never closed",
              "`defer file.Close()` and close `out`, checking the error of `io.Copy` and `Close`.", symbol="Server.Upload", conf=0.8),
            F("DOWNLOAD-TRAVERSAL", "high", "security", "`/documents?path=` serves arbitrary files",
              "`filepath.Join` cleans `../` upward; verify the joined path is inside `docDir` (and require authentication).",
              symbol="Server.Download", conf=0.9),
            F("SUBMIT-STATUS", "high", "security", "Applicants choose their own application status",
              "Ignore `status` from the request and insert `submitted`.", symbol="Server.Submit", conf=0.8),
            F("FEE-TIER-BOUNDARY", "medium", "bug", "Fee tiers exclude their upper bound",
              "The schedule says 'up to 50 m2'/'up to 200 m2'; use `<=` so 50 m2 costs 300, not 900.", symbol="feeFor", conf=0.8),
            F("SLOT-RANGE", "medium", "bug", "Slot validation allows `maxPerInspector`",
              "Use `b.Slot >= maxPerInspector`; slots are 0-based.", symbol="Server.BookInspection", conf=0.85),
            F("BOOK-RACE", "high", "bug", "Inspection capacity check is not atomic",
              "The count is read under one lock and written under another; two requests can both see 5 and book a 7th inspection. Do read-check-increment under one lock.",
              d=-2, symbol="Server.BookInspection", conf=0.8),
            F("BOOK-COUNT-NOT-UNDONE", "low", "bug", "Booking counter is not rolled back when the insert fails",
              "Increment after a successful insert or decrement on error.", symbol="Server.BookInspection", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "permitdesk: 16 findings. `go vet` and `-race` not run (no toolchain in the sandbox).",
        Block([
            F("PERMIT-CMD", "critical", "security", "sh -c with applicant name in IssuePermit", "exec without shell."),
            F("LIST-SQLI-STATUS", "critical", "security", "Query params status/parcel built into SQL via Sprintf", "Placeholders.", d=-2),
            F("DOWNLOAD-TRAVERSAL", "high", "security", "Download: arbitrary file read", "Confine to docDir.", d=-2),
            F("UPLOAD-TRAVERSAL", "high", "security", "Upload: sheet name not sanitised", "filepath.Base + check.", d=-1),
            F("DECIDE-ROLE-HEADER", "high", "security", "X-Role header is attacker-controlled", "Real auth."),
            F("SUBMIT-STATUS", "medium", "security", "Submit persists client-provided Status", "Force status=submitted."),
            F("PERMIT-NOT-APPROVED", "high", "bug", "IssuePermit does not require approved status", "Check a.Status."),
            F("PERMIT-SEQ-RACE", "medium", "concurrency", "Duplicate permit numbers under concurrency", "Lock s.mu."),
            F("DECIDE-DECODE-ERR", "low", "bug", "Decide ignores JSON decode error", "Return 400."),
            F("LIST-ROWS-LEAK", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("LIST-SCAN-IGNORED", "low", "bug", "rows.Scan error ignored; rows.Err() unchecked", "Handle both."),
            F("UPLOAD-CREATE-ERR", "medium", "bug", "os.Create error discarded", "Check err."),
            F("FEE-TIER-BOUNDARY", "low", "bug", "feeFor boundaries exclusive (50 m2 -> 900)", "<=."),
            F("SLOT-RANGE", "medium", "bug", "Slot upper bound off by one", ">= maxPerInspector."),
            F("BOOK-RACE", "medium", "concurrency", "booked[key] read/modify/write split across two critical sections",
              "Single lock scope.", d=-1),
            F("STATS-RACE", "medium", "concurrency", "Stats reads s.stats without s.mu", "Copy under lock."),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the building-permit service. It is a small Go HTTP server that stores
        applications in SQLite, accepts plan documents and books inspections.

        **Summary of findings**

        The most serious problems are the lack of proper authentication and authorization for the staff
        operations, several injection vulnerabilities (SQL injection and OS command injection), and path
        traversal in both document endpoints. There are also concurrency issues around the shared maps and
        a number of places where errors are silently ignored.
        """,
        Block([
            F("LIST-SQLI-STATUS", "critical", "SQL Injection", "SQL Injection via status Parameter",
              "Use parameterized queries with `?` placeholders.",
              desc="The `status` value from the query string is inserted into the SQL string with `fmt.Sprintf`."),
            F("LIST-SQLI-PARCEL", "critical", "SQL Injection", "SQL Injection via parcel Parameter",
              "Bind `parcel` as a parameter."),
            F("LIST-ERR-LEAK", "low", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message."),
            F("DOWNLOAD-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Document Download",
              "Validate that the resolved path is within the documents directory."),
            F("DOWNLOAD-NO-AUTH", "medium", "Broken Access Control", "Document Endpoint Is Unauthenticated",
              "Require an authenticated session before serving plan documents."),
            F("UPLOAD-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Document Upload",
              "Sanitize the `sheet` value."),
            F("UPLOAD-NOT-CLOSED", "medium", "Resource Management", "File Handles Are Never Closed",
              "Close both files with `defer`."),
            F("PERMIT-CMD", "critical", "Command Injection", "OS Command Injection in Permit Rendering",
              "Do not use `sh -c`; pass arguments directly."),
            F("DECIDE-ROLE-HEADER", "high", "Broken Access Control", "Role Check Based on Client Header",
              "Implement proper authentication."),
            F("PERMIT-NO-AUTH", "high", "Broken Access Control", "Missing Authorization on Permit Issuing",
              "Restrict permit issuing to authorized staff."),
            F("SUBMIT-STATUS", "medium", "Mass Assignment", "Client Can Set Application Status",
              "Set the status server-side.", d=-1, n=2),
            F("AREA-NEGATIVE", "low", "Business Logic", "Floor Area Not Validated",
              "Reject non-positive floor areas."),
            F("PERMIT-SEQ-RESTART", "medium", "Business Logic", "Permit Numbers Restart After a Server Restart",
              "Derive the sequence from the database (e.g. a sequence table) instead of an in-memory counter."),
            F("PERMIT-SEQ-RACE", "medium", "Race Condition", "Concurrent Map Writes on stats",
              "Protect `s.stats` and `s.nextSeq` with the mutex.", d=1),
            F("BOOK-RACE", "medium", "Race Condition", "Lost Updates in Inspection Booking Counter",
              "Hold the lock for the whole check-and-increment.", d=2,
              desc="Two requests can read the same `n` and both write `n + 1`, so the counter undercounts and the inspector gets overbooked."),
            F("SLOT-RANGE", "low", "Business Logic", "Slot Index Validation Allows One Extra Slot",
              "Use `>=` in the comparison.", d=-1, sd=0),
            U({"severity": "info", "category": "style", "description": "Exported handlers lack doc comments."}),
            F("SLOT-DOUBLE", "medium", "Business Logic", "Same Inspection Slot Can Be Booked Twice",
              "Add a unique constraint on (inspector, day, slot)."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "issues:",
        Block([
            F("LIST-SQLI-STATUS", "error", "security", "sql injection in List", "use ? placeholders", d=1),
            F("LIST-ROWS-LEAK", "warning", "", "rows not closed", "defer rows.Close()"),
            F("UPLOAD-TRAVERSAL", "error", "security", "path traversal on upload", "filepath.Base"),
            F("DOWNLOAD-TRAVERSAL", "error", "security", "path traversal on download", "check prefix"),
            F("PERMIT-NO-AUTH", "error", "security", "no auth on permit issue", "require reviewer"),
            F("PERMIT-CMD", "error", "security", "command injection via sh -c", "no shell"),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Critical**: SQL injection in the application listing, command injection in permit rendering.
        2. **Access control**: header-based reviewer role; documents readable and writable outside their folder.
        3. **Business rules**: permits for unapproved applications, fee tiers, inspection slots.
        4. **Concurrency**: non-atomic booking counter and permit numbering.
        """,
        Block([
            F("LIST-SQLI-STATUS", "blocker", "security", "SQL injection in application search", "Use prepared statements.", conf=0.9),
            F("LIST-SQLI-PARCEL", "major", "security", "Unescaped parcel filter in LIKE clause", "Bind the parcel value.", conf=0.8),
            F("LIST-ERR-LEAK", "minor", "security", "Internal error details returned in response", "Return a generic error.", conf=0.6),
            F("PERMIT-CMD", "blocker", "security", "Command injection in permit PDF generation", "Avoid the shell.", conf=0.9),
            F("DECIDE-ROLE-HEADER", "major", "security", "Spoofable reviewer role header", "Use server-side sessions.", conf=0.85),
            F("DECIDE-ANY-STATUS", "major", "correctness", "Decision value not validated", "Allow only approved/rejected.", conf=0.7),
            F("PERMIT-NOT-APPROVED", "major", "correctness", "Permit issued without approval check",
              "Check the application status first.", d=-3, conf=0.8),
            F("PERMIT-SEQ-RACE", "major", "concurrency", "Permit sequence not thread-safe", "Use the mutex or a DB sequence.", conf=0.8),
            F("UPLOAD-TRAVERSAL", "major", "security", "Directory traversal in upload", "Sanitize file names.", d=-1, conf=0.85),
            F("UPLOAD-CREATE-ERR", "minor", "reliability", "Ignored error from os.Create", "Handle the error.", conf=0.7),
            F("DOWNLOAD-TRAVERSAL", "major", "security", "Arbitrary file download", "Restrict to docDir.", conf=0.85),
            F("DOWNLOAD-NO-AUTH", "major", "security", "No authentication on document download", "Add authentication.", conf=0.7),
            F("SUBMIT-STATUS", "major", "security", "Status field accepted from client on submit", "Ignore client status.", conf=0.75),
            F("FEE-TIER-BOUNDARY", "minor", "correctness", "Fee at exactly 200 m2 uses the large-project tier",
              "Use <= 200 for the middle tier.", d=2, conf=0.7),
            F("SLOT-RANGE", "minor", "correctness", "Slot range check off by one", "Use >=.", conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Overbooking possible due to race condition", "Hold the lock across check and update.", conf=0.75),
            F("SLOT-DOUBLE", "minor", "data-integrity", "Duplicate slot bookings not prevented", "Add a uniqueness check.", d=-1, n=2, conf=0.65),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 10 major, 5 minor"),
    ]),
}
