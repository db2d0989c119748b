"""The optional adjudication pass: the pairs the merger's rules are unsure of, one bounded prompt, hostile
answers, joins that keep every finding consistent, and a review where a fake CLI adjudicates."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Implementation

from mco_mcp.findings.cluster import CONFLICT, Clustering
from mco_mcp.findings.pipeline import finish, findings_from_answers, grouped_from_answers
from mco_mcp.findings import ProviderFinding
from mco_mcp.findings.merge import group_findings
from mco_mcp.findings.unsure import BAND, UnsurePair, by_doubt, cut_then_join, join_same, split_different, unsure_pairs, weak_joins
from mco_mcp.jobs.adjudication import choose_adjudicator
from mco_mcp.jobs.adjudication_prompt import MARKER, build_prompt, parse_answer
from mco_mcp.jobs.crossexam_prompt import SourceFiles, estimate_tokens
from tests.conftest import memory_client, records
from tests.test_tools import structured

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "bench" / "findings" / "splits" / "tune2" / "ts-webhooks"  # a tuning case: never a frozen split
# ts-webhooks has two pairs the rules are unsure of: gemini's "Pagination Returns an Extra Item", cited on the
# response line, falls short of claude's "`/subscribers` returns `limit + 1` results" on the slice above (the
# labels: one problem); and two off-by-ones in one function, a concurrency limit and a retry count, that the
# rules kept apart though close (the labels: two problems).
VAGUE = "Pagination Returns an Extra Item"


def answers(repo: Path, shape: str = "nested", case: Path = CASE) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8").replace("{REPO}", str(repo))
            for p in sorted((case / "answers" / shape).glob("*.md"))}  # fmt: skip


def labels(case: Path = CASE) -> dict[tuple[str, str], str]:
    """(provider, title) -> problem, from the case's truth.json."""
    truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
    return {(p, item["title"]): item["problem"] for p, answer in truth["answers"].items() for item in answer["findings"]}


def label_of(grouping: Clustering, index: int) -> str | None:
    f = grouping.items[index].finding
    return labels().get((f.provider, f.title))


@pytest.fixture
def grouping() -> Clustering:
    return grouped_from_answers(answers(CASE / "repo"), CASE / "repo")[0]


def group_of(grouping: Clustering) -> dict[int, int]:
    return {m: k for k, c in grouping.clusters.items() for m in c.members}


# -- which pairs are unsure ------------------------------------------------------------------------------------
def test_unsure_pairs_are_nearby_findings_of_different_agents_in_groups_that_could_join(grouping: Clustering) -> None:
    pairs = unsure_pairs(grouping)
    assert pairs, "the ts-webhooks case has pairs the rules are unsure of"
    group = group_of(grouping)
    seen = set()
    for pair in pairs:
        a, b = grouping.items[pair.a].finding, grouping.items[pair.b].finding
        assert a.provider != b.provider and a.file == b.file and a.file
        assert group[pair.a] != group[pair.b]
        key = frozenset((group[pair.a], group[pair.b]))
        assert key not in seen  # one pair per two groups
        seen.add(key)
        assert grouping.margin(group[pair.a], group[pair.b]) not in (None, CONFLICT)
        assert pair.margin > CONFLICT and pair.margin >= -BAND
    assert [p.margin for p in pairs] == sorted((p.margin for p in pairs), reverse=True)
    titles = {grouping.items[i].finding.title for p in pairs for i in (p.a, p.b)}
    assert VAGUE in titles


def test_pairs_of_different_kinds_of_defect_are_never_asked(grouping: Clustering) -> None:
    """`Empty ADMIN_KEY lets anyone in` and `Admin secret travels in the query string` sit on one line but name
    two kinds (fail-open config, secret in URL): the rules are sure, so no agent is asked."""
    titles = [{grouping.items[p.a].finding.title, grouping.items[p.b].finding.title} for p in unsure_pairs(grouping)]
    assert not any("Empty ADMIN_KEY lets anyone in" in pair for pair in titles)


def test_adjudication_off_leaves_the_merger_output_unchanged() -> None:
    repo = CASE / "repo"
    grouping, dropped, counts = grouped_from_answers(answers(repo), repo)
    assert (finish(grouping, repo), dropped, counts) == findings_from_answers(answers(repo), repo)


# -- the prompt and its bounds ---------------------------------------------------------------------------------
def test_the_prompt_shows_both_findings_and_the_cited_code(grouping: Clustering) -> None:
    pairs = unsure_pairs(grouping)
    prompt = build_prompt(pairs, grouping.items, SourceFiles(CASE / "repo"))
    assert prompt.text.startswith(MARKER) and list(prompt.asked) == [f"P{n}" for n in range(1, len(pairs) + 1)]
    assert prompt.left_out == 0 and "left out" not in prompt.text
    first = pairs[0]
    for index in (first.a, first.b):
        assert grouping.items[index].finding.title[:60] in prompt.text
    assert " | " in prompt.text and "matches.slice(0, limit + 1)" in prompt.text  # the numbered lines the pair cites


