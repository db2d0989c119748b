"""test12/ts-lims: genomics sample-tracking LIMS API (TypeScript, Express + pg). Frozen test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test12, issue 15) that had not seen the merger code, its "
    "scores or any other split's answers. Frozen test split: a laboratory information system for sequencing "
    "samples (registration, barcodes, aliquots, 96-well plates, sample sheets, pipeline runs); seeded "
    "problems; five agents' answers written by hand."
)

PROBLEMS = {
    "TOKEN-IN-QUERY": P("src/auth.ts", "String(req.query.access_token)", "security", "bearer token also accepted from the `access_token` query string (ends up in logs and referrers)"),
    "JWT-NOVERIFY": P("src/auth.ts", "const claims = jwt.decode(token)", "security", "jwt.decode instead of jwt.verify: any forged token (any role, any lab) is accepted", "signature-vs-statement"),
    "SQLI-PROJECT": P("src/samples.ts", "const sql = `SELECT id, barcode, status", "security", "SQL injection: `project` query value interpolated into the query", "source-vs-sink"),
    "SQLI-STATUS": P("src/samples.ts", "const sql = `SELECT id, barcode, status", "security", "SQL injection: `status` query value interpolated into the query"),
    "SAMPLE-IDOR": P("src/samples.ts", '"SELECT * FROM samples WHERE id = $1"', "security", "sample fetched by id without checking it belongs to the caller's lab"),
    "SAMPLE-PII": P("src/samples.ts", '"SELECT * FROM samples WHERE id = $1"', "security", "SELECT * returns donor identifiers and every internal column to any role"),
    "BARCODE-RACE": P("src/samples.ts", "const seq = (last.rows[0].seq ?? 0) + 1;", "concurrency", "max(seq)+1 then insert across awaits: concurrent registrations get the same sequence and barcode", "critical-section"),
    "DELETE-NO-ROLE": P("src/samples.ts", '"DELETE FROM samples WHERE id = $1"', "security", "any authenticated user of any lab can delete any sample (no role, no lab check)"),
    "DELETE-NO-AUDIT": P("src/samples.ts", '"DELETE FROM samples WHERE id = $1"', "security", "hard delete with no audit record: chain of custody is lost"),
    "ALIQUOT-ZERO": P("src/samples.ts", "const each = volumeUl / count;", "bug", "count 0 or non-numeric gives Infinity/NaN volumes"),
    "ALIQUOT-OFF": P("src/samples.ts", "for (let i = 0; i <= count; i++)", "bug", "`<=` makes count+1 aliquots, more volume than the sample holds", "off-by-one"),
    "ALIQUOT-NOTFOUND": P("src/samples.ts", "aliquot(rows[0].volume_ul", "bug", "extra, one agent: unknown sample id dereferences rows[0] (undefined) and returns 500"),
    "WELL-BOUND-OFF": P("src/plates.ts", "index > WELLS", "bug", "bound check lets index 96 through on a 0..95 plate", "off-by-one"),
    "WELL-COL-OFF": P("src/plates.ts", "${index % 12}", "bug", "column is 0-based (A0..A11) where plates are labelled 1..12", "off-by-one"),
    "WELL-ASSIGN-RACE": P("src/plates.ts", 'await db.query("UPDATE samples SET plate', "concurrency", "free well picked, then await, then marked used: two samples can get the same well", "critical-section"),
    "SHEET-CSV": P("src/plates.ts", "const lines = rows.map", "security", "sample sheet fields written without CSV quoting (commas break rows, formula injection)"),
    "SHEET-DONOR": P("src/plates.ts", "const lines = rows.map", "security", "donor ids exported in the sample sheet sent to the sequencing core"),
    "CORS-REFLECT": P("src/server.ts", "cors({ origin: true, credentials: true })", "security", "CORS reflects any origin with credentials"),
    "JSON-LIMIT": P("src/server.ts", 'express.json({ limit: "200mb" })', "security", "JSON bodies up to 200 MB parsed in memory on every route (memory exhaustion)"),
    "RESULT-NO-ROLE": P("src/server.ts", 'app.post("/runs/:runId/results", async', "security", "result upload has no role check and no run ownership check"),
    "PIPELINE-CMD": P("src/server.ts", "exec(`nextflow run ${pipeline}", "security", "pipeline name from the request body interpolated into a shell command", "signature-vs-statement"),
    "PIPELINE-UNCHECKED": P("src/server.ts", "exec(`nextflow run ${pipeline}", "bug", "exec result never observed: a failed launch still answers 202 started"),
    "RESULT-TRAVERSAL": P("src/server.ts", "const dest = path.join(RESULTS_DIR", "security", "path traversal: `filename` from the body joined into the destination path", "source-vs-sink"),
    "RESULT-OVERWRITE": P("src/server.ts", "await fs.writeFile(dest", "data-loss", "existing result files are silently overwritten"),
    "STACK-LEAK": P("src/server.ts", "stack: err.stack", "security", "extra, one agent: error handler returns stack traces to clients"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-NOVERIFY"),
    ("SQLI-PROJECT", "SQLI-STATUS"),
    ("SAMPLE-IDOR", "SAMPLE-PII"),
    ("DELETE-NO-ROLE", "DELETE-NO-AUDIT"),
    ("ALIQUOT-ZERO", "ALIQUOT-OFF"),
    ("WELL-BOUND-OFF", "WELL-COL-OFF"),
    ("SHEET-CSV", "SHEET-DONOR"),
    ("PIPELINE-CMD", "PIPELINE-UNCHECKED"),
    ("RESULT-TRAVERSAL", "RESULT-OVERWRITE"),
    ("CORS-REFLECT", "JSON-LIMIT"),
    ("RESULT-NO-ROLE", "RESULT-TRAVERSAL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the LIMS API (`src/`). Authentication is effectively absent because tokens are decoded, not
        verified, so every authorization decision downstream (roles, `lab`) is attacker-controlled. On top of
        that there are two injection sinks and a path traversal reachable by any caller.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 5 |
        | medium | 5 |
        | low | 1 |

        Sample numbering and well assignment both read state, `await`, then write it, so concurrent requests
        interleave even on a single Node thread.
        """,
        Block([
            F("JWT-NOVERIFY", "critical", "security", "JWTs are decoded but never verified",
              "Use `jwt.verify(token, secret, { algorithms: ['HS256'] })` and reject on failure.",
              symbol="authenticate", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Access token accepted from the query string",
              "Only read the `Authorization: Bearer` header.", symbol="authenticate", conf=0.7),
            F("SQLI-PROJECT", "critical", "security", "SQL injection via the `project` filter on GET /samples",
              "Use `$1`/`$2` placeholders.", symbol="GET /samples", conf=0.95),
            F("SQLI-STATUS", "high", "security", "SQL injection via the `status` filter on GET /samples",
              "Bind `status` as a parameter too.", symbol="GET /samples", conf=0.9),
            F("PIPELINE-CMD", "critical", "security", "Shell command injection through `pipeline`",
              "Use `execFile('nextflow', ['run', pipeline, ...])` and allow-list pipeline names.",
              symbol="launchPipeline", conf=0.9),
            F("RESULT-TRAVERSAL", "high", "security", "Result upload can write outside RESULTS_DIR",
              "Use `path.basename(filename)` and check the resolved path prefix.",
              symbol="POST /runs/:runId/results", conf=0.85),
            F("RESULT-NO-ROLE", "high", "security", "Any authenticated user can write results for any run",
              "Add `requireRole(\"scientist\")` and check the run belongs to the caller's lab.",
              symbol="POST /runs/:runId/results", conf=0.75),
            F("SAMPLE-IDOR", "high", "security", "Samples of other labs are readable by id",
              "Add `AND lab = $2` with the caller's lab.", symbol="GET /samples/:id", conf=0.8),
            F("DELETE-NO-ROLE", "high", "security", "Any user can delete any sample",
              "Require an admin role and scope the delete to the caller's lab.", symbol="DELETE /samples/:id", conf=0.8),
            F("BARCODE-RACE", "medium", "concurrency", "Duplicate barcodes when two samples are registered at once",
              "Use a Postgres sequence or a unique constraint with retry.", n=2, symbol="POST /samples", conf=0.75),
            F("WELL-ASSIGN-RACE", "medium", "concurrency", "Two samples can be placed in the same well",
              "Reserve the well (add to `used`) before awaiting, or enforce uniqueness in the database.",
              d=-2, n=2, symbol="POST /plates/:plateId/wells", conf=0.7),
            F("WELL-COL-OFF", "medium", "bug", "Well column numbers start at 0",
              "Use `${(index % 12) + 1}`.", symbol="wellName", conf=0.85),
            F("ALIQUOT-OFF", "medium", "bug", "`aliquot` returns one part too many",
              "Loop with `i < count`.", symbol="aliquot", conf=0.9),
            F("CORS-REFLECT", "low", "security", "Permissive CORS with credentials",
              "Restrict `origin` to the LIMS front-end.", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/*.ts; 11 findings.",
        Block([
            F("SQLI-PROJECT", "critical", "security", "req.query.project is spliced into SQL",
              "Parameterise the query.", d=-2),
            F("JWT-NOVERIFY", "critical", "security", "authenticate() trusts unsigned tokens",
              "jwt.verify with the signing secret.", d=-2),
            F("PIPELINE-CMD", "critical", "security", "launchPipeline passes body.pipeline to exec()",
              "execFile with argv; allow-list.", d=-1),
            F("RESULT-TRAVERSAL", "high", "security", "body.filename controls the write path",
              "Strip directories; verify prefix.", d=-1),
            F("RESULT-OVERWRITE", "medium", "data-loss", "writeFile clobbers earlier results",
              "Open with flag 'wx' or version the files."),
            F("BARCODE-RACE", "medium", "bug", "seq computed as max(seq)+1 outside a transaction",
              "Use a sequence.", d=-1),
            F("JSON-LIMIT", "medium", "security", "express.json limit of 200mb on all routes invites memory exhaustion",
              "Default to ~1mb; raise it only on the results route (or stream uploads)."),
            F("SAMPLE-PII", "medium", "security", "GET /samples/:id returns SELECT * incl. donor_id",
              "Select only the columns the client needs."),
            F("DELETE-NO-AUDIT", "medium", "data-loss", "samples are hard-deleted with no audit entry",
              "Soft-delete and write an audit row."),
            F("WELL-BOUND-OFF", "low", "bug", "wellName accepts index 96", "index >= WELLS", d=-1),
            F("ALIQUOT-OFF", "medium", "bug", "aliquot produces count+1 parts",
              "i < count", d=-2, n=3),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the LIMS API. The service tracks sequencing samples, places them on
        96-well plates and launches analysis pipelines.

        **Security vulnerabilities**

        Authentication can be bypassed entirely, and several endpoints pass user input to dangerous sinks
        (SQL, the shell, the filesystem).
        """,
        Block([
            F("JWT-NOVERIFY", "critical", "Broken Authentication", "JWT signature is not verified",
              "Replace `jwt.decode` with `jwt.verify`.", d=+1, sd=0,
              desc="`jwt.decode` only base64-decodes the payload; an attacker can mint a token with `role: admin`."),
            F("SQLI-PROJECT", "critical", "SQL Injection", "SQL Injection via project parameter",
              "Use parameterized queries."),
            F("SQLI-STATUS", "high", "SQL Injection", "SQL Injection via status parameter",
              "Use parameterized queries."),
            F("PIPELINE-CMD", "critical", "Command Injection", "Command Injection in launchPipeline",
              "Validate the pipeline against an allow-list and use execFile."),
            F("RESULT-TRAVERSAL", "high", "Path Traversal", "Arbitrary file write in results upload",
              "Sanitize the filename."),
            F("CORS-REFLECT", "medium", "Security Misconfiguration", "CORS allows all origins with credentials",
              "Configure an explicit origin list."),
            F("STACK-LEAK", "low", "Information Disclosure", "Stack traces exposed in error responses",
              "Log the stack server-side and return a generic message."),
            F("SHEET-CSV", "medium", "Injection", "CSV injection in sample sheet export",
              "Quote fields and escape leading `=`, `+`, `-`, `@`."),
        ], wrap="list"),
        """
        **Other issues**
        """,
        Block([
            F("WELL-ASSIGN-RACE", "major", "Race Condition", "Race condition in well assignment",
              "Mark the well as used before the database call.", d=+1,
              desc="The `used` set is only updated after `await db.query(...)`, so a second request sees the same free well."),
            F("WELL-COL-OFF", "medium", "Logic Error", "Well names use 0-based column numbers (A0 instead of A1)",
              "Add 1 to the column.", d=-1, n=2),
            F("ALIQUOT-ZERO", "medium", "Logic Error", "Division by zero in aliquot",
              "Validate that count is a positive integer."),
            U({"severity": "low", "category": "Maintainability", "suggestion": "Add unit tests for wellName and aliquot."}),
            F("PIPELINE-UNCHECKED", "medium", "Error Handling", "Pipeline launch errors are ignored",
              "Pass a callback to exec or use a promisified version and report failures."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "8 issues",
        Block([
            F("JWT-NOVERIFY", "critical", "security", "jwt.decode used instead of verify", "jwt.verify"),
            F("SQLI-PROJECT", "critical", "security", "sql injection in GET /samples", "use $1 params"),
            F("PIPELINE-CMD", "critical", "security", "exec with user pipeline string", "execFile + allow-list"),
            F("DELETE-NO-ROLE", "high", "security", "any user can delete samples", "requireRole('admin')"),
            F("WELL-BOUND-OFF", "medium", "", "wellName bound check off by one", "use >= WELLS"),
            F("ALIQUOT-OFF", "medium", "bug", "aliquot loop runs count+1 times", "i < count"),
            F("SHEET-DONOR", "medium", "security", "samplesheet leaks donor ids", "drop donor column"),
            F("RESULT-NO-ROLE", "high", "security", "no auth check on results upload", "requireRole + run owner check", d=+2),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. Tokens accepted via URL query parameter.
        2. SQL injection in sample search.
        3. Cross-lab sample access.
        4. Concurrency: duplicate barcodes and double-booked wells.
        5. Data loss: overwritten results, unaudited deletes.
        6. Correctness of aliquot and well naming.
        """,
        Block([
            F("TOKEN-IN-QUERY", "major", "security", "Token in URL query string",
              "Accept the token only from the Authorization header.", conf=0.7),
            F("SQLI-PROJECT", "blocker", "security", "SQL injection in GET /samples",
              "Use parameterized queries.", conf=0.9),
            F("SAMPLE-IDOR", "major", "security", "Missing lab scoping on sample lookup",
              "Filter by the user's lab.", conf=0.8),
            F("BARCODE-RACE", "major", "concurrency", "Duplicate barcode generation under concurrency",
              "Generate the sequence in the database.", d=+1, conf=0.75),
            F("WELL-ASSIGN-RACE", "major", "concurrency", "Well allocation is not atomic",
              "Allocate wells in a transaction with a unique (plate, well) constraint.", conf=0.7),
            F("RESULT-OVERWRITE", "major", "data-loss", "Uploaded results overwrite existing files",
              "Refuse to overwrite; use the 'wx' flag.", conf=0.7),
            F("DELETE-NO-AUDIT", "minor", "data-integrity", "Sample deletion leaves no audit trail",
              "Record who deleted what and when.", conf=0.6),
            F("ALIQUOT-NOTFOUND", "minor", "reliability", "Unknown sample crashes the aliquot endpoint",
              "Return 404 when no row is found.", conf=0.7,
              desc="`rows[0]` is undefined for an unknown id and `.volume_ul` throws a TypeError."),
            F("ALIQUOT-ZERO", "minor", "correctness", "aliquot() with count 0 yields Infinity",
              "Validate count.", conf=0.7),
            F("WELL-COL-OFF", "minor", "correctness", "Off-by-one in well column naming",
              "Columns should be 1..12.", conf=0.8),
            F("PIPELINE-UNCHECKED", "minor", "reliability", "exec() failures not reported",
              "Await completion or track the child process exit code.", conf=0.6),
            F("SHEET-CSV", "minor", "security", "Sample sheet values are not escaped",
              "Use a CSV library.", conf=0.6),
        ], wrap="object+summary", summary="1 blocker, 5 major, 6 minor"),
    ]),
}
