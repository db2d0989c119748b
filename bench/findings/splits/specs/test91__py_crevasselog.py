"""test91/py-crevasselog: rope teams and crevasse reports for a glacier guiding company (Python, Flask + SQLite).

Frozen test split test91, written 2026-12-06 by a helper session that had not seen the merger code, its
results, its tuning data or any other split's answers and specs (only tune2__py_snapctl.py, for the format).
Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-06 by a helper session that had not seen the merger code, its results or any other split's data. "
    "Frozen test split test91: seeded problems in a glacier guide company's rope-team and crevasse-report service; "
    "five agents' answers written by hand."
)

A = "crevasselog/app.py"
PROBLEMS = {
    "GUIDE-KEY-FAILS-OPEN": P(A, "if GUIDE_KEY and sent != GUIDE_KEY:", "security", "GUIDE_KEY unset: every guide route is open to anyone"),
    "GUIDE-KEY-TIMING": P(A, "if GUIDE_KEY and sent != GUIDE_KEY:", "security", "guide key compared with != instead of a constant-time compare"),
    "GUIDE-NAME-SPOOF": P(A, 'g.guide = request.headers.get("X-Guide-Name", "unknown")', "security", "the acting guide's name is taken from a client header: any key holder acts as any guide"),
    "TEAM-SIZE-OBO": P(A, "if len(members) > MAX_ON_ROPE + 1:", "bug", "+ 1 lets a new team start with five on a rope the rule caps at four", "off-by-one"),
    "TEAM-NUMBER-RACE": P(A, "_next_team_no = number + 1", "bug", "global team counter read and bumped without a lock: two teams get one number", "critical-section"),
    "SPACING-DIV-ZERO": P(A, 'gap = (team["rope_m"] - reserve) / (len(members) - 1)', "bug", "a team of one (or an empty member list) divides by zero: 500"),
    "ADD-MEMBER-NO-TEAM": P(A, 'members = team["members"].split(",") if team["members"] else []', "bug", "unknown team number: team is None and the handler crashes with a 500"),
    "ROPE-FULL-OBO": P(A, "if len(members) > MAX_ON_ROPE:", "bug", "> instead of >=: a fifth climber is added to a full rope of four", "off-by-one"),
    "ADD-MEMBER-LOST-UPDATE": P(A, "members.append(name)", "bug", "read-modify-write of the member list without a transaction: concurrent adds lose a climber (and overfill the rope)", "critical-section"),
    "PLAN-YAML-UNSAFE": P(A, "plan = yaml.load(text, Loader=yaml.Loader)", "security", "yaml.Loader on an uploaded plan constructs arbitrary Python objects", "signature-vs-statement"),
    "CHECKOUT-NOT-OWNER": P(A, "UPDATE teams SET status = 'on-glacier'", "security", "team's guide fetched but never compared: any guide checks out another guide's team"),
    "CHECKOUT-STATUS": P(A, "UPDATE teams SET status = 'on-glacier'", "bug", "status not checked: a returned or cancelled team is put back on the glacier and later shows as overdue"),
    "OVERDUE-NO-PLAN": P(A, 'due = r["out_at"] + r["turnaround"] * 3600', "bug", "turnaround is NULL for a team without a plan (or a string from YAML): the overdue board crashes for every team"),
    "PHOTO-UPLOAD-TRAVERSAL": P(A, "photo.save(os.path.join(PHOTO_DIR, photo_name))", "security", "client filename joined to PHOTO_DIR: ../ or an absolute name writes anywhere", "source-vs-sink"),
    "PHOTO-OVERWRITE": P(A, "photo.save(os.path.join(PHOTO_DIR, photo_name))", "bug", "photos stored under the phone's filename: IMG_0001.jpg from two guides overwrite each other"),
    "CONDITIONS-CACHE-RACE": P(A, "if cached and cached[0] > time.time() - CONDITIONS_TTL:", "bug", "zone cache checked, filled and counted outside _cache_lock: racy hit counter and duplicate queries", "critical-section"),
    "PAGE-SIZE-UNBOUNDED": P(A, 'size = int(request.args.get("size", PAGE_SIZE))', "performance", "size has no upper bound: one request reads the whole crevasse table"),
    "PAGE-OFFSET-OBO": P(A, "offset = page * size", "bug", "pages count from 1 but the offset from 0: the first page is never returned", "off-by-one"),
    "SORT-SQLI": P(A, "ORDER BY {sort} DESC", "security", "sort query value formatted into the SQL", "source-vs-sink"),
    "CARD-NOTES-XSS": P(A, "{row['notes']}</p>", "security", "crevasse notes rendered into HTML unescaped (zone and reporter are escaped)"),
    "CARD-PHOTO-XSS": P(A, "<img src='/photos/{row['photo']}'", "security", "stored photo filename put unescaped into a single-quoted src attribute"),
    "PHOTO-READ-TRAVERSAL": P(A, "return send_file(os.path.join(PHOTO_DIR, name))", "security", "path: converter joined to PHOTO_DIR and sent: files outside the photo folder can be read", "signature-vs-statement"),
    "DELETE-NO-AUTH": P(A, 'db.execute("DELETE FROM crevasses WHERE id = ?", (cid,))', "security", "DELETE /crevasses/<id> has no decorator: anyone deletes crevasse reports", "signature-vs-statement"),
    "MAP-OUT-TRAVERSAL": P(A, 'out = os.path.join(MAP_DIR, f"{zone}.gpx")', "security", "zone joined into the output path: ../ writes and then serves a file outside MAP_DIR"),
    "MAP-SHELL-INJECTION": P(A, 'subprocess.run(f"crevmap --zone {zone} --out {out}", shell=True, check=True)', "security", "form zone formatted into a shell command", "source-vs-sink"),
    "ROPE-NOT-FOUND": P(A, 'falls = rope["falls"] + 1', "bug", "unknown rope id: rope is None and the fall report fails with a 500"),
    "ROPE-FALL-LOST-UPDATE": P(A, 'falls = rope["falls"] + 1', "bug", "fall count read then written back: two reports at once record one fall and the rope is not retired", "critical-section"),
    "ROPE-RETIRE-OBO": P(A, "retire = falls > MAX_FALLS", "bug", "> instead of >=: a rope is retired on its third hard fall, not its second", "off-by-one"),
    "DEBUG-ON": P(A, 'app.run(host="0.0.0.0", port=8080, debug=True)', "security", "Werkzeug debugger enabled on all interfaces"),
}

CONFUSABLE = [
    ("GUIDE-KEY-FAILS-OPEN", "GUIDE-KEY-TIMING"),
    ("GUIDE-KEY-FAILS-OPEN", "GUIDE-NAME-SPOOF"),
    ("TEAM-SIZE-OBO", "TEAM-NUMBER-RACE"),
    ("ADD-MEMBER-NO-TEAM", "ROPE-FULL-OBO"),
    ("ROPE-FULL-OBO", "ADD-MEMBER-LOST-UPDATE"),
    ("CHECKOUT-NOT-OWNER", "CHECKOUT-STATUS"),
    ("PHOTO-UPLOAD-TRAVERSAL", "PHOTO-OVERWRITE"),
    ("PAGE-SIZE-UNBOUNDED", "PAGE-OFFSET-OBO"),
    ("PAGE-OFFSET-OBO", "SORT-SQLI"),
    ("CARD-NOTES-XSS", "CARD-PHOTO-XSS"),
    ("MAP-OUT-TRAVERSAL", "MAP-SHELL-INJECTION"),
    ("ROPE-NOT-FOUND", "ROPE-FALL-LOST-UPDATE"),
    ("ROPE-FALL-LOST-UPDATE", "ROPE-RETIRE-OBO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        `crevasselog/app.py` is a single Flask module: rope teams, route plans, check-out and the overdue board for the
        office, and crevasse reports with photos, a public listing, an HTML card and a GPX map export. I read all of it.

        | Priority | Area | Why |
        |---|---|---|
        | 1 | Guide auth, `/photos`, `DELETE /crevasses`, map export, YAML plans | unauthenticated or injectable entry points |
        | 2 | Rope limits and rope retirement | safety rules enforced one too late |
        | 3 | Team numbers, member lists, fall counts, zone cache | races between concurrent requests |
        | 4 | Listing, card, overdue board | SQL injection, XSS, paging, crashes |

        Done well: `office_only` fails closed and uses `hmac.compare_digest`; every query except the listing's
        `ORDER BY` binds its values; the crevasse report drops the zone from the cache under `_cache_lock`;
        `MAX_CONTENT_LENGTH` caps uploads; `close_db` always closes the connection.

        Security first:
        """,
        Block([
            F("GUIDE-KEY-FAILS-OPEN", "critical", "security", "`guide_key` lets every request through when `GUIDE_KEY` is unset",
              "Refuse to start (or answer 503) without `GUIDE_KEY`; `if not GUIDE_KEY or ...` like `office_only` does.",
              symbol="guide_key.wrapper", conf=0.9),
            F("GUIDE-KEY-TIMING", "low", "security", "Guide key compared with `!=` (timing side channel)",
              "Use `hmac.compare_digest(sent or \"\", GUIDE_KEY)`.", symbol="guide_key.wrapper", conf=0.55),
            F("GUIDE-NAME-SPOOF", "high", "security", "Acting guide is whatever `X-Guide-Name` says",
              "Issue one key per guide and derive the name from the key; the shared key plus a free header means reports, team ownership and check-outs can be attributed to anyone.",
              symbol="guide_key.wrapper", conf=0.8),
            F("PLAN-YAML-UNSAFE", "critical", "security", "Route plans are parsed with `yaml.Loader`",
              "Use `yaml.safe_load(text)`; the full loader builds arbitrary Python objects from tags such as `!!python/object/apply`.",
              symbol="parse_route_plan", conf=0.95),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "Uploaded photo saved under the client's filename",
              "Generate the stored name (`uuid4().hex + ext`) or at least `secure_filename()`; `../../app/crevasselog/app.py` is a valid multipart filename.",
              symbol="report_crevasse", conf=0.9),
            F("SORT-SQLI", "high", "security", "`sort` is interpolated into `ORDER BY`",
              "Map `sort` through an allow-list (`{\"seen_at\", \"width_m\", \"zone\"}`) before building the SQL.",
              symbol="list_crevasses", conf=0.9),
            F("CARD-NOTES-XSS", "high", "security", "Crevasse notes rendered without escaping",
              "Wrap `row['notes']` in `escape()` like the zone and reporter on the same lines, or render a template.",
              symbol="crevasse_card", conf=0.85),
            F("CARD-PHOTO-XSS", "medium", "security", "Photo filename breaks out of the `src` attribute",
              "Escape (and URL-quote) `row['photo']`; a filename containing `'` ends the attribute.",
              symbol="crevasse_card", conf=0.7),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "`/photos/<path:name>` serves any file the process can read",
              "Use `send_from_directory(PHOTO_DIR, name)`, which rejects paths that leave the directory.",
              symbol="photo", conf=0.85),
            F("DELETE-NO-AUTH", "high", "security", "Deleting a crevasse report needs no key at all",
              "Add `@office_only` (or at least `@guide_key`); removing a report hides a known hazard from every team.",
              d=-2, symbol="delete_crevasse", conf=0.9),
            F("MAP-SHELL-INJECTION", "high", "security", "Map export runs a shell command built from the form",
              "Call `subprocess.run([\"crevmap\", \"--zone\", zone, \"--out\", out], check=True, timeout=60)` and validate `zone` against known zones.",
              symbol="export_map", conf=0.85),
            F("MAP-OUT-TRAVERSAL", "medium", "security", "Export path built from `zone` can leave `MAP_DIR`",
              "Validate the zone name (`[a-z0-9-]+`); `send_file(out)` then returns whatever path was written.",
              symbol="export_map", conf=0.6),
            F("CHECKOUT-NOT-OWNER", "medium", "security", "Any guide can check out any team",
              "Compare `team[\"guide\"]` with `g.guide` before the update; the row is fetched but the guide is never used.",
              symbol="check_out", conf=0.7),
            F("DEBUG-ON", "high", "security", "Debugger enabled on 0.0.0.0",
              "Never ship `debug=True`; the Werkzeug console is remote code execution. Run under gunicorn.", conf=0.9),
        ]),
        "Correctness, safety rules and concurrency:",
        Block([
            F("TEAM-SIZE-OBO", "high", "bug", "New team accepts five people on one rope",
              "`if len(members) > MAX_ON_ROPE:`; the `+ 1` contradicts the four-per-rope rule stated next to the constant.",
              symbol="create_team", conf=0.85),
            F("ROPE-FULL-OBO", "high", "bug", "`add_member` adds a fifth climber to a full rope",
              "Use `>=`: with four members `4 > 4` is false, so the append goes through.",
              symbol="add_member", conf=0.85),
            F("ADD-MEMBER-NO-TEAM", "medium", "bug", "`add_member` crashes on an unknown team",
              "Return 404 when `team is None`, as `check_out` does.", symbol="add_member", conf=0.8),
            F("ADD-MEMBER-LOST-UPDATE", "medium", "bug", "Member list updated read-modify-write",
              "Do the read and the write in one transaction (`BEGIN IMMEDIATE`) or store members in their own table; two guides adding at once lose one name and bypass the limit.",
              d=1, symbol="add_member", conf=0.65),
            F("TEAM-NUMBER-RACE", "medium", "bug", "Team numbers come from an unlocked global counter",
              "Let SQLite assign the number (`INTEGER PRIMARY KEY`) or hold a lock around read and increment; threaded workers can hand out one number twice.",
              symbol="create_team", conf=0.7),
            F("CHECKOUT-STATUS", "medium", "bug", "Check-out does not look at the team's status",
              "Only allow `planned` -> `on-glacier`; a returned team checked out again reappears on the overdue board.",
              symbol="check_out", conf=0.6),
            F("OVERDUE-NO-PLAN", "high", "bug", "Overdue board fails when a team has no turnaround",
              "Skip or flag teams without a plan and validate `turnaround` as a number in `upload_plan`; one NULL (or `\"14:00\"` from YAML) breaks the board for every team on the glacier.",
              symbol="overdue", conf=0.8),
            F("CONDITIONS-CACHE-RACE", "low", "bug", "Zone cache read and filled outside `_cache_lock`",
              "Take `_cache_lock` around the lookup, the hit counter and the store; the lock exists and the report handler already uses it.",
              d=-1, n=2, symbol="zone_conditions", conf=0.6),
            F("PAGE-OFFSET-OBO", "medium", "bug", "Listing skips the first page",
              "`offset = (page - 1) * size` (and reject `page < 1`).", symbol="list_crevasses", conf=0.85),
            F("ROPE-FALL-LOST-UPDATE", "medium", "bug", "Fall count can lose a concurrent report",
              "`UPDATE ropes SET falls = falls + 1 ... RETURNING falls`; the read-then-write can record one fall for two.",
              d=-1, symbol="record_fall", conf=0.65),
            F("ROPE-RETIRE-OBO", "high", "bug", "Rope retired one fall too late",
              "`falls >= MAX_FALLS`; the comment says the second hard fall retires the rope.",
              symbol="record_fall", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("PLAN-YAML-UNSAFE", "critical", "security", "parse_route_plan: yaml.Loader on request body",
              "yaml.safe_load.", d=-2),
            F("GUIDE-KEY-FAILS-OPEN", "high", "security", "guide_key is a no-op without GUIDE_KEY", "fail closed."),
            F("GUIDE-NAME-SPOOF", "high", "security", "guide identity from X-Guide-Name header", "bind name to key."),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "photo.filename used as path", "secure_filename or generated name.", d=-1),
            F("SORT-SQLI", "high", "security", "?sort= concatenated into ORDER BY", "allow-list columns.", d=-1),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "GET /photos/<path:name> traversal", "send_from_directory.", d=-1),
            F("DELETE-NO-AUTH", "high", "security", "DELETE /crevasses/<cid> unauthenticated", "add @office_only.", d=-3),
            F("MAP-SHELL-INJECTION", "high", "security", "shell=True with form zone", "argv list.", d=-2),
            F("TEAM-SIZE-OBO", "medium", "bug", "MAX_ON_ROPE + 1 allows 5", "drop + 1.", d=1),
            F("ADD-MEMBER-NO-TEAM", "medium", "bug", "add_member: None team -> TypeError", "404."),
            F("SPACING-DIV-ZERO", "medium", "bug", "rope_spacing divides by len(members) - 1", "guard len < 2."),
            F("ROPE-NOT-FOUND", "medium", "bug", "record_fall: rope None -> TypeError", "404 on unknown rope."),
            F("ROPE-RETIRE-OBO", "medium", "bug", "retire condition off by one", ">= MAX_FALLS.", d=1),
            F("PAGE-OFFSET-OBO", "low", "bug", "page=1 returns rows 26-50", "(page - 1) * size.", d=-2),
            F("CONDITIONS-CACHE-RACE", "low", "bug", "_cache_hits += 1 without lock", "use _cache_lock.", d=1),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `crevasselog` application, a Flask service used by a glacier guiding company to
        manage rope teams and to record crevasse reports on the glacier.

        **Overall assessment**

        The application handles safety-relevant data (who is on which rope, where the crevasses are), so both its
        security and its correctness matter. The authentication model is weak: guide requests are protected only by
        a single shared key that is not enforced when it is missing, and the identity of the guide is taken from a
        header. Several endpoints pass user input into the filesystem, the shell, SQL or HTML.

        **Security findings**
        """,
        Block([
            F("GUIDE-KEY-FAILS-OPEN", "CRITICAL", "Broken Authentication", "Authentication Bypass When GUIDE_KEY Is Not Configured",
              "Treat a missing key as a configuration error.", sd=-2, n=3,
              desc="The decorator only checks the key `if GUIDE_KEY`, so a deployment without the environment variable accepts every request to the guide endpoints."),
            F("GUIDE-KEY-TIMING", "LOW", "Broken Authentication", "Non-Constant-Time Key Comparison",
              "Use `hmac.compare_digest` as in `office_only`."),
            F("PLAN-YAML-UNSAFE", "CRITICAL", "Insecure Deserialization", "Unsafe YAML Deserialization of Route Plans",
              "Use `yaml.safe_load`.", sd=-2, n=3,
              desc="`yaml.load` with `yaml.Loader` can instantiate arbitrary Python objects, which leads to remote code execution via a crafted plan upload."),
            F("PHOTO-UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Crevasse Photo Upload",
              "Sanitize the filename with `werkzeug.utils.secure_filename`.", sd=-2, n=3),
            F("SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via the sort Parameter",
              "Validate `sort` against a list of allowed columns.", sd=-2, n=3),
            F("PHOTO-READ-TRAVERSAL", "HIGH", "Path Traversal", "Arbitrary File Read via the Photos Endpoint",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("MAP-SHELL-INJECTION", "HIGH", "Command Injection", "OS Command Injection in Map Export",
              "Avoid `shell=True`.", sd=-2, n=3),
            F("CARD-PHOTO-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Photo Name in Crevasse Card",
              "Escape all values inserted into HTML."),
            F("DEBUG-ON", "HIGH", "Security Misconfiguration", "Flask Debug Mode Enabled",
              "Disable debug mode in production."),
        ], wrap="list"),
        """
        **Reliability and concurrency findings**
        """,
        Block([
            U({"severity": "LOW", "category": "Style", "description": "The module is long; consider splitting routes into blueprints."}),
            F("TEAM-NUMBER-RACE", "MEDIUM", "Race Condition", "Race Condition in Team Number Generation",
              "Use a database sequence.", d=-1, sd=-3, n=3,
              desc="Two concurrent requests can read the same `_next_team_no` before either increments it."),
            F("ROPE-FULL-OBO", "HIGH", "Logic Error", "Rope Capacity Check Allows One Extra Climber",
              "Use `>=` in the capacity check.", d=2, sd=0, n=3),
            F("ADD-MEMBER-LOST-UPDATE", "MEDIUM", "Race Condition", "Lost Update When Adding Rope Members",
              "Use a transaction.", sd=-2, n=3),
            F("OVERDUE-NO-PLAN", "HIGH", "Error Handling", "Overdue Check Fails for Teams Without Turnaround",
              "Handle a missing turnaround value."),
            F("CONDITIONS-CACHE-RACE", "MEDIUM", "Race Condition", "Unsynchronized Access to the Conditions Cache",
              "Protect the cache with `_cache_lock`.", sd=-1, n=3,
              desc="`_conditions_cache` and `_cache_hits` are read and written from multiple request threads without holding the lock, while the report endpoint does hold it."),
            F("PAGE-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Crevasse Listing",
              "Clamp `size` to a maximum such as 100."),
            F("ROPE-FALL-LOST-UPDATE", "MEDIUM", "Race Condition", "Race Condition When Recording Rope Falls",
              "Increment in SQL.", d=2, sd=0, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("GUIDE-KEY-FAILS-OPEN", "high", "security", "guide key check skipped when env var missing", "fail closed"),
            F("PLAN-YAML-UNSAFE", "high", "security", "yaml.load with full loader", "safe_load"),
            F("PHOTO-UPLOAD-TRAVERSAL", "high", "security", "upload filename not sanitized", "secure_filename", d=-1),
            F("SORT-SQLI", "high", "security", "sql injection in list_crevasses sort", "whitelist"),
            F("CARD-NOTES-XSS", "medium", "security", "notes not escaped in card", "escape()"),
            F("DELETE-NO-AUTH", "high", "", "delete route has no auth", "add decorator"),
            F("MAP-SHELL-INJECTION", "high", "security", "command injection in export_map", "no shell"),
            F("DEBUG-ON", "medium", "security", "debug=True", "turn off"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("PAGE-OFFSET-OBO", "low", "bug", "first page skipped", "page - 1"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. The guide authentication can be disabled by configuration and spoofed by a header.
        2. Several inputs reach YAML, the filesystem, SQL and the shell without validation.
        3. Rope capacity and rope retirement limits are off by one.
        4. Shared state (team counter, zone cache, fall counts) is updated without synchronisation.
        5. Debug mode is enabled.
        """,
        Block([
            F("GUIDE-KEY-FAILS-OPEN", "blocker", "security", "Guide authentication disabled when GUIDE_KEY is missing",
              "Fail closed when the key is not configured.", conf=0.9),
            F("GUIDE-NAME-SPOOF", "major", "security", "Guide identity can be spoofed via X-Guide-Name",
              "Derive identity from the credential.", conf=0.8),
            F("TEAM-NUMBER-RACE", "major", "concurrency", "Team number counter is not thread-safe",
              "Use a lock or the database.", d=3, conf=0.7),
            F("ROPE-FULL-OBO", "major", "correctness", "Off-by-one in rope capacity check lets a fifth member join",
              "Use >= MAX_ON_ROPE.", d=-1, conf=0.8),
            F("PLAN-YAML-UNSAFE", "blocker", "security", "Unsafe YAML load of route plan",
              "Use yaml.safe_load.", conf=0.9),
            F("CHECKOUT-NOT-OWNER", "major", "security", "Missing ownership check on team check-out",
              "Verify the guide owns the team.", conf=0.7),
            F("PHOTO-UPLOAD-TRAVERSAL", "major", "security", "Path traversal in photo upload",
              "Sanitize the file name.", conf=0.8),
            F("PHOTO-OVERWRITE", "minor", "correctness", "Photos with the same file name overwrite each other",
              "Store photos under a generated unique name.", conf=0.6),
            F("CONDITIONS-CACHE-RACE", "minor", "performance", "Cache stampede: concurrent misses run the same query",
              "Hold the cache lock while filling the entry.", d=3, conf=0.5),
            F("PAGE-OFFSET-OBO", "major", "correctness", "Pagination offset skips the first page",
              "Subtract one from page.", conf=0.8),
            F("SORT-SQLI", "blocker", "security", "SQL injection through ORDER BY column",
              "Whitelist sortable columns.", d=1, conf=0.85),
            F("PHOTO-READ-TRAVERSAL", "major", "security", "Directory traversal when serving photos",
              "Use send_from_directory.", d=-1, conf=0.8),
            F("DELETE-NO-AUTH", "major", "security", "Unauthenticated crevasse deletion",
              "Require the office key.", conf=0.85),
            F("MAP-SHELL-INJECTION", "blocker", "security", "Shell injection in map export",
              "Pass arguments as a list.", conf=0.85),
            F("ROPE-FALL-LOST-UPDATE", "major", "concurrency", "Rope fall counter lost update",
              "Use an atomic UPDATE.", conf=0.7),
            F("ROPE-RETIRE-OBO", "major", "correctness", "Rope retirement threshold off by one",
              "Retire when falls >= MAX_FALLS.", conf=0.8),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 10 major, 2 minor"),
    ]),
}
