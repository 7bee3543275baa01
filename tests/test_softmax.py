"""K outputs: softmax with cross-entropy and with squared error (closed forms, every step's verdict,
the finite-difference check, clashes), vectorised forms for every model (checked, and shown to
fail when planted wrong), the shipped softmax derivation's verdicts, and the Jacobian step's
speed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import sympy as sp

from derive.check.equivalence import check_step, domains_from
from derive.check.gradcheck import gradcheck_classes
from derive.cli import main
from derive.engine import derive_gradient, gradient
from derive.engine.vectorise import (
    Data,
    MatMul,
    Ones,
    Transpose,
    check,
    component,
    numeric_match,
)
from derive.errors import SpecError
from derive.model import CLASSES, model, valid_pairs
from derive.render import vector
from derive.symbols import SAMPLE, M, base, index

ROOT = Path(__file__).resolve().parent.parent
i, j, k, cls = SAMPLE, index("j"), index("k"), index("l")
yh, y, x = base("yhat"), base("y"), base("x")
S = r"\frac{1}{m} \sum_{i=1}^{m} "


def run(argv, capsys):
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


# --------------------------------------------------------------------------- closed forms

CLOSED = [  # loss, dJ/dw_jk summand (index form), LaTeX of dJ/dw_jk; dJ/db_k drops x_j
    pytest.param("cross-entropy", (yh[i, k] - y[i, k]) * x[i, j],
                 S + r"\left(\hat{y}_k^{(i)} - y_k^{(i)}\right) x_j^{(i)}", id="ce-softmax"),
    pytest.param("mse", sp.Sum((yh[i, cls] - y[i, cls]) * yh[i, cls] * (sp.KroneckerDelta(cls, k) - yh[i, k]),
                               (cls, 1, CLASSES)) * x[i, j],
                 S + r"\sum_{l=1}^{K} \left(\hat{y}_l^{(i)} - y_l^{(i)}\right) \hat{y}_l^{(i)} "
                     r"\left(\delta_{lk} - \hat{y}_k^{(i)}\right) x_j^{(i)}", id="mse-softmax"),
]


@pytest.mark.parametrize("loss, summand, latex", CLOSED)
def test_closed_forms_are_the_course_forms(loss, summand, latex):
    from derive.engine.canonical import closed_latex

    r = derive_gradient(model(loss, "softmax"))
    assert sp.expand((r.dw.summand.expr - summand).doit()) == 0
    assert sp.expand((r.db.summand.expr - summand / x[i, j]).doit()) == 0
    assert closed_latex("mean", r.dw.summand) == latex
    assert closed_latex("mean", r.db.summand) == latex[: -len(" x_j^{(i)}")]


def test_cross_entropy_collapses_and_squared_error_keeps_the_jacobian_sum():
    ce = [s.rule for s in derive_gradient(model("cross-entropy", "softmax")).dw.derivation.steps]
    mse = [s.rule for s in derive_gradient(model("mse", "softmax")).dw.derivation.steps]
    assert "the Kronecker delta picks l = k" in ce and any("one-hot" in r for r in ce)
    assert not any("Kronecker" in r or "one-hot" in r for r in mse)
    assert ce[-1] == mse[-1] == "closed form"
    assert "chain rule through every output ŷ_l" in ce


@pytest.mark.parametrize("loss", ["cross-entropy", "mse"])
def test_every_step_holds_and_the_numeric_check_passes(loss):
    r = gradient(model(loss, "softmax"))
    for g in (r.dw, r.db):
        bad = [(s.rule, s.outcome.detail) for s in g.derivation.steps if not s.verdict.holds]
        assert not bad
        assert g.vectorised.outcome.verdict.holds and g.vectorised.numeric.passed
    assert r.numeric.passed and r.numeric.points == 6


def test_the_one_hot_step_needs_the_assumption():
    """Without Σ_l y_l = 1 the collapse is false: the checker refutes it, so its verdict rests on
    the stated assumption and not on the engine's word."""
    g = derive_gradient(model("cross-entropy", "softmax")).dw
    step = next(s for s in g.derivation.steps if "one-hot" in s.rule)
    defs = g.derivation.definitions
    assert check_step(step, defs, isolate=False, domains=domains_from({"y": "one-hot"})).verdict.holds
    assert check_step(step, defs, isolate=False).verdict.value == "refuted"


def _jacobian_step():
    g = derive_gradient(model("cross-entropy", "softmax")).dw
    step = next(s for s in g.derivation.steps if s.rule == "rewritten in terms of the output ŷ")
    return step, g.derivation.definitions


def test_a_jacobian_with_a_sign_slip_is_refuted():
    step, defs = _jacobian_step()
    wrong = replace(step, rhs=yh[i, cls] * (yh[i, k] - sp.KroneckerDelta(cls, k)))
    assert check_step(wrong, defs, isolate=False).verdict.value == "refuted"


