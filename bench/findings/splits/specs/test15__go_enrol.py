"""test15/go-enrol: a course-enrolment API (Go, net/http). Frozen test split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, its tuning data or any other
split's answers, specs or repositories (apart from specs/tune2__py_snapctl.py, read once for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or its tuning data. "
    "Frozen test split test15: seeded problems in a small course-enrolment service; five agents' answers written by hand."
)

SV = "enrol/server.go"
ST = "enrol/store.go"
G = "enrol/grades.go"
PROBLEMS = {
    "API-KEY-IN-QUERY": P(SV, 'key = r.URL.Query().Get("api_key")', "security", "API key accepted from the query string (logged by proxies, leaks via Referer)"),
    "SEARCH-SQLI-SUBJECT": P(SV, "q += \" AND subject = '\" + subject + \"'\"", "security", "subject query value concatenated into the SQL text", "source-vs-sink"),
    "SEARCH-ROWS-NOT-CLOSED": P(SV, 'rows, err := s.db.Query(q+" ORDER BY course", term)', "bug", "rows never closed in handleSearch: each search leaks a pooled connection"),
    "SEARCH-ERR-LEAK": P(SV, "http.Error(w, err.Error(), http.StatusInternalServerError)", "security", "extra, one agent: raw database error text returned to the client"),
    "ENROL-ANY-STUDENT": P(SV, 'student := r.FormValue("student")', "security", "student id taken from the form, not from the caller's key: any student enrols (or waitlists) anyone"),
    "PREREQ-OVERRIDE": P(SV, 'if r.FormValue("override") != "yes" && !s.store.MeetsPrereqs(student, sec) {', "security", "override=yes skips the prerequisite check for any caller, students included"),
    "DROP-NO-AUTH": P(SV, 's.store.Drop(r.PathValue("id"), r.FormValue("student"))', "security", "handleDrop never calls who(): anyone can drop any student from any section", "signature-vs-statement"),
    "GRADES-NIL-SECTION": P(SV, 'sec, _ := s.store.Section(r.PathValue("id"))', "bug", "ok ignored: an unknown section id makes sec nil and sec.Course panics"),
    "GRADES-ANY-INSTRUCTOR": P(SV, 'if role != "instructor" && role != "registrar" {', "security", "any instructor can post grades for any section: the caller's id is never compared with sec.Instructor", "signature-vs-statement"),
    "GRADES-SCORE-UNCHECKED": P(SV, "s.store.RecordGrade(g.Student, sec.Course, g.Score)", "bug", "extra, one agent: scores outside 0-100 and students not enrolled in the section are recorded"),
    "TRANSCRIPT-IDOR": P(SV, 'student := r.PathValue("id")', "security", "any authenticated caller reads any student's transcript: the path id is not compared with the caller's id", "signature-vs-statement"),
    "SYLLABUS-TRAVERSAL": P(SV, 'dst := filepath.Join(s.uploadDir, course, "syllabus.pdf")', "security", "course form value joined into the upload path: ../ writes outside uploadDir", "source-vs-sink"),
    "SYLLABUS-CREATE-ERR": P(SV, "out, _ := os.Create(dst)", "bug", "os.Create error ignored: out is nil and the upload reports 201 having written nothing"),
    "SYLLABUS-NOT-CLOSED": P(SV, "out, _ := os.Create(dst)", "bug", "the created file is never closed (descriptor leak, unflushed data)"),
    "ENROL-CAPACITY": P(ST, "if len(sec.Enrolled) > sec.Capacity {", "bug", "> instead of >=: one student more than the capacity is enrolled before anyone is waitlisted", "off-by-one"),
    "ENROL-RACE": P(ST, "sec.Waitlist = append(sec.Waitlist, student)", "bug", "Enrol checks and appends to the shared section after Section() released the lock: concurrent enrolments overfill it and lose appends", "critical-section"),
    "ENROL-DUPLICATE": P(ST, "sec.Enrolled = append(sec.Enrolled, student)", "bug", "no check that the student is already enrolled: enrolling twice takes two seats"),
    "DROP-NIL-SECTION": P(ST, "sec := s.sections[sectionID]", "bug", "unknown section id: sec is nil and Drop panics"),
    "DROP-PROMOTES-ALWAYS": P(ST, "if len(sec.Waitlist) > 0 {", "bug", "a waitlisted student is promoted even when the dropped student was not enrolled: the section overfills"),
    "DROP-PROMOTE-NO-PREREQ": P(ST, "sec.Enrolled = append(sec.Enrolled, sec.Waitlist[0])", "bug", "extra, one agent: promotion from the waitlist skips the prerequisite check"),
    "GRADE-RACE": P(ST, "s.grades[student] = map[string]float64{}", "bug", "RecordGrade writes the grades maps without the lock: concurrent posts crash with concurrent map writes or lose a grade", "critical-section"),
    "PREREQ-MAP-RACE": P(ST, "done := s.grades[student]", "bug", "MeetsPrereqs reads the grades map without the read lock while RecordGrade writes it"),
    "GPA-SKIPS-FIRST": P(G, "for i := 1; i < len(grades); i++ {", "bug", "loop starts at 1: the first course is left out of the GPA", "off-by-one"),
    "GPA-DIV-ZERO": P(G, "return points / credits", "bug", "no grades (or zero credits): 0/0 gives NaN, which encoding/json refuses to encode"),
    "LETTER-BOUNDARY": P(G, "case score > 90:", "bug", "> instead of >=: a score of exactly 90 (80, 70) gets the lower letter, against the documented rule", "off-by-one"),
}

CONFUSABLE = [
    ("SEARCH-SQLI-SUBJECT", "SEARCH-ROWS-NOT-CLOSED"),
    ("SEARCH-ROWS-NOT-CLOSED", "SEARCH-ERR-LEAK"),
    ("ENROL-ANY-STUDENT", "PREREQ-OVERRIDE"),
    ("GRADES-NIL-SECTION", "GRADES-ANY-INSTRUCTOR"),
    ("SYLLABUS-TRAVERSAL", "SYLLABUS-CREATE-ERR"),
    ("SYLLABUS-CREATE-ERR", "SYLLABUS-NOT-CLOSED"),
    ("ENROL-CAPACITY", "ENROL-RACE"),
    ("ENROL-RACE", "ENROL-DUPLICATE"),
    ("DROP-PROMOTES-ALWAYS", "DROP-PROMOTE-NO-PREREQ"),
    ("GPA-SKIPS-FIRST", "GPA-DIV-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        `enrol` is a small `net/http` service with an in-memory section store and a SQL database for
        search and transcripts. Authentication is an API key mapped to `role:id`, but most handlers look
        only at the role and never at the id, so the id-based authorisation the key implies is missing.

        | Area | Findings | Worst |
        |---|---|---|
        | Authorisation (enrol, drop, grades, transcript, override) | 5 | high |
        | Injection / file handling (search, syllabus upload) | 3 | critical |
        | Store concurrency | 2 | high |
        | Grade maths | 3 | medium |
        | Other (API key in URL, leaked rows) | 2 | medium |
        """,
        Block([
            F("SEARCH-SQLI-SUBJECT", "critical", "security", "SQL injection via `subject` in section search",
              "Add `AND subject = $2` and pass `subject` as an argument.", symbol="Server.handleSearch", conf=0.95),
            F("SEARCH-ROWS-NOT-CLOSED", "medium", "bug", "`rows` from the search query is never closed",
              "`defer rows.Close()` after the error check (as `handleTranscript` does); otherwise each search pins a connection.",
              symbol="Server.handleSearch", conf=0.85),
            F("ENROL-ANY-STUDENT", "high", "security", "Enrolment acts on a student id from the form",
              "For the `student` role use the id from the API key; only the registrar should enrol others.",
              symbol="Server.handleEnrol", conf=0.85),
            F("PREREQ-OVERRIDE", "high", "security", "Anyone can bypass prerequisites with `override=yes`",
              "Honour the override only for instructors of the section or the registrar.", symbol="Server.handleEnrol", conf=0.85),
            F("DROP-NO-AUTH", "high", "security", "`handleDrop` is unauthenticated",
              "Call `who` and require the student themself or the registrar.", symbol="Server.handleDrop", conf=0.9),
            F("GRADES-ANY-INSTRUCTOR", "high", "security", "Any instructor may grade any section",
              "Compare the caller's id with `sec.Instructor` (registrar excepted).", symbol="Server.handleGrades", conf=0.85),
            F("TRANSCRIPT-IDOR", "high", "security", "Transcripts of other students are readable",
              "Students may only read their own transcript; compare `student` with the caller's id.",
              symbol="Server.handleTranscript", conf=0.85),
            F("SYLLABUS-TRAVERSAL", "critical", "security", "Path traversal in syllabus upload via `course`",
              "Validate `course` against known course codes, or reject anything `filepath.Base(course) != course`.",
              symbol="Server.handleSyllabus", conf=0.9),
            F("SYLLABUS-CREATE-ERR", "medium", "bug", "`os.Create` error discarded",
              "Check the error and return 500; with a nil `*os.File` the copy fails silently and the client still gets 201.",
              symbol="Server.handleSyllabus", conf=0.8),
            F("API-KEY-IN-QUERY", "medium", "security", "API key accepted in the query string",
              "Accept the key only in the `X-Api-Key` header.", symbol="Server.who", conf=0.7),
            F("ENROL-RACE", "high", "bug", "`Store.Enrol` mutates a section after releasing the lock",
              "`Section()` returns a pointer and unlocks; take `s.mu.Lock()` in `Enrol` around the capacity check and both appends.",
              d=+3, symbol="Store.Enrol", conf=0.85),
            F("GRADE-RACE", "high", "bug", "`RecordGrade` writes shared maps without locking",
              "Take `s.mu.Lock()`; concurrent grade posts can crash the process with `concurrent map writes`.",
              n=3, symbol="Store.RecordGrade", conf=0.85),
            F("GPA-SKIPS-FIRST", "medium", "bug", "GPA ignores the first course",
              "Start the loop at 0 (or `for _, g := range grades`).", symbol="GPA", conf=0.9),
            F("GPA-DIV-ZERO", "medium", "bug", "GPA is NaN for a student without grades",
              "Return 0 when `credits == 0`; `encoding/json` fails on NaN and the transcript response is cut off.",
              symbol="GPA", conf=0.8),
            F("LETTER-BOUNDARY", "medium", "bug", "Letter boundaries are exclusive",
              "Use `>=`: the doc comment says 90 and above is an A, but 90 maps to B.", symbol="Letter", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed enrol/*.go: 11 findings (most severe first).",
        Block([
            F("SEARCH-SQLI-SUBJECT", "critical", "security", "subject query param -> SQL string concat", "bind as $2.", d=-3),
            F("SYLLABUS-TRAVERSAL", "high", "security", "course form value used as a path component", "validate course code.", d=-1),
            F("ENROL-ANY-STUDENT", "high", "security", "handleEnrol trusts form student id", "use caller id."),
            F("DROP-NO-AUTH", "high", "security", "handleDrop: no auth check at all", "who() + ownership.", d=-1),
            F("GRADES-ANY-INSTRUCTOR", "high", "security", "handleGrades: role-only check, instructor id ignored", "require sec.Instructor == id.", d=-3),
            F("TRANSCRIPT-IDOR", "high", "security", "handleTranscript: any key reads any transcript", "compare path id with caller id.", d=-2),
            F("ENROL-RACE", "high", "bug", "Store.Enrol check-then-append without holding s.mu", "lock in Enrol.", d=-1),
            F("GRADE-RACE", "high", "bug", "concurrent map write in RecordGrade", "s.mu.Lock().", d=-1),
            F("ENROL-CAPACITY", "medium", "bug", "capacity check admits Capacity+1 students", ">= ."),
            F("DROP-NIL-SECTION", "medium", "bug", "Drop panics on unknown section id", "check ok."),
            F("GPA-SKIPS-FIRST", "medium", "bug", "GPA loop starts at index 1", "i := 0."),
        ], wrap="list", fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! I've reviewed the course-enrolment service. Here is a breakdown of the issues I found,
        grouped into security issues and reliability/correctness issues.

        **Security**
        """,
        Block([
            F("SEARCH-SQLI-SUBJECT", "critical", "SQL Injection", "SQL Injection in Section Search",
              "Use a placeholder for the subject filter.", d=+2,
              desc="The query built from the `subject` parameter is executed here; `subject=x' OR '1'='1` returns every section."),
            F("SEARCH-ERR-LEAK", "low", "Information Disclosure", "Database Errors Exposed to Clients",
              "Log the error and return a generic message."),
            F("API-KEY-IN-QUERY", "medium", "Broken Authentication", "API Key Accepted via URL Parameter",
              "Only read the key from the header.", d=+1, sd=0),
            F("TRANSCRIPT-IDOR", "high", "Broken Access Control", "Insecure Direct Object Reference in Transcript Endpoint",
              "Ensure students can only access their own records.", d=-1),
            F("PREREQ-OVERRIDE", "high", "Broken Access Control", "Prerequisite Override Available to All Users",
              "Restrict the override to authorized staff."),
            F("SYLLABUS-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Syllabus Upload",
              "Sanitize the course parameter.", d=+1),
            F("GRADES-ANY-INSTRUCTOR", "high", "Broken Access Control", "Grade Submission Not Restricted to the Section's Instructor",
              "Check `sec.Instructor`."),
        ], wrap="list"),
        "**Reliability and Correctness**",
        Block([
            F("ENROL-RACE", "high", "Race Condition", "Race Condition in Enrollment",
              "Hold the store's write lock while modifying a section.",
              desc="The lock is released when `Section` returns, so the waitlist and enrolment slices are appended to concurrently."),
            F("GRADE-RACE", "high", "Reliability", "Concurrent Map Writes Can Crash the Server",
              "Protect `grades` with the mutex.", d=+2),
            F("PREREQ-MAP-RACE", "medium", "Race Condition", "Unsynchronized Read of Grades Map",
              "Take the read lock."),
            U({"severity": "low", "category": "Style", "title": "", "description": "Exported functions lack doc comments."}),
            F("DROP-PROMOTES-ALWAYS", "medium", "Logic Error", "Waitlist Promotion Even When No Seat Was Freed",
              "Only promote if the student was actually removed."),
            F("SYLLABUS-NOT-CLOSED", "low", "Resource Management", "File Handle Leak in Syllabus Upload",
              "Close the file after writing."),
            F("LETTER-BOUNDARY", "medium", "Logic Error", "Incorrect Letter Grade Boundaries",
              "Use inclusive comparisons.", d=+2),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues:",
        Block([
            F("SEARCH-SQLI-SUBJECT", "high", "security", "sql injection in search (subject)", "use $2"),
            F("DROP-NO-AUTH", "high", "security", "drop endpoint unauthenticated", "check who()"),
            F("TRANSCRIPT-IDOR", "high", "security", "transcript readable by any user", "compare ids"),
            F("SYLLABUS-TRAVERSAL", "high", "security", "path traversal via course", "validate"),
            F("GPA-SKIPS-FIRST", "medium", "", "gpa drops first course", "start at 0", d=+1),
            F("ENROL-CAPACITY", "medium", "bug", "section overfills by one", "use >=", d=+1),
        ], wrap="list", fence=None, indent=2),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        ## Summary
        1. SQL injection in section search and several authorization gaps.
        2. Data races on the in-memory store (sections and grades).
        3. Enrolment and waitlist logic errors.
        4. Error handling and resource management in uploads and search.
        5. GPA and letter-grade calculation errors.
        """,
        Block([
            F("SEARCH-SQLI-SUBJECT", "blocker", "security", "SQL injection in handleSearch",
              "Use query parameters.", conf=0.9),
            F("SEARCH-ROWS-NOT-CLOSED", "major", "resource-leak", "Database rows not closed in search handler",
              "Add defer rows.Close().", conf=0.85),
            F("PREREQ-OVERRIDE", "major", "security", "Prerequisite check can be skipped by any user",
              "Only allow overrides for staff roles.", conf=0.8),
            F("GRADES-NIL-SECTION", "major", "correctness", "Nil pointer dereference for unknown section in handleGrades",
              "Check the ok value and return 404.", conf=0.8),
            F("GRADES-SCORE-UNCHECKED", "minor", "correctness", "Grade scores are not validated",
              "Reject scores outside 0-100.", conf=0.6),
            F("DROP-NO-AUTH", "major", "security", "Missing authentication on drop",
              "Authenticate the caller.", conf=0.85),
            F("ENROL-CAPACITY", "major", "correctness", "Off-by-one in capacity check",
              "Use >= when comparing with capacity.", conf=0.85),
            F("ENROL-RACE", "major", "data-loss", "Concurrent enrolments can be lost",
              "Lock the store while appending.", d=+3, conf=0.75),
            F("ENROL-DUPLICATE", "minor", "correctness", "Student can be enrolled in the same section twice",
              "Check membership before appending.", conf=0.7),
            F("DROP-NIL-SECTION", "major", "correctness", "Nil map entry dereferenced in Drop",
              "Return an error for unknown sections.", conf=0.75),
            F("DROP-PROMOTE-NO-PREREQ", "minor", "correctness", "Waitlist promotion bypasses prerequisites",
              "Re-check prerequisites when promoting.", conf=0.5),
            F("GRADE-RACE", "major", "concurrency", "Data race on grades map in RecordGrade",
              "Use s.mu.Lock().", conf=0.85),
            F("GPA-DIV-ZERO", "minor", "correctness", "Division by zero in GPA for empty transcript",
              "Guard credits == 0.", conf=0.75),
            F("SYLLABUS-CREATE-ERR", "major", "reliability", "Ignored error from os.Create",
              "Handle the error.", conf=0.8),
            F("LETTER-BOUNDARY", "minor", "correctness", "Boundary scores get the lower letter grade",
              "Use >= for each threshold.", conf=0.75),
        ], wrap="object+summary", summary="15 issues: 1 blocker, 9 major, 5 minor"),
    ]),
}
