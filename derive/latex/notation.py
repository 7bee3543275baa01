"""Course-notation LaTeX of one side of an equation -> SymPy (DESIGN.md, "Course notation").

The layer owns every piece of structure course notes rely on: sample indices ``y^{(i)}``,
accents and bold vectors, dot products, sums with implicit bounds, derivative operators and
their scope, function application, spacing and ``\\left…\\right``. It reads the arithmetic too
(fractions, powers, implicit products), because latex2sympy2 measured 20–100 ms per call warm
(its ANTLR parser's adaptive prediction): one call per side would put the seed note at ~1.5 s
against a 0.5 s budget, and its readings of ``{x}`` (a set), ``1/2x`` and ``\\log`` need undoing
anyway. latex2sympy2 is still the reader for what this layer has no rule of its own for
(``\\binom``), imported lazily so nothing pays for it unless a note uses it.

Rules of reading a course writer can rely on:

- ``a^{(i)}`` is a sample index and ``a_j`` a feature index (``x_j^{(i)}`` -> ``x[i, j]``), when
  the subscript is an index letter (i, j, k, l, p, q, r, s, t) or a number; any other subscript
  is part of the name (``x_{max}`` -> ``x_max``, ``h_\\theta`` -> ``h_theta``).
- ``^T`` / ``^\\top`` transposes: ``\\theta^T x`` and ``\\mathbf{x} \\cdot \\mathbf{w}`` are
  dot products ``Sum(x[k] w[k], (k, 1, n))`` over a feature index the side does not use.
- A name followed by ``(`` is applied as a function when it is a function: f, g, h (also with
  a subscript, ``h_\\theta``), φ, ψ, a named function (``\\log``, ``\\sigma``, ``relu``, …), one the
  document defines (``defined_functions``), or any name with primes (``f'(h)``). A single
  capital followed by a list of names (``J(\\mathbf{w}, b)``) is the quantity itself: its
  arguments only name what it depends on. Any other letter before ``(`` multiplies:
  ``\\hat{y}(1 - \\hat{y})``.
- ``e`` is Euler's number; ``\\log``, ``\\ln`` and bare ``log`` are natural logarithms; ``\\sigma``
  is the sigmoid unless the document defines ``sigma``.
- ``\\sum`` and a derivative operator (``\\frac{\\partial}{\\partial z}``, ``\\frac{d}{dz}``,
  ``\\partial_z``) apply to the next multiplicative term: up to the next ``+`` or ``−`` of their
  group; a sign right after the operator belongs to the term. When an operator stops short of
  the end of its group, the side's *alternative* reading extends it to the end of the group
  (or to the next term that starts with a derivative operator of its own, where the writer
  plainly ended it), and ``Side.hint`` says so.
- Notation that only shows its content is read as that content: ``\\cancel{x}``, ``\\boxed{x}``,
  ``\\color{red}{x}``, ``\\underbrace{x}_{…}``, ``\\underset{a}{b}`` (b); ``{a \\over b}`` divides
  within its group; ``\\{ \\}`` are brackets; ``\\begin{cases}`` is a Piecewise value.
- ``P(y \\mid x; \\theta)``, ``p(y|x)``, ``\\mathbb{E}[Y \\mid x]``: a name applied to arguments
  separated by a bar, ``\\mid`` or ``;`` is a function of all of them.
- ``a_1 + a_2 + \\dots + a_n`` is ``Sum(a_k, (k, 1, n))`` when the written terms follow one
  pattern; a notation with two natural readings is refused with both named, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import sympy
from sympy import Derivative, Indexed, Integer, Mul, Pow

from derive.errors import LatexError
from derive.latex import arrays
from derive.latex.arrays import COL, MATRIX_NAMES, ONE, ROW, SAMPLE_LETTERS, Arr, is_arr
from derive.latex.layers import names_in
from derive.latex.model import (
    ACCENTS,
    BOLD,
    DEFAULT,
    FEATURE_NAMES,
    NotationModel,
    entry_argument_at,
    group_at,
    label_subscript,
    layer_text,
    mean_name,
    name_at,
    scripted_name_at,
)
from derive.latex.tokens import (
    FRACS,
    GREEK,
    MAX_DEPTH,
    Tok,
    braced,
    matching,
    src,
    structure,
    tokenize,
)
from derive.symbols import (
    INDEX_LETTERS,
    INVERSE,
    SAMPLE_INDEX_LETTERS,
    SIZE_LETTERS,
    LimitOf,
    base,
    binomial,
    bound_of,
    factorial,
    free_index,
    index,
    occurs_bare,
    power,
    replace_bare,
    scalar,
)

MAX_SIDE_CHARS = 5000  # a course formula is a few hundred characters; longer input is refused
MAX_DIGITS = 300  # a number written with more digits than this is refused (no course needs one)

# --------------------------------------------------------------------------- result type


@dataclass(frozen=True)
class Side:
    """One side of an equation read into SymPy.

    ``alternative`` is the reading with every derivative operator extended to the rest of its
    group, given only when it differs from ``expr``; ``hint`` names the operators and the text
    they would have to span. An elided side (``\\dots``) has ``expr=None`` and ``elided=True``.
    """

    expr: sympy.Expr | None
    alternative: sympy.Expr | None = None
    hint: str | None = None
    elided: bool = False
    readings: tuple[str, ...] = ()  # conventions chosen from the notation model (θ x read as θᵀx)
    # A side that is a vector or matrix (``X^T(\hat{y} - y)``): ``expr`` is its entry at the open
    # indices ``open`` (row, column; None where that size is 1), ``shape`` its (rows, columns),
    # a size None where the notation leaves it to the other sides (arrays.py).
    shape: tuple | None = None
    open: tuple = ()


ELIDED = Side(None, elided=True)  # what `\dots`, `\cdots` or `\ldots` alone as a side reads as

# --------------------------------------------------------------------------- tables


def _sigmoid(z):
    return 1 / (1 + sympy.exp(-z))


# Named functions: name -> (number of arguments or None for any, SymPy builder). One line each.
FUNCTIONS: dict[str, tuple[int | None, Callable[..., sympy.Expr]]] = {
    "log": (1, sympy.log),
    "ln": (1, sympy.log),
    "exp": (1, sympy.exp),
    "sigma": (1, _sigmoid),
    "sigmoid": (1, _sigmoid),
    "tanh": (1, sympy.tanh),
    "sinh": (1, sympy.sinh),
    "cosh": (1, sympy.cosh),
    "sin": (1, sympy.sin),
    "cos": (1, sympy.cos),
    "tan": (1, sympy.tan),
    "arctan": (1, sympy.atan),
    "arcsin": (1, sympy.asin),
    "arccos": (1, sympy.acos),
    "sech": (1, sympy.sech),
    "csch": (1, sympy.csch),
    "coth": (1, sympy.coth),
    "sec": (1, sympy.sec),
    "csc": (1, sympy.csc),
    "cot": (1, sympy.cot),
    "relu": (1, lambda z: sympy.Max(0, z)),
    "softplus": (1, lambda z: sympy.log(1 + sympy.exp(z))),
    "logit": (1, lambda p: sympy.log(p / (1 - p))),  # the inverse of the sigmoid
    "max": (None, sympy.Max),
    "min": (None, sympy.Min),
    "abs": (1, sympy.Abs),
    "sgn": (1, sympy.sign),  # d|x|/dx, as the lasso's subgradient writes it
    "sign": (1, sympy.sign),
    "erf": (1, sympy.erf),  # \operatorname{erf}, {\rm erf}: the error function (GELU's Φ)
    "Phi": (1, lambda z: (1 + sympy.erf(z / sympy.sqrt(2))) / 2),  # Φ(x): the standard normal CDF
    "Pr": (None, sympy.Function("Pr")),  # \\Pr(Y = 1 \\mid x): a probability, kept as a function
}
# f^{-1}(x): the inverse function (σ^{-1} is the logit, \tanh^{-1} the area tangent), as a
# function's -1 power is written; the reciprocal is written (σ(x))^{-1} or 1/σ(x).
INVERSES: dict[str, Callable[[sympy.Expr], sympy.Expr]] = {
    "sigma": lambda p: sympy.log(p / (1 - p)),
    "sigmoid": lambda p: sympy.log(p / (1 - p)),
    "logit": _sigmoid,
    "exp": sympy.log,
    "log": sympy.exp,
    "ln": sympy.exp,
    "tanh": sympy.atanh,
    "sinh": sympy.asinh,
    "cosh": sympy.acosh,
    "sin": sympy.asin,
    "cos": sympy.acos,
    "tan": sympy.atan,
    "softplus": lambda y: sympy.log(sympy.exp(y) - 1),
    "Phi": lambda p: sympy.sqrt(2) * sympy.erfinv(2 * p - 1),
}
# Bare words read as functions when written before `(` (course notes write `log(x)`), in any
# case: `Tanh(x)`, `Sigmoid(x)`, `ReLU(z)`.
WORD_FUNCTIONS = frozenset({"log", "ln", "exp", "tanh", "sigmoid", "relu", "softplus", "logit",
                            "max", "min", "sigma"})
# Letters that name a function when written before `(`; everything else multiplies.
FUNCTION_LETTERS = frozenset({"f", "g", "h", "phi", "varphi", "psi"})

PLAIN_FONTS = frozenset({"mathcal", "mathscr", "mathbb", "mathfrak", "mathds"})
DOTS = frozenset({"dots", "cdots", "ldots", "dotsc", "dotsb", "dotso", "dotsm"})
VECTOR_ENVIRONMENTS = frozenset({"bmatrix", "pmatrix", "matrix", "Bmatrix"})  # a vector written out
RELATIONS = frozenset({"approx", "leq", "geq", "le", "ge", "neq", "ne", "equiv", "sim", "simeq",
                       "propto", "to", "rightarrow", "Rightarrow", "implies", "iff", "in", "lt",
                       "gt", "coloneqq", "mapsto"})
DELEGATED = frozenset({"binom", "dbinom", "tbinom"})  # read by latex2sympy2
# Braces that annotate their argument; the script after them (the note) is not mathematics.
BRACE_NOTES = {"underbrace": "sub", "overbrace": "sup", "underbracket": "sub", "overbracket": "sup"}
PIECEWISE = frozenset({"cases", "dcases", "rcases", "cases*", "dcases*"})  # value & condition rows
GROUP_DIVIDERS = frozenset({"over", "choose"})  # TeX's {a \\over b}, {n \\choose k}
# \odot, \oslash (and \circ, where it stands between vectors) between arrays: entry by entry
PRODUCT_OPS = {"*": "times", "cdot": "cdot", "times": "times", "ast": "times", "div": "div", "/": "div",
               "odot": "odot", "oslash": "oslash", "circ": "circ"}
SERIES_SIZES = frozenset("mnNKdp")  # the last index of a series written with \\dots: x_1 + … + x_n
MAX_ENTRIES = 6  # a vector written entry by entry, without dots, is read up to this many entries
# a probability's names: in p(y = 1), \Pr(Y = 1), P(y = 1) the argument is an event, never the
# function at a point (f(x = 1) is refused: it has both readings)
EVENT_NAMES = frozenset({"Pr", "P", "p", "Prob"})
MAX_MATRIX_ENTRIES = 36  # … and a matrix up to this many (6 × 6)
_DOTS = object()  # where \\dots stands in a series, until the series is read
_FRESH = "klpqrstuv"  # feature-index letters a dot product may sum over, first unused wins
# The model's targets: beside a vector of samples (Xw - y) they are the samples' targets, while
# any other name not indexed in the document is one number added to every entry (Xw + b).
TARGET_NAMES = frozenset({"y", "yhat", "t"})


def powers_in_order(toks: list[Tok]) -> list[Tok]:
    """``w^2_j`` is ``w_j^2``, ``\\theta^2_2`` is ``\\theta_2^2``: TeX sets a name's two scripts the
    same in either order, so a power written before the name's subscript is read after it. Only
    a whole number is moved: a letter or bracket before a subscript names a layer or a sample
    (``W^{[1]}_{jk}``, ``x^k_j``), which the reader takes in either order, and ``e^a_k`` is the
    author's e^{a_k}."""
    p = 0
    while p < len(toks):
        name, end, _ = name_at(toks, p)
        if name is not None and name != "e" and end < len(toks) and toks[end].kind == "sup":
            power, sub = group_at(toks, end + 1)
            digits = power[1:] if power[:1] and power[0].is_("op", "-") else power
            if digits and all(t.kind == "digit" for t in digits) and sub < len(toks) and toks[sub].kind == "sub":
                after = group_at(toks, sub + 1)[1]
                if after >= len(toks) or toks[after].kind not in ("sub", "sup"):
                    toks[end:after] = toks[sub:after] + toks[end:sub]
        p = max(end, p + 1)
    return toks


def _primed_letters(toks, letters=INDEX_LETTERS) -> list[str] | None:
    """``kk'``, ``k,k'``, ``nk'``: index letters, each with the primes after it (k′ is an index of
    its own), commas between them allowed; None for anything else."""
    out: list[str] = []
    for k, t in enumerate(toks):
        after_comma = k > 0 and toks[k - 1].is_("op", ",")
        if t.kind == "letter" and t.val in letters:
            out.append(t.val)
        elif t.is_("op", "'") and out and not after_comma:
            out[-1] += "'"
        elif not (t.is_("op", ",") and out and not after_comma and k < len(toks) - 1):
            return None
    return out or None


def _index_letters(toks, letters=INDEX_LETTERS) -> tuple | None:
    """``jk``, ``ij``, ``k``: one to three index letters written together are that many indices."""
    if toks and len(toks) <= 3 and all(t.kind == "letter" and t.val in letters for t in toks):
        return tuple(index(t.val) for t in toks)
    return None


# --------------------------------------------------------------------------- parser


@dataclass(frozen=True)
class _Name:
    """A name with its indices, before it is known whether it is a scalar or half a dot product."""

    name: str
    sample: sympy.Expr | None
    feats: tuple
    vector: bool
    transposed: bool
    pos: int
    src: str = ""
    symbol: sympy.Symbol | None = None  # what the bare name reads as (the model's size or real)
    implicit: bool = False  # a vector by the document's use of it (θ_j elsewhere), not by its look

    def value(self) -> sympy.Expr:
        idx = ((self.sample,) if self.sample is not None else ()) + self.feats
        if self.name in MATRIX_NAMES and self.sample is None and len(self.feats) == 2:
            # X_{ij}: the design matrix's entry, sample i's feature j (x_j^{(i)}), as X holds it
            return base(MATRIX_NAMES[self.name])[idx]
        return base(self.name)[idx] if idx else (self.symbol or scalar(self.name))

    def component(self, k: sympy.Symbol) -> sympy.Expr:
        idx = ((self.sample,) if self.sample is not None else ()) + (k,)
        return base(self.name)[idx]


_BOLD_ONE = ("mathbf", "boldsymbol", "bm", "mathrm")  # \mathbf{1}\{…\}: an indicator, as \mathbb{1}


