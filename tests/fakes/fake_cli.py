"""A stand-in for the provider CLIs that really runs as a process and misbehaves on request.

Launched through the wrappers `tests.fakes.install_fake_clis` writes; which CLI it plays (claude, codex,
gemini, opencode, qwen) is the name it is invoked as. Stdlib only. It accepts each CLI's headless argv
(unknown flags are ignored), reads the prompt from stdin until EOF and prints that CLI's real output format
(modelled on tests/transcripts/).

Environment (a <NAME>-suffixed variable, NAME uppercased, wins over the plain one):
  FAKE_CLI_ANSWER[_<NAME>]  answer text, or "@/path/to/file"; default "fake <name> answer: " + prompt[:60]
  FAKE_CLI_MODE[_<NAME>]    comma-separated: ok | delay=SECONDS | stall | flood | trickle | ignore_term | exit=N |
                            error=401|429|500 | grandchild | daemon | invalid_utf8 | empty | crash |
                            hostile=KIND (the answer is a hostile one, see HOSTILE_ANSWERS) |
                            crossexam=careful|confirm|unsure (a cross-examination prompt gets verdicts, see
                            crossexam_answer; any other prompt the usual answer) |
                            adjudicate=knows|same|different|unsure|garbage (an adjudication prompt gets
                            verdicts per pair, see adjudication_answer; any other prompt the usual answer) |
                            resume_fails (a run that resumes a session fails as claude does for a session
                            it no longer has: exit 1, "No conversation found") |
                            edit=RELPATH[+RELPATH...] (before answering, like an agent's write tool: append a
                            line to each RELPATH under the working directory, creating it and its directories)
                            (daemon: a setsid + double-fork writer that ignores SIGTERM/SIGHUP and keeps
                            appending to the CLI's stdout; recorded as daemon_pid, daemon_sid)
  FAKE_CLI_XEXAM_KNOWLEDGE  JSON file {"contradictions": {finding title: code text}}: what a careful agent finds
                            in the code that contradicts a claim (it refutes only when that text is in the
                            excerpt the prompt showed it)
  FAKE_CLI_ADJ_KNOWLEDGE    JSON file {"same": [[title, title], ...]}: the pairs of findings an adjudicator
                            of style `knows` calls the same problem (any other pair: different)
  FAKE_CLI_EDIT_TEXT[_<NAME>]  what edit=RELPATH appends; default "edited by <name>\n"
  FAKE_CLI_RECORD_DIR       write <dir>/<name>-<pid>.json (argv, cwd, env, stdin facts, pid/pgid/sid)
                            before any output, so a stalled run can still be inspected
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import re
import signal
import stat
import string
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from typing import Any

NAMES = ("claude", "codex", "gemini", "opencode", "qwen")
KNOWN_MODES = {"ok", "delay", "stall", "flood", "trickle", "ignore_term", "exit", "error", "grandchild", "daemon",
               "invalid_utf8", "empty", "crash", "hostile", "crossexam", "resume_fails",
               "edit", "adjudicate"}
ERROR_STATUSES = (401, 429, 500)
_REASONS = {401: "Unauthorized", 429: "Too Many Requests", 500: "Internal Server Error"}

Event = dict[str, Any]


def count_tokens(text: str) -> int:
    """The fake's token count (tests recompute it): one token per 4 characters, rounded up."""
    return (len(text) + 3) // 4


def _uuid() -> str:
    return str(uuid.uuid4())


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _now_ms() -> int:
    return int(time.time() * 1000)


class Persona:
    """One CLI: how it reads argv and what it prints. Subclasses fill in the event shapes."""

    name = ""
    version = ""
    resume_flags: tuple[str, ...] = ("--resume", "-r")
    model_flags: tuple[str, ...] = ("-m", "--model")
    default_model = ""
    error_exit = 1  # the exit code of this CLI's API-error run (gemini computes it)

    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.resume = self._flag(self.resume_flags)
        self.model = self._flag(self.model_flags) or self.default_model

    def _flag(self, names: tuple[str, ...]) -> str | None:
        """The value of the last `--flag VALUE` / `--flag=VALUE` among `names`."""
        value = None
        for i, arg in enumerate(self.args):
            if arg in names and i + 1 < len(self.args):
                value = self.args[i + 1]
            for flag in names:
                if flag.startswith("--") and arg.startswith(flag + "="):
                    value = arg[len(flag) + 1:]
        return value

    def usage_error(self) -> tuple[str, int] | None:
        """(stderr text, exit code) when the real CLI would reject this argv."""
        return None

    def new_session(self) -> str:
        return _uuid()

    def preamble(self, sid: str, prompt: str, for_error: bool) -> list[Event]:
        raise NotImplementedError

    def answer(self, sid: str, prompt: str, text: str) -> list[Event]:
        raise NotImplementedError

    def error(self, sid: str, prompt: str, status: int) -> tuple[list[Event], str, int]:
        """(stdout events after the preamble, stderr text, exit code) of a model API failure."""
        raise NotImplementedError

    def flood(self, sid: str, n: int) -> Event:
        raise NotImplementedError


