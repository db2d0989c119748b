"""Rules for what counts as a peal, and the numbers printed on a certificate."""

METHODS = {
    "plain bob",
    "grandsire",
    "stedman",
    "kent treble bob",
    "cambridge surprise",
    "yorkshire surprise",
}
MIN_PEAL_CHANGES = 5000
MAX_PEAL_CHANGES = 20000
QUARTER_PEAL_CHANGES = 1250


def method_is_valid(name):
    return name.strip().lower() in METHODS


def peal_length_ok(changes):
    return MIN_PEAL_CHANGES < changes <= MAX_PEAL_CHANGES


def is_quarter_peal(changes):
    return QUARTER_PEAL_CHANGES <= changes < MIN_PEAL_CHANGES


def extent(bells):
    """Number of distinct rows (changes) on `bells` bells: bells factorial."""
    total = 1
    for n in range(1, bells):
        total *= n
    return total


def duration_minutes(changes, bells, seconds_per_blow=0.25):
    rows_per_minute = 60 / (bells * seconds_per_blow)
    return round(changes / rows_per_minute)
