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


@lru_cache(maxsize=None)
def scalar(name: str) -> sympy.Symbol:
    """A named scalar: the sizes m, n are positive integers, everything else is real.

    Index letters are integers only where they are used as indices (``index``): a bare ``t`` or
    ``q`` in a formula is a real variable, never silently restricted to 1..n."""
    if name in SIZE_LETTERS:
        return index(name)
    return sympy.Symbol(name, real=True)


@lru_cache(maxsize=None)
def base(name: str) -> sympy.IndexedBase:
    """The IndexedBase for a quantity that carries indices."""
    return sympy.IndexedBase(name, real=True)


M = index("m")
N = index("n")
SAMPLE = index("i")


def bound_of(idx: sympy.Symbol) -> sympy.Symbol:
    """Upper bound of a sum over ``idx`` when the text gives none: m for samples, n for features."""
    return M if idx.name[:1] in SAMPLE_INDEX_LETTERS else N
