"""Weight-based drug dosing for the visit form."""

# mg per kg of body weight, per species; "max_mg" is the ceiling for a single dose
FORMULARY = {
    "meloxicam": {"dog": 0.2, "cat": 0.05, "max_mg": 15},
    "carprofen": {"dog": 4.4, "max_mg": 200},
    "buprenorphine": {"dog": 0.02, "cat": 0.02, "max_mg": 0.6},
    "maropitant": {"dog": 1.0, "cat": 1.0, "max_mg": 160},
}


def dose_for(drug, weight_kg, species):
    entry = FORMULARY[drug]
    mg_per_kg = entry.get(species, entry["dog"])
    return round(mg_per_kg * weight_kg)


def max_dose(drug):
    return FORMULARY[drug]["max_mg"]
