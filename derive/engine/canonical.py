"""Closed-form canonicalisation: the per-sample summand as an ordered list of course factors.

A course writes (ŷ − y) ŷ (1 − ŷ) x_j: the loss's factor first, the activation's next, the
input's last; differences oriented so the constant or ŷ leads with a plus sign, and a leftover
minus sign absorbed into (y − ŷ).
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy


@dataclass(frozen=True)
class Product:
    """coefficient × factors, in print order; ``expr`` is the evaluated SymPy product."""

    coefficient: sympy.Expr
    factors: tuple[sympy.Expr, ...]

    @property
    def expr(self) -> sympy.Expr:
        return sympy.Mul(self.coefficient, *self.factors)

    def xreplace(self, mapping) -> Product:
        return Product(self.coefficient, tuple(f.xreplace(mapping) for f in self.factors))


def _lead(term: sympy.Expr, lead) -> bool:
    return term.has(lead)


def _flip(f: sympy.Expr, lead) -> bool:
    """Whether the Add f reads better negated: its constant, else its lead term, negative."""
    const, rest = f.as_coeff_Add()
    if const != 0:
        return bool(const < 0)
    for t in sympy.Add.make_args(rest):
        if _lead(t, lead):
            return t.could_extract_minus_sign()
    return sympy.Add.make_args(rest)[0].could_extract_minus_sign()


def split(expr: sympy.Expr, lead) -> Product:
    """Factors of expr, each difference oriented; numbers gathered in the coefficient."""
    coeff = sympy.Integer(1)
    out = []
    for f in sympy.Mul.make_args(expr):
        if f.is_number:
            coeff *= f
            continue
        b, e = f.as_base_exp()
        if isinstance(b, sympy.Add) and e.is_integer and _flip(b, lead):
            b = -b
            coeff *= (-1) ** e
            f = sympy.Pow(b, e) if e != 1 else b
        out.append(f)
    return Product(coeff, tuple(out))


def _absorb_sign(p: Product, lead) -> Product:
    if not (p.coefficient.is_number and p.coefficient < 0):
        return p
    factors = list(p.factors)
    for n, f in enumerate(factors):
        if isinstance(f, sympy.Add) and f.as_coeff_Add()[0] == 0:
            factors[n] = -f
            return Product(-p.coefficient, tuple(factors))
    return p


def nicest(expr: sympy.Expr, lead) -> Product:
    """The form of expr with fewest operations among as-is, factored and expanded."""
    forms = [expr, sympy.factor(expr), sympy.expand(expr)]
    best = min(forms, key=sympy.count_ops)
    return _absorb_sign(split(best, lead), lead)


def _size(p: Product) -> int:
    """Operations as printed: each factor's own plus one product sign between factors."""
    return sum(sympy.count_ops(f) for f in p.factors) + len(p.factors)


def closed_form(loss_derivative: sympy.Expr, activation_derivative: sympy.Expr,
                input_derivative: sympy.Expr, lead) -> Product:
    """Canonical product of ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂θ: cancel when that shortens it, else keep
    the activation's factor apart (so ŷ(1 − ŷ) and 1 − ŷ² stay visible)."""
    dl = sympy.cancel(sympy.together(loss_derivative))
    a = activation_derivative
    loss_part = nicest(dl, lead)
    act_part = nicest(a, lead) if a != 1 else Product(sympy.Integer(1), ())
    joined = nicest(sympy.factor(sympy.cancel(sympy.together(dl * a))), lead)
    apart = Product(loss_part.coefficient * act_part.coefficient,
                    loss_part.factors + act_part.factors)
    best = joined if _size(joined) < _size(apart) else apart
    if best is joined:  # differences first (the loss's error term), the rest after
        best = Product(best.coefficient, tuple(sorted(
            best.factors, key=lambda f: not isinstance(f, sympy.Add))))
    best = _absorb_sign(best, lead)
    tail = () if input_derivative == 1 else (input_derivative,)
    return Product(best.coefficient, best.factors + tail)
