"""What an examining agent reads in the cross-examination, and how its answer is read back.

The prompt groups the findings by file and shows each file's code once (the lines around every finding in
it, merged), plus the changed hunk when the review is diff-scoped, so the round costs far less than the
review. The answer is hostile input like any CLI output: read with the bounded JSON scanner of
`findings.jsontext`, only known ids kept, every reason cut to one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mco_mcp.findings.locate import SourceText, locate
from mco_mcp.findings.repofile import read_repo_file, repo_root
from mco_mcp.jobs.outcome import one_line
from mco_mcp.jobs.verdicts import VerdictForm, read_verdicts
from mco_mcp.models import Finding, Verdict, VerdictKind

MARKER = "mco-mcp cross-examination"
WINDOW = 5  # lines of code shown either side of a finding's line
NO_LINE_LINES = 30  # lines shown from the top of a file when a finding names no line
MAX_HUNK_CHARS = 1500
TEXT_CHARS = 300  # a finding's title / snippet / recommendation as the examiner sees it
REASON_CHARS = 300
MAX_ITEMS = 500  # verdict items read from one answer
MAX_PROBLEMS = 10
ANSWER_WORK = 4 * 1024 * 1024  # parsing work one answer may cost (see findings.limits.Work)

_SYNONYMS: dict[str, VerdictKind] = {
    "confirmed": "confirmed", "confirm": "confirmed", "valid": "confirmed", "true": "confirmed", "real": "confirmed",
    "agree": "confirmed", "yes": "confirmed", "true_positive": "confirmed",
    "refuted": "refuted", "refute": "refuted", "invalid": "refuted", "false": "refuted", "rejected": "refuted",
    "false_positive": "refuted", "disagree": "refuted", "no": "refuted", "wrong": "refuted",
    "unsure": "unsure", "unclear": "unsure", "unknown": "unsure", "uncertain": "unsure", "cannot_tell": "unsure",
}  # fmt: skip
_CITED = re.compile(r"`([^`\n]{3,200})`")
_SPACE = re.compile(r"\s+")


class SourceFiles:
    """Files of the reviewed tree, read at most once each (see `findings.repofile`: never outside it, never
    binary or huge)."""

    def __init__(self, repo: Path) -> None:
        self._root = repo_root(repo)
        self._texts: dict[str, SourceText | None] = {}

    def _text(self, file: str) -> SourceText | None:
        if file not in self._texts:
            text = read_repo_file(self._root, file)
            self._texts[file] = text if isinstance(text, SourceText) else None
        return self._texts[file]

    def lines(self, file: str) -> list[str] | None:
        text = self._text(file)
        return text.lines if text is not None else None

    def cites(self, file: str | None, reason: str) -> bool:
        """Whether `reason` quotes (in backticks) code that occurs in `file` (located as a finding's snippet
        is, see `findings.locate`; quotes under 3 characters, whitespace aside, prove nothing)."""
        text = self._text(file) if file else None
        if text is None:
            return False
        quotes = [q for q in _CITED.findall(reason)[:5] if len(_SPACE.sub("", q)) >= 3]
        return any(locate(text, None, quoted).found for quoted in quotes)


def _fence(text: str, lang: str = "") -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{text}\n{fence}"


def _ranges(lines: list[int | None], count: int) -> list[tuple[int, int]]:
    spans = []
    for line in lines:
        if line is None or not 1 <= line <= count:
            spans.append((1, min(count, NO_LINE_LINES)))
        else:
            spans.append((max(1, line - WINDOW), min(count, line + WINDOW)))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def code_excerpt(lines: list[str], at: list[int | None]) -> str:
    """The lines around each of `at`, numbered, windows merged, gaps marked."""
    out: list[str] = []
    width = len(str(len(lines)))
    for lo, hi in _ranges(at, len(lines)):
        if out:
            out.append("...")
        out.extend(f"{n:>{width}} | {lines[n - 1]}" for n in range(lo, hi + 1))
    return "\n".join(out)


def hunk_at(patch: bytes | None, line: int | None) -> str | None:
    """The hunk of a file's patch whose new side holds `line` (±3), cut to MAX_HUNK_CHARS."""
    if not patch:
        return None
    text = patch.decode("utf-8", "replace")
    hunks = re.split(r"(?m)^(?=@@ )", text)
    chosen = None
    for hunk in hunks[1:]:
        match = re.match(r"@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", hunk)
        if not match:
            continue
        start, count = int(match.group(1)), int(match.group(2) or 1)
        if line is None or start - 3 <= line <= start + max(count, 1) + 2:
            chosen = hunk
            break
    if chosen is None:
        return None
    return chosen if len(chosen) <= MAX_HUNK_CHARS else chosen[:MAX_HUNK_CHARS] + "\n[... hunk cut ...]"


