"""test2/ts-gateway: an Express auth/session gateway in front of an API (TypeScript). FROZEN test split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
score or results, or its tuning answers (only splits/README.md, the two builders, one tune spec for the
format, contract.py and the CLI transcripts).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or tuning answers. "
    "Second frozen test split (test2): seeded problems in a small session gateway (login, sessions, JWT, "
    "refresh tokens, rate limit, reverse proxy); five agents' answers written by hand."
)

SV = "src/server.ts"
JW = "src/jwt.ts"
LM = "src/limiter.ts"
SS = "src/session.ts"
PROBLEMS = {
    "BEARER-SLICE": P(SV, 'header.slice(6)', "bug", '"Bearer " is 7 characters: slice(6) keeps the space, the HMAC is computed over " eyJ..." and every bearer token is rejected', "off-by-one"),
    "SESSION-EXPIRY-IGNORED": P(SV, "const s = sessions.get(req.cookies.sid);", "security", "expiresAt is never checked: a session cookie is valid forever", "signature-vs-statement"),
    "LIMIT-KEY-PROXY": P(SV, 'if (!limiter.allow(req.ip ?? "")) return res.status(429).end();', "security", "rate limit keyed by req.ip without trust proxy: behind the load balancer every client shares one bucket"),
    "SESSION-FIXATION": P(SV, "const sid = req.cookies.sid ?? newSessionId();", "security", "login keeps the session id the client already had: session fixation"),
    "COOKIE-FLAGS": P(SV, 'res.cookie("sid", sid, { httpOnly: true });', "security", "session cookie without secure and sameSite: sent over http, usable cross-site"),
    "OPEN-REDIRECT": P(SV, "res.redirect(next);", "security", "redirect target taken from ?next= unchecked: open redirect after login", "source-vs-sink"),
    "PROXY-SSRF": P(SV, "const upstream = await fetch(url, {", "security", "new URL(req.url, UPSTREAM) with a //host path points the proxy at any host", "source-vs-sink"),
    "HEADERS-FORWARDED": P(SV, '"x-user": res.locals.user }', "security", "all client headers forwarded upstream, including the gateway's session cookie and Authorization"),
    "CONTENT-LENGTH-FORWARDED": P(SV, '"x-user": res.locals.user }', "bug", "client content-length/host forwarded with a re-serialised JSON body: length mismatch, fetch throws or upstream truncates"),
    "JWT-SECRET-DEFAULT": P(JW, 'const SECRET = process.env.JWT_SECRET ?? "change-me";', "security", "JWT secret falls back to a known constant"),
    "JWT-PARSE-THROWS": P(JW, "const header = JSON.parse(b64(h));", "bug", "malformed token makes JSON.parse throw inside the middleware: 500 instead of 401", "signature-vs-statement"),
    "JWT-ALG-NONE": P(JW, 'if (header.alg === "none") return payload;', "security", 'alg "none" accepted: unsigned tokens (and no exp check) pass'),
    "JWT-COMPARE-TIMING": P(JW, "if (sig !== expected) return null;", "security", "signature compared with !== (not constant time)"),
    "RATE-OFF-BY-ONE": P(LM, "return recent.length <= MAX_ATTEMPTS + 1;", "security", "the current attempt is already pushed, so <= MAX + 1 lets 6 attempts through, not 5", "off-by-one"),
    "LIMITER-UNBOUNDED": P(LM, "this.attempts.set(key, recent);", "performance", "an entry per address forever: attempts map never pruned"),
    "SESSION-ID-WEAK": P(SS, "return Math.random().toString(36).slice(2);", "security", "session ids from Math.random: predictable, short", "signature-vs-statement"),
    "HASH-STAMPEDE": P(SS, "hash = await db.passwordHash(user);", "performance", "check-then-await on hashCache: concurrent logins for one user all query the database", "critical-section"),
    "HASH-CACHE-STALE": P(SS, "hashCache.set(user, hash);", "security", "password hashes cached forever: after a password change the old password keeps working (and unknown users are cached as null)"),
    "REFRESH-RACE": P(SS, "const user = await db.findUser(entry.user);", "security", "used flag set after an await: two concurrent refreshes of one token both succeed", "critical-section"),
    "REFRESH-NEVER-DELETED": P(SS, "entry.used = true;", "performance", "used refresh tokens are only flagged, never deleted: the map grows forever"),
    "REFRESH-NO-EXPIRY": P(SS, "refreshTokens.set(fresh, { user: user.id, used: false });", "security", "refresh tokens carry no expiry: a stolen one mints sessions forever"),
    "USER-ENUM-TIMING": P(SS, "return hash !== null && (await bcrypt.compare(password, hash));", "security", "unknown users skip bcrypt: response time tells which user names exist"),
}

CONFUSABLE = [
    ("LIMIT-KEY-PROXY", "SESSION-FIXATION"),
    ("SESSION-FIXATION", "COOKIE-FLAGS"),
    ("COOKIE-FLAGS", "OPEN-REDIRECT"),
    ("PROXY-SSRF", "HEADERS-FORWARDED"),
    ("HEADERS-FORWARDED", "CONTENT-LENGTH-FORWARDED"),
    ("JWT-PARSE-THROWS", "JWT-ALG-NONE"),
    ("JWT-ALG-NONE", "JWT-COMPARE-TIMING"),
    ("RATE-OFF-BY-ONE", "LIMITER-UNBOUNDED"),
    ("HASH-STAMPEDE", "HASH-CACHE-STALE"),
    ("REFRESH-RACE", "REFRESH-NEVER-DELETED"),
    ("REFRESH-RACE", "REFRESH-NO-EXPIRY"),
    ("REFRESH-NEVER-DELETED", "REFRESH-NO-EXPIRY"),
    ("HASH-CACHE-STALE", "USER-ENUM-TIMING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: session gateway

        The gateway has the right shape (login → cookie session, bearer JWT as an alternative, a reverse proxy
        under `/api`), but several of its security properties don't hold:

        - **Authentication can be forged or outlives its welcome.** `verify` accepts `alg: "none"`, the secret
          has a guessable default, session ids come from `Math.random`, and session expiry is stored but never
          enforced.
        - **The proxy is not confined to the upstream.** The target URL is derived from `req.url`, and every
          incoming header, the gateway's own cookie included, is passed on.
        - **Login flow.** The session id is reused across login (fixation) and `next` is an open redirect.
        - **Bearer auth is broken outright**: the token is extracted with one character too few stripped.

        Findings:
        """,
        Block([
            F("JWT-ALG-NONE", "critical", "security", 'JWT verification accepts `alg: "none"`',
              "Reject any `alg` other than HS256 before looking at the payload.", symbol="verify", conf=0.95),
            F("PROXY-SSRF", "high", "security", "Proxy target can be redirected to an arbitrary host",
              "Build the target from `UPSTREAM` plus a normalised path, and reject paths starting with `//`.",
              d=-1, symbol="/api proxy", conf=0.8,
              desc="`new URL('//attacker.example/x', UPSTREAM)` resolves to `http://attacker.example/x`."),
            F("HEADERS-FORWARDED", "high", "security", "Gateway credentials forwarded to the upstream",
              "Forward an explicit allow-list of headers; strip `cookie` and `authorization`.",
              symbol="/api proxy", conf=0.85),
            F("JWT-SECRET-DEFAULT", "high", "security", "Hard-coded fallback JWT secret",
              "Fail at startup when `JWT_SECRET` is missing.", symbol="SECRET", conf=0.9),
            F("SESSION-FIXATION", "high", "security", "Session fixation on login",
              "Always issue a fresh id at login and delete the old session.", symbol="POST /login", conf=0.85),
            F("OPEN-REDIRECT", "medium", "security", "Open redirect via `next`",
              "Only allow relative paths (starting with a single `/`).", symbol="POST /login", conf=0.85),
            F("SESSION-EXPIRY-IGNORED", "high", "security", "Session expiry is never enforced",
              "Reject and delete sessions with `expiresAt <= Date.now()`.", n=2, symbol="requireSession", conf=0.9),
            F("SESSION-ID-WEAK", "high", "security", "Session ids generated with `Math.random()`",
              "Use `randomBytes(32).toString(\"base64url\")`.", symbol="newSessionId", conf=0.9),
            F("BEARER-SLICE", "high", "bug", "Bearer tokens can never verify",
              "Strip the prefix with `header.slice(\"Bearer \".length)` and require the space in `startsWith`.",
              symbol="bearer", conf=0.8,
              desc="`slice(6)` leaves a leading space in the token; the HMAC is then computed over the space too and never matches."),
            F("REFRESH-RACE", "medium", "security", "Refresh token reuse under concurrent requests",
              "Mark the token used (or delete it) before the first `await`.", d=-1, n=3, symbol="refresh", conf=0.75),
            F("REFRESH-NO-EXPIRY", "medium", "security", "Refresh tokens never expire",
              "Store an expiry with each refresh token and check it in `refresh`.", symbol="refresh", conf=0.7),
            F("HASH-CACHE-STALE", "medium", "security", "Password hash cache is never invalidated",
              "Don't cache password hashes, or invalidate on password change with a short TTL.",
              symbol="checkPassword", conf=0.7),
            F("COOKIE-FLAGS", "medium", "security", "Session cookie lacks `secure` and `sameSite`",
              "Set `secure: true, sameSite: \"lax\"`.", symbol="POST /login", conf=0.8),
            F("RATE-OFF-BY-ONE", "low", "bug", "Login limiter allows one attempt too many",
              "Compare with `<= MAX_ATTEMPTS`.", symbol="LoginLimiter.allow", conf=0.8),
            F("JWT-COMPARE-TIMING", "low", "security", "Non-constant-time signature comparison",
              "Use `timingSafeEqual` on equal-length buffers.", symbol="verify", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings (8):",
        Block([
            F("JWT-ALG-NONE", "critical", "security", "Unsigned JWTs accepted (alg=none)", "Pin the algorithm."),
            F("OPEN-REDIRECT", "medium", "security", "`next` query param used as redirect target", "Allow only same-origin relative paths.", d=-1),
            F("PROXY-SSRF", "high", "security", "SSRF: proxy URL built from req.url", "Resolve against UPSTREAM and verify the origin."),
            F("SESSION-ID-WEAK", "high", "security", "Predictable session identifiers", "crypto.randomBytes.", d=-1),
            F("BEARER-SLICE", "high", "bug", "`slice(6)` leaves a space before the token", "slice(7)."),
            F("REFRESH-RACE", "medium", "security", "Refresh token can be redeemed twice", "Set `used` before awaiting findUser.", d=+1),
            F("CONTENT-LENGTH-FORWARDED", "medium", "bug", "Original content-length forwarded with a re-encoded body", "Drop hop-by-hop and length headers."),
            F("RATE-OFF-BY-ONE", "low", "security", "Rate limiter permits MAX_ATTEMPTS + 1 logins", "Use `<= MAX_ATTEMPTS`."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the TypeScript code of the session gateway. The application uses Express with
        cookie-based sessions and JWT bearer tokens and proxies authenticated requests to an upstream service.
        I found a number of security vulnerabilities, some of them critical, as well as several reliability
        and performance concerns. Each finding below includes a description and a suggestion.
        """,
        Block([
            F("JWT-ALG-NONE", "Critical", "Security Vulnerability", "JWT 'none' algorithm accepted",
              "Explicitly require HS256.",
              desc="If the token header specifies alg none, the payload is returned without any signature verification, allowing anyone to forge tokens."),
            F("JWT-SECRET-DEFAULT", "High", "Security Vulnerability", "Hardcoded JWT secret",
              "Require JWT_SECRET to be set via environment.",
              desc="The fallback 'change-me' will be used in any deployment that forgets to set the variable."),
            F("JWT-PARSE-THROWS", "Medium", "Error Handling", "Unhandled exception in verify()",
              "Wrap parsing in try/catch and return null.", d=-2,
              desc="JSON.parse throws on malformed input, which results in a 500 Internal Server Error."),
            F("SESSION-ID-WEAK", "High", "Cryptography", "Insecure randomness for session IDs",
              "Use crypto.randomUUID() or randomBytes.",
              desc="Math.random() is not cryptographically secure."),
            F("OPEN-REDIRECT", "Medium", "Security Vulnerability", "Open Redirect",
              "Validate the next parameter.", d=-2, sd=0,
              desc="The next parameter is used in res.redirect without validation."),
            F("COOKIE-FLAGS", "Medium", "Security Vulnerability", "Insecure cookie configuration",
              "Add secure and sameSite attributes.",
              desc="The session cookie is missing the secure and sameSite flags."),
            F("LIMIT-KEY-PROXY", "Medium", "Security Vulnerability", "Rate limiting uses req.ip behind a proxy",
              "Configure app.set('trust proxy') correctly.",
              desc="Without trust proxy, req.ip is the address of the load balancer, so all users share a single limit."),
            F("HASH-STAMPEDE", "Low", "Performance", "Cache stampede in checkPassword",
              "Store the pending promise in the cache.", d=-1,
              desc="Simultaneous requests for the same user will all miss the cache and hit the database."),
            U({"severity": "Info", "category": "Best Practice", "description": "Consider using helmet to set security headers.", "suggestion": "app.use(helmet())"}),
            F("LIMITER-UNBOUNDED", "Low", "Resource Leak", "Memory leak in LoginLimiter",
              "Periodically delete stale keys.",
              desc="The attempts map keeps an entry for every IP address that ever tried to log in."),
            F("USER-ENUM-TIMING", "Low", "Security Vulnerability", "User enumeration via timing",
              "Compare against a dummy hash when the user does not exist.", d=-2, sd=0,
              desc="For unknown users bcrypt.compare is skipped, so the response is measurably faster."),
            F("REFRESH-NEVER-DELETED", "Low", "Resource Leak", "Refresh tokens are never removed",
              "Delete the old token after rotation.",
              desc="Used refresh tokens stay in the map forever."),
            F("PROXY-SSRF", "High", "Security Vulnerability", "Server-Side Request Forgery in proxy",
              "Validate the constructed URL's origin.", d=-1, sd=-1),
            F("REFRESH-NO-EXPIRY", "Medium", "Security Vulnerability", "Refresh tokens have no expiration",
              "Add an expiry timestamp.", d=-1,
              desc="A leaked refresh token can be used indefinitely to obtain new tokens."),
            F("CONTENT-LENGTH-FORWARDED", "Medium", "Logic Error", "Forwarded request headers break proxied requests with a body",
              "Remove content-length, host and connection before forwarding.",
              desc="The body is re-serialized with JSON.stringify, so the original content-length no longer matches and requests fail."),
        ], wrap="list", fence="json"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "issues:",
        Block([
            F("JWT-ALG-NONE", "error", "security", "alg none bypasses signature check", "reject alg none"),
            F("SESSION-FIXATION", "error", "security", "session fixation in /login", "always create new sid"),
            F("SESSION-ID-WEAK", "error", "security", "math.random session ids", "randomBytes"),
            F("OPEN-REDIRECT", "warning", "security", "open redirect on login", "check next is relative"),
        ], wrap="list", fence=None),
        Block([
            F("PROXY-SSRF", "error", "", "proxy can reach arbitrary hosts", "validate url origin"),
            F("SESSION-EXPIRY-IGNORED", "warning", "security", "expired sessions still accepted", "check expiresAt", d=+1),
        ], wrap="list", fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I reviewed the gateway. Summary:

        1. JWT handling: `alg: none` accepted, non-constant-time comparison, crash on malformed tokens.
        2. Sessions: fixation on login, no expiry check, weak cookie flags.
        3. Concurrency: cache and refresh-token races across `await`.
        4. Rate limiting allows one extra attempt.
        """,
        Block([
            F("JWT-ALG-NONE", "blocker", "security", "Algorithm confusion: alg none accepted",
              "Reject tokens whose alg is not HS256.", conf=0.9),
            F("JWT-COMPARE-TIMING", "minor", "security", "Timing attack on signature comparison",
              "Use crypto.timingSafeEqual.", conf=0.6),
            F("JWT-PARSE-THROWS", "major", "correctness", "Malformed token crashes request handling",
              "Catch JSON.parse errors.", conf=0.7,
              desc="A token that is not valid base64url JSON throws an exception in the middleware."),
            F("SESSION-FIXATION", "major", "security", "Session ID not regenerated after login",
              "Generate a new session id on successful login.", conf=0.8),
            F("COOKIE-FLAGS", "minor", "security", "Cookie missing Secure/SameSite",
              "Set both flags.", conf=0.7),
            F("SESSION-EXPIRY-IGNORED", "major", "security", "requireSession does not check session expiry",
              "Check expiresAt.", d=-3, conf=0.85),
            F("HEADERS-FORWARDED", "major", "security", "Sensitive headers leaked to upstream",
              "Strip Cookie and Authorization headers.", conf=0.75),
            F("USER-ENUM-TIMING", "minor", "security", "Timing side channel reveals existing users",
              "Always run bcrypt.compare.", conf=0.5),
            F("HASH-STAMPEDE", "minor", "concurrency", "Race condition in password hash cache",
              "Cache the in-flight promise.", conf=0.6),
            F("REFRESH-RACE", "major", "concurrency", "Race condition in refresh token rotation",
              "Mark the token as used before awaiting.", conf=0.8,
              desc="Two parallel requests with the same refresh token both pass the `used` check."),
            F("REFRESH-NEVER-DELETED", "minor", "resource-leak", "Refresh token map grows without bound",
              "Delete used tokens and add expiry.", conf=0.6),
            F("LIMITER-UNBOUNDED", "minor", "resource-leak", "Attempts map is never cleaned up",
              "Evict keys whose attempts are all outside the window.", conf=0.55),
            F("RATE-OFF-BY-ONE", "minor", "correctness", "Off-by-one in login attempt limit",
              "Use `recent.length <= MAX_ATTEMPTS`.", d=-2, conf=0.7),
            F("BEARER-SLICE", "major", "correctness", "bearer() returns the token with a leading space",
              "Use slice(7) or split(' ').", d=-2, conf=0.75),
        ], wrap="object+summary", summary="14 issues (1 blocker, 6 major, 7 minor)"),
    ]),
}
