from sympy import Rational, Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/hguangshuai/lingying/blob/328a176ec80d2e47c9a82e5025c44cbdfccde07c/ML_fundamental/logistic_regression_derivation.md"
TITLE = "Logistic regression derivation: MLE, log-likelihood, d ell / d w_j"
TOPIC = "logistic"


def sig(z):
    return 1 / (1 + exp(-z))


w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
t = Symbol("t", real=True)          # w^T x
z = Symbol("z", real=True)
Y01 = frozenset({0, 1})

# one sample i with two features, j = 1
xi1, xi2 = Symbol("xi1", real=True), Symbol("xi2", real=True)
yi = Symbol("yi", real=True)
zi = w1 * xi1 + w2 * xi2
s = sig(zi)
ell_i = yi * log(s) + (1 - yi) * log(1 - s)
d1 = {yi: Y01}

# n = 2 samples for the likelihood and for J
n = 2
X = [[Symbol(f"x{i}{k}", real=True) for k in (1, 2)] for i in (1, 2)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
S = [sig(w1 * X[i][0] + w2 * X[i][1]) for i in range(n)]
dn = {y: Y01 for y in Y}
ell = sum(Y[i] * log(S[i]) + (1 - Y[i]) * log(1 - S[i]) for i in range(n))
J = -Rational(1, n) * ell

CLAIMS = [
    Claim(6, "valid", sig(t), 1 / (1 + exp(-t))),
    Claim(7, "valid", 1 - sig(t), 1 - sig(t)),
    Claim(11, "valid",
          (Y[0] * S[0] + (1 - Y[0]) * (1 - S[0])) * (Y[1] * S[1] + (1 - Y[1]) * (1 - S[1])),
          S[0] ** Y[0] * (1 - S[0]) ** (1 - Y[0]) * S[1] ** Y[1] * (1 - S[1]) ** (1 - Y[1]), domain=dn),
    Claim(19, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(21, "valid", diff(ell_i, w1), (yi / s - (1 - yi) / (1 - s)) * diff(s, w1), domain=d1),
    Claim(23, "valid", diff(ell_i, w1), (yi / s - (1 - yi) / (1 - s)) * s * (1 - s) * xi1, domain=d1),
    Claim(25, "valid", diff(ell_i, w1), (yi * (1 - s) - (1 - yi) * s) * xi1, domain=d1),
    Claim(25, "valid", (yi * (1 - s) - (1 - yi) * s) * xi1, (yi - s) * xi1, k=2, domain=d1),
    Claim(28, "invalid", J, -ell, domain=dn,
          note="J was defined as -(1/n) ell; here J = -ell drops the 1/n"),
]
