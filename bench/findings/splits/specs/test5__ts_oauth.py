"""test5/ts-oauth: a small OAuth 2.0 authorization server (TypeScript, Express + pg). Fifth frozen test split.

Written 2026-12-02 by a helper session (branch test5, issue 15) that had not seen the merger code, its results,
the scorer, or any other split's answers or specs apart from specs/tune2__py_snapctl.py (read for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Fifth frozen test split (test5, score once): seeded problems in a small OAuth 2.0 authorization "
    "server (clients, codes with PKCE, JWT access tokens, refresh rotation, consent page); five agents' answers "
    "written by hand."
)

CL = "src/clients.ts"
CO = "src/codes.ts"
TK = "src/tokens.ts"
US = "src/users.ts"
SV = "src/server.ts"

PROBLEMS = {
    "REDIRECT-PREFIX": P(CL, "uri.startsWith(allowed)", "security", "redirect_uri accepted by prefix: https://app.example.com.evil.net passes", "signature-vs-statement"),
    "CLIENT-SECRET-TIMING": P(CL, "return client.secret === secret;", "security", "client secret compared with === (not constant time)"),
    "CLIENT-SECRET-PLAINTEXT": P(CL, "return client.secret === secret;", "security", "client secrets kept and compared in plaintext (clients.json)"),
    "SCOPE-UNDEFINED-CRASH": P(CL, 'const wanted = requested.split(" ");', "bug", "scope missing from the consent POST: requested is undefined and split() throws"),
    "SCOPE-OPENID-PREFIX": P(CL, 's.startsWith("openid")', "security", "any scope beginning with 'openid' is granted whatever the client may ask for"),
    "CODE-WEAK-RANDOM": P(CO, "const code = Math.random().toString(36).slice(2);", "security", "authorization codes from Math.random (predictable, short)"),
    "CODE-DOUBLE-REDEEM": P(CO, "await audit(entry);", "security", "code read, then awaited, then deleted: two concurrent token requests both redeem it", "critical-section"),
    "CODE-REDIRECT-NOT-BOUND": P(CO, "if (!entry || entry.clientId !== clientId) return null;", "security", "redemption never checks redirect_uri against the one the code was issued for"),
    "PKCE-VERIFIER-MAX": P(CO, "if (len < 43 || len >= 128) return false;", "bug", "a 128-character verifier (allowed by RFC 7636) is rejected", "off-by-one"),
    "PKCE-PLAIN-ALLOWED": P(CO, 'if (entry.method === "plain") return entry.challenge === verifier;', "security", "the `plain` PKCE method is accepted (downgrade)"),
    "JWT-SECRET-DEFAULT": P(TK, 'const SECRET = process.env.JWT_SECRET ?? "change-me";', "security", "JWT signing secret falls back to 'change-me'"),
    "JWT-EXP-MILLIS": P(TK, "exp: Date.now() + ACCESS_TTL", "security", "exp written in milliseconds but checked in seconds: access tokens never expire"),
    "JWT-MALFORMED-CRASH": P(TK, 'const head = JSON.parse(Buffer.from(header, "base64url").toString());', "bug", "a malformed token makes JSON.parse throw (500 instead of 401)"),
    "JWT-ALG-NONE": P(TK, 'if (head.alg === "none")', "security", "alg none accepted: unsigned tokens verified"),
    "JWT-SIG-TIMING": P(TK, "if (sig !== expected) return null;", "security", "JWT signature compared with !== (not constant time)"),
    "REFRESH-ROTATE-RACE": P(TK, "await persist();", "security", "refresh token checked, awaited, then marked used: two concurrent refreshes both succeed", "critical-section"),
    "REFRESH-REUSE-NOT-DETECTED": P(TK, "if (!entry || entry.used || entry.clientId !== clientId) return null;", "security", "replay of a used refresh token is only refused, the token family is not revoked"),
    "CONSENT-XSS-SCOPE": P(SV, "<p>Scopes: ${scope}</p>", "security", "reflected XSS: scope query value in the consent page", "source-vs-sink"),
    "CONSENT-XSS-STATE": P(SV, 'name="state" value="${req.query.state}"', "security", "reflected XSS: state query value in a hidden input attribute"),
    "RATE-OFF-BY-ONE": P(SV, "if (count > MAX_ATTEMPTS)", "security", "`>` allows MAX_ATTEMPTS + 1 password attempts", "off-by-one"),
    "RATE-RACE": P(SV, "const user = await findUser(req.body.username);", "security", "attempt counter read before an await and written after it: parallel attempts all read the same count", "critical-section"),
    "CLIENT-NOT-FOUND": P(SV, "const client = getClient(req.body.client_id)!;", "bug", "unknown client_id on the consent POST: non-null assertion, TypeError, 500"),
    "AUTHZ-OPEN-REDIRECT": P(SV, "res.redirect(`${redirectUri}?code=${code}", "security", "POST /authorize redirects to the body's redirect_uri without re-checking it: code sent to any site", "source-vs-sink"),
    "REDIRECT-PARAMS-NOT-ENCODED": P(SV, "res.redirect(`${redirectUri}?code=${code}", "bug", "state not URL-encoded and '?' appended even when redirect_uri already has a query"),
    "REFRESH-NO-ACCESS-TOKEN": P(SV, 'return res.json({ refresh_token: next, token_type: "Bearer" });', "bug", "refresh grant returns no access_token"),
    "USERINFO-SCOPE-IGNORED": P(SV, "const user = await findUser(claims.sub);", "security", "userinfo ignores the token's scope and audience"),
    "USERINFO-LEAKS-HASH": P(SV, "res.json(user);", "security", "userinfo returns the whole row, password hash and salt included"),
    "REVOKE-NO-AUTH": P(SV, "revokeRefresh(req.body.token);", "security", "revocation without client authentication: anyone can revoke any refresh token"),
    "USER-SQLI": P(US, "WHERE username = '${login}'", "security", "SQL injection via the login name in findUser", "signature-vs-statement"),
    "PASSWORD-SHA1": P(US, 'return createHash("sha1").update(user.salt + password)', "security", "passwords hashed with a single salted SHA-1", "signature-vs-statement"),
    "PASSWORD-TIMING": P(US, 'return createHash("sha1").update(user.salt + password)', "security", "password hash compared with === (not constant time)"),
}

CONFUSABLE = [
    ("CLIENT-SECRET-TIMING", "CLIENT-SECRET-PLAINTEXT"),
    ("SCOPE-UNDEFINED-CRASH", "SCOPE-OPENID-PREFIX"),
    ("CODE-DOUBLE-REDEEM", "CODE-REDIRECT-NOT-BOUND"),
    ("PKCE-VERIFIER-MAX", "PKCE-PLAIN-ALLOWED"),
    ("JWT-MALFORMED-CRASH", "JWT-ALG-NONE"),
    ("JWT-ALG-NONE", "JWT-SIG-TIMING"),
    ("REFRESH-ROTATE-RACE", "REFRESH-REUSE-NOT-DETECTED"),
    ("CONSENT-XSS-SCOPE", "CONSENT-XSS-STATE"),
    ("RATE-OFF-BY-ONE", "RATE-RACE"),
    ("AUTHZ-OPEN-REDIRECT", "REDIRECT-PARAMS-NOT-ENCODED"),
    ("USERINFO-SCOPE-IGNORED", "USERINFO-LEAKS-HASH"),
    ("PASSWORD-SHA1", "PASSWORD-TIMING"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the authorization server end to end: the consent page, the code and token endpoints,
        `userinfo`, and the helpers in `clients.ts`, `codes.ts`, `tokens.ts` and `users.ts`.

        **Top priorities**

        1. Token forgery: `verifyAccess` accepts `alg: "none"`, and `exp` is written in milliseconds, so tokens
           never expire.
        2. Code theft: `redirectAllowed` matches by prefix, and the consent POST redirects to whatever
           `redirect_uri` the form carries, without checking it again.
        3. Injection: SQL in `findUser`, XSS through `scope` and `state` on the consent page.
        4. Races across `await`: authorization codes, refresh tokens and the login counter are each checked
           before an `await` and updated after it.

        Lower down: weak password hashing, `Math.random` codes, a missing `scope` field that makes
        `grantedScopes` throw.
        """,
        Block([
            F("JWT-ALG-NONE", "critical", "security", "`verifyAccess` accepts unsigned tokens (`alg: none`)",
              "Reject any header whose `alg` is not `HS256` before doing anything else.", symbol="verifyAccess", conf=0.95),
            F("JWT-EXP-MILLIS", "high", "security", "Access tokens never expire: `exp` is in milliseconds",
              "Use `Math.floor(Date.now() / 1000) + ACCESS_TTL`; `verifyAccess` compares against seconds.",
              symbol="signAccess", conf=0.9),
            F("JWT-SECRET-DEFAULT", "high", "security", "JWT secret defaults to `change-me`",
              "Refuse to start without `JWT_SECRET`.", symbol="SECRET", conf=0.85),
            F("REDIRECT-PREFIX", "high", "security", "`redirectAllowed` accepts any URI that starts with a registered one",
              "Compare the full URI exactly (RFC 6749 3.1.2.3); `https://app.example.com.evil.net/cb` passes today.",
              d=-1, symbol="redirectAllowed", conf=0.9),
            F("AUTHZ-OPEN-REDIRECT", "high", "security", "Consent POST redirects to an unvalidated `redirect_uri`",
              "Call `redirectAllowed(client, redirectUri)` again in the POST handler; the hidden field is attacker-controlled.",
              symbol="POST /authorize", conf=0.85),
            F("USER-SQLI", "critical", "security", "SQL injection in `findUser`",
              "Use `pool.query(\"SELECT ... WHERE username = $1 OR id::text = $1\", [login])`.",
              symbol="findUser", conf=0.95),
            F("CONSENT-XSS-SCOPE", "high", "security", "Reflected XSS through `scope` on the consent page",
              "HTML-escape every interpolated value (or render with a template engine that escapes).",
              symbol="GET /authorize", conf=0.9),
            F("CONSENT-XSS-STATE", "high", "security", "Reflected XSS through `state` in the hidden input",
              "Escape attribute values; `state` is echoed verbatim.", symbol="GET /authorize", conf=0.85),
            F("CODE-DOUBLE-REDEEM", "high", "security", "Authorization code can be redeemed twice",
              "Delete the code synchronously right after `codes.get` (before the `await audit`), then check it.",
              d=-2, n=3, symbol="redeemCode", conf=0.8),
            F("CODE-REDIRECT-NOT-BOUND", "medium", "security", "`redeemCode` does not check `redirect_uri`",
              "Require the token request's `redirect_uri` and compare it with `entry.redirectUri`.",
              symbol="redeemCode", conf=0.7),
            F("CODE-WEAK-RANDOM", "medium", "security", "Authorization codes come from `Math.random`",
              "`randomBytes(32).toString(\"base64url\")`.", symbol="issueCode", conf=0.85),
            F("REFRESH-ROTATE-RACE", "medium", "security", "Refresh rotation marks the token used only after an `await`",
              "Set `entry.used = true` before awaiting `persist()`.", d=+1, symbol="rotateRefresh", conf=0.75),
            F("RATE-RACE", "medium", "security", "Login throttle can be bypassed with parallel requests",
              "Increment the counter before the `await findUser(...)`.", d=+1, symbol="POST /authorize", conf=0.75),
            F("RATE-OFF-BY-ONE", "low", "bug", "Throttle allows six attempts, not five",
              "`if (count >= MAX_ATTEMPTS)`.", symbol="POST /authorize", conf=0.8),
            F("PASSWORD-SHA1", "medium", "security", "Passwords are hashed with salted SHA-1",
              "Use scrypt or argon2 with a per-user salt.", symbol="checkPassword", conf=0.85),
            F("USERINFO-LEAKS-HASH", "high", "security", "`/userinfo` returns the password hash and salt",
              "Return `{ sub, email }` filtered by the token's scopes.", symbol="GET /userinfo", conf=0.9),
            F("SCOPE-UNDEFINED-CRASH", "medium", "bug", "Consent form never posts `scope`, so `grantedScopes` throws",
              "Add a hidden `scope` input and default `requested` to `\"\"`.", symbol="grantedScopes", conf=0.7),
            F("PKCE-PLAIN-ALLOWED", "medium", "security", "PKCE `plain` method is accepted",
              "Accept only `S256`; with `plain` an intercepted challenge is the verifier.", symbol="pkceMatches", conf=0.7),
            F("REFRESH-REUSE-NOT-DETECTED", "medium", "security", "Reuse of a rotated refresh token goes unnoticed",
              "When a token with `used: true` comes back, revoke the whole chain (RFC 6819 5.2.2.3).",
              symbol="rotateRefresh", conf=0.6),
            F("USERINFO-SCOPE-IGNORED", "medium", "security", "`/userinfo` does not check the token's scope or audience",
              "Require `openid` (and `profile`/`email` per field) in `claims.scope`.", symbol="GET /userinfo", conf=0.65),
            F("REDIRECT-PARAMS-NOT-ENCODED", "low", "bug", "Redirect URL is built by string concatenation",
              "Use `new URL(redirectUri)` and `searchParams.set(\"code\", ...)`, `searchParams.set(\"state\", ...)`.",
              symbol="POST /authorize", conf=0.6),
            F("CLIENT-SECRET-TIMING", "low", "security", "Client secret compared with `===`",
              "`timingSafeEqual` over equal-length buffers (or compare hashes).", symbol="secretMatches", conf=0.55),
            F("JWT-SIG-TIMING", "low", "security", "JWT signature compared with `!==`",
              "`timingSafeEqual(Buffer.from(sig), Buffer.from(expected))`.", symbol="verifyAccess", conf=0.55),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings for src/ (severity order):",
        Block([
            F("USER-SQLI", "critical", "security", "findUser builds SQL from `login`",
              "parameterize ($1)", d=-1),
            F("JWT-ALG-NONE", "critical", "security", "alg=none tokens accepted by verifyAccess",
              "pin alg to HS256"),
            F("AUTHZ-OPEN-REDIRECT", "high", "security", "redirect_uri from POST body used without redirectAllowed()",
              "validate again before redirect", d=-1),
            F("CONSENT-XSS-SCOPE", "high", "security", "scope query param rendered into HTML",
              "escape", d=-2),
            F("REDIRECT-PREFIX", "high", "security", "redirect URI check uses startsWith",
              "exact match"),
            F("CODE-DOUBLE-REDEEM", "high", "security", "auth code deleted after await -> replay window",
              "delete before await", d=+1),
            F("REFRESH-ROTATE-RACE", "medium", "security", "refresh rotation: check and mark-used separated by await",
              "mark used first", d=-1),
            F("CODE-WEAK-RANDOM", "medium", "security", "Math.random auth codes",
              "crypto.randomBytes"),
            F("JWT-SIG-TIMING", "low", "security", "signature compare not constant-time",
              "timingSafeEqual"),
            F("CLIENT-SECRET-TIMING", "low", "security", "client secret compared with ===",
              "timingSafeEqual on equal-length buffers"),
            F("RATE-OFF-BY-ONE", "low", "bug", "count > MAX_ATTEMPTS lets one extra attempt through",
              ">="),
            F("PKCE-VERIFIER-MAX", "low", "bug", "PKCE length check rejects 128-char verifiers",
              "len > 128"),
            F("SCOPE-UNDEFINED-CRASH", "medium", "bug", "grantedScopes: scope undefined -> TypeError (consent form has no scope field)",
              "default to \"\"; add hidden input"),
            F("JWT-MALFORMED-CRASH", "low", "bug", "verifyAccess throws on malformed token (JSON.parse) -> 500",
              "try/catch -> null"),
            F("PASSWORD-TIMING", "low", "security", "password hash compared with ===",
              "timingSafeEqual"),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the OAuth 2.0 authorization server. It implements the authorization code flow
        with PKCE, JWT access tokens and rotating refresh tokens on top of Express and PostgreSQL.

        **Overall Assessment**

        The implementation contains several critical vulnerabilities that would allow an attacker to forge
        tokens, steal authorization codes or execute script in the consent page. Below is a list of the
        problems I found, ordered by severity.
        """,
        Block([
            F("JWT-ALG-NONE", "Critical", "Broken Authentication", "JWT 'none' Algorithm Accepted",
              "Only accept HS256 and always verify the signature.",
              desc="If the token header specifies `alg: none`, the payload is returned without any signature check."),
            F("USER-SQLI", "Critical", "SQL Injection", "SQL Injection in User Lookup",
              "Use parameterized queries."),
            F("REDIRECT-PREFIX", "High", "Open Redirect", "Open Redirect via Prefix Matching of Redirect URIs",
              "Require an exact match against registered redirect URIs.",
              desc="`startsWith` allows an attacker to use `https://legit.example.com.attacker.io` and receive codes."),
            F("CONSENT-XSS-SCOPE", "High", "Cross-Site Scripting", "Reflected XSS in Consent Page (scope)",
              "Escape HTML output."),
            F("CONSENT-XSS-STATE", "High", "Cross-Site Scripting", "Reflected XSS in Consent Page (state)",
              "Escape attribute values.", d=-1, sd=0),
            F("JWT-SECRET-DEFAULT", "High", "Cryptography", "Hardcoded Fallback JWT Secret",
              "Require the secret from the environment."),
            F("PKCE-PLAIN-ALLOWED", "Medium", "Cryptography", "PKCE 'plain' Method Permitted",
              "Only support S256."),
            F("PKCE-VERIFIER-MAX", "Low", "Logic Error", "Incorrect Upper Bound for PKCE Verifier Length",
              "RFC 7636 allows up to 128 characters; use `len > 128`.", d=-1, sd=0),
            F("PASSWORD-SHA1", "High", "Cryptography", "Weak Password Hashing Algorithm",
              "Use bcrypt, scrypt or Argon2.", d=-1),
            F("PASSWORD-TIMING", "Low", "Cryptography", "Non-Constant-Time Password Hash Comparison",
              "Use `crypto.timingSafeEqual`."),
            F("CLIENT-SECRET-PLAINTEXT", "Medium", "Sensitive Data Exposure", "Client Secrets Stored in Plaintext",
              "Store only a hash of each client secret."),
        ], wrap="list"),
        """
        **Session and Token Management**
        """,
        Block([
            F("REFRESH-REUSE-NOT-DETECTED", "Medium", "Broken Authentication", "Refresh Token Reuse Not Detected",
              "On reuse of a rotated token, revoke every token descended from it.",
              desc="A replayed refresh token is simply rejected; the legitimate and the stolen chain keep working."),
            F("CODE-REDIRECT-NOT-BOUND", "Medium", "Broken Authentication", "Redirect URI Not Verified at Code Redemption",
              "Compare the redirect_uri sent to /token with the one stored with the code."),
            F("RATE-RACE", "Medium", "Race Condition", "Race Condition in Login Attempt Counter",
              "Update the counter atomically before any await.", d=-2),
            U({"severity": "Info", "category": "Maintainability", "suggestion": "Split server.ts into route modules."}),
            F("JWT-MALFORMED-CRASH", "Medium", "Error Handling", "Unhandled Exception on Malformed Tokens",
              "Wrap parsing in try/catch and return 401."),
            F("USERINFO-SCOPE-IGNORED", "Medium", "Broken Access Control", "Userinfo Endpoint Ignores Token Scope",
              "Check that the token carries the `openid`/`profile` scopes."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("USER-SQLI", "critical", "security", "sql injection in findUser", "use $1 placeholders"),
            F("JWT-ALG-NONE", "critical", "security", "jwt alg none bypass", "reject alg != HS256"),
            F("CONSENT-XSS-SCOPE", "high", "security", "xss on consent page via scope", "escape html"),
            F("AUTHZ-OPEN-REDIRECT", "high", "security", "open redirect after consent", "re-check redirect_uri"),
            F("CLIENT-SECRET-PLAINTEXT", "medium", "security", "client secrets stored in plaintext", "store a hash"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("RATE-OFF-BY-ONE", "low", "", "login limit allows one extra try", "use >=", d=-1),
            F("JWT-EXP-MILLIS", "high", "bug", "token exp uses ms instead of seconds", "divide by 1000"),
            F("REFRESH-NO-ACCESS-TOKEN", "medium", "bug", "refresh grant does not return an access token", "sign a new access token"),
            F("SCOPE-UNDEFINED-CRASH", "medium", "bug", "login crashes: scope missing from consent form", "add scope input", d=+1),
            F("JWT-MALFORMED-CRASH", "low", "bug", "garbage bearer token throws in verifyAccess", "catch parse errors"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        **Scope:** `src/` (5 files). **Findings:** 21.

        1. Injection and output encoding (SQL, XSS, redirect parameters).
        2. OAuth protocol weaknesses (redirect URI matching, scope handling, token revocation).
        3. Concurrency across `await` in code redemption, refresh rotation and login throttling.
        4. Credential storage and comparison.
        """,
        Block([
            F("USER-SQLI", "blocker", "security", "SQL injection in findUser query", "Use parameterized queries.", conf=0.95),
            F("CONSENT-XSS-SCOPE", "blocker", "security", "Cross-site scripting in consent page", "Escape user input.", conf=0.9),
            F("REDIRECT-PREFIX", "major", "security", "Redirect URI validation uses prefix matching", "Use exact matching.", conf=0.85),
            F("AUTHZ-OPEN-REDIRECT", "major", "security", "Authorization code sent to unvalidated redirect URI",
              "Validate redirect_uri in the POST handler.", conf=0.8),
            F("REDIRECT-PARAMS-NOT-ENCODED", "minor", "correctness", "Redirect URL parameters not encoded",
              "Build the URL with URLSearchParams.", conf=0.6),
            F("CODE-DOUBLE-REDEEM", "major", "concurrency", "Duplicate token issuance for one authorization code",
              "Remove the code before awaiting the audit write.", conf=0.75),
            F("REFRESH-ROTATE-RACE", "major", "concurrency", "Concurrent refresh requests can reuse the same token",
              "Mark the token as used before awaiting.", conf=0.75),
            F("RATE-RACE", "major", "concurrency", "Lost updates in login attempt counter", "Increment before awaiting.", conf=0.7),
            F("RATE-OFF-BY-ONE", "minor", "correctness", "Off-by-one in login attempt limit (six attempts allowed)",
              "Compare with >=.", d=+2, conf=0.7),
            F("PASSWORD-SHA1", "major", "security", "Weak password hash (SHA-1)", "Use a password hashing function.", conf=0.85),
            F("PASSWORD-TIMING", "minor", "security", "Password hash comparison is not timing-safe", "Use crypto.timingSafeEqual.", conf=0.6),
            F("JWT-EXP-MILLIS", "major", "correctness", "Access token expiry computed in milliseconds", "Use seconds.", conf=0.8),
            F("CLIENT-NOT-FOUND", "minor", "reliability", "Non-null assertion on client lookup can crash the handler",
              "Return 400 for an unknown client.", conf=0.7),
            F("USERINFO-LEAKS-HASH", "major", "security", "Sensitive user fields exposed by userinfo", "Return only public claims.", conf=0.85),
            F("REVOKE-NO-AUTH", "minor", "security", "Token revocation endpoint lacks client authentication",
              "Authenticate the client and check token ownership.", conf=0.6),
            F("SCOPE-OPENID-PREFIX", "minor", "security", "Scope filter grants any scope starting with 'openid'",
              "Compare scopes exactly.", conf=0.55),
            F("CLIENT-SECRET-TIMING", "minor", "security", "Client secret comparison is not timing-safe",
              "Use crypto.timingSafeEqual.", conf=0.55),
            F("CODE-REDIRECT-NOT-BOUND", "major", "security", "redirect_uri not validated when exchanging the code",
              "Bind the code to its redirect URI.", conf=0.65),
            F("PKCE-PLAIN-ALLOWED", "minor", "security", "Insecure PKCE plain method supported", "Support S256 only.", conf=0.6),
            F("JWT-SIG-TIMING", "minor", "security", "JWT signature comparison is not timing-safe",
              "Use crypto.timingSafeEqual.", d=-2, sd=0, conf=0.5),
            F("REFRESH-REUSE-NOT-DETECTED", "major", "security", "No refresh token reuse detection",
              "Revoke the token family on reuse.", conf=0.6),
        ], wrap="object+summary", summary="21 issues: 2 blocker, 10 major, 9 minor"),
    ]),
}
