"""Finite-difference cross-check of a derived gradient against J itself (the composed model).

J is built from the registered loss, activation and input at small concrete sizes; its central
differences by every w_j and by b are compared with the derived per-sample formula summed the
same way, at seeded random points. Points within ``KINK_MARGIN`` of a kink (relu at z = 0,
hinge at y ŷ = 1: wherever the model has max/abs/Heaviside) are redrawn, because no derivative
exists there. Where float64 cannot decide, the component is re-evaluated with mpmath.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import mpmath
import sympy
from sympy.core.function import AppliedUndef

from derive.engine.rewrite import YHAT, Z, kinks
from derive.model import Model
from derive.symbols import scalar

REL_TOL = 1e-6  # pass threshold; float64 central differences reach ~1e-9 on these models
FD_STEP = 1e-6  # float64 central step: truncation ~h² ≈ 1e-12, rounding ~eps/h ≈ 1e-10
DECIDE = 1e-8  # float64's own error on these models; above it, mpmath decides pass or fail
FLOOR = 1e-8  # below this magnitude both values count as zero (relative error is noise)
MP_DIGITS = 40  # mpmath precision used where float64 cannot decide
MP_STEP = mpmath.mpf("1e-15")  # central step at MP_DIGITS: error ~1e-30, far below REL_TOL
SIZES = ((2, 2), (3, 2), (4, 3))  # (m, n): 1/m and the feature index both vary
POINTS_PER_SIZE = 2  # random points per size
SEED = 20240602  # the same model always gets the same points
KINK_MARGIN = 1e-3  # redraw a point whose kink argument is closer to 0 than this
MAX_DRAWS = 200  # draws per point before giving up on finding one away from the kinks
Y, XJ = scalar("y"), scalar("x_j")


def standin(t: sympy.Expr) -> sympy.Expr:
    """A concrete smooth f for the generic activation (real everywhere, not monotone-trivial)."""
    return sympy.sin(t) + t / 2


@dataclass(frozen=True)
class GradCheck:
    """Verdict of the finite-difference check; ``detail`` names the first failure and why."""

    passed: bool
    max_rel_error: float
    points: int
    detail: str = ""
    kinks: tuple[str, ...] = ()
    rows: tuple = ()  # every Comparison made, where the check keeps them (models with K classes)


def _concrete(expr: sympy.Expr) -> sympy.Expr:
    funcs = {e.func for e in expr.atoms(AppliedUndef)}
    for f in funcs:
        expr = expr.replace(lambda e, f=f: isinstance(e, AppliedUndef) and e.func == f,
                            lambda e: standin(e.args[0]))
    return expr.doit() if funcs else expr


def _compile(expr: sympy.Expr, args, module: str):
    """``expr`` as a function of ``args`` in floats ("math") or mpmath numbers ("mpmath")."""
    from derive.check.numeric import FLOAT, MP, Point, compile_expr

    fn = compile_expr(expr, FLOAT if module == "math" else MP)

    def call(*values):
        return fn(Point(dict(zip(args, values, strict=True)), _no_value))
    return call


def _no_value(name, indices):
    raise ValueError(f"{name} has no value in the finite-difference check")


def _label(rng: random.Random, model: Model):
    dom = model.loss.y
    if dom.discrete:
        return rng.choice(dom.discrete)
    if dom.text.startswith("{0, 1, 2"):
        return rng.randint(0, 4)
    return rng.gauss(0, 1)


@dataclass
class _Point:
    m: int
    n: int
    w: list
    b: float
    x: list
    y: list


def _draw(rng, model, m, n, kink_fns) -> _Point | None:
    for _ in range(MAX_DRAWS):
        w = [rng.gauss(0, 0.7) for _ in range(n)]
        b = rng.gauss(0, 0.5)
        x = [[rng.gauss(0, 1) for _ in range(n)] for _ in range(m)]
        y = [_label(rng, model) for _ in range(m)]
        ok = True
        for i in range(m):
            z = sum(a * c for a, c in zip(x[i], w, strict=False)) + b
            for fn in kink_fns:
                if abs(float(fn(z, y[i]))) < KINK_MARGIN:
                    ok = False
        if ok:
            return _Point(m, n, w, b, x, y)
    return None


def _diagnose(ratios) -> str:
    if not ratios:
        return ""
    values = [r for r, _ in ratios]
    c = values[0]
    if all(abs(r - c) <= 1e-6 * max(1, abs(c)) for r in values):
        if abs(c + 1) < 1e-6:
            return "derived = -1 × finite differences (sign flipped)"
        return f"derived = {c:.6g} × finite differences (a constant factor)"
    if all(abs(r - m) <= 1e-6 * m for r, m in ratios):
        return "derived = m × finite differences (the 1/m is missing)"
    return "derived / finite differences varies from point to point (a wrong factor or term)"


def gradcheck(model: Model, dw: sympy.Expr, db: sympy.Expr, *,
              reduction: str | None = None) -> GradCheck:
    """Compare the derived per-sample summands (in yhat, y, x_j, z) with finite differences of J.

    ``reduction`` is the derived formula's own (default: the model's); planting "sum" in a mean
    model is how a dropped 1/m is shown to fail.
    """
    reduction = reduction or model.reduction
    if model.classes:  # K outputs: the summands in ŷ_k, y_k, x_j, summed over the samples
        from derive.symbols import SAMPLE, M, base, index

        def lifted(g):
            g = g.xreplace({XJ: base("x")[SAMPLE, index("j")]})
            g = g.replace(lambda e: isinstance(e, sympy.Indexed) and len(e.indices) == 1
                          and str(e.base.label) in ("yhat", "y"),
                          lambda e: base(str(e.base.label))[SAMPLE, e.indices[0]])
            total = sympy.Sum(g, (SAMPLE, 1, M))  # the sample count, as the engine writes it
            return total / M if reduction == "mean" else total

        return gradcheck_classes(model, lifted(dw), lifted(db))
    f = model.activation(Z)
    per_sample = _concrete(model.loss(Y, f))
    kink_exprs = [_concrete(k.xreplace({YHAT: f})) for k in kinks(model.loss(Y, YHAT))]
    kink_exprs += [_concrete(k) for k in kinks(f)]
    derived = [_concrete(g.xreplace({YHAT: f})) for g in (dw, db)]
    args = (Z, Y, XJ)
    loss64 = _compile(per_sample, (Z, Y), "math")
    der64 = [_compile(g, args, "math") for g in derived]
    kink_fns = [_compile(k, (Z, Y), "math") for k in kink_exprs]
    rng = random.Random(f"{SEED}/{model.name}")
    worst, points, failures, ratios = 0.0, 0, [], []
    lazy_mp: dict = {}

    def mp_fns():
        if not lazy_mp:
            lazy_mp["loss"] = _compile(per_sample, (Z, Y), "mpmath")
            lazy_mp["der"] = [_compile(g, args, "mpmath") for g in derived]
        return lazy_mp["loss"], lazy_mp["der"]

    for m, n in SIZES:
        for _ in range(POINTS_PER_SIZE):
            p = _draw(rng, model, m, n, kink_fns)
            if p is None:
                return GradCheck(False, float("inf"), points,
                                 f"no point away from the kinks at m={m}, n={n}")
            points += 1
            for comp in range(n + 1):  # w_1..w_n, then b
                err, got, want = _component(p, comp, loss64, der64, model, reduction, float, FD_STEP)
                if err > DECIDE or (abs(got) < FLOOR and abs(want) < FLOOR and err > 0):
                    with mpmath.workdps(MP_DIGITS):
                        lo, de = mp_fns()
                        err, got, want = _component(p, comp, lo, de, model, reduction,
                                                    mpmath.mpf, MP_STEP)
                        err, got, want = float(err), float(got), float(want)
                worst = max(worst, err)
                if err > REL_TOL:
                    name = f"w_{comp + 1}" if comp < n else "b"
                    failures.append(f"∂J/∂{name} at m={m}, n={n}: derived {got:.9g} vs finite "
                                    f"differences {want:.9g}, relative error {err:.2e} > {REL_TOL:g}")
                    if abs(want) > FLOOR:
                        ratios.append((got / want, m))
    from derive.latex.printer import course_latex

    notes = tuple(f"{course_latex(k)} = 0" for k in kink_exprs)
    if failures:
        why = _diagnose(ratios)
        detail = failures[0] + (f"; {why}" if why else "") + (
            f" ({len(failures)} components failed)" if len(failures) > 1 else "")
        return GradCheck(False, worst, points, detail, notes)
    return GradCheck(True, worst, points,
                     f"{points} points, max relative error {worst:.2e} <= {REL_TOL:g}", notes)


def _component(p: _Point, comp: int, loss, der, model: Model, reduction: str, num, h):
    """(relative error, derived, finite difference) for one parameter at one point."""
    m, n = p.m, p.n
    w = [num(v) for v in p.w]
    b = num(p.b)
    x = [[num(v) for v in row] for row in p.x]
    y = [num(v) for v in p.y]

    def cost(w_, b_, scale):
        total = sum(loss(sum(x[i][k] * w_[k] for k in range(n)) + b_, y[i]) for i in range(m))
        return total / m if scale == "mean" else total

    if comp < n:
        up = list(w)
        dn = list(w)
        up[comp] += h
        dn[comp] -= h
        fd = (cost(up, b, model.reduction) - cost(dn, b, model.reduction)) / (2 * h)
    else:
        fd = (cost(w, b + h, model.reduction) - cost(w, b - h, model.reduction)) / (2 * h)
    g = der[0] if comp < n else der[1]
    total = 0
    for i in range(m):
        z = sum(x[i][k] * w[k] for k in range(n)) + b
        xj = x[i][comp] if comp < n else num(1)
        total += g(z, y[i], xj)
    got = total / m if reduction == "mean" else total
    scale = max(abs(got), abs(fd), FLOOR)
    return abs(got - fd) / scale, got, fd


# --------------------------------------------------------------------------- K classes

CLASS_SIZES = ((2, 2, 2), (3, 2, 3), (4, 3, 3))  # (m, n, K): 1/m, the feature and the class vary


@dataclass(frozen=True)
class Comparison:
    """One component of the check at one seeded point (the report's cross-check table)."""

    m: int
    n: int
    point: int  # 1-based number of the point at this size
    parameter: str  # "w_{1,2}", …, "b_3"
    derived: float
    finite_difference: float
    rel_error: float
    K: int = 0


def _through_model(model: Model, expr: sympy.Expr) -> sympy.Expr:
    """ŷ_c⁽ⁱ⁾ and z_c⁽ⁱ⁾ replaced by what the model makes of the parameters and the data."""
    from derive.model import Row
    from derive.symbols import base

    yhat, z = base("yhat"), base("z")
    expr = expr.replace(lambda e: isinstance(e, sympy.Indexed) and e.base == yhat,
                        lambda e: model.activation(Row(z, e.indices[0]), e.indices[1]))
    expr = expr.replace(lambda e: isinstance(e, sympy.Indexed) and e.base == z,
                        lambda e: model.input(e.indices[0], e.indices[1]))
    return _concrete(expr) if expr.has(AppliedUndef) else expr


def _class_point(rng: random.Random, model: Model, m: int, n: int, k: int) -> dict:
    """Seeded weights, biases and data; y one-hot where the model says so, else by its domain."""
    data = {("w", (p, c)): rng.gauss(0, 0.7) for p in range(1, n + 1) for c in range(1, k + 1)}
    data |= {("b", (c,)): rng.gauss(0, 0.5) for c in range(1, k + 1)}
    data |= {("x", (i, p)): rng.gauss(0, 1) for i in range(1, m + 1) for p in range(1, n + 1)}
    for i in range(1, m + 1):
        hot = rng.randint(1, k)
        for c in range(1, k + 1):
            data[("y", (i, c))] = float(c == hot) if model.one_hot else _label(rng, model)
    return data


def gradcheck_classes(model: Model, dw: sympy.Expr, db: sympy.Expr) -> GradCheck:
    """Compare the closed forms of ∂J/∂w_{jk} and ∂J/∂b_k (with their 1/m and sums, in ŷ_k⁽ⁱ⁾,
    y_k⁽ⁱ⁾, x_j⁽ⁱ⁾) with central differences of J itself at seeded points, component by
    component, for K outputs; where float64 cannot decide, mpmath does."""
    from derive.check.numeric import FLOAT, MP, Point, compile_expr
    from derive.model import CLASSES
    from derive.symbols import SAMPLE, M, N, base, index

    q, j, k = index("q"), index("j"), index("k")
    loss = sympy.Sum(model.loss(base("y")[SAMPLE, q], base("yhat")[SAMPLE, q]), (q, 1, CLASSES))
    exprs = [_through_model(model, e) for e in (model.cost(loss), dw, db)]
    kinds = {"float": FLOAT, "mp": MP}
    compiled: dict = {}

    def at(fn, data, env, num):
        return fn(Point(env, lambda name, idx: num(data[(name, tuple(int(v) for v in idx))])))

    def compare(kind, num, h, data, name, idx, env):
        """(relative error, derived, central difference) for one parameter, in one number kind."""
        if kind not in compiled:
            compiled[kind] = [compile_expr(e, kinds[kind]) for e in exprs]
        cost_fn, got_fn = compiled[kind][0], compiled[kind][1 if name == "w" else 2]
        up = {**data, (name, idx): num(data[(name, idx)]) + h}
        down = {**data, (name, idx): num(data[(name, idx)]) - h}
        want = (at(cost_fn, up, env, num) - at(cost_fn, down, env, num)) / (2 * h)
        got = at(got_fn, data, env, num)
        return abs(got - want) / max(abs(got), abs(want), FLOOR), got, want

    rng = random.Random(f"{SEED}/{model.name}")
    worst, points, failures, ratios, rows = 0.0, 0, [], [], []
    for m, n, size in CLASS_SIZES:
        for number in range(1, POINTS_PER_SIZE + 1):
            data = _class_point(rng, model, m, n, size)
            points += 1
            comps = [("w", (p, c)) for p in range(1, n + 1) for c in range(1, size + 1)]
            comps += [("b", (c,)) for c in range(1, size + 1)]
            for name, idx in comps:
                env = {M: m, N: n, CLASSES: size, j: idx[0], k: idx[-1]}
                err, got, want = compare("float", float, FD_STEP, data, name, idx, env)
                if err > DECIDE or (abs(got) < FLOOR and abs(want) < FLOOR and err > 0):
                    with mpmath.workdps(MP_DIGITS):
                        err, got, want = compare("mp", mpmath.mpf, MP_STEP, data, name, idx, env)
                err, got, want = float(err), float(got), float(want)
                worst = max(worst, err)
                shown = f"w_{{{idx[0]},{idx[1]}}}" if name == "w" else f"b_{idx[0]}"
                rows.append(Comparison(m, n, number, shown, got, want, err, size))
                if err > REL_TOL:
                    failures.append(f"∂J/∂{shown} at m={m}, n={n}, K={size}: derived {got:.9g} "
                                    f"vs finite differences {want:.9g}, relative error {err:.2e} "
                                    f"> {REL_TOL:g}")
                    if abs(want) > FLOOR:
                        ratios.append((got / want, m))
    if failures:
        why = _diagnose(ratios)
        detail = failures[0] + (f"; {why}" if why else "") + (
            f" ({len(failures)} components failed)" if len(failures) > 1 else "")
        return GradCheck(False, worst, points, detail, (), tuple(rows))
    return GradCheck(True, worst, points,
                     f"{points} points, max relative error {worst:.2e} <= {REL_TOL:g}", (),
                     tuple(rows))
