"""Derivations in other people's notation, with their realistic mistakes: every line's verdicts."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from derive.check.document import check_document, read_path

CORPUS = Path(__file__).parent / "corpus"


def _expected() -> dict[str, dict[int, list[str]]]:
    out: dict[str, dict[int, list[str]]] = defaultdict(dict)
    with open(CORPUS / "expected.tsv", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            want = [] if row["expected"] == "-" else sorted(row["expected"].split(","))
            out[row["file"]][int(row["line"])] = want
    return out


EXPECTED = _expected()


def test_corpus_is_all_listed():
    assert sorted(EXPECTED) == sorted(p.name for p in CORPUS.glob("*.md") if p.name != "README.md")
    assert sum(len(v) for v in EXPECTED.values()) >= 130


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_gets_the_expected_verdicts(name):
    got: dict[int, list[str]] = defaultdict(list)
    for s in check_document(read_path(str(CORPUS / name))).derivation.steps:
        got[s.line].append("holds" if s.verdict.holds else s.verdict.value)
    for line, want in EXPECTED[name].items():
        assert sorted(got.get(line, [])) == want, f"{name}:{line}"
    unexpected = set(got) - set(EXPECTED[name])
    assert not unexpected, f"{name}: steps on unlisted lines {sorted(unexpected)}"
