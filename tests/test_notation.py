"""parse_side: course notation -> SymPy, as tables of (LaTeX, expected), bad strings, known gaps."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sympy
from sympy import (
    Abs,
    Derivative,
    Eq,
    Function,
    Integer,
    Max,
    Min,
    Ne,
    Piecewise,
    Product,
    Rational,
    Sum,
    exp,
    log,
    sqrt,
)

from derive.check.document import check_document
from derive.errors import LatexError
from derive.latex.document import read_document
from derive.latex.model import DEFAULT
from derive.latex.notation import ELIDED, MAX_DEPTH, parse_condition, parse_side
from derive.symbols import LargeBinomial, LargeFactorial, LargePower, M, N, base, index, scalar

i, j, k, l_ = index("i"), index("j"), index("k"), index("l")
K0 = sympy.Symbol("k", integer=True, nonnegative=True)  # an index from 0 (a sum from 0 runs over it)
a, b, c, h, p, r, x_, y_, z_ = (scalar(s) for s in "abchprxyz")
J, d_, e_, f_ = scalar("J"), scalar("d"), scalar("e"), scalar("f")
x, y, w, z, L = base("x"), base("y"), base("w"), base("z"), base("L")
yhat, theta = base("yhat"), base("theta")
f, g = Function("f"), Function("g")


def sig(t):
    return 1 / (1 + exp(-t))


def dot(u, v):
    return Sum(u * v, (k, 1, N))


P = pytest.param
EXPRESSIONS = [
    # sample and feature indices: never powers
    P(r"y^{(i)}", y[i], id="sample-index"),
    P(r"x_j^{(i)}", x[i, j], id="feature-then-sample"),
    P(r"x^{(i)}_j", x[i, j], id="sample-then-feature"),
    P(r"x_{j}^{(i)}", x[i, j], id="braced-feature"),
    P(r"L^{(i)}", L[i], id="capital-sample"),
    P(r"y^{(1)}", y[1], id="numeric-sample"),
    P(r"(y^{(i)})^2", y[i] ** 2, id="power-of-sample"),
    P(r"y^{(i)} (1 - y^{(i)})", y[i] * (1 - y[i]), id="sample-times-group"),
    P(r"w_j", w[j], id="feature"),
    P(r"w_{j}", w[j], id="feature-braced"),
    P(r"\theta_j", theta[j], id="greek-feature"),
    P(r"x_1", x[1], id="numeric-feature"),
    P(r"x_{12}", x[12], id="two-digit-feature"),
    P(r"\theta_0", theta[0], id="theta-zero"),
    P(r"x_{ij}", x[i, j], id="two-indices"),
    P(r"x_{i,j}", x[i, j], id="two-indices-comma"),
    P(r"x_{j+1}", x[j + 1], id="shifted-index"),
    # Unicode super- and subscripts, as notes typed without LaTeX write them
    P("x²", x_**2, id="unicode-square"),
    P("x₁ + x₂", x[1] + x[2], id="unicode-subscripts"),
    P("x⁽ⁱ⁾", x[i], id="unicode-sample-index"),
    P("x_j⁽ⁱ⁾", x[i, j], id="unicode-sample-after-feature"),
    P(r"x_{max}", scalar("x_max"), id="word-subscript"),
    P(r"w_b", scalar("w_b"), id="non-index-subscript"),
    # accents and fonts
    P(r"\hat{y}", scalar("yhat"), id="hat"),
    P(r"\hat y", scalar("yhat"), id="hat-unbraced"),
    P(r"\hat{y}^{(i)}", yhat[i], id="hat-sample"),
    P(r"\widehat{y}", scalar("yhat"), id="widehat"),
    P(r"\bar{x}", scalar("xbar"), id="bar"),
    P(r"\overline{x}", scalar("xbar"), id="overline"),
    P(r"\tilde{x}_j", base("xtilde")[j], id="tilde-feature"),
    P(r"\hat{\theta}_j", base("thetahat")[j], id="hat-greek"),
    P(r"\mathcal{L}", scalar("L"), id="mathcal"),
    # dot products
    P(r"\mathbf{x}^{(i)} \cdot \mathbf{w}", dot(x[i, k], w[k]), id="bold-dot"),
    P(r"\mathbf{w} \cdot \mathbf{x}", dot(w[k], x[k]), id="bold-dot-plain"),
    P(r"\theta^T x", dot(theta[k], x[k]), id="theta-T-x"),
    P(r"\theta^{\top}x", dot(theta[k], x[k]), id="theta-top-x"),
    P(r"w^T x^{(i)}", dot(w[k], x[i, k]), id="w-T-x-sample"),
    P(r"\boldsymbol{\theta}^T \mathbf{x}^{(i)}", dot(theta[k], x[i, k]), id="boldsymbol-T"),
    P(r"\textbf{x}^{(i)} \cdot \textbf{w}", dot(x[i, k], w[k]), id="textbf-is-bold"),
    P(r"\vec{x} \cdot \vec{w}", dot(x[k], w[k]), id="vec-dot"),
    P(r"\mathbf{x}^{(i)} \cdot \mathbf{w} + b", dot(x[i, k], w[k]) + b, id="linear-input"),
    P(r"\sum_k x_k w_k + \theta^T x", dot(x[k], w[k]) + Sum(theta[l_] * x[l_], (l_, 1, N)),
      id="dot-takes-fresh-index"),
    P(r"\mathbf{x}_j", x[j], id="bold-component"),
    # notation read as what it writes
    P(r"\sigma^{\prime}(z)", sympy.Derivative(sig(z_), z_), id="sigma-prime-superscript"),
    P(r"\left\{\begin{matrix*}[l] z & z > 0 \\ 0 & z \le 0 \end{matrix*}\right.",
      sympy.Piecewise((z_, z_ > 0), (0, True)), id="matrix-star-cases"),
    P(r"1_{i=j} - p_j", sympy.Piecewise((1, sympy.Eq(i, j)), (0, True)) - base("p")[j], id="indicator-one"),
    P(r"(1 - h)_+", sympy.Max(0, 1 - h), id="positive-part"),
    P(r"\mu_i(1-\mu_i)", base("mu")[i] * (1 - base("mu")[i]), id="entry-times-bracket-of-its-family"),
    P(r"\sigma_i(1 - \sigma_j)", base("sigma")[i] * (1 - base("sigma")[j]), id="sigma-entry-times-bracket"),
    P(r"w_0 + w_1 x + w_2 x^2 + \dotsc + w_M x^M",
      w[0] + w[1] * x_ + Sum(x_**k * w[k], (k, 2, index("M"))), id="series-power-capital-size"),
    P(r"{\partial f \over \partial z}", sympy.Derivative(f_, z_), id="over-derivative"),
    P(r"{1 \over 2} {\partial \over \partial z} z^2", sympy.Derivative(z_**2, z_) / 2, id="over-operator"),
    P(r"\frac{e_i \sum - e_i e_i}{\sum^2}",
      (scalar("Sigma") * base("e")[i] - base("e")[i] ** 2) / scalar("Sigma") ** 2, id="sum-as-name"),
    P(r"2 \mathbf{w} \cdot \mathbf{x}", 2 * dot(w[k], x[k]), id="scaled-dot"),
    # logarithms and exponentials: natural
    P(r"\log x", log(x_), id="log-command"),
    P(r"\ln x", log(x_), id="ln"),
    P(r"log(x)", log(x_), id="bare-log"),
    P(r"ln(1 - \hat{y})", log(1 - scalar("yhat")), id="bare-ln"),
    P(r"\log(\hat{y}^{(i)})", log(yhat[i]), id="log-sample"),
    P(r"\log \left( x \right)", log(x_), id="log-left-right"),
    P(r"\log_2 x", log(x_) / log(2), id="log-base"),
    P(r"e^{-z}", exp(-z_), id="e-power"),
    P(r"e^x", exp(x_), id="e-unbraced"),
    P(r"\exp(-z)", exp(-z_), id="exp"),
    P(r"\exp{-z}", exp(-z_), id="exp-braced"),
    P(r"e", sympy.E, id="euler"),
    P(r"\mathrm{e}^{x}", exp(x_), id="upright-e"),
    # functions
    P(r"\sigma(z)", sig(z_), id="sigmoid"),
    P(r"\sigma(w^T x + b)", sig(dot(w[k], x[k]) + b), id="sigmoid-of-linear"),
    P(r"f(h)", f(h), id="generic-f"),
    P(r"f'(h)", Derivative(f(h), h), id="f-prime"),
    P(r"f''(x)", Derivative(f(x_), (x_, 2)), id="f-double-prime"),
    P(r"g(f(x))", g(f(x_)), id="composition"),
    P(r"h_\theta(x^{(i)})", Function("h_theta")(x[i]), id="h-theta"),
    P(r"h_{\theta}(x)", Function("h_theta")(x_), id="h-theta-braced"),
    P(r"\sigma'(z)", Derivative(sig(z_), z_), id="sigma-prime"),
    P(r"\tanh(z)", sympy.tanh(z_), id="tanh"),
    P(r"\max(0, z)", Max(0, z_), id="max"),
    P(r"\min(a, b)", Min(a, b), id="min"),
    P(r"\operatorname{relu}(z)", Max(0, z_), id="relu"),
    P(r"\text{softplus}(z)", log(1 + exp(z_)), id="softplus-text"),
    P(r"\operatorname{softplus}(z)", log(1 + exp(z_)), id="softplus-operatorname"),
    P(r"\operatorname{foo}(x)", Function("foo")(x_), id="operatorname-unknown"),
    P(r"J(\mathbf{w}, b)", J, id="signature"),
    P(r"L(\hat{y}, y)", scalar("L"), id="signature-names"),
    P(r"y(1-y)", y_ * (1 - y_), id="letter-paren-multiplies"),
    P(r"\hat{y}^{(i)} (1-\hat{y}^{(i)})", yhat[i] * (1 - yhat[i]), id="hat-paren-multiplies"),
    # derivatives (unevaluated: the checker evaluates them along definitions)
    P(r"\frac{\partial J}{\partial w_j}", Derivative(J, w[j]), id="partial-frac"),
    P(r"\frac{\partial}{\partial w_j} J", Derivative(J, w[j]), id="partial-operator"),
    P(r"\frac{d}{dz} z^2", Derivative(z_**2, z_), id="d-operator"),
    P(r"\frac{dy}{dx}", Derivative(y_, x_), id="dy-dx"),
    P(r"\frac{\mathrm{d}}{\mathrm{d}z} z^2", Derivative(z_**2, z_), id="upright-d"),
    P(r"\partial J / \partial w_j", Derivative(J, w[j]), id="slash-form"),
    P(r"\partial_{w_j} J", Derivative(J, w[j]), id="partial-subscript"),
    P(r"\frac{\partial^2 J}{\partial w_j^2}", Derivative(J, (w[j], 2)), id="second-order"),
    P(r"\frac{\partial^2 J}{\partial w_j \partial w_k}", Derivative(J, w[j], w[k]), id="mixed"),
    P(r"\frac{\partial L^{(i)}}{\partial \hat{y}^{(i)}}", Derivative(L[i], yhat[i]), id="dL-dyhat"),
    P(r"\dfrac{\partial J}{\partial b}", Derivative(J, b), id="dfrac"),
    P(r"\frac{\partial}{\partial z} (1 + e^{-z})", Derivative(1 + exp(-z_), z_), id="operator-group"),
    P(r"\frac{\partial}{\partial w_j} \frac{1}{m} \sum_{i=1}^m L^{(i)}",
      Derivative(Sum(L[i], (i, 1, M)) / M, w[j]), id="operator-over-term"),
    P(r"∂J/∂w_j", Derivative(J, w[j]), id="unicode-partial"),
    # sums and products with and without bounds
    P(r"\sum_{i=1}^{m} y^{(i)}", Sum(y[i], (i, 1, M)), id="sum-bounds"),
    P(r"\sum_{i=1}^m y^{(i)}", Sum(y[i], (i, 1, M)), id="sum-unbraced-upper"),
    P(r"\sum_i y^{(i)}", Sum(y[i], (i, 1, M)), id="sum-implicit-m"),
    P(r"\sum_{i} y^{(i)}", Sum(y[i], (i, 1, M)), id="sum-braced-index"),
    # a number summed without an index beside sums over the samples: over them too (m β̂_0);
    # alone it stays unread (see BAD)
    P(r"\sum y_i - \sum \hat{\beta}_0", Sum(y[i], (i, 1, M)) - Sum(base("betahat")[0], (i, 1, M)),
      id="sum-of-a-number-beside-sample-sums"),
    P(r"\sum_k w_k", Sum(w[k], (k, 1, N)), id="sum-implicit-n"),
    P(r"\sum^n_{k=1} w_k", Sum(w[k], (k, 1, N)), id="sum-bounds-swapped"),
    P(r"\sum_{k=0}^{n} w_k", Sum(w[K0], (K0, 0, N)), id="sum-from-zero"),
    P(r"\sum\limits_{i=1}^m y^{(i)}", Sum(y[i], (i, 1, M)), id="sum-limits"),
    P(r"\sum_{i=1}^m a b + c", Sum(a * b, (i, 1, M)) + c, id="sum-scope-term"),
    P(r"\sum_i \sum_k x_k^{(i)}", Sum(Sum(x[i, k], (k, 1, N)), (i, 1, M)), id="nested-sums"),
    P(r"\prod_{i=1}^{m} p_i", Product(base("p")[i], (i, 1, M)), id="prod"),
    P(r"\frac{1}{m}\sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)}) x_j^{(i)}",
      Sum((yhat[i] - y[i]) * x[i, j], (i, 1, M)) / M, id="gradient-closed-form"),
    P(r"\sum_{i=1}^{m}\left(\hat{y}^{(i)} - y^{(i)}\right)", Sum(yhat[i] - y[i], (i, 1, M)),
      id="sum-left-right"),
    # arithmetic, spacing, grouping
    P(r"\frac{1}{m}", 1 / M, id="frac"),
    P(r"\frac12", Rational(1, 2), id="frac-digits"),
    P(r"\frac1m", 1 / M, id="frac-letters"),
    P(r"\left( a + b \right) c", (a + b) * c, id="left-right"),
    P(r"\left[ a + b \right] c", (a + b) * c, id="left-right-brackets"),
    P(r"a \, b \; c \quad d \! r ~ f", a * b * c * d_ * r * f_, id="spacing"),
    P(r"a \cdot b", a * b, id="cdot"),
    P(r"a \times b", a * b, id="times"),
    P(r"a / b", a / b, id="slash"),
    P(r"2^{10}", Integer(1024), id="small-power"),
    P(r"\sqrt{x}", sympy.sqrt(x_), id="sqrt"),
    P(r"\sqrt[3]{x}", sympy.root(x_, 3), id="cube-root"),
    P(r"|x|", Abs(x_), id="abs-bars"),
    P(r"\left| x \right|", Abs(x_), id="abs-left-right"),
    P(r"-a - b", -a - b, id="minus"),
    P(r"a - -b", a + b, id="double-minus"),
    P(r"a \cdot -b", -a * b, id="sign-after-cdot"),
    P(r"a \text{ (by the chain rule)}", a, id="text-is-prose"),
    P(r"& a + b", a + b, id="alignment"),
    P(r"\displaystyle \frac{a}{b}", a / b, id="displaystyle"),
    P(r"0.5 x", x_ / 2, id="decimal"),
    P(r"\pi r^2", sympy.pi * r**2, id="pi"),
    P(r"J + j", J + scalar("j"), id="case-kept"),
    P(r"\sum_{i=1}^{m} i", Sum(i, (i, 1, M)), id="bare-index-in-sum-is-the-index"),
    P(r"\Theta \theta", scalar("Theta") * scalar("theta"), id="greek-case-kept"),
    P(r"σ(z)", sig(z_), id="unicode-sigma"),
    P("2π r", 2 * sympy.pi * r, id="unicode-pi"),
    # a layer's number, then two index letters: entry (k, l) of layer 1, never the index k·l
    P(r"w_{1,kl}", w[1, index("k"), index("l")], id="layer-then-two-indices"),
    P("ℓ + ϵ", scalar("ell") + scalar("epsilon"), id="unicode-ell-epsilon"),
    P(r"\frac{- \partial J}{\partial a}", -Derivative(J, a, evaluate=False), id="minus-in-numerator"),
    P(r"x_1 + x_2 + ... + x_n", Sum(x[k], (k, 1, N)), id="three-full-stops-are-dots"),
    P(r"\textrm{logit}(p)", log(p / (1 - p)), id="logit"),
    P(r"\operatorname{logit}(\sigma(z))", z_, id="logit-inverts-sigmoid"),
    P(r"\frac{-dy}{dx}", -Derivative(y_, x_, evaluate=False), id="minus-in-numerator-d"),
    P(r"\binom{n}{2}", sympy.binomial(N, 2), id="binom-via-latex2sympy2"),
    P(r"w^{(t+1)} - w^{(t)}", base("w")[index("t") + 1] - base("w")[index("t")], id="next-iterate-is-an-index"),
    P(r"a^{(l-1)}", base("a")[l_ - 1], id="previous-layer-is-an-index"),
    P(r"C_0(...) + f(\dots)", base("C")[0] + scalar("f"), id="elided-arguments-leave-the-name"),
    P(r"\hat{\beta}^{\mathrm{OLS}} - \hat{\beta}^{Ridge}", scalar("betahat^OLS") - scalar("betahat^Ridge"),
      id="word-superscript-is-a-label"),
    P(r"e^{ab} + c^{xy}", sympy.exp(a * b) + c**(x_ * y_), id="letters-superscript-stays-a-power"),
    P(r"\left\{\begin{matrix} a x & x <= 0, & a > 0 \\ x & x > 0 \end{matrix}\right.",
      sympy.Piecewise((scalar("a") * x_, sympy.And(x_ <= 0, scalar("a") > 0)), (x_, x_ > 0)),
      id="typed-le-and-a-third-column-of-cases"),
]


@pytest.mark.parametrize("latex, expected", EXPRESSIONS)
def test_reads(latex, expected):
    side = parse_side(latex)
    assert side.alternative is None and side.hint is None
    assert side.expr == expected or sympy.simplify(side.expr - expected) == 0, side.expr


def test_table_is_large_enough():
    assert len(EXPRESSIONS) >= 80


@pytest.mark.parametrize("latex, defined, expected", [
    P(r"\sigma(z)", {"sigma"}, Function("sigma")(z_), id="sigma-defined-otherwise"),
    P(r"L(x)", {"L"}, Function("L")(x_), id="capital-function-defined"),
    P(r"\ell(y)", {"ell"}, Function("ell")(y_), id="ell-defined"),
])
def test_defined_functions(latex, defined, expected):
    assert parse_side(latex, defined_functions=frozenset(defined)).expr == expected


def test_prime_of_an_expression_is_a_substitution():
    e = parse_side(r"f'(2x)").expr
    assert isinstance(e, sympy.Subs)
    assert e.doit() == Derivative(f(2 * x_), x_).doit() / 2 or e.point == (2 * x_,)


@pytest.mark.parametrize("latex, kind, args", [
    pytest.param(r"10^{10^{10}}", LargePower, (10, 10**10), id="power"),
    pytest.param(r"0.5^{10^{10}}", LargePower, (sympy.Rational(1, 2), 10**10), id="small-base"),
    pytest.param(r"(0.99)^{10^{8}}", LargePower, (sympy.Rational(99, 100), 10**8), id="near-one"),
    pytest.param(r"\frac{1}{2}^{10^{9}}", LargePower, (sympy.Rational(1, 2), 10**9), id="fraction"),
    pytest.param(r"100000!", LargeFactorial, (100000,), id="factorial"),
    pytest.param(r"\binom{10^{9}}{10^{8}}", LargeBinomial, (10**9, 10**8), id="binomial"),
])
def test_huge_numbers_are_kept_as_written(latex, kind, args):
    e = parse_side(latex).expr
    assert isinstance(e, kind) and e.args == args


def test_huge_numbers_inside_a_formula_stay_as_written():
    e = parse_side(r"2 \cdot 10^{10^{10}} + 1").expr
    assert e == 2 * LargePower(10, 10**10) + 1
    assert parse_side(r"2^{10}").expr == 1024 and parse_side(r"\binom{5}{2}").expr == 10


def test_an_expression_to_a_huge_power_stays_as_written():
    # SymPy's assumptions on tanh(u^{10^6}) would expand the power as a polynomial (a hang)
    e = parse_side(r"e^{-\tanh((\frac{\partial J}{\partial w_j})^{10^{6}})}").expr
    assert e == exp(-sympy.tanh(LargePower(sympy.Derivative(J, w[j]), 10**6)))
    assert parse_side(r"(1 + z)^{1000}").expr == (1 + z_) ** 1000


def test_a_number_with_too_many_digits_is_refused():
    with pytest.raises(LatexError, match="more than 300 digits"):
        parse_side("1" * 301)


@pytest.mark.parametrize("latex", [r"\dots", r"\cdots", r"\ldots", r"  \, \dots \; ", "..."])
def test_elision(latex):
    side = parse_side(latex)
    assert side is ELIDED and side.elided and side.expr is None


# ---------------------------------------------------------------------------- operator scope

SCOPES = [
    P(r"\frac{\partial}{\partial z} 1 + e^{-z}", Derivative(1, z_) + exp(-z_),
      Derivative(1 + exp(-z_), z_), "∂/∂z applies to `1` as written; to hold it would have to "
      "span `1 + e^{-z}`", id="one-plus-exp"),
    P(r"\frac{\partial}{\partial z} - z^2 + z", Derivative(-z_**2, z_) + z_,
      Derivative(-z_**2 + z_, z_), "`- z^2`", id="leading-sign-belongs-to-term"),
    P(r"\left(\frac{\partial}{\partial z} 1 + e^{-z}\right) + 2", Derivative(1, z_) + exp(-z_) + 2,
      Derivative(1 + exp(-z_), z_) + 2, "span `1 + e^{-z}`", id="stops-at-closing-bracket"),
    P(r"\frac{d}{dz} z^2 + 1", Derivative(z_**2, z_) + 1, Derivative(z_**2 + 1, z_), "d/dz",
      id="d-operator"),
    P(r"\frac{\partial}{\partial w_j} \mathbf{x}^{(i)} \cdot \mathbf{w} + b",
      Derivative(dot(x[i, k], w[k]), w[j]) + b, Derivative(dot(x[i, k], w[k]) + b, w[j]),
      "∂/∂w_j applies to `\\mathbf{x}^{(i)} \\cdot \\mathbf{w}`", id="seed-section-5"),
    P(r"\partial_z z^2 + z", Derivative(z_**2, z_) + z_, Derivative(z_**2 + z_, z_), "∂/∂z",
      id="partial-subscript"),
    P(r"\frac{\partial}{\partial \hat{y}^{(i)}} - y^{(i)} log(\hat{y}^{(i)}) - (1 - y^{(i)}) "
      r"log(1 - \hat{y}^{(i)})",
      Derivative(-y[i] * log(yhat[i]), yhat[i]) - (1 - y[i]) * log(1 - yhat[i]),
      Derivative(-y[i] * log(yhat[i]) - (1 - y[i]) * log(1 - yhat[i]), yhat[i]),
      "∂/∂\\hat{y}^{(i)} applies to `- y^{(i)} log(\\hat{y}^{(i)})`", id="seed-section-3"),
    # \log before a product: of its first factor as written, of the product as the alternative
    P(r"\log a^{y}(1-a)^{1-y}", log(a**y_) * (1 - a) ** (1 - y_), log(a**y_ * (1 - a) ** (1 - y_)),
      r"\log applies to `a^{y}` as written; to hold it would have to span `a^{y}(1-a)^{1-y}`",
      id="log-before-a-product"),
]


@pytest.mark.parametrize("latex, expr, alternative, hint", SCOPES)
def test_operator_scope(latex, expr, alternative, hint):
    side = parse_side(latex)
    assert side.expr == expr
    assert side.alternative == alternative
    assert hint in side.hint


@pytest.mark.parametrize("latex", [
    P(r"\frac{\partial}{\partial w_j} \sum_k x_k w_k + \frac{\partial}{\partial w_j} b",
      id="operator-repeated-per-term"),
    P(r"\frac{\partial}{\partial z} \, \frac{1}{1+e^{-z}}", id="whole-side-is-the-term"),
    P(r"\frac{\partial}{\partial z} (1 + e^{-z})", id="bracketed"),
    P(r"\sum_i a_i + b", id="sums-have-no-alternative"),
    P(r"y \log p + (1-y)\log(1-p)", id="log-of-one-factor"),
])
def test_no_alternative(latex):
    side = parse_side(latex)
    assert side.alternative is None and side.hint is None


# ---------------------------------------------------------------------------- bad input

BAD = [
    P(r"\sum b_0", r"\sum needs an index, as in \sum_i or \sum_{i=1}^{m}", 0, id="sum-of-a-number-alone"),
    # an array's entry as code indexes it: read as a signature it lost its indices (S[i,k] was S)
    P(r"2 S[i,k]", "`S[i,k]`: an entry in square brackets after its name, as code indexes an array, cannot "
      "be read; write its indices as a subscript, as in S_{i,k}", 3, id="code-indexing"),
    P(r"\frac{1}", r"\frac needs two arguments", 0, id="frac-one-arg"),
    P(r"\frac{1+e^{-z}} - \frac{1}{1+e^{-z}}", r"\frac needs two arguments", 0, id="seed-4.2"),
    P(r"x + \frac", r"\frac needs two arguments", 4, id="frac-no-args"),
    P(r"{x", "unbalanced brace", 0, id="open-brace"),
    P(r"x}", "unbalanced brace", 1, id="close-brace"),
    P(r"\foo x", r"unknown command \foo", 0, id="unknown-command"),
    P(r"a + \left( x", r"unbalanced \left(", 4, id="unbalanced-left"),
    P(r"x \right)", r"unbalanced \right)", 2, id="unbalanced-right"),
    P(r"(x", "unbalanced parenthesis", 0, id="open-paren"),
    P(r"x)", "unbalanced parenthesis", 1, id="close-paren"),
    P(r"(y_1, y_2, \cdots, y_m)", r"a list in brackets, (a, b, …), is not one value: write a vector as "
      r"\begin{bmatrix} a_1 \\ \vdots \\ a_n \end{bmatrix}, or each entry on its own", 4, id="tuple"),
    P(r"\pdv{", "unbalanced brace", 4, id="pdv-unclosed"),
    P("(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1),
      f"nested too deeply (more than {MAX_DEPTH} levels)", MAX_DEPTH, id="deep-parens"),
    P("x^{" * (MAX_DEPTH + 1) + "x" + "}" * (MAX_DEPTH + 1),
      f"nested too deeply (more than {MAX_DEPTH} levels)", 3 * MAX_DEPTH + 2, id="deep-powers"),
    P("x = y", "unexpected `=` inside a side", 2, id="equals-inside"),
    P("", "empty side", 0, id="empty"),
    P("   ", "empty side", 0, id="blank"),
    P(r"x +", "expected an expression", 3, id="dangling-plus"),
    P(r"\sum x", r"\sum needs an index, as in \sum_i or \sum_{i=1}^{m}", 0, id="sum-no-index"),
    P(r"\frac{\partial}{\partial w_j}", "∂/∂w_j has nothing to apply to", 0, id="operator-alone"),
    P(r"\frac{\partial \hat{\mathbf{y}}}{\partial \mathbf{w}}", r"the derivative of `\hat{\mathbf{y}}` "
      r"(a vector) (a Jacobian) cannot be read; write one entry, as in \partial \hat{y}_i / \partial w_j",
      0, id="jacobian"),
    P(r"\mathbf{x} + \mathbf{x}^T", r"a sum: `\mathbf{x}` (a vector) and `\mathbf{x}^T` (a row vector) "
      r"do not fit (a shape conflict)", 11, id="shape-conflict"),
    P(r"a \approx b", r"\approx is not `=`; only equalities can be checked", 2, id="approx"),
    P(r"f(x_1 + \dots)", r"\dots inside an expression cannot be read; put it on a step of "
      "its own", 8, id="dots-inside"),
    P(r"a \cdot", r"`\cdot` needs something after it", 2, id="dangling-cdot"),
    P(r"x^", "^ needs an exponent", 1, id="dangling-caret"),
    P(r"\sqrt", r"\sqrt needs an argument", 0, id="sqrt-no-arg"),
    P(r"\log", r"\log needs an argument", 0, id="log-no-arg"),
    P(r"f'", "f' needs an argument, as in f'(h)", 0, id="prime-no-arg"),
    P("é", "unexpected character 'é'", 0, id="odd-character"),
    P("损失", "unexpected character '损'", 0, id="words-of-another-script"),
    P(r"\left x", r"\left needs a delimiter such as ( or [", 0, id="left-no-delimiter"),
    P(r"x \pm y", r"\pm cannot be checked; write the two cases as two steps", 2, id="pm"),
    P(r"\hat{}", r"\hat needs a name, as in \hat{y}", 0, id="empty-hat"),
    P(r"\langle \mathbf{a} \rangle", r"an inner product \langle a, b \rangle needs two sides and one comma",
      0, id="inner-product-one-side"),
    P(r"\langle \mathbf{a}, \mathbf{b}", r"unbalanced \langle", 0, id="inner-product-unclosed"),
    P(r"\exp(1, 2)", "exp takes 1 argument, not 2", 0, id="arity"),
    P("x" * 6000, "side too long (6000 characters; the limit is 5000)", 5000, id="too-long"),
    P("{" * 10000 + "x" + "}" * 10000, "side too long (20001 characters; the limit is 5000)",
      5000, id="ten-thousand-braces"),
]


@pytest.mark.parametrize("latex, reason, column", BAD)
def test_bad_input(latex, reason, column):
    with pytest.raises(LatexError) as info:
        parse_side(latex)
    assert info.value.reason == reason
    assert info.value.column == column
    assert info.value.caret() or not latex.strip()


@pytest.mark.parametrize("latex", [
    "-" * 2000 + "x",
    r"\hat" * 1000 + "y",
    r"\frac1" * 800 + "x",
    r"\sqrt" * 1000 + "x",
    "x'" * 1000,
    "x^2" * 1000,
    r"\sum_i" * 700 + "x",
    "|" * 3000,
    "(" * 99 + "x" + ")" * 99,
    "{" * 99 + "x" + "}" * 99,
])
def test_pathological_input_never_crashes(latex):
    """A verdict or a LatexError: never RecursionError, never another exception."""
    try:
        side = parse_side(latex)
    except LatexError as exc:
        assert exc.reason
    else:
        assert side.expr is not None


# ---------------------------------------------------------------------------- known gaps

GAPS = [
    # an entry of a bracket whose names the formula never makes vectors: entry i of each
    P(r"(y - \hat{y})_i", base("y")[i] - base("yhat")[i], id="entry-of-a-bracket"),
]


NOTATION_FROM_THE_WILD = [
    # a sum under the capital of its index (Σ_K e^{z_k}, K classes): over k from 1 to K
    P(r"\sum_{K} e^{z_k}", Sum(exp(base("z")[k]), (k, 1, index("K"))), id="sum-under-its-bound"),
    # one superscript for the sample and the transpose (held-out 321)
    P(r"\mathbf{x}^{(i)\top}\mathbf{w}", dot(x[i, k], w[k]), id="sample-and-transpose"),
    P(r"x^2_j", x[j] ** 2, id="power-before-subscript"),
    P(r"\|\mathbf{w}\|^2", Sum(w[k] ** 2, (k, 1, N)), id="norm"),
    P(r"\lVert w \rVert_2^2", Sum(w[k] ** 2, (k, 1, N)), id="norm-lvert"),
    # the L1 norm (it was "a subscript `_` needs a name before it")
    P(r"\lambda \|\mathbf{w}\|_1", scalar("lambda") * Sum(Abs(w[k]), (k, 1, N)), id="l1-norm"),
    P(r"|| w ||_{1} + w_k", w[k] + Sum(Abs(w[index("p")]), (index("p"), 1, N)),
      id="l1-norm-beside-k"),
    P(r"2z \quad (\text{power rule})", 2 * z_, id="annotation"),
    P(r"2z \,", 2 * z_, id="trailing-space"),
    P(r"\delta_{jk}", sympy.KroneckerDelta(j, k), id="kronecker"),
    P(r"dw_1", base("dw")[1], id="ng-gradient-name"),
    # digits written onto a name number it (w5 is w_5); a product writes the number first
    P(r"w5 \times x1 + 5w", base("w")[5] * x[1] + 5 * scalar("w"), id="digits-onto-a-name"),
    # a sum's own index letter indexes its body (t_n, x_n), and a size letter runs to its capital
    P(r"\sum_n t_n x_n", Sum(base("t")[index("n")] * x[index("n")], (index("n"), 1, index("N"))),
      id="sum-over-n-runs-to-N"),
    P(r"\sum_{\forall_{n}} t_n", Sum(base("t")[index("n")], (index("n"), 1, index("N"))),
      id="sum-for-all-n"),
    P(r"\sum_{\forall n} t_n", Sum(base("t")[index("n")], (index("n"), 1, index("N"))),
      id="sum-for-all-n-spaced"),
    # a product has no comma: c(y, φ) is c applied to y and φ
    P(r"c(y, \phi)", Function("c")(y_, scalar("phi")), id="comma-call"),
    # Σ with its bound before its index is the sum sign (it was "a subscript `_` needs a name")
    P(r"\Sigma^k_j e^{f_j}", Sum(exp(base("f")[j]), (j, 1, scalar("k"))), id="sigma-bound-first"),
    P(r"\Sigma^{K}_{j} x_j", Sum(x[j], (j, 1, scalar("K"))), id="sigma-braced-bound-first"),
    # full stops spaced out are an ellipsis (it was "unexpected `.`")
    P(r"x_1 + x_2 + . . . + x_n", Sum(x[k], (k, 1, N)), id="spaced-full-stops"),
    # names listed with dots between them say what a function depends on: the name itself
    # (it was "\cdots inside an expression cannot be read")
    P(r"J(\theta_0, \theta_1,\cdots\theta_n)", J, id="signature-with-dots"),
    P(r"f(x_1, \dots, x_n)", f_, id="signature-with-dots-lower"),
    # a font command over an expression makes every name in it bold, and a bold name's prime is
    # its transpose, as statistics texts write X'WX (it was "unexpected `\beta`")
    P(r"\mathbf{x'\beta}", Sum(base("beta")[k] * x[k], (k, 1, N)), id="bold-expression-prime"),
    P(r"\mathbf{x}'\boldsymbol{\beta}", Sum(base("beta")[k] * x[k], (k, 1, N)), id="bold-prime-transpose"),
    P(r"\log(1 + \exp(\mathbf{x'_i\beta}))",
      log(exp(Sum(base("beta")[k] * x[i, k], (k, 1, N))) + 1), id="bold-sample-prime"),
    # 1(condition) is an indicator, as 1_{condition} is (it was "unbalanced parenthesis")
    P(r"1(z > 0)", Piecewise((1, z_ > 0), (0, True)), id="indicator-call"),
    P(r"x_i(p - 1(y_i=j))", (p - Piecewise((1, Eq(j, y[i])), (0, True))) * x[i], id="indicator-of-a-label"),
    # \mathbb{E}[…] is the expectation applied to the bracket, never E times it
    P(r"\mathbb{E}\left[x^2\right]", Function("E")(x_ ** 2), id="expectation-applied"),
]


@pytest.mark.parametrize("latex, expected", NOTATION_FROM_THE_WILD)
def test_notation_from_the_wild(latex, expected):
    assert parse_side(latex).expr == expected


@pytest.mark.xfail(strict=True, raises=(LatexError, AssertionError))
@pytest.mark.parametrize("latex, expected", GAPS)
def test_known_gaps(latex, expected):
    assert parse_side(latex).expr == expected


# ---------------------------------------------------------------------------- more course notation
# Each row is read exactly: the expression must be this one, not merely equal to it.

a_, X, db = base("a"), base("X"), base("db")
K = index("K")
Y, E_, w_, theta_ = scalar("Y"), scalar("E"), scalar("w"), scalar("theta")
u = Function("u")

COURSE_NOTATION = [
    # \over divides within its group (TeX's primitive fraction)
    P(r"{a \over b}", a / b, id="over-braced"),
    P(r"a \over b", a / b, id="over-whole-side"),
    P(r"{1 \over 2} x", x_ / 2, id="over-coefficient"),
    P(r"\frac{1}{{m \over 2}}", 2 / M, id="over-inside-frac"),
    P(r"{n \choose 2}", sympy.binomial(N, 2), id="choose"),
    # helpers that only show their content
    P(r"\cancel{x} + 1", x_ + 1, id="cancel"),
    P(r"\bcancel{x}", x_, id="bcancel"),
    P(r"\xcancel{x}", x_, id="xcancel"),
    P(r"\cancelto{0}{x}", x_, id="cancelto"),
    P(r"\boxed{x + 1}", x_ + 1, id="boxed"),
    P(r"\color{red}{x}", x_, id="color-then-group"),
    P(r"{\color{red} x}", x_, id="color-inside-group"),
    P(r"\textcolor{red}{x}", x_, id="textcolor"),
    P(r"\underbrace{x + y}_{\text{the loss}}", x_ + y_, id="underbrace"),
    P(r"\underbrace{x}_{\text{loss}} + 1", x_ + 1, id="underbrace-one-word-note"),
    P(r"\overbrace{x}^{n}", x_, id="overbrace"),
    P(r"\underset{a}{b}", b, id="underset"),
    P(r"\overset{a}{b}", b, id="overset"),
    P(r"x \phantom{yy} + \vphantom{z} 1", x_ + 1, id="phantom"),
    P(r"\sum\displaylimits_{i=1}^{m} y^{(i)}", Sum(y[i], (i, 1, M)), id="displaylimits"),
    P(r"x \xspace \mspace{3mu} y \! \hfill z", x_ * y_ * z_, id="spacing-commands"),
    # braces as brackets
    P(r"\max\{0, z\}", Max(0, z_), id="max-braces"),
    P(r"\min\{a, b\}", Min(a, b), id="min-braces"),
    P(r"\left\{ a + b \right\} c", (a + b) * c, id="left-brace-bracket"),
    P(r"\exp{\left\{ -z \right\}}", exp(-z_), id="exp-left-brace"),
    P(r"\exp\{-z\}", exp(-z_), id="exp-brace"),
    P(r"\lbrace a + b \rbrace c", (a + b) * c, id="lbrace"),
    # arguments separated by \mid, | and ;: the name is a function of all of them
    P(r"P(y \mid x; \theta)", Function("P")(y_, x_, theta_), id="conditional-probability"),
    P(r"p(y|x)", Function("p")(y_, x_), id="bar-separates"),
    P(r"p(y^{(i)} \mid x^{(i)}; \theta)", Function("p")(y[i], x[i], theta_), id="likelihood-term"),
    P(r"\Pr(Y = 1 \mid x)", Function("Pr")(Y, 1, x_), id="pr-event-is-a-pair"),
    P(r"\mathbb{E}[Y \mid x]", Function("E")(Y, x_), id="expectation"),
    P(r"f(|x|)", f(Abs(x_)), id="bars-around-an-argument"),
    P(r"y(|x| + 1)", y_ * (Abs(x_) + 1), id="two-bars-are-an-absolute-value"),
    P(r"J(\mathbf{w}; b)", J, id="signature-with-semicolon"),
    # cases: a Piecewise value
    P(r"\begin{cases} z & z > 0 \\ 0 & \text{otherwise} \end{cases}",
      Piecewise((z_, z_ > 0), (0, True)), id="cases-otherwise"),
    P(r"\begin{dcases} a_i (1 - a_i) & \text{if } i = j \\ -a_i a_j & \text{if } i \neq j \end{dcases}",
      Piecewise((a_[i] * (1 - a_[i]), Eq(i, j)), (-a_[i] * a_[j], Ne(i, j))), id="dcases-index-conditions"),
    P(r"\left\{\begin{array}{ll} 1, & z \geq 0 \\ 0, & \text{else} \end{array}\right.",
      Piecewise((1, z_ >= 0), (0, True)), id="array-in-left-brace"),
    P(r"\begin{cases} 1 & \text{for } i = j \\ 0 & \text{o.w.} \end{cases}",
      Piecewise((1, Eq(i, j)), (0, True)), id="cases-for-and-ow"),
    P(r"\begin{cases} z & z \geq 0 \\[2pt] \alpha z & z < 0 \\ \end{cases}",
      Piecewise((z_, z_ >= 0), (scalar("alpha") * z_, z_ < 0)), id="cases-row-spacing-trailing-row"),
    P(r"2 \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}",
      2 * Piecewise((1, x_ > 0), (0, x_ <= 0)), id="cases-as-a-factor"),
    P(r"\begin{cases} 1 & i = j \\ 0 & i \neq j \end{cases}", Piecewise((1, Eq(i, j)), (0, Ne(i, j))),
      id="cases-two-index-letters-are-indices"),
    P(r"\begin{cases} 1 & t > 0 \\ 0 & t \le 0 \end{cases}",
      Piecewise((1, scalar("t") > 0), (0, scalar("t") <= 0)), id="cases-letter-not-used-as-index-is-real"),
    P(r"\sum_{k=1}^{n} \begin{cases} w_k & k > 1 \\ 0 & \text{else} \end{cases}",
      Sum(Piecewise((w[k], k > 1), (0, True)), (k, 1, N)), id="cases-in-a-sum"),
    # sums: no index, an excluded index, limits, an implicit lower bound
    P(r"\sum X_i", Sum(X[i], (i, 1, M)), id="sum-index-from-body"),
    P(r"\sum_{} e^{z_k}", Sum(exp(z[k]), (k, 1, N)), id="sum-empty-subscript"),
    P(r"\sum_{k}^{ } e^{z_k}", Sum(exp(z[k]), (k, 1, N)), id="sum-empty-superscript"),
    P(r"\sum_i \sum x_{ij}", Sum(Sum(x[i, j], (j, 1, N)), (i, 1, M)), id="sum-inner-index-from-body"),
    P(r"\sum_{k \neq j} f(k)", Sum(f(k), (k, 1, N)) - f(j), id="sum-but-one"),
    P(r"\prod_{k \ne j} w_k", Product(w[k], (k, 1, N)) / w[j], id="product-but-one"),
    P(r"\sum_{k=0,k \neq j}^n e^{z_k}", Sum(exp(z[k]), (k, 0, N)) - exp(z[j]), id="sum-from-0-but-one"),
    P(r"\lambda ||\mathbf{w}||^2", scalar("lambda") * Sum(w[k] ** 2, (k, 1, N)), id="norm-typed-with-two-bars"),
    P(r"|x||y|", Abs(x_) * Abs(y_), id="bars-of-two-absolute-values"),
    P(r"(f(g(x)))'", Derivative(f(g(x_)), x_), id="prime-after-a-bracket-of-one-variable"),
    P(r"x_{i1} + w_{1j}", x[i, 1] + w[1, j], id="an-index-and-a-number-are-two-indices"),
    P(r"w_{j1} + w_{j2} + \dots + w_{jD}", Sum(w[j, k], (k, 1, index("D"))), id="series-over-a-row"),
    P(r"\sum_{i: z_i \le 0} x_i", Sum(Piecewise((x[i], z[i] <= 0), (0, True)), (i, 1, M)),
      id="sum-over-the-terms-a-condition-keeps"),
    P(r"\sum_{i; z_i \leq \eta} y_i", Sum(Piecewise((y[i], z[i] <= scalar("eta")), (0, True)), (i, 1, M)),
      id="sum-condition-after-a-semicolon"),
    P(r"\prod_{k \mid w_k > 0} w_k", Product(Piecewise((w[k], w[k] > 0), (1, True)), (k, 1, N)),
      id="product-condition-after-mid"),
    P(r"\sum \displaylimits_{i=1}^{m} y^{(i)}", Sum(y[i], (i, 1, M)), id="sum-space-displaylimits"),
    P(r"\sum_{i}^{N} x_i", Sum(x[i], (i, 1, index("N"))), id="sum-lower-bound-one"),
    # δ derivatives, upright d, \operatorname
    P(r"\frac{\delta E}{\delta w}", Derivative(E_, w_), id="delta-frac"),
    P(r"\delta E / \delta w_j", Derivative(E_, w[j]), id="delta-slash"),
    P(r"\frac{\delta}{\delta z} z^2", Derivative(z_**2, z_), id="delta-operator"),
    P(r"\delta x", scalar("delta") * x_, id="delta-a-name-elsewhere"),
    P(r"\frac{\mathrm{d}y}{\mathrm{d}x}", Derivative(y_, x_), id="mathrm-d"),
    P(r"\frac{\text{d}y}{\text{d}x}", Derivative(y_, x_), id="text-d"),
    P(r"\operatorname{logit} p", log(p / (1 - p)), id="operatorname-no-parens"),
    P(r"\operatorname{score} p", Function("score")(p), id="operatorname-unknown-no-parens"),
    P(r"\operatorname{softmax}(z)", Function("softmax")(z_), id="operatorname-parens"),
    # powers of functions, capitalised and text function names
    P(r"\tanh^2 z", sympy.tanh(z_) ** 2, id="tanh-squared"),
    P(r"\tanh^2(z)", sympy.tanh(z_) ** 2, id="tanh-squared-parens"),
    P(r"f^2(x)", f(x_) ** 2, id="function-squared"),
    P(r"\log^2 x", log(x_) ** 2, id="log-squared"),
    P(r"Tanh(x)", sympy.tanh(x_), id="capitalised-tanh"),
    P(r"\text{tanh}(x)", sympy.tanh(x_), id="text-tanh"),
    P(r"\text{Tanh}(x)", sympy.tanh(x_), id="text-capitalised-tanh"),
    P(r"sigmoid(x)", sig(x_), id="bare-sigmoid"),
    P(r"ReLU(z)", Max(0, z_), id="relu-mixed-case"),
    # products
    P(r"a \ast b * c", a * b * c, id="ast-and-star"),
    P(r"\sigma(z).(1-\sigma(z))", sig(z_) * (1 - sig(z_)), id="full-stop-product"),
    P(r"a.b", a * b, id="full-stop-between-letters"),
    P(r"0.5.x", x_ / 2, id="decimal-then-full-stop"),
    P(r"a \cdot b.", a * b, id="sentence-full-stop"),
    P(r"a + b,", a + b, id="sentence-comma"),
    # a brace group as a name's base
    P(r"{w}_{1}", w[1], id="braced-base"),
    P(r"{ x }_{ 1 }", x[1], id="braced-base-spaces"),
    P(r"{db}_{1}", db[1], id="braced-gradient-name"),
    P(r"{ e }^{ -x }", exp(-x_), id="braced-e"),
    P(r"{\hat{y}}^{(i)}", yhat[i], id="braced-hat-sample"),
    # one word of text is a name (a function before `(`); more words are prose
    P(r"\text{Loss}", scalar("Loss"), id="text-word-name"),
    P(r"\mathrm{error}_i", base("error")[i], id="mathrm-word-indexed"),
    P(r"\text{Cost}(h, y)", Function("Cost")(h, y_), id="text-word-function"),
    P(r"\text{BCE}", scalar("BCE"), id="text-acronym"),
    P(r"\textrm{score}(p)", Function("score")(p), id="textrm-function"),
    P(r"a + b \text{ for all cases}", a + b, id="text-several-words-is-prose"),
    P(r"a \text{ where } b", a * b, id="text-prose-word-dropped"),
    # series written with dots
    P(r"x_1 + \dots + x_n", Sum(x[k], (k, 1, N)), id="elided-sum"),
    P(r"a_1 + a_2 + \dots + a_n", Sum(a_[k], (k, 1, N)), id="elided-sum-two-terms"),
    P(r"a_1 + \cdots + a_n", Sum(a_[k], (k, 1, N)), id="elided-sum-cdots"),
    P(r"a_1 + \ldots + a_m", Sum(a_[k], (k, 1, M)), id="elided-sum-ldots-m"),
    P(r"a_1 + \dots + a_K", Sum(a_[k], (k, 1, K)), id="elided-sum-K"),
    P(r"a_0 + a_1 + \dots + a_n", Sum(a_[K0], (K0, 0, N)), id="elided-sum-from-zero"),
    P(r"x_1 w_1 + x_2 w_2 + \dots + x_n w_n", Sum(x[k] * w[k], (k, 1, N)), id="elided-dot-product"),
    P(r"\frac{x_1}{n} + \dots + \frac{x_n}{n}", Sum(x[k] / N, (k, 1, N)), id="elided-sum-size-elsewhere"),
    P(r"b + a_1 + \dots + a_n", b + Sum(a_[k], (k, 1, N)), id="elided-sum-after-a-term"),
    P(r"a_1 \cdot a_2 \cdot \dots \cdot a_n", Product(a_[k], (k, 1, N)), id="elided-product"),
    P(r"2 x_1 x_2 \cdots x_n", 2 * Product(x[k], (k, 1, N)), id="elided-product-juxtaposed"),
    # primes, bars, indicators
    P(r"f^\prime(x)", Derivative(f(x_), x_), id="prime-command"),
    P(r"g^{\prime\prime}(x)", Derivative(g(x_), (x_, 2)), id="two-prime-commands"),
    P("f’(x)", Derivative(f(x_), x_), id="typographic-apostrophe"),
    P(r"\lvert x \rvert", Abs(x_), id="lvert"),
    P(r"\vert x \vert", Abs(x_), id="vert"),
    P(r"\mathds{1}", scalar("indicator"), id="mathds-one"),
    P(r"\mathbb{1}", scalar("indicator"), id="mathbb-one"),
    P(r"\mathbb{1}\{y = k\}", Piecewise((1, Eq(y_, k)), (0, True)), id="indicator-of-condition"),
    P(r"\mathbb{1}_{y^{(i)} = k} x", Piecewise((1, Eq(y[i], k)), (0, True)) * x_, id="indicator-subscript"),
    P(r"I(y = k) - p", Piecewise((1, Eq(y_, k)), (0, True)) - p, id="indicator-capital-I"),
    P(r"\mathbb{I}\{y = k\}", Piecewise((1, Eq(y_, k)), (0, True)), id="indicator-blackboard-I"),
    P(r"I + x", scalar("I") + x_, id="capital-I-without-a-condition-is-a-name"),
    P(r"xtanh(wx)", x_ * sympy.tanh(scalar("w") * x_), id="function-glued-to-a-name"),
    P(r"\frac{d^2f}{da\, db}", Derivative(f_, a, b), id="second-derivative-by-two-d-variables"),
    P(r"\frac{d^2 y}{dx^2}", Derivative(y_, (x_, 2)), id="second-derivative-by-one-d-variable"),
    P("x ⋅ y", x_ * y_, id="unicode-dot-operator"),
    # a subscript written as a command with its argument, without braces
    P(r"h_\mathbf{w}(x)", Function("h_w")(x_), id="subscript-bold-command"),
    P(r"h_\mathbf{w}(x)^{(i)} - y^{(i)}", Function("h_w")(x[i]) - y[i], id="value-at-sample-i"),
    P(r"w_0 + w_1 x_1 + \dots + w_d x_d", w[0] + Sum(w[k] * x[k], (k, 1, index("d"))), id="elided-sum-up-to-d"),
    P(r"x_1 + \dots + x_p", Sum(x[k], (k, 1, index("p"))), id="elided-sum-up-to-p"),
    # a differential in braces of its own; words in brackets after a name say what it is
    P(r"\frac{dLoss}{{db}}", Derivative(scalar("Loss"), b), id="braced-differential"),
    P(r"\frac{dLoss}{{dw}_{1}}", Derivative(scalar("Loss"), w[1]), id="braced-differential-subscripted"),
    P(r"Loss(Error function)", scalar("Loss"), id="words-in-brackets-name-it"),
    P(r"f(a b)", f(a * b), id="letters-in-brackets-are-an-argument"),
    P(r"Pr(y_i | x_i)", Function("Pr")(y[i], x[i]), id="Pr-without-backslash"),
    # what an indexed quantity is a function of; the gradient by a function's vector argument
    P(r"\ell_i(\mathbf{w})", base("ell")[i], id="indexed-quantity-of-a-vector"),
    P(r"a_i(x)", a_[i] * x_, id="indexed-quantity-times-a-bracket"),
    P(r"\mu_i(w, b) - 1", base("mu")[i] - 1, id="indexed-quantity-of-a-list-of-names"),
    # a derivative by an expression: taken whole where the operand is written in it alone, else
    # the chain rule read backwards; d(x^2) is by x², dx^2 twice by x
    P(r"\frac{d \log(g(x))}{d g(x)}", 1 / g(x_), id="derivative-by-a-function-value"),
    P(r"\frac{d f(g(x))}{d g(x)}", Derivative(f(g(x_)), g(x_)),
      id="derivative-of-a-composition-by-its-inner-value"),
    P(r"\frac{d}{d g(x)} f(x)", Derivative(f(x_), x_) / Derivative(g(x_), x_),
      id="derivative-by-a-function-value-backwards"),
    P(r"\frac{d}{d(x^2)} \sin(x^2)", sympy.cos(x_ ** 2), id="derivative-by-a-bracketed-square"),
    P(r"\mu_i(w, b) \left( \frac{1}{\mu_i(w, b)} - 1 \right)", base("mu")[i] * (1 / base("mu")[i] - 1),
      id="indexed-quantity-of-names-times-a-bracket"),
    P(r"\nabla J(\mathbf{w})", Derivative(J, w[j]), id="nabla-by-the-argument"),
    P(r"\nabla J({\bf w})", Derivative(J, w[j]), id="nabla-by-an-old-font-argument"),
    P(r"\nabla E(w_{1,2})", Derivative(scalar("E"), base("w")[1, 2]), id="nabla-by-the-entry-written"),
    P(r"\triangledown J(\mathbf{w})", Derivative(J, w[j]), id="triangledown-typed-for-nabla"),
    # \lVert…\rVert, and both bars typed as \lVert; \unicode{x1D7D9} is the indicator 𝟙; \texttt{Loss}
    # one name (held-out 285, 288, 286: each was "unknown command")
    P(r"\lVert \mathbf{w} \lVert^2", Sum(w[k] ** 2, (k, 1, N)), id="norm-both-bars-lvert"),
    P(r"\unicode{x1D7D9}(z > 0)", Piecewise((1, z_ > 0), (0, True)), id="unicode-indicator"),
    P(r"\texttt{Loss} + 1", scalar("Loss") + 1, id="texttt-name"),
    # a dot product is one number: its transpose is itself (it was "the transpose of an
    # expression without a vector in it")
    P(r"(\mathbf{w}^T \mathbf{x})^T (\mathbf{w}^T \mathbf{x})", dot(w[k], x[k]) ** 2, id="transposed-dot-product"),
    # the positive and the negative class's: a label, braced or not (x_{-} was unreadable)
    P(r"y_+ - y_{-}", scalar("y_+") - scalar("y_-"), id="plus-and-minus-labels"),
    # entry j of a vector function of z, as S_j(z) is; σ(z)_j stays unread (σ(z_j) or softmax)
    P(r"\text{softmax}({\bf z})_j", base("softmax")[j], id="entry-of-a-vector-function"),
    P(r"\frac{\partial S(\mathbf{z})_k}{\partial z_j}", Derivative(base("S")[k], base("z")[j]),
      id="entry-of-a-vector-function-differentiated"),
    # a unit's label: a_{h_1} is the activation of hidden unit h_1, one name
    P(r"a_{h_1} (1 - a_{h_1})", scalar("a_h1") * (1 - scalar("a_h1")), id="unit-label-subscript"),
    P(r"\sigma{(z)}", 1 / (1 + sympy.exp(-scalar("z"))), id="braced-argument"),
    P(r"1\text{+}e^{z}", 1 + sympy.exp(scalar("z")), id="operator-set-as-text"),
    P(r"\Phi(x)", (1 + sympy.erf(x_ / sympy.sqrt(2))) / 2, id="standard-normal-cdf"),
    # a function's name written as a word: Tanh^2(x) is tanh(x)², dTanh/dx the derivative of tanh
    P(r"1 - Tanh^2(x)", 1 - sympy.tanh(x_) ** 2, id="word-function-power-then-call"),
    P(r"{\delta Tanh \over \delta x}", Derivative(sympy.tanh(x_), x_), id="word-function-differentiated"),
    P(r"d/dx[x^2]", Derivative(x_ ** 2, x_), id="d-slash-operator"),
    P(r"dy/dx", Derivative(y_, x_), id="d-slash-ratio"),
    # a signature listing its arguments with an ellipsis; a capital times a bracket stays a product
    P(r"C(\beta_0, \beta_1, ... , \beta_{p-1})", scalar("C"), id="signature-with-dots"),
    P(r"J(\theta_0, \dots, \theta_n)", J, id="signature-with-dots-command"),
    P(r"N(N - 1)", scalar("N") * (scalar("N") - 1), id="capital-times-bracket"),
    # the elementwise product and the vector of ones
    P(r"\mathbf{a} \odot \mathbf{b}", a_[j] * base("b")[j], id="odot-entry-by-entry"),
    P(r"2 \odot 3", sympy.Integer(6), id="odot-of-numbers"),
    P(r"\mathbf{a} \oslash \mathbf{b}", a_[j] / base("b")[j], id="oslash-entry-by-entry"),
    P(r"6 \oslash 3", sympy.Integer(2), id="oslash-of-numbers"),
    # an indicator whose condition is written as a set
    P(r"1_{\{y = k\}}", sympy.Piecewise((1, sympy.Eq(k, scalar("y"))), (0, True)), id="indicator-set-subscript"),
    P(r"\mathbb{1}_{\{y = k\}}", sympy.Piecewise((1, sympy.Eq(k, scalar("y"))), (0, True)),
      id="indicator-blackboard-set-subscript"),
    # the inner product of two vectors, with or without \left…\right
    P(r"\langle \mathbf{a}, \mathbf{b} \rangle", Sum(a_[k] * base("b")[k], (k, 1, N)), id="inner-product"),
    P(r"\left\langle \mathbf{a}, \mathbf{b} \right\rangle + 1", Sum(a_[k] * base("b")[k], (k, 1, N)) + 1,
      id="inner-product-sized"),
    P(r"\mathbf{1}^T (\hat{\mathbf{y}} - \mathbf{y})", Sum(yhat[k] - y[k], (k, 1, N)), id="ones-transposed"),
]


@pytest.mark.parametrize("latex, expected", COURSE_NOTATION)
def test_reads_exactly(latex, expected):
    assert parse_side(latex).expr == expected


SIGMA_BARE = replace(DEFAULT, implicit="z", bare=frozenset({"sigma"}))
IMPLICIT_Z = replace(DEFAULT, implicit="z")


@pytest.mark.parametrize("latex, model, expected", [
    P(r"\sigma'", SIGMA_BARE, Derivative(sig(z_), z_), id="sigma-prime"),
    P(r"\sigma(1-\sigma)", SIGMA_BARE, sig(z_) * (1 - sig(z_)), id="bare-function-then-paren-multiplies"),
    P(r"\sigma . (1-\sigma)", SIGMA_BARE, sig(z_) * (1 - sig(z_)), id="full-stop"),
    P(r"u'", IMPLICIT_Z, Derivative(u(z_), z_), id="primed-name"),
    P(r"g^{\prime}", IMPLICIT_Z, Derivative(g(z_), z_), id="prime-command-braced"),
    P(r"f^\prime", IMPLICIT_Z, Derivative(f(z_), z_), id="prime-command"),
    P(r"\tanh'", IMPLICIT_Z, Derivative(sympy.tanh(z_), z_), id="tanh-prime"),
    P(r"\sigma", IMPLICIT_Z, sig(z_), id="builtin-without-argument"),
    P(r"\sigma(x)", IMPLICIT_Z, sig(x_), id="builtin-with-argument"),
    P(r"h", replace(DEFAULT, implicit="t", bare=frozenset({"h"})), h, id="letter-not-known-as-function"),
    P(r"f", replace(IMPLICIT_Z, functions=frozenset({"f"})), f(z_), id="document-function"),
])
def test_function_without_argument(latex, model, expected):
    """A function written without an argument stands for it applied to the formula's implicit one."""
    assert parse_side(latex, model=model).expr == expected


