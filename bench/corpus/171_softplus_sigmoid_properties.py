from sympy import Symbol, exp, log, diff, Integral, Limit, Max, oo, solve

from labels import Claim

SOURCE = ("https://github.com/WangWilly/blog_dev/blob/ebb1345dab7c20179778f45c04cd7d0cda7b51e2/"
          "source/_posts/Deep-learning-Probability-and-Information-theories-V.md")
TITLE = "Deep learning - Probability and Information theories V: logistic sigmoid and softplus properties"
TOPIC = "activations"

x = Symbol("x", real=True)
y = Symbol("y", real=True)
u = Symbol("u", real=True)


def sig(t):
    return 1 / (1 + exp(-t))


def zeta(t):
    return log(1 + exp(t))


# inverses computed by solving zeta(y) = x and sigma(y) = x for y, independently of the text
sig_inv = solve(sig(y) - x, y)[0]
zeta_inv = solve(zeta(y) - x, y)[0]

unit = {x: (0.05, 0.95)}
pos = {x: (0.1, 3.0)}

CLAIMS = [
    # logistic function: sigma(x) = exp(x)/(exp(x)+1) is the definition
    Claim(15, "valid", exp(x) / (exp(x) + 1), 1 / (1 + exp(-x))),
    Claim(15, "valid", 1 / (1 + exp(-x)), sig(x), k=2),
    # softplus: zeta(x) = log(1+exp(x)) is the definition
    Claim(24, "valid", log(1 + exp(x)), zeta(x)),
    # 1 - sigma(x) = sigma(-x)
    Claim(37, "valid", 1 - sig(x), sig(-x)),
    Claim(40, "valid", 1 - 1 / (1 + exp(-x)), exp(-x) / (1 + exp(-x))),
    Claim(40, "valid", exp(-x) / (1 + exp(-x)), 1 / (1 + exp(-(-x))), k=2),
    Claim(40, "valid", 1 / (1 + exp(-(-x))), sig(-x), k=3),
    # log sigma(x) = -zeta(-x)
    Claim(43, "valid", log(sig(x)), -zeta(-x)),
    Claim(46, "valid", log(1 / (1 + exp(-x))), -log(1 + exp(-x))),
    Claim(46, "valid", -log(1 + exp(-x)), -zeta(-x), k=2),
    # derivative of the sigmoid
    Claim(49, "valid", diff(sig(x), x), sig(x) * (1 - sig(x))),
    Claim(52, "valid", diff(1 / (1 + exp(-x)), x), diff((1 + exp(-x))**-1, x)),
    Claim(52, "valid", diff((1 + exp(-x))**-1, x), -(1 + exp(-x))**-2 * (-(exp(-x))), k=2),
    Claim(52, "valid", -(1 + exp(-x))**-2 * (-(exp(-x))),
          1 / (1 + 2 * exp(-x) + exp(-x)**2) * exp(-x), k=3),
    Claim(52, "valid", 1 / (1 + 2 * exp(-x) + exp(-x)**2) * exp(-x),
          1 / (exp(x) + 2 + exp(-x)), k=4),
    Claim(52, "valid", 1 / (exp(x) + 2 + exp(-x)), 1 / (1 + exp(-x)) * 1 / (1 + exp(x)), k=5),
    Claim(52, "valid", 1 / (1 + exp(-x)) * 1 / (1 + exp(x)), sig(x) * sig(-x), k=6),
    Claim(52, "valid", sig(x) * sig(-x), sig(x) * (1 - sig(x)), k=7),
    # derivative of softplus
    Claim(55, "valid", diff(zeta(x), x), sig(x)),
    Claim(58, "valid", diff(log(1 + exp(x)), x), exp(x) / (1 + exp(x))),
    Claim(58, "valid", exp(x) / (1 + exp(x)), 1 / (1 + exp(-x)), k=2),
    Claim(58, "valid", 1 / (1 + exp(-x)), sig(x), k=3),
    # inverse of the sigmoid on (0, 1); the "=>" lines before it solve an equation (not claims)
    Claim(61, "valid", sig_inv, log(x / (1 - x)), domain=unit),
    Claim(65, "valid", sig_inv, log(x / (1 - x)), domain=unit),
    # inverse of softplus on x > 0
    Claim(68, "valid", zeta_inv, log(exp(x) - 1), domain=pos),
    Claim(71, "valid", zeta_inv, log(exp(x) - 1), domain=pos),
    # softplus as the integral of the sigmoid
    Claim(74, "valid", zeta(x), Integral(sig(y), (y, -oo, x))),
    Claim(75, "valid", diff(exp(y), y), exp(y)),
    Claim(78, "valid", Integral(exp(y) / (1 + exp(y)), (y, -oo, x)),
          Integral(1 / (1 + exp(y)) * exp(y), (y, -oo, x))),
    Claim(78, "valid", Integral(1 / (1 + exp(y)) * exp(y), (y, -oo, x)),
          Integral(1 / (1 + u), (u, 0, exp(x))), k=2),
    Claim(78, "valid", Integral(1 / (1 + u), (u, 0, exp(x))),
          log(1 + exp(x)) - Limit(log(1 + exp(y)), y, -oo), k=3),
    Claim(78, "valid", log(1 + exp(x)) - Limit(log(1 + exp(y)), y, -oo),
          log(1 + exp(x)) - log(1 + exp(-oo)), k=4),
    Claim(78, "valid", log(1 + exp(x)) - log(1 + exp(-oo)), log(1 + exp(x)) - log(1), k=5),
    Claim(78, "valid", log(1 + exp(x)) - log(1), log(1 + exp(x)), k=6),
    # zeta(x) - zeta(-x) = x  (x^+ and x^- are definitions)
    Claim(81, "valid", zeta(x) - zeta(-x), x),
    Claim(86, "valid", x, Max(0, x) - Max(0, -x)),
    Claim(87, "valid", x, zeta(x) - zeta(-x)),
]
