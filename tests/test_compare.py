"""`derive compare`: the seed's question answered. Closed forms, the ratio and its name, when two
gradients coincide, the update direction of a maximised objective, where a model stalls; text,
JSON and LaTeX; exit codes and one-line errors. Curve values are checked against the formulas
evaluated directly."""

from __future__ import annotations

import json
import math

import pytest
import sympy as sp

from derive.cli import main
from derive.render.unicode import maths


def run(argv, capsys):
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


@pytest.fixture(scope="module")
def seed_json():
    from derive.engine.compare import compare
    from derive.model import model
    from derive.render.compare import as_dict

    return as_dict(compare([model("mse", "sigmoid"), model("bce", "sigmoid")]))


def test_the_seed_question_in_words(capsys):
    rc, out, err = run(["compare", "--loss", "mse", "--loss", "bce", "--activation", "sigmoid"],
                       capsys)
    assert rc == 0 and err == ""
    assert "mse/sigmoid  ∂J/∂w_j = 1/m Σᵢ₌₁ᵐ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) ŷ⁽ⁱ⁾(1 − ŷ⁽ⁱ⁾) x_j⁽ⁱ⁾" in out
    assert "bce/sigmoid  ∂J/∂w_j = 1/m Σᵢ₌₁ᵐ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾" in out
    assert "mse/sigmoid against bce/sigmoid: different gradients" in out
    assert "mse/sigmoid's = bce/sigmoid's × ŷ(1 − ŷ)" in out
    assert "ŷ(1 − ŷ) = σ′(z): mse/sigmoid keeps the factor σ′(z)" in out
    assert "equal: never (except where both are 0); the ratio takes the values (0, 1/4]" in out
    assert "mse/sigmoid's step is at most 1/4 of bce/sigmoid's" in out
    stall = [ln for ln in out.splitlines() if "mse/sigmoid  ŷ = 0.0067" in ln]
    assert stall and "|∂L/∂z| = 0.0066" in stall[0] and "stalls" in stall[0]
    assert any("bce/sigmoid  ŷ = 0.0067   |∂L/∂z| = 0.9933" in ln for ln in out.splitlines())
    assert "\\frac" not in out and "yhat" not in out and "Derivative" not in out


def test_json_names_the_ratio_and_its_values(seed_json):
    (pair,) = seed_json["pairs"]
    yhat = sp.Symbol("yhat")
    ratio = sp.sympify(pair["ratio"]["expr"], locals={"yhat": yhat})
    assert sp.simplify(ratio - yhat * (1 - yhat)) == 0
    assert pair["named"] == "σ′(z)" and pair["reciprocal"] is False
    assert pair["ratio_values"] == "(0, 1/4]" and pair["same_direction"] is True
    assert pair["ratio"]["latex"] == r"\hat{y} \left(1 - \hat{y}\right)"


def test_curves_are_the_formulas_evaluated(seed_json):
    mse, bce = seed_json["models"]
    for curve in mse["curves"]:
        y = curve["label"]
        for z, v in zip(curve["z"], curve["abs_dL_dz"], strict=True):
            s = sigmoid(z)
            assert v == pytest.approx(abs((s - y) * s * (1 - s)), rel=1e-10, abs=1e-15)
    for curve in bce["curves"]:
        y = curve["label"]
        for z, v in zip(curve["z"], curve["abs_dL_dz"], strict=True):
            assert v == pytest.approx(abs(sigmoid(z) - y), rel=1e-10)
    assert [c["label"] for c in mse["curves"]] == [1, 0]
    assert mse["curves"][0]["z"][0] == -6.0 and mse["curves"][0]["z"][-1] == 6.0


def test_where_squared_error_stalls(seed_json):
    first = seed_json["learning"][0]
    assert first["label"] == 1 and first["z"] == -5.0
    assert first["abs_dL_dz"]["mse/sigmoid"] == pytest.approx(0.0066036, abs=1e-6)
    assert first["abs_dL_dz"]["bce/sigmoid"] == pytest.approx(0.9933071, abs=1e-6)
    assert first["stalls"] == ["mse/sigmoid"]


def test_a_maximised_objective_updates_in_the_same_direction(capsys):
    rc, out, _ = run(["compare", "--loss", "bce", "--loss", "log-likelihood", "--activation",
                      "sigmoid", "--format", "json", "--no-check"], capsys)
    (pair,) = json.loads(out)["pairs"]
    assert rc == 0 and pair["ratio"]["expr"] == "-1" and pair["same_direction"] is True
    assert pair["updates"].startswith("the same direction (descent on bce/sigmoid, ascent on "
                                      "log-likelihood/sigmoid); the same step")


def test_an_unspecified_activation_coincides_only_for_the_identity(capsys):
    rc, out, _ = run(["compare", "mse/generic", "bce/sigmoid", "mse/identity", "--no-check"],
                     capsys)
    assert rc == 0
    assert "mse/generic's = bce/sigmoid's × f′(z)" in out
    assert "equal: only when f′(z) = 1 for every z: the identity activation" in out
    assert "bce/sigmoid against mse/identity: the same gradient" in out
    assert "note: mse/generic: no curve (f is unspecified)" in out


