"""test76/go-curlsheet: a curling club's sheet booking, league fixtures and end-by-end scores (Go, net/http +
database/sql). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers
(only splits/README.md's general and test37 sections, the builders, this data's test and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its scores or any other split's answers. "
    "Frozen test split test76: seeded problems in a small Go 1.22 net/http + database/sql service of a curling club "
    "(sheets, stones, league fixtures, end-by-end scores); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "ADMIN-EMPTY-KEY": P(M, "if subtle.ConstantTimeCompare([]byte(got), []byte(s.adminKey)) != 1 {", "security", "ConstantTimeCompare of two empty slices is 1: with ADMIN_KEY unset a request without the header is admin (scorerOnly checks for the empty key)"),
    "ADMIN-KEY-LOGGED": P(M, 'log.Printf("rejected admin key %q from %s", got, r.RemoteAddr)', "security", "the rejected key is written to the log (near-miss keys and typos of the real key end up in log files)"),
    "SHEET-BOUNDS": P(M, "if i < 0 || i > len(sheetNames) {", "bug", "i == len(sheetNames) passes the check and sheetNames[i] panics (should be >=)", "off-by-one"),
    "SLOT-LOOP": P(M, "for slot := 0; slot <= slotsPerDay; slot++ {", "bug", "<= lists a seventh draw (22:00) that can never be booked (handleBook uses >=)", "off-by-one"),
    "BOOK-BODY-UNBOUNDED": P(M, "if err := json.NewDecoder(r.Body).Decode(&b); err != nil {", "security", "booking body read without MaxBytesReader (handleEnd limits its body)"),
    "BOOK-RACE": P(M, "if err == nil && taken == 0 {", "bug", "count then insert without a unique constraint or transaction: two members can book the same sheet and draw", "critical-section"),
    "BOOK-MEMBER-FROM-BODY": P(M, '_, err = s.db.Exec("INSERT INTO bookings (sheet, day, slot, member_id, note)', "security", "member_id taken from the JSON body, not from the session memberOnly put in the context: book in another member's name"),
    "CANCEL-IDOR": P(M, 's.db.Exec("DELETE FROM bookings WHERE id = $1", r.PathValue("id"))', "security", "any logged-in member deletes any booking by id", "signature-vs-statement"),
    "CANCEL-RESULT-IGNORED": P(M, 's.db.Exec("DELETE FROM bookings WHERE id = $1", r.PathValue("id"))', "bug", "Exec error and rows affected ignored: 204 even when nothing was deleted or the database failed"),
    "FIXTURE-INJECTION": P(M, "(home = '%s' OR away = '%s') ORDER BY draw_at\", team, team)", "security", "team query value formatted into the SQL (season is bound)", "source-vs-sink"),
    "FIXTURE-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q, season)", "bug", "rows never closed: the early return on a Scan error leaks the connection (handleDay and handleMembers defer Close)"),
    "FIXTURE-ERR-LEAK": P(M, 'http.Error(w, "fixtures: "+err.Error(), http.StatusInternalServerError)', "security", "database error text (with the injected SQL) returned to the client"),
    "MEMBERS-EXPORT": P(M, 'rows, err := s.db.Query("SELECT name, email, phone, emergency_contact FROM members ORDER BY name")', "security", "any member lists every member's email, phone and emergency contact (only memberOnly, no admin check)", "signature-vs-statement"),
    "SCORE-LOCK-GAP": P(M, "ends = make([]int, 2*maxEnds)", "bug", "lock released between the read of s.scores and the write-back, and the slice is written outside the lock: concurrent end scores are lost and race with handleLive", "critical-section"),
    "END-INDEX": P(M, "ends[end], ends[maxEnds+end] = in.Home, in.Away", "bug", "ends are 1..8 but the slice is indexed from 0: end 8 writes into the away half and maxEnds+8 is out of range (panic)", "off-by-one"),
    "SCORE-PTS-UNCHECKED": P(M, "ends[end], ends[maxEnds+end] = in.Home, in.Away", "bug", "points not validated (negative, more than 8, or both teams scoring in one end)"),
    "LIVE-READ-UNLOCKED": P(M, "ends := s.scores[game]", "bug", "handleLive reads the map without s.mu while handleEnd writes it: concurrent map read and write crashes the process"),
    "LIVE-UNKNOWN-PANIC": P(M, "home, away = home+ends[i], away+ends[maxEnds+i]", "bug", "unknown game: ends is nil and ends[i] panics"),
    "STONE-PHOTO-TRAVERSAL": P(M, "p := filepath.Join(s.stoneDir, file)", "security", "file query value joined to stoneDir and served: ../ reads any file (ServeFile only checks the URL path)", "source-vs-sink"),
    "NOTIFY-SHELL": P(M, 'exec.Command("sh", "-c", fmt.Sprintf("notify-skips --team', "security", "team and msg formatted into a sh -c command inside single quotes"),
    "NOTIFY-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c", fmt.Sprintf("notify-skips --team', "performance", "exec.Command without a context or timeout: a hung notify-skips holds the request for ever"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe has no read/write/idle timeouts (slowloris)"),
}

CONFUSABLE = [
    ("ADMIN-EMPTY-KEY", "ADMIN-KEY-LOGGED"),
    ("BOOK-RACE", "BOOK-MEMBER-FROM-BODY"),
    ("CANCEL-IDOR", "CANCEL-RESULT-IGNORED"),
    ("FIXTURE-INJECTION", "FIXTURE-ROWS-NOT-CLOSED"),
    ("FIXTURE-INJECTION", "FIXTURE-ERR-LEAK"),
    ("FIXTURE-ROWS-NOT-CLOSED", "FIXTURE-ERR-LEAK"),
    ("END-INDEX", "SCORE-PTS-UNCHECKED"),
    ("END-INDEX", "SCORE-LOCK-GAP"),
    ("SCORE-PTS-UNCHECKED", "SCORE-LOCK-GAP"),
    ("LIVE-READ-UNLOCKED", "LIVE-UNKNOWN-PANIC"),
    ("NOTIFY-SHELL", "NOTIFY-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read through `main.go`. The service is small and mostly idiomatic — `scorerOnly` fails closed on an empty
        key, `memberOnly` checks the session's expiry, `handleDay` and `handleMembers` defer `rows.Close()` and check
        `Scan` errors, `handleEnd` bounds its body with `MaxBytesReader` and validates the end number — but the
        booking, fixtures and live-score paths have real problems, and the admin check is open when `ADMIN_KEY` is
        unset.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 8 |
        | medium | 6 |
        | low | 1 |

        The score map deserves a note: `s.mu` is taken for the read and for the write-back in `handleEnd` but not
        across the update, and not at all in `handleLive`. In Go a concurrent map read and write is a fatal error,
        not just a wrong number.
        """,
        Block([
            F("ADMIN-EMPTY-KEY", "critical", "security", "`adminOnly` accepts an empty key when `ADMIN_KEY` is unset",
              "Reject when `s.adminKey == \"\"`, as `scorerOnly` does; `ConstantTimeCompare` returns 1 for two empty slices.",
              symbol="Server.adminOnly", conf=0.9),
            F("ADMIN-KEY-LOGGED", "low", "security", "Rejected admin keys are written to the log",
              "Log the remote address only.", symbol="Server.adminOnly", conf=0.6),
            F("SHEET-BOUNDS", "high", "bug", "`sheetName` bounds check lets `i == len(sheetNames)` through",
              "Use `i >= len(sheetNames)`; today sheet 5 panics the handler.", symbol="sheetName", conf=0.9),
            F("SLOT-LOOP", "medium", "bug", "Free-sheet listing includes a draw past the last slot",
              "Loop with `slot < slotsPerDay`, matching `handleBook`.", symbol="Server.handleDay", conf=0.85),
            F("BOOK-RACE", "high", "bug", "Double booking: count-then-insert is not atomic",
              "Add a unique index on `(sheet, day, slot)` and treat the unique violation as 409.",
              n=3, symbol="Server.handleBook", conf=0.85),
            F("BOOK-MEMBER-FROM-BODY", "high", "security", "Booking is recorded under a member id from the request body",
              "Use the id `memberOnly` stored in the context and drop `member_id` from the JSON.",
              symbol="Server.handleBook", conf=0.85),
            F("CANCEL-IDOR", "high", "security", "Any member can cancel any booking",
              "`DELETE ... WHERE id = $1 AND member_id = $2` with the caller's id; 404 when no row matches.",
              symbol="Server.handleCancel", conf=0.9),
            F("FIXTURE-INJECTION", "critical", "security", "SQL injection via `team` in the fixtures query",
              "Bind it: `(home = $2 OR away = $2)`.", symbol="Server.handleFixtures", conf=0.95),
            F("FIXTURE-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleFixtures`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleFixtures", conf=0.8),
            F("MEMBERS-EXPORT", "high", "security", "Every member can download the full member list with phones and emergency contacts",
              "Restrict `/members` to admins, or return names only.", symbol="Server.handleMembers", conf=0.8),
            F("SCORE-LOCK-GAP", "medium", "bug", "End scores are updated outside the lock",
              "Hold `s.mu` from the read through the write-back (and copy the slice for readers).",
              symbol="Server.handleEnd", conf=0.8),
            F("END-INDEX", "high", "bug", "End numbers are used as 0-based indexes",
              "Index with `end-1` and `maxEnds+end-1`; end 8 currently panics.", symbol="Server.handleEnd", conf=0.9),
            F("SCORE-PTS-UNCHECKED", "medium", "bug", "End points are not validated",
              "Accept 0–8 and at most one scoring team per end.", symbol="Server.handleEnd", conf=0.7),
            F("LIVE-READ-UNLOCKED", "high", "bug", "`handleLive` reads `s.scores` without the mutex",
              "Take `s.mu` and copy the slice before summing.", symbol="Server.handleLive", conf=0.9),
            F("STONE-PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/stones/photo`",
              "Reject names with separators, or use `os.Root`/check the cleaned path's prefix.",
              symbol="Server.handleStonePhoto", conf=0.85),
            F("NOTIFY-SHELL", "critical", "security", "Shell injection in `handleNotify`",
              "`exec.CommandContext(ctx, \"notify-skips\", \"--team\", team, \"--msg\", msg)` — no shell.",
              symbol="Server.handleNotify", conf=0.9),
            F("NOTIFY-NO-TIMEOUT", "medium", "performance", "`notify-skips` runs without a timeout",
              "Use `exec.CommandContext` with a deadline derived from `r.Context()`.",
              symbol="Server.handleNotify", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout` and `IdleTimeout`.",
              symbol="main", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("ADMIN-EMPTY-KEY", "high", "security", "adminOnly passes when ADMIN_KEY is empty", "Check for empty key."),
            F("SHEET-BOUNDS", "medium", "bug", "sheetNames[i] out of range for i == len", "i >= len.", d=3),
            F("BOOK-RACE", "high", "bug", "handleBook: double booking race between count and insert", "Unique constraint.", d=-1),
            F("BOOK-MEMBER-FROM-BODY", "high", "security", "member_id from request body", "Use context member id."),
            F("CANCEL-IDOR", "high", "security", "handleCancel deletes any booking", "Scope to member.", d=-1),
            F("CANCEL-RESULT-IGNORED", "low", "bug", "handleCancel ignores Exec error / RowsAffected", "Check both."),
            F("FIXTURE-INJECTION", "critical", "security", "SQL injection via ?team=", "Placeholders.", d=-1),
            F("MEMBERS-EXPORT", "medium", "security", "handleMembers exposes PII to any member", "Admin only.", d=-1),
            F("SCORE-LOCK-GAP", "medium", "bug", "handleEnd unlocks between read and write of s.scores", "Single critical section.", d=-2),
            F("LIVE-READ-UNLOCKED", "high", "bug", "data race: s.scores read without lock", "Lock."),
            F("LIVE-UNKNOWN-PANIC", "medium", "bug", "nil slice index panic for unknown game", "404 when missing."),
            F("STONE-PHOTO-TRAVERSAL", "high", "security", "?file= path traversal", "Validate.", d=-1),
            F("NOTIFY-SHELL", "critical", "security", "sh -c with team/msg", "exec without shell."),
            F("SERVER-NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server{...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the curling club service in `main.go`. Here is my analysis.

        ## Overview

        The application uses Go 1.22's enhanced routing patterns and `database/sql`. Authentication is split across
        three middlewares. I found several security vulnerabilities, concurrency issues around the in-memory score
        map, and some correctness problems.

        ## Security Findings
        """,
        Block([
            F("ADMIN-EMPTY-KEY", "critical", "security", "Admin Authentication Bypass With Empty Key",
              "Ensure ADMIN_KEY is non-empty before comparing.", sd=-1, n=2),
            F("ADMIN-KEY-LOGGED", "minor", "security", "Sensitive Data Written to Logs",
              "Avoid logging credential values."),
            F("BOOK-BODY-UNBOUNDED", "major", "security", "Unbounded Request Body in Booking Handler",
              "Wrap r.Body with http.MaxBytesReader."),
            F("CANCEL-IDOR", "major", "security", "Missing Authorization on Booking Cancellation",
              "Verify that the booking belongs to the member.", d=-1, sd=-1, n=2),
            F("FIXTURE-INJECTION", "critical", "security", "SQL Injection in Fixtures Endpoint",
              "Use parameterized queries.", sd=-2, n=3),
            F("FIXTURE-ERR-LEAK", "minor", "security", "Database Error Details Leaked",
              "Return a generic message."),
            F("MEMBERS-EXPORT", "major", "security", "Member Directory Exposes Personal Data",
              "Restrict to administrators."),
            F("STONE-PHOTO-TRAVERSAL", "major", "security", "Path Traversal in Stone Photo Endpoint",
              "Validate the file parameter.", d=1, sd=-1, n=3),
            F("NOTIFY-SHELL", "critical", "security", "Command Injection in Notify Handler",
              "Do not use sh -c.", sd=-1, n=2),
            F("SERVER-NO-TIMEOUTS", "major", "security", "Server Without Timeouts",
              "Configure http.Server timeouts."),
        ], wrap="list"),
        """
        ## Concurrency and Correctness
        """,
        Block([
            F("SLOT-LOOP", "minor", "correctness", "Extra Slot Listed in Day View",
              "Use < instead of <=.", d=1),
            F("BOOK-RACE", "major", "concurrency", "Race Condition in Booking Creation",
              "Use a transaction or a unique constraint.", d=1),
            F("SCORE-LOCK-GAP", "major", "concurrency", "Non-Atomic Read-Modify-Write of Scores",
              "Hold the mutex for the whole update.", d=2),
            F("LIVE-READ-UNLOCKED", "critical", "concurrency", "Concurrent Map Access Without Lock",
              "Acquire s.mu in handleLive."),
            U({"severity": "info", "category": "style", "description": "Handlers ignore the error returned by json.Encoder.Encode."}),
            F("NOTIFY-NO-TIMEOUT", "minor", "performance", "External Command Without Timeout",
              "Use exec.CommandContext."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("BOOK-BODY-UNBOUNDED", "medium", "security", "no body size limit on bookings", "MaxBytesReader"),
            F("BOOK-RACE", "high", "bug", "double booking possible", "unique index"),
            F("CANCEL-IDOR", "high", "security", "cancel any booking", "check member"),
            F("FIXTURE-INJECTION", "high", "security", "sql injection in fixtures", "use $2", d=1),
            F("END-INDEX", "high", "bug", "end index off by one, panics on end 8", "end-1"),
            F("LIVE-READ-UNLOCKED", "high", "", "map read without lock", "lock"),
            F("STONE-PHOTO-TRAVERSAL", "high", "security", "path traversal in stone photo", "validate file"),
            F("NOTIFY-SHELL", "high", "security", "shell injection in notify", "no sh -c"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Admin authentication bypass and credential logging.
        2. SQL injection, command injection and path traversal.
        3. Booking race and booking ownership.
        4. Data races on the score map.
        5. Off-by-one errors in sheet and end indexing.
        """,
        Block([
            F("ADMIN-EMPTY-KEY", "blocker", "security", "Admin check passes with empty ADMIN_KEY",
              "Reject when the key is not configured.", conf=0.85),
            F("SHEET-BOUNDS", "major", "correctness", "Off-by-one in sheet index validation",
              "Use >= len(sheetNames).", d=-1, conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Race condition allows double booking",
              "Use a unique constraint.", conf=0.8),
            F("BOOK-MEMBER-FROM-BODY", "major", "security", "Booking member id is client-controlled",
              "Use the authenticated member id.", conf=0.8),
            F("CANCEL-IDOR", "major", "security", "Booking deletion lacks ownership check",
              "Check member_id.", conf=0.85),
            F("FIXTURE-INJECTION", "blocker", "security", "SQL injection in fixtures query",
              "Use placeholders.", conf=0.9),
            F("FIXTURE-ROWS-NOT-CLOSED", "minor", "resource-leak", "Rows not closed in fixtures handler",
              "defer rows.Close().", conf=0.7),
            F("END-INDEX", "major", "correctness", "End index off by one in score slice",
              "Subtract one.", d=-2, conf=0.8),
            F("SCORE-LOCK-GAP", "major", "concurrency", "Score update not atomic under the mutex",
              "Hold the lock for the whole update.", d=3, conf=0.75),
            F("LIVE-READ-UNLOCKED", "blocker", "concurrency", "Unsynchronized map read in live scores",
              "Use the mutex.", conf=0.85),
            F("LIVE-UNKNOWN-PANIC", "major", "correctness", "Nil slice access for unknown game",
              "Return 404 when the game has no scores.", d=-3, conf=0.7),
            F("STONE-PHOTO-TRAVERSAL", "major", "security", "Path traversal in stone photo download",
              "Validate the file name.", conf=0.85),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection in skip notification",
              "Avoid the shell.", conf=0.9),
        ], wrap="object+summary", summary="13 issues: 4 blocker, 8 major, 1 minor"),
    ]),
}
