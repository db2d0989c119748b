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
BIAS = -10.70383
THRESHOLD = 0.0  # log-odds a join must clear: one problem likelier than two
WEIGHTS: dict[str, float] = {
    "place": 4.381577,
    "cos": 13.842119,
    "title_cos": 1.969296,
    "fix_cos": 3.811102,
    "fix_missing": 1.417243,
    "gap": -0.155507,
    "same_line": 0.350649,
    "flow": -0.028043,
    "signature": 0.523382,
    "section": -0.140955,
    "same_scope": 0.189336,
    "other_scope": -3.217454,
    "share_kind": 1.068148,
    "kinds_conflict": -3.04178,
    "kindless": 0.281025,
    "data_conflict": -3.369073,
    "share_data": 2.150337,
    "dataless": 0.403234,
    "same_category": 1.105305,
    "lonely": 1.730134,
    "race": 0.764674,
    "place*cos": -0.752036,
    "cos^2": -5.868821,
    "place^2": 1.253343,
    "share_kind*place": 0.818904,
    "share_kind*cos": -3.126088,
    "lonely*place": -1.459467,
    "same_category*cos": -0.992529,
    "title_cos*place": -1.877284,
}
