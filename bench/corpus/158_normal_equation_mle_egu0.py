from sympy import Symbol, Matrix, Abs, exp, log, sqrt, pi, diff, eye, Rational

from labels import Claim

SOURCE = ("https://github.com/egu0/egu0.github.io/blob/e73d21776559fe43b2447df86fb2bfe01e761205/"
          "docs/ai/ml-intro/04-linear-regression/README.md")
TITLE = "多元线性回归: normal equation and least squares from maximum likelihood (egu0)"
TOPIC = "linear"

half = Rational(1, 2)


def S(name):
    return Symbol(name, real=True)


# ---- matrix part: m = 3 samples, 2 columns (intercept column kept symbolic too)
m, p = 3, 2
X = Matrix(m, p, lambda i, j: S(f"X{i+1}{j}"))
y = Matrix(m, 1, lambda i, j: S(f"y{i+1}"))
th = Matrix(p, 1, lambda i, j: S(f"t{i}"))
u = Matrix(p, 1, lambda i, j: S(f"u{i}"))   # weights that turn a vector identity into a scalar one
v = Matrix(p, 1, lambda i, j: S(f"v{i}"))

r = X * th - y
J_mat = (half * r.T * r)[0, 0]
J_expanded = (half * (th.T * X.T * X * th - th.T * X.T * y - y.T * X * th + y.T * y))[0, 0]


def grad(f):
    return Matrix([diff(f, t) for t in th])


def dot(a, b):
    return (a.T * b)[0, 0]


# sum form of J with the index range as written (i = 0..m) and as meant (i = 1..m)
x0 = Matrix(1, p, lambda i, j: S(f"X0{j}"))   # the extra sample x^(0) the literal range brings in
y0 = S("y0")
J_sum_1_m = half * sum(((X[i, :] * th)[0, 0] - y[i]) ** 2 for i in range(m))
J_sum_0_m = half * (((x0 * th)[0, 0] - y0) ** 2) + J_sum_1_m

# Hessian of J
H = Matrix(p, p, lambda i, j: diff(J_mat, th[i], th[j]))

# Z^{-1} Z = I and I A = A, on 2x2 matrices
Z = Matrix(2, 2, lambda i, j: S(f"z{i}{j}"))
A = Matrix(2, 2, lambda i, j: S(f"a{i}{j}"))

# ---- vector form of the prediction, n = 2
w0, w1, w2, x1, x2 = S("w0"), S("w1"), S("w2"), S("x1"), S("x2")
Wv = Matrix([w0, w1, w2])
Xv = Matrix([1, x1, x2])

# ---- error with y-hat: generic x versus x_i (n = 2 features plus intercept)
yi = S("y_i")
T = Matrix([S("th0"), S("th1"), S("th2")])
xi = Matrix([1, S("xi1"), S("xi2")])
xg = Matrix([1, S("xg1"), S("xg2")])

# ---- likelihood part: three samples (i = 0, 1, 2), W and x^(i) of length 2
sig = Symbol("sigma", positive=True)
eps = Symbol("epsilon", real=True)
mu = Symbol("mu", real=True)
c = 1 / (sig * sqrt(2 * pi))


def f(e, mean):
    return c * exp(-(e - mean) ** 2 / (2 * sig ** 2))


Wl = Matrix([S("W0"), S("W1")])
xs = [Matrix([S(f"x{i}_0"), S(f"x{i}_1")]) for i in range(3)]
ys = [S(f"yy{i}") for i in range(3)]
res = [ys[i] - dot(Wl, xs[i]) for i in range(3)]
eps_i = [S(f"e{i}") for i in range(3)]


def prod(terms):
    out = 1
    for t in terms:
        out = out * t
    return out


P_sub = prod(c * exp(-res[i] ** 2 / (2 * sig ** 2)) for i in range(3))

# ---- logarithm rules
a = Symbol("a", positive=True)
Xp, Yp, X1, X2, X3 = (Symbol(n, positive=True) for n in ("Xp", "Yp", "X1p", "X2p", "X3p"))
nn = S("n")
pos = {a: (1.5, 5.0), Xp: (0.2, 5.0), Yp: (0.2, 5.0), X1: (0.2, 5.0), X2: (0.2, 5.0), X3: (0.2, 5.0)}
sdom = {sig: (0.6, 2.0)}