def test_the_prompt_is_bounded_in_pairs_and_tokens_and_says_what_it_left_out(grouping: Clustering) -> None:
    pair = unsure_pairs(grouping)[0]
    many = [UnsurePair(pair.a, pair.b, pair.margin, pair.place)] * 50
    files = SourceFiles(CASE / "repo")
    capped = build_prompt(many, grouping.items, files, max_pairs=5)
    assert len(capped.asked) == 5 and capped.left_out == 45 and "45 less likely pair(s) were left out" in capped.text
    small = build_prompt(many, grouping.items, files, max_pairs=50, max_prompt_tokens=900)
    assert 0 < len(small.asked) < 50 and small.left_out == 50 - len(small.asked)
    assert estimate_tokens(small.text) <= 900


def test_a_huge_finding_is_cut_in_the_prompt(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "app").mkdir(parents=True)
    (repo / "app" / "x.py").write_text("def f(q):\n    run('SELECT ' + q)\n" + "    x = 1\n" * 3 + "#" * 100_000 + "\n")
    finding = {"severity": "high", "category": "security", "file": "app/x.py", "line": 2, "snippet": "run('SELECT ' + q)"}
    a = {"findings": [{**finding, "title": "SQL built from q " + "word " * 20_000, "description": "d " * 50_000}]}
    b = {"findings": [{**finding, "title": "Query assembled by concatenation", "line": 6}]}
    grouping = grouped_from_answers({"claude": json.dumps(a), "codex": json.dumps(b)}, repo)[0]
    pairs = [UnsurePair(0, 1, 0.0, 1.0)]
    text = build_prompt(pairs, grouping.items, SourceFiles(repo)).text
    assert len(text) < 3000


# -- hostile answers -------------------------------------------------------------------------------------------
def test_answers_are_read_leniently() -> None:
    text = (
        'Verdicts:\n```\n[{"id": 1, "verdict": "Same"}, {"id": "p2", "verdict": "distinct"},\n'
        ' {"id": "P3", "answer": "unsure"}, {"id": "P3", "verdict": "same"},\n'
        ' {"id": "P9", "verdict": "same"}, {"id": "P4", "verdict": "maybe"}, 7]\n```\n'
    )
    parsed = parse_answer(text, {"P1", "P2", "P3", "P4"})
    assert parsed.verdicts == {"P1": "same", "P2": "different", "P3": "unsure"}
    assert len(parsed.problems) == 3  # the unknown id, the unknown verdict, the item that is not an object


@pytest.mark.parametrize(
    "answer",
    [
        "[" * 200_000,
        '{"verdicts": [' + '{"id": "P1", "verdict": "same"},' * 50_000 + "]}",
        "no json here",
        '```json\n{"verdicts": "all the same"}\n```',
        '{"id": true, "verdict": "same"}',
        '{"id": "P1", "verdict": ["same"]}',
    ],
)
def test_hostile_answers_are_bounded(answer: str) -> None:
    parsed = parse_answer(answer, {"P1"})
    assert set(parsed.verdicts) <= {"P1"} and len(parsed.problems) <= 10


# -- joining ---------------------------------------------------------------------------------------------------
def same_unsure(grouping: Clustering) -> int:
    """How many of the unsure pairs the labels call one problem (ts-webhooks: 2 of 3 with round 10's weights)."""
    return sum(label_of(grouping, p.a) == label_of(grouping, p.b) for p in unsure_pairs(grouping))


def test_same_joins_what_the_labels_call_one_problem(grouping: Clustering) -> None:
    pairs = unsure_pairs(grouping)
    oracle = [(p, "same" if label_of(grouping, p.a) == label_of(grouping, p.b) else "different") for p in pairs]
    before, same = len(grouping.clusters), same_unsure(grouping)
    assert 0 < same <= len(pairs)
    # With round 18's weights every unsure pair of the case is one problem: a pair of two problems the rules keep
    # apart, called "different", must stay apart whatever the weights make unsure.
    group = group_of(grouping)
    apart = next(UnsurePair(i, j, -1.0, 0.9) for i in range(len(grouping.items)) for j in range(i + 1, len(grouping.items))
                 if label_of(grouping, i) and label_of(grouping, j) and label_of(grouping, i) != label_of(grouping, j)
                 and group[i] != group[j] and grouping.margin(group[i], group[j]) is not None)  # fmt: skip
    oracle.append((apart, "different"))
    result = join_same(grouping, oracle)  # type: ignore[arg-type]
    assert result.joined == same and len(grouping.clusters) == before - same
    vague = next(i for i, item in enumerate(grouping.items) if item.finding.title == VAGUE)
    members = grouping.clusters[group_of(grouping)[vague]].members
    assert {label_of(grouping, m) for m in members} == {label_of(grouping, vague)}


