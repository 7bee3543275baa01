"""Is ``lhs = rhs`` true? Numeric evidence first (cheap, decides refutations), then a proof.

A side may hold unevaluated ``Derivative(A, B)`` (∂A/∂B, evaluated *along the definitions*: A is
expanded through every definition except B's own, then differentiated by B), sums over
``i = 1..m`` / ``k = 1..n`` and Indexed quantities. A step holds if the sides are equal as written
(defined names such as ŷ treated as variables) or after the definitions are substituted.

Numeric test: each side's derivatives are worked out symbolically once (sizes left symbolic);
then the sizes m, n, K… and any free index are set to small integers and both sides are evaluated
by ``derive.check.numeric`` at points drawn from the step's own content, with ``DIGITS``
significant digits. Proof: SymPy, with symbolic sizes, shows the difference is zero — tried only
on expressions small enough to answer well inside its budget, so a verdict never depends on how
busy the machine is.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

import mpmath
import sympy
from sympy import Derivative, Indexed, IndexedBase, KroneckerDelta, Sum
from sympy.core.function import AppliedUndef

from derive.check.numeric import FLOAT, MP, NotEvaluable, Point, compile_expr, unit
from derive.check.worker import SoftTimeout, StepTimeout, WorkerCrash, mixed_indices_words, run, soft_limit
from derive.derivation import Definition, Outcome, Step, Verdict
from derive.errors import DeriveError
from derive.latex.arrays import ROW
from derive.latex.model import SUPPLIED_ARGUMENT
from derive.symbols import (
    INVERSE,
    SAMPLE_INDEX_LETTERS,
    SIZE_LETTERS,
    LimitOf,
    M,
    N,
    bound_of,
    index,
    occurs_bare,
    replace_bare,
    written_symbols,
)

DEFAULT_TIMEOUT = 5.0  # seconds per step, the budget `derive check --timeout` overrides
DIGITS = 50  # working precision of the numeric test; "consistent" needs >= 30 digits of agreement
AGREE = mpmath.mpf("1e-30")  # relative difference below which two values agree
TINY = mpmath.mpf("1e-40")  # both values smaller than this agree (both are zero)
FLOAT_AGREE = 1e-9  # the float screen's tolerance: a wider gap is re-evaluated at DIGITS digits
# Sizes (m, n, any other size such as K) per round: different from each other and between the
# rounds, so a dropped 1/m, m written for n, or n for K shows.
ROUNDS = ((2, 3, 4), (3, 2, 3))
# every size alike, where no point of those rounds is real and finite: X with fewer rows than
# columns makes (XᵀX)⁻¹ singular at every point (the reader refuses the inverse of a matrix
# whose sizes differ, so an identity only a square X has cannot pass here)
SQUARE_ROUND = len(ROUNDS)
_SIZES = (*ROUNDS, (3, 3, 3))
POINTS_PER_SIZE = 4  # random points per round; 8 agreeing points in all make a step consistent
# The float screen only orders the work (a step it passes is proved, or tested at DIGITS digits;
# one it fails is evaluated again at DIGITS digits), so two points per round are enough there.
SCREEN_POINTS = 2
KINK_FACTOR = 4  # |z|, max, min, piecewise: four times the points, to land on each side of a kink
MAX_TRIES = 60  # points drawn (per round) before giving up on finding real, finite values
MAX_EXPANDED_TERMS = 2000  # a finite sum expanded past this is refused (bounded memory)
MAX_DEFINITION_DEPTH = 25  # substitution rounds before a definition is called circular
# Proof effort is bounded by size, not by the clock: cancel/expand only below EXPAND_MAX_NODES
# nodes, simplify only below SIMPLIFY_MAX_NODES (it then ends in well under 0.1 s); the CPU
# limits are safety nets that honest steps never reach.
EXPAND_MAX_NODES = 4000
SIMPLIFY_MAX_NODES = 250
PROOF_CPU_SECONDS = 2.0
DIAGNOSIS_MAX_NODES = 400  # a diagnosis is only looked for between sides this small (nodes)
DIAGNOSIS_CPU_SECONDS = 0.5  # (0.25 was the first, cold diagnosis of a plain slip: it came and went)
DIAGNOSIS_HARD_SECONDS = 1.0
# Sampling boxes: y and ŷ-like quantities live in (0, 1) in every course model; everything else
# is sampled on both sides of zero so that max(0, z) = z and |z| = z are caught.
UNIT_INTERVAL = (0.05, 0.95)
REAL_BOX = (-2.0, 2.0)
DATA_NAMES = frozenset({"x", "y"})  # data never depends on a parameter: ∂x/∂w = 0
MATRIX_DATA = frozenset({"X", "Phi"})  # the design matrix: data, as x is


class EvaluationError(DeriveError):
    """A side that cannot be evaluated: a circular definition, a sum too large to expand, an
    unknown left over. Becomes an ``undecided`` verdict with this message."""


class CircularDefinition(EvaluationError):
    """A definition that refers to itself (directly or through others)."""

    def __init__(self, name=None):
        if name is None or isinstance(name, str):  # (a message already: as unpickled)
            super().__init__(name or "a definition refers to itself, through the others")
            return
        from derive.latex.printer import quantity_latex

        if isinstance(name, tuple):  # the names of a circle of definitions
            names = ", ".join(f"`{quantity_latex(n)}`" for n in name)
            super().__init__(f"the definitions of {names} refer to one another in a circle" if len(name) > 1
                             else f"the definition of {names} refers to itself, through the others")
            return
        super().__init__(f"the definition of `{quantity_latex(name)}` refers to itself")


# --------------------------------------------------------------------------- definitions


@dataclass(frozen=True, eq=False)
class _Table:
    scalars: dict  # Symbol -> body
    indexed: dict  # IndexedBase -> (index symbols, body)
    functions: dict  # function class -> (argument symbols, body)
    key: tuple = ()  # the definitions it was made from (what caches key on)
    entries: dict = field(default_factory=dict)  # z_1, a_2: one entry of a name -> body
    layered: dict = field(default_factory=dict)  # IndexedBase -> ((indices, body), …): a^{(1)}_k
    worked: bool = False  # does a definition hold an integral or a limit (see _phase_integrals)


# where an unknown's name ends and its indices begin: x[i] is x; a^[1] (layer 1's a) keeps its layer
_LAYER_KEPT = re.compile(r"(?<!\^)\[")


@lru_cache(maxsize=256)
def _table_of(definitions: tuple) -> _Table:
    scalars, indexed, functions, entries, layered = {}, {}, {}, {}, {}
    for d in definitions:
        t = d.target
        if isinstance(t, Indexed) and not all(isinstance(i, sympy.Symbol) for i in t.indices):
            entries[t] = d.body  # z_1 = w_1 x + b_1 says nothing about z_2; w_{t+1} nothing of w_t
            if all(isinstance(i, (sympy.Symbol, sympy.Integer)) for i in t.indices) \
                    and any(isinstance(i, sympy.Symbol) for i in t.indices):
                # a^{(1)}_k = φ(z^{(1)}_k): the layer is fixed, the letter k stands for any entry
                layered.setdefault(t.base, []).append((t.indices, d.body))
        elif isinstance(t, Indexed):
            indexed[t.base] = (t.indices, d.body)
        elif isinstance(t, AppliedUndef):
            functions[t.func] = (t.args, d.body)
        elif isinstance(t, sympy.Symbol):
            scalars[t] = d.body
    return _Table(scalars, indexed, functions, tuple((d.target, d.body) for d in definitions),
                  entries, {k: tuple(v) for k, v in layered.items()},
                  any(d.body.has(*_WORKED) for d in definitions))


def _layer(base, indices) -> tuple:
    """A layer of a name: its base and the numbers at their places (z^{(1)}_j: (z, ((0, 1),)))."""
    return base, tuple((p, i) for p, i in enumerate(indices) if i.is_Integer)


def _held(var, table: _Table) -> frozenset:
    """What differentiating by ``var`` keeps from being substituted: its name, or for an entry
    of a layer (z^{(1)}_j, whose name the document defines at layers by number) that layer only:
    z^{(2)}_k is still its formula, in z^{(1)}."""
    if isinstance(var, Indexed) and var.base in table.layered and any(i.is_Integer for i in var.indices):
        return frozenset({_layer(var.base, var.indices)})
    if isinstance(var, Indexed) and var.base not in table.indexed \
            and any(e.base == var.base and e != var and _mentions_entry(b, var, table)
                    for e, b in table.entries.items()):
        # ∂L/∂x_2 where x_1 = c/x_2 (x_2 = x_3 + c, or no formula): x_2 alone is kept, x_1 is
        # still its formula in x_2 (keeping all of x made L = −log x_1 a constant); z_1 of a
        # network that z_2 does not enter stays a variable, as before
        return frozenset({var})
    return frozenset({head(var)})


def _differentiated_by(lhs, rhs) -> set:
    """What the step's derivatives are taken by (∂/∂x_2: x_2)."""
    return {v for e in (lhs, rhs) if isinstance(e, sympy.Basic) for d in e.atoms(Derivative) for v in d.variables}


def _mentions_entry(body, var: Indexed, table: _Table, depth: int = 0) -> bool:
    """Does ``body`` use the entry ``var``, itself or through the formulas of other entries and
    names it uses (a few levels deep)?"""
    if body.has(var):
        return True
    if depth >= 4:
        return False
    inner = [table.entries[a] for a in body.atoms(Indexed) if a in table.entries and a != var] \
        + [table.scalars[a] for a in body.atoms(sympy.Symbol) if a in table.scalars]
    return any(_mentions_entry(b, var, table, depth + 1) for b in inner)


def _layer_held(e: Indexed, hold: frozenset) -> bool:
    """Is ``e`` an entry of a layer that ``hold`` keeps (see ``_held``)?"""
    return any(isinstance(h, tuple) and h[0] == e.base and len(e.indices) > max(p for p, _ in h[1])
               and all(e.indices[p] == i for p, i in h[1]) for h in hold)


def _layer_entry(e: Indexed, table: _Table):
    """The body of ``e`` by a definition of its name at fixed numbers and free letters
    (a^{(1)}_k = φ(z^{(1)}_k) gives a^{(1)}_j = φ(z^{(1)}_j), a^{(1)}_2 = φ(z^{(1)}_2), never a^{(2)}_j),
    and the letters it binds; None where none applies."""
    for params, body in table.layered.get(e.base, ()):
        if len(params) != len(e.indices):
            continue
        binding: dict = {}
        for p, i in zip(params, e.indices, strict=True):
            if p.is_Integer and p != i or binding.setdefault(p, i) != i:
                break
        else:
            return body, binding
    return None


def _table(definitions: Iterable[Definition]) -> _Table:
    return _table_of(tuple(definitions))


def head(e: sympy.Basic):
    """What a definition is keyed by: the Symbol, the IndexedBase, or the function class."""
    if isinstance(e, Indexed):
        return e.base
    if isinstance(e, AppliedUndef):
        return e.func
    return e


def _substitute_once(expr, table: _Table, hold: frozenset):
    changed = False

    def visit(e):
        nonlocal changed
        if isinstance(e, Indexed) and e in table.entries and e.base not in hold and e not in hold \
                and not _layer_held(e, hold):
            if table.entries[e].has(e):
                raise CircularDefinition(e)
            changed = True
            return table.entries[e]
        if isinstance(e, Indexed) and e.base not in hold and not _layer_held(e, hold) \
                and (found := _layer_entry(e, table)) is not None:
            body, binding = found
            if any(_layer_held(a, frozenset({_layer(e.base, e.indices)})) for a in body.atoms(Indexed)):
                raise CircularDefinition(e)  # a^{(1)}_k through a^{(1)}_j: the same layer again
            changed = True
            letters = {p for p in binding if isinstance(p, sympy.Symbol)}
            body = _unbound(body, {x for i in e.indices for x in i.free_symbols} - letters)
            return body.xreplace({p: i for p, i in binding.items() if isinstance(p, sympy.Symbol)})
        if isinstance(e, Indexed):
            entry = table.indexed.get(e.base)
            if entry and e.base not in hold and len(entry[0]) == len(e.indices):
                if entry[1].has(e.base):  # L_i = σ(Σ_h w_{hi} L_h): each round would only grow
                    raise CircularDefinition(e.base[entry[0]])
                changed = True
                body = _unbound(entry[1], {x for i in e.indices for x in i.free_symbols} - set(entry[0]))
                return body.xreplace(dict(zip(entry[0], e.indices, strict=False)))
            return e
        if isinstance(e, IndexedBase):
            return e
        if isinstance(e, sympy.Symbol):
            if e in table.scalars and e not in hold:
                if occurs_bare(table.scalars[e], e):  # L = (1/n) Σ L_i names only L's entries
                    raise CircularDefinition(e)
                changed = True
                return table.scalars[e]
            return e
        if isinstance(e, sympy.Integral):
            # ∫_{-∞}^{x} φ(t) dt beside t = tanh(u): the variable of integration is bound, its
            # own; only the integrand's other names and the ends take definitions
            own = {lim[0]: sympy.Dummy(lim[0].name, real=True) for lim in e.limits}
            body = visit(e.function.xreplace(own))
            limits = [(own[lim[0]], *(visit(x) for x in lim[1:])) for lim in e.limits]
            return sympy.Integral(body, *limits).xreplace({d: v for v, d in own.items()})
        if isinstance(e, sympy.Subs):  # its variables are bound: substitute in the point only
            point = [visit(p) for p in e.point]
            if all(a is b for a, b in zip(point, e.point, strict=False)):
                return e
            return sympy.Subs(e.expr, e.variables, point)
        if isinstance(e, Derivative) and (not e.expr.has(AppliedUndef) or _defined_in(e.expr, table)):
            return e  # ∂A/∂B from a definition's body: evaluated along the definitions, later
        if isinstance(e, Derivative):
            # f'(h) with h defined: d f(t)/dt at t = h's value (SymPy builds the Subs).
            out = e
            for v in e.variables:
                value = visit(v)
                if value != v:
                    out = out.subs(v, value)
            if out is not e:
                return visit(out)
        if isinstance(e, AppliedUndef) and str(e.func).endswith(INVERSE) and len(e.args) == 1:
            inverse = _inverse_of(str(e.func)[:-len(INVERSE)], table)
            if inverse is not None:
                changed = True
                return inverse(visit(e.args[0]))
        if isinstance(e, AppliedUndef) and e.func in table.functions and e.func not in hold:
            params, body = table.functions[e.func]
            if len(params) == len(e.args) and all(not p.is_Number or p == a
                                                  for p, a in zip(params, e.args, strict=True)) \
                    and (not _expectation(e.func) or tuple(params) == tuple(e.args)) \
                    and not any(_number_for_vector(p, a, body, table) for p, a in zip(params, e.args, strict=True)):
                changed = True
                return bind(_through_parameters(body, params, table, hold), params,
                             [visit(a) for a in e.args])
            if (at := _complement_at(params, e.args, e.func)) is not None:
                # P(y = 0 | x) where the document gives P(y = 1 | x): its complement, a label
                # taking the values 0 and 1 only
                changed = True
                args = [p if k == at else visit(a) for k, (p, a) in enumerate(zip(params, e.args, strict=True))]
                return 1 - bind(_through_parameters(body, params, table, hold), params, args)
        if not e.args:
            return e
        new = [visit(a) for a in e.args]
        return e.func(*new) if any(n is not o for n, o in zip(new, e.args, strict=False)) else e

    out = visit(expr)
    return out, changed


def _inverse_of(name: str, table: _Table):
    """``f^{-1}`` for the document's ``f(t) = …`` of one argument: the one real solution for t of
    f(t) = y, as a function of y; None where f is defined otherwise. Raises where the formula
    has no single solution SymPy can find."""
    for func, (params, body) in table.functions.items():
        if str(func) == name and len(params) == 1 and isinstance(params[0], sympy.Symbol):
            solved = _solved_for(body, params[0])
            if solved is None:
                from derive.latex.printer import point_latex

                raise DeriveError(f"the inverse of `{point_latex(name)}` cannot be worked out from its formula")
            return lambda y, solved=solved: solved.xreplace({_INVERSE_AT: y})
    return None


_INVERSE_AT = sympy.Dummy("y", real=True)


@lru_cache(maxsize=64)
def _solved_for(body, t):
    """The one solution for ``t`` of body = y (y the dummy _INVERSE_AT) that holds where it is
    checked, or None."""
    try:
        found = sympy.solve(sympy.Eq(body, _INVERSE_AT), t)
    except (NotImplementedError, ValueError, TypeError):
        return None
    real = [f for f in found if not f.has(sympy.I)]
    return real[0] if len(real) == 1 else None


def _complement_at(params, args, func) -> int | None:
    """Where a probability defined at the event value 1 (or 0) is applied at the other one,
    every other argument free to bind: the position of that value; else None."""
    if str(func) not in PROBABILITIES or len(params) != len(args):
        return None
    numbers = [k for k, p in enumerate(params) if p.is_Number]
    if len(numbers) != 1 or not params[numbers[0]].is_Integer or int(params[numbers[0]]) not in (0, 1):
        return None
    k = numbers[0]
    if k == 0 or not args[k].is_Integer or int(args[k]) != 1 - int(params[k]) \
            or not isinstance(args[k - 1], (sympy.Symbol, Indexed)):
        return None  # (the event's name stands before its value: P(y = 0 | x) is (y, 0, x))
    return k


def _number_for_vector(param, arg, body, table: _Table) -> bool:
    """Is ``arg`` a number, given for a parameter the body uses as a vector? A number the document
    defines (``l(w) = Σ max(0, 1 − y_i wᵀx_i)`` at ``z`` with ``z(w) = w · x``: l has no value at a
    number, and reading z as a vector would make its entries up), or one sample's entry where the
    body sums the parameter over the samples (ξ(t_i, y_i) of ξ(t, y) = −Σ_i t_i log y_i …)."""
    if not isinstance(param, sympy.Symbol) or not any(str(x.base.label) == param.name for x in body.atoms(Indexed)):
        return False
    if isinstance(arg, Indexed) and len(arg.indices) == 1 and _summed_over_samples(param, body):
        # ξ(t, y) = −Σ_i [t_i log y_i + …] at (t_i, y_i): the sum's vector at one of its entries
        return True
    if isinstance(arg, AppliedUndef):
        return arg.func in table.functions  # a defined function's value: a number
    return isinstance(arg, sympy.Symbol) and (arg in table.scalars or any(str(f) == arg.name for f in table.functions))


@lru_cache(maxsize=1024)
def _summed_over_samples(param, body) -> bool:
    """Does ``body`` use ``param`` only through entries summed over the samples (Σ_i t_i …)?"""
    name = param.name
    sums = [s for s in body.atoms(Sum) if any(str(x.base.label) == name for x in s.function.atoms(Indexed))]
    entries = [x for x in body.atoms(Indexed) if str(x.base.label) == name]
    summed = {lim[0] for s in sums for lim in s.limits if lim[0].name in SAMPLE_INDEX_LETTERS}
    return bool(entries) and all(len(x.indices) == 1 and x.indices[0] in summed for x in entries)


@lru_cache(maxsize=1024)
def _through_parameters(body, params, table: _Table, hold: frozenset):
    """A function's body with the names defined through its parameters written out: in
    ``h_θ(x) = g(z)`` with ``z = θ^T x``, h(x^{(i)}) is g(θ^T x^{(i)}), so z must go before x is
    bound (a name held as a variable stays)."""
    names = {p.name for p in params if isinstance(p, sympy.Symbol)}
    names |= {str(p.base.label) for p in params if isinstance(p, Indexed)}

    def through(value) -> bool:
        return any(s.name in names for s in value.free_symbols if isinstance(s, sympy.Symbol)) \
            or any(str(x.base.label) in names for x in value.atoms(Indexed))

    for _ in range(MAX_DEFINITION_DEPTH):
        swap = {s: table.scalars[s] for s in body.free_symbols
                if s in table.scalars and s not in hold and s.name not in names
                and not table.scalars[s].has(s) and through(table.scalars[s])}
        if not swap:
            return body
        body = replace_bare(body, swap)  # α = …, never α's entries α^{(i)}
    return body