class _Parser:
    def __init__(self, text: str, toks: list[Tok], braces: dict[int, int],
                 model: NotationModel, extend: bool):
        self.text, self.toks, self.braces = text, toks, braces
        # `defined`: functions the document itself defines (they override a built-in σ);
        # model.functions: every name the document uses as a function (σ′ written as σ′ included)
        self.model, self.defined, self.extend = model, model.defined, extend
        # the document's index letters: i, j, k, …, and any it writes only as one (a_m, x_{n0},
        # δ_{mp} beside \sum_m, \sum_n: entry m, entry (n, 0), a Kronecker delta)
        self.index_letters = INDEX_LETTERS | model.indices
        self.operands = 0  # how many derivative operators' operands are being read
        self.written_by: dict = {}  # a derivative's variable that is an expression -> its source
        self.alone: dict = {}  # a sum's index read from the data it holds alone -> those names (\sum y)
        self.alone_bounds: dict = {}  # … -> the bound of the same samples' sum inside it (\sum x \sum x)
        self.readings: list[str] = []
        self.pos, self.limit, self.level, self.abs_depth = 0, len(toks), 0, 0
        self.allow_vec = False
        self.bold = 0  # inside a font command over an expression (\mathbf{X'WX}): every name bold
        self.sep_bars: set = set()  # the bar tokens that separate a call's arguments: p(y | x)
        self.bound: list = []  # indices bound by the sums being read, innermost last
        self.integrating: list = []  # the variables (Symbols) of the integrals being read: y of ∫ … dy
        # In a condition, the index letters that are indices (None: every one standing alone).
        self.index_names: frozenset | None = None
        self.short: list[tuple[int, str, str]] = []  # as written: (operator token, operator, term)
        self.spans: dict[int, str] = {}  # extended: operator token -> text it spans
        self.closed_operand = -1  # where a derivative's bracketed operand ended, a product sign next
        used = {t.val for t in toks if t.kind == "letter"}
        self.fresh = [ch for ch in _FRESH if ch not in used] or ["k"]

    # ---- helpers
    def peek(self, k: int = 0) -> Tok | None:
        p = self.pos + k
        return self.toks[p] if p < self.limit else None

    def fail(self, reason: str, tok: Tok | int | None = None):
        if isinstance(tok, int):
            col = tok
        elif tok is not None:
            col = tok.pos
        else:
            t = self.peek()
            col = t.pos if t else len(self.text.rstrip())
        raise LatexError(reason, self.text, col)

    def slice(self, lo: int, hi: int) -> str:
        if hi <= lo:
            return ""
        return self.text[self.toks[lo].pos : self.toks[hi - 1].end].strip()

    def deeper(self):
        self.level += 1
        if self.level > 3 * MAX_DEPTH:
            self.fail(f"nested too deeply (more than {MAX_DEPTH} levels)")

    def in_range(self, lo: int, hi: int, fn: Callable[[], object]):
        """Run ``fn`` on tokens ``lo:hi`` alone; it must read all of them."""
        saved = (self.pos, self.limit, self.abs_depth, self.operands)
        self.pos, self.limit, self.abs_depth, self.operands = lo, hi, 0, 0
        try:
            out = fn()
            if fn == self.parse_expr and (t := self.peek()) is not None and t.kind == "cmd" \
                    and t.val in GROUP_DIVIDERS:
                out = self.over(out)
            if self.pos < hi:
                self.unexpected()
        finally:
            self.pos, self.limit, self.abs_depth, self.operands = saved
        return out

    def over(self, num: sympy.Expr) -> sympy.Expr:
        """``{a \\over b}``: TeX's ``\\over`` (``\\choose``) divides all of its group before it by all
        after it, so it is read where a brace group or the side ends, never inside ``( )``."""
        t = self.peek()
        self.pos += 1
        if self.peek() is None:
            self.fail(f"\\{t.val} needs something after it", t)
        den = self.parse_expr()
        if (u := self.peek()) is not None and u.kind == "cmd" and u.val in GROUP_DIVIDERS:
            self.fail(f"two \\{t.val} in one group have two readings; brace one side, as in "
                      f"{{a \\over b}} \\over c", u)
        return binomial(num, den) if t.val == "choose" else Mul(num, Pow(den, -1))

    def unexpected(self):
        t = self.peek()
        if t is None:
            self.fail("expected an expression")
        if t.kind == "cmd" and t.val in GROUP_DIVIDERS:
            self.fail(f"\\{t.val} divides its whole {{…}} group; inside ( ) write {{a \\{t.val} b}}", t)
        if t.kind == "cmd" and (t.val in RELATIONS or t.val in _CONDITION_OPS):
            self.fail(f"\\{t.val} is not `=`; only equalities can be checked", t)
        if t.is_("cmd", "mid"):
            self.fail("\\mid only separates a function's arguments, as in P(y \\mid x)", t)
        if t.kind == "amp":
            self.fail("a row of cases has two columns: a value & its condition", t)
        if t.kind == "row":
            self.fail("a row break \\\\ outside the rows of cases", t)
        if t.kind == "close" or t.is_("rbrace"):
            self.fail("unbalanced parenthesis" if not t.left else f"unbalanced {src(self.text, t)}", t)
        if t.is_("op", "="):
            self.fail("unexpected `=` inside a side", t)
        if t.kind == "sub":
            self.fail("a subscript `_` needs a name before it", t)
        if t.kind == "prose":
            self.fail(f"the words `{t.val}` say what is done to what follows: write it in symbols "
                      f"to have it checked", t)
        self.fail(f"unexpected `{src(self.text, t)}`", t)

    def arg(self, p: int) -> tuple[int, int, int] | None:
        """Token range of the argument at ``p`` (a ``{…}`` group or one token) and what follows."""
        if p >= self.limit:
            return None
        t = self.toks[p]
        if t.kind == "lbrace":
            close = self.braces[p]
            return p + 1, close, close + 1
        if t.kind == "cmd" and (t.val in BOLD or t.val in ACCENTS) and p + 1 < self.limit \
                and self.toks[p + 1].kind == "lbrace":
            close = self.braces[p + 1]
            return p, close + 1, close + 1  # h_\mathbf{w}: the command and its argument
        if t.kind in ("digit", "letter", "cmd", "word") or t.is_("op", "*"):
            return p, p + 1, p + 1
        if t.kind == "op" and t.val in "+-" and p + 1 < self.limit and p > 0 and self.toks[p - 1].kind == "sup" \
                and self.toks[p + 1].kind in ("digit", "letter", "word") and self.toks[p + 1].pos == t.end:
            return p, p + 2, p + 2  # e^-h: the sign and the letter after it are the exponent
        if t.kind == "op" and t.val in "+-" and p > 0 and self.toks[p - 1].kind == "sub" \
                and (p + 1 >= self.limit or self.toks[p + 1].pos > t.end
                     and self.toks[p + 1].kind not in ("digit", "letter", "word", "open")):
            return p, p + 1, p + 1  # y_+ + y_-: the positive and the negative class's, a label
        return None

    def pow(self, b: sympy.Expr, e: sympy.Expr, tok: Tok | None = None, shown: str = "") -> sympy.Expr:
        if is_arr(b) and e == -1:
            return arrays.inverse(b, shown, self.text, tok.pos if tok is not None else 0)  # (XᵀX + λI)⁻¹
        if is_arr(b):
            self.fail(f"{b.named()} cannot be raised to a power; write the product, as in "
                      f"(Xw - y)^T (Xw - y)", tok)
        if is_arr(e):  # e^{X\theta}: the power of every entry
            return arrays.elementwise(lambda x: power(b, x), e)
        return power(b, e)  # a huge numeric power stays as written (symbols.LargePower)

    # ---- grammar
    def parse_all(self) -> sympy.Expr:
        e = self.parse_expr()
        if (t := self.peek()) is not None and t.kind == "cmd" and t.val in GROUP_DIVIDERS:
            e = self.over(e)
        if self.pos < self.limit:
            self.unexpected()
        return arrays.scalar_of(e)

    def parse_expr(self) -> sympy.Expr:
        self.deeper()
        try:
            lo = self.pos
            parts = [["+", lo, self.pos, self.parse_term()]]
            parts[0][2] = self.pos
            while (t := self.peek()) is not None and t.kind == "op" and t.val in "+-":
                self.pos += 1
                if (d := self.peek()) is not None and d.kind == "cmd" and d.val in DOTS \
                        and (n := self.peek(1)) is not None and n.kind == "op" and n.val in "+-":
                    self.pos += 1  # a_1 + \dots + a_n: read with the terms around it (series)
                    parts.append([t.val, self.pos - 1, self.pos, _DOTS])
                    continue
                lo = self.pos
                parts.append([t.val, lo, 0, self.parse_term()])
                parts[-1][2] = self.pos
            if any(part[3] is _DOTS for part in parts):
                parts = self.series(parts, sympy.Sum)
            e = parts[0][3]
            for sign, lo, _, rhs in parts[1:]:
                if is_arr(e) or is_arr(rhs):
                    e = self.plus(e, rhs, 1 if sign == "+" else -1, self.toks[max(lo - 1, 0)])
                else:
                    e = e + rhs if sign == "+" else e - rhs
            return e
        finally:
            self.level -= 1

    def signs(self) -> bool:
        neg = False
        while (t := self.peek()) is not None and t.kind == "op" and t.val in "+-":
            neg ^= t.val == "-"
            self.pos += 1
        return neg

    def parse_term(self) -> sympy.Expr:
        start = self.peek()
        neg = self.signs()
        items: list[tuple[str, object]] = []
        ranges: list[tuple[int, int]] = []
        op, fneg = "juxt", False
        while (t := self.peek()) is not None:
            lo = self.pos
            if self.starts_scoped(self.pos):
                operator = self.derivative_at(self.pos)
                self.operands += operator
                try:
                    v = self.parse_scoped()
                finally:
                    self.operands -= operator
                items.append((op, arrays.neg(v) if fneg else v))
                ranges.append((lo, self.pos))
                op = None
                nxt = self.peek()
                if nxt is not None and (nxt.kind == "cmd" and nxt.val in PRODUCT_OPS or nxt.is_("op", "*")) \
                        and (self.derivative_at(self.pos + 1) or self.closed_operand == self.pos):
                    # ∂/∂σ L · ∂σ/∂z · ∂z/∂w: the operator took L alone; the product goes on (and
                    # after d/dx (x/2) · (1 + t), whose operand was the bracket)
                    self.pos += 1
                    op = PRODUCT_OPS.get(nxt.val, "cdot")
                    continue
                break
            if t.kind == "cmd" and t.val in DOTS and items and not fneg:
                self.pos += 1  # x_1 \cdot \dots \cdot x_n: read with the factors around it (series)
                items.append((op, _DOTS))
                ranges.append((lo, self.pos))
                op = "juxt"
            elif not self.starts_factor(t):
                break
            else:
                v = self.parse_postfix()
                if fneg:
                    v = arrays.neg(v.value() if isinstance(v, _Name) else v)
                items.append((op, v))
                ranges.append((lo, self.pos))
                op, fneg = "juxt", False
            t = self.peek()
            if t is not None and self.operands and (t.kind == "op" and t.val == "*" or t.kind == "cmd"
                                                    and t.val in PRODUCT_OPS) \
                    and self.derivative_at(self.pos + 1):
                break  # the operand of ∂/∂σ(z) in ∂/∂σ(z) L(z) · ∂/∂z σ(z) is L(z)
            if t is not None and ((t.kind == "op" and t.val in "*/") or (t.kind == "cmd" and t.val in PRODUCT_OPS)
                                  or self.dot_product_sign(t)):
                self.pos += 1
                op = PRODUCT_OPS.get(t.val, "cdot")
                fneg = self.signs()
                if self.peek() is None or not (self.starts_factor(self.peek())
                                               or self.starts_scoped(self.pos)):
                    self.fail(f"`{src(self.text, t)}` needs something after it", t)
        if not items:
            if neg:
                self.fail("a sign with nothing after it", start)
            self.unexpected()
        if any(v is _DOTS for _, v in items):
            parts = self.series([[o, lo, hi, v] for (o, v), (lo, hi) in zip(items, ranges, strict=True)],
                                sympy.Product)
            items = [(o, v) for o, _, _, v in parts]
        v = self.combine(items)
        return arrays.neg(v) if neg else v

    def dot_product_sign(self, t: Tok) -> bool:
        """``\\sigma.(1-\\sigma)``, ``a.b``, ``y . -1``: a full stop between two factors (the second
        may carry a sign) multiplies (a decimal point is read with its number first, so ``0.5``
        never reaches here)."""
        n = self.peek(1)
        if t.is_("op", ".") and n is not None and n.kind == "op" and n.val in "+-":
            n2, at = self.peek(2), self.pos + 2  # y . -1: a signed factor, as after \cdot
            return n2 is not None and (self.starts_factor(n2) or self.starts_scoped(at))
        return t.is_("op", ".") and n is not None and (self.starts_factor(n) or self.starts_scoped(self.pos + 1))

    def series(self, parts: list, cls, reader: Callable | None = None) -> list:
        """``x_1 + x_2 + \\dots + x_n`` -> ``Sum(x_k, (k, 1, n))``, ``x_1 \\cdots x_n`` -> a Product.

        ``parts`` are [join, first token, end token, value] with ``_DOTS`` where the dots stand. The
        last term fixes the pattern: where it differs from the term before the dots it must have
        one size (n, m, N, K or a size of the document) and that term a whole number; the terms
        before the dots must have consecutive numbers there, every other token the same, and
        each must equal the pattern at its number. Anything else is refused, never guessed."""
        d = next(q for q, part in enumerate(parts) if part[3] is _DOTS)
        dots = self.toks[parts[d][1]]
        if any(is_arr(part[3]) for part in parts):
            self.fail(f"\\{dots.val} beside a vector cannot be read; write it with \\sum", dots)
        what = "a sum" if cls is sympy.Sum else "a product"
        if any(part[3] is _DOTS for part in parts[d + 1:]):
            self.fail(f"two \\{dots.val} in {what} cannot be read; write it with \\sum or \\prod", dots)
        if d == 0 or d + 1 >= len(parts):
            self.fail(f"\\{dots.val} in {what} needs a term on each side, as in x_1 + \\dots + x_n", dots)
        joins = {"+"} if cls is sympy.Sum else {"cdot", "times"} if parts[d][0] in ("cdot", "times") else {"juxt"}
        if parts[d][0] not in joins or parts[d + 1][0] not in joins:
            self.fail(f"{what} with − or / beside \\{dots.val} cannot be read; write it with "
                      f"\\sum or \\prod", dots)
        _, llo, lhi, _ = parts[d + 1]
        last, prev = self.units(llo, lhi, sizes_less_one=True), self.units(parts[d - 1][1], parts[d - 1][2])
        sizes = [u for p, u in zip(prev, last, strict=False) if p[:2] != u[:2]]
        pattern = f"`{self.slice(parts[d - 1][1], parts[d - 1][2])}` and `{self.slice(llo, lhi)}`"
        if len(prev) != len(last) or len({u[1] for u in sizes}) != 1 or not all(
                u[0] == "letter" and (u[1][0] in SERIES_SIZES or u[1][0].isupper() or self.model.is_size(u[1][0]))
                and u[1][1:] in ("", "-1") for u in sizes):
            self.fail(f"the terms around \\{dots.val} do not follow one pattern up to a size, as in "
                      f"x_1 + \\dots + x_n: {pattern}", dots)
        k = index(self.fresh[0])
        # x_{n-1}, the last of a series from 0: its `- 1` read as `+ 0`, so the term is x_k
        zeroed = {}
        for u in sizes:
            if u[1].endswith("-1"):
                minus, one = self.toks[u[2] + 1], self.toks[u[2] + 2]
                zeroed[u[2] + 1] = Tok("op", "+", minus.pos, minus.end)
                zeroed[u[2] + 2] = Tok("digit", "0", one.pos, one.end)
        body = self.reread(llo, lhi, {u[2] for u in sizes}, k,
                           reader or (self.parse_term if cls is sympy.Sum else self.parse_postfix), zeroed)
        body = body.xreplace({s: k for s in body.free_symbols if s.name == k.name})  # x^k: the index too
        first, expect = d, None
        for j in range(d - 1, -1, -1):
            join, lo, hi, v = parts[j]
            num = self.number_at(lo, hi, last, sizes)
            if num is None:
                break
            if expect is not None and num != expect:
                self.fail(f"the terms before \\{dots.val} go from {num} to {expect + 1}, not by 1: the "
                          f"pattern has more than one reading; write it with \\sum", dots)
            if body.xreplace({k: num}) != (v.value() if isinstance(v, _Name) else v):
                break
            first, expect = j, num - 1
            if join not in joins:
                break
        if first == d:
            self.fail(f"the terms around \\{dots.val} do not follow one pattern up to a size, as in "
                      f"x_1 + \\dots + x_n: {pattern}", dots)
        self.readings.append(f"{self.slice(parts[first][1], lhi)} read as a {cls.__name__.lower()} over "
                             f"{k} = {expect + 1}..{sizes[0][1].replace('-', ' − ')}")
        top = index(sizes[0][1][0]) - (1 if sizes[0][1].endswith("-1") else 0)
        value = _from_zero(cls(body, (k, Integer(expect + 1), top)))
        return parts[:first] + [[parts[first][0], parts[first][1], lhi, value]] + parts[d + 2:]

    def units(self, lo: int, hi: int, sizes_less_one: bool = False) -> list[tuple[str, str, int]]:
        """The tokens ``lo:hi`` for comparing shapes: braces left out, a run of digits one number;
        with ``sizes_less_one``, a letter minus 1 one unit too (``m-1`` in x_{m-1})."""
        out: list[tuple[str, str, int]] = []
        skip = 0
        for q in range(lo, hi):
            t = self.toks[q]
            if skip:
                skip -= 1
                continue
            if t.kind in ("lbrace", "rbrace"):
                continue
            if sizes_less_one and t.kind == "letter" and q + 3 < hi and self.toks[q + 1].is_("op", "-") \
                    and self.toks[q + 2].is_("digit", "1") and self.toks[q + 3].kind == "rbrace":
                out.append(("letter", t.val + "-1", q))
                skip = 2
                continue
            if t.kind == "digit" and out and out[-1][0] == "num" and self.toks[q - 1].kind == "digit" \
                    and self.toks[q - 1].end == t.pos:
                out[-1] = ("num", out[-1][1] + t.val, q)
            else:
                out.append(("num" if t.kind == "digit" else t.kind, t.val, q))
        return out

    def number_at(self, lo: int, hi: int, last: list, sizes: list) -> int | None:
        """The whole number a term has where ``last`` has its size, when the two agree elsewhere."""
        mine = self.units(lo, hi)
        if len(mine) != len(last):
            return None
        nums = set()
        for a, b in zip(mine, last, strict=True):
            if b in sizes:
                if a[0] != "num":
                    return None
                nums.add(int(a[1]))
            elif a[:2] != b[:2]:
                return None
        return nums.pop() if len(nums) == 1 else None

    def reread(self, lo: int, hi: int, at: set, k: sympy.Symbol, fn, also: dict | None = None):
        """Read tokens ``lo:hi`` again with the letter ``k`` in place of the tokens ``at`` (and the
        tokens ``also`` maps, in place of theirs)."""
        saved, short, readings = self.toks, len(self.short), len(self.readings)
        self.toks = [Tok("letter", k.name, t.pos, t.end) if q in at else (also or {}).get(q, t)
                     for q, t in enumerate(self.toks)]
        try:
            v = self.in_range(lo, hi, fn)
        finally:
            self.toks = saved
            del self.short[short:], self.readings[readings:]
        return v.value() if isinstance(v, _Name) else v

    def starts_factor(self, t: Tok) -> bool:
        if t.kind in ("digit", "letter", "word", "lbrace"):
            return True
        if t.kind == "open":
            return True
        if t.kind == "bar":
            return self.abs_depth == 0 and t not in self.sep_bars
        if t.kind == "cmd":
            return not (t.val in PRODUCT_OPS or t.val in GROUP_DIVIDERS or t.val in RELATIONS
                        or t.val in _CONDITION_OPS or t.val in ("mid", "land", "wedge"))
        return t.kind == "begin"

    def combine(self, items: list[tuple[str, object]]) -> sympy.Expr:
        out: list[tuple[str, sympy.Expr]] = []
        i = 0
        while i < len(items):
            op, v = items[i]
            if isinstance(v, _Name) and self.is_matrix(v):
                out.append((op, self.arr_of(v)))  # X\theta, X^T: the data matrix, not half a dot product
                i += 1
                continue
            if isinstance(v, _Name) and v.implicit and not (v.vector or v.transposed) and not v.feats:
                nxt = items[i + 1] if i + 1 < len(items) else None
                if nxt and nxt[0] in ("juxt", "cdot") and isinstance(nxt[1], _Name) \
                        and (nxt[1].vector or nxt[1].implicit) and not nxt[1].feats \
                        and not nxt[1].transposed and not self.is_matrix(nxt[1]):
                    self.readings.append(f"{v.src or v.name} {nxt[1].src or nxt[1].name} read as a "
                                         f"dot product: both carry a feature index elsewhere")
                    out.append((op, self.dot(v, nxt[1])))
                    i += 2
                    continue
                out.append((op, v.value()))  # a vector by use, here on its own: its scalar reading
                i += 1
                continue
            if isinstance(v, _Name) and (member := self.member_vector(v, items[i + 1] if i + 1 < len(items) else None)):
                # \theta_k^T x^{(i)}, \mathbf{w}_j^\top \mathbf{x}: the k-th of a family of weight
                # vectors (one per class), its entries θ_{kj}, times the features
                out.append((op, member))
                i += 2
                continue
            if isinstance(v, _Name) and (v.vector or v.transposed) and not v.feats:
                nxt = items[i + 1] if i + 1 < len(items) else None
                if v.transposed and nxt and isinstance(nxt[1], _Name) and self.sample_vector(nxt[1]):
                    nxt = (nxt[0], replace(nxt[1], sample=nxt[1].feats[0], feats=()))  # w^T x_i
                # x w, two vectors side by side with neither transposed: no product of arrays
                # fits, and the dot product is what the author means
                side_by_side = not v.transposed and nxt is not None and nxt[0] == "juxt" \
                    and isinstance(nxt[1], _Name) and nxt[1].vector and not self.is_matrix(v)
                ok_op = ("juxt", "cdot") if v.transposed or side_by_side else ("cdot",)
                if nxt and nxt[0] in ok_op and isinstance(nxt[1], _Name) and not nxt[1].feats \
                        and not nxt[1].transposed and not self.is_matrix(nxt[1]) \
                        and (v.transposed or nxt[1].vector or nxt[1].implicit or nxt[0] == "cdot"):
                    if side_by_side:
                        self.readings.append(f"{v.src or v.name} {nxt[1].src or nxt[1].name} read as a "
                                             f"dot product: two vectors side by side")
                    out.append((op, self.dot(v, nxt[1])))
                    i += 2
                    continue
                if self.allow_vec and len(items) == 1 and not v.transposed:
                    out.append((op, v.value()))
                    i += 1
                    continue
                out.append((op, self.arr_of(v)))  # a vector or its transpose, read by its entries
                i += 1
                continue
            out.append((op, v.value() if isinstance(v, _Name) else v))
            i += 1
        acc = out[0][1]
        for op, v in out[1:]:
            if op == "div" and (d := _leibniz(acc, v)) is not None:
                acc = d  # ds/dz, dL/dw_1 written with a slash: the derivative
                continue
            if op == "circ":
                # e ∘ z ∘ (1 − z) between vectors: the Hadamard product, as \odot; between numbers
                # or functions (b' ∘ g, f ∘ g) a composition, which is not read
                if not (is_arr(acc) or is_arr(v) or is_arr(self.promote(acc, None)) or is_arr(self.promote(v, None))):
                    self.fail("\\circ between numbers or functions is a composition (f ∘ g), which cannot be "
                              "read; between vectors it is the product entry by entry, \\odot",
                              self.toks[self.pos - 1].pos if self.pos else 0)
                op = "odot"
            if not (is_arr(acc) or is_arr(v)) and op != "odot":
                acc = Mul(acc, Pow(v, -1)) if op in ("div", "oslash") else Mul(acc, v)
                continue
            col = self.toks[self.pos - 1].pos if self.pos else 0
            if op == "div":
                if is_arr(v):
                    self.fail(f"dividing by {v.named()} cannot be read", col)
                acc = arrays.matmul(acc, Pow(v, -1), self.fresh, self.text, col)
            elif op == "times" and is_arr(acc) and is_arr(v):
                self.fail(f"`\\times` between {acc.named()} and {v.named()} has two readings (a "
                          f"cross product or a product); write the one meant", col)
            elif op == "cdot" and is_arr(acc) and is_arr(v):
                acc = arrays.dot(acc, v, self.fresh, self.text, col)
            elif op == "odot":
                if not is_arr(acc) and not is_arr(v):
                    # (\hat{y} - y) \odot \hat{y}: ⊙ multiplies vectors, so the names the document
                    # indexes are vectors here (as numbers it would be no more than a product)
                    first = self.promote(acc, None)
                    left, right = self.beside(first, v) if is_arr(first) else self.beside(acc, self.promote(v, None))
                    if is_arr(left) and is_arr(right):
                        acc, v = left, right
                else:
                    acc, v = self.beside(acc, v)
                acc = arrays.hadamard(acc, v, self.text, col)
            elif op == "oslash":  # Y \oslash A: entry by entry, Y_k / A_k
                inverse = arrays.elementwise(lambda e: Pow(e, -1), v) if is_arr(v) else Pow(v, -1)
                acc = arrays.hadamard(acc, inverse, self.text, col)
            else:
                if is_arr(acc) and not is_arr(v) and acc.cols != ONE:
                    # X\theta, X^T(\hat{y} - y): what a matrix multiplies is a vector, every name in it
                    v = arrays.promote(v, None, self.model, acc.cols)
                elif not is_arr(acc) and is_arr(v) and v.rows == ONE and v.cols != ONE and self.model.matrices:
                    # (z - t) x^T beside a weight matrix: the vector before a row vector, an outer
                    # product (a number would scale it); only its names the document makes vectors
                    acc = self.promote(acc, None)
                acc = arrays.matmul(acc, v, self.fresh, self.text, col)
        return acc

    # ---- vectors and matrices (arrays.py)
    def is_matrix(self, v: _Name) -> bool:
        """X, \\mathbf{X}, \\Phi: the design matrix of the samples' features, when the document
        writes it as one (transposed, in bold, or beside a vector), never as a number."""
        return (v.name in MATRIX_NAMES and (v.vector or v.transposed or v.name in self.model.vectors)
                or v.name in self.model.matrices) and v.sample is None and not v.feats

    def sample_vector(self, v: _Name) -> bool:
        """``x_i`` after ``w^T``: the i-th sample's features (x is indexed by features, or is x)."""
        return v.sample is None and len(v.feats) == 1 and not v.transposed \
            and (v.name in FEATURE_NAMES or v.name not in self.model.per_sample and v.name in self.model.vectors
                 and isinstance(v.feats[0], sympy.Symbol) and v.feats[0].name in SAMPLE_INDEX_LETTERS)

    def arr_of(self, v: _Name) -> Arr:
        """A name as a vector (a column, by its entries) or the design matrix (x_j^{(i)} in row i,
        column j); transposed when written so."""
        if self.is_matrix(v):
            # the design matrix holds the samples' features x_j^{(i)}; another (A^T A) its own A_ij
            cols = self.model.extent(v.name, 1) or self.model.bound(index("j"))
            rows = self.model.extent(v.name, 0) \
                or (cols if v.name in self.model.square else self.model.bound(index("i")))
            a = Arr(base(MATRIX_NAMES.get(v.name, v.name))[ROW, COL], rows, cols, v.src or v.name)
        else:
            a = Arr(v.component(ROW), self.model.last_of(v.name) or self.length_of(v.component(ROW)), ONE,
                    v.src or v.name, 0 if v.name in self.model.zero_based else 1)
        return arrays.transpose(a, v.src) if v.transposed else a

    def promote(self, e, size):
        """``X^T(\\hat{y} - y)``: names the document indexes, written bare where a vector must stand,
        are vectors (ŷ_i, y_i); a number without any is a number (1/m, b)."""
        names = self.model.vectors | self.model.per_sample | TARGET_NAMES
        v = arrays.promote(e, names, self.model, size)
        if size is None and is_arr(v) and not is_arr(e):
            # (1 - y)^T log(1 - h) with y indexed by samples only: as long as y, as y^T is
            lengths = {self.length_of(base(s.name)[ROW]) for s in e.free_symbols
                       if isinstance(s, sympy.Symbol) and s.name in names}
            if len(lengths) == 1 and None not in lengths:
                v = replace(v, rows=lengths.pop())
        return v

    def plus(self, a, b, sign: int, tok) -> object:
        """``a ± b`` where either is a vector: entry by entry (a bare name the document indexes
        is a vector there too, a number is added to every entry: Xw + b)."""
        col = tok.pos if tok is not None else 0
        if arrays.is_matrix(a):
            b = arrays.identity_in(b)  # X^T X + λI: I is the identity matrix beside a matrix
        elif arrays.is_matrix(b):
            a = arrays.identity_in(a)
        a, b = self.beside(a, b)
        return arrays.scalar_of(arrays.add(a, b, sign, self.text, col))

    def beside(self, a, b) -> tuple:
        """``a`` and ``b`` taken entry by entry (a sum, ``\\odot``): beside a vector, the bare names
        the document indexes in the other are vectors of its length; a number stays a number."""
        if is_arr(a) and not is_arr(b) and a.cols == ONE:
            return a, self.promote(b, a.rows)
        if is_arr(b) and not is_arr(a) and b.cols == ONE:
            return self.promote(a, b.rows), b
        return a, b

    def toks_at(self, pos: int) -> Tok:
        return next(t for t in self.toks if t.pos == pos)

    def member_vector(self, v: _Name, nxt) -> sympy.Expr | None:
        """``θ_k^T x``: a name with one index, transposed, before a vector, is the k-th vector of
        a family (a transposed number would be no product); the dot product Σ_j θ_{kj} x_j over
        the vector's entries, or None where the item is not written so."""
        if not (v.transposed and v.sample is None and len(v.feats) == 1 and v.name in self.model.families
                and isinstance(v.feats[0], (sympy.Symbol, Indexed)) and nxt is not None
                and nxt[0] in ("juxt", "cdot") and isinstance(nxt[1], _Name)):
            return None
        x = nxt[1]
        if self.sample_vector(x):
            x = replace(x, sample=x.feats[0], feats=())  # θ_k^T x_i: sample i's features
        if x.feats or x.transposed or self.is_matrix(x) or not (x.vector or x.implicit or x.sample is not None
                                                                 and x.name in self.model.vectors):
            return None
        self.readings.append(f"{v.src or v.name} {x.src or x.name} read as a dot product: the first is one "
                             f"of a family of vectors, each entry written with a second index")
        return self.dot(replace(v, sample=v.feats[0], feats=(), transposed=False), x)  # entries θ_{kj}

    def member_entries(self, var) -> sympy.Expr | None:
        """``w_k`` of a family the document writes ``w_k^T x``: its entry w_{k,row} (the vector, by
        its entries); None for any other name."""
        if isinstance(var, Indexed) and len(var.indices) == 1 and var.base.label.name in self.model.families \
                and (isinstance(var.indices[0], Indexed)  # w_{y_i}: the true class's vector
                     or isinstance(var.indices[0], sympy.Symbol) and var.indices[0].name not in SAMPLE_LETTERS):
            return var.base[var.indices[0], ROW]
        return None

    def dot(self, a: _Name, b: _Name) -> sympy.Expr:
        k = index(self.fresh[0])
        tops = {t for t in (self.model.last_of(a.name), self.model.last_of(b.name)) if t is not None}
        if not tops:  # y^T y, z^T z of names indexed by the samples alone: over the samples, as X^T y is
            tops = {self.length_of(v.component(arrays.ROW)) for v in (a, b)}
            tops = tops if None not in tops else set()
        if not tops and a.name in TARGET_NAMES and b.name in TARGET_NAMES and not (a.feats or b.feats):
            tops = {self.model.bound(index("i"))}  # y^T y: the labels, one per sample (as in y − Xβ)
        return arrays.summed(a.component(k), b.component(k), k, tops.pop() if len(tops) == 1 else bound_of(k),
                             tuple(0 if v.name in self.model.zero_based else 1 for v in (a, b)))

    # ---- scoped operators: sums, products, derivative operators
    def derivative_at(self, p: int) -> bool:
        """Does a derivative operator start at ``p`` (``\\frac{∂}{∂z}``, ``\\partial_z``), not a sum?"""
        return p < self.limit and self.starts_scoped(p) and self.toks[p].val not in ("sum", "prod")

    def starts_scoped(self, p: int) -> bool:
        t = self.toks[p] if p < self.limit else None
        if t is None or t.kind != "cmd":
            return False
        if t.val in ("sum", "prod"):
            return not self.sum_as_name(p)
        if t.val in ("partial", "nabla"):
            return p + 1 < self.limit and self.toks[p + 1].kind == "sub"
        if t.val == "delta":
            return self.delta_operator(p)
        if t.val in FRACS:
            num = self.arg(p + 1)
            den = num and self.arg(num[2])
            if not den:
                return False
            found = self.derivative_head(num, den)
            return found == (num[1],) or found is not None and self.model.operators \
                and self.applies_to_next(den[2])
        return False

    @staticmethod
    def prime_variables(v) -> list:
        """The real variables an expression holds, for a prime after it (none for a number)."""
        return sorted((x for x in v.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer),
                      key=str)

    def applies_to_next(self, q: int) -> bool:
        """In a document that writes ``\\frac{dJ}{dm}J(m, b)`` for d/dm J(m, b): is a derivative
        ending before token ``q`` followed by an expression it applies to (not by another
        derivative, a product sign or the end of its term)?"""
        if q >= self.limit:
            return False
        u = self.toks[q]
        return self.starts_factor(u) and not self.starts_scoped(q) \
            and not (u.kind == "cmd" and u.val in FRACS)

    def derivative_head(self, num, den):
        """For ``\\frac{∂…}{∂…}``: (index where the differentiated expression starts,) or None."""
        lo, hi, _ = num
        dlo, dhi, _ = den
        if hi <= lo or dhi <= dlo:
            return None
        n0, d0 = self.toks[lo], self.toks[dlo]
        if n0.is_("cmd", "partial") and d0.is_("cmd", "partial"):
            pass
        elif n0.is_("letter", "d") and d0.is_("letter", "d") and dhi - dlo >= 2:
            pass
        elif n0.is_("cmd", "delta") and d0.is_("cmd", "delta") and self.delta_names(dlo, dhi) \
                and (hi - lo == 1 or self.delta_names(lo, hi)):
            # \frac{\delta E}{\delta w}, \frac{\delta}{\delta w} E: the variational notation of
            # backprop notes (δ/(δw) as a ratio would be 1/w, which nobody writes this way)
            return (lo + 1,)
        else:
            return None
        p = lo + 1
        if p < hi and self.toks[p].kind == "sup":
            p += 2 if self.toks[p + 1].kind != "lbrace" else self.braces[p + 1] - p + 1
        if n0.is_("cmd", "partial") and p < hi and self.toks[p].kind == "sub" \
                and (rng := self.arg(p + 1)) is not None and rng[2] == hi:
            return (p + 1,)  # \frac{\partial_{MSE}}{\partial u}: the quantity written as ∂'s subscript
        return (p,)

    def delta_names(self, lo: int, hi: int) -> bool:
        """``\\delta E``, ``\\delta{E}``: δ followed by a name (δ_{jk} is the Kronecker delta, δ alone
        a name)."""
        if "delta" in self.defined or hi - lo < 2:
            return False
        t = self.toks[lo + 1]
        if t.kind == "lbrace" and lo + 2 < hi:
            t = self.toks[lo + 2]
        return t.kind in ("letter", "word", "cmd")

    def derivative_vars(self, den) -> tuple[list, str]:
        dlo, dhi, _ = den
        marker = self.toks[dlo].val if self.toks[dlo].kind == "cmd" else "d"
        cuts = [k for k in range(dlo, dhi) if marker != "d" and self.toks[k].is_("cmd", marker)]
        if not cuts:  # d-form: one variable after `d`, or one after each d (d^2f/dθ_i dθ_j)
            cuts = [dlo] + [k for k in range(dlo + 2, dhi - 1) if self.toks[k].is_("letter", "d")
                            and self.top_level_at(dlo, k) and self.toks[k - 1].kind != "sub"]
        ranges = [(c + 1, (cuts[i + 1] if i + 1 < len(cuts) else dhi)) for i, c in enumerate(cuts)]
        symbol = {"partial": "∂", "delta": "δ"}.get(marker, "d")
        variables = [self.in_range(lo, hi, self.parse_variable) for lo, hi in ranges]
        text = symbol + "/" + "".join(symbol + self.slice(lo, hi) for lo, hi in ranges)
        return variables, text

    def parse_variable(self):
        t = self.peek()
        if t is None:
            self.fail("a derivative needs a variable after ∂ or d")
        first = self.pos
        v = self.parse_postfix()
        if isinstance(v, _Name):
            if (v.vector or v.transposed) and not v.feats:
                # ∂J/∂\mathbf{w}: the gradient, read by its entries ∂J/∂w_j
                return (v.component(ROW), 1)
            v = v.value()
        if isinstance(v, Pow) and v.exp.is_Integer and v.exp > 0 and isinstance(v.base, (sympy.Symbol, Indexed)) \
                and not self.toks[first].kind == "open":
            return (v.base, int(v.exp))  # dx^2: twice by x; d(x^2) is by x², below
        if isinstance(v, (sympy.Symbol, Indexed)):
            return (v, 1)
        if isinstance(v, sympy.Expr) and not is_arr(v) and v.free_symbols and not v.has(Derivative):
            self.written_by[v] = self.slice(first, self.pos)
            return (v, 1)  # ∂/∂(βx), ∂/∂σ(z), d g(x): by an expression, which derive() takes whole
        self.fail(f"cannot differentiate with respect to `{self.slice(self.pos - 1, self.pos)}`", t)

    def parse_gradient_variable(self):
        """The vector after ``\\nabla_``: \\mathbf{w}, w, \\theta (by each of its entries); an entry
        (``\\nabla_{\\theta_j} J``) is the partial derivative by it."""
        t = self.peek()
        v = self.parse_postfix()
        if isinstance(v, _Name) and v.sample is None and (member := self.member_entries(v.value())) is not None:
            return (member, 1)  # \nabla_{\theta_k} J where the document writes \theta_k^T x: by each θ_{kj}
        if isinstance(v, _Name) and v.feats and not v.transposed and not v.vector \
                and isinstance(v.value(), Indexed):
            return (v.value(), 1)
        if not isinstance(v, _Name) or v.feats or v.transposed:
            self.fail("\\nabla_ needs a vector's name, as in \\nabla_{\\mathbf{w}} J", t)
        if not v.vector and v.name not in self.model.vectors:
            # \nabla_b J beside \nabla_w J: b is a number wherever the document uses it, so the
            # gradient by it is the derivative
            self.readings.append(f"∇_{v.name} read as ∂/∂{v.name}: {v.name} is a number in this document")
            return (v.value(), 1)
        return (v.component(ROW), 1)

    def parse_scoped(self) -> sympy.Expr:
        t = self.peek()
        if t.val in ("sum", "prod"):
            return self.parse_sum(t)
        if t.val in ("partial", "nabla", "delta"):  # \partial_{w_j} J, \nabla_{\mathbf{w}} J, \delta_x f(x, y)
            rng = self.arg(self.pos + 2)
            if rng is None:
                self.fail(f"\\{t.val}_ needs a variable", t)
            variables = [self.in_range(rng[0], rng[1], self.parse_gradient_variable if t.val == "nabla"
                                       else self.parse_variable)]
            optext = ("∇_" if t.val == "nabla" else "∂/∂") + self.slice(rng[0], rng[1])
            if t.val == "delta":
                self.readings.append(f"\\delta_{{{self.slice(rng[0], rng[1])}}} before a function of "
                                     f"{self.slice(rng[0], rng[1])} read as ∂/∂{self.slice(rng[0], rng[1])}, "
                                     f"as \\partial_{{{self.slice(rng[0], rng[1])}}} is")
            self.pos = rng[2]
        else:
            num = self.arg(self.pos + 1)
            den = self.arg(num[2])
            variables, optext = self.derivative_vars(den)
            if self.derivative_head(num, den) != (num[1],):  # \frac{dJ}{dm}J(m, b): d/dm J(m, b)
                self.readings.append(f"{self.slice(self.pos, den[2])} before an expression read as "
                                     f"{optext} of it, as the document writes {self.model.operators}")
            self.pos = den[2]
        return self.apply_operator(t, variables, optext)

    def delta_operator(self, p: int) -> bool:
        """Is ``\\delta`` at ``p`` the partial derivative written with δ (``\\delta_x f(x, y)``,
        ``\\delta_{\\alpha} L(x, y, \\alpha)``)? Only with one variable in its subscript, before a
        name applied to arguments among which that variable stands: δ_j alone, or before
        anything else, is a quantity (the error of backpropagation), δ_{ij} Kronecker's."""
        if p + 1 >= self.limit or self.toks[p + 1].kind != "sub" or (rng := self.arg(p + 2)) is None:
            return False
        var = [u for u in self.toks[rng[0]:rng[1]] if u.kind not in ("lbrace", "rbrace")]
        if len(var) != 1 or not (var[0].kind == "letter" or var[0].kind == "cmd" and var[0].val in GREEK):
            return False
        q = rng[2]
        name, end, _ = name_at(self.toks, q) if q < self.limit else (None, q, False)
        if name is None or end >= self.limit or not self.toks[end].is_("open", "("):
            return False
        # the variable is one of the arguments, alone between ( , ): never a subscript in one (σ'(z_j))
        close = self.closing(end)
        return any(u.kind == var[0].kind and u.val == var[0].val and self.toks[k - 1].kind in ("open", "op")
                   and self.toks[k - 1].val in "(," and (k + 1 == close or self.toks[k + 1].is_("op", ","))
                   for k, u in enumerate(self.toks[end + 1:close], start=end + 1))

    def apply_operator(self, t: Tok, variables, optext: str) -> sympy.Expr:
        first = self.pos
        if self.peek() is None or not (self.starts_factor(self.peek()) or self.starts_scoped(self.pos)
                                       or self.peek().kind == "op" and self.peek().val in "+-"):
            self.fail(f"{optext} has nothing to apply to", t)
        if self.extend:
            operand = self.terms_after(self.parse_term(), self.continues)
            self.spans[t.pos] = self.slice(first, self.pos)
        elif (bracket := self.bracket_operand()) is not None:
            operand = bracket  # d/dx (x/2) · (1 + t): the bracket, then a product written out
            self.closed_operand = self.pos
        else:
            operand = self.parse_term()
            if self.continues():
                self.short.append((t.pos, optext, self.slice(first, self.pos)))
        return self.derive(operand, variables, t)

    def bracket_operand(self):
        """After a derivative operator, a bracket followed by ``\\cdot``, ``\\times`` or ``*``: the
        operator's whole operand, the factor after the sign multiplies its derivative (the product
        rule's d/dx(x/2) · (1 + t) + x/2 · d/dx(1 + t)); None, with nothing read, otherwise."""
        nxt = self.peek()
        if nxt is None or nxt.kind != "open" or nxt.val != "(":
            return None
        mark = self.mark()
        try:
            a = self.parse_postfix()
        except LatexError:
            self.back(mark)
            return None
        after = self.peek()
        if after is not None and (after.kind == "cmd" and after.val in ("cdot", "times") or after.is_("op", "*")):
            return a.value() if isinstance(a, _Name) else a
        self.back(mark)
        return None

    def derive(self, e, variables, t: Tok):
        """The derivative of ``e`` by ``variables``; by a whole vector (``\\nabla_w J``, ``∂J/∂\\mathbf{w}``,
        or ∂/∂w of an expression holding w's entries where the document indexes w) it is the
        gradient, read by its entries."""
        if is_arr(e):
            self.fail(f"the derivative of {e.named()} (a Jacobian) cannot be read; write one entry, "
                      f"as in \\partial \\hat{{y}}_i / \\partial w_j", t)
        e = e.value() if isinstance(e, _Name) else e
        if isinstance(e, sympy.Symbol) and len(variables) == 1 and e.name in WORD_FUNCTIONS \
                and e.name not in self.defined and FUNCTIONS[e.name][0] == 1:
            e = FUNCTIONS[e.name][1](variables[0][0])  # d tanh / dx: tanh of x
        if len(variables) == 1 and not isinstance(variables[0][0], (sympy.Symbol, Indexed)):
            # ∂σ(βx)/∂(βx): the derivative by the argument the expression takes whole, σ′(βx)
            whole, n = variables[0]
            u = sympy.Dummy("u", real=True)
            inner = e.subs(whole, u)
            idx = set().union(*(x.free_symbols for x in whole.atoms(Indexed)))
            through = whole.atoms(Indexed) | {s for s in whole.free_symbols if s not in idx and not s.is_integer}
            if (inner.free_symbols & whole.free_symbols or not inner.has(u)) and n == 1 and len(through) == 1:
                # ∂L(z)/∂σ(z) with σ(z) of z alone: the chain rule read backwards, (∂L/∂z)/(dσ/dz)
                z = next(iter(through))
                return Derivative(e, z, evaluate=False) / whole.diff(z)
            if inner.free_symbols & whole.free_symbols or not inner.has(u):
                from derive.latex.printer import course_latex

                by = self.written_by.get(whole) or f"({course_latex(whole)})"
                self.fail(f"∂/∂{by} is read only of an expression written in {by} alone, as in "
                          f"log {by}; here the expression depends on it otherwise", t)
            return inner.diff(u, n).subs(u, whole)
        if len(variables) == 1 and isinstance(var := variables[0][0], sympy.Symbol) and variables[0][1] == 1 \
                and var.name in self.model.matrices and var.name not in MATRIX_NAMES:
            # ∂L/∂W of the weights W a layer multiplies by: the matrix of ∂L/∂W_{ij}, as many rows
            # and columns as the formula beside it has (the document rarely says)
            return Arr(Derivative(e, base(var.name)[ROW, COL], evaluate=False),
                       self.model.extent(var.name, 0), self.model.extent(var.name, 1))
        out = []
        for var, n in variables:
            if isinstance(var, sympy.Symbol) and var.name in self.model.vectors and not occurs_bare(e, var) \
                    and any(x.base.label.name == var.name for x in e.atoms(Indexed)):
                var = base(var.name)[ROW]  # ∂/∂w (w^T X^T X w): by each of the w_j it holds
            elif (member := self.member_entries(var)) is not None:
                var = member  # ∂L/∂\mathbf{w}_k, w_k^T x elsewhere: by each w_{kj}
            out.append((var, n))
        d = Derivative(e, *out, evaluate=False)
        vec = [v for v, _ in out if v.has(ROW)]
        if not vec:
            return d
        if len(out) > 1 or out[0][1] > 1:  # (∂²/∂θ² by a vector θ as much as ∂²/∂θ∂w)
            self.fail("a second derivative by a vector (a Hessian) cannot be read; write one entry", t)
        return Arr(d, self.length_of(vec[0]), ONE)

    def length_of(self, entry):
        """How many entries the vector whose entry at ROW is ``entry`` has: a sample's features
        (x[i, ROW] of x^{(i)}, \\mathbf{x}_i) run over the features; a name the document indexes by
        samples only (y_i, \\hat{y}^{(i)}) over the samples; any other length (None) the formula
        decides."""
        if isinstance(entry, Indexed) and len(entry.indices) == 2:
            return self.model.bound(index("j"))
        name = entry.base.label.name if isinstance(entry, Indexed) else ""
        if name not in self.model.per_sample:
            return None
        return self.model.extent(name, 0) or self.model.bound(index("i"))  # y_i in Σ_{i=1}^{n}: n

    def terms_after(self, first, more) -> sympy.Expr:
        """``first`` with the terms after it added while ``more()`` says the next one belongs
        (an operator's or a sum's longer reach)."""
        out = first
        while more():
            sign = self.peek()
            self.pos += 1
            rhs = self.parse_term()
            if is_arr(out) or is_arr(rhs):
                out = self.plus(out, rhs, 1 if sign.val == "+" else -1, sign)
            else:
                out = out + rhs if sign.val == "+" else out - rhs
        return out

    def mark(self) -> tuple:
        """Where reading is now, for ``back``: a trial read (what follows may be read otherwise)."""
        return self.pos, len(self.short), len(self.readings), dict(self.spans)

    def back(self, mark: tuple) -> None:
        """Undo everything read since ``mark``: the position, the short names, the readings."""
        self.pos, short, readings, self.spans = mark
        del self.short[short:], self.readings[readings:]

    def next_term_uses(self, letters: set) -> bool:
        """Does the term after the next + or − use one of ``letters`` as an index (b_i after
        ``\\sum_i a_i``)? Read without keeping anything."""
        mark = self.mark()
        try:
            self.pos += 1
            term = self.parse_term()
            term = term.entry if is_arr(term) else term.value() if isinstance(term, _Name) else term
            return any(getattr(x, "name", "") in letters for x in term.free_symbols)
        except LatexError:
            return False
        finally:
            self.back(mark)

    def continues(self) -> bool:
        """Does the group go on with another term that is not itself a derivative operator?"""
        t = self.peek()
        if t is None or t.kind != "op" or t.val not in "+-":
            return False
        p = self.pos
        while p < self.limit and self.toks[p].kind == "op" and self.toks[p].val in "+-":
            p += 1
        return not (self.starts_scoped(p) and self.toks[p].val not in ("sum", "prod"))

    def under_bound(self, sub, sup, limits, body):
        """``\\sum_{K} e^{z_k}``: a sum written under one capital letter its body never uses, the body
        holding that letter in lower case (and no outer sum binding it), runs over the lower-case
        index up to the capital, the count; as written it would add K copies of one term. None
        where the sum reads as written."""
        if sub is None or sup is not None or not limits or len(limits) != 1 or sub[1] - sub[0] != 1:
            return None
        u = self.toks[sub[0]]
        if u.kind != "letter" or not u.val.isupper() or not isinstance(body, sympy.Basic):
            return None
        low = index(u.val.lower())
        if body.has(limits[0][0]) or not body.has(low) or low in self.bound:
            return None
        self.readings.append(f"\\sum_{u.val} read as the sum over {u.val.lower()} from 1 to {u.val}")
        return [(low, Integer(1), index(u.val))]

    def parse_sum(self, t: Tok) -> sympy.Expr:
        sum_lo = self.pos
        self.pos += 1
        sub = sup = None
        while (s := self.peek()) is not None and s.kind in ("sub", "sup"):
            rng = self.arg(self.pos + 1)
            if rng is None:
                self.fail(f"\\{t.val}{s.val} needs an argument", s)
            if (s.kind == "sub" and sub) or (s.kind == "sup" and sup):
                self.fail(f"\\{t.val} has two {'subscripts' if s.kind == 'sub' else 'superscripts'}", s)
            if s.kind == "sub":
                sub = rng
            else:
                sup = rng
            self.pos = rng[2]
        if sup is not None and sup[1] <= sup[0]:
            sup = None  # \sum_{k}^{ }: an empty bound is no bound
        if sup is not None and sup[1] - sup[0] == 1 and self.toks[sup[0]].kind == "letter" \
                and index(self.toks[sup[0]].val) in self.bound and self.model.is_size(self.toks[sup[0]].val):
            # \sum_k … \sum_{j}^{k}: k the outer sum's index and the count of classes at once
            letter = self.toks[sup[0]].val
            self.fail(f"`{letter}` is both the index of an outer sum and this sum's bound: write the "
                      f"count as {letter.upper()}", self.toks[sup[0]])
        excluded: list[tuple] = []
        where: list = []  # \sum_{i : z_i \le \eta}: which terms count
        limits = None  # \sum x_i: the index is read off the body
        if sub is not None and sub[1] > sub[0]:
            limits = self.in_range(sub[0], sub[1], lambda: self.parse_limits(excluded, where))
        if sup is not None and limits is not None:
            if len(limits) != 1:
                self.fail(f"\\{t.val} over several indices cannot have an upper bound", t)
            hi = self.in_range(sup[0], sup[1], self.parse_expr)
            limits = [(limits[0][0], limits[0][1], hi)]
        nxt = self.peek()
        if nxt is None or not (self.starts_factor(nxt) or self.starts_scoped(self.pos)
                               or nxt.is_("op", "-") or nxt.is_("op", "+")):
            self.fail(f"\\{t.val} has nothing after it", t)
        depth = len(self.bound)
        self.bound.extend(v for v, _, _ in limits or ())
        try:
            first, letters = self.pos, {v.name for v, _, _ in limits or ()}
            body = self.parse_term()
            if letters and self.continues() and self.next_term_uses(letters):
                # \sum_i \log a_i + \log b_i: the sum ends at + as written, and the next term uses
                # its index; the other reading spans it (what the author may mean)
                if self.extend:
                    body = self.terms_after(body, lambda: self.continues() and self.next_term_uses(letters))
                    self.spans[t.pos] = self.slice(first, self.pos)
                else:
                    self.short.append((t.pos, f"\\{t.val}", self.slice(first, self.pos)))
        finally:
            del self.bound[depth:]
        if (under := self.under_bound(sub, sup, limits, body.entry if is_arr(body) else body)) is not None:
            limits = under  # \sum_{K} e^{z_k}: over k from 1 to K, never K times e^{z_k}
        if limits is None:
            k = self.body_index(t, body.entry if is_arr(body) else body, sum_lo, self.pos)
            hi = self.in_range(sup[0], sup[1], self.parse_expr) if sup is not None \
                else self.alone_bounds.pop(k, None) or self.model.bound(k)
            limits = [(k, Integer(1), hi)]
        if sub is None or not any(tok.is_("op", "=") for tok in self.toks[sub[0]:sub[1]]):
            limits = self.zero_start(body.entry if is_arr(body) else body, limits)
        cls = sympy.Sum if t.val == "sum" else sympy.Product
        bound = {v for v, _, _ in limits}
        cond = _samples_of(where[0].xreplace({scalar(v.name): v for v in bound}), bound) if where else None
        if is_arr(body):  # \sum_i (\hat{y}_i - y_i) \mathbf{x}_i: a vector, summed entry by entry
            if excluded or cls is sympy.Product:
                self.fail(f"\\{t.val} of {body.named()} can only be a plain sum", t)
            entry = _samples_of(body.entry.xreplace({scalar(v.name): v for v in bound}), bound)
            if cond is not None:
                entry = sympy.Piecewise((entry, cond), (Integer(0), True))
            return Arr(sympy.Sum(entry, *limits), body.rows, body.cols)
        body = body.xreplace({scalar(v.name): v for v in bound})
        for v in bound & set(self.alone):  # \sum y: y_i over the samples
            body = replace_bare(body, {scalar(n): base(n)[v] for n in self.alone.pop(v)})
        body = _samples_of(body, bound)
        if cond is not None:  # the terms the condition leaves out count 0 (1 in a product)
            body = sympy.Piecewise((body, cond), (Integer(0 if cls is sympy.Sum else 1), True))
        out = cls(body, *limits)
        for k, v in excluded:  # \sum_{k \neq j} f(k): all terms but the j-th
            out = out - body.xreplace({k: v}) if cls is sympy.Sum else out / body.xreplace({k: v})
        return _from_zero(out)

    def sum_as_name(self, p: int) -> bool:
        """``\\sum`` without an index and with nothing after it to sum (``e_i/\\sum``, ``\\sum^2``,
        ``\\sum - e_i``): the author's name for a sum written out elsewhere, Σ (Σ_K with a letter
        as its label)."""
        q = p + 1
        if q < self.limit and self.toks[q].kind == "sub":
            # \sum_K alone (`\frac{e^{θ_i}}{\sum_K}`) where the document writes `\sum_K = …`
            # ("for short we write"): a name with one letter as its label, nothing to sum
            rng = self.arg(q + 1)
            if rng is None or rng[1] - rng[0] != 1 or self.toks[rng[0]].kind != "letter" \
                    or self.toks[rng[0]].val not in self.model.sum_names:
                return False
            q = rng[2]
        if q < self.limit and self.toks[q].kind == "sup":
            rng = self.arg(q + 1)
            if rng is None:
                return False
            q = rng[2]
        if q >= self.limit:
            return True
        u = self.toks[q]
        return u.kind in ("close", "rbrace", "amp", "row") or u.kind == "op" and u.val in "+-/'=" \
            or u.kind == "cmd" and (u.val in PRODUCT_OPS or u.val in GROUP_DIVIDERS)

    def body_index(self, t: Tok, body: sympy.Expr, lo: int, hi: int) -> sympy.Symbol:
        """``\\sum X_i``, ``\\sum e^{z_k}``: a sum written without an index runs over the one index
        letter its body carries as a subscript or sample index (and is not bound outside); with
        none there is nothing to sum over. With several, the one the side uses only inside this
        sum is the sum's (``\\sum e^{x_d} e^{x_i}`` beside a free i); else they are as many
        readings: refused."""
        found = sorted({s.name for s in body.free_symbols if isinstance(s, sympy.Symbol) and s.is_integer
                        and len(s.name) == 1 and s.name.islower() and not self.model.is_size(s.name)
                        and s not in self.bound})
        if not found:  # \sum e^{x_d} \cdot 0: the body is 0 as read, its index is still written
            found = sorted({u.val for p, u in enumerate(self.toks[lo:hi], start=lo)
                            if u.kind == "letter" and p > 0 and self.toks[p - 1].kind == "sub"
                            and u.val.islower() and not self.model.is_size(u.val)
                            and index(u.val) not in self.bound})
        if len(found) > 1:
            covered = self._sum_reach()
            outside = {u.val for p, u in enumerate(self.toks) if u.kind == "letter" and p not in covered}
            inner = [k for k in found if k not in outside]
            found = inner if len(inner) == 1 else found
        if not found and (data := self.data_alone(body)):
            # \sum y, \Sigma(\hat{y} - y): the data the document writes y_i, summed over the samples
            # \sum x \sum x: the inner sum, read first, keeps its letter; the outer one runs over
            # the same samples with another
            inner = [x.limits[0] for x in body.atoms(sympy.Sum) if len(x.limits) == 1]
            taken = {s.name for s in body.free_symbols} | {v.name for v, *_ in inner}
            letters = sorted(SAMPLE_LETTERS) + ([f"{v.name}'" for v, *_ in inner[:1]] if inner else [])
            k = next((index(c) for c in letters if index(c) not in self.bound and c not in taken), None)
            if k is not None and inner:
                bounds = {hi for _, lo, hi in inner if lo == 1}
                if len(bounds) != 1 or len({lo for _, lo, _ in inner}) != 1:
                    k = None
                else:
                    self.alone_bounds[k] = bounds.pop()
            if k is not None:
                self.readings.append(f"\\{t.val} without an index read as \\{t.val}_{k.name} over the samples: "
                                     f"{', '.join(sorted(data))} written with the sample index elsewhere")
                self.alone[k] = data
                return k
        bare = {s.name for s in body.free_symbols if isinstance(s, sympy.Symbol) and not s.is_integer
                and occurs_bare(body, s)}
        if not found and not bare & (_DATA_LETTERS | self.model.sampled):
            # \sum y_i - \sum \hat{\beta}_0 - \sum \hat{\beta}_1 x_i: a number summed beside sums over
            # the samples is summed over them too (n β̂_0), where the side writes one sample index
            written = {u.val for p, u in enumerate(self.toks) if u.kind == "letter" and p > 0
                       and self.toks[p - 1].kind == "sub" and u.val in SAMPLE_INDEX_LETTERS}
            if len(written) == 1 and (k := index(written.pop())) not in self.bound:
                self.readings.append(f"\\{t.val} of a number without an index read as \\{t.val}_{k.name}: "
                                     f"the other sums here run over the samples")
                return k
        if not found:
            self.fail(f"\\{t.val} needs an index, as in \\{t.val}_i or \\{t.val}_{{i=1}}^{{m}}", t)
        if len(found) > 1:
            self.fail(f"\\{t.val} without an index has {len(found)} readings here: over "
                      + " or over ".join(found) + f"; write \\{t.val}_{found[0]} or \\{t.val}_{found[1]}", t)
        self.readings.append(f"\\{t.val} without an index read as \\{t.val}_{found[0]}: the only index "
                             f"its body carries")
        return index(found[0])

    def data_alone(self, body) -> set[str]:
        """The names ``body`` writes alone that the document writes with a sample index (y for
        y_i) and never differentiates by."""
        names = {s.name for s in body.free_symbols if isinstance(s, sympy.Symbol) and not s.is_integer
                 and occurs_bare(body, s)}
        return {n for n in names if n in self.model.sampled and n not in self.model.variables}

    def _sum_reach(self) -> set[int]:
        """Token positions some \\sum or \\prod of the side may cover: from it to the first + or −
        or closing bracket at its own depth."""
        out: set[int] = set()
        for q, u in enumerate(self.toks):
            if u.kind != "cmd" or u.val not in ("sum", "prod"):
                continue
            depth, p = 0, q
            while p < len(self.toks):
                v = self.toks[p]
                if v.kind in ("open", "lbrace"):
                    depth += 1
                elif v.kind in ("close", "rbrace"):
                    depth -= 1
                    if depth < 0:
                        break
                elif depth == 0 and v.kind == "op" and v.val in "+-" and p > q + 1:
                    break
                out.add(p)
                p += 1
        return out

    def zero_start(self, body, limits: list[tuple]) -> list[tuple]:
        """``\\sum_k e^{\\hat{y}_k}`` with no lower bound, where the document writes ŷ_0: the sum runs
        over every entry, so from 0; and one up to the last entry of a vector the document sums from
        0 to it (\\sum_{k \\neq j}^{n} |θ_k| beside \\sum_{j=0}^{n} |θ_j|: θ runs 0..n)."""
        if not self.model.zero_entries and not self.model.last_entry:
            return limits
        over = {i.name for x in body.atoms(Indexed) if x.base.label.name in self.model.zero_entries
                for i in x.indices if isinstance(i, sympy.Symbol)}  # (by name: the sum's own symbol comes later)
        ends = {(i.name, self.model.last_of(x.base.label.name)) for x in body.atoms(Indexed)
                if self.model.last_of(x.base.label.name) is not None
                for i in x.indices if isinstance(i, sympy.Symbol)}
        return [(k, Integer(0) if lo == 1 and (k.name in over or (k.name, hi) in ends) else lo, hi)
                for k, lo, hi in limits]

    def parse_limits(self, excluded: list, where: list) -> list[tuple]:
        """``i=1``, ``i``, ``i, j``, ``ij``, ``k \\neq j`` and ``k=0, k \\neq j`` (put in ``excluded``
        as (k, j)), and an index with a condition on its terms, ``i : z_i \\le \\eta``, ``i; …``,
        ``i \\mid …`` (the condition put in ``where``)."""
        out = []
        if (t := self.peek()) is not None and t.is_("cmd", "forall"):
            # \sum_{\forall n}, \sum_{\forall_{n}}: over every n, as \sum_n is
            self.pos += 1
            if (s := self.peek()) is not None and s.kind == "sub":
                rng = self.arg(self.pos + 1)
                if rng is None or rng[1] - rng[0] != 1:
                    self.fail("\\forall in a sum's index needs one letter, as in \\sum_{\\forall n}", s)
                self.pos = rng[0]
                out = self.parse_limits(excluded, where)
                self.pos = rng[2]
                return out
        while True:
            t = self.peek()
            if t is None or t.kind != "letter":
                self.fail("a sum's index must be a letter, as in \\sum_{i=1}^{m}", t)
            name = t.val
            if name in self.model.variables and name not in self.index_letters:
                # \sum_w w^2 beside ∂C/∂w: over every weight, each written w — no index to read
                self.fail(f"\\sum_{name} runs over the values of {name}, which the document differentiates "
                          f"by: write it over an index, as in \\sum_j {name}_j^2", t)
            self.pos += 1
            while (e := self.peek()) is not None and e.is_("op", "'") and name[0] in INDEX_LETTERS:
                name += "'"  # \sum_{k'}: another index, k′
                self.pos += 1
            k = index(name)
            if (e := self.peek()) is not None and e.kind == "cmd" and e.val in ("neq", "ne"):
                self.pos += 1
                excluded.append((k, _as_indices(self.parse_expr())))
                out.append((k, Integer(1), self.model.bound(k)))
                break
            if e is not None and (e.kind == "op" and e.val in ":;|" or e.is_("cmd", "mid")):
                self.pos += 1
                where.append(self.parse_relation())
                out.append((k, Integer(1), self.model.bound(k)))
                break
            if e is not None and e.is_("cmd", "in"):
                self.fail("a sum over a set (\\sum_{i \\in S}) cannot be read: its members are not "
                          "written; give the bounds, as in \\sum_{i=1}^{m}", e)
            if e is not None and e.is_("op", "="):
                self.pos += 1
                lo = self.parse_expr()
                out.append((k, lo, self.model.bound(k) if lo == 1 else bound_of(k)))
                if (c := self.peek(1)) is not None and self.peek().is_("op", ",") and c.is_("letter", name) \
                        and (ne := self.peek(2)) is not None and ne.kind == "cmd" and ne.val in ("neq", "ne"):
                    self.pos += 3  # \sum_{k=0, k \neq j}: from 0, leaving out k = j
                    excluded.append((k, _as_indices(self.parse_expr())))
                break
            out.append((k, Integer(1), self.model.bound(k)))
            if (c := self.peek()) is not None and c.is_("op", ","):
                self.pos += 1
                continue
            if self.peek() is not None and self.peek().kind == "letter" and not out[:-1]:
                continue  # \sum_{ij}
            break
        return out

    # ---- factors
    def parse_postfix(self):
        self.deeper()
        try:
            start = self.pos
            return self.postfix(self.parse_primary(), start)
        finally:
            self.level -= 1

    def postfix(self, v, start: int | None = None):
        """Powers and factorials after a value already read (from token ``start``, where known)."""
        if True:
            while (t := self.peek()) is not None:
                if t.kind == "sup":
                    rng = self.arg(self.pos + 1)
                    if rng is None:
                        self.fail("^ needs an exponent", t)
                    inverse = self.inverse_at(rng)
                    shown = self.matrix_text(start) if inverse and start is not None else ""
                    if isinstance(v, _Name) and inverse and self.is_matrix(v):
                        v = self.arr_of(v)  # A^{-1} of a matrix the document names
                    if isinstance(v, _Name) and (v.vector or v.transposed) and not v.feats:
                        self.fail("a vector cannot be raised to a power", t)
                    if not isinstance(v, _Name) and self.superscript(rng[0], rng[1]) == ("T",):
                        # (A - Y)^T is a matrix transpose, never the power T
                        v = self.promote(v, None)
                        if not is_arr(v) and isinstance(v, sympy.Basic) and v.has(sympy.Sum):
                            # (x_i^T u)^T (x_i^T u): a dot product is one number, its own transpose
                            self.pos = rng[2]
                            continue
                        if not is_arr(v):
                            self.fail("the transpose of an expression without a vector in it", t)
                        v = arrays.transpose(v)
                        self.pos = rng[2]
                        continue
                    mark = self.superscript(rng[0], rng[1])
                    if mark is not None and mark[0] == "sample" and not isinstance(v, _Name) \
                            and not is_arr(v) and (data := _data_in(v)):
                        # h_w(x)^{(i)}: the value at the i-th sample, h_w(x^{(i)}), not a power
                        v = v.xreplace({s: base(s.name)[mark[1]] for s in data})
                        self.pos = rng[2]
                        continue
                    if mark is not None and mark[0] == "prime" and not isinstance(v, _Name) and not is_arr(v) \
                            and len(variables := self.prime_variables(v)) == 1:
                        # (\frac{1}{1+e^{-z}})^{\prime}: the bracket's derivative, as with '
                        self.pos = rng[2]
                        v = Derivative(v, (variables[0], mark[1]), evaluate=False)
                        continue
                    if mark is not None and mark[0] == "prime" and not isinstance(v, _Name):
                        self.fail("a prime only follows a function name, as in f'(h), or a bracket "
                                  "holding one variable, as in (f(g(x)))'", t)
                    e = self.in_range(rng[0], rng[1], self.parse_expr)
                    self.pos = rng[2]
                    v = self.pow(v.value() if isinstance(v, _Name) else v, e, t, shown)
                elif t.is_("cmd", "%") and not is_arr(v) and not isinstance(v, _Name):
                    self.pos += 1  # 50\%: a percentage, 50/100
                    v = Mul(v, Pow(Integer(100), -1))
                elif t.is_("op", "!") and not is_arr(v):
                    self.pos += 1
                    v = v.value() if isinstance(v, _Name) else v
                    v = factorial(v)  # a huge n! stays as written
                elif t.is_("op", "'") and self.model.transposing_primes and not isinstance(v, _Name) \
                        and (is_arr(v) or names_in(v) & self.model.primed_transposes):
                    # (y - Xw)': where a prime is the transpose (X', y'Xw), the bracket's too
                    self.pos += 1
                    v = arrays.transpose(v) if is_arr(v) else v
                elif t.is_("op", "'") and not isinstance(v, _Name) and not is_arr(v) \
                        and len(variables := self.prime_variables(v)) == 1:
                    # (f(g(x)))': the derivative of the bracket by the one variable it holds
                    self.pos += 1
                    v = Derivative(v, variables[0], evaluate=False)
                elif t.is_("op", "'"):
                    self.fail("a prime ' only follows a function name, as in f'(h), or a bracket "
                              "holding one variable, as in (f(g(x)))'", t)
                elif t.kind == "sub" and (rng := self.arg(self.pos + 1) or self.plus_sign(self.pos + 1)) \
                        and [u.val for u in self.toks[rng[0]:rng[1]]] == ["+"] and not isinstance(v, _Name):
                    self.pos = rng[2]  # (1 - m)_+: the positive part, max(0, 1 − m)
                    v = arrays.elementwise(lambda e: sympy.Max(0, e), v) if is_arr(v) else sympy.Max(0, v)
                elif t.is_("open", "(") and v == 1 and start is not None and self.pos == start + 1 \
                        and self.toks[start].is_("digit", "1") and (close := self.closing(self.pos)) is not None \
                        and close < self.limit and self.relation_in(self.pos + 1, close):
                    # 1(x_i w_j - x_i w_{y_i} + Δ > 0), 1(y_i = j): an indicator, 1 where the condition holds
                    cond = self.in_range(self.pos + 1, close, self.parse_relation)
                    self.pos = close + 1
                    v = sympy.Piecewise((Integer(1), cond), (Integer(0), True))
                elif t.kind == "sub" and v == 1 and rng is not None \
                        and self.relation_in(*self.set_braces(rng[0], rng[1])):
                    # 1_{i=j}, 1_{\{y^{(i)} = k\}}: an indicator
                    cond = self.in_range(*self.set_braces(rng[0], rng[1]), self.parse_relation)
                    self.pos = rng[2]
                    v = sympy.Piecewise((Integer(1), cond), (Integer(0), True))
                elif t.kind == "sub" and is_arr(v) and (rng := self.arg(self.pos + 1)) is not None \
                        and (at := self.entry_indices(v, rng, start)) is not None:
                    # (P - Y)_{mi}, [\sigma(\mathbf{a})]_i: one entry of a vector or matrix
                    self.pos = rng[2]
                    v = at
                elif t.kind == "sub" and not isinstance(v, _Name) and (rng := self.arg(self.pos + 1)) is not None \
                        and self.own_entry(v, rng):
                    self.pos = rng[2]  # (∂J/∂w_j)_j, (∂ŷ/∂H_{ij})_{ij}: the entry the bracket already is
                elif t.kind == "sub":
                    self.fail("a subscript `_` needs a name before it", t)
                else:
                    break
            return v

    def own_entry(self, v, rng) -> bool:
        """Does the subscript at ``rng`` after the value ``v`` (no vector) name indices ``v``'s
        entries already carry, every one of them, so the bracket is that entry written again?"""
        if is_arr(v) or not isinstance(v, sympy.Basic):
            return False
        try:
            got = self.subscript(rng[0], rng[1])
        except LatexError:
            return False
        if not isinstance(got, tuple) or not all(isinstance(i, sympy.Symbol) for i in got):
            return False
        carried = {i for a in v.atoms(Indexed) for i in a.indices}
        carried |= {i for d in v.atoms(Derivative) for x in d.variables if isinstance(x, Indexed) for i in x.indices}
        return set(got) <= carried

    def matrix_text(self, start: int) -> str:
        """The matrix read from token ``start`` to here, as written, without the bracket around
        all of it (``(X^TX + \\lambda I)`` -> ``X^TX + \\lambda I``): how its inverse is named."""
        lo, hi = start, self.pos
        if self.toks[lo].kind == "open" and self.closing(lo) == hi - 1:
            lo, hi = lo + 1, hi - 1
        return self.slice(lo, hi)

    def inverse_at(self, rng) -> bool:
        """Is the superscript at ``rng`` the power −1 (``^{-1}``, ``^-1``)?"""
        vals = [u.val for u in self.toks[rng[0]:rng[1]] if u.kind not in ("lbrace", "rbrace")]
        return vals == ["-", "1"]

    def entry_indices(self, v, rng, start):
        """The entry of the array ``v`` a subscript names (one index for a vector, two for a
        matrix, each a letter or a number), or None where the subscript names no entry."""
        if start is None:
            return None
        before = self.toks[start - 1] if start > 0 else None
        if before is not None and (before.kind in ("letter", "digit", "rbrace", "close", "sub", "sup")
                                   or before.kind == "cmd" and before.val in GREEK):
            return None  # s(\mathbf{x} + c)_i: the bracket may be s's argument, the entry s's
        idx = self.subscript(rng[0], rng[1])
        if not isinstance(idx, tuple):
            return None
        opened = [d for d, size in ((ROW, v.rows), (COL, v.cols)) if size != ONE]
        if len(idx) != len(opened) or not opened:
            return None
        return v.entry.xreplace(dict(zip(opened, idx, strict=True)))

    def parse_primary(self):
        t = self.peek()
        if t.is_("digit", "1") and (n := self.pos + 1) < self.limit and self.toks[n].is_("open", "{") \
                and self.relation_in(n + 1, self.closing(n)):
            return self.parse_indicator(t, n)  # 1\{k = i\}: the indicator, as \mathbb{1}\{k = i\}
        if t.kind == "digit":
            return self.parse_number()
        if t.is_("letter", "I") and "I" not in self.defined and (n := self.pos + 1) < self.limit \
                and self.toks[n].is_("open", "(") and self.relation_in(n + 1, self.closing(n)):
            return self.parse_indicator(t, n)  # I(g_i = k): the indicator, as \mathbb{1}(g_i = k)
        if t.is_("letter", "d") and "d" not in self.defined and self.d_slash(self.pos):
            return self.parse_d_slash(t)  # d/dx [x^2]: the operator, applied to what follows
        if t.is_("letter", "d") and "d" not in self.defined and (slash := self.d_ratio(self.pos)) is not None:
            # dμ/dθ, d(b')/dθ: the derivative written inline (as d·μ/d·θ it was μθ)
            top = self.in_range(self.pos + 1, slash, self.parse_expr)
            top = top.value() if isinstance(top, _Name) else top
            self.pos = slash + 2
            return self.derive(top, [self.parse_variable()], t)
        if t.kind == "letter" and t.val == "E" and t.left and (n := self.peek(1)) is not None \
                and n.kind == "open" and n.val in "([":
            self.pos += 1  # \mathrm{E}[Y], \mathrm E(y; η): the expectation, set upright, of the bracket
            return self.parse_name("E", False, t.pos, applied=True)
        if t.kind == "letter":
            run = [t]
            while (p := self.pos + len(run)) < self.limit and self.toks[p].kind == "letter" \
                    and self.toks[p].pos == run[-1].end:
                run.append(self.toks[p])
            word = "".join(x.val for x in run)
            after = self.toks[self.pos + len(run)] if self.pos + len(run) < self.limit else None
            if word.lower() in WORD_FUNCTIONS and after is not None and (after.kind == "open" and after.val in "(["
                                                                  or after.is_("op", "'")
                                                                  or self._power_then_call(self.pos + len(run))):
                self.pos += len(run)
                return self.parse_function(word.lower(), t)
            if word == "Pr" and after is not None and after.is_("open", "(") and "Pr" not in self.defined:
                self.pos += len(run)  # Pr(Y_i = y_i | x_i) without a backslash: still \Pr
                return self.parse_function("Pr", t)
            head = next((w for w in ("log", "ln", "exp") if word.startswith(w) and len(word) > len(w)), None)
            if head is not None and after is not None and after.kind == "open" and after.val == "(" \
                    and len(word) - len(head) == 1 and word[-1].isupper():
                # logP(y|x): the log of the function P (written without a space)
                self.pos += len(head)
                inner = self.parse_postfix()
                return FUNCTIONS[head][1](inner.value() if isinstance(inner, _Name) else inner)
            if (head := self._glued_function(word, after)) is not None:
                # xtanh(wx): x times tanh of the bracket, written without a space or a backslash
                self.readings.append(f"{word} read as {word[:-len(head)]} · {head}: {head} written without "
                                     f"a backslash")
                self.pos += 1
                return self.parse_name(t.val, False, t.pos)
            if (glued := self._glued_log(word, after)) is not None:
                self.readings.append(f"{word} read as {glued}: log written without a backslash")
                if word.startswith(("log", "ln")):  # logh_θ(x), lnx: the log of the name after it
                    self.pos += 3 if word.startswith("log") else 2
                    inner = self.parse_postfix()
                    return sympy.log(inner.value() if isinstance(inner, _Name) else inner)
                self.pos += 1  # ylog ŷ: y times the log that follows
                return self.parse_name(t.val, False, t.pos)
            if word.lower() in WORD_FUNCTIONS and after is not None and (
                    after.kind == "sub" or (word.lower() in ("log", "ln", "exp") and self.starts_factor(after))):
                self.pos += len(run)  # log_2 x, log x: the function, written without a backslash
                return self.parse_function(word.lower(), t)
            if len(run) >= 3 and word.lower() in WORD_FUNCTIONS and FUNCTIONS[word.lower()][0] == 1 \
                    and word.lower() not in ("log", "ln", "exp") and word.lower() not in self.defined:
                self.pos += len(run)  # dTanh/dx: the function's name, the function of what it is differentiated by
                return self.parse_name(word.lower(), False, t.pos)
            if word.isupper() and 2 <= len(word) <= 4 and set(word) <= self.model.capitals:
                # (ABC)^{-1}, UDV^T where the document writes A, B, C (U, D, V) each alone: a product
                self.readings.append(f"{word} read as the product {' '.join(word)}: the document writes "
                                     f"each of its letters alone")
                self.pos += 1
                return self.parse_name(t.val, False, t.pos)
            if (is_word(word) or is_initials(word)) and word.lower() not in WORD_FUNCTIONS:
                # net_i, Odds, output: a word written in a formula names one quantity
                self.readings.append(f"{word} read as one name, not a product of its letters")
                self.pos += len(run)
                return self.parse_name(word, False, t.pos)
            if t.val == "d" and len(run) >= 2 and "d" not in self.defined:
                # dz, dw_1, db: the gradient names of Ng's courses (dL/dz), one name each; dNLL too
                n = len(run) if is_initials(word[1:]) else 2
                self.pos += n
                return self.parse_name(word[:n], False, t.pos)
            self.pos += 1
            if t.val == "e" and not ((n := self.peek()) and n.kind == "sub"):
                return sympy.E
            return self.parse_name(t.val, False, t.pos)
        if t.kind == "word":
            self.pos += 1
            known = t.val if t.val in FUNCTIONS else t.val.lower() if t.val.lower() in WORD_FUNCTIONS else None
            if known is not None and known not in self.defined:
                return self.parse_function(known, t)
            n = self.peek()
            if t.left and n is not None and (n.kind in ("open", "sup") or n.is_("op", "'") or self.starts_factor(n)):
                return self.parse_function(t.val, t)  # \operatorname{name} before its argument
            # \text{Cost}(h, y): one word before `(` is a function; \text{Loss} alone a name
            return self.parse_name(t.val, False, t.pos, applied=n is not None and n.kind == "open"
                                   and n.val in "([")
        if t.kind == "lbrace":
            close = self.braces[self.pos]
            if close == self.pos + 1:
                self.fail("empty braces {}", t)
            named = self.braced_name(self.pos + 1, close)
            if named is not None and close + 1 < self.limit and self.toks[close + 1].kind in ("sub", "sup"):
                self.pos = close + 1  # {w}_{1}, {db}_{1}: the braces only group the name
                return self.parse_name(named[0], named[1], t.pos)
            lone = self.lone_name(self.pos + 1, close)
            if lone is not None:  # \theta{x}: braces around a name keep it a name (θᵀx reads on)
                self.pos = close + 1
                return lone
            e = self.in_range(self.pos + 1, close, self.parse_expr)
            self.pos = close + 1
            return e
        if t.is_("open", "(") and (lone := self.transposed_lone(self.pos)) is not None:
            return lone  # (x^{(i)})^T, (h^{l-1})^\top: the brackets only group the transposed name
        if t.kind == "open":
            return self.parse_group()
        if t.kind == "bar":
            self.pos += 1
            self.abs_depth += 1
            e = self.parse_expr()
            self.abs_depth -= 1
            if (c := self.peek()) is None or c.kind != "bar":
                self.fail("unbalanced |", t)
            self.pos += 1
            return sympy.Abs(e)
        if t.kind == "cmd":
            return self.parse_command(t)
        if t.kind == "begin":
            if t.val in PIECEWISE:
                return self.parse_cases()
            if t.val == "array":
                self.fail("an array is read only as cases, inside \\left\\{ … \\right.", t)
            if t.val.rstrip("*") in VECTOR_ENVIRONMENTS:
                return self.parse_vector(t)
            if t.val.rstrip("*").endswith("matrix"):
                self.fail(f"\\begin{{{t.val}}} cannot be read inside a side (matrix notation is not supported)", t)
            self.fail(f"\\begin{{{t.val}}} cannot be read inside a side", t)
        self.unexpected()

    def lone_name(self, lo: int, hi: int):
        """The name alone inside a brace group, with its own indices (``{x}``, ``{x^{(i)}}``),
        or None when the group holds anything else."""
        first = self.toks[lo]
        if not (first.kind == "letter" or first.kind == "cmd" and (first.val in GREEK or first.val in ACCENTS
                                                                  or first.val in BOLD)):
            return None
        saved = (self.pos, list(self.readings))
        try:
            v = self.in_range(lo, hi, self.parse_postfix)
        except LatexError:
            self.pos, self.readings = saved[0], saved[1]
            return None
        return v if isinstance(v, _Name) else None

    def transposed_lone(self, p: int):
        """At ``(`` of ``(x^{(i)})^T``: the name alone inside, its indices with it, when ``^T``
        follows the bracket (the position moved past the bracket); else None, position unchanged."""
        close = self.closing(p)
        if close <= p + 1 or close + 1 >= self.limit or not self.toks[close + 1].is_("sup", "^"):
            return None
        rng = self.arg(close + 2)
        if rng is None or self.superscript(rng[0], rng[1]) != ("T",):
            return None
        lone = self.lone_name(p + 1, close)
        if lone is None or lone.transposed:
            return None
        self.pos = rng[2]
        return replace(lone, transposed=True)

    def braced_name(self, lo: int, hi: int) -> tuple[str, bool] | None:
        """The name a brace group holds alone (``{w}``, ``{ x }``, ``{db}``, ``{\\hat{y}}``), or None.
        ``{e}`` stays Euler's number: ``{ e }^{ -x }`` is e^{-x}."""
        a = self.toks[lo]
        if hi - lo == 1 and a.kind in ("letter", "word") and a.val != "e" and a.val not in FUNCTIONS:
            return a.val, False
        if hi - lo == 1 and a.kind == "cmd" and a.val in GREEK:
            return a.val, False
        if hi - lo == 2 and a.is_("letter", "d") and self.toks[lo + 1].kind == "letter" \
                and self.toks[lo + 1].pos == a.end and "d" not in self.defined:
            return "d" + self.toks[lo + 1].val, False
        if a.kind == "cmd" and (a.val in ACCENTS or a.val in BOLD or a.val in PLAIN_FONTS):
            rng = self.arg(lo + 1)
            inner = self.toks[rng[0]] if rng is not None and rng[1] - rng[0] == 1 else None
            if rng is not None and rng[2] == hi and inner is not None and (
                    inner.kind in ("letter", "word") or inner.kind == "cmd" and inner.val in GREEK):
                name, vector, _ = self.name_in(lo, hi, a)
                return name, vector
        return None

    def parse_vector(self, begin: Tok):
        """``\\begin{bmatrix} x_1 \\\\ x_2 \\\\ \\vdots \\\\ x_n \\end{bmatrix}`` (pmatrix, matrix; or one row
        ``x_1 & x_2 & \\dots & x_n``): a vector written as its entries, the pattern of the entry
        before the dots and the last (as in a series, see ``series``) giving its entry at each
        index, from 1 up to a size. A matrix of several rows and columns, or entries without
        dots, are refused with the reason."""
        end, rows = self.environment_cells(begin)
        rows = [[(self.after_spacing(a, b), b) for a, b in r] for r in rows
                if any(a < b for a, b in r)]  # a trailing \\ leaves an empty row
        if rows and all(len(r) == 1 for r in rows):
            cells, column = [r[0] for r in rows], True
        elif len(rows) == 1:
            cells, column = [c for c in rows[0] if c[0] < c[1]], False
        elif (matrix := self.explicit_matrix(begin, end, rows)) is not None:
            return matrix
        else:
            self.fail(f"a matrix written entry by entry (\\begin{{{begin.val}}}) cannot be read; only a "
                      f"vector, one column or one row with \\vdots or \\dots between its entries", begin)
        return self.vector_of(cells, column, end, begin, f"\\begin{{{begin.val}}} … \\end{{{begin.val}}}",
                              f"\\begin{{{begin.val}}}")

    def vector_of(self, cells, column: bool, end: int, at: Tok, shown: str, named: str):
        """The vector of the entries in token ranges ``cells`` (written out, or a pattern with
        dots between its first entries and its last), a column or a row; read up to ``end``.
        ``shown`` names the written form in readings, ``named`` in errors."""
        env = named.startswith("\\begin")
        example = "x_1 \\\\ x_2 \\\\ \\vdots \\\\ x_n" if env else "[x_1, x_2, \\dots, x_n]"
        dots = "\\vdots" if env else "\\dots"
        parts = []
        for a, b in cells:
            if b - a == 1 and self.toks[a].kind == "cmd" and (self.toks[a].val in DOTS or self.toks[a].val == "vdots") \
                    or b - a == 1 and self.toks[a].is_("op", "."):
                # \vdots, or rows of one full stop each (y_1 \\ . \\ . \\ . \\ y_m): the entries between
                if not (parts and parts[-1][3] is _DOTS):
                    parts.append(["+", a, b, _DOTS])
            else:
                parts.append(["+", a, b, self.in_range(a, b, self.parse_expr)])
        if not any(p[3] is _DOTS for p in parts) and (own := self.own_entries(parts)) is not None:
            # z = [z_1; z_2; z_3], y^{(i)} = [y_1^{(i)}; y_2^{(i)}]: the name's own vector, its size written
            self.pos = end + 1
            self.readings.append(f"{shown} read as the vector of "
                                 f"the {own.rows} entries of `{own.entry.base}`")
            return replace(own, src=self.slice(cells[0][0], end)) if column \
                else Arr(own.entry.xreplace({ROW: COL}), ONE, own.rows, self.slice(cells[0][0], end), own.start)
        if not any(p[3] is _DOTS for p in parts) and 1 <= len(parts) <= MAX_ENTRIES \
                and not any(is_arr(p[3]) or isinstance(p[3], _Name) and (p[3].vector or p[3].transposed)
                            for p in parts):
            # \begin{pmatrix} 0.5 \\ 0.1 \end{pmatrix}: a vector of the entries written, each a number
            # (a matrix of one entry is that entry: [1 - σ(x)] as a bracket)
            self.pos = end + 1
            values = [p[3].value() if isinstance(p[3], _Name) else p[3] for p in parts]
            cell = self.toks[cells[0][0]:cells[0][1]]
            dotted = any(t.kind == "cmd" and (t.val in DOTS or t.val == "vdots") for t in cell) \
                or any(all(u.is_("op", ".") for u in cell[q:q + 3]) for q in range(len(cell) - 2))  # ...
            if len(values) == 1 and not dotted:
                return values[0]
            if len(values) == 1:
                way = "with & or \\\\" if env else "with commas"
                self.fail(f"one entry with dots ({named}) cannot be read as a vector; separate its entries {way}", at)
            entry = _written_entry(ROW if column else COL, values)
            self.readings.append(f"{shown} read as the vector of its "
                                 f"{len(values)} entries")
            size = Integer(len(values))
            return Arr(entry, size, ONE, self.slice(cells[0][0], end)) if column \
                else Arr(entry, ONE, size, self.slice(cells[0][0], end))
        if not any(p[3] is _DOTS for p in parts):
            self.fail(f"a vector written entry by entry ({named}) is read only as a pattern, "
                      f"with {dots} between its first entries and its last, as in {example}", at)
        readings = len(self.readings)
        got = self.series(parts, sympy.Sum, self.parse_expr)  # an entry is a whole expression
        del self.readings[readings:]
        total = got[0][3] if len(got) == 1 else None
        if not isinstance(total, sympy.Sum) or total.limits[0][1] != 1:
            self.fail(f"the entries of this vector must follow one pattern from its first entry (1) to "
                      f"its last, as in {example}", at)
        k, _, size = total.limits[0]
        self.readings.append(f"{shown} read as the vector of entries 1..{size} "
                             f"that `{self.slice(*cells[-1])}` is the last of")
        self.pos = end + 1
        if column:
            return Arr(total.function.xreplace({k: ROW}), size, ONE, self.slice(cells[0][0], end))
        return Arr(total.function.xreplace({k: COL}), ONE, size, self.slice(cells[0][0], end))

    def listed_vector(self, start: int):
        """``[4x_1 + 2x_2, 2x_1 + 6x_2]^T``, ``[a_1, a_2, \\cdots, a_n]``, ``(2, 6)^T``: the entries of
        a vector listed in brackets, as ``\\begin{bmatrix}`` reads them; None where the list may be
        something else (a pair or an interval in round brackets without ^T)."""
        opener = self.toks[start]
        if opener.val not in "([":
            return None
        close = self.closing(start)
        if close >= self.limit or not self.toks[close].is_("close", ")" if opener.val == "(" else "]"):
            return None
        after = self.toks[close + 1] if close + 1 < self.limit else None
        turned = after is not None and after.kind == "sup" and (rng := self.arg(close + 2)) is not None \
            and self.superscript(rng[0], rng[1]) == ("T",)
        if opener.val == "(" and not turned:
            return None
        commas = {id(u) for u in self.top_level(start) if u.is_("op", ",")}
        cuts = [q for q in range(start + 1, close) if id(self.toks[q]) in commas]
        cells = [(a + 1, b) for a, b in zip([start, *cuts], [*cuts, close], strict=True)]
        if len(cells) < 2 or any(a >= b for a, b in cells):
            return None
        # a list is written in a line because text runs in lines: the vector of its entries, a
        # column (with ^T after it, as the author marks it, too)
        listed = f"[{self.slice(cells[0][0], cells[-1][1])}]"
        got = self.vector_of(cells, True, close, opener, listed, "a list in brackets")
        if turned and is_arr(got):
            self.pos = rng[2]
        return got

    def explicit_matrix(self, begin: Tok, end: int, rows) -> Arr | None:
        """``\\begin{pmatrix} a_1(1 - a_1) & -a_1 a_2 \\\\ -a_2 a_1 & a_2(1 - a_2) \\end{pmatrix}``: a matrix
        of the entries written, every row as long as the first and no dots among them (a
        pattern of entries is another matter); None otherwise."""
        cells = [[c for c in r if c[0] < c[1]] for r in rows]
        if len({len(r) for r in cells}) != 1 or len(cells) * len(cells[0]) > MAX_MATRIX_ENTRIES \
                or any(t.kind == "cmd" and (t.val in DOTS or t.val in ("vdots", "ddots"))
                       for r in cells for a, b in r for t in self.toks[a:b]) \
                or any(all(t.is_("op", ".") for t in self.toks[a:b]) for r in cells for a, b in r):
            return None
        values = []
        for r in cells:
            row = []
            for a, b in r:
                v = self.in_range(a, b, self.parse_expr)
                v = v.value() if isinstance(v, _Name) else v
                if is_arr(v) or isinstance(v, _Name):
                    return None
                row.append(v)
            values.append(row)
        entry = _written_entry(ROW, [_written_entry(COL, row) for row in values])
        self.pos = end + 1
        self.readings.append(f"\\begin{{{begin.val}}} … \\end{{{begin.val}}} read as the "
                             f"{len(values)} × {len(values[0])} matrix of its entries")
        return Arr(entry, Integer(len(values)), Integer(len(values[0])), self.slice(cells[0][0][0], end))

    @staticmethod
    def own_entries(parts) -> Arr | None:
        """Are the entries y_1, y_2, … of one name, in order (y_1^{(i)}, y_2^{(i)}, … of one sample
        too)? Then the vector is that name written by its entries, a restatement (as a
        definition, y = [y_1; y_2] would refer to itself), from y_0 too (x = [x_0; x_1; x_2]):
        that name's vector, of as many entries as are written; else None."""
        values = [p[3].value() if isinstance(p[3], _Name) else p[3] for p in parts]
        head = values[0]
        if len(values) < 2 or not isinstance(head, Indexed) or head.indices[-1] not in (0, 1):
            return None
        first = int(head.indices[-1])
        if not all(isinstance(v, Indexed) and v.base == head.base and v.indices[:-1] == head.indices[:-1]
                   and v.indices[-1] == k for k, v in enumerate(values, start=first)):
            return None
        return Arr(head.base[(*head.indices[:-1], ROW)], Integer(len(values)), ONE, start=first)

    def after_spacing(self, lo: int, hi: int) -> int:
        """Where a matrix cell starts after a row's spacing (``\\\\[10pt]``)."""
        if lo < hi and self.toks[lo].is_("open", "["):
            close = next((q for q in range(lo, hi) if self.toks[q].is_("close", "]")), None)
            if close is not None and all(t.kind in ("digit", "letter", "op") for t in self.toks[lo + 1:close]):
                return close + 1
        return lo

    def parse_cases(self) -> sympy.Expr:
        """``\\begin{cases} v_1 & c_1 \\\\ v_2 & c_2 \\end{cases}`` (dcases, and an array inside
        ``\\left\\{ … \\right.``): SymPy's Piecewise, rows in order. A row without a condition
        (``\\text{otherwise}``, ``\\text{else}``: prose, dropped) holds where the others do not."""
        begin = self.peek()
        end, rows = self.environment_cells(begin)
        values, conditions = [], []
        for cells in rows:
            lo, hi = cells[0][0], cells[-1][1]
            if lo == hi:
                continue  # an empty row (a trailing \\)
            if len(cells) == 1:
                self.fail("a row of cases needs a value and a condition: v & x > 0", self.toks[lo])
            amp = cells[0][1]
            clo, chi = amp + 1, self.trim(amp + 1, hi)
            while clo < chi and (self.toks[clo].kind == "amp" or self.toks[clo].is_("op", ",")):
                clo += 1  # a third column (v & \text{if} & x > 0) or a comma before the condition
            values.append(self.in_range(lo, self.trim(lo, amp), self.parse_expr))
            conditions.append((clo, chi))
        if not values:
            self.fail(f"\\begin{{{begin.val}}} has no rows", begin)
        saved = self.index_names
        self.index_names = frozenset(s.name for v in values for s in v.free_symbols
                                     if isinstance(s, sympy.Symbol) and s.is_integer and s.name in INDEX_LETTERS)
        try:
            conds = [sympy.true if lo >= hi else self.in_range(lo, hi, self.parse_relation) for lo, hi in conditions]
        finally:
            self.index_names = saved
        self.pos = end + 1
        return sympy.Piecewise(*zip(values, conds, strict=True))

    def environment_cells(self, begin: Tok) -> tuple[int, list[list[tuple[int, int]]]]:
        """The token index of ``\\end`` of the environment opened at ``self.pos``, and its rows,
        each a list of cells (token ranges) cut at the ``\\\\`` and ``&`` outside every group."""
        end = self.closing(self.pos)
        if end >= self.limit or not self.toks[end].is_("end", begin.val):
            self.fail(f"\\begin{{{begin.val}}} and its \\end must be inside the same group", begin)
        rows, row, lo, depth = [], [], self.pos + 1, 0
        for q in range(self.pos + 1, end + 1):
            kind = self.toks[q].kind if q < end else "row"
            depth += {"lbrace": 1, "open": 1, "begin": 1, "rbrace": -1, "close": -1, "end": -1}.get(kind, 0)
            if depth == 0 and kind in ("row", "amp"):
                row.append((lo, q))
                lo = q + 1
                if kind == "row":
                    rows.append(row)
                    row = []
        return end, rows

    def trim(self, lo: int, hi: int) -> int:
        """The end of tokens ``lo:hi`` without the punctuation after a value or a condition."""
        while hi > lo and self.toks[hi - 1].kind == "op" and self.toks[hi - 1].val in ",.;":
            hi -= 1
        return hi

    def top_level_at(self, lo: int, q: int) -> bool:
        """Is token ``q`` outside every group and environment opened from ``lo``?"""
        depth = 0
        for t in self.toks[lo:q]:
            depth += {"lbrace": 1, "open": 1, "begin": 1, "rbrace": -1, "close": -1, "end": -1}.get(t.kind, 0)
        return depth == 0

    def parse_relation(self):
        """A condition: ``i = j``, ``i \\neq j``, ``z \\geq 0``, ``0 < z < 1``; several joined by ``,``
        or ``\\land`` hold together. Which index letters are indices: see ``compare``."""
        parts = []
        while True:
            while (t := self.peek()) is not None and (t.is_("cmd", "forall") or t.kind == "amp"):
                self.pos += 1  # ∀; a column of its own in cases (ax & x \le 0 & a > 0): one more condition
            start, lhs, chain = self.peek(), self.parse_expr(), 0
            while (t := self.peek()) is not None and (t.kind == "op" and t.val in "=<>"
                                                      or t.kind == "cmd" and t.val in _CONDITION_OPS):
                self.pos += 1
                op = t.val
                if op in "<>" and (e := self.peek()) is not None and e.is_("op", "=") and e.pos == t.end:
                    self.pos += 1  # x <= 0, typed: ≤
                    op = "le" if op == "<" else "ge"
                rhs = self.parse_expr()
                parts.append(self.compare(op, lhs, rhs))
                lhs, chain = rhs, chain + 1
            if not chain:
                self.fail("a condition needs a relation (=, ≠, <, >, ≤, ≥)", start)
            if (t := self.peek()) is not None and (t.is_("op", ",") or t.is_("cmd", "land") or t.is_("cmd", "wedge")
                                                   or t.kind == "amp"):
                self.pos += 1
                continue
            return parts[0] if len(parts) == 1 else sympy.And(*parts)

    def compare(self, op: str, a: sympy.Expr, b: sympy.Expr):
        """The relation ``a op b`` of a condition. An index letter alone on a side is an index (a
        positive integer) when two are compared (``i = j``) or when the text around uses it as one
        (``index_names``: the values of cases); then so are the letters compared with it
        (``i = j + 1``). Otherwise it is a real: ``t > 0`` in cases is not about a count."""
        def letter(e):
            return isinstance(e, sympy.Symbol) and e.name in INDEX_LETTERS and not e.is_integer

        def label(e):  # y, y^{(i)}, y_i: a name that may hold a class
            return isinstance(e, (sympy.Symbol, Indexed)) and not e.is_integer and not letter(e)
        # two letters (i = j), or one equal to a name (y = k, y^{(i)} \neq k: which class, as in
        # 1_{\{y = k\}} beside it), or where the text around uses it as an index
        both = letter(a) and letter(b) \
            or op in ("=", "neq", "ne") and (letter(a) and label(b) or letter(b) and label(a))
        a, b = (index(e.name) if letter(e) and (both or self.index_names is None or e.name in self.index_names)
                else e for e in (a, b))
        if any(isinstance(e, sympy.Symbol) and e.is_integer and e.name in INDEX_LETTERS for e in (a, b)):
            a, b = _as_indices(a), _as_indices(b)
        for e in (a, b):
            if is_arr(e):  # y_i = 1 with y_i a sample's vector: no number to compare
                self.fail(f"a condition compares numbers, and {e.named()} is not one",
                          self.toks[max(0, min(self.pos, len(self.toks)) - 1)])
        return _CONDITION_OPS[op](a, b)

    def parse_number(self) -> sympy.Expr:
        lo = p = self.pos
        while p + 1 < self.limit and self.toks[p + 1].kind == "digit" and self.toks[p + 1].pos == self.toks[p].end:
            p += 1
        if p + 2 < self.limit and self.toks[p + 1].is_("op", ".") and self.toks[p + 2].kind == "digit" \
                and self.toks[p + 1].pos == self.toks[p].end:
            p += 2
            while p + 1 < self.limit and self.toks[p + 1].kind == "digit" and self.toks[p + 1].pos == self.toks[p].end:
                p += 1
        self.pos = p + 1
        digits = "".join(t.val for t in self.toks[lo : p + 1])
        if len(digits) > MAX_DIGITS:
            self.fail(f"a number with more than {MAX_DIGITS} digits", self.toks[lo])
        return sympy.Rational(digits) if "." in digits else Integer(digits)

    def parse_group(self) -> sympy.Expr:
        t = self.peek()
        if t.val == "|" and t.left:
            self.pos += 1
            e = self.parse_expr()
            c = self.peek()
            if c is None or not (c.kind == "close" and c.left):
                self.fail(f"unbalanced {src(self.text, t)}", t)
            self.pos += 1
            return sympy.Abs(e)
        if t.val == "<":
            return self.parse_inner_product(t)
        if t.val not in "([{.":
            self.fail(f"cannot read the bracket `{src(self.text, t)}`", t)
        if t.val == "{" and (b := self.peek(1)) is not None and b.kind == "begin" \
                and (b.val in ("array", "matrix", "matrix*") or b.val in PIECEWISE):
            self.pos += 1  # \left\{ \begin{array}{ll} v & c \\ … \end{array} \right.: cases
            e = self.parse_cases()
            if (c := self.peek()) is None or c.kind != "close" or c.left != t.left:
                self.fail(f"unbalanced {src(self.text, t)}", t)
            self.pos += 1
            return e
        opened = self.pos
        self.pos += 1
        saved = (self.abs_depth, self.operands)
        self.abs_depth, self.operands = 0, 0  # a bracket is read whole, whatever operator it is in
        e = self.parse_expr()
        self.abs_depth, self.operands = saved
        c = self.peek()
        if c is not None and c.kind == "cmd" and c.val in GROUP_DIVIDERS:
            self.unexpected()
        if c is not None and c.is_("op", ",") and (listed := self.listed_vector(opened)) is not None:
            return listed
        if c is not None and c.is_("op", ","):
            self.fail("a list in brackets, (a, b, …), is not one value: write a vector as "
                      "\\begin{bmatrix} a_1 \\\\ \\vdots \\\\ a_n \\end{bmatrix}, or each entry on its own", c)
        if c is None or c.kind != "close" or c.left != t.left:
            opener = src(self.text, t)
            self.fail("unbalanced parenthesis" if not t.left else f"unbalanced {opener}", t)
        self.pos += 1
        if t.val == "." and c.val == "|" and (s := self.peek()) is not None and s.kind == "sub" \
                and (rng := self.arg(self.pos + 1)) is not None and self.relation_in(rng[0], rng[1]):
            # \left. \frac{\partial g}{\partial \xi} \right|_{\xi = \alpha}: the bracket at ξ = α
            at = self.in_range(rng[0], rng[1], self.parse_relation)
            if not isinstance(at, sympy.Eq) or not isinstance(at.lhs, (sympy.Symbol, Indexed)) or is_arr(e):
                self.fail("an evaluation bar names one variable and its value, as in "
                          "\\left. f \\right|_{x = a}", s)
            self.pos = rng[2]
            return sympy.Subs(e, at.lhs, at.rhs)
        return e

    def parse_inner_product(self, t: Tok):
        """``\\langle \\mathbf{w}, \\mathbf{x} \\rangle``: the inner product of two vectors (their
        dot product), or the product of two numbers."""
        close = self.closing(self.pos)
        if close >= self.limit or not self.toks[close].is_("close", ">"):
            self.fail("unbalanced \\langle", t)
        commas = [p for p in range(self.pos + 1, close)
                  if self.toks[p].is_("op", ",") and self.top_level_at(self.pos + 1, p)]
        if len(commas) != 1:
            self.fail("an inner product \\langle a, b \\rangle needs two sides and one comma", t)
        col = t.pos

        def side(lo: int, hi: int):
            # a name alone (⟨w, x⟩ with w, x vectors the document states) stays a name, which
            # as_array reads as its vector; parse_expr would have made it one number
            alone = scripted_name_at(self.toks, lo)[1] == hi
            return self.in_range(lo, hi, self.parse_postfix if alone else self.parse_expr)

        a, b = side(self.pos + 1, commas[0]), side(commas[0] + 1, close)
        left, right = self.as_array(a), self.as_array(b)
        if is_arr(left) != is_arr(right) and isinstance(other := b if is_arr(left) else a, _Name) \
                and not other.transposed and (not other.feats or other.sample is None and len(other.feats) == 1
                                              and isinstance(other.feats[0], sympy.Symbol)):
            # ⟨w, x⟩, ⟨w, x_i⟩ with one side a vector: a name on the other is one too (x_i the i-th
            # sample's), as the product says
            sample = other.sample if other.sample is not None or not other.feats else other.feats[0]
            vec = self.arr_of(replace(other, sample=sample, feats=(), vector=True))
            left, right = (left, vec) if is_arr(left) else (vec, right)
        self.pos = close + 1
        if is_arr(left) and is_arr(right):
            return arrays.dot(left, right, self.fresh, self.text, col)
        if is_arr(left) or is_arr(right):
            self.fail("an inner product of a vector and a number cannot be read", t)
        return Mul(left, right)

    def as_array(self, v):
        """A value read alone as an array where it is a vector's or matrix's name, else as is."""
        if isinstance(v, _Name):
            return self.arr_of(v) if v.vector or v.name in self.model.vectors or self.is_matrix(v) \
                else v.value()
        return v

    def parse_command(self, t: Tok):
        name = t.val
        if name in FRACS:
            return self.parse_frac(t)
        if name == "sigma" and self._power_then_call(self.pos + 1) and not self._primes_at(self.pos + 1):
            self.pos += 1  # \sigma^2(z) is σ(z)², as \tanh^2(x) is tanh(x)²
            return self.parse_function(name, t)
        if name == "delta" and "delta" not in self.defined and (pair := self._index_pair(self.pos + 1)):
            self.pos = pair[2]  # \delta_{jk}: the Kronecker delta
            return sympy.KroneckerDelta(index(pair[0]), index(pair[1]))
        if name == "delta" and self.delta_names(self.pos, self.limit) and self.slash_derivative(self.pos):
            return self.parse_partial_slash(t)  # \delta E / \delta w
        if name in ("mathbb", "mathds", *_BOLD_ONE) and (rng := self.arg(self.pos + 1)) is not None \
                and rng[1] - rng[0] == 1 and (self.toks[rng[0]].is_("digit", "1")
                                              or self.toks[rng[0]].is_("letter", "I") and self._condition_at(rng[2])) \
                and (name not in _BOLD_ONE or self._condition_at(rng[2])):
            return self.parse_indicator(t, rng[2])  # \mathbf{1}\{y = k\}; \mathbf{1} alone is the ones vector
        if name in BRACE_NOTES:
            return self.parse_brace_note(t)
        if name in ("sum", "prod") and self.sum_as_name(self.pos):
            self.pos += 1  # e_i / \sum, \sum^2: the sum named by its sign, the quantity Σ
            sub = self.arg(self.pos + 1) if (u := self.peek()) is not None and u.kind == "sub" else None
            label = f"_{self.toks[sub[0]].val}" if sub else ""  # Σ_K: sum_as_name took one letter
            self.readings.append(f"\\{name}{label} with nothing to sum read as the quantity "
                                 f"{'Σ' if name == 'sum' else 'Π'}{label}")
            return self.parse_name("Sigma" if name == "sum" else "Pi", False, t.pos)
        if name == "Delta" and (u := self.peek(1)) is not None and u.kind == "letter" \
                and ((w := self.peek(2)) is None or not w.is_("open", "(")):
            # \Delta x, \Delta w: the change in x, one quantity (Δ times x is not written so)
            self.pos += 2
            self.readings.append(f"\\Delta {u.val} read as one quantity, the change Δ{u.val}")
            return self.parse_name(f"Delta{u.val}", False, t.pos)
        if name in GREEK:
            self.pos += 1
            return self.parse_name(name, False, t.pos)
        if name == "pi":
            self.pos += 1
            return sympy.pi
        if name == "infty":
            self.pos += 1
            return sympy.oo
        if name in ACCENTS or name in BOLD or name in PLAIN_FONTS:
            return self.parse_decorated(t)
        if name in FUNCTIONS:
            self.pos += 1
            return self.parse_function(name, t)
        if name == "sqrt":
            return self.parse_sqrt(t)
        if name == "partial":
            return self.parse_partial_slash(t)
        if name in DELEGATED:
            return self.delegate(t)
        if name in DOTS:
            self.fail(f"\\{name} inside an expression cannot be read; put it on a step of its own", t)
        if name in GROUP_DIVIDERS or name == "mid":
            self.unexpected()
        if name in RELATIONS:
            self.fail(f"\\{name} is not `=`; only equalities can be checked", t)
        if name == "int":
            return self.parse_integral(t)
        if name == "lim":
            return self.parse_limit(t)
        if name in ("iint", "iiint", "oint"):
            self.fail(f"\\{name} cannot be read; write one \\int for each variable", t)
        if name == "nabla":
            rng = self.gradient_argument(self.pos + 1)
            if rng is None and (by := self.written_of(self.pos + 1)) is not None:
                # \nabla J where the document writes J(\theta): the gradient by that vector
                self.pos += 1
                from derive.latex.printer import point_latex

                shown, of = self.slice(self.pos, self.pos + by[2]), point_latex(by[1])
                self.readings.append(f"\\nabla {shown} read as \\nabla_{{{of}}} {shown}: the document "
                                     f"writes {shown}({of})")
                variable = base(by[1])[ROW] if by[1] in self.model.vectors else self.model.symbol(by[1])
                return self.apply_operator(t, [(variable, 1)], f"∇_{of}")
            if rng is None and (by := self.bracket_variable(self.pos + 1)) is not None:
                # \nabla\langle w, x \rangle, \nabla(w^T w) where the document differentiates by
                # the vector w elsewhere, and by no other name in the bracket: the gradient by w
                self.pos += 1
                self.readings.append(f"\\nabla before a bracket read as \\nabla_{{{by}}}: the only name in it "
                                     f"the document differentiates by")
                return self.apply_operator(t, [(base(by)[ROW], 1)], f"∇_{by}")
            if rng is None:
                self.fail("\\nabla needs the vector it differentiates by, as in \\nabla_{\\mathbf{w}} J", t)
            # \nabla f(\boldsymbol{\beta}): the gradient by the vector the function is written of;
            # \nabla E(\hat{b}) of a number differentiated by elsewhere: the derivative by it
            by_number = not self.vector_at(*rng) and not self.entry_at(*rng)
            variables = [self.in_range(rng[0], rng[1], self.parse_variable if by_number
                                       else self.parse_gradient_variable)]
            self.pos += 1
            return self.apply_operator(t, variables, "∇_" + self.slice(rng[0], rng[1]))
        if name in ("pm", "mp"):
            self.fail(f"\\{name} cannot be checked; write the two cases as two steps", t)
        self.fail(f"unknown command \\{name}", t)

    def parse_integral(self, t: Tok) -> sympy.Expr:
        """``\\int_a^b f(y)\\,dy``, ``\\int p(y; η)\\,\\mathrm{d}y``: the integral of what stands before
        the differential by its variable; without bounds, or over a set (``\\int_y``,
        ``\\int_{x \\in \\mathbb{R}^d}``), over all the values the variable takes."""
        self.pos += 1
        if (u := self.peek()) is not None and u.is_("cmd", "limits"):
            self.pos += 1
        bounds = {}
        while (s := self.peek()) is not None and s.kind in ("sub", "sup") and s.kind not in bounds:
            rng = self.arg(self.pos + 1)
            if rng is None:
                self.fail(f"\\int{s.val} needs an argument", s)
            bounds[s.kind] = rng
            self.pos = rng[2]
        start = self.pos
        found = self.differential(start)
        if found is None:
            self.fail("\\int needs its differential after what it integrates, as in \\int f(y)\\,dy", t)
        d_at, var_at, end = found
        if var_at == d_at:  # \text{dt}: the variable is the word's second letter
            word = self.toks[d_at]
            var = self.in_range(end, end, lambda: self.parse_name(word.val[1], False, word.pos))
        else:
            var = self.in_range(var_at, end, self.parse_postfix)
        var = var.value() if isinstance(var, _Name) else var
        if not isinstance(var, sympy.Symbol):
            self.fail("\\int integrates by one variable written as a letter, as in dy", self.toks[var_at])
        # its own symbol (the y of ∫ … dy is no sample's y, whatever y is elsewhere): printed alike
        var = sympy.Symbol(var.name, real=True, finite=True)
        self.integrating.append(var)
        try:
            body = Integer(1) if d_at == start else self.in_range(start, d_at, self.parse_expr)
        finally:
            self.integrating.pop()
        if is_arr(body):
            self.fail("the integral of a vector cannot be read; integrate each entry", t)
        body = body.value() if isinstance(body, _Name) else body
        self.pos = end
        lower, upper = bounds.get("sub"), bounds.get("sup")
        if lower is not None and upper is not None:
            lo = self.in_range(lower[0], lower[1], self.parse_expr)
            hi = self.in_range(upper[0], upper[1], self.parse_expr)
            return sympy.Integral(body, (var, lo, hi))
        if upper is not None:
            self.fail("\\int with an upper bound needs a lower one too", t)
        return sympy.Integral(body, var)  # over the values the variable takes: never worked out

    def parse_limit(self, t: Tok) -> sympy.Expr:
        """``\\lim_{h \\to 0} \\frac{e^{x+h} - e^x}{h}``: the limit of the term after it, from both
        sides (``\\to 0^+``: from above)."""
        self.pos += 1
        if (u := self.peek()) is not None and u.is_("cmd", "limits"):
            self.pos += 1
        if (s := self.peek()) is None or s.kind != "sub" or (rng := self.arg(self.pos + 1)) is None:
            self.fail("\\lim needs where its variable goes, as in \\lim_{h \\to 0}", t)
        arrow = next((q for q in range(rng[0], rng[1]) if self.toks[q].kind == "cmd"
                      and self.toks[q].val in ("to", "rightarrow", "longrightarrow")), None)
        if arrow is None or arrow == rng[0]:
            self.fail("\\lim needs where its variable goes, as in \\lim_{h \\to 0}", t)
        var = self.in_range(rng[0], arrow, self.parse_postfix)
        var = var.value() if isinstance(var, _Name) else var
        if not isinstance(var, sympy.Symbol):
            self.fail("\\lim takes its variable to a point: one letter, as in \\lim_{h \\to 0}", t)
        hi, side = rng[1], 0
        if hi - arrow > 3 and self.toks[hi - 2].kind == "sup" and self.toks[hi - 1].kind == "op" \
                and self.toks[hi - 1].val in "+-":
            side, hi = (1 if self.toks[hi - 1].val == "+" else -1), hi - 2  # 0^+: from above, 0^-: below
        point = self.in_range(arrow + 1, hi, self.parse_expr)
        if point in (sympy.oo, -sympy.oo):
            side = -1 if point == sympy.oo else 1
        self.pos = rng[2]
        if self.peek() is None or not (self.starts_factor(self.peek()) or self.starts_scoped(self.pos)):
            self.fail("\\lim has nothing after it", t)
        body = self.parse_term()
        if is_arr(body):
            self.fail("the limit of a vector cannot be read; take the limit of each entry", t)
        body = body.value() if isinstance(body, _Name) else body
        return LimitOf(body, var, point, side)

    def differential(self, p: int) -> tuple[int, int, int] | None:
        """From ``p``, the first ``d`` at the top level followed by one variable (``dy``,
        ``\\mathrm{d}x``, ``d\\theta``, ``\\text{dx}``): (the d's token, the variable's, the end)."""
        depth = 0
        for q in range(p, self.limit):
            u = self.toks[q]
            if u.kind in ("open", "lbrace", "begin"):
                depth += 1
            elif u.kind in ("close", "rbrace", "end"):
                depth -= 1
                if depth < 0:
                    return None
            elif depth == 0 and u.kind == "word" and len(u.val) == 2 and u.val[0] == "d":
                return (q, q, q + 1)  # \text{dx}: the differential set as one word
            elif depth == 0 and u.is_("letter", "d") and q + 1 < self.limit:
                v = self.toks[q + 1]
                if not (v.kind == "letter" or v.kind == "cmd" and v.val in GREEK):
                    continue
                if v.kind == "letter" and v.pos != u.end and not u.left \
                        and not (q + 2 >= self.limit or self.toks[q + 2].kind in ("op", "rel", "close")):
                    continue  # d y_i … : a product of d and y, unless it ends the integral
                end = q + 2
                if end < self.limit and self.toks[end].kind in ("sub", "sup"):
                    continue  # de^y: by an expression, not a variable
                return (q, q + 1, end)
            elif depth == 0 and (u.is_("op", "=") or u.is_("cmd", "int") and q > p):
                return None  # the side ends, or another integral begins, before any differential
        return None

    def written_of(self, p: int) -> tuple[str, str, int] | None:
        """After ``\\nabla`` at ``p``: a bare name the document writes as a function of one name
        (``J`` of ``J(\\theta)``), as (name, variable, its tokens); else None."""
        if p >= self.limit or not self.model.written_of:
            return None
        name, end, _ = name_at(self.toks, p)
        if name is None or end < self.limit and self.toks[end].kind in ("sub", "sup", "open"):
            return None
        variable = dict(self.model.written_of).get(name)
        return (name, variable, end - p) if variable is not None else None

    def slash_derivative(self, p: int) -> bool:
        """``\\delta E / \\delta w``: from the δ at ``p``, a ``/`` then ``\\delta`` in the same group."""
        depth = 0
        for q in range(p + 1, self.limit):
            u = self.toks[q]
            if u.kind in ("lbrace", "open"):
                depth += 1
            elif u.kind in ("rbrace", "close"):
                depth -= 1
                if depth < 0:
                    return False
            elif depth == 0 and (u.kind == "op" or u.kind == "cmd" and u.val in PRODUCT_OPS):
                return u.is_("op", "/") and q + 1 < self.limit and self.toks[q + 1].is_("cmd", "delta")
        return False

    def _condition_at(self, p: int) -> bool:
        r"""Does a bracketed or subscripted condition (``\{y = k\}``, ``_{y = k}``) start at ``p``?"""
        n = self.toks[p] if p < self.limit else None
        if n is not None and n.kind == "sub" and (a := self.arg(p + 1)) is not None:
            return self.relation_in(a[0], a[1])
        return n is not None and n.kind == "open" and n.val in "([{" and self.relation_in(p + 1, self.closing(p))

    def parse_indicator(self, t: Tok, after: int) -> sympy.Expr:
        """``\\mathbb{1}\\{y = k\\}``, ``\\mathbb{1}_{y = k}``, ``\\mathbb{1}(y = k)``: the indicator of a
        condition, ``Piecewise((1, cond), (0, True))``; ``\\mathbb{1}`` alone is the name indicator."""
        self.pos = after
        n = self.peek()
        rng = None
        if n is not None and n.kind == "sub" and (a := self.arg(self.pos + 1)) is not None:
            rng = (*self.set_braces(a[0], a[1]), a[2])  # \mathbb{1}_{\{y = k\}} as \mathbb{1}_{y = k}
        elif n is not None and n.kind == "open" and n.val in "([{":
            close = self.closing(self.pos)
            rng = (self.pos + 1, close, close + 1)
        if rng is None or not self.relation_in(rng[0], rng[1]):
            return self.parse_name("indicator", False, t.pos)
        cond = self.in_range(rng[0], rng[1], self.parse_relation)
        self.pos = rng[2]
        return sympy.Piecewise((Integer(1), cond), (Integer(0), True))

    def parse_brace_note(self, t: Tok) -> sympy.Expr:
        """``\\underbrace{x}_{\\text{…}}``, ``\\overbrace{x}^{…}``: the value is x, the note is prose."""
        rng = self.arg(self.pos + 1)
        if rng is None:
            self.fail(f"\\{t.val} needs an argument", t)
        e = self.in_range(rng[0], rng[1], self.parse_expr)
        self.pos = rng[2]
        if (s := self.peek()) is not None and s.kind == BRACE_NOTES[t.val]:
            note = self.arg(self.pos + 1)
            self.pos = note[2] if note is not None else self.pos + 1
        return e

    def closing(self, p: int) -> int:
        """The index of the bracket that closes the one at ``p`` (or the end of the range)."""
        depth = 0
        for q in range(p, self.limit):
            kind = self.toks[q].kind
            if kind in ("open", "lbrace", "begin"):
                depth += 1
            elif kind in ("close", "rbrace", "end"):
                depth -= 1
                if depth == 0:
                    return q
        return self.limit

    def parse_frac(self, t: Tok) -> sympy.Expr:
        num = self.arg(self.pos + 1)
        den = num and self.arg(num[2])
        if not den:
            self.fail(f"\\{t.val} needs two arguments", t)
        head = self.derivative_head(num, den)
        sign = 1
        if head is None and num[1] - num[0] > 1 and self.toks[num[0]].is_("op", "-"):
            # \frac{- \partial \sum_i y_i \log p_i}{\partial p_j}: minus the derivative
            head = self.derivative_head((num[0] + 1, *num[1:]), den)
            sign = -1
        if head is not None:
            if head == (num[1],):  # an operator reached outside a term (e.g. as an exponent)
                self.fail("a derivative operator must be followed by what it applies to", t)
            variables, _ = self.derivative_vars(den)
            e = self.in_range(head[0], num[1], self.parse_expr)
            self.pos = den[2]
            d = self.at_point(self.derive(e, variables, t), variables)
            return arrays.neg(d) if sign < 0 else d
        n0, d0 = self.toks[num[0]], self.toks[den[0]]
        if n0.is_("cmd", "delta") and not d0.is_("cmd", "delta") and self.delta_names(num[0], num[1]) \
                and (name := name_at(self.toks, den[0])[0]) is not None and name in self.model.variables:
            # \frac{\delta S}{x_j} where the document differentiates by x: δ is its derivative sign
            # there, dropped from the denominator here; δ·S/x_j would be a guess, and refuted
            self.fail("the numerator is written as a derivative (δ…) and the denominator without δ: "
                      "write \\frac{\\delta A}{\\delta B}", t)
        a = self.in_range(num[0], num[1], self.parse_expr)
        b = self.in_range(den[0], den[1], self.parse_expr)
        self.pos = den[2]
        if is_arr(b):
            self.fail(f"dividing by {b.named()} cannot be read", t)
        if is_arr(a):
            return Arr(a.entry / b, a.rows, a.cols, a.src)
        return Mul(a, Pow(b, -1))

    def at_point(self, d, variables):
        """``\\frac{\\partial J}{\\partial w}(w_t)``: the derivative by w at w's value w_t (another
        version of the same name, alone in brackets right after it), not a product with w_t."""
        o = self.peek()
        if len(variables) != 1 or variables[0][1] != 1 or not isinstance(variables[0][0], sympy.Symbol) \
                or is_arr(d) or o is None or not o.is_("open", "(") or o.left:
            return d
        var, mark = variables[0][0], self.mark()
        try:
            point = self.parse_group()
        except LatexError:
            point = None
        name = point.base.label.name if isinstance(point, Indexed) else getattr(point, "name", None)
        if point is None or is_arr(point) or point == var or not isinstance(point, (sympy.Symbol, Indexed)) \
                or re.split(r"[_^]", name or "", maxsplit=1)[0] != var.name:
            self.back(mark)
            return d
        self.readings.append(f"{self.slice(mark[0], self.pos)} after the derivative by {var.name} read as the "
                             f"point where it is taken, not a factor")
        return sympy.Subs(d, var, point)

    def parse_sqrt(self, t: Tok) -> sympy.Expr:
        self.pos += 1
        root = None
        if (o := self.peek()) is not None and o.is_("open", "[") and not o.left:
            self.pos += 1
            root = self.parse_expr()
            if (c := self.peek()) is None or not c.is_("close", "]"):
                self.fail("unbalanced [ in \\sqrt[n]", o)
            self.pos += 1
        if (f := self.peek()) is not None and f.kind == "cmd" and f.val in FRACS:
            e = self.parse_frac(f)  # \sqrt\frac{2}{\pi}: the fraction is the argument, as TeX reads it
        else:
            rng = self.arg(self.pos)
            if rng is None:
                self.fail("\\sqrt needs an argument", t)
            e = self.in_range(rng[0], rng[1], self.parse_expr)
            self.pos = rng[2]
        return sympy.sqrt(e) if root is None else sympy.root(e, root)

    def d_slash(self, p: int) -> bool:
        """At ``p``: ``d/dx`` standing alone before what it applies to (``d/dx[x^2]``), not the
        ratio ``dy/dx``: d, /, then d written onto a letter, then a term."""
        q = [self.toks[k] if k < self.limit else None for k in range(p + 1, p + 5)]
        return q[0] is not None and q[0].is_("op", "/") and q[1] is not None and q[1].is_("letter", "d") \
            and q[2] is not None and q[2].kind == "letter" and q[2].pos == q[1].end \
            and q[3] is not None and self.starts_factor(q[3])

    def d_ratio(self, p: int) -> int | None:
        """At ``p``: ``dy/dx``, ``d\\mu/d\\theta``, ``d(b')/d\\theta``: d written onto a name (with
        its scripts) or a bracket, ``/``, then d written onto a name. The index of the ``/``."""
        d, n = self.toks[p], self.toks[p + 1] if p + 1 < self.limit else None
        if n is None or n.pos != d.end and not n.is_("open", "("):
            return None  # (`d ( e^x/2 - … ) / dx`: a bracket may stand apart, the ratio says what it is)
        if n.is_("open", "("):
            end = self.closing(p + 1) + 1
        else:
            name, end = scripted_name_at(self.toks[:self.limit], p + 1)
            if name is None:
                return None
        q = [self.toks[k] if k < self.limit else None for k in range(end, end + 3)]
        if q[0] is not None and q[0].is_("op", "/") and q[1] is not None and q[1].is_("letter", "d") \
                and q[2] is not None and q[2].pos == q[1].end and name_at(self.toks, end + 2)[0] is not None:
            return end
        return None

    def parse_d_slash(self, t: Tok) -> sympy.Expr:
        self.pos += 3
        var = self.parse_variable()
        return self.derive(self.parse_postfix(), [var], t)

    def parse_partial_slash(self, t: Tok) -> sympy.Expr:
        """``\\partial A / \\partial B`` (and ``\\delta A / \\delta B``); ``∂/∂B [ … ]`` applies
        the operator to the term after it."""
        self.pos += 1
        if self.peek() is None:
            self.fail("\\partial needs what it differentiates", t)
        s, p = self.peek(), self.peek(1)
        if s.is_("op", "/") and p is not None and p.is_("cmd", t.val) and t.val == "partial":
            self.pos += 2
            var = self.parse_variable()
            if self.peek() is None:
                self.fail("∂/∂ must be followed by what it applies to", t)
            a = self.parse_postfix()
            return self.derive(a, [var], t)
        a = self.parse_postfix()
        a = a.value() if isinstance(a, _Name) else a
        s, p = self.peek(), self.peek(1)
        if not (s is not None and s.is_("op", "/") and p is not None and p.is_("cmd", t.val)):
            self.fail("\\partial must be part of a derivative: \\frac{\\partial A}{\\partial B} "
                      "or \\partial A / \\partial B", t)
        self.pos += 2
        var = self.parse_variable()
        return self.derive(a, [var], t)

    def parse_decorated(self, t: Tok):
        rng = self.arg(self.pos + 1)
        if rng is None:
            self.fail(f"\\{t.val} needs an argument", t)
        lo, hi, nxt = rng
        if t.val in BOLD and hi - lo == 1 and self.toks[lo].is_("digit", "1"):
            ones = Arr(Integer(1), None, ONE, self.slice(self.pos, nxt))
            self.pos = nxt  # \mathbf{1}: the vector of ones (its length from what it meets)
            return self.postfix(ones)
        mark = self.mark()
        try:
            name, vector, p = self.name_in(lo, hi, t)
            if t.val in ACCENTS:
                name += ACCENTS[t.val]
            vector = vector or t.val in BOLD
            if p < hi and ACCENTS.get(t.val) == "bar" and (mean := self.mean_name(name[:-3], p, hi)):
                self.pos = nxt  # \bar{xy}, \overline{x^2}: the mean of a product or a square, a name
                return self.parse_name(mean, vector, t.pos)
            if p == hi:
                self.pos = nxt
                # \mathbb{E}[…]: the expectation applied to the bracket (never E times it)
                return self.parse_name(name, vector, t.pos, applied=t.val in ("mathbb", "mathds") and name == "E")
            # \hat{y^i}: the accent over a name that carries its own script
            out = self.in_range(p, hi, lambda: self.postfix(self.parse_name(name, vector, t.pos)))
        except LatexError:
            if t.val not in BOLD:
                raise
            # \mathbf{x'\beta}, \mathbf{X'WX}, \bf{\hat{y} - y}: bold over an expression, each name in it bold
            self.back(mark)
            self.bold += 1
            try:
                out = self.in_range(lo, hi, self.parse_expr)
            finally:
                self.bold -= 1
        self.pos = nxt
        return out

    def mean_name(self, name: str, p: int, hi: int) -> str:
        """The name a bar over more than one name stands for: ``\\bar{xy}`` the mean of the
        products x_i y_i, ``\\bar{x^2}`` the mean of the squares (never x̄ y or x̄², which are other
        numbers); "" where the bar covers a name with its index (``\\bar{y_i}``, ``\\bar{x^{(i)}}``)."""
        rest = self.toks[p:hi]
        if rest and all(u.kind == "letter" for u in rest):
            return mean_name(name + "".join(u.val for u in rest))
        if rest and rest[0].kind == "sup" and (rng := self.arg(p + 1)) is not None and rng[2] == hi \
                and rng[1] > rng[0] and all(u.kind == "digit" for u in self.toks[rng[0]:rng[1]]):
            return mean_name(f"{name}^{''.join(u.val for u in self.toks[rng[0]:rng[1]])}")
        return ""

    def name_in(self, lo: int, hi: int, owner: Tok) -> tuple[str, bool, int]:
        """The name at the start of tokens ``lo:hi`` (inside an accent or a font command)."""
        t = self.toks[lo] if lo < hi else None
        if t is not None and t.kind in ("letter", "word"):
            return t.val, False, lo + 1
        if t is not None and t.kind == "cmd" and t.val in GREEK:
            return t.val, False, lo + 1
        if t is not None and t.kind == "cmd" and (t.val in ACCENTS or t.val in BOLD or t.val in PLAIN_FONTS):
            rng = self.arg(lo + 1)
            if rng is not None and rng[2] <= hi:
                name, vector, p = self.name_in(rng[0], rng[1], t)
                if p == rng[1]:
                    return name + ACCENTS.get(t.val, ""), vector or t.val in BOLD, rng[2]
        self.fail(f"\\{owner.val} needs a name, as in \\{owner.val}{{y}}", owner)

    def parse_name(self, name: str, vector: bool, pos: int, applied: bool = False):
        """A name with its indices, primes and marks; applied when a function is called
        (``applied``: the caller saw one word before ``(``)."""
        if (var := next((v for v in reversed(self.integrating) if v.name == name), None)) is not None \
                and not vector and ((u := self.peek()) is None or u.kind not in ("sub", "sup", "open")):
            return var  # y inside ∫ … dy: the integral's variable, one number, whatever y is elsewhere
        sample, feats, transposed, primes = None, (), False, 0
        vector = vector or self.bold > 0 and name not in FUNCTIONS
        alias = dict(self.model.aliases).get(name)
        if alias is not None and ((t := self.peek()) is None or t.kind != "sub"):
            name = alias  # x_i^T Θ beside θ_j: Θ is the vector of the θ_j (--verbose lists it)
        if (t := self.peek()) is not None and t.kind == "digit" and self.pos > 0 \
                and self.toks[self.pos - 1].kind in ("letter", "word") and self.toks[self.pos - 1].end == t.pos:
            # w5, y1, dw1: digits written onto a name number it, as w_5 does (no one writes w·5
            # so; a product puts the number first: 5w)
            digits = ""
            while (d := self.peek()) is not None and d.kind == "digit" and d.pos == t.pos + len(digits):
                digits += d.val
                self.pos += 1
            if f"{name}{digits}" in self.model.labelled:
                name = f"{name}{digits}"  # Z2 beside Z2_j: layer 2's Z, one name with its entries
            else:
                feats = (Integer(digits),)
                self.readings.append(f"{name}{digits} read as {name}_{digits}")
        while (t := self.peek()) is not None:
            if t.kind == "sub" and not feats:
                rng = self.arg(self.pos + 1)
                if rng is None:
                    self.fail("_ needs a subscript", t)
                got = self.subscript(rng[0], rng[1])
                if isinstance(got, str) and len(got) == 1 and got.islower() and name in self.model.vectors \
                        and not self.model.is_size(got):
                    got = (index(got),)  # x_d, z_c of a vector (x_i elsewhere): an index too
                elif isinstance(got, str) and len(got) == 1 and index(got) in self.bound:
                    got = (index(got),)  # \sum_n t_n: the sum's own index, whatever its letter
                if isinstance(got, tuple):
                    feats = got
                else:
                    name = f"{name}_{got}"
                self.pos = rng[2]
            elif t.kind == "sup":
                rng = self.arg(self.pos + 1)
                if rng is None:
                    self.fail("^ needs an exponent", t)
                layer = layer_text(self.toks[rng[0]:rng[1]]) if name in self.model.layers \
                    and "^" not in name and primes == 0 else ""
                if not layer and name in self.model.variances and "^" not in name and primes == 0 \
                        and layer_text(self.toks[rng[0]:rng[1]]) == "2":
                    layer = "2"  # σ^2 where the document differentiates by it: the variance, one name
                if layer:  # z^2, W^{[1]}, δ^{l+1}: the name of a layer's quantity, not a power
                    name = f"{name}^{layer}"
                    self.pos = rng[2]
                    continue
                label = _label(self.toks[rng[0]:rng[1]]) if "^" not in name and primes == 0 else ""
                if label:  # β^{OLS}, \hat{β}^{\mathrm{Lasso}}: which estimate, not a power
                    name = f"{name}^{label}"
                    self.pos = rng[2]
                    continue
                kind = self.superscript(rng[0], rng[1])
                if kind is None and name in self.model.samples and rng[1] - rng[0] == 1 \
                        and self.toks[rng[0]].is_("letter", "i"):
                    kind = ("sample", index("i"))  # y^i, x^i: the document's samples
                if kind is None and rng[1] - rng[0] == 3 and (u := self.toks[rng[0] + 1]).kind == "letter" \
                        and (u.val in SAMPLE_LETTERS or index(u.val) in self.bound) \
                        and self.toks[rng[0]].is_("open", "(") and self.toks[rng[0] + 2].is_("close", ")") \
                        and not self.is_function(name):
                    kind = ("sample", index(u.val))  # t^{(n)}_k: sample n's, never t to the n-th power
                if kind is None or (kind[0] in ("sample", "sample T") and sample is not None):
                    break
                if kind[0] == "sample":
                    sample = kind[1]
                elif kind[0] == "sample T":
                    sample, transposed = kind[1], True
                elif kind[0] == "T":
                    transposed = True
                elif kind[0] == "star":
                    name += "star"
                else:
                    primes += kind[1]
                self.pos = rng[2]
            elif t.is_("op", "'") and (vector or name in self.model.primed_transposes) and not transposed \
                    and not primes and name not in FUNCTIONS \
                    and not ((u := self.peek(1)) is not None and u.is_("open", "(")):
                # \mathbf{x}'\boldsymbol{\beta}, \mathbf{X'WX}: a bold name's prime is its transpose;
                # so is θ′ where the document writes θᵀ and never θ′(…)
                transposed = True
                self.pos += 1
            elif t.is_("op", "'"):
                primes += 1
                self.pos += 1
            else:
                break
        if (vector or transposed or name in self.model.sample_vectors) and sample is None and len(feats) == 1 \
                and name not in self.model.per_sample \
                and isinstance(feats[0], sympy.Symbol) and feats[0].name in SAMPLE_LETTERS:
            # \mathbf{x}_i, \mathbf{x}_n, and x_i where the document writes w^T x_i: a sample's
            # vector (x_j an entry)
            sample, feats, vector = feats[0], (), True
        nxt, z = self.peek(), self.implicit_for(name)
        plain = sample is None and not feats
        by = dict(self.model.named_operators).get(name) if self.model.named_operators else None
        if by and plain and not primes and nxt is not None and nxt.kind == "open" and nxt.val == "(":
            # d(1 + e^{-z}) where the document says d = \dfrac{d}{dz}: that derivative of the bracket
            operand = self.parse_group()
            self.readings.append(f"{name}(…) read as d/d{by} of the bracket: {name} = d/d{by}")
            return self.derive(operand, [(self.model.symbol(by), 1)], self.toks_at(pos))
        called = name in self.model.called and nxt is not None and nxt.kind == "open" and nxt.val == "("
        if z is not None and plain and self.as_value(name) and not called:
            return self.apply(name, [z], primes, self.toks_at(pos))  # σ(1 − σ): σ is σ(z) here
        if nxt is not None and nxt.kind == "sup" and not primes and self.is_function(name) \
                and self._power_then_call(self.pos):
            rng = self.arg(self.pos + 1)  # f^2(x) for a function f is f(x)², as \tanh^2(x) is
            e = self.in_range(rng[0], rng[1], self.parse_expr)
            self.pos = rng[2]
            if e == -1:  # g^{-1}(η): the inverse function (the link's), not 1/g(η)
                return self.inverse(name, self.call_args(), self.toks_at(pos))
            return self.pow(self.apply(name, self.call_args(), 0, self.toks_at(pos)), e)
        if nxt is not None and nxt.is_("open", "(") and not primes and self.only_dots_inside():
            self.skip_group()  # C_0(...), f(\dots): the name of whatever it depends on
            nxt = self.peek()
        elif nxt is not None and nxt.is_("open", "(") and not primes and (sample is not None or feats) \
                and (self.vector_inside() or self.names_inside()):
            # \ell_i(\mathbf{w}): the i-th loss as a function of the weights; \mu_i(w, b): the
            # i-th mean as a function of w and b (a list is never a factor)
            self.skip_group()
            nxt = self.peek()
        elif nxt is not None and nxt.is_("open", "(") and not primes and plain and name not in FUNCTIONS \
                and self.vector_inside() and (feats := self.entry_after_call()):
            # \text{softmax}(\mathbf{z})_j, S(\mathbf{z})_j: entry j of a vector function of z, read
            # as S_j(\mathbf{z}) is (the j-th output, a quantity the document defines)
            self.readings.append(f"{name}(…)_{{…}} read as entry {feats[0]} of {name}")
            nxt = self.peek()
        elif nxt is not None and nxt.is_("open", "(") and not primes and plain \
                and self.model.entry_functions and self.model.entry_why(name) and (p0 := self.pos) \
                and (feats := self.entry_argument()):
            # S(x_i) beside S_i, or defined through every x_k: entry i of a vector function of x
            from derive.latex.printer import point_latex
            from derive.render.plain import readable

            shown, of = readable(point_latex(name)), readable(point_latex(name_at(self.toks, p0 + 1)[0]))
            self.readings.append(f"{shown}({of}_{feats[0]}) read as {shown}_{feats[0]}, entry {feats[0]} of "
                                 f"a vector function: {self.model.entry_why(name)}")
            nxt = self.peek()
        elif nxt is not None and nxt.is_("open", "(") and not primes and self.only_words_inside():
            self.readings.append(f"{self.slice(self.pos, self.closing(self.pos) + 1)} after {name} read "
                                 f"as words about it, not its arguments")
            self.skip_group()  # Loss(Error function): what the name is, said in words
            nxt = self.peek()
        if nxt is not None and nxt.kind == "open" and nxt.val in "([":
            if (sample is not None or feats) and not primes and self.own_values_inside(pos):
                pass  # \mu_i(1 - \mu_i), \sigma_i(1_{i=j} - \sigma_j): an entry times a bracket of its family
            elif not primes and self.names_with_dots():
                # J(θ_0, θ_1, \cdots, θ_n): of every entry of the parameters, as a signature says
                self.readings.append(f"{self.slice(self.pos, self.closing(self.pos) + 1)} after {name} read "
                                     f"as the names it depends on")
                self.skip_group()
            elif plain and not primes and name not in FUNCTIONS and name not in self.defined \
                    and self.own_values_inside(pos, bare=True):
                pass  # f (1 - f) with f a quantity: f times the bracket (a function of its own value is no call)
            elif primes or applied or self.is_function(name) and not transposed or self.conditional(name):
                # (\Phi^T (\Phi w - t): a transposed name before a bracket is a matrix, not a call)
                if sample is None and feats and all(isinstance(f, Integer) for f in feats):
                    # p_1(x; β), p_0(x; β): two functions, named by their numbers (not one p)
                    name = name + "_" + "".join(str(f) for f in feats)
                return self.apply(name, self.call_args(events=name in EVENT_NAMES), primes, self.toks_at(pos))
            if self.integrating and nxt.val == "(" and not primes and sample is None and not feats \
                    and (inside := self.top_level(self.pos)) and all(
                        u.kind == "letter" and u.val in {v.name for v in self.integrating} or u.is_("op", ",")
                        for u in inside):
                # \int b(y) \exp(\eta^T T(y)) dy: what the integral's variable is put in is a function
                # of it; a vector's entries each one (T_k(y)), never the vector with y dropped
                at = self.toks_at(pos)
                args = self.call_args()
                if vector or name in self.model.vectors:
                    self.readings.append(f"{name}(…) read as a vector function of the integral's variable")
                    return Arr(sympy.Function(name, real=True)(ROW, *args), None, ONE,
                               self.text[pos:self.toks[self.pos - 1].end])
                return self.apply(name, args, 0, at)
            if nxt.val == "[" and not nxt.left and nxt.pos == self.toks[self.pos - 1].end \
                    and any(t.is_("op", ",") for t in self.top_level(self.pos)):
                # S[i,k], O_2[i, y_i]: an entry indexed as code indexes an array; read as a list of
                # names a signature drops, it silently lost the indices
                written = self.text[pos:self.toks[self.closing(self.pos)].end]
                self.fail(f"`{written}`: an entry in square brackets after its name, as code indexes an "
                          f"array, cannot be read; write its indices as a subscript, as in S_{{i,k}}", nxt)
            if self.is_signature(name):
                self.skip_group()
            elif self.one_name_call(name, sample, feats):
                # l(\theta), p(y): a quantity written with the one name it depends on is that
                # quantity as a function of it, not a product (a product would need no brackets)
                self.readings.append(f"{name}(…) read as {name} applied to its argument")
                return self.apply(name, self.call_args(), 0, self.toks_at(pos))
            elif nxt.val == "(" and sample is None and not feats and name not in self.model.variables \
                    and any(t.is_("op", ",") for t in self.top_level(self.pos)):
                # c(y, \phi): a product has no comma, so the name is applied to its arguments
                self.readings.append(f"{name}(…, …) read as {name} applied to its arguments")
                return self.apply(name, self.call_args(), 0, self.toks_at(pos))
        elif primes or (z is not None and plain and self.known_function(name)):
            if z is None:
                self.fail(f"{name}' needs an argument, as in {name}'(h)", pos)
            if primes and plain and isinstance(z, sympy.Symbol) and z.name == name:
                return Integer(1 if primes == 1 else 0)  # x′ where the formula's variable is x
            return self.apply(name, [z], primes, self.toks_at(pos))  # σ' with z: σ'(z)
        src = self.text[pos : self.toks[self.pos - 1].end].strip() if self.pos > 0 else name
        return _Name(name, sample, feats, vector, transposed, pos, src, self.model.symbol(name),
                     name in self.model.vectors)

    def entry_after_call(self) -> tuple:
        """At ``(`` of ``S(\\mathbf{z})_j``: the indices of the subscript after the bracket (the
        position moved past it), or () with the position unchanged."""
        close = self.closing(self.pos)
        if close + 1 >= self.limit or not self.toks[close + 1].is_("sub", "_"):
            return ()
        rng = self.arg(close + 2)
        if rng is None:
            return ()
        got = self.subscript(rng[0], rng[1])
        if not isinstance(got, tuple) or len(got) != 1 or not isinstance(got[0], (sympy.Symbol, Integer)):
            return ()
        self.pos = rng[2]
        return got

    def entry_argument(self) -> tuple:
        """At ``(`` of ``S(x_i)``: the index of the one entry the brackets hold (the position moved
        past them), or () with the position unchanged. The same shape the model learnt
        ``entry_functions`` from (model.entry_argument_at)."""
        found = entry_argument_at(self.toks, self.pos)
        if found is None or found[2] >= self.limit:
            return ()
        close, at = found[2:]
        got = self.subscript(at, at + 1)
        if not isinstance(got, tuple) or len(got) != 1 or not isinstance(got[0], (sympy.Symbol, Integer)):
            return ()
        self.pos = close + 1
        return got

    def implicit(self) -> sympy.Symbol | None:
        """The argument a function written without one stands for in this formula (model.implicit)."""
        return sympy.Symbol(self.model.implicit, real=True) if self.model.implicit else None

    def implicit_for(self, name: str):
        """The argument ``name`` written without one stands for: the document's shorthand for it
        (``\\sigma = \\sigma(w^\\top x)``), else the formula's implicit variable."""
        latex = dict(self.model.shorthands).get(name)
        if latex is not None and self.model.implicit:
            inner = replace(self.model, shorthands=(), bare=frozenset(), implicit="", called=frozenset())
            try:
                return _parse_side(latex, inner).expr
            except LatexError:
                pass
        return self.implicit()

    def as_value(self, name: str) -> bool:
        """Does this formula write the function ``name`` as a value (``σ' = σ(1 − σ)``)? Then ``σ`` is
        σ(z) and the ``(`` after it multiplies, as the formula means. Only with an implicit argument,
        and only for a name known as a function (built in, or applied or primed in the document):
        a letter such as h that is merely allowed to be one stays the quantity h."""
        return bool(self.model.implicit) and name in self.model.bare and self.known_function(name)

    def known_function(self, name: str) -> bool:
        """Is ``name`` a function: applied or primed in the document, or built in (σ) — unless the
        document differentiates by its square, where σ alone is the standard deviation."""
        return (name in self.model.functions or name in FUNCTIONS) and name not in self.model.variances

    def conditional(self, name: str) -> bool:
        """``P(y \\mid x; \\theta)``, ``p(y|x)``, ``\\mathbb{E}[Y \\mid x]``: a name applied to arguments
        separated by ``\\mid``, one bar or ``;`` is a function (a probability, an expectation) — a
        product has none of them; so is ``p(y = 1)``, a probability's name before an event. A
        capital before names and ``;`` alone stays a signature."""
        inner = self.top_level(self.pos)
        if any(t.is_("cmd", "mid") for t in inner) or sum(t.kind == "bar" for t in inner) == 1:
            return True
        if name in EVENT_NAMES and any(t.is_("op", "=") for t in inner):
            return True  # p(y = 1): a probability of an event (a product would hold a relation)
        return any(t.is_("op", ";") for t in inner) and not self.is_signature(name)

    def top_level(self, p: int) -> list[Tok]:
        """The tokens directly inside the bracket at ``p`` (not inside a group within it)."""
        close, out, depth = self.closing(p), [], 0
        for t in self.toks[p + 1 : close]:
            if depth == 0 and t.kind not in ("open", "lbrace", "begin"):
                out.append(t)
            depth += {"open": 1, "lbrace": 1, "begin": 1, "close": -1, "rbrace": -1, "end": -1}.get(t.kind, 0)
        return out

    def own_values_inside(self, start: int, bare: bool = False) -> bool:
        """Does the bracket at the current position hold the name that starts at token ``start``
        (as in μ_i(1 − μ_i))? A function of its own values is not what a course writes.
        ``bare``: written alone there, not applied (f(1 − f), never f(f(x)))."""
        head = self.toks_at(start)
        close = self.closing(self.pos)
        return any(t.kind == head.kind and t.val == head.val
                   and not (bare and q + 1 < close and self.toks[q + 1].kind in ("open", "sub", "sup"))
                   for q, t in enumerate(self.toks[self.pos + 1:close], start=self.pos + 1))

    def bracket_variable(self, p: int) -> str | None:
        """After ``\\nabla`` at ``p``: a bracket, ``(…)`` or ``⟨…⟩``, in which exactly one name is a
        vector the document differentiates by; that name, else None."""
        if p >= self.limit or self.toks[p].kind != "open":
            return None
        close, found, q = self.closing(p), set(), p + 1
        while q < close:
            name, end, _ = name_at(self.toks, q)
            if name is not None:
                found.add(name)
            q = end if name is not None and end > q else q + 1
        by = [n for n in found if n in self.model.variables and n in self.model.vectors]
        return by[0] if len(by) == 1 else None

    def gradient_argument(self, p: int) -> tuple[int, int] | None:
        """After ``\\nabla`` at ``p``: a name applied to one vector (``f(\\boldsymbol{\\beta})``,
        ``J(\\mathbf{w})``); the token range of that vector, or None."""
        q = p
        while q < min(self.limit, p + 8) and not self.toks[q].is_("open", "("):
            if self.toks[q].kind in ("op", "open", "close", "begin", "end"):
                return None
            q += 1
        if q >= self.limit or not self.toks[q].is_("open", "(") or q == p:
            return None
        close = self.closing(q)
        # J(w; X, y): what stands before the `;` is what J is a function of, the rest its data
        semi = next((t for t in self.top_level(q) if t.is_("op", ";")), None)
        k = close if semi is None else self.toks.index(semi, q, close)
        if self.vector_at(q + 1, k) or self.entry_at(q + 1, k) or self.scalar_at(q + 1, k):
            return (q + 1, k)
        return None

    def scalar_at(self, lo: int, hi: int) -> bool:
        """Do tokens ``lo:hi`` hold one name the document differentiates by (``\\nabla E(\\hat{b})``
        beside ∂/∂b̂: the derivative by it)?"""
        got = self.braced_name(lo, hi) if hi > lo else None
        return got is not None and got[0] in self.model.variables

    def entry_at(self, lo: int, hi: int) -> bool:
        """Do tokens ``lo:hi`` hold one entry alone (``w_{1,1}``, ``\\theta_j``)? ``\\nabla E(w_{1,1})``
        is then the partial derivative by that entry, as ``\\nabla_{w_{1,1}} E`` is."""
        if hi - lo < 3 or not (self.toks[lo].kind == "letter" or self.toks[lo].is_("cmd", "hat")
                               or self.toks[lo].kind == "cmd" and self.toks[lo].val in GREEK) \
                or self.toks[lo].val in FUNCTIONS:
            return False
        k = lo + 1
        if self.toks[lo].is_("cmd", "hat"):
            rng = self.arg(k)
            if rng is None:
                return False
            k = rng[2]
        seen = set()  # a subscript, and at most one superscript (a layer: w_{1,1}^{(l)}) around it
        while k < hi and self.toks[k].kind in ("sub", "sup") and self.toks[k].kind not in seen:
            seen.add(self.toks[k].kind)
            rng = self.arg(k + 1)
            if rng is None:
                return False
            k = rng[2]
        return "sub" in seen and k == hi

    def vector_inside(self) -> bool:
        """The brackets at the current position hold one vector's name and nothing else
        (``(\\mathbf{w})``, ``(\\theta)`` for a vector θ): what a quantity is a function of, since
        a number times a vector would not be written in brackets."""
        return self.vector_at(self.pos + 1, self.closing(self.pos))

    def vector_at(self, lo: int, hi: int) -> bool:
        """Do tokens ``lo:hi`` hold one vector's name alone (bold, or a vector of the document)?"""
        if hi - lo > 2 and self.toks[lo].kind == "lbrace" and self.braces.get(lo) == hi - 1:
            lo, hi = lo + 1, hi - 1  # ({\bf z}): the old font switch's braces
        got = self.braced_name(lo, hi) if hi > lo else None
        return got is not None and (got[1] or got[0] in self.model.vectors)

    def names_inside(self) -> bool:
        """The brackets at the current position hold two or more names and commas only:
        ``(w, b)``, ``(\\theta, \\mathbf{x})``."""
        close, parts, lo = self.closing(self.pos), [], self.pos + 1
        for p in range(self.pos + 1, close + 1):
            if p == close or self.toks[p].is_("op", ",") and self.top_level_at(self.pos + 1, p):
                parts.append((lo, p))
                lo = p + 1
        return len(parts) >= 2 and all(b > a and self.braced_name(a, b) is not None for a, b in parts)

    def only_dots_inside(self) -> bool:
        """The brackets at the current position hold nothing but an ellipsis: ``(...)``."""
        inner = self.top_level(self.pos)
        return len(inner) == 1 and inner[0].kind == "cmd" and inner[0].val in DOTS

    def only_words_inside(self) -> bool:
        """The brackets at the current position hold words and nothing else: ``(Error function)``."""
        inner = self.toks[self.pos + 1 : self.closing(self.pos)]
        if not inner or not all(t.kind in ("letter", "word") for t in inner):
            return False
        runs = [[inner[0]]]
        for a, b in zip(inner, inner[1:], strict=False):
            if a.kind == b.kind == "letter" and a.end == b.pos:
                runs[-1].append(b)
            else:
                runs.append([b])
        words = ["".join(t.val for t in run) for run in runs]
        return len(words) >= 2 and all(is_word(w) for w in words)

    def one_name_call(self, name: str, sample, feats) -> bool:
        """``l(\\theta)``: a plain name (no index, not a known vector or variable) before brackets
        holding exactly one name."""
        if sample is not None or feats or name in self.model.vectors or name in self.model.variables \
                or len(name) > 1 and not all(part.isalpha() for part in name.split("_")):
            return False  # (loss_h, a word with a label, is a name as loss is)
        inner = self.top_level(self.pos)
        names = [t for t in inner if t.kind == "letter" or t.kind == "cmd" and t.val in GREEK]
        if len(inner) == 1 and len(names) == 1:
            return True
        close = self.closing(self.pos)  # \ell(\mathbf{w}), l(\hat{\theta}): one decorated name
        if close > self.pos + 1 and self.braced_name(self.pos + 1, close) is not None:
            return True
        # softmax(z_i), loss(x^{(i)}): a word before one name with its index is applied to it (a
        # word times a bracket would be written with an operator; a letter's a(z_i) stays open)
        typed = self.toks[max(0, self.pos - len(name)):self.pos]
        word = "".join(t.val for t in typed) == name and all(t.kind == "letter" for t in typed)
        if len(name) == 1 or close <= self.pos + 1 or not (word or re.fullmatch(r"[A-Za-z](?:hat|tilde)", name)):
            return False  # (a word typed letter by letter, or ŷ(x_i); \ell(x_i) stays open)
        got, end = scripted_name_at(self.toks, self.pos + 1)
        return got is not None and end == close

    def is_function(self, name: str) -> bool:
        if "^" in name:  # g^l, a layer's activation: a function when g is one
            return self.is_function(name.split("^")[0])
        return (name in self.model.functions or name in FUNCTION_LETTERS or name in FUNCTIONS
                or name.split("_")[0] in FUNCTION_LETTERS)

    def names_with_dots(self) -> bool:
        """Does the bracket here list names with dots between them (``(θ_0, θ_1, \\cdots, θ_n)``,
        ``(w_1, …, w_n)``), a list of what a function depends on rather than arguments to read?"""
        top = self.top_level(self.pos)
        outside = {t.pos for t in top}
        return any(t.kind == "cmd" and t.val in DOTS for t in top) and any(t.is_("op", ",") for t in top) \
            and all(t.kind in ("letter", "word", "sub", "sup", "digit", "lbrace", "rbrace") or t.is_("op", ",")
                    or t.kind == "cmd" and (t.val in GREEK or t.val in ACCENTS or t.val in BOLD or t.val in DOTS)
                    # z^{l+1}_1, a^{(1)}_k: a layer's label, inside a script
                    or t.pos not in outside and (t.kind == "op" and t.val in "+-" or t.val in "()")
                    for t in self.toks[self.pos + 1:self.closing(self.pos)])

    def is_signature(self, name: str) -> bool:
        """``J(\\mathbf{w}, b)``, ``L(y_i, p_i)``, ``L_{MSE}(a, b)``: a capital (with a subscript or
        not) followed by a list of names only."""
        head = name.split("_")[0]
        if not (len(head) == 1 and head.isupper()):
            return False
        p, depth = self.pos + 1, 0
        while p < self.limit:
            t = self.toks[p]
            if t.kind == "close" and depth == 0:
                return p > self.pos + 1
            if t.kind == "lbrace":
                depth += 1
            elif t.kind == "rbrace":
                depth -= 1
            elif t.kind == "sup" and p + 2 < self.limit and self.toks[p + 1].kind == "lbrace" \
                    and self.toks[p + 2].is_("open", "("):
                p += 3  # w^{(l)}_{1,1}: a layer's (or a sample's) label, part of the name
                depth += 1
                continue
            elif not (t.kind in ("letter", "word", "sub", "digit") or t.is_("op", ",") or t.is_("op", ";")
                      or depth > 0 and t.is_("close", ")") and self.toks[p - 1].kind == "letter"
                      or t.is_("op", ".") and (self.toks[p - 1].is_("op", ".")
                                               or p + 1 < self.limit and self.toks[p + 1].is_("op", "."))
                      or depth > 0 and t.is_("op", "-")  # C(β_0, β_1, ..., β_{p-1})
                      or t.kind == "cmd" and (t.val in GREEK or t.val in ACCENTS or t.val in BOLD
                                              or t.val in DOTS)):
                return False
            p += 1
        return False

    def skip_group(self):
        depth = 0
        while (t := self.peek()) is not None:
            self.pos += 1
            if t.kind == "open":
                depth += 1
            elif t.kind == "close":
                depth -= 1
                if depth == 0:
                    return

    def subscript(self, lo: int, hi: int):
        """Indices ``(j,)``, ``(i, j)``, ``(1,)`` — or the text a non-index subscript adds to a name."""
        toks = self.toks[lo:hi]
        indices = self.index_letters
        if any(t.is_("op", "'") for t in toks) and (primed := _primed_letters(toks, indices)):
            # z_{k'}: another index k′, as k runs; y_{nk'}, W_{k,k'}: each letter with its primes
            return tuple(index(v) for v in primed)
        if len(toks) == 3 and toks[0].kind == "letter" and toks[0].val in indices \
                and (toks[1].is_("op", "=") or toks[1].kind == "cmd" and toks[1].val in ("neq", "ne")) \
                and toks[2].kind in ("letter", "digit"):
            return (index(toks[0].val),)  # y_{k=i}, z_{k \neq i}: entry k, in the case the text states
        if toks and all(t.kind in ("letter", "digit") or t.is_("op", ",") or t.is_("op", "+")
                        or t.is_("op", "-") for t in toks):
            if (letters := _index_letters(toks, indices)) is not None:
                return letters
            letters = [t for t in toks if t.kind == "letter"]
            if len(letters) == 1 and letters[0].val in indices and len(toks) > 1 \
                    and toks.index(letters[0]) in (0, len(toks) - 1) and all(t.kind != "op" for t in toks):
                # x_{i1}, w_{j2}, w_{1j}: an index and a number, two indices (a row of a matrix)
                digits = Integer("".join(t.val for t in toks if t.kind == "digit"))
                return (index(letters[0].val), digits) if toks[0] is letters[0] else (digits, index(letters[0].val))
            if any(t.kind == "letter" and t.val in indices or t.kind == "digit" for t in toks) \
                    and (len(toks) == 1 or any(t.kind == "op" for t in toks) or all(t.kind == "digit" for t in toks)):
                parts, cur = [], []
                for t in toks + [None]:
                    if t is None or t.is_("op", ","):
                        if not cur:
                            break
                        parts.append(cur)
                        cur = []
                    else:
                        cur.append(t)
                else:
                    out = []
                    for p in parts:  # W_{1,kl}: layer 1, entry (k, l), never the one index k·l
                        out.extend(_index_letters(p, indices) or (_as_indices(self.in_range(
                            self.toks.index(p[0]), self.toks.index(p[-1]) + 1, self.parse_expr)),))
                    return tuple(out)
        if (label := self.label_index(lo, hi)) is not None:
            return (label,)
        if len(toks) == 1 and (toks[0].is_("op", "+") or toks[0].is_("op", "-")):
            return toks[0].val  # x_+, y_-: the positive and the negative class's, a label
        text = []
        if len(toks) >= 3 and toks[0].is_("open", "(") and toks[-1].is_("close", ")") \
                and all(t.kind in ("digit", "letter") for t in toks[1:-1]):
            return "(" + "".join(t.val for t in toks[1:-1]) + ")"  # W_{(2)}: a layer's label
        unit = not any(x.kind == "letter" and x.val in indices for x in toks)
        for k, t in enumerate(toks):
            if t.kind in ("letter", "digit", "word"):
                text.append(t.val)
            elif t.kind == "cmd" and t.val in GREEK:
                text.append(t.val)
            elif t.kind in ("lbrace", "rbrace") or t.is_("op", ",") or t.kind == "cmd" and t.val in BOLD:
                continue  # f_{w,b}, f_{\mathbf{w},b}: the parameters a name is subscripted with join it
            elif unit and t.is_("sub", "_") and 0 < k < len(toks) - 1 and toks[k - 1].kind == "letter" \
                    and toks[k + 1].kind in ("letter", "digit", "lbrace"):
                continue  # a_{h_1}, net_{o_2}: the unit a name belongs to, a label (a_h1); never
                # w_{ji_0}, whose letters are indices, nor a slip such as w_{1_, 1}
            else:
                self.fail(f"cannot read the subscript `{self.slice(lo, hi)}`", t)
        if not text:
            self.fail("empty subscript", lo)
        return "".join(text)

    def label_index(self, lo: int, hi: int) -> Indexed | None:
        """``w_{y_i}``, ``s_{y_i}``, ``\\theta_{y^{(i)}}``: the entry of the class sample i belongs
        to, its label y_i an index (a whole number 1..K where it is checked at a point). Only a
        name that is not an index letter, with one index letter of its own."""
        toks = self.toks[lo:hi]
        if not label_subscript(toks):
            return None
        letter = next(t for t in toks[2:] if t.kind == "letter")
        try:
            label = self.in_range(lo, hi, self.parse_expr)
        except LatexError:
            return None
        if isinstance(label, Indexed) and len(label.indices) == 1 and label.indices[0] == index(letter.val):
            return label
        return None

    def superscript(self, lo: int, hi: int):
        toks = self.toks[lo:hi]
        if len(toks) == 3 and toks[0].is_("open", "(") and toks[2].is_("close", ")") \
                and (toks[1].kind == "letter" and toks[1].val in INDEX_LETTERS):
            return ("sample", index(toks[1].val))
        if len(toks) == 4 and toks[0].is_("open", "(") and toks[2].is_("close", ")") \
                and toks[1].kind == "letter" and toks[1].val in INDEX_LETTERS \
                and (toks[3].is_("letter", "T") or toks[3].kind == "cmd" and toks[3].val in ("top", "intercal")):
            return ("sample T", index(toks[1].val))  # \mathbf{x}^{(i)T}: sample i's vector, transposed
        if len(toks) >= 3 and toks[0].is_("open", "(") and toks[-1].is_("close", ")") \
                and all(t.kind == "digit" for t in toks[1:-1]):
            return ("sample", Integer("".join(t.val for t in toks[1:-1])))
        if len(toks) >= 5 and toks[0].is_("open", "(") and toks[-1].is_("close", ")") \
                and toks[1].kind == "letter" and toks[1].val in INDEX_LETTERS \
                and (toks[2].is_("op", "+") or toks[2].is_("op", "-")) \
                and all(t.kind == "digit" for t in toks[3:-1]):
            # w^{(t+1)}, a^{(l-1)}: the next or previous one, as w^{(t)} is the t-th
            step = Integer("".join(t.val for t in toks[3:-1]))
            return ("sample", index(toks[1].val) + (step if toks[2].val == "+" else -step))
        if len(toks) == 1:
            t = toks[0]
            if t.is_("letter", "T") or t.kind == "cmd" and t.val in ("top", "intercal", "mathsf"):
                return ("T",)
            if t.is_("op", "*") or t.kind == "cmd" and t.val in ("ast", "star"):
                return ("star",)
        if toks and all(t.is_("cmd", "prime") or t.is_("op", "'") for t in toks):
            return ("prime", len(toks))  # f^\prime, g^{\prime\prime}
        return None

    def call_args(self, events: bool = False) -> list[sympy.Expr]:
        """A call's arguments, separated by ``,``; in a conditional call (``P(y \\mid x; \\theta)``)
        also by ``\\mid``, a single bar and ``;``, all of them arguments: P(y, x, θ). There (and in
        ``\\Pr``, ``events``) ``Y = 1`` is the pair of arguments (Y, 1): the event stays as written,
        so P(Y = 1 | x) and P(Y = 0 | x) are different values. Elsewhere ``f(x = 1)`` is refused:
        f at 1 or f of the event x = 1."""
        o = self.peek()
        inner = self.top_level(self.pos)
        bars = [t for t in inner if t.kind == "bar"]
        conditional = len(bars) == 1 or any(t.is_("cmd", "mid") or t.is_("op", ";") for t in inner)
        self.pos += 1
        args = []
        saved = (self.allow_vec, self.abs_depth, self.sep_bars, self.operands)
        self.allow_vec, self.abs_depth, self.operands = True, 0, 0
        self.sep_bars = set(bars) if len(bars) == 1 else set()
        try:
            while True:
                args.append(self.parse_expr())
                c = self.peek()
                if c is not None and (c.is_("op", ",")
                                      or conditional and (c.is_("cmd", "mid") or c.is_("op", ";") or c in self.sep_bars)
                                      or (conditional or events) and c.is_("op", "=")):
                    self.pos += 1
                    continue
                if c is not None and c.is_("op", "="):
                    self.fail("`=` inside a function's arguments has two readings: the function at a "
                              "point, f(1), or of an event, P(Y = 1 \\mid x); write the one meant", c)
                break
        finally:
            self.allow_vec, self.abs_depth, self.sep_bars, self.operands = saved
        c = self.peek()
        if c is None or c.kind != "close" or c.left != o.left:
            self.fail("unbalanced parenthesis" if not o.left else f"unbalanced {src(self.text, o)}", o)
        self.pos += 1
        return args

    def _glued_function(self, word: str, after: Tok | None) -> str | None:
        """The function name ending ``xtanh`` or ``yexp`` before a bracket (one or two letters of
        names before it), where the run is no name of the document's; None otherwise. log and ln
        glued to a name are read by _glued_log."""
        if after is None or not after.is_("open", "(") or word in self.defined or word.lower() in WORD_FUNCTIONS:
            return None
        for head in sorted(WORD_FUNCTIONS - {"log", "ln", "max", "min"}, key=len, reverse=True):
            if word.endswith(head) and 1 <= len(word) - len(head) <= 2:
                return head
        return None

    def _glued_log(self, word: str, after: Tok | None) -> str | None:
        """How ``ylog``, ``logh`` or ``ylogh`` reads (y log …, log h…), when it is a log written without
        a backslash and glued to the letters beside it; None for any other run of letters."""
        if word.lower() in WORD_FUNCTIONS or word in self.defined:
            return None
        for head in ("log", "ln"):
            p = word.find(head)
            rest = word[p + len(head):] if p >= 0 else ""
            if p < 0 or p > 2 or len(rest) > 1 or (p == 0 and not rest) \
                    or (not rest and (after is None or not self.starts_factor(after))):
                continue
            return (f"{word[:p]} · " if p else "") + f"{head} {rest}…"
        return None

    def _power_then_call(self, k: int) -> bool:
        """A superscript at ``k`` followed by an opening bracket: ``^2(z)``."""
        if k >= self.limit or self.toks[k].kind != "sup":
            return False
        rng = self.arg(k + 1)
        return rng is not None and rng[2] < self.limit and self.toks[rng[2]].is_("open", "(") \
            and self.superscript(rng[0], rng[1]) != ("T",)  # \Phi^T (\Phi w - t): a transpose

    def juxtaposed(self) -> bool:
        """Is the next token a factor written right after the last one, with no operator?"""
        t = self.peek()
        return t is not None and t.kind in ("letter", "open", "lbrace", "cmd") and self.starts_factor(t) \
            and not self.starts_scoped(self.pos) and not (t.kind == "cmd" and t.val in FUNCTIONS)

    def plus_sign(self, p: int):
        """``_+`` written without braces: the range of its ``+``."""
        return (p, p + 1, p + 1) if p < self.limit and self.toks[p].is_("op", "+") else None

    def set_braces(self, lo: int, hi: int) -> tuple[int, int]:
        """Tokens ``lo:hi`` without the set braces ``\\{ … \\}`` around them all (a condition
        written as a set, ``1_{\\{y = k\\}}``); unchanged where there are none."""
        if hi - lo >= 2 and self.toks[lo].is_("open", "{") and self.closing(lo) == hi - 1:
            return lo + 1, hi - 1
        return lo, hi

    def relation_in(self, lo: int, hi: int) -> bool:
        """Do tokens ``lo:hi`` hold a relation at their own level (``i = j``, ``y \\neq k``)?"""
        return any((u.kind == "op" and u.val in "=<>" or u.kind == "cmd" and u.val in _CONDITION_OPS)
                   and self.top_level_at(lo, q) for q, u in enumerate(self.toks[lo:hi], lo))

    def _primes_at(self, k: int) -> bool:
        """A superscript of primes only at ``k``: ``^{\\prime}``, ``^{\\prime\\prime}``."""
        rng = self.arg(k + 1) if k < self.limit and self.toks[k].kind == "sup" else None
        return rng is not None and self.superscript(rng[0], rng[1]) is not None \
            and self.superscript(rng[0], rng[1])[0] == "prime"

    def _index_pair(self, k: int):
        """``_{jk}`` or ``_{j,k}`` at ``k``: (first letter, second letter, position after)."""
        if k >= self.limit or self.toks[k].kind != "sub":
            return None
        rng = self.arg(k + 1)
        if rng is None:
            return None
        letters = _primed_letters(self.toks[rng[0]:rng[1]], self.index_letters)  # \delta_{kk'}: k and k′
        return (letters[0], letters[1], rng[2]) if letters is not None and len(letters) == 2 else None

    def parse_function(self, name: str, t: Tok) -> sympy.Expr:
        log_base = power = None
        if name in ("log", "ln") and (s := self.peek()) is not None and s.kind == "sub":
            rng = self.arg(self.pos + 1)
            if rng is None:
                self.fail("\\log_ needs a base", s)
            log_base = self.in_range(rng[0], rng[1], self.parse_expr)
            self.pos = rng[2]
        over = None  # \\max_k: the index the largest (smallest) entry is taken over
        if name in ("max", "min") and name not in self.defined and (s := self.peek()) is not None \
                and s.kind == "sub" and (rng := self.arg(self.pos + 1)) is not None \
                and rng[1] - rng[0] == 1 and self.toks[rng[0]].kind == "letter" \
                and self.toks[rng[0]].val in INDEX_LETTERS:
            over = index(self.toks[rng[0]].val)
            self.pos = rng[2]
        primes = 0
        if (s := self.peek()) is not None and s.kind == "sup":
            rng = self.arg(self.pos + 1)
            if rng is None:
                self.fail("^ needs an exponent", s)
            if self._primes_at(self.pos):  # \sigma^{\prime}(z): σ′(z)
                primes = self.superscript(rng[0], rng[1])[1]
            else:
                power = self.in_range(rng[0], rng[1], self.parse_expr)
            self.pos = rng[2]
        nxt = self.peek()
        if name == "exp" and isinstance(power, sympy.Expr) and not power.is_Integer \
                and (nxt is None or not nxt.is_("op", "'")):
            # \exp^{x_j}: e^{x_j}, as \exp^2(x) is exp(x)²; a power that is no whole number makes
            # the superscript the exponent, never a power of what follows
            self.readings.append("\\exp^{…} read as e^{…}")
            return sympy.exp(power)
        while nxt is not None and nxt.is_("op", "'"):
            primes += 1
            self.pos += 1
            nxt = self.peek()
        z = self.implicit_for(name)
        if z is not None and self.as_value(name):
            args = [z]  # σ written as a value in this formula: σ(z), whatever follows
        elif nxt is not None and nxt.kind == "open" and nxt.val in "([{":
            args = self.call_args(events=name in EVENT_NAMES)
            if name in ("log", "ln") and len(args) == 1 and (s := self.peek()) is not None and s.kind == "sup" \
                    and (rng := self.arg(self.pos + 1)) is not None:
                e = self.in_range(rng[0], rng[1], self.parse_expr)
                if not e.is_Integer:
                    # \log (1-\hat{y})^{1-y}: the log of the power (a log to the power 1 − y
                    # is never what a likelihood means); \log(x)^2 stays (log x)²
                    self.pos = rng[2]
                    args = [self.pow(args[0], e)]
        elif nxt is not None and nxt.kind == "cmd" and nxt.val in ("sum", "prod") and not primes:
            args = [self.parse_sum(nxt)]  # \log \sum_k e^{z_k}: the function of the whole sum
        elif nxt is not None and (self.starts_factor(nxt)) and not primes:
            first = self.pos
            a = self.parse_postfix()
            a = a.value() if isinstance(a, _Name) else a
            if name in ("log", "ln") and self.juxtaposed():
                # \log a^{y}(1-a)^{1-y}: the log of the first factor as written; the alternative
                # reading takes the whole product (what the author may mean)
                if self.extend:
                    while self.juxtaposed():
                        b = self.parse_postfix()
                        a = arrays.matmul(a, b.value() if isinstance(b, _Name) else b, self.fresh,
                                          self.text, first)
                    self.spans[t.pos] = self.slice(first, self.pos)
                else:
                    self.short.append((t.pos, f"\\{name}", self.slice(first, self.pos)))
            args = [a]
        elif z is not None:
            args = [z]  # \tanh' with z: tanh'(z)
        else:
            self.fail(f"{src(self.text, t)} needs an argument", t)
        if power == -1 and not primes and log_base is None:
            return self.inverse(name, args, t)  # σ^{-1}(x): the logit, not 1/σ(x)
        if name in ("max", "min") and name not in self.defined and (over is not None or len(args) == 1):
            out = self.extreme_entry(name, args, over, primes, t)
        else:
            out = self.apply(name, args, primes, t)
        if log_base is not None:
            out = out / sympy.log(log_base)
        return self.pow(out, power) if power is not None else out

    def extreme_entry(self, name: str, args: list, over, primes: int, t: Tok) -> sympy.Expr:
        """``\\max_k z_k``, ``max(z_i)`` with i free (``max({Z_i})``), ``\\max(x)`` of a vector x:
        the largest entry, one value that the steps after it hold fixed (as the max subtracted
        inside a softmax for stability is); never the entry itself, which a max of one value
        would be. Any other one value (``\\min L(\\beta) = …``, what is minimised) stays as
        written."""
        from derive.latex.printer import course_latex

        entry = args[0] if len(args) == 1 else None
        if over is None and entry is not None and isinstance(entry, Indexed):
            free = [k for k in entry.indices if isinstance(k, sympy.Symbol) and k.is_integer]
            over = free[-1] if len(free) == 1 else None
        if not primes and over is not None and entry is not None and not is_arr(entry) \
                and any(isinstance(a, Indexed) and over in a.indices for a in entry.atoms(Indexed)):
            return sympy.Symbol(f"\\{name}_{{{over}}} {course_latex(entry)}", real=True)
        if not primes and entry is not None and (is_arr(entry) and entry.src or isinstance(entry, sympy.Symbol)
                                                 and entry.name in self.model.vectors):
            shown = entry.src.strip() if is_arr(entry) else course_latex(entry)
            return sympy.Symbol(f"\\{name}({shown})", real=True)
        if over is not None:
            self.fail(f"\\{name}_{over} needs the entries it compares, as in \\{name}_{over} z_{over}", t)
        return self.apply(name, args, primes, t)

    def inverse(self, name: str, args: list, t: Tok) -> sympy.Expr:
        """``f^{-1}(x)``: the inverse function at x, for a function whose inverse is known."""
        one = len(args) == 1 and not is_arr(args[0])
        if name in self.defined and one:
            # ζ^{-1}(x) for the document's ζ: worked out from its formula where the step is checked
            return sympy.Function(name + INVERSE, real=True)(args[0])
        if name in INVERSES and name not in self.defined and one:
            return INVERSES[name](args[0])
        from derive.latex.printer import point_latex
        from derive.render.plain import readable

        shown = readable(point_latex(name))
        if not one:
            self.fail(f"{shown}^{{-1}} takes one number", t)
        self.fail(f"{shown}^{{-1}}(…) is the inverse function of {shown}, which cannot be worked out "
                  f"here; write it as a formula", t)

    def apply(self, name: str, args: list[sympy.Expr], primes: int, t: Tok) -> sympy.Expr:
        if any(is_arr(a) for a in args):
            if len(args) != 1:
                self.fail(f"{name} of {', '.join(arrays.named(a) for a in args)}: a function of a "
                          f"vector is read entry by entry, with one argument only", t)
            return arrays.elementwise(lambda e: self.apply(name, [e], primes, t), args[0])
        if name in FUNCTIONS and name not in self.defined:
            arity, build = FUNCTIONS[name]
            if arity is not None and len(args) != arity:
                self.fail(f"{name} takes {arity} argument{'s' if arity > 1 else ''}, not {len(args)}", t)
        else:
            fn = sympy.Function(name)

            def build(*a):
                return fn(*a)
        if not primes:
            return build(*args)
        if len(args) != 1:
            self.fail(f"{name}' needs exactly one argument", t)
        a = args[0]
        if isinstance(a, (sympy.Symbol, Indexed)):
            return Derivative(build(a), (a, primes), evaluate=False)
        u = sympy.Dummy("u", real=True)
        return sympy.Subs(Derivative(build(u), (u, primes), evaluate=False), u, a)

    def delegate(self, t: Tok) -> sympy.Expr:
        """Commands this layer has no rule of its own for, read by latex2sympy2 on placeholders."""
        self.pos += 1
        args = []
        for _ in range(2):
            rng = self.arg(self.pos)
            if rng is None:
                self.fail(f"\\{t.val} needs two arguments", t)
            args.append(self.in_range(rng[0], rng[1], self.parse_expr))
            self.pos = rng[2]
        holders = [sympy.Symbol(ch) for ch in "ab"]
        out = _latex2sympy(f"\\{t.val}{{a}}{{b}}")
        if isinstance(out, sympy.binomial):
            return binomial(*args)  # huge whole numbers stay as written (symbols.LargeBinomial)
        return out.xreplace(dict(zip(holders, args, strict=False)))


