"""tune2/go-links: a URL shortener's HTTP handlers, store and rate limiter (Go). Second tuning split.

Labels next to each finding. Written 2026-12-02 by a helper session that had not seen the merger code, its
results or the frozen test split (only splits/README.md, the builder and the first tune split's specs, for
the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the test split. "
    "Second tuning split (tune2): seeded problems in a small Go link shortener; five agents' answers written by hand."
)

ST = "internal/store/mem.go"
LK = "internal/httpapi/links.go"
RL = "internal/httpapi/ratelimit.go"
PROBLEMS = {
    "HITS-UNDER-RLOCK": P(ST, "s.hits[code]++", "bug", "hits map written while holding only the read lock: concurrent map writes", "critical-section"),
    "NEXT-RACE": P(ST, "s.next++", "bug", "s.next incremented outside the mutex: two links get one code, one is overwritten", "critical-section"),
    "CODES-PREDICTABLE": P(ST, "code := strconv.FormatInt(s.next, 36)", "security", "sequential base-36 codes: every link can be enumerated"),
    "UNVALIDATED-TARGET": P(LK, "code := h.Store.Create(target, owner)", "security", "url form value stored unvalidated: javascript:/data: targets, open redirect", "source-vs-sink"),
    "XSS-NOTE": P(LK, 'fmt.Fprintf(w, "<p>%s: <a href=', "security", "note form value written into the HTML response unescaped", "source-vs-sink"),
    "PREVIEW-SSRF": P(LK, "resp, err := http.Get(link.Target)", "security", "preview fetches the stored target from the server: SSRF to internal hosts"),
    "BODY-NOT-CLOSED": P(LK, "body, _ := io.ReadAll(resp.Body)", "bug", "resp.Body never closed: connections leak"),
    "READALL-UNBOUNDED": P(LK, "body, _ := io.ReadAll(resp.Body)", "performance", "whole remote page read into memory with no size limit"),
    "TITLE-OFF-BY-ONE": P(LK, "title := string(body[start+6 : end])", "bug", "<title> is 7 bytes, offset 6: the title starts with '>'", "off-by-one"),
    "TITLE-XSS": P(LK, 'fmt.Fprintf(w, "<h1>%s</h1>', "security", "fetched title and target written into HTML unescaped"),
    "DELETE-VIA-GET": P(LK, 'code := r.URL.Query().Get("code")', "security", "delete driven by a query parameter on any method: GET link or img tag deletes (CSRF)"),
    "DELETE-NO-OWNER": P(LK, "h.Store.Delete(code)", "security", "Delete never checks the caller owns the link", "signature-vs-statement"),
    "ROLE-FROM-HEADER": P(LK, "func isAdmin(r *http.Request) bool", "security", "admin decided by a client-supplied X-Role header"),
    "XFF-SPOOF": P(RL, 'ip := r.Header.Get("X-Forwarded-For")', "security", "rate limit keyed on client-supplied X-Forwarded-For: trivially bypassed"),
    "RATE-MAP-RACE": P(RL, "seen[ip] = append(recent, now)", "bug", "seen map read and written by concurrent requests without a lock", "critical-section"),
    "SEEN-UNBOUNDED": P(RL, "seen[ip] = append(recent, now)", "performance", "seen keeps an entry per client forever: memory grows without bound"),
    "RATE-OFF-BY-ONE": P(RL, "if len(recent) > limit {", "bug", "> limit with the current request not counted: limit + 1 requests pass", "off-by-one"),
}

CONFUSABLE = [
    ("NEXT-RACE", "CODES-PREDICTABLE"),
    ("UNVALIDATED-TARGET", "XSS-NOTE"),
    ("BODY-NOT-CLOSED", "READALL-UNBOUNDED"),
    ("TITLE-OFF-BY-ONE", "TITLE-XSS"),
    ("DELETE-VIA-GET", "DELETE-NO-OWNER"),
    ("DELETE-NO-OWNER", "ROLE-FROM-HEADER"),
    ("RATE-MAP-RACE", "SEEN-UNBOUNDED"),
    ("RATE-MAP-RACE", "RATE-OFF-BY-ONE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        Reviewed `internal/httpapi` and `internal/store`. Two classes of problem dominate:

        1. **Untrusted input rendered or fetched without checks.** `Shorten` and `Preview` build HTML with
           `fmt.Fprintf`, and `Preview` makes the server fetch any stored URL.
        2. **Shared state without synchronisation.** The store takes a read lock where it writes, increments
           its counter outside the lock, and the rate limiter's map has no lock at all. Under `-race` or any real
           load these will crash the process (`fatal error: concurrent map writes` is not recoverable).

        Authorization is thin: `Delete` checks nothing and `isAdmin` trusts a request header.
        """,
        Block([
            F("XSS-NOTE", "high", "security", "XSS: `note` is written into HTML unescaped",
              "Render with `html/template`, or at least `html.EscapeString(note)`.", symbol="Handler.Shorten", conf=0.9),
            F("UNVALIDATED-TARGET", "high", "security", "Shortened URL is not validated (`javascript:` / `data:` redirects)",
              "Parse with `url.Parse` and accept only absolute `http`/`https` URLs.", symbol="Handler.Shorten", conf=0.85),
            F("PREVIEW-SSRF", "high", "security", "`Preview` fetches arbitrary user-supplied URLs (SSRF)",
              "Use a client whose dialer refuses private, loopback and link-local addresses.", symbol="Handler.Preview", conf=0.85),
            F("BODY-NOT-CLOSED", "medium", "bug", "`resp.Body` is never closed in `Preview`",
              "`defer resp.Body.Close()` right after the error check.", symbol="Handler.Preview", conf=0.9),
            F("READALL-UNBOUNDED", "medium", "performance", "Unbounded `io.ReadAll` of the previewed page",
              "Wrap with `io.LimitReader(resp.Body, 1<<20)`.", symbol="Handler.Preview", conf=0.8),
            F("TITLE-OFF-BY-ONE", "low", "bug", "Title slice offset is 6, but `<title>` is 7 bytes",
              "Use `start+len(\"<title>\")`.", symbol="Handler.Preview", conf=0.9),
            F("TITLE-XSS", "medium", "security", "Preview page echoes the fetched title without escaping",
              "Escape `title` and `link.Target`; the page content is attacker-controlled.", symbol="Handler.Preview", conf=0.8),
            F("DELETE-NO-OWNER", "high", "security", "`Delete` has no authorization check",
              "Look up the link and compare `link.Owner` with the authenticated user before deleting.",
              d=-2, symbol="Handler.Delete", conf=0.85),
            F("HITS-UNDER-RLOCK", "high", "bug", "`Get` writes the `hits` map while holding only a read lock",
              "Take `mu.Lock()` here, or keep hits in a separate mutex-protected map / atomic counters.",
              symbol="Store.Get", conf=0.9),
            F("NEXT-RACE", "high", "bug", "`s.next` is incremented outside the mutex",
              "Move `s.next++` and the code computation after `s.mu.Lock()`.", symbol="Store.Create", conf=0.9),
            F("RATE-MAP-RACE", "high", "bug", "Rate limiter's `seen` map is shared across requests without a lock",
              "Guard `seen` with a `sync.Mutex` held from the read through the write.", symbol="RateLimit", conf=0.9),
            F("XFF-SPOOF", "medium", "security", "Rate limit keyed on client-supplied `X-Forwarded-For`",
              "Use `r.RemoteAddr` unless the request comes from a known proxy.", symbol="RateLimit", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review notes for internal/ (store, httpapi). Findings JSON:",
        Block([
            F("HITS-UNDER-RLOCK", "high", "bug", "concurrent map writes: hits++ under RLock", "Lock, not RLock"),
            F("NEXT-RACE", "high", "bug", "duplicate short codes: two Create calls can read the same s.next",
              "increment under s.mu", d=+1),
            F("UNVALIDATED-TARGET", "medium", "security", "open redirect / javascript: scheme accepted by Shorten",
              "allow http(s) only", d=-2),
            F("XSS-NOTE", "high", "security", "note reflected into HTML", "html/template", d=-3),
            F("DELETE-VIA-GET", "medium", "security", "Delete is reachable via GET with a query param (CSRF)",
              "require DELETE/POST + CSRF token"),
            F("RATE-OFF-BY-ONE", "low", "bug", "limiter admits limit+1 requests per minute", ">="),
            F("SEEN-UNBOUNDED", "medium", "performance", "seen map grows without bound (one entry per spoofable IP)",
              "evict idle keys"),
            F("TITLE-OFF-BY-ONE", "low", "bug", "preview title starts with '>'", "len(\"<title>\")", d=+1),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have analyzed the link shortener service. It consists of an in-memory store, HTTP handlers and a
        rate-limiting middleware. Below is a summary of the security and reliability issues I found.

        **Injection and request forgery:** both HTML-producing handlers write untrusted data into the response,
        and the preview feature makes outbound requests to arbitrary URLs.

        **Authorization:** deletion is unauthenticated and the admin check relies on a spoofable header.
        """,
        Block([
            F("XSS-NOTE", "High", "Cross-Site Scripting", "Reflected XSS in Shorten Handler",
              "Use html/template for output."),
            F("TITLE-XSS", "High", "Cross-Site Scripting", "Stored XSS in Preview Handler",
              "Escape the title before rendering it.",
              desc="The title is extracted from a third-party page and embedded in the response without escaping."),
            F("PREVIEW-SSRF", "Critical", "Server-Side Request Forgery", "SSRF via Link Preview",
              "Restrict outbound requests to public addresses."),
            F("BODY-NOT-CLOSED", "Medium", "Resource Leak", "HTTP Response Body Not Closed",
              "Add defer resp.Body.Close().", d=-2, sd=0),
            F("DELETE-NO-OWNER", "High", "Authorization", "Missing Authorization on Link Deletion",
              "Verify that the requester owns the link.", d=-1),
            F("ROLE-FROM-HEADER", "High", "Authorization", "Admin Check Trusts Client-Controlled Header",
              "Derive roles from an authenticated session."),
            U({"severity": "Low", "category": "Testing", "description": "No tests cover the rate limiter."}),
        ], wrap="list"),
        """
        **Concurrency:** the service is served by `net/http`, so every handler runs concurrently. The following
        shared data structures are not properly synchronized:
        """,
        Block([
            F("HITS-UNDER-RLOCK", "High", "Concurrency", "Write to Map Under Read Lock",
              "Use the write lock when modifying hits.", d=-2),
            F("NEXT-RACE", "High", "Concurrency", "Data Race on ID Counter",
              "Increment the counter while holding the lock.", d=+3,
              desc="Two concurrent requests can observe the same counter value, so the second link overwrites the first in the map."),
            F("RATE-MAP-RACE", "High", "Concurrency", "Unsynchronized Map Access in RateLimit",
              "Protect the map with a mutex.", d=-1),
            F("RATE-OFF-BY-ONE", "Low", "Logic Error", "Rate Limit Allows One Extra Request",
              "Compare with >= limit.", d=-1,
              desc="The current request is appended after `recent` is computed, so the comparison `len(recent) > limit` lets limit+1 requests through."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found 4 problems.",
        Block([
            F("PREVIEW-SSRF", "error", "security", "ssrf in preview", "block private ips"),
            F("HITS-UNDER-RLOCK", "error", "bug", "map write under RLock -> fatal concurrent map writes", "use Lock"),
            F("DELETE-VIA-GET", "warning", "", "delete via GET, no csrf", "method check"),
            F("READALL-UNBOUNDED", "warning", "performance", "io.ReadAll without limit", "io.LimitReader"),
        ], wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I have completed the review of the Go link shortener.

        1. XSS in Shorten and an unvalidated redirect target.
        2. Predictable short codes and a data race in the store.
        3. Resource leak and off-by-one in Preview.
        4. Broken authorization for Delete and admin checks.
        5. Rate limiter: data race, memory growth, spoofable client IP.
        """,
        Block([
            F("XSS-NOTE", "blocker", "security", "Cross-site scripting via the note form field",
              "Escape output.", conf=0.9),
            F("UNVALIDATED-TARGET", "major", "security", "Unvalidated redirect target",
              "Validate the URL scheme and host.", conf=0.8),
            F("CODES-PREDICTABLE", "major", "security", "Predictable sequential short codes allow enumeration",
              "Generate codes with crypto/rand.", conf=0.75),
            F("NEXT-RACE", "major", "concurrency", "Race condition on s.next counter",
              "Protect with the mutex.", conf=0.85),
            F("HITS-UNDER-RLOCK", "major", "concurrency", "Concurrent map write in Store.Get",
              "Use a write lock.", d=+1, conf=0.85),
            F("BODY-NOT-CLOSED", "major", "resource-leak", "Response body leak in Preview",
              "Close the body.", conf=0.9),
            F("TITLE-OFF-BY-ONE", "minor", "correctness", "Incorrect offset when extracting <title>",
              "Use len(\"<title>\").", conf=0.8),
            F("DELETE-NO-OWNER", "major", "security", "Any user can delete any link",
              "Check ownership.", conf=0.8),
            F("ROLE-FROM-HEADER", "major", "security", "Authorization based on spoofable X-Role header",
              "Use server-side roles.", conf=0.8),
            F("RATE-MAP-RACE", "major", "concurrency", "Data race on rate limiter map",
              "Add a mutex.", conf=0.85),
            F("SEEN-UNBOUNDED", "minor", "resource-leak", "Rate limiter memory grows unbounded",
              "Evict old entries.", conf=0.7),
            F("XFF-SPOOF", "minor", "security", "Client IP taken from X-Forwarded-For",
              "Only trust it behind a known proxy.", conf=0.7),
        ], wrap="object+summary", summary="12 issues: 1 blocker, 8 major, 3 minor"),
    ]),
}
