"""test3/go-cacheproxy: an HTTP caching reverse proxy (Go, net/http). FROZEN test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits4) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Third frozen test split: seeded problems in a small Go "
    "caching reverse proxy; five agents' answers by hand. Scored once, never tuned on."
)

CACHE = "proxy/cache.go"
PROXY = "proxy/proxy.go"
TTL = "proxy/ttl.go"
MAIN = "cmd/edgecache/main.go"

PROBLEMS = {
    "GET-NO-LOCK": P(CACHE, "c.misses++", "bug", "Get reads the map and bumps hits/misses without c.mu while Set writes under it: concurrent map read and write (fatal), racy counters", "critical-section"),
    "EXPIRED-NOT-EVICTED": P(CACHE, "if !ok || time.Since(e.stored) > e.ttl {", "bug", "expired entries are only reported as misses, never removed: their bytes still count against maxSize"),
    "SIZE-DRIFT": P(CACHE, "c.size += len(e.body)", "bug", "overwriting a key adds its size again and appends a duplicate to order: size drifts up, eviction later deletes the fresh entry and then dereferences a nil entry"),
    "PURGE-NEVER-MATCHES": P(CACHE, "if strings.HasPrefix(k, prefix) {", "bug", "keys start with the method (\"GET /path\"), so a path prefix never matches and purge removes nothing"),
    "PURGE-LEAVES-ORDER": P(CACHE, "delete(c.items, k)", "bug", "purge deletes from items but leaves order and size: size never shrinks and eviction dereferences a missing entry (nil panic)"),
    "UPSTREAM-PARSE-IGNORED": P(PROXY, "u, _ := url.Parse(upstream)", "bug", "url.Parse error ignored: a bad -upstream gives a nil URL and a panic on the first request"),
    "NO-TIMEOUT": P(PROXY, "client: &http.Client{}", "bug", "upstream client without a timeout: a stalled origin pins goroutines and connections forever"),
    "KEY-IGNORES-QUERY": P(PROXY, "key := r.Method + \" \" + r.URL.Path", "bug", "cache key leaves out the query string: /search?q=a is served for /search?q=b", "signature-vs-statement"),
    "KEY-OVERRIDE": P(PROXY, "key = k // lets the origin's deploy tooling", "security", "any client chooses the cache key via X-Cache-Key: cache poisoning of other URLs", "source-vs-sink"),
    "AUTH-CACHED": P(PROXY, "return r.Method == http.MethodGet && e.status < 500 && e.ttl > 0", "security", "responses to requests carrying Authorization or Cookie are cached and served to everyone"),
    "COOKIE-CACHED": P(PROXY, "return r.Method == http.MethodGet && e.status < 500 && e.ttl > 0", "security", "responses with Set-Cookie are cached: one user's session cookie is replayed to other users"),
    "STAMPEDE": P(PROXY, "if e, err = p.fetch(r); err == nil && cacheable(r, e) {", "bug", "no single-flight between Get and Set: every concurrent miss for a key goes upstream (thundering herd on expiry)", "critical-section"),
    "FETCH-ERR-NIL": P(PROXY, "if e, err = p.fetch(r); err == nil && cacheable(r, e) {", "bug", "fetch error dropped: e is nil and the header loop below panics instead of answering 502"),
    "LIMIT-OFF-BY-ONE": P(PROXY, "body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))", "bug", "LimitReader(maxBody) never returns more than maxBody, so the size check never fires: oversized bodies are truncated and cached as complete (needs maxBody+1)", "off-by-one"),
    "XFF-SPOOF": P(PROXY, "ip = fwd", "security", "purge allow-list checked against the client-supplied X-Forwarded-For header", "source-vs-sink"),
    "NO-STORE-IGNORED": P(TTL, "for _, part := range strings.Split(h.Get(\"Cache-Control\"), \",\") {", "security", "no-store, no-cache and private are ignored: uncacheable responses are cached for the default TTL", "signature-vs-statement"),
    "MAXAGE-OFF-BY-ONE": P(TTL, "secs, err := strconv.Atoi(part[len(\"max-age\"):])", "bug", "slice starts at the '=' so Atoi always fails: every response gets the default TTL", "off-by-one"),
    "MAXAGE-UNCAPPED": P(TTL, "return time.Duration(secs) * time.Second", "bug", "max-age not capped: huge values pin entries for years or overflow Duration to negative"),
    "SERVER-NO-TIMEOUTS": P(MAIN, "log.Fatal(http.ListenAndServe(*listen, p))", "security", "http.ListenAndServe without read/write timeouts: slow clients (slowloris) exhaust connections"),
}

CONFUSABLE = [
    ("GET-NO-LOCK", "EXPIRED-NOT-EVICTED"),
    ("PURGE-NEVER-MATCHES", "PURGE-LEAVES-ORDER"),
    ("UPSTREAM-PARSE-IGNORED", "NO-TIMEOUT"),
    ("KEY-IGNORES-QUERY", "KEY-OVERRIDE"),
    ("AUTH-CACHED", "COOKIE-CACHED"),
    ("STAMPEDE", "FETCH-ERR-NIL"),
    ("NO-STORE-IGNORED", "MAXAGE-OFF-BY-ONE"),
    ("MAXAGE-OFF-BY-ONE", "MAXAGE-UNCAPPED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `edgecache`: `cmd/edgecache/main.go` and the `proxy` package (`cache.go`, `proxy.go`, `ttl.go`).

        The proxy will crash under ordinary load: `Cache.Get` touches the map without the mutex that `Set`
        holds, which Go reports as `fatal error: concurrent map read and map write`. Upstream errors also
        become nil-pointer panics. On the security side the cache is shared across users without regard to
        credentials or `Set-Cookie`, any client can pick the cache key, and the purge allow-list trusts
        `X-Forwarded-For`.

        - **Crashes**: unlocked `Get`; nil entry after a fetch error; nil entry during eviction after purge/overwrite.
        - **Data leaks**: authenticated responses and `Set-Cookie` cached; `X-Cache-Key` override.
        - **Wrong content**: query string not in the key; `max-age` never parsed; truncated bodies cached.
        """,
        Block([
            F("GET-NO-LOCK", "critical", "bug", "`Cache.Get` reads the map without holding `c.mu`",
              "Concurrent Get and Set is a data race on the map (a fatal runtime error) and on hits/misses. Lock in Get "
              "(or use an RWMutex) and make the counters atomic.", d=-2, n=1, symbol="Cache.Get", conf=0.95),
            F("SIZE-DRIFT", "medium", "bug", "Re-setting an existing key double-counts its size",
              "Subtract the old entry's size and do not append the key to `order` again; otherwise eviction later removes the "
              "new entry and hits a nil entry for the duplicate key.", d=-1, n=2, symbol="Cache.Set", conf=0.8),
            F("PURGE-LEAVES-ORDER", "high", "bug", "`PurgePrefix` leaves `order` and `size` stale",
              "Remove purged keys from `order` and subtract their size; `Set`'s eviction loop dereferences `c.items[oldest]`, "
              "which is nil for a purged key.", symbol="Cache.PurgePrefix", conf=0.85),
            F("PURGE-NEVER-MATCHES", "medium", "bug", "Purge by path prefix never matches",
              "Keys are `\"GET /path\"`; compare the prefix against the path part of the key.", symbol="Cache.PurgePrefix", conf=0.85),
            F("FETCH-ERR-NIL", "high", "bug", "Upstream errors cause a nil pointer dereference",
              "When `fetch` fails `e` is nil and `e.header` panics; answer 502 instead.", symbol="Proxy.ServeHTTP", conf=0.9),
            F("STAMPEDE", "medium", "performance", "No request coalescing on cache misses",
              "Use `golang.org/x/sync/singleflight` keyed by the cache key so one request per key goes upstream.",
              d=-3, n=1, symbol="Proxy.ServeHTTP", conf=0.75),
            F("AUTH-CACHED", "high", "security", "Responses to authenticated requests are cached and shared",
              "Do not cache when the request has Authorization or Cookie (unless the response is explicitly `public`).",
              symbol="cacheable", conf=0.85),
            F("COOKIE-CACHED", "high", "security", "Responses with `Set-Cookie` are cached",
              "Never store a response carrying Set-Cookie; other users receive that session cookie.", symbol="cacheable", conf=0.8),
            F("KEY-OVERRIDE", "high", "security", "Clients can choose the cache key with `X-Cache-Key`",
              "Drop the override or accept it only from the purge allow-list; as is, anyone can store one URL's response under "
              "another URL's key.", d=-1, n=3, symbol="cacheKey", conf=0.85),
            F("KEY-IGNORES-QUERY", "high", "bug", "Cache key ignores the query string",
              "Use `r.URL.RequestURI()` (and Host if several sites share the proxy).", symbol="cacheKey", conf=0.9),
            F("LIMIT-OFF-BY-ONE", "medium", "bug", "Oversized responses are truncated and cached instead of rejected",
              "`io.LimitReader(resp.Body, maxBody)` never yields more than maxBody bytes, so `len(body) > maxBody` is never "
              "true. Read `maxBody+1`.", n=2, symbol="Proxy.fetch", conf=0.85),
            F("NO-TIMEOUT", "medium", "bug", "Upstream HTTP client has no timeout",
              "Set `Timeout` (or transport timeouts).", symbol="New", conf=0.8),
            F("XFF-SPOOF", "high", "security", "PURGE allow-list can be bypassed with X-Forwarded-For",
              "Use `r.RemoteAddr`, or trust X-Forwarded-For only from known load balancers.", d=-1, n=3, symbol="Proxy.purge", conf=0.9),
            F("MAXAGE-OFF-BY-ONE", "medium", "bug", "`max-age` is never parsed",
              "`part[len(\"max-age\"):]` still starts with `=`; use `strings.CutPrefix(part, \"max-age=\")`.", d=-1, n=2, symbol="parseTTL", conf=0.9),
            F("NO-STORE-IGNORED", "high", "security", "`no-store` / `private` are not honoured",
              "Return 0 for no-store, no-cache and private.", d=-1, symbol="parseTTL", conf=0.85),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with ReadHeaderTimeout, ReadTimeout and WriteTimeout.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "edgecache: 10 findings",
        Block([
            F("GET-NO-LOCK", "critical", "bug", "Data race: Cache.Get reads items without mu",
              "Lock.", d=-2),
            F("FETCH-ERR-NIL", "high", "bug", "nil deref when fetch fails",
              "Handle err; 502."),
            F("KEY-IGNORES-QUERY", "high", "bug", "cacheKey drops RawQuery",
              "Include query."),
            F("KEY-OVERRIDE", "high", "security", "X-Cache-Key header controls cache key",
              "Remove.", d=-1),
            F("XFF-SPOOF", "high", "security", "purge trusts X-Forwarded-For",
              "Use RemoteAddr.", d=-1),
            F("AUTH-CACHED", "high", "security", "Caches responses for Authorization/Cookie requests",
              "Bypass cache for credentialed requests."),
            F("LIMIT-OFF-BY-ONE", "medium", "bug", "Body size check unreachable (LimitReader caps at maxBody)",
              "LimitReader(..., maxBody+1).", d=+1),
            F("MAXAGE-OFF-BY-ONE", "medium", "bug", "parseTTL: Atoi gets \"=N\"",
              "Trim \"max-age=\"."),
            F("PURGE-LEAVES-ORDER", "medium", "bug", "PurgePrefix doesn't update order/size",
              "Rebuild order."),
            F("UPSTREAM-PARSE-IGNORED", "low", "bug", "url.Parse error discarded",
              "Return error."),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the `edgecache` caching proxy.

        ## Overview
        The proxy stores upstream responses in a FIFO cache bounded by size and supports a `PURGE` method for
        invalidation. The overall structure is clear, but there are serious concurrency and HTTP-caching
        semantics problems.

        ## Key Issues
        1. **Concurrency:** the cache is not consistently protected by its mutex.
        2. **Caching semantics:** `Cache-Control` directives are not honoured and private responses are cached.
        3. **Error handling:** several errors are ignored.
        """,
        Block([
            F("GET-NO-LOCK", "critical", "Concurrency", "Race Condition in Cache.Get",
              "Acquire the mutex in Get.", d=+3,
              desc="`c.hits++` and the map lookup happen without synchronization while Set modifies the map."),
            F("EXPIRED-NOT-EVICTED", "medium", "Resource Management", "Expired Entries Are Never Removed",
              "Delete expired entries when they are found in Get."),
            F("PURGE-NEVER-MATCHES", "medium", "Logic Error", "Purge Prefix Does Not Match Cache Keys",
              "Strip the method from the key before matching.", d=-1, sd=0),
            F("NO-TIMEOUT", "medium", "Reliability", "Missing Timeout on Upstream HTTP Client",
              "Configure http.Client{Timeout: ...}."),
            U({"severity": "info", "category": "Style", "description": "Consider adding structured logging (log/slog) for cache hits and misses."}),
            F("COOKIE-CACHED", "high", "Security", "Caching of Responses with Set-Cookie",
              "Skip caching when Set-Cookie is present.", d=-1, symbol="cacheable"),
            F("STAMPEDE", "medium", "Performance", "Cache Stampede on Concurrent Misses",
              "Use singleflight.", d=+1),
            F("LIMIT-OFF-BY-ONE", "medium", "Logic Error", "Truncated Responses May Be Cached",
              "Read one byte more than the limit to detect oversize bodies."),
            F("XFF-SPOOF", "high", "Security", "IP Allow-List Bypass via X-Forwarded-For",
              "Do not trust client-supplied headers.", d=+2),
            F("NO-STORE-IGNORED", "high", "Security", "Cache-Control no-store and private Ignored",
              "Honour no-store, no-cache and private."),
            F("MAXAGE-UNCAPPED", "low", "Correctness", "Unbounded max-age Values",
              "Clamp the TTL to a configured maximum.", d=-1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "edgecache issues:",
        Block([
            F("GET-NO-LOCK", "critical", "", "Get not locked (concurrent map access)", "lock c.mu in Get", d=-2),
            F("FETCH-ERR-NIL", "high", "bug", "panic when upstream fails", "check err before using e", d=-3, sd=0),
            F("KEY-IGNORES-QUERY", "high", "bug", "query string missing from cache key", "use RequestURI", d=-1),
            F("MAXAGE-OFF-BY-ONE", "medium", "bug", "max-age parse always fails", "skip the '='"),
        ], wrap="list", indent=None, fence=None),
        "security:",
        Block([
            F("AUTH-CACHED", "high", "security", "private responses cached for everyone", "don't cache requests with credentials"),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "no server timeouts", "http.Server with timeouts"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. `Cache.Get` is unsynchronized; `Set` and `PurgePrefix` corrupt size accounting.
        2. `ServeHTTP` panics on upstream errors and has no request coalescing.
        3. Cache keys and cacheability rules leak data across users.
        4. TTL parsing is broken.
        5. The purge allow-list is spoofable.
        """,
        Block([
            F("GET-NO-LOCK", "blocker", "concurrency", "Unsynchronized map access in Cache.Get",
              "Lock the mutex.", conf=0.9),
            F("SIZE-DRIFT", "major", "correctness", "Size accounting wrong when a key is overwritten",
              "Subtract old size.", conf=0.7),
            F("PURGE-NEVER-MATCHES", "major", "correctness", "PurgePrefix compares against method-prefixed keys",
              "Match on path.", conf=0.7),
            F("PURGE-LEAVES-ORDER", "major", "reliability", "Purged keys remain in eviction order",
              "Remove from order.", conf=0.65),
            F("STAMPEDE", "minor", "performance", "Duplicate upstream requests for concurrent misses",
              "singleflight.", conf=0.6),
            F("FETCH-ERR-NIL", "blocker", "reliability", "Nil entry used after fetch error",
              "Return 502 on error.", d=+1, sd=0, conf=0.85),
            F("KEY-OVERRIDE", "major", "security", "Cache poisoning via X-Cache-Key",
              "Remove header override.", conf=0.8),
            F("COOKIE-CACHED", "major", "security", "Set-Cookie responses stored in shared cache",
              "Do not cache.", conf=0.75),
            F("NO-TIMEOUT", "minor", "reliability", "http.Client without timeout",
              "Set Timeout.", conf=0.7),
            F("MAXAGE-OFF-BY-ONE", "major", "correctness", "max-age value parsed incorrectly",
              "Use len(\"max-age=\").", conf=0.8),
            F("MAXAGE-UNCAPPED", "minor", "correctness", "TTL from max-age not bounded",
              "Cap TTL.", conf=0.5),
            F("XFF-SPOOF", "major", "security", "Spoofable X-Forwarded-For in purge authorization",
              "Use RemoteAddr.", d=+2, conf=0.8),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 7 major, 3 minor"),
    ]),
}
