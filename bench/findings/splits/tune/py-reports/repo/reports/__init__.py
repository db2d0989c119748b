"""Nightly sales reports: load settings, compute series, render HTML, serve them."""
