"""The cross-examination round end to end: the MCP client over stdio → mco-mcp → the real claude, codex and
gemini binaries (review, then each resumes its session to examine the others' findings) → the fake model API
on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fake_model_api import FakeModelAPI, Text
from tests.realcli_env import FAKE_MODEL
from tests.test_real_clis_e2e import call, fake, server, server_env  # noqa: F401 (fixtures)
from tests.test_real_clis_smoke import installed  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.realcli, pytest.mark.anyio]

CLIS = ("claude", "codex", "gemini")
INJECTION = {"severity": "critical", "category": "security", "file": "app/db.py", "line": 5,
             "snippet": "query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"", "confidence": 0.9}
FALSE = {"severity": "high", "category": "security", "title": "SQL injection in delete_user through user_id",
         "file": "app/db.py", "line": 14, "snippet": 'conn.execute("DELETE FROM users WHERE id = ?", (user_id,))',
         "confidence": 0.8}
DELETE_USER = 'def delete_user(conn, user_id):\n    conn.execute("DELETE FROM users WHERE id = ?", (user_id,))\n    conn.commit()\n'


def review_answer(*findings: dict[str, object]) -> Text:
    return Text(f"Reviewed.\n\n```json\n{json.dumps({'findings': list(findings)})}\n```\n")


def verdicts(*items: tuple[str, str, str]) -> Text:
    body = {"verdicts": [{"id": fid, "verdict": kind, "reason": reason} for fid, kind, reason in items]}
    return Text(f"Checked.\n\n```json\n{json.dumps(body)}\n```\n")


async def test_cross_examination_resumes_each_session_and_demotes_the_refuted_claim(
    server_env: dict[str, str], fake: FakeModelAPI, repo: Path  # noqa: F811
) -> None:
    with (repo / "app" / "db.py").open("a") as handle:
        handle.write("\n\n" + DELETE_USER)  # lines 13-15
    refute = ("F2", "refuted", '`conn.execute("DELETE FROM users WHERE id = ?", (user_id,))` binds user_id as a parameter')
    # F1 = the injection (critical, claude + gemini), F2 = codex's claim (high): the order the job ranks them.
    fake.push("claude", review_answer({**INJECTION, "title": "SQL injection in find_user"}), verdicts(refute))
    fake.push("gemini", review_answer({**INJECTION, "title": "Unsanitized name concatenated into SQL"}), verdicts(refute))
    fake.push("codex", review_answer(FALSE), verdicts(
        ("F1", "confirmed", "`query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"` concatenates name")))
    async with server(server_env) as client:
        job = await call(client, "review", prompt="Review app/db.py", repo=str(repo), providers=list(CLIS),
                         models={"gemini": FAKE_MODEL}, cross_examine=True, min_confidence=0.5, wait_seconds=280)
    assert job["state"] == "completed", job["summary"]
    x = job["cross_examination"]
    assert x["state"] == "completed", x
    runs = {r["provider"]: r for r in x["runs"]}
    assert set(runs) == set(CLIS) and all(r["state"] == "succeeded" and r["answered"] == 1 for r in runs.values()), runs
    sessions = {r["provider"]: r["session_id"] for r in job["providers"]}
    for name in CLIS:  # each examiner continued its own review session ...
        assert runs[name]["resumed_session"] == sessions[name]
        body = json.dumps(fake.last_request(name).body)
        assert "Review app/db.py" in body and "mco-mcp cross-examination" in body  # ... the review turn travelled with it
    assert "DELETE FROM users WHERE id = ?" in (fake.prompt_text("claude") or "")  # the code around the claim
    (false,) = job["hidden_findings"]
    assert false["title"] == FALSE["title"] and false["confidence"] < 0.1
    assert {(v["provider"], v["verdict"], v["cites_code"]) for v in false["verdicts"]} == {
        ("claude", "refuted", True), ("gemini", "refuted", True)}
    (injection,) = job["findings"]
    assert [(v["provider"], v["verdict"]) for v in injection["verdicts"]] == [("codex", "confirmed")]
    assert x["usage"]["input_tokens"] > 0 and x["review_usage"]["input_tokens"] > 0
    assert "1 finding(s) below min_confidence 0.5 hidden" in job["summary"]
