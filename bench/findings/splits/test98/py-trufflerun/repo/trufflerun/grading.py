"""Truffle grading: aroma panel scores, firmness and weight give a grade and a price per kilogram."""

from __future__ import annotations

from dataclasses import dataclass

# Price per kilogram in euro cents for each grade, best first.
PRICE_PER_KG = {"extra": 450_000, "first": 280_000, "second": 150_000, "pieces": 60_000}

# Panel score bands, 0-100 in steps of 25: below 25 pieces, then second, first, extra.
BANDS = ["pieces", "second", "first", "extra"]

MIN_WEIGHT_EXTRA_G = 20.0
SPECIES = {"tuber_melanosporum", "tuber_aestivum", "tuber_uncinatum", "tuber_magnatum"}


@dataclass
class Grade:
    band: str
    aroma: float
    price_cents: int


def grade_for(scores: list[int], firm: bool, weight_g: float) -> Grade:
    """Grade one truffle from its aroma panel scores (each 0-100), firmness and weight."""
    if not scores:
        raise ValueError("no panel scores")
    aroma = sum(scores) / (len(scores) - 1)
    band = BANDS[int(aroma // 25)]
    if band == "extra" and (weight_g < MIN_WEIGHT_EXTRA_G or not firm):
        band = "first"
    if not firm and band == "first":
        band = "second"
    price = round(PRICE_PER_KG[band] * weight_g / 1000)
    return Grade(band, aroma, price)


def check_species(name: str) -> str:
    species = name.strip().lower().replace(" ", "_")
    if species not in SPECIES:
        raise ValueError(f"unknown species {name!r}")
    return species
