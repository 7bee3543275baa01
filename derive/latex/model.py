"""A document's notation model: the role of every name, learnt from how the whole document uses
it before any claim is read (DESIGN.md, "Reading a document as a whole").

- **functions**: names applied to arguments that the document defines (``f(h) = …``), writes
  with a prime (``f'(h)``, ``g^{\\prime}``), states in front matter, or applies with ``\\mid``
  or ``|`` among its arguments (``P(y \\mid x; \\theta)``);
- **vectors**: names written with a feature index somewhere (``\\theta_j``, ``w_{k}``), in bold,
  or transposed: two of them side by side (``\\theta x``) are a dot product;
- **sizes**: m and n, and every letter used as a sum's bound (``\\sum_{k=1}^{K}``) or declared a
  positive integer in front matter: positive integers;
- **variables**: names differentiated by (``\\partial m``, ``dm``): real numbers, even m or n
  (``y = mx + c`` fitted by least squares makes m a slope).
- **layers**: names whose superscript counts layers, not powers: written with ``^l``, ``^{l+1}``,
  ``^L``, ``^{[1]}``, ``^{(l)}``, differentiated by with a superscript (``\\partial w^2``) or defined
  with one (``z^1 = w^1 x + b^1``): then every ``^2``, ``^{l-1}`` on them names a layer.
- **variances**: a name differentiated by its square (``\\partial \\sigma^2``) and written with
  no other superscript that could name a layer: σ² is the variable (the variance), read as one
  name, and σ alone is its square root, so ``\\frac{1}{\\sigma}`` and ``\\sigma^2`` are one quantity.

``gather`` scans tokens only (no reading), so the model is known before any side is read; the
reader then consults it, and ``evidence`` says where each role came from, for ``--verbose``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy

from derive.errors import LatexError
from derive.latex.arrays import MATRIX_NAMES, SAMPLE_LETTERS
from derive.latex.tokens import FRACS, GREEK, Tok, tokenize
from derive.symbols import INDEX_LETTERS, SAMPLE_INDEX_LETTERS, SIZE_LETTERS, bound_of, index, scalar

ACCENTS = {"hat": "hat", "widehat": "hat", "bar": "bar", "overline": "bar", "tilde": "tilde",
           "widetilde": "tilde", "dot": "dot", "ddot": "ddot", "check": "check"}
BOLD = frozenset({"mathbf", "boldsymbol", "bm", "vec", "overrightarrow", "pmb", "textbf"})
FONTS = frozenset({"mathcal", "mathscr", "mathrm", "mathit", "mathsf"})  # \mathcal{L} is the name L
# a sample's features: x^{(i)} is a vector, X their matrix
FEATURE_NAMES = frozenset({"x", "phi", *MATRIX_NAMES})
SIZE_WORDS = ("positive integer", "positive integers", "integer", "integers", "natural", "size",
              "count", "number of")


def mean_name(written: str) -> str:
    """The name of the mean a bar over more than one name stands for: ``\\bar{xy}`` -> xybar,
    ``\\bar{x^2}`` -> x^2bar (the mean of the products, of the squares)."""
    return f"{written}bar"


def is_mean_of_several(name: str) -> bool:
    """Is ``name`` one ``mean_name`` gives (xybar, x^2bar), never x̄ (xbar) nor μ̄ (mubar)?"""
    stem = name[:-3] if name.endswith("bar") else ""
    return "^" in stem or len(stem) > 1 and stem.isalpha() and stem not in GREEK


@dataclass(frozen=True)
class NotationModel:
    """Roles of names in one document (see the module docstring). Hashable: the reader's cache
    keys on it."""

    functions: frozenset = frozenset()  # every name used as a function (applied, primed)
    defined: frozenset = frozenset()  # functions the document defines (they override σ, …)
    vectors: frozenset = frozenset()
    sizes: frozenset = frozenset(SIZE_LETTERS)
    variables: frozenset = frozenset()
    samples: frozenset = frozenset()  # names written with a bare ^i for the i-th sample (y^i)
    layers: frozenset = frozenset()  # names whose superscripts are layers (z^l, W^{[1]}, a^2)
    # σ where the document differentiates by σ^2 and counts no layers of σ: σ² (the variance) is
    # the variable, read as one name, and σ alone is its square root
    variances: frozenset = frozenset()
    # The argument a function written without one stands for, in this formula (``σ' = σ(1 − σ)``
    # with z: σ′(z) = σ(z)(1 − σ(z))); "" when the formula has none. Set per statement.
    implicit: str = ""
    bare: frozenset = frozenset()  # functions this formula writes without an argument
    shorthands: tuple = ()  # (function, argument): `\sigma = \sigma(w^\top x)`, σ alone is σ(wᵀx)
    called: frozenset = frozenset()  # … of which it also applies to a name (∂C/∂a = C'(a))
    ranges: tuple = ()  # (index letter, size): where a sum over it without bounds runs (_ranges)
    # (sample letter, other letter): i indexes only what k indexes too (p_i, y_i beside p_k, y_k),
    # so a sum over i without bounds runs where one over k does (_shared)
    shared: tuple = ()
    # names the document indexes by the sample only (y_i, \hat{y}^{(i)}): as vectors, m long
    per_sample: frozenset = frozenset()
    # vectors the document transposes with ^T and primes only bare (θᵀx beside ∂θ ∂θ′): the
    # statistician's prime, θ′ = θᵀ, not a function θ
    primed_transposes: frozenset = frozenset()
    transposing_primes: bool = False  # every prime is a transpose, a bracket's too ((y − Xw)′)
    # variables only as the argument a function is defined of (h_θ(x) = …), never differentiated
    # by: x^{(i)} beside a vector is still sample i's vector
    arguments_only: frozenset = frozenset()
    # ((name, position), size): how far a matrix's rows (0) or columns (1) run, from the bounds
    # of the sums over the letters its entries are written with (X_{ij} in Σ_{i=1}^n Σ_{j=1}^p)
    extents: tuple = ()
    square: frozenset = frozenset()  # matrices between a vector and itself (βᵀAβ): as many rows as columns
    # (name, size): η_K where the document indexes η by a letter (η_i) and K is the bound of a
    # sum: entry K of η, its last, never a name η_K of its own
    last_entries: tuple = ()
    zero_based: frozenset = frozenset()  # vectors the document writes an entry 0 of (θ_0)
    # … of which entry 0 is written as a number and never as an intercept before a sum (ŷ_0, not
    # β_0 + Σ_j β_j x_j): a sum over the entries without bounds starts at 0
    zero_entries: frozenset = frozenset()
    last_entry: tuple = ()  # (vector, size): \sum_{j=0}^{d} θ_j x_j — θ runs to d, not n
    # names whose sample entries are vectors (w^T x_i): x_i alone is the i-th sample's vector
    sample_vectors: frozenset = frozenset()
    sum_names: frozenset = frozenset()  # labels L of a \sum_L the document defines as a name
    # names the document writes with a sample index (y_i, x^{(i)}), whatever else it writes them with
    sampled: frozenset = frozenset()
    # a name with a number glued to it that the document also indexes (Z2 beside Z2_j): one name
    labelled: frozenset = frozenset()
    # entries written with what they depend on (μ_i(w, b)): quantities the document means
    written: frozenset = frozenset()
    # capitals the document multiplies by their own transpose (A^T A): matrices of their entries
    matrices: frozenset = frozenset()
    # (capital, lower case): a vector written as a capital and never indexed, whose entries the
    # document writes in lower case (x_i^T Θ = Σ_j x_ij θ_j): the same vector
    aliases: tuple = ()
    # where the document writes \frac{dJ}{dm} J(m, b) for d/dm J(m, b) ("" if nowhere): then a
    # derivative followed by an expression applies to it
    operators: str = ""
    # letters the document names for a derivative operator (d = \dfrac{d}{dz}): (letter, variable)
    named_operators: tuple = ()
    # capitals written with what they depend on (L(β), J(w, b)): quantities the document means,
    # whether it says what they are or not
    signed: frozenset = frozenset()
    # (name, variable): names written as a function of one name (J(θ)), see _written_of
    written_of: tuple = ()
    # (name, why): names the document says are matrices (`\mathbf{Z}` is of size (10, m)) and
    # the reader has no matrix for: a step that reads them a vector or an entry at a time
    # says nothing about the whole matrix
    stated_matrices: tuple = ()
    # names applied to one entry of a vector that mean that entry of a vector function
    # (S(x_i) beside S_i, or S(x_i) = e^{x_i} / \sum_k e^{x_k}): S(x_i) reads as S_i
    entry_functions: tuple = ()  # (name, why)
    # names the document writes with one index and transposed (\theta_k^T x): a family of
    # vectors, θ_k the k-th, its entries θ_{kj}
    families: frozenset = frozenset()
    capitals: frozenset = frozenset()  # capital letters the document writes alone (A, B, C)
    # letters beyond i, j, k, l, p, q, r, s, t the document uses as a sum's index and otherwise
    # only in subscripts (\sum_m beside a_m, W_{m,k}): indices wherever they are written, never
    # the count m or a name of their own
    indices: frozenset = frozenset()

    def symbol(self, name: str) -> sympy.Expr:
        """The scalar a bare name reads as: a positive integer for a size, the square root of the
        variance for σ where the document differentiates by σ², else a real."""
        if name in self.variances:
            return sympy.sqrt(scalar(f"{name}^2"))
        if name in self.sizes and name not in self.variables:
            return index(name)
        return sympy.Symbol(name, real=True) if name in SIZE_LETTERS else scalar(name)

    def bound(self, k: sympy.Symbol) -> sympy.Expr:
        """Where a sum over ``k`` runs when it gives no upper bound: the bound the document's own
        sums over k give (``\\sum_{i=1}^{n}``); for a size letter its capital (``\\sum_n`` to N);
        else m for samples and n for features."""
        if k.name.endswith("'"):  # k′ runs as k does
            return self.bound(index(k.name.rstrip("'")))
        for letter, top in self.ranges:
            if letter == k.name:
                return index(top)
        for letter, other in self.shared:
            if letter == k.name:
                return self.bound(index(other))
        if k.name in self.sizes and len(k.name) == 1 and k.name.islower():
            return index(k.name.upper())  # \sum_n over the samples x_n: n runs to N
        return bound_of(k)

    def extent(self, name: str, position: int) -> sympy.Expr | None:
        """How many rows (``position`` 0) or columns (1) the matrix ``name`` has, where the
        document's sums over its entries say so (see ``extents``), or None."""
        top = dict(self.extents).get((name, position))
        return index(top) if top else None

    def last_of(self, vector: str) -> sympy.Expr | None:
        """The last entry of a vector whose sums the document writes from 0 to a size
        (\\sum_{j=0}^{d} θ_j x_j: d), or None."""
        top = dict(self.last_entry).get(vector)
        return index(top) if top else None

    def entry_why(self, name: str) -> str | None:
        """Why ``name(x_i)`` reads as entry i of ``name`` (see entry_functions), or None."""
        return dict(self.entry_functions).get(name)

    def is_size(self, name: str) -> bool:
        return name in self.sizes and name not in self.variables


