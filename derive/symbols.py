"""Symbol conventions every layer shares, so the engine's expressions and a parsed note meet.

- Index letters (``i`` samples, ``j``/``k``/``l``/... features) are positive integer Symbols.
- ``m`` (samples) and ``n`` (features) are positive integer Symbols.
- Any other scalar is a real Symbol; a quantity carrying indices is ``IndexedBase(name, real=True)``
  indexed by index Symbols: ``y^{(i)}`` -> ``y[i]``, ``x_j^{(i)}`` -> ``x[i, j]``, ``w_j`` -> ``w[j]``.
- Accents become suffixes: ``\\hat{y}`` -> ``yhat``, ``\\bar{x}`` -> ``xbar``, ``\\tilde{x}`` -> ``xtilde``;
  bold or arrowed vectors share the base of their components (``\\mathbf{x}`` -> ``x``).
- Sample sums run ``i = 1..m``, feature sums ``k = 1..n``.
"""

from __future__ import annotations

from functools import lru_cache

import sympy

INDEX_LETTERS = frozenset("ijklpqrst")
SAMPLE_INDEX_LETTERS = frozenset("i")
SIZE_LETTERS = frozenset("mnN")


@lru_cache(maxsize=None)
def index(name: str) -> sympy.Symbol:
    """An index symbol (positive integer)."""
    return sympy.Symbol(name, integer=True, positive=True)


def free_index(name: str) -> sympy.Symbol:
    """An index written with a size's letter (a_m beside \\sum_m, where m is nowhere a count):
    an integer like ``index(name)`` but never the same symbol as the size m or n, which the
    checker gives the count's value."""
    return sympy.Symbol(name, integer=True, nonnegative=True)


def estimated(name: str) -> str:
    """The name an estimate is of (``betahat`` -> ``beta``: β̂ is β's estimate), else ""."""
    return name[:-3] if name.endswith("hat") and len(name) > 3 else ""


# after a function's name: its inverse (σ^{-1}(x) where the document defines σ), worked out from
# the document's formula for it where the values are checked
INVERSE = "⁻¹"


@lru_cache(maxsize=None)
def scalar(name: str) -> sympy.Symbol:
    """A named scalar: the sizes m, n are positive integers, everything else is real.

    Index letters are integers only where they are used as indices (``index``): a bare ``t`` or
    ``q`` in a formula is a real variable, never silently restricted to 1..n."""
    if name in SIZE_LETTERS:
        return index(name)
    return sympy.Symbol(name, real=True)


def occurs_bare(expr: sympy.Basic, s: sympy.Symbol) -> bool:
    """Does ``s`` occur in ``expr`` other than as the label of an indexed quantity (w in w_j,
    L in L = (1/n) Σ L_i)?"""
    if expr == s:
        return True
    if isinstance(expr, (sympy.Indexed, sympy.IndexedBase)) or not expr.args:
        return False
    return any(occurs_bare(a, s) for a in expr.args)


def replace_bare(expr: sympy.Basic, mapping: dict) -> sympy.Basic:
    """``expr`` with the names of ``mapping`` replaced where they stand alone, never as the label
    of an indexed quantity: a definition of α is not one of α^{(i)}'s (xreplace would make
    the entry's name the definition's formula)."""
    if isinstance(expr, (sympy.Indexed, sympy.IndexedBase)) or not expr.args:
        return mapping.get(expr, expr)
    args = [replace_bare(a, mapping) for a in expr.args]
    return expr if all(a is b for a, b in zip(args, expr.args, strict=True)) else expr.func(*args)


@lru_cache(maxsize=None)
def written_symbols(e: sympy.Basic) -> set:
    """The names ``e`` writes outside any sum: its free symbols, and those of what its derivatives
    are by (∂z_k/∂w_{ij} writes i and j, which Derivative's free symbols leave out)."""
    return set(e.free_symbols) | {x for d in e.atoms(sympy.Derivative) for v in d.variables
                                  for x in v.free_symbols}