def test_ratios_named_for_other_activations(capsys):
    rc, out, _ = run(["compare", "--loss", "mse", "--activation", "relu", "--activation",
                      "identity", "--activation", "tanh", "--no-check"], capsys)
    assert "mse/tanh's = mse/identity's × (1 − ŷ²)" in out
    assert "1 − ŷ² = tanh′(z): mse/tanh keeps the factor tanh′(z)" in out
    assert "equal: only where ŷ = 0; the ratio takes the values (0, 1]" in out
    assert "𝟙[ŷ > 0] = ReLU′(z)" in out and "equal: only where ŷ > 0" in out
    assert "mse/relu's = mse/tanh's × (𝟙[ŷ > 0]/(1 − ŷ²))" in out  # signs where a course puts them


def test_latex_output(capsys):
    rc, out, _ = run(["compare", "--loss", "mse", "--loss", "bce", "--activation", "sigmoid",
                      "--format", "latex", "--no-check"], capsys)
    assert rc == 0 and out.startswith("\\begin{align*}") and out.endswith("\\end{align*}\n")
    assert r"&= \hat{y} \left(1 - \hat{y}\right) = \sigma'(z)" in out


def test_same_input_same_bytes(capsys):
    argv = ["compare", "--loss", "mse", "--loss", "bce", "--activation", "sigmoid", "--format",
            "json", "--no-check"]
    first = run(argv, capsys)[1]
    assert run(argv, capsys)[1] == first


@pytest.mark.parametrize("argv, message", [
    (["--loss", "mse", "--activation", "sigmoid"],
     "derive: compare needs at least two models (have: mse/sigmoid/linear/mean); repeat --loss "
     "or --activation, or name models as mse/sigmoid bce/sigmoid\n"),
    (["mse-sigmoid", "bce/sigmoid"],
     "derive: a model is written LOSS/ACTIVATION (mse/sigmoid), not 'mse-sigmoid'\n"),
    (["--loss", "mse"], "derive: give --loss and --activation (each may be repeated), or models "
                        "written LOSS/ACTIVATION\n"),
])
def test_usage_errors_are_one_line(argv, message, capsys):
    rc, out, err = run(["compare", *argv], capsys)
    assert rc == 2 and out == "" and err == message


def test_unknown_names_and_clashing_pairs(capsys):
    rc, _, err = run(["compare", "--loss", "mse", "--loss", "bec", "--activation", "sigmoid"],
                     capsys)
    assert rc == 2 and err.startswith("derive: unknown loss 'bec'") and "\n" == err[-1]
    rc, out, err = run(["compare", "--loss", "mse", "--loss", "bce", "--activation", "sigmoid",
                        "--activation", "identity", "--no-check"], capsys)
    assert rc == 0 and err == ""
    assert ("note: bce/identity left out: loss bce needs ŷ ∈ (0, 1), but activation identity "
            "gives ŷ ∈ ℝ") in out
    assert out.count(" against ") == 3  # mse/sigmoid, bce/sigmoid, mse/identity: three pairs


def test_help_explains(capsys):
    rc, out, _ = run(["compare", "--help"], capsys)
    assert rc == 0
    assert "LOSS/ACTIVATION" in out and "derive compare --loss mse --loss bce" in out


@pytest.mark.parametrize("latex, text", [
    (r"\frac{1}{m} \sum_{i=1}^{m} \left(\hat{y}^{(i)} - y^{(i)}\right) x_j^{(i)}",
     "1/m Σᵢ₌₁ᵐ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾"),
    (r"\frac{\partial L^{(i)}}{\partial \hat{y}^{(i)}}", "∂L⁽ⁱ⁾/∂ŷ⁽ⁱ⁾"),
    (r"\frac{e^{- z^{(i)}}}{\left(1 + e^{- z^{(i)}}\right)^{2}}", "e^(−z⁽ⁱ⁾)/(1 + e^(−z⁽ⁱ⁾))²"),
    (r"-\sum_{k=1}^{K} y_k \log\left(\hat{y}_k\right)", "−Σₖ₌₁ᴷ y_k log(ŷ_k)"),
    (r"\max\left(0, 1 - y \hat{y}\right)", "max(0, 1 − y ŷ)"),
    (r"\mathbb{1}\left[\hat{y} > 0\right]", "𝟙[ŷ > 0]"),
    (r"\sigma(z) \cdot x", "σ(z) · x"),
    (r"\unknowncommand{x}", "unknowncommandx"),
    # relations a skipped step names (`\sim` came out as `sim`)
    (r"\sim", "∼"), (r"\simeq", "≃"), (r"\Rightarrow", "⇒"), (r"\ll", "≪"), (r"a \oslash b", "a ⊘ b"),
    # a layer in brackets, as courses write it (it came out as a^([1]))
    (r"a^{[1]}_1", "a^[1]_1"), (r"\frac{\partial z^{[2]}}{\partial a^{[1]}}", "∂z^[2]/∂a^[1]"),
    # a binomial coefficient (it came out as `binomm_iy_i`)
    (r"\log {\binom{m_{i}}{y_{i}}} w_{i}", "log C(m_i, y_i) w_i"), (r"\tbinom{n}{k}", "C(n, k)"),
])
def test_unicode_maths(latex, text):
    assert maths(latex) == text


@pytest.mark.parametrize("latex, text", [
    (r"\begin{cases} 1 & z > 0 \\ 0 & \text{otherwise} \end{cases}", "{1 z > 0; 0 otherwise}"),
    (r"\begin{pmatrix} a \\ b \end{pmatrix}", "(a; b)"),
    (r"\lVert \mathbf{w} \rVert^2", "‖ 𝐰 ‖²"),
])
def test_unicode_environments_and_norms(latex, text):
    assert maths(latex) == text
