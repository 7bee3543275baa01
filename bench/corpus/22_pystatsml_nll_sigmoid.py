from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/duchesnay/pystatsml/blob/e020a9ffe7c0e853ec6a1a14bd50f7156acce220/ml_supervised/demo_ml_losses.md"
TITLE = "Binary NLL with sigmoid: expansion, {-1,+1} form, gradient"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
z, t = Symbol("z", real=True), Symbol("t", real=True)
# n = 2 samples with 2 features; gradients checked on their first component
X = [[Symbol(f"x{i}{k}", real=True) for k in (1, 2)] for i in (1, 2)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
Z = [w1 * X[i][0] + w2 * X[i][1] for i in range(2)]
Pp = [sig(Z[i]) for i in range(2)]
dom = {y: Y01 for y in Y}
R = range(2)
L = -sum(log(Pp[i] ** Y[i] * (1 - Pp[i]) ** (1 - Y[i])) for i in R)       # L_NLL via the model's P(y|x)
L2 = -sum(Y[i] * log(Pp[i]) + (1 - Y[i]) * log(1 - Pp[i]) for i in R)
# one sample i
xi1, xi2, yi = Symbol("xi1", real=True), Symbol("xi2", real=True), Symbol("yi", real=True)
zi = w1 * xi1 + w2 * xi2
pi = sig(zi)
li = -(yi * log(pi) + (1 - yi) * log(1 - pi))
d1 = {yi: Y01}
p = Symbol("p", real=True)
dp = {p: (0.05, 0.95), yi: Y01}
ell_p = -(yi * log(p) + (1 - yi) * log(1 - p))

CLAIMS = [
    Claim(11, "valid", sig(t), 1 / (1 + exp(-t))),
    Claim(27, "valid", L, -sum(log(Pp[i] ** Y[i] * (1 - Pp[i]) ** (1 - Y[i])) for i in R), domain=dom),
    Claim(33, "valid", -sum(log(Pp[i] ** Y[i] * (1 - Pp[i]) ** (1 - Y[i])) for i in R), L2, domain=dom),
    Claim(36, "valid", sig(z), sig(z)),
    Claim(36, "valid", sig(z), 1 / (1 + exp(-z)), k=2),
    Claim(40, "valid", log(sig(z)), -log(1 + exp(-z))),
    Claim(40, "valid", log(1 - sig(z)), -z - log(1 + exp(-z)), k=2),
    Claim(50, "valid", -(yi * log(sig(z)) + (1 - yi) * log(1 - sig(z))),
          -(yi * (-log(1 + exp(-z))) + (1 - yi) * (-z - log(1 + exp(-z)))), domain=d1),
    Claim(56, "valid", -(yi * log(sig(z)) + (1 - yi) * log(1 - sig(z))), log(1 + exp(-z)) + (1 - yi) * z, domain=d1),
    Claim(65, "valid", L, sum(log(1 + exp(-Z[i])) + (1 - Y[i]) * Z[i] for i in R), domain=dom),
    Claim(71, "valid", L, sum(log(1 + exp(-(2 * Y[i] - 1) * Z[i])) for i in R), domain=dom),
    Claim(85, "valid", zi, w1 * xi1 + w2 * xi2),
    Claim(88, "valid", pi, sig(zi)),
    Claim(88, "valid", sig(zi), 1 / (1 + exp(-zi)), k=2),
    Claim(103, "valid", li, -(yi * log(pi) + (1 - yi) * log(1 - pi)), domain=d1),
    Claim(109, "valid", diff(li, w1), diff(ell_p, p).subs(p, pi) * diff(sig(z), z).subs(z, zi) * diff(zi, w1), domain=d1),
    Claim(117, "valid", diff(ell_p, p), -(yi / p - (1 - yi) / (1 - p)), domain=dp),
    Claim(122, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(125, "valid", zi, w1 * xi1 + w2 * xi2),
    Claim(127, "valid", diff(zi, w1), xi1),
    Claim(133, "valid", diff(li, w1), (pi - yi) * xi1, domain=d1),
    Claim(142, "valid", diff(L2, w1), sum((Pp[i] - Y[i]) * X[i][0] for i in R), domain=dom),
    Claim(148, "valid", diff(L2, w1), sum(X[i][0] * (Pp[i] - Y[i]) for i in R), domain=dom),
    Claim(156, "valid", diff(L2, w1), sum((sig(w1 * X[i][0] + w2 * X[i][1]) - Y[i]) * X[i][0] for i in R), domain=dom),
    Claim(160, "valid", diff(L2, w1), sum(X[i][0] * (Pp[i] - Y[i]) for i in R), domain=dom),
]
