"""Mechanical rewrites the engine needs: kink conventions and f′(z) in terms of the output ŷ.

The output form is found by substitution, not looked up: first replace f(z) by ŷ inside f′(z)
(tanh′ = 1 − tanh² → 1 − ŷ²); else try f′ of ŷ itself (relu's step H(z) = H(ŷ)); else solve
ŷ = f(z) for z and substitute the inverse (σ′ → ŷ(1 − ŷ)). A candidate is kept only if it
agrees with f′(z) at sample points on both sides of every kink.
"""

from __future__ import annotations

from functools import lru_cache

import sympy
from sympy.core.function import AppliedUndef

from derive.model import Activation
from derive.symbols import scalar

# Probe points for accepting a rewrite: both signs, away from the kinks at 0 of relu/hinge.
PROBES = (-1.7, -0.6, 0.45, 1.3, 2.1)
PROBE_TOLERANCE = 1e-9  # float agreement needed between f′(z) and its output form

Z = scalar("z")
YHAT = scalar("yhat")


def at_kinks(expr: sympy.Expr) -> sympy.Expr:
    """Subgradient convention: the derivative of max(0, u) at u = 0 is 0 (Heaviside(0) = 0)."""
    return expr.replace(lambda e: isinstance(e, sympy.Heaviside) and e.args[1:] != (0,),
                        lambda e: sympy.Heaviside(e.args[0], 0))


def kinks(expr: sympy.Expr) -> list[sympy.Expr]:
    """Arguments u where expr has a kink at u = 0 (max, min, abs, Heaviside)."""
    out = []
    for e in sympy.preorder_traversal(expr):
        if isinstance(e, (sympy.Max, sympy.Min)) and len(e.args) == 2:
            u = e.args[1] - e.args[0]
        elif isinstance(e, (sympy.Abs, sympy.Heaviside, sympy.sign)):
            u = e.args[0]
        else:
            continue
        if u not in out:
            out.append(u)
    return out


def _agrees(d: sympy.Expr, candidate: sympy.Expr, f: sympy.Expr) -> bool:
    from derive.check.numeric import FLOAT, NotEvaluable, NotReal, Point, compile_expr

    try:
        fd, fc, ff = (compile_expr(e, FLOAT) for e in (d, candidate, f))
    except NotEvaluable:
        return False
    for p in PROBES:
        try:
            want = fd(Point({Z: p}, _no_draw))
            got = fc(Point({YHAT: ff(Point({Z: p}, _no_draw))}, _no_draw))
        except (NotReal, NotEvaluable, ZeroDivisionError):
            return False
        if abs(want - got) > PROBE_TOLERANCE * max(1.0, abs(want)):
            return False
    return True


def _no_draw(name, indices):
    raise ValueError(f"{name} has no value at a probe point")


def _positive(e: sympy.Expr) -> sympy.Expr:
    """-ŷ(ŷ − 1) as ŷ(1 − ŷ): a leading minus sign taken into the one bracket that can take it."""
    if isinstance(e, sympy.Mul) and e.could_extract_minus_sign():
        brackets = [a for a in e.args if isinstance(a, sympy.Add)]
        if len(brackets) == 1:
            return sympy.Mul(*(-a if a is brackets[0] else a for a in (-e).args))
    return e


def _minus_signs(e: sympy.Expr) -> int:
    """How many minus signs ``e`` shows once its brackets take its sign; a negative constant in a
    bracket counts double (1 − ŷ reads better than ŷ − 1)."""
    e = _positive(e)
    return sum(2 if a.is_number else 1 for t in sympy.preorder_traversal(e)
               if isinstance(t, sympy.Add) for a in t.args if a.could_extract_minus_sign()) + \
        (1 if e.as_coeff_Mul()[0].is_negative else 0)  # a sign in front


def signed_fraction(e: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """``e`` as numerator and denominator, each factored or expanded (the shorter), the sign where
    a course writes it: inside a
    bracket when that removes one (−ŷ(ŷ − 1) is ŷ(1 − ŷ)), on top when the bottom reads better
    without it (1/(1 − ŷ²), not −1/(ŷ² − 1))."""
    def tidy(x):  # factored or expanded, whichever is shorter: ŷ(1 − ŷ), 1 − ŷ²
        return _fewest_ops(_positive(sympy.factor(x)), sympy.expand(x))

    n, d = sympy.fraction(sympy.factor(sympy.together(e)))
    n, d = tidy(n), tidy(d)
    if _minus_signs(tidy(-d)) < _minus_signs(d):
        n, d = tidy(-n), tidy(-d)
    return n, d


def _fewest_ops(*forms: sympy.Expr) -> sympy.Expr:
    return min(forms, key=sympy.count_ops)  # min keeps the first of equals


@lru_cache(maxsize=None)
def output_derivative(act: Activation) -> tuple[sympy.Expr, sympy.Expr, bool]:
    """(f′(z) as differentiated, the same in terms of ŷ where possible, whether it was rewritten).

    >>> from derive.model import ACTIVATIONS
    >>> output_derivative(ACTIVATIONS["tanh"])[1]
    1 - yhat**2
    """
    f = act(Z)
    d = at_kinks(sympy.diff(f, Z))
    if f.has(AppliedUndef) or not d.has(Z):
        return d, d, False
    candidates = []
    direct = d.subs(f, YHAT)
    same = d.xreplace({Z: YHAT})  # a derivative that depends only on the sign (relu's step)
    if not direct.has(Z):
        candidates.append(direct)
    elif _agrees(d, same, f):
        candidates.append(same)
    else:
        try:  # no checking or simplifying inside solve: _agrees checks every candidate
            roots = sympy.solve(sympy.Eq(YHAT, f), Z, check=False, simplify=False)
        except (NotImplementedError, ValueError):
            roots = []
        for root in roots:
            c = d.subs(Z, root)
            c = at_kinks(_fewest_ops(_positive(sympy.factor(sympy.cancel(c))), sympy.expand(c)))
            if not c.has(Z):
                candidates.append(c)
    for c in sorted(candidates, key=sympy.count_ops):
        if _agrees(d, c, f):
            return d, c, True
    return d, d, False
