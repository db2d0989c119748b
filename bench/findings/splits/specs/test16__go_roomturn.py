"""test16/go-roomturn: a hotel housekeeping service (Go, net/http + SQLite). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its tuning data, its scores, or any
other split's specs, answers or repositories apart from specs/tune2__py_snapctl.py (read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its tuning data or its scores. "
    "Frozen test split (test16): seeded problems in a small hotel housekeeping service; five agents' answers written by hand."
)

M = "main.go"
B = "board.go"
RO = "rota.go"
PROBLEMS = {
    "PIN-IN-QUERY": P(M, 'pin := r.URL.Query().Get("pin")', "security", "staff PIN sent in the URL query (logs, history, referrers)"),
    "PIN-BRUTE": P(M, "st, ok := s.pins[pin]", "security", "short PINs, no attempt limit or lockout: brute-forceable"),
    "FLOOR-SQLI": P(M, "rows, err := s.db.Query(query)", "security", "floor query value concatenated into SQL", "source-vs-sink", nth=0),
    "ROWS-LEAK": P(M, "rows, err := s.db.Query(query)", "bug", "rows never closed in handleRooms (connection leak)", nth=0),
    "SCAN-NULL-IGNORED": P(M, "rows.Scan(&num, &status, &who)", "bug", "Scan error ignored: NULL assigned_to fails the scan silently (extra, one agent)"),
    "ASSIGN-NO-ROLE": P(M, "if _, ok := s.staff(r); !ok {", "security", "assign is supervisor-only but any staff PIN passes (role never checked)", "signature-vs-statement", nth=1),
    "CLAIM-NIL": P(B, 'if st.ClaimedBy != "" {', "bug", "unknown room number: nil *RoomState dereferenced, handler panics"),
    "CLAIM-RACE": P(B, "st.ClaimedBy = attendant", "bug", "Claim reads and writes the board without b.mu: two attendants claim one room, racy map and counter", "critical-section"),
    "STATUS-UNVALIDATED": P(M, "\tjson.NewDecoder(r.Body).Decode(&body)", "bug", "status body unchecked: decode error ignored, any status string stored (attendants can set inspected)"),
    "STATUS-ANY-ROOM": P(M, 'UPDATE rooms SET status = ? WHERE number = ?", body.Status, number)', "security", "any attendant changes any room's status, not only rooms assigned to them"),
    "PHOTO-TRAVERSAL": P(M, "dst, _ := os.Create(filepath.Join(s.photoDir, name))", "security", "name form field joined to the photo dir: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-FILE-LEAK": P(M, "dst, _ := os.Create(filepath.Join(s.photoDir, name))", "bug", "Create error ignored (nil file) and dst never closed"),
    "SUMMARY-RACE": P(M, "s.summary = map[string]int{}", "bug", "summary cache fields written by concurrent handlers without a lock: concurrent map writes, duplicate recompute", "critical-section"),
    "EXPORT-NO-AUTH": P(M, 'rows, _ := s.db.Query("SELECT number, guest_name, notes FROM rooms', "security", "export of guest names and notes has no staff check at all", "signature-vs-statement"),
    "EXPORT-ERR-IGNORED": P(M, 'rows, _ := s.db.Query("SELECT number, guest_name, notes FROM rooms', "bug", "query error ignored: nil rows, panic in defer rows.Close()"),
    "PMS-BODY-LEAK": P(M, 'resp, err := http.Post(s.pmsURL+"/rooms/"+number+"/ready"', "bug", "PMS response body never closed; default client has no timeout"),
    "PMS-STATUS-IGNORED": P(M, 'log.Printf("pms: room %s ready (%s)", number, resp.Status)', "bug", "non-2xx PMS answers logged as success and errors dropped: room never marked sellable"),
    "CHECKOUT-TZ": P(RO, "now := time.Now()", "bug", "server-local time, not the hotel's time zone"),
    "CHECKOUT-HOUR": P(RO, "return now.Hour() > checkoutHour", "bug", "> instead of >=: departures released at 12:00, an hour late", "off-by-one"),
    "ROTA-SKIP-FIRST": P(RO, "for i := 1; i < len(rooms); i++ {", "bug", "loop starts at 1: the first dirty room is never assigned", "off-by-one"),
    "ROTA-NO-ATTENDANTS": P(RO, "a := attendants[i%len(attendants)]", "bug", "no attendant on shift: modulo by zero panics the release goroutine"),
}

CONFUSABLE = [
    ("PIN-IN-QUERY", "PIN-BRUTE"),
    ("FLOOR-SQLI", "ROWS-LEAK"),
    ("CLAIM-NIL", "CLAIM-RACE"),
    ("STATUS-UNVALIDATED", "STATUS-ANY-ROOM"),
    ("PHOTO-TRAVERSAL", "PHOTO-FILE-LEAK"),
    ("EXPORT-NO-AUTH", "EXPORT-ERR-IGNORED"),
    ("PMS-BODY-LEAK", "PMS-STATUS-IGNORED"),
    ("CHECKOUT-TZ", "CHECKOUT-HOUR"),
    ("ROTA-SKIP-FIRST", "ROTA-NO-ATTENDANTS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `roomturn`, a housekeeping service for hotel floor tablets: room lists, assignment, claiming
        and status updates, lost-and-found photos, a front-desk summary, a CSV export, and a background job that
        releases departures after checkout.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 7 |
        | low | 1 |

        The two critical items are the SQL injection in the room list and the unauthenticated export of guest
        names. Authorization is otherwise thin: a PIN in the query string is the only credential and roles are
        never checked. The in-memory board and the summary cache are shared across goroutines without locking.
        """,
        Block([
            F("FLOOR-SQLI", "critical", "security", "SQL injection via the `floor` query parameter",
              "Use a placeholder: `s.db.Query(\"SELECT ... WHERE floor = ?\", floor)`.",
              d=-1, symbol="Server.handleRooms", conf=0.95),
            F("ROWS-LEAK", "medium", "bug", "`rows` is never closed in `handleRooms`",
              "Add `defer rows.Close()` after the error check and check `rows.Err()` after the loop.",
              symbol="Server.handleRooms", conf=0.85),
            F("PIN-IN-QUERY", "high", "security", "Staff PIN is passed in the query string",
              "Send the PIN (or better, a session token) in a header; URLs end up in proxy and access logs.",
              symbol="Server.staff", conf=0.8),
            F("ASSIGN-NO-ROLE", "high", "security", "Room assignment is not restricted to supervisors",
              "`Staff.Role` is loaded but never checked; reject unless `st.Role == \"supervisor\"`.",
              d=-1, symbol="Server.handleAssign", conf=0.85),
            F("CLAIM-RACE", "high", "bug", "`Board.Claim` checks and sets `ClaimedBy` without holding `b.mu`",
              "Two attendants can claim the same room, and the unsynchronised map access and `b.claims++` are data races. Lock `b.mu` for the whole method like `MarkClean` does.",
              d=-3, symbol="Board.Claim", conf=0.9),
            F("STATUS-UNVALIDATED", "medium", "bug", "Status update accepts any value and ignores decode errors",
              "Check the decode error and allow only known transitions (attendants: cleaning/clean; supervisors: inspected/out-of-order).",
              symbol="Server.handleStatus", conf=0.75),
            F("STATUS-ANY-ROOM", "medium", "security", "Attendants can change the status of rooms not assigned to them",
              "Add `AND assigned_to = ?` for attendants.", symbol="Server.handleStatus", conf=0.65),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in the lost-and-found upload",
              "Generate the file name server-side, or use `filepath.Base` and verify the result stays in `photoDir`.",
              symbol="Server.handleLostFound", conf=0.9),
            F("PHOTO-FILE-LEAK", "medium", "bug", "Created file is never closed and its error is ignored",
              "Check the error from `os.Create`, `defer dst.Close()`, and check `io.Copy`'s error.",
              symbol="Server.handleLostFound", conf=0.8),
            F("SUMMARY-RACE", "medium", "bug", "Summary cache is mutated by concurrent requests",
              "`handleSummary` writes `s.summary` and `s.summaryAt` from many goroutines; Go will abort with `concurrent map writes`. Guard with a mutex and build the map in a local variable before publishing it.",
              d=-1, symbol="Server.handleSummary", conf=0.85),
            F("EXPORT-NO-AUTH", "critical", "security", "`/export.csv` exposes guest names and notes without authentication",
              "Require a supervisor PIN (or restrict to the internal network).",
              d=-1, symbol="Server.handleExport", conf=0.9),
            F("PMS-BODY-LEAK", "medium", "bug", "PMS response body is never closed",
              "`defer resp.Body.Close()` and use an `http.Client` with a timeout.", symbol="Server.notifyPMS", conf=0.8),
            F("CHECKOUT-HOUR", "medium", "bug", "Departures are released an hour after checkout",
              "`Hour() > 11` is first true at 12:00; use `>=`.", symbol="departuresDue", conf=0.8),
            F("ROTA-SKIP-FIRST", "high", "bug", "`assignRooms` never assigns the first room",
              "Start the loop at 0.", symbol="assignRooms", conf=0.9),
            F("ROTA-NO-ATTENDANTS", "low", "bug", "`assignRooms` panics when nobody is on shift",
              "Return early when `len(attendants) == 0`.", symbol="assignRooms", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "roomturn review: 13 findings (go vet not run; no toolchain in the sandbox).",
        Block([
            F("FLOOR-SQLI", "critical", "security", "handleRooms: floor query param flows into SQL string", "Parameterize.", d=-2),
            F("EXPORT-NO-AUTH", "critical", "security", "GET /export.csv has no auth check; leaks guest_name/notes", "Require supervisor."),
            F("PHOTO-TRAVERSAL", "high", "security", "lost&found: FormValue(\"name\") used as file path", "filepath.Base + random name.", d=-1),
            F("PIN-BRUTE", "high", "security", "PIN auth has no rate limit or lockout", "Limit attempts per IP/device."),
            F("ASSIGN-NO-ROLE", "high", "security", "handleAssign accepts any staff member, not only supervisors", "Check st.Role."),
            F("CLAIM-RACE", "high", "bug", "Board.Claim increments b.claims and mutates map entries without the mutex", "Lock b.mu.", d=+2),
            F("CLAIM-NIL", "medium", "bug", "Board.Claim nil-derefs when the room number is unknown", "Check ok from the map lookup."),
            F("STATUS-ANY-ROOM", "medium", "security", "handleStatus lets any attendant update any room", "Scope by assigned_to."),
            F("SUMMARY-RACE", "medium", "bug", "Data race on s.summary/s.summaryAt in handleSummary", "sync.Mutex."),
            F("PMS-STATUS-IGNORED", "low", "bug", "notifyPMS treats any HTTP status as success and swallows errors", "Check resp.StatusCode; log err."),
            F("CHECKOUT-HOUR", "medium", "bug", "departuresDue uses > instead of >=", ">= checkoutHour."),
            F("ROTA-SKIP-FIRST", "high", "bug", "assignRooms skips rooms[0]", "i := 0.", d=+2),
            F("ROTA-NO-ATTENDANTS", "medium", "bug", "i % len(attendants) panics with zero attendants", "Guard."),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `roomturn` hotel housekeeping service. The application is written in
        Go using the standard `net/http` router with Go 1.22 path patterns and SQLite via `go-sqlite3`.

        ## Security Findings
        """,
        Block([
            F("FLOOR-SQLI", "Critical", "SQL Injection", "SQL Injection in Room Listing",
              "Use parameterized queries."),
            F("EXPORT-NO-AUTH", "High", "Broken Access Control", "Unauthenticated Access to Guest Data Export",
              "Add authentication and authorization to the export handler.",
              desc="The CSV export includes guest names and housekeeping notes and can be downloaded by anyone who can reach the server."),
            F("PHOTO-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Lost and Found Upload",
              "Sanitize the file name.", d=-1,
              desc="The `name` form value is read from the request and joined to the photo directory, so `../../` sequences escape it."),
            F("PIN-IN-QUERY", "Medium", "Sensitive Data Exposure", "Staff PIN Transmitted in URL",
              "Move the PIN to a request header."),
            F("ASSIGN-NO-ROLE", "Medium", "Broken Access Control", "Missing Role Check on Room Assignment",
              "Verify the supervisor role.", d=-1),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Findings
        """,
        Block([
            F("CLAIM-RACE", "High", "Race Condition", "Race Condition in Room Claiming",
              "Acquire the board mutex in `Claim`."),
            F("CLAIM-NIL", "Medium", "Error Handling", "Nil Pointer Dereference for Unknown Rooms",
              "Check whether the room exists.", d=-1),
            F("SUMMARY-RACE", "High", "Race Condition", "Concurrent Map Writes in Summary Handler",
              "Protect the cached summary with a mutex."),
            F("STATUS-UNVALIDATED", "Medium", "Input Validation", "Unchecked JSON Decoding in Status Update",
              "Handle the decode error and validate the status."),
            F("ROWS-LEAK", "Medium", "Resource Management", "Database Rows Not Closed",
              "Defer `rows.Close()`."),
            F("EXPORT-ERR-IGNORED", "Medium", "Error Handling", "Ignored Query Error in CSV Export",
              "Handle the error before deferring `Close`."),
            U({"severity": "Low", "category": "Code Quality", "description": "writeJSON ignores the error returned by Encode."}),
            F("PMS-BODY-LEAK", "Low", "Resource Management", "HTTP Response Body Not Closed",
              "Close the body."),
            F("CHECKOUT-TZ", "Medium", "Logic Error", "Time Zone Not Considered for Checkout",
              "Use `time.Now().In(hotelLocation)`."),
            F("CHECKOUT-HOUR", "Low", "Logic Error", "Checkout Hour Comparison Is Off by One",
              "Use `>=`."),
            F("ROTA-SKIP-FIRST", "High", "Logic Error", "First Room Skipped in Assignment",
              "Start iterating at index 0.", d=+1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "issues:",
        Block([
            F("FLOOR-SQLI", "critical", "security", "sql injection in /rooms floor filter", "use ? placeholder"),
            F("PIN-IN-QUERY", "high", "security", "pin in query string", "header"),
            F("PHOTO-TRAVERSAL", "high", "security", "lost&found path traversal", "filepath.Base"),
            F("EXPORT-NO-AUTH", "critical", "security", "export.csv is public", "auth check", d=-1),
            F("CLAIM-RACE", "high", "", "claim is not locked", "b.mu.Lock()", d=+1),
            F("CHECKOUT-TZ", "medium", "bug", "uses server timezone for checkout", "hotel tz"),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection and path traversal in request handlers.
        2. Weak authentication (brute-forceable PINs) and missing authorization checks.
        3. Data races on the in-memory board and summary cache.
        4. Resource leaks and ignored errors.
        5. Scheduling logic errors in the departure release job.
        """,
        Block([
            F("FLOOR-SQLI", "blocker", "security", "Concatenated SQL in handleRooms", "Use query parameters.", d=-1, conf=0.95),
            F("ROWS-LEAK", "major", "resource-leak", "sql.Rows not closed", "defer rows.Close().", conf=0.85),
            F("SCAN-NULL-IGNORED", "minor", "correctness", "Scan error ignored; NULL assigned_to breaks the row", "Use sql.NullString and check errors.", conf=0.6),
            F("PIN-BRUTE", "major", "security", "4-digit PIN authentication without throttling", "Add rate limiting.", conf=0.7),
            F("ASSIGN-NO-ROLE", "major", "security", "Authorization missing for supervisor-only assignment", "Check role.", conf=0.8),
            F("CLAIM-RACE", "blocker", "concurrency", "Unsynchronized access in Board.Claim", "Hold the mutex.", conf=0.9),
            F("STATUS-ANY-ROOM", "major", "security", "No ownership check on status update", "Restrict to assigned rooms.", conf=0.7),
            F("PHOTO-TRAVERSAL", "blocker", "security", "Directory traversal via photo name", "Sanitize the name.", conf=0.9),
            F("PHOTO-FILE-LEAK", "minor", "resource-leak", "File handle leak in lost-and-found upload", "Close the file.", conf=0.75),
            F("SUMMARY-RACE", "major", "concurrency", "Racy summary counters", "Use a mutex.", d=+2, conf=0.8),
            F("EXPORT-NO-AUTH", "blocker", "security", "Guest PII export without authentication", "Add auth.", conf=0.9),
            F("EXPORT-ERR-IGNORED", "major", "reliability", "Possible nil rows after ignored error", "Check err.", conf=0.7),
            F("PMS-BODY-LEAK", "minor", "resource-leak", "Response body leak in notifyPMS", "Close body.", conf=0.75),
            F("CHECKOUT-HOUR", "minor", "correctness", "Departures released one hour late", "Use >=.", d=-2, conf=0.7),
            F("ROTA-SKIP-FIRST", "major", "correctness", "Off-by-one in room assignment loop", "Start at 0.", conf=0.85),
            F("ROTA-NO-ATTENDANTS", "major", "reliability", "Modulo by zero when no attendants", "Check length.", conf=0.8),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 8 major, 4 minor"),
    ]),
}
