"""Vectors and matrices written as such (``X^T(\\hat{y} - y)``, ``\\nabla_w J``, ``\\sigma(X\\theta)``),
read by their entries (DESIGN.md, "Reading a document as a whole").

A claim between vectors holds when it holds entry by entry, so the reader keeps a vector or
matrix as its entry at a row and a column left open (``ROW``, ``COL``), with its number of rows
and columns. Products sum over the index they share, ``Xᵀ`` swaps the two, a function applies
to every entry; a side that stays a vector is compared with the other sides of its formula at
one open index, named after its size (i for the samples, j for the features) where the formula
leaves that letter free. The checker then judges the entry with everything it knows about
indexed quantities, numerically at concrete sizes and symbolically.

A size is a SymPy expression (m, n, N, 1) or ``None``: not fixed by the notation (``w`` alone in
``w^T w``), taken from what the vector is multiplied with or added to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy
from sympy import Integer
from sympy.core.symbol import Str

from derive.errors import LatexError
from derive.symbols import INVERSE_COL, INVERSE_ROW, InverseEntry, base, bound_of, index

ROW, COL = index("row_"), index("col_")  # an array's open indices: no letter the reader makes
ONE = Integer(1)
# The design matrix written as a matrix -> the name of its entries (X_{ij} is x_j^{(i)}).
MATRIX_NAMES = {"X": "x", "Phi": "phi"}
# x_i, x_n, \mathbf{x}_i: a sample (its vector, where the document uses it as one); w_i is never
# one of a family of vectors
SAMPLE_LETTERS = frozenset("in")


@dataclass(frozen=True)
class Arr:
    """A vector or matrix by its entry at (ROW, COL); a column vector has no COL, a row no ROW."""

    entry: sympy.Expr
    rows: sympy.Expr | None
    cols: sympy.Expr | None
    src: str = ""
    start: int = 1  # a vector's first entry: 0 where the document writes θ_0 (then θ_0 … θ_n)

    def named(self) -> str:
        shape = shape_words(self.rows, self.cols)
        return f"`{self.src}` ({shape})" if self.src else shape


def shape_words(rows, cols) -> str:
    """A shape in words: 'a vector of n entries', 'a row vector', 'an m × n matrix'."""
    def size(d):
        return "?" if d is None else sympy.sstr(d)
    if cols == ONE:
        return "a vector" + ("" if rows is None else f" of {size(rows)} entries")
    if rows == ONE:
        return "a row vector" + ("" if cols is None else f" of {size(cols)} entries")
    first = size(rows)
    return f"{_article(first)} {first} × {size(cols)} matrix"


def _article(said: str) -> str:
    """The article before a size as it is read aloud: an m, an n, an 8, an 11; a 2, a d, a K."""
    return "an" if said[:1] in "aefhilmnorsxAEFHILMNORSX" or said.startswith("8") \
        or re.match(r"1[18](?!\d)", said) else "a"


def is_arr(v) -> bool:
    return isinstance(v, Arr)


def scalar_of(v):
    """A 1 × 1 array is its entry."""
    if isinstance(v, Arr) and v.rows == ONE and v.cols == ONE:
        return v.entry
    return v


def neg(v):
    return Arr(-v.entry, v.rows, v.cols, v.src, v.start) if isinstance(v, Arr) else -v


def transpose(a: Arr, src: str = "") -> Arr:
    return Arr(a.entry.xreplace({ROW: COL, COL: ROW}), a.cols, a.rows, src or (a.src and f"{a.src}^T"),
               a.start)


def unify(d1, d2):
    """The one size two sizes must be, or False when they differ (a length left open is a
    vector's: never 1)."""
    if d1 is None:
        return d2 if d2 != ONE else False
    if d2 is None:
        return d1 if d1 != ONE else False
    return d1 if d1 == d2 else False


def _conflict(what: str, a, b, text: str, col: int):
    raise LatexError(f"{what}: {named(a)} and {named(b)} do not fit (a shape conflict)", text, col)


def named(v) -> str:
    return v.named() if isinstance(v, Arr) else "a number"


def fresh(avoid: list, *exprs) -> sympy.Symbol:
    """An index letter for a sum no expression here uses (by name, bound or free)."""
    used = {s.name for e in exprs if isinstance(e, sympy.Basic) for s in e.atoms(sympy.Symbol)}
    for ch in avoid:
        if ch not in used:
            return index(ch)
    return sympy.Dummy("k", integer=True, positive=True)


def matmul(a, b, letters: list, text: str, col: int):
    """``a b``: the matrix product when both are arrays, scaling when one is a number."""
    if not isinstance(a, Arr) and not isinstance(b, Arr):
        return a * b
    if not isinstance(a, Arr):
        return Arr(a * b.entry, b.rows, b.cols, b.src, b.start)
    if not isinstance(b, Arr):
        return Arr(a.entry * b, a.rows, a.cols, a.src, a.start)
    inner = unify(a.cols, b.rows)
    if inner is False:
        _conflict("a product", a, b, text, col)
    if inner == ONE:
        entry = a.entry * b.entry
    else:
        k = fresh(letters, a.entry, b.entry)
        top = inner if inner is not None else bound_of(k)
        dot = a.rows == ONE and b.cols == ONE  # entries start at 0 only in a dot product of vectors
        starts = (a.start, b.start) if dot else (1, 1)
        if dot and isinstance(inner, Integer) and starts[0] != starts[1]:
            # [p q r] times (a_0, a_1, a_2): as many entries written on each side, paired by
            # place (θᵀx with θ_0 beside x_1 … x_n is for vectors of a general size)
            at = [k - 1 if start == 0 else k for start in starts]
            entry = summed(a.entry.xreplace({COL: at[0]}), b.entry.xreplace({ROW: at[1]}), k, top)
        else:
            entry = summed(a.entry.xreplace({COL: k}), b.entry.xreplace({ROW: k}), k, top, starts)
    return scalar_of(Arr(entry, a.rows, b.cols))


def summed(left, right, k, top, starts=(1, 1)):
    """Σ_k left·right over the entries: from 1; from 0 where both vectors start at 0 (θ_0 …
    θ_n); where only one does (θᵀx with θ_0 written), its entry 0 alone, the other's being 1 (the
    intercept's x_0 = 1), then the rest from 1."""
    if 0 not in starts:
        return sympy.Sum(left * right, (k, ONE, top))
    zero = Integer(0)
    if starts[0] == starts[1]:
        return sympy.Sum(left * right, (k, zero, top))
    return (left if starts[0] == 0 else right).xreplace({k: zero}) + sympy.Sum(left * right, (k, ONE, top))


def dot(a, b, letters: list, text: str, col: int):
    """``a \\cdot b`` of two vectors: the sum of their entries' products."""
    if isinstance(a, Arr) and isinstance(b, Arr) and a.cols == ONE and b.cols == ONE:
        return matmul(transpose(a), b, letters, text, col)
    return matmul(a, b, letters, text, col)


def add(a, b, sign: int, text: str, col: int):
    """``a ± b``: entry by entry; a number added to a vector is added to every entry (``Xw + b``)."""
    if not isinstance(b, Arr):
        return Arr(a.entry + sign * b, a.rows, a.cols)
    if not isinstance(a, Arr):
        return Arr(a + sign * b.entry, b.rows, b.cols)
    rows, cols = unify(a.rows, b.rows), unify(a.cols, b.cols)
    if rows is False or cols is False:
        _conflict("a sum", a, b, text, col)
    return Arr(a.entry + sign * b.entry, rows, cols)


def promote(e, names, model, size):
    """``e`` with every bare name of ``names`` (None: every name; never a size or a matrix) as its
    vector's entry at ROW (``\\hat{y} - y`` -> ŷ_row − y_row), an array of ``size`` rows; ``e``
    itself when it has none."""
    if isinstance(e, Arr) or not isinstance(e, sympy.Basic):
        return e
    # λ w_j beside ∂L/∂w_j, where the document writes w_j^T x: the vector w_j, entries w_{j,row}
    members = {x: x.base[x.indices[0], ROW] for x in e.atoms(sympy.Indexed)
               if len(x.indices) == 1 and str(x.base.label) in model.families
               and isinstance(x.indices[0], sympy.Symbol) and x.indices[0].name not in SAMPLE_LETTERS}
    e = e.xreplace(members)
    held = {x: sympy.Dummy() for x in e.atoms(sympy.Indexed)}  # w in w_j is a label, not w
    inner = e.xreplace(held)
    swap = {s: base(s.name)[ROW] for s in inner.free_symbols - set(held.values())  # not w_j's stand-in
            if isinstance(s, sympy.Symbol) and (names is None or s.name in names)
            and not model.is_size(s.name) and s.name not in MATRIX_NAMES}
    if not swap:
        return Arr(e, size, ONE) if members else e
    back = {d: x for x, d in held.items()}
    return Arr(inner.xreplace(swap).xreplace(back), size, ONE)


def inverse(a: Arr, shown: str, text: str, col: int) -> Arr:
    """``(XᵀX + λI)^{-1}``: the inverse of a square matrix, entry by entry (``InverseEntry``)."""
    if a.rows == ONE or a.cols == ONE:
        raise LatexError(f"{a.named()} has no inverse: only a square matrix has one", text, col)
    size = unify(a.rows, a.cols)  # a side left open (None) is the other's
    if size is False:
        raise LatexError(f"{a.named()} has no inverse: only a square matrix has one", text, col)
    if size is None:
        raise LatexError("the size of this matrix is not fixed by the formula, so its inverse cannot be read",
                         text, col)
    body = a.entry.xreplace({ROW: INVERSE_ROW, COL: INVERSE_COL})
    return Arr(InverseEntry(body, INVERSE_ROW, INVERSE_COL, size, ROW, COL, Str(shown or "A")), size, size, shown)


# I, I_n, \\mathbf{I}, \\mathbb{I}: the identity matrix where it is added to a matrix
_IDENTITY = re.compile(r"I(?:_[A-Za-z0-9]+)?$")


def is_matrix(v) -> bool:
    return isinstance(v, Arr) and v.rows != ONE and v.cols != ONE


def identity_in(v):
    """``λI`` added to a matrix (``XᵀX + λI``, ``I - H``): the identity matrix, δ_{row col},
    its size the other matrix's; a term that holds I otherwise than as one factor (``I^2``,
    ``\\log I``) or holds no I is returned as it is."""
    if isinstance(v, Arr):
        if v.cols != ONE:
            return v
        names = [x for x in v.entry.atoms(sympy.Indexed) if x.indices == (ROW,) and _IDENTITY.match(str(x.base.label))]
    else:
        names = [x for x in getattr(v, "free_symbols", ()) if _IDENTITY.match(x.name)]
    if len(names) != 1:
        return v
    entry = v.entry if isinstance(v, Arr) else v
    rest, factor = entry.as_independent(names[0], as_Add=False)
    if factor != names[0]:
        return v
    return Arr(rest * sympy.KroneckerDelta(ROW, COL), None, None, "I")


def hadamard(a, b, text: str, col: int):
    """``a \\odot b``: the entry-by-entry product of two arrays of one shape (a number scales)."""
    if not isinstance(a, Arr) or not isinstance(b, Arr):
        return a * b if not isinstance(a, Arr) and not isinstance(b, Arr) else matmul(a, b, [], text, col)
    rows, cols = unify(a.rows, b.rows), unify(a.cols, b.cols)
    if rows is False or cols is False:
        _conflict("an elementwise product", a, b, text, col)
    return Arr(a.entry * b.entry, rows, cols)


def elementwise(fn, a: Arr) -> Arr:
    """``σ(Xθ)``: a function of one number applied to every entry."""
    return Arr(fn(a.entry), a.rows, a.cols)


def letter_for(size, taken: set) -> sympy.Symbol:
    """The open index's letter in a formula: i over samples (m, N), j over features (n), k over
    classes (K); the next free index letter where that one is taken."""
    prefer = {"m": "i", "N": "n", "n": "j", "K": "k", "d": "j", "p": "j"}.get(str(size), "j")
    for ch in prefer + "ijklpqrst":
        if ch not in taken:
            return index(ch)
    return index("j_")
