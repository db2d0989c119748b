"""test109/ts-reptilerescue: a reptile rescue's vivarium temperatures, adoption holds and feeding logs
(TypeScript, Express 4 + pg + jsonwebtoken).

Frozen test split test109 (issue 15), written 2026-12-07 by a helper session that had not seen the merger code,
any score, or any other split's answers or specs (only specs/tune2__py_snapctl.py, once, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's "
    "answers. Frozen test split test109: seeded problems in a reptile rescue desk service; five agents' answers "
    "written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-REFLECTS-ORIGIN": P(S, 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");', "security",
                              "any origin reflected with credentials allowed: any site can call the API as a signed-in adopter"),
    "JWT-DEFAULT-SECRET": P(S, 'const JWT_SECRET = process.env.RESCUE_JWT_SECRET ?? "rescue-dev-secret";', "security",
                            "hard-coded fallback signing secret when RESCUE_JWT_SECRET is unset: anyone can mint adopter tokens"),
    "TOKEN-NO-EXPIRY": P(S, "const claims = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true })", "security",
                         "adopter tokens verified with ignoreExpiration: an expired or leaked token works forever", "signature-vs-statement"),
    "READINGS-NO-AUTH": P(S, 'app.post("/vivaria/:id/readings"', "security",
                          "sensor readings endpoint has no authentication: anyone can post fake temperatures"),
    "BIOME-FROM-REQUEST": P(S, "const [low, high] = SAFE[biome];", "bug",
                            "the safe band is chosen by the biome the sender names, not the vivarium's own biome", "source-vs-sink"),
    "BIOME-UNKNOWN-THROWS": P(S, "const [low, high] = SAFE[biome];", "bug",
                              "unknown or missing biome: destructuring undefined throws in an async handler; Express 4 never answers"),
    "ALARM-NAN-SILENT": P(S, "if (temp < low || temp > high) {", "bug",
                          "a non-numeric celsius is NaN: both comparisons are false and no alarm is raised"),
    "ALARM-SHELL": P(S, "exec(`notify-keeper --vivarium ${req.params.id} --sensor ${sensor}", "security",
                     "sensor name from the body (and the vivarium id) formatted into a shell command", "source-vs-sink"),
    "SUMMARY-DROPS-NEWEST": P(S, "const lastHour = h.slice(h.length - 6, h.length - 1);", "bug",
                              "slice end h.length - 1 drops the newest reading: the hour average covers five readings", "off-by-one"),
    "SUMMARY-SHORT-HISTORY": P(S, "const avg = lastHour.reduce((a, b) => a + b, 0) / 6;", "bug",
                               "always divides by 6: with fewer readings (a new vivarium) the average is far too low"),
    "HOLD-LIMIT-OFF-BY-ONE": P(S, "if (open.rows[0].n > MAX_HOLDS_PER_ADOPTER)", "bug",
                               "> instead of >=: an adopter can hold three animals with a limit of two", "off-by-one"),
    "HOLD-ANIMAL-STATUS": P(S, 'const taken = await pool.query("SELECT 1 FROM holds WHERE animal_id = $1', "bug",
                            "only other holds are checked, never the animal: holds on adopted, intake or unknown animals"),
    "HOLD-DOUBLE-RACE": P(S, "if (taken.rowCount) return res.status(409)", "bug",
                          "check then insert without a transaction or unique constraint: two adopters can hold the same animal",
                          "critical-section"),
    "HOLD-DELETE-NOT-OWNED": P(S, 'await pool.query("DELETE FROM holds WHERE id = $1", [req.params.holdId]);', "security",
                               "any signed-in adopter can release anyone's hold: the delete ignores adopter.id", "signature-vs-statement"),
    "LISTING-STAMPEDE": P(S, "const rows = await loadAdoptable();", "performance",
                          "expired cache refreshed by every concurrent request across the await (no single flight)", "critical-section"),
    "CARD-XSS-SPECIES": P(S, 'res.type("html").send(`<h1>${esc(a.name)}</h1><p class="species">${a.species}</p>', "security",
                          "species (from the public surrender form) written into HTML unescaped"),
    "CARD-XSS-STORY": P(S, 'res.type("html").send(`<h1>${esc(a.name)}</h1><p class="species">${a.species}</p>', "security",
                        "story (from the public surrender form) written into HTML unescaped"),
    "FEED-GRAMS-UNCHECKED": P(S, "[req.params.id, food, grams, keeper, fedAt ?? new Date()],", "bug",
                              "grams stored unvalidated: negative, zero or non-numeric portions"),
    "FEED-FED-AT-UNCHECKED": P(S, "[req.params.id, food, grams, keeper, fedAt ?? new Date()],", "bug",
                               "fedAt taken from the body unvalidated: a future date pushes the next feeding out"),
    "FEED-SQL-FOOD": P(S, "const sql = `SELECT food, grams, keeper, fed_at FROM feedings", "security",
                       "food query value interpolated into the ILIKE pattern", "source-vs-sink"),
    "FEED-SQL-LIMIT": P(S, "const sql = `SELECT food, grams, keeper, fed_at FROM feedings", "security",
                        "limit query value interpolated into LIMIT as a string"),
    "NEXT-FEEDING-NEVER-FED": P(S, "const last = rows[0].fed_at ? new Date(rows[0].fed_at) : new Date();", "bug",
                                "extra, one agent: an animal never fed is treated as fed just now"),
    "PHOTO-TRAVERSAL": P(S, "res.sendFile(path.join(PHOTO_DIR, file));", "security",
                         "file query value joined to the photo dir: ../ reads any file", "source-vs-sink"),
    "ERROR-STACK-LEAK": P(S, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "error handler returns messages and stack traces to clients"),
}

CONFUSABLE = [
    ("READINGS-NO-AUTH", "BIOME-FROM-REQUEST"),
    ("BIOME-FROM-REQUEST", "BIOME-UNKNOWN-THROWS"),
    ("BIOME-UNKNOWN-THROWS", "ALARM-NAN-SILENT"),
    ("ALARM-NAN-SILENT", "ALARM-SHELL"),
    ("SUMMARY-DROPS-NEWEST", "SUMMARY-SHORT-HISTORY"),
    ("HOLD-LIMIT-OFF-BY-ONE", "HOLD-ANIMAL-STATUS"),
    ("HOLD-ANIMAL-STATUS", "HOLD-DOUBLE-RACE"),
    ("HOLD-LIMIT-OFF-BY-ONE", "HOLD-DOUBLE-RACE"),
    ("CARD-XSS-SPECIES", "CARD-XSS-STORY"),
    ("FEED-GRAMS-UNCHECKED", "FEED-FED-AT-UNCHECKED"),
    ("FEED-SQL-FOOD", "FEED-SQL-LIMIT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` mixes three audiences: unauthenticated sensors, adopters with a JWT and keepers with a
        shared key. The keeper side is guarded well (`keeperOnly` fails closed, checks the length before
        `timingSafeEqual`, and `/setpoint` uses `execFile` with an argument list and a range check). The sensor and
        adopter sides are not:

        1. Two injection sinks reachable by keepers or the public (`exec` in the alarm path, string-built SQL in the
           feeding search) and a path traversal in `/photos`.
        2. Adopter tokens never expire and may be signed with a default secret; any adopter can release any hold.
        3. The temperature alarm can be silenced or broken by what the sensor sends.
        4. The hold limit is off by one and holds race.

        `esc()` is applied to the animal's name on the card, just not to the other two fields.
        """,
        Block([
            F("ALARM-SHELL", "critical", "security", "Command injection in the temperature alarm via `sensor`",
              "Use `execFile(\"notify-keeper\", [\"--vivarium\", id, \"--sensor\", sensor, \"--temp\", String(temp)])` as `/setpoint` already does.",
              symbol="POST /vivaria/:id/readings", conf=0.9),
            F("FEED-SQL-FOOD", "high", "security", "SQL injection through `food` in the feeding search",
              "Bind it: `food ILIKE $2` with `'%' + food + '%'` as the parameter.", symbol="GET /animals/:id/feedings", conf=0.9),
            F("FEED-SQL-LIMIT", "high", "security", "SQL injection through `limit` in the feeding search",
              "Parse `limit` with `parseInt`, clamp it to 1..200 and bind it as `$3`.", symbol="GET /animals/:id/feedings", conf=0.8),
            F("PHOTO-TRAVERSAL", "high", "security", "Path traversal in `GET /photos`",
              "Use `res.sendFile(file, { root: PHOTO_DIR })` and reject names containing `..` or `/`.", symbol="GET /photos", conf=0.85),
            F("TOKEN-NO-EXPIRY", "high", "security", "Adopter tokens are accepted after they expire",
              "Drop `ignoreExpiration: true` and pin `algorithms: [\"HS256\"]`.", symbol="adopterFrom", conf=0.85),
            F("JWT-DEFAULT-SECRET", "high", "security", "JWT secret falls back to a hard-coded value",
              "Refuse to start without `RESCUE_JWT_SECRET`.", conf=0.8),
            F("HOLD-DELETE-NOT-OWNED", "high", "security", "Any adopter can release another adopter's hold",
              "`DELETE FROM holds WHERE id = $1 AND adopter_id = $2` and answer 404 when nothing was deleted.",
              symbol="DELETE /holds/:holdId", conf=0.85),
            F("CARD-XSS-STORY", "high", "security", "Stored XSS: the surrender `story` is rendered unescaped on the animal card",
              "Wrap it in `esc()` like the name.", symbol="GET /animals/:id/card", conf=0.8),
            F("CORS-REFLECTS-ORIGIN", "medium", "security", "CORS reflects any Origin with credentials",
              "Allow a fixed list of origins.", d=-1, n=2, conf=0.7),
        ]),
        "Logic problems in the sensor and hold paths:",
        Block([
            F("READINGS-NO-AUTH", "high", "security", "Temperature readings are accepted from anyone",
              "Require a per-sensor token; a forged in-range reading hides a failed heat lamp.",
              symbol="POST /vivaria/:id/readings", conf=0.75),
            F("BIOME-FROM-REQUEST", "high", "bug", "The safe temperature band comes from the request, not the vivarium",
              "Look the biome up from the vivarium record; a sensor (or anyone) sending `desert` for a tropical tank moves the band to 30-40 C.",
              symbol="POST /vivaria/:id/readings", conf=0.75),
            F("ALARM-NAN-SILENT", "high", "bug", "Non-numeric readings never raise the alarm",
              "Reject `!Number.isFinite(temp)` with 400 (or alarm on it); `NaN < low` and `NaN > high` are both false.",
              symbol="POST /vivaria/:id/readings", conf=0.8),
            F("SUMMARY-DROPS-NEWEST", "medium", "bug", "Hour average leaves out the newest reading",
              "`h.slice(-6)`; the end index `h.length - 1` is exclusive.", symbol="GET /vivaria/:id/summary", conf=0.75),
            F("HOLD-LIMIT-OFF-BY-ONE", "medium", "bug", "Hold limit allows one hold too many",
              "Use `>=`: with `MAX_HOLDS_PER_ADOPTER = 2` an adopter can currently hold three animals.",
              symbol="POST /animals/:id/holds", conf=0.85),
            F("HOLD-DOUBLE-RACE", "medium", "bug", "Two adopters can place a hold on the same animal at once",
              "Add a partial unique index on active holds per animal (or `INSERT ... WHERE NOT EXISTS` in one statement) and map the conflict to 409.",
              d=-1, symbol="POST /animals/:id/holds", conf=0.75),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run.",
        Block([
            F("ALARM-SHELL", "critical", "security", "body.sensor reaches exec() unescaped", "execFile with args.", d=-3),
            F("FEED-SQL-FOOD", "high", "security", "req.query.food interpolated into SQL", "Bind $2.", d=-2),
            F("PHOTO-TRAVERSAL", "high", "security", "req.query.file -> sendFile outside PHOTO_DIR", "root option.", d=-1),
            F("TOKEN-NO-EXPIRY", "high", "security", "adopterFrom ignores token expiry", "Remove ignoreExpiration.", d=-3),
            F("HOLD-DELETE-NOT-OWNED", "high", "security", "DELETE /holds/:holdId does not check the hold's adopter", "Scope by adopter_id.", d=-3),
            F("HOLD-DOUBLE-RACE", "medium", "bug", "hold check and insert are not atomic (double hold)", "Unique partial index.", d=+2),
            F("HOLD-LIMIT-OFF-BY-ONE", "medium", "bug", "hold limit uses > so 3 holds pass", ">=", d=-3),
            F("BIOME-UNKNOWN-THROWS", "medium", "bug", "SAFE[biome] undefined -> TypeError, request hangs (Express 4 async)", "400 on unknown biome."),
            F("SUMMARY-SHORT-HISTORY", "low", "bug", "hourAverage divides by 6 regardless of sample count", "Divide by lastHour.length."),
            F("CARD-XSS-SPECIES", "medium", "security", "species rendered without esc()", "esc(a.species)."),
            F("ERROR-STACK-LEAK", "low", "security", "error handler returns err.stack", "Log it; return a generic message."),
        ], fence=None, indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the Reptile Rescue desk service (`src/server.ts`). The service is an Express
        application with a PostgreSQL backend that manages vivarium temperature monitoring, adoption holds and
        feeding records.

        ## Critical and High Severity Issues
        """,
        Block([
            F("ALARM-SHELL", "CRITICAL", "Command Injection", "Command Injection in Temperature Alarm",
              "Use `execFile` with an argument array instead of `exec` with a template string.", sd=-2, n=3,
              desc="The `sensor` field from the request body and the `id` route parameter are embedded in a shell command string."),
            F("FEED-SQL-FOOD", "CRITICAL", "SQL Injection", "SQL Injection in Feeding Log Search",
              "Use parameterized queries for all user-supplied values.", sd=-2, n=3),
            F("CARD-XSS-STORY", "HIGH", "Cross-Site Scripting", "Stored XSS in Animal Card",
              "Escape the story before inserting it into HTML.",
              desc="The `story` field, which comes from the public surrender form, is written into the page without escaping."),
            F("PHOTO-TRAVERSAL", "HIGH", "Path Traversal", "Directory Traversal in Photo Endpoint",
              "Validate the file name and use the `root` option of `sendFile`."),
            F("JWT-DEFAULT-SECRET", "HIGH", "Broken Authentication", "Hardcoded JWT Secret Fallback",
              "Fail at startup if the secret is not configured."),
            F("TOKEN-NO-EXPIRY", "HIGH", "Broken Authentication", "JWT Expiration Not Enforced",
              "Remove the `ignoreExpiration` option."),
            F("CORS-REFLECTS-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS Policy with Credentials",
              "Restrict allowed origins to the rescue's own front end."),
        ], wrap="list"),
        """
        ## Medium and Low Severity Issues
        """,
        Block([
            F("READINGS-NO-AUTH", "MEDIUM", "Broken Access Control", "Unauthenticated Sensor Data Submission",
              "Authenticate sensors with a device key."),
            F("LISTING-STAMPEDE", "MEDIUM", "Performance", "Cache Stampede on Adoptable Listing",
              "Store the pending promise in the cache so concurrent requests share a single refresh.", d=-1,
              desc="When the cache expires, every request that arrives before the first query resolves starts its own query."),
            F("HOLD-DOUBLE-RACE", "MEDIUM", "Race Condition", "Race Condition in Adoption Hold Creation",
              "Use a transaction or a unique constraint.", sd=-2, n=3),
            U({"severity": "LOW", "category": "Logging", "description": "Use a structured logger instead of console.error."}),
            F("ERROR-STACK-LEAK", "LOW", "Information Disclosure", "Stack Traces Exposed in Error Responses",
              "Return a generic error message in production."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("ALARM-SHELL", "high", "security", "shell injection in notify-keeper call", "execFile"),
            F("FEED-SQL-FOOD", "high", "security", "sql injection in feedings search", "bind params"),
            F("PHOTO-TRAVERSAL", "high", "security", "path traversal in /photos", "root option"),
            F("CARD-XSS-SPECIES", "medium", "security", "xss via species on card", "esc() it"),
        ], fence=None, indent=None),
        "other:",
        Block([
            F("HOLD-LIMIT-OFF-BY-ONE", "medium", "bug", "hold limit off by one", "use >="),
            F("FEED-GRAMS-UNCHECKED", "low", "", "grams not validated", "check positive number", d=-3),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        ### Summary
        1. Temperature monitoring trusts the sensor payload (biome, numeric value).
        2. Adoption holds: limit, status and concurrency problems.
        3. Feeding records and the hour summary compute wrong values.
        4. Injection and missing escaping on the keeper and public pages.
        """,
        Block([
            F("BIOME-FROM-REQUEST", "major", "correctness", "Temperature band taken from the client-supplied biome",
              "Read the biome from the vivarium table.", d=-1, conf=0.75),
            F("BIOME-UNKNOWN-THROWS", "major", "reliability", "Unknown biome causes an unhandled exception",
              "Validate the biome and return 400.", conf=0.8),
            F("ALARM-NAN-SILENT", "major", "correctness", "NaN temperature bypasses the alarm check",
              "Validate that celsius is a finite number.", conf=0.8),
            F("SUMMARY-DROPS-NEWEST", "minor", "correctness", "Off-by-one in the hourly average window",
              "Use h.slice(-6) and divide by its length.", d=+1, conf=0.7),
            F("SUMMARY-SHORT-HISTORY", "minor", "correctness", "Average divided by a fixed 6 for short histories",
              "Divide by the number of readings used.", conf=0.7),
            F("HOLD-ANIMAL-STATUS", "major", "correctness", "Hold placed without checking the animal is adoptable",
              "Check animals.status = 'adoptable' before inserting.", conf=0.7),
            F("HOLD-DOUBLE-RACE", "major", "concurrency", "Concurrent holds on the same animal",
              "Use a unique index on active holds.", conf=0.75),
            F("HOLD-DELETE-NOT-OWNED", "blocker", "security", "Hold deletion without ownership check",
              "Restrict the delete to the adopter's own holds.", conf=0.85),
            F("LISTING-STAMPEDE", "minor", "performance", "Adoptable listing cache refreshed by many requests at once",
              "Share one in-flight refresh.", d=+1, conf=0.6),
            F("FEED-FED-AT-UNCHECKED", "minor", "correctness", "Feeding time accepted from the client without validation",
              "Reject future timestamps.", conf=0.6),
            F("FEED-SQL-LIMIT", "blocker", "security", "SQL injection via the limit parameter",
              "Parse and bind the limit.", conf=0.85),
            F("NEXT-FEEDING-NEVER-FED", "minor", "correctness", "Animals with no feeding record are treated as just fed",
              "Report the animal as due now when there is no feeding.", conf=0.55),
            F("CARD-XSS-SPECIES", "major", "security", "Unescaped species field in the animal card HTML",
              "Escape all fields.", conf=0.8),
        ], wrap="object+summary", summary="13 issues: 2 blocker, 6 major, 5 minor"),
    ]),
}
