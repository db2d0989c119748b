"""The fake provider CLIs really run, speak each CLI's format, and misbehave as asked.

Every process wait is bounded; processes that would run forever are killed by process group.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import select
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from mco_mcp.adapters.parsers import make_parser
from mco_mcp.adapters.parsers.base import ParsedOutput
from tests.fakes import NAMES, install_fake_clis
from tests.fakes.fake_cli import GARBAGE_LINES, count_tokens

PARSER_FOR = {"claude": "claude-stream-json", "codex": "codex-json", "gemini": "gemini-stream-json",
              "opencode": "opencode-json", "qwen": "qwen-stream-json"}
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TIMEOUT = 10.0
Starter = Callable[[str, list[str], bytes, dict[str, str]], "subprocess.Popen[bytes]"]


def headless_argv(name: str, repo: Path, resume: str | None = None) -> list[str]:
    """The argv mco-mcp runs each CLI with."""
    if name == "claude":
        argv = ["-p", "--output-format", "stream-json", "--verbose", "--model", "sonnet", "--permission-mode",
                "plan", "--disallowedTools", "Edit Write NotebookEdit Bash"]
        return argv + (["--resume", resume] if resume else [])
    if name == "codex":
        argv = ["exec", "--json", "--skip-git-repo-check", "-C", str(repo), "-m", "gpt-5", "-s", "read-only"]
        return argv + (["resume", resume] if resume else []) + ["-"]
    if name in ("gemini", "qwen"):
        argv = ["-o", "stream-json", "-m", f"{name}-model", "--approval-mode", "plan"]
        return argv + (["--resume", resume] if resume else [])
    argv = ["run", "--format", "json", "--agent", "plan", "-m", "fake/m"]
    return argv + (["-s", resume] if resume else [])


@pytest.fixture(scope="module")
def bin_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("bin")
    install_fake_clis(directory)
    return directory


def env_with(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAKE_CLI_")}
    env.update(extra)
    return env


def run_fake(bin_dir: Path, name: str, args: list[str], prompt: bytes = b"review this please", *,
             env: dict[str, str] | None = None, stdin: int | None = None) -> subprocess.CompletedProcess[bytes]:
    if stdin is not None:
        return subprocess.run([str(bin_dir / name), *args], stdin=stdin, capture_output=True,
                              env=env or env_with(), timeout=TIMEOUT)
    return subprocess.run([str(bin_dir / name), *args], input=prompt, capture_output=True,
                          env=env or env_with(), timeout=TIMEOUT)


def parse(name: str, stdout: bytes, exit_code: int | None, stderr: bytes = b"") -> ParsedOutput:
    parser = make_parser(PARSER_FOR[name])
    for line in stdout.split(b"\n"):
        if line:
            parser.feed_line(line.decode("utf-8", errors="replace"))
    return parser.finish(exit_code, stderr.decode("utf-8", errors="replace"))


def read_records(directory: Path, name: str) -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(directory.glob(f"{name}-*.json"))]


def read_available(stream: IO[bytes] | None, seconds: float) -> tuple[bytes, bool]:
    """Read what arrives within `seconds`; (data, reached_eof)."""
    assert stream is not None
    fd = stream.fileno()
    data = b""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            return data, True
        data += chunk
    return data, False


def read_until(stream: IO[bytes] | None, predicate: Callable[[bytes], bool], seconds: float) -> bytes:
    """Read until `predicate(data)` holds; fails on timeout or early EOF."""
    assert stream is not None
    fd = stream.fileno()
    data = b""
    deadline = time.monotonic() + seconds
    while not predicate(data):
        left = deadline - time.monotonic()
        assert left > 0, f"timed out; got {data[:300]!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            assert chunk, f"EOF early; got {data[:300]!r}"
            data += chunk
    return data


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=TIMEOUT)


@pytest.fixture
def popen(bin_dir: Path) -> Iterator[Starter]:
    """Start a fake in its own process group; always killed and reaped afterwards."""
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str, args: list[str], prompt: bytes, env: dict[str, str]) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen([str(bin_dir / name), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)
        started.append(proc)
        assert proc.stdin is not None
        proc.stdin.write(prompt)
        proc.stdin.close()
        return proc

    yield start
    for proc in started:
        kill_group(proc)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


# -- normal runs ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_normal_output_parses_to_answer_and_fresh_session(bin_dir: Path, tmp_path: Path, name: str) -> None:
    prompt = "Review app.py and report findings as JSON, thoroughly, with evidence for each one."
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path), prompt.encode())
    assert result.returncode == 0, result.stderr
    result.stdout.decode("utf-8")  # strictly valid UTF-8 in the normal case
    out = parse(name, result.stdout, result.returncode, result.stderr)
    assert out.final_text == f"fake {name} answer: " + prompt[:60]
    assert out.error is None
    assert out.notes == []
    assert out.usage is not None
    assert out.usage.input_tokens == count_tokens(prompt)
    assert out.usage.output_tokens == count_tokens(out.final_text)
    assert out.session_id is not None
    if name == "opencode":
        assert re.fullmatch(r"ses_[0-9A-Za-z]{26}", out.session_id)
    else:
        assert UUID_RE.match(out.session_id)
    # A second run gets a different fresh session.
    again = parse(name, run_fake(bin_dir, name, headless_argv(name, tmp_path)).stdout, 0)
    assert again.session_id != out.session_id


@pytest.mark.parametrize("name", NAMES)
def test_resume_reports_the_same_session(bin_dir: Path, tmp_path: Path, name: str) -> None:
    session = "ses_resumeMe0123456789abcdef" if name == "opencode" else "0b7c8a4e-1111-4222-8333-944455556666"
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path, resume=session))
    assert result.returncode == 0, result.stderr
    assert parse(name, result.stdout, 0).session_id == session


def test_codex_thread_id_is_uuid7(bin_dir: Path, tmp_path: Path) -> None:
    out = parse("codex", run_fake(bin_dir, "codex", headless_argv("codex", tmp_path)).stdout, 0)
    assert out.session_id is not None and out.session_id[14] == "7"


def test_codex_unknown_model_warns_like_the_real_one(bin_dir: Path, tmp_path: Path) -> None:
    args = ["exec", "--json", "--skip-git-repo-check", "-C", str(tmp_path), "-m", "gpt-fake", "-"]
    result = run_fake(bin_dir, "codex", args)
    out = parse("codex", result.stdout, result.returncode)
    assert out.error is None and out.final_text.startswith("fake codex answer")
    assert out.notes and out.notes[0].startswith("codex warning: Model metadata for `gpt-fake` not found")


def test_unknown_flags_are_ignored(bin_dir: Path) -> None:
    args = ["-p", "--output-format", "stream-json", "--verbose", "--strict-mcp-config", "--bogus", "x",
            "--max-turns", "3"]
    result = run_fake(bin_dir, "claude", args, b"hi")
    assert result.returncode == 0
    assert parse("claude", result.stdout, 0).final_text == "fake claude answer: hi"


def test_version_probe(bin_dir: Path) -> None:
    result = run_fake(bin_dir, "codex", ["--version"], stdin=subprocess.DEVNULL)
    assert result.returncode == 0 and result.stdout == b"codex-cli 0.169.0\n"


# -- answers ---------------------------------------------------------------------------------------------------------
def test_answer_from_env_literal_per_name_and_file(bin_dir: Path, tmp_path: Path) -> None:
    answer_file = tmp_path / "answer.md"
    answer_file.write_text("from a file\n```json\n{\"findings\": []}\n```\n", encoding="utf-8")
    env = env_with(FAKE_CLI_ANSWER="global answer", FAKE_CLI_ANSWER_GEMINI=f"@{answer_file}")
    gemini = run_fake(bin_dir, "gemini", headless_argv("gemini", tmp_path), env=env)
    assert parse("gemini", gemini.stdout, 0).final_text == answer_file.read_text()
    qwen = run_fake(bin_dir, "qwen", headless_argv("qwen", tmp_path), env=env)
    assert parse("qwen", qwen.stdout, 0).final_text == "global answer"


def test_unicode_answer_roundtrips(bin_dir: Path, tmp_path: Path) -> None:
    env = env_with(FAKE_CLI_ANSWER="naïve ✓ 日本語 \"quoted\"\nline2")
    result = run_fake(bin_dir, "opencode", headless_argv("opencode", tmp_path), env=env)
    assert parse("opencode", result.stdout, 0).final_text == "naïve ✓ 日本語 \"quoted\"\nline2"


# -- recording -----------------------------------------------------------------------------------------------------
def test_record_written_with_argv_env_and_stdin_facts(bin_dir: Path, tmp_path: Path) -> None:
    rec = tmp_path / "rec"
    rec.mkdir()
    prompt = ("x" * 300_000 + " end ✓").encode()  # larger than an argv string may be: stdin only
    args = headless_argv("codex", tmp_path)
    env = env_with(FAKE_CLI_RECORD_DIR=str(rec), MARKER_VAR="m-1")
    proc = subprocess.run([str(bin_dir / "codex"), *args], input=prompt, capture_output=True, env=env,
                          cwd=tmp_path, timeout=TIMEOUT, start_new_session=True)
    assert proc.returncode == 0
    [record] = read_records(rec, "codex")
    assert record["args"] == args
    assert record["argv"] == [str(bin_dir / "codex"), *args]
    assert record["cwd"] == str(tmp_path)
    assert record["env"]["MARKER_VAR"] == "m-1"
    assert record["stdin_length"] == len(prompt)
    assert record["stdin_sha256"] == hashlib.sha256(prompt).hexdigest()
    assert record["stdin_text"] == prompt.decode()
    assert record["stdin_complete"] is True
    assert record["stdin_is_pipe"] is True and record["stdin_is_devnull"] is False
    pid = record["pid"]
    assert isinstance(pid, int) and record["pgid"] == pid and record["sid"] == pid  # own session
    assert not list(rec.glob("*.tmp"))  # written atomically
    assert parse("codex", proc.stdout, 0).final_text == "fake codex answer: " + "x" * 60


def test_record_sees_dev_null_stdin(bin_dir: Path, tmp_path: Path) -> None:
    rec = tmp_path / "rec"
    rec.mkdir()
    result = run_fake(bin_dir, "gemini", headless_argv("gemini", tmp_path), env=env_with(FAKE_CLI_RECORD_DIR=str(rec)),
                      stdin=subprocess.DEVNULL)
    assert result.returncode == 0
    [record] = read_records(rec, "gemini")
    assert record["stdin_is_devnull"] is True and record["stdin_is_pipe"] is False
    assert record["stdin_length"] == 0
    assert parse("gemini", result.stdout, 0).final_text == "fake gemini answer: "


def test_record_exists_before_stdin_is_closed(bin_dir: Path, tmp_path: Path) -> None:
    """A runner that leaves stdin open hangs the CLI (as real ones do); the record still shows it."""
    rec = tmp_path / "rec"
    rec.mkdir()
    proc = subprocess.Popen([str(bin_dir / "opencode"), *headless_argv("opencode", tmp_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env_with(FAKE_CLI_RECORD_DIR=str(rec)), start_new_session=True)
    try:
        deadline = time.monotonic() + TIMEOUT
        while not list(rec.glob("opencode-*.json")):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        [record] = read_records(rec, "opencode")
        assert record["stdin_complete"] is False
        assert read_available(proc.stdout, 0.3) == (b"", False)  # nothing printed while stdin is open
        assert proc.stdin is not None
        proc.stdin.write(b"now closed")
        proc.stdin.close()
        out, eof = read_available(proc.stdout, TIMEOUT)
        assert eof and proc.wait(timeout=TIMEOUT) == 0
        assert parse("opencode", out, 0).final_text == "fake opencode answer: now closed"
    finally:
        kill_group(proc)
        for pipe in (proc.stdout, proc.stderr):
            assert pipe is not None
            pipe.close()


# -- misbehaviour ----------------------------------------------------------------------------------------------
def test_delay(bin_dir: Path, tmp_path: Path) -> None:
    start = time.monotonic()
    result = run_fake(bin_dir, "claude", headless_argv("claude", tmp_path), env=env_with(FAKE_CLI_MODE="delay=0.6"))
    assert time.monotonic() - start >= 0.6
    assert result.returncode == 0
    assert parse("claude", result.stdout, 0).final_text.startswith("fake claude answer")


@pytest.mark.parametrize("name", NAMES)
def test_stall_prints_first_line_then_nothing(popen: Starter, tmp_path: Path, name: str) -> None:
    proc = popen(name, headless_argv(name, tmp_path), b"p", env_with(FAKE_CLI_MODE="stall"))
    first = read_until(proc.stdout, lambda d: b"\n" in d, TIMEOUT)
    json.loads(first.split(b"\n")[0])
    more, eof = read_available(proc.stdout, 0.4)
    assert proc.poll() is None and not eof
    if name in ("codex", "gemini"):  # their preamble is a few lines long, all at once
        assert first.count(b"\n") + more.count(b"\n") <= 3
    else:
        assert more == b""
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=TIMEOUT) == -signal.SIGTERM


def test_ignore_term_with_stall_needs_sigkill(popen: Starter, tmp_path: Path) -> None:
    proc = popen("claude", headless_argv("claude", tmp_path), b"p",
                 env_with(FAKE_CLI_MODE_CLAUDE="ignore_term,stall", FAKE_CLI_MODE="ok"))
    read_until(proc.stdout, lambda d: b"\n" in d, TIMEOUT)  # handler installed before any output
    proc.send_signal(signal.SIGTERM)
    with pytest.raises(subprocess.TimeoutExpired):
        proc.wait(timeout=0.4)
    os.killpg(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=TIMEOUT) == -signal.SIGKILL


def test_ignore_term_alone_still_answers(bin_dir: Path, tmp_path: Path) -> None:
    result = run_fake(bin_dir, "qwen", headless_argv("qwen", tmp_path), env=env_with(FAKE_CLI_MODE="ignore_term"))
    assert result.returncode == 0
    assert parse("qwen", result.stdout, 0).final_text.startswith("fake qwen answer")


@pytest.mark.parametrize("name", ["claude", "gemini"])
def test_flood_prints_fast_forever(popen: Starter, tmp_path: Path, name: str) -> None:
    proc = popen(name, headless_argv(name, tmp_path), b"p", env_with(FAKE_CLI_MODE="flood"))
    data = read_until(proc.stdout, lambda d: len(d) >= 2_000_000, TIMEOUT)
    assert proc.poll() is None
    lines = data.split(b"\n")[:-1]
    assert len(lines) > 2000
    for line in lines[:50] + lines[-50:]:
        json.loads(line)
    kill_group(proc)


def test_flood_into_gemini_parser_stays_bounded(popen: Starter, tmp_path: Path) -> None:
    proc = popen("gemini", headless_argv("gemini", tmp_path), b"p", env_with(FAKE_CLI_MODE="flood"))
    data = read_until(proc.stdout, lambda d: len(d) >= 9_000_000, TIMEOUT)  # > 4 MiB of delta text
    kill_group(proc)
    out = parse("gemini", data.rsplit(b"\n", 1)[0], None)
    assert out.truncated is True and len(out.final_text) == 4 * 1024 * 1024


@pytest.mark.parametrize("name", NAMES)
def test_exit_code_after_valid_answer(bin_dir: Path, tmp_path: Path, name: str) -> None:
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path), b"q", env=env_with(FAKE_CLI_MODE="exit=3"))
    assert result.returncode == 3
    out = parse(name, result.stdout, 3, result.stderr)
    assert out.final_text == f"fake {name} answer: q" and out.error is None


EXPECTED_ERROR_EXIT = {"claude": {401: 1, 429: 1, 500: 1}, "codex": {401: 1, 429: 1, 500: 1},
                       "gemini": {401: 145, 429: 173, 500: 244}, "qwen": {401: 0, 429: 0, 500: 0},
                       "opencode": {401: 1, 429: 1, 500: 1}}
EXPECTED_KIND = {401: "authentication", 429: "rate_limited", 500: "server_error"}


@pytest.mark.parametrize("status", [401, 429, 500])
@pytest.mark.parametrize("name", NAMES)
def test_api_errors_in_each_cli_format(bin_dir: Path, tmp_path: Path, name: str, status: int) -> None:
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path), env=env_with(FAKE_CLI_MODE=f"error={status}"))
    assert result.returncode == EXPECTED_ERROR_EXIT[name][status]
    out = parse(name, result.stdout, result.returncode, result.stderr)
    assert out.error is not None, result
    assert out.error.kind == EXPECTED_KIND[status]
    assert str(status) in out.error.message
    assert out.final_text == ""
    assert out.session_id is not None
    if name == "gemini":  # only on stderr
        assert b"error" not in result.stdout and b'"code": ' + str(status).encode() in result.stderr


def test_grandchild_keeps_stdout_open_after_the_cli_exits(popen: Starter, tmp_path: Path) -> None:
    rec = tmp_path / "rec"
    rec.mkdir()
    env = env_with(FAKE_CLI_MODE="grandchild", FAKE_CLI_RECORD_DIR=str(rec))
    proc = popen("claude", headless_argv("claude", tmp_path), b"g", env)
    assert proc.wait(timeout=TIMEOUT) == 0
    [record] = read_records(rec, "claude")
    grandchild = record["grandchild_pid"]
    assert isinstance(grandchild, int)
    assert os.getpgid(grandchild) == proc.pid  # same process group as the CLI
    data, eof = read_available(proc.stdout, 0.5)
    assert not eof  # the grandchild still holds the pipe: waiting for EOF would hang
    assert parse("claude", data, 0).final_text == "fake claude answer: g"
    os.killpg(proc.pid, signal.SIGKILL)
    rest, eof = read_available(proc.stdout, TIMEOUT)
    assert eof and rest == b""


@pytest.mark.parametrize("name", NAMES)
def test_invalid_utf8_and_half_lines_before_the_answer(bin_dir: Path, tmp_path: Path, name: str) -> None:
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path), b"u", env=env_with(FAKE_CLI_MODE="invalid_utf8"))
    assert result.returncode == 0
    assert all(line in result.stdout for line in GARBAGE_LINES)
    with pytest.raises(UnicodeDecodeError):
        result.stdout.decode("utf-8")
    out = parse(name, result.stdout, 0)
    assert out.final_text == f"fake {name} answer: u"
    assert out.session_id is not None
    assert "4 stdout line(s) were not JSON and were ignored" in out.notes
    assert any("invalid UTF-8" in note for note in out.notes)


@pytest.mark.parametrize("name", NAMES)
def test_empty_answer_is_valid_format(bin_dir: Path, tmp_path: Path, name: str) -> None:
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path), env=env_with(FAKE_CLI_MODE="empty"))
    assert result.returncode == 0
    out = parse(name, result.stdout, 0)
    assert out.final_text == "" and out.error is None and out.notes == []
    assert out.session_id is not None and out.usage is not None


@pytest.mark.parametrize("name", NAMES)
def test_crash(bin_dir: Path, tmp_path: Path, name: str) -> None:
    result = run_fake(bin_dir, name, headless_argv(name, tmp_path), env=env_with(FAKE_CLI_MODE="crash"))
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"fake crash" in result.stderr


def test_unknown_mode_fails_loudly(bin_dir: Path, tmp_path: Path) -> None:
    result = run_fake(bin_dir, "claude", headless_argv("claude", tmp_path), env=env_with(FAKE_CLI_MODE="explode"))
    assert result.returncode == 64 and b"unknown FAKE_CLI_MODE" in result.stderr


# -- argv the real CLIs reject -------------------------------------------------------------------------------------
def test_claude_stream_json_requires_verbose(bin_dir: Path) -> None:
    result = run_fake(bin_dir, "claude", ["-p", "--output-format", "stream-json"])
    assert result.returncode == 1
    assert b"requires --verbose" in result.stderr and result.stdout == b""


def test_codex_rejects_options_after_resume(bin_dir: Path, tmp_path: Path) -> None:
    args = ["exec", "--json", "--skip-git-repo-check", "resume", "abc", "-C", str(tmp_path), "-"]
    result = run_fake(bin_dir, "codex", args)
    assert result.returncode == 2 and b"unexpected argument '-C'" in result.stderr


def test_install_rejects_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        install_fake_clis(tmp_path, names=("cursor",))


def test_wrappers_are_shell_free_python(bin_dir: Path) -> None:
    import sys

    for name in NAMES:
        path = bin_dir / name
        assert path.read_text().startswith(f"#!{sys.executable}")
        assert os.stat(path).st_mode & 0o777 == 0o755
