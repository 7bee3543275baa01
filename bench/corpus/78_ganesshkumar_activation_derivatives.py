from sympy import Max, Piecewise, Rational, Symbol, cosh, diff, exp, sinh, tanh

from labels import Claim

SOURCE = "https://github.com/ganesshkumar/ganesshkumar.github.io/blob/2e1cffb25eab977c9ab31e5600402de1e7c88be0/_posts/2017-08-31-derivatives-of-activation-functions.md"
TITLE = "Derivatives of Activation functions: sigmoid, tanh, ReLU, leaky ReLU (Ganessh Kumar, ganesshkumar.com)"
TOPIC = "activations"

x = Symbol("x", real=True)

sig = 1 / (1 + exp(-x))          # sigma, the logistic sigmoid (named in the heading, never written out)
dsig = diff(sig, x)              # sigma'(x)
f_s = 1 / sig                    # f = 1/sigma, section 1
lhs_neg = -dsig / sig**2         # - sigma'/sigma^2, the derivative of 1/sigma

quot = (cosh(x) * diff(sinh(x), x) - sinh(x) * diff(cosh(x), x)) / cosh(x)**2
relu = Max(0, x)
leaky = Max(Rational(1, 100), x)  # as written: max(0.01, x)

CLAIMS = [
    # sigmoid
    Claim(8, "valid", f_s, 1 + exp(-x)),
    Claim(12, "valid", diff(f_s, x), diff(1 / sig, x)),
    Claim(12, "valid", diff(1 / sig, x), diff(1 + exp(-x), x), k=2),
    Claim(14, "valid", lhs_neg, -exp(-x)),
    Claim(16, "valid", lhs_neg, 1 - f_s),
    Claim(18, "valid", lhs_neg, 1 - f_s, note="the line of line 16, written twice"),
    Claim(20, "valid", lhs_neg, 1 - 1 / sig),
    Claim(22, "valid", lhs_neg, (sig - 1) / sig),
    Claim(26, "valid", dsig / sig**2, (1 - sig) / sig),
    Claim(28, "valid", dsig, sig**2 * ((1 - sig) / sig)),
    Claim(30, "valid", dsig, sig * (1 - sig)),
    # tanh (written without backslash: tanh, sinh, cosh are the functions)
    Claim(36, "valid", tanh(x), (exp(x) - exp(-x)) / (exp(x) + exp(-x))),
    Claim(40, "valid", diff(tanh(x), x), diff(sinh(x) / cosh(x), x)),
    Claim(44, "valid", diff(tanh(x), x), quot),
    Claim(46, "valid", diff(tanh(x), x), (cosh(x) * cosh(x) - sinh(x) * sinh(x)) / cosh(x)**2),
    Claim(48, "valid", diff(tanh(x), x), 1 - tanh(x)**2),
    # ReLU
    Claim(57, "valid", diff(relu, x), Piecewise((1, x > 0), (0, True))),
    # leaky ReLU, as defined: max(0.01, x)
    Claim(71, "invalid", diff(leaky, x), Piecewise((1, x > 0), (Rational(1, 100), True)),
          note="f is defined as max(0.01, x), whose slope is 0 below x = 0.01 (and 1 above), not 0.01 "
               "for x <= 0; the cases are the derivative of max(0.01x, x)"),
]