def _unbound(body, incoming: set):
    """``body`` with the index of every sum or product in it that ``incoming`` would capture
    renamed (ŷ_i = σ(Σ_k w_k x_{ik}) taken at i = k sums over another letter than k)."""
    def clashes(e):
        return isinstance(e, (sympy.Sum, sympy.Product)) and bool(set(e.variables) & incoming)

    def rename(e):
        taken = {x.name for x in e.atoms(sympy.Symbol)} | {x.name for x in incoming}
        swap = {}
        for v in set(e.variables) & incoming:
            name = v.name
            while name in taken:
                name += "'"
            taken.add(name)
            swap[v] = sympy.Symbol(name, **v.assumptions0)
        return e.xreplace(swap)

    return body.replace(clashes, rename) if incoming and body.has(sympy.Sum, sympy.Product) else body


def bind(body, params, args):
    """A function's body at its arguments. A vector parameter (h_θ(x) = σ(θ^T x), whose body
    uses x_k) takes a sample's vector: h_θ(x^{(i)}) reads x_k as x_k^{(i)}."""
    body = _unbound(body, {x for a in args if isinstance(a, sympy.Basic) for x in a.free_symbols}
                    - {p for p in params if isinstance(p, sympy.Symbol)})
    vectors = {}
    for p, a in zip(params, args, strict=False):
        if isinstance(p, Indexed) and (isinstance(a, Indexed) and len(a.indices) == len(p.indices)
                                       or isinstance(a, sympy.Symbol)):
            # f(\mathbf{x}^{(i)}) = w · x^{(i)} + b applied to x^{(1)}: x_k^{(i)} -> x_k^{(1)}; applied
            # to the vector x (h_θ(x)): x_k^{(i)} -> x_k, and x^{(i)} itself -> x below
            old = p.indices
            vec, lead = (a.base, a.indices) if isinstance(a, Indexed) else (IndexedBase(a.name, real=True), ())
            body = body.replace(
                lambda e, p=p, old=old, lead=lead: isinstance(e, Indexed) and e.base == p.base
                and e.indices[:len(old)] == old and (lead or len(e.indices) > len(old)),
                lambda e, vec=vec, lead=lead, old=old: vec[(*lead, *e.indices[len(old):])])
            continue
        if isinstance(p, sympy.Symbol) and any(str(x.base.label) == p.name for x in body.atoms(Indexed)):
            if isinstance(a, Indexed):
                vectors[p.name] = (a.base, a.indices)
            elif isinstance(a, sympy.Symbol):
                vectors[p.name] = (IndexedBase(a.name, real=True), ())
            elif isinstance(a, (sympy.Add, sympy.Mul, sympy.Pow)):
                # q(y, η) = b(y) exp(η^T T(y) − a(η)) applied to x·θ: a vector's entries are not
                # those of an expression (they would be named after it)
                from derive.latex.printer import point_latex

                shown = point_latex(p.name)
                raise DeriveError(f"a function of a vector `{shown}` (its formula takes the entries of "
                                  f"`{shown}`) is applied here to an expression, not to a vector")
    if vectors:
        body = body.replace(
            lambda e: isinstance(e, Indexed) and str(e.base.label) in vectors,
            lambda e: vectors[str(e.base.label)][0][(*vectors[str(e.base.label)][1], *e.indices)])
    at = {p: a for p, a in zip(params, args, strict=False)
          if not p.is_Number and not (isinstance(p, sympy.Symbol) and p.name in vectors)}
    if any(not isinstance(at.get(v, v), (sympy.Symbol, Indexed)) for d in body.atoms(Derivative) for v in d.variables):
        # p(η) = ∂a(η)/∂η at η = wx: the derivative taken at wx (a Subs), never one by wx
        return body.subs(at, simultaneous=True)
    return body.xreplace(at)


def expand_definitions(expr, table: _Table, hold: frozenset = frozenset(), sizes=None):
    """Substitute definitions until none applies (``hold`` heads are kept as variables)."""
    left: set = set()  # the names still being substituted in the last rounds: the circle's
    for depth in range(MAX_DEFINITION_DEPTH):
        expr, changed = _substitute_once(expr, table, hold)
        if sizes is not None:
            expr = concretize(expr, sizes)
        if not changed:
            return expr
        if depth >= MAX_DEFINITION_DEPTH - 4:
            left |= {a for a in expr.atoms(sympy.Symbol) if a in table.scalars and a not in hold} \
                | {a.base for a in expr.atoms(Indexed) if a.base in table.indexed and a.base not in hold} \
                | {a for a in expr.atoms(Indexed) if a in table.entries} \
                | {sympy.Symbol(str(a.func)) for a in expr.atoms(AppliedUndef) if a.func in table.functions}
    raise CircularDefinition(tuple(sorted(left, key=str)[:3]) or None)


# --------------------------------------------------------------------------- sums, derivatives


def concretize(expr, sizes: dict):
    """Set sizes (m, n, free indices) to integers and expand every sum with integer bounds.

    A sum's own index is bound: ``Σ_k w_k x_k`` keeps its k even where a free k is set."""

    def visit(e, mapping):
        if isinstance(e, (sympy.Symbol, Indexed)):
            return e.xreplace(mapping) if mapping else e
        if not e.args or isinstance(e, IndexedBase):
            return e
        if isinstance(e, (Sum, sympy.Product)):
            bound = {lim[0] for lim in e.limits}
            inner = {k: v for k, v in mapping.items() if k not in bound}
            body = visit(e.function, inner)
            limits = [(lim[0], *[visit(x, mapping) for x in lim[1:]]) for lim in e.limits]
            return _expand_finite(e.func(body, *limits))
        new = [visit(a, mapping) for a in e.args]
        return e.func(*new) if any(n is not o for n, o in zip(new, e.args, strict=False)) else e

    return visit(expr, sizes)


def _expand_finite(e):
    body = e.function
    for _var, lo, hi in e.limits:
        if not (lo.is_Integer and hi.is_Integer):
            return e
    total = 1
    for _, lo, hi in e.limits:
        total *= max(0, int(hi) - int(lo) + 1)
    if total > MAX_EXPANDED_TERMS:
        raise EvaluationError(f"a sum with {total} terms is too large to expand")
    terms = [body]
    for var, lo, hi in e.limits:
        terms = [t.xreplace({var: sympy.Integer(v)}) for t in terms for v in range(int(lo), int(hi) + 1)]
    return sympy.Add(*terms) if isinstance(e, Sum) else sympy.Mul(*terms)


def _bottom_up(expr, fn):
    """Rebuild ``expr`` from the leaves up, replacing each node ``e`` by ``fn(e)`` (Indexed
    quantities are leaves)."""

    def visit(e):
        if not e.args or isinstance(e, (Indexed, IndexedBase)):
            return e
        new = [visit(a) for a in e.args]
        e = e.func(*new) if any(n is not o for n, o in zip(new, e.args, strict=True)) else e
        return fn(e)

    return visit(expr)


def collapse_deltas(expr):
    """Σ_k δ_{jk} f(k) -> f(j): j is taken to lie in the range when k runs over a whole one
    (1..n, 0..n−1: the feature index j of ∂/∂w_j); over part of one (Σ_{k=2}^{M} w_k x^k by
    w_j) the term is f(j) only where j is in it, and 0 elsewhere."""

    def collapse(e):
        if isinstance(e, Sum) and e.has(KroneckerDelta) and len(e.limits) == 1:
            var, lo, hi = e.limits[0]
            kept, done = [], []
            for term in sympy.Add.make_args(sympy.expand(e.function)):
                delta = next(
                    (f for f in sympy.Mul.make_args(term)
                     if isinstance(f, KroneckerDelta) and var in f.args
                     and not (f.args[0] == var and f.args[1] == var)),
                    None,
                )
                if delta is None:
                    kept.append(term)
                    continue
                other = delta.args[1] if delta.args[0] == var else delta.args[0]
                if other.has(var):
                    kept.append(term)
                    continue
                value = (term / delta).xreplace({var: other})
                # 1..n, 1..K, 0..M, 0..n−1: a whole range (1..n−1 is not)
                ends = (hi,) if lo == 1 else (hi, hi + 1) if lo == 0 else ()
                whole = any(isinstance(t, sympy.Symbol) and t.is_integer for t in ends)
                done.append(value if whole else sympy.Piecewise(
                    (value, sympy.And(sympy.Le(lo, other), sympy.Le(other, hi))), (0, True)))
            rest = Sum(sympy.Add(*kept), *e.limits) if kept else sympy.Integer(0)
            return sympy.Add(*done) + rest
        return e

    return _bottom_up(expr, collapse)


def evaluate_derivatives(expr, table: _Table, parameters: frozenset, sizes=None):
    """Replace each unevaluated ∂A/∂B by its value along the definitions (innermost first)."""
    return _bottom_up(expr, lambda e: _derivative(e, table, parameters, sizes)
                      if isinstance(e, Derivative) else e)


def _as_function(operand, var, table: _Table):
    """dσ/dx, df/dx: a bare function name over a derivative means that function of the variable
    (σ is the sigmoid unless the document defines it)."""
    if not isinstance(operand, sympy.Symbol) or operand.is_integer:
        return operand
    for func, (params, _) in table.functions.items():
        if str(func) == operand.name and len(params) == 1:
            return func(var)
    if operand.name in ("sigma", "sigmoid"):
        return 1 / (1 + sympy.exp(-var))
    return operand


def _derivative(d: Derivative, table: _Table, parameters: frozenset, sizes):
    operand = _as_function(d.expr, d.variables[0], table) if len(d.variables) == 1 else d.expr
    defined = _defined_in(operand, table)
    result = operand
    for var, count in d.variable_count:
        hold = _held(var, table)
        result = expand_definitions(result, table, hold, sizes)
        if _opaque(result, var, table, parameters):
            # ∂A/∂B of a quantity nothing defines: an unknown, not zero.
            return _unknown_derivative(d)
        if isinstance(var, sympy.Symbol) \
                and (entries := {x for x in result.atoms(Indexed) if str(x.base.label) == var.name}):
            # ∂/∂β where what is differentiated holds β's entries β_k: β is a vector there (by the
            # name as a number the derivative would be 0), so the gradient, entry by entry, as
            # ∂/∂\mathbf{w} reads; entries with more than one index have no such reading
            if any(len(x.indices) != 1 for x in entries):
                return _unknown_derivative(d, f"{var.name}{VECTOR_VARIABLE}")
            var = next(iter(entries)).base[ROW]
        family = _family(result, var)
        if family is not None:
            # h_θ(x) defined nowhere, differentiated by θ: its dependence on θ is unknown, not 0
            return _unknown_derivative(d, family)
        if defined and not _mentions_var(result, var):
            result = _written_through(result, var, table, hold, sizes)
        if defined and (not _mentions_var(result, var) or sizes is None and _other_entries_only(result, var)) \
                and not _constant_function(operand, var, result):
            # ∂C/∂b^l with C(a) and nothing linking a to b^l: the document differentiates C by
            # b^l, so it means a dependency its definitions do not state; 0 would be a guess
            by = f"{var.base.label}_{var.indices[0]}" if isinstance(var, Indexed) and len(var.indices) == 1 \
                and var.indices[0].is_Integer else head(var)
            return _unknown_derivative(d, f"{head(d.expr)}{UNLINKED}{by}")  # (w_2 beside w_0, w_1: w_2)
        if count == 1 and not _mentions_var(result, var) \
                and (opaque := [s for s in _differentiated(result) if _opaque(s, var, table, parameters)]):
            # ∂(L n)/∂V (`Ln` read as L times n), L defined nowhere and nothing in it written with
            # V: the product rule, with ∂L/∂V an unknown as for L alone, never 0 (beside what is
            # written with V, as b in ∂(w x + b)/∂w, such a name is the constant it reads as)
            result = _diff(result, var, 1) + sum(sympy.diff(result, s) * _unknown_derivative(Derivative(s, var))
                                              for s in opaque)
            continue
        result = _diff(result, var, count)
    result = collapse_deltas(result)
    return concretize(result, sizes) if sizes is not None else result


def _constant_function(operand, var, value) -> bool:
    """g(x) = 1 differentiated by x: a function applied to the variable whose formula is a
    number says how it depends on its argument — not at all (its derivative is 0)."""
    return isinstance(operand, AppliedUndef) and any(a.has(var) for a in operand.args) and not value.free_symbols


def _written_through(result, var, table: _Table, hold: frozenset, sizes):
    """``E = ½(y − wx)²`` and ``u = y − wx``, then ∂E/∂u: the document writes E with u's formula
    in place of u, and differentiates by u, so it reads E as ½u² — each place where u's formula
    stands whole is u. ``result`` unchanged where u has no formula or it stands nowhere."""
    if not isinstance(var, (sympy.Symbol, Indexed)):
        return result
    try:
        body = expand_definitions(var, table, frozenset(), sizes)
        if body == var or not body.free_symbols or isinstance(body, sympy.Symbol):
            return result
        body = expand_definitions(body, table, hold, sizes)
        written = result.subs(body, var)
    except (EvaluationError, TypeError, ValueError):
        return result
    return written if _mentions_var(written, var) else result


@lru_cache(maxsize=1024)
def _diff(expr, var, count: int):
    """d^count expr / d var^count, remembered: the same expansion is often differentiated by
    several steps (∂J/∂w_j written as J and as its definition)."""
    return sympy.diff(_apart(expr, var.free_symbols), var, count)


def _apart(expr, avoid: set):
    """Rename a sum's bound index where it is also an index of the variable differentiated by:
    ∂/∂w_k of Σ_k w_k x_k is x_k (SymPy would take the bound k for the free one)."""
    avoid = {s for s in avoid if isinstance(s, sympy.Symbol) and s.is_integer}
    if not avoid or not expr.has(Sum, sympy.Product):
        return expr

    def rename(e):
        if not isinstance(e, (Sum, sympy.Product)) or not any(v in avoid for v, *_ in e.limits):
            return e
        body, limits = e.function, []
        for var, lo, hi in e.limits:
            if var in avoid:
                # every letter in the body, bound ones too: a sum inside that already runs over
                # k' would capture the renamed k (σ(Σ_{j'} …) nested in Σ_j, as layers nest)
                used = {x.name for x in body.atoms(sympy.Symbol) | avoid}
                name = var.name + "'"
                while name in used:
                    name += "'"
                new = sympy.Symbol(name, **var.assumptions0)
                body, var = body.xreplace({var: new}), new
            limits.append((var, lo, hi))
        return e.func(body, *limits)

    return _bottom_up(expr, rename)


IMPLICIT = "_of"  # ends the name of the unknown function a quantity defined nowhere stands for
ENTRY = "·"  # in such a function's name: the unknown function of one family's entries inside it
UNLINKED = "⇸"  # in an unknown derivative's name: the quantity does not depend on the variable
VECTOR_VARIABLE = "⃗"  # … and after a variable's name: differentiated by as a number, a vector in the body
CARRIED = "↝"  # … and in an unknown function's name: it carries a dependence the step implies (_carriers)
ELSEWHERE = "@"  # after a function's name: defined by the document, for other arguments only
STRAY = "⊘"  # after a variable's name: differentiated by, and used nowhere else (_stray)


def _defined_in(expr, table: _Table) -> bool:
    """Is ``expr`` a quantity the definitions give (a name, an indexed name, a defined function)?"""
    if isinstance(expr, sympy.Symbol):
        return expr in table.scalars
    if isinstance(expr, Indexed):
        return expr.base in table.indexed or expr in table.entries or _layer_entry(expr, table) is not None
    if isinstance(expr, AppliedUndef):
        return expr.func in table.functions
    return False


def _mentions_var(expr, var) -> bool:
    if isinstance(var, Indexed):
        return any(a.base == var.base for a in expr.atoms(Indexed)) or expr.has(var.base)
    return expr.has(var)


def _other_entries_only(expr, var) -> bool:
    """Does ``expr``, as the definitions write it (no sum expanded), hold entries of ``var``'s
    name only at other fixed indices (w_0 and w_1, never w_2 nor w_j), ``var`` being a fixed
    entry: the document reaches w_0 and w_1 and says nothing of w_2."""
    if not isinstance(var, Indexed) or not all(i.is_Integer for i in var.indices):
        return False
    entries = [a for a in expr.atoms(Indexed) if a.base == var.base]
    return bool(entries) and all(a != var and all(i.is_Integer for i in a.indices) for a in entries)


def _opaque(expr, var, table: _Table, parameters: frozenset) -> bool:
    """True when ``expr`` is a bare name with no definition that is not a known parameter/data."""
    if not isinstance(expr, (sympy.Symbol, Indexed)):
        return False
    h = head(expr)
    if h == head(var):
        return False
    name = str(h)
    return name not in parameters and name not in DATA_NAMES


UNKNOWN = "∂?"  # prefix of the symbol standing for the derivative of an undefined quantity


def _unknown_derivative(d: Derivative, name: str | None = None):
    """A symbol standing for ∂A/∂B when A depends on B in a way nothing defines. Named by the
    quantity (or the function family) a reader must define, and told apart by A's content."""
    what = f"{d.expr}" if name is None else f"{name}|{hashlib.sha1(content_key(d.expr).encode()).hexdigest()[:12]}"
    label = f"{UNKNOWN}{what}/" + ",".join(str(v) for v in d.variables)
    return sympy.Symbol(label, real=True)


def _family(expr, var) -> str | None:
    """The name of a function defined nowhere whose subscript names ``var``'s quantity (``h_θ(x)``
    by θ or θ_j, ``f_{w,b}(x)`` by w): it depends on ``var``, but how is unknown."""
    target = str(head(var))
    for f in expr.atoms(AppliedUndef):
        name = str(f.func)
        if name.startswith(UNKNOWN):
            continue  # (h_θ(x) already made H(x, θ): a function of θ, differentiated as one)
        if isinstance(var, Indexed) and any(isinstance(a, sympy.Symbol) and a.name == target for a in f.args):
            return name  # l(θ) by θ_j: a function of the whole vector, how it depends is unknown
        if isinstance(var, Indexed) and any(
                isinstance(a, Indexed) and a.base == var.base and len(a.indices) != len(var.indices)
                or isinstance(a, sympy.Symbol) and a.name.startswith(target + "_") for a in f.args):
            # p(y | x; \{w_\ell\}) by w_{jl}: the family w (as written, another name), how unknown
            return name
        if "_" not in name:
            continue
        sub = name.split("_", 1)[1]
        if sub == target or (len(target) == 1 and sub.isalpha() and len(sub) <= 4 and target in sub
                             and all(c.islower() for c in sub)):
            return name
    return None


