"""test52/py-chiptrace: a pet microchip registry lookup (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test52: seeded problems in a small pet microchip registry (Flask + SQLite); five "
    "agents' answers written by hand."
)

A = "chiptrace/app.py"
PROBLEMS = {
    "CLINIC-KEY-FAILS-OPEN": P(A, "if supplied != CLINIC_KEY:", "security", "CLINIC_KEY defaults to '': with it unset an empty or missing X-Clinic-Key header passes", "signature-vs-statement"),
    "CLINIC-KEY-TIMING": P(A, "if supplied != CLINIC_KEY:", "security", "clinic key compared with != instead of a constant-time comparison"),
    "LOOKUP-CACHE-RACE": P(A, "hit = _load_owner(chip)", "bug", "owner cache check-then-fill and the lookup/miss counters run without _cache_lock: duplicate loads, lost counts", "critical-section"),
    "NEGATIVE-CACHED": P(A, "_owner_cache[chip] = hit", "bug", "a miss (None) is cached forever: a chip registered later keeps answering 404"),
    "LOOKUP-PII": P(A, "return jsonify(hit)", "security", "public lookup returns the owner's phone and home address to anyone holding a chip number"),
    "PII-IN-LOG": P(A, 'log.info("lookup %s -> %s", chip, hit)', "security", "whole owner record (phone, address) written to the log on every lookup"),
    "SEARCH-NAME-SQLI": P(A, "WHERE name LIKE '%{name}%'", "security", "name query value formatted into the owner search SQL", "source-vs-sink"),
    "SEARCH-ORDER-SQLI": P(A, "WHERE name LIKE '%{name}%'", "security", "order query value formatted into ORDER BY unchecked", "source-vs-sink"),
    "PETS-PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages count from 1 but offset = page * size: page 1 skips the first page of pets", "off-by-one"),
    "PETS-NEGATIVE-SIZE": P(A, 'size = min(int(request.args.get("size", "20")), PAGE_MAX)', "bug", "size only capped from above: a negative size gives LIMIT -1, every pet of the owner"),
    "SCANS-SLICE": P(A, "recent = rows[-limit - 1 :]", "bug", "rows[-limit - 1:] returns limit + 1 scans (and one scan for limit=0)", "off-by-one"),
    "SCANS-ALL-IN-MEMORY": P(A, '"SELECT clinic, scanned_at FROM scans WHERE chip = ? ORDER BY scanned_at", (chip,)', "performance", "every scan of the chip is fetched to keep the last few; no LIMIT in SQL"),
    "REF-COUNTER-RACE": P(A, "ref = _next_ref", "bug", "registration reference read and incremented without a lock (and reset on restart): duplicate refs", "critical-section"),
    "YEARS-UNBOUNDED": P(A, 'years = int(body.pop("years", 1))', "bug", "years not validated: 0 or negative gives an already expired registration, a huge value a 500"),
    "COLUMN-SQLI": P(A, 'db.execute(f"INSERT INTO pets ({cols}) VALUES ({marks})"', "security", "JSON body keys become column names in the INSERT: SQL injection through key names", "source-vs-sink"),
    "MASS-ASSIGN-OWNER": P(A, 'db.execute(f"INSERT INTO pets ({cols}) VALUES ({marks})"', "security", "every body field is inserted: a clinic sets owner_id (or any column) freely"),
    "WEAK-TRANSFER-CODE": P(A, 'code = f"{random.randint(0, 999999):06d}"', "security", "transfer code from random, not secrets"),
    "TRANSFER-CODE-NULL": P(A, 'if body.get("code") != row["transfer_code"]:', "security", "after a transfer the code is NULL: a request without code (None == None) transfers the pet again"),
    "TRANSFER-CODE-BRUTE": P(A, 'if body.get("code") != row["transfer_code"]:', "security", "six-digit code checked with no attempt limit or expiry: brute-forceable"),
    "TRANSFER-CACHE-STALE": P(A, 'db.execute("UPDATE pets SET owner_id = ? WHERE chip = ?"', "bug", "owner cache not invalidated on transfer: lookups keep naming the old owner"),
    "SMS-SHELL-INJECTION": P(A, 'subprocess.run(f"sms-send', "security", "finder's where form value formatted into a shell command", "source-vs-sink"),
    "SMS-FAILURE-IGNORED": P(A, 'subprocess.run(f"sms-send', "bug", "check=False, no timeout: a failed or hanging SMS still answers 'owner notified'"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "file query value joined to PHOTO_DIR: any file readable, unauthenticated", "signature-vs-statement"),
    "YAML-UNSAFE-LOAD": P(A, "records = yaml.load(", "security", "yaml.load with yaml.Loader on the request body: object construction", "signature-vs-statement"),
    "DUE-EXCLUSIVE-BOUNDS": P(A, "WHERE expires > ? AND expires < ?", "bug", "both bounds exclusive: registrations expiring today or on the horizon day are never due", "off-by-one"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["id"], r["name"], r["phone"], r["postcode"]])', "security", "owner names written to the CSV unescaped: formula injection in the renewal spreadsheet"),
    "TRACE-LEAK": P(A, "return jsonify(error=str(exc), trace=traceback.format_exc()), 500", "security", "stack trace returned to the client"),
    "ERRORHANDLER-SWALLOWS-HTTP": P(A, "def on_error(exc):", "bug", "errorhandler(Exception) also catches abort(): 401/403/404 become 500 with a trace"),
    "DEBUG-MODE": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "Werkzeug debugger on all interfaces"),
}

CONFUSABLE = [
    ("CLINIC-KEY-FAILS-OPEN", "CLINIC-KEY-TIMING"),
    ("LOOKUP-CACHE-RACE", "NEGATIVE-CACHED"),
    ("LOOKUP-PII", "PII-IN-LOG"),
    ("SEARCH-NAME-SQLI", "SEARCH-ORDER-SQLI"),
    ("PETS-PAGE-OFFSET", "PETS-NEGATIVE-SIZE"),
    ("SCANS-SLICE", "SCANS-ALL-IN-MEMORY"),
    ("REF-COUNTER-RACE", "YEARS-UNBOUNDED"),
    ("COLUMN-SQLI", "MASS-ASSIGN-OWNER"),
    ("TRANSFER-CODE-NULL", "TRANSFER-CODE-BRUTE"),
    ("SMS-SHELL-INJECTION", "SMS-FAILURE-IGNORED"),
    ("TRACE-LEAK", "ERRORHANDLER-SWALLOWS-HTTP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `chiptrace/app.py` end to end (it is the whole service). Summary first, findings below.

        **Summary**

        1. The clinic key is the only thing between the internet and every clinic endpoint, and it fails open when
           `CLINIC_KEY` is not set. `registrar_only`, by contrast, is done right: it refuses when unconfigured and
           uses `hmac.compare_digest`.
        2. Three injection points: the owner search (two parameters), the registration INSERT built from body keys,
           and the SMS shell command in `/found`.
        3. The public `/lookup` hands out the owner's phone and address, and logs them.
        4. Transfers: a used transfer code becomes `NULL`, and `None != None` is false, so the check passes.
        5. Paging and date-window arithmetic is off in three places.

        `normalise_chip`, `close_db` and the bound parameters in `_load_owner`, the transfer queries and the
        renewal query look correct. `/stats` reads under `_cache_lock` — but nothing else takes that lock.
        """,
        Block([
            F("CLINIC-KEY-FAILS-OPEN", "critical", "security", "Clinic key check passes when `CLINIC_KEY` is unset",
              "Fail closed like `registrar_only`: refuse when `CLINIC_KEY` is empty, then compare with `hmac.compare_digest`.",
              symbol="clinic_key.wrapper", conf=0.9),
            F("CLINIC-KEY-TIMING", "low", "security", "Clinic key compared with `!=` (not constant time)",
              "Use `hmac.compare_digest(supplied, CLINIC_KEY)`.", symbol="clinic_key.wrapper", conf=0.6),
            F("SEARCH-NAME-SQLI", "critical", "security", "SQL injection through `name` in the owner search",
              "Bind it: `WHERE name LIKE ?` with `(f\"%{name}%\",)`.", symbol="search_owners", conf=0.95),
            F("SEARCH-ORDER-SQLI", "high", "security", "`order` is interpolated into `ORDER BY`",
              "Map `order` through an allow-list of column names; it cannot be bound as a parameter.",
              symbol="search_owners", conf=0.9),
            F("COLUMN-SQLI", "high", "security", "Column names for the pets INSERT come from the request body",
              "Build the INSERT from a fixed list of allowed columns; never from `body` keys.",
              symbol="register_pet", conf=0.85),
            F("MASS-ASSIGN-OWNER", "high", "security", "Registration accepts any column, including `owner_id`",
              "Take `owner_id` from the authenticated context or validate it; ignore unknown fields.",
              symbol="register_pet", conf=0.75),
            F("SMS-SHELL-INJECTION", "critical", "security", "Shell injection via the finder's `where` text",
              "Call `subprocess.run([\"sms-send\", phone, msg], timeout=10)` without `shell=True`.",
              symbol="report_found", conf=0.95),
            F("SMS-FAILURE-IGNORED", "medium", "bug", "`/found` reports the owner notified even when `sms-send` fails",
              "Check the return code (and set a timeout); answer 502 when the SMS was not sent.",
              symbol="report_found", conf=0.7),
        ]),
        "Data exposure, caching and transfers:",
        Block([
            F("LOOKUP-PII", "high", "security", "Public `/lookup` discloses owner phone number and home address",
              "Return only the pet and a masked contact; let the registry relay messages to the owner.",
              symbol="lookup", conf=0.8),
            F("PII-IN-LOG", "medium", "security", "Owner record (phone, address) logged on every lookup",
              "Log the chip and the outcome only.", symbol="lookup", conf=0.8),
            F("LOOKUP-CACHE-RACE", "medium", "bug", "Owner cache and counters are updated without `_cache_lock`",
              "Hold `_cache_lock` around the get/fill and the `_stats` increments; `/stats` already assumes it.",
              d=-1, sd=-1, n=3, symbol="lookup", conf=0.75),
            F("TRANSFER-CODE-NULL", "critical", "security", "A pet can be re-transferred without any code once it has been transferred",
              "After a transfer the stored code is NULL and a request without `code` gives `None != None` -> False. Refuse when no code is stored.",
              symbol="transfer", conf=0.85),
            F("TRANSFER-CACHE-STALE", "medium", "bug", "Transfer does not evict the chip from `_owner_cache`",
              "Pop the chip from the cache (under the lock) after the UPDATE, or lookups keep returning the previous owner.",
              symbol="transfer", conf=0.7),
            F("WEAK-TRANSFER-CODE", "medium", "security", "Transfer code generated with `random`",
              "Use `secrets.randbelow(10**6)` or a longer `secrets.token_urlsafe()` code.",
              symbol="issue_transfer_code", conf=0.7),
            F("REF-COUNTER-RACE", "medium", "bug", "Registration reference numbers can be issued twice",
              "`_next_ref` is read and bumped without a lock, and restarts at 1000 after a restart; use an AUTOINCREMENT column.",
              n=2, symbol="register_pet", conf=0.7),
            F("PETS-PAGE-OFFSET", "medium", "bug", "Page 1 of an owner's pets skips the first `size` rows",
              "`offset = (page - 1) * size`, with `page >= 1` enforced.", symbol="owner_pets", conf=0.85),
            F("SCANS-SLICE", "low", "bug", "`recent_scans` returns one scan more than `limit`",
              "Use `rows[-limit:]` if limit > 0 — better, `ORDER BY scanned_at DESC LIMIT ?`.",
              symbol="recent_scans", conf=0.8),
            F("DUE-EXCLUSIVE-BOUNDS", "low", "bug", "Renewal window excludes registrations expiring today and on the last day",
              "Use `expires >= ? AND expires <= ?`.", symbol="due_for_renewal", conf=0.7),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/pets/<chip>/photo`",
              "Ignore the `file` parameter or resolve the path and check it stays under `PHOTO_DIR` (`send_from_directory`).",
              symbol="pet_photo", conf=0.9),
            F("YAML-UNSAFE-LOAD", "high", "security", "Shelter import parses YAML with the full loader",
              "`yaml.safe_load(request.data)`.", symbol="import_shelter", conf=0.85),
            F("ERRORHANDLER-SWALLOWS-HTTP", "medium", "bug", "Catch-all error handler turns 401/403/404 into 500",
              "`@app.errorhandler(Exception)` also receives `HTTPException`; return `exc` unchanged when it is one.",
              symbol="on_error", conf=0.7),
            F("TRACE-LEAK", "medium", "security", "Tracebacks are returned in error responses",
              "Log the traceback; return a generic message.", symbol="on_error", conf=0.85),
            F("DEBUG-MODE", "medium", "security", "Debug server bound to 0.0.0.0", "Never ship `debug=True`; run under a WSGI server.",
              conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SEARCH-NAME-SQLI", "critical", "security", "SQLi in /owners/search (name)", "Parameterize LIKE.", d=-3),
            F("SMS-SHELL-INJECTION", "critical", "security", "Command injection: form field 'where' reaches shell=True", "argv list, no shell.", d=-2),
            F("COLUMN-SQLI", "high", "security", "register_pet builds column list from request JSON keys", "Allow-list columns.", d=-3),
            F("CLINIC-KEY-FAILS-OPEN", "high", "security", "clinic_key accepts empty key when CLINIC_KEY unset", "Fail closed.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "pet_photo: arbitrary file read via ?file=", "send_from_directory.", d=-2),
            F("YAML-UNSAFE-LOAD", "high", "security", "import_shelter uses yaml.Loader", "safe_load.", d=-1),
            F("TRANSFER-CODE-NULL", "high", "security", "transfer(): missing code matches NULL transfer_code", "Reject when transfer_code is NULL."),
            F("LOOKUP-CACHE-RACE", "medium", "bug", "Unsynchronized _owner_cache/_stats in lookup", "Use _cache_lock.", d=-3),
            F("NEGATIVE-CACHED", "medium", "bug", "lookup caches None for unknown chips permanently", "Don't cache misses (or TTL)."),
            F("REF-COUNTER-RACE", "medium", "bug", "_next_ref increment not atomic", "DB sequence.", d=-3),
            F("PETS-PAGE-OFFSET", "medium", "bug", "owner_pets offset skips first page", "(page-1)*size.", d=+3),
            F("PETS-NEGATIVE-SIZE", "low", "bug", "size<0 -> LIMIT -1 (unbounded)", "Clamp to [1, PAGE_MAX]."),
            F("DUE-EXCLUSIVE-BOUNDS", "low", "bug", "due_for_renewal window is exclusive at both ends", ">= / <=.", d=+1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `chiptrace` application, a Flask service that serves as a pet microchip registry
        for veterinary clinics, animal shelters and members of the public who find a lost pet.

        **Overall Assessment**

        The service handles highly sensitive personal data (owner names, phone numbers and home addresses) and
        several endpoints are reachable without authentication. I identified multiple injection vulnerabilities,
        significant information disclosure risks, and some concurrency and logic issues.

        **Security Findings**
        """,
        Block([
            F("SEARCH-NAME-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Owner Search",
              "Use parameterized queries for the LIKE pattern and validate the sort column against an allow-list.",
              sd=-2, n=3,
              desc="The `name` and `order` query parameters are inserted directly into the SQL string using an f-string."),
            F("SMS-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection via Found-Pet Report",
              "Pass the arguments as a list and remove `shell=True`.", sd=-2, n=3,
              desc="The unauthenticated `/found` endpoint places the `where` field inside single quotes in a shell command; a quote character breaks out."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read in Pet Photo Endpoint",
              "Use `send_from_directory` and reject names containing path separators.", sd=-2, n=3),
            F("YAML-UNSAFE-LOAD", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Shelter Import",
              "Replace `yaml.load(..., Loader=yaml.Loader)` with `yaml.safe_load`.", sd=-1, n=3),
            F("LOOKUP-PII", "HIGH", "Information Disclosure", "Owner Personal Data Exposed by Public Lookup",
              "Do not return the phone and address to unauthenticated callers.", sd=-2, n=3),
            F("PII-IN-LOG", "MEDIUM", "Information Disclosure", "Sensitive Data Written to Application Logs",
              "Avoid logging the full owner record.", sd=-2, n=3),
            F("TRANSFER-CODE-BRUTE", "MEDIUM", "Broken Authentication", "Transfer Code Can Be Brute-Forced",
              "Limit attempts per chip and let codes expire.", sd=-2, n=3,
              desc="A six-digit code allows only one million values and there is no limit on the number of guesses."),
            F("WEAK-TRANSFER-CODE", "MEDIUM", "Cryptography", "Predictable Transfer Code Generation",
              "Use the `secrets` module.", sd=-2, n=3),
            F("CSV-FORMULA", "LOW", "CSV Injection", "Formula Injection in Owner Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote.", sd=-2, n=3),
            F("TRACE-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Exposed to Clients",
              "Return a generic error message.", sd=-2, n=3),
            F("DEBUG-MODE", "HIGH", "Security Misconfiguration", "Debug Mode Enabled on All Interfaces",
              "Disable debug mode in production.", sd=-1, n=2),
        ], wrap="list"),
        "**Concurrency and Logic Findings**",
        Block([
            U({"severity": "LOW", "category": "Maintainability", "description": "The whole service lives in a single module; consider blueprints."}),
            F("LOOKUP-CACHE-RACE", "MEDIUM", "Performance", "Duplicate Database Loads on Concurrent Cache Misses",
              "Guard the cache fill with `_cache_lock` so concurrent requests for one chip load it once.", d=+2, sd=0, n=3,
              desc="Two requests for the same uncached chip both call `_load_owner`, and the `misses` counter is incremented without synchronization."),
            F("SCANS-SLICE", "LOW", "Logic Error", "Recent Scans Returns an Extra Record",
              "Use `rows[-limit:]`.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-NAME-SQLI", "error", "security", "sql injection in owner search", "bind params"),
            F("SMS-SHELL-INJECTION", "error", "security", "shell injection in /found", "no shell=True"),
            F("CLINIC-KEY-FAILS-OPEN", "error", "security", "empty clinic key accepted", "require CLINIC_KEY"),
            F("PHOTO-TRAVERSAL", "warning", "security", "../ in photo file param", "basename or send_from_directory"),
            F("DEBUG-MODE", "warning", "", "debug=True", "turn off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SMS-FAILURE-IGNORED", "warning", "bug", "sms-send result ignored, no timeout", "check=True, timeout"),
            F("PETS-NEGATIVE-SIZE", "info", "bug", "negative size not rejected", "max(1, ...)"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in the owner search (sort column) and in pet registration.
        2. Registration accepts arbitrary fields, including the owner.
        3. Shared in-memory state (owner cache, reference counter) is not thread-safe.
        4. Input validation gaps in pagination and registration length.
        5. Error handling issues.

        ## Findings
        """,
        Block([
            F("SEARCH-ORDER-SQLI", "blocker", "security", "SQL injection through the `order` parameter",
              "Validate `order` against known column names.", d=-2, conf=0.9),
            F("COLUMN-SQLI", "blocker", "security", "Dynamic column names in INSERT allow SQL injection",
              "Use a fixed column list.", conf=0.85),
            F("MASS-ASSIGN-OWNER", "major", "security", "Mass assignment: client controls owner_id of a new pet",
              "Whitelist the writable fields.", conf=0.75),
            F("CLINIC-KEY-TIMING", "minor", "security", "Non constant-time comparison of the clinic key",
              "Use hmac.compare_digest.", conf=0.6),
            F("LOOKUP-CACHE-RACE", "major", "concurrency", "Owner cache accessed without lock",
              "Use the existing _cache_lock for reads and writes.", d=-2, conf=0.75),
            F("NEGATIVE-CACHED", "major", "correctness", "Unregistered chips are cached as None and never refreshed",
              "Skip caching None or add expiry.", conf=0.7),
            F("REF-COUNTER-RACE", "major", "concurrency", "Race on global _next_ref counter",
              "Use a lock or a database sequence.", d=+1, conf=0.7),
            F("YEARS-UNBOUNDED", "minor", "correctness", "Registration years not validated",
              "Accept 1..10 only.", conf=0.6),
            F("PETS-PAGE-OFFSET", "major", "correctness", "Pagination offset wrong for 1-based page numbers",
              "Compute offset as (page - 1) * size.", d=-1, conf=0.8),
            F("SCANS-ALL-IN-MEMORY", "minor", "performance", "All scans loaded to return only the latest ones",
              "Use ORDER BY ... DESC LIMIT ? in SQL.", conf=0.6),
            F("DUE-EXCLUSIVE-BOUNDS", "minor", "correctness", "Renewal query misses boundary dates",
              "Make the date range inclusive.", d=-2, conf=0.6),
            F("SMS-FAILURE-IGNORED", "minor", "reliability", "SMS sending errors are ignored",
              "Check the exit status.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 5 major, 5 minor"),
    ]),
}
