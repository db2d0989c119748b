"""test/ts-notes: an Express + TypeScript notes API. Labels live next to each finding (first argument of F)."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code or the tuning set. "
    "Seeded problems in a small Express notes API; five agents' answers written by hand to imitate each CLI."
)

PROBLEMS = {
    "JWT-NO-VERIFY": P("src/auth.ts", "const claims = jwt.decode(token)", "security", "jwt.decode instead of jwt.verify: signatures never checked"),
    "JWT-NO-EXP": P("src/auth.ts", "claims.exp! < Date.now() / 1000", "security", "a token without exp compares false and never expires"),
    "ADMIN-KEY-IN-URL": P("src/auth.ts", 'req.header("x-api-key") ?? req.query.key', "security", "admin key accepted from the query string (ends up in logs, history, referrers)"),
    "ADMIN-KEY-UNSET": P("src/auth.ts", "if (apiKey === process.env.ADMIN_KEY)", "security", "ADMIN_KEY unset and no key sent: undefined === undefined grants admin"),
    "PROTO-POLLUTION": P("src/util/merge.ts", "target[key] = deepMerge(isObject(target[key])", "security", "deepMerge copies __proto__ from request bodies: prototype pollution", "signature-vs-statement"),
    "CHUNK-EMPTY-TAIL": P("src/util/chunk.ts", "for (let i = 0; i <= items.length; i += size)", "bug", "<= adds an empty last batch (or one batch for an empty list)", "off-by-one"),
    "CHUNK-ZERO-SIZE": P("src/util/chunk.ts", "for (let i = 0; i <= items.length; i += size)", "bug", "size <= 0 loops forever"),
    "ID-RANDOM": P("src/store.ts", "return Math.random().toString(36).slice(2, 8);", "security", "note ids from Math.random, six characters: guessable and colliding"),
    "SAVEALL-FOREACH": P("src/store.ts", "batches.forEach(async (batch) => {", "bug", "forEach with an async callback: saveAll resolves before writes finish, errors unhandled", "signature-vs-statement"),
    "USER-CACHE-RACE": P("src/users.ts", "const user = await fetchUser(id);", "bug", "check, await, then set: concurrent misses all fetch; miss counter counts each", "critical-section"),
    "USER-CACHE-STALE": P("src/users.ts", "cache.set(id, user);", "bug", "cache never invalidated: updateUser leaves the old user cached"),
    "NOTE-NOT-FOUND": P("src/server.ts", "res.json(note);", "bug", "unknown note id answers 200 with an empty body instead of 404", nth=0),
    "XSS-TITLE": P("src/server.ts", "`<h1>${title}</h1>` +", "security", "title from the query string rendered into HTML unescaped (reflected XSS)", "source-vs-sink"),
    "XSS-BODY": P("src/server.ts", '`<div class="body">${note?.body', "security", "stored note body rendered into HTML unescaped (stored XSS)"),
    "LIMIT-UNBOUNDED": P("src/server.ts", "const limit = Number(req.query.limit ?? 50);", "performance", "limit not bounded (or NaN): whole collection returned"),
    "REGEX-INJECTION": P("src/server.ts", 'const re = new RegExp(q, "i");', "security", "user input compiled as a RegExp: ReDoS", "source-vs-sink"),
    "SEARCH-ALL-OWNERS": P("src/server.ts", "res.json(await searchNotes(re, limit));", "security", "search is not filtered by owner: returns every user's notes"),
    "ASYNC-UNCAUGHT": P("src/server.ts", "const current = await getUser(req.params.id);", "bug", "getUser rejects for unknown ids; Express 4 does not catch async rejections, the request hangs"),
    "USER-IDOR": P("src/server.ts", "await updateUser({ ...current, ...req.body, id: current.id });", "security", "any authenticated user can update any other user (no ownership check)"),
    "USER-MASS-ASSIGN": P("src/server.ts", "await updateUser({ ...current, ...req.body, id: current.id });", "security", "request body spread into the user: caller sets fields such as email freely"),
}

CONFUSABLE = [
    ("JWT-NO-VERIFY", "JWT-NO-EXP"),
    ("ADMIN-KEY-IN-URL", "ADMIN-KEY-UNSET"),
    ("CHUNK-EMPTY-TAIL", "CHUNK-ZERO-SIZE"),
    ("USER-CACHE-RACE", "USER-CACHE-STALE"),
    ("XSS-TITLE", "XSS-BODY"),
    ("LIMIT-UNBOUNDED", "REGEX-INJECTION"),
    ("REGEX-INJECTION", "SEARCH-ALL-OWNERS"),
    ("LIMIT-UNBOUNDED", "SEARCH-ALL-OWNERS"),
    ("USER-IDOR", "USER-MASS-ASSIGN"),
    ("ASYNC-UNCAUGHT", "USER-IDOR"),
    ("ASYNC-UNCAUGHT", "USER-MASS-ASSIGN"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review of notes-api

        **Authentication is effectively off.** `requireAuth` uses `jwt.decode`, which does not check the
        signature, so anyone can mint a token with any `sub`/`role`. `requireAdmin` grants access when
        `ADMIN_KEY` is not configured and no key is sent.

        **Injection.** `/notes/:id/view` builds HTML with template literals (reflected and stored XSS),
        `/search` compiles user input as a regular expression, and `deepMerge` applies PATCH bodies
        without filtering `__proto__`.

        **Correctness.** `saveAll` does not wait for its writes, `chunk` produces an extra empty batch, and
        the user cache in `users.ts` is neither coalesced nor invalidated.

        I did not run the code; the findings are from reading it.
        """,
        Block([
            F("JWT-NO-VERIFY", "critical", "security", "JWT signature is never verified (`jwt.decode` instead of `jwt.verify`)",
              "Use `jwt.verify(token, secret, { algorithms: ['HS256'] })` and reject on error.",
              symbol="requireAuth", conf=0.95),
            F("JWT-NO-EXP", "high", "security", "Tokens without an `exp` claim never expire",
              "Require `exp` (jwt.verify does this with `maxAge`/`clockTolerance`), and treat a missing claim as invalid.",
              symbol="requireAuth", conf=0.8),
            F("ADMIN-KEY-UNSET", "high", "security", "Admin check passes when ADMIN_KEY is unset and no key is sent",
              "Fail closed at start-up if ADMIN_KEY is missing; compare with crypto.timingSafeEqual.",
              symbol="requireAdmin", conf=0.85),
            F("PROTO-POLLUTION", "high", "security", "Prototype pollution in `deepMerge` via `__proto__` keys",
              "Skip `__proto__`, `constructor` and `prototype`, iterate `Object.keys`, or merge into `Object.create(null)`.",
              symbol="deepMerge", conf=0.85),
            F("XSS-TITLE", "high", "security", "Reflected XSS: `title` query parameter is interpolated into HTML",
              "Escape HTML (or render with a template engine that escapes by default).", n=2,
              symbol="GET /notes/:id/view", conf=0.9),
            F("XSS-BODY", "high", "security", "Stored XSS: note body is rendered without escaping",
              "Escape the body before inserting it into the page.", symbol="GET /notes/:id/view", conf=0.85),
            F("REGEX-INJECTION", "medium", "security", "ReDoS: search query is compiled into a RegExp",
              "Escape regex metacharacters or use a plain substring match.", symbol="GET /search", conf=0.8),
            F("SEARCH-ALL-OWNERS", "high", "security", "Search returns other users' notes",
              "Filter by `note.owner === res.locals.claims.sub` inside `searchNotes`.", symbol="GET /search", conf=0.75),
            F("USER-IDOR", "high", "security", "Any authenticated user can overwrite another user's profile",
              "Check `res.locals.claims.sub === req.params.id` (or admin role) before updating.",
              symbol="PUT /users/:id", conf=0.85),
            F("SAVEALL-FOREACH", "medium", "bug", "`saveAll` resolves before the batches are written",
              "Use `for (const batch of batches) await writeBatch(batch);` or `Promise.all`.",
              symbol="saveAll", conf=0.9),
            F("CHUNK-EMPTY-TAIL", "low", "bug", "Off-by-one in `chunk`: `<=` yields an empty trailing batch",
              "Use `i < items.length`.", symbol="chunk", conf=0.85),
            F("USER-CACHE-RACE", "low", "performance", "Concurrent cache misses fetch the same user more than once",
              "Cache the pending promise (`cache.set(id, promise)`) so concurrent callers share one fetch.",
              symbol="getUser", conf=0.6),
            F("USER-CACHE-STALE", "medium", "bug", "User cache is never invalidated after `updateUser`",
              "Delete or refresh the cache entry in `updateUser`.", symbol="getUser", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings (auth, injection, async correctness):",
        Block([
            F("JWT-NO-VERIFY", "critical", "security", "Bearer tokens are decoded, not verified",
              "Verify the signature with the server secret."),
            F("ADMIN-KEY-IN-URL", "medium", "security", "Admin API key accepted in the query string",
              "Only read the x-api-key header."),
            F("ADMIN-KEY-UNSET", "high", "security", "requireAdmin lets everyone in when ADMIN_KEY is not set",
              "Reject when the configured key is empty."),
            F("PROTO-POLLUTION", "high", "security", "deepMerge allows prototype pollution from PATCH bodies",
              "Filter dangerous keys and use own properties only.", d=-3),
            F("XSS-TITLE", "high", "security", "Unescaped `title` query parameter reflected into HTML response",
              "HTML-escape before rendering.", d=-2),
            F("REGEX-INJECTION", "medium", "security", "Untrusted `q` is used to build a regular expression",
              "Escape it (or limit length and use RE2).", d=-2),
            F("USER-MASS-ASSIGN", "medium", "security", "PUT /users/:id spreads the raw request body into the stored user",
              "Pick allowed fields explicitly."),
            F("ASYNC-UNCAUGHT", "medium", "bug", "Rejected promise from getUser is not handled in the PUT handler",
              "Wrap async handlers (express-async-errors or try/catch -> next(err))."),
            F("SAVEALL-FOREACH", "high", "bug", "saveAll does not await its writes",
              "Replace forEach with for...of.", d=+1),
            F("CHUNK-ZERO-SIZE", "low", "bug", "chunk() never terminates for size <= 0",
              "Throw on non-positive size."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I will now provide a comprehensive review of the notes API. I have examined the authentication
        middleware, the route handlers and the utility modules.

        ### Key Observations

        1.  **Authentication weaknesses:** the JWT handling does not validate tokens correctly.
        2.  **Cross-Site Scripting (XSS):** HTML is built by string concatenation.
        3.  **Denial of Service:** the search endpoint is vulnerable to ReDoS and accepts unbounded limits.
        4.  **Weak identifiers:** note IDs are generated with `Math.random`.

        Here are the findings:
        """,
        Block([
            F("JWT-NO-VERIFY", "critical", "security", "JWT Signature Not Verified",
              "Replace jwt.decode with jwt.verify.",
              desc="jwt.decode only base64-decodes the payload; a forged token is accepted."),
            F("JWT-NO-EXP", "major", "security", "Missing Expiration Validation",
              "Reject tokens that do not carry an exp claim.",
              desc="If the token has no exp claim the comparison `undefined < number` is false, so the token is accepted forever."),
            F("XSS-TITLE", "major", "security", "Cross-Site Scripting (XSS) in note view",
              "Use a templating engine with auto-escaping.", n=2,
              desc="The title query parameter is embedded in the HTML response without escaping."),
            F("REGEX-INJECTION", "major", "performance", "Regular Expression Denial of Service (ReDoS)",
              "Escape special characters in the user input."),
            F("LIMIT-UNBOUNDED", "medium", "performance", "Unbounded limit parameter",
              "Clamp limit to a maximum such as 100 and handle NaN."),
            F("ID-RANDOM", "medium", "security", "Predictable note identifiers",
              "Use crypto.randomUUID()."),
            F("NOTE-NOT-FOUND", "low", "correctness", "Missing 404 handling for unknown notes",
              "Return res.status(404) when the note does not exist."),
            F("CHUNK-EMPTY-TAIL", "low", "correctness", "chunk() pushes an empty array at the end",
              "Change the loop condition to i < items.length.", d=+1),
            U({"severity": "low", "category": "maintainability",
               "recommendation": "Add unit tests for the utility functions in src/util."}),
            F("USER-CACHE-RACE", "low", "correctness", "Cache statistics may be inaccurate under concurrency",
              "Increment counters only once per actual fetch.", d=+2),
            F("USER-IDOR", "major", "security", "Insecure Direct Object Reference in user update",
              "Verify that the authenticated user matches the :id parameter.", d=-1,
              desc="The handler loads and updates the user identified by req.params.id without checking who is asking."),
        ], fence="", wrap="list"),
        """
        These changes will significantly improve the security posture of the application.
        """,
    ]),
    "opencode": Answer("opencode", "dot", [
        """
        Reviewed src/. Issues:
        """,
        Block([
            F("PROTO-POLLUTION", "high", "security", "prototype pollution in deepMerge", "block __proto__/constructor keys"),
            F("XSS-BODY", "high", "security", "stored xss: note body inserted into html", "escape output"),
            F("ADMIN-KEY-UNSET", "critical", "security", "admin bypass when ADMIN_KEY env is missing", "fail closed"),
            F("CHUNK-ZERO-SIZE", "medium", "bug", "infinite loop when size is 0", "guard size > 0"),
            F("SAVEALL-FOREACH", "medium", "bug", "async forEach not awaited", "use for..of with await"),
            F("USER-CACHE-STALE", "low", "bug", "stale user cache after update", "invalidate on update"),
        ]),
    ]),
    "qwen": Answer("qwen", "dot", [
        """
        I've reviewed the notes API. Here is a summary of the issues found:

        - Authentication: tokens without expiry are accepted; the admin key can be passed in the URL.
        - XSS in the note view endpoint.
        - Prototype pollution in the deep merge helper.
        - Async issues: `saveAll` does not await, unhandled rejections in route handlers.
        - The user cache is not safe for concurrent requests.
        - Off-by-one in `chunk`.
        """,
        Block([
            F("XSS-TITLE", "critical", "security", "Cross-site scripting via title parameter",
              "Escape HTML special characters.", conf=0.9),
            F("JWT-NO-EXP", "major", "security", "Tokens without exp claim never expire",
              "Validate exp presence.", conf=0.75),
            F("ADMIN-KEY-IN-URL", "minor", "security", "API key accepted via query string",
              "Accept the key only from the header.", conf=0.7),
            F("PROTO-POLLUTION", "major", "security", "Prototype pollution in deepMerge",
              "Use Object.hasOwn and skip __proto__.", d=-2, conf=0.8),
            F("USER-CACHE-RACE", "major", "concurrency", "Race condition in getUser cache",
              "Store in-flight promises in the cache.", d=+1, n=2, conf=0.7),
            F("CHUNK-EMPTY-TAIL", "minor", "correctness", "Off-by-one error in chunk loop condition",
              "Use < instead of <=.", conf=0.85),
            F("SAVEALL-FOREACH", "major", "correctness", "saveAll returns before all batches are saved",
              "Use Promise.all(batches.map(writeBatch)).", d=-2, conf=0.85),
            F("SEARCH-ALL-OWNERS", "major", "security", "Search endpoint exposes notes of all users",
              "Restrict results to the authenticated user's notes.", conf=0.7),
            F("NOTE-NOT-FOUND", "minor", "correctness", "GET /notes/:id returns 200 for missing notes",
              "Send 404 when note is undefined.", conf=0.7),
            F("USER-MASS-ASSIGN", "major", "security", "Mass assignment in user update",
              "Whitelist updatable fields.", conf=0.75),
            F("ASYNC-UNCAUGHT", "major", "correctness", "Unhandled promise rejection in PUT /users/:id",
              "Catch errors and pass them to next().", conf=0.7),
        ], wrap="object+summary", summary="10 findings"),
    ]),
}
