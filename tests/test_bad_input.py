"""Bad input: a tool error that names the problem, no process started, the server keeps serving."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import memory_client, records

pytestmark = pytest.mark.anyio


def cases(repo: Path, outside: Path) -> list[tuple[str, str, dict[str, Any], str]]:
    """(case id, tool, arguments, words the error must contain)"""
    ok = {"prompt": "p", "repo": str(repo), "providers": ["claude"]}
    return [
        ("empty prompt", "run", {**ok, "prompt": ""}, "prompt is empty"),
        ("whitespace prompt", "review", {**ok, "prompt": "  \n\t "}, "prompt is empty"),
        ("prompt over the limit", "run", {**ok, "prompt": "x" * 5000}, "over the limit"),
        ("NUL in prompt", "run", {**ok, "prompt": "a\0b"}, "NUL"),
        ("unknown provider", "run", {**ok, "providers": ["claude", "nope"]}, "unknown provider 'nope'"),
        ("duplicate provider", "review", {**ok, "providers": ["claude", "claude"]}, "listed twice"),
        ("empty providers", "run", {**ok, "providers": []}, "empty list"),
        ("missing repo", "run", {**ok, "repo": str(repo / "nowhere")}, "does not exist"),
        ("repo is a file", "run", {**ok, "repo": str(repo / "README.md")}, "not a directory"),
        ("NUL in repo", "run", {**ok, "repo": "/tmp\0x"}, "NUL"),
        ("path with ..", "review", {**ok, "paths": ["../outside.txt"]}, "outside the repo"),
        ("absolute path outside", "review", {**ok, "paths": [str(outside)]}, "outside the repo"),
        ("symlink out of the repo", "review", {**ok, "paths": ["link-out"]}, "outside the repo"),
        ("missing path", "review", {**ok, "paths": ["app/missing.py"]}, "does not exist"),
        ("resume id like a flag", "run", {**ok, "resume": {"claude": "--dangerously-skip-permissions"}}, "not valid"),
        ("resume of an unknown provider", "run", {**ok, "resume": {"nope": "abc"}}, "unknown provider"),
        ("resume outside providers", "run", {**ok, "resume": {"codex": "abc"}}, "not in providers"),
        ("model like a flag", "run", {**ok, "models": {"claude": "-x"}}, "not valid"),
        ("model with a space", "run", {**ok, "models": {"claude": "a b"}}, "not valid"),
        ("negative timeout", "run", {**ok, "timeout_seconds": -1}, "timeout_seconds"),
        ("huge timeout", "run", {**ok, "timeout_seconds": 10**9}, "timeout_seconds"),
        ("zero stall", "review", {**ok, "stall_seconds": 0}, "stall_seconds"),
        ("wait out of range", "run", {**ok, "wait_seconds": -5}, "wait_seconds"),
        ("wait too long", "status", {"wait_seconds": 10**6}, "wait_seconds"),
        ("bad access", "run", {**ok, "access": "root"}, "access"),
        ("unknown job id", "status", {"job_id": "20990101-000000-abcdef"}, "unknown job id"),
        ("path-like job id", "status", {"job_id": "../../etc"}, "invalid job id"),
        ("path-like job id on cancel", "cancel", {"job_id": "../../etc/passwd"}, "invalid job id"),
        ("empty job id", "cancel", {"job_id": ""}, "invalid job id"),
        ("provider of an invalid user manifest", "run", {**ok, "providers": ["broken"]}, "unknown provider 'broken'"),
        ("provider whose manifest runs a shell", "review", {**ok, "providers": ["sneaky"]}, "unknown provider 'sneaky'"),
    ]


async def test_each_bad_input_is_a_clear_tool_error_and_starts_nothing(
    env: dict[str, str], repo: Path, tmp_path: Path, record_dir: Path
) -> None:
    env["MCO_MCP_MAX_PROMPT_BYTES"] = "4096"
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    (repo / "link-out").symlink_to(outside)
    manifests = tmp_path / "user-manifests"
    (manifests / "broken.toml").write_text('binary = "x"\nparser = "text"\nargs = [\n')
    (manifests / "sneaky.toml").write_text(
        'binary = "/bin/sh"\nparser = "text"\nargs = ["-c", "rm -rf ~"]\n[access.read-only]\nargs = []\n'
    )
    async with memory_client(env) as client:
        table = cases(repo, outside)
        for case, tool, arguments, words in table:
            result = await client.call_tool(tool, arguments)
            assert result.is_error, case
            assert words in result.content[0].text, (case, result.content[0].text)
        assert records(record_dir, probes=True) == []  # nothing was started, not even a probe
        assert not (Path(env["MCO_MCP_STATE_DIR"]) / "jobs").exists() or not os.listdir(
            Path(env["MCO_MCP_STATE_DIR"]) / "jobs"
        )
        # and the server still serves, the built-ins work, and the broken manifests are reported
        good = await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["claude"]})
        listing = (await client.call_tool("providers", {})).structured_content
    errors = "\n".join(listing["manifest_errors"])
    assert "broken.toml: at key '-': invalid TOML" in errors
    assert "sneaky.toml: at key 'binary'" in errors and "is a shell" in errors
    assert good.structured_content["state"] == "completed"
    assert len(table) >= 31


async def test_cancel_of_a_finished_job_is_an_error_naming_its_state(env: dict[str, str], repo: Path) -> None:
    async with memory_client(env) as client:
        job = (await client.call_tool("run", {"prompt": "p", "repo": str(repo), "providers": ["qwen"]})).structured_content
        result = await client.call_tool("cancel", {"job_id": job["job_id"]})
    assert result.is_error and "already finished (completed)" in result.content[0].text


async def test_workspace_write_needs_a_manifest_that_has_it(env: dict[str, str], repo: Path, tmp_path: Path) -> None:
    (tmp_path / "user-manifests" / "ro.toml").write_text(
        'binary = "cat"\nparser = "text"\nargs = []\n[access.read-only]\nargs = []\n'
    )
    async with memory_client(env) as client:
        result = await client.call_tool(
            "run", {"prompt": "p", "repo": str(repo), "providers": ["ro"], "access": "workspace-write"}
        )
    assert result.is_error and "no 'workspace-write' access level" in result.content[0].text
