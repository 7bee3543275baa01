from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://www.gmse.de/math-test/"
TITLE = "Activations: Tanh and Sig with their derivatives (gmse.de)"
TOPIC = "activations"

x = Symbol("x", real=True)
T = 1 - 2 / (exp(2 * x) + 1)          # the first link defines Tanh
Sg = 1 / (1 + exp(-x))

CLAIMS = [
    Claim(6, "valid", 1 - 2 / (exp(2 * x) + 1), (exp(x) - exp(-x)) / (exp(x) + exp(-x))),
    Claim(7, "valid", diff(T, x), (2 / (exp(x) + exp(-x)))**2),
    Claim(7, "valid", (2 / (exp(x) + exp(-x)))**2, 1 - T**2, k=2),
    Claim(9, "valid", diff(Sg, x), Sg * (1 - Sg)),
]
