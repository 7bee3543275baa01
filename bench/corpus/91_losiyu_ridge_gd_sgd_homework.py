from sympy import Matrix, Rational, Symbol, eye, sqrt

from labels import Claim

SOURCE = "https://github.com/Losiyu/Courses/blob/531b219220d1625e410a41eff470d129ad91882f/Machine%20Learning/homework/2/doc/hw2_answer.md"
TITLE = "Homework answers: least-squares residual via the hat matrix, and ridge regression gradients for GD and SGD (matrix notation, two slips)"
TOPIC = "regularisation"

W = [sqrt(p) for p in (1, 2, 3, 5, 7, 11, 13, 17, 19)]


def flat(M):
    """A vector or matrix compared through one generic weighted sum of its entries."""
    return sum(c * e for c, e in zip(W, list(M)))


def norm2(v):
    return sum(e**2 for e in v)


# ---------------------------------------------------------------- section 1: N = 3 samples, d = 2 features
N = 3
X = Matrix(3, 2, lambda i, j: Symbol(f"x{i}{j}", real=True))
b = Matrix(2, 1, lambda i, _: Symbol(f"b{i}", real=True))
eps = Matrix(3, 1, lambda i, _: Symbol(f"e{i}", real=True))
y = X * b + eps                                   # the model of the question: y = Xb + epsilon
G = X.T * X
bhat = G.LUsolve(X.T * y)                         # the least-squares fit (solves X^T X b = X^T y)
Gi = G.inv()
A = X * Gi * X.T                                  # A = X (X^T X)^{-1} X^T, as named on line 23

# ---------------------------------------------------------------- section 2: m = 3 samples, d = 3 features
# (d = m so that theta_i, written on line 74 with the sample index, names an existing entry)
m = 3
lam = Symbol("lambda", positive=True)
Xs = Matrix(3, 3, lambda i, j: Symbol(f"u{i}{j}", real=True))
ys = Matrix(3, 1, lambda i, _: Symbol(f"v{i}", real=True))
th = Matrix(3, 1, lambda i, _: Symbol(f"theta{i}", real=True))
xi = [Xs[i, :].T for i in range(m)]               # x_i, the i-th row as a column
h = [(th.T * xi[i])[0] for i in range(m)]         # h_theta(x_i) = theta^T x_i
r = Xs * th - ys
tt = (th.T * th)[0]


def grad(f):
    return Matrix([f.diff(t) for t in th])


J = Rational(1, m) * norm2(r)                                        # line 39
Jl = Rational(1, m) * sum((h[i] - ys[i])**2 for i in range(m)) + lam * tt   # the ridge objective (line 73)
l73 = Rational(1, m) * sum((h[i] - ys[i])**2 for i in range(m)) + lam * Rational(1, m) * m * tt
l74 = Rational(1, m) * sum((h[i] - ys[i])**2 + lam * th[i]**2 for i in range(m))
f = [(h[i] - ys[i])**2 + lam * tt for i in range(m)]                 # f_i, line 81
Egrad = Rational(1, m) * sum((grad(fi) for fi in f), Matrix.zeros(3, 1))   # i uniform on 1..m
l90 = Rational(1, m) * sum((2 * xi[i] * (h[i] - ys[i]) + 2 * lam * th for i in range(m)), Matrix.zeros(3, 1))
l91 = Rational(2, m) * sum((xi[i] * (h[i] - ys[i]) for i in range(m)), Matrix.zeros(3, 1)) + 2 * lam * th
l92 = Rational(2, m) * r + 2 * lam * th                              # (X theta - y)^T, as a vector
D = {lam: (0.1, 3)}

CLAIMS = [
    # section 1, question 1
    Claim(13, "valid", Rational(1, N) * norm2(X * bhat - y),
          Rational(1, N) * norm2(X * Gi * X.T * (X * b + eps) - (X * b + eps)),
          note="b-hat = (X^T X)^{-1} X^T y and y = Xb + epsilon, as in the question"),
    Claim(14, "valid", Rational(1, N) * norm2(X * Gi * X.T * (X * b + eps) - (X * b + eps)),
          Rational(1, N) * norm2((X * Gi * X.T - eye(3)) * eps), note="X(X^T X)^{-1} X^T X b = X b"),
    # question 2 (the first '=' on line 23 names A and is not a claim)
    Claim(23, "valid", flat(X * Gi * X.T), flat(X * Gi.T * X.T)),
    Claim(23, "valid", flat(X * Gi.T * X.T), flat(A.T), k=2),
    Claim(29, "valid", flat(A * A), flat(A.T * A), note="A is symmetric (line 23)"),
    Claim(29, "valid", flat(A.T * A), flat(X * Gi.T * X.T * X * Gi * X.T), k=2),
    Claim(29, "valid", flat(X * Gi.T * X.T * X * Gi * X.T), flat(X * Gi * X.T), k=3),
    Claim(29, "valid", flat(X * Gi * X.T), flat(A), k=4),
    # section 2: question 6 (line 39 defines J, line 55 is an update)
    Claim(47, "valid", flat(grad(J)), flat(Rational(2, m) * Xs.T * r)),
    # question 14 (J_lambda as written out on line 73; line 64 is an update)
    Claim(63, "valid", flat(grad(Jl)), flat(Rational(2, m) * Xs.T * r + 2 * lam * th), domain=D),
    # question 21 (line 73 writes out J_lambda; line 81 defines f_i)
    Claim(74, "invalid", l73, l74, domain=D,
          note="theta_i^T theta_i is the square of one entry of theta, so the penalty becomes (lambda/m) ||theta||^2 "
               "instead of lambda ||theta||^2; with theta in place of theta_i the step would hold"),
    # question 22
    Claim(90, "valid", flat(Egrad), flat(l90), domain=D,
          note="grad f_i = 2 x_i (theta^T x_i - y_i) + 2 lambda theta; the transpose on x_i only changes the shape"),
    Claim(91, "valid", flat(l90), flat(l91), domain=D),
    Claim(92, "invalid", flat(l91), flat(l92), domain=D,
          note="sum_i x_i (theta^T x_i - y_i) = X^T (X theta - y); the factor X^T is lost "
               "((X theta - y)^T has one entry per sample, not per feature)"),
    Claim(93, "invalid", flat(l92), flat(grad(Jl)), domain=D,
          note="grad J_lambda = (2/m) X^T (X theta - y) + 2 lambda theta, not (2/m)(X theta - y)^T + 2 lambda theta"),
]
