"""tune/go-worker: an orders API and a job runner (Go). For tuning; labels next to each finding.

NOT independent: written 2026-12-02 by the helper that tunes the merger (issue 15), after it had seen the
merger code, the original set and the other tune cases -- but not the test split's repositories, answers
or labels. It exists because the other tune cases have no Go and few near-miss pairs of one kind of defect
in one function; its near-miss themes follow the kinds listed in splits/README.md.
"""

from build_answers import Answer, Block, F, P

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by the merger's tuning helper (not independent of the merger). Tuning split: seeded "
    "problems in a small Go orders API and job runner; five agents' answers written by hand."
)

H = "internal/api/handlers.go"
W = "internal/worker/pool.go"
PROBLEMS = {
    "SQLI-STATUS": P(H, "WHERE status = '%s'", "security", "status query value formatted into the SQL", "source-vs-sink"),
    "SQLI-ORDER": P(H, "ORDER BY %s", "security", "order query value formatted into ORDER BY", "source-vs-sink"),
    "QUERY-ERR-IGNORED": P(H, "rows, _ := s.DB.Query(query)", "bug", "db.Query error discarded: nil rows panics"),
    "ROWS-NOT-CLOSED": P(H, "rows, _ := s.DB.Query(query)", "bug", "rows never closed: connections leak"),
    "KEY-IN-QUERY": P(H, 'key := r.URL.Query().Get("key")', "security", "admin key passed in the URL (logged, cached)", "signature-vs-statement"),
    "ADMIN-KEY-EMPTY": P(H, "if key != s.AdminKey {", "security", "ADMIN_KEY unset: an empty key is accepted"),
    "HITS-RACE": P(H, "s.hits[r.RemoteAddr]++", "bug", "map written by concurrent handlers without a lock", "critical-section"),
    "PAGE-NEGATIVE": P(H, "start := page * size", "bug", "negative page or size panics"),
    "PAGE-OFF-BY-ONE": P(H, "if end > len(items)+1 {", "bug", "clamp compares with len+1: last page panics", "off-by-one"),
    "MD5-FINGERPRINT": P(H, "sum := md5.Sum(data)", "security", "MD5 used as a fingerprint", "signature-vs-statement"),
    "CANCEL-DISCARDED": P(W, "ctx, _ := context.WithTimeout", "bug", "cancel func discarded: timer and context leak"),
    "GOROUTINE-LEAK": P(W, "done <- job.Run(ctx)", "bug", "unbuffered done channel: after a timeout the goroutine blocks forever"),
    "ERR-NOT-LOGGED": P(W, 'log.Printf("job %s failed", job.ID)', "maintainability", "job error value not logged"),
}

