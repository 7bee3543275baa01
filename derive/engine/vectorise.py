"""Vectorised forms: the closed form Σ_i x_j⁽ⁱ⁾ e⁽ⁱ⁾ as the matrix product (Xᵀe)_j, built from the
index form by rules, never written by hand, and checked equal to it.

The per-sample summand e⁽ⁱ⁾ becomes an elementwise expression over the samples (ŷ, y, z as
m-vectors; Ŷ, Y as m × K matrices): a product is ⊙, a power is elementwise, a function is applied
entry by entry, a sum over the classes is a row sum (A𝟏)𝟏ᵀ. Each form is a small tree with two
readings besides its LaTeX: ``entry`` gives one component as a SymPy expression (for the symbolic
check against the index form) and ``array`` evaluates it at concrete sizes (plain floats).

>>> from derive.model import model
>>> from derive.engine import derive_gradient
>>> form = derive_gradient(model("bce", "sigmoid")).dw.vectorised.form
>>> entry(form, index("j"), None)
Sum((-y[i] + yhat[i])*x[i, j], (i, 1, m))
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import sympy
from sympy.core.function import AppliedUndef

from derive.derivation import Outcome
from derive.engine.canonical import Product, Summed
from derive.engine.classes import collapse, regroup
from derive.model import CLASSES, Model
from derive.symbols import SAMPLE, M, N, base, index

VECTOR, CLASS, FEATURES = "vector", "classes", "features"  # m × 1, m × K, m × n
DATA = ("yhat", "y", "z")
SIZES = {"m": 3, "n": 2, "K": 3}  # the concrete sizes of the numeric check
SEED = 20250112  # seeds the entries: the same model always gets the same ones
TOLERANCE = 1e-9  # float64 agreement between the two forms (they differ by rounding only)
L_INDEX = index("l")


# --------------------------------------------------------------------------- the tree


@dataclass(frozen=True)
class Data:
    """ŷ, y, z (``VECTOR``), Ŷ, Y, Z (``CLASS``) or X (``FEATURES``)."""

    name: str
    shape: str


@dataclass(frozen=True)
class Number:
    value: sympy.Expr


@dataclass(frozen=True)
class Plus:
    terms: tuple


@dataclass(frozen=True)
class Hadamard:
    """Elementwise product; a ``Power`` factor with a negative exponent divides."""

    factors: tuple


@dataclass(frozen=True)
class Power:
    base: object
    exponent: int


@dataclass(frozen=True)
class Apply:
    """A function applied entry by entry: ``function`` is a SymPy Lambda of one variable."""

    function: sympy.Lambda
    argument: object


@dataclass(frozen=True)
class RowSums:
    """(A𝟏_K)𝟏_Kᵀ: each row's sum over the classes, in every column."""

    argument: object


@dataclass(frozen=True)
class Ones:
    """𝟏: the m-vector of ones."""


@dataclass(frozen=True)
class Transpose:
    argument: object


@dataclass(frozen=True)
class MatMul:
    """A B, the inner dimension running over the samples."""

    left: object
    right: object


@dataclass(frozen=True)
class Vectorised:
    """A gradient in matrix form: coefficient × form, its name, the component (row, column)
    the index form gives, and the two checks once run."""

    name: str  # LaTeX: \nabla_{\mathbf{w}} J, \frac{\partial J}{\partial b}, \nabla_W J, …
    coefficient: sympy.Expr
    form: object
    component: tuple
    outcome: Outcome | None = None  # the checker's verdict on index form = component
    numeric: NumericMatch | None = None


@dataclass(frozen=True)
class NumericMatch:
    """The two forms evaluated at seeded entries of concrete sizes."""

    passed: bool
    max_abs_error: float
    sizes: dict
    detail: str = ""


# --------------------------------------------------------------------------- index form -> tree


class NotVectorisable(ValueError):
    """A summand the rules cannot write as a matrix expression."""


