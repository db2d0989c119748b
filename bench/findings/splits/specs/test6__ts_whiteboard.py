"""test6/ts-whiteboard: a real-time collaborative whiteboard (TypeScript: Express, ws, Postgres). Frozen test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test6, issue 15) that had not seen the merger code, its "
    "results, the scorer or any other split's answers. Sixth frozen test split: seeded problems in a small "
    "whiteboard backend (REST + WebSocket rooms + snapshots); five agents' answers by hand. Scored exactly once."
)

PROBLEMS = {
    "SEARCH-SQLI": P("src/server.ts", "WHERE title ILIKE '%${q}%'", "security", "search text `q` interpolated into the SQL string", "source-vs-sink"),
    "SEARCH-PRIVATE": P("src/server.ts", "WHERE title ILIKE '%${q}%'", "security", "board search has no owner/public/member filter: lists every private board's id and title"),
    "BOARD-IDOR": P("src/server.ts", "const board = await loadBoard(req.params.id);", "security", "GET /boards/:id returns any board to any logged-in user (canView never called)", "signature-vs-statement"),
    "PNG-CMD": P("src/server.ts", "const png = execSync(`rsvg-convert -w ${width} ${svgPath}`);", "security", "width query parameter interpolated into a shell command", "source-vs-sink"),
    "PNG-BLOCKING": P("src/server.ts", "const png = execSync(`rsvg-convert -w ${width} ${svgPath}`);", "performance", "execSync blocks the event loop for the whole render: every REST call and live room stalls"),
    "IMAGE-SSRF": P("src/server.ts", "const upstream = await fetch(url);", "security", "server fetches any user-supplied URL (internal hosts, metadata endpoint)", "source-vs-sink"),
    "IMAGE-UNBOUNDED": P("src/server.ts", "const bytes = Buffer.from(await upstream.arrayBuffer());", "performance", "whole remote body buffered with no size limit (extra, one agent)"),
    "IMAGE-MIME": P("src/server.ts", 'const mime = upstream.headers.get("content-type") ?? "image/png";', "security", "upstream Content-Type stored and served back from our origin: text/html image = stored XSS"),
    "DELETE-NO-OWNER": P("src/server.ts", 'await pool.query("DELETE FROM boards WHERE id = $1", [req.params.id]);', "security", "any logged-in user deletes any board (no owner check)", "signature-vs-statement"),
    "JWT-NOT-VERIFIED": P("src/auth.ts", "return jwt.decode(token) as Claims | null;", "security", "jwt.decode does not verify the signature (or exp): anyone forges a token for any user", "signature-vs-statement"),
    "INVITE-WEAK": P("src/auth.ts", "const code = Math.random().toString(36).slice(2, 8);", "security", "invite code from Math.random, 6 base-36 chars: guessable/brute-forceable"),
    "INVITE-NO-EXPIRY": P("src/auth.ts", 'await pool.query("INSERT INTO invites (code, board_id)', "security", "invites stored without expiry and never consumed: one leaked code admits anyone forever"),
    "PATH-D-INJECTION": P("src/svg.ts", 'return `<path d="${s.d}"', "security", "path data `d` written into the attribute unescaped: attribute/markup injection in exported SVG"),
    "TEXT-XSS": P("src/svg.ts", "return `<text x=", "security", "text shape content unescaped in the exported SVG: stored XSS (served as image/svg+xml)"),
    "COLOR-INJECTION": P("src/svg.ts", "return `<text x=", "security", "text shapes use s.color without safeColor(): attribute injection through the colour"),
    "ROOM-RACE": P("src/rooms.ts", "const board = await loadBoard(boardId);", "bug", "check-then-await-then-set: two first joins both load the board and the second room replaces the first, whose clients are orphaned", "critical-section"),
    "ROOM-NEVER-EVICTED": P("src/rooms.ts", "rooms.set(boardId, room);", "performance", "rooms (with full history) are never removed from the map when empty"),
    "ROLE-FROM-QUERY": P("src/rooms.ts", 'const role = params.get("role") ?? "viewer";', "security", "editing role chosen by the client in the URL: a viewer connects with role=editor and draws"),
    "ROOM-MEMBERSHIP": P("src/rooms.ts", "const room = await joinRoom(params.get(\"board\")", "security", "WebSocket join never checks canView: any user joins any board's live room"),
    "CLIENTS-LEAK": P("src/rooms.ts", "room.clients.add(ws);", "performance", "no close handler: closed sockets stay in room.clients forever (extra, one agent)"),
    "WS-JSON-CRASH": P("src/rooms.ts", "const msg = JSON.parse(raw.toString());", "bug", "JSON.parse throws inside the message listener: one malformed frame crashes the process"),
    "HISTORY-UNBOUNDED": P("src/rooms.ts", "room.history.push({ ...msg.stroke, author: user.sub });", "performance", "stroke history grows without limit and stroke size is unchecked (memory, snapshot size)"),
    "UNDO-OFF-BY-ONE": P("src/rooms.ts", "room.history.splice(room.history.length - msg.count - 1);", "bug", "splice start is one too low: undo removes count + 1 strokes", "off-by-one"),
    "UNDO-OTHERS": P("src/rooms.ts", "room.history.splice(room.history.length - msg.count - 1);", "bug", "undo removes the newest strokes whoever drew them, and viewers may undo: anyone erases others' work"),
    "SNAPSHOT-RACE": P("src/snapshot.ts", "await fs.writeFile(path.join(dir, `v${version}.json`)", "bug", "version read before the awaits and written after: overlapping snapshots (5 s timer, slow disk) take the same version and overwrite each other", "critical-section"),
    "SNAPSHOT-TORN": P("src/snapshot.ts", "await fs.writeFile(path.join(dir, `v${version}.json`)", "bug", "snapshot written in place, not to a temp file + rename: a crash leaves a truncated snapshot"),
    "SNAPSHOT-UNHANDLED": P("src/snapshot.ts", "for (const room of rooms.values()) snapshot(room);", "bug", "snapshot promise neither awaited nor caught: a disk error is an unhandled rejection that kills the process (extra, one agent)"),
    "PRUNE-SORT": P("src/snapshot.ts", "const files = (await fs.readdir(dir)).sort();", "bug", "lexicographic sort puts v10 before v9: prune deletes the newest snapshots"),
    "PRUNE-OFF-BY-ONE": P("src/snapshot.ts", "const excess = files.length - KEEP_VERSIONS + 1;", "bug", "`+ 1` deletes one file too many: only KEEP_VERSIONS - 1 are kept", "off-by-one"),
}

CONFUSABLE = [
    ("SEARCH-SQLI", "SEARCH-PRIVATE"),
    ("PNG-CMD", "PNG-BLOCKING"),
    ("IMAGE-SSRF", "IMAGE-MIME"),
    ("IMAGE-SSRF", "IMAGE-UNBOUNDED"),
    ("IMAGE-UNBOUNDED", "IMAGE-MIME"),
    ("INVITE-WEAK", "INVITE-NO-EXPIRY"),
    ("TEXT-XSS", "COLOR-INJECTION"),
    ("PATH-D-INJECTION", "TEXT-XSS"),
    ("ROOM-RACE", "ROOM-NEVER-EVICTED"),
    ("ROLE-FROM-QUERY", "ROOM-MEMBERSHIP"),
    ("WS-JSON-CRASH", "HISTORY-UNBOUNDED"),
    ("UNDO-OFF-BY-ONE", "UNDO-OTHERS"),
    ("SNAPSHOT-RACE", "SNAPSHOT-TORN"),
    ("PRUNE-SORT", "PRUNE-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the whiteboard backend: the REST routes in `src/server.ts`, token handling in `src/auth.ts`, the
        SVG renderer, the WebSocket rooms and the snapshot job.

        The most urgent problem is that **authentication does not authenticate**: `userFromToken` uses `jwt.decode`,
        so every check built on it (REST and WebSocket) accepts forged tokens. After that, in priority order:

        1. Injection: SQL in board search, a shell command in PNG export, markup in SVG export.
        2. Authorization gaps: board read, board delete, editor role in the live room.
        3. Live-room state: the first-join race, undo semantics, unbounded history.
        4. Snapshots: concurrent runs clobber each other and pruning deletes the wrong files.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "JWT signature is never verified",
              "Use `jwt.verify(token, SECRET, { algorithms: ['HS256'] })`; `decode` only base64-decodes the payload.",
              symbol="userFromToken", conf=0.97),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in board search (`q`)",
              "Pass `q` as `$1` (`ILIKE '%' || $1 || '%'`).", symbol="GET /boards", conf=0.95),
            F("SEARCH-PRIVATE", "medium", "security", "Board search returns other users' private boards",
              "Filter on `public OR owner_id = $2 OR id IN (SELECT board_id FROM members WHERE user_id = $2)`.",
              symbol="GET /boards", conf=0.75),
            F("BOARD-IDOR", "high", "security", "`GET /boards/:id` skips the `canView` check",
              "Call `canView` as the export routes do.", d=-1, symbol="GET /boards/:id", conf=0.85),
            F("PNG-BLOCKING", "medium", "performance", "`execSync` blocks the event loop during PNG export",
              "Use `execFile` asynchronously (and a worker pool) so live rooms keep running.", symbol="GET /boards/:id/export.png", conf=0.7),
            F("PNG-CMD", "critical", "security", "Command injection through `width` in PNG export",
              "Validate `width` as an integer and use `execFile` with an argument array.", d=-1, n=2,
              symbol="GET /boards/:id/export.png", conf=0.92),
            F("IMAGE-SSRF", "high", "security", "SSRF: image import fetches arbitrary URLs",
              "Allow only https, resolve and reject private ranges, or proxy through an allow-list.", d=-1, n=2,
              symbol="POST /boards/:id/images", conf=0.85),
            F("IMAGE-MIME", "high", "security", "Stored images are served with the remote server's Content-Type",
              "Sniff and allow only image/png, image/jpeg, image/webp; send `X-Content-Type-Options: nosniff`.",
              symbol="POST /boards/:id/images", conf=0.75),
            F("DELETE-NO-OWNER", "high", "security", "Any user can delete any board",
              "Check `owner_id` before deleting.", d=-1, symbol="DELETE /boards/:id", conf=0.88),
            F("TEXT-XSS", "high", "security", "Stored XSS in SVG export via text shapes",
              "Escape `&<>\"'` in `s.text`; an SVG served from our origin runs scripts.", symbol="shapeToSvg", conf=0.85),
            F("ROLE-FROM-QUERY", "high", "security", "Client chooses its own role on the live connection",
              "Derive the role from board membership on the server.", symbol="attachRooms", conf=0.85),
            F("ROOM-RACE", "medium", "bug", "Concurrent first joins create two rooms for one board",
              "Both callers see no room, both await `loadBoard`, and the second `rooms.set` replaces the first: its "
              "clients never get broadcasts again. Store the pending promise in the map before awaiting.",
              d=-2, n=3, symbol="joinRoom", conf=0.75),
            F("UNDO-OFF-BY-ONE", "medium", "bug", "Undo removes one stroke more than requested",
              "`splice(len - count)` removes `count`; the extra `- 1` removes one more.", symbol="attachRooms", conf=0.85),
            F("UNDO-OTHERS", "medium", "security", "Undo deletes other users' strokes",
              "Undo only the caller's own strokes and deny undo to viewers.", symbol="attachRooms", conf=0.7),
            F("INVITE-WEAK", "medium", "security", "Invite codes are short and generated with `Math.random`",
              "Use `crypto.randomBytes(16).toString('base64url')`.", symbol="makeInvite", conf=0.8),
            F("HISTORY-UNBOUNDED", "low", "performance", "Room history grows without bound",
              "Cap strokes per room and validate stroke size.", symbol="attachRooms", conf=0.6),
            F("SNAPSHOT-RACE", "medium", "bug", "Overlapping snapshot runs reuse the same version number",
              "The timer fires every 5 s whether or not the previous run finished; guard with an in-flight flag "
              "per room and bump the version before awaiting.", d=-3, n=2, symbol="snapshot", conf=0.7),
            F("PRUNE-SORT", "medium", "bug", "Snapshot pruning sorts names as strings",
              "`v10.json` sorts before `v9.json`, so the newest files are deleted. Sort by the numeric version.",
              symbol="prune", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of whiteboard (src/): 11 findings.",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "Tokens decoded, not verified", "jwt.verify with secret.", d=-2, symbol="userFromToken"),
            F("SEARCH-SQLI", "critical", "security", "SQLi via req.query.q", "Parameterise.", d=-2),
            F("PNG-CMD", "critical", "security", "Shell injection: width passed to execSync", "execFile + integer check."),
            F("IMAGE-SSRF", "high", "security", "Unrestricted outbound fetch from user URL", "Allow-list hosts.", d=-1),
            F("DELETE-NO-OWNER", "high", "security", "DELETE /boards/:id has no ownership check", "Require owner."),
            F("COLOR-INJECTION", "medium", "security", "shapeToSvg text branch skips safeColor (fill attribute injection)", "Use safeColor(s.color)."),
            F("ROLE-FROM-QUERY", "high", "security", "role read from query string", "Server-side role."),
            F("UNDO-OFF-BY-ONE", "medium", "bug", "undo splices count+1 strokes", "Drop the -1."),
            F("SNAPSHOT-TORN", "low", "bug", "Snapshot not written atomically", "Write temp file then rename."),
            F("PRUNE-OFF-BY-ONE", "low", "bug", "prune keeps KEEP_VERSIONS-1 files", "Remove +1.", d=+1),
            F("INVITE-WEAK", "medium", "security", "Invite codes from Math.random", "crypto.randomBytes."),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the collaborative whiteboard service. It is a compact Express + WebSocket application,
        but the security model has fundamental gaps, and some of the real-time logic is fragile under load.

        ### Authentication & Authorization
        The JWT handling is the root problem: tokens are decoded but not verified. In addition, several routes and
        the WebSocket join do not check whether the user may access the board.

        ### Injection
        SQL, shell and SVG markup are all built by string interpolation.

        ### Reliability
        The WebSocket handler trusts every frame, and the snapshot job can corrupt or delete its own data.

        Here are the detailed findings:
        """,
        Block([
            F("JWT-NOT-VERIFIED", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace jwt.decode with jwt.verify.", d=-2, symbol="userFromToken",
              desc="The `userFromToken` function trusts any token."),
            F("SEARCH-SQLI", "Critical", "SQL Injection", "SQL Injection in Board Search",
              "Use parameterized queries.", d=+1, sd=0),
            F("SEARCH-PRIVATE", "Medium", "Information Disclosure", "Board Search Leaks Private Boards",
              "Restrict search results to boards the user can view."),
            F("PNG-CMD", "Critical", "Command Injection", "OS Command Injection in PNG Export",
              "Never pass request data to a shell.", d=-1,
              desc="`req.query.width` is used unvalidated in the command line given to `execSync`."),
            F("IMAGE-SSRF", "High", "Server-Side Request Forgery", "Server-Side Request Forgery in Image Import",
              "Validate URLs against an allow-list."),
            F("BOARD-IDOR", "High", "Broken Access Control", "Missing Authorization on Board Retrieval",
              "Check canView before returning the board.", d=+2),
            F("ROOM-MEMBERSHIP", "High", "Broken Access Control", "Any Authenticated User Can Join Any Board Room",
              "Check canView in the connection handler before joinRoom."),
            F("TEXT-XSS", "High", "Cross-Site Scripting", "Stored XSS in SVG Export",
              "HTML-escape text content before embedding it in SVG.", d=+1, sd=0),
            F("WS-JSON-CRASH", "Medium", "Denial of Service", "Unhandled JSON Parse Error Crashes Server",
              "Wrap JSON.parse in try/catch and close the socket on bad input."),
            F("ROOM-RACE", "Medium", "Race Condition", "Race Condition When Creating Rooms",
              "Cache the in-flight promise per board.", d=+2,
              desc="Concurrent joins each create a room; the later `rooms.set` overwrites the earlier one."),
            F("ROOM-NEVER-EVICTED", "Low", "Resource Management", "Rooms Are Never Evicted",
              "Delete a room when its last client disconnects."),
            F("SNAPSHOT-RACE", "Medium", "Race Condition", "Concurrent Snapshots Can Overwrite Each Other",
              "Serialize snapshots per room.", d=+1),
            U({"severity": "Low", "category": "Best Practice",
               "suggestion": "Add structured logging and request IDs."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues found in the whiteboard server:",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "jwt.decode instead of jwt.verify", "verify with secret"),
            F("SEARCH-SQLI", "critical", "security", "sql injection in /boards search", "use $1 params"),
            F("TEXT-XSS", "high", "security", "svg text not escaped", "escape text"),
            F("ROOM-MEMBERSHIP", "high", "security", "ws join has no access check", "call canView"),
            F("INVITE-NO-EXPIRY", "medium", "", "invites never expire or get used up", "add expires_at, delete on accept"),
            F("WS-JSON-CRASH", "high", "", "bad json frame throws in message handler, kills process", "try/catch"),
            F("CLIENTS-LEAK", "low", "", "closed sockets never removed from room.clients", "ws.on('close') -> delete"),
            F("HISTORY-UNBOUNDED", "low", "", "history array unbounded", "cap it"),
            F("PRUNE-SORT", "medium", "", "prune sorts filenames lexically (v10 < v9)", "numeric sort"),
        ], wrap="list", indent=2, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Authentication**: tokens are decoded without verification.
        2. **Injection**: search SQL, PNG export command, SVG text.
        3. **Authorization**: board deletion, role selection, image serving.
        4. **Real-time rooms**: first-join race, undo, event loop blocking.
        5. **Snapshots**: concurrent writes, pruning, unhandled promise.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "Unverified JWT accepted", "Use jwt.verify.", conf=0.95),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection in board search", "Bind parameters.", conf=0.9),
            F("PNG-CMD", "blocker", "security", "Command injection in PNG export", "Use execFile.", conf=0.9),
            F("PNG-BLOCKING", "major", "performance", "Synchronous child process in request handler", "Use async exec.", conf=0.7),
            F("IMAGE-MIME", "major", "security", "Untrusted content type stored for images", "Whitelist image MIME types.", d=+2, sd=0, conf=0.65),
            F("IMAGE-UNBOUNDED", "minor", "resource-exhaustion", "Image download size not limited", "Check Content-Length and stream with a cap.", conf=0.55),
            F("DELETE-NO-OWNER", "major", "security", "Board deletion without authorization", "Check ownership.", conf=0.85),
            F("ROLE-FROM-QUERY", "major", "security", "Client-controlled role in WebSocket URL", "Look up role from membership.", conf=0.8),
            F("TEXT-XSS", "major", "security", "Unescaped text in SVG output", "Escape XML entities.", conf=0.8),
            F("INVITE-WEAK", "major", "security", "Predictable invite codes", "Use a CSPRNG.", conf=0.8),
            F("PATH-D-INJECTION", "minor", "security", "Unescaped path data in SVG output", "Validate `d` against the path grammar.", conf=0.55),
            F("ROOM-RACE", "major", "concurrency", "Duplicate board loads on concurrent joins", "Memoize the load promise.", d=-2, conf=0.7),
            F("ROOM-NEVER-EVICTED", "minor", "resource-leak", "Room map grows without eviction", "Remove empty rooms.", conf=0.6),
            F("WS-JSON-CRASH", "major", "reliability", "Malformed WebSocket frame crashes the server", "try/catch around JSON.parse.", conf=0.75),
            F("UNDO-OFF-BY-ONE", "minor", "correctness", "Undo removes an extra stroke", "Fix the splice index.", d=-1, sd=0, conf=0.75),
            F("UNDO-OTHERS", "major", "security", "Undo not restricted to own strokes", "Filter by author.", d=-1, conf=0.6),
            F("SNAPSHOT-RACE", "major", "concurrency", "Snapshot version counter lost updates", "Serialize snapshots.", d=+1, conf=0.65),
            F("PRUNE-OFF-BY-ONE", "minor", "correctness", "Prune keeps one snapshot fewer than configured", "Remove the + 1.", d=-1, conf=0.7),
            F("SNAPSHOT-UNHANDLED", "minor", "reliability", "Floating promise in snapshot timer", "Add .catch() and log.", conf=0.6),
        ], wrap="object+summary", summary="19 issues: 3 blocker, 10 major, 6 minor"),
    ]),
}
