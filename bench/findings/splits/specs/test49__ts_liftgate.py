"""test49/ts-liftgate: a ski area's lift-gate ticket scanner hub (TypeScript, Express 4 + pg + jsonwebtoken). Frozen
test split; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test49: seeded problems in a small lift-gate ticket scanner hub (ticket sales, gate "
    "scans with passback control, the lift board, refunds); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "TICKET-SECRET-DEFAULT": P(S, 'const TICKET_SECRET = process.env.TICKET_SECRET ?? "liftgate-dev-secret";', "security",
                               "hard-coded fallback signing secret: tickets forgeable when the variable is unset"),
    "CORS-REFLECT": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.header("origin") ?? "*");', "security",
                      "any Origin reflected with credentials allowed"),
    "GATE-KEY-FAILS-OPEN": P(S, "if (key.length !== GATE_KEY.length ||", "security",
                             "GATE_KEY defaults to '': an empty key equals an absent header, every gate route is open"),
    "GATE-KEY-LENGTH-THROW": P(S, "if (key.length !== GATE_KEY.length ||", "bug",
                               "extra, one agent: string length checked, byte length compared: a multi-byte key makes timingSafeEqual throw (500)"),
    "TICKET-NOT-VERIFIED": P(S, "return jwt.decode(token) as TicketClaims;", "security",
                             "jwt.decode instead of jwt.verify: any self-made token opens the gate", "signature-vs-statement"),
    "TICKET-EXTRA-DAY": P(S, "const last = new Date(start.getTime() + t.days * DAY_MS);", "bug",
                          "last = start + days and <= last: a 1-day ticket is valid for two days", "off-by-one"),
    "TICKET-KIND-NAN": P(S, "const price = PRICES[kind] * days;", "bug",
                         "unknown kind: PRICES[kind] undefined, price NaN stored and a valid ticket issued"),
    "TICKET-DAYS-UNCHECKED": P(S, "const price = PRICES[kind] * days;", "bug",
                               "days not validated: zero, negative or fractional days give a free or negative price"),
    "TICKETS-BY-EMAIL-NO-AUTH": P(S, "SELECT id, kind, days, valid_from FROM tickets WHERE email = $1", "security",
                                  "GET /tickets has no authentication: anyone who knows an email gets working ticket tokens",
                                  "signature-vs-statement"),
    "TICKETS-REFUNDED-REISSUED": P(S, "SELECT id, kind, days, valid_from FROM tickets WHERE email = $1", "security",
                                   "refunded tickets are not filtered out: fresh tokens for refunded tickets"),
    "SCAN-NULL-TICKET": P(S, "if (!validOn(t, new Date()))", "bug",
                          "jwt.decode returns null for garbage: t.from throws inside an async handler, the gate request hangs"),
    "PASSBACK-RACE": P(S, "const revoked = await pool.query(", "bug",
                       "lastScan read before an await and set after: two gates scanning one ticket both open (passback bypass)",
                       "critical-section"),
    "PHOTO-NO-AUTH": P(S, 'app.get("/passes/:tid/photo", (req, res) => {', "security",
                       "pass-holder photos served without gateOnly or any other check"),
    "PHOTO-PATH-TRAVERSAL": P(S, "const file = path.join(PHOTO_DIR, name);", "security",
                              "file query value joined to PHOTO_DIR and sent: arbitrary file read", "source-vs-sink"),
    "SCANS-SQLI-LIFT": P(S, "WHERE lift = '${lift}'", "security",
                         "lift query value interpolated into SQL: injection", "source-vs-sink"),
    "SCANS-SQLI-DIR": P(S, "WHERE lift = '${lift}'", "security",
                        "dir query value interpolated into ORDER BY: injection"),
    "HOURLY-SHIFT": P(S, "for (const r of rows) hours[r.h - 1] = r.n;", "bug",
                      "hours[h - 1]: every hour shifted one slot early, midnight written to index -1 and lost", "off-by-one"),
    "BOARD-STAMPEDE": P(S, 'const lifts = await pool.query("SELECT name, open, wait_minutes FROM lifts ORDER BY name");',
                        "performance",
                        "expired board cache: every concurrent request queries the database before one refills it",
                        "critical-section"),
    "REFUND-SHARE-UNCHECKED": P(S, "const amount = Math.round(rows[0].price * Number(req.body.share ?? 1));", "bug",
                                "share not bounded to 0..1: refunds above the price, NaN or negative"),
    "REFUND-DOUBLE": P(S, "await payments.refund(req.params.tid, amount);", "bug",
                       "refunded checked, then awaited refund, then flag set: two concurrent requests refund twice",
                       "critical-section"),
    "RECEIPT-SHELL": P(S, "exec(`send-receipt --to ${rows[0].email}", "security",
                       "buyer-supplied email in an exec() shell string: command injection"),
    "RECEIPT-ALWAYS-SENT": P(S, "res.json({ sent: true });", "bug",
                             "answers sent: true before and regardless of the command's result"),
    "STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                    "error handler returns message and stack trace"),
    "ERROR-STATUS-IGNORED": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "bug",
                              "err.status ignored: malformed or oversized JSON (400/413 from the body parser) answers 500"),
}

CONFUSABLE = [
    ("GATE-KEY-FAILS-OPEN", "GATE-KEY-LENGTH-THROW"),
    ("TICKET-KIND-NAN", "TICKET-DAYS-UNCHECKED"),
    ("TICKETS-BY-EMAIL-NO-AUTH", "TICKETS-REFUNDED-REISSUED"),
    ("SCAN-NULL-TICKET", "PASSBACK-RACE"),
    ("PHOTO-NO-AUTH", "PHOTO-PATH-TRAVERSAL"),
    ("SCANS-SQLI-LIFT", "SCANS-SQLI-DIR"),
    ("REFUND-SHARE-UNCHECKED", "REFUND-DOUBLE"),
    ("RECEIPT-SHELL", "RECEIPT-ALWAYS-SENT"),
    ("STACK-LEAK", "ERROR-STATUS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is the hub every lift gate talks to. The most serious problem is that tickets are never
        verified: `readTicket` only decodes the JWT, so a forged token opens any gate, and the signing secret has a
        hard-coded fallback anyway. In order of impact:

        1. Ticket forgery (`jwt.decode`, default secret) and the open `GET /tickets` lookup.
        2. Injection: SQL in `GET /scans`, a shell command in the receipt route, a path in the photo route.
        3. Money: refunds can be paid twice and for more than the price.
        4. Gate logic: passback can be beaten with two gates; validity is one day too long; the hourly report is
           shifted.

        Done well: `staffOnly` fails closed and compares buffers of equal byte length; the lift update clears the
        board cache; the rides query and every other query use parameters; `gatectl` runs through `execFile`;
        the JSON body limit is set.
        """,
        Block([
            F("TICKET-NOT-VERIFIED", "critical", "security", "Ticket tokens are decoded, never verified",
              "Use `jwt.verify(token, TICKET_SECRET, { algorithms: [\"HS256\"] })` and reject on failure.",
              symbol="readTicket", conf=0.95),
            F("TICKET-SECRET-DEFAULT", "high", "security", "Hard-coded fallback for `TICKET_SECRET`",
              "Fail at startup when the secret is missing.", conf=0.9),
            F("GATE-KEY-FAILS-OPEN", "high", "security", "`gateOnly` lets everyone in when `GATE_KEY` is unset",
              "Reject when `GATE_KEY` is empty, as `staffOnly` does.", symbol="gateOnly", conf=0.85),
            F("GATE-KEY-LENGTH-THROW", "low", "bug", "`gateOnly` can throw on non-ASCII keys",
              "Compare byte lengths (`Buffer.byteLength`) before `timingSafeEqual`; today a key with the same number of UTF-16 units but more bytes makes it throw, which the error handler turns into a 500 with a stack.",
              symbol="gateOnly", conf=0.55),
            F("TICKETS-BY-EMAIL-NO-AUTH", "high", "security", "`GET /tickets` hands out valid tokens to anyone who knows an email",
              "Require the buyer's session, or send the tokens to the email address instead of returning them.",
              symbol="GET /tickets", conf=0.85),
            F("TICKETS-REFUNDED-REISSUED", "medium", "security", "Refunded tickets get fresh tokens",
              "Add `AND NOT refunded` to the lookup.", d=+1, symbol="GET /tickets", conf=0.7),
            F("PASSBACK-RACE", "medium", "bug", "Passback check is not atomic across the `await`",
              "Set `lastScan` before awaiting the revocation query (and roll back on deny), or reserve the ticket in one SQL statement.",
              symbol="POST /scan", conf=0.75),
            F("SCANS-SQLI-LIFT", "high", "security", "SQL injection through `lift` in `GET /scans`",
              "Use `$1` for the lift.", symbol="GET /scans", conf=0.9),
            F("SCANS-SQLI-DIR", "medium", "security", "`dir` is interpolated into `ORDER BY`",
              "Allow only `ASC`/`DESC`.", symbol="GET /scans", conf=0.85),
            F("PHOTO-NO-AUTH", "medium", "security", "Pass photos are public",
              "Put the route behind `gateOnly` (the gates are the only consumers).", symbol="GET /passes/:tid/photo", conf=0.7),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Arbitrary file read through `?file=`",
              "Drop the parameter or resolve and check the path stays under `PHOTO_DIR`.",
              symbol="GET /passes/:tid/photo", conf=0.9),
            F("RECEIPT-SHELL", "high", "security", "Receipt command built from the buyer's email for a shell",
              "Use `execFile(\"send-receipt\", [\"--to\", email, ...])`; the email was accepted unvalidated at purchase.",
              symbol="POST /tickets/:tid/receipt", conf=0.85),
        ]),
        "Correctness:",
        Block([
            F("REFUND-DOUBLE", "high", "bug", "Concurrent refund requests both pay out",
              "Claim the refund first: `UPDATE tickets SET refunded = true WHERE id = $1 AND NOT refunded RETURNING price`, then pay.",
              symbol="POST /tickets/:tid/refund", conf=0.8),
            F("REFUND-SHARE-UNCHECKED", "medium", "bug", "Refund share is not bounded",
              "Require `0 < share <= 1`.", symbol="POST /tickets/:tid/refund", conf=0.75),
            F("TICKET-EXTRA-DAY", "medium", "bug", "Tickets are valid one day longer than bought",
              "`last = start + (days - 1) days` and compare calendar dates, or use `< start + days`.",
              symbol="validOn", conf=0.8),
            F("HOURLY-SHIFT", "low", "bug", "Hourly report is shifted by one hour",
              "`hours[r.h] = r.n`: `extract(hour)` is already 0-23.", symbol="GET /report/hourly", conf=0.8),
            F("STACK-LEAK", "low", "security", "Stack traces are returned to clients",
              "Return a generic message; log the stack.", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("TICKET-NOT-VERIFIED", "critical", "security", "readTicket uses jwt.decode (no signature check)",
              "jwt.verify", d=-2),
            F("SCANS-SQLI-LIFT", "high", "security", "SQLi in GET /scans via lift", "parameterize", d=-2),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Path traversal: ?file= passed to sendFile",
              "basename + root option", d=-1),
            F("TICKETS-BY-EMAIL-NO-AUTH", "high", "security", "GET /tickets returns signed tokens for any email",
              "auth", d=-2),
            F("RECEIPT-SHELL", "high", "security", "exec() with interpolated email", "execFile"),
            F("PASSBACK-RACE", "medium", "bug", "Passback TOCTOU: lastScan checked before await, set after",
              "set before await", d=-1),
            F("REFUND-DOUBLE", "high", "bug", "Double refund race (check refunded, await refund, then update)",
              "conditional UPDATE first", d=-1),
            F("TICKET-KIND-NAN", "medium", "bug", "Unknown ticket kind -> NaN price, ticket still issued",
              "validate kind"),
            F("HOURLY-SHIFT", "low", "bug", "Hourly histogram off by one (hours[h-1])", "hours[h]", d=-1),
            F("ERROR-STATUS-IGNORED", "low", "bug", "Error handler always 500 (ignores err.status from body-parser)",
              "res.status(err.status ?? 500)"),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the lift-gate service. The code implements ticket sales, gate scanning with a
        passback window, a public lift board, refunds and reporting, all in `src/server.ts`.

        ### Key Risks

        The integrity of the whole system depends on ticket tokens, and those tokens are not verified: the gate
        accepts any well-formed JWT. Combined with the default signing secret and the email lookup endpoint, an
        attacker can ride for free in several ways. There are also classic injection flaws.

        ### Security Issues
        """,
        Block([
            F("TICKET-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified on Gate Scan",
              "Replace jwt.decode with jwt.verify.", n=3, sd=-2,
              desc="readTicket decodes the token without checking its signature, so any client can mint a ticket with arbitrary days."),
            F("TICKET-SECRET-DEFAULT", "CRITICAL", "Hardcoded Credentials", "Default JWT Signing Secret",
              "Require TICKET_SECRET to be set.", n=3, sd=-2),
            F("SCANS-SQLI-LIFT", "HIGH", "SQL Injection", "SQL Injection in Scan Log Query",
              "Use parameterized queries.", n=3, sd=-2),
            F("PHOTO-PATH-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Pass Photo Endpoint",
              "Validate the requested file name.", d=+1, n=3, sd=-1),
            F("RECEIPT-SHELL", "HIGH", "Command Injection", "Command Injection in Receipt Sending",
              "Use execFile with an argument array.", n=3, sd=-2),
            F("CORS-REFLECT", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS With Credentials",
              "Restrict allowed origins to the resort's web shop.", d=+1, n=3, sd=-1),
            F("STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Remove the stack from responses.", n=3, sd=-2),
        ], wrap="list"),
        """
        ### Logic and Reliability Issues
        """,
        Block([
            F("PASSBACK-RACE", "MEDIUM", "Race Condition", "Passback Protection Can Be Bypassed by Concurrent Scans",
              "Record the scan before the asynchronous revocation check.", d=+2, n=3, sd=0),
            F("BOARD-STAMPEDE", "LOW", "Performance", "Cache Stampede on Lift Board",
              "Cache the in-flight promise so concurrent requests share one query.", d=+1, n=3, sd=-1),
            F("TICKET-DAYS-UNCHECKED", "MEDIUM", "Input Validation", "Ticket Duration Not Validated",
              "Require days to be a positive integer within the sale limits.", n=3, sd=-2),
            F("TICKET-EXTRA-DAY", "MEDIUM", "Logic Error", "Ticket Validity Extends One Day Too Long",
              "Compare against start + days exclusively.", d=+1, n=3, sd=-1),
            F("REFUND-SHARE-UNCHECKED", "MEDIUM", "Business Logic", "Refund Amount Can Exceed Ticket Price",
              "Clamp the share between 0 and 1.", n=3, sd=-2),
            U({"severity": "INFO", "category": "Style", "description": "Consider moving route handlers into separate modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("TICKET-NOT-VERIFIED", "error", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("SCANS-SQLI-LIFT", "error", "security", "sql injection in /scans (lift, dir)", "use $1 and whitelist dir"),
            F("PHOTO-PATH-TRAVERSAL", "error", "security", "path traversal in photo route", "basename", d=+1),
            F("GATE-KEY-FAILS-OPEN", "warning", "", "gate key empty by default = no auth", "require GATE_KEY"),
            F("RECEIPT-SHELL", "error", "security", "exec with email string", "execFile"),
            F("HOURLY-SHIFT", "info", "bug", "hourly array off by one", "hours[r.h]"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Ticket tokens are decoded without verification and signed with a default secret.
        2. Authentication gaps: gate key fails open, ticket lookup and photos are public.
        3. Injection in the scan log query.
        4. Concurrency around passback and refunds.
        5. Validation gaps in ticket sales, refunds and scans.
        """,
        Block([
            F("TICKET-NOT-VERIFIED", "blocker", "security", "Ticket JWT not verified", "Use jwt.verify.", conf=0.95),
            F("TICKET-SECRET-DEFAULT", "major", "security", "Default ticket signing secret", "Require the env var.", conf=0.85),
            F("GATE-KEY-FAILS-OPEN", "major", "security", "Gate middleware allows requests when GATE_KEY is empty",
              "Check that GATE_KEY is configured.", conf=0.8),
            F("TICKETS-BY-EMAIL-NO-AUTH", "major", "security", "Ticket lookup by email without authentication",
              "Authenticate the buyer.", conf=0.8),
            F("TICKETS-REFUNDED-REISSUED", "minor", "security", "Tokens re-issued for refunded tickets",
              "Exclude refunded tickets.", d=+1, conf=0.65),
            F("SCANS-SQLI-DIR", "major", "security", "SQL injection through the dir parameter",
              "Whitelist the sort direction.", conf=0.8),
            F("PHOTO-NO-AUTH", "minor", "security", "Pass photos accessible without authentication",
              "Add gateOnly.", conf=0.6),
            F("SCAN-NULL-TICKET", "major", "reliability", "Null ticket crashes the scan handler",
              "Check the decoded token before use.", conf=0.7),
            F("PASSBACK-RACE", "major", "concurrency", "Race condition in passback check",
              "Update lastScan before awaiting.", d=+2, conf=0.7),
            F("REFUND-DOUBLE", "major", "concurrency", "Concurrent refunds are not prevented",
              "Use a conditional update.", conf=0.75),
            F("REFUND-SHARE-UNCHECKED", "major", "correctness", "Refund share not validated",
              "Validate share range.", d=+2, conf=0.7),
            F("TICKET-KIND-NAN", "major", "correctness", "Unknown ticket kind yields NaN price",
              "Validate kind against PRICES.", conf=0.75),
            F("BOARD-STAMPEDE", "minor", "performance", "Board cache refresh is not deduplicated",
              "Share the pending refresh.", conf=0.55),
            F("RECEIPT-ALWAYS-SENT", "minor", "correctness", "Receipt endpoint reports success before sending",
              "Respond after the command completes.", conf=0.6),
            F("ERROR-STATUS-IGNORED", "minor", "reliability", "Error handler ignores error status codes",
              "Use err.status when present.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 1 blocker, 9 major, 5 minor"),
    ]),
}
