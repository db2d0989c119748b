"""Repair tickets for a brass band's instruments."""