def test_a_chain_of_same_never_puts_two_findings_of_one_agent_together(grouping: Clustering) -> None:
    """'same' for every pair, then for one more that would chain a second finding of the first pair's agent
    into its group: that join is refused; no group ever holds one agent twice."""
    pairs = unsure_pairs(grouping)
    first = pairs[0]
    agent = grouping.items[first.a].finding.provider
    twin = next(i for i, item in enumerate(grouping.items) if item.finding.provider == agent and i != first.a)
    chain = [*pairs, UnsurePair(first.b, twin, -1.0, 0.5)]
    result = join_same(grouping, [(p, "same") for p in chain])
    assert result.refused >= 1
    for cluster in grouping.clusters.values():
        providers = [grouping.items[m].finding.provider for m in cluster.members]
        assert len(providers) == len(set(providers))


def test_different_blocks_a_later_same_that_would_put_its_two_findings_together(grouping: Clustering) -> None:
    pairs = unsure_pairs(grouping)
    first = pairs[0]
    # The same two findings called different, then same: the "different" wins (joins nothing).
    result = join_same(grouping, [(first, "different"), (first, "same")])
    assert result.joined == 0 and result.refused == 1


def test_unsure_and_missing_verdicts_join_nothing(grouping: Clustering) -> None:
    before = {k: list(c.members) for k, c in grouping.clusters.items()}
    result = join_same(grouping, [(p, "unsure") for p in unsure_pairs(grouping)])
    assert result.joined == 0 and {k: c.members for k, c in grouping.clusters.items()} == before


def test_the_adjudicator_is_never_the_callers_own_cli() -> None:
    assert choose_adjudicator(None, ["claude", "codex"], "claude") == ("codex", "")
    assert choose_adjudicator("codex", ["claude", "codex"], "claude") == ("codex", "")
    assert choose_adjudicator("claude", ["claude", "codex"], "claude")[0] is None
    assert choose_adjudicator(None, ["claude"], "claude")[0] is None


# -- a review with a fake CLI adjudicating ---------------------------------------------------------------------
def reviewed_case(env: dict[str, str], tmp_path: Path, style: str = "knows", adjudicator: str = "gemini") -> Path:
    """Five fake agents print the ts-webhooks answers; `adjudicator` answers adjudication prompts in `style`,
    knowing which titles the labels call one problem."""
    repo = tmp_path / CASE.name
    shutil.copytree(CASE / "repo", repo)
    for name, text in answers(repo).items():
        path = tmp_path / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        env[f"FAKE_CLI_ANSWER_{name.upper()}"] = f"@{path}"
    by_problem: dict[str, list[str]] = {}
    for (_, title), problem in labels().items():
        by_problem.setdefault(problem, []).append(title)
    same = [[a, b] for titles in by_problem.values() for a in titles for b in titles if a < b]
    knowledge = tmp_path / "adjudication.json"
    knowledge.write_text(json.dumps({"same": same}), encoding="utf-8")
    env["FAKE_CLI_ADJ_KNOWLEDGE"] = str(knowledge)
    env[f"FAKE_CLI_MODE_{adjudicator.upper()}"] = f"adjudicate={style}"
    return repo


async def review(env: dict[str, str], repo: Path, client_name: str = "test-host", **arguments: Any) -> dict[str, Any]:
    with anyio.fail_after(60):
        async with memory_client(env, client_info=Implementation(name=client_name, version="1")) as client:
            result = await client.call_tool("review", {"prompt": "Review the worker", "repo": str(repo), "wait_seconds": 50, **arguments})
    return structured(result)


def adjudications(record_dir: Path) -> list[dict[str, Any]]:
    return [r for r in records(record_dir) if MARKER in (r["stdin_text"] or "")]


def vague_finding(job: dict[str, Any]) -> dict[str, Any]:
    return next(f for f in job["findings"] if any(v["title"] == VAGUE for v in f["variants"]))


@pytest.mark.anyio
async def test_a_fake_adjudicator_joins_the_pair_the_rules_abstained_on(env: dict[str, str], tmp_path: Path,
                                                                        record_dir: Path) -> None:  # fmt: skip
    repo = reviewed_case(env, tmp_path)
    plain = await review(env, repo)
    assert plain["state"] == "completed" and adjudications(record_dir) == []  # off by default
    assert len(vague_finding(plain)["variants"]) == 1
    job = await review(env, repo, adjudicate=True, adjudicator="gemini")
    assert job["state"] == "completed"
    asked = adjudications(record_dir)
    assert [r["name"] for r in asked] == ["gemini"]
    joined = vague_finding(job)
    assert len(joined["variants"]) > 1 and "limit + 1" in " ".join(v["title"] for v in joined["variants"]).lower()
    grouping = grouped_from_answers(answers(repo), repo)[0]
    same = same_unsure(grouping)
    assert len(job["findings"]) == len(plain["findings"]) - same
    note = next(n for n in job["notes"] if n.startswith("Adjudication by gemini"))
    assert re.search(rf"{len(unsure_pairs(grouping))} unsure pair\(s\) and \d+ weak link\(s\), \d+ asked", note), note
    assert f"{same} joined, 0 split" in note and "tokens used" in note  # ts-webhooks' weak links are all one problem


