#!/usr/bin/env python3
"""Install the pinned provider CLIs into a cache outside the checkout (stdlib only).

The pins live in ``scripts/cli-versions.json`` (``{"npm-package": "version"}``).
Each package is installed on its own with::

    npm install --prefix <cache>/<sanitized-name>@<version> <package>@<version>

where ``<cache>`` is ``$MCO_MCP_CLI_CACHE`` or ``~/.cache/mco-mcp/clis`` and the
sanitized name drops the leading ``@`` of a scope and turns ``/`` into ``__``
(``@openai/codex`` -> ``openai__codex@0.169.0``). The binaries end up in
``<cache>/<sanitized-name>@<version>/node_modules/.bin``.

A marker file (``.mco-mcp-installed``) is written into the prefix only after
``npm install`` succeeded, so an interrupted install is wiped and redone on the
next run; installed pins are skipped. Concurrent runs of this script are
serialised per package with a lock file.

Usage::

    python scripts/install_clis.py              # install what is missing (2 at a time)
    python scripts/install_clis.py --print-path # os.pathsep-joined .bin dirs (for PATH)
    python scripts/install_clis.py --check      # run each binary's --version (bounded)
    python scripts/install_clis.py --bump       # rewrite pins to `npm view <pkg> version`

Against whatever is newest on npm, without touching the pins (``--latest``, or ``MCO_MCP_CLIS=latest`` in
the environment, which the real-CLI tests' fixture passes on to ``--print-path``): the latest version of
each pinned package is resolved with ``npm view``, recorded in ``<cache>/latest.json`` and installed into
its own versioned prefix next to the pinned ones; ``--print-path`` / ``--check`` then read that record::

    MCO_MCP_CLIS=latest python scripts/install_clis.py && \
    for f in tests/test_real_*.py; do MCO_MCP_CLIS=latest pytest -m realcli "$f" || break; done
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:  # POSIX only; on other systems concurrent runs are simply not serialised.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
PINS_FILE = HERE / "cli-versions.json"
MARKER = ".mco-mcp-installed"
NPM_TIMEOUT_S = 1800
VIEW_TIMEOUT_S = 120
CHECK_TIMEOUT_S = 60

# The short binary name of each pinned package (fallback when package.json has no "bin").
BINARIES = {
    "@anthropic-ai/claude-code": "claude",
    "@openai/codex": "codex",
    "@google/gemini-cli": "gemini",
    "@qwen-code/qwen-code": "qwen",
    "opencode-ai": "opencode",
}


def cache_root() -> Path:
    env = os.environ.get("MCO_MCP_CLI_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "mco-mcp" / "clis"


def sanitize(package: str) -> str:
    return package.lstrip("@").replace("/", "__")


def prefix_dir(package: str, version: str, root: Path | None = None) -> Path:
    return (root or cache_root()) / f"{sanitize(package)}@{version}"


def bin_dir(package: str, version: str, root: Path | None = None) -> Path:
    return prefix_dir(package, version, root) / "node_modules" / ".bin"


LATEST_RECORD = "latest.json"  # in the cache root: the versions `--latest` resolved and installed


def latest_wanted(flag: bool = False) -> bool:
    return flag or os.environ.get("MCO_MCP_CLIS", "").strip().lower() == "latest"


def npm_latest(package: str) -> str:
    proc = subprocess.run(
        [_npm(), "view", package, "version"], stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=VIEW_TIMEOUT_S, check=False,
    )
    latest = proc.stdout.strip().splitlines()[-1].strip() if proc.stdout.strip() else ""
    if proc.returncode != 0 or not latest:
        raise SystemExit(f"npm view {package} version failed: {proc.stderr.strip()}")
    return latest


def resolve_latest(pins: dict[str, str], root: Path) -> dict[str, str]:
    """The latest npm version of every pinned package, recorded in <root>/latest.json for --print-path."""
    latest = {package: npm_latest(package) for package in pins}
    root.mkdir(parents=True, exist_ok=True)
    (root / LATEST_RECORD).write_text(json.dumps(latest, indent=2) + "\n", encoding="utf-8")
    for package, version in latest.items():
        note = "" if version == pins[package] else f" (pinned: {pins[package]})"
        print(f"latest {package}@{version}{note}", flush=True)
    return latest


def recorded_latest(root: Path) -> dict[str, str]:
    path = root / LATEST_RECORD
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run `MCO_MCP_CLIS=latest python {Path(__file__).name}` first")
    return load_pins(path)


def load_pins(path: Path = PINS_FILE) -> dict[str, str]:
    pins = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(pins, dict) or not all(isinstance(v, str) for v in pins.values()):
        raise SystemExit(f"{path}: expected an object of package -> version strings")
    return pins


def is_installed(package: str, version: str, root: Path | None = None) -> bool:
    return (prefix_dir(package, version, root) / MARKER).is_file()


def binary_name(package: str, version: str, root: Path | None = None) -> str:
    """The command name the package puts into node_modules/.bin."""
    pkg_json = prefix_dir(package, version, root) / "node_modules" / package / "package.json"
    with contextlib.suppress(OSError, ValueError):
        bins = json.loads(pkg_json.read_text(encoding="utf-8")).get("bin")
        if isinstance(bins, dict) and bins:
            want = BINARIES.get(package)
            return want if want in bins else next(iter(bins))
        if isinstance(bins, str):
            return package.rsplit("/", 1)[-1]
    return BINARIES.get(package, package.rsplit("/", 1)[-1])


def _npm() -> str:
    npm = shutil.which("npm")
    if not npm:
        raise SystemExit("npm not found on PATH")
    return npm


@contextlib.contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        if fcntl is not None:
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh, fcntl.LOCK_UN)


def install_one(package: str, version: str, root: Path, *, force: bool = False) -> tuple[str, str, float]:
    """Install one pin; returns (package, status, seconds). Raises on failure."""
    prefix = prefix_dir(package, version, root)
    with _locked(root / f".{prefix.name}.lock"):
        if is_installed(package, version, root) and not force:
            return package, "already installed", 0.0
        if prefix.exists():  # a half install (no marker) or --force: start clean
            shutil.rmtree(prefix)
        prefix.mkdir(parents=True)
        cmd = [
            _npm(), "install", "--prefix", str(prefix), f"{package}@{version}",
            "--no-audit", "--no-fund", "--loglevel=error",
        ]
        started = time.monotonic()
        log = prefix.parent / f".{prefix.name}.log"
        # npm itself keeps using ~/.npmrc and ~/.npm; the packages' install scripts (opencode's
        # postinstall runs the binary) get throwaway XDG dirs so they leave nothing under ~.
        xdg = prefix / ".install-xdg"
        env = dict(os.environ)
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
            env[var] = str(xdg / sub)
        with open(log, "w", encoding="utf-8") as out:
            try:
                proc = subprocess.run(
                    cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                    timeout=NPM_TIMEOUT_S, check=False, env=env,
                )
            except subprocess.TimeoutExpired:
                raise RuntimeError(f"{package}@{version}: npm install timed out; log: {log}") from None
        took = time.monotonic() - started
        if proc.returncode != 0:
            tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"{package}@{version}: npm install exited {proc.returncode} ({log}):\n{tail}")
        shutil.rmtree(xdg, ignore_errors=True)
        name = binary_name(package, version, root)
        if not (bin_dir(package, version, root) / name).exists():
            raise RuntimeError(f"{package}@{version}: installed but {bin_dir(package, version, root)}/{name} is missing")
        (prefix / MARKER).write_text(
            json.dumps({
                "package": package, "version": version, "binary": name,
                "installed_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "seconds": round(took, 1),
            }) + "\n",
            encoding="utf-8",
        )
        log.unlink(missing_ok=True)
        return package, "installed", took


def select(pins: dict[str, str], only: list[str] | None) -> dict[str, str]:
    if not only:
        return pins
    chosen = {p: v for p, v in pins.items() if p in only or BINARIES.get(p) in only}
    unknown = [o for o in only if o not in pins and o not in BINARIES.values()]
    if unknown:
        raise SystemExit(f"unknown CLI(s): {', '.join(unknown)}")
    return chosen


def cmd_install(pins: dict[str, str], jobs: int, force: bool) -> int:
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(install_one, p, v, root, force=force): p for p, v in pins.items()}
        for fut in concurrent.futures.as_completed(futures):
            try:
                package, status, took = fut.result()
                extra = f" in {took:.0f}s" if took else ""
                print(f"{package}@{pins[package]}: {status}{extra}", flush=True)
            except Exception as exc:  # report every failure, keep installing the others
                failures += 1
                print(f"FAILED {exc}", file=sys.stderr, flush=True)
    print(f"cache: {root} ({time.monotonic() - started:.0f}s total)", flush=True)
    return 1 if failures else 0


def cmd_print_path(pins: dict[str, str]) -> int:
    root = cache_root()
    dirs, missing = [], []
    for package, version in pins.items():
        if is_installed(package, version, root):
            dirs.append(str(bin_dir(package, version, root)))
        else:
            missing.append(f"{package}@{version}")
    if missing:
        print(f"not installed: {', '.join(missing)} (run scripts/install_clis.py)", file=sys.stderr)
    print(os.pathsep.join(dirs))
    return 0


def _isolated_env(tmp: str) -> dict[str, str]:
    """Environment for `--version` that reads/writes nothing under the real home."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TERM", "TMPDIR", "SYSTEMROOT")}
    env.update({
        "HOME": tmp,
        "XDG_CONFIG_HOME": os.path.join(tmp, ".config"),
        "XDG_DATA_HOME": os.path.join(tmp, ".local", "share"),
        "XDG_CACHE_HOME": os.path.join(tmp, ".cache"),
        "XDG_STATE_HOME": os.path.join(tmp, ".local", "state"),
        "CLAUDE_CONFIG_DIR": os.path.join(tmp, ".claude"),
        "CODEX_HOME": os.path.join(tmp, ".codex"),
        "GEMINI_CLI_HOME": tmp,
        "QWEN_HOME": os.path.join(tmp, ".qwen"),
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
        "OPENCODE_DISABLE_AUTOUPDATE": "1",
        "OPENCODE_DISABLE_MODELS_FETCH": "1",
        "OPENCODE_DISABLE_FFF": "1",
        "GEMINI_CLI_NO_RELAUNCH": "true",
        "QWEN_CODE_NO_RELAUNCH": "true",
        "NO_COLOR": "1",
    })
    return env


