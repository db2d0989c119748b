"""test106/py-tidegrist: a tide mill's grain deliveries and milling runs (Python). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's answers,
specs or repositories (apart from specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had seen neither the merger code nor any score. Frozen test split "
    "test106 (scored once, at the end of round 54): a tide mill's delivery and milling desk (Flask + SQLite) with "
    "seeded problems; five agents' answers written by hand."
)

A = "tidegrist/app.py"
T = "tidegrist/tides.py"

PROBLEMS = {
    "MILLER-FAIL-OPEN": P(A, "if MILLER_KEY and key != MILLER_KEY:", "security",
                          "MILLER_KEY unset: the check is skipped and every miller route is open to anyone"),
    "MILLER-KEY-TIMING": P(A, "if MILLER_KEY and key != MILLER_KEY:", "security",
                           "miller key compared with != instead of a constant-time compare (the warden check does it right)"),
    "DELIVERY-WEIGHT-UNCHECKED": P(A, 'weight = float(body.get("weight_kg", 0))', "bug",
                                   "weight_kg never validated: zero or negative weights stored, run yields later skew or divide by zero"),
    "DELIVERY-SACKS-NOT-POSITIVE": P(A, "sacks > MAX_SACKS:", "bug",
                                     "sacks only checked against the maximum: 0 or negative sack counts accepted"),
    "LIST-SQLI-GROWER": P(A, "WHERE grower LIKE '%{grower}%'", "security",
                          "grower query value formatted into the SQL text", "source-vs-sink"),
    "LIST-SQLI-ORDER": P(A, "WHERE grower LIKE '%{grower}%'", "security",
                         "order query value formatted into ORDER BY", "source-vs-sink"),
    "LIST-PAGE-OFFSET": P(A, "(size, page * size)", "bug",
                          "pages count from 1 but the offset is page * size: page 1 skips the first page of deliveries",
                          "off-by-one"),
    "CANCEL-UNAUTH": P(A, 'db().execute("DELETE FROM deliveries WHERE id = ?"', "security",
                       "cancel route has no authentication or ownership check: anyone deletes any grower's delivery",
                       "signature-vs-statement"),
    "CANCEL-MILLED": P(A, 'db().execute("DELETE FROM deliveries WHERE id = ?"', "bug",
                       "run_id is fetched but never checked: a delivery already milled is deleted and its run loses grain"),
    "WHEEL-RACE": P(A, "run_id = int(now * 1000)", "bug",
                    "wheel-busy check and claim without _wheel_lock: two runs can start on the one wheel",
                    "critical-section"),
    "RUN-REMILL": P(A, "SET run_id = ? WHERE id IN ({marks})", "bug",
                    "deliveries already in a run (already milled) are moved into the new run"),
    "RUN-EMPTY-DELIVERIES": P(A, "SET run_id = ? WHERE id IN ({marks})", "bug",
                              "an empty (or unknown) deliveries list is not rejected: a run with no grain claims the wheel"),
    "FINISH-FLOUR-UNCHECKED": P(A, 'flour = float(body.get("flour_kg", 0))', "bug",
                                "flour_kg not validated: negative flour or more flour than grain recorded"),
    "FINISH-YIELD-NO-GRAIN": P(A, "yield_pct = round(flour / grain * 100, 1)", "bug",
                               "SUM is None (or 0) for a run without deliveries: TypeError/ZeroDivisionError, wheel never released"),
    "STATS-RACE": P(A, '_stats["runs"] += 1', "bug",
                    "_stats counters updated outside _wheel_lock from request threads: lost updates", "critical-section"),
    "LABEL-COPIES-INJECTION": P(A, 'cmd = f"lp -d {PRINTER}', "security",
                                "copies query value interpolated into a shell command", "source-vs-sink"),
    "LABEL-GROWER-INJECTION": P(A, 'cmd = f"lp -d {PRINTER}', "security",
                                "stored grower name inside single quotes in the shell command: a quote in a name breaks out"),
    "TICKET-UNAUTH": P(A, "def weigh_ticket():", "security",
                       "weigh tickets (grower names, weights) served to anyone, no auth"),
    "TICKET-TRAVERSAL": P(A, "send_file(os.path.join(TICKETS_DIR, name)", "security",
                          "file query value joined to TICKETS_DIR: path traversal", "source-vs-sink"),
    "IMPORT-YAML-UNSAFE": P(A, "yaml.load(request.get_data(), Loader=yaml.Loader)", "security",
                            "yaml.load with the full Loader on the request body: arbitrary Python objects",
                            "signature-vs-statement"),
    "BOARD-XSS": P(A, "<li>{r['grower']} (", "security",
                   "grower name unescaped in the public board HTML (the parish next to it is escaped)"),
    "BOARD-CACHE-RACE": P(A, 'if time.time() - _board["at"] > 60:', "performance",
                          "board cache checked and rebuilt without a lock: every request in the expiry window rebuilds it",
                          "critical-section"),
    "DEBUG-SERVER": P(A, 'app.run(host="0.0.0.0", port=8040, debug=True)', "security",
                      "Werkzeug debugger enabled on all interfaces (extra, one agent)"),
    "TIDE-TLS-OFF": P(T, "resp = requests.get(url, verify=False)", "security",
                      "certificate verification disabled for the tide API"),
    "TIDE-NO-TIMEOUT": P(T, "resp = requests.get(url, verify=False)", "bug",
                         "no timeout on the tide API call: a hung API hangs start_run's request thread"),
    "EBB-LAST-WINDOW": P(T, "for i in range(len(events) - 2):", "bug",
                         "range stops one short: the last HW/LW pair of the table is never turned into an ebb window",
                         "off-by-one"),
}

CONFUSABLE = [
    ("MILLER-FAIL-OPEN", "MILLER-KEY-TIMING"),
    ("DELIVERY-WEIGHT-UNCHECKED", "DELIVERY-SACKS-NOT-POSITIVE"),
    ("LIST-SQLI-GROWER", "LIST-SQLI-ORDER"),
    ("LIST-SQLI-ORDER", "LIST-PAGE-OFFSET"),
    ("CANCEL-UNAUTH", "CANCEL-MILLED"),
    ("RUN-REMILL", "RUN-EMPTY-DELIVERIES"),
    ("FINISH-FLOUR-UNCHECKED", "FINISH-YIELD-NO-GRAIN"),
    ("LABEL-COPIES-INJECTION", "LABEL-GROWER-INJECTION"),
    ("TICKET-UNAUTH", "TICKET-TRAVERSAL"),
    ("TIDE-TLS-OFF", "TIDE-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review: tidegrist

        I read `tidegrist/app.py` and `tidegrist/tides.py` end to end. This is a small Flask desk for a tide mill:
        growers deliver grain, the miller starts a milling run when the ebb gives the wheel enough head, and a
        public board shows what was milled today.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | `/deliveries` listing, `/label`, `/tickets` | SQL and shell injection, file read |
        | 2 | `miller_only`, `DELETE /deliveries/<id>` | auth fails open / is missing |
        | 3 | milling runs | the wheel can be claimed twice; a run with no grain crashes the finish |
        | 4 | board, tide table | stored XSS, TLS off |

        Things that are fine and I'd keep: `warden_only` fails closed and uses `hmac.compare_digest`; the
        `IN (...)` placeholders in `start_run` are built from `?` only, so that f-string is not an injection; the
        parish on the board is escaped; `/stats` reads the wheel under `_wheel_lock`.
        """,
        Block([
            F("LIST-SQLI-GROWER", "critical", "security", "SQL injection through the `grower` filter in `GET /deliveries`",
              "Bind it: `WHERE grower LIKE ?` with `f\"%{grower}%\"` as a parameter.",
              symbol="list_deliveries", conf=0.95),
            F("LIST-SQLI-ORDER", "high", "security", "`order` is interpolated into `ORDER BY` unvalidated",
              "Map `order` through an allow-list (`{\"received\", \"grower\", \"weight_kg\"}`) before building the query.",
              symbol="list_deliveries", conf=0.9),
            F("LIST-PAGE-OFFSET", "medium", "bug", "Pagination skips the first page: `OFFSET page * size` with 1-based pages",
              "Use `(page - 1) * size` and reject `page < 1`.", symbol="list_deliveries", conf=0.85),
            F("LABEL-COPIES-INJECTION", "critical", "security", "`copies` reaches `lp` through `shell=True`",
              "Parse `copies` as an int in 1..20 and call `subprocess.run([\"lp\", \"-d\", PRINTER, \"-n\", str(n), \"-t\", title, path])`.",
              d=+1, symbol="print_label", conf=0.9),
            F("LABEL-GROWER-INJECTION", "high", "security", "Grower name is placed inside single quotes in a shell string",
              "Same fix as above: an argv list, no shell. A grower registered as `x'; rm -rf ~; '` runs on the print server.",
              d=-1, symbol="print_label", conf=0.8),
            F("TICKET-TRAVERSAL", "high", "security", "Path traversal in `/tickets`: `file` is joined to `TICKETS_DIR` unchecked",
              "Use `flask.send_from_directory(TICKETS_DIR, name)` or check the resolved path stays under the directory.",
              symbol="weigh_ticket", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "high", "security", "`yaml.load(..., Loader=yaml.Loader)` on request data",
              "Use `yaml.safe_load`; the full loader constructs arbitrary Python objects (warden-only, but still code execution).",
              symbol="import_growers", conf=0.85),
            F("BOARD-XSS", "medium", "security", "Stored XSS on the public board: grower name is not escaped",
              "Wrap `r['grower']` in `escape()` like the parish on the same line, or render with a template.",
              symbol="board", conf=0.85),
        ]),
        "Access control and the milling-run bookkeeping:",
        Block([
            F("MILLER-FAIL-OPEN", "high", "security", "`miller_only` lets every request through when `MILLER_KEY` is unset",
              "Fail closed like `warden_only`: `if not MILLER_KEY or not hmac.compare_digest(...)`.",
              symbol="miller_only.wrapper", conf=0.9),
            F("MILLER-KEY-TIMING", "low", "security", "Miller key compared with `!=`",
              "Use `hmac.compare_digest` for the comparison.", symbol="miller_only.wrapper", conf=0.6),
            F("CANCEL-UNAUTH", "high", "security", "`DELETE /deliveries/<id>` has no authentication",
              "Require the miller key (or the grower's own token) and check that the delivery belongs to the caller.",
              symbol="cancel_delivery", conf=0.9),
            F("CANCEL-MILLED", "medium", "bug", "Cancelling a delivery that was already milled corrupts its run",
              "`run_id` is selected and then ignored; refuse with 409 when it is set.",
              symbol="cancel_delivery", conf=0.75),
            F("WHEEL-RACE", "high", "bug", "Check-then-set on `_wheel` without `_wheel_lock`",
              "Hold `_wheel_lock` from the busy check to the assignment; two concurrent `POST /runs` can both see the wheel free.",
              d=-2, n=3, symbol="start_run", conf=0.85),
            F("RUN-EMPTY-DELIVERIES", "medium", "bug", "`POST /runs` accepts an empty or unknown delivery list",
              "Reject an empty `ids` and check that the UPDATE touched `len(ids)` rows before claiming `_wheel`; today an empty run holds the wheel.",
              symbol="start_run", conf=0.7),
            F("FINISH-YIELD-NO-GRAIN", "high", "bug", "`finish_run` crashes when the run has no delivered grain",
              "`SUM()` returns `None` for no rows (and 0 for zero weights): guard before dividing, otherwise the wheel is never released.",
              symbol="finish_run", conf=0.85),
            F("STATS-RACE", "low", "bug", "`_stats` is updated outside the lock",
              "Move the two increments inside the `with _wheel_lock:` block above them.",
              n=2, symbol="finish_run", conf=0.7),
            F("TIDE-TLS-OFF", "medium", "security", "Tide API called with `verify=False`",
              "Drop `verify=False`; a spoofed tide table lets someone start runs without head or block them.",
              symbol="fetch_tide_table", conf=0.8),
            F("EBB-LAST-WINDOW", "medium", "bug", "`ebb_windows` never looks at the last high/low pair",
              "The loop reads `events[i + 1]`, so it should run to `len(events) - 1`; with `- 2` the last ebb in the table is lost.",
              symbol="ebb_windows", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("LIST-SQLI-ORDER", "high", "security", "ORDER BY built from ?order=",
              "allow-list columns.", d=-1),
            F("LIST-SQLI-GROWER", "critical", "security", "SQL injection: ?grower= in LIKE pattern",
              "bind as parameter.", d=-2),
            F("CANCEL-UNAUTH", "high", "security", "cancel_delivery unauthenticated",
              "add @miller_only + owner check.", d=-3),
            F("WHEEL-RACE", "high", "bug", "start_run: wheel claimed without _wheel_lock (TOCTOU)",
              "hold the lock across check+set.", d=+1),
            F("RUN-REMILL", "medium", "bug", "start_run reassigns deliveries already in a run",
              "add `AND run_id IS NULL`, check rowcount."),
            F("FINISH-YIELD-NO-GRAIN", "high", "bug", "finish_run: None/0 grain -> TypeError/ZeroDivisionError",
              "guard grain."),
            F("LABEL-COPIES-INJECTION", "critical", "security", "shell injection via ?copies=",
              "int(); argv list.", d=-2),
            F("TICKET-TRAVERSAL", "high", "security", "/tickets?file= path traversal",
              "send_from_directory.", d=-1),
            F("IMPORT-YAML-UNSAFE", "high", "security", "yaml.load with yaml.Loader",
              "yaml.safe_load.", d=-1),
            F("MILLER-FAIL-OPEN", "high", "security", "miller_only passes when MILLER_KEY is empty",
              "fail closed."),
            F("DELIVERY-SACKS-NOT-POSITIVE", "low", "bug", "sacks <= 0 accepted",
              "require 1 <= sacks <= MAX_SACKS."),
            F("EBB-LAST-WINDOW", "medium", "bug", "ebb_windows drops the last HW/LW pair (range(len-2))",
              "range(len(events) - 1).", d=+2),
            F("TIDE-NO-TIMEOUT", "medium", "bug", "requests.get without timeout",
              "timeout=10."),
        ], wrap="object", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `tidegrist` project. It is a Flask application that manages grain deliveries at a
        tide mill, schedules milling runs during ebb tides, and publishes a board of the day's milling.

        **Security**

        The application has several injection vulnerabilities where request parameters flow into SQL queries, shell
        commands and filesystem paths. The board endpoint renders user-supplied data without escaping, and the
        development server is started with the debugger enabled.
        """,
        Block([
            F("LIST-SQLI-GROWER", "CRITICAL", "SQL Injection", "SQL Injection in Delivery Listing",
              "Use parameterized queries for the grower filter.", sd=-2, n=3,
              desc="The `grower` parameter is read from the query string and embedded directly in a LIKE clause."),
            F("LABEL-COPIES-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Sack Label Printing",
              "Avoid `shell=True` and validate `copies` as an integer.", sd=-2, n=3,
              desc="`copies` comes from the request and is interpolated into the `lp` command executed by the shell."),
            F("LABEL-GROWER-INJECTION", "HIGH", "Command Injection", "Second-Order Command Injection via Grower Name",
              "Pass the title as a separate argument instead of quoting it in a shell string.", d=-1),
            F("TICKET-UNAUTH", "MEDIUM", "Broken Access Control", "Weigh Tickets Are Publicly Accessible",
              "Require authentication before serving weigh tickets.",
              desc="Any unauthenticated user can download weigh tickets, which contain grower names and weights."),
            F("TICKET-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Weigh Ticket Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`."),
            F("BOARD-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Milling Board",
              "Escape the grower name."),
            F("MILLER-KEY-TIMING", "LOW", "Broken Authentication", "Timing Attack on Miller Key Comparison",
              "Use `hmac.compare_digest`."),
            F("DEBUG-SERVER", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled on All Interfaces",
              "Never run with `debug=True` outside development; bind to localhost.",
              desc="The Werkzeug debugger allows arbitrary code execution from the browser."),
            F("TIDE-TLS-OFF", "MEDIUM", "Security Misconfiguration", "TLS Verification Disabled for Tide API",
              "Remove `verify=False`."),
        ], wrap="list"),
        """
        **Concurrency and Logic**

        The mill state (`_wheel`, `_stats`, `_board`) is module-level and shared between request threads, but only
        some of the accesses hold `_wheel_lock`.
        """,
        Block([
            U({"severity": "LOW", "category": "Maintainability",
               "description": "Several route handlers lack docstrings and type hints."}),
            F("WHEEL-RACE", "HIGH", "Race Condition", "Race Condition When Starting a Milling Run",
              "Acquire `_wheel_lock` around the busy check and assignment.", d=0, sd=-2, n=3,
              desc="Two simultaneous requests can both pass the busy check and overwrite each other's run."),
            F("STATS-RACE", "MEDIUM", "Race Condition", "Unsynchronized Statistics Counters",
              "Update `_stats` inside the lock.", d=+1),
            F("BOARD-CACHE-RACE", "MEDIUM", "Performance", "Cache Stampede on the Public Board",
              "Guard the rebuild with a lock so only one request refreshes the cache.",
              desc="When the 60-second cache expires, every concurrent request runs the join query and rebuilds the HTML."),
            F("LIST-PAGE-OFFSET", "LOW", "Logic Error", "Incorrect Pagination Offset",
              "Compute the offset as `(page - 1) * size`.", d=0, sd=-1, n=2),
            F("FINISH-FLOUR-UNCHECKED", "MEDIUM", "Input Validation", "Flour Weight Is Not Validated",
              "Reject negative values and flour weights greater than the grain milled."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("LIST-SQLI-GROWER", "error", "security", "sql injection in list_deliveries (grower)", "use ? params"),
            F("LABEL-COPIES-INJECTION", "error", "security", "shell injection in print_label", "no shell=True"),
            F("TICKET-TRAVERSAL", "error", "security", "path traversal in /tickets", "send_from_directory"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("WHEEL-RACE", "warning", "bug", "wheel busy check not locked", "use _wheel_lock", d=-2),
            F("RUN-EMPTY-DELIVERIES", "warning", "bug", "run starts even with no deliveries, holds the wheel",
              "validate ids first"),
            F("FINISH-YIELD-NO-GRAIN", "error", "bug", "division by None/0 in finish_run", "check grain"),
            F("DELIVERY-WEIGHT-UNCHECKED", "warning", "", "weight_kg not validated", "require > 0"),
            F("CANCEL-MILLED", "warning", "bug", "cancel deletes milled deliveries", "check run_id"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Authentication: the miller key check fails open; delivery cancellation has no auth.
        2. Injection: SQL in the delivery listing, shell in label printing, path traversal in tickets, unsafe YAML.
        3. Concurrency: the wheel state and statistics are not protected consistently.
        4. Correctness: pagination, run assignment, yield computation, ebb windows.
        5. Reliability: the tide API call has no timeout and no TLS verification.
        """,
        Block([
            F("MILLER-FAIL-OPEN", "blocker", "security", "Miller authentication bypass when MILLER_KEY is not configured",
              "Reject all requests when the key is empty.", conf=0.9),
            F("LIST-SQLI-ORDER", "blocker", "security", "SQL injection via the order parameter",
              "Whitelist sortable columns.", conf=0.9),
            F("LIST-PAGE-OFFSET", "minor", "correctness", "Off-by-one in pagination offset",
              "Use (page - 1) * size.", d=-1, conf=0.8),
            F("CANCEL-UNAUTH", "major", "security", "Missing authorization on delivery cancellation",
              "Protect the route and verify ownership.", conf=0.85),
            F("WHEEL-RACE", "major", "concurrency", "Non-atomic wheel acquisition in start_run",
              "Use _wheel_lock.", conf=0.8),
            F("RUN-REMILL", "major", "correctness", "Deliveries can be assigned to more than one run",
              "Only update deliveries whose run_id is NULL.", conf=0.7),
            F("FINISH-FLOUR-UNCHECKED", "minor", "correctness", "flour_kg accepted without validation",
              "Validate range.", conf=0.6),
            F("FINISH-YIELD-NO-GRAIN", "major", "correctness", "Yield computation fails for runs without grain",
              "Handle a NULL or zero sum.", d=-2, conf=0.8),
            F("STATS-RACE", "minor", "concurrency", "Race condition on _stats counters",
              "Protect with a lock.", d=+1, conf=0.7),
            F("LABEL-GROWER-INJECTION", "major", "security", "Command injection through the stored grower name in lp title",
              "Use an argument list.", d=+1, conf=0.75),
            F("TICKET-TRAVERSAL", "blocker", "security", "Directory traversal in weigh ticket download",
              "Validate the file name.", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "major", "security", "Unsafe YAML loading",
              "Use yaml.safe_load.", conf=0.85),
            F("BOARD-CACHE-RACE", "minor", "performance", "Board cache is rebuilt concurrently by many requests",
              "Add a lock around the refresh.", d=+1, conf=0.6),
            F("TIDE-TLS-OFF", "major", "security", "TLS certificate verification disabled",
              "Remove verify=False.", conf=0.85),
            F("TIDE-NO-TIMEOUT", "minor", "reliability", "HTTP request without timeout",
              "Set a timeout.", conf=0.7),
            F("EBB-LAST-WINDOW", "major", "correctness", "Off-by-one in ebb window loop skips the last tide pair",
              "Iterate to len(events) - 1.", conf=0.75),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
