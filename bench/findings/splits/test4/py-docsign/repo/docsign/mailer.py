"""Invitation e-mails through the local MTA."""

import smtplib
from email.message import EmailMessage


def send_invite(to, title, link):
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "no-reply@docsign.local"
    msg["Subject"] = f"Please sign: {title}"
    msg.set_content(f"You have been asked to sign {title}.\n\nOpen {link} to review and sign.")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
