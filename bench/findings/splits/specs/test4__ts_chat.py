"""test4/ts-chat: a chat and push-notification backend on Express + Postgres (TypeScript). FROZEN test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits5) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Frozen test split test4: seeded problems in a small chat "
    "backend (login, rooms, message history, transcripts, avatars, unread counters, push fan-out); five agents' answers by hand."
)

SRV = "src/server.ts"
AUTH = "src/auth.ts"
ROOMS = "src/rooms.ts"
NOTIFY = "src/notify.ts"

PROBLEMS = {
    "LOGIN-SHA1": P(SRV, "user.password_hash !== sha1(", "security", "passwords stored and checked as unsalted SHA-1"),
    "LOGIN-WEAK-TOKEN": P(SRV, "Math.random().toString(36)", "security", "session token from Math.random(): predictable, short"),
    "HISTORY-NOT-MEMBER": P(SRV, "const roomId = req.params.id;", "security", "GET /rooms/:id/messages has requireUser but not requireMember: any user reads any room's history", "signature-vs-statement"),
    "HISTORY-SQLI": P(SRV, "sent_at < ${before}", "security", "`before` query value interpolated into the SQL", "source-vs-sink"),
    "HISTORY-LIMIT": P(SRV, "sent_at < ${before}", "performance", "`limit` taken from the query without a cap: one request pulls the whole history"),
    "XSS-NAME": P(SRV, "<h1>Transcript of ${rows[0].name}", "security", "room name inserted into the transcript HTML unescaped"),
    "XSS-MSG": P(SRV, "<p><b>${m.author}</b>", "security", "message author and text inserted into the transcript HTML unescaped (stored XSS)"),
    "AVATAR-SSRF": P(SRV, "const image = await fetch(source);", "security", "server fetches any URL the user gives (SSRF to internal services, metadata endpoint)", "source-vs-sink"),
    "AVATAR-UNBOUNDED": P(SRV, "Buffer.from(await image.arrayBuffer())", "security", "avatar body read whole with no size or content-type limit: memory exhaustion, arbitrary content stored"),
    "BROADCAST-NO-ADMIN": P(SRV, 'const { rows } = await db.query("SELECT id FROM rooms");', "security", "/admin/broadcast only requires a session, never checks user.admin", "signature-vs-statement"),
    "SESSION-IN-QUERY": P(AUTH, "?? (req.query.session as string)", "security", "session token accepted from the query string (logs, Referer, history)"),
    "SESSION-NO-EXPIRY": P(AUTH, "if (!session) return res.sendStatus(401);", "security", "expiresAt is stored but never checked: sessions never expire"),
    "SEQ-RESTART": P(ROOMS, "const seq = (lastSeq.get(roomId) ?? 0) + 1;", "bug", "sequence counter lives only in memory: after a restart (or on a second instance) seq restarts at 1 and collides with stored messages"),
    "SEQ-RACE": P(ROOMS, 'await db.query("INSERT INTO messages', "bug", "seq read before the await and stored after it: concurrent posts to one room get the same seq", "critical-section"),
    "HISTORY-MEM": P(ROOMS, "  list.push(msg);", "performance", "in-memory history per room grows without bound"),
    "MARKREAD-RACE": P(ROOMS, "UPDATE room_members SET unread = unread - $1", "bug", "count read before the await, reset to 0 after it: messages arriving meanwhile are lost from the unread counter", "critical-section"),
    "RECENT-OBO": P(ROOMS, "i <= list.length; i++", "bug", "`<=` reads one past the end: recent() always ends with undefined (transcript crashes on m.author)", "off-by-one"),
    "MEMBERS-PAGE-OBO": P(ROOMS, "page * PAGE + PAGE - 1", "bug", "slice end is exclusive already: `- 1` drops the last member of every page", "off-by-one"),
    "NOTIFY-AUTHOR": P(NOTIFY, "for (const userId of await members(msg.roomId))", "bug", "fan-out notifies every member including the author of the message"),
    "QUEUE-UNBOUNDED": P(NOTIFY, "queue.push({ userId", "performance", "notification queue unbounded: a slow or down push service grows memory without limit"),
    "FLUSH-STUCK": P(NOTIFY, "await fetch(PUSH_URL", "bug", "a rejected fetch escapes flush() with `flushing` still true: no notification is ever sent again"),
    "PUSH-STATUS": P(NOTIFY, "await fetch(PUSH_URL", "bug", "push response status ignored: a rejected batch (4xx/5xx) is dropped silently, no retry"),
}

CONFUSABLE = [
    ("LOGIN-SHA1", "LOGIN-WEAK-TOKEN"),
    ("HISTORY-NOT-MEMBER", "HISTORY-SQLI"),
    ("HISTORY-SQLI", "HISTORY-LIMIT"),
    ("XSS-NAME", "XSS-MSG"),
    ("AVATAR-SSRF", "AVATAR-UNBOUNDED"),
    ("SESSION-IN-QUERY", "SESSION-NO-EXPIRY"),
    ("SEQ-RESTART", "SEQ-RACE"),
    ("NOTIFY-AUTHOR", "QUEUE-UNBOUNDED"),
    ("FLUSH-STUCK", "PUSH-STATUS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I read `src/server.ts`, `auth.ts`, `rooms.ts`, `notify.ts` and `db.ts`.

        **Summary.** The chat backend has a solid skeleton (membership middleware, parameterised queries in
        most places), but a few routes skip the membership check, one query interpolates request input, and
        the transcript page renders user content as raw HTML. Several pieces of state in `rooms.ts` and
        `notify.ts` are read before an `await` and written after it, which loses updates under load.

        Main themes:
        - **Access control**: message history and admin broadcast.
        - **Injection**: SQL in the history query, stored XSS in the transcript, SSRF in avatar upload.
        - **Auth**: weak password hashing and session tokens; sessions never expire.
        - **State across awaits**: message sequence numbers, unread counters, notification flushing.
        """,
        Block([
            F("HISTORY-NOT-MEMBER", "high", "security", "Message history is readable by non-members",
              "Add `requireMember` to `GET /rooms/:id/messages` like the other room routes.",
              d=-1, symbol="GET /rooms/:id/messages", conf=0.92),
            F("HISTORY-SQLI", "critical", "security", "SQL injection through the `before` query parameter",
              "Pass `before` and `limit` as bind parameters (`$2`, `$3`) and validate them as numbers.",
              symbol="GET /rooms/:id/messages", conf=0.95),
            F("HISTORY-LIMIT", "medium", "performance", "History `limit` is not capped",
              "Clamp `limit` to e.g. 1..200.", d=-1, symbol="GET /rooms/:id/messages", conf=0.7),
            F("XSS-MSG", "high", "security", "Stored XSS in the transcript page",
              "Escape `m.author` and `m.text` (and the room name) before building HTML, or render JSON and escape client-side.",
              symbol="GET /rooms/:id/transcript", conf=0.9),
            F("AVATAR-SSRF", "high", "security", "SSRF: avatar URL fetched server-side without restriction",
              "Allow only https URLs on an allow-listed host set, resolve and reject private addresses, and set a timeout.",
              d=-2, n=3, symbol="POST /me/avatar", conf=0.88),
            F("BROADCAST-NO-ADMIN", "high", "security", "Any logged-in user can broadcast to every room",
              "Check `res.locals.user.admin` before broadcasting.", d=-1, symbol="POST /admin/broadcast", conf=0.93),
            F("LOGIN-SHA1", "high", "security", "Passwords hashed with unsalted SHA-1",
              "Use bcrypt/scrypt/argon2 and compare with a constant-time check.", symbol="POST /login", conf=0.9),
            F("LOGIN-WEAK-TOKEN", "high", "security", "Session tokens come from Math.random()",
              "Use `crypto.randomBytes(32).toString('base64url')`.", symbol="POST /login", conf=0.9),
            F("SESSION-NO-EXPIRY", "medium", "security", "Sessions never expire",
              "`expiresAt` is set at login but `requireUser` never compares it with `Date.now()`.",
              symbol="requireUser", conf=0.85),
            F("SEQ-RACE", "high", "bug", "Concurrent posts to one room get the same `seq`",
              "`seq` is computed before `await db.query(...)` and stored after it, so two requests interleave. "
              "Let the database assign the sequence (per-room counter row with `UPDATE ... RETURNING`).",
              d=-1, n=3, symbol="post", conf=0.85),
            F("MARKREAD-RACE", "medium", "bug", "Unread count reset loses messages that arrive during markRead",
              "Decrement by the count read and only subtract it from the in-memory counter, rather than setting 0.",
              d=-1, n=3, symbol="markRead", conf=0.75),
            F("RECENT-OBO", "high", "bug", "`recent()` reads one element past the end",
              "Use `i < list.length`; the extra `undefined` makes the transcript route throw on `m.author`.",
              symbol="recent", conf=0.9),
            F("FLUSH-STUCK", "high", "bug", "A failed push leaves `flushing = true` forever",
              "Wrap the loop in try/finally; currently one network error stops all notifications until restart.",
              d=-3, n=3, symbol="flush", conf=0.85),
            F("QUEUE-UNBOUNDED", "low", "performance", "Notification queue has no bound",
              "Cap the queue and drop or persist the overflow.", symbol="fanout", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review: 12 issues.",
        Block([
            F("HISTORY-SQLI", "critical", "security", "SQLi: req.query.before interpolated into SELECT",
              "Bind as $2.", d=-2),
            F("HISTORY-NOT-MEMBER", "high", "security", "messages history route lacks requireMember",
              "Add requireMember.", d=-1),
            F("XSS-NAME", "high", "security", "transcript: room name not HTML-escaped",
              "Escape."),
            F("XSS-MSG", "high", "security", "transcript: message author/text not HTML-escaped",
              "Escape."),
            F("AVATAR-SSRF", "high", "security", "avatar fetch of arbitrary user URL (SSRF)",
              "Restrict hosts.", d=-2),
            F("BROADCAST-NO-ADMIN", "critical", "security", "/admin/broadcast has no admin check",
              "Require user.admin.", d=+2, n=2),
            F("LOGIN-WEAK-TOKEN", "high", "security", "Math.random session ids",
              "crypto.randomBytes."),
            F("SESSION-IN-QUERY", "medium", "security", "session token accepted via ?session=",
              "Header only."),
            F("SEQ-RESTART", "medium", "bug", "lastSeq is process-local; restarts/replicas reuse seq numbers",
              "Use a DB sequence."),
            F("SEQ-RACE", "high", "bug", "post(): seq computed before await, set after -> duplicate seq",
              "Serialize per room or use DB.", d=+1),
            F("MEMBERS-PAGE-OBO", "medium", "bug", "membersPage drops last member of each page",
              "slice(page*PAGE, (page+1)*PAGE)."),
            F("PUSH-STATUS", "medium", "bug", "push response never checked; failed batches lost",
              "Check res.ok and requeue."),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the chat backend. The code is well organized, but I identified several
        vulnerabilities and reliability problems, grouped below.

        **Authentication and sessions.** Password hashing and token generation are weak, and the session
        middleware accepts tokens from the URL.

        **Room endpoints.** The transcript page builds HTML by string concatenation, and the avatar endpoint
        fetches arbitrary URLs.

        **Background work.** The notification queue and the in-memory message history have no limits.

        Security findings:
        """,
        Block([
            F("LOGIN-SHA1", "High", "Cryptography", "Weak Password Hashing (SHA-1)",
              "Use a slow, salted password hash such as bcrypt or argon2.",
              desc="Passwords are compared against an unsalted SHA-1 digest, which is trivially brute-forced."),
            F("LOGIN-WEAK-TOKEN", "High", "Cryptography", "Insecure Session Token Generation",
              "Use `crypto.randomBytes`.", d=+1, sd=0),
            F("SESSION-IN-QUERY", "Medium", "Security", "Session Token Exposed in URL",
              "Accept the session token only from the `x-session` header."),
            F("SESSION-NO-EXPIRY", "Medium", "Security", "Session Expiration Not Enforced",
              "Reject sessions whose `expiresAt` is in the past and delete them.", d=-1, n=2),
            F("HISTORY-SQLI", "Critical", "SQL Injection", "SQL Injection in Message History",
              "Use parameterized queries for `before` and `limit`.",
              desc="The `before` query parameter is placed directly into the SQL string with a template literal."),
            F("XSS-NAME", "High", "Cross-Site Scripting", "Cross-Site Scripting in Transcript",
              "HTML-encode the room name before inserting it.",
              desc="`rows[0].name` is inserted into the `<h1>` of the transcript page without escaping."),
            F("AVATAR-SSRF", "High", "Server-Side Request Forgery", "Server-Side Request Forgery in Avatar Upload",
              "Validate the URL and block internal address ranges."),
            F("AVATAR-UNBOUNDED", "Medium", "Denial of Service", "Unbounded Avatar Download",
              "Check `Content-Length` and `Content-Type` and stop reading after a size limit.",
              desc="The whole response body is buffered into memory regardless of its size."),
            U({"severity": "Info", "category": "Code Style",
               "suggestion": "Use a router per resource instead of registering every route in server.ts."}),
        ], wrap="list"),
        "Reliability findings:",
        Block([
            F("HISTORY-MEM", "Medium", "Resource Management", "Unbounded In-Memory Message History",
              "Keep only the last N messages per room, or read transcripts from the database.", d=-1, n=3),
            F("RECENT-OBO", "Medium", "Logic Error", "Off-by-One Error in recent()",
              "Change the loop condition to `i < list.length`.", d=+1,
              desc="The loop pushes `list[list.length]`, which is `undefined`."),
            F("MEMBERS-PAGE-OBO", "Low", "Logic Error", "Incorrect Slice Bounds in membersPage",
              "Remove the `- 1`.", d=-1, n=2),
            F("NOTIFY-AUTHOR", "Low", "Logic Error", "Message Author Receives Own Notification",
              "Skip `msg.author` when building the notification list."),
            F("QUEUE-UNBOUNDED", "Medium", "Resource Management", "Unbounded Notification Queue",
              "Bound the queue.", d=-1, n=2),
            F("FLUSH-STUCK", "High", "Error Handling", "Notification Flushing Can Stop Permanently",
              "Use try/finally to reset `flushing`.",
              desc="If `fetch` rejects, `flush()` exits without resetting the `flushing` flag, so later calls never flush."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Looked at src/. Top issues:",
        Block([
            F("HISTORY-SQLI", "critical", "security", "sql injection via before", "use $2 param"),
            F("XSS-MSG", "high", "security", "xss in transcript messages", "escape html"),
            F("BROADCAST-NO-ADMIN", "high", "security", "broadcast missing admin check", "check user.admin"),
            F("SEQ-RACE", "high", "", "duplicate seq when two messages are posted at once", "let postgres assign seq", d=-1),
            F("RECENT-OBO", "medium", "bug", "recent() off by one, returns undefined", "i < list.length", d=+1),
            F("FLUSH-STUCK", "high", "bug", "flush never resets flushing on error", "try/finally"),
        ]),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Access control gaps on message history and admin broadcast.
        2. Weak session handling (query-string tokens, no expiry, SHA-1 passwords).
        3. Concurrency issues across `await` points in `rooms.ts`.
        4. Boundary errors in `recent` and `membersPage`.
        5. Notification delivery silently drops failures.
        """,
        Block([
            F("HISTORY-NOT-MEMBER", "blocker", "security", "Room history exposed to non-members",
              "Apply requireMember.", d=+3, conf=0.85),
            F("HISTORY-LIMIT", "minor", "performance", "No upper bound on history page size",
              "Cap limit.", conf=0.6),
            F("BROADCAST-NO-ADMIN", "blocker", "security", "Admin broadcast not restricted to admins",
              "Check admin flag.", conf=0.85),
            F("LOGIN-SHA1", "major", "security", "SHA-1 used for password hashing",
              "bcrypt.", conf=0.8),
            F("SESSION-IN-QUERY", "major", "security", "Session id can be passed in query string",
              "Remove query fallback.", conf=0.7),
            F("SESSION-NO-EXPIRY", "major", "security", "Expired sessions are still accepted",
              "Check expiresAt.", conf=0.75),
            F("SEQ-RACE", "major", "concurrency", "Race condition on per-room sequence numbers",
              "Use a DB sequence.", conf=0.8),
            F("MARKREAD-RACE", "major", "concurrency", "markRead resets unread counter after await",
              "Subtract instead of resetting.", d=+1, conf=0.7),
            F("RECENT-OBO", "minor", "correctness", "recent() loop bound off by one",
              "Use <.", conf=0.8),
            F("MEMBERS-PAGE-OBO", "minor", "correctness", "membersPage returns PAGE - 1 items",
              "Drop the - 1.", conf=0.75),
            F("PUSH-STATUS", "major", "reliability", "Push failures are not detected",
              "Check response.ok and retry.", conf=0.65),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 6 major, 3 minor"),
    ]),
}