def _written_entry(at, values: list):
    """The entry at index ``at`` (1, 2, …) of an array written out as ``values``: the k-th value
    where ``at`` is k (the last one past the others)."""
    return sympy.Piecewise(*[(v, sympy.Eq(at, k)) for k, v in enumerate(values[:-1], start=1)],
                           (values[-1], True))


_DATA_LETTERS = frozenset("xytXY")  # names of the data, which a sum over the samples takes entry by entry


def _from_zero(e):
    """``\\sum_{i=0}^{p-1}``: an index letter is a positive integer, so one that starts at 0 is a
    non-negative one there (else ∂/∂β_0 of the sum's β_i would vanish: i = 0 looks impossible)."""
    if not isinstance(e, (sympy.Sum, sympy.Product)):
        return e
    return e.xreplace({k: sympy.Symbol(k.name, integer=True, nonnegative=True)
                       for k, lo, _ in e.limits if isinstance(k, sympy.Symbol) and lo.is_nonpositive
                       and k.is_positive})


def _leibniz(a, b):
    """``ds/dz`` read as two d-names (dz is one name in Ng's notation, dL/dz): d s / d z, the
    derivative of s by z; None for anything else."""
    def undo(e):
        if isinstance(e, sympy.Symbol) and len(e.name) >= 2 and e.name[0] == "d" and e.name[1].isalpha():
            return scalar(e.name[1:])
        if isinstance(e, Indexed) and len(e.base.label.name) >= 2 and e.base.label.name[0] == "d":
            return base(e.base.label.name[1:])[e.indices]
        return None
    top, by = undo(a), undo(b)
    if top is None or by is None:
        return None
    return Derivative(top, by, evaluate=False)