@pytest.mark.parametrize("latex, expected", [
    P(r"\text{if } i = j", Eq(i, j), id="index-equality"),
    P(r"i \neq j + 1", Ne(i, j + 1), id="index-expression"),
    P(r"0 < z < 1", sympy.And(sympy.Lt(0, z_), z_ < 1), id="chain"),
    P(r"z \geq 0, y = 1", sympy.And(z_ >= 0, Eq(y_, 1)), id="comma-joins"),
    P(r"\forall k \ne j", Ne(k, j), id="forall"),
])
def test_conditions(latex, expected):
    assert parse_condition(latex) == expected


REFUSED = [
    P(r"(x y)'", "a prime ' only follows a function name, as in f'(h), or a bracket holding one "
      "variable, as in (f(g(x)))'", 5, id="prime-after-a-bracket-of-two-variables"),
    P(r"(a \over b)", r"\over divides its whole {…} group; inside ( ) write {a \over b}", 3,
      id="over-inside-parens"),
    P(r"{a \over b \over c}", r"two \over in one group have two readings; brace one side, as in "
      r"{a \over b} \over c", 11, id="two-overs"),
    P(r"f(x = 1)", "`=` inside a function's arguments has two readings: the function at a point, "
      r"f(1), or of an event, P(Y = 1 \mid x); write the one meant", 4, id="equals-in-a-call"),
    P(r"\begin{cases} 1 \end{cases}", "a row of cases needs a value and a condition: v & x > 0", 14,
      id="cases-row-without-condition"),
    P(r"\begin{cases} 1 & z > 0", r"\begin{cases} has no \end{cases}", 0, id="cases-unclosed"),
    P(r"\begin{pmatrix} 1 & 2 & 3 & 4 & 5 & 6 & 7 \end{pmatrix}", r"a vector written entry by entry (\begin{pmatrix}) is read only "
      r"as a pattern, with \vdots between its first entries and its last, as in x_1 \\ x_2 \\ \vdots \\ x_n",
      0, id="vector-without-a-pattern"),
    P(r"\begin{bmatrix} a & \cdots \\ \vdots & d \end{bmatrix}", r"a matrix written entry by entry (\begin{bmatrix}) "
      r"cannot be read; only a vector, one column or one row with \vdots or \dots between its entries",
      0, id="matrix-with-dots"),
    P(r"\begin{bmatrix} a & b \\ c \end{bmatrix}", r"a matrix written entry by entry (\begin{bmatrix}) "
      r"cannot be read; only a vector, one column or one row with \vdots or \dots between its entries",
      0, id="matrix-with-a-short-row"),
    P(r"\begin{vmatrix} a & b \end{vmatrix}", r"\begin{vmatrix} cannot be read inside a side "
      "(matrix notation is not supported)", 0, id="determinant"),
    P(r"\begin{aligned} x \end{aligned}", r"\begin{aligned} cannot be read inside a side", 0,
      id="aligned-inside-a-side"),
    P(r"{ \begin{cases} 1 & z > 0 } \end{cases}", r"\begin{cases} and its \end must be inside the same "
      "group", 2, id="cases-across-a-group"),
    P(r"\begin{array}{ll} 1 & 2 \end{array}", r"an array is read only as cases, inside \left\{ … "
      r"\right.", 0, id="bare-array"),
    P(r"\sum e^{z}", r"\sum needs an index, as in \sum_i or \sum_{i=1}^{m}", 0, id="sum-body-no-index"),
    P(r"\sum x_{ij}", r"\sum without an index has 2 readings here: over i or over j; write \sum_i "
      r"or \sum_j", 0, id="sum-body-two-indices"),
    P(r"\sum_{i \in S} x_i", r"a sum over a set (\sum_{i \in S}) cannot be read: its members are "
      r"not written; give the bounds, as in \sum_{i=1}^{m}", 8, id="sum-over-a-set"),
    P(r"a_1 + a_3 + \dots + a_n", r"the terms before \dots go from 1 to 3, not by 1: the pattern "
      r"has more than one reading; write it with \sum", 12, id="series-step-unclear"),
    P(r"x_1 + \dots + y_n", r"the terms around \dots do not follow one pattern up to a size, as in "
      r"x_1 + \dots + x_n: `x_1` and `y_n`", 6, id="series-two-shapes"),
    P(r"a_1 - \dots - a_n", r"a sum with − or / beside \dots cannot be read; write it with \sum "
      r"or \prod", 6, id="series-minus"),
    P(r"a_1 + \dots + \dots + a_n", r"two \dots in a sum cannot be read; write it with \sum or "
      r"\prod", 6, id="series-two-dots"),
    P(r"p(y \mid x) \mid z", r"\mid only separates a function's arguments, as in P(y \mid x)", 12,
      id="mid-outside-a-call"),
]


