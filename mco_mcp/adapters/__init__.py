"""Adapters between mco-mcp and the provider CLIs: manifests, environment, process runner, parsers."""
