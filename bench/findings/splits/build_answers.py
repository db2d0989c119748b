"""Write each case's nested answers and truth.json from its labelled spec in specs/.

Why a builder and not hand-edited files: every finding is written once, next to its label, so the
truth indices cannot drift from the answers; every cited line is found by a text anchor in the
reviewed file, so editing the code does not silently break citations. The answers themselves
(prose, titles, wording, severities, paths, JSON layout) are written by hand in the spec, per agent.

    python bench/findings/splits/build_answers.py          # rebuild all cases, then make_flat.py
    python bench/findings/splits/build_answers.py --check  # fail if the committed files are stale
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROVIDERS = ("claude", "codex", "gemini", "opencode", "qwen")


@dataclass
class P:
    """A seeded problem: `anchor` is a unique substring of the line that is the problem's own line."""

    file: str
    anchor: str
    kind: str
    what: str
    cls: str = "plain"
    nth: int | None = None  # when the anchor text occurs more than once: which occurrence (0-based)


@dataclass
class F:
    """One finding as an agent writes it. `d` = cited line minus the problem's line; `sd` = where the
    quoted snippet starts (relative to the problem line) when it differs from the cited line; `n` = lines
    quoted; `snippet` overrides the quoted text (still checked against the file by the test)."""

    problem: str
    severity: str
    category: str
    title: str
    rec: str
    d: int = 0
    sd: int | None = None
    n: int = 1
    snippet: str | None = None
    symbol: str | None = None
    conf: float | None = None
    desc: str | None = None
    path: str | None = None  # overrides the agent's path style for this finding: rel, dot, abs
    anchor: str | None = None  # cite relative to this anchor instead of the problem line
    keep: bool = False  # quote with the file's own indentation instead of trimmed


@dataclass
class U:
    """A deliberately unusable item (no title and no location): counted, never labelled."""

    raw: dict[str, Any]


@dataclass
class Block:
    findings: list[F | U]
    wrap: str = "object"  # object | list | object+summary
    fence: str | None = "json"  # "json", "" (untagged fence) or None (bare JSON in the prose)
    indent: int | None = 2
    summary: str = ""


@dataclass
class Answer:
    style: str  # field layout: claude | codex | gemini | opencode | qwen
    paths: str  # rel | dot | abs
    parts: list[str | Block] = field(default_factory=list)


def _load_spec(path: Path):
    # Specs import this module by name; run as a script it is __main__, so register it once under its
    # name or the specs would get a second copy whose classes fail the isinstance checks below.
    sys.modules.setdefault("build_answers", sys.modules[__name__])
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _find_line(lines: list[str], anchor: str, where: str, nth: int | None = None) -> int:
    hits = [i + 1 for i, line in enumerate(lines) if anchor in line]
    if nth is not None and nth < len(hits):
        return hits[nth]
    if len(hits) != 1:
        raise SystemExit(f"{where}: anchor {anchor!r} matches lines {hits}, need exactly one")
    return hits[0]


class Case:
    def __init__(self, split: str, name: str, spec):
        self.split, self.name, self.spec = split, name, spec
        self.dir = HERE / split / name
        self.repo = self.dir / "repo"
        self._lines: dict[str, list[str]] = {}
        self.problem_lines = {pid: self.line_of(p.file, p.anchor, pid, p.nth) for pid, p in spec.PROBLEMS.items()}

    def lines(self, rel: str) -> list[str]:
        if rel not in self._lines:
            self._lines[rel] = (self.repo / rel).read_text(encoding="utf-8").splitlines()
        return self._lines[rel]

    def line_of(self, rel: str, anchor: str, where: str, nth: int | None = None) -> int:
        return _find_line(self.lines(rel), anchor, f"{self.split}/{self.name} {where}", nth)

    def cite(self, f: F) -> tuple[str, int, str]:
        p = self.spec.PROBLEMS[f.problem]
        base = self.line_of(p.file, f.anchor, f.title) if f.anchor else self.problem_lines[f.problem]
        line = base + f.d
        if f.snippet is not None:
            return p.file, line, f.snippet
        start = base + (f.sd if f.sd is not None else f.d)
        text = "\n".join(self.lines(p.file)[start - 1 : start - 1 + f.n])
        return p.file, line, text if f.keep else textwrap.dedent(text).strip()