def _of_its_variable(lhs, rhs, defs):
    """``h_θ(x)``, ``f_{w,b}(x)``: a function defined nowhere whose subscript names what the step
    differentiates by, made a function of that variable too, H(x, θ), on both sides and in the
    definitions, so the chain rule through it (∂/∂θ log h_θ(x) = h_θ(x)⁻¹ ∂h_θ(x)/∂θ) holds for
    every such function (``check_equal`` keeps only that: a step that fails for the stand-in is
    judged as written). Only where the step differentiates by one variable of that name, a name
    or an entry at a free index, that the function does not take as an argument already.
    Returns (lhs, rhs, definitions, the variables' names), or None where no function is such."""
    exprs = [e for e in (lhs, rhs) if isinstance(e, sympy.Basic)]
    if not any(e.has(AppliedUndef) for e in exprs):
        return None
    bodies = [d.body for d in defs if isinstance(d.body, sympy.Basic)]
    defined = {d.target.func for d in defs if isinstance(d.target, AppliedUndef)}
    free = set().union(*(e.free_symbols for e in exprs))
    variables = {v for e in exprs + bodies for d in e.atoms(Derivative) for v in d.variables
                 if isinstance(v, sympy.Symbol) and not v.is_integer
                 or isinstance(v, Indexed) and all(i.is_Integer or i in free for i in v.indices)}
    found: dict = {}
    for f in sorted({f for e in exprs + bodies for f in e.atoms(AppliedUndef)}, key=str):
        if f.func in defined or str(f.func).startswith(UNKNOWN):
            continue
        # (l(θ) by θ_j: θ is its argument already, a function of the whole vector — not this)
        by = {v for v in variables if _family(f, v) == str(f.func) and "_" in str(f.func)
              and not any(a.has(head(v)) or str(a) == str(head(v)) for a in f.args)}
        if len(by) == 1:
            found.setdefault(f.func, next(iter(by)))  # (the first variable met, if two calls differ)
    if not found:
        return None
    targets = [d.target for d in defs if isinstance(d.target, sympy.Basic)]
    written = {str(a.base.label) for e in exprs + bodies + targets for a in e.atoms(Indexed)}
    # (by θ where θ_0, θ_1 are written too: how θ and its entries relate is not this reading's)
    found = {func: v for func, v in found.items() if isinstance(v, Indexed) or v.name not in written}
    if not found:
        return None
    funcs = {func: sympy.Function(f"{UNKNOWN}{func}") for func in found}
    # by θ_1 where θ_0 is written too (f(θ_0, θ_1) bound at f(θ_1, θ_1)): a function of every
    # entry written, so what binds one entry to another reaches it
    through = {func: sorted({a for e in exprs + bodies + targets for a in e.atoms(Indexed) if a.base == v.base}
                            | {v}, key=str) if isinstance(v, Indexed) else [v] for func, v in found.items()}

    def swap(e):
        return e.replace(lambda x: isinstance(x, AppliedUndef) and x.func in found,
                         lambda x: funcs[x.func](*x.args, *through[x.func])) if e.has(*found) else e

    return swap(lhs), swap(rhs), tuple(replace(d, body=swap(d.body)) for d in defs), \
        frozenset(str(head(v)) for v in found.values())


def _unknowns(*exprs) -> tuple[str, ...]:
    """The undefined quantities whose derivatives appear (``J`` of ``∂?J/w[j]``)."""
    names = {s.name[len(UNKNOWN):].split("/")[0].split("|")[0] for e in exprs
             for s in e.atoms(sympy.Symbol) if s.name.startswith(UNKNOWN)}
    return tuple(sorted(names))


def _differentiated(e) -> list:
    """The names a product or sum ``e`` holds outside every function, power and sum (L and n of
    ``L n``, ``Ln`` read as L times n): each one that nothing defines is a quantity of its own,
    not a constant that a derivative of ``e`` turns into 0."""
    if not isinstance(e, (sympy.Mul, sympy.Add)):
        return []
    inside = {x for f in e.atoms(sympy.Function, Derivative, sympy.Sum, sympy.Pow) for x in f.free_symbols}
    return sorted((x for x in e.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer
                   and x not in inside), key=str)


def implicit_definitions(exprs, definitions: Sequence[Definition], parameters: frozenset
                         ) -> tuple[Definition, ...]:
    """Definitions for quantities that are differentiated but defined nowhere.

    ``dL/dz = dL/da · da/dz`` with only ``a = \\tanh(z)`` given is the chain rule for any loss L of
    a: L becomes an unknown function of the highest variables it is differentiated by (those no
    other of them depends on), so the chain rule holds and ``dL/dz = 0`` does not. A quantity
    differentiated by a feature-indexed variable (w_j) with nothing above it stays an unknown.
    """
    table = _table(definitions)
    defined = {str(head(d.target)) for d in definitions}
    wrt: dict = {}
    # δ := ∂C/∂z differentiates C too: C of z, when a step writes ∂C/∂b = δ (the definitions
    # the step reaches only: δ^2 := ∂C/∂z^2 of another layer says nothing here)
    used = reachable(exprs, definitions)
    # a name a step differentiates by and also differentiates by another (∂C/∂z · ∂z/∂w with z
    # defined nowhere) is a quantity between them, not an independent variable — unless both
    # are inputs of the definitions, as b beside w in z = wx + b (∂b/∂w is 0)
    inputs = [{str(head(a)) for a in d.body.free_symbols | d.body.atoms(Indexed)} for d in definitions]
    by = _derivative_names(exprs)[0]
    # t_1 in (h_1 − t_1)² and in ∂t_1/∂w: a value the step uses, not a quantity left general
    bare = {_quantity(a, table) for e in exprs if e is not None
            for a in _outside_derivatives(e)}
    for e in [*exprs, *(d.body for d in definitions if str(head(d.target)) in used and d.body.has(Derivative))]:
        if e is None:
            continue
        for d in e.atoms(Derivative):
            a = d.expr
            if not isinstance(a, (sympy.Symbol, Indexed)) or getattr(a, "is_integer", False):
                continue
            name = str(head(a))
            # inputs of one definition together (b beside w in z = wx + b) are independent; inputs
            # of two (p in L = −Σ log p_i, x in softmax(x)) are not, where ∂p/∂x is written
            between = name in by and not any(name in leaves and all(str(head(v)) in leaves for v in d.variables)
                                             for leaves in inputs)
            # (a datum is constant, except where a step differentiates it by a variable of the
            # document's: dy/dx = dy/du · du/dx makes y a quantity of u, and u one of x)
            # (E_n where only the whole E is defined: each E_n is a quantity of its own)
            if name in defined and (not isinstance(a, Indexed) or _defined_in(a, table)) \
                    or name in parameters and not between \
                    or name in DATA_NAMES and any(str(head(v)) in DATA_NAMES for v in d.variables):
                continue
            if any(str(head(v)) == name for v in d.variables):
                continue
            if len(d.variables) == 1 and _as_function(a, d.variables[0], table) is not a:
                continue  # dσ/dz: the sigmoid (or a defined function) of z, not an unknown
            if _quantity(a, table) in bare:
                continue
            entry = wrt.setdefault(_quantity(a, table), [a, set()])
            entry[1].update(d.variables)
    out = []
    free = None  # the indices free in the step (a sum's own are not), worked out where needed
    called_at = {(f.func.__name__, f.args) for e in exprs if e is not None for f in e.atoms(AppliedUndef)}
    # z differentiated by w (∂z/∂w in a step) depends on w, even where nothing defines z
    stated = {key: {_quantity(v, table) for v in variables} for key, (_, variables) in wrt.items()}
    for key, (a, variables) in sorted(wrt.items()):
        name = str(head(a))
        below = {v: _depends_on(v, table, stated) for v in variables}
        top = [v for v in variables
               if not any(w is not v and _quantity(v, table) in below[w] and head(w) != head(v)
                          for w in variables)]
        own = set(a.indices) if isinstance(a, Indexed) else set()
        extra = {i for v in top for i in getattr(v, "indices", ())} - own
        if free is None and any(isinstance(i, sympy.Symbol) and bound_of(i) == M for i in extra):
            # (Σ_i ∂C/∂a_i ∂a_i/∂z_k: i is the sum's, so C is no function of one sample's a_i)
            free = {s for e in exprs if e is not None
                    for s in e.replace(lambda x: isinstance(x, Derivative),
                                       lambda x: _DERIVATIVE_OF(x.expr, *x.variables)).free_symbols}
        if any(not i.is_Integer and (not isinstance(i, sympy.Symbol) or bound_of(i) != M or i not in free)
               for i in extra):
            # L(w_1, …, w_n) cannot be written with one w_j (L(a^{(i)}), L(a^{(2)}) can): a function
            # of every entry, where each variable is one entry of a family (∂E/∂a_j)
            if (whole := _of_every_entry(key, top, a)) is not None:
                out.append(Definition(a, whole, latex=f"{name} (unspecified)"))
            continue
        top = sorted(top, key=str)
        calls = {args for f, args in called_at if f == name}
        if len(calls) == 1:  # C'(a^L) in the step: C is that function, of what the step says
            out.append(Definition(a, sympy.Function(name)(*calls.pop()), latex=f"{name} (unspecified)"))
            continue
        out.append(Definition(a, sympy.Function(key + IMPLICIT)(*top), latex=f"{name} (unspecified)"))
    return tuple(out) + _carriers(exprs, definitions, defined | {str(head(d.target)) for d in out})


def _of_every_entry(key: str, top: list, a):
    """An unknown quantity E differentiated by entries of families (∂E_n/∂a_j, a_j = Σ_i w_{ji} z_i):
    a function of every entry, F(n, Σ_k φ(n, k, a_k)) for E_n, with F and φ left unspecified. Its
    gradient (F′ φ′(n, 1, a_1), …, F′ φ′(n, K, a_K)) is any vector, and each E_n's its own, so a
    chain rule through the a_k holds and a wrong one fails, as for a number a. None unless the
    variables are entries of one family, with one index letter (a_j; not w_{ji}, a matrix's)
    other than E's own."""
    own = tuple(a.indices) if isinstance(a, Indexed) else ()
    if len({str(head(v)) for v in top}) != 1:
        return None  # C by z^l_k and by z^{l+1}_i, neither written through the other: of which?
    terms = []
    for v in sorted(top, key=str):
        if not isinstance(v, Indexed) or len(v.indices) != 1 or not isinstance(k := v.indices[0], sympy.Symbol) \
                or not k.is_integer or k in own:
            return None
        d = sympy.Dummy(k.name, integer=True, positive=True)
        entry = sympy.Function(f"{key}{ENTRY}{v.base.label}{IMPLICIT}")
        terms.append(Sum(entry(*own, d, v.base[d]), (d, 1, bound_of(k))))
    return sympy.Function(key + IMPLICIT)(*own, sympy.Add(*terms)) if terms else None


def _carriers(exprs, definitions: Sequence[Definition], defined: set[str]) -> tuple[Definition, ...]:
    """``∂E/∂w`` with ``E = ½ Σ (y⁽ⁱ⁾ − t⁽ⁱ⁾)²`` and nothing defining t: the step differentiates by
    w a name whose definition is written without w, so w reaches it through what the definition
    leaves undefined (t, a network's output). Each such quantity becomes an unknown function of
    w (and of its own indices): a step that holds for every such function is the chain rule,
    whatever t is; one that fails is not refuted by it (``CARRIED``). Data (x, y) carry nothing,
    and neither does a term differentiated as written (∂/∂b λ‖w‖² = 0 says it is constant)."""
    derivatives = [d for e in exprs if e is not None for d in e.atoms(Derivative)]
    # a name the document defines (∂E/∂w), not a term (∂/∂b λ‖w‖² = 0, said to be 0)
    named = [d for d in derivatives
             if isinstance(d.expr, (sympy.Symbol, Indexed)) and str(head(d.expr)) in defined]
    if not named:
        return ()
    variables = {str(head(v)) for d in derivatives for v in d.variables}
    by: dict = {}
    table = None
    for d in named:  # (the order is set below: no printing of every derivative)
        for v in d.variables:
            # a name or one entry (w_{1,1}); by o_j of a family, what carries it would depend
            # on every entry of o, which no function of o_j alone stands for
            if not isinstance(v, (sympy.Symbol, Indexed)) \
                    or isinstance(v, Indexed) and not all(i.is_Integer for i in v.indices):
                continue
            if str(head(v)) in reachable((d.expr,), definitions):
                continue  # the definitions reach v (most steps): nothing to carry
            table = table or _table(definitions)
            try:
                body = expand_definitions(d.expr, table, frozenset({head(v)}))
            except EvaluationError:
                continue
            if _mentions_var(body, v) or body.has(Derivative) \
                    or _mentions_var(_written_through(body, v, table, frozenset({head(v)}), None), v):
                continue  # (E written with u's formula for u: E is a function of u)
            labels = {x.base.label for x in body.atoms(Indexed)}
            for a in sorted(body.atoms(Indexed) | (body.free_symbols - labels), key=str):
                name = str(head(a))
                if getattr(a, "is_integer", False) or name in defined or name in variables \
                        or name in DATA_NAMES or name in MATRIX_DATA:
                    continue
                entry = by.setdefault(_quantity(a, table), [a, set()])
                entry[0] = min(entry[0], a, key=str)  # the same one whatever the order met
                entry[1].add(v)
    out = []
    table = table or _table(definitions)
    # ∂ŷ/∂z · ∂z/∂w: the step says z depends on w, so what carries both carries w through z
    # (the highest of them only, as ``implicit_definitions`` makes a quantity defined nowhere)
    stated: dict = {}
    for d in derivatives:
        if isinstance(d.expr, (sympy.Symbol, Indexed)):
            stated.setdefault(_quantity(d.expr, table), set()).update(_quantity(v, table) for v in d.variables)
    for key, (a, over) in sorted(by.items()):
        below = {v: _depends_on(v, table, stated) for v in over}
        over = {v for v in over if not any(w != v and _quantity(v, table) in below[w] for w in over)}
        own = [i for i in getattr(a, "indices", ()) if isinstance(i, sympy.Symbol)]
        body = sympy.Function(key + CARRIED + IMPLICIT)(*own, *sorted(over, key=str))
        out.append(Definition(a, body, latex=f"{head(a)} (unspecified)"))
    return tuple(out)


def reachable(exprs, definitions) -> set[str]:
    """Names the expressions use, directly or through the definitions (every definition of a
    name: z_1 and z_2 both)."""
    return _reached(exprs, definitions)[0]


def _reached(exprs, definitions) -> tuple[set[str], list]:
    """The names ``reachable`` gives, and the expressions read on the way (the bodies too)."""
    bodies: dict[str, list] = {}
    for d in definitions:
        bodies.setdefault(str(head(d.target)), []).append(d.body)
    seen, todo, read = set(), [e for e in exprs if e is not None], []
    while todo:
        e = todo.pop()
        read.append(e)
        for a in e.atoms(sympy.Symbol, Indexed, AppliedUndef):
            name = str(head(a))
            if name not in seen:
                seen.add(name)
                todo.extend(bodies.get(name, ()))
    return seen, read


def _depends_on(v, table: _Table, stated: dict | None = None) -> set[str]:
    """What ``v`` depends on through the definitions, intermediate quantities included
    (a -> z -> w), and through ``stated``: {quantity: what it is differentiated by} for
    quantities defined nowhere. Quantities by ``_quantity``: an entry (a^{(2)}) apart from the
    other entries of its name, anything else by its name."""
    bodies: dict[str, list] = {}
    for k, b in table.scalars.items():
        bodies.setdefault(str(k), []).append(b)
    for k, (_, b) in table.indexed.items():
        bodies.setdefault(str(k), []).append(b)
    for k, (_, b) in table.functions.items():
        bodies.setdefault(str(k), []).append(b)
    entries: dict[str, list] = {}  # z_1 = …, z_2 = …: what z_i depends on is what any of them does
    for k, b in table.entries.items():
        bodies.setdefault(str(k), []).append(b)
        entries.setdefault(str(k.base), []).append(b)
    seen: set[str] = set()
    todo = [_quantity(v, table)]
    while todo:
        key = todo.pop()
        found = bodies.get(key) or (bodies.get(key.split("[")[0], []) if "[" in key
                                    else entries.get(key, []))
        names = set((stated or {}).get(key, ()))
        for body in found:
            names |= {_quantity(x, table)
                      for x in body.atoms(Indexed) | body.free_symbols | body.atoms(AppliedUndef)}
        for name in sorted(names - seen):
            seen.add(name)
            todo.append(name)
    return seen


def _quantity(x, table: _Table) -> str:
    """The quantity ``x`` stands for: an entry with a number for each index (a^{(2)}, z_1) is one
    of its own; any other entry, a name or a function, its name."""
    if isinstance(x, Indexed) and all(i.is_Integer for i in x.indices):
        return str(x)
    return str(head(x))


def independent_names(exprs, definitions: Sequence[Definition] = ()) -> frozenset:
    """Names that are independent variables: the variable of some derivative, or a leaf of the
    definitions (b in z = x·w + b). ∂b/∂w is 0 for these; for any other undefined name it is an
    unknown."""
    out, _ = _derivative_names([*exprs, *(d.body for d in definitions)])
    defined = {str(head(d.target)) for d in definitions}
    for d in definitions:
        # what a definition differentiates is no leaf: C in δ = ∂C/∂z depends on z
        body = d.body.xreplace({x: sympy.Integer(0) for x in d.body.atoms(Derivative)}) \
            if d.body.has(Derivative) else d.body
        for a in body.free_symbols | body.atoms(Indexed):
            if isinstance(a, sympy.Symbol) and a.is_integer:
                continue
            out.add(str(head(a)))
    return frozenset(out - defined)


def differentiated_leaves(exprs, parameters: frozenset) -> frozenset:
    """Independent names that are themselves differentiated and never differentiated by
    (∂p_i/∂β_j with p a leaf of the definitions): independent in the usual reading (∂b/∂w_j = 0
    in z = w·x + b), but a step that fails only under that reading may be written for a p that
    depends on β, so its failure is not a verdict."""
    variables, differentiated = _derivative_names(exprs)
    return frozenset((differentiated & parameters) - variables - DATA_NAMES)


def _derivative_names(exprs) -> tuple[set[str], set[str]]:
    """(what the derivatives in ``exprs`` differentiate by, the names they differentiate)."""
    variables, differentiated = set(), set()
    for e in exprs:
        if e is None:
            continue
        for d in e.atoms(Derivative):
            variables.update(str(head(v)) for v in d.variables)
            if isinstance(d.expr, (sympy.Symbol, Indexed)):
                differentiated.add(str(head(d.expr)))
    return variables, differentiated


# --------------------------------------------------------------------------- numeric test


@dataclass(frozen=True)
class Numeric:
    agree: bool
    mode: str  # "as written" | "substituted"
    points: int
    counterexample: tuple | None = None  # ((name, indices, value), …): sizes first, then variables
    lhs_value: str | None = None
    rhs_value: str | None = None
    reason: str = ""
    unknowns: tuple[str, ...] = ()  # undefined quantities whose derivatives the sides needed


def content_key(*exprs) -> str:
    """A text that names expressions by content alone: the same in every process, whatever
    PYTHONHASHSEED is and however many placeholder symbols SymPy made before."""
    return "\x1f".join(_spelled(e) if isinstance(e, sympy.Basic) else repr(e) for e in exprs)


@lru_cache(maxsize=4096)
def _spelled(e: sympy.Basic) -> str:
    """srepr without Dummy indices; remembered, since a chain's sides recur from step to step."""
    return _DUMMY_INDEX.sub("", sympy.srepr(e))


_DUMMY_INDEX = re.compile(r", dummy_index=\d+")


def size_symbols(exprs) -> frozenset:
    """The sizes a step uses: m and n, and every integer Symbol that bounds a sum (K, T, C)."""
    out = set()
    for e in exprs:
        if e is None:
            continue
        out |= {s for s in (M, N) if e.has(s)}
        for s in e.atoms(Sum, sympy.Product):
            for _, lo, hi in s.limits:
                out |= {x for x in (lo.free_symbols | hi.free_symbols) if x.is_integer}
    return frozenset(out)


def integer_limits(exprs) -> dict:
    """A letter used as a sum's bound is a size, like m and n: {real K: integer K}."""
    out = {}
    for e in exprs:
        if e is None:
            continue
        for s in e.atoms(Sum, sympy.Product):
            for _, lo, hi in s.limits:
                for x in lo.free_symbols | hi.free_symbols:
                    if isinstance(x, sympy.Symbol) and not x.is_integer and not isinstance(x, sympy.Dummy):
                        out[x] = index(x.name)
    return out


def _free_indices(exprs, sizes: frozenset, bodies=()) -> list:
    free = set()
    by_name = {v.name for e in exprs for d in e.atoms(Derivative) for v in d.variables
               if isinstance(v, sympy.Symbol) and not v.is_integer}
    if by_name & {str(x.base.label) for e in (*exprs, *bodies) for x in e.atoms(Indexed)}:
        free.add(ROW)  # ∂/∂β of what holds β_k: the gradient's entry ROW (see _derivative)
    for e in exprs:
        # A derivative's variables are not in its free symbols; an index in them still is free
        # unless a sum around the derivative binds it.
        opened = e.replace(lambda d: isinstance(d, Derivative),
                           lambda d: _DERIVATIVE_OF(d.expr, *d.variables))
        free |= {s for s in opened.free_symbols if isinstance(s, sympy.Symbol) and s.is_integer}
    return sorted(free - sizes, key=str)


