"""Measure the cross-examination round: are false findings demoted, do real ones survive, what does it cost.

    python bench/findings/crossexam.py                 # the table (min_confidence 0.5)
    python bench/findings/crossexam.py --threshold 0.4

The real path, with fake CLIs that really run (tests/fakes/fake_cli.py) through the JobManager: five agents
review `repo/` and print the labelled answers of `answers/` (every finding in them is real: truth.json),
each with some of the seeded false findings of `crossexam/seeded.json` appended (plausible claims about
real lines, which the code contradicts; the code check `verify` passes them all). Then the agents
cross-examine, in one of these panels:

- careful: every agent reads the code excerpt its prompt shows; it refutes a claim when the code that
  contradicts it (named in seeded.json, as a careful model would find it) is in that excerpt, confirms a
  claim whose cited line it sees, else says unsure. It knows only what the prompt showed it.
- mixed 1 to 5: one agent confirms everything, the next is unsure of everything, the other three are careful;
  the careless pair in each of the five places of the examiners' order (claude and codex first, then codex and
  gemini, ...); the goal is on the five pooled ("mixed, pooled"), each placement printed.
- careless-confirm / careless-unsure: every agent confirms everything (or is unsure), citing nothing.
- no cross-examination: the merged, verified confidence alone against the same threshold.

Per panel: false findings below min_confidence (goal >= 80 %), real findings at or above it (goal >= 95 %),
and the round's tokens against the review's (goal <= 50 %). Tokens are what the fake CLIs report: one per
4 characters of prompt and of answer. For the review that is a lower bound of a real one (a real agent also
reads the files and carries a system prompt), so the ratio here overstates the round's relative cost.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import anyio

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parents[1]
sys.path.insert(0, str(ROOT))

from mco_mcp.adapters.manifest import load_registry  # noqa: E402
from mco_mcp.jobs.manager import JobManager  # noqa: E402
from mco_mcp.jobs.request import build_request  # noqa: E402
from mco_mcp.models import Finding, Job  # noqa: E402
from mco_mcp.settings import Settings  # noqa: E402
from tests.fakes import install_fake_clis  # noqa: E402

PROVIDERS = ("claude", "codex", "gemini", "opencode", "qwen")
PANELS: dict[str, dict[str, str] | None] = {
    "no cross-examination": None,
    "careful": dict.fromkeys(PROVIDERS, "careful"),
    # Two careless agents (one confirms everything, the next is unsure of everything), three careful, in each of
    # the five places of the examiners' order (which breaks ties when findings are handed out). A single placement
    # is 12 false findings whose fate hangs on who happens to examine them: one more real finding in the review
    # shifts the hand-out (round 10 moved the first placement from 10 to 9 of 12). The goal is on the five pooled.
    **{f"mixed {n + 1}": {p: "confirm" if k == n else "unsure" if k == (n + 1) % 5 else "careful"
                          for k, p in enumerate(PROVIDERS)} for n in range(5)},  # fmt: skip
    "careless-confirm": dict.fromkeys(PROVIDERS, "confirm"),
    "careless-unsure": dict.fromkeys(PROVIDERS, "unsure"),
}
GOALS = {"false_below": 0.80, "real_above": 0.95, "token_ratio": 0.50}
GOAL_PANELS = ("careful", "mixed, pooled")  # careless panels show the limit: no evidence, no demotion
MIXED = tuple(name for name in PANELS if name.startswith("mixed "))


def seeded() -> list[dict]:
    return json.loads((BENCH / "crossexam" / "seeded.json").read_text(encoding="utf-8"))["false_findings"]


def answers(repo: Path, false: list[dict]) -> dict[str, str]:
    """Each agent's labelled answer, plus its seeded false findings in a second JSON block."""
    out = {}
    for path in sorted((BENCH / "answers").glob("*.md")):
        text = path.read_text(encoding="utf-8").replace("{REPO}", str(repo))
        mine = [{k: v for k, v in f.items() if k not in ("provider", "contradiction")}
                for f in false if f["provider"] == path.stem]  # fmt: skip
        if mine:
            text += "\n\nAlso:\n\n```json\n" + json.dumps({"findings": mine}, indent=1) + "\n```\n"
        out[path.stem] = text
    return out


def is_false(finding: Finding, false_titles: set[str]) -> bool:
    return any(v.title in false_titles for v in finding.variants)


def tokens(usage: object) -> int:
    return (getattr(usage, "input_tokens", 0) or 0) + (getattr(usage, "output_tokens", 0) or 0) if usage else 0


