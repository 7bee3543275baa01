from sympy import symbols, exp, log, diff, KroneckerDelta, Add

from labels import Claim

SOURCE = "https://github.com/abangfarhan/abangfarhan.github.io/blob/2b874e8/_posts/2017-08-28-derivative-of-softmax-loss.md"
TITLE = "Derivative of Cross Entropy Loss with Softmax Activation (abangfarhan)"
TOPIC = "softmax"

# n = 3 classes; x logits, p = softmax(x), y one-hot at class c.
# e_k = exp(x_k), Sigma = sum_k e_k, and ' means d/dx_i.
n = 3
x = symbols("x1:4", real=True)
P = symbols("P1:4", positive=True)          # p as free variables, for dL/dp_j
c = symbols("c", integer=True)
e = [exp(v) for v in x]
S = sum(e)
p = [v / S for v in e]
y = [KroneckerDelta(k + 1, c) for k in range(n)]
oh = {c: (1, 2, 3)}
ohP = {c: (1, 2, 3), P[0]: (0.05, 0.95), P[1]: (0.05, 0.95), P[2]: (0.05, 0.95)}
L = -sum(y[k] * log(p[k]) for k in range(n))
LP = -sum(y[k] * log(P[k]) for k in range(n))
dLdp = [diff(LP, P[j]).subs(dict(zip(P, p))) for j in range(n)]     # dL/dp_j at the softmax
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
Wv = [2, 3, 5]
allp = [(i, j) for i in range(n) for j in range(n)]
diag = [(i, i) for i in range(n)]
off = [(i, j) for i in range(n) for j in range(n) if i != j]


def pairs(f, which=allp):
    return Add(*[W[i][j] * f(i, j) for i, j in which])


def vec(f):
    return Add(*[Wv[i] * f(i) for i in range(n)])


dpdx = lambda i, j: diff(p[j], x[i])          # d p_j / d x_i
Sp = lambda i: diff(S, x[i])                  # Sigma' (derivative w.r.t. x_i)
ep = lambda j, i: diff(e[j], x[i])            # e_j'

