"""A review job as SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning, IDE viewers).

Shape: one run, `tool.driver` "mco-mcp" (version `mco_mcp.__version__`) with one rule per finding category
(ruleId = the category: "bug", "security", ...; every category is listed, so rule indexes never change);
one result per merged finding: level from the severity (critical/high -> error, medium -> warning, low ->
note), message = title + recommendation, a location (repo-relative `artifactLocation.uri` under the
`%SRCROOT%` base, `region.startLine` when the line is known) unless the finding has no file, `rank` from
the confidence, `partialFingerprints` (stable across pushes: no line in it, see `fingerprint`), and in
`properties` what SARIF has no field for: detected_by, confidence, verified, in_diff, severity, category
and every agent's own report (variants), and the cross-examination's verdicts (also in the message).
Findings below `min_confidence` (hidden_findings) are results too, with an external suppression that says
why: code-scanning tools keep them but do not alert on them. Providers that failed appear as
`toolExecutionNotifications` of the invocation; the job's id, state, summary, notes and per-provider state
(with each provider's parser and extraction notes) are in the run's `properties`. A run job (no findings) gives a valid log with no results.

Validated in the tests against the official OASIS schema (tests/schemas/sarif-schema-2.1.0.json).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, get_args
from urllib.parse import quote

import mco_mcp
from mco_mcp.models import Category, Finding, Job, ProviderRun

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
TOOL_NAME = "mco-mcp"
FINGERPRINT_KEY = "mcoFinding/v1"

LEVELS: dict[str, str] = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}

CATEGORIES: tuple[str, ...] = get_args(Category)
_RULE_TEXT: dict[str, tuple[str, str]] = {
    "bug": ("Bug", "A defect: the code does not do what it is meant to."),
    "security": ("SecurityIssue", "A weakness an attacker could exploit."),
    "performance": ("PerformanceIssue", "Needless work, memory or latency."),
    "maintainability": ("MaintainabilityIssue", "Code that is hard to understand or to change safely."),
    "test-gap": ("TestGap", "Behaviour the tests do not cover, or tests that cannot fail."),
}
_NOTIFICATION_LEVELS: dict[str, str] = {
    "failed": "error",
    "timed_out": "error",
    "unavailable": "warning",
    "cancelled": "note",
}


def _rules() -> list[dict[str, Any]]:
    rules = []
    for category in CATEGORIES:
        name, text = _RULE_TEXT.get(category, (category.title().replace("-", ""), f"{category} finding"))
        tags = [category] + (["security"] if category == "security" else [])
        rules.append({
            "id": category,
            "name": name,
            "shortDescription": {"text": text},
            "properties": {"tags": sorted(set(tags))},
        })  # fmt: skip
    return rules


def _message(finding: Finding) -> str:
    text = finding.title.strip() or "(untitled finding)"
    if finding.recommendation and finding.recommendation.strip():
        text += f"\n\nRecommendation: {finding.recommendation.strip()}"
    if finding.verdicts:
        text += "\n\nCross-examination:" + "".join(f"\n- {v.verdict} by {v.provider}: {v.reason}" for v in finding.verdicts)
    return text


def _location(finding: Finding) -> dict[str, Any] | None:
    if not finding.file:
        return None
    artifact: dict[str, Any] = {"uri": quote(finding.file, safe="/"), "uriBaseId": SRCROOT}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if finding.line is not None and finding.line >= 1:
        physical["region"] = {"startLine": finding.line}
    return {"physicalLocation": physical}


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "severity": finding.severity,
        "category": finding.category,
        "confidence": finding.confidence,
        "verified": finding.verified,
        "verification": finding.verification,
        "detected_by": list(finding.detected_by),
        "detected_by_count": len(finding.detected_by),
        "variants": [
            {"provider": v.provider, "title": v.title, "severity": v.severity, "category": v.category,
             "file": v.file, "line": v.line}  # fmt: skip
            for v in finding.variants
        ],
        "tags": sorted({finding.category, finding.severity}),
    }
    if finding.snippet:
        properties["snippet"] = finding.snippet
    if finding.in_diff is not None:
        properties["in_diff"] = finding.in_diff
    if finding.verdicts:
        properties["verdicts"] = [v.model_dump(mode="json") for v in finding.verdicts]
    result: dict[str, Any] = {
        "ruleId": finding.category,
        "ruleIndex": rule_index[finding.category],
        "level": LEVELS[finding.severity],
        "message": {"text": _message(finding)},
        "rank": round(finding.confidence * 100, 1),
        "properties": {k: v for k, v in properties.items() if v is not None},
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
    }
    location = _location(finding)
    if location is not None:
        result["locations"] = [location]
    return result


def _hidden_result(finding: Finding, rule_index: dict[str, int], threshold: float | None) -> dict[str, Any]:
    result = _result(finding, rule_index)
    why = f"confidence {finding.confidence:g} is below min_confidence {threshold:g}" if threshold is not None else "hidden"
    result["suppressions"] = [{"kind": "external", "justification": why}]
    result["properties"]["hidden"] = True
    return result


def fingerprint(finding: Finding) -> str:
    """The same problem gets the same value on the next push: the category, the file and the quoted code
    (whitespace ignored) — never the line, which moves as code is added above it. Without a snippet, the
    title's words stand in for the code."""
    what = finding.snippet if finding.snippet and finding.snippet.strip() else finding.title.lower()
    basis = "\0".join((finding.category, finding.file or "", re.sub(r"\s+", "", what)))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def _provider(run: ProviderRun) -> dict[str, Any]:
    info: dict[str, Any] = {"provider": run.provider, "state": run.state, "elapsed_seconds": run.elapsed_seconds}
    if run.model:
        info["model"] = run.model
    if run.usage is not None:
        info["usage"] = run.usage.model_dump(exclude_none=True)
    if run.error is not None:
        info["error_kind"] = run.error.kind
    if run.findings_count is not None:
        info["findings_count"] = run.findings_count
    if run.dropped_findings:
        info["dropped_findings"] = len(run.dropped_findings)
    if run.notes:
        info["notes"] = list(run.notes)
    return info


