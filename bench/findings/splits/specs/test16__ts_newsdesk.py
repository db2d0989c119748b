"""test16/ts-newsdesk: a newsroom CMS API (TypeScript, Express 4 + pg + jsonwebtoken). Frozen test split; labels inline.

Written 2026-12-02 by a helper session that had not seen the merger code, its tuning data, its scores, or any
other split's specs, answers or repositories apart from specs/tune2__py_snapctl.py (read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its tuning data or its scores. "
    "Frozen test split (test16): seeded problems in a small newsroom CMS API; five agents' answers written by hand."
)

AU = "src/auth.ts"
R = "src/render.ts"
S = "src/server.ts"
SC = "src/schedule.ts"
PROBLEMS = {
    "JWT-DECODE": P(AU, "const claims = jwt.decode(token) as Claims | null;", "security", "jwt.decode instead of jwt.verify: any forged token is accepted"),
    "ROLE-FROM-HEADER": P(AU, 'role: (req.header("x-newsdesk-role") as Role) ?? claims.role', "security", "x-newsdesk-role header overrides the role in the token"),
    "PREVIEW-DEFAULT-SECRET": P(AU, 'const PREVIEW_SECRET = process.env.PREVIEW_SECRET ?? "newsdesk-preview";', "security", "hard-coded fallback preview secret"),
    "PREVIEW-MD5": P(AU, 'return crypto.createHash("md5").update(`${articleId}:${PREVIEW_SECRET}`)', "security", "preview token is md5(id:secret), not an HMAC, and never expires", "signature-vs-statement"),
    "BYLINE-XSS": P(R, '<p class="byline">By ${a.byline}</p>', "security", "byline interpolated into HTML unescaped"),
    "CAPTION-XSS": P(R, "<figcaption>${a.hero_caption}</figcaption>", "security", "hero caption (free text from the image import) interpolated unescaped"),
    "RELATED-OOB": P(R, "for (let i = 0; i <= related.length; i++) {", "bug", "<= reads related[length]: TypeError on every article page", "off-by-one"),
    "RELATED-XSS": P(R, '<li><a href="/a/${related[i].slug}">${related[i].title}</a></li>', "security", "related titles unescaped (extra, one agent)"),
    "WIRE-KEY-IN-URL": P(S, "const resp = await fetch(`${WIRE_URL}?api_key=${WIRE_KEY}`", "security", "wire API key sent in the query string"),
    "TRENDING-STAMPEDE": P(S, 'const { rows } = await db.query("SELECT slug, title FROM articles a JOIN page_views', "performance", "expired trending cache: every concurrent request runs the heavy query and races to overwrite it", "critical-section"),
    "SECTION-SQLI": P(S, "WHERE section = '${section}' AND status = 'published'", "security", "section path parameter interpolated into SQL", "source-vs-sink"),
    "LIMIT-UNCAPPED": P(S, "const limit = Number(req.query.limit ?? 20);", "performance", "limit from the query uncapped (and NaN unchecked): huge public queries"),
    "DRAFT-EXPOSED": P(S, 'const { rows } = await db.query("SELECT * FROM articles WHERE slug = $1", [req.params.slug]);', "security", "drafts and archived articles served publicly: status not checked, preview only checked when given", "signature-vs-statement"),
    "MASS-ASSIGN": P(S, "const keys = Object.keys(req.body);", "security", "every body key is written: reporters set status, author_id, published_at"),
    "UPDATE-SQLI-KEYS": P(S, "const sets = keys.map((k, i) => `${k} = $${i + 1}`)", "security", "body keys become column names in SQL: injection"),
    "UPDATE-WHERE-OFF-BY-ONE": P(S, "WHERE id = $${keys.length}`", "bug", "id placeholder is $n instead of $n+1: WHERE compares id with the last field value and the id is never bound (pg rejects the extra value), so edits fail or hit another row", "off-by-one"),
    "UPDATE-NO-OWNER": P(S, "WHERE id = $${keys.length}`", "security", "any reporter edits any article (no author check)", "signature-vs-statement"),
    "PUBLISH-RACE": P(S, "await pushToWire(article);", "bug", "status check, wire push and UPDATE not atomic: double publish to the wire, racy counter", "critical-section"),
    "HERO-SSRF": P(S, "const resp = await fetch(src);", "security", "url from the body fetched server-side: SSRF", "source-vs-sink"),
    "HERO-UNBOUNDED": P(S, "const buf = Buffer.from(await resp.arrayBuffer());", "security", "no size, status or content-type check on the fetched image"),
    "SCHEDULER-STUCK": P(SC, "for (const r of rows) await publish(r.id);", "bug", "a failing publish rejects inside the setInterval callback: running stays true (scheduler stuck) and the rejection is unhandled"),
    "SLOT-OFF-BY-ONE": P(SC, "for (let hour = FIRST_SLOT; hour < LAST_SLOT; hour++) {", "bug", "< LAST_SLOT: the 22:00 slot (inclusive per the comment) is never built", "off-by-one"),
}

CONFUSABLE = [
    ("JWT-DECODE", "ROLE-FROM-HEADER"),
    ("PREVIEW-DEFAULT-SECRET", "PREVIEW-MD5"),
    ("BYLINE-XSS", "CAPTION-XSS"),
    ("RELATED-OOB", "RELATED-XSS"),
    ("SECTION-SQLI", "LIMIT-UNCAPPED"),
    ("MASS-ASSIGN", "UPDATE-SQLI-KEYS"),
    ("UPDATE-SQLI-KEYS", "UPDATE-WHERE-OFF-BY-ONE"),
    ("UPDATE-WHERE-OFF-BY-ONE", "UPDATE-NO-OWNER"),
    ("MASS-ASSIGN", "UPDATE-NO-OWNER"),
    ("HERO-SSRF", "HERO-UNBOUNDED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `newsdesk` is an Express 4 API for a newsroom: public section fronts and article pages, and an
        authenticated newsroom side for editing, publishing, hero images and the homepage rotation. The
        authentication layer does not actually authenticate, which makes every role check below it moot, so
        fix that first.

        Priorities:
        1. `authenticate` decodes the JWT without verifying it and lets a header choose the role.
        2. Injection: the section name in SQL, request body keys as column names, the hero image URL (SSRF).
        3. Public exposure of drafts; stored XSS in the article template.
        4. The article edit query updates the wrong row.
        5. Concurrency: double publishing, the trending cache stampede.
        6. Smaller correctness bugs in the related list, scheduler and rotation.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "JWT is decoded but never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })`; `jwt.decode` accepts any token, including an unsigned one.",
              symbol="authenticate", conf=0.95),
            F("ROLE-FROM-HEADER", "critical", "security", "Role can be chosen with the `x-newsdesk-role` header",
              "Take the role from the verified token only.", symbol="authenticate", conf=0.9),
            F("PREVIEW-MD5", "medium", "security", "Preview links are an unsalted hash, not an HMAC, and never expire",
              "Use `crypto.createHmac(\"sha256\", secret)` over the id and an expiry, and compare with `timingSafeEqual`.",
              symbol="previewToken", conf=0.7),
            F("BYLINE-XSS", "high", "security", "Byline rendered without escaping",
              "Wrap it in `escapeHtml` like the title.", symbol="renderArticle", conf=0.8),
            F("RELATED-OOB", "high", "bug", "Related-links loop runs one past the end",
              "`i <= related.length` reads `related[related.length]`, which is `undefined`, so `.slug` throws and every article page 500s. Use `<`, or `for (const r of related)`.",
              symbol="renderArticle", conf=0.9),
            F("RELATED-XSS", "medium", "security", "Related article titles are not escaped",
              "Escape `title` and `slug` in the list items.", symbol="renderArticle", conf=0.6),
            F("SECTION-SQLI", "critical", "security", "SQL injection through the section name",
              "Pass the section as a bound parameter (`WHERE section = $3`).",
              symbol="GET /sections/:name", conf=0.95),
            F("LIMIT-UNCAPPED", "low", "performance", "Section front accepts any `limit`",
              "Clamp `limit` to 1..50 and reject `NaN`.", symbol="GET /sections/:name", conf=0.6),
            F("TRENDING-STAMPEDE", "low", "performance", "Trending cache refresh is not deduplicated",
              "When the cache expires, every concurrent request runs the aggregate query. Cache the in-flight promise so one refresh serves all waiters.",
              d=+1, symbol="getTrending", conf=0.65),
            F("DRAFT-EXPOSED", "high", "security", "Unpublished and archived articles are publicly readable",
              "Filter on `status = 'published'` unless a valid preview token is supplied; the preview check only runs when the parameter is present.",
              symbol="GET /a/:slug", conf=0.85),
            F("MASS-ASSIGN", "high", "security", "Article update writes every field in the request body",
              "Accept an explicit list of editable fields (`title`, `body_html`, `byline`, ...); today a reporter can set `status` or `author_id`.",
              symbol="PUT /articles/:id", conf=0.85),
            F("UPDATE-SQLI-KEYS", "critical", "security", "Request body keys are interpolated as column names",
              "Same fix as above: map allowed keys to known column names; never put client keys into SQL text.",
              symbol="PUT /articles/:id", conf=0.9),
            F("UPDATE-WHERE-OFF-BY-ONE", "high", "bug", "`WHERE id` binds the wrong parameter",
              "With k fields the id is parameter k+1, but the query uses `$${keys.length}`: `WHERE id` is compared with the last field's value and the real id is never bound (Postgres then rejects the extra parameter, so every edit fails). Use `$${keys.length + 1}`.",
              symbol="PUT /articles/:id", conf=0.9),
            F("UPDATE-NO-OWNER", "medium", "security", "Reporters can edit any article",
              "Restrict reporters to their own articles (`AND author_id = $n`) or require the editor role.",
              d=-3, symbol="PUT /articles/:id", conf=0.7),
            F("PUBLISH-RACE", "medium", "bug", "Concurrent publish requests both push to the wire",
              "Flip the status atomically first (`UPDATE ... SET status = 'publishing' WHERE id = $1 AND status <> 'published' RETURNING *`) and push only when a row came back.",
              d=-1, symbol="POST /articles/:id/publish", conf=0.75),
            F("HERO-SSRF", "high", "security", "Hero image import fetches arbitrary URLs (SSRF)",
              "Allow only the photo agencies' hosts over https and block private address ranges.",
              symbol="POST /articles/:id/hero", conf=0.85),
            F("HERO-UNBOUNDED", "medium", "security", "Imported image is read fully into memory without checks",
              "Check `resp.ok`, `content-type` and `content-length`, and stream with a size cap.",
              symbol="POST /articles/:id/hero", conf=0.7),
            F("SCHEDULER-STUCK", "medium", "bug", "One failed publish stops the scheduler for good",
              "Reset `running` in a `finally` block and catch per-article errors.",
              symbol="startScheduler", conf=0.8),
            F("SLOT-OFF-BY-ONE", "low", "bug", "Homepage rotation has no 22:00 slot",
              "The comment says 06:00 to 22:00 inclusive; use `hour <= LAST_SLOT`.",
              symbol="daySlots", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/*.ts (Express + pg). 12 findings.",
        Block([
            F("JWT-DECODE", "critical", "security", "authenticate trusts unsigned JWTs (jwt.decode)", "jwt.verify with the secret."),
            F("SECTION-SQLI", "critical", "security", "SQLi: req.params.name lands in the section query string", "Bind as $3.", d=-3),
            F("UPDATE-SQLI-KEYS", "critical", "security", "PUT /articles/:id builds SET clause from client-controlled keys", "Allow-list columns."),
            F("UPDATE-WHERE-OFF-BY-ONE", "high", "bug", "Wrong placeholder index for id in UPDATE (should be keys.length + 1)", "Fix index."),
            F("HERO-SSRF", "high", "security", "SSRF in hero import: req.body.url fetched without validation", "Host allow-list.", d=-2),
            F("DRAFT-EXPOSED", "high", "security", "GET /a/:slug serves drafts to anonymous readers", "status check.", d=-1),
            F("PREVIEW-MD5", "medium", "security", "previewToken is a plain md5 of id and secret", "HMAC-SHA256 + expiry.", d=-1),
            F("WIRE-KEY-IN-URL", "medium", "security", "Wire API key passed as ?api_key=", "Authorization header."),
            F("CAPTION-XSS", "medium", "security", "figcaption content not escaped", "escapeHtml(a.hero_caption)."),
            F("RELATED-OOB", "medium", "bug", "renderArticle dereferences related[related.length]", "i < related.length.", d=+1),
            F("PUBLISH-RACE", "medium", "bug", "publish is check-then-act; two requests syndicate twice", "Atomic status transition."),
            F("SLOT-OFF-BY-ONE", "low", "bug", "daySlots drops the last pick (22:00)", "<= LAST_SLOT.", d=+1),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `newsdesk` codebase. It is an Express-based content management API for a
        newsroom with a public reading side and an authenticated editorial side backed by PostgreSQL.

        ### Key Concerns

        **Authentication** is fundamentally broken: tokens are not verified and the role can be supplied by
        the client. **Injection** vulnerabilities exist in both the public section endpoint and the article
        update endpoint. **Cross-Site Scripting** is possible through the article template. I also noticed
        concurrency problems in the publishing flow.

        Here are my detailed findings:
        """,
        Block([
            F("JWT-DECODE", "critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="The middleware uses `jwt.decode`, which does not validate the signature. Anyone can forge a token with an arbitrary `sub` and `role`."),
            F("ROLE-FROM-HEADER", "critical", "Broken Access Control", "Privilege Escalation via Custom Role Header",
              "Remove the header override."),
            F("PREVIEW-DEFAULT-SECRET", "high", "Cryptography", "Hardcoded Fallback Secret for Preview Tokens",
              "Fail at startup if `PREVIEW_SECRET` is not set."),
            F("SECTION-SQLI", "critical", "SQL Injection", "SQL Injection in Section Listing",
              "Use parameterized queries for `section`.", d=-3,
              desc="The `name` route parameter is assigned to `section` and concatenated into the SQL string."),
            F("DRAFT-EXPOSED", "high", "Broken Access Control", "Draft Articles Accessible Without Preview Token",
              "Require a valid preview token for any article that is not published.", d=+3,
              desc="The preview token is only validated when the `preview` parameter is present. If it is omitted, unpublished drafts are rendered for anyone."),
            F("UPDATE-SQLI-KEYS", "critical", "SQL Injection", "SQL Injection via JSON Keys in Article Update",
              "Validate keys against a list of columns."),
            F("UPDATE-NO-OWNER", "medium", "Broken Access Control", "Missing Ownership Check on Article Update",
              "Verify that the reporter is the author of the article."),
            F("BYLINE-XSS", "high", "Cross-Site Scripting", "Stored XSS in Article Byline",
              "Escape the byline."),
            F("RELATED-OOB", "medium", "Logic Error", "Out-of-Bounds Access in Related Articles Loop",
              "Use `<` instead of `<=`.", d=+1),
            F("PUBLISH-RACE", "medium", "Race Condition", "Race Condition in Article Publishing",
              "Use a transaction or an atomic conditional update.", d=+1,
              desc="Two concurrent publish requests may both pass the status check, pushing the story to the wire twice before the status update lands."),
            U({"severity": "low", "category": "Best Practices", "suggestion": "Add input validation with a schema library such as zod."}),
            F("WIRE-KEY-IN-URL", "medium", "Information Disclosure", "API Key Exposed in Query String",
              "Send the key in a header."),
            F("HERO-SSRF", "high", "Server-Side Request Forgery", "SSRF in Hero Image Import",
              "Validate the URL against an allow-list."),
        ], wrap="list"),
        """
        Overall, I recommend fixing the authentication middleware first, because every other access control
        check in the application depends on it.
        """,
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-DECODE", "critical", "security", "jwt not verified", "jwt.verify"),
            F("SECTION-SQLI", "critical", "security", "sql injection in /sections/:name", "parameterize section"),
            F("BYLINE-XSS", "high", "security", "byline not escaped", "escapeHtml"),
            F("MASS-ASSIGN", "high", "security", "mass assignment on article update", "pick allowed fields"),
            F("UPDATE-NO-OWNER", "medium", "", "reporter can edit others' articles", "check author_id", d=-3),
            F("HERO-SSRF", "high", "security", "ssrf via hero url", "allow-list hosts"),
            F("TRENDING-STAMPEDE", "low", "bug", "trending cache overwritten by concurrent refreshes", "single-flight", d=+2),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. Authentication: the JWT is never verified and the role header is trusted.
        2. Injection: SQL (section, update keys) and SSRF (hero import).
        3. Access control: drafts are public; reporters can change any field.
        4. Concurrency: publishing and the trending cache.
        5. Reliability: the scheduler can get stuck; rendering can crash.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Token signature is not validated", "Use jwt.verify.", conf=0.95),
            F("ROLE-FROM-HEADER", "blocker", "security", "Client-controlled role header", "Ignore x-newsdesk-role.", conf=0.9),
            F("PREVIEW-DEFAULT-SECRET", "major", "security", "Default preview secret in source", "Require PREVIEW_SECRET.", conf=0.75),
            F("BYLINE-XSS", "major", "security", "Unescaped byline in article HTML", "Escape it.", conf=0.8),
            F("RELATED-OOB", "major", "correctness", "Loop bound uses <= on related.length", "Use <.", conf=0.85),
            F("SECTION-SQLI", "blocker", "security", "String-built SQL in section front", "Use placeholders.", conf=0.9),
            F("LIMIT-UNCAPPED", "minor", "resource-exhaustion", "Unbounded page size on public endpoint", "Cap limit.", conf=0.6),
            F("TRENDING-STAMPEDE", "minor", "concurrency", "Cache stampede on trending refresh", "Share one pending refresh.", d=-1, conf=0.6),
            F("DRAFT-EXPOSED", "major", "security", "Article lookup ignores publication status", "Filter by status.", conf=0.8),
            F("MASS-ASSIGN", "major", "security", "Unrestricted field update (mass assignment)", "Whitelist fields.", conf=0.8),
            F("UPDATE-WHERE-OFF-BY-ONE", "major", "correctness", "Parameter numbering off by one in update query", "Number the id as keys.length + 1.", d=-1, conf=0.8),
            F("PUBLISH-RACE", "minor", "concurrency", "publishedToday incremented without coordination", "Derive the count from the database.", d=+2, conf=0.55),
            F("HERO-SSRF", "major", "security", "Server-side request forgery in hero import", "Validate the URL.", d=-2, conf=0.85),
            F("HERO-UNBOUNDED", "minor", "resource-exhaustion", "Image download has no size limit", "Limit the response size.", conf=0.65),
            F("WIRE-KEY-IN-URL", "minor", "security", "Wire key in URL", "Use a header.", conf=0.6),
            F("SCHEDULER-STUCK", "major", "reliability", "Scheduler flag not reset on error", "Use try/finally.", conf=0.8),
            F("SLOT-OFF-BY-ONE", "minor", "correctness", "Exclusive upper bound skips the last rotation slot", "Use <=.", conf=0.7),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 8 major, 6 minor"),
    ]),
}