MAX_DELTA_ROUNDS = 3


def _delta_pairs(exprs, free: list) -> list[tuple]:
    """The pairs of free indices a Kronecker delta of the sides joins (δ_{pk}), a few at most:
    each gets a round of its own in which those two are equal and the others apart, since the
    first round (all apart) makes δ_{pk} 0 and the second (all equal) every δ 1 — so
    δ_{pk} δ_{jl} x_j = δ_{pk} x_j, which fails only at p = k with j ≠ l, needs its own."""
    pairs = []
    for e in exprs:
        for d in sorted(e.atoms(KroneckerDelta), key=str):
            if all(a in free for a in d.args) and d.args not in pairs:
                pairs.append(d.args)
    return pairs[:MAX_DELTA_ROUNDS]


def _written_sizes(exprs, free: list) -> dict:
    """Free index -> how many entries a vector written out entry by entry has there (``[a, b]^T``,
    ``\\begin{bmatrix} a \\\\ b \\end{bmatrix}``: the entry at k is a Piecewise of k = 1, k = 2, …, the
    last past the others): the index runs to that size, never past it (where the last entry
    would stand for entries that are not written)."""
    caps: dict = {}
    for e in exprs:
        for p in e.atoms(sympy.Piecewise) if isinstance(e, sympy.Basic) else ():
            conds = [c for _, c in p.args]
            if len(conds) < 2 or conds[-1] is not sympy.true or not all(
                    isinstance(c, sympy.Eq) and c.lhs == conds[0].lhs and c.rhs == k
                    for k, c in enumerate(conds[:-1], start=1)):
                continue
            k = conds[0].lhs
            if k in free:
                caps[k] = min(caps.get(k, len(conds)), len(conds))
    return caps


def _sizes_for(free: list, sizes: frozenset, round_: int, rng: random.Random,
               before: dict | None = None, merged: tuple | None = None, caps: dict | None = None) -> dict:
    """Sizes and the free indices as integers for one round. In the first round the free
    indices take different values where they can (so x_j = x_k is caught), in the second one
    shared value (so ∂w_k/∂w_j = 0 is), never the value the first index had ``before`` (so a
    step that holds only at i = 1, x_{i1} for x_{ii}, is caught)."""
    m_val, n_val, other = _SIZES[round_]
    env = {s: (m_val if s == M else n_val if s == N else other) for s in sizes | {M, N}}
    his = [min(env[M] if bound_of(s) == M else env[N], (caps or {}).get(s, 10**9)) for s in free]
    if free and round_ == 0 and len(free) <= min(his):
        # all different, even across kinds: x_i written for x_j is caught whatever i and j mean
        values = rng.sample(range(1, min(his) + 1), len(free))
    elif round_ == 0:
        # different within each kind at least (k ≠ l of a Jacobian beside a sample index i)
        values, taken = [], {}
        for hi in his:
            left = [v for v in range(1, hi + 1) if v not in taken.get(hi, set())]
            v = rng.choice(left) if left else rng.randint(1, hi)
            taken.setdefault(hi, set()).add(v)
            values.append(v)
    elif free:
        choices = [v for v in range(1, min(his) + 1) if v != (before or {}).get(free[0])]
        values = [rng.choice(choices) if choices else 1] * len(free)
    else:
        values = []
    env.update(zip(free, values, strict=True))
    if merged is not None:  # this round's two indices equal (see _delta_pairs)
        env[merged[1]] = env[merged[0]]
    return env


_DERIVATIVE_OF = sympy.Function("_derivative_of")


def _box(name: str) -> tuple[float, float]:
    if name in ("y",) or name.endswith("hat") or name.startswith("sigma"):
        return UNIT_INTERVAL
    return REAL_BOX


NON_SMOOTH = (sympy.Abs, sympy.Max, sympy.Min, sympy.Piecewise, sympy.Heaviside, sympy.sign,
              sympy.floor, sympy.ceiling)


def _has_kinks(*exprs) -> bool:
    return any(e.has(*NON_SMOOTH) for e in exprs)


def _class_counts(exprs, domains: dict | None, env: dict) -> dict:
    """For each one-hot name (front matter ``y: one-hot``, or the document saying so) and each
    name whose entries sum to 1 (``\\sum_k y_k = 1`` about data): how many classes its last index
    runs over here — the bound of a sum the sides take over it."""
    names = {n for n, d in (domains or {}).items() if d[0] in ("onehot", "simplex")}
    out: dict = {}
    if not names:
        return out
    for e in exprs:
        for s in e.atoms(Sum):
            for v, _, hi in s.limits:
                for x in s.function.atoms(Indexed):
                    name = str(x.base.label)
                    if name in names and name not in out and x.indices and x.indices[-1] == v:
                        top = hi.xreplace({k: sympy.Integer(v) for k, v in env.items()})
                        if top.is_Integer and top > 0:
                            out[name] = int(top)
    return out


def _class_labels(exprs, env: dict, free=()) -> dict:
    r"""Names compared with a class index in an indicator (``\mathbf{1}\{y^{(i)} = k\}`` summed
    over k = 1..K, ``1\{y = l\}`` beside such a sum, ``1_{\{y = k\}}`` with k free): class
    labels, each drawn as a whole number of 1..K (a real y would make every indicator 0, and
    ``1_{y=k} = 2δ_{yk}`` would hold as 0 = 0). So are names written as another's index (the
    class of sample i in ``s_{y_i}``, K the top of the index s has elsewhere, ``\sum_{j \neq y_i}``
    or a free j; else 2). Name -> K here."""
    nested = [(a.base, p, str(x.base.label)) for e in exprs for a in e.atoms(Indexed)
              for p, x in enumerate(a.indices) if isinstance(x, Indexed)]
    if not nested and not any(e.has(sympy.Piecewise, sympy.KroneckerDelta, sympy.Eq, sympy.Ne) for e in exprs):
        return {}  # (most steps: nothing compared, no walk over their sums)
    # index -> the top it runs to at these sizes: its sum's, or a free index's range
    tops: dict = {v: int(env[bound_of(v)]) for v in free if v in env and bound_of(v) in env}
    for e in exprs:
        for s in e.atoms(Sum):
            for v, lo, hi in s.limits:
                top = hi.xreplace({k: sympy.Integer(x) for k, x in env.items()})
                if lo == 1 and top.is_Integer and top > 0:
                    tops[v] = int(top)
    pairs = []
    for e in exprs:
        for p in e.atoms(sympy.Piecewise):
            for _, cond in p.args:
                pairs += [c.args for c in ([cond] if isinstance(cond, sympy.Eq) else cond.atoms(sympy.Eq))]
        pairs += [d.args for d in e.atoms(sympy.KroneckerDelta)]
        pairs += [c.args for c in e.atoms(sympy.Ne)]  # a condition j ≠ y_i the step is checked under
    compared = []
    for a, b in pairs:
        for x, v in ((a, b), (b, a)):
            if isinstance(v, sympy.Symbol) and v.is_integer and not x.is_integer \
                    and isinstance(x, (sympy.Symbol, Indexed)):
                compared.append((str(x.base.label) if isinstance(x, Indexed) else x.name, v))
    out = {name: tops[v] for name, v in compared if v in tops}
    atoms = sorted({a for e in exprs for a in e.atoms(Indexed)}, key=str) if nested else []
    for b, p, name in nested:  # (no class written beside it: any class will do, of at least two)
        out.setdefault(name, next((tops[v] for a in atoms
                                   if a.base == b and len(a.indices) > p and (v := a.indices[p]) in tops), 2))
    return out


def _drawer(seed: int, round_: int, attempt: int, domains: dict | None, classes: dict | None = None,
            labels: dict | None = None):
    """How a point gives a variable its value: from the front matter's domain if it names one
    (a set's values in turn, so that consecutive points see each of them), else from the
    default box for its name. Real variables get a random sign, except on the
    first two attempts (all positive, then all negative), so |z| = z or max(0, z) = z cannot
    slip through on a run of same-signed points."""
    def draw(name: str, indices: tuple):
        u = unit(seed, round_, attempt, name, indices)
        domain = (domains or {}).get(name)
        if labels and name in labels and domain is None:
            # a class label: every class in turn across the points, from a start of its own
            start = int(unit(seed, round_, name, indices, "label") * labels[name])
            return mpmath.mpf(1 + (start + attempt) % labels[name])
        if domain is not None and domain[0] == "onehot":
            # one class is hot in each sample's y: y_c = 1, every other entry 0
            count = (classes or {}).get(name)
            if not indices or count is None:
                return mpmath.mpf(int(u < 0.5))  # no sum over its classes here: 0 or 1
            # every class in turn across the points, from a start of its own (as a set's values)
            start = int(unit(seed, round_, name, indices[:-1], "class") * count)
            return mpmath.mpf(int(indices[-1] == 1 + (start + attempt) % count))
        if domain is not None and domain[0] == "simplex":
            # entries that sum to 1 over the last index (the document says so): positive weights
            # of each entry over their sum
            count = (classes or {}).get(name)
            if not indices or count is None or not 1 <= indices[-1] <= count:
                return mpmath.mpf(0.05 + 0.9 * u)
            weights = [mpmath.mpf(0.05 + unit(seed, round_, attempt, name, (*indices[:-1], c)))
                       for c in range(1, count + 1)]
            return weights[indices[-1] - 1] / mpmath.fsum(weights)
        if domain is not None:
            if domain[0] == "set":  # every value in turn, from a start of its own: y = 0 and 1
                start = int(unit(seed, round_, name, indices, "start") * len(domain[1]))
                return mpmath.mpf(domain[1][(start + attempt) % len(domain[1])])
            return mpmath.mpf(domain[1] + u * (domain[2] - domain[1]))
        lo, hi = _box(name)
        if (lo, hi) != REAL_BOX:
            return mpmath.mpf(lo + u * (hi - lo))
        v = unit(seed, round_, attempt, name, indices, "magnitude")
        magnitude = 0.05 + v * (hi - 0.05)
        sign = 1 if attempt == 0 else -1 if attempt == 1 else (1 if u < 0.5 else -1)
        return mpmath.mpf(sign * magnitude)
    return draw


def _generic_function(name: str, seed: int, arity: int = 1):
    """A concrete smooth stand-in for an unspecified f (of one or more arguments), the same on
    both sides."""
    ts = [sympy.Dummy(f"t{k}", real=True) for k in range(arity)]

    def coef(*key):
        return sympy.Float(0.3 + 0.9 * unit(seed, name, *key), DIGITS + 10)

    a, c = coef("a"), coef("c")
    inner = sum((coef("b", k) * t for k, t in enumerate(ts)), c)
    return sympy.Lambda(tuple(ts), a * sympy.sin(inner) + c * sum(t**2 for t in ts) / 2)


def _at_placeholder(x):
    """∂F/∂v by something other than a name (v = g(z)): ∂F/∂t at t = v."""
    if not isinstance(x, Derivative) or all(isinstance(v, (sympy.Symbol, Indexed)) for v in x.variables):
        return x
    body, counts, point = x.expr, [], {}
    for v, n in x.variable_count:
        if isinstance(v, (sympy.Symbol, Indexed)):
            counts.append((v, n))
            continue
        t = sympy.Dummy("t", real=True)
        body = body.xreplace({v: t})
        counts.append((t, n))
        point[t] = v
    if not point:
        return x
    return sympy.Subs(Derivative(body, *counts), tuple(point), tuple(point.values()))


def _standins(exprs, seed: int) -> tuple:
    """The sides with every unspecified function replaced by its stand-in (and f′ worked out)."""
    found = sorted({f for e in exprs for f in e.atoms(AppliedUndef)}, key=str)
    if not found:
        return tuple(exprs)
    arities: dict = {}
    for f in found:
        arities.setdefault(f.func, set()).add(len(f.args))
    for func, counts in arities.items():
        if len(counts) > 1:
            from derive.latex.printer import point_latex

            raise DeriveError(f"`{point_latex(str(func))}` is applied to "
                              f"{' and to '.join(map(str, sorted(counts)))} arguments: a function of a "
                              f"different number of arguments each time, and the document does not "
                              f"say how they relate")
    funcs = {func: _generic_function(str(func), seed, counts.pop()) for func, counts in arities.items()}
    def concrete(e):
        # C'(a) with a = g(z) is d/da C at a = g(z): by a placeholder first, or replacing g by
        # its stand-in would differentiate by an expression
        e = _bottom_up(e, _at_placeholder)
        e = e.replace(lambda x: isinstance(x, AppliedUndef) and x.func in funcs,
                      lambda x: funcs[x.func](*x.args))
        # f′ of the stand-in worked out (bottom-up, each one alone: never Sum.doit() on a sum
        # inside it, which would try symbolic summation)
        return _bottom_up(e, lambda x: x.doit(deep=False) if isinstance(x, (Derivative, sympy.Subs)) else x)

    return tuple(concrete(e) if e.has(AppliedUndef) else e for e in exprs)


def _prepare(expr, table, parameters, sizes, substitute: bool):
    """The concrete path: sizes and free indices set first, sums expanded, then derivatives
    (used where the symbolic path cannot evaluate a side)."""
    e = concretize(expr, sizes)
    e = evaluate_derivatives(e, table, parameters, sizes)
    for _ in range(MAX_DEFINITION_DEPTH):
        if not substitute:
            break
        e = expand_definitions(e, table, frozenset(), sizes)
        if not e.has(Derivative):
            break
        # a definition's body may itself be a derivative (δ = ∂C/∂z): evaluate it as one
        e = evaluate_derivatives(e, table, parameters, sizes)
    return e


def _agree(a, b, tolerance=AGREE) -> bool:
    scale = max(abs(a), abs(b))
    if scale < TINY:
        return True
    return abs(a - b) <= tolerance * scale


def _one_sided(a, b, table) -> tuple[str, ...]:
    """Functions the document defines for other arguments only (P(y = 1 | x) = σ(wᵀx), then
    P(y_i | x_i)) that one side applies and the other does not: a stand-in for a function the
    document means but does not give here tells the sides apart without deciding the claim.
    A function defined nowhere at all is any function (a(φ), c(y, φ) of a GLM): a stand-in is
    one of them, and a counterexample with it refutes — unless it (or its derivative) is a whole
    side: F(args) = E says what F is there, or a probability (``PROBABILITIES``)."""
    fa, fb = ({f.func for f in e.atoms(AppliedUndef)} for e in (a, b))
    # F(args) = E with F on that side only: what F is there, as the author states it; so is
    # ∂F(args)/∂x = E (∂/∂x swish(x, β) = ∂/∂x (x σ(βx)), swish written nowhere else)
    # (f'(η_n) with η_n put in is f' at wᵀx_n: a Subs of the derivative, the same whole side)
    sides = [e.expr if isinstance(e, sympy.Subs) else e for e in (a, b)]
    # (e_i' of a name the document never applies: a function of an argument the reader supplied)
    supplied = {f.func for e in (a, b) for f in e.atoms(AppliedUndef)
                if any(getattr(x, "name", "") == SUPPLIED_ARGUMENT for x in f.args)}
    whole = {e.func for e in (a, b) if isinstance(e, AppliedUndef)} | {
        e.expr.func for e in sides if isinstance(e, Derivative) and isinstance(e.expr, AppliedUndef)
        and not str(e.expr.func).endswith(IMPLICIT) and e.expr.func not in supplied}
    # A'(η) on one side, μ or f(η) on the other, neither given: the step says how what the
    # document leaves general relates (μ = A′(η), as a GLM's text says in words), which a
    # stand-in for each cannot decide
    general = [{f for f in x - y if f not in table.functions and not str(f).endswith(IMPLICIT)
                and not str(f).startswith(UNKNOWN) and f not in supplied} for x, y in ((fa, fb), (fb, fa))]
    kept = {f for f in fa ^ fb if f in table.functions or f in whole or str(f) in PROBABILITIES or _expectation(f)}
    # (only where nothing else is left general: a stand-in the reader chose, an unknown
    # derivative, each has its own words)
    if (general[0] or general[1]) and not kept and not _unknowns(a, b):
        na, nb = (_names_of(e) for e in (a, b))
        if (general[0] or na - nb) and (general[1] or nb - na):
            kept = general[0] | general[1]
    return tuple(sorted(str(f) + (ELSEWHERE if f in table.functions else "") for f in kept))


def _names_of(e) -> set[str]:
    """The names ``e`` is written with (an entry by its name), indices left out."""
    return {str(head(x)) for x in e.atoms(sympy.Symbol, Indexed) if not getattr(x, "is_integer", False)
            and not isinstance(x, sympy.Dummy)}


# A probability is the model's, not any function: Pr(Y_i = y_i | x_i) given nowhere is one the
# document means and does not write down, so a stand-in for it decides nothing.
PROBABILITIES = frozenset({"P", "Pr", "p", "Prob"})
# So is an expectation (\mathbb{E}[…], \mathbb{E}_\theta[…]): the model's, never any function;
# E[y] = μ gives its value at y only, not at every argument (E[∂ℓ/∂θ] is another value).
EXPECTATION = "E"


def _expectation(func) -> bool:
    """Is ``func`` an expectation, E or E_θ?"""
    return str(func).split("_")[0] == EXPECTATION


def _compiled(lhs, rhs, table, parameters, substitute, env, seed):
    """Both sides ready to evaluate at this round's sizes: the symbolic forms when they can be
    evaluated, else the sides with the sizes set first (the concrete path); and the functions
    only one side applies (``_one_sided``)."""
    try:
        raw = (symbolic(lhs, table, parameters, substitute), symbolic(rhs, table, parameters, substitute))
        if any(ENTRY in str(f.func) for e in raw for f in e.atoms(AppliedUndef)):
            raise NotEvaluable("a function of every entry: its sums are expanded at this round's sizes")
        pair = _standins(raw, seed)
        return pair, [compile_expr(e, FLOAT) for e in pair], _one_sided(*raw, table)
    except (NotEvaluable, SoftTimeout):
        pass
    except EvaluationError:
        raise
    except Exception:  # the symbolic path failed; the concrete path decides
        pass
    sizes = {k: sympy.Integer(v) for k, v in env.items()}
    raw = (_prepare(lhs, table, parameters, sizes, substitute), _prepare(rhs, table, parameters, sizes, substitute))
    pair = _standins(raw, seed)
    return pair, [compile_expr(e, FLOAT) for e in pair], _one_sided(*raw, table)


def _then_square(rounds: list, wanted, last=(SQUARE_ROUND, None)):
    """The rounds, then ``last``, the one of equal sizes (``SQUARE_ROUND``), if ``wanted()`` says
    none of them found a point to test."""
    yield from rounds
    if wanted():
        yield last


