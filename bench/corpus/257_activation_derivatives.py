from sympy import Symbol, exp, diff, sinh, cosh, tanh

from labels import Claim

SOURCE = ("https://github.com/dustinstansbury/theclevermachine/blob/"
          "759c75ba77a98039bc7673f2c674810c4d573069/_posts/"
          "2020-06-29-derivation-common-neural-network-activation-functions.md")
TITLE = "Derivation: Derivatives for Common Neural Network Activation Functions"
TOPIC = "activations"

z = Symbol("z", real=True)
E = exp(-z)
g = 1 / (1 + E)  # g_logistic(z)

CLAIMS = [
    # logistic sigmoid chain (line 28)
    Claim(28, "valid", diff(g, z), diff(1 / (1 + E), z)),
    Claim(28, "valid", diff(1 / (1 + E), z), E / (1 + E)**2, k=2),
    Claim(28, "valid", E / (1 + E)**2, (1 + E - 1) / (1 + E)**2, k=3),
    Claim(28, "valid", (1 + E - 1) / (1 + E)**2,
          (1 + E) / (1 + E)**2 - (1 / (1 + E))**2, k=4),
    Claim(28, "valid", (1 + E) / (1 + E)**2 - (1 / (1 + E))**2,
          1 / (1 + E) - (1 / (1 + E))**2, k=5),
    Claim(28, "valid", 1 / (1 + E) - (1 / (1 + E))**2, g - g**2, k=6),
    Claim(28, "valid", g - g**2, g * (1 - g), k=7),
    # tanh as sinh/cosh and as exponentials (line 39; g_tanh is defined by the first link)
    Claim(39, "valid", sinh(z) / cosh(z), (exp(z) - exp(-z)) / (exp(z) + exp(-z))),
    # tanh derivative chain (line 45)
    Claim(45, "valid", diff(tanh(z), z), diff(sinh(z) / cosh(z), z)),
    Claim(45, "valid", diff(sinh(z) / cosh(z), z),
          (diff(sinh(z), z) * cosh(z) - diff(cosh(z), z) * sinh(z)) / cosh(z)**2, k=2),
    Claim(45, "valid", (diff(sinh(z), z) * cosh(z) - diff(cosh(z), z) * sinh(z)) / cosh(z)**2,
          (cosh(z)**2 - sinh(z)**2) / cosh(z)**2, k=3),
    Claim(45, "valid", (cosh(z)**2 - sinh(z)**2) / cosh(z)**2,
          1 - sinh(z)**2 / cosh(z)**2, k=4),
    Claim(45, "valid", 1 - sinh(z)**2 / cosh(z)**2, 1 - tanh(z)**2, k=5),
]
