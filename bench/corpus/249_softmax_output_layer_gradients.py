"""Labels for 249_softmax_output_layer_gradients.md (softmax regression, 3 classes, 1 feature).

Sums over samples are written at m = 3. The one-hot labels y_k^{(i)} are built from a class
label c_i in {1, 2, 3} as KroneckerDelta(c_i, k), so y_1 + y_2 + y_3 = 1 for every sample.
"Part k" (the author's product dJ/dh_k * dh_k/dTheta_10) is read, as the author uses it in
(12), (16), (20), as the chain-rule term through h_k: sum_i dJ/dh_k(x^(i)) * dh_k(x^(i))/dTheta_10.
"""
from sympy import Integer, KroneckerDelta, Symbol, diff, exp, log

from labels import Claim

SOURCE = ("https://github.com/jethroGIT/jethrogit.github.io/blob/"
          "51f52bc4d3126d1d6322947b4804dd96e3b367a5/_posts/machine-learning/"
          "2020-05-27-The_Gradient_of_Softmax.md")
TITLE = "Finding Gradients of Softmax Output Layer"
TOPIC = "multiclass"

M = 3
T = {(k, j): Symbol(f"Theta{k}{j}", real=True) for k in (1, 2, 3) for j in (0, 1)}
xs = [Symbol(f"x1_{i}", real=True) for i in range(1, M + 1)]
cs = [Symbol(f"c_{i}", integer=True) for i in range(1, M + 1)]
LABEL = {c: (1, 2, 3) for c in cs}


def y(k, i):
    return KroneckerDelta(cs[i], k)


def e(k, x):
    return exp(T[k, 0] + T[k, 1] * x)


def S(x):
    return e(1, x) + e(2, x) + e(3, x)


def h(k, x):
    return e(k, x) / S(x)


J = -sum(y(1, i) * log(h(1, xs[i])) + y(2, i) * log(h(2, xs[i])) + y(3, i) * log(h(3, xs[i]))
         for i in range(M))

# J as a function of the probabilities, to differentiate "with respect to h_k"
H = {(k, i): Symbol(f"H{k}_{i}", positive=True) for k in (1, 2, 3) for i in range(M)}
J_H = -sum(y(k, i) * log(H[k, i]) for k in (1, 2, 3) for i in range(M))
TO_H = {H[k, i]: h(k, xs[i]) for k in (1, 2, 3) for i in range(M)}


def dJ_dhk(k):
    """dJ/dh_k with h_k taken as one variable: sum over samples of dJ/dh_k(x^(i))."""
    return sum(diff(J_H, H[k, i]) for i in range(M)).xreplace(TO_H)


def part(k, t=T[1, 0]):
    """Chain-rule term through h_k: sum_i dJ/dh_k(x^(i)) * dh_k(x^(i))/dt."""
    return sum(diff(J_H, H[k, i]).xreplace(TO_H) * diff(h(k, xs[i]), t) for i in range(M))


T10 = T[1, 0]
dJ_dT10 = diff(J, T10)
x = xs[0]  # one sample's x_1^{(i)} for the per-sample quotient-rule chains

# quotient-rule pieces of (9), (10), (14), (18)
v = e(1, x) + e(2, x) + e(3, x)


def quotient(u):
    return (diff(u, T10) * v - u * diff(v, T10)) / v**2


sum_h1 = sum(h(1, xs[i]) for i in range(M))

