"""test14/go-lobby: a multiplayer game lobby and matchmaking server (Go). Frozen; labels next to each finding."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test14, issue 15) that had not seen the merger code, its "
    "results, its tuning data or any other split's answers. Fourteenth frozen split: seeded problems in a small "
    "net/http game lobby server (lobbies, joins, kicks, match start, results with Elo, matchmaking queue, "
    "replays); five agents' answers written by hand."
)

H = "internal/lobby/handlers.go"
ST = "internal/lobby/store.go"
MM = "internal/lobby/matchmaker.go"

PROBLEMS = {
    "PLAYER-SPOOF": P(H, 'return r.Header.Get("X-Player-ID")', "security", "caller identity taken from a client-set X-Player-ID header: anyone can act as any player"),
    "CREATE-MAX": P(H, "l := s.Store.Create(s.playerID(r), req.Name, req.MaxPlayers, req.Password)", "bug", "max_players never validated: zero, negative or huge lobby sizes accepted"),
    "LIST-NEG-PAGE": P(H, 'page, _ := strconv.Atoi(r.URL.Query().Get("page"))', "bug", "page parse error ignored and negative pages accepted: a negative start index panics the handler"),
    "LIST-BOUNDS": P(H, "lobbies[start : start+pageSize]", "bug", "slice end not clamped to len(lobbies): any page that is not full (fewer than 20 lobbies, or the last page) panics", "off-by-one"),
    "LIST-PASSWORD-LEAK": P(H, "json.NewEncoder(w).Encode(lobbies[start", "security", "lobby list encodes the Lobby struct including its `password` field: every private lobby's password is public"),
    "JOIN-PW-QUERY": P(H, 'r.URL.Query().Get("password") != l.Password', "security", "lobby password sent in the query string: ends up in access logs, proxies and history"),
    "JOIN-PW-TIMING": P(H, 'r.URL.Query().Get("password") != l.Password', "security", "lobby password compared with != (not constant time) and stored in plaintext"),
    "JOIN-FULL-OBO": P(H, "if len(l.Players) > l.MaxPlayers {", "bug", "`>` instead of `>=`: a lobby accepts MaxPlayers+1 players", "off-by-one"),
    "JOIN-RACE": P(H, "l.Players = append(l.Players, s.playerID(r))", "bug", "capacity check and append on the shared Lobby without any lock: concurrent joins overfill the lobby and race on the slice (data race with kick/list)", "critical-section"),
    "KICK-NO-HOST": P(H, 'l.Remove(r.URL.Query().Get("player"))', "security", "kick has no check that the caller is the lobby host: any player can remove anyone", "signature-vs-statement"),
    "START-NIL": P(H, "l, _ := s.Store.Get(r.PathValue(\"id\"))", "bug", "`ok` ignored: starting an unknown lobby dereferences a nil *Lobby and panics"),
    "START-INJECTION": P(H, 'exec.Command("sh", "-c", fmt.Sprintf("/opt/game/server --map %s', "security", "`map` query parameter formatted into an sh -c command line: command injection", "source-vs-sink"),
    "START-ZOMBIE": P(H, "if err := cmd.Start(); err != nil {", "bug", "game server process started but never waited on: zombies accumulate, exit status lost"),
    "RESULT-DECODE": P(H, "Decode(&res)", "bug", "decode error ignored: a malformed body applies a result between two empty player names"),
    "RESULT-FORGED": P(H, "s.Store.ApplyResult(res.Winner, res.Loser)", "security", "any client may post any result for any two players (no match id, no check the caller played): ratings can be farmed", "signature-vs-statement"),
    "REPLAY-TRAVERSAL": P(H, "http.ServeFile(w, r, filepath.Join(s.ReplayDir, name", "security", "`match` query value joined into the replay path: ../ serves files outside the replay directory (ServeFile only guards r.URL.Path)", "source-vs-sink"),
    "MATCHES-RACE": P(MM, "q.matches += len(pairs)", "bug", "match counter incremented after Unlock while Stats reads it under the lock: data race", "critical-section"),
    "SEND-BLOCK": P(MM, "out <- m", "bug", "unconditional send on out: after ctx is cancelled or with a slow consumer the Run goroutine blocks forever (leak, matchmaking stalls)"),
    "TICKER-LEAK": P(MM, "ticker := time.NewTicker(time.Second)", "bug", "extra, one agent: ticker never stopped when Run returns"),
    "PAIR-OBO": P(MM, "for i := 0; i < len(q.waiting); i += 2 {", "bug", "loop bound allows i+1 == len: an odd number of waiting players indexes past the end and panics", "off-by-one"),
    "PAIR-DROPS": P(MM, "q.waiting = q.waiting[:0]", "bug", "queue cleared after pairing: players skipped for a too-large gap (and the odd one out) are silently dropped"),
    "RATING-DEFAULT": P(ST, "rw, rl := s.ratings[winner], s.ratings[loser]", "bug", "unknown players read as rating 0 instead of InitialRating (1500)"),
    "RATING-RACE": P(ST, "nw, nl := Update(rw, rl, true)", "bug", "ratings map read outside the lock and written under it: concurrent results lose updates (and a concurrent map read/write is fatal)", "critical-section"),
    "ELO-TRUNC": P("internal/lobby/rating.go", "return ra + int(K*(sa-ea)), rb + int(K*(ea-sa))", "bug", "rating deltas truncated toward zero instead of rounded: expected wins give 0 points and ratings drift"),
    "NO-TIMEOUTS": P("cmd/lobbyd/main.go", "log.Fatal(http.ListenAndServe(addr, mux))", "performance", "extra, one agent: http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("LIST-NEG-PAGE", "LIST-BOUNDS"),
    ("LIST-BOUNDS", "LIST-PASSWORD-LEAK"),
    ("JOIN-PW-QUERY", "JOIN-PW-TIMING"),
    ("JOIN-FULL-OBO", "JOIN-RACE"),
    ("START-NIL", "START-INJECTION"),
    ("START-INJECTION", "START-ZOMBIE"),
    ("RESULT-DECODE", "RESULT-FORGED"),
    ("MATCHES-RACE", "SEND-BLOCK"),
    ("RATING-DEFAULT", "RATING-RACE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Summary

        The lobby server trusts the client for identity (`X-Player-ID`) and for match results, so most
        authorization in it is nominal. Beyond that there are crashers reachable by any client (lobby list
        slicing, start of an unknown lobby, odd-sized matchmaking queue) and several unsynchronised writes to
        shared state.

        Priorities:
        1. Command injection in `HandleStart` (`map` into `sh -c`).
        2. Identity spoofing via `X-Player-ID`; forged results; kick without host check.
        3. Lobby passwords leaked by `GET /lobbies`.
        4. Panics: `HandleList` slice bounds, `HandleStart` nil lobby, `pairUp` with an odd queue.
        5. Data races: `HandleJoin` append, `Queue.matches`, `Store.ApplyResult`.
        """,
        Block([
            F("START-INJECTION", "critical", "security", "Command injection via the `map` parameter",
              "Call `exec.Command(\"/opt/game/server\", \"--map\", mapName, ...)` without a shell and validate the map name against the installed maps.",
              symbol="Server.HandleStart", conf=0.96),
            F("PLAYER-SPOOF", "high", "security", "Player identity comes from a client-controlled header",
              "Authenticate the player (signed session or token) instead of trusting `X-Player-ID`.",
              d=-1, symbol="Server.playerID", conf=0.9),
            F("RESULT-FORGED", "high", "security", "Anyone can submit arbitrary match results",
              "Record matches server-side and accept a result only for a known match id, from one of its players.",
              d=-3, symbol="Server.HandleResult", conf=0.85),
            F("KICK-NO-HOST", "medium", "security", "Kick does not verify that the caller hosts the lobby",
              "Compare `s.playerID(r)` with `l.Host` before removing.", symbol="Server.HandleKick", conf=0.85),
            F("LIST-PASSWORD-LEAK", "high", "security", "Lobby passwords are returned by the list endpoint",
              "Tag `Password` with `json:\"-\"` (and store a hash).", symbol="Server.HandleList", conf=0.9),
            F("LIST-BOUNDS", "high", "bug", "`HandleList` panics when a page is not full",
              "Clamp: `end := min(start+pageSize, len(lobbies))`, and return an empty list when `start >= len`.",
              d=-1, n=2, symbol="Server.HandleList", conf=0.92),
            F("START-NIL", "medium", "bug", "Starting a non-existent lobby panics on a nil pointer",
              "Check `ok` and return 404.", symbol="Server.HandleStart", conf=0.88),
            F("JOIN-FULL-OBO", "medium", "bug", "Lobby capacity check lets one extra player in",
              "Use `len(l.Players) >= l.MaxPlayers`.", symbol="Server.HandleJoin", conf=0.85),
            F("JOIN-RACE", "medium", "bug", "Join mutates the shared lobby without synchronisation",
              "Move the capacity check and append into a `Store` method that holds `s.mu` (or give `Lobby` its own mutex).",
              symbol="Server.HandleJoin", conf=0.8),
            F("REPLAY-TRAVERSAL", "high", "security", "Replay download allows path traversal",
              "Reject names containing `/` or `..` (or require a numeric match id).", symbol="Server.HandleReplay", conf=0.87),
            F("PAIR-OBO", "high", "bug", "`pairUp` reads past the end of the queue for an odd number of players",
              "Loop while `i+1 < len(q.waiting)`.", d=+1, symbol="Queue.pairUp", conf=0.9),
            F("PAIR-DROPS", "medium", "bug", "Unpaired players are removed from the queue",
              "Keep tickets that were not matched: build the new waiting slice from the leftovers.",
              symbol="Queue.pairUp", conf=0.82),
            F("MATCHES-RACE", "low", "bug", "`q.matches` updated outside the mutex",
              "Increment it while holding `q.mu`.", symbol="Queue.Run", conf=0.8),
            F("RATING-RACE", "medium", "bug", "`ApplyResult` reads ratings without the lock",
              "Hold `s.mu` for the whole read-compute-write.", d=-1, n=2, symbol="Store.ApplyResult", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed cmd/ and internal/lobby; 11 findings, most severe first.",
        Block([
            F("START-INJECTION", "critical", "security", "mapName from query ends up in sh -c", "No shell; validate map.", d=-2),
            F("REPLAY-TRAVERSAL", "high", "security", "match param joined into file path (traversal)", "Validate name.", d=-1),
            F("PLAYER-SPOOF", "high", "security", "X-Player-ID header trusted as identity", "Real auth."),
            F("KICK-NO-HOST", "medium", "security", "HandleKick: no host check", "Require host.", d=-3),
            F("LIST-BOUNDS", "high", "bug", "HandleList slice out of range", "Clamp end."),
            F("START-NIL", "medium", "bug", "nil lobby deref in HandleStart", "Check ok."),
            F("JOIN-RACE", "medium", "bug", "HandleJoin appends to l.Players without a lock", "Lock."),
            F("PAIR-OBO", "high", "bug", "pairUp index i+1 out of range on odd queue", "i+1 < len."),
            F("MATCHES-RACE", "low", "bug", "q.matches written without holding q.mu", "Move under lock.", d=-1),
            F("RATING-DEFAULT", "low", "bug", "new players start at 0, not InitialRating", "Default to 1500."),
            F("ELO-TRUNC", "low", "bug", "int() truncates Elo deltas", "math.Round."),
        ], wrap="object", indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the lobby server. It is a Go `net/http` service (using Go 1.22 routing
        patterns) that manages game lobbies, a rating-based matchmaking queue, Elo ratings and replay downloads.

        ## Security Findings
        """,
        Block([
            F("PLAYER-SPOOF", "critical", "Broken Authentication", "Missing authentication: identity from header",
              "Issue signed session tokens.", d=-1, sd=0,
              desc="Any client can send `X-Player-ID: <victim>` and act as that player in every endpoint."),
            F("JOIN-PW-QUERY", "medium", "Information Disclosure", "Lobby password passed in URL",
              "Send the password in the request body."),
            F("LIST-PASSWORD-LEAK", "high", "Information Disclosure", "Sensitive field exposed in API response",
              "Exclude the password from JSON serialization.", d=+1, sd=0),
            F("START-INJECTION", "critical", "Command Injection", "OS Command Injection in match start",
              "Avoid `sh -c`; pass arguments directly.", d=+1, sd=0),
            F("REPLAY-TRAVERSAL", "high", "Path Traversal", "Path Traversal in replay download",
              "Use filepath.Base and verify the prefix."),
            U({"severity": "low", "category": "Best Practice",
               "description": "Handlers should set Content-Type: application/json."}),
        ], wrap="list"),
        "## Reliability and Logic Findings",
        Block([
            F("LIST-NEG-PAGE", "medium", "Denial of Service", "Negative page number crashes the list handler",
              "Validate page >= 0 and handle the Atoi error."),
            F("CREATE-MAX", "low", "Input Validation", "MaxPlayers is not validated",
              "Require 2 <= max_players <= 16."),
            F("JOIN-FULL-OBO", "medium", "Logic Error", "Off-by-one in lobby capacity check",
              "Use >= when comparing with MaxPlayers.", d=+1, sd=0),
            F("START-ZOMBIE", "medium", "Resource Management", "Child processes are never reaped",
              "Call cmd.Wait in a goroutine."),
            F("SEND-BLOCK", "medium", "Concurrency", "Matchmaker goroutine can block forever on channel send",
              "Use select with ctx.Done() when sending.", d=-1, sd=0),
            F("TICKER-LEAK", "low", "Resource Management", "Ticker is never stopped",
              "defer ticker.Stop()."),
            F("RATING-RACE", "high", "Race Condition", "Race condition on the ratings map",
              "Acquire the mutex before reading ratings.", d=+1,
              desc="Concurrent map read and write can crash the process with a fatal error."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "5 issues in the lobby server:",
        Block([
            F("START-INJECTION", "critical", "security", "shell injection via map param", "exec without sh -c", d=-2),
            F("RESULT-DECODE", "low", "", "decode error ignored in HandleResult", "return 400 on error"),
            F("JOIN-PW-TIMING", "low", "security", "lobby password compared with != and stored in plain text", "hash + constant-time compare"),
            F("PAIR-OBO", "high", "bug", "pairUp panics with odd number of tickets", "check i+1 < len"),
            F("NO-TIMEOUTS", "low", "", "no server timeouts", "use http.Server with ReadHeaderTimeout"),
        ], wrap="list", indent=2, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        Summary:
        1. Security: command injection in match start, path traversal in replays, spoofable identity, forged results.
        2. Crashes reachable from requests: list slicing, nil lobby, odd matchmaking queue.
        3. Concurrency: lobby joins, match counter, ratings map.
        4. Matchmaking drops unpaired players; Elo uses truncation.
        """,
        Block([
            F("START-INJECTION", "blocker", "security", "Command injection in HandleStart", "Use exec.Command with argv.", conf=0.95),
            F("REPLAY-TRAVERSAL", "major", "security", "Arbitrary file read via replay name", "Sanitize the match parameter.", conf=0.85),
            F("RESULT-FORGED", "major", "security", "Unauthenticated result submission manipulates ratings",
              "Tie results to server-side matches.", conf=0.8),
            F("KICK-NO-HOST", "major", "security", "Non-host players can kick others", "Check l.Host.", conf=0.75),
            F("LIST-BOUNDS", "major", "correctness", "Out-of-range slice in HandleList",
              "Bound the end index by len(lobbies).", d=-1, conf=0.85),
            F("JOIN-RACE", "major", "concurrency", "Lobby player list modified concurrently without locking",
              "Protect Lobby with a mutex.", d=-3, conf=0.75),
            F("MATCHES-RACE", "minor", "concurrency", "Unsynchronized counter update in Queue.Run",
              "Update under q.mu.", conf=0.7),
            F("PAIR-DROPS", "major", "correctness", "Players who were not matched are lost from the queue",
              "Re-queue unmatched tickets.", d=-2, sd=0, conf=0.8),
            F("PAIR-OBO", "major", "correctness", "Index out of range in pairUp", "Fix the loop condition.", d=+1, conf=0.8),
            F("RATING-RACE", "major", "concurrency", "Data race in ApplyResult", "Lock before reading.", conf=0.8),
            F("ELO-TRUNC", "minor", "correctness", "Elo changes are truncated instead of rounded", "Use math.Round.", conf=0.7),
        ], wrap="object+summary", summary="11 issues: 1 blocker, 8 major, 2 minor"),
    ]),
}
