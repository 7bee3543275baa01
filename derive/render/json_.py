"""The ``derive gradient --format json`` contract: exactly one JSON object per model."""

from __future__ import annotations

import json

from derive.derivation import Derivation
from derive.engine import Gradient, Result
from derive.engine.canonical import closed_latex
from derive.latex.printer import course_latex


def steps(derivation: Derivation) -> list[dict]:
    return [{"lhs": s.lhs_latex or course_latex(s.lhs), "rhs": s.rhs_latex or course_latex(s.rhs),
             "rule": s.rule, "verdict": s.verdict.value if s.verdict else None}
            for s in derivation.steps]


def vectorised(g: Gradient) -> dict | None:
    """The matrix form: its LaTeX, and how it was checked against the index form."""
    from derive.render import vector

    v = g.vectorised
    if v is None:
        return None
    out = {"latex": vector.equation(v), "verdict": v.outcome.verdict.value if v.outcome else None}
    if v.numeric is not None:
        out["numeric_check"] = {"passed": v.numeric.passed, "max_abs_error": v.numeric.max_abs_error,
                                "sizes": v.numeric.sizes}
    return out


def gradient(g: Gradient, reduction: str) -> dict:
    return {"parameter": g.symbol,
            "latex": closed_latex(reduction, g.summand),
            "per_sample": str(g.per_sample),
            "vectorised": vectorised(g),
            "steps": steps(g.derivation)}


def result(r: Result) -> dict:
    m = r.model
    out = {
        "model": {"loss": m.loss.name, "activation": m.activation.name, "input": m.input.name,
                  "reduction": m.reduction},
        "dJ_dw": gradient(r.dw, m.reduction),
        "dJ_db": gradient(r.db, m.reduction),
        "notes": list(r.notes),
    }
    if r.numeric is not None:
        out["numeric_check"] = {"passed": r.numeric.passed,
                                "max_rel_error": r.numeric.max_rel_error,
                                "points": r.numeric.points,
                                "detail": r.numeric.detail,
                                "kinks_avoided": list(r.numeric.kinks)}
    return out


def render(r: Result) -> str:
    """One JSON object (a single line of text plus newline)."""
    return json.dumps(result(r), ensure_ascii=False) + "\n"
