"""``derive compare`` as terminal text, JSON and LaTeX, and its figure.

Text and LaTeX say the same things in the same order: each model's gradient; for each pair the
ratio (named when it is an activation's derivative), when the two coincide, whether the updates
point the same way; then where a model stops learning (|∂L/∂z| where its prediction is
confidently wrong).
"""

from __future__ import annotations

import json
import math

import sympy

from derive.engine.canonical import closed_latex
from derive.engine.compare import FPRIME, Z_GRID, Comparison, Entry, Pair, Stall
from derive.latex.printer import course_latex
from derive.render.figure import Series, number
from derive.render.unicode import bracket, maths

F = sympy.Function("f")


def _latex(e: sympy.Expr) -> str:
    """Course LaTeX of a per-sample quantity, f′(z) as a course writes it."""
    return course_latex(e.subs(FPRIME, sympy.Derivative(F(sympy.Symbol("z", real=True)),
                                                        sympy.Symbol("z", real=True))))


def delta_latex(e: Entry) -> str:
    """δ = ∂L/∂z of one sample (∂J/∂b's summand), its factors in the order of the closed form."""
    from derive.render.text import per_sample_latex

    return per_sample_latex(e.result.db)


def derivative_name(pair: Pair) -> str:
    """``σ′(z)``, ``tanh′(z)``, ``f′(z)``: the activation whose derivative the ratio is."""
    if pair.named == "f":
        return "f′(z)"
    act = next(x.model.activation for x in (pair.a, pair.b) if x.model.activation.name == pair.named)
    return maths(act.latex) + "′(z)"


def derivative_latex(pair: Pair) -> str:
    if pair.named == "f":
        return "f'(z)"
    act = next(x.model.activation for x in (pair.a, pair.b) if x.model.activation.name == pair.named)
    return act.latex + "'(z)"


def values_text(s: sympy.Set) -> str:
    """(0, 1/4], {−1}: a set of values as a course writes it."""
    if isinstance(s, sympy.Interval):
        lo = "−∞" if s.start == -sympy.oo else maths(sympy.latex(s.start))
        hi = "∞" if s.end == sympy.oo else maths(sympy.latex(s.end))
        return f"{'(' if s.left_open else '['}{lo}, {hi}{')' if s.right_open else ']'}"
    if isinstance(s, sympy.FiniteSet):
        return "{" + ", ".join(maths(sympy.latex(v)) for v in s) + "}"
    return maths(sympy.latex(s))


def ratio_latex(e: sympy.Expr) -> str:
    """A ratio as a course writes it: 1/(1 − ŷ²), not −1/(ŷ² − 1) (``signed_fraction``)."""
    from derive.engine.rewrite import signed_fraction

    n, d = signed_fraction(e)
    if d == 1:
        return _latex(n)
    return rf"\frac{{{_latex(n)}}}{{{_latex(d)}}}"


def ratio_equation(p: Pair, label=lambda name: name, always: bool = False) -> str | None:
    """The pair's ratio as a LaTeX equation, δ_a/δ_b = … = σ′(z) (``label`` sets a model's name
    for the target format); None when there is none, or it is 1 or −1 and not ``always``."""
    if p.ratio is None or (p.ratio in (1, -1) and not always):
        return None
    named = ""
    if p.named:
        d = derivative_latex(p)
        named = rf" = \frac{{1}}{{{d}}}" if p.reciprocal else f" = {d}"
    return (rf"\frac{{\delta_{{\text{{{label(p.a.name)}}}}}}}{{\delta_{{\text{{{label(p.b.name)}}}}}}}"
            rf" = {ratio_latex(p.ratio)}{named}")


def verdict_sentence(p: Pair) -> str:
    """When the two are equal, the ratio's values, and the updates' direction, as one sentence."""
    equal = f"Equal: {p.coincide}"
    if p.values is not None and p.ratio.free_symbols:
        equal += f"; the ratio takes the values {values_text(p.values)}"
    return equal + ". Updates: " + direction(p) + "."


def headline(p: Pair) -> str:
    """The answer in three words: the same, opposite or different gradients."""
    if p.ratio == 1:
        return "the same gradient"
    if p.ratio == -1:
        return "opposite gradients (the same size, the other sign)"
    return "different gradients"