@pytest.mark.parametrize("latex, reason, column", REFUSED)
def test_refused_with_a_reason(latex, reason, column):
    with pytest.raises(LatexError) as info:
        parse_side(latex)
    assert info.value.reason == reason
    assert info.value.column == column


def document_verdicts(text: str):
    """A Markdown note read and checked: the document, and (line, verdict) of each step."""
    doc = read_document(text, "notes.md")
    return doc, [(s.line, s.verdict.value) for s in check_document(doc).derivation.steps]


def test_a_vector_with_an_entry_0_makes_its_dot_products_run_from_0():
    """θ_j summed from 0 to d: θᵀx runs over θ_0 … θ_d. θ_0 written where x_0 never is: θᵀx is
    θ_0 + θ_1 x_1 + … (the intercept's x_0 = 1), so the sum without θ_0 is wrong. --verbose says
    which reading was taken."""
    doc, got = document_verdicts(r"$$h_\theta(x) = \theta^T x = \sum_{j=0}^{d} \theta_j x_j$$")
    assert got == [(1, "proved")]
    doc, got = document_verdicts("$$z = \\theta_0 + \\theta_1 x_1 + \\dots + \\theta_n x_n = \\theta^T x$$\n\n"
                        "$$\\theta^T x = \\theta_1 x_1 + \\dots + \\theta_n x_n$$\n")
    assert got == [(1, "proved"), (3, "refuted")]
    assert "θ has an entry 0 (θ_0 on line 1): a dot product with it runs from 0, and a vector " \
           "without an entry 0 has 1 there (x_0 = 1, the intercept's)" in doc.notes