DEFAULT = NotationModel()
# the argument the reader gives a function a formula writes without one, where nothing names it
SUPPLIED_ARGUMENT = "t"


@dataclass
class Evidence:
    """Where each role was learnt: role -> name -> "θ_j on line 12" (the first place seen)."""

    seen: dict = field(default_factory=dict)
    times: dict = field(default_factory=dict)  # (role, name) -> how many places show it

    def add(self, role: str, name: str, what: str) -> None:
        self.seen.setdefault(role, {}).setdefault(name, what)
        self.times[role, name] = self.times.get((role, name), 0) + 1

    def names(self, role: str) -> set:
        return set(self.seen.get(role, {}))

    def of(self, role: str, name: str) -> str | None:
        return self.seen.get(role, {}).get(name)


# --------------------------------------------------------------------------- gathering


def name_at(toks: list[Tok], p: int) -> tuple[str | None, int, bool]:
    """The name that starts at token ``p`` (a letter, a Greek letter, an accented or bold name)
    as the reader spells it (``yhat``, ``theta``), where it ends, and whether it is bold."""
    t = toks[p]
    if t.kind == "letter":
        return t.val, p + 1, False
    if t.kind == "cmd" and t.val in GREEK:
        return t.val, p + 1, False
    if t.kind == "cmd" and (t.val in ACCENTS or t.val in BOLD or t.val in FONTS) and p + 1 < len(toks):
        q = p + 1
        if toks[q].kind == "lbrace":
            inner, end, bold = name_at(toks, q + 1) if q + 1 < len(toks) else (None, q + 1, False)
            if inner is None or end >= len(toks) or toks[end].kind != "rbrace":
                return None, p + 1, False
            q = end + 1
        else:
            inner, q, bold = name_at(toks, q)
            if inner is None:
                return None, p + 1, False
        return inner + ACCENTS.get(t.val, ""), q, bold or t.val in BOLD
    return None, p + 1, False


def scripted_name_at(toks: list[Tok], p: int) -> tuple[str | None, int]:
    """The name at token ``p`` (see ``name_at``) and where it ends with its sub- and superscripts
    (``x^{(i)}``, ``\\mathbf{Z}_h``, ``h^{l-1}``)."""
    name, end, _ = name_at(toks, p)
    while name is not None and end < len(toks) and toks[end].kind in ("sub", "sup"):
        end = group_at(toks, end + 1)[1]
    return name, end


def group_at(toks: list[Tok], p: int) -> tuple[list[Tok], int]:
    """The tokens of the argument at ``p`` (a ``{…}`` group or one token) and the index after."""
    if p >= len(toks):
        return [], p
    if toks[p].kind != "lbrace":
        return [toks[p]], p + 1
    depth, q = 0, p
    while q < len(toks):
        if toks[q].kind == "lbrace":
            depth += 1
        elif toks[q].kind == "rbrace":
            depth -= 1
            if depth == 0:
                return toks[p + 1 : q], q + 1
        q += 1
    return toks[p + 1 :], len(toks)


def _index_subscript(group: list[Tok]) -> bool:
    letters = [t for t in group if not t.is_("op", ",")]
    return 0 < len(letters) <= 3 and all(t.kind == "letter" and t.val in INDEX_LETTERS for t in letters)


def label_subscript(group: list[Tok]) -> bool:
    """``y_i``, ``y_{i}``, ``y^{(i)}`` as a subscript (w_{y_i}): the class of sample i, an index."""
    inner = [t for t in group[2:] if t.kind not in ("lbrace", "rbrace", "open", "close")]
    return len(group) >= 3 and group[0].kind == "letter" and group[0].val not in INDEX_LETTERS \
        and group[1].kind in ("sub", "sup") and len(inner) == 1 and inner[0].kind == "letter" \
        and inner[0].val in INDEX_LETTERS


# A layer written as a superscript: 2, l, L, l+1, L-1, [1], [l], (l)
LAYER = re.compile(r"^(?:\[\s*(?:\d+|[lL](?:[+-]\d+)?)\s*\]|\(\s*[lL](?:[+-]\d+)?\s*\)|\d+|[lL](?:[+-]\d+)?)$")
# … of which these say "layer" without any other evidence (a digit alone may be a power)
LAYER_SURE = re.compile(r"^(?:\[.*\]|\(\s*[lL].*\)|[lL](?:[+-]\d+)?)$")


