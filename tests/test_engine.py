"""The engine: the issue's closed forms, exactly, as mathematics and as printed LaTeX; the layout
of seed 001; every step's verdict from the checker; every valid pair derived."""

from __future__ import annotations

import pytest
import sympy as sp

from derive.engine import derive_gradient, gradient
from derive.engine.rewrite import output_derivative
from derive.latex.printer import gradient_latex
from derive.model import ACTIVATIONS, model, valid_pairs

yhat, y, x_j, z = sp.symbols("yhat y x_j z", real=True)
f = sp.Function("f")
fz = f(z)
fp = sp.Derivative(fz, z)

E = r"\left(\hat{y}^{(i)} - y^{(i)}\right)"
S = r"\frac{1}{m} \sum_{i=1}^{m} "
X = r" x_j^{(i)}"
TABLE = [  # loss, activation, dJ/dw_j summand, LaTeX of dJ/dw_j (dJ/db drops x_j)
    pytest.param("bce", "sigmoid", (yhat - y) * x_j, S + E + X, id="bce-sigmoid"),
    pytest.param("mse", "sigmoid", (yhat - y) * yhat * (1 - yhat) * x_j,
                 S + E + r" \hat{y}^{(i)} \left(1 - \hat{y}^{(i)}\right)" + X, id="mse-sigmoid"),
    pytest.param("mse", "identity", (yhat - y) * x_j, S + E + X, id="mse-identity"),
    pytest.param("mse", "tanh", (yhat - y) * (1 - yhat**2) * x_j,
                 S + E + r" \left(1 - \left(\hat{y}^{(i)}\right)^{2}\right)" + X, id="mse-tanh"),
    pytest.param("mse", "generic", (fz - y) * fp * x_j,
                 S + r"\left(f(z^{(i)}) - y^{(i)}\right) f'(z^{(i)})" + X, id="mse-generic"),
    pytest.param("gaussian-nll", "identity", (yhat - y) * x_j, S + E + X, id="gaussian-identity"),
    pytest.param("poisson-nll", "exp", (yhat - y) * x_j, S + E + X, id="poisson-exp"),
    pytest.param("log-likelihood", "sigmoid", (y - yhat) * x_j,
                 S + r"\left(y^{(i)} - \hat{y}^{(i)}\right)" + X, id="loglik-sigmoid"),
]


@pytest.mark.parametrize("loss, act, summand, latex", TABLE)
def test_closed_form_is_the_course_form(loss, act, summand, latex):
    r = derive_gradient(model(loss, act))
    assert sp.simplify(r.dw.per_sample - summand) == 0
    assert sp.simplify(r.db.per_sample - summand / x_j) == 0
    assert sp.count_ops(r.dw.per_sample) <= sp.count_ops(summand)
    assert gradient_latex("mean", r.dw.summand.coefficient, r.dw.summand.factors) == latex
    assert gradient_latex("mean", r.db.summand.coefficient, r.db.summand.factors) == latex[: -len(X)]


@pytest.mark.parametrize("act, want", [
    pytest.param("sigmoid", yhat * (1 - yhat), id="sigmoid"),
    pytest.param("tanh", 1 - yhat**2, id="tanh"),
    pytest.param("exp", yhat, id="exp"),
    pytest.param("relu", sp.Heaviside(yhat, 0), id="relu"),
    pytest.param("identity", sp.Integer(1), id="identity"),
])
def test_activation_derivative_is_rewritten_in_the_output(act, want):
    raw, used, _ = output_derivative(ACTIVATIONS[act])
    assert sp.simplify(used - want) == 0 and not used.has(z)


PAIRS = [pytest.param(lo, a, id=f"{lo}-{a}") for lo, a in valid_pairs()]


@pytest.mark.parametrize("loss, act", PAIRS)
def test_every_valid_pair_has_a_closed_form_in_the_output(loss, act):
    r = derive_gradient(model(loss, act))
    for g in (r.dw, r.db):
        assert g.derivation.steps[0].rule == "definition of J"
        assert g.derivation.steps[-1].rule == "closed form"
        if act != "generic":
            assert not g.per_sample.has(z)
    assert r.dw.per_sample.has(x_j) and not r.db.per_sample.has(x_j)


SEED_LAYOUT = ["definition of J", "sum and constant-factor rules", "chain rule", "chain rule",
               "derivative of the loss", "derivative of the activation",
               "rewritten in terms of the output ŷ", "derivative of the linear input",
               "recombination", "simplification", "closed form"]


def test_bce_sigmoid_follows_seed_001_and_every_step_holds():
    r = gradient(model("bce", "sigmoid"), numeric=True)
    assert [s.rule for s in r.dw.derivation.steps] == SEED_LAYOUT
    for s in r.dw.derivation.steps + r.db.derivation.steps:
        assert s.verdict is not None and s.verdict.holds, (s.rule, s.outcome.detail)
    assert r.numeric.passed


VERIFIED = [pytest.param("mse", "tanh", id="mse-tanh"), pytest.param("hinge", "relu", id="hinge-relu"),
            pytest.param("poisson-nll", "exp", id="poisson-exp"),
            pytest.param("mse", "generic", id="mse-generic")]


@pytest.mark.parametrize("loss, act", VERIFIED)
def test_checker_gives_every_step_a_holding_verdict(loss, act):
    r = gradient(model(loss, act), numeric=False)
    bad = [(s.rule, s.outcome.detail) for s in r.dw.derivation.steps if not s.verdict.holds]
    assert not bad


def test_notes_say_ascent_and_kink_convention():
    assert any("ascent" in n for n in derive_gradient(model("log-likelihood", "sigmoid")).notes)
    hinge = derive_gradient(model("hinge", "identity")).notes
    assert any("kink" in n and "subgradient" in n for n in hinge)


def test_sum_reduction_drops_the_one_over_m():
    r = derive_gradient(model("bce", "sigmoid", reduction="sum"))
    assert gradient_latex("sum", r.dw.summand.coefficient, r.dw.summand.factors) == (
        r"\sum_{i=1}^{m} " + E + X)
