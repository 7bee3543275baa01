"""Labels for 124_almog_sigmoid_tanh_gradients.md.

Not counted as claims: the definitions sigma(x) = 1/(1+e^{-x}) (line 7, and its verbatim
restatement as "the definition" on line 70), tanh(x) = (e^x - e^{-x})/(e^x + e^{-x}) (line 25,
restated verbatim as "the definition" on line 96), and the helper definitions f(u), g(x), h(x)
(lines 46, 47, 101, 102 - the part left of \\implies).
Lines that start with "= ..." continue the expression above them; on line 79 the prose says the
factor is put back "into the main expression", so its left side is sigma(x)(1 - sigma(x)).
"""
from sympy import Integer, Symbol, diff, exp, tanh

from labels import Claim

SOURCE = ("https://github.com/almogbb74/Deep-Learning-Tasks/blob/"
          "807f4d21adffe6ce4ba98a862dd4f150066b3646/Task%201/HW1%20%2B%20Solution.ipynb")
TITLE = "Sigmoid and tanh gradients, homework solution (Almog Ben Baruch)"
TOPIC = "activations"

x = Symbol("x", real=True)
u = Symbol("u", real=True)


def sig(z):
    return 1 / (1 + exp(-z))


s = sig(x)
e = exp(-x)
dsig = diff(s, x)
main = s * (1 - s)                      # sigma(x)(1 - sigma(x))

# Task 1.a helpers: f(u) = u^{-1}, g(x) = 1 + e^{-x}
f = u**-1
g1 = 1 + e
fprime = diff(f, u)

# Task 2.a helpers: g(x) = e^x - e^{-x}, h(x) = e^x + e^{-x}
g2 = exp(x) - exp(-x)
h2 = exp(x) + exp(-x)
dtanh = diff(tanh(x), x)

CLAIMS = [
    Claim(15, "valid", dsig, main, note="sigma' = sigma(1 - sigma)"),
    Claim(18, "valid", s, (1 + e)**-1, note="1/(1+e^{-x}) written as a power"),
    Claim(33, "valid", dtanh, 1 - tanh(x)**2, note="tanh' = 1 - tanh^2"),
    Claim(36, "valid", tanh(x), 2 * sig(2 * x) - 1,
          note="2/(1+e^{-2x}) - 1 = (1-e^{-2x})/(1+e^{-2x}) = tanh x"),
    Claim(42, "valid", s, (1 + e)**-1, note="same rewriting of sigma"),
    Claim(43, "valid", diff(f.subs(u, g1), x), fprime.subs(u, g1) * diff(g1, x),
          note="chain rule, instantiated with the f and g introduced just below"),
    Claim(50, "valid", fprime, -1 * u**-2, note="power rule for u^{-1}"),
    Claim(50, "valid", -1 * u**-2, -1 / u**2, k=2, note="u^{-2} = 1/u^2"),
    Claim(51, "valid", diff(g1, x), diff(1 + e, x), note="g'(x) is d/dx of 1 + e^{-x}"),
    Claim(51, "valid", diff(1 + e, x), 0 + e * (-1), k=2,
          note="constant has derivative 0, d/dx e^{-x} = -e^{-x}"),
    Claim(51, "valid", 0 + e * (-1), -e, k=3, note="arithmetic"),
    Claim(54, "valid", dsig, fprime.subs(u, g1) * diff(g1, x),
          note="chain rule with sigma = f(g(x))"),
    Claim(55, "valid", dsig, (-1 / (1 + e)**2) * (-e), note="f'(g(x)) = -1/(1+e^{-x})^2, g' = -e^{-x}"),
    Claim(59, "valid", dsig, e / (1 + e)**2, note="the two minus signs cancel"),
    Claim(63, "valid", dsig, main, note="statement to be shown; true"),
    Claim(71, "valid", main, (1 / (1 + e)) * (1 - 1 / (1 + e)),
          note="substituting sigma = 1/(1+e^{-x})"),
    Claim(74, "valid", 1 - 1 / (1 + e), (1 + e) / (1 + e) - 1 / (1 + e),
          note="writing 1 over the common denominator"),
    Claim(75, "valid", (1 + e) / (1 + e) - 1 / (1 + e), (1 + e - 1) / (1 + e),
          note="combining the fractions"),
    Claim(76, "valid", (1 + e - 1) / (1 + e), e / (1 + e), note="1 - 1 = 0 in the numerator"),
    Claim(79, "valid", main, (1 / (1 + e)) * (e / (1 + e)),
          note="main expression with 1 - sigma replaced by e^{-x}/(1+e^{-x})"),
    Claim(82, "valid", (1 / (1 + e)) * (e / (1 + e)), (1 * e) / ((1 + e) * (1 + e)),
          note="product of fractions"),
    Claim(83, "valid", (1 * e) / ((1 + e) * (1 + e)), e / (1 + e)**2, note="collecting the square"),
    Claim(86, "valid", dsig, main, note="conclusion; sigma' = sigma(1 - sigma)"),
    Claim(98, "valid", diff(g2 / h2, x), (diff(g2, x) * h2 - g2 * diff(h2, x)) / h2**2,
          note="quotient rule, instantiated with the g and h introduced just below"),
    Claim(101, "valid", diff(g2, x), exp(x) + exp(-x), note="d/dx (e^x - e^{-x})"),
    Claim(102, "valid", diff(h2, x), exp(x) - exp(-x), note="d/dx (e^x + e^{-x})"),
    Claim(105, "valid", dtanh,
          ((exp(x) + exp(-x)) * (exp(x) + exp(-x)) - (exp(x) - exp(-x)) * (exp(x) - exp(-x)))
          / (exp(x) + exp(-x))**2,
          note="quotient rule with g' = h and h' = g"),
    Claim(107, "valid", dtanh, ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) / (exp(x) + exp(-x))**2,
          note="products written as squares"),
    Claim(110, "valid", (exp(2 * x) + 2 + exp(-2 * x)) - (exp(2 * x) - 2 + exp(-2 * x)), Integer(4),
          note="expanded squares differ by 4"),
    Claim(113, "valid", dtanh, 4 / (exp(x) + exp(-x))**2, note="tanh' = 4/(e^x+e^{-x})^2 = sech^2"),
    Claim(117, "valid", dtanh, 1 - tanh(x)**2, note="statement to be shown; true"),
    Claim(121, "valid", 1 - tanh(x)**2, 1 - ((exp(x) - exp(-x)) / (exp(x) + exp(-x)))**2,
          note="definition of tanh substituted"),
    Claim(124, "valid", 1 - tanh(x)**2,
          (exp(x) + exp(-x))**2 / (exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2 / (exp(x) + exp(-x))**2,
          note="common denominator"),
    Claim(127, "valid", 1 - tanh(x)**2,
          ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) / (exp(x) + exp(-x))**2,
          note="fractions combined"),
    Claim(130, "valid", 1 - tanh(x)**2, 4 / (exp(x) + exp(-x))**2, note="numerator equals 4"),
    Claim(133, "valid", dtanh, 1 - tanh(x)**2, note="conclusion; true"),
]