def _one_vector_argument(e: sympy.Basic):
    args = [a for a in e.args if a.has(sympy.Indexed)]
    if len(args) != 1:
        raise NotVectorisable(f"no elementwise form for {e}")
    return args[0]


def elementwise(e: sympy.Expr, column=None):
    """The tree of the per-sample expression ``e`` (sample index i, class ``column``)."""
    if isinstance(e, sympy.Indexed):
        name = str(e.base.label)
        if name in DATA and e.indices == (SAMPLE,):
            return Data(name, VECTOR)
        if name in DATA and e.indices == (SAMPLE, column):
            return Data(name, CLASS)
        raise NotVectorisable(f"no elementwise form for {e}")
    if e.is_number:
        return Number(e)
    if isinstance(e, sympy.Add):
        return Plus(tuple(elementwise(t, column) for t in e.args))
    if isinstance(e, sympy.Mul):
        return Hadamard(tuple(elementwise(f, column) for f in e.args))
    if isinstance(e, sympy.Pow) and e.exp.is_Integer:
        return Power(elementwise(e.base, column), int(e.exp))
    if isinstance(e, sympy.Sum):
        (v, lo, hi), = e.limits
        if (lo, hi) != (1, CLASSES) or (column is not None and e.function.has(column)):
            raise NotVectorisable(f"no row sum for {e}")
        return RowSums(elementwise(e.function, v))
    if isinstance(e, (sympy.Function, sympy.Derivative)):
        arg = e.variables[0] if isinstance(e, sympy.Derivative) else _one_vector_argument(e)
        t = sympy.Dummy("t", real=True)
        return Apply(sympy.Lambda(t, e.xreplace({arg: t})), elementwise(arg, column))
    raise NotVectorisable(f"no elementwise form for {e}")


def vectorise(model: Model, parameter: str, summand: Product) -> Vectorised:
    """The matrix form of one gradient from its closed summand (x_j⁽ⁱ⁾ dropped for the weights)."""
    j, k = index("j"), index("k")
    x = base("x")[SAMPLE, j]
    factors = [f for f in summand.factors if f != x]
    coefficient = summand.coefficient * (1 / M if model.reduction == "mean" else 1)
    column = k if model.classes else None
    if any(isinstance(f, Summed) for f in factors):  # a sum over the classes: row sums
        e = elementwise(regroup(collapse(sympy.Mul(*(
            f.expr if isinstance(f, Summed) else f for f in factors)))), column)
    elif len(factors) == 1:
        e = elementwise(factors[0], column)
    else:  # the closed form's factors, in its order
        e = Hadamard(tuple(elementwise(f, column) for f in factors))
    X = Data("x", FEATURES)
    if parameter == "w_j":
        return Vectorised(r"\nabla_{\mathbf{w}} J", coefficient, MatMul(Transpose(X), e), (j, None))
    if parameter == "b":
        return Vectorised(r"\frac{\partial J}{\partial b}", coefficient,
                          MatMul(Transpose(Ones()), e), (None, None))
    if parameter == "w_jk":
        return Vectorised(r"\nabla_{W} J", coefficient, MatMul(Transpose(X), e), (j, k))
    return Vectorised(r"\nabla_{\mathbf{b}} J", coefficient, MatMul(Transpose(e), Ones()), (k, None))


# --------------------------------------------------------------------------- components


def entry(node, r, c) -> sympy.Expr:
    """Component (r, c) of ``node`` as a SymPy expression, from the tree's structure alone."""
    if isinstance(node, Data):
        b = base(node.name)
        return b[r] if node.shape == VECTOR else b[r, c]
    if isinstance(node, Number):
        return node.value
    if isinstance(node, Plus):
        return sympy.Add(*(entry(t, r, c) for t in node.terms))
    if isinstance(node, Hadamard):
        return sympy.Mul(*(entry(f, r, c) for f in node.factors))
    if isinstance(node, Power):
        return entry(node.base, r, c) ** node.exponent
    if isinstance(node, Apply):
        return node.function(entry(node.argument, r, c))
    if isinstance(node, RowSums):
        return sympy.Sum(entry(node.argument, r, L_INDEX), (L_INDEX, 1, CLASSES))
    if isinstance(node, Ones):
        return sympy.Integer(1)
    if isinstance(node, Transpose):
        return entry(node.argument, c, r)
    if isinstance(node, MatMul):
        return sympy.Sum(entry(node.left, r, SAMPLE) * entry(node.right, SAMPLE, c), (SAMPLE, 1, M))
    raise TypeError(f"not a vectorised form: {node!r}")


