"""test57/go-keepertours: guided-tour booking for a lighthouse museum (net/http + database/sql). Frozen test split;
labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only splits/README.md's general sections and test37 section, the builders and
specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test57: seeded problems in a lighthouse museum's tour booking service; five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "STAFF-PREFIX": P(M, 'if !strings.HasPrefix(r.Header.Get("X-Staff-Token"), s.staffToken) {', "security", "staff token checked with HasPrefix: an unset STAFF_TOKEN admits everyone, and any token starting with the real one passes", "signature-vs-statement"),
    "BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&req); err != nil {", "security", "booking body decoded without http.MaxBytesReader: unbounded request bodies"),
    "TOWER-AGES-SKIP": P(M, "for _, age := range req.Ages {", "bug", "ages are not checked against the party size: leaving ages out skips the tower age check"),
    "TOWER-AGE-OBO": P(M, "if age <= towerMinAge {", "bug", "age <= 8 rejects 8-year-olds although the tower is for ages 8 and up", "off-by-one"),
    "SEATS-RACE": P(M, "s.mu.Unlock()", "bug", "places left read under the lock, released, checked, then written back as left - party: concurrent bookings overbook and lose decrements", "critical-section", nth=0),
    "PARTY-NOT-VALIDATED": P(M, "if req.Party > left {", "bug", "party size not checked: zero or negative parties are booked and a negative one adds places"),
    "REF-GUESSABLE": P(M, 'ref := fmt.Sprintf("LH%06d", rand.Intn(1000000))', "security", "booking reference from math/rand, six digits: guessable, and it is the only key for cancelling"),
    "CANCEL-NO-OWNER": P(M, 'err := s.db.QueryRow("SELECT b.tour_id, b.party, t.starts_at FROM bookings b', "security", "cancellation needs only the reference: no email, token or signed ticket", "signature-vs-statement"),
    "REFUND-HOURS-TRUNC": P(M, "hoursLeft := int(time.Until(starts).Hours())", "bug", "hours truncated to int and compared with > 48: 48h59m before the tour gets no refund", "off-by-one"),
    "CANCEL-AFTER-START": P(M, "refund := hoursLeft > 48", "bug", "a tour that has started or is over can still be cancelled (negative hoursLeft is not rejected)"),
    "CANCEL-SEATS": P(M, 's.db.Exec("DELETE FROM bookings WHERE ref = $1"', "bug", "cancelling never returns the party's places to s.seats: the tour stays full"),
    "TICKET-KEY-EMPTY": P(M, "mac := hmac.New(sha256.New, s.ticketKey)", "security", "TICKET_KEY unset gives an empty HMAC key: anyone can compute valid tickets"),
    "TICKET-TIMING": P(M, "if s.sign(ref) != ticket {", "security", "ticket MAC compared with != instead of hmac.Equal"),
    "SCAN-COUNT-RACE": P(M, "s.scans[tourID] = n", "bug", "scans map read and written from concurrent handlers without s.mu: lost counts, fatal concurrent map writes", "critical-section"),
    "SCAN-CAPACITY-OBO": P(M, "if n >= s.capacity[tourID] {", "bug", "n >= capacity reports 'over capacity' when the tour is exactly full", "off-by-one"),
    "MANIFEST-SQLI": P(M, 'q := fmt.Sprintf("SELECT ref, name, email, party FROM bookings WHERE tour_id = %s', "security", "tour query value formatted into the manifest SQL", "source-vs-sink"),
    "MANIFEST-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "manifest rows never closed: a connection leaks on every call"),
    "MANIFEST-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (SQL, schema) returned to the client"),
    "CLOSE-SHELL": P(M, 'cmd := exec.Command("sh", "-c", fmt.Sprintf("notify-visitor %s \'%s\'", email, msg))', "security", "reason form value (and the booked email) run through sh -c", "source-vs-sink"),
    "CLOSE-ERR-IGNORED": P(M, "cmd.Run()", "bug", "notify-visitor's error ignored and no timeout: failed notices vanish, one hung command blocks the closure"),
    "AUDIO-TRAVERSAL": P(M, "f, err := os.Open(full)", "security", "track query value joined to the audio dir: ../ reads any file, unauthenticated", "source-vs-sink"),
    "AUDIO-FILE-LEAK": P(M, "f, err := os.Open(full)", "bug", "the opened file is never closed: one descriptor leaks per request"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("TOWER-AGES-SKIP", "TOWER-AGE-OBO"),
    ("SEATS-RACE", "PARTY-NOT-VALIDATED"),
    ("REFUND-HOURS-TRUNC", "CANCEL-AFTER-START"),
    ("CANCEL-AFTER-START", "CANCEL-SEATS"),
    ("REFUND-HOURS-TRUNC", "CANCEL-SEATS"),
    ("SCAN-COUNT-RACE", "SCAN-CAPACITY-OBO"),
    ("MANIFEST-SQLI", "MANIFEST-ERR-LEAK"),
    ("MANIFEST-SQLI", "MANIFEST-ROWS-NOT-CLOSED"),
    ("CLOSE-SHELL", "CLOSE-ERR-IGNORED"),
    ("AUDIO-TRAVERSAL", "AUDIO-FILE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the tour booking service. The booking flow itself is reasonable, but
        the staff gate is a prefix check, three handlers pass request values to SQL, a shell or the file system,
        and the in-memory seat and scan counters are not safely shared between handlers.

        | Severity | Count |
        |---|---|
        | critical | 4 |
        | high | 5 |
        | medium | 6 |
        | low | 3 |

        Correct as written: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleTours` binds
        its parameter, checks `Scan` errors and closes its rows; `handleWeatherClose` defers `rows.Close()`.
        """,
        Block([
            F("STAFF-PREFIX", "critical", "security", "`staffOnly` accepts any token that starts with the staff token",
              "Compare with `subtle.ConstantTimeCompare` and refuse to start when `STAFF_TOKEN` is empty; with it unset, `HasPrefix(x, \"\")` is true for every request.",
              symbol="Server.staffOnly", conf=0.95),
            F("MANIFEST-SQLI", "critical", "security", "SQL injection in the manifest query",
              "Use `s.db.Query(\"... WHERE tour_id = $1 ...\", tour)`.", symbol="Server.handleManifest", conf=0.95),
            F("CLOSE-SHELL", "critical", "security", "Weather-closure notice runs through `sh -c` with the reason text",
              "Call `exec.Command(\"notify-visitor\", email, msg)` directly; a `'` in the reason breaks out today.",
              symbol="Server.handleWeatherClose", conf=0.9),
            F("AUDIO-TRAVERSAL", "critical", "security", "Unauthenticated path traversal in `/audio`",
              "Reject names containing path separators or use `filepath.Base`; check the result stays under `audioDir`.",
              d=-1, symbol="Server.handleAudio", conf=0.9),
            F("SEATS-RACE", "high", "bug", "Seat check and decrement are not atomic",
              "Hold `s.mu` from reading `left` until the decrement, or reserve the places (decrement) before the insert and give them back on failure.",
              symbol="Server.handleBook", conf=0.85),
            F("SCAN-COUNT-RACE", "high", "bug", "`s.scans` is written without the mutex",
              "Take `s.mu` around the read-modify-write; concurrent door scans can crash the process with `concurrent map writes`.",
              d=-1, symbol="Server.handleScan", conf=0.85),
            F("CANCEL-NO-OWNER", "high", "security", "Anyone who knows a booking reference can cancel it",
              "Require the signed ticket (or the booking email) along with the reference.", symbol="Server.handleCancel", conf=0.8),
            F("REF-GUESSABLE", "high", "security", "Booking references are guessable",
              "Generate them with `crypto/rand` and more entropy; six `math/rand` digits can be enumerated.", symbol="Server.handleBook", conf=0.8),
            F("TICKET-KEY-EMPTY", "high", "security", "Tickets are signed with an empty key when `TICKET_KEY` is unset",
              "Fail at startup when `TICKET_KEY` is missing or short.", symbol="Server.sign", conf=0.75),
        ]),
        "Medium and low:",
        Block([
            F("TICKET-TIMING", "medium", "security", "Ticket MAC comparison is not constant time",
              "`hmac.Equal([]byte(s.sign(ref)), []byte(ticket))`.", symbol="Server.handleScan", conf=0.7),
            F("PARTY-NOT-VALIDATED", "medium", "bug", "Party size is not validated",
              "Reject `Party < 1` (and a party larger than the tour); a negative party currently frees places.",
              symbol="Server.handleBook", conf=0.8),
            F("TOWER-AGE-OBO", "medium", "bug", "Tower age check rejects 8-year-olds",
              "Use `age < towerMinAge` to match the message \"ages 8 and up\".", symbol="Server.handleBook", conf=0.85),
            F("CANCEL-SEATS", "medium", "bug", "Cancelled places are never released",
              "Add the party back to `s.seats[tourID]` under `s.mu` after the delete.", symbol="Server.handleCancel", conf=0.8),
            F("REFUND-HOURS-TRUNC", "low", "bug", "Refund window truncates to whole hours",
              "Compare durations: `time.Until(starts) > 48*time.Hour`.", symbol="Server.handleCancel", conf=0.65),
            F("MANIFEST-ROWS-NOT-CLOSED", "medium", "bug", "Manifest rows are never closed",
              "`defer rows.Close()` after the error check; also check `rows.Scan`'s error.", symbol="Server.handleManifest", conf=0.85),
            F("MANIFEST-ERR-LEAK", "low", "security", "Manifest returns raw database errors",
              "Log the error; return a generic 500.", symbol="Server.handleManifest", conf=0.7),
            F("AUDIO-FILE-LEAK", "medium", "bug", "Audio file handle is never closed",
              "`defer f.Close()` after the error check.", symbol="Server.handleAudio", conf=0.85),
            F("NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("STAFF-PREFIX", "critical", "security", "staffOnly: HasPrefix check, empty STAFF_TOKEN allows all", "ConstantTimeCompare; require non-empty token.", d=-2),
            F("MANIFEST-SQLI", "critical", "security", "SQL injection: ?tour= into fmt.Sprintf query", "Placeholder $1.", d=-1),
            F("AUDIO-TRAVERSAL", "high", "security", "Arbitrary file read via ?track=", "filepath.Base + prefix check.", d=-2),
            F("CLOSE-SHELL", "high", "security", "sh -c with reason/email", "exec.Command without shell.", d=-1),
            F("SEATS-RACE", "high", "bug", "Overbooking race in handleBook (unlock between check and decrement)", "Hold s.mu across check+decrement.", d=-2),
            F("SCAN-COUNT-RACE", "medium", "bug", "Data race on s.scans", "Lock s.mu.", d=+1),
            F("CANCEL-SEATS", "medium", "bug", "Cancel does not restore seats", "s.seats[tourID] += party."),
            F("MANIFEST-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleManifest", "defer rows.Close()."),
            F("CANCEL-NO-OWNER", "medium", "security", "DELETE /bookings/{ref}: bearer of ref can cancel", "Require ticket MAC.", d=-3),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the lighthouse tour booking service in `main.go`. It is a Go 1.22 `net/http`
        service using `database/sql` with the pgx driver.

        **Critical and High Severity**
        """,
        Block([
            F("STAFF-PREFIX", "CRITICAL", "Broken Authentication", "Staff Authentication Bypass via Prefix Matching",
              "Use an exact, constant-time comparison.", sd=-2, n=3,
              desc="`strings.HasPrefix` with an empty `staffToken` always returns true, so every request is treated as staff."),
            F("MANIFEST-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Manifest Endpoint",
              "Use parameterized queries.", sd=-1, n=3),
            F("CLOSE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Weather Closure Notification",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("AUDIO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Audio Guide Download",
              "Sanitize the track name.", sd=-2, n=3),
            F("MANIFEST-ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
            F("BODY-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Request Body in Booking",
              "Wrap the body with `http.MaxBytesReader`.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Medium and Low Severity**
        """,
        Block([
            U({"severity": "LOW", "category": "Documentation", "description": "Exported types and handlers lack doc comments."}),
            F("SEATS-RACE", "HIGH", "Race Condition", "Race Condition Leads to Overbooking",
              "Keep the mutex locked during the check and the update.", d=-1, sd=-2, n=3,
              desc="The lock is released after reading the remaining seats, so two bookings can both see enough seats."),
            F("SCAN-COUNT-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Ticket Scanning",
              "Protect `s.scans` with the mutex.", d=-1, sd=-3, n=3),
            F("SCAN-CAPACITY-OBO", "LOW", "Logic Error", "Capacity Warning Triggers When Tour Is Exactly Full",
              "Use `>` instead of `>=`.", sd=-2, n=3),
            F("TOWER-AGE-OBO", "MEDIUM", "Logic Error", "Incorrect Age Boundary for Tower Climb",
              "Use `<` instead of `<=`.", d=+1, sd=-1, n=3),
            F("CANCEL-AFTER-START", "MEDIUM", "Logic Error", "Bookings Can Be Cancelled After the Tour Has Started",
              "Reject cancellations once the tour start time has passed.", sd=-2, n=3),
            F("AUDIO-FILE-LEAK", "LOW", "Resource Leak", "File Handle Not Closed in Audio Handler",
              "Add `defer f.Close()`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("STAFF-PREFIX", "error", "security", "staff token prefix match, empty token = open", "exact compare"),
            F("MANIFEST-SQLI", "error", "security", "sqli in manifest", "use $1", d=+1),
            F("AUDIO-TRAVERSAL", "error", "security", "path traversal in audio", "filepath.Base"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("TOWER-AGES-SKIP", "warning", "", "tower age check skipped when ages empty", "require len(ages) == party"),
            F("PARTY-NOT-VALIDATED", "warning", "bug", "negative party adds seats", "party >= 1"),
            F("CLOSE-ERR-IGNORED", "info", "bug", "cmd.Run error ignored", "log/return error"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: staff token prefix check; tickets forgeable with an empty key; references guessable.
        2. Injection: SQL in the manifest, shell in the closure notice, path traversal in audio.
        3. Concurrency: seat and scan counters.
        4. Correctness: refunds, cancellation, tower ages.
        """,
        Block([
            F("STAFF-PREFIX", "blocker", "security", "Staff token check can be bypassed",
              "Use exact constant-time comparison.", d=-1, conf=0.9),
            F("MANIFEST-SQLI", "blocker", "security", "SQL injection via tour parameter",
              "Use query placeholders.", conf=0.9),
            F("CLOSE-SHELL", "major", "security", "Shell command injection in visitor notification",
              "Do not invoke sh -c.", conf=0.85),
            F("AUDIO-TRAVERSAL", "major", "security", "Directory traversal in audio guide endpoint",
              "Restrict to base name.", conf=0.8),
            F("SEATS-RACE", "major", "concurrency", "Seat availability race condition (overbooking)",
              "Hold lock across check and update.", d=+1, conf=0.8),
            F("SCAN-COUNT-RACE", "major", "concurrency", "Unsynchronized map write in scan handler",
              "Use the mutex.", conf=0.85),
            F("SCAN-CAPACITY-OBO", "minor", "correctness", "Off-by-one in over-capacity warning",
              "Use > capacity.", d=+1, conf=0.6),
            F("REFUND-HOURS-TRUNC", "minor", "correctness", "Refund eligibility truncates hours",
              "Compare durations directly.", d=+1, conf=0.6),
            F("CANCEL-SEATS", "major", "correctness", "Seats are not released on cancellation",
              "Restore the seat count.", conf=0.75),
            F("TICKET-TIMING", "minor", "security", "Non-constant-time ticket comparison",
              "Use hmac.Equal.", conf=0.65),
            F("REF-GUESSABLE", "major", "security", "Predictable booking reference",
              "Use crypto/rand.", conf=0.75),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 6 major, 3 minor"),
    ]),
}
