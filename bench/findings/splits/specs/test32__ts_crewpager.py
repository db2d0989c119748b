"""test32/ts-crewpager: a lifeboat station's crew pager and launch log (TypeScript). Frozen test split.

Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or any
other split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or "
    "the other splits' answers. Frozen test split (test32): seeded problems in a small Express + pg crew pager "
    "and launch log for a lifeboat station; five agents' answers written by hand."
)

S = "src/server.ts"
PG = "src/pager.ts"
LA = "src/launches.ts"
RO = "src/roster.ts"
PROBLEMS = {
    "COX-KEY-IN-QUERY": P(S, "const key = (req.query.key as string", "security", "coxswain key accepted from the query string (ends up in access logs, proxies, browser history)"),
    "COX-KEY-TIMING": P(S, "key !== COXSWAIN_KEY", "security", "coxswain key compared with !== (not constant-time)"),
    "CREW-SQLI": P(S, "WHERE status = '${status}'", "security", "status query parameter interpolated into the crew query: SQL injection", "source-vs-sink"),
    "HOOK-EMPTY-SECRET": P(S, 'crypto.createHmac("sha256", HOOK_SECRET)', "security", "COASTGUARD_HOOK_SECRET defaults to '': with it unset anyone can sign a shout"),
    "HOOK-TIMING": P(S, "if (sig !== expected)", "security", "webhook signature compared with !== (not constant-time)"),
    "HOOK-REPLAY": P(S, "await pageCrew(String(incident)", "security", "no timestamp or nonce in the signed webhook: a captured request can be replayed to page the crew again"),
    "PAGE-SHELL": P(PG, "exec(`sms-send --to ${phone}", "security", "phone number and shout text (incident and location from the webhook) interpolated into a shell command", "signature-vs-statement"),
    "PAGE-ERRORS-IGNORED": P(PG, "exec(`sms-send --to ${phone}", "bug", "exec has no callback: a failed SMS is never noticed, logged or retried; a crew member is silently not paged"),
    "PAGE-DROPPED": P(PG, "if (now - lastPage < PAGE_GAP_MS && severity < 3) return;", "bug", "a second shout within a minute with severity below 3 is silently dropped (a different incident, not a duplicate)"),
    "ACKS-RESET": P(PG, "acks.set(incident, new Set());", "bug", "extra, one agent: paging the same incident again replaces its set and throws away acknowledgements already received"),
    "MUSTER-HELM-ASSIGN": P(PG, '(r.role = "helm")', "bug", "= instead of ===: every crew row counts as a helm (and its role is overwritten)"),
    "MUSTER-OFF-BY-ONE": P(PG, "rows.length > MIN_CREW", "bug", "> MIN_CREW needs five crew to launch, not four", "off-by-one"),
    "ONCALL-LOST-UPDATE": P(PG, "UPDATE crew SET status = 'available'", "bug", "onCallCount read before an await and written after it: concurrent sign-ons lose increments", "critical-section"),
    "ONCALL-DOUBLE-COUNT": P(PG, "onCallCount = current + 1;", "bug", "counter incremented even when the member was already available: signing on twice counts twice"),
    "LAUNCH-LIMIT-UNBOUNDED": P(LA, "const limit = Number(req.query.limit ?? 50);", "performance", "limit from the query string is not capped (or checked for NaN): any crew member can pull the whole log"),
    "LATEST-FULL-TABLE": P(LA, 'pool.query("SELECT * FROM launches ORDER BY launched_at")', "performance", "the whole launch table is loaded to take one row (no ORDER BY ... DESC LIMIT 1)"),
    "LATEST-LAUNCH-INDEX": P(LA, "const last = rows[rows.length];", "bug", "rows[rows.length] is always undefined: /launches/latest always answers null", "off-by-one"),
    "LAUNCH-DATE-UNCHECKED": P(LA, "const year = new Date(launchedAt).getFullYear();", "bug", "launchedAt not validated: a missing or bad date gives NaN as the year and a failed insert (500)"),
    "LAUNCH-SEQ-RACE": P(LA, "const seq = rows[0].last + 1;", "bug", "MAX(seq) + 1 read and inserted in separate queries: two launches logged at once get the same service number", "critical-section"),
    "RECOVER-NO-ROLE": P(LA, 'launchRouter.post("/launches/:id/recover", crewAuth,', "security", "any crew member can close a service launch: no coxswainOnly on recover"),
    "RECOVER-NOTES-SQLI": P(LA, "notes = '${notes}' WHERE id = $2", "security", "notes from the body interpolated into the UPDATE: SQL injection", "signature-vs-statement"),
    "REPORT-NO-AUTH": P(LA, 'launchRouter.get("/launches/:id/report"', "security", "launch reports (incident details) served without any authentication"),
    "REPORT-MISSING-404": P(LA, "const l = rows[0];", "bug", "unknown id: rows[0] is undefined and l.year throws, a 500 instead of a 404"),
    "REPORT-XSS": P(LA, "res.send(`<h1>Service", "security", "incident and notes written into HTML unescaped: stored XSS"),
    "EXPORT-TRAVERSAL": P(LA, "res.download(path.join(EXPORT_DIR, file));", "security", "file query parameter joined to EXPORT_DIR: path traversal", "source-vs-sink"),
    "DUTY-SKIPS-LAST": P(RO, "return helms[week % (helms.length - 1)];", "bug", "modulo length - 1: the last helm is never on duty (and with one helm it is NaN)", "off-by-one"),
    "PHONE-UNVALIDATED": P(RO, 'const phone = String(req.body.phone ?? "").trim();', "security", "phone number stored without validation, later interpolated into the sms-send shell command"),
    "PHONE-ANY-CREW": P(RO, 'pool.query("UPDATE crew SET phone = $1 WHERE id = $2"', "security", "any crew member can change any other member's phone number (and so redirect their shouts)"),
}

CONFUSABLE = [
    ("COX-KEY-IN-QUERY", "COX-KEY-TIMING"),
    ("HOOK-EMPTY-SECRET", "HOOK-TIMING"),
    ("HOOK-TIMING", "HOOK-REPLAY"),
    ("PAGE-SHELL", "PAGE-ERRORS-IGNORED"),
    ("MUSTER-HELM-ASSIGN", "MUSTER-OFF-BY-ONE"),
    ("ONCALL-LOST-UPDATE", "ONCALL-DOUBLE-COUNT"),
    ("LATEST-FULL-TABLE", "LATEST-LAUNCH-INDEX"),
    ("LAUNCH-DATE-UNCHECKED", "LAUNCH-SEQ-RACE"),
    ("RECOVER-NO-ROLE", "RECOVER-NOTES-SQLI"),
    ("REPORT-NO-AUTH", "REPORT-XSS"),
    ("REPORT-MISSING-404", "REPORT-XSS"),
    ("PHONE-UNVALIDATED", "PHONE-ANY-CREW"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the crew pager (`src/server.ts`, `src/pager.ts`, `src/launches.ts`, `src/roster.ts`).

        For a service whose job is to get a lifeboat crew out of bed, the worrying part is less the usual
        web issues than the ways a shout can silently fail: SMS sends whose errors are dropped, a rate limit
        that discards a second incident, a muster check that can never be satisfied correctly, and a "latest
        launch" endpoint that always returns null. The injection problems are real too: two SQL injections
        (crew status filter, recovery notes), a shell command built from the webhook's incident text and
        stored phone numbers, and stored XSS in the launch report.

        | Severity | Findings |
        |---|---|
        | critical | 3 |
        | high | 9 |
        | medium | 8 |
        | low | 3 |
        """,
        Block([
            F("PAGE-SHELL", "critical", "security", "Command injection in `sendSms`: phone and shout text go through a shell",
              "Use `execFile(\"sms-send\", [\"--to\", phone, \"--msg\", body], cb)`; the incident and location come straight from the coastguard webhook body.",
              symbol="sendSms", conf=0.9),
            F("CREW-SQLI", "critical", "security", "SQL injection in `GET /crew` via the `status` filter",
              "Bind it: `WHERE status = $1` with `[status]`.", symbol="GET /crew", conf=0.95),
            F("RECOVER-NOTES-SQLI", "critical", "security", "SQL injection through `notes` in the recovery update",
              "Pass `notes` as a third parameter instead of interpolating it.",
              symbol="POST /launches/:id/recover", conf=0.95),
            F("PAGE-ERRORS-IGNORED", "high", "bug", "Failed SMS sends are ignored, so a crew member can silently miss a shout",
              "Give `exec`/`execFile` a callback, log failures and retry or alert the coxswain.",
              symbol="sendSms", conf=0.8),
            F("PAGE-DROPPED", "high", "bug", "A second shout inside a minute is dropped when its severity is below 3",
              "Rate-limit per incident, not globally; a different incident within 60 s is currently discarded without a trace.",
              symbol="pageCrew", conf=0.8),
            F("HOOK-EMPTY-SECRET", "high", "security", "Webhook HMAC key falls back to an empty string",
              "Refuse to start without `COASTGUARD_HOOK_SECRET`; with `\"\"` anyone can compute a valid signature and page the crew.",
              symbol="POST /hooks/coastguard", conf=0.85),
            F("HOOK-TIMING", "medium", "security", "Webhook signature compared with `!==`",
              "Use `crypto.timingSafeEqual` on equal-length buffers.", symbol="POST /hooks/coastguard", conf=0.6),
            F("HOOK-REPLAY", "medium", "security", "Signed shouts can be replayed",
              "Include a timestamp (and incident id) in the signed payload and reject old or already-seen requests.",
              symbol="POST /hooks/coastguard", conf=0.6),
            F("COX-KEY-IN-QUERY", "medium", "security", "Coxswain key accepted in the query string",
              "Accept the key only from the header; `?key=` ends up in access logs and browser history.",
              symbol="coxswainOnly", conf=0.75),
            F("COX-KEY-TIMING", "low", "security", "Coxswain key comparison is not constant-time",
              "Use `crypto.timingSafeEqual`.", symbol="coxswainOnly", conf=0.5),
            F("MUSTER-HELM-ASSIGN", "high", "bug", "Muster helm filter assigns instead of comparing",
              "`r.role === \"helm\"`; as written every mustered crew member is counted as a helm and has their role overwritten in the response.",
              symbol="GET /pages/:incident/muster", conf=0.9),
            F("MUSTER-OFF-BY-ONE", "medium", "bug", "`canLaunch` requires more than `MIN_CREW` crew",
              "Use `>=`: with exactly four crew mustered the boat is reported as unable to launch.",
              symbol="GET /pages/:incident/muster", conf=0.85),
            F("ONCALL-LOST-UPDATE", "medium", "bug", "`onCallCount` is updated across an `await`",
              "Increment after the query (`onCallCount += 1`) or derive the count from the database; concurrent sign-ons overwrite each other's increment.",
              symbol="POST /oncall", conf=0.75),
            F("ONCALL-DOUBLE-COUNT", "low", "bug", "Signing on twice increments the on-call count twice",
              "Only count when the UPDATE actually changed the status (`WHERE id = $1 AND status <> 'available'`, check `rowCount`).",
              symbol="POST /oncall", conf=0.6),
            F("ACKS-RESET", "medium", "bug", "Re-paging an incident discards its acknowledgements",
              "Only create the set if none exists: a severity-3 re-page replaces the set, so crew who already acknowledged vanish from the muster.",
              symbol="pageCrew", conf=0.6),
            F("LATEST-LAUNCH-INDEX", "high", "bug", "`/launches/latest` always returns null",
              "`rows[rows.length - 1]`, or better `ORDER BY launched_at DESC LIMIT 1` and `rows[0]`.",
              symbol="GET /launches/latest", conf=0.95),
            F("LAUNCH-SEQ-RACE", "high", "bug", "Service numbers are allocated with read-then-insert",
              "Use a sequence or a unique `(year, seq)` constraint with a retry; two launches logged together get the same number.",
              symbol="POST /launches", conf=0.8),
            F("RECOVER-NO-ROLE", "medium", "security", "Any crew member can record a recovery",
              "Add `coxswainOnly` as on `POST /launches`.", symbol="POST /launches/:id/recover", conf=0.65),
            F("REPORT-XSS", "high", "security", "Stored XSS in the launch report page",
              "Escape `incident` and `notes` before writing them into HTML (or render with a template engine that escapes).",
              symbol="GET /launches/:id/report", conf=0.9),
            F("REPORT-MISSING-404", "low", "bug", "Unknown launch id crashes the report handler",
              "Return 404 when `rows.length === 0`.", symbol="GET /launches/:id/report", conf=0.8),
            F("EXPORT-TRAVERSAL", "high", "security", "Path traversal in `/launches/export`",
              "Reject names containing path separators, or resolve and check the result stays under `EXPORT_DIR`.",
              symbol="GET /launches/export", conf=0.85),
            F("DUTY-SKIPS-LAST", "medium", "bug", "`dutyFor` never picks the last helm",
              "`week % helms.length`; the current divisor also yields `NaN` with a single helm.",
              symbol="dutyFor", conf=0.85),
            F("PHONE-ANY-CREW", "high", "security", "Crew can overwrite other crew members' phone numbers",
              "Only allow `req.params.id === res.locals.crew.id` (or the coxswain); otherwise shouts can be redirected.",
              symbol="PUT /crew/:id/phone", conf=0.85),
            F("PHONE-UNVALIDATED", "medium", "security", "Phone numbers are stored without validation",
              "Validate E.164 (`/^\\+?[0-9]{7,15}$/`); the stored value is later placed in a shell command by `sendSms`.",
              symbol="PUT /crew/:id/phone", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run (no tsconfig.json in the repo). Findings, most severe first:",
        Block([
            F("CREW-SQLI", "critical", "security", "GET /crew: req.query.status spliced into SQL",
              "$1 placeholder", d=-2),
            F("RECOVER-NOTES-SQLI", "critical", "security", "recover handler builds UPDATE with notes string",
              "parameterise notes", d=-2),
            F("PAGE-SHELL", "high", "security", "sendSms shells out with untrusted text",
              "execFile + argv", d=-2),
            F("HOOK-EMPTY-SECRET", "high", "security", "HMAC secret may be empty -> forgeable shouts",
              "require COASTGUARD_HOOK_SECRET"),
            F("REPORT-XSS", "high", "security", "report endpoint renders incident/notes as raw HTML",
              "escape output"),
            F("EXPORT-TRAVERSAL", "high", "security", "export: ?file=../../.. escapes EXPORT_DIR",
              "basename + allow-list", d=-1),
            F("PHONE-ANY-CREW", "high", "security", "PUT /crew/:id/phone lacks ownership check",
              "compare id with res.locals.crew.id"),
            F("LATEST-LAUNCH-INDEX", "high", "bug", "rows[rows.length] is out of bounds",
              "rows.length - 1"),
            F("MUSTER-HELM-ASSIGN", "high", "bug", "filter uses assignment (r.role = \"helm\")",
              "==="),
            F("MUSTER-OFF-BY-ONE", "medium", "bug", "canLaunch off by one (> MIN_CREW)",
              ">="),
            F("LAUNCH-SEQ-RACE", "medium", "bug", "duplicate seq possible: MAX()+1 then INSERT",
              "sequence / unique constraint", d=-1),
            F("LAUNCH-DATE-UNCHECKED", "low", "bug", "launchedAt unvalidated; NaN year",
              "validate date"),
            F("ONCALL-DOUBLE-COUNT", "low", "bug", "oncall increments even if already available",
              "check rowCount"),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the lifeboat crew pager. The service is an Express application using
        PostgreSQL; it receives coastguard shouts through a webhook, pages the available crew by SMS, and keeps
        a launch log with printable reports.

        **Critical and High**
        """,
        Block([
            F("CREW-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Crew Listing",
              "Use parameterized queries.",
              desc="The `status` query parameter is placed inside the SQL string with a template literal."),
            F("RECOVER-NOTES-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Launch Recovery Notes",
              "Bind `notes` as a parameter."),
            F("PAGE-SHELL", "HIGH", "Command Injection", "Command Injection in SMS Sending Function",
              "Use `execFile` with an argument array.", d=-2,
              desc="`sendSms` passes the phone number and message to `exec`, which runs them through `/bin/sh`."),
            F("HOOK-EMPTY-SECRET", "HIGH", "Security Misconfiguration", "Empty Default Webhook Secret",
              "Fail at startup when the secret is not configured."),
            F("HOOK-TIMING", "MEDIUM", "Cryptographic Failure", "Timing Attack on Webhook Signature",
              "Use `crypto.timingSafeEqual`."),
            F("COX-KEY-IN-QUERY", "MEDIUM", "Sensitive Data Exposure", "Coxswain Key Read From URL",
              "Only read the key from a header."),
            F("REPORT-XSS", "HIGH", "Cross-Site Scripting", "Stored XSS in Launch Report",
              "HTML-encode all values."),
            F("REPORT-NO-AUTH", "MEDIUM", "Broken Access Control", "Launch Report Is Public",
              "Add `crewAuth` to the report route."),
            F("EXPORT-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Launch Export",
              "Use `path.basename` and verify the resolved path."),
            F("PHONE-ANY-CREW", "HIGH", "Broken Access Control", "Phone Number Update Without Ownership Check",
              "Verify the crew id matches the authenticated member."),
        ], wrap="list"),
        """
        **Medium and Low**
        """,
        Block([
            F("MUSTER-OFF-BY-ONE", "major", "Business Logic", "Launch Readiness Requires Too Many Crew",
              "Use `>=` for the minimum crew check.", d=+1, sd=0),
            F("ONCALL-LOST-UPDATE", "major", "Race Condition", "Race Condition on On-Call Counter",
              "Avoid read-modify-write across `await`.", d=+1),
            F("LAUNCH-SEQ-RACE", "major", "Race Condition", "Duplicate Service Numbers Under Concurrency",
              "Use a database sequence.", d=+1, n=2,
              desc="The next service number is computed from `MAX(seq)` and inserted in a later query."),
            F("LATEST-LAUNCH-INDEX", "major", "Index Out of Range", "Latest Launch Lookup Reads Past the End",
              "Use `rows.length - 1`."),
            F("LATEST-FULL-TABLE", "minor", "Performance", "Latest Launch Loads Entire Table",
              "Use `ORDER BY launched_at DESC LIMIT 1`."),
            F("PAGE-DROPPED", "major", "Business Logic", "Shouts Suppressed by Global Rate Limit",
              "Track the rate limit per incident.", d=+1, sd=0,
              desc="Any page within 60 seconds of the previous one is discarded unless severity is 3 or more."),
            U({"severity": "minor", "category": "style", "description": "Mixed use of `res.end()` and `res.json()` for empty responses."}),
            F("DUTY-SKIPS-LAST", "minor", "Business Logic", "Duty Rota Never Assigns Last Helm",
              "Use `helms.length` as the modulus.", d=-1),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("CREW-SQLI", "error", "security", "sql injection in /crew status filter", "bind $1", d=-1),
            F("RECOVER-NOTES-SQLI", "error", "security", "sql injection via recovery notes", "bind notes"),
        ], fence="json", indent=None),
        Block([
            F("PAGE-SHELL", "error", "security", "shell injection in sms send", "execFile"),
            F("PHONE-UNVALIDATED", "warning", "", "phone number not validated before storing", "check format"),
            F("COX-KEY-TIMING", "warning", "security", "timing-unsafe key compare in coxswainOnly", "timingSafeEqual", d=-1, sd=0),
        ], fence="json", indent=None),
        Block([
            F("REPORT-NO-AUTH", "warning", "security", "report route has no auth", "add crewAuth"),
            F("REPORT-XSS", "error", "security", "xss in launch report", "escape html"),
            F("MUSTER-HELM-ASSIGN", "error", "bug", "assignment in helm filter", "use ==="),
            F("LATEST-LAUNCH-INDEX", "warning", "bug", "latest launch always null", "rows.length - 1", d=+1),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report: crewpager

        ## Summary
        1. SQL injection in two places and command injection in SMS sending.
        2. Webhook and coxswain authentication weaknesses.
        3. Concurrency problems in the on-call counter and service numbering.
        4. Several logic errors in muster, latest launch and the rota.
        5. Missing input limits and error handling.
        """,
        Block([
            F("CREW-SQLI", "blocker", "security", "SQL injection in crew status filter", "Use parameter binding.", conf=0.95),
            F("RECOVER-NOTES-SQLI", "blocker", "security", "SQL injection in recovery notes update",
              "Use parameter binding.", d=-1, conf=0.9),
            F("PAGE-SHELL", "blocker", "security", "Command injection in sendSms", "Use execFile.", conf=0.9),
            F("PAGE-ERRORS-IGNORED", "major", "reliability", "SMS failures not handled",
              "Handle the exec callback error.", conf=0.7),
            F("HOOK-EMPTY-SECRET", "major", "security", "Webhook secret may be empty", "Require the secret.", conf=0.8),
            F("HOOK-REPLAY", "major", "security", "Webhook lacks replay protection",
              "Sign a timestamp and reject stale requests.", d=-2, conf=0.6),
            F("COX-KEY-IN-QUERY", "minor", "security", "Coxswain key accepted as query parameter",
              "Use a header only.", conf=0.7),
            F("REPORT-XSS", "major", "security", "Cross-site scripting in launch report", "Escape HTML.", conf=0.85),
            F("REPORT-MISSING-404", "minor", "correctness", "Report crashes for unknown launch id",
              "Check rows length.", conf=0.75),
            F("EXPORT-TRAVERSAL", "major", "security", "Path traversal in export file name",
              "Sanitise the file name.", d=-1, conf=0.85),
            F("RECOVER-NO-ROLE", "minor", "security", "Recovery endpoint missing coxswain check",
              "Add coxswainOnly.", conf=0.6),
            F("ONCALL-LOST-UPDATE", "major", "concurrency", "Lost update on onCallCount across await",
              "Update the counter atomically.", d=-1, conf=0.75),
            F("LAUNCH-SEQ-RACE", "major", "concurrency", "Race condition in service number allocation",
              "Use a sequence.", conf=0.8),
            F("MUSTER-OFF-BY-ONE", "major", "correctness", "Off-by-one in minimum crew check",
              "Use >= MIN_CREW.", conf=0.8),
            F("LATEST-LAUNCH-INDEX", "major", "correctness", "Array index out of bounds in latest launch",
              "Use rows.length - 1.", conf=0.9),
            F("DUTY-SKIPS-LAST", "minor", "correctness", "Rota modulus skips the last helm",
              "Use helms.length.", conf=0.8),
            F("LAUNCH-LIMIT-UNBOUNDED", "minor", "performance", "Unbounded limit on launch listing",
              "Cap the limit.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 3 blocker, 10 major, 4 minor"),
    ]),
}
