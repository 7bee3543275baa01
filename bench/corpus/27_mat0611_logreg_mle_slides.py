from sympy import Symbol, exp, diff, log, Matrix, diag

from labels import Claim

SOURCE = "https://github.com/ami232/MAT0611/blob/b2e24400cfe6d76081b390fbdceaac0f7a91205e/mle_logistic_regression/mle_logistic_regression_slides.md"
TITLE = "Fitting logistic regression by MLE: score, Hessian, Newton-Raphson (slides)"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
B = [Symbol(f"beta{k}", real=True) for k in range(3)]
# n = 2 observations, columns (1, x_i1, x_i2); j = 1, k = 2
X = [[1, Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)] for i in (1, 2)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
T = [sum(X[i][c] * B[c] for c in range(3)) for i in range(2)]
p = [sig(T[i]) for i in range(2)]
dom = {y: Y01 for y in Y}
R = range(2)
ell = sum(Y[i] * log(p[i]) + (1 - Y[i]) * log(1 - p[i]) for i in R)
j, k = 1, 2
q, yv, z = Symbol("q", real=True), Symbol("yv", real=True), Symbol("z", real=True)
dq = {q: (0.05, 0.95), yv: Y01}
lq = yv * log(q) + (1 - yv) * log(1 - q)
Xm = Matrix([[X[i][c] for c in range(3)] for i in R])
W = diag(*[p[i] * (1 - p[i]) for i in R])
XWX = Xm.T * W * Xm
# 3 free column values for the exercise line: entry (i, j) = (1, 2) vs the sum over rows with columns (j, k) = (2, 3)
X3 = [[Symbol(f"u{i}{c}", real=True) for c in (1, 2, 3)] for i in (1, 2)]
pw = [Symbol(f"w{i}", positive=True) for i in (1, 2)]
X3m = Matrix(X3)
XWX3 = X3m.T * diag(*pw) * X3m

CLAIMS = [
    Claim(6, "valid", 1 / (1 + exp(-T[0])), sig(T[0])),
    Claim(9, "valid", log(p[0] / (1 - p[0])), T[0]),
    Claim(25, "valid", p[0] ** Y[0] * (1 - p[0]) ** (1 - Y[0]) * p[1] ** Y[1] * (1 - p[1]) ** (1 - Y[1]),
          sig(T[0]) ** Y[0] * (1 - sig(T[0])) ** (1 - Y[0]) * sig(T[1]) ** Y[1] * (1 - sig(T[1])) ** (1 - Y[1]), domain=dom),
    Claim(30, "valid", 1 / (1 + exp(-T[0])), sig(T[0])),
    Claim(30, "valid", sig(T[0]), 1 / (1 + exp(-T[0])), k=2),
    Claim(38, "valid", ell, sum(Y[i] * log(sig(T[i])) + (1 - Y[i]) * log(1 - sig(T[i])) for i in R), domain=dom),
    Claim(39, "valid", sum(Y[i] * log(sig(T[i])) + (1 - Y[i]) * log(1 - sig(T[i])) for i in R),
          sum(Y[i] * log(1 / (1 + exp(-T[i]))) + (1 - Y[i]) * log(1 - 1 / (1 + exp(-T[i]))) for i in R), domain=dom),
    Claim(74, "valid", ell, sum(Y[i] * log(p[i]) + (1 - Y[i]) * log(1 - p[i]) for i in R), domain=dom),
    Claim(77, "valid", diff(ell, B[j]), sum(diff(lq, q).subs({q: p[i], yv: Y[i]}) * diff(p[i], B[j]) for i in R), domain=dom),
    Claim(84, "valid", diff(lq, q), yv / q - (1 - yv) / (1 - q), domain=dq),
    Claim(84, "valid", yv / q - (1 - yv) / (1 - q), (yv - q) / (q * (1 - q)), k=2, domain=dq),
    Claim(89, "valid", diff(p[0], B[j]), p[0] * (1 - p[0]) * X[0][j]),
    Claim(96, "valid", p[0], sig(T[0])),
    Claim(96, "valid", diff(sig(z), z), sig(z) * (1 - sig(z)), k=2),
    Claim(105, "valid", diff(ell, B[j]), sum((Y[i] - p[i]) / (p[i] * (1 - p[i])) * p[i] * (1 - p[i]) * X[i][j] for i in R), domain=dom),
    Claim(105, "valid", sum((Y[i] - p[i]) / (p[i] * (1 - p[i])) * p[i] * (1 - p[i]) * X[i][j] for i in R),
          sum((Y[i] - p[i]) * X[i][j] for i in R), k=2, domain=dom),
    Claim(108, "valid", diff(ell, B[j]), (Xm.T * Matrix([Y[i] - p[i] for i in R]))[j], domain=dom),
    Claim(122, "valid", diff(ell, B[j], B[k]), sum(diff((Y[i] - p[i]) * X[i][j], B[k]) for i in R), domain=dom),
    Claim(126, "valid", diff(ell, B[j], B[k]), -sum(X[i][j] * diff(p[i], B[k]) for i in R), domain=dom),
    Claim(126, "valid", -sum(X[i][j] * diff(p[i], B[k]) for i in R), -sum(X[i][j] * p[i] * (1 - p[i]) * X[i][k] for i in R), k=2),
    Claim(129, "valid", diff(ell, B[j], B[k]), diff(ell, B[j], B[k]), domain=dom),
    Claim(129, "valid", diff(ell, B[j], B[k]), -sum(p[i] * (1 - p[i]) * X[i][j] * X[i][k] for i in R), k=2, domain=dom),
    Claim(136, "valid", diff(ell, B[j], B[k]), -XWX[j, k], domain=dom),
    Claim(142, "invalid", XWX3[0, 1], sum(pw[i] * X3[i][1] * X3[i][2] for i in R),
          note="the left side is entry (i, j) but the sum is entry (j, k); i is also reused as the summation index"),
    Claim(148, "valid", -(-XWX[j, k]), XWX[j, k]),
]
