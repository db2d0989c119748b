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
    "test13",
    "test14",
    "test15",
    "test16",
    "test17",
    "test18",
    "test19",
    "test20",
)
PAIRS = 14081
BIAS = -11.531657
THRESHOLD = 0.0  # log-odds a join must clear: one problem likelier than two
WEIGHTS: dict[str, float] = {
    "place": 4.419406,
    "cos": 12.927445,
    "title_cos": 2.492067,
    "fix_cos": 3.624046,
    "fix_missing": 1.414156,
    "gap": -0.173185,
    "same_line": 0.418458,
    "flow": -0.143993,
    "signature": 0.448275,
    "section": -0.170988,
    "same_scope": -0.078884,
    "other_scope": -4.087439,
    "share_kind": 0.955608,
    "kinds_conflict": -4.519709,
    "kindless": 0.5502,
    "data_conflict": -3.323019,
    "share_data": 2.210483,
    "dataless": 0.601954,
    "same_category": 1.347402,
    "lonely": 1.432001,
    "race": 0.678044,
    "place*cos": -0.651889,
    "cos^2": -3.930961,
    "place^2": 0.842981,
    "share_kind*place": 0.773964,
    "share_kind*cos": -2.48292,
    "lonely*place": -1.158481,
    "same_category*cos": -2.178498,
    "title_cos*place": -0.966635,
    "title_links": 1.966101,
}
