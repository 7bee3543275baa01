from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = ("https://github.com/Hiroaki-K4/PRML/blob/"
          "2436a4dfcfbdabd87478f8d9ec398e33c286042d/neural_network/README.md")
TITLE = "Neural network: tanh sigmoid function and hyperbolic derivatives"
TOPIC = "activations"

x = Symbol("x", real=True)
sinh = (exp(x) - exp(-x)) / 2
cosh = (exp(x) + exp(-x)) / 2
tanh = (exp(x) - exp(-x)) / (exp(x) + exp(-x))   # the document's definition (line 9)

CLAIMS = [
    # tanh(x) = sinh/cosh = (e^x - e^-x)/(e^x + e^-x)
    Claim(16, "valid", tanh, sinh / cosh),
    Claim(16, "valid", sinh / cosh, (exp(x) - exp(-x)) / (exp(x) + exp(-x)), k=2),
    # d/dx sinh = (e^x + e^-x)/2 = cosh
    Claim(26, "valid", diff(sinh, x), (exp(x) + exp(-x)) / 2),
    Claim(26, "valid", (exp(x) + exp(-x)) / 2, cosh, k=2),
    # d/dx cosh = (e^x - e^-x)/2 = sinh
    Claim(27, "valid", diff(cosh, x), (exp(x) - exp(-x)) / 2),
    Claim(27, "valid", (exp(x) - exp(-x)) / 2, sinh, k=2),
    # d/dx tanh = d/dx sinh/cosh = (cosh^2 - sinh^2)/cosh^2 = 1 - tanh^2
    Claim(28, "valid", diff(tanh, x), diff(sinh / cosh, x)),
    Claim(28, "valid", diff(sinh / cosh, x), (cosh**2 - sinh**2) / cosh**2, k=2),
    Claim(28, "valid", (cosh**2 - sinh**2) / cosh**2, 1 - tanh**2, k=3),
]
