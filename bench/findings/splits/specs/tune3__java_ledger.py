"""tune3/java-ledger: a ledger service on the JDK HTTP server with JDBC (Java). For tuning; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "java"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the frozen test "
    "split. Third tuning split: seeded problems in a small Java ledger service; five agents' answers by hand."
)

J = "src/main/java/com/acme/ledger/"

PROBLEMS = {
    "SQLI-OWNER": P(J + "AccountsHandler.java", "WHERE owner = '\" + owner", "security", "owner query value concatenated into the SQL string", "source-vs-sink"),
    "SQLI-SORT": P(J + "AccountsHandler.java", "\"' ORDER BY \" + sort", "security", "sort query value concatenated into ORDER BY", "source-vs-sink"),
    "PAGE-OFF-BY-ONE": P(J + "AccountsHandler.java", "\" OFFSET \" + page * PAGE_SIZE", "bug", "pages start at 1 but OFFSET is page * PAGE_SIZE: the first page is never returned", "off-by-one"),
    "PAGE-PARSE": P(J + "AccountsHandler.java", "int page = Integer.parseInt(", "bug", "non-numeric page throws NumberFormatException out of the handler: no response is sent"),
    "CONN-LEAK": P(J + "AccountsHandler.java", "Connection conn = db.connect();", "bug", "Connection, Statement and ResultSet are never closed"),
    "ERROR-DISCLOSURE": P(J + "AccountsHandler.java", "byte[] body = e.toString()", "security", "SQLException text (SQL, schema) returned to the client"),
    "TRANSFER-RACE": P(J + "TransferService.java", "balances.put(from, available - cents);", "bug", "balance read, check and write are not atomic: lost updates, overdrafts, racy transfersDone", "critical-section"),
    "NEGATIVE-AMOUNT": P(J + "TransferService.java", "if (available < cents) {", "security", "negative amounts are not rejected: a negative transfer pulls money from the target", "signature-vs-statement"),
    "PHANTOM-ACCOUNT": P(J + "TransferService.java", "balances.put(to, balances.getOrDefault(to, 0L) + cents);", "bug", "transfer to an unknown account silently creates it (money disappears into it)"),
    "FLOAT-MONEY": P(J + "TransferService.java", "double interest = cents * annualRatePercent / 100 / 12;", "bug", "interest computed in double"),
    "INTEREST-TRUNCATE": P(J + "TransferService.java", "return (long) interest;", "bug", "cast truncates instead of rounding half-up as documented"),
    "HISTORY-OFF-BY-ONE": P(J + "TransferService.java", "return entries.subList(from, entries.size() - 1);", "bug", "subList end excludes the newest entry", "off-by-one"),
    "WEAK-RANDOM": P(J + "TokenUtil.java", "RANDOM.nextBytes(bytes);", "security", "API tokens from java.util.Random (predictable)", "signature-vs-statement"),
    "MD5-HASH": P(J + "TokenUtil.java", "MessageDigest.getInstance(\"MD5\")", "security", "token hashes stored as unsalted MD5", "signature-vs-statement"),
    "PATH-TRAVERSAL": P(J + "StatementExporter.java", "Path target = EXPORT_DIR.resolve(name);", "security", "file query value resolved against EXPORT_DIR unchecked: ../ writes and reads anywhere", "source-vs-sink"),
    "NO-AUTHZ": P(J + "StatementExporter.java", "List<String> entries = transfers.history(account);", "security", "any caller exports any account's statement (X-Partner-Id not checked)"),
    "CSV-INJECTION": P(J + "StatementExporter.java", "w.write(parts[0] + \",\" + parts[1]", "security", "fields written to CSV unquoted: commas break rows, =formulas run in spreadsheets"),
    "ENTRY-SPLIT": P(J + "StatementExporter.java", "String[] parts = entry.split(\";\");", "bug", "split on ';' misreads entries whose description contains ';' (or throws on short ones)"),
    "RATE-CACHE-RACE": P(J + "RateCache.java", "r = provider.fetch(pair);", "bug", "plain HashMap shared by request threads: duplicate provider calls on concurrent misses, racy misses counter, corrupt map", "critical-section"),
    "RATE-TTL-INVERTED": P(J + "RateCache.java", "r.fetchedAt().isAfter(Instant.now().minusSeconds(TTL_SECONDS))", "bug", "expiry check inverted: fresh rates are re-fetched, stale ones served forever"),
    "TRANSFER-NO-AUTH": P(J + "TransferHandler.java", "boolean ok = transfers.transfer(q.get(\"from\")", "security", "caller picks any `from` account: partner identity never checked against it"),
}

CONFUSABLE = [
    ("SQLI-OWNER", "SQLI-SORT"),
    ("SQLI-SORT", "PAGE-OFF-BY-ONE"),
    ("PAGE-PARSE", "PAGE-OFF-BY-ONE"),
    ("NEGATIVE-AMOUNT", "TRANSFER-RACE"),
    ("TRANSFER-RACE", "PHANTOM-ACCOUNT"),
    ("FLOAT-MONEY", "INTEREST-TRUNCATE"),
    ("PATH-TRAVERSAL", "NO-AUTHZ"),
    ("ENTRY-SPLIT", "CSV-INJECTION"),
    ("RATE-CACHE-RACE", "RATE-TTL-INVERTED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the ledger service (handlers, `TransferService`, `RateCache`, `TokenUtil`).

        The most serious problems are injection in `AccountsHandler` (both `owner` and `sort` go straight
        into the SQL text), a path traversal in the statement export, and `TransferService.transfer`, which
        is neither thread-safe nor validating its amount. There is no authorisation anywhere: the gateway
        authenticates the partner, but no handler compares `X-Partner-Id` with the account it touches.

        | # | Severity | Where | Issue |
        |---|----------|-------|-------|
        | 1 | critical | AccountsHandler.java:36 | SQL injection via `owner` |
        | 2 | critical | AccountsHandler.java:37 | SQL injection via `sort` |
        | 3 | critical | StatementExporter.java:28 | path traversal in `file` |
        | 4 | high | TransferHandler.java:27 | transfers from any account |
        | 5 | high | TransferService.java:23 | race in `transfer` |

        All findings, with fixes, are in the JSON below.
        """,
        Block([
            F("SQLI-OWNER", "critical", "security", "SQL injection via the `owner` query parameter",
              "Use a PreparedStatement with `owner = ?`.", symbol="AccountsHandler.handle", conf=0.97),
            F("SQLI-SORT", "critical", "security", "SQL injection via `sort` in ORDER BY",
              "Map `sort` to a whitelist of column names; it cannot be a bind parameter.", symbol="AccountsHandler.handle", conf=0.93),
            F("PAGE-OFF-BY-ONE", "medium", "bug", "First page of accounts is never returned",
              "Pages start at 1, so the offset must be `(page - 1) * PAGE_SIZE`.", symbol="AccountsHandler.handle", conf=0.85),
            F("CONN-LEAK", "high", "bug", "JDBC connection, statement and result set are never closed",
              "Open all three in a try-with-resources block; every request currently leaks a connection.",
              n=2, symbol="AccountsHandler.handle", conf=0.9),
            F("PATH-TRAVERSAL", "critical", "security", "Path traversal: `file` parameter escapes EXPORT_DIR",
              "Normalise the resolved path and reject it unless it starts with EXPORT_DIR; better, generate the name server-side.",
              symbol="StatementExporter.handle", conf=0.95),
            F("NO-AUTHZ", "high", "security", "Any caller can export any account's statement",
              "Check that the account belongs to the partner named in X-Partner-Id.", symbol="StatementExporter.handle", conf=0.8),
            F("CSV-INJECTION", "low", "security", "Statement fields are written to CSV without quoting",
              "Quote fields and prefix values starting with =, +, - or @ to avoid formula injection.",
              symbol="StatementExporter.handle", conf=0.6),
            F("TRANSFER-NO-AUTH", "high", "security", "Transfers can debit any account",
              "Verify the `from` account belongs to the authenticated partner before calling transfer().",
              symbol="TransferHandler.handle", conf=0.85),
            F("TRANSFER-RACE", "high", "bug", "Check-then-act on the balance is not atomic",
              "Two concurrent transfers can both pass the check and overdraw the account, and one update can overwrite "
              "the other. Use `balances.compute` / a per-account lock, and an AtomicLong for transfersDone.",
              d=-3, symbol="TransferService.transfer", conf=0.9),
            F("NEGATIVE-AMOUNT", "high", "security", "Negative amounts are not rejected",
              "A negative `cents` passes the balance check and moves money from `to` to `from`. Reject cents <= 0.",
              d=-2, symbol="TransferService.transfer", conf=0.85),
            F("PHANTOM-ACCOUNT", "medium", "bug", "Transfers to an unknown account silently create it",
              "Fail when `to` is not an open account instead of defaulting its balance to 0.",
              symbol="TransferService.transfer", conf=0.75),
            F("INTEREST-TRUNCATE", "medium", "bug", "Interest is truncated, not rounded half-up",
              "Use BigDecimal with RoundingMode.HALF_UP (the Javadoc promises half-up).", symbol="TransferService.monthlyInterest", conf=0.8),
            F("HISTORY-OFF-BY-ONE", "medium", "bug", "`lastEntries` drops the newest entry",
              "Use `entries.size()` as the exclusive end of subList.", symbol="TransferService.lastEntries", conf=0.9),
            F("WEAK-RANDOM", "high", "security", "API tokens generated with java.util.Random",
              "Use SecureRandom.", symbol="TokenUtil.newToken", conf=0.92),
            F("MD5-HASH", "medium", "security", "Token hashes use MD5",
              "Use SHA-256 (tokens are random, so a slow hash is not needed, but MD5 should go).", symbol="TokenUtil.hash", conf=0.7),
            F("RATE-CACHE-RACE", "medium", "bug", "HashMap in RateCache is shared across request threads without synchronization",
              "Use ConcurrentHashMap.compute so one thread fetches a pair while others wait; make `misses` an AtomicLong.",
              d=-2, n=3, symbol="RateCache.rate", conf=0.85),
            F("RATE-TTL-INVERTED", "high", "bug", "Rate cache TTL check is inverted",
              "`isAfter` should be `isBefore`: fresh rates are refetched on every call and stale rates are never refreshed.",
              symbol="RateCache.rate", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for ledger (src/main/java/com/acme/ledger), highest severity first:",
        Block([
            F("SQLI-OWNER", "critical", "security", "SQL injection: owner request value concatenated into query",
              "PreparedStatement with bind parameters.", d=-3),
            F("PATH-TRAVERSAL", "critical", "security", "Unvalidated `file` query parameter used as export path",
              "Reject names containing path separators; check target.normalize().startsWith(EXPORT_DIR).", d=-1),
            F("TRANSFER-RACE", "high", "bug", "Lost update: concurrent transfers overwrite balances",
              "Update atomically (ConcurrentHashMap.compute or synchronized)."),
            F("NEGATIVE-AMOUNT", "high", "bug", "transfer accepts negative cents",
              "Validate cents > 0."),
            F("WEAK-RANDOM", "high", "security", "newToken uses java.util.Random",
              "SecureRandom.", d=-2, symbol="newToken"),
            F("RATE-TTL-INVERTED", "high", "bug", "Cache refetches fresh entries and never refreshes stale ones",
              "Use isBefore."),
            F("RATE-CACHE-RACE", "medium", "performance", "Concurrent cache misses hit the FX provider several times",
              "computeIfAbsent-style single flight per pair."),
            F("PAGE-PARSE", "medium", "bug", "Integer.parseInt on `page` can throw; exchange never answered",
              "Catch NumberFormatException and return 400."),
            F("PAGE-OFF-BY-ONE", "medium", "bug", "page defaults to 1 but offset is computed as if 0-based",
              "OFFSET (page - 1) * PAGE_SIZE.", d=-2),
            F("INTEREST-TRUNCATE", "low", "bug", "monthlyInterest truncates toward zero",
              "Math.round or BigDecimal HALF_UP."),
            F("HISTORY-OFF-BY-ONE", "low", "bug", "lastEntries excludes the last element",
              "subList(from, entries.size())."),
            F("ENTRY-SPLIT", "low", "bug", "ArrayIndexOutOfBounds / shifted columns when an entry has extra or missing ';'",
              "split(\";\", 3) and validate length.", d=+1),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've completed a thorough review of the Java ledger service. Here is a breakdown of my findings,
        grouped by theme.

        ### Security
        The application has several critical security flaws. The `AccountsHandler` builds SQL by string
        concatenation, the `StatementExporter` trusts a user-supplied file name, and tokens are both generated and
        hashed with weak primitives. Error messages from the database are also returned verbatim to clients.

        ### Concurrency
        `TransferService` and `RateCache` are used by a 32-thread executor but perform unsynchronized
        read-modify-write sequences.

        ### Correctness
        Monetary arithmetic uses `double`, which is imprecise.
        """,
        Block([
            F("SQLI-OWNER", "critical", "Security", "SQL Injection in AccountsHandler",
              "Use PreparedStatement for all user-supplied values.",
              desc="The `owner` parameter is concatenated directly into the SQL query, allowing an attacker to read or modify any data."),
            F("SQLI-SORT", "high", "Security", "ORDER BY Injection via sort parameter",
              "Validate `sort` against an allow-list of columns.", d=-3,
              desc="The `sort` parameter is read from the query string and appended to the ORDER BY clause."),
            F("CONN-LEAK", "major", "Resource Management", "Database resources are not closed",
              "Use try-with-resources.", n=2),
            F("ERROR-DISCLOSURE", "medium", "Security", "Information Exposure Through Error Messages",
              "Log the exception server-side and return a generic error message.",
              desc="`e.toString()` can contain SQL fragments and schema details."),
            F("PATH-TRAVERSAL", "critical", "Security", "Path Traversal in StatementExporter",
              "Sanitize the file name.", d=0, n=1),
            F("NO-AUTHZ", "high", "Security", "Insecure Direct Object Reference (IDOR) on account statements",
              "Enforce ownership checks.", d=-3),
            F("CSV-INJECTION", "medium", "Security", "CSV Injection",
              "Escape cells that begin with formula characters."),
            F("TRANSFER-NO-AUTH", "critical", "Security", "Missing Authorization on Transfer Endpoint",
              "Bind the source account to the authenticated partner."),
            F("WEAK-RANDOM", "high", "Security", "Insecure Randomness for Token Generation",
              "Replace java.util.Random with java.security.SecureRandom.", d=-2, symbol="TokenUtil.newToken"),
            F("MD5-HASH", "major", "Security", "Weak Hashing Algorithm (MD5)",
              "Use SHA-256 or better.", d=-1, symbol="TokenUtil.hash"),
            U({"severity": "info", "category": "Maintainability",
               "description": "Consider adopting a framework such as Spring Boot instead of com.sun.net.httpserver for routing and validation."}),
        ], wrap="list"),
        """
        Additionally, here are the concurrency and correctness issues:
        """,
        Block([
            F("TRANSFER-RACE", "high", "Concurrency", "Non-atomic increment of transfersDone",
              "Use AtomicLong and make the whole transfer atomic.", d=+2,
              desc="`transfersDone++` is a read-modify-write on a plain long from many threads; the balance updates above it have the same problem."),
            F("NEGATIVE-AMOUNT", "high", "Correctness", "Missing input validation in transfer()",
              "Validate that the amount is positive.", d=-2, symbol="TransferService.transfer"),
            F("FLOAT-MONEY", "medium", "Correctness", "Use of double for monetary calculations",
              "Use BigDecimal for money."),
            F("INTEREST-TRUNCATE", "medium", "Correctness", "Precision loss when casting interest to long",
              "Round explicitly.", d=-1, sd=0),
            F("HISTORY-OFF-BY-ONE", "medium", "Correctness", "Off-by-one error in lastEntries window",
              "The end index should be entries.size().", d=-1, n=2),
            F("RATE-CACHE-RACE", "high", "Concurrency", "Race condition on misses counter and HashMap",
              "Use ConcurrentHashMap and AtomicLong.", d=+2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Reviewed the ledger service. Issues:",
        Block([
            F("SQLI-OWNER", "critical", "security", "sql injection in accounts query", "use PreparedStatement"),
            F("PAGE-PARSE", "medium", "", "unchecked parseInt on page", "catch NumberFormatException, answer 400"),
            F("PATH-TRAVERSAL", "critical", "security", "export writes to a path built from the file param",
              "validate the name", d=+2),
            F("NEGATIVE-AMOUNT", "high", "bug", "negative cents moves money backwards", "reject cents <= 0"),
            F("INTEREST-TRUNCATE", "low", "bug", "(long) cast truncates interest", "round half-up"),
            F("HISTORY-OFF-BY-ONE", "medium", "bug", "subList end excludes last element", "use entries.size()"),
            F("MD5-HASH", "medium", "security", "md5 for token hashes", "sha-256"),
            F("RATE-TTL-INVERTED", "high", "bug", "rate expiry check is backwards", "isBefore instead of isAfter"),
            F("TRANSFER-NO-AUTH", "high", "security", "transfer handler has no authorization", "check X-Partner-Id owns from"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ### Review Summary

        1. SQL injection (two parameters) and a pagination bug in `AccountsHandler`.
        2. JDBC resources leak on every request.
        3. `TransferService.transfer` is not thread-safe and creates unknown accounts.
        4. Floating-point money in `monthlyInterest`; `lastEntries` is off by one.
        5. Weak randomness and MD5 in `TokenUtil`.
        6. Path traversal and missing authorization in the exporter and transfer handler.
        7. `RateCache` uses a non-thread-safe HashMap.
        """,
        Block([
            F("SQLI-OWNER", "blocker", "security", "SQL injection through owner",
              "Use PreparedStatement.", conf=0.95),
            F("SQLI-SORT", "blocker", "security", "SQL injection through sort column",
              "Whitelist sortable columns.", conf=0.9),
            F("PAGE-OFF-BY-ONE", "minor", "correctness", "Pagination offset is off by one page",
              "Subtract one from page before multiplying.", conf=0.7),
            F("CONN-LEAK", "major", "resource-leak", "Statement and connection are not closed",
              "Use try-with-resources.", d=+1, conf=0.85),
            F("TRANSFER-RACE", "major", "concurrency", "Race condition in transfer()",
              "Synchronize on the account or use atomic compute operations.", n=2, conf=0.85),
            F("PHANTOM-ACCOUNT", "minor", "data-integrity", "Destination account is created implicitly",
              "Reject unknown destination accounts.", conf=0.6),
            F("FLOAT-MONEY", "major", "correctness", "Floating point used for currency",
              "Use BigDecimal or long arithmetic.", conf=0.75),
            F("HISTORY-OFF-BY-ONE", "minor", "correctness", "lastEntries misses the most recent entry",
              "Fix the subList bounds.", d=-1, sd=0, conf=0.8),
            F("WEAK-RANDOM", "major", "security", "Predictable token generation",
              "Use SecureRandom.", conf=0.9),
            F("MD5-HASH", "major", "security", "MD5 used for token hashing",
              "Use SHA-256.", conf=0.8),
            F("PATH-TRAVERSAL", "blocker", "security", "Path traversal via file parameter",
              "Validate the file name.", d=-1, n=2, conf=0.9),
            F("NO-AUTHZ", "major", "security", "Missing authorization on statement export",
              "Check account ownership.", conf=0.7),
            F("ENTRY-SPLIT", "minor", "input-validation", "Fragile parsing of history entries",
              "Use a structured record instead of ';'-joined strings.", conf=0.5),
            F("TRANSFER-NO-AUTH", "blocker", "security", "Unauthorized transfers possible",
              "Authorize the source account.", conf=0.85),
            F("RATE-CACHE-RACE", "major", "concurrency", "HashMap is not thread-safe",
              "Use ConcurrentHashMap.", d=+1, conf=0.8),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 7 major, 4 minor"),
    ]),
}
