"""Chimney-sweep job scheduler."""
