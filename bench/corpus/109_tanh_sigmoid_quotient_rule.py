from sympy import Symbol, exp, sinh, cosh, tanh, diff, Limit, oo, E, Rational, Integer
from labels import Claim

SOURCE = "https://github.com/A-I-dan/A-I-dan.github.io/blob/ced86259bc796cc2287c17895de1130c482e38b3/_posts/2019-05-21-math_nn.md"
TITLE = "Sigmoid and Tanh Activation Functions: derivatives via the quotient rule (A.I. Dan)"
TOPIC = "activations"

x = Symbol("x", real=True)
h = Symbol("h", real=True)
n = Symbol("n", real=True)
a = Symbol("a", real=True)
b = Symbol("b", real=True)
c = Symbol("c", real=True)
# generic f, g for the quotient rule: polynomials with free coefficients
a0, a1, a2, b0, b1, b2 = [Symbol(s, real=True) for s in ("a0", "a1", "a2", "b0", "b1", "b2")]
f = a0 + a1 * x + a2 * x**2
g = b0 + b1 * x + b2 * x**2

ex, emx = exp(x), exp(-x)
sh = (ex - emx) / 2
ch = (ex + emx) / 2
S = 1 / (1 + emx)
dS = diff(S, x)
pos_h = {h: (0.1, 2.0)}

