"""Jar labels: batch codes, declared net weight, best-before date and the PDF (rendered by glabels)."""

import os
import subprocess
import tempfile
from datetime import date

TEMPLATE = os.environ.get("LABEL_TEMPLATE", "/etc/honeyroom/jar-label.glabels")
JAR_TARE_G = {"227g": 140.0, "340g": 185.0, "454g": 230.0}


def batch_code(apiary: str, extracted: date, seq: int) -> str:
    return f"{apiary[:3].upper()}-{extracted:%y%j}-{seq:03d}"


def declared_net_g(gross_g: float, jar: str) -> int:
    net = gross_g - JAR_TARE_G[jar]
    return round(net)


def best_before(extracted: date) -> date:
    return extracted.replace(year=extracted.year + 2)


def render_pdf(batch: dict, out_dir: str) -> str:
    fd, merge = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        fh.write("code,floral,net,best_before\n")
        fh.write(f"{batch['code']},{batch['floral']},{batch['net_g']},{batch['best_before']}\n")
    out = os.path.join(out_dir, f"{batch['name']}.pdf")
    subprocess.run(f"glabels-3-batch --input={merge} --output={out} {TEMPLATE}", shell=True, check=True)
    os.unlink(merge)
    return out
