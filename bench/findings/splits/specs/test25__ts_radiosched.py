"""test25/ts-radiosched: show scheduling, playlists, archive clips and listener counts for a community radio
station (Express 4 + pg). Frozen test split test25; labels next to each finding.

Written 2026-12-03 (UTC) by a helper session that had not seen the merger code, its results, its tuning data or
any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results or any other split's "
    "data. Frozen test split test25: seeded problems in a community radio scheduling service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
SC = "src/schedule.ts"
NP = "src/nowplaying.ts"
PROBLEMS = {
    "KEY-IN-QUERY": P(S, 'String(req.query.key ?? "")', "security", "station key accepted from the ?key= query string: ends up in proxy and access logs, browser history"),
    "KEY-TIMING": P(S, "key !== STATION_KEY", "security", "station key compared with !== (not constant time)"),
    "SQLI-GENRE": P(S, "genre ILIKE '%${genre}%'", "security", "genre query value interpolated into the ILIKE pattern: SQL injection", "source-vs-sink"),
    "LIMIT-UNCAPPED": P(S, "ORDER BY starts_at LIMIT ${limit}", "security", "limit from the query string neither capped nor checked: unbounded result sets, NaN gives a 500"),
    "XSS-SHOW": P(S, "<h1>${rows[0].title}", "security", "show title and description (host-editable) written into HTML unescaped: stored XSS"),
    "HOST-HEADER-TRUSTED": P(S, 'req.header("x-host-id")', "security", "x-host-id header taken as authentication: anyone can claim to be a host"),
    "SHOW-IDOR": P(S, "UPDATE shows SET title", "security", "update not scoped to the host's own shows: any show can be rewritten", "signature-vs-statement"),
    "BOOKING-NO-VALIDATION": P(S, "const s = new Date(start)", "bug", "start/end never validated: Invalid Date or end before start booked (extra, one agent)"),
    "BOOKING-RACE": P(S, "if (clash.rowCount)", "bug", "clash check then insert without a transaction or exclusion constraint: double-booked slot", "critical-section"),
    "SSRF": P(S, "const r = await fetch(url)", "security", "playlist import fetches any URL from the body: SSRF to internal services", "source-vs-sink"),
    "IMPORT-UNVALIDATED": P(S, "as Track[]", "bug", "imported JSON cast to Track[] without checks: negative or missing seconds pass playlistFits"),
    "NO-TRANSACTION": P(S, "DELETE FROM playlist_items", "bug", "old playlist deleted and new one inserted without BEGIN/COMMIT: a failing insert leaves a partial playlist"),
    "CLIENT-LEAK": P(S, "client.release()", "bug", "pooled client not released in finally: an error leaks it and the pool runs dry"),
    "ARCHIVE-TRAVERSAL": P(S, "const file = path.join(ARCHIVE_DIR", "security", "show/file params joined and sent with sendFile: encoded ../ reads any file", "signature-vs-statement"),
    "CLIP-TRAVERSAL": P(S, 'req.params.show, "full.mp3"', "security", "show param joined into the clip source path: any readable .../full.mp3 (or encoded ../) clipped"),
    "CLIP-SHELL": P(S, "exec(`ffmpeg", "security", "from value from the body put into an exec() shell command: command injection", "source-vs-sink"),
    "LISTENER-LOST-UPDATE": P(S, "INSERT INTO listen_log", "bug", "listener count read before an await and written after it: concurrent joins lose increments", "critical-section"),
    "MOUNT-UNBOUNDED": P(S, "listeners.set(req.params.mount, n + 1)", "performance", "any mount name creates a map entry that is never removed: unbounded memory (extra, one agent)"),
    "SLOTS-PAST-MIDNIGHT": P(SC, "for (let i = 0; i <= count; i++)", "bug", "i <= count makes one slot too many, starting at the next midnight", "off-by-one"),
    "TOTAL-SKIPS-FIRST": P(SC, "for (let i = 1; i < tracks.length", "bug", "loop starts at 1: the first track's length is never counted", "off-by-one"),
    "FIT-EXACT": P(SC, "return total < slotSeconds", "bug", "a playlist exactly as long as the slot is rejected (< instead of <=)", "off-by-one"),
    "NP-STAMPEDE": P(NP, "const { rows } = await pool.query(", "bug", "every request arriving during a refresh queries again (no in-flight promise); an older answer can overwrite a newer one; refreshes racy", "critical-section"),
    "NP-NULL-NOT-CACHED": P(NP, "if (current && Date.now()", "performance", "a null result (nothing playing) is never cached: every request hits the database while off air (extra, one agent)"),
}

CONFUSABLE = [
    ("KEY-IN-QUERY", "KEY-TIMING"),
    ("SQLI-GENRE", "LIMIT-UNCAPPED"),
    ("HOST-HEADER-TRUSTED", "SHOW-IDOR"),
    ("BOOKING-NO-VALIDATION", "BOOKING-RACE"),
    ("SSRF", "IMPORT-UNVALIDATED"),
    ("NO-TRANSACTION", "CLIENT-LEAK"),
    ("CLIP-TRAVERSAL", "CLIP-SHELL"),
    ("TOTAL-SKIPS-FIRST", "FIT-EXACT"),
    ("NP-STAMPEDE", "NP-NULL-NOT-CACHED"),
    ("LISTENER-LOST-UPDATE", "MOUNT-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `radiosched` is an Express service for a community station's schedule, playlists, archive and listener
        counts. The staff-key check fails closed (good), but several routes that hosts use have no real
        authentication, and three routes turn request values into file paths, shell commands or URLs.

        Priorities:
        1. Command injection in the clip route and SQL injection in `/shows`.
        2. Archive path traversal, SSRF in the playlist import, the trusted `x-host-id` header.
        3. Booking race and playlist import without a transaction (and a leaked client).
        4. Off-by-one errors in `playlistFits`; the listener counter and now-playing cache across `await`.

        `/reports/royalties` validates its month and binds it, and `/stream/:mount/leave` has no await between
        its read and write, so neither is listed.
        """,
        Block([
            F("CLIP-SHELL", "critical", "security", "Command injection through `from` in the clip route",
              "Use `execFile(\"ffmpeg\", [\"-ss\", from, ...])` and validate `from` as a timestamp.",
              symbol="POST /archive/:show/clip", conf=0.95),
            F("CLIP-TRAVERSAL", "medium", "security", "`:show` is joined into the clip source path unchecked",
              "Resolve the path and require it to stay under `ARCHIVE_DIR`, or look the show up by id.",
              symbol="POST /archive/:show/clip", conf=0.7),
            F("SQLI-GENRE", "critical", "security", "SQL injection through the `genre` filter",
              "Bind it: `genre ILIKE $2` with `[day, `%${genre}%`]`.", symbol="GET /shows", conf=0.95),
            F("LIMIT-UNCAPPED", "medium", "security", "`limit` is unbounded (and `NaN` breaks the query)",
              "Parse it with a default and clamp it, e.g. `Math.min(Math.max(parseInt(x) || 50, 1), 200)`, and bind it.",
              symbol="GET /shows", conf=0.7),
            F("ARCHIVE-TRAVERSAL", "high", "security", "Path traversal in the archive download",
              "Use `res.sendFile(req.params.file, { root: path.join(ARCHIVE_DIR, show) })` after validating `show`; `path.join` happily resolves `..`.",
              symbol="GET /archive/:show/:file", conf=0.85),
            F("SSRF", "high", "security", "Playlist import fetches arbitrary URLs",
              "Allow-list the playlist hosts the station uses and refuse private address ranges.",
              symbol="POST /shows/:id/playlist/import", conf=0.85),
            F("HOST-HEADER-TRUSTED", "high", "security", "Hosts are \"authenticated\" by a header they choose",
              "Use a real session or token; `x-host-id` can be set by anyone.", symbol="PATCH /shows/:id", conf=0.85),
            F("SHOW-IDOR", "high", "security", "A host can edit any show",
              "Add `AND host_id = $4` to the `UPDATE` and return 404 when no row changes.",
              symbol="PATCH /shows/:id", conf=0.8),
            F("XSS-SHOW", "high", "security", "Stored XSS on the show page",
              "Escape `title` and `description` or render with a template engine that escapes by default.",
              symbol="GET /shows/:id/page", conf=0.85),
            F("KEY-IN-QUERY", "medium", "security", "Station key accepted in the query string",
              "Accept the header only; query strings are logged.", symbol="requireStaff", conf=0.75),
            F("KEY-TIMING", "low", "security", "Station key compared with `!==`",
              "Compare with `crypto.timingSafeEqual` on equal-length buffers.", symbol="requireStaff", conf=0.55),
            F("BOOKING-RACE", "medium", "bug", "Two bookings can take the same slot",
              "Do the check and the insert in one transaction with a lock, or add an exclusion constraint on `tstzrange(starts_at, ends_at)`.",
              d=-1, n=3, symbol="POST /shows/:id/book", conf=0.8),
            F("NO-TRANSACTION", "medium", "bug", "Playlist replaced without a transaction",
              "Wrap the delete and the inserts in `BEGIN`/`COMMIT` (and `ROLLBACK` on error); a failure halfway leaves the show with a partial playlist.",
              symbol="POST /shows/:id/playlist/import", conf=0.8),
            F("CLIENT-LEAK", "medium", "bug", "Pool client leaks when a query throws",
              "Release the client in `finally`.", symbol="POST /shows/:id/playlist/import", conf=0.8),
            F("TOTAL-SKIPS-FIRST", "medium", "bug", "`playlistFits` ignores the first track",
              "Start the loop at 0 (or use `reduce`).", symbol="playlistFits", conf=0.85),
            F("FIT-EXACT", "low", "bug", "`playlistFits` rejects a playlist that fills the slot exactly",
              "The doc comment says \"no longer than\": use `<=`.", symbol="playlistFits", conf=0.7),
            F("LISTENER-LOST-UPDATE", "low", "bug", "Listener count loses joins that overlap",
              "Increment after the `await` from the current value (`listeners.set(m, (listeners.get(m) ?? 0) + 1)`), or count in the database.",
              d=-1, n=3, symbol="POST /stream/:mount/join", conf=0.65),
            F("NP-STAMPEDE", "low", "performance", "Now-playing cache refreshes once per waiting request",
              "Keep the in-flight promise and hand it to concurrent callers; it also stops an older response from overwriting a newer one.",
              symbol="nowPlaying", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/server.ts, schedule.ts, nowplaying.ts (192 lines); tsc not run. 10 findings:",
        Block([
            F("CLIP-SHELL", "critical", "security", "RCE: `from` is passed to exec() via shell string",
              "execFile with args", d=-3),
            F("SQLI-GENRE", "critical", "security", "genre from req.query concatenated into SQL",
              "use $2 placeholder", d=-3),
            F("SSRF", "high", "security", "url from body fetched server-side without restriction",
              "allow-list hosts", d=-1),
            F("ARCHIVE-TRAVERSAL", "high", "security", "/archive/:show/:file allows ../ via encoded params",
              "sendFile with root option", d=-1),
            F("SHOW-IDOR", "high", "security", "PATCH /shows/:id updates any show (no ownership check)",
              "scope by host", d=-3),
            F("BOOKING-RACE", "medium", "bug", "booking overlap check is racy (check-then-insert)",
              "exclusion constraint", d=-1),
            F("CLIENT-LEAK", "medium", "bug", "client.release() skipped on exception",
              "try/finally"),
            F("IMPORT-UNVALIDATED", "medium", "bug", "imported tracks not validated (cast only)",
              "validate seconds >= 0, artist/title strings"),
            F("TOTAL-SKIPS-FIRST", "medium", "bug", "playlistFits loop starts at 1",
              "i = 0"),
            F("SLOTS-PAST-MIDNIGHT", "low", "bug", "slotsForDay returns count + 1 slots",
              "i < count"),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the radio scheduling service.

        ### Security Findings

        The application exposes multiple injection points and trusts client-supplied identity.
        """,
        Block([
            F("SQLI-GENRE", "critical", "SQL Injection", "SQL Injection via Genre Filter",
              "Use a bound parameter for the genre pattern.",
              desc="The genre value is placed directly inside the SQL text of the `/shows` query."),
            F("CLIP-SHELL", "critical", "Command Injection", "Command Injection in Audio Clip Generation",
              "Use `execFile` or `spawn` with an argument array."),
            F("ARCHIVE-TRAVERSAL", "high", "Path Traversal", "Directory Traversal in Archive Download",
              "Validate the resolved path against ARCHIVE_DIR.", d=1),
            F("SSRF", "high", "Server-Side Request Forgery", "SSRF in Playlist Import",
              "Restrict the URLs that may be fetched."),
            F("XSS-SHOW", "high", "Cross-Site Scripting", "Stored Cross-Site Scripting in Show Page",
              "HTML-encode the show fields."),
            F("HOST-HEADER-TRUSTED", "high", "Broken Access Control", "Client-Controlled Host Identity Header",
              "Authenticate hosts properly.",
              desc="Anyone can send `x-host-id` and edit show details."),
            F("KEY-IN-QUERY", "medium", "Sensitive Data Exposure", "API Key Accepted in URL Query Parameter",
              "Only read the key from a header."),
            U({"severity": "low", "category": "Best Practice", "description": "Use helmet and a rate limiter."}),
        ], wrap="list"),
        """
        ### Reliability and Performance Findings
        """,
        Block([
            F("BOOKING-RACE", "high", "Race Condition", "Double Booking of Time Slots",
              "Use a transaction with SERIALIZABLE isolation or a database constraint.", d=1),
            F("LISTENER-LOST-UPDATE", "medium", "Race Condition", "Inaccurate Listener Count Under Concurrency",
              "Avoid read-modify-write across an await.", d=1),
            F("NP-STAMPEDE", "medium", "Performance", "Cache Stampede on Now Playing",
              "Share a single pending refresh between callers.", d=-2,
              desc="When the cache expires, every concurrent request triggers its own database query."),
            F("NP-NULL-NOT-CACHED", "low", "Performance", "Empty Now-Playing Result Never Cached",
              "Cache the null result too (track `fetchedAt` separately from `current`)."),
            F("FIT-EXACT", "low", "Business Logic", "Exact-Length Playlists Rejected",
              "Use `<=` in the comparison."),
            F("SLOTS-PAST-MIDNIGHT", "low", "Business Logic", "Extra Slot Generated After Midnight",
              "Loop while `i < count`.", d=1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-GENRE", "high", "security", "sql injection in /shows genre", "parametrize"),
            F("CLIP-SHELL", "high", "security", "command injection in ffmpeg exec", "execFile"),
            F("SSRF", "medium", "security", "ssrf in playlist import", "validate url"),
            F("ARCHIVE-TRAVERSAL", "high", "security", "path traversal on archive download", "check root", d=1),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("CLIENT-LEAK", "medium", "", "pg client leak on error", "finally { client.release() }"),
            F("TOTAL-SKIPS-FIRST", "medium", "bug", "playlist total skips first track", "start at 0", d=1, sd=0),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Injection: SQL (genre), shell (ffmpeg), path (clip source).
        2. Authorization: show updates are not scoped to the host.
        3. Data integrity: booking races, playlist import not transactional.
        4. Resource handling: pooled client, listener map.
        5. Correctness: playlist length check, booking dates.
        """,
        Block([
            F("SQLI-GENRE", "blocker", "security", "SQL injection in show listing (genre)",
              "Use parameterized query.", conf=0.9),
            F("LIMIT-UNCAPPED", "minor", "security", "Unbounded LIMIT parameter",
              "Cap the limit.", conf=0.6),
            F("CLIP-SHELL", "blocker", "security", "Shell command injection in clip endpoint",
              "Use execFile.", conf=0.9),
            F("CLIP-TRAVERSAL", "major", "security", "Path traversal in clip source path",
              "Validate show parameter.", conf=0.7),
            F("SHOW-IDOR", "major", "security", "Missing ownership check when updating a show",
              "Filter by host id.", conf=0.8),
            F("XSS-SHOW", "major", "security", "Unescaped HTML output in show page",
              "Escape output.", conf=0.8),
            F("KEY-TIMING", "minor", "security", "Non-constant-time key comparison",
              "Use timingSafeEqual.", conf=0.6),
            F("BOOKING-RACE", "major", "concurrency", "Race condition between overlap check and insert",
              "Use a transaction or constraint.", d=-1, conf=0.8),
            F("BOOKING-NO-VALIDATION", "minor", "correctness", "Booking dates not validated",
              "Reject invalid dates and end <= start.", d=1, sd=0, n=2, conf=0.7),
            F("NO-TRANSACTION", "major", "correctness", "Playlist replacement is not atomic",
              "Use BEGIN/COMMIT.", d=1, sd=0, n=2, conf=0.75),
            F("CLIENT-LEAK", "major", "resource-leak", "Database client not released on error",
              "Release in finally.", d=-1, sd=-1, n=2, conf=0.8),
            F("LISTENER-LOST-UPDATE", "minor", "concurrency", "Listener counter update is not atomic",
              "Increment after await.", d=-1, conf=0.65),
            F("MOUNT-UNBOUNDED", "minor", "resource-leak", "Listener map grows without bound",
              "Validate mount names against configured mounts.", conf=0.6),
            F("FIT-EXACT", "minor", "correctness", "Playlist equal to slot length rejected",
              "Use <=.", d=-1, sd=0, conf=0.6),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 6 major, 6 minor"),
    ]),
}
