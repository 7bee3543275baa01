from sympy import Symbol, exp, diff, Integer

from labels import Claim

SOURCE = "https://github.com/limits-to-arbitrage/random-posts/blob/main/derivative_sigmoid.ipynb"
TITLE = "Derivative of the sigmoid function g(z) (limits-to-arbitrage notebook)"
TOPIC = "activations"

z = Symbol("z", real=True)
u = 1 + exp(-z)
g = 1 / u
dg = diff(g, z)

rhs = {
    23: diff(1 / u, z),
    28: -diff(u, z) / u**2,
    33: -(diff(Integer(1), z) + diff(exp(-z), z)) / u**2,
    38: -(-exp(-z)) / u**2,
    44: exp(-z) / u**2,
    49: exp(-z) / (u * u),
    54: (1 / u) * (exp(-z) / u),
    59: (1 / u) * ((1 + exp(-z) - 1) / u),
    64: (1 / u) * (u / u - 1 / u),
    69: g * (1 - g),
}

CLAIMS = [Claim(18, "valid", g, exp(z) / (1 + exp(z)))] + [
    Claim(line, "valid", dg, r) for line, r in rhs.items()
]
