from sympy import symbols, exp, log, diff, KroneckerDelta, Add

from labels import Claim

SOURCE = "https://zakariapz.github.io/posts/2025-03-19-derivative-of-the-cross-entropy-loss-with-softmax"
TITLE = "Derivative of the Cross-Entropy Loss (Zakaria Patel)"
TOPIC = "softmax"

# C = 3 classes, logits a_k, softmax p_j, one-hot y at class c.
# L = -sum y_j log p_j = -sum l_j  defines l_j = y_j log p_j.
K = 3
a = symbols("a1:4", real=True)
P = symbols("P1:4", positive=True)      # p_j as independent variables (for d l_j / d p_j)
c = symbols("c", integer=True)
S = sum(exp(v) for v in a)
p = [exp(v) / S for v in a]
y = [KroneckerDelta(j + 1, c) for j in range(K)]
d = lambda i, j: 1 if i == j else 0
dom = {c: (1, 2, 3)}
domP = {c: (1, 2, 3), P[0]: (0.05, 0.95), P[1]: (0.05, 0.95), P[2]: (0.05, 0.95)}
L = -sum(y[j] * log(p[j]) for j in range(K))
ell_P = [y[j] * log(P[j]) for j in range(K)]
dl = [y[j] / p[j] for j in range(K)]            # the true d l_j / d p_j, at the softmax
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
Wv = [2, 3, 5]


def pairs(f, which=None):
    which = which or [(i, j) for i in range(K) for j in range(K)]
    return Add(*[W[i][j] * f(i, j) for i, j in which])


def over_i(f):
    return Add(*[Wv[i] * f(i) for i in range(K)])


def over_j(f):
    return Add(*[Wv[j] * f(j) for j in range(K)])


diag = [(i, i) for i in range(K)]
off = [(i, j) for i in range(K) for j in range(K) if i != j]
dp = lambda i, j: diff(p[j], a[i])               # d p_j / d a_i
yc = Add(*[KroneckerDelta(j + 1, c) * y[j] for j in range(K)])   # y_c

CLAIMS = [
    Claim(18, "valid", over_i(lambda i: diff(L, a[i])),
          over_i(lambda i: -sum(dl[j] * dp(i, j) for j in range(K))), domain=dom),
    Claim(23, "invalid", over_j(lambda j: diff(ell_P[j], P[j])), over_j(lambda j: diff(-y[j] * log(P[j]), P[j])),
          domain=domP, note="l_j = y_j log p_j (from L = -sum l_j), so d l_j/d p_j = +y_j/p_j, not d/dp_j(-y_j log p_j)"),
    Claim(24, "valid", over_j(lambda j: diff(-y[j] * log(P[j]), P[j])), over_j(lambda j: -y[j] / P[j]), domain=domP),
    Claim(29, "valid", pairs(dp), pairs(lambda i, j: diff(exp(a[j]) / S, a[i]))),
    # i = j
    Claim(34, "valid", pairs(dp, diag), pairs(lambda i, j: diff(exp(a[j]) / S, a[j]), diag)),
    Claim(35, "valid", pairs(lambda i, j: diff(exp(a[j]) / S, a[j]), diag),
          pairs(lambda i, j: diff(exp(a[j]) * S**-1, a[j]), diag)),
    Claim(36, "valid", pairs(lambda i, j: diff(exp(a[j]) * S**-1, a[j]), diag),
          pairs(lambda i, j: exp(a[j]) * S**-1 - exp(a[j]) * S**-2 * exp(a[j]), diag)),
    Claim(38, "valid", pairs(lambda i, j: exp(a[j]) * S**-1 - exp(a[j]) * S**-2 * exp(a[j]), diag),
          pairs(lambda i, j: p[j] - p[j]**2, diag)),
    Claim(39, "valid", pairs(lambda i, j: p[j] - p[j]**2, diag), pairs(lambda i, j: p[j] * (1 - p[j]), diag)),
    # i != j
    Claim(44, "valid", pairs(dp, off), pairs(lambda i, j: diff(exp(a[j]) / S, a[i]), off)),
    Claim(45, "valid", pairs(lambda i, j: diff(exp(a[j]) / S, a[i]), off),
          pairs(lambda i, j: exp(a[j]) * diff(S**-1, a[i]), off)),
    Claim(46, "valid", pairs(lambda i, j: exp(a[j]) * diff(S**-1, a[i]), off),
          pairs(lambda i, j: -exp(a[j]) * S**-2 * exp(a[i]), off)),
    Claim(47, "valid", pairs(lambda i, j: -exp(a[j]) * S**-2 * exp(a[i]), off), pairs(lambda i, j: -p[j] * p[i], off)),
    Claim(52, "valid", pairs(dp), pairs(lambda i, j: p[j] * (d(i, j) - p[i]))),
    # final chain
    Claim(58, "invalid", over_i(lambda i: diff(L, a[i])),
          over_i(lambda i: sum(dl[j] * dp(i, j) for j in range(K))), domain=dom,
          note="with l_j = y_j log p_j the chain rule gives dL/da_i = -sum (dl_j/dp_j)(dp_j/da_i); the minus sign is dropped"),
    Claim(59, "invalid", over_i(lambda i: sum(dl[j] * dp(i, j) for j in range(K))),
          over_i(lambda i: sum(-y[j] / p[j] * p[j] * (d(i, j) - p[i]) for j in range(K))), domain=dom,
          note="substitutes dl_j/dp_j = -y_j/p_j, but dl_j/dp_j = +y_j/p_j; the two sign slips (lines 23, 58) cancel"),
    Claim(60, "valid", over_i(lambda i: sum(-y[j] / p[j] * p[j] * (d(i, j) - p[i]) for j in range(K))),
          over_i(lambda i: sum(y[j] * (p[i] - d(i, j)) for j in range(K))), domain=dom),
    Claim(62, "valid", over_j(lambda j: (1 - KroneckerDelta(j + 1, c)) * y[j]), 0, domain=dom),
    Claim(62, "valid", Add(*[KroneckerDelta(j + 1, c) * y[j] for j in range(K)]), 1, k=2, domain=dom),
    Claim(65, "valid", over_i(lambda i: diff(L, a[i])),
          over_i(lambda i: p[i] - yc * KroneckerDelta(i + 1, c)), domain=dom),
    Claim(67, "valid", Add(*[KroneckerDelta(j + 1, c) * y[j] for j in range(K)]), 1, domain=dom),
    Claim(67, "valid", over_i(lambda i: (1 - KroneckerDelta(i + 1, c)) * y[i]), 0, k=2, domain=dom),
    Claim(67, "valid", Add(*[KroneckerDelta(i + 1, c) * y[i] for i in range(K)]), 1, k=3, domain=dom),
    Claim(70, "valid", over_i(lambda i: diff(L, a[i])), over_i(lambda i: p[i] - y[i]), domain=dom),
]
