"""A provider CLI for the benchmark: claude's stream-json format, a chosen delay and output volume.

Usage (as a manifest's binary wrapper): streamer.py  with env BENCH_DELAY (s) and BENCH_BYTES (total
stdout volume, in assistant events of 64 KiB text each).
With BENCH_EXITS set, it appends the wall-clock time at which it is done to that file and exits at once:
the moment a job's answer can be measured from, whatever the server under test counts as a run's end.
"""

import json
import os
import sys
import time

sys.stdin.buffer.read()
delay = float(os.environ.get("BENCH_DELAY", "0"))
volume = int(os.environ.get("BENCH_BYTES", "0"))
out = sys.stdout.buffer
out.write(json.dumps({"type": "system", "subtype": "init", "session_id": "bench-session"}).encode() + b"\n")
out.flush()
if delay:
    time.sleep(delay)
chunk = json.dumps(
    {"type": "assistant", "message": {"content": [{"type": "text", "text": "x" * 65_536}]}, "session_id": "bench-session"}
).encode() + b"\n"
written = 0
while written < volume:
    out.write(chunk)
    written += len(chunk)
result = {"type": "result", "subtype": "success", "is_error": False, "result": "bench answer", "session_id": "bench-session",
          "usage": {"input_tokens": 1, "output_tokens": 1}}
out.write(json.dumps(result).encode() + b"\n")
out.flush()
exits = os.environ.get("BENCH_EXITS")
if exits:
    fd = os.open(exits, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.write(fd, f"{time.time():.6f}\n".encode())  # one write: concurrent stand-ins do not interleave
    os._exit(0)  # now, not after the interpreter's shutdown: the time written is the exit
