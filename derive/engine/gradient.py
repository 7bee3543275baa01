"""Chain-rule derivation of ∂J/∂w_j and ∂J/∂b, laid out as seed 001 does, every step checked.

decomposition (definition of J, sum and constant-factor rules, chain rule twice), ∂L/∂ŷ,
∂ŷ/∂z (rewritten in terms of ŷ), ∂z/∂θ, recombination, closed form. The engine computes each
piece; the equivalence checker then gives every step its verdict.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache

import sympy
from sympy import Derivative
from sympy.core.function import AppliedUndef

from derive.derivation import Derivation, Step
from derive.engine.canonical import Product, closed_form
from derive.engine.classes import PARAMETERS as CLASS_PARAMETERS
from derive.engine.classes import SYMBOLS as CLASS_SYMBOLS
from derive.engine.classes import derive_classes
from derive.engine.classes import pieces as class_pieces
from derive.engine.rewrite import YHAT, Z, at_kinks, kinks, output_derivative
from derive.latex.printer import course_latex
from derive.model import Model, Row
from derive.symbols import SAMPLE, base, index, scalar

STEP_TIMEOUT = 5.0  # seconds per step for the checker (the engine's steps take milliseconds)

IS, J_INDEX = SAMPLE, index("j")
J = scalar("J")
Y = scalar("y")
XJ = scalar("x_j")
L, YH, YB, ZB, XB, WB = (base(n) for n in ("L", "yhat", "y", "z", "x", "w"))
PARAMETERS = {"w_j": WB[J_INDEX], "b": scalar("b")}
SYMBOLS = {"w_j": "w_j", "b": "b"}  # how a course writes each parameter


@dataclass(frozen=True)
class Gradient:
    """∂J/∂θ for one parameter: its derivation, and the closed form's per-sample summand."""

    parameter: str  # "w_j" or "b"; with K classes "w_jk" or "b_k"
    derivation: Derivation
    summand: Product  # in course print order, with Indexed quantities (ŷ⁽ⁱ⁾, x_j⁽ⁱ⁾)
    per_sample: sympy.Expr  # the summand in plain symbols yhat, y, x_j (z, f(z) for generic);
    # with K classes yhat[k], y[k] (and yhat[l], y[l] inside a sum over l) beside x_j
    closed: sympy.Expr  # (1/m) Σ_i summand, or Σ_i summand
    vectorised: object | None = None  # derive.engine.vectorise.Vectorised: the matrix form

    @property
    def variable(self) -> sympy.Expr:
        return {**PARAMETERS, **CLASS_PARAMETERS}[self.parameter]

    @property
    def symbol(self) -> str:
        """The parameter as a course writes it: ``w_j``, ``b``, ``w_{jk}``, ``b_k``."""
        return {**SYMBOLS, **CLASS_SYMBOLS}[self.parameter]


@dataclass(frozen=True)
class Result:
    """Both gradients of a model, notes the reader must see, and the numeric cross-check."""

    model: Model
    dw: Gradient
    db: Gradient
    notes: tuple[str, ...]
    numeric: object | None = None  # derive.check.gradcheck.GradCheck


def D(a, b) -> Derivative:
    return Derivative(a, b, evaluate=False)


def _indexed(expr: sympy.Expr) -> sympy.Expr:
    return expr.xreplace({YHAT: YH[IS], Y: YB[IS], Z: ZB[IS], XJ: XB[IS, J_INDEX]})


def _collapse(expr: sympy.Expr) -> sympy.Expr:
    """Σ_k δ_{jk} g(k) -> g(j): the feature j lies in 1..n."""
    def one(s: sympy.Sum):
        (k, _, _), = s.limits
        out = []
        for t in sympy.Add.make_args(sympy.expand(s.function)):
            deltas = [d for d in t.atoms(sympy.KroneckerDelta) if k in d.free_symbols]
            if not deltas:
                out.append(sympy.Sum(t, s.limits))
                continue
            other = (set(deltas[0].args) - {k}).pop()
            out.append((t / deltas[0]).xreplace({k: other}))
        return sympy.Add(*out)
    return expr.replace(lambda e: isinstance(e, sympy.Sum) and e.has(sympy.KroneckerDelta), one)


def _input_derivative(model: Model, parameter: str) -> sympy.Expr:
    return _collapse(sympy.diff(model.input(IS), PARAMETERS[parameter]))


