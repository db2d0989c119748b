"""test113/py-sandcastles: a sandcastle competition's plot draws, judging sheets and sand deliveries (Python).

Frozen test split test113, written 2026-12-07 by a helper session that had not seen the merger code, its
results, any score or any other split's answers or specs (only tune2's py-snapctl spec, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its results or any score. "
    "Frozen test split test113: seeded problems in a Flask desk for a sandcastle competition (plot draws, "
    "judging sheets, sand deliveries); five agents' answers written by hand."
)

A = "sandcastle/app.py"
PROBLEMS = {
    "JUDGE-FAILS-OPEN": P(A, "if JUDGE_KEY and supplied != JUDGE_KEY:", "security", "judge_only lets every request through when JUDGE_KEY is unset"),
    "JUDGE-KEY-TIMING": P(A, "if JUDGE_KEY and supplied != JUDGE_KEY:", "security", "judge key compared with != instead of a constant-time compare (marshal_only does it right)"),
    "PLOT-POSITION-ZERO-BASED": P(A, "row, col = divmod(plot, PLOTS_PER_ROW)", "bug", "plots are numbered from 1 but divmod treats them as 0-based: plot 12 lands on the next row", "off-by-one"),
    "TEAM-PHONE-LEAK": P(A, 'return jsonify({**dict(row), "plot": _drawn.get(team_id)})', "security", "public team endpoint returns the captain's phone number (SELECT *), no auth", "signature-vs-statement"),
    "TEAM-UNKNOWN-500": P(A, 'return jsonify({**dict(row), "plot": _drawn.get(team_id)})', "bug", "unknown team id: dict(None) raises, 500 instead of 404"),
    "IMPORT-YAML-UNSAFE": P(A, "data = yaml.load(request.data, Loader=yaml.Loader)", "security", "yaml.load with the full Loader on the request body: arbitrary object construction", "signature-vs-statement"),
    "DRAW-LAST-PLOT": P(A, "free = list(range(1, TOTAL_PLOTS))", "bug", "range(1, TOTAL_PLOTS) stops at 95: plot 96 is never drawn", "off-by-one"),
    "DRAW-PREDICTABLE-SEED": P(A, "rng = random.Random(int(time.time()))", "security", "draw seeded with the current second: anyone can replay the shuffle and predict plots"),
    "DRAW-DROPS-TEAMS": P(A, "for team_id, plot in zip(teams, free):", "bug", "zip stops at the shorter list: teams beyond the free plots are silently left without a plot"),
    "LATE-DRAW-RACE": P(A, "left = [p for p in range(1, TOTAL_PLOTS + 1) if p not in taken]", "bug", "late draw reads taken plots and assigns without _draw_lock: two late entries can get the same plot", "critical-section"),
    "LATE-DRAW-REDRAW": P(A, "_drawn[team_id] = plot", "security", "late draw has no auth and no check that the team exists or already has a plot: anyone can redraw a team's plot", nth=1),
    "SHEET-JUDGE-SPOOF": P(A, 'judge = request.headers.get("X-Judge-Name", "anonymous")', "security", "judge identity on a sheet comes from a free header: one key holder can file sheets as any judge"),
    "SHEET-CRITERIA-UNCHECKED": P(A, "total = sum(scores.values())", "bug", "criteria names never checked: extra criteria inflate a total, missing ones deflate it"),
    "SHEET-DUPLICATE": P(A, '"INSERT INTO sheets (plot, judge, total, notes) VALUES (?, ?, ?, ?)",', "bug", "no uniqueness on (plot, judge): one judge can file several sheets for a plot and all count in the average"),
    "SHEETS-SQLI-JUDGE": P(A, "WHERE judge LIKE '%{judge}%'", "security", "judge query value formatted into the SQL", "source-vs-sink"),
    "SHEETS-SQLI-ORDER": P(A, "WHERE judge LIKE '%{judge}%'", "security", "order query value formatted into ORDER BY", "source-vs-sink"),
    "BOARD-STAMPEDE": P(A, 'rows = get_db().execute("SELECT plot, AVG(total) AS score', "performance", "leaderboard cache checked and refilled without a lock: every request after expiry recomputes, rows/at written separately", "critical-section"),
    "BOARD-TOP-OFF-BY-ONE": P(A, 'return jsonify(_board["rows"][: top - 1])', "bug", "[: top - 1] returns one castle fewer than asked for (top=1 returns nothing)", "off-by-one"),
    "CSV-FORMULA": P(A, 'writer.writerow([r["plot"], r["judge"], r["total"], r["notes"]])', "security", "judges' free-text notes exported to CSV unescaped (formula injection); extra, one agent"),
    "DELIVERY-NEGATIVE-TONNES": P(A, 'tonnes = float(body.get("tonnes", TONNES_PER_LORRY))', "bug", "tonnes not validated: negative, zero, nan or inf accepted into the running total"),
    "DELIVERY-COUNTER-RACE": P(A, '_delivered["tonnes"] += tonnes', "bug", "module-level delivery counters updated from request threads without a lock", "critical-section"),
    "DELIVERIES-PAGE-SKIP": P(A, "offset = page * PAGE_SIZE", "bug", "page defaults to 1 but offset = page * size: the first 25 deliveries are never listed", "off-by-one"),
    "NOTE-MISSING-ROW": P(A, "text = f\"Delivery {row['id']}", "bug", "unknown delivery id: row is None and subscripting it raises, 500"),
    "NOTE-SHELL-PRINTER": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\"", "security", "printer query value interpolated into a shell command", "source-vs-sink"),
    "NOTE-SHELL-DRIVER": P(A, "subprocess.run(f\"echo '{text}' | lp -d {printer}\"", "security", "stored driver name (via text) interpolated into the shell command inside single quotes"),
    "PHOTO-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "name query value joined to PHOTO_DIR: any readable file can be downloaded", "source-vs-sink"),
    "UPLOAD-NO-AUTH": P(A, "f.save(os.path.join(PHOTO_DIR, safe))", "security", "photo upload has no auth and no type check: anyone can overwrite any plot's photo", "signature-vs-statement"),
    "DEBUG-PUBLIC": P(A, 'app.run(host="0.0.0.0"', "security", "debug=True on all interfaces exposes the Werkzeug debugger; one agent"),
}

CONFUSABLE = [
    ("JUDGE-FAILS-OPEN", "JUDGE-KEY-TIMING"),
    ("TEAM-PHONE-LEAK", "TEAM-UNKNOWN-500"),
    ("DRAW-LAST-PLOT", "DRAW-PREDICTABLE-SEED"),
    ("DRAW-LAST-PLOT", "DRAW-DROPS-TEAMS"),
    ("LATE-DRAW-RACE", "LATE-DRAW-REDRAW"),
    ("SHEET-CRITERIA-UNCHECKED", "SHEET-DUPLICATE"),
    ("SHEETS-SQLI-JUDGE", "SHEETS-SQLI-ORDER"),
    ("DELIVERY-NEGATIVE-TONNES", "DELIVERY-COUNTER-RACE"),
    ("NOTE-SHELL-PRINTER", "NOTE-SHELL-DRIVER"),
    ("NOTE-MISSING-ROW", "NOTE-SHELL-DRIVER"),
    ("NOTE-MISSING-ROW", "NOTE-SHELL-PRINTER"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        I read `sandcastle/app.py` end to end (it is the whole service). The marshal side is in decent shape:
        `marshal_only` fails closed and uses `hmac.compare_digest`, every query except `/sheets` binds its
        parameters, the score range check in `submit_sheet` is right, the upload file name is built from the
        integer plot, and the full `/draw` holds `_draw_lock`. The judge side, the late draw and the delivery
        note are where it goes wrong.

        | Priority | Area | Issue |
        |---|---|---|
        | P0 | `/sheets` | SQL injection through `judge` and through `order` |
        | P0 | delivery note | shell command built from `printer` and from the stored driver name |
        | P0 | `/photos` | path traversal |
        | P1 | `judge_only` | fails open when `JUDGE_KEY` is unset; non-constant-time compare |
        | P1 | draws | plot 96 never drawn, predictable seed, late draw racy and unauthenticated |
        | P2 | sheets, leaderboard, deliveries | totals, duplicates, paging, counters |
        """,
        Block([
            F("SHEETS-SQLI-JUDGE", "critical", "security", "SQL injection via the `judge` filter in `GET /sheets`",
              "Bind it: `WHERE judge LIKE ?` with `(f\"%{judge}%\",)`.", symbol="list_sheets", conf=0.95),
            F("SHEETS-SQLI-ORDER", "high", "security", "SQL injection via the `order` parameter in `GET /sheets`",
              "`ORDER BY` cannot be bound; map `order` through an allow-list such as `{\"total\", \"plot\", \"judge\"}`.",
              symbol="list_sheets", conf=0.9),
            F("NOTE-SHELL-PRINTER", "critical", "security", "Command injection through the `printer` query parameter",
              "Run `subprocess.run([\"lp\", \"-d\", printer], input=text, text=True, check=True)` and validate `printer` against the configured printers.",
              symbol="print_delivery_note", conf=0.95),
            F("NOTE-SHELL-DRIVER", "high", "security", "Stored driver name reaches the shell inside the `echo '...'` quotes",
              "A driver called `x'; rm -rf ~; '` breaks out of the quotes. Pass the text on stdin, never through a shell.",
              symbol="print_delivery_note", conf=0.85),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /photos`",
              "Use `flask.send_from_directory(PHOTO_DIR, name)`, which rejects `..` and absolute names.",
              symbol="plot_photo", conf=0.9),
            F("IMPORT-YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on request data",
              "Use `yaml.safe_load(request.data)`; the full loader can construct arbitrary Python objects.",
              symbol="import_teams", conf=0.9),
        ]),
        "The rest, from authentication down to bookkeeping:",
        Block([
            F("JUDGE-FAILS-OPEN", "high", "security", "`judge_only` allows every request when `JUDGE_KEY` is unset",
              "Fail closed like `marshal_only`: `if not JUDGE_KEY or not hmac.compare_digest(supplied, JUDGE_KEY): abort(401)`.",
              symbol="judge_only.wrapper", conf=0.9),
            F("JUDGE-KEY-TIMING", "low", "security", "Judge key compared with `!=` (not constant-time)",
              "Use `hmac.compare_digest`, as `marshal_only` already does.", symbol="judge_only.wrapper", conf=0.6),
            F("SHEET-JUDGE-SPOOF", "medium", "security", "Judge name on a sheet is taken from the `X-Judge-Name` header",
              "Every judge shares one key, so anyone holding it can file sheets as any judge. Issue a key per judge and derive the name from it.",
              symbol="submit_sheet", conf=0.75),
            F("SHEET-CRITERIA-UNCHECKED", "medium", "bug", "Sheet total sums whatever criteria the client sends",
              "Require exactly the competition's criteria (e.g. `{\"design\", \"detail\", \"scale\"}`) before summing; extra keys inflate a castle's total.",
              symbol="submit_sheet", conf=0.8),
            F("SHEET-DUPLICATE", "medium", "bug", "A judge can submit several sheets for the same plot",
              "Add `UNIQUE(plot, judge)` and upsert; today every duplicate counts in the leaderboard average.",
              symbol="submit_sheet", conf=0.75),
            F("DRAW-LAST-PLOT", "medium", "bug", "Plot 96 is never drawn: `range(1, TOTAL_PLOTS)` stops at 95",
              "Use `range(1, TOTAL_PLOTS + 1)`, as `draw_late_entry` does.", symbol="draw_plots", conf=0.9),
            F("DRAW-PREDICTABLE-SEED", "medium", "security", "Plot draw seeded with `int(time.time())`",
              "Anyone who knows the second of the draw can reproduce it. Use `random.SystemRandom()` or `secrets` for the shuffle.",
              symbol="draw_plots", conf=0.7),
            F("DRAW-DROPS-TEAMS", "low", "bug", "Teams beyond the number of free plots are silently skipped by `zip`",
              "Check `len(teams) <= len(free)` and return 409 (or a waiting list) instead of leaving teams without a plot.",
              symbol="draw_plots", conf=0.65),
            F("LATE-DRAW-RACE", "medium", "bug", "Late-entry draw is not protected by `_draw_lock`",
              "Two concurrent late entries can compute the same `left` list and be given the same plot. Hold `_draw_lock` around reading `_drawn` and assigning.",
              sd=-1, n=3, symbol="draw_late_entry", conf=0.8),
            F("LATE-DRAW-REDRAW", "high", "security", "Anyone can (re)draw any team's plot",
              "The route has no auth and does not check that the team exists or has no plot yet; a team can redraw until it gets a plot it likes. Require the marshal key and reject teams already in `_drawn`.",
              symbol="draw_late_entry", conf=0.8),
            F("PLOT-POSITION-ZERO-BASED", "low", "bug", "`plot_position` treats 1-based plot numbers as 0-based",
              "Use `divmod(plot - 1, PLOTS_PER_ROW)`; plot 12 is reported as row 2, column 1.",
              symbol="plot_position", conf=0.8),
            F("TEAM-PHONE-LEAK", "medium", "security", "`GET /teams/<id>` exposes captains' phone numbers publicly",
              "Select only the public columns (name, plot) and keep the phone number for marshals.",
              symbol="team_detail", conf=0.8),
            F("UPLOAD-NO-AUTH", "medium", "security", "Unauthenticated photo upload can overwrite any plot's photo",
              "Require the marshal key (or a per-team token) and check the content type.", symbol="upload_photo", conf=0.75),
            F("BOARD-STAMPEDE", "low", "performance", "Leaderboard cache refresh is unsynchronised",
              "When the cache expires every concurrent request runs the aggregate query; guard the refresh with a lock and write `rows`/`at` together.",
              symbol="leaderboard", conf=0.6),
            F("BOARD-TOP-OFF-BY-ONE", "low", "bug", "Leaderboard returns `top - 1` castles",
              "Slice with `[:top]` (and clamp `top` to a sane range).", symbol="leaderboard", conf=0.85),
            F("CSV-FORMULA", "low", "security", "CSV export writes judges' notes unescaped (formula injection)",
              "Prefix cells starting with `=`, `+`, `-` or `@` with a quote before writing.", symbol="export_sheets", conf=0.5),
            F("DELIVERY-NEGATIVE-TONNES", "medium", "bug", "Delivery tonnage is not validated",
              "Reject values that are not finite and positive; `float('nan')` or `-8` corrupts the running total.",
              symbol="log_delivery", conf=0.8),
            F("DELIVERY-COUNTER-RACE", "medium", "bug", "Delivery counters updated without synchronisation",
              "`+=` on `_delivered` from concurrent requests loses updates; use a lock or derive the totals from the table.",
              n=2, symbol="log_delivery", conf=0.7),
            F("DELIVERIES-PAGE-SKIP", "medium", "bug", "Delivery list skips the first page",
              "`page` defaults to 1, so `offset = page * PAGE_SIZE` starts at row 25. Use `(page - 1) * PAGE_SIZE` and reject `page < 1`.",
              symbol="list_deliveries", conf=0.85),
            F("NOTE-MISSING-ROW", "low", "bug", "Unknown delivery id crashes the note printer",
              "`fetchone()` returns `None`; return 404 before formatting.", symbol="print_delivery_note", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("SHEETS-SQLI-JUDGE", "critical", "security", "GET /sheets: judge param -> f-string SQL",
              "Parameterize.", d=-2),
            F("NOTE-SHELL-PRINTER", "critical", "security", "printer arg reaches shell=True lp command",
              "argv list, no shell.", d=-3),
            F("PHOTO-TRAVERSAL", "high", "security", "GET /photos joins untrusted name onto PHOTO_DIR",
              "send_from_directory.", d=-1),
            F("IMPORT-YAML-UNSAFE", "high", "security", "import_teams uses yaml.load(Loader=yaml.Loader)",
              "yaml.safe_load.", d=-1),
            F("JUDGE-FAILS-OPEN", "high", "security", "judge_only is a no-op when JUDGE_KEY unset",
              "Fail closed."),
            F("UPLOAD-NO-AUTH", "medium", "security", "upload_photo: no auth, overwrites plot photos",
              "Require marshal key.", d=-3),
            F("TEAM-PHONE-LEAK", "medium", "security", "team_detail returns SELECT * incl. phone, unauthenticated",
              "Whitelist fields.", d=-2),
            F("TEAM-UNKNOWN-500", "low", "bug", "team_detail 500s on unknown id (dict(None))",
              "404 when row is None."),
            F("DRAW-LAST-PLOT", "medium", "bug", "Plot 96 never drawn: range(1, TOTAL_PLOTS) is 1..95",
              "range(1, TOTAL_PLOTS + 1).", d=+3),
            F("LATE-DRAW-RACE", "medium", "bug", "draw_late_entry: check-then-assign on _drawn without _draw_lock",
              "Take _draw_lock.", d=+2),
            F("SHEET-CRITERIA-UNCHECKED", "medium", "bug", "submit_sheet sums arbitrary score keys",
              "Validate criteria set."),
            F("BOARD-STAMPEDE", "low", "bug", "leaderboard cache refresh races between requests",
              "Lock around refresh.", d=-1),
            F("DELIVERY-NEGATIVE-TONNES", "medium", "bug", "log_delivery accepts negative/NaN tonnes",
              "Validate > 0 and finite."),
            F("DELIVERY-COUNTER-RACE", "low", "bug", "_delivered += from request threads, no lock",
              "Lock."),
            F("DELIVERIES-PAGE-SKIP", "medium", "bug", "list_deliveries: page=1 starts at offset 25",
              "(page - 1) * PAGE_SIZE.", d=-1),
            F("NOTE-MISSING-ROW", "low", "bug", "print_delivery_note: row None -> TypeError",
              "404."),
            F("PLOT-POSITION-ZERO-BASED", "low", "bug", "plot_position off by one for 1-based plots",
              "divmod(plot - 1, ...)."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the sandcastle competition service in `sandcastle/app.py`. It is a Flask
        application that registers teams, draws plots on the beach, collects judging sheets, publishes a
        leaderboard and logs sand deliveries.

        **Overall assessment:** the application has several serious security issues, most of them in the
        handling of request parameters that are passed to SQL, the shell and the filesystem. The judge
        authentication can also be disabled by a missing environment variable.

        **Injection and file access**
        """,
        Block([
            F("SHEETS-SQLI-JUDGE", "CRITICAL", "SQL Injection", "SQL Injection in Sheet Search (judge)",
              "Use parameterized queries for the judge filter.",
              desc="The `judge` query parameter is embedded in the LIKE clause with an f-string."),
            F("SHEETS-SQLI-ORDER", "CRITICAL", "SQL Injection", "SQL Injection in Sheet Search (order)",
              "Validate the order column against a fixed list.",
              desc="The `order` query parameter is embedded in the ORDER BY clause with an f-string."),
            F("NOTE-SHELL-PRINTER", "CRITICAL", "Command Injection", "Command Injection via Printer Name",
              "Avoid `shell=True` and pass arguments as a list.", sd=-2, n=3),
            F("NOTE-SHELL-DRIVER", "HIGH", "Command Injection", "Command Injection via Stored Driver Name",
              "Do not build the shell command from database values.",
              desc="The driver's name is stored from `/deliveries` and later placed inside single quotes in the `echo` command."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Download",
              "Use `send_from_directory` or normalize the path.", sd=-2, n=3),
            F("IMPORT-YAML-UNSAFE", "HIGH", "Insecure Deserialization", "Unsafe YAML Deserialization",
              "Use `yaml.safe_load`."),
        ], wrap="list"),
        """
        **Authentication, access control and logic**
        """,
        Block([
            F("JUDGE-FAILS-OPEN", "HIGH", "Broken Authentication", "Judge Authentication Bypass When Key Is Unset",
              "Reject all requests if `JUDGE_KEY` is not configured.", sd=-2, n=3),
            F("SHEET-JUDGE-SPOOF", "MEDIUM", "Broken Authentication", "Judge Identity Can Be Spoofed",
              "Bind each judge to their own credential."),
            F("SHEET-DUPLICATE", "MEDIUM", "Logic Error", "Duplicate Judging Sheets Allowed",
              "Add a unique constraint on plot and judge."),
            F("TEAM-PHONE-LEAK", "MEDIUM", "Information Disclosure", "Captain Phone Numbers Exposed",
              "Return only public fields from the team endpoint.", sd=-2, n=3,
              desc="The endpoint is unauthenticated and returns every column of the team row."),
            F("LATE-DRAW-RACE", "MEDIUM", "Race Condition", "Race Condition in Late Plot Draw",
              "Use `_draw_lock` in `draw_late_entry` as in `draw_plots`.", d=-1,
              desc="`taken` is computed without holding the lock, so two concurrent requests can pick the same plot."),
            F("LATE-DRAW-REDRAW", "MEDIUM", "Broken Access Control", "Unauthenticated Plot Reassignment",
              "Protect the late draw endpoint."),
            F("DRAW-PREDICTABLE-SEED", "LOW", "Security Misconfiguration", "Predictable Random Seed for Plot Draw",
              "Use a cryptographically secure random source."),
            F("BOARD-STAMPEDE", "LOW", "Performance", "Leaderboard Cache Refresh Without Locking",
              "Use a lock so that only one request refreshes the cache.", d=+2),
            U({"severity": "LOW", "category": "Maintainability", "description": "Consider splitting app.py into blueprints for teams, judging and deliveries."}),
            F("DELIVERY-COUNTER-RACE", "LOW", "Race Condition", "Unsynchronized Delivery Totals",
              "Protect `_delivered` with a lock.", d=+1),
            F("UPLOAD-NO-AUTH", "MEDIUM", "Unrestricted File Upload", "Unrestricted Photo Upload",
              "Authenticate uploads and validate the file type."),
            F("DEBUG-PUBLIC", "HIGH", "Security Misconfiguration", "Debug Mode Enabled on All Interfaces",
              "Never run with `debug=True` outside development."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SHEETS-SQLI-JUDGE", "error", "security", "sql injection in /sheets judge filter", "bind params"),
            F("NOTE-SHELL-PRINTER", "error", "security", "shell injection via printer param", "no shell=True"),
            F("PHOTO-TRAVERSAL", "error", "security", "path traversal in /photos", "send_from_directory"),
            F("IMPORT-YAML-UNSAFE", "error", "security", "unsafe yaml.load", "safe_load"),
            F("JUDGE-FAILS-OPEN", "error", "security", "judge auth off when JUDGE_KEY unset", "fail closed"),
            F("LATE-DRAW-REDRAW", "warning", "security", "late draw endpoint has no auth, team can redraw", "marshal_only + reject redraw"),
            F("TEAM-PHONE-LEAK", "warning", "", "team endpoint leaks phone", "drop phone from response"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("DRAW-LAST-PLOT", "warning", "bug", "last plot never drawn", "TOTAL_PLOTS + 1"),
            F("DRAW-DROPS-TEAMS", "warning", "bug", "teams past plot count silently get no plot", "check counts"),
            F("BOARD-TOP-OFF-BY-ONE", "warning", "bug", "leaderboard returns one less than top", "[:top]"),
            F("DELIVERY-NEGATIVE-TONNES", "warning", "bug", "negative tonnes accepted", "validate"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL in the sheet search, shell in the delivery note printer, path traversal in photos.
        2. Authentication: judge key fails open and is compared in non-constant time; judge name spoofable.
        3. Concurrency: late draw, leaderboard cache, delivery counters.
        4. Correctness: draw range, leaderboard slice, delivery paging, sheet duplicates.
        """,
        Block([
            F("SHEETS-SQLI-JUDGE", "blocker", "security", "SQL injection in list_sheets through judge",
              "Use a bound LIKE parameter.", conf=0.9),
            F("SHEETS-SQLI-ORDER", "blocker", "security", "SQL injection in list_sheets through order",
              "Allow-list the sort column.", d=-1, conf=0.85),
            F("NOTE-SHELL-PRINTER", "blocker", "security", "OS command injection in print_delivery_note",
              "Use an argument list and stdin.", conf=0.9),
            F("PHOTO-TRAVERSAL", "major", "security", "Directory traversal in plot_photo", "Use send_from_directory.", conf=0.85),
            F("IMPORT-YAML-UNSAFE", "major", "security", "Unsafe YAML loading in import_teams", "Use safe_load.", conf=0.85),
            F("JUDGE-FAILS-OPEN", "major", "security", "Judge authentication disabled when JUDGE_KEY is missing",
              "Fail closed.", conf=0.85),
            F("JUDGE-KEY-TIMING", "minor", "security", "Timing-unsafe comparison of judge key",
              "Use hmac.compare_digest.", conf=0.6),
            F("SHEET-JUDGE-SPOOF", "major", "security", "Judge name taken from client header",
              "Derive the judge from the credential.", conf=0.7),
            F("SHEET-DUPLICATE", "minor", "correctness", "Duplicate sheets per judge and plot",
              "Enforce uniqueness.", d=-1, conf=0.7),
            F("TEAM-UNKNOWN-500", "minor", "correctness", "Missing 404 for unknown team", "Check the row.", conf=0.7),
            F("DRAW-LAST-PLOT", "major", "correctness", "Off-by-one in plot draw range", "Include TOTAL_PLOTS.", conf=0.85),
            F("DRAW-PREDICTABLE-SEED", "minor", "security", "Time-based seed makes the draw predictable",
              "Use SystemRandom.", conf=0.6),
            F("LATE-DRAW-RACE", "major", "concurrency", "Plot assignment in late draw is not atomic",
              "Hold _draw_lock.", d=+1, conf=0.75),
            F("BOARD-STAMPEDE", "minor", "concurrency", "Cache refresh in leaderboard is not thread-safe",
              "Lock the refresh.", d=+1, conf=0.6),
            F("BOARD-TOP-OFF-BY-ONE", "minor", "correctness", "Leaderboard top parameter off by one",
              "Slice to top.", d=-1, conf=0.75),
            F("DELIVERY-NEGATIVE-TONNES", "major", "correctness", "Unvalidated tonnes in log_delivery",
              "Reject non-positive values.", conf=0.75),
            F("DELIVERY-COUNTER-RACE", "major", "concurrency", "Shared delivery counters without synchronization",
              "Use a lock.", conf=0.7),
            F("DELIVERIES-PAGE-SKIP", "major", "correctness", "Pagination skips the first page of deliveries",
              "Compute offset from page - 1.", conf=0.8),
            F("NOTE-MISSING-ROW", "minor", "reliability", "Missing delivery causes an unhandled exception",
              "Return 404.", d=-1, conf=0.7),
            F("UPLOAD-NO-AUTH", "major", "security", "Photo upload lacks authentication", "Require a key.", conf=0.75),
            F("PLOT-POSITION-ZERO-BASED", "minor", "correctness", "Plot row/column off by one",
              "Subtract one before divmod.", d=+1, conf=0.7),
        ], wrap="object+summary", summary="21 issues: 3 blocker, 10 major, 8 minor"),
    ]),
}