def _notifications(job: Job) -> list[dict[str, Any]]:
    notes = []
    for run in job.providers:
        if run.error is None and run.state not in _NOTIFICATION_LEVELS:
            continue
        text = f"{run.provider} {run.state}"
        if run.error is not None:
            text += f" ({run.error.kind}): {run.error.message}"
        notes.append({
            "level": _NOTIFICATION_LEVELS.get(run.state, "warning"),
            "message": {"text": text},
            "properties": {"provider": run.provider, "state": run.state}
            | ({"error_kind": run.error.kind} if run.error is not None else {}),
        })  # fmt: skip
    return notes


def _repo_uri(repo: str) -> str | None:
    if not repo.startswith("/"):
        return None
    return "file://" + quote(repo.rstrip("/") + "/", safe="/")


def job_to_sarif(job: Job) -> dict[str, Any]:
    """The job as a SARIF 2.1.0 log (a dict ready for `json.dumps`): one run, one result per finding."""
    rules = _rules()
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    invocation: dict[str, Any] = {
        "executionSuccessful": job.state == "completed",
        "startTimeUtc": job.created_at,
    }
    if job.state in ("completed", "partial", "failed", "cancelled"):
        invocation["endTimeUtc"] = job.updated_at
    notifications = _notifications(job)
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": mco_mcp.__version__,
                "semanticVersion": mco_mcp.__version__,
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"{TOOL_NAME}/{job.kind}/{job.job_id}"},
        "invocations": [invocation],
        "results": [_result(f, rule_index) for f in job.findings or []]
        + [_hidden_result(f, rule_index, job.min_confidence) for f in job.hidden_findings or []],
        "properties": {
            "job_id": job.job_id,
            "kind": job.kind,
            "state": job.state,
            "summary": job.summary,
            "providers": [_provider(run) for run in job.providers],
        }
        | ({"scope": job.scope.model_dump(mode="json")} if job.scope is not None else {})
        | ({"cross_examination": job.cross_examination.model_dump(mode="json")} if job.cross_examination else {})
        | ({"min_confidence": job.min_confidence} if job.min_confidence is not None else {})
        | ({"notes": list(job.notes)} if job.notes else {}),
    }
    repo_uri = _repo_uri(job.repo)
    if repo_uri is not None:
        run["originalUriBaseIds"] = {SRCROOT: {"uri": repo_uri}}
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}
