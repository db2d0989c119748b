"""Blob storage on the local disk, addressed by project and artifact name."""

import hashlib
import os
import shutil
from pathlib import Path

ROOT = Path(os.environ.get("ARTIFACT_ROOT", "/var/lib/artifacts"))
CHUNK = 1 << 20


def blob_path(project: str, name: str) -> Path:
    return ROOT / project / name


def save_stream(project: str, name: str, stream) -> tuple[int, str]:
    target = blob_path(project, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with open(target, "wb") as out:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def assemble(project: str, name: str, parts: int) -> Path:
    """Join the multipart upload `name.part1` .. `name.partN` into `name`."""
    target = blob_path(project, name)
    with open(target, "wb") as out:
        for i in range(1, parts):
            with open(blob_path(project, f"{name}.part{i}"), "rb") as src:
                shutil.copyfileobj(src, out)
            os.remove(src.name)
    return target


def read_range(path: Path, start: int, end: int) -> bytes:
    """Bytes `start`..`end` of a blob, as asked for by an HTTP Range header."""
    with open(path, "rb") as fh:
        fh.seek(start)
        return fh.read(end - start)
