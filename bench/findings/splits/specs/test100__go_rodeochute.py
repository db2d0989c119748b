"""test100/go-rodeochute: a rodeo office, event entries, the stock draw and livestock checks (Go, net/http + database/sql).

Frozen test split test100 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
its scores or any other split's answers; labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test100: seeded problems in a rodeo office service (contestant entries, the "
    "rough-stock draw, vets' livestock checks, judging and standings); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "VET-TOKEN-FAILS-OPEN": P(M, 'if r.URL.Query().Get("token") != s.vetToken {', "security", "VET_TOKEN unset: vetToken is empty and a request without ?token= matches, so vetOnly lets anyone record checks", "signature-vs-statement"),
    "VET-TOKEN-IN-QUERY": P(M, 'if r.URL.Query().Get("token") != s.vetToken {', "security", "vet token read from the query string (logged by proxies, kept in history) and compared with != (not constant time)"),
    "ENTRY-CAPACITY-OBO": P(M, "if s.entries[key] > limit {", "bug", "entries > limit admits one entry more than the event's capacity (should refuse at >= limit)", "off-by-one"),
    "ENTRY-PAID-FROM-CLIENT": P(M, "e.Contestant, e.Event, e.Performance, e.PaidCents).Scan(&e.ID)", "security", "paid_cents taken from the request body on a public endpoint: an entrant records any fee as paid (entryFeeCents is never used)"),
    "OUTS-LIMIT-OBO": P(M, "if len(today) > maxOutsPerDay {", "bug", "len(today) > maxOutsPerDay lets an animal out a third time in a day (should be >=)", "off-by-one"),
    "DRAW-NO-ANIMALS-PANIC": P(M, "a := animals[i%len(animals)]", "bug", "no fit animals for the event: i % 0 panics (integer divide by zero) and kills the request"),
    "DRAW-SAME-ANIMAL-TWICE": P(M, "a := animals[i%len(animals)]", "bug", "more entries than animals: the modulo hands the same animal to several riders in one performance"),
    "DRAW-ENTRY-SKIPPED": P(M, "if !s.canBuck(a, at) {", "bug", "an entry whose drawn animal may not buck is skipped silently: the rider gets no animal and the answer does not say so"),
    "DRAW-OUTS-RACE": P(M, "s.outs[a] = append(s.outs[a], at)", "bug", "s.outs read in canBuck and appended here without s.mu: concurrent draws race on the map (fatal concurrent map writes) and overwork animals", "critical-section"),
    "DRAW-NO-AUTH": P(M, 'mux.HandleFunc("POST /performances/{perf}/draw", s.handleDraw)', "security", "the draw is registered without secretaryOnly: anyone can run (and rerun) the draw"),
    "CHECKS-HISTORY-PUBLIC": P(M, 'mux.HandleFunc("GET /animals/{id}/checks", s.handleAnimalChecks)', "security", "animal check history (vets' names, notes) registered without any authentication"),
    "CHECKS-SQL-INJECTION": P(M, "FROM checks c WHERE animal_id = \" + animal +", "security", "path id and since query value concatenated into SQL", "source-vs-sink"),
    "CHECKS-DB-ERROR-LEAKED": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "raw database error text returned to the client (helps the injection above)"),
    "UNFIT-ANIMAL-DRAWN": P(M, "WHERE c.animal_id = a.id AND c.fit AND c.checked_at", "bug", "EXISTS any fit check in 24 h: an animal passed fit in the morning and found lame later is still drawn"),
    "STANDINGS-CACHE-RACE": P(M, "s.board = s.loadStandings()", "bug", "board and boardAt read and written by concurrent handlers without s.mu: data race, every request after expiry reloads", "critical-section"),
    "STANDINGS-QUERY-ERROR-IGNORED": P(M, "rows, _ := s.db.Query(", "bug", "Query error discarded: on a database error rows is nil and rows.Next() panics", "signature-vs-statement"),
    "STANDINGS-ROWS-NOT-CLOSED": P(M, "rows, _ := s.db.Query(", "bug", "rows never closed in loadStandings: a connection leaks if iteration stops early"),
    "STANDINGS-SCAN-ERROR-IGNORED": P(M, "rows.Scan(&st.Contestant, &st.Event, &st.Score)", "bug", "Scan error ignored (and rows.Err never checked): a failed row is appended as zero values"),
    "SCORE-SKIPS-FIRST-MARK": P(M, "for i := 1; i < len(marks); i++ {", "bug", "loop starts at 1: the first judge's rider mark is never added", "off-by-one"),
    "SCORE-MARKS-UNCHECKED": P(M, "total += marks[i]", "bug", "marks not checked against 0..25: negative or huge marks go straight into the score"),
    "ANNOUNCE-SHELL-INJECTION": P(M, 'cmd := exec.Command("sh", "-c"', "security", "perf query value concatenated into an sh -c command line", "source-vs-sink"),
}

CONFUSABLE = [
    ("VET-TOKEN-FAILS-OPEN", "VET-TOKEN-IN-QUERY"),
    ("DRAW-NO-ANIMALS-PANIC", "DRAW-SAME-ANIMAL-TWICE"),
    ("DRAW-NO-ANIMALS-PANIC", "DRAW-ENTRY-SKIPPED"),
    ("DRAW-SAME-ANIMAL-TWICE", "DRAW-ENTRY-SKIPPED"),
    ("DRAW-ENTRY-SKIPPED", "DRAW-OUTS-RACE"),
    ("DRAW-NO-AUTH", "CHECKS-HISTORY-PUBLIC"),
    ("CHECKS-SQL-INJECTION", "CHECKS-DB-ERROR-LEAKED"),
    ("STANDINGS-QUERY-ERROR-IGNORED", "STANDINGS-ROWS-NOT-CLOSED"),
    ("SCORE-SKIPS-FIRST-MARK", "SCORE-MARKS-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` (the whole service). The secretary side is in decent shape; the draw, the vets'
        side and the standings board have the problems, and two of them are animal-welfare rules that the
        code does not actually enforce.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 8 |
        | medium | 8 |
        | low | 1 |

        Done well: `secretaryOnly` refuses an empty token and uses `subtle.ConstantTimeCompare`; `handleEnter`
        holds `s.mu` across the capacity check and the insert; `queryIDs` closes its rows and checks both `Scan`
        and `rows.Err()`; `handleCheck` only records an animal fit inside 37.5-39.5 °C; every query binds its
        parameters except the check history; the rest-hours comparison in `canBuck` is right; the
        `http.Server` has read and write timeouts.
        """,
        Block([
            F("CHECKS-SQL-INJECTION", "critical", "security", "SQL injection in the animal check history",
              "Bind both values: `... WHERE animal_id = $1 AND checked_at >= $2`, and parse `since` as a time first.",
              symbol="Server.handleAnimalChecks", conf=0.95),
            F("ANNOUNCE-SHELL-INJECTION", "critical", "security", "`perf` is concatenated into an `sh -c` command",
              "Parse `perf` as an integer and run `announcer-sheet` with arguments, piping to `lp` from Go instead of the shell.",
              symbol="Server.handleAnnounce", conf=0.9),
            F("VET-TOKEN-FAILS-OPEN", "high", "security", "`vetOnly` accepts every request when `VET_TOKEN` is unset",
              "Refuse when `s.vetToken == \"\"`, as `secretaryOnly` does.", symbol="Server.vetOnly", conf=0.9),
            F("VET-TOKEN-IN-QUERY", "medium", "security", "Vet token travels in the URL and is compared with `!=`",
              "Take it from a header and compare with `subtle.ConstantTimeCompare`.", symbol="Server.vetOnly", conf=0.75),
            F("DRAW-NO-AUTH", "high", "security", "The stock draw has no authentication",
              "Wrap `handleDraw` in `secretaryOnly`; anyone can currently rerun the draw and burn animals' outs.",
              symbol="main", conf=0.85),
            F("CHECKS-HISTORY-PUBLIC", "medium", "security", "Livestock check history is public",
              "Put it behind `vetOnly` or `secretaryOnly`.", symbol="main", conf=0.7),
            F("ENTRY-PAID-FROM-CLIENT", "high", "security", "Entrants choose how much they paid",
              "Record `entryFeeCents` (or the amount from the payment provider), never `e.PaidCents` from the body.",
              symbol="Server.handleEnter", conf=0.8),
            F("ENTRY-CAPACITY-OBO", "medium", "bug", "Capacity check admits one entry too many",
              "Use `>= limit`: with 12 bareback places the 13th entry is accepted.", symbol="Server.handleEnter", conf=0.85),
            F("OUTS-LIMIT-OBO", "high", "bug", "Daily outs limit lets an animal buck three times",
              "`len(today) > maxOutsPerDay` is false at two outs; use `>=`.", symbol="Server.canBuck", conf=0.85),
            F("DRAW-OUTS-RACE", "high", "bug", "`s.outs` is read and written by the draw without `s.mu`",
              "Hold `s.mu` for the whole loop (and in `canBuck`'s callers); concurrent draws can crash with concurrent map writes.",
              symbol="Server.handleDraw", conf=0.85),
            F("DRAW-NO-ANIMALS-PANIC", "high", "bug", "Draw panics when no animal is fit",
              "Return 409 when `len(animals) == 0` before the loop.", symbol="Server.handleDraw", conf=0.85),
            F("DRAW-SAME-ANIMAL-TWICE", "medium", "bug", "One animal can be drawn for two riders in the same performance",
              "Refuse the draw (or draw with replacement explicitly) when there are fewer animals than entries.",
              symbol="Server.handleDraw", conf=0.65),
            F("DRAW-ENTRY-SKIPPED", "medium", "bug", "Entries silently get no animal",
              "Try the next animal, or report the undrawn entries in the response.", d=+1, symbol="Server.handleDraw", conf=0.65),
            F("UNFIT-ANIMAL-DRAWN", "high", "bug", "An animal found unfit after a fit check is still drawn",
              "Use the latest check per animal (`DISTINCT ON (animal_id) ... ORDER BY checked_at DESC`) and require it to be fit.",
              symbol="Server.handleDraw", conf=0.75),
            F("SCORE-SKIPS-FIRST-MARK", "high", "bug", "The score leaves out the first judge's rider mark",
              "Start the loop at 0 (`for _, m := range marks`).", symbol="Server.handleScore", conf=0.9),
            F("SCORE-MARKS-UNCHECKED", "medium", "bug", "Marks are not range-checked",
              "Reject marks outside 0-25.", symbol="Server.handleScore", conf=0.7),
            F("STANDINGS-QUERY-ERROR-IGNORED", "medium", "bug", "`loadStandings` ignores the query error",
              "Return the error; with `rows == nil` the loop panics.", symbol="Server.loadStandings", conf=0.8),
            F("STANDINGS-ROWS-NOT-CLOSED", "low", "bug", "`loadStandings` never closes `rows`",
              "`defer rows.Close()` after checking the error.", symbol="Server.loadStandings", conf=0.7),
            F("STANDINGS-CACHE-RACE", "medium", "bug", "Standings cache is a data race",
              "Guard `board`/`boardAt` with `s.mu` (or an `atomic.Pointer`) and let one goroutine refresh.",
              d=+1, symbol="Server.handleStandings", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("CHECKS-SQL-INJECTION", "critical", "security", "handleAnimalChecks: since/id concatenated into SQL", "Use $1/$2.", d=-2),
            F("CHECKS-DB-ERROR-LEAKED", "low", "security", "handleAnimalChecks returns err.Error() to client", "Log; generic 500."),
            F("ANNOUNCE-SHELL-INJECTION", "critical", "security", "handleAnnounce: perf into sh -c", "strconv.Atoi; exec without shell.", d=-1),
            F("VET-TOKEN-FAILS-OPEN", "high", "security", "vetOnly: empty VET_TOKEN + missing ?token= passes", "Fail closed.", d=-2),
            F("DRAW-OUTS-RACE", "high", "bug", "handleDraw: unsynchronized s.outs map (canBuck read + append)", "Lock s.mu.", d=-3),
            F("DRAW-NO-ANIMALS-PANIC", "high", "bug", "handleDraw: i%len(animals) divide by zero when no animals", "Guard len(animals) == 0."),
            F("OUTS-LIMIT-OBO", "medium", "bug", "canBuck allows maxOutsPerDay+1 outs", ">=.", d=+1),
            F("ENTRY-CAPACITY-OBO", "medium", "bug", "handleEnter: capacity + 1 entries accepted", ">= limit.", d=+1),
            F("SCORE-SKIPS-FIRST-MARK", "high", "bug", "handleScore drops marks[0]", "i := 0.", d=+1),
            F("STANDINGS-QUERY-ERROR-IGNORED", "medium", "bug", "loadStandings: Query error dropped, nil rows deref", "Handle err.", d=-1),
            F("STANDINGS-SCAN-ERROR-IGNORED", "low", "bug", "loadStandings: Scan error ignored", "Check err and rows.Err()."),
            F("STANDINGS-CACHE-RACE", "medium", "bug", "handleStandings: s.board/s.boardAt data race", "Mutex.", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the rodeo office service in `main.go`.

        ## Overview

        The service registers contestants for events, draws bucking stock for each performance, records vets'
        fitness checks and keeps the standings. It is written against Go 1.22's routing patterns and
        `database/sql`. I found issues in authentication, input handling, and shared state.

        ## Security Issues
        """,
        Block([
            F("CHECKS-SQL-INJECTION", "CRITICAL", "SQL Injection", "SQL Injection in Animal Check History",
              "Use parameterized queries.", sd=-2, n=3,
              desc="Both the `id` path value and the `since` query parameter are concatenated into the SQL string."),
            F("CHECKS-DB-ERROR-LEAKED", "LOW", "Information Disclosure", "Database Errors Returned to Clients",
              "Return a generic message and log the details.", sd=-2, n=3),
            F("ANNOUNCE-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Announcer Sheet Printing",
              "Avoid `sh -c`; validate `perf`.", sd=-2, n=3),
            F("VET-TOKEN-FAILS-OPEN", "HIGH", "Broken Authentication", "Vet Authentication Bypass With Empty Token",
              "Reject requests when the vet token is not configured.", sd=-2, n=3),
            F("VET-TOKEN-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Vet Token Passed in URL Query String",
              "Use an Authorization header."),
            F("DRAW-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Stock Draw Endpoint",
              "Protect the route with `secretaryOnly`."),
            F("CHECKS-HISTORY-PUBLIC", "MEDIUM", "Broken Access Control", "Animal Health Records Exposed Without Authentication",
              "Require authentication for the check history."),
            F("ENTRY-PAID-FROM-CLIENT", "HIGH", "Business Logic", "Client-Controlled Entry Fee Amount",
              "Set the paid amount on the server.", d=-1, sd=-1, n=2),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Issues
        """,
        Block([
            F("DRAW-OUTS-RACE", "HIGH", "Race Condition", "Concurrent Map Access in the Stock Draw",
              "Protect `s.outs` with the server mutex.",
              desc="Go maps are not safe for concurrent use; two simultaneous draws can crash the process with `fatal error: concurrent map writes`."),
            F("DRAW-NO-ANIMALS-PANIC", "HIGH", "Denial of Service", "Division by Zero When No Animals Are Available",
              "Check that `animals` is not empty.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting main.go into separate files for handlers and storage."}),
            F("OUTS-LIMIT-OBO", "MEDIUM", "Logic Error", "Animals Can Exceed the Daily Out Limit",
              "Use `>=` in the comparison."),
            F("SCORE-SKIPS-FIRST-MARK", "HIGH", "Logic Error", "Score Calculation Ignores the First Mark",
              "Start the loop at index 0.", sd=-2, n=3),
            F("STANDINGS-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Standings Cache",
              "Use a mutex around the cache.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("CHECKS-SQL-INJECTION", "high", "security", "sql injection in animal checks", "use placeholders"),
            F("ANNOUNCE-SHELL-INJECTION", "high", "security", "shell injection via perf", "no sh -c"),
            F("VET-TOKEN-IN-QUERY", "medium", "security", "vet token in query string", "use header"),
            F("DRAW-NO-AUTH", "high", "", "draw endpoint unauthenticated", "secretaryOnly"),
            F("DRAW-NO-ANIMALS-PANIC", "high", "bug", "modulo by zero with no animals", "check len"),
            F("SCORE-SKIPS-FIRST-MARK", "high", "bug", "first mark skipped", "start at 0"),
            F("STANDINGS-QUERY-ERROR-IGNORED", "medium", "bug", "query error ignored", "check err"),
            F("STANDINGS-ROWS-NOT-CLOSED", "low", "bug", "rows not closed", "defer rows.Close()"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the animal check history endpoint.
        2. Command injection in the announcer endpoint.
        3. Weak vet authentication.
        4. Data races on shared maps and the standings cache.
        5. Draw and scoring logic errors.
        """,
        Block([
            F("CHECKS-SQL-INJECTION", "blocker", "security", "SQL injection via string concatenation",
              "Use query parameters.", d=+1, conf=0.95),
            F("ANNOUNCE-SHELL-INJECTION", "blocker", "security", "Shell command injection in handleAnnounce",
              "Do not build shell commands from input.", conf=0.9),
            F("VET-TOKEN-FAILS-OPEN", "major", "security", "Vet token check passes when token is empty",
              "Fail when VET_TOKEN is not set.", conf=0.8),
            F("DRAW-OUTS-RACE", "major", "concurrency", "Concurrent access to outs map without lock",
              "Use s.mu.", conf=0.8),
            F("STANDINGS-CACHE-RACE", "major", "concurrency", "Race condition on standings cache",
              "Synchronize access.", conf=0.75),
            F("DRAW-NO-ANIMALS-PANIC", "major", "reliability", "Panic on empty animal list in draw",
              "Handle the empty case.", conf=0.85),
            F("DRAW-ENTRY-SKIPPED", "minor", "correctness", "Entries may be left without an animal",
              "Report undrawn entries.", d=-1, conf=0.6),
            F("UNFIT-ANIMAL-DRAWN", "major", "correctness", "Fitness query does not use the latest check",
              "Select the most recent check per animal.", d=-1, conf=0.7),
            F("OUTS-LIMIT-OBO", "major", "correctness", "Off-by-one in daily outs limit",
              "Use >=.", conf=0.8),
            F("ENTRY-CAPACITY-OBO", "major", "correctness", "Event capacity exceeded by one",
              "Use >= limit.", conf=0.8),
            F("SCORE-SKIPS-FIRST-MARK", "major", "correctness", "First mark ignored in score total",
              "Iterate from index 0.", conf=0.85),
            F("SCORE-MARKS-UNCHECKED", "minor", "correctness", "Judge marks are not validated",
              "Check each mark is within 0-25.", anchor="for i := 1; i < len(marks); i++ {", conf=0.6),
            F("STANDINGS-QUERY-ERROR-IGNORED", "minor", "reliability", "Ignored error from db.Query in loadStandings",
              "Handle the error.", conf=0.7),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 8 major, 3 minor"),
    ]),
}
