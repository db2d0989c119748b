"""test83/py-haynetrota: a livery yard desk (stables, feed rotas, turnout, farrier visits, fees). Python, Flask + SQLite.

Written 2026-12-06 by a helper session (branch test83, issue 15) that had not seen the merger code, its scores,
or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the format). Frozen: score once.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test83: seeded problems in a livery yard desk; five agents' answers written by hand."
)

A = "livery/app.py"
PROBLEMS = {
    "OWNER-FAILS-OPEN": P(A, "if OWNER_SECRET and token != owner_token(owner_id):", "security", "OWNER_SECRET unset (default ''): the check is skipped and X-Owner-Id alone picks any owner"),
    "OWNER-TOKEN-TIMING": P(A, "if OWNER_SECRET and token != owner_token(owner_id):", "security", "owner token compared with != instead of hmac.compare_digest (timing)"),
    "STABLES-ORDER-SQLI": P(A, 'ORDER BY {order}"', "security", "order query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "HORSE-BAND-UNCHECKED": P(A, 'data.get("band", "grass"), data.get("stable_id")', "bug", "band not checked against FEE_BANDS: an unknown band later crashes the fee statement"),
    "HORSE-STABLE-UNCHECKED": P(A, 'data.get("band", "grass"), data.get("stable_id")', "bug", "stable_id taken from the owner unchecked: a horse can be put in an occupied or missing stable"),
    "HORSE-IDOR": P(A, 'row = db().execute("SELECT * FROM horses WHERE id = ?"', "security", "horse details (passport number, owner) returned for any horse id, no owner check", "signature-vs-statement"),
    "ROTA-CACHE-DAY": P(A, 'if _rota_cache["rows"] is not None and now - _rota_cache["at"] < 300:', "bug", "rota cache ignores the day: the first day asked is served for every day for 5 minutes"),
    "FEED-SLOT-OOB": P(A, "if slot > len(FEED_SLOTS):", "bug", "slot == 3 passes the check and FEED_SLOTS[3] raises; negative slots index from the end", "off-by-one"),
    "TURNOUT-RACE": P(A, "if not full:", "bug", "paddock count read, checked and written without _turnout_lock: concurrent turnouts overfill the paddock", "critical-section"),
    "TURNOUT-DOUBLE-COUNT": P(A, "_turnout_counts[paddock] = count + 1", "bug", "a horse already out (or in another paddock) is counted again; its old paddock is never decremented"),
    "ASSIGN-RACE": P(A, 'if row["horse_id"] is not None:', "bug", "stable free-check then UPDATE without a transaction or conditional update: two horses get one stable", "critical-section"),
    "ASSIGN-OLD-STABLE": P(A, 'db().execute("UPDATE stables SET horse_id = ? WHERE id = ?"', "bug", "the horse's previous stable keeps pointing at it (and the horse id is never checked to exist)"),
    "FARRIER-PAST": P(A, 'when = datetime.fromisoformat(data["when"])', "bug", "farrier visit time not checked: past dates and naive/aware mixes accepted and billed"),
    "FARRIER-NOT-OWNER": P(A, 'horse_id = int(data["horse_id"])', "security", "farrier visit booked for any horse id, not checked to belong to the owner (billed to them)"),
    "FARRIER-PAGE-OFFSET": P(A, "(day, size, page * size),", "bug", "page is 1-based but OFFSET is page * size: the first page is never shown", "off-by-one"),
    "FARRIER-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", 20))', "performance", "size unbounded (and negative size means no limit in SQLite)"),
    "FEE-ARRIVED-LATER": P(A, 'start = max(date.fromisoformat(h["arrived"]), first)', "bug", "a horse that arrives after the month gets a negative stay and a negative fee"),
    "FEE-STAY-OFF-BY-ONE": P(A, "stay = (last - start).days", "bug", "stay excludes the last day: a full month bills 30/31, a horse arriving on the last day pays nothing", "off-by-one"),
    "FEE-N-PLUS-ONE": P(A, "visits = db().execute(", "performance", "one farrier COUNT query per horse inside the loop"),
    "PASSPORT-TRAVERSAL": P(A, "path = os.path.join(PASSPORT_DIR, name)", "security", "file query value joined to PASSPORT_DIR: ../ or an absolute path reads any file", "source-vs-sink"),
    "PASSPORT-NOT-OWNER": P(A, 'return send_file(path, mimetype="application/pdf")', "security", "any owner can fetch any horse's passport scan: horse_id not checked against g.owner_id"),
    "NOTICE-SHELL": P(A, "cmd = f\"echo '{text}' | lp -n {copies} -d tackroom\"", "security", "notice text and copies formatted into a shell command line", "source-vs-sink"),
    "YAML-UNSAFE": P(A, "records = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on a request body: arbitrary object construction", "signature-vs-statement"),
}

CONFUSABLE = [
    ("OWNER-FAILS-OPEN", "OWNER-TOKEN-TIMING"),
    ("HORSE-BAND-UNCHECKED", "HORSE-STABLE-UNCHECKED"),
    ("TURNOUT-RACE", "TURNOUT-DOUBLE-COUNT"),
    ("ASSIGN-RACE", "ASSIGN-OLD-STABLE"),
    ("FARRIER-PAST", "FARRIER-NOT-OWNER"),
    ("FARRIER-PAGE-OFFSET", "FARRIER-SIZE-UNBOUNDED"),
    ("FEE-ARRIVED-LATER", "FEE-STAY-OFF-BY-ONE"),
    ("FEE-STAY-OFF-BY-ONE", "FEE-N-PLUS-ONE"),
    ("PASSPORT-TRAVERSAL", "PASSPORT-NOT-OWNER"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `livery/app.py` is a single Flask module backed by SQLite. Two authentication schemes exist: the
        yard-staff key (`yard_only`) is done right, failing closed with `hmac.compare_digest`; the owner
        scheme (`owner_required`) is not, and most owner-facing handlers then trust ids from the request.

        | Priority | Area | Issues |
        |---|---|---|
        | P0 | Owner auth, passports | 3 |
        | P1 | Injection (SQL, shell, YAML) | 3 |
        | P1 | Stable / paddock state | 3 |
        | P2 | Fees and paging arithmetic | 3 |

        Things I checked that are fine: every query except `/stables` binds its parameters, `bring_in`
        decrements under `_turnout_lock`, and `monthly_fees` checks the owner before reading anything.
        """,
        Block([
            F("OWNER-FAILS-OPEN", "critical", "security", "Owner authentication is skipped when `OWNER_SECRET` is unset",
              "Refuse to start (or return 503) when `OWNER_SECRET` is empty; today any caller sets `X-Owner-Id` and becomes that owner.",
              symbol="owner_required.wrapper", conf=0.9),
            F("PASSPORT-TRAVERSAL", "high", "security", "Path traversal in `/passports/<horse_id>` via the `file` parameter",
              "Ignore the query value and serve `f\"{horse_id}.pdf\"`, or resolve the path and check it stays under `PASSPORT_DIR`.",
              symbol="passport", conf=0.9),
            F("PASSPORT-NOT-OWNER", "high", "security", "Passport scans are served for horses the caller does not own",
              "Look the horse up and compare `owner_id` with `g.owner_id` before `send_file`.",
              symbol="passport", conf=0.8),
            F("STABLES-ORDER-SQLI", "high", "security", "SQL injection through the `order` parameter of `/stables`",
              "Map `order` through an allow-list (`{\"name\": \"name\", \"block\": \"block\"}`) instead of formatting it into the SQL.",
              d=-1, sd=0, symbol="list_stables", conf=0.9),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with `yaml.Loader` on the request body",
              "Use `yaml.safe_load`; the full loader can construct arbitrary Python objects.",
              symbol="import_horses", conf=0.85),
            F("NOTICE-SHELL", "medium", "security", "Notice printing builds a shell command from form fields",
              "Pass the text on stdin to `[\"lp\", \"-n\", str(int(copies)), \"-d\", \"tackroom\"]` without `shell=True`.",
              d=+1, symbol="print_notice", conf=0.8),
        ]),
        "State and arithmetic:",
        Block([
            F("TURNOUT-RACE", "medium", "bug", "Paddock capacity check is not atomic",
              "Hold `_turnout_lock` around the read, the check and the increment, as `bring_in` already does.",
              d=-2, n=3, symbol="turnout", conf=0.8),
            F("ASSIGN-RACE", "medium", "bug", "Stable assignment can give one stable to two horses",
              "Use `UPDATE stables SET horse_id = ? WHERE id = ? AND horse_id IS NULL` and check `rowcount`.",
              symbol="assign_stable", conf=0.75),
            F("FEE-STAY-OFF-BY-ONE", "medium", "bug", "Monthly fee under-counts the stay by one day",
              "`stay = (last - start).days + 1`; today a full 31-day month bills 30/31 of the band fee.",
              n=2, symbol="monthly_fees", conf=0.85),
            F("FEE-ARRIVED-LATER", "low", "bug", "Horses arriving after the statement month get a negative fee",
              "Skip horses whose `arrived` date is after `last`.", symbol="monthly_fees", conf=0.7),
            F("FARRIER-PAGE-OFFSET", "low", "bug", "`/farrier/day` skips the first page",
              "Use `OFFSET (page - 1) * size` and reject `page < 1`.", d=-1, symbol="farrier_day", conf=0.8),
            F("HORSE-BAND-UNCHECKED", "low", "bug", "Livery band is not validated on registration",
              "Reject bands not in `FEE_BANDS`; `monthly_fees` raises `KeyError` for them.",
              symbol="add_horse", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("STABLES-ORDER-SQLI", "high", "security", "SQLi: ?order= interpolated into ORDER BY",
              "allow-list columns.", d=-2),
            F("OWNER-TOKEN-TIMING", "medium", "security", "owner token compared with != (not constant time)",
              "hmac.compare_digest."),
            F("HORSE-IDOR", "high", "security", "GET /horses/<id> returns any horse, no owner filter",
              "WHERE id = ? AND owner_id = ?.", d=-1),
            F("PASSPORT-TRAVERSAL", "high", "security", "passport(): file param joined to PASSPORT_DIR unchecked",
              "basename + resolve check.", d=-1),
            F("NOTICE-SHELL", "high", "security", "shell=True with form text in print_notice",
              "argv list, text via stdin.", d=-2),
            F("FEED-SLOT-OOB", "medium", "bug", "slot bound check off by one (slot == len passes)",
              "slot < 0 or slot >= len(FEED_SLOTS)."),
            F("TURNOUT-RACE", "medium", "bug", "turnout(): _turnout_counts updated without _turnout_lock",
              "with _turnout_lock: around read/check/write.", d=+1),
            F("ASSIGN-RACE", "medium", "bug", "assign_stable check-then-update race", "conditional UPDATE.", d=-3),
            F("FARRIER-NOT-OWNER", "medium", "security", "book_farrier trusts horse_id from body",
              "verify horse.owner_id == g.owner_id."),
            F("FEE-STAY-OFF-BY-ONE", "medium", "bug", "fee stay days off by one",
              "+1 day (inclusive).", d=+1),
            F("YAML-UNSAFE", "high", "security", "yaml.load with full Loader", "yaml.safe_load.", d=-1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the livery yard application in `livery/app.py`. It is a Flask service that
        manages stables, feeding rotas, paddock turnout, farrier appointments and the monthly livery bill.

        **Overall assessment:** the staff-only endpoints are reasonably protected, but the owner-facing
        endpoints rely on an authentication helper that can be disabled silently, and several handlers
        pass request data straight into SQL, the filesystem or a shell.

        **Security findings**
        """,
        Block([
            F("OWNER-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Owner Authentication Disabled by Default",
              "Fail closed when the secret is missing.", sd=-2, n=3,
              desc="`OWNER_SECRET` defaults to an empty string, and the comparison only runs when it is truthy. In a default deployment every request is accepted and `X-Owner-Id` decides who the caller is."),
            F("STABLES-ORDER-SQLI", "HIGH", "SQL Injection", "SQL Injection in Stable Listing Sort Order",
              "Use a whitelist of sortable columns.", sd=-2, n=3),
            F("HORSE-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Horse Records",
              "Filter by the authenticated owner.", sd=-2, n=3,
              desc="Any authenticated owner can read any horse record, including passport numbers."),
            F("PASSPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Passport Download",
              "Do not accept file names from the query string.", sd=-2, n=3),
            F("YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization in Horse Import",
              "Use `yaml.safe_load`.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Security Misconfiguration", "description": "Consider adding security headers (CSP, HSTS) to all responses."}),
        ], wrap="list"),
        """
        **Logic and reliability findings**
        """,
        Block([
            F("ROTA-CACHE-DAY", "MEDIUM", "Caching", "Feed Rota Cache Ignores the Requested Day",
              "Key the cache by `day`.", sd=-2, n=3,
              desc="The cache holds a single list of rows regardless of the day parameter, so yard staff can be shown tomorrow's rota for today."),
            F("TURNOUT-DOUBLE-COUNT", "MEDIUM", "Logic Error", "Paddock Count Incremented for Horses Already Turned Out",
              "Check the horse's current paddock first.", sd=-2, n=3),
            F("FEED-SLOT-OOB", "MEDIUM", "Logic Error", "Feed Slot Index Validation Allows Out-of-Range Value",
              "Use `>=` and reject negatives.", d=+2, sd=0, n=3),
            F("FARRIER-PAGE-OFFSET", "LOW", "Logic Error", "Incorrect Pagination Offset for Farrier Visits",
              "Subtract one from the page number.", sd=-2, n=3),
            F("FEE-N-PLUS-ONE", "LOW", "Performance", "N+1 Queries When Building Monthly Fees",
              "Count visits with one grouped query.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("OWNER-FAILS-OPEN", "error", "security", "owner auth off when OWNER_SECRET empty", "fail closed"),
            F("PASSPORT-NOT-OWNER", "error", "security", "passport of any horse downloadable", "check owner"),
            F("STABLES-ORDER-SQLI", "error", "security", "sql injection in /stables order", "whitelist"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("HORSE-STABLE-UNCHECKED", "warning", "", "owner can pick any stable_id, even a taken one", "check stable is free"),
            F("TURNOUT-RACE", "warning", "bug", "paddock counter not locked", "use _turnout_lock", d=-2),
            F("FARRIER-SIZE-UNBOUNDED", "info", "performance", "no max on size", "clamp size"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Owner authentication can be bypassed and owner-scoped data is not filtered by owner.
        2. Injection: SQL (sort order), OS command (notice printing), unsafe YAML.
        3. Concurrency on paddock counts and stable assignment.
        4. Billing and farrier booking logic errors.
        """,
        Block([
            F("OWNER-TOKEN-TIMING", "major", "security", "Owner token comparison is not constant-time",
              "Use hmac.compare_digest.", conf=0.7),
            F("OWNER-FAILS-OPEN", "blocker", "security", "Empty OWNER_SECRET disables owner authentication",
              "Require the secret at startup.", conf=0.85),
            F("HORSE-IDOR", "major", "security", "Horse detail endpoint lacks ownership check",
              "Compare the horse's owner_id with the caller.", conf=0.8),
            F("NOTICE-SHELL", "blocker", "security", "OS command injection in notice printing",
              "Avoid shell=True and validate copies.", conf=0.85),
            F("ASSIGN-RACE", "major", "concurrency", "Race condition in stable assignment (check-then-act)",
              "Use an atomic conditional update.", d=+2, conf=0.75),
            F("ASSIGN-OLD-STABLE", "minor", "correctness", "Previous stable not released when a horse is reassigned",
              "Clear the horse's old stable in the same transaction.", conf=0.6),
            F("FARRIER-PAST", "minor", "correctness", "Farrier visits can be booked in the past",
              "Reject dates before now.", conf=0.6),
            F("FARRIER-NOT-OWNER", "major", "security", "Farrier visit can be booked for another owner's horse",
              "Check horse ownership.", d=-1, snippet='when = datetime.fromisoformat(data["when"])', conf=0.75),
            F("FEE-ARRIVED-LATER", "minor", "correctness", "Negative livery fee for horses arriving after the month",
              "Clamp the stay at zero.", conf=0.65),
            F("FEE-STAY-OFF-BY-ONE", "major", "correctness", "Off-by-one in days stayed used for pro-rata fee",
              "Count both the first and the last day.", conf=0.8),
            F("YAML-UNSAFE", "blocker", "security", "Unsafe YAML loading of imported horses",
              "Use yaml.safe_load.", conf=0.9),
        ], wrap="object+summary", summary="11 issues: 3 blocker, 5 major, 3 minor"),
    ]),
}
