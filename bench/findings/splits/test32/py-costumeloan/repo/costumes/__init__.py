"""Millbrook Community Theatre costume store."""
