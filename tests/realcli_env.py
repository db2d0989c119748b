# Surprising behaviour of the real CLIs, observed with the pinned versions (claude 2.1.197,
# codex 0.169.0, gemini 0.61.0, qwen 0.15.10, opencode 1.18.33) against tests/fake_model_api.py,
# 2026-11-25, as root, Node 20 -- on top of docs/provider-clis.md:
#
# Re-checked 2026-12-02 with claude 2.1.332, codex 0.171.0, qwen 0.24.4 (gemini, opencode unchanged): all of
# the below still holds; new: qwen 0.24 exits 1 with result subtype error_during_execution on a model API
# error and emits stream_event (goal_state) lines; claude 2.1.332 connects --mcp-config servers in the
# background in -p mode (an entry needs "alwaysLoad": true to be there on the first turn) and in plan mode
# refuses MCP tools not annotated read-only.
#
# all Node CLIs (gemini, qwen)
# - Large stdout through a pipe is silently truncated: they exit before the write drains
#   (gemini -o stream-json echoes the prompt, so a 300 KB prompt lost the answer and result
#   lines in 6 of 8 runs; qwen cut its result line in 2 of 6 runs of a 270 KB answer), exit 0.
#   With stdout redirected to a file every run was complete. claude, codex, opencode: no loss.
# qwen
# - After every answer a background "managed auto-memory" agent sends the whole conversation to
#   the model again (a 2nd streamed request, with tools, prompt "Managed memory directory: ...").
#   Off here via settings memory.enableManagedAutoMemory=false (default true).
# - A prompt read from stdin reaches the model with "\n\n" appended (the others send it as is).
# - model.generationConfig.maxRetries=0 does not stop 5xx retries: 7 attempts over ~88 s, and
#   Retry-After is ignored; the run still ends "successfully" (exit 0, is_error false,
#   result "[API Error: 500 ...]"). A 401 is not retried.
# - A stream dropped mid-way ends with exit 0, is_error false and result = the partial text +
#   "[API Error: terminated (cause: other side closed)]".
# opencode
# - At every start it "installs" @opencode-ai/plugin into each config dir with an embedded npm
#   (a fetch from registry.npmjs.org) unless node_modules/ exists and package-lock.json lists the
#   dependency; cli_env pre-seeds both, so the run stays offline.
# - Without `rg` on PATH it resolves github.com at startup (downloading ripgrep). The PyPI wheel
#   `ripgrep==14.1.0` provides rg; ripgrep 15.x has no manylinux x86_64 wheel (the sdist needs
#   cargo and crates.io). With rg on PATH the only connections (strace) are to 127.0.0.1.
# - 5xx/429 are retried with backoff 2,4,8,16,32 s (6 attempts, ~76 s), but Retry-After is
#   honoured (Retry-After: 0 -> ~5 s in all); a stream dropped mid-way is retried and succeeds.
# - ~3.5 s per run with a fresh home (creates its SQLite DB each time); noisier under load.
# - `--agent plan` refuses the write tool but runs a bash tool call that writes a file.
# claude
# - When a stream is dropped mid-way it re-sends the same turn as a non-streamed request
#   (stream=false), even with CLAUDE_CODE_MAX_RETRIES=0, and answers from that.
# - --disallowedTools is variadic: `--disallowedTools Edit Write "prompt"` swallows the prompt
#   ('Permission deny rule "prompt" matches no known tool'); one space- or comma-separated
#   argument works as well as separate items.
# - `-p --permission-mode acceptEdits` also ran a Bash tool call `printf ... > file`.
# - The user turn is [<system-reminder> text block, prompt block] and the last element of
#   `messages` is {"role": "system"}.
# gemini
# - An answer that repeats itself ("X X X X ...") trips its loop detection: it sends one more
#   request (a fresh single-turn conversation asking to "take a step back"); exit 0.
# - The user turn is [<session_context> part, prompt part].
# - "Ripgrep is not available" on stderr even with rg on PATH (it looks for its own copy).
# - Exit code = HTTP status mod 256 also for 429 (173). --approval-mode plan offers write_file
#   but refuses a write into the repo (exit 0).
# - Settings under a world-writable parent: not reproduced as root (settings.json 0666, .gemini
#   0777, home 0777/1777 all loaded); the group/other-writable check in the bundle concerns
#   root-owned system policy dirs. Homes are 0700 here anyway.
# codex
# - With an unknown model it offers exec_command (a `cmd` string), write_stdin, ..., but no
#   apply_patch or shell tool; `-s read-only` blocks `printf > file` (the command fails, exit 0).
# - A stream dropped mid-way: "stream disconnected before completion", turn.failed, exit 1.
# - It creates an empty /tmp/codex-daemon-<uid> (0700) when running a command, ignoring TMPDIR.
# install
# - npm 11.19 here does run install scripts: opencode-ai's postinstall runs the binary, which
#   created ~/.config/opencode, ~/.local/share/opencode, ... ; scripts/install_clis.py gives
#   install scripts throwaway XDG dirs.

