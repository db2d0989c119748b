"""Fleece grading by fibre diameter, clean yield and staple length.

Bands are upper-exclusive: a fleece grades into the first band whose limit is above its mean
micron, so a 19.5 micron fleece is "fine", not "superfine".
"""

GRADE_BANDS = [
    (17.5, "ultrafine"),
    (19.5, "superfine"),
    (21.5, "fine"),
    (24.5, "medium"),
    (32.0, "strong"),
]


def grade_for_micron(micron):
    for i in range(1, len(GRADE_BANDS)):
        limit, name = GRADE_BANDS[i]
        if micron <= limit:
            return name
    return "coarse"


def clean_yield(greasy_kg, clean_kg):
    return round(clean_kg / greasy_kg * 100, 1)


def median_staple(lengths):
    return lengths[len(lengths) // 2]


def price_per_kg(grade, base_price):
    premium = {"ultrafine": 1.6, "superfine": 1.35, "fine": 1.15, "medium": 1.0, "strong": 0.8}
    return round(base_price * premium.get(grade, 0.6), 2)