@pytest.mark.anyio
async def test_what_the_adjudicators_parser_met_reaches_the_job_notes(env: dict[str, str], tmp_path: Path) -> None:
    # Regression: the adjudication run's parser notes were built and dropped.
    repo = reviewed_case(env, tmp_path)
    env["FAKE_CLI_MODE_GEMINI"] += ",invalid_utf8"
    job = await review(env, repo, adjudicate=True, adjudicator="gemini")
    said = [n for n in job["notes"] if n.startswith("adjudication by gemini: ")]
    assert any("invalid UTF-8" in n for n in said), job["notes"]
    same = same_unsure(grouped_from_answers(answers(repo), repo)[0])
    assert f"{same} joined" in next(n for n in job["notes"] if n.startswith("Adjudication by gemini"))  # still read


@pytest.mark.anyio
async def test_a_garbage_answer_costs_the_adjudication_never_the_review(env: dict[str, str], tmp_path: Path) -> None:
    repo = reviewed_case(env, tmp_path, style="garbage")
    plain = await review(env, repo)
    job = await review(env, repo, adjudicate=True, adjudicator="gemini")
    assert job["state"] == "completed"
    assert [f["title"] for f in job["findings"]] == [f["title"] for f in plain["findings"]]
    note = next(n for n in job["notes"] if n.startswith("Adjudication by gemini"))
    assert "0 joined" in note and "no JSON block" in note


@pytest.mark.anyio
async def test_the_callers_own_cli_never_adjudicates(env: dict[str, str], tmp_path: Path, record_dir: Path) -> None:
    """The caller's own CLI reviews nothing and adjudicates nothing. The caller is Qwen Code: every unsure pair of
    ts-webhooks joins a claude finding to another agent's, so with qwen left out there is still something to ask (with
    claude left out, what was left to ask was one weak link at the edge of the band, which the round 39 refit moved
    past it)."""
    repo = reviewed_case(env, tmp_path, adjudicator="qwen")
    job = await review(env, repo, client_name="qwen-code", adjudicate=True)  # qwen is the caller's own CLI
    asked = adjudications(record_dir)
    assert asked and all(r["name"] != "qwen" for r in asked)
    assert all(r["name"] != "qwen" for r in records(record_dir))
    job = await review(env, repo, client_name="qwen-code", adjudicate=True, adjudicator="qwen")
    assert job["state"] == "completed"
    assert any("Adjudication skipped" in n and "own CLI" in n for n in job["notes"])


@pytest.mark.anyio
async def test_adjudicator_without_adjudicate_is_refused(env: dict[str, str], tmp_path: Path) -> None:
    with anyio.fail_after(30):
        async with memory_client(env) as client:
            result = await client.call_tool("review", {"prompt": "x", "repo": str(tmp_path), "adjudicator": "codex"})
    assert result.is_error and "adjudicate is false" in str(result.content)