def _path(rel: str, style: str) -> str:
    return {"rel": rel, "dot": "./" + rel, "abs": "{REPO}/" + rel}[style]


def _finding_obj(case: Case, ans: Answer, f: F) -> dict[str, Any]:
    file, line, snippet = case.cite(f)
    ev: dict[str, Any] = {"file": _path(file, f.path or ans.paths), "line": line}
    if f.symbol:
        ev["symbol"] = f.symbol
    ev["snippet"] = snippet
    s = ans.style
    if s == "claude":
        o = {"severity": f.severity, "category": f.category, "title": f.title, "evidence": ev, "recommendation": f.rec}
    elif s == "codex":
        o = {"title": f.title, "severity": f.severity, "category": f.category, "evidence": ev, "recommendation": f.rec}
    elif s == "gemini":
        o = {"severity": f.severity, "category": f.category, "title": f.title}
        if f.desc:
            o["description"] = f.desc
        o["evidence"] = ev
        o["suggestion"] = f.rec
    elif s == "opencode":
        o = {"severity": f.severity, "title": f.title, "evidence": ev, "fix": f.rec}
        if f.category:
            o = {"severity": f.severity, "category": f.category, "title": f.title, "evidence": ev, "fix": f.rec}
    elif s == "qwen":
        o = {"title": f.title, "severity": f.severity, "category": f.category, "evidence": ev}
        if f.desc:
            o["description"] = f.desc
        o["recommendation"] = f.rec
    else:
        raise SystemExit(f"unknown style {s}")
    if f.desc and s not in ("gemini", "qwen"):
        o["details"] = f.desc
    if f.conf is not None:
        o["confidence"] = f.conf
    return o


def _render_block(case: Case, ans: Answer, b: Block, labels: list, counts: dict) -> str:
    items = []
    for f in b.findings:
        if isinstance(f, U):
            items.append(f.raw)
            counts["unusable"] += 1
        else:
            labels.append({"index": len(labels), "problem": f.problem, "title": f.title})
            items.append(_finding_obj(case, ans, f))
    if b.wrap == "list":
        doc: Any = items
    elif b.wrap == "object":
        doc = {"findings": items}
    elif b.wrap == "object+summary":
        doc = {"findings": items, "summary": b.summary}
    else:
        raise SystemExit(f"unknown wrap {b.wrap}")
    text = json.dumps(doc, indent=b.indent, ensure_ascii=False)
    if b.fence is None:
        return text
    return f"```{b.fence}\n{text}\n```"


def build_case(case: Case) -> dict[str, str]:
    """Return {relative path: content} for the case's nested answers and truth.json."""
    spec = case.spec
    out: dict[str, str] = {}
    truth_answers = {}
    for provider in PROVIDERS:
        ans: Answer = spec.ANSWERS[provider]
        labels: list = []
        counts = {"unusable": 0}
        chunks = []
        for part in ans.parts:
            if isinstance(part, Block):
                chunks.append(_render_block(case, ans, part, labels, counts))
            else:
                chunks.append(textwrap.dedent(part).strip("\n"))
        out[f"answers/nested/{provider}.md"] = "\n\n".join(chunks) + "\n"
        truth_answers[provider] = {"findings": labels, "unusable": counts["unusable"]}
    problems = {
        pid: {"file": p.file, "line": case.problem_lines[pid], "kind": p.kind, "what": p.what, "class": p.cls}
        for pid, p in spec.PROBLEMS.items()
    }
    truth = {
        "about": spec.ABOUT,
        "split": case.split,
        "case": case.name,
        "language": spec.LANGUAGE,
        "problems": problems,
        "confusable": [list(pair) for pair in spec.CONFUSABLE],
        "answers": truth_answers,
    }
    out["truth.json"] = json.dumps(truth, indent=2, ensure_ascii=False) + "\n"
    return out


def all_cases() -> list[Case]:
    cases = []
    for path in sorted((HERE / "specs").glob("*__*.py")):
        split, name = path.stem.split("__", 1)
        cases.append(Case(split, name.replace("_", "-"), _load_spec(path)))
    return cases


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    args = ap.parse_args()
    stale = []
    for case in all_cases():
        for rel, content in build_case(case).items():
            target = case.dir / rel
            if args.check:
                if not target.exists() or target.read_text(encoding="utf-8") != content:
                    stale.append(str(target.relative_to(HERE)))
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content, encoding="utf-8")
    if stale:
        print("stale:", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
