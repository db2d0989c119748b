"""test104/ts-scentvials: a perfumery atelier (scent-blending sessions, customer blends, vial orders), TypeScript.

Written 2026-12-07 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers and specs (only splits/README.md's general sections and the test37 section, the builders,
the split test and specs/tune2__py_snapctl.py, for the format). Frozen test split: score once, never tune on it.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test104 (round 53): seeded problems in a perfumery's blending-session and vial-order service; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "atelier-dev-secret";', "security",
                            "JWT secret falls back to a hard-coded value: anyone can mint customer tokens"),
    "STUDIO-KEY-IN-QUERY": P(S, "const sent = String(req.query.key ??", "security",
                             "studio key accepted from the query string (logs, history, referrers)"),
    "STUDIO-KEY-EMPTY": P(S, "if (sent.length === STUDIO_KEY.length && crypto.timingSafeEqual", "security",
                          "STUDIO_KEY unset: an empty key has the same length and compares equal, studioOnly fails open",
                          "signature-vs-statement"),
    "STRENGTH-UNCHECKED": P(S, "const perMl = PRICE_PER_ML[strength];", "bug",
                            "unknown strength gives undefined per-ml price: NaN unit and total stored on the order",
                            "signature-vs-statement"),
    "RANGE-LAST-DAY": P(S, "WHERE starts_at::date >= $1 AND starts_at::date < $2", "bug",
                        "the `to` day is meant to be included but < excludes it (and from == to lists nothing)", "off-by-one"),
    "SEATS-UNCHECKED": P(S, "const seats = Number(req.body.seats ?? 1);", "bug",
                         "seats not validated: negative frees capacity, NaN passes the capacity check"),
    "BOOK-RACE": P(S, 'await pool.query("UPDATE sessions SET booked = $1 WHERE id = $2"', "bug",
                   "capacity read, checked and written back in separate statements: concurrent bookings overbook",
                   "critical-section"),
    "BOOKING-NO-TX": P(S, 'await pool.query("INSERT INTO bookings (session_id, customer, seats)', "bug",
                       "seat count and booking row written outside a transaction: a failed insert leaves seats taken"),
    "CANCEL-ANY": P(S, '"DELETE FROM bookings WHERE id = $1 RETURNING session_id, seats"', "security",
                    "any signed-in customer can cancel any booking (no customer = me.sub)", "signature-vs-statement"),
    "SEARCH-SQLI": P(S, "name ILIKE '%${q}%'", "security",
                     "q query value interpolated into the SQL of the blend search", "source-vs-sink"),
    "BLEND-SQLI": P(S, "FROM blends WHERE id = ${req.params.id}`", "security",
                    "blend id path value interpolated into SQL"),
    "BLEND-IDOR": P(S, "FROM blends WHERE id = ${req.params.id}`", "security",
                    "blend detail (formula, notes) returned to any customer: no owner check"),
    "CARD-PUBLIC": P(S, '"SELECT name, family, story FROM blends WHERE id = $1"', "security",
                     "blend card served without any authentication for any blend id"),
    "CARD-XSS": P(S, '<p class="family">${b.family}</p>', "security",
                  "family and story written into HTML unescaped (name is escaped): stored XSS"),
    "ORDER-BLEND-NOT-OWNED": P(S, '"SELECT id, owner FROM blends WHERE id = $1"', "security",
                               "an order may name another customer's private blend (owner fetched, never compared)"),
    "QUANTITY-UNCHECKED": P(S, "const total = unit * quantity;", "bug",
                            "quantity never validated: zero, negative or fractional quantities give odd totals"),
    "TOTAL-FLOAT": P(S, "const total = unit * quantity;", "bug",
                     "money multiplied in floating point and stored unrounded"),
    "FILL-EXTRA": P(S, "if (filled > quantity) return res.status(409)", "bug",
                    "filled > quantity lets one vial more than ordered be filled (should be >=)", "off-by-one"),
    "FILL-RACE": P(S, 'await pool.query("UPDATE orders SET filled = filled + 1 WHERE id = $1"', "bug",
                   "fill check and increment not atomic: concurrent fills pass the same check and overfill",
                   "critical-section"),
    "LABEL-EXEC-PRINTER": P(S, "exec(`label-vial --printer ${printer}", "security",
                            "printer from the request body interpolated into a shell command", "source-vs-sink"),
    "LABEL-EXEC-NAME": P(S, "exec(`label-vial --printer ${printer}", "security",
                         "customer-chosen blend name interpolated into the same shell command (second-order injection)"),
    "LABEL-TRAVERSAL": P(S, "res.sendFile(file);", "security",
                         "name query value joined to LABEL_DIR and served: any readable file", "source-vs-sink"),
    "PAGES-FLOOR": P(S, "const pages = Math.floor(count.rows[0].n / per);", "bug",
                     "page count rounded down: the last partial page is not counted", "off-by-one"),
    "STUDIO-PAGE-SKIP": P(S, "[per, page * per],", "bug",
                          "pages start at 1 but OFFSET page * per: the first 25 bookings are never shown", "off-by-one"),
}

CONFUSABLE = [
    ("STUDIO-KEY-IN-QUERY", "STUDIO-KEY-EMPTY"),
    ("SEATS-UNCHECKED", "BOOK-RACE"),
    ("BOOK-RACE", "BOOKING-NO-TX"),
    ("BLEND-SQLI", "BLEND-IDOR"),
    ("CARD-PUBLIC", "CARD-XSS"),
    ("ORDER-BLEND-NOT-OWNED", "QUANTITY-UNCHECKED"),
    ("QUANTITY-UNCHECKED", "TOTAL-FLOAT"),
    ("FILL-EXTRA", "FILL-RACE"),
    ("LABEL-EXEC-PRINTER", "LABEL-EXEC-NAME"),
    ("PAGES-FLOOR", "STUDIO-PAGE-SKIP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the Express service behind the atelier's blending sessions, customer blends and
        vial orders.

        **Summary**

        1. The studio routes are open when `STUDIO_KEY` is unset, and customer tokens can be forged if `JWT_SECRET`
           is unset.
        2. Two SQL injections (blend search, blend detail) and a shell injection in the label job.
        3. Several ownership checks are missing: blend detail, booking cancellation.
        4. Booking and filling are check-then-write without a transaction, and several counts are off by one.

        What is already right: `customerFrom` pins `HS256` and fails closed, `POST /blends` checks that the note
        percentages add up to 100, `POST /orders` rejects vial sizes that are not sold, `POST /sessions` validates
        its input, `GET /orders/mine` is scoped to the caller, and the error handler does not leak stack traces.
        """,
        Block([
            F("STUDIO-KEY-EMPTY", "critical", "security", "`studioOnly` accepts an empty key when `STUDIO_KEY` is unset",
              "Refuse every studio request (or refuse to start) when `STUDIO_KEY` is empty; two empty buffers compare equal.",
              symbol="studioOnly", conf=0.9),
            F("JWT-DEFAULT-SECRET", "high", "security", "JWT secret falls back to a hard-coded value",
              "Fail at start-up when `JWT_SECRET` is missing instead of using `atelier-dev-secret`.", conf=0.85),
            F("SEARCH-SQLI", "critical", "security", "SQL injection through `q` in `GET /blends`",
              "Pass the pattern as a parameter: `name ILIKE $2` with `%${q}%` in the values array.",
              symbol="GET /blends", conf=0.95),
            F("BLEND-SQLI", "critical", "security", "`GET /blends/:id` interpolates the id into SQL",
              "Use `WHERE id = $1` with `[req.params.id]`.", symbol="GET /blends/:id", conf=0.95),
            F("BLEND-IDOR", "high", "security", "Any customer can read any blend's formula",
              "Add `AND owner = $2` with `me.sub`; the notes are the customer's private formula.",
              symbol="GET /blends/:id", conf=0.85),
            F("CARD-XSS", "high", "security", "Stored XSS in the blend card: `family` and `story` are not escaped",
              "Wrap both in `esc()` as is already done for the name.", symbol="GET /blends/:id/card", conf=0.85),
            F("LABEL-EXEC-PRINTER", "critical", "security", "Shell injection through `printer` in the vial label job",
              "Use `execFile(\"label-vial\", [\"--printer\", printer, ...])` and allow-list printer names.",
              symbol="POST /orders/:id/label", conf=0.9),
            F("LABEL-EXEC-NAME", "high", "security", "Blend name reaches the label shell command unescaped",
              "The name is chosen by the customer; with `execFile` and an argument array it is passed as data.",
              d=-1, symbol="POST /orders/:id/label", conf=0.75),
            F("LABEL-TRAVERSAL", "high", "security", "`GET /labels` serves any file the process can read",
              "Use `res.sendFile(name, { root: LABEL_DIR })`, which rejects paths escaping the root.",
              d=-1, symbol="GET /labels", conf=0.85),
            F("CANCEL-ANY", "high", "security", "Any customer can cancel anyone's booking",
              "Delete only `WHERE id = $1 AND customer = $2`.", symbol="DELETE /bookings/:id", conf=0.85),
            F("BOOK-RACE", "high", "bug", "Booking is check-then-write: concurrent bookings overbook a session",
              "Do it in one statement: `UPDATE sessions SET booked = booked + $1 WHERE id = $2 AND booked + $1 <= capacity`.",
              d=-1, n=2, symbol="POST /sessions/:id/book", conf=0.85),
            F("BOOKING-NO-TX", "medium", "bug", "Seat count and booking row are written outside a transaction",
              "Wrap the update and the insert in `BEGIN`/`COMMIT` on one client.", symbol="POST /sessions/:id/book", conf=0.7),
            F("SEATS-UNCHECKED", "medium", "bug", "`seats` is not validated",
              "Require an integer from 1 to the session's capacity; a negative value frees seats, `NaN` passes the check.",
              symbol="POST /sessions/:id/book", conf=0.8),
            F("RANGE-LAST-DAY", "medium", "bug", "`GET /sessions` leaves out the `to` day",
              "Use `starts_at::date <= $2`; with the default `to = from` the list is always empty.",
              symbol="GET /sessions", conf=0.85),
            F("STRENGTH-UNCHECKED", "medium", "bug", "Unknown `strength` prices a vial at NaN",
              "Reject strengths that are not keys of `PRICE_PER_ML` before pricing.", symbol="vialPrice", conf=0.75),
            F("QUANTITY-UNCHECKED", "high", "bug", "Order `quantity` is never validated",
              "Require a positive integer; a negative quantity gives a negative total.", symbol="POST /orders", conf=0.8),
            F("FILL-EXTRA", "medium", "bug", "An order can be filled one vial past its quantity",
              "Use `filled >= quantity` in the guard.", symbol="POST /orders/:id/fill", conf=0.8),
            F("PAGES-FLOOR", "low", "bug", "`pages` rounds down and drops the last partial page",
              "`Math.ceil(n / per)`.", d=-1, n=2, symbol="GET /studio/bookings", conf=0.75),
            F("STUDIO-PAGE-SKIP", "medium", "bug", "Studio bookings list starts at the second page",
              "`OFFSET (page - 1) * per`.", symbol="GET /studio/bookings", conf=0.8),
        ]),
        "Not covered: Express 4 does not catch rejected promises from async handlers, so a database error in any route leaves the request hanging; worth an async wrapper.",
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SEARCH-SQLI", "critical", "security", "SQLi: q interpolated into ILIKE pattern", "Parameterize.", d=-2),
            F("BLEND-SQLI", "critical", "security", "SQLi in GET /blends/:id (template literal)", "$1 placeholder."),
            F("LABEL-EXEC-PRINTER", "critical", "security", "Command injection via req.body.printer in exec()",
              "execFile with args.", d=-2),
            F("LABEL-TRAVERSAL", "high", "security", "Path traversal: ?name=../../ in /labels", "sendFile root option.", d=-2),
            F("STUDIO-KEY-EMPTY", "high", "security", "studioOnly passes with no key when STUDIO_KEY is empty",
              "Reject if STUDIO_KEY is empty.", d=-2),
            F("CANCEL-ANY", "high", "security", "DELETE /bookings/:id has no ownership check", "Filter by customer.", d=-3),
            F("BOOK-RACE", "high", "bug", "Overbooking race between capacity check and UPDATE", "Atomic conditional UPDATE."),
            F("FILL-RACE", "medium", "bug", "fill: read-check-update race lets two requests pass the same check",
              "UPDATE ... WHERE filled < quantity RETURNING.", d=-2),
            F("STRENGTH-UNCHECKED", "medium", "bug", "vialPrice returns NaN for unknown strength", "Validate strength.", d=-1),
            F("RANGE-LAST-DAY", "medium", "bug", "to date is exclusive despite comment", "<= $2.", d=+1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `scentvials` TypeScript service. It is an Express application that manages
        perfume blending sessions, customer blend formulas and vial orders for a perfumery.

        ### Critical Security Issues

        The most serious problems allow injection into the database and the operating system shell.
        """,
        Block([
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Blend Search",
              "Use a parameter for the ILIKE pattern.", sd=-2, n=3,
              desc="The `q` query parameter is embedded directly in a template literal that forms the SQL statement."),
            F("BLEND-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Blend Lookup by ID",
              "Use `$1` placeholders.", sd=-2, n=3),
            F("LABEL-EXEC-PRINTER", "CRITICAL", "Command Injection", "Command Injection in Vial Label Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="`printer` is taken from the request body and inserted into a string executed by a shell."),
            F("LABEL-EXEC-NAME", "HIGH", "Command Injection", "Second-Order Command Injection via Blend Name",
              "Never build shell strings from stored user data.", sd=-2, n=3,
              desc="The blend name was chosen by a customer when the blend was created and ends up inside double quotes in the shell command."),
            F("CARD-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Blend Card",
              "Escape `family` and `story` with `esc()`.", sd=-2, n=3),
            F("CARD-PUBLIC", "MEDIUM", "Information Disclosure", "Blend Card Exposes Private Blends Without Authentication",
              "Require a customer token and check ownership.", sd=-1, n=2),
            F("JWT-DEFAULT-SECRET", "HIGH", "Broken Authentication", "Hard-coded JWT Secret Fallback",
              "Require `JWT_SECRET` to be set.", sd=-1, n=2),
            F("STUDIO-KEY-IN-QUERY", "MEDIUM", "Information Disclosure", "Studio Key Accepted in URL Query",
              "Only accept the key from the header.", sd=-1, n=2),
        ], wrap="list"),
        """
        ### Logic and Data Integrity

        The booking and order flows have race conditions and missing validation.
        """,
        Block([
            U({"severity": "INFO", "category": "Maintainability", "description": "server.ts mixes routing, SQL and pricing; consider a service layer."}),
            F("BOOK-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking of Sessions",
              "Use a single conditional UPDATE or a row lock.", sd=-2, n=3),
            F("SEATS-UNCHECKED", "MEDIUM", "Input Validation", "Negative Seat Counts Accepted",
              "Validate that seats is a positive integer.", sd=-2, n=3),
            F("QUANTITY-UNCHECKED", "HIGH", "Business Logic", "Negative Quantity Produces Negative Order Total",
              "Validate quantity.", sd=-2, n=3),
            F("ORDER-BLEND-NOT-OWNED", "MEDIUM", "Broken Access Control", "Customers Can Order Other Customers' Blends",
              "Compare `blend.rows[0].owner` with the caller.", sd=-2, n=3),
            F("FILL-RACE", "MEDIUM", "Race Condition", "Concurrent Fill Requests Can Overfill an Order",
              "Make the check part of the UPDATE.", d=+1, sd=-1, n=3),
            F("PAGES-FLOOR", "LOW", "Logic Error", "Page Count Rounds Down",
              "Use `Math.ceil`.", sd=-2, n=3),
            F("STUDIO-PAGE-SKIP", "MEDIUM", "Logic Error", "Studio Booking Pagination Skips First Page",
              "Use `(page - 1) * per` as the offset.", d=-1, sd=-3, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SEARCH-SQLI", "high", "security", "sqli in blend search", "bind q as a parameter"),
            F("LABEL-EXEC-PRINTER", "high", "security", "exec with user input (printer)", "execFile"),
            F("BLEND-IDOR", "medium", "security", "blend detail has no owner check", "where owner = me.sub"),
            F("STUDIO-KEY-EMPTY", "high", "security", "studio key empty == open", "require STUDIO_KEY"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("RANGE-LAST-DAY", "medium", "", "session range drops last day", "<= $2"),
            F("FILL-EXTRA", "medium", "bug", "fill allows quantity+1", ">= quantity"),
            F("STUDIO-PAGE-SKIP", "low", "bug", "offset skips page 1", "(page-1)*per"),
            F("TOTAL-FLOAT", "low", "bug", "float money", "integer cents"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Studio authentication bypass and a default JWT secret.
        2. SQL injection (2), OS command injection, path traversal, stored XSS.
        3. Missing ownership checks on blends and bookings.
        4. Race conditions and missing validation in booking and order filling.
        5. Pagination errors in the studio views.
        """,
        Block([
            F("STUDIO-KEY-EMPTY", "blocker", "security", "Studio authentication bypass when STUDIO_KEY is empty",
              "Reject requests when the key is not configured.", conf=0.9),
            F("JWT-DEFAULT-SECRET", "major", "security", "Default JWT signing secret", "Remove the fallback.", conf=0.85),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in blend search", "Use parameters.", conf=0.95),
            F("BLEND-SQLI", "blocker", "security", "SQL injection in blend detail endpoint", "Use parameters.", conf=0.95),
            F("BLEND-IDOR", "major", "security", "Insecure direct object reference on blends", "Check the owner.", conf=0.8),
            F("CARD-XSS", "major", "security", "Unescaped fields in HTML blend card", "Escape all fields.", conf=0.8),
            F("CANCEL-ANY", "major", "security", "Booking cancellation without ownership check",
              "Restrict to the booking's customer.", conf=0.8),
            F("BOOK-RACE", "major", "concurrency", "Session capacity race condition", "Use an atomic update.", conf=0.8),
            F("BOOKING-NO-TX", "minor", "reliability", "Booking not transactional", "Use a transaction.", conf=0.6),
            F("SEATS-UNCHECKED", "major", "correctness", "Seat count not validated (negative / NaN)",
              "Validate seats.", conf=0.75),
            F("QUANTITY-UNCHECKED", "major", "correctness", "Quantity not validated", "Validate quantity.", conf=0.75),
            F("FILL-EXTRA", "major", "correctness", "Order can be filled beyond its quantity",
              "Check filled >= quantity before incrementing.", d=+1, conf=0.7),
            F("LABEL-EXEC-PRINTER", "blocker", "security", "Command injection in label printing", "Use execFile.", conf=0.9),
            F("LABEL-TRAVERSAL", "major", "security", "Path traversal in label download", "Use the root option.", conf=0.85),
            F("PAGES-FLOOR", "minor", "correctness", "Total pages computed with floor", "Use Math.ceil.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 4 blocker, 9 major, 2 minor"),
    ]),
}
