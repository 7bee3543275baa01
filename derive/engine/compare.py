"""Two or more models' gradients set against each other: the question of seed 000.

Every model's gradient reaches the weights through one per-sample factor, the error signal
δ = ∂L/∂z (∂J/∂w_j = (1/m) Σ_i δ⁽ⁱ⁾ x_j⁽ⁱ⁾, ∂J/∂b = (1/m) Σ_i δ⁽ⁱ⁾), so two models' gradients differ
exactly as their δ do. For each pair this module works out

- the ratio δ_A / δ_B, simplified; where both are written as the residual ŷ − y times a factor
  (mse: (ŷ − y) f′(z); bce with a sigmoid: (ŷ − y) · 1) the ratio of those factors, in each model's
  own prediction ŷ, which is how a course compares the two formulas;
- its name when it is one: an activation's derivative (ŷ(1 − ŷ) = σ′(z)), its reciprocal, a sign;
- when the two coincide: solved over the activation's range (ŷ(1 − ŷ) = 1 never holds on (0, 1):
  its values are (0, 1/4]); for an unspecified f, when f′(z) = 1 for every z (the identity);
- whether the two updates point the same way, a maximised objective being climbed (ascent on the
  log-likelihood is descent on bce);

and for each model |δ| against z for two labels (y = 1 and y = 0, or −1), the curve that shows
where a model stops learning: at z = −5 with y = 1, squared error with a sigmoid has |δ| ≈ 0.0066
where cross-entropy has 0.9933.

>>> c = compare([model("mse", "sigmoid"), model("bce", "sigmoid")], check=False)
>>> c.pairs[0].ratio, c.pairs[0].named
(yhat*(1 - yhat), 'sigmoid')
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import sympy
from sympy.core.function import AppliedUndef

from derive.engine.rewrite import YHAT, Z, output_derivative
from derive.errors import SpecError
from derive.model import ACTIVATIONS, LOSSES, Model, clash, model
from derive.symbols import scalar

Y = scalar("y")
FPRIME = sympy.Symbol("fprime", real=True)  # f′(z) of an unspecified activation, as one factor
# The curves: z on a grid of quarter steps (exact in binary, so the values print the same
# everywhere), and the point where a prediction is confidently wrong.
Z_GRID = tuple(k / 4 for k in range(-24, 25))
WRONG_Z = 5.0
STALL = 0.1  # |δ| below this fraction of the error |ŷ − y| where ŷ is confidently wrong: a stall


@dataclass(frozen=True)
class Curve:
    """|∂L/∂z| of one model for one label, sampled on ``Z_GRID``."""

    label: int
    values: tuple[float, ...]

    def at(self, z: float) -> float:
        return self.values[Z_GRID.index(z)]


@dataclass(frozen=True)
class Entry:
    """One model of the comparison: its gradient result, δ = ∂L/∂z per sample (in ŷ, y; an
    unspecified f′(z) as ``FPRIME``), δ's residual factor g (δ = (ŷ − y) g) when it has one,
    and its curves (none for an unspecified activation or K classes)."""

    model: Model
    result: object  # derive.engine.Result
    delta: sympy.Expr
    factor: sympy.Expr | None
    curves: tuple[Curve, ...]

    @property
    def name(self) -> str:
        return f"{self.model.loss.name}/{self.model.activation.name}"

    @property
    def direction(self) -> int:
        """−1: the update goes down the gradient (minimised); +1: up it (maximised)."""
        return 1 if self.model.loss.maximise else -1


@dataclass(frozen=True)
class Pair:
    """Model ``a`` against model ``b``: ratio δ_a / δ_b and what it means."""

    a: Entry
    b: Entry
    ratio: sympy.Expr | None  # None: no single factor (K classes)
    by_factor: bool  # the ratio is of residual factors, each in its own model's ŷ
    named: str | None  # activation name whose derivative the ratio is ("sigma", "f"), or None
    reciprocal: bool  # the ratio is 1/f′ rather than f′
    coincide: str  # when the two gradients are equal, in words
    values: sympy.Set | None  # the ratio's values over the activation's range, where found
    same_direction: bool | None  # do the updates point the same way everywhere?


@dataclass(frozen=True)
class Stall:
    """|δ| of every model at the confidently wrong end for one label."""

    label: int
    z: float
    yhat: dict  # model name -> its prediction there
    values: dict  # model name -> |δ|
    stalls: tuple[str, ...]  # models whose |δ| there is below STALL × their own error |ŷ − y|


@dataclass(frozen=True)
class Comparison:
    entries: tuple[Entry, ...]
    pairs: tuple[Pair, ...]
    labels: tuple[int, ...]
    stalls: tuple[Stall, ...]
    notes: tuple[str, ...]


def models_from(specs: list[str], losses: list[str], activations: list[str],
                input_name: str = "linear", reduction: str = "mean") -> tuple[list[Model], list[str]]:
    """The models to compare: each ``loss/activation`` spec, then every registered pair of the
    ``--loss`` and ``--activation`` lists; pairs whose domains clash are left out with a note.
    SpecError when fewer than two models remain."""
    chosen: list[Model] = []
    notes: list[str] = []
    for spec in specs:
        if spec.count("/") != 1:
            raise SpecError(f"a model is written LOSS/ACTIVATION (mse/sigmoid), not {spec!r}")
        lo, act = spec.split("/")
        chosen.append(model(lo, act, input_name, reduction))
    if losses or activations:
        if not (losses and activations) and not specs:
            raise SpecError("give --loss and --activation (each may be repeated), or models "
                            "written LOSS/ACTIVATION")
        for lo in losses:
            for act in activations:
                why = clash(LOSSES.lookup(lo), ACTIVATIONS.lookup(act))  # unknown names raise
                if why:
                    notes.append(f"{lo}/{act} left out: {why}")
                else:
                    chosen.append(model(lo, act, input_name, reduction))
    unique = list(dict.fromkeys(chosen))
    if len(unique) < 2:
        have = ", ".join(m.name for m in unique) or "none"
        raise SpecError(f"compare needs at least two models (have: {have}); repeat --loss or "
                        "--activation, or name models as mse/sigmoid bce/sigmoid")
    return unique, notes


def compare(models: list[Model], *, check: bool = True, notes=()) -> Comparison:
    """Derive (and, with ``check``, verify) every model and set each pair against each other;
    ``notes``: what the caller has to say first (the pairs ``models_from`` left out)."""
    from derive.engine import derive_gradient, gradient

    entries = []
    for m in models:
        r = gradient(m) if check else derive_gradient(m)
        entries.append(_entry(m, r))
    pairs = tuple(_pair(a, b) for n, a in enumerate(entries) for b in entries[n + 1:])
    labels = tuple(dict.fromkeys(y for m in models if not m.classes for y in _labels(m)))
    stalls = tuple(s for s in (_stall(entries, y) for y in labels) if s is not None)
    notes = tuple(notes) + tuple(f"{e.name}: no curve ({why})" for e in entries
                                 for why in [_no_curve(e.model)] if why)
    return Comparison(tuple(entries), pairs, labels, stalls, notes)


# --------------------------------------------------------------------------- δ and its factor


def _delta(r) -> sympy.Expr:
    """∂L/∂z per sample: ∂J/∂b's summand, f(z) read as ŷ and f′(z) as one factor."""
    d = r.db.per_sample
    fz = [a for a in d.atoms(AppliedUndef)]
    for f in fz:
        d = d.subs(sympy.Derivative(f, Z), FPRIME).subs(f, YHAT)
    return d