def component(v: Vectorised) -> sympy.Expr:
    return v.coefficient * entry(v.form, *v.component)


# --------------------------------------------------------------------------- at concrete sizes
# Plain lists of floats: the matrices are 3 × 3 at most, and importing numpy would cost more
# than every evaluation of a run together (the cold start of `derive gradient`).


def _stood_in(expr: sympy.Expr) -> sympy.Expr:
    """An unspecified f replaced by the finite-difference check's smooth stand-in, f′ worked out."""
    from derive.check.gradcheck import standin

    if not expr.has(AppliedUndef):
        return expr
    expr = expr.replace(lambda e: isinstance(e, AppliedUndef), lambda e: standin(e.args[0]))
    return expr.replace(lambda e: isinstance(e, sympy.Derivative), lambda e: e.doit())


def _elementwise_fn(fn: sympy.Lambda):
    from derive.check.numeric import FLOAT, Point, compile_expr

    t = fn.variables[0]
    compiled = compile_expr(_stood_in(fn.expr), FLOAT)

    def no_value(name, indices):
        raise ValueError(f"{name} has no value here")

    return lambda v: float(compiled(Point({t: float(v)}, no_value)))


def _shape(a) -> tuple[int, int]:
    return (len(a), len(a[0])) if isinstance(a, list) else (1, 1)


def _at(a, r: int, c: int) -> float:
    """Entry (r, c) of a matrix, a column broadcast along a row, or a number."""
    if not isinstance(a, list):
        return a
    return a[r if len(a) > 1 else 0][c if len(a[0]) > 1 else 0]


def _each(fn, *args):
    """``fn`` entry by entry, numbers and single rows or columns broadcast as numpy does."""
    if not any(isinstance(a, list) for a in args):
        return fn(*args)
    rows = max(_shape(a)[0] for a in args)
    cols = max(_shape(a)[1] for a in args)
    return [[fn(*(_at(a, r, c) for a in args)) for c in range(cols)] for r in range(rows)]


def _matmul(a, b):
    if not isinstance(a, list) or not isinstance(b, list):
        return _each(lambda u, v: u * v, a, b)
    return [[sum(a[r][q] * b[q][c] for q in range(len(b))) for c in range(len(b[0]))]
            for r in range(len(a))]


def array(node, data: dict, k: int):
    """``node`` evaluated at concrete entries: a list of rows, or a number. ``data`` maps
    (name, shape) to a matrix, ``k`` is K."""
    if isinstance(node, Data):
        return data[(node.name, node.shape)]
    if isinstance(node, Number):
        return float(node.value)
    if isinstance(node, Plus):
        out = 0.0
        for t in node.terms:
            out = _each(lambda u, v: u + v, out, array(t, data, k))
        return out
    if isinstance(node, Hadamard):
        out = 1.0
        for f in node.factors:
            out = _each(lambda u, v: u * v, out, array(f, data, k))
        return out
    if isinstance(node, Power):
        e = float(node.exponent)
        return _each(lambda u: u ** e, array(node.base, data, k))
    if isinstance(node, Apply):
        return _each(_elementwise_fn(node.function), array(node.argument, data, k))
    if isinstance(node, RowSums):
        return [[sum(row)] * k for row in array(node.argument, data, k)]
    if isinstance(node, Ones):
        return [[1.0] for _ in data[("x", FEATURES)]]
    if isinstance(node, Transpose):
        a = array(node.argument, data, k)
        return [list(col) for col in zip(*a, strict=True)] if isinstance(a, list) else a
    if isinstance(node, MatMul):
        return _matmul(array(node.left, data, k), array(node.right, data, k))
    raise TypeError(f"not a vectorised form: {node!r}")


