"""Bank transfer file for a pay run."""

import csv
import io


def bank_file(rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "iban", "amount"])
    for name, iban, amount in rows:
        writer.writerow([name, iban, f"{amount:.2f}"])
    return out.getvalue()
