from sympy import Symbol, exp, diff, sin, cos, Rational

from labels import Claim

SOURCE = "https://mynote.show/sigmoid+function+derivative"
TITLE = "Sigmoid function derivative via the chain rule (Hause Lin)"
TOPIC = "activations"

x = Symbol("x", real=True)
u = 1 + exp(-x)
s = 1 / u
ds = diff(s, x)

# generic f, g of the chain rule: concrete smooth stand-ins
t = Symbol("t", real=True)
F = sin(t) + t**2 / 3
G = cos(x) + x**3 / 5
chain_lhs = diff(F.subs(t, G), x)
chain_rhs = diff(F, t).subs(t, G) * diff(G, x)

f = (x**2 + 1)**3

c = [
    ds,                                         # d/dx sigma
    diff(1 / u, x),                             # d/dx [1/(1+e^{-x})]
    diff(u**-1, x),                             # d/dx (1+e^{-x})^{-1}
    -1 * u**-2 * (-exp(-x)),
    (-exp(-x)) / (-(u**2)),
    exp(-x) / u**2,
    (1 / u) * (exp(-x) / u),
    (1 / u) * ((exp(-x) + (1 - 1)) / u),
    (1 / u) * ((u - 1) / u),
    (1 / u) * (u / u - 1 / u),
    (1 / u) * (1 - 1 / u),
    s * (1 - s),
]

CLAIMS = [
    Claim(7, "valid", s, exp(x) / (exp(x) + 1)),
    Claim(9, "valid", 1 / u, (1 / u) * (exp(x) / exp(x))),
    Claim(10, "valid", (1 / u) * (exp(x) / exp(x)), exp(x) / (exp(x) + 1)),
    Claim(12, "valid", exp(x) / exp(x), 1),
    Claim(15, "valid", ds, diff(s, x)),
    Claim(15, "valid", diff(s, x), s * (1 - s), k=2),
    Claim(17, "valid", diff(exp(x), x), exp(x)),
    Claim(18, "valid", diff(exp(-3 * x**2 + 2 * x), x), (-6 * x + 2) * exp(-3 * x**2 + 2 * x)),
    Claim(19, "valid", chain_lhs, chain_rhs),
    Claim(23, "valid", diff(f, x), 3 * (x**2 + 1)**(3 - 1) * 2 * x**(2 - 1)),
    Claim(24, "valid", 3 * (x**2 + 1)**(3 - 1) * 2 * x**(2 - 1), 3 * (x**2 + 1)**2 * (2 * x)),
    Claim(25, "valid", 3 * (x**2 + 1)**2 * (2 * x), 6 * x * (x**2 + 1)**2),
    Claim(32, "valid", c[0], c[1]),
    Claim(32, "valid", c[1], c[2], k=2),
] + [Claim(33 + i, "valid", c[2 + i], c[3 + i]) for i in range(9)]