def _entries(model: Model, rng: random.Random) -> dict:
    m, n, k = SIZES["m"], SIZES["n"], SIZES["K"]
    data = {("x", FEATURES): [[rng.gauss(0, 1) for _ in range(n)] for _ in range(m)]}
    for shape, cols in ((VECTOR, 1), (CLASS, k)):
        data[("yhat", shape)] = [[rng.uniform(0.05, 0.95) for _ in range(cols)] for _ in range(m)]
        data[("z", shape)] = [[rng.gauss(0, 1) for _ in range(cols)] for _ in range(m)]
        dom = model.loss.y
        if model.one_hot:
            hot = [rng.randrange(cols) for _ in range(m)]
            y = [[1.0 if c == h else 0.0 for c in range(cols)] for h in hot]
        elif dom.discrete:
            y = [[float(rng.choice(dom.discrete)) for _ in range(cols)] for _ in range(m)]
        else:
            y = [[rng.gauss(0, 1) for _ in range(cols)] for _ in range(m)]
        data[("y", shape)] = y
    return data


def numeric_match(model: Model, v: Vectorised, closed: sympy.Expr) -> NumericMatch:
    """Both forms at seeded entries (m = 3, n = 2, K = 3), every component compared."""
    from derive.check.numeric import FLOAT, Point, compile_expr

    rng = random.Random(f"{SEED}:{model.name}")
    data = _entries(model, rng)
    k = SIZES["K"]
    scale = float(v.coefficient.xreplace({M: SIZES["m"]}))
    matrix = _each(lambda u: scale * u, array(v.form, data, k))
    matrix = matrix if isinstance(matrix, list) else [[matrix]]
    index_fn = compile_expr(_stood_in(closed), FLOAT)
    shape = CLASS if model.classes else VECTOR

    def draw(name, indices):
        idx = tuple(int(a) - 1 for a in indices)
        arr = data[(name, FEATURES if name == "x" else shape)]
        return float(arr[idx[0]][idx[1]] if len(idx) == 2 else arr[idx[0]][0])

    worst = 0.0
    j, kk = index("j"), index("k")
    for r in range(len(matrix)):
        for c in range(len(matrix[0])):
            env = {M: SIZES["m"], N: SIZES["n"], CLASSES: k}
            row, col = v.component
            if row is not None:
                env[row] = r + 1
            if col is not None:
                env[col] = c + 1
            env.setdefault(j, 1)
            env.setdefault(kk, 1)
            want = index_fn(Point(env, draw))
            worst = max(worst, float(abs(float(want) - matrix[r][c]) / max(1.0, abs(float(want)))))
    sizes = {"m": SIZES["m"], "n": SIZES["n"]} | ({"K": k} if model.classes else {})
    shown = ", ".join(f"{a}={b}" for a, b in sizes.items())
    passed = bool(worst <= TOLERANCE)
    detail = (f"numerically at {shown} (every entry): largest difference {worst:.1e}"
              if passed else f"numerically at {shown}: an entry differs by {worst:.2e}")
    return NumericMatch(passed, worst, sizes, detail)


def check(model: Model, v: Vectorised, closed: sympy.Expr, *, symbolic: bool = True,
          numeric: bool = True, timeout: float = 5.0) -> Vectorised:
    """The form with its checks: the checker's verdict on index form = component (symbolic,
    by components), and the numeric comparison at concrete sizes."""
    from dataclasses import replace

    out = v
    if symbolic:
        from derive.check.equivalence import check_equal

        out = replace(out, outcome=check_equal(closed, component(v), timeout=timeout,
                                               isolate=False))
    if numeric:
        out = replace(out, numeric=numeric_match(model, v, closed))
    return out
