"""test62/py-parcelhold: a village post office's parcel hold shelf (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers (only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test62: seeded problems in a village post office's parcel hold shelf; five agents' "
    "answers written by hand."
)

A = "holdshelf/app.py"
PROBLEMS = {
    "COUNTER-FAILS-OPEN": P(A, "if COUNTER_KEY and key != COUNTER_KEY:", "security", "counter_only lets every request through when COUNTER_KEY is unset"),
    "COUNTER-KEY-TIMING": P(A, "if COUNTER_KEY and key != COUNTER_KEY:", "security", "counter key compared with != instead of a constant-time compare"),
    "FREE-SLOT-RANGE": P(A, "for slot in range(1, SHELF_SLOTS):", "bug", "range(1, SHELF_SLOTS) never hands out slot 40: the shelf is full at 39", "off-by-one"),
    "STATS-RACE": P(A, '_stats["day"], _stats["in"], _stats["out"] = today, 0, 0', "bug", "_bump resets and increments the shared counters without _stats_lock: lost counts, reset races", "critical-section"),
    "CODE-PREDICTABLE": P(A, "code = str(random.randint(1000, 9999))", "security", "collection code from random.randint (not secrets), four digits"),
    "SLOT-RACE": P(A, "slot = _free_slot(db)", "bug", "free slot chosen then inserted outside _slot_lock: two check-ins get the same shelf slot", "critical-section"),
    "CODE-BRUTEFORCE": P(A, 'if body.get("code") != row["code"]:', "security", "no attempt limit on a four-digit collection code: it can be guessed"),
    "CODE-LOGGED": P(A, 'app.logger.warning("wrong code %s for parcel %s (expected %s)"', "security", "a wrong attempt logs the expected collection code"),
    "COLLECT-NOT-HELD": P(A, "UPDATE parcels SET status = 'collected', collected = ?", "bug", "collect does not check status: a returned or already collected parcel is marked collected again"),
    "LIST-SQLI-Q": P(A, "recipient LIKE '%{q}%' ORDER BY {sort}", "security", "q from the query string formatted into the SQL text", "source-vs-sink"),
    "LIST-SQLI-SORT": P(A, "recipient LIKE '%{q}%' ORDER BY {sort}", "security", "sort from the query string formatted into ORDER BY"),
    "PAGE-SIZE-NEGATIVE": P(A, 'size = min(int(request.args.get("size", "20")), MAX_PAGE)', "bug", "size only capped above: size=-1 gives LIMIT -1, every row"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages start at 1 but offset = page * size: the first page is never shown", "off-by-one"),
    "CARD-COPIES": P(A, 'copies = int(request.args.get("copies", "1"))', "bug", "copies not bounded: one request prints thousands of cards"),
    "CARD-TMP-PATH": P(A, 'path = _write_card(pid, f"/tmp/holdshelf-card-{pid}.txt")', "security", "card written to a predictable /tmp path (symlink clobbering)"),
    "CARD-SHELL": P(A, 'subprocess.run(f"lpr -P {printer} -# {copies} {path}", shell=True', "security", "printer query value run through a shell", "source-vs-sink"),
    "SIG-NO-LIMIT": P(A, 'upload = request.files["signature"]', "security", "signature upload: no size or type check"),
    "SIG-TRAVERSAL": P(A, "upload.save(dest)", "security", "form name (or the upload's filename) joined into the save path: ../ writes anywhere", "source-vs-sink"),
    "YAML-UNSAFE": P(A, "doc = yaml.load(request.data, Loader=yaml.Loader)", "security", "manifest parsed with yaml.Loader: arbitrary object construction", "signature-vs-statement"),
    "RETURN-EARLY": P(A, "if held >= HOLD_DAYS:", "bug", "held >= HOLD_DAYS sends a parcel back on day 14, before fourteen full days", "off-by-one"),
    "BOARD-PII": P(A, '_board["body"] = [{"name": r["recipient"], "slot": r["slot"]} for r in rows]', "security", "public board shows full recipient names with their slots (docstring says initials)"),
    "TRACK-LEAKS-CODE": P(A, 'return jsonify(dict(row) if row else {"status": "unknown"})', "security", "public /track returns the whole row: collection code and phone to anyone with the tracking number", "signature-vs-statement"),
    "EXPORT-CSV-FORMULA": P(A, "writer.writerow(list(r))", "security", "extra, one agent: recipient names written to CSV unescaped (formula injection in a spreadsheet)"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8062, debug=True)', "security", "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("COUNTER-FAILS-OPEN", "COUNTER-KEY-TIMING"),
    ("CODE-PREDICTABLE", "SLOT-RACE"),
    ("CODE-BRUTEFORCE", "CODE-LOGGED"),
    ("CODE-BRUTEFORCE", "COLLECT-NOT-HELD"),
    ("LIST-SQLI-Q", "LIST-SQLI-SORT"),
    ("LIST-SQLI-SORT", "PAGE-OFFSET"),
    ("PAGE-SIZE-NEGATIVE", "PAGE-OFFSET"),
    ("CARD-TMP-PATH", "CARD-SHELL"),
    ("CARD-COPIES", "CARD-SHELL"),
    ("SIG-NO-LIMIT", "SIG-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `holdshelf`

        A small Flask service behind the post-office counter: check-in onto a 40-slot shelf, collection with a
        four-digit code, printed cards, signature uploads, the carrier manifest, returns to sender and a public
        shop-window board.

        **Summary**

        1. The counter endpoints are only as protected as `COUNTER_KEY` being set: unset, `counter_only` is a no-op.
        2. The parcel list builds its SQL from `q` and `sort`; the card printer runs `printer` through a shell.
        3. Two public routes leak what the counter keeps private: `/track` returns the collection code.
        4. Shelf bookkeeping: slot 40 is never used, two check-ins can share a slot, the first page is skipped.

        What looks right: `postmaster_only` fails closed and uses `hmac.compare_digest`; `/stats` copies the
        counters under `_stats_lock`; `/signatures` serves through `send_from_directory`; every query except the
        list binds its parameters.
        """,
        Block([
            F("COUNTER-FAILS-OPEN", "high", "security", "`counter_only` fails open when `COUNTER_KEY` is not set",
              "Refuse to start (or answer 503) when `COUNTER_KEY` is missing, like `postmaster_only` does.",
              symbol="counter_only.wrapper", conf=0.9),
            F("LIST-SQLI-Q", "critical", "security", "SQL injection through `q` in the parcel list",
              "Bind the pattern: `recipient LIKE ?` with `f\"%{q}%\"` as a parameter.",
              symbol="list_parcels", conf=0.95),
            F("LIST-SQLI-SORT", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list of column names; parameters cannot bind identifiers.",
              d=-1, symbol="list_parcels", conf=0.9),
            F("CARD-SHELL", "critical", "security", "Shell injection through the `printer` query parameter",
              "Call `subprocess.run([\"lpr\", \"-P\", printer, \"-#\", str(copies), path])` without a shell and check `printer` against the configured printers.",
              symbol="print_card", conf=0.9),
            F("TRACK-LEAKS-CODE", "high", "security", "`/track` hands the collection code to anyone who knows the tracking number",
              "Return only status and arrival date; the tracking number is printed on the parcel and the sender's receipt, so it is not a secret.",
              symbol="track", conf=0.85),
            F("SIG-TRAVERSAL", "high", "security", "Signature upload path comes from the client",
              "Ignore the client's name: store as `f\"{pid}.png\"` (or `secure_filename`) and check the resolved path stays in `SIGNATURE_DIR`.",
              d=-1, symbol="upload_signature", conf=0.85),
            F("YAML-UNSAFE", "high", "security", "Manifest parsed with `yaml.Loader`",
              "Use `yaml.safe_load`; `yaml.Loader` constructs arbitrary Python objects.",
              symbol="import_manifest", conf=0.8),
        ]),
        "Correctness of the shelf bookkeeping:",
        Block([
            F("FREE-SLOT-RANGE", "medium", "bug", "Slot 40 is never allocated",
              "`range(1, SHELF_SLOTS + 1)`; the labels go 1..40.", symbol="_free_slot", conf=0.9),
            F("SLOT-RACE", "medium", "bug", "Two concurrent check-ins can be given the same slot",
              "Hold `_slot_lock` from `_free_slot` to `commit` (it is declared and never used), or add a partial unique index on `slot` for held parcels.",
              d=0, n=3, symbol="check_in", conf=0.75),
            F("STATS-RACE", "low", "bug", "`_bump` mutates `_stats` without `_stats_lock`",
              "Take `_stats_lock` in `_bump` too; the reader holds it but the writer does not.",
              d=1, symbol="_bump", conf=0.7),
            F("CODE-BRUTEFORCE", "medium", "security", "Collection code can be brute-forced",
              "Count failed attempts per parcel and lock it after a few; 9,000 codes is not much.",
              symbol="collect", conf=0.75),
            F("COLLECT-NOT-HELD", "medium", "bug", "A parcel that was returned or already collected can be collected again",
              "Add `AND status = 'held'` to the update and answer 409 when no row changed.",
              symbol="collect", conf=0.8),
            F("PAGE-OFFSET", "medium", "bug", "Page 1 skips the first `size` parcels",
              "`offset = (page - 1) * size` with `page >= 1`.", symbol="list_parcels", conf=0.85),
            F("RETURN-EARLY", "low", "bug", "Parcels go back a day before the promised fourteen full days",
              "Use `held > HOLD_DAYS`.", d=-1, n=2, symbol="return_to_sender", conf=0.6),
            F("BOARD-PII", "medium", "security", "Public board shows full recipient names",
              "Publish `r[\"recipient\"][0]` (surname initial) as the docstring says.", symbol="board", conf=0.7),
            F("DEBUG-ON", "medium", "security", "Debugger enabled and bound to all interfaces",
              "Drop `debug=True`; run under a WSGI server.", symbol="<module>", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LIST-SQLI-Q", "critical", "security", "SQLi: q read from request and formatted into LIKE", "bind params", d=-2),
            F("LIST-SQLI-SORT", "high", "security", "ORDER BY {sort} from query string", "whitelist columns", d=-1),
            F("CARD-SHELL", "critical", "security", "printer param reaches shell=True lpr", "argv list, no shell", d=-3),
            F("SIG-TRAVERSAL", "high", "security", "client filename in save path (../)", "secure_filename + fixed dir", d=-2),
            F("YAML-UNSAFE", "high", "security", "yaml.Loader on request body", "yaml.safe_load", d=-2),
            F("TRACK-LEAKS-CODE", "high", "security", "/track unauthenticated, returns code+phone", "return status only", d=-2),
            F("COUNTER-FAILS-OPEN", "high", "security", "counter auth skipped when COUNTER_KEY unset", "fail closed", d=-1),
            F("FREE-SLOT-RANGE", "medium", "bug", "range excludes SHELF_SLOTS", "range(1, SHELF_SLOTS + 1)"),
            F("PAGE-OFFSET", "medium", "bug", "offset skips page 1", "(page - 1) * size", d=1),
            F("PAGE-SIZE-NEGATIVE", "low", "bug", "size<0 -> LIMIT -1 (unbounded)", "max(1, ...)"),
            F("RETURN-EARLY", "low", "bug", "return cutoff off by one day", "held > HOLD_DAYS", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `holdshelf` application, a Flask service that manages a parcel hold shelf for a
        post office counter. My review focused on authentication, injection, data exposure and concurrency.

        **Key Security Findings**

        The service trusts its query parameters in several places and exposes data publicly that should stay
        behind the counter.
        """,
        Block([
            F("LIST-SQLI-Q", "CRITICAL", "SQL Injection", "SQL Injection in Parcel Search",
              "Use a parameterized query for the LIKE pattern.",
              sd=-2, n=3,
              desc="The `q` search term is taken from the query string and inserted into the LIKE clause with an f-string."),
            F("CARD-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Card Printing",
              "Avoid `shell=True`; pass the arguments as a list.", sd=-2, n=3,
              desc="The `printer` argument is placed unquoted into a shell command line."),
            F("CARD-TMP-PATH", "MEDIUM", "Insecure Temporary File", "Predictable Temporary File Name",
              "Use `tempfile.NamedTemporaryFile` and delete the file after printing.", sd=-2, n=3),
            F("SIG-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Signature Upload",
              "Sanitize the filename with `werkzeug.utils.secure_filename`.", d=-1, sd=-3, n=3),
            F("SIG-NO-LIMIT", "MEDIUM", "Unrestricted File Upload", "No Validation of Uploaded Signature Files",
              "Check the content type and set `MAX_CONTENT_LENGTH`.", sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization of Manifest",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            F("TRACK-LEAKS-CODE", "HIGH", "Information Disclosure", "Tracking Endpoint Discloses Collection Code",
              "Select only the public columns.", sd=-2, n=3,
              desc="`SELECT *` returns the `code` and `phone` columns to unauthenticated callers."),
            F("EXPORT-CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in CSV Export",
              "Prefix cells that start with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Debug Mode Enabled in Production Entry Point",
              "Disable debug mode.", sd=-1, n=2),
        ], wrap="list"),
        """
        **Logic and Concurrency Findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "Consider splitting the module into blueprints."}),
            F("SLOT-RACE", "MEDIUM", "Race Condition", "Duplicate Slot Assignment Under Concurrent Check-ins",
              "Serialize the allocation with the existing `_slot_lock`.", d=3, sd=1, n=3,
              desc="Between `_free_slot` and the INSERT another request can pick the same free slot, so two parcels share a shelf position."),
            F("STATS-RACE", "LOW", "Concurrency", "Non-Atomic Counter Updates in `_bump`",
              "Protect the update with `_stats_lock`.", d=1, sd=-1, n=3),
            F("COUNTER-KEY-TIMING", "LOW", "Broken Authentication", "Counter Key Compared Without Constant-Time Comparison",
              "Use `hmac.compare_digest`.", sd=-2, n=3),
            F("CODE-LOGGED", "MEDIUM", "Information Disclosure", "Expected Collection Code Written to Logs",
              "Never log the stored code.", sd=-2, n=3),
            F("PAGE-OFFSET", "MEDIUM", "Logic Error", "Pagination Skips the First Page",
              "Subtract one from the page number.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LIST-SQLI-SORT", "high", "security", "sql injection via sort", "allow-list"),
            F("CARD-SHELL", "high", "security", "shell injection in lpr call", "no shell=True"),
            F("CODE-PREDICTABLE", "medium", "security", "collection code uses random", "secrets.randbelow"),
            F("TRACK-LEAKS-CODE", "high", "", "track returns the code", "drop code/phone from response"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SLOT-RACE", "medium", "bug", "slot picked outside lock", "use _slot_lock", d=3),
            F("COLLECT-NOT-HELD", "medium", "bug", "collect ignores status", "where status='held'"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: counter key optional, collection code weak.
        2. Injection: SQL in the list endpoint, shell in card printing, YAML in the manifest import.
        3. Data exposure: public board and tracking endpoint.
        4. Correctness: slot numbering, pagination, return date, shared counters.
        """,
        Block([
            F("COUNTER-FAILS-OPEN", "blocker", "security", "Counter authentication bypass when key not configured",
              "Fail closed when COUNTER_KEY is missing.", conf=0.9),
            F("COUNTER-KEY-TIMING", "minor", "security", "Non constant-time key comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("LIST-SQLI-Q", "blocker", "security", "SQL injection in parcel listing via the q parameter",
              "Use placeholders.", d=-2, conf=0.9),
            F("CARD-COPIES", "minor", "reliability", "Number of copies is not limited",
              "Clamp copies to 1..5.", conf=0.6),
            F("CARD-SHELL", "blocker", "security", "Command injection in the print card endpoint",
              "Use an argument list.", conf=0.9),
            F("CODE-BRUTEFORCE", "major", "security", "Collection code has no retry limit",
              "Lock the parcel after several wrong codes.", conf=0.7),
            F("CODE-LOGGED", "major", "security", "Expected code is leaked to the application log",
              "Remove the code from the log message.", d=-1, conf=0.7),
            F("SIG-TRAVERSAL", "major", "security", "Path traversal in signature upload",
              "Sanitize the file name.", d=-2, conf=0.8),
            F("BOARD-PII", "major", "privacy", "Public board exposes recipient full names",
              "Show initials only.", conf=0.7),
            F("FREE-SLOT-RANGE", "major", "correctness", "Off-by-one: last shelf slot never used",
              "Include SHELF_SLOTS in the range.", d=1, sd=0, conf=0.8),
            F("STATS-RACE", "minor", "concurrency", "Daily statistics updated without the lock",
              "Use _stats_lock in _bump.", d=-1, conf=0.6),
            F("PAGE-SIZE-NEGATIVE", "minor", "correctness", "Negative page size not rejected",
              "Validate size >= 1.", conf=0.6),
            F("RETURN-EARLY", "minor", "correctness", "Parcels returned one day early",
              "Use a strict comparison.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 5 major, 5 minor"),
    ]),
}