def _samples_of(body: sympy.Expr, bound: set) -> sympy.Expr:
    """Inside a sum over i, ``y^i`` and ``x^i`` are the i-th sample (a power by the sum's own
    running index would be a geometric series, which no gradient derivation sums)."""
    def is_sample(e):
        # x^j in \sum_j w_j x^j is a polynomial's power: only the sample letter i marks a sample
        return isinstance(e, Pow) and e.exp in bound and isinstance(e.base, (sympy.Symbol, Indexed)) \
            and not e.base.is_integer and e.exp.name in SAMPLE_INDEX_LETTERS

    def sample(e):
        b = e.base
        return base(b.name)[e.exp] if isinstance(b, sympy.Symbol) else b.base[(e.exp, *b.indices)]

    return body.replace(is_sample, sample) if body.has(Pow) else body


def is_word(text: str) -> bool:
    """A run of letters a formula uses as one name (net, Loss, actual), not a product of its
    letters: three letters or more, with a vowel."""
    return len(text) >= 3 and text.isalpha() and re.search("[aeiouAEIOU]", text) is not None


def is_initials(text: str) -> bool:
    """Capitals without a vowel that name one quantity by its initials (NLL, RSS, LL): three or
    more, or one letter twice; XW, two different capitals, stays a product."""
    return text.isalpha() and text.isupper() and re.search("[AEIOU]", text) is None \
        and (len(text) >= 3 or (len(text) == 2 and text[0] == text[1]))


