from sympy import Symbol, Matrix, Integer, diff, sqrt

from labels import Claim

SOURCE = "https://github.com/Chang-LeHung/Chang-LeHung.github.io/blob/08536f2b93344bf2b5a75da69be508b53fc6b4aa/docs/ML/lr.md"
TITLE = "Ordinary linear regression: MSE in matrix form and the normal equation (Chang-LeHung)"
TOPIC = "linear"

# Concrete size: n = 4 samples, m = 2 attributes, so each augmented row x_i = (x_i1, x_i2, 1)
# and w_hat = (a_1, a_2, b)^T.
n, m = 4, 2
xs = [[Symbol(f"x_{i}{j}", real=True) for j in (1, 2)] for i in range(1, n + 1)]
ys = [Symbol(f"y_{i}", real=True) for i in range(1, n + 1)]
a1, a2, b = Symbol("a_1", real=True), Symbol("a_2", real=True), Symbol("b", real=True)
yhat_free = Symbol("yhat", real=True)  # a y-hat carrying no sample index
u = Matrix([Symbol(f"u_{i}", real=True) for i in range(1, n + 1)])   # probe for n-vectors
v = Matrix([Symbol(f"v_{j}", real=True) for j in range(1, m + 2)])   # probe for (m+1)-vectors

rows = [Matrix([[xs[i][0], xs[i][1], 1]]) for i in range(n)]  # x_i as 1 x (m+1) rows (eq. 7)
X = Matrix.vstack(*rows)                                       # eq. (14)
Y = Matrix(ys)
w = Matrix([a1, a2, b])                                        # eq. (8)
f = [a1 * xs[i][0] + a2 * xs[i][1] + b for i in range(n)]      # eq. (5)
yh = [(rows[i] * w)[0, 0] for i in range(n)]                   # predictions y_hat_i = x_i w_hat
r = X * w - Y


def pn(vec):
    """scalar u^T vec standing for an n-vector"""
    return (u.T * vec)[0, 0]


def pv(vec):
    """scalar v^T vec standing for an (m+1)-vector"""
    return (v.T * vec)[0, 0]


def pm(M):
    """scalar u^T M v standing for an n x (m+1) matrix"""
    return (u.T * M * v)[0, 0]


L_sum = sum((f[i] - ys[i]) ** 2 for i in range(n))            # eq. (12)
L_rows = sum((yh[i] - ys[i]) ** 2 for i in range(n))
L_free = sum((yhat_free - ys[i]) ** 2 for i in range(n))       # y-hat read without its index
L_mat = (r.T * r)[0, 0]
L_expanded = (w.T * X.T * X * w - w.T * X.T * Y - Y.T * X * w + Y.T * Y)[0, 0]

# stationary point of L (normal equation), X^T X invertible for generic data with n > m + 1
w_star = (X.T * X).inv(method="ADJ") * X.T * Y
at = dict(zip([a1, a2, b], list(w_star)))

# generic objects for the matrix-derivative rules (size 3)
ra = [Symbol(f"alpha_{i}", real=True) for i in range(1, 4)]
rx = [Symbol(f"xi_{i}", real=True) for i in range(1, 4)]
q = Matrix([Symbol(f"q_{i}", real=True) for i in range(1, 4)])
Arow = Matrix([ra])                 # A : 1 x n
Xcol = Matrix(rx)                   # X : n x 1
Y1 = (Arow * Xcol)[0, 0]            # Y = A . X
grad = lambda e: Matrix([diff(e, t) for t in rx])
Acol = Matrix(ra)                   # rule 2: A : n x 1
Y2 = (Xcol.T * Acol)[0, 0]
Asq = Matrix(3, 3, lambda i, j: Symbol(f"A_{i + 1}{j + 1}", real=True))
Y3 = (Xcol.T * Asq * Xcol)[0, 0]


def pq(vec):
    return (q.T * vec)[0, 0]


stack_rows = pm(X)
concat_T = pm(Matrix.hstack(*[rw.T for rw in rows]).T)
col_of_rows = pm(Matrix.vstack(*rows))

