"""Terminal text for a gradient result and for the model registry."""

from __future__ import annotations

import sympy

from derive.derivation import Derivation
from derive.engine import Result
from derive.engine.canonical import closed_latex
from derive.latex.printer import course_latex, product_latex
from derive.render import vector

WIDTH = 10  # verdict column


def derivation(d: Derivation) -> list[str]:
    lines = [d.title]
    for s in d.steps:
        verdict = s.verdict.value if s.verdict else "unchecked"
        lhs = s.lhs_latex or course_latex(s.lhs)
        rhs = s.rhs_latex or course_latex(s.rhs)
        lines.append(f"  [{verdict:<{WIDTH}}] {s.rule}")
        lines.append(f"      {lhs}")
        lines.append(f"    = {rhs}")
        if s.outcome and not s.outcome.verdict.holds and s.outcome.detail:
            lines.append(f"      ({s.outcome.detail})")
    return lines


def result(r: Result) -> str:
    m = r.model
    lines = [f"model: loss {m.loss.name}, activation {m.activation.name}, input {m.input.name}, "
             f"reduction {m.reduction}", ""]
    for g in (r.dw, r.db):
        lines += derivation(g.derivation)
        lines.append("")
    lines.append("closed forms:")
    for g in (r.dw, r.db):
        lines.append(f"  {partial(g)} = {closed_latex(m.reduction, g.summand)}")
        if g.vectorised is not None:
            lines.append(f"  vectorised: {vector.equation(g.vectorised)}")
            checked = vector.verdict(g.vectorised)
            if checked:
                lines.append(f"    ({checked})")
        if not m.classes:
            lines.append(f"  per sample: {course_latex(g.per_sample)}")
    for note in r.notes:
        lines.append(f"note: {note}")
    if r.numeric is not None:
        c = r.numeric
        lines.append(f"numeric check: {'passed' if c.passed else 'FAILED'}: {c.detail}")
        if c.kinks:
            lines.append("  points near kinks avoided: " + "; ".join(c.kinks))
    return "\n".join(lines) + "\n"


def partial(g) -> str:
    r"""``\frac{\partial J}{\partial w_j}`` for a gradient (``w_{jk}``, ``b_k`` with K classes)."""
    return rf"\frac{{\partial J}}{{\partial {g.symbol}}}"


def latex(r: Result) -> str:
    """The two closed forms, each with its vectorised form, as a LaTeX align block."""
    m = r.model
    rows = []
    for g in (r.dw, r.db):
        rows.append(f"{partial(g)} &= {closed_latex(m.reduction, g.summand)}")
        if g.vectorised is not None:
            rows.append(f"{g.vectorised.name} &= {vector.form(g.vectorised)}")
    body = " \\\\\n".join(rows)
    notes = "".join(f"% {n}\n" for n in r.notes)
    return f"{notes}\\begin{{align}}\n{body}\n\\end{{align}}\n"


def models(losses, activations, inputs) -> str:
    from derive.model.registry import CLASS, EACH
    from derive.symbols import base, index

    y, yhat, z = sympy.Symbol("y", real=True), sympy.Symbol("yhat", real=True), sympy.Symbol("z", real=True)
    k = index("k")
    lines = ["losses:"]
    for lo in losses.values():
        extra = "  (maximised: gradient ascent)" if lo.maximise else ""
        term = lo(base("y")[k], base("yhat")[k])
        sign, term = ("-", -term) if term.could_extract_minus_sign() else ("", term)
        factors = sorted(sympy.Mul.make_args(term), key=lambda f: isinstance(f, sympy.Function))
        summed = rf"{sign}\sum_{{k=1}}^{{K}} " + product_latex(1, factors)
        if lo.outputs == CLASS:
            lines.append(f"  {lo.name:<15} L = {summed}   y {lo.y.text}, ŷ ∈ {lo.yhat.text}{extra}")
            continue
        if lo.outputs == EACH:
            extra += f"  (with K outputs: L = {summed})"
        lines.append(f"  {lo.name:<15} L = {course_latex(lo(y, yhat))}   y ∈ {lo.y.text}, "
                     f"ŷ ∈ {lo.yhat.text}{extra}")
    lines.append("activations:")
    for a in activations.values():
        if a.classes:
            lines.append(f"  {a.name:<15} ŷ_k = {course_latex(a(base('z'), k))}   ŷ ∈ "
                         f"{a.output.text}, K outputs")
            continue
        lines.append(f"  {a.name:<15} ŷ = {course_latex(a(z))}   ŷ ∈ {a.output.text}")
    lines.append("inputs:")
    for inp in inputs.values():
        lines.append(f"  {inp.name:<15} z^(i) = {inp.latex}   ({inp.doc})")
        if inp.latex_classes:
            lines.append(f"  {'':<15} z_k^(i) = {inp.latex_classes}   (with K outputs)")
    return "\n".join(lines) + "\n"
