"""test46/ts-marinapermit: a marina's berth permit office (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test
split test46; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, any score, or any other split's answers
or specs (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or the other splits' "
    "answers. Frozen test split test46: seeded problems in a marina berth permit office; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.JWT_SECRET ?? "harbour";', "security",
                            "JWT signing secret falls back to a hard-coded word when unset"),
    "HOLDER-JWT-DECODE": P(S, "const claims = jwt.decode(token) as Holder | null;", "security",
                           "holder() uses jwt.decode, which does not check the signature: any forged token is accepted",
                           "signature-vs-statement"),
    "LOGIN-MD5-PIN": P(S, 'crypto.createHash("md5").update(String(pin))', "security",
                       "PINs stored as unsalted MD5 and compared with !=="),
    "LOGIN-NO-EXPIRY": P(S, "const token = jwt.sign({ id: h.id, email: h.email, role: h.role }, JWT_SECRET);", "security",
                         "login tokens are signed without an expiry"),
    "FREE-PONTOON-SQLI": P(S, "WHERE pontoon = '${pontoon}'", "security",
                           "pontoon query value interpolated into the free-berth SQL", "source-vs-sink"),
    "PERMIT-UNKNOWN-PONTOON": P(S, "if (loa > MAX_LOA_M[pontoon])", "bug",
                                "unknown pontoon makes MAX_LOA_M[pontoon] undefined and the length check passes"),
    "PERMIT-NIGHTS-UNCHECKED": P(S, "const end = new Date(start.getTime() + nights * DAY_MS);", "bug",
                                 "nights not validated: zero or negative nights give an end before the start and a negative fee"),
    "PERMIT-CLASH-INCLUSIVE": P(S, "AND starts_on < $2 AND ends_on >= $3", "bug",
                                "ends_on >= start: a boat leaving on the day the next arrives counts as a clash", "off-by-one"),
    "PERMIT-DOUBLE-ISSUE": P(S, "if (clash.rowCount) return res.status(409)", "bug",
                             "clash check and insert are separate queries with no transaction or constraint: two permits for one berth",
                             "critical-section"),
    "PERMIT-IDOR": P(S, 'const { rows } = await pool.query("SELECT * FROM permits WHERE id = $1", [req.params.id]);', "security",
                     "GET /permits/:id returns any holder's permit: no holder_id check", "signature-vs-statement"),
    "REFUND-OVERPAY": P(S, "const nightsLeft = Math.floor((new Date(p.ends_on).getTime() - Date.now()) / DAY_MS);", "bug",
                        "refund counts nights from now to the end: a permit cancelled before it starts refunds more nights than were paid"),
    "REFUND-NO-TX": P(S, 'await pool.query("INSERT INTO refunds', "bug",
                      "delete and refund insert are not in one transaction: a failure loses the refund or the permit"),
    "RENEW-EXTRA-NEGATIVE": P(S, "const extra = Number(req.body.nights ?? 1);", "bug",
                              "renewal nights not validated: negative nights shorten the permit and lower the fee"),
    "RENEW-NO-CLASH": P(S, 'await pool.query("UPDATE permits SET ends_on = $1, fee = fee + $2', "bug",
                        "renewal extends ends_on without checking the next permit on the same berth"),
    "CARD-PHONE-PUBLIC": P(S, "Skipper: ${p.phone}", "security",
                           "unauthenticated permit card (sequential ids) prints the holder's phone number"),
    "CARD-NOTE-XSS": P(S, "<p>${note}</p>`", "security",
                       "note query value reflected into the card HTML unescaped", "source-vs-sink"),
    "ARRIVALS-PAGES-FLOOR": P(S, "const pages = Math.floor(rows.length / PAGE_SIZE);", "bug",
                              "Math.floor drops the last partial page from the page count", "off-by-one"),
    "ARRIVALS-IN-MEMORY": P(S, "rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)", "performance",
                            "all of the day's arrivals loaded, then paged in memory"),
    "WAITLIST-DUPLICATE": P(S, "waitlist.push({ holderId: me.id, pontoon, loa, at: Date.now() });", "bug",
                            "the same holder can join the waiting list again and again (unbounded in-memory list)"),
    "WAITLIST-POSITION": P(S, "res.status(201).json({ position: ahead + 1, pontoon });", "bug",
                           "ahead already counts the new entry, so position is one too high", "off-by-one"),
    "TARIFF-STAMPEDE": P(S, 'const { rows } = await pool.query("SELECT price_per_kwh FROM tariffs', "performance",
                         "tariff cache filled after an await: every concurrent miss queries and overwrites it", "critical-section"),
    "TARIFF-FUTURE": P(S, "ORDER BY valid_from DESC LIMIT 1", "bug",
                       "newest tariff picked even when its valid_from is in the future"),
    "METER-KWH-UNCHECKED": P(S, "const kwh = Number(req.body.kwh);", "bug",
                             "meter reading not validated: NaN or negative kWh poison the total"),
    "METER-LOST-UPDATE": P(S, "const tariff = await currentTariff();", "bug",
                           "read total, await, write total: concurrent readings for one berth are lost", "critical-section"),
    "NOTIFY-SHELL": P(S, 'exec(`echo "${message}"', "security",
                      "message from the body (and boat name, email) interpolated into a shell command", "source-vs-sink"),
    "NOTIFY-MISSING-PERMIT": P(S, "${rows[0].email}`, (err) => {", "bug",
                               "unknown permit id: rows[0] is undefined and the handler throws"),
    "ERROR-STACK-LEAK": P(S, "res.status(err.status ?? 500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("LOGIN-MD5-PIN", "LOGIN-NO-EXPIRY"),
    ("PERMIT-UNKNOWN-PONTOON", "PERMIT-NIGHTS-UNCHECKED"),
    ("PERMIT-NIGHTS-UNCHECKED", "PERMIT-CLASH-INCLUSIVE"),
    ("PERMIT-CLASH-INCLUSIVE", "PERMIT-DOUBLE-ISSUE"),
    ("REFUND-OVERPAY", "REFUND-NO-TX"),
    ("RENEW-EXTRA-NEGATIVE", "RENEW-NO-CLASH"),
    ("CARD-PHONE-PUBLIC", "CARD-NOTE-XSS"),
    ("ARRIVALS-PAGES-FLOOR", "ARRIVALS-IN-MEMORY"),
    ("WAITLIST-DUPLICATE", "WAITLIST-POSITION"),
    ("TARIFF-STAMPEDE", "TARIFF-FUTURE"),
    ("METER-KWH-UNCHECKED", "METER-LOST-UPDATE"),
    ("NOTIFY-SHELL", "NOTIFY-MISSING-PERMIT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express 4 service for berth permits. The harbour-master gate (`harbourOnly`) is
        done right (fails closed when `HARBOUR_KEY` is empty, length check before `timingSafeEqual`), and
        `DELETE /permits/:id`, renewal and `GET /permits` all scope their queries to the caller. The holder side
        is the problem:

        1. `holder()` never verifies a token, so every holder endpoint trusts forged identities.
        2. Three injection points: the free-berth query, the permit card HTML, and the notification shell command.
        3. Permit issuing and renewal can double-book a berth, and refunds can exceed what was paid.
        4. Shore-power readings can be lost under concurrency.
        """,
        Block([
            F("HOLDER-JWT-DECODE", "critical", "security", "`holder()` decodes the JWT without verifying it",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and answer 401 on failure.",
              symbol="holder", conf=0.95),
            F("FREE-PONTOON-SQLI", "critical", "security", "SQL injection through `pontoon` in `GET /berths/free`",
              "Pass `pontoon` as `$2` instead of interpolating it.",
              symbol="GET /berths/free", conf=0.95),
            F("NOTIFY-SHELL", "high", "security", "Shell command built from the notification message",
              "Use `execFile(\"mail\", [\"-s\", subject, email])` and write the message to stdin.",
              symbol="POST /harbour/notify/:id", conf=0.85),
            F("CARD-NOTE-XSS", "high", "security", "Reflected XSS via `note` on the permit card",
              "Escape `note` with `escapeHtml` like the boat name (or drop the parameter).",
              symbol="GET /permits/:id/card", conf=0.85),
            F("PERMIT-IDOR", "high", "security", "`GET /permits/:id` does not check the permit's holder",
              "Add `AND holder_id = $2` as the delete and renew handlers do.",
              symbol="GET /permits/:id", conf=0.85),
            F("JWT-DEFAULT-SECRET", "medium", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", symbol="JWT_SECRET", conf=0.8),
        ]),
        "Correctness and concurrency:",
        Block([
            F("PERMIT-DOUBLE-ISSUE", "high", "bug", "Permit issuing can double-book a berth",
              "Wrap the check and insert in a transaction with a row lock, or add an exclusion constraint on `(berth_no, tstzrange(starts_on, ends_on))`.",
              n=2, symbol="POST /permits", conf=0.8),
            F("PERMIT-CLASH-INCLUSIVE", "medium", "bug", "Back-to-back permits are rejected as clashes",
              "Use `ends_on > $3` so a departure day can be the next arrival day.",
              symbol="POST /permits", conf=0.75),
            F("PERMIT-NIGHTS-UNCHECKED", "medium", "bug", "`nights` is not validated",
              "Require a positive integer; a negative value gives a negative fee and an end before the start.",
              d=+1, symbol="POST /permits", conf=0.75),
            F("REFUND-OVERPAY", "high", "bug", "Refund can exceed the fee for a permit that has not started",
              "Count refundable nights as `min(nights booked, nights from max(now, starts_on) to ends_on)`.",
              n=2, symbol="DELETE /permits/:id", conf=0.8),
            F("RENEW-NO-CLASH", "medium", "bug", "Renewal does not check the next permit on the berth",
              "Run the same clash check as issuing for `[ends_on, newEnd)`.",
              symbol="POST /permits/:id/renew", conf=0.7),
            F("METER-LOST-UPDATE", "medium", "bug", "Meter totals lose readings across the `await`",
              "Read and write the total after the `await` (or keep totals in the database with `UPDATE ... SET kwh = kwh + $1`).",
              d=-1, n=3, symbol="POST /meters/:berth", conf=0.75),
            F("TARIFF-FUTURE", "medium", "bug", "`currentTariff` may pick a tariff that is not valid yet",
              "Add `WHERE valid_from <= now()`.", symbol="currentTariff", conf=0.7),
            F("ARRIVALS-PAGES-FLOOR", "low", "bug", "Arrivals page count drops the last partial page",
              "`Math.ceil`.", symbol="GET /harbour/arrivals", conf=0.8),
            F("WAITLIST-POSITION", "low", "bug", "Waiting-list position is one too high",
              "`ahead` already includes the new entry; return `ahead`.", d=-1, symbol="POST /waitlist", conf=0.7),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler returns stack traces",
              "Log the stack; return only a generic message for 5xx.", symbol="error handler", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("HOLDER-JWT-DECODE", "critical", "security", "holder(): jwt.decode instead of jwt.verify",
              "jwt.verify with JWT_SECRET", d=-2),
            F("FREE-PONTOON-SQLI", "high", "security", "SQL built with req.query.pontoon",
              "bind $2", d=-2),
            F("CARD-NOTE-XSS", "high", "security", "unescaped ?note in card html",
              "escapeHtml(note)", d=-2),
            F("NOTIFY-SHELL", "high", "security", "exec with req.body.message",
              "execFile + stdin", d=-1),
            F("PERMIT-IDOR", "high", "security", "GET /permits/:id: no owner check",
              "filter by holder_id", d=-2),
            F("PERMIT-DOUBLE-ISSUE", "medium", "bug", "check-then-insert race on berth",
              "transaction / exclusion constraint", d=-3),
            F("LOGIN-NO-EXPIRY", "medium", "security", "jwt.sign without expiresIn",
              "expiresIn: '12h'"),
            F("METER-LOST-UPDATE", "medium", "bug", "meterTotals read before await, written after",
              "read-modify-write after await", d=-1),
            F("RENEW-EXTRA-NEGATIVE", "low", "bug", "renew: nights can be negative",
              "nights >= 1"),
            F("ARRIVALS-PAGES-FLOOR", "low", "bug", "arrivals: last partial page unreachable (floor)",
              "Math.ceil", d=+1),
            F("TARIFF-STAMPEDE", "low", "performance", "currentTariff: concurrent cache misses all query tariffs",
              "memoize the in-flight promise", d=-1),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the marina permit service. It is an Express application backed by
        PostgreSQL that issues berth permits, handles refunds and renewals, tracks shore-power usage and
        notifies boat owners.

        ### Critical and High Severity
        """,
        Block([
            F("HOLDER-JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the payload. Anyone can craft a token with an arbitrary `id`."),
            F("FREE-PONTOON-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Free Berth Search",
              "Use a parameterized query for `pontoon`.", sd=-2, n=3),
            F("NOTIFY-SHELL", "HIGH", "Command Injection", "Command Injection in Owner Notification",
              "Avoid `exec` with interpolated strings.", sd=-2, n=3,
              desc="The message, boat name and email are all placed into a shell command line."),
            F("CARD-NOTE-XSS", "HIGH", "Cross-Site Scripting", "Reflected XSS on the Permit Card",
              "Escape the note before rendering.", sd=-2, n=3),
            F("CARD-PHONE-PUBLIC", "MEDIUM", "Information Disclosure", "Permit Card Exposes Owner Phone Number Without Authentication",
              "Require authentication or remove the phone number.", sd=-2, n=3),
            F("LOGIN-MD5-PIN", "HIGH", "Weak Cryptography", "PINs Hashed With Unsalted MD5",
              "Use bcrypt or argon2 and a constant-time comparison.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Medium and Low Severity
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "suggestion": "Move route handlers into separate modules."}),
            F("PERMIT-DOUBLE-ISSUE", "HIGH", "Race Condition", "Concurrent Permit Requests Can Book the Same Berth",
              "Use a transaction or a database constraint.", d=+2, sd=0, n=3),
            F("PERMIT-UNKNOWN-PONTOON", "MEDIUM", "Input Validation", "Boat Length Check Bypassed for Unknown Pontoon",
              "Reject pontoons that are not in `MAX_LOA_M`.", sd=-2, n=3),
            F("REFUND-NO-TX", "MEDIUM", "Data Integrity", "Permit Deletion and Refund Are Not Atomic",
              "Use a single transaction for both statements.", sd=-2, n=3),
            F("TARIFF-STAMPEDE", "MEDIUM", "Caching", "Tariff Cache Does Not Prevent Concurrent Refreshes",
              "Cache the pending promise instead of the value.", d=+1, sd=-1, n=3,
              desc="While the first query is awaiting, every other request sees an empty or stale cache and runs the same query."),
            F("METER-LOST-UPDATE", "MEDIUM", "Race Condition", "Shore Power Readings Can Be Lost",
              "Update the map after the await, atomically.", d=+1, sd=-1, n=3),
            F("ARRIVALS-IN-MEMORY", "LOW", "Performance", "Arrivals Pagination Done in Memory",
              "Use LIMIT and OFFSET in SQL.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned in Error Responses",
              "Do not include `err.stack` in responses.", d=0, sd=-1, n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("HOLDER-JWT-DECODE", "high", "security", "token never verified (jwt.decode)", "jwt.verify"),
            F("NOTIFY-SHELL", "high", "security", "shell injection in notify", "execFile", d=-1),
            F("JWT-DEFAULT-SECRET", "medium", "", "default jwt secret 'harbour'", "require env"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("REFUND-OVERPAY", "medium", "bug", "refund larger than fee if cancelled early", "cap at booked nights", d=+1),
            F("WAITLIST-DUPLICATE", "low", "bug", "waitlist accepts duplicates", "dedupe by holder"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: tokens are decoded but not verified; weak PIN hashing.
        2. Injection: SQL (free berths), HTML (permit card), shell (notifications).
        3. Business logic: permit clashes, renewals, refunds, waiting list.
        4. Concurrency: shore-power totals and the tariff cache.
        """,
        Block([
            F("HOLDER-JWT-DECODE", "blocker", "security", "Authentication bypass: JWT not verified",
              "Use jwt.verify.", conf=0.9),
            F("LOGIN-MD5-PIN", "major", "security", "Weak password hashing (MD5)",
              "Use a slow salted hash.", conf=0.8),
            F("FREE-PONTOON-SQLI", "blocker", "security", "SQL injection via pontoon parameter",
              "Parameterize the query.", conf=0.9),
            F("PERMIT-NIGHTS-UNCHECKED", "major", "correctness", "Negative nights produce negative fees",
              "Validate nights.", d=+1, conf=0.7),
            F("PERMIT-CLASH-INCLUSIVE", "minor", "correctness", "Boundary error in overlap check",
              "Use a strict comparison for ends_on.", d=+1, conf=0.6),
            F("PERMIT-DOUBLE-ISSUE", "major", "concurrency", "Race condition when issuing permits",
              "Use a transaction with SELECT ... FOR UPDATE.", d=+1, conf=0.7),
            F("RENEW-NO-CLASH", "major", "correctness", "Permit renewal may overlap another permit",
              "Check for clashes before extending.", d=-2, conf=0.6),
            F("CARD-NOTE-XSS", "major", "security", "Cross-site scripting in permit card",
              "Escape the note parameter.", conf=0.8),
            F("ARRIVALS-PAGES-FLOOR", "minor", "correctness", "Total pages calculation rounds down",
              "Use Math.ceil.", conf=0.8),
            F("WAITLIST-POSITION", "minor", "correctness", "Off-by-one in waiting list position",
              "Return ahead instead of ahead + 1.", conf=0.7),
            F("TARIFF-FUTURE", "minor", "correctness", "Future tariffs applied before they are valid",
              "Filter by valid_from <= now().", conf=0.6),
            F("METER-KWH-UNCHECKED", "minor", "reliability", "Meter reading accepted without validation",
              "Reject NaN and negative values.", conf=0.6),
            F("METER-LOST-UPDATE", "major", "concurrency", "Lost update on meter totals",
              "Avoid awaiting between read and write.", d=+1, conf=0.7),
            F("NOTIFY-MISSING-PERMIT", "minor", "reliability", "Unhandled missing permit in notify",
              "Return 404 when no row is found.", conf=0.5),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 7 major, 5 minor"),
    ]),
}
