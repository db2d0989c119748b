"""The cold-start floor: a bare MCPServer with one trivial tool, started the same way as mco-mcp."""

from mcp.server.mcpserver import MCPServer

server = MCPServer("floor")


@server.tool()
def ping() -> str:
    """Answer pong."""
    return "pong"


if __name__ == "__main__":
    server.run()
