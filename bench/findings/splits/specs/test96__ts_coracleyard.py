"""test96/ts-coracleyard: a coracle builder's lessons and hide stock (TypeScript). Frozen test split test96.

Written 2026-12-06 by a helper session that had not seen the merger code, any score, or any other split's
answers or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test96: seeded problems in a small Express + pg service for a coracle builder (weekend "
    "building lessons, student bookings, the stock of tanned hides); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-CREDENTIALS": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials allowed"),
    "JWT-UNVERIFIED": P(S, "const claims = jwt.decode(header.slice(7))", "security", "student() uses jwt.decode, not jwt.verify: any forged token is accepted as any student", "signature-vs-statement"),
    "LEVEL-SQLI": P(S, "WHERE level = '${level}'", "security", "level query value interpolated into the lessons SQL: injection", "source-vs-sink"),
    "SORT-SQLI": P(S, "WHERE level = '${level}'", "security", "sort query value interpolated into ORDER BY of the same query: a second injection point"),
    "DISCOUNT-FROM-CLIENT": P(S, "const discount = Number(req.body.discountPercent ?? 0);", "security", "the student sets their own discountPercent (100 books free, more than 100 a negative price)"),
    "SEATS-RACE": P(S, "SELECT count(*)::int AS n FROM bookings WHERE lesson_id = $1", "bug", "seat count then insert outside a transaction or lock: concurrent bookings overbook the lesson", "critical-section"),
    "SEATS-OFF-BY-ONE": P(S, "if (taken.n > lesson.seats)", "bug", "taken > seats lets one more booking through when the lesson is already full (>= needed)", "off-by-one"),
    "BOOKING-IDOR": P(S, '"SELECT b.id, b.email, b.price_pence, l.title, l.starts_at FROM bookings b', "security", "GET /bookings/:id has no authentication or ownership check: any booking's e-mail and price by id", "signature-vs-statement"),
    "PAGE-NAN": P(S, "const page = Math.max(1, Number(req.query.page ?? 1));", "bug", "a non-numeric page gives Math.max(1, NaN) = NaN, sent as OFFSET: the query rejects and the request hangs"),
    "MY-PAGE-OFFSET": P(S, "[who.id, PER_PAGE, page * PER_PAGE]", "bug", "OFFSET page * PER_PAGE with pages from 1: a student's first ten bookings are never shown", "off-by-one"),
    "CANCEL-NOT-OWNER": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1"', "security", "b.student_id is selected but never compared with the caller: any signed-in student cancels anyone's booking"),
    "CANCEL-NO-TX": P(S, "INSERT INTO refunds (booking_id, amount_pence)", "bug", "delete and refund insert are two statements outside a transaction: a failure between them loses the refund"),
    "RECEIVE-QTY-UNCHECKED": P(S, "const qty = Number(req.body.qty);", "bug", "received qty not validated: negative, fractional or NaN quantities written to stock"),
    "RECEIVE-LOST-UPDATE": P(S, "const current = await stockOf(kind);", "bug", "read stock, then write current + qty across an await: concurrent receipts (or a cut) lose updates", "critical-section"),
    "DIAMETER-UNCHECKED": P(S, "const diameter = Number(req.body.diameterCm);", "bug", "diameterCm not validated: missing or non-numeric gives NaN hides needed, absurd sizes are accepted"),
    "HIDES-FLOOR": P(S, "const needed = Math.floor(area / HIDE_CM2);", "bug", "Math.floor rounds the hides needed down: a coracle needing 1.4 hides gets 1 (small ones 0)", "off-by-one"),
    "LOW-STOCK-BOUNDARY": P(S, "rows.filter((r) => r.qty < REORDER_AT)", "bug", "qty < REORDER_AT: a kind with exactly 4 hides left is not listed though the rule is 4 or fewer", "off-by-one"),
    "INVOICE-TRAVERSAL": P(S, "fs.writeFileSync(file, req.body);", "security", "x-supplier header joined into the invoice path: ../ writes outside INVOICE_DIR", "source-vs-sink"),
    "INVOICE-SYNC-WRITE": P(S, "fs.writeFileSync(file, req.body);", "performance", "writeFileSync of up to 5 MB blocks the event loop on every upload"),
    "CERT-IDOR": P(S, "[req.params.bookingId]", "security", "certificates are served for any booking id without authentication: student names enumerable"),
    "CERT-XSS": P(S, "<p>${c.name} built a coracle", "security", "student name inserted into the certificate HTML unescaped (the title is escaped)"),
    "RIVER-INJECTION": P(S, "exec(`river-level --station ${station} --json`", "security", "station query value interpolated into an exec() shell command", "source-vs-sink"),
    "RIVER-ERR-LEAK": P(S, "if (err) return res.status(502).json({ error: err.message });", "security", "exec error message (with the command line and stderr) returned to the client"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("LEVEL-SQLI", "SORT-SQLI"),
    ("DISCOUNT-FROM-CLIENT", "SEATS-RACE"),
    ("SEATS-RACE", "SEATS-OFF-BY-ONE"),
    ("PAGE-NAN", "MY-PAGE-OFFSET"),
    ("CANCEL-NOT-OWNER", "CANCEL-NO-TX"),
    ("RECEIVE-QTY-UNCHECKED", "RECEIVE-LOST-UPDATE"),
    ("DIAMETER-UNCHECKED", "HIDES-FLOOR"),
    ("INVOICE-TRAVERSAL", "INVOICE-SYNC-WRITE"),
    ("CERT-IDOR", "CERT-XSS"),
    ("RIVER-INJECTION", "RIVER-ERR-LEAK"),
]

G3 = dict(n=3)  # gemini's three-line quotes

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is a single Express app for a coracle-building yard: lessons, student bookings and a
        stock of tanned hides. Staff endpoints are protected well (`staffOnly` fails closed, checks the length
        and uses `timingSafeEqual`), lesson creation validates its input, and `/builds/:id/cut` deducts hides
        inside a transaction with `SELECT ... FOR UPDATE`. The student side is the weak part:

        1. Student identity is never verified (`jwt.decode`), so every student check can be forged.
        2. Two injection sinks: the lessons query and the `river-level` shell command.
        3. Booking and cancellation have money-affecting logic errors (seat limit, discount, refund without a transaction).
        4. Hide stock receipts lose updates; the cut and low-stock arithmetic is off at the boundaries.
        5. Errors leak internals.
        """,
        Block([
            F("JWT-UNVERIFIED", "critical", "security", "Student tokens are decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error; `jwt.decode` accepts any token anyone writes.",
              symbol="student", conf=0.95),
            F("LEVEL-SQLI", "critical", "security", "SQL injection through `level` in `GET /lessons`",
              "Bind `level` as `$1`.", symbol="GET /lessons", conf=0.93),
            F("SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY` unchecked",
              "Map `sort` to an allow-listed column; placeholders cannot be used for identifiers.",
              symbol="GET /lessons", conf=0.85),
            F("RIVER-INJECTION", "critical", "security", "Shell injection in `/river` via `station`",
              "Use `execFile(\"river-level\", [\"--station\", station, \"--json\"])` and validate `station` against known station ids.",
              symbol="GET /river", conf=0.9),
            F("INVOICE-TRAVERSAL", "high", "security", "Invoice path is built from the `x-supplier` header",
              "Allow only `[a-z0-9-]` in supplier names (or look the supplier up) and check the resolved path is inside `INVOICE_DIR`.",
              symbol="PUT /hides/invoices", conf=0.84),
            F("CANCEL-NOT-OWNER", "high", "security", "Any student can cancel any booking",
              "Compare `b.student_id` with `who.id` before deleting; it is selected but never used.",
              symbol="DELETE /bookings/:id", conf=0.88),
            F("DISCOUNT-FROM-CLIENT", "high", "security", "Students choose their own discount",
              "Look discounts up server-side (a coupon table); `discountPercent: 100` books a free lesson and anything above 100 a negative price.",
              symbol="POST /lessons/:id/book", conf=0.86),
            F("CERT-XSS", "medium", "security", "Certificate HTML includes the student name unescaped",
              "Wrap `c.name` in `escapeHtml` as is already done for the title.", symbol="GET /certificates/:bookingId", conf=0.8),
            F("STACK-LEAK", "medium", "security", "Error handler returns `err.stack` to the client",
              "Log the error and return a generic message.", symbol="error handler", conf=0.85),
        ]),
        "Logic and data integrity:",
        Block([
            F("SEATS-RACE", "high", "bug", "Seat check and booking insert race",
              "Lock the lesson row (`SELECT ... FOR UPDATE`) in a transaction, or enforce capacity in SQL, before inserting.",
              n=3, symbol="POST /lessons/:id/book", conf=0.82),
            F("SEATS-OFF-BY-ONE", "high", "bug", "A full lesson still accepts one more booking",
              "Use `taken.n >= lesson.seats`.", symbol="POST /lessons/:id/book", conf=0.9),
            F("CANCEL-NO-TX", "medium", "bug", "Booking delete and refund insert are not atomic",
              "Run both in one transaction (the cut endpoint already shows the pattern).",
              sd=-1, n=2, symbol="DELETE /bookings/:id", conf=0.72),
            F("MY-PAGE-OFFSET", "medium", "bug", "`/me/bookings` skips the first page",
              "Use `(page - 1) * PER_PAGE`.", symbol="GET /me/bookings", conf=0.85),
            F("RECEIVE-LOST-UPDATE", "medium", "bug", "Hide receipts overwrite concurrent stock changes",
              "Do it in one statement: `UPDATE hides SET qty = qty + $1 WHERE kind = $2`.",
              n=2, symbol="POST /hides/receive", conf=0.8),
            F("RECEIVE-QTY-UNCHECKED", "low", "bug", "Received quantity is not validated",
              "Require a positive integer; `Number(\"abc\")` is NaN and `-5` reduces stock.",
              symbol="POST /hides/receive", conf=0.66),
            F("HIDES-FLOOR", "medium", "bug", "Hides needed are rounded down",
              "Use `Math.ceil`; a part hide still needs a whole hide.", symbol="POST /builds/:id/cut", conf=0.8),
            F("LOW-STOCK-BOUNDARY", "low", "bug", "Low-stock list misses the reorder level itself",
              "The comment says 4 or fewer; use `<=`.", symbol="GET /hides/low", conf=0.78),
            F("INVOICE-SYNC-WRITE", "low", "performance", "`writeFileSync` blocks the event loop",
              "Use `fs.promises.writeFile`.", symbol="PUT /hides/invoices", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-UNVERIFIED", "critical", "security", "student(): jwt.decode without verification",
              "jwt.verify with secret + algorithms.", d=-3),
            F("LEVEL-SQLI", "critical", "security", "SQLi: req.query.level in template SQL",
              "Parameterize.", d=-3),
            F("RIVER-INJECTION", "critical", "security", "exec() with unsanitized station",
              "execFile + allow-list.", d=-1),
            F("RIVER-ERR-LEAK", "low", "security", "err.message from exec returned to caller",
              "Generic 502."),
            F("INVOICE-TRAVERSAL", "high", "security", "x-supplier header -> path.join -> writeFileSync",
              "Sanitize supplier.", d=-2),
            F("BOOKING-IDOR", "high", "security", "GET /bookings/:id: no auth",
              "Require student and match student_id.", d=-2),
            F("CERT-IDOR", "medium", "security", "Certificates readable for any booking id",
              "Auth + ownership.", d=-1),
            F("CANCEL-NOT-OWNER", "high", "security", "DELETE /bookings/:id ignores ownership",
              "Check b.student_id === who.id."),
            F("DISCOUNT-FROM-CLIENT", "high", "security", "Client-controlled discountPercent",
              "Server-side discounts only."),
            F("SEATS-RACE", "high", "bug", "Overbooking race between count and insert",
              "Transaction + row lock.", d=2),
            F("MY-PAGE-OFFSET", "medium", "bug", "OFFSET uses page*PER_PAGE (1-based page)",
              "(page-1)*PER_PAGE.", d=-1),
            F("RECEIVE-LOST-UPDATE", "medium", "bug", "Lost update on hides.qty",
              "qty = qty + $1.", d=1),
            F("HIDES-FLOOR", "medium", "bug", "Math.floor under-counts hides needed",
              "Math.ceil."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Coracle Yard API (`src/server.ts`). The service handles lessons,
        bookings, hide inventory and supplier invoices for a coracle-building workshop.

        #### Critical and High Severity

        The most serious problems are the lack of JWT signature verification, which undermines every
        student-facing endpoint, and the two injection flaws (SQL and OS command). Several endpoints also
        expose data without any authentication.
        """,
        Block([
            F("JWT-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, **G3,
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with any `id` and `email`."),
            F("LEVEL-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Lesson Listing (level)",
              "Use parameterized queries.", sd=-2, **G3),
            F("SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection in Lesson Listing (sort)",
              "Validate the sort column against an allow-list.", d=-2, sd=-3, **G3),
            F("RIVER-INJECTION", "CRITICAL", "Command Injection", "Command Injection in River Level Endpoint",
              "Use `execFile` with an argument array.", sd=-2, **G3),
            F("INVOICE-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal via Supplier Header",
              "Sanitize the supplier name.", d=-1, sd=-3, **G3),
            F("BOOKING-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Bookings",
              "Verify that the booking belongs to the authenticated student.", sd=-2, **G3),
            F("CANCEL-NOT-OWNER", "HIGH", "Broken Access Control", "Booking Cancellation Without Ownership Check",
              "Compare `student_id` with the caller.", sd=-2, **G3),
            F("CERT-IDOR", "MEDIUM", "Information Disclosure", "Certificates Exposed Without Authentication",
              "Require authentication for certificates.", d=-2, sd=-3, **G3),
            F("CERT-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected Student Name in Certificate HTML",
              "Escape `c.name`.", sd=-2, **G3),
            F("CORS-CREDENTIALS", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict `origin` to the yard's own front end."),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses.", sd=-2, **G3),
        ], wrap="list"),
        """
        #### Medium and Low Severity

        These issues affect data integrity and the correctness of the inventory.
        """,
        Block([
            F("SEATS-RACE", "HIGH", "Race Condition", "Race Condition Leading to Overbooking",
              "Use a transaction with row locking.", sd=-2, **G3),
            F("MY-PAGE-OFFSET", "LOW", "Logic Error", "Incorrect Pagination Offset",
              "Subtract one from the page number.", sd=-2, **G3),
            F("CANCEL-NO-TX", "MEDIUM", "Data Integrity", "Non-Atomic Cancellation and Refund",
              "Wrap both queries in a transaction.", sd=-2, **G3),
            U({"severity": "LOW", "category": "Style", "description": "Consider using an ORM or a query builder for consistency."}),
            F("RECEIVE-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Update in Hide Stock Receipt",
              "Use an atomic `UPDATE ... SET qty = qty + $1`.", d=1, sd=-1, **G3),
            F("DIAMETER-UNCHECKED", "LOW", "Input Validation", "Missing Validation of Coracle Diameter",
              "Validate `diameterCm` as a positive number within a sensible range.", sd=-1, n=2),
            F("LOW-STOCK-BOUNDARY", "LOW", "Logic Error", "Low Stock Threshold Excludes Boundary",
              "Use `<=` to include the reorder level.", d=-1, sd=-2, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-UNVERIFIED", "error", "security", "jwt not verified", "jwt.verify"),
            F("LEVEL-SQLI", "error", "security", "sql injection in /lessons", "use $1 params"),
            F("RIVER-INJECTION", "error", "security", "command injection in /river", "execFile"),
            F("INVOICE-TRAVERSAL", "error", "security", "path traversal in invoice upload", "sanitize x-supplier"),
            F("CANCEL-NOT-OWNER", "error", "security", "cancel doesnt check booking owner", "compare student_id"),
            F("BOOKING-IDOR", "warning", "security", "booking details without auth", "check owner"),
            F("CERT-XSS", "warning", "security", "xss in certificate name", "escapeHtml(c.name)"),
            F("STACK-LEAK", "warning", "", "stack trace leaked in error handler", "drop stack"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("SEATS-OFF-BY-ONE", "warning", "bug", "seat check lets one extra booking in", ">= not >"),
            F("RECEIVE-QTY-UNCHECKED", "warning", "bug", "qty not validated on receive", "positive int only"),
            F("HIDES-FLOOR", "warning", "bug", "floor undercounts hides", "Math.ceil"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. JWT tokens are decoded without signature verification (critical).
        2. SQL and command injection in public endpoints.
        3. Missing authorization checks on booking operations.
        4. Race conditions and boundary errors in seat and stock handling.
        5. Information leakage through error responses and permissive CORS.

        Total: 16 issues.
        """,
        Block([
            F("JWT-UNVERIFIED", "blocker", "security", "JWT accepted without signature verification",
              "Use jwt.verify with the server secret.", conf=0.95),
            F("LEVEL-SQLI", "blocker", "security", "SQL injection via level query parameter",
              "Use parameterized queries.", conf=0.9),
            F("RIVER-INJECTION", "blocker", "security", "Command injection in river level lookup",
              "Avoid exec with string interpolation.", conf=0.9),
            F("INVOICE-TRAVERSAL", "major", "security", "Path traversal in invoice storage",
              "Validate the supplier header.", d=-1, conf=0.8),
            F("INVOICE-SYNC-WRITE", "minor", "performance", "Synchronous file write in request handler",
              "Use asynchronous fs APIs.", conf=0.6),
            F("CANCEL-NOT-OWNER", "major", "security", "Missing ownership check on booking cancellation",
              "Verify booking.student_id matches the caller.", conf=0.85),
            F("DISCOUNT-FROM-CLIENT", "major", "security", "Discount percentage trusted from request body",
              "Compute discounts server-side.", d=1, conf=0.8),
            F("SEATS-RACE", "major", "concurrency", "Race condition in seat availability check",
              "Use a transaction with SELECT ... FOR UPDATE.", conf=0.8),
            F("SEATS-OFF-BY-ONE", "major", "correctness", "Off-by-one in lesson capacity check",
              "Use >= when comparing booked count with seats.", d=-1, conf=0.85),
            F("PAGE-NAN", "minor", "correctness", "Invalid page parameter produces NaN offset",
              "Validate page as a positive integer.", conf=0.6),
            F("RECEIVE-LOST-UPDATE", "major", "concurrency", "Non-atomic read-modify-write of hide stock",
              "Use an atomic increment in SQL.", conf=0.8),
            F("HIDES-FLOOR", "major", "correctness", "Hide requirement rounded down",
              "Use Math.ceil.", d=-1, conf=0.75),
            F("LOW-STOCK-BOUNDARY", "minor", "correctness", "Low stock filter excludes the reorder threshold",
              "Use <= REORDER_AT.", conf=0.7),
            F("CERT-XSS", "major", "security", "XSS in certificate page",
              "Escape the student name.", conf=0.8),
            F("STACK-LEAK", "minor", "security", "Stack trace exposed in error responses",
              "Return generic errors.", conf=0.75),
            F("CORS-CREDENTIALS", "minor", "security", "CORS allows any origin with credentials",
              "Configure an explicit origin list.", conf=0.65),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