def _mean_over(num: list[Tok], den: list[Tok], toks: list[Tok], after: int) -> tuple[str, str] | None:
    """``\\frac{1}{n}\\sum_i`` (or ``\\frac{1}{2n}\\sum_{i}``): (the sum's index, the count it is a
    mean over) when the sum right after the fraction gives no bounds; else None."""
    if len(num) != 1 or not num[0].is_("digit", "1") or not den or den[-1].kind != "letter" \
            or len(den) > 2 or len(den) == 2 and den[0].kind != "digit":
        return None
    q = after + 1 if after < len(toks) and toks[after].kind == "open" else after  # \frac{1}{n}(\sum_i …)
    if q + 1 >= len(toks) or not toks[q].is_("cmd", "sum") or toks[q + 1].kind != "sub":
        return None
    group, nxt = group_at(toks, q + 2)
    if len(group) != 1 or group[0].kind != "letter" or nxt < len(toks) and toks[nxt].kind == "sup":
        return None
    return group[0].val, den[-1].val


def _derivative_marker(num: list[Tok], den: list[Tok]) -> str | None:
    """How a fraction marks a derivative: "partial" (∂ or δ over ∂ or δ), "d" (d over d), or
    None when it is no derivative."""
    if not num or not den:
        return None
    for kinds, marker in ((("cmd", "partial"), "partial"), (("cmd", "delta"), "partial"),
                          (("letter", "d"), "d"), (("word", "d"), "d")):
        if num[0].is_(*kinds) and den[0].is_(*kinds):
            return marker
    return None


def _operator_written(num: list[Tok], den: list[Tok], toks: list[Tok], after: int) -> bool:
    """``\\frac{dJ}{dm}J(m, b)`` (a derivative, see ``_derivative_marker``) whose numerator names
    what it differentiates, followed by that very name applied — the writer's way of writing
    d/dm J(m, b)."""
    if len(num) < 2 or len(den) < 2 or after + 1 >= len(toks):
        return False
    name, end, _ = name_at(num, 1)
    if name is None or end != len(num):
        return False
    following, q, _ = name_at(toks, after)
    return following == name and q < len(toks) and toks[q].is_("open", "(")


def layer_text(group: list[Tok]) -> str:
    """A superscript's tokens as a layer is written (``l+1``, ``[2]``), or "" if it is none."""
    text = "".join(t.val if t.kind not in ("open", "close") else t.val for t in group
                   if t.kind not in ("lbrace", "rbrace"))
    return text if LAYER.match(text) else ""


def _variables_in(group: list[Tok], marker: str) -> list[str]:
    """Names differentiated by in a derivative's denominator: after each ∂ (or the d of dX)."""
    out = []
    for q, t in enumerate(group):
        if (t.is_("cmd", "partial") or t.is_("cmd", "delta") or (marker == "d" and q == 0)) \
                and q + 1 < len(group):
            r = q + 2 if group[q + 1].kind == "lbrace" and q + 2 < len(group) else q + 1  # ∂{β_0}
            name, after, _ = name_at(group, r)
            if name is not None and not (after < len(group) and group[after].is_("open", "(")):
                out.append(name)  # (∂ŷ(x_i): by the value of the function ŷ, which is no variable)
    return out


_PER_SAMPLE_TERMS = frozenset({"y", "yhat", "t"})  # the targets and the model's outputs, one per sample


def _residual(left: list[Tok], right: list[Tok], rhs: str, line: int, evidence: Evidence) -> None:
    """``r = y - \\hat y``, ``e = \\hat{y} - y``: a name given as a sum of the targets and the
    outputs, each written alone, has one entry per sample as they do (never one per feature)."""
    name, q, _ = name_at(left, 0) if left else (None, 0, False)
    if name is None or name in _PER_SAMPLE_TERMS or q != len(left):
        return
    terms, q = [], 0
    while q < len(right):
        if right[q].is_("op", "+") or right[q].is_("op", "-"):
            q += 1
        term, q, _ = name_at(right, q) if q < len(right) else (None, q, False)
        if term is None or q < len(right) and not (right[q].is_("op", "+") or right[q].is_("op", "-")):
            return
        terms.append(term)
    if set(terms) <= _PER_SAMPLE_TERMS and len(set(terms)) > 1:
        evidence.add("sampled", name, f"{name} = {rhs.strip()} on line {line}")


