"""Lenient, loud extraction of findings from one provider's answer text.

Lenient: findings are taken from fenced or bare JSON, an object with "findings" (or "issues", ...) or a
bare list; location nested (`evidence`/`location` objects) or flat (`file`/`path`, `line`, `snippet`) or a
`"file:line"` string; severities, categories and confidence in the agent's own words are mapped.
Loud: every item that still cannot be used, every JSON block that cannot be parsed, and an answer with no
findings JSON at all each become a `DroppedFinding` with a reason. Nothing is discarded silently.
The canonical schema is checked with jsonschema only to annotate: its errors become notes on a kept
finding, or part of the reason for a dropped one.
Bounded (see limits.py): the answer is hostile input, so reading it costs bounded work, depth and memory;
what a bound cuts off is reported as dropped, and no input makes this raise.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from mco_mcp.findings.contract import load_schema
from mco_mcp.findings.jsontext import json_values
from mco_mcp.findings.limits import MAX_ANSWER_CHARS, MAX_DROPPED, MAX_FIELD_CHARS, MAX_ITEMS, Work
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.paths import PathNormalizer, split_line_suffix
from mco_mcp.findings.vocab import guess_category, map_category, map_confidence, map_severity
from mco_mcp.models import DroppedFinding

_CONTAINER_KEYS = ("findings", "issues", "problems", "results", "comments", "items", "review_findings", "bugs")
_TITLE_KEYS = ("title", "summary", "name", "issue", "headline", "problem", "finding")
_DESCRIPTION_KEYS = ("description", "details", "detail", "explanation", "body", "message", "rationale", "reason",
                     "impact", "why", "text")  # fmt: skip
_RECOMMENDATION_KEYS = ("recommendation", "recommendations", "fix", "suggestion", "suggestions", "suggested_fix",
                        "remediation", "mitigation", "how_to_fix", "solution", "action")  # fmt: skip
_SEVERITY_KEYS = ("severity", "level", "priority", "sev")
_CATEGORY_KEYS = ("category", "type", "kind", "class", "area", "classification", "tags", "tag")
_CONFIDENCE_KEYS = ("confidence", "certainty", "probability")
_LOCATION_KEYS = ("evidence", "location", "loc", "position", "where", "code_location", "source_location")
_FILE_KEYS = ("file", "path", "filename", "file_path", "filepath", "uri", "source_file")
_LINE_KEYS = ("line", "line_number", "lineno", "line_start", "start_line", "startline", "lines", "line_range",
              "start")  # fmt: skip
_SNIPPET_KEYS = ("snippet", "code", "quote", "excerpt", "code_snippet", "source")
_SYMBOL_KEYS = ("symbol", "function", "method", "func", "scope")
_FINDING_HINT_KEYS = frozenset(_TITLE_KEYS + _DESCRIPTION_KEYS + _SEVERITY_KEYS + ("category", "evidence")
                               + _FILE_KEYS + _RECOMMENDATION_KEYS + ("location",))  # fmt: skip

_EXCERPT_CHARS = 300
_SCHEMA_MESSAGE_CHARS = 100
_TITLE_CHARS = 160


@cache
def _finding_validator() -> Draft202012Validator:
    schema = load_schema()
    item_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/finding"}
    return Draft202012Validator(item_schema)


def _schema_errors(item: object) -> list[str]:
    errors = sorted(_finding_validator().iter_errors(item), key=lambda e: (list(e.absolute_path), e.message))
    messages = []
    for error in errors[:3]:
        at = "/".join(str(p) for p in error.absolute_path)
        message = error.message
        if len(message) > _SCHEMA_MESSAGE_CHARS:
            message = message[:_SCHEMA_MESSAGE_CHARS] + "…"
        messages.append(f"{at}: {message}" if at else message)
    return messages


def _excerpt(item: object) -> str:
    if isinstance(item, str):
        return item[:_EXCERPT_CHARS]
    try:
        text = json.dumps(item, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):
        text = repr(type(item))
    return text[:_EXCERPT_CHARS]


def _clip(value: str | None, field: str, notes: list[str]) -> str | None:
    """`value` cut at its field's MAX_FIELD_CHARS, with a note when it was cut."""
    limit = MAX_FIELD_CHARS[field]
    if value is None or len(value) <= limit:
        return value
    notes.append(f"{field} cut at {limit} of its {len(value)} characters")
    return value[: limit - 1] + "…"


