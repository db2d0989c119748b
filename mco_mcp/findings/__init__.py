"""Review findings: the contract agents are asked to follow, lenient extraction, cross-provider merging.

`findings_from_answers` is the whole path the job runner uses; the pieces are exported for tests and tools.
"""

from mco_mcp.findings.contract import FINDINGS_CONTRACT, load_schema
from mco_mcp.findings.extract import extract_findings
from mco_mcp.findings.merge import merge_findings
from mco_mcp.findings.model import ProviderFinding
from mco_mcp.findings.pipeline import findings_from_answers

__all__ = [
    "FINDINGS_CONTRACT",
    "ProviderFinding",
    "extract_findings",
    "findings_from_answers",
    "load_schema",
    "merge_findings",
]
