"""test10/ts-kanban: a kanban/project-board API with realtime updates (TypeScript, Express 4 + pg + ws).

Tenth frozen test split; labels next to each finding. Written 2026-12-02 by a helper session that had not seen the
merger code, its results or any other split's answers/specs (apart from specs/tune2__ts_webhooks.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' data. "
    "Frozen test split (test10): seeded problems in a small kanban board API with websocket updates; five agents' answers written by hand."
)

S = "src/server.ts"
SE = "src/session.ts"
R = "src/realtime.ts"
D = "src/db.ts"
PROBLEMS = {
    "WEAK-SID": P(SE, "const sid = Math.random().toString(36).slice(2);", "security", "session id from Math.random(): predictable, not a CSPRNG (crypto.randomBytes expected)", "signature-vs-statement"),
    "EXPIRY-UNITS": P(SE, "sessions.set(sid, { userId, expires: Date.now() + WEEK });", "bug", "WEEK is in seconds but added to Date.now() milliseconds: sessions expire after about ten minutes"),
    "SESSION-NEVER-PRUNED": P(SE, "if (!s || s.expires < Date.now())", "performance", "extra, one agent: expired sessions are rejected but never deleted; the in-memory map only grows"),
    "WS-NO-AUTH": P(R, "rooms.get(board)!.add(ws);", "security", "websocket joins the board named in the query string with no session or membership check", "source-vs-sink"),
    "WS-LEAK": P(R, "rooms.get(board)!.add(ws);", "bug", "sockets never removed from the room on close: the set grows and broadcasts write to dead sockets"),
    "WS-SPOOF": P(R, 'ws.on("message", (data) => broadcast(board, JSON.parse(data.toString())));', "security", "any client message is rebroadcast verbatim to the board: clients forge created/moved/deleted events"),
    "WS-PARSE-CRASH": P(R, 'ws.on("message", (data) => broadcast(board, JSON.parse(data.toString())));', "bug", "JSON.parse of a client frame throws inside the listener: one malformed message crashes the process"),
    "UNREAD-RACE": P(D, "const current = unread.get(userId) ?? (await loadUnread(userId));", "concurrency", "get, await, set on the unread map: concurrent bumps read the same value and lose increments", "critical-section"),
    "SQLI-Q": P(S, "AND title ILIKE '%${q}%' ORDER BY ${sort}`", "security", "q query parameter interpolated into the ILIKE pattern (SQL injection)", "source-vs-sink"),
    "SQLI-SORT": P(S, "AND title ILIKE '%${q}%' ORDER BY ${sort}`", "security", "sort query parameter interpolated into ORDER BY (SQL injection)", "source-vs-sink"),
    "BOARD-NOT-MEMBER": P(S, "AND title ILIKE '%${q}%' ORDER BY ${sort}`", "security", "card listing checks login only: any user reads any board's cards (no membership check)", "signature-vs-statement"),
    "DUP-NUMBER": P(S, "const number = rows[0].n + 1;", "concurrency", "MAX(number)+1 then INSERT without a transaction or unique constraint: concurrent creates get the same card number", "critical-section"),
    "MOVE-RACE": P(S, "cards.splice(position, 0, { id: req.params.id });", "concurrency", "column read, reordered in memory and rewritten row by row without a transaction or lock: concurrent moves interleave positions", "critical-section"),
    "MOVE-POSITION-UNCHECKED": P(S, "cards.splice(position, 0, { id: req.params.id });", "bug", "position from the body not validated: negative values splice from the end, strings/NaN insert at 0"),
    "MOVE-OFF-BY-ONE": P(S, "for (let i = 0; i <= cards.length; i++) {", "bug", "i <= cards.length reads cards[cards.length].id: TypeError after the last update, the move answers 500", "off-by-one"),
    "DELETE-IDOR": P(S, 'await db.query("DELETE FROM cards WHERE id = $1", [req.params.id]);', "security", "any logged-in user deletes any card: no board membership check", "signature-vs-statement"),
    "DELETE-BROADCAST-BOARD": P(S, 'broadcast(String(req.query.board), { type: "deleted"', "security", "deletion event sent to the board named in the query string, not the card's board: leaks ids / spoofs other boards"),
    "INVITE-NOT-OWNER": P(S, 'await db.query("INSERT INTO members (board_id, user_id, role) VALUES ($1, $2, $3)"', "security", "any user adds members to any board: no check that the caller owns or administers it", "signature-vs-statement"),
    "ROLE-FROM-BODY": P(S, 'await db.query("INSERT INTO members (board_id, user_id, role) VALUES ($1, $2, $3)"', "security", "role taken from the request body unchecked: a caller can add themselves as owner", "source-vs-sink"),
    "SSRF": P(S, "const page = await fetch(target);", "security", "link preview fetches any URL from the body: internal services and metadata endpoints reachable (SSRF)", "source-vs-sink"),
    "UNBOUNDED-BODY": P(S, "const html = await page.text();", "performance", "whole response body read into memory with no size limit or timeout"),
    "PAGE-OFFSET": P(S, 'ORDER BY at DESC LIMIT $2 OFFSET $3", [req.params.id, per, page * per]);', "bug", "page starts at 1 but OFFSET is page * per: the newest page of activity is never returned", "off-by-one"),
    "MORE-NEVER": P(S, "res.json({ page, items: rows, more: rows.length > per });", "bug", "LIMIT per returns at most per rows, so rows.length > per is never true: more is always false", "off-by-one"),
    "XSS-CARD": P(S, "const items = cards.map((c) => `<li>${c.title} (${c.assignee", "security", "card title and assignee inserted into the print page HTML unescaped (stored XSS)"),
    "XSS-BOARD": P(S, "res.send(`<html><body><h1>${board.name}</h1>", "security", "board name inserted into the print page HTML unescaped (stored XSS)"),
    "PRINT-MISSING-BOARD": P(S, "res.send(`<html><body><h1>${board.name}</h1>", "bug", "extra, one agent: unknown board id leaves board undefined; board.name throws in an async handler Express 4 does not catch, so the request hangs"),
    "REMIND-REPEAT": P(S, "FROM cards WHERE due_at < now() + interval '1 day'\");", "bug", "reminder query has no sent flag and no done/lower bound: every due or long-overdue card is mailed again every minute"),
    "MAIL-UNHANDLED": P(S, "for (const c of rows) sendMail(c.assignee_email,", "bug", "sendMail promise neither awaited nor caught: a mail API failure is an unhandled rejection (process exit on Node >= 15)"),
}

CONFUSABLE = [
    ("WEAK-SID", "EXPIRY-UNITS"),
    ("WS-NO-AUTH", "WS-LEAK"),
    ("WS-SPOOF", "WS-PARSE-CRASH"),
    ("WS-LEAK", "WS-SPOOF"),
    ("SQLI-Q", "SQLI-SORT"),
    ("SQLI-Q", "BOARD-NOT-MEMBER"),
    ("SQLI-SORT", "BOARD-NOT-MEMBER"),
    ("MOVE-RACE", "MOVE-POSITION-UNCHECKED"),
    ("MOVE-RACE", "MOVE-OFF-BY-ONE"),
    ("DELETE-IDOR", "DELETE-BROADCAST-BOARD"),
    ("INVITE-NOT-OWNER", "ROLE-FROM-BODY"),
    ("SSRF", "UNBOUNDED-BODY"),
    ("PAGE-OFFSET", "MORE-NEVER"),
    ("XSS-CARD", "XSS-BOARD"),
    ("XSS-BOARD", "PRINT-MISSING-BOARD"),
    ("REMIND-REPEAT", "MAIL-UNHANDLED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: kanban board API

        The service authenticates users but rarely authorises them: only the column routes in `boards.ts` check
        board membership, and the websocket endpoint skips authentication entirely. The main themes:

        - **Access control** — card listing, deletion and member invites work on any board for any logged-in user.
        - **Injection** — the card search builds SQL from `q` and `sort`; the print view renders stored text as HTML.
        - **Realtime** — websocket clients can publish arbitrary events to a board, and closed sockets are kept.
        - **Ordering and paging** — the move endpoint overruns its array, and activity paging skips the first page.
        - **Concurrency** — card numbers and column positions are computed read-then-write.
        """,
        Block([
            F("SQLI-SORT", "critical", "security", "SQL injection via `sort` in GET /boards/:id/cards",
              "Map `sort` onto a fixed set of column names before building the query.",
              symbol="GET /boards/:id/cards", conf=0.93),
            F("SQLI-Q", "critical", "security", "SQL injection via the `q` search term",
              "Pass the pattern as a bind parameter: `title ILIKE $2` with `%${q}%` as the value.",
              symbol="GET /boards/:id/cards", conf=0.93),
            F("BOARD-NOT-MEMBER", "high", "security", "Board cards readable by users who are not members",
              "Add a `requireMember` middleware that checks `members` for (board, user) on every board route.",
              d=-2, symbol="GET /boards/:id/cards", conf=0.85),
            F("WS-NO-AUTH", "high", "security", "Websocket subscriptions are unauthenticated",
              "Parse the `sid` cookie from the upgrade request, look up the session and check board membership before joining.",
              symbol="attach", conf=0.88),
            F("WS-SPOOF", "high", "security", "Clients can broadcast forged board events",
              "Do not relay client frames; only the server should publish events after a successful mutation.",
              symbol="attach", conf=0.8),
            F("DELETE-IDOR", "high", "security", "Cards can be deleted by any user",
              "Delete with `WHERE id = $1 AND board_id IN (SELECT board_id FROM members WHERE user_id = $2)`.",
              symbol="DELETE /cards/:id", conf=0.85),
            F("INVITE-NOT-OWNER", "high", "security", "Anyone can add members to any board",
              "Require the caller to be an owner of `req.params.id`.", d=-2, symbol="POST /boards/:id/members", conf=0.85),
            F("XSS-CARD", "high", "security", "Stored XSS in the print view through card titles",
              "Escape `title` and `assignee` (or render with a template engine that escapes).",
              symbol="GET /boards/:id/print", conf=0.86),
            F("SSRF", "medium", "security", "Link previews allow server-side request forgery",
              "Resolve and reject private/loopback/link-local addresses; allow only http(s).", symbol="POST /cards/:id/links", conf=0.78),
            F("MOVE-OFF-BY-ONE", "high", "bug", "`<=` in the reorder loop dereferences past the end of `cards`",
              "Loop with `i < cards.length`.", symbol="POST /cards/:id/move", conf=0.9),
            F("MOVE-RACE", "medium", "concurrency", "Concurrent moves corrupt column positions",
              "Run the read and the updates in one transaction with `SELECT ... FOR UPDATE` on the column.",
              d=-1, sd=-1, n=2, symbol="POST /cards/:id/move", conf=0.72),
            F("PAGE-OFFSET", "medium", "bug", "Activity paging skips the first page",
              "Use `OFFSET (page - 1) * per` or make `page` zero-based.", symbol="GET /boards/:id/activity", conf=0.84),
            F("EXPIRY-UNITS", "medium", "bug", "Sessions expire after ~10 minutes instead of a week",
              "`WEEK` is seconds; use `7 * 24 * 3600 * 1000`.", symbol="createSession", conf=0.82),
            F("WS-LEAK", "medium", "bug", "Closed websockets are never removed from their room",
              "`ws.on(\"close\", () => rooms.get(board)?.delete(ws))`, and drop empty rooms.", symbol="attach", conf=0.8),
            F("DUP-NUMBER", "medium", "concurrency", "Duplicate card numbers under concurrent creation",
              "Use a per-board sequence or `UNIQUE (board_id, number)` and retry.", d=-1, sd=-1, n=2,
              symbol="POST /boards/:id/cards", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/*.ts; findings:",
        Block([
            F("SQLI-Q", "critical", "security", "q from req.query lands inside the ILIKE literal (SQLi)", "bind the pattern as $2", d=-1),
            F("ROLE-FROM-BODY", "high", "security", "members: role comes from req.body (self-grant owner)", "fixed role / owner check", d=-1),
            F("SSRF", "high", "security", "fetch(req.body.url) -> SSRF", "block internal ranges", d=-1),
            F("WEAK-SID", "high", "security", "session ids via Math.random", "crypto.randomBytes(32)", d=-1),
            F("MOVE-OFF-BY-ONE", "medium", "bug", "move loop runs one past the array (cards[i] undefined)", "i < cards.length", d=+1),
            F("MOVE-POSITION-UNCHECKED", "medium", "bug", "position is not validated (negative / non-integer)", "clamp to [0, len]"),
            F("PAGE-OFFSET", "medium", "bug", "activity: page 1 => OFFSET per, first page unreachable", "(page-1)*per", d=-2),
            F("MORE-NEVER", "low", "bug", "`more` can never be true", "LIMIT per+1, then trim"),
            F("UNREAD-RACE", "medium", "bug", "bumpUnread lost update across await", "atomic UPDATE ... RETURNING", d=+1),
            F("DELETE-BROADCAST-BOARD", "medium", "security", "deleted event goes to ?board= instead of the card's board", "use the board_id of the deleted row"),
            F("MAIL-UNHANDLED", "low", "bug", "sendMail() promise dropped -> unhandledRejection", "await / catch"),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the kanban service code in `src/`. It is a compact Express application with a
        websocket layer for live updates. Here is a breakdown of the issues I found, from most to least severe.

        **Authentication and Authorization.** Sessions use a non-cryptographic random source and nothing checks
        board membership. **Injection.** Several endpoints build SQL or HTML from user data. **Reliability.**
        Some asynchronous errors are not handled.
        """,
        Block([
            F("SQLI-Q", "Critical", "SQL Injection", "SQL Injection in Card Search",
              "Use parameterized queries.", d=+1, sd=0,
              desc="The `q` parameter is embedded directly into the `ILIKE` clause."),
            F("WEAK-SID", "High", "Broken Authentication", "Insecure Session Identifier Generation",
              "Use `crypto.randomUUID()` or `crypto.randomBytes`."),
            F("WS-NO-AUTH", "High", "Broken Access Control", "Unauthenticated WebSocket Board Subscription",
              "Authenticate the upgrade request.", d=-2,
              desc="The board id is read from the query string and the socket is added to that board's room without any check."),
            F("WS-PARSE-CRASH", "High", "Denial of Service", "Unhandled JSON.parse in WebSocket Message Handler",
              "Wrap the parse in try/catch and close the socket on bad input."),
            F("INVITE-NOT-OWNER", "High", "Broken Access Control", "Missing Authorization on Member Invitation",
              "Verify the caller's role on the board.", d=+1, sd=0),
            F("XSS-BOARD", "High", "Cross-Site Scripting", "Stored XSS via Board Name in Print View",
              "HTML-escape the board name."),
            F("XSS-CARD", "High", "Cross-Site Scripting", "Stored XSS via Card Fields in Print View",
              "HTML-escape card titles and assignees.", d=+1, sd=0),
            U({"severity": "Info", "category": "Best Practice", "suggestion": "Add helmet and a Content-Security-Policy header."}),
            F("SESSION-NEVER-PRUNED", "Low", "Resource Management", "Expired Sessions Are Never Evicted",
              "Delete the entry when it is found expired, and sweep the map periodically.",
              desc="`requireUser` rejects an expired session but leaves it in the `sessions` map, which grows for the life of the process."),
            F("UNBOUNDED-BODY", "Medium", "Denial of Service", "Unbounded Response Body in Link Preview",
              "Limit the bytes read and set a timeout with `AbortSignal.timeout`."),
            F("DUP-NUMBER", "Medium", "Race Condition", "Race Condition in Card Number Assignment",
              "Use a database sequence.", d=+1, sd=+1,
              desc="Two requests can read the same MAX(number) before either inserts."),
            F("REMIND-REPEAT", "Medium", "Logic Error", "Due-Date Reminders Resent Every Minute",
              "Record when a reminder was sent and exclude completed cards."),
            F("MORE-NEVER", "Low", "Logic Error", "Pagination `more` Flag Is Always False",
              "Fetch one extra row to detect further pages.", d=-1, sd=0),
        ], indent=4),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("SQLI-SORT", "critical", "security", "sql injection in card list (sort)", "allow-list"),
            F("DELETE-IDOR", "high", "security", "delete card has no permission check", "check membership", d=-1),
            F("WS-SPOOF", "high", "security", "ws relays client messages to everyone", "server-side events only"),
            F("MOVE-RACE", "medium", "", "card move not transactional", "BEGIN/COMMIT", d=+2),
            F("SSRF", "high", "security", "ssrf in link preview", "validate url"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        ## Summary
        1. SQL injection in the card list endpoint.
        2. Missing authorization on board routes (delete, invite, list).
        3. Realtime channel accepts unauthenticated clients and never cleans up sockets.
        4. Several off-by-one errors in move and paging logic.
        5. Race conditions on unread counters and card positions.
        6. Print view is vulnerable to XSS and crashes for unknown boards.
        """,
        Block([
            F("SQLI-Q", "blocker", "security", "SQL injection through search term", "Use bind parameters.", conf=0.9),
            F("SQLI-SORT", "blocker", "security", "SQL injection through sort column", "Whitelist sort columns.", d=-1, conf=0.85),
            F("BOARD-NOT-MEMBER", "major", "security", "Card list is not restricted to board members",
              "Check membership before querying.", conf=0.75),
            F("INVITE-NOT-OWNER", "major", "security", "No authorization when adding board members", "Check owner role.", conf=0.8),
            F("ROLE-FROM-BODY", "major", "security", "Privilege escalation via role in request body",
              "Ignore client-supplied role; default to member.", conf=0.75),
            F("DELETE-IDOR", "major", "security", "Card deletion without ownership check", "Verify membership.", conf=0.8),
            F("WS-LEAK", "major", "resource-leak", "WebSocket connections are never removed from rooms",
              "Handle the close event.", d=+1, conf=0.75,
              desc="There is no `close` listener, so every socket that ever joined stays in the room's Set and `broadcast` keeps calling `send` on it."),
            F("WS-NO-AUTH", "major", "security", "WebSocket clients join any board without authentication",
              "Validate the session cookie during the upgrade.", d=-2, conf=0.8),
            F("MOVE-OFF-BY-ONE", "major", "correctness", "Off-by-one in card reordering loop", "Use < instead of <=.", conf=0.85),
            F("PAGE-OFFSET", "minor", "correctness", "Activity pagination offset is off by one page", "Subtract one from page.", conf=0.7),
            F("UNREAD-RACE", "minor", "concurrency", "Lost updates in unread counter", "Use an atomic increment.", conf=0.7),
            F("MOVE-RACE", "minor", "concurrency", "Concurrent card moves can produce duplicate positions",
              "Serialize moves per column.", d=-1, conf=0.65),
            F("XSS-BOARD", "major", "security", "Cross-site scripting in print view (board name)",
              "Escape HTML before interpolation.", conf=0.75),
            F("PRINT-MISSING-BOARD", "minor", "reliability", "Print view crashes when the board does not exist",
              "Return 404 when the board query returns no row.", conf=0.6),
            F("EXPIRY-UNITS", "minor", "correctness", "Session expiry uses seconds where milliseconds are expected",
              "Multiply by 1000.", conf=0.7),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 8 major, 5 minor"),
    ]),
}
