"""Chain-rule derivation through K outputs (softmax): ∂J/∂w_{jk} and ∂J/∂b_k, every step checked.

w_{jk} and b_k enter the score z_k alone; z_k reaches the loss through every output ŷ_l (the
softmax's shared denominator), so the chain rule sums over l. The Jacobian ŷ_l(δ_{lk} − ŷ_k)
is found by substitution, as for one output. Where the Kronecker delta and the one-hot label
(Σ_l y_l = 1) remove the sum over l, that collapse is the closed form (cross-entropy); where a
sum over l would be left (squared error), the Jacobian sum itself is the closed form.
"""

from __future__ import annotations

from functools import lru_cache

import sympy
from sympy import Derivative, KroneckerDelta

from derive.derivation import Derivation, Step
from derive.engine.canonical import (
    Product,
    Summed,
    _delta_first,
    closed_form,
    closed_latex,
    factor_latex,
    nicest,
)
from derive.engine.rewrite import at_kinks
from derive.model import CLASSES, Model, Row
from derive.symbols import SAMPLE, base, index, scalar

IS, J_INDEX, K_INDEX, L_INDEX = SAMPLE, index("j"), index("k"), index("l")
L, YH, YB, ZB, XB, WB, BB = (base(n) for n in ("L", "yhat", "y", "z", "x", "w", "b"))
J = scalar("J")
PARAMETERS = {"w_jk": WB[J_INDEX, K_INDEX], "b_k": BB[K_INDEX]}
SYMBOLS = {"w_jk": "w_{jk}", "b_k": "b_k"}  # how a course writes the parameter
ONE_HOT_RULE = "Σ_l y_l = 1 (the label is one-hot)"


def D(a, b) -> Derivative:
    return Derivative(a, b, evaluate=False)


def collapse(expr: sympy.Expr) -> sympy.Expr:
    """Σ_r δ_{rk} g(r) -> g(k) in every sum, and a sum's factors free of its index taken out:
    k lies in the sum's range (a class, or a feature)."""
    def one(s: sympy.Sum):
        (r, lo, hi), = s.limits
        out = []
        for t in sympy.Add.make_args(sympy.expand(s.function)):
            deltas = [d for d in t.atoms(KroneckerDelta) if r in d.free_symbols]
            if deltas:
                other = (set(deltas[0].args) - {r}).pop()
                out.append((t / deltas[0]).xreplace({r: other}))
                continue
            inside = [f for f in sympy.Mul.make_args(t) if f.has(r)]
            outside = [f for f in sympy.Mul.make_args(t) if not f.has(r)]
            out.append(sympy.Mul(*outside) * sympy.Sum(sympy.Mul(*inside), (r, lo, hi)))
        return sympy.Add(*out)
    return expr.replace(lambda e: isinstance(e, sympy.Sum) and e.has(KroneckerDelta), one)


def regroup(expr: sympy.Expr) -> sympy.Expr:
    """Terms that share a sum over classes gathered into one sum, each sum's body factored."""
    terms: dict = {}
    rest = []
    for t in sympy.Add.make_args(sympy.expand(expr)):
        sums = [f for f in sympy.Mul.make_args(t) if isinstance(f, sympy.Sum)]
        if len(sums) == 1:
            s = sums[0]
            terms.setdefault(s.limits, []).append((t / s) * s.function)
        else:
            rest.append(t)
    out = sympy.Add(*rest)
    for limits, bodies in terms.items():
        out += sympy.Sum(sympy.factor(sympy.Add(*bodies)), *limits)
    return sympy.factor_terms(out)


def _one_hot(expr: sympy.Expr) -> sympy.Expr:
    """Σ_l y_l⁽ⁱ⁾ -> 1: the assumption a one-hot label brings."""
    return expr.replace(lambda e: isinstance(e, sympy.Sum) and e.function == YB[IS, e.limits[0][0]]
                        and e.limits[0][1:] == (1, CLASSES), lambda e: sympy.Integer(1))


def _no_empty_sums(expr: sympy.Expr) -> sympy.Expr:
    """Σ_p 0 -> 0 (what differentiating a sum by something outside it leaves)."""
    return expr.replace(lambda e: isinstance(e, sympy.Sum) and e.function == 0,
                        lambda e: sympy.Integer(0))


@lru_cache(maxsize=None)
def pieces(model: Model):
    """∂L/∂ŷ_l, ∂ŷ_l/∂z_k as differentiated, the same in terms of ŷ, whether it was rewritten."""
    dl = at_kinks(sympy.diff(model.loss(YB[IS, L_INDEX], YH[IS, L_INDEX]), YH[IS, L_INDEX]))
    row = Row(ZB, IS)
    out_l, out_k = model.activation(row, L_INDEX), model.activation(row, K_INDEX)
    raw = collapse(at_kinks(sympy.diff(out_l, ZB[IS, K_INDEX])))
    used = raw.subs(out_l, YH[IS, L_INDEX]).subs(out_k, YH[IS, K_INDEX])
    if used.has(ZB):
        return dl, raw, raw, False
    used = nicest(sympy.factor(used), YH[IS, L_INDEX]).expr
    return dl, raw, used, True


