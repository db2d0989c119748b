"""`mco-mcp doctor` against the five real CLIs (pinned, ~/.cache/mco-mcp/clis) in each state: not
installed, installed and not logged in, configured against the fake model API, and codex with an API-key
model provider. No verdict is a false ✓ or ✗; where a CLI is said to be not ready and it refuses before
any network traffic (gemini, qwen), the real CLI is run to show that it indeed refuses."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

from tests.realcli_env import CLI_NAMES, base_env, cli_env, prepare_home
from tests.test_real_clis_smoke import Installed, _require, installed  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.realcli, pytest.mark.timeout(600)]
UNREACHABLE = "http://127.0.0.1:9"  # doctor spends no model call: nothing is ever sent here


def doctor(env: dict[str, str], tmp_path: Path) -> tuple[int, dict[str, Any]]:
    env = env | {"MCO_MCP_STATE_DIR": str(tmp_path / "state"), "MCO_MCP_MANIFEST_DIR": str(tmp_path / "manifests")}
    done = subprocess.run([sys.executable, "-m", "mco_mcp", "doctor", "--json"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=180)  # fmt: skip
    assert done.stderr == "", done.stderr
    return done.returncode, json.loads(done.stdout)


def verdicts(document: dict[str, Any]) -> dict[str, str]:
    return {p["name"]: p["verdict"] for p in document["providers"]}


def reasons(document: dict[str, Any]) -> dict[str, str]:
    return {p["name"]: p["reason"] or "" for p in document["providers"]}


def test_not_installed(installed: Installed, tmp_path: Path) -> None:  # noqa: F811
    env = base_env(f"{sysconfig.get_path('scripts')}:/usr/bin:/bin") | {"HOME": str(prepare_home(tmp_path / "home"))}
    code, document = doctor(env, tmp_path)
    assert verdicts(document) == dict.fromkeys(CLI_NAMES, "not-installed") | {}
    assert code == 1 and document["healthy"] is False  # nothing usable


def test_installed_and_not_logged_in(installed: Installed, tmp_path: Path) -> None:  # noqa: F811
    for name in CLI_NAMES:
        _require(installed, name)
    home = prepare_home(tmp_path / "home")
    env = base_env(installed.path) | {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                                      "XDG_DATA_HOME": str(home / ".local" / "share"), "NO_COLOR": "1"}  # fmt: skip
    code, document = doctor(env, tmp_path)
    # claude and codex say so themselves; gemini and qwen have no key nor auth type (they refuse to start,
    # below); opencode would fall back to its hosted models, which only a model call could judge.
    assert verdicts(document) == {"claude": "not-ready", "codex": "not-ready", "gemini": "not-ready",
                                  "qwen": "not-ready", "opencode": "unknown"}, reasons(document)  # fmt: skip
    assert code == 1 and document["healthy"] is False
    why = reasons(document)
    assert "to fix: run `claude auth login`" in why["claude"] and "Not logged in" in why["codex"]
    assert "\x1b" not in "".join(why.values())  # clean single lines
    repo = tmp_path / "repo"
    repo.mkdir()
    gemini = subprocess.run([_require(installed, "gemini"), "-m", "m", "-o", "stream-json", "--approval-mode", "plan"],
                            input="hi", env=env, cwd=repo, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert gemini.returncode == 41, gemini.stderr[-500:]  # "Please set an Auth method": no request made
    qwen = subprocess.run([_require(installed, "qwen"), "-o", "stream-json", "--approval-mode", "plan"],
                          input="hi", env=env | {"QWEN_CODE_NO_RELAUNCH": "true"}, cwd=repo, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert qwen.returncode == 1 and "No auth type is selected" in qwen.stdout, qwen.stdout[-500:]


def configured_env(installed: Installed, home: Path) -> dict[str, str]:  # noqa: F811
    env = base_env(installed.path)
    for name in CLI_NAMES:
        _require(installed, name)
        env |= cli_env(name, UNREACHABLE, home)  # one home for all: each CLI's files are its own
    return env


def test_configured_against_the_fake_model_api(installed: Installed, tmp_path: Path) -> None:  # noqa: F811
    env = configured_env(installed, tmp_path / "home")
    code, document = doctor(env, tmp_path)
    assert verdicts(document) == dict.fromkeys(CLI_NAMES, "ready"), reasons(document)
    assert code == 0 and document["healthy"] is True
    why = reasons(document)
    # codex: an API-key model provider, which `codex login status` does not know about.
    assert "Not logged in" in why["codex"] and "$FAKE_CODEX_API_KEY, which is set" in why["codex"]
    assert "selects an API key and $GEMINI_API_KEY is set" in why["gemini"]
    assert "$OPENAI_API_KEY is set" in why["qwen"] and "gives provider 'fake' a key" in why["opencode"]
    human = subprocess.run([sys.executable, "-m", "mco_mcp", "doctor"], capture_output=True, text=True, timeout=180,
                           env=env | {"MCO_MCP_STATE_DIR": str(tmp_path / "state")}, cwd=tmp_path)  # fmt: skip
    assert human.returncode == 0
    assert [line[0] for line in human.stdout.splitlines()[:5]] == ["✓"] * 5, human.stdout


def test_codex_api_key_provider_without_its_key_is_not_ready_and_fails_doctor(installed: Installed, tmp_path: Path) -> None:  # noqa: F811
    env = configured_env(installed, tmp_path / "home")
    del env["FAKE_CODEX_API_KEY"]
    code, document = doctor(env, tmp_path)
    assert verdicts(document)["codex"] == "not-ready" and code == 1
    assert "$FAKE_CODEX_API_KEY, which is not set" in reasons(document)["codex"]
    # A default set that leaves codex out (config file) is healthy again: doctor judges what a job would ask.
    (tmp_path / "pyproject.toml").write_text('[tool.mco-mcp]\nproviders = ["claude", "gemini"]\n')
    code, document = doctor(env, tmp_path)
    assert code == 0 and document["default_providers"] == ["claude", "gemini"]
