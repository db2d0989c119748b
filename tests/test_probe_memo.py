"""Readiness verdicts remembered across processes (mco_mcp/adapters/probe_memo.py): a headless job without
`--providers` does not probe every CLI again, with the fake CLIs (tests/fakes) and a real slow probe."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from mco_mcp.adapters.manifest import load_registry
from mco_mcp.adapters.probe_memo import MEMO_FILE, ProbeMemo, probe_key
from tests.conftest import records

# A test that regresses to waiting for a probe that never ends hangs here instead of passing.
RUN_TIMEOUT = 90


def headless(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mco_mcp", *args], env=env, input="p", capture_output=True, text=True, timeout=RUN_TIMEOUT
    )


def status_probes(record_dir: Path) -> list[str]:
    """The readiness probes the fakes answered (`claude auth status`, `codex login status`), by CLI."""
    return sorted(r["name"] for r in records(record_dir, probes=True) if r.get("probe"))


def ran(done: subprocess.CompletedProcess[str]) -> list[str]:
    assert done.returncode == 0, done.stderr
    return [run["provider"] for run in json.loads(done.stdout)["providers"]]


def test_headless_run_without_providers_probed_every_cli_again(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    """Regression: each headless job is a new process with an empty probe cache, so every `mco-mcp review`
    without --providers ran every CLI's version and status commands again (2.3-2.9 s with the real CLIs)
    before its first CLI started. A verdict found ready is now remembered for the next job."""
    env["MCO_MCP_PROBE_WAIT_SECONDS"] = "600"  # the first job waits for every probe: each one is recorded
    first = ran(headless(env, "run", "--repo", str(repo)))
    assert status_probes(record_dir) == ["claude", "codex"]
    second = ran(headless(env, "run", "--repo", str(repo)))
    assert second == first == ["claude", "codex", "gemini", "opencode", "qwen"]
    assert status_probes(record_dir) == ["claude", "codex"]  # no probe again
    memo = Path(env["MCO_MCP_STATE_DIR"]) / MEMO_FILE
    assert stat.S_IMODE(memo.stat().st_mode) == 0o600
    assert env["GEMINI_API_KEY"] not in memo.read_text() and env["HOME"] not in memo.read_text()  # hashes only
    # `providers` (like `doctor`) always probes: it is what a person asks after fixing a CLI.
    assert headless(env, "providers").returncode == 0
    assert status_probes(record_dir) == ["claude", "claude", "codex", "codex"]


def test_a_cli_remembered_not_ready_is_left_out_without_waiting_for_its_probe(
    env: dict[str, str], repo: Path, tmp_path: Path
) -> None:
    """The next job is chosen from the remembered verdicts: a CLI found not ready is probed again meanwhile,
    not waited for (here its second probe never ends: a job that waited for it would hang)."""
    slow_flag = tmp_path / "probe-hangs"
    script = tmp_path / "bin-extra" / "slowcli"
    script.parent.mkdir()
    script.write_text(
        "#!/bin/sh\n"
        f'if [ -e "{slow_flag}" ]; then exec sleep 3600; fi\n'
        'echo "slowcli: broken install" >&2\nexit 1\n'
    )
    script.chmod(0o755)
    (Path(env["MCO_MCP_MANIFEST_DIR"]) / "slowcli.toml").write_text(
        f'binary = "{script}"\nparser = "text"\nargs = []\ndefault = true\n'
        '[access.read-only]\nargs = []\n[probes]\nversion = ["--version"]\n'
    )
    env["MCO_MCP_PROBE_WAIT_SECONDS"] = "3600"
    env["MCO_MCP_PROBE_TIMEOUT_SECONDS"] = "3600"
    first = ran(headless(env, "run", "--repo", str(repo)))
    assert "slowcli" not in first and "claude" in first
    slow_flag.touch()  # from now on its probe never ends (the same script, environment and probe: the same key)
    second = ran(headless(env, "run", "--repo", str(repo)))
    assert second == first


def test_a_remembered_verdict_holds_for_the_same_binary_probe_and_environment_only(
    env: dict[str, str], tmp_path: Path
) -> None:
    registry = load_registry(Path(env["MCO_MCP_MANIFEST_DIR"]))
    claude, codex = registry.manifests["claude"], registry.manifests["codex"]
    binary = str(Path(env["PATH"].split(os.pathsep)[0]) / "claude")
    probe_env = {"PATH": env["PATH"], "HOME": env["HOME"], "PWD": "/a"}
    key = probe_key(claude, binary, probe_env)
    assert key is not None
    assert probe_key(claude, binary, {**probe_env, "PWD": "/elsewhere", "OLDPWD": "/a"}) == key  # a `cd`
    assert probe_key(claude, binary, {**probe_env, "ANTHROPIC_API_KEY": "another"}) != key
    assert probe_key(codex, binary, probe_env) != key  # other probe commands
    assert probe_key(claude, str(tmp_path / "missing"), probe_env) is None

    memo = ProbeMemo(tmp_path / "state", ttl_seconds=600)
    (tmp_path / "state").mkdir()
    memo.record("claude", key, ready=True)
    memo.record("codex", "other-key", ready=False)
    assert memo.verdicts({"claude": key, "codex": "other-key", "gemini": "k"}) == {"claude": True, "codex": False}
    assert memo.verdicts({"claude": "a-changed-key"}) == {}
    info = os.stat(binary)
    os.utime(binary, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))  # an upgraded binary
    assert probe_key(claude, binary, probe_env) != key

    # Out of the TTL, or unreadable: nothing is remembered (and nothing breaks).
    entries = json.loads(memo.path.read_text())
    entries["claude"]["at"] = time.time() - 601
    memo.path.write_text(json.dumps(entries))
    assert memo.verdicts({"claude": key}) == {}
    memo.path.unlink()
    memo.path.mkdir()  # not a regular file
    assert memo.verdicts({"claude": key}) == {}
    memo.record("claude", key, ready=True)  # cannot be written: a memo, not an error
    assert (tmp_path / "state" / MEMO_FILE).is_dir()