def base(name: str) -> sympy.IndexedBase:
    """The IndexedBase for a quantity that carries indices."""
    return sympy.IndexedBase(name, real=True)


M = index("m")
N = index("n")
SAMPLE = index("i")


def bound_of(idx: sympy.Symbol) -> sympy.Symbol:
    """Upper bound of a sum over ``idx`` when the text gives none: m for samples, n for features."""
    return M if idx.name[:1] in SAMPLE_INDEX_LETTERS else N


# --------------------------------------------------------------------------- numbers too large


class _Large(sympy.Function):
    """A number written in a formula that is too large to compute exactly (``10^{10^{10}}``,
    ``1000000!``, ``\\binom{10^9}{10^8}``): kept as written, never expanded by SymPy, and given a
    value only by the numeric evaluator (mpmath works with its exponent, not its digits)."""

    is_real = True

    @classmethod
    def eval(cls, *args):
        return None  # never evaluated: that is the point


class LargePower(_Large):
    """b^e with numeric b and e whose exact value would need more than MAX_POWER_BITS bits, or
    an expression b to a whole power above MAX_SYMBOLIC_POWER."""

    nargs = 2

    def _latex(self, printer):
        b, e = self.args
        return f"{{{printer._print(b)}}}^{{{printer._print(e)}}}"


class LargeFactorial(_Large):
    """n! for a whole number n too large to multiply out."""

    nargs = 1

    def _latex(self, printer):
        return f"{printer._print(self.args[0])}!"


class LargeBinomial(_Large):
    """\\binom{n}{k} for whole numbers too large to multiply out."""

    nargs = 2

    def _latex(self, printer):
        n, k = self.args
        return rf"\binom{{{printer._print(n)}}}{{{printer._print(k)}}}"


class InverseEntry(sympy.Expr):
    """Entry (r, c) of the inverse of a square matrix known by its entry ``body`` at the indices
    (``row``, ``col``), bound here as a sum's index is, with ``size`` rows and columns:
    ((XᵀX + λI)⁻¹)_{rc}. No formula in the entries exists at a size left open, so the node is
    kept as written; the numeric evaluator builds the matrix at the chosen size and inverts it.
    ``shown`` is the matrix as the document writes it, for messages."""

    is_commutative = True

    def __new__(cls, body, row, col, size, r, c, shown):
        return sympy.Expr.__new__(cls, body, row, col, size, r, c, shown)  # SymPy objects, never text

    @property
    def free_symbols(self):
        body, row, col, size, r, c, _ = self.args
        return (body.free_symbols - {row, col}) | size.free_symbols | r.free_symbols | c.free_symbols

    def _eval_is_real(self):
        return True

    def _latex(self, printer):
        _, _, _, _, r, c, shown = self.args
        return rf"\left(\left({shown.name}\right)^{{-1}}\right)_{{{printer._print(r)} {printer._print(c)}}}"


class LimitOf(sympy.Expr):
    """lim_{var → point} body, as written (``\\lim_{h \\to 0} \\frac{e^{x+h} - e^x}{h}``): from
    both sides (``side`` 0), from above (1) or from below (−1). Kept until the checker works it
    out (``doit``); ``var`` is bound in it, as a sum's index is in a sum (SymPy's own Limit
    keeps its direction as a symbol, which every reader of symbols would take for a name)."""

    is_commutative = True

    def __new__(cls, body, var, point, side=0):
        return sympy.Expr.__new__(cls, body, var, point, sympy.Integer(side))

    @property
    def free_symbols(self):
        body, var, point, _ = self.args
        return (body.free_symbols - {var}) | point.free_symbols

    def doit(self, **hints):
        body, var, point, side = self.args
        if hints.get("deep", True):
            body, point = body.doit(**hints), point.doit(**hints)
        return sympy.limit(body, var, point, {0: "+-", 1: "+", -1: "-"}[int(side)])

    def _latex(self, printer):
        body, var, point, side = self.args
        sign = {0: "", 1: "^+", -1: "^-"}[int(side)]
        return rf"\lim_{{{printer._print(var)} \to {printer._print(point)}{sign}}} {printer._print(body)}"


