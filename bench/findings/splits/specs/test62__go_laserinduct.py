"""test62/go-laserinduct: a hackspace's laser-cutter induction register and session runner (Go, net/http + pgx).
Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's
answers (only splits/README.md's general and test37 sections, the builders and specs/tune2__py_snapctl.py
for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results or any other split's "
    "answers. Frozen test split test62: seeded problems in a hackspace's laser-cutter induction register; five "
    "agents' answers written by hand."
)

M = "main.go"
PROBLEMS = {
    "MEMBER-FAILS-OPEN": P(M, 'if s.memberKey != "" && r.Header.Get("X-Member-Key") != s.memberKey {', "security", "memberOnly lets everyone in when MEMBER_KEY is unset"),
    "INDUCT-DECODE-IGNORED": P(M, "_ = json.NewDecoder(r.Body).Decode(&req)", "bug", "induction body decode error discarded: a bad body records an empty induction", "signature-vs-statement"),
    "INDUCT-TRAINER-SPOOF": P(M, '"SELECT is_trainer FROM members WHERE handle = $1", req.Trainer', "security", "the trainer is whoever the body names: any member signs off anyone"),
    "INDUCT-TRAINER-WRONG-MACHINE": P(M, '"SELECT is_trainer FROM members WHERE handle = $1", req.Trainer', "security", "is_trainer is global: a trainer on another machine can induct on the laser"),
    "INDUCTION-EXPIRY": P(M, "return days <= inductionValidDays, nil", "bug", "<= keeps an induction valid on day 365, a day past its year", "off-by-one"),
    "MATERIAL-CASE": P(M, "if bannedMaterials[sess.Material] {", "bug", "banned-material lookup is case- and space-sensitive: \"pvc\" is cut"),
    "MATERIAL-DENYLIST": P(M, "if bannedMaterials[sess.Material] {", "bug", "deny-list: any material not named exactly (\"PVC foam\", \"ABS\") is allowed"),
    "BUSY-RACE": P(M, "s.active[machine] = &sess", "bug", "busy check and map write without s.mu: two members start one machine, concurrent map write", "critical-section"),
    "TUBE-RACE": P(M, "s.tubeMinutes[machine] += minutes", "bug", "autoStop updates tubeMinutes and active from a goroutine without s.mu", "critical-section"),
    "AUTOSTOP-WRONG-SESSION": P(M, "delete(s.active, machine)", "bug", "the timer removes whatever session is running then: a later member's session is cut off", "signature-vs-statement", nth=0),
    "RELAY-OFF-IGNORED": P(M, '_ = exec.Command("relay-ctl", "off", machine).Run()', "bug", "relay-off error ignored in autoStop: the laser can stay powered"),
    "STATUS-RACE": P(M, 'out[m] = map[string]any{"member": sess.Member', "bug", "status ranges over active and encodes tubeMinutes without s.mu", "critical-section"),
    "UPLOAD-UNBOUNDED": P(M, "data, _ := io.ReadAll(r.Body)", "security", "job upload read whole with no size limit"),
    "UPLOAD-TRAVERSAL": P(M, "if err := os.WriteFile(dst, data, 0o644); err != nil {", "security", "name query value joined into the job path: ../ writes outside jobDir", "source-vs-sink"),
    "PREVIEW-SHELL": P(M, 'exec.Command("sh", "-c", "laser-preview --dpi 96 "+filepath.Join(jobDir, job))', "security", "job path value run through sh -c", "signature-vs-statement"),
    "PREVIEW-NO-TIMEOUT": P(M, 'exec.Command("sh", "-c", "laser-preview --dpi 96 "+filepath.Join(jobDir, job))', "performance", "preview process has no timeout or context: a hung renderer holds the request forever"),
    "HISTORY-SQLI": P(M, "rows, err := s.db.Query(query, machine)", "security", "order query value appended to ORDER BY", "source-vs-sink"),
    "ROWS-NOT-CLOSED": P(M, "rows, err := s.db.Query(query, machine)", "bug", "rows never closed (and the early break leaks the connection)"),
    "ERR-LEAK": P(M, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "database error text returned to the client"),
    "SCAN-IGNORED": P(M, "rows.Scan(&x.Member, &x.Material, &x.Started, &x.Minutes)", "bug", "Scan error ignored: zero-valued rows in the history"),
    "HISTORY-LIMIT": P(M, "if len(out) > historyLimit {", "bug", "> lets 51 rows through before the break", "off-by-one"),
    "NO-TIMEOUTS": P(M, 'log.Fatal(http.ListenAndServe(":8062", mux))', "security", "http.ListenAndServe without read/write timeouts"),
}

CONFUSABLE = [
    ("INDUCT-DECODE-IGNORED", "INDUCT-TRAINER-SPOOF"),
    ("INDUCT-TRAINER-SPOOF", "INDUCT-TRAINER-WRONG-MACHINE"),
    ("MATERIAL-CASE", "MATERIAL-DENYLIST"),
    ("TUBE-RACE", "AUTOSTOP-WRONG-SESSION"),
    ("AUTOSTOP-WRONG-SESSION", "RELAY-OFF-IGNORED"),
    ("UPLOAD-UNBOUNDED", "UPLOAD-TRAVERSAL"),
    ("PREVIEW-SHELL", "PREVIEW-NO-TIMEOUT"),
    ("HISTORY-SQLI", "ROWS-NOT-CLOSED"),
    ("HISTORY-SQLI", "ERR-LEAK"),
    ("SCAN-IGNORED", "HISTORY-LIMIT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `main.go`, the whole of `laserinduct`: an induction register (trainer sign-off, yearly expiry, admin
        revocation) and a session runner that switches the cutter's relay on and off and tracks tube wear.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 6 |
        | medium | 5 |
        | low | 2 |

        The shape of the problems: the shared `sync.Mutex` is only taken in `handleStop`, so `handleStart`, `autoStop`
        and `handleStatus` all touch the `active` and `tubeMinutes` maps unguarded; the induction sign-off trusts the
        body for who the trainer is; the history and preview handlers pass request values to SQL and a shell.

        Done right: `adminOnly` fails closed with `subtle.ConstantTimeCompare`; `handleStop` holds the lock with a
        deferred unlock; session length is bounded (1..120); the member segment of the upload path is reduced with
        `filepath.Base`; the relay-on error is logged.
        """,
        Block([
            F("HISTORY-SQLI", "critical", "security", "SQL injection through `order` in the session history",
              "Map `order` to a fixed set of ORDER BY clauses.", symbol="Server.handleHistory", conf=0.95),
            F("PREVIEW-SHELL", "critical", "security", "Job name reaches `sh -c` in the preview",
              "`exec.CommandContext(ctx, \"laser-preview\", \"--dpi\", \"96\", path)` with a path checked to stay in `jobDir`.",
              symbol="Server.handlePreview", conf=0.9),
            F("UPLOAD-TRAVERSAL", "high", "security", "Upload `name` can escape `jobDir`",
              "`filepath.Base(name)` like the member segment, and reject names that change under `filepath.Clean`.",
              d=-1, symbol="Server.handleUpload", conf=0.85),
            F("INDUCT-TRAINER-SPOOF", "high", "security", "Any member can sign off an induction by naming a trainer",
              "Authenticate the trainer (their own key or session), don't take the handle from the body.",
              symbol="Server.handleInduct", conf=0.85),
            F("INDUCT-DECODE-IGNORED", "medium", "bug", "Decode error in `handleInduct` is discarded",
              "Return 400 on a decode error and require member and machine.", symbol="Server.handleInduct", conf=0.75),
            F("MATERIAL-CASE", "high", "bug", "Banned-material check is exact-match only",
              "Normalise with `strings.ToUpper(strings.TrimSpace(...))` before the lookup.",
              symbol="Server.handleStart", conf=0.8),
            F("MEMBER-FAILS-OPEN", "high", "security", "`memberOnly` is disabled when `MEMBER_KEY` is empty",
              "Fail closed like `adminOnly`.", symbol="Server.memberOnly", conf=0.9),
        ]),
        "Concurrency and bookkeeping:",
        Block([
            F("BUSY-RACE", "high", "bug", "`handleStart` checks and writes `s.active` without `s.mu`",
              "Hold `s.mu` from the busy check to the map write; as written two requests both see the machine free, and concurrent map writes crash the process.",
              symbol="Server.handleStart", conf=0.85),
            F("TUBE-RACE", "medium", "bug", "`autoStop` mutates shared maps without the lock",
              "Take `s.mu` around the update and the delete.", symbol="Server.autoStop", conf=0.8),
            F("AUTOSTOP-WRONG-SESSION", "high", "bug", "The auto-stop timer can end a different member's session",
              "Give each session an id (or a cancel channel) and only stop the session the timer was started for; use `time.AfterFunc` and stop it in `handleStop`.",
              symbol="Server.autoStop", conf=0.75),
            F("STATUS-RACE", "medium", "bug", "`handleStatus` iterates `s.active` without the lock",
              "Copy both maps under `s.mu`, encode the copy.", d=-1, symbol="Server.handleStatus", conf=0.75),
            F("INDUCTION-EXPIRY", "low", "bug", "Induction still valid on day 365",
              "`days < inductionValidDays`.", symbol="Server.inducted", conf=0.6),
            F("ROWS-NOT-CLOSED", "medium", "bug", "History rows are never closed",
              "`defer rows.Close()` right after the error check; the early `break` otherwise leaks a connection.",
              symbol="Server.handleHistory", conf=0.85),
            F("HISTORY-LIMIT", "low", "bug", "History returns 51 rows, not 50",
              "Check `len(out) == historyLimit` before appending, or LIMIT in SQL.", symbol="Server.handleHistory", conf=0.7),
            F("NO-TIMEOUTS", "medium", "security", "Server has no timeouts",
              "Use an `http.Server` with `ReadHeaderTimeout`, `ReadTimeout`, `WriteTimeout`.", symbol="main", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "go vet / race detector not run.",
        Block([
            F("HISTORY-SQLI", "critical", "security", "handleHistory: ?order concatenated into SQL", "allow-list ORDER BY", d=-2),
            F("PREVIEW-SHELL", "critical", "security", "handlePreview runs sh -c with the job path value", "exec without shell", d=-2),
            F("UPLOAD-TRAVERSAL", "high", "security", "?name unsanitized in upload path", "filepath.Base + check prefix", d=-3),
            F("INDUCT-DECODE-IGNORED", "medium", "bug", "handleInduct ignores Decode error", "400 on error", d=-2),
            F("AUTOSTOP-WRONG-SESSION", "high", "bug", "autoStop deletes whatever session is active after sleep", "per-session cancel", d=-3),
            F("BUSY-RACE", "high", "bug", "data race on s.active in handleStart", "lock s.mu", d=1),
            F("INDUCTION-EXPIRY", "low", "bug", "expiry allows day 365", "days < inductionValidDays", d=-1),
            F("ERR-LEAK", "medium", "security", "db error returned to client", "generic message"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the `laserinduct` service. It manages inductions for the hackspace laser cutter and
        controls the cutter's power relay, so both security and safety issues matter here.

        **Security Vulnerabilities**
        """,
        Block([
            F("PREVIEW-SHELL", "CRITICAL", "Command Injection", "Command Injection in Job Preview",
              "Do not use `sh -c`; call the binary directly.", sd=-2, n=3,
              desc="The job path value is concatenated into a shell command line."),
            F("HISTORY-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Session History Ordering",
              "Validate the order parameter.", sd=-2, n=3),
            F("ERR-LEAK", "MEDIUM", "Information Disclosure", "Database Errors Exposed to Users",
              "Log the error server-side.", sd=-2, n=3),
            F("UPLOAD-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Job Upload",
              "Sanitize the name parameter.", sd=-2, n=3),
            F("UPLOAD-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Upload Size",
              "Wrap the body in `http.MaxBytesReader`.", sd=-1, n=3),
            F("INDUCT-TRAINER-WRONG-MACHINE", "MEDIUM", "Broken Access Control", "Trainer Status Not Checked Per Machine",
              "Check that the trainer is a trainer for the requested machine.", sd=-2, n=3,
              desc="`is_trainer` is looked up by handle only, so a trainer for any tool can sign off laser inductions."),
            F("MEMBER-FAILS-OPEN", "HIGH", "Broken Authentication", "Member Authentication Disabled When Key Unset",
              "Refuse requests when the key is not configured.", sd=-2, n=3),
        ], wrap="list"),
        """
        **Safety, Concurrency and Reliability**
        """,
        Block([
            F("MATERIAL-DENYLIST", "HIGH", "Safety", "Banned Material Check Uses a Deny-List",
              "Use an allow-list of approved materials.", sd=-2, n=3,
              desc="Anything not spelled exactly as a key in `bannedMaterials` is allowed, including variants such as \"PVC foam board\"."),
            F("BUSY-RACE", "HIGH", "Race Condition", "Race Condition When Starting a Session",
              "Guard `s.active` with the mutex.", d=2, sd=0, n=3),
            F("TUBE-RACE", "MEDIUM", "Concurrency", "Unsynchronized Map Updates in autoStop",
              "Lock the mutex in autoStop.", sd=-1, n=3),
            F("AUTOSTOP-WRONG-SESSION", "HIGH", "Safety", "Auto-Stop May Cut Power to a Later Session",
              "Track session identity in the timer.", d=1, sd=-1, n=3),
            F("STATUS-RACE", "MEDIUM", "Race Condition", "Status Endpoint Reads Shared Maps Without Lock",
              "Take a snapshot under the lock.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Documentation", "suggestion": "Document the relay-ctl contract."}),
            F("SCAN-IGNORED", "LOW", "Error Handling", "Scan Errors Ignored in History",
              "Check the error returned by `rows.Scan`.", sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("PREVIEW-SHELL", "high", "security", "shell injection in preview", "no sh -c"),
            F("PREVIEW-NO-TIMEOUT", "medium", "", "preview command has no timeout", "exec.CommandContext with timeout"),
            F("TUBE-RACE", "medium", "bug", "autoStop writes maps without lock", "s.mu.Lock()", d=1),
            F("RELAY-OFF-IGNORED", "high", "bug", "relay off error ignored, laser may stay on", "check err, alert"),
            F("ROWS-NOT-CLOSED", "low", "bug", "rows not closed", "defer rows.Close()"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Injection in the history and preview handlers.
        2. Induction sign-off can be forged.
        3. Shared maps are accessed without the mutex in several handlers.
        4. Off-by-one errors in expiry and history limit.
        5. Operational issues: no server timeouts.
        """,
        Block([
            F("HISTORY-SQLI", "blocker", "security", "SQL injection via order parameter",
              "Use a whitelist.", d=-1, conf=0.9),
            F("INDUCT-TRAINER-SPOOF", "blocker", "security", "Trainer identity taken from the request body",
              "Authenticate trainers.", conf=0.8),
            F("INDUCT-DECODE-IGNORED", "minor", "reliability", "JSON decode error ignored when recording induction",
              "Handle the error.", d=2, sd=0, conf=0.6),
            F("MATERIAL-CASE", "major", "safety", "Material check is case sensitive",
              "Normalize the material name.", conf=0.8),
            F("BUSY-RACE", "major", "concurrency", "Concurrent map access when starting a machine",
              "Lock s.mu.", d=1, conf=0.8),
            F("STATUS-RACE", "major", "concurrency", "Machine status reads maps without locking",
              "Lock s.mu while reading.", d=2, conf=0.7),
            F("HISTORY-LIMIT", "minor", "correctness", "History limit off by one",
              "Use >=.", d=-1, conf=0.6),
            F("SCAN-IGNORED", "minor", "correctness", "Ignored rows.Scan error",
              "Check the error.", conf=0.6),
            F("NO-TIMEOUTS", "major", "security", "HTTP server without timeouts",
              "Configure timeouts.", conf=0.7),
        ], wrap="object+summary", summary="9 issues: 2 blocker, 4 major, 3 minor"),
    ]),
}