def _factor(delta: sympy.Expr) -> sympy.Expr | None:
    """g in δ = (ŷ − y) g, when g does not involve y; else None."""
    if delta.has(sympy.Indexed):
        return None
    g = sympy.factor(sympy.cancel(delta / (YHAT - Y)))
    return None if g.has(Y) or g == 0 else g


def _entry(m: Model, r) -> Entry:
    if m.classes:
        return Entry(m, r, r.db.per_sample, None, ())
    delta = _delta(r)
    curves = () if _no_curve(m) else tuple(Curve(y, _sample(m, delta, y)) for y in _labels(m))
    return Entry(m, r, delta, _factor(delta), curves)


# --------------------------------------------------------------------------- a pair


def _pair(a: Entry, b: Entry) -> Pair:
    if a.model.classes or b.model.classes:
        return Pair(a, b, None, False, None, False,
                    "compared by their closed forms: a K-class gradient has no single factor",
                    None, None)
    by_factor = a.factor is not None and b.factor is not None
    if by_factor:
        ratio = _tidy(a.factor / b.factor)
    elif a.model.activation == b.model.activation:
        ratio = _tidy(a.delta / b.delta)
    else:  # different predictions: only as functions of z
        ratio = _tidy(_in_z(a) / _in_z(b))
    n, d = sympy.fraction(sympy.together(ratio))
    if d.free_symbols and not n.free_symbols:  # say "a = b × ŷ", not "b = a × 1/ŷ" (0 at 1/0)
        a, b, ratio = b, a, _tidy(1 / ratio)
    named, reciprocal = _name(ratio, a, b)
    over = _variable(ratio, a, b, by_factor)
    values = _values(ratio, over)
    coincide = _coincide(ratio, values, over)
    sign = a.direction * b.direction  # +1: both climb or both descend
    same = None
    if values is not None and values != sympy.EmptySet:
        if sign * values.inf >= 0 and sign * values.sup >= 0 and values != sympy.FiniteSet(0):
            same = True
        elif sign * values.inf <= 0 and sign * values.sup <= 0:
            same = False
    return Pair(a, b, ratio, by_factor, named, reciprocal, coincide, values, same)


