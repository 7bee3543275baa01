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
    """coefficient × factors, in print order; ``expr`` is the evaluated SymPy product. A factor
    is a SymPy expression or a ``Summed`` product (the Jacobian sum of squared error with K
    outputs), kept apart so that it prints in its own order."""

    coefficient: sympy.Expr
    factors: tuple

    @property
    def expr(self) -> sympy.Expr:
        return sympy.Mul(self.coefficient, *(f.expr if isinstance(f, Summed) else f
                                             for f in self.factors))

    def xreplace(self, mapping) -> Product:
        return Product(self.coefficient, tuple(f.xreplace(mapping) for f in self.factors))


@dataclass(frozen=True)
class Summed:
    """Σ_{variable=1}^{bound} of a Product, as one factor of a closed form."""

    variable: sympy.Symbol
    bound: sympy.Expr
    body: Product

    @property
    def expr(self) -> sympy.Expr:
        return sympy.Sum(self.body.expr, (self.variable, 1, self.bound))

    def xreplace(self, mapping) -> Summed:
        return Summed(self.variable, self.bound, self.body.xreplace(mapping))


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


# --------------------------------------------------------------------------- printing in order


def _delta_first(latex: str, expr) -> str:
    """δ_{kl} printed with a sum's own index first, as a course writes it: δ_{lk}."""
    for d in expr.atoms(sympy.KroneckerDelta) if isinstance(expr, sympy.Basic) else ():
        a, b = (str(x) for x in d.args)
        latex = latex.replace(rf"\delta_{{{a} {b}}}", rf"\delta_{{{b}{a}}}")
    return latex


def factor_latex(f, first: bool = False) -> str:
    """One factor in course LaTeX: a difference, or a negative factor after the first, bracketed."""
    from derive.latex.printer import course_latex

    if isinstance(f, Summed):
        return rf"\sum_{{{f.variable}=1}}^{{{course_latex(f.bound)}}} " + product_latex(f.body)
    s = _delta_first(course_latex(f), f)
    if isinstance(f, sympy.Add) or (not first and f.could_extract_minus_sign()):
        return rf"\left({s}\right)"
    return s


def product_latex(p: Product) -> str:
    """coefficient × factors in their order; 1/ŷ as a fraction, as the printer's product does."""
    from derive.latex.printer import product_latex as plain

    if not any(isinstance(f, Summed) or f.has(sympy.KroneckerDelta) for f in p.factors):
        return plain(p.coefficient, p.factors)
    body = " ".join(factor_latex(f, first=n == 0) for n, f in enumerate(p.factors)) or "1"
    if p.coefficient == 1:
        return body
    if p.coefficient == -1:
        return "-" + body
    from derive.latex.printer import course_latex

    return f"{course_latex(p.coefficient)} {body}"


def closed_latex(reduction: str, p: Product) -> str:
    """The closed form a course writes: ``\\frac{1}{m} \\sum_{i=1}^{m} <summand>``."""
    prefix = r"\frac{1}{m} " if reduction == "mean" else ""
    return rf"{prefix}\sum_{{i=1}}^{{m}} {product_latex(p)}"
