from sympy import Symbol, exp, sin, cos, diff, Integer

from labels import Claim

SOURCE = ("https://github.com/hauselin/rtutorialsite/blob/b1f304c34d7740250132446dc32790537c4e39a9/"
          "_posts/2019-12-01-neural-networks-deriving-the-sigmoid-derivative/"
          "neural-networks-deriving-the-sigmoid-derivative.Rmd")
TITLE = "Neural networks: deriving the sigmoid derivative (Hause Lin)"
TOPIC = "activations"

x = Symbol("x", real=True)
u = Symbol("u", real=True)
E = exp(-x)
s = 1 / (1 + E)
ds = diff(s, x)

# the chain rule, checked on one instance f(u) = sin(u) + u^3, g(x) = e^x / (2 + cos x)
f_ = sin(u) + u ** 3
g_ = exp(x) / (2 + cos(x))
# the quotient rule, checked on one instance g(x) = sin x + x^2, h(x) = 2 + e^x
gq = sin(x) + x ** 2
hq = 2 + exp(x)

fc = (x ** 2 + 1) ** 3          # chain-rule warm-up
fq = 3 * x / (1 + x)            # quotient-rule warm-up

# the shared tail of both sigmoid derivations
tail = [
    E / (1 + E) ** 2,
    1 / (1 + E) * (E / (1 + E)),
    1 / (1 + E) * ((E + (1 - 1)) / (1 + E)),
    1 / (1 + E) * (((1 + E) - 1) / (1 + E)),
    1 / (1 + E) * ((1 + E) / (1 + E) - 1 / (1 + E)),
    1 / (1 + E) * (1 - 1 / (1 + E)),
    s * (1 - s),
]

CLAIMS = [
    Claim(14, "valid", s, exp(x) / (exp(x) + 1), note="multiply top and bottom by e^x"),
    Claim(18, "valid", 1 / (1 + E), 1 / (1 + E) * (exp(x) / exp(x)), note="multiplying by e^x/e^x = 1"),
    Claim(19, "valid", 1 / (1 + E) * (exp(x) / exp(x)), exp(x) / (exp(x) + 1), note="e^{-x} e^x = 1"),
    Claim(22, "valid", exp(x) / exp(x), Integer(1), note="e^x/e^x = 1"),
    Claim(30, "valid", ds, diff(s, x), note="sigma'(x) is notation for d sigma/dx"),
    Claim(30, "valid", ds, s * (1 - s), k=2, note="standard identity sigma' = sigma(1 - sigma)"),
    Claim(34, "valid", diff(exp(x), x), exp(x), note="d e^x/dx = e^x"),
    Claim(35, "invalid", diff(exp(-3 * x ** 2 + 2 * x), x), (-6 * x + 2) * exp(x ** 2 + 2 * x),
          note="the exponent must stay -3x^2 + 2x; the right side has e^{x^2 + 2x}"),
    Claim(39, "valid", diff(f_.subs(u, g_), x), diff(f_, u).subs(u, g_) * diff(g_, x),
          note="chain rule (a general identity, checked on one instance of f and g)"),
    Claim(44, "valid", diff(fc, x), 3 * (x ** 2 + 1) ** (3 - 1) * 2 * x ** (2 - 1),
          note="chain rule on (x^2+1)^3"),
    Claim(45, "valid", 3 * (x ** 2 + 1) ** (3 - 1) * 2 * x ** (2 - 1), 3 * (x ** 2 + 1) ** 2 * (2 * x),
          note="simplifying exponents"),
    Claim(46, "valid", 3 * (x ** 2 + 1) ** 2 * (2 * x), 6 * x * (x ** 2 + 1) ** 2, note="rearranging"),
    # chain-rule derivation of sigma'
    Claim(52, "valid", ds, diff(1 / (1 + E), x), note="substituting the definition of sigma"),
    Claim(52, "valid", diff(1 / (1 + E), x), diff((1 + E) ** -1, x), k=2, note="1/a = a^{-1}"),
    Claim(53, "valid", diff((1 + E) ** -1, x), -1 * (1 + E) ** -2 * (-E), note="power rule and chain rule"),
    Claim(54, "valid", -1 * (1 + E) ** -2 * (-E), (-E) / (-(1 + E) ** 2),
          note="-1 * a^{-2} * (-e^{-x}) = (-e^{-x}) / (-a^2), both equal e^{-x}/a^2"),
    Claim(55, "valid", (-E) / (-(1 + E) ** 2), tail[0], note="the two minus signs cancel"),
] + [
    Claim(56 + j, "valid", tail[j], tail[j + 1], note="algebraic rewriting")
    for j in range(6)
] + [
    # quotient rule
    Claim(66, "valid", diff(gq / hq, x), (diff(gq, x) * hq - diff(hq, x) * gq) / hq ** 2,
          note="quotient rule (a general identity, checked on one instance of g and h)"),
    Claim(71, "valid", diff(fq, x), (diff(3 * x, x) * (1 + x) - diff(1 + x, x) * (3 * x)) / (1 + x) ** 2,
          note="quotient rule on 3x/(1+x)"),
    Claim(72, "valid", (diff(3 * x, x) * (1 + x) - diff(1 + x, x) * (3 * x)) / (1 + x) ** 2,
          (3 * (1 + x) - 1 * (3 * x)) / (1 + x) ** 2, note="d(3x)/dx = 3, d(1+x)/dx = 1"),
    Claim(73, "valid", (3 * (1 + x) - 1 * (3 * x)) / (1 + x) ** 2, (3 + 3 * x - 3 * x) / (1 + x) ** 2,
          note="expanding"),
    Claim(74, "valid", (3 + 3 * x - 3 * x) / (1 + x) ** 2, 3 / (1 + x) ** 2, note="3x - 3x = 0"),
    # quotient-rule derivation of sigma'
    Claim(80, "valid", ds, diff(1 / (1 + E), x), note="substituting the definition of sigma"),
    Claim(81, "valid", diff(1 / (1 + E), x), ((0) * (1 + E) - (-E) * (1)) / (1 + E) ** 2,
          note="quotient rule with g = 1, h = 1 + e^{-x}, h' = -e^{-x}"),
    Claim(82, "valid", ((0) * (1 + E) - (-E) * (1)) / (1 + E) ** 2, tail[0], note="simplifying"),
] + [
    Claim(83 + j, "valid", tail[j], tail[j + 1], note="algebraic rewriting")
    for j in range(6)
]
