"""test70/ts-mewsslots: a falconry centre's flight slot board (TypeScript). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's answers
(only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test70: seeded problems in a falconry centre's flight slot board; five agents' "
    "answers written by hand."
)

S = "src/server.ts"


def G(problem, severity, category, title, rec, d=0, **kw):
    """gemini quotes three lines that end on the cited line."""
    return F(problem, severity, category, title, rec, d=d, sd=d - 2, n=3, **kw)


PROBLEMS = {
    "CORS-REFLECTS-ORIGIN": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");', "security", "any Origin reflected with Allow-Credentials: true"),
    "JWT-EXPIRY-IGNORED": P(S, "{ ignoreExpiration: true }", "security", "customer tokens verified with ignoreExpiration: expired tokens work forever"),
    "JWT-SECRET-FALLBACK": P(S, "{ ignoreExpiration: true }", "security", "JWT secret falls back to the literal \"hawkwalk\" when JWT_SECRET is unset"),
    "BIRDS-SEARCH-SQLI": P(S, "name ILIKE '%${q}%' ORDER BY name", "security", "q query value interpolated into the ILIKE pattern", "source-vs-sink"),
    "BIRDS-SELECT-STAR": P(S, "name ILIKE '%${q}%' ORDER BY name", "security", "public search returns SELECT * (weights, vet columns) instead of the public fields /birds/:id uses"),
    "SLOTS-COUNT-CANCELLED": P(S, 'pool.query("SELECT start_min FROM bookings WHERE day = $1", [day])', "bug", "slot query has no status filter: cancelled bookings keep their slot shown as taken"),
    "SLOTS-LAST-AT-CLOSING": P(S, "for (let t = OPEN_MIN; t <= CLOSE_MIN; t += SLOT_MIN) {", "bug", "<= CLOSE_MIN offers a slot starting at closing time (16:00)", "off-by-one"),
    "BOOKING-HOLD-RACE": P(S, "const counts = (await pool.query(COUNTS_SQL", "bug", "hold checked, then an await, then set: two customers both pass and double-book the slot", "critical-section"),
    "BOOKING-MAX-FLIGHTS-OFF": P(S, "if (counts.flown > bird.max_flights)", "bug", "> instead of >=: a bird is booked for one flight more than its daily maximum", "off-by-one"),
    "BOOKING-PARTY-UNVALIDATED": P(S, "const people = Number(req.body.people ?? 1);", "bug", "party size not validated (0, negative, NaN, above MAX_PARTY) unlike /quote"),
    "BOOKING-PRICE-FROM-CLIENT": P(S, "const price = req.body.price_pence ?? bird.price_pence * people;", "security", "the client can send its own price_pence"),
    "BOOKING-READ-IDOR": P(S, "const { rows } = await pool.query(BOOKING_SQL, [req.params.id]);", "security", "any signed-in customer reads any booking with its owner's name and phone", "signature-vs-statement"),
    "CANCEL-NOT-OWNER": P(S, "UPDATE bookings SET status = 'cancelled' WHERE id = $1 RETURNING *", "security", "any signed-in customer cancels (and is refunded for) anyone's booking", "signature-vs-statement"),
    "CANCEL-REFUNDS-TWICE": P(S, "await refund(booking.payment_ref, booking.price_pence);", "bug", "update does not require status = 'booked': cancelling again refunds again"),
    "CANCEL-AFTER-FLIGHT": P(S, "await refund(booking.payment_ref, booking.price_pence);", "bug", "a flight already flown (or a past day) is cancelled and refunded in full"),
    "BOARD-CUSTOMER-XSS": P(S, "<td>${esc(r.bird)}</td><td>${r.customer}</td>", "security", "customer name in the public board HTML unescaped (the bird name is escaped)"),
    "BOARD-CUSTOMER-NAMES-PUBLIC": P(S, "<td>${esc(r.bird)}</td><td>${r.customer}</td>", "security", "the public board shows every customer's full name"),
    "DAY-PAGES-IN-MEMORY": P(S, 'pool.query("SELECT * FROM bookings WHERE day = $1 ORDER BY start_min", [req.query.day])', "performance", "falconer day view loads every booking of the day and pages in memory"),
    "DAY-SLICE-DROPS-ROW": P(S, "page * DAY_PAGE + DAY_PAGE - 1", "bug", "slice end is exclusive: - 1 drops the last booking of every page", "off-by-one"),
    "WEIGH-LOG-LOST-UPDATE": P(S, 'await pool.query("UPDATE birds SET weight_g = $1 WHERE id = $2"', "bug", "weigh log read before an await and written after: concurrent weighings lose entries", "critical-section"),
    "WEIGH-GRAMS-UNVALIDATED": P(S, "const grams = Number(req.body.grams);", "bug", "weight not validated: NaN, 0 or negative stored as the bird's flying weight"),
    "PHOTO-NAME-TRAVERSAL": P(S, "await fs.writeFile(target, req.body);", "security", "name query value joined to PHOTO_DIR: ../ writes outside it", "source-vs-sink"),
    "CLOSE-SHELL-INJECTION": P(S, 'exec(`notify-customers --day ${day} --reason "${reason}"`', "security", "day and reason from the body interpolated into a shell command", "source-vs-sink"),
    "CLOSE-NOTIFY-ERRORS-IGNORED": P(S, 'exec(`notify-customers --day ${day} --reason "${reason}"`', "bug", "exec callback ignores errors: the field is reported closed though nobody was told"),
    "ERROR-STACK-LEAKED": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler sends the message and stack trace to the client"),
}

CONFUSABLE = [
    ("JWT-EXPIRY-IGNORED", "JWT-SECRET-FALLBACK"),
    ("BIRDS-SEARCH-SQLI", "BIRDS-SELECT-STAR"),
    ("SLOTS-COUNT-CANCELLED", "SLOTS-LAST-AT-CLOSING"),
    ("BOOKING-HOLD-RACE", "BOOKING-MAX-FLIGHTS-OFF"),
    ("BOOKING-PARTY-UNVALIDATED", "BOOKING-PRICE-FROM-CLIENT"),
    ("CANCEL-NOT-OWNER", "CANCEL-REFUNDS-TWICE"),
    ("CANCEL-REFUNDS-TWICE", "CANCEL-AFTER-FLIGHT"),
    ("BOARD-CUSTOMER-XSS", "BOARD-CUSTOMER-NAMES-PUBLIC"),
    ("DAY-PAGES-IN-MEMORY", "DAY-SLICE-DROPS-ROW"),
    ("WEIGH-LOG-LOST-UPDATE", "WEIGH-GRAMS-UNVALIDATED"),
    ("CLOSE-SHELL-INJECTION", "CLOSE-NOTIFY-ERRORS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the Express service behind the flight slot board.

        **Summary**

        1. Two injection points reachable from outside: the bird search builds SQL from `q`, and closing the field
           builds a shell command from the request body.
        2. Customer authentication is weak (expired tokens accepted, a hard-coded fallback secret) and the booking
           endpoints never check that the booking belongs to the caller.
        3. Booking trusts the client's price and party size, and the hold/clash check races across an `await`.
        4. Smaller correctness problems in slot generation, paging and the weigh log.

        What is fine: `falconerOnly` fails closed and compares with `timingSafeEqual` after a length check; `/quote`
        validates the party size; `/birds/:id` selects only public columns; the bird name on the board goes through
        `esc`; JSON bodies are limited to 64 kB.
        """,
        Block([
            F("BIRDS-SEARCH-SQLI", "critical", "security", "SQL injection in `GET /birds` via `q`",
              "Bind the pattern: `name ILIKE $1` with `[`%${q}%`]`.", symbol="GET /birds", conf=0.95),
            F("BIRDS-SELECT-STAR", "low", "security", "Public bird search returns every column",
              "Select the same public columns as `GET /birds/:id`; `SELECT *` exposes internal fields such as weights.",
              symbol="GET /birds", conf=0.6),
            F("CLOSE-SHELL-INJECTION", "high", "security", "`/falconer/close` interpolates `day` and `reason` into a shell command",
              "Use `execFile(\"notify-customers\", [\"--day\", day, \"--reason\", reason])` and validate `day`.",
              symbol="POST /falconer/close", conf=0.9),
            F("JWT-EXPIRY-IGNORED", "high", "security", "Customer JWTs are accepted after they expire",
              "Drop `ignoreExpiration: true`.", symbol="customerFromToken", conf=0.9),
            F("JWT-SECRET-FALLBACK", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`; with the fallback anyone can mint tokens signed with \"hawkwalk\".",
              symbol="customerFromToken", conf=0.85),
            F("CORS-REFLECTS-ORIGIN", "medium", "security", "CORS reflects any origin with credentials allowed",
              "Allow-list the centre's own origins.", symbol="app.use (CORS)", conf=0.7),
            F("BOOKING-READ-IDOR", "high", "security", "`GET /bookings/:id` returns any booking with the owner's phone",
              "Add `AND b.customer = $2` with `who.sub`.", symbol="GET /bookings/:id", conf=0.9),
            F("CANCEL-NOT-OWNER", "high", "security", "Any customer can cancel any booking",
              "Restrict the update to `customer = $2` (`who` is fetched but never used).",
              symbol="POST /bookings/:id/cancel", conf=0.9),
            F("BOOKING-PRICE-FROM-CLIENT", "high", "security", "Booking accepts a client-supplied `price_pence`",
              "Always compute the price on the server.", symbol="POST /bookings", conf=0.9),
            F("ERROR-STACK-LEAKED", "medium", "security", "Error handler returns stack traces",
              "Send a generic message; keep the stack in the log.", symbol="error handler", conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("BOOKING-HOLD-RACE", "high", "bug", "Slot hold and clash check race across the `await`",
              "Set the hold before awaiting (synchronously after the check), and back it with a unique index on `(day, start_min)` where status is booked.",
              symbol="POST /bookings", conf=0.8),
            F("BOOKING-MAX-FLIGHTS-OFF", "medium", "bug", "`flown > max_flights` allows one flight too many",
              "Use `>=`.", symbol="POST /bookings", conf=0.85),
            F("BOOKING-PARTY-UNVALIDATED", "medium", "bug", "Party size is not validated when booking",
              "Reuse the `/quote` check (integer, 1..MAX_PARTY).", symbol="POST /bookings", conf=0.8),
            F("SLOTS-COUNT-CANCELLED", "medium", "bug", "Cancelled bookings still mark their slot taken",
              "Add `AND status = 'booked'` as `COUNTS_SQL` does.", symbol="GET /slots", conf=0.8),
            F("SLOTS-LAST-AT-CLOSING", "medium", "bug", "A slot is offered at closing time",
              "Use `t + SLOT_MIN <= CLOSE_MIN` (or `t < CLOSE_MIN`).", symbol="GET /slots", conf=0.85),
            F("CANCEL-REFUNDS-TWICE", "high", "bug", "Repeated cancellation refunds again",
              "Only update rows with `status = 'booked'` so a second call returns 404.",
              symbol="POST /bookings/:id/cancel", conf=0.8),
            F("PHOTO-NAME-TRAVERSAL", "medium", "security", "Photo upload writes to a caller-chosen path",
              "Ignore `name` or reduce it with `path.basename` and check the extension.",
              symbol="POST /birds/:id/photo", conf=0.75),
            F("BOARD-CUSTOMER-XSS", "medium", "security", "Customer name is not escaped on the public board",
              "Use `esc(r.customer)`.", symbol="GET /board", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("BIRDS-SEARCH-SQLI", "critical", "security", "SQLi: req.query.q -> ILIKE template string",
              "$1 parameter.", d=-2),
            F("CLOSE-SHELL-INJECTION", "high", "security", "Shell injection via body.reason/day in /falconer/close",
              "execFile with args.", d=-1),
            F("PHOTO-NAME-TRAVERSAL", "high", "security", "req.query.name joined to PHOTO_DIR (../)",
              "basename + extension check.", d=-2),
            F("BOOKING-READ-IDOR", "high", "security", "GET /bookings/:id: no owner check",
              "Filter by who.sub.", d=-3),
            F("CANCEL-NOT-OWNER", "high", "security", "POST /bookings/:id/cancel: who unused, any booking cancellable",
              "WHERE id=$1 AND customer=$2.", d=-3),
            F("BOOKING-PRICE-FROM-CLIENT", "high", "security", "price_pence taken from request body",
              "Server-side price only."),
            F("JWT-EXPIRY-IGNORED", "medium", "security", "jwt.verify with ignoreExpiration",
              "Remove the option."),
            F("BOOKING-HOLD-RACE", "medium", "bug", "holds.set after await: concurrent bookings double-book",
              "Unique index + set hold before await.", d=+1),
            F("SLOTS-LAST-AT-CLOSING", "low", "bug", "t <= CLOSE_MIN yields a 16:00 slot",
              "t < CLOSE_MIN."),
            F("DAY-SLICE-DROPS-ROW", "low", "bug", "slice(.., +DAY_PAGE - 1) drops one booking per page",
              "End index page*DAY_PAGE + DAY_PAGE."),
            F("WEIGH-LOG-LOST-UPDATE", "low", "bug", "weighLog read-modify-write spans an await",
              "Append after the await with a fresh get.", d=-1),
            F("CANCEL-AFTER-FLIGHT", "medium", "bug", "Refund issued for past flights",
              "Refuse cancellation once the slot has started."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the falconry centre booking service in `src/server.ts`.

        ### Security Vulnerabilities

        The service has several injection points and authorization gaps that should be fixed before it is
        exposed publicly.
        """,
        Block([
            G("BIRDS-SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Bird Search",
              "Use parameterized queries.",
              desc="The `q` query parameter is placed inside a template literal that forms the SQL statement."),
            G("CLOSE-SHELL-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Field Closure Notification",
              "Use `execFile` with an argument array."),
            G("PHOTO-NAME-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Bird Photo Upload",
              "Do not let the client choose the file name."),
            G("BOARD-CUSTOMER-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS on the Public Flight Board",
              "Escape the customer name with `esc`."),
            G("BOARD-CUSTOMER-NAMES-PUBLIC", "MEDIUM", "Information Disclosure", "Customer Names Exposed on Public Board",
              "Show initials or a booking reference instead of full names."),
            G("JWT-SECRET-FALLBACK", "HIGH", "Broken Authentication", "Hardcoded JWT Secret Fallback",
              "Require the `JWT_SECRET` environment variable."),
            G("CORS-REFLECTS-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy With Credentials",
              "Restrict allowed origins."),
            G("BOOKING-READ-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference on Booking Details",
              "Check that the booking belongs to the authenticated customer."),
            G("BOOKING-PRICE-FROM-CLIENT", "HIGH", "Business Logic", "Client-Controlled Booking Price",
              "Ignore any price sent by the client."),
            G("ERROR-STACK-LEAKED", "LOW", "Information Disclosure", "Stack Traces Returned in Error Responses",
              "Do not include `err.stack` in responses."),
        ], wrap="list"),
        """
        ### Reliability and Logic

        These issues affect correctness under load or produce wrong results.
        """,
        Block([
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split the route handlers into separate modules."}),
            G("BOOKING-HOLD-RACE", "HIGH", "Race Condition", "Race Condition in Slot Holding",
              "Reserve the slot atomically in the database.", d=+1,
              desc="The hold is only recorded after the asynchronous count query returns, so two requests can both see the slot as free."),
            G("WEIGH-LOG-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Weigh Log Entries Under Concurrent Requests",
              "Read the log after the await, or store it in the database.", d=+1),
            G("DAY-PAGES-IN-MEMORY", "MEDIUM", "Performance", "Inefficient In-Memory Pagination",
              "Use `LIMIT` and `OFFSET` in the query."),
            G("SLOTS-LAST-AT-CLOSING", "LOW", "Logic Error", "Slot Generated at Closing Time",
              "Change the loop condition to `<`.", d=+1),
            G("CLOSE-NOTIFY-ERRORS-IGNORED", "MEDIUM", "Error Handling", "Notification Failures Are Silently Ignored",
              "Handle the error in the `exec` callback and report it."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("BIRDS-SEARCH-SQLI", "high", "security", "sql injection in bird search", "use $1"),
            F("CLOSE-SHELL-INJECTION", "high", "security", "exec with template string", "execFile"),
            F("BOOKING-PRICE-FROM-CLIENT", "high", "security", "client can set price_pence", "compute price server side"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("SLOTS-LAST-AT-CLOSING", "low", "bug", "slot offered at 16:00 closing", "t < CLOSE_MIN"),
            F("DAY-SLICE-DROPS-ROW", "low", "bug", "day page loses one row", "remove - 1"),
            F("WEIGH-GRAMS-UNVALIDATED", "low", "", "grams not validated", "reject NaN and <= 0"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the bird search (blocker)
        2. Command injection when closing the field (blocker)
        3. Authorization gaps on booking read and cancel, expired JWTs accepted (major)
        4. Concurrency problems in booking holds and the weigh log (major)
        5. Off-by-one errors in flight limits and paging, unvalidated party size (major/minor)
        """,
        Block([
            F("BIRDS-SEARCH-SQLI", "blocker", "security", "SQL injection via the q search parameter",
              "Use a bound parameter for the ILIKE pattern.", conf=0.95),
            F("CLOSE-SHELL-INJECTION", "blocker", "security", "OS command injection in notify-customers call",
              "Use execFile and validate the day.", conf=0.9),
            F("JWT-EXPIRY-IGNORED", "major", "security", "JWT expiration is not enforced",
              "Remove ignoreExpiration.", conf=0.85),
            F("BOOKING-READ-IDOR", "major", "security", "Booking details readable by any authenticated user",
              "Check ownership before returning the booking.", conf=0.8),
            F("CANCEL-NOT-OWNER", "major", "security", "Booking cancellation does not verify ownership",
              "Compare the booking's customer with the token subject.", conf=0.8),
            F("CANCEL-REFUNDS-TWICE", "major", "correctness", "Double refund when a booking is cancelled twice",
              "Only cancel bookings that are still booked.", conf=0.75),
            F("SLOTS-COUNT-CANCELLED", "major", "correctness", "Cancelled bookings block slots",
              "Filter on status = 'booked'.", conf=0.7),
            F("BOOKING-HOLD-RACE", "major", "concurrency", "Race condition between hold check and hold creation",
              "Create the hold before any await or use a database lock.", d=-1, conf=0.75),
            F("BOOKING-MAX-FLIGHTS-OFF", "major", "correctness", "Off-by-one in the bird daily flight limit",
              "Use >= when comparing with max_flights.", d=-3, conf=0.7),
            F("WEIGH-LOG-LOST-UPDATE", "major", "concurrency", "Weigh log updates can be lost",
              "Do not hold the old array across the await.", conf=0.7),
            F("BOOKING-PARTY-UNVALIDATED", "minor", "correctness", "Number of people is not validated",
              "Validate people between 1 and MAX_PARTY.", conf=0.7),
            F("DAY-SLICE-DROPS-ROW", "minor", "correctness", "Pagination drops the last booking of each page",
              "Use page * DAY_PAGE + DAY_PAGE as the end index.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 8 major, 2 minor"),
    ]),
}
