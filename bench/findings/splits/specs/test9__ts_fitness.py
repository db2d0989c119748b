"""test9/ts-fitness: a fitness-tracking API with a social feed (Express + pg, TypeScript). Frozen test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test9, issue 15) that had not seen the merger code, its "
    "results, the scorer or any other split's answers. Ninth frozen test split: seeded problems in a small "
    "TypeScript fitness-tracking API with a social feed; five agents' answers by hand. Scored exactly once, never tuned on."
)

AU = "src/auth.ts"
W = "src/workouts.ts"
FD = "src/feed.ts"
ST = "src/stats.ts"
SV = "src/server.ts"

PROBLEMS = {
    "DEFAULT-SECRET": P(AU, "const SECRET = process.env.JWT_SECRET ??", "security", "JWT secret falls back to a fixed string when JWT_SECRET is unset"),
    "JWT-DECODE": P(AU, "const claims = jwt.decode(token)", "security", "jwt.decode does not verify the signature: any forged token (coach: true included) is accepted", "signature-vs-statement"),
    "MINUTES-NOT-NUMBER": P(W, "if (minutes < 0 || minutes > MAX_MINUTES)", "bug", "minutes is not type-checked: a string, a missing value or NaN passes both comparisons"),
    "PACE-DIV-ZERO": P(W, "const pace = minutes / distanceKm;", "bug", "pace divides by distanceKm unchecked: 0 or missing distance stores Infinity/NaN"),
    "SQLI-ATHLETE": P(W, "WHERE athlete_id = ${athleteId}", "security", "athleteId route param interpolated into the SQL text", "source-vs-sink"),
    "SQLI-KIND": P(W, "AND kind = '${kind}'", "security", "`kind` query value interpolated into the SQL text"),
    "LIMIT-NAN": P(W, "const limit = Math.min(Number(req.query.limit ?? 20), 100);", "bug", "non-numeric limit gives NaN (Math.min keeps it): `LIMIT NaN` fails with a 500; negative limits too"),
    "PRIVATE-WORKOUTS": P(W, "ORDER BY started_at DESC LIMIT ${limit}", "security", "any logged-in athlete lists any other athlete's workouts, private ones and GPS columns included (no visibility or follow check)"),
    "DELETE-NO-OWNER": P(W, "DELETE FROM workouts WHERE id = $1", "security", "deleteWorkout deletes by id without checking the owner", "signature-vs-statement"),
    "SHARE-PRIVATE": P(W, "\"SELECT w.*, a.handle FROM workouts w JOIN athletes a ON a.id = w.athlete_id WHERE w.id = $1\"", "security", "unauthenticated share page renders any workout by id, private ones included"),
    "SHARE-MISSING": P(W, "const w = rows[0];", "bug", "unknown workout id: w is undefined and w.handle throws (500 instead of 404)"),
    "XSS-NOTE": P(W, "res.send(`<html><body><h1>${w.handle}", "security", "reflected XSS: the `note` query value is written into the HTML unescaped", "source-vs-sink"),
    "XSS-HANDLE": P(W, "res.send(`<html><body><h1>${w.handle}", "security", "stored XSS: the athlete's handle is written into the HTML unescaped"),
    "FEED-OFFSET": P(FD, "const offset = page * PAGE;", "bug", "page defaults to 1 but offset = page * PAGE: the newest 20 feed items are never shown", "off-by-one"),
    "FEED-CACHE-PAGE": P(FD, "const cached = feedCache.get(me.id);", "bug", "feed cache keyed by athlete only: every page returns whatever page was cached first"),
    "FEED-CACHE-UNBOUNDED": P(FD, "feedCache.set(me.id, { at: Date.now(), items: rows });", "performance", "feed cache entries are never evicted: memory grows with every athlete (extra, one agent)"),
    "KUDOS-RACE": P(FD, "await pool.query(\"INSERT INTO kudos", "bug", "check-then-insert across awaits: two concurrent kudos both pass the SELECT, double insert/count", "critical-section"),
    "KUDOS-COUNT-MEMORY": P(FD, "kudosCount.set(workoutId, (kudosCount.get(workoutId) ?? 0) + 1);", "bug", "kudos totals kept in process memory: reset to 0 on restart and different per instance, not read from the kudos table"),
    "DST-DAY": P(ST, "const day = Math.floor((w.started_at.getTime() - weekStart.getTime()) / DAY_MS);", "bug", "fixed 24-hour days from a local-midnight start: across a DST change late-evening workouts land in the wrong day"),
    "WEEK-OFF-BY-ONE": P(ST, "if (day >= 0 && day <= 7) days[day] += w.distance_km;", "bug", "`day <= 7` counts the next Monday into an eighth slot (array grows to 8)", "off-by-one"),
    "LEADERBOARD-STAMPEDE": P(ST, "await refreshLeaderboard();", "performance", "concurrent requests after expiry all run the heavy aggregate query (lastRefresh updated only after the await)", "critical-section"),
    "TOP-NAN": P(ST, "res.json(leaderboard.slice(0, Number(req.query.top ?? 10)));", "bug", "non-numeric top gives slice(0, NaN) = empty list; negative top drops the tail"),
    "CORS-CREDENTIALS": P(SV, "app.use(cors({ origin: true, credentials: true }));", "security", "CORS reflects any origin with credentials (extra, one agent)"),
}

CONFUSABLE = [
    ("MINUTES-NOT-NUMBER", "PACE-DIV-ZERO"),
    ("SQLI-ATHLETE", "SQLI-KIND"),
    ("SQLI-KIND", "LIMIT-NAN"),
    ("LIMIT-NAN", "PRIVATE-WORKOUTS"),
    ("SQLI-ATHLETE", "PRIVATE-WORKOUTS"),
    ("SHARE-PRIVATE", "SHARE-MISSING"),
    ("XSS-NOTE", "XSS-HANDLE"),
    ("FEED-OFFSET", "FEED-CACHE-PAGE"),
    ("KUDOS-RACE", "KUDOS-COUNT-MEMORY"),
    ("WEEK-OFF-BY-ONE", "DST-DAY"),
    ("LEADERBOARD-STAMPEDE", "TOP-NAN"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        Review of the Stride API (`src/*.ts`).

        **Themes**
        - **Authentication is not enforced.** `requireAthlete` decodes the JWT without verifying it, so every
          "protected" route — coach routes included — trusts whatever claims the caller writes.
        - **Authorisation is missing on object routes.** Workouts can be listed, deleted and shared by anyone who
          knows (or guesses) an id.
        - **Injection.** `listWorkouts` builds SQL with template literals; `sharePage` builds HTML the same way.
        - **Feed and stats logic.** Paging skips the first page, the feed cache ignores the page, kudos can be
          double-counted, and `weeklyTotals` overflows into an eighth day.

        | Severity | Count |
        |----------|-------|
        | critical | 3 |
        | high | 4 |
        | medium | 8 |
        | low | 1 |
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "JWT signature never verified in requireAthlete",
              "`jwt.decode` only base64-decodes the payload. Use `jwt.verify(token, SECRET)` and reject on error.",
              symbol="requireAthlete", conf=0.97),
            F("DEFAULT-SECRET", "medium", "security", "Hard-coded fallback JWT secret",
              "Fail at start-up when JWT_SECRET is missing instead of signing with a known string.", symbol="SECRET", conf=0.8),
            F("SQLI-ATHLETE", "critical", "security", "SQL injection via the athleteId route parameter",
              "Use `$1` placeholders; `athleteId` is interpolated into the query text.", symbol="listWorkouts", conf=0.93),
            F("SQLI-KIND", "critical", "security", "SQL injection via the `kind` filter",
              "Append `AND kind = $2` and pass `kind` as a parameter.", symbol="listWorkouts", conf=0.93),
            F("PRIVATE-WORKOUTS", "high", "security", "Any athlete can list another athlete's private workouts",
              "Filter on visibility (or require a follow relationship) and select explicit columns instead of `*`.",
              symbol="listWorkouts", conf=0.78),
            F("LIMIT-NAN", "low", "bug", "Non-numeric `limit` produces `LIMIT NaN`",
              "`Math.min(NaN, 100)` is NaN; parse with a default and clamp to 1..100.", d=1, symbol="listWorkouts", conf=0.7),
            F("DELETE-NO-OWNER", "high", "security", "Workouts can be deleted by any athlete",
              "Add `AND athlete_id = $2` with the caller's id and return 404 when nothing was deleted.",
              symbol="deleteWorkout", conf=0.9),
            F("XSS-NOTE", "high", "security", "Reflected XSS through the `note` query parameter",
              "HTML-escape `note` (and every interpolated value) or render with a template engine that escapes.",
              symbol="sharePage", conf=0.9),
            F("XSS-HANDLE", "medium", "security", "Stored XSS through the athlete handle on the share page",
              "Escape `w.handle`; handles are user-chosen.", symbol="sharePage", conf=0.75),
            F("SHARE-PRIVATE", "medium", "security", "Share page exposes private workouts",
              "The route is public and loads any workout by id; check a `public` flag.", symbol="sharePage", conf=0.7),
            F("PACE-DIV-ZERO", "medium", "bug", "Pace is Infinity/NaN when distance is 0 or missing",
              "Validate `distanceKm > 0` (or store pace as NULL for distance-less workouts such as strength sessions).",
              symbol="logWorkout", conf=0.74),
            F("FEED-OFFSET", "high", "bug", "Feed pagination skips the first page",
              "Use `(page - 1) * PAGE`.", symbol="getFeed", conf=0.86),
            F("FEED-CACHE-PAGE", "medium", "bug", "Feed cache ignores the requested page",
              "Key the cache by `${me.id}:${page}` (or cache only page 1).", symbol="getFeed", conf=0.8),
            F("KUDOS-RACE", "medium", "bug", "Duplicate kudos under concurrent requests",
              "Two requests can both see no row before either inserts. Add a unique constraint and "
              "`INSERT ... ON CONFLICT DO NOTHING`, then count rows.", d=-2, n=3, symbol="giveKudos", conf=0.76),
            F("WEEK-OFF-BY-ONE", "medium", "bug", "weeklyTotals writes an eighth day",
              "`day <= 7` should be `day < 7`; otherwise the following Monday is added at index 7.",
              symbol="weeklyTotals", conf=0.88),
            F("LEADERBOARD-STAMPEDE", "medium", "performance", "Leaderboard refresh is not deduplicated",
              "Every request that arrives while the query runs starts its own refresh. Keep one in-flight promise and "
              "await it.", symbol="getLeaderboard", conf=0.72),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/*.ts; 10 findings, most severe first.",
        Block([
            F("SQLI-ATHLETE", "critical", "security", "athleteId from req.params flows into SQL text",
              "Parameterize.", d=-2),
            F("JWT-DECODE", "critical", "security", "requireAthlete accepts unsigned/forged tokens",
              "jwt.verify with SECRET.", d=-2, symbol="requireAthlete"),
            F("DELETE-NO-OWNER", "high", "security", "deleteWorkout lacks ownership check",
              "WHERE id = $1 AND athlete_id = $2", d=-1, symbol="deleteWorkout"),
            F("XSS-NOTE", "high", "security", "req.query.note rendered into HTML without escaping",
              "Escape before interpolation.", d=-1),
            F("KUDOS-RACE", "medium", "bug", "SELECT-then-INSERT for kudos is racy",
              "Unique index + ON CONFLICT DO NOTHING.", d=-2),
            F("FEED-OFFSET", "medium", "bug", "page is 1-based; offset skips first PAGE items",
              "(page - 1) * PAGE", d=-1),
            F("MINUTES-NOT-NUMBER", "medium", "bug", "minutes validation passes non-numbers",
              "typeof minutes === 'number' && Number.isFinite(minutes)"),
            F("SHARE-MISSING", "low", "bug", "sharePage crashes on unknown id",
              "404 when rows is empty."),
            F("WEEK-OFF-BY-ONE", "medium", "bug", "weeklyTotals counts day index 7 (8 buckets)",
              "day < 7", d=-1),
            F("CORS-CREDENTIALS", "medium", "security", "cors origin:true with credentials reflects every origin",
              "Allow-list the web app origin."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the fitness tracking API. The codebase is small and readable, but the
        authentication layer is effectively disabled and several endpoints are vulnerable to injection.

        **Authentication and Secrets**

        The `requireAthlete` middleware trusts the token payload without checking its signature.

        **Injection**

        Both SQL and HTML are built with template literals from user input.

        **Concurrency and State**

        In-memory state (`feedCache`, `kudosCount`, `leaderboard`) is shared between concurrent requests and
        across awaits, which leads to inconsistent data.
        """,
        Block([
            F("JWT-DECODE", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="An attacker can craft a token with any `id` and `coach: true`."),
            F("DEFAULT-SECRET", "High", "Sensitive Data Exposure", "Predictable Default JWT Secret",
              "Require JWT_SECRET to be set."),
            F("SQLI-ATHLETE", "Critical", "SQL Injection", "SQL Injection in listWorkouts (athleteId)",
              "Use parameterized queries.", d=1, sd=0),
            F("SQLI-KIND", "Critical", "SQL Injection", "SQL Injection in listWorkouts (kind)",
              "Use parameterized queries."),
            F("XSS-HANDLE", "High", "Cross-Site Scripting", "Stored Cross-Site Scripting in Share Page",
              "Escape the handle before embedding it in HTML.", d=-1, sd=0,
              desc="User-controlled profile handles are embedded in the share page's `<h1>` without encoding."),
            F("SHARE-PRIVATE", "Medium", "Broken Access Control", "Share Page Has No Access Control",
              "Only render workouts marked as public.", d=-1, sd=-1, n=3),
            U({"severity": "Low", "category": "Code Quality",
               "description": "Avoid `(req as any)`; declare a typed `Request` extension for `athlete`."}),
        ], wrap="list"),
        """
        **State and Logic Issues**
        """,
        Block([
            F("KUDOS-RACE", "High", "Race Condition", "Race Condition in Kudos Handling",
              "Use a unique constraint with `ON CONFLICT DO NOTHING`.", n=2),
            F("KUDOS-COUNT-MEMORY", "Medium", "Data Integrity", "Kudos Count Stored Only in Memory",
              "Compute the count from the `kudos` table (`SELECT count(*)`).",
              desc="The counter resets on restart and is not shared between instances."),
            F("LEADERBOARD-STAMPEDE", "Medium", "Race Condition", "Leaderboard Cache Stampede",
              "Store the pending refresh promise and reuse it.", d=1),
            F("DST-DAY", "Low", "Logic Error", "Day Bucketing Breaks Across Daylight Saving Changes",
              "Compute calendar days (e.g. compare local dates) instead of dividing by 86,400,000 ms."),
            F("FEED-CACHE-UNBOUNDED", "Low", "Resource Management", "Unbounded Feed Cache",
              "Use an LRU cache with a maximum size."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found a few problems:",
        Block([
            F("JWT-DECODE", "error", "security", "token decoded, never verified", "jwt.verify"),
            F("SQLI-KIND", "error", "security", "sql injection via kind filter", "use $2 param"),
            F("DELETE-NO-OWNER", "error", "", "anyone can delete any workout", "check athlete_id"),
            F("XSS-NOTE", "error", "security", "note query param injected into html", "escape it"),
            F("PACE-DIV-ZERO", "warning", "bug", "division by zero when distanceKm is 0", "guard distanceKm > 0"),
            F("FEED-CACHE-PAGE", "warning", "bug", "feed cache ignores page param", "include page in the cache key", d=-1),
            F("TOP-NAN", "warning", "bug", "top param not validated", "parse and clamp top"),
        ], wrap="list", indent=None, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: tokens are decoded, not verified.
        2. SQL built from request values in `listWorkouts`; private data exposed.
        3. Share page: XSS and a crash on unknown ids.
        4. Feed: pagination and kudos consistency.
        5. Stats: week bucketing and leaderboard refresh.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Unverified JWT accepted",
              "Use jwt.verify.", conf=0.95),
            F("SQLI-ATHLETE", "blocker", "security", "SQL injection through athleteId",
              "Use parameter placeholders.", conf=0.9),
            F("PRIVATE-WORKOUTS", "major", "security", "Workouts of any athlete readable regardless of privacy",
              "Restrict to the caller or followers and respect a privacy flag.", d=-3, conf=0.65),
            F("LIMIT-NAN", "minor", "correctness", "limit parameter not validated",
              "Default to 20 when the value is not a positive integer.", conf=0.6),
            F("MINUTES-NOT-NUMBER", "major", "correctness", "Workout duration validation can be bypassed",
              "Validate types with a schema (zod) before use.", conf=0.7),
            F("SHARE-MISSING", "minor", "reliability", "Missing workout causes an unhandled TypeError",
              "Return 404 when no row is found.", conf=0.7),
            F("XSS-NOTE", "major", "security", "Cross-site scripting on the share page",
              "Escape the note parameter.", conf=0.85),
            F("FEED-OFFSET", "major", "correctness", "Feed offset skips the first page",
              "Use (page - 1) * PAGE.", conf=0.8),
            F("KUDOS-RACE", "major", "concurrency", "Kudos can be counted twice under concurrency",
              "Make the insert idempotent in the database.", d=1, conf=0.75),
            F("KUDOS-COUNT-MEMORY", "minor", "data-integrity", "Kudos counter not persisted",
              "Read the count from the database.", conf=0.6),
            F("WEEK-OFF-BY-ONE", "major", "correctness", "Weekly totals include an eighth day",
              "Use day < 7.", conf=0.8),
            F("LEADERBOARD-STAMPEDE", "minor", "concurrency", "Concurrent leaderboard refreshes",
              "Single-flight the refresh.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 7 major, 3 minor"),
    ]),
}
