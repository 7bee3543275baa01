"""The finite-difference check passes the derived gradients and is shown to fail planted errors."""

from __future__ import annotations

import pytest
import sympy as sp

from derive.check.gradcheck import REL_TOL, gradcheck
from derive.engine import derive_gradient
from derive.model import model, valid_pairs

YH, Y = sp.Symbol("yhat", real=True), sp.Symbol("y", real=True)


@pytest.mark.parametrize("loss, act", [pytest.param(lo, a, id=f"{lo}-{a}") for lo, a in valid_pairs()])
def test_derived_gradients_pass(loss, act):
    m = model(loss, act)
    r = derive_gradient(m)
    c = gradcheck(m, r.dw.per_sample, r.db.per_sample)
    assert c.passed, c.detail
    assert c.max_rel_error < REL_TOL and c.points >= 6


def _planted(kind):
    m = model("mse", "sigmoid")
    r = derive_gradient(m)
    dw, db = r.dw.per_sample, r.db.per_sample
    if kind == "scaled":
        return m, dw * sp.Float("1.001"), db, None
    if kind == "sign":
        return m, -dw, -db, None
    if kind == "factor":
        return m, sp.cancel(dw / (YH * (1 - YH))), db, None
    return m, dw, db, "sum"  # the 1/m dropped


PLANTED = [
    pytest.param("scaled", "derived = 1.001 × finite differences (a constant factor)", id="times-1.001"),
    pytest.param("sign", "derived = -1 × finite differences (sign flipped)", id="sign-flipped"),
    pytest.param("factor", "varies from point to point", id="yhat-1-yhat-dropped"),
    pytest.param("one-over-m", "derived = m × finite differences (the 1/m is missing)", id="1-over-m-dropped"),
]


@pytest.mark.parametrize("kind, says", PLANTED)
def test_planted_wrong_gradients_fail_with_a_specific_message(kind, says):
    m, dw, db, reduction = _planted(kind)
    c = gradcheck(m, dw, db, reduction=reduction)
    assert not c.passed
    assert c.detail.startswith("∂J/∂w_1 at m=2, n=2: derived ")
    assert f"> {REL_TOL:g}" in c.detail and says in c.detail


def test_kinks_are_named_and_avoided():
    m = model("hinge", "relu")
    r = derive_gradient(m)
    c = gradcheck(m, r.dw.per_sample, r.db.per_sample)
    assert c.passed and "z = 0" in c.kinks and any("y" in k for k in c.kinks)


def test_same_model_same_points():
    m = model("bce", "sigmoid")
    r = derive_gradient(m)
    assert gradcheck(m, r.dw.per_sample, r.db.per_sample) == gradcheck(m, r.dw.per_sample, r.db.per_sample)
