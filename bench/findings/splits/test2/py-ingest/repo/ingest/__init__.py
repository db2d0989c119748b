"""Event ingest service: CSV batches in, rows into SQLite, per-batch export."""
