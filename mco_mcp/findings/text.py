"""Words of a finding, reduced so that different wordings of one problem share them.

Light stemming (validate/validation/validated -> "valid"), identifiers split into their words and also
kept whole, hyphenated words also joined ("hard-coded" -> "hardcoded"), and a small thesaurus of the
vocabulary code reviewers use for the same issue ("sqli" and "injection"; "unclosed" and "leak").
"""

from __future__ import annotations

import re
from functools import lru_cache

# The lookbehind keeps "C++"-style tokens from being retried at every position of a long run of digits
# (quadratic on hostile text); such a token can only start where a run starts, so the matches are the same.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:[.\-'][A-Za-z0-9_]+)*|(?<![A-Za-z0-9])[A-Za-z0-9]+\+[A-Za-z0-9]+")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

STOPWORDS = frozenset(
    """a an the of to in on for is are was were be been being it its this that these those with and or not no
    nor if then else when while as by from at which who whom what so than there here into onto any all each
    only also but does do did doing has have had having can could should would may might must will shall
    just very more most less least such via per out up down over under again further same other own both
    we you they he she them our your their i me my us one two new let lets use uses used using make makes
    made ensure consider instead e g eg ie etc like get gets because since before after about above below
    within without though although however thus therefore whether either neither yet still even well
    function method code line lines file files value values call calls called return returns returned
    issue issues problem problems finding note current currently actually always potential potentially
    possible possibly allow allows allowed need needs needed add added avoid way e.g i.e""".split()
)

# Groups of words reviewers use interchangeably for one issue; each maps to the group's first word.
_THESAURUS = """
inject injection injections sqli injectable
parameterize parameterized parametrize parametrized parameterised placeholder placeholders bind
leak leaks leaked leaking unclosed dangling close closes closed closing
unbounded unlimited grows growth evict eviction lru maxsize
race racy toctou concurrent concurrency threadsafe thread-safe atomic atomically nonatomic
lock locks locking locked mutex synchronize synchronized synchronization
timeout timeouts hang hangs hanging
tls ssl certificate certificates cert certs mitm man-in-the-middle
hardcoded hard-coded embedded
timing constant-time compare_digest side-channel
predictable guessable prng csprng
deserialize deserialization deserialise unpickle unpickling pickle pickled
traversal
quadratic
swallow swallows swallowed swallowing silently silent suppress suppressed suppresses mask masks masked
backoff back-off exponential jitter
test tests testing tested untested coverage covered uncovered
assert asserts assertion assertions
exception exceptions raise raises raised throw throws thrown
crash crashes crashed
constructor __init__ init initializer initialiser
"""


_SUFFIXES = ("ization", "isation", "ation", "ition", "izing", "ising", "ating", "ized", "ised", "ated", "ator", "ment",
             "ness", "ison", "age", "ing", "ion", "ize", "ise", "ate", "ity", "able", "ible", "ive", "ed", "er", "ly",
             "e")  # fmt: skip


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def stem(word: str) -> str:
    """A crude suffix stripper: consistent, not linguistically right."""
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            # committed -> committ -> commit, stopping -> stopp -> stop
            if suffix in ("ed", "ing", "er") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    # British spelling doubles a final l before a suffix (cancel, cancelled, cancellation; enrol, enrolled): one l
    # for every form of a word of two syllables or more, so they are one term. Not for one syllable: "fill" would
    # become "fil", the stem of "file".
    if w.endswith("ll") and len(_VOWEL_GROUPS.findall(w[:-2])) >= 2:
        w = w[:-1]
    return w


def _build_thesaurus() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _THESAURUS.strip().splitlines():
        words = row.split()
        head = "~" + stem(words[0].replace("-", ""))
        for word in words:
            table[stem(word.replace("-", ""))] = head
            table[word] = head
    return table


_SYNONYMS = _build_thesaurus()


@lru_cache(maxsize=65536)
def _word_terms(word: str) -> tuple[str, ...]:
    lower = word.lower()
    if lower in _SYNONYMS:
        return (_SYNONYMS[lower],)
    if lower in STOPWORDS or len(lower) < 2:
        return ()
    stemmed = stem(lower)
    terms = [_SYNONYMS.get(stemmed, stemmed)]
    # "unvalidated" also means "validated": keep the root too.
    if lower.startswith("un") and len(lower) > 6:
        root = stem(lower[2:])
        terms.append(_SYNONYMS.get(root, root))
    return tuple(terms)


# Notation that the tokenizer would shred: big-O and "N+1". (No two `\s*` side by side: on a long run of
# spaces they backtrack quadratically.)
_NOTATION = (
    (re.compile(r"\bO\(\s*n\s*(?:(?:\^|\*\*)\s*)?[2²]\s*\)|\bO\(\s*n\s*\*\s*n\s*\)", re.I), " quadratic "),
    (re.compile(r"\bO\(\s*n\s*\)", re.I), " linear "),
    (re.compile(r"\bN\s*\+\s*1\b", re.I), " nplusone "),
)


@lru_cache(maxsize=65536)
def terms(text: str) -> frozenset[str]:
    """The comparable terms of a piece of prose or code."""
    out: set[str] = set()
    for pattern, replacement in _NOTATION:
        text = pattern.sub(replacement, text)
    for match in _TOKEN.finditer(text):
        token = match.group(0).strip("'")
        lower = token.lower()
        if ("_" in token or "." in token or any(c.isupper() for c in token[1:])) and len(lower) >= 4:
            # An identifier (snake_case, dotted, camelCase) is specific: kept whole as well as split.
            out.add("`" + lower)
        if "-" in token:
            out.update(_word_terms(lower.replace("-", "")))
        for part in re.split(r"[._\-']+", token):
            for sub in _CAMEL.findall(part):
                out.update(_word_terms(sub))
    return frozenset(out)
