"""test109/go-croquetlawns: a croquet club's lawn bookings, handicaps and tournament draws
(Go, net/http with Go 1.22 patterns + database/sql/pgx).

Frozen test split test109 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
any score, or any other split's answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test109: seeded problems in a croquet club desk service; five agents' answers "
    "written by hand."
)

M = "main.go"
PROBLEMS = {
    "MEMBER-HEADER-TRUSTED": P(M, 'id := r.Header.Get("X-Member-Id")', "security",
                               "member middleware trusts a bare X-Member-Id header: anyone is any member", "signature-vs-statement"),
    "BOOK-SESSION-OFF-BY-ONE": P(M, "if req.Session < 0 || req.Session > sessionsPerDay {", "bug",
                                 "sessions are 0..3 but > sessionsPerDay accepts a fifth session 4", "off-by-one"),
    "BOOK-DAY-UNCHECKED": P(M, 'key := fmt.Sprintf("%d/%s/%d", req.Lawn, req.Day, req.Session)', "bug",
                            "day never parsed: past days, free text, and two spellings of one day get separate keys (double booking)"),
    "BOOK-RACE": P(M, "free := s.booked[key] == 0", "bug",
                   "free checked under one lock, the insert and increment happen later under another: two members book one lawn session",
                   "critical-section"),
    "BOOK-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                            "database error text returned to the client"),
    "CANCEL-NOT-OWNED": P(M, "s.db.Exec(`DELETE FROM lawn_bookings WHERE id = $1`, id)", "security",
                          "any member can cancel any booking: the member id is never compared", "signature-vs-statement"),
    "CANCEL-SLOT-STAYS-BOOKED": P(M, "s.db.Exec(`DELETE FROM lawn_bookings WHERE id = $1`, id)", "bug",
                                  "cancel never decrements s.booked: the lawn session stays blocked until restart"),
    "MEMBERS-SQL-NAME": P(M, "q := \"SELECT id, name, handicap FROM members WHERE name ILIKE '%\" + name", "security",
                          "name query value concatenated into the SQL", "source-vs-sink"),
    "MEMBERS-SQL-SORT": P(M, "q := \"SELECT id, name, handicap FROM members WHERE name ILIKE '%\" + name", "security",
                          "sort query value concatenated into ORDER BY", "source-vs-sink"),
    "MEMBERS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                 "rows never closed in handleMembers: connections leak from the pool"),
    "RESULT-NOT-A-PLAYER": P(M, "go s.recordIndex(res.Winner, pointsPerResult)", "security",
                             "any member can report any result for any two members: handicaps can be farmed or sabotaged"),
    "RESULT-SAME-MEMBER": P(M, "go s.recordIndex(res.Winner, pointsPerResult)", "bug",
                            "winner == loser and unknown member ids are not rejected"),
    "INDEX-RACE": P(M, "s.index[member] = idx", "bug",
                    "recordIndex runs in goroutines and reads/writes s.index without s.mu: lost points and concurrent map writes",
                    "critical-section"),
    "INDEX-NO-UPWARD-TRIGGER": P(M, "if idx >= indexTrigger {", "bug",
                                 "extra, one agent: only the downward trigger exists; a losing run never raises the handicap"),
    "HANDICAP-NO-FLOOR": P(M, "s.db.Exec(`UPDATE members SET handicap = handicap - 1 WHERE id = $1`, member)", "bug",
                           "handicap decremented with no floor: it can go below minHandicap (-5)"),
    "HANDICAP-UPDATE-ERROR-IGNORED": P(M, "s.db.Exec(`UPDATE members SET handicap = handicap - 1 WHERE id = $1`, member)", "bug",
                                       "Exec error ignored and the index reset anyway: a failed update loses the earned stroke"),
    "DRAW-SCAN-ERROR-IGNORED": P(M, "rows.Scan(&e.Member, &e.Handicap)", "bug",
                                 "Scan error ignored in handleDraw: a bad row enters the draw as member 0"),
    "DRAW-PREDICTABLE-SEED": P(M, "rand.Seed(time.Now().Unix())", "security",
                               "draw shuffled from a seed of the current second: predictable and repeatable"),
    "DRAW-ODD-ENTRANT-DROPPED": P(M, "for i := 0; i+1 < len(field); i += 2 {", "bug",
                                  "odd field: the loop stops one short and the last entrant gets no bye, silently dropped", "off-by-one"),
    "DRAW-ANY-MEMBER": P(M, 'mux.HandleFunc("POST /tournaments/{id}/draw", s.member(s.handleDraw))', "security",
                         "the draw is behind the member middleware, not admin: any member can redraw until it suits them"),
    "PRINT-SHELL-TITLE": P(M, 'cmd := exec.Command("sh", "-c", "print-draw --tournament "+r.PathValue("id")', "security",
                           "title query value inside single quotes in a sh -c command", "source-vs-sink"),
    "PRINT-SHELL-ID": P(M, 'cmd := exec.Command("sh", "-c", "print-draw --tournament "+r.PathValue("id")', "security",
                        "raw {id} path value concatenated into the same sh -c command"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8094", mux))', "security",
                            "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("BOOK-DAY-UNCHECKED", "BOOK-RACE"),
    ("CANCEL-NOT-OWNED", "CANCEL-SLOT-STAYS-BOOKED"),
    ("MEMBERS-SQL-NAME", "MEMBERS-SQL-SORT"),
    ("MEMBERS-SQL-SORT", "MEMBERS-ROWS-NOT-CLOSED"),
    ("RESULT-NOT-A-PLAYER", "RESULT-SAME-MEMBER"),
    ("INDEX-RACE", "INDEX-NO-UPWARD-TRIGGER"),
    ("INDEX-RACE", "HANDICAP-NO-FLOOR"),
    ("INDEX-NO-UPWARD-TRIGGER", "HANDICAP-NO-FLOOR"),
    ("HANDICAP-NO-FLOOR", "HANDICAP-UPDATE-ERROR-IGNORED"),
    ("DRAW-SCAN-ERROR-IGNORED", "DRAW-PREDICTABLE-SEED"),
    ("DRAW-PREDICTABLE-SEED", "DRAW-ODD-ENTRANT-DROPPED"),
    ("PRINT-SHELL-TITLE", "PRINT-SHELL-ID"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go` end to end. The club desk has one structural problem that everything else sits on:
        **the `member` middleware is not authentication**. It copies `X-Member-Id` into the context, so every
        "member-only" route (bookings, cancellations, results, draws) is effectively public and lets callers
        act as any member.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 5 |
        | low | 1 |

        Done right and worth keeping: `admin` fails closed on an empty key and uses `subtle.ConstantTimeCompare`;
        `handleSetHandicap` bounds the handicap to -5..24; the lawn number check is correct; `handleDraw` and
        `handleMyBookings` close their rows; `handleMyBookings` checks `Scan` errors.
        """,
        Block([
            F("MEMBER-HEADER-TRUSTED", "critical", "security", "`member` middleware trusts a client-supplied `X-Member-Id`",
              "Authenticate members (session cookie or signed token) and derive the id from it.",
              symbol="Server.member", conf=0.9),
            F("MEMBERS-SQL-NAME", "critical", "security", "SQL injection through `name` in `GET /members`",
              "Use `WHERE name ILIKE '%' || $1 || '%'` with `name` as an argument.", symbol="Server.handleMembers", conf=0.9),
            F("MEMBERS-SQL-SORT", "high", "security", "SQL injection through `sort` in `GET /members`",
              "Map `sort` to a fixed set of column names; an empty `sort` also makes the query invalid.",
              symbol="Server.handleMembers", conf=0.85),
            F("PRINT-SHELL-TITLE", "critical", "security", "Shell injection through `title` in the draw printout",
              "Run `print-draw` with `exec.Command(\"print-draw\", \"--tournament\", id, \"--title\", title)` and pipe to `lpr` in Go.",
              symbol="Server.handlePrintDraw", conf=0.85),
            F("CANCEL-NOT-OWNED", "high", "security", "Any member can cancel any lawn booking",
              "Add `AND member_id = $2` and return 404 when no row was deleted.", symbol="Server.handleCancel", conf=0.85),
            F("DRAW-ANY-MEMBER", "high", "security", "Tournament draw can be (re)made by any member",
              "Register the route with `s.admin`, like `/print`.", conf=0.75),
            F("BOOK-DB-ERROR-LEAK", "low", "security", "Database errors are returned verbatim",
              "Log `err` and send a generic message.", symbol="Server.handleBook", conf=0.6),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
        "Correctness and concurrency:",
        Block([
            F("BOOK-RACE", "high", "bug", "Two members can book the same lawn session",
              "Hold `s.mu` from the check until the increment, or better, rely on a unique index on (lawn, day, session) and map the violation to 409.",
              d=+2, symbol="Server.handleBook", conf=0.85),
            F("BOOK-SESSION-OFF-BY-ONE", "medium", "bug", "Session 4 is accepted although sessions are 0..3",
              "Use `req.Session >= sessionsPerDay`.", symbol="Server.handleBook", conf=0.85),
            F("INDEX-RACE", "high", "bug", "`recordIndex` mutates `s.index` from goroutines without the mutex",
              "Lock `s.mu` in `recordIndex` (or do the update synchronously in SQL); concurrent map writes are a fatal runtime error.",
              symbol="Server.recordIndex", conf=0.9),
            F("HANDICAP-NO-FLOOR", "medium", "bug", "Automatic handicap reduction can go below -5",
              "`SET handicap = GREATEST(handicap - 1, -5)`.", symbol="Server.recordIndex", conf=0.7),
            F("RESULT-NOT-A-PLAYER", "high", "security", "Results can be reported for games the caller did not play",
              "Require the submitter to be one of the two players and the other to confirm.",
              symbol="Server.handleResult", conf=0.7),
            F("MEMBERS-ROWS-NOT-CLOSED", "medium", "bug", "`handleMembers` never closes its rows",
              "`defer rows.Close()` after the error check, as `handleDraw` does.", symbol="Server.handleMembers", conf=0.85),
            F("DRAW-ODD-ENTRANT-DROPPED", "medium", "bug", "With an odd number of entrants the last one is left out of the draw",
              "After the loop, give the remaining entrant a bye: `Pairing{A: field[len(field)-1]}` (the `B` pointer is already optional).",
              symbol="Server.handleDraw", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("MEMBERS-SQL-NAME", "critical", "security", "name query param concatenated into SQL", "Placeholders.", d=-2),
            F("MEMBERS-SQL-SORT", "high", "security", "sort query param concatenated into ORDER BY", "Whitelist.", d=-1),
            F("PRINT-SHELL-TITLE", "critical", "security", "title -> sh -c in handlePrintDraw", "exec without a shell.", d=-1),
            F("MEMBER-HEADER-TRUSTED", "critical", "security", "member() authenticates nothing (X-Member-Id header)", "Real auth.", d=-2),
            F("CANCEL-NOT-OWNED", "high", "security", "handleCancel deletes any booking id", "Scope by member_id.", d=-2),
            F("CANCEL-SLOT-STAYS-BOOKED", "medium", "bug", "handleCancel leaves s.booked[key] set; session stays blocked", "Decrement under s.mu."),
            F("BOOK-RACE", "high", "bug", "handleBook: booked check released before insert (double booking)", "One critical section or unique index.", d=-1),
            F("INDEX-RACE", "high", "bug", "s.index written from goroutines without lock", "s.mu.", d=-1),
            F("HANDICAP-UPDATE-ERROR-IGNORED", "medium", "bug", "UPDATE error ignored, index reset regardless", "Check err before resetting."),
            F("DRAW-SCAN-ERROR-IGNORED", "low", "bug", "rows.Scan error ignored in handleDraw", "Return 500."),
            F("DRAW-ODD-ENTRANT-DROPPED", "medium", "bug", "odd entrant count: last player never paired", "Add a bye.", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the croquet club service in `main.go`. Here is a summary of my findings.

        **Architecture overview:** a single `net/http` server using Go 1.22 routing patterns, PostgreSQL through
        `database/sql`, and in-memory maps for booking counts, handicap index points and tournament draws guarded
        (partly) by one mutex.

        **Security issues**
        """,
        Block([
            F("MEMBERS-SQL-NAME", "CRITICAL", "SQL Injection", "SQL Injection in Member Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `name` query parameter is concatenated into the ILIKE pattern of the SQL statement."),
            F("PRINT-SHELL-TITLE", "CRITICAL", "Command Injection", "Command Injection in Draw Printing",
              "Do not invoke `sh -c`; pass arguments directly.", sd=-1, n=2),
            F("PRINT-SHELL-ID", "HIGH", "Command Injection", "Unsanitized Path Parameter in Shell Command",
              "Parse the tournament id as an integer before using it.",
              desc="`r.PathValue(\"id\")` is inserted into the shell command without validation; unlike the other handlers, `handlePrintDraw` never converts it with `strconv.Atoi`."),
            F("MEMBER-HEADER-TRUSTED", "HIGH", "Broken Authentication", "Member Identity Can Be Spoofed",
              "Use a proper authentication mechanism.", sd=-2, n=3),
            F("DRAW-PREDICTABLE-SEED", "MEDIUM", "Insecure Randomness", "Predictable Tournament Draw",
              "Use `crypto/rand` or at least a non-time-based seed."),
            F("DRAW-ANY-MEMBER", "MEDIUM", "Broken Access Control", "Tournament Draw Not Restricted to Administrators",
              "Protect the draw endpoint with the admin middleware."),
            F("BOOK-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Error Details Returned to Client",
              "Return a generic error."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts."),
        ], wrap="list"),
        """
        **Concurrency and logic issues**
        """,
        Block([
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition in Lawn Booking",
              "Perform the check and the reservation atomically.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "suggestion": "Group the route registrations by resource."}),
            F("INDEX-RACE", "HIGH", "Concurrency", "Data Race on Handicap Index Map",
              "Protect `s.index` with the mutex.", d=+1,
              desc="`recordIndex` is started with `go` twice per result and accesses the map without synchronization."),
            F("RESULT-SAME-MEMBER", "LOW", "Logic Error", "Result Accepted With Identical Winner and Loser",
              "Validate that winner and loser differ and exist."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("MEMBERS-SQL-SORT", "high", "security", "sql injection via sort in /members", "whitelist columns"),
            F("PRINT-SHELL-TITLE", "high", "security", "shell injection via title", "no sh -c"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("MEMBERS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleMembers", "defer rows.Close()"),
            F("DRAW-ODD-ENTRANT-DROPPED", "medium", "bug", "odd player dropped from draw", "bye"),
            F("INDEX-RACE", "high", "", "map race in recordIndex", "lock it", d=-1),
            F("BOOK-DAY-UNCHECKED", "low", "bug", "booking day not validated", "time.Parse"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in member search, shell in draw printing.
        2. Booking validation and concurrency.
        3. Handicap index maintenance is unsafe and incomplete.
        4. Results and draws can be manipulated.
        """,
        Block([
            F("MEMBERS-SQL-NAME", "blocker", "security", "SQL injection in member search (name)",
              "Bind the name as a parameter.", conf=0.9),
            F("MEMBERS-SQL-SORT", "blocker", "security", "SQL injection in member search (sort)",
              "Restrict sort to known columns.", conf=0.85),
            F("PRINT-SHELL-TITLE", "blocker", "security", "Command injection via draw title",
              "Avoid the shell.", conf=0.85),
            F("BOOK-SESSION-OFF-BY-ONE", "major", "correctness", "Session index upper bound off by one",
              "Reject session >= sessionsPerDay.", d=+1, conf=0.8),
            F("BOOK-DAY-UNCHECKED", "minor", "correctness", "Booking day is not validated",
              "Parse the day with time.Parse and reject past dates.", conf=0.65),
            F("BOOK-RACE", "major", "concurrency", "Non-atomic availability check in handleBook",
              "Keep the mutex held across check and update.", d=+1, conf=0.75),
            F("CANCEL-NOT-OWNED", "major", "security", "Booking cancellation lacks ownership check",
              "Check the booking belongs to the member.", conf=0.8),
            F("INDEX-RACE", "major", "concurrency", "Unsynchronized map access in recordIndex",
              "Acquire s.mu.", conf=0.85),
            F("INDEX-NO-UPWARD-TRIGGER", "minor", "correctness", "Handicap is never increased after losses",
              "Add the upward trigger when the index falls below -indexTrigger.", d=+1, conf=0.5),
            F("HANDICAP-NO-FLOOR", "minor", "correctness", "Handicap can be reduced below the minimum",
              "Clamp to minHandicap.", conf=0.7),
            F("RESULT-NOT-A-PLAYER", "major", "security", "Any member can submit results for other players",
              "Check the submitter is a participant.", conf=0.7),
            F("RESULT-SAME-MEMBER", "minor", "correctness", "Winner and loser may be the same member",
              "Reject such results.", conf=0.7),
            F("DRAW-PREDICTABLE-SEED", "minor", "security", "Time-seeded shuffle for the tournament draw",
              "Use crypto/rand.", conf=0.6),
            F("DRAW-ODD-ENTRANT-DROPPED", "major", "correctness", "Odd entrant excluded from the draw",
              "Assign a bye.", conf=0.8),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 6 major, 5 minor"),
    ]),
}