async def review(work: Path, panel: dict[str, str] | None, threshold: float) -> tuple[Job, float]:
    repo = work / "repo"
    false = seeded()
    bin_dir = work / "bin"
    env = {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin", "HOME": str(work / "home"),
        "FAKE_CLI_XEXAM_KNOWLEDGE": str(work / "knowledge.json"),
    }  # fmt: skip
    for name, text in answers(repo, false).items():
        (work / f"{name}.answer").write_text(text, encoding="utf-8")
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = f"@{work / f'{name}.answer'}"
        if panel is not None:
            env[f"FAKE_CLI_MODE_{name.upper()}"] = f"crossexam={panel[name]}"
    state = work / f"state-{time.monotonic_ns()}"
    settings = Settings(state_dir=state, manifest_dir=work / "manifests", kill_grace_seconds=0.5)
    registry = load_registry(settings.manifest_dir)
    request = build_request(
        kind="review", prompt="Review the shop package for bugs, security and performance problems.",
        repo=str(repo), default_repo=repo, paths=None, providers=list(PROVIDERS), models=None,
        access="read-only", resume=None, timeout_seconds=120, stall_seconds=60, registry=registry,
        max_prompt_bytes=settings.max_prompt_bytes, cross_examine=panel is not None, min_confidence=threshold,
    )  # fmt: skip
    started = time.monotonic()
    async with JobManager(settings, registry, env=env) as manager:
        live = await manager.start(request)
        job = await manager.wait(live.job_id, 300)
    return job, time.monotonic() - started


def measure(job: Job, false_titles: set[str]) -> dict[str, object]:
    shown, hidden = job.findings or [], job.hidden_findings or []
    false_shown = [f for f in shown if is_false(f, false_titles)]
    false_hidden = [f for f in hidden if is_false(f, false_titles)]
    real_shown = [f for f in shown if not is_false(f, false_titles)]
    real_hidden = [f for f in hidden if not is_false(f, false_titles)]
    merged_with_real = [f for f in shown + hidden if is_false(f, false_titles) and any(v.title not in false_titles for v in f.variants)]
    x = job.cross_examination
    spent = tokens(x.usage) if x else 0
    review_tokens = tokens(x.review_usage) if x else tokens(job.usage)
    return {
        "false": len(false_shown) + len(false_hidden), "false_below": len(false_hidden),
        "real": len(real_shown) + len(real_hidden), "real_above": len(real_shown),
        "merged_with_real": len(merged_with_real),
        "examined": x.findings_examined if x else 0, "over_budget": x.findings_over_budget if x else 0,
        "spent": spent, "review": review_tokens, "ratio": spent / review_tokens if review_tokens else 0.0,
        "real_hidden": [f.title for f in real_hidden], "false_shown": [f.title for f in false_shown],
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    false_titles = {f["title"] for f in seeded()}
    rows, met = [], True
    with tempfile.TemporaryDirectory(prefix="mco-xexam-bench-") as tmp:
        work = Path(tmp)
        shutil.copytree(BENCH / "repo", work / "repo")
        install_fake_clis(work / "bin")
        (work / "manifests").mkdir()
        knowledge = {"contradictions": {f["title"]: f["contradiction"] for f in seeded()}}
        (work / "knowledge.json").write_text(json.dumps(knowledge), encoding="utf-8")
        for name, panel in PANELS.items():
            job, seconds = anyio.run(review, work, panel, args.threshold)
            if job.state != "completed":
                print(f"{name}: the review ended {job.state}: {job.summary}", file=sys.stderr)
                return 1
            rows.append((name, measure(job, false_titles), seconds))
    print(f"cross-examination: {len(false_titles)} seeded false findings + the labelled real ones of answers/, "
          f"5 agents, min_confidence {args.threshold:g}\n")  # fmt: skip
    print(f"{'panel':22} {'false below':>13} {'real above':>13} {'examined':>9} {'round tokens':>13} "
          f"{'review tokens':>14} {'ratio':>6} {'s':>5}")  # fmt: skip
    mixed = [(m, seconds) for name, m, seconds in rows if name in MIXED]
    pooled = {key: sum(m[key] for m, _ in mixed) for key in ("false", "false_below", "real", "real_above", "spent", "review", "examined")}
    pooled["ratio"] = max(m["ratio"] for m, _ in mixed)  # the costliest placement
    rows.append(("mixed, pooled", pooled, sum(s for _, s in mixed)))
    for name, m, seconds in rows:
        fb, rb = m["false_below"] / m["false"], m["real_above"] / m["real"]
        print(f"{name:22} {m['false_below']:>4}/{m['false']:<3}{fb:>5.0%} {m['real_above']:>4}/{m['real']:<3}{rb:>5.0%} "
              f"{m['examined']:>9} {m['spent']:>13} {m['review']:>14} {m['ratio']:>6.0%} {seconds:>5.1f}")  # fmt: skip
        if name in GOAL_PANELS:
            met &= fb >= GOALS["false_below"] and rb >= GOALS["real_above"] and m["ratio"] <= GOALS["token_ratio"]
    print()
    for name, m, _ in rows:
        if name == "mixed, pooled":
            continue
        if m["merged_with_real"]:
            print(f"{name}: {m['merged_with_real']} false finding(s) merged into a real one (counted as false)")
        if m["real_hidden"]:
            print(f"{name}: real findings hidden: {m['real_hidden']}")
        if m["over_budget"]:
            print(f"{name}: {m['over_budget']} finding(s) over the budget, not examined")
    print(f"goals on the careful and mixed panels (false below >= {GOALS['false_below']:.0%}, real above >= "
          f"{GOALS['real_above']:.0%}, round tokens <= {GOALS['token_ratio']:.0%} of the review): "
          + ("met" if met else "NOT MET"))  # fmt: skip
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