class Claude(Persona):
    name = "claude"
    version = "2.1.197 (Claude Code)"
    default_model = "claude-opus-4-8[1m]"
    _error_codes = {401: "authentication_failed", 429: "rate_limit", 500: "server_error"}

    def usage_error(self) -> tuple[str, int] | None:
        streaming = self._flag(("--output-format",)) == "stream-json"
        printing = "-p" in self.args or "--print" in self.args
        if streaming and printing and "--verbose" not in self.args:
            return "Error: When using --print, --output-format=stream-json requires --verbose\n", 1
        return None

    def preamble(self, sid: str, prompt: str, for_error: bool) -> list[Event]:
        return [{"type": "system", "subtype": "init", "cwd": os.getcwd(), "session_id": sid,
                 "tools": ["Task", "Bash", "Edit", "Read", "Write"], "mcp_servers": [], "model": self.model,
                 "permissionMode": self._flag(("--permission-mode",)) or "default", "apiKeySource": "none",
                 "claude_code_version": self.version.split()[0], "output_style": "default", "uuid": _uuid()}]

    def _assistant(self, sid: str, text: str, model: str, input_tokens: int) -> Event:
        return {"type": "assistant",
                "message": {"id": f"msg_fake_{uuid.uuid4().hex[:16]}", "type": "message", "role": "assistant",
                            "model": model, "content": [{"type": "text", "text": text}], "stop_reason": None,
                            "stop_sequence": None,
                            "usage": {"input_tokens": input_tokens, "output_tokens": 1,
                                      "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}},
                "parent_tool_use_id": None, "session_id": sid, "uuid": _uuid()}

    def _result(self, sid: str, text: str, inp: int, out: int, *, status: int | None = None) -> Event:
        return {"type": "result", "subtype": "success", "is_error": status is not None,
                "api_error_status": status, "duration_ms": 120, "duration_api_ms": 20, "num_turns": 1,
                "result": text, "stop_reason": "end_turn" if status is None else "stop_sequence",
                "session_id": sid, "total_cost_usd": round(inp * 3e-6 + out * 15e-6, 8),
                "usage": {"input_tokens": inp, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
                          "output_tokens": out},
                "modelUsage": {}, "permission_denials": [], "terminal_reason": "completed", "uuid": _uuid()}

    def answer(self, sid: str, prompt: str, text: str) -> list[Event]:
        inp, out = count_tokens(prompt), count_tokens(text)
        events = [self._assistant(sid, text, self.model, inp)] if text else []
        return [*events, self._result(sid, text, inp, out)]

    def error(self, sid: str, prompt: str, status: int) -> tuple[list[Event], str, int]:
        body = json.dumps({"type": "error", "error": {"type": self._error_codes[status], "message": f"fake {status}"}})
        text = f"API Error: {status} {body}"
        if status == 401:
            text = "Failed to authenticate. " + text
        assistant = self._assistant(sid, text, "<synthetic>", 0)
        assistant["error"] = self._error_codes[status]
        return [assistant, self._result(sid, text, 0, 0, status=status)], "", 1

    def flood(self, sid: str, n: int) -> Event:
        return {"type": "stream_event", "session_id": sid, "parent_tool_use_id": None, "uuid": _uuid(),
                "event": {"type": "content_block_delta", "index": 0,
                          "delta": {"type": "text_delta", "text": f"flood {n} " + "x" * 200}}}


class Qwen(Claude):
    """claude's event shapes; API errors come as a successful `[API Error: ...]` result with exit 0."""

    name = "qwen"
    version = "0.15.10"
    default_model = "qwen3-coder-plus"

    def usage_error(self) -> tuple[str, int] | None:
        return None

    def preamble(self, sid: str, prompt: str, for_error: bool) -> list[Event]:
        return [{"type": "system", "subtype": "init", "uuid": sid, "session_id": sid, "cwd": os.getcwd(),
                 "tools": ["read_file", "grep_search", "glob", "web_fetch"], "mcp_servers": [],
                 "model": self.model, "permission_mode": self._flag(("--approval-mode",)) or "default",
                 "qwen_code_version": self.version}]

    def _assistant(self, sid: str, text: str, model: str, input_tokens: int) -> Event:
        mid = _uuid()
        return {"type": "assistant", "uuid": mid, "session_id": sid, "parent_tool_use_id": None,
                "message": {"id": mid, "type": "message", "role": "assistant", "model": model,
                            "content": [{"type": "text", "text": text}], "stop_reason": None,
                            "usage": {"input_tokens": input_tokens, "output_tokens": count_tokens(text),
                                      "cache_read_input_tokens": 0}}}

    def _result(self, sid: str, text: str, inp: int, out: int, *, status: int | None = None) -> Event:
        return {"type": "result", "subtype": "success", "uuid": _uuid(), "session_id": sid, "is_error": False,
                "duration_ms": 130, "duration_api_ms": 50, "num_turns": 1, "result": text,
                "usage": {"input_tokens": inp, "output_tokens": out, "cache_read_input_tokens": 0,
                          "total_tokens": inp + out},
                "permission_denials": []}

    def error(self, sid: str, prompt: str, status: int) -> tuple[list[Event], str, int]:
        text = f"[API Error: {status} fake {_REASONS[status]}]"
        return [self._assistant(sid, text, self.model, 0), self._result(sid, text, 0, 0)], "", 0


class Codex(Persona):
    name = "codex"
    version = "codex-cli 0.169.0"
    default_model = "gpt-5-codex"
    known_models = ("gpt-5", "gpt-5-codex", "gpt-5.1", "gpt-5.1-codex", "o3", "o4-mini")
    # Options of `codex exec` that take a value (so their value is not read as a positional).
    _valued = {"-C", "--cd", "-m", "--model", "-s", "--sandbox", "-c", "--config", "-o",
               "--output-last-message", "--output-schema", "-p", "--profile", "-i", "--image", "--color",
               "--add-dir", "--enable", "--disable"}
    _before_resume_only = {"-C", "--cd", "-s", "--sandbox"}

    def __init__(self, args: list[str]) -> None:
        super().__init__(args)
        self.resume = None
        self._late_option: str | None = None
        rest = args[args.index("exec") + 1:] if "exec" in args else []
        i, in_resume = 0, False
        while i < len(rest):
            arg = rest[i]
            if in_resume and arg.split("=")[0] in self._before_resume_only:
                self._late_option = arg.split("=")[0]
            if arg in self._valued:
                i += 2
                continue
            if not in_resume and arg == "resume":
                in_resume = True
                if i + 1 < len(rest) and rest[i + 1] != "-" and not rest[i + 1].startswith("-"):
                    self.resume = rest[i + 1]
                    i += 1
            i += 1

    def usage_error(self) -> tuple[str, int] | None:
        if "exec" not in self.args:
            return "fake codex: only `codex exec` is supported (the TUI needs a terminal)\n", 1
        if self._late_option:
            return (f"error: unexpected argument '{self._late_option}' found\n\n"
                    "Usage: codex exec resume [OPTIONS] [SESSION_ID] [PROMPT]\n"), 2
        return None

    def new_session(self) -> str:
        # codex thread ids are UUIDv7: 48-bit millisecond timestamp first.
        value = (_now_ms() << 80) | (0x7 << 76) | (uuid.uuid4().int & ((1 << 76) - 1))
        value = (value & ~(0xC << 60)) | (0x8 << 60)
        return str(uuid.UUID(int=value))

    def preamble(self, sid: str, prompt: str, for_error: bool) -> list[Event]:
        events: list[Event] = [{"type": "thread.started", "thread_id": sid}]
        if self.model not in self.known_models:  # real codex warns (harmlessly) about unknown models
            events.append({"type": "item.completed", "item": {
                "id": "item_0", "type": "error",
                "message": f"Model metadata for `{self.model}` not found. Defaulting to fallback metadata; "
                           "this can degrade performance and cause issues."}})
        events.append({"type": "turn.started"})
        return events

    def answer(self, sid: str, prompt: str, text: str) -> list[Event]:
        items = [{"type": "item.completed", "item": {"id": "item_1", "type": "agent_message", "text": text}}]
        return [*(items if text else []),
                {"type": "turn.completed", "usage": {"input_tokens": count_tokens(prompt), "cached_input_tokens": 0,
                                                     "output_tokens": count_tokens(text),
                                                     "reasoning_output_tokens": 0}}]

    def error(self, sid: str, prompt: str, status: int) -> tuple[list[Event], str, int]:
        message = (f"unexpected status {status} {_REASONS[status]}: fake {status}, "
                   "url: http://127.0.0.1:9/v1/responses")
        return [{"type": "error", "message": message}, {"type": "turn.failed", "error": {"message": message}}], "", 1

    def flood(self, sid: str, n: int) -> Event:
        return {"type": "item.started", "item": {"id": f"item_{n + 2}", "type": "command_execution",
                                                 "command": "flood", "aggregated_output": "x" * 200,
                                                 "exit_code": None, "status": "in_progress"}}


class Gemini(Persona):
    name = "gemini"
    version = "0.61.0"
    default_model = "gemini-2.5-flash"
    _chunk = 64  # the answer arrives as several assistant deltas
    _statuses = {401: "UNAUTHENTICATED", 429: "RESOURCE_EXHAUSTED", 500: "UNAVAILABLE"}

    def preamble(self, sid: str, prompt: str, for_error: bool) -> list[Event]:
        return [{"type": "init", "timestamp": _now_iso(), "session_id": sid, "model": self.model},
                {"type": "message", "timestamp": _now_iso(), "role": "user", "content": prompt}]

    def answer(self, sid: str, prompt: str, text: str) -> list[Event]:
        inp, out = count_tokens(prompt), count_tokens(text)
        deltas = [{"type": "message", "timestamp": _now_iso(), "role": "assistant",
                   "content": text[i:i + self._chunk], "delta": True} for i in range(0, len(text), self._chunk)]
        return [*deltas, {"type": "result", "timestamp": _now_iso(), "status": "success",
                          "stats": {"total_tokens": inp + out, "input_tokens": inp, "output_tokens": out,
                                    "cached": 0, "input": inp, "duration_ms": 80, "tool_calls": 0}}]

    def error(self, sid: str, prompt: str, status: int) -> tuple[list[Event], str, int]:
        # Fatal errors go to stderr only: warnings, then a pretty-printed JSON report; exit = status % 256.
        body = json.dumps({"error": {"code": status, "message": f"fake {status}", "status": self._statuses[status]}},
                          separators=(",", ":"))
        report = {"session_id": sid, "error": {"type": "Error", "message": body, "code": status}}
        stderr = ("Warning: 256-color support not detected. Using a terminal with at least 256-color support "
                  "is recommended for a better visual experience.\n"
                  f"Error when talking to Gemini API _ApiError: {body}\n"
                  "    at throwErrorIfNotOK (file:///fake/gemini-cli/bundle/chunk.js:1:1)\n"
                  f"  status: {status}\n}}\n" + json.dumps(report, indent=2) + "\n")
        return [], stderr, status % 256

    def flood(self, sid: str, n: int) -> Event:
        return {"type": "message", "timestamp": _now_iso(), "role": "assistant",
                "content": f"flood {n} " + "x" * 200, "delta": True}


class Opencode(Persona):
    name = "opencode"
    version = "1.18.33"
    resume_flags = ("-s", "--session")
    default_model = "fake/m"

    def __init__(self, args: list[str]) -> None:
        super().__init__(args)
        self._message = uuid.uuid4().hex[:26]  # the messageID shared by the parts of one step

    def new_session(self) -> str:
        alphabet = string.ascii_letters + string.digits
        return "ses_" + uuid.uuid4().hex[:12] + "".join(random.choice(alphabet) for _ in range(14))

    def _part(self, sid: str, kind: str, **fields: Any) -> Event:
        return {"id": f"prt_{uuid.uuid4().hex[:26]}", "messageID": f"msg_{self._message}", "sessionID": sid,
                "type": kind, **fields}

    def preamble(self, sid: str, prompt: str, for_error: bool) -> list[Event]:
        if for_error:  # a failed request never starts a step
            return []
        return [{"type": "step_start", "timestamp": _now_ms(), "sessionID": sid,
                 "part": self._part(sid, "step-start", snapshot="0" * 40)}]

    def answer(self, sid: str, prompt: str, text: str) -> list[Event]:
        inp, out = count_tokens(prompt), count_tokens(text)
        events: list[Event] = []
        if text:
            events.append({"type": "text", "timestamp": _now_ms(), "sessionID": sid,
                           "part": self._part(sid, "text", text=text, time={"start": _now_ms(), "end": _now_ms()})})
        tokens = {"total": inp + out, "input": inp, "output": out, "reasoning": 0, "cache": {"write": 0, "read": 0}}
        events.append({"type": "step_finish", "timestamp": _now_ms(), "sessionID": sid,
                       "part": self._part(sid, "step-finish", reason="stop", snapshot="0" * 40, tokens=tokens,
                                          cost=0)})
        return events

    def error(self, sid: str, prompt: str, status: int) -> tuple[list[Event], str, int]:
        body = json.dumps({"error": {"code": status, "message": f"fake {status}"}})
        return [{"type": "error", "timestamp": _now_ms(), "sessionID": sid,
                 "error": {"name": "APIError", "data": {"message": f"fake {status} {_REASONS[status]}",
                                                        "statusCode": status, "isRetryable": status != 401,
                                                        "responseBody": body}}}], "", 1

    def flood(self, sid: str, n: int) -> Event:
        return {"type": "tool_use", "timestamp": _now_ms(), "sessionID": sid,
                "part": self._part(sid, "tool", tool="bash", callID=f"call_{n}",
                                   state={"status": "running", "input": {"command": "flood"}, "output": "x" * 200})}


PERSONAS: dict[str, type[Persona]] = {"claude": Claude, "codex": Codex, "gemini": Gemini, "opencode": Opencode,
                                      "qwen": Qwen}

# Lines that are not valid UTF-8 and/or not whole JSON, for the invalid_utf8 mode.
GARBAGE_LINES = (
    b"\xff\xfe\xfd not utf-8 at all \xc3\x28\n",
    b'{"type":"assistant","message":{"content":[{"type":"text","text":"half a li\n',
    b'{"type":"fake_noise","text":"bad byte \xe2\x28\xa1 inside a JSON string"}\n',
    b"\x00\x01binary\x80\x81\n",
    b'{"type": "result", "resu\n',
)


# What a prompt injection in the reviewed code can make a model answer, for the hostile=KIND mode.
HOSTILE_ANSWERS = {
    # Once raised RecursionError in findings extraction, which ended the server and every job in it.
    "brackets": lambda: "Here are my findings.\n\n```json\n" + "[" * 100_000 + "\n```\n",
    # Over the runner's 8 MiB line limit once it is one JSON event: was reported as empty_answer.
    "huge": lambda: "A long answer. " + "All work and no play. " * (9 * 1024 * 1024 // 22) + "The end.",
}


# -- cross-examination -----------------------------------------------------------------------------------------
CROSSEXAM_MARKER = "mco-mcp cross-examination"  # mco_mcp.jobs.crossexam_prompt.MARKER
CROSSEXAM_STYLES = ("careful", "confirm", "unsure")
_FINDING_LINE = re.compile(r"^- \*\*(F\d+)\*\* \[[^\]]*\] (?:line (\d+)|no line given), reported by [^:]*: (.*)$")
_CODE_LINE = re.compile(r"^\s*(\d+) \| (.*)$")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("'", '"')


def crossexam_answer(prompt: str, style: str) -> str:
    """Verdicts on the findings of a cross-examination prompt, as an agent of `style` would give them.

    careful: reads the code excerpts the prompt shows. A claim the knowledge file says some code contradicts
    is refuted when that code is in the excerpt (quoting it); else a claim whose line's code is in the excerpt
    is confirmed (quoting that line); else unsure. It knows only what the prompt showed it.
    confirm / unsure: the careless agent: every finding confirmed (or unsure), citing nothing.
    """
    knowledge: dict[str, str] = {}
    path = os.environ.get("FAKE_CLI_XEXAM_KNOWLEDGE")
    if path:
        with open(path, encoding="utf-8") as handle:
            knowledge = json.load(handle).get("contradictions", {})
    code: dict[int, str] = {}
    verdicts = []
    for raw in prompt.splitlines():
        if raw.startswith("## "):
            code = {}
        match = _CODE_LINE.match(raw)
        if match:
            code[int(match.group(1))] = match.group(2)
            continue
        match = _FINDING_LINE.match(raw)
        if not match:
            continue
        fid, line, title = match.group(1), match.group(2), match.group(3).strip()
        if style == "confirm":
            verdicts.append({"id": fid, "verdict": "confirmed", "reason": "Looks right to me."})
            continue
        if style == "unsure":
            verdicts.append({"id": fid, "verdict": "unsure", "reason": "Could not check this."})
            continue
        contradiction = knowledge.get(title)
        if contradiction is not None:
            wanted = _squash(contradiction)  # the line that is exactly it, else the first that holds it
            hit = next((n for n, text in sorted(code.items()) if _squash(text) == wanted), None)
            hit = hit or next((n for n, text in sorted(code.items()) if wanted in _squash(text)), None)
            if hit is not None:
                verdicts.append({"id": fid, "verdict": "refuted",
                                 "reason": f"`{code[hit].strip()}` at line {hit} contradicts the claim."})
                continue
        if line is not None and int(line) in code and code[int(line)].strip():
            verdicts.append({"id": fid, "verdict": "confirmed",
                             "reason": f"`{code[int(line)].strip()}` at line {line} shows it."})
        else:
            verdicts.append({"id": fid, "verdict": "unsure", "reason": "The excerpt does not show the cited line."})
    return "Checked each finding.\n\n```json\n" + json.dumps({"verdicts": verdicts}, indent=1) + "\n```\n"


# -- adjudication ----------------------------------------------------------------------------------------------
ADJUDICATION_MARKER = "mco-mcp adjudication"  # mco_mcp.jobs.adjudication_prompt.MARKER
ADJUDICATION_STYLES = ("knows", "same", "different", "unsure", "garbage")
_PAIR_HEAD = re.compile(r"^## (P\d+): ")
_PAIR_FINDING = re.compile(r"^- ([AB]): \[[^\]]*\] .*?: (.*)$")


def adjudication_answer(prompt: str, style: str) -> str:
    """Verdicts on the pairs of an adjudication prompt. knows: "same" for the pairs of titles the knowledge
    file lists (either order), else "different"; same / different / unsure: that for every pair; garbage:
    prose without any JSON."""
    if style == "garbage":
        return "I looked at the pairs; most of them look like the same thing to me, honestly."
    known: set[frozenset[str]] = set()
    path = os.environ.get("FAKE_CLI_ADJ_KNOWLEDGE")
    if path:
        with open(path, encoding="utf-8") as handle:
            known = {frozenset(pair) for pair in json.load(handle).get("same", [])}
    titles: dict[str, dict[str, str]] = {}
    current = None
    for raw in prompt.splitlines():
        head = _PAIR_HEAD.match(raw)
        if head:
            current = head.group(1)
            titles[current] = {}
            continue
        match = _PAIR_FINDING.match(raw)
        if match and current is not None:
            titles[current][match.group(1)] = match.group(2).strip()
    verdicts = []
    for pid, pair in titles.items():
        if style == "knows":
            verdict = "same" if frozenset((pair.get("A", ""), pair.get("B", ""))) in known else "different"
        else:
            verdict = style
        verdicts.append({"id": pid, "verdict": verdict})
    return "Decided each pair.\n\n```json\n" + json.dumps({"verdicts": verdicts}, indent=1) + "\n```\n"


# -- environment ---------------------------------------------------------------------------------------------
def _env(name: str, key: str) -> str | None:
    value = os.environ.get(f"{key}_{name.upper()}")
    return value if value is not None else os.environ.get(key)


def parse_modes(spec: str | None) -> dict[str, str]:
    """"delay=0.5,ignore_term" -> {"delay": "0.5", "ignore_term": ""}. Raises ValueError on unknown modes."""
    modes: dict[str, str] = {}
    for item in (spec or "").split(","):
        item = item.strip()
        if not item:
            continue
        key, _, value = item.partition("=")
        if key not in KNOWN_MODES:
            raise ValueError(f"unknown FAKE_CLI_MODE {key!r}; known: {', '.join(sorted(KNOWN_MODES))}")
        if key == "error" and value not in {str(s) for s in ERROR_STATUSES}:
            raise ValueError(f"error=N needs N in {ERROR_STATUSES}, got {value!r}")
        if key == "delay":
            float(value)  # a bad number fails here, before any output, not halfway through a run
        if key == "exit":
            int(value)
        if key == "crossexam" and value not in CROSSEXAM_STYLES:
            raise ValueError(f"crossexam=STYLE needs STYLE in {CROSSEXAM_STYLES}, got {value!r}")
        if key == "adjudicate" and value not in ADJUDICATION_STYLES:
            raise ValueError(f"adjudicate=STYLE needs STYLE in {ADJUDICATION_STYLES}, got {value!r}")
        if key == "edit" and any(not v or os.path.isabs(v) or ".." in v.split("/") for v in value.split("+")):
            raise ValueError(f"edit=RELPATH needs a path inside the working directory, got {value!r}")
        if key == "hostile" and value not in HOSTILE_ANSWERS:
            raise ValueError(f"hostile=KIND needs KIND in {sorted(HOSTILE_ANSWERS)}, got {value!r}")
        modes[key] = value
    return modes


def answer_text(name: str, prompt: str) -> str:
    value = _env(name, "FAKE_CLI_ANSWER")
    if value is None:
        return f"fake {name} answer: " + prompt[:60]
    if value.startswith("@"):
        with open(value[1:], encoding="utf-8", errors="replace") as handle:
            return handle.read()
    return value


def edit_file(name: str, relpath: str) -> str:
    """Append this CLI's line to `relpath` in the working directory, as an agent's write tool would."""
    text = _env(name, "FAKE_CLI_EDIT_TEXT")
    path = os.path.join(os.getcwd(), relpath)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"edited by {name}\n" if text is None else text)
    return path


# -- recording -------------------------------------------------------------------------------------------------
def _stdin_kind() -> str:
    try:
        info = os.fstat(0)
    except OSError:
        return "closed"
    if stat.S_ISFIFO(info.st_mode):
        return "pipe"
    if stat.S_ISCHR(info.st_mode):
        if info.st_rdev == os.stat(os.devnull).st_rdev:
            return "devnull"
        return "tty" if os.isatty(0) else "chardev"
    if stat.S_ISSOCK(info.st_mode):
        return "socket"
    if stat.S_ISREG(info.st_mode):
        return "file"
    return "other"


# When this process started: records are read in start order (a pid says nothing of order once pids wrap or
# gain a digit, and the file names sort as text).
_STARTED_NS = time.time_ns()


def write_record(directory: str, name: str, facts: dict[str, Any]) -> None:
    path = os.path.join(directory, f"{name}-{os.getpid()}.json")
    temp = f"{path}.tmp"
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump({**facts, "started_ns": _STARTED_NS}, handle, ensure_ascii=False, indent=1)
    os.replace(temp, path)  # atomic: a reader sees the old or the new record, never half of one


# -- output ----------------------------------------------------------------------------------------------------
def emit(events: list[Event]) -> None:
    out = sys.stdout.buffer
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()  # the real CLIs flush per event; runners watch output as it comes


def sleep_forever() -> None:
    while True:
        time.sleep(3600)


def trickle(persona: Persona, sid: str) -> None:
    """Print forever, slowly: one event every 50 ms (never stalls, never floods)."""
    n = 0
    while True:
        sys.stdout.buffer.write(json.dumps(persona.flood(sid, n)).encode("utf-8") + b"\n")
        sys.stdout.buffer.flush()
        n += 1
        time.sleep(0.05)


def flood(persona: Persona, sid: str) -> None:
    out = sys.stdout.buffer
    n = 0
    while True:
        batch = []
        for _ in range(100):
            batch.append(json.dumps(persona.flood(sid, n)).encode("utf-8") + b"\n")
            n += 1
        try:
            out.write(b"".join(batch))
            out.flush()
        except OSError as exc:
            if exc.errno != errno.EFBIG:
                raise
            # Past the file-size limit: a hostile writer keeps trying rather than give up.


def spawn_grandchild() -> int:
    # Inherits stdout/stderr and the process group, like a tool or MCP server a real CLI leaves behind.
    child = subprocess.Popen([sys.executable, "-I", "-c", "import time; time.sleep(300)", "fake-cli-grandchild"],
                             stdin=subprocess.DEVNULL)
    child.returncode = 0  # never waited for on purpose; silences Popen.__del__'s ResourceWarning
    return child.pid


def spawn_daemon() -> tuple[int, int]:
    """Daemonize a writer the classic way (fork, setsid, fork again) so it leaves the CLI's process group
    and session and is re-parented away from the CLI; it keeps the CLI's stdout (our log) and writes on.
    Returns the writer's pid and session id, told through a pipe by the writer itself."""
    read_end, write_end = os.pipe()
    first = os.fork()
    if first == 0:
        os.close(read_end)
        os.setsid()
        if os.fork() == 0:
            for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
                signal.signal(signum, signal.SIG_IGN)
            os.chdir("/")
            os.write(write_end, f"{os.getpid()} {os.getsid(0)}".encode())
            os.close(write_end)
            line = b"fake-cli-daemon still writing\n"
            while True:
                try:
                    os.write(1, line)
                except OSError:
                    pass
                time.sleep(0.02)
        os._exit(0)
    os.close(write_end)
    os.waitpid(first, 0)
    with os.fdopen(read_end, "rb") as pipe:
        pid, sid = pipe.read().split()
    return int(pid), int(sid)


# -- main ------------------------------------------------------------------------------------------------------
def main(name: str | None = None, argv: list[str] | None = None) -> int:
    name = name or os.path.basename(sys.argv[0])
    args = list(sys.argv[1:] if argv is None else argv)
    if name not in PERSONAS:
        sys.stderr.write(f"fake_cli: unknown CLI name {name!r}; known: {', '.join(NAMES)}\n")
        return 64
    try:
        modes = parse_modes(_env(name, "FAKE_CLI_MODE"))
    except ValueError as exc:
        sys.stderr.write(f"fake_cli: {exc}\n")
        return 64
    try:
        return _run(name, args, modes)
    except BrokenPipeError:
        # The reader went away: point stdout at /dev/null so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def readiness(name: str, args: list[str]) -> int:
    """`claude auth status` / `codex login status`: ready unless FAKE_CLI_READY[_<NAME>]=0. Recorded."""
    ready = _env(name, "FAKE_CLI_READY") != "0"
    record_dir = os.environ.get("FAKE_CLI_RECORD_DIR")
    if record_dir:
        write_record(record_dir, name, {"name": name, "argv": [sys.argv[0], *args], "args": args,
                                        "env": dict(os.environ), "pid": os.getpid(), "pgid": os.getpgid(0),
                                        "sid": os.getsid(0), "stdin_complete": True, "probe": True})
    if name == "claude":
        print(json.dumps({"loggedIn": ready, "authMethod": "api_key" if ready else "none"}))
    else:
        print("Logged in using an API key" if ready else "Not logged in")
    return 0 if ready else 1


def _run(name: str, args: list[str], modes: dict[str, str]) -> int:
    if "ignore_term" in modes:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    persona = PERSONAS[name](args)
    if "--version" in args:  # readiness probes ask for the version without a prompt on stdin
        print(persona.version)
        return 0
    if args[:2] in (["auth", "status"], ["login", "status"]):  # readiness probes (claude, codex)
        return readiness(name, args)
    session = persona.resume or persona.new_session()
    record_dir = os.environ.get("FAKE_CLI_RECORD_DIR")
    stdin_kind = _stdin_kind()
    facts: dict[str, Any] = {
        "name": name, "argv": [sys.argv[0], *args], "args": args, "cwd": os.getcwd(), "env": dict(os.environ),
        "pid": os.getpid(), "ppid": os.getppid(), "pgid": os.getpgid(0), "sid": os.getsid(0),
        "stdin_kind": stdin_kind, "stdin_is_pipe": stdin_kind == "pipe", "stdin_is_devnull": stdin_kind == "devnull",
        "stdin_complete": False, "stdin_length": None, "stdin_sha256": None, "stdin_text": None,
        "modes": modes, "session_id": session, "resumed": persona.resume is not None, "model": persona.model,
        "grandchild_pid": None, "daemon_pid": None,
    }
    if record_dir:  # first record before reading stdin: a runner that never closes stdin is visible too
        write_record(record_dir, name, facts)

    rejected = persona.usage_error()
    if rejected:
        sys.stderr.write(rejected[0])
        return rejected[1]

    data = sys.stdin.buffer.read() if sys.stdin is not None else b""
    prompt = data.decode("utf-8", errors="replace")
    if "edit" in modes:  # the edit lands before any output: a run stopped later has made it already
        facts["edited"] = [edit_file(name, relpath) for relpath in modes["edit"].split("+")]
    if "grandchild" in modes:
        facts["grandchild_pid"] = spawn_grandchild()
    if "daemon" in modes:
        facts["daemon_pid"], facts["daemon_sid"] = spawn_daemon()
    facts.update(stdin_complete=True, stdin_length=len(data), stdin_sha256=hashlib.sha256(data).hexdigest(),
                 stdin_text=prompt)
    if record_dir:
        write_record(record_dir, name, facts)

    if "resume_fails" in modes and persona.resume is not None:
        sys.stderr.write(f"No conversation found with session ID: {persona.resume}\n")
        return 1

    if "crash" in modes:
        sys.stderr.write("Segmentation fault?! \x1b[31mgarbage\x1b[0m \ufffd\nInternal error: fake crash\n")
        return 2

    status = int(modes["error"]) if "error" in modes else None
    emit(persona.preamble(session, prompt, for_error=status is not None))
    if "stall" in modes:
        sleep_forever()
    if "delay" in modes:
        time.sleep(float(modes["delay"]))
    if "invalid_utf8" in modes:
        for line in GARBAGE_LINES:
            sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()
    if "flood" in modes:
        flood(persona, session)
    if "trickle" in modes:
        trickle(persona, session)
    if status is not None:
        events, stderr, code = persona.error(session, prompt, status)
        emit(events)
        sys.stderr.write(stderr)
        return code
    if "hostile" in modes:
        text = HOSTILE_ANSWERS[modes["hostile"]]()
    elif "crossexam" in modes and CROSSEXAM_MARKER in prompt:
        text = crossexam_answer(prompt, modes["crossexam"])
    elif "adjudicate" in modes and ADJUDICATION_MARKER in prompt:
        text = adjudication_answer(prompt, modes["adjudicate"])
    else:
        text = "" if "empty" in modes else answer_text(name, prompt)
    emit(persona.answer(session, prompt, text))
    return int(modes.get("exit", "0"))


if __name__ == "__main__":
    sys.exit(main())
