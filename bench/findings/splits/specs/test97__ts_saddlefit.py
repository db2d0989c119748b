"""test97/ts-saddlefit: a saddlery's fitting appointments, leather stock and invoices (TypeScript, Express 4 + pg).

Frozen test split test97 (issue 15), written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only tune2/py-snapctl's spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test97: seeded problems in a small saddlery booking and leather-stock service; five "
    "agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-FALLBACK-SECRET": P(S, 'process.env.JWT_SECRET || "saddlery"', "security",
                             "JWT_SECRET unset falls back to the literal 'saddlery': anyone can mint customer tokens",
                             "signature-vs-statement"),
    "JWT-NO-EXPIRY": P(S, 'process.env.JWT_SECRET || "saddlery"', "security",
                       "ignoreExpiration: true: an expired or leaked token works forever"),
    "FITTER-KEY-FAIL-OPEN": P(S, 'if (req.headers["x-fitter-key"] !== process.env.FITTER_KEY) {', "security",
                              "FITTER_KEY unset: undefined !== undefined is false, requests without the header pass",
                              "signature-vs-statement"),
    "FITTING-CLASH-RACE": P(S, "if (clash.rowCount) return res.status(409)", "bug",
                            "clash SELECT and INSERT not in one transaction or constraint: a fitter is double-booked",
                            "critical-section"),
    "HORSE-NOT-OWNED": P(S, "[me.id, horseId, fitterId, kind, from, to],", "security",
                         "horseId from the body never checked against the customer: fittings for other owners' horses"),
    "FITTING-IDOR": P(S, 'pool.query("SELECT * FROM fittings WHERE id = $1", [req.params.id])', "security",
                      "GET /fittings/:id does not filter by customer: any logged-in customer reads any fitting"),
    "REFUND-CUTOFF-OFF-BY-ONE": P(S, "const refund = hoursBefore > REFUND_HOURS ? DEPOSIT_PENCE : 0;", "bug",
                                  "floored hours and > : cancelling 48-48.99 hours ahead loses the deposit",
                                  "off-by-one"),
    "CANCEL-TWICE": P(S, 'await pool.query("UPDATE fittings SET cancelled = true WHERE id = $1"', "bug",
                      "already-cancelled fitting can be cancelled again: a second refund row each time"),
    "REFUND-NOT-ATOMIC": P(S, "INSERT INTO refunds (customer_id, fitting_id, pence)", "bug",
                           "cancel UPDATE and refund INSERT outside a transaction: a failure leaves one without the other"),
    "STOCK-COLOUR-SQLI": P(S, "if (colour) sql += ` AND colour = '${colour}'`;", "security",
                           "colour query value concatenated into the stock SQL", "source-vs-sink"),
    "STOCK-PAGE-IN-MEMORY": P(S, 'FROM leather ORDER BY sku");', "performance",
                              "every page request loads the whole leather table and slices in memory"),
    "STOCK-PAGE-OFF-BY-ONE": P(S, "rows.slice(start, start + size + 1)", "bug",
                               "slice end start + size + 1: each page repeats the next page's first hide", "off-by-one"),
    "CUT-AREA-UNCHECKED": P(S, "const left = rows[0].area_dm2 - area;", "bug",
                            "areaDm2 not validated: a negative cut adds leather, NaN passes left < 0 and is stored"),
    "CUT-LOST-UPDATE": P(S, 'await pool.query("UPDATE leather SET area_dm2 = $1 WHERE sku = $2"', "bug",
                         "read-modify-write of area_dm2 with an absolute value: concurrent cuts lose one",
                         "critical-section"),
    "CUTLOG-UNBOUNDED": P(S, "cutLog.push({ sku: req.params.sku, area, at: new Date() });", "performance",
                          "cutLog grows for the life of the process; only the last 50 are ever read"),
    "REPORT-MISSING-ROW": P(S, "const r = rows[0];", "bug",
                            "unknown fitting id: r is undefined, r.horse throws inside an async handler (request hangs)"),
    "REPORT-NOTES-XSS": P(S, "withers ${r.wither_cm} cm</p><div>${r.notes}</div>", "security",
                          "fitting notes rendered unescaped in the HTML report"),
    "PHOTOS-NO-AUTH": P(S, 'app.get("/photos/:horseId/:file"', "security",
                        "horse photos served without any login or ownership check"),
    "PHOTO-PATH-TRAVERSAL": P(S, "const full = path.join(PHOTO_DIR, horseId, file);", "security",
                              "decoded route params joined to PHOTO_DIR: %2e%2e%2f reads any file", "source-vs-sink"),
    "INVOICE-CMD-INJECTION": P(S, "exec(`wkhtmltopdf http://localhost:3000/fittings/${id}/report ${out}`", "security",
                               "route id (URL-decoded) in an exec shell command line", "source-vs-sink"),
    "INVOICE-ERROR-IGNORED": P(S, "exec(`wkhtmltopdf http://localhost:3000/fittings/${id}/report ${out}`", "bug",
                               "exec callback ignores err: answers with an invoice path that was never written"),
    "REMINDER-DUP-RACE": P(S, "await sendSms(r.phone, `Saddle fitting tomorrow", "bug",
                           "has() check, await send, add(): overlapping interval runs text the same customer twice",
                           "critical-section"),
    "REMINDER-UTC-TIME": P(S, "await sendSms(r.phone, `Saddle fitting tomorrow", "bug",
                           "toISOString().slice(11, 16) is UTC: the text gives the wrong hour in summer time"),
    "REMINDER-REJECTION-CRASH": P(S, "setInterval(() => void sendReminders(), 60_000);", "bug",
                                  "extra, one agent: a failed SMS rejects sendReminders, unhandled: the process exits"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("JWT-FALLBACK-SECRET", "JWT-NO-EXPIRY"),
    ("FITTING-CLASH-RACE", "HORSE-NOT-OWNED"),
    ("REFUND-CUTOFF-OFF-BY-ONE", "CANCEL-TWICE"),
    ("CANCEL-TWICE", "REFUND-NOT-ATOMIC"),
    ("REFUND-CUTOFF-OFF-BY-ONE", "REFUND-NOT-ATOMIC"),
    ("STOCK-PAGE-IN-MEMORY", "STOCK-PAGE-OFF-BY-ONE"),
    ("CUT-AREA-UNCHECKED", "CUT-LOST-UPDATE"),
    ("CUT-LOST-UPDATE", "CUTLOG-UNBOUNDED"),
    ("REPORT-MISSING-ROW", "REPORT-NOTES-XSS"),
    ("PHOTOS-NO-AUTH", "PHOTO-PATH-TRAVERSAL"),
    ("INVOICE-CMD-INJECTION", "INVOICE-ERROR-IGNORED"),
    ("REMINDER-DUP-RACE", "REMINDER-UTC-TIME"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is a single Express 4 app: customer bookings for saddle fittings, the fitters' leather
        stock, HTML fitting reports and PDF invoices, and an SMS reminder loop. `src/sms.ts` is a thin gateway
        client and looks fine.

        | Priority | Area | Issue |
        |---|---|---|
        | 1 | Auth | Fallback JWT secret, expiry ignored, `fitterOnly` open when `FITTER_KEY` is unset |
        | 1 | Injection | `colour` in `/stock` SQL, the route id in the `wkhtmltopdf` shell line |
        | 2 | Access | Any customer reads any fitting; fittings booked for horses they do not own |
        | 2 | Money | Cancellation refund boundary, repeat cancellation, no transaction |
        | 3 | Stock | Lost updates on hide area, unvalidated cut area, off-by-one paging |
        | 3 | Ops | Reminder double-sends, unhandled rejection, stack traces to clients |

        Not problems: `ownerOnly` fails closed and checks the length before `timingSafeEqual`; `/horses`
        validates its input and binds every parameter; the clash query's interval test
        (`starts_at < $3 AND ends_at > $2`) is right; `DELETE /fittings/:id` does scope by `customer_id`;
        CORS is an explicit allowlist and the JSON body is capped at 64 kB.
        """,
        Block([
            F("JWT-FALLBACK-SECRET", "critical", "security", "Tokens are verified with a hard-coded fallback secret",
              "Fail at startup when `JWT_SECRET` is missing instead of using `\"saddlery\"`, which anyone reading the repo can sign with.",
              d=-3, symbol="customerFrom", conf=0.9),
            F("JWT-NO-EXPIRY", "medium", "security", "`ignoreExpiration: true` accepts expired tokens",
              "Drop the option and issue short-lived tokens.", symbol="customerFrom", conf=0.8),
            F("FITTER-KEY-FAIL-OPEN", "high", "security", "`fitterOnly` lets everyone through when `FITTER_KEY` is unset",
              "With the variable unset and no header both sides are `undefined`; check that the key is configured and compare with `timingSafeEqual`, as `ownerOnly` does.",
              symbol="fitterOnly", conf=0.85),
            F("FITTING-CLASH-RACE", "medium", "bug", "Double booking of a fitter between the clash check and the insert",
              "Use an exclusion constraint on `(fitter_id, tstzrange(starts_at, ends_at))` or run check and insert in one serializable transaction.",
              symbol="POST /fittings", conf=0.75),
            F("HORSE-NOT-OWNED", "medium", "security", "`horseId` is not checked against the customer",
              "Verify `horses.owner_id = me.id` before inserting; otherwise a customer can book (and later read reports for) another owner's horse.",
              symbol="POST /fittings", conf=0.7),
            F("FITTING-IDOR", "high", "security", "Any logged-in customer can read any fitting",
              "Add `AND customer_id = $2` as the DELETE handler does.", symbol="GET /fittings/:id", conf=0.9),
            F("REFUND-CUTOFF-OFF-BY-ONE", "medium", "bug", "Deposit refund boundary is off by one hour",
              "Compare milliseconds: `f.starts_at.getTime() - Date.now() >= REFUND_HOURS * 3_600_000`; with `Math.floor` and `>` a cancellation 48.5 hours ahead gets nothing.",
              symbol="DELETE /fittings/:id", conf=0.8),
            F("CANCEL-TWICE", "high", "bug", "Cancelling an already cancelled fitting refunds the deposit again",
              "Select with `AND NOT cancelled` (or `UPDATE ... WHERE NOT cancelled RETURNING id`) and stop when nothing changed.",
              symbol="DELETE /fittings/:id", conf=0.85),
            F("REFUND-NOT-ATOMIC", "low", "bug", "Cancellation and refund are two separate writes",
              "Wrap both in `BEGIN`/`COMMIT` on one client.", symbol="DELETE /fittings/:id", conf=0.65),
            F("STOCK-COLOUR-SQLI", "critical", "security", "SQL injection through `colour` in `/stock`",
              "Add it as `$2` instead of concatenating.", symbol="GET /stock", conf=0.95),
            F("STOCK-PAGE-OFF-BY-ONE", "medium", "bug", "Each stock page returns one hide too many",
              "`slice(start, start + size)`; today the last item of a page is the first of the next.",
              symbol="GET /stock/page", conf=0.85),
            F("CUT-AREA-UNCHECKED", "medium", "bug", "Cut area is not validated",
              "Reject non-finite or non-positive `areaDm2`; a negative cut adds leather to the hide and `NaN` is written as the new area.",
              symbol="POST /stock/:sku/cut", conf=0.8),
            F("CUT-LOST-UPDATE", "high", "bug", "Concurrent cuts from one hide overwrite each other",
              "`UPDATE leather SET area_dm2 = area_dm2 - $1 WHERE sku = $2 AND area_dm2 >= $1 RETURNING area_dm2`.",
              symbol="POST /stock/:sku/cut", conf=0.85),
            F("REPORT-MISSING-ROW", "low", "bug", "Report for an unknown fitting throws",
              "Return 404 when `rows[0]` is undefined; the throw happens in an async handler that Express 4 does not catch, so the request hangs.",
              symbol="GET /fittings/:id/report", conf=0.7),
            F("REPORT-NOTES-XSS", "high", "security", "Fitting notes are rendered without escaping",
              "`esc(r.notes)` (and `wither_cm` for good measure).", symbol="GET /fittings/:id/report", conf=0.9),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Path traversal in `/photos/:horseId/:file`",
              "Express decodes `%2F`, so `..%2F..%2Fetc%2Fpasswd` escapes `PHOTO_DIR`; use `res.sendFile(file, { root: ... })` with validated ids.",
              symbol="GET /photos/:horseId/:file", conf=0.85),
            F("INVOICE-CMD-INJECTION", "critical", "security", "Shell injection through the fitting id in the invoice route",
              "Validate `id` as an integer and use `execFile(\"wkhtmltopdf\", [url, out])`.",
              symbol="POST /fittings/:id/invoice", conf=0.9),
            F("INVOICE-ERROR-IGNORED", "medium", "bug", "Invoice route reports success when `wkhtmltopdf` fails",
              "Check the callback's `err` and answer 500.", symbol="POST /fittings/:id/invoice", conf=0.75),
            F("REMINDER-DUP-RACE", "medium", "bug", "Overlapping reminder runs can text a customer twice",
              "Add the id before awaiting the send (and remove it on failure), or prevent overlapping runs.",
              d=-1, symbol="sendReminders", conf=0.7),
            F("REMINDER-REJECTION-CRASH", "medium", "bug", "A failed SMS crashes the process",
              "`sendSms` throws on a non-2xx answer; `void sendReminders()` leaves the rejection unhandled, which terminates Node 15+. Catch and log per customer.",
              symbol="setInterval", conf=0.7),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler returns stack traces",
              "Log the error and return a generic message.", symbol="error handler", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("STOCK-COLOUR-SQLI", "critical", "security", "SQL injection via ?colour= in GET /stock",
              "Parameterize.", d=-3),
            F("INVOICE-CMD-INJECTION", "critical", "security", "Command injection: :id into exec() shell string",
              "execFile + numeric id.", d=-2),
            F("JWT-FALLBACK-SECRET", "high", "security", "Hard-coded JWT secret fallback", "Require JWT_SECRET."),
            F("FITTER-KEY-FAIL-OPEN", "high", "security", "fitterOnly bypass when FITTER_KEY unset",
              "Reject when unset.", d=-1),
            F("FITTING-IDOR", "high", "security", "GET /fittings/:id missing owner check", "Filter by customer_id."),
            F("FITTING-CLASH-RACE", "medium", "bug", "Fitter clash check racy (no txn / constraint)",
              "Exclusion constraint.", d=-3),
            F("REFUND-CUTOFF-OFF-BY-ONE", "medium", "bug", "Refund window truncated by Math.floor",
              "Compare ms against 48h.", d=-1),
            F("STOCK-PAGE-OFF-BY-ONE", "low", "bug", "Page slice returns size + 1 rows", "Drop the + 1.", d=-1),
            F("CUT-LOST-UPDATE", "high", "bug", "Lost update on leather.area_dm2", "Relative UPDATE with guard.", d=-2),
            F("REPORT-NOTES-XSS", "high", "security", "XSS: r.notes unescaped in report", "esc()."),
            F("PHOTO-PATH-TRAVERSAL", "high", "security", "Path traversal in /photos", "Use root option.", d=-1),
            F("INVOICE-ERROR-IGNORED", "medium", "bug", "exec error ignored in invoice handler", "Handle err.", d=+1),
            F("ERROR-STACK-LEAK", "medium", "security", "Stack trace in 500 responses", "Generic error."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `saddlefit` Express application, which manages saddle fitting
        appointments, leather stock for the workshop, fitting reports and invoices.

        **Authentication and Access Control**

        The customer token handling and the fitter middleware have weaknesses that undermine every protected
        route.
        """,
        Block([
            F("JWT-FALLBACK-SECRET", "Critical", "Broken Authentication", "Hardcoded Fallback JWT Secret",
              "Remove the default secret.", sd=-2, n=3,
              desc="If `JWT_SECRET` is not configured, tokens are verified with the string `saddlery`."),
            F("JWT-NO-EXPIRY", "Medium", "Broken Authentication", "JWT Expiration Not Enforced",
              "Remove `ignoreExpiration`."),
            F("FITTING-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference on Fittings",
              "Check that the fitting belongs to the requesting customer.", sd=-2, n=3),
            F("PHOTOS-NO-AUTH", "Medium", "Broken Access Control", "Horse Photos Publicly Accessible",
              "Require authentication for photo downloads."),
        ], wrap="list"),
        """
        **Injection and Data Handling**

        User input reaches SQL, the shell, the filesystem and HTML without validation.
        """,
        Block([
            F("STOCK-COLOUR-SQLI", "Critical", "SQL Injection", "SQL Injection in Stock Search",
              "Use a parameter placeholder.", d=+1, sd=-1, n=3),
            F("INVOICE-CMD-INJECTION", "Critical", "Command Injection", "Command Injection in Invoice Generation",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("PHOTO-PATH-TRAVERSAL", "High", "Path Traversal", "Directory Traversal in Photo Endpoint",
              "Normalize and verify the path stays inside PHOTO_DIR.", d=+1, sd=-1, n=3),
            F("REPORT-NOTES-XSS", "High", "Cross-Site Scripting", "Stored XSS in Fitting Report",
              "Escape the notes field."),
            U({"severity": "Low", "category": "Maintainability", "description": "The server file mixes routing, SQL and rendering; consider separating layers."}),
            F("FITTING-CLASH-RACE", "Medium", "Race Condition", "Race Condition in Fitting Booking",
              "Use a database constraint.", d=+1, sd=-1, n=3,
              desc="Two bookings for the same fitter can both pass the clash check."),
            F("REFUND-NOT-ATOMIC", "Medium", "Data Integrity", "Non-Transactional Cancellation",
              "Use a transaction.", sd=-2, n=3),
            F("STOCK-PAGE-IN-MEMORY", "Low", "Performance", "Inefficient In-Memory Pagination",
              "Paginate in SQL."),
            F("CUT-LOST-UPDATE", "High", "Race Condition", "Lost Update When Cutting Leather",
              "Perform the subtraction in SQL.", sd=-2, n=3),
            F("CUTLOG-UNBOUNDED", "Low", "Memory Leak", "Unbounded In-Memory Cut Log",
              "Persist the log or cap the array."),
            F("REMINDER-DUP-RACE", "Medium", "Race Condition", "Duplicate SMS Reminders",
              "Mark reminders as sent before sending.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "Medium", "Information Disclosure", "Stack Trace Exposure",
              "Do not return `err.stack`."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-NO-EXPIRY", "warning", "security", "jwt expiry ignored", "remove ignoreExpiration"),
            F("FITTING-IDOR", "error", "security", "fitting readable by any customer", "check customer_id"),
            F("CANCEL-TWICE", "error", "bug", "cancel can be repeated -> repeated refunds", "only cancel once"),
            F("STOCK-COLOUR-SQLI", "error", "security", "sql injection colour", "use $2"),
            F("CUT-AREA-UNCHECKED", "warning", "", "cut area not validated", "check > 0", d=-3),
            F("REPORT-NOTES-XSS", "error", "security", "notes xss in report", "escape"),
            F("PHOTOS-NO-AUTH", "warning", "security", "photos route has no auth", "add auth"),
            F("INVOICE-CMD-INJECTION", "error", "security", "shell injection in invoice", "execFile"),
            F("REMINDER-UTC-TIME", "warning", "bug", "reminder sms shows utc time", "format in Europe/London"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        The saddlefit server handles fittings, leather stock and invoices. 17 issues were found:

        1. Authentication weaknesses (JWT secret, fitter key).
        2. Injection (SQL, command, path traversal, XSS).
        3. Access control on fittings.
        4. Refund and cancellation logic.
        5. Concurrency in stock cuts, bookings and reminders.
        """,
        Block([
            F("JWT-FALLBACK-SECRET", "blocker", "security", "Default JWT secret used when env var missing",
              "Require JWT_SECRET.", conf=0.9),
            F("FITTER-KEY-FAIL-OPEN", "major", "security", "Fitter key check passes when key not configured",
              "Validate configuration.", conf=0.8),
            F("FITTING-CLASH-RACE", "major", "concurrency", "Booking race allows overlapping fittings",
              "Use a transaction.", d=+2, conf=0.7),
            F("HORSE-NOT-OWNED", "major", "security", "Horse ownership not verified when booking",
              "Check owner_id.", conf=0.7),
            F("FITTING-IDOR", "major", "security", "Fitting details exposed to other customers",
              "Filter by customer.", conf=0.85),
            F("REFUND-CUTOFF-OFF-BY-ONE", "minor", "correctness", "Refund cutoff boundary error",
              "Use >= on exact duration.", conf=0.7),
            F("CANCEL-TWICE", "major", "correctness", "Repeated cancellation creates duplicate refunds",
              "Check cancelled flag.", d=+1, conf=0.7),
            F("STOCK-COLOUR-SQLI", "blocker", "security", "SQL injection in stock colour filter",
              "Use parameters.", conf=0.95),
            F("STOCK-PAGE-OFF-BY-ONE", "minor", "correctness", "Off-by-one in stock pagination",
              "Remove + 1.", conf=0.8),
            F("CUT-LOST-UPDATE", "major", "concurrency", "Race condition on leather area update",
              "Atomic update.", d=-1, conf=0.8),
            F("CUTLOG-UNBOUNDED", "minor", "performance", "Cut log grows without limit",
              "Cap the array.", conf=0.6),
            F("REPORT-MISSING-ROW", "minor", "reliability", "Missing null check for fitting report",
              "Return 404.", conf=0.7),
            F("REPORT-NOTES-XSS", "major", "security", "Cross-site scripting in fitting report",
              "Escape notes.", conf=0.85),
            F("PHOTO-PATH-TRAVERSAL", "major", "security", "Path traversal in photo download",
              "Validate path.", conf=0.8),
            F("INVOICE-CMD-INJECTION", "blocker", "security", "Command injection in invoice generation",
              "Use execFile.", conf=0.9),
            F("REMINDER-DUP-RACE", "minor", "concurrency", "Duplicate reminder sends possible",
              "Add to set before sending.", d=+1, conf=0.6),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack traces returned to client",
              "Hide stack.", conf=0.8),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 8 major, 6 minor"),
    ]),
}
