"""test5/go-zoned: a DNS zone management service (Go, net/http). Fifth frozen test split; labels inline.

Written 2026-12-02 by a helper session (branch test5, issue 15) that had not seen the merger code, its results,
the scorer, or any other split's answers or specs apart from specs/tune2__py_snapctl.py (read for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Fifth frozen test split (test5, score once): seeded problems in a small DNS zone management service "
    "(in-memory zone store, zone-file export, rndc notify, a lookup cache, an HTTP API); five agents' answers "
    "written by hand."
)

ST = "zone/store.go"
EX = "zone/export.go"
CA = "resolver/cache.go"
HD = "api/handlers.go"

PROBLEMS = {
    "ADD-RECORD-RACE": P(ST, "z.Records = append(z.Records, r)", "bug", "AddRecord mutates the zone (records, serial) after Get released the read lock: data race, lost records and serial bumps", "critical-section"),
    "DELETE-NIL-ZONE": P(ST, "z := s.zones[zoneName]", "bug", "unknown (or differently cased) zone: nil *Zone dereferenced, panic"),
    "DELETE-INDEX-OFF-BY-ONE": P(ST, "if i < 0 || i > len(z.Records) {", "bug", "`i > len` should be `>=`: i == len passes and z.Records[i+1:] panics", "off-by-one"),
    "CREATE-OVERWRITES": P(ST, "s.zones[name] = z", "bug", "Create replaces an existing zone of the same name: its records are lost"),
    "CREATE-CASE": P(ST, "s.zones[name] = z", "bug", "Create stores the name as given but Get lowercases: a mixed-case zone can never be found"),
    "RENDER-INJECTION": P(EX, 'fmt.Fprintf(&b, "%s %d IN %s %s\\n", r.Name, r.TTL, r.Type, r.Value)', "security", "record name/value with a newline injects extra records or $INCLUDE into the zone file"),
    "RENDER-TXT-UNQUOTED": P(EX, 'fmt.Fprintf(&b, "%s %d IN %s %s\\n", r.Name, r.TTL, r.Type, r.Value)', "bug", "TXT values are not quoted: spaces or ';' break the zone file"),
    "NOTIFY-SHELL": P(EX, 'cmd := exec.Command("sh", "-c", "rndc -s "+host+" notify "+zoneName)', "security", "zone name and host concatenated into sh -c", "signature-vs-statement"),
    "NOTIFY-STOPS-AT-FIRST": P(EX, "return err", "bug", "Notify returns on the first failing secondary: the rest are never notified", nth=0),
    "CACHE-MISS-RACE": P(CA, "c.Misses++", "bug", "Lookup: counters touched without c.mu and no lock across miss-and-fill: racy Hits/Misses, concurrent misses all query upstream", "critical-section"),
    "CACHE-UNBOUNDED": P(CA, "c.entries[host] = entry{addrs: addrs", "performance", "entries never evicted: the cache grows with every distinct host"),
    "APIKEY-EMPTY": P(HD, 'if r.Header.Get("X-Api-Key") != s.apiKey {', "security", "ZONED_API_KEY unset: empty key, a request without the header is authorised", "signature-vs-statement"),
    "APIKEY-TIMING": P(HD, 'if r.Header.Get("X-Api-Key") != s.apiKey {', "security", "API key compared with != (not constant time)"),
    "EXPORT-NO-AUTH": P(HD, 'mux.HandleFunc("GET /zones/{name}/export", s.exportZone)', "security", "full zone export (a zone transfer) without the API key"),
    "GETZONE-DROPS-LAST": P(HD, "limit = len(z.Records) - 1", "bug", "default/large limit becomes len-1 and [:limit] drops the last record", "off-by-one"),
    "GETZONE-NEGATIVE-BOUND": P(HD, "json.NewEncoder(w).Encode(z.Records[:limit])", "bug", "negative limit or an empty zone gives a negative slice bound: panic"),
    "SEARCH-NIL-ZONE": P(HD, 'z, _ := s.Store.Get(r.PathValue("name"))', "bug", "search ignores ok: unknown zone is a nil dereference"),
    "SEARCH-XSS-Q": P(HD, 'fmt.Fprintf(w, "<h2>Records matching %s</h2><ul>", q)', "security", "reflected XSS: q written into HTML unescaped", "source-vs-sink"),
    "SEARCH-XSS-RECORD": P(HD, 'fmt.Fprintf(w, "<li>%s %s %s</li>", rec.Name, rec.Type, rec.Value)', "security", "stored XSS: record names/values written into HTML unescaped"),
    "DELETE-ATOI-IGNORED": P(HD, 'i, _ := strconv.Atoi(r.PathValue("i"))', "bug", "parse error ignored: /records/abc deletes record 0"),
    "ADD-NOTIFY-ERROR-LOST": P(HD, "go zone.Notify(r.PathValue", "bug", "notify runs in a goroutine whose error is dropped"),
    "NOTIFY-HANDLER-INJECTION": P(HD, 'out, err := exec.Command("sh", "-c", "rndc -s "+server', "security", "command injection via the server query parameter", "source-vs-sink"),
    "NOTIFY-OUTPUT-LEAK": P(HD, 'http.Error(w, "rndc failed: "+string(out)', "security", "rndc's output (paths, key errors) echoed to the client"),
}

CONFUSABLE = [
    ("DELETE-NIL-ZONE", "DELETE-INDEX-OFF-BY-ONE"),
    ("CREATE-OVERWRITES", "CREATE-CASE"),
    ("RENDER-INJECTION", "RENDER-TXT-UNQUOTED"),
    ("NOTIFY-SHELL", "NOTIFY-STOPS-AT-FIRST"),
    ("APIKEY-EMPTY", "APIKEY-TIMING"),
    ("GETZONE-DROPS-LAST", "GETZONE-NEGATIVE-BOUND"),
    ("SEARCH-NIL-ZONE", "SEARCH-XSS-Q"),
    ("SEARCH-XSS-Q", "SEARCH-XSS-RECORD"),
    ("NOTIFY-HANDLER-INJECTION", "NOTIFY-OUTPUT-LEAK"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        `zoned` keeps DNS zones in memory, serves them over HTTP, renders BIND zone files and pokes secondaries
        with `rndc`. The write endpoints are behind an API key; the read endpoints are not.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 5 |
        | medium | 6 |
        | low | 3 |

        The two criticals are shell injections into `rndc`. Most of the rest are a missing lock in the zone
        store, unescaped HTML in `/search`, and slice bounds that panic or drop a record.
        """,
        Block([
            F("NOTIFY-HANDLER-INJECTION", "critical", "security", "Command injection via `?server=` in the notify handler",
              "Validate `server` as a host name or IP and run `exec.Command(\"rndc\", \"-s\", server, \"notify\", name)` without a shell.",
              symbol="Server.notify", conf=0.95),
            F("NOTIFY-SHELL", "critical", "security", "`zone.Notify` builds an `sh -c` command line from the zone name and host",
              "Pass arguments to `rndc` directly instead of through `sh -c`.", symbol="Notify", conf=0.85),
            F("APIKEY-EMPTY", "high", "security", "Auth middleware lets everything through when `ZONED_API_KEY` is unset",
              "Refuse to start with an empty key; reject requests whose header is empty.", symbol="Server.auth", conf=0.85),
            F("EXPORT-NO-AUTH", "medium", "security", "Zone export is not behind the API key",
              "Wrap `/export` (and probably `GET /zones/{name}`) in `s.auth`; it hands out the whole zone.",
              symbol="Server.Routes", conf=0.7),
            F("SEARCH-XSS-Q", "high", "security", "Reflected XSS through `q` in `/search`",
              "Use `html/template` or `html.EscapeString(q)`.", symbol="Server.search", conf=0.9),
            F("SEARCH-XSS-RECORD", "medium", "security", "Stored XSS through record names and values in `/search`",
              "Escape every field written into the HTML list.", symbol="Server.search", conf=0.8),
            F("ADD-RECORD-RACE", "high", "bug", "`AddRecord` modifies the zone without holding the store lock",
              "Take `s.mu.Lock()` in `AddRecord` and look the zone up under it; `Get` releases the read lock before the append.",
              n=2, symbol="Store.AddRecord", conf=0.85),
            F("CACHE-MISS-RACE", "medium", "bug", "`Cache.Lookup` updates `Hits`/`Misses` without the mutex",
              "Use `atomic.Int64` or update them under `c.mu`; with `-race` this shows up immediately.",
              symbol="Cache.Lookup", conf=0.75),
            F("DELETE-INDEX-OFF-BY-ONE", "high", "bug", "`DeleteRecord` bounds check lets `i == len(z.Records)` through",
              "`if i < 0 || i >= len(z.Records)`; the next line then slices `z.Records[i+1:]` and panics.",
              symbol="Store.DeleteRecord", conf=0.9),
            F("DELETE-NIL-ZONE", "medium", "bug", "`DeleteRecord` panics on an unknown zone",
              "Check `ok` from the map lookup and lower-case the name like `Get` does.", symbol="Store.DeleteRecord", conf=0.8),
            F("GETZONE-DROPS-LAST", "medium", "bug", "`GET /zones/{name}` never returns the last record",
              "Clamp to `len(z.Records)`, not `len - 1`; `z.Records[:limit]` is already exclusive.",
              d=+2, symbol="Server.getZone", conf=0.8),
            F("RENDER-INJECTION", "high", "security", "Record fields are written into the zone file verbatim",
              "Reject names and values containing newlines or control characters on input.", symbol="Zone.Render", conf=0.75),
            F("CREATE-CASE", "low", "bug", "`Create` does not lower-case the zone name but `Get` does",
              "Normalise with `strings.ToLower` in both places.", symbol="Store.Create", conf=0.7),
            F("NOTIFY-STOPS-AT-FIRST", "low", "bug", "One unreachable secondary stops notification of the others",
              "Notify every secondary and join the errors (`errors.Join`).", symbol="Notify", conf=0.7),
            F("RENDER-TXT-UNQUOTED", "low", "bug", "TXT records are rendered without quotes",
              "Quote (and escape) TXT values; `v=spf1 include:x -all` becomes four tokens in the zone file.",
              symbol="Zone.Render", conf=0.6),
            F("NOTIFY-OUTPUT-LEAK", "medium", "security", "`rndc` output is returned to the caller",
              "Log it; return a generic 502.", symbol="Server.notify", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "zoned review - 13 findings",
        Block([
            F("NOTIFY-HANDLER-INJECTION", "critical", "security", "sh -c with ?server= from the query (notify)",
              "exec rndc with args", d=-1),
            F("NOTIFY-SHELL", "high", "security", "Notify(): zone name + host go through sh -c",
              "no shell", d=-2),
            F("SEARCH-XSS-Q", "high", "security", "unescaped q in /search HTML",
              "html/template", d=-1),
            F("APIKEY-EMPTY", "high", "security", "auth(): empty ZONED_API_KEY accepts requests with no header",
              "fail closed", d=-2),
            F("ADD-RECORD-RACE", "high", "bug", "data race: append/Serial++ in AddRecord outside s.mu",
              "lock in AddRecord", d=+1),
            F("CACHE-MISS-RACE", "medium", "bug", "Hits/Misses incremented without lock",
              "atomic counters", d=-3),
            F("DELETE-INDEX-OFF-BY-ONE", "high", "bug", "i == len(z.Records) passes the check, z.Records[i+1:] panics",
              ">=", d=+3),
            F("GETZONE-NEGATIVE-BOUND", "medium", "bug", "negative limit / empty zone -> slice bounds panic in getZone",
              "clamp limit to [0, len]"),
            F("DELETE-ATOI-IGNORED", "medium", "bug", "Atoi error ignored; bad index deletes record 0",
              "400 on parse error"),
            F("SEARCH-NIL-ZONE", "medium", "bug", "search ignores ok from Get (nil deref)",
              "404"),
            F("RENDER-INJECTION", "medium", "security", "newline in record value injects zone-file lines",
              "validate record fields"),
            F("CREATE-CASE", "low", "bug", "Create keys zones by raw name, Get by ToLower(name)",
              "normalise once"),
            F("NOTIFY-OUTPUT-LEAK", "low", "security", "rndc output echoed in the 502 body",
              "generic error", d=-2, sd=0),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Here is my analysis of the `zoned` DNS zone management service.

        ## Summary

        The service has two command injection vulnerabilities around `rndc`, cross-site scripting in the
        search page, and several concurrency problems because shared state is modified without holding the
        appropriate locks. I have grouped the findings into security issues and other issues.

        ## Security Issues
        """,
        Block([
            F("NOTIFY-HANDLER-INJECTION", "critical", "Command Injection", "Command Injection in Notify Handler",
              "Never pass user input to a shell.",
              desc="The `server` query parameter is concatenated into a command that is run with `sh -c`."),
            F("NOTIFY-SHELL", "high", "Command Injection", "Shell Command Construction in zone.Notify",
              "Invoke rndc directly with an argument list.", d=+1, sd=0),
            F("NOTIFY-OUTPUT-LEAK", "medium", "Information Disclosure", "Command Output Returned to Client",
              "Log the output server-side and return a generic error."),
            F("APIKEY-TIMING", "medium", "Broken Authentication", "API Key Compared Non-Constant-Time",
              "Use `subtle.ConstantTimeCompare`."),
            F("EXPORT-NO-AUTH", "high", "Broken Access Control", "Unauthenticated Zone Export",
              "Protect the export endpoint with the API key middleware.", d=-1, sd=0,
              desc="Anyone can download complete zone files, which amounts to an open zone transfer (AXFR)."),
            F("SEARCH-XSS-Q", "high", "Cross-Site Scripting", "Reflected XSS in Search Page",
              "Use html/template."),
            F("SEARCH-XSS-RECORD", "medium", "Cross-Site Scripting", "Stored XSS via DNS Record Values",
              "Escape record fields."),
            F("RENDER-INJECTION", "high", "Injection", "Zone File Injection via Record Values",
              "Validate record names, types and values before storing them.",
              desc="A value containing a newline adds arbitrary lines, including `$INCLUDE` directives, to the exported zone."),
        ], wrap="list"),
        "## Other Issues",
        Block([
            F("ADD-RECORD-RACE", "high", "Race Condition", "Zone Serial Increment Is Not Synchronized",
              "Hold the write lock while changing records and the serial.", d=+1,
              desc="Concurrent AddRecord calls can produce the same serial twice, so secondaries miss updates."),
            F("CACHE-MISS-RACE", "medium", "Performance", "Cache Stampede on Concurrent Misses",
              "Use singleflight so that only one lookup per host is in flight.", d=+1,
              desc="Nothing prevents many goroutines from resolving the same host at once when the entry is missing or expired."),
            U({"severity": "low", "category": "Style", "suggestion": "Exported types should have doc comments."}),
            F("CACHE-UNBOUNDED", "low", "Resource Management", "Unbounded Growth of Resolver Cache",
              "Evict expired entries or cap the size."),
            F("CREATE-OVERWRITES", "medium", "Data Integrity", "Zone Creation Overwrites Existing Zone",
              "Return the existing zone or an error when the name is taken."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "8 issues",
        Block([
            F("NOTIFY-HANDLER-INJECTION", "critical", "security", "command injection in notify (server param)", "no sh -c"),
            F("SEARCH-XSS-Q", "high", "security", "xss in search", "escape q"),
            F("APIKEY-EMPTY", "high", "security", "empty api key disables auth", "require key"),
            F("DELETE-INDEX-OFF-BY-ONE", "high", "bug", "delete index check off by one (panic)", "use >="),
            F("GETZONE-DROPS-LAST", "medium", "", "zone listing drops the last record", "don't subtract 1", d=-1),
            F("CREATE-OVERWRITES", "medium", "bug", "create overwrites an existing zone", "check existence"),
            F("RENDER-TXT-UNQUOTED", "low", "bug", "txt records not quoted in zone file", "quote TXT values"),
            F("SEARCH-NIL-ZONE", "medium", "bug", "search panics for unknown zone", "check ok"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Command execution**: two places build `sh -c` command lines.
        2. **Concurrency**: zone store and resolver cache modify shared state without locks.
        3. **Bounds handling**: record listing and deletion use wrong slice bounds.
        4. **Authentication**: API key handling.
        """,
        Block([
            F("NOTIFY-HANDLER-INJECTION", "blocker", "security", "Command injection in notify endpoint", "Avoid the shell.", conf=0.9),
            F("NOTIFY-SHELL", "major", "security", "Shell invocation with concatenated arguments in Notify", "Pass arguments separately.", conf=0.8),
            F("SEARCH-XSS-Q", "major", "security", "Cross-site scripting in search results", "Escape the query.", conf=0.85),
            F("APIKEY-EMPTY", "major", "security", "Authentication bypass when API key is not configured", "Require a non-empty key.", conf=0.8),
            F("APIKEY-TIMING", "minor", "security", "Timing attack on API key comparison", "Use constant-time comparison.", conf=0.6),
            F("ADD-RECORD-RACE", "major", "concurrency", "Race condition when adding records", "Hold the store lock.", conf=0.8),
            F("CACHE-MISS-RACE", "minor", "concurrency", "Data race on cache statistics counters", "Use sync/atomic.", conf=0.7),
            F("GETZONE-DROPS-LAST", "major", "correctness", "Last record omitted from zone listing", "Use len(z.Records) as the bound.", conf=0.75),
            F("GETZONE-NEGATIVE-BOUND", "major", "correctness", "Slice bounds panic for empty zone or negative limit", "Validate limit.", d=-2, conf=0.7),
            F("DELETE-NIL-ZONE", "major", "reliability", "Nil pointer dereference when deleting from unknown zone", "Check zone existence.", conf=0.75),
            F("DELETE-INDEX-OFF-BY-ONE", "major", "correctness", "Off-by-one in record index validation", "Use >= len.", conf=0.8),
            F("ADD-NOTIFY-ERROR-LOST", "minor", "reliability", "Notify errors ignored in background goroutine", "Log the error.", conf=0.6),
            F("NOTIFY-STOPS-AT-FIRST", "minor", "reliability", "Notification aborts at first failing secondary", "Continue and aggregate errors.", d=-1, conf=0.6),
            F("CREATE-CASE", "minor", "correctness", "Zone name case handling inconsistent between Create and Get",
              "Lower-case names in Create.", conf=0.6),
            F("RENDER-TXT-UNQUOTED", "minor", "correctness", "TXT record values not quoted in rendered zone file",
              "Quote TXT data.", conf=0.55),
            F("SEARCH-NIL-ZONE", "major", "reliability", "Nil pointer dereference in search for unknown zone",
              "Handle the not-found case.", conf=0.7),
        ], wrap="object+summary", summary="16 issues: 1 blocker, 9 major, 6 minor"),
    ]),
}
