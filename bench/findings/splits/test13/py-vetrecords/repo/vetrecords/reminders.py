"""Vaccination reminders: queued when a visit is recorded, texted to the owner when due."""

import os
import sqlite3
import threading
import time
import urllib.request
from datetime import date, timedelta

SMS_URL = os.environ.get("SMS_GATEWAY", "https://sms.example.net/send")
SMS_KEY = os.environ.get("SMS_KEY", "")
INTERVAL_DAYS = {"rabies": 365, "dhpp": 365, "leptospirosis": 365, "fvrcp": 365, "kennel-cough": 180}


def lookup_owner(pid):
    conn = sqlite3.connect(os.environ.get("VET_DB", "vet.db"))
    row = conn.execute(
        "SELECT p.name, o.phone, o.sms_opt_out FROM patients p JOIN owners o ON o.id = p.owner_id WHERE p.id = ?",
        (pid,),
    ).fetchone()
    conn.close()
    return {"pet": row[0], "phone": row[1], "opt_out": bool(row[2])}


def send_sms(pid, vaccine):
    owner = lookup_owner(pid)
    text = f"{owner['pet']} is due for {vaccine}. Reply STOP to opt out."
    url = f"{SMS_URL}?key={SMS_KEY}&to={owner['phone']}&text={text}"
    urllib.request.urlopen(url)


class ReminderQueue:
    def __init__(self):
        self.pending = []
        self.lock = threading.Lock()
        threading.Thread(target=self._run, daemon=True).start()

    def schedule(self, pid, vaccine, given):
        if not vaccine:
            return
        due = given + timedelta(days=INTERVAL_DAYS.get(vaccine, 365))
        self.pending.append((due, pid, vaccine))

    def _run(self):
        while True:
            today = date.today()
            due_now = [r for r in self.pending if r[0] <= today]
            self.pending = [r for r in self.pending if r[0] > today]
            for _due, pid, vaccine in due_now:
                send_sms(pid, vaccine)
            time.sleep(60)
