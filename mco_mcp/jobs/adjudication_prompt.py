"""What the adjudicating agent reads, and how its answer is read back.

The prompt lists only the pairs the merger's rules were unsure of (`findings.unsure`), each with both
findings' titles, locations, short descriptions and quotes, and the cited lines of code once. Bounded: at
most `MAX_PAIRS` pairs and about `MAX_PROMPT_TOKENS` tokens; what did not fit is said in the prompt and
counted. The answer is hostile input like any CLI output: read with the bounded JSON scanner of
`findings.jsontext`, only ids that were asked kept, the first verdict per id, anything else noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mco_mcp.findings.similarity import Item
from mco_mcp.findings.unsure import PairVerdict, UnsurePair
from mco_mcp.jobs.crossexam_prompt import SourceFiles, estimate_tokens
from mco_mcp.jobs.outcome import one_line
from mco_mcp.jobs.verdicts import VerdictForm, read_verdicts

MARKER = "mco-mcp adjudication"
MAX_PAIRS = 20
MAX_PROMPT_TOKENS = 6000
TITLE_CHARS = 200
BODY_CHARS = 240  # a finding's description as the adjudicator sees it
QUOTE_CHARS = 200
CONTEXT = 2  # lines of code shown either side of what a pair cites
MAX_CODE_LINES = 24  # per pair
CODE_LINE_CHARS = 160
MAX_ITEMS = 500  # verdict items read from one answer
MAX_PROBLEMS = 10
ANSWER_WORK = 4 * 1024 * 1024  # parsing work the answer may cost (see findings.limits.Work)

_SYNONYMS: dict[str, PairVerdict] = {
    "same": "same", "duplicate": "same", "duplicates": "same", "same_problem": "same", "yes": "same",
    "identical": "same", "merge": "same",
    "different": "different", "distinct": "different", "different_problems": "different", "no": "different",
    "separate": "different", "not_same": "different",
    "unsure": "unsure", "unclear": "unsure", "unknown": "unsure", "uncertain": "unsure", "cannot_tell": "unsure",
}  # fmt: skip

HEADER = f"""{MARKER}: several coding agents reviewed this repository independently. Each pair below holds two
findings from two different agents, close together in one file. Decide for each pair whether both findings
describe the SAME problem (one defect, which one fix would remove) or DIFFERENT problems (two defects that
merely sit close together, e.g. two injections through different parameters, a leak and a missing timeout
on one call). You may read the files, never modify them. Verdict per pair: "same", "different" or
"unsure". Answer with one JSON block only:
```json
{{"verdicts": [{{"id": "P1", "verdict": "different"}}]}}
```
"""


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def _span(item: Item) -> tuple[int, int] | None:
    if item.anchor.lo is not None and item.anchor.hi is not None:
        return item.anchor.lo, item.anchor.hi
    line = item.finding.line
    return (line, line) if line else None


def _code(a: Item, b: Item, files: SourceFiles) -> str | None:
    """The lines both findings cite, with `CONTEXT` lines around, numbered; None when unreadable."""
    file = a.finding.file
    lines = files.lines(file) if file else None
    spans = [s for s in (_span(a), _span(b)) if s is not None]
    if lines is None or not spans:
        return None
    lo = max(1, min(s[0] for s in spans) - CONTEXT)
    hi = min(len(lines), max(s[1] for s in spans) + CONTEXT)
    if lo > hi:
        return None
    width = len(str(hi))
    shown = [f"{n:>{width}} | {lines[n - 1][:CODE_LINE_CHARS]}" for n in range(lo, min(hi, lo + MAX_CODE_LINES - 1) + 1)]
    if hi > lo + MAX_CODE_LINES - 1:
        shown.append(f"[... {hi - lo - MAX_CODE_LINES + 1} more lines not shown ...]")
    return _fence("\n".join(shown))


def _describe(label: str, item: Item) -> str:
    f = item.finding
    where = f"{f.file}:{f.line}" if f.line else f"{f.file} (no line given)"
    if f.symbol:
        where += f" in `{one_line(f.symbol, 80)}`"
    text = f"- {label}: [{f.severity} {f.category}] {where}: {one_line(f.title, TITLE_CHARS)}"
    if f.description:
        text += f"\n  {one_line(f.description, BODY_CHARS)}"
    if f.snippet:
        text += f"\n  quoted: {one_line(f.snippet, QUOTE_CHARS)}"
    return text


def pair_text(pid: str, pair: UnsurePair, items: list[Item], files: SourceFiles) -> str:
    a, b = items[pair.a], items[pair.b]
    parts = [f"## {pid}: {a.finding.file}"]
    code = _code(a, b, files)
    parts.append(code if code is not None else "(the cited lines could not be read)")
    parts += [_describe("A", a), _describe("B", b)]
    return "\n".join(parts)


@dataclass
class Prompt:
    text: str
    asked: dict[str, UnsurePair]  # by id, in the order asked
    left_out: int  # unsure pairs not asked: over MAX_PAIRS or the token budget


def build_prompt(pairs: list[UnsurePair], items: list[Item], files: SourceFiles, max_pairs: int = MAX_PAIRS,
                 max_prompt_tokens: int = MAX_PROMPT_TOKENS) -> Prompt:  # fmt: skip
    """The pairs in the order given (most likely the same first) while they fit; the rest left out, and said."""
    asked: dict[str, UnsurePair] = {}
    sections: list[str] = []
    size = len(HEADER) + 200  # room for the closing line
    for pair in pairs[:max_pairs]:
        pid = f"P{len(asked) + 1}"
        section = pair_text(pid, pair, items, files)
        if estimate_tokens("x" * (size + len(section) + 2)) > max_prompt_tokens:
            break  # pairs are ranked: a later, smaller one would be less worth asking
        asked[pid] = pair
        sections.append(section)
        size += len(section) + 2
    left_out = len(pairs) - len(asked)
    text = "\n\n".join([HEADER, *sections])
    if left_out:
        text += f"\n\n({left_out} less likely pair(s) were left out to keep this prompt short; answer only those above.)"
    return Prompt(text + "\n", asked, left_out)


@dataclass
class Parsed:
    verdicts: dict[str, PairVerdict] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


_FORM: VerdictForm[PairVerdict] = VerdictForm(
    prefix="P", noun="pair", id_keys=("id", "pair"), verdict_keys=("verdict", "answer"), synonyms=_SYNONYMS,
    choices="same, different or unsure", work=ANSWER_WORK, max_items=MAX_ITEMS, max_problems=MAX_PROBLEMS,
)


def parse_answer(text: str, expected: set[str]) -> Parsed:
    """Verdicts by pair id: the first usable verdict per id that was asked; everything else noted."""
    reading = read_verdicts(text, expected, _FORM)
    return Parsed({pid: kind for pid, (kind, _) in reading.verdicts.items()}, reading.problems)
