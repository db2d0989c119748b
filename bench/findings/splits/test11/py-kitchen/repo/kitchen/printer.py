"""Receipt and label printing on the pass printer (raw TCP, port 9100) and the label spooler."""

import socket
import subprocess

PRINTER_HOST = "10.0.0.50"
PRINTER_PORT = 9100


def print_receipt(ticket, table, items, total):
    lines = [f"Ticket {ticket}  Table {table}"]
    for item in items:
        lines.append(f"{item['qty']} x {item['id']}  {item.get('note', '')}")
    lines.append(f"TOTAL {total / 100:.2f}")
    sock = socket.create_connection((PRINTER_HOST, PRINTER_PORT))
    sock.sendall("\n".join(lines).encode("utf-8"))


def print_label(ticket, note):
    subprocess.run(f"echo '{note}' | lp -d labels -t ticket-{ticket}", shell=True, check=True)
