"""test45/ts-lendshed: a community tool library's loans, deposit holds, reservations and repair tickets (TypeScript,
Express 4 + pg + jsonwebtoken). Frozen test split test45; labels next to each finding.

Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's answers
(only splits/README.md's general sections and test37 section, the builders and specs/tune2__py_snapctl.py, for the
format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test45: seeded problems in a small Express service for a community tool library "
    "(loans, deposit holds, reservations, repair tickets); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "app.use(cors({ origin: true, credentials: true }));", "security",
                         "CORS reflects any origin with credentials allowed"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security",
                        "bearer token also accepted from the query string (ends up in logs, history, Referer)"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token) as Claims | null;", "security",
                          "jwt.decode does not verify the signature: anyone can mint a token with any sub and role",
                          "signature-vs-statement"),
    "SEARCH-LIMIT-UNBOUNDED": P(S, "const limit = Number(req.query.limit ?? 50);", "performance",
                                "search limit from the query is not capped (or validated as a number)"),
    "SEARCH-SQLI": P(S, "AND name ILIKE '%${q}%' ORDER BY name LIMIT $2`", "security",
                     "q interpolated into the ILIKE pattern (SQL injection); category and limit are bound",
                     "source-vs-sink"),
    "LOAN-DAYS-NEGATIVE": P(S, "const days = Math.min(Number(req.body.days ?? 7), 21);", "bug",
                            "days capped above but not below: 0, negative or non-numeric days give a due date in the past or Invalid Date"),
    "LOAN-LIMIT-OBO": P(S, "if (active.rows.length > MAX_ACTIVE_LOANS)", "bug",
                        "> instead of >=: a member can have MAX_ACTIVE_LOANS + 1 tools out", "off-by-one"),
    "DEPOSIT-FROM-CLIENT": P(S, "const deposit = Math.round((valueCents * DEPOSIT_RATE) / 100);", "security",
                             "deposit computed from the client's valueCents instead of the tool's value_cents (deposit 0)",
                             "source-vs-sink"),
    "LOAN-DOUBLE-CHECKOUT": P(S, 'if (rows[0].status !== "in") return res.status(409).json({ error: "tool is out" });', "bug",
                              "status read, checked and set in separate queries with awaits between: two members can "
                              "borrow the same tool (no transaction, no conditional UPDATE)", "critical-section"),
    "LOAN-UNKNOWN-TOOL": P(S, 'if (rows[0].status !== "in") return res.status(409).json({ error: "tool is out" });', "bug",
                           "unknown toolId: rows[0] is undefined and the handler throws (unhandled rejection, request hangs)"),
    "RETURN-ANY-LOAN": P(S, 'const { rows } = await pool.query("SELECT * FROM loans WHERE id = $1", [req.params.id]);', "security",
                         "any member can return (and trigger the refund of) any other member's loan: member_id never compared"),
    "LATE-FEE-EXTRA-DAY": P(S, "for (let d = 0; d <= lateDays; d++) fee += DAILY_FEE_CENTS;", "bug",
                            "<= charges one day more than lateDays: a tool returned on time (lateDays 0) pays a day's fee",
                            "off-by-one"),
    "RETURN-TWICE": P(S, 'await pool.query("UPDATE loans SET returned_at = now(), fee_cents = $2 WHERE id = $1"', "bug",
                      "an already returned loan can be returned again: the deposit is refunded twice"),
    "NEGATIVE-REFUND": P(S, "await refundDeposit(loan.member_id, loan.deposit_cents - fee);", "bug",
                         "fee larger than the deposit gives a negative refund amount sent to the payment service"),
    "REFUND-KEY-IN-URL": P(S, "const url = `${PAY_URL}/refunds?member=${memberId}&cents=${cents}&key=${PAY_KEY}`;", "security",
                           "payment API key sent in the refund URL's query string (holdDeposit uses a header)",
                           "signature-vs-statement"),
    "REFUND-RESULT-IGNORED": P(S, 'await fetch(url, { method: "POST" });', "bug",
                               "refund response never checked: a failed refund is recorded as refunded"),
    "HOLD-POSITION-RACE": P(S, 'await pool.query("INSERT INTO holds (tool_id, member_id, position)', "bug",
                            "queue read before the await and written after it: concurrent holds get the same position, "
                            "and a fresh queue can overwrite another request's", "critical-section"),
    "HOLD-DUPLICATE": P(S, "queue.push(member.sub);", "bug",
                        "a member can place any number of holds on the same tool (no check that they are already queued)"),
    "MANUAL-TRAVERSAL": P(S, "res.sendFile(path.join(MANUAL_DIR, file));", "security",
                          "file query value joined to MANUAL_DIR: path traversal (no root option, no check)",
                          "signature-vs-statement"),
    "REPAIR-XSS": P(S, "<p>${ticket.description}</p>", "security",
                    "repair description rendered into HTML unescaped (stored XSS); tool name and email are escaped"),
    "REPAIR-EMAIL-PUBLIC": P(S, "<p>Reported by <a href=", "security",
                             "unauthenticated ticket page shows the reporter's email address"),
    "REPAIR-LIST-ALL-ROWS": P(S, 'FROM repairs ORDER BY created_at DESC");', "performance",
                              "desk repair list loads every ticket ever and pages in memory"),
    "REPAIR-PAGE-SKIP": P(S, "const slice = rows.slice(page * PER_PAGE, page * PER_PAGE + PER_PAGE);", "bug",
                          "page defaults to 1 but the slice starts at page * PER_PAGE: the newest 20 tickets never show",
                          "off-by-one"),
    "NOTIFY-SHELL": P(S, 'exec(`notify-repairer --to ${repairer} --ticket ${req.params.id} --note "${note}"`', "security",
                      "repairer and note from the body interpolated into a shell command (quotes do not help)",
                      "source-vs-sink"),
    "REMINDED-BEFORE-SEND": P(S, "reminded.add(row.id);", "bug",
                              "loan marked as reminded before the SMS is sent: a failed send is never retried"),
    "SMS-FAILURE-ABORTS-SWEEP": P(S, "await sendSms(row.phone, `Please bring the ${row.name} back", "bug",
                                  "one failing SMS throws out of the loop: every later overdue loan is skipped"),
    "SWEEP-UNHANDLED": P(S, "setInterval(() => void sweepOverdue(), 60 * 60 * 1000);", "bug",
                         "rejection of sweepOverdue is discarded with void: unhandled rejection terminates the process"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns the stack trace to the client"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-NOT-VERIFIED"),
    ("SEARCH-LIMIT-UNBOUNDED", "SEARCH-SQLI"),
    ("LOAN-DAYS-NEGATIVE", "LOAN-LIMIT-OBO"),
    ("LOAN-DOUBLE-CHECKOUT", "LOAN-UNKNOWN-TOOL"),
    ("LATE-FEE-EXTRA-DAY", "RETURN-TWICE"),
    ("RETURN-TWICE", "NEGATIVE-REFUND"),
    ("LATE-FEE-EXTRA-DAY", "NEGATIVE-REFUND"),
    ("REFUND-KEY-IN-URL", "REFUND-RESULT-IGNORED"),
    ("HOLD-POSITION-RACE", "HOLD-DUPLICATE"),
    ("REPAIR-XSS", "REPAIR-EMAIL-PUBLIC"),
    ("REPAIR-LIST-ALL-ROWS", "REPAIR-PAGE-SKIP"),
    ("REMINDED-BEFORE-SEND", "SMS-FAILURE-ABORTS-SWEEP"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is the whole service: member endpoints (search, loans, returns, holds, repair reports) behind
        `memberFrom`, desk endpoints behind `deskOnly`, and an hourly overdue sweep. `deskOnly` is done properly (fails
        closed when the key is unset, length check before `timingSafeEqual`), `POST /desk/tools` validates its input,
        the member loan history checks ownership, and `esc` is applied to the tool name, email and status. The member
        side is where it goes wrong.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | auth | `memberFrom` decodes the JWT without verifying it |
        | P0 | injection | SQL in `/tools`, shell in the repair assignment |
        | P1 | money | client-chosen deposit, refunds of other members' loans, double returns, fee off by one |
        | P1 | files/HTML | manual download traversal, stored XSS in repair tickets |
        | P2 | concurrency | loan checkout and hold queue races |
        | P2 | ops | the overdue sweep can crash the process |
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "Member tokens are decoded, never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET!, { algorithms: [\"HS256\"] })`; with `jwt.decode` any caller can claim any `sub` or `role: \"volunteer\"`.",
              symbol="memberFrom", conf=0.95),
            F("TOKEN-IN-QUERY", "low", "security", "Token accepted from the `?token=` query parameter",
              "Accept the bearer header only; query strings are logged by proxies and kept in browser history.",
              symbol="memberFrom", conf=0.6),
            F("SEARCH-SQLI", "critical", "security", "SQL injection through the `q` search parameter",
              "Bind the pattern: `name ILIKE $3` with `[category, limit, `%${q}%`]`.",
              symbol="GET /tools", conf=0.95),
            F("DEPOSIT-FROM-CLIENT", "high", "security", "Deposit amount is derived from a client-supplied tool value",
              "Read `value_cents` from the `tools` row you already query; a member can send `valueCents: 0` and borrow with no deposit.",
              symbol="POST /loans", conf=0.85),
            F("RETURN-ANY-LOAN", "high", "security", "Any member can return any loan",
              "Add `AND member_id = $2` (or a volunteer check); today the refund goes out for a loan the caller does not hold.",
              symbol="POST /loans/:id/return", conf=0.8),
            F("REFUND-KEY-IN-URL", "medium", "security", "Payment API key placed in the refund URL",
              "Send it as an `Authorization` header like `holdDeposit` does.", symbol="refundDeposit", conf=0.75),
            F("MANUAL-TRAVERSAL", "high", "security", "Path traversal in the manual download",
              "Use `res.sendFile(file, { root: MANUAL_DIR })` and reject names containing `/`.",
              symbol="GET /tools/:id/manual", conf=0.9),
            F("REPAIR-XSS", "high", "security", "Stored XSS via repair ticket descriptions",
              "Wrap `ticket.description` in `esc()` like the other fields.", symbol="GET /repairs/:id", conf=0.9),
            F("NOTIFY-SHELL", "critical", "security", "Shell injection in repair assignment notification",
              "Use `execFile(\"notify-repairer\", [\"--to\", repairer, \"--ticket\", id, \"--note\", note])`.",
              symbol="POST /desk/repairs/:id/assign", conf=0.9),
            F("CORS-ANY-ORIGIN", "medium", "security", "CORS reflects every origin with credentials",
              "List the library's own front-end origins.", conf=0.7),
            F("ERROR-STACK-LEAK", "low", "security", "Stack traces returned by the error handler",
              "Log the stack; return a generic message.", conf=0.8),
        ]),
        "Correctness, money handling and concurrency:",
        Block([
            F("LOAN-LIMIT-OBO", "medium", "bug", "Active-loan limit allows one tool too many",
              "Use `>=`: with three tools out the check `3 > 3` passes and a fourth loan is created.",
              symbol="POST /loans", conf=0.85),
            F("LOAN-DOUBLE-CHECKOUT", "high", "bug", "Two members can check out the same tool concurrently",
              "Make it atomic: `UPDATE tools SET status = 'out' WHERE id = $1 AND status = 'in' RETURNING id` inside a transaction with the loan insert.",
              d=-1, n=3, symbol="POST /loans", conf=0.85),
            F("LATE-FEE-EXTRA-DAY", "medium", "bug", "Late fee loop charges one day too many",
              "`for (let d = 0; d < lateDays; d++)` (or `fee = Math.max(0, lateDays) * DAILY_FEE_CENTS`); an on-time return pays 150 cents.",
              symbol="POST /loans/:id/return", conf=0.85),
            F("RETURN-TWICE", "high", "bug", "A loan can be returned (and refunded) more than once",
              "Add `AND returned_at IS NULL` and check `rowCount` before refunding.",
              symbol="POST /loans/:id/return", conf=0.8),
            F("HOLD-POSITION-RACE", "medium", "bug", "Hold queue positions collide under concurrent requests",
              "The queue is read before the `await` and pushed after it; compute the position in SQL (`COALESCE(MAX(position), 0) + 1` under a lock) instead of the in-memory map.",
              d=-1, symbol="POST /tools/:id/holds", conf=0.7),
            F("REPAIR-PAGE-SKIP", "low", "bug", "Desk repair list skips its first page",
              "`rows.slice((page - 1) * PER_PAGE, page * PER_PAGE)`.", symbol="GET /desk/repairs", conf=0.8),
            F("REMINDED-BEFORE-SEND", "low", "bug", "Overdue loans are marked reminded before the SMS succeeds",
              "Add to `reminded` after `sendSms` resolves.", symbol="sweepOverdue", conf=0.6),
            F("SWEEP-UNHANDLED", "medium", "bug", "A failing sweep crashes the server",
              "`setInterval(() => sweepOverdue().catch((e) => console.error(e)), ...)`; a rejected promise discarded with `void` is an unhandled rejection, which terminates Node by default.",
              symbol="sweepOverdue", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run. Findings:",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "memberFrom trusts unsigned JWT (jwt.decode)",
              "jwt.verify with secret + algorithms.", d=-3),
            F("SEARCH-SQLI", "critical", "security", "req.query.q concatenated into ILIKE",
              "Parameterize.", d=-3),
            F("LOAN-LIMIT-OBO", "medium", "bug", "MAX_ACTIVE_LOANS check uses >",
              ">="),
            F("DEPOSIT-FROM-CLIENT", "high", "security", "deposit based on req.body.valueCents",
              "Use tools.value_cents.", d=-1),
            F("LOAN-UNKNOWN-TOOL", "medium", "bug", "rows[0] undefined for unknown toolId -> TypeError",
              "404 when rows is empty."),
            F("LOAN-DOUBLE-CHECKOUT", "high", "bug", "status UPDATE not conditional; concurrent checkouts both succeed",
              "WHERE status = 'in' + rowCount check, transaction.", d=1),
            F("LATE-FEE-EXTRA-DAY", "medium", "bug", "fee loop runs lateDays + 1 times",
              "d < lateDays.", d=-2),
            F("NEGATIVE-REFUND", "medium", "bug", "refund can be negative when fee > deposit",
              "Math.max(0, ...)."),
            F("REFUND-KEY-IN-URL", "medium", "security", "refundDeposit puts PAY_KEY in query string",
              "Authorization header.", d=-1),
            F("MANUAL-TRAVERSAL", "high", "security", "GET /tools/:id/manual: ?file= path traversal",
              "sendFile(name, { root }).", d=-2),
            F("REPAIR-PAGE-SKIP", "low", "bug", "repair paging skips page 1",
              "(page - 1) * PER_PAGE."),
            F("NOTIFY-SHELL", "critical", "security", "req.body.note/repairer into exec()",
              "execFile with args.", d=-2),
            F("SWEEP-UNHANDLED", "medium", "bug", "void sweepOverdue(): rejections unhandled",
              ".catch()."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `lendshed` tool library backend. It is an Express application using
        PostgreSQL and JSON Web Tokens, with member-facing endpoints for searching, borrowing, returning and reserving
        tools, desk endpoints for repair management, and a periodic job that sends overdue reminders by SMS.

        ### Security Vulnerabilities

        The most serious issues concern authentication and the handling of untrusted input.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Is Never Verified",
              "Replace `jwt.decode` with `jwt.verify` and a server-side secret.", sd=-2, n=3,
              desc="`jwt.decode` only base64-decodes the payload. An attacker can craft a token with any `sub` and `role` and act as any member or volunteer."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Overly Permissive CORS Policy",
              "Restrict `origin` to trusted domains.", sd=-2, n=3),
            F("SEARCH-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tool Search",
              "Pass the search pattern as a bound parameter.", sd=-2, n=3),
            F("REFUND-KEY-IN-URL", "MEDIUM", "Information Disclosure", "Payment Key Exposed in Refund URL",
              "Send the key in a header.", sd=-2, n=3),
            F("MANUAL-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Manual Download",
              "Use the `root` option of `res.sendFile`.", sd=-2, n=3),
            F("REPAIR-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Repair Ticket Page",
              "Escape the description.", sd=-2, n=3,
              desc="The description is written by any member and rendered without escaping on a page that anyone can open."),
            F("REPAIR-EMAIL-PUBLIC", "MEDIUM", "Information Disclosure", "Reporter Email Exposed on Unauthenticated Ticket Page",
              "Require authentication for ticket pages or omit the email.", sd=-2, n=3),
            F("NOTIFY-SHELL", "CRITICAL", "Command Injection", "Command Injection in Repairer Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Returned to Clients",
              "Do not include `err.stack` in responses.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Logic, Reliability and Performance Issues
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "suggestion": "Consider splitting server.ts into routers per resource."}),
            F("LOAN-DOUBLE-CHECKOUT", "HIGH", "Race Condition", "Race Condition in Tool Checkout",
              "Perform the availability check and the status update atomically.", d=1, sd=-1, n=3,
              desc="Between the SELECT and the UPDATE another request can borrow the same tool, so both loans are created."),
            F("HOLD-POSITION-RACE", "MEDIUM", "Concurrency", "Hold Queue Positions Can Be Duplicated",
              "Assign positions in the database.", d=2, sd=0, n=3),
            F("RETURN-TWICE", "HIGH", "Logic Error", "Loans Can Be Returned Multiple Times",
              "Only update loans whose `returned_at` is null.", sd=-2, n=3),
            F("REFUND-RESULT-IGNORED", "MEDIUM", "Error Handling", "Refund Response Is Not Checked",
              "Check `resp.ok` and surface failures.", sd=-2, n=3),
            F("REPAIR-LIST-ALL-ROWS", "MEDIUM", "Performance", "Repair List Loads All Tickets Into Memory",
              "Use LIMIT and OFFSET in the query.", sd=-2, n=3),
            F("SMS-FAILURE-ABORTS-SWEEP", "MEDIUM", "Availability", "One SMS Failure Stops All Overdue Reminders",
              "Catch errors per loan inside the loop.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SEARCH-SQLI", "critical", "security", "sql injection in tool search (q)", "bind the ilike pattern"),
            F("JWT-NOT-VERIFIED", "critical", "security", "jwt decoded not verified", "jwt.verify"),
            F("NOTIFY-SHELL", "high", "security", "shell injection in notify-repairer exec", "execFile"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("HOLD-POSITION-RACE", "medium", "", "hold positions can collide (queue read before await)", "do it in sql", d=-2),
            F("LATE-FEE-EXTRA-DAY", "medium", "bug", "late fee charged even when returned on time", "use < not <="),
            F("SEARCH-LIMIT-UNBOUNDED", "low", "performance", "search limit not capped", "clamp to 100"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication relies on unverified JWTs, also accepted from the URL.
        2. Injection: SQL (tool search) and OS command (repair notification).
        3. Loans: loan length, active loan limit, deposits and returns have validation and authorization gaps.
        4. Holds: in-memory queue is not safe under concurrent requests and accepts duplicates.
        5. Reliability: refund results and sweep failures are not handled; stack traces leak.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT tokens are not verified", "Use jwt.verify.", conf=0.95),
            F("TOKEN-IN-QUERY", "minor", "security", "Token accepted via query string", "Only accept the Authorization header.",
              conf=0.6),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in tool name search", "Use parameterized queries.",
              conf=0.9),
            F("LOAN-DAYS-NEGATIVE", "major", "correctness", "Loan duration not validated (negative or zero days)",
              "Require 1 <= days <= 21.", conf=0.7),
            F("LOAN-LIMIT-OBO", "major", "correctness", "Off-by-one in active loan limit", "Use >= MAX_ACTIVE_LOANS.",
              d=-1, conf=0.8),
            F("DEPOSIT-FROM-CLIENT", "major", "security", "Deposit calculated from client-provided value",
              "Use the stored tool value.", conf=0.8),
            F("LOAN-DOUBLE-CHECKOUT", "major", "concurrency", "Race condition allows double checkout of a tool",
              "Use a transaction with SELECT ... FOR UPDATE.", conf=0.8),
            F("RETURN-ANY-LOAN", "blocker", "security", "Missing ownership check when returning a loan",
              "Verify loan.member_id equals the caller.", conf=0.8),
            F("NEGATIVE-REFUND", "major", "correctness", "Refund amount can become negative", "Clamp the refund at zero.",
              d=-1, conf=0.7,
              desc="The update stores the fee and the next line refunds deposit minus fee without a lower bound."),
            F("REFUND-RESULT-IGNORED", "minor", "reliability", "Refund HTTP response not checked", "Check response.ok.",
              conf=0.7),
            F("HOLD-POSITION-RACE", "major", "concurrency", "Concurrent holds can receive the same queue position",
              "Serialize hold creation or use the database.", conf=0.7),
            F("HOLD-DUPLICATE", "minor", "correctness", "Member can hold the same tool multiple times",
              "Check whether the member is already in the queue.", conf=0.6),
            F("REPAIR-XSS", "blocker", "security", "Cross-site scripting in repair ticket view", "Escape the description.",
              conf=0.85),
            F("REPAIR-PAGE-SKIP", "major", "correctness", "Pagination of repair list skips first page",
              "Use (page - 1) * PER_PAGE.", d=-2, conf=0.75),
            F("SWEEP-UNHANDLED", "major", "reliability", "Unhandled promise rejection in overdue sweep",
              "Attach a catch handler.", conf=0.75),
            F("ERROR-STACK-LEAK", "minor", "security", "Stack trace leaked in error responses", "Hide stack traces.",
              conf=0.8),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 8 major, 4 minor"),
    ]),
}