def _tidy(e: sympy.Expr) -> sympy.Expr:
    """A ratio as a course writes it: factored, a leading minus taken into a bracket."""
    from derive.engine.rewrite import _fewest_ops, _positive

    e = sympy.cancel(e)
    return _fewest_ops(_positive(sympy.factor(e)), sympy.expand(e))


def _in_z(e: Entry) -> sympy.Expr:
    return e.delta.subs(YHAT, e.model.activation(Z))


def _name(ratio: sympy.Expr, a: Entry, b: Entry) -> tuple[str | None, bool]:
    """Which activation's derivative the ratio is (or the reciprocal of)."""
    if ratio == FPRIME:
        return "f", False
    if ratio == 1 / FPRIME:
        return "f", True
    for e in (a, b):
        act = e.model.activation
        if act.name == "generic":
            continue
        raw, used, _ = output_derivative(act)
        for form in dict.fromkeys((used, raw)):  # in this order, each once
            if form.is_constant():
                continue
            if sympy.simplify(ratio - form) == 0:
                return act.name, False
            if sympy.simplify(ratio - 1 / form) == 0:
                return act.name, True
    return None, False


def _variable(ratio: sympy.Expr, a: Entry, b: Entry, by_factor: bool):
    """The one variable the ratio depends on and the set it ranges over: ŷ over the range of the
    activation whose ŷ it is, or z over ℝ; None when there is no such single variable."""
    free = ratio.free_symbols
    if free == {Z}:
        return Z, sympy.S.Reals
    if free == {YHAT}:
        owners = {e.model.activation for e in (a, b) if not by_factor or e.factor.has(YHAT)}
        if len(owners) == 1:
            return YHAT, owners.pop().output.set
    return None


def _values(ratio: sympy.Expr, over) -> sympy.Set | None:
    """The ratio's values: a constant, or its range over its variable; None where not found."""
    if not ratio.free_symbols:
        return sympy.FiniteSet(ratio)
    if over is None:
        return None
    from sympy.calculus.util import function_range

    try:
        return function_range(ratio, *over)
    except (NotImplementedError, ValueError, TypeError):
        return None


def _coincide(ratio: sympy.Expr, values: sympy.Set | None, over) -> str:
    """When the two gradients are equal, in words."""
    if ratio == 1:
        return "always"
    if ratio in (FPRIME, 1 / FPRIME):
        return "only when f′(z) = 1 for every z: the identity activation"
    if values == sympy.FiniteSet(-1):
        return "never: the same size, the other sign"
    if values is not None and values.contains(1) == sympy.false:
        return "never (except where both are 0)"
    if over is not None:
        var, domain = over
        try:
            where = sympy.solveset(ratio.rewrite(sympy.Piecewise) - 1, var, domain)
        except (NotImplementedError, ValueError, TypeError):
            where = None
        if where == domain:
            return "always"
        if where == sympy.EmptySet:
            return "never (except where both are 0)"
        if where is not None and not isinstance(where, sympy.ConditionSet):
            return "only where " + condition(var, where)
    return "not found in closed form (where the ratio is 1)"