CLAIMS = [
    # line 17: tanh(x) = sinh/cosh is the definition; the second = is a claim
    Claim(17, "valid", sinh(x) / cosh(x), (ex - emx) / (ex + emx), k=1,
          note="sinh/cosh written with exponentials; the 1/2 factors cancel"),
    # line 25: chain from sinh/cosh to the exponential form
    Claim(25, "valid", sinh(x) / cosh(x), ((ex - emx) / 2) / ((ex + emx) / 2), k=1,
          note="definitions of sinh and cosh substituted"),
    Claim(25, "valid", ((ex - emx) / 2) / ((ex + emx) / 2), (ex - emx) / 2 * (2 / (ex + emx)), k=2,
          note="dividing by a fraction is multiplying by its reciprocal"),
    Claim(25, "valid", (ex - emx) / 2 * (2 / (ex + emx)), 2 * (ex - emx) / (2 * (ex + emx)), k=3,
          note="product of fractions"),
    Claim(25, "valid", 2 * (ex - emx) / (2 * (ex + emx)), 2 * (ex - emx) / (2 * (ex + emx)), k=4,
          note="the \\cancel marks are only annotation; the expression is unchanged"),
    Claim(25, "valid", 2 * (ex - emx) / (2 * (ex + emx)), (ex - emx) / (ex + emx), k=5,
          note="common factor 2 cancelled"),
    # line 31: quotient rule
    Claim(31, "valid", diff(f / g, x), (g * diff(f, x) - f * diff(g, x)) / g**2,
          note="quotient rule, checked on generic quadratics f and g"),
    # line 40
    Claim(40, "valid", diff(tanh(x), x), diff(sinh(x) / cosh(x), x), k=1,
          note="tanh = sinh/cosh"),
    Claim(40, "valid", diff(sinh(x) / cosh(x), x),
          (cosh(x) * diff(sinh(x), x) - sinh(x) * diff(cosh(x), x)) / cosh(x)**2, k=2,
          note="quotient rule with f = sinh, g = cosh"),
    # line 47: derivative as a limit
    Claim(47, "valid", diff(ex, x), Limit((exp(x + h) - ex) / h, h, 0),
          note="difference-quotient definition of the derivative of e^x"),
    # line 51
    Claim(51, "valid", Limit((exp(x + h) - ex) / h, h, 0), Limit((ex * exp(h) - ex) / h, h, 0), k=1,
          note="e^{x+h} = e^x e^h"),
    Claim(51, "valid", Limit((ex * exp(h) - ex) / h, h, 0), Limit(ex * (exp(h) - 1) / h, h, 0), k=2,
          note="factor e^x out of the numerator"),
    Claim(51, "valid", Limit(ex * (exp(h) - 1) / h, h, 0), ex * Limit((exp(h) - 1) / h, h, 0), k=3,
          note="e^x does not depend on h, so it moves outside the limit"),
    # line 55: Euler's number (e already in use, so treated as an asserted equality)
    Claim(55, "valid", E, Limit((1 + 1 / n)**n, n, oo),
          note="standard limit defining e"),
    # line 59: wrong substitution (should be h -> 0)
    Claim(59, "invalid", E, Limit((1 + h)**(1 / h), h, oo),
          note="(1+h)^{1/h} tends to 1 as h -> infinity; the limit giving e is h -> 0"),
    # line 67: power rule
    Claim(67, "valid", (a**b)**c, a**(b * c), domain={a: (0.1, 3.0)},
          note="(a^b)^c = a^{bc} for a > 0 and real b, c"),
    # line 71
    Claim(71, "valid", ((1 + h)**(1 / h))**h, (1 + h)**((1 / h) * h), k=1, domain=pos_h,
          note="power rule with base 1+h > 0"),
    Claim(71, "valid", (1 + h)**((1 / h) * h), (1 + h)**((1 / h) * (h / 1)), k=2, domain=pos_h,
          note="h = h/1"),
    Claim(71, "valid", (1 + h)**((1 / h) * (h / 1)), (1 + h)**(h / h), k=3, domain=pos_h,
          note="(1/h)(h/1) = h/h"),
    Claim(71, "valid", (1 + h)**(h / h), 1 + h, k=4, domain=pos_h,
          note="h/h = 1 for h != 0"),
    # line 74
    Claim(74, "valid", diff(ex, x), ex * Limit((exp(h) - 1) / h, h, 0), k=1,
          note="the limit (e^h - 1)/h is 1, so this is e^x"),
    Claim(74, "valid", ex * Limit((exp(h) - 1) / h, h, 0), ex * Limit(((1 + h) - 1) / h, h, 0), k=2,
          note="both limits equal 1 (even though e^h = 1+h is not an identity), so both sides are e^x"),
    Claim(74, "valid", ex * Limit(((1 + h) - 1) / h, h, 0), ex * Limit(h / h, h, 0), k=3,
          note="(1+h)-1 = h"),
    # line 78
    Claim(78, "valid", diff(ex, x), ex * Limit(h / h, h, 0), k=1,
          note="limit of h/h is 1"),
    Claim(78, "valid", ex * Limit(h / h, h, 0), ex * 1, k=2,
          note="limit of h/h is 1"),
    Claim(78, "valid", ex * 1, ex, k=3, note="multiplying by 1"),
    # line 84
    Claim(84, "valid", diff(emx, x), diff(1 / ex, x),
          note="e^{-x} = 1/e^x"),
    # line 88: "\frac{d}{dx}1(e^{x})" -- derivative of 1 times e^x, or derivative of the product 1*e^x
    Claim(88, "ambiguous", diff(1 / ex, x), (diff(1 * ex, x) - 1 * diff(ex, x)) / ex**2, k=1,
          alt=(diff(1 / ex, x), (diff(Integer(1), x) * ex - 1 * diff(ex, x)) / ex**2),
          note="if d/dx acts on 1(e^x) the numerator is e^x - e^x = 0; read as (d/dx 1)(e^x) it is -e^x and the quotient rule holds"),
    Claim(88, "ambiguous", (diff(1 * ex, x) - 1 * diff(ex, x)) / ex**2, -1 * ex / ex**2, k=2,
          alt=((diff(Integer(1), x) * ex - 1 * diff(ex, x)) / ex**2, -1 * ex / ex**2),
          note="same operator-scope question: 0 under d/dx(1 e^x), -e^x/(e^x)^2 under (d/dx 1) e^x"),
    Claim(88, "valid", -1 * ex / ex**2, -ex / ex**2, k=3,
          note="-1(e^x) = -e^x"),
    # line 92
    Claim(92, "valid", -ex / ex**2, -1 / ex, note="cancel one factor e^x"),
    # line 96
    Claim(96, "valid", -1 / ex, -1 * emx, k=1, note="1/e^x = e^{-x}"),
    Claim(96, "valid", -1 * emx, -emx, k=2, note="-1 times e^{-x}"),
    # line 104: derivative of sinh
    Claim(104, "valid", diff(sinh(x), x), diff(sh, x), k=1, note="sinh written with exponentials"),
    Claim(104, "valid", diff(sh, x), Rational(1, 2) * (diff(ex, x) - diff(emx, x)), k=2,
          note="linearity of the derivative (extra closing parenthesis is a typo)"),
    Claim(104, "valid", Rational(1, 2) * (diff(ex, x) - diff(emx, x)), Rational(1, 2) * (ex - (-emx)), k=3,
          note="d/dx e^x = e^x, d/dx e^{-x} = -e^{-x}"),
    Claim(104, "valid", Rational(1, 2) * (ex - (-emx)), (ex + emx) / 2, k=4, note="simplify"),
    Claim(104, "valid", (ex + emx) / 2, cosh(x), k=5, note="definition of cosh"),
    # line 108: derivative of cosh
    Claim(108, "valid", diff(cosh(x), x), diff(ch, x), k=1, note="cosh written with exponentials"),
    Claim(108, "valid", diff(ch, x), Rational(1, 2) * (diff(ex, x) + diff(emx, x)), k=2,
          note="linearity of the derivative"),
    Claim(108, "valid", Rational(1, 2) * (diff(ex, x) + diff(emx, x)), Rational(1, 2) * (ex + (-emx)), k=3,
          note="derivatives of e^x and e^{-x}"),
    Claim(108, "valid", Rational(1, 2) * (ex + (-emx)), (ex - emx) / 2, k=4, note="simplify"),
    Claim(108, "valid", (ex - emx) / 2, sinh(x), k=5, note="definition of sinh"),
    # line 112: back to tanh'
    Claim(112, "valid", (cosh(x) * diff(sinh(x), x) - sinh(x) * diff(cosh(x), x)) / cosh(x)**2,
          (cosh(x) * cosh(x) - sinh(x) * sinh(x)) / cosh(x)**2, k=1,
          note="sinh' = cosh, cosh' = sinh"),
    Claim(112, "valid", (cosh(x) * cosh(x) - sinh(x) * sinh(x)) / cosh(x)**2,
          (cosh(x)**2 - sinh(x)**2) / cosh(x)**2, k=2, note="products written as squares"),
    Claim(112, "valid", (cosh(x)**2 - sinh(x)**2) / cosh(x)**2,
          cosh(x)**2 / cosh(x)**2 - sinh(x)**2 / cosh(x)**2, k=3, note="split the fraction"),
    Claim(112, "valid", cosh(x)**2 / cosh(x)**2 - sinh(x)**2 / cosh(x)**2, 1 - tanh(x)**2, k=4,
          note="sinh/cosh = tanh"),
    # line 116
    Claim(116, "valid", diff(tanh(x), x), 1 - tanh(x)**2, note="derivative of tanh"),
    # line 137: quotient rule again
    Claim(137, "valid", diff(f / g, x), (g * diff(f, x) - f * diff(g, x)) / g**2,
          note="quotient rule, generic quadratics f and g"),
    # line 141
    Claim(141, "valid", dS,
          ((1 + emx) * diff(Integer(1), x) - 1 * diff(1 + emx, x)) / (1 + emx)**2,
          note="quotient rule with f = 1, g = 1 + e^{-x}"),
    # line 145
    Claim(145, "valid", emx / (1 + emx)**2, 1 / (1 + emx) * (emx / (1 + emx)),
          note="split the square in the denominator"),
    # line 149
    Claim(149, "valid", 1 / (1 + emx) * ((1 + emx - 1) / (1 + emx)),
          1 / (1 + emx) * ((1 + emx) / (1 + emx) - 1 / (1 + emx)),
          note="split the numerator 1 + e^{-x} - 1 over the common denominator"),
]
