"""test115/go-chessclocks: a chess club's tournament pairings, rating updates and clock rentals (Go, net/http + pgx).

Frozen test split test115 (issue 15, written 2026-12-07 for round 59) by a helper session that had not seen the
merger code, any score, or any other split's answers or specs (apart from specs/tune2__py_snapctl.py, for the
format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test115: seeded problems in a small chess-club service; five agents' answers "
    "written by hand."
)

M = "main.go"
PROBLEMS = {
    "ARBITER-KEY-IN-QUERY": P(M, 'key := r.URL.Query().Get("key")', "security", "arbiter key passed in the query string (access logs, history, referrers)"),
    "ARBITER-FAILS-OPEN": P(M, "if key != s.arbiterKey {", "security", "with ARBITER_KEY unset an empty key matches: every arbiter route is open"),
    "ARBITER-TIMING": P(M, "if key != s.arbiterKey {", "security", "arbiter key compared with != instead of subtle.ConstantTimeCompare; extra, one agent"),
    "PLAYERS-SQLI": P(M, "rows, err := s.db.Query(q)", "security", "club query value concatenated into the players SQL", "source-vs-sink"),
    "PLAYERS-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "PLAYERS-SCAN-IGNORED": P(M, "rows.Scan(&p.ID, &p.Name, &p.Rating)", "bug", "Scan error ignored: zero-valued players in the list; one agent"),
    "PAIR-SORT-NO-TIEBREAK": P(M, "sort.Slice(players, func(i, j int) bool { return players[i].Score > players[j].Score })", "bug", "unstable sort on score only: equal scores are paired in arbitrary order, no rating tie-break; one agent"),
    "PAIR-ODD-PANIC": P(M, "for i := 0; i < len(players); i += 2 {", "bug", "i < len(players) with players[i+1]: an odd field indexes past the end and panics (no bye)", "off-by-one"),
    "PAIR-REMATCH": P(M, "boards = append(boards, [2]Player{players[i], players[i+1]})", "bug", "neighbours paired without checking earlier rounds: rematches, no colour balance; one agent"),
    "PAIR-INSERT-SQLI": P(M, 'q := fmt.Sprintf("INSERT INTO games', "security", "tournament id path value (percent-decoded) formatted into the INSERT"),
    "PAIR-INSERT-ERR-IGNORED": P(M, "s.db.Exec(q)", "bug", "Exec error ignored: failed board inserts still answer with the pairings"),
    "RESULT-SCORE-UNCHECKED": P(M, "if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&res); err != nil {", "bug", "score not checked to be 0, 0.5 or 1 (nor white != black): a score of 50 moves ratings by 1600"),
    "RATING-RACE": P(M, "s.ratings[res.White] = ra + kFactor*(res.Score-ea)", "bug", "ratings map read and written without s.mu while /ratings locks it: lost updates, concurrent map writes crash", "critical-section"),
    "BLACK-SIGN": P(M, "s.ratings[res.Black] = rb + kFactor*(res.Score-ea)", "bug", "black's update uses white's score and expectation: both players gain (or lose) together"),
    "PRIZES-TOP-UNCHECKED": P(M, 'top, _ := strconv.Atoi(r.URL.Query().Get("top"))', "bug", "top parse error ignored and not bounded: negative or larger than the field panics"),
    "PRIZES-OBO": P(M, "winners := players[:top+1]", "bug", "players[:top+1] returns one winner too many (top=3 gives four)", "off-by-one"),
    "CLOCK-MEMBER-SPOOF": P(M, 'member := r.Header.Get("X-Member")', "security", "renter identity from an unauthenticated header: rent in someone else's name"),
    "CLOCK-RACE": P(M, 'if holder == "" {', "bug", "clocks map checked and written without s.mu: two members rent the same clock, concurrent map writes", "critical-section"),
    "WITHDRAW-IDOR": P(M, 'if _, err := s.db.Exec("DELETE FROM entries WHERE id = $1", entry); err != nil {', "security", "unauthenticated withdraw deletes any entry by id", "signature-vs-statement"),
    "PGN-SHELL": P(M, 'out, err := exec.Command("sh", "-c", "pgn-filter --event', "security", "event query value put inside single quotes of an sh -c command line", "source-vs-sink"),
    "ARBITER-LOG-TRAVERSAL": P(M, 'f, _ := os.Open(filepath.Join(s.logDir, r.URL.Query().Get("file")))', "security", "file query value joined to logDir: ../ reads any file", "signature-vs-statement"),
    "LOG-FILE-LEAK": P(M, "io.Copy(w, f)", "bug", "opened log file never closed (descriptor leak); Open error ignored, missing file answers 200 empty"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("ARBITER-KEY-IN-QUERY", "ARBITER-FAILS-OPEN"),
    ("ARBITER-FAILS-OPEN", "ARBITER-TIMING"),
    ("ARBITER-KEY-IN-QUERY", "ARBITER-TIMING"),
    ("PLAYERS-SQLI", "PLAYERS-DB-ERROR-LEAK"),
    ("PAIR-SORT-NO-TIEBREAK", "PAIR-ODD-PANIC"),
    ("PAIR-ODD-PANIC", "PAIR-REMATCH"),
    ("PAIR-SORT-NO-TIEBREAK", "PAIR-REMATCH"),
    ("PAIR-INSERT-SQLI", "PAIR-INSERT-ERR-IGNORED"),
    ("RATING-RACE", "BLACK-SIGN"),
    ("PRIZES-TOP-UNCHECKED", "PRIZES-OBO"),
    ("CLOCK-MEMBER-SPOOF", "CLOCK-RACE"),
    ("ARBITER-LOG-TRAVERSAL", "LOG-FILE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole Knight's Rest club service. `adminOnly` is the model the rest should
        follow (fails closed, `subtle.ConstantTimeCompare`), and `handleRatings` / `handleReturnClock` take
        `s.mu` correctly; `handleResult` and `handleRentClock` touch the same maps without it.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 7 |
        | low | 3 |

        Security first:
        """,
        Block([
            F("PLAYERS-SQLI", "critical", "security", "SQL injection via `club` in `handlePlayers`",
              "Use a placeholder: `s.db.Query(\"... WHERE club = $1 ...\", club)`.", symbol="Server.handlePlayers", conf=0.95),
            F("PGN-SHELL", "critical", "security", "Shell injection via `event` in `handleExportPGN`",
              "Run `exec.Command(\"pgn-filter\", \"--event\", event, path)` without `sh -c`; single quotes do not protect against a `'` in the value.",
              symbol="Server.handleExportPGN", conf=0.9),
            F("ARBITER-FAILS-OPEN", "critical", "security", "`arbiterOnly` accepts an empty key when `ARBITER_KEY` is unset",
              "Refuse when `s.arbiterKey == \"\"` and compare with `subtle.ConstantTimeCompare`, as `adminOnly` does.",
              symbol="Server.arbiterOnly", conf=0.9),
            F("ARBITER-KEY-IN-QUERY", "medium", "security", "Arbiter key is read from the query string",
              "Take it from a header; URLs end up in logs and browser history.", symbol="Server.arbiterOnly", conf=0.75),
            F("WITHDRAW-IDOR", "high", "security", "`DELETE /entries/{entry}` is unauthenticated and not scoped to the caller",
              "Authenticate the player and delete `WHERE id = $1 AND player_id = $2`.", symbol="Server.handleWithdraw", conf=0.85),
            F("ARBITER-LOG-TRAVERSAL", "high", "security", "Path traversal in `handleArbiterLog`",
              "Use `filepath.Base` on the name or check the cleaned path stays under `s.logDir`.",
              symbol="Server.handleArbiterLog", conf=0.8),
            F("PAIR-INSERT-SQLI", "high", "security", "Tournament id is formatted into the games INSERT",
              "Pass all five values as `$1..$5` parameters; `PathValue` is percent-decoded.", symbol="Server.handlePair", conf=0.8),
            F("CLOCK-MEMBER-SPOOF", "medium", "security", "Clock renter taken from the `X-Member` header",
              "Authenticate members; an empty header even 'rents' a clock to nobody.", symbol="Server.handleRentClock", conf=0.7),
            F("PLAYERS-DB-ERROR-LEAK", "low", "security", "Database errors are returned verbatim",
              "Log `err` and return a generic message.", symbol="Server.handlePlayers", conf=0.7),
            F("NO-SERVER-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.65),
        ]),
        "Correctness and concurrency:",
        Block([
            F("PAIR-ODD-PANIC", "high", "bug", "Pairing loop panics with an odd number of players",
              "Loop while `i+1 < len(players)` and give the last player a bye.", symbol="Server.handlePair", conf=0.9),
            F("PAIR-REMATCH", "medium", "bug", "Pairings ignore earlier rounds (rematches, colours)",
              "Skip opponents already met and alternate colours, as a Swiss system requires.", symbol="Server.handlePair", conf=0.6),
            F("PAIR-INSERT-ERR-IGNORED", "medium", "bug", "Errors from inserting games are ignored",
              "Check the error and wrap the inserts in a transaction.", symbol="Server.handlePair", conf=0.7),
            F("RATING-RACE", "high", "bug", "`handleResult` writes `s.ratings` without `s.mu`",
              "Hold `s.mu` around the read and both writes; concurrent map writes are a fatal error in Go.",
              symbol="Server.handleResult", conf=0.85),
            F("BLACK-SIGN", "high", "bug", "Black's rating change has the wrong sign",
              "Black scored `1 - Score` against an expectation of `1 - ea`: `rb + kFactor*((1-res.Score)-(1-ea))`, i.e. `rb - kFactor*(res.Score-ea)`.",
              symbol="Server.handleResult", conf=0.85),
            F("PRIZES-OBO", "medium", "bug", "`players[:top+1]` returns one prize winner too many",
              "`players[:top]`.", symbol="Server.handlePrizes", conf=0.85),
            F("PRIZES-TOP-UNCHECKED", "medium", "bug", "`top` is not validated (parse error ignored, no bounds)",
              "Reject `top < 1` and clamp to `len(players)`; otherwise the slice panics.", symbol="Server.handlePrizes", conf=0.75),
            F("CLOCK-RACE", "medium", "bug", "Clock rental reads and writes `s.clocks` without the mutex",
              "Lock `s.mu` for the check and the write, as `handleReturnClock` does.", d=-1, n=3,
              symbol="Server.handleRentClock", conf=0.8),
            F("LOG-FILE-LEAK", "low", "bug", "Log file is never closed and the Open error is ignored",
              "Check the error (404) and `defer f.Close()`.", symbol="Server.handleArbiterLog", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("PLAYERS-SQLI", "critical", "security", "SQL injection in handlePlayers (club)", "placeholder", d=-2),
            F("PGN-SHELL", "critical", "security", "Command injection in export.pgn via event", "no sh -c", d=-1),
            F("PAIR-INSERT-SQLI", "high", "security", "SQL built with Sprintf in handlePair", "parameters"),
            F("ARBITER-KEY-IN-QUERY", "medium", "security", "Arbiter secret in URL query", "header"),
            F("ARBITER-TIMING", "low", "security", "Arbiter key compared with != (not constant time)", "subtle.ConstantTimeCompare", d=1),
            F("WITHDRAW-IDOR", "high", "security", "handleWithdraw: no auth, deletes any entry", "auth + owner check", d=-2),
            F("PAIR-ODD-PANIC", "high", "bug", "Index out of range when player count is odd", "bye handling", d=1),
            F("RATING-RACE", "high", "bug", "Data race on s.ratings in handleResult", "lock s.mu", d=-2),
            F("BLACK-SIGN", "high", "bug", "Black rating delta uses white's score", "negate"),
            F("PRIZES-OBO", "medium", "bug", "prizes returns top+1 players", "players[:top]"),
            F("CLOCK-RACE", "medium", "bug", "Data race on s.clocks in handleRentClock", "lock s.mu", d=1),
            F("LOG-FILE-LEAK", "low", "bug", "os.File leaked in handleArbiterLog", "defer Close"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the Knight's Rest chess club server written in Go.

        **Overview**

        The service exposes player listings, Swiss-style pairings, Elo rating updates, prize lists, chess clock
        rentals and PGN export over `net/http`. While the overall structure is clear, I identified several
        security vulnerabilities and concurrency issues.

        **Security Vulnerabilities**
        """,
        Block([
            F("PLAYERS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Player Listing",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `club` parameter is concatenated directly into the SQL query string."),
            F("PGN-SHELL", "CRITICAL", "Command Injection", "Command Injection in PGN Export",
              "Avoid `sh -c`; pass arguments directly to `exec.Command`.", sd=-1, n=2),
            F("PAIR-INSERT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Game Insertion",
              "Use placeholders in the INSERT statement."),
            F("ARBITER-KEY-IN-QUERY", "HIGH", "Broken Authentication", "Arbiter Key Transmitted in URL",
              "Send the key in a request header."),
            F("ARBITER-FAILS-OPEN", "HIGH", "Broken Authentication", "Arbiter Check Passes When No Key Is Configured",
              "Reject all requests when `ARBITER_KEY` is empty.", sd=-2, n=3),
            F("WITHDRAW-IDOR", "HIGH", "Broken Access Control", "Unauthenticated Tournament Withdrawal",
              "Require authentication and verify ownership of the entry.", sd=-2, n=3),
            F("ARBITER-LOG-TRAVERSAL", "MEDIUM", "Path Traversal", "Path Traversal in Arbiter Log Viewer",
              "Sanitize the file name with `filepath.Base`.", d=-1, n=2),
            F("PLAYERS-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Error Messages Exposed",
              "Return a generic error."),
            F("NO-SERVER-TIMEOUTS", "LOW", "Denial of Service", "Missing HTTP Server Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        **Concurrency and Logic Issues**
        """,
        Block([
            F("RATING-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Rating Updates",
              "Protect `s.ratings` with `s.mu`.", sd=-2, n=3,
              desc="`handleResult` may run concurrently; unsynchronized map writes cause a fatal runtime error."),
            F("CLOCK-RACE", "MEDIUM", "Race Condition", "Race Condition in Clock Rental",
              "Lock the mutex before checking and assigning the clock.", sd=-2, n=3),
            F("PAIR-ODD-PANIC", "HIGH", "Logic Error", "Pairing Fails for an Odd Number of Players",
              "Handle the odd player with a bye.", d=1, sd=-1, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Exported types should have doc comments."}),
            F("PRIZES-TOP-UNCHECKED", "MEDIUM", "Error Handling", "Unvalidated top Parameter Can Cause a Panic",
              "Validate `top` and check the error from `strconv.Atoi`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("PLAYERS-SQLI", "error", "security", "sql injection: club concatenated into query", "use $1", d=-1),
            F("PGN-SHELL", "error", "security", "sh -c with event from query", "exec without shell"),
            F("ARBITER-FAILS-OPEN", "error", "security", "arbiter auth open when ARBITER_KEY empty", "fail closed"),
            F("PAIR-ODD-PANIC", "error", "bug", "odd player count -> out of range panic", "i+1 < len"),
            F("CLOCK-RACE", "warning", "", "clocks map used without mutex", "s.mu.Lock()"),
        ], fence=None, indent=None, wrap="list"),
        "also:",
        Block([
            F("PLAYERS-SCAN-IGNORED", "warning", "bug", "rows.Scan error ignored", "check err"),
            F("PAIR-INSERT-ERR-IGNORED", "warning", "bug", "db.Exec error ignored in pairing", "check err"),
            F("PRIZES-OBO", "warning", "bug", "top+1 off by one", "players[:top]"),
        ], fence="json", indent=None, wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL injection in the player listing, shell injection in PGN export.
        2. Access control: arbiter key handling, unauthenticated withdrawal, spoofable clock renter, log path traversal.
        3. Concurrency: ratings and clocks maps accessed without the mutex.
        4. Correctness: pairing with odd players, rating formula for black, prize slice, unvalidated result.
        """,
        Block([
            F("PLAYERS-SQLI", "blocker", "security", "SQL injection via club parameter", "Use bind parameters.", conf=0.95),
            F("PGN-SHELL", "blocker", "security", "Shell command injection in PGN export", "Do not use sh -c.", conf=0.9),
            F("ARBITER-KEY-IN-QUERY", "major", "security", "Arbiter key exposed in query string", "Use an Authorization header.", conf=0.7),
            F("ARBITER-FAILS-OPEN", "major", "security", "Arbiter authentication bypass with empty key", "Require a configured key.", d=-1, conf=0.8),
            F("WITHDRAW-IDOR", "major", "security", "Missing authorization on entry withdrawal", "Check the caller owns the entry.", d=-1, conf=0.8),
            F("ARBITER-LOG-TRAVERSAL", "major", "security", "Directory traversal in arbiter log endpoint", "Clean and validate the path.", conf=0.75),
            F("CLOCK-MEMBER-SPOOF", "minor", "security", "Clock renter identity can be spoofed", "Authenticate the member.", conf=0.6),
            F("RATING-RACE", "major", "concurrency", "Unsynchronized rating map updates", "Use s.mu.", d=-1, conf=0.8),
            F("CLOCK-RACE", "major", "concurrency", "Race condition when renting clocks", "Use s.mu.", conf=0.75),
            F("BLACK-SIGN", "major", "correctness", "Incorrect Elo update for the black player", "Use 1 - score and 1 - expected.", conf=0.8),
            F("RESULT-SCORE-UNCHECKED", "minor", "correctness", "Game score is not validated", "Accept only 0, 0.5 or 1.", conf=0.6),
            F("PAIR-ODD-PANIC", "major", "correctness", "Out-of-bounds access when pairing an odd number of players", "Assign a bye.", conf=0.85),
            F("PAIR-SORT-NO-TIEBREAK", "minor", "correctness", "Pairing order is nondeterministic for equal scores", "Use a stable sort with rating as tie-break.", conf=0.55),
            F("PRIZES-OBO", "minor", "correctness", "Off-by-one in prize winners slice", "Use players[:top].", d=-1, conf=0.7),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 8 major, 4 minor"),
    ]),
}
