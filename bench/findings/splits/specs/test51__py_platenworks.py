"""test51/py-platenworks: a typewriter restoration workshop's job cards, parts bin and ribbon stock (Python).

Frozen test split test51 (issue 15). Written 2026-12-04 by a helper session that had not seen the merger code,
its scores or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test51: seeded problems in a Flask + SQLite workshop service for typewriter "
    "restoration (job cards, parts, ribbons); five agents' answers written by hand. Scored once, never tuned on."
)

A = "platen/app.py"
PROBLEMS = {
    "BENCH-KEY-FAIL-OPEN": P(A, "if supplied != BENCH_KEY:", "security", "BENCH_KEY defaults to '': with it unset a request without the header passes", "signature-vs-statement"),
    "BENCH-KEY-TIMING": P(A, "if supplied != BENCH_KEY:", "security", "bench key compared with != (not constant time), unlike owner_only"),
    "JOBS-SIZE-NEGATIVE": P(A, 'size = min(int(request.args.get("size", 20)), PAGE_MAX)', "bug", "min() caps only from above: size=-1 is LIMIT -1 in SQLite, the whole table"),
    "JOBS-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: page 1 skips the newest jobs", "off-by-one"),
    "JOB-SEARCH-SQLI": P(A, "WHERE model LIKE '%{model}%'", "security", "model query value formatted into the SQL", "source-vs-sink"),
    "JOB-ORDER-SQLI": P(A, "WHERE model LIKE '%{model}%'", "security", "order query value formatted into ORDER BY"),
    "STATUS-JOB-NONE": P(A, 'current = STATUSES.index(job["status"])', "bug", "unknown job id: job is None and the subscript raises (500)"),
    "STATUS-UNKNOWN-CRASH": P(A, "if STATUSES.index(new) > current + 1:", "bug", "a status not in STATUSES (or missing) raises ValueError (500) instead of 400"),
    "STATUS-BACKWARDS": P(A, "if STATUSES.index(new) > current + 1:", "bug", "only skipping ahead is refused: a collected job can be moved back to intake"),
    "CLOCK-RACE": P(A, "_bench_clock[job_id] = time.time()", "bug", "get/set/del on the bench clock without a lock: double toggles lose or double-count minutes, del raises KeyError", "critical-section"),
    "PART-STOCK-TOCTOU": P(A, 'if part is None or part["stock"] < qty:', "bug", "stock read, checked and decremented in separate statements: two benches take the last part, stock goes negative", "critical-section"),
    "PART-QUOTE-STALE": P(A, "INSERT INTO job_parts", "bug", "adding a part does not drop the job's cached quote: the quote omits it for ten minutes"),
    "QUOTE-CACHE-VARIANT": P(A, "cached = _quote_cache.get(job_id)", "bug", "quote cache keyed by job only: the first caller's platen option is served to everyone"),
    "RIBBON-WIDTH-BOUNDS": P(A, "width >= RIBBON_WIDTHS_MM[1]", "bug", ">= rejects the widest (16 mm) ribbon the bounds are meant to include", "off-by-one"),
    "RIBBON-QTY-NEGATIVE": P(A, 'if row["on_hand"] - held < qty:', "bug", "qty not checked for sign: a negative reservation passes and frees other benches' ribbons"),
    "RIBBON-RESERVE-RACE": P(A, "_ribbon_reserved[code] = held + qty", "bug", "reserve reads, checks and writes _ribbon_reserved without _stock_lock: lost updates, over-reservation", "critical-section"),
    "PHOTO-TRAVERSAL": P(A, "path = os.path.join(PHOTO_DIR, str(job_id), name)", "security", "path:name joined to the photo dir and sent: ../ reads any file, and no key is asked", "signature-vs-statement"),
    "UPLOAD-FILENAME-TRAVERSAL": P(A, "photo.save(dest)", "security", "client filename joined into the destination and saved: ../ writes anywhere", "source-vs-sink"),
    "TAG-SHELL-PRINTER": P(A, "lp -d {printer}", "security", "printer query value in a shell command", "source-vs-sink"),
    "TAG-SHELL-SERIAL": P(A, "lp -d {printer}", "security", "stored model/serial (customer input) quoted into the same shell command"),
    "BOARD-PII": P(A, "SELECT id, customer, phone, model FROM jobs WHERE status = 'ready'", "security", "public board without a key lists customers' names and phone numbers"),
    "YAML-UNSAFE": P(A, "yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.Loader on the request body constructs arbitrary Python objects"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["id"], r["customer"]', "security", "customer-supplied fields written to CSV unescaped: formula injection in the owner's spreadsheet"),
}

CONFUSABLE = [
    ("BENCH-KEY-FAIL-OPEN", "BENCH-KEY-TIMING"),
    ("JOBS-SIZE-NEGATIVE", "JOBS-PAGE-OFFSET"),
    ("JOB-SEARCH-SQLI", "JOB-ORDER-SQLI"),
    ("STATUS-JOB-NONE", "STATUS-UNKNOWN-CRASH"),
    ("STATUS-UNKNOWN-CRASH", "STATUS-BACKWARDS"),
    ("STATUS-JOB-NONE", "STATUS-BACKWARDS"),
    ("PART-STOCK-TOCTOU", "PART-QUOTE-STALE"),
    ("RIBBON-QTY-NEGATIVE", "RIBBON-RESERVE-RACE"),
    ("TAG-SHELL-PRINTER", "TAG-SHELL-SERIAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `platen/app.py` is a single Flask module for the workshop: job cards, a bench clock, the parts bin,
        ribbon stock, photos, tag printing, a public "ready for collection" board and the owner's import and
        export. Queries are parameterised almost everywhere, `owner_only` fails closed and compares with
        `hmac.compare_digest`, and `release_ribbon` takes `_stock_lock` and clamps the count. The bench-key
        decorator, the two string-built commands and the in-memory state are where it goes wrong.

        | Priority | Area | Count |
        |---|---|---|
        | Critical | injection (SQL, shell, YAML) | 5 |
        | High | auth, file paths, races | 7 |
        | Medium | status machine, paging, caching, PII | 7 |

        Security first:
        """,
        Block([
            F("BENCH-KEY-FAIL-OPEN", "high", "security", "`bench_key` accepts any request when `BENCH_KEY` is unset",
              "Refuse to start (or answer 503) when `BENCH_KEY` is empty; `\"\" != \"\"` is False, so today a missing header passes every bench endpoint.",
              symbol="bench_key.wrapper", conf=0.9),
            F("BENCH-KEY-TIMING", "low", "security", "Bench key compared with `!=` instead of a constant-time compare",
              "Use `hmac.compare_digest(supplied, BENCH_KEY)` as `owner_only` already does.", symbol="bench_key.wrapper", conf=0.6),
            F("JOB-SEARCH-SQLI", "critical", "security", "SQL injection through `model` in `/jobs/search`",
              "Bind it: `WHERE model LIKE ?` with `f\"%{model}%\"` as the parameter.", symbol="search_jobs", conf=0.95),
            F("JOB-ORDER-SQLI", "high", "security", "`order` is interpolated into `ORDER BY`",
              "Map `order` through an allow-list of column names; placeholders cannot bind identifiers.", symbol="search_jobs", conf=0.85),
            F("TAG-SHELL-PRINTER", "critical", "security", "Command injection via the `printer` query parameter",
              "Call `subprocess.run([\"lp\", \"-d\", printer], input=text, text=True, check=True)` without a shell and check `printer` against the configured queues.",
              symbol="print_tag", conf=0.9),
            F("TAG-SHELL-SERIAL", "high", "security", "Job model and serial are pasted into the same shell string",
              "A serial containing `'` closes the echo quote; the argv form above fixes this too (pass the text on stdin).",
              symbol="print_tag", conf=0.75),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on an uploaded catalogue",
              "Use `yaml.safe_load`; `Loader=yaml.Loader` can instantiate arbitrary objects even behind the owner key.",
              symbol="import_parts", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo route joins a `path:` segment to `PHOTO_DIR` with no check and no key",
              "Use `send_from_directory(PHOTO_DIR, f\"{job_id}/{name}\")`, which rejects `..`, and add `@bench_key`.",
              symbol="job_photo", conf=0.85),
            F("UPLOAD-FILENAME-TRAVERSAL", "high", "security", "Uploaded photo saved under the client's filename",
              "Pass the name through `werkzeug.utils.secure_filename` or generate one.", symbol="upload_photo", conf=0.85),
            F("BOARD-PII", "medium", "security", "Unauthenticated `/board` publishes customer names and phone numbers",
              "Return job id and model only; the counter screen does not need the phone number.", symbol="ready_board", conf=0.8),
            F("CSV-FORMULA", "low", "security", "CSV export does not neutralise formula prefixes",
              "Prefix cells starting with `=`, `+`, `-` or `@` with `'`; the notes and customer fields come from the intake form.",
              symbol="export_csv", conf=0.6),
        ]),
        "Correctness and concurrency:",
        Block([
            F("PART-STOCK-TOCTOU", "high", "bug", "Part stock is checked and decremented in separate statements",
              "Do it in one statement: `UPDATE parts SET stock = stock - ? WHERE id = ? AND stock >= ?` and check `rowcount`.",
              symbol="use_part", conf=0.8),
            F("PART-QUOTE-STALE", "medium", "bug", "Adding a part leaves the job's cached quote in place",
              "`_quote_cache.pop(job_id, None)` after the insert, or drop the cache.", symbol="use_part", conf=0.7),
            F("RIBBON-RESERVE-RACE", "high", "bug", "`reserve_ribbon` updates `_ribbon_reserved` without `_stock_lock`",
              "Hold `_stock_lock` from reading `held` to the write, like `release_ribbon` does.",
              d=-2, n=3, symbol="reserve_ribbon", conf=0.8),
            F("CLOCK-RACE", "medium", "bug", "Bench clock toggle is not atomic",
              "Two quick taps both see the clock running; one deletes it and the other raises `KeyError`. Use `_bench_clock.pop(job_id, None)` under a lock.",
              d=-2, n=3, symbol="clock_toggle", conf=0.7),
            F("JOBS-PAGE-OFFSET", "medium", "bug", "`/jobs?page=1` skips the first page",
              "`offset = (page - 1) * size` and reject `page < 1`.", symbol="list_jobs", conf=0.85),
            F("STATUS-JOB-NONE", "medium", "bug", "Status change on an unknown job id crashes",
              "Return 404 when `job` is `None`.", symbol="advance_status", conf=0.8),
            F("STATUS-UNKNOWN-CRASH", "medium", "bug", "Unknown status value raises `ValueError`",
              "Validate `new in STATUSES` first and answer 400.", symbol="advance_status", conf=0.75),
            F("RIBBON-WIDTH-BOUNDS", "low", "bug", "Ribbon width check rejects 16 mm spools",
              "`RIBBON_WIDTHS_MM` is documented as inclusive; use `width > RIBBON_WIDTHS_MM[1]`.", symbol="add_ribbon", conf=0.7),
        ]),
        "Not covered: the schema itself (no migrations in the repo) and the `lp` queue configuration.",
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("JOB-SEARCH-SQLI", "critical", "security", "SQL injection: model interpolated into LIKE", "bind param", d=-3),
            F("JOB-ORDER-SQLI", "high", "security", "ORDER BY built from ?order=", "allow-list columns"),
            F("TAG-SHELL-PRINTER", "critical", "security", "shell=True with ?printer= in command", "argv list, no shell", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "job_photo: arbitrary file read via <path:name>", "send_from_directory", d=-1),
            F("UPLOAD-FILENAME-TRAVERSAL", "high", "security", "upload_photo trusts photo.filename", "secure_filename()", d=-2),
            F("YAML-UNSAFE", "high", "security", "yaml.Loader on request body", "yaml.safe_load"),
            F("BENCH-KEY-FAIL-OPEN", "high", "security", "bench_key passes when BENCH_KEY empty", "fail closed if unset", d=-2),
            F("PART-STOCK-TOCTOU", "medium", "bug", "use_part: concurrent requests oversell stock", "conditional UPDATE ... AND stock >= ?", d=2),
            F("RIBBON-RESERVE-RACE", "medium", "bug", "reserve_ribbon: unsynchronised read-modify-write of _ribbon_reserved", "take _stock_lock", d=-3),
            F("STATUS-UNKNOWN-CRASH", "medium", "bug", "STATUSES.index(new) raises on bad input -> 500", "validate"),
            F("STATUS-BACKWARDS", "medium", "bug", "status can move backwards (collected -> intake)", "require index == current + 1"),
            F("JOBS-PAGE-OFFSET", "medium", "bug", "offset off by one page", "(page - 1) * size", d=2),
            F("JOBS-SIZE-NEGATIVE", "low", "bug", "size=-1 bypasses PAGE_MAX (LIMIT -1)", "clamp to 1..PAGE_MAX"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `platen` application, a Flask service that manages the job cards, parts and
        ribbon stock of a typewriter restoration workshop.

        **Overall Assessment**

        The service uses parameterized SQL for most of its queries and a sound comparison in `owner_only`, but
        several endpoints build SQL or shell commands from request data, handle file paths unsafely, and keep
        shared state in module-level dictionaries without synchronization.

        **Security Findings**
        """,
        Block([
            F("JOB-SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Job Search",
              "Use a parameterized query for the LIKE pattern.", sd=-2, n=3,
              desc="The `model` parameter is embedded in an f-string SQL statement, so `' OR 1=1 --` returns every job."),
            F("TAG-SHELL-PRINTER", "CRITICAL", "Command Injection", "OS Command Injection in Tag Printing",
              "Avoid `shell=True`; pass arguments as a list.", sd=-2, n=3,
              desc="Both the `printer` argument and the job text reach a shell command line."),
            F("TAG-SHELL-SERIAL", "HIGH", "Command Injection", "Stored Command Injection via Typewriter Serial Number",
              "Send the label text on stdin instead of through `echo`.", d=-1, sd=-3, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Validate that the resolved path stays within `PHOTO_DIR`.", sd=-2, n=3),
            F("UPLOAD-FILENAME-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Write via Uploaded Filename",
              "Sanitize the filename with `secure_filename`.", sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("BENCH-KEY-FAIL-OPEN", "HIGH", "Broken Authentication", "Bench Key Check Fails Open When Unconfigured",
              "Abort startup when BENCH_KEY is not set.", sd=-2, n=3),
            F("BOARD-PII", "MEDIUM", "Information Disclosure", "Customer Phone Numbers Exposed on Public Board",
              "Remove personal data from the public endpoint.", sd=-2, n=3),
            F("CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in CSV Export",
              "Escape cells that begin with formula characters.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Concurrency and Logic Findings**
        """,
        Block([
            F("RIBBON-RESERVE-RACE", "HIGH", "Race Condition", "Race Condition in Ribbon Reservation",
              "Wrap the read-check-write in `with _stock_lock:`.", d=-2, sd=-3, n=3,
              desc="Two concurrent reservations can both pass the availability check and reserve more ribbon than is on hand."),
            F("CLOCK-RACE", "MEDIUM", "Race Condition", "Bench Clock Toggle Is Not Thread-Safe",
              "Use `dict.pop` under a lock.", d=2, sd=0, n=3,
              desc="A concurrent second toggle can raise KeyError on `del` or record the minutes twice."),
            F("QUOTE-CACHE-VARIANT", "MEDIUM", "Caching", "Quote Cache Ignores the Platen Option",
              "Include the `platen` argument in the cache key.", sd=-2, n=3),
            F("STATUS-JOB-NONE", "MEDIUM", "Error Handling", "Missing Null Check for Job in Status Update",
              "Return 404 if the job is not found.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Maintainability", "description": "The module mixes routing, persistence and printing; consider splitting it into blueprints."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JOB-SEARCH-SQLI", "high", "security", "sql injection in search", "use ? params"),
            F("TAG-SHELL-PRINTER", "high", "security", "shell injection via printer", "no shell=True"),
            F("PHOTO-TRAVERSAL", "high", "security", "photo path traversal", "send_from_directory", d=1),
            F("BENCH-KEY-FAIL-OPEN", "high", "", "empty BENCH_KEY lets everyone in", "require the key"),
            F("JOBS-PAGE-OFFSET", "medium", "bug", "page 1 skips first page", "(page-1)*size"),
            F("RIBBON-QTY-NEGATIVE", "medium", "bug", "negative qty reservation", "reject qty < 1 like use_part"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the job search (two parameters).
        2. Shell injection in tag printing.
        3. Path traversal on photo upload.
        4. Weak bench-key authentication.
        5. Race conditions on in-memory state (ribbons, bench clock) and on parts stock.
        6. Missing validation in the status workflow.
        """,
        Block([
            F("JOB-SEARCH-SQLI", "blocker", "security", "SQL injection in search_jobs via model", "Use bound parameters.", conf=0.9),
            F("JOB-ORDER-SQLI", "major", "security", "SQL injection in ORDER BY clause", "Whitelist sort columns.", d=-2, conf=0.8),
            F("TAG-SHELL-PRINTER", "blocker", "security", "Command injection in print_tag", "Avoid shell=True.", conf=0.9),
            F("UPLOAD-FILENAME-TRAVERSAL", "major", "security", "Unsanitized upload filename allows path traversal", "Use secure_filename.", conf=0.85),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML loader", "Use safe_load.", conf=0.85),
            F("BENCH-KEY-FAIL-OPEN", "major", "security", "Authentication bypass when BENCH_KEY is not configured", "Reject empty keys.", conf=0.8),
            F("BENCH-KEY-TIMING", "minor", "security", "Non-constant-time key comparison", "Use hmac.compare_digest.", conf=0.6),
            F("BOARD-PII", "minor", "security", "Public board leaks customer contact data", "Drop phone and customer columns.", conf=0.7),
            F("PART-STOCK-TOCTOU", "major", "concurrency", "Stock check and update are not atomic", "Single conditional UPDATE.", d=-1, conf=0.75),
            F("RIBBON-RESERVE-RACE", "major", "concurrency", "Ribbon reservation not protected by lock", "Use _stock_lock.", conf=0.8),
            F("CLOCK-RACE", "minor", "concurrency", "Bench clock toggle race", "Use a lock around the toggle.", d=-2, conf=0.6),
            F("STATUS-JOB-NONE", "major", "correctness", "NoneType error for a missing job in advance_status", "Check for None.", d=1, conf=0.75),
            F("STATUS-UNKNOWN-CRASH", "minor", "correctness", "Invalid status causes unhandled ValueError", "Validate input.", conf=0.7),
            F("STATUS-BACKWARDS", "minor", "correctness", "Status workflow allows moving to an earlier stage", "Allow only the next stage.", conf=0.65),
            F("RIBBON-WIDTH-BOUNDS", "minor", "correctness", "Off-by-one in ribbon width validation", "Use > for the upper bound.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 7 major, 6 minor"),
    ]),
}
