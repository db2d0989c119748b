"""The output parsers against real recorded CLI output (tests/transcripts/) and against garbage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mco_mcp.adapters.parsers import PARSERS, make_parser
from mco_mcp.adapters.parsers.base import MAX_KEPT_TEXT, ParsedOutput
from mco_mcp.adapters.parsers.claude_stream import ClaudeStreamParser
from mco_mcp.adapters.parsers.codex_json import CodexJsonParser
from mco_mcp.adapters.parsers.gemini_stream import GeminiStreamParser
from mco_mcp.adapters.parsers.opencode_json import OpencodeJsonParser
from mco_mcp.adapters.parsers.qwen_stream import QwenStreamParser
from mco_mcp.adapters.parsers.text import TextParser
from mco_mcp.models import Usage

TRANSCRIPTS = Path(__file__).parent / "transcripts"

# The canned answers of the fake model API the transcripts were recorded against.
FINDINGS_PRETTY = (
    'FAKE-MODEL-ANSWER\n```json\n{\n  "findings": [\n    {\n      "severity": "high",\n'
    '      "file": "src/app.py",\n      "line": 42,\n      "title": "SQL injection",\n'
    '      "detail": "User input concatenated into query."\n    },\n    {\n      "severity": "low",\n'
    '      "file": "src/util.py",\n      "line": 7,\n      "title": "Unused import",\n'
    '      "detail": "os is imported but unused."\n    }\n  ]\n}\n```'
)
FINDINGS_COMPACT = (
    '{"findings": [{"severity": "high", "file": "src/app.py", "line": 42, "title": "SQL injection", '
    '"detail": "User input concatenated into query."}, {"severity": "low", "file": "src/util.py", "line": 7, '
    '"title": "Unused import", "detail": "os is imported but unused."}]}'
)
REVIEW = (
    'Review complete.\n\n```json\n{"findings": [{"severity": "low", "file": "app.py", "line": 3, '
    '"message": "FAKE-FINDING-42: example issue from fake server"}], "summary": "1 finding"}\n```\n'
)
CODEX_MODEL_WARNING = (
    "codex warning: Model metadata for `gpt-fake` not found. Defaulting to fallback metadata; "
    "this can degrade performance and cause issues."
)


def feed_bytes(parser_name: str, data: bytes, exit_code: int | None = 0, stderr: str = "") -> ParsedOutput:
    """Feed like the runner does: split on newlines, decode each line leniently."""
    parser = make_parser(parser_name)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for line in lines:
        parser.feed_line(line.decode("utf-8", errors="replace"))
    return parser.finish(exit_code, stderr)


def feed_file(parser_name: str, name: str, exit_code: int | None = 0, stderr: str = "") -> ParsedOutput:
    return feed_bytes(parser_name, (TRANSCRIPTS / name).read_bytes(), exit_code, stderr)


# -- registry ---------------------------------------------------------------------------------------------------
def test_registry_keys_and_classes() -> None:
    assert set(PARSERS) == {"claude-stream-json", "qwen-stream-json", "codex-json", "gemini-stream-json",
                            "opencode-json", "text"}
    expected = {"claude-stream-json": ClaudeStreamParser, "qwen-stream-json": QwenStreamParser,
                "codex-json": CodexJsonParser, "gemini-stream-json": GeminiStreamParser,
                "opencode-json": OpencodeJsonParser, "text": TextParser}
    for name, cls in expected.items():
        assert type(make_parser(name)) is cls
    assert issubclass(QwenStreamParser, ClaudeStreamParser)


def test_make_parser_unknown_raises_key_error() -> None:
    with pytest.raises(KeyError):
        make_parser("claude-json")


def test_make_parser_returns_fresh_instances() -> None:
    assert make_parser("codex-json") is not make_parser("codex-json")


# -- claude ------------------------------------------------------------------------------------------------------
def test_claude_stream_hi() -> None:
    out = feed_file("claude-stream-json", "claude-stream-json-hi.jsonl")
    assert out.final_text == FINDINGS_PRETTY
    assert out.session_id == "4a266a49-39e9-4d09-8131-d972b2afe656"
    assert out.usage == Usage(input_tokens=123, output_tokens=45, cost_usd=0.0017400000000000002)
    assert out.error is None
    assert out.notes == []
    assert out.truncated is False


def test_claude_stream_partial_messages_use_result_not_deltas() -> None:
    out = feed_file("claude-stream-json", "claude-stream-json-hi-partial.jsonl")
    assert out.final_text == FINDINGS_PRETTY  # not the deltas appended to the assistant text
    assert out.session_id == "48740e2b-eefa-4b66-ba96-0ea569180bf2"
    assert out.usage == Usage(input_tokens=123, output_tokens=45, cost_usd=0.0017400000000000002)
    assert out.error is None


def test_claude_stream_401_looks_like_success_but_is_an_error() -> None:
    out = feed_file("claude-stream-json", "claude-stream-json-error-401.jsonl", exit_code=1)
    assert out.error is not None
    assert out.error.kind == "authentication"
    assert out.error.message == "Failed to authenticate. API Error: 401 fake 401 authentication_error"
    assert out.final_text == ""  # the result text is the error message, not an answer
    assert out.session_id == "c3f2f9b8-d616-413d-9cb5-9d64de9a0f3d"
    assert out.usage == Usage(input_tokens=0, output_tokens=0, cost_usd=0.0)


def test_claude_stream_mcp_tool() -> None:
    out = feed_file("claude-stream-json", "claude-stream-json-mcp-tool.jsonl")
    assert out.final_text == "TOOL_RESULT_SEEN: ECHO: hello from fake model\n" + FINDINGS_PRETTY
    assert out.session_id == "074f2422-7ead-418c-84e4-aeb522a13010"
    assert out.usage == Usage(input_tokens=246, output_tokens=90, cost_usd=0.0034800000000000005)
    assert out.error is None
    assert out.notes == []


def test_claude_stream_mcp_tool_denied_is_noted_not_an_error() -> None:
    out = feed_file("claude-stream-json", "claude-stream-json-mcp-tool-denied.jsonl")
    assert out.final_text == (
        "TOOL_RESULT_SEEN: Claude requested permissions to use mcp__echo__echo, but you haven't granted it yet.\n"
        + FINDINGS_PRETTY
    )
    assert out.session_id == "8ac13fc9-4b8e-4fb9-a6d8-aa0054642a84"
    assert out.error is None
    assert out.notes == ["1 tool call(s) denied by permissions: mcp__echo__echo"]


@pytest.mark.parametrize(
    ("name", "text", "session"),
    [
        ("claude-json-hi.json", FINDINGS_PRETTY, "d0394af8-5681-4a1f-8b4a-2ced77a5dcc4"),
        ("claude-json-schema.json", FINDINGS_COMPACT.replace(": ", ":").replace(", ", ","),
         "c1faee77-4e4d-4a62-9420-4ea6297b4f52"),
    ],
)
def test_claude_single_json_object_is_a_result_event(name: str, text: str, session: str) -> None:
    out = feed_file("claude-stream-json", name)
    assert out.final_text == text
    assert out.session_id == session
    assert out.usage == Usage(input_tokens=123, output_tokens=45, cost_usd=0.0017400000000000002)
    assert out.error is None


def test_claude_killed_while_retrying_reports_retry_error() -> None:
    lines = [
        {"type": "system", "subtype": "init", "session_id": "s-1"},
        {"type": "system", "subtype": "api_retry", "attempt": 1, "max_retries": 10, "retry_delay_ms": 500,
         "error_status": 429, "error": "rate_limit", "session_id": "s-1"},
        {"type": "system", "subtype": "api_retry", "attempt": 2, "max_retries": 10, "retry_delay_ms": 900,
         "error_status": 429, "error": "rate_limit", "session_id": "s-1"},
    ]
    out = feed_bytes("claude-stream-json", b"\n".join(json.dumps(x).encode() for x in lines), exit_code=None)
    assert out.session_id == "s-1"
    assert out.error is not None and out.error.kind == "rate_limited"
    assert "2 model API retries (api_retry events)" in out.notes


def test_claude_is_error_without_status_is_cli_error() -> None:
    line = {"type": "result", "subtype": "error_max_turns", "is_error": True, "session_id": "s-2",
            "errors": ["Reached maximum number of turns (1)"]}
    out = feed_bytes("claude-stream-json", json.dumps(line).encode(), exit_code=1)
    assert out.error is not None
    assert out.error.kind == "cli_error"
    assert out.error.message == "Reached maximum number of turns (1)"


# -- qwen --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text", "session", "usage"),
    [
        ("qwen-stream-json.jsonl", REVIEW, "93ea7855-162f-4d89-9cd4-82fe7e2ac112", (13698, 45)),
        ("qwen-stream-json-partial.jsonl", REVIEW, "26b2aae8-842c-4523-b3e5-997a19cabd78", (13698, 45)),
        ("qwen-stream-json-toolcall.jsonl",
         REVIEW + '\nTOOL_RESULT_SEEN: [{"type": "text", "text": "import os\\n\\ndef f(x):\\n    return eval(x)\\n"}]',
         "a64ab401-9006-443b-aaeb-527b376c82a4", (27505, 113)),
        ("qwen-json.json", REVIEW, "622902fc-f8a7-4148-8f6f-71afa1f7d4e9", (13698, 45)),  # -o json: one array
    ],
)
def test_qwen_success(name: str, text: str, session: str, usage: tuple[int, int]) -> None:
    out = feed_file("qwen-stream-json", name)
    assert out.final_text == text
    assert out.session_id == session
    assert out.usage == Usage(input_tokens=usage[0], output_tokens=usage[1], cost_usd=None)
    assert out.error is None
    assert out.notes == []


def test_qwen_api_error_reported_as_success_is_an_error() -> None:
    out = feed_file("qwen-stream-json", "qwen-stream-json-error.jsonl", exit_code=0)
    assert out.error is not None
    assert out.error.kind == "server_error"
    assert out.error.message == "[API Error: 500 fake server injected error 500]"
    assert out.final_text == ""
    assert out.session_id == "b350b01a-0380-4d95-bc3f-ec0430e522b4"


def test_claude_parser_does_not_apply_the_qwen_convention() -> None:
    out = feed_file("claude-stream-json", "qwen-stream-json-error.jsonl")
    assert out.error is None
    assert out.final_text == "[API Error: 500 fake server injected error 500]"


def test_qwen_noauth_is_cli_error() -> None:
    out = feed_file("qwen-stream-json", "qwen-json-noauth.json", exit_code=1)
    assert out.error is not None
    assert out.error.kind == "cli_error"
    assert out.error.message.startswith("No auth type is selected.")
    assert out.session_id == "473ac8aa-81ba-4c1e-bc48-95c3fa9c0104"


# -- codex -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text", "session", "usage"),
    [
        ("codex-exec-json-hi.jsonl", FINDINGS_PRETTY, "01a21434-c491-7492-a9f9-83b7e694d5ab", (321, 45)),
        ("codex-exec-json-output-schema.jsonl", FINDINGS_COMPACT, "01a21434-ca36-7000-84d8-21c7d2f1b928", (321, 45)),
        ("codex-exec-json-mcp-tool.jsonl",
         'TOOL_RESULT_SEEN: [{"type": "input_text", "text": "Wall time: 0.0023 seconds\\nOutput:"}, '
         '{"type": "input_text", "text": "ECHO: hello from fake model"}]\n' + FINDINGS_PRETTY,
         "01a21434-c725-7a61-9b8e-2c9d89120e8d", (642, 90)),
        ("codex-exec-json-shell-tool.jsonl",
         "TOOL_RESULT_SEEN: Chunk ID: 7a0581\nWall time: 0.0000 seconds\nProcess exited with code 0\n"
         'Original token count: 5\nOutput:\napp.py\nprint("hi")\n\n' + FINDINGS_PRETTY,
         "01a21434-c88f-7651-8d42-6476778e1fc9", (642, 90)),
    ],
)
def test_codex_success_model_metadata_error_item_is_only_a_warning(
    name: str, text: str, session: str, usage: tuple[int, int]
) -> None:
    out = feed_file("codex-json", name)
    assert out.final_text == text
    assert out.session_id == session
    assert out.usage == Usage(input_tokens=usage[0], output_tokens=usage[1], cost_usd=None)
    assert out.error is None
    assert out.notes == [CODEX_MODEL_WARNING]


def test_codex_output_last_message_file_matches_json_answer() -> None:
    out = feed_file("codex-json", "codex-exec-json-output-schema.jsonl")
    assert out.final_text == (TRANSCRIPTS / "codex-output-last-message.txt").read_text()


def test_codex_401_turn_failed() -> None:
    out = feed_file("codex-json", "codex-exec-json-error-401.jsonl", exit_code=1)
    assert out.error is not None
    assert out.error.kind == "authentication"
    assert out.error.message == (
        "unexpected status 401 Unauthorized: fake 401 authentication_error, url: http://127.0.0.1:8765/v1/responses"
    )
    assert out.final_text == ""
    assert out.session_id == "01a21434-cbbb-7cb3-8d64-3e2fa9a9c82c"
    assert out.usage is None


def test_codex_error_followed_by_turn_completed_is_recovered() -> None:
    lines = [
        {"type": "thread.started", "thread_id": "t-1"},
        {"type": "turn.started"},
        {"type": "error", "message": "Reconnecting... 1/5"},
        {"type": "item.completed", "item": {"id": "item_1", "type": "agent_message", "text": "first"}},
        {"type": "item.completed", "item": {"id": "item_2", "type": "agent_message", "text": "last"}},
        {"type": "turn.completed", "usage": {"input_tokens": 10, "output_tokens": 2}},
    ]
    out = feed_bytes("codex-json", b"\n".join(json.dumps(x).encode() for x in lines))
    assert out.error is None
    assert out.final_text == "last"
    assert out.notes == ["codex recovered from: Reconnecting... 1/5"]


def test_codex_error_without_turn_failed_still_reported_when_killed() -> None:
    lines = [{"type": "thread.started", "thread_id": "t-2"},
             {"type": "error", "message": "exceeded retry limit, last status: 429 Too Many Requests"}]
    out = feed_bytes("codex-json", b"\n".join(json.dumps(x).encode() for x in lines), exit_code=None)
    assert out.error is not None and out.error.kind == "rate_limited"


# -- gemini ------------------------------------------------------------------------------------------------------
def test_gemini_stream_text_is_concatenated_deltas() -> None:
    out = feed_file("gemini-stream-json", "gemini-stream-json.jsonl")
    assert out.final_text == REVIEW
    assert out.session_id == "48b471bd-81ff-4452-8872-7ab15e5fdd56"
    assert out.usage == Usage(input_tokens=8255, output_tokens=45, cost_usd=None)
    assert out.error is None
    assert out.notes == []


def test_gemini_stream_toolcall() -> None:
    out = feed_file("gemini-stream-json", "gemini-stream-json-toolcall.jsonl")
    assert out.final_text == REVIEW + (
        '\nTOOL_RESULT_SEEN: [{"name": "read_file", "response": {"output": "import os\\n\\ndef f(x):\\n    '
        'return eval(x)\\n"}, "id": "read_file_1795635476507_0"}]'
    )
    assert out.session_id == "78f1f5dc-ec6c-483c-a33d-91a57123e45e"
    assert out.usage == Usage(input_tokens=16634, output_tokens=92, cost_usd=None)
    assert out.error is None


def test_gemini_stream_error_result_with_status_inside_embedded_json() -> None:
    out = feed_file("gemini-stream-json", "gemini-stream-json-error.jsonl", exit_code=244)
    assert out.error is not None
    assert out.error.kind == "server_error"
    assert out.error.message.startswith('[API Error: {"error":{"code":500,')
    assert out.session_id == "e6a3e6df-9888-468d-88d7-4ff56cd31000"
    assert out.final_text == ""


def test_gemini_fatal_error_only_on_stderr() -> None:
    stderr = (TRANSCRIPTS / "gemini-json-error.stderr.txt").read_text()
    out = feed_bytes("gemini-stream-json", b"", exit_code=500 % 256, stderr=stderr)
    assert out.error is not None
    assert out.error.kind == "server_error"
    assert "fake server injected error 500" in out.error.message
    assert out.session_id == "4999cde7-3240-4e8e-8c73-3295c9a2eed8"


def test_gemini_no_auth_on_stderr_exit_41() -> None:
    stderr = (TRANSCRIPTS / "gemini-json-noauth.stderr.txt").read_text()
    out = feed_bytes("gemini-stream-json", b"", exit_code=41, stderr=stderr)
    assert out.error is not None
    assert out.error.kind == "authentication"
    assert out.error.message.startswith("Please set an Auth method")
    assert out.session_id == "e7fe81f2-262d-4a5d-85be-fa2529850229"


def test_gemini_exit_41_without_report_is_still_no_auth() -> None:
    out = feed_bytes("gemini-stream-json", b"", exit_code=41, stderr="some noise\n")
    assert out.error is not None and out.error.kind == "authentication"


def test_gemini_nonzero_exit_without_report_is_left_to_the_runner() -> None:
    out = feed_bytes("gemini-stream-json", b"", exit_code=1, stderr="TypeError: boom\n")
    assert out.error is None


def test_gemini_broken_stderr_json_does_not_raise() -> None:
    out = feed_bytes("gemini-stream-json", b"", exit_code=145, stderr='{\n  "session_id": "x",\n  "error": {\n')
    # The report is unreadable, but gemini's exit code is the HTTP status mod 256: 145 = 401.
    assert out.error is not None and out.error.kind == "authentication"


# -- opencode ----------------------------------------------------------------------------------------------------
def test_opencode_answer_is_the_stop_step() -> None:
    out = feed_file("opencode-json", "opencode-json.jsonl")
    assert out.final_text == REVIEW
    assert out.session_id == "ses_debcc2734ffeLQJIK5zckIaZhW"
    assert out.usage == Usage(input_tokens=7683, output_tokens=45, cost_usd=0.0)
    assert out.error is None
    assert out.notes == []


def test_opencode_toolcall_sums_steps() -> None:
    out = feed_file("opencode-json", "opencode-json-toolcall.jsonl")
    assert out.final_text == REVIEW + '\nTOOL_RESULT_SEEN: "(no output)"'
    assert out.session_id == "ses_debc87c7effehqf71g6xak7Jsi"
    assert out.usage == Usage(input_tokens=7711 + 7786, output_tokens=45 + 53, cost_usd=0.0)


def test_opencode_text_of_tool_calls_step_is_not_the_answer() -> None:
    lines = [
        {"type": "step_start", "sessionID": "ses_a"},
        {"type": "text", "sessionID": "ses_a", "part": {"text": "let me look"}},
        {"type": "step_finish", "sessionID": "ses_a", "part": {"reason": "tool-calls", "tokens": {"input": 1}}},
    ]
    out = feed_bytes("opencode-json", b"\n".join(json.dumps(x).encode() for x in lines), exit_code=None)
    assert out.final_text == ""
    assert out.session_id == "ses_a"


def test_opencode_error_500() -> None:
    out = feed_file("opencode-json", "opencode-json-error.jsonl", exit_code=1)
    assert out.error is not None
    assert out.error.kind == "server_error"
    assert out.error.message == "APIError: fake server injected error 500"
    assert out.session_id == "ses_debbb7170ffeRpP3qrI0laxEuD"
    assert out.final_text == ""


def test_opencode_unconfigured_is_api_error() -> None:
    out = feed_file("opencode-json", "opencode-json-unconfigured.jsonl", exit_code=1)
    assert out.error is not None
    assert out.error.kind == "api_error"
    assert "Cannot connect to API" in out.error.message
    assert out.session_id == "ses_debc6d26dffeAYnHAeQvxMUCob"


# -- text --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["claude-text-hi.txt", "gemini-text.txt", "qwen-text.txt", "opencode-default.txt"])
def test_text_whole_stdout_is_the_answer(name: str) -> None:
    out = feed_file("text", name)
    assert out.final_text == (TRANSCRIPTS / name).read_text().removesuffix("\n")
    assert out.session_id is None and out.usage is None and out.error is None
    assert out.notes == []


def test_text_claude_answer() -> None:
    assert feed_file("text", "claude-text-hi.txt").final_text == FINDINGS_PRETTY


# -- garbage and limits ------------------------------------------------------------------------------------------
GARBAGE: list[bytes] = [
    b"\xff\xfe\x00garbage \xc3\x28",
    b'{"type":"result","res',
    b'{"type": "assistant", "message": {"content": [{"type": "te',
    b"",
    b"   ",
    b"[1, 2",
    b"null",
    b"42",
    b'"a string"',
    b"[1, null, []]",
    b"[" * 50_000 + b"]" * 50_000,
    b'{"type": 5}',
    b'{"type": "result", "result": null, "session_id": 7, "usage": "x", "is_error": "yes", "api_error_status": "401"}',
    b'{"type": "result", "result": ["x"], "total_cost_usd": "NaN", "permission_denials": [1, null]}',
    b'{"type": "result", "usage": {"input_tokens": true, "output_tokens": -3}, "total_cost_usd": Infinity}',
    b'{"type": "assistant", "message": "str"}',
    b'{"type": "system", "subtype": "api_retry", "error_status": "x", "error": 5}',
    b'{"type": "item.completed", "item": null}',
    b'{"type": "item.completed", "item": {"type": "agent_message", "text": 5}}',
    b'{"type": "turn.completed", "usage": [1, 2]}',
    b'{"type": "turn.failed", "error": null}',
    b'{"type": "error", "error": "str", "message": {"a": 1}}',
    b'{"type": "message", "role": "assistant", "content": 7, "delta": true}',
    b'{"type": "result", "status": "error", "error": {"code": "500", "message": null}, "stats": null}',
    b'{"type": "init", "session_id": ["x"]}',
    b'{"type": "step_finish", "part": {"reason": "stop", "tokens": "x", "cost": "free"}}',
    b'{"type": "text", "part": {"text": null}, "sessionID": 12}',
    b'{"type": "error", "error": {"name": 5, "data": {"statusCode": "500", "message": [1]}}}',
    b'{"type":"fake","text":"bad \xe2\x28\xa1 byte"}',
]


@pytest.mark.parametrize("parser_name", sorted(PARSERS))
def test_garbage_never_raises_and_is_counted(parser_name: str) -> None:
    out = feed_bytes(parser_name, b"\n".join(GARBAGE), exit_code=None, stderr="\xff{not json\n{")
    assert isinstance(out, ParsedOutput)
    # Every shape above is handled by the typed checks, not by the last-resort guard.
    assert not any("unexpected shape" in note for note in out.notes)
    if parser_name != "text":
        assert any("were not JSON" in note for note in out.notes)
    assert any("invalid UTF-8" in note for note in out.notes)


@pytest.mark.parametrize("parser_name", sorted(PARSERS))
def test_empty_stream(parser_name: str) -> None:
    out = make_parser(parser_name).finish(0, "")
    assert out == ParsedOutput()


@pytest.mark.parametrize("parser_name", sorted(PARSERS))
def test_killed_without_output(parser_name: str) -> None:
    out = make_parser(parser_name).finish(None, "")
    assert out.final_text == "" and out.error is None


@pytest.mark.parametrize(
    ("parser_name", "transcript"),
    [("claude-stream-json", "claude-stream-json-hi.jsonl"), ("qwen-stream-json", "qwen-stream-json.jsonl"),
     ("codex-json", "codex-exec-json-hi.jsonl"), ("gemini-stream-json", "gemini-stream-json.jsonl"),
     ("opencode-json", "opencode-json.jsonl")],
)
def test_garbage_mixed_into_a_real_stream_keeps_the_answer(parser_name: str, transcript: str) -> None:
    clean = feed_file(parser_name, transcript)
    lines = (TRANSCRIPTS / transcript).read_bytes().split(b"\n")
    mixed: list[bytes] = []
    for line in lines:
        mixed += [b"\xff\xfe noise \x80", b'{"type": "half', line]
    out = feed_bytes(parser_name, b"\n".join(mixed))
    assert out.final_text == clean.final_text != ""
    assert out.session_id == clean.session_id
    assert out.usage == clean.usage


def test_a_truncated_last_line_is_counted() -> None:
    data = (TRANSCRIPTS / "claude-stream-json-hi.jsonl").read_bytes()
    out = feed_bytes("claude-stream-json", data[: len(data) - 200], exit_code=None)
    assert out.final_text == ""  # the result line was cut: no answer, and no invented one
    assert out.session_id == "4a266a49-39e9-4d09-8131-d972b2afe656"
    assert "1 stdout line(s) were not JSON and were ignored" in out.notes


def test_gemini_text_is_capped_at_max_kept_text() -> None:
    parser = make_parser("gemini-stream-json")
    chunk = "y" * (1024 * 1024)
    for _ in range(5):
        parser.feed_line(json.dumps({"type": "message", "role": "assistant", "content": chunk, "delta": True}))
    out = parser.finish(0, "")
    assert len(out.final_text) == MAX_KEPT_TEXT
    assert out.truncated is True
    assert any("cut at" in note for note in out.notes)


@pytest.mark.parametrize("parser_name", ["claude-stream-json", "text"])
def test_other_parsers_cap_text_too(parser_name: str) -> None:
    parser = make_parser(parser_name)
    big = "z" * (MAX_KEPT_TEXT + 10)
    if parser_name == "text":
        parser.feed_line(big)
    else:
        parser.feed_line(json.dumps({"type": "result", "is_error": False, "result": big}))
    out = parser.finish(0, "")
    assert len(out.final_text) == MAX_KEPT_TEXT and out.truncated is True


def test_opencode_step_text_is_capped() -> None:
    parser = make_parser("opencode-json")
    big = "q" * (3 * 1024 * 1024)
    parser.feed_line(json.dumps({"type": "step_start"}))
    parser.feed_line(json.dumps({"type": "text", "part": {"text": big}}))
    parser.feed_line(json.dumps({"type": "text", "part": {"text": big}}))
    parser.feed_line(json.dumps({"type": "step_finish", "part": {"reason": "stop"}}))
    out = parser.finish(0, "")
    assert len(out.final_text) == MAX_KEPT_TEXT and out.truncated is True


def test_gemini_api_error_without_a_status_in_its_message_is_classified_by_exit_code() -> None:
    """Seen with gemini 0.61: a 429 whose message is only the API's text; exit code 173 = 429 mod 256."""
    from mco_mcp.adapters.parsers import make_parser

    parser = make_parser("gemini-stream-json")
    parser.feed_line('{"type":"init","session_id":"s1","model":"m"}')
    parser.feed_line('{"type":"result","status":"error","error":{"type":"unknown","message":"[API Error: quota exceeded]"},"stats":{}}')
    parsed = parser.finish(173, "")
    assert parsed.error is not None and parsed.error.kind == "rate_limited"
    assert "HTTP 429" in parsed.error.message


