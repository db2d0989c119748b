"""test14/ts-flashcards: a language-learning flashcard API with spaced repetition (TypeScript). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test14, issue 15) that had not seen the merger code, its "
    "results, its tuning data or any other split's answers. Fourteenth frozen split: seeded problems in a small "
    "Express + pg flashcard API (SM-2 scheduling, deck import, study sessions, TTS); five agents' answers by hand."
)

SV = "src/server.ts"
SR = "src/srs.ts"

PROBLEMS = {
    "JWT-DECODE": P(SV, "jwt.decode(token)", "security", "auth middleware uses jwt.decode (no signature check): any forged token with a `sub` is accepted"),
    "JWT-SECRET-DEFAULT": P(SV, 'process.env.JWT_SECRET ?? "flashcards-dev-secret"', "security", "extra, one agent: JWT secret falls back to a hard-coded string"),
    "LOGIN-MD5": P(SV, 'createHash("md5")', "security", "passwords hashed with unsalted MD5"),
    "TOKEN-NO-EXPIRY": P(SV, "jwt.sign({ sub: rows[0].id }, JWT_SECRET)", "security", "login tokens are signed without expiresIn: a leaked token is valid forever"),
    "SEARCH-SQLI": P(SV, "ILIKE '%${q}%'", "security", "deck search `q` interpolated into the SQL template literal: SQL injection", "source-vs-sink"),
    "CARDS-IDOR": P(SV, "LIMIT $2", "security", "cards of any deck are returned: no check that the deck belongs to the caller"),
    "CARDS-LIMIT": P(SV, "LIMIT $2", "performance", "`limit` from the query is unbounded (and NaN for junk): one request dumps a whole deck table"),
    "DECK-DELETE-IDOR": P(SV, '"DELETE FROM decks WHERE id = $1"', "security", "DELETE /decks/:id deletes any user's deck: authenticated but no owner check", "signature-vs-statement"),
    "IMPORT-SSRF": P(SV, "const resp = await fetch(url);", "security", "deck import fetches any URL from the body: SSRF", "source-vs-sink"),
    "IMPORT-UNBOUNDED": P(SV, "parseCsv(await resp.text())", "performance", "whole import body read into memory with no size cap (and no status check)"),
    "IMPORT-NO-TX": P(SV, '"INSERT INTO cards (deck_id, front, back)', "bug", "extra, one agent: cards inserted one by one outside a transaction: a failure leaves a half-imported deck"),
    "REVIEW-IDOR": P(SV, '"SELECT * FROM cards WHERE id = $1"', "security", "review loads and updates any card by id: no check that it belongs to the caller"),
    "REVIEW-GRADE": P(SV, "const next = schedule(card, grade);", "bug", "grade from the body is never validated to 0-5: NaN or 50 corrupts interval/ease", "source-vs-sink"),
    "STUDY-DUP": P(SV, "const cards = await dueCards(pool, req.userId!);", "bug", "check-then-await-then-set on `sessions`: concurrent /study/next calls both query due cards and one session overwrites the other", "critical-section"),
    "STUDY-STALE": P(SV, "sessions.set(req.userId!, s);", "bug", "study sessions are cached forever: never evicted (memory) and never refreshed, so newly due cards never appear"),
    "STUDY-OBO": P(SV, "if (s.pos > s.cards.length)", "bug", "`>` instead of `>=`: one extra call past the end returns an undefined card before `done`", "off-by-one"),
    "SHARE-XSS-TITLE": P(SV, "<h1>${rows[0].title}</h1>", "security", "shared deck page renders the deck title unescaped: stored XSS"),
    "SHARE-XSS-DESC": P(SV, "<p>${rows[0].description}</p>", "security", "shared deck page renders the description unescaped: stored XSS"),
    "TTS-INJECT-WORD": P("src/audio.ts", '"${word}"`, (err)', "security", "`word` placed in a double-quoted shell string: $(...) or a quote runs commands"),
    "TTS-INJECT-LANG": P("src/audio.ts", "-v ${lang} -w", "security", "`lang` placed unquoted in the exec command line: command injection"),
    "TTS-PATH": P("src/audio.ts", "const out = `/tmp/tts-${word}.wav`;", "security", "output path built from `word`: ../ writes elsewhere, and concurrent requests for one word clobber each other's file"),
    "EASE-FLOOR": P(SR, "ease = ease + (0.1", "bug", "ease factor never clamped at SM-2's 1.3 minimum: repeated failures drive it to zero or negative"),
    "DUE-UNITS": P(SR, "const dueAt = new Date(Date.now() + interval * DAY);", "bug", "DAY is seconds but Date.now() is milliseconds: cards come due again after ~1.4 minutes per day"),
    "ANSWER-EMPTY": P(SR, "return expected.startsWith", "bug", "startsWith accepts the empty answer and any prefix as correct", "signature-vs-statement"),
    "ANSWER-CASE": P(SR, "return expected.startsWith", "bug", "only the given answer is lower-cased: an expected answer with capitals (German nouns) can never match"),
    "CSV-OBO": P("src/importer.ts", "for (let i = 1; i <= lines.length; i++)", "bug", "`<=` reads lines[lines.length] (undefined): every import throws", "off-by-one"),
    "CSV-COMMA": P("src/importer.ts", 'lines[i].split(",")', "bug", "naive split on ',': quoted fields and answers containing commas are cut, a line without a comma crashes"),
    "STATS-LOST": P("src/stats.ts", "const count = rows[0]?.reviews_today ?? 0;", "bug", "review counter read then written in two queries: concurrent reviews lose increments (and no row is ever inserted)", "critical-section"),
}

CONFUSABLE = [
    ("LOGIN-MD5", "TOKEN-NO-EXPIRY"),
    ("CARDS-IDOR", "CARDS-LIMIT"),
    ("IMPORT-SSRF", "IMPORT-UNBOUNDED"),
    ("REVIEW-IDOR", "REVIEW-GRADE"),
    ("STUDY-DUP", "STUDY-STALE"),
    ("STUDY-STALE", "STUDY-OBO"),
    ("SHARE-XSS-TITLE", "SHARE-XSS-DESC"),
    ("TTS-INJECT-WORD", "TTS-INJECT-LANG"),
    ("TTS-PATH", "TTS-INJECT-WORD"),
    ("EASE-FLOOR", "DUE-UNITS"),
    ("ANSWER-EMPTY", "ANSWER-CASE"),
    ("CSV-OBO", "CSV-COMMA"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the flashcard API (`src/server.ts` plus the SRS, import, stats and audio helpers).

        | Area | Worst issue |
        |---|---|
        | Auth | `auth` decodes JWTs without verifying them |
        | Data access | deck search is SQL-injectable; several routes skip ownership checks |
        | Import / TTS | SSRF in deck import; shell injection in `pronounce` |
        | Scheduling | due dates computed in the wrong unit, ease never floored |

        The JWT issue alone makes every other authorization check moot, so fix it first.
        """,
        Block([
            F("JWT-DECODE", "critical", "security", "JWT signature is never verified",
              "Use `jwt.verify(token, JWT_SECRET)` and reject on error.", symbol="auth", conf=0.97),
            F("SEARCH-SQLI", "critical", "security", "SQL injection in deck search",
              "Pass the pattern as a parameter: `title ILIKE $2` with `%${q}%` in the values.",
              symbol="GET /decks", conf=0.95),
            F("DECK-DELETE-IDOR", "high", "security", "Any authenticated user can delete any deck",
              "Add `AND owner_id = $2` and return 404 when nothing was deleted.",
              symbol="DELETE /decks/:id", conf=0.9),
            F("CARDS-IDOR", "high", "security", "Card listing does not check deck ownership",
              "Join on decks and filter by `owner_id = req.userId`.", symbol="GET /decks/:id/cards", conf=0.85),
            F("REVIEW-IDOR", "medium", "security", "Reviews can modify other users' cards",
              "Select the card through its deck's owner.", symbol="POST /cards/:id/review", conf=0.8),
            F("IMPORT-SSRF", "high", "security", "Deck import fetches arbitrary URLs",
              "Restrict to https and public addresses; set a timeout and a size cap.", symbol="POST /decks/import", conf=0.88),
            F("TTS-INJECT-WORD", "critical", "security", "Shell injection through the word passed to espeak-ng",
              "Use `execFile(\"espeak-ng\", [\"-v\", lang, \"-w\", out, word])` — no shell.", symbol="pronounce", conf=0.93),
            F("TTS-INJECT-LANG", "high", "security", "Unquoted `lang` in the espeak-ng command",
              "Validate `lang` against the installed voices and pass it as an argument.", symbol="pronounce", conf=0.85),
            F("SHARE-XSS-TITLE", "high", "security", "Stored XSS on the public share page",
              "HTML-escape title and description, or render with a template engine that escapes.",
              symbol="GET /share/:deckId", conf=0.88),
            F("STUDY-DUP", "medium", "bug", "Concurrent `/study/next` calls race on the session map",
              "Store the pending promise in the map before awaiting, so a second request reuses it.",
              d=-2, n=3, symbol="GET /study/next", conf=0.72),
            F("STUDY-OBO", "low", "bug", "Study session yields one undefined card at the end",
              "Use `s.pos >= s.cards.length`.", symbol="GET /study/next", conf=0.85),
            F("DUE-UNITS", "high", "bug", "Due dates are computed in seconds instead of milliseconds",
              "`DAY` must be `86_400_000` when added to `Date.now()`; today a 6-day interval is 8.6 minutes.",
              symbol="schedule", conf=0.92),
            F("EASE-FLOOR", "medium", "bug", "Ease factor is not clamped to 1.3",
              "`ease = Math.max(1.3, ...)` as in SM-2.", symbol="schedule", conf=0.85),
            F("ANSWER-EMPTY", "medium", "bug", "Empty answer is graded as correct",
              "Compare normalised strings for equality (optionally with a small edit distance).",
              symbol="checkAnswer", conf=0.87),
            F("CSV-OBO", "high", "bug", "`parseCsv` reads one line past the end",
              "Loop with `i < lines.length`.", symbol="parseCsv", conf=0.9),
            F("STATS-LOST", "low", "bug", "`recordReview` loses concurrent increments",
              "`UPDATE stats SET reviews_today = reviews_today + 1` (with an upsert).", d=+1,
              symbol="recordReview", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "flashcards-api review: 12 findings",
        Block([
            F("JWT-DECODE", "critical", "security", "auth() trusts unsigned JWTs (jwt.decode)", "jwt.verify."),
            F("SEARCH-SQLI", "critical", "security", "q query param concatenated into SQL", "Bind q.", d=-2),
            F("IMPORT-SSRF", "high", "security", "req.body.url fetched server-side without validation", "Allow-list hosts.", d=-1),
            F("REVIEW-GRADE", "medium", "bug", "grade not range-checked before schedule()", "Reject grade outside 0..5.", d=-3),
            F("DECK-DELETE-IDOR", "high", "security", "deck delete ignores ownership", "owner_id filter.", d=-1),
            F("TTS-INJECT-LANG", "critical", "security", "exec() with interpolated lang/word", "execFile with args."),
            F("TTS-PATH", "medium", "security", "tts output path built from word", "Use a random temp file."),
            F("CSV-OBO", "high", "bug", "parseCsv loop bound <= lines.length", "Use <.", d=+1),
            F("CSV-COMMA", "low", "bug", "split(',') breaks on commas inside fields", "Use a CSV parser."),
            F("STATS-LOST", "low", "bug", "reviews_today read/modify/write race", "Atomic increment.", d=-1),
            F("LOGIN-MD5", "high", "security", "md5 password hashing", "bcrypt/argon2."),
            F("STUDY-OBO", "low", "bug", "s.pos > length should be >=", "Fix bound.", d=+1),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the flashcards API. Here is a summary of my findings.

        **Overview.** The service is an Express application using PostgreSQL, with an SM-2 based spaced
        repetition scheduler, CSV deck import from remote URLs, and text-to-speech via `espeak-ng`.

        **Key risks.** Broken authentication (tokens are decoded, not verified), command injection in the
        text-to-speech helper, and cross-site scripting on the public share page. The scheduler also has
        a units bug that makes every card come due almost immediately.
        """,
        Block([
            F("JWT-DECODE", "Critical", "Broken Authentication", "JWT tokens are not verified",
              "Replace jwt.decode with jwt.verify.", d=+1, sd=0,
              desc="jwt.decode only parses the payload; an attacker can craft a token for any user id."),
            F("TOKEN-NO-EXPIRY", "Medium", "Broken Authentication", "Issued tokens never expire",
              "Set `expiresIn` when signing."),
            F("JWT-SECRET-DEFAULT", "High", "Cryptography", "Hard-coded default JWT secret",
              "Require JWT_SECRET at startup."),
            F("SEARCH-SQLI", "Critical", "SQL Injection", "SQL Injection in deck search", "Use query parameters.", d=-1, sd=0),
            F("CARDS-LIMIT", "Medium", "Denial of Service", "Unbounded limit parameter",
              "Clamp limit to a maximum such as 200."),
            F("IMPORT-UNBOUNDED", "Medium", "Denial of Service", "Unbounded response body in deck import",
              "Check Content-Length and stream with a cap.",
              desc="A multi-gigabyte file would be buffered fully in memory before parsing."),
            F("SHARE-XSS-DESC", "High", "Cross-Site Scripting", "Stored XSS via deck description",
              "Escape user content before inserting it into HTML."),
            F("TTS-INJECT-WORD", "Critical", "Command Injection", "Command Injection in pronounce()",
              "Use execFile and validate input.", d=-1, sd=0,
              desc="The word is interpolated into a shell command; double quotes do not stop `$(...)`."),
            F("STUDY-STALE", "Low", "Resource Management", "Study sessions are never removed from memory",
              "Expire sessions after inactivity or when finished."),
            F("DUE-UNITS", "High", "Logic Error", "Incorrect time unit in due date calculation",
              "Multiply by 86_400_000 or use a date library."),
            F("ANSWER-CASE", "Medium", "Logic Error", "Case-sensitive comparison of expected answer",
              "Lower-case both sides (and normalise Unicode)."),
            U({"severity": "Info", "category": "Maintainability",
               "description": "Consider splitting server.ts into route modules."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found these:",
        Block([
            F("JWT-DECODE", "critical", "security", "jwt decoded not verified", "jwt.verify"),
            F("CARDS-IDOR", "high", "security", "no ownership check on deck cards", "filter by owner"),
            F("SHARE-XSS-TITLE", "high", "security", "xss in share page", "escape html"),
            F("TTS-INJECT-WORD", "critical", "security", "command injection in tts", "execFile"),
            F("STUDY-DUP", "medium", "", "study session race: dueCards loaded twice", "dedupe in-flight load"),
            F("EASE-FLOOR", "medium", "bug", "ease can go below 1.3", "clamp"),
        ], wrap="list", indent=None, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review

        1. Authentication: tokens decoded without verification; weak password hashing.
        2. Injection: SQL (deck search), shell (TTS).
        3. Authorization gaps on reviews and deck access.
        4. Concurrency: study-session map and daily stats counter.
        5. Scheduling and grading logic errors.
        """,
        Block([
            F("JWT-DECODE", "blocker", "security", "Authentication bypass: JWT payload trusted without verification",
              "Verify signatures.", d=-1, n=2, conf=0.95),
            F("LOGIN-MD5", "major", "security", "Weak password hashing (MD5, unsalted)", "Use argon2id.", conf=0.9),
            F("SEARCH-SQLI", "blocker", "security", "SQL injection via deck title search", "Parameterize.", conf=0.92),
            F("REVIEW-IDOR", "major", "security", "Card review not scoped to the owner", "Check ownership.", conf=0.75),
            F("REVIEW-GRADE", "major", "correctness", "Invalid grade values corrupt scheduling state",
              "Validate grade is an integer 0-5.", conf=0.8),
            F("IMPORT-SSRF", "major", "security", "SSRF through deck import URL", "Validate the URL.", conf=0.85),
            F("IMPORT-NO-TX", "minor", "data-integrity", "Deck import is not transactional",
              "Wrap the inserts in BEGIN/COMMIT.", conf=0.65),
            F("STUDY-DUP", "major", "concurrency", "Race condition creating study sessions",
              "Guard session creation.", d=+2, conf=0.7),
            F("STUDY-OBO", "minor", "correctness", "Off-by-one at end of study session", "Use >=.", conf=0.8),
            F("TTS-INJECT-LANG", "blocker", "security", "OS command injection via lang parameter",
              "Validate lang against a list of voices.", conf=0.85),
            F("ANSWER-EMPTY", "major", "correctness", "checkAnswer accepts empty or partial answers",
              "Require an exact (normalised) match.", d=-1, conf=0.85),
            F("CSV-OBO", "major", "correctness", "parseCsv crashes on the last iteration",
              "Loop bound should be < lines.length.", conf=0.85),
            F("STATS-LOST", "minor", "concurrency", "Lost updates in recordReview", "Use an atomic UPDATE.", conf=0.75),
        ], wrap="object+summary", summary="13 issues: 4 blocker, 7 major, 2 minor"),
    ]),
}
