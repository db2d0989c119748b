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
PAIRS = 14080
BIAS = -11.440633
THRESHOLD = 0.0  # log-odds a join must clear: one problem likelier than two
WEIGHTS: dict[str, float] = {
    "place": 4.458638,
    "cos": 12.855005,
    "title_cos": 2.313849,
    "fix_cos": 3.715523,
    "fix_missing": 1.36266,
    "gap": -0.168069,
    "same_line": 0.42412,
    "flow": -0.215134,
    "signature": 0.383703,
    "section": -0.233194,
    "same_scope": -0.08133,
    "other_scope": -4.158678,
    "share_kind": 0.742493,
    "kinds_conflict": -2.473566,
    "kindless": 0.59649,
    "data_conflict": -3.078954,
    "share_data": 2.094621,
    "dataless": 0.575249,
    "same_category": 1.309797,
    "lonely": 1.531941,
    "race": 0.630458,
    "place*cos": -0.436046,
    "cos^2": -4.246325,
    "place^2": 0.797041,
    "share_kind*place": 0.834918,
    "share_kind*cos": -1.938199,
    "lonely*place": -1.274133,
    "same_category*cos": -2.122098,
    "title_cos*place": -0.924379,
    "title_links": 1.98196,
}
