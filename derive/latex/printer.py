"""SymPy -> course-notation LaTeX: ``\\hat{y}^{(i)}``, ``x_j^{(i)}``, ``\\frac{1}{m}\\sum_{i=1}^{m}``,
``\\frac{\\partial J}{\\partial w_j}``, ``f'(z^{(i)})``. Writing only: never imports the reader.

>>> from derive.symbols import base, index
>>> course_latex(base("yhat")[index("i")] - base("y")[index("i")])
'\\\\hat{y}^{(i)} - y^{(i)}'
"""

from __future__ import annotations

import re

import sympy
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter

from derive.latex.arrays import COL, ROW
from derive.latex.model import is_mean_of_several
from derive.symbols import INVERSE, SAMPLE_INDEX_LETTERS

ACCENTS = ("hat", "bar", "tilde")


ENTRY = ROW.name  # the open index of a vector's entries: an entry j of the gradient
PLACEHOLDER = re.compile(r"_arg\d+")  # see derive.latex.document._definition


def readable_index(name: str) -> str:
    """An index as the reader sees it: the gradient's open entry is j, a matrix's column k."""
    return {ENTRY: "j", COL.name: "k"}.get(name, name)


def _name(name: str) -> str:
    if name in (ENTRY, COL.name):
        return readable_index(name)
    if name.startswith(("\\max_", "\\min_", "\\max(", "\\min(")):  # the largest entry, \max_k z_k
        return name
    if PLACEHOLDER.fullmatch(name):  # where a function was defined at an expression: its argument
        return r"\ldots"
    if name.endswith(INVERSE) and len(name) > len(INVERSE):  # ζ⁻¹: the inverse function of ζ
        return f"{_name(name[: -len(INVERSE)])}^{{-1}}"
    if "^" in name and is_mean_of_several(name):  # \bar{x^2}: the mean of the squares
        return rf"\bar{{{_name(name[:-3])}}}"
    if "^" in name:  # a layer's quantity: z^2, W^{[1]}, δ^{l+1}
        head, layer = name.split("^", 1)
        return f"{_name(head)}^{{{layer}}}"
    for accent in ACCENTS:
        if name.endswith(accent) and len(name) > len(accent):
            return rf"\{accent}{{{_name(name[: -len(accent)])}}}"
    if name in _GREEK_NAMES:
        return "\\" + name
    if name.startswith("Delta") and len(name) == 6 and name[5].isalpha():
        return rf"\Delta {name[5]}"  # Δx, the change in x (one quantity)
    if "_" in name:
        head, sub = name.split("_", 1)
        sub = _name(sub) if sub in _GREEK_NAMES else sub
        return f"{_name(head)}_{{{sub}}}" if len(sub) > 1 else f"{_name(head)}_{sub}"
    return name


class CoursePrinter(LatexPrinter):
    """LaTeX in the notation a course note uses."""

    def __init__(self):
        super().__init__({"ln_notation": False, "mul_symbol": None})

    def _print_Symbol(self, expr, style="plain"):
        return _name(expr.name)

    def _print_Indexed(self, expr):
        name = _name(str(expr.base.label))
        sample = [a for a in expr.indices if str(a) in SAMPLE_INDEX_LETTERS]
        other = [a for a in expr.indices if str(a) not in SAMPLE_INDEX_LETTERS]
        out = name
        if other:
            one = self._index(other[0]) if len(other) == 1 else ""
            out += "_" + (one if len(one) == 1 else "{" + ",".join(self._index(a) for a in other) + "}")
        if sample:
            out += "^{(" + ",".join(self._index(a) for a in sample) + ")}"
        return out

    def _index(self, a) -> str:
        """An index as the document writes it: t + 1 (not 1 + t), t - 1."""
        if not isinstance(a, sympy.Add):
            return self._print(a)
        terms = sorted(a.args, key=lambda x: x.is_number)
        out = self._print(terms[0])
        for x in terms[1:]:
            out += f" - {self._print(-x)}" if x.could_extract_minus_sign() else f" + {self._print(x)}"
        return out

    def _print_Pow(self, expr):
        b, e = expr.as_base_exp()
        if isinstance(b, sympy.Indexed) and e.is_Integer and e > 0:
            return rf"\left({self._print(b)}\right)^{{{self._print(e)}}}"
        return super()._print_Pow(expr)

    def _print_Add(self, expr, order=None):
        # The constant first, then positive terms before negative ones: 1 - ŷ, ŷ - y.
        terms = list(expr.args)
        terms.sort(key=lambda t: (not t.is_number, t.could_extract_minus_sign()))
        out = ""
        for n, t in enumerate(terms):
            if t.could_extract_minus_sign():
                out += " - " if n else "-"
                t = -t
            elif n:
                out += " + "
            s = self._print(t)
            out += rf"\left({s}\right)" if isinstance(t, sympy.Add) else s
        return out

    def _print_Mul(self, expr):
        # (1/m) Σ ...: the constant in front, as a course writes it.
        sums = [a for a in expr.args if isinstance(a, sympy.Sum)]
        if len(sums) == 1:
            rest = expr / sums[0]
            if rest.free_symbols.isdisjoint(sums[0].variables):
                return f"{self._print(rest)} {self._print(sums[0])}"
        # a bracket after the factors it multiplies, as a course writes ŷ(1 − ŷ), not (1 − ŷ)ŷ
        args = expr.as_ordered_factors()
        brackets = [a for a in args if isinstance(a, sympy.Add)]
        others = [a for a in args if not isinstance(a, sympy.Add)]
        if brackets and any(args.index(b) < args.index(o) for b in brackets for o in others
                            if not o.is_number):
            head = self._print(sympy.Mul(*others))
            return head + " " + " ".join(rf"\left({self._print(b)}\right)" for b in brackets)
        return super()._print_Mul(expr)

    def _print_Sum(self, expr):
        out = ""
        for var, lo, hi in expr.limits:
            out += rf"\sum_{{{self._print(var)}={self._print(lo)}}}^{{{self._print(hi)}}} "
        body = expr.function
        s = self._print(body)
        return out + (rf"\left({s}\right)" if isinstance(body, sympy.Add) else s)

    def _print_Derivative(self, expr):
        var = " ".join(rf"\partial {self._print(v)}" for v in expr.variables)
        inner = expr.expr
        if isinstance(inner, AppliedUndef) and len(inner.args) == 1 and expr.variables == inner.args:
            return f"{_name(inner.func.__name__)}'({self._print(inner.args[0])})"
        if isinstance(inner, (sympy.Symbol, sympy.Indexed)):
            return rf"\frac{{\partial {self._print(inner)}}}{{{var}}}"
        s = self._print(inner)
        if isinstance(inner, sympy.Add):
            s = rf"\left({s}\right)"
        return rf"\frac{{\partial}}{{{var}}} {s}"

    def _print_Heaviside(self, expr, exp=None):
        return rf"\mathbb{{1}}\left[{self._print(expr.args[0])} > 0\right]"

    def _print_Max(self, expr, exp=None):
        return r"\max\left(" + ", ".join(self._print(a) for a in expr.args) + r"\right)"

    def _print_Function(self, expr, exp=None):
        if isinstance(expr, AppliedUndef):
            args = ", ".join(self._print(a) for a in expr.args)
            return f"{_name(expr.func.__name__)}({args})"
        return super()._print_Function(expr, exp)

    def _print_log(self, expr, exp=None):
        s = rf"\log\left({self._print(expr.args[0])}\right)"
        return s if exp is None else rf"\log^{{{exp}}}\left({self._print(expr.args[0])}\right)"

    def _print_exp(self, expr, exp=None):
        s = f"e^{{{self._print(expr.args[0])}}}"
        return s if exp is None else rf"\left({s}\right)^{{{exp}}}"


