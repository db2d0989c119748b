"""Score the findings merger against the labelled benchmark in this directory.

    python bench/findings/score.py

Runs the real path (`findings_from_answers`: extraction + merge) on the five agents' answers in
`answers/`, reviewing the small repository in `repo/`, and compares the merged findings with `truth.json`.
Per problem: merged exactly once with the right `detected_by`, split over several findings, absorbed
together with another problem, or lost. Then pairwise precision/recall/F1 over "these two findings are the
same problem", how many confusable (adjacent or alike) problem pairs were fused, and whether any finding
was lost. Two baselines are scored the same way on the same extracted findings: "exact hash"
(category + title + file + line) and "same file, ±3 lines, same category". Last, the time to merge 500
synthetic findings (5 providers x 100 problems over 20 files).
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH / "repo"
sys.path.insert(0, str(BENCH.parents[1]))

from mco_mcp.findings import ProviderFinding, extract_findings, findings_from_answers, merge_findings  # noqa: E402
from mco_mcp.models import DroppedFinding, Finding  # noqa: E402

TARGETS = {"exact": 23, "f1": 0.95, "fused": 0, "lost": 0}
Ref = tuple[str, int]  # (provider, index of the finding in that provider's extracted list)


@dataclass
class Scores:
    name: str
    status: dict[str, str]  # problem -> exact | split | absorbed | split+absorbed | lost
    precision: float
    recall: float
    f1: float
    fused: list[str]  # confusable pairs found in one merged finding
    lost_findings: int
    problems: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for s in self.status.values() if s == status)

    def meets_targets(self) -> bool:
        return (
            self.count("exact") >= TARGETS["exact"]
            and self.f1 >= TARGETS["f1"]
            and len(self.fused) == TARGETS["fused"]
            and self.lost_findings == TARGETS["lost"]
        )


def load_truth() -> dict:
    return json.loads((BENCH / "truth.json").read_text(encoding="utf-8"))


def load_answers(repo: Path = REPO) -> dict[str, str]:
    answers = {}
    for path in sorted((BENCH / "answers").glob("*.md")):
        answers[path.stem] = path.read_text(encoding="utf-8").replace("{REPO}", str(repo))
    return answers


def _labels(truth: dict) -> dict[Ref, str]:
    return {(p, f["index"]): f["problem"] for p, a in truth["answers"].items() for f in a["findings"]}


def check_extraction(
    truth: dict, extracted: dict[str, list[ProviderFinding]], dropped: dict[str, list[DroppedFinding]]
) -> list[str]:
    """Where extraction disagrees with the truth file (misaligned, missing or extra findings)."""
    problems = []
    for provider, answer in truth["answers"].items():
        found = extracted.get(provider, [])
        expected = answer["findings"]
        if len(found) != len(expected):
            problems.append(f"{provider}: extracted {len(found)} findings, truth has {len(expected)}")
        for item, finding in zip(expected, found, strict=False):
            if not (finding.title.startswith(item["title"][:40]) or item["title"].startswith(finding.title[:40])):
                problems.append(f"{provider}[{item['index']}]: extracted {finding.title!r}, truth {item['title']!r}")
        if len(dropped.get(provider, [])) != answer["unusable"]:
            problems.append(f"{provider}: {len(dropped.get(provider, []))} dropped, truth has {answer['unusable']}")
    return problems


def clusters_of(findings: list[Finding], extracted: dict[str, list[ProviderFinding]]) -> list[list[Ref]]:
    """The merged findings as groups of (provider, index), through their variants."""
    index: dict[tuple[str, str, str | None, int | None], Ref] = {}
    for provider, items in extracted.items():
        for i, f in enumerate(items):
            key = (provider, f.title, f.file, f.line)
            if key in index:
                raise SystemExit(f"benchmark answer {provider} has two findings {key}: cannot trace variants back")
            index[key] = (provider, i)
    clusters = []
    for finding in findings:
        refs = [index[(v.provider, v.title, v.file, v.line)] for v in finding.variants]
        if finding.detected_by != sorted({v.provider for v in finding.variants}):
            raise SystemExit(f"detected_by {finding.detected_by} disagrees with the variants of {finding.title!r}")
        clusters.append(refs)
    return clusters


def _refs(extracted: dict[str, list[ProviderFinding]]) -> Iterable[tuple[Ref, ProviderFinding]]:
    for provider in sorted(extracted):
        for i, f in enumerate(extracted[provider]):
            yield (provider, i), f


def baseline_exact_hash(extracted: dict[str, list[ProviderFinding]]) -> list[list[Ref]]:
    groups: dict[tuple[object, ...], list[Ref]] = defaultdict(list)
    for ref, f in _refs(extracted):
        groups[(f.category, f.title.strip().casefold(), f.file, f.line)].append(ref)
    return list(groups.values())


def baseline_window(extracted: dict[str, list[ProviderFinding]], lines: int = 3) -> list[list[Ref]]:
    """Single-link: same file, same category, lines at most `lines` apart."""
    items = list(_refs(extracted))
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, a) in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j][1]
            if a.file and a.file == b.file and a.category == b.category and a.line and b.line:
                if abs(a.line - b.line) <= lines:
                    parent[root(i)] = root(j)
    groups: dict[int, list[Ref]] = defaultdict(list)
    for i, (ref, _) in enumerate(items):
        groups[root(i)].append(ref)
    return list(groups.values())


def score(name: str, clusters: list[list[Ref]], truth: dict) -> Scores:
    labels = _labels(truth)
    cluster_of: dict[Ref, int] = {}
    for n, cluster in enumerate(clusters):
        for ref in cluster:
            cluster_of[ref] = n
    members: dict[str, list[Ref]] = defaultdict(list)
    for ref, problem in labels.items():
        members[problem].append(ref)
    status = {}
    for problem in truth["problems"]:
        refs = members[problem]
        if any(ref not in cluster_of for ref in refs):
            status[problem] = "lost"
            continue
        holding = {cluster_of[ref] for ref in refs}
        absorbed = any(labels.get(other) != problem for c in holding for other in clusters[c])
        split = len(holding) > 1
        status[problem] = (
            "split+absorbed" if split and absorbed else "absorbed" if absorbed else "split" if split else "exact"
        )
    predicted = {tuple(sorted((a, b))) for c in clusters for i, a in enumerate(c) for b in c[i + 1 :]}
    refs = sorted(labels)
    actual = {(a, b) for i, a in enumerate(refs) for b in refs[i + 1 :] if labels[a] == labels[b]}
    hits = len(predicted & actual)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(actual) if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    problems_in = [{labels.get(ref) for ref in c} for c in clusters]
    fused = [
        f"{pair['a']} + {pair['b']}"
        for pair in truth["confusable"]
        if any(pair["a"] in found and pair["b"] in found for found in problems_in)
    ]
    lost = sum(1 for ref in labels if ref not in cluster_of)
    return Scores(name, status, precision, recall, f1, fused, lost, list(truth["problems"]))


@dataclass
class Run:
    merger: Scores
    baselines: list[Scores]
    extraction_problems: list[str]
    findings: list[Finding]
    seconds: float


def run_benchmark(repo: Path = REPO) -> Run:
    """The merger and both baselines scored on the benchmark (what the test asserts on)."""
    truth = load_truth()
    answers = load_answers(repo)
    started = time.perf_counter()
    findings, dropped, counts = findings_from_answers(answers, repo)
    seconds = time.perf_counter() - started
    extracted = {p: extract_findings(text, repo, p)[0] for p, text in answers.items()}
    problems = check_extraction(truth, extracted, dropped)
    problems += [f"{p}: count {counts[p]} != {len(extracted[p])}" for p in counts if counts[p] != len(extracted[p])]
    merger = score("merger", clusters_of(findings, extracted), truth)
    baselines = [
        score("exact hash", baseline_exact_hash(extracted), truth),
        score("file ±3 + category", baseline_window(extracted), truth),
    ]
    return Run(merger, baselines, problems, findings, seconds)


# ---------------------------------------------------------------------------------------------- timing

_ISSUES = [
    ("bug", "{fn} ignores the {var} returned by {callee}", "Check the {var} before using it."),
    ("security", "{fn} passes {var} to {callee} without validation", "Validate {var} first."),
    ("performance", "{fn} calls {callee} once per {var} in a loop", "Batch the {callee} calls."),
    ("maintainability", "{fn} duplicates the {var} handling of {callee}", "Extract a helper for {var}."),
    ("bug", "Unchecked {var} may be None when {fn} calls {callee}", "Handle a None {var}."),
]
_WORDS = ["order", "customer", "invoice", "payment", "ticket", "session", "report", "account", "refund", "cart"]


def synthetic(
    root: Path, count: int = 500, providers: int = 5, files: int = 20, seed: int = 7
) -> dict[str, list[ProviderFinding]]:
    """Write a repository under `root`; return `count` findings of `providers` agents on `count / providers`
    problems in it (lines jittered, titles reworded, snippets on two of three agents)."""
    rng = random.Random(seed)
    sites = []
    for n in range(files):
        lines = [f'"""Module {n}."""', ""]
        for k in range(12):
            fn, var, callee = f"handle_{_WORDS[k % 10]}_{n}_{k}", rng.choice(_WORDS), f"fetch_{rng.choice(_WORDS)}"
            start = len(lines) + 1
            lines += [f"def {fn}({var}):", f"    data = {callee}({var})", f"    total = len(data) + {k}", "    return total", "", ""]
            sites.append((f"pkg/mod{n}.py", start + 1, fn, var, callee))
        (root / "pkg").mkdir(exist_ok=True)
        (root / f"pkg/mod{n}.py").write_text("\n".join(lines) + "\n")
    found: dict[str, list[ProviderFinding]] = {f"agent{p}": [] for p in range(providers)}
    for problem in range(count // providers):
        file, line, fn, var, callee = sites[problem * len(sites) // (count // providers)]
        category, title, rec = _ISSUES[problem % len(_ISSUES)]
        for p, provider in enumerate(found):
            words = title.format(fn=fn, var=var, callee=callee).split()
            if p % 2:
                words = words[1:] + words[:1]
            found[provider].append(
                ProviderFinding(
                    provider=provider,
                    severity=rng.choice(["critical", "high", "medium", "low"]),
                    category=category,
                    title=" ".join(words),
                    file=file,
                    line=line + rng.randint(-2, 3),
                    snippet=f"data = {callee}({var})" if p % 3 else None,
                    recommendation=rec.format(var=var, callee=callee),
                    confidence=rng.random(),
                )
            )
    return found


def timing_500(files: int = 20) -> tuple[float, int]:
    """Seconds to merge 500 synthetic findings, and how many merged findings came out."""
    with tempfile.TemporaryDirectory(prefix="mco-findings-bench-") as tmp:
        found = synthetic(Path(tmp), files=files)
        started = time.perf_counter()
        merged = merge_findings(found, Path(tmp))
        return time.perf_counter() - started, len(merged)


# ---------------------------------------------------------------------------------------------- report


def _table(run: Run) -> str:
    all_scores = [run.merger, *run.baselines]
    truth = load_truth()
    reporters = defaultdict(set)
    for provider, answer in truth["answers"].items():
        for item in answer["findings"]:
            reporters[item["problem"]].add(provider)
    width = max(len(p) for p in truth["problems"]) + 2
    out = [f"{'problem':<{width}}{'agents':>6}  " + "".join(f"{s.name:<20}" for s in all_scores)]
    for problem in truth["problems"]:
        row = f"{problem:<{width}}{len(reporters[problem]):>6}  "
        out.append(row + "".join(f"{s.status[problem]:<20}" for s in all_scores))
    out.append("")
    head = f"{'':<20}{'exact':>6}{'split':>6}{'absorb':>7}{'both':>5}{'lost':>5}{'P':>7}{'R':>7}{'F1':>7}{'fused':>7}"
    out.append(head + f"{'lost findings':>15}")
    for s in all_scores:
        out.append(
            f"{s.name:<20}{s.count('exact'):>6}{s.count('split'):>6}{s.count('absorbed'):>7}"
            f"{s.count('split+absorbed'):>5}{s.count('lost'):>5}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            f"{len(s.fused):>7}{s.lost_findings:>15}"
        )
    return "\n".join(out)


def main() -> int:
    run = run_benchmark()
    n_problems = len(run.merger.status)
    n_findings = sum(len(c.variants) for c in run.findings)
    print(f"benchmark: {n_problems} problems, {n_findings} findings from 5 agents -> {len(run.findings)} merged")
    print()
    print(_table(run))
    print()
    for s in [run.merger, *run.baselines]:
        if s.fused:
            print(f"{s.name}: fused confusable pairs: {', '.join(s.fused)}")
    if run.extraction_problems:
        print("extraction disagrees with truth.json:")
        for line in run.extraction_problems:
            print(f"  {line}")
    print(f"extraction + merge of the benchmark: {run.seconds * 1000:.0f} ms")
    for files in (20, 1):
        seconds, merged = timing_500(files)
        where = f"{files} files" if files > 1 else "1 file, 8 problems per function"
        print(f"merge of 500 synthetic findings (5 agents x 100 problems, {where}): "
              f"{seconds * 1000:.0f} ms -> {merged} findings")
    ok = run.merger.meets_targets() and not run.extraction_problems
    print(
        f"targets (exact >= {TARGETS['exact']}, F1 >= {TARGETS['f1']}, fused == 0, lost == 0): "
        + ("met" if ok else "NOT MET")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
