"""test4/go-metrics: a metrics aggregator daemon (HTTP ingest, in-memory series, percentiles, push to a backend) in Go.
FROZEN test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits5) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Frozen test split test4: seeded problems in a small "
    "metrics aggregator (line protocol ingest, series map, percentiles, query/names/delete/dump endpoints, "
    "a pusher to a time-series backend); five agents' answers by hand."
)

AGG = "internal/agg/aggregator.go"
HTTP = "internal/agg/http.go"
PUSH = "internal/agg/push.go"

PROBLEMS = {
    "KEY-ORDER": P(AGG, "for k, v := range tags {", "bug", "series key built by ranging over a map: random order, so one tag set maps to several series"),
    "RECEIVED-RACE": P(AGG, "a.received++", "bug", "`received` incremented before taking the lock: data race, lost counts"),
    "MAX-SERIES": P(AGG, "len(a.series) > a.maxSeries", "bug", "`>` admits maxSeries + 1 series before dropping", "off-by-one"),
    "SERIES-RACE": P(AGG, "s.Sum += value", "bug", "series fields (Count, Sum, Samples, Updated) written after Unlock: races with other Adds and with Flush resetting them (lost samples, corrupt slice)", "critical-section"),
    "SAMPLES-UNBOUNDED": P(AGG, "s.Samples = append(s.Samples, value)", "performance", "every raw sample is kept until the next flush: memory grows with ingest rate (no reservoir/sketch)"),
    "LOOKUP-ESCAPES": P(AGG, "return a.series[name]", "bug", "Lookup returns the shared *Series: the caller reads Samples after the lock is released, racing with Add/Flush", "signature-vs-statement"),
    "LOOKUP-KEY": P(AGG, "return a.series[name]", "bug", "map is keyed by name plus tags, Lookup uses the bare name: any tagged series is never found"),
    "PCT-INDEX": P(AGG, "idx := int(float64(len(sorted)) * p / 100)", "bug", "p = 100 gives idx = len(sorted): index out of range panic", "off-by-one"),
    "TAG-NO-EQ": P(HTTP, "tags[kv[:eq]] = kv[eq+1:]", "bug", "a tag without '=' gives eq = -1 and kv[:-1] panics (slice bounds) and kills the request", "off-by-one"),
    "NAN-ACCEPTED": P(HTTP, "value, err := strconv.ParseFloat(fields[1], 64)", "bug", "ParseFloat accepts NaN and Inf: one bad sample poisons Sum and the mean"),
    "INGEST-UNBOUNDED": P(HTTP, "body, _ := io.ReadAll(r.Body)", "security", "ingest body read whole without a size limit (memory DoS)"),
    "INGEST-READERR": P(HTTP, "body, _ := io.ReadAll(r.Body)", "bug", "ReadAll error ignored: a truncated body is ingested in part"),
    "INGEST-SKIPS-BAD": P(HTTP, "if err != nil {", "bug", "malformed lines are skipped silently and the client still gets 202", nth=0),
    "QUERY-XSS": P(HTTP, 'fmt.Fprintf(w, "<h1>%s</h1>', "security", "`name` from the query written into a text/html response unescaped (reflected XSS)", "source-vs-sink"),
    "QUERY-NIL": P(HTTP, 'fmt.Fprintf(w, "<h1>%s</h1>', "bug", "Lookup returns nil for an unknown name: s.Samples panics"),
    "NAMES-RACE": P(HTTP, "h.namesCache = h.agg.Names()", "bug", "namesCache/namesAt read and written by concurrent handlers without a lock: data race, every request rebuilds at expiry", "critical-section"),
    "DELETE-ANY-METHOD": P(HTTP, 'series := r.URL.Query().Get("series")', "security", "delete works on GET with a query parameter: links, prefetchers and CSRF delete series"),
    "DELETE-NO-AUTH": P(HTTP, "h.agg.Remove(series)", "security", "delete endpoint unauthenticated: any client removes any series", "signature-vs-statement"),
    "DUMP-TRAVERSAL": P(HTTP, "os.Create(filepath.Join(h.dumpDir, dest))", "security", "`to` form value joined into the dump path: ../ creates or truncates any file the daemon can write", "source-vs-sink"),
    "TOKEN-IN-URL": P(PUSH, '"/write?token="+p.token', "security", "backend token sent in the URL query string (logged by proxies and the backend)"),
    "REQ-ERR-IGNORED": P(PUSH, '"/write?token="+p.token', "bug", "NewRequestWithContext error ignored: a bad URL gives a nil request and Do panics"),
    "BODY-LEAK": P(PUSH, "if resp.StatusCode >= 500 {", "bug", "on 5xx the loop continues without closing resp.Body: connection leak on every retry"),
    "4XX-SUCCESS": P(PUSH, "resp.Body.Close()", "bug", "any status below 500 (400, 401, 413) is treated as success: rejected writes are lost silently"),
}

CONFUSABLE = [
    ("SERIES-RACE", "SAMPLES-UNBOUNDED"),
    ("LOOKUP-ESCAPES", "LOOKUP-KEY"),
    ("TAG-NO-EQ", "NAN-ACCEPTED"),
    ("INGEST-UNBOUNDED", "INGEST-READERR"),
    ("INGEST-READERR", "INGEST-SKIPS-BAD"),
    ("QUERY-XSS", "QUERY-NIL"),
    ("DELETE-ANY-METHOD", "DELETE-NO-AUTH"),
    ("TOKEN-IN-URL", "REQ-ERR-IGNORED"),
    ("BODY-LEAK", "4XX-SUCCESS"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `cmd/aggd/main.go` and `internal/agg/` (aggregator, HTTP handlers, pusher).

        ## Summary

        The aggregator's mutex only covers the map, not the series it holds, so `Add`, `Flush` and the query
        path race on the same `*Series`; `go test -race` with concurrent ingest would flag it immediately.
        The HTTP surface is unauthenticated and has a reflected XSS and a path traversal in `/debug/dump`.
        The pusher treats client errors as success and leaks bodies on retries.

        Priorities:
        1. **High** — data races on series state (`Add`, `Lookup`), path traversal in `Dump`, unauthenticated delete.
        2. **Medium** — XSS and nil dereference in `Query`, parser panics, pusher status handling, token in URL.
        3. **Low** — series key ordering, memory growth of raw samples.
        """,
        Block([
            F("SERIES-RACE", "high", "bug", "Series fields are mutated after the mutex is released",
              "`s.Count++`, `s.Sum += value` and the append run outside `a.mu`, concurrently with other `Add` calls "
              "and with `Flush` resetting the same fields. Keep the lock held for the whole update (or give each series its own mutex).",
              d=-2, n=3, symbol="Aggregator.Add", conf=0.93),
            F("RECEIVED-RACE", "medium", "bug", "`received` counter is incremented without synchronization",
              "Move it under the lock or use `atomic.Int64`.", symbol="Aggregator.Add", conf=0.85),
            F("KEY-ORDER", "medium", "bug", "Series key depends on map iteration order",
              "Go randomises map iteration, so `a=1,b=2` and `b=2,a=1` become different series. Sort the tag keys first.",
              d=+1, symbol="seriesKey", conf=0.9),
            F("LOOKUP-ESCAPES", "high", "bug", "Lookup hands out the shared *Series outside the lock",
              "`Query` then reads `s.Samples` while `Add` appends to it. Return a copy (or a snapshot) taken under the lock.",
              d=-3, symbol="Aggregator.Lookup", conf=0.85),
            F("LOOKUP-KEY", "medium", "bug", "Lookup by bare name never finds tagged series",
              "Series are stored under `seriesKey(name, tags)`; look up by that key or scan by `s.Name`.",
              symbol="Aggregator.Lookup", conf=0.8),
            F("PCT-INDEX", "medium", "bug", "`percentile(…, 100)` indexes past the end",
              "Clamp: `idx := min(len(sorted)-1, int(math.Ceil(float64(len(sorted))*p/100))-1)` and validate p in [0,100].",
              n=2, symbol="percentile", conf=0.85),
            F("TAG-NO-EQ", "medium", "bug", "Parser panics on a tag without `=`",
              "`strings.Index` returns -1 and `kv[:-1]` panics; reject the line instead.", d=-1, n=2, symbol="parseLine", conf=0.88),
            F("QUERY-XSS", "medium", "security", "Reflected XSS in /query",
              "`name` is written into an HTML response unescaped; use html/template or `html.EscapeString`.",
              symbol="Handler.Query", conf=0.85),
            F("QUERY-NIL", "medium", "bug", "Nil pointer dereference for unknown series in /query",
              "Return 404 when `Lookup` returns nil.", symbol="Handler.Query", conf=0.9),
            F("DELETE-NO-AUTH", "high", "security", "Unauthenticated series deletion",
              "Require a token for mutating endpoints and restrict to DELETE/POST.", d=-2, symbol="Handler.Delete", conf=0.8),
            F("DUMP-TRAVERSAL", "high", "security", "Path traversal in /debug/dump",
              "`to=../../etc/cron.d/x` escapes `dumpDir`; use `filepath.Base` and reject anything else, and put /debug behind auth.",
              d=-1, n=2, symbol="Handler.Dump", conf=0.9),
            F("4XX-SUCCESS", "medium", "bug", "Pusher treats 4xx responses as success",
              "Return an error for any non-2xx status; only retry 5xx and 429.", d=+1, symbol="Pusher.Push", conf=0.82),
            F("BODY-LEAK", "low", "bug", "Response body not closed before retrying",
              "Close (and drain) the body on every path.", n=2, symbol="Pusher.Push", conf=0.8),
            F("SAMPLES-UNBOUNDED", "low", "performance", "Raw samples are kept in memory for every series",
              "Use a fixed-size reservoir or a sketch (t-digest, HDR histogram) for percentiles.", symbol="Aggregator.Add", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of aggd (11 findings)",
        Block([
            F("SERIES-RACE", "high", "bug", "Add updates *Series after a.mu.Unlock (data race with Flush)",
              "Hold the lock.", d=-1),
            F("KEY-ORDER", "medium", "bug", "seriesKey iterates a map: nondeterministic key",
              "sort.Strings on tag keys."),
            F("MAX-SERIES", "low", "bug", "maxSeries check allows one extra series",
              ">=."),
            F("PCT-INDEX", "medium", "bug", "percentile panics for p=100",
              "Clamp idx.", d=+1),
            F("TAG-NO-EQ", "medium", "bug", "parseLine: kv without '=' -> slice bounds panic",
              "Check eq < 0."),
            F("INGEST-UNBOUNDED", "medium", "security", "Ingest reads unbounded body",
              "http.MaxBytesReader."),
            F("QUERY-XSS", "medium", "security", "XSS: query param name echoed into text/html",
              "html.EscapeString.", d=-2),
            F("NAMES-RACE", "medium", "bug", "Names cache fields raced by concurrent requests",
              "sync.Mutex or atomic.Value.", d=-1),
            F("DUMP-TRAVERSAL", "high", "security", "Dump writes to attacker-controlled path (?to=)",
              "filepath.Base + auth.", d=-1),
            F("TOKEN-IN-URL", "medium", "security", "token in query string of backend URL",
              "Authorization header."),
            F("4XX-SUCCESS", "medium", "bug", "4xx from backend returns nil (data dropped)",
              "Check 2xx."),
        ], wrap="list", indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is my analysis of the metrics aggregator.

        ### Concurrency

        The `Aggregator` protects its map with a mutex, but the `Series` values are modified after the lock
        is released, and the `Handler` keeps a names cache in plain fields shared by all requests.

        ### Input Handling

        The line-protocol parser trusts its input, and the ingest handler reads request bodies without a limit.

        ### Endpoints

        None of the endpoints are authenticated. `/query` returns HTML built from the request, and
        `/debug/dump` writes to a path taken from the request.

        ### Findings
        """,
        Block([
            F("SERIES-RACE", "high", "Concurrency", "Race condition when updating series",
              "Perform all series updates while holding `a.mu`.", d=+1, sd=-1, n=3,
              desc="The counters and the samples slice are updated after `a.mu.Unlock()`, so concurrent `Add` calls and `Flush` race."),
            F("SAMPLES-UNBOUNDED", "medium", "Resource Management", "Unbounded growth of sample slices",
              "Limit the number of stored samples per series."),
            F("MAX-SERIES", "low", "Logic Error", "Series limit allows one more series than configured",
              "Use `>=` in the comparison.", d=+1, sd=0),
            F("NAN-ACCEPTED", "medium", "Data Validation", "NaN and Inf values are accepted",
              "Reject values for which `math.IsNaN` or `math.IsInf` is true."),
            F("INGEST-UNBOUNDED", "high", "Denial of Service", "Unbounded request body in Ingest",
              "Wrap the body with `http.MaxBytesReader`."),
            F("INGEST-SKIPS-BAD", "low", "Error Handling", "Invalid metric lines are silently discarded",
              "Count rejected lines and return 400 (or report them) when any line fails to parse.", d=-1, n=3),
            U({"severity": "info", "category": "Observability",
               "description": "Expose the received and dropped counters as metrics of the aggregator itself."}),
            F("QUERY-XSS", "high", "Cross-Site Scripting", "Reflected Cross-Site Scripting in Query Handler",
              "Escape `name` before writing it, or return JSON.",
              desc="The `name` parameter is written verbatim into an HTML response."),
            F("NAMES-RACE", "medium", "Concurrency", "Data race on names cache",
              "Guard the cache with a mutex.", d=-1, n=3),
            F("DELETE-ANY-METHOD", "medium", "Security", "State-changing operation via GET",
              "Only allow the DELETE or POST method for `/series/delete`."),
            F("DELETE-NO-AUTH", "high", "Broken Access Control", "Missing authentication on series deletion",
              "Require authentication for the delete endpoint."),
            F("DUMP-TRAVERSAL", "critical", "Path Traversal", "Arbitrary File Write in Dump Handler",
              "Sanitize `to` with `filepath.Base` and verify the result stays in `dumpDir`."),
            F("REQ-ERR-IGNORED", "low", "Error Handling", "Ignored error from http.NewRequestWithContext",
              "Handle the error; a nil request makes `client.Do` panic."),
            F("BODY-LEAK", "medium", "Resource Management", "Response body leak on server errors",
              "Close the body before `continue`.", n=2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Reviewed internal/agg. Findings:",
        Block([
            F("SERIES-RACE", "high", "bug", "data race on series after unlock", "keep lock held", d=-1),
            F("LOOKUP-KEY", "medium", "bug", "lookup by name misses tagged series", "use seriesKey"),
            F("QUERY-NIL", "medium", "", "nil deref when series not found", "check s == nil"),
            F("DELETE-NO-AUTH", "high", "security", "delete endpoint has no auth", "add auth", d=-2),
            F("BODY-LEAK", "low", "bug", "resp.Body leaked on 5xx", "close before continue", d=+1, sd=0, n=2),
        ], wrap="list", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Concurrency: unsynchronized counters and series state in `Aggregator.Add`; shared pointer from `Lookup`; names cache.
        2. Robustness: panics in `percentile` and `parseLine`; ignored read errors.
        3. Security: unauthenticated delete, dump path traversal, token in URL.
        4. Reliability: pusher error handling.
        """,
        Block([
            F("RECEIVED-RACE", "major", "concurrency", "Unsynchronized increment of received counter",
              "atomic.AddInt64.", conf=0.8),
            F("SERIES-RACE", "major", "concurrency", "Series samples appended without holding the lock",
              "Extend the critical section.", d=+1, conf=0.85),
            F("LOOKUP-ESCAPES", "major", "concurrency", "Lookup returns internal pointer that is read without locking",
              "Return a copy of the samples.", conf=0.7),
            F("PCT-INDEX", "minor", "correctness", "Percentile index can equal slice length",
              "Use len-1 as the upper bound.", conf=0.75),
            F("TAG-NO-EQ", "major", "correctness", "Malformed tag causes slice out of range panic",
              "Validate the tag format.", conf=0.8),
            F("INGEST-READERR", "minor", "correctness", "io.ReadAll error ignored in Ingest",
              "Return 400 on read errors.", conf=0.6),
            F("NAMES-RACE", "major", "concurrency", "Concurrent requests rebuild and write the names cache",
              "Protect with sync.Mutex or use singleflight.", d=+1, conf=0.7),
            F("DELETE-NO-AUTH", "major", "security", "Delete handler lacks authorization",
              "Require credentials.", conf=0.75),
            F("DUMP-TRAVERSAL", "blocker", "security", "Path traversal in dump destination",
              "Restrict to base name.", conf=0.85),
            F("TOKEN-IN-URL", "major", "security", "Backend token leaked in request URL",
              "Use a header.", conf=0.7),
            F("4XX-SUCCESS", "major", "reliability", "Client errors from backend treated as success",
              "Check for 2xx.", d=+1, conf=0.7),
        ], wrap="object+summary", summary="11 issues: 1 blocker, 8 major, 2 minor"),
    ]),
}
