"""Hostile model output (issue 10, defect 2): whatever a CLI prints costs at most that provider's findings,
never the server, and reading it costs bounded work.

A prompt injection in the reviewed code makes a model answer anything, so every byte a CLI prints is
attacker-controlled. The server-level tests run the real server over stdio with the fake CLIs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest

from mco_mcp.adapters.parsers import make_parser
from mco_mcp.execute.runner import MAX_LINE, _LineSplitter
from mco_mcp.findings import extract_findings
from mco_mcp.findings.limits import (
    MAX_ANSWER_CHARS,
    MAX_DROPPED,
    MAX_FIELD_CHARS,
    MAX_ITEMS,
    WORK_BUDGET,
    Work,
)
from tests.conftest import stdio_client

HONEST = (
    "I looked at app/db.py.\n\n```json\n"
    + json.dumps({"findings": [{"severity": "high", "category": "security", "title": "SQL injection in find_user",
                                "file": "app/db.py", "line": 5, "recommendation": "Use placeholders."}]})
    + "\n```\n"
)  # fmt: skip


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    assert result.structured_content is not None
    return result.structured_content


# -- through the real server -----------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_a_fenced_block_of_100000_brackets_costs_findings_not_the_server(
    env: dict[str, str], repo: Path, no_leftover_groups: None
) -> None:
    """Regression: the block raised RecursionError in extraction; the server exited, every job with it."""
    env["FAKE_CLI_MODE_CLAUDE"] = "hostile=brackets"
    env["FAKE_CLI_ANSWER_CODEX"] = HONEST
    with anyio.fail_after(90):
        async with stdio_client(env) as client:
            arguments = {"prompt": "Review app/db.py", "repo": str(repo), "providers": ["claude", "codex"],
                         "wait_seconds": 60}  # fmt: skip
            job = structured(await client.call_tool("review", arguments))
            # The same server still answers afterwards.
            again = structured(await client.call_tool("status", {"job_id": job["job_id"]}))
            listing = structured(await client.call_tool("status", {}))
    assert job["state"] == "completed", job["summary"]
    runs = {run["provider"]: run for run in job["providers"]}
    assert runs["codex"]["findings_count"] == 1
    assert [f["detected_by"] for f in job["findings"]] == [["codex"]]
    assert runs["claude"]["findings_count"] == 0
    reasons = [d["reason"] for d in runs["claude"]["dropped_findings"]]
    assert any("nested deeper than 64 levels" in reason for reason in reasons), reasons
    assert again["state"] == "completed" and again["job_id"] == job["job_id"]
    assert job["job_id"] in json.dumps(listing)


@pytest.mark.anyio
async def test_an_answer_over_8_mib_is_not_reported_as_empty(env: dict[str, str], repo: Path) -> None:
    """Regression: its one JSON event was longer than MAX_LINE, cut, unparsable: `empty_answer`."""
    env["FAKE_CLI_MODE"] = "hostile=huge"
    with anyio.fail_after(90):
        async with stdio_client(env) as client:
            arguments = {"prompt": "p", "repo": str(repo), "providers": ["claude", "codex"], "wait_seconds": 60}
            job = structured(await client.call_tool("run", arguments))
    assert job["state"] == "completed", job["summary"]
    for run in job["providers"]:
        assert run["state"] == "succeeded" and run["error"] is None, run
        assert run["truncated"] is True
        kept = Path(run["artifacts"]["final"]).read_text()
        assert kept.startswith("A long answer. All work and no play.") and len(kept) >= 4 * 1024 * 1024


# -- the line splitter and the parsers ---------------------------------------------------------------------------
EVENTS = {
    "claude-stream-json": lambda text: [{"type": "system", "subtype": "init", "session_id": "s1"},
                                        {"type": "result", "subtype": "success", "is_error": False, "result": text,
                                         "session_id": "s1"}],  # fmt: skip
    "qwen-stream-json": lambda text: [{"type": "system", "subtype": "init", "session_id": "s1"},
                                      {"type": "result", "subtype": "success", "is_error": False, "result": text,
                                       "session_id": "s1"}],  # fmt: skip
    "codex-json": lambda text: [{"type": "thread.started", "thread_id": "s1"},
                                {"type": "item.completed", "item": {"type": "agent_message", "text": text}}],
    "gemini-stream-json": lambda text: [{"type": "init", "session_id": "s1"},
                                        {"type": "message", "role": "assistant", "content": text, "delta": True}],
    "opencode-json": lambda text: [{"type": "step_start", "sessionID": "s1"},
                                   {"type": "text", "sessionID": "s1", "part": {"type": "text", "text": text}},
                                   {"type": "step_finish", "sessionID": "s1", "part": {"reason": "stop"}}],
}  # fmt: skip


@pytest.mark.parametrize("parser_name", sorted(EVENTS))
def test_a_cut_line_still_yields_its_answer_truncated(parser_name: str) -> None:
    # Quotes, backslashes and a multi-byte character, so the cut falls inside an escape or a character.
    text = 'say "hi" \\ é ' * (MAX_LINE // 12)
    parser = make_parser(parser_name)
    splitter = _LineSplitter(parser)
    data = b"".join(json.dumps(event, ensure_ascii=False).encode() + b"\n" for event in EVENTS[parser_name](text))
    for start in range(0, len(data), 1 << 20):
        splitter.feed(data[start : start + (1 << 20)])
    splitter.close()
    out = parser.finish(0, "")
    assert out.error is None and out.session_id == "s1"
    assert out.truncated is True and text.startswith(out.final_text) and len(out.final_text) > 1 << 20
    assert any("longer than the line limit" in note for note in out.notes)
    assert not any("invalid UTF-8" in note for note in out.notes)


def test_a_cut_line_of_plain_text_is_kept_and_flagged() -> None:
    parser = make_parser("text")
    splitter = _LineSplitter(parser)
    data = "é".encode() * (MAX_LINE // 2 + (1 << 20)) + b"\nnext line\n"
    for start in range(0, len(data), 1 << 20):
        splitter.feed(data[start : start + (1 << 20)])
    splitter.close()
    out = parser.finish(0, "")
    assert out.truncated is True and set(out.final_text) == {"é"}
    assert "1 stdout line(s) were longer than the line limit and cut; the whole lines are in the stdout log" in out.notes
    assert not any("invalid UTF-8" in note for note in out.notes)


@pytest.mark.parametrize("parser_name", sorted(EVENTS))
def test_numbers_too_large_for_a_float_or_a_count_are_ignored(parser_name: str) -> None:
    """Regression: `total_cost_usd` as an integer of 400 digits raised OverflowError out of the parser."""
    huge = "9" * 400
    parser = make_parser(parser_name)
    for line in [
        f'{{"type":"result","result":"ok","total_cost_usd":{huge},"usage":{{"input_tokens":{huge}}}}}',
        f'{{"type":"turn.completed","usage":{{"input_tokens":{huge},"output_tokens":{huge}}}}}',
        f'{{"type":"step_finish","part":{{"reason":"stop","cost":{huge},"tokens":{{"input":{huge}}}}}}}',
        f'{{"type":"result","stats":{{"input_tokens":{huge}}}}}',
    ]:
        parser.feed_line(line)
    out = parser.finish(0, "")
    assert out.usage is None or (out.usage.cost_usd is None and out.usage.input_tokens is None)


# -- extraction ----------------------------------------------------------------------------------------------------
def repeat(unit: str, size: int, head: str = "", tail: str = "", sep: str = "") -> str:
    """`head`, then `unit` repeated (joined by `sep`) as often as fits in `size` characters, then `tail`."""
    count = max(1, (size - len(head) - len(tail)) // (len(unit) + len(sep)))
    return head + sep.join([unit] * count) + tail


def hostile_answers(size: int) -> dict[str, str]:
    """Answers of at most about `size` characters, each shaped after a way the lenient reader blew up."""
    finding = json.dumps({"title": "t", "severity": "high", "file": "a.py", "line": 1})
    fat = json.dumps({"title": "t" * 5000, "description": "1" * 20000, "snippet": " " * 20000,
                      "file": "a.py:" + "1" * 6000, "confidence": 10**4000})  # fmt: skip
    return {
        "unclosed comments": repeat("/* x", size, "```json\n{", "\n```\n"),
        "too many findings": repeat(finding, size, "```json\n[", "]\n```\n", ","),
        "unbalanced lines": repeat('["a", [\n', size),
        "broken blocks": repeat('```json\n{"a": x}\n```\n', size),
        "dense brackets": repeat("[]", size, "```json\n[", "\n```\n"),
        "escapes": repeat("\\\\", size, '```json\n["', "\n```\n"),
        "deep lines": repeat("[" * 500 + "\n", size),
        "huge fields": repeat(fat, size, "```json\n[", "]\n```\n", ","),
    }


def assert_bounded(found: list[Any], dropped: list[Any], work: Work) -> None:
    assert work.used <= WORK_BUDGET
    assert len(found) <= MAX_ITEMS and len(dropped) <= MAX_DROPPED
    assert all(len(d.excerpt) <= 300 for d in dropped)
    for finding in found:
        for field, limit in MAX_FIELD_CHARS.items():
            value = getattr(finding, field)
            assert value is None or len(value) <= limit, field


@pytest.mark.parametrize("shape", sorted(hostile_answers(1000)))
def test_a_5_mb_hostile_answer_is_extracted_in_bounded_work(shape: str, tmp_path: Path) -> None:
    """Regression: 5 MB answers of these shapes cost 6 s to minutes of CPU (unclosed comments: quadratic)."""
    text = hostile_answers(5_000_000)[shape]
    assert len(text) > 4_000_000
    work = Work()
    found, dropped = extract_findings(text, tmp_path, "claude", work=work)
    assert_bounded(found, dropped, work)
    assert dropped and "only its last" in dropped[0].reason  # the rest was never read, and it says so


@pytest.mark.parametrize("shape", sorted(hostile_answers(1000)))
def test_a_hostile_answer_just_under_the_size_cap_stays_in_bounded_work(shape: str, tmp_path: Path) -> None:
    text = hostile_answers(MAX_ANSWER_CHARS - 100)[shape]
    assert len(text) <= MAX_ANSWER_CHARS
    work = Work()
    found, dropped = extract_findings(text, tmp_path, "claude", work=work)
    assert_bounded(found, dropped, work)
    assert dropped  # each shape costs something, visibly


def test_more_findings_than_the_cap_are_counted_not_read(tmp_path: Path) -> None:
    items = [{"title": f"problem number {i}", "file": "a.py", "line": i + 1} for i in range(MAX_ITEMS + 30)]
    found, dropped = extract_findings("```json\n" + json.dumps(items) + "\n```", tmp_path, "codex")
    assert len(found) == MAX_ITEMS
    assert [d.reason for d in dropped] == [
        f"the answer holds more than {MAX_ITEMS} findings; 30 of fenced block 1 were not read"
    ]


def test_long_fields_are_cut_with_a_note(tmp_path: Path) -> None:
    item = {"title": "Leak", "description": "d" * 10_000, "recommendation": "r" * 10_000, "file": "a.py", "line": 1}
    (found,), dropped = extract_findings("```json\n" + json.dumps([item]) + "\n```", tmp_path, "codex")
    assert dropped == []
    assert found.description is not None and len(found.description) == MAX_FIELD_CHARS["description"]
    assert found.recommendation is not None and len(found.recommendation) == MAX_FIELD_CHARS["recommendation"]
    assert "description cut at 4000 of its 10000 characters" in found.notes


def test_many_unusable_items_are_listed_up_to_a_bound_and_counted(tmp_path: Path) -> None:
    items = [{"title": "kept"}] + [7] * 90
    found, dropped = extract_findings("```json\n" + json.dumps({"findings": items}) + "\n```", tmp_path, "gemini")
    assert len(found) == 1 and len(dropped) == MAX_DROPPED
    assert dropped[-1].reason.startswith(f"{90 - MAX_DROPPED + 1} more unusable items, not listed one by one")
    assert "finding is not a JSON object (got int)" in dropped[-1].reason


def test_a_normal_answer_costs_a_small_part_of_the_budget(tmp_path: Path) -> None:
    work = Work()
    found, dropped = extract_findings(HONEST, tmp_path, "codex", work=work)
    assert len(found) == 1 and dropped == []
    assert 0 < work.used < WORK_BUDGET // 1000


def test_a_flood_of_cut_lines_is_completed_only_a_few_times() -> None:
    """Completing a cut line costs tenths of a second on the event loop: a flood of them gets no more."""
    parser = make_parser("codex-json")
    event = json.dumps({"type": "item.completed", "item": {"type": "agent_message", "text": "y" * 100}})
    for _ in range(10):
        parser.feed_cut_line(event[:-20])
    out = parser.finish(0, "")
    assert out.final_text == "y" * (100 - 20 + 3) and out.truncated is True
    assert ("10 stdout line(s) were longer than the line limit and cut; their JSON was completed at the cut; "
            "6 were not (unparsable, or past the first 4) and were ignored (the whole lines are in the stdout log)"
            ) in out.notes