def scan(text: str, line_of, evidence: Evidence) -> None:
    """Add to ``evidence`` what one formula's tokens say about its names (never raises)."""
    try:
        toks = tokenize(text)
    except LatexError:
        return
    n = len(toks)
    from_zero: dict[str, str] = {}  # index letter -> top, of a sum from 0 seen so far in this side
    scripted: set[int] = set()  # positions of the tokens inside a subscript
    bounds_end = 0  # where the last sum's bounds end (their `=` is no relation)
    running: dict[str, str] = {}  # index letter -> top, of a sum from 1 seen so far in this side
    for p, t in enumerate(toks):
        where = line_of(t.pos)
        if t.is_("op", "=") and p >= bounds_end:
            from_zero.clear()
            running.clear()
        if running and t.kind in ("letter", "cmd") and p >= bounds_end:
            _extents(toks, p, running, where, evidence)
        if t.kind == "letter" and t.val.isupper() and not (p > 0 and toks[p - 1].kind in ("letter", "sub", "sup")
                                                           and toks[p - 1].end == t.pos) \
                and not (p + 1 < n and toks[p + 1].kind == "letter" and toks[p + 1].pos == t.end):
            # A, B, C each written alone: ABC glued is then their product, not a word
            evidence.add("capitals", t.val, f"{t.val} on line {where}")
        if t.kind in ("letter", "word") and p + 2 < n and toks[p + 1].kind == "digit" \
                and toks[p + 1].pos == t.end:
            q = p + 1
            while q < n and toks[q].kind == "digit" and toks[q].pos == toks[q - 1].end:
                q += 1
            if q < n and toks[q].kind == "sub" and (p == 0 or toks[p - 1].end != t.pos
                                                      or toks[p - 1].kind not in ("letter", "word")):
                # Z2_j, A2_i: a number glued to a name and then indices: the number labels the
                # name (layer 2's Z), the subscript is its entry; Z2 alone is that same name
                label = t.val + "".join(u.val for u in toks[p + 1:q])
                evidence.add("labelled", label, f"{label}_… on line {where}")
        if t.is_("open", "(") and (name := _bracketed_transpose(toks, p)) is not None \
                and name not in MATRIX_NAMES:
            evidence.add("vectors", name, f"({name}…)^T on line {where}")  # (x^{(i)})^T θ
        if t.kind == "sub":  # every letter of a subscript is written as (part of) an index there
            scripted.update(range(p + 1, group_at(toks, p + 1)[1]))
        elif t.kind == "letter" and len(t.val) == 1 and p not in scripted:
            evidence.add("bare_letters", t.val, f"{t.val} on line {where}")
        if t.kind == "cmd" and t.val in ("sum", "prod"):
            q = p + 1
            while q < n and toks[q].kind in ("sub", "sup"):
                group, nxt = group_at(toks, q + 1)
                if toks[q].kind == "sub" and group and group[0].kind == "letter" and len(group[0].val) == 1 \
                        and (len(group) == 1 or group[1].is_("op", "=")):
                    evidence.add("sum_indices", group[0].val, f"\\{t.val}_{group[0].val} on line {where}")
                if toks[q].kind == "sub" and len(group) == 3 and group[0].kind == "letter" \
                        and group[1].is_("op", "=") and group[2].is_("digit", "0"):
                    top, _ = group_at(toks, nxt + 1) if nxt < n and toks[nxt].kind == "sup" else ([], 0)
                    from_zero[group[0].val] = top[0].val if len(top) == 1 and top[0].kind == "letter" else ""
                bounds_end = nxt
                if toks[q].kind == "sub" and len(group) == 3 and group[0].kind == "letter" \
                        and group[1].is_("op", "=") and group[2].is_("digit", "1") and nxt < n \
                        and toks[nxt].kind == "sup":
                    # \sum_{i=1}^{n}: where i runs, for the sums over i that give no bounds
                    bound, _ = group_at(toks, nxt + 1)
                    top = bound[0].val if len(bound) == 1 and bound[0].kind == "letter" else "?"
                    if top != "?":
                        running[group[0].val] = top
                    evidence.add("ranges", f"{group[0].val}={top}", f"\\sum_{{{group[0].val}=1}}^{{{top}}} "
                                                                  f"on line {where}")
                if toks[q].kind == "sup":
                    for u in group:
                        if u.kind == "letter" or (u.kind == "cmd" and u.val in GREEK):
                            evidence.add("sizes", u.val, f"a sum's bound on line {where}")
                q = nxt
        elif t.kind == "cmd" and t.val in FRACS:
            num, q = group_at(toks, p + 1)
            den, after = group_at(toks, q)
            if (mean := _mean_over(num, den, toks, after)) is not None:
                # \frac{1}{n}\sum_i: a mean over the n samples, so i runs 1..n and n is a count
                letter, size = mean
                shown = f"\\frac{{1}}{{{''.join(u.val for u in den)}}}\\sum_{letter}"
                evidence.add("sizes", size, f"{shown} on line {where}")
                evidence.add("ranges", f"{letter}={size}", f"{shown} (a mean) on line {where}")
            marker = _derivative_marker(num, den)
            if marker is None:
                continue
            if _operator_written(num, den, toks, after):
                # \frac{dJ}{dm}J(m, b): d/dm of what follows, J named in the numerator as well
                evidence.add("operators", "frac", f"{text[t.pos:toks[after].end]}(…) on line {where}")
            for v in _variables_in(den, marker):
                evidence.add("variables", v, f"differentiated by on line {where}")
            # ∂^2 f / ∂x^2: the numerator's power is the derivative's order, and so is x's
            ordered = len(num) > 1 and num[1].kind == "sup"
            for q2, u in enumerate(den):  # ∂w^2: a superscripted variable is a layer's
                if ordered:
                    break
                if u.is_("cmd", "partial") or (marker == "d" and q2 == 0):
                    name, after, _ = name_at(den, q2 + 1) if q2 + 1 < len(den) else (None, 0, 0)
                    if name is not None and after < len(den) and den[after].kind == "sup" \
                            and (layer := layer_text(group_at(den, after + 1)[0])):
                        # ∂σ^2 in a document that counts no layers of σ: by the variance (see build)
                        role = "squared_variables" if layer == "2" else "layers"
                        evidence.add(role, name, f"differentiated by {name}^{layer} on line {where}")
        elif t.is_("cmd", "partial") and p + 1 < n and toks[p + 1].kind == "sub":
            group, _ = group_at(toks, p + 2)
            if group:
                name, _, _ = name_at(group, 0)
                if name is not None:
                    evidence.add("variables", name, f"differentiated by on line {where}")
        else:
            name, q, bold = name_at(toks, p) if t.kind in ("letter", "cmd") \
                else (t.val, p + 1, False) if t.kind == "word" else (None, p, False)
            if name is not None and not (p > 0 and toks[p - 1].kind == "sub"):
                _entry_call(toks, name, q, where, evidence)
            if name is None or t.kind == "word" or p > 0 and toks[p - 1].kind == "sub":
                continue  # x_i^T: i is x's index, and x (not i) is transposed
            if bold:
                evidence.add("vectors", name, f"in bold on line {where}")
                evidence.add("bold", name, f"in bold on line {where}")
            if q < n and toks[q].kind == "sup":
                label, after_label = group_at(toks, q + 1)
                if after_label < n and toks[after_label].kind == "sub" and layer_text(label) \
                        and not all(u.kind == "digit" for u in label):
                    # a^L_i beside z^L_k: a layer's quantity indexed by i, for where i runs
                    group, _ = group_at(toks, after_label + 1)
                    if len(group) == 1 and group[0].kind == "letter":
                        evidence.add("indexed_by", f"{name}:{group[0].val}", f"{name}^…_{group[0].val} on line {where}")
            subscripted = q < n and toks[q].kind == "sub"
            if subscripted:
                evidence.add("subscripted", name, f"{name}_… on line {where}")
            if name[:1].isupper() and q < n and toks[q].kind in ("letter", "cmd"):
                right, _, _ = name_at(toks, q)
                if right is not None and right != name:
                    evidence.add("multiplies", f"{name}:{right}", f"{name} {right} on line {where}")
            if name not in MATRIX_NAMES and not (q < n and toks[q].is_("open", "(")) \
                    and _after_transpose(toks, p):
                # x^T β: what a transposed vector multiplies is a vector (their dot product)
                evidence.add("vectors", name, f"beside a transposed vector on line {where}")
            if q < n and toks[q].kind == "sub":
                group, after = group_at(toks, q + 1)
                if len(group) == 1 and group[0].is_("digit", "0") or group[0:1] and group[0].kind == "letter" \
                        and group[0].val in from_zero:
                    # θ_0, or θ_j in \sum_{j=0}^{d}: the vector's entries start at 0 (and end at d)
                    evidence.add("zero_based", name, f"{name}_{group[0].val} on line {where}")
                    if group[0].kind == "digit":
                        # β_0 + \sum_j β_j x_j: entry 0 the intercept, the sum from 1; ŷ_0 otherwise
                        # an entry like the others, which a sum without bounds runs over too
                        sums_on = after + 1 < n and toks[after].is_("op", "+") and toks[after + 1].is_("cmd", "sum")
                        evidence.add("intercepts" if sums_on else "zero_entries", name,
                                     f"{name}_0 on line {where}")
                    if from_zero.get(group[0].val):
                        evidence.add("last_entry", f"{name}={from_zero[group[0].val]}",
                                     f"\\sum_{{{group[0].val}=0}}^{{{from_zero[group[0].val]}}} on line {where}")
                if label_subscript(group) and _transposed_at(toks, after):
                    # w_{y_i}^T x_i: the vector of sample i's class, one of a family as w_k^T is
                    shown = "".join(u.val for u in group if u.kind not in ("lbrace", "rbrace"))
                    evidence.add("families", name, f"{name}_{{{shown}}}^T on line {where}")
                if len(group) == 1 and group[0].kind == "letter" and group[0].val.isupper():
                    # η_K beside η_i and \sum_{i=1}^{K}: entry K, the last (see _last_entries)
                    evidence.add("capital_entries", f"{name}:{group[0].val}", f"{name}_{group[0].val} on line {where}")
                if _index_subscript(group):
                    shown = "".join(u.val for u in group)
                    evidence.add("vectors", name, f"{name}_{shown} on line {where}")
                    if len(group) == 1:
                        role = "sampled" if group[0].val in SAMPLE_INDEX_LETTERS else "featured"
                        evidence.add(role, name, f"{name}_{shown} on line {where}")
                        evidence.add("indexed_by", f"{name}:{group[0].val}", f"{name}_{shown} on line {where}")
                    beside, transposed = _after_transpose(toks, p), _transposed_at(toks, after)
                    if len(group) == 1 and group[0].kind == "letter" and transposed \
                            and group[0].val not in SAMPLE_LETTERS:
                        # \theta_k^T x: the k-th of a family of vectors (one per class), θ_{kj} its entries
                        evidence.add("families", name, f"{name}_{shown}^T on line {where}")
                    if len(group) == 1 and group[0].val in SAMPLE_LETTERS and (beside or transposed):
                        # w^T x_i, x_i^T w: the i-th sample's vector, so x_i alone is one too
                        evidence.add("sample_vectors", name, f"{'w^T ' if beside else ''}{name}_{shown}"
                                     f"{'^T' if transposed else ''} on line {where}")
                q = after
            if q < n and toks[q].kind == "sup":
                group, after = group_at(toks, q + 1)
                if len(group) == 1 and group[0].is_("letter", "i"):
                    evidence.add("samples", name, f"{name}^i on line {where}")
                if len(group) == 3 and group[0].is_("open", "(") and group[1].kind == "letter" \
                        and group[1].val in SAMPLE_INDEX_LETTERS and group[2].is_("close", ")"):
                    evidence.add("sampled", name, f"{name}^{{(i)}} on line {where}")
                layer = layer_text(group)
                if layer and LAYER_SURE.match(layer):
                    evidence.add("layers", name, f"{name}^{{{layer}}} on line {where}")
                elif layer and layer != "2":  # w^1 beside ∂w^2: a layer's, not a variance
                    evidence.add("other_supers", name, f"{name}^{{{layer}}} on line {where}")
                if len(group) == 1 and (group[0].is_("letter", "T") or group[0].is_("cmd", "top")
                                        or group[0].is_("cmd", "intercal")):
                    evidence.add("vectors", name, f"transposed on line {where}")
                    evidence.add("transposed", name, f"{name}^T on line {where}")
                    nxt, end, _ = name_at(toks, after) if after < n else (None, 0, False)
                    if nxt == name and name[:1].isupper() and name not in MATRIX_NAMES:
                        # A^T A, W^T W: a capital times its own transpose (a Gram product, or
                        # Y^T Y, a vector's squared norm: see build)
                        evidence.add("gram", name, f"{name}^T {name} on line {where}")
                    elif nxt and len(nxt) == 1 and nxt.isupper() and nxt not in MATRIX_NAMES and nxt != "I" \
                            and end < n and not name[:1].isupper() and (third := name_at(toks, end)[0]) is not None:
                        if third == name:
                            # β^T A β: a quadratic form, A between a vector and itself is a square matrix
                            evidence.add("square", nxt, f"{name}^T {nxt} {name} on line {where}")
                        elif not third[:1].isupper():
                            # y^T A x: A between two vectors, as many rows as y has entries
                            evidence.add("bilinear", nxt, f"{name}^T {nxt} {third} on line {where}")
                if any(u.is_("cmd", "prime") for u in group):
                    evidence.add("functions", name, f"{name}′ on line {where}")
                    if after >= n or not toks[after].is_("open", "("):
                        evidence.add("bare_primes", name, f"{name}′ on line {where}")
                    else:
                        evidence.add("applied_primes", name, f"{name}′(…) on line {where}")
                q = after
            if q < n and toks[q].is_("op", "'"):
                evidence.add("functions", name, f"{name}′ on line {where}")
                if q + 1 >= n or not toks[q + 1].is_("open", "("):
                    evidence.add("bare_primes", name, f"{name}′ on line {where}")
                    if q + 1 < n and name_at(toks, q + 1)[0] is not None:
                        evidence.add("primed_products", name, f"{name}′ before a name on line {where}")
                        if bold:  # \boldsymbol{X}'\boldsymbol{y}: the prime after the bold name
                            evidence.add("bold_primed", name, f"{name}′ before a name on line {where}")
                else:
                    evidence.add("applied_primes", name, f"{name}′(…) on line {where}")
            if q + 2 < n and toks[q].is_("open", "(") and toks[q + 1].kind == "letter" \
                    and toks[q + 2].is_("close", ")") and p == 0 \
                    and (q + 3 == n or toks[q + 3].is_("op", "=")):
                # \ell(m) = \max(0, 1 - m): the argument of a function defined here is a real
                # number, whatever its letter (m here is a margin, not the sample count)
                from derive.latex.printer import point_latex
                from derive.render.plain import readable

                evidence.add("arguments", toks[q + 1].val, f"line {where}")
                evidence.add("variables", toks[q + 1].val,
                             f"the argument of {readable(point_latex(name))}(…) on line {where}")
            if not (q < n and toks[q].is_("open", "(")):
                evidence.add("uncalled", name, f"{name} without brackets after it on line {where}")
            if q < n and toks[q].kind == "open" and toks[q].val == "(":
                arg, end, _ = name_at(toks, q + 1) if q + 1 < n else (None, q, False)
                if arg is not None and arg != name and end < n and toks[end].is_("close", ")"):
                    # J(\theta), \ell(\boldsymbol{\beta}): what the name is written as a function of
                    evidence.add("written_of", f"{name}>{arg}", f"{name}({arg}) on line {where}")
                    evidence.add("applied_only", name, f"{name}(…) on line {where}")
                depth, inside, listed, bars, names_only, braces = 0, [], False, 0, True, 0
                for u in toks[q:]:
                    names_only = names_only and (u.kind in NAME_KINDS or u.is_("op", ",") or depth == 0
                                                 or u.kind == "close" and depth == 1
                                                 or braces > 0 and u.kind in ("open", "close"))
                    braces += (u.kind == "lbrace") - (u.kind == "rbrace")  # w_{1,1}: one entry
                    if u.kind == "open":
                        depth += 1
                    elif u.kind == "close":
                        depth -= 1
                        if depth == 0:
                            break
                    elif depth == 1 and u.is_("cmd", "mid"):
                        bars = 1
                        break
                    elif depth == 1 and u.kind == "bar":
                        bars += 1  # one: P(y | x); two or more: λ(|β_0| + |β_1|), absolute values
                    listed = listed or depth == 1 and not braces and u.is_("op", ",")
                    inside.append(u.val)
                if bars == 1:
                    evidence.add("functions", name, f"{name}(… | …) on line {where}")
                args = "".join(inside[1:])
                if len(name) == 1 and name.isupper() and args and names_only and not bars:
                    # L(β), J(w, b): a quantity written with what it depends on
                    evidence.add("signed", name, f"{name}(…) on line {where}")
                if subscripted and listed and names_only and not bars:
                    # μ_i(w, b): the i-th μ written with what it depends on (q ran past the subscript)
                    evidence.add("written", name, f"{name}_…(…, …) on line {where}")
                if len(name) == 1 and name.isupper() and args and listed:
                    # L(y, p) here, L(y_i, p_i) there: a function of its arguments, not a signature
                    # (N(N∑x² − (∑x)²) lists nothing: N times a bracket)
                    first = evidence.of("calls", name)
                    if first is None:
                        evidence.add("calls", name, args)
                    elif first != args:
                        evidence.add("functions", name, f"{name}(…) at two arguments, on line {where}")


