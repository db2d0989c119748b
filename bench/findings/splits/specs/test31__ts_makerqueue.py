"""test31/ts-makerqueue: a public library's 3D-printer job queue and filament ledger (TypeScript, Express 4 + pg).

Frozen test split test31, written 2026-12-03 by a helper session that had not seen the merger code, its tuning
set, its scores or any other split's answers, specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its tuning set, its scores or any "
    "other split's answers. Frozen test split (test31): seeded problems in a library makerspace's 3D-printer queue "
    "and filament ledger; five agents' answers written by hand."
)

S = "src/server.ts"
LG = "src/ledger.ts"
PR = "src/printers.ts"
SL = "src/slicer.ts"

PROBLEMS = {
    "STAFF-KEY-QUERY": P(S, 'const key = req.header("x-staff-key") ?? req.query.key;', "security",
                         "the staff key is also accepted from the query string (?key=), where it lands in logs, history and Referer"),
    "STAFF-FAILS-OPEN": P(S, "if (key !== STAFF_KEY) {", "security",
                          "STAFF_KEY unset: undefined !== undefined is false, so a request with no key passes staffOnly"),
    "PATRON-HEADER-CRASH": P(S, 'req.header("authorization")!.slice', "bug",
                             "non-null assertion on a missing Authorization header: TypeError inside an async handler, which Express 4 never answers"),
    "PATRON-JWT-UNVERIFIED": P(S, "const claims = jwt.decode(token) as Patron;", "security",
                               "jwt.decode does not verify the signature: anyone can mint a token for any library card",
                               "signature-vs-statement"),
    "JOB-MODEL-UNCHECKED": P(S, "const model = String(req.body.model);", "security",
                             "the model file name is stored as sent; it is later joined into the model path and the slicer's shell command"),
    "JOB-GRAMS-UNVALIDATED": P(S, "const grams = Number(req.body.grams);", "bug",
                               "grams is not validated: NaN, zero or negative values are stored, estimated and compared with spool weights"),
    "JOB-LIMIT-RACE": P(S, "if (active.rows[0].n >= MAX_ACTIVE_JOBS) {", "bug",
                        "count-then-insert across awaits: parallel submissions by one patron all see n < 2 and exceed the two-job limit",
                        "critical-section"),
    "MODEL-UPLOAD-TRAVERSAL": P(S, "const target = path.join(MODEL_DIR, patron.card, req.params.name);", "security",
                                "Express decodes :name (%2F..%2F) and the card comes from an unverified token: the upload writes anywhere",
                                "signature-vs-statement"),
    "QUEUE-MINUS-ONE": P(S, "const idx = rows.findIndex(", "bug",
                         "a patron with no queued job gets findIndex's -1 back as a queue position"),
    "QUEUE-POSITION-ZERO": P(S, "res.json({ position: idx,", "bug",
                             "position is the 0-based index: the patron at the head of the queue is told position 0", "off-by-one"),
    "CANCEL-ANY-JOB": P(S, 'await pool.query("DELETE FROM jobs WHERE id = $1"', "security",
                        "DELETE by id only; the patron is computed and thrown away: any patron deletes anyone's job",
                        "signature-vs-statement"),
    "CANCEL-WHILE-PRINTING": P(S, 'await pool.query("DELETE FROM jobs WHERE id = $1"', "bug",
                               "a printing job can be deleted: the printer stays busy and the filament is never charged or deducted"),
    "START-NOT-FOUND": P(S, "const printer = printers.find((p) => !p.busy && p.spoolGrams >= job.grams);", "bug",
                         "unknown job id: rows[0] is undefined and job.grams throws (unhandled rejection, request hangs)"),
    "SPOOL-LOST-UPDATE": P(S, "const remaining = gramsLeft(spool.rows[0].remaining_g, used);", "bug",
                           "read-modify-write of remaining_g across awaits: two finishes on one spool lose a deduction",
                           "critical-section"),
    "RECEIPT-XSS": P(S, "`<p>Model: ${job.model}</p>", "security",
                     "the model name is put into the receipt HTML unescaped (the patron name next to it is escaped): stored XSS"),
    "SPOOLS-SQLI": P(S, "colour ILIKE '%${colour}%'", "security",
                     "colour query value interpolated into the SQL text: SQL injection", "source-vs-sink"),
    "SNAPSHOT-NO-AUTH": P(S, 'app.get("/printers/snapshot"', "security",
                          "the webcam snapshot proxy needs no patron or staff credentials: anyone watches the makerspace"),
    "SNAPSHOT-SSRF": P(S, "const r = await fetch(`http://${host}/webcam", "security",
                       "printer host taken from the query string and fetched by the server: SSRF into the library network",
                       "source-vs-sink"),
    "PAGE-OFFSET": P(LG, "return { offset: p * PAGE_SIZE", "bug",
                     "pages are 1-based but offset = page * size: page 1 skips the first 25 jobs", "off-by-one"),
    "COST-UNITS": P(LG, "return Math.round((grams * PENCE_PER_KG) / 100);", "bug",
                    "price is per kilogram but divided by 100 instead of 1000: patrons are charged ten times too much"),
    "SPOOLS-NEEDED": P(LG, "return Math.floor(grams / spoolG) + 1;", "bug",
                       "floor + 1 instead of ceil: an exact multiple (1000 g on 1 kg spools) asks for one spool too many", "off-by-one"),
    "CLAIM-BUSY-LATE": P(PR, "  p.busy = true;", "bug",
                         "busy is set only after the awaited upload (and after slicing in /start): two starts pick and send jobs to the same printer",
                         "critical-section"),
    "POLLER-LEAK": P(PR, "pollers.set(p.id, setInterval(", "bug",
                     "the poll interval is never cleared (releasePrinter ignores it) and a new claim overwrites the map entry: intervals pile up"),
    "SLICER-OUT-COLLISION": P(SL, "const out = path.join(tmpdir(), `${path.basename(modelPath)}.gcode`);", "bug",
                              "G-code goes to a shared tmp path named after the model's base name: two patrons' benchy.stl overwrite each other"),
    "SLICER-CMD-INJECTION": P(SL, "await run(`prusa-slicer", "security",
                              "layerHeight from the request body (and the model path) are interpolated into an exec() shell command",
                              "source-vs-sink"),
    "SLICER-NO-TIMEOUT": P(SL, "await run(`prusa-slicer", "bug",
                           "extra, one agent: exec without timeout or maxBuffer: a hung or very chatty slicer stalls the start request forever"),
}

CONFUSABLE = [
    ("STAFF-KEY-QUERY", "STAFF-FAILS-OPEN"),
    ("PATRON-HEADER-CRASH", "PATRON-JWT-UNVERIFIED"),
    ("JOB-MODEL-UNCHECKED", "JOB-GRAMS-UNVALIDATED"),
    ("JOB-GRAMS-UNVALIDATED", "JOB-LIMIT-RACE"),
    ("QUEUE-MINUS-ONE", "QUEUE-POSITION-ZERO"),
    ("CANCEL-ANY-JOB", "CANCEL-WHILE-PRINTING"),
    ("SNAPSHOT-NO-AUTH", "SNAPSHOT-SSRF"),
    ("CLAIM-BUSY-LATE", "POLLER-LEAK"),
    ("SLICER-OUT-COLLISION", "SLICER-CMD-INJECTION"),
    ("SLICER-CMD-INJECTION", "SLICER-NO-TIMEOUT"),
    ("SLICER-OUT-COLLISION", "SLICER-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        The service queues 3D-print jobs for library patrons, slices models with PrusaSlicer, pushes G-code to
        OctoPrint hosts and keeps a filament ledger. Patron identity rests on `jwt.decode`, which verifies nothing,
        so everything "scoped to the patron" is only as good as a forged token. Two request values reach a shell or
        SQL text, and the printer/ledger state is updated with read-then-write patterns across `await`s.

        | Priority | Area | Finding |
        |---|---|---|
        | P0 | auth | unsigned patron tokens; staff key fails open |
        | P0 | injection | slicer shell command; `/spools` colour filter |
        | P1 | access | any patron deletes any job; model upload path |
        | P1 | money | cost off by 10x; spool deductions lost under concurrency |
        | P2 | queue | 0-based / -1 queue position; first page skipped |

        Looks right: `/spools` binds `material`; the receipt query is scoped to the card and the patron name is
        escaped; `gramsLeft` clamps at zero; `infill` is clamped to 0-100 before it reaches the command line;
        `/jobs/:id/finish` returns 404 for an unknown job.
        """,
        Block([
            F("PATRON-JWT-UNVERIFIED", "critical", "security", "Patron tokens are decoded, never verified",
              "Use `jwt.verify(token, PUBLIC_KEY, { algorithms: [\"RS256\"] })` and reject on failure.",
              symbol="patronOf", conf=0.95),
            F("STAFF-FAILS-OPEN", "high", "security", "`staffOnly` admits everyone when `STAFF_KEY` is not set",
              "Fail at startup if `STAFF_KEY` is missing; compare with `crypto.timingSafeEqual`.",
              symbol="staffOnly", conf=0.85),
            F("STAFF-KEY-QUERY", "medium", "security", "Staff key accepted in the query string",
              "Accept the header only; query strings end up in access logs and browser history.",
              symbol="staffOnly", conf=0.75),
            F("SLICER-CMD-INJECTION", "critical", "security", "Command injection in `slice` via `layerHeight` and the model path",
              "Use `execFile(\"prusa-slicer\", [...args])` and validate `layerHeight` as a number in 0.05-0.35.",
              symbol="slice", conf=0.9),
            F("SPOOLS-SQLI", "high", "security", "SQL injection through the `colour` filter on `GET /spools`",
              "Bind it: `colour ILIKE $2` with `%${colour}%` as the value.", symbol="GET /spools", conf=0.9),
            F("CANCEL-ANY-JOB", "high", "security", "`DELETE /jobs/:id` deletes any patron's job",
              "`DELETE FROM jobs WHERE id = $1 AND card = $2 AND status = 'queued'`.",
              symbol="DELETE /jobs/:id", conf=0.9),
            F("MODEL-UPLOAD-TRAVERSAL", "high", "security", "Model upload path built from decoded route parameter",
              "Reject names with `/`, `\\\\` or `..` after decoding, and check `path.resolve(target).startsWith(MODEL_DIR + path.sep)`.",
              symbol="PUT /models/:name", conf=0.85),
            F("RECEIPT-XSS", "medium", "security", "Stored XSS: model name rendered into the receipt without escaping",
              "Wrap `job.model` in `escapeHtml` like the patron name.", symbol="GET /jobs/:id/receipt", conf=0.85),
            F("SNAPSHOT-SSRF", "high", "security", "`/printers/snapshot` fetches an arbitrary host",
              "Look the printer up by id in `printers` and use its configured host.",
              symbol="GET /printers/snapshot", conf=0.85),
            F("COST-UNITS", "high", "bug", "`costPence` divides by 100 where grams-to-kilograms needs 1000",
              "`Math.round((grams * PENCE_PER_KG) / 1000)`; a 50 g print is quoted at £12.00 instead of £1.20.",
              symbol="costPence", conf=0.9),
            F("SPOOL-LOST-UPDATE", "medium", "bug", "Spool deduction is a read-modify-write across awaits",
              "Do it in SQL: `UPDATE spools SET remaining_g = GREATEST(0, remaining_g - $1) WHERE id = $2 RETURNING remaining_g`.",
              d=-1, n=2, symbol="POST /jobs/:id/finish", conf=0.8),
            F("CLAIM-BUSY-LATE", "medium", "bug", "Printer marked busy only after the upload completes",
              "Set `p.busy = true` synchronously before the first `await` (and in `/start` right after `find`), resetting it on failure.",
              d=-1, n=2, symbol="claimPrinter", conf=0.8),
            F("POLLER-LEAK", "low", "bug", "Status poll intervals are never cleared",
              "`clearInterval(pollers.get(p.id))` in `releasePrinter` and before setting a new one.",
              symbol="claimPrinter", conf=0.75),
            F("JOB-LIMIT-RACE", "medium", "bug", "Two-active-jobs limit can be exceeded by concurrent submissions",
              "Enforce it in the database (a trigger or `INSERT ... SELECT ... WHERE (SELECT COUNT(*) ...) < 2` in one statement).",
              d=-1, n=2, symbol="POST /jobs", conf=0.7),
            F("QUEUE-POSITION-ZERO", "low", "bug", "Queue position is reported 0-based",
              "Return `idx + 1`.", symbol="GET /queue/position", conf=0.8),
            F("PAGE-OFFSET", "low", "bug", "`pageWindow` skips the first page",
              "`offset: (p - 1) * PAGE_SIZE`.", symbol="pageWindow", conf=0.85),
            F("SPOOLS-NEEDED", "low", "bug", "`spoolsNeeded` over-counts for exact multiples",
              "`Math.ceil(grams / spoolG)`.", symbol="spoolsNeeded", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run (no tsconfig.json in the repo). Findings:",
        Block([
            F("PATRON-JWT-UNVERIFIED", "high", "security", "patronOf trusts jwt.decode (no signature check)",
              "jwt.verify", d=-2),
            F("PATRON-HEADER-CRASH", "medium", "bug", "patronOf: missing Authorization -> TypeError, request never answered",
              "check header, 401"),
            F("STAFF-FAILS-OPEN", "high", "security", "staffOnly passes when STAFF_KEY undefined and no key sent",
              "require STAFF_KEY", d=-1, snippet='const key = req.header("x-staff-key") ?? req.query.key;'),
            F("SLICER-CMD-INJECTION", "high", "security", "slice(): layerHeight into exec string", "execFile + validate", d=-3),
            F("SPOOLS-SQLI", "high", "security", "GET /spools: colour interpolated into SQL", "bind param", d=-3),
            F("SNAPSHOT-SSRF", "medium", "security", "snapshot proxy fetches attacker-chosen host", "map printer id -> host", d=-1),
            F("MODEL-UPLOAD-TRAVERSAL", "high", "security", "PUT /models/:name path traversal", "basename + resolve check", d=-2),
            F("CANCEL-ANY-JOB", "medium", "security", "DELETE /jobs/:id not scoped to the caller", "AND card = $2", d=-2),
            F("JOB-GRAMS-UNVALIDATED", "low", "bug", "grams not validated (NaN/negative)", "Number.isFinite && > 0"),
            F("JOB-LIMIT-RACE", "medium", "bug", "active-job limit: check then insert, racy", "single statement / lock", d=3, n=2),
            F("START-NOT-FOUND", "medium", "bug", "/jobs/:id/start: job may be undefined", "404 when rows empty", d=-1),
            F("SPOOL-LOST-UPDATE", "medium", "bug", "finish: lost update on spools.remaining_g", "UPDATE ... remaining_g - $1", d=1),
            F("COST-UNITS", "high", "bug", "costPence: /100 should be /1000 (per-kg price)", "fix divisor"),
            F("PAGE-OFFSET", "low", "bug", "pageWindow off by one page", "(p - 1) * PAGE_SIZE", d=-1),
            F("CLAIM-BUSY-LATE", "medium", "bug", "claimPrinter sets busy after await", "set before upload"),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the `makerqueue` project, an Express/PostgreSQL service that manages the
        library makerspace's 3D-printer queue, model uploads, slicing with PrusaSlicer and a filament ledger.

        ### Security

        The application has critical authentication weaknesses: patron identities come from JWTs that are decoded
        but not verified, and the staff middleware accepts requests when its key is not configured. Several
        endpoints also pass user-controlled values to the shell, the database, the file system or outbound HTTP.

        ### Reliability and Business Logic

        Printer allocation, the job limit and the filament ledger contain race conditions, and a few helper
        functions compute wrong values.
        """,
        Block([
            F("PATRON-JWT-UNVERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify` and a secret.",
              desc="`jwt.decode` only parses the token; any client can craft claims for another library card."),
            F("STAFF-KEY-QUERY", "MEDIUM", "Sensitive Data Exposure", "Staff Key Accepted via URL Query Parameter",
              "Only read the key from the `x-staff-key` header."),
            F("SLICER-CMD-INJECTION", "CRITICAL", "Command Injection", "Command Injection in Slicer Invocation",
              "Use `execFile` with an argument array.",
              desc="`layerHeight` comes from the request body of `/jobs/:id/start` and is inserted into a shell command, as is the patron-chosen model file name."),
            F("JOB-MODEL-UNCHECKED", "HIGH", "Input Validation", "Model Filename Is Not Validated on Job Submission",
              "Validate `model` against the patron's uploaded files.",
              desc="The model name is stored verbatim and later used to build a file path and a shell command."),
            F("SPOOLS-SQLI", "HIGH", "SQL Injection", "SQL Injection in Spool Search",
              "Parameterize the `colour` filter."),
            F("SNAPSHOT-SSRF", "HIGH", "Server-Side Request Forgery", "SSRF via Printer Snapshot Endpoint",
              "Restrict to configured printer hosts.", d=-1, n=2),
            F("SNAPSHOT-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Webcam Snapshot Endpoint",
              "Require staff or patron authentication for webcam images.",
              desc="Anyone who can reach the service can view the makerspace cameras, including patrons in frame."),
            F("RECEIPT-XSS", "MEDIUM", "Cross-Site Scripting", "Stored XSS in Job Receipt", "Escape `job.model`."),
        ], wrap="list"),
        """
        Additional reliability issues:
        """,
        Block([
            F("JOB-LIMIT-RACE", "MEDIUM", "Race Condition", "Race Condition in Active Job Limit",
              "Use a transaction with row locking.", d=-1),
            F("CLAIM-BUSY-LATE", "HIGH", "Race Condition", "Printer Double Allocation",
              "Mark the printer busy before awaiting the upload.", d=-2,
              desc="`claimPrinter` awaits the upload before setting `busy`, so a second start request can choose the same printer."),
            F("SPOOL-LOST-UPDATE", "MEDIUM", "Concurrency", "Lost Update in Filament Ledger",
              "Use an atomic `UPDATE ... SET remaining_g = remaining_g - $1`.", d=1),
            F("SLICER-NO-TIMEOUT", "MEDIUM", "Resource Exhaustion", "Slicer Process Has No Timeout",
              "Pass `timeout` and `maxBuffer` to `exec`."),
            F("SLICER-OUT-COLLISION", "MEDIUM", "Reliability", "G-code Output Path Collision",
              "Use `fs.mkdtemp` for a per-job directory."),
            U({"severity": "LOW", "category": "Maintainability", "suggestion": "Add a tsconfig.json and enable strict mode."}),
            F("CANCEL-WHILE-PRINTING", "MEDIUM", "Business Logic", "Jobs Can Be Deleted While Printing",
              "Only allow cancelling queued jobs.", d=-2, snippet="app.delete(\"/jobs/:id\", async (req, res) => {"),
            F("QUEUE-MINUS-ONE", "LOW", "Error Handling", "Queue Position Returns -1 for Patrons Without Jobs",
              "Return 404 when the patron has no queued job."),
            F("SPOOLS-NEEDED", "LOW", "Business Logic", "Incorrect Spool Count Calculation", "Use `Math.ceil`.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("PATRON-JWT-UNVERIFIED", "high", "security", "jwt decoded not verified", "jwt.verify"),
            F("STAFF-FAILS-OPEN", "high", "security", "staff check passes with unset STAFF_KEY", "fail closed"),
            F("SLICER-CMD-INJECTION", "high", "security", "exec with interpolated layer height", "execFile"),
            F("SPOOLS-SQLI", "high", "", "sql injection colour filter", "param $2"),
            F("CANCEL-ANY-JOB", "medium", "security", "delete job without owner check", "filter by card"),
            F("COST-UNITS", "medium", "bug", "cost 10x too high", "divide by 1000"),
            F("QUEUE-POSITION-ZERO", "low", "bug", "queue position off by one", "idx + 1", d=-1),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review

        1. **Authentication**: JWT not verified; staff key in URL; missing header crashes handlers.
        2. **Injection**: shell command in slicer, SQL in spool search.
        3. **Authorization**: model upload path and job deletion.
        4. **Concurrency**: printer claim, job limit, spool ledger.
        5. **Correctness**: pagination, queue position, poll timers.
        """,
        Block([
            F("PATRON-JWT-UNVERIFIED", "blocker", "security", "JWT token decoded without verification",
              "Use jwt.verify.", conf=0.9),
            F("PATRON-HEADER-CRASH", "minor", "correctness", "Missing authorization header causes unhandled exception",
              "Return 401 if the header is absent.", d=-1, snippet="function patronOf(req: Request): Patron {", conf=0.7),
            F("STAFF-KEY-QUERY", "major", "security", "Staff key can be passed in the URL", "Header only.", conf=0.7),
            F("STAFF-FAILS-OPEN", "major", "security", "Authentication bypass when STAFF_KEY is undefined",
              "Validate configuration at startup.", conf=0.8),
            F("SLICER-CMD-INJECTION", "blocker", "security", "Command injection in slice()", "Use execFile.", d=-3, n=1, conf=0.85),
            F("SPOOLS-SQLI", "blocker", "security", "SQL injection in GET /spools", "Use parameters.", conf=0.9),
            F("MODEL-UPLOAD-TRAVERSAL", "major", "security", "Path traversal in model upload", "Sanitize name.", conf=0.8),
            F("CANCEL-ANY-JOB", "major", "security", "Missing authorization on job deletion", "Check owner.", conf=0.8),
            F("CANCEL-WHILE-PRINTING", "minor", "correctness", "Deleting an in-progress job leaves the printer busy",
              "Reject when status is printing.", conf=0.6),
            F("JOB-LIMIT-RACE", "major", "concurrency", "TOCTOU in max active jobs check", "Use a transaction.", conf=0.7),
            F("CLAIM-BUSY-LATE", "major", "concurrency", "Race condition in claimPrinter", "Set busy first.", conf=0.75),
            F("POLLER-LEAK", "minor", "resource-leak", "setInterval pollers never cleared", "clearInterval on release.", d=-1, sd=0, conf=0.7),
            F("SPOOL-LOST-UPDATE", "major", "concurrency", "Non-atomic filament ledger update", "Atomic SQL update.", conf=0.75),
            F("START-NOT-FOUND", "minor", "correctness", "Unchecked job lookup in start endpoint", "Handle missing job.", conf=0.6),
            F("PAGE-OFFSET", "minor", "correctness", "Pagination offset off by one", "Use (page - 1).", conf=0.7),
            F("QUEUE-POSITION-ZERO", "minor", "correctness", "Queue position starts at 0", "Add 1.", conf=0.7),
        ], wrap="object+summary", summary="16 issues: 3 blocker, 8 major, 5 minor"),
    ]),
}
