from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/papillonbee/logistic_regression/blob/7a12a4780f455a1747e3297d67f880e95ed9a2fa/Logistic_Regression_From_Scratch.ipynb"
TITLE = "Logit model by MLE: likelihood, -ln L, gradient and Hessian (convexity)"
TOPIC = "vector"

Y01 = frozenset({0, 1})
b1, b2 = Symbol("beta1", real=True), Symbol("beta2", real=True)
# n = 2 rows, p = 2 columns; gradient component 1, Hessian entry (1, 2)
X = [[Symbol(f"x{i}{k}", real=True) for k in (1, 2)] for i in (1, 2)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
T = [X[i][0] * b1 + X[i][1] * b2 for i in range(2)]          # x_i^T beta
pp = [exp(T[i]) / (1 + exp(T[i])) for i in range(2)]
dom = {y: Y01 for y in Y}
R = range(2)
bern = [Y[i] * pp[i] + (1 - Y[i]) * (1 - pp[i]) for i in R]   # Pr(Y_i = y_i | x_i)
Lik = bern[0] * bern[1]
f = -log(Lik)
u1, u2 = Symbol("u1", real=True), Symbol("u2", real=True)
xi1, xi2, ti = Symbol("xi1", real=True), Symbol("xi2", real=True), Symbol("ti", real=True)
wgt = exp(ti) / (1 + exp(ti)) * 1 / (1 + exp(ti))
A = [[wgt * xi1 * xi1, wgt * xi1 * xi2], [wgt * xi2 * xi1, wgt * xi2 * xi2]]
uAu = u1 * (A[0][0] * u1 + A[0][1] * u2) + u2 * (A[1][0] * u1 + A[1][1] * u2)
xu = xi1 * u1 + xi2 * u2

CLAIMS = [
    Claim(30, "valid", Lik, bern[0] * bern[1], domain=dom),
    Claim(31, "valid", bern[0] * bern[1], pp[0] ** Y[0] * (1 - pp[0]) ** (1 - Y[0]) * pp[1] ** Y[1] * (1 - pp[1]) ** (1 - Y[1]), domain=dom),
    Claim(32, "valid", pp[0] ** Y[0] * (1 - pp[0]) ** (1 - Y[0]) * pp[1] ** Y[1] * (1 - pp[1]) ** (1 - Y[1]),
          (exp(T[0]) / (1 + exp(T[0]))) ** Y[0] * (1 / (1 + exp(T[0]))) ** (1 - Y[0])
          * (exp(T[1]) / (1 + exp(T[1]))) ** Y[1] * (1 / (1 + exp(T[1]))) ** (1 - Y[1]), domain=dom),
    # argmax L = argmin -ln L: the stationarity conditions coincide, d(-ln L) * L = -dL
    Claim(34, "valid", diff(f, b1) * Lik, -diff(Lik, b1), domain=dom),
    Claim(36, "valid", f, sum(log(1 + exp(T[i])) - Y[i] * T[i] for i in R), domain=dom),
    Claim(59, "valid", f, -log(Lik), domain=dom),
    Claim(65, "valid", f, -log(Lik), domain=dom),
    Claim(65, "valid", -log(Lik), sum(log(1 + exp(T[i])) - Y[i] * T[i] for i in R), k=2, domain=dom),
    Claim(67, "valid", diff(f, b1), sum((exp(T[i]) / (1 + exp(T[i])) - Y[i]) * X[i][0] for i in R), domain=dom),
    Claim(69, "valid", diff(f, b1, b2),
          sum(exp(T[i]) / (1 + exp(T[i])) * 1 / (1 + exp(T[i])) * X[i][0] * X[i][1] for i in R), domain=dom),
    Claim(73, "valid", uAu, u1 * (A[0][0] * u1 + A[0][1] * u2) + u2 * (A[1][0] * u1 + A[1][1] * u2)),
    Claim(74, "valid", uAu, wgt * xu * xu),
]
