"""test54/go-blazerswap: a school uniform swap shop with swap credits (Go, net/http 1.22 patterns + database/sql).

Frozen test split test54 (issue 15). Written 2026-12-04 by a helper session that had not seen the merger
code, any score, or any other split's answers or specs (only tune2__py_snapctl.py, for the format).
Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-04 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test54: seeded problems in a school uniform swap shop; five agents' answers "
    "written by hand."
)

M = "main.go"
PROBLEMS = {
    "PARENT-ID-SPOOF": P(M, 'strconv.ParseInt(r.Header.Get("X-Parent-Id")', "security", "parent identity is a bare X-Parent-Id header: anyone acts as any parent"),
    "NEXT-SIZE-PANIC": P(M, "return sizes[i+1]", "bug", "sizes[i+1] for the largest size (13-14) indexes past the slice and panics", "off-by-one"),
    "SEARCH-SIZE-SQLI": P(M, "AND size LIKE '\" + size + \"%'\"", "security", "size query value concatenated into the search SQL", "source-vs-sink"),
    "SEARCH-ERR-LEAK": P(M, '"search failed: "+err.Error()', "security", "database error text (with the injected SQL) returned to the client"),
    "SEARCH-SCAN-IGNORED": P(M, "\t\trows.Scan(&it.ID", "bug", "Scan error ignored in the search loop: zero-value items are returned"),
    "DONATE-CREDITS-RACE": P(M, "bal += creditFor(it.Cond)", "bug", "credits map read and written in handleDonate without s.mu: concurrent map writes crash, credits are lost", "critical-section"),
    "DONATE-COND-UNCHECKED": P(M, "bal += creditFor(it.Cond)", "bug", "condition not bounded to 1..3: a donation claiming condition 500 earns 500 credits"),
    "CLAIM-CAP-OFF-BY-ONE": P(M, "ok := s.claims[pid] <= maxClaimsPerTerm", "bug", "<= lets a parent make maxClaimsPerTerm + 1 claims a term", "off-by-one"),
    "CLAIM-CREDIT-LOST": P(M, "\t\ts.credits[pid]--", "bug", "credit and claim count taken before the item is claimed and never given back on a conflict or DB error"),
    "CLAIM-RACE": P(M, "if err == nil && !claimed {", "bug", "claimed SELECT then UPDATE without WHERE NOT claimed: two parents both claim one item", "critical-section"),
    "CLAIM-OWN-ITEM": P(M, "UPDATE items SET claimed = true, claimed_by = $1", "bug", "a parent can claim back their own donation, farming credits (donate at 3, claim at 1)"),
    "CREDITS-ANY-PARENT": P(M, 'r.PathValue("parent")', "security", "credit balance of any parent id from the path, not the caller's", "signature-vs-statement"),
    "CREDITS-READ-UNLOCKED": P(M, "bal := s.credits[pid]", "bug", "credits map read in handleCredits without s.mu while other requests write it", nth=1),
    "WITHDRAW-ANY-ITEM": P(M, 'DELETE FROM items WHERE id = $1', "security", "any parent can withdraw any donor's item: no donor_id check", "signature-vs-statement"),
    "WITHDRAW-CREDITS-KEPT": P(M, 'DELETE FROM items WHERE id = $1', "bug", "withdrawing an item keeps the credits it earned (and deletes claimed items)"),
    "PHOTO-TRAVERSAL": P(M, 'http.ServeFile(w, r, filepath.Join(s.labelDir, "photos", name))', "security", "name query value joined into the path: ../ reads any file (ServeFile only checks URL.Path)", "source-vs-sink"),
    "LABEL-SHELL": P(M, 'exec.Command("sh", "-c", "labelprint --item "+id', "security", "path id concatenated into a sh -c command line", "signature-vs-statement"),
    "LABEL-OUTPUT-LEAK": P(M, '"label failed: "+string(out)', "security", "command output (paths, errors) returned to the client"),
    "PAGE-NEGATIVE": P(M, "start := (page - 1) * pageSize", "bug", "a missing or 0 page gives a negative start and the slice panics; start past the end panics too"),
    "PAGE-LAST-DROPPED": P(M, "end = len(all) - 1", "bug", "end clamped to len-1: the last item is never listed (and an empty stock panics)", "off-by-one"),
    "REMIND-ROWS-LEAK": P(M, 'rows, err := s.db.Query("SELECT p.email', "bug", "reminder rows never closed: a connection leaks every hour"),
    "SERVER-NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8080", mux))', "security", "http.ListenAndServe without read/write timeouts (slowloris)"),
}

CONFUSABLE = [
    ("SEARCH-SIZE-SQLI", "SEARCH-ERR-LEAK"),
    ("DONATE-CREDITS-RACE", "DONATE-COND-UNCHECKED"),
    ("CLAIM-CAP-OFF-BY-ONE", "CLAIM-CREDIT-LOST"),
    ("CLAIM-RACE", "CLAIM-OWN-ITEM"),
    ("CREDITS-ANY-PARENT", "CREDITS-READ-UNLOCKED"),
    ("WITHDRAW-ANY-ITEM", "WITHDRAW-CREDITS-KEPT"),
    ("LABEL-SHELL", "LABEL-OUTPUT-LEAK"),
    ("PAGE-NEGATIVE", "PAGE-LAST-DROPPED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of the swap shop service. The volunteer side is guarded well (`volunteer`
        fails closed on an empty key and uses `subtle.ConstantTimeCompare`), `handleNewTerm` resets the claim
        counts under `s.mu`, and `handleStock` checks every `Scan` error. The problems are in the parent-facing
        handlers and in the shared credit maps.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 7 |
        | low | 3 |

        The biggest single issue is identity: `parent` trusts an `X-Parent-Id` header, so every per-parent check
        below is only as good as that header.
        """,
        Block([
            F("PARENT-ID-SPOOF", "critical", "security", "Parent identity taken from a client-supplied header",
              "Authenticate parents (session or signed token) and derive the id from it.",
              symbol="Server.parent", conf=0.9),
            F("SEARCH-SIZE-SQLI", "critical", "security", "SQL injection through `size` in `handleSearch`",
              "Use a placeholder: `... AND size LIKE $2` with `size + \"%\"` as an argument.",
              symbol="Server.handleSearch", conf=0.95),
            F("SEARCH-ERR-LEAK", "medium", "security", "Database errors are returned to the client",
              "Log `err` and answer a generic message.", symbol="Server.handleSearch", conf=0.75),
            F("CREDITS-ANY-PARENT", "high", "security", "`GET /credits/{parent}` shows any parent's balance",
              "Use `parentID(r)` instead of the path value, or check they match.",
              symbol="Server.handleCredits", conf=0.85),
            F("WITHDRAW-ANY-ITEM", "high", "security", "Any parent can withdraw any item",
              "Delete with `WHERE id = $1 AND donor_id = $2 AND NOT claimed`.",
              symbol="Server.handleWithdraw", conf=0.85),
            F("LABEL-SHELL", "high", "security", "Shell injection in `handleLabel`",
              "Parse `id` as an integer and run `exec.Command(\"labelprint\", \"--item\", id, \"--dir\", s.labelDir)` without `sh -c`.",
              symbol="Server.handleLabel", conf=0.85),
            F("LABEL-OUTPUT-LEAK", "low", "security", "Label command output echoed in the error response",
              "Log it instead.", symbol="Server.handleLabel", conf=0.6),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `handlePhoto`",
              "`http.ServeFile` only rejects `..` in `r.URL.Path`, not in the joined name; use `http.FileServer(http.Dir(...))` or check `filepath.Rel`.",
              symbol="Server.handlePhoto", conf=0.85),
            F("SERVER-NO-TIMEOUTS", "low", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.6),
        ]),
        "Concurrency and correctness:",
        Block([
            F("DONATE-CREDITS-RACE", "high", "bug", "`handleDonate` updates `s.credits` without `s.mu`",
              "Take `s.mu` around the read-modify-write; concurrent map writes are a fatal runtime error in Go.",
              sd=-1, n=3, symbol="Server.handleDonate", conf=0.9),
            F("DONATE-COND-UNCHECKED", "medium", "bug", "Donation condition is not validated",
              "Reject conditions outside 1..3; `creditFor` returns whatever the client sent.",
              symbol="Server.handleDonate", conf=0.8),
            F("CREDITS-READ-UNLOCKED", "medium", "bug", "`handleCredits` reads the credits map without the lock",
              "Read under `s.mu`.", symbol="Server.handleCredits", conf=0.7),
            F("CLAIM-RACE", "high", "bug", "Two parents can claim the same item",
              "Claim atomically: `UPDATE items SET claimed = true ... WHERE id = $2 AND NOT claimed` and check `RowsAffected`.",
              d=-1, n=3, symbol="Server.handleClaim", conf=0.85),
            F("CLAIM-OWN-ITEM", "medium", "bug", "A parent can claim their own donation",
              "Add `AND donor_id <> $1`; otherwise donating at condition 3 and claiming back for 1 credit mints credits.",
              symbol="Server.handleClaim", conf=0.7),
            F("CLAIM-CAP-OFF-BY-ONE", "medium", "bug", "Claim cap allows one claim too many",
              "Use `s.claims[pid] < maxClaimsPerTerm`.", symbol="Server.handleClaim", conf=0.8),
            F("NEXT-SIZE-PANIC", "medium", "bug", "`nextSize` panics for the largest size",
              "Return \"\" when `i == len(sizes)-1`; `GET /items?size=13-14` reaches it.",
              symbol="nextSize", conf=0.85),
            F("PAGE-LAST-DROPPED", "medium", "bug", "`handleStock` never lists the last item",
              "Clamp with `if end > len(all) { end = len(all) }`; `all[start:end]` is already exclusive.",
              symbol="Server.handleStock", conf=0.8),
            F("PAGE-NEGATIVE", "low", "bug", "`page` missing or 0 makes `start` negative",
              "Default `page` to 1 and clamp `start` to `len(all)`.", symbol="Server.handleStock", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("SEARCH-SIZE-SQLI", "critical", "security", "handleSearch: size concatenated into SQL", "placeholder", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "GET /photos?name=../../ path traversal", "filepath.Base + check", d=-1),
            F("LABEL-SHELL", "high", "security", "handleLabel: sh -c with path id", "exec without shell", d=-2),
            F("WITHDRAW-ANY-ITEM", "high", "security", "handleWithdraw deletes without ownership", "donor_id = caller", d=-2),
            F("CREDITS-ANY-PARENT", "medium", "security", "handleCredits: IDOR on {parent}", "use parentID(r)", d=-2),
            F("DONATE-CREDITS-RACE", "high", "bug", "handleDonate: unsynchronized map write (fatal under load)", "s.mu", d=1),
            F("CLAIM-RACE", "high", "bug", "handleClaim: double claim (check then update)", "conditional UPDATE", d=1),
            F("CLAIM-CAP-OFF-BY-ONE", "medium", "bug", "claim cap is 6 not 5", "<", d=2),
            F("NEXT-SIZE-PANIC", "medium", "bug", "nextSize out of range on last size", "bound i+1", d=-2),
            F("PAGE-LAST-DROPPED", "low", "bug", "stock page drops final element", "end = len(all)", d=-1),
            F("PAGE-NEGATIVE", "medium", "bug", "page=0 -> negative slice index panic", "default 1"),
            F("REMIND-ROWS-LEAK", "medium", "bug", "remindUncollected never closes rows", "rows.Close() each tick"),
            F("SEARCH-SCAN-IGNORED", "low", "bug", "Scan error dropped in handleSearch", "check err"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the Blazer Swap service, a Go HTTP server that lets parents donate and claim school
        uniform items using a credit system.

        ### Security Vulnerabilities
        """,
        Block([
            F("SEARCH-SIZE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Item Search",
              "Use parameterized queries.", sd=-2, n=3,
              desc="The `size` parameter from the URL is concatenated directly into the SQL query string."),
            F("LABEL-SHELL", "CRITICAL", "Command Injection", "OS Command Injection in Label Printing",
              "Avoid `sh -c`; pass arguments directly.", sd=-2, n=3),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Handler",
              "Sanitize the file name with `filepath.Base`.", sd=-2, n=3),
            F("PARENT-ID-SPOOF", "HIGH", "Broken Authentication", "Trivially Spoofable Parent Authentication",
              "Use real authentication.", sd=-1, n=3),
            F("WITHDRAW-ANY-ITEM", "HIGH", "Broken Access Control", "Missing Ownership Check on Item Withdrawal",
              "Verify the donor.", sd=-2, n=3),
            F("LABEL-OUTPUT-LEAK", "MEDIUM", "Information Disclosure", "Command Output Exposed in Error Messages",
              "Do not return raw command output.", sd=-2, n=3),
            F("SERVER-NO-TIMEOUTS", "MEDIUM", "Denial of Service", "HTTP Server Without Timeouts",
              "Configure `http.Server` timeouts.", sd=-2, n=3),
        ], wrap="list"),
        """
        ### Concurrency and Logic Issues
        """,
        Block([
            U({"severity": "LOW", "category": "Best Practice", "suggestion": "Consider splitting handlers into separate files."}),
            F("DONATE-CREDITS-RACE", "HIGH", "Race Condition", "Concurrent Map Writes to Credits",
              "Protect the credits map with the mutex.", d=-1, sd=-3, n=3,
              desc="`s.credits` is modified without holding `s.mu`, which can crash the server with `fatal error: concurrent map writes`."),
            F("CLAIM-RACE", "HIGH", "Race Condition", "Race Condition in Item Claiming",
              "Use a single conditional UPDATE.", sd=-2, n=3),
            F("CREDITS-READ-UNLOCKED", "MEDIUM", "Concurrency", "Unsynchronized Read of Credits Map",
              "Lock the mutex when reading.", sd=-2, n=3),
            F("NEXT-SIZE-PANIC", "MEDIUM", "Availability", "Index Out of Range Panic in nextSize",
              "Check the index before accessing `sizes[i+1]`.", sd=-2, n=3),
            F("PAGE-LAST-DROPPED", "LOW", "Logic Error", "Stock Pagination Excludes the Last Item",
              "Set `end = len(all)`.", d=-1, sd=-3, n=3),
            F("CLAIM-CREDIT-LOST", "MEDIUM", "Logic Error", "Credits Deducted Even When the Claim Fails",
              "Refund the credit when the item is unavailable.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("SEARCH-SIZE-SQLI", "error", "security", "sql injection via size", "use $2"),
            F("LABEL-SHELL", "error", "security", "shell injection in label printing", "no sh -c"),
            F("PHOTO-TRAVERSAL", "error", "", "path traversal in /photos", "filepath.Base"),
        ], wrap="list", fence=None, indent=None),
        "also:",
        Block([
            F("DONATE-CREDITS-RACE", "warning", "bug", "credits map written without mutex", "lock s.mu"),
            F("NEXT-SIZE-PANIC", "warning", "bug", "nextSize panics on biggest size", "check bounds"),
            F("PAGE-LAST-DROPPED", "warning", "bug", "last stock item never returned", "end = len(all)"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. SQL injection and command injection in parent and volunteer endpoints.
        2. Authentication relies on a client-controlled header; several endpoints lack ownership checks.
        3. The credit system has race conditions and can be abused.
        4. Pagination and reminder job have resource and bounds issues.
        """,
        Block([
            F("SEARCH-SIZE-SQLI", "blocker", "security", "SQL injection in item search", "Use query parameters.", conf=0.95),
            F("SEARCH-ERR-LEAK", "minor", "security", "Internal error details exposed in search response",
              "Return a generic error.", d=-3, conf=0.6),
            F("PARENT-ID-SPOOF", "blocker", "security", "Authentication based on unverified header", "Use signed tokens.", conf=0.85),
            F("CREDITS-ANY-PARENT", "major", "security", "Credits endpoint exposes other parents' balances", "Check caller identity.", conf=0.8),
            F("WITHDRAW-ANY-ITEM", "major", "security", "Missing authorization on item withdrawal", "Check donor_id.", conf=0.8),
            F("WITHDRAW-CREDITS-KEPT", "minor", "correctness", "Withdrawn items keep their credits", "Deduct the credits on withdrawal.", conf=0.55),
            F("LABEL-SHELL", "major", "security", "Command injection in label printing", "Avoid the shell.", conf=0.85),
            F("DONATE-CREDITS-RACE", "major", "concurrency", "Data race on credits map in donate handler", "Use the mutex.", d=1, conf=0.85),
            F("DONATE-COND-UNCHECKED", "major", "correctness", "Unvalidated condition inflates credits", "Validate 1..3.", conf=0.75),
            F("CLAIM-CAP-OFF-BY-ONE", "minor", "correctness", "Off-by-one in per-term claim limit", "Use < instead of <=.", conf=0.75),
            F("CLAIM-CREDIT-LOST", "major", "correctness", "Credit not refunded when claim fails", "Refund on conflict.", conf=0.7),
            F("CLAIM-RACE", "major", "concurrency", "Non-atomic item claim (TOCTOU)", "Conditional update.", d=1, conf=0.8),
            F("PAGE-NEGATIVE", "major", "reliability", "Negative slice index when page is missing", "Validate page.", conf=0.7),
            F("REMIND-ROWS-LEAK", "major", "resource-leak", "Rows not closed in reminder loop", "Close rows.", conf=0.75),
            F("NEXT-SIZE-PANIC", "major", "reliability", "Out-of-bounds access for the largest size", "Guard the index.", d=-1, conf=0.75),
        ], wrap="object+summary", summary="15 issues: 2 blocker, 10 major, 3 minor"),
    ]),
}
