from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://github.com/alexcrockett/_ml_math_playground/blob/HEAD/neural%20nets%20notes/sigmoid-gradient.ipynb"
TITLE = "Derivative of the sigmoid function (alexcrockett notebook)"
TOPIC = "activations"

x = Symbol("x", real=True)
u = 1 + exp(-x)
s = 1 / u
ds = diff(s, x)
du = diff(u, x)

CLAIMS = [
    Claim(9, "valid", ds, diff(1 / u, x)),
    Claim(9, "valid", diff(1 / u, x), diff(u**-1, x), k=2),
    Claim(10, "invalid", ds * du, -u**-2 * du,
          note="the chain rule gives d(u^{-1})/du * du/dx = -u^{-2} du/dx; written with dsigma/dx in place of dsigma/du the left side is sigma'(x) u'(x)"),
    Claim(15, "valid", 1 - s, exp(-x) / (1 + exp(-x))),
]
