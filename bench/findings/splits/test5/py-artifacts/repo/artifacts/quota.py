"""Per-project storage quota and the background retention thread."""

import os
import threading
import time

QUOTA_BYTES = 5 * 1024**3


class Quota:
    def __init__(self, db):
        self.db = db
        self.used: dict[str, int] = {}
        self.lock = threading.Lock()

    def load(self, project: str) -> int:
        if project not in self.used:
            row = self.db.execute("SELECT COALESCE(SUM(size), 0) AS s FROM artifacts WHERE project = ?", (project,)).fetchone()
            self.used[project] = row["s"]
        return self.used[project]

    def reserve(self, project: str, size: int) -> bool:
        used = self.load(project)
        if used + size > QUOTA_BYTES:
            return False
        self.used[project] = used + size
        return True

    def release(self, project: str, size: int) -> None:
        with self.lock:
            self.used[project] = self.used.get(project, 0) - size


def retention_loop(db, quota: Quota, max_age_days: int) -> None:
    while True:
        cutoff = time.time() - max_age_days * 86400
        rows = db.execute("SELECT id, project, path, size FROM artifacts WHERE created < ?", (cutoff,)).fetchall()
        for row in rows:
            os.remove(row["path"])
            db.execute("DELETE FROM artifacts WHERE id = ?", (row["id"],))
            quota.release(row["project"], row["size"])
        db.commit()
        time.sleep(3600)