def numeric_test(lhs, rhs, table, parameters, substitute: bool, seed: int,
                 domains: dict | None = None, precise: bool = True, condition=None) -> Numeric:
    """Both sides at seeded points, round by round. ``precise``: every point at ``DIGITS``
    digits (what ``consistent`` rests on); otherwise a float screen, where a point that seems to
    differ is evaluated again at ``DIGITS`` digits before it counts as a counterexample."""
    mode = "substituted" if substitute else "as written"
    rng = random.Random(seed)
    bodies = (*table.scalars.values(), *(b for _, b in table.indexed.values()),
              *(b for _, b in table.functions.values()), *table.entries.values())
    sizes = size_symbols((lhs, rhs, *bodies))
    shown_sizes = sizes if any(e.has(Sum, sympy.Product) for e in (lhs, rhs, *bodies)) \
        else frozenset(s for s in sizes if lhs.has(s) or rhs.has(s))
    # an index free in a name's definition (E = (T − L_k)²/2) needs a value like the claim's own
    free = _free_indices((lhs, rhs, *table.scalars.values())
                         + ((condition,) if condition is not None else ()), sizes | {M, N}, bodies)
    holds_here = compile_expr(condition, FLOAT) if condition is not None else None
    checked = 0
    unknowns: tuple = ()
    with mpmath.workdps(DIGITS + 10):
        env = None
        rounds = [(r, None) for r in range(len(ROUNDS))] + [(0, pair) for pair in _delta_pairs((lhs, rhs), free)]
        caps = _written_sizes((lhs, rhs), free)
        # (the count is read once the rounds are done: bound late on purpose)
        for round_, merged in _then_square(rounds, lambda: checked == 0 and sizes):  # noqa: B023
            env = _sizes_for(free, sizes, round_, rng, env if merged is None else None, merged, caps)
            (a, b), fns, one_sided = _compiled(lhs, rhs, table, parameters, substitute, env, seed)
            exact = None  # the DIGITS-digit evaluators, compiled on first need
            screened = False
            if precise:
                exact = fns = [compile_expr(a, MP), compile_expr(b, MP)]
            unknowns = _unknowns(a, b) + one_sided
            classes = _class_counts((a, b), domains, env)
            labels = _class_labels((a, b) + ((condition,) if condition is not None else ()), env, free)
            good = 0
            wanted = (POINTS_PER_SIZE if precise else SCREEN_POINTS) * (KINK_FACTOR if _has_kinks(a, b) else 1)
            for attempt in range(MAX_TRIES):
                if good >= wanted:
                    break
                point = Point(dict(env), _drawer(seed, round_, attempt, domains, classes, labels))
                try:
                    if holds_here is not None and not holds_here(point):
                        continue  # the claim is made under a condition: only points where it holds
                    va, vb = fns[0](point), fns[1](point)
                    screened = not precise and _agree(va, vb, FLOAT_AGREE)
                    if not precise and not screened:
                        exact = exact or [compile_expr(a, MP), compile_expr(b, MP)]
                        va, vb = exact[0](point), exact[1](point)
                except ArithmeticError:  # not real, a division by zero, an overflow: skip it
                    continue
                good += 1
                checked += 1
                if not screened and not _agree(va, vb):
                    shown = [s for s in (M, N) if s in shown_sizes]
                    shown += sorted((s for s in shown_sizes if s not in (M, N)), key=str)
                    shown += sorted((s for s in env if s not in sizes and s not in (M, N)), key=str)
                    where = tuple((s.name, (), int(env[s])) for s in shown)
                    where += tuple((name, idx, str(int(v)) if name in labels else mpmath.nstr(mpmath.mpf(v), 12))
                                   for (name, idx), v in sorted(point.drawn.items(), key=str))
                    return Numeric(False, mode, checked, where, mpmath.nstr(va, 20),
                                   mpmath.nstr(vb, 20), unknowns=unknowns)
    if checked == 0:
        where = " and the condition holds" if condition is not None else ""
        return Numeric(False, mode, 0, reason=f"no point where both sides are real and finite{where}")
    return Numeric(True, mode, checked, unknowns=unknowns)


# --------------------------------------------------------------------------- consequences

SOLVE_TRIES = 4  # starting points for the root finder at one point of the other variables
NEWTON_STEPS = 30  # root-finder steps from one start (a linear system needs one or two)


@dataclass(frozen=True)
class Implied:
    """What the claim does on the solution set of equations in force: ``holds`` at every one of
    ``points`` points where they hold, ``zero`` when both sides were 0 at each of them."""

    holds: bool
    points: int
    zero: bool = False
    counterexample: tuple | None = None  # where it fails: sizes, then variables and unknowns
    lhs_value: str | None = None
    rhs_value: str | None = None


def _unknown_key(u) -> tuple | None:
    """The key a Point keeps a variable's value under: (name, indices), or None when it is not a
    plain variable (θ_j with a free j)."""
    if isinstance(u, sympy.Symbol) and not u.is_integer:
        return (u.name, ())
    if isinstance(u, Indexed) and all(i.is_Integer for i in u.indices):
        return (str(u.base.label), tuple(int(i) for i in u.indices))
    return None


def implied_test(lhs, rhs, equations, unknowns, table, parameters, seed: int,
                 domains: dict | None = None) -> Implied | None:
    """Does ``lhs = rhs`` hold wherever ``equations`` (each ``= 0``) do, the ``unknowns`` being
    what they determine (∂J/∂a = 0 determines a)? At seeded points of every other variable the
    equations are solved for the unknowns by Newton's method at ``DIGITS`` digits, and both
    sides are compared there. None when no point could be solved for."""
    lhs, rhs = _expr(lhs), _expr(rhs)
    if len(unknowns) != len(equations):
        return None
    single, families = [], []  # (equation, key); (equation, its own index, the unknowns' name)
    for e, u in zip(equations, unknowns, strict=True):
        key = _unknown_key(u)
        if key is not None:
            single.append((e, key))
            continue
        # ∂E/∂w_i = 0 for every i: as many equations as w has entries, each fixing one
        if not isinstance(u, Indexed) or len(u.indices) != 1 or not isinstance(u.indices[0], sympy.Symbol):
            return None
        own = sympy.Symbol(f"{u.indices[0].name}_eq", integer=True)
        families.append((e.xreplace({u.indices[0]: own}), own, str(u.base.label)))
    if not single and not families:
        return None
    rng = random.Random(seed)
    bodies = (*table.scalars.values(), *(b for _, b in table.indexed.values()),
              *(b for _, b in table.functions.values()), *table.entries.values())
    every = [e for e, _ in single] + [e for e, _, _ in families]
    sizes = size_symbols((lhs, rhs, *every, *bodies))
    free = _free_indices((lhs, rhs, *every), sizes | {M, N} | {own for _, own, _ in families}, bodies)
    checked, zero = 0, True
    with mpmath.workdps(DIGITS + 10):
        env = None
        # (the count is read once the rounds are done: bound late on purpose)
        caps = _written_sizes((lhs, rhs), free)
        for round_ in _then_square(range(len(ROUNDS)), lambda: checked == 0 and sizes, SQUARE_ROUND):  # noqa: B023
            env = _sizes_for(free, sizes, round_, rng, env, caps=caps)
            fns = []
            for e in (lhs - rhs, lhs, *every):
                (a, _), _, _ = _compiled(e, sympy.Integer(0), table, parameters, True, env, seed)
                fns.append(compile_expr(a, MP))
            claim, left = fns[0], fns[1]
            eqs, keys = fns[2:2 + len(single)], [key for _, key in single]
            for (_, own, name), f in zip(families, fns[2 + len(single):], strict=True):
                entries = _entries_used(f, env, own, name, seed, round_)
                if not entries:
                    break
                keys += [(name, idx) for idx in entries]
                eqs += [_at_index(f, own, idx[0]) for idx in entries]
            else:
                entries = True
            if not entries or len(set(keys)) != len(keys):
                return None
            good = 0
            for attempt in range(MAX_TRIES):
                if good >= POINTS_PER_SIZE:
                    break
                point = Point(dict(env), _drawer(seed, round_, attempt, domains))
                if not _solve_at(point, keys, eqs, seed, round_, attempt):
                    continue
                try:
                    point.work = 0
                    diff, value = claim(point), left(point)
                except ArithmeticError:
                    continue
                good += 1
                checked += 1
                scale = max(abs(value), abs(value - diff), 1)
                if abs(diff) > AGREE * scale * 1e10:  # Newton's answer is good to ~40 digits
                    shown = sorted((s for s in env if s not in (M, N) or s in sizes), key=str)
                    where = tuple((s.name, (), int(env[s])) for s in shown)
                    where += tuple((name, idx, mpmath.nstr(mpmath.mpf(v), 12))
                                   for (name, idx), v in sorted(point.drawn.items(), key=str))
                    return Implied(False, checked, False, where, mpmath.nstr(value, 20),
                                   mpmath.nstr(value - diff, 20))
                zero = zero and abs(value) < AGREE * 1e10
    if not checked:
        return None
    return Implied(True, checked, zero)


def _entries_used(f, env: dict, own, name: str, seed: int, round_: int) -> list[tuple]:
    """The entries of ``name`` that the equation ``f`` (its index ``own`` at 1) uses at these
    sizes: w_0 … w_M in ∂E/∂w_i with E = ½ Σ_n (Σ_{j=0}^{M} w_j x_n^j − t_n)². Empty when it
    cannot be evaluated or uses an entry with more than one index."""
    point = Point({**env, own: 1}, _drawer(seed, round_, -1, None))
    try:
        f(point)
    except (ArithmeticError, NotEvaluable, ValueError, TypeError):
        return []
    found = sorted(idx for (n, idx) in point.drawn if n == name)
    return found if found and all(len(idx) == 1 for idx in found) else []


def _at_index(f, own, value: int):
    """The equation ``f`` with its own index at ``value``."""
    def at(point: Point):
        point.env[own] = value
        return f(point)
    return at


def _solve_at(point: Point, keys: list, eqs: list, seed: int, round_: int, attempt: int) -> bool:
    """Give the unknowns, in ``point``, values where every equation holds (to ~40 digits)."""
    def residuals(*values):
        for key, v in zip(keys, values, strict=True):
            point.drawn[key] = v
        point.work = 0  # each evaluation has its own cap, as any evaluation does
        out = [f(point) for f in eqs]
        return out if len(out) > 1 else out[0]

    for start in range(SOLVE_TRIES):
        x0 = [mpmath.mpf(4 * unit(seed, round_, attempt, start, *key) - 2) for key in keys]
        try:  # bounded by steps, never by the clock: the same answer on any machine
            root = mpmath.findroot(residuals, x0 if len(x0) > 1 else x0[0], maxsteps=NEWTON_STEPS,
                                   verify=False)
            values = list(root) if len(keys) > 1 else [root]
            if any(not isinstance(v, mpmath.mpf) for v in values):
                continue  # a complex root
            left = residuals(*values)
            if all(abs(r) < SOLVED for r in (left if len(keys) > 1 else [left])):
                return True
        except (ArithmeticError, ValueError, TypeError):
            continue
    return False


SOLVED = mpmath.mpf("1e-40")  # an equation's value below this: it holds there


# --------------------------------------------------------------------------- proof

_SYMBOLIC: dict = {}  # (side, definitions, parameters, substitute) -> its symbolic form
SYMBOLIC_CACHE_SIZE = 4096  # sides remembered per process (neighbouring steps share a side)


def forget_sides() -> None:
    """Forget every worked-out side and derivative (benchmarks measure the work again)."""
    _SYMBOLIC.clear()
    _diff.cache_clear()
    _spelled.cache_clear()
    _through_parameters.cache_clear()


def symbolic(expr, table, parameters, substitute: bool):
    """A side with its derivatives worked out along the definitions (and, when ``substitute``,
    the definitions substituted), sizes left symbolic, every sum's index named canonically (so
    the same sum on both sides is the same expression). Remembered: a chain's middle side is
    the right side of one step and the left side of the next."""
    key = (expr, table.key, parameters, substitute)
    out = _SYMBOLIC.get(key)
    if out is None:
        e = evaluate_derivatives(expr, table, parameters)
        for _ in range(MAX_DEFINITION_DEPTH):
            if not substitute:
                break
            e = expand_definitions(e, table)
            if not e.has(Derivative):
                break
            e = evaluate_derivatives(e, table, parameters)
        out = _canonical_sums(collapse_deltas(e))
        if len(_SYMBOLIC) >= SYMBOLIC_CACHE_SIZE:
            _SYMBOLIC.clear()
        _SYMBOLIC[key] = out
    return out


def _canonical_sums(expr):
    """Every sum's bound index renamed by what it ranges over and how deeply it is nested
    (``_n_1``, ``_m_2``), so the same sum written with other letters is the same expression."""
    if not expr.has(Sum):
        return expr

    def visit(e, env, depth):
        if isinstance(e, sympy.Symbol):
            return env.get(e, e)
        if not e.args or isinstance(e, IndexedBase):
            return e
        if isinstance(e, Sum) and len(e.limits) == 1:
            var, lo, hi = e.limits[0]
            canon = sympy.Symbol(f"_{bound_of(var)}_{depth}", integer=True, positive=True)
            body = visit(e.function, {**env, var: canon}, depth + 1)
            return Sum(body, (canon, visit(lo, env, depth), visit(hi, env, depth)))
        new = [visit(a, env, depth) for a in e.args]
        return e.func(*new) if any(n is not o for n, o in zip(new, e.args, strict=True)) else e

    return visit(expr, {}, 1)


def _merge_sums(expr):
    """c1·Σ f + c2·Σ g + r (same limits, c free of the index) -> Σ (c1 f + c2 g) + r."""
    groups: dict = {}
    rest = []
    for term in sympy.Add.make_args(sympy.expand(expr, deep=False, mul=True, multinomial=False)):
        coeff, sums = [], []
        for f in sympy.Mul.make_args(term):
            (sums if isinstance(f, Sum) else coeff).append(f)
        if len(sums) == 1:
            s = sums[0]
            c = sympy.Mul(*coeff)
            if not c.has(*[v for v, *_ in s.limits]):
                groups.setdefault(s.limits, []).append(c * s.function)
                continue
        rest.append(term)
    return groups, sympy.Add(*rest)


def _small(e, limit: int) -> bool:
    """At most ``limit`` nodes (counted without building anything, stopping at the limit)."""
    n = 0
    for _ in sympy.preorder_traversal(e):
        n += 1
        if n > limit:
            return False
    return True


def _atomize_sums(e):
    """Every sum that is not a term of ``e`` (inside exp, a power, a quotient) replaced by a
    symbol, the same sum by the same symbol: if the result is identically zero, so is ``e``."""
    inner = {}

    def visit(x, top):
        if isinstance(x, Sum) and not top:
            return inner.setdefault(x, sympy.Dummy(f"s{len(inner)}", real=True))
        if not x.args or isinstance(x, (Indexed, IndexedBase)):
            return x
        keep = top and isinstance(x, (sympy.Add, sympy.Mul)) or isinstance(x, Sum)
        new = [visit(a, keep and not isinstance(x, Sum)) for a in x.args]
        return x.func(*new) if any(n is not o for n, o in zip(new, x.args, strict=True)) else x

    return visit(e, True)


def _surely_nonzero(e) -> bool:
    """Is ``e`` plainly not identically zero? One real point where its terms do not cancel is
    enough; simplify need not be asked then (it can take long on a false identity)."""
    terms = sympy.Add.make_args(e)
    try:
        fns = [compile_expr(t, FLOAT) for t in terms]
    except NotEvaluable:
        return False
    whole = {x: 2 for x in e.atoms(sympy.Symbol) if x.is_integer}  # sizes and indices
    for attempt in range(3):
        point = Point(dict(whole), lambda name, idx, a=attempt: 0.15 + 0.7 * unit("nonzero", a, name, idx))
        try:
            values = [f(point) for f in fns]
        except (ArithmeticError, NotEvaluable):
            continue
        scale = sum(abs(v) for v in values)
        return scale > 0 and abs(sum(values)) > 1e-6 * scale
    return False


def _zero(e) -> bool:
    """Is ``e`` zero? Cheap canonical forms first; ``simplify`` only on expressions small enough
    that it ends well inside its budget, so the answer never depends on the machine's load."""
    if e == 0:
        return True
    if e.has(Sum):
        groups, rest = _merge_sums(e)  # its sums are named canonically already (symbolic)
        if len(groups) == 1 and rest == 0:  # Σ f − Σ g over the same range: is f − g zero?
            (summand,) = [sympy.Add(*ts) for ts in groups.values()]
            return _zero(summand)
        flat = _atomize_sums(e)
        if not flat.has(Sum):
            return _zero(flat)
    if not e.has(Sum):
        if not _small(e, EXPAND_MAX_NODES):
            return False
        if sympy.cancel(sympy.together(e)) == 0:
            return True
        if sympy.expand(e) == 0:
            return True
        if not _small(e, SIMPLIFY_MAX_NODES) or _surely_nonzero(e):
            return False
        with soft_limit(PROOF_CPU_SECONDS):
            return sympy.simplify(e) == 0
    if not groups or not _small(e, SIMPLIFY_MAX_NODES):
        return False
    with soft_limit(PROOF_CPU_SECONDS):
        return sympy.simplify(e) == 0


def prove(lhs, rhs, table, parameters, substitute: bool) -> bool:
    try:
        a = symbolic(lhs, table, parameters, substitute)
        b = symbolic(rhs, table, parameters, substitute)
        return _zero(a - b)
    except SoftTimeout:
        return False


# --------------------------------------------------------------------------- diagnosis


def _simple(e, limit: int = 8) -> bool:
    return not e.has(Sum, sympy.Product, Derivative) and sympy.count_ops(e) <= limit


def _entry_cases(e) -> bool:
    """Does ``e`` pick entries by their number (``{0.5 for j = 1; 0.1 otherwise}``)?"""
    return any(isinstance(c, sympy.Eq) and any(x.is_Integer for x in c.args)
               for p in e.atoms(sympy.Piecewise) for _, c in p.args)


def diagnose(lhs, rhs, table, parameters) -> tuple | None:
    """A short reason for a refuted step, as (kind, expression): ("sign", -1), ("scale", c),
    ("factor", ratio) or ("term", difference). Only tried on sides small enough to answer at
    once; a diagnosis is optional and the refutation stands without it."""
    try:
        with soft_limit(DIAGNOSIS_CPU_SECONDS):
            for substitute in (False, True):
                a = symbolic(lhs, table, parameters, substitute)
                b = symbolic(rhs, table, parameters, substitute)
                if a == 0 or b == 0 or not (_small(a, DIAGNOSIS_MAX_NODES) and _small(b, DIAGNOSIS_MAX_NODES)):
                    continue
                if any(_entry_cases(e) for e in (a, b)):
                    return None  # a vector written by its entries: a factor between two such is no slip
                ratio = sympy.factor(sympy.cancel(sympy.together(b / a)))
                if ratio.has(sympy.zoo, sympy.oo, sympy.nan):
                    continue
                if ratio == -1:
                    return ("sign", ratio)
                if ratio.is_number:
                    return ("scale", ratio)
                diff = sympy.factor(sympy.cancel(sympy.together(b - a)))
                options = []
                if _simple(diff, 4):
                    options.append((sympy.count_ops(diff), "term", diff))
                if _simple(ratio, 6):
                    options.append((sympy.count_ops(ratio), "factor", ratio))
                if options:
                    _, kind, expr = min(options, key=lambda o: (o[0], o[1]))
                    return (kind, expr)
    except SoftTimeout:
        return None
    except Exception:  # optional: SymPy failing here leaves the refutation as it is
        return None
    return None


def diagnosis_words(found) -> str:
    """The diagnosis in words and course notation (LaTeX between backticks): the classic slips
    by name (a sign flipped, a 1/m dropped, a factor missing or extra)."""
    from derive.latex.printer import course_latex

    if found is None:
        return ""
    kind, expr = found
    if kind == "sign":
        return "the right side is the left with its sign flipped"
    if kind == "scale":
        return f"the right side is `{course_latex(expr)}` times the left"
    if kind == "factor":
        return _factor_words(expr)
    return f"the sides differ by the term `{course_latex(expr)}` (right − left)"


def _factor_words(ratio) -> str:
    """right / left = ratio, said as what the right side lacks or has in excess: ``1/m missing``,
    ``is missing the factor ŷ(1 − ŷ)``, ``has an extra factor 2e^z + 1``; a leading minus as
    a flipped sign."""
    from derive.engine.rewrite import _positive, signed_fraction
    from derive.latex.printer import course_latex

    n, d = signed_fraction(ratio)
    sign = ""
    if n.could_extract_minus_sign():
        n, sign = _positive(sympy.factor(-n)), "has its sign flipped and "
    sizes = {x for x in (n * d).free_symbols if x.name in SIZE_LETTERS}
    if d == 1 and n.is_Symbol and n in sizes:
        return f"the right side {sign}is missing the `1/{course_latex(n)}` of the left"
    if n == 1 and d.is_Symbol and d in sizes:
        return f"the right side {sign}has an extra `1/{course_latex(d)}`"
    if d == 1:
        return f"the right side {sign}has an extra factor `{course_latex(n)}` (right / left)"
    if n == 1:
        return f"the right side {sign}is missing the factor `{course_latex(d)}` (left / right)"
    return (f"the right side {sign}has an extra factor `{course_latex(n)}` and is missing the "
            f"factor `{course_latex(d)}`")


