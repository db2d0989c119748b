"""tune4/php-gallery: a plain-PHP photo gallery (PDO, GD, sessions). For tuning; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "php"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits4) that had not seen the merger code, its results, "
    "its tuning answers or any test split's specs. Fourth tuning split: seeded problems in a small PHP photo "
    "gallery; five agents' answers by hand."
)

ALBUM = "public/album.php"
LOGIN = "public/login.php"
UPLOAD = "public/upload.php"
PHOTO = "public/photo.php"
AUTH = "src/auth.php"
THUMBS = "src/thumbs.php"

PROBLEMS = {
    "ALBUM-SQLI": P(ALBUM, "FROM albums WHERE id = $albumId", "security", "album id from $_GET interpolated into the SQL string", "source-vs-sink"),
    "PAGES-OFF-BY-ONE": P(ALBUM, "$pages = intdiv($total, PER_PAGE);", "bug", "intdiv rounds down: the last, partial page is never linked", "off-by-one"),
    "XSS-TITLE": P(ALBUM, "<h1><?= $album['title'] ?></h1>", "security", "album title echoed without escaping (stored XSS)"),
    "XSS-FILTER": P(ALBUM, "<p>Filter: <?= $_GET['q']", "security", "q query value echoed without escaping (reflected XSS)"),
    "THUMB-RACE": P(THUMBS, "$img = imagecreatefromjpeg(UPLOAD_DIR", "bug", "file_exists-then-render: concurrent requests render the same thumbnail twice and can serve a half-written file", "critical-section"),
    "VIEWS-RACE": P(THUMBS, "file_put_contents($file, (string) ($views + 1));", "bug", "read-increment-write of the view counter file without a lock: lost counts, empty reads", "critical-section"),
    "MD5-PASSWORD": P(AUTH, "return md5('gallery$' . $password);", "security", "passwords hashed with MD5 and one site-wide salt", "signature-vs-statement"),
    "LOOSE-COMPARE": P(LOGIN, "$row['pw_hash'] == hash_password(", "security", "hash compared with == (type juggling: '0e...' hashes compare equal; not constant-time)"),
    "SESSION-FIXATION": P(LOGIN, "$_SESSION['user_id'] = $row['id'];", "security", "session id not regenerated on login (session fixation)"),
    "OPEN-REDIRECT": P(LOGIN, "header('Location: ' . $next);", "security", "next from $_GET used as redirect target unchecked (open redirect)", "source-vs-sink"),
    "UPLOAD-OVERWRITE": P(UPLOAD, "$target = UPLOAD_DIR . '/' . $name;", "bug", "upload stored under the client's file name: overwrites another user's photo of the same name"),
    "UPLOAD-ANY-TYPE": P(UPLOAD, "move_uploaded_file($_FILES['photo']['tmp_name'], $target);", "security", "no extension or content check: a .php upload lands in the web root and runs"),
    "DELETE-CSRF": P(PHOTO, "if (($_GET['action'] ?? '') === 'delete') {", "security", "delete is a GET without a CSRF token: an <img> on another site deletes photos"),
    "DELETE-IDOR": P(PHOTO, "DELETE FROM photos WHERE id = $id", "security", "any logged-in user deletes any photo: owner never checked"),
    "ROTATE-TRAVERSAL": P(PHOTO, "$img = imagerotate(imagecreatefromjpeg($file)", "security", "file from $_GET joined to UPLOAD_DIR unchecked: ../ reads and overwrites files outside it", "source-vs-sink"),
}

CONFUSABLE = [
    ("ALBUM-SQLI", "PAGES-OFF-BY-ONE"),
    ("XSS-TITLE", "XSS-FILTER"),
    ("LOOSE-COMPARE", "SESSION-FIXATION"),
    ("SESSION-FIXATION", "OPEN-REDIRECT"),
    ("UPLOAD-OVERWRITE", "UPLOAD-ANY-TYPE"),
    ("DELETE-CSRF", "DELETE-IDOR"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the gallery (`public/*.php`, `src/*.php`).

        The most urgent issue is `upload.php`: it stores whatever the client sends, under the client's name,
        inside the web root, so uploading `shell.php` gives code execution. `album.php` has SQL injection and
        two XSS sinks, and `photo.php` deletes photos on a plain GET without any ownership check.
        Authentication uses unsalted-per-user MD5, a loose `==` comparison and keeps the pre-login session id.

        | Severity | Count |
        |----------|-------|
        | critical | 3 |
        | high | 6 |
        | medium | 4 |
        """,
        Block([
            F("UPLOAD-ANY-TYPE", "critical", "security", "Unrestricted file upload into the web root",
              "Allow only image types (check getimagesize/finfo, not the name), store outside the document root "
              "or under a generated name with a fixed extension, and disable PHP execution in photos/.",
              symbol="upload.php", conf=0.95),
            F("UPLOAD-OVERWRITE", "medium", "bug", "Uploads overwrite existing photos with the same file name",
              "Generate a unique name (e.g. bin2hex(random_bytes(16)) . '.jpg') instead of the client's.",
              symbol="upload.php", conf=0.8),
            F("ALBUM-SQLI", "critical", "security", "SQL injection through `$_GET['id']` in album.php",
              "Use a prepared statement: `SELECT ... WHERE id = ?`.", d=-1, n=2, conf=0.95),
            F("XSS-TITLE", "high", "security", "Stored XSS: album title is printed unescaped",
              "Wrap it in htmlspecialchars() like the caption below.", conf=0.9),
            F("XSS-FILTER", "high", "security", "Reflected XSS via the `q` parameter",
              "Escape `$_GET['q']` with htmlspecialchars().", conf=0.92),
            F("PAGES-OFF-BY-ONE", "medium", "bug", "Last page of photos is unreachable",
              "With 25 photos and 24 per page `intdiv` gives 1 page; use `(int) ceil($total / PER_PAGE)`.", d=-1, n=2, conf=0.85),
            F("DELETE-IDOR", "high", "security", "Any logged-in user can delete any photo",
              "Join photos to albums and require `owner_id = $user['id']` in the DELETE.", conf=0.88),
            F("DELETE-CSRF", "high", "security", "State-changing delete over GET without CSRF protection",
              "Make delete a POST with a per-session CSRF token.", conf=0.8),
            F("ROTATE-TRAVERSAL", "high", "security", "Path traversal in rotate action",
              "`$_GET['file']` is appended to UPLOAD_DIR as is; `../` lets a user read and overwrite any JPEG-decodable "
              "file the web server can write. Look the file up by photo id instead.", d=-1, n=2, conf=0.85),
            F("MD5-PASSWORD", "high", "security", "Passwords hashed with MD5",
              "Use password_hash()/password_verify(); the site-wide salt does not make MD5 safe.",
              d=-3, symbol="hash_password", conf=0.93),
            F("LOOSE-COMPARE", "medium", "security", "Password hash compared with loose `==`",
              "password_verify() solves this too; otherwise use hash_equals().", conf=0.75),
            F("SESSION-FIXATION", "medium", "security", "Session id is not regenerated after login",
              "Call session_regenerate_id(true) before storing user_id.", conf=0.8),
            F("THUMB-RACE", "low", "bug", "Thumbnail generation races between concurrent requests",
              "Render to a temp file and rename() it into place; a concurrent request can read a half-written file.",
              d=-1, n=3, symbol="thumbnail", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings (gallery):",
        Block([
            F("ALBUM-SQLI", "critical", "security", "SQLi: album id from query string", "Prepared statement.", d=-1),
            F("UPLOAD-ANY-TYPE", "critical", "security", "Upload accepts .php into public/photos", "Validate type; random names; no exec."),
            F("ROTATE-TRAVERSAL", "high", "security", "rotate: `file` param allows ../", "Resolve by id.", d=-1),
            F("OPEN-REDIRECT", "medium", "security", "Open redirect via next", "Allow only relative paths.", d=-1),
            F("XSS-TITLE", "medium", "security", "Unescaped album title", "htmlspecialchars."),
            F("DELETE-IDOR", "high", "security", "delete without owner check", "Check album owner."),
            F("VIEWS-RACE", "low", "bug", "count_view loses increments under concurrency", "flock or DB counter.", d=-1),
            F("PAGES-OFF-BY-ONE", "low", "bug", "intdiv drops final partial page", "ceil."),
            F("MD5-PASSWORD", "high", "security", "MD5 password hashing", "password_hash."),
        ], indent=1, fence="", wrap="object"),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the PHP photo gallery. Below is a summary followed by the detailed findings.

        The code base is small but mixes raw SQL string building with prepared statements, echoes user data
        without escaping in several templates, and relies on GET requests for destructive actions. File handling
        (uploads, rotation, thumbnails, view counters) trusts client-supplied names and has no locking.
        """,
        Block([
            F("ALBUM-SQLI", "Critical", "Security Vulnerability", "SQL Injection in album.php",
              "Use PDO prepared statements.",
              desc="`$albumId` comes straight from `$_GET['id']` and is interpolated into the albums query."),
            F("XSS-TITLE", "High", "Cross-Site Scripting", "Stored XSS in Album Title",
              "Escape output with htmlspecialchars().", d=+1, sd=0),
            F("XSS-FILTER", "High", "Cross-Site Scripting", "Reflected XSS in Filter Parameter",
              "Escape output with htmlspecialchars()."),
            F("UPLOAD-ANY-TYPE", "Critical", "Security Vulnerability", "Unrestricted File Upload",
              "Validate MIME type and extension; store files outside the web root.", d=-2, n=3),
            F("LOOSE-COMPARE", "Medium", "Security Vulnerability", "Loose Comparison in Password Check",
              "Use hash_equals() or password_verify().",
              desc="PHP's `==` may treat two different numeric-looking hashes as equal."),
            F("SESSION-FIXATION", "Medium", "Security Vulnerability", "Session Fixation",
              "Regenerate the session id after login.", d=-1, sd=0),
            F("OPEN-REDIRECT", "Medium", "Security Vulnerability", "Open Redirect After Login",
              "Validate the `next` parameter."),
            U({"severity": "Info", "category": "Style", "description": "Consider a templating engine such as Twig to get escaping by default."}),
            F("DELETE-CSRF", "High", "Security Vulnerability", "Cross-Site Request Forgery on Photo Deletion",
              "Use POST plus a CSRF token.", n=3),
            F("VIEWS-RACE", "Low", "Race Condition", "Race Condition in View Counter",
              "Use flock() or an atomic database update.", n=2),
            F("THUMB-RACE", "Low", "Race Condition", "Race Condition in Thumbnail Generation",
              "Write to a temporary file and rename atomically.", d=-1, n=2),
            F("MD5-PASSWORD", "High", "Cryptography", "Weak Password Hashing (MD5)",
              "Use password_hash() with PASSWORD_DEFAULT.", d=-3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "gallery review:",
        Block([
            F("UPLOAD-ANY-TYPE", "error", "security", "php files can be uploaded and executed", "whitelist image extensions"),
            F("UPLOAD-OVERWRITE", "warning", "", "upload overwrites files with same name", "use random file names"),
            F("XSS-FILTER", "error", "security", "reflected xss in album.php filter", "htmlspecialchars"),
        ], wrap="list", indent=None, fence=None),
        "also:",
        Block([
            F("DELETE-CSRF", "error", "security", "delete via GET is csrf-able", "POST + token", d=+2),
            F("MD5-PASSWORD", "error", "security", "md5 for passwords", "password_hash"),
            F("PAGES-OFF-BY-ONE", "warning", "bug", "page count drops remainder", "use ceil"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ### Review Summary

        1. Injection and XSS in `album.php`.
        2. Upload handling allows code execution and overwrites.
        3. Authentication weaknesses in `login.php` and `auth.php`.
        4. Unsafe file handling in `photo.php` (rotate) and missing authorization on delete.
        5. Races in thumbnail rendering and the view counter.
        """,
        Block([
            F("ALBUM-SQLI", "blocker", "security", "SQL injection in album query", "Prepared statements.", conf=0.9),
            F("XSS-TITLE", "major", "security", "Album title rendered without escaping", "htmlspecialchars.", conf=0.8),
            F("UPLOAD-ANY-TYPE", "blocker", "security", "Arbitrary file upload leads to RCE", "Validate uploads.", d=-1, sd=0, conf=0.9),
            F("UPLOAD-OVERWRITE", "minor", "data-loss", "Uploaded files can overwrite each other", "Unique names.", d=+1, sd=0, conf=0.6),
            F("SESSION-FIXATION", "major", "security", "No session regeneration at login", "session_regenerate_id(true).", conf=0.7),
            F("OPEN-REDIRECT", "minor", "security", "Unvalidated redirect target", "Whitelist targets.", conf=0.6),
            F("DELETE-IDOR", "major", "security", "Photo deletion lacks authorization", "Check ownership.", conf=0.8),
            F("ROTATE-TRAVERSAL", "major", "security", "Directory traversal in rotate", "basename() and check existence.", conf=0.75),
            F("THUMB-RACE", "minor", "concurrency", "Concurrent thumbnail rendering", "Lock or atomic rename.", d=+1, conf=0.5),
            F("VIEWS-RACE", "minor", "concurrency", "View counter is not atomic", "flock or DB.", conf=0.6),
        ], wrap="object+summary", summary="10 issues: 3 blocker, 4 major, 3 minor"),
    ]),
}