def _plain(expr: sympy.Expr) -> sympy.Expr:
    return expr.xreplace({YH[IS]: YHAT, YB[IS]: Y, ZB[IS]: Z, XB[IS, J_INDEX]: XJ})


@lru_cache(maxsize=None)
def _pieces(model: Model):
    """∂L/∂ŷ, f′(z) as differentiated, f′ as used (in ŷ when possible), whether it was rewritten."""
    dl = at_kinks(sympy.diff(model.loss(Y, YHAT), YHAT))
    raw, used, rewritten = output_derivative(model.activation)
    return dl, raw, used, rewritten


def _plain_classes(expr: sympy.Expr) -> sympy.Expr:
    """x_j⁽ⁱ⁾ -> x_j, ŷ_k⁽ⁱ⁾ -> yhat[k]: one sample's summand, for programs and the checks."""
    expr = expr.xreplace({XB[IS, J_INDEX]: XJ})
    return expr.replace(lambda e: isinstance(e, sympy.Indexed) and len(e.indices) == 2
                        and e.indices[0] == IS, lambda e: e.base[e.indices[1]])


def parameters(model: Model) -> tuple[str, str]:
    """The names of the two gradients: ("w_j", "b"), or ("w_jk", "b_k") with K classes."""
    return ("w_jk", "b_k") if model.classes else ("w_j", "b")


def _matrix_form(model: Model, parameter: str, summand: Product):
    """The gradient's vectorised form, unchecked (None where the rules find none)."""
    from derive.engine.vectorise import NotVectorisable, vectorise

    try:
        return vectorise(model, parameter, summand)
    except NotVectorisable:
        return None


def _derive(model: Model, parameter: str) -> Gradient:
    if model.classes:
        derivation, summand, closed = derive_classes(model, parameter)
        return Gradient(parameter, derivation, summand, _plain_classes(summand.expr), closed,
                        _matrix_form(model, parameter, summand))
    theta = PARAMETERS[parameter]
    dl, raw, used, rewritten = _pieces(model)
    dz = _input_derivative(model, parameter)
    generic = model.activation(Z).has(AppliedUndef)
    product = closed_form(dl, used, _plain(dz), YHAT)
    if generic:  # f′(z) is not a function of ŷ: write the whole summand in z, as seed 000 does
        product = product.xreplace({YHAT: model.activation(Z)})
    summand = product.xreplace({YHAT: YH[IS], Y: YB[IS], Z: ZB[IS], XJ: XB[IS, J_INDEX]})
    cost = model.cost
    chain = D(L[IS], YH[IS]) * D(YH[IS], ZB[IS]) * D(ZB[IS], theta)
    dl_i, raw_i, used_i = _indexed(dl), _indexed(raw), _indexed(used)
    steps = [
        Step(D(J, theta), D(cost(L[IS]), theta), "definition of J"),
        Step(D(J, theta), cost(D(L[IS], theta)), "sum and constant-factor rules"),
        Step(cost(D(L[IS], theta)), cost(D(L[IS], YH[IS]) * D(YH[IS], theta)), "chain rule"),
        Step(cost(D(L[IS], YH[IS]) * D(YH[IS], theta)), cost(chain), "chain rule"),
        Step(D(L[IS], YH[IS]), dl_i, "derivative of the loss"),
        Step(D(YH[IS], ZB[IS]), raw_i, "derivative of the activation"),
    ]
    if rewritten:
        steps.append(Step(raw_i, used_i, "rewritten in terms of the output ŷ"))
    steps.append(Step(D(ZB[IS], theta), dz, "derivative of the linear input"))
    recombined = cost(dl_i * used_i * dz)
    steps.append(Step(cost(chain), recombined, "recombination"))
    closed = cost(summand.expr)
    if sympy.srepr(recombined) != sympy.srepr(closed):
        steps.append(Step(recombined, closed, "simplification"))
    steps.append(Step(D(J, theta), closed, "closed form"))
    title = f"∂J/∂{parameter} for {model.name}"
    derivation = Derivation(title, tuple(steps), model.definitions())
    return Gradient(parameter, derivation, summand, _plain(summand.expr), closed,
                    _matrix_form(model, parameter, summand))


