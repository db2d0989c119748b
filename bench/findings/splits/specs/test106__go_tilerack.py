"""test106/go-tilerack: a scrabble club's tournament boards and word challenges (Go). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's answers,
specs or repositories (apart from specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had seen neither the merger code nor any score. Frozen test split "
    "test106 (scored once, at the end of round 54): a scrabble club's tournament service (net/http with Go 1.22 "
    "patterns + database/sql/pgx): pairings on boards, results and ratings, holds and word challenges; seeded "
    "problems, five agents' answers written by hand."
)

S = "server.go"
PG = "pairing.go"

PROBLEMS = {
    "DIRECTOR-TOKEN-IN-QUERY": P(S, 'tok := r.URL.Query().Get("token")', "security",
                                 "director token taken from the query string (logged by proxies, kept in history)"),
    "DIRECTOR-FAIL-OPEN": P(S, 'if s.directorToken != "" && tok != s.directorToken {', "security",
                            "DIRECTOR_TOKEN unset: the check is skipped and pairing/export are open to anyone"),
    "DIRECTOR-TIMING": P(S, 'if s.directorToken != "" && tok != s.directorToken {', "security",
                         "director token compared with != (not constant time; scorerOnly uses ConstantTimeCompare)"),
    "REGISTER-MASS-ASSIGN": P(S, "Decode(&p); err != nil || strings.TrimSpace(p.Name)", "security",
                              "whole Player decoded from the body: a registrant sets their own rating, wins and spread"),
    "BOARDS-BOUNDS": P(S, "if round <= len(s.boards) {", "bug",
                       "only the upper bound is checked: round 0, a negative or non-numeric round indexes boards[-1] and panics",
                       "off-by-one"),
    "RESULT-UNAUTH": P(S, "if err := json.NewDecoder(r.Body).Decode(&in); err != nil {", "security",
                       "POST /games/{id}/result has no scorer check: anyone posts any game's result",
                       "signature-vs-statement"),
    "RESULT-SCORES-UNCHECKED": P(S, "if err := json.NewDecoder(r.Body).Decode(&in); err != nil {", "bug",
                                 "scores not validated: negative or absurd scores go into spread and ratings"),
    "STANDINGS-RACE": P(S, "g.Score1, g.Score2, g.Done = in.Score1", "bug",
                        "game and player totals updated after s.mu is released: concurrent results lose updates",
                        "critical-section"),
    "RESULT-DOUBLE-COUNT": P(S, "g.Score1, g.Score2, g.Done = in.Score1", "bug",
                             "g.Done never checked: a result posted twice counts wins, spread and rating twice"),
    "RATING-TRUNCATION": P(PG, "return int(kFactor * (actual - expected))", "bug",
                           "int() truncates toward zero: rating changes are rounded away, expected wins give 0"),
    "ANNOUNCE-NO-TIMEOUT": P(S, 'resp, err := http.Post(s.webhook, "application/json"', "bug",
                             "default client without timeout: a stuck webhook piles up announce goroutines"),
    "ANNOUNCE-BODY-LEAK": P(S, 'resp, err := http.Post(s.webhook, "application/json"', "bug",
                            "resp.Body never closed: connections leak on every announcement"),
    "HOLD-RACE": P(S, "delete(s.holds, gameID)", "bug",
                   "holds map read and deleted without s.mu (handleHold writes it under the lock): concurrent map "
                   "access, two challenges can use one hold", "critical-section"),
    "CHALLENGE-CASE": P(S, 'word := r.FormValue("word")', "bug",
                        "challenged word not upper-cased/trimmed: valid words in lower case are ruled phony"),
    "CHALLENGE-SQLI": P(S, "\"SELECT 1 FROM lexicon WHERE word = '\" + word", "security",
                        "word form value concatenated into the lexicon query", "source-vs-sink"),
    "CHALLENGE-DBERR-PHONY": P(S, "phony := err != nil", "bug",
                               "any query error (not just sql.ErrNoRows) rules the word phony"),
    "EXPORT-TRAVERSAL": P(S, 'src := filepath.Join(s.gcgDir, name+".gcg")', "security",
                          "game query value joined to the GCG dir: ../ reaches other files"),
    "EXPORT-SHELL": P(S, 'cmd := exec.Command("sh", "-c", "gcg2pdf "+src', "security",
                      "game query value ends up in an sh -c command line", "source-vs-sink"),
    "SERVER-NO-TIMEOUTS": P(S, 'srv := &http.Server{Addr: ":8086", Handler: mux}', "security",
                            "http.Server without read/write timeouts (slowloris)"),
    "PAIR-BYE-DROPPED": P(PG, "games := make([]*Game, len(standings)/2)", "bug",
                          "odd number of players: the last one gets neither a game nor a bye", "signature-vs-statement"),
    "PAIR-BOARD-INDEX": P(PG, "for b := 1; b <= len(games); b++ {", "bug",
                          "boards numbered from 1 used as slice index: games[len] panics and games[0] stays nil",
                          "off-by-one"),
}

CONFUSABLE = [
    ("DIRECTOR-TOKEN-IN-QUERY", "DIRECTOR-FAIL-OPEN"),
    ("DIRECTOR-FAIL-OPEN", "DIRECTOR-TIMING"),
    ("DIRECTOR-TOKEN-IN-QUERY", "DIRECTOR-TIMING"),
    ("RESULT-UNAUTH", "RESULT-SCORES-UNCHECKED"),
    ("STANDINGS-RACE", "RESULT-DOUBLE-COUNT"),
    ("ANNOUNCE-NO-TIMEOUT", "ANNOUNCE-BODY-LEAK"),
    ("CHALLENGE-CASE", "CHALLENGE-SQLI"),
    ("CHALLENGE-SQLI", "CHALLENGE-DBERR-PHONY"),
    ("CHALLENGE-CASE", "CHALLENGE-DBERR-PHONY"),
    ("EXPORT-TRAVERSAL", "EXPORT-SHELL"),
    ("PAIR-BYE-DROPPED", "PAIR-BOARD-INDEX"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `server.go` and `pairing.go`. The service runs a club tournament: players register, the director
        pairs each round onto boards, scorers record holds and word challenges, and results update wins, spread and
        ratings.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 5 |
        | low | 2 |

        What is right: `scorerOnly` fails closed with `subtle.ConstantTimeCompare`; `handlePair` does all of its work
        under `s.mu`, including `nextGame`; `handleHold` writes `s.holds` under the lock; the challenge log `INSERT`
        uses placeholders. The problems are mostly where a handler forgets what its neighbour does.
        """,
        Block([
            F("CHALLENGE-SQLI", "critical", "security", "SQL injection in the word challenge lookup",
              "Use `QueryRow(\"SELECT 1 FROM lexicon WHERE word = $1\", word)` like the INSERT below it.",
              symbol="Server.handleChallenge", conf=0.95),
            F("EXPORT-SHELL", "critical", "security", "Shell command built from the `game` query parameter",
              "Run `exec.Command(\"gcg2pdf\", src)` and write stdout to the file yourself; never `sh -c` with request data.",
              symbol="Server.handleExport", conf=0.9),
            F("EXPORT-TRAVERSAL", "high", "security", "`game` can escape `gcgDir` with `../`",
              "Accept only a numeric game id and build the file name from it.", symbol="Server.handleExport", conf=0.8),
            F("DIRECTOR-FAIL-OPEN", "high", "security", "`directorOnly` is open when `DIRECTOR_TOKEN` is empty",
              "Fail closed like `scorerOnly`.", symbol="Server.directorOnly", conf=0.9),
            F("DIRECTOR-TOKEN-IN-QUERY", "medium", "security", "Director token is passed in the URL",
              "Read it from a header; query strings end up in access logs and browser history.",
              symbol="Server.directorOnly", conf=0.75),
            F("RESULT-UNAUTH", "high", "security", "Anyone can post a game result",
              "`POST /games/{id}/result` is registered without `scorerOnly`; wrap it.",
              symbol="Server.handleResult", conf=0.9),
            F("REGISTER-MASS-ASSIGN", "medium", "security", "Registration decodes the whole `Player`",
              "Decode into a struct with only `Name`; today a new player can arrive with 1900 rating and 5 wins.",
              symbol="Server.handleRegister", conf=0.8),
            F("SERVER-NO-TIMEOUTS", "low", "security", "`http.Server` has no timeouts",
              "Set `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "State, pairing and challenges:",
        Block([
            F("STANDINGS-RACE", "high", "bug", "Result handling mutates shared state after unlocking",
              "Keep `s.mu` held from the game lookup to the rating update; today two results for games with a common player race on `Wins`/`Spread`/`Rating`.",
              d=-1, n=3, symbol="Server.handleResult", conf=0.85),
            F("RESULT-DOUBLE-COUNT", "high", "bug", "Posting a result twice counts it twice",
              "Return 409 when `g.Done` is already true.", symbol="Server.handleResult", conf=0.85),
            F("HOLD-RACE", "high", "bug", "`handleChallenge` reads and deletes `s.holds` without the lock",
              "`handleHold` writes the map under `s.mu`; take the same lock here (concurrent map read/write is a fatal error in Go).",
              d=-1, n=3, symbol="Server.handleChallenge", conf=0.85),
            F("CHALLENGE-CASE", "medium", "bug", "Challenged word is not normalised",
              "Upper-case and trim it before the lookup; the lexicon is stored in capitals, so `qi` is ruled phony.",
              symbol="Server.handleChallenge", conf=0.7),
            F("PAIR-BOARD-INDEX", "high", "bug", "`pairRound` indexes `games` with the 1-based board number",
              "Use `games[b-1]`; with `b == len(games)` this panics, and `games[0]` is left nil.",
              d=+2, symbol="pairRound", conf=0.9),
            F("PAIR-BYE-DROPPED", "medium", "bug", "Odd player count: the last player is silently unpaired",
              "Give the lowest-ranked unpaired player a bye (a win and a fixed spread).", symbol="pairRound", conf=0.75),
            F("BOARDS-BOUNDS", "medium", "bug", "`GET /rounds/{round}/boards` panics for round 0",
              "Check `round >= 1` too (and the `Atoi` error).", symbol="Server.handleBoards", conf=0.8),
            F("ANNOUNCE-BODY-LEAK", "low", "bug", "Webhook response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Server.announce", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("CHALLENGE-SQLI", "critical", "security", "handleChallenge: SQL injection via word",
              "use $1.", d=-2),
            F("EXPORT-SHELL", "critical", "security", "handleExport: sh -c with ?game=",
              "exec gcg2pdf directly; validate game.", d=-3),
            F("RESULT-UNAUTH", "high", "security", "handleResult not behind scorerOnly",
              "wrap route.", d=-3),
            F("PAIR-BOARD-INDEX", "high", "bug", "pairRound: b <= len(games) -> index out of range",
              "games[b-1]."),
            F("PAIR-BYE-DROPPED", "medium", "bug", "pairRound drops a player when count is odd",
              "handle bye.", d=-1),
            F("STANDINGS-RACE", "high", "bug", "handleResult: players/games mutated without s.mu (data race)",
              "hold lock.", d=-1),
            F("HOLD-RACE", "high", "bug", "handleChallenge: s.holds accessed without lock",
              "lock s.mu.", d=+1),
            F("CHALLENGE-DBERR-PHONY", "medium", "bug", "any DB error => phony",
              "check errors.Is(err, sql.ErrNoRows)."),
            F("BOARDS-BOUNDS", "medium", "bug", "handleBoards: round 0 -> boards[-1] panic",
              "round < 1 -> 404.", d=+1),
            F("ANNOUNCE-NO-TIMEOUT", "low", "bug", "announce uses http.Post (no timeout)",
              "client with Timeout."),
            F("DIRECTOR-FAIL-OPEN", "high", "security", "directorOnly allows all if token unset",
              "fail closed."),
        ], wrap="object", fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `tilerack` tournament service. Here is a detailed breakdown of the issues I
        found, grouped by area.

        ### Security

        The director middleware and several handlers trust request input more than they should, and two handlers
        pass request data to the database and to a shell.
        """,
        Block([
            F("CHALLENGE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Word Challenge",
              "Use a parameterized query.", sd=-2, n=3,
              desc="The challenged word is read from the form and concatenated into the lexicon query."),
            F("EXPORT-SHELL", "CRITICAL", "Command Injection", "Command Injection in GCG Export",
              "Do not invoke a shell; pass arguments directly.", sd=-2, n=3),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in GCG Export",
              "Sanitize the game name with `filepath.Base` and validate it."),
            F("DIRECTOR-TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Director Token Passed in URL Query",
              "Use an Authorization header."),
            F("DIRECTOR-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Token Comparison",
              "Use `subtle.ConstantTimeCompare` as in `scorerOnly`."),
            F("REGISTER-MASS-ASSIGN", "MEDIUM", "Broken Access Control", "Mass Assignment in Player Registration",
              "Only accept the name from the client.",
              desc="A client can set `rating`, `wins` and `spread` when registering."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure timeouts on `http.Server`."),
        ], wrap="list"),
        """
        ### Concurrency and Correctness

        Shared maps and player records are modified outside the mutex in two handlers.
        """,
        Block([
            F("STANDINGS-RACE", "HIGH", "Race Condition", "Data Race on Player Standings",
              "Hold `s.mu` while updating player statistics.", d=+3),
            F("HOLD-RACE", "HIGH", "Race Condition", "Unsynchronized Access to Holds Map",
              "Protect `s.holds` with the mutex.", sd=-1, n=3,
              desc="Concurrent requests can cause a fatal 'concurrent map read and map write' error."),
            U({"severity": "INFO", "category": "Documentation", "description": "Exported types lack doc comments."}),
            F("RATING-TRUNCATION", "MEDIUM", "Logic Error", "Rating Change Truncated to Integer",
              "Round with `math.Round` instead of truncating."),
            F("ANNOUNCE-BODY-LEAK", "MEDIUM", "Resource Leak", "HTTP Response Body Not Closed",
              "Close `resp.Body`."),
            F("RESULT-SCORES-UNCHECKED", "LOW", "Input Validation", "Game Scores Are Not Validated",
              "Reject negative scores.", d=0, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CHALLENGE-SQLI", "error", "security", "sql injection in handleChallenge", "use placeholder"),
            F("EXPORT-SHELL", "error", "security", "sh -c injection in export", "no shell", d=+1),
            F("STANDINGS-RACE", "warning", "bug", "result updates not locked", "hold s.mu"),
            F("PAIR-BOARD-INDEX", "error", "bug", "games[b] out of range in pairRound", "b-1", d=+2),
            F("CHALLENGE-CASE", "warning", "", "word case not normalized", "strings.ToUpper"),
            F("RESULT-DOUBLE-COUNT", "warning", "bug", "result can be submitted twice", "check g.Done"),
        ], wrap="object", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: director token check fails open; results accepted without authentication.
        2. Concurrency: result processing and the holds map are not synchronized.
        3. Correctness: duplicate results, challenge judging, board lookup, pairing, rating arithmetic.
        4. Reliability: outgoing and incoming HTTP without timeouts.
        5. Security: path traversal in export.
        """,
        Block([
            F("DIRECTOR-FAIL-OPEN", "blocker", "security", "Director authentication bypass when token unset",
              "Deny when DIRECTOR_TOKEN is empty.", conf=0.9),
            F("RESULT-UNAUTH", "major", "security", "Unauthenticated result submission",
              "Require the scorer token.", conf=0.85),
            F("STANDINGS-RACE", "major", "concurrency", "Player statistics updated outside the mutex",
              "Extend the critical section.", conf=0.8),
            F("RESULT-DOUBLE-COUNT", "major", "correctness", "Duplicate result submission is not rejected",
              "Check the Done flag.", conf=0.8),
            F("HOLD-RACE", "major", "concurrency", "Concurrent map access on holds",
              "Lock before reading and deleting.", conf=0.8),
            F("CHALLENGE-DBERR-PHONY", "minor", "correctness", "Database errors treated as phony words",
              "Distinguish sql.ErrNoRows.", d=-1, conf=0.65),
            F("CHALLENGE-CASE", "minor", "correctness", "Word lookup is case-sensitive",
              "Normalize the word.", d=+2, conf=0.6),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in export file name",
              "Validate the game parameter.", conf=0.8),
            F("BOARDS-BOUNDS", "major", "correctness", "Index out of range for round 0",
              "Validate the lower bound.", d=+1, conf=0.75),
            F("PAIR-BYE-DROPPED", "minor", "correctness", "No bye for odd player counts",
              "Assign a bye.", conf=0.7),
            F("RATING-TRUNCATION", "minor", "correctness", "Rating delta truncated",
              "Round the value.", conf=0.6),
            F("ANNOUNCE-NO-TIMEOUT", "minor", "reliability", "Webhook call without timeout",
              "Use a client with a timeout.", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "Server has no timeouts",
              "Set ReadHeaderTimeout.", conf=0.7),
        ], wrap="object+summary", summary="13 issues: 1 blocker, 6 major, 6 minor"),
    ]),
}
