"""Review roles (a focus per agent) and the synthesis pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mcp import Implementation

from mco_mcp.jobs.roles import named_focuses
from tests.conftest import memory_client, records
from tests.test_tools import findings_answer, structured

pytestmark = pytest.mark.anyio


async def review(env: dict[str, str], repo: Path, client_name: str = "test-host", **arguments: Any) -> Any:
    async with memory_client(env, client_info=Implementation(name=client_name, version="1")) as client:
        return await client.call_tool("review", {"prompt": "Review app/db.py", "repo": str(repo), **arguments})


async def test_roles_send_each_agent_its_focus_and_findings_remember_it(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    for style, name in enumerate(("claude", "codex", "gemini")):
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = findings_answer(repo, name, style)
    job = structured(await review(
        env, repo, providers=["claude", "codex", "gemini"], roles={"claude": "Security", "codex": "look only at SQL quoting"}
    ))
    stdin = {r["name"]: r["stdin_text"] for r in records(record_dir)}
    assert named_focuses()["security"] in stdin["claude"] and "(security)" in stdin["claude"]
    assert "Your focus in this review (custom): look only at SQL quoting" in stdin["codex"]
    assert "Your focus in this review" not in stdin["gemini"]
    assert {run["provider"]: run["focus"] for run in job["providers"]} == {"claude": "security", "codex": "custom", "gemini": None}
    (injection,) = [f for f in job["findings"] if f["category"] == "security"]
    assert {v["provider"]: v["focus"] for v in injection["variants"]} == {"claude": "security", "codex": "custom", "gemini": None}


@pytest.mark.parametrize(
    ("roles", "words"),
    [
        ({"nope": "security"}, "roles: unknown provider 'nope'"),
        ({"qwen": "security"}, "roles names provider 'qwen', which is not in providers"),
        ({"claude": "  "}, "is empty"),
        ({"claude": "x" * 5000}, "longer than 4000"),
    ],
)
async def test_bad_roles_are_refused(env: dict[str, str], repo: Path, record_dir: Path, roles: dict[str, str], words: str) -> None:
    result = await review(env, repo, providers=["claude"], roles=roles)
    assert result.is_error and words in result.content[0].text
    assert records(record_dir) == []


async def test_synthesis_by_the_first_provider_that_succeeded(env: dict[str, str], repo: Path, record_dir: Path) -> None:
    for style, name in enumerate(("claude", "codex")):
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = findings_answer(repo, name, style)
    job = structured(await review(env, repo, providers=["claude", "codex"], synthesize=True))
    assert job["state"] == "completed"
    synthesis = job["synthesis"]
    assert synthesis["provider"] == "claude" and synthesis["state"] == "succeeded" and synthesis["text"]
    (first, second) = [r for r in records(record_dir, "claude")]
    assert "writing the synthesis" in second["stdin_text"] and "SQL" in second["stdin_text"]
    assert '"detected_by"' in second["stdin_text"] and "writing the synthesis" not in first["stdin_text"]
    assert "plan" in second["argv"]  # read-only, like the review


async def test_synthesis_is_never_written_by_the_calling_agent(env: dict[str, str], repo: Path) -> None:
    job = structured(await review(env, repo, client_name="claude-code", providers=["claude", "codex"], synthesize=True))
    assert job["synthesis"]["provider"] == "codex"


async def test_a_failed_synthesis_does_not_fail_the_review(env: dict[str, str], repo: Path) -> None:
    env["FAKE_CLI_MODE_GEMINI"] = "error=500"
    job = structured(await review(env, repo, providers=["claude", "codex"], synthesize=True, synthesizer="gemini"))
    assert job["state"] == "completed"
    assert job["synthesis"]["state"] == "failed" and job["synthesis"]["error"]["kind"] == "server_error"


async def test_synthesizer_without_synthesize_is_refused(env: dict[str, str], repo: Path) -> None:
    result = await review(env, repo, providers=["claude"], synthesizer="codex")
    assert result.is_error and "synthesize is false" in result.content[0].text


async def test_what_the_synthesis_runs_parser_met_reaches_the_job_notes(env: dict[str, str], repo: Path) -> None:
    # Regression: the synthesis run's parser notes were built and dropped (a Synthesis has no notes).
    env["FAKE_CLI_MODE_CODEX"] = "invalid_utf8"
    job = structured(await review(env, repo, providers=["claude", "codex"], synthesize=True, synthesizer="codex"))
    assert job["synthesis"]["state"] == "succeeded"
    said = [note for note in job["notes"] if note.startswith("synthesis by codex: ")]
    assert said and any("invalid UTF-8" in note for note in said), job["notes"]
    codex = next(run for run in job["providers"] if run["provider"] == "codex")  # its review run's own notes
    assert any("invalid UTF-8" in note for note in codex["notes"]) and not any(n.startswith("synthesis") for n in codex["notes"])


async def test_the_markdown_report_carries_the_synthesis(env: dict[str, str], repo: Path) -> None:
    from mco_mcp.models import Job
    from mco_mcp.reports import job_to_markdown

    env["FAKE_CLI_ANSWER_CODEX"] = "## Consensus\nSQL injection in find_user.\n"
    job = structured(await review(env, repo, providers=["claude", "codex"], synthesize=True, synthesizer="codex"))
    report = job_to_markdown(Job.model_validate(job))
    assert "### Synthesis by codex" in report and "SQL injection in find_user." in report


async def test_the_findings_benchmark_through_real_review_calls_matches_the_scorer(
    env: dict[str, str], tmp_path: Path
) -> None:
    """The labelled benchmark's answers, given by fake CLIs to a real `review`: the job's findings are the
    ones bench/findings/score.py scores (same extraction + merge + verification path)."""
    import shutil
    import sys

    from mco_mcp.findings import findings_from_answers

    bench = Path(__file__).resolve().parent.parent / "bench" / "findings"
    repo = tmp_path / "bench-repo"
    shutil.copytree(bench / "repo", repo)
    sys.path.insert(0, str(bench))
    try:
        from score import load_answers  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(bench))
    answers = load_answers(repo)
    for name, text in answers.items():
        path = tmp_path / f"{name}.md"
        path.write_text(text)
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = f"@{path}"
    async with memory_client(env) as client:
        job = structured(await client.call_tool(
            "review", {"prompt": "review", "repo": str(repo), "providers": sorted(answers), "wait_seconds": 120}
        ))
    expected, dropped, counts = findings_from_answers(answers, repo)
    got = [(f["title"], f["file"], f["line"], tuple(f["detected_by"])) for f in job["findings"]]
    assert got == [(f.title, f.file, f.line, tuple(f.detected_by)) for f in expected]
    assert {run["provider"]: run["findings_count"] for run in job["providers"]} == counts
    assert {run["provider"]: len(run["dropped_findings"]) for run in job["providers"]} == {p: len(d) for p, d in dropped.items()} | {
        p: 0 for p in answers if p not in dropped
    }
    assert len(job["findings"]) >= 30 and sum(len(f["detected_by"]) > 1 for f in job["findings"]) >= 25


async def test_roles_synthesis_and_resources_over_stdio(env: dict[str, str], repo: Path) -> None:
    from tests.conftest import stdio_client

    for style, name in enumerate(("claude", "codex")):
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = findings_answer(repo, name, style)
    env["FAKE_CLI_ANSWER_GEMINI"] = "## Consensus\nThe SQL injection.\n"
    async with stdio_client(env) as client:
        job = structured(await client.call_tool("review", {
            "prompt": "Review app/db.py", "repo": str(repo), "providers": ["claude", "codex"],
            "roles": {"claude": "security"}, "synthesize": True, "synthesizer": "gemini",
        }))
        report = (await client.read_resource(f"mco://jobs/{job['job_id']}/report.md")).contents[0].text
        sarif = (await client.read_resource(f"mco://jobs/{job['job_id']}/findings.sarif")).contents[0].text
    assert job["providers"][0]["focus"] == "security" and job["synthesis"]["state"] == "succeeded"
    assert job["findings"][0]["verified"] is True and job["usage"]["input_tokens"] > 0
    assert "### Synthesis by gemini" in report and "The SQL injection." in report
    assert '"ruleId": "security"' in sarif
