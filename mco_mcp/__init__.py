"""mco-mcp: an MCP stdio server that fans a prompt out to the coding-agent CLIs on this machine."""

__version__ = "0.1.0"
__all__ = ["__version__"]
