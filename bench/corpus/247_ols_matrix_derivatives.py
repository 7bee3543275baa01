"""Labels for 247_ols_matrix_derivatives.md (Hjorth-Jensen, week 35 lecture notes).

Conventions of this file:
- samples n = 3 (i = 0, 1, 2), features p = 2, unless the claim itself indexes the parameters
  up to beta_{n-1} (lines 76, 82), where 3 parameters are used, as the notation says;
- a vector or matrix identity is turned into one scalar by pairing both sides, entry by entry,
  with free test symbols t_k (random at every check point); row and column vectors are compared
  entry by entry (the notes themselves say z and z^T hold the same entries);
- "= 0" links that state the first-order condition (set the gradient to zero) are conditions,
  not identities, and are not labelled (lines 76, 82, 88, 96, 102, 360, 366 second link).
"""
from sympy import Matrix, Rational, Symbol, diff, log, sin, exp, cos, symbols, zeros

from labels import Claim

SOURCE = ("https://github.com/CompPhysics/MachineLearning/blob/"
          "053f351848a414ac679d71bae3252ad3e66794c9/doc/src/week35/week35.do.txt")
TITLE = "Week 35: ordinary least squares and derivatives of vectors and matrices"
TOPIC = "vector"

N = 3  # samples


def mat(name, r, c):
    return Matrix(r, c, lambda i, j: Symbol(f"{name}{i}{j}", real=True))


def vec(name, r):
    return Matrix(r, 1, lambda i, j: Symbol(f"{name}{i}", real=True))


def pair(a, b, tname="t"):
    """(sum t_k a_k, sum t_k b_k) over the entries of a and b read in the same order."""
    a, b = list(a), list(b)
    assert len(a) == len(b)
    t = symbols(f"{tname}0:{len(a)}", real=True)
    return sum(tk * ak for tk, ak in zip(t, a)), sum(tk * bk for tk, bk in zip(t, b))


def grad(f, v):
    return Matrix([diff(f, vi) for vi in v])


# ---------------------------------------------------------------- data and model, p = 2
X = mat("x", N, 2)
y = vec("y", N)
beta = vec("b", 2)
ytilde = X * beta
C = sum((y[i] - ytilde[i]) ** 2 for i in range(N)) / N          # (1/n) sum (y_i - ytilde_i)^2
C_mat = ((y - X * beta).T * (y - X * beta))[0] / N               # (1/n)(y - X beta)^T (y - X beta)

# ---------------------------------------------------------------- lines 76, 82: beta_0 .. beta_{n-1}
X3 = mat("x", N, 3)
beta3 = vec("b", 3)
res3 = [y[i] - sum(beta3[j] * X3[i, j] for j in range(3)) for i in range(N)]
C3 = sum(r ** 2 for r in res3) / N
jj = 1  # the component beta_j that is differentiated
b_j = beta3[jj]
C3_mat = ((y - X3 * beta3).T * (y - X3 * beta3))[0] / N        # C(beta) in matrix form, 3 parameters

# ---------------------------------------------------------------- line 108: the minimiser
stationary = [diff(C, beta[k]) for k in range(2)]
from sympy import linsolve
(sol,) = linsolve(stationary, list(beta))
beta_min = Matrix(sol)
beta_formula = (X.T * X).inv() * X.T * y

# ---------------------------------------------------------------- examples 1-4, m = 3, n = 2
A = mat("a", 3, 2)
xv = vec("u", 2)          # the vector x of the examples
yv = vec("v", 3)          # the vector y of example 2 (length m)
y_ex1 = A * xv
jac_ex1 = y_ex1.jacobian(xv)

alpha2 = (yv.T * A * xv)[0]
z2 = A.T * yv             # z^T = y^T A
alpha2_T = (yv.T * A * xv).T[0]            # alpha^T, the transpose of the 1x1 product

As = mat("s", 2, 2)       # square A of example 3
alpha3 = (xv.T * As * xv)[0]
Asym = Matrix([[Symbol("q00", real=True), Symbol("q01", real=True)],
               [Symbol("q01", real=True), Symbol("q11", real=True)]])
alpha3s = (xv.T * Asym * xv)[0]

zz = vec("z", 2)          # example 4: y(z), x(z)
y4 = Matrix([zz[0] * zz[1] + sin(zz[0]), zz[1] ** 2 - zz[0]])
x4 = Matrix([exp(zz[1]) + zz[0], cos(zz[0]) * zz[1]])
alpha4 = (y4.T * x4)[0]
alpha4xx = (x4.T * x4)[0]

