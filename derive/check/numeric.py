"""Evaluate a SymPy expression at a point, without building bigger SymPy trees.

``compile_expr`` turns an expression into a tree of closures once; each call then evaluates it
at one point. Sums and products are looped at evaluation time over whole-number bounds, and an
Indexed quantity's value is looked up by its evaluated indices, so ``Σ_i Σ_k w_k x_k^{(i)}`` at
m = 3, n = 2 is six multiplications, not a SymPy tree of six terms. Every value a point gives a
variable comes from a hash of (seed, attempt, name, indices): the same step always sees the same
numbers, whatever order the sides are evaluated in and whatever the process did before.

Two number kinds: ``MP`` (mpmath at the precision of the surrounding ``mpmath.workdps``), which
gives verdicts, and ``FLOAT`` (Python floats, about twenty times faster), which screens a step
before a proof is tried. Each evaluation has a work cap (``WORK_CAP`` loop iterations times the
size of their bodies); a sum whose bounds are not whole numbers, an unknown function or a
derivative nothing could evaluate raises ``NotEvaluable`` with words a student understands. A
value that is not a real, finite number (log of a negative, a division by zero, an overflow)
raises ``NotReal``: that point is skipped.
"""

from __future__ import annotations

import hashlib
import math
import struct
from collections.abc import Callable

import mpmath
import sympy
from sympy import Indexed
from sympy.core.function import AppliedUndef

from derive.errors import DeriveError

WORK_CAP = 200_000  # loop iterations x body size per evaluation: an honest step needs < 5 000
MAX_NODES = 20_000  # an expression larger than this is not evaluated at all
MAX_TERMS = 2_000  # one sum or product with more terms than this is refused
HUGE_EXPONENT = 10**9  # powers with a larger exponent are checked for size before they are built
HUGE_BITS = 10**12  # a power whose value needs more bits of exponent than this is not finite here


class NotEvaluable(DeriveError):
    """The expression cannot be evaluated as a number here (said in words)."""


class NotReal(ArithmeticError):
    """The value at this point is not a real, finite number: the point is skipped."""


# --------------------------------------------------------------------------- points


def unit(*key) -> float:
    """A number in [0, 1) determined by ``key`` alone (no shared random state)."""
    digest = hashlib.blake2b("\x1f".join(map(str, key)).encode(), digest_size=8).digest()
    return struct.unpack("<Q", digest)[0] / 2.0**64


class Point:
    """Values for the variables at one point: ``env`` holds what is fixed (sizes, free indices,
    bound indices while a sum runs); every other variable gets ``draw(name, indices)`` (a float)
    on first use, remembered, so both sides of a step see the same values."""

    def __init__(self, env: dict, draw: Callable[[str, tuple], float]):
        self.env = env
        self.draw = draw
        self.drawn: dict[tuple, float] = {}
        self.work = 0
        self.memo: dict = {}  # matrices inverted at this point (InverseEntry)

    def symbol(self, s: sympy.Symbol):
        v = self.env.get(s)
        if v is not None:
            return v
        if s.is_integer:
            from derive.latex.printer import readable_index

            raise NotEvaluable(f"once the definitions are put in, the index `{readable_index(s.name)}` stands "
                               f"outside every sum over it, and nothing gives it a value")
        return self.value(s.name, ())

    def value(self, name: str, indices: tuple) -> float:
        key = (name, indices)
        v = self.drawn.get(key)
        if v is None:
            v = self.drawn[key] = self.draw(name, indices)
        return v

    def spend(self, amount: int) -> None:
        self.work += amount
        if self.work > WORK_CAP:
            raise NotEvaluable("too large to evaluate at the chosen sizes")


# --------------------------------------------------------------------------- number kinds


class _Kind:
    """The arithmetic one compiled tree runs on."""

    name = ""
    num: Callable
    unary: dict
    e = pi = None

    def rational(self, p: int, q: int):
        return self.num(p) / self.num(q)

    def real(self, v):
        return v

    def log(self, x):
        if x <= 0:
            raise NotReal
        return self.unary[sympy.log](x)