# --------------------------------------------------------------------------- the verdict


def _phase_numeric(lhs, rhs, definitions, parameters, seed, domains=None, precise=True,
                   modes=(False, True), condition=None):
    table = _table(definitions)
    if modes == (True,):
        return numeric_test(lhs, rhs, table, parameters, True, seed, domains, precise, condition)
    try:
        written = numeric_test(lhs, rhs, table, parameters, False, seed, domains, precise, condition)
    except EvaluationError:  # as written it has unknowns; the definitions may supply them
        written = Numeric(False, "as written", 0)
    if written.agree or modes == (False,):
        return written
    substituted = numeric_test(lhs, rhs, table, parameters, True, seed, domains, precise, condition)
    if substituted.agree or substituted.points:
        return substituted
    return written if written.points else substituted


def _phase_implied(lhs, rhs, equations, unknowns, definitions, parameters, seed, domains):
    return implied_test(lhs, rhs, equations, unknowns, _table(definitions), parameters, seed,
                        domains)


_VARIABLE = sympy.Symbol("_v", real=True)  # every integral's variable, once integrals are compared


def _integrals_apart(expr):
    """Each integral split by linearity (∫(f + g) = ∫f + ∫g, ∫c·f = c·∫f for c free of the
    variable), its variable renamed alike, so the same integral on both sides is one expression."""
    def split(e):
        if not isinstance(e, sympy.Integral) or len(e.limits) != 1:
            return e
        var, *bounds = e.limits[0]
        if _VARIABLE in e.free_symbols:
            return e
        body = sympy.expand(e.function, deep=False, power_exp=False, power_base=False, log=False,
                            multinomial=False)
        out = []
        for term in sympy.Add.make_args(body):
            coeff, rest = term.as_independent(var, as_Add=False)
            rest = rest.xreplace({var: _VARIABLE})
            out.append(coeff * sympy.Integral(rest, (_VARIABLE, *bounds) if bounds else _VARIABLE))
        return sympy.Add(*out)

    return _bottom_up(expr, split)


def _worked_out(e):
    """A definite integral or a limit of a formula with no unknown in it, worked out by SymPy
    (∫_0^x e^{−t²} dt = √π erf(x)/2, lim_{h→0} (e^{x+h} − e^x)/h = e^x), or None."""
    if isinstance(e, sympy.Integral) and len(e.limits[0]) != 3 \
            or e.args[0].has(AppliedUndef, Indexed, Derivative, Sum, sympy.Integral, LimitOf):
        return None
    try:
        with soft_limit(PROOF_CPU_SECONDS):
            value = e.doit()
    except SoftTimeout:
        return None
    except (ValueError, TypeError, NotImplementedError, ZeroDivisionError):
        return None
    if value.has(sympy.Integral, sympy.Limit, LimitOf, sympy.nan, sympy.zoo, sympy.AccumBounds) \
            or isinstance(e, LimitOf) and value.has(sympy.oo, -sympy.oo):
        return None
    # one spelling: erf + erfc = 1 is no identity SymPy sees
    return value.replace(sympy.erfc, lambda z: 1 - sympy.erf(z))


INTEGRALS_OPEN = ("cannot check: the step rests on what an integral or a limit here is worth, which derive "
                  "does not work out (it splits integrals by linearity and compares them term by term)")
_WORKED = (sympy.Integral, LimitOf)  # what SymPy works out where its formula is known


def _phase_integrals(lhs, rhs, definitions, parameters):
    """A step with integrals in it (∂/∂η ∫ p(y; η) dy = ∫ ∂p/∂η dy): both sides with the definitions
    put in and the derivatives worked out (under the integral sign too), the integrals split by
    linearity and each worked out where its formula is known. ``None`` where no integral is
    reached; ``(verdict, detail)`` when the difference is 0; ``("again", lhs, rhs)`` when every
    integral was worked out (the step is then judged as any other); else ``("open", lhs, rhs)``
    with each integral left an unknown function of what it depends on."""
    table = _table(definitions)
    a, b = (symbolic(e, table, parameters, True) for e in (lhs, rhs))
    if not (a.has(*_WORKED) or b.has(*_WORKED)):
        return None
    a, b = _integrals_apart(a), _integrals_apart(b)
    worked = {i: v for i in a.atoms(*_WORKED) | b.atoms(*_WORKED) if (v := _worked_out(i)) is not None}
    a, b = a.xreplace(worked), b.xreplace(worked)
    left = sorted(a.atoms(*_WORKED) | b.atoms(*_WORKED), key=sympy.default_sort_key)
    if not left:
        return ("again", a, b)
    # each integral left as an unknown function of what it depends on: a step that holds whatever
    # they are worth holds; one that fails so may still hold for what they are (∫ p dy = 1)
    unknown = {i: sympy.Function(f"_integral{k}", real=True)(*sorted(i.free_symbols, key=str))
               if i.free_symbols else sympy.Symbol(f"_integral{k}", real=True) for k, i in enumerate(left)}
    a, b = a.xreplace(unknown), b.xreplace(unknown)
    try:
        if _zero(a - b):
            return (Verdict.PROVED, "SymPy shows the difference is 0 after substituting the definitions "
                                    "(its integrals compared term by term)")
    except SoftTimeout:
        pass
    return ("open", a, b)


def _phase_prove(lhs, rhs, definitions, parameters, substitute):
    return prove(lhs, rhs, _table(definitions), parameters, substitute)


def _phase_screen(lhs, rhs, definitions, parameters, seed, domains, condition):
    """``(screen, proved)``: the float screen and, when it agrees, the proof attempt, in one
    call to the worker (a round trip costs about as much as a small step)."""
    num = _phase_numeric(lhs, rhs, definitions, parameters, seed, domains, False, (False, True),
                         condition)
    if not num.agree:
        return num, False
    try:
        return num, _phase_prove(lhs, rhs, definitions, parameters, num.mode == "substituted")
    except Exception:  # no proof: the numeric test decides
        return num, False


def _phase_diagnose(lhs, rhs, definitions, parameters):
    return diagnose(lhs, rhs, _table(definitions), parameters)


