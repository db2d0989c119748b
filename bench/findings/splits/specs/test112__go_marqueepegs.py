"""test112/go-marqueepegs: a marquee hire company's crew desk (Go, net/http + database/sql). Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (only the tune2 spec, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code or any score. Frozen test split "
    "test112: seeded problems in a marquee hire crew desk (pitch plans, peg counts, wind holds); five agents' "
    "answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "CREW-FAILS-OPEN": P(M, 'if r.Header.Get("X-Crew-Token") != s.crewToken {', "security", "CREW_TOKEN unset: an empty or missing X-Crew-Token header equals the empty token and passes"),
    "CREW-TIMING": P(M, 'if r.Header.Get("X-Crew-Token") != s.crewToken {', "security", "crew token compared with != instead of subtle.ConstantTimeCompare (timing side channel)"),
    "DECODE-UNBOUNDED": P(M, "dec := json.NewDecoder(r.Body)", "security", "request bodies decoded without http.MaxBytesReader: unbounded body size", "signature-vs-statement"),
    "PEGS-FLOOR": P(M, "alongWidth := widthM / spacingM", "bug", "integer division rounds down: a side that is not a multiple of the spacing gets one peg too few", "off-by-one"),
    "PEGS-ZERO-SPACING": P(M, "alongWidth := widthM / spacingM", "bug", "spacing_m is never validated: 0 panics with an integer divide by zero"),
    "SITES-SQLI": P(M, "WHERE site = '%s' ORDER BY id", "security", "site query value formatted into the SQL with Sprintf: SQL injection", "source-vs-sink"),
    "SITES-ROWS-NOT-CLOSED": P(M, "WHERE site = '%s' ORDER BY id", "bug", "rows never closed (no defer rows.Close()): connections leak, and rows.Err() is never checked"),
    "PITCHES-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "raw database error text returned to the client"),
    "STOCK-NEGATIVE-QTY": P(M, 'n, _ := strconv.Atoi(r.URL.Query().Get("n"))', "bug", "n not validated: a negative n adds pegs to the stock"),
    "STOCK-RACE": P(M, "if s.stock[kind] < 0 {", "bug", "s.stock read and written by concurrent handlers without s.mu: lost updates, overdrawn stock, concurrent map write crash", "critical-section"),
    "PARSE-GUST-IGNORED": P(M, "v, _ := strconv.ParseFloat(", "bug", "parse error ignored: an unreadable gust becomes 0 km/h and can hide a wind hold", "signature-vs-statement"),
    "FORECAST-NO-TIMEOUT": P(M, 'resp, err := http.Get(s.forecastURL + "/gusts?site="', "bug", "http.Get on the default client has no timeout: one stuck forecast call stalls the wind watcher"),
    "FORECAST-BODY-LEAK": P(M, 'resp, err := http.Get(s.forecastURL + "/gusts?site="', "bug", "response body never closed (and status never checked): a connection leaks on every poll"),
    "WIND-FIRST-SKIPPED": P(M, "for i := 1; i < len(f.Readings); i++ {", "bug", "loop starts at 1: the first gust reading is never considered", "off-by-one"),
    "WIND-HOLDS-RACE": P(M, "s.holds[site] = hold{", "bug", "watcher goroutine writes s.holds without s.mu while handlers read it under the lock: data race / concurrent map crash", "critical-section"),
    "PAGE-EVERY-POLL": P(M, "s.pageCrew(site, peak)", "bug", "no check whether the site is already on hold: the crew is paged again on every 10-minute poll"),
    "LIFT-HOLD-CREW": P(M, 'mux.HandleFunc("DELETE /holds/{site}"', "security", "a wind hold can be lifted with the crew token; it should need the admin token"),
    "PLAN-TRAVERSAL": P(M, "dst, err := os.Create(filepath.Join(s.planDir, name))", "security", "plan name form value joined to planDir unchecked: path traversal, arbitrary file write", "source-vs-sink"),
    "PLAN-OVERWRITE": P(M, "dst, err := os.Create(filepath.Join(s.planDir, name))", "bug", "os.Create truncates an existing file: a plan uploaded under an existing name silently replaces another site's plan"),
    "BOOKING-SCAN-IGNORED": P(M, "s.db.QueryRow(`SELECT count(*) FROM bookings", "bug", "QueryRow/Scan error ignored: a failed clash query leaves clash at 0 and the marquee is booked anyway"),
    "BOOKING-RACE": P(M, "if clash > 0 {", "bug", "clash count and insert not in one transaction or constraint: concurrent requests double-book a marquee", "critical-section"),
    "SERVER-NO-TIMEOUTS": P(M, "log.Fatal(http.ListenAndServe(", "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("CREW-FAILS-OPEN", "CREW-TIMING"),
    ("PEGS-FLOOR", "PEGS-ZERO-SPACING"),
    ("SITES-SQLI", "SITES-ROWS-NOT-CLOSED"),
    ("SITES-SQLI", "PITCHES-DB-ERROR-LEAK"),
    ("STOCK-NEGATIVE-QTY", "STOCK-RACE"),
    ("FORECAST-NO-TIMEOUT", "FORECAST-BODY-LEAK"),
    ("WIND-HOLDS-RACE", "PAGE-EVERY-POLL"),
    ("PLAN-TRAVERSAL", "PLAN-OVERWRITE"),
    ("BOOKING-SCAN-IGNORED", "BOOKING-RACE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `main.go` is the whole crew desk: two token middlewares, pitch plans with a peg count, a peg stock
        checkout, a wind watcher that puts sites on hold and pages the crew, plan uploads and marquee bookings.

        1. The crew middleware fails open when `CREW_TOKEN` is unset, and a crew token is enough to lift a wind hold.
        2. `GET /pitches` builds SQL with `Sprintf`; `POST /plans` writes wherever the form value points.
        3. Shared maps (`stock`, `holds`) are touched without `s.mu` from handlers and from the watcher goroutine.
        4. The peg count and the gust scan are both off by one.

        Done right: `adminOnly` fails closed and uses `subtle.ConstantTimeCompare`; `handleHolds` and `handleLiftHold`
        hold `s.mu`; `pageCrew` runs the pager with an argument list and logs its error; the booking overlap
        predicate is correct; `handlePitchPlan` rejects a zero width or length; `io.Copy` errors are checked.
        """,
        Block([
            F("CREW-FAILS-OPEN", "critical", "security", "`crewOnly` accepts any request when `CREW_TOKEN` is empty",
              "Refuse to start without a token, or reject when `s.crewToken == \"\"`, as `adminOnly` does.",
              symbol="Server.crewOnly", conf=0.9),
            F("SITES-SQLI", "high", "security", "SQL injection through `site` in `GET /pitches`",
              "Use a placeholder: `s.db.Query(\"... WHERE site = $1 ORDER BY id\", site)`.",
              symbol="Server.handleListPitches", conf=0.95),
            F("PITCHES-DB-ERROR-LEAK", "low", "security", "Database error text returned to the client",
              "Log `err` and answer a generic 500.", symbol="Server.handleListPitches", conf=0.7),
            F("PLAN-TRAVERSAL", "high", "security", "Path traversal in plan upload",
              "Use `filepath.Base(name)` and reject names that differ from it, or generate the file name.",
              symbol="Server.handleUploadPlan", conf=0.9),
            F("LIFT-HOLD-CREW", "high", "security", "Any crew token can lift a wind hold",
              "Register `DELETE /holds/{site}` behind `adminOnly`; lifting a hold is a safety decision.",
              symbol="main", conf=0.75),
            F("DECODE-UNBOUNDED", "medium", "security", "JSON bodies are read without a size limit",
              "Wrap the body: `http.MaxBytesReader(w, r.Body, 1<<20)` (pass `w` into `decodeJSON`).",
              symbol="decodeJSON", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "`http.ListenAndServe` without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
        "Correctness and concurrency:",
        Block([
            F("PEGS-FLOOR", "medium", "bug", "`pegCount` rounds each side down and leaves gaps",
              "Round up: `(widthM + spacingM - 1) / spacingM`, same for the length.", n=2, symbol="pegCount", conf=0.8),
            F("STOCK-RACE", "high", "bug", "Peg stock map mutated without `s.mu`",
              "Lock `s.mu` around the check and the decrement; concurrent map writes crash the process.",
              d=-1, n=3, symbol="Server.handleCheckoutPegs", conf=0.85),
            F("WIND-HOLDS-RACE", "high", "bug", "`checkSite` writes `s.holds` without the mutex",
              "Take `s.mu` in `checkSite` the way `handleHolds` does; the watcher runs in its own goroutine.",
              symbol="Server.checkSite", conf=0.85),
            F("WIND-FIRST-SKIPPED", "medium", "bug", "Gust scan skips the first reading",
              "`for _, rd := range f.Readings`.", symbol="Server.checkSite", conf=0.8),
            F("PARSE-GUST-IGNORED", "medium", "bug", "Unparseable gust values read as 0 km/h",
              "Return the error and treat a bad reading as a reason to hold, not as calm.", symbol="parseGust", conf=0.7),
            F("FORECAST-BODY-LEAK", "medium", "bug", "Forecast response body is never closed",
              "`defer resp.Body.Close()` and check `resp.StatusCode`.", symbol="Server.checkSite", conf=0.8),
            F("SITES-ROWS-NOT-CLOSED", "medium", "bug", "`rows` from the pitch query is never closed",
              "`defer rows.Close()` after the error check, and check `rows.Err()` after the loop.",
              symbol="Server.handleListPitches", conf=0.8),
            F("BOOKING-RACE", "medium", "bug", "Booking clash check and insert race",
              "Use an exclusion constraint on (marquee, tstzrange) or do both in a serializable transaction.",
              d=-1, symbol="Server.handleBook", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SITES-SQLI", "high", "security", "SQL injection: ?site= formatted into query via Sprintf",
              "Placeholder $1.", d=-1),
            F("PLAN-TRAVERSAL", "high", "security", "Arbitrary file write: form value `name` joined into planDir",
              "filepath.Base + reject.", d=-1),
            F("CREW-TIMING", "low", "security", "crewOnly compares the token with != (not constant time)",
              "subtle.ConstantTimeCompare."),
            F("STOCK-RACE", "high", "bug", "Data race on s.stock: map mutated from concurrent handlers without s.mu",
              "Lock s.mu.", d=-1),
            F("WIND-HOLDS-RACE", "high", "bug", "checkSite writes s.holds without s.mu; races handleHolds",
              "Lock s.mu.", d=-1),
            F("FORECAST-NO-TIMEOUT", "medium", "bug", "http.Get on the default client: no timeout, watcher can hang forever",
              "http.Client{Timeout: 10 * time.Second}."),
            F("PAGE-EVERY-POLL", "low", "bug", "Crew re-paged on every poll while a hold is already active",
              "Page only when the site was not already held."),
            F("PEGS-ZERO-SPACING", "medium", "bug", "spacing_m=0 panics (integer divide by zero)",
              "Validate spacing_m > 0."),
            F("BOOKING-SCAN-IGNORED", "medium", "bug", "Scan error ignored in handleBook; failed clash query books anyway",
              "Check the error; 500."),
            F("DECODE-UNBOUNDED", "low", "security", "decodeJSON: no MaxBytesReader, unbounded request body",
              "http.MaxBytesReader.", d=-1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the Ridgeway Marquee Hire crew desk (`main.go`).

        ## Security Findings
        """,
        Block([
            F("SITES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Pitch Listing",
              "Use parameterized queries.", sd=-1, n=2,
              desc="The `site` query parameter is formatted into the SQL string with `fmt.Sprintf`."),
            F("PLAN-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Plan Upload",
              "Sanitize the file name with `filepath.Base`.", sd=-1, n=2),
            F("CREW-FAILS-OPEN", "HIGH", "Broken Authentication", "Crew Authentication Bypass When CREW_TOKEN Is Empty",
              "Deny all crew requests when no token is configured.",
              desc="If `CREW_TOKEN` is not set, `s.crewToken` is empty and a request without the header matches it."),
            F("LIFT-HOLD-CREW", "HIGH", "Broken Access Control", "Wind Holds Can Be Lifted by Any Crew Member",
              "Protect the route with `adminOnly`."),
            F("PITCHES-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Returned to Clients",
              "Return a generic message.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency Findings
        """,
        Block([
            U({"severity": "LOW", "category": "Documentation", "description": "Exported type Server has no doc comment."}),
            F("WIND-HOLDS-RACE", "HIGH", "Race Condition", "Unsynchronized Writes to Wind Hold Map",
              "Acquire `s.mu` before writing `s.holds`.", sd=-2, n=3,
              desc="The background watcher writes the map while HTTP handlers read it; Go aborts on concurrent map access."),
            F("STOCK-RACE", "HIGH", "Race Condition", "Race Condition in Peg Stock Checkout",
              "Guard the stock map with the mutex.", sd=-2, n=3),
            F("WIND-FIRST-SKIPPED", "HIGH", "Logic Error", "First Wind Reading Ignored",
              "Start the loop at index 0.", d=+1),
            F("PARSE-GUST-IGNORED", "HIGH", "Error Handling", "Unparseable Gust Readings Treated as Calm",
              "Propagate the parse error.", d=-1),
            F("BOOKING-RACE", "MEDIUM", "Race Condition", "Double Booking Possible Under Concurrent Requests",
              "Use a database constraint or transaction.", sd=-1, n=3),
            F("FORECAST-BODY-LEAK", "MEDIUM", "Resource Management", "HTTP Response Body Not Closed",
              "Add `defer resp.Body.Close()`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("CREW-FAILS-OPEN", "error", "security", "empty CREW_TOKEN lets anyone in", "reject when unset"),
            F("SITES-SQLI", "error", "security", "sqli in GET /pitches site param", "use $1"),
            F("STOCK-NEGATIVE-QTY", "warning", "", "negative n adds pegs to stock", "require n > 0"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("PEGS-FLOOR", "warning", "bug", "peg count rounds down, uneven sides end up short a peg", "round up", d=+1),
            F("PLAN-OVERWRITE", "warning", "bug", "plan upload overwrites an existing plan with the same name", "O_EXCL or unique names"),
            F("WIND-FIRST-SKIPPED", "warning", "bug", "loop starts at 1, skips first reading", "start at 0"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: the crew token check fails open and is not constant time; holds can be lifted by crew.
        2. Injection: SQL in the pitch listing, path traversal in plan uploads.
        3. Concurrency: the peg stock, wind holds and bookings are not synchronized.
        4. Correctness: peg counts, spacing validation, negative checkouts.
        5. Reliability: forecast HTTP calls, server timeouts, request size.
        """,
        Block([
            F("SITES-SQLI", "blocker", "security", "SQL injection in pitch listing by site",
              "Use query parameters.", conf=0.9),
            F("CREW-FAILS-OPEN", "blocker", "security", "Crew authentication bypass with empty token",
              "Validate that CREW_TOKEN is configured.", conf=0.85),
            F("CREW-TIMING", "minor", "security", "Non-constant-time crew token comparison",
              "Use subtle.ConstantTimeCompare.", conf=0.6),
            F("PLAN-TRAVERSAL", "major", "security", "Path traversal in plan upload",
              "Sanitize the plan name.", conf=0.85),
            F("LIFT-HOLD-CREW", "major", "security", "Wind hold release not restricted to admins",
              "Use adminOnly for DELETE /holds.", conf=0.7),
            F("STOCK-NEGATIVE-QTY", "major", "correctness", "Negative peg quantity accepted in checkout",
              "Reject n <= 0.", d=+2, conf=0.7),
            F("STOCK-RACE", "major", "concurrency", "Concurrent map access on peg stock",
              "Protect s.stock with s.mu.", conf=0.8),
            F("WIND-HOLDS-RACE", "blocker", "concurrency", "Concurrent map write on wind holds from the watcher goroutine",
              "Lock s.mu in checkSite.", conf=0.85),
            F("FORECAST-NO-TIMEOUT", "major", "reliability", "Forecast request has no timeout",
              "Use an http.Client with a timeout.", conf=0.8),
            F("FORECAST-BODY-LEAK", "major", "resource-leak", "Forecast response body is not closed",
              "defer resp.Body.Close().", conf=0.8),
            F("PEGS-FLOOR", "major", "correctness", "Peg count is rounded down",
              "Use ceiling division per side.", d=+2, conf=0.7),
            F("PEGS-ZERO-SPACING", "major", "reliability", "Division by zero when spacing is 0",
              "Validate spacing_m.", conf=0.8),
            F("BOOKING-RACE", "major", "concurrency", "Marquee booking is not atomic",
              "Use a transaction or exclusion constraint.", conf=0.7),
            F("SERVER-NO-TIMEOUTS", "minor", "reliability", "HTTP server has no timeouts",
              "Configure an http.Server with timeouts.", conf=0.6),
            F("DECODE-UNBOUNDED", "minor", "security", "Request body size is not limited",
              "Use http.MaxBytesReader.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 9 major, 3 minor"),
    ]),
}