def _guard(fn):
    def safe(*x):
        try:
            return fn(*x)
        except (OverflowError, ValueError, ZeroDivisionError) as exc:
            raise NotReal from exc
    return safe


class _Float(_Kind):
    name = "float"
    num = float
    e, pi = math.e, math.pi

    def real(self, v):
        if isinstance(v, complex) or not math.isfinite(v):
            raise NotReal
        return v

    def power(self, b, x):
        try:
            v = b**x
        except (OverflowError, ZeroDivisionError) as exc:
            raise NotReal from exc
        return self.real(v)


class _MP(_Kind):
    name = "mp"
    num = staticmethod(mpmath.mpf)

    @property
    def e(self):
        return +mpmath.e

    @property
    def pi(self):
        return +mpmath.pi

    def real(self, v):
        if isinstance(v, mpmath.mpc):
            if v.imag != 0:
                raise NotReal
            v = v.real
        if not mpmath.isfinite(v):
            raise NotReal
        return v

    def power(self, b, x):
        if abs(x) > HUGE_EXPONENT and b not in (0, 1, -1) and abs(x * mpmath.log(abs(b), 2)) > HUGE_BITS:
            raise NotReal  # 2^(2^65536): no finite number of any use, and slow to build
        return self.real(mpmath.power(b, x))


def _sech(x):
    return 1 / math.cosh(x)


FLOAT, MP = _Float(), _MP()
FLOAT.unary = {k: _guard(v) for k, v in {
    sympy.exp: math.exp, sympy.sin: math.sin, sympy.cos: math.cos, sympy.tan: math.tan,
    sympy.sinh: math.sinh, sympy.cosh: math.cosh, sympy.tanh: math.tanh, sympy.asin: math.asin,
    sympy.acos: math.acos, sympy.atan: math.atan, sympy.sech: _sech,
    sympy.csch: lambda x: 1 / math.sinh(x), sympy.coth: lambda x: 1 / math.tanh(x),
    sympy.sec: lambda x: 1 / math.cos(x), sympy.csc: lambda x: 1 / math.sin(x),
    sympy.cot: lambda x: 1 / math.tan(x), sympy.Abs: abs, sympy.floor: math.floor,
    sympy.ceiling: math.ceil, sympy.factorial: lambda x: math.gamma(x + 1), sympy.gamma: math.gamma,
    sympy.erf: math.erf, sympy.log: math.log, sympy.sqrt: math.sqrt,
    sympy.atanh: math.atanh, sympy.asinh: math.asinh, sympy.acosh: math.acosh,
    sympy.erfinv: lambda x: float(mpmath.erfinv(x)), sympy.erfc: math.erfc,
}.items()}
MP.unary = {k: _guard(v) for k, v in {
    sympy.exp: mpmath.exp, sympy.sin: mpmath.sin, sympy.cos: mpmath.cos, sympy.tan: mpmath.tan,
    sympy.sinh: mpmath.sinh, sympy.cosh: mpmath.cosh, sympy.tanh: mpmath.tanh,
    sympy.asin: mpmath.asin, sympy.acos: mpmath.acos, sympy.atan: mpmath.atan,
    sympy.sech: mpmath.sech, sympy.csch: mpmath.csch, sympy.coth: mpmath.coth,
    sympy.sec: mpmath.sec, sympy.csc: mpmath.csc, sympy.cot: mpmath.cot, sympy.Abs: abs,
    sympy.floor: mpmath.floor, sympy.ceiling: mpmath.ceil, sympy.factorial: mpmath.factorial,
    sympy.gamma: mpmath.gamma, sympy.erf: mpmath.erf, sympy.log: mpmath.log,
    sympy.sqrt: mpmath.sqrt, sympy.atanh: mpmath.atanh, sympy.asinh: mpmath.asinh,
    sympy.acosh: mpmath.acosh, sympy.erfinv: mpmath.erfinv, sympy.erfc: mpmath.erfc,
}.items()}


# --------------------------------------------------------------------------- compiling

Fn = Callable[[Point], object]


def compile_expr(expr: sympy.Basic, kind: _Kind = MP) -> Fn:
    """A function of a Point giving ``expr``'s value there in ``kind``'s numbers (or a bool for
    a condition). Raises NotEvaluable for what can never be evaluated."""
    return _Compiler(kind).compile(expr)


