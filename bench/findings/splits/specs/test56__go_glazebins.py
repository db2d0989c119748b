"""test56/go-glazebins: a pottery co-op's glaze inventory (Go, net/http with Go 1.22 patterns + database/sql/pgx).
Frozen test split; labels next to each finding.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's answers
or specs (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test56: seeded problems in a pottery co-op's glaze inventory; five agents' answers "
    "written by hand."
)

S = "server.go"
R = "recipe.go"
M = "main.go"
PROBLEMS = {
    "MEMBER-NOROWS-PASSES": P(S, "if err != nil && err != sql.ErrNoRows {", "security", "an unknown or empty member token (sql.ErrNoRows) passes memberOnly"),
    "LIST-SORT-SQLI": P(S, 'ORDER BY "+sort, cone)', "security", "sort query value concatenated into ORDER BY: SQL injection", "source-vs-sink"),
    "LIST-QUERY-ERR-IGNORED": P(S, 'ORDER BY "+sort, cone)', "bug", "Query error discarded: rows is nil on error and rows.Next() panics"),
    "LIST-ROWS-LEAK": P(S, 'ORDER BY "+sort, cone)', "bug", "rows never closed (no defer rows.Close()): connections leak, worst on the scan-error return"),
    "CREATE-STOCK-FROM-CLIENT": P(S, "g.Name, g.Cone, g.StockG, g.ReorderG, g.FoodSafe, recipe).Scan(&g.ID)", "security", "any member sets stock_g and reorder_g of a new glaze: stock invented from the request"),
    "DRAW-RACE": P(S, "enough := req.Grams <= left", "bug", "stock read under RLock, written after RUnlock without the lock: lost draws, concurrent map writes", "critical-section"),
    "DRAW-NEGATIVE-GRAMS": P(S, "enough := req.Grams <= left", "bug", "negative grams pass the check and add glaze to the shelf"),
    "REORDER-BOUNDARY": P(S, "if remaining < s.reorderLevel(id) {", "bug", "remaining < level: a bucket drawn down exactly to its reorder level is not reordered", "off-by-one"),
    "REORDER-EVERY-DRAW": P(S, "go s.sendReorder(id)", "bug", "every draw below the level sends another reorder mail (no reorder-pending flag)"),
    "REORDER-SCAN-IGNORED": P(S, 'id).Scan(&name)', "bug", "Scan error ignored: a failed lookup mails a reorder for an empty name"),
    "REORDER-SHELL": P(S, 'exec.Command("sh", "-c", "echo', "security", "glaze name (member-supplied) concatenated into an sh -c command line", "signature-vs-statement"),
    "MIX-UNMARSHAL-IGNORED": P(S, "json.Unmarshal(recipe, &mats)", "bug", "recipe Unmarshal error ignored: a corrupt recipe mixes nothing but still adds stock"),
    "RAW-MAP-RACE": P(S, "s.raw[m.Name] -= grams[i]", "bug", "raw and stock maps updated without s.mu from concurrent mixes: lost updates, fatal concurrent map writes", "critical-section"),
    "MIX-RAW-NEGATIVE": P(S, "s.raw[m.Name] -= grams[i]", "bug", "raw materials never checked: the store goes negative instead of refusing the batch"),
    "SDS-TRAVERSAL": P(S, "http.ServeFile(w, r, path)", "security", "file query value joined to sdsDir: ../ reads any file (ServeFile only checks the URL path)", "source-vs-sink"),
    "IMPORT-SSRF": P(S, "resp, err := client.Get(src)", "security", "server fetches any member-supplied URL: SSRF to internal hosts", "source-vs-sink"),
    "IMPORT-BODY-LEAK": P(S, "resp, err := client.Get(src)", "bug", "resp.Body never closed: connections leak on every import"),
    "DELETE-SQLI": P(S, 'DELETE FROM glazes WHERE id = " + id', "security", "path value concatenated into DELETE: SQL injection", "signature-vs-statement"),
    "DELETE-ERR-LEAK": P(S, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "FIRINGS-OFFSET": P(S, "offset := page * 50", "bug", "page starts at 1 but offset = page * 50: the newest 50 firings are never shown", "off-by-one"),
    "KILNLOG-MAP-RACE": P(S, "s.kilnLog[kiln] = time.Now()", "bug", "kilnLog map written from concurrent requests without a lock"),
    "MIX-LOOP-BOUND": P(R, "for i := 0; i <= len(mats); i++ {", "bug", "i <= len(mats) indexes past the end: every mix panics", "off-by-one"),
    "MIX-PERCENT-TRUNC": P(R, "grams[i] = int(mats[i].Percent) * batchG / 100", "bug", "percent truncated to int before scaling: 0.5 % colourants become 0 g"),
    "HAZARD-CASE": P(R, 'strings.HasPrefix(m.Name, "barium")', "bug", "case-sensitive prefix match: 'Barium carbonate' is not hazardous, food-safe label allowed", "signature-vs-statement"),
    "HAZARD-LIST-INCOMPLETE": P(R, 'strings.HasPrefix(m.Name, "barium")', "bug", "only barium and lead checked: cadmium, chrome, manganese glazes can be labelled food safe"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8086", mux))', "security", "http.ListenAndServe without read/write timeouts: slowloris"),
}

CONFUSABLE = [
    ("LIST-SORT-SQLI", "LIST-QUERY-ERR-IGNORED"),
    ("LIST-QUERY-ERR-IGNORED", "LIST-ROWS-LEAK"),
    ("DRAW-RACE", "DRAW-NEGATIVE-GRAMS"),
    ("REORDER-BOUNDARY", "REORDER-EVERY-DRAW"),
    ("REORDER-SCAN-IGNORED", "REORDER-SHELL"),
    ("MIX-UNMARSHAL-IGNORED", "RAW-MAP-RACE"),
    ("MIX-UNMARSHAL-IGNORED", "MIX-RAW-NEGATIVE"),
    ("RAW-MAP-RACE", "MIX-RAW-NEGATIVE"),
    ("IMPORT-SSRF", "IMPORT-BODY-LEAK"),
    ("DELETE-SQLI", "DELETE-ERR-LEAK"),
    ("MIX-LOOP-BOUND", "MIX-PERCENT-TRUNC"),
    ("HAZARD-CASE", "HAZARD-LIST-INCOMPLETE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, `server.go` and `recipe.go`.

        The inventory keeps its live stock in two maps guarded by `s.mu`, but only `handleCreate` takes the write
        lock; draws and mixes race. Member authentication lets an unknown token through. Three handlers pass request
        values to SQL, the filesystem or an outbound fetch, and the reorder mail goes through `sh -c`.

        Not flagged because they are right: `keyholderOnly` fails closed with `subtle.ConstantTimeCompare`;
        `handleDraw` caps its body with `MaxBytesReader`; `handleMix` validates `batch_g`; `handleFirings` checks
        the query error and defers `rows.Close()`; the import client has a timeout.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 6 |
        | medium | 6 |
        | low | 1 |
        """,
        Block([
            F("MEMBER-NOROWS-PASSES", "critical", "security", "`memberOnly` lets unknown tokens through",
              "Treat `sql.ErrNoRows` (and an empty token) as unauthorised; only continue when `Scan` succeeded.",
              symbol="Server.memberOnly", conf=0.9),
            F("LIST-SORT-SQLI", "critical", "security", "SQL injection through `sort` in `GET /glazes`",
              "Map `sort` to a fixed set of columns; the listing is unauthenticated.",
              symbol="Server.handleList", conf=0.95),
            F("SDS-TRAVERSAL", "high", "security", "`GET /sds?file=` reads arbitrary files",
              "`http.ServeFile` only rejects `..` in the URL path, not in a joined query value; use `filepath.Base` or `os.Root`/`http.FS` over `sdsDir`.",
              symbol="Server.handleSDS", conf=0.9),
            F("IMPORT-SSRF", "high", "security", "Recipe import fetches any URL a member supplies",
              "Allow-list the recipe hosts (https only) and refuse private address ranges.",
              symbol="Server.handleImport", conf=0.85),
            F("REORDER-SHELL", "high", "security", "Reorder mail builds an `sh -c` command from the glaze name",
              "Glaze names come from members; run `mail` with `exec.Command(\"mail\", \"-s\", \"reorder\", addr)` and write the text to stdin.",
              symbol="Server.sendReorder", conf=0.85),
            F("DELETE-SQLI", "critical", "security", "`handleDelete` concatenates the path value into SQL",
              "Parse the id as an int64 and use `$1`.",
              symbol="Server.handleDelete", conf=0.9),
            F("SERVER-NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout` and `WriteTimeout`.",
              symbol="main", conf=0.7),
        ]),
        "Concurrency, resources and arithmetic:",
        Block([
            F("DRAW-RACE", "high", "bug", "`handleDraw` writes `s.stock` after releasing the read lock",
              "Take `s.mu.Lock()` for the whole read-check-write; two members drawing at once both pass the check and one draw is lost (or the runtime aborts on concurrent map writes).",
              d=+2, symbol="Server.handleDraw", conf=0.9),
            F("RAW-MAP-RACE", "high", "bug", "`handleMix` updates `s.raw` and `s.stock` without the mutex",
              "Hold `s.mu.Lock()` around both updates.",
              symbol="Server.handleMix", conf=0.85),
            F("KILNLOG-MAP-RACE", "medium", "bug", "`kilnLog` is written concurrently",
              "Guard it with `s.mu` (or a `sync.Map`); `GET /firings` is public and can be called in parallel.",
              symbol="Server.handleFirings", conf=0.75),
            F("LIST-ROWS-LEAK", "medium", "bug", "`handleList` never closes `rows`",
              "`defer rows.Close()` after checking the error.",
              symbol="Server.handleList", conf=0.8),
            F("IMPORT-BODY-LEAK", "medium", "bug", "Import response body is never closed",
              "`defer resp.Body.Close()` and check `resp.StatusCode`.",
              symbol="Server.handleImport", conf=0.8),
            F("MIX-LOOP-BOUND", "high", "bug", "`scaleRecipe` loops one past the end",
              "`i < len(mats)`; as written every mix panics with index out of range.",
              symbol="scaleRecipe", conf=0.95),
            F("FIRINGS-OFFSET", "medium", "bug", "Firing log skips its first page",
              "`offset := (page - 1) * 50`.", symbol="Server.handleFirings", conf=0.85),
            F("HAZARD-CASE", "medium", "bug", "Hazard check is case-sensitive",
              "Compare `strings.ToLower(m.Name)`; a recipe listing \"Barium Carbonate\" can be labelled food safe.",
              symbol="hazardous", conf=0.75),
            F("REORDER-BOUNDARY", "low", "bug", "Reorder not triggered at exactly the reorder level",
              "Use `<=` so reaching the level triggers the reorder.", symbol="Server.handleDraw", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("LIST-SORT-SQLI", "high", "security", "handleList: sort param concatenated into ORDER BY", "Whitelist.", d=-2),
            F("SDS-TRAVERSAL", "high", "security", "handleSDS: ?file= path traversal", "filepath.Base / os.Root.", d=-2),
            F("IMPORT-SSRF", "high", "security", "handleImport: SSRF via ?from=", "Host allow-list.", d=-2),
            F("DELETE-SQLI", "high", "security", "handleDelete: SQL built with string concat", "strconv.ParseInt + $1.", d=-2),
            F("REORDER-SHELL", "medium", "security", "sendReorder: sh -c with glaze name", "exec mail directly.", d=-3),
            F("HAZARD-CASE", "medium", "bug", "hazardous(): case-sensitive match", "strings.ToLower.", d=-2),
            F("DRAW-RACE", "high", "bug", "handleDraw: check-then-write race on s.stock", "Single Lock for read+write.", d=-2),
            F("DRAW-NEGATIVE-GRAMS", "medium", "bug", "handleDraw: negative grams increase stock", "Require grams > 0."),
            F("RAW-MAP-RACE", "high", "bug", "handleMix: unsynchronized map writes", "Lock s.mu.", d=-1),
            F("MIX-LOOP-BOUND", "high", "bug", "scaleRecipe: index out of range", "i < len(mats).", d=+1),
            F("LIST-QUERY-ERR-IGNORED", "medium", "bug", "handleList: Query error ignored (nil rows deref)", "Check err."),
            F("REORDER-SCAN-IGNORED", "low", "bug", "sendReorder: Scan error ignored", "Return on error."),
            F("FIRINGS-OFFSET", "medium", "bug", "handleFirings: offset skips page 1", "(page-1)*50.", d=+1),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a review of the `glazebins` inventory service.

        ## Overview

        The service manages glaze buckets, raw materials and firing logs for a pottery co-op. The code is compact,
        but it has several injection vulnerabilities, weak authentication, and unsynchronized access to shared maps.

        ## Security Issues
        """,
        Block([
            F("LIST-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection via Sort Parameter",
              "Use a whitelist of sortable columns.", sd=-2, n=3,
              desc="The `sort` parameter is appended to the query without validation."),
            F("SDS-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Safety Data Sheet Download",
              "Use `filepath.Base` on the name.", sd=-2, n=3),
            F("IMPORT-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF in Recipe Import",
              "Validate the URL against an allow-list.", sd=-2, n=3),
            F("REORDER-SHELL", "HIGH", "Command Injection", "Command Injection in Reorder Notification",
              "Avoid `sh -c`.", sd=-2, n=3),
            F("DELETE-SQLI", "HIGH", "SQL Injection", "SQL Injection in Glaze Deletion",
              "Use a parameterized query.", sd=-2, n=3),
            F("DELETE-ERR-LEAK", "LOW", "Information Disclosure", "Database Errors Returned to Client",
              "Log the error and return a generic message."),
            F("MEMBER-NOROWS-PASSES", "CRITICAL", "Broken Authentication", "Authentication Bypass for Unknown Tokens",
              "Reject the request when no member matches the token.", sd=-2, n=3,
              desc="When the token does not match any member, `Scan` returns `sql.ErrNoRows`, which the condition explicitly lets through."),
            F("CREATE-STOCK-FROM-CLIENT", "MEDIUM", "Broken Access Control", "Client-Controlled Stock Levels on Glaze Creation",
              "Ignore `stock_g` from the request; start new glazes at zero."),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Availability", "HTTP Server Without Timeouts",
              "Configure an `http.Server` with timeouts."),
        ], wrap="list"),
        """
        ## Reliability and Logic Issues
        """,
        Block([
            F("DRAW-RACE", "HIGH", "Race Condition", "Race Condition in Glaze Draw",
              "Hold the write lock for the whole operation.", d=-2),
            F("RAW-MAP-RACE", "HIGH", "Race Condition", "Concurrent Map Writes in Batch Mixing",
              "Protect `s.raw` and `s.stock` with the mutex.", sd=-2, n=3),
            F("MIX-PERCENT-TRUNC", "MEDIUM", "Logic Error", "Precision Loss When Scaling Recipes",
              "Compute in float64 and round at the end.",
              desc="Materials under 1 % (colourants such as cobalt) are truncated to zero grams."),
            F("HAZARD-LIST-INCOMPLETE", "MEDIUM", "Logic Error", "Incomplete Hazardous Material List",
              "Include cadmium, chrome and manganese compounds."),
            U({"severity": "INFO", "category": "Testing", "description": "There are no unit tests for scaleRecipe or hazardous."}),
            F("REORDER-EVERY-DRAW", "LOW", "Logic Error", "Duplicate Reorder Notifications",
              "Record that a reorder is pending and send it once."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("LIST-SORT-SQLI", "high", "security", "sql injection in sort", "whitelist"),
            F("SDS-TRAVERSAL", "high", "security", "path traversal in /sds", "filepath.Base"),
            F("MIX-LOOP-BOUND", "high", "bug", "scaleRecipe panics: <= len", "use <"),
            F("MIX-UNMARSHAL-IGNORED", "medium", "", "unmarshal error ignored in mix", "check error, 500"),
            F("MIX-RAW-NEGATIVE", "medium", "bug", "raw stock can go negative", "check before subtracting"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        Summary of findings:
        1. Injection: SQL (list, delete), shell (reorder), path traversal (SDS), SSRF (import).
        2. Concurrency: unsynchronized map access in draw, mix and the firing log.
        3. Resource leaks: rows and HTTP bodies.
        4. Logic: recipe scaling, paging, hazard detection, reorder threshold.
        """,
        Block([
            F("LIST-SORT-SQLI", "blocker", "security", "SQL injection in glaze listing", "Whitelist sort columns.", conf=0.9),
            F("SDS-TRAVERSAL", "major", "security", "Path traversal in SDS file serving", "Sanitize the name.", d=-1, conf=0.85),
            F("IMPORT-SSRF", "major", "security", "Server-side request forgery in import", "Restrict hosts.", conf=0.8),
            F("DELETE-SQLI", "blocker", "security", "SQL injection in delete endpoint", "Use placeholders.", conf=0.9),
            F("REORDER-SHELL", "major", "security", "Shell injection in reorder mail", "Do not use sh -c.", d=-1, conf=0.8),
            F("DRAW-RACE", "major", "concurrency", "Data race on stock map in draw handler", "Use the write lock.", d=+2, conf=0.85),
            F("RAW-MAP-RACE", "major", "concurrency", "Data race on raw materials map", "Lock the mutex.", d=+2, conf=0.8),
            F("KILNLOG-MAP-RACE", "minor", "concurrency", "Unsynchronized kiln log map", "Add a lock.", conf=0.6),
            F("LIST-ROWS-LEAK", "major", "resource-leak", "Rows not closed in handleList", "defer rows.Close().", conf=0.75),
            F("IMPORT-BODY-LEAK", "minor", "resource-leak", "HTTP response body not closed", "defer resp.Body.Close().", conf=0.7),
            F("MIX-LOOP-BOUND", "blocker", "correctness", "Out-of-range index in scaleRecipe", "Use i < len(mats).", conf=0.9),
            F("FIRINGS-OFFSET", "major", "correctness", "Off-by-one in firing log pagination", "Subtract one from page.", conf=0.8),
            F("REORDER-BOUNDARY", "minor", "correctness", "Reorder threshold excludes the exact level", "Use <=.", d=-1, conf=0.55),
            F("HAZARD-CASE", "major", "correctness", "Case-sensitive hazard detection", "Lower-case names first.", conf=0.7),
            F("MIX-UNMARSHAL-IGNORED", "minor", "reliability", "Ignored JSON unmarshal error", "Handle the error.", conf=0.6),
        ], wrap="object+summary", summary="15 issues: 3 blocker, 8 major, 4 minor"),
    ]),
}