CLAIMS = [
    Claim(13, "valid", sum(p), 1),
    Claim(49, "valid", -sum(y[k] * log(p[k]) for k in range(n)),
          -sum(log(p[k]) * KroneckerDelta(k + 1, c) for k in range(n)), domain=oh),
    Claim(79, "valid", vec(lambda i: diff(L, x[i])), vec(lambda i: diff(L, x[i])), domain=oh),
    Claim(105, "valid", vec(lambda i: diff(L, x[i])), vec(lambda i: sum(dLdp[j] * dpdx(i, j) for j in range(n))), domain=oh),
    Claim(110, "valid", vec(lambda i: sum(dLdp[j] * dpdx(i, j) for j in range(n))),
          vec(lambda i: sum(dLdp[j] * dpdx(i, j) for j in range(n))), domain=oh),
    # dL/dp_j
    Claim(123, "valid", vec(lambda j: diff(LP, P[j])), vec(lambda j: diff(-sum(y[k] * log(P[k]) for k in range(n)), P[j])), domain=ohP),
    Claim(124, "valid", vec(lambda j: diff(-sum(y[k] * log(P[k]) for k in range(n)), P[j])),
          vec(lambda j: -diff(sum(y[k] * log(P[k]) for k in range(n)), P[j])), domain=ohP),
    Claim(136, "valid", vec(lambda j: -diff(sum(y[k] * log(P[k]) for k in range(n)), P[j])),
          vec(lambda j: -(sum(diff(y[k] * log(P[k]), P[j]) for k in range(n)))), domain=ohP),
    Claim(149, "valid", diff(y[0] * log(P[0]), P[1]), 0, domain=ohP),
    Claim(161, "valid", diff(y[0] * log(P[0]), P[0]), y[0] * diff(log(P[0]), P[0]), domain=ohP),
    Claim(167, "valid", diff(log(P[0]), P[0]), 1 / P[0], domain=ohP),
    Claim(173, "valid", diff(y[0] * log(P[0]), P[0]), y[0] / P[0], domain=ohP),
    Claim(180, "valid", vec(lambda i: diff(y[i] * log(P[i]), P[i])), vec(lambda i: y[i] / P[i]), domain=ohP),
    Claim(190, "valid", vec(lambda j: diff(LP, P[j])), vec(lambda j: -(sum(diff(y[k] * log(P[k]), P[j]) for k in range(n)))), domain=ohP),
    Claim(201, "valid", vec(lambda j: diff(LP, P[j])), vec(lambda j: -diff(y[j] * log(P[j]), P[j])), domain=ohP),
    Claim(208, "valid", vec(lambda j: diff(LP, P[j])), vec(lambda j: -y[j] / P[j]), domain=ohP),
    # dp_j/dx_i
    Claim(218, "valid", pairs(dpdx), pairs(lambda i, j: diff(e[j] / S, x[i]))),
    Claim(225, "valid", pairs(lambda i, j: diff(e[j] / S, x[i])), pairs(lambda i, j: diff(e[j] / S, x[i]))),
    Claim(232, "valid", pairs(lambda i, j: diff(e[j] / S, x[i])), pairs(lambda i, j: (ep(j, i) * S - e[j] * Sp(i)) / S**2)),
    # j = i
    Claim(253, "valid", vec(lambda i: ep(i, i)), vec(lambda i: diff(exp(x[i]), x[i]))),
    Claim(254, "valid", vec(lambda i: diff(exp(x[i]), x[i])), vec(lambda i: exp(x[i]))),
    Claim(255, "valid", vec(lambda i: ep(i, i)), vec(lambda i: e[i])),
    Claim(264, "valid", vec(Sp), vec(lambda i: diff(exp(x[0]) + exp(x[1]) + exp(x[2]), x[i]))),
    Claim(265, "valid", vec(lambda i: diff(exp(x[0]) + exp(x[1]) + exp(x[2]), x[i])),
          vec(lambda i: sum(diff(exp(x[k]), x[i]) for k in range(n)))),
    Claim(274, "valid", vec(Sp), vec(lambda i: diff(exp(x[i]), x[i]))),
    Claim(275, "valid", vec(lambda i: diff(exp(x[i]), x[i])), vec(lambda i: exp(x[i]))),
    Claim(276, "valid", vec(Sp), vec(lambda i: e[i])),
    Claim(284, "valid", vec(lambda i: (ep(i, i) * S - e[i] * Sp(i)) / S**2), vec(lambda i: (e[i] * S - e[i] * e[i]) / S**2)),
    Claim(285, "valid", vec(lambda i: (e[i] * S - e[i] * e[i]) / S**2), vec(lambda i: e[i] / S * ((S - e[i]) / S))),
    Claim(286, "valid", vec(lambda i: e[i] / S * ((S - e[i]) / S)), vec(lambda i: e[i] / S * (S / S - e[i] / S))),
    Claim(287, "valid", vec(lambda i: e[i] / S * (S / S - e[i] / S)), vec(lambda i: p[i] * (1 - p[i]))),
    # j != i: Sigma' is the derivative w.r.t. x_i, but the text differentiates w.r.t. x_j
    Claim(317, "invalid", pairs(lambda i, j: Sp(i), off), pairs(lambda i, j: sum(diff(exp(x[k]), x[j]) for k in range(n)), off),
          note="Sigma' is d(sum_k e^{x_k})/dx_i = e^{x_i}; the terms are differentiated w.r.t. x_j instead, giving e^{x_j}"),
    Claim(325, "invalid", pairs(lambda i, j: Sp(i), off), pairs(lambda i, j: diff(exp(x[j]), x[j]), off),
          note="Sigma' = e^{x_i} (derivative w.r.t. x_i), not d exp(x_j)/dx_j = e^{x_j}"),
    Claim(326, "valid", pairs(lambda i, j: diff(exp(x[j]), x[j]), off), pairs(lambda i, j: exp(x[j]), off)),
    Claim(327, "invalid", pairs(lambda i, j: Sp(i), off), pairs(lambda i, j: e[j], off),
          note="Sigma' = e_i for the derivative w.r.t. x_i, not e_j"),
    Claim(335, "valid", pairs(lambda i, j: (ep(j, i) * S - e[j] * Sp(i)) / S**2, off),
          pairs(lambda i, j: (0 * S - e[i] * e[j]) / S**2, off)),
    Claim(336, "valid", pairs(lambda i, j: (0 * S - e[i] * e[j]) / S**2, off), pairs(lambda i, j: -e[i] * e[j] / S**2, off)),
    Claim(337, "valid", pairs(lambda i, j: -e[i] * e[j] / S**2, off), pairs(lambda i, j: -e[i] / S * e[j] / S, off)),
    Claim(338, "valid", pairs(lambda i, j: -e[i] / S * e[j] / S, off), pairs(lambda i, j: -p[i] * p[j], off)),
    Claim(349, "valid", vec(lambda i: diff(L, x[i])), vec(lambda i: sum(dLdp[j] * dpdx(i, j) for j in range(n))), domain=oh),
    # j = i term
    Claim(366, "valid", vec(lambda i: dLdp[i] * dpdx(i, i)), vec(lambda i: (-y[i] / p[i]) * p[i] * (1 - p[i])), domain=oh),
    Claim(367, "valid", vec(lambda i: (-y[i] / p[i]) * p[i] * (1 - p[i])), vec(lambda i: -y[i] * (1 - p[i])), domain=oh),
    Claim(368, "invalid", vec(lambda i: -y[i] * (1 - p[i])), vec(lambda i: -y[i] + p[i]), domain=oh,
          note="-y_i(1 - p_i) = -y_i + y_i p_i, not -y_i + p_i (they agree only when y_i = 1)"),
    Claim(369, "valid", vec(lambda i: -y[i] + p[i]), vec(lambda i: p[i] - y[i]), domain=oh),
    # j != i term
    Claim(379, "valid", pairs(lambda i, j: dLdp[j] * dpdx(i, j), off), pairs(lambda i, j: (-y[j] / p[j]) * (-p[i] * p[j]), off), domain=oh),
    Claim(380, "valid", pairs(lambda i, j: (-y[j] / p[j]) * (-p[i] * p[j]), off), pairs(lambda i, j: y[j] / p[j] * p[i] * p[j], off), domain=oh),
    Claim(381, "valid", pairs(lambda i, j: y[j] / p[j] * p[i] * p[j], off), pairs(lambda i, j: p[i] * y[j], off), domain=oh),
    # the sum
    Claim(394, "valid", vec(lambda i: diff(L, x[i])), vec(lambda i: sum(dLdp[j] * dpdx(i, j) for j in range(n))), domain=oh),
    Claim(396, "valid", vec(lambda i: sum(dLdp[j] * dpdx(i, j) for j in range(n))),
          vec(lambda i: dLdp[0] * dpdx(i, 0) + dLdp[1] * dpdx(i, 1) + dLdp[2] * dpdx(i, 2)), domain=oh),
    Claim(409, "invalid", vec(lambda i: diff(L, x[i])),
          vec(lambda i: sum(p[i] * y[j] for j in range(n) if j != i) + (p[i] - y[i])), domain=oh,
          note="the j = i term is -y_i(1 - p_i) = -y_i + y_i p_i, not p_i - y_i (carried from line 368); wrong when y_i = 0"),
    Claim(410, "valid", vec(lambda i: sum(p[i] * y[j] for j in range(n) if j != i) + (p[i] - y[i])),
          vec(lambda i: sum(p[i] * y[j] for j in range(n) if j != i) + p[i] - y[i]), domain=oh),
    Claim(411, "invalid", vec(lambda i: sum(p[i] * y[j] for j in range(n) if j != i) + p[i] - y[i]),
          vec(lambda i: p[i] * sum(y) - y[i]), domain=oh,
          note="the middle term is p_i, not p_i y_i, so the sum is p_i(sum_{j != i} y_j + 1) - y_i, not p_i(y_1 + ... + y_n) - y_i"),
    Claim(412, "valid", vec(lambda i: p[i] * sum(y) - y[i]), vec(lambda i: p[i] - y[i]), domain=oh),
    Claim(421, "valid", vec(lambda i: diff(L, x[i])), vec(lambda i: p[i] - y[i]), domain=oh),
    Claim(429, "valid", vec(lambda i: diff(L, x[i])), vec(lambda i: p[i] - y[i]), domain=oh),
]
