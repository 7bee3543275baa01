"""Terminal text for a gradient result and for the model registry."""

from __future__ import annotations

import sympy

from derive.derivation import Derivation
from derive.engine import Result
from derive.engine.canonical import closed_latex
from derive.latex.printer import course_latex, product_latex
from derive.render import vector
from derive.render.plain import spans
from derive.render.unicode import maths

WIDTH = 10  # verdict column


def derivation(d: Derivation, closed: str | None = None, recombined: str | None = None) -> list[str]:
    """Every step in Unicode course notation, the recombination's factors in the order of the
    closed form (``closed``, ``recombined``: those sides as the reports print them)."""
    lines = [maths(d.title.split(" for ")[0]) + (" for " + d.title.split(" for ", 1)[1]
                                                  if " for " in d.title else "")]
    for s in d.steps:
        verdict = s.verdict.value if s.verdict else "unchecked"
        lhs = s.lhs_latex or course_latex(s.lhs)
        rhs = (closed if s.rule == "closed form" and closed
               else recombined if s.rule == "recombination" and recombined
               else s.rhs_latex or course_latex(s.rhs))
        lines.append(f"  [{verdict:<{WIDTH}}] {s.rule}")
        lines.append(f"      {maths(lhs)}")
        lines.append(f"    = {maths(rhs)}")
        if s.outcome and not s.outcome.verdict.holds and s.outcome.detail:
            lines.append(f"      ({spans(s.outcome.detail)})")
    return lines


def result(r: Result) -> str:
    m = r.model
    lines = [f"model: loss {m.loss.name}, activation {m.activation.name}, input {m.input.name}, "
             f"reduction {m.reduction}", ""]
    from derive.render.latex import recombined

    for g in (r.dw, r.db):
        lines += derivation(g.derivation, closed_latex(m.reduction, g.summand),
                            recombined(g, m.reduction))
        lines.append("")
    lines.append("closed forms:")
    for g in (r.dw, r.db):
        lines.append(f"  {maths(partial(g))} = {maths(closed_latex(m.reduction, g.summand))}")
        if g.vectorised is not None:
            lines.append(f"  vectorised: {maths(vector.equation(g.vectorised))}")
            checked = vector.verdict(g.vectorised)
            if checked:
                lines.append(f"    ({spans(checked)})")
        if not m.classes:
            lines.append(f"  per sample: {maths(per_sample_latex(g))}")
    for note in r.notes:
        lines.append(f"note: {note}")
    if r.numeric is not None:
        c = r.numeric
        lines.append(f"numeric check: {'passed' if c.passed else 'FAILED'}: {c.detail}")
        if c.kinks:
            lines.append("  points near kinks avoided: " + "; ".join(c.kinks))
    return "\n".join(lines) + "\n"


def per_sample_latex(g) -> str:
    """One sample's summand (no ⁽ⁱ⁾), its factors in the closed form's order."""
    from derive.engine.canonical import product_latex
    from derive.engine.gradient import IS, J_INDEX, XB, XJ, YB, YH, ZB, Y
    from derive.engine.rewrite import YHAT, Z

    plain = g.summand.xreplace({YH[IS]: YHAT, YB[IS]: Y, ZB[IS]: Z, XB[IS, J_INDEX]: XJ})
    if len(plain.factors) == 1 and plain.coefficient == 1:  # ŷ − y, not (ŷ − y)
        return course_latex(plain.factors[0])
    return product_latex(plain)


def partial(g) -> str:
    r"""``\frac{\partial J}{\partial w_j}`` for a gradient (``w_{jk}``, ``b_k`` with K classes)."""
    return rf"\frac{{\partial J}}{{\partial {g.symbol}}}"


def latex(r: Result) -> str:
    """The whole derivation as LaTeX: each gradient's chains as ``align*`` blocks, every step's
    rule and verdict in its tag (as the report prints them), then the closed forms with their
    vectorised forms as an ``align`` block. Needs amsmath and amssymb."""
    from derive.render import latex as report_latex

    m = r.model
    out = ["% derive gradient: " + m.name + "; needs amsmath and amssymb",
           "\\providecommand{\\rulename}[1]{\\text{\\footnotesize\\itshape #1}}"]
    out += [f"% {n}" for n in r.notes]
    for g in (r.dw, r.db):
        closed = closed_latex(m.reduction, g.summand)
        out.append(f"% {partial(g)}")
        for _, first, steps in report_latex._chains(g.derivation, course_latex, closed,
                                                    report_latex.recombined(g, m.reduction)):
            out.append(report_latex.align(report_latex.rows(first, steps)).rstrip("\n"))
    rows = []
    for g in (r.dw, r.db):
        rows.append(f"{partial(g)} &= {closed_latex(m.reduction, g.summand)}")
        if g.vectorised is not None:
            rows.append(f"{g.vectorised.name} &= {vector.form(g.vectorised)}")
    body = " \\\\\n".join(rows)
    out.append(f"% closed forms\n\\begin{{align}}\n{body}\n\\end{{align}}")
    return "\n".join(out) + "\n"


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
            lines.append(f"  {lo.name:<15} L = {maths(summed)}   y {lo.y.text}, ŷ ∈ {lo.yhat.text}"
                         f"{extra}")
            continue
        if lo.outputs == EACH:
            extra += f"  (with K outputs: L = {maths(summed)})"
        lines.append(f"  {lo.name:<15} L = {maths(course_latex(lo(y, yhat)))}   y ∈ {lo.y.text}, "
                     f"ŷ ∈ {lo.yhat.text}{extra}")
    lines.append("activations:")
    for a in activations.values():
        if a.classes:
            lines.append(f"  {a.name:<15} ŷ_k = {maths(course_latex(a(base('z'), k)))}   ŷ ∈ "
                         f"{a.output.text}, K outputs")
            continue
        lines.append(f"  {a.name:<15} ŷ = {maths(course_latex(a(z)))}   ŷ ∈ {a.output.text}")
    lines.append("inputs:")
    for inp in inputs.values():
        lines.append(f"  {inp.name:<15} z⁽ⁱ⁾ = {maths(inp.latex)}   ({inp.doc})")
        if inp.latex_classes:
            lines.append(f"  {'':<15} z_k⁽ⁱ⁾ = {maths(inp.latex_classes)}   (with K outputs)")
    return "\n".join(lines) + "\n"