_PRINTER: CoursePrinter | None = None


def course_latex(expr: sympy.Basic) -> str:
    """One expression in course notation."""
    global _PRINTER
    if _PRINTER is None:
        _PRINTER = CoursePrinter()
    return _PRINTER.doprint(expr)


def product_latex(coefficient: sympy.Expr, factors) -> str:
    """coefficient × factors in the given order; a difference in brackets, 1/ŷ as a fraction."""
    num, den = [], []
    for f in factors:
        b, e = f.as_base_exp()
        if e.is_number and e < 0:
            den.append(b if e == -1 else sympy.Pow(b, -e))
        else:
            num.append(f)

    def join(fs):
        parts = []
        for f in fs:
            s = course_latex(f)
            parts.append(rf"\left({s}\right)" if isinstance(f, sympy.Add) else s)
        return " ".join(parts) or "1"

    body = join(num) if not den else rf"\frac{{{join(num)}}}{{{join(den)}}}"
    if coefficient == 1:
        return body
    if coefficient == -1:
        return "-" + body
    return f"{course_latex(coefficient)} {body}"


def gradient_latex(reduction: str, coefficient: sympy.Expr, factors, *, sample: str = "i",
                   size: str = "m") -> str:
    """The closed form a course writes: ``\\frac{1}{m} \\sum_{i=1}^{m} <summand>``."""
    prefix = r"\frac{1}{" + size + "} " if reduction == "mean" else ""
    body = product_latex(coefficient, factors)
    return rf"{prefix}\sum_{{{sample}={1}}}^{{{size}}} {body}"


def point_latex(name: str, indices: tuple = (), samples: frozenset | set = frozenset()) -> str:
    """A coordinate of a point in course notation: ``x_1^{(2)}`` for x at sample 2, feature 1
    (``samples`` holds the positions of sample indices), ``\\theta_1``, ``\\hat{y}``, ``K``.

    >>> point_latex("x", (2, 1), {0}), point_latex("theta", (1,)), point_latex("w", (1, 2))
    ('x_1^{(2)}', '\\\\theta_1', 'w_{1,2}')
    """
    if name.startswith("∂?"):  # the derivative of a quantity defined nowhere
        top, _, wrt = name[2:].partition("/")
        return rf"\partial {top}/\partial {wrt}".replace("[", "_{").replace("]", "}")
    out = _name(name)
    sample = [str(v) for p, v in enumerate(indices) if p in samples]
    other = [str(v) for p, v in enumerate(indices) if p not in samples]
    if other:
        out += "_" + (other[0] if len(other) == 1 and len(other[0]) == 1 else "{" + ",".join(other) + "}")
    if sample:
        out += "^{(" + ",".join(sample) + ")}"
    return out


def quantity_latex(x) -> str:
    """A name or an entry as a formula writes it, indices as subscripts: ``w_i``, ``L_2``, ``b``.

    >>> import sympy
    >>> quantity_latex(sympy.IndexedBase("w")[sympy.Symbol("i")]), quantity_latex(sympy.Symbol("beta"))
    ('w_i', '\\\\beta')
    """
    if isinstance(x, sympy.Indexed):  # (s_{y_i}: an index that is itself an entry, sample i's class)
        return point_latex(str(x.base.label), tuple(quantity_latex(k) if isinstance(k, sympy.Indexed) else k
                                                    for k in x.indices))
    return point_latex(str(x))


_GREEK_NAMES = frozenset(
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu "
    "xi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega ell "
    "Gamma Delta Theta Lambda Xi Sigma Upsilon Phi Psi Omega".split())
