"""`derive report`: the LaTeX compiles cleanly, reads as it should, is deterministic, and the
committed reports/ are what the code generates now."""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest

from derive import report
from derive.errors import DeriveError
from derive.render import latex

ROOT = Path(__file__).resolve().parent.parent
SEED = "derivations/logistic-regression.md"
OVERFULL_LIMIT = 10.0  # pt: wider than this is a formula running off the page
WORDS = ("proved", "consistent", "ambiguous", "skipped", "refuted", "unreadable")


def _regenerate():
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "reports" / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REGENERATE = _regenerate()
NAMES = [p.stem for p in REGENERATE.documents()] + [
    report.model_name(lo, a) for lo, a in REGENERATE.MODELS]


@lru_cache(maxsize=None)
def built(name: str):
    """The report called ``name``, built once per test session (paths relative to the repo)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for path in REGENERATE.documents():
            if path.stem == name:
                return report.document_report(str(path.relative_to(ROOT)))
        for lo, a in REGENERATE.MODELS:
            if report.model_name(lo, a) == name:
                return report.model_report(lo, a)
    finally:
        os.chdir(cwd)
    raise KeyError(name)


def need_latexmk():
    if shutil.which("latexmk") is None:
        if os.environ.get("CI"):
            pytest.fail("latexmk is not installed, and CI must run the compile tests")
        pytest.skip("latexmk not installed")


def overfull(log: str) -> list[float]:
    return [float(w) for w in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]


@pytest.mark.parametrize("name", [pytest.param("logistic-regression", id="seed-note"),
                                  pytest.param("mse-sigmoid", id="mse-sigmoid")])
def test_compiles_cleanly_and_reads_as_it_should(name, tmp_path):
    need_latexmk()
    tex = report.write(built(name), str(tmp_path))
    pdf, log = report.compile_pdf(tex)
    assert pdf.exists() and pdf.stat().st_size > 0
    assert not re.search(r"^!", log, re.M), "TeX reported an error"
    too_wide = [w for w in overfull(log) if w > OVERFULL_LIMIT]
    assert not too_wide, f"overfull boxes wider than {OVERFULL_LIMIT}pt: {too_wide}"
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                               text=True, check=True).stdout
        for word in WORDS:  # the legend spells every verdict
            assert word in shown
        if name == "mse-sigmoid":
            assert "finite differences" in shown and "Numeric cross-check" in shown


def test_seed_note_marks_its_slips():
    r = built("logistic-regression")
    tex = latex.document(r)
    steps = [s for _, chain in r.chains for s in chain]
    assert sum(s.verdict.value == "ambiguous" for s in steps) >= 4
    assert "!\\,unreadable" in tex and "?\\,ambiguous" in tex
    assert "\\frac needs two arguments" in tex.replace("\\textbackslash{}", "\\")
    # the unreadable line reaches TeX only inside verbatim, with its caret
    bad = r"\left(\frac{1+e^{-z^{(i)}} - \frac{1}{1+e^{-z^{(i)}}}\right)"
    outside = re.sub(r"\\begin\{verbatim\}.*?\\end\{verbatim\}", "", tex, flags=re.S)
    assert bad in tex and bad not in outside
    block = re.search(r"\\begin\{verbatim\}\n(.*?)\\end\{verbatim\}", tex, re.S).group(1)
    assert block.splitlines()[1].strip() == "^"


def test_model_report_holds_the_course_note():
    tex = latex.model(built("mse-sigmoid"))
    assert tex.count(r"\boxed{") == 2
    for part in ("The model", "Decomposition", "The three factors", "Recombination",
                 "finite differences", "relative error", "Summary of verdicts"):
        assert part in tex
    assert r"\hat{y}^{(i)} &= \frac{1}{1 + e^{- z^{(i)}}}" in tex
    assert len(built("mse-sigmoid").rows) == 20  # every (point, parameter) compared


@pytest.mark.parametrize("fmt", ["tex", "md"])
def test_deterministic(fmt):
    r = built("logistic-regression")
    assert report.render(r, fmt) == report.render(r, fmt)
    m1 = report.model_report("bce", "sigmoid")
    assert report.render(m1, fmt) == report.render(built("bce-sigmoid"), fmt)
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b|\\today", report.render(r, fmt))  # no dates


def test_markdown_has_github_math_and_the_words():
    md = report.render(built("logistic-regression"), "md")
    assert "$$\n\\begin{aligned}" in md and "```text" in md
    for word in WORDS:
        assert word in md


@pytest.mark.parametrize("name", NAMES)
def test_committed_report_is_current(name):
    committed = ROOT / "reports" / f"{name}.tex"
    assert committed.exists(), f"reports/{name}.tex missing: run `make reports`"
    assert committed.read_text(encoding="utf-8") == report.render(built(name)), (
        f"reports/{name}.tex is stale: run `make reports`")


@pytest.mark.parametrize("side, safe", [
    pytest.param(r"\frac{1}{1+e^{-z^{(i)}}}", True, id="fraction"),
    pytest.param(r"\hat{y}^{(i)} \left(1 - \hat{y}^{(i)}\right)", True, id="left-right"),
    pytest.param(r"\frac{1+e^{-z} - \frac{1}{1+e^{-z}}", False, id="unbalanced-brace"),
    pytest.param(r"\left( a", False, id="unbalanced-left"),
    pytest.param(r"\bm{x}", False, id="unknown-command"),
    pytest.param(r"a % b", False, id="comment"),
    pytest.param("ŷ - y", False, id="unicode"),
    pytest.param(r"a \\", False, id="trailing-backslash"),
])
def test_only_safe_math_reaches_tex(side, safe):
    assert latex.safe_math(side) is safe


def test_long_sides_break_before_a_term():
    side = " + ".join([r"\frac{\partial L^{(i)}}{\partial \hat{y}^{(i)}}"] * 12)
    lines = latex.lines_of(side)
    assert len(lines) > 1 and all(latex.width(x) <= latex.LINE_BUDGET for x in lines)


def test_tex_failure_is_a_clear_error(tmp_path):
    need_latexmk()
    tex = tmp_path / "broken.tex"
    tex.write_text("\\documentclass{article}\\begin{document}\\nosuchmacro\\end{document}\n")
    with pytest.raises(DeriveError, match="Undefined control sequence"):
        report.compile_pdf(tex)


def test_missing_latexmk_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(report.shutil, "which", lambda _: None)
    with pytest.raises(DeriveError, match="latexmk, which is not installed"):
        report.compile_pdf(tmp_path / "x.tex")


def _args(**kw):
    base = dict(paths=[], loss=None, activation=None, input="linear", reduction="mean",
                output=None, pdf=False, format="tex")
    return argparse.Namespace(**{**base, **kw})


@pytest.mark.parametrize("kw, message", [
    pytest.param(dict(paths=[SEED], loss="bce", activation="sigmoid"), "not both", id="both"),
    pytest.param(dict(loss="bce"), "needs both", id="no-activation"),
    pytest.param(dict(), "needs PATHs", id="nothing"),
    pytest.param(dict(paths=["no/such.md"]), "no such file", id="missing-file"),
    pytest.param(dict(loss="bse", activation="sigmoid"), "did you mean 'bce'", id="typo"),
    pytest.param(dict(paths=[SEED], pdf=True, format="md"), "--format md", id="pdf-md"),
])
def test_usage_errors(kw, message, tmp_path):
    with pytest.raises(DeriveError, match=message):
        report.run(_args(output=str(tmp_path), **kw))


def test_run_writes_named_files(tmp_path, capsys):
    assert report.run(_args(loss="mse", activation="tanh", output=str(tmp_path), format="md")) == 0
    assert (tmp_path / "mse-tanh.md").exists()
    assert capsys.readouterr().out.strip().endswith("mse-tanh.md")