def test_a_jacobian_without_its_other_paths_is_refuted():
    """The slip a course warns about: ∂ŷ_l/∂z_k = ŷ_l(1 − ŷ_k) drops the k ≠ l paths (with the
    sample index i free beside k and l, the first round of points takes k ≠ l all the same)."""
    step, defs = _jacobian_step()
    wrong = replace(step, rhs=yh[i, cls] * (1 - yh[i, k]))
    assert check_step(wrong, defs, isolate=False).verdict.value == "refuted"


@pytest.mark.parametrize("loss", ["cross-entropy", "mse"])
def test_finite_differences_catch_a_planted_error(loss):
    r = derive_gradient(model(loss, "softmax"))
    assert gradcheck_classes(r.model, r.dw.closed, r.db.closed).passed
    flipped = gradcheck_classes(r.model, -r.dw.closed, r.db.closed)
    assert not flipped.passed and "sign flipped" in flipped.detail
    no_mean = gradcheck_classes(r.model, r.dw.closed, r.db.closed * M)
    assert not no_mean.passed and "1/m is missing" in no_mean.detail


def test_the_jacobian_step_is_decided():
    """(Its time, under 1 s warm, is measured in bench/check.py, not asserted here.)"""
    g = derive_gradient(model("cross-entropy", "softmax")).dw
    step = next(s for s in g.derivation.steps if s.rule == "rewritten in terms of the output ŷ")
    out = check_step(replace(step, rhs=step.rhs * 1), g.derivation.definitions, isolate=False,
                     timeout=4.0)
    assert out.verdict.holds


# --------------------------------------------------------------------------- pairings

CLASHES = [
    pytest.param("hinge", "softmax", "loss hinge is for one output, but activation softmax gives "
                 "K outputs", id="hinge-softmax"),
    pytest.param("bce", "softmax", "loss bce is for one output", id="bce-softmax"),
    pytest.param("cross-entropy", "sigmoid", "loss cross-entropy needs K outputs", id="ce-sigmoid"),
    pytest.param("cross-entropy", "identity", "loss cross-entropy needs K outputs", id="ce-identity"),
]


@pytest.mark.parametrize("loss, act, start", CLASHES)
def test_pairings_that_make_no_sense_are_one_line(loss, act, start, capsys):
    with pytest.raises(SpecError, match="^" + start):
        model(loss, act)
    rc, out, err = run(["gradient", "--loss", loss, "--activation", act], capsys)
    assert rc == 2 and out == "" and err.count("\n") == 1 and err.startswith("derive: " + start)


def test_valid_pairs_with_softmax():
    assert {p for p in valid_pairs() if "softmax" in p or "cross-entropy" in p} == {
        ("mse", "softmax"), ("cross-entropy", "softmax")}


def test_models_lists_the_new_entries_in_course_notation(capsys):
    rc, out, _ = run(["models"], capsys)
    assert rc == 0
    assert "cross-entropy   L = −Σₖ₌₁ᴷ y_k log(ŷ_k)" in out
    assert "softmax         ŷ_k = e^(z_k)/(Σᵣ₌₁ᴷ e^(z_r))" in out
    assert "\\" not in out


# --------------------------------------------------------------------------- command line

def test_text_output_shows_both_forms_and_passes(capsys):
    rc, out, _ = run(["gradient", "--loss", "cross-entropy", "--activation", "softmax"], capsys)
    assert rc == 0
    assert "∂J/∂w_jk = 1/m Σᵢ₌₁ᵐ (ŷ_k⁽ⁱ⁾ − y_k⁽ⁱ⁾) x_j⁽ⁱ⁾\n" in out
    assert "vectorised: ∇_W J = 1/m Xᵀ(Ŷ − Y)\n" in out
    assert "vectorised: ∇_𝐛 J = 1/m (Ŷ − Y)ᵀ 𝟏\n" in out
    assert "numeric check: passed" in out and "one-hot" in out
    for sympy_spelling in ("yhat[", "x[", "KroneckerDelta", "Derivative(", "Sum("):
        assert sympy_spelling not in out


def test_json_has_the_vectorised_field(capsys):
    rc, out, _ = run(["gradient", "--loss", "mse", "--activation", "softmax", "--format", "json"],
                     capsys)
    d = json.loads(out)
    assert rc == 0 and d["dJ_dw"]["parameter"] == "w_{jk}"
    v = d["dJ_dw"]["vectorised"]
    assert v["latex"].startswith(r"\nabla_{W} J = \frac{1}{m} X^\top")
    assert v["verdict"] in ("proved", "consistent") and v["numeric_check"]["passed"] is True
    assert v["numeric_check"]["sizes"] == {"m": 3, "n": 2, "K": 3}


def test_latex_output_has_both_forms(capsys):
    rc, out, _ = run(["gradient", "--loss", "cross-entropy", "--activation", "softmax",
                      "--format", "latex", "--no-check"], capsys)
    assert rc == 0 and r"\nabla_{W} J &= \frac{1}{m} X^\top \left(\hat{Y} - Y\right)" in out


