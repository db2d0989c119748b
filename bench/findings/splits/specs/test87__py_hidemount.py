"""test87/py-hidemount: a taxidermy studio's commissions, freezer intake and specimen permits (Python, Flask + SQLite).

Frozen test split test87 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code,
its scores, or any other split's answers or specs (only tune2__py_snapctl.py, for the format). Labels next to
each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test87: seeded problems in a taxidermy studio's commission and permit service; five "
    "agents' answers written by hand."
)

A = "hidemount/app.py"
PROBLEMS = {
    "CLIENT-FAILS-OPEN": P(A, 'if CLIENT_SECRET and request.headers.get("X-Client-Token") != expected:', "security",
                           "CLIENT_SECRET unset: the client check is skipped and any X-Client-Id is accepted"),
    "CLIENT-TOKEN-TIMING": P(A, 'if CLIENT_SECRET and request.headers.get("X-Client-Token") != expected:', "security",
                             "client token compared with != instead of hmac.compare_digest (timing)"),
    "CLIENT-PRICE": P(A, 'price = body.get("price", MOUNT_PRICES.get(mount, 0))', "bug",
                      "the client's own 'price' from the body is stored as the commission price"),
    "MOUNT-UNKNOWN-FREE": P(A, 'price = body.get("price", MOUNT_PRICES.get(mount, 0))', "bug",
                            "mount type not validated: an unknown mount is priced 0 (and a deposit of 0)"),
    "PERMIT-NOT-VERIFIED": P(A, 'if species in PROTECTED and not body.get("permit_no"):', "security",
                             "any non-empty permit number passes for a protected species; never looked up in permits"),
    "COMMISSION-IDOR": P(A, '"SELECT * FROM commissions WHERE id = ?", (cid,)', "security",
                         "commission details (name, phone, permit) returned for any id, not filtered by client",
                         "signature-vs-statement"),
    "REFUND-REPEAT": P(A, 'refund = row["deposit"] if row["status"] != "mounted" else 0', "bug",
                       "an already cancelled (or collected) commission is refunded again on every cancel"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 25))', "performance",
                             "page size taken from the query without an upper bound"),
    "PAGE-OFFSET": P(A, "offset = page * size", "bug", "pages are 1-based: offset page*size skips the first page",
                     "off-by-one"),
    "SEARCH-SQLI-SPECIES": P(A, "sql = f\"SELECT id, species, mount, status FROM commissions WHERE species LIKE", "security",
                             "species query value formatted into the SQL string", "source-vs-sink"),
    "SEARCH-SQLI-ORDER": P(A, "sql = f\"SELECT id, species, mount, status FROM commissions WHERE species LIKE", "security",
                           "order query value used as ORDER BY clause unchecked"),
    "PERMIT-DOC-IDOR": P(A, 'permit = get_db().execute("SELECT document FROM permits', "security",
                         "any client may fetch any permit's document; the permit is not tied to the client"),
    "PERMIT-DOC-TRAVERSAL": P(A, "return send_file(os.path.join(PERMIT_DIR, name))", "security",
                              "'file' query value joined to PERMIT_DIR: any file on the server is readable",
                              "source-vs-sink"),
    "PERMIT-EXPIRY-DAY": P(A, "in_date = date.today() < expires", "bug",
                           "a permit is reported invalid on its own expiry day (< instead of <=)", "off-by-one"),
    "PERMIT-USES-OVER": P(A, 'uses_left = row["uses"] <= row["max_uses"]', "bug",
                          "uses <= max_uses: a permit whose uses are all spent is still valid for one more"),
    "INTAKE-UNKNOWN-COMMISSION": P(A, 'cid = int(body["commission_id"])', "bug",
                                   "commission id not checked: a slot is taken for an unknown or already frozen "
                                   "commission"),
    "FREEZER-LAST-SLOT": P(A, "free = [n for n in range(1, FREEZER_SLOTS) if n not in _freezer]", "bug",
                           "range(1, FREEZER_SLOTS) never offers slot 40: one freezer slot is never used", "off-by-one"),
    "FREEZER-RACE": P(A, "slot = free[0]", "bug",
                      "free-slot search and assignment (and the intake counter) without _freezer_lock: two intakes "
                      "get the same slot", "critical-section"),
    "GALLERY-PHONE-LEAK": P(A, "client_name, client_phone, photo FROM commissions WHERE status = 'done'", "security",
                            "public gallery returns clients' names and phone numbers"),
    "GALLERY-RACE": P(A, '_gallery_cache["body"] = [dict(r) for r in rows]', "performance",
                      "cache check and refill without a lock: concurrent requests all rebuild it, body/at torn",
                      "critical-section"),
    "LABEL-SHELL": P(A, "subprocess.run(cmd, shell=True, check=False)", "security",
                     "printer and copies query values (and the stored client name) run through a shell",
                     "source-vs-sink"),
    "LABEL-EXIT-IGNORED": P(A, "subprocess.run(cmd, shell=True, check=False)", "bug",
                            "lp's exit status ignored: a failed print is reported as printed"),
    "YAML-UNSAFE": P(A, "data = yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                     "yaml.load with the full Loader on the request body: arbitrary object construction",
                     "signature-vs-statement"),
    "PROTECTED-CASE": P(A, "PROTECTED.add(name)", "security",
                        "imported names not stripped/lower-cased: 'Barn Owl' never matches, permit check bypassed"),
    "CSV-FORMULA": P(A, "writer.writerow(list(r))", "security",
                     "client-supplied names written to the CSV unescaped (formula injection); extra, one agent"),
}

CONFUSABLE = [
    ("CLIENT-FAILS-OPEN", "CLIENT-TOKEN-TIMING"),
    ("CLIENT-PRICE", "MOUNT-UNKNOWN-FREE"),
    ("CLIENT-PRICE", "PERMIT-NOT-VERIFIED"),
    ("PAGE-OFFSET", "PAGE-SIZE-UNBOUNDED"),
    ("SEARCH-SQLI-SPECIES", "SEARCH-SQLI-ORDER"),
    ("PERMIT-DOC-IDOR", "PERMIT-DOC-TRAVERSAL"),
    ("PERMIT-EXPIRY-DAY", "PERMIT-USES-OVER"),
    ("FREEZER-LAST-SLOT", "FREEZER-RACE"),
    ("INTAKE-UNKNOWN-COMMISSION", "FREEZER-LAST-SLOT"),
    ("GALLERY-PHONE-LEAK", "GALLERY-RACE"),
    ("LABEL-SHELL", "LABEL-EXIT-IGNORED"),
    ("YAML-UNSAFE", "PROTECTED-CASE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `hidemount/app.py` end to end. The service is small but exposes client data and the studio's
        permit records in several ways, and two places let a client decide what they pay.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/permits/<no>/document` | arbitrary file read via `?file=` |
        | P0 | `/staff/labels`, `/staff/species` | shell injection, unsafe YAML |
        | P0 | `client_key` | fails open when `CLIENT_SECRET` is not set |
        | P1 | `/commissions` | client-chosen price, unvalidated mount, permit never checked |
        | P1 | `/commissions/<id>`, `/gallery` | other clients' names and phone numbers exposed |
        | P2 | paging, permit validity, freezer slots | off-by-one errors |
        | P2 | `/intake`, `/gallery` | shared state without the lock |

        Things that are fine and I did not flag: `staff_only` fails closed and uses `hmac.compare_digest`;
        `/quote` rejects an unknown mount before indexing `MOUNT_PRICES`; `/cancel` and `/invoice` filter by
        `client_id`; `release_slot` holds `_freezer_lock`; every query except `/staff/search` is parameterised.
        """,
        Block([
            F("PERMIT-DOC-TRAVERSAL", "critical", "security", "Path traversal in permit document download",
              "Ignore the `file` parameter (serve only `permit[\"document\"]`) or resolve the joined path and require it to stay under `PERMIT_DIR`.",
              symbol="permit_document", conf=0.95),
            F("LABEL-SHELL", "critical", "security", "Shell injection in label printing via `printer`/`copies`",
              "Build an argv list (`[\"lp\", \"-d\", printer, \"-n\", str(int(copies)), \"-t\", title, path]`) and drop `shell=True`; whitelist printer names.",
              symbol="print_label", conf=0.95),
            F("YAML-UNSAFE", "critical", "security", "`yaml.load` with the full Loader on request data",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_species", conf=0.9),
            F("CLIENT-FAILS-OPEN", "high", "security", "`client_key` accepts every request when `CLIENT_SECRET` is unset",
              "Fail closed: refuse to start (or return 503) without a secret, as `staff_only` does for `STAFF_KEY`.",
              symbol="client_key.wrapper", conf=0.9),
            F("CLIENT-TOKEN-TIMING", "low", "security", "Client token compared with `!=`",
              "Use `hmac.compare_digest(token, expected)`.", symbol="client_key.wrapper", conf=0.6),
            F("SEARCH-SQLI-SPECIES", "high", "security", "SQL injection through `species` in staff search",
              "Pass `species` as a bound parameter (`LIKE ?` with `f\"%{species}%\"`).",
              symbol="staff_search", conf=0.9),
            F("SEARCH-SQLI-ORDER", "high", "security", "`order` is spliced into `ORDER BY` unvalidated",
              "Map allowed values (`created`, `species`, `status`) to column names and reject anything else.",
              symbol="staff_search", conf=0.85),
        ]),
        "Business logic, data exposure and concurrency:",
        Block([
            F("CLIENT-PRICE", "high", "bug", "Clients can set their own commission price",
              "Never read `price` from the body; compute it from `MOUNT_PRICES` on the server.",
              symbol="create_commission", conf=0.9),
            F("MOUNT-UNKNOWN-FREE", "medium", "bug", "Unknown mount types are priced at 0",
              "Reject a `mount` that is not in `MOUNT_PRICES` with 400, as `/quote` does.",
              symbol="create_commission", conf=0.8),
            F("PERMIT-NOT-VERIFIED", "medium", "security", "Protected-species permit number is never verified",
              "Look the number up in `permits` (exists, not expired, covers this species) before accepting the commission.",
              symbol="create_commission", conf=0.7),
            F("COMMISSION-IDOR", "high", "security", "Any client can read any commission by id",
              "Add `AND client_id = ?` as `/cancel` and `/invoice` do, and return only the fields a client needs.",
              symbol="commission", conf=0.9),
            F("REFUND-REPEAT", "high", "bug", "Cancelling twice refunds the deposit twice",
              "Only cancel from an open status (`received`, `frozen`) and refund once; return 409 for cancelled commissions.",
              symbol="cancel_commission", conf=0.85),
            F("PAGE-OFFSET", "medium", "bug", "Staff list skips the first page",
              "`offset = (page - 1) * size` and reject `page < 1`.", symbol="staff_commissions", conf=0.85),
            F("PERMIT-EXPIRY-DAY", "medium", "bug", "Permits are treated as expired on their expiry date",
              "Use `date.today() <= expires` if the permit is valid through that day.", symbol="permit_valid", conf=0.7),
            F("PERMIT-USES-OVER", "medium", "bug", "A fully used permit is still valid for one more use",
              "`uses < max_uses`.", symbol="permit_valid", conf=0.75),
            F("FREEZER-LAST-SLOT", "low", "bug", "Freezer slot 40 is never allocated",
              "`range(1, FREEZER_SLOTS + 1)`.", symbol="intake", conf=0.8),
            F("FREEZER-RACE", "high", "bug", "`intake` assigns freezer slots without `_freezer_lock`",
              "Hold `_freezer_lock` from the free-slot search through the assignment and the counter update.",
              d=+1, symbol="intake", conf=0.85),
            F("GALLERY-PHONE-LEAK", "high", "security", "Public gallery exposes client names and phone numbers",
              "Select only species, mount and photo for the unauthenticated gallery.", symbol="gallery", conf=0.9),
            F("GALLERY-RACE", "low", "performance", "Gallery cache refresh is not synchronised (thundering herd)",
              "Guard the check-and-refill with a lock so one request rebuilds the cache.",
              d=-2, symbol="gallery", conf=0.6),
            F("LABEL-EXIT-IGNORED", "low", "bug", "Print failures are reported as success",
              "Check `returncode` (or `check=True`) and return 502 when `lp` fails.", symbol="print_label", conf=0.6),
            F("PROTECTED-CASE", "medium", "security", "Imported protected species are not normalised",
              "Store `name.strip().lower()`; `create_commission` compares lower-cased names, so `Barn Owl` never matches.",
              symbol="import_species", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("PERMIT-DOC-TRAVERSAL", "high", "security", "Arbitrary file read via ?file= on permit documents",
              "Serve the stored document name only; reject '/' and '..'.", d=-1),
            F("LABEL-SHELL", "high", "security", "Command injection: printer/copies interpolated into lp command with shell=True",
              "argv list, int(copies), allowlist printer.", d=-2),
            F("SEARCH-SQLI-SPECIES", "high", "security", "SQL injection in /staff/search (species)",
              "Bind the LIKE pattern as a parameter.", d=-2),
            F("YAML-UNSAFE", "high", "security", "import_species uses yaml.load(Loader=yaml.Loader)",
              "yaml.safe_load.", d=-1),
            F("COMMISSION-IDOR", "high", "security", "GET /commissions/<cid> not scoped to the calling client",
              "WHERE id = ? AND client_id = ?.", d=-1),
            F("CLIENT-FAILS-OPEN", "high", "security", "client_key is a no-op without CLIENT_SECRET",
              "Abort 503 when the secret is missing.", d=-1),
            F("CLIENT-PRICE", "medium", "bug", "Commission price is client-controlled",
              "Compute price server-side."),
            F("REFUND-REPEAT", "medium", "bug", "Repeated cancel inserts another refund each time",
              "Guard on status; make cancel idempotent.", d=+1),
            F("PAGE-OFFSET", "low", "bug", "page=1 returns the second page", "(page - 1) * size.", d=-2),
            F("PERMIT-EXPIRY-DAY", "low", "bug", "Expiry date itself counted as expired", "<=", d=-1),
            F("FREEZER-LAST-SLOT", "low", "bug", "range(1, FREEZER_SLOTS) excludes the last slot", "+1"),
            F("GALLERY-PHONE-LEAK", "medium", "security", "Unauthenticated /gallery returns client_phone",
              "Drop client_name/client_phone from the select."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `hidemount` Flask application, which manages taxidermy commissions, freezer
        intake and specimen permits. My review focused on security vulnerabilities, data protection and the
        correctness of the business rules.

        **Overall assessment**

        The application has several serious vulnerabilities. User-controlled input reaches the filesystem, the
        shell, the SQL engine and the YAML deserializer without validation. In addition, personally identifiable
        information of clients is exposed on public endpoints.

        **Security findings**
        """,
        Block([
            F("PERMIT-DOC-TRAVERSAL", "Critical", "Path Traversal", "Path Traversal in Permit Document Endpoint",
              "Validate the file name with `werkzeug.utils.secure_filename` and verify the resolved path.", d=-1,
              desc="The `file` query parameter is read from the request and joined with `PERMIT_DIR`. A request such as `?file=../../../etc/passwd` reads arbitrary files."),
            F("LABEL-SHELL", "Critical", "Command Injection", "OS Command Injection in Label Printing",
              "Use a list of arguments and avoid `shell=True`.", d=-1, sd=-3, n=3),
            F("YAML-UNSAFE", "Critical", "Insecure Deserialization", "Insecure YAML Deserialization",
              "Replace `yaml.load` with `yaml.safe_load`.",
              desc="`yaml.Loader` allows instantiation of arbitrary Python objects from the uploaded document."),
            F("SEARCH-SQLI-SPECIES", "High", "SQL Injection", "SQL Injection in Staff Search",
              "Use parameterized queries.", d=+1),
            F("SEARCH-SQLI-ORDER", "High", "SQL Injection", "Unvalidated ORDER BY Clause",
              "Whitelist the sortable columns."),
            F("CLIENT-FAILS-OPEN", "High", "Broken Authentication", "Authentication Bypass When Secret Is Missing",
              "Require `CLIENT_SECRET` at startup.", sd=-2, n=3),
            F("COMMISSION-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Commissions",
              "Filter the query by the authenticated client id.", sd=-2, n=3),
            F("PERMIT-NOT-VERIFIED", "Medium", "Broken Access Control", "Permit Number Is Not Validated",
              "Check the permit against the `permits` table.", d=+1, sd=-1, n=3,
              desc="For protected species only the presence of `permit_no` is checked; a fabricated number is accepted."),
            F("GALLERY-PHONE-LEAK", "Medium", "Information Disclosure", "PII Exposure in Public Gallery",
              "Remove `client_name` and `client_phone` from the gallery query."),
            F("CSV-FORMULA", "Low", "Injection", "CSV Formula Injection in Export",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a single quote."),
        ], wrap="list"),
        """
        **Logic and reliability findings**
        """,
        Block([
            F("CLIENT-PRICE", "High", "Business Logic", "Client-Controlled Pricing",
              "Do not accept a price from the client."),
            F("PAGE-OFFSET", "Medium", "Logic Error", "Incorrect Pagination Offset",
              "Compute the offset as `(page - 1) * size`.", sd=-2, n=3),
            F("PERMIT-USES-OVER", "Medium", "Logic Error", "Permit Usage Limit Off By One",
              "Use a strict comparison."),
            F("FREEZER-LAST-SLOT", "Low", "Logic Error", "Last Freezer Slot Unreachable",
              "Include `FREEZER_SLOTS` in the range.", d=+1, sd=-1, n=3),
            F("FREEZER-RACE", "High", "Race Condition", "Duplicate Freezer Slot Assignment Under Concurrency",
              "Use `_freezer_lock` around the slot allocation.", d=-3,
              desc="Two concurrent intake requests can compute the same `free` list and both take the first slot, so two specimens are recorded in one slot."),
            U({"severity": "Info", "category": "Style", "description": "Consider adding type hints and docstrings to the route handlers."}),
            F("GALLERY-RACE", "Low", "Caching", "Non-Atomic Cache Update",
              "Update the cache under a lock.", d=+1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PERMIT-DOC-TRAVERSAL", "error", "security", "path traversal via ?file=", "only serve permit['document']"),
            F("LABEL-SHELL", "error", "security", "shell=True with request args in lp", "argv list"),
            F("YAML-UNSAFE", "error", "security", "yaml.load with full loader", "safe_load"),
            F("SEARCH-SQLI-SPECIES", "error", "security", "sql injection in staff search", "parameters"),
            F("COMMISSION-IDOR", "warning", "security", "commission readable by any client", "filter by client_id"),
            F("GALLERY-PHONE-LEAK", "warning", "security", "gallery leaks phone numbers", "drop client_phone"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("CLIENT-PRICE", "warning", "", "price comes from the request body", "server-side price"),
            F("PAGE-SIZE-UNBOUNDED", "warning", "performance", "size not capped", "min(size, 100)"),
            F("FREEZER-RACE", "warning", "bug", "freezer dict mutated without the lock", "with _freezer_lock"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Critical: file read, command execution and object deserialization reachable from HTTP parameters.
        2. Access control: commissions, permits and the gallery expose other clients' data.
        3. Correctness: pricing, refunds, paging and permit limits.
        4. Concurrency: freezer allocation and the gallery cache.
        """,
        Block([
            F("PERMIT-DOC-TRAVERSAL", "blocker", "security", "Directory traversal in permit document download",
              "Restrict to the stored document name.", conf=0.9),
            F("PERMIT-DOC-IDOR", "major", "security", "Permit documents are not restricted to their owner",
              "Join permits to the client's commissions before serving.", conf=0.7),
            F("LABEL-SHELL", "blocker", "security", "Command injection in print_label",
              "Use subprocess with a list.", d=-1, conf=0.9),
            F("LABEL-EXIT-IGNORED", "minor", "reliability", "Print command result not checked",
              "Inspect the return code.", conf=0.6),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML load", "Use safe_load.", conf=0.9),
            F("SEARCH-SQLI-SPECIES", "blocker", "security", "SQL injection via species parameter",
              "Bind parameters.", d=-2, conf=0.85),
            F("SEARCH-SQLI-ORDER", "major", "security", "SQL injection via order parameter",
              "Allowlist the order column.", d=-1, conf=0.8),
            F("CLIENT-FAILS-OPEN", "major", "security", "Client authentication disabled without secret",
              "Fail closed.", conf=0.8),
            F("CLIENT-TOKEN-TIMING", "minor", "security", "Non-constant-time token comparison",
              "Use hmac.compare_digest.", conf=0.6),
            F("COMMISSION-IDOR", "major", "security", "Broken object level authorization on commission details",
              "Scope by client id.", conf=0.85),
            F("CLIENT-PRICE", "major", "correctness", "Price accepted from request body",
              "Ignore client price.", conf=0.85),
            F("MOUNT-UNKNOWN-FREE", "minor", "correctness", "Mount type not validated",
              "Validate against MOUNT_PRICES.", d=-1, conf=0.7),
            F("REFUND-REPEAT", "major", "correctness", "Deposit can be refunded multiple times",
              "Check for cancelled status.", conf=0.8),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination off-by-one",
              "Use (page - 1) * size.", d=-1, conf=0.7),
            F("PERMIT-EXPIRY-DAY", "minor", "correctness", "Permit invalid on expiry date",
              "Use <=.", conf=0.6),
            F("INTAKE-UNKNOWN-COMMISSION", "minor", "reliability", "Intake does not verify the commission",
              "Check that the commission exists and is in 'received' status before taking a slot.", conf=0.6),
            F("FREEZER-RACE", "major", "concurrency", "Intake counter and freezer map updated without lock",
              "Acquire _freezer_lock.", d=+2, conf=0.8),
            F("GALLERY-RACE", "minor", "concurrency", "Gallery cache is not thread-safe",
              "Use a lock.", conf=0.6),
        ], wrap="object+summary", summary="18 issues: 4 blocker, 7 major, 7 minor"),
    ]),
}