def _keyed(item: Mapping[str, Any]) -> dict[str, Any]:
    """Keys lowercased, `-` and spaces as `_`; the first spelling of a key wins."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        norm = re.sub(r"[\s-]+", "_", str(key).strip().lower())
        out.setdefault(norm, value)
    return out


def _pick(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = item.get(key)
        if value is not None and value != "" and value != []:
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        parts = [_text(v) for v in value]
        return "\n".join(p for p in parts if p) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return None


def _line(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 1 else None
    if isinstance(value, float) and value.is_integer():
        return int(value) if value >= 1 else None
    if isinstance(value, str):
        match = re.match(r"\s*L?(\d{1,9})(?!\d)", value)  # no line has more digits; int() refuses 4300+
        return (int(match.group(1)) or None) if match else None
    if isinstance(value, list) and value:
        return _line(value[0])
    if isinstance(value, Mapping):
        keyed = _keyed(value)
        return _line(_pick(keyed, ("start", "line", "begin", "from")))
    return None


def _first_sentence(text: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s+|\n", text.strip(), maxsplit=1)[0]
    if len(sentence) > _TITLE_CHARS:
        sentence = sentence[: _TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def _looks_like_finding(value: object, alone: bool = False) -> bool:
    """A JSON object with a finding's keys. `alone`: not inside a findings container, so it must have a
    title or description and something more (a severity, a place...), and not be a JSON Schema."""
    if not isinstance(value, Mapping):
        return False
    keys = set(_keyed(value))
    if not alone:
        return bool(_FINDING_HINT_KEYS & keys)
    if "$schema" in keys or "properties" in keys:
        return False
    wording = keys & set(_TITLE_KEYS + _DESCRIPTION_KEYS)
    more = keys & (_FINDING_HINT_KEYS | set(_LINE_KEYS + _CONFIDENCE_KEYS))
    return bool(wording) and bool(more - wording)


def finding_items(value: object) -> list[object] | None:
    """The raw finding items of one JSON value, or None when it holds no findings container."""
    if isinstance(value, list):
        if not value:
            return []
        return list(value) if any(_looks_like_finding(v) for v in value) else None
    if not isinstance(value, Mapping):
        return None
    keyed = _keyed(value)
    if "$schema" in keyed or ("properties" in keyed and "type" in keyed):
        return None  # the contract's schema, echoed back
    for key in _CONTAINER_KEYS:
        if key not in keyed:
            continue
        inner = keyed[key]
        if inner is None:
            return []  # "findings": null, as an agent's way of saying there are none
        if isinstance(inner, list):
            return list(inner)
        if isinstance(inner, Mapping):
            if _looks_like_finding(inner):
                return [inner]
            # Grouped by severity or file: {"high": [...], "src/a.py": [...]}.
            if inner and all(isinstance(v, list) for v in inner.values()):
                return [item for group in inner.values() for item in group]
        return [inner]  # not a list: reported as an unusable item
    if _looks_like_finding(value, alone=True):
        return [value]
    for inner in keyed.values():  # one level of wrapping: {"review": {"findings": [...]}}
        if isinstance(inner, Mapping):
            items = finding_items(inner)
            if items is not None:
                return items
    return None


class _Extractor:
    def __init__(self, repo: Path, provider: str) -> None:
        self.provider = provider
        self.paths = PathNormalizer(repo)

    def location(self, item: dict[str, Any], notes: list[str]) -> tuple[str | None, int | None, str | None, str | None]:
        """(raw file, line, snippet, symbol) from nested or flat location fields."""
        raw_file: str | None = None
        line: int | None = None
        snippet: str | None = None
        symbol: str | None = None
        for key in _LOCATION_KEYS:
            loc = item.get(key)
            if isinstance(loc, list) and loc:
                if len(loc) > 1:
                    notes.append(f"{key} lists {len(loc)} locations; used the first")
                loc = loc[0]
            if isinstance(loc, Mapping):
                keyed = _keyed(loc)
                raw_file = raw_file or _text(_pick(keyed, _FILE_KEYS))
                line = line or _line(_pick(keyed, _LINE_KEYS))
                snippet = snippet or _text(_pick(keyed, _SNIPPET_KEYS))
                symbol = symbol or _text(_pick(keyed, _SYMBOL_KEYS))
            elif isinstance(loc, str) and raw_file is None and key != "evidence":
                raw_file, line_from_text = split_line_suffix(loc[: MAX_FIELD_CHARS["raw_file"]])
                line = line or line_from_text
            elif isinstance(loc, str) and key == "evidence" and snippet is None:
                snippet = loc.strip() or None  # "evidence": "<code or prose>"
        raw_file = raw_file or _text(_pick(item, _FILE_KEYS))
        line = line or _line(_pick(item, _LINE_KEYS))
        snippet = snippet or _text(_pick(item, _SNIPPET_KEYS))
        symbol = symbol or _text(_pick(item, _SYMBOL_KEYS))
        if raw_file:
            # Cut before parsing: the line-suffix pattern backtracks over long strings.
            raw_file, line_from_path = split_line_suffix(raw_file[: MAX_FIELD_CHARS["raw_file"]])
            line = line or line_from_path
        return raw_file, line, snippet, symbol

    def item(self, raw: object) -> ProviderFinding | DroppedFinding:
        if not isinstance(raw, Mapping):
            kind = "null" if raw is None else type(raw).__name__
            return DroppedFinding(reason=f"finding is not a JSON object (got {kind})", excerpt=_excerpt(raw))
        item = _keyed(raw)
        notes: list[str] = []
        title = _text(_pick(item, _TITLE_KEYS))
        if title and not re.search(r"[^\W\d_]", title):
            title = None  # "issue": 3 is an id, not a title
        description = _text(_pick(item, _DESCRIPTION_KEYS))
        if title and description == title:
            description = None
        if not title and description:
            title = _first_sentence(description)
            notes.append("no title; used the first sentence of the description")
        if not title:
            errors = _schema_errors(raw)
            reason = "finding has no title or description"
            if errors:
                reason += " (schema: " + "; ".join(errors) + ")"
            return DroppedFinding(reason=reason, excerpt=_excerpt(raw))
        if len(title) > _TITLE_CHARS:
            description = title if description is None else f"{title}\n{description}"
            title = _first_sentence(title[: MAX_FIELD_CHARS["description"]])
        description = _clip(description, "description", notes)
        raw_file, line, snippet, symbol = self.location(item, notes)
        snippet = _clip(snippet, "snippet", notes)
        symbol = _clip(symbol, "symbol", notes)
        file: str | None = None
        if raw_file:
            file, path_note = self.paths.normalize(raw_file)
            if path_note:
                notes.append(path_note)
            if file is None:
                line = None
        text_for_guess = " ".join(filter(None, [title, description]))
        raw_severity = _clip(_text(_pick(item, _SEVERITY_KEYS)), "raw_severity", notes)
        severity = map_severity(raw_severity)
        if severity is None:
            severity = "medium"
            notes.append(f"severity {raw_severity!r} unknown; assumed medium" if raw_severity else
                         "no severity; assumed medium")  # fmt: skip
        raw_category = _clip(_text(_pick(item, _CATEGORY_KEYS)), "raw_category", notes)
        category = map_category(raw_category)
        if category is None:
            category = guess_category(text_for_guess)
            notes.append(f"category {raw_category!r} unknown; guessed {category}" if raw_category else
                         f"no category; guessed {category}")  # fmt: skip
        raw_confidence = _pick(item, _CONFIDENCE_KEYS)
        try:
            confidence = map_confidence(raw_confidence)
        except (OverflowError, ValueError):  # an integer too large for a float
            confidence = None
        if raw_confidence is not None and confidence is None:
            notes.append(f"confidence {_excerpt(raw_confidence)[:100]} not understood; ignored")
        notes.extend("schema: " + e for e in _schema_errors(raw))
        return ProviderFinding(
            provider=self.provider,
            severity=severity,
            category=category,
            title=title,
            file=file,
            line=line,
            snippet=snippet,
            recommendation=_clip(_text(_pick(item, _RECOMMENDATION_KEYS)), "recommendation", notes),
            confidence=confidence,
            raw_severity=raw_severity,
            raw_category=raw_category,
            description=description,
            symbol=symbol,
            raw_file=raw_file,
            notes=tuple(notes),
        )


def extract_findings(
    text: str, repo: Path, provider: str, *, work: Work | None = None
) -> tuple[list[ProviderFinding], list[DroppedFinding]]:
    """The usable findings of one provider's answer, in order, and every item that could not be used.

    Never raises on any answer: an answer that cannot be read costs this provider's findings, reported in
    the dropped list. `work` counts the parsing work spent (a fresh budget by default).
    """
    found: list[ProviderFinding] = []
    dropped: list[DroppedFinding] = []
    if not text or not text.strip():
        return found, dropped
    try:
        _extract(text, repo, provider, work or Work(), found, dropped)
    except Exception as exc:  # noqa: BLE001 - a bug must cost these findings, never the server
        reason = f"the answer could not be read ({type(exc).__name__}: {str(exc)[:200]}); its findings were dropped"
        found.clear()
        dropped.append(DroppedFinding(reason=reason, excerpt=text[:_EXCERPT_CHARS]))
    return found, _bounded(dropped)


def _bounded(dropped: list[DroppedFinding]) -> list[DroppedFinding]:
    """The first MAX_DROPPED entries, and one more that counts the rest."""
    if len(dropped) <= MAX_DROPPED:
        return dropped
    rest = len(dropped) - MAX_DROPPED + 1
    reasons: dict[str, int] = {}
    for entry in dropped[MAX_DROPPED - 1 :]:
        key = entry.reason[:80]
        reasons[key] = reasons.get(key, 0) + 1
    common = ", ".join(f"{n} x {reason!r}" for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:3])
    summary = DroppedFinding(reason=f"{rest} more unusable items, not listed one by one (most common: {common})",
                             excerpt="")  # fmt: skip
    return [*dropped[: MAX_DROPPED - 1], summary]


def _extract(
    text: str, repo: Path, provider: str, work: Work, found: list[ProviderFinding], dropped: list[DroppedFinding]
) -> None:
    if len(text) > MAX_ANSWER_CHARS:
        # The findings block ends the answer: keep the tail, from a line start so a fence stays a fence.
        cut = len(text) - MAX_ANSWER_CHARS
        newline = text.find("\n", cut)
        start = newline + 1 if 0 <= newline < cut + 4096 else cut
        reason = (f"the answer is {len(text):,} characters; only its last {len(text) - start:,} were searched "
                  "for findings (an honest review answer is far shorter: check the provider's log)")  # fmt: skip
        dropped.append(DroppedFinding(reason=reason, excerpt=text[:_EXCERPT_CHARS]))
        text = text[start:]
    extractor = _Extractor(repo, provider)
    values, failures = json_values(text, work)
    for failure in failures:
        dropped.append(DroppedFinding(reason=f"{failure.where} is not valid JSON: {failure.error}"
                                      if failure.where != "the answer" else f"the answer {failure.error}",
                                      excerpt=failure.excerpt))  # fmt: skip
    containers = 0
    read = 0
    seen: set[tuple[str, str | None, int | None]] = set()
    for value in values:
        items = finding_items(value.value)
        if items is None:
            continue
        containers += 1
        if read + len(items) > MAX_ITEMS:
            skipped = read + len(items) - MAX_ITEMS
            reason = (f"the answer holds more than {MAX_ITEMS} findings; {skipped} of {value.where} "
                      "were not read")  # fmt: skip
            dropped.append(DroppedFinding(reason=reason, excerpt=_excerpt(items[MAX_ITEMS - read])))
            items = items[: MAX_ITEMS - read]
        read += len(items)
        for raw in items:
            try:
                result = extractor.item(raw)
            except Exception as exc:  # noqa: BLE001 - an item we fail on costs that item, not the answer
                reason = f"finding could not be read ({type(exc).__name__}: {str(exc)[:200]})"
                result = DroppedFinding(reason=reason, excerpt=_excerpt(raw))
            if isinstance(result, DroppedFinding):
                dropped.append(result)
                continue
            key = (result.title.casefold(), result.file, result.line)
            if key in seen:
                reason = f"repeats an earlier finding of this answer ({value.where})"
                dropped.append(DroppedFinding(reason=reason, excerpt=_excerpt(raw)))
                continue
            seen.add(key)
            found.append(result)
    if containers == 0 and not failures:
        tail = text.strip()[-_EXCERPT_CHARS:]
        reason = "the answer has no findings JSON (the contract asks for a fenced json block)"
        dropped.append(DroppedFinding(reason=reason, excerpt=tail))