# ---------------------------------------------------------------- MSE derivative
w = y - X * beta
C_w = (w.T * w)[0] / N
dw = w.jacobian(beta)

# ---------------------------------------------------------------- other relations
a_v, b_v = vec("aa", 3), vec("bb", 3)
Bm, Am = mat("B", 2, 3), mat("A", 3, 2)
trBA = (Bm * Am).trace()
dtr = Matrix(3, 2, lambda i, j: diff(trBA, Am[i, j]))
Ad = mat("d", 2, 2)
det_dom = {Ad[0, 0]: (1, 2), Ad[1, 1]: (1, 2), Ad[0, 1]: (-0.5, 0.5), Ad[1, 0]: (-0.5, 0.5)}
dlogdet = Matrix(2, 2, lambda i, j: diff(log(Ad.det()), Ad[i, j]))

# ---------------------------------------------------------------- Hessian
g_T = -Rational(2, N) * X.T * (y - X * beta)              # the author's dC/dbeta^T
hess_true = Matrix(2, 2, lambda i, j: diff(diff(C_mat, beta[i]), beta[j]))
hess_of_gT = g_T.jacobian(beta)

CLAIMS = [
    Claim(33, "valid", C, C_mat),
    Claim(76, "valid", diff(C3_mat, b_j), diff(C3, b_j)),
    Claim(82, "valid", diff(C3_mat, b_j),
          -Rational(2, N) * sum(X3[i, jj] * res3[i] for i in range(N))),
    Claim(108, "valid", *pair(beta_min, beta_formula)),
    Claim(152, "valid", *pair(y_ex1, [sum(A[i, j] * xv[j] for j in range(2)) for i in range(3)])),
    Claim(158, "valid", diff(y_ex1[2], xv[1]), A[2, 1]),
    Claim(164, "valid", *pair(jac_ex1, A)),
    Claim(179, "valid", alpha2, (z2.T * xv)[0]),
    Claim(185, "valid", *pair(grad(alpha2, xv), z2)),
    Claim(185, "valid", *pair(z2, A.T * yv), k=2),
    Claim(190, "valid", alpha2, alpha2_T),
    Claim(190, "valid", alpha2_T, (xv.T * A.T * yv)[0], k=2),
    Claim(193, "valid", *pair(grad(alpha2, yv), (xv.T * A.T).T)),
    Claim(193, "valid", *pair((xv.T * A.T).T, xv.T * A.T), k=2),
    Claim(209, "valid", alpha3, sum(xv[i] * As[i, j] * xv[j] for i in range(2) for j in range(2))),
    Claim(215, "valid", diff(alpha3, xv[0]),
          sum(As[i, 0] * xv[i] for i in range(2)) + sum(As[0, j] * xv[j] for j in range(2))),
    Claim(221, "valid", *pair(grad(alpha3, xv), xv.T * (As.T + As))),
    Claim(227, "valid", *pair(grad(alpha3s, xv), 2 * xv.T * Asym)),
    Claim(242, "valid", alpha4, sum(y4[i] * x4[i] for i in range(2))),
    Claim(248, "valid", diff(alpha4, zz[1]),
          sum(x4[i] * diff(y4[i], zz[1]) + y4[i] * diff(x4[i], zz[1]) for i in range(2))),
    Claim(254, "valid", *pair(grad(alpha4, zz), x4.T * y4.jacobian(zz) + y4.T * x4.jacobian(zz))),
    Claim(260, "valid", *pair(grad(alpha4xx, zz), 2 * x4.T * x4.jacobian(zz))),
    Claim(268, "valid", C, C_mat),
    Claim(288, "valid", C_mat, C_w),
    Claim(294, "valid", *pair(grad(C_mat, beta), Rational(2, N) * w.T * dw)),
    Claim(300, "valid", *pair(dw, -X)),
    Claim(306, "valid", *pair(grad(C_mat, beta), -Rational(2, N) * (y - X * beta).T * X)),
    Claim(312, "valid", *pair(grad(C_mat, beta), g_T)),
    Claim(320, "valid", *pair(grad((b_v.T * a_v)[0], a_v), b_v)),
    Claim(324, "valid", *pair(dtr, Bm.T)),
    Claim(328, "valid", *pair(dlogdet, Ad.inv().T), domain=det_dom),
    Claim(336, "valid", *pair(hess_true, hess_of_gT)),
    Claim(336, "valid", *pair(hess_of_gT, Rational(2, N) * X.T * X), k=2),
    Claim(354, "valid", *pair(y - ytilde, y - X * beta)),
    Claim(366, "valid", *pair(X.T * (y - ytilde), X.T * (y - X * beta))),
]
