"""What each host's model sees of a result: summary first, under the host's cap, the rest in resources.

Claude Code shows only `structuredContent` and caps a result at 25,000 tokens; Codex shows the structured
JSON; Gemini CLI, qwen and opencode show the text blocks. Tokens are estimated from UTF-8 bytes: at 4
bytes a token (the usual estimate) and, for margin, at 3 (JSON punctuation tokenizes worse than prose).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.models import Job
from tests.conftest import PROVIDERS, memory_client

pytestmark = pytest.mark.anyio

HOST_CAP_TOKENS = 25_000
FINDINGS_PER_PROVIDER = 10


def long_review_answer(provider: str) -> str:
    """About 30,000 characters of prose and ten findings of this provider's own, with long snippets."""
    prose = "".join(f"{provider} paragraph {i}: " + "the reasoning goes on at length. " * 30 + "\n" for i in range(30))
    findings = [
        {
            "severity": ["critical", "high", "medium", "low"][i % 4],
            "category": ["bug", "security", "performance", "maintainability", "test-gap"][i % 5],
            "title": f"{provider} issue {i}: a distinct problem described in {provider}'s own long words",
            "file": f"src/{provider}/module_{i}.py",
            "line": 10 + i * 40,
            "snippet": f"value_{i} = compute({provider!r}, {i})  # " + "context " * 80,
            "recommendation": "Rewrite it so that it is correct. " * 30,
            "confidence": 0.8,
        }
        for i in range(FINDINGS_PER_PROVIDER)
    ]
    return f"{prose}\n```json\n{json.dumps({'findings': findings}, indent=2)}\n```\n"


def tokens(size_bytes: int, bytes_per_token: float) -> float:
    return size_bytes / bytes_per_token


async def test_a_five_provider_review_with_fifty_findings_fits_every_host_and_the_rest_is_a_resource(
    env: dict[str, str], repo: Path
) -> None:
    for name in PROVIDERS:
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = long_review_answer(name)
    async with memory_client(env) as client:
        with anyio.fail_after(120):
            result = await client.call_tool(
                "review", {"prompt": "Review it all", "repo": str(repo), "providers": list(PROVIDERS), "wait_seconds": 100}
            )
        assert not result.is_error
        view: dict[str, Any] = result.structured_content
        assert view["state"] == "completed", view["summary"]

        # Claude Code and Codex: the structured content, summary first.
        assert next(iter(view)) == "summary"
        structured_bytes = len(json.dumps(view, ensure_ascii=False).encode())
        # Gemini, qwen, opencode: the text blocks, one compact rendering.
        assert len(result.content) == 1
        text = result.content[0].text
        text_bytes = len(text.encode())
        print(f"host view: structured {structured_bytes} B (~{structured_bytes // 4} tokens), text {text_bytes} B (~{text_bytes // 4} tokens), {len(view['findings'])} findings shown")
        for size in (structured_bytes, text_bytes):
            assert tokens(size, 4) < HOST_CAP_TOKENS and tokens(size, 3) < HOST_CAP_TOKENS, (structured_bytes, text_bytes)
        # The text is not the JSON again: it reads as lines, and names every finding shown, with its place.
        assert not text.lstrip().startswith("{") and '"job_id"' not in text
        assert text.startswith(view["summary"])
        for finding in view["findings"]:
            assert finding["title"] in text and f"{finding['file']}:{finding['line']}" in text
        # Still a valid job document (the output schema holds), with the cuts said.
        Job.model_validate(view)
        assert all(run["truncated"] for run in view["providers"])
        assert f"mco://jobs/{view['job_id']}" in view["summary"]

        # The rest is a resource away: the whole job, and each whole answer.
        with anyio.fail_after(30):
            whole = json.loads((await client.read_resource(f"mco://jobs/{view['job_id']}")).contents[0].text)
            answer = (await client.read_resource(f"mco://jobs/{view['job_id']}/providers/codex/output")).contents[0].text
    assert len(whole["findings"]) == len(PROVIDERS) * FINDINGS_PER_PROVIDER
    shown = {f["title"] for f in view["findings"]}
    assert shown <= {f["title"] for f in whole["findings"]}
    assert len(shown) == len(whole["findings"]) or "left out" in view["summary"]
    assert answer.strip() == long_review_answer("codex").strip()


async def test_a_small_job_is_returned_whole_with_the_summary_first(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_ANSWER"] = "the answer is 42"
    async with memory_client(env) as client:
        with anyio.fail_after(60):
            result = await client.call_tool("run", {"prompt": "what?", "repo": str(repo), "providers": ["claude", "codex"]})
    view = result.structured_content
    assert next(iter(view)) == "summary" and "cut to fit" not in view["summary"]
    assert [run["final_text"] for run in view["providers"]] == ["the answer is 42"] * 2
    assert not any(run["truncated"] for run in view["providers"])
    text = result.content[0].text
    assert text.count("the answer is 42") == 2 and '"providers"' not in text