def entry_argument_at(toks: list[Tok], q: int) -> tuple[str, str, int, int] | None:
    """At ``(`` (token ``q``) of ``S(x_i)``: the vector's name, the entry's index, where the
    brackets close and where the index token is, when they hold one entry and nothing else."""
    n = len(toks)
    if q + 1 >= n or not toks[q].is_("open", "("):
        return None
    arg, end, _ = name_at(toks, q + 1)
    if arg is None or end >= n or toks[end].kind != "sub":
        return None
    group, after = group_at(toks, end + 1)
    if len(group) != 1 or group[0].kind not in ("letter", "digit") or after >= n \
            or not toks[after].is_("close", ")"):
        return None
    return arg, group[0].val, after, after - 1 - (toks[after - 1].kind == "rbrace")


def _entry_call(toks: list[Tok], name: str, q: int, where: int, evidence: Evidence) -> None:
    """``S(x_i)``: a name applied to one entry of a vector (``entry_calls``; see build)."""
    got = entry_argument_at(toks, q) if q < len(toks) else None
    if got is not None and got[0] != name:
        evidence.add("entry_calls", name, f"{name}({got[0]}_{got[1]}) on line {where}")


def definition(lhs: str, rhs: str, where: int, evidence: Evidence) -> None:
    """What a formula ``name = …`` says about its name (``_entry_defined``, ``_residual``)."""
    try:
        left, right = tokenize(lhs), tokenize(rhs)
    except LatexError:
        return
    _entry_defined(left, right, where, evidence)
    _residual(left, right, rhs, where, evidence)
    _built_from(left, right, where, evidence)


