"""Write answers/flat/<provider>.md from answers/nested/<provider>.md for every case.

The flat variant is the same answer with each finding's `evidence` object lifted to the top level
(`file`, `line`, `symbol`, `snippet` take its place, in that order): same prose, same findings in the
same positions, same wording. Generated so the two variants cannot drift apart.

    python bench/findings/splits/make_flat.py [--check]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FENCE = re.compile(r"^```")


def flatten(value: Any) -> Any:
    if isinstance(value, list):
        return [flatten(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key == "evidence" and isinstance(v, dict):
            for k in ("file", "line", "symbol", "snippet"):
                if k in v:
                    out[k] = v[k]
        else:
            out[key] = flatten(v)
    return out


def _redump(text: str) -> str:
    """Flatten one JSON document, keeping its layout (compact or indented by the same width)."""
    doc = json.loads(text)
    lines = text.splitlines()
    indent = None if len(lines) == 1 else len(lines[1]) - len(lines[1].lstrip(" "))
    return json.dumps(flatten(doc), indent=indent, ensure_ascii=False)


def flat_answer(nested: str) -> str:
    lines = nested.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            j = i + 1
            while j < len(lines) and not FENCE.match(lines[j]):
                j += 1
            body = "\n".join(lines[i + 1 : j])
            try:
                body = _redump(body)
            except json.JSONDecodeError:
                pass  # a code fence that is not JSON: keep it as it is
            out += [line, *body.split("\n"), *lines[j : j + 1]]
            i = j + 1
            continue
        if line.startswith(("{", "[")):
            rest = "\n".join(lines[i:])
            try:
                _, end = json.JSONDecoder().raw_decode(rest)
            except json.JSONDecodeError:
                out.append(line)
                i += 1
                continue
            doc_text = rest[:end]
            out += _redump(doc_text).split("\n")
            i += doc_text.count("\n") + 1
            tail = lines[i - 1][len(doc_text.split("\n")[-1]) :]
            if tail:
                out[-1] += tail
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if a flat file differs instead of writing")
    args = ap.parse_args()
    stale = []
    for nested in sorted(HERE.glob("*/*/answers/nested/*.md")):
        target = nested.parent.parent / "flat" / nested.name
        content = flat_answer(nested.read_text(encoding="utf-8"))
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