def test_a_function_set_equal_to_its_value_is_a_shorthand_for_it():
    """`\\sigma = \\sigma(w^\\top x)` says σ alone stands for σ(wᵀx): the step that puts in
    ∂σ/∂w_j = σ(1 − σ)x_j is proved (σ was a number of its own, so it was refuted), a slip in it
    is refuted, and the shorthand is no claim of its own."""
    text = ("Shorthand:\n\n$$\n\\sigma = \\sigma(w^\\top x)\n$$\n\n"
            "$$\\frac{y - \\sigma}{\\sigma(1-\\sigma)}\\frac{\\partial \\sigma}{\\partial w_j} = (y - \\sigma) x_j$$\n\n"
            "$$\\frac{y - \\sigma}{\\sigma(1-\\sigma)}\\frac{\\partial \\sigma}{\\partial w_j} = (y - \\sigma) \\sigma x_j$$\n")
    doc, got = document_verdicts(text)
    assert got == [(7, "proved"), (9, "refuted")]
    assert "σ written alone stands for σ(w^\\top x), as the document's σ = σ(…) says" in doc.notes


def test_a_name_defined_only_in_the_other_case_is_read_as_that_definition():
    """p_i used and defined nowhere, P_i = σ(z_i) defined: the same quantity in the other case, so
    the derivative through it is checked (it was 'J depends on z through nothing'); --verbose
    says so. Data (x beside X) and a name defined in both cases keep their own meanings."""
    text = ("$$J = -\\sum_{i=1}^{n} \\left[y_i \\log p_i + (1 - y_i) \\log(1 - p_i)\\right]$$\n\n"
            "with $P_i = \\sigma(z_i)$.\n\n"
            "$$\\frac{\\partial J}{\\partial z_i} = p_i - y_i$$\n\n"
            "$$\\frac{\\partial J}{\\partial z_i} = y_i - p_i$$\n")
    doc, got = document_verdicts(text)
    assert got == [(5, "proved"), (7, "refuted")]
    assert "p read as P (line 3): the document defines no p, and writes P in the other case" in doc.notes
    both, got = document_verdicts("$$Q_i = z_i^2$$\n\n$$q_i = z_i$$\n\n$$\\frac{\\partial q_i}{\\partial z_i} = 1$$\n")
    assert [v for _, v in got] == ["proved"]
    assert not any("read as" in n for n in both.notes)


