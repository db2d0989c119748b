"""Escalation e-mails to the duty noise officer."""

from __future__ import annotations

import os
import smtplib
from email.message import EmailMessage

SMTP_HOST = os.environ.get("NOISEDESK_SMTP", "localhost")
OFFICERS = os.environ.get("NOISEDESK_OFFICERS", "noise-duty@example.gov").split(",")


def notify_officer(street: str, house_no: str, count: int) -> None:
    msg = EmailMessage()
    msg["From"] = "noisedesk@example.gov"
    msg["To"] = ", ".join(OFFICERS)
    msg["Subject"] = f"Noise escalation: {street} {house_no}"
    msg.set_content(f"{count} complaints about {street} {house_no} in the last 30 days.")
    with smtplib.SMTP(SMTP_HOST, timeout=10) as smtp:
        smtp.send_message(msg)