CLAIMS = [
    Claim(16, "valid", f[0], b + sum([a1, a2][j] * xs[0][j] for j in range(m)),
          note="(5) rewritten with a summation sign: a_1x_i1 + ... + a_mx_im + b = b + sum_j a_j x_ij"),
    Claim(31, "valid", (rows[0] * w)[0, 0], f[0],
          note="(x_i1, ..., x_im, 1) . (a_1, ..., a_m, b)^T = sum_j a_j x_ij + b = f(x_i)"),
    Claim(35, "valid", f[0], (rows[0] * w)[0, 0],
          note="f(x_i) is the product of the augmented row x_i with w_hat"),
    Claim(48, "valid", pn(Matrix([ys]).T), pn(Y),
          note="the transposed row (y_1, ..., y_n)^T is the column of the y_i"),
    Claim(52, "valid", stack_rows, concat_T,
          note="stacking the rows x_i is (x_1, ..., x_n)^T, reading (x_1, ..., x_n) as the matrix with the x_i as columns"),
    Claim(52, "valid", concat_T, col_of_rows, k=2,
          note="both are the n x (m+1) matrix whose i-th row is x_i"),
    Claim(52, "valid", col_of_rows, pm(X), k=3,
          note="writing out x_i = (x_i1, ..., x_im, 1) row by row gives the explicit matrix with a final column of 1s"),
    Claim(56, "valid", pn(X * w), pn(Matrix(yh)),
          note="row i of X times (a_1, ..., a_m, b)^T is x_i w_hat"),
    Claim(56, "valid", pn(Matrix(yh)), pn(Matrix([f[i] for i in range(n)])), k=2,
          note="x_i w_hat is the model's prediction y_hat_i (the extra blank row in the displayed column is layout only)"),
    Claim(68, "ambiguous", L_sum, L_free, alt=(L_sum, L_rows),
          note="sum_i (y_hat - y_i)^2 drops the index on y_hat; equal to the loss only if y_hat means y_hat_i"),
    Claim(68, "ambiguous", L_free, L_rows, k=2, alt=(L_rows, L_rows),
          note="again y_hat without index i; with y_hat_i = x_i w_hat the two sums coincide"),
    Claim(68, "valid", L_rows, L_mat, k=3,
          note="sum of squared components of X w_hat - Y is its squared 2-norm"),
    Claim(68, "valid", L_mat, (r.T * r)[0, 0], k=4,
          note="||v||_2^2 = v^T v"),
    Claim(84, "valid", sqrt(sum(t ** 2 for t in rx)) ** 2, sum(t ** 2 for t in rx),
          note="squaring sqrt(sum x_i^2) gives sum x_i^2"),
    Claim(86, "ambiguous", n * (r.T * r)[0, 0], ((Y - X * w).T * (Y - X * w))[0, 0],
          alt=(sum(r[i] ** 2 for i in range(n)), ((Y - X * w).T * (Y - X * w))[0, 0]),
          note="the summand (X w_hat - Y)^2 carries no index i: read literally the sum is n times the square; "
               "read as the i-th component squared it is ||Y - X w_hat||^2"),
    Claim(88, "valid", pn(r), pn(Matrix([yh[i] - ys[i] for i in range(n)])),
          note="component i of X w_hat - Y is y_hat_i - y_i"),
    Claim(92, "valid", L_mat, sum((yh[i] - ys[i]) * (yh[i] - ys[i]) for i in range(n)),
          note="row times column of the residuals"),
    Claim(92, "ambiguous", L_rows, L_free, k=2, alt=(L_rows, L_rows),
          note="sum_i (y_hat - y_i)^2 with y_hat missing its index; holds reading y_hat as y_hat_i"),
    Claim(96, "valid", L_sum, L_rows,
          note="L(w, b) and L(w_hat) are the same loss, with w_hat = (w, b) and the augmented x_i"),
    Claim(96, "valid", L_rows, L_mat, k=2, note="squared 2-norm of X w_hat - Y"),
    Claim(96, "valid", L_mat, (r.T * r)[0, 0], k=3, note="||v||_2^2 = v^T v"),
    Claim(100, "valid", L_rows, L_mat, note="L(w_hat) = ||X w_hat - Y||_2^2"),
    Claim(100, "valid", L_mat, (r.T * r)[0, 0], k=2, note="||v||_2^2 = v^T v"),
    Claim(104, "valid", L_mat, (((X * w).T - Y.T) * r)[0, 0], note="transpose of a difference"),
    Claim(104, "valid", (((X * w).T - Y.T) * r)[0, 0], ((w.T * X.T - Y.T) * r)[0, 0], k=2,
          note="(X w_hat)^T = w_hat^T X^T"),
    Claim(108, "valid", ((w.T * X.T - Y.T) * r)[0, 0], L_expanded, note="expanding the product"),
    Claim(117, "valid", pq(grad(Y1)), pq(Arow.T),
          note="rule 1: the gradient of A X (A a row, X a column) is A^T"),
    Claim(131, "valid", Y1, (Arow * Xcol)[0, 0], note="Y = A . X written out"),
    Claim(131, "valid", (Arow * Xcol)[0, 0], sum(ra[i] * rx[i] for i in range(3)), k=2,
          note="row times column is sum a_i x_i"),
    Claim(136, "valid", diff(Y1, rx[1]), Integer(0) + ra[1] + Integer(0),
          note="only the term a_i x_i depends on x_i (checked for i = 2, n = 3)"),
    Claim(140, "valid", pq(grad(Y1)), pq(Matrix([diff(Y1, t) for t in rx])),
          note="the derivative with respect to the column X is the column of partial derivatives"),
    Claim(140, "valid", pq(Matrix([diff(Y1, t) for t in rx])), pq(Acol), k=2,
          note="dY/dx_i = a_i"),
    Claim(140, "valid", pq(Acol), pq(Arow.T), k=3, note="the column of the a_i is (a_1, ..., a_n)^T"),
    Claim(140, "valid", pq(Arow.T), pq(Arow.T), k=4, note="(a_1, ..., a_n)^T = A^T"),
    Claim(147, "valid", pq(grad(Y1)), pq(Arow.T), note="rule 1 restated"),
    Claim(151, "valid", pq(grad(Y2)), pq(Acol), note="rule 2: d(X^T A)/dX = A"),
    Claim(155, "valid", pq(grad(Y3)), pq((Asq.T + Asq) * Xcol),
          note="rule 3: d(X^T A X)/dX = (A^T + A) X, taking X as a column (the stated shape 1 x n is a slip)"),
    Claim(159, "valid", L_rows, L_expanded, note="(19) is the expansion of (X w_hat - Y)^T (X w_hat - Y)"),
    Claim(163, "valid", pv(Matrix([diff(L_mat, t) for t in (a1, a2, b)])),
          pv(((X.T * X).T + X.T * X) * w - X.T * Y - (Y.T * X).T),
          note="rules 3, 2 and 1 applied to the three w_hat-dependent terms of (19)"),
    Claim(164, "valid", pv(((X.T * X).T + X.T * X) * w - X.T * Y - (Y.T * X).T),
          pv(2 * X.T * X * w - 2 * X.T * Y),
          note="X^T X is symmetric and (Y^T X)^T = X^T Y"),
    Claim(164, "valid", pv(2 * X.T * X * w - 2 * X.T * Y), pv(2 * X.T * r), k=2,
          note="factor 2X^T"),
    Claim(164, "valid", pv(2 * X.T * r).xreplace(at), Integer(0), k=3,
          note="the gradient vanishes at the minimiser w_hat = (X^T X)^{-1} X^T Y (setting it to zero)"),
    Claim(168, "valid", pv(X.T * X * w).xreplace(at), pv(X.T * Y),
          note="normal equation, holds at the stationary point"),
    Claim(173, "valid", pv(w).xreplace(at), pv((X.T * X).inv(method="ADJ") * X.T * Y),
          note="solving (20) with X^T X invertible"),
    Claim(177, "valid", pv(w).xreplace(at), pv((X.T * X).inv(method="ADJ") * X.T * Y),
          note="restates (21)"),
]
