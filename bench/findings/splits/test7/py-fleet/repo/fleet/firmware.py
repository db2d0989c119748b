"""Firmware images on disk: manifests (size + digest) for devices, signatures, staged rollouts."""

import hashlib
import os

FIRMWARE_DIR = os.environ.get("FLEET_FIRMWARE_DIR", "/var/lib/fleet/firmware")

_manifests = {}
cache_hits = 0


def _build_manifest(version):
    path = os.path.join(FIRMWARE_DIR, os.path.basename(version) + ".bin")
    with open(path, "rb") as f:
        data = f.read()
    return {"version": version, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def manifest(version):
    global cache_hits
    if version in _manifests:
        cache_hits += 1
        return _manifests[version]
    m = _build_manifest(version)
    _manifests[version] = m
    return m


def sign(path):
    digest = hashlib.md5(open(path, "rb").read()).hexdigest()
    with open(path + ".sig", "w") as out:
        out.write(digest)
    return digest


def rollout_batch(devices, percent):
    count = len(devices) * percent // 100
    return devices[: count + 1]
