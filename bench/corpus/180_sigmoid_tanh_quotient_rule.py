from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = ("https://github.com/JeffDeCola/my-cheat-sheets/blob/416a37e61462705ad1bd75a288eb97a4ec15344a/"
          "other/stem/math/pure/changes/calculus-cheat-sheet/README.md")
TITLE = "Calculus cheat sheet: sigmoid and tanh derivatives by the quotient rule"
TOPIC = "activations"

x = Symbol("x", real=True)
a = Symbol("a", real=True)
b = Symbol("b", real=True)

# sigmoid, with the quotient-rule pieces g = 1, h = 1 + e^{-x}
s = 1 / (1 + exp(-x))
g_s = 1 + 0 * x
h_s = 1 + exp(-x)
ds = diff(s, x)

# tanh as the document defines it, with g = e^x - e^{-x}, h = e^x + e^{-x}
T = (exp(x) - exp(-x)) / (exp(x) + exp(-x))
g_t = exp(x) - exp(-x)
h_t = exp(x) + exp(-x)
dT = diff(T, x)

CLAIMS = [
    # sigmoid
    Claim(29, "valid", ds, s * (1 - s)),
    Claim(43, "valid", ds, (diff(g_s, x) * h_s - g_s * diff(h_s, x)) / h_s**2),
    Claim(51, "valid", diff(g_s, x), 0),
    Claim(53, "valid", diff(h_s, x), -exp(-x)),
    Claim(61, "valid", ds, (0 * (1 + exp(-x)) - 1 * (-exp(-x))) / (1 + exp(-x))**2),
    Claim(62, "valid", ds, exp(-x) / (1 + exp(-x))**2),
    Claim(70, "valid", ds, 1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x)))),
    Claim(71, "valid", ds, 1 / (1 + exp(-x)) * ((1 + exp(-x) - 1) / (1 + exp(-x)))),
    Claim(72, "valid", ds, 1 / (1 + exp(-x)) * (1 - 1 / (1 + exp(-x)))),
    Claim(79, "valid", ds, s * (1 - s)),
    # tanh
    Claim(103, "valid", dT, 1 - T**2),
    Claim(117, "valid", dT, (diff(g_t, x) * h_t - g_t * diff(h_t, x)) / h_t**2),
    Claim(125, "valid", diff(g_t, x), exp(x) + exp(-x)),
    Claim(127, "valid", diff(h_t, x), exp(x) - exp(-x)),
    Claim(135, "valid", dT,
          ((exp(x) + exp(-x)) * (exp(x) + exp(-x)) - (exp(x) - exp(-x)) * (exp(x) - exp(-x)))
          / (exp(x) + exp(-x))**2),
    Claim(136, "valid", dT, ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) / (exp(x) + exp(-x))**2),
    Claim(144, "valid", (a + b)**2, a**2 + 2 * a * b + b**2),
    Claim(145, "valid", (a - b)**2, a**2 - 2 * a * b + b**2),
    Claim(153, "valid", (exp(x) + exp(-x))**2, exp(2 * x) + 2 * exp(x) * exp(-x) + exp(-2 * x)),
    Claim(153, "valid", exp(2 * x) + 2 * exp(x) * exp(-x) + exp(-2 * x), exp(2 * x) + 2 + exp(-2 * x), k=2),
    Claim(154, "valid", (exp(x) - exp(-x))**2, exp(2 * x) - 2 * exp(x) * exp(-x) + exp(-2 * x)),
    Claim(154, "valid", exp(2 * x) - 2 * exp(x) * exp(-x) + exp(-2 * x), exp(2 * x) - 2 + exp(-2 * x), k=2),
    Claim(162, "valid", dT,
          (exp(2 * x) + 2 + exp(-2 * x) - exp(2 * x) + 2 - exp(-2 * x)) / (exp(x) + exp(-x))**2),
    Claim(163, "valid", dT, 4 / (exp(x) + exp(-x))**2),
    Claim(171, "valid", 4, (exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2),
    Claim(179, "valid", dT, ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) / (exp(x) + exp(-x))**2),
    Claim(187, "valid", dT,
          (exp(x) + exp(-x))**2 / (exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2 / (exp(x) + exp(-x))**2),
    Claim(188, "valid", dT, 1 - (exp(x) - exp(-x))**2 / (exp(x) + exp(-x))**2),
    Claim(204, "valid", T**2, ((exp(x) - exp(-x)) / (exp(x) + exp(-x)))**2),
    Claim(205, "valid", T**2, (exp(x) - exp(-x))**2 / (exp(x) + exp(-x))**2),
    Claim(213, "valid", dT, 1 - T**2),
]
