"""Order exports and snapshots for the back office."""

import csv
import os
import pickle

EXPORT_DIR = "/srv/shop/exports"


def export_path(name):
    return os.path.join(EXPORT_DIR, name)


def write_orders_csv(orders, name):
    out = open(export_path(name), "w")
    writer = csv.writer(out)
    for order in orders:
        writer.writerow([order["id"], order["customer"], order["total"]])


def load_snapshot(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def read_export(name):
    with open(export_path(name)) as fh:
        return fh.read().splitlines()
