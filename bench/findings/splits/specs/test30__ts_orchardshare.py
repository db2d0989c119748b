"""test30/ts-orchardshare: a community orchard's tree adoption, harvest shares and picking slots (TypeScript).

Frozen test split test30: written 2026-12-03 by a helper session that had not seen the merger code, its
results, the bench tuning set or any other split's answers, specs or repositories (only
specs/tune2__py_snapctl.py, for the format). Labels sit next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-03 by a helper session that had not seen the merger code, its results, the tuning set or "
    "any other split's cases. Frozen test split (test30): seeded problems in a small Express + pg service for a "
    "community orchard; five agents' answers written by hand."
)

SV = "src/server.ts"
T = "src/trees.ts"
H = "src/harvest.ts"
FR = "src/frost.ts"
PROBLEMS = {
    "SESSION-NO-EXPIRY": P(SV, '"SELECT member_id FROM sessions WHERE token = $1"', "security",
                           "session lookup ignores expiry or revocation: a leaked token works forever",
                           "signature-vs-statement"),
    "WARDEN-DEFAULT-KEY": P(SV, 'const WARDEN_KEY = process.env.WARDEN_KEY ?? "orchard-warden";', "security",
                            "hard-coded fallback warden key when WARDEN_KEY is unset"),
    "WARDEN-KEY-QUERY": P(SV, 'const key = req.get("x-warden-key") ?? req.query.key;', "security",
                          "warden key accepted from the ?key= query string (ends up in logs and history)"),
    "ERROR-STACK-LEAK": P(SV, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns stack traces to clients (extra, one agent)"),
    "PHOTO-NO-LIMITS": P(T, "const upload = multer({", "security",
                         "multer configured without fileSize/files limits or a file filter: disk filling, any file type"),
    "PHOTO-NAME-TRAVERSAL": P(T, "filename: (req, file, cb) => cb(null,", "security",
                              "stored file name built from :id and the client's original name: overwrites, chosen "
                              "extension, an encoded ../ in :id escapes PHOTO_DIR"),
    "TREES-SORT-SQLI": P(T, "ORDER BY ${sort} LIMIT ${limit}", "security",
                         "sort query value interpolated into ORDER BY: SQL injection", "source-vs-sink"),
    "TREES-LIMIT-UNBOUNDED": P(T, "ORDER BY ${sort} LIMIT ${limit}", "performance",
                               "limit query value not capped (or NaN): whole table dumps, 500 on bad input"),
    "ADOPT-RETIRED": P(T, '"SELECT adopter_id, retired FROM trees WHERE id = $1"', "bug",
                       "retired (felled) trees can be adopted: retired is selected but never checked"),
    "ADOPT-RACE": P(T, "if (tree.rows[0].adopter_id !== null)", "bug",
                    "adopter checked, then UPDATE without AND adopter_id IS NULL: two members can both adopt; last wins",
                    "critical-section"),
    "ADOPT-LIMIT-OFF": P(T, "if (mine.rows[0].n > MAX_TREES_PER_MEMBER)", "bug",
                         "> instead of >=: a member can adopt three trees, not two", "off-by-one"),
    "NICK-IDOR": P(T, '"UPDATE trees SET nickname = $1 WHERE id = $2"', "security",
                   "any member can rename any tree: update not scoped to adopter_id", "signature-vs-statement"),
    "LABEL-STORED-XSS": P(T, "res.type(\"html\").send(`<h1>${t.nickname}</h1>", "security",
                          "member-set nickname written into the HTML label unescaped: stored XSS"),
    "LABEL-REFLECTED-XSS": P(T, "res.type(\"html\").send(`<h1>${t.nickname}</h1>", "security",
                             "note query value echoed into the HTML label: reflected XSS", "source-vs-sink"),
    "PHOTO-READ-TRAVERSAL": P(T, "res.sendFile(path.join(PHOTO_DIR, req.params.name));", "security",
                              "photo name (URL-decoded param) joined to PHOTO_DIR and sent: path traversal read",
                              "signature-vs-statement"),
    "SLOTS-LAST-MISSING": P(H, "t + step < closes.getTime()", "bug",
                            "< instead of <=: the last slot that ends exactly at closing time is never offered",
                            "off-by-one"),
    "SHARE-NOT-ADOPTER": P(H, '"SELECT DISTINCT adopter_id FROM trees WHERE adopter_id IS NOT NULL"', "security",
                           "memberId is never checked against the adopters: any member can claim a share"),
    "SHARE-WRONG-SCOPE": P(H, '"SELECT DISTINCT adopter_id FROM trees WHERE adopter_id IS NOT NULL"', "bug",
                           "share divided among every adopter in the orchard, not the adopters of the harvested row"),
    "SHARE-UNKNOWN-HARVEST": P(H, "return Math.round((h.rows[0].total_kg / adopters.length) * 10) / 10;", "bug",
                               "unknown harvest id (h.rows[0] undefined) or no adopters (division by zero) not handled"),
    "HARVEST-KG-UNVALIDATED": P(H, "[treeRow, totalKg, opensAt, closesAt],", "bug",
                                "harvest total and picking window not validated (negative kg, closing before opening) "
                                "(extra, one agent)"),
    "CLAIM-RACE": P(H, "const share = await shareFor(", "bug",
                    "claimed.has() then await then claimed.set(): concurrent requests both claim the share",
                    "critical-section"),
    "CLAIM-NOT-PERSISTED": P(H, '"INSERT INTO claims (harvest_id, member_id, kg)', "bug",
                             "double claims prevented only by an in-process Map: after a restart or on a second "
                             "instance the insert happily repeats (no unique constraint)"),
    "SLOT-INDEX-OFF": P(H, "if (n > slots.length)", "bug",
                        "> instead of >=: n == slots.length passes and books slot undefined", "off-by-one"),
    "SLOT-NEGATIVE": P(H, "if (n > slots.length)", "bug",
                       "negative or non-numeric n passes the check: slots[-1] / slots[NaN] is inserted"),
    "FROST-EMPTY-SECRET": P(FR, 'const secret = process.env.FROST_WEBHOOK_SECRET ?? "";', "security",
                            "webhook secret defaults to empty: anyone can compute a valid signature"),
    "FROST-REPARSED-BODY": P(FR, ".update(JSON.stringify(req.body))", "bug",
                             "HMAC computed over re-serialised JSON instead of the raw body: genuine alerts fail "
                             "whenever key order or spacing differs"),
    "FROST-TIMING": P(FR, "if (signature !== expected) return res.sendStatus(401);", "security",
                      "signature compared with !== instead of crypto.timingSafeEqual"),
    "FROST-EXEC-INJECTION": P(FR, "exec(`notify-wardens --channel sms --text", "security",
                              "alert message from the webhook body put in a shell command run by exec",
                              "source-vs-sink"),
}

CONFUSABLE = [
    ("TREES-SORT-SQLI", "TREES-LIMIT-UNBOUNDED"),
    ("ADOPT-RETIRED", "ADOPT-RACE"),
    ("ADOPT-RACE", "ADOPT-LIMIT-OFF"),
    ("LABEL-STORED-XSS", "LABEL-REFLECTED-XSS"),
    ("PHOTO-NO-LIMITS", "PHOTO-NAME-TRAVERSAL"),
    ("SHARE-NOT-ADOPTER", "SHARE-WRONG-SCOPE"),
    ("SHARE-WRONG-SCOPE", "SHARE-UNKNOWN-HARVEST"),
    ("CLAIM-RACE", "CLAIM-NOT-PERSISTED"),
    ("SLOT-INDEX-OFF", "SLOT-NEGATIVE"),
    ("FROST-EMPTY-SECRET", "FROST-TIMING"),
    ("FROST-REPARSED-BODY", "FROST-TIMING"),
    ("FROST-EMPTY-SECRET", "FROST-REPARSED-BODY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `orchardshare` is an Express 4 + `pg` service. Queries are mostly parameterised and the un-adopt route is
        correctly scoped to the adopter, but there are real problems:

        1. Injection: `ORDER BY ${sort}`, two XSS sinks in the tree label, and a shell command in the frost webhook.
        2. Authorisation: nickname edits, session expiry, the warden key and share claims.
        3. Files: photo uploads and downloads trust client-supplied names.
        4. Concurrency and bounds: adoption and share claiming are check-then-act; slot maths is off by one twice.
        """,
        Block([
            F("TREES-SORT-SQLI", "critical", "security", "SQL injection through the `sort` query parameter",
              "Map `sort` onto a fixed set of columns (`row_no`, `variety`, `planted`); identifiers cannot be bound as `$n` parameters.",
              symbol="GET /trees", conf=0.95),
            F("FROST-EXEC-INJECTION", "critical", "security", "Command injection in the frost alert webhook",
              "Use `execFile(\"notify-wardens\", [\"--channel\", \"sms\", \"--text\", message])`; double quotes do not stop `$(...)` or a `\"`.",
              symbol="POST /frost/alert", conf=0.9),
            F("LABEL-STORED-XSS", "high", "security", "Stored XSS: tree nickname rendered into HTML unescaped",
              "HTML-escape every interpolated value (or render with a template engine that escapes by default).",
              symbol="GET /trees/:id/label", conf=0.9),
            F("LABEL-REFLECTED-XSS", "high", "security", "Reflected XSS: `note` query parameter echoed into the label page",
              "Escape `note` as well, or drop it; a link to the label with a crafted `note` runs script in the site's origin.",
              symbol="GET /trees/:id/label", conf=0.85),
            F("NICK-IDOR", "high", "security", "Any member can rename any tree",
              "Add `AND adopter_id = $3` with `req.memberId` and return 404 when no row changed, as the DELETE route already does.",
              symbol="PUT /trees/:id/nickname", conf=0.9),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "Path traversal in photo download",
              "Use `res.sendFile(name, { root: PHOTO_DIR })` after checking the name against `^[\\w.-]+$`.",
              symbol="GET /trees/:id/photos/:name", conf=0.85),
            F("PHOTO-NAME-TRAVERSAL", "medium", "security", "Uploaded photos are stored under a client-controlled name",
              "Generate the stored name (`crypto.randomUUID()` plus an extension from an allow-list); today one member can overwrite another's photo or upload `x.html`.",
              symbol="upload", conf=0.75),
            F("WARDEN-DEFAULT-KEY", "high", "security", "Hard-coded default warden key",
              "Fail at startup when `WARDEN_KEY` is unset instead of falling back to a guessable constant.",
              symbol="WARDEN_KEY", conf=0.9),
            F("WARDEN-KEY-QUERY", "medium", "security", "Warden key accepted as a query parameter",
              "Read it from the header only.", symbol="requireWarden", conf=0.75),
            F("SESSION-NO-EXPIRY", "medium", "security", "Sessions never expire",
              "Add `AND expires_at > now()` (and a revoked flag) to the session lookup.",
              symbol="requireMember", conf=0.7),
            F("FROST-EMPTY-SECRET", "high", "security", "Webhook signature check uses an empty secret when unconfigured",
              "Refuse requests (or refuse to start) when `FROST_WEBHOOK_SECRET` is not set.",
              symbol="POST /frost/alert", conf=0.85),
            F("FROST-REPARSED-BODY", "medium", "bug", "Webhook HMAC is computed over `JSON.stringify(req.body)`",
              "Verify against the raw request bytes (`express.raw()` on this route or the `verify` hook of `express.json`).",
              symbol="POST /frost/alert", conf=0.7),
            F("ADOPT-RACE", "medium", "bug", "Two members can adopt the same tree concurrently",
              "Make the update conditional: `UPDATE trees SET adopter_id = $1 WHERE id = $2 AND adopter_id IS NULL` and check `rowCount`.",
              symbol="POST /trees/:id/adopt", conf=0.8),
            F("ADOPT-LIMIT-OFF", "medium", "bug", "Adoption limit lets a member take one tree too many",
              "`>=`: with two trees already, `2 > 2` is false and a third adoption goes through.",
              symbol="POST /trees/:id/adopt", conf=0.85),
            F("CLAIM-RACE", "medium", "bug", "Share claim check and record are separated by an `await`",
              "Two concurrent claims both pass `claimed.has(key)` before either sets it; rely on a unique constraint on `claims(harvest_id, member_id)` instead.",
              d=-1, n=3, symbol="POST /harvests/:harvestId/claim", conf=0.8),
            F("CLAIM-NOT-PERSISTED", "medium", "bug", "Duplicate-claim protection lives only in process memory",
              "After a restart (or with two instances) `claimed` is empty and the insert runs again; add a unique index and `ON CONFLICT DO NOTHING`.",
              symbol="POST /harvests/:harvestId/claim", conf=0.7),
            F("SHARE-WRONG-SCOPE", "medium", "bug", "Share divides by all adopters, not those of the harvested row",
              "Filter the adopters by the harvest's `tree_row`.", symbol="shareFor", conf=0.7),
            F("SLOTS-LAST-MISSING", "low", "bug", "The last picking slot of a window is dropped",
              "Use `t + step <= closes.getTime()`; a 09:00-10:00 window gives one slot instead of two.",
              symbol="pickingSlots", conf=0.85),
            F("SLOT-INDEX-OFF", "medium", "bug", "Slot index check accepts `n === slots.length`",
              "`n >= slots.length` (and `n < 0`) must be rejected.", symbol="POST /harvests/:harvestId/slots/:n", conf=0.85),
            F("SLOT-NEGATIVE", "low", "bug", "Negative or non-numeric slot numbers pass validation",
              "Reject `!Number.isInteger(n) || n < 0`; `slots[-1]` is `undefined` and is inserted as NULL.",
              symbol="POST /harvests/:harvestId/slots/:n", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed src/ (4 files). tsc not run (no tsconfig in repo).",
        Block([
            F("TREES-SORT-SQLI", "critical", "security", "req.query.sort reaches ORDER BY unvalidated", "Allow-list.", d=-3),
            F("TREES-LIMIT-UNBOUNDED", "low", "performance", "?limit= not clamped; NaN gives a 500", "Clamp 1..100.", d=-2),
            F("FROST-EXEC-INJECTION", "critical", "security", "Webhook body.message flows into exec()", "execFile + argv.", d=-3),
            F("LABEL-REFLECTED-XSS", "high", "security", "?note= rendered as HTML", "Escape.", d=-2),
            F("NICK-IDOR", "high", "security", "PUT nickname: no adopter check", "Scope by adopter_id.", d=-2),
            F("PHOTO-READ-TRAVERSAL", "high", "security", "GET photos/:name reads arbitrary files", "sendFile root option.", d=-1),
            F("PHOTO-NAME-TRAVERSAL", "medium", "security", "Client original filename used for stored file", "Random name."),
            F("WARDEN-KEY-QUERY", "medium", "security", "Warden key via query string", "Header only."),
            F("FROST-EMPTY-SECRET", "high", "security", "Unset FROST_WEBHOOK_SECRET => HMAC with empty key", "Require secret."),
            F("SESSION-NO-EXPIRY", "medium", "security", "requireMember: no session expiry", "Check expires_at.", d=-2),
            F("ADOPT-RACE", "medium", "bug", "Adoption check-then-update race (lost adoption)", "Conditional UPDATE.", d=+3),
            F("ADOPT-LIMIT-OFF", "medium", "bug", "MAX_TREES_PER_MEMBER off by one", ">="),
            F("CLAIM-RACE", "medium", "bug", "Concurrent claims both succeed (await between has/set)", "DB unique constraint.", d=+1),
            F("SHARE-UNKNOWN-HARVEST", "medium", "bug", "shareFor: TypeError on unknown harvest, Infinity with no adopters", "404 / guard."),
            F("SLOT-INDEX-OFF", "medium", "bug", "n == slots.length accepted", ">="),
            F("SLOT-NEGATIVE", "low", "bug", "n < 0 / NaN not rejected", "Validate integer range."),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the Orchard Share codebase. It is an Express application using PostgreSQL that lets
        community members adopt fruit trees, claim a share of each harvest and sign up for picking slots, with a
        webhook that relays frost alerts to the wardens.

        ### Security Vulnerabilities
        """,
        Block([
            F("FROST-EXEC-INJECTION", "CRITICAL", "Command Injection", "OS Command Injection in Frost Alert Webhook",
              "Use `execFile` with an argument array.",
              desc="The `message` field of the webhook body is interpolated into a command string executed by a shell."),
            F("TREES-SORT-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Tree Listing Sort Order",
              "Whitelist allowed sort columns."),
            F("LABEL-STORED-XSS", "HIGH", "Cross-Site Scripting", "Stored Cross-Site Scripting via Tree Nickname",
              "Escape output before inserting into HTML."),
            F("LABEL-REFLECTED-XSS", "HIGH", "Cross-Site Scripting", "Reflected Cross-Site Scripting via Note Parameter",
              "Encode the `note` parameter."),
            F("PHOTO-READ-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Photo Retrieval",
              "Use the `root` option of `sendFile`."),
            F("NICK-IDOR", "HIGH", "Broken Access Control", "Missing Ownership Check on Nickname Update",
              "Verify that the caller is the adopter of the tree."),
            F("WARDEN-DEFAULT-KEY", "HIGH", "Hardcoded Credentials", "Hardcoded Default Warden Key",
              "Remove the fallback value."),
            F("WARDEN-KEY-QUERY", "Medium", "Sensitive Data Exposure", "API Key Accepted in Query String",
              "Accept the key from headers only."),
            F("FROST-EMPTY-SECRET", "HIGH", "Broken Authentication", "Webhook Secret Defaults to Empty String",
              "Require a non-empty secret."),
            F("FROST-REPARSED-BODY", "Medium", "Cryptographic Failure", "HMAC Verified Against Re-Serialized Body",
              "Compute the HMAC over the raw request body."),
            F("ERROR-STACK-LEAK", "Medium", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Return a generic error message in production."),
            F("SHARE-NOT-ADOPTER", "Medium", "Broken Access Control", "Harvest Share Not Restricted to Adopters",
              "Check that the member adopted a tree in the harvested row.", d=+2,
              desc="`memberId` is passed to `shareFor` but only used in a debug log line; any signed-in member receives a share."),
        ], wrap="list"),
        """
        ### Logic and Concurrency Issues
        """,
        Block([
            F("ADOPT-RACE", "major", "Race Condition", "Race Condition in Tree Adoption",
              "Use an atomic conditional update.", d=-2),
            F("ADOPT-LIMIT-OFF", "minor", "Business Logic", "Adoption Limit Off-by-One",
              "Use `>=` for the limit.", d=-1),
            F("CLAIM-RACE", "major", "Race Condition", "Duplicate Harvest Claims Under Concurrency",
              "Use a database constraint.", d=-1),
            F("CLAIM-NOT-PERSISTED", "minor", "Reliability", "Claim Deduplication Lost on Restart",
              "Persist the uniqueness rule in the database."),
            F("SLOT-INDEX-OFF", "minor", "Index Out of Range", "Slot Bounds Check Allows Out-of-Range Index",
              "Compare with `>=`.", d=-1),
            F("SLOTS-LAST-MISSING", "minor", "Business Logic", "Final Picking Slot Omitted",
              "Use `<=` in the loop condition.", d=-1),
            U({"severity": "info", "category": "style", "description": "Async route handlers do not forward errors to next()."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("TREES-SORT-SQLI", "error", "security", "sql injection via sort", "allow-list sort columns"),
            F("LABEL-REFLECTED-XSS", "error", "security", "xss via note param", "escape html"),
            F("FROST-EXEC-INJECTION", "error", "security", "shell injection in frost webhook", "execFile"),
            F("PHOTO-READ-TRAVERSAL", "error", "security", "path traversal reading photos", "sendFile root"),
            F("NICK-IDOR", "warning", "security", "nickname update not owner-checked", "filter adopter_id"),
            F("WARDEN-DEFAULT-KEY", "warning", "", "default warden key in source", "require env var"),
            F("FROST-TIMING", "warning", "security", "non constant-time signature compare", "timingSafeEqual"),
            F("ADOPT-RETIRED", "warning", "bug", "retired trees adoptable", "check retired"),
            F("CLAIM-RACE", "warning", "bug", "claim race", "unique constraint"),
            F("SLOT-INDEX-OFF", "warning", "bug", "slot index off by one", ">="),
        ], fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. Injection: SQL (sort), XSS (label), command (frost webhook).
        2. Authentication: session expiry, warden key, webhook signature.
        3. File handling: uploads without limits, download traversal.
        4. Concurrency: adoption and claims.
        5. Correctness: share calculation, slot bounds, input validation.
        """,
        Block([
            F("TREES-SORT-SQLI", "blocker", "security", "SQL injection in tree list ordering",
              "Validate the sort column.", d=-1, conf=0.9),
            F("TREES-LIMIT-UNBOUNDED", "minor", "performance", "Unbounded LIMIT from query",
              "Cap the limit.", conf=0.6),
            F("FROST-EXEC-INJECTION", "blocker", "security", "Command injection via alert message",
              "Avoid exec with string interpolation.", conf=0.9),
            F("LABEL-STORED-XSS", "major", "security", "Cross-site scripting in tree label page",
              "Escape nickname and variety.", conf=0.85),
            F("PHOTO-READ-TRAVERSAL", "major", "security", "Path traversal in photo endpoint",
              "Sanitise the file name.", conf=0.85),
            F("PHOTO-NO-LIMITS", "major", "security", "File upload without size limit",
              "Configure multer limits.", conf=0.75),
            F("NICK-IDOR", "major", "security", "Insecure direct object reference on nickname",
              "Check the adopter.", conf=0.8),
            F("SESSION-NO-EXPIRY", "minor", "security", "Session tokens have no expiry check",
              "Check expiry in the query.", conf=0.65),
            F("WARDEN-DEFAULT-KEY", "major", "security", "Default warden secret in code",
              "Require configuration.", conf=0.85),
            F("FROST-TIMING", "minor", "security", "Timing-unsafe HMAC comparison",
              "Use crypto.timingSafeEqual.", conf=0.6),
            F("ADOPT-RACE", "major", "concurrency", "Concurrent adoption of one tree",
              "Use a conditional update.", conf=0.75),
            F("ADOPT-LIMIT-OFF", "major", "correctness", "Off-by-one in adoption limit",
              "Use >=.", conf=0.8),
            F("CLAIM-RACE", "major", "concurrency", "Race condition in harvest claim",
              "Use a unique constraint.", conf=0.75),
            F("SHARE-WRONG-SCOPE", "minor", "correctness", "Harvest share uses all adopters in the orchard",
              "Restrict to the harvested row.", conf=0.65),
            F("SHARE-UNKNOWN-HARVEST", "minor", "correctness", "Missing harvest not handled in share calculation",
              "Return 404 for unknown harvests.", conf=0.6),
            F("HARVEST-KG-UNVALIDATED", "minor", "correctness", "Harvest input not validated",
              "Check that totalKg is positive and closesAt is after opensAt.", conf=0.55),
            F("SLOT-INDEX-OFF", "major", "correctness", "Picking slot index can equal the slot count",
              "Use >= in the bounds check.", d=+3, conf=0.8),
            F("SLOTS-LAST-MISSING", "minor", "correctness", "Slot generation drops the final slot",
              "Use <= in the loop.", d=+1, conf=0.7),
        ], wrap="object+summary", summary="18 issues: 2 blocker, 9 major, 7 minor"),
    ]),
}
