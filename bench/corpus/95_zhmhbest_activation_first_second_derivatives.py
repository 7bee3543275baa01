from sympy import Max, Piecewise, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/zhmhbest/HandwritingML/blob/67375aa2babb1f907555b7c6349eed487a0dd500/src/activations/README.md"
TITLE = "Activation: first and second derivatives of sigmoid, tanh, ReLU, leaky ReLU, ELU, softplus (zhmhbest, HandwritingML)"
TOPIC = "activations"

x = Symbol("x", real=True)
al = Symbol("alpha", real=True)          # the leaky-ReLU slope and the ELU scale, any real value

sig = 1 / (1 + exp(-x))                  # sigma(x), line 9
dsig = diff(sig, x)                      # d sigma / dx, as it appears on the right of lines 33-34

th = (exp(x) - exp(-x)) / (exp(x) + exp(-x))   # f(x) of the tanh section, line 42
dth = diff(th, x)

relu = Max(x, 0)                                             # line 72
leaky = Piecewise((x, x > 0), (al * x, True))                # lines 94-97
elu = Piecewise((x, x > 0), (al * (exp(x) - 1), True))       # lines 119-122
sp = log(1 + exp(x))                                         # line 150, log the natural logarithm

CLAIMS = [
    # sigmoid, first derivative (the left side d sigma/dx stands in its own array, line 15)
    Claim(19, "valid", dsig, -(1 + exp(-x))**-2 * (0 - exp(-x))),
    Claim(20, "valid", -(1 + exp(-x))**-2 * (0 - exp(-x)), exp(-x) * (1 + exp(-x))**-2),
    Claim(21, "valid", exp(-x) * (1 + exp(-x))**-2, ((1 + exp(-x)) - 1) * (1 + exp(-x))**-2),
    Claim(22, "valid", ((1 + exp(-x)) - 1) * (1 + exp(-x))**-2, sig * (1 - sig)),
    # sigmoid, second derivative
    Claim(33, "valid", diff(sig, x, 2), dsig * (1 - sig) + sig * (0 - dsig)),
    Claim(34, "valid", dsig * (1 - sig) + sig * (0 - dsig), dsig * (1 - 2 * sig)),
    Claim(35, "valid", dsig * (1 - 2 * sig), sig * (1 - sig) * (1 - 2 * sig)),
    # tanh
    Claim(52, "valid", dth, ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) * (exp(x) + exp(-x))**-2),
    Claim(53, "valid", ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) * (exp(x) + exp(-x))**-2, 1 - th**2,
          note="f^2(x) is the square f(x)^2, as in sin^2 x"),
    Claim(64, "valid", diff(th, x, 2), -2 * th * dth),
    Claim(65, "valid", -2 * th * dth, 2 * (th**3 - th), note="-2f(1 - f^2) = 2(f^3 - f)"),
    # ReLU (away from the kink at 0)
    Claim(79, "valid", diff(relu, x), Piecewise((1, x > 0), (0, True))),
    Claim(88, "valid", diff(relu, x, 2), 0, note="holds for every x != 0"),
    # leaky ReLU
    Claim(104, "valid", diff(leaky, x), Piecewise((1, x > 0), (al, True))),
    Claim(113, "valid", diff(leaky, x, 2), 0, note="holds for every x != 0"),
    # ELU
    Claim(131, "valid", diff(elu, x), Piecewise((1, x > 0), (al * exp(x), True))),
    Claim(141, "valid", diff(elu, x, 2), Piecewise((0, x > 0), (al * exp(x), True))),
    # softplus
    Claim(156, "valid", diff(sp, x), exp(x) / (1 + exp(x))),
    Claim(162, "valid", diff(sp, x, 2), exp(x) / (1 + exp(x))**2),
]
