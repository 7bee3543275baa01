"""Vectorised forms in course LaTeX: X^\\top, \\hat{\\mathbf{y}}, \\hat{Y}, \\odot, \\mathbf{1}.

>>> from derive.model import model
>>> from derive.engine import derive_gradient
>>> equation(derive_gradient(model("bce", "sigmoid")).dw.vectorised)
'\\\\nabla_{\\\\mathbf{w}} J = \\\\frac{1}{m} X^\\\\top \\\\left(\\\\hat{\\\\mathbf{y}} - \\\\mathbf{y}\\\\right)'
"""

from __future__ import annotations

import sympy

from derive.engine.vectorise import (
    CLASS,
    VECTOR,
    Apply,
    Data,
    Hadamard,
    MatMul,
    Number,
    Ones,
    Plus,
    Power,
    RowSums,
    Transpose,
    Vectorised,
)
from derive.latex.printer import course_latex

NAMES = {  # (name, shape) -> how a course writes the vector or matrix
    ("yhat", VECTOR): r"\hat{\mathbf{y}}", ("y", VECTOR): r"\mathbf{y}", ("z", VECTOR): r"\mathbf{z}",
    ("yhat", CLASS): r"\hat{Y}", ("y", CLASS): "Y", ("z", CLASS): "Z", ("x", "features"): "X",
}
PLACEHOLDER = "VECTORARGUMENT"  # stands for the argument while a function is printed


def _composite(node) -> bool:
    return isinstance(node, (Plus, Hadamard, MatMul, RowSums)) or (
        isinstance(node, Number) and node.value < 0)


def _wrapped(node) -> str:
    s = latex(node)
    return rf"\left({s}\right)" if _composite(node) else s


def _negative(node) -> bool:
    if isinstance(node, Number):
        return bool(node.value < 0)
    return isinstance(node, Hadamard) and any(
        isinstance(f, Number) and f.value < 0 for f in node.factors)


def _negated(node):
    if isinstance(node, Number):
        return Number(-node.value)
    factors = tuple(Number(-f.value) if isinstance(f, Number) else f for f in node.factors)
    return Hadamard(tuple(f for f in factors if not (isinstance(f, Number) and f.value == 1)))


def _term(node) -> str:
    """A term of a sum: a number is that many vectors of ones."""
    if isinstance(node, Number):
        return r"\mathbf{1}" if node.value == 1 else rf"{course_latex(node.value)} \mathbf{{1}}"
    if isinstance(node, Hadamard) and len(node.factors) == 1:
        return _term(node.factors[0])
    return latex(node)


def _hadamard(node: Hadamard) -> str:
    numbers = [f.value for f in node.factors if isinstance(f, Number)]
    coefficient = sympy.Mul(*numbers)
    top = [f for f in node.factors if not isinstance(f, Number)
           and not (isinstance(f, Power) and f.exponent < 0)]
    bottom = [Power(f.base, -f.exponent) if f.exponent != -1 else f.base
              for f in node.factors if isinstance(f, Power) and f.exponent < 0]
    body = r" \odot ".join(_wrapped(f) if isinstance(f, (Plus, Hadamard)) else latex(f)
                           for f in top) or r"\mathbf{1}"
    for f in bottom:
        body += r" \oslash " + _wrapped(f)
    if coefficient == 1:
        return body
    if coefficient == -1:
        return "-" + body
    return f"{course_latex(coefficient)} {body}"


def latex(node) -> str:
    """One vectorised expression in course LaTeX."""
    if isinstance(node, Data):
        return NAMES[(node.name, node.shape)]
    if isinstance(node, Number):
        return course_latex(node.value)
    if isinstance(node, Plus):
        terms = sorted(node.terms, key=lambda t: (not isinstance(t, Number), _negative(t)))
        out = ""
        for n, t in enumerate(terms):
            if _negative(t):
                out += (" - " if n else "-") + _term(_negated(t))
            else:
                out += (" + " if n else "") + _term(t)
        return out
    if isinstance(node, Hadamard):
        return _hadamard(node)
    if isinstance(node, Power):
        if node.exponent < 0:
            return _hadamard(Hadamard((node,)))
        return rf"{_wrapped(node.base)}^{{\odot {node.exponent}}}"
    if isinstance(node, Apply):
        t = node.function.variables[0]
        shown = course_latex(node.function.expr.xreplace({t: sympy.Symbol(PLACEHOLDER)}))
        return shown.replace(PLACEHOLDER, latex(node.argument))  # f(…), e^{…}, 𝟙[…] delimit it
    if isinstance(node, RowSums):
        return rf"{_wrapped(node.argument)} \mathbf{{1}} \mathbf{{1}}^\top"
    if isinstance(node, Ones):
        return r"\mathbf{1}"
    if isinstance(node, Transpose):
        inner = node.argument
        return (rf"{_wrapped(inner)}^\top" if _composite(inner) or isinstance(inner, Apply)
                else rf"{latex(inner)}^\top")
    if isinstance(node, MatMul):
        return f"{_wrapped(node.left)} {_wrapped(node.right)}"
    raise TypeError(f"not a vectorised form: {node!r}")


def form(v: Vectorised) -> str:
    """coefficient × form: ``\\frac{1}{m} X^\\top \\left(…\\right)``."""
    c = v.coefficient
    if c == 1:
        return latex(v.form)
    if c == -1:
        return "-" + latex(v.form)
    return f"{course_latex(c)} {latex(v.form)}"


def equation(v: Vectorised) -> str:
    return f"{v.name} = {form(v)}"


def verdict(v: Vectorised) -> str:
    """How the form was checked, in one line (empty when it was not)."""
    parts = []
    if v.outcome is not None:
        parts.append(f"by components: {v.outcome.verdict.value}")
    if v.numeric is not None:
        parts.append(v.numeric.detail if v.numeric.passed else f"FAILED: {v.numeric.detail}")
    return ("checked against the index form: " + "; ".join(parts)) if parts else ""
