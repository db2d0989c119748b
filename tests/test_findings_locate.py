"""The snippet locator merging and verification share: how well and where a quoted snippet is in a file,
and that hostile snippets and files cost bounded work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mco_mcp.findings import locate as locate_module
from mco_mcp.findings.locate import MAX_PLACES, NEAR, Location, SourceText, locate
from mco_mcp.findings.repofile import MAX_FILE_BYTES, Unreadable, read_repo_file, repo_root
from mco_mcp.findings.source import SourceIndex
from mco_mcp.findings.verify import Verifier
from tests.test_findings_verify import STORE_PY

# The same file the verification tests read: `json.dump(data, fh)` is line 13, `os.replace(tmp, path)` line 14,
# `os.remove(p)` line 19.

TEXT = SourceText(STORE_PY)


# ------------------------------------------------------------------------------------------ how well, where


def test_a_verbatim_snippet_is_exact_at_its_lines() -> None:
    assert locate(TEXT, 13, "json.dump(data, fh)") == Location("exact", 13, 13, places=1)
    found = locate(TEXT, 12, '    with open(tmp, "w") as fh:\n        json.dump(data, fh)')
    assert (found.how, found.lo, found.hi) == ("exact", 12, 13)


def test_line_number_prefixes_and_fences_do_not_stop_an_exact_match() -> None:
    found = locate(TEXT, 12, '```python\n12: with open(tmp, "w") as fh:\n13:     json.dump(data, fh)\n```')
    assert (found.how, found.lo, found.hi) == ("exact", 12, 13)


def test_a_moved_snippet_is_found_where_it_is_not_where_it_was_cited() -> None:
    assert (locate(TEXT, 16, "os.remove(p)").how, locate(TEXT, 16, "os.remove(p)").lo) == ("exact", 19)
    assert locate(TEXT, 2, "os.replace(tmp, path)").lo == 14  # far away: still found, the line is wrong
    assert locate(TEXT, None, "os.remove(p)").lo == 19  # no line cited


def test_of_several_places_the_one_nearest_the_cited_line_wins() -> None:
    near_first = locate(TEXT, 5, "with open(")
    near_second = locate(TEXT, 13, "with open(")
    assert (near_first.lo, near_second.lo, near_first.places) == (6, 12, 2)
    assert locate(TEXT, None, "with open(").lo == 6  # without a line: the first


def test_reindented_rewrapped_or_requoted_snippets_are_normalised() -> None:
    spans = {"with open(tmp, 'w') as fh:\n json.dump(data,\n   fh)": (12, 13), "json.dump( data , fh )": (13, 13)}
    for snippet, span in spans.items():
        found = locate(TEXT, 12, snippet)
        assert (found.how, found.lo, found.hi, found.found) == ("normalised", *span, True), snippet


def test_elisions_and_lines_left_out_are_normalised() -> None:
    spans = {'tmp = path + ".tmp"\n...\nos.replace(tmp, path)': (11, 14), "with open(tmp, ...) as fh:": (12, 12),
             'tmp = path + ".tmp"\njson.dump(data, fh)': (11, 13)}  # fmt: skip
    for snippet, span in spans.items():
        found = locate(TEXT, 11, snippet)
        assert (found.how, found.lo, found.hi) == ("normalised", *span), snippet


def test_a_snippet_with_an_invented_line_is_partial_where_most_of_it_is() -> None:
    found = locate(TEXT, 12, 'with open(tmp, "w") as fh:\n    json.dump(data, fh)\n    fh.flush_to_disk_now()')
    assert (found.how, found.lo, found.hi, found.matched, found.pieces) == ("partial", 12, 13, 2, 3)
    assert not found.found


def test_a_snippet_mostly_invented_is_a_fragment() -> None:
    snippet = "json.dump(data, fh)\nvalidate_schema(data)\nsign_payload(data)\nnotify_watchers(path)"
    found = locate(TEXT, 13, snippet)
    assert (found.how, found.lo, found.matched, found.pieces) == ("fragment", 13, 1, 4)


def test_a_paraphrased_line_near_the_cited_one_is_nearby() -> None:
    found = locate(TEXT, 20, "for each p in paths:")  # shares 4 of its 5 words with line 18
    assert (found.how, found.lo, found.hi) == ("nearby", 18, 18)
    assert locate(TEXT, None, "for each p in paths:").how == "absent"  # no line: no window to look in
    assert locate(TEXT, 5, "for each p in paths:").how == "absent"  # line 18 is out of the window


def test_an_invented_snippet_is_absent_and_a_blank_one_is_blank() -> None:
    assert locate(TEXT, 13, "pickle.loads(request.body)") == Location("absent")
    for blank in ("", "   \n\t", "```\n```", "```python\n   \n```"):
        assert locate(TEXT, 13, blank) == Location("blank"), blank
    for nothing_like_code in ("...", "12: "):  # an elision alone, a line number alone: looked for as written
        assert locate(TEXT, 13, nothing_like_code).how == "absent", nothing_like_code


def test_a_short_snippet_is_only_looked_for_near_its_line() -> None:
    assert locate(TEXT, 2, "fh)").lo == 7  # line 13 is further than NEAR from line 2
    assert locate(TEXT, 7 + NEAR, "fh)").lo == 13
    far = locate(TEXT, 25, "fh)")  # on lines 7 and 13, too far from 25
    assert (far.how, far.short) == ("absent", True)
    assert locate(TEXT, None, "fh)").places == 2  # without a line it is looked for everywhere


def test_a_cited_line_outside_the_file_is_ignored() -> None:
    for line in (0, -3, 26, 10**9):
        assert locate(TEXT, line, "os.remove(p)").lo == 19, line


def test_merging_and_verification_agree_on_where_a_snippet_is(tmp_path: Path) -> None:
    (tmp_path / "store.py").write_text(STORE_PY)
    snippet = "with open(tmp, 'w') as fh:\n json.dump(data,\n   fh)"
    anchor = SourceIndex(tmp_path).anchor("store.py", 3, snippet, None)
    checked = Verifier(tmp_path).check("store.py", 3, snippet)
    assert (anchor.lo, anchor.hi, anchor.exact) == (12, 13, True)
    assert (checked.verified, checked.line) == (True, 12)


# ------------------------------------------------------------------------------------------ hostile sizes


def test_a_huge_snippet_is_cut_before_it_is_searched() -> None:
    # 40 lines that occur, then a million characters of junk: only the first lines are compared.
    text = SourceText("".join(f"value_{n} = compute({n})\n" for n in range(100)))
    snippet = "".join(f"value_{n} = compute({n})\n" for n in range(locate_module.MAX_SNIPPET_LINES)) + "x" * 10**6
    found = locate(text, 1, snippet)
    assert (found.how, found.lo, found.hi) == ("exact", 1, locate_module.MAX_SNIPPET_LINES)
    one_line = locate(text, 1, "value_1 = compute(1)" + " junk" * 10**5)  # cut at MAX_SNIPPET_CHARS: not there
    assert one_line.how in ("fragment", "nearby", "absent") and not one_line.found


def test_a_huge_file_is_cut_at_its_bound() -> None:
    text = SourceText("a = 1\n" * (locate_module.MAX_FILE_CHARS // 6 + 1000) + "needle_here()\n")
    assert len(text.text) == locate_module.MAX_FILE_CHARS
    assert locate(text, None, "needle_here()").how == "absent"


def test_a_repetitive_file_and_snippet_stay_within_the_work_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # Regression: the verifier looked for each later part of a snippet from every occurrence of its first
    # part to the end of the file (5,000 starts x 2 MiB scanned), and the merger compared every candidate
    # line with every occurrence of every line (quadratic in the file's lines).
    work = {"steps": 0, "scanned": 0}
    charge = locate_module._Search.charge

    def counting(self: locate_module._Search, steps: int, scanned: int = 0) -> None:
        work["steps"] += steps
        work["scanned"] += scanned
        charge(self, steps, scanned)

    monkeypatch.setattr(locate_module._Search, "charge", counting)
    text = SourceText("aaaaaaaa\n" * (MAX_FILE_BYTES // 9))  # 233,016 equal lines
    found = locate(text, 10, "aaaaaa\nzzzzzz")  # the first line occurs everywhere, the second nowhere
    assert (found.how, found.lo, found.matched, found.pieces, found.cut_short) == ("partial", 10, 1, 2, False)
    assert work["scanned"] < 4 * len(text.flat)  # a few passes over the file, not one per occurrence
    assert work["steps"] <= 6 * MAX_PLACES  # each part's places examined once, each candidate compared once

    work.update(steps=0, scanned=0)
    one_line = SourceText("a" * MAX_FILE_BYTES)  # minified: a window of lines is the whole file
    found = locate(one_line, 1, "aaaaaa ... zzzzzz")
    assert (found.how, found.cut_short) == ("absent", True)
    assert work["scanned"] <= locate_module.MAX_SCAN + MAX_FILE_BYTES  # stopped at the first find over the bound


def test_at_most_max_places_of_one_part_are_examined() -> None:
    text = SourceText("x = 1\n" * (MAX_PLACES + 10) + "y = 2\n")
    # A short snippet with no line is looked for everywhere; its places are counted up to the bound.
    assert locate(text, None, "x=1").places == MAX_PLACES


def test_a_cut_short_search_is_said_in_the_verification(tmp_path: Path) -> None:
    (tmp_path / "min.js").write_text("a" * (MAX_FILE_BYTES - 1))
    checked = Verifier(tmp_path).check("min.js", 1, "aaaaaa ... zzzzzz")
    assert checked.verified is False
    assert checked.reason == (
        "snippet not found in the file (the search was cut short: the file is too repetitive to search fully)"
    )


# ------------------------------------------------------------------------------------------ reading files


def test_files_that_cannot_be_compared_say_why(tmp_path: Path) -> None:
    root = repo_root(tmp_path)
    (tmp_path / "big.txt").write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01" * 10)
    (tmp_path / "dir").mkdir()
    os.mkfifo(tmp_path / "pipe")
    (tmp_path.parent / "outside.txt").write_text("secret\n")
    expected = {
        "big.txt": Unreadable("file is too large to check (over 2 MiB)", failed=False),
        "bin.dat": Unreadable("file is binary; not checked", failed=False),
        "dir": Unreadable("path is not a regular file", failed=True),
        "pipe": Unreadable("path is not a regular file", failed=True),  # never opened for blocking read
        "missing.py": Unreadable("file does not exist", failed=True),
        "../outside.txt": Unreadable("path leaves the repository", failed=True),
    }
    for name, why in expected.items():
        assert read_repo_file(root, name) == why, name
    assert read_repo_file(None, "x.py") == Unreadable("file does not exist", failed=True)


def test_the_merger_does_not_read_through_a_symlink_out_of_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "outside.py").write_text("SECRET = 1\n")
    os.symlink(tmp_path / "outside.py", repo / "link.py")
    assert SourceIndex(repo).file("link.py") is None
    assert SourceIndex(repo).anchor("link.py", 1, "SECRET = 1", None).exact is False
