"""test4/py-docsign: a document-signing service on Flask + SQLite (Python). FROZEN test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits5) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Frozen test split test4: seeded problems in a small "
    "document-signing service (upload, invite signers, sign, seal, download, audit); five agents' answers by hand."
)

APP = "docsign/app.py"
SIG = "docsign/signing.py"
ST = "docsign/store.py"

PROBLEMS = {
    "UPLOAD-TRAVERSAL": P(APP, "path = os.path.join(STORAGE, name)", "security", "uploaded file saved under the client-supplied filename: ../ or an absolute name writes anywhere", "source-vs-sink"),
    "UPLOAD-OVERWRITE": P(APP, "    f.save(path)", "security", "uploads share one directory keyed by filename: a second upload of contract.pdf (any user) overwrites the first user's signed file"),
    "MD5-DIGEST": P(APP, "hashlib.md5(open(path", "security", "document integrity digest is MD5: collisions let a different document carry the same signed digest"),
    "FD-LEAK": P(APP, "hashlib.md5(open(path", "bug", "file opened for hashing is never closed and read whole into memory"),
    "INVITE-NO-OWNER": P(APP, "doc = store.get_document(doc_id)", "security", "any authenticated user can add signers to (and get invites sent for) anyone's document: no owner check", "signature-vs-statement"),
    "INVITE-LIMIT": P(APP, "if len(emails) >= MAX_SIGNERS:", "bug", "`>=` rejects exactly MAX_SIGNERS signers (limit is effectively 9)", "off-by-one"),
    "INVITE-SKIP-FIRST": P(APP, "for i in range(1, len(emails)):", "bug", "loop starts at 1: the first e-mail is never invited, positions start at 1 for the second", "off-by-one"),
    "SIGN-RACE": P(APP, "store.mark_signed(signer[", "bug", "check signed_at then mark_signed, then count-and-seal, without a transaction: double signing, seal twice or never", "critical-section"),
    "DL-NO-OWNER": P(APP, "document = store.get_document(doc_id)", "security", "download serves any document id to any user (IDOR)", "signature-vs-statement"),
    "DL-TRAVERSAL": P(APP, 'path = os.path.join(STORAGE, document["name"]', "security", "`version` query value joined into the file path: ../ reads any file", "source-vs-sink"),
    "DEFAULT-SECRET": P(SIG, 'SECRET = os.environ.get("DOCSIGN_SECRET"', "security", "signing secret falls back to a hard-coded default"),
    "WEAK-SIGNER-TOKEN": P(SIG, "random.choice(string", "security", "signer tokens from `random` (not a CSPRNG), 8 characters: guessable sign links"),
    "NO-SEPARATOR": P(SIG, 'message = f"{digest}{email}"', "security", "digest and email concatenated without a separator/canonical form: ambiguous signed message"),
    "NOT-HMAC": P(SIG, "hashlib.sha256(SECRET.encode() + message)", "security", "sha256(secret + message) is not an HMAC: length extension forges signatures"),
    "TIMING-COMPARE": P(SIG, "return expected == signature", "security", "signature compared with == (not constant-time)"),
    "TOKEN-REVOKE": P(ST, "_token_cache[token] = row", "security", "API tokens cached forever: a revoked or rotated token keeps working until restart"),
    "TOKEN-UNBOUNDED": P(ST, "_token_cache[token] = row", "security", "every presented token, valid or not (None), is cached: unauthenticated callers grow the dict without bound"),
    "ENVELOPE-RACE": P(ST, "n = _envelope_seq + 1", "bug", "read-increment-write of the global envelope counter without a lock: duplicate envelope numbers under concurrent uploads", "critical-section"),
    "SQLI-Q": P(ST, "title LIKE '%\" + q + \"%'\"", "security", "search text `q` concatenated into the SQL"),
    "SQLI-ORDER": P(ST, 'sql += " ORDER BY " + order', "security", "`order` concatenated into ORDER BY"),
    "AUDIT-LOADS-ALL": P(ST, "FROM audit WHERE document_id = ? ORDER BY at", "performance", "whole audit trail fetched into memory to return one page"),
    "AUDIT-OFFSET": P(ST, "start = page * size + 1", "bug", "`+ 1` skips the first entry of every page (page 0 starts at index 1)", "off-by-one"),
    "AUDIT-NEGATIVE": P(ST, "start = page * size + 1", "bug", "negative page is not rejected: slices count from the end and return the latest entries"),
}

CONFUSABLE = [
    ("UPLOAD-TRAVERSAL", "UPLOAD-OVERWRITE"),
    ("UPLOAD-OVERWRITE", "MD5-DIGEST"),
    ("MD5-DIGEST", "FD-LEAK"),
    ("INVITE-NO-OWNER", "INVITE-LIMIT"),
    ("INVITE-LIMIT", "INVITE-SKIP-FIRST"),
    ("DL-NO-OWNER", "DL-TRAVERSAL"),
    ("NO-SEPARATOR", "NOT-HMAC"),
    ("TOKEN-REVOKE", "TOKEN-UNBOUNDED"),
    ("SQLI-Q", "SQLI-ORDER"),
    ("AUDIT-LOADS-ALL", "AUDIT-OFFSET"),
    ("AUDIT-OFFSET", "AUDIT-NEGATIVE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `docsign/app.py`, `signing.py`, `store.py` and `mailer.py`.

        ## Summary

        The signing flow works, but the service cannot currently be trusted with documents: file paths are
        built from client input in two places, the signature scheme is forgeable, and several endpoints never
        check that the caller owns the document they act on.

        | Severity | Count | Themes |
        |---|---|---|
        | Critical | 4 | path traversal (upload, download), SQL injection, forgeable signatures |
        | High | 5 | missing ownership checks, weak signer tokens, token cache, signing race |
        | Medium | 4 | MD5 digest, off-by-one in invites and audit paging |
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "Path traversal in upload: client filename used as the storage path",
              "`f.filename` is attacker-controlled; use `werkzeug.utils.secure_filename` or, better, store under a generated id.",
              d=+1, symbol="upload", conf=0.93),
            F("MD5-DIGEST", "medium", "security", "Document digest uses MD5",
              "A signing service needs a collision-resistant digest; use SHA-256 and stream the file in chunks.",
              symbol="upload", conf=0.8),
            F("INVITE-NO-OWNER", "high", "security", "Anyone can add signers to any document",
              "`invite` loads the document by id but never compares `doc['owner']` with `g.user['id']`.",
              d=-1, n=2, symbol="invite", conf=0.88),
            F("INVITE-SKIP-FIRST", "medium", "bug", "First signer is never invited",
              "`range(1, len(emails))` skips `emails[0]`; iterate with `enumerate(emails, start=1)` if positions should be 1-based.",
              symbol="invite", conf=0.9),
            F("SIGN-RACE", "high", "bug", "Race between the signed check and mark_signed / seal",
              "Two concurrent POSTs with the same token both pass the `signed_at` check; two last signers can both "
              "see the count complete and seal twice. Do the update with `WHERE signed_at IS NULL` and check rowcount, "
              "inside one transaction together with the seal.",
              d=-3, n=3, symbol="sign", conf=0.82),
            F("DL-NO-OWNER", "high", "security", "Download does not check access to the document",
              "Any authenticated user can download any document by id; require owner or signer.",
              symbol="download", conf=0.9),
            F("DL-TRAVERSAL", "critical", "security", "Path traversal via the `version` query parameter",
              "`version=../../etc/passwd` escapes STORAGE. Accept only known versions ('original', 'sealed').",
              n=2, symbol="download", conf=0.92),
            F("NOT-HMAC", "critical", "security", "Signature is sha256(secret + message), not an HMAC",
              "This construction is vulnerable to length extension. Use `hmac.new(SECRET, message, hashlib.sha256)`.",
              d=-1, n=2, symbol="sign_digest", conf=0.87),
            F("TIMING-COMPARE", "medium", "security", "Signature check is not constant-time",
              "Use `hmac.compare_digest(expected, signature)`.", symbol="verify_signature", conf=0.75),
            F("WEAK-SIGNER-TOKEN", "high", "security", "Signer tokens are generated with `random` and only 8 characters",
              "Use `secrets.token_urlsafe(32)`; the sign link is the only credential a signer has.",
              symbol="new_signer_token", conf=0.9),
            F("DEFAULT-SECRET", "high", "security", "Hard-coded fallback signing secret",
              "Fail at startup when DOCSIGN_SECRET is unset.", conf=0.85),
            F("SQLI-Q", "critical", "security", "SQL injection in `search` via `q`",
              "Bind the pattern: `title LIKE ?` with `f'%{q}%'`.", symbol="search", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection in `search` via `order`",
              "Map `order` onto an allow-list of column names.", symbol="search", conf=0.9),
            F("TOKEN-REVOKE", "high", "security", "Token cache never expires, so revoked API tokens stay valid",
              "Give entries a short TTL or drop the cache; a lookup by indexed token is cheap.",
              d=-3, n=3, symbol="user_for_token", conf=0.8),
            F("ENVELOPE-RACE", "medium", "bug", "Envelope numbers can be duplicated",
              "`next_envelope_number` increments a module global without a lock; use a lock or let SQLite assign the sequence.",
              d=-1, n=3, symbol="next_envelope_number", conf=0.78),
            F("AUDIT-OFFSET", "medium", "bug", "Audit pagination skips an entry per page",
              "`start = page * size` — the `+ 1` drops the first row of every page.", symbol="audit_page", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for docsign (13):",
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "upload writes to a client-chosen path (f.filename)",
              "secure_filename or generated names.", d=-1),
            F("UPLOAD-OVERWRITE", "high", "security", "uploads with the same filename overwrite each other across users",
              "Store by document id."),
            F("INVITE-NO-OWNER", "high", "security", "POST /documents/<id>/signers: no ownership check",
              "Check doc.owner == g.user.id.", d=-1),
            F("INVITE-LIMIT", "low", "bug", "MAX_SIGNERS check off by one (>=)",
              "Use >."),
            F("INVITE-SKIP-FIRST", "high", "bug", "emails[0] never gets an invite",
              "range(len(emails)).", d=+2, sd=0),
            F("SIGN-RACE", "high", "bug", "sign(): check-then-update is not atomic",
              "UPDATE ... WHERE signed_at IS NULL; check rowcount.", d=-3, n=2),
            F("DL-TRAVERSAL", "critical", "security", "download path built from ?version=",
              "Allow-list versions.", d=-1),
            F("NOT-HMAC", "high", "security", "sign_digest uses secret-prefix SHA-256 (length extension)",
              "hmac.new."),
            F("NO-SEPARATOR", "medium", "security", "Signed message is digest+email without delimiter",
              "Sign a canonical encoding (e.g. JSON or length-prefixed fields)."),
            F("TIMING-COMPARE", "low", "security", "non-constant-time signature comparison",
              "hmac.compare_digest."),
            F("SQLI-Q", "critical", "security", "SQL injection: q in LIKE",
              "Parameter."),
            F("SQLI-ORDER", "critical", "security", "SQL injection: ORDER BY from request",
              "Allow-list."),
            F("ENVELOPE-RACE", "medium", "bug", "_envelope_seq increment not thread-safe",
              "threading.Lock.", d=+1),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've analyzed the `docsign` service. Here's a breakdown of what I found.

        ### Overall Assessment

        The application implements a reasonable signing workflow, but it has critical security weaknesses
        around file handling, access control and the cryptographic signature itself.

        ### File Handling

        Both the upload and the download endpoint build filesystem paths from user input. Uploaded files are
        also stored under their original names in a shared directory.

        ### Cryptography

        The signature is a plain SHA-256 over a secret prefix and the message, and the default secret is
        committed in the source. Document digests use MD5.

        ### Data Layer

        `store.py` builds SQL by concatenation in `search`, and keeps a process-wide token cache.

        Here are the findings:
        """,
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "Path Traversal", "Unsanitized Filename in File Upload",
              "Use `secure_filename()` and store files under a server-generated name.",
              desc="The `filename` attribute of the uploaded file comes straight from the client and is joined with the storage directory."),
            F("UPLOAD-OVERWRITE", "high", "Broken Access Control", "Uploaded Files Can Overwrite Other Users' Documents",
              "Namespace files per document id.", desc="All files are saved in one directory under their original name."),
            F("MD5-DIGEST", "medium", "Cryptography", "Use of Weak Hash Algorithm (MD5)",
              "Switch to SHA-256.", d=+1, sd=0),
            F("DL-NO-OWNER", "high", "Broken Access Control", "Insecure Direct Object Reference in Document Download",
              "Verify the current user is the owner or a signer of the document.", d=-1, symbol="download"),
            F("DL-TRAVERSAL", "critical", "Path Traversal", "Path Traversal through the version Parameter",
              "Validate `version` against a fixed set of values.", d=+1, sd=-1, n=3),
            U({"severity": "low", "category": "Best Practices",
               "description": "Consider adding type hints to the Flask view functions for better maintainability."}),
            F("DEFAULT-SECRET", "critical", "Security", "Hardcoded Default Secret Key",
              "Require `DOCSIGN_SECRET` to be set."),
            F("NOT-HMAC", "critical", "Cryptography", "Insecure Signature Construction",
              "Use the `hmac` module.",
              desc="`sha256(SECRET + message)` is susceptible to length-extension attacks; an attacker can forge signatures for extended messages."),
            F("WEAK-SIGNER-TOKEN", "high", "Cryptography", "Predictable Signer Token Generation",
              "Use the `secrets` module.", d=-1, n=2),
            F("SQLI-Q", "critical", "SQL Injection", "SQL Injection in Document Search",
              "Use parameterized queries (`title LIKE ?`).",
              desc="The search term `q` is concatenated into the LIKE clause of the SQL statement."),
            F("TOKEN-UNBOUNDED", "medium", "Denial of Service", "Unbounded Token Cache",
              "Use a bounded LRU cache with expiry, and do not cache failed lookups.",
              desc="Every token presented to the API, including invalid ones, is stored in `_token_cache` forever."),
            F("AUDIT-LOADS-ALL", "low", "Performance", "Inefficient Pagination of Audit Log",
              "Use `LIMIT` and `OFFSET` in the query instead of slicing in Python."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Reviewed docsign/. security:",
        Block([
            F("UPLOAD-TRAVERSAL", "critical", "security", "path traversal on upload", "secure_filename", d=+1),
            F("DL-TRAVERSAL", "critical", "security", "path traversal on download (version)", "whitelist version"),
            F("SQLI-Q", "critical", "security", "sql injection in search", "use ? placeholders"),
            F("NOT-HMAC", "high", "security", "signature is not hmac", "hmac.new(secret, msg, sha256)"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("FD-LEAK", "low", "", "file handle leaked when hashing upload", "with open(...) as fh"),
            F("INVITE-SKIP-FIRST", "medium", "bug", "first signer skipped", "range(len(emails))"),
            F("ENVELOPE-RACE", "medium", "bug", "envelope counter not thread safe", "lock", d=+1),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Security**: path traversal in download, missing ownership checks, SQL injection in search.
        2. **Cryptography**: predictable tokens, non-constant-time comparison, ambiguous signed message.
        3. **Concurrency**: signing flow and envelope numbering are not atomic.
        4. **Correctness**: invite limit and audit paging boundaries.
        5. **Caching**: API tokens are cached without invalidation.
        """,
        Block([
            F("INVITE-NO-OWNER", "major", "security", "Missing authorization on signer invitation",
              "Only the document owner may add signers.", conf=0.8),
            F("INVITE-LIMIT", "minor", "correctness", "Signer limit rejects the maximum allowed count",
              "Use `len(emails) > MAX_SIGNERS`.", d=+1, conf=0.7),
            F("INVITE-SKIP-FIRST", "major", "correctness", "Invite loop starts at index 1",
              "Start at 0.", d=+1, sd=0, conf=0.85),
            F("SIGN-RACE", "major", "concurrency", "Concurrent signing can seal a document twice",
              "Wrap mark_signed and the completion check in one transaction.", d=+1, conf=0.7),
            F("DL-TRAVERSAL", "blocker", "security", "Path traversal in download endpoint",
              "Reject `version` values containing path separators.", conf=0.9),
            F("NO-SEPARATOR", "major", "security", "Ambiguous message encoding in sign_digest",
              "Join fields with a separator that cannot occur in them, or sign a structured encoding.", conf=0.65),
            F("TIMING-COMPARE", "minor", "security", "Timing attack on signature verification",
              "hmac.compare_digest.", conf=0.6),
            F("WEAK-SIGNER-TOKEN", "major", "security", "Signer token uses non-cryptographic RNG",
              "secrets.token_urlsafe.", conf=0.8),
            F("TOKEN-REVOKE", "major", "security", "Revoked tokens remain valid because of the cache",
              "Invalidate cache entries on revocation or add a TTL.", conf=0.7),
            F("TOKEN-UNBOUNDED", "minor", "resource-leak", "Token cache grows without limit",
              "Bound the cache and skip caching None.", conf=0.6),
            F("ENVELOPE-RACE", "major", "concurrency", "Race condition in next_envelope_number",
              "Protect with a lock.", conf=0.75),
            F("SQLI-ORDER", "blocker", "security", "Unvalidated ORDER BY column",
              "Validate against allowed columns.", conf=0.85),
            F("AUDIT-OFFSET", "minor", "correctness", "Audit page start index off by one",
              "start = page * size.", d=+1, conf=0.8),
            F("AUDIT-NEGATIVE", "minor", "correctness", "Negative page numbers are not rejected",
              "Validate page >= 0; a negative page returns entries from the end.", conf=0.55),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}
