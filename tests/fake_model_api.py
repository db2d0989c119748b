"""A scriptable fake model API for running the real provider CLIs offline.

One loopback HTTP server (stdlib only, random free port, background thread) speaks
the four wire protocols the five CLIs use:

==========================  ==================================================  ===============
API                         endpoint (after the caller prefix)                  used by
==========================  ==================================================  ===============
Anthropic Messages          ``POST /v1/messages`` (also ``?beta=true``)         claude
OpenAI Responses            ``POST /v1/responses``                              codex
OpenAI Chat Completions     ``POST /v1/chat/completions``                       qwen, opencode
Gemini                      ``POST /v1beta/models/M:streamGenerateContent``     gemini
                            (``?alt=sse``), ``:generateContent``,
                            ``:countTokens``
==========================  ==================================================  ===============

Each CLI is pointed at its own path prefix (``<url>/claude``, ``<url>/codex/v1``, ...;
see :meth:`FakeModelAPI.base_url`), so the server knows who is calling. The first
path segment is the *caller*; a path that starts directly with ``/v1`` or
``/v1beta`` has the caller ``""``.

Scripting
---------
Replies are chosen per caller: a FIFO queue (:meth:`FakeModelAPI.push`) and a default
(:meth:`FakeModelAPI.set_default`, else :attr:`FakeModelAPI.default`) used when the queue
is empty. Reply kinds:

* :class:`Text` -- a text answer, streamed in chunks; ``delay`` makes it a slow stream,
  ``stall_after`` makes it stop after that many chunks and hang (until
  :meth:`FakeModelAPI.release_stalls` or :meth:`FakeModelAPI.stop`, then the connection is
  dropped without finishing the stream). :func:`Slow` and :func:`Stall` are shorthands.
* :class:`ToolCall` -- a call of a named tool with given arguments.
* :class:`WriteFile` -- "write this file", turned into a call of whatever tool the
  CLI advertised in the request (a write tool such as ``Write``/``write_file``/``write``,
  else a shell tool, else codex's ``apply_patch``). If no such tool was offered the
  reply is a text starting with ``FAKE-API: no tool to write``.
* :class:`CallOffered` -- a call of the first offered tool whose name contains a given text (for MCP
  tools, whose final name differs per CLI; codex's namespace tools included), else of a fallback name.
* :class:`HttpError` -- an HTTP error (401/429/500/...) with the real error-body shape of
  the API being called.

After a tool call the CLI runs the tool and sends its result in a new request, which
gets the next queued reply or the default text.

Only *agent turns* consume the queue: requests that offer tools, or streamed
requests. Side requests a CLI makes on its own (non-streamed, tool-less calls such
as title generation, or qwen's background memory agent, see
:attr:`FakeModelAPI.side_request_markers`) get the default reply, so a scripted
reply is not eaten by them. Some CLIs re-send a turn on their own: claude repeats a
dropped stream as a non-streamed request, gemini sends a loop-recovery turn when an
answer repeats itself, qwen and opencode retry 5xx/429 (opencode honours
``HttpError(retry_after=0)``, qwen does not). Each of those is an agent turn and takes
the next queued reply, or the default.

Inspection
----------
Every request is recorded as a :class:`RecordedRequest` (caller, method, path, query,
headers without credentials, parsed JSON body). Helpers, per caller:
:meth:`~FakeModelAPI.requests`, :meth:`~FakeModelAPI.last_request`,
:meth:`~FakeModelAPI.prompt_text` / :meth:`~FakeModelAPI.prompt_parts` (the user turn of
the last agent turn; CLIs add their own text parts around the prompt),
:meth:`~FakeModelAPI.model`, :meth:`~FakeModelAPI.tool_names` (tools offered),
:meth:`~FakeModelAPI.tool_results` (tool output sent back), and
:meth:`~FakeModelAPI.wait_for_requests`. Tool calls actually sent are in
:attr:`FakeModelAPI.tool_calls_sent`.

Example::

    with FakeModelAPI() as fake:
        fake.push("claude", Text("hello from the fake"))
        env = base_env(path) | cli_env("claude", fake.url, home)  # tests/realcli_env.py
        ... run claude with the prompt on stdin ...
        assert prompt in fake.prompt_parts("claude")
        assert fake.model("claude") == "fake-model"
"""

from __future__ import annotations

import collections
import gzip
import json
import re
import shlex
import socket
import threading
import time
import uuid
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator, Literal, Union
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "FakeModelAPI",
    "HttpError",
    "RecordedRequest",
    "Reply",
    "Slow",
    "Stall",
    "Text",
    "ToolCall",
    "CallOffered",
    "WriteFile",
    "Lazy",
    "DEFAULT_ANSWER",
    "error_body",
    "extract_tool_results",
    "extract_tools",
    "extract_user_text",
    "resolve_call_offered",
    "resolve_write_file",
    "user_text_parts",
]

#: The default answer: a marker and a fenced JSON findings block.
DEFAULT_ANSWER = (
    "FAKE-MODEL-ANSWER\n"
    "```json\n"
    '{"findings": [{"severity": "low", "category": "maintainability", "title": "FAKE-FINDING-42",'
    ' "evidence": {"file": "app.py", "line": 3, "snippet": "return eval(x)"},'
    ' "recommendation": "example finding from the fake model API"}]}\n'
    "```\n"
)


# --------------------------------------------------------------------------- replies


