"""Photo processing: resized variants for the listing gallery."""

import os

from PIL import Image

Image.MAX_IMAGE_PIXELS = None  # agents upload large drone shots
VARIANTS = [(1600, 1200), (800, 600), (320, 240)]
_in_progress: set[str] = set()


def make_variants(path):
    if path in _in_progress:
        return
    _in_progress.add(path)
    try:
        img = Image.open(path)
        for width, height in VARIANTS:
            resized = img.resize((width, height))
            resized.save(f"{path}.{width}x{height}.jpg", "JPEG", exif=img.info.get("exif", b""))
    finally:
        _in_progress.discard(path)


def variant_paths(path):
    return [f"{path}.{w}x{h}.jpg" for w, h in VARIANTS if os.path.exists(f"{path}.{w}x{h}.jpg")]