# -- transcripts captured from the real CLIs by tests/test_real_clis_e2e.py (MCO_MCP_REFRESH_TRANSCRIPTS=1) ---------
CAPTURED_PARSERS = {
    "claude": "claude-stream-json",
    "codex": "codex-json",
    "gemini": "gemini-stream-json",
    "opencode": "opencode-json",
    "qwen": "qwen-stream-json",
}


@pytest.mark.parametrize("cli", sorted(CAPTURED_PARSERS))
def test_captured_real_cli_run_parses_to_its_answer_session_and_usage(cli: str) -> None:
    from mco_mcp.adapters.parsers import make_parser

    path = Path(__file__).parent / "transcripts" / "captured" / f"{cli}-run.out"
    parser = make_parser(CAPTURED_PARSERS[cli])
    for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        parser.feed_line(line)
    parsed = parser.finish(0, "")
    assert parsed.error is None, parsed.error
    assert parsed.final_text.strip() == "first answer ALPHA-7"
    assert parsed.session_id
    assert parsed.usage is not None and (parsed.usage.output_tokens or 0) > 0
    assert not any("unexpected shape" in note or "not JSON" in note for note in parsed.notes), parsed.notes


# The exit code each real CLI gave with that 401 (tests/test_real_clis_smoke.py asserts them).
CAPTURED_401_EXIT = {"claude": 1, "codex": 1, "gemini": 401 % 256, "opencode": 1, "qwen": 1}


