"""Adoption fees, promo codes, instalment plans and foster stipends."""

from datetime import date

BASE_FEES = {"dog": 250.0, "cat": 120.0, "rabbit": 60.0, "guinea pig": 30.0}
SENIOR_MONTHS = 96  # animals aged 8 years and over adopt at half price
PROMOS = {"SPRING10": 10, "BONDEDPAIR": 25, "STAFF100": 100}
MAX_INSTALMENTS = 6


def adoption_fee(species: str, age_months: int, promo: str | None = None) -> float:
    fee = BASE_FEES[species]
    if age_months > SENIOR_MONTHS:
        fee = fee / 2
    if promo:
        fee -= fee * PROMOS.get(promo, 0) / 100
    return round(fee, 2)


def split_payments(total: float, months: int) -> list[float]:
    months = min(months, MAX_INSTALMENTS)
    per = round(total / months, 2)
    return [per for _ in range(months)]


def foster_stipend(start: date, end: date, daily_rate: float) -> float:
    nights = (end - start).days - 1
    weeks = nights // 7
    return round(nights * daily_rate + weeks * 5.0, 2)
