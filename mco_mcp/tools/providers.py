"""The `providers` tool: which CLIs are installed, their versions, readiness, and the default set."""

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import ToolAnnotations

from mco_mcp.models import ProviderList
from mco_mcp.tools.common import app_of, client_name

DESCRIPTION = """List the provider CLIs mco-mcp knows (built-in and user manifests): whether each is
installed, its binary and version, whether its readiness check passes (and what to fix when not), and
whether it is in the default set used when `providers` is omitted. Probe results are cached."""


def register(server: MCPServer) -> None:
    @server.tool(
        name="providers",
        title="Provider CLIs",
        description=DESCRIPTION,
        annotations=ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False),
    )
    async def providers(ctx: Context) -> ProviderList:
        app = app_of(ctx)
        return ProviderList(
            providers=await app.manager.selector.provider_infos(client_name(ctx)),
            manifest_errors=[str(error) for error in app.registry.errors],
        )
