from sympy import Lambda, Max, Piecewise, Symbol, diff, exp

from labels import Claim

SOURCE = "https://github.com/islaterm/back-to-training/blob/2e36fd5af41f32b632df3c4a24e24bd4e3082d72/src/derivative_of_the_activation_functions.ipynb"
TITLE = "Derivative of the activation functions: ReLU, swish (in x and beta), CELU (in x and alpha) (islaterm, CC6204 homework)"
TOPIC = "activations"

x = Symbol("x", real=True)
beta = Symbol("beta", real=True)
alpha = Symbol("alpha", positive=True)
u = Symbol("u", real=True)

sig = Lambda(u, 1 / (1 + exp(-u)))            # the logistic sigmoid
dsig = Lambda(u, diff(sig(u), u))             # its true derivative, sigma(u)(1 - sigma(u))

relu = Max(0, x)
swish = x * sig(beta * x)
celu = Piecewise((x, x >= 0), (alpha * (exp(x / alpha) - 1), True))

# swish in x, lines 28-33 (each `&=` compared with the side just before it)
s28 = diff(x * sig(beta * x), x)
s29 = diff(x, x) * sig(beta * x) + x * diff(sig(beta * x), x)
s31 = sig(beta * x) + x * dsig(x) * diff(beta * x, x)        # as written: d/dx sigma(x), at x
s33 = sig(beta * x) + beta * x * (1 - sig(x))

# swish in beta, lines 40-46
b40 = diff(x * sig(beta * x), beta)
b41 = diff(x, beta) * sig(beta * x) + x * diff(sig(beta * x), beta)
b43 = diff(x, beta) * sig(beta * x) + x * dsig(beta * x) * diff(beta * x, beta)
b46 = x**2 * sig(beta * x) * (1 - sig(beta * x))

# CELU, lines 55-59 and 69-73
c55 = Piecewise((diff(x, x), x >= 0), (diff(alpha * (exp(x / alpha) - 1), x), True))
c59 = Piecewise((1, x >= 0), (exp(x / alpha), True))
a69 = Piecewise((diff(x, alpha), x >= 0), (diff(alpha * (exp(x / alpha) - 1), alpha), True))
a73 = Piecewise((0, x >= 0), (-x * exp(x / alpha) / alpha + exp(x / alpha) - 1, True))

A = {alpha: (0.2, 2.0)}

CLAIMS = [
    # ReLU
    Claim(10, "valid", diff(relu, x), diff(Max(0, x), x)),
    Claim(11, "valid", diff(Max(0, x), x), Piecewise((1, x > 0), (0, True))),
    # the premise about the sigmoid
    Claim(21, "invalid", diff(sig(x), x), 1 - sig(x),
          note="sigma'(x) = sigma(x)(1 - sigma(x)), not 1 - sigma(x)"),
    # swish, derivative in x
    Claim(28, "valid", diff(swish, x), s28),
    Claim(29, "valid", s28, s29),
    Claim(31, "invalid", s29, s31,
          note="the chain rule needs sigma' at beta x; as written d/dx sigma(x) is sigma'(x), equal only for beta = 1"),
    Claim(33, "invalid", s31, s33,
          note="uses the premise sigma' = 1 - sigma; x sigma'(x) beta = beta x sigma(x)(1 - sigma(x)); the true derivative is sigma(beta x) + beta x sigma(beta x)(1 - sigma(beta x))"),
    # swish, derivative in beta
    Claim(40, "valid", diff(swish, beta), b40),
    Claim(41, "valid", b40, b41),
    Claim(43, "valid", b41, b43),
    Claim(46, "valid", b43, b46),
    # CELU
    Claim(55, "valid", diff(celu, x), c55, domain=A),
    Claim(59, "valid", c55, c59, domain=A),
    Claim(69, "valid", diff(celu, alpha), a69, domain=A),
    Claim(73, "valid", a69, a73, domain=A),
]
