"""Labels for 248_ridge_svd_bias.md (Malav Patel, notes on ridge regression).

Concrete sizes: M = 3 observations, N = 2 unknowns, rank R = 2. The full SVD is built from
orthogonal factors: U = Rz(a) Ry(b) Rx(c) (3 x 3), V a 2 x 2 rotation, Sigma = [[s1,0],[0,s2],[0,0]],
so every identity of the chain is checked on a genuine SVD. Vector and matrix identities are turned
into one scalar by pairing both sides entry by entry with free test symbols t_k.
The expectation in the bias chain is linear: E[f(eps)] = f(E[eps]) for the affine maps used, and the
model says E[eps] = 0 (eps ~ N(0, sigma^2 I)); that zero is written as the vector m with its
entries fixed at 0 by the domain.
"""
from sympy import Matrix, Symbol, cos, eye, linsolve, sin, symbols, diff

from labels import Claim

SOURCE = ("https://github.com/Malav-P/Malav-P.github.io/blob/"
          "2169824ea7fae4c3f473731ecee8fdfc25ef2ab9/_notes/2024-03-15-ridge-regression.md")
TITLE = "Ridge Regression (shrinkage through the SVD, bias of the estimator)"
TOPIC = "regularisation"


def pair(a, b, tname="t"):
    a, b = list(a), list(b)
    assert len(a) == len(b)
    t = symbols(f"{tname}0:{len(a)}", real=True)
    return sum(tk * ak for tk, ak in zip(t, a)), sum(tk * bk for tk, bk in zip(t, b))


lam = Symbol("lam", real=True)
s1, s2 = Symbol("s1", real=True), Symbol("s2", real=True)
a_, b_, c_, d_ = symbols("ang_a ang_b ang_c ang_d", real=True)
pos = {lam: (0.1, 2.0), s1: (0.2, 2.0), s2: (0.2, 2.0)}

Rz = Matrix([[cos(a_), -sin(a_), 0], [sin(a_), cos(a_), 0], [0, 0, 1]])
Ry = Matrix([[cos(b_), 0, sin(b_)], [0, 1, 0], [-sin(b_), 0, cos(b_)]])
Rx = Matrix([[1, 0, 0], [0, cos(c_), -sin(c_)], [0, sin(c_), cos(c_)]])
U = Rz * Ry * Rx
V = Matrix([[cos(d_), -sin(d_)], [sin(d_), cos(d_)]])
S = Matrix([[s1, 0], [0, s2], [0, 0]])
A = U * S * V.T
y = Matrix(symbols("y0:3", real=True))
I2, I3 = eye(2), eye(3)

# ------------------------------------------------------------ the ridge solution (generic A)
G = Matrix(3, 2, lambda i, j: Symbol(f"g{i}{j}", real=True))
xv = Matrix(symbols("x0:2", real=True))
objective = ((y - G * xv).T * (y - G * xv))[0] + lam * (xv.T * xv)[0]
(sol,) = linsolve([diff(objective, xi) for xi in xv], list(xv))
x_min = Matrix(sol)
x_formula = (G.T * G + lam * I2).inv(method="ADJ") * G.T * y

# ------------------------------------------------------------ the shrinkage chain
row1 = A * (A.T * A + lam * I2).inv(method="ADJ") * A.T * y
row0 = A * x_formula.subs({G[i, j]: A[i, j] for i in range(3) for j in range(2)})  # A x_ridge
row2 = U * S * V.T * (V * S.T * S * V.T + lam * I2).inv(method="ADJ") * V * S.T * U.T * y
row3 = U * S * V.T * (V * S.T * S * V.T + V * lam * I2 * V.T).inv(method="ADJ") * V * S.T * U.T * y
row4 = U * S * V.T * (V * (S.T * S + lam * I2) * V.T).inv(method="ADJ") * V * S.T * U.T * y
row5 = U * S * V.T * V * (S.T * S + lam * I2).inv(method="ADJ") * V.T * V * S.T * U.T * y
row6 = U * (S * (S.T * S + lam * I2).inv(method="ADJ") * S.T) * U.T * y
sig = [s1, s2]
row7 = sum((U[:, i] * (sig[i] ** 2 / (sig[i] ** 2 + lam)) * (U[:, i].T * y)[0] for i in range(2)),
           Matrix([0, 0, 0]))

# ------------------------------------------------------------ the bias chain (generic A)
xt = Matrix(symbols("xt0:2", real=True))           # the true x of Y = A x + eps
m = Matrix(symbols("m0:3", real=True))             # E[eps]
zero_mean = {mi: (0,) for mi in m}
Mr = (G.T * G + lam * I2).inv(method="ADJ")
E_xhat = Mr * G.T * (G * xt + m)                   # E[x_ridge] = (A^T A + lam I)^{-1} A^T E[Y]
E_MY = Mr * G.T * (G * xt + m)                     # E[(A^T A + lam I)^{-1} A^T Y], by linearity
E_split = Mr * G.T * G * xt + Mr * G.T * m         # E[... A x] + E[... eps]
E_pulled = Mr * G.T * G * xt + Mr * G.T * m        # (...) A x + (...) A^T E[eps]
E_final = Mr * G.T * G * xt

CLAIMS = [
    Claim(16, "valid", *pair(x_min, x_formula), domain=pos),
    Claim(32, "valid", *pair(U.T, U.inv(method="ADJ"))),
    Claim(46, "valid", *pair(V.T * V, I2)),
    Claim(46, "valid", *pair(V.T, V.inv(method="ADJ")), k=2),
    Claim(52, "valid", *pair(row0, row1), domain=pos),
    Claim(54, "valid", *pair(row1, row2), domain=pos),
    Claim(56, "valid", *pair(row2, row3), domain=pos),
    Claim(58, "valid", *pair(row3, row4), domain=pos),
    Claim(60, "valid", *pair(row4, row5), domain=pos),
    Claim(62, "valid", *pair(row5, row6), domain=pos),
    Claim(64, "valid", *pair(row6, row7), domain=pos),
    Claim(85, "valid", *pair(E_xhat, E_MY), domain={**pos, **zero_mean}),
    Claim(86, "valid", *pair(E_MY, E_split), domain={**pos, **zero_mean}),
    Claim(87, "valid", *pair(E_split, E_pulled), domain={**pos, **zero_mean}),
    Claim(88, "valid", *pair(E_pulled, E_final), domain={**pos, **zero_mean}),
]