def condition(var: sympy.Symbol, where: sympy.Set) -> str:
    """``ŷ > 0``, ``ŷ = 0``, ``0 < ŷ < 1``: a set of values of one variable, in words."""
    name = "ŷ" if var == YHAT else str(var)
    if isinstance(where, sympy.FiniteSet):
        return " or ".join(f"{name} = {v}" for v in sorted(where, key=float))
    if isinstance(where, sympy.Interval):
        lo, hi = where.start, where.end
        left = "<" if where.left_open else "≤"
        right = "<" if where.right_open else "≤"
        if lo == -sympy.oo:
            return f"{name} {right} {hi}"
        if hi == sympy.oo:
            return f"{name} {'>' if where.left_open else '≥'} {lo}"
        return f"{lo} {left} {name} {right} {hi}"
    return f"{name} ∈ {where}"


# --------------------------------------------------------------------------- curves


def _no_curve(m: Model) -> str:
    if m.classes:
        return "K classes"
    if m.activation.name == "generic":
        return "f is unspecified"
    return ""


def _labels(m: Model) -> tuple[int, ...]:
    """Two labels to draw: y = 1 and the other binary label (0, or −1 for a ±1 loss)."""
    return (1, -1) if m.loss.y.discrete == (-1, 1) else (1, 0)


def _rounded(v: float) -> float:
    return float(f"{v:.12g}") if math.isfinite(v) else math.nan


def _no_draw(name, indices):
    raise ValueError(f"{name} has no value on the curve")


def _curve(m: Model, expr: sympy.Expr, label: int):
    """``expr`` with y = label and ŷ = f(z), as a function of z: compiled once by the checker's
    numeric compiler (floats); NaN where it has no real value."""
    from derive.check.numeric import FLOAT, NotEvaluable, NotReal, Point, compile_expr

    fn = compile_expr(expr.subs({Y: label, YHAT: m.activation(Z)}), FLOAT)

    def at(z: float) -> float:
        try:
            return float(fn(Point({Z: z}, _no_draw)))
        except (NotReal, NotEvaluable, ZeroDivisionError, OverflowError, ValueError):
            return math.nan
    return at


def _sample(m: Model, expr: sympy.Expr, label: int, absolute: bool = True) -> tuple[float, ...]:
    """|expr| (or expr) on the grid for label y, rounded to 12 digits so the same input prints
    the same bytes."""
    at = _curve(m, expr, label)
    return tuple(_rounded(abs(at(z)) if absolute else at(z)) for z in Z_GRID)


def model_curves(m: Model, result) -> tuple[tuple[Curve, ...], tuple[Curve, ...]]:
    """For a model report: L and |∂L/∂z| against z, one curve per label (none for an
    unspecified activation or K classes)."""
    if _no_curve(m):
        return (), ()
    delta = _delta(result)
    loss = tuple(Curve(y, _sample(m, m.loss(Y, YHAT), y, absolute=False)) for y in _labels(m))
    return loss, tuple(Curve(y, _sample(m, delta, y)) for y in _labels(m))


def _stall(entries: list[Entry], label: int) -> Stall | None:
    """|δ| where the prediction is confidently wrong for ``label``: z = −5 for y = 1, z = 5 else."""
    drawn = [e for e in entries if any(c.label == label for c in e.curves)]
    if not drawn:
        return None
    z = -WRONG_Z if label == 1 else WRONG_Z
    values = {e.name: next(c for c in e.curves if c.label == label).at(z) for e in drawn}
    yhat = {e.name: _rounded(_curve(e.model, YHAT, label)(z)) for e in drawn}
    stalls = tuple(n for n, v in values.items() if v < STALL * abs(yhat[n] - label))
    return Stall(label, z, yhat, values, stalls)
