import os

import yaml

DEFAULTS = {"window": 7, "output_dir": "out"}


def load_settings(path: str | None = None) -> dict:
    path = path or os.environ.get("REPORTS_SETTINGS", "settings.yml")
    with open(path) as fh:
        loaded = yaml.load(fh, Loader=yaml.Loader)
    return {**DEFAULTS, **(loaded or {})}
