from sympy import Symbol, Limit, Max, Piecewise, erf, exp, oo, pi, sqrt, tanh, diff

from labels import Claim

SOURCE = ("https://github.com/QingyuLiu0521/DeepLearning-Ground-Up/blob/"
          "32525a73ac3bc0c901277662da6f6587f7a3e0ba/markdown/02-activation-functions.md")
TITLE = "Activation functions written by hand: sigmoid, tanh, ReLU, Leaky ReLU, ELU, Swish, GeLU"
TOPIC = "activations"

x = Symbol("x", real=True)
a = Symbol("alpha", positive=True)
b = Symbol("beta", real=True)


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    """sigma'(t) = sigma(t)(1 - sigma(t)), the derivative evaluated at t"""
    return sig(t) * (1 - sig(t))


# softmax at a concrete size K = 3, checked for every i with one random weight per entry
xs = [Symbol(f"x{j}", real=True) for j in range(3)]
M = Max(*xs)
Z = sum(exp(t) for t in xs)
ZM = sum(exp(t - M) for t in xs)
softmax = sum(Symbol(f"u{i}") * exp(xs[i]) / Z for i in range(3))
softmax_shift = sum(Symbol(f"u{i}") * exp(xs[i] - M) / ZM for i in range(3))

swish = x * sig(b * x)
Phi = (1 + erf(x / sqrt(2))) / 2
phi = exp(-x**2 / 2) / sqrt(2 * pi)
APOS = {a: (0.05, 2)}

CLAIMS = [
    # sigmoid
    Claim(6, "valid", diff(sig(x), x), exp(-x) / (1 + 2 * exp(-x) + exp(-2 * x))),
    Claim(6, "valid", exp(-x) / (1 + 2 * exp(-x) + exp(-2 * x)), sig(x) * (1 - sig(x)), k=2),
    # softmax shift invariance
    Claim(29, "valid", softmax, softmax_shift),
    # tanh
    Claim(39, "valid", diff(tanh(x), x), 1 - tanh(x)**2),
    # ReLU, Leaky ReLU, ELU (x != 0 almost surely at random points)
    Claim(54, "valid", diff(Max(0, x), x), Piecewise((1, x > 0), (0, True))),
    Claim(70, "valid", diff(Piecewise((x, x > 0), (a * x, True)), x), Piecewise((1, x > 0), (a, True)),
          domain=APOS),
    Claim(85, "valid", diff(Piecewise((x, x > 0), (a * (exp(x) - 1), True)), x),
          Piecewise((1, x > 0), (a * exp(x), True)), domain=APOS),
    # Swish(x) = x sigma(beta x)
    Claim(101, "ambiguous", diff(swish, x), sig(b * x) + x * dsig(b * x),
          alt=(diff(swish, x), sig(b * x) + x * diff(sig(b * x), x)),
          note="sigma'(beta x) read as sigma' at beta x drops the chain-rule factor beta; "
               "holds if it means d/dx sigma(beta x)"),
    Claim(101, "ambiguous", sig(b * x) + x * dsig(b * x), sig(b * x) + b * x * sig(b * x) * (1 - sig(b * x)),
          k=2, alt=(sig(b * x) + x * diff(sig(b * x), x), sig(b * x) + b * x * sig(b * x) * (1 - sig(b * x))),
          note="the factor beta appears only if sigma'(beta x) means d/dx sigma(beta x)"),
    Claim(101, "valid", sig(b * x) + b * x * sig(b * x) * (1 - sig(b * x)),
          sig(b * x) + b * x * (sig(b * x) - sig(b * x)**2), k=3),
    Claim(101, "valid", sig(b * x) + b * x * (sig(b * x) - sig(b * x)**2),
          b * x * sig(b * x) + sig(b * x) * (1 - b * x * sig(b * x)), k=4),
    Claim(101, "valid", b * x * sig(b * x) + sig(b * x) * (1 - b * x * sig(b * x)),
          b * swish + sig(b * x) * (1 - b * swish), k=5),
    # limit beta -> infinity
    Claim(118, "valid", Limit(x / (1 + exp(-b * x)), b, oo), Piecewise((x, x > 0), (0, True))),
    Claim(118, "valid", Piecewise((x, x > 0), (0, True)), Max(x, 0), k=2),
    # GeLU(x) = x Phi(x)
    Claim(132, "valid", diff(x * Phi, x), Phi + x * phi),
]
