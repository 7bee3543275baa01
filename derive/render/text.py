"""Terminal text for a gradient result and for the model registry."""

from __future__ import annotations

import sympy

from derive.derivation import Derivation
from derive.engine import Result
from derive.latex.printer import course_latex, gradient_latex

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
    for g, name in ((r.dw, r"\frac{\partial J}{\partial w_j}"), (r.db, r"\frac{\partial J}{\partial b}")):
        lines.append(f"  {name} = {gradient_latex(m.reduction, g.summand.coefficient, g.summand.factors)}")
        lines.append(f"  per sample: {course_latex(g.per_sample)}")
    for note in r.notes:
        lines.append(f"note: {note}")
    if r.numeric is not None:
        c = r.numeric
        lines.append(f"numeric check: {'passed' if c.passed else 'FAILED'}: {c.detail}")
        if c.kinks:
            lines.append("  points near kinks avoided: " + "; ".join(c.kinks))
    return "\n".join(lines) + "\n"


def latex(r: Result) -> str:
    """The two closed forms as a LaTeX align block."""
    m = r.model
    rows = []
    for g, name in ((r.dw, r"\frac{\partial J}{\partial w_j}"), (r.db, r"\frac{\partial J}{\partial b}")):
        rows.append(f"{name} &= {gradient_latex(m.reduction, g.summand.coefficient, g.summand.factors)}")
    body = " \\\\\n".join(rows)
    notes = "".join(f"% {n}\n" for n in r.notes)
    return f"{notes}\\begin{{align}}\n{body}\n\\end{{align}}\n"


def models(losses, activations, inputs) -> str:
    y, yhat, z = sympy.Symbol("y", real=True), sympy.Symbol("yhat", real=True), sympy.Symbol("z", real=True)
    lines = ["losses:"]
    for lo in losses.values():
        extra = "  (maximised: gradient ascent)" if lo.maximise else ""
        lines.append(f"  {lo.name:<15} L = {course_latex(lo(y, yhat))}   y ∈ {lo.y.text}, "
                     f"ŷ ∈ {lo.yhat.text}{extra}")
    lines.append("activations:")
    for a in activations.values():
        lines.append(f"  {a.name:<15} ŷ = {course_latex(a(z))}   ŷ ∈ {a.output.text}")
    lines.append("inputs:")
    for inp in inputs.values():
        lines.append(f"  {inp.name:<15} z^(i) = {inp.latex}   ({inp.doc})")
    return "\n".join(lines) + "\n"
