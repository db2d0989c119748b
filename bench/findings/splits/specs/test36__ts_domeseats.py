"""test36/ts-domeseats: a planetarium's show ticketing and seat map (TypeScript, Express 5 + pg).

Frozen test split test36; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its results, or any other split's answers, specs or repositories (apart from
specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split (test36): seeded problems in a planetarium's show ticketing and seat map service; "
    "five agents' answers written by hand."
)

AU = "src/auth.ts"
SH = "src/shows.ts"
TI = "src/tickets.ts"
SV = "src/server.ts"

PROBLEMS = {
    "DIRECTOR-KEY-IN-QUERY": P(AU, "const key = (req.query.key as string | undefined)", "security", "director key accepted from the query string (logs, history, Referer)"),
    "DIRECTOR-FAILS-OPEN": P(AU, "if (key === DIRECTOR_KEY) return next();", "security", "DIRECTOR_KEY defaults to '': with it unset, ?key= (empty) passes the director check", "signature-vs-statement"),
    "SEAT-ROW-A-REJECTED": P(SH, "return row > 0 && n >= 1 && n <= SEATS_PER_ROW;", "bug", "row > 0 rejects index 0: row A can never be held or booked", "off-by-one"),
    "SEAT-FRACTIONAL": P(SH, "return row > 0 && n >= 1 && n <= SEATS_PER_ROW;", "bug", "n is not checked to be an integer: 'B2.5' or 'B 3' passes as a seat"),
    "SHOWS-DAY-SQLI": P(SH, "WHERE starts_at::date = '${day}' ORDER BY starts_at`", "security", "day query value interpolated into the show listing SQL", "source-vs-sink"),
    "SEATMAP-LAST-SEAT": P(SH, "for (let n = 1; n < SEATS_PER_ROW; n++)", "bug", "n < SEATS_PER_ROW from 1: seat 18 of every row is missing from the seat map", "off-by-one"),
    "POSTER-STORED-XSS": P(SH, 'res.type("html").send(`<h1>${rows[0].title}</h1>', "security", "show title and blurb written into HTML unescaped (stored XSS)"),
    "POSTER-REFLECTED-XSS": P(SH, 'res.type("html").send(`<h1>${rows[0].title}</h1>', "security", "ref query value written into the href unescaped (reflected XSS)", "source-vs-sink"),
    "SHOW-CAPACITY-UNCHECKED": P(SH, '[title, blurb ?? "", startsAt, capacity],', "bug", "capacity not validated: 0 or missing makes occupancy Infinity/NaN, above 216 exceeds the dome's seats"),
    "PDF-HOLDER-SHELL": P(TI, "await sh(`render-ticket --code ${code} --holder", "security", "holder name (from the unauthenticated buy body) inside double quotes in an exec() shell string: $(...) runs", "signature-vs-statement"),
    "PDF-PAPER-SHELL": P(TI, "await sh(`render-ticket --code ${code} --holder", "security", "paper query value unquoted in the same shell string"),
    "HOLD-EXPIRY-IGNORED": P(TI, "\"SELECT 1 FROM tickets WHERE show_id = $1 AND seat = $2 AND status <> 'refunded'\"", "bug", "the taken check counts expired holds: a seat held once and abandoned can never be held again"),
    "HOLD-DOUBLE-BOOK": P(TI, "if (taken.length > 0) return res.status(409)", "bug", "check-then-insert without a transaction or unique key: two buyers can hold the same seat", "critical-section"),
    "HOLD-CODE-GUESSABLE": P(TI, "const code = Math.random().toString(36).slice(2, 8);", "security", "ticket code (the only credential for buy and pdf) from Math.random, six characters"),
    "BUY-CLIENT-PRICE": P(TI, "const price = PRICES[band] ?? Number(req.body.price);", "security", "unknown band falls back to a client-supplied price", "source-vs-sink"),
    "BUY-EXPIRED-HOLD": P(TI, "\"SELECT * FROM tickets WHERE code = $1 AND status = 'held'\"", "bug", "buy accepts a hold whose held_until has passed"),
    "BUY-DOUBLE-SUBMIT": P(TI, 'if (!rows.length) return res.status(404).json({ error: "no such hold" });', "bug", "SELECT held then UPDATE without AND status = 'held': two concurrent buys both succeed, sold counted twice", "critical-section"),
    "REFUND-MISSING-CODE": P(TI, "const hoursLeft = (new Date(rows[0].starts_at)", "bug", "unknown code: rows[0] undefined, TypeError and a 500"),
    "REFUND-BOUNDARY": P(TI, "const refund = hoursLeft > 24 ? rows[0].price", "bug", "> 24 where the rule is 'at least 24 hours before': exactly 24 h gets half", "off-by-one"),
    "REFUND-TWICE": P(TI, "UPDATE tickets SET status = 'refunded' WHERE code = $1", "bug", "status never checked: a refunded (or only held, unpaid) ticket is refunded again"),
    "GROUP-END-SEAT": P(TI, "from + count > SEATS_PER_ROW) return res.status(400)", "bug", "a group ending on seat 18 is rejected: should be from + count - 1 > SEATS_PER_ROW", "off-by-one"),
    "GROUP-COUNT-UNCHECKED": P(TI, "const seats = Array.from({ length: count }", "bug", "from/count not validated as positive integers: a string from concatenates ('1' + i), count <= 0 books nothing and returns 201"),
    "GROUP-NO-AVAILABILITY": P(TI, '"INSERT INTO tickets (show_id, seat, status, code, price) VALUES ($1, $2, \'sold\', $3, $4)",', "bug", "group booking never checks whether the seats are already held or sold"),
    "CORS-REFLECT": P(SV, "app.use(cors({ origin: true, credentials: true }));", "security", "any origin reflected with credentials"),
    "ERROR-STACK-LEAK": P(SV, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the message and stack trace (SQL errors, paths) to clients"),
}

CONFUSABLE = [
    ("DIRECTOR-KEY-IN-QUERY", "DIRECTOR-FAILS-OPEN"),
    ("SEAT-ROW-A-REJECTED", "SEAT-FRACTIONAL"),
    ("POSTER-STORED-XSS", "POSTER-REFLECTED-XSS"),
    ("PDF-HOLDER-SHELL", "PDF-PAPER-SHELL"),
    ("HOLD-EXPIRY-IGNORED", "HOLD-DOUBLE-BOOK"),
    ("HOLD-DOUBLE-BOOK", "HOLD-CODE-GUESSABLE"),
    ("BUY-CLIENT-PRICE", "BUY-EXPIRED-HOLD"),
    ("BUY-EXPIRED-HOLD", "BUY-DOUBLE-SUBMIT"),
    ("REFUND-MISSING-CODE", "REFUND-BOUNDARY"),
    ("REFUND-BOUNDARY", "REFUND-TWICE"),
    ("GROUP-END-SEAT", "GROUP-COUNT-UNCHECKED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: domeseats

        I read all five source files. The service sells seats for planetarium shows: holds, purchases,
        refunds, group bookings, a seat map, posters and PDF tickets.

        The most urgent problems are two shell injections in `renderTicketPdf`, SQL injection in `GET /shows`,
        a client-controlled price in the buy flow, and a director check that passes when `DIRECTOR_KEY` is not
        set. Seat bookkeeping has several correctness bugs: row A can never be booked, seat 18 is missing
        from the map, expired holds block seats forever, and both the hold and the buy step race.

        | Severity | Count |
        |---|---|
        | critical | 4 |
        | high | 5 |
        | medium | 11 |
        | low | 4 |
        """,
        Block([
            F("PDF-HOLDER-SHELL", "critical", "security", "Command injection through the stored holder name in `renderTicketPdf`",
              "`holder` comes from the unauthenticated buy body and `$(...)` is expanded inside double quotes. Use `execFile(\"render-ticket\", [\"--code\", code, \"--holder\", holder, ...])`.",
              symbol="renderTicketPdf", conf=0.9),
            F("PDF-PAPER-SHELL", "high", "security", "`paper` query parameter is interpolated unquoted into the same shell command",
              "Allow-list paper sizes (`a6`, `a4`) and use `execFile` with an argument array.", symbol="renderTicketPdf", conf=0.85),
            F("SHOWS-DAY-SQLI", "critical", "security", "SQL injection via `day` in `GET /shows`",
              "Pass `day` as `$1` and validate it as `YYYY-MM-DD`.", symbol="GET /shows", conf=0.95),
            F("BUY-CLIENT-PRICE", "critical", "security", "Buyer can set their own price with an unknown `band`",
              "Reject bands not in `PRICES` instead of falling back to `req.body.price`.", symbol="POST /tickets/:code/buy", conf=0.9),
            F("DIRECTOR-FAILS-OPEN", "critical", "security", "`director` middleware passes when `DIRECTOR_KEY` is unset",
              "Refuse to start without the key, as `boxOffice` fails closed; compare with `timingSafeEqual`.",
              symbol="director", conf=0.85),
            F("DIRECTOR-KEY-IN-QUERY", "medium", "security", "Director key accepted in the query string",
              "Accept it only from the header; URLs end up in logs and browser history.", symbol="director", conf=0.75),
            F("POSTER-STORED-XSS", "high", "security", "Stored XSS: show title and blurb rendered as raw HTML",
              "HTML-escape every interpolated value or render through a template engine that escapes.",
              symbol="GET /shows/:id/poster", conf=0.8),
            F("POSTER-REFLECTED-XSS", "high", "security", "Reflected XSS through the `ref` query parameter on the poster page",
              "Escape `ref` (and URL-encode it for the href).", symbol="GET /shows/:id/poster", conf=0.85),
            F("HOLD-CODE-GUESSABLE", "high", "security", "Ticket codes come from `Math.random` and are six characters long",
              "Use `randomUUID()` (already used for group bookings) or `randomBytes(16)`.", symbol="POST /shows/:id/hold", conf=0.8),
            F("HOLD-DOUBLE-BOOK", "high", "bug", "Two buyers can hold the same seat",
              "The availability check and the INSERT are separate statements; add a partial unique index on `(show_id, seat)` for live tickets and handle the conflict.",
              symbol="POST /shows/:id/hold", conf=0.8),
            F("HOLD-EXPIRY-IGNORED", "medium", "bug", "Expired holds still count as taken when placing a hold",
              "Use the same condition as the seat map: `status = 'sold' OR held_until > now()`.",
              symbol="POST /shows/:id/hold", conf=0.8),
            F("BUY-EXPIRED-HOLD", "medium", "bug", "A hold can be bought after it has expired",
              "Add `AND held_until > now()` to the lookup.", symbol="POST /tickets/:code/buy", conf=0.7),
            F("BUY-DOUBLE-SUBMIT", "medium", "bug", "Concurrent buy requests for one code both succeed",
              "Make the UPDATE conditional (`WHERE code = $3 AND status = 'held' RETURNING *`) and use its row count instead of the earlier SELECT.",
              d=-1, sd=-1, n=3, symbol="POST /tickets/:code/buy", conf=0.75),
            F("SEAT-ROW-A-REJECTED", "medium", "bug", "`validSeat` rejects every seat in row A",
              "`indexOf` returns 0 for `A`; test `row >= 0`.", symbol="validSeat", conf=0.9),
            F("SEAT-FRACTIONAL", "low", "bug", "`validSeat` accepts non-integer seat numbers",
              "Require `Number.isInteger(n)` (and a strict `/^[A-M]\\d{1,2}$/` format).", symbol="validSeat", conf=0.7),
            F("SEATMAP-LAST-SEAT", "medium", "bug", "Seat map omits the last seat of each row",
              "Loop with `n <= SEATS_PER_ROW`.", symbol="GET /shows/:id/seatmap", conf=0.9),
            F("REFUND-MISSING-CODE", "medium", "bug", "Refund of an unknown code throws",
              "Return 404 when `rows` is empty.", symbol="POST /tickets/:code/refund", conf=0.8),
            F("REFUND-BOUNDARY", "low", "bug", "Full refund boundary excludes exactly 24 hours",
              "Use `hoursLeft >= 24` if the policy is 'at least 24 hours before the show'.", symbol="POST /tickets/:code/refund", conf=0.6),
            F("REFUND-TWICE", "medium", "bug", "Refund does not check the ticket's status",
              "Only refund `sold` tickets: `UPDATE ... WHERE code = $1 AND status = 'sold' RETURNING price`.",
              symbol="POST /tickets/:code/refund", conf=0.8),
            F("GROUP-END-SEAT", "low", "bug", "Group booking rejects groups that end on the last seat",
              "The last seat is `from + count - 1`; compare that with `SEATS_PER_ROW`.", symbol="POST /shows/:id/group", conf=0.75),
            F("GROUP-COUNT-UNCHECKED", "medium", "bug", "`from` and `count` are not validated as positive integers",
              "Validate both with `Number.isInteger` and `count >= 1`; a string `from` turns `from + i` into concatenation.",
              symbol="POST /shows/:id/group", conf=0.7),
            F("SHOW-CAPACITY-UNCHECKED", "low", "bug", "Show capacity is stored without validation",
              "Require an integer between 1 and 216 (12 rows x 18 seats); 0 makes occupancy divide by zero.",
              symbol="POST /shows", conf=0.65),
            F("CORS-REFLECT", "medium", "security", "CORS reflects every origin with credentials",
              "Configure an explicit origin list.", symbol="app", conf=0.7),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler returns stack traces",
              "Log the error server-side and return a generic message.", symbol="app", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "dot", [
        "tsc not run (no tsconfig.json in the repo).",
        Block([
            F("SHOWS-DAY-SQLI", "critical", "security", "SQLi: req.query.day interpolated into SQL", "Bind $1.", d=-2),
            F("PDF-HOLDER-SHELL", "critical", "security", "renderTicketPdf builds a shell command from holder/code", "execFile with args.", d=-2),
            F("BUY-CLIENT-PRICE", "high", "security", "Price taken from request body for unknown band", "Reject unknown band.", d=-1),
            F("POSTER-REFLECTED-XSS", "medium", "security", "ref query param reflected into HTML", "Escape.", d=-1),
            F("DIRECTOR-FAILS-OPEN", "high", "security", "director() fails open without DIRECTOR_KEY", "Fail closed.", d=-2),
            F("HOLD-CODE-GUESSABLE", "medium", "security", "Math.random ticket codes", "crypto.randomUUID."),
            F("HOLD-EXPIRY-IGNORED", "medium", "bug", "Expired holds block the seat", "Check held_until."),
            F("HOLD-DOUBLE-BOOK", "high", "bug", "Seat hold is check-then-insert (race)", "Unique index + ON CONFLICT.", d=+2),
            F("SEAT-ROW-A-REJECTED", "medium", "bug", "validSeat: indexOf 0 treated as invalid", "row >= 0.", d=-2),
            F("REFUND-MISSING-CODE", "low", "bug", "refund: rows[0] may be undefined", "404."),
            F("REFUND-TWICE", "medium", "bug", "Refund allowed for already refunded tickets", "Check status."),
            F("GROUP-END-SEAT", "low", "bug", "Group fit check off by one", "from + count - 1.", d=-1),
            F("ERROR-STACK-LEAK", "low", "security", "Stack traces returned to clients", "Generic 500."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the domeseats planetarium ticketing service. Here is a summary of my
        findings.

        **Critical and high-risk vulnerabilities**

        The service has several injection points (SQL, shell, HTML) and an authentication middleware that
        does not fail closed. Ticket codes, which act as bearer credentials, are predictable.
        """,
        Block([
            F("SHOWS-DAY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Show Listing",
              "Use parameterized queries.",
              desc="The `day` query parameter is embedded directly into the SQL template literal."),
            F("PDF-HOLDER-SHELL", "CRITICAL", "Command Injection", "Command Injection via Ticket Holder Name",
              "Use `execFile` with an argument array.",
              desc="The holder name is provided by the buyer and later inserted into a shell command inside double quotes, where command substitution still happens."),
            F("PDF-PAPER-SHELL", "HIGH", "Command Injection", "Command Injection via Paper Parameter",
              "Restrict `paper` to known values."),
            F("POSTER-STORED-XSS", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting in Poster Page",
              "Escape HTML output."),
            F("POSTER-REFLECTED-XSS", "HIGH", "Cross-Site Scripting", "Reflected Cross-Site Scripting via ref Parameter",
              "Encode the parameter."),
            F("DIRECTOR-FAILS-OPEN", "HIGH", "Broken Access Control", "Director Authentication Bypass",
              "Do not default `DIRECTOR_KEY` to an empty string."),
            F("DIRECTOR-KEY-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Director Key Accepted via URL",
              "Only accept the key in a header."),
            F("HOLD-CODE-GUESSABLE", "MEDIUM", "Cryptographic Failure", "Predictable Ticket Codes",
              "Use a cryptographically secure random generator."),
            F("BUY-CLIENT-PRICE", "HIGH", "Business Logic", "Client-Controlled Ticket Price",
              "Never trust a price from the client.", d=+3),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy",
              "Restrict allowed origins."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Disclosure",
              "Hide error details in production."),
        ], wrap="list"),
        """
        **Logic and data integrity issues**
        """,
        Block([
            F("HOLD-DOUBLE-BOOK", "major", "Race Condition", "Race Condition Allows Double Booking of Seats",
              "Use a transaction with a unique constraint.", d=-3,
              desc="Between the availability SELECT and the INSERT another request can hold the same seat."),
            F("HOLD-EXPIRY-IGNORED", "major", "Business Logic", "Abandoned Holds Never Release Seats",
              "Ignore holds whose `held_until` is in the past."),
            F("BUY-DOUBLE-SUBMIT", "minor", "Data Integrity", "Sold Counter Can Be Incremented Twice",
              "Make the purchase update conditional on the hold status.", d=+2),
            F("SEATMAP-LAST-SEAT", "minor", "Off-by-one Error", "Seat Map Missing Final Seat",
              "Use `<=` in the loop condition."),
            F("SEAT-FRACTIONAL", "minor", "Input Validation", "Seat Number Not Validated as Integer",
              "Use `Number.isInteger`.", d=-1),
            F("REFUND-BOUNDARY", "minor", "Business Logic", "Refund Threshold Boundary Condition",
              "Use `>=` for the 24-hour rule.", d=-1),
            F("GROUP-COUNT-UNCHECKED", "minor", "Input Validation", "Group Booking Parameters Not Validated",
              "Validate `from` and `count`."),
            F("GROUP-NO-AVAILABILITY", "major", "Data Integrity", "Group Booking Can Oversell Seats",
              "Check that each seat is free before inserting, inside the transaction."),
            U({"severity": "info", "description": "The `sold` map is lost on restart; consider persisting it."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("SHOWS-DAY-SQLI", "error", "security", "sql injection in GET /shows", "parameterize"),
            F("PDF-HOLDER-SHELL", "error", "security", "shell injection in renderTicketPdf", "execFile"),
        ], fence="json", indent=None),
        Block([
            F("POSTER-REFLECTED-XSS", "warning", "", "xss on poster page", "escape ref"),
            F("HOLD-CODE-GUESSABLE", "warning", "security", "weak ticket code generation", "randomUUID"),
        ], fence="json", indent=None),
        Block([
            F("SEAT-ROW-A-REJECTED", "warning", "bug", "row A can't be booked", "row >= 0"),
            F("REFUND-MISSING-CODE", "warning", "bug", "refund crashes on unknown code", "check rows.length"),
            F("ERROR-STACK-LEAK", "info", "security", "stack trace in 500 response", "drop stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Injection: SQL in the show list, shell in PDF rendering, XSS on the poster page.
        2. Authentication: director key handling.
        3. Concurrency: holds and purchases are not atomic.
        4. Correctness: seat validation, refunds, group bookings.
        5. Configuration: CORS.
        """,
        Block([
            F("SHOWS-DAY-SQLI", "blocker", "security", "SQL injection in the show listing query",
              "Use parameterized queries.", d=-2, conf=0.9),
            F("PDF-HOLDER-SHELL", "blocker", "security", "Command injection in ticket PDF rendering (holder)",
              "Use execFile.", conf=0.85),
            F("PDF-PAPER-SHELL", "major", "security", "Command injection in ticket PDF rendering (paper)",
              "Validate paper.", d=-1, conf=0.7),
            F("POSTER-STORED-XSS", "major", "security", "Unescaped show fields in poster HTML",
              "Escape output.", conf=0.75),
            F("DIRECTOR-FAILS-OPEN", "major", "security", "Empty default director key",
              "Require the key.", d=-1, conf=0.75),
            F("DIRECTOR-KEY-IN-QUERY", "minor", "security", "Secret in query string",
              "Use a header.", conf=0.6),
            F("HOLD-CODE-GUESSABLE", "major", "security", "Insecure random ticket codes",
              "Use crypto.", conf=0.8),
            F("BUY-CLIENT-PRICE", "major", "security", "Price can be supplied by the client",
              "Use server-side prices only.", conf=0.85),
            F("HOLD-DOUBLE-BOOK", "major", "concurrency", "Non-atomic seat availability check",
              "Use a unique constraint.", conf=0.75),
            F("BUY-EXPIRED-HOLD", "minor", "correctness", "Hold expiry not enforced at purchase",
              "Check held_until.", conf=0.65),
            F("BUY-DOUBLE-SUBMIT", "major", "concurrency", "Purchase is not atomic",
              "Use a conditional update.", d=+1, conf=0.7),
            F("SEAT-ROW-A-REJECTED", "major", "correctness", "Off-by-one in validSeat row check",
              "Use >= 0.", conf=0.85),
            F("SEATMAP-LAST-SEAT", "minor", "correctness", "Off-by-one in seat map loop",
              "Use <=.", d=-1, sd=0, conf=0.8),
            F("REFUND-BOUNDARY", "minor", "correctness", "Refund window comparison excludes the boundary",
              "Use >=.", conf=0.55),
            F("REFUND-TWICE", "major", "correctness", "Ticket can be refunded multiple times",
              "Check the status before refunding.", conf=0.75),
            F("GROUP-END-SEAT", "minor", "correctness", "Group booking bound check off by one",
              "Subtract one.", conf=0.65),
            F("SHOW-CAPACITY-UNCHECKED", "minor", "correctness", "Capacity not validated on show creation",
              "Validate capacity.", d=-3, conf=0.55),
            F("CORS-REFLECT", "minor", "security", "CORS allows any origin with credentials",
              "Restrict origins.", conf=0.7),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}
