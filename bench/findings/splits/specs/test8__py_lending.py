"""test8/py-lending: a Flask + SQLite library lending desk (catalogue, covers, loans, holds, fines). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test8, issue 15) that had not seen the merger code, its "
    "results, its tuning answers or any other split's answers or repositories. Eighth frozen test split: seeded "
    "problems in a small library lending API; five agents' answers by hand. Score once, never tune on it."
)

APP = "app.py"
AUTH = "auth.py"
LOANS = "loans.py"

PROBLEMS = {
    "PIN-SHA1": P(AUTH, "return hashlib.sha1(pin.encode())", "security", "PINs hashed with one unsalted SHA-1 round: a 4-digit PIN table is trivial", "signature-vs-statement"),
    "PIN-COMPARE": P(AUTH, "return stored == hash_pin(pin)", "security", "PIN hash compared with == (not constant-time)"),
    "HARDCODED-SECRET": P(AUTH, 'SECRET = "lending-dev-secret"', "security", "JWT signing secret hard-coded in the source"),
    "TOKEN-SPLIT-CRASH": P(AUTH, 'token = header.split(" ")[1]', "bug", "missing or malformed Authorization header raises IndexError: a 500 instead of a 401"),
    "TOKEN-ALG-NONE": P(AUTH, 'algorithms=["HS256", "none"]', "security", "decode accepts alg none: unsigned tokens with any sub/role pass"),
    "SEARCH-SQLI": P(APP, "WHERE title LIKE '%{q}%'", "security", "q interpolated into the LIKE pattern of the search SQL (injection)"),
    "SORT-SQLI": P(APP, "WHERE title LIKE '%{q}%'", "security", "order from the query string pasted into ORDER BY (injection)", "source-vs-sink"),
    "PAGE-OFFSET": P(APP, "OFFSET {page * PAGE_SIZE}", "bug", "page defaults to 1 but the offset is page * PAGE_SIZE: the first page of results is never shown", "off-by-one"),
    "COVER-TRAVERSAL": P(APP, 'return send_file(f"{COVERS_DIR}/{name}")', "security", "file parameter joined to COVERS_DIR: ../ reads any file", "source-vs-sink"),
    "RETURN-IDOR": P(APP, 'SELECT * FROM loans WHERE id = ?', "security", "any member can return (and clear) anyone's loan: member_id is read but never compared", "signature-vs-statement"),
    "RETURN-NONE": P(APP, 'fine = fine_for(date.fromisoformat(row["due"])', "bug", "unknown loan id: row is None and row['due'] raises, a 500"),
    "RETURN-NOCOMMIT": P(APP, "UPDATE loans SET returned = 1, fine = ?", "bug", "the return UPDATE is never committed: the loan stays open"),
    "PROFILE-IDOR": P(APP, "    current_member()", "security", "any logged-in member reads any other member's profile", "signature-vs-statement"),
    "PROFILE-LEAK": P(APP, "SELECT * FROM members WHERE id = ?", "security", "SELECT * returns pin_hash (and card number) to the client"),
    "ADMIN-DEBUG-BYPASS": P(APP, 'request.args.get("debug") != "1"', "security", "?debug=1 skips the admin check on fine waivers"),
    "WAIVE-SQLI": P(APP, 'f"UPDATE loans SET fine = 0 WHERE id = {loan_id}"', "security", "loan_id from the JSON body formatted into the UPDATE (injection)", "source-vs-sink"),
    "EXTRA-DB-NOT-CLOSED": P(APP, "g.db = sqlite3.connect(DB_PATH)", "bug", "extra, one agent: per-request connection never closed (no teardown_appcontext)"),
    "EXTRA-HOLD-ON-LIMIT": P(APP, "position = holds.place(book_id, member_id)", "bug", "extra, one agent: any ValueError (incl. the loan limit) puts the member on the hold queue"),
    "FINE-OFF-BY-ONE": P(LOANS, "late = (returned - due).days + 1", "bug", "+1: a book returned on its due date is fined a day", "off-by-one"),
    "FINE-NEGATIVE": P(LOANS, "return min(late * DAILY_FINE, FINE_CAP)", "bug", "no floor at zero: early returns produce a negative fine (a credit)"),
    "LIMIT-OFF-BY-ONE": P(LOANS, "> MAX_LOANS:", "bug", "> instead of >=: a member can hold MAX_LOANS + 1 books", "off-by-one"),
    "CHECKOUT-RACE": P(LOANS, 'if row["copies"] > 0:', "bug", "check-then-decrement of copies without the (unused) lock: the last copy is lent twice, copies go negative", "critical-section"),
    "COUNT-RACE": P(LOANS, "self.active[member_id] = self.active.get(member_id, 0) + 1", "bug", "active-loan count and checkouts counter updated unlocked from request threads: lost increments, limit bypass", "critical-section"),
    "HOLD-EMPTY": P(LOANS, "return queue.pop()", "bug", "pop on an empty hold list raises IndexError: every return of a book nobody holds fails"),
    "HOLD-LIFO": P(LOANS, "return queue.pop()", "bug", "pop() takes the newest hold, not the oldest: the queue is served last-come-first"),
}

CONFUSABLE = [
    ("TOKEN-SPLIT-CRASH", "TOKEN-ALG-NONE"),
    ("SEARCH-SQLI", "SORT-SQLI"),
    ("SORT-SQLI", "PAGE-OFFSET"),
    ("RETURN-IDOR", "RETURN-NONE"),
    ("RETURN-NONE", "RETURN-NOCOMMIT"),
    ("PROFILE-IDOR", "PROFILE-LEAK"),
    ("ADMIN-DEBUG-BYPASS", "WAIVE-SQLI"),
    ("FINE-OFF-BY-ONE", "FINE-NEGATIVE"),
    ("CHECKOUT-RACE", "COUNT-RACE"),
    ("HOLD-EMPTY", "HOLD-LIFO"),
    ("LIMIT-OFF-BY-ONE", "CHECKOUT-RACE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        I read `app.py`, `auth.py` and `loans.py` (Flask + sqlite3, PyJWT).

        | Area | Verdict |
        |------|---------|
        | Authentication | broken: tokens with `alg: none` are accepted |
        | Catalogue search | SQL injection in two places |
        | Loans / returns | authorization missing, return never committed, races in `LoanBook.checkout` |
        | Fines | off by a day |

        **Top priorities**

        1. Drop `"none"` from the accepted algorithms; today anyone can mint an admin token.
        2. Parameterise the search and waiver SQL.
        3. Enforce ownership on returns and profiles.
        4. Take `self.lock` around the whole checkout.
        """,
        Block([
            F("TOKEN-ALG-NONE", "critical", "security", "JWT decode accepts unsigned `alg: none` tokens",
              "Pass `algorithms=[\"HS256\"]` only; PyJWT then rejects unsigned tokens.", symbol="read_token", conf=0.93),
            F("SEARCH-SQLI", "critical", "security", "SQL injection through the `q` search term",
              "Bind the pattern: `WHERE title LIKE ?` with `(f\"%{q}%\",)`.", symbol="search_books", conf=0.95),
            F("SORT-SQLI", "high", "security", "Unvalidated `order` parameter reaches ORDER BY",
              "Map `order` through an allow-list ({'title', 'author'}); identifiers cannot be bound.",
              symbol="search_books", conf=0.9),
            F("WAIVE-SQLI", "high", "security", "`loan_id` is formatted into the waiver UPDATE",
              "Use `WHERE id = ?`; the JSON body can carry a string such as `0 OR 1=1`.", symbol="waive_fine", conf=0.88),
            F("ADMIN-DEBUG-BYPASS", "critical", "security", "`?debug=1` bypasses the admin role check",
              "Remove the debug escape hatch.", symbol="waive_fine", conf=0.94),
            F("RETURN-IDOR", "high", "security", "Returning a loan does not check that it belongs to the caller",
              "Add `AND member_id = ?` to the lookup and 404 otherwise.", d=-2, n=2, symbol="give_back", conf=0.85),
            F("RETURN-NOCOMMIT", "high", "bug", "Return is never committed",
              "Call `db().commit()` after the UPDATE, as `waive_fine` does.", symbol="give_back", conf=0.82),
            F("PROFILE-IDOR", "high", "security", "Member profiles readable by any authenticated member",
              "Compare `member_id` with the token's `sub` (or require the librarian role).", symbol="member_profile", conf=0.86),
            F("PROFILE-LEAK", "medium", "security", "Profile endpoint returns the PIN hash",
              "Select explicit columns; never return `pin_hash`.", symbol="member_profile", conf=0.84),
            F("COVER-TRAVERSAL", "high", "security", "Path traversal in cover download",
              "Use `send_from_directory(COVERS_DIR, name)` or ignore `file` and serve `{book_id}.jpg`.", symbol="cover", conf=0.87),
            F("CHECKOUT-RACE", "high", "bug", "Copies check and decrement are not atomic",
              "Two concurrent borrowers can both see `copies == 1`; `self.lock` exists but is never taken. Hold it for "
              "the whole check-and-update, or do `UPDATE ... SET copies = copies - 1 WHERE id = ? AND copies > 0` and check rowcount.",
              d=-1, n=3, symbol="LoanBook.checkout", conf=0.8),
            F("LIMIT-OFF-BY-ONE", "medium", "bug", "Loan limit lets a member borrow six books",
              "`> MAX_LOANS` only refuses the seventh; use `>=`.", symbol="LoanBook.checkout", conf=0.83),
            F("FINE-OFF-BY-ONE", "medium", "bug", "Books returned on the due date are charged a day",
              "Drop the `+ 1`: `(returned - due).days` is 0 on the due date.", symbol="fine_for", conf=0.8),
            F("FINE-NEGATIVE", "medium", "bug", "Early returns yield a negative fine",
              "Clamp: `max(0, min(late * DAILY_FINE, FINE_CAP))`.", symbol="fine_for", conf=0.78),
            F("HOLD-EMPTY", "high", "bug", "Returning a book with no holds raises IndexError",
              "`queue.pop()` on `[]` raises; `give_back` calls it unconditionally. Return None when the queue is empty.",
              symbol="HoldQueue.next_for", conf=0.85),
            F("EXTRA-HOLD-ON-LIMIT", "low", "bug", "Members at their loan limit are silently put on hold",
              "`borrow` treats every ValueError as 'no copies'; distinguish the limit error and do not queue a hold for it.",
              symbol="borrow", conf=0.6),
            F("PIN-SHA1", "medium", "security", "PINs stored as unsalted SHA-1",
              "Use a slow salted KDF (argon2/bcrypt/scrypt); a 4-digit PIN space is searchable instantly.",
              d=-1, symbol="hash_pin", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed app.py, auth.py, loans.py; 15 findings.",
        Block([
            F("TOKEN-ALG-NONE", "critical", "security", "read_token allows alg=none", "Only HS256."),
            F("SORT-SQLI", "high", "security", "ORDER BY built from request arg `order`", "Allow-list columns.", d=-2),
            F("SEARCH-SQLI", "high", "security", "LIKE clause interpolates q", "Parameter binding."),
            F("WAIVE-SQLI", "high", "security", "waive_fine: loan_id from body into f-string SQL", "Bind loan_id.", d=-1),
            F("COVER-TRAVERSAL", "high", "security", "cover(): `file` query param is a path", "send_from_directory.", d=-1),
            F("RETURN-NONE", "medium", "bug", "give_back: fetchone() result used without None check", "404 when missing.", d=-1),
            F("RETURN-NOCOMMIT", "high", "bug", "return UPDATE not committed", "commit()."),
            F("PROFILE-IDOR", "high", "security", "member_profile: no ownership check", "Compare with token sub.", d=-1),
            F("CHECKOUT-RACE", "medium", "bug", "checkout: copies read/decrement race", "Conditional UPDATE or lock.", d=-1),
            F("COUNT-RACE", "low", "bug", "self.checkouts += 1 unsynchronised", "Guard with self.lock.", d=+1),
            F("FINE-NEGATIVE", "low", "bug", "fine_for returns negative values for early returns", "max(0, ...)."),
            F("HOLD-EMPTY", "medium", "bug", "next_for pops empty list", "Guard empty queue."),
            F("PAGE-OFFSET", "low", "bug", "page=1 skips the first PAGE_SIZE rows", "(page - 1) * PAGE_SIZE.", d=-2),
            F("TOKEN-SPLIT-CRASH", "low", "bug", "Authorization header without a space -> IndexError", "Return 401."),
            F("HARDCODED-SECRET", "medium", "security", "JWT secret is a literal", "Read from env."),
        ], wrap="list", indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the library lending service. The code is compact and readable, but there are
        several serious security vulnerabilities as well as some logic errors in the loan and fine handling.

        ### Security

        The most serious problems are in how the service builds SQL and trusts tokens. Several endpoints also lack
        authorization checks entirely.
        """,
        Block([
            F("SEARCH-SQLI", "critical", "SQL Injection", "SQL Injection in Book Search",
              "Use parameterized queries for both the search term and the sort column.",
              desc="Both the `q` search parameter and the `order` parameter are inserted directly into the SQL string.",
              n=2, sd=-1),
            F("HARDCODED-SECRET", "high", "Sensitive Data Exposure", "Hardcoded JWT Secret",
              "Load the secret from an environment variable or a secrets manager."),
            F("PIN-COMPARE", "medium", "Broken Authentication", "Timing Attack on PIN Verification",
              "Use `hmac.compare_digest()` to compare the hashes."),
            F("PIN-SHA1", "high", "Cryptography", "Weak Hashing Algorithm for PINs",
              "Use bcrypt or argon2 with a per-member salt."),
            F("PROFILE-LEAK", "high", "Information Disclosure", "Member Profile Exposes Sensitive Fields",
              "Return only the public fields of the member.",
              desc="`SELECT *` includes `pin_hash` and the library card number, which are serialized straight into the response."),
            F("TOKEN-ALG-NONE", "critical", "Broken Authentication", "JWT 'none' Algorithm Accepted",
              "Restrict `algorithms` to `[\"HS256\"]`.",
              desc="Listing `none` lets an attacker send an unsigned token with any `sub` and `role`, including admin."),
            F("WAIVE-SQLI", "high", "SQL Injection", "SQL Injection in Fine Waiver",
              "Use a `?` placeholder for the loan id.", d=-1),
            F("ADMIN-DEBUG-BYPASS", "critical", "Broken Access Control", "Authorization Bypass via Debug Parameter",
              "Remove the `debug` check."),
            F("COVER-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Cover Endpoint",
              "Validate the file name or use `werkzeug.utils.safe_join`.", d=-1, sd=0),
        ], wrap="list"),
        """
        ### Correctness

        The loan bookkeeping has a few logic errors that would show up quickly in production.
        """,
        Block([
            F("HOLD-LIFO", "medium", "Logic Error", "Hold Queue Serves the Newest Request First",
              "Use `queue.pop(0)` or a `collections.deque` with `popleft()`.",
              desc="The class docstring says the member who asked first gets the next copy, but `list.pop()` removes the last element."),
            U({"severity": "info", "category": "style", "description": "Consider using SQLAlchemy instead of raw sqlite3 calls for maintainability."}),
            F("FINE-OFF-BY-ONE", "medium", "Logic Error", "Incorrect Late Fee Calculation",
              "Remove the `+ 1` from the days late.", d=1, sd=0, n=2),
            F("LIMIT-OFF-BY-ONE", "low", "Logic Error", "Loan Limit Check Is Off by One",
              "Change `>` to `>=`.", d=1, sd=0),
            F("COUNT-RACE", "medium", "Race Condition", "Race Condition in Loan Counters",
              "Protect `self.active` and `self.checkouts` with `self.lock`.",
              desc="Flask serves requests on several threads; the read-modify-write of the per-member count can lose updates, letting a member exceed the loan limit.",
              n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("TOKEN-ALG-NONE", "error", "security", "none algorithm accepted in jwt.decode", "remove \"none\""),
            F("SORT-SQLI", "error", "security", "sql injection via order param", "whitelist sort columns", d=-2),
            F("WAIVE-SQLI", "error", "security", "sql injection in waive_fine", "use ? placeholder"),
            F("RETURN-IDOR", "warning", "security", "give_back doesn't verify loan owner", "filter by member_id"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("CHECKOUT-RACE", "warning", "", "lock is never acquired in checkout", "with self.lock: around the body", d=+1),
            F("HOLD-EMPTY", "warning", "bug", "IndexError when no holds", "check queue first"),
            F("FINE-OFF-BY-ONE", "warning", "bug", "fine charged on due date", "remove + 1"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. **Injection**: raw f-string SQL in the catalogue search and the fine waiver.
        2. **Access control**: loans and member profiles are not scoped to the caller; admin check bypassable.
        3. **Token handling**: malformed headers crash the request.
        4. **Concurrency**: `LoanBook` shares mutable state between request threads without locking.
        5. **Resource handling**: SQLite connections are opened per request and never closed.
        """,
        Block([
            F("SEARCH-SQLI", "blocker", "security", "SQL injection via search term `q`", "Use placeholders.", d=-3, conf=0.9),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination skips the first page", "Offset should be (page - 1) * PAGE_SIZE.",
              d=-1, sd=0, n=2, conf=0.7),
            F("WAIVE-SQLI", "blocker", "security", "SQL injection in fine waiver", "Use placeholders.", conf=0.85),
            F("ADMIN-DEBUG-BYPASS", "blocker", "security", "Admin check can be skipped with a query flag", "Remove debug flag.", conf=0.9),
            F("RETURN-NONE", "major", "correctness", "Missing loan causes TypeError",
              "Return 404 if the loan does not exist.", conf=0.75),
            F("PROFILE-IDOR", "major", "security", "Insecure direct object reference on /members/<id>",
              "Restrict to own profile.", d=-1, conf=0.8),
            F("TOKEN-SPLIT-CRASH", "major", "correctness", "Malformed Authorization header raises IndexError",
              "Validate the header format and respond 401.", conf=0.8),
            F("COUNT-RACE", "major", "concurrency", "Unsynchronized update of shared loan counters",
              "Use self.lock for every mutation of active/checkouts.", d=-1, n=2, conf=0.7),
            F("CHECKOUT-RACE", "major", "concurrency", "Last copy can be checked out twice",
              "Make the availability check and the decrement one atomic UPDATE.", d=+1, conf=0.75),
            F("EXTRA-DB-NOT-CLOSED", "minor", "resource-leak", "SQLite connection is never closed",
              "Register a teardown_appcontext handler that closes g.db.", conf=0.65),
        ], wrap="object+summary", summary="10 issues: 3 blocker, 5 major, 2 minor"),
    ]),
}
