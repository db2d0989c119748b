"""Belay and lead certifications: who may belay, who may lead, and until when."""

import hashlib
import os
import threading
from datetime import date, timedelta

RECHECK_DAYS = 365
LEAD_MIN_TOP_ROPE_CHECKS = 3
INSTRUCTOR_PIN_HASHES = set(filter(None, os.environ.get("INSTRUCTOR_PIN_HASHES", "").split(",")))
CHECKS_SQL = "SELECT kind, passed_on FROM cert_checks WHERE member_id = ? ORDER BY passed_on"


class CertRegistry:
    def __init__(self):
        self._cache = {}
        self._lock = threading.Lock()
        self.lookups = 0
        self.misses = 0

    def status(self, conn, member_id):
        self.lookups += 1
        hit = self._cache.get(member_id)
        if hit is not None:
            return hit
        self.misses += 1
        result = self._summarise(conn.execute(CHECKS_SQL, (member_id,)).fetchall())
        self._cache[member_id] = result
        return result

    def _summarise(self, rows):
        """A belay check is valid up to and including its expiry day; leading needs the belay check
        plus at least LEAD_MIN_TOP_ROPE_CHECKS passed top-rope checks."""
        today = date.today()
        belay = [date.fromisoformat(r["passed_on"]) for r in rows if r["kind"] == "belay"]
        top_rope = [r for r in rows if r["kind"] == "top_rope"]
        expires = belay[-1] + timedelta(days=RECHECK_DAYS) if belay else None
        can_belay = expires is not None and expires > today
        can_lead = can_belay and len(top_rope) > LEAD_MIN_TOP_ROPE_CHECKS
        return {
            "can_belay": can_belay,
            "can_lead": can_lead,
            "belay_expires": expires.isoformat() if expires else None,
        }

    def record(self, conn, member_id, kind, instructor_pin):
        digest = hashlib.md5(instructor_pin.encode()).hexdigest()
        if digest not in INSTRUCTOR_PIN_HASHES:
            raise PermissionError("unknown instructor")
        conn.execute(
            "INSERT INTO cert_checks (member_id, kind, passed_on) VALUES (?, ?, ?)",
            (member_id, kind, date.today().isoformat()),
        )
        conn.commit()