def test_headless_adjudicate_flags(env: dict[str, str], tmp_path: Path, record_dir: Path) -> None:
    repo = reviewed_case(env, tmp_path)
    done = subprocess.run([sys.executable, "-m", "mco_mcp", "review", "--repo", str(repo), "--adjudicate",
                           "--adjudicator", "gemini", "--format", "json", "--no-progress", "--prompt", "Review"],
                          env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    job = json.loads(done.stdout)
    assert any(n.startswith("Adjudication by gemini") for n in job["notes"])
    assert [r["name"] for r in adjudications(record_dir)] == ["gemini"]


def test_the_benchmark_keeps_its_invariants_on_every_tuning_set() -> None:
    """bench/findings/adjudicate.py, pinned on the tuning sets (never the test split): without adjudication the numbers
    are score.py's; the oracle never does worse than the rules, fuses no near-miss pair and cuts no group of the tuning
    sets (their weak links are all one problem); an answer without JSON changes nothing; one that says "different" to
    everything cuts every weak link but never fuses or loses a finding."""
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "findings" / "adjudicate.py"), "--shapes", "nested"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = {(parts[0], parts[2]): parts for parts in map(str.split, done.stdout.splitlines())
            if len(parts) > 5 and parts[0] in {"original", "tune", "tune2", "tune3", "tune4"}}  # fmt: skip
    # The merger alone (round 59's weights and links, 119 sets, as round 58's rules refitted on them: tune at 29 / 31,
    # with the oracle 31 / 31; round 58's on 117, as round 57's on 115, round 56's on 113, round 55's on 111, round 54's
    # on 109 and round 53's on 107: tune at 28 / 31, with the oracle 31 / 31; round 52's on 105, as round 51's on 103
    # and round 50's rules refitted on them, and round 50's on 101, as round 49's rules refitted on them: tune at 28 /
    # 31, with the oracle 30 / 31; round 49's on 99, as round 48's on 97: tune at 27 / 31, with the oracle still 31 /
    # 31; round 43's weights and links, 87 sets, as round 42's on 85, round 41's on 83, round 40's on 81, round 39's on
    # 79, round 38's on 77 and round 37's on 75: original at 33 / 34, one unsure pair the oracle joins; round 36's on 73
    # had tune2 at 44 / 48, with the oracle 48 / 48; round 35's on 71 had original at 34 / 34, tune2 at 42 / 48; round
    # 34's on 69 had original at 33 / 34; round 33's on 67 had tune2 at 41 / 48; round 32's on 65 and round 31's on 63
    # at 40 / 48; round 30's on 61 and round 29's on 59 had tune2 at 39 / 48, original at 33 / 34, PR-PERCENT split as
    # with round 24's; round 28's on 57, round 27's on 55 and round 26's on 53 had original at 34 / 34; round 25's on 51
    # and round 24's on 49 had tune at 27 / 31; round 24's had original at 33 / 34, one problem an unsure pair the
    # oracle joins, as since round 21's on 43; round 23's on 47 and round 22's on 45 had tune at 28 / 31, round 21's on
    # 43 at 27 / 31; round 20's on 41 had original at 34 / 34 and tune2 at 40 / 48; round 19's on 39 had tune at 26 /
    # 31).
    assert rows[("original", "none")][3] == "33/34" and rows[("tune", "none")][3] == "29/31"
    assert rows[("tune2", "none")][3] == "44/48"
    sets = {s for s, _ in rows}
    assert {"original", "tune", "tune2"} <= sets
    for name in sets:
        exact = {panel: int(rows[(name, panel)][3].split("/")[0]) for panel in ("none", "oracle")}
        assert exact["oracle"] >= exact["none"] and rows[(name, "oracle")][5] == "0"
        assert rows[(name, "oracle")][-1] == "0"  # cuts
        assert rows[(name, "garbage")][3:6] == rows[(name, "none")][3:6]
        assert rows[(name, "always-different")][5:7] == ["0", "0"]  # fused, lost
        assert rows[(name, "always-different")][-1] == rows[(name, "none")][-3]  # every weak link cut
    assert rows[("original", "oracle")][3] == "34/34"
    # tune2 with the oracle: 48 / 48 until round 15, whose weights left one of its problems outside the band, and again
    # since round 36. tune with it: 31 / 31 until round 49; the weights refitted on 101 sets (round 50, and round 49's
    # rules refitted on them alike) and on 103 and 105 (rounds 51 and 52) leave one of its split problems outside the
    # band, those refitted on 107, 109 and 111 (rounds 53, 54 and 55) bring it back in.
    assert rows[("tune", "oracle")][3] == "31/31" and rows[("tune2", "oracle")][3] == "48/48"



def test_the_benchmark_can_ask_weak_joins_above_the_band_without_changing_the_join_candidates() -> None:
    """`adjudicate.py --split-band` (RESULTS.md, round 23): the links of a group below a wider bar are asked as weak
    joins, and only they; the join candidates and the rules' own grouping stay what the band makes them."""

    def rows(*extra: str) -> dict[str, list[str]]:
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "findings" / "adjudicate.py"), "--sets", "tune2",
                               "--shapes", "nested", *extra], capture_output=True, text=True, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return {parts[2]: parts for parts in map(str.split, done.stdout.splitlines()) if parts[:1] == ["tune2"]}

    usual, wide = rows(), rows("--split-band", "3.0")
    assert int(wide["none"][-3]) > int(usual["none"][-3])  # more weak joins found
    assert wide["none"][3:9] == usual["none"][3:9]  # the rules' grouping and the join candidates
    assert int(wide["always-different"][-1]) == int(wide["none"][-3])  # each one asked, and cut on "different"

