from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/alineberry/alineberry.github.io/blob/be94dd19b83582b068de0b5f82f4797f02583d1b/src/content/posts/2019-11-14-logistic-regression.md"
TITLE = "Logistic Regression Deep Dive: log likelihood and its gradient (nabla_w)"
TOPIC = "vector"


def sig(z):
    return 1 / (1 + exp(-z))


Y01 = frozenset({0, 1})
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
z = Symbol("z", real=True)

# one point x = (x1, x2); nabla_w taken as its first component d/dw1
x1, x2, y = Symbol("x1", real=True), Symbol("x2", real=True), Symbol("y", real=True)
s = sig(w1 * x1 + w2 * x2)
d1 = {y: Y01}
g = diff(s, w1)                      # nabla_w sigma (component 1)

# n = 2 points for the likelihood and J
X = [[Symbol(f"x{i}{k}", real=True) for k in (1, 2)] for i in (1, 2)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
S = [sig(w1 * X[i][0] + w2 * X[i][1]) for i in range(2)]
dn = {v: Y01 for v in Y}
bern = [Y[i] * S[i] + (1 - Y[i]) * (1 - S[i]) for i in range(2)]   # p(y_i|x_i) from the model
joint = bern[0] * bern[1]
pw = [S[i] ** Y[i] * (1 - S[i]) ** (1 - Y[i]) for i in range(2)]
J = log(joint)

CLAIMS = [
    Claim(18, "valid", y * s + (1 - y) * (1 - s), s ** y * (1 - s) ** (1 - y), domain=d1),
    Claim(25, "valid", joint, pw[0] * pw[1], domain=dn),
    Claim(34, "valid", J, log(pw[0] * pw[1]), domain=dn),
    Claim(35, "valid", log(pw[0] * pw[1]), log(pw[0]) + log(pw[1]), domain=dn),
    Claim(36, "valid", log(pw[0]) + log(pw[1]),
          sum(log(S[i] ** Y[i]) + log((1 - S[i]) ** (1 - Y[i])) for i in range(2)), domain=dn),
    Claim(37, "valid", sum(log(S[i] ** Y[i]) + log((1 - S[i]) ** (1 - Y[i])) for i in range(2)),
          sum(Y[i] * log(S[i]) + (1 - Y[i]) * log(1 - S[i]) for i in range(2)), domain=dn),
    Claim(57, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(65, "valid", diff(y * log(s) + (1 - y) * log(1 - s), w1),
          diff(y * log(s), w1) + diff((1 - y) * log(1 - s), w1), domain=d1),
    Claim(66, "valid", diff(y * log(s), w1) + diff((1 - y) * log(1 - s), w1),
          y / s * g + (1 - y) / (1 - s) * diff(1 - s, w1), domain=d1),
    Claim(67, "valid", y / s * g + (1 - y) / (1 - s) * diff(1 - s, w1), y / s * g - (1 - y) / (1 - s) * g, domain=d1),
    Claim(68, "valid", y / s * g - (1 - y) / (1 - s) * g, (y / s - (1 - y) / (1 - s)) * g, domain=d1),
    Claim(69, "valid", (y / s - (1 - y) / (1 - s)) * g, (y * (1 - s) - (1 - y) * s) / (s * (1 - s)) * g, domain=d1),
    Claim(70, "valid", (y * (1 - s) - (1 - y) * s) / (s * (1 - s)) * g,
          (y - s * y - s + s * y) / (s * (1 - s)) * g, domain=d1),
    Claim(71, "valid", (y - s * y - s + s * y) / (s * (1 - s)) * g, (y - s) / (s * (1 - s)) * g, domain=d1),
    Claim(72, "valid", (y - s) / (s * (1 - s)) * g, (y - s) / (s * (1 - s)) * s * (1 - s) * x1, domain=d1),
    Claim(73, "valid", (y - s) / (s * (1 - s)) * s * (1 - s) * x1, (y - s) * x1, domain=d1),
]
