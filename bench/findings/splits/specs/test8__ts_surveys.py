"""test8/ts-surveys: an Express + pg survey/forms builder (forms, public fill-in page, responses, CSV export). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test8, issue 15) that had not seen the merger code, its "
    "results, its tuning answers or any other split's answers or repositories. Eighth frozen test split: seeded "
    "problems in a small survey builder backend; five agents' answers by hand. Score once, never tune on it."
)

SRV = "src/server.ts"
AUTH = "src/auth.ts"
RENDER = "src/render.ts"
TALLY = "src/tally.ts"

PROBLEMS = {
    "FORMS-SQLI": P(SRV, "'${tag}' = ANY(tags)", "security", "tag from the query string interpolated into the forms listing SQL", "source-vs-sink"),
    "FORM-NOAUTH": P(SRV, '"SELECT * FROM forms WHERE id = $1"', "security", "GET /forms/:id has no requireUser: anyone reads any form, drafts and owner columns included", "signature-vs-statement"),
    "FORM-404": P(SRV, "res.json(rows[0]);", "bug", "unknown form id answers 200 with an empty body instead of 404"),
    "REF-XSS": P(SRV, "res.send(renderForm(rows[0]) + ref);", "security", "ref query value put into the page HTML unescaped (reflected XSS)", "source-vs-sink"),
    "SLUG-404": P(SRV, "res.send(renderForm(rows[0]) + ref);", "bug", "unknown or unpublished slug: renderForm(undefined) throws, a 500 (and an unhandled rejection)"),
    "UNPUBLISHED-SUBMIT": P(SRV, '"SELECT id, max_responses FROM forms WHERE slug = $1"', "bug", "responses accepted for unpublished forms: the submit lookup lacks AND published"),
    "CAP-OFF-BY-ONE": P(SRV, "count > form.max_responses", "bug", "> instead of >=: one response more than max_responses is accepted", "off-by-one"),
    "CAP-RACE": P(SRV, "INSERT INTO responses (form_id, answers)", "bug", "count, check, insert and bump are not atomic across awaits: concurrent submissions overshoot the cap", "critical-section"),
    "SIZE-UNBOUNDED": P(SRV, "const size = Number(req.query.size ?? 50);", "performance", "size is not capped (or validated): ?size=10000000 pulls every response"),
    "RESP-PAGE-OFFSET": P(SRV, "page * size,", "bug", "1-based page with OFFSET page * size: the first page of responses is skipped", "off-by-one"),
    "EXPORT-IDOR": P(SRV, '"SELECT answers FROM responses WHERE form_id = $1 ORDER BY id"', "security", "CSV export never calls assertOwner: any user exports any form's responses", "signature-vs-statement"),
    "CSV-INJECTION": P(SRV, "Object.values(r.answers).join", "security", "answers starting with = + - @ written to CSV as is (formula injection)"),
    "CSV-QUOTING": P(SRV, "Object.values(r.answers).join", "bug", "values joined with commas without quoting: commas/newlines in answers break the columns"),
    "DEFAULT-SECRET": P(AUTH, '?? "surveys-share"', "security", "share-link secret falls back to a constant when SHARE_SECRET is unset"),
    "WEAK-SID": P(AUTH, "const sid = Math.random().toString(36).slice(2);", "security", "session ids from Math.random: predictable"),
    "EXTRA-SESSIONS-GROW": P(AUTH, "sessions.set(sid, { userId", "performance", "extra, one agent: expired sessions are never removed from the in-memory map"),
    "COOKIE-PARSE": P(AUTH, 'req.headers.cookie?.split("sid=")[1]', "bug", "cookie parsed with split: later cookies stick to the id, xsid= matches too"),
    "EXPIRY-INVERTED": P(AUTH, "session.expires > Date.now()", "security", "expiry comparison inverted: live sessions rejected, expired ones accepted"),
    "SHARE-MAC": P(AUTH, 'createHash("md5").update(SHARE_SECRET + formId)', "security", "share token is md5(secret + id), not an HMAC", "signature-vs-statement"),
    "SHARE-TIMING": P(AUTH, "return signShareToken(formId) === token;", "security", "share token compared with === (not constant-time)"),
    "OPTIONS-OFF-BY-ONE": P(RENDER, "for (let c = 1; c <= choices.length; c++)", "bug", "loop from 1 to length inclusive: first choice dropped, an 'undefined' option added", "off-by-one"),
    "CHOICE-XSS": P(RENDER, "<option>${choices[c]}</option>", "security", "choice text rendered into <option> unescaped (stored XSS)"),
    "LABEL-XSS": P(RENDER, "${q.label}</label>", "security", "question label rendered unescaped (stored XSS)"),
    "TITLE-XSS": P(RENDER, "<h1>${form.title}</h1>", "security", "form title rendered unescaped (stored XSS)"),
    "TALLY-RACE": P(TALLY, 'SELECT count(*) AS n FROM responses', "bug", "cache miss check-then-fill across an await: concurrent misses each count(*), and the late set() overwrites bumps", "critical-section"),
}

CONFUSABLE = [
    ("FORM-NOAUTH", "FORM-404"),
    ("REF-XSS", "SLUG-404"),
    ("CAP-OFF-BY-ONE", "CAP-RACE"),
    ("SIZE-UNBOUNDED", "RESP-PAGE-OFFSET"),
    ("EXPORT-IDOR", "CSV-INJECTION"),
    ("CSV-INJECTION", "CSV-QUOTING"),
    ("WEAK-SID", "EXTRA-SESSIONS-GROW"),
    ("COOKIE-PARSE", "EXPIRY-INVERTED"),
    ("SHARE-MAC", "SHARE-TIMING"),
    ("OPTIONS-OFF-BY-ONE", "CHOICE-XSS"),
    ("LABEL-XSS", "TITLE-XSS"),
    ("UNPUBLISHED-SUBMIT", "CAP-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the survey builder backend (`src/server.ts`, `src/auth.ts`, `src/render.ts`, `src/tally.ts`).

        **Priorities**

        1. Session handling is broken in both directions: the expiry test is inverted and ids come from `Math.random`.
        2. Stored XSS everywhere a form is rendered: title, labels and choices go into HTML unescaped.
        3. Two authorization gaps: `GET /forms/:id` is public and the CSV export skips `assertOwner`.
        4. SQL injection in the tag filter.
        5. The response cap is off by one and not atomic.
        """,
        Block([
            F("EXPIRY-INVERTED", "critical", "security", "Session expiry check is inverted",
              "`session.expires > Date.now()` is true for every live session, so valid sessions get 401 and expired "
              "ones pass. Use `session.expires < Date.now()`.", symbol="requireUser", conf=0.92),
            F("WEAK-SID", "high", "security", "Session identifiers generated with Math.random()",
              "Use `crypto.randomBytes(32).toString('base64url')`.", symbol="startSession", conf=0.9),
            F("FORMS-SQLI", "critical", "security", "SQL injection via the `tag` filter",
              "Bind it: `AND $2 = ANY(tags)` with `[req.user.id, tag]`.", symbol="GET /forms", conf=0.93),
            F("FORM-NOAUTH", "high", "security", "`GET /forms/:id` is unauthenticated",
              "Add `requireUser` and `assertOwner`; `SELECT *` also returns owner columns and unpublished drafts.",
              d=-1, symbol="GET /forms/:id", conf=0.85),
            F("EXPORT-IDOR", "high", "security", "CSV export does not check form ownership",
              "Call `await assertOwner(req.user.id, req.params.id)` first, like the responses route.",
              symbol="GET /forms/:id/export.csv", conf=0.88),
            F("CSV-INJECTION", "medium", "security", "CSV export allows formula injection",
              "Prefix cells starting with `=`, `+`, `-`, `@` with a quote and quote every field.",
              symbol="GET /forms/:id/export.csv", conf=0.7),
            F("TITLE-XSS", "high", "security", "Form title interpolated into HTML without escaping",
              "Escape with a helper (`&<>\"'`) or use a template engine that escapes.", symbol="renderForm", conf=0.87),
            F("LABEL-XSS", "high", "security", "Question labels interpolated into HTML without escaping",
              "Escape `q.label` the same way.", symbol="renderForm", conf=0.87),
            F("CHOICE-XSS", "high", "security", "Choice text injected into `<option>` unescaped",
              "Escape each choice.", symbol="input", conf=0.84),
            F("OPTIONS-OFF-BY-ONE", "medium", "bug", "Choice loop skips the first option and renders `undefined`",
              "Iterate `for (let c = 0; c < choices.length; c++)` or `choices.map(...)`.", symbol="input", conf=0.9),
            F("RESP-PAGE-OFFSET", "low", "bug", "Responses listing never shows the first page",
              "`page` defaults to 1, so the OFFSET starts at `size`; use `(page - 1) * size` and reject page < 1.",
              d=-1, n=2, symbol="GET /forms/:id/responses", conf=0.8),
            F("CAP-OFF-BY-ONE", "medium", "bug", "Form accepts one response beyond `max_responses`",
              "Reject when `count >= form.max_responses`.", symbol="POST /f/:slug/responses", conf=0.82),
            F("CAP-RACE", "medium", "bug", "Response cap check is racy",
              "Between `tally.count` and the INSERT other submissions interleave; enforce the cap in SQL "
              "(`INSERT ... SELECT ... WHERE (SELECT count(*) ...) < max_responses`) or with a row lock.",
              d=-2, n=3, symbol="POST /f/:slug/responses", conf=0.72),
            F("TALLY-RACE", "low", "bug", "Tally cache fill can overwrite concurrent increments",
              "`count()` awaits the query and then `set()`s the stale total, losing any `bump()` that ran meanwhile. "
              "Cache the in-flight promise instead.", d=+1, symbol="Tally.count", conf=0.65),
            F("SHARE-MAC", "medium", "security", "Share token is a plain MD5 of secret and id",
              "Use `crypto.createHmac('sha256', SHARE_SECRET)` and `timingSafeEqual` for the check.",
              symbol="signShareToken", conf=0.78),
            F("DEFAULT-SECRET", "medium", "security", "Fallback share secret is a constant",
              "Fail at startup when `SHARE_SECRET` is missing.", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of src/*.ts - 13 findings.",
        Block([
            F("FORMS-SQLI", "critical", "security", "req.query.tag reaches SQL text", "Parameterise.", d=-2),
            F("REF-XSS", "high", "security", "Reflected XSS: `ref` param echoed into HTML", "Escape or drop.", d=-1),
            F("FORM-NOAUTH", "high", "security", "GET /forms/:id has no auth middleware", "requireUser + owner check."),
            F("EXPORT-IDOR", "high", "security", "export.csv: missing assertOwner", "Add owner check.", d=-1),
            F("CSV-QUOTING", "low", "bug", "CSV rows not quoted/escaped", "Use a CSV writer."),
            F("RESP-PAGE-OFFSET", "low", "bug", "OFFSET page*size with page starting at 1", "(page - 1) * size.", d=-3),
            F("SIZE-UNBOUNDED", "medium", "performance", "size query param unbounded", "Clamp to e.g. 200."),
            F("CAP-OFF-BY-ONE", "low", "bug", "max_responses off by one", ">=.", d=-1),
            F("EXPIRY-INVERTED", "critical", "security", "requireUser accepts expired sessions", "Flip comparison."),
            F("COOKIE-PARSE", "medium", "bug", "sid taken by splitting the raw Cookie header", "cookie-parser."),
            F("SHARE-TIMING", "low", "security", "share token === compare", "timingSafeEqual."),
            F("TITLE-XSS", "high", "security", "renderForm: unescaped title", "Escape."),
            F("OPTIONS-OFF-BY-ONE", "low", "bug", "options loop 1..length inclusive", "0..length-1.", d=+1),
        ], wrap="object", indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the survey builder. Here is a summary of what I found, grouped by area.

        ### Authentication and Sessions

        Session handling is custom and has several flaws.
        """,
        Block([
            F("EXPIRY-INVERTED", "Critical", "Broken Authentication", "Inverted Session Expiration Check",
              "Reverse the comparison so expired sessions are rejected.", d=-1, sd=0),
            F("WEAK-SID", "High", "Broken Authentication", "Insecure Session ID Generation",
              "Use crypto.randomUUID() or crypto.randomBytes().",
              desc="Math.random() is not a cryptographically secure source; session ids can be predicted."),
            F("SHARE-MAC", "Medium", "Cryptography", "Weak Share Token Construction",
              "Use an HMAC (e.g. HMAC-SHA256) instead of a hash of the concatenation.", d=-1),
            F("DEFAULT-SECRET", "High", "Sensitive Data Exposure", "Hardcoded Fallback Secret",
              "Require SHARE_SECRET to be configured."),
            U({"severity": "Low", "category": "Best Practice", "suggestion": "Use a maintained session library such as express-session."}),
        ], wrap="list"),
        """
        ### Rendering and Data Handling

        The HTML rendering does no output encoding at all, and several endpoints trust query parameters.
        """,
        Block([
            F("TITLE-XSS", "High", "Cross-Site Scripting", "Stored XSS in Form Rendering",
              "HTML-encode all user-provided content before interpolation.",
              desc="Form titles are inserted directly into an `<h1>` element.", d=-1, sd=0),
            F("CHOICE-XSS", "High", "Cross-Site Scripting", "Stored XSS in Choice Options",
              "Encode option text.", d=1, sd=0),
            F("REF-XSS", "Medium", "Cross-Site Scripting", "Reflected XSS via ref Parameter",
              "Encode the value or remove the feature."),
            F("CSV-INJECTION", "Medium", "CSV Injection", "Formula Injection in CSV Export",
              "Sanitize cells that begin with formula characters."),
            F("CAP-RACE", "Low", "Race Condition", "Race Condition When Enforcing max_responses",
              "Enforce the limit with a database constraint or transaction.", d=+1),
            F("TALLY-RACE", "Low", "Performance", "Cache Stampede in Tally.count",
              "Store the pending promise so concurrent callers share one query.",
              desc="When the cache is cold, every concurrent submission runs its own count(*) query.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("FORMS-SQLI", "error", "security", "sql injection in /forms tag filter", "use $2 param"),
            F("LABEL-XSS", "error", "security", "question labels not escaped", "escape html"),
            F("EXPIRY-INVERTED", "error", "security", "session expiry check is backwards", "expires < Date.now()"),
            F("EXPORT-IDOR", "error", "security", "anyone logged in can export any form's responses", "assertOwner", d=-1),
            F("CAP-OFF-BY-ONE", "warning", "", "response limit allows one extra", "use >="),
            F("FORM-404", "warning", "bug", "missing form returns 200 with no body", "404 when rows is empty"),
        ], wrap="list", indent=None, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Session management defects (expiry, cookie parsing, unbounded session map).
        2. Injection: SQL in `/forms`, HTML in rendering and the `ref` banner.
        3. Data exposure through the CSV export and the public form endpoint.
        4. Concurrency: the response cap and the tally cache are not atomic.
        5. Input validation of pagination and submissions.
        """,
        Block([
            F("COOKIE-PARSE", "major", "correctness", "Fragile cookie parsing in requireUser",
              "Parse cookies properly (cookie-parser) so other cookies do not corrupt the session id.", conf=0.75),
            F("EXPIRY-INVERTED", "blocker", "security", "Expired sessions remain valid",
              "Compare `session.expires < Date.now()`.", d=-2, sd=0, conf=0.85),
            F("EXTRA-SESSIONS-GROW", "minor", "resource-exhaustion", "Session map grows without bound",
              "Delete expired entries (periodic sweep) or use a store with TTL.", conf=0.6),
            F("FORMS-SQLI", "blocker", "security", "SQL injection in form listing", "Parameterized query.", d=-1, conf=0.9),
            F("SLUG-404", "major", "correctness", "Unknown slug crashes the public form page",
              "Return 404 when no published form matches before calling renderForm.", conf=0.7),
            F("UNPUBLISHED-SUBMIT", "minor", "correctness", "Submissions accepted for unpublished forms",
              "Add `AND published` to the submit query.", conf=0.6),
            F("CAP-RACE", "major", "concurrency", "max_responses check and insert are not atomic",
              "Use a transaction with SELECT ... FOR UPDATE on the form row.", d=-2, n=2, conf=0.7),
            F("TALLY-RACE", "major", "concurrency", "Lost increments in Tally cache",
              "Do not overwrite the cached count after the await; initialise once via a shared promise.", conf=0.65),
            F("SIZE-UNBOUNDED", "minor", "reliability", "Unbounded page size on responses listing",
              "Clamp size between 1 and 500.", conf=0.7),
            F("CSV-QUOTING", "minor", "data-integrity", "CSV values are not quoted",
              "Quote fields and escape embedded quotes.", conf=0.7),
            F("CSV-INJECTION", "major", "security", "Spreadsheet formula injection in export", "Neutralise leading =,+,-,@.", conf=0.6),
        ], wrap="object+summary", summary="11 findings: 2 blocker, 5 major, 4 minor"),
    ]),
}