@dataclass(frozen=True)
class Text:
    """A text answer, streamed in ``chunk_size``-character chunks.

    ``delay``: seconds to sleep before each chunk (a slow stream).
    ``stall_after``: send this many chunks, then hang until released; the stream never
    finishes and the connection is dropped when released.
    """

    text: str = DEFAULT_ANSWER
    chunk_size: int = 64
    delay: float = 0.0
    stall_after: int | None = None

    def chunks(self) -> list[str]:
        size = max(1, self.chunk_size)
        return [self.text[i : i + size] for i in range(0, len(self.text), size)] or [""]


def Slow(text: str = DEFAULT_ANSWER, delay: float = 0.2, chunk_size: int = 16) -> Text:
    """A text answer with ``delay`` seconds between chunks."""
    return Text(text, chunk_size=chunk_size, delay=delay)


def Stall(text: str = "partial answer, then silence ", after: int = 1, chunk_size: int = 16) -> Text:
    """A stream that sends ``after`` chunks of ``text`` and then hangs."""
    return Text(text, chunk_size=chunk_size, stall_after=after)


@dataclass(frozen=True)
class ToolCall:
    """Call tool ``name`` with ``arguments``.

    ``arguments`` is a dict for function tools, or a string for freeform (custom)
    Responses tools such as codex's ``apply_patch``. ``text`` is optional prose sent
    before the call.
    """

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)
    text: str = ""
    #: Responses API only: the ``namespace`` tool holding ``name``. codex offers each MCP server's tools
    #: as one namespace tool (``mcp__SERVER`` holding ``TOOL``) and dispatches only a call naming both.
    namespace: str | None = None


@dataclass(frozen=True)
class CallOffered:
    """Call the first offered tool whose name contains ``contains`` (case-insensitive), with ``arguments``.

    For tools whose final name depends on the CLI (``mcp__srv__tool``, ``srv_tool``, codex's ``tool`` in the
    namespace ``mcp__srv``...). When no offered tool matches, the reply is a text starting with
    ``FAKE-API: no offered tool matching`` -- and still a tool call of the plain ``fallback`` name when one
    is given, because some CLIs (claude 2.1.332, whose MCP servers connect in the background) dispatch a
    call of a tool they did not list in that request.
    """

    contains: str
    arguments: dict[str, Any] = field(default_factory=dict)
    fallback: str | None = None


@dataclass(frozen=True)
class WriteFile:
    """Ask the CLI to write ``content`` to ``path`` with one of its own tools.

    ``via``: ``"auto"`` (a write tool if offered, else a shell tool, else apply_patch),
    ``"write"``, ``"shell"`` or ``"patch"``. Write tools of the real CLIs want an absolute
    path; a relative one is passed as is (fine for shell tools, whose cwd is the repo).
    """

    path: str
    content: str
    via: Literal["auto", "write", "shell", "patch"] = "auto"


@dataclass(frozen=True)
class HttpError:
    """Answer with HTTP ``status`` and the API's own error body."""

    status: int
    message: str | None = None
    retry_after: float | None = None  # adds a Retry-After header (seconds)


@dataclass(frozen=True)
class Lazy:
    """A reply decided when the request arrives: e.g. a WriteFile into a directory that exists only once the
    CLI runs (a workspace-write attempt's worktree, whose path holds the job id)."""

    make: Callable[[], Any]


Reply = Union[Text, ToolCall, CallOffered, WriteFile, HttpError, Lazy]


# --------------------------------------------------------------------------- records


_SECRET_HEADERS = {"authorization", "x-api-key", "x-goog-api-key", "api-key", "cookie", "proxy-authorization"}
_SECRET_QUERY = {"key", "api_key", "apikey"}
_API_ROOTS = {"v1", "v1beta", "v1alpha", "v1beta1"}


@dataclass
class RecordedRequest:
    """One request as received (credentials removed)."""

    caller: str
    method: str
    path: str  # full path without the query string, prefix included
    api_path: str  # path after the caller prefix
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: Any  # parsed JSON, or None
    raw_body: bytes
    api: str  # "anthropic" | "responses" | "chat" | "gemini" | "other"
    action: str  # e.g. "messages", "count_tokens", "streamGenerateContent", "head"
    model: str | None
    stream: bool
    tool_names: list[str]
    agent_turn: bool  # consumed a scripted reply (offers tools, or is streamed)
    reply: str | None = None  # short description of what was sent back
    time: float = 0.0

    @property
    def prompt_text(self) -> str | None:
        """Text of the last user turn (system items and tool results skipped)."""
        return extract_user_text(self.api, self.body)


# --------------------------------------------------------------------------- helpers


def _new_id(prefix: str, n: int = 24) -> str:
    return prefix + uuid.uuid4().hex[:n]


def user_text_parts(api: str, body: Any) -> list[str]:
    """The text parts of the last user turn that carries text (tool results skipped)."""
    if not isinstance(body, dict):
        return []
    if api in ("anthropic", "chat"):
        for msg in reversed(body.get("messages") or []):
            if not isinstance(msg, dict) or msg.get("role") != "user":
                continue  # system/assistant/tool items
            content = msg.get("content")
            if isinstance(content, str):
                return [content]
            parts = [
                p["text"] for p in content or []
                if isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str)
            ]
            if parts:
                return parts
        return []
    if api == "responses":
        items = body.get("input")
        if isinstance(items, str):
            return [items]
        for item in reversed(items or []):
            if not isinstance(item, dict) or item.get("role") != "user":
                continue
            if item.get("type", "message") != "message":
                continue
            content = item.get("content")
            if isinstance(content, str):
                return [content]
            parts = [
                p["text"] for p in content or []
                if isinstance(p, dict) and p.get("type") in ("input_text", "text") and isinstance(p.get("text"), str)
            ]
            if parts:
                return parts
        return []
    if api == "gemini":
        for content in reversed(body.get("contents") or []):
            if not isinstance(content, dict) or content.get("role", "user") != "user":
                continue
            parts = [p["text"] for p in content.get("parts") or [] if isinstance(p, dict) and isinstance(p.get("text"), str)]
            if parts:
                return parts
        return []
    return []