@pytest.mark.parametrize("cli", sorted(CAPTURED_PARSERS))
def test_captured_real_cli_401_is_an_authentication_error(cli: str) -> None:
    """tests/transcripts/captured/<cli>-401.out: the pinned CLI's output for an HTTP 401 from the model API
    (refreshed by tests/test_real_clis_smoke.py with MCO_MCP_REFRESH_TRANSCRIPTS=1). qwen 0.24 changed its
    form (exit 1, `error_during_execution`, the message in `error`), which this pins."""
    path = Path(__file__).parent / "transcripts" / "captured" / f"{cli}-401.out"
    parsed = feed_bytes(CAPTURED_PARSERS[cli], path.read_bytes(), exit_code=CAPTURED_401_EXIT[cli])
    assert parsed.error is not None and parsed.error.kind == "authentication", parsed.error
    assert "SMOKE-401 bad key" in parsed.error.message
    assert parsed.final_text == ""
    assert parsed.session_id


def test_qwen_0_24_stream_event_is_neither_answer_nor_noise() -> None:
    line = {"type": "stream_event", "uuid": "u", "session_id": "s-24", "parent_tool_use_id": None,
            "event": {"type": "goal_state", "goal_state": {"v": 2, "goal": None, "activity": "idle"}}}
    out = feed_bytes("qwen-stream-json", json.dumps(line).encode())
    assert out.final_text == "" and out.error is None and out.notes == []
    assert out.session_id == "s-24"
