"""test9/go-edgecfg: a CDN edge-config manager (net/http, Go 1.22). Frozen test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test9, issue 15) that had not seen the merger code, its "
    "results, the scorer or any other split's answers. Ninth frozen test split: seeded problems in a small Go "
    "CDN edge-config manager (site configs, history, purge fan-out, export, preview); five agents' answers by "
    "hand. Scored exactly once, never tuned on."
)

S = "internal/edge/store.go"
AU = "internal/edge/auth.go"
PG = "internal/edge/purge.go"
AP = "internal/edge/api.go"

PROBLEMS = {
    "HISTORY-NO-LOCK": P(S, "return s.history[domain]", "bug", "History reads the history map without the RWMutex: concurrent map read and write with Put"),
    "HISTORY-UNBOUNDED": P(S, "s.history[site.Domain] = append(s.history[site.Domain], *prev)", "performance", "every PUT appends a full copy of the previous config; history is never trimmed"),
    "PUBLISH-COUNTER-RACE": P(S, "s.Publishes++", "bug", "Publishes incremented after Unlock: racy counter under concurrent PUTs", "critical-section"),
    "SAVE-UNLOCKED": P(S, "\ts.save()", "bug", "save marshals s.sites after the lock is released: concurrent map iteration and write, interleaved file writes"),
    "ROLLBACK-ZERO": P(S, "old := h[len(h)-steps]", "bug", "steps == 0 (or negative) passes `steps > len(h)` and indexes one past the end: panic", "off-by-one"),
    "ROLLBACK-VERSION": P(S, "s.sites[domain] = &old", "bug", "restored config keeps its old, lower Version: edges that only apply newer versions ignore the rollback"),
    "WRITE-ERR-IGNORED": P(S, "os.WriteFile(s.path, data, 0o644)", "bug", "WriteFile error ignored: a failed save loses the config silently"),
    "WRITE-NOT-ATOMIC": P(S, "os.WriteFile(s.path, data, 0o644)", "bug", "state file truncated and rewritten in place: a crash mid-write leaves an empty or partial file"),
    "KEY-IN-QUERY": P(AU, "key = r.URL.Query().Get(\"api_key\")", "security", "API key accepted from the query string (ends up in access logs, proxies, referrers)"),
    "PUT-NO-AUTH": P(AP, "tenant := tenantOf(r)", "security", "unknown or missing API key is not rejected: tenant \"\" creates and edits sites", "signature-vs-statement"),
    "BODY-UNBOUNDED": P(AP, "json.NewDecoder(r.Body).Decode(&site)", "performance", "request body decoded without a size limit"),
    "ORIGIN-SSRF": P(AP, "if site.Origin == \"\" {", "security", "origin only checked for non-empty: internal addresses (169.254.169.254, localhost) become edge origins"),
    "DOMAIN-UNVERIFIED": P(AP, "site.Domain = r.PathValue(\"domain\")", "security", "first tenant to PUT a domain owns it: no proof of control over the domain (extra, one agent)"),
    "CLAIM-RACE": P(AP, "site.Owner = tenant", "security", "owner check (Get) and Put are not atomic: two tenants claiming a new domain at once both pass; last write wins", "critical-section"),
    "GET-NO-OWNER": P(AP, "site := a.Store.Get(r.PathValue(\"domain\"))", "security", "HandleGetSite returns any tenant's config (origin, rules) to any caller", "signature-vs-statement", nth=0),
    "HIST-NO-OWNER": P(AP, "h := a.Store.History(r.PathValue(\"domain\"))", "security", "history of any domain readable without a tenant check"),
    "HIST-NEGATIVE": P(AP, "n, _ := strconv.Atoi(r.URL.Query().Get(\"last\"))", "bug", "negative or malformed `last` not rejected (error ignored): slice bounds panic"),
    "HIST-OFF-BY-ONE": P(AP, "json.NewEncoder(w).Encode(h[len(h)-n+1:])", "bug", "`+1` returns one version fewer than asked (and panics for last=0)", "off-by-one"),
    "PURGE-NO-OWNER": P(AP, "if err := a.Purger.Purge(domain, r.URL.Query().Get(\"path\"))", "security", "any caller purges any tenant's domain on every POP (no tenant check)"),
    "EXPORT-NO-OWNER": P(AP, "site := a.Store.Get(r.PathValue(\"domain\"))", "security", "export writes any tenant's config without a tenant check", nth=1),
    "EXPORT-TRAVERSAL": P(AP, "dst := filepath.Join(a.ExportDir, name)", "security", "`file` query value joined into ExportDir unchecked: ../ writes anywhere the service can", "source-vs-sink"),
    "PREVIEW-SSRF": P(AP, "resp, err := http.Get(target)", "security", "preview fetches any URL from the query string: SSRF into the internal network", "source-vs-sink"),
    "PREVIEW-BODY-LEAK": P(AP, "resp, err := http.Get(target)", "bug", "preview response body is never closed: connections leak"),
    "PREVIEW-CONTENT-TYPE": P(AP, "w.Header().Set(\"Content-Type\", resp.Header.Get(\"Content-Type\"))", "security", "upstream Content-Type passed through: attacker HTML/JS served from the config API's origin (extra, one agent)"),
    "PURGE-NO-TIMEOUT": P(PG, "client: &http.Client{}", "bug", "purge client has no timeout: one hung POP blocks the purge request forever"),
    "PURGE-BODY-LEAK": P(PG, "resp, err := p.client.Post(pop+\"/purge?\"+q", "bug", "POP response bodies never closed: connections leak on every purge"),
    "FAILED-RACE": P(PG, "failed++", "bug", "failed++ from several goroutines without synchronisation: lost increments, wrong failure count", "critical-section"),
    "PURGE-QUORUM": P(PG, "if failed > len(p.POPs)/2 {", "bug", "`>` with integer division: exactly half the POPs failing (1 of 2) is reported as success", "off-by-one"),
}

CONFUSABLE = [
    ("PUBLISH-COUNTER-RACE", "SAVE-UNLOCKED"),
    ("ROLLBACK-ZERO", "ROLLBACK-VERSION"),
    ("WRITE-ERR-IGNORED", "WRITE-NOT-ATOMIC"),
    ("PUT-NO-AUTH", "BODY-UNBOUNDED"),
    ("HIST-NEGATIVE", "HIST-OFF-BY-ONE"),
    ("HIST-NO-OWNER", "HIST-NEGATIVE"),
    ("EXPORT-TRAVERSAL", "EXPORT-NO-OWNER"),
    ("PREVIEW-SSRF", "PREVIEW-BODY-LEAK"),
    ("FAILED-RACE", "PURGE-BODY-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `edgecfg` (`internal/edge/*.go`, `cmd/edgecfg/main.go`).

        **Top priorities**
        1. `GET /preview` is an open SSRF proxy, and `POST /sites/{domain}/export` writes to a caller-chosen path.
        2. Tenancy is not enforced: an unknown API key maps to tenant `""`, which can create sites, and the read
           endpoints never look at the tenant at all.
        3. `Store` releases its lock too early (`Publishes`, `save`) and `History` takes no lock, so concurrent
           PUTs can crash the process with a concurrent map access.
        4. Purge fan-out has a racy failure counter, leaks response bodies, and its quorum check lets a 50 % failure pass.

        | Severity | Count |
        |----------|-------|
        | critical | 2 |
        | high | 5 |
        | medium | 10 |
        | low | 2 |
        """,
        Block([
            F("PREVIEW-SSRF", "critical", "security", "SSRF: /preview fetches arbitrary URLs",
              "Restrict preview to the site's configured origin, resolve the host and reject private and link-local "
              "addresses.", symbol="API.HandlePreview", conf=0.95),
            F("PREVIEW-BODY-LEAK", "medium", "bug", "Preview response body is never closed",
              "`defer resp.Body.Close()` right after the error check.", symbol="API.HandlePreview", conf=0.85),
            F("PREVIEW-CONTENT-TYPE", "medium", "security", "Preview reflects the upstream Content-Type",
              "An attacker-hosted `text/html` page is served from the API's own origin. Force "
              "`Content-Type: text/plain` and `X-Content-Type-Options: nosniff`, or send it as an attachment.",
              symbol="API.HandlePreview", conf=0.62),
            F("EXPORT-TRAVERSAL", "critical", "security", "Path traversal in export file name",
              "Reject names that are not a plain base name (`filepath.Base(name) != name`) or generate the name "
              "from the domain.", symbol="API.HandleExport", conf=0.92),
            F("PUT-NO-AUTH", "high", "security", "Unauthenticated callers can create sites",
              "`tenantOf` returns \"\" for a missing or unknown key and `HandlePutSite` proceeds with it. Return 401 "
              "when the tenant is empty.", symbol="API.HandlePutSite", conf=0.9),
            F("GET-NO-OWNER", "high", "security", "Site configs readable across tenants",
              "Compare `site.Owner` with the caller's tenant before encoding.", symbol="API.HandleGetSite", conf=0.86),
            F("KEY-IN-QUERY", "medium", "security", "API key accepted in the query string",
              "Keys in URLs end up in access logs and proxy caches; accept the header only.", symbol="tenantOf", conf=0.8),
            F("ORIGIN-SSRF", "medium", "security", "Origin is not validated",
              "Only emptiness is checked; require https and a public host, or the edges will fetch from internal "
              "addresses on the tenant's behalf.", symbol="API.HandlePutSite", conf=0.68),
            F("CLAIM-RACE", "medium", "security", "Owner check and Put are not atomic",
              "Two tenants creating the same domain concurrently both pass the check; the later Put silently takes "
              "the domain. Do the owner check inside `Store.Put` under the lock.", n=2, symbol="API.HandlePutSite", conf=0.7),
            F("PUBLISH-COUNTER-RACE", "medium", "bug", "Publishes is incremented outside the mutex",
              "Move the increment above `s.mu.Unlock()` or use `atomic.Int64`.", symbol="Store.Put", conf=0.88),
            F("SAVE-UNLOCKED", "high", "bug", "save() marshals the sites map without holding the lock",
              "A concurrent Put can write the map while `json.Marshal` iterates it (fatal `concurrent map iteration "
              "and map write`). Snapshot under the lock, then write.", symbol="Store.Put", conf=0.84),
            F("HISTORY-NO-LOCK", "high", "bug", "History() reads the map with no lock",
              "Take `s.mu.RLock()` and return a copy of the slice.", symbol="Store.History", conf=0.86),
            F("WRITE-ERR-IGNORED", "medium", "bug", "Errors from persisting the state file are dropped",
              "Return the error from `save` and surface it to the caller (and log it).", symbol="Store.save", conf=0.75),
            F("ROLLBACK-ZERO", "medium", "bug", "Rollback(…, 0) panics with index out of range",
              "`steps == 0` passes the `steps > len(h)` check and reads `h[len(h)]`. Require `1 <= steps`.",
              symbol="Store.Rollback", conf=0.83),
            F("HIST-OFF-BY-ONE", "medium", "bug", "History endpoint returns one entry too few",
              "`h[len(h)-n+1:]` drops the oldest requested entry and panics when `n == 0`; use `h[len(h)-n:]`.",
              symbol="API.HandleHistory", conf=0.85),
            F("FAILED-RACE", "high", "bug", "Data race on the `failed` counter in Purge",
              "Goroutines increment a shared int; use `atomic.Int32` or collect results over a channel.",
              symbol="Purger.Purge", conf=0.9),
            F("PURGE-BODY-LEAK", "medium", "bug", "Purge responses are never closed",
              "Close `resp.Body` (drain it first) in each goroutine.", symbol="Purger.Purge", conf=0.82),
            F("PURGE-QUORUM", "low", "bug", "Half of the POPs may fail and the purge still reports success",
              "With two POPs, one failure gives `1 > 1 == false`. Treat any failure as an error, or use `>=`.",
              symbol="Purger.Purge", conf=0.66),
            F("PURGE-NO-TIMEOUT", "low", "bug", "Purger's http.Client has no timeout",
              "Set `Timeout` (e.g. 5s) so one slow POP cannot hang the request.", symbol="NewPurger", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed internal/edge/*.go; 12 findings, most severe first.",
        Block([
            F("PREVIEW-SSRF", "critical", "security", "url query param fetched server-side (SSRF)",
              "Allow-list hosts; block private ranges.", d=-1),
            F("EXPORT-TRAVERSAL", "critical", "security", "file query param becomes an output path",
              "filepath.Base + reject '..'.", d=-1),
            F("PUT-NO-AUTH", "high", "security", "HandlePutSite accepts requests without a valid key",
              "401 when tenantOf returns \"\".", d=-1, symbol="API.HandlePutSite"),
            F("GET-NO-OWNER", "high", "security", "HandleGetSite has no tenant check",
              "Check site.Owner == tenant.", d=-1, symbol="API.HandleGetSite"),
            F("PURGE-NO-OWNER", "high", "security", "Any caller can purge any domain",
              "Authorize tenant against site owner."),
            F("FAILED-RACE", "high", "bug", "failed counter mutated from goroutines without sync",
              "atomic.Int32.", d=-2),
            F("PUBLISH-COUNTER-RACE", "medium", "bug", "Publishes++ after Unlock",
              "Increment under lock."),
            F("HIST-OFF-BY-ONE", "medium", "bug", "history slice off by one (+1)",
              "h[len(h)-n:]", d=-1),
            F("HIST-NEGATIVE", "medium", "bug", "Atoi error ignored; negative last panics",
              "Validate 0 < n."),
            F("ROLLBACK-ZERO", "medium", "bug", "Rollback bounds check misses steps <= 0",
              "if steps < 1 || steps > len(h)", d=-3),
            F("BODY-UNBOUNDED", "low", "performance", "No request body limit on PUT",
              "http.MaxBytesReader."),
            F("PURGE-BODY-LEAK", "low", "bug", "resp.Body not closed in purge goroutine",
              "defer resp.Body.Close()"),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is my analysis of the edge configuration manager.

        ## Overview
        The service manages CDN site configurations for multiple tenants. The most pressing issues are missing
        tenant isolation, two endpoints that let a caller reach the file system or the internal network, and
        several concurrency problems in the `Store` and the `Purger`.

        ## Security Findings
        """,
        Block([
            F("PREVIEW-SSRF", "critical", "Server-Side Request Forgery", "Server-Side Request Forgery in HandlePreview",
              "Validate the URL against the site's configured origin.",
              desc="The `url` query parameter is fetched with `http.Get`, so internal services and cloud metadata endpoints are reachable."),
            F("EXPORT-TRAVERSAL", "critical", "Path Traversal", "Arbitrary File Write in HandleExport",
              "Sanitize the `file` parameter.", d=2),
            F("GET-NO-OWNER", "high", "Broken Access Control", "Missing Tenant Check When Reading Site Config",
              "Verify the requesting tenant owns the site."),
            F("HIST-NO-OWNER", "medium", "Broken Access Control", "Configuration History Exposed to All Tenants",
              "Apply the same ownership check as for writes."),
            F("PURGE-NO-OWNER", "high", "Broken Access Control", "Unauthorized Cache Purge",
              "Check the caller's tenant against the site owner before purging.", d=-1, sd=-1, n=2),
            F("KEY-IN-QUERY", "medium", "Sensitive Data Exposure", "API Key Transmitted in URL",
              "Only accept the `X-Api-Key` header."),
            F("DOMAIN-UNVERIFIED", "high", "Broken Access Control", "Domain Ownership Is Never Verified",
              "Require a DNS TXT challenge before a tenant can claim a domain.",
              desc="Any tenant can register a configuration for a domain it does not control, e.g. a competitor's."),
            U({"severity": "info", "category": "Maintainability",
               "description": "Global mutable `apiKeys` map makes testing difficult; inject a key store into API."}),
        ], wrap="list"),
        """
        ## Concurrency and Reliability
        """,
        Block([
            F("SAVE-UNLOCKED", "high", "Race Condition", "Sites Map Serialized Without Lock",
              "Marshal a copy taken while holding the lock.", d=-1, sd=0,
              desc="`save()` is called after `s.mu.Unlock()` and iterates `s.sites` via `json.Marshal`."),
            F("FAILED-RACE", "high", "Race Condition", "Race Condition in Purge Goroutines",
              "Use `sync/atomic` for the counter.", d=-1, n=2),
            F("CLAIM-RACE", "medium", "Race Condition", "TOCTOU in Site Ownership Check",
              "Perform the check and the write atomically in the store.", d=1, sd=0, n=2),
            F("HISTORY-UNBOUNDED", "low", "Resource Management", "Unbounded Growth of Version History",
              "Keep only the last N versions."),
            F("PURGE-QUORUM", "medium", "Logic Error", "Partial Purge Failure Reported as Success",
              "Return an error if any POP fails.", d=1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("PREVIEW-SSRF", "critical", "security", "ssrf in preview", "restrict target hosts"),
            F("PUT-NO-AUTH", "high", "security", "empty tenant allowed on put", "reject unknown keys"),
            F("EXPORT-NO-OWNER", "high", "", "export does not check tenant", "check owner"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("FAILED-RACE", "high", "bug", "race on failed in purge", "atomic counter", d=-1),
            F("ROLLBACK-VERSION", "medium", "bug", "rollback keeps old version number", "bump version on rollback"),
            F("HIST-OFF-BY-ONE", "medium", "bug", "history returns n-1 items", "drop the +1"),
            F("PURGE-NO-TIMEOUT", "low", "bug", "no http client timeout", "set Timeout"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        Summary:
        1. SSRF and path traversal in the preview and export handlers.
        2. Store concurrency: counter and persistence outside the lock; History unlocked.
        3. Persistence is not crash-safe.
        4. Rollback and history endpoints have bounds bugs.
        5. Purge: racy counter, leaked bodies, lenient quorum.
        """,
        Block([
            F("PREVIEW-SSRF", "blocker", "security", "Unrestricted outbound fetch in preview",
              "Validate the target URL.", conf=0.9),
            F("PREVIEW-BODY-LEAK", "minor", "resource-leak", "HTTP response body not closed in preview",
              "Close resp.Body.", conf=0.8),
            F("EXPORT-TRAVERSAL", "blocker", "security", "Export path built from user input",
              "Clean and confine the path to ExportDir.", conf=0.85),
            F("PUBLISH-COUNTER-RACE", "major", "concurrency", "Publishes counter updated without lock",
              "Use atomic or hold the lock.", d=-1, sd=-1, n=2, conf=0.8),
            F("SAVE-UNLOCKED", "major", "concurrency", "save() runs outside the critical section",
              "Call save while holding the lock or marshal a snapshot.", conf=0.75),
            F("HISTORY-NO-LOCK", "major", "concurrency", "History accessor is not synchronized",
              "Use RLock.", conf=0.75),
            F("WRITE-NOT-ATOMIC", "major", "data-loss", "State file is not written atomically",
              "Write to a temp file and rename it over the old one.", conf=0.7),
            F("ROLLBACK-ZERO", "major", "correctness", "Rollback with steps=0 panics",
              "Validate steps >= 1.", conf=0.75),
            F("ROLLBACK-VERSION", "minor", "correctness", "Rollback restores a stale version number",
              "Assign a new version when restoring.", conf=0.6),
            F("HIST-NEGATIVE", "major", "correctness", "Negative `last` parameter panics",
              "Reject n < 0 and handle the Atoi error.", d=2, conf=0.7),
            F("CLAIM-RACE", "minor", "concurrency", "Ownership check is racy",
              "Check and put under one lock.", d=1, conf=0.55),
            F("FAILED-RACE", "major", "concurrency", "Unsynchronized counter in Purge",
              "Use sync/atomic.", conf=0.85),
            F("PURGE-BODY-LEAK", "minor", "resource-leak", "Purge responses leak connections",
              "Close the response body.", conf=0.75),
            F("PURGE-QUORUM", "minor", "correctness", "Purge majority check is off by one",
              "Use >= or require all POPs.", conf=0.6),
        ], wrap="object+summary", summary="14 issues: 2 blocker, 7 major, 5 minor"),
    ]),
}
