"""Labels for 266_lin_reg_matrix.md (Vivek Yadav, "Linear regression using matrix derivatives").

Vectors and matrices are written at a small concrete size, one Symbol per entry. A vector or
matrix equality is checked through a random linear functional: both sides are contracted with
free weights c_k (drawn at random by the checker), which agree at every point iff the arrays
agree entrywise.
"""

from sympy import Matrix, Rational, Symbol, diff, exp, sin, symbols

from labels import Claim

SOURCE = "https://vxy10.github.io/2016/06/25/lin-reg-matrix/"
TITLE = "Linear regression using matrix derivatives."
TOPIC = "vector"

# ---------------------------------------------------------------- section 2 (n = 2, m = 2)
x1, x2 = symbols("x1 x2", real=True)
a1, a2 = symbols("a1 a2", real=True)
c1, c2, c3, c4 = symbols("c1 c2 c3 c4", real=True)
xv = [x1, x2]
av = [a1, a2]
cv = [c1, c2]

xTa = x1 * a1 + x2 * a2
aTx = a1 * x1 + a2 * x2


def grad_dot(expr):
    """sum_k c_k * d expr / d x_k  (the gradient contracted with c)."""
    return sum(c * diff(expr, x) for c, x in zip(cv, xv))


A = Matrix(2, 2, symbols("A11 A12 A21 A22", real=True))
X2 = Matrix(xv)
Ax = A * X2
cm = Matrix(2, 2, [c1, c2, c3, c4])


def contract(M):
    return sum(cm[i, j] * M[i, j] for i in range(2) for j in range(2))


jac_Ax = Matrix(2, 2, lambda i, j: diff(Ax[i], xv[j]))

# two concrete, unrelated vector-function components for the Jacobian layout claim
f1 = sin(x1) * x2 + x1**3
f2 = exp(x2) * x1**2 + x2
jac_f = Matrix(2, 2, lambda i, j: diff([f1, f2][i], xv[j]))
# as written: the last row is the single entry d f_m / d x_1 (typo for d f_m / d x)
stack_as_written = Matrix([[diff(f1, x1), diff(f1, x2)], [diff(f2, x1), 0]])
stack_intended = Matrix([[diff(f1, x1), diff(f1, x2)], [diff(f2, x1), diff(f2, x2)]])

alpha = (X2.T * A * X2)[0, 0]
alpha_rhs = X2.T * (A.T + A)  # 1 x 2 row

# ---------------------------------------------------------------- section 3 (N = 3, m = 2)
N, M = 3, 2
xs = [[Symbol(f"x{i}{j}", real=True) for j in range(1, M + 1)] for i in range(1, N + 1)]
ys = [Symbol(f"y{i}", real=True) for i in range(1, N + 1)]
aa = [Symbol(f"a{j}_", real=True) for j in range(1, M + 1)]
a0 = Symbol("a0", real=True)
w = aa + [a0]  # augmented weights: a appended with a_0
xa = [row + [1] for row in xs]  # augmented inputs: 1 appended

J_a = Rational(1, 2) * sum((aa[j] * xs[i][j] + a0 - ys[i])**2 for i in range(N) for j in range(M))
J_W_written = Rational(1, 2) * sum((w[j] * xa[i][j] - ys[i])**2
                                   for i in range(N) for j in range(M + 1))
J_W_intended = Rational(1, 2) * sum((sum(w[j] * xa[i][j] for j in range(M + 1)) - ys[i])**2
                                    for i in range(N))

Xm = Matrix(xa)  # N x (m+1)
Wv = Matrix(w)
yv = Matrix(ys)
e = Xm * Wv - yv
eTe_half = (Rational(1, 2) * e.T * e)[0, 0]
quad_half = (Rational(1, 2) * (Xm * Wv - yv).T * (Xm * Wv - yv))[0, 0]
trans_half = (Rational(1, 2) * (Wv.T * Xm.T - yv.T) * (Xm * Wv - yv))[0, 0]
expanded_half = (Rational(1, 2) * (Wv.T * Xm.T * Xm * Wv - 2 * yv.T * Xm * Wv + yv.T * yv))[0, 0]
grad_row = Wv.T * Xm.T * Xm - yv.T * Xm  # 1 x 3
cw = symbols("d1 d2 d3", real=True)
grad_J = sum(cw[k] * diff(quad_half, w[k]) for k in range(M + 1))
grad_rhs = sum(cw[k] * grad_row[0, k] for k in range(M + 1))

CLAIMS = [
    Claim(16, "valid", grad_dot(xTa), grad_dot(aTx)),
    Claim(16, "valid", grad_dot(aTx), sum(c * a for c, a in zip(cv, av)), k=2),
    Claim(20, "valid", contract(jac_Ax), contract(A)),
    Claim(43, "ambiguous", contract(stack_as_written), contract(jac_f),
          alt=(contract(stack_intended), contract(jac_f)),
          note="last row reads d f_m / d x_1 (one entry) instead of d f_m / d x (a full row)"),
    Claim(56, "valid", grad_dot(alpha), sum(c * alpha_rhs[0, k] for k, c in enumerate(cv))),
    Claim(74, "invalid", J_a, J_W_written,
          note="as written each j-term is squared separately, so the augmented a_0 term "
               "(a_0 - y_i)^2 is not the same as adding a_0 inside every (a_j x_ij + a_0 - y_i)^2"),
    Claim(84, "invalid", J_W_written, eTe_half,
          note="1/2 e^T e = 1/2 sum_i (sum_j w_j x_ij - y_i)^2, not the double sum of "
               "squared (w_j x_ij - y_i) written for J(W)"),
    Claim(84, "valid", eTe_half, quad_half, k=2),
    Claim(88, "valid", quad_half, trans_half),
    Claim(90, "valid", trans_half, expanded_half),
    Claim(94, "valid", grad_J, grad_rhs),
]
