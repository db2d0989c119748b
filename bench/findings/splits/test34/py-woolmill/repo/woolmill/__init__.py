"""Fleece grading and spinning-batch tracker for a small wool mill."""