def _data_in(e: sympy.Expr) -> set:
    """The data a value depends on, as plain names (x, y): what ``(…)^{(i)}`` takes at sample i."""
    return {s for s in e.free_symbols if isinstance(s, sympy.Symbol) and not s.is_integer
            and (s.name in FEATURE_NAMES or s.name in TARGET_NAMES)}


def _as_indices(e: sympy.Expr) -> sympy.Expr:
    """Index letters inside a subscript are indices (positive integers), not real scalars."""
    return e.xreplace({s: index(s.name) for s in e.free_symbols
                       if isinstance(s, sympy.Symbol) and s.name in INDEX_LETTERS})


@lru_cache(maxsize=64)
def _latex2sympy(latex: str) -> sympy.Expr:
    from latex2sympy2_extended import latex2sympy

    return latex2sympy(latex, normalization_config=None, conversion_config=_config())


@lru_cache(maxsize=1)
def _config():
    from latex2sympy2_extended.latex2sympy2 import ConversionConfig

    return ConversionConfig(lowercase_symbols=False, interpret_as_mixed_fractions=False)


# --------------------------------------------------------------------------- entry point


def _read(text, toks, braces, model, extend):
    parser = _Parser(text, toks, braces, model, extend)
    return parser.parse_all(), parser


def parse_side(latex: str, *, defined_functions: frozenset[str] = frozenset(),
               model: NotationModel | None = None) -> Side:
    """Read one side of an equation written in course notation.

    >>> parse_side(r"\\frac{1}{m} \\sum_{i=1}^{m} y^{(i)}").expr
    Sum(y[i], (i, 1, m))/m
    >>> s = parse_side(r"\\frac{\\partial}{\\partial z} 1 + e^{-z}")
    >>> s.expr, s.alternative
    (Derivative(1, z) + exp(-z), Derivative(1 + exp(-z), z))
    """
    if model is None:
        model = DEFAULT
    if defined_functions:
        model = replace(model, functions=model.functions | frozenset(defined_functions),
                        defined=model.defined | frozenset(defined_functions))
    try:
        return _parse_side(latex, model)
    except (OverflowError, ValueError, ZeroDivisionError, RecursionError) as exc:
        # SymPy works some numbers out while building the expression (an exponential tower
        # inside \binom): past what it can represent, the side cannot be read
        raise LatexError("a number in this formula is too large to work with", latex, 0) from exc


