"""Condition grades recorded when an artefact leaves and when it comes back."""

# Condition reports use grades 1 (excellent) to 5 (critical).
GRADES = ["excellent", "good", "fair", "poor", "critical"]


def valid_grade(score):
    return isinstance(score, int) and 1 <= score <= 5


def grade_label(score):
    return GRADES[score]


def deteriorated(grade_out, grade_in):
    """True when the artefact came back in a worse condition than it left in."""
    return grade_in < grade_out


def summary(reports):
    worst = max((r["grade"] for r in reports if valid_grade(r["grade"])), default=None)
    return {"reports": len(reports), "worst": grade_label(worst - 1) if worst else None}
