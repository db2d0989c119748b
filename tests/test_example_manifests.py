"""The example manifests in examples/manifests/: valid, opt-in, read-only defined, argv only, no prompt in argv.

They are not loaded by default (they are not in mco_mcp/manifests/); a user copies one into the user
manifest directory. See docs/add-a-cli.md.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mco_mcp.adapters.manifest import _SHELLS, load_registry, parse_manifest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "manifests"
if not EXAMPLES.is_dir():  # the sdist ships tests/ but not examples/
    pytest.skip("examples/manifests is not part of this tree", allow_module_level=True)
FILES = sorted(EXAMPLES.glob("*.toml"))
PROMPT = "PROMPT-MUST-NOT-BE-IN-ARGV 3f9c"


def test_there_are_example_manifests() -> None:
    assert len(FILES) >= 3, f"expected at least three example manifests in {EXAMPLES}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_an_example_manifest_is_valid_and_opt_in(path: Path) -> None:
    manifest = parse_manifest(path)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw.get("default") is False, "an example must say `default = false` explicitly"
    assert manifest.default is False
    assert "read-only" in manifest.access
    assert manifest.prompt == "stdin"
    # The header says what was checked, and when.
    header = path.read_text(encoding="utf-8").split("\n", 12)
    assert any("2026-11-25" in line for line in header if line.startswith("#"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_an_example_manifest_never_names_a_shell(path: Path) -> None:
    manifest = parse_manifest(path)
    assert Path(manifest.binary).name not in _SHELLS
    items = list(manifest.args)
    for spec in manifest.access.values():
        items += spec.args
    for extra in (manifest.model, manifest.resume):
        if extra is not None:
            items += extra.args
    for item in items:
        assert Path(item).name not in _SHELLS, f"{item!r} names a shell"
        assert item not in ("-c", "/c"), f"{item!r} looks like a shell's command switch"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_built_argv_is_filled_in_and_never_holds_the_prompt(path: Path) -> None:
    manifest = parse_manifest(path)
    for access in ("read-only", "workspace-write"):
        if access not in manifest.access:
            continue
        for model, session in ((None, None), ("some-model", "some-session")):
            argv = manifest.build_argv(
                binary_path=f"/usr/bin/{manifest.binary}",
                repo="/tmp/some repo",
                access=access,
                job_id="job-1",
                model=model,
                session_id=session,
            )
            assert argv[0] == f"/usr/bin/{manifest.binary}"
            for item in argv:
                assert "{" not in item and "}" not in item, f"{access}: placeholder left in {item!r}"
                assert PROMPT not in item
            if model and manifest.model:
                assert model in argv
            if session and manifest.resume:
                assert session in argv
    # The read-only argv (or env) differs from the workspace-write one: the mapping is not a no-op.
    if "workspace-write" in manifest.access:
        read_only = manifest.build_argv(binary_path="x", repo="/r", access="read-only", job_id="j")
        write = manifest.build_argv(binary_path="x", repo="/r", access="workspace-write", job_id="j")
        assert (read_only, manifest.access["read-only"].env) != (write, manifest.access["workspace-write"].env)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_read_only_mapping_is_not_empty(path: Path) -> None:
    spec = parse_manifest(path).access["read-only"]
    assert spec.args or spec.env, "read-only must change something: args or env"


def test_the_examples_load_as_user_manifests_next_to_the_builtins(tmp_path: Path) -> None:
    for path in FILES:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    registry = load_registry(tmp_path)
    assert registry.errors == []
    for path in FILES:
        name = parse_manifest(path).name
        assert name in registry.manifests
        assert registry.sources[name] == tmp_path / path.name
    # No example takes the name of a built-in: copying all of them overrides nothing.
    builtins = set(load_registry(None).names)
    assert builtins.isdisjoint(parse_manifest(p).name for p in FILES)
