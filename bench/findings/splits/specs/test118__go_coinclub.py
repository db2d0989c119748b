"""test118/go-coinclub: a coin club's grading requests, swap tables and valuation days (Go, net/http + database/sql).

Frozen test split test118, written 2026-12-07 by a helper session that had not seen the merger code, any score,
or any other split's answers, specs or repositories (only the tune2/py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "cases. Frozen test split test118: seeded problems in a coin club desk (grading requests, swap-meet tables, "
    "valuation days); five agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "MEMBER-KEY-EMPTY": P(M, 'if r.Header.Get("X-Club-Key") != s.memberKey {', "security",
                          "CLUB_MEMBER_KEY unset: an absent header equals the empty key and every request passes",
                          "signature-vs-statement"),
    "MEMBER-KEY-TIMING": P(M, 'if r.Header.Get("X-Club-Key") != s.memberKey {', "security",
                           "member key compared with != (not constant time), unlike adminOnly"),
    "GRADING-DECODE-IGNORED": P(M, "json.NewDecoder(r.Body).Decode(&req)", "bug",
                                "Decode error ignored: a malformed body files an empty grading request", nth=0),
    "GRADING-ZERO-COINS": P(M, "fee := len(req.Coins) * feePerCoin", "bug",
                            "an empty coin list is accepted and queued with a zero fee"),
    "BULK-DISCOUNT-OFF-BY-ONE": P(M, "if len(req.Coins) > bulkDiscountAt {", "bug",
                                  "> instead of >=: exactly ten coins pay the full rate", "off-by-one"),
    "SUBMIT-DB-ERROR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security",
                              "database error text returned to the client"),
    "QUEUE-POSITION-RACE": P(M, "position := len(s.queue)", "bug",
                             "queue length read after the mutex is released: racy read, wrong position under load",
                             "critical-section"),
    "GRADING-GET-IDOR": P(M, '"SELECT member_id, coins, declared_value, grade FROM gradings WHERE id = $1",', "security",
                          "any member can read any grading request by id (declared values of other members' coins)",
                          "signature-vs-statement"),
    "GRADING-CANCEL-NOT-OWNER": P(M, '"DELETE FROM gradings WHERE id = $1 AND grade IS NULL"', "security",
                                  "any member can cancel any other member's grading request", "signature-vs-statement"),
    "CERT-ID-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", "coincert --grading "+id+', "security",
                           "path id (URL-decoded, may hold ; or $()) concatenated into an sh -c command"),
    "CERT-COPIES-INJECTION": P(M, 'cmd := exec.Command("sh", "-c", "coincert --grading "+id+', "security",
                               "copies query value concatenated into the sh -c command", "source-vs-sink"),
    "CERT-NO-TIMEOUT": P(M, "if err := cmd.Run(); err != nil {", "bug",
                         "printing runs with no timeout or request context: a stuck lp holds the handler forever"),
    "TABLE-INDEX-OFF-BY-ONE": P(M, 'taken := s.tables[n] != ""', "bug",
                                "tables are numbered 1..24 but indexed with n: table 24 panics (index out of range) and table 0 is never used",
                                "off-by-one"),
    "TABLE-BOOK-RACE": P(M, "if !taken {", "bug",
                         "check under the mutex, write after releasing it: two members can book the same table (and a data race)",
                         "critical-section"),
    "TABLE-HOLDER-SPOOF": P(M, 's.tables[n] = r.Header.Get("X-Member")', "security",
                            "table holder taken from a client header under a shared key: anyone can book (and release) as another member"),
    "LISTINGS-COUNTRY-SQLI": P(M, 'q := fmt.Sprintf("SELECT id, table_no, country', "security",
                               "country query value formatted into the listings SQL", "source-vs-sink"),
    "LISTINGS-SORT-SQLI": P(M, 'q := fmt.Sprintf("SELECT id, table_no, country', "security",
                            "sort query value formatted into ORDER BY", "source-vs-sink"),
    "LISTINGS-ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(q)", "bug",
                                  "rows never closed: each listings request leaks a pooled connection"),
    "LISTINGS-SCAN-IGNORED": P(M, "rows.Scan(&l.ID, &l.Table", "bug",
                               "Scan error ignored (and rows.Err never checked): bad rows are returned as zero values"),
    "SLOTS-OFF-BY-ONE": P(M, "for i := 0; i <= slotsPerDay; i++ {", "bug",
                          "<= produces 17 slots: the last starts at 14:00, when the desk closes", "off-by-one"),
    "SLOT-NOT-OFFERED": P(M, 'at, err := time.ParseInLocation("2006-01-02 15:04"', "bug",
                          "any parseable time is accepted: slots off the 15-minute grid or outside opening hours are booked"),
    "SLOT-IN-PAST": P(M, 'at, err := time.ParseInLocation("2006-01-02 15:04"', "bug",
                      "a day in the past is accepted (and the reminder then fires at once)"),
    "VALUATION-SLOT-RACE": P(M, "if err == nil && n == 0 {", "bug",
                             "count then insert without a transaction or unique key: two people get the same slot",
                             "critical-section"),
    "REMINDER-SLEEPING-GOROUTINE": P(M, "time.Sleep(time.Until(at.Add(-24 * time.Hour)))", "bug",
                                     "one goroutine per booking sleeps for days: unbounded, lost on restart, never cancelled"),
    "REMINDER-SMS-ERROR-IGNORED": P(M, 'exec.Command("sms-send", req.Phone,', "bug",
                                    "sms-send error ignored: failed reminders vanish silently"),
    "ESTIMATE-PARSE-IGNORED": P(M, "catalogue, _ := strconv.ParseFloat(", "bug",
                                "ParseFloat error discarded: a bad catalogue value estimates 0.00 (NaN and negatives pass too)"),
    "ESTIMATE-UNKNOWN-GRADE": P(M, "estimate := catalogue * gradeFactor[grade]", "bug",
                                "unknown or lower-case grade reads 0 from the map: estimate silently 0.00"),
    "NO-SERVER-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security",
                            "http.ListenAndServe with no read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("MEMBER-KEY-EMPTY", "MEMBER-KEY-TIMING"),
    ("GRADING-DECODE-IGNORED", "GRADING-ZERO-COINS"),
    ("GRADING-ZERO-COINS", "BULK-DISCOUNT-OFF-BY-ONE"),
    ("GRADING-DECODE-IGNORED", "BULK-DISCOUNT-OFF-BY-ONE"),
    ("CERT-ID-INJECTION", "CERT-COPIES-INJECTION"),
    ("CERT-ID-INJECTION", "CERT-NO-TIMEOUT"),
    ("CERT-COPIES-INJECTION", "CERT-NO-TIMEOUT"),
    ("TABLE-INDEX-OFF-BY-ONE", "TABLE-BOOK-RACE"),
    ("TABLE-BOOK-RACE", "TABLE-HOLDER-SPOOF"),
    ("TABLE-INDEX-OFF-BY-ONE", "TABLE-HOLDER-SPOOF"),
    ("LISTINGS-COUNTRY-SQLI", "LISTINGS-SORT-SQLI"),
    ("LISTINGS-COUNTRY-SQLI", "LISTINGS-ROWS-NOT-CLOSED"),
    ("LISTINGS-SORT-SQLI", "LISTINGS-ROWS-NOT-CLOSED"),
    ("SLOT-NOT-OFFERED", "SLOT-IN-PAST"),
    ("REMINDER-SLEEPING-GOROUTINE", "REMINDER-SMS-ERROR-IGNORED"),
    ("ESTIMATE-PARSE-IGNORED", "ESTIMATE-UNKNOWN-GRADE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole coin club desk: grading requests, swap-meet tables, the listings
        search and the valuation-day booking. Several things are already right and worth keeping:
        `adminOnly` fails closed with `subtle.ConstantTimeCompare`, `handleSetGrade` validates the grade
        against `gradeFactor`, `handleTableRelease` converts the 1-based table number with `n-1` and holds
        the mutex with a deferred unlock, the grading and valuation queries bind their parameters, and the
        SMS reminder is run without a shell.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 9 |
        | low | 3 |

        The critical ones are the member check (open when the key is unset) and the listings SQL.
        """,
        Block([
            F("MEMBER-KEY-EMPTY", "critical", "security", "`memberOnly` admits everyone when `CLUB_MEMBER_KEY` is empty",
              "Fail closed as `adminOnly` does: `if s.memberKey == \"\" || subtle.ConstantTimeCompare(...) != 1`.",
              symbol="Server.memberOnly", conf=0.9),
            F("MEMBER-KEY-TIMING", "low", "security", "Member key compared with `!=`",
              "Use `subtle.ConstantTimeCompare`.", symbol="Server.memberOnly", conf=0.6),
            F("LISTINGS-COUNTRY-SQLI", "critical", "security", "SQL injection via `country` in the listings search",
              "Use `WHERE country = $1` and pass `country` as an argument.", symbol="Server.handleListings", conf=0.95),
            F("LISTINGS-SORT-SQLI", "high", "security", "SQL injection via `sort` in `ORDER BY`",
              "Switch on `sort` and map it to fixed column names.", symbol="Server.handleListings", conf=0.9),
            F("CERT-ID-INJECTION", "high", "security", "Grading id from the path is concatenated into `sh -c`",
              "Parse the id as an integer first, and avoid the shell: run `coincert` and `lp` with `exec.Command` and a pipe.",
              symbol="Server.handleCertificate", conf=0.8),
            F("CERT-COPIES-INJECTION", "high", "security", "`copies` query parameter is concatenated into `sh -c`",
              "`strconv.Atoi` it and bound it (1..5).", symbol="Server.handleCertificate", conf=0.9),
            F("GRADING-GET-IDOR", "high", "security", "Members can read other members' grading requests",
              "Add `AND member_id = $2` with the caller's id; this needs real member identities, not a shared key.",
              symbol="Server.handleGradingGet", conf=0.8),
            F("GRADING-CANCEL-NOT-OWNER", "medium", "security", "Any member can cancel another member's grading",
              "Scope the delete to the caller's member id.", symbol="Server.handleGradingCancel", conf=0.8),
            F("NO-SERVER-TIMEOUTS", "medium", "security", "Server runs without timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.75),
        ]),
        "Correctness and concurrency:",
        Block([
            F("TABLE-INDEX-OFF-BY-ONE", "high", "bug", "Swap table `n` is used as a 0-based index when booking",
              "Index with `n-1`, as `handleTableRelease` does; booking table 24 currently panics.",
              symbol="Server.handleTableBook", conf=0.9),
            F("TABLE-BOOK-RACE", "medium", "bug", "Table booking releases the mutex between check and write",
              "Hold `s.mu` across the check and the assignment (`defer s.mu.Unlock()`).",
              symbol="Server.handleTableBook", conf=0.85),
            F("QUEUE-POSITION-RACE", "medium", "bug", "`len(s.queue)` is read after `s.mu.Unlock()`",
              "Take the position inside the critical section: `position := len(s.queue)` before unlocking.",
              symbol="Server.handleGradingSubmit", conf=0.8),
            F("BULK-DISCOUNT-OFF-BY-ONE", "medium", "bug", "Bulk rate starts at eleven coins, not ten",
              "Use `>= bulkDiscountAt` to match the constant's comment.", symbol="Server.handleGradingSubmit", conf=0.85),
            F("GRADING-DECODE-IGNORED", "medium", "bug", "Grading request body decode error is ignored",
              "Return 400 on a decode error and wrap the body in `http.MaxBytesReader`.",
              symbol="Server.handleGradingSubmit", conf=0.8),
            F("CERT-NO-TIMEOUT", "low", "bug", "Certificate printing can block indefinitely",
              "Use `exec.CommandContext(r.Context(), ...)` with a timeout.", symbol="Server.handleCertificate", conf=0.6),
            F("LISTINGS-ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed in `handleListings`",
              "`defer rows.Close()` right after the error check, and check `rows.Err()`.",
              symbol="Server.handleListings", conf=0.9),
            F("SLOTS-OFF-BY-ONE", "medium", "bug", "One valuation slot too many (14:00, closing time)",
              "Loop with `i < slotsPerDay`.", symbol="Server.handleValuationSlots", conf=0.85),
            F("VALUATION-SLOT-RACE", "medium", "bug", "Valuation slot check and insert are not atomic",
              "Add a unique index on `valuations.at` and treat the unique violation as 409.",
              symbol="Server.handleValuationBook", conf=0.75),
            F("REMINDER-SLEEPING-GOROUTINE", "low", "bug", "Reminder goroutines sleep until the day before the booking",
              "Persist reminders and send them from a scheduled job; goroutines are lost on restart and pile up.",
              symbol="Server.handleValuationBook", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("MEMBER-KEY-EMPTY", "critical", "security", "memberOnly: empty CLUB_MEMBER_KEY means no auth",
              "Fail closed.", d=-2),
            F("LISTINGS-COUNTRY-SQLI", "critical", "security", "SQL injection (country)", "Placeholders.", d=-2),
            F("LISTINGS-SORT-SQLI", "high", "security", "SQL injection (sort, ORDER BY)", "Allowlist.", d=-1),
            F("CERT-COPIES-INJECTION", "high", "security", "Shell injection via ?copies=", "Atoi; no sh -c.", d=-1),
            F("GRADING-GET-IDOR", "high", "security", "handleGradingGet returns any member's grading", "Owner check.",
              d=-2),
            F("GRADING-CANCEL-NOT-OWNER", "medium", "security", "handleGradingCancel deletes any grading", "Owner check.",
              d=-1),
            F("TABLE-INDEX-OFF-BY-ONE", "high", "bug", "s.tables[n] with n in 1..24: out of range for 24", "n-1.",
              d=+3),
            F("QUEUE-POSITION-RACE", "medium", "bug", "Data race: len(s.queue) outside s.mu", "Read under lock.",
              d=-1),
            F("BULK-DISCOUNT-OFF-BY-ONE", "medium", "bug", "Bulk discount boundary wrong (> vs >=)", ">=.", d=+1),
            F("CERT-NO-TIMEOUT", "low", "bug", "exec without context/timeout", "CommandContext."),
            F("LISTINGS-ROWS-NOT-CLOSED", "medium", "bug", "rows not closed", "defer rows.Close()."),
            F("LISTINGS-SCAN-IGNORED", "low", "bug", "rows.Scan error ignored; rows.Err unchecked", "Check both."),
            F("SLOTS-OFF-BY-ONE", "low", "bug", "Slot loop uses <=", "<."),
            F("REMINDER-SMS-ERROR-IGNORED", "low", "bug", "sms-send Run() error dropped", "Log/retry."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, here is my review of the coin club service in `main.go`.

        ## Overview

        The service uses Go 1.22 routing patterns and `database/sql` with the pgx driver. It handles grading
        submissions, swap-meet table bookings, a public listings search and valuation appointments. I found
        issues in authentication, injection, concurrency and error handling.

        ## Security
        """,
        Block([
            F("MEMBER-KEY-EMPTY", "CRITICAL", "Broken Authentication", "Authentication Bypass With Empty Member Key",
              "Reject requests when the configured key is empty.", sd=-2, n=3,
              desc="If `CLUB_MEMBER_KEY` is not set, `s.memberKey` is empty and a request without the header compares equal."),
            F("LISTINGS-COUNTRY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Listings Search",
              "Use parameterized queries instead of `fmt.Sprintf`.",
              desc="The `country` value is placed inside single quotes in a string built with `fmt.Sprintf`; a quote in it closes the literal."),
            F("CERT-ID-INJECTION", "HIGH", "Command Injection", "Command Injection via Grading ID",
              "Validate the ID as numeric before use."),
            F("CERT-COPIES-INJECTION", "HIGH", "Command Injection", "Command Injection via Copies Parameter",
              "Do not build shell strings from user input.", sd=-2, n=3),
            F("SUBMIT-DB-ERROR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message."),
            F("TABLE-HOLDER-SPOOF", "MEDIUM", "Broken Access Control", "Spoofable Table Holder Identity",
              "Derive the member identity from authentication, not a header."),
            F("NO-SERVER-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ## Reliability and Concurrency
        """,
        Block([
            F("QUEUE-POSITION-RACE", "MEDIUM", "Race Condition", "Unsynchronized Read of Grading Queue",
              "Compute the position while holding the mutex.", d=-2, sd=-3, n=3),
            F("TABLE-BOOK-RACE", "HIGH", "Race Condition", "Race Condition in Table Booking",
              "Keep the lock held until the table is assigned.", d=-1,
              desc="The mutex is released after checking `taken`, and the table is written without the lock."),
            F("GRADING-DECODE-IGNORED", "MEDIUM", "Error Handling", "Ignored JSON Decode Error",
              "Check the error returned by `Decode`."),
            U({"severity": "LOW", "category": "Style", "description": "Handlers could share a helper for JSON responses and error writing."}),
            F("LISTINGS-ROWS-NOT-CLOSED", "MEDIUM", "Resource Leak", "Database Rows Not Closed",
              "Add `defer rows.Close()`.", sd=-1, n=2),
            F("SLOTS-OFF-BY-ONE", "LOW", "Logic Error", "Extra Valuation Slot Generated",
              "Use `<` in the loop condition.", d=+1, sd=-1, n=3),
            F("SLOT-NOT-OFFERED", "MEDIUM", "Logic Error", "Valuation Slot Not Validated Against Offered Slots",
              "Check that the slot is on the 15-minute grid within opening hours."),
            F("REMINDER-SLEEPING-GOROUTINE", "MEDIUM", "Availability", "Unbounded Sleeping Goroutines for Reminders",
              "Use a persistent scheduler."),
            F("ESTIMATE-UNKNOWN-GRADE", "LOW", "Logic Error", "Unknown Grade Yields Zero Estimate",
              "Return 400 for grades missing from `gradeFactor`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("MEMBER-KEY-TIMING", "warning", "security", "member key compare not constant time", "subtle.ConstantTimeCompare"),
            F("SUBMIT-DB-ERROR-LEAK", "warning", "security", "err.Error() sent to client", "generic 500"),
            F("GRADING-GET-IDOR", "error", "security", "no owner check on GET /gradings/{id}", "filter by member"),
            F("CERT-COPIES-INJECTION", "error", "security", "sh -c with copies param", "exec without shell",
              d=+1),
            F("LISTINGS-COUNTRY-SQLI", "error", "security", "sprintf sql in listings", "use $1", d=+1),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("BULK-DISCOUNT-OFF-BY-ONE", "warning", "bug", "10 coins don't get bulk rate", ">="),
            F("SLOTS-OFF-BY-ONE", "warning", "", "one slot too many", "i < slotsPerDay"),
            F("REMINDER-SMS-ERROR-IGNORED", "warning", "bug", "sms error ignored", "check err"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. **Security**: member key comparison, database error leakage, IDOR, shell and SQL injection.
        2. **Correctness**: grading fee rules, table indexing, valuation slots and estimates.
        3. **Concurrency**: grading queue, swap tables and valuation bookings.
        4. **Reliability**: ignored errors and reminder goroutines.
        """,
        Block([
            F("MEMBER-KEY-TIMING", "major", "security", "Non-constant-time member key comparison",
              "Use crypto/subtle.", conf=0.7),
            F("SUBMIT-DB-ERROR-LEAK", "minor", "security", "Internal error details returned in HTTP response",
              "Return a generic error.", conf=0.75),
            F("GRADING-GET-IDOR", "major", "security", "Grading lookup lacks authorization",
              "Verify ownership.", conf=0.75),
            F("CERT-COPIES-INJECTION", "blocker", "security", "Command injection in certificate printing",
              "Avoid sh -c.", conf=0.9),
            F("LISTINGS-SORT-SQLI", "blocker", "security", "SQL injection through sort parameter",
              "Whitelist sort columns.", conf=0.85),
            F("GRADING-DECODE-IGNORED", "major", "reliability", "JSON decode error not handled",
              "Handle the error.", conf=0.8),
            F("GRADING-ZERO-COINS", "minor", "correctness", "Empty coin list accepted with zero fee",
              "Require at least one coin.", conf=0.6),
            F("BULK-DISCOUNT-OFF-BY-ONE", "major", "correctness", "Bulk discount threshold is off by one",
              "Use >= bulkDiscountAt.", conf=0.8),
            F("QUEUE-POSITION-RACE", "major", "concurrency", "Queue length read without holding the mutex",
              "Read len(s.queue) before Unlock.", conf=0.75),
            F("TABLE-INDEX-OFF-BY-ONE", "major", "correctness", "Table index out of range for the last table",
              "Use n-1 as the index.", conf=0.8),
            F("TABLE-BOOK-RACE", "major", "concurrency", "Check-then-act race when booking tables",
              "Hold the lock for the whole operation.", d=-2, conf=0.7),
            F("SLOTS-OFF-BY-ONE", "minor", "correctness", "Valuation slot loop generates one extra slot",
              "Use < slotsPerDay.", d=+1, conf=0.75),
            F("SLOT-NOT-OFFERED", "minor", "correctness", "Booked slot is not validated",
              "Validate against generated slots.", conf=0.6),
            F("SLOT-IN-PAST", "minor", "correctness", "Valuation can be booked for a past date",
              "Reject dates before today.", conf=0.6),
            F("VALUATION-SLOT-RACE", "major", "concurrency", "Double booking of valuation slots",
              "Use a unique constraint on the slot time.", d=+1, conf=0.7),
            F("REMINDER-SLEEPING-GOROUTINE", "minor", "performance", "Long-sleeping goroutine per booking",
              "Use a scheduler.", conf=0.6),
            F("ESTIMATE-PARSE-IGNORED", "minor", "correctness", "Catalogue value parse error ignored",
              "Return 400 on invalid input.", conf=0.7),
            F("ESTIMATE-UNKNOWN-GRADE", "minor", "correctness", "Unknown grade gives a zero estimate",
              "Validate the grade.", d=-1, conf=0.65),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 8 major, 8 minor"),
    ]),
}
