"""Fuzzing the output parsers and the findings extractor with what a hostile model can print.

Deep nesting, huge strings, invalid UTF-8, streams cut anywhere, random JSON-ish text. The properties
count work and sizes, never wall-clock: no exception escapes, the work counter stays within its budget,
and every output is bounded. Example counts are modest so the suite stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mco_mcp.adapters.parsers import PARSERS, make_parser
from mco_mcp.adapters.parsers.base import MAX_KEPT_TEXT, complete_cut_json
from mco_mcp.execute.runner import _LineSplitter
from mco_mcp.findings import extract_findings
from mco_mcp.findings.jsontext import json_values
from mco_mcp.findings.limits import MAX_DROPPED, MAX_FIELD_CHARS, MAX_ITEMS, MAX_VALUES, WORK_BUDGET, Work

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
REPO = Path(__file__).parent  # any directory: paths in findings are only normalized against it

# Pieces a JSON-ish answer is made of, including the ones the lenient reader treats specially.
TOKENS = ["{", "}", "[", "]", '"', "'", ",", ":", "\\", "\n", " ", "/*", "*/", "//", "```", "```json\n", "\n```\n",
          "true", "null", "None", "1", "-2.5e3", "9" * 5000, '"findings"', '"title"', '"file"', '"line"', '"severity"',
          '"a.py:12"', "é", "\ufffd", "\x00", "O(n  ²)", "x" * 1000, " " * 1000]  # fmt: skip

json_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50)
json_values_strategy = st.recursive(
    json_leaves,
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(["findings", "title", "file", "line", "severity", "evidence", "x"]) | st.text(max_size=8),
                      children, max_size=5),  # fmt: skip
    max_leaves=30,
)


@st.composite
def jsonish(draw: st.DrawFn) -> str:
    """Random answer text: token soup, a real finding JSON cut anywhere, or a deep or huge construct."""
    kind = draw(st.sampled_from(["soup", "cut json", "deep", "huge string", "many blocks"]))
    if kind == "soup":
        return "".join(draw(st.lists(st.sampled_from(TOKENS), max_size=200)))
    if kind == "cut json":
        text = "```json\n" + json.dumps({"findings": draw(st.lists(json_values_strategy, max_size=8))}) + "\n```\n"
        return text[: draw(st.integers(0, len(text)))]
    if kind == "deep":
        depth = draw(st.integers(1, 200_000))
        opener = draw(st.sampled_from(["[", "{", '{"a":', "[[", '{"findings":[']))
        fenced = draw(st.booleans())
        body = opener * depth
        return f"```json\n{body}\n```\n" if fenced else body
    if kind == "huge string":
        size = draw(st.integers(0, 3_000_000))
        filler = draw(st.sampled_from(["a", "\\", '"', "/*", "[", "1", " ", "\n{"]))
        return '```json\n{"findings": [{"title": "' + filler * (size // len(filler)) + '"}]}\n```\n'
    unit = draw(st.sampled_from(['```json\n{"a": x}\n```\n', "```\n[1,\n```\n", "```json\n[]\n```\n"]))
    return unit * draw(st.integers(0, 20_000))


@FUZZ
@given(jsonish())
def test_extraction_of_any_answer_is_bounded_and_never_raises(text: str) -> None:
    work = Work()
    found, dropped = extract_findings(text, REPO, "fuzz", work=work)
    assert work.used <= WORK_BUDGET
    assert len(found) <= MAX_ITEMS and len(dropped) <= MAX_DROPPED
    for finding in found:
        assert len(finding.title) <= 160
        for field, limit in MAX_FIELD_CHARS.items():
            value = getattr(finding, field)
            assert value is None or len(value) <= limit, field
    assert all(len(d.excerpt) <= 300 and len(d.reason) <= 2000 for d in dropped)


@FUZZ
@given(jsonish())
def test_json_values_are_bounded_in_count_and_depth(text: str) -> None:
    work = Work()
    values, failures = json_values(text, work)
    assert len(values) <= MAX_VALUES
    assert len(failures) <= 20 + 3  # the cap, plus one entry for each limit reached
    for value in values:
        assert _depth(value.value) <= 64
        json.dumps(value.value, default=str)  # shallow enough for anything downstream to walk


def _depth(value: object) -> int:
    stack, deepest = [(value, 1)], 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children)
    return deepest


# -- parsers ------------------------------------------------------------------------------------------------------
def _event(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["result", "system", "assistant", "thread.started", "item.completed", "turn.completed",
                                 "turn.failed", "error", "init", "message", "step_start", "text", "step_finish"]))  # fmt: skip
    event: dict[str, Any] = {"type": kind}
    event.update(draw(st.dictionaries(
        st.sampled_from(["result", "is_error", "api_error_status", "session_id", "sessionID", "thread_id", "usage",
                         "item", "part", "message", "error", "role", "content", "stats", "status", "total_cost_usd",
                         "permission_denials", "subtype", "severity"]),
        json_values_strategy, max_size=6)))  # fmt: skip
    return event


@st.composite
def stdout_stream(draw: st.DrawFn) -> bytes:
    """A CLI's stdout: JSON events, deep lines, garbage bytes, huge lines, cut anywhere."""
    parts: list[bytes] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["event", "deep", "garbage", "huge", "array"]))
        if kind == "event":
            parts.append(json.dumps(_event(draw)).encode())
        elif kind == "deep":
            parts.append(b'{"type":"result","result":' + b"[" * draw(st.integers(1, 100_000)))
        elif kind == "garbage":
            parts.append(draw(st.binary(max_size=300)))
        elif kind == "huge":
            size = draw(st.integers(0, 10 * 1024 * 1024))
            parts.append(b'{"type":"result","result":"' + b"\\\xc3\xa9" * (size // 3) + b'"}')
        else:
            parts.append(json.dumps([_event(draw) for _ in range(draw(st.integers(0, 4)))]).encode())
    data = b"\n".join(parts)
    return data[: draw(st.integers(0, len(data)))]  # a stream that ends anywhere


@FUZZ
@given(st.sampled_from(sorted(PARSERS)), stdout_stream(), st.integers(1, 1 << 20), st.none() | st.integers(-9, 255),
       st.text(max_size=2000))  # fmt: skip
def test_every_parser_survives_any_stream(name: str, data: bytes, chunk: int, exit_code: int | None, stderr: str) -> None:
    parser = make_parser(name)
    splitter = _LineSplitter(parser)
    for start in range(0, len(data), chunk):
        splitter.feed(data[start : start + chunk])
    splitter.close()
    out = parser.finish(exit_code, stderr)
    assert len(out.final_text) <= MAX_KEPT_TEXT
    assert len(out.notes) <= 30 and all(len(note) <= 2000 for note in out.notes)
    assert out.error is None or len(out.error.message) <= 2000
    out.usage.model_dump_json() if out.usage else None  # what the job document will store


@FUZZ
@given(json_values_strategy, st.data())
def test_a_cut_event_is_completed_to_a_prefix_of_itself_or_refused(value: object, data: st.DataObject) -> None:
    text = json.dumps({"type": "result", "result": value})
    cut = data.draw(st.integers(0, len(text)))
    completed = complete_cut_json(text[:cut])
    assert completed is None or isinstance(completed, (dict, list))
    if cut == len(text):
        assert json.dumps(completed) == text  # an uncut line is given back as it was


# -- the whole findings path: extraction, merge, verification against a real repository ---------------------------
BENCH_REPO = Path(__file__).parents[1] / "bench" / "findings" / "repo"
odd_paths = st.sampled_from(["shop/db.py", "shop/../../etc/passwd", "a\x00b.py", "/", "", ".", "shop", "~", "C:/x",
                             "shop/db.py:99999999999", "shop/db.py#L0", "x" * 3000, "shop/db.py (line 1-2-3)"])  # fmt: skip
odd_values = st.recursive(
    json_leaves | odd_paths,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["file", "line", "snippet", "start", "x"]), children, max_size=3),
    max_leaves=10,
)
odd_finding = st.fixed_dictionaries(
    {"title": st.text(min_size=1, max_size=50) | st.just("SQL injection")},
    optional={key: odd_values for key in ("file", "line", "snippet", "evidence", "location", "severity", "category",
                                          "confidence", "symbol", "description")},  # fmt: skip
)


@FUZZ
@given(st.dictionaries(st.sampled_from(["claude", "codex", "gemini"]), st.lists(odd_finding, max_size=6), min_size=1))
def test_odd_findings_never_break_merging_or_verification(answers: dict[str, list[dict[str, Any]]]) -> None:
    from mco_mcp.findings import findings_from_answers

    texts = {name: "```json\n" + json.dumps({"findings": items}) + "\n```" for name, items in answers.items()}
    merged, dropped, counts = findings_from_answers(texts, BENCH_REPO)
    assert len(merged) <= sum(counts.values()) and set(dropped) == set(answers)