def extract_user_text(api: str, body: Any) -> str | None:
    parts = user_text_parts(api, body)
    return "\n".join(parts) if parts else None


def extract_tool_results(api: str, body: Any) -> list[str]:
    """Every tool result the request carries back to the model, in order, as text."""
    out: list[str] = []
    if not isinstance(body, dict):
        return out

    def text_of(value: Any) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            parts = [p.get("text") for p in value if isinstance(p, dict) and isinstance(p.get("text"), str)]
            if parts:
                return "\n".join(parts)
        return json.dumps(value)

    if api == "anthropic":
        for msg in body.get("messages") or []:
            if isinstance(msg, dict) and isinstance(msg.get("content"), list):
                out += [text_of(b.get("content")) for b in msg["content"]
                        if isinstance(b, dict) and b.get("type") == "tool_result"]
    elif api == "chat":
        out += [text_of(m.get("content")) for m in body.get("messages") or []
                if isinstance(m, dict) and m.get("role") == "tool"]
    elif api == "responses":
        items = body.get("input")
        out += [text_of(i.get("output")) for i in items if isinstance(i, dict)
                and i.get("type") in ("function_call_output", "custom_tool_call_output")] if isinstance(items, list) else []
    elif api == "gemini":
        for content in body.get("contents") or []:
            for part in (content or {}).get("parts") or []:
                if isinstance(part, dict) and "functionResponse" in part:
                    out.append(json.dumps(part["functionResponse"].get("response")))
    return out


def extract_tools(api: str, body: Any) -> dict[str, dict[str, Any]]:
    """Advertised tools: name -> {"kind": "function"|"custom"|..., "schema": JSON schema}."""
    tools: dict[str, dict[str, Any]] = {}
    if not isinstance(body, dict):
        return tools
    for t in body.get("tools") or []:
        if not isinstance(t, dict):
            continue
        if api == "anthropic":
            if "name" in t:
                tools[t["name"]] = {"kind": t.get("type", "function"), "schema": t.get("input_schema") or {}}
        elif api == "chat":
            fn = t.get("function") or {}
            if "name" in fn:
                tools[fn["name"]] = {"kind": "function", "schema": fn.get("parameters") or {}}
        elif api == "responses":
            kind = t.get("type", "function")
            name = t.get("name") or kind
            tools[name] = {"kind": kind, "schema": t.get("parameters") or {}}
            if kind == "namespace":  # codex: one per MCP server, the server's tools inside
                for inner in t.get("tools") or []:
                    if isinstance(inner, dict) and inner.get("name"):
                        tools[f"{name}/{inner['name']}"] = {"kind": inner.get("type", "function"),
                                                            "schema": inner.get("parameters") or {},
                                                            "namespace": name, "name": inner["name"]}
        elif api == "gemini":
            for decl in t.get("functionDeclarations") or t.get("function_declarations") or []:
                if isinstance(decl, dict) and "name" in decl:
                    schema = decl.get("parametersJsonSchema") or decl.get("parameters") or {}
                    tools[decl["name"]] = {"kind": "function", "schema": schema}
    return tools


_WRITE_TOOLS = ("write", "write_file", "writefile", "create_file", "str_replace_based_edit_tool")
_SHELL_TOOLS = ("bash", "shell", "run_shell_command", "shell_command", "exec_command", "local_shell", "execute")
_PATH_PROPS = ("file_path", "filePath", "path", "absolute_path", "filename")
_CONTENT_PROPS = ("content", "contents", "file_text", "text")


def _props(schema: dict[str, Any]) -> dict[str, Any]:
    props = schema.get("properties") if isinstance(schema, dict) else None
    return props if isinstance(props, dict) else {}


