"""Reports of a job for people and tools: SARIF 2.1.0 (code scanning) and PR-ready Markdown."""

from mco_mcp.reports.markdown import job_to_markdown
from mco_mcp.reports.sarif import job_to_sarif

__all__ = ["job_to_markdown", "job_to_sarif"]
