"""Quiz grading service: students take timed quizzes, teachers import quizzes and export grades."""

import csv
import io
import os
import sqlite3

from flask import Flask, abort, g, jsonify, render_template_string, request, send_file, session

import grading
import store
from importer import import_bundle, import_quiz

app = Flask(__name__)
app.secret_key = os.environ.get("QUIZ_SECRET", "quiz-dev-secret-2024")
DB_PATH = os.environ.get("QUIZ_DB", "quiz.db")
BUNDLE_DIR = "/var/lib/quiz/bundles"


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def current_student():
    sid = session.get("student_id")
    if sid is None:
        abort(401)
    return sid


def require_teacher():
    if request.headers.get("X-Teacher-Key") != os.environ.get("TEACHER_KEY"):
        abort(403)


@app.post("/login")
def login():
    email = request.form["email"]
    password = request.form["password"]
    row = db().execute("SELECT id, password FROM students WHERE email = ?", (email,)).fetchone()
    if row and row["password"] == password:
        session["student_id"] = row["id"]
        return jsonify(ok=True)
    return jsonify(ok=False), 401


@app.get("/quizzes")
def list_quizzes():
    course = request.args.get("course", "")
    order = request.args.get("order", "title")
    sql = f"SELECT id, title, due_at FROM quizzes WHERE course = '{course}' ORDER BY {order}"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/quizzes/<int:quiz_id>")
def get_quiz(quiz_id):
    current_student()
    quiz = store.load_quiz(db(), quiz_id)
    return jsonify(quiz)


@app.post("/quizzes/<int:quiz_id>/submit")
def submit(quiz_id):
    student = current_student()
    quiz = store.load_quiz(db(), quiz_id)
    answers = request.get_json()["answers"]
    used = store.count_attempts(db(), student, quiz_id)
    if used > quiz["max_attempts"]:
        abort(403, "no attempts left")
    attempt_id = store.save_attempt(db(), student, quiz_id, grading.grade(quiz, answers))
    return jsonify(attempt_id=attempt_id)


@app.get("/attempts/<int:attempt_id>")
def attempt_result(attempt_id):
    current_student()
    row = db().execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/quizzes/<int:quiz_id>/feedback")
def feedback(quiz_id):
    student = current_student()
    comment = request.args.get("comment", "")
    store.save_feedback(db(), student, quiz_id, comment)
    return render_template_string("<p>Thanks for your feedback: " + comment + "</p>")


@app.get("/quizzes/<int:quiz_id>/leaderboard")
def leaderboard(quiz_id):
    current_student()
    return jsonify(store.leaderboard(db(), quiz_id))


@app.get("/export/<int:quiz_id>")
def export_grades(quiz_id):
    require_teacher()
    rows = db().execute(
        "SELECT s.email, a.score FROM attempts a JOIN students s ON s.id = a.student_id WHERE a.quiz_id = ?",
        (quiz_id,),
    ).fetchall()
    out = io.StringIO()
    writer = csv.writer(out)
    for r in rows:
        writer.writerow([r["email"], r["score"]])
    data = io.BytesIO(out.getvalue().encode())
    return send_file(data, mimetype="text/csv", download_name=f"grades-{quiz_id}.csv")


@app.post("/admin/import")
def admin_import():
    require_teacher()
    quiz_id = import_quiz(db(), request.form["url"])
    return jsonify(quiz_id=quiz_id)


@app.post("/admin/bundle")
def admin_bundle():
    require_teacher()
    upload = request.files["bundle"]
    path = os.path.join(BUNDLE_DIR, "incoming.zip")
    upload.save(path)
    import_bundle(path, BUNDLE_DIR)
    return jsonify(ok=True)
