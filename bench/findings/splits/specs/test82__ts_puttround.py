"""test82/ts-puttround: a crazy golf course's holes, rounds, scorecards and party bookings (TypeScript). Frozen test split.

Written 2026-12-06 by a helper session (issue 15, round 42, written at the start of round 41) that had not seen the
merger code, its results, its tuning data or any other split's answers or specs (only splits/README.md's general
sections and test37 section, the builders, tests/test_findings_splits.py, contract.py and specs/tune2__py_snapctl.py
for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test82 (scored once, never tuned on): seeded problems in a small Express 4 + pg + "
    "jsonwebtoken service for a crazy golf course; five agents' answers written by hand."
)

A = "auth.ts"
SV = "server.ts"
PROBLEMS = {
    "SECRET-DEFAULT": P(A, 'const JWT_SECRET = process.env.JWT_SECRET || "fore-and-windmill";', "security",
                        "JWT secret falls back to a hard-coded string"),
    "TOKEN-NO-EXPIRY": P(A, "return jwt.sign({ id: player.id", "security",
                         "player tokens are signed without an expiry (receipts have one)"),
    "JWT-DECODE": P(A, "const claims = jwt.decode(token)", "security",
                    "playerAuth decodes the JWT without verifying its signature: any forged token is accepted",
                    "signature-vs-statement"),
    "CORS-REFLECT": P(SV, "app.use(cors({ origin: true, credentials: true }));", "security",
                      "CORS reflects any origin with credentials"),
    "PIN-PLAINTEXT": P(SV, "rows[0].pin !== String(pin)", "security",
                       "player PINs stored and compared in plain text"),
    "PIN-BRUTE-FORCE": P(SV, "rows[0].pin !== String(pin)", "security",
                         "no attempt limit on a short PIN: login can be brute-forced"),
    "HOLE-PAR-OBO": P(SV, "par: PAR[n]", "bug",
                      "PAR is zero-based but n is 1-based: wrong par for every hole, undefined for hole 18",
                      "off-by-one"),
    "SCORE-IDOR": P(SV, '"SELECT player_id, card FROM rounds WHERE id = $1"', "security",
                    "score update never compares the round's player_id with the caller: anyone edits any card",
                    "signature-vs-statement"),
    "SCORE-ROW-MISSING": P(SV, "const card: number[] = rows[0].card;", "bug",
                           "unknown round id: rows[0] is undefined; the TypeError rejects an async handler Express 4 does not catch", nth=0),
    "SCORE-LOST-UPDATE": P(SV, "card[hole - 1] = strokes;", "bug",
                           "card read, modified and written back across awaits: concurrent scores overwrite each other",
                           "critical-section"),
    "SCORE-HOLE-UNCHECKED": P(SV, "card[hole - 1] = strokes;", "bug",
                              "hole and strokes not validated: out-of-range holes and negative strokes corrupt the card"),
    "FRONT-NINE-OBO": P(SV, "card.slice(0, 8)", "bug",
                        "front nine sums holes 1-8; hole 9 is in neither half and missing from the total", "off-by-one"),
    "LEADER-SQLI": P(SV, "ORDER BY ${order} LIMIT 10", "security",
                     "order query value interpolated into the leaderboard SQL", "source-vs-sink"),
    "LEADER-CACHE-UNBOUNDED": P(SV, "leaderboardCache.set(key", "performance",
                                "leaderboard cache keyed by arbitrary query values, never evicted"),
    "STAFF-ROUNDS-OBO": P(SV, "const offset = page * size;", "bug",
                          "pages start at 1 but offset is page * size: the first page is never returned", "off-by-one"),
    "PARTY-OVERBOOK": P(SV, "Number(rows[0].booked) + guests > SLOT_CAPACITY", "bug",
                        "capacity checked, then inserted after an await, no lock or transaction: slots overbook",
                        "critical-section"),
    "PARTY-GUESTS-UNVALIDATED": P(SV, "Number(rows[0].booked) + guests > SLOT_CAPACITY", "bug",
                                  "guests not validated: a string concatenates, zero or negative guests give a negative price"),
    "RECEIPT-IN-QUERY": P(SV, "readReceipt(String(req.query.receipt", "security",
                          "party receipt token carried in the query string"),
    "RECEIPT-IDOR": P(SV, '"SELECT * FROM parties WHERE id = $1"', "security",
                      "a valid receipt for one booking opens any booking: bookingId never compared with :id"),
    "REMIND-INJECT-NOTE": P(SV, "exec(`party-notify --to", "security",
                            "note from the request body inside a shell command string", "source-vs-sink"),
    "REMIND-INJECT-EMAIL": P(SV, "exec(`party-notify --to", "security",
                             "email stored from the public booking form interpolated into the same shell command"),
    "PHOTO-TRAVERSAL": P(SV, "res.sendFile(path.join(PHOTO_DIR, file));", "security",
                         "file query value joined to PHOTO_DIR: ../ reads any file", "source-vs-sink"),
    "ERROR-STACK": P(SV, "stack: err.stack", "security", "error handler returns message and stack trace"),
}

CONFUSABLE = [
    ("PIN-PLAINTEXT", "PIN-BRUTE-FORCE"),
    ("SCORE-IDOR", "SCORE-ROW-MISSING"),
    ("SCORE-ROW-MISSING", "SCORE-LOST-UPDATE"),
    ("SCORE-ROW-MISSING", "SCORE-HOLE-UNCHECKED"),
    ("SCORE-LOST-UPDATE", "SCORE-HOLE-UNCHECKED"),
    ("LEADER-SQLI", "LEADER-CACHE-UNBOUNDED"),
    ("PARTY-OVERBOOK", "PARTY-GUESTS-UNVALIDATED"),
    ("RECEIPT-IN-QUERY", "RECEIPT-IDOR"),
    ("REMIND-INJECT-NOTE", "REMIND-INJECT-EMAIL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `server.ts` and `auth.ts` (Express 4, pg, jsonwebtoken) for the crazy golf course.

        **Summary**

        1. **Authentication is not enforced.** `playerAuth` calls `jwt.decode`, so any self-made token is
           accepted; the score route then trusts the round id without an ownership check.
        2. **Injection.** The leaderboard interpolates `order` into SQL; the party reminder builds a shell command
           from the note and the stored email; `/photos` joins an unchecked file name.
        3. **Races and arithmetic.** Score updates and party bookings are read-check-write across `await`s; par,
           front-nine and staff paging are each one off.
        4. **What is done right:** `staffOnly` fails closed and compares with `timingSafeEqual` after a length
           check; `readReceipt` really verifies; `/rounds/:id/card` checks the owner; the party cancel runs in a
           transaction with `FOR UPDATE`; printing uses `execFile` with a timeout and `path.basename`; the JSON
           body parser has a size limit.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "`playerAuth` trusts unverified JWTs",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="playerAuth", conf=0.95),
            F("SECRET-DEFAULT", "high", "security", "JWT secret has a hard-coded fallback",
              "Fail at start-up when `JWT_SECRET` is unset.", conf=0.85),
            F("SCORE-IDOR", "high", "security", "Any player can write scores on any round",
              "Add `AND player_id = $2` as `/rounds/:id/card` does, and 404 otherwise.",
              symbol="POST /rounds/:id/scores", conf=0.9),
            F("LEADER-SQLI", "critical", "security", "SQL injection via `order` on the public leaderboard",
              "Map `order` to a fixed set of ORDER BY clauses.", symbol="GET /leaderboard", conf=0.95),
            F("REMIND-INJECT-NOTE", "high", "security", "Shell injection through the reminder note",
              "Use `execFile(\"party-notify\", [\"--to\", email, \"--slot\", slot, \"--note\", note])`.",
              symbol="POST /parties/:id/remind", conf=0.9),
            F("REMIND-INJECT-EMAIL", "high", "security", "Shell injection through the stored party email",
              "The email comes from the public booking form; pass it as an argument, and validate it at booking time.",
              symbol="POST /parties/:id/remind", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `/photos`",
              "Use `res.sendFile(file, { root: PHOTO_DIR })` or `path.basename(file)`.", symbol="GET /photos", conf=0.9),
            F("RECEIPT-IDOR", "medium", "security", "Receipt is verified but not tied to the requested booking",
              "Compare `bookingId` with `Number(req.params.id)` before the query.", symbol="GET /parties/:id", conf=0.8),
            F("PIN-PLAINTEXT", "medium", "security", "PINs stored and compared in plain text",
              "Store a slow hash (scrypt/bcrypt) and compare with it.", symbol="POST /login", conf=0.75),
            F("CORS-REFLECT", "medium", "security", "CORS reflects every origin with credentials",
              "List the course's own origins.", conf=0.7),
            F("ERROR-STACK", "medium", "security", "Error handler returns stack traces",
              "Log the error and return a generic 500 body.", conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("SCORE-LOST-UPDATE", "medium", "bug", "Concurrent score posts overwrite each other",
              "Update the one element in SQL (`jsonb_set`) or lock the row (`SELECT ... FOR UPDATE` in a transaction).",
              symbol="POST /rounds/:id/scores", conf=0.75),
            F("SCORE-HOLE-UNCHECKED", "medium", "bug", "`hole` and `strokes` are not validated",
              "Require integers, `1 <= hole <= HOLES` and `strokes >= 1`.", symbol="POST /rounds/:id/scores", conf=0.8),
            F("PARTY-OVERBOOK", "medium", "bug", "Party slots can be overbooked by concurrent bookings",
              "Do the capacity check and the insert in one transaction with a lock on the slot.",
              symbol="POST /parties", conf=0.75),
            F("PARTY-GUESTS-UNVALIDATED", "medium", "bug", "`guests` is not validated",
              "A string `guests` turns `+` into concatenation and a negative one makes a negative price; require a positive integer.",
              symbol="POST /parties", conf=0.75),
            F("HOLE-PAR-OBO", "medium", "bug", "Par lookup is off by one",
              "`PAR[n - 1]`; hole 18 currently has no par.", symbol="GET /holes/:n", conf=0.85),
            F("FRONT-NINE-OBO", "medium", "bug", "Front nine sums only eight holes",
              "`card.slice(0, 9)`; hole 9 is counted in neither half.", symbol="GET /rounds/:id/card", conf=0.85),
            F("LEADER-CACHE-UNBOUNDED", "low", "performance", "Leaderboard cache never evicts",
              "Keys include arbitrary `day`/`order` values; bound the map or key only on validated values.",
              symbol="GET /leaderboard", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE", "critical", "security", "playerAuth uses jwt.decode (no signature check)", "jwt.verify", d=-3),
            F("SCORE-IDOR", "high", "security", "scores: no ownership check on round", "WHERE id=$1 AND player_id=$2", d=-2),
            F("SCORE-ROW-MISSING", "medium", "bug", "scores: rows[0] may be undefined", "404 when no row", d=-1),
            F("LEADER-SQLI", "critical", "security", "leaderboard: ORDER BY from query string", "allow-list", d=-1),
            F("PHOTO-TRAVERSAL", "high", "security", "/photos: traversal via file", "sendFile with root", d=-1),
            F("REMIND-INJECT-NOTE", "high", "security", "remind: exec with interpolated note", "execFile + args", d=-1),
            F("PARTY-OVERBOOK", "medium", "bug", "parties: capacity check not atomic", "transaction + lock", d=-1),
            F("HOLE-PAR-OBO", "low", "bug", "PAR[n] should be PAR[n - 1]", "index fix", d=-1),
            F("FRONT-NINE-OBO", "low", "bug", "front/back nine split drops hole 9", "slice(0, 9)", d=1),
            F("STAFF-ROUNDS-OBO", "low", "bug", "staff/rounds skips first page", "(page - 1) * size"),
            F("ERROR-STACK", "medium", "security", "stack traces in 500 responses", "omit stack"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the crazy golf course backend (`server.ts` and `auth.ts`). The application
        manages players, holes, rounds and scorecards, a public leaderboard and party bookings, using Express,
        PostgreSQL and JSON Web Tokens.

        ### Critical and high-severity issues

        The most serious problem is that player authentication does not verify tokens at all. Combined with
        missing authorization checks and several injection points, an anonymous user can alter scores, read
        other people's bookings and run commands on the server.
        """,
        Block([
            F("JWT-DECODE", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload. Any client can craft a token with an arbitrary `id` and `role`."),
            F("SECRET-DEFAULT", "HIGH", "Security Misconfiguration", "Hardcoded JWT Secret Fallback",
              "Require the secret from the environment."),
            F("TOKEN-NO-EXPIRY", "MEDIUM", "Broken Authentication", "Player Tokens Never Expire",
              "Add `expiresIn` when signing player tokens, as is already done for receipts."),
            F("SCORE-IDOR", "HIGH", "Broken Access Control", "Insecure Direct Object Reference in Score Submission",
              "Verify that the round belongs to the authenticated player.", sd=-2, n=3),
            F("LEADER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Leaderboard Sorting",
              "Validate the sort column against an allow-list.", sd=-2, n=3,
              desc="The `order` query parameter is placed directly into the `ORDER BY` clause of the query."),
            F("REMIND-INJECT-NOTE", "CRITICAL", "Command Injection", "Command Injection in Party Reminder",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("REMIND-INJECT-EMAIL", "HIGH", "Command Injection", "Stored Email Used in Shell Command",
              "Validate emails on booking and never interpolate them into a shell string."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Photo Endpoint",
              "Use the `root` option of `sendFile`.", sd=-2, n=3),
            F("RECEIPT-IDOR", "MEDIUM", "Broken Access Control", "Party Receipt Not Bound to Booking ID",
              "Check that the receipt's booking ID matches the requested ID."),
            F("PIN-BRUTE-FORCE", "MEDIUM", "Broken Authentication", "No Rate Limiting on PIN Login",
              "Limit login attempts per player and per IP."),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy with Credentials",
              "Restrict allowed origins."),
            F("ERROR-STACK", "LOW", "Information Disclosure", "Stack Trace Exposure",
              "Do not send `err.stack` to clients."),
        ], wrap="list"),
        """
        ### Logic and reliability issues
        """,
        Block([
            F("SCORE-LOST-UPDATE", "MEDIUM", "Race Condition", "Race Condition in Scorecard Updates",
              "Use a transaction with row locking.", d=-2, sd=-2, n=3,
              desc="The card is read, changed in memory and written back. Two score submissions for the same round can interleave and one is lost."),
            F("PARTY-OVERBOOK", "MEDIUM", "Race Condition", "Party Slot Capacity Check Is Not Atomic",
              "Wrap the check and the insert in a transaction.", d=2, sd=2, n=3),
            F("FRONT-NINE-OBO", "LOW", "Logic Error", "Incorrect Front Nine Calculation",
              "Use `slice(0, 9)`."),
            U({"severity": "INFO", "category": "Maintainability", "description": "Consider moving SQL queries into a repository layer."}),
            F("LEADER-CACHE-UNBOUNDED", "LOW", "Performance", "Unbounded Leaderboard Cache",
              "Use an LRU cache with a maximum size."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE", "error", "security", "jwt.decode instead of jwt.verify", "verify the token"),
            F("SCORE-IDOR", "error", "security", "score update has no owner check", "filter by player_id"),
            F("LEADER-SQLI", "error", "security", "sql injection in leaderboard order", "whitelist columns"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in /photos", "basename or root option"),
            F("PIN-PLAINTEXT", "warning", "security", "pins kept in plain text", "hash them"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("SCORE-HOLE-UNCHECKED", "warning", "bug", "hole number not range-checked", "1..18 only"),
            F("PARTY-GUESTS-UNVALIDATED", "warning", "", "guests not validated", "positive int"),
            F("RECEIPT-IN-QUERY", "info", "security", "receipt token in url", "use a header"),
            F("ERROR-STACK", "info", "security", "stack trace sent to client", "drop stack"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: JWTs are decoded, not verified; the secret has a default.
        2. Authorization: score updates and party lookups do not check ownership.
        3. Injection: SQL (leaderboard), shell (party reminder), path traversal (photos).
        4. Concurrency: lost score updates and party overbooking.
        5. Off-by-one: par lookup, front nine, staff paging.
        6. Input validation: party guests, missing rows.

        ## Details
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "JWT accepted without signature verification",
              "Use jwt.verify.", conf=0.9),
            F("SECRET-DEFAULT", "major", "security", "Default JWT secret", "Remove the fallback.", conf=0.8),
            F("SCORE-IDOR", "major", "security", "Missing ownership check when recording scores",
              "Check player_id.", conf=0.85),
            F("SCORE-ROW-MISSING", "minor", "correctness", "Unchecked rows[0] in score recording",
              "Return 404 for unknown rounds.", conf=0.6),
            F("SCORE-LOST-UPDATE", "major", "concurrency", "Lost updates on scorecards",
              "Use SELECT ... FOR UPDATE.", d=2, conf=0.7),
            F("LEADER-SQLI", "blocker", "security", "SQL injection in leaderboard ORDER BY",
              "Allow-list sort columns.", conf=0.9),
            F("REMIND-INJECT-NOTE", "blocker", "security", "Command injection in reminder",
              "Use execFile.", conf=0.85),
            F("PHOTO-TRAVERSAL", "major", "security", "Path traversal when serving photos",
              "Restrict to PHOTO_DIR.", conf=0.85),
            F("RECEIPT-IDOR", "major", "security", "Receipt does not authorize the requested party",
              "Compare bookingId with the route id.", d=-2, conf=0.7),
            F("PIN-PLAINTEXT", "major", "security", "Plain-text PIN comparison", "Hash PINs.", conf=0.7),
            F("PARTY-OVERBOOK", "major", "concurrency", "Overbooking race in party booking",
              "Use a transaction.", conf=0.75),
            F("PARTY-GUESTS-UNVALIDATED", "major", "correctness", "Party guest count not validated",
              "Validate guests as a positive integer.", conf=0.7),
            F("HOLE-PAR-OBO", "minor", "correctness", "Off-by-one in par lookup", "Use PAR[n - 1].", conf=0.8),
            F("FRONT-NINE-OBO", "minor", "correctness", "Off-by-one in front nine total", "slice(0, 9).", conf=0.8),
            F("STAFF-ROUNDS-OBO", "minor", "correctness", "Off-by-one in staff round paging",
              "Offset should be (page - 1) * size.", d=-2, conf=0.7),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}
