from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://www.heatonresearch.com/aifh/vol3/deriv_sigmoid.html"
TITLE = "Taking the Derivative of the Sigmoid Function (Heaton Research)"
TOPIC = "activations"

x = Symbol("x", real=True)
d = exp(-x) + 1
s = 1 / d
ds = diff(s, x)

r7a = diff(1 / d, x)                                  # d/dx (1/(e^{-x}+1))
r7b = -diff(d, x) / d**2                              # -d/dx(e^{-x}+1) / (e^{-x}+1)^2
r13 = -diff(exp(-x), x) / d**2
r19 = -(exp(-x) * diff(-x, x)) / d**2
r25 = -(-1) * exp(-x) / d**2
r31 = exp(-x) / d**2
r37 = (1 / d) * (-exp(-x) / d)

CLAIMS = [
    Claim(7, "valid", ds, r7a),
    Claim(7, "valid", r7a, r7b, k=2),
    Claim(13, "valid", r7b, r13),
    Claim(19, "valid", r13, r19),
    Claim(25, "valid", r19, r25),
    # the trailing "=" on line 25 and the leading "=" on line 31 are one link
    Claim(31, "valid", r25, r31),
    Claim(37, "invalid", r31, r37,
          note="e^{-x}/(e^{-x}+1)^2 = (1/(e^{-x}+1))(+e^{-x}/(e^{-x}+1)); the second factor's minus sign is wrong"),
    Claim(43, "valid", ds, s * (1 - s)),
]
