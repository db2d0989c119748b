"""test113/go-cluehunt: a cryptic treasure hunt's clue releases, team check-ins and hint penalties (Go).

Frozen test split test113, written 2026-12-07 by a helper session that had not seen the merger code, its
results, any score or any other split's answers or specs (only tune2's py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any score. "
    "Frozen test split test113: seeded problems in a net/http desk for a cryptic treasure hunt (clue releases, "
    "team check-ins, hint penalties); five agents' answers written by hand."
)

G = "server.go"
PROBLEMS = {
    "SCHEDULE-OFF-BY-ONE": P(G, "s.clues[i].ReleaseAt = start.Add(", "bug", "clue numbers start at 1, so clue 1 is released one interval after the start instead of at it", "off-by-one"),
    "TEAM-TOKEN-TIMING": P(G, 'r.Header.Get("X-Team-Token") != team.Token', "security", "team token compared with != (not constant-time; setterOnly uses subtle)"),
    "REGISTER-ID-COLLISION": P(G, 'id := fmt.Sprintf("t%d", time.Now().Unix())', "bug", "second-resolution id: two teams registering in the same second get one id and the second replaces the first"),
    "REGISTER-ID-GUESSABLE": P(G, 'id := fmt.Sprintf("t%d", time.Now().Unix())', "security", "team ids are Unix timestamps: trivially enumerable (and /teams/{id} is public)"),
    "REGISTER-TOKEN-PREDICTABLE": P(G, "sum := sha256.Sum256([]byte(in.Name + id))", "security", "team token is sha256(name + timestamp id): anyone who knows the name and second can compute it"),
    "TEAM-TOKEN-LEAK": P(G, 'writeJSON(w, s.teams[r.PathValue("id")])', "security", "public GET /teams/{id} encodes the whole Team struct, token included (no json tags, no auth)", "signature-vs-statement"),
    "CLUE-BOUNDS": P(G, "if err == nil && n >= 0 && n <= len(s.clues) {", "bug", "n >= 0 admits clue 0: s.clues[-1] panics; should be n >= 1", "off-by-one"),
    "CLUE-UNRELEASED": P(G, "writeJSON(w, s.clues[n-1])", "security", "GET /clues/{n} never checks ReleaseAt: a team can read clues before their release (the list handler checks)"),
    "ANSWER-UNRELEASED": P(G, "clue := s.clues[n-1]", "security", "answers are accepted for clues that are not released yet"),
    "ANSWER-BRUTE": P(G, "correct := strings.EqualFold(", "security", "unlimited answer attempts: short answers can be brute-forced"),
    "ANSWER-RACE": P(G, "team.Solved[n] = true", "bug", "Solved map and Finish written without s.mu: concurrent answers (and readers under the lock) race, concurrent map writes crash", "critical-section"),
    "ANSWER-FINISH-RESET": P(G, "team.Finish = time.Since(s.started) + team.Penalty", "bug", "finish time overwritten on every correct answer, also on re-answering an already solved clue and before all clues are solved"),
    "HINT-LIMIT": P(G, "if used > maxHintsPerClue {", "bug", "> instead of >=: a fourth hint is handed out, and with three hints Hints[3] panics", "off-by-one"),
    "DISTANCE-DEGREES": P(G, "x := (lon2 - lon1) * math.Cos((lat1+lat2)/2)", "bug", "math.Cos given degrees, not radians: east-west distances are wrong; extra, one agent"),
    "CHECKIN-SQLI": P(G, 'q := fmt.Sprintf("SELECT lat, lon FROM checkpoints', "security", "checkpoint code from the path formatted into the SQL", "source-vs-sink"),
    "CHECKIN-UNKNOWN-500": P(G, "if err := s.db.QueryRow(q).Scan(&lat, &lon); err != nil {", "bug", "unknown checkpoint code (sql.ErrNoRows) answers 500 instead of 404"),
    "CHECKIN-DB-ERROR-LEAK": P(G, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client (helps the SQL injection)"),
    "CHECKIN-FIRST-RACE": P(G, "first := s.visits[code] == 1", "bug", "visits map incremented and read without a lock: two teams can both be first, concurrent map writes crash", "critical-section"),
    "CHECKIN-PENALTY-UNLOCKED": P(G, "team.Penalty -= firstFinderBonus", "bug", "team.Penalty changed without s.mu while handleHint changes it under the lock: lost updates"),
    "HISTORY-ROWS-LEAK": P(G, 'rows, err := s.db.Query("SELECT checkpoint, at FROM checkins', "bug", "rows never closed (no defer rows.Close()): connections leak", "signature-vs-statement"),
    "HISTORY-SCAN-IGNORED": P(G, "rows.Scan(&code, &at)", "bug", "Scan error ignored (and rows.Err never checked): zero rows reported as data"),
    "ANNOUNCE-BODY-UNBOUNDED": P(G, "msg, _ := io.ReadAll(r.Body)", "security", "request body read without a size limit and the error ignored"),
    "ANNOUNCE-SHELL-CHANNEL": P(G, 'cmd := exec.Command("sh", "-c",', "security", "channel query value concatenated into an sh -c command", "source-vs-sink"),
    "ANNOUNCE-SHELL-MSG": P(G, 'cmd := exec.Command("sh", "-c",', "security", "message body placed inside single quotes in the sh -c command: a quote breaks out"),
    "SERVER-NO-TIMEOUTS": P(G, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("REGISTER-ID-COLLISION", "REGISTER-ID-GUESSABLE"),
    ("REGISTER-ID-GUESSABLE", "REGISTER-TOKEN-PREDICTABLE"),
    ("CLUE-BOUNDS", "CLUE-UNRELEASED"),
    ("ANSWER-UNRELEASED", "ANSWER-BRUTE"),
    ("ANSWER-BRUTE", "ANSWER-RACE"),
    ("ANSWER-RACE", "ANSWER-FINISH-RESET"),
    ("CHECKIN-SQLI", "CHECKIN-DB-ERROR-LEAK"),
    ("CHECKIN-UNKNOWN-500", "CHECKIN-DB-ERROR-LEAK"),
    ("CHECKIN-FIRST-RACE", "CHECKIN-PENALTY-UNLOCKED"),
    ("ANNOUNCE-SHELL-CHANNEL", "ANNOUNCE-SHELL-MSG"),
    ("ANNOUNCE-SHELL-MSG", "ANNOUNCE-BODY-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `server.go`, the whole hunt desk. Good parts first: `setterOnly` fails closed with
        `subtle.ConstantTimeCompare`, `loadClues` closes its rows and checks every `Scan`, the clue list only
        returns released clues, `handleAnswer` and `handleHint` bound-check `n` correctly, hints are handed out
        under `s.mu`, and `Clue.Answer` is kept out of JSON with `json:"-"`.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 9 |
        | low | 4 |

        The injection points and the team credentials matter most; the hunt's fairness (early clues, races on
        team state, hint limit) comes next.
        """,
        Block([
            F("CHECKIN-SQLI", "critical", "security", "SQL injection via the checkpoint code in `handleCheckin`",
              "Use a placeholder: `s.db.QueryRow(\"SELECT lat, lon FROM checkpoints WHERE code = $1\", code)`.",
              symbol="Server.handleCheckin", conf=0.95),
            F("ANNOUNCE-SHELL-CHANNEL", "critical", "security", "Shell injection through the `channel` query parameter",
              "Call `exec.Command(\"announce\", \"--channel\", channel, string(msg))` without `sh -c`, and validate `channel`.",
              symbol="Server.handleAnnounce", conf=0.9),
            F("ANNOUNCE-SHELL-MSG", "high", "security", "Announcement text can break out of its single quotes",
              "A message containing `'` ends the quoted argument and the rest runs as shell; pass it as its own argv element.",
              symbol="Server.handleAnnounce", conf=0.85),
            F("TEAM-TOKEN-LEAK", "high", "security", "`GET /teams/{id}` returns the team's token",
              "`Team` has no json tags, so `Token` is encoded; return a view without it, and require the team's own token.",
              symbol="Server.handleTeam", conf=0.9),
            F("REGISTER-TOKEN-PREDICTABLE", "high", "security", "Team tokens are derived from public data",
              "`sha256(name + id)` with a timestamp id is computable by anyone; use 32 bytes from `crypto/rand`.",
              symbol="Server.handleRegister", conf=0.85),
            F("REGISTER-ID-COLLISION", "medium", "bug", "Two registrations in the same second share one id",
              "The second overwrites the first team in `s.teams`; use a random id or a counter under the lock.",
              symbol="Server.handleRegister", conf=0.8),
            F("CLUE-UNRELEASED", "high", "security", "`GET /clues/{n}` serves clues before their release time",
              "Check `time.Now().Before(clue.ReleaseAt)` as `handleClueList` does, and answer 404 or 425.",
              symbol="Server.handleClue", conf=0.85),
            F("CLUE-BOUNDS", "medium", "bug", "`GET /clues/0` panics",
              "`n >= 0` admits 0 and `s.clues[n-1]` indexes -1; use `n >= 1` as the other handlers do.",
              symbol="Server.handleClue", conf=0.85),
        ]),
        "Concurrency, fairness and robustness:",
        Block([
            F("ANSWER-RACE", "high", "bug", "`handleAnswer` mutates team state without `s.mu`",
              "`team.Solved` and `team.Finish` are written with no lock while `handleHint` and `handleTeam` touch the same team under `s.mu`; two concurrent correct answers can crash with concurrent map writes.",
              sd=-1, n=3, symbol="Server.handleAnswer", conf=0.85),
            F("ANSWER-FINISH-RESET", "medium", "bug", "Finish time is overwritten by every correct answer",
              "Re-answering an already solved clue moves the team's time; set `Finish` once, when the last clue is solved.",
              symbol="Server.handleAnswer", conf=0.75),
            F("ANSWER-UNRELEASED", "medium", "security", "Answers accepted for unreleased clues",
              "Reject answers while `time.Now().Before(clue.ReleaseAt)`.", symbol="Server.handleAnswer", conf=0.7),
            F("CHECKIN-FIRST-RACE", "medium", "bug", "First-finder detection races on `s.visits`",
              "`s.visits[code]++` and the `== 1` check run without a lock; two teams can both get the bonus, and concurrent map writes are fatal.",
              d=-1, n=2, symbol="Server.handleCheckin", conf=0.85),
            F("CHECKIN-PENALTY-UNLOCKED", "medium", "bug", "Bonus changes `team.Penalty` outside `s.mu`",
              "`handleHint` adds to `Penalty` under the lock; the bonus subtracts without it, so one of the two updates can be lost.",
              symbol="Server.handleCheckin", conf=0.7),
            F("HINT-LIMIT", "medium", "bug", "Hint limit is off by one",
              "`used > maxHintsPerClue` lets a team take a fourth hint, and `Hints[3]` panics for a clue with three hints; use `>=` and also check `len(Hints)`.",
              symbol="Server.handleHint", conf=0.85),
            F("SCHEDULE-OFF-BY-ONE", "low", "bug", "Clue 1 is released 20 minutes after the start",
              "Numbers start at 1; use `Number-1` intervals if clue 1 should open at the start.",
              symbol="Server.schedule", conf=0.7),
            F("DISTANCE-DEGREES", "medium", "bug", "`distanceM` passes degrees to `math.Cos`",
              "Convert the mean latitude to radians; at 52° N the east-west distance is off by a large factor and check-ins are wrongly rejected or accepted.",
              symbol="distanceM", conf=0.7),
            F("CHECKIN-DB-ERROR-LEAK", "low", "security", "Database errors are returned to clients",
              "Log `err` and return a generic message (and 404 for `sql.ErrNoRows`).", symbol="Server.handleCheckin", conf=0.7),
            F("HISTORY-ROWS-LEAK", "medium", "bug", "`handleHistory` never closes its rows",
              "Add `defer rows.Close()` after the error check; each history request holds a connection until GC.",
              symbol="Server.handleHistory", conf=0.85),
            F("HISTORY-SCAN-IGNORED", "low", "bug", "`rows.Scan` error ignored in `handleHistory`",
              "Check the error and `rows.Err()` after the loop.", symbol="Server.handleHistory", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server started without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("CHECKIN-SQLI", "critical", "security", "handleCheckin: path value `code` -> fmt.Sprintf SQL",
              "Placeholder.", d=-1),
            F("ANNOUNCE-SHELL-CHANNEL", "high", "security", "handleAnnounce: sh -c with channel from query",
              "No shell; argv.", d=-2),
            F("TEAM-TOKEN-LEAK", "high", "security", "handleTeam exposes Team.Token publicly",
              "Omit token; auth.", d=-3),
            F("CLUE-UNRELEASED", "high", "security", "handleClue ignores ReleaseAt", "Check release time."),
            F("CLUE-BOUNDS", "medium", "bug", "clue 0 -> s.clues[-1] panic", "n >= 1.", d=+1),
            F("ANSWER-RACE", "high", "bug", "Data race: team.Solved map written without s.mu",
              "Lock.", d=+1),
            F("HINT-LIMIT", "medium", "bug", "4th hint allowed (> vs >=); Hints[used] can panic",
              ">=.", d=-1),
            F("CHECKIN-FIRST-RACE", "medium", "bug", "s.visits concurrent map access",
              "Mutex.", d=-1),
            F("HISTORY-ROWS-LEAK", "medium", "bug", "handleHistory: rows not closed", "defer rows.Close().", d=-1),
            F("REGISTER-TOKEN-PREDICTABLE", "high", "security", "Predictable team token (sha256 of name+unix time)",
              "crypto/rand."),
            F("CHECKIN-UNKNOWN-500", "low", "bug", "Unknown checkpoint -> 500, should be 404", "Handle sql.ErrNoRows."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the treasure hunt server in `server.go`.

        The service manages teams, releases cryptic clues on a schedule, accepts answers, hands out hints
        with time penalties and records check-ins at physical checkpoints. It is compact, but several
        handlers trust request data too much and shared state is modified without synchronization.

        ### Security
        """,
        Block([
            F("CHECKIN-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Checkpoint Check-in",
              "Use parameterized queries.", sd=-1, n=3,
              desc="The `code` path value is formatted into the query string with `fmt.Sprintf`."),
            F("CHECKIN-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Error Messages Exposed",
              "Return a generic error.", d=-1, sd=-1, n=2),
            F("ANNOUNCE-SHELL-CHANNEL", "CRITICAL", "Command Injection", "Command Injection in Announcements (channel)",
              "Avoid `sh -c`.", sd=-2, n=3),
            F("ANNOUNCE-SHELL-MSG", "CRITICAL", "Command Injection", "Command Injection in Announcements (message)",
              "Pass the message as a separate argument."),
            F("ANNOUNCE-BODY-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Request Body in Announcements",
              "Wrap the body with `http.MaxBytesReader`."),
            F("TEAM-TOKEN-LEAK", "HIGH", "Information Disclosure", "Team Token Disclosure",
              "Add `json:\"-\"` to `Token` and authenticate the endpoint.", sd=-2, n=3),
            F("REGISTER-ID-GUESSABLE", "MEDIUM", "Broken Authentication", "Predictable Team Identifiers",
              "Generate random team IDs.",
              desc="Team IDs are Unix timestamps, so they can be enumerated easily."),
            F("REGISTER-TOKEN-PREDICTABLE", "HIGH", "Broken Authentication", "Predictable Team Token",
              "Use `crypto/rand` for tokens."),
            F("TEAM-TOKEN-TIMING", "LOW", "Broken Authentication", "Timing Attack on Team Token",
              "Use `subtle.ConstantTimeCompare`."),
        ], wrap="list"),
        """
        ### Logic and Concurrency
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "The file mixes handlers and helpers; consider splitting it into packages."}),
            F("CLUE-UNRELEASED", "HIGH", "Broken Access Control", "Clues Accessible Before Release",
              "Check `ReleaseAt` in `handleClue`.", d=-1, sd=-1, n=2),
            F("ANSWER-UNRELEASED", "MEDIUM", "Logic Error", "Answers Accepted for Unreleased Clues",
              "Validate the release time before checking the answer."),
            F("ANSWER-BRUTE", "MEDIUM", "Broken Authentication", "No Limit on Answer Attempts",
              "Rate-limit answer submissions per team."),
            F("ANSWER-RACE", "HIGH", "Race Condition", "Race Condition on Team Progress",
              "Hold `s.mu` while updating `team.Solved` and `team.Finish`.", d=-1),
            F("CHECKIN-FIRST-RACE", "HIGH", "Race Condition", "Concurrent Map Access on Visits",
              "Protect `s.visits` with the mutex.", d=+1, sd=-1, n=3),
            F("HINT-LIMIT", "MEDIUM", "Logic Error", "Hint Limit Off by One",
              "Use `>=` when comparing with `maxHintsPerClue`."),
            F("SERVER-NO-TIMEOUTS", "LOW", "Availability", "HTTP Server Without Timeouts",
              "Configure timeouts on an `http.Server`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CHECKIN-SQLI", "error", "security", "sql injection in checkin", "use $1"),
            F("ANNOUNCE-SHELL-CHANNEL", "error", "security", "sh -c with query param", "exec without shell"),
            F("TEAM-TOKEN-LEAK", "error", "", "team token returned by GET /teams/{id}", "hide token"),
            F("ANSWER-RACE", "warning", "bug", "team.Solved written without lock", "lock s.mu", d=-1),
            F("SCHEDULE-OFF-BY-ONE", "warning", "bug", "first clue released late", "use Number-1", d=-1, n=2),
            F("HISTORY-SCAN-IGNORED", "warning", "bug", "scan error ignored in history", "check err"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in check-in, shell in announcements.
        2. Credentials: predictable team ids and tokens, token exposed by the team endpoint.
        3. Concurrency: team progress and checkpoint visits are modified without synchronization.
        4. Correctness: clue bounds, hint limit, release schedule, finish time.
        """,
        Block([
            F("CHECKIN-SQLI", "blocker", "security", "SQL injection in handleCheckin", "Use query parameters.", conf=0.9),
            F("ANNOUNCE-SHELL-MSG", "blocker", "security", "Command injection via announcement message",
              "Do not use sh -c.", d=-1, snippet="msg, _ := io.ReadAll(r.Body)", conf=0.85),
            F("ANNOUNCE-SHELL-CHANNEL", "blocker", "security", "Command injection via announcement channel",
              "Validate the channel name.", conf=0.85),
            F("TEAM-TOKEN-LEAK", "major", "security", "Sensitive token returned by team endpoint",
              "Exclude the token from the response.", conf=0.85),
            F("REGISTER-ID-COLLISION", "major", "correctness", "Team ID collision within the same second",
              "Use unique random identifiers.", conf=0.7),
            F("REGISTER-TOKEN-PREDICTABLE", "major", "security", "Team token derived from predictable input",
              "Use a cryptographically random token.", conf=0.8),
            F("CLUE-BOUNDS", "major", "correctness", "Off-by-one in clue index validation",
              "Require n >= 1.", conf=0.8),
            F("ANSWER-BRUTE", "minor", "security", "Answer attempts are not rate limited",
              "Limit attempts per team and clue.", d=+1, conf=0.6),
            F("ANSWER-FINISH-RESET", "major", "correctness", "Finish time recalculated on every correct answer",
              "Only set Finish when the hunt is complete.", conf=0.7),
            F("ANSWER-RACE", "major", "concurrency", "Unsynchronized writes to team state in handleAnswer",
              "Acquire the mutex.", d=+1, conf=0.75),
            F("HINT-LIMIT", "major", "correctness", "Hint limit allows one extra hint",
              "Use >= instead of >.", conf=0.8),
            F("CHECKIN-FIRST-RACE", "major", "concurrency", "Race condition on visits map in handleCheckin",
              "Guard the map with the mutex.", conf=0.8),
            F("CHECKIN-PENALTY-UNLOCKED", "minor", "concurrency", "Penalty update outside the mutex",
              "Modify team.Penalty under s.mu.", conf=0.6),
            F("HISTORY-ROWS-LEAK", "major", "resource-leak", "Database rows not closed in handleHistory",
              "defer rows.Close().", conf=0.85),
            F("SCHEDULE-OFF-BY-ONE", "minor", "correctness", "Release schedule starts one interval late",
              "Subtract one from the clue number.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 9 major, 3 minor"),
    ]),
}