# -- cutting a weak link ---------------------------------------------------------------------------------------
PREVIEW_GO = """package web

func Preview(w http.ResponseWriter, body []byte) {
	start := bytes.Index(body, []byte("<title>"))
	end := bytes.Index(body, []byte("</title>"))
	title := string(body[start+6 : end])
	fmt.Fprintf(w, "<h1>%s</h1>", title)
}
"""
SLICE = "title := string(body[start+6 : end])"
OUT = 'fmt.Fprintf(w, "<h1>%s</h1>", title)'
# Two problems a line apart: the title is cut one byte short (three agents; codex describes it by its symptom
# on the output line), and it is printed unescaped (gemini only, on codex's line, in words close to codex's). No
# agent reported both, so nothing but words keeps them apart, and the rules put codex's symptom with gemini's
# XSS. (Said "Stored XSS" or "not HTML-escaped", gemini's finding stays apart; since round 23's refit also said
# "Preview title printed to the page without escaping", and in "Preview title written without escaping" the words
# join it to codex's too surely to be asked.)
OFF_BY_ONE = {"claude": "Title slice offset is 6, but `<title>` is 7 bytes", "qwen": "Incorrect offset when extracting <title>",
              "codex": "preview title written with a leading '>'"}  # fmt: skip
XSS = {"gemini": "Title written to the page without escaping"}


def _preview(provider: str, title: str) -> ProviderFinding:
    line, snippet = (6, SLICE) if provider in ("claude", "qwen") else (7, OUT)
    return ProviderFinding(provider=provider, severity="high", category="security" if provider == "gemini" else "bug",
                           title=title, file="preview.go", line=line, snippet=snippet)  # fmt: skip


def _preview_grouping(tmp_path: Path) -> Clustering:
    (tmp_path / "preview.go").write_text(PREVIEW_GO)
    return group_findings({p: [_preview(p, t)] for p, t in {**OFF_BY_ONE, **XSS}.items()}, tmp_path)


def _verdict(grouping: Clustering, pair: UnsurePair) -> str:
    titles = {grouping.items[pair.a].finding.title, grouping.items[pair.b].finding.title}
    return "same" if titles <= set(OFF_BY_ONE.values()) else "different"


def _provider_groups(grouping: Clustering) -> list[list[str]]:
    return sorted(sorted(grouping.items[m].finding.provider for m in c.members) for c in grouping.clusters.values())


def test_a_group_fused_from_two_neighbouring_problems_is_cut_where_the_adjudicator_says_different(tmp_path: Path) -> None:
    """The rules fuse codex's symptom of the off-by-one with the XSS on the same line; the link that holds that
    group together is weak, so it is asked, and a "different" cuts it; codex's finding, a join candidate of the
    off-by-one's group, joins it on a "same"."""
    grouping = _preview_grouping(tmp_path)
    assert _provider_groups(grouping) == [["claude", "qwen"], ["codex", "gemini"]]
    weak = weak_joins(grouping)
    assert weak and all(p.split and p.margin < BAND for p in weak)
    assert [p.margin for p in weak] == sorted(p.margin for p in weak)
    assert any(_verdict(grouping, p) == "different" for p in weak)
    asked = by_doubt(unsure_pairs(grouping), weak)
    cut, result = cut_then_join(grouping, [(p, _verdict(grouping, p)) for p in asked])  # type: ignore[misc]
    assert (cut, result.joined, result.refused) == (1, 1, 0)
    assert _provider_groups(grouping) == [["claude", "codex", "qwen"], ["gemini"]]


def test_same_unsure_or_no_verdict_on_a_weak_link_cuts_nothing(tmp_path: Path) -> None:
    before = _provider_groups(_preview_grouping(tmp_path))
    for verdict in ("same", "unsure"):
        grouping = _preview_grouping(tmp_path)
        assert split_different(grouping, [(p, verdict) for p in weak_joins(grouping)]) == 0  # type: ignore[misc]
        assert _provider_groups(grouping) == before
    grouping = _preview_grouping(tmp_path)
    assert split_different(grouping, []) == 0 and _provider_groups(grouping) == before


def test_a_cut_loses_no_finding_and_a_later_same_cannot_undo_it(tmp_path: Path) -> None:
    """Every weak link answered "different": the group falls into parts, every finding in exactly one; a "same"
    on a join candidate spanning a cut pair is refused."""
    grouping = _preview_grouping(tmp_path)
    groups = len(grouping.clusters)
    weak = weak_joins(grouping)
    cut = split_different(grouping, [(p, "different") for p in weak])
    assert cut == len(weak) and len(grouping.clusters) == groups + len(weak)
    members = sorted(m for c in grouping.clusters.values() for m in c.members)
    assert members == list(range(len(grouping.items)))
    again = [(UnsurePair(p.a, p.b, p.margin, p.place), "same") for p in weak]
    result = join_same(grouping, [(p, "different") for p in weak] + again)  # type: ignore[arg-type]
    assert result.joined == 0 and result.refused == len(weak)


def test_join_candidates_and_weak_links_are_asked_least_sure_first(grouping: Clustering) -> None:
    joins, weak = unsure_pairs(grouping), weak_joins(grouping)
    mixed = by_doubt(joins, weak)
    assert sorted(mixed, key=id) == sorted(joins + weak, key=id)
    doubts = [0.0 if not p.split and p.margin >= 0 else abs(p.margin) for p in mixed]
    assert doubts == sorted(doubts)


