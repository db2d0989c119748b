"""The findings merger's measured quality, pinned: a regression on any labelled set fails here.

Floors are the numbers reached when they were pinned (bench/findings/RESULTS.md), for each set and answer
shape: the original tuning set, the tune splits, and the test splits that were frozen until their one scoring
and are read since. A frozen split is pinned once scored. Raise a floor when the merger gets better; never lower
one to make a change pass (round 10 lowered some once, for a change measured better on the sets it was not fitted
on: see below).
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

BENCH_SCORE = Path(__file__).resolve().parents[1] / "bench" / "findings" / "score.py"

# Round 10 replaced the hand-set thresholds of the rules by weights fitted on the read sets (bench/findings/train.py):
# on the sets the rules had been tuned on it merges 1 to 4 problems fewer exactly (original, tune, tune2, tune3,
# test to test5, test9), on the others as many or more (test6, test7, test8, test10 +2, test11 +8, test12 +10): 974
# of 1087 as before, and it fuses 25 near-miss pairs where the rules fused 41. Held out one set at a time it merges
# 969 (RESULTS.md, round 10). The floors below were lowered once, for that change, to what it measured (then with
# test13 to test16 fitted on too); the comment of each set keeps its history.
# Round 11 added a feature, the links between the words two titles do not share (`evidence.title_links`): held out
# one set at a time 1223 of 1386 exact and 35 fused, where round 10's weights gave 1206 and 43 (RESULTS.md). On the
# sets themselves it traded (tune2 43 -> 40, tune3, test8, test15 one fewer, test one fused pair more; others up to
# +5). After test17 to test20 were scored once and fitted on too (25 sets), every floor was re-pinned to what the
# shipped weights give: tune (29 -> 28) and test5 (77 -> 76) lost one problem each to that refit, the rest held or
# gained. After test23 and test24 were scored once and fitted on (29 sets, round 13), every floor was re-pinned
# again to what the shipped weights give: tune2 (41 -> 40), test16 (56 -> 54, a pair more fused) and test19 (72 ->
# 70, a pair more) lost to that refit, test3, test5, test9 and test17 gained. Round 14 (a finding naming two inputs
# joins neither group; destructured names and inputs named as they arrive are data) re-pinned them once more: tune
# (28 -> 27) and test10 (81 -> 79) lost, test8, test14, test17, test18, test21 and test23 gained. The refit on 31
# sets after test25 and test26 were scored moved them again (test3, test4, test5, test10, test11, test16 and test19
# down by 1-2, test9 and test23 up): the floors follow the shipped weights; held out is the measure (RESULTS.md).
# Round 15 (inputs named as plain words, a file's mode a kind of its own) re-pinned them again: held out 1888 and 49
# fused against 1886 and 53; fitted on all, test10, test11, test13 gained 2-4, tune2, test, test7, test9, test14,
# test20, test22 lost 1-2 and test23 3.
# Round 38 (test71 and test72 fitted on, 77 sets; a row that does not exist, a first page out of reach and a
# value at the limit refused named as kinds) re-pinned every floor it moved: held out 5094 of 5568 and 84 fused,
# against 5082 and 87 for round 37's rules refitted on the same sets; fitted on all, test3, test9, test12, test15,
# test16, test48 and test61 lost 1-2 (test3, test9, test16 and test61 to the refit alone), test23, test37, test40,
# test46 and test63 gained.
# Round 39 (test73 and test74 fitted on, 79 sets; a missing row told as unhandled, a crash on zero, an error
# cached as data and its status unchecked one family) re-pinned them again: held out 5238 of 5714 and 85 fused, against
# 5234 and 85 for round 38's rules refitted; fitted on all, the refit alone moved test12 (F1), test26 (and a pair more
# fused) and test34 down, test9, test16, test30 and test49 up, and the rules gained test60 and test74.
# Round 40 (test75 and test76 fitted on, 81 sets; "committee" no commit and a write outside a lock no traversal, an
# algorithm or encoding literal no datum, a header or path value an input, Go's `err` no second datum, more wordings)
# re-pinned them again: held out 5398 of 5867 and 85 fused, against 5385 and 86 for round 39's rules refitted; fitted on
# all (nested), against those refitted rules, 19 problems gained on 13 sets and 3 pairs fewer fused, test12 (and a pair
# more fused), test23 and test44 one problem lower each.
# Round 41 (test77 and test78 fitted on, 83 sets; no rule change) re-pinned the floors the refit moved: held out 5530 of
# 6016 and 88 fused (on the 81 sets of round 40, 5394 and 85 against its 5398 and 85); fitted on all, test12, test26
# (and a pair more fused) and test71 one problem lower, test10 (and a pair fewer fused), test43, test44, test58 and
# test61 higher.
# Round 42 (test79 and test80 fitted on, 85 sets; a read past the end and a crash on a short input two sorts of bounds,
# a comparison named by its operator a bound, an account enumeration a kind) re-pinned every floor it moved: held out
# 5675 of 6166 and 87 fused, against 5671 and 89 for round 41's rules refitted; fitted on all, the refit alone moved
# tune3, tune4, test20, test43, test44, test49, test58, test60 and test61 one problem down, test23 one up and test34 a
# pair fewer fused, and the rules gained test19, test20, test49 and test71 one problem each, test34 and test79 two each
# and a pair fewer fused, and lost test30 one.
# Round 43 (test81 and test82 fitted on, 87 sets; a finding naming no datum joins the group its words clearly lean to)
# re-pinned the floors it moved: held out 5822 of 6316 and 91 fused, against 5796 and 93 for round 42's rules refitted;
# fitted on all, the refit alone moved test16 three problems down, test46 two (and a pair more fused), test43 and test71
# one, test34 a pair more fused, and test3, test58, test60 and test61 one up.
# Round 44 (test83 and test84 fitted on, 89 sets; "without `s.mu`" read as a race, an unlimited size as unbounded)
# re-pinned them again: held out 5955 of 6457 and 92 fused, against 5949 and 92 for round 43's rules refitted; fitted
# on all, the refit alone moved test22 two problems down (and a pair more fused), test58 one (and a pair more fused) and
# test61 one, and test7, test42, test43 one up and test46 two (and a pair fewer fused); the rules gained test10,
# test37, test47, test53, test60 and test79 one problem each, took test7's back, and moved test12 two down and a pair
# more fused (two findings without a kind on one line, whose margin the refit tips).
# Round 45 (test85 and test86 fitted on, 91 sets; a race, a count from zero and an edge missed by one step told by
# their effect get their kinds, a word before a feature's noun and "html" name no datum, words of a domain no kind)
# re-pinned every floor it moved: held out 6106 of 6608 and 92 fused, against 6092 and 95 for round 44's rules
# refitted; fitted on all (nested), against those refitted rules, 24 problems gained on 18 sets and 3 pairs fewer
# fused (test22, test83, test85), and test, test7, test10, test24, test35, test40, test60 and test61 one problem lower
# each; the refit alone moved test7, test26 (and a pair fewer fused), test35 and test72 one up, test47 two up (and a
# pair fewer fused), and test12 one down.
# Round 46 (test87 and test88 fitted on, 93 sets; a missing auth or owner check told by its effect, anyone acting on
# anyone's things, an ignored result, one over a limit or one too many at its edge get their kinds, a race run as a
# contest no race condition) re-pinned every floor it moved: held out 6249 of 6754 and 89 fused, against 6236 and 94
# for round 45's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved tune3, test6 and
# test81 one problem up and test77 two (and a pair fewer fused), and test, test21, test30, test67, test69 and test76
# one down and test39 two (and a pair more fused); the rules gained test, test3, test21, test26, test30, test60, test61
# and test81 one problem each, test19, test56 and test70 two each (and a pair fewer fused each), test87 three and
# test88 three (and a pair fewer fused), and lost test4, test79, test80 and test86 one each and test54 two (and a pair
# more fused).
# Round 47 (test89 and test90 fitted on, 95 sets; a lost update told by what it loses, a header "trusted", a loop that
# spins or hangs on a zero, a file name derived from input, an upload's type check and a unit conversion named otherwise
# get their kinds) re-pinned every floor it moved: held out 6392 of 6907 and 90 fused, against 6388 and 91 for round
# 46's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved test10, test12, test64,
# test76, test79, test80 and test88 one problem up and test27 two (and a pair fewer fused), and test26, test30, test43,
# test59, test60 and test68 one down; the rules gained test89 one problem and test90 four (and a pair fewer fused), and
# lost test7 and test10 one each.
# Round 48 (test91 and test92 fitted on, 97 sets; SQL built from a request's names, "`sort` is interpolated into
# `ORDER BY`" or "Body keys become column names", is SQL injection, and markup breaking out of its attribute markup
# injection) re-pinned every floor it moved: held out 6545 of 7066 and 89 fused, the same as round 47's rules refitted;
# fitted on all (the lower of the two shapes), the refit alone moved test5 two problems up and test7, test10, test26 and
# test48 one, and test71 and test76 one down; the rules gained test52 (and a pair fewer fused), test59, test79 and
# test91 one problem each and kept test8 where the refit alone lost one, and lost tune, test3, test6, test12 and test34
# one each.
# Round 49 (test93 and test94 fitted on, 99 sets; who a record is "not tied to", "not scoped to" or "not restricted
# to", readers who are not members, an "auth bypass", unknown tokens "let through", a check switched off for want of its
# key, success reported on a failure, a secret compared loosely and a page count rounded down get their kinds)
# re-pinned every floor it moved: held out 6682 of 7209 and 90 fused, against 6675 and 90 for round 48's rules
# refitted; fitted on all (the lower of the two shapes), the refit alone moved test68 and test76 one problem up, and
# test21, test35, test59, test60, test61, test80, test82, test83 and test91 one down; the rules gained test3, test6,
# test35, test60, test91 and test93 one problem each and test94 two.
# Round 50 (test95 and test96 fitted on, 101 sets; an act done "again" or "twice" in other words, a first page out of
# reach as "page 1", the last hour of a range left out by the clock, records "readable for any" id and a file written
# where the caller says get their kinds) re-pinned every floor it moved: held out 6837 of 7355 and 87 fused, against
# 6822 and 89 for round 49's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved tune,
# test6, test21, test59, test61, test71, test83 and test91 one problem up, and test19, test35 and test60 one down; the
# rules gained test9, test19, test35, test80, test86 and test89 one problem each and test42 (and a pair fewer fused) and
# test60 two each, and lost test61 and test81 one each.
# Round 51 (test97 and test98 fitted on, 103 sets; a repeated act, records "publicly accessible", a flag a client sets
# on itself, the mean of nothing told by its NaN and a bound written as a name plus one get their kinds, and
# "overbooking beyond capacity" is no race) re-pinned every floor it moved: held out 6966 of 7498 and 93 fused, against
# 6963 and 93 for round 50's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved test32
# and test34 one problem up, and test6, test35, test36 and test60 one down; the rules gained test6, test15, test41 and
# test85 one problem each and test97 and test98 two each, and lost test8 one and test87 two (and a pair more fused:
# codex's "CLOSE_HOUR + 1 allows overrun", now an off-by-one, joined the other off-by-one of its hour check).
# Round 52 (test99 and test100 fitted on, 105 sets; a check skipped for want of its header and records said to be
# "public" are a missing access check) re-pinned every floor it moved: held out 7089 of 7627 and 93 fused, against
# 7086 and 95 for round 51's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved test39
# two problems up (and a pair fewer fused) and test60 one, and tune4, test6, test9, test90 and test94 one down; the
# rules gained test28 (and a pair fewer fused), test36 and test99 one problem each.
# Round 53 (test101 and test102 fitted on, 107 sets; a check-then-act named by its halves, Go's mutex named "not under",
# a departure before the arrival, a due date "one day later than" its rule, an alarm fired "only once per process
# lifetime", a stock taken without checking that enough is left and a token decoded and never verified get their kinds)
# re-pinned every floor it moved: held out 7229 of 7773 and 93 fused, against 7223 and 95 for round 52's rules
# refitted; fitted on all (the lower of the two shapes), the refit alone moved test7 and test100 one problem up, test27
# two down (and a pair more fused), and test81 and test85 one down; the rules gained test27 two problems (and a pair
# fewer fused), test61, test81 and test101 one each, test63 one (and a pair fewer fused) and test102 two, and lost
# test100 one.
# Round 54 (test103 and test104 fitted on, 109 sets; a word a local is given as its value, `grade = "prime"`, is a datum
# of the function) re-pinned every floor it moved: held out 7358 of 7915 and 97 fused, against 7353 and 98 for round
# 53's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved test9, test11, test87, test94
# and test100 one problem up, test7, test21, test60 and test83 one down, test26 one down (and a pair more fused) and
# test12 two down (and a pair more fused); the rule gained test104 two problems (and a pair fewer fused) and lost
# test100 the one the refit had gained.
# Round 55 (test105 and test106 fitted on, 111 sets; every form of a word of two syllables or more ending in a doubled
# l, "cancel", "cancelled", "cancellation", is one term) re-pinned every floor it moved: held out 7499 of 8058 and 95
# fused, against 7497 and 95 for round 54's rules refitted; fitted on all (the lower of the two shapes), the refit alone
# moved test6, test16, test21, test36, test52, test60 and test85 one problem up, test26 a pair fewer fused, test44,
# test65, test79 and test91 one down and test62 two down (and a pair more fused); the stemming gained test17, test96 and
# test106 one problem each, and lost test12, test21 and test80 one each and test26 one (and the pair the refit had
# unfused).
# Round 56 (test107 and test108 fitted on, 113 sets; a field of a record put into a shell command, named as a word, is
# the datum of a command injection, as of a markup one, but for a word for what sort of value an argument is, "path"
# or "filename") re-pinned every floor it moved: held out 7637 of 8211 and 96 fused, against 7634 and 98 for round
# 55's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved test12 two problems up (and
# a pair fewer fused) and test33, test35, test79 and test80 one up, tune2, test2, test7, test16, test36, test60,
# test81, test85 and test87 one down and test27 two down (and a pair more fused); the rule gained tune2, test2,
# test36, test85, test87 and test100 one problem each and test107 two (and a pair fewer fused), and lost test35,
# test69, test71, test73 and test94 one each and test12 one (and a pair more fused).
# Round 57 (test109 and test110 fitted on, 115 sets; a check said to be bypassed is of one family with one failing
# open; a "dupe key" or "cache key" is no secret; "request" said plainly is no datum of a shell command; "two X can ...
# the same" may take four words) re-pinned every floor it moved: held out 7781 of 8359 and 98 fused, against 7776 and 98
# for round 56's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved tune3, test81,
# test84 and test90 one problem up, test27 two up and test12 three up (each a pair fewer fused), and test31, test35,
# test37, test76 and test79 one down; the rules gained test27, test36, test71, test79, test91, test94 and test110 one
# problem each and lost none.
# Round 58 (test111 and test112 fitted on, 117 sets; a request left hanging by an error thrown in an async handler is
# an unhandled error, not a missing timeout; number 0 let through where numbers start at 1 is a range's lower edge;
# "rows[0] undefined" is a missing row without "is"; a key named in the plural is the key) re-pinned every floor it
# moved: held out 7914 of 8497 and 98 fused, against 7911 and 100 for round 57's rules refitted; fitted on all (the
# lower of the two shapes), the refit alone moved test8 and test60 one problem up, test26, test62 and test87 two up
# (each a pair fewer fused), test27 and test108 two down (each a pair more fused), and test72, test81, test90 and
# test94 one down; the rules gained test11, test31, test37, test41, test43, test49 (a pair fewer fused), test72,
# test81, test94, test109 and test110 one problem each and test112 four (a pair fewer fused), and lost test12, test38
# and test55 one each and test10 and test93 two each (test93 a pair more fused).
# Round 59 (test113 and test114 fitted on, 119 sets; a plural of a word of the function's own name names no datum; a
# word a local abbreviates names that local; an index of -1, or number 0 panicking, is a bounds error; no limit on
# attempts is a missing rate limit; days booked "in other years" a date filter missed; a missing file left unhandled
# an unhandled error) re-pinned every floor it moved: held out 8069 of 8659 and 99 fused, against 8061 and 101 for
# round 58's rules refitted; fitted on all (the lower of the two shapes), the refit alone moved tune, test35, test61,
# test65 and test79 one problem up, and tune3, test11, test72, test81, test91, test94 and test100 one down, test36 two
# down, and test12, test19 and test83 two down with a pair more fused (test85 only in F1); the rules gained test89 one
# problem, test27 two (a pair fewer fused) and test113 seven (two pairs fewer fused), and lost test4 one and test49 one
# (a pair more fused).
# (set): problems merged exactly, pairwise F1, near-miss pairs fused at most -- the same for both answer shapes
_FLOORS = {
    # the rules: 34 / 34 from round 1 to round 20; fitted on 43 sets (round 21) one problem is split (a percentage
    # "not bounded" against one "above 100 % produces a negative total"), an unsure pair an adjudicator is asked about.
    "original": (33, 0.993, 0),
    # the rules: 30 / 31. Round 14 lost one (a shell command built from two inputs, one finding naming both:
    # which of the two problems it means is not in its words, so it joins neither; RESULTS.md).
    "tune": (29, 0.941, 0),
    # tune2 was first scored before any change made for it (33 / 48, F1 0.883, 4 fused); then tuned on: 47 / 48.
    "tune2": (44, 0.976, 0),
    # tune3 (Java, Rust, Ruby) first scored before any change made for it: 45 / 56, F1 0.943, 0 fused; the rules
    # reached 55 / 56 by round 6.
    "tune3": (49, 0.974, 0),
    # tune4 (C#, PHP) first scored before any change made for it (round 3 merger): 27 / 30, F1 0.955, 0 fused; the
    # rules reached 29 / 30 in round 7.
    "tune4": (27, 0.959, 0),
    # test (a validation split since round 3): 55 exact, F1 0.956 after round 5; tuned on in round 6: 61, F1 0.988.
    "test": (59, 0.979, 0),
    # test2, test3, test4: each frozen until its one scoring (round 3 merger: 53 / 66, F1 0.939, 5 of 30 fused;
    # round 4: 50 / 58, F1 0.953, 3 of 27; round 5: 59 / 68, F1 0.951, 3 of 29), tuned on in round 6 (63 / 66, 1
    # fused; 54 / 58, 2 fused; 68 / 68).
    "test2": (65, 0.997, 0),
    "test3": (56, 0.992, 0),
    "test4": (65, 0.984, 0),
    # test5 to test12: frozen, written before rounds 6 to 9 by sessions that saw no merger or score, scored once at
    # the end of their round (RESULTS.md), tuned on by the rules from the next: test5 68 / 84, 7 of 31 fused (rules
    # later 80, 2 fused); test6 57 / 79, 9 of 34 (73, 3); test7 58 / 79, 6 of 37 (71, 3); test8 62 / 76, 5 of 35 (67,
    # 3); test9 55 / 79, 7 of 32 (70, 2); test10 61 / 90, 11 of 42 (74, 7); test11 56 / 78, 8 of 31 and test12 42 /
    # 69, 10 of 31 (scored after round 9, not tuned on by the rules).
    "test5": (78, 0.981, 1),
    "test6": (76, 0.982, 1),
    "test7": (74, 0.963, 1),
    "test8": (68, 0.937, 2),
    "test9": (73, 0.972, 1),
    "test10": (80, 0.942, 2),
    "test11": (69, 0.960, 2),
    "test12": (51, 0.871, 5),
    # test13 to test16: frozen, written after round 9 and at the start of round 10 the same way; scored once with
    # round 10's weights fitted on the seventeen sets above (RESULTS.md): 61 / 77, F1 0.900, 4 of 34 fused; 61 / 80,
    # F1 0.873, 7 fused; 64 / 75, F1 0.944, 2 fused; 49 / 67, F1 0.904, 4 fused. Fitted on since (these floors).
    "test13": (75, 0.989, 0),
    "test14": (68, 0.919, 4),
    "test15": (70, 0.986, 2),
    "test16": (58, 0.954, 1),
    # test17 to test20: frozen, written after round 10 and at the start of round 11 the same way; scored once with
    # round 11's weights and word links fitted on the 21 sets above (RESULTS.md): 64 / 71, F1 0.960, 2 of 33 fused;
    # 71 / 81, F1 0.959, 3 fused; 67 / 81, F1 0.937, 3 fused; 72 / 80, F1 0.952, 0 fused. Fitted on since.
    "test17": (66, 0.969, 1),
    "test18": (75, 0.976, 2),
    "test19": (73, 0.980, 3),
    "test20": (77, 0.988, 0),
    # test21, test22: frozen, written after round 11's scoring the same way; scored once with round 12's merger
    # (weights and word links fitted on the 25 sets above; RESULTS.md): 63 / 73, F1 0.957, 1 of 30 fused; 67 / 77,
    # F1 0.950, 4 of 31 fused. Fitted on since.
    "test21": (68, 0.976, 0),
    "test22": (71, 0.961, 1),
    # test23, test24: frozen, written at the start of round 12 the same way; scored once with round 13's merger
    # (fitted on the 27 sets above; RESULTS.md): 58 / 67, F1 0.927, 2 of 29 fused; 62 / 67, F1 0.956, 0 of 31 fused
    # (every goal of issue 15 met). Fitted on since.
    "test23": (59, 0.938, 2),
    "test24": (65, 0.991, 0),
    # test25, test26: frozen, written at the start of round 13 the same way (their authors saw the newest commit
    # subjects by a slip); scored once with round 14's merger (fitted on the 29 sets above; RESULTS.md): 65 / 69, F1
    # 0.989, 1 of 29 fused; 63 / 75, F1 0.904, 4 of 32 fused. Fitted on since.
    "test25": (68, 0.997, 0),
    "test26": (70, 0.964, 1),
    # test27, test28: written during round 14 by two helper sessions that saw no merger code (test27's author saw the
    # file names of test26's repos); scored once with round 15's merger (fitted on the 31 sets above; RESULTS.md):
    # 54 / 77, F1 0.874, 10 of 38 fused; 67 / 76, F1 0.938, 3 of 37 fused. Fitted on since round 16.
    "test27": (65, 0.920, 5),
    "test28": (71, 0.964, 1),
    # test29, test30: written at the start of round 16 by two helper sessions that saw no merger code (both saw the
    # other's brief and worktree names; test30's author the last lines of test28's README section); scored once with
    # round 16's merger (fitted on the 33 sets above; RESULTS.md): 60 / 71, F1 0.966, 4 of 29 fused; 66 / 79, F1
    # 0.948, 1 of 38 fused. Fitted on since round 17.
    "test29": (69, 0.993, 1),
    "test30": (71, 0.977, 1),
    # test31, test32: written at the start of round 17 by two helper sessions that saw no merger code (test32's author
    # saw test30's repository file names); scored once with round 17's merger (fitted on the 35 sets above;
    # RESULTS.md): 69 / 79, F1 0.951, 4 of 31 fused (first reported as 65 / 79, F1 0.912, from labels that a scorer
    # bug misplaced on one reordered answer, mended in round 18); 67 / 75, F1 0.980, 1 of 35 fused. Fitted on since
    # round 18.
    "test31": (77, 0.994, 1),
    "test32": (72, 0.994, 0),
    # test33, test34: written at the start of round 18 by two helper sessions that saw no merger code (no slip
    # reported); scored once with round 18's merger (fitted on the 37 sets above; RESULTS.md): 69 / 77, F1 0.973, 3 of
    # 31 fused; 57 / 70, F1 0.924, 4 of 28 fused. Fitted on since round 19.
    "test33": (73, 0.985, 1),
    "test34": (65, 0.965, 1),
    # test35, test36: written at the start of round 19 by two helper sessions that saw no merger code (test35's author
    # saw test33's repository file names); scored once with round 19's merger (fitted on the 39 sets above;
    # RESULTS.md): 66 / 73, F1 0.966, 1 of 31 fused; 65 / 75, F1 0.957, 1 of 32 fused. Fitted on since round 20.
    "test35": (65, 0.961, 1),
    "test36": (65, 0.958, 1),
    # test37, test38: written at the start of round 20 by two helper sessions that saw no merger code (no slip
    # reported); scored once with round 20's merger (fitted on the 41 sets above; RESULTS.md): 58 / 71, F1 0.895, 3 of
    # 33 fused; 63 / 70, F1 0.975, 1 of 32 fused. Fitted on since round 21.
    "test37": (66, 0.957, 0),
    "test38": (66, 0.984, 1),
    # test39, test40: written during round 20 for round 21 by two helper sessions that saw no merger code (test39's
    # author listed /work/wt once; test40's listed test37's file names); scored once with round 21's merger (fitted on
    # the 43 sets above; RESULTS.md): 71 / 76, F1 0.971, 2 of 28 fused; 64 / 69, F1 0.985, 1 of 32 fused. Fitted on
    # since round 22.
    "test39": (72, 0.98, 1),
    "test40": (68, 0.987, 0),
    # test41, test42: written for round 22 by two helper sessions that saw no merger code; scored once with round 22's
    # merger (fitted on the 45 sets above; RESULTS.md): 67 / 76, F1 0.948, 2 of 32 fused; 70 / 77, F1 0.973, 1 of 33
    # fused. Fitted on since round 23.
    "test41": (70, 0.968, 2),
    "test42": (72, 0.982, 0),
    # test43, test44: written during round 22 for round 23 by two helper sessions that saw no merger code; scored once
    # with round 23's merger (fitted on the 47 sets above; RESULTS.md): 62 / 74, F1 0.936, 1 of 29 fused; 69 / 77, F1
    # 0.976, 2 of 33 fused. Fitted on since round 24.
    "test43": (68, 0.975, 0),
    "test44": (72, 0.983, 1),
    # test45, test46: written during round 23 for round 24 by two helper sessions that saw no merger code (the lead
    # ran test45's scoring once by mistake before, seeing only "NOT MET"; splits/README.md); scored once with round
    # 24's merger (fitted on the 49 sets above; RESULTS.md): 71 / 77, F1 0.981, 2 of 32 fused; 67 / 78, F1 0.933, 3 of
    # 33 fused. Fitted on since round 25.
    "test45": (74, 0.995, 1),
    "test46": (72, 0.975, 2),
    # test47, test48: written during round 24 for round 25 by two helper sessions that saw no merger code; scored once
    # with round 25's merger (fitted on the 51 sets above; RESULTS.md): 69 / 79, F1 0.960, 2 of 35 fused; 61 / 71, F1
    # 0.959, 0 of 30 fused. Fitted on since round 26.
    "test47": (73, 0.978, 1),
    "test48": (67, 0.983, 0),
    # test49, test50: written during round 25 for round 26 by two helper sessions that saw no merger code; scored once
    # with round 26's merger (fitted on the 53 sets above; RESULTS.md): 68 / 75, F1 0.965, 1 of 33 fused; 66 / 76, F1
    # 0.968, 1 of 32 fused. Fitted on since round 27.
    "test49": (71, 0.980, 1),
    "test50": (69, 0.976, 1),
    # test51, test52: written during round 26 for round 27 by two helper sessions that saw no merger code; scored once
    # with round 27's merger (fitted on the 55 sets above; RESULTS.md): 65 / 71, F1 0.976, 2 of 28 fused; 72 / 83, F1
    # 0.938, 4 of 33 fused. Fitted on since round 28.
    "test51": (67, 0.990, 1),
    "test52": (76, 0.960, 3),
    # test53, test54: written during round 27 for round 28 by two helper sessions that saw no merger code; scored once
    # with round 28's merger (fitted on the 57 sets above; RESULTS.md): 62 / 67, F1 0.957, 0 of 29 fused (every goal of
    # issue 15 met); 69 / 74, F1 0.982, 1 of 31 fused. Fitted on since round 29.
    "test53": (65, 0.990, 0),
    "test54": (69, 0.984, 1),
    # test55, test56: written at the end of round 27 for round 29 by two helper sessions that saw no merger code; scored
    # once with round 29's merger (fitted on the 59 sets above; RESULTS.md): 74 / 81, F1 0.950, 0 of 33 fused (every
    # goal of issue 15 met); 73 / 77, F1 0.975, 1 of 34 fused. Fitted on since round 30.
    "test55": (76, 0.976, 0),
    "test56": (76, 0.997, 0),
    # test57, test58: written during round 29 for round 30 by two helper sessions that saw no merger code; scored once
    # with round 30's merger (fitted on the 61 sets above; RESULTS.md): 69 / 74, F1 0.984, 2 of 32 fused; 67 / 72, F1
    # 0.955, 1 of 33 fused (every goal of issue 15 met but the fused one on both). Fitted on since round 31.
    "test57": (69, 0.984, 2),
    "test58": (67, 0.955, 2),
    # test59, test60: written during round 30 for round 31 by two helper sessions that saw no merger code; scored once
    # with round 31's merger (fitted on the 63 sets above; RESULTS.md): 75 / 79, F1 0.968, 0 of 42 fused; 70 / 77, F1
    # 0.972, 0 of 28 fused (every goal of issue 15 met on both). Fitted on since round 32.
    "test59": (79, 1.0, 0),
    "test60": (76, 0.997, 0),
    # test61, test62: written during round 30 for round 32 by two helper sessions that saw no merger code; scored once
    # with round 32's merger (fitted on the 65 sets above; RESULTS.md): 66 / 74, F1 0.961, 0 of 34 fused; 68 / 71, F1
    # 0.981, 1 of 30 fused. Fitted on since round 33.
    "test61": (70, 0.982, 0),
    "test62": (70, 0.996, 0),
    # test63, test64: written at the start of round 32 for round 33 by two helper sessions that saw no merger code;
    # scored once with round 33's merger (fitted on the 67 sets above; RESULTS.md): 55 / 66, F1 0.914, 3 of 29 fused;
    # 71 / 75, F1 0.978, 0 of 30 fused (every goal of issue 15 met on test64). Fitted on since round 34.
    "test63": (63, 0.971, 0),
    "test64": (74, 0.997, 0),
    # test65, test66: written at the start of round 33 for round 34 by two helper sessions that saw no merger code;
    # scored once with round 34's merger (fitted on the 69 sets above; RESULTS.md): 79 / 85, F1 0.983, 1 of 38 fused;
    # 67 / 73, F1 0.978, 2 of 30 fused. Fitted on since round 35.
    "test65": (82, 0.993, 0),
    "test66": (71, 0.993, 1),
    # test67, test68: written at the start of round 34 for round 35 by two helper sessions that saw no merger code;
    # scored once with round 35's merger (fitted on the 71 sets above; RESULTS.md): 64 / 67, F1 0.983, 0 of 28 fused
    # (every goal of issue 15 met on test67); 69 / 78, F1 0.946, 1 of 36 fused. Fitted on since round 36.
    "test67": (64, 0.980, 0),
    "test68": (74, 0.986, 0),
    # test69, test70: written at the start of round 35 for round 36 by two helper sessions that saw no merger code;
    # scored once with round 36's merger (fitted on the 73 sets above; RESULTS.md): 70 / 78, F1 0.942, 2 of 32 fused;
    # 70 / 72, F1 0.993, 1 of 32 fused. Fitted on since round 37.
    "test69": (73, 0.953, 0),
    "test70": (72, 1.000, 0),
    # test71, test72: written at the start of round 36 for round 37 by two helper sessions that saw no merger code;
    # scored once with round 37's merger (fitted on the 75 sets above; RESULTS.md): 70 / 74, F1 0.986, 1 of 29 fused;
    # 71 / 75, F1 0.986, 0 of 30 fused (every goal of issue 15 met on test72). Fitted on since round 38.
    "test71": (73, 0.998, 0),
    "test72": (73, 0.992, 0),
    # test73, test74: written at the start of round 37 for round 38 by two helper sessions that saw no merger code;
    # scored once with round 38's merger (fitted on the 77 sets above; RESULTS.md): 70 / 73, F1 0.985, 0 of 34 fused
    # (every goal of issue 15 met on test73); 69 / 73, F1 0.991, 1 of 32 fused. Fitted on since round 39.
    "test73": (71, 0.991, 0),
    "test74": (71, 0.996, 1),
    # test75, test76: written at the start of round 38 for round 39 by two helper sessions that saw no merger code;
    # scored once with round 39's merger (fitted on the 79 sets above; RESULTS.md): 71 / 77, F1 0.972, 2 of 30 fused;
    # 74 / 76, F1 0.990, 0 of 34 fused (every goal of issue 15 met on test76). Fitted on since round 40.
    "test75": (77, 1.000, 0),
    "test76": (75, 0.998, 0),
    # test77, test78: written at the start of round 39 for round 40 by two helper sessions that saw no merger code;
    # scored once with round 40's merger (fitted on the 81 sets above; RESULTS.md): 65 / 72, F1 0.969, 2 of 33 fused;
    # 72 / 77, F1 0.974, 0 of 39 fused (every goal of issue 15 met on test78). Fitted on since round 41.
    "test77": (67, 0.974, 1),
    "test78": (75, 0.994, 0),
    # test79, test80: written at the start of round 40 for round 41 by two helper sessions that saw no merger code;
    # scored once with round 41's merger (fitted on the 83 sets above; RESULTS.md): 66 / 75, F1 0.930, 1 of 35 fused;
    # 70 / 75, F1 0.984, 1 of 32 fused. Fitted on since round 42.
    "test79": (73, 0.989, 0),
    "test80": (72, 0.992, 1),
    # test81, test82: written at the start of round 41 for round 42 by two helper sessions that saw no merger code;
    # scored once with round 42's merger (fitted on the 85 sets above; RESULTS.md): 66 / 78, F1 0.946, 2 of 34 fused;
    # 64 / 72, F1 0.941, 1 of 31 fused. Fitted on since round 43.
    "test81": (69, 0.966, 2),
    "test82": (68, 0.973, 0),
    # test83, test84: written at the start of round 42 for round 43 by two helper sessions that saw no merger code;
    # scored once with round 43's merger (fitted on the 87 sets above; RESULTS.md): 63 / 70, F1 0.948, 2 of 28 fused;
    # 67 / 71, F1 0.975, 0 of 27 fused (every goal of issue 15 met on test84). Fitted on since round 44.
    "test83": (64, 0.956, 2),
    "test84": (68, 0.984, 0),
    # test85, test86: written at the start of round 43 for round 44 by two helper sessions that saw no merger code;
    # scored once with round 44's merger (fitted on the 89 sets above; RESULTS.md): 68 / 78, F1 0.942, 1 of 35 fused;
    # 65 / 73, F1 0.972, 2 of 32 fused. Fitted on since round 45.
    "test85": (71, 0.968, 0),
    "test86": (68, 0.98, 1),
    # test87, test88: written at the start of round 44 for round 45 by two helper sessions that saw no merger code;
    # scored once with round 45's merger (fitted on the 91 sets above; RESULTS.md): 65 / 74, F1 0.966, 1 of 35 fused;
    # 66 / 72, F1 0.973, 2 of 34 fused. Fitted on since round 46.
    "test87": (70, 0.984, 0),
    "test88": (70, 0.993, 1),
    # test89, test90: written at the start of round 45 for round 46 by two helper sessions that saw no merger code;
    # scored once with round 46's merger (fitted on the 93 sets above; RESULTS.md): 68 / 72, F1 0.983, 0 of 35 fused
    # (every goal of issue 15 met on test89); 72 / 81, F1 0.968, 2 of 36 fused. Fitted on since round 47.
    "test89": (72, 1.000, 0),
    "test90": (75, 0.982, 1),
    # test91, test92: written at the start of round 46 for round 47 by two helper sessions that saw no merger code;
    # scored once with round 47's merger (fitted on the 95 sets above; RESULTS.md): 79 / 83, F1 0.992, 0 of 33 fused
    # (every goal of issue 15 met on test91); 70 / 76, F1 0.977, 1 of 33 fused. Fitted on since round 48.
    "test91": (80, 0.994, 0),
    "test92": (71, 0.978, 1),
    # test93, test94: written at the start of round 47 for round 48 by two helper sessions that saw no merger code;
    # scored once with round 48's merger (fitted on the 97 sets above; RESULTS.md): 64 / 69, F1 0.989, 0 of 34 fused
    # (every goal of issue 15 met on test93); 65 / 74, F1 0.966, 1 of 30 fused. Fitted on since round 49.
    "test93": (64, 0.986, 1),
    "test94": (69, 0.977, 0),
    # test95, test96: written at the start of round 48 for round 49 by two helper sessions that saw no merger code;
    # scored once with round 49's merger (fitted on the 99 sets above; RESULTS.md): 71 / 75, F1 0.983, 0 of 30 fused
    # (every goal of issue 15 met on test95); 65 / 71, F1 0.976, 1 of 33 fused. Fitted on since round 50.
    "test95": (72, 0.989, 0),
    "test96": (67, 0.981, 1),
    # test97, test98: written at the start of round 49 for round 50 by two helper sessions that saw no merger code;
    # scored once with round 50's merger (fitted on the 101 sets above; RESULTS.md): 61 / 70, F1 0.969, 1 of 35 fused;
    # 68 / 73, F1 0.974, 0 of 34 fused (every goal of issue 15 met on test98). Fitted on since round 51.
    "test97": (64, 0.977, 1),
    "test98": (71, 0.987, 0),
    # test99, test100: written at the start of round 50 for round 51 by two helper sessions that saw no merger code;
    # scored once with round 51's merger (fitted on the 103 sets above; RESULTS.md): 59 / 64, F1 0.973, 0 of 30 fused;
    # 64 / 65, F1 0.998, 0 of 31 fused (every goal of issue 15 met on both). Fitted on since round 52.
    "test99": (61, 0.988, 0),
    "test100": (64, 0.998, 0),
    # test101, test102: written at the start of round 50 for round 52 by two helper sessions that saw no merger code;
    # scored once with round 52's merger (fitted on the 105 sets above; RESULTS.md): 67 / 71, F1 0.983, 0 of 32 fused
    # (every goal of issue 15 met on test101); 66 / 75, F1 0.972, 2 of 33 fused. Fitted on since round 53.
    "test101": (68, 0.984, 0),
    "test102": (70, 0.981, 1),
    # test103, test104: written at the start of round 51 for round 53 by two helper sessions that saw no merger code;
    # scored once with round 53's merger (fitted on the 107 sets above; RESULTS.md): 68 / 73, F1 0.985, 0 of 30 fused
    # (every goal of issue 15 met on test103); 63 / 69, F1 0.975, 2 of 29 fused. Fitted on since round 54.
    "test103": (68, 0.985, 0),
    "test104": (65, 0.987, 1),
    # test105, test106: written at the start of round 53 for round 54 by two helper sessions that saw no merger code;
    # scored once with round 54's merger (fitted on the 109 sets above; RESULTS.md): 67 / 70, F1 0.994, 0 of 31 fused
    # (every goal of issue 15 met on test105); 68 / 73, F1 0.975, 1 of 32 fused. Fitted on since round 55.
    "test105": (67, 0.994, 0),
    "test106": (68, 0.969, 1),
    # test107, test108: written after round 53's scoring for round 55 by two helper sessions that saw no merger code;
    # scored once with round 55's merger (fitted on the 111 sets above; RESULTS.md): 61 / 70, F1 0.955, 3 of 36 fused;
    # 78 / 83, F1 0.985, 1 of 38 fused. Fitted on since round 56.
    "test107": (66, 0.973, 1),
    "test108": (78, 0.985, 1),
    # test109, test110: written at the start of round 54 for round 56 by two helper sessions that saw no merger code;
    # scored once with round 56's merger (fitted on the 113 sets above; RESULTS.md): 62 / 71, F1 0.953, 2 of 35 fused;
    # 72 / 77, F1 0.984, 0 of 35 fused (every goal of issue 15 met on test110). Fitted on since round 57.
    "test109": (63, 0.956, 2),
    "test110": (74, 0.987, 0),
    # test111, test112: written at the start of round 55 for round 57 by two helper sessions that saw no merger code;
    # scored once with round 57's merger (fitted on the 115 sets above; RESULTS.md): 68 / 69, F1 0.994, 0 of 34 fused
    # (every goal of issue 15 met on test111); 64 / 69, F1 0.982, 1 of 31 fused. Fitted on since round 58.
    "test111": (68, 0.994, 0),
    "test112": (69, 1.000, 0),
    # test113, test114: written at the start of round 56 for round 58 by two helper sessions that saw no merger code;
    # scored once with round 58's merger (fitted on the 117 sets above; RESULTS.md): 73 / 82, F1 0.962, 2 of 35 fused;
    # 78 / 80, F1 0.996, 0 of 30 fused (every goal of issue 15 met on test114). Fitted on since round 59.
    "test113": (80, 0.994, 0),
    "test114": (79, 0.998, 0),
}
FLOORS = {(split, shape): floor for split, floor in _FLOORS.items() for shape in ("nested", "flat")}


@cache
def score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_findings_score", BENCH_SCORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@cache
def totals(split: str, shape: str) -> object:
    return score().run_suite(split, shape)


@pytest.mark.parametrize(("split", "shape"), sorted(FLOORS))
def test_merger_holds_its_measured_quality(split: str, shape: str) -> None:
    t = totals(split, shape)
    exact, f1, fused = FLOORS[(split, shape)]
    assert t.exact >= exact, (t.exact, t.problems)
    assert t.f1 >= f1, t.f1
    assert t.fused <= fused
    assert t.lost_findings == 0 and t.lost_problems == 0


@pytest.mark.parametrize("split", ["original", "tune", "tune2", "tune3", "tune4", "test", "test2", "test3", "test4", "test5",
                                   "test6", "test7", "test8", "test9", "test10", "test11", "test12"])
def test_nested_and_flat_answers_merge_alike(split: str) -> None:
    """The location shape an agent chose must not change what is merged."""
    nested, flat = totals(split, "nested"), totals(split, "flat")
    assert (nested.exact, round(nested.f1, 6), nested.fused) == (flat.exact, round(flat.f1, 6), flat.fused)


def test_labels_follow_titles_past_an_item_extraction_keeps() -> None:
    """tune/py-reports: gemini's title-less item is unusable to the labels but kept by extraction (its
    description becomes the title). The labels after it must still land on their own findings."""
    s = score()
    case = next(c for c in s.cases("tune") if c.name == "tune/py-reports")
    extracted = {p: s.extract_findings(text, case.repo, p)[0] for p, text in case.answers.items()}
    labels = s._labels(case.truth, extracted)
    assert len(extracted["gemini"]) == len(case.truth["answers"]["gemini"]["findings"]) + 1
    for provider, answer in case.truth["answers"].items():
        aligned = sorted(i for p, i in labels if p == provider)
        titles = [extracted[provider][i].title for i in aligned]
        assert len(titles) == len(answer["findings"])
        assert all(s._same_title(t, item["title"]) for t, item in zip(titles, answer["findings"], strict=True))


def test_labels_follow_titles_when_extraction_reorders_an_answer() -> None:
    """test31/go-stakelog: opencode wrote a bare JSON block, then a fenced one; extraction lists the fenced block's
    findings first. Each label must land on the finding with its title, not on the position it has in the text (the
    labels of the second block used to overwrite the first block's, leaving three findings unlabelled)."""
    s = score()
    case = next(c for c in s.cases("test31") if c.name == "test31/go-stakelog")
    extracted = {p: s.extract_findings(text, case.repo, p)[0] for p, text in case.answers.items()}
    items = case.truth["answers"]["opencode"]["findings"]
    titles = [f.title for f in extracted["opencode"]]
    assert titles != [item["title"] for item in items] and sorted(titles) == sorted(item["title"] for item in items)
    labels = s._labels(case.truth, extracted)
    by_title = {item["title"]: item["problem"] for item in items}
    assert {i: labels[("opencode", i)] for i in range(len(titles))} == {i: by_title[t] for i, t in enumerate(titles)}
