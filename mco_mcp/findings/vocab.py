"""Words agents use for severities, categories and confidence, mapped onto the contract's enums.

Agents follow the requested enums only approximately (`major`, `blocker`, `style`, `correctness`...), so
every value is mapped, never rejected: an unknown severity becomes `medium` and an unknown category is
guessed from the finding's text, each with a note saying so.
"""

from __future__ import annotations

import re
from typing import get_args

from mco_mcp.models import Category, Severity

SEVERITIES: tuple[Severity, ...] = get_args(Severity)
CATEGORIES: tuple[Category, ...] = get_args(Category)
SEVERITY_RANK: dict[str, int] = {"critical": 3, "high": 2, "medium": 1, "low": 0}

_SEVERITY_WORDS: dict[str, Severity] = {}
for _sev, _words in {
    "critical": "critical crit blocker blocking fatal severe showstopper urgent catastrophic p0 sev0 sev-0 s0",
    "high": "high major error serious important p1 sev1 sev-1 s1 danger",
    "medium": "medium moderate med warning warn normal average p2 sev2 sev-2 s2 mid",
    "low": "low minor info informational trivial note nit nitpick suggestion hint cosmetic optional p3 p4 sev3 s3",
}.items():
    for _word in _words.split():
        _SEVERITY_WORDS[_word] = _sev  # type: ignore[assignment]

_CATEGORY_WORDS: dict[str, Category] = {}
for _cat, _words in {
    "bug": "bug bugs correctness logic logic-error defect functional functionality crash reliability robustness "
    "concurrency race race-condition regression data-integrity error-handling exception-handling "
    "resource-leak edge-case validation input-validation",
    "security": "security secure sec vulnerability vuln vulnerabilities injection auth authentication "
    "authorization authz crypto cryptography privacy secrets secret-management xss csrf",
    "performance": "performance perf efficiency speed scalability latency memory throughput optimization "
    "optimisation resource-usage complexity-performance",
    "maintainability": "maintainability maintenance style readability code-quality quality design refactor "
    "refactoring cleanup complexity documentation docs naming smell code-smell best-practice best-practices "
    "convention conventions lint typing types api-design dead-code duplication",
    "test-gap": "test-gap test-gaps tests testing test test-coverage coverage missing-test missing-tests "
    "untested test-quality tests-missing",
}.items():
    for _word in _words.split():
        _CATEGORY_WORDS[_word] = _cat  # type: ignore[assignment]

# Keywords used to guess a category the agent did not give (or gave in words we do not know).
_CATEGORY_HINTS: tuple[tuple[Category, re.Pattern[str]], ...] = (
    (
        "test-gap",
        re.compile(r"\b(untested|no tests?|missing tests?|test coverage|not covered|asserts? nothing)\b", re.I),
    ),
    (
        "security",
        re.compile(
            r"\b(inject\w*|xss|csrf|secret|password|credential|traversal|pickle|deserializ\w*|tls|ssl|"
            r"certificate|md5|sha1|authenticat\w*|authoriz\w*|privilege|exploit|attacker|vulnerab\w*)",
            re.I,
        ),
    ),
    (
        "performance",
        re.compile(r"\b(slow|quadratic|o\(n|n\+1|performance|latency|memory|cache|unbounded|inefficien\w*)", re.I),
    ),
    (
        "maintainability",
        re.compile(r"\b(naming|readab\w*|duplicat\w*|dead code|refactor\w*|style|complex\w*|magic number)", re.I),
    ),
)


def _norm_word(raw: str) -> str:
    return re.sub(r"[\s_]+", "-", raw.strip().lower())


def map_severity(raw: object) -> Severity | None:
    """The enum value for what an agent wrote as a severity, or None when it means nothing we know."""
    if not isinstance(raw, str):
        return None
    word = _norm_word(raw)
    if word in _SEVERITY_WORDS:
        return _SEVERITY_WORDS[word]
    # "High severity", "major/blocking", "P1 - high": the first known word wins.
    for part in re.split(r"[^a-z0-9]+", word):
        if part in _SEVERITY_WORDS:
            return _SEVERITY_WORDS[part]
    return None


def map_category(raw: object) -> Category | None:
    """The enum value for what an agent wrote as a category, or None when it means nothing we know."""
    if not isinstance(raw, str):
        return None
    word = _norm_word(raw)
    if word in _CATEGORY_WORDS:
        return _CATEGORY_WORDS[word]
    for part in re.split(r"[/,;|]+|-and-|-&-", word):
        part = part.strip("-")
        if part in _CATEGORY_WORDS:
            return _CATEGORY_WORDS[part]
    for part in re.split(r"[^a-z]+", word):
        if part in _CATEGORY_WORDS:
            return _CATEGORY_WORDS[part]
    return None


def guess_category(text: str) -> Category:
    """A category for a finding whose agent gave none we know: by keywords in its text, else `bug`."""
    for category, pattern in _CATEGORY_HINTS:
        if pattern.search(text):
            return category
    return "bug"


_CONFIDENCE_WORDS: dict[str, float] = {
    "certain": 0.95,
    "very high": 0.9,
    "high": 0.8,
    "likely": 0.7,
    "medium-high": 0.7,
    "medium": 0.6,
    "moderate": 0.6,
    "med": 0.6,
    "possible": 0.5,
    "medium-low": 0.45,
    "low": 0.35,
    "unlikely": 0.25,
    "very low": 0.2,
}
_NUMBER_RE = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$")


def map_confidence(raw: object) -> float | None:
    """A confidence in [0, 1] from a number (0..1, or 1..100 as a percentage), "85%", "0.8" or a word."""
    if isinstance(raw, bool):
        return None
    value: float | None = None
    if isinstance(raw, (int, float)):
        value = float(raw)
        if value > 1.0:
            value = value / 100.0
    elif isinstance(raw, str):
        text = raw.strip().lower()
        match = _NUMBER_RE.match(text)
        if match:
            value = float(match.group(1))
            if match.group(2) == "%" or value > 1.0:
                value = value / 100.0
        else:
            value = _CONFIDENCE_WORDS.get(re.sub(r"[\s_]+", " ", text))
    if value is None or not 0.0 <= value <= 1.0:
        return None
    return round(value, 4)