# A justification written after a formula: `2z \quad (\text{power rule})`.
_ANNOTATION = re.compile(r"(?:\\q?quad|\\[,;:]|~)\s*(?:\(\s*\\text\{[^{}]*\}\s*\)|\[\s*\\text\{[^{}]*\}\s*\]"
                         r"|\\text\{[^{}]*\})\s*$")
# The scripts after a norm's closing bars: _2 and ^2 in either order (\|w\|_2^2, \|w\|^2_2).
_NORM_SCRIPTS = r"(?:\s*_(?:\{2\}|2)(?P<sq>\s*\^(?:\{2\}|2))?|\s*(?P<sq_first>\^(?:\{2\}|2))(?:\s*_(?:\{2\}|2))?)?"
# A vector's norm: \|w\|^2, \lVert \mathbf{w} \rVert_2^2, \left\| w \right\|.
# (\lVert w \lVert, both bars typed as the left one, closes as \rVert does: held-out 285)
_NORMED = (r"(?:\\left)?\\(?:\||lVert(?![A-Za-z])|Vert(?![A-Za-z]))\s*"
           r"(?P<x>\\(?:mathbf|boldsymbol|vec|bm)\{[^{}]+\}|\\[A-Za-z]+|[A-Za-z])"
           r"\s*(?:\\right)?\\(?:\||[lr]?Vert(?![A-Za-z]))")  # a vector's name between norm bars
