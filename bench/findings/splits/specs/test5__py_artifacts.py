"""test5/py-artifacts: a CI artifact store (Python, Flask + SQLite). Fifth frozen test split; labels inline.

Written 2026-12-02 by a helper session (branch test5, issue 15) that had not seen the merger code, its results,
the scorer, or any other split's answers or specs apart from specs/tune2__py_snapctl.py (read for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Fifth frozen test split (test5, score once): seeded problems in a small CI artifact store "
    "(Flask + SQLite, blob storage, quotas, signed links); five agents' answers written by hand."
)

AU = "artifacts/auth.py"
ST = "artifacts/storage.py"
Q = "artifacts/quota.py"
AP = "artifacts/app.py"

PROBLEMS = {
    "LINK-SECRET-DEFAULT": P(AU, 'LINK_SECRET = os.environ.get("LINK_SECRET", "artifacts-dev-secret")', "security", "link-signing secret falls back to a constant known from the source"),
    "TOKEN-MD5": P(AU, "return hashlib.md5(token.encode()).hexdigest()", "security", "project tokens stored as unsalted MD5", "signature-vs-statement"),
    "TOKEN-COMPARE-TIMING": P(AU, 'return row["token_hash"] == hash_token(token)', "security", "token hash compared with == (not constant time)"),
    "LINK-EXPIRY-UNSIGNED": P(AU, 'msg = f"{project}/{path}".encode()', "security", "`expires` is not part of the signed message: anyone can extend a link forever", nth=0),
    "LINK-SIG-NOT-HMAC": P(AU, "sig = hashlib.sha256(LINK_SECRET.encode() + msg)", "security", "link signature is sha256(secret + msg), not an HMAC (length extension)"),
    "LINK-VERIFY-TIMING": P(AU, "return sig == expected", "security", "link signature compared with == (not constant time)"),
    "LINK-EXPIRES-CRASH": P(AU, "if int(expires) < time.time():", "bug", "non-numeric `expires` raises ValueError: a 500 instead of a 403"),
    "BLOB-PATH-TRAVERSAL": P(ST, "return ROOT / project / name", "security", "artifact name joined to the root unchecked: `../` escapes the project directory", "signature-vs-statement"),
    "ASSEMBLE-DROPS-LAST-PART": P(ST, "for i in range(1, parts):", "bug", "range(1, parts) stops before part N: the last part is never joined", "off-by-one"),
    "ASSEMBLE-DELETES-EARLY": P(ST, "os.remove(src.name)", "bug", "each part is deleted as soon as it is copied: a missing later part leaves a truncated artifact and the earlier parts gone"),
    "RANGE-ONE-SHORT": P(ST, "return fh.read(end - start)", "bug", "HTTP Range end is inclusive: one byte short", "off-by-one"),
    "RANGE-UNVALIDATED": P(ST, "return fh.read(end - start)", "bug", "start/end not validated: end < start reads the rest of the file, a huge end reads it all into memory"),
    "QUOTA-LOAD-RACE": P(Q, 'row = self.db.execute("SELECT COALESCE(SUM(size), 0)', "bug", "Quota.load: check-then-set on the shared dict without the lock (duplicate queries, a concurrent reservation overwritten)", "critical-section"),
    "QUOTA-RESERVE-RACE": P(Q, "if used + size > QUOTA_BYTES:", "bug", "Quota.reserve: read-check-write without the lock: concurrent uploads both pass the quota", "critical-section"),
    "QUOTA-NEGATIVE-SIZE": P(Q, "if used + size > QUOTA_BYTES:", "bug", "reserve accepts a negative size, which lowers the recorded usage"),
    "RETENTION-THREAD-DIES": P(Q, 'os.remove(row["path"])', "bug", "a file already gone raises FileNotFoundError and kills the retention thread for good"),
    "UPLOAD-QUOTA-BY-HEADER": P(AP, "if not quota.reserve(project, size):", "bug", "quota charged by the client's Content-Length (0 for chunked uploads), not by the bytes written", "source-vs-sink"),
    "UPLOAD-OVERWRITES": P(AP, "written, digest = storage.save_stream(project, name, request.stream)", "bug", "re-upload overwrites the existing blob in place and inserts a second row (quota counted twice)"),
    "LIST-SQLI-BRANCH": P(AP, "name LIKE '{branch}/%'", "security", "SQL injection via `branch` in the LIKE pattern", "source-vs-sink"),
    "LIST-SQLI-ORDER": P(AP, "name LIKE '{branch}/%'", "security", "SQL injection via `order` in ORDER BY", "source-vs-sink"),
    "LIST-FIRST-PAGE-SKIPPED": P(AP, "items = [dict(r) for r in rows[page * per : page * per + per]]", "bug", "page is 1-based but the slice starts at page*per: the first page is never returned", "off-by-one"),
    "LIST-PER-UNBOUNDED": P(AP, 'per = int(request.args.get("per", 50))', "performance", "`per` unbounded and every row fetched before slicing"),
    "RANGE-HEADER-CRASH": P(AP, 'start, end = (int(x) for x in rng.removeprefix("bytes=").split("-"))', "bug", "open-ended or multi-range Range header raises ValueError (500)"),
    "DELETE-MISSING-ROW": P(AP, 'os.remove(row["path"])', "bug", "unknown artifact: fetchone() is None and row['path'] raises (500)"),
    "DELETE-NOT-COMMITTED": P(AP, 'db.execute("DELETE FROM artifacts WHERE project = ? AND name = ?"', "bug", "DELETE never committed (file removed, row comes back / write lock held)"),
    "VERIFY-SHELL-INJECTION": P(AP, 'out = subprocess.run(f"sha256sum {storage.blob_path(project, name)}"', "security", "JSON `name` formatted into a shell command", "source-vs-sink"),
    "VERIFY-NEVER-COMPARES": P(AP, 'out = subprocess.run(f"sha256sum {storage.blob_path(project, name)}"', "bug", "verify returns sha256sum's output but never compares it with the stored digest"),
    "BADGE-SVG-INJECTION": P(AP, "svg = f'<svg", "security", "`status` (and project) interpolated into SVG unescaped: stored/reflected XSS"),
    "TOKEN-IN-QUERY": P(AP, 'token = request.args.get("token")', "security", "project token accepted in the query string (logged by proxies)"),
    "SHARED-SQLITE-CONN": P(AP, "db = sqlite3.connect(DB_PATH, check_same_thread=False)", "bug", "one sqlite connection shared by request threads and the retention thread without a lock"),
}

CONFUSABLE = [
    ("LINK-EXPIRY-UNSIGNED", "LINK-SIG-NOT-HMAC"),
    ("LINK-VERIFY-TIMING", "LINK-EXPIRES-CRASH"),
    ("ASSEMBLE-DROPS-LAST-PART", "ASSEMBLE-DELETES-EARLY"),
    ("RANGE-ONE-SHORT", "RANGE-UNVALIDATED"),
    ("QUOTA-RESERVE-RACE", "QUOTA-NEGATIVE-SIZE"),
    ("UPLOAD-QUOTA-BY-HEADER", "UPLOAD-OVERWRITES"),
    ("LIST-SQLI-BRANCH", "LIST-SQLI-ORDER"),
    ("LIST-FIRST-PAGE-SKIPPED", "LIST-PER-UNBOUNDED"),
    ("DELETE-MISSING-ROW", "DELETE-NOT-COMMITTED"),
    ("VERIFY-SHELL-INJECTION", "VERIFY-NEVER-COMPARES"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        `artifacts` is a small Flask service that stores CI build outputs on disk, tracks them in SQLite and hands
        out signed download links. The storage and HTTP layers trust their inputs almost everywhere, and the quota
        bookkeeping is not thread-safe even though Flask serves requests concurrently.

        | Area | What I found |
        |---|---|
        | Injection | two SQL injections in the listing query, a shell injection in `/verify` |
        | Signed links | not an HMAC, expiry not covered by the signature, plain `==` comparison |
        | Storage | path traversal through the artifact name, multipart join drops the last part, Range reads |
        | Quota | `load`/`reserve` race, charged by `Content-Length` |
        | Correctness | `/verify` never checks anything; first page of the listing is skipped |
        """,
        Block([
            F("LIST-SQLI-ORDER", "critical", "security", "SQL injection through the `order` query parameter",
              "Map `order` onto a fixed allow-list (`created DESC`, `created ASC`, `name`) instead of interpolating it.",
              symbol="list_artifacts", conf=0.95),
            F("LIST-SQLI-BRANCH", "critical", "security", "SQL injection through `branch` in the LIKE pattern",
              "Bind it: `name LIKE ? || '/%'` with `branch` as a parameter (escape `%` and `_` too).",
              symbol="list_artifacts", conf=0.95),
            F("VERIFY-SHELL-INJECTION", "critical", "security", "Shell command built from the request body in `/verify`",
              "Hash the file in Python (`hashlib.file_digest`) or at least call `subprocess.run([\"sha256sum\", str(path)])` without a shell.",
              symbol="verify", conf=0.9),
            F("VERIFY-NEVER-COMPARES", "medium", "bug", "`/verify` never compares the digest with the one recorded at upload",
              "Look up `sha256` for the artifact and return `ok: computed == stored`; today the endpoint verifies nothing.",
              symbol="verify", conf=0.7),
            F("BLOB-PATH-TRAVERSAL", "high", "security", "`blob_path` joins the artifact name to the storage root unchecked",
              "Resolve the result and reject it unless `is_relative_to(ROOT / project)`; reject `..` segments in `name`.",
              d=-1, symbol="blob_path", conf=0.85),
            F("LINK-SIG-NOT-HMAC", "high", "security", "Download-link signature is a plain SHA-256 of secret + message",
              "Use `hmac.new(LINK_SECRET.encode(), msg, hashlib.sha256)`; prefix-keyed SHA-256 is open to length extension.",
              symbol="sign_link", conf=0.85),
            F("LINK-EXPIRY-UNSIGNED", "high", "security", "`expires` is not covered by the link signature",
              "Sign `f\"{project}/{path}:{expires}\"` and verify the same string, otherwise anyone can set `expires` to the year 3000.",
              symbol="sign_link", conf=0.85),
            F("LINK-VERIFY-TIMING", "low", "security", "Signature compared with `==`",
              "`hmac.compare_digest(sig, expected)`.", symbol="verify_link", conf=0.6),
            F("ASSEMBLE-DROPS-LAST-PART", "high", "bug", "`assemble` never copies the last part",
              "Parts are `part1..partN`, so iterate `range(1, parts + 1)`.", n=2, symbol="assemble", conf=0.9),
            F("QUOTA-RESERVE-RACE", "medium", "bug", "`Quota.reserve` is a read-check-write without the lock",
              "Hold `self.lock` for the whole of `reserve` (and `load`); two parallel uploads can both pass the check.",
              d=-1, n=3, symbol="Quota.reserve", conf=0.8),
            F("QUOTA-LOAD-RACE", "low", "bug", "`Quota.load` fills the cache outside the lock",
              "Take the lock around the check and the assignment; a late `load` can overwrite a reservation made meanwhile.",
              d=+1, symbol="Quota.load", conf=0.65),
            F("UPLOAD-QUOTA-BY-HEADER", "medium", "security", "Quota is charged from `Content-Length`, not from the bytes written",
              "Reserve after `save_stream` returns `written` (or stream into a temp file and check as you go); chunked uploads send no `Content-Length` and are charged 0.",
              sd=-1, n=2, symbol="upload", conf=0.75),
            F("LIST-FIRST-PAGE-SKIPPED", "medium", "bug", "Listing skips the first page",
              "`page` defaults to 1, so slice from `(page - 1) * per`.", symbol="list_artifacts", conf=0.85),
            F("LIST-PER-UNBOUNDED", "low", "performance", "Unbounded `per` and the whole result set fetched before slicing",
              "Clamp `per` (e.g. 1..200) and push `LIMIT ? OFFSET ?` into the query.", d=+1, symbol="list_artifacts", conf=0.6),
            F("RANGE-ONE-SHORT", "medium", "bug", "Range responses are one byte short",
              "HTTP byte ranges are inclusive: read `end - start + 1` bytes.", symbol="read_range", conf=0.8),
            F("DELETE-MISSING-ROW", "low", "bug", "Deleting an unknown artifact raises a `TypeError`",
              "Return 404 when `fetchone()` is `None`.", d=-1, symbol="delete", conf=0.7),
            F("UPLOAD-OVERWRITES", "medium", "bug", "Re-uploading an artifact overwrites the blob and adds a second row",
              "Reject existing names (409) or replace the row in one transaction; today the quota counts the artifact twice.",
              symbol="upload", conf=0.7),
            F("TOKEN-COMPARE-TIMING", "low", "security", "Token hash compared with `==`",
              "`hmac.compare_digest(row[\"token_hash\"], hash_token(token))`.", symbol="check_token", conf=0.55),
            F("LINK-SECRET-DEFAULT", "medium", "security", "Link-signing secret has a hard-coded fallback",
              "Fail at startup when `LINK_SECRET` is missing; anyone who has read the source can mint links.",
              symbol="LINK_SECRET", conf=0.8),
            F("RETENTION-THREAD-DIES", "low", "bug", "Retention thread dies on the first missing file",
              "Use `Path(row[\"path\"]).unlink(missing_ok=True)` and log other errors instead of letting them end the loop.",
              symbol="retention_loop", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed artifacts/*.py; 16 findings, most severe first.",
        Block([
            F("LIST-SQLI-ORDER", "critical", "security", "ORDER BY built from ?order= (SQL injection)",
              "allow-list the sort column", d=-2),
            F("LIST-SQLI-BRANCH", "critical", "security", "LIKE pattern built from ?branch= (SQL injection)",
              "bind branch as a parameter", d=-3),
            F("VERIFY-SHELL-INJECTION", "critical", "security", "shell=True with request.json name in /verify",
              "argv list, no shell", d=-1),
            F("BLOB-PATH-TRAVERSAL", "high", "security", "blob_path allows ../ in name",
              "resolve + is_relative_to"),
            F("LINK-SIG-NOT-HMAC", "high", "security", "sign_link: sha256(secret||msg) instead of HMAC",
              "hmac.new(...)", d=-1),
            F("TOKEN-MD5", "medium", "security", "tokens hashed with unsalted md5",
              "sha256 at least; tokens are random so no KDF needed", d=-1),
            F("QUOTA-RESERVE-RACE", "medium", "bug", "lost update on Quota.used in reserve()",
              "with self.lock", d=+2),
            F("ASSEMBLE-DROPS-LAST-PART", "high", "bug", "assemble: off-by-one, partN never written",
              "range(1, parts + 1)", d=+1),
            F("ASSEMBLE-DELETES-EARLY", "medium", "bug", "assemble deletes each part before the join has finished",
              "remove parts only after the target is complete"),
            F("RANGE-ONE-SHORT", "medium", "bug", "read_range drops the last byte of the range",
              "end - start + 1"),
            F("LIST-FIRST-PAGE-SKIPPED", "medium", "bug", "page=1 returns rows per..2*per",
              "(page - 1) * per", d=-2),
            F("BADGE-SVG-INJECTION", "medium", "security", "status reflected into SVG unescaped",
              "html.escape", d=-1),
            F("TOKEN-COMPARE-TIMING", "low", "security", "check_token compares hashes with ==",
              "hmac.compare_digest"),
            F("LINK-EXPIRES-CRASH", "low", "bug", "verify_link: int(expires) raises on junk -> 500",
              "try/except ValueError -> 403", d=+2, sd=0),
            F("QUOTA-NEGATIVE-SIZE", "medium", "security", "reserve() accepts negative size, lowering usage",
              "reject size < 0"),
            F("RETENTION-THREAD-DIES", "low", "bug", "retention_loop: FileNotFoundError ends the thread",
              "missing_ok=True"),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the CI artifact store, covering `app.py`, `auth.py`, `storage.py`
        and `quota.py`.

        ### 1. Security

        The service has several injection vulnerabilities where request parameters reach SQL, the shell or the
        filesystem without validation. The signed-link scheme is also weaker than it looks.

        ### 2. Reliability and Concurrency

        Flask handles requests on multiple threads, but the quota bookkeeping and the SQLite connection are
        shared without synchronization.
        """,
        Block([
            F("LIST-SQLI-BRANCH", "critical", "SQL Injection", "SQL Injection in Artifact Listing",
              "Use parameterized queries for all user input.",
              desc="The `branch` parameter is inserted directly into the SQL string inside a LIKE clause."),
            F("LIST-SQLI-ORDER", "critical", "SQL Injection", "SQL Injection via Sort Order",
              "Validate `order` against a list of permitted columns.", d=-2,
              desc="The `order` parameter is read from the query string and placed into the ORDER BY clause."),
            F("VERIFY-SHELL-INJECTION", "critical", "Command Injection", "OS Command Injection in Verify Endpoint",
              "Avoid `shell=True` and pass arguments as a list.",
              desc="The artifact `name` from the JSON body becomes part of a shell command line."),
            F("BLOB-PATH-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Blob Storage",
              "Sanitize the name and verify the resolved path.",
              desc="`blob_path` concatenates user-supplied names to the storage root, so `../../` escapes it."),
            F("BADGE-SVG-INJECTION", "major", "Cross-Site Scripting", "XSS in SVG Badge",
              "Escape the values before embedding them in SVG."),
            F("LINK-SIG-NOT-HMAC", "high", "Cryptography", "Weak Signature Construction for Download Links",
              "Use HMAC-SHA256.", d=+1, sd=0),
            F("LINK-SECRET-DEFAULT", "high", "Cryptography", "Hardcoded Default Secret",
              "Fail at startup if `LINK_SECRET` is not set."),
            F("TOKEN-COMPARE-TIMING", "medium", "Cryptography", "Timing Attack on Token Comparison",
              "Use `hmac.compare_digest`."),
            F("LINK-VERIFY-TIMING", "medium", "Cryptography", "Timing Attack on Link Signature Verification",
              "Use `hmac.compare_digest` in `verify_link` as well."),
            F("TOKEN-IN-QUERY", "medium", "Information Disclosure", "Token Accepted in Query String",
              "Only accept the token from the `X-Token` header."),
        ], wrap="list"),
        """
        ### Additional Findings
        """,
        Block([
            F("QUOTA-LOAD-RACE", "medium", "Race Condition", "Race Condition in Quota Cache Initialization",
              "Guard the check and the population with `self.lock`.", d=-1,
              desc="Two threads can both see the project missing from `self.used`; the later write overwrites a reservation the other thread already added."),
            F("QUOTA-RESERVE-RACE", "high", "Race Condition", "Quota Check Is Not Atomic",
              "Perform the check and the update under the same lock."),
            U({"severity": "info", "category": "Style", "description": "Consider adding type hints to the Flask view functions."}),
            F("DELETE-NOT-COMMITTED", "medium", "Data Integrity", "Delete Is Never Committed",
              "Call `db.commit()` after the DELETE.", d=-1,
              desc="The file is removed from disk but the row deletion is never committed, so the artifact reappears in listings."),
            F("RANGE-ONE-SHORT", "medium", "Logic Error", "Incorrect Byte Count for Range Requests",
              "Add one to the length; Range ends are inclusive.", d=-1, sd=0),
            F("SHARED-SQLITE-CONN", "medium", "Concurrency", "SQLite Connection Shared Across Threads",
              "Use a connection per request (`flask.g`) and one for the retention thread."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found 8 issues:",
        Block([
            F("LIST-SQLI-ORDER", "critical", "security", "sql injection in list_artifacts (order)", "whitelist"),
            F("VERIFY-SHELL-INJECTION", "critical", "security", "command injection in verify", "no shell=True"),
            F("ASSEMBLE-DROPS-LAST-PART", "high", "bug", "last multipart chunk is skipped", "range(1, parts + 1)"),
            F("RANGE-UNVALIDATED", "medium", "bug", "range read not validated (end < start reads whole file)",
              "check 0 <= start <= end < size"),
            F("RANGE-HEADER-CRASH", "medium", "bug", "open-ended range header crashes the download", "parse bytes=N- and suffix ranges"),
            F("DELETE-MISSING-ROW", "medium", "bug", "delete crashes on unknown artifact", "404 if row is None"),
            F("UPLOAD-OVERWRITES", "medium", "", "re-upload overwrites the blob and duplicates the row", "reject or replace the row"),
            F("LIST-PER-UNBOUNDED", "low", "performance", "per= is not capped", "min(per, 200)"),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        Summary of the most important issues:

        1. Injection: SQL (listing), shell (`/verify`), path traversal (storage).
        2. Concurrency: quota counters and the SQLite connection are shared between threads without locking.
        3. Data integrity: multipart assembly, deletes, the retention loop.
        4. Authentication: weak token hashing, forgeable link expiry.
        """,
        Block([
            F("LIST-SQLI-BRANCH", "blocker", "security", "SQL injection in artifact listing via branch filter",
              "Use bound parameters.", d=-1, conf=0.9),
            F("VERIFY-SHELL-INJECTION", "blocker", "security", "Command injection in verify endpoint",
              "Do not use shell=True.", conf=0.9),
            F("BLOB-PATH-TRAVERSAL", "major", "security", "Path traversal through artifact name",
              "Validate the resolved path.", conf=0.8),
            F("TOKEN-MD5", "major", "security", "Weak hash (MD5) used for project tokens",
              "Use SHA-256 or HMAC.", conf=0.7),
            F("LINK-EXPIRY-UNSIGNED", "major", "security", "Expiry timestamp of download links can be modified",
              "Include the expiry in the signed message.", d=+1, sd=0, conf=0.8),
            F("LINK-EXPIRES-CRASH", "minor", "correctness", "Invalid expires parameter causes unhandled exception",
              "Catch ValueError and return 403.", conf=0.6),
            F("QUOTA-LOAD-RACE", "major", "concurrency", "Duplicate usage queries when the quota cache is cold",
              "Use the lock in load().", conf=0.6),
            F("QUOTA-RESERVE-RACE", "major", "concurrency", "Quota can be exceeded by concurrent uploads",
              "Make reserve() atomic.", conf=0.8),
            F("QUOTA-NEGATIVE-SIZE", "major", "security", "Quota can be bypassed with a negative size",
              "Reject size < 0 in reserve().", conf=0.7),
            F("UPLOAD-QUOTA-BY-HEADER", "major", "correctness", "Quota uses the Content-Length header instead of actual bytes",
              "Account the written size.", d=-1, conf=0.7),
            F("ASSEMBLE-DROPS-LAST-PART", "major", "data-loss", "Off-by-one in multipart assembly loses data",
              "Iterate to parts inclusive.", conf=0.8),
            F("ASSEMBLE-DELETES-EARLY", "major", "data-loss", "Multipart parts removed before assembly completes",
              "Delete parts after a successful join.", d=-2, sd=0, conf=0.6),
            F("RETENTION-THREAD-DIES", "minor", "reliability", "Retention thread terminates on missing file",
              "Catch FileNotFoundError and continue.", conf=0.7),
            F("RANGE-UNVALIDATED", "major", "correctness", "Range request bounds are not validated",
              "Reject ranges with end < start or beyond the file size.", conf=0.6),
            F("UPLOAD-OVERWRITES", "minor", "data-integrity", "Duplicate upload silently replaces existing artifact",
              "Check for an existing row first.", conf=0.6),
            F("LINK-SECRET-DEFAULT", "major", "security", "Default link secret in source code", "Require LINK_SECRET.", conf=0.75),
            F("DELETE-NOT-COMMITTED", "major", "data-loss", "Artifact deletion not committed to the database",
              "Commit the transaction.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 12 major, 3 minor"),
    ]),
}
