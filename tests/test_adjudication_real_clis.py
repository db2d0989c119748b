"""The adjudication pass end to end: the MCP client over stdio → mco-mcp → the real claude, gemini and qwen
binaries review (their models print the go-worker tuning case's answers), then the real codex binary, which
did not review, decides the unsure pairs → the fake model API on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.fake_model_api import FakeModelAPI, Text
from tests.realcli_env import FAKE_MODEL
from mco_mcp.findings.pipeline import grouped_from_answers
from mco_mcp.findings.unsure import by_doubt, unsure_pairs, weak_joins
from mco_mcp.jobs.adjudication_prompt import build_prompt
from mco_mcp.jobs.crossexam_prompt import SourceFiles
from tests.test_adjudication import answers, labels
from tests.test_real_clis_e2e import call, fake, server, server_env  # noqa: F401 (fixtures)
from tests.test_real_clis_smoke import installed  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.realcli, pytest.mark.anyio]

REVIEWERS = ("claude", "gemini", "qwen")
CASE = Path(__file__).resolve().parents[1] / "bench" / "findings" / "splits" / "tune" / "go-worker"  # a tuning case
VAGUE = "String formatting used to build SQL query"


async def test_codex_adjudicates_the_pairs_the_rules_were_unsure_of(
    server_env: dict[str, str], fake: FakeModelAPI, tmp_path: Path  # noqa: F811
) -> None:
    repo = tmp_path / "go-worker"
    shutil.copytree(CASE / "repo", repo)
    said = answers(repo, case=CASE)
    for name in REVIEWERS:
        fake.push(name, Text(said[name]))
    # With these three reviewers the merger is unsure of two join candidates: qwen's vague "string formatting"
    # finding next to the injection through `status` (one problem, per the labels) and next to the one through
    # `order`. The prompt's order is the server's (the same merger on the same answers); a careful adjudicator
    # answers each pair by the labels.
    grouping = grouped_from_answers({name: said[name] for name in REVIEWERS}, repo)[0]
    joins, weak = unsure_pairs(grouping), weak_joins(grouping)
    asked = build_prompt(by_doubt(joins, weak), grouping.items, SourceFiles(repo)).asked
    known = labels(CASE)
    problem = [known.get((item.finding.provider, item.finding.title)) for item in grouping.items]
    answers_by_id = {pid: "same" if problem[p.a] == problem[p.b] else "different" for pid, p in asked.items()}
    assert len(joins) == 2 and list(answers_by_id.values()).count("different") == 1
    verdicts = {"verdicts": [{"id": pid, "verdict": v} for pid, v in answers_by_id.items()]}
    fake.push("codex", Text(f"Decided.\n\n```json\n{json.dumps(verdicts)}\n```\n"))
    async with server(server_env) as client:
        job = await call(client, "review", prompt="Review the worker", repo=str(repo), providers=list(REVIEWERS),
                         models={"gemini": FAKE_MODEL}, adjudicate=True, adjudicator="codex", wait_seconds=280)  # fmt: skip
    assert job["state"] == "completed", job["summary"]
    prompt = fake.prompt_text("codex") or ""
    last = f"P{len(asked)}"
    assert prompt.startswith("mco-mcp adjudication") and f"## {last}:" in prompt and f"## P{len(asked) + 1}:" not in prompt
    assert "fmt.Sprintf" in prompt  # the cited code travelled with the pair
    joined = next(f for f in job["findings"] if any(v["title"] == VAGUE for v in f["variants"]))
    assert sorted((v["provider"], v["title"]) for v in joined["variants"]) == [
        ("claude", "SQL injection via the `status` parameter in ListOrders"), ("gemini", "SQL Injection in ListOrders"),
        ("qwen", VAGUE)]  # fmt: skip
    note = next(n for n in job["notes"] if n.startswith("Adjudication by codex"))
    assert f"2 unsure pair(s) and {len(weak)} weak link(s), {len(asked)} asked" in note
    assert f"{len(asked) - 1} same, 1 different" in note and "1 joined, 0 split" in note
    assert "tokens used" in note
