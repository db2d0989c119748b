"""Which kind of defect a finding names: injection, leak, race, off-by-one...

Two findings that cite the same few lines are usually one problem -- unless they name different kinds of
defect: an unclosed file and a formula injection on one line are two problems however close they sit and
whatever words they share ("CSV", "export"). Cross-symptom descriptions of one problem stay in one kind
(a missing lock, a racy counter and duplicate work are all "concurrency"), and most findings name a kind
at most once. A finding that names no kind here (symptoms only: "always returns false") conflicts with
nothing. The vocabulary is the one of code review, not of any benchmark: each kind is a class of defect
with its usual names.
"""

from __future__ import annotations

import re
from functools import lru_cache

_KINDS: dict[str, str] = {
    "injection": r"inject|sqli\b|\bxss\b|cross.site.script|unescaped|not escaped|shell\s*=\s*true"
    r"|\bshell\b|command execution|(?:format|concatenat|interpolat)\w*\b.{0,30}\b(?:sql|query)\b",
    "traversal": r"travers|\.\./|outside (?:of )?(?:the )?[\w ]{0,20}?(?:dir|folder|root)|writ\w* outside|escapes? the",
    "resource-leak": r"\bleak|unclosed|\bclos(?:e|ed|es|ing)\b|file handle|descriptor|dangling",
    "transaction": r"\bcommit|rollback|transaction",
    "concurrency": r"\brac(?:e|es|y)\b|race.condition|concurren|thread.?safe|\block|mutex|atomic|synchroni"
    r"|toctou|check.then.act|data race|in parallel|simultaneous",
    "timeout": r"time.?out|\bhang|\bcancel|deadline|wait forever|blocks forever",
    "bounds": r"off.by.one|out of (?:range|bounds)|\bbounds\b|fencepost|index(?:es|ing)? (?:past|beyond)|one too (?:few|many)"
    r"|\blast (?:element|item|window|value)|\bfirst (?:element|item)",
    "division": r"divi(?:de|des|sion|ding) by zero|zerodivision|zero.division|by zero",
    "weak-hash": r"\bmd5\b|\bsha-?1\b|weak (?:hash|digest)|unsalted|\bsalt",
    "timing": r"constant.time|timing (?:attack|side)|compare_digest|timingsafe",
    "randomness": r"\brandom\b|\bprng\b|csprng|guessable|math\.random|not cryptographically",
    "temp-file": r"/tmp\b|\btemp(?:orary)?.?file|\btmp (?:path|file)|symlink|mktemp",
    "deserialization": r"pickle|deserial|unpickl|yaml\.load|unsafe (?:yaml|load)|arbitrary object",
    "tls": r"\btls\b|\bssl\b|certificate|verify\s*=\s*false|insecureskipverify|rejectunauthorized",
    "hardcoded-secret": r"hard.?coded|(?:secret|key|password|token|credential)s? (?:\w+ )?(?:in|committed to|checked into) (?:the )?(?:source|code|repo)"
    r"|committed secret",
    "authentication": r"authenticat|\bspoof|\bforg(?:e|ed|ery|ing)|impersonat|signature (?:is )?not verified"
    r"|without verif|unverified (?:token|jwt)|identity",
    "error-handling": r"swallow|error (?:is )?ignored|ignor\w* (?:the |its )?err|unchecked err|bare except"
    r"|except exception|silently|discard\w* (?:the )?err|err\b.{0,20}not checked|unhandled (?:error|exception)",
    "event-loop": r"event loop|\bsync(?:hronous)? (?:read|write|i/o|call)|readfilesync|blocks the (?:server|process)",
    "quadratic": r"quadratic|o\(n\s*(?:\^|\*\*)?\s*[2²]\)|n\s*\+\s*1|one query per|per.row quer",
    "unbounded": r"unbounded|no (?:upper )?(?:limit|bound|cap|max)|grows without|never (?:released|evicted|subtract|freed)"
    r"|memory growth|only grows",
    "time-zone": r"time.?zone|naive (?:datetime|now)|\butc\b|local time",
    "mutable-default": r"mutable default",
    "await": r"not awaited|missing await|without await|floating promise|unhandled (?:promise|rejection)|fire.and.forget",
    "negative-input": r"\bnegative\b|below zero|less than zero",
    "secret-in-url": r"query.?string|in (?:the )?url\b|url (?:query|param)|\burl\b.{0,30}\blogs?\b",
    "fail-open-config": r"\bunset\b|not set\b|\bempty (?:key|secret|password|token|env|string)|missing (?:env|config)"
    r"|defaults? to (?:empty|an empty|\"\")|fails? open",
    "float-money": r"\bfloat\w* (?:for|money|currency|price)|currency .{0,20}float|rounding",
}
_PATTERNS = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _KINDS.items()}


@lru_cache(maxsize=65536)
def kinds(text: str) -> frozenset[str]:
    """The kinds of defect `text` (a finding's title and description) names."""
    return frozenset(kind for kind, pattern in _PATTERNS.items() if pattern.search(text))


def conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name a kind of defect, and no kind in common: two problems."""
    return bool(a) and bool(b) and a.isdisjoint(b)
