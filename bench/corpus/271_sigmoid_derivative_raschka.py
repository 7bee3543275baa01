from sympy import Integer, Symbol, diff, exp

from labels import Claim

SOURCE = "https://sebastianraschka.com/faq/docs/logisic-sigmoid-derivative.html"
TITLE = "What is the derivative of the logistic sigmoid function? (Sebastian Raschka, ML FAQ)"
TOPIC = "activations"

x = Symbol("x", real=True)
E = exp(-x)
s = 1 / (1 + E)  # sigma(x)
ds = diff(s, x)  # d sigma / dx

CLAIMS = [
    # statement up front: d/dx (of sigma) = e^{-x}/(1+e^{-x})^2; the operand sigma is left implicit
    Claim(10, "valid", ds, E / (1 + E)**2,
          note="operand of d/dx omitted in the source; read as d sigma/dx"),
    # first align: derivation step by step
    Claim(15, "valid", ds, diff(1 / (1 + E), x)),
    Claim(16, "valid", diff(1 / (1 + E), x), diff((1 + E)**-1, x)),
    Claim(17, "valid", diff((1 + E)**-1, x), -(1 + E)**-2 * diff(1 + E, x)),
    Claim(18, "valid", -(1 + E)**-2 * diff(1 + E, x),
          -(1 + E)**-2 * (diff(Integer(1), x) + diff(E, x))),
    Claim(19, "valid", -(1 + E)**-2 * (diff(Integer(1), x) + diff(E, x)),
          -(1 + E)**-2 * diff(E, x)),
    Claim(20, "valid", -(1 + E)**-2 * diff(E, x), -(1 + E)**-2 * E * diff(-x, x)),
    Claim(21, "valid", -(1 + E)**-2 * E * diff(-x, x), -(1 + E)**-2 * (-E)),
    Claim(22, "valid", -(1 + E)**-2 * (-E), 1 / (1 + E)**2 * E),
    Claim(23, "valid", 1 / (1 + E)**2 * E, E / (1 + E)**2),
    # second align: rewriting as sigma(1 - sigma)
    Claim(29, "valid", E / (1 + E)**2, E / (1 + E) * 1 / (1 + E)),
    Claim(30, "valid", E / (1 + E) * 1 / (1 + E), (-1 + 1 + E) / (1 + E) * 1 / (1 + E)),
    Claim(31, "valid", (-1 + 1 + E) / (1 + E) * 1 / (1 + E),
          (-1 / (1 + E) + (1 + E) / (1 + E)) * 1 / (1 + E)),
    Claim(32, "valid", (-1 / (1 + E) + (1 + E) / (1 + E)) * 1 / (1 + E),
          (-1 / (1 + E) + 1) * 1 / (1 + E)),
    Claim(33, "valid", (-1 / (1 + E) + 1) * 1 / (1 + E), (1 - 1 / (1 + E)) * 1 / (1 + E)),
    Claim(34, "valid", (1 - 1 / (1 + E)) * 1 / (1 + E), (1 - s) * s),
]
