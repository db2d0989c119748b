"""Readiness without a model call, from each CLI's own config and environment (mco_mcp/adapters/cli_config.py),
and `doctor` built on it: "ready", "not-ready" or "unknown", never a guess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mco_mcp.adapters.cli_config import gemini_auth, opencode_config, qwen_auth


def write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))


def test_gemini_verdicts(tmp_path: Path) -> None:
    home = {"HOME": str(tmp_path)}
    assert gemini_auth(home)[0] == "not-ready"
    assert gemini_auth(home | {"GEMINI_API_KEY": "k"})[0] == "ready"
    assert gemini_auth(home | {"GEMINI_API_KEY": "k", "GOOGLE_GEMINI_BASE_URL": "http://127.0.0.1:9"})[0] == "not-ready"
    settings = tmp_path / ".gemini" / "settings.json"
    write(settings, {"security": {"auth": {"selectedType": "gemini-api-key"}}})
    assert gemini_auth(home)[0] == "not-ready"
    assert gemini_auth(home | {"GEMINI_API_KEY": "k", "GOOGLE_GEMINI_BASE_URL": "http://127.0.0.1:9"})[0] == "ready"
    write(settings, {"security": {"auth": {"selectedType": "oauth-personal"}}})
    assert gemini_auth(home)[0] == "not-ready"
    write(tmp_path / ".gemini" / "oauth_creds.json", {"refresh_token": "r"})
    assert gemini_auth(home)[0] == "unknown"  # a cached login: only a model call would tell it still works
    write(settings, {"security": {"auth": {"selectedType": "vertex-ai"}}})
    assert gemini_auth(home)[0] == "unknown"


def test_qwen_verdicts(tmp_path: Path) -> None:
    home = {"HOME": str(tmp_path)}
    assert qwen_auth(home)[0] == "not-ready"
    assert qwen_auth(home | {"OPENAI_API_KEY": "k"})[0] == "ready"
    assert qwen_auth(home | {"OPENROUTER_API_KEY": "k"})[0] == "unknown"
    settings = tmp_path / ".qwen" / "settings.json"
    write(settings, {"security": {"auth": {"selectedType": "openai", "apiKey": "k"}}})
    assert qwen_auth(home)[0] == "ready"
    write(settings, {"security": {"auth": {"selectedType": "qwen-oauth"}}})
    assert qwen_auth(home)[0] == "not-ready"
    write(tmp_path / ".qwen" / "oauth_creds.json", {"access_token": "a"})
    assert qwen_auth(home)[0] == "unknown"
    assert qwen_auth({"QWEN_HOME": str(tmp_path / "elsewhere"), "HOME": str(tmp_path), "OPENAI_API_KEY": "k"})[0] == "ready"


def test_opencode_is_ready_or_unknown_never_not_ready(tmp_path: Path) -> None:
    home = {"HOME": str(tmp_path)}
    assert opencode_config(home)[0] == "unknown"
    config = {"model": "fake/m", "provider": {"fake": {"options": {"apiKey": "k"}}}}
    assert opencode_config(home | {"OPENCODE_CONFIG_CONTENT": json.dumps(config)})[0] == "ready"
    write(tmp_path / ".config" / "opencode" / "opencode.json", {"model": "anthropic/claude-x"})
    assert opencode_config(home)[0] == "unknown"
    write(tmp_path / ".local" / "share" / "opencode" / "auth.json", {"anthropic": {"type": "api", "key": "k"}})
    assert opencode_config(home)[0] == "ready"


@pytest.mark.timeout(120)
def test_regression_gemini_qwen_opencode_showed_ready_when_not_logged_in(env: dict[str, str]) -> None:
    """doctor said "✓ ready" for gemini, opencode and qwen without any check."""
    del env["GEMINI_API_KEY"], env["OPENAI_API_KEY"]
    done = subprocess.run([sys.executable, "-m", "mco_mcp", "doctor"], env=env, capture_output=True, text=True, timeout=60)
    marks = {line.split()[1].rstrip(":"): line[0] for line in done.stdout.splitlines() if line[:1] in "✓✗?"}
    assert marks == {"claude": "✓", "codex": "✓", "gemini": "✗", "qwen": "✗", "opencode": "?"}, done.stdout
    assert done.returncode == 1  # gemini and qwen are installed and cannot be used
    document = json.loads(subprocess.run([sys.executable, "-m", "mco_mcp", "doctor", "--json"], env=env,
                                         capture_output=True, text=True, timeout=60).stdout)  # fmt: skip
    by_name = {p["name"]: p for p in document["providers"]}
    # The same verdict the default selection uses: not-ready is left out, unknown is tried.
    assert [name for name, p in by_name.items() if p["default"]] == ["claude", "codex", "opencode"]
    assert by_name["gemini"]["ready"] is False and by_name["opencode"]["ready"] is True