def _whole(v, what: str) -> int:
    if isinstance(v, int):
        return v
    if not (isinstance(v, (float, mpmath.mpf)) and math.isfinite(float(v))):
        raise NotEvaluable(f"{what} is not a whole number at the chosen sizes")
    n = int(round(float(v)))
    if abs(v - n) > 1e-9:
        raise NotEvaluable(f"{what} is not a whole number at the chosen sizes")
    return n


MAX_INVERSE = 12  # a matrix inverted at a point has at most this many rows (the sizes chosen are small)


def _inverted(rows: list, zero, one, tiny) -> list:
    """The inverse of a square matrix of numbers (Gauss–Jordan with the largest pivot); a matrix
    singular at this point (a pivot no larger than ``tiny`` times its largest entry) has no value
    here, and the point is skipped."""
    n = len(rows)
    scale = max((abs(x) for row in rows for x in row), default=zero)
    m = [list(row) + [one if i == j else zero for j in range(n)] for i, row in enumerate(rows)]
    for k in range(n):
        piv = max(range(k, n), key=lambda q: abs(m[q][k]))
        if abs(m[piv][k]) <= tiny * scale or m[piv][k] == 0:
            raise NotReal
        m[k], m[piv] = m[piv], m[k]
        top = m[k][k]
        m[k] = [x / top for x in m[k]]
        for q in range(n):
            if q != k and m[q][k] != 0:
                f = m[q][k]
                m[q] = [x - f * y for x, y in zip(m[q], m[k], strict=True)]
    return [row[n:] for row in m]


def _put_back(env: dict, names, saved) -> None:
    """The values ``names`` had in ``env`` before a sum, a substitution or a matrix bound them
    (None: unset)."""
    for v, old in zip(names, saved, strict=True):
        if old is None:
            env.pop(v, None)
        else:
            env[v] = old


def _sign(x):
    return 0 if x == 0 else 1 if x > 0 else -1


_RELATIONS = {"<": lambda x, y: x < y, "<=": lambda x, y: x <= y, ">": lambda x, y: x > y,
              ">=": lambda x, y: x >= y, "==": lambda x, y: x == y, "!=": lambda x, y: x != y}


