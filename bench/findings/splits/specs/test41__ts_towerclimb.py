"""test41/ts-towerclimb: lighthouse visitor tours, group tickets and stair-climb waivers (TypeScript, Express + pg).

Frozen test split test41; labels next to each finding. Written 2026-12-04 by a helper session that had not
seen the merger code, its scores or any other split's answers or specs (only specs/tune2__py_snapctl.py, for the
format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test41: seeded problems in a small lighthouse tour booking service; five agents' "
    "answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "GUIDE-FAILS-OPEN": P(S, "if (token === process.env.GUIDE_TOKEN) return next();", "security",
                          "guideOnly fails open: with GUIDE_TOKEN unset a request without the header matches (undefined === undefined)",
                          "signature-vs-statement"),
    "GUIDE-TIMING": P(S, "if (token === process.env.GUIDE_TOKEN) return next();", "security",
                      "guide token compared with === (not constant time), unlike keeperOnly"),
    "REFUND-NO-TIMEOUT": P(S, "const r = await fetch(`${PAYMENTS_URL}/refunds`", "bug",
                           "refund call has no timeout (AbortSignal) or idempotency key: a hung payments service hangs cancel and a retry refunds twice",
                           "signature-vs-statement"),
    "SLOT-CACHE-STALE": P(S, "if (hit && Date.now() - hit.at < 10 * 60_000) return res.json(hit.slots);", "bug",
                          "slot cache is never invalidated by bookings or cancellations: visitors see places that are gone for 10 minutes",
                          "critical-section"),
    "SLOT-CACHE-UNBOUNDED": P(S, "slotCache.set(day, { at: Date.now(), slots: rows });", "performance",
                              "cache keyed by any ?day= string and never evicted: memory grows with arbitrary query values"),
    "TICKET-KIND-UNKNOWN": P(S, "total += PRICES[kind] * n; count += n;", "bug",
                             "an unknown ticket kind gives PRICES[kind] undefined: the total becomes NaN, and the insert fails after the places were already counted"),
    "TICKET-NEGATIVE": P(S, "total += PRICES[kind] * n; count += n;", "bug",
                         "ticket counts not checked: negative or fractional n lowers the total and the places booked"),
    "GROUP-DISCOUNT-OFF": P(S, "const isGroup = count > GROUP_DISCOUNT_FROM;", "bug",
                            "groups of exactly 10 do not get the advertised discount ('10 or more'): > should be >=",
                            "off-by-one"),
    "CAPACITY-OFF": P(S, "const remaining = slot.capacity - slot.booked + 1;", "bug",
                      "remaining places counted one too many: every slot can be overbooked by one climber", "off-by-one"),
    "OVERSELL-RACE": P(S, "if (count > remaining) return res.status(409)", "bug",
                       "capacity read, checked and incremented in separate statements without a transaction or row lock: concurrent groups oversell a slot",
                       "critical-section"),
    "BOOKING-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1"', "security",
                      "GET /bookings/:id is public and returns the whole row (email, payment ref) for sequential ids",
                      "signature-vs-statement"),
    "TICKET-XSS": P(S, "`<p>Booked by ${esc(b.email)} for ${b.party_name}</p>", "security",
                    "party_name rendered into the ticket HTML unescaped: stored XSS"),
    "REFUND-AFTER-START": P(S, "const refund = hoursLeft >= 24 ? b.total_pence", "bug",
                            "no lower bound: a tour that has already happened is still refunded half"),
    "REFUND-DOUBLE": P(S, "await refundCard(b.payment_ref, refund);", "bug",
                       "refund issued before the booking is deleted, no lock or transaction: two cancel requests both refund",
                       "critical-section"),
    "SEATS-NOT-RELEASED": P(S, 'await pool.query("DELETE FROM bookings WHERE id = $1", [b.id]);', "bug",
                            "cancellation deletes the booking but never decrements slots.booked: the places stay taken"),
    "WAIVER-PATH": P(S, "const file = path.join(WAIVER_DIR, `${req.params.id}-${name}.txt`);", "security",
                     "climber name from the body joined into the waiver file path: ../ writes files outside WAIVER_DIR",
                     "source-vs-sink"),
    "WAIVER-WRITE-BEFORE-CHECK": P(S, "await fs.promises.writeFile(file, `${name}\\n${birthDate}", "bug",
                                   "waiver file written before the age check: rejected (under-age) waivers stay on disk and overwrite same-name files"),
    "WAIVER-AGE": P(S, "const age = new Date().getFullYear() - new Date(birthDate).getFullYear();", "bug",
                    "age from calendar years only: a child who turns 8 later this year already counts as 8", "off-by-one"),
    "MANIFEST-SQLI-SLOT": P(S, "WHERE b.slot_id = ${slotId} ORDER BY ${sort}`);", "security",
                            "slot query value interpolated into the manifest SQL", "source-vs-sink"),
    "MANIFEST-SQLI-SORT": P(S, "WHERE b.slot_id = ${slotId} ORDER BY ${sort}`);", "security",
                            "sort query value interpolated into ORDER BY (a second injection point)"),
    "PRINT-CMD": P(S, "exec(`lpr -P ${printer} ${file}`", "security",
                   "printer from the request body in an exec() shell string: command injection", "source-vs-sink"),
    "KEEPER-HASMORE": P(S, "const hasMore = rows.length > size;", "bug",
                        "LIMIT is size, so rows.length > size is never true: hasMore is always false (fetch size + 1)",
                        "off-by-one"),
    "CLOSE-REFUND-NOT-AWAITED": P(S, "for (const b of rows) refundCard(b.payment_ref, b.total_pence);", "bug",
                                  "refund promises not awaited: failures become unhandled rejections and the response claims all refunded"),
    "CLOSE-BOOKINGS-KEPT": P(S, 'await pool.query("UPDATE slots SET capacity = 0 WHERE starts::date = $1", [day]);', "bug",
                             "closure refunds but leaves the bookings in place: a later cancel of the same booking refunds again"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                    "error handler returns the message and stack trace to clients"),
}

CONFUSABLE = [
    ("GUIDE-FAILS-OPEN", "GUIDE-TIMING"),
    ("SLOT-CACHE-STALE", "SLOT-CACHE-UNBOUNDED"),
    ("TICKET-KIND-UNKNOWN", "TICKET-NEGATIVE"),
    ("TICKET-NEGATIVE", "GROUP-DISCOUNT-OFF"),
    ("CAPACITY-OFF", "OVERSELL-RACE"),
    ("REFUND-AFTER-START", "REFUND-DOUBLE"),
    ("REFUND-DOUBLE", "SEATS-NOT-RELEASED"),
    ("WAIVER-WRITE-BEFORE-CHECK", "WAIVER-AGE"),
    ("WAIVER-PATH", "WAIVER-WRITE-BEFORE-CHECK"),
    ("MANIFEST-SQLI-SLOT", "MANIFEST-SQLI-SORT"),
    ("CLOSE-REFUND-NOT-AWAITED", "CLOSE-BOOKINGS-KEPT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express service for lighthouse climbs: public slot listing and group booking,
        cancellation with card refunds, stair-climb waivers, a guide manifest, and keeper tools (printing,
        booking list, weather closures). I found 21 issues:

        1. Injection: the guide manifest builds SQL from two query values; waiver printing runs a shell string;
           the waiver file name comes from the climber's name.
        2. Access: `guideOnly` lets everyone in when `GUIDE_TOKEN` is unset; `GET /bookings/:id` is public.
        3. Money and capacity: overbooking by one, a check-then-update race, NaN and negative totals, refunds
           that can be paid twice or after the tour.
        4. Smaller: the group discount threshold, the age check, `hasMore`, the stack trace in error responses.

        Done right and left alone: `keeperOnly` fails closed and uses `timingSafeEqual` after a length check;
        `/slots/:id/availability` validates the id; `/keeper/slots` validates capacity and clears the cache;
        the closure endpoint validates the day and escapes the notice; `esc()` is applied to the email on the ticket.
        """,
        Block([
            F("MANIFEST-SQLI-SLOT", "critical", "security", "SQL injection via `slot` in `/guide/manifest`",
              "Use `$1` for the slot id (`Number(req.query.slot)`) and an allow-list for the sort column.",
              symbol="GET /guide/manifest", conf=0.95),
            F("MANIFEST-SQLI-SORT", "high", "security", "SQL injection via `sort` in `/guide/manifest`",
              "Map `sort` onto a fixed set of `ORDER BY` expressions.", symbol="GET /guide/manifest", conf=0.9),
            F("PRINT-CMD", "high", "security", "Command injection through `printer` in waiver printing",
              "Use `execFile(\"lpr\", [\"-P\", printer, file])` and validate the printer name.",
              symbol="POST /keeper/waivers/:id/print", conf=0.85),
            F("WAIVER-PATH", "high", "security", "Path traversal in the waiver file name",
              "Do not put the climber's name in the path; use the waiver's database id.",
              symbol="POST /bookings/:id/waivers", conf=0.85),
            F("GUIDE-FAILS-OPEN", "high", "security", "`guideOnly` fails open when `GUIDE_TOKEN` is not configured",
              "Refuse all requests when the token is unset (as `keeperOnly` does).", symbol="guideOnly", conf=0.9),
            F("GUIDE-TIMING", "low", "security", "Guide token compared with `===`",
              "Use `crypto.timingSafeEqual` with a length check.", symbol="guideOnly", conf=0.6),
            F("BOOKING-IDOR", "high", "security", "Anyone can read any booking, including email and payment reference",
              "Require the booking email or a token, and select only the fields the visitor needs.",
              symbol="GET /bookings/:id", conf=0.85),
            F("TICKET-XSS", "medium", "security", "`party_name` is not escaped on the ticket page",
              "Wrap it in `esc()` like the email.", symbol="GET /bookings/:id/ticket", conf=0.85),
            F("STACK-LEAK", "low", "security", "Error handler sends stack traces to clients",
              "Log the error and return a generic message.", symbol="app.use(errorHandler)", conf=0.8),
        ]),
        "Capacity, money and concurrency:",
        Block([
            F("CAPACITY-OFF", "high", "bug", "`remaining` adds one place too many",
              "`const remaining = slot.capacity - slot.booked;`", symbol="POST /bookings", conf=0.9),
            F("OVERSELL-RACE", "high", "bug", "Check-then-update on `slots.booked` lets concurrent bookings oversell",
              "Do it in one statement: `UPDATE slots SET booked = booked + $1 WHERE id = $2 AND booked + $1 <= capacity RETURNING id`.",
              d=+1, symbol="POST /bookings", conf=0.85),
            F("TICKET-KIND-UNKNOWN", "medium", "bug", "Unknown ticket type makes the total `NaN`",
              "Reject kinds not in `PRICES`.", symbol="POST /bookings", conf=0.8),
            F("TICKET-NEGATIVE", "medium", "bug", "Ticket counts are not validated (negative, fractional)",
              "Require non-negative integers and at least one ticket.", symbol="POST /bookings", conf=0.8),
            F("GROUP-DISCOUNT-OFF", "low", "bug", "Group discount starts at 11, not 10",
              "Use `count >= GROUP_DISCOUNT_FROM`.", symbol="POST /bookings", conf=0.75),
            F("REFUND-DOUBLE", "high", "bug", "Concurrent cancellations can refund the same booking twice",
              "Delete (or mark) the booking first inside a transaction, `DELETE ... RETURNING`, then refund.",
              symbol="POST /bookings/:id/cancel", conf=0.8),
            F("SEATS-NOT-RELEASED", "medium", "bug", "Cancelling does not give the places back",
              "Decrement `slots.booked` by the booking's ticket count in the same transaction.",
              symbol="POST /bookings/:id/cancel", conf=0.85),
            F("REFUND-AFTER-START", "medium", "bug", "Half refund is paid even after the tour has taken place",
              "Refuse cancellation when `hoursLeft <= 0`.", symbol="POST /bookings/:id/cancel", conf=0.75),
            F("WAIVER-AGE", "medium", "bug", "Age check ignores month and day",
              "Compute the age from the full birth date.", symbol="POST /bookings/:id/waivers", conf=0.8),
            F("SLOT-CACHE-STALE", "medium", "bug", "`/slots` serves cached availability for 10 minutes after bookings change it",
              "Invalidate `slotCache` on booking and cancellation, or do not cache `booked`.",
              d=-1, n=2, symbol="GET /slots", conf=0.75),
            F("CLOSE-REFUND-NOT-AWAITED", "medium", "bug", "Closure refunds are fire-and-forget",
              "`await Promise.allSettled(...)` and report failures.", symbol="POST /keeper/close", conf=0.8),
            F("KEEPER-HASMORE", "low", "bug", "`hasMore` can never be true",
              "Query `LIMIT size + 1` and slice.", symbol="GET /keeper/bookings", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("MANIFEST-SQLI-SLOT", "critical", "security", "SQLi in manifest via req.query.slot",
              "Bind params.", d=-3),
            F("MANIFEST-SQLI-SORT", "high", "security", "SQLi via req.query.sort (ORDER BY)", "Allow-list.", d=-2),
            F("PRINT-CMD", "high", "security", "exec() with req.body.printer -> shell injection", "execFile.", d=-2),
            F("WAIVER-PATH", "high", "security", "waiver path built from body.name", "use id.", d=-3),
            F("GUIDE-FAILS-OPEN", "high", "security", "guideOnly passes when GUIDE_TOKEN unset", "fail closed.", d=-2),
            F("BOOKING-IDOR", "medium", "security", "GET /bookings/:id unauthenticated, SELECT *", "auth + columns.",
              d=-1),
            F("REFUND-NO-TIMEOUT", "medium", "bug", "refundCard: fetch without timeout/idempotency key",
              "AbortSignal.timeout + Idempotency-Key.", d=-1),
            F("CAPACITY-OFF", "high", "bug", "capacity check allows capacity+1", "drop the +1."),
            F("OVERSELL-RACE", "high", "bug", "booked read/check/update not atomic", "conditional UPDATE.", d=-3),
            F("TICKET-NEGATIVE", "medium", "bug", "negative ticket counts accepted", "validate n."),
            F("REFUND-DOUBLE", "high", "bug", "double refund on concurrent cancel", "delete first / tx.", d=+1),
            F("WAIVER-AGE", "medium", "bug", "age = year diff; off by up to a year", "full date diff.", d=+1),
            F("KEEPER-HASMORE", "low", "bug", "hasMore always false", "LIMIT size+1.", d=-2),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `towerclimb` service, an Express application that sells lighthouse climb
        tickets and records stair-climb waivers.

        ### Key Findings

        The most severe issues are injection vulnerabilities in the guide and keeper endpoints and an authentication
        bypass in the guide middleware. Several business-logic errors affect capacity and refunds.
        """,
        Block([
            F("MANIFEST-SQLI-SLOT", "CRITICAL", "SQL Injection", "SQL Injection in Guide Manifest",
              "Use parameterized queries.", sd=-2, n=3,
              desc="Both `slot` and `sort` from the query string are concatenated into the SQL text; the slot id is the most direct vector."),
            F("GUIDE-FAILS-OPEN", "HIGH", "Broken Authentication", "Authentication Bypass When Guide Token Is Unset",
              "Reject requests when `GUIDE_TOKEN` is not configured.", sd=-2, n=3),
            F("PRINT-CMD", "HIGH", "Command Injection", "OS Command Injection in Waiver Printing",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("WAIVER-PATH", "HIGH", "Path Traversal", "Path Traversal in Waiver Storage",
              "Sanitize the file name.", d=+1, sd=-1, n=3),
            F("TICKET-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Ticket Page",
              "Escape `party_name`.", sd=-2, n=3),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Exposed in Error Responses",
              "Do not return `err.stack`.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Business Logic and Reliability
        """,
        Block([
            F("OVERSELL-RACE", "HIGH", "Race Condition", "Race Condition Allows Overbooking",
              "Use an atomic conditional update.", d=+1, sd=-1, n=3,
              desc="Two requests can both read the same `booked` value and both pass the capacity check before either update runs."),
            F("CAPACITY-OFF", "MEDIUM", "Logic Error", "Capacity Calculation Allows One Extra Climber",
              "Remove the `+ 1`.", d=+1, sd=-1, n=3),
            F("TICKET-KIND-UNKNOWN", "MEDIUM", "Input Validation", "Unknown Ticket Types Produce NaN Totals",
              "Validate ticket kinds.", sd=-2, n=3),
            F("REFUND-DOUBLE", "HIGH", "Race Condition", "Double Refund on Concurrent Cancellation",
              "Delete the booking before refunding, in a transaction.", d=+1, sd=-1, n=3),
            F("SLOT-CACHE-STALE", "MEDIUM", "Caching", "Stale Availability Served from Cache",
              "Invalidate the cache on writes.", d=+3, sd=+1, n=3),
            F("SLOT-CACHE-UNBOUNDED", "LOW", "Denial of Service", "Unbounded Slot Cache",
              "Validate `day` and bound the cache.", sd=-2, n=3),
            U({"severity": "INFO", "category": "Style", "suggestion": "Split routes into separate modules."}),
            F("CLOSE-BOOKINGS-KEPT", "MEDIUM", "Logic Error", "Bookings Remain After Closure Refunds",
              "Delete or mark refunded bookings during the closure.", sd=-2, n=3),
            F("WAIVER-WRITE-BEFORE-CHECK", "LOW", "Logic Error", "Waiver Saved Before Age Validation",
              "Validate the age before writing the file.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("MANIFEST-SQLI-SORT", "error", "security", "sql injection in /guide/manifest (sort)", "whitelist sort"),
            F("PRINT-CMD", "error", "security", "command injection in lpr exec", "execFile"),
            F("GUIDE-TIMING", "warning", "security", "guide token not compared in constant time", "timingSafeEqual"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("SEATS-NOT-RELEASED", "warning", "", "cancel never frees the places", "booked = booked - n"),
            F("CLOSE-REFUND-NOT-AWAITED", "warning", "bug", "refundCard not awaited in closure", "await them"),
            F("WAIVER-AGE", "info", "bug", "age check uses year only", "compare full dates"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the guide manifest (two parameters).
        2. Command injection in waiver printing; path traversal in waiver storage.
        3. Guide authentication fails open.
        4. Capacity: off-by-one and a race condition.
        5. Refunds: double refund, refund after the tour, closure refunds not awaited.
        6. Pagination flag and group discount threshold.
        """,
        Block([
            F("MANIFEST-SQLI-SLOT", "blocker", "security", "SQL injection via slot parameter",
              "Use $1 placeholders.", conf=0.9),
            F("MANIFEST-SQLI-SORT", "major", "security", "SQL injection via sort parameter",
              "Allow-list sort columns.", conf=0.85),
            F("PRINT-CMD", "blocker", "security", "Command injection in lpr invocation", "Use execFile.", conf=0.85),
            F("WAIVER-PATH", "major", "security", "Path traversal through climber name in waiver file",
              "Sanitize name or use ids.", conf=0.8),
            F("GUIDE-FAILS-OPEN", "blocker", "security", "Guide auth bypass when env var missing",
              "Fail closed.", conf=0.85),
            F("BOOKING-IDOR", "major", "security", "Booking details exposed without authorization",
              "Authorize access.", conf=0.75),
            F("REFUND-NO-TIMEOUT", "minor", "reliability", "Refund HTTP call has no timeout",
              "Add AbortSignal.timeout().", conf=0.6),
            F("CAPACITY-OFF", "major", "correctness", "Off-by-one in remaining capacity",
              "Remove + 1.", d=+1, sd=0, n=2, conf=0.85),
            F("OVERSELL-RACE", "major", "concurrency", "Capacity check and update are not atomic",
              "Single conditional UPDATE.", d=+1, conf=0.8),
            F("GROUP-DISCOUNT-OFF", "minor", "correctness", "Group discount threshold excludes groups of exactly 10",
              "Use >=.", d=+1, conf=0.7),
            F("TICKET-NEGATIVE", "major", "correctness", "Negative ticket quantity reduces price",
              "Validate quantities.", anchor="const isGroup = count > GROUP_DISCOUNT_FROM;", conf=0.75),
            F("REFUND-AFTER-START", "major", "correctness", "Refund granted for tours already started",
              "Disallow cancellation after start.", conf=0.75),
            F("REFUND-DOUBLE", "major", "concurrency", "Double refund possible",
              "Make cancellation idempotent.", d=+1, conf=0.75),
            F("CLOSE-REFUND-NOT-AWAITED", "major", "reliability", "Refund promises not awaited in closure",
              "Await all refunds.", conf=0.8),
            F("KEEPER-HASMORE", "minor", "correctness", "hasMore flag never true",
              "Fetch one extra row.", d=-2, conf=0.7),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 9 major, 3 minor"),
    ]),
}
