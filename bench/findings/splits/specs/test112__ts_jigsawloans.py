"""test112/ts-jigsawloans: a jigsaw puzzle library (TypeScript, Express + pg + jsonwebtoken). Frozen test split.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's
answers, specs or repositories (only the tune2 spec, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code or any score. Frozen test split "
    "test112: seeded problems in a jigsaw puzzle library service (loans, missing-piece reports, swap meets); "
    "five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "JWT-SECRET-FALLBACK": P(S, 'process.env.JWT_SECRET ?? "hollowbrook-dev-secret"', "security", "hard-coded fallback JWT signing secret when JWT_SECRET is unset"),
    "TOKEN-IN-QUERY": P(S, "const token = String(req.query.token", "security", "member token accepted from the ?token= query string (logged by proxies, leaked in referrers)"),
    "JWT-NOT-VERIFIED": P(S, "const claims = jwt.decode(token)", "security", "jwt.decode does not check the signature or expiry: anyone can forge a member token", "signature-vs-statement"),
    "SEARCH-SQLI-Q": P(S, "ILIKE '%\" + q + \"%'", "security", "search text q concatenated into the ILIKE pattern: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI-LIMIT": P(S, "ILIKE '%\" + q + \"%'", "security", "limit query value appended raw to the LIMIT clause: SQL injection"),
    "LOAN-DOUBLE-BORROW": P(S, 'if (found.rows[0].status !== "shelf")', "bug", "status read, checked and updated in separate statements without a transaction or conditional update: two members can borrow one puzzle", "critical-section"),
    "LOAN-WEEKS-UNCHECKED": P(S, "const due = new Date(Date.now() + Number(weeks)", "bug", "weeks not validated (MAX_LOAN_WEEKS is never used): any, negative or NaN loan length"),
    "RETURN-NOT-OWNER": P(S, 'SELECT id, puzzle_id, due FROM loans WHERE id = $1"', "security", "return looks the loan up by id only: any member can return (and fine) someone else's loan"),
    "RETURN-UNKNOWN-CRASH": P(S, "const lateDays = Math.floor", "bug", "unknown loan id: rows[0] is undefined and the handler throws (no 404; Express 4 leaves the request hanging)"),
    "MISSING-PIECE-ZERO": P(S, "n < 0 || n > rows[0].pieces", "bug", "pieces are numbered from 1: the check accepts piece 0", "off-by-one"),
    "MISSING-DUPES-COUNTED": P(S, "missing_count = missing_count + $1", "bug", "missing_count adds reported.length: duplicate or already-reported piece numbers are counted again"),
    "DONATION-GRADE-OBO": P(S, "grade > GRADES.length", "bug", "grade == GRADES.length passes the check and stores an undefined grade", "off-by-one"),
    "DONATION-PIECES-UNCHECKED": P(S, '[title, pieces, note ?? "", GRADES[grade]]', "bug", "donated puzzle's piece count not validated (missing, zero, negative or text)"),
    "CARD-XSS-NOTE": P(S, "<blockquote>${p.donor_note}</blockquote>", "security", "donor note interpolated into the card HTML unescaped: stored XSS"),
    "CARD-XSS-PHOTO": P(S, "<blockquote>${p.donor_note}</blockquote>", "security", "box photo name interpolated unescaped into the img src attribute: attribute injection / XSS"),
    "BOX-TRAVERSAL": P(S, "res.sendFile(path.join(BOX_PHOTO_DIR, file))", "security", "file query value joined to BOX_PHOTO_DIR unchecked: path traversal", "source-vs-sink"),
    "MEET-CAPACITY-OBO": P(S, "if (taken.rows[0].n > meet.capacity)", "bug", "> instead of >=: a full meet still admits one more signup", "off-by-one"),
    "MEET-SIGNUP-RACE": P(S, "if (taken.rows[0].n > meet.capacity)", "bug", "count then insert without a lock or transaction: concurrent signups overfill the meet", "critical-section"),
    "MEET-DOUBLE-SIGNUP": P(S, "INSERT INTO meet_signups", "bug", "no check that the member already signed up: one member takes several places"),
    "NOTIFY-SHELL": P(S, "exec(cmd, () => {});", "security", "message from the request body interpolated into a shell command run by exec", "source-vs-sink"),
    "NOTIFY-ERROR-IGNORED": P(S, "exec(cmd, () => {});", "bug", "exec callback ignores the error: the endpoint answers sent:true even when notify-members fails"),
    "OVERDUE-IN-MEMORY": P(S, "l.due < now() ORDER BY l.due\");", "performance", "every overdue loan is fetched and paged in memory instead of LIMIT/OFFSET in SQL"),
    "OVERDUE-SLICE-DROPS": P(S, "rows.slice(start, start + size - 1)", "bug", "slice end start + size - 1: every page drops its last loan", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack })", "security", "error handler returns the message and stack trace to clients", "signature-vs-statement"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-NOT-VERIFIED"),
    ("SEARCH-SQLI-Q", "SEARCH-SQLI-LIMIT"),
    ("LOAN-DOUBLE-BORROW", "LOAN-WEEKS-UNCHECKED"),
    ("RETURN-NOT-OWNER", "RETURN-UNKNOWN-CRASH"),
    ("MISSING-PIECE-ZERO", "MISSING-DUPES-COUNTED"),
    ("DONATION-GRADE-OBO", "DONATION-PIECES-UNCHECKED"),
    ("CARD-XSS-NOTE", "CARD-XSS-PHOTO"),
    ("MEET-CAPACITY-OBO", "MEET-SIGNUP-RACE"),
    ("MEET-SIGNUP-RACE", "MEET-DOUBLE-SIGNUP"),
    ("MEET-CAPACITY-OBO", "MEET-DOUBLE-SIGNUP"),
    ("NOTIFY-SHELL", "NOTIFY-ERROR-IGNORED"),
    ("OVERDUE-IN-MEMORY", "OVERDUE-SLICE-DROPS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `src/server.ts`, the whole jigsaw library API: member and librarian auth, search, loans and
        returns, missing-piece reports, donations, puzzle cards, swap meets and the overdue list.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 7 |
        | low | 1 |

        The member authentication is the root problem: `memberAuth` decodes the JWT without verifying it, so every
        member-only route is open to a forged token. `librarianOnly` is done right (fails closed on an empty key,
        length check before `timingSafeEqual`), renewals check both the owner and the renewal limit, the member
        history compares the path id with the token, the card escapes the title, `/meets/:id/tables` chunks the
        signups correctly and retiring a puzzle uses a conditional update.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "`memberAuth` decodes the JWT without verifying it",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="memberAuth", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Member token accepted from the `?token=` query string",
              "Read the token only from the `Authorization` header.", symbol="memberAuth", conf=0.7),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection through `q` in `GET /puzzles`",
              "Bind the pattern: `title ILIKE $2` with `'%' + q + '%'` as a parameter.", symbol="GET /puzzles", conf=0.95),
            F("SEARCH-SQLI-LIMIT", "high", "security", "SQL injection through `limit` in `GET /puzzles`",
              "Parse `limit` as an integer, clamp it (1-100) and bind it as a parameter.", symbol="GET /puzzles", conf=0.9),
            F("RETURN-NOT-OWNER", "high", "security", "Any member can return any loan",
              "Add `AND member_id = $2` as `/renew` does, and 404 otherwise.", symbol="POST /loans/:id/return", conf=0.85),
            F("CARD-XSS-NOTE", "high", "security", "Donor note rendered unescaped on the puzzle card",
              "Wrap it in `esc()` like the title on the line above.", symbol="GET /puzzles/:id/card", conf=0.85),
            F("BOX-TRAVERSAL", "high", "security", "Path traversal in `GET /boxes`",
              "Use `res.sendFile(file, { root: BOX_PHOTO_DIR })` and reject names with path separators.",
              symbol="GET /boxes", conf=0.9),
            F("NOTIFY-SHELL", "critical", "security", "Shell injection through the notify message",
              "Use `execFile(\"notify-members\", [\"--meet\", id, \"--text\", message])`.", d=-1,
              symbol="POST /meets/:id/notify", conf=0.9),
            F("ERROR-STACK-LEAK", "medium", "security", "Error handler returns stack traces",
              "Log the error and answer a generic message.", symbol="app.use error handler", conf=0.8),
        ]),
        "Correctness:",
        Block([
            F("LOAN-DOUBLE-BORROW", "high", "bug", "Two members can borrow the same puzzle",
              "Make the update conditional (`UPDATE puzzles SET status = 'on_loan' WHERE id = $1 AND status = 'shelf'`) and check `rowCount`, inside a transaction with the insert.",
              d=+2, symbol="POST /loans", conf=0.8),
            F("LOAN-WEEKS-UNCHECKED", "medium", "bug", "Loan length `weeks` is not validated",
              "Require an integer between 1 and `MAX_LOAN_WEEKS`; the constant is declared but unused.",
              symbol="POST /loans", conf=0.8),
            F("RETURN-UNKNOWN-CRASH", "medium", "bug", "Returning an unknown loan throws",
              "404 when `rows.length === 0`; the rejected promise is not caught by Express 4.",
              symbol="POST /loans/:id/return", conf=0.75),
            F("MEET-SIGNUP-RACE", "medium", "bug", "Swap meet capacity check races with the insert",
              "Do the count and insert in one transaction with the meet row locked (`SELECT ... FOR UPDATE`).",
              d=-1, symbol="POST /meets/:id/signup", conf=0.7),
            F("MEET-CAPACITY-OBO", "medium", "bug", "Capacity check lets one extra member in",
              "`>=` instead of `>`.", symbol="POST /meets/:id/signup", conf=0.85),
            F("OVERDUE-SLICE-DROPS", "medium", "bug", "`/overdue` pages are one loan short",
              "`rows.slice(start, start + size)`; the end index is already exclusive.", d=-1, n=2,
              symbol="GET /overdue", conf=0.85),
            F("DONATION-GRADE-OBO", "low", "bug", "Grade check accepts `GRADES.length`",
              "`grade >= GRADES.length`.", symbol="POST /donations", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection: `q` concatenated into ILIKE pattern in GET /puzzles",
              "Parameterize.", d=-3),
            F("SEARCH-SQLI-LIMIT", "high", "security", "SQL injection: `limit` appended raw to the LIMIT clause",
              "parseInt + clamp + bind.", d=-2),
            F("JWT-NOT-VERIFIED", "critical", "security", "memberAuth trusts unverified JWT (jwt.decode)",
              "jwt.verify.", d=-3),
            F("LOAN-DOUBLE-BORROW", "high", "bug", "Check-then-update on puzzle status is not atomic; two loans for one puzzle",
              "Conditional UPDATE + rowCount, in a tx.", d=-2),
            F("MEET-CAPACITY-OBO", "medium", "bug", "Capacity check uses >; meet admits capacity+1",
              ">=.", d=-1),
            F("MEET-DOUBLE-SIGNUP", "low", "bug", "Same member can sign up for a meet repeatedly",
              "Unique (meet_id, member_id)."),
            F("NOTIFY-SHELL", "critical", "security", "Shell injection via notify message",
              "execFile with argv.", d=-2),
            F("NOTIFY-ERROR-IGNORED", "low", "bug", "exec errors swallowed; responds sent:true regardless",
              "Await the result; 502 on failure."),
            F("OVERDUE-IN-MEMORY", "low", "performance", "/overdue loads all overdue loans, pages in memory",
              "LIMIT/OFFSET in SQL."),
            F("MISSING-DUPES-COUNTED", "low", "bug", "Duplicate piece numbers inflate missing_count",
              "Dedupe; count distinct pieces."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the jigsaw puzzle library service (`src/server.ts`). The application is an
        Express API backed by PostgreSQL with JWT-based member sessions.

        ### Security Vulnerabilities
        """,
        Block([
            F("SEARCH-SQLI-Q", "Critical", "SQL Injection", "SQL Injection in Puzzle Search",
              "Use a parameterized query for the search pattern.", sd=-2, n=3,
              desc="The `q` query parameter is concatenated directly into the SQL string used for the ILIKE filter."),
            F("NOTIFY-SHELL", "Critical", "Command Injection", "Command Injection in Meet Notification",
              "Use `execFile` with an argument array.", sd=-2, n=3,
              desc="The `message` from the request body is placed inside double quotes in a shell command; `$(...)` or a closing quote breaks out."),
            F("JWT-NOT-VERIFIED", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3),
            F("JWT-SECRET-FALLBACK", "High", "Security Misconfiguration", "Hardcoded Fallback JWT Secret",
              "Fail at startup when `JWT_SECRET` is not set."),
            F("CARD-XSS-NOTE", "High", "Cross-Site Scripting", "Stored XSS via Donor Note on Puzzle Card",
              "Escape the donor note with `esc()`."),
            F("CARD-XSS-PHOTO", "Medium", "Cross-Site Scripting", "Unescaped Box Photo Name in Image Attribute",
              "Escape or URL-encode `box_photo` before placing it in the `src` attribute.",
              desc="A box photo name containing a double quote can add event-handler attributes to the image tag."),
            F("BOX-TRAVERSAL", "High", "Path Traversal", "Path Traversal in Box Photo Endpoint",
              "Normalize the path and verify it stays under `BOX_PHOTO_DIR`.", d=-1, sd=-1, n=2),
            F("ERROR-STACK-LEAK", "Medium", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error body.", d=-2),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            U({"severity": "Low", "category": "Maintainability", "description": "All routes live in one file; consider routers."}),
            F("MEET-SIGNUP-RACE", "High", "Race Condition", "Race Condition in Swap Meet Signup",
              "Use a transaction with row locking.", sd=-2, n=3),
            F("LOAN-DOUBLE-BORROW", "High", "Race Condition", "Race Condition Allows Double Lending",
              "Perform the status check and update atomically.", sd=-2, n=3,
              desc="Two concurrent loan requests can both read status `shelf` before either updates it."),
            F("OVERDUE-SLICE-DROPS", "Medium", "Logic Error", "Overdue Pagination Drops One Loan per Page",
              "Remove the `- 1` from the slice end."),
            F("DONATION-PIECES-UNCHECKED", "Low", "Input Validation", "Piece Count Not Validated on Donation",
              "Require a positive integer piece count."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("TOKEN-IN-QUERY", "warning", "security", "token read from query string", "header only"),
            F("JWT-NOT-VERIFIED", "error", "security", "jwt.decode doesn't verify signature", "jwt.verify"),
            F("RETURN-NOT-OWNER", "error", "security", "return route has no owner check", "filter by member_id"),
            F("MISSING-PIECE-ZERO", "warning", "bug", "piece 0 accepted in missing report", "n < 1", d=-1),
            F("DONATION-GRADE-OBO", "warning", "", "grade == GRADES.length passes validation", ">= not >"),
            F("MEET-SIGNUP-RACE", "warning", "bug", "meet signup not atomic, concurrent signups overbook", "tx + lock", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: member tokens are decoded, not verified.
        2. Injection: SQL in search, shell in meet notifications, HTML in puzzle cards.
        3. Validation: loan length, piece numbers, donation grades and piece counts.
        4. Reliability: unknown loans crash the return handler; errors leak stack traces.
        5. Performance: overdue paging in memory.
        """,
        Block([
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection in the puzzle search query",
              "Use parameter placeholders for the search text.", conf=0.9),
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT tokens are decoded without signature verification",
              "Use jwt.verify with the secret.", d=-1, conf=0.9),
            F("NOTIFY-SHELL", "blocker", "security", "Command injection in meet notification",
              "Do not build shell commands from user input.", d=-1, conf=0.85),
            F("CARD-XSS-NOTE", "major", "security", "Cross-site scripting in puzzle card donor note",
              "Escape all user-supplied fields.", conf=0.8),
            F("ERROR-STACK-LEAK", "major", "security", "Stack trace exposure in error handler",
              "Do not send err.stack to clients.", conf=0.8),
            F("RETURN-UNKNOWN-CRASH", "major", "reliability", "Loan return crashes when the loan does not exist",
              "Check rows.length before use.", conf=0.8),
            F("LOAN-WEEKS-UNCHECKED", "major", "correctness", "Loan duration is not validated against MAX_LOAN_WEEKS",
              "Validate weeks.", conf=0.8),
            F("MISSING-PIECE-ZERO", "minor", "correctness", "Piece number 0 passes validation",
              "Piece numbers start at 1.", conf=0.7),
            F("MISSING-DUPES-COUNTED", "minor", "correctness", "Duplicate missing pieces are double counted",
              "Deduplicate the reported piece numbers.", conf=0.6),
            F("DONATION-GRADE-OBO", "major", "correctness", "Off-by-one in donation grade validation",
              "Use >= GRADES.length.", d=+3, conf=0.8),
            F("DONATION-PIECES-UNCHECKED", "minor", "correctness", "Donation piece count is not validated",
              "Require a positive integer.", conf=0.6),
            F("MEET-CAPACITY-OBO", "major", "correctness", "Swap meet capacity off by one",
              "Use >= when comparing with capacity.", conf=0.8),
            F("OVERDUE-IN-MEMORY", "minor", "performance", "Overdue list is paginated in memory",
              "Paginate in SQL.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 6 major, 4 minor"),
    ]),
}