CLAIMS = [
    # (7) chain rule through h_1, h_2, h_3
    Claim(52, "valid", dJ_dT10, part(1) + part(2) + part(3), domain=LABEL),
    # (8)
    Claim(57, "valid", dJ_dhk(1), -sum(y(1, i) / h(1, xs[i]) for i in range(M)), domain=LABEL),
    # (11) quotient rule for h_1
    Claim(73, "valid", diff(h(1, x), T10), quotient(e(1, x))),
    Claim(74, "valid", quotient(e(1, x)), (e(1, x) * S(x) - e(1, x)**2) / S(x)**2),
    Claim(75, "valid", (e(1, x) * S(x) - e(1, x)**2) / S(x)**2,
          e(1, x) / S(x) - (e(1, x) / S(x))**2),
    Claim(76, "valid", e(1, x) / S(x) - (e(1, x) / S(x))**2, h(1, x) - h(1, x)**2),
    Claim(77, "valid", h(1, x) - h(1, x)**2, h(1, x) * (1 - h(1, x))),
    # (12) Part I
    Claim(83, "valid", part(1),
          -sum(y(1, i) / h(1, xs[i]) * h(1, xs[i]) * (1 - h(1, xs[i])) for i in range(M)),
          domain=LABEL),
    Claim(84, "valid",
          -sum(y(1, i) / h(1, xs[i]) * h(1, xs[i]) * (1 - h(1, xs[i])) for i in range(M)),
          -sum(y(1, i) * (1 - h(1, xs[i])) for i in range(M)), domain=LABEL),
    # (13)
    Claim(90, "valid", dJ_dhk(2), -sum(y(2, i) / h(2, xs[i]) for i in range(M)), domain=LABEL),
    # (15) quotient rule for h_2
    Claim(100, "valid", diff(h(2, x), T10), quotient(e(2, x))),
    Claim(101, "valid", quotient(e(2, x)), (0 - e(2, x) * e(1, x)) / S(x)**2),
    Claim(102, "valid", (0 - e(2, x) * e(1, x)) / S(x)**2, -(e(2, x) / S(x)) * (e(1, x) / S(x))),
    Claim(103, "valid", -(e(2, x) / S(x)) * (e(1, x) / S(x)), -h(2, x) * h(1, x)),
    # (16) Part II
    Claim(109, "valid", part(2),
          sum(y(2, i) / h(2, xs[i]) * h(2, xs[i]) * h(1, xs[i]) for i in range(M)),
          domain=LABEL),
    Claim(110, "valid",
          sum(y(2, i) / h(2, xs[i]) * h(2, xs[i]) * h(1, xs[i]) for i in range(M)),
          sum(y(2, i) * h(1, xs[i]) for i in range(M)), domain=LABEL),
    # (17)
    Claim(118, "valid", dJ_dhk(3), -sum(y(3, i) / h(3, xs[i]) for i in range(M)), domain=LABEL),
    # (19) quotient rule for h_3
    Claim(128, "valid", diff(h(3, x), T10), quotient(e(3, x))),
    Claim(129, "valid", quotient(e(3, x)), (0 - e(3, x) * e(1, x)) / S(x)**2),
    Claim(130, "valid", (0 - e(3, x) * e(1, x)) / S(x)**2, -(e(3, x) / S(x)) * (e(1, x) / S(x))),
    Claim(131, "valid", -(e(3, x) / S(x)) * (e(1, x) / S(x)), -h(3, x) * h(1, x)),
    # (20) Part III
    Claim(137, "valid", part(3),
          sum(y(3, i) / h(3, xs[i]) * h(3, xs[i]) * h(1, xs[i]) for i in range(M)),
          domain=LABEL),
    Claim(138, "valid",
          sum(y(3, i) / h(3, xs[i]) * h(3, xs[i]) * h(1, xs[i]) for i in range(M)),
          sum(y(3, i) * h(1, xs[i]) for i in range(M)), domain=LABEL),
    # (21) the three parts added up
    Claim(145, "valid", dJ_dT10, part(1) + part(2) + part(3), domain=LABEL),
    Claim(146, "valid", part(1) + part(2) + part(3),
          sum(-y(1, i) + y(1, i) * h(1, xs[i]) + y(2, i) * h(1, xs[i]) + y(3, i) * h(1, xs[i])
              for i in range(M)), domain=LABEL),
    Claim(147, "valid",
          sum(-y(1, i) + y(1, i) * h(1, xs[i]) + y(2, i) * h(1, xs[i]) + y(3, i) * h(1, xs[i])
              for i in range(M)),
          sum(-y(1, i) + h(1, xs[i]) * (y(1, i) + y(2, i) + y(3, i)) for i in range(M)),
          domain=LABEL),
    Claim(148, "valid",
          sum(-y(1, i) + h(1, xs[i]) * (y(1, i) + y(2, i) + y(3, i)) for i in range(M)),
          sum(h(1, xs[i]) - y(1, i) for i in range(M)), domain=LABEL),
    # (22)
    Claim(153, "valid", diff(J, T[1, 1]),
          sum((h(1, xs[i]) - y(1, i)) * xs[i] for i in range(M)), domain=LABEL),
    # (23) general entry, checked at k = 3, j = 1 (x_1^{(i)}) ...
    Claim(159, "valid", diff(J, T[3, 1]),
          sum((h(3, xs[i]) - y(3, i)) * xs[i] for i in range(M)), domain=LABEL),
    # ... and the side condition on x_0
    Claim(163, "invalid", Integer(1), Integer(0),
          note="by (1) x^{(i)} = [1, x_1^{(i)}], so x_0^{(i)} = 1, not 0; with x_0 = 0, (23) "
               "would make dJ/dTheta_k0 = 0, contradicting (21)"),
]
