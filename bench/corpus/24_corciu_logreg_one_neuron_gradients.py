from sympy import Symbol, exp, diff, log, sin, cos

from labels import Claim

SOURCE = "https://github.com/mihai2014/mihai2014.github.io/blob/bd479e8d6ffb86c01594259baac54fe5f7262642/ml/Logistic_regression/0_gradients.html"
TITLE = "One sigmoid neuron with cross-entropy: dLoss/dw1, dLoss/dw2, dLoss/db"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
w1, w2, b, x1, x2, y = (Symbol(n, real=True) for n in ("w1", "w2", "b", "x1", "x2", "y"))
x, zz = Symbol("x", real=True), Symbol("zz", real=True)
z = w1 * x1 + w2 * x2 + b
yh = sig(z)
Loss = -y * log(yh) - (1 - y) * log(1 - yh)
d = {y: Y01}
q = Symbol("q", real=True)                     # yhat as a variable
dq = {q: (0.05, 0.95), y: Y01}
Lq = -y * log(q) - (1 - y) * log(1 - q)
dL_dyh = diff(Lq, q).subs(q, yh)
dyh_dz = diff(sig(zz), zz).subs(zz, z)
# generic chain-rule stand-ins
F = lambda t: sin(t) + t ** 2 / 3
G = lambda t: t ** 3 / 5 + t
H = lambda t: cos(t) + 2 * t
I = lambda t: t ** 2 / 7 - t
dF = lambda t: diff(F(q), q).subs(q, t)
dG = lambda t: diff(G(q), q).subs(q, t)
dH = lambda t: diff(H(q), q).subs(q, t)
dI = lambda t: diff(I(q), q).subs(q, t)
E = exp(-x)
C = -y / q - (1 - y) * (-1) / (1 - q)          # the step after line 34 (with 1/(1-\hat(y)) read as 1/(1-yhat))

CLAIMS = [
    Claim(4, "valid", diff(Loss, w1), dL_dyh * dyh_dz * diff(z, w1), domain=d),
    Claim(5, "valid", diff(Loss, w2), dL_dyh * dyh_dz * diff(z, w2), domain=d),
    Claim(6, "valid", diff(Loss, b), dL_dyh * dyh_dz * diff(z, b), domain=d),
    Claim(8, "valid", sig(zz), 1 / (1 + exp(-zz))),
    Claim(19, "valid", diff(sig(x), x), diff(1 / (1 + E), x)),
    Claim(19, "valid", diff(1 / (1 + E), x), diff((1 + E) ** -1, x), k=2),
    Claim(19, "valid", diff((1 + E) ** -1, x), -(1 + E) ** -2 * (-E), k=3),
    Claim(19, "valid", -(1 + E) ** -2 * (-E), E / (1 + E) ** 2, k=4),
    Claim(19, "valid", E / (1 + E) ** 2, 1 / (1 + E) * E / (1 + E), k=5),
    Claim(19, "valid", diff(sig(x), x), sig(x) * (1 - sig(x)), k=6),
    Claim(23, "valid", diff(F(G(x)), x), dF(G(x)) * dG(x)),
    Claim(24, "valid", diff(F(G(x)), x), dF(G(x)) * diff(G(x), x)),
    Claim(26, "valid", diff(F(G(x)), x), dF(G(x)) * diff(G(x), x)),
    Claim(28, "valid", diff(F(G(x)), x), dF(G(x)) * diff(G(x), x)),
    Claim(30, "valid", diff(F(G(H(I(x)))), x), dF(G(H(I(x)))) * dG(H(I(x))) * dH(I(x)) * dI(x)),
    Claim(34, "valid", diff(Lq, q), -diff(y * log(q), q) - diff((1 - y) * log(1 - q), q), domain=dq),
    Claim(35, "valid", -diff(y * log(q), q) - diff((1 - y) * log(1 - q), q),
          -y * diff(log(q), q) - (1 - y) * diff(log(1 - q), q), domain=dq),
    Claim(36, "valid", -y * diff(log(q), q) - (1 - y) * diff(log(1 - q), q), C, domain=dq),
    Claim(37, "valid", C, -y / q + (1 - y) / (1 - q), domain=dq),
    Claim(39, "valid", diff(yh, b), dyh_dz),
    Claim(39, "valid", dyh_dz, sig(z) * (1 - sig(z)), k=2),
    Claim(39, "valid", sig(z) * (1 - sig(z)), yh * (1 - yh), k=3),
    Claim(40, "valid", diff(z, w1), diff(w1 * x1 + w2 * x2 + b, w1)),
    Claim(40, "valid", diff(w1 * x1 + w2 * x2 + b, w1), x1 * diff(w1, w1) + 0 + 0, k=2),
    Claim(40, "valid", x1 * diff(w1, w1) + 0 + 0, x1, k=3),
    Claim(42, "valid", diff(Loss, w1), dL_dyh * dyh_dz * diff(z, w1), domain=d),
    Claim(42, "valid", dL_dyh * dyh_dz * diff(z, w1), (-y / yh + (1 - y) / (1 - yh)) * yh * (1 - yh) * x1, k=2, domain=d),
    Claim(43, "valid", (-y / yh + (1 - y) / (1 - yh)) * yh * (1 - yh) * x1, (yh - y) * x1, domain=d),
    Claim(45, "valid", diff(Loss, w2), (yh - y) * x2, domain=d),
    Claim(46, "valid", diff(Loss, b), yh - y, domain=d),
    Claim(49, "valid", diff(Loss, w1), (yh - y) * x1, domain=d),
    Claim(50, "valid", diff(Loss, w2), (yh - y) * x2, domain=d),
    Claim(51, "valid", diff(Loss, b), yh - y, domain=d),
]
