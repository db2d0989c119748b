"""Review findings: the contract agents are asked to follow, lenient extraction, cross-provider merging.

`findings_from_answers` is the whole path the job runner uses; the pieces are exported for tests and tools.
Each is imported on first use (PEP 562): the contract text is wanted before the CLIs start, the extraction
(jsonschema included) only once they have answered.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from mco_mcp.findings.contract import FINDINGS_CONTRACT, load_schema
    from mco_mcp.findings.extract import extract_findings
    from mco_mcp.findings.merge import merge_findings
    from mco_mcp.findings.model import ProviderFinding
    from mco_mcp.findings.pipeline import findings_from_answers

_HOMES = {
    "FINDINGS_CONTRACT": "contract",
    "load_schema": "contract",
    "extract_findings": "extract",
    "merge_findings": "merge",
    "ProviderFinding": "model",
    "findings_from_answers": "pipeline",
}

__all__ = [
    "FINDINGS_CONTRACT",
    "ProviderFinding",
    "extract_findings",
    "findings_from_answers",
    "load_schema",
    "merge_findings",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once: later lookups are plain attribute reads
    return value