class _Compiler:
    """Closures for one number kind; one method per kind of node."""

    def __init__(self, kind: _Kind):
        self.k = kind
        self.nodes = 0  # nodes compiled so far: the size of a sum's body is a difference of two

    def const(self, v):
        return lambda p: v

    def compile(self, e) -> Fn:
        k = self.k
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise NotEvaluable("too large to evaluate")
        if e.is_Integer:
            return self.const(k.num(int(e)))
        if e.is_Rational:
            return self.const(k.rational(int(e.p), int(e.q)))
        if e.is_Float:
            return self.const(k.num(float(e)) if k is FLOAT else mpmath.mpf(e._mpf_))
        if e is sympy.E:
            return self.const(k.e)
        if e is sympy.pi:
            return self.const(k.pi)
        if e is sympy.true or e is sympy.false:
            return self.const(bool(e))
        if e in (sympy.oo, -sympy.oo, sympy.zoo, sympy.nan):
            def infinite(p):
                raise NotReal
            return infinite
        if isinstance(e, sympy.Symbol):
            conv = k.num
            return lambda p: conv(p.symbol(e))
        if isinstance(e, Indexed):
            name, conv = str(e.base.label), k.num
            if all(isinstance(i, sympy.Symbol) for i in e.indices):  # x[i, k]: the usual case
                names = e.indices

                def indexed(p):
                    env = p.env
                    key = tuple(env[i] if i in env else p.symbol(i) for i in names)
                    return conv(p.value(name, key))
                return indexed
            idx = [self.compile(i) for i in e.indices]
            return lambda p: conv(p.value(name, tuple(_whole(i(p), "an index") for i in idx)))
        method = getattr(self, "_" + type(e).__name__, None)
        if method is None:
            method = next((getattr(self, "_" + c.__name__) for c in type(e).__mro__
                           if hasattr(self, "_" + c.__name__)), None)
        if method is not None:
            return method(e)
        if e.func in k.unary and len(e.args) == 1:
            fn, a, real = k.unary[e.func], self.compile(e.args[0]), k.real
            return lambda p: real(fn(a(p)))
        if isinstance(e, AppliedUndef):
            raise NotEvaluable(f"the function {e.func} is defined nowhere")
        if isinstance(e, sympy.Derivative):
            raise NotEvaluable("a derivative that could not be worked out")
        raise NotEvaluable(f"cannot evaluate {type(e).__name__}")

    def _Add(self, e):
        fs = [self.compile(a) for a in e.args]

        def add(p):
            out = 0
            for f in fs:
                out += f(p)
            return out
        return add

    def _Mul(self, e):
        fs = [self.compile(a) for a in e.args]

        def mul(p):
            out = 1
            for f in fs:
                out *= f(p)
            return out
        return mul

    def _Pow(self, e):
        b, x = e.args
        fb, k = self.compile(b), self.k
        if x.is_Integer:
            n = int(x)

            def int_pow(p):
                v = fb(p)
                if v == 0 and n < 0:
                    raise NotReal
                try:
                    return k.real(v**n)
                except OverflowError as exc:
                    raise NotReal from exc
            return int_pow
        if x == sympy.Rational(1, 2):
            sqrt = k.unary[sympy.sqrt]

            def root(p):
                v = fb(p)
                if v < 0:
                    raise NotReal
                return sqrt(v)
            return root
        fx = self.compile(x)

        def power(p):
            v, w = fb(p), fx(p)
            if v < 0 and w != int(w):
                raise NotReal
            if v == 0 and w <= 0:
                raise NotReal
            return k.power(v, w)
        return power

    def _log(self, e):
        a, k = self.compile(e.args[0]), self.k
        if len(e.args) == 1:
            return lambda p: k.log(a(p))
        base = self.compile(e.args[1])
        return lambda p: k.log(a(p)) / k.log(base(p))

    def _MinMaxBase(self, e):
        fs = [self.compile(a) for a in e.args]
        pick = max if isinstance(e, sympy.Max) else min
        return lambda p: pick(f(p) for f in fs)

    def _sign(self, e):
        a, num = self.compile(e.args[0]), self.k.num
        return lambda p: num(_sign(a(p)))

    def _Heaviside(self, e):
        a, num = self.compile(e.args[0]), self.k.num
        h0 = self.compile(e.args[1]) if len(e.args) > 1 else self.const(num(1) / 2)
        return lambda p: (h0(p) if (v := a(p)) == 0 else num(1 if v > 0 else 0))

    def _DiracDelta(self, e):
        # the derivative of a step (relu'' = 0 away from the kink): 0 wherever it has a value; at
        # the kink itself there is none, and the point is drawn again
        a, zero = self.compile(e.args[0]), self.k.num(0)

        def delta(p):
            if a(p) == 0:
                raise NotReal
            return zero
        return delta

    def _KroneckerDelta(self, e):
        a, b = (self.compile(x) for x in e.args[:2])
        one, zero = self.k.num(1), self.k.num(0)
        return lambda p: one if _whole(a(p), "an index") == _whole(b(p), "an index") else zero

    def _binomial(self, e):
        a, b = (self.compile(x) for x in e.args)
        k = self.k
        if k is FLOAT:  # whole numbers only; anything else is left to the mpmath evaluation
            def comb(p):
                n, r = a(p), b(p)
                if n != int(n) or r != int(r) or not 0 <= r <= n <= MAX_TERMS:
                    raise NotReal
                return k.real(float(math.comb(int(n), int(r))))
            return comb
        fn = _guard(mpmath.binomial)
        return lambda p: k.real(fn(a(p), b(p)))

    def _LargePower(self, e):
        b, x, k = self.compile(e.args[0]), self.compile(e.args[1]), self.k
        return lambda p: k.power(b(p), x(p))

    def _LargeFactorial(self, e):
        n, k = self.compile(e.args[0]), self.k
        fn = k.unary[sympy.factorial]
        return lambda p: k.real(fn(n(p)))

    def _LargeBinomial(self, e):
        return self._binomial(e)

    def _Piecewise(self, e):
        pieces = [(self.compile(v), self.compile(c)) for v, c in e.args]

        def piecewise(p):
            for v, c in pieces:
                if c(p):
                    return v(p)
            raise NotReal  # no piece applies here
        return piecewise

    def _Relational(self, e):
        a, b, op = self.compile(e.lhs), self.compile(e.rhs), _RELATIONS[e.rel_op]
        return lambda p: op(a(p), b(p))

    def _And(self, e):
        fs = [self.compile(a) for a in e.args]
        return lambda p: all(f(p) for f in fs)

    def _Or(self, e):
        fs = [self.compile(a) for a in e.args]
        return lambda p: any(f(p) for f in fs)

    def _Not(self, e):
        a = self.compile(e.args[0])
        return lambda p: not a(p)

    def _Subs(self, e):
        body = self.compile(e.expr)
        at = [self.compile(x) for x in e.point]
        names = e.variables

        def subs(p):
            saved = [p.env.get(v) for v in names]
            p.env.update(zip(names, [f(p) for f in at], strict=True))
            try:
                return body(p)
            finally:
                _put_back(p.env, names, saved)
        return subs

    def _InverseEntry(self, e):
        """((XᵀX + λI)⁻¹)_{rc}: the matrix built entry by entry at this point's sizes, inverted
        once per point (and per value of any index of an enclosing sum it uses)."""
        body_expr, row, col, size_expr, r_expr, c_expr, _ = e.args
        body, size, r, c = (self.compile(x) for x in (body_expr, size_expr, r_expr, c_expr))
        outer = sorted((s for s in body_expr.free_symbols if s.is_integer), key=lambda s: s.name)
        tiny = 1e-12 if self.k is FLOAT else mpmath.mpf(10) ** -30  # singular but for rounding
        zero, one = self.k.num(0), self.k.num(1)

        def entry(p):
            n = _whole(size(p), "a matrix's size")
            ri, ci = _whole(r(p), "an index"), _whole(c(p), "an index")
            if n > MAX_INVERSE:
                raise NotEvaluable(f"a {n} × {n} matrix is too large to invert here")
            if not (1 <= ri <= n and 1 <= ci <= n):
                raise NotEvaluable("an index outside the matrix it names")
            key = (entry, n, tuple(p.env.get(s) for s in outer))
            inv = p.memo.get(key)
            if inv is None:
                saved = p.env.get(row), p.env.get(col)
                try:
                    rows = []
                    for a in range(1, n + 1):
                        p.env[row] = a
                        rows.append([])
                        for b in range(1, n + 1):
                            p.env[col] = b
                            rows[-1].append(body(p))
                finally:
                    _put_back(p.env, (row, col), saved)
                p.spend(n ** 3)
                inv = p.memo[key] = _inverted(rows, zero, one, tiny)
            return inv[ri - 1][ci - 1]
        return entry

    def _Sum(self, e):
        return self._loop(e, True)

    def _Product(self, e):
        return self._loop(e, False)

    def _loop(self, e, is_sum: bool):
        before = self.nodes
        body = self.compile(e.function)
        weight = max(1, self.nodes - before)
        limits = [(var, self.compile(lo), self.compile(hi)) for var, lo, hi in e.limits]
        start = self.k.num(0 if is_sum else 1)

        def run(p, depth):
            if depth == len(limits):
                return body(p)
            var, lo, hi = limits[depth]
            a, b = _whole(lo(p), "a sum's lower bound"), _whole(hi(p), "a sum's upper bound")
            if b - a + 1 > MAX_TERMS:
                raise NotEvaluable(f"a sum with {b - a + 1} terms is too large to evaluate")
            p.spend(max(0, b - a + 1) * weight)
            saved = p.env.get(var)
            acc = start
            try:
                for v in range(a, b + 1):
                    p.env[var] = v
                    term = run(p, depth + 1)
                    acc = acc + term if is_sum else acc * term
            finally:
                _put_back(p.env, (var,), (saved,))
            return acc

        return lambda p: run(p, 0)
