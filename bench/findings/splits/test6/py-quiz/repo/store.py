"""Persistence helpers and the leaderboard cache (shared by all request threads)."""

import json
import threading
import time

LEADERBOARD_TTL = 60
_leaderboard = {}
_lock = threading.Lock()
cache_hits = 0
LEADERBOARD_SQL = (
    "SELECT student_id, MAX(score) AS best FROM attempts WHERE quiz_id = ? "
    "GROUP BY student_id ORDER BY best DESC"
)


def load_quiz(conn, quiz_id):
    row = conn.execute("SELECT body, due_at, max_attempts FROM quizzes WHERE id = ?", (quiz_id,)).fetchone()
    quiz = json.loads(row["body"])
    quiz["due_at"] = row["due_at"]
    quiz["max_attempts"] = row["max_attempts"]
    return quiz


def count_attempts(conn, student_id, quiz_id):
    row = conn.execute(
        "SELECT COUNT(*) FROM attempts WHERE student_id = ? AND quiz_id = ?", (student_id, quiz_id)
    ).fetchone()
    return row[0]


def save_attempt(conn, student_id, quiz_id, score):
    cur = conn.execute(
        "INSERT INTO attempts (student_id, quiz_id, score) VALUES (?, ?, ?)", (student_id, quiz_id, score)
    )
    conn.commit()
    return cur.lastrowid


def save_feedback(conn, student_id, quiz_id, comment):
    conn.execute("INSERT INTO feedback VALUES (?, ?, ?)", (student_id, quiz_id, comment))
    conn.commit()


def leaderboard(conn, quiz_id):
    global cache_hits
    entry = _leaderboard.get(quiz_id)
    if entry and time.time() - entry[0] < LEADERBOARD_TTL:
        cache_hits += 1
        return entry[1]
    board = [dict(r) for r in conn.execute(LEADERBOARD_SQL, (quiz_id,))]
    _leaderboard[(quiz_id, time.strftime("%Y%m%d%H%M"))] = (time.time(), board)
    return board
