"""test28/ts-toolcrib: makerspace tool checkout and induction tracker (TypeScript, Express 4 + pg).

Frozen test split test28; labels next to each finding. Written 2026-12-03 by a helper session that had not seen
the merger code, its scores, or any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py,
for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test28: seeded problems in a small makerspace tool-checkout and induction service; "
    "five agents' answers written by hand."
)

S = "src/server.ts"
C = "src/checkout.ts"
I = "src/inductions.ts"
PROBLEMS = {
    "HARDCODED-DEFAULT-KEY": P(S, 'process.env.ADMIN_KEY ?? "changeme"', "security", "admin key falls back to the hard-coded 'changeme' when ADMIN_KEY is unset"),
    "KEY-IN-QUERY": P(S, 'req.get("x-admin-key") ?? req.query.key', "security", "admin key accepted from the ?key= query string (logged by proxies)"),
    "ADMIN-HEADER-OPTIONAL": P(S, "if (key && key !== expected)", "security", "`key &&`: a request with no key at all skips the check and reaches next()", "signature-vs-statement"),
    "MEMBER-ID-TRUSTED": P(S, 'return Number(req.get("x-member-id"));', "security", "member identity taken from a client-supplied header: anyone can act as any member", "signature-vs-statement"),
    "TOOL-SEARCH-INJECTION": P(S, "ILIKE '%${q}%'", "security", "q query value interpolated into the SQL: injection", "source-vs-sink"),
    "LIMIT-UNBOUNDED": P(S, "ILIKE '%${q}%'", "security", "limit from the query string is not capped: one request can pull the whole table"),
    "ASYNC-ERRORS-UNHANDLED": P(S, "const loan = await checkoutTool(", "bug", "checkoutTool throws ('tool is already out') inside an async Express 4 handler: unhandled rejection, request hangs"),
    "CHECKOUT-RACE": P(C, 'if (rows[0].status !== "available")', "bug", "status read and 'out' update are separate statements: two members can check out the same tool", "critical-section"),
    "DAYS-UNBOUNDED": P(C, "const due = new Date(Date.now() + days * DAY_MS);", "bug", "loan days not validated (MAX_DAYS, negative, NaN), unlike renewLoan"),
    "LATE-FEE-EXTRA-DAY": P(C, "return (daysLate - GRACE_DAYS + 1) * FEE_PENCE_PER_DAY;", "bug", "+ 1 charges one day more than the days past the grace period", "off-by-one"),
    "FEE-CAP-IGNORED": P(C, "return (daysLate - GRACE_DAYS + 1) * FEE_PENCE_PER_DAY;", "bug", "MAX_FEE_PENCE is declared but never applied: late fees are uncapped"),
    "RETURN-MISSING-LOAN": P(C, "const fee = lateFee(new Date(rows[0].due), new Date());", "bug", "unknown loan id: rows[0] is undefined and returnTool throws a TypeError"),
    "RETURN-TWICE": P(C, "UPDATE loans SET returned_at = now(), fee_pence = $2 WHERE id = $1", "bug", "an already returned loan can be returned again: fee recomputed, tool set available while someone else has it", "signature-vs-statement"),
    "INDUCTION-OLDEST-ROW": P(I, '"SELECT passed_on FROM inductions WHERE member_id = $1 AND tool_id = $2"', "bug", "no ORDER BY passed_on DESC: an old expired induction row can be used instead of the renewal (extra, one agent)"),
    "SEATS-LAST-HIDDEN": P(I, "return booked < capacity - 1 ? capacity - booked : 0;", "bug", "capacity - 1: the last seat of an induction session is never offered", "off-by-one"),
    "DUPLICATE-INDUCTION-BOOKING": P(S, "INSERT INTO induction_bookings", "bug", "the same member can book the same induction session several times"),
    "INDUCTION-BOOKING-RACE": P(S, "s.booked += 1;", "bug", "seat check before the await, increment after it: concurrent bookings overfill a session", "critical-section"),
    "LASER-LOST-UPDATE": P(S, "if (used + minutes > LASER_QUOTA)", "bug", "read-modify-write of laser minutes across awaits: concurrent sessions lose updates and exceed the quota", "critical-section"),
    "NEGATIVE-MINUTES": P(S, "if (used + minutes > LASER_QUOTA)", "security", "minutes from the body not validated: negative minutes pass the check and reduce the recorded usage", "source-vs-sink"),
    "DAMAGE-THUMB-TRAVERSAL": P(S, "const thumb = path.join(THUMBS, name);", "security", "original file name joined to THUMBS: ../ writes the thumbnail anywhere"),
    "DAMAGE-THUMB-SHELL": P(S, "exec(`convert ${req.file!.path} -resize 800x ${thumb}`);", "security", "original file name reaches a shell command through exec", "source-vs-sink"),
    "LABEL-XSS": P(S, "<h1>${rows[0].name}</h1>", "security", "tool name and damage notes written into HTML unescaped: stored XSS", "signature-vs-statement"),
    "LABEL-MISSING-404": P(S, "<h1>${rows[0].name}</h1>", "bug", "unknown tool id: rows[0] undefined, TypeError instead of 404"),
    "OVERDUE-UNPAGED-QUERY": P(S, "WHERE l.returned_at IS NULL AND l.due < now() ORDER BY l.due", "performance", "every overdue loan is fetched and paged in memory; no LIMIT/OFFSET in SQL"),
    "PAGE-ONE-SKIPPED": P(S, "res.json(rows.slice(page * PAGE, page * PAGE + PAGE));", "bug", "page defaults to 1 but slicing is 0-based: the first page of overdue loans is never shown", "off-by-one"),
}

CONFUSABLE = [
    ("HARDCODED-DEFAULT-KEY", "KEY-IN-QUERY"),
    ("KEY-IN-QUERY", "ADMIN-HEADER-OPTIONAL"),
    ("HARDCODED-DEFAULT-KEY", "ADMIN-HEADER-OPTIONAL"),
    ("TOOL-SEARCH-INJECTION", "LIMIT-UNBOUNDED"),
    ("CHECKOUT-RACE", "DAYS-UNBOUNDED"),
    ("LATE-FEE-EXTRA-DAY", "FEE-CAP-IGNORED"),
    ("RETURN-MISSING-LOAN", "RETURN-TWICE"),
    ("DUPLICATE-INDUCTION-BOOKING", "INDUCTION-BOOKING-RACE"),
    ("LASER-LOST-UPDATE", "NEGATIVE-MINUTES"),
    ("DAMAGE-THUMB-TRAVERSAL", "DAMAGE-THUMB-SHELL"),
    ("LABEL-XSS", "LABEL-MISSING-404"),
    ("OVERDUE-UNPAGED-QUERY", "PAGE-ONE-SKIPPED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `toolcrib` is a compact Express service, and the data layer is mostly parameterised correctly
        (`renewLoan` is a good model: it validates `days` and scopes the update to the member's open loan).
        The problems cluster in three places:

        1. **Identity and admin access** — `requireAdmin` lets key-less requests through and falls back to a
           hard-coded key; members are identified by a header they choose themselves.
        2. **Injection** — the tool search builds SQL from `q`, and the damage report hands the uploaded file
           name to a shell.
        3. **Counting under concurrency** — tool checkout, induction seats and laser minutes are all
           read-then-write across an `await`.

        Fee and seat arithmetic each have one boundary mistake.
        """,
        Block([
            F("ADMIN-HEADER-OPTIONAL", "critical", "security", "`requireAdmin` lets requests without an admin key through",
              "Reject when `key` is missing: `if (!key || !timingSafeEqual(...)) return 403`.",
              symbol="requireAdmin", conf=0.95),
            F("HARDCODED-DEFAULT-KEY", "high", "security", "Admin key defaults to `changeme`",
              "Fail at startup if `ADMIN_KEY` is unset instead of falling back to a guessable value.",
              symbol="requireAdmin", conf=0.85),
            F("MEMBER-ID-TRUSTED", "high", "security", "Member identity is taken from the `x-member-id` header",
              "Derive the member from an authenticated session or signed token; the header is attacker-controlled.",
              d=-1, symbol="memberOf", conf=0.85),
            F("TOOL-SEARCH-INJECTION", "high", "security", "SQL injection in `GET /tools` via `q`",
              "Pass the pattern as a parameter: `name ILIKE $2` with `` `%${q}%` `` as the value.",
              symbol="GET /tools", conf=0.9),
            F("CHECKOUT-RACE", "high", "bug", "Two members can check out the same tool concurrently",
              "Use `UPDATE tools SET status = 'out' WHERE id = $1 AND status = 'available'` and check `rowCount`, inside a transaction with the loan insert.",
              d=+2, symbol="checkoutTool", conf=0.85),
            F("DAYS-UNBOUNDED", "medium", "bug", "Checkout does not validate `days`",
              "Apply the same `1..MAX_DAYS` integer check as `renewLoan`; `days` is `undefined` when omitted, giving an Invalid Date.",
              symbol="checkoutTool", conf=0.8),
            F("LATE-FEE-EXTRA-DAY", "medium", "bug", "Late fee charges one extra day",
              "Drop the `+ 1`: three days late with a two-day grace period should bill one day, not two.",
              symbol="lateFee", conf=0.8),
            F("FEE-CAP-IGNORED", "low", "bug", "`MAX_FEE_PENCE` is never applied",
              "Return `Math.min(MAX_FEE_PENCE, ...)`.", symbol="lateFee", conf=0.75),
            F("RETURN-TWICE", "medium", "bug", "A loan can be returned twice",
              "Add `AND returned_at IS NULL` to the update and only free the tool when a row was updated.",
              symbol="returnTool", conf=0.7),
            F("INDUCTION-BOOKING-RACE", "medium", "bug", "Induction sessions can be overbooked",
              "Increment `booked` before the `await` (or count bookings in the database with a constraint).",
              d=-2, n=2, symbol="POST /inductions/:session/book", conf=0.75),
            F("LASER-LOST-UPDATE", "medium", "bug", "Laser quota can be exceeded by concurrent session requests",
              "Do the check and the increment in one SQL statement (`... SET minutes = laser_usage.minutes + $2 WHERE laser_usage.minutes + $2 <= $3`).",
              d=+1, symbol="POST /laser/session", conf=0.75),
            F("NEGATIVE-MINUTES", "high", "security", "Negative `minutes` resets a member's laser usage",
              "Require a positive integer; `minutes: -500` passes the quota check and lowers the stored total.",
              d=-2, symbol="POST /laser/session", conf=0.8),
            F("DAMAGE-THUMB-SHELL", "critical", "security", "Command injection through the uploaded file name",
              "Use `execFile('convert', [req.file.path, '-resize', '800x', thumb])` with a generated thumbnail name.",
              symbol="POST /tools/:id/damage", conf=0.9),
            F("LABEL-XSS", "high", "security", "Stored XSS on the tool label page",
              "Escape `name` and `notes` (damage notes come straight from members).",
              symbol="GET /tools/:id/label", conf=0.85),
            F("PAGE-ONE-SKIPPED", "medium", "bug", "Overdue list skips its first page",
              "`rows.slice((page - 1) * PAGE, page * PAGE)`, or default `page` to 0.",
              symbol="GET /admin/overdue", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for src/ (tsc not run).",
        Block([
            F("ADMIN-HEADER-OPTIONAL", "critical", "security", "requireAdmin: missing x-admin-key skips the check", "if (!key) 403", d=-3),
            F("KEY-IN-QUERY", "medium", "security", "admin key accepted via ?key=", "header only"),
            F("TOOL-SEARCH-INJECTION", "high", "security", "SQLi: q interpolated into ILIKE", "bind parameter", d=-3),
            F("LIMIT-UNBOUNDED", "low", "security", "no upper bound on ?limit", "Math.min(limit, 100)", d=-2),
            F("ASYNC-ERRORS-UNHANDLED", "medium", "bug", "checkout: rejected promise not handled (Express 4)", "try/catch like /renew"),
            F("CHECKOUT-RACE", "high", "bug", "checkoutTool: check-then-update on tools.status", "conditional UPDATE + rowCount", d=-2),
            F("RETURN-MISSING-LOAN", "low", "bug", "returnTool crashes on unknown loan id", "404 when rows is empty"),
            F("SEATS-LAST-HIDDEN", "medium", "bug", "seatsLeft: capacity - 1 hides the last seat", "booked < capacity"),
            F("DUPLICATE-INDUCTION-BOOKING", "low", "bug", "member may book one session repeatedly", "unique (session_id, member_id)"),
            F("NEGATIVE-MINUTES", "high", "security", "laser minutes not validated (negative allowed)", "positive int check", d=-2),
            F("DAMAGE-THUMB-SHELL", "critical", "security", "exec with originalname-derived path (cmd injection)", "execFile + random name", d=-2),
            F("DAMAGE-THUMB-TRAVERSAL", "high", "security", "thumbnail path traversal via originalname", "basename / generated name"),
            F("OVERDUE-UNPAGED-QUERY", "low", "performance", "overdue endpoint loads all rows then slices", "LIMIT/OFFSET"),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the makerspace tool checkout service. Below are my findings.

        ### Overview
        The application manages tool loans, late fees, safety inductions and laser cutter quotas. The most
        serious weaknesses are in authentication: both the admin middleware and the member identification
        can be bypassed trivially. There are also injection flaws and several race conditions.

        ### Security Findings
        """,
        Block([
            F("HARDCODED-DEFAULT-KEY", "high", "Hardcoded Credentials", "Hardcoded Fallback Admin Key",
              "Remove the fallback and require ADMIN_KEY.", d=+1, sd=0,
              desc="If the environment variable is missing the admin key is the well-known string `changeme`."),
            F("ADMIN-HEADER-OPTIONAL", "critical", "Broken Authentication", "Admin Middleware Bypass When Key Header Is Omitted",
              "Treat a missing key as unauthorized.",
              desc="The check only fails when a key is present and wrong. Omitting the header entirely calls `next()`."),
            F("MEMBER-ID-TRUSTED", "high", "Broken Authentication", "Client-Controlled Member Identity",
              "Authenticate members properly.", d=-1, sd=0),
            F("TOOL-SEARCH-INJECTION", "critical", "SQL Injection", "SQL Injection in Tool Search",
              "Use parameterized queries for the search term.", d=-1, sd=0, n=2),
            F("DAMAGE-THUMB-SHELL", "critical", "Command Injection", "OS Command Injection in Damage Photo Processing",
              "Use execFile with an argument array."),
            F("DAMAGE-THUMB-TRAVERSAL", "high", "Path Traversal", "Path Traversal When Writing Thumbnails",
              "Generate the thumbnail name server-side.", d=-1, sd=0),
            F("LABEL-XSS", "high", "Cross-Site Scripting", "Stored Cross-Site Scripting in Tool Label",
              "HTML-encode database values before rendering.", d=-2),
            U({"severity": "info", "category": "style", "suggestion": "Use a router per resource."}),
        ], wrap="list"),
        """
        ### Logic and Reliability Findings
        """,
        Block([
            F("CHECKOUT-RACE", "major", "Race Condition", "Race Condition in Tool Checkout",
              "Make the availability check and update atomic.", d=-2, sd=0, n=3),
            F("LATE-FEE-EXTRA-DAY", "minor", "Business Logic", "Off-by-One in Late Fee Calculation",
              "Remove the + 1.", d=-1, sd=0, n=2),
            F("INDUCTION-BOOKING-RACE", "major", "Race Condition", "Induction Session Overbooking",
              "Update the seat count atomically."),
            F("LASER-LOST-UPDATE", "major", "Race Condition", "Lost Update in Laser Usage Tracking",
              "Use an atomic increment in SQL.", d=-1, sd=0, n=3),
            F("LABEL-MISSING-404", "minor", "Error Handling", "Unhandled Missing Tool in Label Endpoint",
              "Return 404 when no row is found.",
              desc="When the id does not exist, `rows[0]` is undefined and the handler throws."),
            F("PAGE-ONE-SKIPPED", "minor", "Business Logic", "Pagination Skips First Page of Overdue Loans",
              "Subtract one from the page number.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("ADMIN-HEADER-OPTIONAL", "error", "security", "no key header = admin access", "require the header"),
            F("TOOL-SEARCH-INJECTION", "error", "security", "sql injection in tool search", "parameterize q"),
            F("RETURN-TWICE", "warning", "", "loan can be returned twice", "check returned_at IS NULL", d=-3),
            F("FEE-CAP-IGNORED", "warning", "bug", "late fee not capped at MAX_FEE_PENCE", "Math.min"),
            F("LASER-LOST-UPDATE", "warning", "bug", "laser minutes race", "atomic update"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. Authentication weaknesses in the admin middleware and member identification.
        2. SQL and command injection.
        3. Concurrency defects in checkout, induction booking and laser quota.
        4. Arithmetic errors in late fees, seat counts and pagination.
        5. Missing input validation and error handling.
        """,
        Block([
            F("KEY-IN-QUERY", "major", "security", "Admin key can be passed in the URL query string",
              "Accept the key only from the header.", conf=0.7),
            F("HARDCODED-DEFAULT-KEY", "blocker", "security", "Default admin key 'changeme'",
              "Remove the default.", conf=0.85),
            F("MEMBER-ID-TRUSTED", "blocker", "security", "Member ID read from request header without authentication",
              "Use authenticated sessions.", conf=0.8),
            F("LIMIT-UNBOUNDED", "minor", "performance", "Unbounded limit parameter in tool search",
              "Cap the limit.", conf=0.6),
            F("ASYNC-ERRORS-UNHANDLED", "major", "correctness", "Unhandled promise rejection in checkout route",
              "Catch errors and return 409/400.", conf=0.7),
            F("DAYS-UNBOUNDED", "major", "correctness", "Loan duration not validated in checkoutTool",
              "Validate against MAX_DAYS.", conf=0.75),
            F("INDUCTION-OLDEST-ROW", "minor", "correctness", "Induction validity may use an outdated record",
              "Order by passed_on DESC and take the newest.", conf=0.5),
            F("SEATS-LAST-HIDDEN", "major", "correctness", "Off-by-one in seatsLeft hides the final seat",
              "Compare booked < capacity.", d=-1, conf=0.8),
            F("INDUCTION-BOOKING-RACE", "major", "concurrency", "Seat count updated after await (overbooking)",
              "Reserve the seat before awaiting.", d=-1, sd=0, conf=0.7),
            F("DUPLICATE-INDUCTION-BOOKING", "minor", "correctness", "Duplicate induction bookings allowed",
              "Add a unique constraint.", conf=0.6),
            F("LASER-LOST-UPDATE", "major", "concurrency", "Race condition in laser minute accounting",
              "Use a single atomic SQL statement.", d=-1, conf=0.7),
            F("NEGATIVE-MINUTES", "major", "security", "Laser quota bypass with negative minutes",
              "Reject minutes <= 0.", d=+1, sd=0, conf=0.75),
            F("LABEL-XSS", "major", "security", "Unescaped HTML output in tool label",
              "Escape output.", conf=0.8),
            F("LABEL-MISSING-404", "minor", "correctness", "Missing 404 handling for unknown tools in label",
              "Check rows.length.", d=-1, conf=0.6),
            F("OVERDUE-UNPAGED-QUERY", "minor", "performance", "Overdue loans fetched without LIMIT",
              "Paginate in SQL.", d=-1, sd=0, conf=0.6),
            F("PAGE-ONE-SKIPPED", "major", "correctness", "Pagination off-by-one in overdue listing",
              "Use (page - 1) * PAGE.", conf=0.75),
        ], wrap="object+summary", summary="16 issues: 2 blocker, 9 major, 5 minor"),
    ]),
}