def test_absolute_values_in_a_bracket_make_no_conditional_and_sgn_is_the_sign():
    """λ(|β_0| + |β_1|) is λ times a bracket (two bars each side of a name are absolute values, not
    the bar of P(y | x)), and sgn(β_0) is the sign, d|β_0|/dβ_0."""
    text = ("$$C = (4 - 2\\beta_0)^2 + \\lambda(\\vert\\beta_0\\vert + \\vert\\beta_1\\vert)$$\n\n"
            "$$\\frac{\\partial C}{\\partial \\beta_0} = -4(4 - 2\\beta_0) + \\lambda\\,\\mathrm{sgn}(\\beta_0)$$\n")
    doc, got = document_verdicts(text)
    assert not any("is a function" in n for n in doc.notes)
    assert [v for _, v in got] == ["proved"]
    assert parse_side(r"\operatorname{sgn}(x)").expr == sympy.sign(sympy.Symbol("x", real=True))


def test_an_entry_inside_a_promoted_expression_stays_itself():
    """(y − Aθ)ᵀ(y − Aθ) with y a vector: the entries (A_k, θ_k) inside are kept as written while
    the bare names become entries, never a stand-in a counterexample would show as Dummy_36."""
    e = parse_side(r"( y - A \theta )^T ( y - A  \theta )").expr
    names = {str(a.base) for a in e.atoms(sympy.Indexed)} | {str(s) for s in e.free_symbols}
    assert not any("Dummy" in n for n in names)


