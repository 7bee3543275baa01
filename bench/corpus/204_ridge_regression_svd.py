from sympy import Symbol, Matrix, Rational, cos, sin, sqrt, eye, zeros, ones, diag, symbols

from labels import Claim

SOURCE = ("https://github.com/FanvelChen/fanvelchen.github.io/blob/"
          "7b4db3e71ae17ecfa7d434bfa4585c424973cb2b/_posts/2018-12-25-RidgeRegression-2018.md")
TITLE = "Ridge Regression (岭回归): closed form, SVD shrinkage, bias, centring"
TOPIC = "regularisation"

lam = Symbol("lambda", positive=True)
POS = {lam: (0.1, 2)}


def sc(M):
    """A scalar summary of a column vector: sum of (k+1) * entry k."""
    return sum((k + 1) * M[k] for k in range(M.shape[0]))


# ---- thin SVD, N = 3 samples, p = 2 features, X centred: U's columns lie in 1-perp
phi, th = symbols("phi theta", real=True)
s1, s2 = symbols("s1 s2", positive=True)
e1 = Matrix([1, -1, 0]) / sqrt(2)
e2 = Matrix([1, 1, -2]) / sqrt(6)
U = Matrix.hstack(cos(phi) * e1 + sin(phi) * e2, -sin(phi) * e1 + cos(phi) * e2)
V = Matrix([[cos(th), -sin(th)], [sin(th), cos(th)]])
S = diag(s1, s2)
X = U * S * V.T
y = Matrix(symbols("y1 y2 y3", real=True))
I2 = eye(2)
SV = {s1: (0.3, 2), s2: (0.3, 2), **POS}

ols_fit = X * (X.T * X).inv() * X.T * y
ridge_fit = X * (X.T * X + lam * I2).inv() * X.T * y
u = [U[:, 0], U[:, 1]]
d = [s1, s2]

# ---- (1.7): variance of z_1 = X v_1 (sample variance, N - 1), Cov(X, X) read via its (1,1) entry
z1 = X * V[:, 0]
zbar = sum(z1) / 3
var_z1 = sum((z1[i] - zbar)**2 for i in range(3)) / 2
cov11 = (X.T * X)[0, 0] / 2

# ---- (1.8): N = p = 2 so that X^T X + lambda X is defined; E[y] = X beta
Xs = Matrix(2, 2, symbols("q11 q12 q21 q22", real=True))
bet = Matrix(symbols("b1 b2", real=True))
E_ridge = (Xs.T * Xs + lam * eye(2)).inv() * Xs.T * Xs * bet
M_typo = (Xs.T * Xs + lam * Xs).inv()

# ---- (2.3)-(2.8): scalar sums, N = 3, p = 2
yy = symbols("y1 y2 y3", real=True)
xx = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in (1, 2, 3)]
b0, bb1, bb2 = symbols("beta0 beta1 beta2", real=True)
bj = [bb1, bb2]
xbar = [sum(xx[i][j] for i in range(3)) / 3 for j in range(2)]
pen = lam * (bb1**2 + bb2**2)
L23 = sum((yy[i] - b0 - sum(xx[i][j] * bj[j] for j in range(2)))**2 for i in range(3)) + pen
L24 = sum((yy[i] - b0 - sum(xbar[j] * bj[j] for j in range(2))
           + sum((xx[i][j] - xbar[j]) * bj[j] for j in range(2)))**2 for i in range(3)) + pen
b0c = b0 + sum(xbar[j] * bj[j] for j in range(2))
L27 = sum((yy[i] - b0c - sum((xx[i][j] - xbar[j]) * bj[j] for j in range(2)))**2 for i in range(3)) + pen
E_lin = sum(sum((xx[i][j] - xbar[j]) * bj[j] for j in range(2)) for i in range(3)) / 3   # E over the samples

# ---- (2.11): centred X (third row = minus the sum of the first two)
Xc = Matrix([[xx[0][0], xx[0][1]], [xx[1][0], xx[1][1]],
             [-xx[0][0] - xx[1][0], -xx[0][1] - xx[1][1]]])
Xg = Matrix(3, 2, [xx[i][j] for i in range(3) for j in range(2)])   # a general X
ybar = Symbol("ybar", real=True)
one = ones(3, 1)
Ag = (Xg.T * Xg + lam * I2).inv()
Ac = (Xc.T * Xc + lam * I2).inv()
yv = Matrix(yy)
colsum_literal = Matrix([3 * xx[0][0], 3 * xx[0][1]])      # sum_{i} x_1 with no i inside: N * x_1
colsum_c = Matrix([sum(Xc[i, 0] for i in range(3)), sum(Xc[i, 1] for i in range(3))])

# ---- (2.13)
A = X.T * X + lam * I2

