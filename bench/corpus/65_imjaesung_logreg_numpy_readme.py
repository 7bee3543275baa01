from sympy import Integer, Matrix, Rational, Symbol, diff, exp, log, sqrt

from labels import Claim

SOURCE = "https://github.com/ImJaeSung/LogisticRegression/blob/33216b759ffa6c391f430f885a9e97d9fc32c89b/README.md"
TITLE = "Logistic regression in NumPy: log loss, cost, and the weight and bias gradients (README)"
TOPIC = "logistic"


def g(t):
    return 1 / (1 + exp(-t))


def Lfun(y, p):  # L(y, yhat) = -y log(yhat) - (1-y) log(1-yhat)
    return -y * log(p) - (1 - y) * log(1 - p)


# one example with n = 2 features: z = x w + b = x1 w1 + x2 w2 + b; the weight is w_i = w1
w1, w2, b = Symbol("w1", real=True), Symbol("w2", real=True), Symbol("b", real=True)
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
y = Symbol("y", real=True)
zs = Symbol("z", real=True)
p = Symbol("p", real=True)          # yhat as a variable of its own (line 68)
dp = {p: (0.05, 0.95)}
z = x1 * w1 + x2 * w2 + b
yh = g(z)
L = Lfun(y, yh)
dLdp = -(y * (1 / yh) - (1 - y) * (1 / (1 - yh)))   # the bracket of lines 68, 74, 83 at yhat = g(z)

# m = 3 examples, n = 2 features: rows x_i = (x_{i,1}, x_{i,2})
m, n = 3, 2
Xe = [[Symbol(f"x{i}{j}", real=True) for j in range(1, n + 1)] for i in range(1, m + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
zi = [Xe[i][0] * w1 + Xe[i][1] * w2 + b for i in range(m)]
C = Rational(1, m) * sum(Lfun(Y[i], g(zi[i])) for i in range(m))      # C(y, yhat) with yhat_i = g(x_i w + b)
C56a = Rational(1, m) * sum(Lfun(Y[i], 1 / (1 + exp(-zi[i]))) for i in range(m))
C56b = Rational(1, m) * sum(-Y[i] * log(1 / (1 + exp(-zi[i]))) - (1 - Y[i]) * log(1 - 1 / (1 + exp(-zi[i])))
                            for i in range(m))

# X as stacked rows and X as its entries, compared through a weighted sum of entries
Wt = [sqrt(k) for k in (2, 3, 5, 6, 7, 10)]
X_rows = Matrix([list(Xe[i]) for i in range(m)])          # rows x_i = (x_{i,1}, ..., x_{i,n})
X_entries = Matrix(m, n, lambda i, j: Symbol(f"x{i + 1}{j + 1}", real=True))


def vec(M):
    return sum(c * e for c, e in zip(Wt, list(M)))


CLAIMS = [
    Claim(25, "ambiguous", g(z), 1 / (1 + exp(-1) * z), alt=(g(z), 1 / (1 + exp(-z))),
          note="typeset e^-(xw+b) puts only '-' in the exponent with (xw+b) on the baseline (literally e^{-1}(xw+b)); "
               "it holds read as e^{-(xw+b)}"),
    Claim(33, "valid", vec(X_rows), vec(X_entries), note="X by rows x_i equals X by entries x_{i,j}"),
    Claim(40, "valid", vec(Matrix(Y)), vec(Matrix(Y)),
          note="restates the label vector of line 13 as a column; the bold yhat column (line 48) defines yhat_i and is not labelled"),
    Claim(56, "valid", C, C56a, note="C averages L(y_i, yhat_i) with yhat_i = g(x_i w + b); the first '=' (def) defines J"),
    Claim(56, "valid", C56a, C56b, k=2),
    Claim(66, "valid", diff(L, w1), diff(Lfun(y, p), p).subs(p, yh) * diff(g(zs), zs).subs(zs, z) * diff(z, w1),
          note="chain rule for one example, z = xw + b"),
    Claim(68, "valid", diff(Lfun(y, p), p), -(y * (1 / p) - (1 - y) * (1 / (1 - p))), domain=dp),
    Claim(70, "valid", diff(g(zs), zs), (1 / (1 + exp(-zs))) * (exp(-zs) / (1 + exp(-zs)))),
    Claim(70, "valid", (1 / (1 + exp(-zs))) * (exp(-zs) / (1 + exp(-zs))),
          (1 / (1 + exp(-zs))) * (1 - 1 / (1 + exp(-zs))), k=2),
    Claim(70, "valid", (1 / (1 + exp(-zs))) * (1 - 1 / (1 + exp(-zs))), g(zs) * (1 - g(zs)), k=3,
          note="yhat = g(z) with z = xw + b (z is never written out, but d yhat/dz only makes sense so)"),
    Claim(72, "valid", diff(z, w1), x1,
          note="x_i here is the i-th feature of the single example (not the bold row x_i of the data matrix)"),
    Claim(74, "valid", diff(L, w1), dLdp * yh * (1 - yh) * x1),
    Claim(74, "valid", dLdp * yh * (1 - yh) * x1, -(y * (1 - yh) - (1 - y) * yh) * x1, k=2),
    Claim(74, "valid", -(y * (1 - yh) - (1 - y) * yh) * x1, -(y - yh) * x1, k=3),
    Claim(79, "valid", diff(L, b), diff(Lfun(y, p), p).subs(p, yh) * diff(g(zs), zs).subs(zs, z) * diff(z, b)),
    Claim(81, "valid", diff(z, b), Integer(1)),
    Claim(83, "valid", diff(L, b), dLdp * yh * (1 - yh) * 1),
    Claim(83, "invalid", dLdp * yh * (1 - yh) * 1, -(yh - y) * 1, k=2,
          note="-(y/yhat - (1-y)/(1-yhat)) yhat(1-yhat) = -(y - yhat) = yhat - y; the sign is flipped "
               "(the weight line and the bias update both have the correct sign)"),
]
