"""test21/go-donorslots: a blood-donation drive scheduler (Go, net/http + database/sql). Frozen test split.

Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' "
    "data. Frozen test split (test21): seeded problems in a small blood-donation drive scheduler; five agents' "
    "answers written by hand. Scored exactly once, never tuned on."
)

M = "main.go"
KEY = 'if r.URL.Query().Get("staff_key") != s.staffKey {'
SMS = 'resp, err := http.Get(s.smsURL + "?to=" + d.Phone + "&text=" + msg)'
DEL = 'if _, err := s.db.Exec("DELETE FROM bookings WHERE id = $1", id); err != nil {'
DON = 'FROM donors WHERE id = " + r.PathValue("id"))'
PROBLEMS = {
    "KEY-IN-QUERY": P(M, KEY, "security", "staff key passed in the query string: ends up in access logs, proxies and browser history"),
    "KEY-TIMING": P(M, KEY, "security", "staff key compared with != (not constant time)"),
    "KEY-EMPTY-OPEN": P(M, KEY, "security", "STAFF_KEY unset: an empty staff_key (or none) passes (extra, one agent)"),
    "DRIVES-ORDER-SQLI": P(M, 'ORDER BY %s", order)', "security", "order query parameter formatted into ORDER BY", "source-vs-sink"),
    "DRIVES-ROWS-LEAK": P(M, "rows, err := s.db.Query(q, city)", "bug", "rows never closed in listDrives: a connection leaks per request"),
    "SQL-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the public client (extra, one agent)"),
    "SLOTS-LAST-MISSING": P(M, "for t := d.Opens; t.Before(d.Closes.Add(-slotLength));", "bug", "t.Before(closes - 15m): the last slot, ending exactly at closing, is never created", "off-by-one"),
    "ELIGIBILITY-OFF-BY-ONE": P(M, "return days > minDaysBetweenDonations", "bug", "> instead of >=: a donor exactly 56 days after the last donation is turned away", "off-by-one"),
    "DECODE-ERR-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug", "booking body decode error ignored: donor_id 0 is booked"),
    "DONOR-LOOKUP-IGNORED": P(M, '_ = s.db.QueryRow("SELECT id, name, phone, last_donated', "bug", "donor lookup error discarded: an unknown donor has a zero last_donated, passes eligibility and is booked (extra, one agent)"),
    "BOOKING-RACE": P(M, "n := s.booked[slotID]", "bug", "count read under the mutex, unlocked, then booked and incremented later: concurrent bookings overfill a slot", "critical-section"),
    "CAPACITY-OFF-BY-ONE": P(M, "if n > capacity {", "bug", "> instead of >=: one booking more than the capacity is accepted", "off-by-one"),
    "SMS-QUERY-UNESCAPED": P(M, SMS, "security", "phone and message (with the donor's name) concatenated into the SMS URL unescaped: parameter injection, broken messages", "signature-vs-statement"),
    "SMS-BODY-LEAK": P(M, SMS, "bug", "SMS response body never closed: connection leak per reminder"),
    "CANCEL-IDOR": P(M, DEL, "security", "any caller can cancel any booking by id (no donor or staff check)"),
    "CANCEL-COUNTER-STALE": P(M, DEL, "bug", "cancelling never decrements s.booked: cancelled places stay taken"),
    "DONOR-SQLI": P(M, DON, "security", "donor id path value concatenated into SQL"),
    "DONOR-NO-AUTH": P(M, DON, "security", "donor record (phone, blood type, medical notes) served without any authentication", "signature-vs-statement"),
    "STATS-CACHE-RACE": P(M, "st = s.computeStats(id)", "bug", "stats map written without statsMu after a read-locked miss: concurrent map writes panic, and concurrent misses all recompute", "critical-section"),
    "ROSTER-CMD-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", fmt.Sprintf("wkhtmltopdf', "security", "name query value (and drive id) run through sh -c", "source-vs-sink"),
    "ROSTER-TMP-PATH": P(M, 'out := "/tmp/" + name + ".pdf"', "security", "output path in shared /tmp built from the name: predictable, traversable, overwrites or serves other PDFs, never removed"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "performance", "http.ListenAndServe without timeouts: slow clients hold connections (extra, one agent)"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "KEY-TIMING"),
    ("KEY-TIMING", "KEY-EMPTY-OPEN"),
    ("DRIVES-ORDER-SQLI", "DRIVES-ROWS-LEAK"),
    ("DRIVES-ROWS-LEAK", "SQL-ERROR-LEAK"),
    ("BOOKING-RACE", "CAPACITY-OFF-BY-ONE"),
    ("SMS-QUERY-UNESCAPED", "SMS-BODY-LEAK"),
    ("CANCEL-IDOR", "CANCEL-COUNTER-STALE"),
    ("DONOR-SQLI", "DONOR-NO-AUTH"),
    ("ROSTER-CMD-INJECTION", "ROSTER-TMP-PATH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` (the whole service) and traced each route from the mux to the database.

        The public routes are the weak point: `GET /donors/{id}` has no authentication and concatenates the id
        into SQL, `DELETE /bookings/{id}` lets anyone cancel anyone's booking, and `GET /drives` builds its
        `ORDER BY` from the query string. The booking path has a check-then-act race plus an off-by-one on
        capacity, and the staff roster endpoint shells out with a request value.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 9 |
        """,
        Block([
            F("DONOR-SQLI", "critical", "security", "SQL injection in `getDonor` via the `{id}` path value",
              "Use `WHERE id = $1` with `r.PathValue(\"id\")` as the argument.", symbol="Server.getDonor", conf=0.95),
            F("DONOR-NO-AUTH", "high", "security", "Donor records (including medical notes) are public",
              "`GET /donors/{id}` is registered without `staffOnly`; wrap it and drop `notes` from the response for non-clinical staff.",
              d=-2, symbol="Server.getDonor", conf=0.85),
            F("ROSTER-CMD-INJECTION", "critical", "security", "Shell command built from the `name` query parameter",
              "Run `exec.Command(\"wkhtmltopdf\", url, out)` without `sh -c` and generate the file name server-side.",
              symbol="Server.rosterPDF", conf=0.9),
            F("ROSTER-TMP-PATH", "medium", "security", "Roster PDF written to a predictable path under /tmp",
              "Use `os.CreateTemp` and remove the file after serving; a `name` with `../` also escapes /tmp.",
              symbol="Server.rosterPDF", conf=0.7),
            F("DRIVES-ORDER-SQLI", "critical", "security", "`ORDER BY` built from the `order` query parameter",
              "Map `order` through an allow-list (`opens`, `city`, `name`).", symbol="Server.listDrives", conf=0.9),
            F("DRIVES-ROWS-LEAK", "medium", "bug", "`listDrives` never closes `rows`",
              "Add `defer rows.Close()` after the error check and check `rows.Err()`.", symbol="Server.listDrives", conf=0.85),
            F("CANCEL-IDOR", "high", "security", "Any caller can cancel any booking",
              "Require the donor's booking token (or staff) and delete with `AND donor_id = $2`.",
              symbol="Server.cancelBooking", conf=0.8),
            F("CANCEL-COUNTER-STALE", "medium", "bug", "Cancelling does not release the place in `s.booked`",
              "Decrement the counter for the booking's slot (or count bookings in the database).",
              symbol="Server.cancelBooking", conf=0.75),
            F("BOOKING-RACE", "high", "bug", "Capacity check and increment are not under one lock",
              "The mutex is released after reading `n`; two requests both see room and both book. Hold the lock across check and increment, or use a conditional INSERT in SQL.",
              d=1, symbol="Server.bookSlot", conf=0.85),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "Slot accepts one booking more than its capacity",
              "`n > capacity` lets booking number capacity+1 through; use `n >= capacity`.", symbol="Server.bookSlot", conf=0.85),
            F("DONOR-LOOKUP-IGNORED", "medium", "bug", "Unknown donors are booked because the lookup error is dropped",
              "Check the `Scan` error and return 404; a zero `LastDonated` makes every unknown id eligible.",
              symbol="Server.bookSlot", conf=0.7),
            F("ELIGIBILITY-OFF-BY-ONE", "medium", "bug", "Donors become eligible a day late",
              "The rule is at least 56 days; `days > 56` rejects day 56. Use `>=`.", symbol="eligible", conf=0.8),
            F("SLOTS-LAST-MISSING", "medium", "bug", "`slotTimes` omits the last slot of every drive",
              "Loop while `!t.Add(slotLength).After(d.Closes)`; a 09:00-12:00 drive gets 11 slots, not 12.",
              symbol="slotTimes", conf=0.8),
            F("STATS-CACHE-RACE", "high", "bug", "Concurrent map write in `driveStats`",
              "`s.stats[id] = st` runs without `statsMu`; under load this panics (`concurrent map writes`). Take the write lock to store.",
              d=1, symbol="Server.driveStats", conf=0.85),
            F("SMS-QUERY-UNESCAPED", "medium", "security", "SMS gateway URL is assembled without escaping",
              "Build it with `url.Values{\"to\": {d.Phone}, \"text\": {msg}}.Encode()`; a donor name containing `&to=` redirects the message.",
              d=-2, symbol="Server.sendReminder", conf=0.7),
            F("KEY-IN-QUERY", "medium", "security", "Staff key accepted from the query string",
              "Read it from an `Authorization` header; query strings are logged.", symbol="Server.staffOnly", conf=0.75),
            F("KEY-EMPTY-OPEN", "high", "security", "`staffOnly` is open when `STAFF_KEY` is unset",
              "Refuse to start without a key; an absent `staff_key` equals the empty configured key.",
              symbol="Server.staffOnly", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed main.go (261 lines); 12 findings below, most severe first. go vet and -race were not run.",
        Block([
            F("DONOR-SQLI", "critical", "security", "String-concatenated SQL in getDonor", "$1 placeholder."),
            F("DRIVES-ORDER-SQLI", "critical", "security", "order param reaches ORDER BY via Sprintf", "Allow-list.", d=-1),
            F("ROSTER-CMD-INJECTION", "critical", "security", "rosterPDF: sh -c with query-controlled name",
              "No shell; fixed output name.", d=-2),
            F("BOOKING-RACE", "high", "bug", "Lost update on s.booked between Unlock and increment",
              "Single critical section."),
            F("CAPACITY-OFF-BY-ONE", "medium", "bug", "n > capacity admits capacity+1 bookings", ">=."),
            F("STATS-CACHE-RACE", "high", "bug", "s.stats written without statsMu", "statsMu.Lock() around the store.", d=1),
            F("DECODE-ERR-IGNORED", "medium", "bug", "Decode error ignored in bookSlot", "400 on decode failure."),
            F("ELIGIBILITY-OFF-BY-ONE", "medium", "bug", "eligible(): day 56 rejected", ">=.", d=-1, sd=-1, n=2),
            F("CANCEL-COUNTER-STALE", "medium", "bug", "cancelBooking leaves s.booked incremented", "Decrement."),
            F("DRIVES-ROWS-LEAK", "medium", "bug", "rows not closed in listDrives", "defer rows.Close()."),
            F("SMS-BODY-LEAK", "low", "bug", "resp.Body never closed in sendReminder", "defer resp.Body.Close()."),
            F("KEY-TIMING", "low", "security", "staff key compared with !=", "subtle.ConstantTimeCompare."),
        ], fence=None, indent=None),
        "Not covered: the SQL schema and the wkhtmltopdf roster page.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `donorslots` service. It is a single-file Go HTTP server using the Go 1.22
        routing patterns and PostgreSQL through `database/sql`.

        ### Security Findings
        """,
        Block([
            F("DONOR-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Donor Lookup",
              "Use parameterized queries."),
            F("DONOR-NO-AUTH", "HIGH", "Broken Access Control", "Sensitive Donor Data Exposed Without Authentication",
              "Protect the endpoint with `staffOnly`.",
              desc="The endpoint returns the donor's phone number, blood type and medical notes to anyone."),
            F("DRIVES-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection via Order Parameter",
              "Validate `order` against known columns."),
            F("SQL-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Log the error and return a generic message."),
            F("ROSTER-CMD-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Roster PDF Generation",
              "Avoid `sh -c` and validate `name`."),
            F("ROSTER-TMP-PATH", "MEDIUM", "Path Traversal", "Path Traversal in Roster Output File",
              "Use `os.CreateTemp`."),
            F("KEY-IN-QUERY", "MEDIUM", "Broken Authentication", "Staff Key Transmitted in URL",
              "Use a header instead of a query parameter."),
            F("KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Key Comparison",
              "Use `crypto/subtle`."),
            F("CANCEL-IDOR", "HIGH", "Broken Access Control", "Unauthenticated Booking Cancellation",
              "Verify that the caller owns the booking."),
            F("SMS-QUERY-UNESCAPED", "MEDIUM", "Injection", "Unescaped Parameters in SMS Gateway Request",
              "Use `url.QueryEscape`."),
        ], wrap="list"),
        """
        ### Concurrency and Logic Findings
        """,
        Block([
            F("BOOKING-RACE", "HIGH", "Race Condition", "Race Condition in Slot Booking",
              "Hold the mutex for the entire check-and-book sequence.", d=-1,
              desc="The lock only protects the read of the counter."),
            F("CAPACITY-OFF-BY-ONE", "MEDIUM", "Business Logic", "Slots Can Be Overbooked by One",
              "Use `>=`.", d=-2, n=3),
            F("STATS-CACHE-RACE", "MEDIUM", "Performance", "Cache Stampede in Drive Statistics",
              "Use singleflight or hold the write lock while computing.", d=-1),
            F("ELIGIBILITY-OFF-BY-ONE", "MEDIUM", "Business Logic", "Incorrect Donation Interval Check",
              "Use `>=` for the 56-day rule.", d=-1),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider splitting handlers into separate files."}),
            F("SLOTS-LAST-MISSING", "LOW", "Business Logic", "Final Time Slot Not Generated",
              "Adjust the loop condition.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues:",
        Block([
            F("DONOR-SQLI", "error", "security", "sql injection in getDonor", "use $1"),
            F("DRIVES-ORDER-SQLI", "error", "security", "order by injection in listDrives", "allow-list"),
            F("ROSTER-CMD-INJECTION", "error", "", "command injection in rosterPDF", "no sh -c"),
            F("BOOKING-RACE", "warning", "bug", "mutex unlocked before booking", "hold lock", d=1),
            F("DECODE-ERR-IGNORED", "warning", "bug", "decode error ignored", "check err"),
            F("SMS-BODY-LEAK", "warning", "bug", "response body not closed", "defer resp.Body.Close()"),
        ], fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        `donorslots` is a Go HTTP service for blood-donation drives. 16 issues were found:

        1. Injection: SQL (donor lookup, drive ordering), shell (roster PDF).
        2. Access control: public donor records, unauthenticated cancellation, staff key handling.
        3. Concurrency: booking counter and statistics cache.
        4. Correctness: capacity, eligibility and slot boundaries; ignored errors.
        5. Resources: unclosed rows and response bodies; no server timeouts.
        """,
        Block([
            F("DONOR-SQLI", "blocker", "security", "SQL injection through donor id", "Use placeholders.", conf=0.95),
            F("DONOR-NO-AUTH", "major", "security", "Donor endpoint lacks authorization", "Require staff key.", conf=0.8),
            F("DRIVES-ORDER-SQLI", "blocker", "security", "SQL injection through order parameter",
              "Whitelist columns.", d=-1, conf=0.9),
            F("ROSTER-CMD-INJECTION", "blocker", "security", "OS command injection in roster generation",
              "Do not use a shell.", d=-1, conf=0.9),
            F("CANCEL-IDOR", "major", "security", "Booking cancellation without ownership check",
              "Check the donor.", conf=0.8),
            F("KEY-IN-QUERY", "minor", "security", "Staff key sent as URL query parameter", "Use a header.", conf=0.7),
            F("SMS-QUERY-UNESCAPED", "minor", "security", "SMS URL parameters not encoded", "Use url.Values.", conf=0.7),
            F("SMS-BODY-LEAK", "minor", "resource-leak", "HTTP response body not closed after SMS send",
              "Close the body.", conf=0.8),
            F("DRIVES-ROWS-LEAK", "major", "resource-leak", "sql.Rows not closed in listDrives",
              "defer rows.Close().", conf=0.85),
            F("BOOKING-RACE", "major", "concurrency", "Non-atomic check-then-increment of booking counter",
              "Keep the lock for the whole operation.", conf=0.85),
            F("CAPACITY-OFF-BY-ONE", "major", "correctness", "Off-by-one in slot capacity check",
              "Use >=.", d=1, conf=0.8),
            F("STATS-CACHE-RACE", "major", "concurrency", "Data race on stats map", "Use the write lock.", conf=0.8),
            F("ELIGIBILITY-OFF-BY-ONE", "minor", "correctness", "Eligibility interval excludes the 56th day",
              "Use >=.", conf=0.75),
            F("SLOTS-LAST-MISSING", "minor", "correctness", "Last slot of a drive is not generated",
              "Fix the loop bound.", d=1, conf=0.7),
            F("DECODE-ERR-IGNORED", "minor", "reliability", "JSON decode error not handled in bookSlot",
              "Return 400.", conf=0.75),
            F("NO-SERVER-TIMEOUTS", "minor", "reliability", "HTTP server has no read/write timeouts",
              "Use http.Server with ReadHeaderTimeout.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 6 major, 7 minor"),
    ]),
}
