"""Instrument lending and rehearsal-room booking for a community orchestra."""