def fused_preview(env: dict[str, str], tmp_path: Path) -> Path:
    """Four fake agents print the preview findings (one each); gemini adjudicates, knowing which are one problem."""
    repo = tmp_path / "preview"
    repo.mkdir()
    (repo / "preview.go").write_text(PREVIEW_GO)
    for provider, title in {**OFF_BY_ONE, **XSS}.items():
        f = _preview(provider, title)
        body = {"findings": [{"severity": f.severity, "category": f.category, "title": f.title, "file": f.file,
                              "line": f.line, "snippet": f.snippet}]}  # fmt: skip
        env[f"FAKE_CLI_ANSWER_{provider.upper()}"] = "Review done.\n\n```json\n" + json.dumps(body) + "\n```\n"
    titles = list(OFF_BY_ONE.values())
    knowledge = tmp_path / "adjudication.json"
    knowledge.write_text(json.dumps({"same": [[a, b] for a in titles for b in titles if a < b]}), encoding="utf-8")
    env["FAKE_CLI_ADJ_KNOWLEDGE"] = str(knowledge)
    env["FAKE_CLI_MODE_GEMINI"] = "adjudicate=knows"
    return repo


@pytest.mark.anyio
async def test_a_fake_adjudicator_cuts_the_xss_out_of_the_off_by_one(env: dict[str, str], tmp_path: Path) -> None:
    repo = fused_preview(env, tmp_path)
    providers = sorted({**OFF_BY_ONE, **XSS})
    plain = await review(env, repo, providers=providers)
    assert plain["state"] == "completed"
    assert sorted(sorted(f["detected_by"]) for f in plain["findings"]) == [["claude", "qwen"], ["codex", "gemini"]]
    job = await review(env, repo, providers=providers, adjudicate=True, adjudicator="gemini")
    assert job["state"] == "completed"
    assert sorted(sorted(f["detected_by"]) for f in job["findings"]) == [["claude", "codex", "qwen"], ["gemini"]]
    note = next(n for n in job["notes"] if n.startswith("Adjudication by gemini"))
    assert "1 joined, 1 split" in note, note


@pytest.mark.parametrize("frozen", ["test119", "test120"])
def test_the_benchmark_never_runs_a_frozen_split(frozen: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "findings" / "adjudicate.py"), "--sets", f"tune,{frozen}"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2 and "frozen" in done.stderr and done.stdout == ""


# -- the near-miss stress (bench/findings/nearmiss.py) ---------------------------------------------------------
def _stress(*args: str) -> dict[tuple[str, str], list[str]]:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "findings" / "nearmiss.py"), *args],
                          capture_output=True, text=True, timeout=1100)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return {(parts[0], parts[1]): parts for parts in map(str.split, done.stdout.splitlines())
            if len(parts) >= 6 and parts[2].isdigit()}  # fmt: skip