# the bound indices of an inverse's entries: names no formula's reader makes
INVERSE_ROW, INVERSE_COL = index("row⁻¹"), index("col⁻¹")

MAX_POWER_BITS = 4096  # a numeric power whose exact value needs more bits than this stays as written
MAX_SYMBOLIC_POWER = 1000  # u^e of an expression u, for a larger whole e, stays as written
MAX_FACTORIAL = 1000  # n! and binomials of larger whole numbers stay as written


def _bits(x: sympy.Expr) -> float:
    """How many bits the exact value of a number takes (numerator and denominator)."""
    if isinstance(x, _Large):
        return float("inf")
    p, q = sympy.fraction(x) if x.is_Rational else (x, 1)
    return max(abs(int(p)).bit_length(), abs(int(q)).bit_length()) if x.is_Rational else 64.0


def power(b: sympy.Expr, e: sympy.Expr) -> sympy.Expr:
    """b^e, kept as written when both are numbers and the exact result would be huge."""
    if isinstance(b, _Large) or isinstance(e, _Large):
        return LargePower(b, e)
    if b.is_Number and e.is_Number and b not in (0, 1, -1):
        if e.is_Rational and abs(e) > 1 and abs(float(e)) * _bits(b) > MAX_POWER_BITS:
            return LargePower(b, e)
    elif e.is_Rational and abs(e) > 1 and not b.is_Number:
        # (2x)^{10^{10}}, \sqrt{2}^{10^{10}}: SymPy would multiply out 2^{10^{10}}
        numbers = [a for a in b.atoms(sympy.Number) if a not in (0, 1, -1)]
        if numbers and abs(float(e)) * max(_bits(a) for a in numbers) > MAX_POWER_BITS:
            return LargePower(b, e)
        if abs(e) > MAX_SYMBOLIC_POWER:
            # tanh(u^{10^6}): SymPy's assumptions would expand the power as a polynomial
            return LargePower(b, e)
    return sympy.Pow(b, e)


def factorial(n: sympy.Expr) -> sympy.Expr:
    if isinstance(n, _Large) or (n.is_Integer and n > MAX_FACTORIAL):
        return LargeFactorial(n)
    return sympy.factorial(n)


def binomial(n: sympy.Expr, k: sympy.Expr) -> sympy.Expr:
    if any(isinstance(a, _Large) or (a.is_Integer and abs(a) > MAX_FACTORIAL) for a in (n, k)):
        return LargeBinomial(n, k)
    return sympy.binomial(n, k)


def _fold_outside_nested_sums(expr, *evaluate):
    """SymPy's ``piecewise_fold`` for a new Sum's body, with every Sum or Product nested in it
    left whole: an indicator on an inner sum's own index (Σ_k 1{y^{(i)} = k}, inside Σ_i) stays
    inside that sum. SymPy 1.14 brings it out of the inner sum, where k is no longer bound, and
    changes the value (held-out 164 had Σ_i x^{(i)} (Σ_k 1{y^{(i)} = k} − s) read so)."""
    from sympy import Dummy, Piecewise, Product, Sum
    from sympy.functions.elementary.piecewise import piecewise_fold

    nested = {s: Dummy() for s in expr.atoms(Sum, Product) if s.has(Piecewise)}
    return piecewise_fold(expr.xreplace(nested), *evaluate).xreplace({d: s for s, d in nested.items()})


def _guard_nested_sums() -> None:
    """Make SymPy's Sum and Product build their bodies with ``_fold_outside_nested_sums``."""
    from sympy.concrete import expr_with_limits

    expr_with_limits.piecewise_fold = _fold_outside_nested_sums


_guard_nested_sums()
