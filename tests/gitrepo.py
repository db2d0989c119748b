"""Real git repositories for the scope tests, built with the git binary (no mocked git)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
}  # fmt: skip


def git(repo: Path, *args: str, stdin: bytes | None = None) -> str:
    env = {**os.environ, **GIT_ENV}
    result = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "protocol.file.allow=always", *args],
        cwd=repo, env=env, input=stdin, capture_output=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stderr.decode()}")
    return result.stdout.decode()


def write(repo: Path, path: str, text: str | bytes) -> Path:
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text)
    return target


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def make_repo(root: Path, files: dict[str, str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q")
    for path, text in (files or {"app/db.py": DB_PY, "README.md": "demo\n"}).items():
        write(root, path, text)
    commit_all(root, "initial")
    return root


DB_PY = (
    "import sqlite3\n\n\ndef find_user(conn, name):\n"
    "    query = 'SELECT * FROM users WHERE name = ?'\n"
    "    return conn.execute(query, (name,)).fetchall()\n\n\n"
    "def count_users(conn):\n    return conn.execute('SELECT COUNT(*) FROM users').fetchone()[0]\n"
)
