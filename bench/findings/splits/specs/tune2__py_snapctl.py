"""tune2/py-snapctl: a backup CLI with a status server (Python). Second tuning split; labels next to each finding.

Written 2026-12-02 by a helper session that had not seen the merger code, its results or the frozen test
split (only splits/README.md, the builder and the first tune split's specs, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the test split. "
    "Second tuning split (tune2): seeded problems in a small backup CLI; five agents' answers written by hand."
)

S = "snapctl/server.py"
H = "snapctl/hooks.py"
A = "snapctl/archive.py"
PR = "snapctl/prune.py"
L = "snapctl/lock.py"
R = "snapctl/remote.py"
PROBLEMS = {
    "DL-PATH-TRAVERSAL": P(S, 'with open(path, "rb") as fh:', "security", "snapshot query value joined to the backup dir: any file readable", "source-vs-sink"),
    "TAIL-INJECTION": P(S, "out = subprocess.run(cmd, shell=True", "security", "lines query value formatted into a shell command", "source-vs-sink"),
    "HOOK-SHELL": P(H, 'subprocess.run(f"{hook} {snapshot}", shell=True, check=False)', "security", "hook and snapshot path run through a shell unquoted", "signature-vs-statement"),
    "HOOK-FAILURE-IGNORED": P(H, 'subprocess.run(f"{hook} {snapshot}", shell=True, check=False)', "bug", "check=False: a failing pre hook does not stop the snapshot"),
    "TAR-SLIP": P(A, "tar.extractall(dest)", "security", "extractall without a filter: members with ../ or absolute paths escape dest", "signature-vs-statement"),
    "PRUNE-GLOB-ALL": P(PR, 'snaps = sorted(target.glob("*")', "bug", "glob('*') treats every file in the target (the lock file too) as a snapshot"),
    "PRUNE-NEGATIVE-EXCESS": P(PR, "doomed = snaps[:excess]", "bug", "fewer snapshots than keep: negative excess slices from the end and deletes snapshots", "off-by-one"),
    "LOCK-TOCTOU": P(L, "if self.path.exists():", "bug", "exists() then write_text(): two runs can both take the lock", "critical-section"),
    "STALE-LOCK": P(L, "return False", "bug", "the pid in the lock is never checked: after a crash no run ever starts again"),
    "TOKEN-IN-URL": P(R, 'url = f"{self.remote}/upload/{name}/{part}?token={self.token}"', "security", "remote token in the query string (proxy and server logs)"),
    "TLS-UNVERIFIED": P(R, "ctx = ssl._create_unverified_context()", "security", "certificate verification disabled for uploads"),
    "CHUNK-REMAINDER": P(R, "parts = total // CHUNK", "bug", "floor division: the last partial part is never uploaded", "off-by-one"),
    "PART-NUMBER-ZERO-BASED": P(R, "pool.submit(self._send, snapshot.name, i,", "bug", "parts numbered from 0 but the remote numbers them from 1"),
    "UPLOAD-ERRORS-LOST": P(R, "pool.submit(self._send, snapshot.name, i,", "bug", "futures never checked: a failed part upload is silently ignored"),
    "PROGRESS-RACE": P(R, "pct = self.done * 100 // self.total", "bug", "done/last_pct updated from worker threads without the lock", "critical-section"),
}

CONFUSABLE = [
    ("HOOK-SHELL", "HOOK-FAILURE-IGNORED"),
    ("PRUNE-GLOB-ALL", "PRUNE-NEGATIVE-EXCESS"),
    ("LOCK-TOCTOU", "STALE-LOCK"),
    ("TOKEN-IN-URL", "TLS-UNVERIFIED"),
    ("CHUNK-REMAINDER", "PART-NUMBER-ZERO-BASED"),
    ("PART-NUMBER-ZERO-BASED", "UPLOAD-ERRORS-LOST"),
    ("CHUNK-REMAINDER", "UPLOAD-ERRORS-LOST"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I went through `snapctl` module by module. The status server is the biggest exposure: it is bound to
        all interfaces, has no authentication, and both of its endpoints trust their query parameters.

        Most important, in order:

        - `/download` and `/log` give a network attacker file read and command execution respectively.
        - `restore` is a classic tar-slip.
        - Retention and upload both lose data in ordinary situations (few snapshots; files that are not a
          multiple of 8 MiB).

        Lower priority: hook handling, the pid lock, and the progress printer.
        """,
        Block([
            F("DL-PATH-TRAVERSAL", "critical", "security", "Path traversal in `/download` lets any client read arbitrary files",
              "Resolve the joined path and reject it unless it is inside `TARGET` (`path.resolve().is_relative_to(TARGET)`); better, look the name up in a listing of snapshots.",
              symbol="StatusHandler.do_GET", conf=0.95),
            F("TAIL-INJECTION", "critical", "security", "`lines` query parameter is interpolated into a shell command",
              "Parse `lines` as an int and call `subprocess.run([\"tail\", \"-n\", str(n), LOG_FILE])` without a shell.",
              d=-1, symbol="StatusHandler.do_GET", conf=0.95),
            F("TAR-SLIP", "high", "security", "`restore` extracts archive members without checking their paths",
              "Use `tar.extractall(dest, filter=\"data\")` (Python 3.12+) or validate each member's resolved path.",
              symbol="restore", conf=0.9),
            F("HOOK-SHELL", "high", "security", "Hook command line is built for `shell=True`",
              "Run `[str(hook), str(snapshot)]` without a shell; a snapshot label with spaces or `;` currently changes the command.",
              symbol="run_hook", conf=0.8),
            F("HOOK-FAILURE-IGNORED", "medium", "bug", "A failing pre-snapshot hook does not stop the run",
              "Use `check=True` (or inspect `returncode`) so a failed `pre-*` hook (e.g. a database dump) aborts the snapshot.",
              symbol="run_hook", conf=0.75),
            F("PRUNE-NEGATIVE-EXCESS", "high", "bug", "`prune` deletes snapshots when there are fewer than `keep`",
              "Clamp: `excess = max(0, len(snaps) - keep)`. With 3 snapshots and keep=7 the slice `snaps[:-4]` is empty, but with keep=5 `snaps[:-2]` deletes the oldest one.",
              d=-1, n=2, symbol="prune", conf=0.9),
            F("PRUNE-GLOB-ALL", "medium", "bug", "`prune` globs every file in the target directory",
              "Match only snapshot archives (`*.tar.gz`); today `.snapctl.lock` and any operator file count toward `keep` and can be deleted.",
              symbol="prune", conf=0.8),
            F("LOCK-TOCTOU", "medium", "bug", "Lock acquisition is not atomic",
              "Create the file with `os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)` and treat `FileExistsError` as busy.",
              n=3, symbol="RunLock.acquire", conf=0.8),
            F("TLS-UNVERIFIED", "high", "security", "TLS certificate verification disabled for uploads",
              "Use `ssl.create_default_context()`; the unverified context lets anyone on the path read the snapshots and the token.",
              symbol="Uploader._put", conf=0.9),
            F("TOKEN-IN-URL", "medium", "security", "Remote token sent in the query string",
              "Send it in an `Authorization` header so it stays out of access logs.", symbol="Uploader._put", conf=0.7),
            F("CHUNK-REMAINDER", "high", "bug", "Upload silently drops the final partial chunk",
              "Use `parts = -(-total // CHUNK)` (ceil division); a snapshot smaller than 8 MiB is not uploaded at all.",
              symbol="Uploader.upload", conf=0.9),
            F("UPLOAD-ERRORS-LOST", "medium", "bug", "Part upload failures are never observed",
              "Keep the futures and call `.result()` on each so an exception in `_put` fails the upload.",
              symbol="Uploader.upload", conf=0.8),
            F("PROGRESS-RACE", "low", "bug", "`Progress.advance` updates shared state without its lock",
              "Wrap the body in `with self.lock:`; the lock is created but never used.",
              d=-1, n=2, symbol="Progress.advance", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Findings (ordered by severity):",
        Block([
            F("TAIL-INJECTION", "critical", "security", "Shell injection via ?lines= in /log",
              "int(n); argv list; no shell=True.", d=-2),
            F("DL-PATH-TRAVERSAL", "high", "security", "Arbitrary file read: snapshot name joined to TARGET unchecked",
              "Reject names containing '/' or '..'; check resolved parent == TARGET.", d=-1),
            F("TAR-SLIP", "high", "security", "tar.extractall on an archive whose member names are not validated (tar-slip)",
              "filter='data'."),
            F("LOCK-TOCTOU", "medium", "bug", "RunLock.acquire races: exists() then write_text()",
              "O_CREAT|O_EXCL.", d=+2),
            F("STALE-LOCK", "medium", "bug", "Stale lock after a crash blocks every later run",
              "Read the pid and check whether the process is alive before giving up."),
            F("PART-NUMBER-ZERO-BASED", "high", "bug", "Parts numbered from 0; remote expects 1-based",
              "Pass i + 1."),
            F("CHUNK-REMAINDER", "high", "bug", "Remainder bytes never uploaded (floor division)",
              "ceil(total / CHUNK).", d=+2),
            F("PRUNE-NEGATIVE-EXCESS", "high", "bug", "Negative slice when keep > snapshot count",
              "max(0, ...)."),
            F("PROGRESS-RACE", "medium", "bug", "Lost updates on Progress.done from worker threads",
              "Use self.lock.", d=-1),
        ], fence=None, indent=None),
        "Not checked: the hooks directory contents, restore callers.",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `snapctl` codebase, which implements a backup command-line tool together
        with a small HTTP status server. I focused on security, data integrity and concurrency.

        The HTTP server (`server.py`) is the most critical area. It exposes two endpoints without any form of
        authentication, and both of them pass user-controlled input to sensitive operations. In addition, the
        archive handling and the hook runner have injection-style weaknesses, and the remote upload disables
        transport security.
        """,
        Block([
            F("TAIL-INJECTION", "Critical", "Security Vulnerability", "Remote Code Execution via /log Endpoint",
              "Validate that `lines` is a positive integer and avoid `shell=True`.",
              desc="The `lines` parameter is inserted into a command string that is executed by the shell. An attacker can request `/log?lines=1;id` to run arbitrary commands as the backup user."),
            F("DL-PATH-TRAVERSAL", "Critical", "Security Vulnerability", "Local File Inclusion in Snapshot Download",
              "Normalize the path and ensure it stays within the TARGET directory.", d=-2,
              desc="The `snapshot` parameter is read from the query string and used to build a filesystem path, allowing `../../etc/shadow`."),
            F("HOOK-SHELL", "High", "Security Vulnerability", "Command Injection in run_hook",
              "Pass the arguments as a list.", d=-2),
            F("TAR-SLIP", "High", "Security Vulnerability", "Unsafe Archive Extraction (Tar Slip)",
              "Validate member paths before extraction.", d=-2),
            F("TLS-UNVERIFIED", "High", "Security Vulnerability", "Insecure TLS Configuration",
              "Do not use `_create_unverified_context`."),
            F("TOKEN-IN-URL", "Medium", "Security Vulnerability", "Sensitive Token Exposed in URL",
              "Move the token to a request header."),
        ], wrap="list"),
        """
        Additionally, I found the following reliability and concurrency problems:
        """,
        Block([
            U({"severity": "Low", "category": "Documentation", "description": "Several public functions have no docstrings."}),
            F("PROGRESS-RACE", "Medium", "Concurrency", "Unsynchronized Access to Shared Progress State",
              "Acquire `self.lock` in `advance`.", d=+2,
              desc="`advance` is called from four worker threads; `last_pct` and `done` are read and written without holding the lock that the class creates."),
            F("UPLOAD-ERRORS-LOST", "Medium", "Error Handling", "Exceptions in Upload Threads Are Silently Discarded",
              "Collect the futures and check their results."),
            F("LOCK-TOCTOU", "Medium", "Concurrency", "Race Condition in Lock File Creation",
              "Use an atomic exclusive create.", d=+1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "issues found:",
        Block([
            F("TAIL-INJECTION", "error", "security", "shell injection in /log", "int() + list args"),
            F("DL-PATH-TRAVERSAL", "error", "security", "path traversal on /download", "check resolved path"),
            F("PRUNE-GLOB-ALL", "error", "", "prune removes non-snapshot files (lock file too)", "glob *.tar.gz"),
            F("HOOK-FAILURE-IGNORED", "warning", "bug", "hook exit status ignored", "check=True"),
            F("CHUNK-REMAINDER", "error", "bug", "last chunk skipped", "round up", d=+2),
            F("PART-NUMBER-ZERO-BASED", "warning", "bug", "part index off by one", "i + 1"),
        ], fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        The project is a backup CLI (`snapctl`) with an HTTP status server. I found 12 issues.

        ### Critical Issues
        1. Directory traversal in the download endpoint.
        2. OS command injection in the log endpoint.

        ### Other Issues
        3. Shell usage and path handling in hooks and archives.
        4. Locking and thread-safety problems.
        5. Data loss in upload and retention.
        6. Insecure TLS.
        """,
        Block([
            F("DL-PATH-TRAVERSAL", "blocker", "security", "Directory traversal in snapshot download endpoint",
              "Validate the snapshot name against the list of existing snapshots.", conf=0.9),
            F("TAIL-INJECTION", "blocker", "security", "OS command injection through the lines parameter",
              "Convert to int and avoid the shell.", d=-2, conf=0.9),
            F("HOOK-SHELL", "major", "security", "Unsafe use of shell=True when running hooks",
              "Use a list of arguments.", conf=0.8),
            F("TAR-SLIP", "major", "security", "Path traversal during archive extraction",
              "Check each member path.", d=-1, conf=0.8),
            F("LOCK-TOCTOU", "major", "concurrency", "Non-atomic lock acquisition (TOCTOU)",
              "Use O_EXCL.", conf=0.8),
            F("STALE-LOCK", "minor", "reliability", "Lock file is never validated against a running process",
              "Store and verify the PID.", d=-1, conf=0.6),
            F("PROGRESS-RACE", "major", "concurrency", "Thread-unsafe progress counter",
              "Use the lock.", d=-1, conf=0.7),
            F("PART-NUMBER-ZERO-BASED", "major", "data-loss", "Off-by-one in part numbering sent to the remote",
              "Number parts from 1.", conf=0.8),
            F("CHUNK-REMAINDER", "major", "data-loss", "Off-by-one: trailing chunk of the snapshot is not uploaded",
              "Use ceiling division.", conf=0.9),
            F("PRUNE-NEGATIVE-EXCESS", "major", "data-loss", "Retention may delete snapshots that should be kept",
              "Guard against negative excess.", d=-1, conf=0.8),
            F("PRUNE-GLOB-ALL", "minor", "data-loss", "Retention may delete files that are not snapshots",
              "Restrict the glob pattern.", conf=0.7),
            F("TLS-UNVERIFIED", "major", "security", "SSL certificate validation disabled",
              "Use a default SSL context.", conf=0.9),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 8 major, 2 minor"),
    ]),
}