def cmd_check(pins: dict[str, str], timeout: float) -> int:
    root = cache_root()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="mco-mcp-check-") as tmp:
        env = _isolated_env(tmp)
        for package, version in pins.items():
            if not is_installed(package, version, root):
                failures += 1
                print(f"MISSING {package}@{version}")
                continue
            exe = bin_dir(package, version, root) / binary_name(package, version, root)
            started = time.monotonic()
            try:
                proc = subprocess.run(
                    [str(exe), "--version"], stdin=subprocess.DEVNULL, capture_output=True,
                    text=True, timeout=timeout, env=env, cwd=tmp, check=False,
                )
            except subprocess.TimeoutExpired:
                failures += 1
                print(f"TIMEOUT {package}@{version}: {exe} --version > {timeout}s")
                continue
            except OSError as exc:
                failures += 1
                print(f"FAILED {package}@{version}: {exc}")
                continue
            took = time.monotonic() - started
            out = (proc.stdout.strip() or proc.stderr.strip()).splitlines()
            first = out[0] if out else ""
            if proc.returncode != 0:
                failures += 1
                print(f"FAILED {package}@{version}: exit {proc.returncode}: {first}")
            elif version not in first:
                print(f"ok {package}@{version} ({took:.1f}s) -- but it reports {first!r}")
            else:
                print(f"ok {package}@{version} ({took:.1f}s): {first}")
    return 1 if failures else 0


