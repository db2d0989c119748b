"""test110/ts-pumpkinslots: a pumpkin patch's picking slots, hayride seats and weigh-off entries (TypeScript).

Frozen test split test110; labels next to each finding. Written 2026-12-07 by a helper session that had not seen
the merger code, any score, or any other split's answers, specs or repositories (only the tune2 spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "data. Frozen test split test110: seeded problems in a pumpkin patch's booking and weigh-off service "
    "(Express + pg + jsonwebtoken); five agents' answers written by hand."
)

S = "src/server.ts"
CERT_LINE = "exec(`print-cert --grower"
PROBLEMS = {
    "JWT-SECRET-DEFAULT": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "gourd-hollow-dev";', "security", "hard-coded fallback signing secret when JWT_SECRET is unset"),
    "VISITOR-JWT-UNVERIFIED": P(S, "const claims = jwt.decode(token) as Visitor | null;", "security", "visitor() uses jwt.decode, not jwt.verify: any forged token is accepted", "signature-vs-statement"),
    "GATE-KEY-IN-QUERY": P(S, "const key = String(req.query.key ?? req.headers", "security", "gate key accepted from the query string (logged in URLs)"),
    "GATE-KEY-FAILS-OPEN": P(S, "if (key !== GATE_KEY) return res.status(403)", "security", "GATE_KEY defaults to '': with it unset, a request with no key passes gateOnly"),
    "LOGIN-CODE-COMPARE": P(S, "rows[0].login_code != code", "security", "login code kept in plain text and compared with loose != (no constant time, no attempt limit)"),
    "TOKEN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign({ id: rows[0].id", "security", "visitor tokens signed without expiresIn: valid forever"),
    "SLOTS-PATCH-SQLI": P(S, "patch LIKE '%${patch}%'", "security", "patch query value interpolated into the SQL text", "source-vs-sink"),
    "PARTY-UNVALIDATED": P(S, "const party = Number(req.body.party);", "bug", "party size not validated: NaN, 0 or negative parties accepted and reduce booked"),
    "SLOT-OVERBOOK-RACE": P(S, "if (rows[0].booked + party > SLOT_CAPACITY)", "bug", "capacity read, checked, then updated in separate statements: concurrent bookings overfill a slot", "critical-section"),
    "BOOKING-NOT-ATOMIC": P(S, 'await pool.query("INSERT INTO slot_bookings (slot_id, visitor_id, party)', "bug", "UPDATE of booked and INSERT of the booking not in one transaction: a failed insert leaves places taken"),
    "TICKET-SEQ-MEMORY": P(S, "res.status(201).json({ ticket: `GH-${++ticketSeq}` });", "bug", "extra, one agent: ticket numbers from an in-memory counter restart at 1 and repeat after a restart"),
    "GENERATE-ONE-EXTRA": P(S, "for (let i = 0; i <= count; i++) {", "bug", "i <= count creates count + 1 slots (and reports count)", "off-by-one"),
    "GENERATE-DUPLICATES": P(S, "INSERT INTO picking_slots (day, patch, starts_at, booked)", "bug", "no check for existing slots and no transaction: generating a day twice duplicates its slots"),
    "SEATS-NEGATIVE": P(S, "const seats = Number(req.body.seats) || 1;", "bug", "seat count not validated: negative seats give seats back to the wagon"),
    "HAYRIDE-UNKNOWN-DEPARTURE": P(S, "const left = seatsLeft.get(req.params.departure) ?? WAGON_SEATS;", "bug", "any departure string gets a fresh 24-seat wagon: no check that the departure exists"),
    "HAYRIDE-SEATS-RACE": P(S, 'await pool.query("INSERT INTO hayride_seats', "bug", "seats left read before an await and written after it: concurrent requests overbook the wagon", "critical-section"),
    "ENTRY-AFTER-CLOSE": P(S, "const { grower, variety, division, weightKg } = req.body;", "bug", "WEIGHOFF_CLOSES never checked: entries accepted after the weigh-off closes"),
    "ENTRY-WEIGHT-SELF-REPORTED": P(S, "[v.id, grower, variety, division, weightKg]", "security", "entrant sets the weight_kg that the results rank on, bypassing the gate scale"),
    "RESULTS-PHONE-LEAK": P(S, '"SELECT w.grower, w.variety, w.weight_kg, v.phone', "security", "public results include growers' phone numbers"),
    "RESULTS-CACHE-UNBOUNDED": P(S, "resultsCache.set(division, { at: Date.now(), rows });", "performance", "cache keyed by any division string from the query, never evicted: memory grows without bound"),
    "PODIUM-SKIPS-WINNER": P(S, "const podium = rows.slice(1, 4);", "bug", "slice(1, 4) drops the heaviest pumpkin: the winner is not on the podium", "off-by-one"),
    "PODIUM-TIES": P(S, "res.json(podium.map((r, i) => ({ place: i + 1", "bug", "extra, one agent: equal weights get different places (place = index + 1)"),
    "CARD-VARIETY-XSS": P(S, "res.send(`<h1>${escapeHtml(e.grower)}</h1><p>${e.variety}", "security", "variety written into the HTML card unescaped (grower and weight are escaped)"),
    "PHOTO-NOT-OWNER": P(S, 'if (!v) return res.status(401).json({ error: "log in first" });', "security", "any logged-in visitor can replace the photo of any entry", nth=5),
    "PHOTO-PATH-TRAVERSAL": P(S, "const dest = path.join(PHOTO_DIR, name);", "security", "name query value joined to PHOTO_DIR: write anywhere", "source-vs-sink"),
    "CERT-SHELL-INJECTION": P(S, CERT_LINE, "security", "grower name interpolated into a shell command through exec", "signature-vs-statement"),
    "CERT-ROWS-EMPTY": P(S, CERT_LINE, "bug", "unknown entry id: rows[0] undefined, TypeError in an async handler"),
}

CONFUSABLE = [
    ("GATE-KEY-IN-QUERY", "GATE-KEY-FAILS-OPEN"),
    ("LOGIN-CODE-COMPARE", "TOKEN-NO-EXPIRY"),
    ("PARTY-UNVALIDATED", "SLOT-OVERBOOK-RACE"),
    ("SLOT-OVERBOOK-RACE", "BOOKING-NOT-ATOMIC"),
    ("BOOKING-NOT-ATOMIC", "TICKET-SEQ-MEMORY"),
    ("GENERATE-ONE-EXTRA", "GENERATE-DUPLICATES"),
    ("SEATS-NEGATIVE", "HAYRIDE-UNKNOWN-DEPARTURE"),
    ("HAYRIDE-UNKNOWN-DEPARTURE", "HAYRIDE-SEATS-RACE"),
    ("ENTRY-AFTER-CLOSE", "ENTRY-WEIGHT-SELF-REPORTED"),
    ("RESULTS-PHONE-LEAK", "RESULTS-CACHE-UNBOUNDED"),
    ("PODIUM-SKIPS-WINNER", "PODIUM-TIES"),
    ("PHOTO-NOT-OWNER", "PHOTO-PATH-TRAVERSAL"),
    ("CERT-SHELL-INJECTION", "CERT-ROWS-EMPTY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole service. The staff middleware is done right (`staffOnly` fails closed
        when `STAFF_KEY` is unset and checks the length before `timingSafeEqual`), the cancellation runs in a
        transaction scoped to the visitor, and the gate's weigh-in validates `kg`. The rest of the request handling
        is much weaker.

        **Summary**

        1. Visitor identity is not verified at all: `visitor()` decodes JWTs without checking the signature.
        2. Two injection sinks: the `patch` filter in `/slots` and the shell command in the certificate route.
        3. A path traversal on photo upload.
        4. Capacity checks for picking slots and hayride wagons are racy and accept negative quantities.
        5. Weigh-off integrity: entrants set their own weight, the podium drops the winner, entries never close.
        6. Personal data (phone numbers) on a public endpoint.
        """,
        Block([
            F("VISITOR-JWT-UNVERIFIED", "critical", "security", "Visitor tokens are decoded, never verified",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })`; `jwt.decode` accepts any token anyone crafts.",
              symbol="visitor", conf=0.95),
            F("JWT-SECRET-DEFAULT", "medium", "security", "JWT secret falls back to a hard-coded value",
              "Fail at startup when `JWT_SECRET` is missing.", conf=0.75),
            F("GATE-KEY-FAILS-OPEN", "high", "security", "`gateOnly` admits everyone when `GATE_KEY` is unset",
              "`GATE_KEY ?? \"\"` and a missing key both become `\"\"`; fail closed like `staffOnly`.",
              symbol="gateOnly", conf=0.85),
            F("GATE-KEY-IN-QUERY", "low", "security", "Gate key can be supplied in the query string",
              "Accept the header only.", symbol="gateOnly", conf=0.6),
            F("LOGIN-CODE-COMPARE", "medium", "security", "Login codes are stored in plain text and compared with `!=`",
              "Store a hash, compare with `crypto.timingSafeEqual`, and limit attempts per email.",
              symbol="POST /visitors/login", conf=0.7),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Issued tokens never expire",
              "Pass `{ expiresIn: \"12h\" }` to `jwt.sign`.", symbol="POST /visitors/login", conf=0.8),
            F("SLOTS-PATCH-SQLI", "critical", "security", "SQL injection through the `patch` filter",
              "Bind it: `patch LIKE $2` with `[day, `%${patch}%`]`.", symbol="GET /slots", conf=0.95),
            F("PARTY-UNVALIDATED", "medium", "bug", "Party size is not validated",
              "Require an integer between 1 and `SLOT_CAPACITY`; `party=-10` frees ten places.",
              symbol="POST /slots/:id/book", conf=0.8),
            F("SLOT-OVERBOOK-RACE", "high", "bug", "Picking slots can be overbooked under concurrency",
              "Do it in one statement: `UPDATE picking_slots SET booked = booked + $1 WHERE id = $2 AND booked + $1 <= $3 RETURNING booked`.",
              symbol="POST /slots/:id/book", conf=0.85),
            F("BOOKING-NOT-ATOMIC", "medium", "bug", "Slot update and booking insert are not in a transaction",
              "If the insert fails, `booked` stays incremented; use one client with BEGIN/COMMIT like the cancel route.",
              symbol="POST /slots/:id/book", conf=0.7),
            F("CERT-ROWS-EMPTY", "low", "bug", "Certificate route crashes for an unknown entry",
              "Return 404 when `rows` is empty.", symbol="POST /weighoff/:id/certificate", conf=0.7),
        ]),
        "Hayrides and the weigh-off:",
        Block([
            F("GENERATE-ONE-EXTRA", "low", "bug", "Slot generation creates one slot too many",
              "`i <= count` runs `count + 1` times; use `i < count`.", symbol="POST /admin/slots/generate", conf=0.8),
            F("HAYRIDE-SEATS-RACE", "high", "bug", "Hayride seat count is updated after an await (lost update)",
              "Two requests read the same `left`, both insert, and the second `set` overwrites the first. Count seats in the database with a conditional update.",
              n=2, symbol="POST /hayrides/:departure/seats", conf=0.85),
            F("SEATS-NEGATIVE", "medium", "bug", "Negative seat counts are accepted",
              "`Number(x) || 1` only replaces NaN and 0; reject values outside 1..WAGON_SEATS.",
              symbol="POST /hayrides/:departure/seats", conf=0.8),
            F("HAYRIDE-UNKNOWN-DEPARTURE", "low", "bug", "Any departure name gets a full wagon",
              "Look the departure up in a timetable and 404 unknown ones.", symbol="POST /hayrides/:departure/seats", conf=0.6),
            F("ENTRY-WEIGHT-SELF-REPORTED", "high", "security", "Entrants submit their own pumpkin weight",
              "Drop `weightKg` from the entry; only the gate's weigh-in should write `weight_kg`.",
              symbol="POST /weighoff/entries", conf=0.8),
            F("ENTRY-AFTER-CLOSE", "low", "bug", "`WEIGHOFF_CLOSES` is defined but never enforced",
              "Reject entries after the closing time.", symbol="POST /weighoff/entries", conf=0.75),
            F("RESULTS-PHONE-LEAK", "medium", "security", "Public results include growers' phone numbers",
              "Remove `v.phone` from the select.", symbol="GET /weighoff/results", conf=0.85),
            F("RESULTS-CACHE-UNBOUNDED", "low", "performance", "Results cache can grow without bound",
              "Only cache known divisions, or use a bounded LRU.", symbol="GET /weighoff/results", conf=0.6),
            F("PODIUM-SKIPS-WINNER", "high", "bug", "The podium leaves out the winner",
              "`slice(1, 4)` returns places 2-4; use `slice(0, 3)`.", symbol="GET /weighoff/podium", conf=0.9),
            F("CARD-VARIETY-XSS", "medium", "security", "Stored XSS through the pumpkin variety on the entry card",
              "Escape `e.variety` like the grower.", symbol="GET /weighoff/:id/card", conf=0.85),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Photo upload writes to a path taken from the query string",
              "Ignore `name` and write `${id}.jpg`, or check the resolved path stays inside `PHOTO_DIR`.",
              symbol="PUT /weighoff/:id/photo", conf=0.9),
            F("PHOTO-NOT-OWNER", "medium", "security", "Any visitor can replace another entry's photo",
              "Check that the entry belongs to `v.id` before writing.", symbol="PUT /weighoff/:id/photo", conf=0.7),
            F("CERT-SHELL-INJECTION", "high", "security", "Command injection in certificate printing",
              "Use `execFile(\"print-cert\", [\"--grower\", grower, \"--kg\", String(kg)])`.",
              symbol="POST /weighoff/:id/certificate", conf=0.9),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run; no tests. Findings:",
        Block([
            F("VISITOR-JWT-UNVERIFIED", "critical", "security", "Auth bypass: visitor() trusts unverified JWT (jwt.decode)",
              "jwt.verify with the secret.", d=-2),
            F("SLOTS-PATCH-SQLI", "critical", "security", "SQL injection via ?patch=",
              "Parameterize the LIKE pattern.", d=-2),
            F("CERT-SHELL-INJECTION", "high", "security", "Shell injection in /weighoff/:id/certificate",
              "execFile with args.", d=-2),
            F("CERT-ROWS-EMPTY", "medium", "bug", "rows[0] undefined for missing entry -> unhandled rejection",
              "404 on empty result."),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Arbitrary file write via ?name= on photo upload",
              "basename + allowlist extension.", d=-1),
            F("GATE-KEY-FAILS-OPEN", "high", "security", "gateOnly open when GATE_KEY unset",
              "Require non-empty GATE_KEY."),
            F("TOKEN-NO-EXPIRY", "medium", "security", "Login tokens have no exp",
              "expiresIn."),
            F("SLOT-OVERBOOK-RACE", "high", "bug", "Overbooking race on picking slots (check then update)",
              "Conditional UPDATE ... WHERE booked + $1 <= cap.", d=-2),
            F("PARTY-UNVALIDATED", "medium", "bug", "party not validated (NaN/negative)",
              "Integer 1..capacity."),
            F("TICKET-SEQ-MEMORY", "low", "bug", "Ticket numbers reset on restart (in-memory counter)",
              "Use the booking id or a DB sequence."),
            F("GENERATE-ONE-EXTRA", "low", "bug", "Generates count+1 slots",
              "i < count.", d=+1),
            F("HAYRIDE-SEATS-RACE", "high", "bug", "Lost update on seatsLeft across await",
              "Atomic counter in DB.", d=+1),
            F("HAYRIDE-UNKNOWN-DEPARTURE", "low", "bug", "Unknown departures default to WAGON_SEATS",
              "Validate departure."),
            F("ENTRY-WEIGHT-SELF-REPORTED", "medium", "security", "weight_kg taken from entrant",
              "Set only at gate weigh-in."),
            F("PODIUM-SKIPS-WINNER", "high", "bug", "Podium slice(1, 4) drops first place",
              "slice(0, 3)."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the pumpkin patch service in `src/server.ts`. It is an Express application backed by
        PostgreSQL that manages picking slot bookings, hayride seats and a giant pumpkin weigh-off.

        **Authentication and Authorization**

        The visitor authentication relies on JSON Web Tokens, but the tokens are never verified, and the gate
        middleware can be bypassed. Several endpoints trust values sent by the client.
        """,
        Block([
            F("VISITOR-JWT-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-1, n=2,
              desc="The `visitor` function extracts the bearer token and calls `jwt.decode`, which does not validate the signature. Anyone can forge a token with an arbitrary `id`."),
            F("JWT-SECRET-DEFAULT", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Require `JWT_SECRET` to be configured."),
            F("GATE-KEY-IN-QUERY", "MEDIUM", "Broken Authentication", "Gate Key Accepted via Query Parameter",
              "Only accept the key in a header."),
            F("LOGIN-CODE-COMPARE", "MEDIUM", "Broken Authentication", "Insecure Login Code Comparison",
              "Hash the login codes and use a strict, constant-time comparison.",
              desc="The code is compared with the loose inequality operator against a plaintext value from the database."),
            F("SLOTS-PATCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Slot Search",
              "Use a bound parameter for the LIKE pattern.", sd=-2, n=3),
            F("ENTRY-WEIGHT-SELF-REPORTED", "HIGH", "Broken Access Control", "Weigh-off Weight Controlled by Entrant",
              "Do not accept `weightKg` in the entry request.", d=-1),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Upload",
              "Sanitize the file name with `path.basename`.", d=+1, sd=-1, n=3),
            F("CARD-VARIETY-XSS", "MEDIUM", "Cross-Site Scripting", "Reflected XSS in Entry Card",
              "Escape the variety field."),
            F("CERT-SHELL-INJECTION", "HIGH", "Command Injection", "Command Injection in Certificate Printing",
              "Use `execFile` with an argument array.", sd=-1, n=2),
            F("RESULTS-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Phone Numbers Exposed in Weigh-off Results",
              "Exclude the phone column."),
        ], wrap="list"),
        """
        **Concurrency and Business Logic**

        The booking flows read a capacity value, check it, and write it back in separate steps.
        """,
        Block([
            F("SLOT-OVERBOOK-RACE", "HIGH", "Race Condition", "Race Condition in Slot Booking",
              "Use a single atomic UPDATE with a capacity condition.", d=+1),
            F("HAYRIDE-SEATS-RACE", "HIGH", "Race Condition", "Race Condition in Hayride Seat Allocation",
              "Keep the seat count in the database.", d=-2,
              desc="`left` is read from the map before the awaited INSERT and written back afterwards, so interleaved requests overwrite each other."),
            F("BOOKING-NOT-ATOMIC", "MEDIUM", "Data Integrity", "Non-Transactional Booking Writes",
              "Run the UPDATE and INSERT in a transaction."),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split the routes into separate modules."}),
            F("GENERATE-ONE-EXTRA", "LOW", "Logic Error", "Off-by-One in Slot Generation",
              "Use `i < count`.", d=-1),
            F("PODIUM-SKIPS-WINNER", "HIGH", "Logic Error", "Podium Excludes the First Place",
              "Start the slice at index 0.", d=+1),
            F("PODIUM-TIES", "LOW", "Logic Error", "Tied Weights Receive Different Places",
              "Assign equal places to equal weights."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("VISITOR-JWT-UNVERIFIED", "high", "security", "jwt.decode instead of jwt.verify", "verify"),
            F("SLOTS-PATCH-SQLI", "high", "security", "sql injection in /slots patch filter", "bind param"),
            F("CERT-SHELL-INJECTION", "high", "security", "command injection in certificate exec", "execFile"),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "path traversal in photo upload", "basename"),
            F("TOKEN-NO-EXPIRY", "medium", "security", "tokens never expire", "expiresIn"),
            F("CARD-VARIETY-XSS", "medium", "", "variety not escaped in card html", "escapeHtml"),
            F("RESULTS-PHONE-LEAK", "medium", "security", "results leak phone numbers", "drop v.phone"),
            F("SEATS-NEGATIVE", "medium", "bug", "negative hayride seats", "validate"),
            F("PODIUM-SKIPS-WINNER", "medium", "bug", "podium skips winner", "slice(0, 3)"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: unverified JWT, weak gate key handling, non-expiring tokens.
        2. Injection: SQL (`/slots`), shell (`/certificate`), path traversal (photo upload), XSS (entry card).
        3. Concurrency: slot and hayride capacity races.
        4. Data validation and business logic issues.
        """,
        Block([
            F("VISITOR-JWT-UNVERIFIED", "critical", "security", "JWT tokens are decoded without verification",
              "Use jwt.verify.", d=-2, conf=0.9),
            F("GATE-KEY-IN-QUERY", "major", "security", "Gate key read from query string",
              "Use a header only.", conf=0.7),
            F("GATE-KEY-FAILS-OPEN", "major", "security", "Gate authentication bypass with empty GATE_KEY",
              "Reject when GATE_KEY is not configured.", d=-1, conf=0.8),
            F("LOGIN-CODE-COMPARE", "major", "security", "Plaintext login code compared with loose equality",
              "Hash codes; compare in constant time.", conf=0.7),
            F("SLOTS-PATCH-SQLI", "critical", "security", "SQL injection in picking slot search",
              "Use parameterized queries.", conf=0.9),
            F("PARTY-UNVALIDATED", "major", "correctness", "Party size not validated",
              "Validate party is a positive integer.", conf=0.8),
            F("SLOT-OVERBOOK-RACE", "major", "concurrency", "Race condition in picking slot capacity check",
              "Use an atomic conditional update.", conf=0.8),
            F("GENERATE-ONE-EXTRA", "minor", "correctness", "Loop creates one extra slot",
              "Use < instead of <=.", conf=0.8),
            F("GENERATE-DUPLICATES", "minor", "correctness", "Slot generation is not idempotent",
              "Check for existing slots for the day or use a unique constraint.", conf=0.6),
            F("SEATS-NEGATIVE", "major", "correctness", "Hayride seats may be negative",
              "Validate seats in 1..WAGON_SEATS.", conf=0.8),
            F("HAYRIDE-SEATS-RACE", "major", "concurrency", "Race condition in hayride seat counter",
              "Use a lock or database counter.", d=+1, conf=0.8),
            F("ENTRY-AFTER-CLOSE", "minor", "correctness", "Weigh-off closing time not enforced",
              "Compare with WEIGHOFF_CLOSES.", conf=0.7),
            F("RESULTS-PHONE-LEAK", "major", "security", "Sensitive data exposure in results",
              "Do not return phone numbers.", d=-1, conf=0.8),
            F("RESULTS-CACHE-UNBOUNDED", "minor", "performance", "Unbounded results cache",
              "Limit cache keys.", conf=0.6),
            F("PODIUM-SKIPS-WINNER", "major", "correctness", "Off-by-one in podium slice",
              "Use slice(0, 3).", d=+1, conf=0.8),
            F("CARD-VARIETY-XSS", "major", "security", "Cross-site scripting in entry card",
              "Escape variety.", conf=0.8),
            F("PHOTO-NOT-OWNER", "major", "security", "Missing ownership check on photo upload",
              "Verify the entry belongs to the visitor.", conf=0.7),
            F("PHOTO-PATH-TRAVERSAL", "critical", "security", "Path traversal in photo upload",
              "Sanitize the name.", conf=0.9),
            F("CERT-SHELL-INJECTION", "critical", "security", "Command injection in certificate generation",
              "Use execFile.", d=-2, conf=0.9),
        ], wrap="object+summary", summary="19 issues: 4 critical, 11 major, 4 minor"),
    ]),
}
