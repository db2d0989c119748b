"""test91/go-wigfitting: fittings and hair stock for a wig maker's workshop (Go, net/http + database/sql).

Frozen test split test91, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only tune2__py_snapctl.py, for the format).
Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test91: seeded problems in a wig maker's fitting and hair-stock service; "
    "five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "FITTER-KEY-FAILS-OPEN": P(M, 'if s.fitterKey != "" && key != s.fitterKey {', "security", "FITTER_KEY unset: every fitter route is open (and the key is compared with !=)"),
    "CLAIM-RACE": P(M, "s.booked[slot] = client", "bug", "claim reads and writes the booked map and the counter without s.mu: double bookings and a fatal concurrent map write", "critical-section"),
    "CLAIM-DUPLICATE": P(M, "return !taken || holder == client", "bug", "a client re-booking its own slot is told it holds it and a second fitting row is inserted"),
    "BOOK-NO-BODY-LIMIT": P(M, "json.NewDecoder(r.Body).Decode(&f); err != nil", "security", "request body decoded without http.MaxBytesReader: unbounded body"),
    "BOOK-START-UNCHECKED": P(M, "json.NewDecoder(r.Body).Decode(&f); err != nil", "bug", "start time not validated: zero time, past dates and night-time fittings are accepted"),
    "BOOK-OVERLAP": P(M, 'slot := f.Start.Format("2006-01-02T15:04")', "bug", "only the exact start minute is compared: a 10:30 fitting overlaps a 90-minute one at 10:00"),
    "DAY-PAGE-START": P(M, "start := page * pageSize", "bug", "negative page or a page past the end gives a start outside the slice: panic"),
    "DAY-PAGE-OBO": P(M, "writeJSON(w, all[start:end+1])", "bug", "end+1 returns one fitting too many and panics on the last page", "off-by-one"),
    "CAP-SIZE-OBO": P(M, "if band > len(capSizes) {", "bug", "> instead of >=: a band equal to len(capSizes) indexes past the table and panics", "off-by-one"),
    "MEASURE-ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the caller"),
    "MEASURE-NOT-FOUND-500": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "bug", "sql.ErrNoRows answered as 500 instead of 404"),
    "MEASURE-NO-AUTH": P(M, '"GET /clients/{id}/measurements", s.handleMeasurements', "security", "client head measurements served with no fitterOnly: anyone reads them by id"),
    "STOCK-SQLI": P(M, "colour LIKE '%\" + colour + \"%'", "security", "colour query value concatenated into the SQL", "source-vs-sink"),
    "STOCK-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(query)", "bug", "rows never closed in handleStock: connections leak"),
    "STOCK-SCAN-IGNORED": P(M, "rows.Scan(&l.ID, &l.Origin", "bug", "Scan error ignored: a NULL column yields a zero-valued lot in the list"),
    "STOCK-ROWS-ERR": P(M, "writeJSON(w, lots)", "bug", "rows.Err() never checked: an interrupted read returns a partial stock list as complete"),
    "RESERVE-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug", "decode error ignored: a malformed body reserves 0 g and answers 200"),
    "RESERVE-RACE": P(M, "free := stock - s.reserved[lotID]", "bug", "free grams computed under the lock, checked and reserved after releasing it: two wigs overdraw a lot", "critical-section"),
    "RESERVE-NEGATIVE": P(M, "if req.Grams > free {", "bug", "grams not validated: a negative reservation releases hair promised to other wigs"),
    "HAIR-COST-TRUNC": P(M, "return grams / 100 * pencePer100g", "bug", "integer division first: 250 g costs as 200 g, under 100 g costs nothing", "signature-vs-statement"),
    "PHOTO-TRAVERSAL": P(M, "http.ServeFile(w, r, filepath.Join(s.photoDir, name))", "security", "file query value joined to photoDir: ../ reads any file", "source-vs-sink"),
    "SHEET-SHELL-INJECTION": P(M, 'exec.Command("sh", "-c", "wigsheet --wig "+wig', "security", "wig path value concatenated into a sh -c command", "signature-vs-statement"),
    "SHEET-NO-TIMEOUT": P(M, 'out, err := sheetCommand(r.PathValue("wig")).Output()', "bug", "external command run without a context or timeout: a hung wigsheet holds the request forever"),
    "REMINDER-REPEATS": P(M, "WHERE start::date = current_date + 1", "bug", "reminders run hourly for all of tomorrow's fittings with no sent flag: each client is texted every hour"),
    "REMINDER-BODY-LEAK": P(M, "go http.PostForm(s.sms", "bug", "PostForm response body never closed and its error dropped: connections leak, failures unseen"),
    "REMINDER-NO-TIMEOUT": P(M, "go http.PostForm(s.sms", "bug", "default http client has no timeout: a stuck SMS gateway piles up goroutines"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("CLAIM-RACE", "CLAIM-DUPLICATE"),
    ("BOOK-NO-BODY-LIMIT", "BOOK-START-UNCHECKED"),
    ("DAY-PAGE-START", "DAY-PAGE-OBO"),
    ("MEASURE-ERR-LEAK", "MEASURE-NOT-FOUND-500"),
    ("STOCK-SQLI", "STOCK-ROWS-NOT-CLOSED"),
    ("STOCK-SCAN-IGNORED", "STOCK-ROWS-ERR"),
    ("RESERVE-RACE", "RESERVE-NEGATIVE"),
    ("REMINDER-BODY-LEAK", "REMINDER-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole wig-fitting service: fitting bookings with an in-memory slot map, a day view,
        head measurements with a cap-size table, the hair stock, hair reservations, photos, order sheets built by
        `wigsheet`, and an hourly SMS reminder loop.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 10 |
        | low | 4 |

        The two critical ones are the SQL injection in the stock search and the shell command in `sheetCommand`
        (admin-only, but still a shell). Much of the rest is concurrency around `Server.mu` and panics on edge values.

        What is right: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleDay` validates the day,
        closes its rows and checks every `Scan`; `handleReserve` does update `reserved` and the counter under the lock
        (the problem is the gap before it); all queries other than the stock search bind their parameters.
        """,
        Block([
            F("STOCK-SQLI", "critical", "security", "SQL injection through `colour` in the stock search",
              "Use `WHERE colour ILIKE '%' || $1 || '%' AND length_cm >= $2` with bound parameters.",
              symbol="Server.handleStock", conf=0.95),
            F("SHEET-SHELL-INJECTION", "critical", "security", "`sheetCommand` passes the wig id through `sh -c`",
              "`exec.CommandContext(ctx, \"wigsheet\", \"--wig\", wig, \"--format\", \"pdf\")`, no shell; validate the id.",
              symbol="sheetCommand", conf=0.85),
            F("FITTER-KEY-FAILS-OPEN", "high", "security", "`fitterOnly` allows everything when `FITTER_KEY` is empty",
              "Fail closed like `adminOnly`, and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.fitterOnly", conf=0.9),
            F("MEASURE-NO-AUTH", "high", "security", "Head measurements are public",
              "Wrap the route in `s.fitterOnly`; measurements are personal (often medical) data.",
              symbol="main", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "`/photos?file=` can read outside the photo directory",
              "Reject names that are not `filepath.Base(name)`, or use `http.FileServer(http.Dir(...))` which confines paths.",
              symbol="Server.handlePhoto", conf=0.85),
            F("MEASURE-ERR-LEAK", "medium", "security", "Database errors are returned verbatim",
              "Log `err`; answer a fixed message.", symbol="Server.handleMeasurements", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.7),
            F("BOOK-START-UNCHECKED", "low", "bug", "Fitting start time is not validated",
              "Reject a zero or past `Start` and times outside opening hours.", symbol="Server.handleBook", conf=0.55),
        ]),
        "Concurrency, panics and data:",
        Block([
            F("CLAIM-RACE", "high", "bug", "`claim` touches `booked` and `counts` without `s.mu`",
              "Lock `s.mu` in `claim`; handlers run concurrently, and concurrent map writes are a fatal runtime error, not just a double booking.",
              symbol="Server.claim", conf=0.9),
            F("CLAIM-DUPLICATE", "medium", "bug", "Re-booking one's own slot inserts a second fitting",
              "Return whether this call took the slot; treat `holder == client` as a conflict or an idempotent no-op without a second insert.",
              symbol="Server.claim", conf=0.6),
            F("BOOK-OVERLAP", "medium", "bug", "Overlapping fittings are not detected",
              "The slot key is the start minute only; check the interval `[start, start+minutes)` against existing fittings in SQL.",
              symbol="Server.handleBook", conf=0.7),
            F("DAY-PAGE-OBO", "high", "bug", "`all[start:end+1]` panics on the last page",
              "Slice `all[start:end]`; `end` is already exclusive.", symbol="Server.handleDay", conf=0.9),
            F("DAY-PAGE-START", "medium", "bug", "Out-of-range page panics",
              "Clamp `page >= 0` and return an empty list when `start >= len(all)`.", symbol="Server.handleDay", conf=0.75),
            F("CAP-SIZE-OBO", "high", "bug", "`capSize` can index past the end of `capSizes`",
              "`if band >= len(capSizes)`; a 62 cm head gives band 5 and panics.", symbol="capSize", conf=0.85),
            F("STOCK-ROWS-NOT-CLOSED", "medium", "bug", "`handleStock` never closes `rows`",
              "`defer rows.Close()` after the error check.", symbol="Server.handleStock", conf=0.85),
            F("STOCK-SCAN-IGNORED", "low", "bug", "`rows.Scan` error ignored in the stock list",
              "Check it, as `handleDay` does.", symbol="Server.handleStock", conf=0.65),
            F("STOCK-ROWS-ERR", "low", "bug", "`rows.Err()` not checked after the loop",
              "Return 500 when `rows.Err() != nil` instead of a silently truncated list.", symbol="Server.handleStock", conf=0.5),
            F("RESERVE-DECODE-IGNORED", "medium", "bug", "Reservation body errors are ignored",
              "Return 400 when `Decode` fails.", symbol="Server.handleReserve", conf=0.7),
            F("RESERVE-RACE", "high", "bug", "Hair reservation checks and reserves under two separate locks",
              "Hold `s.mu` from computing `free` to incrementing `reserved`; between the two, another request can take the same grams.",
              d=1, symbol="Server.handleReserve", conf=0.85),
            F("RESERVE-NEGATIVE", "medium", "bug", "Negative grams accepted",
              "Require `req.Grams > 0`.", symbol="Server.handleReserve", conf=0.7),
            F("HAIR-COST-TRUNC", "medium", "bug", "Hair cost truncates to whole 100 g",
              "`grams * pencePer100g / 100` (multiply first).", symbol="hairCost", conf=0.85),
            F("REMINDER-REPEATS", "medium", "bug", "Clients get a reminder every hour",
              "Mark fittings as reminded (`reminded_at`) and select only those not yet reminded, or run once a day.",
              symbol="Server.remindTomorrow", conf=0.75),
            F("REMINDER-BODY-LEAK", "low", "bug", "SMS responses are never closed or checked",
              "Use a client with a timeout, close `resp.Body`, log failures.", symbol="Server.remindTomorrow", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("STOCK-SQLI", "critical", "security", "handleStock: colour from query string concatenated into SQL", "Bind params.", d=-2),
            F("SHEET-SHELL-INJECTION", "high", "security", "sheetCommand uses sh -c with caller-controlled wig", "exec without shell.", d=-1),
            F("FITTER-KEY-FAILS-OPEN", "high", "security", "fitterOnly open when FITTER_KEY empty", "Fail closed."),
            F("MEASURE-NO-AUTH", "high", "security", "measurements route not wrapped in fitterOnly", "Wrap it."),
            F("PHOTO-TRAVERSAL", "high", "security", "ServeFile path from ?file=", "filepath.Base + check.", d=-1),
            F("CLAIM-RACE", "high", "bug", "concurrent map read/write on s.booked (fatal)", "Lock s.mu.", d=-2),
            F("DAY-PAGE-OBO", "high", "bug", "slice bound end+1 out of range", "all[start:end].", d=-1),
            F("DAY-PAGE-START", "medium", "bug", "page not bounds-checked", "Validate page."),
            F("CAP-SIZE-OBO", "medium", "bug", "capSizes[band] out of range when band == len", "band >= len.", d=3),
            F("MEASURE-NOT-FOUND-500", "low", "bug", "ErrNoRows -> 500", "404 on sql.ErrNoRows."),
            F("STOCK-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("RESERVE-DECODE-IGNORED", "low", "bug", "Decode error dropped", "400."),
            F("RESERVE-RACE", "high", "bug", "TOCTOU between free computation and reservation", "Single critical section.", d=2),
            F("HAIR-COST-TRUNC", "medium", "bug", "hairCost integer division truncates", "Multiply first.", d=-1),
            F("SHEET-NO-TIMEOUT", "low", "bug", "wigsheet exec has no timeout", "CommandContext with deadline."),
            F("REMINDER-BODY-LEAK", "low", "bug", "PostForm resp.Body leaked", "Close body."),
            F("BOOK-OVERLAP", "medium", "bug", "clash check compares start minute only", "Interval overlap."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `wigfitting` Go service, which manages fittings and the hair stock for a
        wig maker.

        ## High-Level Overview

        The service is a single `main.go` using the Go 1.22 routing patterns of `net/http` and `database/sql` with
        the pgx driver. It holds some state in memory (`booked`, `reserved`, `counts`) guarded by a mutex, but the
        mutex is not used consistently.

        ## Security Issues
        """,
        Block([
            F("FITTER-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When Fitter Key Is Empty",
              "Require the key to be configured.", sd=-1, n=2),
            F("BOOK-NO-BODY-LIMIT", "MEDIUM", "Denial of Service", "Unbounded Request Body in Booking",
              "Wrap the body with `http.MaxBytesReader`."),
            F("MEASURE-NO-AUTH", "HIGH", "Broken Access Control", "Missing Authentication on Client Measurements",
              "Protect the route with `fitterOnly`.",
              desc="The measurements endpoint is the only client-data route registered without a middleware."),
            F("MEASURE-ERR-LEAK", "LOW", "Information Disclosure", "Database Error Messages Returned to Client",
              "Return a generic error message."),
            F("STOCK-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Hair Stock Search",
              "Use placeholders.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Endpoint",
              "Sanitize the file name.", sd=-1, n=2),
            F("SHEET-SHELL-INJECTION", "HIGH", "Command Injection", "Command Injection in Order Sheet Generation",
              "Do not invoke a shell."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure server timeouts."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Issues
        """,
        Block([
            F("CLAIM-RACE", "HIGH", "Race Condition", "Data Race on Booking Map and Counters",
              "Acquire `s.mu` in `claim`.", d=1, sd=-1, n=3,
              desc="`claim` mutates `s.booked` and increments `s.counts.fittings` without holding the mutex, which other methods use."),
            F("DAY-PAGE-OBO", "HIGH", "Logic Error", "Slice Out of Range in Day Pagination",
              "Remove the `+1`.", sd=-2, n=3),
            F("CAP-SIZE-OBO", "MEDIUM", "Logic Error", "Index Out of Range in capSize",
              "Use `>=` in the upper bound check."),
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting main.go into several files."}),
            F("RESERVE-RACE", "HIGH", "Race Condition", "Race Condition in Hair Reservation",
              "Keep the lock held across check and update.", sd=-1, n=3),
            F("HAIR-COST-TRUNC", "MEDIUM", "Logic Error", "Integer Division Truncates Hair Cost",
              "Multiply before dividing."),
            F("REMINDER-REPEATS", "MEDIUM", "Logic Error", "Reminder SMS Sent Repeatedly",
              "Track which reminders have been sent."),
            F("REMINDER-NO-TIMEOUT", "MEDIUM", "Availability", "HTTP Client Without Timeout for SMS",
              "Use an `http.Client` with a timeout."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("FITTER-KEY-FAILS-OPEN", "high", "security", "fitter auth disabled if FITTER_KEY empty", "fail closed"),
            F("MEASURE-NO-AUTH", "high", "security", "measurements endpoint has no auth", "add fitterOnly"),
            F("STOCK-SQLI", "high", "security", "sql injection in stock search", "use $1"),
            F("STOCK-ROWS-NOT-CLOSED", "medium", "", "rows never closed", "defer rows.Close()"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in handlePhoto", "filepath.Base"),
            F("DAY-PAGE-OBO", "medium", "bug", "end+1 out of range", "all[start:end]"),
            F("REMINDER-NO-TIMEOUT", "low", "bug", "http.PostForm without timeout", "client with timeout"),
            F("SERVER-NO-TIMEOUTS", "low", "security", "no server timeouts", "http.Server{...}"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        Code Review

        Summary:
        1. Authentication: fitter middleware fails open; measurements unprotected.
        2. Injection: SQL in stock search, shell in order sheet, path traversal in photos.
        3. Concurrency: booking map and hair reservations are not properly synchronised.
        4. Runtime panics from slice and index bounds.
        5. Reminder job sends duplicates.
        """,
        Block([
            F("FITTER-KEY-FAILS-OPEN", "blocker", "security", "Fitter authentication fails open", "Require the key.", conf=0.9),
            F("CLAIM-RACE", "major", "concurrency", "Booking map accessed without mutex", "Lock s.mu inside claim.", d=-3, conf=0.85),
            F("BOOK-START-UNCHECKED", "minor", "correctness", "Fitting start time not validated", "Validate start.", conf=0.55),
            F("BOOK-OVERLAP", "major", "correctness", "Overlapping fittings can be booked", "Check time ranges.", conf=0.65),
            F("DAY-PAGE-OBO", "major", "correctness", "Off-by-one slice bound in fitting pagination", "Use end.", conf=0.85),
            F("CAP-SIZE-OBO", "major", "correctness", "Cap size lookup out of bounds", "Use >=.", conf=0.8),
            F("MEASURE-NO-AUTH", "blocker", "security", "Measurements endpoint lacks authentication", "Add fitterOnly.", conf=0.85),
            F("STOCK-SQLI", "blocker", "security", "SQL injection via colour filter", "Use parameters.", d=1, conf=0.9),
            F("STOCK-SCAN-IGNORED", "minor", "reliability", "Ignored Scan error in stock listing", "Handle the error.", conf=0.6),
            F("RESERVE-RACE", "major", "concurrency", "Check-then-act race in hair reservation", "Hold the lock.", conf=0.8),
            F("RESERVE-NEGATIVE", "major", "correctness", "Negative grams can be reserved", "Validate grams > 0.", conf=0.7),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal in photo serving", "Clean and confine the path.", conf=0.8),
            F("SHEET-SHELL-INJECTION", "major", "security", "Shell injection in sheet command", "No sh -c.", conf=0.8),
            F("REMINDER-REPEATS", "minor", "correctness", "Duplicate reminder messages every hour", "Record sent reminders.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 3 blocker, 8 major, 3 minor"),
    ]),
}