# what applies to a vector entry by entry, a layer's activation among them
_ENTRYWISE = frozenset({"sigma", "tanh", "exp", "log", "ReLU", "relu", "g", "f", "phi"})


def _built_from(left: list[Tok], right: list[Tok], where: int, evidence: Evidence) -> None:
    """``z = W x + b``, ``a = \\sigma(z)``: a name defined as a capital times a name (``made_by``)
    or as an entrywise function of one name (``applied_to``); in ``build`` the first is a vector
    where the capital is a matrix and the name a vector, the second where its argument is one."""
    name, end = scripted_name_at(left, 0) if left and left[0].kind in ("letter", "cmd") else (None, 0)
    if name is None or end != len(left) or not right:
        return
    head, q = scripted_name_at(right, 0) if right[0].kind in ("letter", "cmd") else (None, 0)
    if head is not None and head[:1].isupper() and q < len(right) and right[q].kind in ("letter", "cmd"):
        other, e = scripted_name_at(right, q)
        if other is not None and other != head and (e == len(right) or right[e].is_("op", "+")):
            evidence.add("made_by", f"{name}:{head}:{other}", f"{name} = {head} {other} … on line {where}")
    func = right[0].val if right[0].kind in ("letter", "cmd", "word") else None
    if func in _ENTRYWISE and len(right) >= 3 and right[1].is_("open", "(") and right[-1].is_("close", ")"):
        arg, e = scripted_name_at(right, 2) if right[2].kind in ("letter", "cmd") else (None, 0)
        if arg is not None and e == len(right) - 1:
            evidence.add("applied_to", f"{name}:{arg}", f"{name} = {func}({arg}) on line {where}")


def _layer_vectors(evidence: Evidence, matrices: frozenset) -> set:
    """Names the formulas make vectors: a matrix times a vector (z = W x + b), then an entrywise
    function of such a name (a = σ(z)), as far as the definitions reach."""
    vectors = set(evidence.names("vectors"))
    made = [e.split(":") for e in evidence.names("made_by")]
    applied = [e.split(":") for e in evidence.names("applied_to")]
    found: set = set()
    grown = True
    while grown:
        grown = False
        for name, head, other in made:
            if name not in vectors | found and head in matrices and other in vectors | found:
                found.add(name)
                grown = True
        for name, arg in applied:
            if name not in vectors | found and arg in found:
                found.add(name)
                grown = True
    return found


def _entry_defined(left: list[Tok], right: list[Tok], where: int, evidence: Evidence) -> None:
    """``S(x_i) = e^{x_i} / \\sum_k e^{x_k}``: a value at one entry that uses the vector's other
    entries too is no function of x_i alone (``entry_defined``; see build)."""
    if not left or left[0].kind not in ("letter", "cmd", "word"):
        return
    name, q, _ = name_at(left, 0) if left[0].kind != "word" else (left[0].val, 1, False)
    got = entry_argument_at(left, q) if name is not None and q < len(left) else None
    if got is None or got[2] != len(left) - 1 or got[0] == name:
        return
    arg, letter = got[:2]
    for r in range(len(right) - 1):
        other, e, _ = name_at(right, r) if right[r].kind in ("letter", "cmd") else (None, r, False)
        if other == arg and e < len(right) and right[e].kind == "sub":
            g, _ = group_at(right, e + 1)
            if len(g) == 1 and g[0].kind == "letter" and g[0].val != letter:
                evidence.add("entry_defined", name, f"{name}({arg}_{letter}) = … {arg}_{g[0].val} … "
                                                    f"on line {where}")
                return


# what a list of names between brackets holds: names, their indices, accents and bold
NAME_KINDS = frozenset({"letter", "cmd", "lbrace", "rbrace", "sub", "sup", "digit"})  # w^{(l)}_{1,1}
# a worked example's arithmetic: numbers with an operator between them (0 \times 5 + 0,
# 2 \cdot (0 - 5) \cdot 5, (0 - 5)^2)
ARITHMETIC = re.compile(r"\d\s*\)?\s*(?:\\times|\\cdot|[*+/^-])\s*\(?\s*-?\s*\d")


def _transposed_at(toks: list[Tok], q: int) -> bool:
    """Is there a ``^T`` (``^\\top``, ``^{T}``) at token ``q``?"""
    if q >= len(toks) or toks[q].kind != "sup":
        return False
    group, _ = group_at(toks, q + 1)
    return len(group) == 1 and (group[0].is_("letter", "T") or group[0].is_("cmd", "top"))


def _bracketed_transpose(toks: list[Tok], p: int) -> str | None:
    """The name alone (with its indices) in the brackets at ``p`` when ``^T`` follows them:
    ``(x^{(i)})^T``, ``(h^{l-1})^\\top``; else None."""
    name, q = scripted_name_at(toks, p + 1) if p + 1 < len(toks) else (None, p)
    if name is None or q >= len(toks) or not toks[q].is_("close", ")"):
        return None
    return name if _transposed_at(toks, q + 1) else None


def membership(name_text: str, space_text: str, where: int, evidence: Evidence) -> None:
    """``β \\in \\mathbb{R}^d``: a name in a real space of more than one dimension is a vector
    (``\\mathbb{R}^{n \\times d}`` is a matrix's space, ``\\mathbb{R}^1`` a number's)."""
    try:
        left, right = tokenize(name_text), tokenize(space_text)
    except LatexError:
        return
    if not left or not right:
        return
    names, end = [], 0
    while True:  # x_i ∈ ℝ^d: the sample's vector x (x is one anyway); w, x ∈ ℝ^n: each of them
        name, end = scripted_name_at(left, end)
        if name is None:
            return
        names.append(name)
        if end >= len(left) or not left[end].is_("op", ","):
            break
        end += 1
    space = _real_space(right, 0)
    if space is None:
        return
    dims, after = group_at(right, space + 1)
    if end != len(left) or after != len(right):
        return
    vector = bool(dims) and not dims[0].is_("digit", "1") \
        and not any(u.is_("cmd", "times") or u.is_("op", ",") for u in dims)
    shape = "" if vector else matrix_shape(dims)
    for name in names:
        if name in MATRIX_NAMES:
            continue
        if vector:
            evidence.add("vectors", name, f"in ℝ^{''.join(u.val for u in dims)} on line {where}")
        elif shape:
            evidence.add("stated_matrices", name, f"in ℝ^{{{shape}}} on line {where}")


def matrix_shape(dims: list[Tok]) -> str:
    """The two dimensions the tokens of a size say, neither of them 1 (``n \\times d``, ``10, m``),
    as ``n × d``; "" when they say anything else."""
    parts: list[list[str]] = [[]]
    for u in dims:
        if u.is_("cmd", "times") or u.is_("op", ",") or u.is_("letter", "x") and parts[-1]:
            parts.append([])
        elif u.kind in ("letter", "digit", "op", "word"):
            parts[-1].append(u.val)
        else:
            return ""
    if len(parts) != 2 or not all(parts) or any(p == ["1"] for p in parts):
        return ""
    return " × ".join("".join(p) for p in parts)


def _real_space(toks: list[Tok], p: int) -> int | None:
    """Where the ``^`` of ``\\mathbb{R}^…`` (or ``\\mathbb R^…``, ``\\R^…``) starting at token ``p``
    is, or None."""
    if toks[p].is_("cmd", "R"):
        q = p + 1
    elif toks[p].is_("cmd", "mathbb") and p + 1 < len(toks):
        group, q = group_at(toks, p + 1)
        if len(group) != 1 or not group[0].is_("letter", "R"):
            return None
    else:
        return None
    return q if q < len(toks) - 1 and toks[q].kind == "sup" else None