def test_the_design_matrix_phi_transposed_is_no_call_of_the_normal_cdf():
    """Φ(x) is the standard normal CDF, but Φ^T (Φw − t) is PRML's design matrix transposed."""
    assert parse_side(r"\Phi(x)").expr.has(sympy.erf)
    assert not parse_side(r"\Phi^T (\Phi w - t)").expr.has(sympy.erf)


def test_a_function_of_one_entry_defined_through_every_entry_is_that_entry():
    """S(x_i) = e^{x_i} / Σ_k e^{x_k} is no function of x_i alone: S(x_i) is S_i, entry i of the
    softmax of x, so S(x_j) is S_j and ∂S(x_i)/∂x_j = S(x_i)(δ_ij − S(x_j)) is proved (S(x_j) was
    S(x_i) again, and the step refuted); a slip is refuted, and --verbose says why."""
    text = ("$$S(x_i) = \\frac{e^{x_i}}{\\sum_{k=1}^n e^{x_k}}$$\n\n"
            "$$\\frac{\\partial S(x_i)}{\\partial x_j} = S(x_i)(\\delta_{ij} - S(x_j))$$\n\n"
            "$$\\frac{\\partial S(x_i)}{\\partial x_j} = S(x_i)(\\delta_{ij} - S(x_i))$$\n")
    doc, got = document_verdicts(text)
    assert got == [(3, "proved"), (5, "refuted")]
    assert "line 3: S(x_j) read as S_j, entry j of a vector function: S(x_i) = … x_k … on line 1" in doc.notes


