"""test2/py-ingest: a Flask event-ingest service (CSV batches into SQLite, remote sources). FROZEN test split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
score or results, or its tuning answers (only splits/README.md, the two builders, one tune spec for the
format, contract.py and the CLI transcripts).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or tuning answers. "
    "Second frozen test split (test2): seeded problems in a small Flask ingest service; five agents' answers "
    "written by hand."
)

APP = "ingest/app.py"
LD = "ingest/loader.py"
ST = "ingest/store.py"
PROBLEMS = {
    "TOKEN-EMPTY-DEFAULT": P(APP, 'expected = os.environ.get("INGEST_TOKEN", "")', "security", "INGEST_TOKEN unset means the expected token is empty: a request without the header is authorised"),
    "TOKEN-TIMING": P(APP, "if token != expected:", "security", "token compared with != (not constant time)", "signature-vs-statement"),
    "UPLOAD-TRAVERSAL": P(APP, "f.save(os.path.join(UPLOAD_DIR, name))", "security", "client-supplied upload filename joined into the save path: ../ or an absolute name writes anywhere", "source-vs-sink"),
    "SQLI-TABLE": P(APP, 'sql = f"SELECT * FROM {table} WHERE batch_id = ?"', "security", "`table` query parameter interpolated into the SQL as the table name", "source-vs-sink"),
    "SQLI-ORDER": P(APP, 'sql += f" ORDER BY {order}"', "security", "`order` query parameter interpolated into ORDER BY"),
    "SSRF": P(APP, "with urllib.request.urlopen(url) as resp:", "security", "server fetches any URL from the request body (internal hosts, file:// URLs)", "source-vs-sink"),
    "UNBOUNDED-READ": P(APP, "body = resp.read()", "security", "whole remote response read into memory, no size limit and no timeout on the read"),
    "REMOTE-DECODE-ERROR": P(APP, 'rows, errors = parse_rows(body.decode("utf-8"))', "bug", "a remote body that is not UTF-8 raises UnicodeDecodeError: 500 instead of an error report"),
    "REMOTE-BATCH-ID": P(APP, 'pool.submit(_load_batch, f"remote-{len(rows)}", rows)', "bug", "remote batch id is the row count: two fetches with as many rows share one batch id"),
    "STATS-UNAUTH": P(APP, 'return jsonify({"loaded": store.stats.loaded', "security", "/stats skips require_token: batch ids and load counts are public"),
    "YAML-UNSAFE": P(LD, "return yaml.load(fh, Loader=yaml.Loader)", "security", "yaml.Loader constructs arbitrary Python objects from the sources file", "signature-vs-statement"),
    "MISSING-COLUMN": P(LD, 'if not row["ts"]:', "bug", "a CSV without a ts column raises KeyError: the upload fails with 500 instead of a row error"),
    "ERROR-LINE-OFF": P(LD, 'errors.append(f"line {i}: missing ts")', "bug", "reported line numbers are 0-based and ignore the header: off by two from the file's line", "off-by-one"),
    "AMOUNT-VALUEERROR": P(LD, 'row["amount"] = float(row["amount"])', "bug", "non-numeric amount raises ValueError: one bad row fails the whole upload with 500"),
    "CHUNKS-DROP-LAST": P(LD, "for start in range(0, len(rows) - size, size):", "bug", "range stops at len(rows) - size: the last chunk (and everything under one chunk) is never inserted", "off-by-one"),
    "DEDUPE-RACE": P(ST, "if key in _seen:", "bug", "check-then-add on _seen from pool threads: the same event can be inserted twice", "critical-section"),
    "SEEN-UNBOUNDED": P(ST, "_seen.add(key)", "performance", "_seen keeps every event key ever seen: memory grows without bound"),
    "SQLITE-SHARED": P(ST, "conn = sqlite3.connect(path, check_same_thread=False)", "bug", "one SQLite connection shared by request threads and pool workers without a lock", "signature-vs-statement"),
    "STATS-RACE": P(ST, "self.totals[batch_id] = total + n", "bug", "read-modify-write of totals/loaded from several workers: lost updates", "critical-section"),
    "COMMIT-PER-ROW": P(ST, "self.db.commit()", "performance", "commit after every row: one fsync per row"),
    "PARTIAL-BATCH": P(ST, "self.db.commit()", "bug", "rows committed one by one: a failing row leaves the batch half inserted, and its keys are already marked seen so a retry skips them"),
}

CONFUSABLE = [
    ("TOKEN-EMPTY-DEFAULT", "TOKEN-TIMING"),
    ("SQLI-TABLE", "SQLI-ORDER"),
    ("SSRF", "UNBOUNDED-READ"),
    ("REMOTE-DECODE-ERROR", "REMOTE-BATCH-ID"),
    ("MISSING-COLUMN", "ERROR-LINE-OFF"),
    ("MISSING-COLUMN", "AMOUNT-VALUEERROR"),
    ("ERROR-LINE-OFF", "AMOUNT-VALUEERROR"),
    ("DEDUPE-RACE", "SEEN-UNBOUNDED"),
    ("COMMIT-PER-ROW", "PARTIAL-BATCH"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the ingest service (`ingest/app.py`, `loader.py`, `store.py`).

        **Summary.** The HTTP layer trusts its inputs in three places that matter: the upload filename, the
        `table`/`order` query parameters and the URL given to `/sources/fetch`. Authentication silently
        disappears when `INGEST_TOKEN` is not configured. Below that, the loader drops data (the batching
        helper loses the tail of every upload) and the store is used from four pool threads plus the request
        threads with no synchronisation at all.

        | Area | Worst issue |
        |---|---|
        | Auth | empty token accepted when the env var is missing |
        | Queries | SQL injection through two query parameters |
        | Loading | last chunk of every batch dropped |
        | Concurrency | dedupe set, stats and the SQLite connection shared across threads |
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "Path traversal through the uploaded file name",
              "Use `werkzeug.utils.secure_filename` (or generate the name server-side) and check the resolved path stays under UPLOAD_DIR.",
              symbol="upload_batch", conf=0.9),
            F("SQLI-TABLE", "critical", "security", "SQL injection via the `table` query parameter",
              "Map `table` to an allow-list of known table names; never interpolate it.",
              symbol="batch_rows", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection via the `order` query parameter",
              "Allow-list the sortable columns (`id`, `ts`, `amount`) and the direction.",
              symbol="batch_rows", conf=0.9),
            F("SSRF", "high", "security", "Server-side request forgery in `/sources/fetch`",
              "Only fetch from configured sources (`sources` is already loaded), or validate scheme and host against an allow-list.",
              symbol="fetch_source", conf=0.85),
            F("UNBOUNDED-READ", "medium", "security", "Remote response read fully into memory, without a timeout",
              "Pass `timeout=` to `urlopen` and read at most a configured number of bytes.",
              symbol="fetch_source", conf=0.7),
            F("TOKEN-EMPTY-DEFAULT", "high", "security", "Missing INGEST_TOKEN disables authentication",
              "Fail at startup when INGEST_TOKEN is unset or empty.",
              symbol="require_token", conf=0.85,
              desc="With the variable unset `expected` is `\"\"`, and a request without the header sends `\"\"` too, so `token != expected` is false."),
            F("TOKEN-TIMING", "low", "security", "Token comparison is not constant-time",
              "Use `hmac.compare_digest(token, expected)`.", symbol="require_token", conf=0.6),
            F("YAML-UNSAFE", "medium", "security", "Unsafe YAML loader for the sources file",
              "Use `yaml.safe_load`.", symbol="load_source_config", conf=0.8),
            F("CHUNKS-DROP-LAST", "high", "bug", "`chunks` drops the final chunk",
              "Iterate `range(0, len(rows), size)`; add a test with 1 and with size+1 rows.",
              symbol="chunks", conf=0.95,
              desc="For 1 200 rows and size 500 only one chunk is produced; for fewer than 500 rows none at all."),
            F("AMOUNT-VALUEERROR", "medium", "bug", "A single malformed amount fails the whole upload",
              "Catch `ValueError` and record a row error like the missing-ts case.",
              symbol="parse_rows", conf=0.8),
            F("DEDUPE-RACE", "medium", "bug", "Race in duplicate suppression",
              "Guard `_seen` with a lock, or better enforce uniqueness with a UNIQUE index and INSERT OR IGNORE.",
              n=3, symbol="is_new", conf=0.7),
            F("STATS-RACE", "low", "bug", "`Stats.record` loses updates under concurrency",
              "Protect the read-modify-write with a `threading.Lock`.", d=-1, n=3, symbol="Stats.record", conf=0.65),
            F("SQLITE-SHARED", "medium", "bug", "SQLite connection shared across threads without locking",
              "Open a connection per thread (or per request) or serialise access with a lock.",
              d=-1, n=2, symbol="connect", conf=0.7),
            F("PARTIAL-BATCH", "medium", "bug", "Batch inserts are not atomic",
              "Wrap the loop in a single transaction (`with self.db:`) and roll back on failure.",
              d=-2, n=3, symbol="Store.insert_rows", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of ingest/: 10 findings.",
        Block([
            F("SQLI-TABLE", "critical", "security", "Unvalidated `table` param used in SQL", "Allow-list table names.", d=-2),
            F("SQLI-ORDER", "high", "security", "`order` param concatenated into ORDER BY", "Allow-list columns.", d=+1, sd=0),
            F("UPLOAD-TRAVERSAL", "high", "security", "Upload filename not sanitized before save", "secure_filename() + containment check."),
            F("SSRF", "high", "security", "Arbitrary URL fetched from JSON body", "Restrict to configured sources.", d=-1),
            F("TOKEN-EMPTY-DEFAULT", "high", "security", "Auth bypass when INGEST_TOKEN is not set", "Refuse to start without a token."),
            F("STATS-UNAUTH", "low", "security", "/stats is unauthenticated", "Call require_token() there too.", d=-1),
            F("CHUNKS-DROP-LAST", "high", "bug", "Rows after the last full chunk are never inserted", "range(0, len(rows), size).", d=+1),
            F("ERROR-LINE-OFF", "low", "bug", "Error line numbers are wrong (0-based, header not counted)", "Use enumerate(reader, start=2)."),
            F("REMOTE-DECODE-ERROR", "low", "bug", "Non-UTF-8 remote payload -> unhandled UnicodeDecodeError", "Decode with errors= or report 422.", d=-1, sd=0),
            F("COMMIT-PER-ROW", "medium", "performance", "Commit per row in insert_rows", "Commit once per batch / executemany."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have analyzed the ingest service located in the repository. It is a Flask application that accepts
        CSV uploads, parses them into rows, deduplicates them and stores them in a SQLite database through a
        thread pool. Overall the structure is clear, but there are several security vulnerabilities in the
        request handlers and multiple thread-safety issues, because the module-level state is shared by the
        worker threads of the `ThreadPoolExecutor`.

        Here are my findings, starting with the security issues:
        """,
        Block([
            F("SQLI-TABLE", "critical", "security", "SQL Injection in batch_rows endpoint",
              "Use parameterized queries and validate identifiers against a whitelist.", d=+2, sd=0,
              desc="The table name from the query string is inserted directly into the SQL statement using an f-string."),
            F("SSRF", "high", "security", "Server-Side Request Forgery (SSRF)",
              "Validate the URL against an allow-list of hosts and block private IP ranges.",
              desc="The endpoint fetches an arbitrary user-provided URL, which allows access to internal services."),
            F("UNBOUNDED-READ", "medium", "performance", "Unbounded read of remote response",
              "Read in chunks with a maximum size and pass a timeout to urlopen.",
              desc="resp.read() loads the entire response into memory; a large or endless response can exhaust memory."),
            F("YAML-UNSAFE", "high", "security", "Insecure YAML deserialization",
              "Use yaml.safe_load instead.", d=-2,
              desc="yaml.load with the full Loader can instantiate arbitrary Python objects."),
            F("TOKEN-TIMING", "medium", "security", "Timing attack on token comparison",
              "Use hmac.compare_digest.", d=-3,
              desc="The function require_token compares secrets using the != operator."),
            F("REMOTE-DECODE-ERROR", "minor", "correctness", "Unhandled decoding error for remote sources",
              "Handle UnicodeDecodeError and return a 4xx response.",
              desc="body.decode('utf-8') raises if the remote source uses another encoding."),
            U({"severity": "info", "category": "style", "description": "Consider adding type hints to all public functions and a module docstring for app.py.", "suggestion": "Run mypy in CI."}),
        ], wrap="list", fence=""),
        """
        And the correctness and concurrency issues:
        """,
        Block([
            F("DEDUPE-RACE", "major", "concurrency", "Non-atomic check-and-set in is_new",
              "Use a threading.Lock around the membership test and the add.", d=+2,
              desc="Two worker threads can both see the key as absent and both insert the event."),
            F("SEEN-UNBOUNDED", "minor", "performance", "Memory leak: _seen grows indefinitely",
              "Bound the set (LRU/TTL) or rely on a database constraint.",
              desc="Every event key is kept in memory for the lifetime of the process."),
            F("STATS-RACE", "minor", "concurrency", "Thread-unsafe counters in Stats",
              "Use a lock.", d=+1),
            F("COMMIT-PER-ROW", "major", "performance", "Committing inside the loop",
              "Commit once after inserting all rows, or use executemany.",
              desc="Calling commit for every row is very slow in SQLite because each commit syncs to disk."),
            F("MISSING-COLUMN", "major", "correctness", "KeyError when the CSV has no ts column",
              "Validate the header before iterating (reader.fieldnames).",
              desc="row['ts'] raises KeyError if the column is missing, which results in a 500 error."),
            F("CHUNKS-DROP-LAST", "major", "correctness", "Incorrect loop bound in chunks",
              "Use range(0, len(rows), size).", desc="The last chunk of rows is skipped."),
        ], wrap="list", fence=""),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found 6 issues",
        Block([
            F("SQLI-TABLE", "critical", "security", "sql injection in batch_rows", "whitelist table/column names"),
            F("UPLOAD-TRAVERSAL", "high", "security", "path traversal via upload filename", "secure_filename"),
            F("SSRF", "high", "security", "ssrf in fetch_source", "allow-list of source hosts"),
        ], fence=None),
        Block([
            F("YAML-UNSAFE", "medium", "security", "unsafe yaml.load", "yaml.safe_load"),
            F("CHUNKS-DROP-LAST", "high", "", "chunks() loses the tail of the rows", "range(0, len(rows), size)"),
            F("DEDUPE-RACE", "medium", "bug", "is_new not thread safe", "lock or unique index", d=+2),
        ], fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Review summary

        1. Injection: SQL injection in `batch_rows` (two parameters), path traversal on upload, SSRF in fetch.
        2. Authentication: the token check passes when no token is configured.
        3. Data integrity: non-atomic batch insert, duplicate batch ids for remote sources, parse errors abort uploads.
        4. Concurrency: shared SQLite connection and unsynchronised statistics.
        """,
        Block([
            F("SQLI-TABLE", "critical", "security", "SQL injection through table name",
              "Validate `table` against a fixed set.", conf=0.9,
              desc="User controlled `table` is formatted into the query string."),
            F("SQLI-ORDER", "major", "security", "SQL injection through ORDER BY clause",
              "Validate `order` against known columns.", d=+1, n=2, sd=0, conf=0.85),
            F("UPLOAD-TRAVERSAL", "critical", "security", "Arbitrary file write via filename",
              "Sanitize the filename.", d=-1, conf=0.85,
              desc="`f.filename` comes from the multipart request and may contain `../`."),
            F("SSRF", "major", "security", "Unrestricted outbound request (SSRF)",
              "Only allow configured source URLs.", conf=0.8),
            F("TOKEN-EMPTY-DEFAULT", "major", "security", "Empty default token allows unauthenticated access",
              "Require INGEST_TOKEN to be set.", conf=0.8),
            F("SQLITE-SHARED", "major", "concurrency", "sqlite3 connection used from multiple threads",
              "Use a connection per thread.", conf=0.7,
              desc="check_same_thread=False disables the safety check but does not make the connection thread-safe."),
            F("STATS-RACE", "minor", "concurrency", "Race condition in Stats.record",
              "Use a lock.", d=-1, conf=0.6),
            F("PARTIAL-BATCH", "major", "correctness", "Partial batch insert on failure is not rolled back",
              "Use one transaction per batch.", conf=0.7,
              desc="If a row fails, earlier rows stay committed while their keys are already in `_seen`, so re-uploading the batch skips them."),
            F("SEEN-UNBOUNDED", "minor", "resource-leak", "Unbounded growth of the _seen set",
              "Use a database UNIQUE constraint instead of an in-memory set.", d=-2, sd=0, conf=0.55),
            F("AMOUNT-VALUEERROR", "minor", "correctness", "Unhandled ValueError in float conversion",
              "Catch the error and report the row.", conf=0.75),
            F("ERROR-LINE-OFF", "minor", "correctness", "Off-by-one in reported CSV line numbers",
              "Start enumerate at 2.", d=-2, conf=0.6),
            F("REMOTE-BATCH-ID", "minor", "correctness", "Remote batch id is not unique",
              "Use uuid4 for the batch id.", conf=0.55,
              desc="The id is derived from the number of rows, so two fetches with equal row counts collide."),
        ], wrap="object+summary", summary="12 issues: 2 critical, 5 major, 5 minor"),
    ]),
}
