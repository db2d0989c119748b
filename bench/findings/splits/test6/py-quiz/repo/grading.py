"""Scoring: exact-match and multiple-choice questions, partial credit, late penalties."""

from datetime import datetime

LATE_PENALTY_PER_DAY = 0.1


def grade(quiz, answers):
    questions = quiz["questions"]
    total = 0.0
    for i in range(1, len(questions)):
        q = questions[i]
        given = answers.get(str(q["id"]))
        if q["type"] == "multi":
            total += partial_credit(q, given or [])
        elif given is not None and given.strip().lower() == q["answer"].lower():
            total += q["points"]
    penalty = late_penalty(quiz["due_at"])
    return round(100 * total / quiz["max_points"] * (1 - penalty), 1)


def partial_credit(q, given):
    correct = set(q["correct"])
    hits = len(correct & set(given))
    return q["points"] * hits / len(correct)


def late_penalty(due_at_text):
    due_at = datetime.fromisoformat(due_at_text)
    days_late = (datetime.now() - due_at).days
    if days_late <= 0:
        return 0.0
    return min(1.0, days_late * LATE_PENALTY_PER_DAY)
