"""Figures in reports: model reports draw L and |∂L/∂z| against z, comparison reports overlay the
models. Tested by what they contain (the curve values written into the LaTeX, the PNG's pixels
by colour), by determinism, and by compiling; plus the answer document stays current."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from derive import report
from derive.cli import main
from derive.model import model
from derive.render import figure

ROOT = Path(__file__).resolve().parent.parent


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


@pytest.fixture(scope="module")
def mse_sigmoid():
    return report.model_report("mse", "sigmoid")


@pytest.fixture(scope="module")
def seed_comparison():
    return report.compare_report([model("mse", "sigmoid"), model("bce", "sigmoid")])


def plots(tex: str) -> list[list[tuple[float, float]]]:
    """Every \\addplot's coordinates in a LaTeX report."""
    return [[(float(x), float(y)) for x, y in re.findall(r"\(([-\d.e]+),([-\d.e]+)\)", body)]
            for body in re.findall(r"\\addplot\[[^\]]*\] coordinates \{([^}]*)\}", tex)]


def test_model_report_draws_loss_and_gradient(mse_sigmoid):
    tex = report.render(mse_sigmoid, "tex")
    assert "\\usepackage{pgfplots}" in tex and "\\section{What the gradient does}" in tex
    loss1, loss0, grad1, grad0 = plots(tex)
    for x, y in loss1:
        assert y == pytest.approx((1 - sigmoid(x)) ** 2 / 2, rel=1e-5, abs=1e-9)
    for x, y in loss0:
        assert y == pytest.approx(sigmoid(x) ** 2 / 2, rel=1e-5, abs=1e-9)
    for x, y in grad1:
        s = sigmoid(x)
        assert y == pytest.approx(abs((s - 1) * s * (1 - s)), rel=1e-5, abs=1e-9)
    assert dict(grad1)[-5.0] == pytest.approx(0.00660356, rel=1e-5)
    assert len(grad0) == 49 and grad0[0][0] == -6.0 and grad0[-1][0] == 6.0


def test_document_reports_need_no_pgfplots():
    r = report.document_report(str(ROOT / "derivations" / "tanh-derivative.md"))
    assert "pgfplots" not in report.render(r, "tex")


def test_comparison_report_overlays_the_models(seed_comparison):
    tex = report.render(seed_comparison, "tex")
    curves = plots(tex)
    assert len(curves) == 4  # two models, two labels
    entries = re.findall(r"\\addlegendentry\{([^}]*)\}", tex)
    assert entries == ["mse/sigmoid, y = 1", "mse/sigmoid, y = 0", "bce/sigmoid, y = 1",
                       "bce/sigmoid, y = 0"]
    assert dict(curves[2])[-5.0] == pytest.approx(0.993307, rel=1e-5)
    assert r"\hat{y} \left(1 - \hat{y}\right) = \sigma'(z)" in tex
    assert "mse/sigmoid & $0.0067$ & $0.0066$ & stalls" in tex


def test_an_unspecified_activation_has_no_figure():
    r = report.model_report("mse", "generic")
    assert r.figure is None and "pgfplots" not in report.render(r, "tex")


@pytest.mark.parametrize("name", ["mse-sigmoid", "compare"])
def test_figures_compile_and_say_figure(name, tmp_path, mse_sigmoid, seed_comparison):
    if shutil.which("latexmk") is None or shutil.which("pdftotext") is None:
        pytest.skip("latexmk or pdftotext not installed")
    r = mse_sigmoid if name == "mse-sigmoid" else seed_comparison
    tex = report.write(r, str(tmp_path))
    pdf, log = report.compile_pdf(tex)
    assert not re.search(r"^!", log, re.M)
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Figure 1:" in shown


def test_markdown_figure_is_a_png_beside_the_report(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    argv = ["report", "--compare", "--loss", "mse", "--loss", "bce", "--activation", "sigmoid",
            "-o", str(tmp_path), "--format", "md"]
    assert main(argv) == 0
    out = capsys.readouterr().out.split()
    png = tmp_path / "compare-mse-sigmoid-bce-sigmoid.png"
    assert out == [str(tmp_path / "compare-mse-sigmoid-bce-sigmoid.md"), str(png)]
    md = (tmp_path / "compare-mse-sigmoid-bce-sigmoid.md").read_text(encoding="utf-8")
    assert "](compare-mse-sigmoid-bce-sigmoid.png)" in md
    first = png.read_bytes()
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(argv) == 0  # its own PNG is replaced, byte for byte the same
    assert png.read_bytes() == first
    import matplotlib.image

    pixels = matplotlib.image.imread(str(png))
    blue = ((pixels[..., 2] > 0.5) & (pixels[..., 0] < 0.3)).sum()
    red = ((pixels[..., 0] > 0.6) & (pixels[..., 2] < 0.35)).sum()
    assert blue > 500 and red > 500  # both models' curves are drawn


def test_a_foreign_png_is_never_overwritten(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    mine = tmp_path / "mse-sigmoid.png"
    mine.write_bytes(b"my own picture")
    rc = main(["report", "--loss", "mse", "--activation", "sigmoid", "-o", str(tmp_path),
               "--format", "md"])
    err = capsys.readouterr().err
    assert rc == 2 and err == (f"derive: {mine}: exists and was not written by derive report; "
                               "--force writes over it\n")
    assert mine.read_bytes() == b"my own picture" and not (tmp_path / "mse-sigmoid.md").exists()


def test_without_matplotlib_the_values_are_a_table(monkeypatch, mse_sigmoid):
    monkeypatch.setattr(figure, "can_draw_png", lambda: False)
    md = report.render(mse_sigmoid, "md")
    assert "pip install 'derive[plot]'" in md and ".png)" not in md
    assert report.attachments(mse_sigmoid, "md") == {}
    row = next(ln for ln in md.splitlines() if ln.startswith("| -5 |"))
    assert "0.00660356" in row


@pytest.mark.parametrize("argv, message", [
    (["--loss", "mse", "--loss", "bce", "--activation", "sigmoid"],
     "a model report takes one --loss and one --activation; to set several models side by "
     "side, add --compare"),
    (["--compare", "derivations/tanh-derivative.md"],
     "report --compare takes models (--loss, --activation), not PATHs"),
    (["--compare", "--loss", "mse", "--activation", "sigmoid"],
     "compare needs at least two models (have: mse/sigmoid/linear/mean); repeat --loss or "
     "--activation, or name models as mse/sigmoid bce/sigmoid"),
])
def test_report_usage_errors(argv, message, tmp_path, capsys):
    rc = main(["report", *argv, "-o", str(tmp_path / "out")])
    assert rc == 2 and capsys.readouterr().err == f"derive: {message}\n"
    assert not (tmp_path / "out").exists()


def test_the_answer_document_shows_the_current_output():
    import importlib.util

    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "reports" / "regenerate.py")
    regenerate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regenerate)
    text = regenerate.ANSWER.read_text(encoding="utf-8")
    start, end = regenerate.answer_fence(text)
    assert text[start:end] == regenerate.answer_output(), "run `make reports`"
