from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/Allauzen/Allauzen.github.io/blob/"
          "3a9ec58a39392285fc753a6f8d192741bfa40391/articles/Softmax_Gradient.html")
TITLE = "Softmax Gradient"
TOPIC = "softmax"

# K = 3 classes, D = 2 features; gold class k~ = 1. Generic claims are checked at
# k = k~ = 1, j = 1 (delta = 1); the k != k~ case at k = 2, j = 1.
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
W = [[Symbol(f"w{k}{j}", real=True) for j in (1, 2)] for k in (1, 2, 3)]
x = [x1, x2]
a = [W[k][0] * x1 + W[k][1] * x2 for k in range(3)]
Z = exp(a[0]) + exp(a[1]) + exp(a[2])
P = [exp(a[k]) / Z for k in range(3)]
gold = 0                      # k~ = class 1
k, j = 0, 0                   # w_kj = w11
wkj = W[k][j]
L = -log(P[gold])             # L(theta) = -log P(k~|x)
delta = 1 if k == gold else 0

CLAIMS = [
    # log P(C=k|x) = a_k - log Z
    Claim(24, "valid", log(P[k]), a[k] - log(Z)),
    # dL/dw_kj (=: nabla_kj) = da_gold/dw - dlogZ/dw : sign slip
    Claim(45, "invalid", diff(L, wkj), diff(a[gold], wkj) - diff(log(Z), wkj),
          note="L = -a_k~ + log Z, so dL/dw = -da_k~/dw + dlogZ/dw; the signs are flipped"),
    Claim(46, "valid", diff(a[gold], wkj) - diff(log(Z), wkj),
          diff(a[gold], wkj) - diff(log(exp(a[0]) + exp(a[1]) + exp(a[2])), wkj)),
    # case k = k~ : da_k~/dw_kj = x_j
    Claim(51, "valid", diff(a[gold], wkj), x[j]),
    # w_k^t x = sum_j' w_kj x_j'  (index typo: w_kj instead of w_kj')
    Claim(51, "invalid", W[k][0] * x1 + W[k][1] * x2, W[k][j] * (x1 + x2), k=2,
          note="the sum should run over w_{kj'} x_{j'}; with w_{kj} it is w_kj (x_1 + x_2)"),
    # case k != k~ : da_k~/dw_kj = 0   (checked at k = 2)
    Claim(52, "valid", diff(a[gold], W[1][0]), 0),
    # da_k~/dw_kj = delta_{k,k~} x_j
    Claim(59, "valid", diff(a[gold], wkj), delta * x[j]),
    # dlogZ/dw = (1/Z) dZ/dw
    Claim(62, "valid", diff(log(Z), wkj), diff(Z, wkj) / Z),
    # dZ/dw = d sum exp / dw = d exp(a_k)/dw = exp(a_k) da_k/dw
    Claim(63, "valid", diff(Z, wkj), diff(exp(a[0]) + exp(a[1]) + exp(a[2]), wkj)),
    Claim(63, "valid", diff(exp(a[0]) + exp(a[1]) + exp(a[2]), wkj), diff(exp(a[k]), wkj), k=2),
    Claim(63, "valid", diff(exp(a[k]), wkj), exp(a[k]) * diff(a[k], wkj), k=3),
    Claim(64, "valid", exp(a[k]) * diff(a[k], wkj), x[j] * exp(a[k])),
    # dlogZ/dw = exp(a_k)/Z x_j = x_j P(k|x)
    Claim(65, "valid", diff(log(Z), wkj), exp(a[k]) / Z * x[j]),
    Claim(65, "valid", exp(a[k]) / Z * x[j], x[j] * P[k], k=2),
    # final: dL/dw_kj = -(delta - P(k|x)) x_j
    Claim(70, "valid", diff(L, wkj), -(delta - P[k]) * x[j]),
]
