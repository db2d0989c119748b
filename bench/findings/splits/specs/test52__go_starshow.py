"""test52/go-starshow: a planetarium show ticketing desk (Go, net/http + database/sql/pgx). Frozen test split; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test52: seeded problems in a planetarium's ticket desk (net/http with Go 1.22 "
    "patterns + database/sql/pgx); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "DESK-TOKEN-IN-QUERY": P(M, 'tok = r.URL.Query().Get("token")', "security", "desk token accepted from the query string (logs, history, referrers)"),
    "DESK-FAILS-OPEN": P(M, "if tok != s.deskToken {", "security", "DESK_TOKEN unset: an empty token passes the desk check (and it is compared with !=, not in constant time)"),
    "SEAT-ROW-BOUND": P(M, "row > hallRows", "bug", "row > hallRows lets row index 14 ('O') through: one row past the dome", "off-by-one"),
    "SEAT-INDEX-ONE-BASED": P(M, "idx := row*seatsPerRow + n", "bug", "seat numbers count from 1: index row*20+n is one too high, N20 indexes past the seat map and panics", "off-by-one"),
    "SHOWS-SQLI": P(M, "starts::date = '%s'", "security", "day query value formatted into the show listing SQL", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug", "show listing rows never closed: a connection leaks per request"),
    "DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text (with the query) returned to the client"),
    "SCAN-ERR-IGNORED": P(M, "\t\trows.Scan(&sh.ID", "bug", "Scan error ignored in the show listing: zero-valued shows are returned"),
    "HOLD-RACE": P(M, "free := !held || time.Now().After(until)", "bug", "hold checked and set under two separate locks: two clerks both hold the same seat", "critical-section"),
    "HELD-MAP-GROWS": P(M, "s.held[key] = time.Now().Add(holdFor)", "bug", "expired holds are never removed: the held map grows for ever"),
    "OVERSELL-OFF-BY-ONE": P(M, "full := s.sold[req.ShowID] > show.Capacity", "bug", "> instead of >=: one ticket more than the capacity is sold", "off-by-one"),
    "STAFF-CONCESSION": P(M, "price = 0", "security", "any online buyer can claim the staff concession and get a free ticket"),
    "TICKET-CODE-PREDICTABLE": P(M, 'code := fmt.Sprintf("PL%06d", rand.Intn(1000000))', "security", "ticket codes from math/rand, six digits: guessable, and a code is all a refund needs"),
    "SEAT-DOUBLE-SOLD": P(M, '_, err := s.db.Exec("INSERT INTO tickets', "bug", "the seat is neither checked against holds nor against sold tickets: one seat sold twice"),
    "SOLD-NOT-ROLLED-BACK": P(M, 'http.Error(w, "could not sell the seat"', "bug", "sold counter already incremented when the INSERT fails: seats vanish from sale"),
    "MAIL-SHELL-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", "ticket-mail "+email+" "+code)', "security", "buyer's email concatenated into an sh -c command", "signature-vs-statement"),
    "MAIL-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug", "ticket-mail runs without a timeout in an unbounded goroutine per sale"),
    "REFUND-CUTOFF-INVERTED": P(M, "if time.Since(starts) > refundCutoff {", "bug", "time.Since is negative before the show: refunds allowed until a day after it started"),
    "REFUND-DOUBLE": P(M, 's.db.Exec("DELETE FROM tickets WHERE code = $1", code)', "bug", "DELETE not checked for the row it removed: concurrent refunds of one ticket both pay and decrement sold twice", "critical-section"),
    "REFUND-EXEC-ERR-IGNORED": P(M, 's.db.Exec("DELETE FROM tickets WHERE code = $1", code)', "bug", "DELETE error ignored: the refund is paid while the ticket stays valid"),
    "POSTER-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(posterDir, img))", "security", "img query value joined to posterDir: any file readable (ServeFile checks only the URL path)", "source-vs-sink"),
    "SHOWS-MAP-RACE": P(M, "s.shows[sh.ID] = sh", "bug", "refresher writes s.shows without s.mu while handleSell reads it: concurrent map write", "critical-section"),
    "SHOWS-NEVER-EVICTED": P(M, "s.shows[sh.ID] = sh", "bug", "shows are only added: past or removed shows stay on sale"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http server without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("DESK-TOKEN-IN-QUERY", "DESK-FAILS-OPEN"),
    ("SEAT-ROW-BOUND", "SEAT-INDEX-ONE-BASED"),
    ("SHOWS-SQLI", "ROWS-NOT-CLOSED"),
    ("SHOWS-SQLI", "DB-ERROR-LEAK"),
    ("ROWS-NOT-CLOSED", "DB-ERROR-LEAK"),
    ("HOLD-RACE", "HELD-MAP-GROWS"),
    ("STAFF-CONCESSION", "TICKET-CODE-PREDICTABLE"),
    ("SEAT-DOUBLE-SOLD", "SOLD-NOT-ROLLED-BACK"),
    ("MAIL-SHELL-INJECTION", "MAIL-NO-TIMEOUT"),
    ("REFUND-DOUBLE", "REFUND-EXEC-ERR-IGNORED"),
    ("SHOWS-MAP-RACE", "SHOWS-NEVER-EVICTED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go` in full: the planetarium's desk API (holds, sales, refunds) plus a background refresher for
        the show list.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 6 |
        | low | 1 |

        The admin middleware is correct (fails closed, `subtle.ConstantTimeCompare`), and so is the seat map handler
        (closes its rows, checks `Scan`, bounds-checks through `seatIndex`) — except that `seatIndex` itself is off by
        one. The desk middleware is the weak point on the auth side. Concurrency is the other theme: the mutex is
        there but used around the wrong spans in three places.
        """,
        Block([
            F("SHOWS-SQLI", "critical", "security", "SQL injection through `day` in `GET /shows`",
              "Bind the value: `WHERE starts::date = $1` with `day` as an argument.", symbol="Server.handleShows", conf=0.95),
            F("MAIL-SHELL-INJECTION", "critical", "security", "Buyer email is passed to `sh -c`",
              "`exec.CommandContext(ctx, \"ticket-mail\", email, code)` — no shell — and validate the address.",
              symbol="Server.sendTicket", conf=0.9),
            F("POSTER-TRAVERSAL", "high", "security", "Arbitrary file read via `GET /posters?img=`",
              "`http.ServeFile` only rejects `..` in the URL path, not in a name you join yourself; use `filepath.Base` or `http.FileServer(http.Dir(posterDir))`.",
              symbol="Server.handlePoster", conf=0.9),
            F("DESK-FAILS-OPEN", "critical", "security", "Desk check passes with an empty token when `DESK_TOKEN` is unset",
              "Refuse to start without `DESK_TOKEN` and compare with `subtle.ConstantTimeCompare`, as `admin` does.",
              symbol="Server.desk", conf=0.85),
            F("DESK-TOKEN-IN-QUERY", "medium", "security", "Desk token accepted in the query string",
              "Header only; query strings end up in access logs and browser history.", symbol="Server.desk", conf=0.7),
            F("TICKET-CODE-PREDICTABLE", "high", "security", "Ticket codes are guessable (`math/rand`, 10^6 values)",
              "A code is the only credential for a refund; use `crypto/rand` and a longer code.",
              symbol="Server.handleSell", conf=0.8),
            F("STAFF-CONCESSION", "high", "security", "Anyone can book with the `staff` concession for free",
              "Only allow staff (and child) concessions through the desk, or verify them.", d=-1, n=2,
              symbol="Server.handleSell", conf=0.75),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`handleShows` never closes `rows`",
              "`defer rows.Close()` after the error check.", symbol="Server.handleShows", conf=0.85),
        ]),
        "Concurrency and arithmetic:",
        Block([
            F("HOLD-RACE", "high", "bug", "Seat hold is check-then-act across two critical sections",
              "Do the lookup and the insert under one `s.mu.Lock()`; as written two clerks can both get `held: true` for the same seat.",
              d=-2, sd=-2, n=3, symbol="Server.handleHold", conf=0.85),
            F("SHOWS-MAP-RACE", "high", "bug", "`refreshShows` writes `s.shows` without the mutex",
              "`handleSell` reads the map under `s.mu`; the refresher must take it too (or build a new map and swap it under the lock). Concurrent map read/write is a fatal error in Go.",
              symbol="Server.refreshShows", conf=0.85),
            F("REFUND-DOUBLE", "medium", "bug", "A ticket can be refunded twice concurrently",
              "Check `RowsAffected()` of the DELETE and only refund (and decrement `sold`) when it is 1.",
              symbol="Server.handleRefund", conf=0.75),
            F("REFUND-CUTOFF-INVERTED", "medium", "bug", "Refund cutoff uses `time.Since`, which is negative before the show",
              "`if time.Until(starts) < refundCutoff` — as written refunds stay open until 24h after the start.",
              symbol="Server.handleRefund", conf=0.85),
            F("OVERSELL-OFF-BY-ONE", "medium", "bug", "Capacity check oversells by one seat",
              "`full := s.sold[id] >= show.Capacity`.", symbol="Server.handleSell", conf=0.85),
            F("SEAT-INDEX-ONE-BASED", "medium", "bug", "`seatIndex` is off by one and N20 panics in the seat map",
              "`row*seatsPerRow + (n - 1)`; `taken[280]` is out of range today.", symbol="seatIndex", conf=0.8),
            F("SOLD-NOT-ROLLED-BACK", "low", "bug", "`sold` is not decremented when the INSERT fails",
              "Decrement under the lock on the error path, or increment only after the insert succeeds.",
              d=-1, n=2, symbol="Server.handleSell", conf=0.65),
            F("NO-SERVER-TIMEOUTS", "low", "security", "`ListenAndServe` without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout` and friends.", symbol="main", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SHOWS-SQLI", "critical", "security", "SQL injection: ?day= formatted into query", "use $1", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "bug", "rows not closed in handleShows", "defer rows.Close()"),
            F("DB-ERROR-LEAK", "low", "security", "raw DB error returned to client", "generic 500"),
            F("MAIL-SHELL-INJECTION", "critical", "security", "sendTicket: sh -c with user email", "exec without shell", d=-1),
            F("POSTER-TRAVERSAL", "high", "security", "handlePoster reads any file via ?img=", "filepath.Base", d=-1),
            F("HOLD-RACE", "high", "bug", "handleHold: lock dropped between read and write of s.held", "single critical section", d=-2),
            F("SHOWS-MAP-RACE", "high", "bug", "refreshShows mutates s.shows unlocked (data race)", "lock or swap", d=-3),
            F("REFUND-DOUBLE", "medium", "bug", "double refund / sold-- twice under concurrency", "check RowsAffected", d=+2),
            F("REFUND-CUTOFF-INVERTED", "medium", "bug", "refund cutoff inverted (time.Since vs time.Until)", "time.Until(starts) < refundCutoff"),
            F("SEAT-ROW-BOUND", "low", "bug", "seatIndex accepts row 'O' (row > hallRows)", ">="),
            F("OVERSELL-OFF-BY-ONE", "medium", "bug", "sells capacity+1 tickets", ">=", d=+2),
            F("SEAT-DOUBLE-SOLD", "high", "bug", "same seat can be sold twice (no hold/ticket check, no unique key)", "UNIQUE(show_id, seat)"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the `starshow` service, a Go HTTP server that runs the ticket desk of a
        planetarium: seat holds, sales, refunds and mailed tickets.

        ### Security

        I found several issues that an attacker could exploit without any credentials, since most endpoints are
        public.
        """,
        Block([
            F("SHOWS-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Show Listing",
              "Use a parameterized query instead of `fmt.Sprintf`.", sd=-2, n=3,
              desc="The `day` parameter is formatted into the SQL string with `%s`."),
            F("MAIL-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Ticket Mailer",
              "Invoke `ticket-mail` directly with separate arguments.", sd=-1, n=3),
            F("POSTER-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Poster Endpoint",
              "Clean the name and ensure it stays within `posterDir`.", sd=-2, n=3),
            F("DESK-TOKEN-IN-QUERY", "MEDIUM", "Information Disclosure", "Authentication Token Accepted via URL",
              "Only accept the token in a header.", sd=-2, n=3),
            F("TICKET-CODE-PREDICTABLE", "HIGH", "Insecure Randomness", "Predictable Ticket Codes",
              "Generate codes with `crypto/rand`.", sd=-2, n=3),
            F("DB-ERROR-LEAK", "LOW", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message.", sd=-2, n=3),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `ReadTimeout`, `WriteTimeout` and `ReadHeaderTimeout`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Concurrency and Reliability
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting main.go into packages."}),
            F("HOLD-RACE", "HIGH", "Race Condition", "Race Condition When Holding Seats",
              "Perform the check and the update while holding the mutex once.", d=+3, sd=+1, n=3,
              desc="The mutex is unlocked after reading `s.held` and locked again before writing, so two requests can both observe the seat as free."),
            F("HELD-MAP-GROWS", "LOW", "Memory Leak", "Seat Holds Are Never Cleaned Up",
              "Periodically delete expired holds.", sd=-2, n=3),
            F("SHOWS-MAP-RACE", "HIGH", "Concurrency", "Unsynchronized Map Writes in Show Refresher",
              "Protect `s.shows` with the mutex.", d=-1, sd=-2, n=3),
            F("REFUND-DOUBLE", "MEDIUM", "Race Condition", "Double Refund Possible",
              "Verify that the DELETE removed a row before refunding.", d=+1, sd=-1, n=3),
            F("SEAT-INDEX-ONE-BASED", "MEDIUM", "Logic Error", "Seat Index Calculation Off by One",
              "Subtract one from the seat number.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SHOWS-SQLI", "error", "security", "sql injection in /shows", "bind day"),
            F("MAIL-SHELL-INJECTION", "error", "security", "shell injection in ticket mail", "no sh -c"),
            F("POSTER-TRAVERSAL", "error", "security", "poster path traversal", "filepath.Base"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("STAFF-CONCESSION", "warning", "", "anyone can pick the staff concession -> free ticket", "desk only"),
            F("REFUND-CUTOFF-INVERTED", "warning", "bug", "refund window check backwards", "time.Until"),
            F("SEAT-INDEX-ONE-BASED", "warning", "bug", "seat index off by one, N20 panics in seat map", "n-1", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Two injection vulnerabilities (SQL in the show listing, shell in the ticket mailer).
        2. The desk token check accepts an empty token when not configured.
        3. Seat accounting: capacity, seat index bounds, double sales and rollback.
        4. Concurrency: seat holds and refunds.
        5. Reliability: ignored errors and missing timeouts.
        """,
        Block([
            F("SHOWS-SQLI", "blocker", "security", "SQL injection in show listing by day", "Use query parameters.", conf=0.9),
            F("MAIL-SHELL-INJECTION", "blocker", "security", "Shell command injection via email address", "Avoid sh -c.", conf=0.9),
            F("DESK-FAILS-OPEN", "major", "security", "Desk authentication bypass when DESK_TOKEN is empty", "Reject empty tokens.", conf=0.8),
            F("OVERSELL-OFF-BY-ONE", "major", "correctness", "Capacity check allows one extra ticket", "Use >= in the comparison.", d=+1, conf=0.8),
            F("SEAT-ROW-BOUND", "minor", "correctness", "Row upper bound check is off by one", "Use row >= hallRows.", d=+3, conf=0.6),
            F("SEAT-DOUBLE-SOLD", "major", "correctness", "No check that the seat is still available before selling", "Add a unique constraint on (show_id, seat).", conf=0.7),
            F("SOLD-NOT-ROLLED-BACK", "minor", "correctness", "Sold counter not restored on insert failure", "Decrement on error.", conf=0.6),
            F("HOLD-RACE", "major", "concurrency", "Seat hold is not atomic", "Hold the mutex across check and set.", d=-1, conf=0.75),
            F("REFUND-DOUBLE", "major", "concurrency", "Concurrent refunds of the same ticket", "Use RowsAffected or a transaction.", conf=0.7),
            F("REFUND-EXEC-ERR-IGNORED", "minor", "reliability", "Error from DELETE is ignored", "Handle the error before refunding.", conf=0.65),
            F("SCAN-ERR-IGNORED", "minor", "reliability", "rows.Scan error ignored in show listing", "Check the error.", conf=0.6),
            F("MAIL-NO-TIMEOUT", "minor", "reliability", "Mail command has no timeout", "Use exec.CommandContext with a timeout.", conf=0.6),
            F("SHOWS-NEVER-EVICTED", "minor", "correctness", "Past shows are never removed from the cache", "Rebuild the map on every refresh.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 5 major, 6 minor"),
    ]),
}