CONFUSABLE = [
    ("SQLI-STATUS", "SQLI-ORDER"),
    ("QUERY-ERR-IGNORED", "ROWS-NOT-CLOSED"),
    ("KEY-IN-QUERY", "ADMIN-KEY-EMPTY"),
    ("PAGE-NEGATIVE", "PAGE-OFF-BY-ONE"),
    ("CANCEL-DISCARDED", "GOROUTINE-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        The API builds SQL by string formatting from two query parameters, and `ListOrders` neither checks
        the query error nor closes the rows. `Admin` compares a key taken from the URL with an environment
        variable that may be empty. The job runner leaks a goroutine per timed-out job.
        """,
        Block([
            F("SQLI-STATUS", "critical", "security", "SQL injection via the `status` parameter in ListOrders",
              "Use a placeholder: `WHERE status = $1` with `status` as an argument.", symbol="Server.ListOrders", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection via the `order` parameter (ORDER BY)",
              "Map `order` onto a fixed allow-list of column names.", symbol="Server.ListOrders", conf=0.9),
            F("QUERY-ERR-IGNORED", "high", "bug", "Error from `s.DB.Query` is discarded",
              "Check the error and return 500; `rows` is nil when it fails.", symbol="Server.ListOrders", conf=0.9),
            F("ROWS-NOT-CLOSED", "medium", "bug", "`rows` is never closed",
              "`defer rows.Close()` right after the error check.", d=+2, symbol="Server.ListOrders", conf=0.85),
            F("ADMIN-KEY-EMPTY", "high", "security", "Empty ADMIN_KEY lets anyone in",
              "Refuse to start (or deny all) when ADMIN_KEY is empty.", symbol="Server.Admin", conf=0.8),
            F("HITS-RACE", "medium", "bug", "Concurrent map writes to `s.hits`",
              "Guard `hits` with a sync.Mutex.", symbol="Server.Admin", conf=0.85),
            F("PAGE-OFF-BY-ONE", "medium", "bug", "Off-by-one in Page clamp: `len(items)+1`",
              "Compare with `len(items)`.", symbol="Page", conf=0.9),
            F("GOROUTINE-LEAK", "medium", "bug", "Goroutine leak when a job times out",
              "Make `done` buffered (`make(chan error, 1)`).", d=-2, symbol="Process", conf=0.85),
            F("CANCEL-DISCARDED", "low", "bug", "Context cancel function is discarded",
              "`ctx, cancel := ...; defer cancel()` (go vet: lostcancel).", symbol="Process", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings:",
        Block([
            F("SQLI-STATUS", "critical", "security", "Untrusted `status` query value reaches SQL text",
              "Bind it as a parameter.", d=-2),
            F("SQLI-ORDER", "high", "security", "`order` is interpolated into ORDER BY unchecked",
              "Allow-list sort columns.", d=-1),
            F("ROWS-NOT-CLOSED", "medium", "bug", "sql.Rows leaked in ListOrders",
              "defer rows.Close()."),
            F("KEY-IN-QUERY", "medium", "security", "Admin secret travels in the query string",
              "Read it from an Authorization header.", anchor="func (s *Server) Admin("),
            F("HITS-RACE", "medium", "performance", "Visit counter is updated without synchronization",
              "Use a mutex or sync.Map.", d=+1),
            F("PAGE-NEGATIVE", "low", "bug", "Page panics on a negative page number",
              "Reject page < 0 and size <= 0."),
            F("MD5-FINGERPRINT", "low", "security", "Fingerprint uses MD5",
              "Use sha256.", anchor="func Fingerprint("),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have reviewed the orders API and the worker. The most important issues are listed below, followed
        by suggestions.
        """,
        Block([
            F("SQLI-STATUS", "critical", "security", "SQL Injection in ListOrders",
              "Use parameterized queries.", desc="The status filter from the URL is concatenated into the SQL statement."),
            F("QUERY-ERR-IGNORED", "major", "correctness", "Unchecked error from database query",
              "Handle the error before iterating.", desc="If Query fails, rows is nil and rows.Next() panics."),
            F("KEY-IN-QUERY", "major", "security", "Sensitive credential in URL",
              "Send the key in a header.", desc="URLs end up in proxy and access logs."),
            F("HITS-RACE", "major", "concurrency", "Data race on the hits map",
              "Protect the map with a mutex.", d=+1, desc="Handlers run concurrently; Go maps are not safe for concurrent use."),
            F("PAGE-OFF-BY-ONE", "major", "correctness", "Slice bounds out of range in Page",
              "Clamp end to len(items).", d=+3, desc="When end == len(items)+1 the slice expression panics."),
            F("CANCEL-DISCARDED", "minor", "resource-leak", "Context leak in Process",
              "Call the cancel function.", desc="The CancelFunc returned by WithTimeout is ignored."),
            F("ERR-NOT-LOGGED", "info", "style", "Error details are not logged",
              "Include err in the log message."),
        ], wrap="list", fence=""),
    ]),
    "opencode": Answer("opencode", "dot", [
        "4 issues:",
        Block([
            F("SQLI-ORDER", "high", "security", "sql injection through order param", "whitelist columns"),
            F("ADMIN-KEY-EMPTY", "high", "security", "admin check passes when ADMIN_KEY is unset", "fail closed", d=0),
            F("PAGE-NEGATIVE", "medium", "bug", "negative page index panics", "validate page", d=+1, sd=0),
            F("GOROUTINE-LEAK", "medium", "bug", "goroutine blocks forever on done after timeout", "buffer the channel"),
        ]),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I've reviewed the code. Summary:
        1. SQL injection in ListOrders.
        2. Concurrency issue in Admin.
        3. Leaks in the worker.
        """,
        Block([
            F("SQLI-STATUS", "critical", "security", "String formatting used to build SQL query",
              "Use db.Query with args.", conf=0.9),
            F("ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed",
              "Close rows with defer.", d=+2, conf=0.8),
            F("HITS-RACE", "major", "concurrency", "Race condition on hits counter",
              "Use sync.Mutex.", d=+1, conf=0.8),
            F("PAGE-OFF-BY-ONE", "minor", "correctness", "Wrong boundary check in pagination",
              "Use len(items).", conf=0.7),
            F("MD5-FINGERPRINT", "minor", "security", "Weak hash algorithm MD5",
              "Use SHA-256.", conf=0.6),
            F("GOROUTINE-LEAK", "major", "concurrency", "Goroutine leak on job timeout",
              "Use a buffered channel.", conf=0.8),
        ], wrap="object+summary", summary="6 issues"),
    ]),
}
