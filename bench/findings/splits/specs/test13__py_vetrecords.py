"""test13/py-vetrecords: a veterinary practice records API (Python, Flask + SQLite). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' "
    "data. Frozen test split test13: seeded problems in a small veterinary records API; five agents' answers "
    "written by hand."
)

APP = "vetrecords/app.py"
DOS = "vetrecords/dosing.py"
BIL = "vetrecords/billing.py"
REM = "vetrecords/reminders.py"

PROBLEMS = {
    "DEFAULT-TOKEN": P(APP, 'STAFF_TOKEN = os.environ.get("VET_STAFF_TOKEN", "frontdesk")', "security",
                       "staff token falls back to the guessable default 'frontdesk'"),
    "EXTRA-DB-NOT-CLOSED": P(APP, "g.db = sqlite3.connect(DB_PATH)", "bug",
                             "extra, one agent: no teardown closes the per-request SQLite connection"),
    "TOKEN-IN-QUERY": P(APP, 'token = request.headers.get("X-Staff-Token") or request.args.get("token", "")', "security",
                        "staff token accepted from the query string (ends up in logs, history, Referer)"),
    "TOKEN-TIMING": P(APP, "if token != STAFF_TOKEN:", "security", "token compared with != (not constant time)"),
    "SQLI-NAME": P(APP, "sql = f\"SELECT id, name, species, owner_id FROM patients", "security",
                   "name query parameter formatted into the LIKE clause: SQL injection", "source-vs-sink"),
    "SQLI-SPECIES": P(APP, "sql = f\"SELECT id, name, species, owner_id FROM patients", "security",
                      "species query parameter formatted into the same SQL: a second injection point"),
    "PAGE-SIZE-UNBOUNDED": P(APP, 'size = int(request.args.get("size", 20))', "bug",
                             "size is not capped: one request can pull a patient's whole history (or negative LIMIT = all)"),
    "PAGE-OFFSET": P(APP, "offset = page * size", "bug",
                     "pages are 1-based but offset = page * size: page 1 skips the first page of visits", "off-by-one"),
    "WEIGHT-SLICE": P(APP, 'recent = [r["weight_kg"] for r in rows][-n - 1:]', "bug",
                      "[-n - 1:] returns n + 1 weights instead of the last n", "off-by-one"),
    "WEIGHT-EMPTY": P(APP, "change = (recent[-1] - recent[0]) / recent[0] * 100", "bug",
                      "no visits -> IndexError; a recorded weight of 0 -> ZeroDivisionError (500)"),
    "VISIT-NO-COMMIT": P(APP, '"INSERT INTO visits (patient_id, vet, notes', "bug",
                         "the visit INSERT is never committed: recorded visits and doses are lost"),
    "ATTACH-TRAVERSAL": P(APP, "return send_file(path)", "security",
                          "file query value joined to ATTACH_DIR and served: ../ reads any file", "source-vs-sink"),
    "XRAY-TRAVERSAL": P(APP, 'dest = os.path.join(ATTACH_DIR, f"{pid}_{image.filename}")', "security",
                        "uploaded filename used unsanitised in the destination path (write outside ATTACH_DIR)", "source-vs-sink"),
    "XRAY-SHELL": P(APP, 'subprocess.run(f"convert {dest} -resize 800x800', "security",
                    "uploaded filename reaches a shell=True convert command: command injection"),
    "BOOKING-DOUBLE": P(APP, "if taken:", "bug",
                        "check-then-insert without a transaction or unique constraint: two requests book one slot", "critical-section"),
    "DISCOUNT-UNBOUNDED": P(BIL, "subtotal -= subtotal * discount_pct / 100", "bug",
                            "discount_pct is not bounded: > 100 gives a negative invoice, negative raises the price"),
    "IMPORT-PICKLE": P(APP, "return pickle.loads(base64.b64decode(blob))", "security",
                       "migration import unpickles request data: code execution", "signature-vs-statement"),
    "DOSE-SPECIES-FALLBACK": P(DOS, 'mg_per_kg = entry.get(species, entry["dog"])', "bug",
                               "species without an entry silently gets the dog dose (carprofen for cats)", "signature-vs-statement"),
    "DOSE-ROUNDING": P(DOS, "return round(mg_per_kg * weight_kg)", "bug",
                       "dose rounded to whole mg: small doses (buprenorphine, meloxicam for cats) become 0 or double"),
    "DOSE-NO-CAP": P(DOS, "return round(mg_per_kg * weight_kg)", "bug",
                     "max_mg ceiling is never applied: a heavy or mistyped weight gives an overdose"),
    "EXTRA-OPT-OUT": P(REM, "owner = lookup_owner(pid)", "bug",
                       "extra, one agent: owner's sms_opt_out is fetched but never honoured"),
    "SMS-KEY-IN-URL": P(REM, 'url = f"{SMS_URL}?key={SMS_KEY}&to=', "security", "SMS gateway key sent in the URL query string"),
    "SMS-NOT-ENCODED": P(REM, 'url = f"{SMS_URL}?key={SMS_KEY}&to=', "bug",
                         "text and phone not URL-encoded: spaces/&/# in the pet name break or inject parameters"),
    "SMS-NO-TIMEOUT": P(REM, "urllib.request.urlopen(url)", "bug", "urlopen without a timeout: a stuck gateway hangs the reminder thread"),
    "REMINDER-RACE": P(REM, "self.pending = [r for r in self.pending if r[0] > today]", "bug",
                       "pending rebuilt without the lock while schedule() appends: reminders added in between are lost", "critical-section"),
    "REMINDER-THREAD-DIES": P(REM, "send_sms(pid, vaccine)", "bug", nth=1, what=
                              "any exception in send_sms kills the daemon thread: no reminder is ever sent again"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "TOKEN-TIMING"),
    ("SQLI-NAME", "SQLI-SPECIES"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET"),
    ("WEIGHT-SLICE", "WEIGHT-EMPTY"),
    ("XRAY-TRAVERSAL", "XRAY-SHELL"),
    ("DOSE-SPECIES-FALLBACK", "DOSE-ROUNDING"),
    ("DOSE-ROUNDING", "DOSE-NO-CAP"),
    ("DOSE-SPECIES-FALLBACK", "DOSE-NO-CAP"),
    ("SMS-KEY-IN-URL", "SMS-NOT-ENCODED"),
    ("SMS-NOT-ENCODED", "SMS-NO-TIMEOUT"),
    ("SMS-KEY-IN-URL", "SMS-NO-TIMEOUT"),
    ("EXTRA-OPT-OUT", "SMS-NOT-ENCODED"),
    ("REMINDER-RACE", "REMINDER-THREAD-DIES"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: `vetrecords`

        The API is small but every endpoint sits behind a single shared staff token, so anything reachable
        with that token is effectively reachable by anyone who can guess `frontdesk`. Beyond that, there are
        two injection paths (SQL in search, shell in x-ray thumbnails), two file-path problems, an unpickle of
        request bodies, and clinically relevant dosing bugs.

        | Priority | Area | Why |
        |---|---|---|
        | P0 | `/admin/import`, `/patients/search`, x-ray upload | remote code execution / SQL injection |
        | P0 | `dose_for` | wrong doses reach the visit record |
        | P1 | attachments, token handling | data exposure |
        | P2 | paging, reminders, bookings | correctness |
        """,
        Block([
            F("IMPORT-PICKLE", "critical", "security", "`load_migration` unpickles the raw request body",
              "Accept a JSON (or CSV) export instead; `pickle.loads` on attacker-controlled bytes runs arbitrary code.",
              symbol="load_migration", conf=0.95),
            F("SQLI-NAME", "critical", "security", "Patient search builds SQL with an f-string",
              "Use placeholders: `WHERE name LIKE ? AND species = ?` with `(f\"%{name}%\", species)`.",
              symbol="search_patients", conf=0.95),
            F("SQLI-SPECIES", "high", "security", "`species` filter is also interpolated into the search query",
              "Same fix as for `name`; also validate `species` against the known list.", symbol="search_patients", conf=0.8),
            F("XRAY-SHELL", "critical", "security", "Thumbnail generation runs a shell command containing the uploaded filename",
              "Call `subprocess.run([\"convert\", dest, \"-resize\", \"800x800\", thumb])` without `shell=True`.",
              symbol="upload_xray", conf=0.9),
            F("XRAY-TRAVERSAL", "high", "security", "X-ray upload trusts the client-supplied filename for the destination path",
              "Use `werkzeug.utils.secure_filename` or generate the name server-side.", symbol="upload_xray", conf=0.85),
            F("ATTACH-TRAVERSAL", "high", "security", "`/attachments` serves any path below (or above) `ATTACH_DIR`",
              "Use `send_from_directory(ATTACH_DIR, name)`, which rejects `..` segments.", symbol="get_attachment", conf=0.9),
            F("DOSE-SPECIES-FALLBACK", "high", "bug", "Unknown species silently receive the canine dose",
              "Raise (and show an error on the form) when the formulary has no entry for the species; carprofen has no feline entry and cats get 4.4 mg/kg.",
              symbol="dose_for", conf=0.85),
            F("DOSE-NO-CAP", "high", "bug", "`max_mg` is defined in the formulary but never enforced",
              "Clamp to `entry[\"max_mg\"]` and flag the visit when the computed dose exceeds it.", symbol="dose_for", conf=0.8),
            F("DEFAULT-TOKEN", "high", "security", "Hard-coded fallback staff token",
              "Fail at startup when `VET_STAFF_TOKEN` is unset.", symbol="STAFF_TOKEN", conf=0.85),
            F("TOKEN-IN-QUERY", "medium", "security", "Staff token may be passed as `?token=`",
              "Accept it only from the header; query strings are logged by proxies and kept in browser history.",
              symbol="require_staff", conf=0.75),
            F("VISIT-NO-COMMIT", "high", "bug", "Recorded visits are never committed",
              "Call `db().commit()` after the insert (compare `book_appointment`, which does).", d=-1, n=2,
              symbol="add_visit", conf=0.85),
            F("PAGE-OFFSET", "medium", "bug", "History pagination skips the first page",
              "`page` defaults to 1, so `offset = (page - 1) * size`.", symbol="patient_history", conf=0.85),
            F("WEIGHT-SLICE", "low", "bug", "Weight trend returns one reading more than requested",
              "Slice with `[-n:]`.", symbol="weight_trend", conf=0.8),
            F("WEIGHT-EMPTY", "medium", "bug", "Weight trend crashes for patients without visits",
              "Return an empty trend when `recent` is empty and skip the percentage when the first weight is 0.",
              symbol="weight_trend", conf=0.75),
            F("BOOKING-DOUBLE", "medium", "bug", "Appointment slots can be double-booked",
              "Add `UNIQUE(vet, slot)` and handle `IntegrityError`; the SELECT-then-INSERT is not atomic.",
              d=-1, n=3, symbol="book_appointment", conf=0.75),
            F("REMINDER-RACE", "medium", "bug", "Reminder queue is mutated from two threads without its lock",
              "Hold `self.lock` in `schedule` and while swapping `pending` in `_run`.", d=-1, n=2,
              symbol="ReminderQueue._run", conf=0.7),
            F("SMS-KEY-IN-URL", "medium", "security", "SMS API key placed in the request URL",
              "Send it as a header or POST body.", symbol="send_sms", conf=0.7),
            F("SMS-NO-TIMEOUT", "low", "bug", "Blocking `urlopen` has no timeout",
              "Pass `timeout=10`.", symbol="send_sms", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed vetrecords/*.py — 14 findings, highest severity first.",
        Block([
            F("IMPORT-PICKLE", "critical", "security", "pickle.loads on request body (RCE)", "Use JSON."),
            F("SQLI-NAME", "critical", "security", "SQL injection in /patients/search (name)", "Bind parameters.", d=-2),
            F("XRAY-SHELL", "critical", "security", "shell=True with user-controlled filename", "argv list, no shell."),
            F("ATTACH-TRAVERSAL", "high", "security", "Arbitrary file read via ?file=", "send_from_directory.", d=-2),
            F("TOKEN-TIMING", "medium", "security", "Non-constant-time token comparison", "hmac.compare_digest."),
            F("VISIT-NO-COMMIT", "high", "bug", "add_visit never commits", "commit() after INSERT.", d=-1),
            F("WEIGHT-EMPTY", "medium", "bug", "IndexError/ZeroDivisionError in weight_trend", "Guard empty list and zero weight."),
            F("PAGE-OFFSET", "medium", "bug", "offset off by one page (page is 1-based)", "(page - 1) * size.", d=-2),
            F("BOOKING-DOUBLE", "medium", "bug", "Race between slot lookup and insert", "UNIQUE(vet, slot).", d=-1),
            F("DISCOUNT-UNBOUNDED", "medium", "bug", "discount_pct unvalidated (negative totals possible)", "Clamp to 0..100."),
            F("DOSE-ROUNDING", "high", "bug", "round() to integer mg zeroes small doses", "Round to 0.01 mg or per drug precision."),
            F("SMS-NOT-ENCODED", "low", "bug", "SMS query string built without urlencode", "urllib.parse.urlencode."),
            F("SMS-NO-TIMEOUT", "low", "bug", "urlopen without timeout", "timeout=10."),
            F("REMINDER-RACE", "medium", "bug", "pending list swapped without lock; concurrent appends dropped", "Use self.lock.", d=-1),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I have reviewed the veterinary records service in `vetrecords/`. Here is my analysis.

        ### Overview

        The application is a Flask API backed by SQLite. Authentication is a single shared token, and most
        endpoints directly use request data in file paths, SQL, or shell commands. I have grouped the
        findings into security issues and other correctness issues.

        ### Security
        """,
        Block([
            F("SQLI-NAME", "critical", "SQL Injection", "SQL Injection in Patient Search",
              "Use parameterized queries for all user input.",
              desc="User-supplied search terms are concatenated directly into the SQL statement executed against the patients table."),
            F("IMPORT-PICKLE", "critical", "Insecure Deserialization", "Insecure Deserialization in Migration Import",
              "Replace pickle with a safe format such as JSON.", d=-1),
            F("XRAY-SHELL", "critical", "Command Injection", "Command Injection via X-ray Filename",
              "Avoid `shell=True` and pass arguments as a list."),
            F("XRAY-TRAVERSAL", "high", "Path Traversal", "Unsanitized Upload Filename",
              "Sanitize the filename with `secure_filename`.", d=-1),
            F("ATTACH-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Attachment Download",
              "Validate that the resolved path stays within ATTACH_DIR.", d=-1,
              desc="The `file` parameter is joined with the attachment directory without normalization, allowing `../../etc/passwd`."),
            F("TOKEN-IN-QUERY", "medium", "Broken Authentication", "Authentication Token Accepted in URL",
              "Only read the token from the header."),
        ], wrap="list"),
        """
        ### Correctness and Reliability
        """,
        Block([
            U({"severity": "low", "category": "Maintainability", "description": "Consider splitting app.py into blueprints."}),
            F("DOSE-SPECIES-FALLBACK", "high", "Logic Error", "Incorrect Dosage for Species Missing from Formulary",
              "Do not default to the dog dosage; reject unknown species.", d=-2,
              desc="`dose_for` falls back to the canine mg/kg value, which is unsafe for cats for several NSAIDs."),
            F("PAGE-SIZE-UNBOUNDED", "medium", "Denial of Service", "Unbounded Page Size in Visit History",
              "Cap `size` at a reasonable maximum such as 100."),
            F("WEIGHT-SLICE", "low", "Logic Error", "Off-by-one in Weight History Slice",
              "Use `[-n:]`.", d=+1, sd=0),
            F("BOOKING-DOUBLE", "medium", "Race Condition", "Race Condition in Appointment Booking",
              "Use a database constraint or a transaction."),
            F("DISCOUNT-UNBOUNDED", "medium", "Business Logic", "Discount Percentage Not Validated",
              "Ensure the discount is between 0 and 100."),
            F("EXTRA-OPT-OUT", "medium", "Compliance", "SMS Opt-Out Preference Ignored",
              "Skip owners whose `opt_out` flag is set before sending.",
              desc="`lookup_owner` returns `opt_out`, but `send_sms` never checks it, so owners who replied STOP keep receiving texts."),
            F("SMS-NOT-ENCODED", "low", "Error Handling", "SMS Parameters Are Not URL-Encoded",
              "Build the query with `urllib.parse.urlencode`."),
            F("REMINDER-RACE", "medium", "Concurrency", "Reminders Can Be Lost When Scheduled During Processing",
              "Protect `pending` with `self.lock`.", d=-2, sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-NAME", "error", "security", "sql injection in patient search", "use ? params"),
            F("XRAY-SHELL", "error", "security", "shell injection in thumbnail convert", "no shell=True"),
            F("IMPORT-PICKLE", "error", "security", "pickle of untrusted data", "json", d=-1),
            F("ATTACH-TRAVERSAL", "error", "security", "path traversal on /attachments", "send_from_directory"),
            F("DEFAULT-TOKEN", "warning", "security", "default staff token", "require env var"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("DOSE-NO-CAP", "error", "", "dose never capped at max_mg", "min(dose, max_mg)"),
            F("PAGE-SIZE-UNBOUNDED", "warning", "bug", "no upper limit on history size", "cap it"),
            F("REMINDER-THREAD-DIES", "warning", "bug", "reminder thread dies on first sms error", "try/except per reminder"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Remote code execution through pickle and shell commands.
        2. SQL injection and path traversal in the HTTP API.
        3. Dosing calculation errors with patient-safety impact.
        4. Thread-safety and data-persistence defects.
        5. Weak authentication.
        """,
        Block([
            F("IMPORT-PICKLE", "blocker", "security", "Untrusted pickle deserialization in load_migration",
              "Use a data-only format.", conf=0.95),
            F("SQLI-NAME", "blocker", "security", "SQL injection through the name search parameter",
              "Parameterize the query.", conf=0.9),
            F("SQLI-SPECIES", "blocker", "security", "SQL injection through the species parameter",
              "Parameterize the query.", d=-1, conf=0.85),
            F("XRAY-SHELL", "blocker", "security", "OS command injection in upload_xray", "Avoid the shell.", conf=0.9),
            F("XRAY-TRAVERSAL", "major", "security", "Path traversal in the x-ray upload filename", "Sanitize the filename.", conf=0.8),
            F("ATTACH-TRAVERSAL", "major", "security", "Directory traversal in attachment download", "Confine to ATTACH_DIR.", conf=0.85),
            F("DEFAULT-TOKEN", "major", "security", "Insecure default for VET_STAFF_TOKEN", "Require configuration.", conf=0.8),
            F("TOKEN-TIMING", "minor", "security", "Timing side channel in token comparison", "Use hmac.compare_digest.", d=-1, conf=0.6),
            F("DOSE-SPECIES-FALLBACK", "major", "correctness", "Wrong species dosage fallback", "Fail for unknown species.", d=-1, conf=0.8),
            F("DOSE-ROUNDING", "major", "correctness", "Dose precision lost by integer rounding", "Keep at least one decimal.", conf=0.8),
            F("VISIT-NO-COMMIT", "major", "data-loss", "Visit records not persisted (missing commit)", "Commit the transaction.", d=+1, conf=0.8),
            F("PAGE-OFFSET", "minor", "correctness", "Off-by-one in history page offset", "Subtract one from page.", d=+1, n=1, conf=0.7),
            F("WEIGHT-SLICE", "minor", "correctness", "Off-by-one: last N weights returns N+1 entries", "Use [-n:].", conf=0.7),
            F("REMINDER-RACE", "major", "concurrency", "Unsynchronized access to ReminderQueue.pending", "Use the existing lock.", conf=0.7),
            F("SMS-KEY-IN-URL", "minor", "security", "API key exposed in SMS gateway URL", "Use a header.", conf=0.6),
            F("SMS-NO-TIMEOUT", "minor", "reliability", "No timeout on SMS gateway request", "Set a timeout.", d=-1, sd=0, conf=0.6),
            F("EXTRA-DB-NOT-CLOSED", "minor", "resource-leak", "SQLite connection never closed after the request",
              "Register an app.teardown_appcontext handler that closes g.db.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 4 blocker, 7 major, 6 minor"),
    ]),
}