@pytest.mark.slow
@pytest.mark.timeout(1200)  # 6907 probes, each merged alone and with the oracle: 6 minutes alone on a 2-core machine
def test_near_miss_pairs_seen_one_side_per_agent_stay_apart_as_measured() -> None:
    """Every near-miss pair of the read sets, each agent keeping one of the two problems (RESULTS.md, round 59, the
    learned weights and word links fitted on the 119 read sets): the merger fuses at most 494 of the 6907 probes (round
    58's rules refitted on them 500; on the 6786 of the 117 sets before test113: round 58 479, round 57's rules refitted
    476; on the 6667 of the 115 sets before test111: round 57 475, round 56's rules refitted 474; on the 6539 of the 113
    sets before test109: round 56 480, round 55's rules refitted 495; on the 6403 of the 111 sets before test107: round
    55 485, round 54's rules refitted 481; on the 6281 of the 109 sets before test105: round 54 472, round 53's rules
    refitted 474; on the 6171 of the 107 sets before test103: round 53 466, round 52's rules refitted 467; on the 6051
    of the 105 sets before test101: round 52 454, round 51's rules refitted 457; on the 5944 of the 103 sets before
    test99: round 51 449, round 50's rules refitted 453; on the 5816 of the 101 sets before test97: round 50 449, round
    49's rules refitted 454; on the 5700 of the 99 sets before test95: round 49 447, round 48's rules refitted 449; on
    the 5581 of the 97 sets before test93: round 48 444, round 47's rules refitted 447; on the 5464 of the 95 sets
    before test91: round 47 430, round 46's rules refitted 432; on the 5333 of the 93 sets before test89: round 46 423,
    round 45's rules refitted 436; on the 5214 of the 91 sets before test87: round 45 432, round 44's rules refitted
    441; on the 5093 of the 89 sets before test85: round 44 427, round 43's rules refitted 428; on the 4995 of the 87
    sets before test83: round 43 424, round 42's rules refitted 425; on the 4873 of the 85 sets before test81: round 42
    414, round 41's rules refitted 421; on the 4760 of the 83 sets before test79: round 41 413, round 40's rules
    unchanged, refitted; on the 4633 of the 81 sets before test77: round 40 397, round 39's rules refitted 402; on the
    4519 of the 79 sets before test75: round 39 396, round 38's rules refitted 396; on the 4397 of the 77 sets before
    test73: round 38 392, round 37's rules refitted 397; on the 4283 of the 75 sets before test71: round 37 383, round
    36's rules refitted 386; on the 4181 of the 73 sets before test69: round 36 380, round 35's rules refitted 391; on
    the 4069 of the 71 sets before test67: round 35 381; on the 3937 of the 69 sets before test65: round 35 366, round
    34 369; on the 3833 of the 67 sets before test63: round 34 355, round 33 364; on the 3717 of the 65 sets before
    test61: round 33 357, round 32 354; on the 3587 of the 63 sets before test59: round 31 345; on the 3473 of the 61
    sets before test57: round 30 337; on the 3354 of the 59 sets before test55: round 29 323; on the 3252 of the 57 sets
    before test53: round 28 322; on the 3145 of the 55 sets before test51: round 27 304; on the 3025 of the 53 sets
    before test49: round 26 300; on the 2904 of the 51 sets before test47: round 25 289; on the 2794 of the 49 sets
    before test45: round 24 283; on the 2681 of the 47 sets before test43: round 23 269; on the 2564 of the 45 sets
    before test41: round 22 257; on the 2459 of the 43 sets before test39: round 21 247, round 20 refitted 248; on the
    2347 of the 41 sets before test37: round 20 230, round 19 refitted 243; 1-5 of the 164 of the five first tuning
    sets), the pass with a perfect (simulated) adjudicator at most 314 (round 58's rules refitted 317; on the 117 sets:
    round 58 306, round 57's rules refitted 308; on the 115 sets: round 57 305, round 56's rules refitted 306; on the
    113 sets: round 56 305, round 55's rules refitted 322; on the 111 sets: round 55 313, round 54's rules refitted 311;
    on the 109 sets: round 54 306, round 53's rules refitted 308; on the 107 sets: round 53 303, round 52's rules
    refitted 303; on the 105 sets: round 52 298, round 51's rules refitted 298; on the 103 sets: round 51 294, round
    50's rules refitted 293; on the 101 sets: round 50 289, round 49's rules refitted 293; on the 99 sets: round 49 290,
    round 48's rules refitted 292; on the 97 sets: round 48 285, round 47's rules refitted 287; on the 95 sets: round 47
    276, round 46's rules refitted 276; on the 93 sets: round 46 272, round 45's rules refitted 273; on the 91 sets:
    round 45 262, round 44's rules refitted 273; on the 89 sets: round 44 259, round 43's rules refitted 259; on the 87
    sets: round 43 256, round 42's rules refitted 255; on the 85 sets: round 42 246, round 41's rules refitted 251; on
    the 83 sets: round 41 243; on the 81 sets: round 40 234, round 39's rules refitted 232; on the 79 sets: round 39
    233, round 38's rules refitted 233; on the 77 sets: round 38 229, round 37's rules refitted 228; on the 75 sets:
    round 37 219, round 36's rules refitted 221; on the 73 sets: round 36 217, round 35's rules refitted 221; on the 71
    sets: round 35 209; on the 69 sets: round 35 205, round 34 202; on the 67 sets: round 34 194, round 33 194; on the
    65 sets: round 33 192, round 32 190; on the 63 sets: round 31 181; on the 61 sets: round 30 178; on the 59 sets:
    round 29 176; on the 57 sets: round 28 171; on the 55 sets: round 27 162; on the 53 sets: round 26 166; on the 51
    sets: round 25 158; on the 49 sets: round 24 163; on the 47 sets: round 23 150; on the 45 sets: round 22 146; on the
    43 sets: round 21 140; on the 41 sets: round 20 137), and it never fuses more than the merger alone."""
    rows = _stress("--panels", "none,oracle")
    assert rows[("all", "none")][2] == "6907"
    fused = {panel: int(rows[("all", panel)][3]) for panel in ("none", "oracle")}
    assert fused["none"] <= 494 and fused["oracle"] <= 314
    first = ("original", "tune", "tune2", "tune3", "tune4")
    assert sum(int(rows[(name, "none")][3]) for name in first) <= 4
    for (name, panel), parts in rows.items():
        if panel == "oracle":
            assert int(parts[3]) <= int(rows[(name, "none")][3]), name


@pytest.mark.parametrize("frozen", ["test119", "test120"])
def test_the_stress_never_runs_a_frozen_split(frozen: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "findings" / "nearmiss.py"), "--sets", f"tune,{frozen}"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2 and "frozen" in done.stderr and done.stdout == ""
