"""test27/go-locktide: canal lock passage bookings and water-level telemetry (Go, net/http + database/sql/pgx).

Frozen test split test27; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its results, its tuning data or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split (test27): seeded problems in a small Go service for a canal lock "
    "(passage bookings by slot and direction, a keeper-only cancel and log download, water-level telemetry in a "
    "ring buffer, high-water paging, rate of rise); five agents' answers written by hand."
)

MN = "main.go"
PS = "passages.go"
T = "telemetry.go"

PROBLEMS = {
    "TELEMETRY-NO-AUTH": P(MN, 'mux.HandleFunc("POST /telemetry", s.ingestReading)', "security",
                           "telemetry endpoint has no authentication: anyone can post levels and trigger high-water pages"),
    "KEEPER-KEY-EMPTY": P(MN, 'if r.Header.Get("X-Keeper-Key") != s.keeperKey {', "security",
                          "LOCKKEEPER_KEY unset: keeperKey is '' and a request without the header passes the check",
                          "signature-vs-statement"),
    "KEEPER-KEY-TIMING": P(MN, 'if r.Header.Get("X-Keeper-Key") != s.keeperKey {', "security",
                           "keeper key compared with != (not constant time)"),
    "LIST-SQLI-DAY": P(PS, "WHERE slot::date = '\" + day + \"'\"", "security",
                       "day query value concatenated into the passages SQL", "source-vs-sink"),
    "LIST-SQLI-BOAT": P(PS, "q += \" AND boat ILIKE '%\" + boat + \"%'\"", "security",
                        "boat query value concatenated into the ILIKE filter", "source-vs-sink"),
    "LIST-ROWS-NOT-CLOSED": P(PS, 'rows, err := s.db.QueryContext(r.Context(), q+" ORDER BY slot")', "bug",
                              "rows never closed (no defer rows.Close()): connections leak from a pool of 10"),
    "LIST-ENCODE-NULL": P(PS, "var out []Passage", "bug",
                          "extra, one agent: a nil slice encodes as null, not [], on a day without passages"),
    "LIST-SCAN-ERR-SWALLOWED": P(PS, "if err := rows.Scan(&p.ID, &p.Boat, &p.LengthM, &p.Slot, &p.Upstream); err != nil {",
                                 "bug", "Scan errors skipped with continue and rows.Err() never checked: partial lists "
                                 "returned as complete"),
    "BOAT-LENGTH-LIMIT": P(PS, "if p.LengthM > chamberLengthM {", "bug",
                           "checks the chamber length (22 m) instead of maxBoatLengthM (21 m): boats without gate "
                           "clearance are booked"),
    "LENGTH-NOT-POSITIVE": P(PS, "if p.LengthM > chamberLengthM {", "bug",
                             "zero or negative boat lengths are accepted"),
    "SLOT-LAST-HOUR": P(PS, "h < firstSlotHour || h >= lastSlotHour", "bug",
                        "h >= lastSlotHour rejects the 19:00-19:40 slots the constants describe as the last passages",
                        "off-by-one"),
    "SLOT-TIMEZONE": P(PS, "h < firstSlotHour || h >= lastSlotHour", "bug",
                       "Hour() and Minute() are taken in the client's offset, not the lock's time zone (the insert "
                       "converts to lockTime): slots shift by the client's offset"),
    "COUNT-ERR-IGNORED": P(PS, 'Scan(&taken)', "bug",
                           "error of the availability query ignored: on a DB error taken stays 0 and the slot is "
                           "treated as free"),
    "PASSAGE-DOUBLE-BOOK": P(PS, "if taken == 0 {", "bug",
                             "count then insert without a transaction or unique constraint: two boats get the same "
                             "slot and direction", "critical-section"),
    "CANCEL-NIL-RESULT": P(PS, 'res, _ := s.db.ExecContext(r.Context(), "DELETE FROM passages WHERE id = $1"', "bug",
                           "Exec error discarded: res is nil on error and res.RowsAffected() panics",
                           "signature-vs-statement"),
    "LOG-TRAVERSAL": P(PS, 'path := filepath.Join("/var/log/locktide", "levels-"+day+".csv")', "security",
                       "day query value joined into the log path: ../ escapes the log directory", "source-vs-sink"),
    "ALARM-RACE": P(T, "s.levels.lastHigh[rd.Sensor] = time.Now()", "bug",
                    "lastHigh map and alarms counter used from concurrent handlers without ls.mu: concurrent map "
                    "writes crash the process, duplicate pages are sent", "critical-section"),
    "PAGER-JSON-INJECTION": P(T, 'body := fmt.Sprintf(`{"text":"High water at %s: %.2f m"}`', "security",
                              "sensor name formatted into JSON by hand: quotes in the (unauthenticated) sensor field "
                              "break or rewrite the pager message", "signature-vs-statement"),
    "PAGER-NO-TIMEOUT": P(T, 'resp, err := http.Post(os.Getenv("PAGER_URL")', "bug",
                          "http.Post uses the default client without a timeout: a hung pager piles up goroutines"),
    "PAGER-BODY-LEAK": P(T, 'resp, err := http.Post(os.Getenv("PAGER_URL")', "bug",
                         "response body never closed: the connection is leaked on every page"),
    "RISE-INDEX-PANIC": P(T, "first := readings[len(readings)-readingsPerH-1]", "bug",
                          "guard is len < 12 but the index needs 13 readings: with exactly 12 the index is -1 and "
                          "the handler panics", "off-by-one"),
    "RISE-MIXED-SENSORS": P(T, "return readings[len(readings)-1].LevelM - first.LevelM", "bug",
                            "extra, one agent: the ring buffer mixes all sensors (upstream and downstream pounds), "
                            "so the rise compares readings from different sensors"),
}

CONFUSABLE = [
    ("KEEPER-KEY-EMPTY", "KEEPER-KEY-TIMING"),
    ("LIST-SQLI-DAY", "LIST-SQLI-BOAT"),
    ("LIST-SQLI-BOAT", "LIST-ROWS-NOT-CLOSED"),
    ("LIST-ENCODE-NULL", "LIST-SCAN-ERR-SWALLOWED"),
    ("BOAT-LENGTH-LIMIT", "LENGTH-NOT-POSITIVE"),
    ("SLOT-LAST-HOUR", "SLOT-TIMEZONE"),
    ("COUNT-ERR-IGNORED", "PASSAGE-DOUBLE-BOOK"),
    ("PAGER-JSON-INJECTION", "PAGER-NO-TIMEOUT"),
    ("PAGER-NO-TIMEOUT", "PAGER-BODY-LEAK"),
    ("PAGER-JSON-INJECTION", "PAGER-BODY-LEAK"),
    ("RISE-INDEX-PANIC", "RISE-MIXED-SENSORS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `main.go`, `passages.go` and `telemetry.go`. The service books passages through a canal lock by
        20-minute slot and direction, and ingests water-level readings into a ring buffer that drives high-water
        pages. The ring buffer itself (`Add`/`Recent`) is correct and properly locked, and the booking decoder
        limits the body size. The problems are around it:

        | Severity | Count |
        |---|---|
        | critical | 1 |
        | high | 5 |
        | medium | 6 |
        | low | 2 |

        The passage listing builds SQL from the query string and leaks connections; the keeper key fails open when
        unset; the booking path has a check-then-insert race and ignores the availability query's error; the
        high-water alarm state is shared between handlers without the store's mutex.
        """,
        Block([
            F("LIST-SQLI-DAY", "critical", "security", "SQL injection through `day` in `listPassages`",
              "Use placeholders: `WHERE slot::date = $1` and pass `day` (validated with `time.Parse(\"2006-01-02\", day)`).",
              symbol="Server.listPassages", conf=0.95),
            F("LIST-SQLI-BOAT", "high", "security", "SQL injection through the `boat` filter in `listPassages`",
              "Append `AND boat ILIKE $2` and pass `\"%\"+boat+\"%\"` as an argument.", symbol="Server.listPassages", conf=0.9),
            F("LIST-ROWS-NOT-CLOSED", "high", "bug", "`rows` from `QueryContext` is never closed",
              "Add `defer rows.Close()` after the error check; with `SetMaxOpenConns(10)` ten listings exhaust the pool.",
              symbol="Server.listPassages", conf=0.9),
            F("KEEPER-KEY-EMPTY", "high", "security", "Keeper endpoints are open when `LOCKKEEPER_KEY` is not set",
              "Refuse to start with an empty key, and compare with `subtle.ConstantTimeCompare`.",
              symbol="Server.keeper", conf=0.85),
            F("PASSAGE-DOUBLE-BOOK", "high", "bug", "Two boats can be booked into the same slot and direction",
              "Add `UNIQUE (slot, upstream)` and insert with `ON CONFLICT DO NOTHING`, checking `RowsAffected`.",
              d=-1, n=3, symbol="Server.bookPassage", conf=0.8),
            F("COUNT-ERR-IGNORED", "medium", "bug", "Error from the availability query is ignored",
              "Check the error returned by `Scan`; today a database error books the slot.",
              symbol="Server.bookPassage", conf=0.8),
            F("BOAT-LENGTH-LIMIT", "medium", "bug", "Boat length is checked against the chamber, not the maximum boat length",
              "Compare with `maxBoatLengthM` (declared but unused); a 21.5 m boat leaves no clearance for the gates.",
              symbol="Server.bookPassage", conf=0.8),
            F("SLOT-LAST-HOUR", "medium", "bug", "The 19:00-19:40 passages cannot be booked",
              "`lastSlotHour` is documented as the last passage hour; use `h > lastSlotHour`.",
              symbol="Server.bookPassage", conf=0.8),
            F("CANCEL-NIL-RESULT", "medium", "bug", "`cancelPassage` discards the `ExecContext` error and can dereference a nil result",
              "Handle the error before calling `RowsAffected`.", symbol="Server.cancelPassage", conf=0.85),
            F("LOG-TRAVERSAL", "medium", "security", "Path traversal in the keeper log download",
              "Parse `day` as a date and build the name from the parsed value.", symbol="Server.downloadLog", conf=0.75),
            F("ALARM-RACE", "high", "bug", "Data race on `lastHigh` and `alarms` in `ingestReading`",
              "Do the cooldown check and update under `s.levels.mu` (a method on `LevelStore`). Concurrent map writes are a fatal runtime error.",
              d=-2, n=3, symbol="Server.ingestReading", conf=0.9),
            F("PAGER-BODY-LEAK", "medium", "bug", "Pager response body is never closed",
              "`defer resp.Body.Close()` after the error check.", symbol="Server.pageKeeper", conf=0.85),
            F("PAGER-NO-TIMEOUT", "low", "bug", "Pager request has no timeout",
              "Use an `http.Client{Timeout: 10 * time.Second}`.", symbol="Server.pageKeeper", conf=0.7),
            F("RISE-INDEX-PANIC", "low", "bug", "`risePerHour` indexes out of range with exactly 12 readings",
              "Guard with `len(readings) <= readingsPerH`.", d=-3, n=2, symbol="risePerHour", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of locktide (go vet and the race detector not run; no Go toolchain here).",
        Block([
            F("LIST-SQLI-DAY", "critical", "security", "listPassages concatenates day into SQL", "Use $1.", d=-2),
            F("LIST-SQLI-BOAT", "high", "security", "listPassages concatenates boat into SQL", "Use $2.", d=+2),
            F("LIST-SCAN-ERR-SWALLOWED", "medium", "bug", "Scan errors skipped silently; rows.Err() unchecked",
              "Return 500 on scan error; check rows.Err()."),
            F("KEEPER-KEY-EMPTY", "high", "security", "keeper(): empty LOCKKEEPER_KEY disables auth",
              "Fail at startup if empty.", d=-2),
            F("KEEPER-KEY-TIMING", "low", "security", "keeper(): key compared with != (timing)",
              "subtle.ConstantTimeCompare."),
            F("TELEMETRY-NO-AUTH", "medium", "security", "POST /telemetry is unauthenticated (spoofed levels page the keeper)",
              "Require a sensor token."),
            F("PASSAGE-DOUBLE-BOOK", "high", "bug", "bookPassage: TOCTOU between count(*) and INSERT",
              "Unique index on (slot, upstream).", d=+1),
            F("LENGTH-NOT-POSITIVE", "low", "bug", "LengthM <= 0 accepted", "Reject non-positive lengths."),
            F("SLOT-TIMEZONE", "medium", "bug", "Slot hour validated in the caller's UTC offset, stored in lockTime",
              "Convert with p.Slot.In(lockTime) before Hour()/Minute()."),
            F("CANCEL-NIL-RESULT", "medium", "bug", "cancelPassage: nil res deref when Exec fails", "Check err.", d=+1),
            F("LOG-TRAVERSAL", "medium", "security", "downloadLog: day param allows ../ in path", "Validate date.", d=-1),
            F("ALARM-RACE", "high", "bug", "ingestReading: lastHigh map written without lock (concurrent map writes)",
              "Guard with ls.mu."),
            F("PAGER-JSON-INJECTION", "low", "security", "pageKeeper builds JSON with Sprintf (sensor not escaped)",
              "json.Marshal.", d=-1),
        ], fence=None, indent=2),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `locktide` codebase. This Go service manages passage bookings through a
        canal lock and collects water-level telemetry from sensors in the lock's pounds, paging the lock keeper
        when the water is too high.

        **1. Security**

        The passage listing and the keeper's log download both use request parameters unsafely, and the keeper
        authentication fails open.
        """,
        Block([
            F("LIST-SQLI-BOAT", "CRITICAL", "SQL Injection", "SQL Injection in Passage Listing",
              "Use parameterized queries with `$1`/`$2` placeholders.", d=-3,
              desc="The `boat` query parameter is concatenated directly into the SQL statement."),
            F("KEEPER-KEY-EMPTY", "HIGH", "Broken Authentication", "Authentication Bypass with Unset Keeper Key",
              "Validate that `LOCKKEEPER_KEY` is non-empty at startup.", d=-1,
              desc="When the environment variable is not set, the expected key is the empty string, which matches a request that omits the header."),
            F("LOG-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Log Download",
              "Validate `day` against the `YYYY-MM-DD` format.", d=+1),
            F("TELEMETRY-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Telemetry Ingestion",
              "Authenticate sensors, e.g. with per-sensor tokens or mTLS."),
        ], wrap="list"),
        """
        **2. Reliability and Concurrency**
        """,
        Block([
            F("ALARM-RACE", "major", "Race Condition", "Race Condition on High-Water Alarm State",
              "Protect `lastHigh` and `alarms` with the `LevelStore` mutex.", d=+1,
              desc="`ingestReading` runs concurrently for every sensor and mutates the `lastHigh` map and the `alarms` counter without holding `mu`."),
            F("PAGER-NO-TIMEOUT", "minor", "Resource Exhaustion", "Missing HTTP Timeout for Pager Requests",
              "Use a custom `http.Client` with a timeout."),
            U({"severity": "info", "category": "style", "title": "", "suggestion": "Group the constants of passages.go by purpose."}),
            F("PASSAGE-DOUBLE-BOOK", "major", "Race Condition", "Double Booking of Passage Slots",
              "Rely on a unique constraint instead of a prior count.", d=-1, sd=0,
              desc="The availability check and the insertion are not performed atomically."),
            F("BOAT-LENGTH-LIMIT", "minor", "Business Logic", "Maximum Boat Length Constant Is Not Used",
              "Compare against `maxBoatLengthM`.", d=+1, sd=0),
            F("RISE-INDEX-PANIC", "major", "Index Out of Range", "Possible Panic in risePerHour",
              "Require at least `readingsPerH + 1` readings before indexing."),
            F("LIST-ROWS-NOT-CLOSED", "major", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "review:",
        Block([
            F("LIST-SQLI-DAY", "error", "security", "sql injection in listPassages (day)", "placeholders"),
            F("KEEPER-KEY-TIMING", "warning", "security", "keeper key compare not constant time", "crypto/subtle"),
            F("LIST-ENCODE-NULL", "info", "", "empty day returns null instead of []", "out := []Passage{}"),
            F("PAGER-BODY-LEAK", "warning", "bug", "resp.Body not closed in pageKeeper", "defer resp.Body.Close()"),
            F("ALARM-RACE", "error", "bug", "concurrent map write on lastHigh (no lock)", "lock ls.mu", d=-2),
            F("RISE-MIXED-SENSORS", "warning", "bug", "rise per hour mixes sensors", "filter readings by sensor"),
            F("SLOT-LAST-HOUR", "warning", "bug", "19:xx slots rejected (>= lastSlotHour)", "use >", d=+1, sd=0),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. SQL injection in the passage listing (`day`, `boat`).
        2. Authentication: keeper key and telemetry.
        3. Concurrency: slot booking, alarm state.
        4. Resource leaks: database rows, HTTP response bodies.
        5. Correctness: slot hours, boat length, error handling.
        """,
        Block([
            F("LIST-SQLI-DAY", "blocker", "security", "SQL injection via day parameter in listPassages",
              "Use query parameters.", conf=0.9),
            F("LIST-SQLI-BOAT", "blocker", "security", "SQL injection via boat parameter in listPassages",
              "Use query parameters.", conf=0.9),
            F("LIST-ROWS-NOT-CLOSED", "major", "resource-leak", "sql.Rows not closed in listPassages",
              "defer rows.Close().", conf=0.85),
            F("KEEPER-KEY-EMPTY", "major", "security", "Keeper authentication passes with an empty key",
              "Reject requests when the configured key is empty.", conf=0.8),
            F("COUNT-ERR-IGNORED", "major", "correctness", "Ignored error from the availability count query",
              "Check the Scan error.", conf=0.75),
            F("PASSAGE-DOUBLE-BOOK", "major", "concurrency", "Race condition allows double booking of a slot",
              "Use a unique constraint.", d=+1, conf=0.75),
            F("SLOT-LAST-HOUR", "minor", "correctness", "Off-by-one in the last slot hour check",
              "Use h > lastSlotHour.", conf=0.7),
            F("CANCEL-NIL-RESULT", "major", "correctness", "Possible nil pointer dereference in cancelPassage",
              "Handle the ExecContext error.", d=-1, conf=0.75),
            F("ALARM-RACE", "major", "concurrency", "Unsynchronized access to lastHigh map and alarms counter",
              "Hold the mutex.", d=+1, conf=0.8),
            F("PAGER-JSON-INJECTION", "minor", "security", "JSON built with fmt.Sprintf in pageKeeper",
              "Use json.Marshal.", conf=0.6),
            F("PAGER-BODY-LEAK", "major", "resource-leak", "HTTP response body leak in pageKeeper",
              "Close resp.Body.", conf=0.8),
            F("RISE-INDEX-PANIC", "major", "correctness", "Index out of range in risePerHour with 12 readings",
              "Check len(readings) <= readingsPerH.", conf=0.75),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 8 major, 2 minor"),
    ]),
}