def _ratio_sentence(p: Pair) -> list[str]:
    """What the ratio is and what it means, one line each."""
    a, b = p.a.name, p.b.name
    if p.ratio is None:
        return [f"no single ratio: {p.coincide}"]
    r = maths(ratio_latex(p.ratio))
    lines = []
    if p.ratio not in (1, -1):
        line = f"{a}'s = {b}'s × {bracket(r)}"
        if p.by_factor and p.a.model.activation != p.b.model.activation:
            line += "   (the factors beside ŷ − y, each in its own model's ŷ)"
        lines.append(line)
    if p.named:
        d = derivative_name(p)
        keeps, other = (b, a) if p.reciprocal else (a, b)
        said = f"{'1/' if p.reciprocal else ''}{d}"
        lines.append(f"  {r + ' = ' if r != said else ''}{said}: {keeps} keeps the factor {d}, "
                     f"which {other} does not have")
    equal = f"equal: {p.coincide}"
    if p.values is not None and p.ratio.free_symbols:
        equal += f"; the ratio takes the values {values_text(p.values)}"
    lines.append(equal)
    lines.append("updates: " + direction(p))
    return lines


def direction(p: Pair) -> str:
    a, b = p.a, p.b
    how = {-1: "descent", 1: "ascent"}
    both = (f"{how[a.direction]} on both" if a.direction == b.direction
            else f"{how[a.direction]} on {a.name}, {how[b.direction]} on {b.name}")
    if p.same_direction is True:
        size = ""
        if (p.values is not None and isinstance(p.values, sympy.Interval)
                and p.values.end.is_finite and p.values.end != 1 and p.values.start >= 0):
            size = (f"; {a.name}'s step is at most {maths(sympy.latex(p.values.end))} of "
                    f"{b.name}'s")
        elif p.ratio is not None and abs(p.ratio) == 1:
            size = "; the same step"
        out = f"the same direction ({both}){size}"
    elif p.same_direction is False:
        out = f"opposite directions ({both})"
    else:
        out = f"not decided in closed form ({both})"
    return out


def _stall_lines(s: Stall) -> list[str]:
    where = f"y = {s.label}, z = {number(s.z)}".replace("-", "−")
    lines = [f"  {where}:"]
    width = max(len(n) for n in s.values)
    shown = {n: (reading(s.yhat[n]), reading(v)) for n, v in s.values.items()}
    left = max(len(y) for y, _ in shown.values())
    right = max(len(v) for _, v in shown.values())
    for name, (yhat, v) in shown.items():
        mark = "  ← stalls: almost no gradient where it is most wrong" if name in s.stalls else ""
        lines.append(f"    {name:<{width}}  ŷ = {yhat:>{left}}   |∂L/∂z| = {v:>{right}}{mark}")
    return lines


def reading(v: float) -> str:
    """A value rounded for reading: four decimals, a true minus sign (full precision is in JSON)."""
    if not math.isfinite(v):
        return "undefined"
    out = f"{v:.4f}" if abs(v) < 1000 else f"{v:.0f}"
    return out.replace("-", "−")


def text(c: Comparison) -> str:
    m0 = c.entries[0].model
    lines = [f"Comparing {', '.join(e.name for e in c.entries)} (input {m0.input.name}, "
             f"reduction {m0.reduction})",
             "δ = ∂L/∂z: the per-sample factor through which each gradient reaches w and b", ""]
    width = max(len(e.name) for e in c.entries)
    for e in c.entries:
        r = e.result
        pad = " " * (width + 2)
        lines.append(f"{e.name:<{width}}  ∂J/∂{maths(r.dw.symbol)} = "
                     f"{maths(closed_latex(e.model.reduction, r.dw.summand))}")
        lines.append(f"{pad}∂J/∂{maths(r.db.symbol)} = "
                     f"{maths(closed_latex(e.model.reduction, r.db.summand))}")
        if not e.model.classes:
            lines.append(f"{pad}δ = ∂L/∂z = {maths(delta_latex(e))}"
                         + ("   (maximised: gradient ascent)" if e.model.loss.maximise else ""))
        steps = [s for g in (r.dw, r.db) for s in g.derivation.steps if s.verdict is not None]
        if steps:
            held = sum(s.verdict.holds for s in steps)
            lines.append(f"{pad}every step checked: {held} of {len(steps)} hold")
        lines.append("")
    for p in c.pairs:
        lines.append(f"{p.a.name} against {p.b.name}: {headline(p)}")
        lines += ["  " + x for x in _ratio_sentence(p)]
        lines.append("")
    if c.stalls:
        lines.append("learning: |∂L/∂z| where the prediction is confidently wrong")
        for s in c.stalls:
            lines += _stall_lines(s)
        lines.append("")
    for n in c.notes:
        lines.append(f"note: {n}")
    return "\n".join(lines).rstrip("\n") + "\n"


def _expr(e: sympy.Expr | None) -> dict | None:
    if e is None:
        return None
    return {"expr": str(e.subs(FPRIME, sympy.Symbol("fprime"))), "latex": _latex(e),
            "text": maths(_latex(e))}


