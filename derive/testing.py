"""pytest assertions of symbolic equality, for course repositories that keep their notes right.

>>> from derive.testing import assert_equivalent
>>> assert_equivalent(r"\\frac{e^{-z}}{(1+e^{-z})^2}", r"\\sigma(z)(1-\\sigma(z))")

Each assertion passes when the checker finds the claim proved or consistent, and otherwise raises
``AssertionError`` with a message written for a person reading pytest output: both sides, the
verdict, and a counterexample point with both values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from sympy.core.function import AppliedUndef

from derive.derivation import Definition, Outcome, Verdict
from derive.errors import DeriveError, LatexError

__all__ = ["assert_equivalent", "assert_gradient", "assert_derivation", "DerivationFailure"]


class DerivationFailure(AssertionError):
    """A derivation document with steps that do not hold (its message lists them)."""


def _read_side(value, defined_functions=frozenset()):
    """(expr, alternative, hint, text) from a SymPy expression or a course-notation string."""
    if isinstance(value, str):
        from derive.latex.notation import parse_side

        side = parse_side(value, defined_functions=defined_functions)
        if getattr(side, "expr", None) is None:
            raise LatexError("an elided step (\\dots) cannot be compared", value, 0)
        return side.expr, side.alternative, side.hint, value
    import sympy

    expr = sympy.sympify(value, strict=True)
    return expr, None, None, sympy.sstr(expr)


def _definitions(definitions) -> tuple[tuple[Definition, ...], frozenset[str]]:
    """Definitions from Definition objects, ``"name = expr"`` strings, or a {name: expr} map,
    and the names among them that are functions (``f(h) = …``)."""
    if not definitions:
        return (), frozenset()
    if isinstance(definitions, Mapping):
        items = [f"{k} = {v}" if isinstance(v, str) else (k, v) for k, v in definitions.items()]
    else:
        items = list(definitions)
    out, texts, functions = [], [], set()
    for d in items:
        if isinstance(d, Definition):
            out.append(d)
            if isinstance(d.target, AppliedUndef):
                functions.add(str(d.target.func))
        elif isinstance(d, str):
            texts.append(d)
        else:
            raise TypeError(f"cannot read a definition from {d!r}")
    if texts:
        from derive.latex.document import read_document

        doc = read_document("\n\n".join(f"$${t}$$" for t in texts), "<definitions>")
        if doc.errors:
            raise doc.errors[0]
        if len(doc.definitions) != len(texts):
            raise DeriveError("each definition must read 'name = expression', e.g. "
                              "'\\hat{y} = \\sigma(z)'")
        out.extend(doc.definitions)
        functions |= doc.defined_functions
    return tuple(out), frozenset(functions)


def _message(verdict: str, left: str, right: str, outcome: Outcome | None, extra: str = "") -> str:
    lines = [f"not equivalent ({verdict})", f"  left:  {left}", f"  right: {right}"]
    if outcome is not None:
        from derive.render.plain import readable, spans

        if outcome.counterexample:
            point = ", ".join(f"{readable(k)} = {v}" for k, v in outcome.counterexample.items())
            lines.append(f"  counterexample: {point}")
            lines.append(f"    left = {outcome.lhs_value}, right = {outcome.rhs_value}")
        detail = outcome.detail.split("; differs at a point")[0]
        if detail and not detail.startswith("differs at a point"):
            lines.append(f"  {spans(detail)}")
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def assert_equivalent(a, b, *, definitions=None, assumptions: Mapping | None = None,
                      timeout: float = 5.0) -> Outcome:
    """Assert ``a = b`` (SymPy expressions or course-notation LaTeX), under ``definitions``.

    Returns the checker's Outcome (proved or consistent) so a test can look closer.
    ``assumptions`` work as a document's front matter does: ``{"y": "{0,1}"}``,
    ``{"\\hat{y}": "(0, 1)"}``, ``{"sigma": "positive"}``, ``{"y": "one-hot"}``; one the checker
    does not understand raises ``DeriveError`` rather than being ignored.
    """
    __tracebackhide__ = True  # a failure shows its message, not derive's own frames
    from derive.check.equivalence import check_equal, domains_from

    domains = None
    if assumptions:
        domains = {}
        for key, value in assumptions.items():
            one = domains_from({str(key): str(value)})
            if not one:
                raise DeriveError(f"assumption {key}: {value} is not understood (write a set "
                                  "such as {0,1}, an interval such as (0, 1), positive, "
                                  "negative, probability or one-hot)")
            domains.update(one)
    defs, names = _definitions(definitions)
    try:
        lhs, lalt, lhint, ltext = _read_side(a, names)
        rhs, ralt, rhint, rtext = _read_side(b, names)
    except LatexError as exc:
        raise AssertionError(f"unreadable LaTeX: {exc.reason}\n{exc.caret()}") from None
    alternative = None
    if lalt is not None or ralt is not None:
        alternative = (lalt if lalt is not None else lhs, ralt if ralt is not None else rhs,
                       "; ".join(h for h in (lhint, rhint) if h))
    out = check_equal(lhs, rhs, defs, timeout=timeout, alternative=alternative, domains=domains)
    if out.verdict.holds:
        return out
    if out.verdict is Verdict.AMBIGUOUS:
        raise AssertionError(_message("ambiguous", ltext, rtext, None, f"  {out.detail}"))
    raise AssertionError(_message(out.verdict.value, ltext, rtext, out))


def assert_gradient(loss: str, activation: str, *, dw=None, db=None, input: str = "linear",
                    reduction: str = "mean") -> None:
    """Assert the engine's closed forms of ∂J/∂w_j and ∂J/∂b equal ``dw`` and ``db``.

    ``dw``/``db`` are the per-sample summands (what multiplies under (1/m) Σ_i for ``mean``),
    as LaTeX in course notation (``(\\hat{y} - y) x_j``) or SymPy in the symbols yhat, y, x_j.
    """
    __tracebackhide__ = True
    from derive.engine import derive_gradient
    from derive.model import model

    result = derive_gradient(model(loss, activation, input, reduction))
    from derive.latex.printer import course_latex
    from derive.render.unicode import maths

    for name, want, got in (("∂J/∂w_j", dw, result.dw.per_sample),
                            ("∂J/∂b", db, result.db.per_sample)):
        if want is None:
            continue
        expected = _per_sample(_read_side(want)[0])
        try:
            assert_equivalent(got, expected)
        except AssertionError as exc:
            raise AssertionError(
                f"{name} for {loss}/{activation}: derived {maths(course_latex(got))}, expected "
                f"{maths(course_latex(expected))}\n" + str(exc)) from None


def _per_sample(expr):
    """Course notation's ŷ^{(i)}, x_j^{(i)}, x_j -> the engine's per-sample symbols yhat, x_j."""
    import sympy

    from derive.symbols import scalar

    def plain(e):
        name = str(e.base)
        if name == "x" and e.indices:
            return scalar(f"x_{e.indices[-1]}")
        return scalar(name)

    return expr.replace(lambda e: isinstance(e, sympy.Indexed), plain)


def assert_derivation(path: str | Path, *, strict: bool = False, timeout: float = 5.0) -> None:
    """Assert every step of a derivation document holds (ambiguous ones too, unless strict)."""
    __tracebackhide__ = True
    from derive.check.document import check_document, read_path

    checked = check_document(read_path(str(path)), timeout=timeout)
    failing = failures(checked.derivation.steps, strict=strict)
    if failing:
        raise DerivationFailure(describe(checked.path, failing))


def failures(steps: Iterable, *, strict: bool = False) -> list:
    """The steps that make a check fail: refuted, unreadable, undecided (ambiguous if strict)."""
    return [s for s in steps if s.verdict.fails or (strict and s.verdict is Verdict.AMBIGUOUS)]


def describe(path: str, steps: Iterable, cells=None) -> str:
    """The `derive check` diagnosis of failing steps, one block per step (``cells``: a
    notebook's line map, so a place reads ``cell 3:2:26``)."""
    from derive.check.sources import location
    from derive.render.plain import readable, spans

    out = []
    for s in steps:
        first, *rest = (s.outcome.detail or "").split("\n")
        out.append(f"{path}:{location(cells, s.line, s.column)}  {s.verdict.value}  {spans(first)}")
        if s.lhs_latex or s.rhs_latex:
            out.append(f"    {s.lhs_latex}  =  {s.rhs_latex}")
        out.extend(f"    {r}" for r in rest)
        if s.outcome.counterexample:
            point = ", ".join(f"{readable(k)} = {v}" for k, v in s.outcome.counterexample.items())
            out.append(f"    counterexample: {point}")
    return "\n".join(out)
