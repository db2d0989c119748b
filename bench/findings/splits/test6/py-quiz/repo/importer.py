"""Import quizzes from a teacher-supplied URL (YAML) or a zip bundle of media files."""

import json
import os
import urllib.request
import zipfile

import yaml


def import_quiz(conn, url):
    with urllib.request.urlopen(url) as resp:
        raw = resp.read()
    quiz = yaml.load(raw, Loader=yaml.Loader)
    cur = conn.execute(
        "INSERT INTO quizzes (title, course, due_at, max_attempts, body) VALUES (?, ?, ?, ?, ?)",
        (quiz["title"], quiz["course"], quiz["due_at"], quiz.get("max_attempts", 3), json.dumps(quiz)),
    )
    conn.commit()
    return cur.lastrowid


def import_bundle(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            target = os.path.join(dest, name)
            with open(target, "wb") as fh:
                fh.write(zf.read(name))
