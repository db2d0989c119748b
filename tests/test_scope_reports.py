"""Reports of a scoped review: in_diff in Markdown and SARIF, stable SARIF fingerprints, the scope itself."""

from __future__ import annotations

import copy
from typing import Any

from mco_mcp.reports import job_to_markdown, job_to_sarif
from mco_mcp.reports.sarif import FINGERPRINT_KEY
from mco_mcp.scope.model import ScopeInfo
from tests.test_reports import review_job, sarif_validator, schema_errors  # noqa: F401 (a fixture)

SCOPE = ScopeInfo(kind="branch", description="HEAD against main (merge base 1a2b3c4d5e)", base="main",
                  base_commit="1a2b3c4d5e" * 4, files=3, added=1, modified=2, diff_bytes=900, files_in_prompt=2,
                  omitted_files=1, only_in_diff=True, dropped_outside_diff=2)  # fmt: skip


def scoped_job() -> Any:
    job = review_job(scope=SCOPE.model_copy())
    job.findings[0].in_diff = True
    job.findings[1].in_diff = False
    return job


def test_sarif_of_a_scoped_review_is_valid_and_says_in_diff(sarif_validator: Any) -> None:  # noqa: F811
    log = job_to_sarif(scoped_job())
    assert schema_errors(sarif_validator, log) == []
    results = log["runs"][0]["results"]
    assert [r["properties"].get("in_diff") for r in results] == [True, False, None, None]
    assert log["runs"][0]["properties"]["scope"]["dropped_outside_diff"] == 2


def test_sarif_fingerprints_survive_a_push_that_moves_the_lines_and_tell_problems_apart() -> None:
    before = job_to_sarif(scoped_job())["runs"][0]["results"]
    moved = scoped_job()
    for finding in moved.findings:
        finding.line = (finding.line or 0) + 40  # code added above: every line moves
        finding.confidence = 0.5
    moved.findings[0].snippet = "query  =  " + moved.findings[0].snippet.removeprefix("query = ")  # reformatted
    after = job_to_sarif(moved)["runs"][0]["results"]
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in before]
    assert prints == [r["partialFingerprints"][FINGERPRINT_KEY] for r in after]
    assert len(set(prints)) == len(prints)  # four problems, four fingerprints
    other_file = copy.deepcopy(moved)
    other_file.findings[0].file = "app/other.py"
    assert job_to_sarif(other_file)["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT_KEY] != prints[0]


def test_markdown_of_a_scoped_review_says_what_was_reviewed_and_marks_each_finding() -> None:
    text = job_to_markdown(scoped_job())
    assert "**Reviewed:** HEAD against main (merge base 1a2b3c4d5e) — 3 files (1 added, 2 modified)" in text
    assert "**Left out of the prompt's diff:** 1 files" in text
    assert "**Dropped:** 2 findings outside the change (`only_in_diff`)" in text
    first, second = text.split("**1. ")[1], text.split("**2. ")[1]
    assert "📝 in the change" in first.split("**2. ")[0] and "outside the change" in second.split("**3. ")[0]
    assert "in the change" not in text.split("**3. ")[1]  # no in_diff, no mark
