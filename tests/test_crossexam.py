"""Cross-examination: each finding checked by the agents that did not report it; confidence from evidence;
min_confidence hides (never drops) what falls below it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Implementation

from mco_mcp.findings.confidence import evidence_confidence, split_by_confidence
from mco_mcp.jobs.crossexam import plan
from mco_mcp.jobs.crossexam_prompt import MARKER, SourceFiles, build_prompt, Item, parse_answer
from mco_mcp.models import Finding, Verdict
from tests.conftest import memory_client, records
from tests.test_tools import findings_answer, structured

FALSE_TITLE = "SQL injection in delete_user through user_id"
FALSE_CONTRADICTION = "WHERE id = ?\", (user_id,)"
DELETE_USER = 'def delete_user(conn, user_id):\n    conn.execute("DELETE FROM users WHERE id = ?", (user_id,))\n    conn.commit()\n'


def false_answer() -> str:
    """A plausible claim the code contradicts: the query is parameterized."""
    finding = {"severity": "high", "category": "security", "title": FALSE_TITLE,
               "file": "app/db.py", "line": 14, "snippet": 'conn.execute("DELETE FROM users WHERE id = ?", (user_id,))',
               "recommendation": "Use a parameterized query.", "confidence": 0.8}
    return f"Found one.\n\n```json\n{json.dumps({'findings': [finding]})}\n```\n"


def panel(env: dict[str, str], repo: Path, tmp_path: Path, style: str = "careful") -> None:
    """claude and codex report the SQL injection, codex also count_users, gemini a claim the code contradicts."""
    with (repo / "app" / "db.py").open("a") as handle:
        handle.write("\n\n" + DELETE_USER)  # lines 13-15
    env["FAKE_CLI_ANSWER_CLAUDE"] = findings_answer(repo, "claude", 0)
    env["FAKE_CLI_ANSWER_CODEX"] = findings_answer(repo, "codex", 1)
    env["FAKE_CLI_ANSWER_GEMINI"] = false_answer()
    env["FAKE_CLI_MODE"] = f"crossexam={style}"
    knowledge = tmp_path / "knowledge.json"
    knowledge.write_text(json.dumps({"contradictions": {FALSE_TITLE: FALSE_CONTRADICTION}}))
    env["FAKE_CLI_XEXAM_KNOWLEDGE"] = str(knowledge)


async def review(env: dict[str, str], repo: Path, client_name: str = "test-host", **arguments: Any) -> dict[str, Any]:
    with anyio.fail_after(60):
        async with memory_client(env, client_info=Implementation(name=client_name, version="1")) as client:
            result = await client.call_tool("review", {"prompt": "Review app/db.py", "repo": str(repo),
                                                       "wait_seconds": 50, **arguments})
    return structured(result)


@pytest.mark.anyio
async def test_smoke(env: dict[str, str], repo: Path, tmp_path: Path, record_dir: Path) -> None:
    panel(env, repo, tmp_path)
    job = await review(env, repo, providers=["claude", "codex", "gemini"], cross_examine=True, min_confidence=0.5)
    print(json.dumps(job, indent=1))
    for r in records(record_dir):
        if MARKER in (r["stdin_text"] or ""):
            print(r["name"], r["args"])
            print(r["stdin_text"])
    assert False
