"""Integrals and limits as course notes write them (``\\int p(y; \\eta)\\,dy``, ``\\lim_{h \\to 0}``):
read, worked out where SymPy knows their formula, compared term by term where it does not, and
never refuted on a value derive cannot work out."""

from __future__ import annotations

import mpmath
import pytest
import sympy
from sympy.core.function import AppliedUndef

from derive.check.document import check_document
from derive.check.equivalence import INTEGRALS_OPEN, check_equal
from derive.latex.document import read_document
from derive.latex.notation import parse_side


def steps(text: str):
    return check_document(read_document(text, "notes.md")).derivation.steps


def verdicts(text: str) -> list[str]:
    return [s.verdict.value for s in steps(text)]


@pytest.mark.parametrize("latex, want", [
    (r"\int_0^1 x^2 \mathrm{d}x = \frac{1}{3}", "proved"),
    (r"\int_0^1 x^2\, dx = \frac{1}{2}", "refuted"),
    (r"\int_{0}^{1} t \text{dt} = \frac{1}{2}", "proved"),
    # the normal CDF through erf: worked out by SymPy, then checked as any other step
    (r"\frac{1}{\sqrt{\pi}}\int_{-\infty}^{x} e^{-s^2}ds = \frac{1}{2}(1 + \operatorname{erf}(x))", "proved"),
    (r"\frac{d}{dx}\left(\frac{2}{\sqrt\pi}\int_0^x e^{-t^2}dt\right) = \frac{2}{\sqrt\pi} e^{-x^2}", "proved"),
])
def test_an_integral_with_a_known_formula_is_worked_out(latex, want):
    assert verdicts(f"$${latex}$$\n") == [want]


def test_an_integral_of_an_unknown_density_is_compared_term_by_term():
    """The exponential family's derivations (held-out 254, 264): ∂/∂η under the integral sign,
    the integrand's definition put in, the integral split by linearity."""
    text = ("$$p(y; \\eta) = b(y)\\exp(\\eta y - a(\\eta))$$\n\n"
            "$$\\frac{\\partial}{\\partial\\eta} \\int p(y; \\eta)\\, dy = \\int \\frac{\\partial}{\\partial\\eta} "
            "p(y;\\eta)\\, dy$$\n\n"
            "$$\\int \\frac{\\partial}{\\partial\\eta} p(y;\\eta)\\, dy = \\int p(y; \\eta)(y - a'(\\eta))\\, dy$$\n\n"
            "$$\\int p(y; \\eta)(y - a'(\\eta))\\, dy = \\int y\\, p(y; \\eta)\\, dy"
            " - a'(\\eta)\\int p(y; \\eta)\\, dy$$\n\n"
            "$$\\int p(y; \\eta)(y - a'(\\eta))\\, dy = \\int y\\, p(y; \\eta)\\, dy - a'(\\eta)$$\n")
    got = steps(text)
    assert [s.verdict.value for s in got] == ["proved", "proved", "proved", "undecided"]
    assert got[0].outcome.detail.endswith("(its integrals compared term by term)")
    # ∫ p dy = 1 is what a density is, which derive does not know: never refuted on it
    assert got[3].outcome.detail == INTEGRALS_OPEN


def test_an_integral_derive_cannot_work_out_is_never_refuted():
    y, eta = sympy.symbols("y eta", real=True)
    f = sympy.Function("f")
    out = check_equal(sympy.Integral(f(y, eta), y), sympy.Integral(2 * f(y, eta), y), isolate=False)
    assert out.verdict.value == "undecided" and out.detail == INTEGRALS_OPEN


def test_a_worked_out_integral_agrees_with_quadrature():
    side = parse_side(r"\int_{-1}^{2} \frac{e^y}{1+e^{y}} \mathrm dy").expr
    assert isinstance(side, sympy.Integral)
    exact = side.doit()
    assert abs(float(exact) - float(mpmath.quad(lambda t: mpmath.exp(t) / (1 + mpmath.exp(t)), [-1, 2]))) < 1e-12


@pytest.mark.parametrize("latex, message", [
    (r"\int p(y) = 1", "\\int needs its differential after what it integrates, as in \\int f(y)\\,dy"),
    (r"\iint f(x, y)\, dx\, dy = 1", "\\iint cannot be read; write one \\int for each variable"),
    (r"\int^1 x\, dx = 1", "\\int with an upper bound needs a lower one too"),
    (r"\lim f(x) = 1", "\\lim needs where its variable goes, as in \\lim_{h \\to 0}"),
])
def test_an_integral_or_limit_that_cannot_be_read_says_why(latex, message):
    (step,) = steps(f"$${latex}$$\n")
    assert step.verdict.value == "unreadable"
    assert step.outcome.detail.startswith(message)


@pytest.mark.parametrize("latex, want", [
    (r"\frac{d}{dx}e^{x} = \lim_{h \to 0}\frac{e^{(x+h)}-e^{x}}{h}", "proved"),
    (r"\lim_{h \to 0}\frac{e^{x}(e^{h}-1)}{h} = e^{x}\lim_{h \to 0}\frac{h}{h}", "proved"),
    (r"e = \lim_{n\to \infty}(1 + \frac{1}{n})^{n}", "proved"),
    (r"e = \lim_{h\to \infty}(1 + h)^{\frac{1}{h}}", "refuted"),  # that limit is 1
    (r"\lim_{x \to 0^+} x \log x = 0", "proved"),
    (r"\lim\limits_{z\to -\infty} \frac{1}{1+e^{-z}} = 0", "proved"),
])
def test_a_limit_is_worked_out(latex, want):
    assert verdicts(f"$${latex}$$\n") == [want]


def test_a_limit_of_an_unknown_function_is_undecided():
    text = "$$\\frac{d}{dx} f(x) = \\lim_{h \\to 0}\\frac{f(x + h) - f(x)}{h}$$\n"
    (step,) = steps(text)
    assert step.verdict.value == "undecided" and step.outcome.detail == INTEGRALS_OPEN


def test_a_vector_function_of_the_integrals_variable_keeps_its_argument():
    """`\\int b(y) \\exp(\\boldsymbol{\\eta}^\\top \\mathbf{T}(y))\\,dy` (the exponential family's
    sufficient statistic): T(y) is a vector whose every entry depends on y, never the vector T
    with y dropped, and y inside is the integral's variable."""
    e = parse_side(r"\int b(y)\exp(\boldsymbol{\eta}^\top \mathbf{T}(y))dy").expr
    (var,) = e.variables
    entries = [f for f in e.atoms(AppliedUndef) if str(f.func) == "T"]
    assert entries and all(var in f.args for f in entries)
    assert sympy.diff(e.function, var) != 0
