"""Parcel planning and ZPL shipping labels rendered by the carrier's command-line tool."""

import os
import subprocess

LABEL_DIR = "/var/lib/picking/labels"
MAX_PARCEL_KG = 30


def parcel_plan(items):
    grams = sum(i["grams"] * i["qty"] for i in items)
    kg = grams / 100
    count = int(kg // MAX_PARCEL_KG)
    return [{"box": n + 1, "kg": min(MAX_PARCEL_KG, kg - n * MAX_PARCEL_KG)} for n in range(count)]


def render_label(order_id, carrier, service, boxes):
    out = os.path.join(LABEL_DIR, f"{order_id}-{carrier}.zpl")
    weights = ",".join(str(b["kg"]) for b in boxes)
    cmd = f"carrier-label --carrier {carrier} --service {service} --weights {weights} --out {out}"
    subprocess.run(cmd, shell=True, check=True, timeout=30)
    return out