CLAIMS = [
    Claim(19, "valid", w1 * x1 + w2 * x2 + w0, dot(Wv, Xv)),
    Claim(43, "ambiguous", J_sum_0_m, J_mat, alt=(J_sum_1_m, J_mat),
          note="the sum runs over i = 0..m (m+1 terms) while X has the m rows x^(1)..x^(m); "
               "holds for i = 1..m"),
    Claim(61, "valid", J_mat, (half * (th.T * X.T - y.T) * (X * th - y))[0, 0]),
    Claim(63, "valid", J_mat, J_expanded),
    Claim(67, "valid", dot(u, grad(J_mat)), dot(u, grad(J_expanded))),
    Claim(69, "valid", dot(u, grad(J_mat)),
          dot(u, half * (X.T * X * th + (th.T * X.T * X).T - X.T * y - (y.T * X).T))),
    Claim(71, "valid", dot(u, grad(J_mat)),
          dot(u, half * (X.T * X * th + X.T * X * th - X.T * y - X.T * y))),
    Claim(73, "valid", dot(u, grad(J_mat)), dot(u, X.T * X * th - X.T * y)),
    Claim(75, "valid", dot(u, grad(J_mat)), dot(u, X.T * (X * th - y))),
    Claim(85, "valid", (u.T * Z.inv() * Z * v)[0, 0], dot(u, v),
          note="written $Z^{-1}Z^ = I$ with a stray ^; read as Z^{-1}Z = I"),
    Claim(89, "valid", (u.T * eye(2) * A * v)[0, 0], (u.T * A * v)[0, 0]),
    Claim(101, "valid", dot(u, grad(J_mat)), dot(u, X.T * X * th - X.T * y)),
    Claim(103, "valid", (u.T * H * v)[0, 0], (u.T * X.T * X * v)[0, 0]),
    Claim(127, "ambiguous", Abs(yi - dot(T, xg)), Abs(yi - dot(T, xi)),
          alt=(Abs(yi - dot(T, xi)), Abs(yi - dot(T, xi))),
          note="y-hat carries no index (defined as theta^T x); equal only if y-hat means y-hat_i"),
    Claim(183, "valid", f(eps, 0), c * exp(-eps ** 2 / (2 * sig ** 2)), domain=sdom),
    Claim(195, "valid", prod(f(eps_i[i], 0) for i in range(3)),
          prod(c * exp(-eps_i[i] ** 2 / (2 * sig ** 2)) for i in range(3)), domain=sdom),
    Claim(199, "valid", prod(f(Abs(res[i]), 0) for i in range(3)), P_sub, domain=sdom),
    Claim(211, "valid", log(Xp * Yp, a), log(Xp, a) + log(Yp, a), domain=pos),
    Claim(212, "valid", log(Xp / Yp, a), log(Xp, a) - log(Yp, a), domain=pos),
    Claim(213, "valid", log(Xp ** nn, a), nn * log(Xp, a), domain=pos),
    Claim(214, "valid", log(X1 * X2 * X3, a), log(X1, a) + log(X2, a) + log(X3, a), domain=pos),
    Claim(215, "valid", log(a ** nn, a), nn, domain=pos),
    Claim(216, "valid", log(1 / Xp, a), -log(Xp, a), domain=pos),
    Claim(222, "valid", log(P_sub, 10),
          sum(log(c * exp(-res[i] ** 2 / (2 * sig ** 2)), 10) for i in range(3)), domain=sdom),
    Claim(224, "ambiguous", log(P_sub, 10),
          sum(log(c, 10) - res[i] ** 2 / (2 * sig ** 2) for i in range(3)),
          alt=(log(P_sub), sum(log(c) - res[i] ** 2 / (2 * sig ** 2) for i in range(3))),
          domain=sdom,
          note="lg is the base-10 log, so lg e^{-u} = -u lg e, not -u; holds if lg is read as ln"),
]
