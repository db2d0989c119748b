"""test17/go-dentsched: a dental clinic scheduler (Go, net/http + database/sql). Frozen test split; labels next to
each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning sets or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split (test17): seeded problems in a dental clinic scheduler; five agents' answers written by hand."
)

M = "main.go"
SL = "slots.go"
R = "reminders.go"
PROBLEMS = {
    "AUTH-GET-OPEN": P(M, "if r.Method != http.MethodGet && r.Header.Get(\"X-Clinic-Key\") != s.apiKey {", "security", "GET requests skip the key check: patient search (names, phones, birth dates) and slots are public"),
    "AUTH-KEY-LOGGED": P(M, 'log.Printf("rejected key %q from %s"', "security", "rejected keys are written to the log verbatim (near-miss or rotated keys end up in log storage)"),
    "PATIENT-SQLI": P(M, "query := \"SELECT id, name, phone, dob FROM patients WHERE name ILIKE '%\" + name", "security", "name query value concatenated into the SQL text", "source-vs-sink"),
    "PATIENT-ROWS-LEAK": P(M, "rows, err := s.db.Query(query)", "bug", "rows never closed in searchPatients (no defer rows.Close()): connections leak from the pool"),
    "BOOK-DURATION-UNCHECKED": P(M, "end := b.Start.Add(time.Duration(b.DurationMin) * time.Minute)", "bug", "duration_min not validated: zero or negative durations give end <= start"),
    "BOOK-OVERLAP-WRONG": P(M, "AND start_at <= $2 AND end_at > $2`, b.DentistID, b.Start)", "bug", "clash query only tests the new start instant: an appointment starting during the new one is not seen"),
    "BOOK-DOUBLE-BOOKING-RACE": P(M, "if err != nil || clashes > 0 {", "bug", "clash check and INSERT are separate statements with no transaction or exclusion constraint: two requests book the same chair", "critical-section"),
    "CANCEL-STATUS-UNCHECKED": P(M, 'if err := s.db.QueryRow("SELECT start_at FROM appointments WHERE id = $1", id)', "bug", "cancel does not look at the status: an already cancelled or past appointment is cancelled again and charged another fee", "signature-vs-statement"),
    "CANCEL-HOURS-TRUNCATED": P(M, "if hoursLeft <= 24 {", "bug", "hours truncated to int and compared with <=: cancelling up to 25 hours ahead is charged the late fee", "off-by-one"),
    "CANCEL-UPDATE-ERROR-IGNORED": P(M, "s.db.Exec(\"UPDATE appointments SET status = 'cancelled'", "bug", "the UPDATE's error is ignored: the client is told the appointment is cancelled when it is not"),
    "XRAY-TRAVERSAL": P(M, "f, err := os.Create(filepath.Join(dir, name))", "security", "name query value joined to the x-ray dir: ../ writes anywhere the service can", "source-vs-sink"),
    "XRAY-DIR-WORLD-WRITABLE": P(M, "os.MkdirAll(dir, 0o777)", "security", "patient x-ray directories created 0777 (and files 0666 via os.Create)"),
    "SLOTS-LAST-MISSING": P(SL, "for t := open; t.Before(closing.Add(-slotLen)); t = t.Add(slotLen) {", "bug", "loop stops before closing - slotLen: the 16:30 slot is never offered", "off-by-one"),
    "SLOTS-TIME-MAP-KEY": P(SL, "if !busy[t] {", "bug", "time.Time used as a map key: scanned times (UTC) never equal the Europe/Dublin slot times, booked slots show as free"),
    "SLOT-CACHE-MAP-RACE": P(SL, "s.slotCache[key] = free", "bug", "slotCache read and written from concurrent handlers without s.mu: concurrent map writes crash the process"),
    "SLOT-CACHE-NEVER-INVALIDATED": P(SL, "s.slotCache[key] = free", "bug", "cached slots are never invalidated when an appointment is booked or cancelled: stale availability forever"),
    "REMINDER-COUNTER-RACE": P(R, "s.sent++", "bug", "s.sent incremented and read from many goroutines without the mutex", "critical-section"),
    "REMINDER-MARK-ERROR-IGNORED": P(R, 's.db.Exec("UPDATE appointments SET reminded = true', "bug", "error of marking reminded ignored: a failed update texts the patient again every 10 minutes"),
    "SMS-PARAMS-UNESCAPED": P(R, 'u := fmt.Sprintf("%s/send?to=%s&text=%s&key=%s"', "security", "phone and text (patient name) put in the query string without url.QueryEscape: & or # in a name injects or truncates gateway parameters", "signature-vs-statement"),
    "SMS-KEY-IN-URL": P(R, 'u := fmt.Sprintf("%s/send?to=%s&text=%s&key=%s"', "security", "SMS gateway key sent in the URL query string (logged by proxies and the gateway)"),
    "SMS-NO-TIMEOUT": P(R, "resp, err := http.Get(u)", "bug", "http.Get uses the default client with no timeout: a hung gateway piles up goroutines"),
    "SMS-BODY-NOT-CLOSED": P(R, "resp, err := http.Get(u)", "bug", "response body never closed: connections are not reused and leak"),
}

CONFUSABLE = [
    ("AUTH-GET-OPEN", "AUTH-KEY-LOGGED"),
    ("PATIENT-SQLI", "PATIENT-ROWS-LEAK"),
    ("BOOK-DURATION-UNCHECKED", "BOOK-OVERLAP-WRONG"),
    ("BOOK-OVERLAP-WRONG", "BOOK-DOUBLE-BOOKING-RACE"),
    ("CANCEL-HOURS-TRUNCATED", "CANCEL-UPDATE-ERROR-IGNORED"),
    ("XRAY-TRAVERSAL", "XRAY-DIR-WORLD-WRITABLE"),
    ("SLOTS-LAST-MISSING", "SLOTS-TIME-MAP-KEY"),
    ("SLOT-CACHE-MAP-RACE", "SLOT-CACHE-NEVER-INVALIDATED"),
    ("REMINDER-COUNTER-RACE", "REMINDER-MARK-ERROR-IGNORED"),
    ("SMS-PARAMS-UNESCAPED", "SMS-KEY-IN-URL"),
    ("SMS-NO-TIMEOUT", "SMS-BODY-NOT-CLOSED"),
    ("SMS-KEY-IN-URL", "SMS-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, `slots.go` and `reminders.go`. The service is small, but patient data is exposed in
        two ways (unauthenticated reads and SQL injection), and the booking path can double-book a dentist.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 3 |
        | medium | 6 |
        | low | 2 |

        The booking logic deserves a test suite of its own: the clash query, the slot loop and the cache each get
        availability wrong in a different way.
        """,
        Block([
            F("AUTH-GET-OPEN", "critical", "security", "`withKey` lets every GET request through unauthenticated",
              "Check the key for all methods; `GET /patients` returns names, phone numbers and birth dates.",
              symbol="Server.withKey", conf=0.9),
            F("PATIENT-SQLI", "critical", "security", "SQL injection in patient search",
              "Use a placeholder: `WHERE name ILIKE '%' || $1 || '%'` and pass `name`.",
              d=+1, symbol="Server.searchPatients", conf=0.95),
            F("PATIENT-ROWS-LEAK", "medium", "bug", "`searchPatients` never closes `rows`",
              "Add `defer rows.Close()` after the error check; every search currently holds a pool connection until GC.",
              symbol="Server.searchPatients", conf=0.85),
            F("XRAY-TRAVERSAL", "high", "security", "X-ray upload writes to a caller-chosen path",
              "`name` comes straight from the query string; reject anything that is not `filepath.Base(name)`, or generate the file name server-side.",
              symbol="Server.uploadXray", conf=0.85),
            F("BOOK-DOUBLE-BOOKING-RACE", "high", "bug", "Concurrent bookings can take the same slot",
              "Do the check and the insert in one transaction with `SELECT ... FOR UPDATE` on the dentist, or add an exclusion constraint on `tstzrange(start_at, end_at)` per dentist.",
              d=-2, n=2, symbol="Server.book", conf=0.85),
            F("BOOK-OVERLAP-WRONG", "high", "bug", "Clash query misses appointments that start inside the new one",
              "Test for interval overlap: `start_at < $3 AND end_at > $2` with the new end as `$3`.",
              symbol="Server.book", conf=0.85),
            F("CANCEL-HOURS-TRUNCATED", "medium", "bug", "Late-cancellation fee is charged up to 25 hours in advance",
              "`int(time.Until(start).Hours())` truncates 24h59m to 24; compare durations directly: `time.Until(start) < 24*time.Hour`.",
              d=-1, symbol="Server.cancel", conf=0.8),
            F("SLOTS-LAST-MISSING", "medium", "bug", "The last slot of the day is never listed",
              "Use `!t.Add(slotLen).After(closing)` as the loop condition; 16:30-17:00 is currently dropped.",
              symbol="Server.freeSlots", conf=0.8),
            F("SLOTS-TIME-MAP-KEY", "medium", "bug", "Busy-slot lookup uses `time.Time` as a map key",
              "Times from the driver and times built with `clinicTZ` carry different locations, so `==` (and map lookup) fails; key the map by `t.Unix()`.",
              symbol="Server.freeSlots", conf=0.75),
            F("SLOT-CACHE-MAP-RACE", "medium", "bug", "`slotCache` is accessed concurrently without locking",
              "Guard reads and writes with `s.mu` (it exists but is never used); concurrent map writes are a fatal runtime error.",
              symbol="Server.freeSlots", conf=0.85),
            F("REMINDER-COUNTER-RACE", "low", "bug", "`s.sent` is a data race",
              "Use `atomic.Int64` or take `s.mu`; `go test -race` will flag this.",
              symbol="Server.reminderLoop", conf=0.8),
            F("SMS-KEY-IN-URL", "medium", "security", "SMS gateway key is sent in the query string",
              "Use a header if the gateway supports one; at minimum build the URL with `url.Values` so nothing else can be injected.",
              symbol="Server.sendSMS", conf=0.7),
            F("SMS-BODY-NOT-CLOSED", "low", "bug", "Gateway response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Server.sendSMS", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go, slots.go, reminders.go — 11 findings.",
        Block([
            F("PATIENT-SQLI", "critical", "security", "SQLi: ?name= concatenated into patients query", "Use $1.", d=-1),
            F("AUTH-GET-OPEN", "high", "security", "withKey skips auth for GET", "Authenticate every method."),
            F("XRAY-TRAVERSAL", "high", "security", "uploadXray: ?name= used as file path", "filepath.Base + allow-list ext.", d=-3),
            F("BOOK-OVERLAP-WRONG", "high", "bug", "Overlap check only compares start", "start_at < end AND end_at > start.", d=-1),
            F("BOOK-DURATION-UNCHECKED", "medium", "bug", "DurationMin <= 0 accepted", "Validate 15..240."),
            F("CANCEL-STATUS-UNCHECKED", "medium", "bug", "cancel: no status check, fee can be charged repeatedly", "WHERE status = 'booked'.", d=-3),
            F("CANCEL-UPDATE-ERROR-IGNORED", "medium", "bug", "cancel ignores Exec error", "Check err and RowsAffected."),
            F("SLOT-CACHE-NEVER-INVALIDATED", "medium", "bug", "slotCache never invalidated after book/cancel", "Delete key on write or drop the cache."),
            F("REMINDER-MARK-ERROR-IGNORED", "medium", "bug", "reminded flag update error ignored -> repeated SMS", "Check error; mark before send."),
            F("SMS-PARAMS-UNESCAPED", "medium", "security", "sendSMS builds query string without escaping", "url.Values{}.Encode().", d=-2),
            F("SMS-NO-TIMEOUT", "low", "bug", "http.Get without timeout", "http.Client{Timeout: 10 * time.Second}."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the dental clinic scheduling service. Here is a breakdown of what I found.

        ## Security

        Patient data is the most sensitive asset here, and it is exposed through several paths.
        """,
        Block([
            F("AUTH-GET-OPEN", "Critical", "Broken Access Control", "Read Endpoints Bypass API Key Authentication",
              "Remove the `r.Method != http.MethodGet` exemption.",
              desc="Only state-changing methods are checked, so patient search and slot listing are public."),
            F("AUTH-KEY-LOGGED", "Medium", "Sensitive Data Exposure", "API Keys Written to Logs",
              "Do not log the submitted key; log a hash prefix at most."),
            F("PATIENT-SQLI", "Critical", "SQL Injection", "SQL Injection in Patient Search",
              "Use parameterized queries.", d=+1, sd=0),
            F("XRAY-TRAVERSAL", "High", "Path Traversal", "Arbitrary File Write via X-ray Upload",
              "Use `filepath.Base` on the name and verify the final path is inside the patient directory.", d=-3),
            F("XRAY-DIR-WORLD-WRITABLE", "Medium", "Insecure Permissions", "World-Writable X-ray Directories",
              "Use 0o750 for directories and 0o640 for files."),
            F("SMS-PARAMS-UNESCAPED", "Medium", "Injection", "Unescaped Parameters in SMS Gateway URL",
              "Build the query with `url.Values`."),
            U({"severity": "Low", "category": "Best Practice", "suggestion": "Use structured logging (log/slog)."}),
        ], wrap="list"),
        """
        ## Reliability and Correctness
        """,
        Block([
            F("BOOK-DOUBLE-BOOKING-RACE", "High", "Race Condition", "Double Booking Under Concurrent Requests",
              "Use a serializable transaction or a database constraint.", d=-1, sd=-2, n=2,
              desc="Two requests for the same slot can both see zero clashes before either inserts."),
            F("CANCEL-HOURS-TRUNCATED", "Medium", "Business Logic", "Cancellation Fee Window Is Inaccurate",
              "Compare `time.Duration` values instead of truncated hours."),
            F("SLOTS-TIME-MAP-KEY", "High", "Logic Error", "Booked Slots Reported as Available",
              "Normalize both times to UTC (or use Unix seconds) before using them as map keys."),
            F("SLOT-CACHE-MAP-RACE", "High", "Concurrency", "Concurrent Map Access in Slot Cache",
              "Protect `slotCache` with the existing mutex or use `sync.Map`."),
            F("REMINDER-COUNTER-RACE", "Medium", "Concurrency", "Data Race on Reminder Counter",
              "Use `sync/atomic`.", d=+1),
            F("SMS-NO-TIMEOUT", "Medium", "Reliability", "HTTP Client Without Timeout",
              "Configure a client timeout."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "review done, 6 issues:",
        Block([
            F("PATIENT-SQLI", "error", "security", "sql injection in searchPatients", "use placeholders"),
            F("PATIENT-ROWS-LEAK", "warning", "bug", "rows not closed in searchPatients", "defer rows.Close()"),
            F("XRAY-TRAVERSAL", "error", "security", "path traversal on xray upload name", "filepath.Base"),
            F("SLOTS-LAST-MISSING", "warning", "", "free slot loop skips the last slot", "<= closing - slot"),
            F("REMINDER-COUNTER-RACE", "warning", "bug", "race on s.sent", "atomic counter"),
            F("SMS-BODY-NOT-CLOSED", "warning", "bug", "sms response body not closed", "defer resp.Body.Close()"),
        ], fence=None, indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication gap for read-only endpoints.
        2. Injection in patient search and SMS gateway URL.
        3. Booking correctness: overlap check, concurrency.
        4. Slot computation and caching bugs.
        5. Resource handling in SMS sending.
        """,
        Block([
            F("AUTH-GET-OPEN", "blocker", "security", "GET endpoints are not protected by the API key",
              "Apply the key check to all requests.", d=-1, sd=0, conf=0.85),
            F("PATIENT-SQLI", "blocker", "security", "SQL injection through the patient name filter",
              "Use query parameters.", conf=0.95),
            F("BOOK-OVERLAP-WRONG", "major", "correctness", "Appointment overlap detection is incomplete",
              "Compare both start and end of the new appointment.", conf=0.8),
            F("BOOK-DOUBLE-BOOKING-RACE", "major", "concurrency", "Check-then-insert race allows double booking",
              "Wrap in a transaction with proper isolation.", conf=0.8),
            F("CANCEL-STATUS-UNCHECKED", "major", "correctness", "Cancelled appointments can be cancelled again",
              "Check the current status before cancelling.", conf=0.7),
            F("CANCEL-HOURS-TRUNCATED", "minor", "correctness", "Off-by-one in late cancellation window",
              "Use < 24 * time.Hour on the duration.", d=-1, conf=0.7),
            F("XRAY-TRAVERSAL", "major", "security", "Unvalidated file name in x-ray upload",
              "Sanitize the file name.", d=-3, conf=0.85),
            F("SLOTS-LAST-MISSING", "minor", "correctness", "Last appointment slot of the day excluded",
              "Fix the loop boundary.", d=-2, sd=0, conf=0.7),
            F("SLOT-CACHE-NEVER-INVALIDATED", "major", "correctness", "Slot cache is never invalidated",
              "Invalidate the cache on booking and cancellation.", conf=0.75),
            F("SLOT-CACHE-MAP-RACE", "major", "concurrency", "Unsynchronized map access in slot cache",
              "Use s.mu around slotCache.", conf=0.8),
            F("SMS-KEY-IN-URL", "minor", "security", "API key exposed in SMS gateway URL",
              "Pass the key in a header.", conf=0.6),
            F("SMS-NO-TIMEOUT", "major", "reliability", "No timeout on SMS gateway requests",
              "Use an http.Client with a timeout.", conf=0.7),
            F("REMINDER-MARK-ERROR-IGNORED", "minor", "reliability", "Failure to mark reminder as sent is ignored",
              "Check the error of the update so patients are not texted repeatedly.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 7 major, 4 minor"),
    ]),
}