def _fill_required(schema: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    """Give required properties we did not set a harmless value."""
    props = _props(schema)
    for name in schema.get("required") or []:
        if name in args:
            continue
        typ = (props.get(name) or {}).get("type")
        typ = typ[0] if isinstance(typ, list) and typ else typ
        args[name] = {"boolean": False, "integer": 0, "number": 0, "array": [], "object": {}}.get(
            str(typ).lower(), "write a file as asked"
        )
    return args


def resolve_call_offered(spec: CallOffered, tools: dict[str, dict[str, Any]]) -> ToolCall | None:
    """The ToolCall a CallOffered becomes for the tools this CLI offered (None: no match)."""
    want = spec.contains.lower()
    for key, tool in tools.items():
        if tool["kind"] == "namespace":
            continue  # its member tools are listed as "namespace/name"
        if want in key.lower():
            if "namespace" in tool:
                return ToolCall(tool["name"], dict(spec.arguments), namespace=tool["namespace"])
            return ToolCall(key, dict(spec.arguments))
    return None


def resolve_write_file(spec: WriteFile, tools: dict[str, dict[str, Any]]) -> ToolCall | None:
    """Turn a WriteFile into a concrete ToolCall for the tools this CLI offered."""
    lower = {name.lower(): name for name in tools}

    def via_write() -> ToolCall | None:
        for cand in _WRITE_TOOLS:
            name = lower.get(cand)
            if not name or tools[name]["kind"] != "function":
                continue
            schema = tools[name]["schema"]
            props = _props(schema)
            path_prop = next((p for p in _PATH_PROPS if p in props), None)
            content_prop = next((p for p in _CONTENT_PROPS if p in props), None)
            if path_prop and content_prop:
                args: dict[str, Any] = {path_prop: spec.path, content_prop: spec.content}
                if "command" in props and name == "str_replace_based_edit_tool":
                    args["command"] = "create"
                return ToolCall(name, _fill_required(schema, args))
        return None

    def via_shell() -> ToolCall | None:
        cmd = f"printf '%s' {shlex.quote(spec.content)} > {shlex.quote(spec.path)}"
        for cand in _SHELL_TOOLS:
            name = lower.get(cand)
            if not name:
                continue
            schema = tools[name]["schema"]
            props = _props(schema)
            if "command" in props:
                typ = props["command"].get("type")
                value: Any = ["bash", "-lc", cmd] if typ == "array" or (isinstance(typ, list) and "array" in typ) else cmd
                return ToolCall(name, _fill_required(schema, {"command": value}))
            if "cmd" in props:
                return ToolCall(name, _fill_required(schema, {"cmd": cmd}))
        return None

    def via_patch() -> ToolCall | None:
        name = lower.get("apply_patch")
        if not name:
            return None
        body = "".join(f"+{line}\n" for line in spec.content.split("\n"))
        patch = f"*** Begin Patch\n*** Add File: {spec.path}\n{body}*** End Patch\n"
        if tools[name]["kind"] == "custom":
            return ToolCall(name, patch)
        props = _props(tools[name]["schema"])
        key = "input" if "input" in props or not props else next(iter(props))
        return ToolCall(name, {key: patch})

    order = {"auto": (via_write, via_shell, via_patch), "write": (via_write,),
             "shell": (via_shell,), "patch": (via_patch,)}[spec.via]
    for attempt in order:
        call = attempt()
        if call is not None:
            return call
    return None


def _approx_tokens(raw: bytes) -> int:
    return max(1, len(raw) // 4)


# --------------------------------------------------------------------------- error bodies


_ANTHROPIC_ERR = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                  404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error",
                  500: "api_error", 529: "overloaded_error"}
_ERR_TEXT = {400: "bad request", 401: "invalid API key", 403: "permission denied", 404: "not found",
             429: "rate limit exceeded", 500: "internal server error", 503: "service unavailable",
             529: "overloaded"}
_OPENAI_ERR = {400: ("invalid_request_error", None), 401: ("invalid_request_error", "invalid_api_key"),
               403: ("invalid_request_error", "unsupported_country_region_territory"),
               404: ("invalid_request_error", "model_not_found"), 429: ("requests", "rate_limit_exceeded"),
               500: ("server_error", None), 503: ("server_error", None)}
_GEMINI_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                  429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED"}


def error_body(api: str, status: int, message: str | None = None) -> dict[str, Any]:
    """The error JSON each real API returns for ``status``."""
    message = message or f"fake {status}: {_ERR_TEXT.get(status, 'error')}"
    if api == "anthropic":
        etype = _ANTHROPIC_ERR.get(status, "api_error")
        return {"type": "error", "error": {"type": etype, "message": message},
                "request_id": _new_id("req_fake_", 12)}
    if api == "gemini":
        gstatus = _GEMINI_STATUS.get(status, "UNKNOWN")
        return {"error": {"code": status, "message": message, "status": gstatus}}
    etype, code = _OPENAI_ERR.get(status, ("server_error", None))
    return {"error": {"message": message, "type": etype, "param": None, "code": code}}


# --------------------------------------------------------------------------- stream builders
#
# Each builder returns a list of (frame, is_text_chunk) pairs: SSE frames as bytes. The
# driver applies Text.delay before each text chunk and stops after Text.stall_after chunks.

Frames = list[tuple[bytes, bool]]


def _sse(data: Any, event: str | None = None) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n".encode()


def _anthropic_usage(req: RecordedRequest, out: int) -> dict[str, Any]:
    return {"input_tokens": _approx_tokens(req.raw_body), "output_tokens": out,
            "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}


def anthropic_message(req: RecordedRequest, reply: Text | ToolCall) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if isinstance(reply, Text):
        content.append({"type": "text", "text": reply.text})
        stop = "end_turn"
    else:
        if reply.text:
            content.append({"type": "text", "text": reply.text})
        content.append({"type": "tool_use", "id": _new_id("toolu_fake_"), "name": reply.name,
                        "input": reply.arguments})
        stop = "tool_use"
    return {"id": _new_id("msg_fake_"), "type": "message", "role": "assistant", "model": req.model or "fake",
            "content": content, "stop_reason": stop, "stop_sequence": None,
            "usage": _anthropic_usage(req, 45)}


def anthropic_stream(req: RecordedRequest, reply: Text | ToolCall) -> Frames:
    msg = anthropic_message(req, reply)
    start = dict(msg, content=[], stop_reason=None, usage=_anthropic_usage(req, 1))
    frames: Frames = [(_sse({"type": "message_start", "message": start}, "message_start"), False)]
    for index, block in enumerate(msg["content"]):
        if block["type"] == "text":
            frames.append((_sse({"type": "content_block_start", "index": index,
                                 "content_block": {"type": "text", "text": ""}}, "content_block_start"), False))
            if index == 0:
                frames.append((_sse({"type": "ping"}, "ping"), False))
            pieces = reply.chunks() if isinstance(reply, Text) else [block["text"]]
            for piece in pieces:
                frames.append((_sse({"type": "content_block_delta", "index": index,
                                     "delta": {"type": "text_delta", "text": piece}}, "content_block_delta"), True))
        else:
            frames.append((_sse({"type": "content_block_start", "index": index,
                                 "content_block": dict(block, input={})}, "content_block_start"), False))
            frames.append((_sse({"type": "content_block_delta", "index": index,
                                 "delta": {"type": "input_json_delta", "partial_json": json.dumps(block["input"])}},
                                "content_block_delta"), False))
        frames.append((_sse({"type": "content_block_stop", "index": index}, "content_block_stop"), False))
    frames.append((_sse({"type": "message_delta", "delta": {"stop_reason": msg["stop_reason"], "stop_sequence": None},
                         "usage": {"output_tokens": 45}}, "message_delta"), False))
    frames.append((_sse({"type": "message_stop"}, "message_stop"), False))
    return frames


def _responses_usage(req: RecordedRequest) -> dict[str, Any]:
    inp = _approx_tokens(req.raw_body)
    return {"input_tokens": inp, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 45,
            "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": inp + 45}


def _responses_items(reply: Text | ToolCall) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    text = reply.text
    if text:
        items.append({"id": _new_id("msg_fake_"), "type": "message", "status": "completed", "role": "assistant",
                      "content": [{"type": "output_text", "text": text, "annotations": []}]})
    if isinstance(reply, ToolCall):
        call_id = _new_id("call_fake_")
        if isinstance(reply.arguments, str):
            items.append({"id": _new_id("ctc_fake_"), "type": "custom_tool_call", "status": "completed",
                          "call_id": call_id, "name": reply.name, "input": reply.arguments})
        else:
            item = {"id": _new_id("fc_fake_"), "type": "function_call", "status": "completed",
                    "call_id": call_id, "name": reply.name, "arguments": json.dumps(reply.arguments)}
            if reply.namespace:
                item["namespace"] = reply.namespace
            items.append(item)
    return items


def responses_object(req: RecordedRequest, reply: Text | ToolCall, resp_id: str, status: str = "completed") -> dict[str, Any]:
    items = _responses_items(reply) if status == "completed" else []
    return {"id": resp_id, "object": "response", "created_at": int(time.time()), "status": status,
            "model": req.model or "fake", "output": items, "usage": _responses_usage(req) if items else None}


def responses_stream(req: RecordedRequest, reply: Text | ToolCall) -> Frames:
    resp_id = _new_id("resp_fake_")
    seq = iter(range(1_000_000))

    def ev(kind: str, **data: Any) -> bytes:
        return _sse({"type": kind, "sequence_number": next(seq), **data}, kind)

    frames: Frames = [(ev("response.created", response=responses_object(req, reply, resp_id, "in_progress")), False),
                      (ev("response.in_progress", response=responses_object(req, reply, resp_id, "in_progress")), False)]
    items = _responses_items(reply)
    for idx, item in enumerate(items):
        if item["type"] == "message":
            msg_id = item["id"]
            frames.append((ev("response.output_item.added", output_index=idx,
                              item=dict(item, status="in_progress", content=[])), False))
            frames.append((ev("response.content_part.added", item_id=msg_id, output_index=idx, content_index=0,
                              part={"type": "output_text", "text": "", "annotations": []}), False))
            pieces = reply.chunks() if isinstance(reply, Text) else [item["content"][0]["text"]]
            for piece in pieces:
                frames.append((ev("response.output_text.delta", item_id=msg_id, output_index=idx, content_index=0,
                                  delta=piece), True))
            full = item["content"][0]["text"]
            frames.append((ev("response.output_text.done", item_id=msg_id, output_index=idx, content_index=0,
                              text=full), False))
            frames.append((ev("response.content_part.done", item_id=msg_id, output_index=idx, content_index=0,
                              part=item["content"][0]), False))
        else:
            frames.append((ev("response.output_item.added", output_index=idx, item=dict(item, status="in_progress")),
                           False))
        frames.append((ev("response.output_item.done", output_index=idx, item=item), False))
    done = responses_object(req, reply, resp_id)
    done["output"] = items
    frames.append((ev("response.completed", response=done), False))
    return frames


def _chat_usage(req: RecordedRequest) -> dict[str, Any]:
    inp = _approx_tokens(req.raw_body)
    return {"prompt_tokens": inp, "completion_tokens": 45, "total_tokens": inp + 45}


def chat_completion(req: RecordedRequest, reply: Text | ToolCall) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text or None}
    finish = "stop"
    if isinstance(reply, ToolCall):
        args = reply.arguments if isinstance(reply.arguments, str) else json.dumps(reply.arguments)
        message["tool_calls"] = [{"id": _new_id("call_fake_", 8), "type": "function",
                                  "function": {"name": reply.name, "arguments": args}}]
        finish = "tool_calls"
    return {"id": _new_id("chatcmpl-fake"), "object": "chat.completion", "created": int(time.time()),
            "model": req.model or "fake", "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": _chat_usage(req)}


def chat_stream(req: RecordedRequest, reply: Text | ToolCall) -> Frames:
    base = {"id": _new_id("chatcmpl-fake"), "object": "chat.completion.chunk", "created": int(time.time()),
            "model": req.model or "fake"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        return _sse(dict(base, choices=[{"index": 0, "delta": delta, "finish_reason": finish}]))

    frames: Frames = [(chunk({"role": "assistant", "content": ""}), False)]
    pieces = reply.chunks() if isinstance(reply, Text) else ([reply.text] if reply.text else [])
    for piece in pieces:
        frames.append((chunk({"content": piece}), isinstance(reply, Text)))
    finish = "stop"
    if isinstance(reply, ToolCall):
        args = reply.arguments if isinstance(reply.arguments, str) else json.dumps(reply.arguments)
        frames.append((chunk({"tool_calls": [{"index": 0, "id": _new_id("call_fake_", 8), "type": "function",
                                              "function": {"name": reply.name, "arguments": ""}}]}), False))
        frames.append((chunk({"tool_calls": [{"index": 0, "function": {"arguments": args}}]}), False))
        finish = "tool_calls"
    frames.append((chunk({}, finish), False))
    frames.append((_sse(dict(base, choices=[], usage=_chat_usage(req))), False))
    frames.append((_sse("[DONE]"), False))
    return frames


def _gemini_usage(req: RecordedRequest) -> dict[str, Any]:
    inp = _approx_tokens(req.raw_body)
    return {"promptTokenCount": inp, "candidatesTokenCount": 45, "totalTokenCount": inp + 45}


def _gemini_chunk(req: RecordedRequest, parts: list[dict[str, Any]], finish: str | None) -> dict[str, Any]:
    cand: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "index": 0}
    if finish:
        cand["finishReason"] = finish
    return {"candidates": [cand], "usageMetadata": _gemini_usage(req), "modelVersion": req.model or "fake",
            "responseId": _new_id("fake", 16)}


def _gemini_call_part(reply: ToolCall) -> dict[str, Any]:
    args = reply.arguments if isinstance(reply.arguments, dict) else {"input": reply.arguments}
    return {"functionCall": {"name": reply.name, "args": args}}


def gemini_response(req: RecordedRequest, reply: Text | ToolCall) -> dict[str, Any]:
    parts: list[dict[str, Any]] = [{"text": reply.text}] if reply.text else []
    if isinstance(reply, ToolCall):
        parts.append(_gemini_call_part(reply))
    return _gemini_chunk(req, parts, "STOP")


def gemini_stream(req: RecordedRequest, reply: Text | ToolCall) -> Frames:
    frames: Frames = []
    if isinstance(reply, Text):
        pieces = reply.chunks()
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            frames.append((_sse(_gemini_chunk(req, [{"text": piece}], "STOP" if last else None)), True))
    else:
        parts: list[dict[str, Any]] = [{"text": reply.text}] if reply.text else []
        parts.append(_gemini_call_part(reply))
        frames.append((_sse(_gemini_chunk(req, parts, "STOP")), False))
    return frames


# --------------------------------------------------------------------------- the server


_GEMINI_RE = re.compile(r"^/(?:v1beta|v1alpha|v1)/models/(?P<model>[^/:]+):(?P<action>[A-Za-z]+)$")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeModelAPI/1.0"
    server: "_Server"

    # ---- plumbing

    def setup(self) -> None:
        super().setup()
        self.server.fake._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.fake._track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep quiet
        if self.server.fake.verbose:
            super().log_message(format, *args)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            out = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                out += self.rfile.read(size)
                self.rfile.readline()
            raw = bytes(out)
        else:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        enc = self.headers.get("Content-Encoding", "").lower()
        if enc == "gzip":
            raw = gzip.decompress(raw)
        elif enc == "deflate":
            raw = zlib.decompress(raw)
        elif enc == "br" or enc == "zstd":
            raise ValueError(f"request Content-Encoding {enc!r} is not supported by the fake server")
        return raw

    def _send_json(self, status: int, body: Any, extra: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("request-id", _new_id("req_fake_", 12))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("request-id", _new_id("req_fake_", 12))
        self.end_headers()

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    # ---- verbs

    def do_HEAD(self) -> None:
        self._simple_get()

    def do_GET(self) -> None:
        self._simple_get()

    def _simple_get(self) -> None:
        fake = self.server.fake
        split = urlsplit(self.path)
        caller, api_path = fake._split_caller(split.path)
        fake._record(self, caller, split, api_path, b"", None, "other", self.command.lower(), None, False, [], False)
        if api_path in ("", "/"):
            self._send_json(200, {"ok": True, "server": "FakeModelAPI"})
        elif api_path.rstrip("/") == "/v1/models":
            self._send_json(200, {"object": "list", "data": [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in fake.model_ids]})
        elif api_path.rstrip("/") == "/v1beta/models":
            self._send_json(200, {"models": [{"name": f"models/{m}"} for m in fake.model_ids]})
        else:
            self._send_json(404, {"error": {"message": f"fake server: no GET {api_path}", "type": "not_found"}})

    def do_POST(self) -> None:
        fake = self.server.fake
        split = urlsplit(self.path)
        caller, api_path = fake._split_caller(split.path)
        try:
            raw = self._read_body()
        except Exception as exc:  # undecodable body: say so loudly
            self._send_json(400, {"error": {"message": f"fake server: {exc}", "type": "invalid_request_error"}})
            return
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None

        model: str | None = body.get("model") if isinstance(body, dict) else None
        stream = bool(body.get("stream")) if isinstance(body, dict) else False
        path = api_path.rstrip("/")
        gem = _GEMINI_RE.match(path)
        if path == "/v1/messages":
            api, action = "anthropic", "messages"
        elif path == "/v1/messages/count_tokens":
            api, action = "anthropic", "count_tokens"
        elif path == "/v1/responses":
            api, action = "responses", "responses"
        elif path == "/v1/chat/completions":
            api, action = "chat", "chat.completions"
        elif gem:
            api, action, model = "gemini", gem["action"], gem["model"]
            stream = action == "streamGenerateContent"
        else:
            api, action = "other", "unknown"

        tools = extract_tools(api, body)
        generating = action in ("messages", "responses", "chat.completions", "generateContent", "streamGenerateContent")
        agent_turn = generating and (bool(tools) or stream) and not fake._is_side_request(api, body)
        req = fake._record(self, caller, split, api_path, raw, body, api, action, model, stream, list(tools), agent_turn)

        if api == "other":
            self._send_json(404, {"error": {"message": f"fake server: no POST {api_path}", "type": "not_found"}})
            return
        if action == "count_tokens":
            self._send_json(200, {"input_tokens": _approx_tokens(raw)})
            return
        if action == "countTokens":
            self._send_json(200, {"totalTokens": _approx_tokens(raw)})
            return

        reply = fake._next_reply(caller, agent_turn)
        if isinstance(reply, Lazy):
            reply = reply.make()
        if isinstance(reply, CallOffered):
            spec = reply
            call = resolve_call_offered(spec, tools)
            if call is None and spec.fallback:
                call = ToolCall(spec.fallback, dict(spec.arguments),
                                text=f"FAKE-API: no offered tool matching {spec.contains!r}; calling {spec.fallback}")
            reply = call if call is not None else Text(
                f"FAKE-API: no offered tool matching {spec.contains!r} among {sorted(tools)}")
        if isinstance(reply, WriteFile):
            call = resolve_write_file(reply, tools)
            reply = call if call is not None else Text(
                f"FAKE-API: no tool to write {reply.path} among offered tools {sorted(tools)}")
        if isinstance(reply, ToolCall):
            fake._note_tool_call(caller, reply)
        req.reply = _describe(reply)

        if isinstance(reply, HttpError):
            extra = {}
            if reply.retry_after is not None:
                ra = reply.retry_after
                extra["Retry-After"] = str(int(ra)) if float(ra).is_integer() else str(ra)
            if api == "anthropic":
                extra["x-should-retry"] = "false" if reply.status < 500 and reply.status != 429 else "true"
            self._send_json(reply.status, error_body(api, reply.status, reply.message), extra)
            return

        if not stream:
            if isinstance(reply, Text):
                if reply.stall_after is not None:
                    fake._stall_wait()
                    self._abort()
                    return
                if reply.delay:
                    time.sleep(reply.delay * len(reply.chunks()))
            builder = {"anthropic": anthropic_message, "chat": chat_completion, "gemini": gemini_response,
                       "responses": lambda r, rep: responses_object(r, rep, _new_id("resp_fake_"))}[api]
            self._send_json(200, builder(req, reply))
            return

        frames = {"anthropic": anthropic_stream, "responses": responses_stream, "chat": chat_stream,
                  "gemini": gemini_stream}[api](req, reply)
        self._start_stream()
        sent = 0
        delay = reply.delay if isinstance(reply, Text) else 0.0
        stall_after = reply.stall_after if isinstance(reply, Text) else None
        try:
            for frame, is_text in frames:
                if is_text:
                    if stall_after is not None and sent >= stall_after:
                        fake._stall_wait()
                        self._abort()
                        return
                    if delay:
                        time.sleep(delay)
                    sent += 1
                self._chunk(frame)
            if stall_after is not None:  # stall_after >= chunks: all sent, the stream never ends
                fake._stall_wait()
                self._abort()
                return
            self._chunk(b"")  # terminating chunk
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _abort(self) -> None:
        """Drop the connection without finishing the response."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _describe(reply: Reply) -> str:
    if isinstance(reply, Text):
        extra = f", delay={reply.delay}" if reply.delay else ""
        extra += f", stall_after={reply.stall_after}" if reply.stall_after is not None else ""
        return f"text({len(reply.text)} chars{extra})"
    if isinstance(reply, ToolCall):
        return f"tool_call({reply.name})"
    if isinstance(reply, HttpError):
        return f"http_error({reply.status})"
    return repr(reply)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: "FakeModelAPI"


class _Server6(_Server):
    address_family = socket.AF_INET6


class FakeModelAPI:
    """The fake model API server. Use as a context manager or call start()/stop()."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, default: Reply | None = None,
                 verbose: bool = False) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the fake model API only listens on loopback")
        self.host = host
        self.port = port
        self.verbose = verbose
        #: Reply used when a caller's queue is empty and it has no own default.
        self.default: Reply = default if default is not None else Text(DEFAULT_ANSWER)
        #: A request whose user text starts with one of these is a side request (never
        #: consumes the queue): qwen's background "managed auto-memory" agent.
        self.side_request_markers: tuple[str, ...] = ("Managed memory directory:",)
        #: Model ids listed by GET /v1/models.
        self.model_ids: list[str] = ["fake-model"]
        #: (caller, ToolCall) for every tool call sent, in order.
        self.tool_calls_sent: list[tuple[str, ToolCall]] = []
        self._lock = threading.Condition()
        self._queues: dict[str, collections.deque[Reply]] = collections.defaultdict(collections.deque)
        self._defaults: dict[str, Reply] = {}
        self._requests: list[RecordedRequest] = []
        self._stall_event = threading.Event()
        self._conns: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle

    def start(self) -> "FakeModelAPI":
        if self._server is not None:
            return self
        server = (_Server6 if ":" in self.host else _Server)((self.host, self.port), _Handler)
        server.fake = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"FakeModelAPI:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self.release_stalls()
        server.shutdown()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # end keep-alive connections so clients see EOF
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FakeModelAPI":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Root URL, e.g. ``http://127.0.0.1:PORT`` (no trailing slash)."""
        if self._server is None:
            raise RuntimeError("FakeModelAPI is not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def base_url(self, caller: str, suffix: str = "") -> str:
        """``<url>/<caller><suffix>``, e.g. ``base_url("codex", "/v1")``."""
        return f"{self.url}/{caller}{suffix}"

    # ---- scripting

    def push(self, caller: str, *replies: Reply) -> None:
        """Queue replies for ``caller``'s next agent turns (FIFO)."""
        with self._lock:
            self._queues[caller].extend(replies)

    def set_default(self, caller: str, reply: Reply | None) -> None:
        """Reply used for ``caller`` when its queue is empty (None: back to :attr:`default`)."""
        with self._lock:
            if reply is None:
                self._defaults.pop(caller, None)
            else:
                self._defaults[caller] = reply

    def pending(self, caller: str) -> int:
        """How many queued replies ``caller`` has not consumed yet."""
        with self._lock:
            return len(self._queues[caller])

    def release_stalls(self) -> None:
        """Let every stalled stream go (their connections are dropped)."""
        with self._lock:
            event, self._stall_event = self._stall_event, threading.Event()
        event.set()

    def reset(self) -> None:
        """Forget recorded requests, queues and per-caller defaults; release stalls."""
        self.release_stalls()
        with self._lock:
            self._requests.clear()
            self._queues.clear()
            self._defaults.clear()
            self.tool_calls_sent.clear()

    # ---- inspection

    def requests(self, caller: str | None = None, *, api_only: bool = False,
                 agent_turns: bool = False) -> list[RecordedRequest]:
        """Recorded requests, optionally only ``caller``'s / model API calls / agent turns."""
        with self._lock:
            out = list(self._requests)
        if caller is not None:
            out = [r for r in out if r.caller == caller]
        if api_only:
            out = [r for r in out if r.api != "other"]
        if agent_turns:
            out = [r for r in out if r.agent_turn]
        return out

    def last_request(self, caller: str | None = None, *, agent_turn: bool = True) -> RecordedRequest | None:
        """The last agent turn of ``caller`` (or its last model API call of any kind)."""
        reqs = self.requests(caller, api_only=True, agent_turns=agent_turn)
        if not reqs and agent_turn:
            reqs = self.requests(caller, api_only=True)
        return reqs[-1] if reqs else None

    def prompt_text(self, caller: str | None = None) -> str | None:
        """User prompt text of the last agent turn that carries user text.

        Falls back to any model API request when there was no agent turn.
        System-role items and tool results are skipped; several text parts of the user
        turn (e.g. claude's ``<system-reminder>`` blocks) are joined with newlines.
        """
        for agent_turns in (True, False):
            for req in reversed(self.requests(caller, api_only=True, agent_turns=agent_turns)):
                text = req.prompt_text
                if text is not None:
                    return text
        return None

    def prompt_parts(self, caller: str | None = None) -> list[str]:
        """The separate text parts of that user turn."""
        req = self.last_request(caller)
        return user_text_parts(req.api, req.body) if req else []

    def tool_results(self, caller: str | None = None) -> list[str]:
        """Tool results carried by the last agent turn (what the CLI's tools returned)."""
        req = self.last_request(caller)
        return extract_tool_results(req.api, req.body) if req else []

    def model(self, caller: str | None = None) -> str | None:
        """The model name the last agent turn asked for."""
        req = self.last_request(caller)
        return req.model if req else None

    def tool_names(self, caller: str | None = None) -> list[str]:
        """Tool names offered in the last agent turn."""
        req = self.last_request(caller)
        return list(req.tool_names) if req else []

    def wait_for_requests(self, caller: str | None = None, count: int = 1, timeout: float = 30.0,
                          *, agent_turns: bool = True) -> list[RecordedRequest]:
        """Block until ``caller`` made ``count`` (agent-turn) requests; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                got = [r for r in self._requests
                       if (caller is None or r.caller == caller) and (r.agent_turn or not agent_turns)]
                if len(got) >= count:
                    return got
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{caller!r}: {len(got)}/{count} requests after {timeout}s")
                self._lock.wait(left)

    # ---- internals used by the handler

    @staticmethod
    def _split_caller(path: str) -> tuple[str, str]:
        segs = path.split("/", 2)  # "", first, rest
        if len(segs) < 2 or not segs[1] or segs[1] in _API_ROOTS:
            return "", path or "/"
        return segs[1], "/" + (segs[2] if len(segs) > 2 else "")

    def _record(self, handler: _Handler, caller: str, split: Any, api_path: str, raw: bytes, body: Any,
                api: str, action: str, model: str | None, stream: bool, tool_names: list[str],
                agent_turn: bool) -> RecordedRequest:
        headers = {k.lower(): v for k, v in handler.headers.items() if k.lower() not in _SECRET_HEADERS}
        query = {k: v for k, v in parse_qsl(split.query, keep_blank_values=True) if k.lower() not in _SECRET_QUERY}
        req = RecordedRequest(caller=caller, method=handler.command, path=split.path, api_path=api_path,
                              query=query, headers=headers, body=body, raw_body=raw, api=api, action=action,
                              model=model, stream=stream, tool_names=tool_names, agent_turn=agent_turn,
                              time=time.time())
        with self._lock:
            self._requests.append(req)
            self._lock.notify_all()
        return req

    def _is_side_request(self, api: str, body: Any) -> bool:
        text = extract_user_text(api, body)
        return bool(text) and text.lstrip().startswith(self.side_request_markers)

    def _next_reply(self, caller: str, agent_turn: bool) -> Reply:
        with self._lock:
            queue = self._queues[caller]
            if agent_turn and queue:
                return queue.popleft()
            return self._defaults.get(caller, self.default)

    def _note_tool_call(self, caller: str, call: ToolCall) -> None:
        with self._lock:
            self.tool_calls_sent.append((caller, call))

    def _stall_wait(self) -> None:
        with self._lock:
            event = self._stall_event
        event.wait()

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            (self._conns.add if add else self._conns.discard)(conn)


def _iter_sse(raw: bytes) -> Iterator[dict[str, Any]]:  # pragma: no cover - debugging aid
    """Parse SSE bytes into JSON payloads (for poking at the server by hand)."""
    for block in raw.decode().split("\n\n"):
        for line in block.splitlines():
            if line.startswith("data: ") and line[6:] != "[DONE]":
                yield json.loads(line[6:])