def notes(model: Model) -> tuple[str, ...]:
    """What the reader must know beside the formulas: ascent, and the convention at kinks."""
    out = []
    if model.one_hot:
        out.append("The label y⁽ⁱ⁾ is one-hot: Σ_k y_k⁽ⁱ⁾ = 1 is assumed, and the step that uses "
                   "it says so.")
    if model.loss.maximise:
        out.append(f"{model.loss.name} is maximised: this gradient is for ascent "
                   "(w_j ← w_j + α ∂J/∂w_j).")
    act = (model.activation(Row(ZB, IS), index("k")) if model.classes
           else model.activation(Z))
    for where, expr in (("loss", model.loss(Y, YHAT)), ("activation", act)):
        for u in kinks(expr):
            out.append(f"The {where} has a kink at {course_latex(u)} = 0: the subgradient there "
                       "is taken as 0 (the step is 0 at 0); the numeric check avoids it.")
    return tuple(out)


def derive_gradient(model: Model) -> Result:
    """Both gradients, unverified (each step's outcome None): the pure derivation.

    >>> from derive.model import model
    >>> derive_gradient(model("bce", "sigmoid")).dw.per_sample
    x_j*(-y + yhat)
    """
    w, b = parameters(model)
    return Result(model, _derive(model, w), _derive(model, b), notes(model))


def verify(derivation: Derivation, *, timeout: float = STEP_TIMEOUT,
           assumptions: dict[str, str] | None = None) -> Derivation:
    """Every step with the equivalence checker's verdict: the engine never vouches for itself,
    and no verdict is read back from a file (a stale or forged file could turn one). Identical
    steps (∂L/∂ŷ appears in both gradients) are checked once. ``assumptions``: what the model
    assumes beyond its definitions, as front matter says it (``{"y": "one-hot"}``)."""
    from derive.check.equivalence import check_step, domains_from

    defs = derivation.definitions
    domains = domains_from(assumptions) if assumptions else None
    seen: dict = {}
    steps = []
    for s in derivation.steps:
        k = (s.lhs, s.rhs)
        if k not in seen:
            seen[k] = check_step(s, defs, timeout=timeout, isolate=False, domains=domains)
        steps.append(s.with_outcome(seen[k]))
    return replace(derivation, steps=tuple(steps))


def _checked(model: Model, parameter: str) -> Gradient:
    """Every step verified, and the vectorised form checked by components."""
    from derive.engine.vectorise import check

    g = _derive(model, parameter)
    v = g.vectorised and check(model, g.vectorised, g.closed, numeric=False, timeout=STEP_TIMEOUT)
    return replace(g, derivation=verify(g.derivation, assumptions=model.assumptions()),
                   vectorised=v)


def _both(first, second):
    """``(first(), second())``, the second in a forked process where the system can fork: the
    two gradients are independent, and on two cores this nearly halves a cold run. The child's
    result is what this process would compute (points are seeded by each step's content); if
    the child fails for any reason, this process computes it itself."""
    if not hasattr(os, "fork"):
        return first(), second()
    import pickle

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, leave without running any exit handler
        try:
            os.close(read)
            data = pickle.dumps(second())
            with os.fdopen(write, "wb") as out:
                out.write(data)
        finally:
            os._exit(0)
    os.close(write)
    done = first()
    with os.fdopen(read, "rb") as inp:
        data = inp.read()
    os.waitpid(pid, 0)
    try:
        return done, pickle.loads(data)  # from our own child, never from a file
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return done, second()


def gradient(model: Model, *, check_steps: bool = True, numeric: bool = True) -> Result:
    """Derive, verify every step, and cross-check numerically against finite differences of J."""
    w, b = parameters(model)
    if check_steps:
        # shared by both gradients: worked out once, before they part
        class_pieces(model) if model.classes else _pieces(model)
        dw, db = _both(lambda: _checked(model, w), lambda: _checked(model, b))
        result = Result(model, dw, db, notes(model))
    else:
        result = derive_gradient(model)
    if numeric:
        from derive.check.gradcheck import gradcheck, gradcheck_classes

        check = (gradcheck_classes(model, result.dw.closed, result.db.closed) if model.classes
                 else gradcheck(model, result.dw.per_sample, result.db.per_sample))
        result = replace(result, numeric=check, dw=_matched(model, result.dw),
                         db=_matched(model, result.db))
    return result


def _matched(model: Model, g: Gradient) -> Gradient:
    """The vectorised form compared with the index form at concrete sizes."""
    from derive.engine.vectorise import check

    if g.vectorised is None:
        return g
    return replace(g, vectorised=check(model, g.vectorised, g.closed, symbolic=False))
