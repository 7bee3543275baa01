from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "example"
TITLE = "The sigmoid's derivative"
TOPIC = "activations"

z = Symbol("z", real=True)
s = 1 / (1 + exp(-z))
CLAIMS = [
    Claim(6, "valid", diff(s, z), exp(-z) / (1 + exp(-z))**2),
    Claim(6, "valid", exp(-z) / (1 + exp(-z))**2, s * (1 - s), k=2),
    Claim(8, "invalid", diff(s, z), s * (1 + s), note="σ' = σ(1 − σ), not σ(1 + σ)"),
]
