from sympy import Symbol, exp, log

from labels import Claim

SOURCE = "https://github.com/jiaeyan/Machine-Learning-Plate/blob/02d169add05c1269e6e475fb6c37f38bc1d3976a/logistic_regression/logistic_regression.md"
TITLE = "Logistic regression: hypothesis, likelihood, log likelihood and cross entropy"
TOPIC = "logistic"

Y01 = frozenset({0, 1})
th = [Symbol(f"theta{k}", real=True) for k in range(3)]
xs = [1, Symbol("x1", real=True), Symbol("x2", real=True)]        # x_0 = 1, d = 2
zx = sum(th[k] * xs[k] for k in range(3))
# n = 1: samples i = 0, 1
X = [[1, Symbol(f"a{i}1", real=True), Symbol(f"a{i}2", real=True)] for i in (0, 1)]
Y = [Symbol(f"y{i}", real=True) for i in (0, 1)]
h = [1 / (1 + exp(-sum(th[k] * X[i][k] for k in range(3)))) for i in range(2)]
dom = {v: Y01 for v in Y}
pyx = [Y[i] * h[i] + (1 - Y[i]) * (1 - h[i]) for i in range(2)]     # p(y|x) from p(y=1|x) = h, p(y=0|x) = 1 - h
y, q = Symbol("y", real=True), Symbol("q", real=True)
dq = {y: Y01, q: (0.05, 0.95)}
yv = [1 - y, y]                     # class components y_0, y_1
qv = [1 - q, q]

CLAIMS = [
    Claim(9, "valid", 1 / (1 + exp(-zx)), 1 / (1 + exp(-zx))),
    Claim(10, "valid", th[0] + th[1] * xs[1] + th[2] * xs[2], sum(th[k] * xs[k] for k in range(3))),
    Claim(10, "valid", sum(th[k] * xs[k] for k in range(3)), zx, k=2),
    Claim(28, "valid", pyx[0] * pyx[1], pyx[0] * pyx[1], domain=dom),
    Claim(29, "valid", pyx[0] * pyx[1],
          h[0] ** Y[0] * (1 - h[0]) ** (1 - Y[0]) * h[1] ** Y[1] * (1 - h[1]) ** (1 - Y[1]), domain=dom),
    Claim(33, "valid", log(h[0] ** Y[0] * (1 - h[0]) ** (1 - Y[0]) * h[1] ** Y[1] * (1 - h[1]) ** (1 - Y[1])),
          sum(Y[i] * log(h[i]) + (1 - Y[i]) * log(1 - h[i]) for i in range(2)), domain=dom),
    Claim(40, "valid", -sum(yv[i] * log(qv[i]) for i in range(2)), -sum(yv[i] * log(qv[i]) for i in range(2)), domain=dq),
    Claim(40, "valid", -sum(yv[i] * log(qv[i]) for i in range(2)), -y * log(q) - (1 - y) * log(1 - q), k=2, domain=dq),
    Claim(42, "valid", sum(yv[i] * log(qv[i]) for i in range(2)), sum(yv[i] * log(qv[i]) for i in range(2)), domain=dq),
    Claim(42, "valid", sum(yv[i] * log(qv[i]) for i in range(2)), y * log(q) + (1 - y) * log(1 - q), k=2, domain=dq),
]