def test_model_report_for_softmax(tmp_path):
    from derive import report

    r = report.model_report("cross-entropy", "softmax")
    tex = report.render(r)
    assert r"\boxed{\frac{\partial J}{\partial w_{jk}} = " in tex
    assert r"\nabla_{W} J = \frac{1}{m} X^\top \left(\hat{Y} - Y\right)" in tex
    assert len(r.rows) == 54 and "(m, n, K)" in tex  # every (point, parameter) compared
    md = report.render(r, "md")
    assert r"\nabla_{W} J" in md and "(m, n, K)" in md


# --------------------------------------------------------------------------- vectorised forms

VECTORISED = [  # loss, activation, ∇_w J, ∂J/∂b (LaTeX)
    pytest.param("bce", "sigmoid", r"\frac{1}{m} X^\top \left(\hat{\mathbf{y}} - \mathbf{y}\right)",
                 r"\frac{1}{m} \mathbf{1}^\top \left(\hat{\mathbf{y}} - \mathbf{y}\right)", id="bce-sigmoid"),
    pytest.param("mse", "sigmoid",
                 r"\frac{1}{m} X^\top \left(\left(\hat{\mathbf{y}} - \mathbf{y}\right) \odot "
                 r"\hat{\mathbf{y}} \odot \left(\mathbf{1} - \hat{\mathbf{y}}\right)\right)", None,
                 id="mse-sigmoid"),
    pytest.param("mse", "generic",
                 r"\frac{1}{m} X^\top \left(\left(f(\mathbf{z}) - \mathbf{y}\right) \odot "
                 r"f'(\mathbf{z})\right)", None, id="mse-generic"),
]


@pytest.mark.parametrize("loss, act, dw, db", VECTORISED)
def test_vectorised_forms_print_as_a_course_writes_them(loss, act, dw, db):
    r = derive_gradient(model(loss, act))
    assert vector.form(r.dw.vectorised) == dw
    if db:
        assert vector.form(r.db.vectorised) == db


@pytest.mark.parametrize("loss, act", [pytest.param(lo, a, id=f"{lo}-{a}") for lo, a in valid_pairs()])
def test_every_model_has_a_vectorised_form_equal_to_its_index_form(loss, act):
    r = derive_gradient(model(loss, act))
    for g in (r.dw, r.db):
        v = check(r.model, g.vectorised, g.closed, timeout=4.0)
        assert v.outcome.verdict.holds, v.outcome.detail
        assert v.numeric.passed, v.numeric.detail


def test_a_wrong_vectorised_form_fails_both_checks():
    """Xᵀ(ŷ − y) planted as 𝟏ᵀ(ŷ − y) for the weights: refuted by components, and the numbers
    differ."""
    r = derive_gradient(model("bce", "sigmoid"))
    v = r.dw.vectorised
    wrong = replace(v, form=MatMul(Transpose(Ones()), v.form.right))
    assert component(wrong) != component(v)
    out = check(r.model, wrong, r.dw.closed)
    assert out.outcome.verdict.value == "refuted" and not out.numeric.passed
    transposed = replace(v, form=MatMul(Transpose(Data("x", "features")), Data("y", "vector")))
    assert not numeric_match(r.model, transposed, r.dw.closed).passed


# --------------------------------------------------------------------------- the shipped derivation

SHIPPED = "derivations/softmax-cross-entropy.md"
VERDICTS = {  # line -> verdicts of its steps, in order
    19: ["consistent"],  # Σ_l y_l = 1 in prose: holds for the one-hot label the front matter states
    29: ["proved"],
    38: ["proved"],  # the Jacobian with the delta, checked for every l and k
    44: ["refuted", "consistent", "proved"],  # the single path: the document's one mistake
    50: ["proved", "proved", "proved"],
    55: ["proved", "consistent"],
}


def test_the_shipped_softmax_derivation_has_its_one_mistake(capsys):
    from derive.check.document import check_document, read_path

    steps = check_document(read_path(str(ROOT / SHIPPED))).derivation.steps
    got: dict = {}
    for s in steps:
        got.setdefault(s.line, []).append(s.verdict.value)
    assert got == VERDICTS
    rc, out, _ = run(["check", str(ROOT / SHIPPED)], capsys)
    assert rc == 1 and "1 refuted" in out


READER_GAP = r"""The delta $\delta_{lk}$ (1 when $l = k$, 0 otherwise) writes both cases at once:

$$\hat{y}_l = \frac{e^{z_l}}{\sum_{r=1}^{K} e^{z_r}}$$

$$\frac{\partial \hat{y}_l}{\partial z_k} = \hat{y}_l (1 - \hat{y}_k)$$
"""


def test_a_condition_in_prose_does_not_restrict_the_next_display():
    """`δ_{lk}` (1 when $l = k$, 0 otherwise) explains a symbol in passing: the display after it is
    checked for every l and k, so the Jacobian without its other paths is refuted (it was proved
    "where l = k")."""
    from derive.check.document import check_document
    from derive.latex.document import read_document

    steps = check_document(read_document(READER_GAP, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["refuted"]