def _after_transpose(toks: list[Tok], p: int) -> bool:
    """Does the name at token ``p`` follow a transposed name (``w^T x_i``, ``\\theta^{\\top} x_i``)?"""
    for k in (p - 2, p - 4):  # ^T x, ^{T} x
        if k >= 0 and _transposed_at(toks, k):
            _, end = group_at(toks, k + 1)
            if end == p:
                return True
    return False


# front matter giving a name's shape: `w: vector`, `theta: vector of n`, `X: matrix` (X and Φ
# are the design matrix already; another name declared a matrix is not read as one)
_SHAPE = re.compile(r"^(?:a\s+)?(?:(?:column|row)\s+)?vector(?:\s+of\s+\w+)?$"
                    r"|^(?:an?\s+)?\w+\s*[x×]\s*\w+\s+matrix$|^matrix$")


def key_name(key: str) -> str:
    """A front-matter key as the model names it: ``\\hat{y}`` -> yhat, ``\\mathbf{w}`` -> w."""
    k = key.strip()
    m = re.fullmatch(r"\\(?:hat|widehat|bar|tilde)\{\\?(\w+)\}", k)
    if m:
        return m.group(1) + {"hat": "hat", "widehat": "hat", "bar": "bar", "tilde": "tilde"}[k[1:k.index("{")]]
    m = re.fullmatch(r"\\(?:mathbf|boldsymbol|bm|vec)\{\\?(\w+)\}", k)
    return m.group(1) if m else k.lstrip("\\")


def is_shape(value: str) -> bool:
    return bool(_SHAPE.match(value.strip().lower()))


def variances_of(evidence: Evidence) -> set:
    """Names differentiated by their square (∂σ^2) and written with no superscript that could
    name a layer: σ² is the variance."""
    return evidence.names("squared_variables") - evidence.names("layers") - evidence.names("other_supers")


def squared_layers(evidence: Evidence) -> set:
    """Names differentiated by their square that count layers after all (∂W^2 beside W^1)."""
    return evidence.names("squared_variables") - variances_of(evidence)


def build(evidence: Evidence, functions: set, assumptions: dict) -> NotationModel:
    """The model from what the document showed, its defined functions and its front matter."""
    sizes = set(SIZE_LETTERS) | evidence.names("sizes")
    indices = {letter for letter in evidence.names("sum_indices") - evidence.names("bare_letters")
               - evidence.names("sizes") - evidence.names("variables") - set(INDEX_LETTERS)
               if letter.islower()}
    sizes -= indices
    for key, value in assumptions.items():
        if any(w in value.lower() for w in SIZE_WORDS):
            sizes.add(key.strip().lstrip("\\"))
        elif is_shape(value) and "vector" in value.lower():
            for k in key.split(","):  # w: vector — a vector whatever the formulas show
                evidence.add("vectors", key_name(k), "front matter")
    variables, matrices = evidence.names("variables"), _matrices(evidence)
    for name in sorted(_layer_vectors(evidence, matrices)):
        # z = W x + b with W a matrix and x a vector: z is a vector, and so is a = σ(z)
        said = next(evidence.of(role, key) for role in ("made_by", "applied_to")
                    for key in sorted(evidence.names(role)) if key.split(":", 1)[0] == name)
        evidence.add("vectors", name, f"a matrix times a vector, or a function of one: {said}")
    for entry in sorted(evidence.names("multiplies")):
        left, right = entry.split(":", 1)
        if left in MATRIX_NAMES and right in evidence.names("vectors") and left not in evidence.names("vectors"):
            # X w with w_j written: the design matrix times the weights, never a number times them
            evidence.add("vectors", left, f"the design matrix, beside a vector: {evidence.of('multiplies', entry)}")
    from derive.latex.notation import FUNCTIONS

    # S(x_i) beside S_i, or defined through the other entries of x: entry i of a vector function
    # of x (a function the document defines of a plain argument, or a built-in one, applies to x_i)
    indexed = evidence.names("featured") | evidence.names("sampled")
    entries = evidence.names("entry_defined") | (
        evidence.names("entry_calls") & indexed - functions - evidence.names("functions") - set(FUNCTIONS))
    # x′ beside σ(x), where x is the variable: its derivative by itself (1), not a function x
    primed_only = {name for name in variables & evidence.names("bare_primes") - evidence.names("vectors")
                   if evidence.times[("bare_primes", name)] == evidence.times[("functions", name)]}
    # θ′ beside θᵀx, never θ′(…): the transpose, as statistics writes it (held-out 287)
    primed_transposes = {name for name in evidence.names("transposed") & evidence.names("bare_primes")
                         if evidence.times[("bare_primes", name)] == evidence.times[("functions", name)]}
    # X′X, y′Xw: MATLAB's and statistics' prime, the transpose, for every name never primed before
    # its argument (held-out 305; g′(u) beside them stays g's derivative, X′(Xw) is Xᵀ(Xw))
    transposing_primes = _transposing_primes(evidence, functions)
    if transposing_primes:
        called = {name for name in evidence.names("applied_primes") if not (len(name) == 1 and name.isupper())}
        primed_transposes |= evidence.names("bare_primes") - called - set(functions) - set(FUNCTIONS)
    primed_only |= primed_transposes
    # a(η) here, a(θᵀx) there, and a never without brackets: a function wherever it is applied
    # (its applications to one name read as calls; a·(θᵀx) would be the only product among them)
    applied = {name for name in evidence.names("applied_only") - evidence.names("uncalled")
              - variables - evidence.names("vectors") - sizes if not name[:1].isupper()}
    return NotationModel(functions=frozenset(functions | evidence.names("functions") - primed_only | applied),
                         defined=frozenset(functions),
                         vectors=frozenset(evidence.names("vectors") | primed_transposes),
                         sizes=frozenset(sizes - variables),
                         variables=frozenset(variables),
                         samples=frozenset(evidence.names("samples")),
                         layers=frozenset(evidence.names("layers") | squared_layers(evidence)),
                         variances=frozenset(variances_of(evidence)),
                         ranges=_ranges(evidence, sizes - variables),
                         extents=_extents_of(evidence, sizes - variables),
                         square=_square(evidence),
                         last_entries=_last_entries(evidence, sizes - variables),
                         shared=_shared(evidence),
                         # a bold sample's vector (β^T \hat{\boldsymbol x}_i) is no number per sample
                         per_sample=frozenset(evidence.names("sampled") - evidence.names("featured") - FEATURE_NAMES
                                              - (evidence.names("sample_vectors") & evidence.names("bold"))),
                         sample_vectors=frozenset(evidence.names("sample_vectors")),
                         families=frozenset(evidence.names("families")),
                         capitals=frozenset(evidence.names("capitals")),
                         indices=frozenset(indices),
                         sum_names=frozenset(evidence.names("sum_names")),
                         sampled=frozenset(evidence.names("sampled")),
                         labelled=frozenset(evidence.names("labelled")),
                         written=frozenset(evidence.names("written")),
                         matrices=matrices,
                         aliases=_aliases(evidence),
                         primed_transposes=frozenset(primed_transposes),
                         transposing_primes=transposing_primes,
                         arguments_only=frozenset(
                             name for name in evidence.names("arguments") & variables
                             if evidence.times[("arguments", name)] == evidence.times[("variables", name)]),
                         zero_based=frozenset(evidence.names("zero_based")),
                         zero_entries=frozenset(evidence.names("zero_entries") - evidence.names("intercepts")),
                         last_entry=tuple(sorted(tuple(e.split("=", 1)) for e in evidence.names("last_entry"))),
                         operators=evidence.of("operators", "frac") or "",
                         named_operators=tuple(sorted(tuple(e.split("=", 1))
                                                      for e in evidence.names("named_operators"))),
                         signed=frozenset(evidence.names("signed")),
                         entry_functions=tuple(sorted(
                             (name, evidence.of("entry_defined", name)
                              or f"{evidence.of('entry_calls', name)} beside "
                                 f"{evidence.of('featured', name) or evidence.of('sampled', name)}")
                             for name in entries)),
                         written_of=_written_of(evidence),
                         stated_matrices=tuple(sorted(
                             (name, evidence.of("stated_matrices", name))
                             for name in evidence.names("stated_matrices") - set(MATRIX_NAMES) - matrices)))


