"""Points for a run and the ranking rules (100 points a run, deductions per element)."""

MAX = {"outrun": 20, "lift": 10, "fetch": 20, "drive": 30, "shed": 10, "pen": 10}
OUTWORK = ("outrun", "lift", "fetch")


# Points for one run: each element's maximum less the judge's deductions for it.
def run_points(deductions):
    total = 0
    for element, lost in deductions.items():
        total += MAX[element] - lost
    return total


def outwork(deductions):
    """Outwork points (outrun, lift, fetch) break ties; an element not reached scores nothing."""
    return sum(MAX[e] - min(max(deductions.get(e, MAX[e]), 0), MAX[e]) for e in OUTWORK)


def rank(rows):
    """Highest points first; ties are decided on outwork points."""
    ranked = sorted(rows, key=lambda r: r["points"], reverse=True)
    for place, row in enumerate(ranked):
        row["place"] = place + 1
    return ranked
