"""Provider manifests: one TOML file per CLI, validated into frozen models.

Built-in manifests ship inside the package (`mco_mcp/manifests/`); a TOML file in the user manifest
directory adds a CLI or, under the same name, replaces a built-in one. A broken user manifest is
reported (see `Registry.errors`) and never takes the built-ins down with it.

argv is built from `args`, where the items "{...model}", "{...access}" and "{...resume}" splice in the
model, access-level and resume argv (appended at the end, in that order, when not placed), and
"{repo}", "{model}", "{session_id}", "{job_id}" are replaced inside items. The prompt never goes in argv.

An access level may also switch off, by name, the servers a CLI's own config files declare
(`[access.NAME.switch_off]`), for a CLI that has no switch for "none of the user's servers": codex, whose
`-c mcp_servers={}` merges into the user's table and changes nothing. See `SwitchOffSpec`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mco_mcp.adapters.parsers import PARSERS
from mco_mcp.errors import ManifestError
from mco_mcp.kinds import Access
from mco_mcp.safefiles import read_regular_file

_NAME_RE = re.compile(r"[a-z][a-z0-9_-]{0,31}")  # fullmatch: "$" would let a final newline through
_ENV_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A manifest must not smuggle a shell in: the binary is exec'd directly with an argv list.
_SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "fish", "csh", "tcsh", "cmd", "cmd.exe", "powershell", "pwsh"})
_SPLICES = ("{...model}", "{...access}", "{...resume}")
MAX_MANIFEST_BYTES = 256 * 1024


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# A config file read for switch_off larger than this is not a config file: ignored (the CLI reads it too).
_MAX_CONFIG_BYTES = 1 << 20
_VAR_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class SwitchOffSpec(_Frozen):
    """Switch off every entry of `table` found in the CLI's own config `files`, by name.

    `files`: TOML files; "${VAR}" / "${VAR:-default}" are taken from the CLI's environment, a leading "~" is
    the home directory, "{repo}" the repository. A missing or unreadable file has nothing to switch off.
    `args`: added once when any entry was found; "{entries}" becomes a TOML inline table with one item per
    entry name, `{enabled = false, <transport>}`: the transport keeps the item valid when the CLI does not
    load that file after all (codex rejects a server table without one, and ignores an untrusted project's
    file), and matches the entry's own (`url` or `command`) so that it merges with it when it does.
    """

    files: tuple[str, ...]
    table: str
    args: tuple[str, ...]

    def entries(self, env: Mapping[str, str], repo: str) -> dict[str, str]:
        """name -> "url" | "command" for every entry the files declare (later files win)."""
        found: dict[str, str] = {}
        for pattern in self.files:
            data = _read_toml(_expand_path(pattern, env, repo))
            for key in self.table.split("."):
                data = data.get(key) if isinstance(data, dict) else None
            if isinstance(data, dict):
                for name, entry in data.items():
                    found[name] = "url" if isinstance(entry, dict) and "url" in entry else "command"
        return found

    def build(self, env: Mapping[str, str], repo: str) -> list[str]:
        entries = self.entries(env, repo)
        if not entries:
            return []
        items = []
        for name, transport in sorted(entries.items()):
            # A JSON string is a valid TOML basic string: any name survives quoting.
            value = '"http://127.0.0.1:9/"' if transport == "url" else '"false"'
            items.append(f"{json.dumps(name)} = {{enabled = false, {transport} = {value}}}")
        table = "{" + ", ".join(items) + "}"
        return [arg.replace("{entries}", table) for arg in self.args]


def _expand_path(pattern: str, env: Mapping[str, str], repo: str) -> Path:
    text = _VAR_RE.sub(lambda m: env.get(m.group(1)) or (m.group(2) or ""), pattern.replace("{repo}", repo))
    if text.startswith("~"):
        text = (env.get("HOME") or str(Path.home())) + text[1:]
    return Path(text)


def _read_toml(path: Path) -> object:
    try:
        # The repository's own .codex/config.toml is the reviewed code's: a FIFO there must not block
        # the event loop (a plain open() of a FIFO waits for a writer), so the same reader as manifests.
        raw = read_regular_file(path, _MAX_CONFIG_BYTES, follow_symlinks=True)
        return tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None  # the CLI refuses a broken config itself: nothing of it gets loaded


class AccessSpec(_Frozen):
    args: tuple[str, ...] = ()
    env: dict[str, str] = Field(default_factory=dict)
    switch_off: tuple[SwitchOffSpec, ...] = ()


class ModelSpec(_Frozen):
    args: tuple[str, ...]
    default: str | None = None


class ResumeSpec(_Frozen):
    args: tuple[str, ...]


class EnvSpec(_Frozen):
    strip: tuple[str, ...] = ()
    set: dict[str, str] = Field(default_factory=dict)

    @field_validator("strip")
    @classmethod
    def _names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for name in value:
            if not _ENV_NAME_RE.fullmatch(name):
                raise ValueError(f"not an environment variable name: {name!r}")
        return value


class ProbeSpec(_Frozen):
    version: tuple[str, ...] | None = ("--version",)
    # Exit 0 means ready. None: the CLI has no trustworthy readiness command (configured_check decides).
    ready: tuple[str, ...] | None = None
    not_ready_hint: str | None = None
    # A check of the CLI's own config and environment (no model call), one of cli_config.CHECKS. With
    # `ready`: asked when the command says no (an API-key provider needs no login). Without: the verdict.
    # Neither: "unknown".
    configured_check: Literal["codex-model-provider", "gemini-auth", "qwen-auth", "opencode-config"] | None = None


class Manifest(_Frozen):
    name: str
    description: str = ""
    binary: str
    parser: str
    prompt: Literal["stdin"] = "stdin"
    args: tuple[str, ...]
    model: ModelSpec | None = None
    access: dict[Access, AccessSpec]
    resume: ResumeSpec | None = None
    env: EnvSpec = EnvSpec()
    probes: ProbeSpec = ProbeSpec()
    # clientInfo.name values of MCP hosts that are this CLI (so a host is not asked its own opinion).
    client_names: tuple[str, ...] = ()
    default: bool = Field(True, description="Part of the default provider set when installed and ready")
    install: str | None = Field(None, description="How a person installs this CLI (shown by `mco-mcp doctor`)")

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME_RE.fullmatch(value):
            raise ValueError("must be lowercase letters, digits, '-' or '_' (at most 32)")
        return value

    @field_validator("binary")
    @classmethod
    def _binary(cls, value: str) -> str:
        if not value or Path(value).name in _SHELLS:
            raise ValueError(f"{value!r} is a shell; manifests run the CLI itself, argv only")
        if "/" in value and not value.startswith("/"):
            # Resolved here, but run with the reviewed repository as its working directory: its own file.
            raise ValueError(f"{value!r} is a relative path; give a command name found on PATH or an absolute path")
        if any(ord(ch) < 32 for ch in value):
            raise ValueError(f"{value!r} contains control characters")
        return value

    @field_validator("parser")
    @classmethod
    def _parser(cls, value: str) -> str:
        if value not in PARSERS:
            raise ValueError(f"unknown parser {value!r}; expected one of {sorted(PARSERS)}")
        return value

    @field_validator("access")
    @classmethod
    def _access(cls, value: dict[Access, AccessSpec]) -> dict[Access, AccessSpec]:
        if "read-only" not in value:
            raise ValueError("must define 'read-only' (reviews always run read-only)")
        return value

    def build_argv(
        self,
        *,
        binary_path: str,
        repo: str,
        access: Access,
        job_id: str,
        model: str | None = None,
        session_id: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> list[str]:
        """The exact argv to exec; the same list is what gets recorded.

        `env`: the CLI's environment, where `switch_off` finds its config files (default: ours).
        """
        model = model or (self.model.default if self.model else None)
        spec = self.access[access]
        values = {"{repo}": repo, "{model}": model or "", "{session_id}": session_id or "", "{job_id}": job_id}
        # Filled now, so that a placeholder inside a config's server name stays that name, not our value.
        switched_off = [arg for item in spec.switch_off for arg in item.build(os.environ if env is None else env, repo)]
        splices: dict[str, list[str]] = {
            "{...model}": [_fill(a, values) for a in self.model.args] if (self.model and model) else [],
            "{...access}": [*(_fill(a, values) for a in spec.args), *switched_off],
            "{...resume}": [_fill(a, values) for a in self.resume.args] if (self.resume and session_id) else [],
        }
        items: list[str] = []
        for item in self.args:
            items.extend(splices.pop(item) if item in splices else [_fill(item, values)])
        for leftover in _SPLICES:
            items.extend(splices.get(leftover, ()))
        return [binary_path, *items]


def _fill(item: str, values: Mapping[str, str]) -> str:
    for key, value in values.items():
        item = item.replace(key, value)
    return item


def parse_manifest(path: Path, text: str | None = None) -> Manifest:
    """Load and validate one manifest file; errors name the file and the key."""
    try:
        if text is None:
            # A FIFO or /dev/zero named x.toml must not hang or exhaust the server: regular files, capped.
            text = read_regular_file(path, MAX_MANIFEST_BYTES, follow_symlinks=True).decode("utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(str(path), "-", f"cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(str(path), "-", f"invalid TOML: {exc}") from exc
    data.setdefault("name", path.stem)
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "-"
        raise ManifestError(str(path), key, first["msg"]) from exc


def builtin_manifest_files() -> list[Path]:
    root = resources.files("mco_mcp") / "manifests"
    return sorted(Path(str(entry)) for entry in root.iterdir() if entry.name.endswith(".toml"))


def find_binary(manifest: Manifest, path: str | None) -> str | None:
    """The absolute path of the manifest's binary, or None: what `providers()` reports is what runs.

    Only absolute PATH entries count. A relative entry (".", "bin", an empty one) would be resolved in the
    server's directory here but in the reviewed repository when the CLI starts there, running a file of
    that repository instead.
    """
    if "/" in manifest.binary:  # the manifest allows only absolute paths here
        return manifest.binary if os.path.isabs(manifest.binary) and shutil.which(manifest.binary) else None
    absolute = os.pathsep.join(entry for entry in (path or "").split(os.pathsep) if os.path.isabs(entry))
    found = shutil.which(manifest.binary, path=absolute) if absolute else None
    return os.path.abspath(found) if found else None


@dataclass
class Registry:
    """The manifests in force: built-ins overridden by user files, plus the user files that failed."""

    manifests: dict[str, Manifest] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)
    errors: list[ManifestError] = field(default_factory=list)
    # Built-ins a user manifest replaced: name -> what a person should know (shown by providers/doctor).
    overrides: dict[str, str] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return list(self.manifests)



def load_registry(user_dir: Path | None, builtin_files: Iterable[Path] | None = None) -> Registry:
    registry = Registry()
    for path in builtin_files if builtin_files is not None else builtin_manifest_files():
        manifest = parse_manifest(path)  # a broken built-in is our bug: fail loudly
        registry.manifests[manifest.name] = manifest
        registry.sources[manifest.name] = path
    if user_dir is not None and user_dir.is_dir():
        for path in sorted(user_dir.glob("*.toml")):
            try:
                manifest = parse_manifest(path)
            except ManifestError as exc:
                registry.errors.append(exc)
                continue
            builtin = registry.manifests.get(manifest.name)
            if builtin is not None and manifest.name not in registry.overrides:
                registry.overrides[manifest.name] = _override_note(path, builtin, manifest)
            registry.manifests[manifest.name] = manifest
            registry.sources[manifest.name] = path
    return registry


def _override_note(path: Path, builtin: Manifest, user: Manifest) -> str:
    """Say that a user manifest replaces a built-in, and loudly when it changes what read-only means."""
    note = f"the user manifest {path} replaces the built-in {builtin.name}"
    if user.access["read-only"] != builtin.access["read-only"] or user.args != builtin.args or user.env != builtin.env:
        note += (
            "; WARNING: its read-only arguments or environment differ from the built-in's "
            f"(read-only args {list(user.access['read-only'].args)} instead of {list(builtin.access['read-only'].args)}): "
            "reviews are only as read-only as that manifest makes them"
        )
    return note