_NORM = re.compile(_NORMED + _NORM_SCRIPTS)


# A vector's L1 norm: \|\theta\|_1, \left\| \mathbf{w} \right\|_{1}.
_NORM_1 = re.compile(_NORMED + r"\s*_\s*(?:\{\s*1\s*\}|1)")


def _l1_norms(text: str) -> str:
    """``\\|\\theta\\|_1`` -> ``\\sum_{k} \\left|\\theta_{k}\\right|``: the sum of the entries' sizes,
    over an index letter the formula does not use (its range is the vector's, as for any sum
    written without bounds)."""
    letter = next((c for c in "kpqrsuv" if not re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z])", text)), None)
    if letter is None:
        return text
    return _NORM_1.sub(lambda m: f"\\sum_{{{letter}}} \\left|{m.group('x')}_{{{letter}}}\\right|", text)


def _norms(text: str) -> str:
    def square(m):
        x = m.group("x")
        if not x.startswith(("\\mathbf", "\\boldsymbol", "\\vec", "\\bm")):
            x = f"\\boldsymbol{{{x}}}" if x.startswith("\\") else f"\\mathbf{{{x}}}"
        dot = f"{x} \\cdot {x}"
        return f"\\left({dot}\\right)" if m.group("sq") or m.group("sq_first") else f"\\sqrt{{{dot}}}"
    return _NORM.sub(square, text)