def _words(exc: BaseException) -> str:
    """What could not be done, for a student: our own errors are worded already; anything
    SymPy or Python raised is named by what it means, never by its exception text."""
    if isinstance(exc, WorkerCrash):
        return str(exc) if not exc.internal else INTERNAL
    if isinstance(exc, DeriveError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the expression is nested too deeply to evaluate"
    if isinstance(exc, MemoryError):
        return "evaluating it needs more memory than a step may use"
    return INTERNAL


INTERNAL = "SymPy could not work with this expression (please report it, with the line)"


def _mixed_indices(lhs, rhs) -> str | None:
    """The name of an entry the step differentiates by (w_{j,k}) that the step also writes with
    another number of indices (w_ℓ), or None: SymPy would take them for two names, and a
    derivative through them for 0."""
    by: dict = {}
    for e in (lhs, rhs):
        for d in e.atoms(Derivative) if isinstance(e, sympy.Basic) else ():
            for v in d.variables:
                if isinstance(v, Indexed):
                    by.setdefault(v.base, set()).add(len(v.indices))
    mixed = sorted(str(x.base.label) for e in (lhs, rhs) if by and isinstance(e, sympy.Basic)
                   for x in e.atoms(Indexed) if x.base in by and len(x.indices) not in by[x.base])
    return mixed[0] if mixed else None


def _mixed_reached(lhs, rhs, defs) -> str | None:
    """The name of a quantity the step, with the definitions it reaches, writes with one index in
    one place and with that index and another elsewhere (x_i w_j beside x_{i1}: a sample's vector
    read as a number, and one of its entries): a refutation there rests on a reading of one name
    as two quantities. (x_k of a vector beside x_k^{(i)}, the author's x alone, is a reading the
    document check weighs itself.)"""
    bodies: dict = {}  # every definition of each name (y = … of one model, y_n = … of another)
    for d in defs:
        bodies.setdefault(str(head(d.target)), []).append(d)
    seen: set = set()
    todo = [(e, frozenset()) for e in (lhs, rhs) if isinstance(e, sympy.Basic)]
    counts: dict = {}
    while todo:
        e, params = todo.pop()
        # (h(x^{(i)}) of a function of a vector: the sample's vector as an argument, x_k in the
        # function's formula its parameter's entries, is the reading of a vector function, not a
        # name read two ways)
        called = {a for f in e.atoms(AppliedUndef) for a in f.args if isinstance(a, Indexed)}
        for x in e.atoms(Indexed) - called:
            if str(x.base.label) not in params:
                counts.setdefault(str(x.base.label), set()).add(x.indices)
        for name in sorted(str(head(a)) for a in e.atoms(Indexed, sympy.Symbol, AppliedUndef)):
            if name in bodies and name not in seen:
                seen.add(name)
                for d in bodies[name]:
                    own = frozenset(str(a.base.label) if isinstance(a, Indexed) else str(a) for a in d.target.args) \
                        if isinstance(d.target, AppliedUndef) else frozenset()
                    todo += [(d.target, own), (d.body, own)]
    # x_i (sample i's x as one number) beside x_{i1} (its first entry): the same first index
    mixed = sorted(name for name, seen_at in counts.items()
                   if any(len(a) == 1 and len(b) == 2 and a[0] == b[0] for a in seen_at for b in seen_at))
    return mixed[0] if mixed else None


_MEMO: dict = {}  # content of a step and everything it is judged under -> its Outcome
MEMO_SIZE = 4096  # steps remembered per run; a batch of notes repeats many of its steps


def _memo_key(lhs, rhs, defs, alternative, parameters, domains, condition=None, mentioned=None) -> str:
    """What a step is judged by: its sides, the definitions, the other reading, the document's
    independent names and domains, its condition — by content, the same in every process."""
    text = content_key(lhs, rhs, condition, *(x for d in defs for x in (d.target, d.body)),
                       *(alternative[:2] if alternative else ()),
                       alternative[2] if alternative else "", tuple(sorted(parameters or ())),
                       tuple(sorted((domains or {}).items())), mentioned)
    return hashlib.sha256(text.encode()).hexdigest()


def check_equal(lhs, rhs, definitions: Sequence[Definition] = (), *, timeout: float = DEFAULT_TIMEOUT,
                isolate: bool = True, alternative=None, parameters: frozenset | None = None,
                domains: dict | None = None, condition=None,
                mentioned: frozenset | None = None) -> Outcome:
    """The verdict on ``lhs = rhs`` under ``definitions`` (and, when given, where ``condition``
    holds: ``Eq(i, j)``, ``z > 0``). ``mentioned``: the names the document uses other than as
    what it differentiates by (a derivative by anything else is a slip, its value unknown). The
    same step under the same definitions is judged once per run.

    >>> import sympy
    >>> z = sympy.Symbol("z", real=True)
    >>> s = 1 / (1 + sympy.exp(-z))
    >>> check_equal(sympy.exp(-z) / (1 + sympy.exp(-z))**2, s * (1 - s), isolate=False).verdict.value
    'proved'
    """
    lhs, rhs, defs = _expr(lhs), _expr(rhs), tuple(definitions)
    if (general := _of_its_variable(lhs, rhs, defs)) is not None:
        # h_θ(x) as H(x, θ): a step that holds for every such function holds; one that does not
        # is judged as written (its h_θ defined nowhere, or in another paragraph). θ, written in
        # h_θ's name, is a name the document mentions (∂/∂θ is no slip of notation)
        *general, named = general
        out = check_equal(*general, timeout=timeout, isolate=isolate, alternative=alternative,
                          parameters=parameters, domains=domains, condition=condition,
                          mentioned=mentioned | named if mentioned is not None else None)
        if out.verdict.holds:
            return out
    try:
        content = _memo_key(lhs, rhs, defs, alternative, parameters, domains, condition,
                            tuple(sorted(mentioned)) if mentioned is not None else None)
    except (OverflowError, ValueError, RecursionError):
        # spelling the step out means writing a number SymPy made too large to write down
        return Outcome(Verdict.UNDECIDED, "could not evaluate: a number in this step is too "
                                          "large to work with")
    key = (content, timeout)
    out = _MEMO.get(key)
    if out is None:  # the random points are seeded by the step's content alone
        seed = int(content[:16], 16)
        if (mixed := _mixed_indices(lhs, rhs)) is not None:
            # ∂/∂w_{j,k} of p(…; w_ℓ): SymPy takes w_ℓ for another name and the derivative for 0
            out = Outcome(Verdict.UNDECIDED, f"could not evaluate: {mixed_indices_words(mixed)}")
        else:
            out = _check_equal(lhs, rhs, defs, timeout, isolate, alternative, parameters, domains,
                               seed, condition, mentioned)
        if out.verdict is Verdict.REFUTED or out.verdict.holds:
            out = _leaves_unknown(out, lhs, rhs, defs, timeout, isolate, alternative, parameters,
                                  domains, seed, condition, mentioned)
        if out.verdict is Verdict.REFUTED:
            out = _distinct_indices(out, lhs, rhs, defs, timeout, isolate, alternative, parameters,
                                    domains, seed, condition, mentioned)
        if out.verdict is Verdict.REFUTED or out.verdict.holds:
            out = _through_unstated(out, lhs, rhs, defs, timeout, isolate, parameters, domains,
                                    seed, condition, mentioned)
        if out.verdict is Verdict.REFUTED:
            out = _sibling_entry(out, lhs, rhs, defs, lambda more: _check_equal(
                lhs, rhs, more, timeout, isolate, alternative, parameters, domains, seed, condition, mentioned))
        if out.verdict is Verdict.REFUTED:
            out = _label_entry(out, lhs, rhs, defs)
        if out.verdict is Verdict.REFUTED and (mixed := _mixed_reached(lhs, rhs, defs)) is not None:
            from derive.latex.printer import point_latex

            # (the author's x_i is a vector, which this reading is not: neither reading of the
            # step is the author's, so a failure under them says nothing of the step)
            out = Outcome(Verdict.UNDECIDED, f"cannot check: `{point_latex(mixed)}` is written with one index in "
                                             f"one place and two in another ({ROW_AS_NUMBER}); read as two "
                                             f"unrelated quantities the step fails, which says nothing of the "
                                             f"step the author means")
        if len(_MEMO) >= MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = out
    return out


ROW_AS_NUMBER = "a sample's row as one number, and its entries"  # why such a step is undecided


def _sibling_entry(out: Outcome, lhs, rhs, defs, again) -> Outcome:
    """A refutation that rests on an entry defined nowhere (p_0 in −p_1 p_0) of a name the
    document defines at another entry only (p_1 = e^{ŷ_1}/D): p_0 was drawn as any number. The
    reading the author surely means, p_1's formula at 0 (e^{ŷ_0}/D), is tried with ``again``
    (the check under more definitions): a step that fails there too is refuted, one that holds
    there is ambiguous, naming that reading; where there is no such formula (p_1 = 0.3 says
    nothing of p_0), undecided."""
    table = _table(defs)
    # (never the entry the step differentiates by: x_2 in ∂L/∂x_2 is the variable, whatever it is)
    wrt = _differentiated_by(lhs, rhs)
    for a in sorted({x for e in (lhs, rhs) for x in e.atoms(Indexed)} - wrt, key=str):
        if not all(i.is_Integer for i in a.indices) or a.base in table.indexed or a in table.entries:
            continue
        others = sorted((t for t in table.entries if t.base == a.base and len(t.indices) == len(a.indices)
                         and all(i.is_Integer for i in t.indices)), key=str)
        if not others:
            continue
        from derive.latex.printer import course_latex, quantity_latex

        name, sibling = quantity_latex(a), quantity_latex(others[0])
        body = _at_entry(others[0], a, table)
        if body is not None:
            reading = again((*defs, Definition(a, body, f"{name} = {course_latex(body)}")))
            if reading.verdict is Verdict.REFUTED:
                return reading
            if reading.verdict.holds:
                return Outcome(Verdict.AMBIGUOUS,
                               f"holds if `{name}` is `{sibling}`'s formula at its own index, "
                               f"`{course_latex(body)}`, which the document does not write; fails if "
                               f"`{name}` is any other value ({out.detail.split(';')[0]})",
                               seconds=out.seconds + reading.seconds)
        return Outcome(Verdict.UNDECIDED,
                       f"cannot check: `{name}` is defined nowhere, and the document defines "
                       f"`{sibling}` only: whether the step holds depends on it", seconds=out.seconds)
    return out


def _at_entry(entry: Indexed, at: Indexed, table: _Table):
    """The definition of ``entry`` read at the entry ``at``: p_1 = h(x)_1 = e^{ŷ_1}/D (through the
    entries of the same number the document defines, and no further: D = e^{a_1} + e^{a_2} is
    every entry's) at p_0 is e^{ŷ_0}/D, each name indexed by the entry's own number taking the
    other's. None where no name is, or the entries have more than one index."""
    if len(entry.indices) != 1:
        return None
    own, other = entry.indices[0], at.indices[0]
    body = table.entries[entry]
    for _ in range(MAX_DEFINITION_DEPTH):
        step = body.xreplace({x: table.entries[x] for x in body.atoms(Indexed)
                              if x.indices == (own,) and x in table.entries and x != entry})
        if step == body:
            break
        body = step
    moved = body.replace(lambda x: isinstance(x, Indexed) and x.indices == (own,), lambda x: x.base[other])
    return None if moved == body else moved


def _unstated(lhs, rhs, defs) -> list:
    """``(q, v)`` for each quantity of one sample defined nowhere (z_i: it carries the sample
    index) that a derivative by another variable v differentiates through (∂σ(z_i)/∂w_j): read
    as independent of v, though the note surely means z_i = wᵀx_i."""
    defined = {str(head(d.target)) for d in defs}
    out = []
    for e in (lhs, rhs):
        for d in e.atoms(Derivative):
            if isinstance(d.expr, (sympy.Symbol, Indexed)) or len(d.variables) != 1:
                continue
            v = d.variables[0]
            for a in sorted(d.expr.atoms(Indexed), key=str):
                if _of_one_sample(a, defined, {str(head(v))}) and (a, v) not in out:
                    out.append((a, v))
    return out


def _free_of_variable(lhs, rhs, defs) -> list:
    """``(leaf, v)`` for each leaf inside a function of a formula the step
    differentiates by v though nothing in it depends on v, even through the definitions:
    ``\\frac{\\partial}{\\partial \\theta} \\sigma(x^{(i)})``, σ(x) written for σ(θᵀx), or
    ``\\nabla_w \\sigma`` with σ's argument left out. No author differentiates a function of
    something to say it is constant (another entry of v's family, ∂(w_2 x_2)/∂w_1 = 0, and a
    bare name, ∂y/∂w = 0, are another matter and are left out). A derivative by a vector θ of a
    formula of its entries (θ_0 + θ_1 x) is its gradient, not one of these."""
    variables = {v for e in (lhs, rhs) for d in e.atoms(Derivative) for v in d.variables}
    out = []
    for e in (lhs, rhs):
        for d in sorted(e.atoms(Derivative), key=str):
            if isinstance(d.expr, (sympy.Symbol, Indexed)) or len(d.variables) != 1:
                continue
            v = d.variables[0]
            if str(head(v)) in reachable((d.expr,), defs) and (not isinstance(v, sympy.Symbol)
                                                               or _reaches(d.expr, v, defs)):
                continue
            inside = {a for f in d.expr.atoms(sympy.Function) for x in f.args
                      for a in x.atoms(sympy.Symbol, Indexed)}
            leaves = sorted((a for a in inside if a not in variables and not (
                isinstance(a, sympy.Symbol) and (a.is_integer or a in _indices_of(d.expr)))), key=str)
            out.extend((a, v) for a in leaves if (a, v) not in out)
    return out


def _vector_derivatives(lhs, rhs, defs) -> dict:
    """∂p_k/∂x_j the step writes, p_k defined nowhere (nor data) and x_j an entry of a feature
    vector p_k would depend on whole: no unknown function of one x_j can stand for it
    (implicit_definitions leaves p alone), so it reads as 0. Each such derivative -> an opaque
    value of its own, indexed as it is (∂p/∂x[k, j]), for a proof to be checked without that 0."""
    defined = {str(head(d.target)) for d in defs}
    out = {}
    for e in (lhs, rhs):
        for d in e.atoms(Derivative):
            if len(d.variables) != 1 or not isinstance(d.expr, Indexed) or not isinstance(d.variables[0], Indexed):
                continue
            q, v = d.expr, d.variables[0]
            if str(head(q)) in defined | DATA_NAMES | MATRIX_DATA or head(q) == head(v):
                continue
            extra = set(v.indices) - set(q.indices)
            if any(isinstance(i, sympy.Symbol) and bound_of(i) != M for i in extra):
                out[(q, v)] = sympy.IndexedBase(f"d{head(q)}_d{head(v)}", real=True)[(*q.indices, *v.indices)]
    return {Derivative(q, v): value for (q, v), value in out.items()}


def _reaches(e, v, defs) -> bool:
    """Does ``e`` use the name ``v`` itself (θ), or entries of it with one index (θ_k: then ∂/∂θ is
    the gradient, entry by entry, see ``_derivative``), directly or through the definitions?"""
    return any(v in x.xreplace({a: sympy.Dummy() for a in x.atoms(Indexed)}).free_symbols
               or any(str(a.base.label) == v.name and len(a.indices) == 1 for a in x.atoms(Indexed))
               for x in _reached((e,), defs)[1])


def _indices_of(e) -> set:
    return {i for a in e.atoms(Indexed) for i in a.indices if isinstance(i, sympy.Symbol)}


def _of_one_sample(a, defined: set, excluded=frozenset()) -> bool:
    """Is ``a`` a quantity of one sample (it carries the sample index: z_i) that no definition
    gives, other than the data (x_i, y_i, X_{ij}) and the names ``excluded``?"""
    name = str(head(a))
    return name not in defined and name not in DATA_NAMES and name not in MATRIX_DATA \
        and name not in excluded \
        and any(isinstance(i, sympy.Symbol) and i.name in SAMPLE_INDEX_LETTERS for i in a.indices)


def one_sided_sample(lhs, rhs, defs, variables: frozenset = frozenset(), signed: frozenset = frozenset()):
    """A quantity of one sample defined nowhere (z_i; not the data x_i, y_i, X_{ij}, nor a name
    the document differentiates by, ``variables``), or a quantity the document writes with what
    it depends on or differentiates and defines nowhere (L(β), ∂a_1/∂z_1: one of ``signed``), that
    one side uses, directly or through the definitions, and the other does not; None if none."""
    defined = {str(head(d.target)) for d in defs}
    seen = [reachable((e,), defs) for e in (lhs, rhs)]
    for e in (lhs, rhs):
        entries = sorted(e.atoms(Indexed), key=str)
        labels = {x.base.label for x in entries}  # z of z_i is no quantity of its own
        for a in entries + sorted((x for x in e.atoms(sympy.Symbol) if x not in labels), key=str):
            name = str(head(a))
            if (name in seen[0]) != (name in seen[1]) and (
                    isinstance(a, Indexed) and _of_one_sample(a, defined, variables)
                    or name in signed and name not in defined and name not in variables):
                return a
    return None


def _through_unstated(out, lhs, rhs, defs, timeout, isolate, parameters, domains, seed, condition,
                      mentioned) -> Outcome:
    """A verdict that rests on a quantity being independent of what the step differentiates it
    by, where the document never says so: a sample's quantity defined nowhere (``_unstated``:
    z_i in ∂σ(z_i)/∂w_j), an entry a feature vector's unknown would depend on whole
    (``_vector_derivatives``: ∂p_k/∂x_j), a function of what does not hold the variable
    (``_free_of_variable``: ∂σ(x)/∂θ). A proof must hold also with that dependence (z_i + κ w_j,
    ∂p_k/∂x_j an opaque value: the chain rule does, ∂σ(z_i)/∂w_j = 0 does not), else it is
    undecided; a refutation is undecided too, except for the opaque derivatives (their 0 is what
    the reading gives, not what refutes)."""
    if not (lhs.has(Derivative) or rhs.has(Derivative)):
        return out  # nothing differentiated: nothing read as independent
    from derive.latex.printer import quantity_latex

    found = _unstated(lhs, rhs, defs)
    if found:  # a quantity left general of what it carries (_carriers) had every dependence
        carried = {str(head(d.target)) for d in _carriers((lhs, rhs), defs, {str(head(d.target)) for d in defs})}
        found = [(q, v) for q, v in found if str(head(q)) not in carried]
    if found:
        q, v = found[0]
        detail = (f"cannot check: `{quantity_latex(q)}` is defined nowhere, and the step "
                  f"differentiates through it by `{quantity_latex(v)}`: how it depends on that is "
                  f"not stated")
        swap, refutes = _dependent(found), False
    elif swap := _vector_derivatives(lhs, rhs, defs):
        first = next(iter(swap))
        detail = (f"cannot check: `{quantity_latex(first.expr)}` is defined nowhere, and the step holds "
                  f"only if its derivative by `{quantity_latex(first.variables[0])}` is 0")
        refutes = True
    elif found := _free_of_variable(lhs, rhs, defs):
        q, v = found[0]
        name, by = quantity_latex(q), quantity_latex(v)
        detail = (f"cannot check: the step differentiates by `{by}` a function of `{name}`, in which "
                  f"`{by}` does not occur (as written that derivative is 0), as if `{name}` stood for "
                  f"something that depends on `{by}` (σ(x) written for σ(θᵀx))")
        swap, refutes = _dependent(found), False
    else:
        return out
    if out.verdict is Verdict.REFUTED:
        return out if refutes else Outcome(Verdict.UNDECIDED, detail, seconds=out.seconds)
    try:
        swapped = lhs.xreplace(swap), rhs.xreplace(swap)
    except ValueError:  # the quantity is also what a step differentiates by: no such dependence fits
        return Outcome(Verdict.UNDECIDED, detail, seconds=out.seconds)
    again = _check_equal(*swapped, defs, max(timeout - out.seconds, 0.1),
                         isolate, None, parameters, domains, seed, condition, mentioned)
    if again.verdict.holds:
        return out
    return Outcome(Verdict.UNDECIDED, detail, seconds=out.seconds + again.seconds)


def _dependent(found) -> dict:
    """Each (quantity, variable) of ``found`` as the quantity plus a multiple of the variable
    (z_i + κ w_j): a dependence the document does not rule out."""
    return {a: a + sympy.Symbol(f"kappa_{k}", real=True) * v for k, (a, v) in enumerate(found)}


def _leaves_unknown(out, lhs, rhs, defs, timeout, isolate, alternative, parameters, domains,
                    seed, condition, mentioned) -> Outcome:
    """A verdict that rests on a differentiated leaf being independent (see
    differentiated_leaves), checked again with that leaf's dependence unknown. A refutation is
    undecided where the step then cannot be checked. A step that holds, with a leaf it
    differentiates that no formula puts beside other inputs (L in J = L/m, then ∂L/∂z_i: every
    derivative of L is 0 in that reading, and ∂L/∂z_i = 2 Σ_j ∂L/∂a_j ∂a_j/∂z_i held as 0 = 0),
    is proved only if it holds there too; otherwise undecided."""
    holds = out.verdict.holds
    written = {str(head(d.expr)) for e in (lhs, rhs) for d in e.atoms(Derivative)} if holds else set()
    if holds and not written:
        return out  # (most holding steps: nothing differentiated, no leaf read as independent)
    if parameters is None:
        parameters = independent_names((lhs, rhs), defs)
    exprs = (lhs, rhs, *(d.body for d in defs), *(alternative[:2] if alternative else ()))
    leaves = differentiated_leaves(exprs, parameters)
    if holds:
        leaves = {leaf for leaf in leaves & written if not _an_input(leaf, defs)}
    if not leaves:
        return out
    again = _check_equal(lhs, rhs, defs, max(timeout - out.seconds, 0.1), isolate, alternative,
                         parameters - leaves, domains, seed, condition, mentioned)
    if not holds:
        if again.verdict is Verdict.UNDECIDED and again.detail.startswith("cannot check"):
            return replace(again, seconds=out.seconds + again.seconds)
        return out
    if again.verdict.holds:
        return out
    from derive.latex.printer import point_latex

    names = ", ".join(f"`{point_latex(n)}`" for n in sorted(leaves))
    return Outcome(Verdict.UNDECIDED, f"cannot check: the step holds only if {names} depends on nothing it "
                                      "is differentiated by here (every such derivative is then 0), and "
                                      "nothing the document defines says how it depends on them",
                   seconds=out.seconds + again.seconds)


def _an_input(leaf: str, defs) -> bool:
    """Is ``leaf`` independent by the document's own use: a variable it differentiates by
    elsewhere (in no definition's body: ∂E/∂b_1 written, so ∂b_1/∂w_{11} = 0), or one input
    among others of a definition (b beside m and x in g = y − mx − b)? A leaf that definitions
    only rename or scale (L in J = L/m: beside it only a size) is the quantity itself, whatever
    it depends on."""
    found = False
    for d in defs:
        names = {str(head(a)) for a in d.body.free_symbols | d.body.atoms(Indexed)
                 if not (isinstance(a, sympy.Symbol) and a.is_integer)}
        if leaf in names:
            found = True
            if names - {leaf}:
                return True
    return not found


def _distinct_indices(out, lhs, rhs, defs, timeout, isolate, alternative, parameters, domains,
                      seed, condition, mentioned) -> Outcome:
    """Two index letters in one claim may stand for different indices (∂g_i/∂x_j = −g_i g_j
    written after the case ∂g_i/∂x_i) or for any two (then i = j is a case of it): a claim that
    fails only where they coincide is ambiguous, with the reading under which it holds."""
    free = [s for s in _free_indices((lhs, rhs), size_symbols((lhs, rhs))) if not isinstance(s, sympy.Dummy)]
    pairs = [(a, b) for k, a in enumerate(free) for b in free[k + 1:]]
    # a class j beside the class y_i of sample i (w_j and w_{y_i}): another class, or any
    classes = sorted({(a, y) for a, y in _beside_labels((lhs, rhs)) if a in free}, key=str)
    again, tries = None, [p for p in (classes, pairs) if p and len(p) <= 3]
    for pairs in tries:  # (sample i's class first: the pair the author means)
        apart = sympy.And(*(sympy.Ne(a, b) for a, b in pairs))
        both = apart if condition is None else sympy.And(condition, apart)
        again = _check_equal(lhs, rhs, defs, max(timeout - out.seconds, 0.1), isolate, alternative,
                             parameters, domains, seed, both, mentioned)
        if again.verdict.holds:
            break
    if again is None or not again.verdict.holds:
        return out
    from derive.latex.printer import quantity_latex
    from derive.render.plain import readable

    def shown(x) -> str:
        return readable(quantity_latex(x)) if isinstance(x, Indexed) else str(x)

    where = " and ".join(f"{shown(a)} ≠ {shown(b)}" for a, b in pairs)
    return replace(out, verdict=Verdict.AMBIGUOUS, seconds=out.seconds + again.seconds,
                   detail=f"holds where {where} (different letters, different indices); "
                          f"as written, for any indices: {out.detail}")


def _label_entry(out: Outcome, lhs, rhs, defs) -> Outcome:
    """A refutation that takes a formula written for class j beside sample i's own class
    (ds_j = 𝟙(s_j − s_{y_i} + Δ > 0)) at that class (ds_{y_i}, which the step gives): the author
    may mean it for the other classes only, as the sum over j ≠ y_i it comes from runs;
    undecided, not refuted."""
    table = _table(defs)
    wrt = _differentiated_by(lhs, rhs)
    for a in sorted({x for e in (lhs, rhs) for x in e.atoms(Indexed)}, key=str):
        labels = [k for k in a.indices if isinstance(k, Indexed)]
        if a in wrt or a.base not in table.indexed or not labels \
                or not any(table.indexed[a.base][1].has(k) for k in labels):
            continue  # (s_c = w_c^T x_i is every class's score; ds_j, written beside s_{y_i}, the others')
        from derive.latex.printer import quantity_latex

        general = a.base[table.indexed[a.base][0]]
        return Outcome(Verdict.UNDECIDED, f"cannot check: the step takes the formula for "
                                          f"`{quantity_latex(general)}` at `{quantity_latex(a)}`, sample i's own "
                                          f"class, where it fails; that formula may be meant for the other "
                                          f"classes only")
    return out


def _beside_labels(exprs) -> set:
    """``(j, y_i)`` for an index j that stands where a label y_i stands elsewhere (w_j and
    w_{y_i}, the same place of one name; δ_{j y_i}): two classes, one of them sample i's."""
    places: dict = {}
    for e in exprs:
        for a in e.atoms(Indexed):
            for p, x in enumerate(a.indices):
                places.setdefault((a.base, p), set()).add(x)
    out = {(a, y) for e in exprs for d in e.atoms(sympy.KroneckerDelta)
           for a, y in (d.args[:2], d.args[1::-1]) if isinstance(a, sympy.Symbol) and isinstance(y, Indexed)}
    for xs in places.values():
        out |= {(a, y) for a in xs for y in xs if isinstance(a, sympy.Symbol) and isinstance(y, Indexed)}
    return out


def _sized(lhs, rhs, defs, alternative):
    """Letters used as a sum's bound become sizes (positive integers) everywhere in the step, and
    a letter used both as an index and as a number is the index throughout."""
    exprs = (lhs, rhs, *(d.body for d in defs), *(alternative[:2] if alternative else ()))
    sizes = integer_limits(exprs)
    # (x_n)^i beside w_i: the exponent is that index, not a number of its own named i
    indices = {x.name: x for e in (lhs, rhs) for x in e.atoms(sympy.Symbol)  # ∂/∂w_i's i too
               if x.is_integer and not isinstance(x, sympy.Dummy)}
    sizes.update({x: indices[x.name] for e in (lhs, rhs) for x in e.free_symbols
                  if isinstance(x, sympy.Symbol) and not x.is_integer and x.name in indices})
    if not sizes:
        return lhs, rhs, defs, alternative
    lhs, rhs = lhs.xreplace(sizes), rhs.xreplace(sizes)
    defs = tuple(replace(d, target=d.target.xreplace(sizes), body=d.body.xreplace(sizes)) for d in defs)
    if alternative is not None:
        alternative = (alternative[0].xreplace(sizes), alternative[1].xreplace(sizes), alternative[2])
    return lhs, rhs, defs, alternative


def _under(condition, lhs, rhs, alternative):
    """A condition applied where it can be exactly: ``i = j`` between indices renames j to i.
    What is left is tested point by point (only points where it holds count). Returns
    (condition left, lhs, rhs, alternative, a note for the verdict's detail)."""
    if condition is None:
        return None, lhs, rhs, alternative, ""
    integers = {str(x): x for e in (lhs, rhs) for x in e.atoms(sympy.Symbol) if x.is_integer}
    condition = condition.xreplace({x: integers[x.name] for x in condition.atoms(sympy.Symbol)
                                    if not x.is_integer and x.name in integers})
    rename, rest = {}, []
    wrt = {v for e in (lhs, rhs) for d in e.atoms(Derivative) for v in d.variables}
    named = {x.name for e in (lhs, rhs) for x in written_symbols(e)}
    # i = c, c nowhere in the step: it only names i's value, which restricts nothing
    parts = [c for c in (condition.args if isinstance(condition, sympy.And) else (condition,))
             if not (isinstance(c, sympy.Eq) and all(isinstance(x, sympy.Symbol) for x in c.args)
                     and any(x.name not in named for x in c.args))]
    if not parts:
        return None, lhs, rhs, alternative, ""
    note = f" where {_condition_text(sympy.And(*parts))}"
    for c in parts:
        if isinstance(c, sympy.Eq) and all(isinstance(x, sympy.Symbol) and x.is_integer for x in c.args):
            rename[c.rhs] = c.lhs
        elif isinstance(c, sympy.Eq) and isinstance(c.lhs, (sympy.Symbol, Indexed)) \
                and not getattr(c.lhs, "is_integer", False) and c.rhs.is_Number and c.lhs not in wrt:
            rename[c.lhs] = c.rhs  # y = 1: the claim is about that value (the points cannot hit it)
        else:
            rest.append(c)
    lhs, rhs = _put(lhs, rename), _put(rhs, rename)
    if alternative is not None:
        alternative = (_put(alternative[0], rename), _put(alternative[1], rename), alternative[2])
    left = sympy.And(*rest).xreplace(rename) if rest else None
    return left, lhs, rhs, alternative, note


def _put(expr, values: dict):
    """``expr`` with the values of a condition put in (y = 1, η_K = 0), a sum's end term
    (Σ_{i=1}^K e^{η_i} beside η_K = 0) included."""
    return _peeled(expr, values).xreplace(values)


def _peeled(expr, values: dict):
    """``Σ_{i=1}^{K} e^{η_i}`` where ``η_K = 0`` is given: the last term taken out of the sum,
    Σ_{i=1}^{K−1} e^{η_i} + e^{η_K}, so that the value reaches it (the first term, likewise,
    for an entry at the sum's lower bound)."""
    ends = {(x.base, x.indices[0]) for x in values if isinstance(x, Indexed) and len(x.indices) == 1
            and isinstance(x.indices[0], sympy.Symbol) and not x.indices[0].is_number}
    if not ends or not expr.has(Sum):
        return expr

    def peel(e):
        if not isinstance(e, Sum) or len(e.limits) != 1:
            return e
        (i, lo, hi), body = e.limits[0], e.function
        for b, at in ends:
            if body.has(b[i]) and at in (lo, hi):
                rest = Sum(body, (i, lo + 1, hi)) if at == lo else Sum(body, (i, lo, hi - 1))
                return rest + body.xreplace({i: at})
        return e

    return _bottom_up(expr, peel)


def _values(condition, exprs) -> dict:
    """``y = 1`` in a condition: the value the definitions take there too (unless the step
    differentiates by y)."""
    if condition is None:
        return {}
    wrt = {v for e in exprs for d in e.atoms(Derivative) for v in d.variables}
    return {c.lhs: c.rhs for c in (condition.args if isinstance(condition, sympy.And) else (condition,))
            if isinstance(c, sympy.Eq) and isinstance(c.lhs, (sympy.Symbol, Indexed))
            and not getattr(c.lhs, "is_integer", False) and c.rhs.is_Number and c.lhs not in wrt}


def _one_hot_at(condition, domains: dict | None):
    """``y_k = 1`` in a condition, y one-hot (front matter, or the document says so): every entry
    of y is then ``δ_{jk}``, its other entries 0 (``-\\sum_j y_j \\log s_j = -\\log s_k`` holds
    there). A function putting those values in an expression, or None. A sum's own index that
    is written as the condition's (``\\sum_i t_i \\log S_i`` beside ``t_i = 1``) is another index:
    renamed first, so only the free one is the true class."""
    if condition is None or not domains:
        return None
    hot = {str(c.lhs.base.label): c.lhs.indices
           for c in (condition.args if isinstance(condition, sympy.And) else (condition,))
           if isinstance(c, sympy.Eq) and isinstance(c.lhs, Indexed) and c.rhs == 1
           and domains.get(str(c.lhs.base.label), ("",))[0] == "onehot"}
    if not hot:
        return None
    free = {x for at in hot.values() for i in at for x in i.free_symbols}

    def own(s):
        clash = [v for v in s.variables if v in free]
        # (a fixed dummy_index: the same input gives the same symbols, whatever ran before it)
        return s.xreplace({v: sympy.Dummy(v.name, dummy_index=0, integer=True) for v in clash}) if clash else s

    def put(e):
        e = e.replace(lambda x: isinstance(x, Sum) and any(v in free for v in x.variables), own)
        values = {}
        for a in e.atoms(Indexed):
            at = hot.get(str(a.base.label))
            if at is not None and len(a.indices) == len(at) and a.indices[:-1] == at[:-1]:
                values[a] = sympy.KroneckerDelta(a.indices[-1], at[-1])
        return e.xreplace(values) if values else e

    return put


def _condition_text(condition) -> str:
    """A condition as the text writes it: ``x = 1, y = 0`` for two that hold together."""
    from derive.latex.printer import course_latex

    parts = condition.args if isinstance(condition, sympy.And) else (condition,)
    return f"`{', '.join(course_latex(p) for p in parts)}`"


def _check_equal(lhs, rhs, defs, timeout, isolate, alternative, parameters, domains,
                 seed: int, condition=None, mentioned=None) -> Outcome:
    start = time.perf_counter()
    lhs, rhs, defs, alternative = _sized(lhs, rhs, defs, alternative)
    if (hot := _one_hot_at(condition, domains)) is not None:  # (before y_k's own value: a sum's y_k)
        defs = tuple(replace(d, body=hot(d.body)) for d in defs)
        lhs, rhs = hot(lhs), hot(rhs)
    values = _values(condition, (lhs, rhs))
    if values:
        if any(isinstance(x, Indexed) and any(not i.is_number for i in x.indices) for x in values):
            # η_K = 0 with φ_K = e^{η_K}/Σ_j e^{η_j} defined: the entry appears only once the
            # definitions are in, so they are put in first (then _peeled reaches the sums)
            try:
                table = _table(defs)
                lhs, rhs = expand_definitions(lhs, table), expand_definitions(rhs, table)
            except EvaluationError:
                pass
        defs = tuple(replace(d, body=_put(d.body, values)) for d in defs)
    condition, lhs, rhs, alternative, where = _under(condition, lhs, rhs, alternative)
    domains = _log_domains((lhs, rhs), tuple(d.body for d in defs), domains)
    if parameters is None:
        parameters = independent_names((lhs, rhs), defs)
    alt_exprs = alternative[:2] if alternative is not None else ()
    implicit = implicit_definitions((lhs, rhs, *alt_exprs), defs, parameters)
    pinned = _pinned(lhs, rhs, implicit)
    carried = _carried_words(implicit)
    where += carried.note if carried else ""
    if mentioned is not None:
        # w reached through a quantity left general (_carriers) is what that quantity depends on
        mentioned = mentioned | {str(head(v)) for d in implicit if CARRIED in str(getattr(d.body, "func", ""))
                                 for v in d.body.args if not getattr(v, "is_integer", False)}
        lhs, rhs = _stray(lhs, mentioned), _stray(rhs, mentioned)
    defs = defs + implicit

    def left() -> float:
        return max(0.05, timeout - (time.perf_counter() - start))

    def done(verdict, detail="", **kw) -> Outcome:
        return Outcome(verdict, detail, seconds=time.perf_counter() - start, **kw)

    if lhs.has(*_WORKED) or rhs.has(*_WORKED) or _table(defs).worked:
        try:
            got = run(_phase_integrals, (lhs, rhs, defs, parameters), left(), isolate=isolate)
        except StepTimeout:
            return done(Verdict.UNDECIDED, f"no verdict within the {timeout:g} s budget")
        except Exception as exc:  # every failure becomes a verdict in words
            return done(Verdict.UNDECIDED, f"could not evaluate: {_words(exc)}")
        if got is not None and got[0] in ("again", "open"):
            out = _check_equal(got[1], got[2], (), left(), isolate, None, None, domains, seed, condition)
            if got[0] == "again":
                return out  # every integral worked out: the step as any other
            if not out.verdict.holds:
                return done(Verdict.UNDECIDED, INTEGRALS_OPEN)
            return done(out.verdict, f"{out.detail}, whatever its integrals are worth")
        if got is not None:
            return done(*got)

    try:
        # a float screen first; a step it passes is then proved, or tested at DIGITS digits
        num, proved = run(_phase_screen, (lhs, rhs, defs, parameters, seed, domains, condition),
                          left(), isolate=isolate)
        if num.agree:
            substitute = num.mode == "substituted"
            how = (" after substituting the definitions" if substitute else "") + where
            if proved:
                return done(Verdict.PROVED, f"SymPy shows the difference is 0{how}")
            modes = (True,) if substitute else (False, True)  # as written may have agreed by chance
            num = run(_phase_numeric, (lhs, rhs, defs, parameters, seed, domains, True, modes,
                                       condition), left(), isolate=isolate)
            how = (" after substituting the definitions" if num.mode == "substituted" else "") + where
            if num.agree:
                return done(Verdict.CONSISTENT,
                            f"agrees to {DIGITS - 20}+ digits at {num.points} random points{how}")
        elif not num.points:
            num = run(_phase_numeric, (lhs, rhs, defs, parameters, seed, domains, True,
                                       (False, True), condition), left(), isolate=isolate)
            if num.agree:
                # no float point was real or finite, and the exact test's points all agree: too
                # little to call it consistent (10^{10^{10}} + 1 agrees with 10^{10^{10}} to any
                # digits it keeps), nothing to refute it either
                return done(Verdict.UNDECIDED, "could not test: no point where both sides are real "
                            f"and finite in ordinary arithmetic{where} (they agree at the "
                            f"{num.points} point{'s' if num.points > 1 else ''} worked out exactly)")
    except StepTimeout:
        return done(Verdict.UNDECIDED, f"no verdict within the {timeout:g} s budget")
    except Exception as exc:  # every failure becomes a verdict in words
        return done(Verdict.UNDECIDED, f"could not evaluate: {_words(exc)}")

    if alternative is not None:
        alt_lhs, alt_rhs, hint = alternative
        alt = check_equal(alt_lhs, alt_rhs, defs, timeout=left(), isolate=isolate,
                          parameters=parameters, domains=domains, condition=condition,
                          mentioned=mentioned)
        if alt.verdict.holds:
            return done(Verdict.AMBIGUOUS, hint)

    if carried and not num.unknowns and set(pinned) <= carried.names:
        # it fails for some dependence of a quantity left general; the document's is not stated
        return done(Verdict.UNDECIDED, carried.words)
    apart = _unrelated(implicit)
    if apart and not num.unknowns and not pinned:
        from derive.latex.printer import quantity_latex

        name, (a, b) = apart
        return done(Verdict.UNDECIDED, f"cannot check: `{quantity_latex(name)}` is differentiated by "
                                       f"`{quantity_latex(a)}` and by `{quantity_latex(b)}`, and nothing "
                                       f"the document defines says how one depends on the other")
    if num.unknowns or pinned:  # it may well be right: nothing says what these quantities are
        from derive.latex.printer import point_latex

        vectors = [n.split("|")[0][:-1] for n in num.unknowns if n.split("|")[0].endswith(VECTOR_VARIABLE)]
        if vectors and not pinned:
            name = point_latex(vectors[0])
            return done(Verdict.UNDECIDED, f"cannot check: the step differentiates by `{name}` as a whole, "
                                           f"but what it differentiates holds entries of `{name}` with two "
                                           f"indices (a matrix's): write one entry, as in ∂/∂{name}_{{jk}}")
        strays = list(dict.fromkeys(n[:-1] for n in num.unknowns if n.endswith(STRAY)))
        if strays and not pinned and len(strays) == len(set(num.unknowns)):
            by = point_latex(strays[0])
            return done(Verdict.UNDECIDED, f"cannot check: the step differentiates by `{by}`, but nothing "
                                           f"it differentiates is written with `{by}`, directly or through "
                                           f"what the document defines")
        unlinked = [n for n in num.unknowns if UNLINKED in n]
        if unlinked and not pinned and len(unlinked) == len(num.unknowns):
            what, _, var = unlinked[0].partition(UNLINKED)
            return done(Verdict.UNDECIDED, f"cannot check: `{point_latex(what)}` depends on "
                                           f"`{point_latex(var)}` through nothing the document "
                                           f"defines, yet it is differentiated by it")
        elsewhere = [n[:-1] for n in num.unknowns if n.endswith(ELSEWHERE)]
        if elsewhere and not pinned and len(elsewhere) == len(num.unknowns):
            names = ", ".join(f"`{point_latex(n)}`" for n in elsewhere)
            return done(Verdict.UNDECIDED, f"cannot check: the document defines {names} for other "
                                           f"arguments than the ones it has here")
        shown = list(dict.fromkeys(
            point_latex(_LAYER_KEPT.split(n)[0].split(CARRIED)[0].rstrip(ELSEWHERE).rstrip(STRAY)
                        .removesuffix(IMPLICIT))  # (E_of, the unknown function standing for E: E)
            for n in (*pinned, *num.unknowns) if UNLINKED not in n))
        names = ", ".join(f"`{n}`" for n in shown)
        verb = "is" if len(shown) == 1 else "are"
        example = f"{shown[0]}(…)" if shown[0] in PROBABILITIES else shown[0]  # Pr(…) = …
        also = ""
        if unlinked:  # and others defined nowhere: both said, never the internal name
            what, _, var = unlinked[0].partition(UNLINKED)
            also = (f"; and `{point_latex(what)}` depends on `{point_latex(var)}` through nothing it "
                    "defines, yet it is differentiated by it")
        return done(Verdict.UNDECIDED, f"cannot check: {names} {verb} defined nowhere in the "
                                       f"document (add a formula such as `{example} = …`){also}")

    if not num.points:
        return done(Verdict.UNDECIDED, f"could not test: {num.reason}")
    try:
        why = diagnosis_words(run(_phase_diagnose, (lhs, rhs, defs, parameters),
                                  min(left(), DIAGNOSIS_HARD_SECONDS), isolate=isolate))
    except Exception:  # the diagnosis is optional
        why = ""
    detail = f"differs at a point{where}: left = {num.lhs_value}, right = {num.rhs_value}"
    if why:
        detail = f"{why}; {detail}"
    names = _point_names(num.counterexample, (lhs, rhs, *(x for d in defs for x in (d.target, d.body))))
    return done(Verdict.REFUTED, detail, counterexample={n: v for n, _, v in names},
                counterexample_sympy={s: v for _, s, v in names},
                lhs_value=num.lhs_value, rhs_value=num.rhs_value)


def _log_domains(exprs, bodies: tuple, domains: dict | None) -> dict | None:
    """Where the step is meaningful: a variable whose log is taken is positive, and one with
    ``log(1 − p)`` too is below 1 (y ln p + (1 − y) ln(1 − p): p in (0, 1)). Elsewhere both
    sides are not real, so no point there could decide anything; a domain the front matter
    states wins. ``bodies``: the definitions' (their logs are worked out once per document)."""
    above, below = _logs_in(tuple(exprs))
    defined_above, defined_below = _logs_in(bodies)
    above, below = above | defined_above, below | defined_below
    found = {}
    for name in above | below:
        if name in (domains or {}) or name in DATA_NAMES or name.endswith("hat"):
            continue
        if name in above and name in below:
            found[name] = ("box", *UNIT_INTERVAL)
        elif name in above:
            found[name] = ("box", 0.05, REAL_BOX[1])
    if not found:
        return domains
    return {**(domains or {}), **found}


@lru_cache(maxsize=512)
def _logs_in(exprs: tuple) -> tuple[frozenset, frozenset]:
    """(names under a log, names p under a log(1 − p)) in ``exprs``."""
    above, below = set(), set()
    for e in exprs:
        for f in e.atoms(sympy.log):
            arg = f.args[0]
            if isinstance(arg, (sympy.Symbol, Indexed)):
                above.add(str(head(arg)))
            elif isinstance(arg, sympy.Add) and len(arg.args) == 2 and 1 in arg.args:
                rest = arg - 1
                if isinstance(-rest, (sympy.Symbol, Indexed)):
                    below.add(str(head(-rest)))
    return frozenset(above), frozenset(below)


def _unrelated(implicit):
    """``(name, (a, b))`` for a quantity left general that a step differentiates by two variables
    the document does not relate (∂L/∂w = ∂L/∂z · x with z defined nowhere): whether the step
    holds depends on how z depends on w, so a failure is undecided; None when there is none."""
    for d in implicit:
        if not str(getattr(d.body, "func", "")).endswith(IMPLICIT) or CARRIED in str(d.body.func):
            continue  # a carrier's arguments are its own indices and what it carries
        by_name: dict = {}
        for a in sorted((a for a in d.body.args if isinstance(a, (sympy.Symbol, Indexed))), key=str):
            by_name.setdefault(str(head(a)), a)
        if len(by_name) >= 2:
            first, *_, last = (by_name[k] for k in sorted(by_name))
            return d.target, (first, last)
    return None


class _Carried(NamedTuple):
    """What a verdict says of the quantities ``_carriers`` left general."""

    note: str  # appended to a holding verdict's detail
    words: str  # an undecided verdict's detail
    names: set  # their names


def _carried_words(implicit) -> _Carried | None:
    """For the quantities ``_carriers`` left general: the note a holding verdict carries, the
    words of an undecided one, and their names; None when there are none."""
    from derive.latex.printer import quantity_latex

    found = [d for d in implicit if CARRIED in str(getattr(d.body, "func", ""))]
    if not found:
        return None
    names = ", ".join(f"`{quantity_latex(d.target)}`" for d in found[:3]) + (", …" if len(found) > 3 else "")
    by = ", ".join(dict.fromkeys(f"`{quantity_latex(v)}`" for d in found for v in d.body.args
                                 if not getattr(v, "is_integer", False)))
    note = f", for any way {names} depend{'s' if len(found) == 1 else ''} on {by}"
    words = (f"cannot check: the step differentiates by {by} what the document writes with {names}, "
             f"which it defines nowhere; the step does not hold for every way "
             f"{'it depends' if len(found) == 1 else 'they depend'} on {by}")
    return _Carried(note, words, {str(head(d.target)) for d in found})


def _pinned(lhs, rhs, implicit) -> tuple[str, ...]:
    """Quantities defined nowhere that only one side mentions (∂L/∂ŷ = −y/ŷ + … with L
    unspecified): whether the step holds depends on what they are, so a failure is undecided."""
    out = []
    for d in implicit:
        name = str(head(d.target))
        # ∂C/∂z on both sides, ∂z/∂w on one: what z is decides it (a variable is no mention);
        # an entry, scores_0, is mentioned by its entries, not by the whole vector's name in
        # loss(scores)
        entry = d.target.base if isinstance(d.target, Indexed) else None
        kinds = (Indexed,) if entry is not None else (sympy.Symbol, Indexed)
        sides = [any(a.base == entry if entry is not None else str(head(a)) == name
                     for a in _outside_variables(e).atoms(*kinds)) for e in (lhs, rhs)]
        if sides[0] != sides[1]:
            out.append(name)
    return tuple(sorted(out))


def _outside_derivatives(expr) -> set:
    """The names and indexed names of ``expr`` that stand outside every derivative."""
    out, todo = set(), [expr]
    while todo:
        e = todo.pop()
        if isinstance(e, (sympy.Symbol, Indexed)):
            out.add(e)
        elif not isinstance(e, (Derivative, sympy.Subs)):
            todo.extend(e.args)
    return out


def _outside_variables(expr):
    """``expr`` with each derivative's variables out of it (∂C/∂z mentions C, not z)."""
    return expr.replace(lambda x: isinstance(x, Derivative), lambda d: _DERIVATIVE_OF(d.expr)) \
        if expr.has(Derivative) else expr


def _stray(expr, mentioned: frozenset):
    """∂A/∂v where the document mentions v nowhere but as what it differentiates by: most likely
    a slip of notation (∂ŷ/∂ẑ in a note about z), so its value is unknown, never 0."""
    if not expr.has(Derivative):
        return expr

    def swap(d):
        for v in d.variables:
            name = str(head(v))
            if name not in mentioned and name not in DATA_NAMES and not getattr(v, "is_integer", False):
                return _unknown_derivative(d, name + STRAY)
        return d

    return expr.replace(lambda x: isinstance(x, Derivative), swap)


def _sample_positions(exprs) -> dict:
    """For each indexed name, the positions of its indices that are sample indices (written
    ``x^{(i)}``, ``x_i``: an index of the sample family)."""
    out: dict = {}
    for e in exprs:
        for a in e.atoms(Indexed):
            for p, i in enumerate(a.indices):
                if isinstance(i, sympy.Symbol) and i.name[:1] in SAMPLE_INDEX_LETTERS:
                    out.setdefault(str(a.base.label), set()).add(p)
    return out


def _point_names(counterexample, exprs) -> list[tuple[str, str, str]]:
    """(course LaTeX name, SymPy name, value) for each coordinate of a counterexample."""
    from derive.latex.printer import point_latex

    samples = _sample_positions(exprs)
    out = []
    for name, indices, value in counterexample or ():
        sympy_name = f"{name}[{', '.join(map(str, indices))}]" if indices else name
        out.append((point_latex(name, indices, samples.get(name, set())), sympy_name, str(value)))
    return out


def _expr(value):
    """A SymPy expression from an expression or a Python number (never from a string)."""
    if isinstance(value, str):
        raise TypeError("check_equal takes SymPy expressions; read LaTeX with derive.latex first")
    return sympy.sympify(value, strict=True)


def check_step(step: Step, definitions: Sequence[Definition] = (), *,
               timeout: float = DEFAULT_TIMEOUT, isolate: bool = True,
               parameters: frozenset | None = None, domains: dict | None = None,
               condition=None, mentioned: frozenset | None = None) -> Outcome:
    """The verdict on one step (its sides must both have been read), under ``condition``."""
    if step.lhs is None or step.rhs is None:
        raise ValueError("check_step needs both sides read")
    return check_equal(step.lhs, step.rhs, definitions, timeout=timeout, isolate=isolate,
                       alternative=step.alternative, parameters=parameters, domains=domains,
                       condition=condition, mentioned=mentioned)


_ACCENT = re.compile(r"\\(hat|bar|tilde)\s*\{?\s*\\?(\w+)\s*\}?")
_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)"
_INTERVAL = re.compile(rf"^[(\[]\s*({_NUMBER}|-?inf|-?∞)\s*,\s*({_NUMBER}|inf|∞)\s*[)\]]$")
_SET = re.compile(r"^\\?\{\s*(-?\d+(?:\s*,\s*-?\d+)+)\s*\\?\}$")


