"""A finding's confidence from evidence: who reported it, what the code check found, what the other agents said.

The formula (docs/crossexam.md explains it with examples):

    prior  = the merged confidence: the reporters' own confidences combined (each further reporter keeps
             60 % of the remaining doubt, `merge._combined_confidence`), times the verification factor
             (1 when the cited code is there, 0.75 when there was nothing to check, 0.5 when the repository
             contradicts the location; `verify`)
    score  = logit(clamp(prior, 0.02, 0.98)) + sum over verdicts of WEIGHT[verdict] * (1 if it cites code else 0.5)
    confidence = 1 / (1 + exp(-score)), rounded to 3 places

WEIGHT: confirmed +1.0, refuted -2.0, unsure -0.25. Why these:

- A refutation weighs twice a confirmation: agents asked "is this real?" lean towards yes (agreeing costs
  them nothing), so a "no" that names the code contradicting the claim is the rarer, stronger signal. One
  cited refutation takes a 0.8 finding to 0.35; two take it to 0.07.
- "unsure" is weak evidence against: an agent that looked at the code and could not see the problem.
- A verdict whose reason quotes code (in backticks) that really occurs in the cited file counts fully;
  one that cites nothing checkable counts half. The code check is the same idea as `verify`: agreement
  is worth what its evidence is worth.
- Working in log-odds makes verdicts add up symmetrically and keeps the result inside (0, 1); the clamp
  keeps a prior of 0 or 1 (an agent's own claim) from making any verdict meaningless.

Without verdicts the confidence is the prior, unchanged. `min_confidence` then splits the findings into the
shown and the hidden (`split_by_confidence`); nothing is dropped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from mco_mcp.models import Finding, Verdict

WEIGHT = {"confirmed": 1.0, "refuted": -2.0, "unsure": -0.25}
UNCITED_FACTOR = 0.5
PRIOR_FLOOR, PRIOR_CEILING = 0.02, 0.98


def _logit(p: float) -> float:
    p = min(PRIOR_CEILING, max(PRIOR_FLOOR, p))
    return math.log(p / (1.0 - p))


def evidence_confidence(prior: float, verdicts: Iterable[Verdict]) -> float:
    """The confidence of a finding whose merged, verified confidence is `prior`, given the verdicts on it."""
    verdicts = list(verdicts)
    if not verdicts:
        return round(min(1.0, max(0.0, prior)), 3)
    score = _logit(prior)
    for verdict in verdicts:
        score += WEIGHT[verdict.verdict] * (1.0 if verdict.cites_code else UNCITED_FACTOR)
    return round(1.0 / (1.0 + math.exp(-score)), 3)


def rescore(finding: Finding, verdicts: list[Verdict]) -> Finding:
    """The finding carrying `verdicts`, its confidence recomputed from its prior (its current confidence)."""
    return finding.model_copy(update={
        "verdicts": verdicts,
        "confidence": evidence_confidence(finding.confidence, verdicts),
    })  # fmt: skip


def split_by_confidence(findings: list[Finding], threshold: float | None) -> tuple[list[Finding], list[Finding]]:
    """(shown, hidden): the findings at or above `threshold`, and those below it (each list in its order)."""
    if threshold is None:
        return list(findings), []
    shown = [f for f in findings if f.confidence >= threshold]
    hidden = [f for f in findings if f.confidence < threshold]
    return shown, hidden