# The norm of an expression: \|Xw - y\|^2, \left\lVert X\mathbf{w} - \mathbf{y} \right\rVert_2^2.
_NORM_OPEN = re.compile(r"(?:\\left\s*)?\\(?:\||lVert(?![A-Za-z])|Vert(?![A-Za-z]))")
_NORM_CLOSE = re.compile(r"(?:\\right\s*)?\\(?:\||[lr]?Vert(?![A-Za-z]))" + _NORM_SCRIPTS)


_OVER = re.compile(r"\\over(?![A-Za-z])")


_OLD_FONT_WORD = re.compile(r"\{\s*\\(?:rm|it|sf)\s+([A-Za-z]{2,})\s*\}")
_PHYSICS_DV = re.compile(r"\\(p?)dv\s*(?:\[\s*(\d)\s*\])?(?=\s*\{)")


def _physics_derivatives(text: str) -> str:
    """The physics package's ``\\pdv{f}{x}``, ``\\pdv{x}``, ``\\dv[2]{f}{x}`` written as the
    fractions they typeset (``\\frac{\\partial f}{\\partial x}``)."""
    out, pos = [], 0
    while (m := _PHYSICS_DV.search(text, pos)) is not None:
        try:
            first, rest = braced(text, m.end())
        except LatexError:
            break
        d = "\\partial" if m.group(1) else "d"
        order = f"^{{{m.group(2)}}}" if m.group(2) and m.group(2) != "1" else ""
        if re.match(r"\s*\{", text[rest:]):
            second, end = braced(text, rest)
            out.append(text[pos:m.start()] + f"\\frac{{{d}{order} {first}}}{{{d} {second}{order}}}")
        else:  # \pdv{x} f: the operator
            out.append(text[pos:m.start()] + f"\\frac{{{d}{order}}}{{{d} {first}{order}}}")
            end = rest
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _overs(text: str) -> str:
    """``{A \\over B}`` -> ``{\\frac{A}{B}}`` (TeX's \\over divides its whole group), so
    ``{\\partial f \\over \\partial u}`` is a derivative as ``\\frac{\\partial f}{\\partial u}`` is.
    A group with two \\over, or one outside every group, is left for the reader to refuse."""
    for _ in range(text.count("\\over")):
        found = None
        for m in _OVER.finditer(text):
            depth, lo = 0, None
            for q in range(m.start() - 1, -1, -1):  # the { that opens this \over's group
                if text[q] == "}" and (q == 0 or text[q - 1] != "\\"):
                    depth += 1
                elif text[q] == "{" and (q == 0 or text[q - 1] != "\\"):
                    if depth == 0:
                        lo = q
                        break
                    depth -= 1
            if lo is None:
                continue
            depth, hi = 0, None
            for q in range(m.end(), len(text)):
                if text[q] == "{" and text[q - 1] != "\\":
                    depth += 1
                elif text[q] == "}" and text[q - 1] != "\\":
                    if depth == 0:
                        hi = q
                        break
                    depth -= 1
            if hi is None or _OVER.search(text, lo + 1, m.start()) or _OVER.search(text, m.end(), hi):
                continue
            found = (lo, m, hi)
            break
        if found is None:
            return text
        lo, m, hi = found
        num, den = text[lo + 1:m.start()], text[m.end():hi]
        frac = f"\\frac{{{num}}}{{{den}}}"
        if num.strip() not in ("\\partial", "d", "\\delta"):
            frac = f"{{{frac}}}"  # {∂ \\over ∂u} is an operator on what follows its group
        text = f"{text[:lo]}{frac}{text[hi + 1:]}"
    return text


def _expression_norms(text: str) -> str:
    """``\\|E\\|^2`` -> ``(E)^T (E)`` (and ``\\|E\\|`` its square root), E read as a vector."""
    out, k = [], 0
    while (m := _NORM_OPEN.search(text, k)) is not None:
        depth, q, close = 0, m.end(), None
        while q < len(text):
            if text[q] == "{":
                depth += 1
            elif text[q] == "}":
                depth -= 1
            elif depth == 0 and (c := _NORM_CLOSE.match(text, q)) is not None:
                close = c
                break
            q += 1
        if close is None:
            break
        inner = text[m.end():q]
        dot = f"\\left({inner}\\right)^T \\left({inner}\\right)"
        out.append(text[k:m.start()])
        out.append(f"\\left({dot}\\right)" if close.group("sq") or close.group("sq_first") else f"\\sqrt{{{dot}}}")
        k = close.end()
    out.append(text[k:])
    return "".join(out)


# A slash derivative with each side in braces: {\partial y}/{\partial z}.
_BRACED_SLASH = re.compile(r"(?<![\^_\w}])\{(\s*\\partial\b[^{}]*)\}(\s*)/(\s*)\{(\s*\\partial\b[^{}]*)\}")
# A differential in braces of its own in a derivative's denominator: \frac{dL}{{db}}, {dw}_{1}.
_BRACED_DIFFERENTIAL = re.compile(r"(\\[dt]?frac\s*\{\s*d[^{}]*\}\s*\{\s*)\{(\s*d\s*[A-Za-z]\w*\s*)\}")


# a name in braces of its own, {h_\theta}, {{x}^{(i)}}, as equation editors write them: not an
# argument (no ^, _, command or } before it), so the braces group nothing
_BRACED_NAME = re.compile(r"\{(\s*(?:\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*"
                          r"(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|[A-Za-z0-9]))*\s*)\}")


# a function's argument in braces of its own: \sigma{(h_1)}, \tanh{(z)}
_BRACED_ARGUMENT = re.compile(r"(\\[A-Za-z]+|\b[A-Za-z])\s*\{(\s*\()")


def _braced_arguments(text: str) -> str:
    """``\\sigma{(h_1)}`` as ``\\sigma (h_1) `` (same columns): braces holding only a bracketed
    argument after a function's name group nothing. After a command that takes an argument
    (``\\hat{(a)}``) they stay."""
    out, last = [], 0
    for m in _BRACED_ARGUMENT.finditer(text):
        name = m.group(1).lstrip("\\")
        if m.start() < last or len(name) > 1 and name not in FUNCTIONS and name not in GREEK:
            continue
        brace = m.start(2) - 1
        close = matching(text, m.end(2) - 1, "()")
        end = matching(text, brace)
        if end >= len(text) or close >= end or text[close + 1:end].strip():
            continue
        out.append(text[last:brace] + " " + text[brace + 1:end] + " ")
        last = end + 1
    return "".join(out) + text[last:] if out else text


def _bare_braces(text: str) -> str:
    """``text`` with the braces of a name written alone in braces blanked (same columns), so
    ``{h_\\theta}\\left( x \\right)`` applies h_θ as ``h_\\theta(x)`` does."""
    if "{(" in text.replace(" ", ""):
        text = _braced_arguments(text)
    for _ in range(8):
        new = _BRACED_NAME.sub(lambda m, within=text: _unwrapped(within, m), text)
        if new == text:
            return text
        text = new
    return text


def _unwrapped(text: str, m: re.Match) -> str:
    """The braced name ``m`` of ``text`` without its braces, unless they are an argument: after
    ``^``, ``_``, a command or another group (x^{…}, \\frac{a}{b}, \\hat{y}) they stay."""
    k = m.start() - 1
    while k >= 0 and text[k] in " \t\n":
        k -= 1
    if k >= 0 and (text[k] in "^_}]\\" or text[k].isalnum()):
        return m.group()
    return " " + m.group(1) + " "


@lru_cache(maxsize=4096)
def _parse_side(text: str, model: NotationModel) -> Side:
    if "{" in text:
        text = _bare_braces(text)
    text = _ANNOTATION.sub(lambda m: " " * len(m.group()), text)
    text = _BRACED_DIFFERENTIAL.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)  # same columns
    if "}/" in text or "} /" in text:  # {\partial y}/{\partial z}: ∂y/∂z, braces as spaces (same columns)
        text = _BRACED_SLASH.sub(lambda m: f" {m.group(1)} {m.group(2)}/{m.group(3)} {m.group(4)} ", text)
    if "||" in text and text.count("|") == 2 * text.count("||") and text.count("\\|") == 0:
        text = text.replace("||", "\\|")  # ||w||^2 typed with two bars: the norm \|w\|^2
    if "\\|" in text or "Vert" in text:
        text = _expression_norms(_norms(_l1_norms(text)))
    if "\\over" in text:
        text = _overs(text)
    if "dv" in text:
        text = _physics_derivatives(text)
    if "\\rm" in text or "\\it" in text:
        text = _OLD_FONT_WORD.sub(r"\\mathrm{\1}", text)  # {\rm erf}(x): the function's name
    if len(text) > MAX_SIDE_CHARS:
        raise LatexError(f"side too long ({len(text)} characters; the limit is {MAX_SIDE_CHARS})",
                         text, MAX_SIDE_CHARS)
    if not text.strip():
        raise LatexError("empty side", text, 0)
    toks = powers_in_order(tokenize(text))
    if not toks:
        raise LatexError("empty side", text, 0)
    if len(toks) == 1 and toks[0].kind == "cmd" and toks[0].val in DOTS or \
            len(toks) == 3 and all(t.is_("op", ".") for t in toks):
        return ELIDED
    while len(toks) > 1 and toks[-1].kind == "op" and toks[-1].val in ".,;":
        toks = toks[:-1]  # the sentence's full stop or comma after a display formula
    braces = structure(text, toks)
    try:
        expr, parser = _read(text, toks, braces, model, extend=False)
        expr = _indices_of(expr, model)
        if not parser.short:
            return _side(expr, None, None, parser.readings)
        alt, extended = _read(text, toks, braces, model, extend=True)
        alt = _indices_of(alt, model)
    except RecursionError as exc:
        raise LatexError(f"nested too deeply (more than {MAX_DEPTH} levels)", text, 0) from exc
    except (sympy.SympifyError, TypeError, AttributeError) as exc:
        # a vector or matrix reached an operation of numbers that has no rule for it
        if not (is_arr(getattr(exc, "expr", None)) or "'Arr'" in str(exc)):
            raise
        raise LatexError("a vector or matrix stands where only a number can be read", text, 0) from exc
    if alt == expr:
        return _side(expr, None, None, parser.readings)
    hint = "; ".join(
        f"{op} applies to `{term}` as written; to hold it would have to span "
        f"`{extended.spans.get(pos, term)}`"
        for pos, op, term in parser.short
    )
    if is_arr(expr) != is_arr(alt) or is_arr(expr) and (expr.rows, expr.cols) != (alt.rows, alt.cols):
        return _side(expr, None, None, parser.readings)  # the longer reach changes the shape: not meant
    return _side(expr, alt, hint, parser.readings)


def _indices_of(expr, model: NotationModel):
    """A side as read, with the indices the whole document shows put in: its index-only letters
    (``_free_indices_of``) and η_K as entry K (``_last_entries_of``)."""
    return _last_entries_of(_free_indices_of(expr, model) if model.indices else expr, model)


def _last_entries_of(expr, model: NotationModel):
    """A side's expression with η_K read as entry K of η where the document indexes η by a
    letter and sums to K (``model.last_entries``)."""
    if not model.last_entries:
        return expr
    swap = {scalar(f"{name}_{size}"): base(name)[model.symbol(size)] for name, size in model.last_entries}
    if is_arr(expr):
        return replace(expr, entry=expr.entry.xreplace(swap))
    return expr.xreplace(swap) if isinstance(expr, sympy.Basic) else expr


def _free_indices_of(expr, model: NotationModel):
    """A side's expression with the document's index-only letters (``model.indices``) as indices
    of their own where they are sizes too (m, n)."""
    sizes = {form: free_index(k) for k in model.indices if k in SIZE_LETTERS
             for form in (index(k), sympy.Symbol(k, real=True))}  # (W_{m,k} reads its m as a name)
    if not sizes:
        return expr
    if is_arr(expr):
        return replace(expr, entry=_written_indices(expr.entry, sizes))
    return _written_indices(expr, sizes) if isinstance(expr, sympy.Basic) else expr


def _written_indices(e, sizes: dict):
    """``e`` with the sizes of ``sizes`` replaced where they stand as an index (an entry's, a
    sum's variable, a Kronecker delta's): m written only as an index is no count of samples,
    while an implicit bound (\\sum_i to m) stays the count."""
    if isinstance(e, Indexed):
        return e.base[tuple(i.xreplace(sizes) for i in e.indices)]
    if isinstance(e, (sympy.Sum, sympy.Product)):
        return e.func(_written_indices(e.function, sizes),
                      *((v.xreplace(sizes), lo, hi) for v, lo, hi in e.limits))
    if isinstance(e, sympy.KroneckerDelta):
        return e.xreplace(sizes)
    if not e.args or not any(s in e.free_symbols for s in sizes) and not e.has(*sizes):
        return e
    return e.func(*(_written_indices(a, sizes) for a in e.args))


def _side(expr, alt, hint, readings) -> Side:
    """The Side of a reading; a vector or matrix by its entry at open indices named after their
    sizes (i over samples, j over features), letters the side does not use otherwise."""
    if not is_arr(expr):
        return Side(expr, alt, hint, readings=tuple(readings))
    taken = {s.name for e in (expr.entry, alt.entry if is_arr(alt) else None) if e is not None
             for s in e.atoms(sympy.Symbol)}
    swap, open_ = {}, []
    for placeholder, size in ((ROW, expr.rows), (COL, expr.cols)):
        if size == ONE:
            open_.append(None)
            continue
        letter = arrays.letter_for(size, taken)
        taken.add(letter.name)
        swap[placeholder] = letter
        open_.append(letter)
    return Side(expr.entry.xreplace(swap), alt.entry.xreplace(swap) if is_arr(alt) else None, hint,
                readings=tuple(readings), shape=(expr.rows, expr.cols), open=tuple(open_))


def _label(toks) -> str:
    """A superscript that names rather than raises: a word (``^{\\mathrm{Lasso}}``,
    ``^{\\text{OLS}}``), or capitals (``^{OLS}``, ``^{MLE}``) or a capitalised word (``^{Ridge}``)
    written in letters; "" for anything else (``e^{ikx}`` is a power)."""
    if len(toks) == 1 and toks[0].kind == "word":
        return toks[0].val
    if len(toks) >= 2 and all(t.kind == "letter" for t in toks):
        word = "".join(t.val for t in toks)
        if word.isupper() or len(word) >= 3 and word[0].isupper() and word[1:].islower():
            return word
    return ""


# --------------------------------------------------------------------------- conditions

_CONDITION_OPS = {"=": sympy.Eq, "neq": sympy.Ne, "ne": sympy.Ne, "<": sympy.Lt, ">": sympy.Gt,
                  "lt": sympy.Lt, "gt": sympy.Gt, "leq": sympy.Le, "le": sympy.Le,
                  "leqslant": sympy.Le, "geq": sympy.Ge, "ge": sympy.Ge, "geqslant": sympy.Ge}


def parse_condition(latex: str, *, model: NotationModel | None = None):
    """A condition a claim holds under: ``i = j``, ``i \\neq j``, ``z > 0``, ``0 < z < 1``.
    Index letters (i, j, k, …) standing alone are indices. LatexError for anything else.

    >>> parse_condition(r"i \\neq j"), parse_condition("z > 0")
    (Ne(i, j), z > 0)
    """
    text = re.sub(r"^\s*(?:\\text\{[^{}]*\}|\\forall|[,(]|\\left\()\s*", "", latex.strip())
    text = re.sub(r"\s*(?:\)|\\right\))\s*$", "", text) if text.count("(") < text.count(")") + 1 \
        and text.rstrip().endswith(")") and "(" not in text else text
    toks = tokenize(text)
    while toks and toks[-1].kind == "op" and toks[-1].val in ".,;":
        toks = toks[:-1]
    if not toks:
        raise LatexError("a condition needs a relation (=, ≠, <, >, ≤, ≥)", text, 0)
    parser = _Parser(text, toks, structure(text, toks), model or DEFAULT, extend=False)
    return _last_entries_of(parser.in_range(0, len(toks), parser.parse_relation), model or DEFAULT)