def domains_from(assumptions: dict) -> dict:
    """Sampling domains from a document's front matter: ``y: {0,1}``, ``\\hat{y}: (0, 1)``,
    ``sigma: positive``. Keys not naming a variable and values not understood are ignored
    (sizes such as ``m, n: positive integers`` are integers already)."""
    out = {}
    for key, value in assumptions.items():
        m = _ACCENT.fullmatch(key.strip())
        name = m.group(2) + m.group(1) if m else key.strip().lstrip("\\").strip("{} ")
        domain = _domain(value.strip().lower())
        if domain is not None and name:
            out[name] = domain
    return out


def _domain(value: str):
    value = value.replace("\\infty", "inf").replace("−", "-")
    if value in ("positive", "> 0", ">0"):
        return ("box", 0.05, REAL_BOX[1])
    if value in ("negative", "< 0", "<0"):
        return ("box", REAL_BOX[0], -0.05)
    if value in ("one-hot", "onehot", "one hot", "a one-hot vector"):
        return ("onehot",)
    if value in ("probability", "a probability"):
        return ("box", *UNIT_INTERVAL)
    if (m := _SET.match(value)) is not None:
        return ("set", tuple(int(v) for v in m.group(1).replace(" ", "").split(",")))
    if (m := _INTERVAL.match(value)) is not None:
        lo, hi = (float(v.replace("∞", "inf")) for v in m.groups())
        lo, hi = max(lo, REAL_BOX[0] * 5), min(hi, REAL_BOX[1] * 5)
        if lo < hi:
            pad = (hi - lo) * 0.025  # open ends: stay off the boundary
            return ("box", lo + pad, hi - pad)
    return None