_POINT_ACCENTS = ("hat", "tilde", "bar")  # β̂, β̃, β̄: a value of β


def _written_of(evidence: Evidence) -> tuple:
    """(name, variable): a name the document writes as a function of one name and of nothing
    else in brackets (J(θ)): ∇J, written without a variable, is ∇_θ J (the derivative by θ where
    θ is a number)."""
    pairs: dict = {}
    for entry in evidence.names("written_of"):
        name, arg = entry.split(">", 1)
        pairs.setdefault(name, set()).add(arg)
    for args in pairs.values():
        # ℓ(β) beside ℓ(β̂): β̂ is a point where ℓ is evaluated, not another argument
        args -= {a for a in args if any(a != b and a.startswith(b) and a[len(b):] in _POINT_ACCENTS for b in args)}
    return tuple(sorted((name, *args) for name, args in pairs.items() if len(args) == 1))


def _matrices(evidence: Evidence) -> frozenset:
    """Capitals the document multiplies by their own transpose (A^T A), or puts between a vector
    and itself (β^T A β), and writes before a vector (A θ): matrices; so are the capitals it writes
    before a vector and differentiates by whole (W x + b beside ∂L/∂W), a layer's weights. Y^T Y
    alone is a vector's squared norm."""
    vectors = evidence.names("vectors")
    before = {e.split(":", 1)[0] for e in evidence.names("multiplies") if e.split(":", 1)[1] in vectors}
    # (never one of a family of vectors W_j, nor the design matrix, which holds data)
    weights = before & evidence.names("variables") - evidence.names("featured") - evidence.names("families") \
        - set(MATRIX_NAMES) - vectors
    return frozenset((evidence.names("gram") | _square(evidence)) & before | weights)


def _square(evidence: Evidence) -> frozenset:
    """Capitals between a vector and itself (β^T A β) and never between two (y^T A x): square."""
    return frozenset(evidence.names("square") - evidence.names("bilinear"))


def _aliases(evidence: Evidence) -> tuple:
    """(Θ, θ): a capital the document uses as a vector (transposed, or beside a transposed one)
    and never indexes, whose lower case it indexes by one feature index (θ_j)."""
    vectors, indexed = evidence.names("vectors"), evidence.names("subscripted")
    featured = evidence.names("featured") - evidence.names("families")  # W beside w_j^T x: a matrix
    out = []
    for name in sorted(vectors - indexed - set(MATRIX_NAMES) - _matrices(evidence)):
        lower = name[0].lower() + name[1:]
        if name != lower and name[0].isupper() and lower in featured:
            out.append((name, lower))
    return tuple(out)


def _shared(evidence: Evidence) -> tuple:
    """(i, k) when the sample letter i indexes at least two names and nothing that another index
    letter k does not index too (p_i, y_i, o_i beside p_k, y_k, o_k: i is a class there, not a
    sample), k the letter of the most such names; with its own range, i keeps it."""
    by_letter: dict[str, set] = {}
    for entry in evidence.names("indexed_by"):
        name, letter = entry.rsplit(":", 1)
        by_letter.setdefault(letter, set()).add(name)
    ranged = {e.split("=", 1)[0] for e in evidence.names("ranges")}
    out = []
    for letter in sorted(SAMPLE_INDEX_LETTERS):
        own = by_letter.get(letter, set())
        if len(own) < 2 or letter in ranged:
            continue
        others = sorted((len(names), other) for other, names in by_letter.items()
                        if other != letter and other in INDEX_LETTERS and own <= names)
        if others:
            out.append((letter, others[-1][1]))
    return tuple(out)


def _extents(toks: list[Tok], p: int, running: dict, where: int, evidence: Evidence) -> None:
    """``X_{ij}`` (or ``X_{i,j}``) after ``\\sum_{i=1}^{n}`` and ``\\sum_{j=1}^{p}`` in one side: the
    matrix X has n rows and p columns there; ``y_i`` there: the vector y has n entries."""
    name, q, _ = name_at(toks, p)
    if name is None or q >= len(toks) or toks[q].kind != "sub" or (p > 0 and toks[p - 1].kind in ("sub", "sup")):
        return
    group, _ = group_at(toks, q + 1)
    letters = [u for u in group if not u.is_("op", ",")]
    if len(letters) not in (1, 2) or any(u.kind != "letter" or len(u.val) != 1 for u in letters):
        return
    for position, u in enumerate(letters):
        if u.val in running:
            evidence.add("extents", f"{name}.{position}={running[u.val]}",
                         f"{name}_{{…}} in a sum to {running[u.val]} on line {where}")


def _transposing_primes(evidence: Evidence, defined: set) -> bool:
    """Does the document write ′ for the transpose: a single capital it does not define as a
    function primed before a name (X′X, X′y: a matrix's transpose; X′(Xw) is then Xᵀ times a
    bracket, while A′_z is a derivative)? Then so is every prime of a name never primed before
    its argument, and of a bracket holding such a name or a vector."""
    skip = set(defined) | evidence.names("bold")  # (\mathbf{X'WX}: a bold name's prime, read so already)
    primed = evidence.names("primed_products")
    # \boldsymbol{X}'\boldsymbol{y}: a bold capital primed before a name, a matrix's transpose as
    # statistics writes it (a bold matrix is never a function's derivative); not a prime inside
    # the bold group (\mathbf{X'WX}, read so already)
    return any(len(name) == 1 and name.isupper() and name not in skip for name in primed) \
        or any(name[:1].isupper() and name not in defined for name in evidence.names("bold_primed"))


def _last_entries(evidence: Evidence, sizes: set) -> tuple:
    """(η, K) for η_K written where η is also written with an index letter (η_i) and K is a
    size (a sum's bound): the entry at K."""
    indexed = evidence.names("featured") | evidence.names("sampled")
    out = []
    for entry in sorted(evidence.names("capital_entries")):
        name, letter = entry.rsplit(":", 1)
        if name in indexed and letter in sizes:
            out.append((name, letter))
    return tuple(out)


def _extents_of(evidence: Evidence, sizes: set) -> tuple:
    """((name, position), size) where every sum over that index of the name runs to one size."""
    tops: dict[tuple, set] = {}
    for entry in evidence.names("extents"):
        key, top = entry.rsplit("=", 1)
        name, position = key.rsplit(".", 1)
        tops.setdefault((name, int(position)), set()).add(top)
    return tuple((key, next(iter(found))) for key, found in sorted(tops.items())
                 if len(found) == 1 and found <= sizes)


def _ranges(evidence: Evidence, sizes: set) -> tuple:
    """(index letter, bound) for every index the document's sums run from 1 to the same size, in
    most of the places that show it: ``\\sum_{i=1}^{n}`` or ``\\frac{1}{n}\\sum_i`` (a mean over
    n) make a bare ``\\sum_i`` run to n too."""
    bounds: dict[str, set] = {}
    for entry in evidence.names("ranges"):
        letter, top = entry.split("=", 1)
        bounds.setdefault(letter, set()).add(top)
    out = []
    for letter, tops in sorted(bounds.items()):
        # one bound everywhere, or one that most of the places show (\\frac{1}{n}\\sum_i in every
        # section, \\sum_{i=1}^{N} in one)
        count = {top: evidence.times.get(("ranges", f"{letter}={top}"), 1) for top in tops}
        top = max(sorted(tops), key=lambda t: count[t])
        if top in sizes and 2 * count[top] > sum(count.values()):
            out.append((letter, top))
    return tuple(out)
