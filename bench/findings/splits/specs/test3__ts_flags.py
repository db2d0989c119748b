"""test3/ts-flags: a feature-flag service (Express, Postgres, TypeScript). FROZEN test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits4) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Third frozen test split: seeded problems in a small "
    "TypeScript feature-flag service; five agents' answers by hand. Scored once, never tuned on."
)

SRV = "src/server.ts"
AUTH = "src/auth.ts"
EVAL = "src/evaluate.ts"
STORE = "src/store.ts"
AUDIT = "src/audit.ts"

PROBLEMS = {
    "CORS-REFLECT": P(SRV, "res.setHeader(\"Access-Control-Allow-Origin\", origin", "security", "any request Origin is reflected with Allow-Credentials: every site can call the admin API with the user's credentials", "source-vs-sink"),
    "ATTRS-PARSE": P(SRV, "const attrs = JSON.parse(String(req.query.attrs", "bug", "malformed attrs JSON throws inside an async Express 4 handler: unhandled rejection, the request never gets a response"),
    "USER-DEFAULT-EMPTY": P(SRV, "evaluate(flag, String(req.query.user ?? \"\"), attrs)", "bug", "missing user falls back to \"\": every anonymous request lands in the same bucket"),
    "SQLI-PROJECT": P(SRV, "WHERE project = '${project}' ORDER BY key`", "security", "project query value interpolated into the flags listing SQL", "source-vs-sink"),
    "WRONG-AUTH": P(SRV, "app.put(\"/v1/flags/:key\", requireSdkKey", "security", "flag writes guarded by requireSdkKey (public client keys) instead of requireAdmin"),
    "FLAG-MASS-ASSIGN": P(SRV, "const flag = { ...req.body, key: req.params.key };", "security", "request body saved unvalidated: caller sets project, rollout, rules, webhookSecret of any flag", "signature-vs-statement"),
    "ACTOR-SPOOF": P(SRV, "await appendAudit(req.header(\"x-actor\")", "security", "audit actor taken from a client header: the audit trail is forgeable"),
    "AUDIT-XSS": P(SRV, "<li>#${e.seq} ${e.actor} changed ${e.flag}", "security", "audit entries (actor, flag, change) rendered into HTML unescaped: stored XSS in the admin page"),
    "STACK-LEAK": P(SRV, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns stack traces to clients"),
    "EMPTY-KEY-BYPASS": P(AUTH, "if (!SDK_KEYS.has(req.header(\"x-sdk-key\") ?? \"\"))", "security", "SDK_KEYS unset (or a trailing comma) puts \"\" in the set, and a missing header becomes \"\": requests without a key pass", "signature-vs-statement"),
    "SDK-KEY-UNSCOPED": P(AUTH, "if (!SDK_KEYS.has(req.header(\"x-sdk-key\") ?? \"\"))", "security", "an SDK key is valid for every project: one app's public key reads any other project's flags"),
    "BUCKET-WEAK-HASH": P(EVAL, "for (const ch of userId) h += ch.charCodeAt(0);", "bug", "bucket is a sum of char codes: poorly spread, anagram ids collide, and without the flag key the same users are first in every rollout", "signature-vs-statement"),
    "ROLLOUT-OFF-BY-ONE": P(EVAL, "return h % 100 <= flag.rollout;", "bug", "buckets 0..99 compared with <=: a 0% rollout still enables 1% of users (every percentage one too many)", "off-by-one"),
    "REGEX-DOS": P(EVAL, "if (new RegExp(rule.pattern).test(attrs[rule.attribute]", "security", "rule pattern run against client-supplied attrs: catastrophic backtracking blocks the event loop (ReDoS)"),
    "REGEX-RECOMPILE": P(EVAL, "if (new RegExp(rule.pattern).test(attrs[rule.attribute]", "performance", "each rule's RegExp is compiled again on every evaluation (hot path)"),
    "CACHE-STAMPEDE": P(STORE, "await db.query(\"SELECT body FROM flags WHERE project = $1\"", "bug", "no single-flight: concurrent misses all query Postgres, and a load started before save() can re-cache stale flags after the delete", "critical-section"),
    "CACHE-UNBOUNDED": P(STORE, "this.cache.set(project, { flags, at: Date.now() });", "bug", "one cache entry per project name from the URL, never evicted: unbounded memory growth"),
    "AUDIT-SEQ-RACE": P(AUDIT, "const seq = Number(rows[0].seq) + 1;", "bug", "MAX(seq)+1 then INSERT: concurrent changes get the same sequence number", "critical-section"),
    "AUDIT-LOADS-ALL": P(AUDIT, "SELECT seq, actor, flag, change FROM audit ORDER BY seq DESC", "performance", "whole audit table loaded for every page, then sliced in memory"),
    "AUDIT-PAGE-OFF-BY-ONE": P(AUDIT, "return rows.slice(page * size, page * size + size - 1);", "bug", "slice end is exclusive, so `- 1` drops the last entry of every page", "off-by-one"),
}

CONFUSABLE = [
    ("ATTRS-PARSE", "USER-DEFAULT-EMPTY"),
    ("WRONG-AUTH", "FLAG-MASS-ASSIGN"),
    ("FLAG-MASS-ASSIGN", "ACTOR-SPOOF"),
    ("WRONG-AUTH", "ACTOR-SPOOF"),
    ("EMPTY-KEY-BYPASS", "SDK-KEY-UNSCOPED"),
    ("BUCKET-WEAK-HASH", "ROLLOUT-OFF-BY-ONE"),
    ("REGEX-DOS", "REGEX-RECOMPILE"),
    ("CACHE-STAMPEDE", "CACHE-UNBOUNDED"),
    ("AUDIT-LOADS-ALL", "AUDIT-PAGE-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the flag service: `server.ts`, `auth.ts`, `evaluate.ts`, `store.ts` and `audit.ts`.

        The most serious problem is that `PUT /v1/flags/:key` is protected by `requireSdkKey`. SDK keys are
        public by design (the comment in `auth.ts` says so), so anyone who opens the web app can rewrite any
        flag, and the body is stored as sent. The CORS middleware reflects any origin with credentials, and
        the audit page renders stored values as raw HTML.

        | Priority | Area | Finding |
        |----------|------|---------|
        | P0 | server.ts | flag writes need only a public SDK key |
        | P0 | server.ts | SQL injection in `GET /v1/flags` |
        | P1 | server.ts | CORS reflects origin with credentials |
        | P1 | audit.ts / server.ts | stored XSS in `/admin/audit`, forgeable actor |
        | P2 | evaluate.ts | rollout percentage off by one, weak bucketing |
        | P2 | store.ts | cache stampede, unbounded cache |
        """,
        Block([
            F("WRONG-AUTH", "critical", "security", "Flag updates are authorised with the public SDK key",
              "Use `requireAdmin` on `PUT /v1/flags/:key`; SDK keys are embedded in clients.",
              symbol="PUT /v1/flags/:key", conf=0.95),
            F("FLAG-MASS-ASSIGN", "high", "security", "Flag body is stored without validation",
              "Validate the body against a schema (zod or similar) and take `project` from the authenticated admin, not the body; "
              "reject unknown fields such as `webhookSecret` from non-owners.", symbol="PUT /v1/flags/:key", conf=0.85),
            F("ACTOR-SPOOF", "medium", "security", "Audit actor comes from the `x-actor` request header",
              "Derive the actor from the authenticated identity.", symbol="PUT /v1/flags/:key", conf=0.8),
            F("SQLI-PROJECT", "critical", "security", "SQL injection via the `project` query parameter",
              "Use `$1` as everywhere else: `db.query('... WHERE project = $1 ORDER BY key', [project])`.",
              symbol="GET /v1/flags", conf=0.95),
            F("CORS-REFLECT", "high", "security", "CORS reflects any Origin together with Allow-Credentials",
              "Allow a fixed list of admin origins; never combine a reflected origin with credentials.",
              d=-1, n=3, conf=0.88),
            F("AUDIT-XSS", "high", "security", "Stored XSS in the audit page",
              "Escape `actor`, `flag` and `change` before building HTML (or render JSON and let the UI escape).",
              symbol="GET /admin/audit", conf=0.9),
            F("ATTRS-PARSE", "medium", "bug", "Invalid `attrs` JSON leaves the request hanging",
              "Express 4 does not catch rejected promises from async handlers; wrap the parse in try/catch and answer 400.",
              symbol="GET /v1/evaluate/:project/:flag", conf=0.8),
            F("EMPTY-KEY-BYPASS", "high", "security", "Requests without an SDK key are accepted when SDK_KEYS is unset",
              "`''.split(',')` is `['']`, and a missing header is mapped to `''`. Filter empty keys and reject a missing header.",
              d=-3, n=1, symbol="SDK_KEYS", conf=0.8),
            F("SDK-KEY-UNSCOPED", "medium", "security", "SDK keys are not bound to a project",
              "`requireSdkKey` accepts any known key for any `:project`, so a key shipped in one app reads every project's "
              "flags (including rules that name internal customers). Map each key to its project and compare.",
              symbol="requireSdkKey", conf=0.7),
            F("ROLLOUT-OFF-BY-ONE", "medium", "bug", "Rollout percentage is off by one",
              "Buckets are 0..99, so use `<`: with `<=` a 0% rollout still enables 1% of users.",
              symbol="inRollout", conf=0.9),
            F("BUCKET-WEAK-HASH", "low", "bug", "Bucketing hash is a sum of character codes",
              "Hash `flag.key + ':' + userId` with a real hash (e.g. murmur3 or SHA-1); otherwise the same users are in every "
              "experiment and ids with the same letters share a bucket.", d=-2, n=3, symbol="inRollout", conf=0.75),
            F("REGEX-DOS", "medium", "security", "Rule patterns run against client-controlled attributes (ReDoS)",
              "Use a linear-time engine (re2) or restrict rules to exact/prefix matches.", symbol="evaluate", conf=0.7),
            F("CACHE-STAMPEDE", "medium", "bug", "Concurrent cache misses load the same project repeatedly",
              "Store the pending promise in the cache so concurrent callers share one load; this also prevents an older load "
              "from overwriting the entry invalidated by `save()`.", d=-1, n=3, symbol="FlagStore.flags", conf=0.75),
            F("CACHE-UNBOUNDED", "medium", "bug", "Flag cache grows without bound",
              "`project` comes from the URL of a public endpoint; cap the cache (LRU) or only cache known projects.",
              symbol="FlagStore.flags", conf=0.7),
            F("AUDIT-SEQ-RACE", "medium", "bug", "Audit sequence numbers can collide",
              "Use a sequence/identity column instead of `MAX(seq) + 1`.", d=-1, n=2, symbol="appendAudit", conf=0.8),
            F("AUDIT-PAGE-OFF-BY-ONE", "low", "bug", "Audit pages drop their last entry",
              "`slice` already excludes its end; remove the `- 1`.", symbol="auditPage", conf=0.9),
            F("AUDIT-LOADS-ALL", "low", "performance", "Audit page loads the entire table",
              "Use `LIMIT $1 OFFSET $2` in SQL.", symbol="auditPage", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "flagd review (highest first):",
        Block([
            F("WRONG-AUTH", "critical", "security", "PUT /v1/flags/:key uses requireSdkKey",
              "requireAdmin."),
            F("SQLI-PROJECT", "critical", "security", "SQL injection: `project` read from query string into SQL",
              "Parameterise.", d=-1),
            F("CORS-REFLECT", "high", "security", "Origin header reflected into ACAO with credentials",
              "Allowlist origins.", d=-1),
            F("AUDIT-XSS", "high", "security", "Audit HTML built from unescaped fields",
              "Escape."),
            F("EMPTY-KEY-BYPASS", "high", "security", "Missing x-sdk-key accepted when SDK_KEYS empty",
              "Reject empty keys.", symbol="requireSdkKey"),
            F("ROLLOUT-OFF-BY-ONE", "medium", "bug", "inRollout: `<=` admits one extra bucket",
              "Use `<`."),
            F("CACHE-STAMPEDE", "medium", "performance", "Thundering herd on cache expiry",
              "Cache the in-flight promise.", d=-1),
            F("AUDIT-SEQ-RACE", "medium", "bug", "Racy MAX(seq)+1 allocation",
              "Use a sequence.", d=-1),
            F("AUDIT-PAGE-OFF-BY-ONE", "low", "bug", "auditPage returns size-1 entries",
              "Drop `- 1`."),
            F("STACK-LEAK", "low", "security", "Error handler leaks err.stack",
              "Log it; return a generic message."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the feature-flag service. Below you'll find a summary of the architecture and the
        issues I identified, first the security vulnerabilities and then correctness and performance issues.

        The service exposes an evaluation endpoint for client SDKs and an admin surface (`/v1/flags`,
        `/admin/audit`). Authorization between the two is not separated correctly, and several places build
        SQL or HTML from untrusted values.

        ### Security Vulnerabilities
        """,
        Block([
            F("WRONG-AUTH", "Critical", "Broken Access Control", "Insufficient Authorization on Flag Update Endpoint",
              "Protect the route with requireAdmin.",
              desc="The write endpoint only checks an SDK key, which is distributed to untrusted clients."),
            F("FLAG-MASS-ASSIGN", "High", "Mass Assignment", "Mass Assignment in Flag Update",
              "Whitelist the fields that may be updated.", d=-1, sd=0,
              desc="The entire request body is spread into the stored flag."),
            F("SQLI-PROJECT", "Critical", "SQL Injection", "SQL Injection in Flag Listing",
              "Use parameterized queries."),
            F("CORS-REFLECT", "High", "Security Misconfiguration", "Permissive CORS Policy with Credentials",
              "Validate the origin against an allowlist.", n=2),
            F("AUDIT-XSS", "High", "Cross-Site Scripting", "Stored Cross-Site Scripting in Audit Log View",
              "HTML-encode all values rendered in the audit page.", d=-1, n=2),
            F("ACTOR-SPOOF", "Medium", "Broken Access Control", "Spoofable Audit Actor",
              "Take the actor from the authenticated session."),
            F("REGEX-DOS", "Medium", "Denial of Service", "Regular Expression Denial of Service (ReDoS)",
              "Limit pattern complexity or use a safe regex engine."),
            F("STACK-LEAK", "Low", "Information Disclosure", "Stack Trace Exposure",
              "Do not include stack traces in responses.", d=-1, sd=0),
            U({"severity": "Info", "category": "Best Practice", "description": "Add helmet() to set common security headers."}),
        ], wrap="list"),
        """
        ### Correctness and Performance
        """,
        Block([
            F("ROLLOUT-OFF-BY-ONE", "Medium", "Logic Error", "Off-by-One in Rollout Percentage Check",
              "Use a strict less-than comparison.", d=-1, n=2),
            F("REGEX-RECOMPILE", "Low", "Performance", "Regular Expressions Compiled on Every Evaluation",
              "Precompile rule patterns when flags are loaded."),
            F("CACHE-STAMPEDE", "Medium", "Race Condition", "Race Condition in FlagStore Cache Refresh",
              "Deduplicate concurrent loads.", d=+2, n=1,
              desc="Concurrent requests after expiry all query the database, and a slow load can overwrite fresher data."),
            F("AUDIT-LOADS-ALL", "Medium", "Performance", "Inefficient Pagination of Audit Log",
              "Paginate in SQL with LIMIT/OFFSET.", d=+1, sd=0),
            F("AUDIT-PAGE-OFF-BY-ONE", "Low", "Logic Error", "Incorrect Slice Bounds in auditPage",
              "Remove the -1.", d=-2, symbol="auditPage"),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Review done. Findings:",
        Block([
            F("WRONG-AUTH", "critical", "security", "flag update only needs sdk key", "use requireAdmin"),
            F("SQLI-PROJECT", "critical", "security", "sql injection in /v1/flags", "use $1"),
            F("USER-DEFAULT-EMPTY", "low", "", "missing user id evaluates as empty string", "return 400 when user is missing"),
            F("BUCKET-WEAK-HASH", "medium", "bug", "rollout hash not salted per flag", "hash flag key + user id", d=+1),
            F("CACHE-UNBOUNDED", "medium", "bug", "cache map never evicts", "use an lru"),
        ], indent=None, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ### Review Summary

        1. Access control: flag writes accept SDK keys; empty SDK key accepted; audit actor spoofable.
        2. Injection: SQL in `/v1/flags`, HTML in `/admin/audit`, ReDoS in rule matching.
        3. Correctness: rollout boundary, audit paging, unhandled JSON parse errors.
        4. Concurrency: audit sequence allocation, cache refresh.
        """,
        Block([
            F("WRONG-AUTH", "blocker", "security", "Write endpoint protected by client SDK key",
              "Require admin token.", conf=0.9),
            F("FLAG-MASS-ASSIGN", "major", "security", "Unvalidated request body persisted as flag",
              "Validate input.", conf=0.75),
            F("EMPTY-KEY-BYPASS", "major", "security", "Empty SDK key accepted",
              "Filter empty entries.", d=-1, symbol="requireSdkKey", conf=0.7),
            F("SDK-KEY-UNSCOPED", "minor", "security", "SDK key not checked against the requested project",
              "Scope keys per project.", conf=0.55),
            F("SQLI-PROJECT", "blocker", "security", "SQL injection through project parameter",
              "Bind parameters.", conf=0.9),
            F("AUDIT-XSS", "major", "security", "XSS in audit page",
              "Escape HTML.", conf=0.8),
            F("REGEX-DOS", "major", "security", "User-controlled input matched with admin regex (ReDoS)",
              "Timeouts or re2.", conf=0.6),
            F("ATTRS-PARSE", "major", "reliability", "JSON.parse on attrs can throw in async handler",
              "try/catch, 400.", conf=0.7),
            F("ROLLOUT-OFF-BY-ONE", "minor", "correctness", "Rollout uses <= on a 0-99 bucket",
              "Use <.", d=-3, conf=0.7),
            F("AUDIT-PAGE-OFF-BY-ONE", "minor", "correctness", "auditPage slice end off by one",
              "Remove -1.", conf=0.8),
            F("AUDIT-SEQ-RACE", "major", "concurrency", "Duplicate audit sequence numbers under concurrent writes",
              "DB sequence.", d=+1, conf=0.75),
            F("CACHE-STAMPEDE", "minor", "concurrency", "Concurrent cache refreshes",
              "Single-flight loading.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 6 major, 4 minor"),
    ]),
}
