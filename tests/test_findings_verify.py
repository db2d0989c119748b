"""Verifying merged findings against the repository: file, line, snippet; confidence and ranking."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mco_mcp.findings import findings_from_answers
from mco_mcp.findings.locate import NEAR
from mco_mcp.findings.verify import FAILED_FACTOR, UNCHECKED_FACTOR, Verifier, verify_findings
from mco_mcp.models import Finding, FindingVariant

STORE_PY = """\
import json
import os


def load(path):
    with open(path) as fh:
        return json.load(fh)


def save(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)


def remove_all(paths):
    for p in paths:
        os.remove(p)
    return len(paths)


def debug(value):
    print(value)
    return value
"""  # 25 lines; `json.dump(data, fh)` is line 13, `os.remove(p)` line 19, `print(value)` line 24


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "app").mkdir(parents=True)
    (root / "app" / "store.py").write_text(STORE_PY)
    (root / "app" / "blob.bin").write_bytes(b"\x00\x01\x02" * 10)
    (tmp_path / "outside.py").write_text("SECRET = 1\n")
    return root


def finding(title: str = "Problem", severity: str = "high", file: str | None = "app/store.py",
            line: int | None = None, snippet: str | None = None, confidence: float = 0.8,
            category: str = "bug") -> Finding:  # fmt: skip
    return Finding(
        severity=severity,  # type: ignore[arg-type]
        category=category,  # type: ignore[arg-type]
        title=title,
        file=file,
        line=line,
        snippet=snippet,
        confidence=confidence,
        detected_by=["claude"],
        variants=[FindingVariant(provider="claude", title=title, severity=severity,  # type: ignore[arg-type]
                                 category=category, file=file, line=line)],  # type: ignore[arg-type]  # fmt: skip
    )


def verify_one(repo: Path, f: Finding) -> Finding:
    [out] = verify_findings([f], repo)
    return out


# ------------------------------------------------------------------------------------------ single checks


def test_a_good_finding_is_verified_at_its_line_and_keeps_its_confidence(repo: Path) -> None:
    out = verify_one(repo, finding(line=13, snippet="json.dump(data, fh)"))
    assert out.verified is True
    assert out.verification == "snippet found at line 13"
    assert out.line == 13 and out.confidence == 0.8


def test_a_missing_file_is_unverified_and_its_confidence_halved(repo: Path) -> None:
    out = verify_one(repo, finding(file="app/cache.py", line=3, snippet="cache.clear()"))
    assert out.verified is False
    assert out.verification == "file does not exist"
    assert out.confidence == pytest.approx(0.8 * FAILED_FACTOR)
    assert out.line == 3  # an unverified finding keeps what the agent said


def test_a_line_past_the_end_of_the_file_fails(repo: Path) -> None:
    out = verify_one(repo, finding(line=900))
    assert out.verified is False
    assert out.verification == "line 900 is past the end of the file (25 lines)"
    assert out.confidence == pytest.approx(0.4)


def test_an_invented_snippet_fails(repo: Path) -> None:
    out = verify_one(repo, finding(line=13, snippet="pickle.loads(request.body)"))
    assert out.verified is False
    assert out.verification == "snippet not found in the file"
    assert out.line == 13 and out.confidence == pytest.approx(0.4)


def test_a_snippet_a_few_lines_off_is_verified_and_the_line_corrected(repo: Path) -> None:
    out = verify_one(repo, finding(line=16, snippet="os.remove(p)"))
    assert out.verified is True
    assert out.line == 19
    assert out.verification == "snippet found at line 19, near the reported line 16; line corrected"
    assert out.confidence == 0.8


def test_a_snippet_far_from_its_line_is_verified_where_it_is(repo: Path) -> None:
    out = verify_one(repo, finding(line=2, snippet="os.replace(tmp, path)"))
    assert out.verified is True and out.line == 14
    assert "not near the reported line 2; line corrected" in out.verification  # type: ignore[operator]


def test_a_line_past_the_end_is_corrected_when_the_snippet_is_in_the_file(repo: Path) -> None:
    out = verify_one(repo, finding(line=120, snippet="print(value)"))
    assert out.verified is True and out.line == 24
    assert out.verification == (
        "snippet found at line 24; the reported line 120 is past the end of the file (25 lines); line corrected"
    )


@pytest.mark.parametrize("path", ["../outside.py", "app/../../outside.py"])
def test_a_path_escaping_the_repository_fails_without_reading_it(repo: Path, path: str) -> None:
    out = verify_one(repo, finding(file=path, line=1, snippet="SECRET = 1"))
    assert out.verified is False
    assert out.verification == "path leaves the repository"
    assert out.confidence == pytest.approx(0.4)


def test_an_absolute_path_outside_and_a_symlink_out_of_the_repository_fail(repo: Path) -> None:
    outside = repo.parent / "outside.py"
    os.symlink(outside, repo / "app" / "link.py")
    for path in (str(outside), "app/link.py"):
        out = verify_one(repo, finding(file=path, line=1, snippet="SECRET = 1"))
        assert (out.verified, out.verification) == (False, "path leaves the repository"), path


def test_an_escaping_path_reaches_the_finding_as_no_file(repo: Path) -> None:
    # Extraction drops a path outside the repository (keeping the finding): verification says so.
    body = {"findings": [{"title": "Secret in code", "severity": "high", "category": "security",
                          "file": "../outside.py", "line": 1, "snippet": "SECRET = 1"}]}  # fmt: skip
    [out], _, _ = findings_from_answers({"claude": f"```json\n{json.dumps(body)}\n```"}, repo)
    assert out.file is None
    assert (out.verified, out.verification) == (False, "no file given")


def test_a_finding_without_a_file_is_unverified_but_only_mildly_downgraded(repo: Path) -> None:
    out = verify_one(repo, finding(file=None))
    assert (out.verified, out.verification) == (False, "no file given")
    assert out.confidence == pytest.approx(0.8 * UNCHECKED_FACTOR)


def test_without_a_snippet_the_file_and_line_are_what_is_checked(repo: Path) -> None:
    out = verify_one(repo, finding(line=5))
    assert (out.verified, out.verification, out.confidence) == (True, "no snippet to check; file and line exist", 0.8)
    out = verify_one(repo, finding(line=None))
    assert (out.verified, out.verification) == (True, "no line or snippet to check; file exists")


def test_snippets_are_compared_without_whitespace_prefixes_fences_or_elisions(repo: Path) -> None:
    snippets = {
        "reindented and rewrapped": "with open(tmp, 'w') as fh:\n json.dump(data,\n   fh)",
        "line numbers": "12: with open(tmp, \"w\") as fh:\n13:     json.dump(data, fh)",
        "fenced": "```python\n    with open(tmp, \"w\") as fh:\n        json.dump(data, fh)\n```",
        "elided": 'tmp = path + ".tmp"\n...\nos.replace(tmp, path)',
        "inline elision": "with open(tmp, ...) as fh:",
        "a line left out": 'tmp = path + ".tmp"\njson.dump(data, fh)',
    }
    for name, snippet in snippets.items():
        out = verify_one(repo, finding(line=12, snippet=snippet))
        assert out.verified is True, (name, out.verification)
        assert out.line == 12, (name, out.verification)


def test_a_short_snippet_is_only_looked_for_near_its_line(repo: Path) -> None:
    near = verify_one(repo, finding(line=6 + NEAR, snippet="fh)"))
    assert near.verified is True
    far = verify_one(repo, finding(line=25, snippet="fh)"))  # occurs on lines 7 and 13, too far from 25
    assert far.verified is False and far.line == 25
    assert far.verification == "snippet not found near line 25"


def test_with_no_line_the_snippet_places_the_finding(repo: Path) -> None:
    out = verify_one(repo, finding(line=None, snippet="os.remove(p)"))
    assert (out.verified, out.line) == (True, 19)
    assert out.verification == "snippet found at line 19; no line was given"
    out = verify_one(repo, finding(line=None, snippet="with open("))
    assert (out.verified, out.line) == (True, 6)
    assert out.verification == "snippet found at line 6 (first of 2 places); no line was given"


def test_unreadable_files_are_unchecked_not_contradicted(repo: Path) -> None:
    out = verify_one(repo, finding(file="app/blob.bin", line=1, snippet="x"))
    assert out.verified is False and out.verification == "file is binary; not checked"
    assert out.confidence == pytest.approx(0.8 * UNCHECKED_FACTOR)
    out = verify_one(repo, finding(file="app", line=1))
    assert (out.verified, out.verification) == (False, "path is not a regular file")


def test_a_test_gap_naming_a_test_file_still_to_write_is_only_unchecked(repo: Path) -> None:
    out = verify_one(repo, finding(file="tests/test_store.py", category="test-gap"))
    assert out.verified is False and out.verification.startswith("file does not exist")  # type: ignore[union-attr]
    assert out.confidence == pytest.approx(0.8 * UNCHECKED_FACTOR)


def test_confidence_stays_within_bounds(repo: Path) -> None:
    assert verify_one(repo, finding(file="nope.py", confidence=0.0)).confidence == 0.0
    assert verify_one(repo, finding(line=13, snippet="json.dump(data, fh)", confidence=1.0)).confidence == 1.0


def test_each_file_is_read_once(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    original = os.open

    def counting(path: object, flags: int, *args: object, **kwargs: object) -> int:
        reads.append(flags)
        return original(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", counting)
    verifier = Verifier(repo)
    for line in range(1, 25):
        verifier.verify(finding(line=line, snippet="os.remove(p)"))
    assert len(reads) == 1


# ------------------------------------------------------------------------------------------ ranking


def test_unverified_findings_rank_last_each_group_in_severity_order(repo: Path) -> None:
    findings = [
        finding("critical but invented", "critical", line=5, snippet="eval(user_input)"),
        finding("critical and real", "critical", line=19, snippet="os.remove(p)"),
        finding("high, missing file", "high", file="app/gone.py", line=1),
        finding("medium and real", "medium", line=13, snippet="json.dump(data, fh)"),
        finding("low, no file", "low", file=None),
        finding("high and real", "high", line=6, snippet="with open(path) as fh:"),
        finding("low and real", "low", line=23),
    ]
    out = verify_findings(findings, repo)
    assert [(f.title, f.verified) for f in out] == [
        ("critical and real", True),
        ("high and real", True),
        ("medium and real", True),
        ("low and real", True),
        ("critical but invented", False),
        ("high, missing file", False),
        ("low, no file", False),
    ]
    assert verify_findings(findings, repo) == out  # deterministic


def test_findings_from_answers_returns_verified_findings_first(repo: Path) -> None:
    body = {"findings": [
        {"title": "Invented deserialization", "severity": "critical", "category": "security",
         "file": "app/store.py", "line": 5, "snippet": "pickle.loads(blob)", "confidence": 0.9},
        {"title": "Non-atomic remove loop", "severity": "low", "category": "bug",
         "file": "app/store.py", "line": 17, "snippet": "os.remove(p)", "confidence": 0.6},
    ]}  # fmt: skip
    merged, _, counts = findings_from_answers({"codex": f"```json\n{json.dumps(body)}\n```"}, repo)
    assert counts == {"codex": 2}
    assert [(f.title, f.verified, f.line, f.confidence) for f in merged] == [
        ("Non-atomic remove loop", True, 19, 0.6),
        ("Invented deserialization", False, 5, 0.45),
    ]
    assert merged[1].verification == "snippet not found in the file"
