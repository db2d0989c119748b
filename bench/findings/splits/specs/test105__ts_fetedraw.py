"""test105/ts-fetedraw: a village fete's raffle tickets, sellers' takings and prize draws (TypeScript, Express + pg).

Frozen test split test105: written 2026-12-07 by a helper session that had not seen the merger code, any
score or any other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once
for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or the other splits. "
    "Frozen test split test105: seeded problems in a small village-fete raffle service; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials"),
    "JWT-SECRET-FALLBACK": P(S, 'const JWT_SECRET = process.env.FETE_JWT_SECRET ?? "fete-raffle-2026";', "security", "hard-coded fallback signing secret when FETE_JWT_SECRET is unset"),
    "JWT-DECODE-NO-VERIFY": P(S, "const claims = jwt.decode(token) as Seller | null;", "security", "seller token decoded, never verified: anyone can forge a seller", "signature-vs-statement"),
    "LOGIN-UNSALTED-PIN": P(S, 'if (!s || s.pin_hash !== crypto.createHash("sha256")', "security", "seller pins stored as unsalted SHA-256 (a 4-digit pin falls to a table) and compared with !=="),
    "LOGIN-NO-EXPIRY": P(S, "res.json({ token: jwt.sign({ id: s.id, name: s.name, role: s.role }, JWT_SECRET) });", "security", "seller tokens signed without expiresIn: valid forever"),
    "STRIPS-UNVALIDATED": P(S, "const count = strips * STRIP_SIZE;", "bug", "strips from the body not validated: negative, fractional or string values give nonsense ticket ranges and payments"),
    "TICKET-RANGE-RACE": P(S, 'await client.query("SELECT COALESCE(MAX(last_no), 0) AS last FROM ticket_strips");', "bug", "MAX(last_no) read and the new strip inserted without a transaction or lock: two sellers get the same ticket numbers", "critical-section"),
    "TICKET-LAST-OFF-BY-ONE": P(S, "const last = first + count;", "bug", "inclusive range: last should be first + count - 1; each strip is given one ticket number more than was paid for", "off-by-one"),
    "TICKET-LOOKUP-SQLI": P(S, "WHERE ${no} BETWEEN first_no AND last_no`);", "security", "ticket number from the path interpolated into SQL", "source-vs-sink"),
    "TICKET-LOOKUP-PHONE": P(S, "WHERE ${no} BETWEEN first_no AND last_no`);", "security", "unauthenticated ticket lookup returns the buyer's name and phone number"),
    "REFUND-NO-OWNER": P(S, 'await pool.query("DELETE FROM ticket_strips WHERE first_no = $1"', "security", "any logged-in seller can refund (delete) any seller's strip", "signature-vs-statement"),
    "REFUND-AFTER-DRAW": P(S, 'await pool.query("DELETE FROM ticket_strips WHERE first_no = $1"', "bug", "a strip can be refunded after the draw, even a winning one"),
    "RETURN-UNVALIDATED": P(S, "const { first, last } = req.body;", "bug", "returned range taken from the body unchecked: reversed, fractional or another seller's strips are credited"),
    "RETURN-OFF-BY-ONE": P(S, "const unsold = last - first;", "bug", "an inclusive range holds last - first + 1 tickets: each returned strip is credited one ticket short", "off-by-one"),
    "PENCE-UNVALIDATED": P(S, "const pence = Number(req.body.pence);", "bug", "takings not validated: NaN poisons the totals, negative amounts reduce them"),
    "TAKINGS-LOST-UPDATE": P(S, "takings[seller.name] = before + pence;", "bug", "seller's takings read before an await and written after it: concurrent hand-ins are lost", "critical-section"),
    "DRAW-EXCLUDES-LAST": P(S, "const winning = lo + Math.floor(Math.random() * (hi - lo));", "bug", "random * (hi - lo) never reaches hi: the last ticket sold can never win", "off-by-one"),
    "DRAW-MATH-RANDOM": P(S, "const winning = lo + Math.floor(Math.random() * (hi - lo));", "security", "the draw uses Math.random, not a cryptographic RNG"),
    "PRIZE-DOUBLE-AWARD": P(S, 'await pool.query("UPDATE prizes SET won_by = $1, drawn_at = now() WHERE id = $2"', "bug", "undrawn prize selected and updated separately: two concurrent draws award the same prize twice", "critical-section"),
    "PRIZE-NONE-LEFT": P(S, "const prize = prizes.rows[0];", "bug", "no undrawn prize left: prize is undefined and the draw crashes after picking a ticket"),
    "WINNERS-XSS": P(S, "(${r.buyer})</li>`).join(\"\");", "security", "buyer name written into the public winners page unescaped (stored XSS)"),
    "NOTIFY-SHELL-INJECTION": P(S, 'exec(`sms-send ${r.phone} "You won ${r.name} in the fete raffle!"`);', "security", "buyer-supplied phone and prize name run through a shell"),
    "NOTIFY-ERRORS-IGNORED": P(S, 'exec(`sms-send ${r.phone} "You won ${r.name} in the fete raffle!"`);', "bug", "exec without a callback: failed texts are ignored and counted as notified"),
    "PHOTO-PATH-TRAVERSAL": P(S, "const full = path.join(PRIZE_DIR, file);", "security", "file query value joined to PRIZE_DIR: any readable file is sent", "source-vs-sink"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns the stack trace to clients"),
}

CONFUSABLE = [
    ("CORS-ANY-ORIGIN", "JWT-SECRET-FALLBACK"),
    ("LOGIN-UNSALTED-PIN", "LOGIN-NO-EXPIRY"),
    ("STRIPS-UNVALIDATED", "TICKET-RANGE-RACE"),
    ("TICKET-RANGE-RACE", "TICKET-LAST-OFF-BY-ONE"),
    ("TICKET-LOOKUP-SQLI", "TICKET-LOOKUP-PHONE"),
    ("REFUND-NO-OWNER", "REFUND-AFTER-DRAW"),
    ("RETURN-UNVALIDATED", "RETURN-OFF-BY-ONE"),
    ("PENCE-UNVALIDATED", "TAKINGS-LOST-UPDATE"),
    ("DRAW-EXCLUDES-LAST", "DRAW-MATH-RANDOM"),
    ("PRIZE-DOUBLE-AWARD", "PRIZE-NONE-LEFT"),
    ("NOTIFY-SHELL-INJECTION", "NOTIFY-ERRORS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` runs the whole raffle: seller login, strip sales, refunds and returns, takings, the draw
        and the winners' page. The committee side is sound (`committeeOnly` fails closed when the key is unset
        and checks the length before `timingSafeEqual`; `/sellers/me/strips` pages in SQL with
        `(page - 1) * size`; `/prizes` validates its body). The seller side is not:

        1. **Seller identity is forgeable**: `sellerFromToken` decodes the JWT without verifying it, so every
           seller-only route trusts whatever the client writes.
        2. **Injection**: the ticket lookup builds SQL from the path, the SMS notifier builds a shell command,
           the winners page prints buyer names raw, and the prize photo route follows `../`.
        3. **Ticket numbering and money**: strip ranges are one ticket too long, returns are credited one ticket short,
           the draw can never pick the last ticket, and the sale and takings paths race.
        """,
        Block([
            F("JWT-DECODE-NO-VERIFY", "critical", "security", "`sellerFromToken` uses `jwt.decode` and never verifies the signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and treat a failure as unauthenticated.",
              symbol="sellerFromToken", conf=0.95),
            F("TICKET-LOOKUP-SQLI", "critical", "security", "SQL injection in `GET /tickets/:no`",
              "Parse `no` as an integer and bind it: `WHERE $1 BETWEEN first_no AND last_no`.",
              symbol="GET /tickets/:no", conf=0.95),
            F("TICKET-LOOKUP-PHONE", "medium", "security", "Public ticket lookup discloses buyer name and phone",
              "Return only whether the ticket is sold (and perhaps the seller); keep phone numbers for the committee.",
              symbol="GET /tickets/:no", conf=0.75),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "Shell command built from buyer phone numbers in `/winners/notify`",
              "Use `execFile(\"sms-send\", [r.phone, message])`; the phone was typed in by a seller at the stall.",
              symbol="POST /winners/notify", conf=0.85),
            F("WINNERS-XSS", "high", "security", "Stored XSS on the public winners page",
              "`escapeHtml` is applied to the prize but not to `r.buyer`; escape both.",
              symbol="GET /winners", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Path traversal in `/prizes/:id/photo`",
              "Drop the `file` parameter or use `res.sendFile(file, { root: PRIZE_DIR })`, which rejects `..`.",
              symbol="GET /prizes/:id/photo", conf=0.85),
            F("REFUND-NO-OWNER", "high", "security", "Any seller can refund any strip",
              "Add `AND seller_id = $2` to the delete (or require the committee key) and check `rowCount`.",
              symbol="POST /tickets/:first/refund", conf=0.8),
            F("CORS-ANY-ORIGIN", "medium", "security", "CORS reflects every origin with credentials",
              "List the fete's own origins explicitly.", conf=0.7),
            F("JWT-SECRET-FALLBACK", "medium", "security", "Hard-coded JWT secret fallback",
              "Refuse to start when `FETE_JWT_SECRET` is unset.", conf=0.75),
            F("LOGIN-UNSALTED-PIN", "medium", "security", "Seller PINs hashed with unsalted SHA-256",
              "A four-digit PIN has 10,000 possible hashes; use scrypt/bcrypt with a salt and compare with `timingSafeEqual`.",
              symbol="POST /login", conf=0.7),
            F("DRAW-MATH-RANDOM", "medium", "security", "Raffle draw uses `Math.random()`",
              "Use `crypto.randomInt(lo, hi + 1)` so the draw is unpredictable and covers the whole range.",
              symbol="POST /draw", conf=0.7),
        ]),
        "Correctness:",
        Block([
            F("TICKET-LAST-OFF-BY-ONE", "high", "bug", "Each strip is numbered one ticket longer than was paid for",
              "`last` is inclusive, so it must be `first + count - 1`; today a strip of 5 is numbered 1-6 while `paid_pence` charges for 5.",
              symbol="POST /tickets/sell", conf=0.85),
            F("TICKET-RANGE-RACE", "high", "bug", "Concurrent sales can be given the same ticket numbers",
              "Wrap the `MAX(last_no)` read and the insert in a transaction with `LOCK TABLE ticket_strips IN EXCLUSIVE MODE`, or use a sequence.",
              symbol="POST /tickets/sell", conf=0.8),
            F("STRIPS-UNVALIDATED", "medium", "bug", "`strips` is not validated",
              "Require a positive integer; `\"2\"` happens to work, `-1` or `1.5` produce reversed or fractional ranges.",
              symbol="POST /tickets/sell", conf=0.75),
            F("RETURN-OFF-BY-ONE", "medium", "bug", "Returned strips are credited one ticket short",
              "An inclusive range holds `last - first + 1` tickets.", symbol="POST /strips/return", conf=0.8),
            F("PENCE-UNVALIDATED", "medium", "bug", "Takings amount not validated",
              "`Number(\"abc\")` is `NaN` and makes `totalPence` NaN for good; reject non-integers and negatives.",
              symbol="POST /takings", conf=0.75),
            F("TAKINGS-LOST-UPDATE", "medium", "bug", "Lost update on a seller's takings across the `await`",
              "Read `takings[seller.name]` after the insert (or keep the total in SQL); two hand-ins in flight both start from the same `before`.",
              symbol="POST /takings", conf=0.75),
            F("DRAW-EXCLUDES-LAST", "high", "bug", "The last ticket sold can never be drawn",
              "`Math.floor(Math.random() * (hi - lo))` ranges over `lo..hi-1`; use `hi - lo + 1`.",
              symbol="POST /draw", conf=0.85),
            F("PRIZE-DOUBLE-AWARD", "medium", "bug", "Two concurrent draws can award the same prize",
              "`UPDATE prizes SET won_by = $1 WHERE id = $2 AND won_by IS NULL RETURNING id` and retry when no row comes back.",
              symbol="POST /draw", conf=0.7),
            F("PRIZE-NONE-LEFT", "low", "bug", "`/draw` crashes once every prize is drawn",
              "Return 409 when `prizes.rows` is empty, before drawing a ticket.", symbol="POST /draw", conf=0.75),
            F("NOTIFY-ERRORS-IGNORED", "low", "bug", "SMS failures are silently ignored",
              "Await each send and report the failures instead of `rows.length`.", symbol="POST /winners/notify", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("JWT-DECODE-NO-VERIFY", "critical", "security", "sellerFromToken trusts an unverified JWT",
              "jwt.verify", d=-3),
            F("TICKET-LOOKUP-SQLI", "critical", "security", "SQL injection via :no in /tickets/:no",
              "bind as $1", d=-1),
            F("REFUND-NO-OWNER", "high", "security", "Refund route lets any seller delete another seller's strip",
              "check seller_id", d=-3),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "sendFile path built from ?file= (traversal)",
              "sendFile with root", d=-1),
            F("NOTIFY-SHELL-INJECTION", "high", "security", "exec() with interpolated phone/prize",
              "execFile"),
            F("WINNERS-XSS", "high", "security", "buyer unescaped in /winners HTML", "escapeHtml(r.buyer)"),
            F("JWT-SECRET-FALLBACK", "medium", "security", "Default JWT secret in source", "require env"),
            F("TICKET-LAST-OFF-BY-ONE", "high", "bug", "last = first + count allocates count+1 tickets",
              "first + count - 1"),
            F("TICKET-RANGE-RACE", "high", "bug", "MAX(last_no)+insert not atomic", "transaction + lock"),
            F("RETURN-UNVALIDATED", "medium", "bug", "strips/return trusts first/last from body",
              "look up the seller's strip"),
            F("PENCE-UNVALIDATED", "medium", "bug", "pence can be NaN or negative", "Number.isInteger && > 0"),
            F("DRAW-EXCLUDES-LAST", "high", "bug", "Draw never selects hi", "(hi - lo + 1)"),
            F("PRIZE-NONE-LEFT", "medium", "bug", "prize may be undefined (no prizes left)", "409"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `fetedraw` project, an Express application written in TypeScript
        that manages the raffle at a village fete: sellers sell strips of tickets and hand in their takings,
        and the committee draws the prizes and notifies the winners.

        ## Key Findings

        The most serious problem is in authentication. The seller token is never verified, which undermines
        every seller endpoint. Beyond that, several endpoints build SQL queries, shell commands, file paths and
        HTML from user-supplied data.

        ## Security Issues
        """,
        Block([
            F("JWT-DECODE-NO-VERIFY", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the token. An attacker can craft a token with any `id` and `name`."),
            F("TICKET-LOOKUP-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Ticket Lookup",
              "Use parameterized queries."),
            F("TICKET-LOOKUP-PHONE", "MEDIUM", "Information Disclosure", "Buyer Contact Details Exposed",
              "Do not return phone numbers from a public endpoint."),
            F("NOTIFY-SHELL-INJECTION", "HIGH", "Command Injection", "Command Injection in Winner Notification",
              "Use `execFile` with an argument array.",
              desc="Phone numbers are entered when tickets are sold and end up unquoted in a shell command."),
            F("WINNERS-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Winners Page",
              "Escape the buyer name as well."),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Prize Photo Endpoint",
              "Validate the file name.", sd=-2, n=3),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict allowed origins."),
            F("LOGIN-UNSALTED-PIN", "MEDIUM", "Broken Authentication", "Weak PIN Hashing",
              "Use a slow, salted hash."),
            F("DRAW-MATH-RANDOM", "MEDIUM", "Insecure Randomness", "Predictable Random Number Generator for Draw",
              "Use `crypto.randomInt`."),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Trace Disclosure",
              "Return a generic message in production."),
        ], wrap="list"),
        """
        ## Logic and Reliability Issues
        """,
        Block([
            F("TICKET-RANGE-RACE", "HIGH", "Race Condition", "Duplicate Ticket Numbers From Concurrent Sales",
              "Use a database sequence or a transaction.", d=+1),
            F("TAKINGS-LOST-UPDATE", "MEDIUM", "Race Condition", "Race Condition in Takings Update",
              "Avoid reading shared state before an await and writing it after.", d=-2),
            F("RETURN-OFF-BY-ONE", "MEDIUM", "Logic Error", "Incorrect Credit for Returned Tickets",
              "Add one to the count of unsold tickets.", d=+2),
            F("REFUND-AFTER-DRAW", "MEDIUM", "Logic Error", "Refunds Allowed After the Draw",
              "Reject refunds once the draw has started or when the strip holds a winning ticket."),
            U({"severity": "LOW", "category": "Code Quality", "description": "Route handlers should be split into separate modules."}),
            F("DRAW-EXCLUDES-LAST", "MEDIUM", "Logic Error", "Highest Ticket Number Excluded From Draw",
              "Use `hi - lo + 1` as the range.", d=-1),
            F("PRIZE-DOUBLE-AWARD", "MEDIUM", "Race Condition", "Same Prize Can Be Awarded Twice",
              "Update only where `won_by IS NULL`.", d=-2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("JWT-DECODE-NO-VERIFY", "error", "security", "jwt.decode instead of jwt.verify", "verify the token"),
            F("TICKET-LOOKUP-SQLI", "error", "security", "sql injection in ticket lookup", "bind param"),
            F("WINNERS-XSS", "error", "security", "xss via buyer name on /winners", "escape buyer"),
            F("PHOTO-PATH-TRAVERSAL", "error", "security", "path traversal in prize photo", "sendFile root option", d=+1),
            F("DRAW-MATH-RANDOM", "warning", "", "draw uses Math.random", "crypto.randomInt"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("TICKET-LAST-OFF-BY-ONE", "warning", "bug", "strip range one ticket too long", "first + count - 1"),
            F("STRIPS-UNVALIDATED", "warning", "bug", "strips not validated", "positive int check"),
            F("RETURN-OFF-BY-ONE", "warning", "bug", "return credit off by one", "last - first + 1"),
            F("TAKINGS-LOST-UPDATE", "warning", "bug", "takings update lost across await", "update after await / in sql"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication: unverified JWT, fallback secret, tokens without expiry.
        2. Injection: SQL in ticket lookup, shell in SMS notification, XSS on winners page.
        3. Authorization: refunds and returns are not tied to the seller who sold the strip.
        4. Concurrency: ticket allocation, takings and the prize draw.
        5. Arithmetic: ticket ranges, the draw range and returned-strip credit.
        """,
        Block([
            F("JWT-DECODE-NO-VERIFY", "blocker", "security", "JWT tokens are decoded but not verified",
              "Use jwt.verify with the secret.", conf=0.95),
            F("JWT-SECRET-FALLBACK", "major", "security", "Hardcoded default JWT secret",
              "Fail at startup if FETE_JWT_SECRET is missing.", conf=0.8),
            F("LOGIN-NO-EXPIRY", "minor", "security", "Issued tokens never expire",
              "Pass expiresIn to jwt.sign.", conf=0.7),
            F("TICKET-LOOKUP-SQLI", "blocker", "security", "SQL injection in ticket lookup endpoint",
              "Use a parameterized query.", conf=0.9),
            F("NOTIFY-SHELL-INJECTION", "major", "security", "Command injection in winner SMS notification",
              "Use execFile with arguments.", conf=0.8),
            F("NOTIFY-ERRORS-IGNORED", "minor", "reliability", "Notification result not checked",
              "Handle exec errors and count successes.", d=+2, conf=0.6),
            F("WINNERS-XSS", "major", "security", "Cross-site scripting on winners page",
              "Escape r.buyer.", conf=0.85),
            F("REFUND-NO-OWNER", "major", "security", "Refund endpoint lacks ownership check",
              "Restrict deletes to the seller's own strips.", conf=0.8),
            F("RETURN-UNVALIDATED", "major", "correctness", "Returned ticket range is not validated",
              "Verify the range belongs to the seller and first <= last.", conf=0.75),
            F("RETURN-OFF-BY-ONE", "minor", "correctness", "Off-by-one in unsold ticket count",
              "Use last - first + 1.", conf=0.8),
            F("TICKET-RANGE-RACE", "major", "concurrency", "Ticket number allocation is not atomic",
              "Run the SELECT MAX and INSERT in one transaction with a lock.", d=+3, conf=0.8),
            F("TICKET-LAST-OFF-BY-ONE", "major", "correctness", "Ticket range end is off by one",
              "Compute last as first + count - 1.", d=-1, conf=0.8),
            F("TAKINGS-LOST-UPDATE", "major", "concurrency", "Race condition on in-memory takings",
              "Do not keep the value read before await.", d=-1, conf=0.7),
            F("DRAW-EXCLUDES-LAST", "major", "correctness", "Draw range excludes the highest ticket",
              "Use (hi - lo + 1).", conf=0.85),
            F("PRIZE-DOUBLE-AWARD", "major", "concurrency", "Concurrent draws may assign one prize twice",
              "Use a conditional UPDATE ... WHERE won_by IS NULL.", conf=0.7),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack traces returned to clients",
              "Log the stack, return a generic error.", conf=0.8),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 10 major, 4 minor"),
    ]),
}
