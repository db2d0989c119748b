"""pydantic's plugin scan, answered without importlib.metadata only when no plugin can exist (plugin_scan.py)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mco_mcp import plugin_scan

ROOT = Path(__file__).resolve().parent.parent


def write_plugin(where: Path, log: Path) -> None:
    """A real pydantic plugin, installed as a distribution (dist-info with its entry point): it writes the
    name of every model pydantic builds a validator for into `log`."""
    info = where / "noteplug-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: noteplug\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nnoteplug = noteplug:plugin\n")
    (where / "noteplug.py").write_text(
        "class _Plugin:\n"
        "    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config, settings):\n"
        f"        with open({str(log)!r}, 'a') as f:\n"
        "            f.write(schema_type_path.name + '\\n')\n"
        "        return None, None, None\n"
        "plugin = _Plugin()\n"
    )


def test_a_users_pydantic_plugin_still_sees_the_headless_clis_models(tmp_path: Path, env: dict[str, str], repo: Path) -> None:
    """A distribution declaring a pydantic plugin: the scan is left to pydantic, and the plugin is called
    for the input model that refuses the bad flag."""
    site, log = tmp_path / "site", tmp_path / "plugin.log"
    write_plugin(site, log)
    done = subprocess.run([sys.executable, "-m", "mco_mcp", "run", "--repo", str(repo), "--providers", "claude",
                           "--timeout", "-1", "the prompt"], env=env | {"PYTHONPATH": f"{site}:{ROOT}"},
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2 and "--timeout" in done.stderr
    assert "RunInput" in log.read_text().split()


def test_without_a_plugin_pydantic_gets_its_scans_answer_without_the_scan(tmp_path: Path) -> None:
    """Nothing declares a plugin: pydantic builds and validates models with no plugin, as its own scan
    would have it, and importlib.metadata is never imported."""
    code = (
        "import sys\n"
        "from mco_mcp.plugin_scan import answer_empty_scan\n"
        "answered = answer_empty_scan()\n"
        "from pydantic import BaseModel\n"
        "class M(BaseModel):\n    x: int\n"
        "assert M.model_validate({'x': 1}).x == 1\n"
        "loaded = 'importlib.metadata' in sys.modules\n"
        "from importlib.metadata import entry_points\n"
        "print(answered, loaded, len(entry_points(group='pydantic')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    answered, loaded, declared = done.stdout.split()
    if declared != "0":
        pytest.skip("a pydantic plugin is installed in this environment")
    assert (answered, loaded) == ("True", "False")


def test_anything_not_read_as_importlib_metadata_would_leaves_the_scan_to_pydantic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(sys, "path", [str(empty), str(tmp_path / "missing")])
    assert plugin_scan.nothing_declared()
    # The word anywhere in an entry-point file (another group, a comment): not trusted to be no plugin.
    info = empty / "other-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text("[console_scripts]\nx = pydantic_thing:main\n")
    assert not plugin_scan.nothing_declared()
    (info / "entry_points.txt").write_text("[console_scripts]\nx = other:main\n")
    assert plugin_scan.nothing_declared()
    # A zip on sys.path (importlib.metadata reads inside it), an egg: not read here.
    archive = tmp_path / "dists.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("x-1.0.dist-info/entry_points.txt", "[pydantic]\nx = x:plugin\n")
    monkeypatch.setattr(sys, "path", [str(empty), str(archive)])
    assert not plugin_scan.nothing_declared()
    monkeypatch.setattr(sys, "path", [str(tmp_path / "thing.egg")])
    assert not plugin_scan.nothing_declared()

    class Finder:  # another finder that provides distributions
        @staticmethod
        def find_distributions(*args: object) -> list[object]:
            return []

    monkeypatch.setattr(sys, "path", [str(empty)])
    monkeypatch.setattr(sys, "meta_path", [Finder(), *sys.meta_path])
    assert not plugin_scan.nothing_declared()
