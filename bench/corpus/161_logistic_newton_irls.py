from sympy import Symbol, exp, log, diff, Rational, Matrix, diag, prod

from labels import Claim

SOURCE = ("https://github.com/lee-jaejoon/lee-jaejoon.github.io/blob/"
          "1524bbed7bce89c75c7eb2fe5c4bb324e8b51599/_posts/2019-01-09-stat-logistic.md")
TITLE = "Logistic Regression (log-likelihood, gradient, Hessian, Newton-Raphson / IRLS)"
TOPIC = "logistic"

# p = 2 predictors plus the intercept x_{i0} = 1; N = 3 observations for the sums.
N = 3
b0, b1, b2 = Symbol("b0", real=True), Symbol("b1", real=True), Symbol("b2", real=True)
beta = [b0, b1, b2]
X = [[1, Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)] for i in range(1, N + 1)]
Y = [Symbol(f"y{i}", integer=True) for i in range(1, N + 1)]
ydom = {v: (0, 1) for v in Y}


def t(i):  # beta^T x_i
    return sum(beta[j] * X[i][j] for j in range(3))


def p(i):  # p(x_i; beta)
    return exp(t(i)) / (1 + exp(t(i)))


ll = sum(Y[i] * t(i) - log(1 + exp(t(i))) for i in range(N))   # l(beta), written directly

# a single x for the introduction
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
tx = b0 + b1 * x1 + b2 * x2
P1 = exp(tx) / (1 + exp(tx))
P2 = 1 - P1

# ---- matrix part of section 2.4: N = 4 observations, p_i free in (0, 1)
M = 4
Xm = Matrix([[1, Symbol(f"u{i}1", real=True), Symbol(f"u{i}2", real=True)] for i in range(1, M + 1)])
ym = Matrix([Symbol(f"v{i}", integer=True) for i in range(1, M + 1)])
pm = Matrix([Symbol(f"q{i}", positive=True) for i in range(1, M + 1)])
Wm = diag(*[pm[i] * (1 - pm[i]) for i in range(M)])
bold = Matrix([Symbol(f"c{j}", real=True) for j in range(3)])
A = Xm.T * Wm * Xm
Ainv = A.inv()
mdom = {**{v: (0, 1) for v in ym}, **{q: (0.05, 0.95) for q in pm}}
step = bold + Ainv * Xm.T * (ym - pm)                       # beta_old + (X^T W X)^{-1} X^T (y - p)
form2 = Ainv * Xm.T * Wm * Xm * bold + Ainv * Xm.T * (ym - pm)
form3 = Ainv * Xm.T * Wm * (Xm * bold + Wm.inv() * (ym - pm))
z = Xm * bold + Wm.inv() * (ym - pm)
form4 = Ainv * Xm.T * Wm * z

# Hessian entries and gradient written by hand
grad = lambda j: sum((Y[i] - p(i)) * X[i][j] for i in range(N))
Xs = Matrix(X)
ys = Matrix(Y)
ps = Matrix([p(i) for i in range(N)])
Ws = diag(*[p(i) * (1 - p(i)) for i in range(N)])

CLAIMS = [
    # Pr(G=2|X=x) = 1 - e/(1+e) = 1/(1+e)
    Claim(9, "valid", 1 - exp(tx) / (1 + exp(tx)), 1 / (1 + exp(tx))),
    # odds in the rain example
    Claim(16, "valid", Rational(6, 10) / (1 - Rational(6, 10)), Rational(3, 2)),
    Claim(16, "valid", Rational(75, 100) / (1 - Rational(75, 100)), 3, k=2),
    # log-odds chain
    Claim(19, "valid", log(P1 / P2), log(P1 / (1 - P1))),
    Claim(19, "valid", log(P1 / (1 - P1)), tx, k=2),
    Claim(19, "valid", Matrix(beta).dot(Matrix([1, x1, x2])), b0 + b1 * x1 + b2 * x2, k=3),
    # L = prod P(G=g_i) rewritten with the indicator y_i
    Claim(35, "valid",
          prod([Y[i] * p(i) + (1 - Y[i]) * (1 - p(i)) for i in range(N)]),
          prod([p(i) ** Y[i] * (1 - p(i)) ** (1 - Y[i]) for i in range(N)]),
          domain=ydom),
    # l = log L
    Claim(41, "valid",
          log(prod([p(i) ** Y[i] * (1 - p(i)) ** (1 - Y[i]) for i in range(N)])),
          sum(Y[i] * log(p(i)) + (1 - Y[i]) * log(1 - p(i)) for i in range(N)),
          domain=ydom),
    Claim(45, "valid",
          sum(Y[i] * log(p(i)) + (1 - Y[i]) * log(1 - p(i)) for i in range(N)),
          sum(Y[i] * log(exp(t(i))) - Y[i] * log(1 + exp(t(i))) - (1 - Y[i]) * log(1 + exp(t(i)))
              for i in range(N)),
          domain=ydom),
    Claim(45, "valid",
          sum(Y[i] * log(exp(t(i))) - Y[i] * log(1 + exp(t(i))) - (1 - Y[i]) * log(1 + exp(t(i)))
              for i in range(N)),
          ll, k=2, domain=ydom),
    # first derivative
    Claim(58, "valid", diff(ll, b1),
          sum(Y[i] * X[i][1] - exp(t(i)) / (1 + exp(t(i))) * X[i][1] for i in range(N)), domain=ydom),
    Claim(72, "valid", diff(ll, b2), grad(2), domain=ydom),
    Claim(80, "valid", sum((Y[i] - p(i)) * 1 for i in range(N)), grad(0), domain=ydom),
    # second derivative (j = 1, k = 2)
    Claim(87, "ambiguous", diff(ll, b1, b2), diff(grad(2), b2), domain=ydom,
          alt=(diff(ll, b1, b2), diff(grad(1), b2)),
          note="x_i (a vector) written where its j-th entry x_ij is meant; literal stand-in uses another entry"),
    Claim(87, "valid", diff(grad(1), b2), -sum(X[i][1] * diff(p(i), b2) for i in range(N)), k=2,
          domain=ydom),
    Claim(93, "valid", diff(ll, b1, b2), -sum(X[i][1] * X[i][2] * p(i) * (1 - p(i)) for i in range(N)),
          domain=ydom),
    # Hessian matrix, entry (0, 2)
    Claim(107, "valid", diff(ll, b0, b2),
          -sum(p(i) * (1 - p(i)) * (Matrix(X[i]) * Matrix(X[i]).T)[0, 2] for i in range(N)), domain=ydom),
    # matrix forms
    Claim(140, "valid", diff(ll, b1), (Xs.T * (ys - ps))[1], domain=ydom),
    Claim(140, "valid", diff(ll, b0, b1), (-Xs.T * Ws * Xs)[0, 1], k=2, domain=ydom),
    # IRLS algebra (component 1 of the vectors)
    Claim(144, "valid", step[1], form2[1], domain=mdom),
    Claim(148, "valid", form2[1], form3[1], domain=mdom),
    Claim(152, "valid", step[1], form4[1], domain=mdom),
]
