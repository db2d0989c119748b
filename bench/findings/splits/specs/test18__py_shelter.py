"""test18/py-shelter: a pet-adoption shelter API (Python, Flask + SQLite). Frozen test split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its scores, its tuning set or any other
split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its scores or the other splits' data. "
    "Frozen test split test18: seeded problems in a small pet-adoption shelter API; five agents' answers written by hand."
)

A = "shelter/app.py"
FE = "shelter/fees.py"

PROBLEMS = {
    "STAFF-KEY-DEFAULT": P(A, 'STAFF_KEY = os.environ.get("STAFF_KEY", "pawsandclaws")', "security", "staff key falls back to a hard-coded default when STAFF_KEY is unset"),
    "SQLI-SPECIES": P(A, "WHERE species = '{species}'", "security", "species query value formatted into the animals SQL", "source-vs-sink"),
    "SQLI-ORDER": P(A, 'sql += f" ORDER BY {order}"', "security", "order query value appended as ORDER BY clause", "source-vs-sink"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based but offset is page*size: the first page of animals is never listed", "off-by-one"),
    "SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "no upper bound on page size (extra, one agent)"),
    "APP-STATUS-IDOR": P(A, 'row = db().execute("SELECT * FROM applications WHERE id = ?"', "security", "application status endpoint has no auth: any id returns applicant's name, email, phone, address", "signature-vs-statement"),
    "HOLD-LEAKS-APPLICANT": P(A, '"by": KENNEL_HOLDS[animal_id]', "security", "409 response reveals the competing application id"),
    "HOLD-RACE": P(A, "KENNEL_HOLDS[animal_id] = app_id", "bug", "check-then-set on KENNEL_HOLDS without _holds_lock: two holds on one animal, racy stats", "critical-section"),
    "CERT-RACE": P(A, "_next_certificate = number + 1", "bug", "certificate counter read and incremented without a lock: duplicate certificate numbers", "critical-section"),
    "APPROVE-NONE": P(A, '(a["animal_id"],)', "bug", "unknown application id: a is None and approve crashes with 500"),
    "APPROVE-ALREADY-ADOPTED": P(A, "UPDATE animals SET status = 'adopted'", "bug", "approve never checks the animal is still available: one animal adopted by two applicants"),
    "PHOTO-TRAVERSAL": P(A, "dest = os.path.join(PHOTO_DIR", "security", "uploaded filename joined into the photo path: ../ writes anywhere", "source-vs-sink"),
    "PHOTO-NO-TYPE-CHECK": P(A, "photo.save(dest)", "security", "any file type and size saved as a photo"),
    "PHOTO-CMD-INJECTION": P(A, 'subprocess.run(f"convert {dest}', "security", "filename reaches a shell command line through dest"),
    "CHIP-SSRF": P(A, 'resp = requests.get(f"{registry}?chip={chip}"', "security", "registry URL taken from the query string: SSRF", "source-vs-sink"),
    "CHIP-NO-TIMEOUT": P(A, 'resp = requests.get(f"{registry}?chip={chip}"', "bug", "timeout=None: a slow registry hangs the worker"),
    "EXPORT-NO-AUTH": P(A, "SELECT name, email, phone, address, created FROM applications", "security", "adopters CSV export has no require_staff: adopters' personal data public", "signature-vs-statement"),
    "CSV-INJECTION": P(A, 'out.write(",".join(str(v) for v in r)', "security", "applicant-supplied fields written to CSV unescaped: formula injection"),
    "CSV-NO-QUOTING": P(A, 'out.write(",".join(str(v) for v in r)', "bug", "hand-joined CSV: commas in addresses shift the columns"),
    "NOTE-NO-COMMIT": P(A, 'db().execute("INSERT INTO notes', "bug", "note inserted but never committed: lost when the connection closes"),
    "CARD-XSS": P(A, "html = f\"<h1>{row['name']}</h1>", "security", "kennel card interpolates name/breed/notes into HTML unescaped"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", debug=True)', "security", "Werkzeug debugger on all interfaces"),
    "FEE-UNKNOWN-SPECIES": P(FE, "fee = BASE_FEES[species]", "bug", "species without a base fee raises KeyError: approve fails with 500", "signature-vs-statement"),
    "SENIOR-BOUNDARY": P(FE, "if age_months > SENIOR_MONTHS:", "bug", "> instead of >=: animals of exactly 8 years do not get the senior price", "off-by-one"),
    "INSTALMENT-ROUNDING": P(FE, "per = round(total / months, 2)", "bug", "rounded equal instalments do not add up to the fee"),
    "MONTHS-ZERO": P(FE, "per = round(total / months, 2)", "bug", "months=0 or negative from the query string: ZeroDivisionError / empty plan", "signature-vs-statement"),
    "STIPEND-OBO": P(FE, "nights = (end - start).days - 1", "bug", "subtracts one night too many: stipend short a night, negative for same-day return", "off-by-one"),
}

CONFUSABLE = [
    ("SQLI-SPECIES", "SQLI-ORDER"),
    ("SQLI-ORDER", "PAGE-OFFSET"),
    ("HOLD-RACE", "HOLD-LEAKS-APPLICANT"),
    ("APPROVE-NONE", "APPROVE-ALREADY-ADOPTED"),
    ("PHOTO-TRAVERSAL", "PHOTO-CMD-INJECTION"),
    ("PHOTO-TRAVERSAL", "PHOTO-NO-TYPE-CHECK"),
    ("PHOTO-NO-TYPE-CHECK", "PHOTO-CMD-INJECTION"),
    ("CHIP-SSRF", "CHIP-NO-TIMEOUT"),
    ("EXPORT-NO-AUTH", "CSV-INJECTION"),
    ("CSV-INJECTION", "CSV-NO-QUOTING"),
    ("FEE-UNKNOWN-SPECIES", "SENIOR-BOUNDARY"),
    ("INSTALMENT-ROUNDING", "MONTHS-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The shelter API is small but several public endpoints hand data or execution to whoever calls them. In
        priority order:

        1. SQL injection in `GET /animals` through two query parameters.
        2. Photo upload: the client's filename decides where the file lands and ends up in a shell command.
        3. Personal data of applicants and adopters is readable without the staff key.
        4. `GET /chips/lookup` fetches any URL the caller names.
        5. Kennel holds and certificate numbers are not safe under concurrent requests.
        6. Fee maths: senior boundary, instalments that do not add up, foster stipend a night short.

        Also worth fixing: the default staff key, the Werkzeug debugger, the unescaped kennel card.
        """,
        Block([
            F("SQLI-SPECIES", "critical", "security", "SQL injection via `species` in `list_animals`",
              "Use a bound parameter: `WHERE species = ? AND status = 'available'` with `(species,)`.",
              symbol="list_animals", conf=0.95),
            F("SQLI-ORDER", "high", "security", "Unvalidated `order` parameter is appended to the ORDER BY clause",
              "Map `order` through an allow-list of sortable columns; placeholders cannot bind identifiers.",
              symbol="list_animals", conf=0.9),
            F("PHOTO-TRAVERSAL", "high", "security", "Photo upload trusts the client filename (path traversal)",
              "Generate the stored name (`uuid4().hex + '.jpg'`) or at least pass it through `secure_filename` and check the resolved path stays under `PHOTO_DIR`.",
              symbol="upload_photo", conf=0.9),
            F("PHOTO-CMD-INJECTION", "high", "security", "ImageMagick is invoked through a shell with the upload path",
              "Call `subprocess.run([\"convert\", dest, \"-resize\", \"640x640\", dest + \".web.jpg\"], check=True)`; a filename like `a.jpg;curl ...|sh` runs today.",
              symbol="upload_photo", conf=0.85),
            F("APP-STATUS-IDOR", "high", "security", "`GET /applications/<id>` exposes applicants' contact details to anyone",
              "Require the staff key or a per-application token sent to the applicant; never return `SELECT *`.",
              symbol="application_status", conf=0.85),
            F("EXPORT-NO-AUTH", "high", "security", "Adopters CSV export is missing `require_staff()`",
              "Call `require_staff()` first, as `export_intake` does.",
              symbol="export_adopters", conf=0.9),
            F("CSV-INJECTION", "medium", "security", "Adopter CSV is vulnerable to formula injection",
              "Write with `csv.writer` and prefix cells starting with `=`, `+`, `-`, `@` with a quote.",
              symbol="export_adopters", conf=0.7),
            F("CHIP-SSRF", "high", "security", "`registry` query parameter lets callers make the server fetch arbitrary URLs",
              "Drop the parameter and always use `CHIP_REGISTRY`.",
              d=-2, symbol="chip_lookup", conf=0.85),
            F("HOLD-RACE", "medium", "bug", "Kennel hold check-then-set runs outside `_holds_lock`",
              "Hold `_holds_lock` around the membership test, the assignment and the stats update; `release_hold` already takes it.",
              d=-3, n=1, symbol="place_hold", conf=0.8),
            F("CERT-RACE", "medium", "bug", "Adoption certificate numbers can be issued twice",
              "Take the number from the database (an AUTOINCREMENT row) or guard the counter with a lock; it also restarts at 1000 on every deploy.",
              d=-1, n=2, symbol="next_certificate_no", conf=0.75),
            F("APPROVE-ALREADY-ADOPTED", "medium", "bug", "Approving does not check that the animal is still available",
              "Update with `WHERE id = ? AND status = 'available'` and fail if `rowcount == 0`.",
              symbol="approve", conf=0.8),
            F("SENIOR-BOUNDARY", "low", "bug", "Senior discount misses animals that are exactly 8 years old",
              "`SENIOR_MONTHS` is documented as 'aged 8 years and over'; compare with `>=`.",
              symbol="adoption_fee", conf=0.8),
            F("INSTALMENT-ROUNDING", "low", "bug", "Instalment plan can differ from the fee by a few cents",
              "Put the rounding remainder on the last instalment so the plan sums to `total`.",
              d=1, symbol="split_payments", conf=0.7),
            F("STIPEND-OBO", "medium", "bug", "Foster stipend counts one night too few",
              "`(end - start).days` already is the number of nights; drop the `- 1` (a same-day return currently pays a negative stipend).",
              symbol="foster_stipend", conf=0.85),
            F("STAFF-KEY-DEFAULT", "medium", "security", "Hard-coded fallback staff key",
              "Fail at start-up when `STAFF_KEY` is not set.", conf=0.8),
            F("CARD-XSS", "medium", "security", "Stored XSS in the kennel card",
              "Render with a Jinja template (autoescaping) or `markupsafe.escape` each field.",
              symbol="kennel_card", conf=0.8),
            F("DEBUG-ON", "medium", "security", "Debug server bound to 0.0.0.0",
              "Never run with `debug=True` outside development; the Werkzeug console allows code execution.",
              conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed shelter/*.py; 13 findings, most severe first.",
        Block([
            F("SQLI-SPECIES", "critical", "security", "species from query string reaches SQL unparameterised",
              "Bind it.", d=-2),
            F("SQLI-ORDER", "high", "security", "ORDER BY built from ?order=", "Allow-list.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "Upload filename used as a path component",
              "secure_filename + resolve check.", d=-1),
            F("CHIP-SSRF", "high", "security", "SSRF: caller picks the registry host", "Fixed registry URL.", d=-2),
            F("EXPORT-NO-AUTH", "high", "security", "export_adopters has no auth check", "require_staff().", d=-1),
            F("APP-STATUS-IDOR", "medium", "security", "application_status readable by anyone (IDOR)",
              "Auth or unguessable token.", d=-1),
            F("HOLD-RACE", "medium", "bug", "place_hold: unlocked check-then-set on KENNEL_HOLDS",
              "Use _holds_lock."),
            F("APPROVE-NONE", "medium", "bug", "approve: unknown application id -> TypeError (500)",
              "404 when the row is missing.", d=-1),
            F("MONTHS-ZERO", "medium", "bug", "split_payments divides by months; months=0 comes straight from ?months=",
              "Clamp months to 1..MAX_INSTALMENTS.", d=-2),
            F("FEE-UNKNOWN-SPECIES", "medium", "bug", "adoption_fee KeyError for species without a fee",
              "BASE_FEES.get + explicit error.", d=-1),
            F("PAGE-OFFSET", "low", "bug", "page defaults to 1 but offset = page*size skips the first page",
              "(page - 1) * size."),
            F("STIPEND-OBO", "low", "bug", "foster_stipend off by one night", "Drop - 1."),
            F("NOTE-NO-COMMIT", "low", "bug", "add_note never commits", "commit()."),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the pet adoption shelter service. It is a Flask application backed by SQLite
        with a separate module for fee calculations.

        ## Security

        The most serious issues are in how request parameters are used to build SQL, file paths, shell commands and
        outbound URLs. Several endpoints that return personal data also lack the staff-key check used elsewhere.
        """,
        Block([
            F("SQLI-SPECIES", "Critical", "SQL Injection", "SQL Injection in Animal Listing",
              "Use parameterized queries.",
              desc="The `species` parameter is embedded inside a quoted string literal in the SQL statement.", d=-1, sd=0),
            F("PHOTO-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the filename with `werkzeug.utils.secure_filename`."),
            F("PHOTO-NO-TYPE-CHECK", "Medium", "Unrestricted File Upload", "Unrestricted File Upload",
              "Validate the content type and extension, and limit the size.",
              desc="Any file is accepted and written to disk, including HTML or scripts."),
            F("PHOTO-CMD-INJECTION", "High", "Command Injection", "Command Injection via ImageMagick Call",
              "Avoid `shell=True`."),
            F("CHIP-SSRF", "High", "Server-Side Request Forgery", "Server-Side Request Forgery in Microchip Lookup",
              "Do not accept the registry URL from the client."),
            F("EXPORT-NO-AUTH", "High", "Broken Access Control", "Unauthenticated Export of Adopter Data",
              "Add the staff key check."),
            F("STAFF-KEY-DEFAULT", "Medium", "Hardcoded Credentials", "Hardcoded Default Staff Key",
              "Remove the default value."),
            F("CARD-XSS", "Medium", "Cross-Site Scripting", "Cross-Site Scripting in Kennel Card",
              "Escape the values before inserting them into HTML.", d=1, sd=0),
        ], wrap="list"),
        """
        ## Correctness and Reliability
        """,
        Block([
            F("SIZE-UNBOUNDED", "Low", "Performance", "Unbounded Page Size",
              "Cap `size` at a reasonable maximum such as 100.",
              desc="A client can request `size=1000000` and force the whole table to be serialised."),
            F("PAGE-OFFSET", "Medium", "Logic Error", "Incorrect Pagination Offset",
              "Compute the offset as `(page - 1) * size`.", d=1,
              desc="Because `page` starts at 1, `OFFSET` skips the first `size` rows."),
            F("CHIP-NO-TIMEOUT", "Medium", "Reliability", "Missing Timeout on Outbound Request",
              "Set a finite timeout such as `timeout=5`."),
            F("MONTHS-ZERO", "Medium", "Input Validation", "Division by Zero in Instalment Calculation",
              "Reject `months` values below 1 in the `approve` handler.",
              desc="`months` comes from the query string; `months=0` raises `ZeroDivisionError` after the adoption was already committed."),
            U({"severity": "Info", "category": "Style", "description": "Consider adding type hints to the route handlers."}),
            F("HOLD-RACE", "Medium", "Race Condition", "Race Condition in Kennel Hold Placement",
              "Use `_holds_lock` in `place_hold` as well.", d=1,
              desc="The `HOLD_STATS` counters and `KENNEL_HOLDS` are modified concurrently by request threads without synchronization."),
            F("SENIOR-BOUNDARY", "Low", "Business Logic", "Senior Discount Boundary Excludes 8-Year-Olds",
              "Use `>=`.", d=1, sd=0, path="abs"),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-SPECIES", "error", "security", "sql injection in list_animals (species)", "use ? params"),
            F("PHOTO-CMD-INJECTION", "error", "security", "shell=True with filename in convert", "argv list", d=-3,
              snippet="name = photo.filename"),
            F("CHIP-SSRF", "error", "security", "ssrf via registry param", "hardcode registry"),
            F("HOLD-LEAKS-APPLICANT", "warning", "security", "409 on hold leaks the other applicant's application id", "return only 409"),
            F("CSV-INJECTION", "warning", "security", "csv formula injection in adopters export", "use csv module + escape"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("CERT-RACE", "warning", "", "certificate counter not thread safe", "lock or db sequence", d=-1),
            F("APPROVE-ALREADY-ADOPTED", "warning", "bug", "animal can be adopted twice", "check status in update"),
            F("CSV-NO-QUOTING", "warning", "bug", "csv rows not quoted, commas in address break columns", "csv.writer"),
            F("INSTALMENT-ROUNDING", "info", "bug", "instalments dont sum to fee", "put remainder on last"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection in the animal listing.
        2. Insecure photo upload (path traversal, shell command).
        3. Missing authorization on applicant and adopter data.
        4. Concurrency issues in holds and certificate numbering.
        5. Calculation errors in fees and stipends.
        6. Debug mode enabled in production entry point.
        """,
        Block([
            F("SQLI-ORDER", "blocker", "security", "SQL injection through ORDER BY parameter",
              "Validate the sort column against a whitelist.", conf=0.9),
            F("SQLI-SPECIES", "blocker", "security", "SQL injection through species filter",
              "Use parameter binding.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in photo upload",
              "Sanitize the uploaded filename.", d=1, conf=0.8),
            F("APP-STATUS-IDOR", "major", "security", "Insecure direct object reference on applications",
              "Check the caller is staff or the applicant.", conf=0.8),
            F("CHIP-NO-TIMEOUT", "minor", "reliability", "HTTP request to chip registry without timeout",
              "Pass a timeout.", conf=0.7),
            F("HOLD-RACE", "major", "concurrency", "Hold placement is not atomic",
              "Protect the check and the insert with the existing lock.", d=-3, n=2, conf=0.75),
            F("CERT-RACE", "major", "concurrency", "Race condition in certificate number generation",
              "Use a lock or database sequence.", conf=0.75),
            F("APPROVE-NONE", "minor", "correctness", "Null dereference when application is not found",
              "Return 404 when the application does not exist.", conf=0.7),
            F("FEE-UNKNOWN-SPECIES", "minor", "correctness", "Unhandled KeyError for unknown species",
              "Handle missing species explicitly.", conf=0.6),
            F("SENIOR-BOUNDARY", "minor", "correctness", "Off-by-one in senior age comparison",
              "Use >= SENIOR_MONTHS.", conf=0.7),
            F("STIPEND-OBO", "major", "correctness", "Foster stipend underpaid by one night",
              "Remove the -1.", d=1, sd=0, n=2, conf=0.8),
            F("NOTE-NO-COMMIT", "major", "data-loss", "Kennel notes are never committed",
              "Call commit() after the insert.", conf=0.8),
            F("DEBUG-ON", "major", "security", "Flask debug mode enabled",
              "Disable debug mode.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 7 major, 4 minor"),
    ]),
}
