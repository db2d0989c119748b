"""tune3/rs-logship: a log shipper CLI with a control port (Rust). For tuning; labels next to each finding."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "rust"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the frozen test "
    "split. Third tuning split: seeded problems in a small Rust log shipper; five agents' answers by hand."
)

PROBLEMS = {
    "CTL-PATH-TRAVERSAL": P("src/control.rs", 'read_to_string(format!("/var/log/app/{}", file))', "security", "TAIL file name from the socket joined to /var/log/app unchecked: ../ reads any file", "source-vs-sink"),
    "N-PARSE-PANIC": P("src/control.rs", "let n: usize = parts[2].parse().unwrap();", "bug", "malformed TAIL (missing or non-numeric n, missing args) panics the handler on unwrap/index"),
    "TAIL-UNDERFLOW": P("src/control.rs", "for l in &lines[lines.len() - n..] {", "bug", "n larger than the file's line count underflows the usize subtraction: slice panic", "off-by-one"),
    "GREP-INJECTION": P("src/control.rs", "grep -h '{}' /var/log/app/*.log", "security", "GREP pattern from the socket interpolated into sh -c (quote breaks out)", "source-vs-sink"),
    "UNBOUNDED-THREADS": P("src/control.rs", "thread::spawn(move || handle(stream, stats));", "performance", "one thread per control connection, no limit or read timeout"),
    "CTL-BIND-ALL": P("src/main.rs", '"0.0.0.0:7070".to_string()', "security", "unauthenticated control port listens on all interfaces by default"),
    "TOKEN-IN-DEBUG": P("src/main.rs", 'eprintln!("logship starting with {:?}", cfg);', "security", "config printed with Debug at startup: the collector token lands in the logs"),
    "STATS-LOST-UPDATE": P("src/stats.rs", "let next = current + lines;", "bug", "per-file count read and written under two separate lock acquisitions: lost updates", "critical-section"),
    "SHIP-DUP-RACE": P("src/ship.rs", "send(client, &buf)?;", "bug", "offset read and stored under separate locks while workers share files: same bytes shipped twice, offset overwritten", "critical-section"),
    "SHIP-READ-ALL": P("src/ship.rs", "let buf = read_from(path, start)?;", "performance", "everything since the last offset read into memory at once (unbounded after an outage)"),
    "TLS-DISABLED": P("src/ship.rs", ".danger_accept_invalid_certs(true)", "security", "collector certificate never verified: the bearer token goes to anyone in the middle", "signature-vs-statement"),
    "ROTATE-OFF-BY-ONE": P("src/rotate.rs", "for i in (1..=keep).rev() {", "bug", "inclusive range renames .keep to .keep+1: one copy more than configured is kept", "off-by-one"),
    "ROTATE-OFFSET-STALE": P("src/rotate.rs", "File::create(path)?;", "bug", "shipping offset not reset after rotation: new lines below the old offset are never shipped"),
    "HOOK-UNQUOTED": P("src/rotate.rs", 'cmd.replace("{file}"', "bug", "rotated file name substituted unquoted into the sh -c hook: spaces or quotes in a path break it (injection if names are hostile)"),
    "HOOK-STATUS-IGNORED": P("src/rotate.rs", "let _ = Command::new(\"sh\")", "bug", "hook failure (spawn error or exit status) silently ignored"),
    "BATCH-REMAINDER": P("src/tail.rs", "while i + batch_lines < lines.len() {", "bug", "`<` and no tail push: the last (partial or exact) batch is never returned, its lines never shipped", "off-by-one"),
    "UTF8-UNCHECKED": P("src/tail.rs", "unsafe { String::from_utf8_unchecked(buf) }", "security", "from_utf8_unchecked on file content: undefined behaviour on non-UTF-8 bytes", "signature-vs-statement"),
}

CONFUSABLE = [
    ("CTL-PATH-TRAVERSAL", "N-PARSE-PANIC"),
    ("N-PARSE-PANIC", "TAIL-UNDERFLOW"),
    ("CTL-PATH-TRAVERSAL", "TAIL-UNDERFLOW"),
    ("CTL-BIND-ALL", "TOKEN-IN-DEBUG"),
    ("SHIP-DUP-RACE", "SHIP-READ-ALL"),
    ("HOOK-UNQUOTED", "HOOK-STATUS-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Summary

        `logship` is small but its control port is the weak spot: it is unauthenticated, listens on all
        interfaces by default, and both commands that take arguments are exploitable (`GREP` runs a shell with
        the pattern inside single quotes, `TAIL` joins a client-supplied name to `/var/log/app`). Malformed
        commands panic the connection thread.

        On the shipping side, offsets are not handled atomically across workers, rotation does not reset them,
        and `tail::batches` never returns the final batch — combined, lines are both duplicated and lost.

        Priorities:
        1. `GREP` shell injection (control.rs:42)
        2. `TAIL` path traversal (control.rs:32)
        3. TLS verification disabled towards the collector (ship.rs:31)
        4. Lost lines: `batches` remainder (tail.rs:6) and stale offsets after rotation (rotate.rs:19)
        """,
        Block([
            F("GREP-INJECTION", "critical", "security", "Shell injection through the GREP pattern",
              "Run `grep` directly with `Command::new(\"grep\").arg(\"-h\").arg(\"--\").arg(pattern)` and expand the glob in Rust.",
              symbol="control::handle", conf=0.96),
            F("CTL-PATH-TRAVERSAL", "high", "security", "Path traversal in TAIL",
              "Reject names containing `/` or `..`, or canonicalize and check the prefix.", symbol="control::handle", conf=0.92),
            F("N-PARSE-PANIC", "medium", "bug", "Malformed TAIL commands panic the handler thread",
              "`parts[1]`, `parts[2]` and `.unwrap()` panic on short or non-numeric input; answer `ERR` instead.",
              symbol="control::handle", conf=0.8),
            F("TAIL-UNDERFLOW", "medium", "bug", "TAIL with n larger than the file panics (usize underflow)",
              "Use `lines.len().saturating_sub(n)` as the start index.", symbol="control::handle", conf=0.9),
            F("CTL-BIND-ALL", "high", "security", "Unauthenticated control port listens on 0.0.0.0 by default",
              "Default to 127.0.0.1 and require a token for control commands.", symbol="main", conf=0.85),
            F("TOKEN-IN-DEBUG", "medium", "security", "Collector token printed to stderr at startup",
              "Implement Debug by hand for Config (redact `token`) or log only the file list.", symbol="main", conf=0.85),
            F("TLS-DISABLED", "high", "security", "TLS certificate verification disabled for the collector",
              "Remove `danger_accept_invalid_certs(true)`; add the internal CA with `add_root_certificate` if needed.",
              symbol="ship::client", conf=0.93),
            F("SHIP-DUP-RACE", "high", "bug", "Offsets are read and written under separate locks",
              "Two workers iterate the same file list, so both can read the same start offset and ship the same bytes. "
              "Assign each file to one worker, or hold a per-file lock for the whole read-send-store.",
              d=-2, symbol="ship::ship_file", conf=0.85),
            F("ROTATE-OFFSET-STALE", "high", "bug", "Rotation does not reset the shipping offset",
              "After `File::create`, the stored offset still points past the end of the new file, so its first lines are never shipped. Reset the offset (or track inode).",
              symbol="rotate::rotate", conf=0.8),
            F("ROTATE-OFF-BY-ONE", "low", "bug", "Rotation keeps keep + 1 old copies",
              "Iterate `(1..keep).rev()` so `.keep` is overwritten rather than renamed to `.keep+1`.",
              symbol="rotate::rotate", conf=0.75),
            F("STATS-LOST-UPDATE", "low", "bug", "`record_batch` takes the lock twice, losing concurrent updates",
              "Use `*map.entry(file).or_insert(0) += lines` under one guard.", d=-1, symbol="Stats::record_batch", conf=0.85),
            F("BATCH-REMAINDER", "high", "bug", "`batches` drops the last batch; its lines are never shipped",
              "Loop while `i < lines.len()` and take `min(i + batch_lines, len)`; the offset is advanced past lines that were never sent.",
              symbol="tail::batches", conf=0.9),
            F("UTF8-UNCHECKED", "medium", "security", "`from_utf8_unchecked` on log content is undefined behaviour for non-UTF-8 input",
              "Use `String::from_utf8_lossy`; log files routinely contain invalid bytes.", symbol="tail::decode", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "logship review — 9 findings.",
        Block([
            F("GREP-INJECTION", "critical", "security", "Shell injection in GREP: pattern comes straight from the socket",
              "Call grep without a shell.", d=-3),
            F("CTL-PATH-TRAVERSAL", "high", "security", "TAIL reads arbitrary files via ../ in the name",
              "Validate the file name."),
            F("TAIL-UNDERFLOW", "medium", "bug", "Index underflow panics when n > number of lines",
              "saturating_sub."),
            F("TLS-DISABLED", "high", "security", "HTTP client disables certificate verification",
              "Drop danger_accept_invalid_certs.", d=-3, symbol="client"),
            F("SHIP-DUP-RACE", "medium", "bug", "Workers race on the same file and send duplicate data",
              "Partition files across workers."),
            F("STATS-LOST-UPDATE", "low", "bug", "record_batch loses increments under concurrency",
              "Single lock scope / entry API."),
            F("BATCH-REMAINDER", "high", "bug", "batches() never emits the final batch",
              "Handle the remainder after the loop."),
            F("ROTATE-OFF-BY-ONE", "low", "bug", "rotate renames the oldest copy to .keep+1 instead of dropping it",
              "Use 1..keep.", d=+3),
            F("HOOK-UNQUOTED", "medium", "security", "post_rotate hook substitutes {file} unquoted into sh -c",
              "Pass the file as an argument ($1) instead of substituting."),
        ], indent=1, fence=""),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have analyzed the `logship` codebase. This is a Rust application that tails log files, ships them
        to a collector over HTTPS, rotates files, and exposes a control server over TCP.

        **Overall assessment:** the control server is the largest risk. It performs no authentication and
        passes client input to a shell and to the filesystem. Additionally, the use of `unsafe` in
        `tail::decode` and the disabled certificate validation undermine Rust's safety guarantees and
        transport security respectively. I also found a logic error in the rotation loop.

        Below is the detailed list of findings.
        """,
        Block([
            F("GREP-INJECTION", "critical", "Security", "Command Injection in GREP handler",
              "Avoid `sh -c`; use `Command::new(\"grep\")` with arguments.", d=-2, n=3,
              desc="An attacker can send `GREP x'; rm -rf / #` to execute arbitrary commands as the logship user."),
            F("CTL-PATH-TRAVERSAL", "critical", "Security", "Directory Traversal in TAIL command",
              "Canonicalize the path and ensure it is within /var/log/app.", d=-2,
              desc="The file name is taken from the client and used to build a path."),
            F("N-PARSE-PANIC", "major", "Reliability", "Denial of Service via panic on invalid input",
              "Handle parse errors gracefully."),
            F("TAIL-UNDERFLOW", "major", "Reliability", "Integer underflow in TAIL slice calculation",
              "Use saturating_sub.", d=-1, n=2),
            F("CTL-BIND-ALL", "high", "Security", "Control server binds to all interfaces",
              "Bind to localhost by default."),
            F("TLS-DISABLED", "high", "Security", "TLS Certificate Validation Disabled",
              "Remove danger_accept_invalid_certs(true)."),
            F("SHIP-READ-ALL", "medium", "Performance", "Unbounded memory usage when reading the file tail",
              "Read in bounded chunks.", desc="After a long collector outage the whole backlog is read into a single Vec."),
            F("SHIP-DUP-RACE", "medium", "Concurrency", "Offset update race between workers",
              "Use a single critical section for read and update.", d=+1),
            F("UTF8-UNCHECKED", "high", "Security", "Unsafe use of from_utf8_unchecked",
              "Use String::from_utf8_lossy.", d=-2, symbol="tail::decode"),
            F("ROTATE-OFF-BY-ONE", "low", "Logic Error", "Off-by-one in rotation loop keeps an extra file",
              "Use an exclusive range.", d=+1, sd=0),
            F("HOOK-UNQUOTED", "high", "Security", "Command Injection in post-rotate hook",
              "Quote the file name or avoid the shell."),
            U({"severity": "info", "category": "Style",
               "description": "Several functions use unwrap()/expect(); prefer propagating errors with the ? operator."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("GREP-INJECTION", "critical", "security", "shell injection in GREP", "no sh -c"),
            F("TLS-DISABLED", "high", "security", "client accepts invalid certs", "remove danger_accept_invalid_certs"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("TAIL-UNDERFLOW", "medium", "", "slice underflow when n > lines", "saturating_sub"),
            F("HOOK-STATUS-IGNORED", "low", "", "post-rotate hook exit status ignored", "log non-zero status"),
            F("BATCH-REMAINDER", "high", "bug", "last batch never pushed", "push the remainder after the loop", d=+1),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Review of logship

        1. Command injection and path traversal on the control port.
        2. Panics on malformed control input; unbounded thread creation.
        3. Concurrency issues in stats and shipping offsets.
        4. Rotation: offsets not reset, one extra file retained.
        5. Secrets in logs; unsafe UTF-8 conversion.
        """,
        Block([
            F("GREP-INJECTION", "blocker", "security", "Command injection via GREP pattern",
              "Avoid invoking a shell.", conf=0.95),
            F("CTL-PATH-TRAVERSAL", "blocker", "security", "Path traversal in TAIL file argument",
              "Sanitize the file name.", conf=0.9),
            F("N-PARSE-PANIC", "major", "reliability", "unwrap() on client input crashes the connection handler",
              "Return an error response.", conf=0.8),
            F("UNBOUNDED-THREADS", "major", "resource-exhaustion", "Unbounded thread spawning per connection",
              "Use a bounded pool and set read timeouts.", conf=0.7),
            F("STATS-LOST-UPDATE", "major", "concurrency", "Non-atomic read-modify-write in record_batch",
              "Hold a single lock guard.", d=+1, conf=0.8),
            F("SHIP-DUP-RACE", "major", "concurrency", "Concurrent workers may ship the same data twice",
              "Serialize per file.", d=-1, n=2, conf=0.75),
            F("ROTATE-OFFSET-STALE", "major", "data-loss", "Offsets are not reset after rotation",
              "Reset the offset for the rotated path.", conf=0.7),
            F("ROTATE-OFF-BY-ONE", "minor", "correctness", "Retains one more rotated file than configured",
              "Use 1..keep.", conf=0.7),
            F("TOKEN-IN-DEBUG", "major", "security", "Bearer token logged via Debug formatting",
              "Redact the token.", conf=0.8),
            F("UTF8-UNCHECKED", "major", "memory-safety", "Undefined behaviour on invalid UTF-8",
              "Use from_utf8_lossy.", conf=0.85),
        ], wrap="object+summary", summary="10 issues: 2 blocker, 7 major, 1 minor"),
    ]),
}