def test_a_name_applied_to_an_entry_beside_its_own_entries_is_that_entry():
    """S_i defined, then S(z_i) in the steps (the same softmax output written as a function of its
    input): S(z_i) is S_i. A function the document defines of a plain argument (g(x) = x²) and a
    built-in one (σ(z_i)) stay functions applied to the entry."""
    text = ("$$S_i = \\frac{e^{z_i}}{\\sum_{k=1}^n e^{z_k}}$$\n\n"
            "$$\\frac{\\partial S(z_i)}{\\partial z_i} = S(z_i)(1 - S(z_i))$$\n\n"
            "$$\\frac{\\partial S(z_i)}{\\partial z_j} = -S(z_i) S(z_j) + \\delta_{ij} S(z_i)$$\n")
    doc, got = document_verdicts(text)
    assert got == [(3, "proved"), (5, "proved")]
    assert any("S(z_i) read as S_i, entry i of a vector function: S(z_i) on line 3 beside S_i on line 1" in n
               for n in doc.notes)
    text = ("$$g(x) = x^2$$\n\n$$g_i = g(x_i)$$\n\n$$\\frac{\\partial g(x_j)}{\\partial x_j} = 2 x_j$$\n\n"
            "$$\\frac{\\partial \\sigma(z_i)}{\\partial z_i} = \\sigma(z_i)(1 - \\sigma(z_i))$$\n\n"
            "$$a_i = \\sigma(z_i)$$\n")
    doc, got = document_verdicts(text)
    assert [v for _, v in got] == ["proved", "proved"]
    assert not any("entry i of a vector function" in n or "entry j of a vector function" in n for n in doc.notes)


