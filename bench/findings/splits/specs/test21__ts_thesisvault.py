"""test21/ts-thesisvault: a university thesis submission portal (TypeScript, Express + pg). Frozen test split.

Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's
answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' "
    "data. Frozen test split (test21): seeded problems in a small thesis submission portal; five agents' answers "
    "written by hand. Scored exactly once, never tuned on."
)

S = "src/server.ts"
PROBLEMS = {
    "WEAK-SECRET-DEFAULT": P(S, 'const JWT_SECRET = process.env.JWT_SECRET || "thesis-portal-dev-secret";', "security", "JWT secret falls back to a constant in the source: tokens forgeable when the env var is missing"),
    "SIM-SECRET-EMPTY": P(S, 'const SIM_SECRET = process.env.SIMILARITY_SECRET ?? "";', "security", "similarity webhook secret defaults to '': anyone can compute a valid HMAC"),
    "JWT-IGNORE-EXPIRATION": P(S, "ignoreExpiration: true", "security", "jwt.verify with ignoreExpiration: expired session tokens are accepted forever"),
    "UPLOAD-NO-LIMIT": P(S, 'const upload = multer({ dest: "/tmp/thesisvault-incoming" });', "performance", "multer without limits: any authenticated user can fill the disk (extra, one agent)"),
    "OPEN-REDIRECT": P(S, "res.redirect(next);", "security", "next query parameter used as the redirect target after sign-in (open redirect)", "source-vs-sink"),
    "COOKIE-FLAGS": P(S, 'res.cookie("session", jwt.sign(user, JWT_SECRET', "security", "session cookie set without secure/sameSite"),
    "SORT-SQLI": P(S, "ORDER BY ${sort} LIMIT 50", "security", "sort query parameter interpolated into ORDER BY", "source-vs-sink"),
    "SEARCH-UNPUBLISHED": P(S, "ORDER BY ${sort} LIMIT 50", "security", "public search has no status filter: drafts and rejected theses are listed (extra, one agent)"),
    "PDFINFO-SHELL": P(S, 'exec(`pdfinfo "${file}"`', "security", "uploaded file path (user-chosen file name) run through a shell by exec", "signature-vs-statement"),
    "PAGES-DEFAULT-ZERO": P(S, "resolve(m ? Number(m[1]) : 0);", "bug", "page count 0 when pdfinfo prints no Pages line: the page limit is bypassed (extra, one agent)"),
    "COHORT-SQLI": P(S, "SELECT * FROM cohorts WHERE dept = '${dept}' AND year = ${year}", "security", "year from the request body interpolated into the cohort query", "signature-vs-statement"),
    "VERSION-IDOR": P(S, "if (!thesis || !req.file) return res.status(404)", "security", "no ownership check: any signed-in user uploads versions to anyone's thesis"),
    "UPLOAD-PATH-TRAVERSAL": P(S, "fs.renameSync(req.file.path, dest);", "security", "fileName from the form joined into the store path: ../ writes anywhere", "source-vs-sink"),
    "PAGE-LIMIT-INCLUSIVE": P(S, "if (pages >= thesis.max_pages) {", "bug", ">= rejects a thesis of exactly max_pages pages", "off-by-one"),
    "GRACE-UNITS": P(S, "cohort.grace_days * 86400;", "bug", "grace days multiplied by 86400 (seconds) and added to milliseconds: the grace period is ~86 s per day"),
    "VERSION-RACE": P(S, "const version = prev.rows[0].v + 1;", "bug", "MAX(version)+1 then INSERT without a transaction or lock: concurrent uploads get the same version", "critical-section"),
    "APPROVE-NOT-ASSIGNED": P(S, "UPDATE theses SET status = 'approved', approved_by = $1 WHERE id = $2", "security", "any supervisor (or registry) can approve any thesis, not only their own students'", "signature-vs-statement"),
    "APPROVE-STATUS-UNCHECKED": P(S, "UPDATE theses SET status = 'approved', approved_by = $1 WHERE id = $2", "bug", "approval does not check the current status: withdrawn or rejected theses become approved"),
    "FEEDBACK-IDOR": P(S, 'SELECT author, body FROM feedback WHERE thesis_id = $1', "security", "any signed-in user reads the feedback on any thesis"),
    "FEEDBACK-XSS": P(S, "<li><b>${r.author}</b>: ${r.body}</li>", "security", "feedback author/body put into HTML unescaped (stored XSS)"),
    "WEBHOOK-BODY-PARSED": P(S, '.update(req.body).digest("hex");', "bug", "express.json() runs first, so req.body is an object, not the raw Buffer: HMAC update throws / signature never matches"),
    "WEBHOOK-SIG-TIMING": P(S, "if (signature !== expected) return res.status(401).end();", "security", "webhook signature compared with !== (not constant time)"),
    "COMMITTEE-LOOP": P(S, "for (let i = 1; i < members.length; i++) {", "bug", "conflict-of-interest loop starts at 1: the first committee member is never checked", "off-by-one"),
    "DEFENCE-ANY-USER": P(S, 'app.post("/defences", auth,', "security", "any signed-in user (students too) can book defence rooms (extra, one agent)"),
    "DEFENCE-EXACT-KEY": P(S, "const key = `${room}@${start}`;", "bug", "bookings keyed by exact start string: overlapping 90-minute defences in one room are not detected"),
    "DEFENCE-DOUBLE-BOOK": P(S, "const free = await committeeAvailable(thesisId, start);", "bug", "has() check, await, then set(): two requests book the same room and slot", "critical-section"),
    "ERROR-STACK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("WEAK-SECRET-DEFAULT", "SIM-SECRET-EMPTY"),
    ("OPEN-REDIRECT", "COOKIE-FLAGS"),
    ("SORT-SQLI", "SEARCH-UNPUBLISHED"),
    ("PDFINFO-SHELL", "PAGES-DEFAULT-ZERO"),
    ("VERSION-IDOR", "UPLOAD-PATH-TRAVERSAL"),
    ("UPLOAD-PATH-TRAVERSAL", "PAGE-LIMIT-INCLUSIVE"),
    ("GRACE-UNITS", "VERSION-RACE"),
    ("APPROVE-NOT-ASSIGNED", "APPROVE-STATUS-UNCHECKED"),
    ("FEEDBACK-IDOR", "FEEDBACK-XSS"),
    ("WEBHOOK-BODY-PARSED", "WEBHOOK-SIG-TIMING"),
    ("DEFENCE-DOUBLE-BOOK", "DEFENCE-EXACT-KEY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `src/server.ts` is the whole portal: SSO sign-in, public search, thesis versions, approval, feedback,
        the similarity webhook, committees and defence bookings.

        | Priority | Area | Why |
        |---|---|---|
        | P0 | search, cohort lookup, upload | SQL injection, shell execution and arbitrary file writes |
        | P0 | auth | expired tokens never rejected; a hard-coded fallback secret |
        | P1 | approval, versions, feedback | missing ownership checks; stored XSS |
        | P1 | versions, defences | check-then-act races |
        | P2 | deadlines, limits, committee check | unit and boundary mistakes |
        """,
        Block([
            F("SORT-SQLI", "critical", "security", "SQL injection through `sort` in `/theses/search`",
              "Map `sort` to an allow-list of column names; identifiers cannot be bound as parameters.",
              symbol="GET /theses/search", conf=0.95),
            F("SEARCH-UNPUBLISHED", "medium", "security", "Public search lists unpublished theses",
              "The query has no `status = 'approved'` filter, so drafts and rejected theses (title and author) are visible without signing in.",
              symbol="GET /theses/search", conf=0.6),
            F("COHORT-SQLI", "critical", "security", "`loadCohort` builds SQL from the request's `year`",
              "Use `WHERE dept = $1 AND year = $2` with parameters; `year` comes straight from `req.body`.",
              d=-1, symbol="loadCohort", conf=0.9),
            F("PDFINFO-SHELL", "high", "security", "`countPages` runs `pdfinfo` through a shell",
              "The path contains the user-chosen file name; a name with `\"` or `$(...)` executes commands. Use `execFile(\"pdfinfo\", [file])`.",
              symbol="countPages", conf=0.9),
            F("UPLOAD-PATH-TRAVERSAL", "high", "security", "Upload destination built from `req.body.fileName`",
              "Use `path.basename` (or a generated name) and check the resolved path stays under `STORE`.",
              d=-1, symbol="POST /theses/:id/versions", conf=0.9),
            F("VERSION-IDOR", "high", "security", "Students can upload versions to theses that are not theirs",
              "Check `thesis.student_id === user.id` before accepting the file.",
              d=-1, symbol="POST /theses/:id/versions", conf=0.8),
            F("JWT-IGNORE-EXPIRATION", "high", "security", "`auth` accepts expired tokens",
              "Remove `ignoreExpiration: true`; the 8h `expiresIn` set at sign-in is otherwise meaningless.",
              symbol="auth", conf=0.9),
            F("WEAK-SECRET-DEFAULT", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at start-up when `JWT_SECRET` is missing instead of signing with a string that is in the repository.",
              conf=0.85),
            F("OPEN-REDIRECT", "medium", "security", "Open redirect after SSO sign-in",
              "Accept only relative paths for `next` (starts with `/`, not `//`).", symbol="GET /sso/callback", conf=0.8),
            F("APPROVE-NOT-ASSIGNED", "high", "security", "Any supervisor can approve any thesis",
              "Add `AND supervisor_id = $3` (registry excepted) and check `rowCount`.",
              symbol="POST /theses/:id/approve", conf=0.85),
            F("APPROVE-STATUS-UNCHECKED", "medium", "bug", "Approval ignores the thesis's current status",
              "Only move `submitted` theses to `approved` (`AND status = 'submitted'`).",
              symbol="POST /theses/:id/approve", conf=0.65),
            F("FEEDBACK-XSS", "high", "security", "Stored XSS in the feedback page",
              "HTML-escape `author` and `body`, or render on the client with `textContent`.",
              symbol="GET /theses/:id/feedback.html", conf=0.9),
            F("FEEDBACK-IDOR", "medium", "security", "Feedback readable by any signed-in user",
              "Restrict to the student, their supervisor, the committee and the registry.",
              symbol="GET /theses/:id/feedback.html", conf=0.75),
            F("WEBHOOK-BODY-PARSED", "high", "bug", "Similarity webhook never sees the raw body",
              "`app.use(express.json())` parses the JSON before the route's `express.raw`, so `req.body` is an object and `update()` throws. Mount the webhook before `express.json()`.",
              symbol="POST /webhooks/similarity", conf=0.7),
            F("VERSION-RACE", "medium", "bug", "Version numbers can repeat under concurrent uploads",
              "Compute the version inside the INSERT (`SELECT COALESCE(MAX(version),0)+1 ...`) with a unique constraint on `(thesis_id, version)`, or lock the thesis row.",
              d=-1, symbol="POST /theses/:id/versions", conf=0.75),
            F("GRACE-UNITS", "medium", "bug", "Grace period computed in seconds, compared in milliseconds",
              "`grace_days * 86400` is added to a `getTime()` value; use `86_400_000`.",
              symbol="POST /theses/:id/versions", conf=0.85),
            F("PAGE-LIMIT-INCLUSIVE", "low", "bug", "Page limit rejects a thesis of exactly `max_pages` pages",
              "Use `pages > thesis.max_pages`.", symbol="POST /theses/:id/versions", conf=0.7),
            F("COMMITTEE-LOOP", "medium", "bug", "Conflict-of-interest check skips the first committee member",
              "Start the loop at 0 (or use `members.some(...)`).", symbol="POST /committees/:thesisId", conf=0.85),
            F("DEFENCE-DOUBLE-BOOK", "medium", "bug", "Room booking is check-then-set across an `await`",
              "Two requests pass `has(key)` while `committeeAvailable` is pending and both book. Reserve the key before awaiting, or use a DB constraint.",
              symbol="POST /defences", conf=0.75),
            F("DEFENCE-EXACT-KEY", "medium", "bug", "Overlapping defences in one room are not detected",
              "The key is the exact start string, so 10:00 and 10:30 do not collide; store intervals and check overlap.",
              symbol="POST /defences", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts (208 lines) — 15 findings, highest severity first. tsc was not run.",
        Block([
            F("SORT-SQLI", "critical", "security", "ORDER BY built from req.query.sort", "Whitelist sort keys.", d=-2),
            F("COHORT-SQLI", "critical", "security", "SQL injection in loadCohort via body.year", "Bind parameters."),
            F("PDFINFO-SHELL", "high", "security", "countPages shells out with an attacker-influenced path",
              "execFile.", d=-2),
            F("UPLOAD-PATH-TRAVERSAL", "high", "security", "req.body.fileName used as a path component",
              "basename / generated names.", d=-2),
            F("APPROVE-NOT-ASSIGNED", "high", "security", "approve: role check only, no supervisor ownership",
              "Filter by supervisor_id.", d=-3),
            F("JWT-IGNORE-EXPIRATION", "high", "security", "Expired JWTs accepted (ignoreExpiration)", "Drop the option."),
            F("SIM-SECRET-EMPTY", "high", "security", "Similarity webhook HMAC key defaults to empty string",
              "Require SIMILARITY_SECRET."),
            F("WEBHOOK-SIG-TIMING", "low", "security", "Non-constant-time signature comparison", "crypto.timingSafeEqual."),
            F("OPEN-REDIRECT", "medium", "security", "Unvalidated next parameter in SSO callback",
              "Relative paths only.", d=-2),
            F("FEEDBACK-XSS", "high", "security", "Feedback HTML not escaped", "Escape."),
            F("VERSION-RACE", "medium", "bug", "MAX(version)+1 is racy", "Unique index + retry."),
            F("GRACE-UNITS", "medium", "bug", "grace_days * 86400 mixes seconds and ms", "* 86_400_000."),
            F("PAGE-LIMIT-INCLUSIVE", "low", "bug", "Exactly max_pages is rejected", "Use >."),
            F("COMMITTEE-LOOP", "medium", "bug", "Loop from i = 1 skips members[0]", "i = 0."),
            F("DEFENCE-DOUBLE-BOOK", "medium", "bug", "Double booking: set happens after an await", "Reserve first.", d=2),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the thesis submission portal. It's an Express application with PostgreSQL and
        JWT-based sessions. Below are the issues I identified, grouped by area.

        **Authentication and Access Control**
        """,
        Block([
            F("JWT-IGNORE-EXPIRATION", "high", "Broken Authentication", "JWT Expiration Is Not Enforced",
              "Remove the `ignoreExpiration` option."),
            F("WEAK-SECRET-DEFAULT", "high", "Broken Authentication", "Hardcoded JWT Secret Fallback",
              "Do not provide a default secret."),
            F("COOKIE-FLAGS", "medium", "Insecure Cookie", "Session Cookie Missing Secure and SameSite Flags",
              "Set `secure: true` and `sameSite: \"lax\"`."),
            F("OPEN-REDIRECT", "medium", "Open Redirect", "Open Redirect in SSO Callback",
              "Validate the `next` parameter."),
            F("APPROVE-NOT-ASSIGNED", "high", "Broken Access Control", "Missing Authorization Check on Thesis Approval",
              "Verify that the user is the assigned supervisor.", d=-1,
              desc="The only check is that the user is not a student, so every supervisor in the university can approve every thesis."),
            F("ERROR-STACK", "medium", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Log the stack server-side and return a generic message."),
        ], wrap="list"),
        """
        **Injection and File Handling**
        """,
        Block([
            F("SORT-SQLI", "critical", "SQL Injection", "SQL Injection in Search Sorting",
              "Use an allow-list for the sort column.",
              desc="The `sort` query parameter is inserted directly into the `ORDER BY` clause."),
            F("COHORT-SQLI", "critical", "SQL Injection", "SQL Injection in Cohort Lookup",
              "Use parameterized queries."),
            F("PDFINFO-SHELL", "high", "Command Injection", "Command Injection via PDF Page Counting",
              "Use `execFile` instead of `exec`.", d=-2),
            F("UPLOAD-PATH-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Thesis Upload",
              "Sanitize the file name."),
            F("FEEDBACK-XSS", "high", "Cross-Site Scripting", "Stored XSS in Feedback Page",
              "Escape HTML output."),
            F("WEBHOOK-SIG-TIMING", "low", "Cryptography", "Timing-Unsafe Signature Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("UPLOAD-NO-LIMIT", "medium", "Denial of Service", "No File Size Limit on Uploads",
              "Configure `limits.fileSize` in multer."),
            U({"severity": "low", "category": "Code Quality", "description": "Consider splitting routes into separate modules."}),
        ], wrap="list"),
        "**Business Logic and Concurrency**",
        Block([
            F("VERSION-RACE", "medium", "Race Condition", "Race Condition in Version Numbering",
              "Use a database sequence or a unique constraint.", d=1),
            F("PAGE-LIMIT-INCLUSIVE", "low", "Business Logic", "Page Limit Check Is Off by One",
              "Use `>` instead of `>=`.", d=1),
            F("COMMITTEE-LOOP", "medium", "Business Logic", "First Committee Member Not Checked for Conflicts",
              "Iterate from index 0.", d=1),
            F("DEFENCE-DOUBLE-BOOK", "medium", "Race Condition", "Race Condition in Defence Room Booking",
              "Make the check and the reservation atomic.", d=-1),
            F("DEFENCE-EXACT-KEY", "medium", "Business Logic", "Overlapping Defence Bookings Allowed",
              "Check time ranges rather than exact start times."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SORT-SQLI", "error", "security", "sql injection via sort param", "allow-list columns"),
            F("PDFINFO-SHELL", "error", "security", "exec with interpolated path", "execFile"),
            F("UPLOAD-PATH-TRAVERSAL", "error", "", "path traversal via fileName", "path.basename"),
            F("APPROVE-NOT-ASSIGNED", "error", "security", "approve does not check supervisor", "check supervisor_id"),
            F("FEEDBACK-XSS", "error", "security", "xss in feedback html", "escape"),
            F("JWT-IGNORE-EXPIRATION", "warning", "security", "expired tokens accepted", "remove ignoreExpiration"),
            F("ERROR-STACK", "warning", "security", "stack trace leaked in 500 response", "hide stack"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("GRACE-UNITS", "warning", "bug", "grace period uses seconds not ms", "86400000"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        The thesis portal has 20 issues:

        1. SQL injection in the search sort and the cohort lookup.
        2. Command injection and path traversal in the upload path.
        3. Session handling: expired tokens, default secret, cookie flags, open redirect.
        4. Authorization gaps in versions, approval, feedback and defence booking.
        5. Races in version numbering and room booking; boundary errors in limits.
        """,
        Block([
            F("SORT-SQLI", "blocker", "security", "SQL injection in search via sort parameter",
              "Whitelist sortable columns.", d=-2, conf=0.9),
            F("COHORT-SQLI", "blocker", "security", "SQL injection in cohort query", "Use $1/$2 placeholders.", conf=0.9),
            F("PDFINFO-SHELL", "major", "security", "Shell command built from file path in countPages",
              "Use execFile with an argument array.", conf=0.85),
            F("PAGES-DEFAULT-ZERO", "minor", "correctness", "Unparseable PDFs count as 0 pages",
              "Reject the upload when the page count cannot be determined.", conf=0.6),
            F("UPLOAD-PATH-TRAVERSAL", "major", "security", "Directory traversal through uploaded file name",
              "Use a server-generated file name.", d=-2, conf=0.85),
            F("VERSION-IDOR", "major", "security", "Missing ownership check when uploading a version",
              "Verify the thesis belongs to the current student.", conf=0.8),
            F("JWT-IGNORE-EXPIRATION", "major", "security", "Token expiry disabled in jwt.verify",
              "Enforce expiration.", conf=0.9),
            F("WEAK-SECRET-DEFAULT", "major", "security", "Default JWT secret in source code",
              "Require the secret from configuration.", conf=0.85),
            F("OPEN-REDIRECT", "minor", "security", "Open redirect via next parameter",
              "Validate redirect targets.", d=-2, conf=0.75),
            F("COOKIE-FLAGS", "minor", "security", "Session cookie lacks secure flag",
              "Add secure and sameSite.", conf=0.7),
            F("APPROVE-NOT-ASSIGNED", "major", "security", "Supervisors can approve theses they do not supervise",
              "Check supervisor_id.", conf=0.8),
            F("APPROVE-STATUS-UNCHECKED", "minor", "correctness", "Approval allowed from any status",
              "Require status = 'submitted'.", conf=0.6),
            F("FEEDBACK-IDOR", "major", "security", "Insecure direct object reference on feedback",
              "Check the user's relation to the thesis.", conf=0.75),
            F("FEEDBACK-XSS", "major", "security", "Cross-site scripting in feedback rendering",
              "Escape output.", conf=0.85),
            F("WEBHOOK-BODY-PARSED", "major", "correctness", "HMAC computed over parsed JSON instead of raw body",
              "Register the raw parser before express.json().", conf=0.6),
            F("VERSION-RACE", "major", "concurrency", "Concurrent uploads can produce duplicate version numbers",
              "Use a transaction with a lock or a unique constraint.", conf=0.8),
            F("PAGE-LIMIT-INCLUSIVE", "minor", "correctness", "Off-by-one in maximum page check",
              "Allow pages equal to max_pages.", conf=0.7),
            F("COMMITTEE-LOOP", "major", "correctness", "Committee conflict check ignores the first member",
              "Start at index 0.", conf=0.85),
            F("DEFENCE-ANY-USER", "minor", "security", "Any authenticated user can book a defence",
              "Restrict to registry staff.", conf=0.6),
            F("DEFENCE-DOUBLE-BOOK", "major", "concurrency", "Race condition in room booking",
              "Use a database unique constraint on (room, start).", conf=0.75),
        ], wrap="object+summary", summary="20 issues: 2 blocker, 12 major, 6 minor"),
    ]),
}
