from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/Hhnro/Machine-Learning-Interviews/blob/17a72114d66d8e45345c1ab68dad567b659913d0/src/Coding/Plain/ml_logistic_regression.ipynb"
TITLE = "Logistic regression gradients, interview-notes style (yhat, z = wx + b)"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
w, b, x, y = (Symbol(n, real=True) for n in ("w", "b", "x", "y"))
z = w * x + b
yh = sig(z)
L = -(y * log(yh) + (1 - y) * log(1 - yh))         # cross entropy of one example
d = {y: Y01}
q, t = Symbol("q", real=True), Symbol("t", real=True)
dq = {q: (0.05, 0.95), y: Y01}
Lq = -(y * log(q) + (1 - y) * log(1 - q))
X = [Symbol("x1", real=True), Symbol("x2", real=True)]
Y = [Symbol("y1", real=True), Symbol("y2", real=True)]
YH = [sig(w * X[i] + b) for i in range(2)]
Ls = [-(Y[i] * log(YH[i]) + (1 - Y[i]) * log(1 - YH[i])) for i in range(2)]
d2 = {Y[0]: Y01, Y[1]: Y01, y: Y01}

CLAIMS = [
    Claim(5, "valid", sig(t), 1 / (1 + exp(-t))),
    Claim(10, "valid", diff(Lq, q), -y / q + (1 - y) / (1 - q), domain=dq),
    Claim(11, "valid", diff(sig(t), t), sig(t) * (1 - sig(t))),
    Claim(14, "valid", diff(L, b) / diff(z, b), yh - y, domain=d),
    Claim(17, "valid", diff(L, w), x * (yh - y), domain=d),
    Claim(18, "ambiguous", diff(L, b), sum(YH[i] - Y[i] for i in range(2)), domain=d2,
          alt=(diff(Ls[0] + Ls[1], b), sum(YH[i] - Y[i] for i in range(2))),
          note="for the loss of one example dL/db = yhat - y; the sum over examples is the derivative of the total loss, which L would then have to denote"),
]
