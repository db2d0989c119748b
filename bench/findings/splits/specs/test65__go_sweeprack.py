"""test65/go-sweeprack: a rowing club's boat-shed slot board (Go). Frozen test split; labels inline.

Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or the other splits' answers. "
    "Frozen test split test65: seeded problems in a small net/http slot board for a rowing club's boat shed; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "CAPTAIN-TOKEN-FAILS-OPEN": P(M, 'if r.Header.Get("X-Captain-Token") != s.captainToken {', "security", "CAPTAIN_TOKEN unset makes the expected token empty: a request without the header passes captainOnly"),
    "CAPTAIN-TOKEN-TIMING": P(M, 'if r.Header.Get("X-Captain-Token") != s.captainToken {', "security", "captain token compared with != instead of subtle.ConstantTimeCompare"),
    "MEMBER-FROM-QUERY": P(M, 'return strconv.Atoi(r.URL.Query().Get("member"))', "security", "member identity is whatever ?member= says: anyone books and signs out boats as anyone", "signature-vs-statement"),
    "FLAG-BODY-LEAK": P(M, "resp, err := http.Get(url)", "bug", "gauge response body never closed: one leaked connection every five minutes"),
    "FLAG-DECODE-IGNORED": P(M, "json.NewDecoder(resp.Body).Decode(&body)", "bug", "decode error (and HTTP status) ignored: a bad gauge reply sets the flag to empty, which lifts a red flag"),
    "FLAG-RACE": P(M, "s.flag = body.Flag", "bug", "poller writes s.flag without s.mu while handlers read it under RLock: data race", "critical-section"),
    "BOATS-CLASS-SQLI": P(M, "WHERE class LIKE '\" + class + \"%' ORDER BY bay\")", "security", "class query value concatenated into SQL", "source-vs-sink"),
    "BOATS-ROWS-NOT-CLOSED": P(M, "WHERE class LIKE '\" + class + \"%' ORDER BY bay\")", "bug", "rows never closed (no defer rows.Close()): connections leak"),
    "BOATS-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "raw database error (with the query text) returned to the client"),
    "BOATS-SCAN-ERR-IGNORED": P(M, "rows.Scan(&b.ID, &b.Name, &b.Class, &b.Seats, &b.Bay)", "bug", "Scan error ignored (and rows.Err never checked): zero-value boats in the list"),
    "SPAN-OVERRUN": P(M, "for i := start; i <= start+n; i++ {", "bug", "span covers n+1 blocks: every booking takes one block too many and a booking ending at the last block panics", "off-by-one"),
    "BOOK-CREW-SHORT": P(M, "if req.Blocks < 1 || req.Blocks > 6 || len(req.Crew) > seats {", "bug", "only too many crew is rejected: an eight can be booked with two rowers or none"),
    "BOOK-START-UNCHECKED": P(M, "if req.Blocks < 1 || req.Blocks > 6 || len(req.Crew) > seats {", "bug", "start_block is never range-checked: negative or late starts index past the day's board and panic"),
    "BOOK-RACE": P(M, "if !taken {", "bug", "blocks checked under RLock, lock released, then marked under Lock: two crews can book the same boat and block", "critical-section"),
    "BOOK-BOARD-NOT-ROLLED-BACK": P(M, 'http.Error(w, "could not save booking", http.StatusInternalServerError)', "bug", "when the insert fails the blocks stay marked on the board: a phantom booking (extra, one agent)"),
    "SIGNOUT-NOT-BOOKED": P(M, "o := &Outing{ID: now.UnixNano(), BoatID: r.PathValue(\"boat\")", "bug", "sign-out checks no booking (or that the boat is not already out): any member takes any boat"),
    "SIGNOUT-RED-FLAG": P(M, "o := &Outing{ID: now.UnixNano(), BoatID: r.PathValue(\"boat\")", "bug", "sign-out ignores the river flag: boats go out on a red flag"),
    "SIGNIN-ANYONE": P(M, 'id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)', "security", "sign-in has no member check: anyone can clear a crew that is still on the water from the overdue watch"),
    "SIGNIN-NIL-OUTING": P(M, "o := s.outings[id]", "bug", "unknown (or already signed-in) outing id gives a nil outing that is dereferenced when damage is reported: panic"),
    "DAMAGE-SHELL": P(M, 'cmd := exec.Command("sh", "-c", "notify-boatman', "security", "damage form value concatenated into an sh -c command", "source-vs-sink"),
    "DAMAGE-NOTIFY-ERR-IGNORED": P(M, "cmd.Run()", "bug", "notify-boatman failure ignored: a damaged boat is not reported and nobody knows"),
    "RETIRE-NO-AUTH": P(M, 'DELETE FROM boats WHERE id = $1', "security", "retiring (deleting) a boat needs no captain token", "signature-vs-statement"),
    "RACK-BAY-BOUNDS": P(M, "bay <= len(s.racks)", "bug", "bay == len(s.racks) passes the check and indexes past the slice: panic", "off-by-one"),
    "OVERDUE-MAP-RACE": P(M, "if time.Now().After(o.Due) {", "bug", "watcher ranges over and deletes from s.outings without s.mu while handlers write it: concurrent map access, fatal error", "critical-section"),
    "OVERDUE-DELETES-OUTING": P(M, "delete(s.outings, id)", "bug", "an overdue outing is deleted after one page: no repeat alert, and the crew's later sign-in finds no outing", nth=1),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8067", mux))', "security", "http.ListenAndServe without read/write timeouts"),
}

CONFUSABLE = [
    ("CAPTAIN-TOKEN-FAILS-OPEN", "CAPTAIN-TOKEN-TIMING"),
    ("FLAG-BODY-LEAK", "FLAG-DECODE-IGNORED"),
    ("FLAG-DECODE-IGNORED", "FLAG-RACE"),
    ("BOATS-CLASS-SQLI", "BOATS-ROWS-NOT-CLOSED"),
    ("BOATS-ROWS-NOT-CLOSED", "BOATS-DB-ERROR-LEAK"),
    ("BOATS-CLASS-SQLI", "BOATS-DB-ERROR-LEAK"),
    ("BOOK-CREW-SHORT", "BOOK-START-UNCHECKED"),
    ("SIGNOUT-NOT-BOOKED", "SIGNOUT-RED-FLAG"),
    ("SIGNIN-ANYONE", "SIGNIN-NIL-OUTING"),
    ("DAMAGE-SHELL", "DAMAGE-NOTIFY-ERR-IGNORED"),
    ("OVERDUE-MAP-RACE", "OVERDUE-DELETES-OUTING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` end to end (the whole service is one file). The shed board keeps today's bookings, current
        outings and the river flag in memory behind `s.mu`; most handlers lock correctly (`currentFlag`,
        `handleSignOut`, `handleSignIn`, `handleRackBay`, `handleOutings`, the `POST /flag` override), but the two
        background goroutines and the booking path do not, and member identity is just a query parameter.

        | Severity | Findings |
        |---|---|
        | Critical | 3 |
        | High | 8 |
        | Medium | 10 |
        | Low | 4 |

        Safety note: several of these (red-flag bypass, the overdue watcher) matter for people on the water, not
        just for data.
        """,
        Block([
            F("MEMBER-FROM-QUERY", "critical", "security", "Member identity comes from an unauthenticated `?member=` parameter",
              "Authenticate the tablet session (or member PIN) and keep the member id server-side.", symbol="memberFrom", conf=0.9),
            F("CAPTAIN-TOKEN-FAILS-OPEN", "high", "security", "`captainOnly` passes every request when `CAPTAIN_TOKEN` is unset",
              "Refuse to start without the token, and reject empty tokens.", symbol="Server.captainOnly", conf=0.85),
            F("CAPTAIN-TOKEN-TIMING", "low", "security", "Captain token compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.captainOnly", conf=0.6),
            F("BOATS-CLASS-SQLI", "critical", "security", "SQL injection through `class` in `handleBoats`",
              "`WHERE class LIKE $1` with `class + \"%\"` as the argument.", symbol="Server.handleBoats", conf=0.95),
            F("BOATS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleBoats`",
              "`defer rows.Close()` right after the error check.", symbol="Server.handleBoats", conf=0.85),
            F("BOATS-DB-ERROR-LEAK", "medium", "security", "Database errors are sent to the client",
              "Log `err` and return a generic 500.", symbol="Server.handleBoats", conf=0.75),
            F("BOATS-SCAN-ERR-IGNORED", "low", "bug", "`rows.Scan` error ignored",
              "Check it, and check `rows.Err()` after the loop.", symbol="Server.handleBoats", conf=0.7),
            F("DAMAGE-SHELL", "critical", "security", "Shell injection through the damage note",
              "`exec.Command(\"notify-boatman\", o.BoatID+\": \"+damage)` without `sh -c`.", symbol="Server.handleSignIn", conf=0.95),
            F("RETIRE-NO-AUTH", "high", "security", "`DELETE /boats/{id}` is not behind `captainOnly`",
              "Wrap `handleRetire` in `captainOnly` when registering the route.", symbol="Server.handleRetire", conf=0.85),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
        "Concurrency, bounds and safety logic:",
        Block([
            F("FLAG-RACE", "high", "bug", "`pollRiverFlag` writes `s.flag` without the mutex",
              "Take `s.mu.Lock()` around the assignment; `go test -race` will flag it today.", symbol="Server.pollRiverFlag", conf=0.9),
            F("FLAG-DECODE-IGNORED", "high", "bug", "A failed gauge decode clears the red flag",
              "Only update the flag on a 200 with a valid value; keep the last known flag otherwise.", symbol="Server.pollRiverFlag", conf=0.8),
            F("FLAG-BODY-LEAK", "medium", "bug", "Gauge response body is never closed",
              "`defer resp.Body.Close()` (in a helper, since this is a loop).", symbol="Server.pollRiverFlag", conf=0.8),
            F("BOOK-RACE", "high", "bug", "Check-then-book across two lock acquisitions allows double booking",
              "Do the check and the marking under one `s.mu.Lock()`.", symbol="Server.handleBook", conf=0.85),
            F("SPAN-OVERRUN", "high", "bug", "`span` returns `n+1` blocks",
              "`i < start+n`; today a booking ending at the last block indexes `[28]` and panics.", symbol="span", conf=0.9),
            F("BOOK-START-UNCHECKED", "medium", "bug", "`start_block` is not validated",
              "Require `0 <= Start && Start+Blocks <= blocksPerDay`.", symbol="Server.handleBook", conf=0.85),
            F("BOOK-CREW-SHORT", "medium", "bug", "Under-crewed bookings are accepted",
              "Require `len(req.Crew) == seats` (coxes included) for the boat class.", symbol="Server.handleBook", conf=0.7),
            F("BOOK-BOARD-NOT-ROLLED-BACK", "low", "bug", "Failed insert leaves blocks marked on the board",
              "Unmark the blocks (or insert first, then mark).", symbol="Server.handleBook", conf=0.6),
            F("SIGNOUT-RED-FLAG", "high", "bug", "Boats can be signed out on a red flag",
              "Check `currentFlag()` in `handleSignOut` as `handleBook` does.", symbol="Server.handleSignOut", conf=0.85),
            F("SIGNOUT-NOT-BOOKED", "medium", "bug", "Sign-out does not check for a booking",
              "Look up the member's booking for this boat and block, and refuse a boat already out.", symbol="Server.handleSignOut", conf=0.7),
            F("SIGNIN-NIL-OUTING", "medium", "bug", "Unknown outing id panics on damage report",
              "Check `o, ok := s.outings[id]` and answer 404.", symbol="Server.handleSignIn", conf=0.8),
            F("DAMAGE-NOTIFY-ERR-IGNORED", "medium", "bug", "`notify-boatman` errors are dropped",
              "Check the error and keep the report for the boatman if the notifier fails.", symbol="Server.handleSignIn", conf=0.65),
            F("RACK-BAY-BOUNDS", "medium", "bug", "`handleRackBay` allows `bay == len(s.racks)`",
              "Use `bay < len(s.racks)`.", symbol="Server.handleRackBay", conf=0.9),
            F("OVERDUE-MAP-RACE", "high", "bug", "`watchOverdue` iterates and mutates `s.outings` without the lock",
              "Collect due outings under `s.mu.Lock()`, then page outside it.", d=-1, symbol="Server.watchOverdue", conf=0.9),
            F("OVERDUE-DELETES-OUTING", "medium", "bug", "Overdue outings are deleted after one page",
              "Mark them as alerted instead; keep paging until they are signed in.", symbol="Server.watchOverdue", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("MEMBER-FROM-QUERY", "critical", "security", "memberFrom trusts ?member= (no auth)", "Server-side session.", d=-2),
            F("CAPTAIN-TOKEN-FAILS-OPEN", "high", "security", "captainOnly: empty CAPTAIN_TOKEN => open", "Fail closed.", d=-1),
            F("FLAG-BODY-LEAK", "medium", "bug", "resp.Body not closed in pollRiverFlag", "Close body."),
            F("FLAG-RACE", "high", "bug", "Data race on s.flag (poller writes unlocked)", "Lock.", d=-1),
            F("BOATS-CLASS-SQLI", "critical", "security", "SQLi via class query param", "Bind parameter.", d=-2),
            F("BOATS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("SPAN-OVERRUN", "high", "bug", "span(start,n) yields n+1 indexes (<=)", "Use <.", d=-2),
            F("BOOK-START-UNCHECKED", "medium", "bug", "Start not bounds-checked -> index panic", "Validate start."),
            F("BOOK-RACE", "high", "bug", "handleBook: TOCTOU between RUnlock and Lock", "Single Lock.", d=1),
            F("SIGNOUT-NOT-BOOKED", "medium", "bug", "Sign-out doesn't verify booking", "Check bookings."),
            F("SIGNIN-NIL-OUTING", "medium", "bug", "nil outing deref for unknown id", "ok check."),
            F("DAMAGE-SHELL", "critical", "security", "sh -c with damage text", "No shell.", d=-2),
            F("RETIRE-NO-AUTH", "high", "security", "handleRetire reachable without captainOnly", "Wrap route.", d=-2),
            F("RACK-BAY-BOUNDS", "medium", "bug", "Off-by-one bay check (<= len)", "< len.", d=1),
            F("OVERDUE-MAP-RACE", "high", "bug", "watchOverdue: unsynchronized map range+delete", "Lock.", d=2),
            F("SERVER-NO-TIMEOUTS", "low", "security", "No server timeouts", "http.Server{...}."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the rowing club's boat-shed slot board (`main.go`). It is a single-file Go service
        using `net/http` with Go 1.22 routing patterns and PostgreSQL through `pgx`.

        **Summary of risk:** the service has injection vulnerabilities, authentication weaknesses and several
        concurrency problems around shared in-memory state. Given that the board controls whether crews may go out
        on the river, some logic errors have safety implications.

        ### Security
        """,
        Block([
            F("MEMBER-FROM-QUERY", "HIGH", "Broken Authentication", "Member Impersonation via Query Parameter",
              "Use an authenticated session for the tablet.", sd=-2, n=3),
            F("CAPTAIN-TOKEN-FAILS-OPEN", "HIGH", "Broken Authentication", "Captain Check Bypassed With Empty Token",
              "Reject requests when the captain token is not configured.", sd=-2, n=3),
            F("BOATS-CLASS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Boat Listing",
              "Use a placeholder for the class filter.", sd=-2, n=3,
              desc="The `class` query parameter is concatenated into the SQL string passed to `s.db.Query`."),
            F("BOATS-DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Error Messages Exposed",
              "Return a generic error.", sd=-2, n=3),
            F("DAMAGE-SHELL", "CRITICAL", "Command Injection", "Command Injection in Damage Notification",
              "Pass arguments directly to `exec.Command` without a shell.", sd=-2, n=3),
            F("RETIRE-NO-AUTH", "HIGH", "Broken Access Control", "Unauthenticated Boat Deletion",
              "Protect the route with `captainOnly`.", sd=-2, n=3),
            F("SIGNIN-ANYONE", "MEDIUM", "Broken Access Control", "Any User Can Sign In Any Outing",
              "Check that the caller belongs to the outing's crew.", n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure timeouts on an `http.Server`.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Concurrency and Logic
        """,
        Block([
            F("FLAG-RACE", "HIGH", "Race Condition", "Data Race on River Flag",
              "Hold `s.mu` when writing `s.flag`.", sd=-2, n=3,
              desc="`currentFlag` reads the flag under a read lock, but `pollRiverFlag` writes it without any lock."),
            F("FLAG-DECODE-IGNORED", "HIGH", "Error Handling", "River Flag Reset on Gauge Errors",
              "Handle decode errors and keep the previous flag.", sd=-2, n=3),
            F("SPAN-OVERRUN", "HIGH", "Logic Error", "Off-by-One in Block Span",
              "Use `<` in the loop condition.", d=1, sd=-1, n=3),
            F("BOOK-CREW-SHORT", "MEDIUM", "Logic Error", "Crew Size Not Fully Validated",
              "Require the crew to match the boat's seats.", sd=-2, n=3),
            F("BOOK-RACE", "HIGH", "Race Condition", "Double Booking Between Read and Write Locks",
              "Perform the check and update under a single write lock.", d=-1, sd=-3, n=3),
            U({"severity": "INFO", "category": "Testing", "description": "There are no tests for the booking logic."}),
            F("SIGNOUT-RED-FLAG", "HIGH", "Safety", "Boats Can Be Signed Out During a Red Flag",
              "Check the river flag when signing a boat out.", sd=-1, n=2),
            F("RACK-BAY-BOUNDS", "MEDIUM", "Logic Error", "Index Out of Range in Rack Lookup",
              "Change `<=` to `<`.", sd=-2, n=3),
            F("OVERDUE-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Access in Overdue Watcher",
              "Lock the mutex while iterating.", sd=-2, n=3),
            F("OVERDUE-DELETES-OUTING", "MEDIUM", "Logic Error", "Overdue Outing Removed After First Alert",
              "Keep the outing until the crew signs in.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("MEMBER-FROM-QUERY", "high", "security", "member id straight from query string", "real auth"),
            F("CAPTAIN-TOKEN-FAILS-OPEN", "high", "security", "empty CAPTAIN_TOKEN passes", "fail closed"),
            F("BOATS-CLASS-SQLI", "high", "security", "sqli in /boats class", "use $1"),
            F("DAMAGE-SHELL", "high", "security", "sh -c with user damage text", "exec without shell"),
            F("RETIRE-NO-AUTH", "high", "security", "DELETE /boats/{id} has no auth", "captainOnly"),
            F("FLAG-RACE", "medium", "", "s.flag written without lock", "lock"),
            F("BOOK-RACE", "medium", "bug", "double booking race", "one lock"),
            F("SPAN-OVERRUN", "medium", "bug", "span includes one extra block", "i < start+n"),
            F("BOOK-START-UNCHECKED", "medium", "bug", "start_block not validated, can panic", "bounds check"),
            F("SIGNOUT-RED-FLAG", "medium", "bug", "signout ignores red flag", "check flag"),
            F("SIGNIN-NIL-OUTING", "low", "bug", "nil outing panic", "check ok"),
            F("OVERDUE-MAP-RACE", "medium", "bug", "watchOverdue map race", "lock", d=-1),
            F("SERVER-NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        **Scope:** `main.go` — rowing club boat-shed slot board.

        ### Summary
        1. Authentication: member id from the query string, captain token fails open and is compared unsafely.
        2. Injection: SQL injection in the boat list, shell injection in damage reports.
        3. Concurrency: unsynchronized writes to the river flag and the outings map; booking race.
        4. Bounds: block span and rack bay off-by-one errors, unvalidated start block.
        5. Resource handling: leaked response bodies and rows, ignored errors.
        """,
        Block([
            F("MEMBER-FROM-QUERY", "blocker", "security", "Member ID taken from query parameter without authentication",
              "Authenticate members.", d=-2, conf=0.85),
            F("CAPTAIN-TOKEN-FAILS-OPEN", "major", "security", "Captain token check passes when token is not configured",
              "Fail closed.", conf=0.8),
            F("CAPTAIN-TOKEN-TIMING", "minor", "security", "Captain token comparison is not constant time",
              "Use crypto/subtle.", conf=0.6),
            F("FLAG-BODY-LEAK", "major", "resource-leak", "HTTP response body not closed in flag poller",
              "Close the body.", conf=0.8),
            F("FLAG-DECODE-IGNORED", "major", "reliability", "Flag decode errors ignored",
              "Check the error and status code.", conf=0.75),
            F("FLAG-RACE", "major", "concurrency", "Unsynchronized write to s.flag",
              "Use the mutex.", conf=0.85),
            F("BOATS-CLASS-SQLI", "blocker", "security", "SQL injection in boats query",
              "Use parameters.", conf=0.9),
            F("BOATS-ROWS-NOT-CLOSED", "major", "resource-leak", "Rows not closed in handleBoats",
              "defer rows.Close().", conf=0.8),
            F("BOATS-DB-ERROR-LEAK", "minor", "security", "Internal error details returned to client",
              "Return a generic message.", conf=0.6),
            F("BOATS-SCAN-ERR-IGNORED", "minor", "correctness", "Scan error not checked",
              "Handle the error.", conf=0.6),
            F("SPAN-OVERRUN", "major", "correctness", "Off-by-one in span loop (<=)",
              "Use <.", conf=0.85),
            F("BOOK-CREW-SHORT", "minor", "correctness", "Crew size only checked against the upper bound",
              "Require a full crew.", conf=0.6),
            F("BOOK-START-UNCHECKED", "major", "correctness", "Start block not validated",
              "Validate the range of start_block.", conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Race between availability check and booking",
              "Hold the write lock for both.", conf=0.8),
            F("SIGNOUT-NOT-BOOKED", "major", "correctness", "Sign-out does not require a booking",
              "Verify the booking.", conf=0.7),
            F("SIGNIN-ANYONE", "major", "security", "Missing authorization on sign-in",
              "Verify the member.", conf=0.65),
            F("SIGNIN-NIL-OUTING", "major", "correctness", "Possible nil pointer dereference on unknown outing",
              "Check the map lookup result.", conf=0.8),
            F("DAMAGE-SHELL", "blocker", "security", "Command injection via damage description",
              "Avoid sh -c.", d=-1, conf=0.9),
            F("DAMAGE-NOTIFY-ERR-IGNORED", "minor", "reliability", "Error from notify command ignored",
              "Check cmd.Run() error.", d=-1, conf=0.6),
            F("RETIRE-NO-AUTH", "major", "security", "Boat deletion endpoint has no authorization",
              "Require the captain token.", d=-2, conf=0.8),
            F("RACK-BAY-BOUNDS", "major", "correctness", "Index out of range when bay equals rack count",
              "Use < instead of <=.", d=1, conf=0.85),
            F("OVERDUE-MAP-RACE", "blocker", "concurrency", "Concurrent map iteration and write in overdue watcher",
              "Lock s.mu.", conf=0.85),
        ], wrap="object+summary", summary="22 findings: 4 blocker, 13 major, 5 minor"),
    ]),
}