def as_dict(c: Comparison) -> dict:
    models = []
    for e in c.entries:
        m, r = e.model, e.result
        models.append({
            "name": e.name, "loss": m.loss.name, "activation": m.activation.name,
            "input": m.input.name, "reduction": m.reduction, "maximised": m.loss.maximise,
            "dJ_dw": {"parameter": r.dw.symbol, "latex": closed_latex(m.reduction, r.dw.summand),
                      "per_sample": str(r.dw.per_sample)},
            "dJ_db": {"parameter": r.db.symbol, "latex": closed_latex(m.reduction, r.db.summand),
                      "per_sample": str(r.db.per_sample)},
            "delta": None if m.classes else _expr(e.delta),
            "residual_factor": _expr(e.factor),
            "curves": [{"label": cv.label, "z": list(Z_GRID), "abs_dL_dz": _floats(cv.values)}
                       for cv in e.curves],
        })
    pairs = []
    for p in c.pairs:
        pairs.append({
            "a": p.a.name, "b": p.b.name, "ratio": _expr(p.ratio),
            "ratio_of": "residual factors" if p.by_factor else "error signals δ",
            "named": (derivative_name(p) if p.named else None),
            "reciprocal": p.reciprocal,
            "coincide": p.coincide,
            "ratio_values": None if p.values is None else values_text(p.values),
            "same_direction": p.same_direction,
            "updates": direction(p),
        })
    stalls = [{"label": s.label, "z": s.z, "yhat": s.yhat, "abs_dL_dz": s.values,
               "stalls": list(s.stalls)} for s in c.stalls]
    return {"models": models, "pairs": pairs, "learning": stalls, "notes": list(c.notes)}


def _floats(values) -> list[float | None]:
    return [v if math.isfinite(v) else None for v in values]


def render_json(c: Comparison) -> str:
    return json.dumps(as_dict(c), ensure_ascii=False) + "\n"


def latex(c: Comparison) -> str:
    """The closed forms and each pair's ratio as one LaTeX ``align*`` block, the words as
    ``\\text`` beside them."""
    from derive.render.latex import text as tex_text

    rows = []
    for e in c.entries:
        r, m = e.result, e.model
        rows.append(rf"\text{{{tex_text(e.name)}:}}\quad \frac{{\partial J}}{{\partial {r.dw.symbol}}}"
                    rf" &= {closed_latex(m.reduction, r.dw.summand)}")
    for p in c.pairs:
        equation = ratio_equation(p, tex_text, always=True)
        if equation is not None:
            rows.append(equation.replace(" = ", " &= ", 1)
                        + rf"\quad\text{{equal: {tex_text(p.coincide)}}}")
    return "\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}\n"


def series(c: Comparison) -> list[Series]:
    """|∂L/∂z| of every model for each label: colour by model, dash by label."""
    out = []
    for n, e in enumerate(c.entries):
        for cv in e.curves:
            dash = c.labels.index(cv.label)
            out.append(Series(f"{e.name}, y = {cv.label}", Z_GRID, cv.values, colour=n, dash=dash))
    return out


def figure(c: Comparison):
    """|∂L/∂z| of every model against z, both labels, on one set of axes (None: no curve)."""
    from derive.render.figure import Figure, Panel

    drawn = series(c)
    if not drawn:
        return None
    names = ", ".join(e.name for e in c.entries if e.curves)
    return Figure((Panel(tuple(drawn), r"$|\partial L / \partial z|$", "|∂L/∂z|"),),
                  caption=r"$|\partial L/\partial z|$ against $z$ for " + _tex(names)
                  + r": where a curve is near 0 while the prediction is wrong, that model "
                  r"stops learning.",
                  title=f"|∂L/∂z| against z: {names}")


def model_figure(m, loss_curves, grad_curves):
    """A model's loss and |∂L/∂z| against z for both labels, side by side (None: no curve)."""
    from derive.render.figure import Figure, Panel

    if not grad_curves:
        return None
    loss = tuple(Series(f"y = {c.label}", Z_GRID, c.values, colour=0, dash=n)
                 for n, c in enumerate(loss_curves))
    grad = tuple(Series(f"y = {c.label}", Z_GRID, c.values, colour=1, dash=n)
                 for n, c in enumerate(grad_curves))
    name = f"{m.loss.name}/{m.activation.name}"
    return Figure((Panel(loss, "$L$", "L"),
                   Panel(grad, r"$|\partial L / \partial z|$", "|∂L/∂z|")),
                  caption=rf"The loss $L$ (left) and $|\partial L/\partial z|$ (right) of "
                  rf"{_tex(name)} against $z$, for each label.",
                  title=f"{name}: L and |∂L/∂z| against z")


def _tex(s: str) -> str:
    from derive.render.latex import text as tex_text

    return tex_text(s)
