from sympy import Rational, Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/JhonSanz/llm_from_scratch/blob/e1bbf06ceb0bf82c60fd47c7f3a14046a8df16fc/machine_learning/01_logistic_regression/explanation/logistic_regression.md"
TITLE = "Derivative of the logistic cost, one example then the sum (notes in Spanish)"
TOPIC = "logistic"


def g(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
t0, t1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
z = Symbol("z", real=True)
# one example x = (1, x1), j = 1
x1, y = Symbol("x1", real=True), Symbol("y", real=True)
h = g(t0 + t1 * x1)
d = {y: Y01}
Loss = y * log(h) + (1 - y) * log(1 - h)
dh = diff(h, t1)
# m = 3 examples for J
m = 3
X = [Symbol(f"x{i}", real=True) for i in range(1, m + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
H = [g(t0 + t1 * X[i]) for i in range(m)]
J = -Rational(1, m) * sum(Y[i] * log(H[i]) + (1 - Y[i]) * log(1 - H[i]) for i in range(m))
dm = {v: Y01 for v in Y}

CLAIMS = [
    Claim(6, "valid", g(z), 1 / (1 + exp(-z))),
    Claim(17, "valid", diff(g(z), z), g(z) * (1 - g(z))),
    Claim(29, "valid", dh, diff(g(z), z).subs(z, t0 + t1 * x1) * diff(t0 + t1 * x1, t1)),
    Claim(33, "valid", diff(y * log(h), t1), y * (1 / h) * dh, domain=d),
    Claim(37, "valid", diff((1 - y) * log(1 - h), t1), (1 - y) * (1 / (1 - h)) * (-1) * dh, domain=d),
    Claim(39, "valid", dh, h * (1 - h) * x1),
    Claim(42, "valid", diff(Loss, t1), (y / h - (1 - y) / (1 - h)) * h * (1 - h) * x1, domain=d),
    Claim(48, "valid", diff(Loss, t1), (y * (1 - h) - (1 - y) * h) * x1, domain=d),
    Claim(50, "valid", diff(Loss, t1), (y - y * h - h + y * h) * x1, domain=d),
    Claim(53, "valid", diff(Loss, t1), (y - h) * x1, domain=d),
    Claim(57, "valid", diff(J, t1), Rational(1, m) * sum((H[i] - Y[i]) * X[i] for i in range(m)), domain=dm),
]
