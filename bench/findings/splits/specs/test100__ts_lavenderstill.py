"""test100/ts-lavenderstill: distilling runs and oil grading for a lavender farm (TypeScript, Express 4 + pg).

Frozen test split test100 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
its scores or any other split's answers; labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, its scores or any other split's "
    "answers. Frozen test split test100: seeded problems in a lavender farm's still-house service (distilling "
    "runs, GC grading of the oil, bottled lots); five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "GRADER-TOKEN-UNVERIFIED": P(S, "const claims = jwt.decode(bearer(req))", "security", "requireGrader uses jwt.decode, not verify: any self-made token with role grader passes", "signature-vs-statement"),
    "SEARCH-SORT-INJECTION": P(S, "ORDER BY ${sort} DESC", "security", "sort query value interpolated into the SQL ORDER BY", "source-vs-sink"),
    "STILL-START-RACE": P(S, "const { rows } = await pool.query(sql, [still, field, cutKg", "bug", "busyStills checked before the await and added after it: two hands can start the same still", "critical-section"),
    "CUT-KG-UNVALIDATED": P(S, "const { rows } = await pool.query(sql, [still, field, cutKg", "bug", "cutKg (and field) stored unvalidated: missing, zero or negative weights give nonsense yields"),
    "FINISH-UNKNOWN-RUN": P(S, "const run = rows[0];", "bug", "unknown run id: rows[0] is undefined and run.still throws inside an async handler (Express 4: unhandled rejection, request hangs)"),
    "FINISH-TWICE": P(S, '"UPDATE runs SET oil_ml = $1, finished_at = now() WHERE id = $2', "bug", "no finished_at IS NULL guard: finishing a run again overwrites its oil and counts it twice in the field totals"),
    "FIELD-TOTAL-LOST-UPDATE": P(S, 'await pool.query("INSERT INTO field_yields', "bug", "field total read before an await and written after it: concurrent finishes lose oil", "critical-section"),
    "GRADE-LOOP-PAST-END": P(S, "for (let i = 0; i <= GRADES.length; i++)", "bug", "i <= GRADES.length reads GRADES[3] (undefined) and throws for oil that meets no grade instead of returning reject", "off-by-one"),
    "GRADE-CAMPHOR-INCLUSIVE": P(S, "if (camphor <= g.maxCamphor", "bug", "camphor must stay below the limit but <= accepts oil exactly at it (0.5 % is graded fine)", "off-by-one"),
    "REPORT-PATH-TRAVERSAL": P(S, "const pdf = await fs.readFile(path.join(REPORT_DIR, name));", "security", "name query value joined to REPORT_DIR and read: any file", "source-vs-sink"),
    "REPORT-ERRORS-UNHANDLED": P(S, "const pdf = await fs.readFile(path.join(REPORT_DIR, name));", "bug", "missing name or file rejects inside an async handler: Express 4 never answers"),
    "CERT-XSS": P(S, "for ${lot.buyer}, ${lot.ml} ml</p>", "security", "buyer name put into the certificate HTML unescaped", "signature-vs-statement"),
    "CERT-PUBLIC": P(S, 'app.get("/lots/:id/certificate", async', "security", "certificate route has no authentication: sequential lot ids enumerate buyers and analyses"),
    "LOT-STOCK-RACE": P(S, 'const lot = await pool.query("INSERT INTO lots', "bug", "onHand read before the insert's await and written back after it: concurrent lots oversell the oil", "critical-section"),
    "LOT-ML-UNVALIDATED": P(S, "if (ml > onHand) return", "bug", "ml not validated: a negative or string ml passes the check and adds oil to the stock"),
    "LOT-FROM-REJECT-OIL": P(S, "const grade = rows[0].grade;", "bug", "lots are drawn from any grade, reject included: reject oil is sold with a certificate"),
    "LABEL-PRINTER-INJECTION": P(S, "exec(`lp -d ${printer}", "security", "printer body value interpolated into a shell command", "source-vs-sink"),
    "LABEL-BUYER-INJECTION": P(S, "exec(`lp -d ${printer}", "security", "stored buyer name interpolated into the same shell command (double quotes do not stop $() or \")"),
    "LABEL-UNKNOWN-LOT": P(S, "exec(`lp -d ${printer}", "bug", "unknown lot id: rows[0] is undefined and the handler throws (unhandled rejection, no answer)"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security", "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("STILL-START-RACE", "CUT-KG-UNVALIDATED"),
    ("FINISH-UNKNOWN-RUN", "FINISH-TWICE"),
    ("FINISH-UNKNOWN-RUN", "FIELD-TOTAL-LOST-UPDATE"),
    ("GRADE-LOOP-PAST-END", "GRADE-CAMPHOR-INCLUSIVE"),
    ("REPORT-PATH-TRAVERSAL", "REPORT-ERRORS-UNHANDLED"),
    ("LOT-STOCK-RACE", "LOT-ML-UNVALIDATED"),
    ("LOT-ML-UNVALIDATED", "LOT-FROM-REJECT-OIL"),
    ("LOT-STOCK-RACE", "LOT-FROM-REJECT-OIL"),
    ("LABEL-PRINTER-INJECTION", "LABEL-BUYER-INJECTION"),
    ("LABEL-PRINTER-INJECTION", "LABEL-UNKNOWN-LOT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is small but it mixes three trust levels (still hands, the grader, the shop) behind one
        bearer-token scheme, and the in-memory state (`busyStills`, `fieldTotals`, `oilStock`) is updated across
        `await`s. What I would fix first:

        1. `requireGrader` decodes the JWT without verifying it, so anyone can grade oil.
        2. Two shell/file sinks take request values directly (`/lots/:id/label`, `/runs/:id/report`).
        3. Oil stock and the per-field totals lose updates under concurrent requests, and the lot check can be
           driven negative.
        4. `gradeFor` walks one past the end of `GRADES` and uses `<=` where the comment says "below".

        What looks right: `requireStaff` verifies with an explicit `algorithms` list and fails closed (an empty
        `JWT_SECRET` makes `jwt.verify` throw); `/runs` clamps `page` and `size` and computes `(page - 1) * size`;
        the grading route refuses unfinished or already graded runs and updates `oilStock` without an `await`
        between the read and the write; the JSON body limit is set.
        """,
        Block([
            F("GRADER-TOKEN-UNVERIFIED", "critical", "security", "`requireGrader` trusts an unverified JWT",
              "Verify the token (reuse `requireStaff`, then check `res.locals.staff.role === \"grader\"`).",
              symbol="requireGrader", conf=0.95),
            F("LABEL-PRINTER-INJECTION", "critical", "security", "Shell injection through `printer` in `POST /lots/:id/label`",
              "Use `execFile(\"lp\", [\"-d\", printer, \"-t\", title, LABEL_PDF])` and allow-list printers.",
              symbol="POST /lots/:id/label", conf=0.9),
            F("LABEL-BUYER-INJECTION", "high", "security", "Buyer name is also interpolated into the `lp` shell command",
              "With `execFile` the title is one argument; until then a buyer called `$(...)` runs commands when a label is printed.",
              symbol="POST /lots/:id/label", conf=0.75),
            F("REPORT-PATH-TRAVERSAL", "high", "security", "`/runs/:id/report?name=` reads arbitrary files",
              "Derive the file name from the run id, or check that the resolved path stays under `REPORT_DIR`.",
              symbol="GET /runs/:id/report", conf=0.9),
            F("SEARCH-SORT-INJECTION", "high", "security", "SQL injection through `sort` in `/runs/search`",
              "Map `sort` onto a fixed set of column names.", symbol="GET /runs/search", conf=0.9),
            F("CERT-XSS", "medium", "security", "Certificate HTML embeds the buyer name unescaped",
              "Escape every interpolated value in `certificateHtml`.", symbol="certificateHtml", conf=0.8),
        ]),
        "Correctness and state:",
        Block([
            F("GRADE-LOOP-PAST-END", "high", "bug", "`gradeFor` reads past the end of `GRADES`",
              "Loop with `i < GRADES.length`; today oil that meets no grade throws a TypeError instead of returning `reject`.",
              symbol="gradeFor", conf=0.9),
            F("GRADE-CAMPHOR-INCLUSIVE", "medium", "bug", "Camphor limit is inclusive although it should be strict",
              "The comment says camphor must stay below the limit; use `camphor < g.maxCamphor`.",
              symbol="gradeFor", conf=0.7),
            F("LOT-STOCK-RACE", "high", "bug", "`oilStock` check-then-set spans an `await` in `POST /lots`",
              "Decrement before awaiting (and restore on failure) or keep the stock in the database and update it with a conditional UPDATE.",
              symbol="POST /lots", conf=0.85),
            F("LOT-ML-UNVALIDATED", "medium", "bug", "`ml` is not validated when drawing a lot",
              "Require a positive number; a negative `ml` adds oil to the stock.", symbol="POST /lots", conf=0.75),
            F("LOT-FROM-REJECT-OIL", "medium", "bug", "Lots can be drawn from `reject` oil",
              "Refuse `grade === \"reject\"` before drawing a lot.", symbol="POST /lots", conf=0.65),
            F("STILL-START-RACE", "medium", "bug", "Still can be started twice: `busyStills.add` happens after the insert's `await`",
              "Add the still to `busyStills` before awaiting and remove it if the insert fails.",
              symbol="POST /runs", conf=0.8),
            F("CUT-KG-UNVALIDATED", "low", "bug", "`cutKg` is stored without validation",
              "Require a positive number (and a known field) before inserting the run.", symbol="POST /runs", conf=0.6),
            F("FIELD-TOTAL-LOST-UPDATE", "medium", "bug", "Per-field oil totals lose concurrent updates",
              "Read and write `fieldTotals` on the same side of the `await`, or compute totals from `field_yields`.",
              d=+1, symbol="POST /runs/:id/finish", conf=0.75),
            F("FINISH-UNKNOWN-RUN", "medium", "bug", "Finishing an unknown run crashes the handler",
              "Return 404 when the UPDATE matches no row; Express 4 does not catch the rejected promise.",
              d=+1, symbol="POST /runs/:id/finish", conf=0.75),
            F("FINISH-TWICE", "medium", "bug", "A run can be finished twice",
              "Add `AND finished_at IS NULL` to the UPDATE and answer 409 otherwise.", symbol="POST /runs/:id/finish", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("GRADER-TOKEN-UNVERIFIED", "critical", "security", "requireGrader: jwt.decode (no signature check)", "jwt.verify with algorithms.", d=-1),
            F("LABEL-PRINTER-INJECTION", "critical", "security", "label: req.body.printer -> exec shell string", "execFile + allow-list.", d=-1),
            F("REPORT-PATH-TRAVERSAL", "high", "security", "report: ?name= joined to REPORT_DIR (traversal)", "basename / fixed name.", d=-1),
            F("REPORT-ERRORS-UNHANDLED", "medium", "bug", "report: readFile rejection unhandled (missing name/file hangs request)", "try/catch -> 404."),
            F("SEARCH-SORT-INJECTION", "high", "security", "runs/search: sort interpolated into ORDER BY", "Allow-list.", d=-2),
            F("CERT-XSS", "medium", "security", "certificateHtml: unescaped template values", "Escape.", d=-1),
            F("STILL-START-RACE", "medium", "bug", "POST /runs: busyStills set after await -> double start", "Set before await.", d=+1),
            F("FIELD-TOTAL-LOST-UPDATE", "medium", "bug", "finish: fieldTotals read/write across await", "Same tick."),
            F("FINISH-UNKNOWN-RUN", "medium", "bug", "finish: rows[0] undefined for unknown id", "404."),
            F("GRADE-LOOP-PAST-END", "high", "bug", "gradeFor: GRADES[GRADES.length] is undefined", "i < GRADES.length.", d=+1),
            F("LOT-STOCK-RACE", "medium", "bug", "POST /lots: stale onHand written after await (oversell)", "Atomic DB update.", d=-2),
            F("ERROR-STACK-LEAK", "low", "security", "error handler returns err.stack", "Log it; send a generic message."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the lavender still-room service. The application is an Express server that
        tracks distillation runs, grades essential oil from gas-chromatography results and issues bottled lots to
        buyers.

        ## Security

        The most serious problems are in authentication and in places where user input reaches the shell or the
        file system.
        """,
        Block([
            F("GRADER-TOKEN-UNVERIFIED", "Critical", "Broken Authentication", "JWT Signature Not Verified for Graders",
              "Use `jwt.verify` with the secret.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. An attacker can craft `{\"role\":\"grader\"}` and submit grades."),
            F("LABEL-PRINTER-INJECTION", "Critical", "Command Injection", "Command Injection in Label Printing",
              "Avoid `exec` with interpolated strings.", sd=-2, n=3),
            F("LABEL-BUYER-INJECTION", "High", "Command Injection", "Stored Command Injection via Buyer Name",
              "Sanitize the buyer name or pass it as an argument.",
              desc="The buyer name comes from the database, where it was stored from an earlier request, and is placed inside double quotes in a shell command."),
            F("REPORT-PATH-TRAVERSAL", "High", "Path Traversal", "Path Traversal in GC Report Download",
              "Validate `name` with `path.basename` and check the extension.", sd=-2, n=3),
            F("SEARCH-SORT-INJECTION", "High", "SQL Injection", "SQL Injection via Sort Parameter",
              "Use a whitelist of sortable columns.", sd=-2, n=3),
            F("CERT-XSS", "Medium", "Cross-Site Scripting", "Reflected Data in Certificate Without Escaping",
              "Escape HTML entities."),
            F("CERT-PUBLIC", "Medium", "Broken Access Control", "Certificates Are Accessible Without Authentication",
              "Require a token or use unguessable certificate ids.",
              desc="Lot ids are sequential, so anyone can iterate `/lots/1/certificate`, `/lots/2/certificate`, ... and collect buyer names and analyses."),
            F("ERROR-STACK-LEAK", "Low", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error message in production."),
        ], wrap="list"),
        """
        ## Logic and Concurrency

        Node.js is single-threaded, but state that is read before an `await` and written after it can still be
        overwritten by another request in between.
        """,
        Block([
            F("STILL-START-RACE", "Medium", "Race Condition", "Race Condition When Starting a Still",
              "Reserve the still before the database call.", d=-2),
            F("FIELD-TOTAL-LOST-UPDATE", "Medium", "Race Condition", "Lost Updates to Field Yield Totals",
              "Update the map atomically after the await.", sd=-2, n=3),
            F("LOT-STOCK-RACE", "High", "Race Condition", "Overselling Oil Stock Under Concurrent Requests",
              "Use a database transaction.", d=+1),
            U({"severity": "Info", "category": "Style", "suggestion": "Consider moving the route handlers into separate router modules."}),
            F("GRADE-LOOP-PAST-END", "High", "Logic Error", "Out-of-Bounds Access in Grade Calculation",
              "Change `<=` to `<` in the loop condition.", sd=-2, n=3),
            F("FINISH-TWICE", "Medium", "Logic Error", "Runs Can Be Finished Multiple Times",
              "Only update runs that are not finished yet.", d=-1, sd=-1, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        Block([
            F("GRADER-TOKEN-UNVERIFIED", "high", "security", "jwt.decode instead of verify", "jwt.verify"),
            F("LABEL-PRINTER-INJECTION", "high", "security", "exec with printer from body", "execFile"),
            F("REPORT-PATH-TRAVERSAL", "high", "security", "path traversal in report download", "basename"),
            F("CERT-XSS", "medium", "", "certificate html not escaped", "escape buyer"),
        ], fence=None, indent=None),
        "also:",
        Block([
            F("GRADE-LOOP-PAST-END", "high", "bug", "grade loop off by one", "i < GRADES.length"),
            F("CUT-KG-UNVALIDATED", "low", "bug", "cutKg not validated", "check > 0"),
            F("LOT-ML-UNVALIDATED", "medium", "bug", "negative ml adds stock", "validate ml"),
            F("ERROR-STACK-LEAK", "low", "security", "stack trace sent in 500", "hide stack"),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Authentication: grader tokens are not verified.
        2. Injection: shell command in label printing, SQL in search, path traversal in reports.
        3. Concurrency: in-memory state updated across awaits (stills, field totals, oil stock).
        4. Correctness: grading loop bounds and limits, unknown ids.
        """,
        Block([
            F("GRADER-TOKEN-UNVERIFIED", "blocker", "security", "Grader middleware does not verify JWT signature",
              "Use jwt.verify.", conf=0.95),
            F("LABEL-PRINTER-INJECTION", "blocker", "security", "Command injection via printer parameter",
              "Use execFile with an argument array.", conf=0.9),
            F("LABEL-UNKNOWN-LOT", "minor", "reliability", "Label endpoint crashes for a lot that does not exist",
              "Check rows.length before using rows[0].", conf=0.6),
            F("REPORT-PATH-TRAVERSAL", "major", "security", "Directory traversal in report endpoint",
              "Validate the file name.", conf=0.85),
            F("SEARCH-SORT-INJECTION", "major", "security", "SQL injection in ORDER BY clause",
              "Whitelist the sort column.", d=-1, conf=0.85),
            F("STILL-START-RACE", "major", "concurrency", "Check-then-act race on busyStills",
              "Mark the still busy before awaiting the insert.", conf=0.75),
            F("FIELD-TOTAL-LOST-UPDATE", "major", "concurrency", "Lost update on fieldTotals across await",
              "Move the read after the await.", d=-1, conf=0.75),
            F("FINISH-UNKNOWN-RUN", "minor", "correctness", "Null dereference when the run id does not exist",
              "Return 404 if no row was updated.", d=+1, conf=0.7),
            F("LOT-STOCK-RACE", "major", "concurrency", "Oil stock can be oversold by concurrent lot requests",
              "Serialize stock updates.", d=-1, conf=0.75),
            F("GRADE-LOOP-PAST-END", "major", "correctness", "Loop bound in gradeFor goes one past the array",
              "Use < instead of <=.", conf=0.85),
            F("GRADE-CAMPHOR-INCLUSIVE", "minor", "correctness", "Grade boundary on camphor is inclusive",
              "Use a strict comparison for the camphor limit.", anchor="for (let i = 0; i <= GRADES.length; i++)", conf=0.6),
        ], wrap="object+summary", summary="11 issues: 2 blocker, 6 major, 3 minor"),
    ]),
}
