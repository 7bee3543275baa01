from sympy import Symbol, Matrix, Rational, eye, sqrt, diff, solve

from labels import Claim

SOURCE = ("https://github.com/CERN-IT-INNOVATION/QuASK/blob/87f7dff3096564de7010f8cd8b2bd53b899c68ba/"
          "docs/source/notebooks/classical_1_linear_to_kernel.ipynb")
TITLE = "Linear and Ridge regression (QuASK tutorial: ridge gradient, Lagrangian primal and dual forms)"
TOPIC = "regularisation"

# Concrete size: m = 3 samples, d = 2 features.
m, d = 3, 2
X = Matrix(m, d, lambda j, l: Symbol(f"x{j + 1}{l + 1}", real=True))   # rows are (x^j)^T
y = Matrix(m, 1, lambda j, _: Symbol(f"y{j + 1}", real=True))
W = Matrix(d, 1, lambda l, _: Symbol(f"w{l + 1}", real=True))
Z = Matrix(m, 1, lambda j, _: Symbol(f"z{j + 1}", real=True))
A = Matrix(m, 1, lambda j, _: Symbol(f"a{j + 1}", real=True))           # alpha
lam = Symbol("lam", positive=True)
r = Matrix(3, 1, lambda j, _: Symbol(f"r{j + 1}", real=True))           # weights for vector claims
xs = Matrix(d, 1, lambda l, _: Symbol(f"u{l + 1}", real=True))          # a new input x
b = Symbol("b", real=True)
pos = {lam: (0.1, 2.0)}


def wsum(v):                         # random weighted sum of the entries of a column vector
    return sum(r[i] * v[i] for i in range(v.shape[0]))


def dot(u, v):
    return (u.T * v)[0, 0]


def grad(f, v):
    return Matrix([diff(f, v[i]) for i in range(v.shape[0])])


def stationary(f, v):               # the stationary point of f in v, found by sympy from its gradient
    sol = solve(list(grad(f, v)), list(v), dict=True)[0]
    return v.subs(sol)


# least squares: the derivation on lines 33-37 works with ||Xw - y||^2
sse = dot(X * W - y, X * W - y)
w_ols = (X.T * X).inv() * X.T * y

# ridge objective of line 48: as printed the penalty is lambda*||w||_2 (not squared)
w_ridge = (X.T * X + lam * eye(d)).inv() * X.T * y
obj_printed = sse + lam * sqrt(dot(W, W))
obj_squared = sse + lam * dot(W, W)
half_grad_printed = (grad(obj_printed, W) / 2).subs(dict(zip(W, w_ridge)))
half_grad_squared = (grad(obj_squared, W) / 2).subs(dict(zip(W, w_ridge)))

# Lagrangian of lines 91-94
Lag = dot(Z, Z) / (2 * lam) + dot(W, W) / 2 + dot(A, Z - X * W + y)
G = X * X.T
L_alpha = Lag.subs(dict(zip(W, X.T * A))).subs(dict(zip(Z, -lam * A)))   # after inserting w and z
s107 = dot(-lam * A, -lam * A) / (2 * lam) + dot(X.T * A, X.T * A) / 2 + dot(A, -lam * A - X * X.T * A + y)
s110 = lam / 2 * dot(A, A) + dot(A, X * X.T * A) / 2 - lam * dot(A, A) - dot(A, X * X.T * A) + dot(A, y)
s115 = -lam / 2 * dot(A, A) - dot(A, X * X.T * A) / 2 + dot(A, y)
s118 = -dot(A, lam * eye(m) * A) / 2 - dot(A, X * X.T * A) / 2 + dot(A, y)
s121 = -dot(A, (X * X.T + lam * eye(m)) * A) / 2 + dot(A, y)
s123 = -dot(A, (G + lam * eye(m)) * A) / 2 + dot(A, y)
a_tilde = (G + lam * eye(m)).inv() * y

CLAIMS = [
    Claim(40, "valid", wsum(stationary(sse, W)), wsum(w_ols)),
    Claim(54, "ambiguous", wsum(X.T * y + half_grad_printed), wsum(X.T * y),
          alt=(wsum(X.T * y + half_grad_squared), wsum(X.T * y)), domain=pos,
          note="penalty printed as lambda*||w||_2 (unsquared), whose minimiser is not this; "
               "holds for lambda*||w||_2^2"),
    Claim(100, "valid", wsum(grad(Lag, W)), wsum(W - (A.T * X).T), domain=pos),
    Claim(100, "valid", wsum(stationary(Lag, W)), wsum(X.T * A), k=2, domain=pos),
    Claim(101, "valid", wsum(grad(Lag, Z)), wsum(Z / lam + A), domain=pos),
    Claim(101, "valid", wsum(stationary(Lag, Z)), wsum(-lam * A), k=2, domain=pos),
    Claim(107, "valid", L_alpha, s107, domain=pos),
    Claim(110, "valid", s107, s110, domain=pos),
    Claim(115, "valid", s110, s115, domain=pos),
    Claim(118, "valid", s115, s118, domain=pos),
    Claim(121, "valid", s118, s121, domain=pos),
    Claim(123, "valid", s121, s123, domain=pos),
    Claim(127, "valid", wsum(grad(L_alpha, A)), wsum(-(G + lam * eye(m)) * A + y), domain=pos),
    Claim(127, "valid", wsum(stationary(L_alpha, A)), wsum(a_tilde), k=2, domain=pos),
    # dual form of the ridge regressor fitted to L(w) of line 77: <x, w~> = sum_j alpha~_j <x, x^j>
    Claim(131, "valid",
          dot(xs, stationary(dot(X * W - y, X * W - y) / 2 + lam / 2 * dot(W, W), W)),
          sum(a_tilde[j] * dot(xs, X[j, :].T) for j in range(m)), domain=pos),
    Claim(137, "valid", dot(W, xs) + b,
          dot(Matrix([W[0], W[1], b]), Matrix([xs[0], xs[1], 1]))),
]