def cmd_bump(path: Path = PINS_FILE) -> int:
    pins = load_pins(path)
    new: dict[str, str] = {}
    for package, old in pins.items():
        latest = npm_latest(package)
        new[package] = latest
        print(f"{package}: {old} -> {latest}" if latest != old else f"{package}: {old} (unchanged)")
    path.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--print-path", action="store_true", help="print the os.pathsep-joined node_modules/.bin dirs of installed pins")
    mode.add_argument("--check", action="store_true", help="run each installed binary with --version")
    mode.add_argument("--bump", action="store_true", help="rewrite the pins to the latest versions on npm")
    ap.add_argument("--pins", type=Path, default=PINS_FILE, help="pins file (default scripts/cli-versions.json)")
    ap.add_argument("--only", action="append", metavar="CLI", help="limit to a package or binary name (repeatable)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel installs (default 2)")
    ap.add_argument("--force", action="store_true", help="reinstall even if already installed")
    ap.add_argument("--timeout", type=float, default=CHECK_TIMEOUT_S, help="--check timeout per binary (s)")
    ap.add_argument("--latest", action="store_true",
                    help="the latest npm versions instead of the pins (also: MCO_MCP_CLIS=latest)")
    args = ap.parse_args(argv)

    if args.bump:
        return cmd_bump(args.pins)
    pins = load_pins(args.pins)
    if latest_wanted(args.latest):
        # Installing resolves anew; --print-path and --check use what the last install resolved, so that
        # a test run sees exactly what was installed (and needs no registry).
        if args.print_path or args.check:
            pins = recorded_latest(cache_root())
        elif shutil.which("npm") is not None:
            pins = resolve_latest(pins, cache_root())
    pins = select(pins, args.only)
    if args.print_path:
        return cmd_print_path(pins)
    if args.check:
        return cmd_check(pins, args.timeout)
    if shutil.which("npm") is None and not os.environ.get("CI"):
        # The README's test command runs this on any machine: without npm the end-to-end tests skip
        # (saying why), the rest still run. In CI a missing CLI is a failure, so there npm is required.
        print("install_clis: npm not found; the real-CLI end-to-end tests will be skipped", file=sys.stderr)
        return 0
    return cmd_install(pins, args.jobs, args.force)


if __name__ == "__main__":
    sys.exit(main())