"""Isolated homes and environments for running the real provider CLIs offline.

:func:`cli_env` returns the variables (to add to a sanitized base env, see
:func:`base_env`) that point one real CLI at the fake model API
(``tests/fake_model_api.py``) under its own path prefix (``/<name>``), with its whole
configuration and state in ``home``: nothing is read from or written to the real ``~``.

See the comment above for what the real CLIs do that the provider doc does not say.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["CAPTURED", "CLI_NAMES", "FAKE_MODEL", "base_env", "capture_transcript", "cli_env", "opencode_config",
           "prepare_home"]

CLI_NAMES = ("claude", "codex", "gemini", "qwen", "opencode")

#: The model name each CLI is configured to ask for by default.
FAKE_MODEL = "fake-model"

#: The only variables taken over from the caller's environment (an allowlist): no provider
#: keys or base URLs, none of the markers the CLIs set for their children (CLAUDECODE, ...),
#: no HOME, TMPDIR or XDG dirs.
_KEEP = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TERM", "TZ", "SHELL", "USER", "LOGNAME", "SSL_CERT_FILE",
         "SSL_CERT_DIR", "NODE_EXTRA_CA_CERTS", "SYSTEMROOT")


#: Real CLI output kept as parser fixtures (tests/test_parsers.py reads them).
CAPTURED = Path(__file__).parent / "transcripts" / "captured"


def capture_transcript(name: str, stdout_log: Path, kind: str = "run") -> None:
    """With MCO_MCP_REFRESH_TRANSCRIPTS=1, the real CLI's output replaces the parser fixture
    tests/transcripts/captured/<cli>-<kind>.out: a change in a CLI's format then fails a parser test
    instead of going unnoticed. ``kind``: "run" (a plain answer, tests/test_real_clis_e2e.py) or "401"
    (an authentication failure, tests/test_real_clis_smoke.py)."""
    if os.environ.get("MCO_MCP_REFRESH_TRANSCRIPTS"):
        CAPTURED.mkdir(exist_ok=True)
        (CAPTURED / f"{name}-{kind}.out").write_bytes(Path(stdout_log).read_bytes())


def base_env(path: str | None = None, *, source: dict[str, str] | None = None) -> dict[str, str]:
    """A sanitized base environment: only harmless variables of ``source`` (default os.environ).

    ``path``: the PATH to use (e.g. the CLI cache's bin dirs + the usual PATH).
    Provider keys, base URLs, the CLIs' own markers (``CLAUDECODE``, ``GEMINI_CLI``...),
    HOME and XDG dirs are never inherited; :func:`cli_env` provides what is needed.
    """
    src = os.environ if source is None else source
    env = {k: v for k, v in src.items() if k in _KEEP}
    if path is not None:
        env["PATH"] = path
    env.setdefault("LANG", "C.UTF-8")
    env.setdefault("TERM", "dumb")
    return env


def _world_writable(p: Path) -> bool:
    try:
        return bool(p.stat().st_mode & stat.S_IWOTH)
    except OSError:
        return False


def prepare_home(home: Path) -> Path:
    """Create the isolated home ``home`` (mode 0700) and return the directory to use.

    A settings file under a world-writable directory (like /tmp) is refused by gemini
    per the provider doc, so the home is always a private 0700 directory. An existing
    world-writable ``home`` (e.g. ``/tmp`` itself) is never chmod-ed: a private 0700
    directory is created inside it and returned instead.
    """
    home = Path(home)
    if home.is_dir() and _world_writable(home):
        return Path(tempfile.mkdtemp(prefix="cli-home-", dir=home))  # mkdtemp makes it 0700
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    return home


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(text, encoding="utf-8")


def opencode_config(base_url: str, model: str = "m") -> dict[str, Any]:
    """The opencode config (``OPENCODE_CONFIG_CONTENT``) for provider ``fake`` at ``base_url``.

    ``base_url`` is the OpenAI-compatible root, e.g. ``http://127.0.0.1:PORT/opencode/v1``.
    No ``permission`` block: add one before dumping when read-only is wanted, e.g.
    ``{"edit": "deny", "bash": "deny", "webfetch": "deny"}``.
    """
    return {
        "$schema": "https://opencode.ai/config.json",
        "provider": {
            "fake": {
                "npm": "@ai-sdk/openai-compatible",
                "name": "fake",
                "options": {"baseURL": base_url, "apiKey": "fake-key"},
                "models": {model: {"name": model}},
            }
        },
        "model": f"fake/{model}",
        "small_model": f"fake/{model}",
        "autoupdate": False,
        "share": "disabled",
    }


def cli_env(name: str, base_url: str, home: Path) -> dict[str, str]:
    """Environment variables pointing CLI ``name`` at ``base_url`` + ``/<name>``, state in ``home``.

    ``base_url`` is the fake server's root URL (``FakeModelAPI.url``). Config files are
    written into ``home`` (created 0700, see :func:`prepare_home`). The result is merged over
    :func:`base_env`; it sets HOME, TMPDIR and the XDG dirs too.
    """
    if name not in CLI_NAMES:
        raise ValueError(f"unknown CLI {name!r}; expected one of {CLI_NAMES}")
    home = prepare_home(Path(home))
    root = base_url.rstrip("/") + "/" + name
    tmp = home / "tmp"
    tmp.mkdir(exist_ok=True, mode=0o700)
    env: dict[str, str] = {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "NO_COLOR": "1",
        "DO_NOT_TRACK": "1",
        "NO_UPDATE_NOTIFIER": "1",
        "NPM_CONFIG_UPDATE_NOTIFIER": "false",
        "NO_PROXY": "127.0.0.1,localhost,::1",
        "no_proxy": "127.0.0.1,localhost,::1",
    }

    if name == "claude":
        env.update({
            "ANTHROPIC_BASE_URL": root,
            "ANTHROPIC_API_KEY": "fake-key",
            "CLAUDE_CONFIG_DIR": str(home / ".claude"),
            "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
            "CLAUDE_CODE_MAX_RETRIES": "0",
            "DISABLE_AUTOUPDATER": "1",
            "DISABLE_TELEMETRY": "1",
            "DISABLE_ERROR_REPORTING": "1",
            "DISABLE_BUG_COMMAND": "1",
        })
        (home / ".claude").mkdir(exist_ok=True, mode=0o700)

    elif name == "codex":
        codex_home = home / ".codex"
        _write(codex_home / "config.toml", "\n".join([
            f'model = "{FAKE_MODEL}"',
            'model_provider = "fake"',
            "check_for_update_on_startup = false",
            "",
            "[analytics]",
            "enabled = false",
            "",
            "[features]",
            "plugins = false",
            "apps = false",
            "",
            "[model_providers.fake]",
            'name = "fake"',
            f"base_url = {json.dumps(root + '/v1')}",
            'env_key = "FAKE_CODEX_API_KEY"',
            'wire_api = "responses"',
            "request_max_retries = 0",
            "stream_max_retries = 0",
            "supports_websockets = false",
            "",
        ]))
        env.update({"CODEX_HOME": str(codex_home), "FAKE_CODEX_API_KEY": "fake-key"})

    elif name == "gemini":
        settings = {
            "security": {"auth": {"selectedType": "gemini-api-key"}, "folderTrust": {"enabled": False}},
            "privacy": {"usageStatisticsEnabled": False},
            "telemetry": {"enabled": False},
            "general": {"enableAutoUpdate": False, "enableAutoUpdateNotification": False, "maxAttempts": 1},
        }
        _write(home / ".gemini" / "settings.json", json.dumps(settings, indent=2))
        env.update({
            "GEMINI_API_KEY": "fake-key",
            "GOOGLE_GEMINI_BASE_URL": root,
            "GEMINI_CLI_HOME": str(home),
            "GEMINI_CLI_NO_RELAUNCH": "true",
        })

    elif name == "qwen":
        qwen_home = home / ".qwen"
        settings = {
            "privacy": {"usageStatisticsEnabled": False},
            "telemetry": {"enabled": False},
            "general": {"enableAutoUpdate": False},
            "security": {"auth": {"selectedType": "openai"}},
            "model": {"generationConfig": {"maxRetries": 0}},
            # Else, after every answer, a background "managed auto-memory" agent sends the
            # conversation to the model again (a second request, with tools).
            "memory": {"enableManagedAutoMemory": False},
        }
        _write(qwen_home / "settings.json", json.dumps(settings, indent=2))
        env.update({
            "QWEN_HOME": str(qwen_home),
            "OPENAI_API_KEY": "fake-key",
            "OPENAI_BASE_URL": root + "/v1",
            "OPENAI_MODEL": FAKE_MODEL,
            "QWEN_CODE_NO_RELAUNCH": "true",
        })

    elif name == "opencode":
        # At every start opencode "installs" @opencode-ai/plugin into each config dir with
        # an embedded npm (a registry fetch) unless node_modules exists and package-lock.json
        # already lists the dependency: pre-seed both so it stays offline.
        config_dir = home / ".config" / "opencode"
        (config_dir / "node_modules").mkdir(parents=True, exist_ok=True)
        lock = {"name": "opencode-config", "lockfileVersion": 3, "requires": True,
                "packages": {"": {"dependencies": {"@opencode-ai/plugin": "*"}}}}
        _write(config_dir / "package-lock.json", json.dumps(lock, indent=2))
        _write(config_dir / "package.json", json.dumps({"dependencies": {"@opencode-ai/plugin": "*"}}, indent=2))
        env.update({
            "OPENCODE_CONFIG_CONTENT": json.dumps(opencode_config(root + "/v1")),
            "OPENCODE_DISABLE_MODELS_FETCH": "1",
            "OPENCODE_DISABLE_AUTOUPDATE": "1",
            "OPENCODE_DISABLE_LSP_DOWNLOAD": "1",
            "OPENCODE_DISABLE_DEFAULT_PLUGINS": "1",
            "OPENCODE_DISABLE_SHARE": "1",
            "OPENCODE_DISABLE_CLAUDE_CODE": "1",
            "OPENCODE_DISABLE_FFF": "1",
        })

    return env
