"""The words the merger compares: one term for every form of a word, never one for two different words."""

from __future__ import annotations

import pytest

from mco_mcp.findings.text import stem, terms


@pytest.mark.parametrize(
    "forms",
    [
        ("cancel", "cancels", "cancelled", "cancelling", "cancellation", "cancellations", "canceled", "canceling"),
        ("enrol", "enrols", "enroll", "enrolled", "enrolling", "enrolment", "enrollment"),
        ("label", "labels", "labelled", "labelling"),
        ("control", "controlled", "controller"),
        ("commit", "commits", "committed"),
    ],
)
def test_every_form_of_a_word_is_one_term(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize(("a", "b"), [("fill", "file"), ("poll", "pole"), ("cancel", "candle"), ("install", "instance")])
def test_different_words_stay_different_terms(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_two_findings_naming_a_cancellation_share_its_term() -> None:
    # test106's reporter kept on a cancelled order: "cancel doesn't free the reporter" against "Assigned reporter not
    # released on cancellation" had only "reporter" in common while "cancel" and "cancellation" were two terms.
    shared = terms("cancel doesn't free the reporter") & terms("Assigned reporter not released on cancellation")
    assert stem("cancel") in shared and stem("reporter") in shared
