"""tune/ts-uploads: an Express file upload service (TypeScript). For tuning; labels next to each finding."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code or the tuning set. "
    "Tuning split: seeded problems in a small upload service; five agents' answers written by hand."
)

PROBLEMS = {
    "USER-FROM-HEADER": P("src/app.ts", 'const user = String(req.header("x-user"));', "security", "the user identity is an unauthenticated request header"),
    "UPLOAD-PATH-TRAVERSAL": P("src/app.ts", "const target = path.join(UPLOAD_DIR, user, name);", "security", "x-filename / x-user joined into the upload path: ../ writes anywhere", "source-vs-sink"),
    "EXT-OFF-BY-ONE": P("src/files.ts", "const ext = parts[parts.length];", "bug", "parts[parts.length] is always undefined: every upload is rejected", "off-by-one"),
    "MD5-CHECKSUM": P("src/files.ts", 'return createHash("md5")', "security", "MD5 used as the file checksum", "signature-vs-statement"),
    "SYNC-READ": P("src/files.ts", "const data = readFileSync(file);", "performance", "readFileSync of up to 20 MB in a request blocks the event loop"),
    "UNLINK-NOT-AWAITED": P("src/files.ts", "fs.unlink(path.join(UPLOAD_DIR, user, name));", "bug", "unlink promise not awaited: 204 before deletion, rejection unhandled"),
    "QUOTA-RACE": P("src/quota.ts", "await write();", "bug", "quota read before and written after an await: concurrent uploads exceed it", "critical-section"),
    "QUOTA-NEVER-RELEASED": P("src/quota.ts", "used.set(user, current + size);", "bug", "usage only grows: deletes and overwrites are never subtracted"),
}

CONFUSABLE = [
    ("USER-FROM-HEADER", "UPLOAD-PATH-TRAVERSAL"),
    ("QUOTA-RACE", "QUOTA-NEVER-RELEASED"),
    ("MD5-CHECKSUM", "SYNC-READ"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        The upload service trusts its headers completely: `x-user` is the identity and, together with
        `x-filename`, becomes part of the path written to. The extension check is broken so that nothing
        passes it, and the quota accounting is racy and never decreases.
        """,
        Block([
            F("UPLOAD-PATH-TRAVERSAL", "critical", "security", "Path traversal in upload target path",
              "Reject names containing path separators; resolve and check the result stays under UPLOAD_DIR.",
              symbol="PUT /files", conf=0.9),
            F("USER-FROM-HEADER", "high", "security", "User identity taken from an unauthenticated header",
              "Derive the user from a verified session or token.", symbol="PUT /files", conf=0.8),
            F("EXT-OFF-BY-ONE", "high", "bug", "Off-by-one: `parts[parts.length]` is always undefined",
              "Use `parts[parts.length - 1]` (or `path.extname`).", symbol="extensionOf", conf=0.95),
            F("QUOTA-RACE", "medium", "bug", "Quota check and update straddle an `await`",
              "Reserve the bytes before writing and release them on failure.", d=-2, n=3, symbol="withQuota", conf=0.8),
            F("QUOTA-NEVER-RELEASED", "medium", "bug", "Quota usage is never decreased",
              "Subtract the file size in `remove` and on overwrite.", symbol="withQuota", conf=0.75),
            F("UNLINK-NOT-AWAITED", "medium", "bug", "`fs.unlink` is not awaited",
              "`await fs.unlink(...)` so errors reach the handler.", symbol="remove", conf=0.9),
            F("SYNC-READ", "low", "performance", "Synchronous file read in an async request path",
              "Use `fs.promises.readFile` or stream into the hash.", symbol="checksum", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings:",
        Block([
            F("UPLOAD-PATH-TRAVERSAL", "critical", "security", "`x-filename` header flows into the write path unsanitised",
              "Use path.basename and verify the resolved path.", d=-2),
            F("EXT-OFF-BY-ONE", "high", "bug", "isAllowed always returns false, so every upload gets 415",
              "Fix the index in extensionOf.", d=+1),
            F("QUOTA-RACE", "medium", "security", "Concurrent uploads can bypass the per-user quota",
              "Update usage before awaiting the write."),
            F("UNLINK-NOT-AWAITED", "low", "bug", "remove() returns before the file is deleted",
              "Await the unlink."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have analyzed the upload service. Below are the issues I identified.
        """,
        Block([
            F("UPLOAD-PATH-TRAVERSAL", "critical", "security", "Directory Traversal in file upload",
              "Sanitize the filename."),
            F("MD5-CHECKSUM", "medium", "security", "Use of weak hashing algorithm (MD5)",
              "Use SHA-256.", d=-2),
            F("SYNC-READ", "medium", "performance", "Blocking I/O in async function",
              "Use asynchronous file APIs."),
            U({"severity": "info", "category": "maintainability", "suggestion": "Add input validation middleware."}),
            F("QUOTA-RACE", "major", "security", "Quota can be exceeded by concurrent uploads",
              "Use an atomic reservation.", d=+1),
        ], wrap="list", fence=""),
    ]),
    "opencode": Answer("opencode", "dot", [
        "3 issues:",
        Block([
            F("UPLOAD-PATH-TRAVERSAL", "critical", "security", "path traversal via x-filename", "basename + check"),
            F("EXT-OFF-BY-ONE", "high", "bug", "extension lookup off by one", "parts.length - 1"),
            F("QUOTA-NEVER-RELEASED", "medium", "bug", "quota never released on delete", "decrement in remove"),
        ]),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I've reviewed the upload service. Here are the issues:
        """,
        Block([
            F("USER-FROM-HEADER", "critical", "security", "Missing authentication: user taken from header",
              "Authenticate requests.", conf=0.8),
            F("QUOTA-RACE", "major", "concurrency", "Race condition in quota check",
              "Serialize quota updates per user.", d=-1, conf=0.75),
            F("MD5-CHECKSUM", "minor", "security", "MD5 is cryptographically broken",
              "Use sha256.", conf=0.6),
            F("EXT-OFF-BY-ONE", "major", "correctness", "Incorrect array index when extracting file extension",
              "Use parts.length - 1.", conf=0.9),
            F("UNLINK-NOT-AWAITED", "minor", "correctness", "Missing await on fs.unlink",
              "Add await.", conf=0.8),
        ], wrap="object+summary", summary="5 issues"),
    ]),
}
