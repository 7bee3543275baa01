"""Evaluate a SymPy expression at a point with mpmath, without building bigger SymPy trees.

``compile_expr`` turns an expression into a tree of closures once; each call then evaluates it
at one point. Sums and products are looped at evaluation time over whole-number bounds, and an
Indexed quantity's value is looked up by its evaluated indices, so ``Σ_i Σ_k w_k x_k^{(i)}`` at
m = 3, n = 2 is six multiplications, not a SymPy tree of six terms. Every value a point gives a
variable comes from a hash of (seed, attempt, name, indices): the same step always sees the same
numbers, whatever order the sides are evaluated in and whatever the process did before.

Each evaluation has a work cap (``WORK_CAP`` loop iterations times the size of their bodies); a
sum whose bounds are not whole numbers, an unknown function or a derivative nothing could
evaluate raises ``NotEvaluable`` with words a student understands. A value that is not a real
number (log of a negative, a division by zero) raises ``NotReal``: that point is skipped.
"""

from __future__ import annotations

import hashlib
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
    values of symbols given by the caller); everything else is drawn by ``draw(name, indices)``
    on first use and remembered, so both sides of a step see the same values."""

    def __init__(self, env: dict, draw: Callable[[str, tuple], mpmath.mpf]):
        self.env = env
        self.draw = draw
        self.drawn: dict[tuple, mpmath.mpf] = {}
        self.work = 0

    def symbol(self, s: sympy.Symbol):
        v = self.env.get(s)
        if v is not None:
            return v
        if s.is_integer:
            raise NotEvaluable(f"the index {s.name} has no value")
        return self.value(s.name, ())

    def value(self, name: str, indices: tuple):
        key = (name, indices)
        v = self.drawn.get(key)
        if v is None:
            v = self.drawn[key] = self.draw(name, indices)
        return v

    def spend(self, amount: int) -> None:
        self.work += amount
        if self.work > WORK_CAP:
            raise NotEvaluable("too large to evaluate at the chosen sizes")


# --------------------------------------------------------------------------- compiling

Fn = Callable[[Point], object]

_UNARY = {
    sympy.exp: mpmath.exp, sympy.sin: mpmath.sin, sympy.cos: mpmath.cos, sympy.tan: mpmath.tan,
    sympy.sinh: mpmath.sinh, sympy.cosh: mpmath.cosh, sympy.tanh: mpmath.tanh,
    sympy.asin: mpmath.asin, sympy.acos: mpmath.acos, sympy.atan: mpmath.atan,
    sympy.sech: mpmath.sech, sympy.csch: mpmath.csch, sympy.coth: mpmath.coth,
    sympy.sec: mpmath.sec, sympy.csc: mpmath.csc, sympy.cot: mpmath.cot,
    sympy.Abs: abs, sympy.floor: mpmath.floor, sympy.ceiling: mpmath.ceil,
    sympy.factorial: mpmath.factorial, sympy.gamma: mpmath.gamma,
    sympy.erf: mpmath.erf,
}


def _real(v):
    if isinstance(v, mpmath.mpc):
        if v.imag != 0:
            raise NotReal
        v = v.real
    if not mpmath.isfinite(v):
        raise NotReal
    return v


def _sign(x):
    return mpmath.mpf(0) if x == 0 else mpmath.mpf(1 if x > 0 else -1)


def _heaviside(x, at_zero):
    if x == 0:
        return at_zero
    return mpmath.mpf(1 if x > 0 else 0)


def _whole(v, what: str) -> int:
    if isinstance(v, int):
        return v
    v = _real(v)
    n = int(mpmath.nint(v))
    if abs(v - n) > mpmath.mpf("1e-20"):
        raise NotEvaluable(f"{what} is not a whole number at the chosen sizes")
    return n


def compile_expr(expr: sympy.Basic) -> Fn:
    """A function of a Point giving ``expr``'s value there (mpmath number, or bool for a
    condition). Raises NotEvaluable for what can never be evaluated."""
    if sympy.count_ops(expr, visual=False) > MAX_NODES:
        raise NotEvaluable("too large to evaluate")
    return _compile(expr)


def _const(v):
    return lambda p: v


def _compile(e) -> Fn:  # one branch per kind of node
    if e.is_Integer:
        return _const(mpmath.mpf(int(e)))
    if e.is_Rational:
        return _const(mpmath.mpf(int(e.p)) / int(e.q))
    if e.is_Float:
        return _const(mpmath.mpf(e._mpf_))
    if e is sympy.E:
        return _const(mpmath.e)
    if e is sympy.pi:
        return _const(mpmath.pi)
    if e is sympy.true or e is sympy.false:
        return _const(bool(e))
    if e in (sympy.oo, -sympy.oo, sympy.zoo, sympy.nan):
        def infinite(p):
            raise NotReal
        return infinite
    if isinstance(e, sympy.Symbol):
        return lambda p: p.symbol(e)
    if isinstance(e, Indexed):
        name = str(e.base.label)
        idx = [_compile(i) for i in e.indices]
        return lambda p: p.value(name, tuple(_whole(i(p), "an index") for i in idx))
    if isinstance(e, sympy.Add):
        fs = [_compile(a) for a in e.args]
        return lambda p: mpmath.fsum(f(p) for f in fs)
    if isinstance(e, sympy.Mul):
        fs = [_compile(a) for a in e.args]

        def mul(p):
            out = mpmath.mpf(1)
            for f in fs:
                out *= f(p)
            return out
        return mul
    if isinstance(e, sympy.Pow):
        return _pow(e)
    if e.func in _UNARY and len(e.args) == 1:
        fn, a = _UNARY[e.func], _compile(e.args[0])
        return lambda p: _real(fn(a(p)))
    if isinstance(e, sympy.log):
        a = _compile(e.args[0])
        base = _compile(e.args[1]) if len(e.args) > 1 else None

        def log(p):
            x = a(p)
            if x <= 0:
                raise NotReal
            return mpmath.log(x) / (mpmath.log(base(p)) if base else 1)
        return log
    if isinstance(e, (sympy.Max, sympy.Min)):
        fs = [_compile(a) for a in e.args]
        pick = max if isinstance(e, sympy.Max) else min
        return lambda p: pick(f(p) for f in fs)
    if isinstance(e, sympy.sign):
        a = _compile(e.args[0])
        return lambda p: _sign(a(p))
    if isinstance(e, sympy.Heaviside):
        a = _compile(e.args[0])
        h0 = _compile(e.args[1]) if len(e.args) > 1 else _const(mpmath.mpf("0.5"))
        return lambda p: _heaviside(a(p), h0(p))
    if isinstance(e, sympy.KroneckerDelta):
        a, b = (_compile(x) for x in e.args[:2])
        return lambda p: mpmath.mpf(1 if _whole(a(p), "an index") == _whole(b(p), "an index") else 0)
    if isinstance(e, sympy.binomial):
        a, b = (_compile(x) for x in e.args)
        return lambda p: _real(mpmath.binomial(a(p), b(p)))
    if isinstance(e, sympy.Piecewise):
        pieces = [(_compile(v), _compile(c)) for v, c in e.args]

        def piecewise(p):
            for v, c in pieces:
                if c(p):
                    return v(p)
            raise NotReal  # no piece applies here
        return piecewise
    if isinstance(e, sympy.core.relational.Relational):
        a, b = _compile(e.lhs), _compile(e.rhs)
        op = {"<": lambda x, y: x < y, "<=": lambda x, y: x <= y, ">": lambda x, y: x > y,
              ">=": lambda x, y: x >= y, "==": lambda x, y: x == y, "!=": lambda x, y: x != y}[e.rel_op]
        return lambda p: op(a(p), b(p))
    if isinstance(e, (sympy.And, sympy.Or)):
        fs = [_compile(a) for a in e.args]
        if isinstance(e, sympy.And):
            return lambda p: all(f(p) for f in fs)
        return lambda p: any(f(p) for f in fs)
    if isinstance(e, sympy.Not):
        a = _compile(e.args[0])
        return lambda p: not a(p)
    if isinstance(e, (sympy.Sum, sympy.Product)):
        return _loop(e)
    if isinstance(e, sympy.Subs):
        body = _compile(e.expr)
        at = [_compile(x) for x in e.point]
        names = e.variables

        def subs(p):
            saved = [p.env.get(v) for v in names]
            values = [f(p) for f in at]
            p.env.update(zip(names, values, strict=True))
            try:
                return body(p)
            finally:
                for v, old in zip(names, saved, strict=True):
                    if old is None:
                        p.env.pop(v, None)
                    else:
                        p.env[v] = old
        return subs
    if isinstance(e, AppliedUndef):
        raise NotEvaluable(f"the function {e.func} is defined nowhere")
    if isinstance(e, sympy.Derivative):
        raise NotEvaluable("a derivative that could not be worked out")
    raise NotEvaluable(f"cannot evaluate {type(e).__name__}")


def _pow(e: sympy.Pow) -> Fn:
    b, x = e.args
    fb = _compile(b)
    if x.is_Integer:
        n = int(x)

        def int_pow(p):
            v = fb(p)
            if v == 0 and n < 0:
                raise NotReal
            return v**n
        return int_pow
    if x == sympy.Rational(1, 2):
        def sqrt(p):
            v = fb(p)
            if v < 0:
                raise NotReal
            return mpmath.sqrt(v)
        return sqrt
    fx = _compile(x)

    def power(p):
        v, w = fb(p), fx(p)
        if v < 0 and w != int(w):
            raise NotReal
        if v == 0 and w <= 0:
            raise NotReal
        return _real(mpmath.power(v, w))
    return power


def _size(e) -> int:
    return sum(1 for _ in sympy.preorder_traversal(e))


def _loop(e) -> Fn:
    body = _compile(e.function)
    weight = max(1, _size(e.function))
    limits = [(var, _compile(lo), _compile(hi)) for var, lo, hi in e.limits]
    is_sum = isinstance(e, sympy.Sum)

    def run(p, k):
        if k == len(limits):
            return body(p)
        var, lo, hi = limits[k]
        a, b = _whole(lo(p), "a sum's lower bound"), _whole(hi(p), "a sum's upper bound")
        if b - a + 1 > MAX_TERMS:
            raise NotEvaluable(f"a sum with {b - a + 1} terms is too large to evaluate")
        p.spend(max(0, b - a + 1) * weight)
        saved = p.env.get(var)
        acc = mpmath.mpf(0 if is_sum else 1)
        try:
            for v in range(a, b + 1):
                p.env[var] = v
                term = run(p, k + 1)
                acc = acc + term if is_sum else acc * term
        finally:
            if saved is None:
                p.env.pop(var, None)
            else:
                p.env[var] = saved
        return acc

    return lambda p: run(p, 0)
