"""Labels for 238_softmax_cross_entropy_logits.md (rbahumi, cross-entropy loss derivative).

Concrete size: K = 3 classes with logits z0, z1, z2 and true label y = 1 ("dog"), as in the
post's example. A vector identity "for every i" is checked through a weighted sum
sum_i c_i * (component i) with free weights c0, c1, c2, which holds for all weights only if
every component agrees.
"""
from sympy import Float, Integer, Symbol, exp, log, diff, limit, oo, sign, sin, sqrt

from labels import Claim

SOURCE = ("https://github.com/rbahumi/rbahumi.github.io/blob/2667792f28e5e526558011973cbacaaeb50e2676/"
          "notebooks/Cross%20Entropy%20Loss%20Derivative.ipynb")
TITLE = "Deep Learning - Cross Entropy Loss Derivative"
TOPIC = "softmax"

z = [Symbol(f"z{i}", real=True) for i in range(3)]
c = [Symbol(f"c{i}", real=True) for i in range(3)]
Y = 1  # index of the true class
S = sum(exp(zj) for zj in z)
q = [exp(zi) / S for zi in z]
loss = -log(q[Y])


def grad(expr):
    """sum_i c_i * d expr / d z_i"""
    return sum(ci * diff(expr, zi) for ci, zi in zip(c, z))


def weighted(components):
    return sum(ci * comp for ci, comp in zip(c, components))


# the worked example: softmax of the logits (1, 2, 0.5), rounded values quoted by the author
ex = [exp(Integer(1)), exp(Integer(2)), exp(Float("0.5", 60))]
ex_q = [e / sum(ex) for e in ex]
quoted = [Float("0.23", 60), Float("0.63", 60), Float("0.14", 60)]
rounded = [Integer(round(float(v) * 100)) / 100 for v in ex_q]
p_ex = [0, 1, 0]

x = Symbol("x", real=True)
f = 2 + sin(x) + x**2  # a concrete positive f for the rule d/dx ln f = f'/f

CLAIMS = [
    Claim(21, "valid", sum(q), Integer(1)),
    Claim(59, "ambiguous",
          sqrt(sum((a - b)**2 for a, b in zip(ex_q, quoted))), Integer(0),
          alt=(sqrt(sum((a - b)**2 for a, b in zip(rounded, quoted))), Integer(0)),
          note="softmax(1,2,0.5)=(0.2312,0.6285,0.1402): equal only after the stated 2-digit rounding"),
    Claim(65, "valid",
          -sum(pi * log(qi) for pi, qi in zip(p_ex, quoted)),
          -0 * log(quoted[0]) - 1 * log(quoted[1]) - 0 * log(quoted[2])),
    Claim(66, "valid", -0 * log(quoted[0]) - 1 * log(quoted[1]) - 0 * log(quoted[2]),
          -log(quoted[1])),
    Claim(66, "ambiguous", -log(quoted[1]), Float("0.462", 60), k=2,
          alt=(Integer(round(float(-log(quoted[1])) * 1000)) / 1000, Float("0.462", 60)),
          note="-ln(0.63) = 0.46204..., equal to 0.462 only as a 3-digit rounding"),
    Claim(70, "invalid",
          sign(limit(log(x), x, 0, "+")), sign(oo),
          note="log(t) -> -infinity as t -> 0+, not +infinity"),
    Claim(70, "valid", log(Integer(1)), Integer(0), k=2),
    Claim(82, "valid", -log(q[Y]), -log(exp(z[Y]) / S)),
    Claim(82, "valid", -log(exp(z[Y]) / S), -z[Y] + log(S), k=2),
    Claim(87, "valid", grad(loss), grad(-z[Y] + log(S))),
    Claim(88, "valid", grad(-z[Y] + log(S)), grad(log(S)) - grad(z[Y])),
    Claim(89, "valid", grad(log(S)) - grad(z[Y]),
          weighted([diff(S, zi) / S for zi in z]) - grad(z[Y])),
    Claim(89, "valid", diff(log(f), x), diff(f, x) / f, k=2),
    Claim(90, "valid", weighted([diff(S, zi) / S for zi in z]) - grad(z[Y]),
          weighted([exp(zi) / S for zi in z]) - grad(z[Y])),
    Claim(91, "valid", weighted([exp(zi) / S for zi in z]) - grad(z[Y]),
          weighted(q) - grad(z[Y])),
    Claim(92, "valid", weighted(q) - grad(z[Y]),
          weighted([q[i] - (1 if i == Y else 0) for i in range(3)])),
    Claim(101, "valid", diff(loss, z[Y]), q[Y] - 1),
    Claim(103, "valid", c[0] * diff(loss, z[0]) + c[2] * diff(loss, z[2]),
          c[0] * q[0] + c[2] * q[2]),
]
