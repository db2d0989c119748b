"""test6/py-quiz: a quiz grading service on Flask + SQLite (Python). Frozen test split; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test6, issue 15) that had not seen the merger code, its "
    "results, the scorer or any other split's answers. Sixth frozen test split: seeded problems in a small quiz "
    "grading service; five agents' answers written by hand. Scored exactly once, never tuned on."
)

PROBLEMS = {
    "HARDCODED-SECRET": P("app.py", '"quiz-dev-secret-2024"', "security", "Flask session secret falls back to a constant in the source: session cookies (student_id) can be forged"),
    "TEACHER-KEY-UNSET": P("app.py", 'if request.headers.get("X-Teacher-Key") != os.environ.get("TEACHER_KEY"):', "security", "with TEACHER_KEY unset, a request without the header compares None == None and passes: every teacher endpoint is open", "signature-vs-statement"),
    "TEACHER-KEY-TIMING": P("app.py", 'if request.headers.get("X-Teacher-Key") != os.environ.get("TEACHER_KEY"):', "security", "teacher key compared with != (not constant time)"),
    "PLAINTEXT-PASSWORD": P("app.py", 'if row and row["password"] == password:', "security", "student passwords stored and compared in plaintext"),
    "SQLI-COURSE": P("app.py", "sql = f\"SELECT id, title, due_at FROM quizzes", "security", "course query parameter interpolated into the SQL string", "source-vs-sink"),
    "SQLI-ORDER": P("app.py", "sql = f\"SELECT id, title, due_at FROM quizzes", "security", "order query parameter interpolated into ORDER BY (injection; cannot be bound, needs an allow-list)"),
    "ANSWER-KEY-LEAK": P("app.py", "return jsonify(quiz)", "security", "GET /quizzes/<id> returns the whole quiz body including the correct answers to students"),
    "ATTEMPT-RACE": P("app.py", "used = store.count_attempts(db(), student, quiz_id)", "bug", "count-then-insert without a transaction: concurrent submissions all pass the attempt check", "critical-section"),
    "ATTEMPTS-OFF-BY-ONE": P("app.py", 'if used > quiz["max_attempts"]:', "bug", "`>` instead of `>=`: a student gets max_attempts + 1 attempts", "off-by-one"),
    "RESULT-IDOR": P("app.py", 'row = db().execute("SELECT * FROM attempts WHERE id = ?"', "security", "any logged-in student reads any attempt (no student_id check)", "signature-vs-statement"),
    "FEEDBACK-SSTI": P("app.py", 'return render_template_string("<p>Thanks for your feedback: " + comment', "security", "comment concatenated into a Jinja template: server-side template injection (code execution) and XSS", "source-vs-sink"),
    "FEEDBACK-GET-WRITE": P("app.py", "store.save_feedback(db(), student, quiz_id, comment)", "security", "feedback stored by a GET request: a link or image makes a student post feedback (CSRF), and crawlers write"),
    "CSV-FORMULA": P("app.py", 'writer.writerow([r["email"], r["score"]])', "security", "student-controlled email written unescaped into the CSV: formula injection when teachers open it (extra, one agent)"),
    "IMPORT-SSRF": P("importer.py", "with urllib.request.urlopen(url) as resp:", "security", "urlopen on a teacher-supplied URL: any scheme/host (file://, internal services)", "signature-vs-statement"),
    "IMPORT-UNBOUNDED": P("importer.py", "raw = resp.read()", "performance", "whole response read into memory without a size limit (and no timeout on the fetch)"),
    "YAML-UNSAFE": P("importer.py", "quiz = yaml.load(raw, Loader=yaml.Loader)", "security", "yaml.Loader constructs arbitrary Python objects from the fetched document"),
    "ZIP-SLIP": P("importer.py", "target = os.path.join(dest, name)", "security", "zip member names with ../ or absolute paths are written outside the bundle dir"),
    "ZIP-BOMB": P("importer.py", "fh.write(zf.read(name))", "performance", "each member read fully into memory, no size or count limit (zip bomb)"),
    "GRADE-SKIPS-FIRST": P("grading.py", "for i in range(1, len(questions)):", "bug", "range starts at 1: the first question is never graded", "off-by-one"),
    "SELECT-ALL": P("grading.py", "hits = len(correct & set(given))", "bug", "partial credit ignores wrong choices: ticking every option gives full marks", "signature-vs-statement"),
    "PARTIAL-DIV-ZERO": P("grading.py", 'return q["points"] * hits / len(correct)', "bug", "a multi question with no correct option raises ZeroDivisionError and the whole submission fails"),
    "LATE-TZ": P("grading.py", "days_late = (datetime.now() - due_at).days", "bug", "local naive datetime.now() against a UTC due date: lateness shifted by the server's UTC offset"),
    "LATE-FLOOR": P("grading.py", "if days_late <= 0:", "bug", "days are truncated and day 0 counts as on time: anything under 24 h late (and each partial day) goes unpenalised", "off-by-one"),
    "LEADERBOARD-RACE": P("store.py", "cache_hits += 1", "performance", "leaderboard cache read/written by all threads without the lock (_lock unused): concurrent misses all query, counter racy", "critical-section"),
    "LEADERBOARD-KEY": P("store.py", '_leaderboard[(quiz_id, time.strftime("%Y%m%d%H%M"))]', "bug", "cache written under (quiz_id, minute) but read by quiz_id: never hits, grows by one entry per minute"),
}

CONFUSABLE = [
    ("TEACHER-KEY-UNSET", "TEACHER-KEY-TIMING"),
    ("SQLI-COURSE", "SQLI-ORDER"),
    ("ATTEMPT-RACE", "ATTEMPTS-OFF-BY-ONE"),
    ("FEEDBACK-SSTI", "FEEDBACK-GET-WRITE"),
    ("IMPORT-SSRF", "IMPORT-UNBOUNDED"),
    ("IMPORT-UNBOUNDED", "YAML-UNSAFE"),
    ("ZIP-SLIP", "ZIP-BOMB"),
    ("SELECT-ALL", "PARTIAL-DIV-ZERO"),
    ("LATE-TZ", "LATE-FLOOR"),
    ("LEADERBOARD-RACE", "LEADERBOARD-KEY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        I read `app.py`, `grading.py`, `store.py` and `importer.py`. The service is small but it trusts its callers
        in several places where it should not, and the grading maths has a few errors that change students' marks.

        | Severity | Count |
        |---|---|
        | critical | 3 |
        | high | 8 |
        | medium | 6 |
        | low | 1 |

        Themes:
        - **Injection**: `/quizzes` builds SQL with an f-string; the feedback page renders user text *as a Jinja template*.
        - **Teacher endpoints**: `require_teacher` lets everyone in when `TEACHER_KEY` is not configured.
        - **Grading**: the first question is skipped, partial credit can be gamed, late days are truncated.
        - **Concurrency**: the attempt limit and the leaderboard cache are both check-then-act across threads.
        """,
        Block([
            F("SQLI-COURSE", "critical", "security", "SQL injection via the `course` parameter in `list_quizzes`",
              "Bind `course` as a `?` parameter.", symbol="list_quizzes", conf=0.95),
            F("SQLI-ORDER", "high", "security", "SQL injection via the `order` parameter (ORDER BY)",
              "ORDER BY cannot be bound; map `order` through an allow-list of column names.", symbol="list_quizzes", conf=0.9),
            F("FEEDBACK-SSTI", "critical", "security", "Server-side template injection in the feedback page",
              "`render_template_string` evaluates `{{ ... }}` inside `comment`. Pass the comment as a variable: "
              "`render_template_string('<p>Thanks ...: {{ c }}</p>', c=comment)`.", symbol="feedback", conf=0.93),
            F("FEEDBACK-GET-WRITE", "medium", "security", "Feedback is written by a GET request",
              "Make it a POST with CSRF protection; GETs must not change state.", symbol="feedback", conf=0.7),
            F("TEACHER-KEY-UNSET", "critical", "security", "Teacher endpoints are open when `TEACHER_KEY` is unset",
              "Both sides are `None` when the env var and the header are missing, so `!=` is false. Fail closed: "
              "refuse to start (or deny) when `TEACHER_KEY` is empty.", symbol="require_teacher", conf=0.9),
            F("RESULT-IDOR", "high", "security", "Any student can read any attempt",
              "Add `AND student_id = ?` with the session's student.", symbol="attempt_result", conf=0.9),
            F("ANSWER-KEY-LEAK", "high", "security", "Quiz payload sent to students includes the answer key",
              "Strip `answer`/`correct` from each question before returning it.", symbol="get_quiz", conf=0.8),
            F("ATTEMPT-RACE", "medium", "bug", "Attempt limit check is not atomic",
              "Counting and inserting in separate statements lets parallel submissions all pass. Do both in one "
              "transaction (`BEGIN IMMEDIATE`) or enforce the limit with a constraint.", n=2, symbol="submit", conf=0.75),
            F("ATTEMPTS-OFF-BY-ONE", "medium", "bug", "Students get one attempt more than `max_attempts`",
              "Use `>=`.", symbol="submit", conf=0.85),
            F("HARDCODED-SECRET", "high", "security", "Session secret has a hard-coded default",
              "Require `QUIZ_SECRET`; anyone who reads the source can forge a `student_id` cookie.", conf=0.85),
            F("IMPORT-SSRF", "high", "security", "Quiz import fetches arbitrary URLs",
              "Allow only https and known hosts; `urlopen` also accepts `file://`.", symbol="import_quiz", conf=0.8),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with the full `Loader` on fetched content",
              "Use `yaml.safe_load`.", symbol="import_quiz", conf=0.9),
            F("ZIP-SLIP", "high", "security", "Zip Slip in `import_bundle`",
              "Resolve the target and check it stays under `dest` before writing.", symbol="import_bundle", conf=0.85),
            F("GRADE-SKIPS-FIRST", "high", "bug", "`grade` never scores the first question",
              "Iterate `for q in questions:`.", n=2, symbol="grade", conf=0.9),
            F("SELECT-ALL", "medium", "bug", "Partial credit can be gamed by selecting every option",
              "Subtract wrong selections (or give 0 when any wrong option is chosen).", symbol="partial_credit", conf=0.8),
            F("LATE-FLOOR", "medium", "bug", "Late penalty truncates partial days",
              "`timedelta.days` floors, so a submission 23 hours late counts as 0 days. Use "
              "`math.ceil(delta.total_seconds() / 86400)`.", d=-1, n=2, symbol="late_penalty", conf=0.7),
            F("LEADERBOARD-RACE", "medium", "performance", "Leaderboard cache is shared across threads without its lock",
              "`_lock` is declared but never taken: misses run the query concurrently and `cache_hits += 1` loses "
              "updates. Hold the lock around the lookup and fill.", d=-2, n=3, symbol="leaderboard", conf=0.7),
            F("ZIP-BOMB", "low", "performance", "Bundle members are read fully into memory",
              "Stream with `zf.open(name)` and `shutil.copyfileobj`, and cap total size.", symbol="import_bundle", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings (most severe first):",
        Block([
            F("SQLI-COURSE", "critical", "security", "SQL injection: `course` query arg formatted into SQL", "Use placeholders.", d=-2),
            F("SQLI-ORDER", "high", "security", "Unvalidated `order` used in ORDER BY", "Whitelist columns.", d=-1),
            F("FEEDBACK-SSTI", "critical", "security", "SSTI: comment passed through render_template_string", "Render as a context variable.", d=-2),
            F("TEACHER-KEY-TIMING", "medium", "security", "Teacher key compared with != (timing leak)", "hmac.compare_digest."),
            F("RESULT-IDOR", "high", "security", "attempt_result does not check ownership", "Filter by student_id.", d=-2, symbol="attempt_result"),
            F("ATTEMPTS-OFF-BY-ONE", "medium", "bug", "Attempt limit uses > (allows max_attempts+1)", "Use >=."),
            F("LEADERBOARD-KEY", "medium", "bug", "Leaderboard cache stored under a different key than it is read: never hits", "Use quiz_id as key."),
            F("YAML-UNSAFE", "high", "security", "yaml.load(..., Loader=yaml.Loader) on remote data", "yaml.safe_load."),
            F("ZIP-SLIP", "high", "security", "Path traversal when extracting bundle", "Validate member paths."),
            F("GRADE-SKIPS-FIRST", "high", "bug", "range(1, ...) skips question 0", "range(len(questions))."),
            F("PARTIAL-DIV-ZERO", "low", "bug", "ZeroDivisionError when a multi question has no correct options", "Guard len(correct) == 0."),
            F("LATE-TZ", "low", "bug", "datetime.now() is naive local time", "datetime.now(timezone.utc)."),
            F("LATE-FLOOR", "low", "bug", "Late penalty: partial days not counted (timedelta.days floors)", "Round up."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I've completed a thorough review of the quiz grading service. Below is a breakdown of the issues I found,
        grouped by area. Overall the code is readable, but there are several security vulnerabilities that would
        allow students to cheat or to compromise the server, and some logic errors in the grading.

        **Security**

        The most pressing issues are in `app.py` and `importer.py`:
        """,
        Block([
            F("SQLI-COURSE", "critical", "SQL Injection", "SQL Injection via the course filter in quiz listing",
              "Use parameterized queries for all user input.", n=2,
              desc="The `course` query parameter is placed inside the WHERE clause with an f-string."),
            F("FEEDBACK-SSTI", "critical", "Server-Side Template Injection", "Server-Side Template Injection (SSTI) in feedback",
              "Never build templates from user input; use `render_template` with autoescaping.", d=-2,
              desc="`comment` comes straight from `request.args` and is concatenated into a template string."),
            F("TEACHER-KEY-UNSET", "high", "Broken Access Control", "Authentication bypass in require_teacher",
              "Deny access when TEACHER_KEY is not set.", d=-1,
              desc="If the TEACHER_KEY environment variable is missing, `os.environ.get` returns None and so does a missing header."),
            F("RESULT-IDOR", "high", "Broken Access Control", "Insecure Direct Object Reference on attempts",
              "Check that the attempt belongs to the logged-in student."),
            F("ANSWER-KEY-LEAK", "high", "Information Disclosure", "Correct answers exposed to students",
              "Remove the answer fields from the response."),
            F("HARDCODED-SECRET", "medium", "Cryptography", "Hardcoded Flask secret key fallback",
              "Load the secret from the environment and fail if it is missing."),
            F("IMPORT-SSRF", "high", "Server-Side Request Forgery", "Server-Side Request Forgery (SSRF) in import_quiz",
              "Validate the URL scheme and host.", d=-1, symbol="import_quiz"),
            F("YAML-UNSAFE", "critical", "Insecure Deserialization", "Insecure YAML deserialization",
              "Use yaml.safe_load.", d=+1, sd=0),
            F("ZIP-SLIP", "high", "Path Traversal", "Zip Slip vulnerability in import_bundle",
              "Sanitize member names before joining them to the destination."),
            U({"severity": "info", "category": "Best Practice",
               "description": "Consider adding CSRF protection (e.g. Flask-WTF) to all state-changing routes."}),
        ], wrap="list"),
        """
        **Logic and concurrency**

        These do not compromise the server but produce wrong grades or wasted work:
        """,
        Block([
            F("ATTEMPT-RACE", "medium", "Race Condition", "Race condition allows exceeding max attempts",
              "Wrap count and insert in a single transaction.", d=+1, n=2,
              desc="Two simultaneous submissions can both read the same attempt count before either is saved."),
            F("GRADE-SKIPS-FIRST", "high", "Logic Error", "First question is skipped during grading",
              "Start the loop at 0.", d=+1),
            F("SELECT-ALL", "medium", "Logic Error", "Partial credit does not penalize incorrect selections",
              "Deduct points for wrong options.", d=-2, symbol="partial_credit"),
            F("LATE-FLOOR", "medium", "Logic Error", "Late penalty rounds down partial days",
              "Round lateness up to whole days.", d=-1),
            F("LEADERBOARD-RACE", "low", "Performance", "Cache stampede: concurrent requests recompute the leaderboard",
              "Use the declared `_lock` (or a per-quiz lock) around the lookup and the fill.", d=+2,
              desc="Every thread that misses the cache runs the aggregate query at the same time."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-COURSE", "critical", "security", "sql injection in list_quizzes (course)", "bind params"),
            F("FEEDBACK-GET-WRITE", "medium", "security", "feedback saved on GET", "use POST + csrf token"),
            F("TEACHER-KEY-TIMING", "low", "security", "teacher key compare is not constant time", "hmac.compare_digest"),
            F("PLAINTEXT-PASSWORD", "high", "security", "passwords stored in plaintext", "bcrypt/argon2"),
            F("IMPORT-UNBOUNDED", "medium", "security", "import reads unbounded response, no timeout", "cap size, timeout="),
        ], wrap="list", indent=2, fence=None),
        "other:",
        Block([
            F("ATTEMPTS-OFF-BY-ONE", "medium", "", "max_attempts check off by one", "use >="),
            F("PARTIAL-DIV-ZERO", "low", "", "division by zero in partial_credit", "guard empty correct set"),
            F("LEADERBOARD-KEY", "medium", "", "leaderboard cache key mismatch, cache never used", "same key for get and set"),
        ], wrap="list", indent=2, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report: quiz service

        ## Summary
        1. Injection: SQL in the quiz listing, template injection in feedback.
        2. Access control: attempts readable by anyone, teacher key check fails open.
        3. Grading correctness: attempt limit, first question, partial credit, late penalty.
        4. Concurrency: attempt counting and leaderboard cache.
        5. Import: unsafe YAML, unbounded downloads and zip extraction.
        """,
        Block([
            F("SQLI-COURSE", "blocker", "security", "SQL injection through course filter",
              "Use parameter binding.", conf=0.95),
            F("FEEDBACK-SSTI", "blocker", "security", "Template injection via feedback comment",
              "Do not concatenate user input into templates.", conf=0.9),
            F("TEACHER-KEY-UNSET", "major", "security", "Teacher authorization passes when TEACHER_KEY missing",
              "Reject when the configured key is empty.", conf=0.8),
            F("PLAINTEXT-PASSWORD", "blocker", "security", "Passwords compared in plaintext",
              "Store password hashes (argon2/bcrypt) and verify with a constant-time check.", conf=0.85),
            F("RESULT-IDOR", "major", "security", "Attempt results not scoped to the student",
              "Add student_id to the query.", d=-2, conf=0.8),
            F("ATTEMPT-RACE", "major", "concurrency", "Concurrent submissions bypass attempt limit",
              "Use a transaction or unique constraint.", d=+3, conf=0.7),
            F("ATTEMPTS-OFF-BY-ONE", "minor", "correctness", "Attempt limit allows one extra submission",
              "Compare with >=.", d=+1, sd=0, conf=0.8),
            F("GRADE-SKIPS-FIRST", "major", "correctness", "Grading loop skips index 0",
              "Iterate over all questions.", d=+1, conf=0.85),
            F("SELECT-ALL", "major", "correctness", "Multi-select scoring rewards selecting all options",
              "Penalise wrong choices.", conf=0.75),
            F("LATE-TZ", "minor", "correctness", "Timezone mismatch in late penalty",
              "Use aware UTC datetimes.", conf=0.6),
            F("LEADERBOARD-RACE", "minor", "concurrency", "cache_hits counter and leaderboard dict updated without synchronization",
              "Acquire _lock.", conf=0.6),
            F("IMPORT-UNBOUNDED", "minor", "resource-exhaustion", "Unbounded read of imported quiz",
              "Limit the response size.", conf=0.55),
            F("ZIP-BOMB", "major", "resource-exhaustion", "Zip bomb during bundle import",
              "Check member sizes before extracting.", conf=0.6),
            F("CSV-FORMULA", "minor", "security", "CSV injection in grade export",
              "Prefix cells starting with =, +, -, @ with a quote.", conf=0.5),
        ], wrap="object+summary", summary="14 issues (3 blocker, 6 major, 5 minor)"),
    ]),
}
