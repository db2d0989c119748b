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
)
PAIRS = 11425
BIAS = -11.985033
THRESHOLD = 0.0  # log-odds a join must clear: one problem likelier than two
WEIGHTS: dict[str, float] = {
    "place": 5.03426,
    "cos": 11.49014,
    "title_cos": 3.667069,
    "fix_cos": 3.600107,
    "fix_missing": 1.403433,
    "gap": -0.140374,
    "same_line": 0.316354,
    "flow": -0.30909,
    "signature": 0.434549,
    "section": -0.168376,
    "same_scope": -0.248402,
    "other_scope": -4.097877,
    "share_kind": 0.889122,
    "kinds_conflict": -2.647594,
    "kindless": 0.628405,
    "data_conflict": -2.985,
    "share_data": 2.480205,
    "dataless": 0.718892,
    "same_category": 1.123328,
    "lonely": 1.551183,
    "race": 0.637,
    "place*cos": 0.429384,
    "cos^2": -4.479394,
    "place^2": 1.001911,
    "share_kind*place": 0.63278,
    "share_kind*cos": -1.783915,
    "lonely*place": -1.344108,
    "same_category*cos": -1.161186,
    "title_cos*place": -2.706747,
    "title_links": 2.143815,
}
