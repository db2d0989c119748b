"""test110/go-contestlog: an amateur radio contest's contact logs, QSL card mailings and band checks (Go).

Frozen test split test110; labels next to each finding. Written 2026-12-07 by a helper session that had not seen
the merger code, any score, or any other split's answers, specs or repositories (only the tune2 spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "data. Frozen test split test110: seeded problems in an amateur radio contest's logging service "
    "(net/http + database/sql/pgx); five agents' answers written by hand."
)

M = "main.go"
SCORE_LINE = "s.scores[q.Callsign] += points(q)"
DELETE_LINE = 's.db.ExecContext(r.Context(), "DELETE FROM qsos WHERE id = $1", id)'
QSL_LINE = "WHERE worked = '\"+call+\"' ORDER BY at\")"
LABEL_LINE = 'return exec.Command("sh", "-c", "qsl-print --label'
PROBLEMS = {
    "OP-UNKNOWN-CALL-PASSES": P(M, '"SELECT token FROM operators WHERE callsign = $1", call).Scan(&want)', "security", "Scan error ignored: an unknown callsign leaves want empty and an empty X-Token passes"),
    "OP-TOKEN-TIMING": P(M, "if token != want {", "security", "operator token compared with != instead of subtle.ConstantTimeCompare"),
    "BAND-EDGE-EXCLUSIVE": P(M, "q.FreqKHz >= edges[1]", "bug", ">= edges[1] rejects contacts on the upper band edge, which the table says is inside", "off-by-one"),
    "CALLSIGN-FROM-BODY": P(M, SCORE_LINE, "security", "points credited to the callsign in the body, not the authenticated X-Callsign"),
    "DUPE-SCORED-FIRST": P(M, SCORE_LINE, "bug", "points added before the dupe check and the insert: dupes and failed inserts still score"),
    "DUPE-KEY-IGNORES-OPERATOR": P(M, 'key := q.Worked + "/" + q.Band', "bug", "dupe key lacks the logging station: one operator's contact makes another's a dupe"),
    "DUPE-MAP-RACE": P(M, "s.lastQSO[key] = time.Now()", "bug", "lastQSO read and written without s.mu: concurrent map writes crash the server", "critical-section"),
    "QSO-INSERT-ERROR-SWALLOWED": P(M, 'log.Printf("insert qso: %v", err)', "bug", "insert error only logged: 201 returned for a contact that was not stored"),
    "QSO-DELETE-ANY-OWNER": P(M, DELETE_LINE, "security", "delete by id only: any operator deletes any station's contacts", "signature-vs-statement"),
    "QSO-DELETE-ERROR-IGNORED": P(M, DELETE_LINE, "bug", "ExecContext error and rows affected ignored: 204 for a failed or unknown delete"),
    "QSO-DELETE-SCORE-KEPT": P(M, "w.WriteHeader(http.StatusNoContent)", "bug", "extra, one agent: the deleted contact's points stay in s.scores", nth=0),
    "BAND-NAME-UNCHECKED": P(M, 'band := r.PathValue("band")', "bug", "extra, one agent: band name not checked against bandEdges; any string gets counters", nth=0),
    "BAND-JOIN-RACE": P(M, "s.mu.Unlock()", "bug", "lock dropped between reading and incrementing bandUsers: more than maxPerBand stations join", "critical-section", nth=1),
    "LEADERBOARD-TOP-MINUS-ONE": P(M, "board = board[:top-1]", "bug", "board[:top-1] returns one entry fewer than asked for", "off-by-one"),
    "RECENT-LIMIT-UNBOUNDED": P(M, 'n, _ := strconv.Atoi(r.URL.Query().Get("n"))', "performance", "n not validated or capped: n=10000000 dumps the whole log (a missing n gives LIMIT 0)"),
    "RECENT-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "QSL-SQLI": P(M, QSL_LINE, "security", "call query value concatenated into the SQL text", "source-vs-sink"),
    "QSL-ROWS-NOT-CLOSED": P(M, QSL_LINE, "bug", "rows never closed (no defer rows.Close()): connections leak"),
    "QSL-NO-AUTH": P(M, 'mux.HandleFunc("POST /qsl", s.handleQSLRequest)', "security", "QSL request route unauthenticated: anyone queues card mailings to any address"),
    "CABRILLO-NO-AUTH": P(M, 'mux.HandleFunc("GET /logs/cabrillo", s.handleCabrillo)', "security", "Cabrillo log download unauthenticated: any station's log readable during the contest"),
    "QSL-LABEL-SHELL": P(M, LABEL_LINE, "security", "call and address (from the request) run through sh -c inside single quotes", "signature-vs-statement"),
    "QSL-PRINT-NO-TIMEOUT": P(M, LABEL_LINE, "bug", "label printer run without a context or timeout: a hung qsl-print stalls the mailer for good"),
    "QSL-QUEUE-LOST": P(M, "s.pending = nil", "bug", "pending cleared after sending and without the lock: requests queued meanwhile are dropped (data race)", "critical-section"),
    "CABRILLO-TRAVERSAL": P(M, "full := filepath.Join(s.logDir, name)", "security", "file query value joined to logDir: any file readable", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8073", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("OP-UNKNOWN-CALL-PASSES", "OP-TOKEN-TIMING"),
    ("CALLSIGN-FROM-BODY", "DUPE-SCORED-FIRST"),
    ("DUPE-SCORED-FIRST", "DUPE-KEY-IGNORES-OPERATOR"),
    ("DUPE-KEY-IGNORES-OPERATOR", "DUPE-MAP-RACE"),
    ("QSO-DELETE-ANY-OWNER", "QSO-DELETE-ERROR-IGNORED"),
    ("QSO-DELETE-ERROR-IGNORED", "QSO-DELETE-SCORE-KEPT"),
    ("BAND-NAME-UNCHECKED", "BAND-JOIN-RACE"),
    ("RECENT-LIMIT-UNBOUNDED", "RECENT-DB-ERROR-LEAK"),
    ("QSL-SQLI", "QSL-ROWS-NOT-CLOSED"),
    ("QSL-NO-AUTH", "CABRILLO-NO-AUTH"),
    ("QSL-LABEL-SHELL", "QSL-PRINT-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end. It is a small contest logger: operators post QSOs, join bands, and the public can
        request QSL cards and download Cabrillo logs. The admin middleware is correct (it fails closed on an empty
        `ADMIN_KEY` and uses `subtle.ConstantTimeCompare`), `handleBandLeave` holds the mutex for its whole body, and
        the leaderboard copies `scores` under the lock before sorting. The problems cluster in authentication, the
        scoring path of `handleLogQSO`, and the QSL pipeline.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 9 |
        | low | 4 |
        """,
        Block([
            F("OP-UNKNOWN-CALL-PASSES", "critical", "security", "Operator auth passes for unknown callsigns with an empty token",
              "Check the `Scan` error: on `sql.ErrNoRows` `want` stays `\"\"`, so a request with an unknown `X-Callsign` and no `X-Token` is let in.",
              symbol="Server.operator", conf=0.9),
            F("OP-TOKEN-TIMING", "low", "security", "Operator token comparison is not constant-time",
              "Use `subtle.ConstantTimeCompare` as `admin` does.", symbol="Server.operator", conf=0.6),
            F("QSL-SQLI", "critical", "security", "SQL injection in QSL lookup via `call`",
              "Use a placeholder: `WHERE worked = $1` with `call` as an argument.", symbol="Server.handleQSLRequest", conf=0.95),
            F("QSL-ROWS-NOT-CLOSED", "medium", "bug", "QSL lookup never closes its rows",
              "Add `defer rows.Close()`; every request leaks a pooled connection until the pool is exhausted.",
              symbol="Server.handleQSLRequest", conf=0.85),
            F("QSL-LABEL-SHELL", "critical", "security", "Shell injection through the QSL label",
              "Call `exec.Command(\"qsl-print\", \"--label\", label)` directly; a quote in the address breaks out of `sh -c`.",
              symbol="printLabel", conf=0.9),
            F("QSL-PRINT-NO-TIMEOUT", "low", "bug", "Label printing has no timeout",
              "Use `exec.CommandContext` with a deadline so one stuck print job does not block all later mailings.",
              symbol="printLabel", conf=0.6),
            F("QSL-QUEUE-LOST", "high", "bug", "QSL jobs queued during a send are lost",
              "`s.pending = nil` runs after `sendLabels`, outside the lock; swap the slice out under the lock instead (`batch, s.pending = s.pending, nil`).",
              symbol="Server.mailQSLs", conf=0.85),
            F("CABRILLO-TRAVERSAL", "high", "security", "Path traversal in Cabrillo download",
              "Reject names that are not a plain base name, or serve logs by callsign from a fixed pattern.",
              symbol="Server.handleCabrillo", conf=0.9),
            F("QSL-NO-AUTH", "medium", "security", "QSL requests need no authentication",
              "Anyone can queue label printing to any address; require at least an operator or a captcha and rate-limit.",
              conf=0.6),
        ]),
        "Scoring and band control:",
        Block([
            F("DUPE-SCORED-FIRST", "high", "bug", "Points are credited before the dupe check",
              "Move the score update after the dupe check and the successful insert; today every dupe still scores.",
              d=-1, sd=-1, n=3, symbol="Server.handleLogQSO", conf=0.85),
            F("CALLSIGN-FROM-BODY", "high", "security", "Score credited to the callsign from the request body",
              "Use the authenticated `X-Callsign`; an operator can pad another station's score (or their own under another call).",
              symbol="Server.handleLogQSO", conf=0.8),
            F("DUPE-KEY-IGNORES-OPERATOR", "medium", "bug", "Dupe key does not include the logging station",
              "Key on `q.Callsign + \"/\" + q.Worked + \"/\" + q.Band`.", symbol="Server.handleLogQSO", conf=0.75),
            F("DUPE-MAP-RACE", "high", "bug", "`lastQSO` is accessed without the mutex",
              "Concurrent requests write the map at the same time (fatal error: concurrent map writes). Hold `s.mu` for the read and the write.",
              symbol="Server.handleLogQSO", conf=0.9),
            F("QSO-INSERT-ERROR-SWALLOWED", "medium", "bug", "Failed QSO insert still returns 201",
              "Return 500 and do not count the contact.", symbol="Server.handleLogQSO", conf=0.8),
            F("BAND-EDGE-EXCLUSIVE", "medium", "bug", "Band check rejects the upper band edge",
              "The table documents both edges as inside the band; use `q.FreqKHz > edges[1]`.",
              symbol="Server.handleLogQSO", conf=0.7),
            F("QSO-DELETE-ANY-OWNER", "high", "security", "Any operator can delete any contact",
              "Add `AND callsign = $2` with the authenticated callsign.", symbol="Server.handleDeleteQSO", conf=0.85),
            F("QSO-DELETE-ERROR-IGNORED", "low", "bug", "Delete ignores the database error",
              "Check the error and `RowsAffected`; answer 404 for unknown ids.", symbol="Server.handleDeleteQSO", conf=0.7),
            F("BAND-JOIN-RACE", "medium", "bug", "Band join check and increment are not atomic",
              "The mutex is released between reading and writing `bandUsers`; two stations can both see 1 and both join. Hold it across both.",
              d=-1, n=3, symbol="Server.handleBandJoin", conf=0.85),
            F("LEADERBOARD-TOP-MINUS-ONE", "medium", "bug", "Leaderboard returns one entry fewer than `top`",
              "Use `board[:top]`.", symbol="Server.handleLeaderboard", conf=0.9),
            F("RECENT-LIMIT-UNBOUNDED", "medium", "performance", "`n` in `/recent` is unbounded",
              "Default to 50 and cap at 500; a missing `n` currently returns nothing (LIMIT 0).",
              symbol="Server.handleRecent", conf=0.7),
            F("RECENT-DB-ERROR-LEAK", "low", "security", "Database errors are returned to clients",
              "Log the error and return a generic message.", symbol="Server.handleRecent", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "HTTP server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("OP-UNKNOWN-CALL-PASSES", "critical", "security", "Auth bypass: Scan error ignored in operator(); unknown call + empty token passes",
              "Handle err; reject empty tokens."),
            F("QSL-SQLI", "critical", "security", "SQL injection in handleQSLRequest (call)",
              "Use $1.", d=-2),
            F("QSL-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleQSLRequest",
              "defer rows.Close()."),
            F("QSL-LABEL-SHELL", "high", "security", "Command injection in printLabel via sh -c",
              "exec.Command without shell.", d=-2),
            F("CABRILLO-TRAVERSAL", "high", "security", "Directory traversal: ?file= joined into logDir",
              "filepath.Base + existence check.", d=-1),
            F("DUPE-MAP-RACE", "high", "bug", "Data race on lastQSO (no lock)",
              "Guard with s.mu.", d=-1),
            F("DUPE-SCORED-FIRST", "high", "bug", "Dupes scored: points added before dupe check",
              "Score after insert succeeds."),
            F("QSO-INSERT-ERROR-SWALLOWED", "medium", "bug", "Insert failure ignored; returns 201",
              "Return 500."),
            F("QSO-DELETE-ANY-OWNER", "high", "security", "IDOR in handleDeleteQSO",
              "Scope delete to caller's callsign.", d=-2),
            F("BAND-NAME-UNCHECKED", "low", "bug", "handleBandJoin accepts unknown band names",
              "Check bandEdges."),
            F("BAND-JOIN-RACE", "medium", "bug", "TOCTOU in handleBandJoin (unlock between read and write)",
              "Single critical section."),
            F("BAND-EDGE-EXCLUSIVE", "low", "bug", "Upper band edge excluded (>= instead of >)",
              "Use >.", d=-1),
            F("LEADERBOARD-TOP-MINUS-ONE", "low", "bug", "Off-by-one: board[:top-1]",
              "board[:top].", d=-1),
            F("RECENT-DB-ERROR-LEAK", "low", "security", "Raw DB error returned to client",
              "Generic message."),
            F("QSL-QUEUE-LOST", "medium", "bug", "Race: s.pending reset without lock after send; new jobs dropped",
              "Swap under lock.", d=-3),
            F("SERVER-NO-TIMEOUTS", "low", "security", "No server timeouts",
              "http.Server{ReadHeaderTimeout: ...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I've reviewed the `contestlog` Go service. It manages contact (QSO) logging for an amateur radio contest,
        keeps claimed scores and band occupancy in memory, and mails QSL cards through an external `qsl-print`
        command.

        ## Security

        The most serious weaknesses are injection flaws and missing access controls on the public routes.
        """,
        Block([
            F("QSL-SQLI", "critical", "injection", "SQL Injection in QSL Request Handler",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `call` query parameter is concatenated directly into the SQL statement."),
            F("QSL-LABEL-SHELL", "critical", "injection", "OS Command Injection in Label Printing",
              "Do not invoke the shell; pass arguments to `exec.Command`.", sd=-1, n=2),
            F("CABRILLO-TRAVERSAL", "major", "path-traversal", "Path Traversal in Cabrillo Log Download",
              "Validate the file name.", d=+1),
            F("QSL-NO-AUTH", "major", "access-control", "Unauthenticated QSL Mailing Requests",
              "Require authentication for QSL requests."),
            F("CABRILLO-NO-AUTH", "major", "access-control", "Unauthenticated Access to Contest Logs",
              "Protect the log download with the operator middleware."),
            F("OP-TOKEN-TIMING", "minor", "authentication", "Timing Attack on Operator Token",
              "Use `subtle.ConstantTimeCompare`."),
            F("QSO-DELETE-ANY-OWNER", "major", "access-control", "Insecure Direct Object Reference in QSO Deletion",
              "Verify that the QSO belongs to the calling operator."),
            F("CALLSIGN-FROM-BODY", "major", "access-control", "Score Attribution Trusts Client-Supplied Callsign",
              "Use the authenticated callsign from the header."),
            F("RECENT-DB-ERROR-LEAK", "minor", "information-disclosure", "Database Error Details Exposed",
              "Return a generic error message."),
            F("SERVER-NO-TIMEOUTS", "minor", "availability", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts."),
        ], wrap="list"),
        """
        ## Concurrency

        Several maps on `Server` are shared across request goroutines.
        """,
        Block([
            F("DUPE-MAP-RACE", "critical", "concurrency", "Concurrent Map Access on lastQSO",
              "Protect `lastQSO` with the mutex.", d=+1,
              desc="Go maps are not safe for concurrent use; simultaneous QSO submissions will cause a fatal runtime error."),
            F("BAND-JOIN-RACE", "major", "concurrency", "Race Condition in Band Join Logic",
              "Perform the check and the increment under a single lock.", d=+3),
            F("QSL-QUEUE-LOST", "major", "concurrency", "Pending QSL Queue Reset Without Lock",
              "Reset the queue while holding the mutex.", d=-1),
            U({"severity": "info", "category": "style", "description": "Consider adding doc comments to exported types."}),
            F("BAND-EDGE-EXCLUSIVE", "minor", "logic", "Upper Band Edge Treated as Outside the Band",
              "Use `>` for the upper edge.", sd=-1, n=2),
            F("LEADERBOARD-TOP-MINUS-ONE", "minor", "logic", "Leaderboard Truncation Off by One",
              "Slice with `top`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("QSL-SQLI", "high", "security", "sql injection in qsl lookup", "use $1"),
            F("QSL-LABEL-SHELL", "high", "security", "shell injection in printLabel", "no sh -c"),
            F("CABRILLO-TRAVERSAL", "high", "security", "path traversal in cabrillo download", "filepath.Base"),
            F("DUPE-MAP-RACE", "high", "bug", "lastQSO map race", "lock it"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("CALLSIGN-FROM-BODY", "medium", "", "score goes to callsign from body", "use header callsign"),
            F("QSO-DELETE-ERROR-IGNORED", "low", "bug", "delete error ignored", "check err"),
            F("LEADERBOARD-TOP-MINUS-ONE", "low", "bug", "leaderboard off by one", "board[:top]"),
            F("CABRILLO-NO-AUTH", "medium", "security", "cabrillo logs public", "require operator"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. **Security**: SQL injection, command injection, path traversal, weak operator authentication.
        2. **Concurrency**: unsynchronized map access, non-atomic band join, lost QSL jobs.
        3. **Correctness**: scoring order, dupe keys, band edge and leaderboard off-by-ones.
        4. **Reliability**: leaked rows, ignored errors, no timeouts on label printing.
        """,
        Block([
            F("OP-UNKNOWN-CALL-PASSES", "critical", "security", "Authentication bypass for unknown callsign",
              "Check the error returned by Scan.", conf=0.85),
            F("OP-TOKEN-TIMING", "minor", "security", "Token comparison vulnerable to timing attacks",
              "Use constant-time comparison.", d=-1, conf=0.6),
            F("QSL-SQLI", "critical", "security", "SQL injection in QSL request",
              "Use query parameters.", conf=0.9),
            F("QSL-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed",
              "defer rows.Close().", conf=0.8),
            F("QSL-LABEL-SHELL", "critical", "security", "Command injection in printLabel",
              "Avoid sh -c.", d=-2, conf=0.9),
            F("QSL-PRINT-NO-TIMEOUT", "minor", "reliability", "External command without timeout",
              "Use exec.CommandContext.", conf=0.6),
            F("QSL-QUEUE-LOST", "major", "concurrency", "QSL pending queue cleared without lock",
              "Swap the queue under the mutex.", d=-2, conf=0.8),
            F("DUPE-SCORED-FIRST", "major", "correctness", "Score incremented before duplicate check",
              "Increment after validation.", conf=0.8),
            F("DUPE-KEY-IGNORES-OPERATOR", "minor", "correctness", "Duplicate key missing operator callsign",
              "Include q.Callsign in the key.", conf=0.6),
            F("DUPE-MAP-RACE", "major", "concurrency", "Data race on lastQSO map",
              "Use the mutex.", d=-1, conf=0.85),
            F("QSO-INSERT-ERROR-SWALLOWED", "major", "reliability", "Insert error ignored",
              "Return an error response.", conf=0.7),
            F("QSO-DELETE-ANY-OWNER", "major", "security", "Missing authorization on QSO deletion",
              "Check ownership.", d=-2, conf=0.8),
            F("QSO-DELETE-SCORE-KEPT", "minor", "correctness", "Deleted QSO points not subtracted",
              "Update s.scores on delete.", conf=0.6),
            F("BAND-JOIN-RACE", "major", "concurrency", "Check-then-act race in band join",
              "Hold the lock for the whole operation.", d=+1, conf=0.8),
            F("BAND-EDGE-EXCLUSIVE", "minor", "correctness", "Off-by-one in band edge check",
              "Include the upper edge.", conf=0.7),
            F("LEADERBOARD-TOP-MINUS-ONE", "minor", "correctness", "Leaderboard returns top-1 entries",
              "Use board[:top].", d=-1, conf=0.8),
            F("RECENT-LIMIT-UNBOUNDED", "minor", "performance", "Unbounded limit on recent QSOs",
              "Cap n.", conf=0.6),
            F("CABRILLO-TRAVERSAL", "critical", "security", "Path traversal in Cabrillo endpoint",
              "Sanitize file name.", conf=0.9),
        ], wrap="object+summary", summary="18 issues: 4 critical, 7 major, 7 minor"),
    ]),
}