@dataclass
class Item:
    """One finding put to one examiner: its id in this job's round and the finding."""

    fid: str
    finding: Finding


def _describe(item: Item, shown: bool) -> str:
    """One finding; the reporter's quote only when the excerpt does not show its line (`shown`)."""
    f = item.finding
    where = f"line {f.line}" if f.line else "no line given"
    text = f"- **{item.fid}** [{f.severity} {f.category}] {where}, reported by {', '.join(f.detected_by)}: " \
           f"{one_line(f.title, TEXT_CHARS)}"  # fmt: skip
    if f.snippet and not shown:
        text += f"\n  quoted by the reporter: {one_line(f.snippet, TEXT_CHARS)}"
    return text


HEADER = f"""{MARKER}: other agents reviewing this repository reported the findings below; you did not.
Check each claim against the code (excerpts below; you may read the files, never modify them). Verdict per
finding: "confirmed" (the code shows the problem), "refuted" (the code contradicts the claim) or "unsure".
The reason is one line quoting the code in backticks, e.g. "`if not items: return 0` at line 27 guards it".
Answer with one JSON block:
```json
{{"verdicts": [{{"id": "F1", "verdict": "refuted", "reason": "..."}}]}}
```
"""


def build_prompt(items: list[Item], files: SourceFiles, patches: dict[str, bytes | None] | None) -> str:
    """The examiner's prompt: the header, then per file its code once and the findings in it."""
    by_file: dict[str | None, list[Item]] = {}
    for item in items:
        by_file.setdefault(item.finding.file, []).append(item)
    parts = [HEADER]
    for file, group in by_file.items():
        if file is None:
            parts.append("## Findings without a file\n" + "\n".join(_describe(i, False) for i in group))
            continue
        section = [f"## {file}"]
        lines = files.lines(file)
        if lines is None:
            section.append("(the file could not be read: it is missing, binary, too large or outside the repository)")
        else:
            section.append(_fence(code_excerpt(lines, [i.finding.line for i in group])))
        if patches is not None:
            hunks = dict.fromkeys(h for h in (hunk_at(patches.get(file), i.finding.line) for i in group) if h)
            if hunks:
                section.append("Changed in the reviewed diff:\n" + _fence("".join(hunks).rstrip("\n"), "diff"))
        count = len(lines) if lines is not None else 0
        section.append("\n".join(_describe(i, i.finding.line is not None and 1 <= i.finding.line <= count) for i in group))
        parts.append("\n".join(section))
    return "\n\n".join(parts) + "\n"


def estimate_tokens(text: str) -> int:
    return (len(text) + 3) // 4


@dataclass
class Parsed:
    verdicts: dict[str, tuple[VerdictKind, str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


_FORM: VerdictForm[VerdictKind] = VerdictForm(
    prefix="F", noun="finding", id_keys=("id", "finding"), verdict_keys=("verdict", "status"), synonyms=_SYNONYMS,
    choices="confirmed, refuted or unsure", work=ANSWER_WORK, max_items=MAX_ITEMS, max_problems=MAX_PROBLEMS,
)


def parse_answer(text: str, expected: set[str]) -> Parsed:
    """Verdicts by id from an examiner's answer: the first usable verdict per expected id; the rest noted."""
    reading = read_verdicts(text, expected, _FORM)
    parsed = Parsed(problems=reading.problems)
    for fid, (kind, entry) in reading.verdicts.items():
        reason = entry.get("reason", entry.get("why", ""))
        parsed.verdicts[fid] = (kind, one_line(reason if isinstance(reason, str) else "", REASON_CHARS))
    return parsed


def verdict(provider: str, kind: VerdictKind, reason: str, finding: Finding, files: SourceFiles) -> Verdict:
    return Verdict(provider=provider, verdict=kind, reason=reason, cites_code=files.cites(finding.file, reason))
