"""The merger's pair weights, fitted by `python bench/findings/train.py`: do not edit by hand.

Logistic regression over `evidence.FEATURES` (raw scale) on every pair of findings of two agents the merger
may place together, in the labelled reviews that are read; `tests/test_findings_train.py` fits them again
and fails if this file differs."""

TRAINED_ON = (
    "original",
    "tune",
    "tune2",
    "tune3",
    "tune4",
    "test",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test12",
)
PAIRS = 9222
BIAS = -10.871677
THRESHOLD = 0.0  # log-odds a join must clear: one problem likelier than two
WEIGHTS: dict[str, float] = {
    "place": 3.59096,
    "cos": 12.686901,
    "title_cos": 3.766105,
    "fix_cos": 3.732262,
    "fix_missing": 1.416368,
    "gap": -0.163714,
    "same_line": 0.29346,
    "flow": -0.017865,
    "signature": 0.497633,
    "section": -0.138609,
    "same_scope": 0.12311,
    "other_scope": -2.665251,
    "share_kind": 1.445645,
    "kinds_conflict": -3.050221,
    "kindless": 0.439303,
    "data_conflict": -4.151658,
    "share_data": 2.202027,
    "dataless": 0.393844,
    "same_category": 1.297391,
    "lonely": 1.41573,
    "race": 0.78677,
    "place*cos": 0.575712,
    "cos^2": -5.396504,
    "place^2": 2.000231,
    "share_kind*place": 0.6378,
    "share_kind*cos": -3.180718,
    "lonely*place": -1.061327,
    "same_category*cos": -1.509786,
    "title_cos*place": -3.815753,
}