def closed_summand(model: Model, recombined_body: sympy.Expr, dz: sympy.Expr):
    """(the steps after recombination as (rhs, rule) pairs, the closed summand as a Product)."""
    lead = YH[IS, K_INDEX]
    jacobian_sum = sympy.Sum(recombined_body, (L_INDEX, 1, CLASSES))
    picked = regroup(collapse(jacobian_sum))
    steps = [(picked, "the Kronecker delta picks l = k")]
    if model.one_hot and _one_hot(picked) != picked:
        picked = _one_hot(picked)
        steps.append((picked, ONE_HOT_RULE))
    if picked.has(sympy.Sum):  # the delta could not remove the sum: keep the Jacobian sum
        dl, _, used, _ = pieces(model)
        body = closed_form(dl, used, sympy.Integer(1), YH[IS, L_INDEX])
        first, *rest = body.factors  # the loss's factor, then ŷ_l (δ_{lk} − ŷ_k) as a course has it
        body = Product(body.coefficient,
                       (first, *sorted(rest, key=lambda f: isinstance(f, sympy.Add))))
        tail = () if dz == 1 else (dz,)
        return [], Product(sympy.Integer(1), (Summed(L_INDEX, CLASSES, body),) + tail)
    p = nicest(sympy.factor(picked), lead)
    p = Product(p.coefficient, tuple(sorted(p.factors, key=lambda f: f == dz)))
    return steps, p


def _cost_latex(model: Model, inner: str) -> str:
    return (r"\frac{1}{m} " if model.reduction == "mean" else "") + r"\sum_{i=1}^{m} " + inner


def _in_order(*factors, after_sum: bool = False) -> str:
    """Factors in the chain rule's order; a negative first one bracketed after a Σ."""
    return " ".join(factor_latex(f, first=n == 0 and not after_sum)
                    for n, f in enumerate(factors) if f != 1)


def _shown(expr) -> str:
    from derive.latex.printer import course_latex

    return _delta_first(course_latex(expr), expr)


def derive_classes(model: Model, parameter: str):
    """(derivation, summand Product, closed form) of ∂J/∂θ for θ = w_{jk} or b_k."""
    theta = PARAMETERS[parameter]
    dl, raw, used, rewritten = pieces(model)
    dz = _no_empty_sums(collapse(sympy.diff(model.input(IS, K_INDEX), theta)))
    cost = model.cost
    li, lk = YH[IS, L_INDEX], ZB[IS, K_INDEX]
    through_z = D(L[IS], lk) * D(lk, theta)
    chain = sympy.Sum(D(L[IS], li) * D(li, lk), (L_INDEX, 1, CLASSES)) * D(lk, theta)
    used_factors = sorted(sympy.Mul.make_args(used), key=lambda f: isinstance(f, sympy.Add))
    body = dl * used * dz
    recombined = cost(sympy.Sum(body, (L_INDEX, 1, CLASSES)))
    shown = {  # sides whose SymPy order reads badly: printed in the order of the chain rule
        cost(through_z): _cost_latex(model, _in_order(D(L[IS], lk), D(lk, theta))),
        cost(chain): _cost_latex(model, r"\left(\sum_{l=1}^{K} " + _in_order(D(L[IS], li), D(li, lk))
                                 + r"\right) " + _in_order(D(lk, theta))),
        used: _in_order(*used_factors),
        recombined: _cost_latex(model, r"\sum_{l=1}^{K} " + _in_order(dl, *used_factors, dz,
                                                                     after_sum=True)),
    }
    steps = [
        (D(J, theta), D(cost(L[IS]), theta), "definition of J"),
        (D(J, theta), cost(D(L[IS], theta)), "sum and constant-factor rules"),
        (cost(D(L[IS], theta)), cost(through_z),
         f"chain rule: {SYMBOLS[parameter]} enters the score z_k alone"),
        (cost(through_z), cost(chain), "chain rule through every output ŷ_l"),
        (D(L[IS], li), dl, "derivative of the loss"),
        (D(li, lk), raw, "derivative of the activation"),
    ]
    if rewritten:
        steps.append((raw, used, "rewritten in terms of the output ŷ"))
    steps.append((D(lk, theta), dz, "derivative of the linear input"))
    steps.append((cost(chain), recombined, "recombination"))
    after, summand = closed_summand(model, body, dz)
    last = recombined
    for rhs, rule in after:
        steps.append((last, cost(rhs), rule))
        last = cost(rhs)
    closed = cost(summand.expr)
    shown[closed] = closed_latex(model.reduction, summand)
    if (shown.get(last) or _shown(last)) != shown[closed]:  # not only where x_j is written
        steps.append((last, closed, "simplification"))
    steps.append((D(J, theta), closed, "closed form"))
    out = tuple(Step(a, b, rule, shown.get(a) or _shown(a), shown.get(b) or _shown(b))
                for a, b, rule in steps)
    title = f"∂J/∂{SYMBOLS[parameter]} for {model.name}"
    return Derivation(title, out, model.definitions()), summand, closed