@pytest.mark.parametrize("latex", [r"\|\mathbf{w}\|^2_2", r"||\mathbf{w}||^2_2", r"\left\| \mathbf{w} \right\|^{2}_{2}",
                                   r"\|X\mathbf{w} - \mathbf{y}\|^2_2"])
def test_a_norm_squared_reads_with_its_scripts_in_either_order(latex):
    """‖w‖^2_2 is ‖w‖_2^2 (the subscript after the power was 'a subscript `_` needs a name')."""
    assert parse_side(latex).expr == parse_side(latex.replace("^2_2", "_2^2").replace("^{2}_{2}", "_{2}^{2}")).expr


def test_a_norm_in_a_fraction_keeps_the_fraction_whole():
    r"""\frac{\|w\|^2}{\|w\|}: the power's pattern took the numerator's closing brace with it
    ("\frac needs two arguments")."""
    assert parse_side(r"\frac{\|\mathbf{w}\|^2}{\|\mathbf{w}\|}").expr == sqrt(Sum(w[k] ** 2, (k, 1, N)))



def test_a_font_command_takes_one_letter_without_braces():
    """\\frac{\\mathrm d}{\\mathrm dx}, as TeX reads \\mathrm d (it was "expected {")."""
    doc, got = document_verdicts("$$\\frac{\\mathrm d}{\\mathrm dx}\\frac{1}{1+e^{-x}} = \\frac{e^{-x}}{(1+e^{-x})^2}$$\n\n"
                                 "$$\\frac{\\mathrm d}{\\mathrm dx} x^3 = 2x^2$$\n")
    assert got == [(1, "proved"), (3, "refuted")]


def test_a_function_to_the_power_minus_one_is_its_inverse():
    """σ^{-1}(x) is the logit and \\tanh^{-1} the area tangent (both were read as 1/σ(x), and the
    correct inverses refuted); (σ(x))^{-1} stays the reciprocal. The inverse of a function the
    document defines or leaves unknown (a GLM's link g) is unreadable, never 1/g."""
    doc, got = document_verdicts("$$\\sigma^{-1}(x) = \\log\\frac{x}{1-x}$$\n\n"
                                 "$$\\frac{d}{dx}\\sigma^{-1}(x) = \\frac{1}{x(1-x)}$$\n\n"
                                 "$$\\tanh^{-1}(x) = \\frac{1}{2}\\log\\frac{1+x}{1-x}$$\n\n"
                                 "$$\\sigma(x)^{-1} = 1 + e^{-x}$$\n\n"
                                 "$$\\sigma^{-1}(x) = 1 + e^{-x}$$\n")
    assert [v for _, v in got] == ["proved", "proved", "consistent", "proved", "refuted"]
    with pytest.raises(LatexError) as info:
        parse_side(r"g^{-1}(\eta)", model=replace(DEFAULT, functions=frozenset({"g"})))
    assert info.value.reason == "g^{-1}(…) is the inverse function of g, which cannot be worked out here; " \
                                "write it as a formula"


def test_the_inverse_of_a_function_the_document_defines_is_worked_out_from_its_formula():
    """ζ(x) = log(1 + eˣ) given: ζ^{-1}(x) = log(eˣ − 1) is proved (the solution of ζ(t) = x), a
    slip refuted and shown as ζ⁻¹(x); a statement of the inverse is a claim, not a definition."""
    text = ("$$\\zeta(x) = \\log(1 + e^x)$$\n\n$$\\zeta^{-1}(x) = \\log(e^x - 1)$$\n\n"
            "$$\\zeta^{-1}(x) = \\log(e^x + 1)$$\n")
    doc, got = document_verdicts(text)
    assert got == [(3, "proved"), (5, "refuted")]
    steps = check_document(doc).derivation.steps
    assert "is missing the factor `\\zeta^{-1}(x)`" in steps[1].outcome.detail


def test_a_slash_derivative_with_its_sides_in_braces():
    """{\\partial y}/{\\partial z} is ∂y/∂z (it was "∂ must be part of a derivative")."""
    doc, got = document_verdicts("Let $y = \\sigma(z)$.\n\n$${\\partial y}/{\\partial z} = y(1-y)$$\n\n"
                                 "$${\\partial y} / {\\partial z} = y(1+y)$$\n")
    assert got == [(3, "proved"), (5, "refuted")]



def test_an_evaluation_bar_is_the_bracket_at_that_value():
    """\\left. \\frac{d}{dx} x^3 \\right|_{x=2} is 3·2² (the bar was unreadable: \\left. was dropped
    as an invisible delimiter, its \\right| left unbalanced)."""
    assert parse_side(r"\left. \frac{d}{dx} x^3 \right|_{x=2}").expr.doit() == 12
    doc, got = document_verdicts("$$\\left. \\frac{d}{dx} x^3 \\right|_{x=2} = 12$$\n\n"
                                 "$$\\left. \\frac{d}{dx} x^3 \\right|_{x=2} = 8$$\n")
    assert got == [(1, "proved"), (3, "refuted")]
    with pytest.raises(LatexError) as info:
        parse_side(r"\left. x^3 \right|_{x < 2}")
    assert info.value.reason == "an evaluation bar names one variable and its value, as in \\left. f \\right|_{x = a}"


def test_a_word_set_as_a_subscript_label_is_kept():
    """N_\\mathrm{in}, N_{\\mathrm{in}}: a label, though "in" is a word of prose elsewhere (it was
    dropped, and "_ needs a subscript" followed)."""
    for latex in (r"\sum_{j=1}^{N_\mathrm{in}} x_j", r"\sum_{j=1}^{N_{\mathrm{in}}} x_j"):
        assert str(parse_side(latex).expr) == "Sum(x[j], (j, 1, N_in))"


@pytest.mark.parametrize("latex, swapped", [
    (r"\theta^2_2 + \theta_1^2", r"\theta_2^2 + \theta_1^2"),
    (r"w^{2}_{j} x_j", r"w_{j}^{2} x_j"),
    (r"\hat{y}^2_i", r"\hat{y}_i^2"),
    (r"\hat{y}^{-1}_k", r"\hat{y}_k^{-1}"),
])
def test_a_power_written_before_the_subscript_is_read_after_it(latex, swapped):
    """TeX sets θ^2_2 as θ_2^2 (it was 'a subscript `_` needs a name before it')."""
    assert parse_side(latex).expr == parse_side(swapped).expr


def test_only_a_number_before_a_subscript_moves():
    """A letter written first is an index or a layer, kept in its place (x^k_j is never x_j to
    the power k), and e^a_k, which an author means as e^{a_k}, is never e_k to the power a."""
    for latex in (r"x^k_j", r"e^a_k"):
        with pytest.raises(LatexError):
            parse_side(latex)
    doc, got = document_verdicts("$$\\theta^T\\theta = \\sum_j \\theta^2_j$$\n\n"
                                 "$$\\theta^2_2 = \\theta_2 \\cdot \\theta_2$$\n")
    assert [v for _, v in got] == ["proved", "proved"]


def test_a_derivative_sign_dropped_from_the_denominator_is_named_never_read_as_a_factor():
    """\\frac{\\delta S}{x_j} in a note that writes \\frac{\\delta u}{\\delta x_j}: δ is that note's
    derivative sign, so the fraction is unreadable with the reason, not δ·S/x_j refuted."""
    doc, got = document_verdicts("$$u = x_j^2$$\n\n$$v = 1 + x_j$$\n\n$$S = \\frac{u}{v}$$\n\n"
                                 "$$\\frac{\\delta S}{x_j} = \\frac{v\\frac{\\delta u}{\\delta x_j} - "
                                 "u\\frac{\\delta v}{\\delta x_j}}{v^2}$$\n\n"
                                 "$$\\frac{\\delta S}{\\delta x_j} = \\frac{v\\frac{\\delta u}{\\delta x_j} - "
                                 "u\\frac{\\delta v}{\\delta x_j}}{v^2}$$\n")
    assert [v for _, v in got] == ["unreadable", "proved"]
    steps = check_document(doc).derivation.steps
    assert "the denominator without δ" in steps[0].outcome.detail


def test_a_dot_product_of_vectors_indexed_by_the_samples_runs_over_the_samples():
    """z^T z beside Σ_i z_i²: z is indexed by the sample letter alone, so its dot product runs to m
    as Σ_i does (it ran over n features, and the identity was refuted); w^T w still runs to n."""
    doc, got = document_verdicts("Using $z^{T}z = \\sum_{i}z_{i}^{2}$, it follows.\n\n"
                                 "$$w^T w = \\sum_j w_j^2$$\n\n$$y^T y = \\sum_i y_i^2 + 1$$\n")
    assert [v for _, v in got] == ["consistent", "proved", "refuted"]