CLAIMS = [
    # (1.4)
    Claim(44, "valid", sc(X * (X.T * X).inv() * X.T * y), sc(X * (X.T * X).inv() * X.T * y), domain=SV),
    Claim(45, "valid", sc(ols_fit), sc(U * S * V.T * (V * S.T * U.T * U * S * V.T).inv() * V * S.T * U.T * y),
          domain=SV),
    Claim(46, "valid", sc(ols_fit), sc(U * U.T * y), domain=SV),
    Claim(47, "valid", sc(U * U.T * y), sc(u[0] * (u[0].T * y) + u[1] * (u[1].T * y)), domain=SV),
    # (1.5)
    Claim(56, "valid", sc(ridge_fit), sc(X * (X.T * X + lam * I2).inv() * X.T * y), domain=SV),
    Claim(57, "valid", sc(ridge_fit), sc(U * S * V.T * (V * S**2 * V.T + lam * I2).inv() * V * S.T * U.T * y),
          domain=SV),
    Claim(58, "valid", sc(ridge_fit), sc(U * S * (S**2 + lam * I2).inv() * S * U.T * y), domain=SV),
    Claim(59, "valid", sc(U * S * (S**2 + lam * I2).inv() * S * U.T * y),
          sc(sum((u[j] * d[j]**2 / (d[j]**2 + lam) * (u[j].T * y)[0] for j in range(2)), zeros(3, 1))),
          domain=SV),
    # (1.6)
    Claim(67, "valid", sc((X.T * X)[:, 0]) + sc((X.T * X)[:, 1]) * 7,
          sc((V * S**2 * V.T)[:, 0]) + sc((V * S**2 * V.T)[:, 1]) * 7, domain=SV),
    # (1.7)
    Claim(73, "valid", var_z1, var_z1, domain=SV),
    Claim(73, "invalid", var_z1, cov11, k=2, domain=SV,
          note="Var(Xv_j) = v_j^T Cov(X) v_j, a scalar; Cov(X,X) is the whole matrix X^TX/(N-1) (compared via its (1,1) entry)"),
    Claim(73, "invalid", cov11, d[0]**2 / 2, k=3, domain=SV,
          note="Cov(X,X) is the matrix V S^2 V^T/(N-1), not d_j^2/(N-1); only Var(Xv_j) equals d_j^2/(N-1)"),
    # (1.8)
    Claim(84, "invalid", sc(E_ridge), sc(M_typo * Xs.T * Xs * bet), domain=POS,
          note="the ridge estimator has (X^TX + lambda I)^{-1}; lambda X is a typo (and is not even defined for N != p)"),
    Claim(85, "valid", sc(M_typo * Xs.T * Xs * bet), sc(M_typo * Xs.T * Xs * bet), domain=POS),
    Claim(86, "valid", sc(M_typo * Xs.T * Xs * bet), sc((M_typo * Xs.T * Xs) * bet), domain=POS),
    # (2.4), (2.7)
    Claim(134, "invalid", L23, L24, domain=POS,
          note="x_ij = xbar_j + (x_ij - xbar_j), so the second sum must enter with a minus sign"),
    Claim(149, "valid", L23, L27, domain=POS),
    # (2.8)
    Claim(157, "valid", E_lin, sum((sum(xx[i][j] for i in range(3)) / 3 - xbar[j]) * bj[j] for j in range(2))),
    Claim(158, "valid", sum((sum(xx[i][j] for i in range(3)) / 3 - xbar[j]) * bj[j] for j in range(2)),
          sum((xbar[j] - xbar[j]) * bj[j] for j in range(2))),
    Claim(159, "valid", sum((xbar[j] - xbar[j]) * bj[j] for j in range(2)), 0),
    # (2.11)
    Claim(182, "valid", sc(Ag * Xg.T * yv - Ag * Xg.T * (yv - one * ybar)), sc(Ag * Xg.T * one * ybar), domain=POS),
    Claim(183, "ambiguous", sc(Ag * Xg.T * one * ybar), sc(Ag * colsum_literal * ybar), domain=POS,
          alt=(sc(Ag * Xg.T * one * ybar),
               sc(Ag * Matrix([sum(xx[i][0] for i in range(3)), sum(xx[i][1] for i in range(3))]) * ybar)),
          note="sum_{i=1}^N x_1 has no index i inside; it is the column sum only reading x_1 as x_{i1}"),
    Claim(184, "valid", sc(Ac * colsum_c * ybar), sc(Ac * zeros(2, 1) * ybar), domain=POS,
          note="X is centred, so every column sum is zero"),
    Claim(185, "valid", sc(Ac * zeros(2, 1) * ybar), 0, domain=POS),
    # (2.13)
    Claim(209, "valid", sc(A.inv() * X.T * y), sc((V * S.T * U.T * U * S * V.T + lam * I2).inv() * V * S.T * U.T * y),
          domain=SV),
    Claim(210, "valid", sc((V * S.T * U.T * U * S * V.T + lam * I2).inv() * V * S.T * U.T * y),
          sc((V * S**2 * V.T + lam * I2).inv() * V * S * U.T * y), domain=SV),
    Claim(211, "valid", sc((V * S**2 * V.T + lam * I2).inv() * V * S * U.T * y),
          sc(V * (S**2 + lam * I2).inv() * V.T * V * S * U.T * y), domain=SV),
    Claim(212, "valid", sc(V * (S**2 + lam * I2).inv() * V.T * V * S * U.T * y),
          sc(V * (S**2 + lam * I2).inv() * S * U.T * y), domain=SV),
    Claim(213, "valid", sc(V * (S**2 + lam * I2).inv() * S * U.T * y),
          sc(V * diag(s1 / (s1**2 + lam), s2 / (s2**2 + lam)) * U.T * y), domain=SV),
]
