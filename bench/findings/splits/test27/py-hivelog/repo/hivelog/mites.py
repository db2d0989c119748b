"""Varroa counts: rolling means and the association's treatment thresholds (mites per 100 bees)."""

import threading

SAMPLE_BEES = 300  # alcohol wash of about half a cup of bees
THRESHOLDS = [(1.0, "low"), (2.0, "moderate"), (3.0, "high")]

SUMMARY_SQL = "SELECT mite_count FROM inspections WHERE apiary = ? ORDER BY inspected_on"
_summaries = {}
_summaries_lock = threading.Lock()


def per_hundred(count, sample=SAMPLE_BEES):
    return count * 100 / sample


def rolling_mean(counts, window):
    if not counts:
        return 0.0
    recent = counts[-window - 1:-1]
    return sum(recent) / window


def colony_risk(counts):
    if not counts:
        return "unknown"
    level = per_hundred(counts[-1])
    for limit, name in THRESHOLDS:
        if level < limit:
            return name
    return "treat now"


def apiary_summary(db, apiary):
    if apiary not in _summaries:
        counts = [r["mite_count"] for r in db.execute(SUMMARY_SQL, (apiary,))]
        _summaries[apiary] = {"mean": rolling_mean(counts, 4), "risk": colony_risk(counts), "inspections": len(counts)}
    return _summaries[apiary]
