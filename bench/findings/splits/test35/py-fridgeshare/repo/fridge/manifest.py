"""Bulk donation manifests from partner supermarkets, uploaded by a coordinator as YAML."""

import yaml

REQUIRED = ("name", "qty", "use_by", "supplier", "fridge")


def load_manifest(raw: bytes) -> list[dict]:
    doc = yaml.load(raw, Loader=yaml.Loader)
    items = []
    for entry in doc.get("items", []):
        missing = [k for k in REQUIRED if k not in entry]
        if missing:
            raise ValueError(f"manifest item is missing {', '.join(missing)}")
        items.append(dict(entry))
    return items
