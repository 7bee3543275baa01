from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/niaza64/ml100/blob/98313211736034ccb08108f8bb6941e7dea260b1/Tasks/Logistic_regression/Gradient_Decent_logistic_regression.ipynb"
TITLE = "BCE gradient for z = ax + b, written in plain Unicode text"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
a, b, x, y = (Symbol(n, real=True) for n in ("a", "b", "x", "y"))
z = a * x + b
yh = sig(z)
d = {y: Y01}
q = Symbol("q", real=True)                 # yhat as a variable
dq = {q: (0.05, 0.95), y: Y01}
BCE_q = -(y * log(q) + (1 - y) * log(1 - q))          # the working formula (line 9)
BCE = BCE_q.subs(q, yh)
BCE_first = y * log(q) + (1 - y) * log(1 - q)          # line 4, actual = y, pred = yhat
zz = Symbol("zz", real=True)
# two data points for the summed forms
X = [Symbol("x1", real=True), Symbol("x2", real=True)]
Y = [Symbol("y1", real=True), Symbol("y2", real=True)]
YH = [sig(a * X[i] + b) for i in range(2)]
BCEs = [-(Y[i] * log(YH[i]) + (1 - Y[i]) * log(1 - YH[i])) for i in range(2)]
d2 = {Y[0]: Y01, Y[1]: Y01, y: Y01}

CLAIMS = [
    Claim(9, "invalid", BCE_first, BCE_q, domain=dq,
          note="BCE was first given as y log(yhat) + (1-y) log(1-yhat); this formula is its negative"),
    Claim(16, "valid", diff(BCE, a), diff(BCE_q, q).subs(q, yh) * diff(sig(zz), zz).subs(zz, z) * diff(z, a), domain=d),
    Claim(21, "valid", z, a * x + b),
    Claim(23, "valid", diff(z, a), x),
    Claim(26, "valid", yh, sig(z)),
    Claim(28, "valid", diff(sig(zz), zz), sig(zz) * (1 - sig(zz))),
    Claim(33, "valid", diff(BCE_q, q), -(y / q + (1 - y) * (1 / (1 - q)) * (-1)), domain=dq),
    Claim(34, "valid", -(y / q + (1 - y) * (1 / (1 - q)) * (-1)), -(y / q - (1 - y) / (1 - q)), domain=dq),
    Claim(36, "valid", -(y / q - (1 - y) / (1 - q)), -(y * (1 - q) - (1 - y) * q) / (q * (1 - q)), domain=dq),
    Claim(37, "valid", -(y * (1 - q) - (1 - y) * q) / (q * (1 - q)), -(y - y * q - q + y * q) / (q * (1 - q)), domain=dq),
    Claim(39, "valid", -(y - y * q - q + y * q) / (q * (1 - q)), -(y - q) / (q * (1 - q)), domain=dq),
    Claim(40, "valid", -(y - q) / (q * (1 - q)), (q - y) / (q * (1 - q)), domain=dq),
    Claim(42, "valid", diff(BCE_q, q), (q - y) / (q * (1 - q)), domain=dq),
    Claim(47, "valid", diff(BCE, a), ((yh - y) / (yh * (1 - yh))) * (yh * (1 - yh)) * x, domain=d),
    Claim(52, "valid", diff(BCE, a), (yh - y) * x, domain=d),
    Claim(55, "ambiguous", diff(BCE, a), sum(X[i] * (YH[i] - Y[i]) for i in range(2)), domain=d2,
          alt=(diff(BCEs[0] + BCEs[1], a), sum(X[i] * (YH[i] - Y[i]) for i in range(2))),
          note="BCE is the loss of one point, so its derivative is (yhat - y) x; the sum holds only if BCE now means the total over the data set"),
    Claim(59, "valid", z, a * x + b),
    Claim(61, "valid", diff(BCE, b), (yh - y) * 1, domain=d),
    Claim(61, "valid", (yh - y) * 1, yh - y, k=2, domain=d),
    Claim(63, "ambiguous", diff(BCE, b), sum(YH[i] - Y[i] for i in range(2)), domain=d2,
          alt=(diff(BCEs[0] + BCEs[1], b), sum(YH[i] - Y[i] for i in range(2))),
          note="as for the a-gradient: a sum over points equals the derivative of the total loss, not of one point's BCE"),
]
