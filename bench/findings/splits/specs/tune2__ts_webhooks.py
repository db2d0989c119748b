"""tune2/ts-webhooks: a webhook relay with a TTL cache, a retry queue and an admin API (TypeScript, no framework).

Second tuning split; labels next to each finding. Written 2026-12-02 by a helper session that had not seen the
merger code, its results or the frozen test split (only splits/README.md, the builder and the first tune split's
specs, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the test split. "
    "Second tuning split (tune2): seeded problems in a small webhook relay; five agents' answers written by hand."
)

C = "src/cache.ts"
Q = "src/queue.ts"
D = "src/deliver.ts"
AD = "src/admin.ts"
PROBLEMS = {
    "CACHE-STAMPEDE": P(C, "const value = await load();", "bug", "check, await load, set: concurrent misses all load, and a delete() during a load is undone", "critical-section"),
    "EVICT-OFF-BY-ONE": P(C, "if (this.entries.size < this.maxEntries) return;", "bug", "evicts at size == maxEntries: the cache holds one entry fewer than configured", "off-by-one"),
    "EVICT-NOT-LRU": P(C, "const oldest = this.entries.keys().next().value", "bug", "evicts the first inserted key, not the least recently used (hits do not refresh order)"),
    "DEFAULT-ADMIN-TOKEN": P(AD, 'const ADMIN_TOKEN = process.env.ADMIN_TOKEN ?? "changeme";', "security", "admin API falls back to a well-known token when ADMIN_TOKEN is unset"),
    "TOKEN-TIMING": P(AD, "const isAdmin = (req: IncomingMessage)", "security", "admin token compared with === (not constant-time)"),
    "REPLAY-CMD-INJECTION": P(AD, "exec(`node scripts/replay.js ${id}", "security", "id query value interpolated into a shell command", "source-vs-sink"),
    "REGEX-INJECTION": P(AD, "const re = new RegExp(pattern);", "security", "match query value compiled as a regular expression (ReDoS)", "source-vs-sink"),
    "LIMIT-OFF-BY-ONE": P(AD, "const page = matches.slice(0, limit + 1);", "bug", "slice(0, limit + 1) returns one subscriber more than asked", "off-by-one"),
    "SECRETS-EXPOSED": P(AD, ".end(JSON.stringify(page));", "security", "whole subscriber records, signing secrets included, sent in the response"),
    "CONCURRENCY-OFF-BY-ONE": P(Q, "if (this.running > this.concurrency) return;", "bug", "> instead of >=: one delivery more than concurrency runs at once", "off-by-one"),
    "RETRY-EXTRA-ATTEMPT": P(Q, "if (job.attempts <= this.maxAttempts) this.jobs.push(job);", "bug", "<= re-queues after the last allowed attempt: maxAttempts + 1 tries"),
    "RETRY-NO-BACKOFF": P(Q, "if (job.attempts <= this.maxAttempts) this.jobs.push(job);", "bug", "failed job re-queued immediately: no delay or backoff, hammers a failing endpoint"),
    "SIG-NOT-HMAC": P(D, 'return createHash("sha256").update(payload).digest("hex");', "security", "signature is sha256(secret + body), not an HMAC (length extension)", "signature-vs-statement"),
    "SIG-COMPARE-TIMING": P(D, "export const verify =", "security", "signature compared with === (not constant-time)"),
    "SSRF": P(D, "const res = await fetch(sub.url, {", "security", "subscriber URL fetched without checking it points outside (internal addresses, metadata)", "signature-vs-statement"),
    "NO-TIMEOUT": P(D, "const res = await fetch(sub.url, {", "bug", "fetch without a timeout or abort signal: a slow endpoint holds a delivery slot forever"),
}

CONFUSABLE = [
    ("EVICT-OFF-BY-ONE", "EVICT-NOT-LRU"),
    ("DEFAULT-ADMIN-TOKEN", "TOKEN-TIMING"),
    ("LIMIT-OFF-BY-ONE", "SECRETS-EXPOSED"),
    ("REGEX-INJECTION", "LIMIT-OFF-BY-ONE"),
    ("RETRY-EXTRA-ATTEMPT", "RETRY-NO-BACKOFF"),
    ("SIG-NOT-HMAC", "SIG-COMPARE-TIMING"),
    ("SSRF", "NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary.** The relay's admin API is the main risk: it falls back to a guessable token and then hands
        query parameters to a shell and to `RegExp`. Outbound delivery has no destination checks, and the
        signing scheme is not an HMAC. The cache and queue have correctness problems around their bounds.

        | Area | Findings |
        |---|---|
        | admin.ts | 5 |
        | deliver.ts | 3 |
        | cache.ts / queue.ts | 3 |
        """,
        Block([
            F("REPLAY-CMD-INJECTION", "critical", "security", "Command injection via `id` in `/replay`",
              "Use `execFile(\"node\", [\"scripts/replay.js\", id])` and validate `id` against `^[A-Za-z0-9_-]+$`.",
              symbol="handle", conf=0.95),
            F("DEFAULT-ADMIN-TOKEN", "high", "security", "Admin API falls back to a well-known token",
              "Fail at startup when `ADMIN_TOKEN` is not set instead of defaulting to `\"changeme\"`.", conf=0.9),
            F("SSRF", "high", "security", "Webhook delivery can be pointed at internal services (SSRF)",
              "Resolve the subscriber host and refuse private, loopback and link-local addresses; re-check on redirects.",
              symbol="deliver", conf=0.8),
            F("SIG-NOT-HMAC", "medium", "security", "Signature is `sha256(secret + body)`, not an HMAC",
              "Use `createHmac(\"sha256\", secret).update(body)`; the prefix construction is open to length extension.",
              d=-1, symbol="sign", conf=0.85),
            F("SIG-COMPARE-TIMING", "low", "security", "Signature comparison is not constant-time",
              "Compare with `crypto.timingSafeEqual` on equal-length buffers.", symbol="verify", conf=0.7),
            F("REGEX-INJECTION", "medium", "security", "User-supplied regular expression (ReDoS)",
              "Match on a plain substring, or escape the input before building the RegExp.", symbol="handle", conf=0.8),
            F("SECRETS-EXPOSED", "high", "security", "`/subscribers` returns each subscriber's signing secret",
              "Map the records to `{ id, owner, url }` before serialising.", symbol="handle", conf=0.85),
            F("LIMIT-OFF-BY-ONE", "low", "bug", "`/subscribers` returns `limit + 1` results",
              "`matches.slice(0, limit)`.", symbol="handle", conf=0.8),
            F("CACHE-STAMPEDE", "medium", "performance", "Concurrent misses for the same key each call `load`",
              "Keep a map of in-flight promises and return the pending one for a key that is already loading.",
              symbol="TtlCache.getOrLoad", conf=0.75),
            F("RETRY-NO-BACKOFF", "medium", "bug", "Failed deliveries are retried immediately with no backoff",
              "Schedule the retry with exponential backoff (e.g. `setTimeout(..., 2 ** attempts * 1000)`).",
              symbol="RetryQueue.pump", conf=0.8),
            F("CONCURRENCY-OFF-BY-ONE", "low", "bug", "Queue runs one more delivery than `concurrency`",
              "Use `>=`.", symbol="RetryQueue.pump", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Issues:",
        Block([
            F("REPLAY-CMD-INJECTION", "critical", "security", "exec() with untrusted id -> RCE",
              "execFile + allow-list.", d=-2),
            F("REGEX-INJECTION", "high", "security", "ReDoS: ?match= compiled as RegExp",
              "escape or substring match", d=-2),
            F("TOKEN-TIMING", "medium", "security", "Admin token compared with === (timing leak)",
              "timingSafeEqual"),
            F("RETRY-EXTRA-ATTEMPT", "low", "bug", "maxAttempts off by one: job is tried maxAttempts+1 times",
              "attempts < maxAttempts"),
            F("EVICT-OFF-BY-ONE", "low", "bug", "evict() starts at size == maxEntries; cache holds max-1",
              "size <= maxEntries"),
            F("CACHE-STAMPEDE", "medium", "bug", "delete() during an in-flight load is undone",
              "track a generation per key or store the promise", d=+1,
              desc="getOrLoad awaits load() and then sets unconditionally; a forget() issued meanwhile (subscriber removed) is overwritten with the stale record."),
            F("NO-TIMEOUT", "medium", "bug", "fetch() to subscriber has no timeout; a slow endpoint pins a worker slot",
              "AbortSignal.timeout(10_000)"),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have completed a thorough analysis of the webhook relay service. The codebase is compact and
        readable, but I identified several security vulnerabilities and a number of logic errors.

        **Key observations:**

        *   The admin server relies on a single shared token with an insecure default.
        *   Webhook signatures are constructed in a way that is vulnerable to length-extension attacks.
        *   The cache and queue implementations contain boundary errors.

        Here are the detailed findings:
        """,
        Block([
            F("REPLAY-CMD-INJECTION", "Critical", "Security", "Command Injection in Replay Endpoint",
              "Use `execFile` with an argument array.",
              desc="The `id` query parameter is concatenated into a command executed through a shell."),
            F("DEFAULT-ADMIN-TOKEN", "High", "Security", "Hardcoded Default Admin Token",
              "Require ADMIN_TOKEN to be configured."),
            F("TOKEN-TIMING", "Medium", "Security", "Timing Attack on Admin Token Comparison",
              "Use `crypto.timingSafeEqual`.", d=-1, sd=0),
            F("SIG-NOT-HMAC", "High", "Cryptography", "Insecure Signature Construction (Length Extension)",
              "Use HMAC-SHA256.", d=-2),
            F("SSRF", "High", "Security", "Server-Side Request Forgery in deliver",
              "Validate subscriber URLs against an allow-list.", d=-3),
            F("CACHE-STAMPEDE", "Medium", "Race Condition", "Race Condition in TtlCache.getOrLoad",
              "Deduplicate concurrent loads.", d=-1,
              desc="The check for an existing entry and the insertion are separated by an `await`, so several callers can miss at once."),
            F("EVICT-NOT-LRU", "Low", "Logic Error", "Cache Eviction Is FIFO, Not LRU",
              "Re-insert entries on access to maintain recency order."),
            F("EVICT-OFF-BY-ONE", "Low", "Logic Error", "Cache Eviction Threshold Off By One",
              "Compare with `<=`.", d=-1),
            U({"severity": "Info", "category": "Best Practice", "description": "Consider adding structured logging for deliveries."}),
            F("CONCURRENCY-OFF-BY-ONE", "Medium", "Logic Error", "Concurrency Limit Exceeded by One",
              "Use `>=` in the guard.", d=+1),
            F("LIMIT-OFF-BY-ONE", "Low", "Logic Error", "Pagination Returns an Extra Item",
              "Remove the `+ 1`.", d=+1),
        ], indent=4),
    ]),
    "opencode": Answer("opencode", "dot", [
        "admin.ts / deliver.ts:",
        Block([
            F("REPLAY-CMD-INJECTION", "error", "security", "exec with query param", "execFile"),
            F("SECRETS-EXPOSED", "error", "security", "subscriber secrets leaked by /subscribers", "strip secret"),
            F("SSRF", "warning", "security", "fetch to arbitrary subscriber url", "validate host"),
        ], wrap="list", fence=None, indent=None),
        "queue.ts:",
        Block([
            F("RETRY-NO-BACKOFF", "warning", "", "retry loop has no delay", "backoff", d=-1),
            F("RETRY-EXTRA-ATTEMPT", "warning", "bug", "one retry too many", "use <"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        A TypeScript webhook relay: TTL cache, retry queue, delivery with signatures, and an admin HTTP API.

        ### Summary of Issues
        1. Command injection in `/replay`.
        2. Insecure default admin token.
        3. ReDoS and data exposure in `/subscribers`.
        4. Weak webhook signatures.
        5. Missing request timeout.
        6. Cache stampede.
        7. Off-by-one errors in pagination and concurrency.
        """,
        Block([
            F("REPLAY-CMD-INJECTION", "blocker", "security", "Command injection in /replay handler",
              "Avoid exec; use execFile with arguments.", conf=0.95),
            F("DEFAULT-ADMIN-TOKEN", "major", "security", "Insecure default value for ADMIN_TOKEN",
              "Remove the default.", conf=0.85),
            F("REGEX-INJECTION", "major", "security", "Regular expression denial of service (ReDoS) in /subscribers",
              "Do not build regular expressions from user input.", conf=0.8),
            F("SECRETS-EXPOSED", "major", "security", "Sensitive data exposure: subscriber secrets returned",
              "Return only public fields.", d=-1, conf=0.8),
            F("LIMIT-OFF-BY-ONE", "minor", "correctness", "Incorrect pagination bound (limit + 1)",
              "Use slice(0, limit).", d=-3, conf=0.7),
            F("SIG-NOT-HMAC", "major", "crypto", "Use HMAC instead of plain SHA-256 for webhook signatures",
              "crypto.createHmac.", conf=0.85),
            F("SIG-COMPARE-TIMING", "minor", "crypto", "Non-constant-time signature comparison",
              "crypto.timingSafeEqual.", conf=0.7),
            F("NO-TIMEOUT", "minor", "performance", "Missing timeout on outgoing webhook requests",
              "Pass an AbortSignal with a timeout.", conf=0.7),
            F("CACHE-STAMPEDE", "major", "concurrency", "Cache stampede on concurrent misses",
              "Cache the in-flight promise.", conf=0.75),
            F("CONCURRENCY-OFF-BY-ONE", "minor", "correctness", "Off-by-one in concurrency check",
              "Use >=.", conf=0.8),
        ], wrap="object+summary", summary="10 issues: 1 blocker, 5 major, 4 minor"),
    ]),
}
