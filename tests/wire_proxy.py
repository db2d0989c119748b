"""A stdio MCP server wrapper that logs the wire: `python tests/wire_proxy.py LOG -- COMMAND...`.

Every line each way is appended to LOG as `<seconds since start> -> | <- <line>` before it is forwarded,
so a test sees exactly what a real host sent and got. The first line is `# server pid N`. Stdlib only; lines are forwarded whole.
"""

import subprocess
import sys
import threading
import time


def main() -> int:
    log_path, separator, *command = sys.argv[1:]
    assert separator == "--" and command, __doc__
    started = time.monotonic()
    lock = threading.Lock()
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    with open(log_path, "a", encoding="utf-8", buffering=1) as log:
        log.write(f"# server pid {child.pid}\n")

        def pump(source, sink, tag: str, close_sink: bool) -> None:
            for line in iter(source.readline, b""):
                with lock:
                    log.write(f"{time.monotonic() - started:.3f} {tag} {line.decode(errors='replace').rstrip()}\n")
                try:
                    sink.write(line)
                    sink.flush()
                except (BrokenPipeError, ValueError):
                    break
            if close_sink:
                sink.close()  # the host closed our stdin: pass the EOF on, the server shuts down

        to_server = threading.Thread(target=pump, args=(sys.stdin.buffer, child.stdin, "->", True), daemon=True)
        to_server.start()
        pump(child.stdout, sys.stdout.buffer, "<-", False)
        return child.wait()


if __name__ == "__main__":
    raise SystemExit(main())
