from sympy import Matrix, Rational, eye, sqrt, symbols, diff

from labels import Claim

SOURCE = ("https://github.com/jejjohnson/kernel_derivatives/blob/"
          "b83c7c5ab72493ac4a3fdf07014b2ad72958cc59/theory/kernel_ridge_regression.md")
TITLE = "Some notes on Kernel Ridge Regression (KRR)"
TOPIC = "regularisation"

# Concrete size: N = 3 samples, D = 2 features.  The author's lower-case x is read as the
# data matrix X (so w^T x is the prediction vector Xw and x^T w its transpose); the
# ill-ordered products "2 x^T w y", "2 X^T w^T y", "2 K^T alpha^T y" are read as the
# scalars 2 w^T X^T y and 2 alpha^T K^T y.
x11, x12, x21, x22, x31, x32 = symbols("x11 x12 x21 x22 x31 x32", real=True)
y1, y2, y3 = symbols("y1 y2 y3", real=True)
w1, w2 = symbols("w1 w2", real=True)
c1, c2, d1, d2 = symbols("c1 c2 d1 d2", real=True)
lam = symbols("lambda", positive=True)
POS = {lam: (0.1, 2.0)}

X = Matrix([[x11, x12], [x21, x22], [x31, x32]])
y = Matrix([y1, y2, y3])
w = Matrix([w1, w2])
c = Matrix([c1, c2])
I2 = eye(2)


def dot(a, b):
    return (a.T * b)[0, 0]


def gradc(expr, vs):
    """c . grad(expr) over the variables vs (a fixed random combination of the components)."""
    return sum(ci * diff(expr, v) for ci, v in zip(c, vs))


p = X * w                                  # predictions w^T x_i
rows = [X.row(i) for i in range(3)]
sum_sq = sum((y[i] - (rows[i] * w)[0, 0]) ** 2 for i in range(3))   # sum_i (y_i - w^T x_i)^2
ww = w1 ** 2 + w2 ** 2

# ---- OLS display (lines 13-14)
ols_def = dot(y - p, y - p) + lam * ww                                 # line 13
ols_2 = Rational(1, 2) * sum_sq                                        # line 14

# ---- regularised regression (lines 29-32)
rss_def = sum_sq + lam * ww                                            # line 29
rss_2 = dot(y - p, y - p) + lam * dot(w, w)                            # line 30
rss_3 = dot(y, y) - (y.T * p)[0, 0] - (p.T * y)[0, 0] + (p.T * p)[0, 0] + lam * dot(w, w)
rss_4 = dot(y, y) - 2 * dot(p, y) + (w.T * (X.T * X) * w)[0, 0] + lam * dot(w, w)

grad_rss = -2 * X.T * y + 2 * (X.T * X) * w + 2 * lam * w             # line 43
A_ridge = X.T * X + lam * I2
F_ridge = A_ridge.inv() * (X.T * y)                                     # (x^T x + lambda I)^{-1} x^T y

# ---- calculus reminders
z1, z2 = symbols("z1 z2", real=True)
a11, a12, a21, a22 = symbols("a11 a12 a21 a22", real=True)
z = Matrix([z1, z2])
A = Matrix([[a11, a12], [a21, a22]])
quad = (z.T * A * z)[0, 0]
wIw = (w.T * I2 * w)[0, 0]
jac2w = [[diff(2 * w[i], w[j]) for j in range(2)] for i in range(2)]
dvec = Matrix([d1, d2])
jac_bilinear = sum(c[i] * dvec[j] * jac2w[i][j] for i in range(2) for j in range(2))
yXw = y.T * X * w

# ---- "previous notes": C = (1/n) sum (y_i - f(x_i))^2 + lambda ||f||^2 with linear f, n = 3
C_prev = Rational(1, 3) * sum_sq + lam * ww
grad_C_prev_at_F = gradc(C_prev, [w1, w2]).xreplace({w1: F_ridge[0], w2: F_ridge[1]})

# ---- RSS / RR (lines 128-161)
C_rs = sum((y - p)[i] ** 2 for i in range(3))                          # ||y - Xw||^2
C_rss = dot(y - p, y - p)
C_rss_3 = dot(y, y) - 2 * (w.T * X.T * y)[0, 0] + (w.T * (X.T * X) * w)[0, 0]
A_ols = X.T * X
F_ols = A_ols.inv() * (X.T * y)
C_rr_def = C_rs + lam * sqrt(ww)                                       # ||y-Xw||^2 + lambda ||w||
C_rr_2 = dot(y - p, y - p) + lam * dot(w, w)
C_rr_3 = dot(y, y) - 2 * (w.T * X.T * y)[0, 0] + (w.T * (X.T * X) * w)[0, 0] + lam * dot(w, w)
grad_rr_rhs = -2 * X.T * y + 2 * (X.T * X) * w + 2 * lam * w

# ---- KRR substitution (square phi so that (phi^T phi + lambda I)^{-1} y is defined)
f11, f12, f21, f22 = symbols("f11 f12 f21 f22", real=True)
Phi = Matrix([[f11, f12], [f21, f22]])
ys = Matrix([y1, y2])
B = Phi.T * Phi + lam * I2
F_krr_w = B.inv() * (Phi.T * ys)               # right side of line 177
alpha_claim = B.inv() * ys                      # right side of line 178

# ---- KRRD / KRRD2 (N = 2): K, G = nabla K, H = nabla^2 K generic 2x2 matrices
al1, al2 = symbols("alpha1 alpha2", real=True)
k11, k12, k21, k22 = symbols("k11 k12 k21 k22", real=True)
g11, g12, g21, g22 = symbols("g11 g12 g21 g22", real=True)
h11, h12, h21, h22 = symbols("h11 h12 h21 h22", real=True)
al = Matrix([al1, al2])
K = Matrix([[k11, k12], [k21, k22]])
G = Matrix([[g11, g12], [g21, g22]])
H = Matrix([[h11, h12], [h21, h22]])


def krrd(M):
    Ma = M * al
    d_def = sum((ys - K * al)[i] ** 2 for i in range(2)) + lam * sqrt(dot(Ma, Ma))   # ||y-f||^2 + lambda ||Df||
    d_2 = dot(ys - K * al, ys - K * al) + lam * (al.T * M.T * M * al)[0, 0]
    d_3 = dot(ys, ys) - 2 * (al.T * K.T * ys)[0, 0] + (al.T * K.T * K * al)[0, 0] \
        + lam * (al.T * M.T * M * al)[0, 0]
    g_rhs = -2 * K.T * ys + 2 * K.T * K * al + 2 * lam * M.T * M * al
    A_M = K.T * K + lam * M.T * M
    F_M = A_M.inv() * (K.T * ys)
    return d_def, d_2, d_3, g_rhs, A_M, F_M


Gd_def, Gd_2, Gd_3, Gg_rhs, GA, GF = krrd(G)
Hd_def, Hd_2, Hd_3, Hg_rhs, HA, HF = krrd(H)

CLAIMS = [
    Claim(14, "invalid", ols_def, ols_2, domain=POS,
          note="second RSS(w) drops the lambda||w||^2 term of the first and adds a factor 1/2"),
    Claim(30, "valid", rss_def, rss_2, domain=POS,
          note="sum_j^N w_j^2 read as the sum over the D weights; w^T x read as the prediction vector Xw"),
    Claim(31, "valid", rss_2, rss_3, domain=POS),
    Claim(32, "valid", rss_3, rss_4, domain=POS),
    Claim(42, "valid", rss_def, rss_4, domain=POS),
    Claim(43, "valid", gradc(rss_def, [w1, w2]), dot(c, grad_rss), domain=POS),
    Claim(45, "valid", dot(c, X.T * X * F_ridge + lam * F_ridge), dot(c, X.T * y), domain=POS),
    Claim(67, "valid", gradc(quad, [z1, z2]), dot(c, A * z + A.T * z)),
    Claim(68, "valid", dot(c, A * z + A.T * z), dot(c, (A + A.T) * z)),
    Claim(69, "invalid", dot(c, (A + A.T) * z), dot(c, 2 * A * z),
          note="(A + A^T)x = 2Ax only for symmetric A; A is a general square matrix here"),
    Claim(75, "valid", gradc(dot(w, w), [w1, w2]), gradc(wIw, [w1, w2])),
    Claim(76, "valid", gradc(wIw, [w1, w2]), dot(c, (I2 + I2.T) * w)),
    Claim(77, "valid", dot(c, (I2 + I2.T) * w), dot(c, 2 * w)),
    Claim(82, "valid", jac_bilinear, 2 * dot(c, dvec), note="the Jacobian of 2w is 2I; the 2 is read as 2I"),
    Claim(88, "valid", yXw[0, 0], yXw.T[0, 0]),
    Claim(88, "valid", yXw.T[0, 0], (w.T * X.T * y)[0, 0], k=2, note="lower-case x^T read as X^T"),
    Claim(121, "invalid", grad_C_prev_at_F, 0, domain=POS,
          note="with the 1/n in C the minimiser is (x^T x + n lambda I)^{-1} x^T y, not (x^T x + lambda I)^{-1} x^T y"),
    Claim(129, "valid", C_rs, C_rss),
    Claim(130, "valid", C_rss, C_rss_3, note="2X^T w^T y (ill-ordered) read as the scalar 2 w^T X^T y"),
    Claim(138, "valid", gradc(C_rss, [w1, w2]), dot(c, -2 * X.T * y + 2 * X.T * X * w)),
    Claim(140, "valid", dot(c, A_ols * F_ols), dot(c, X.T * y)),
    Claim(150, "invalid", C_rr_def, C_rr_2, domain=POS,
          note="the cost was defined with lambda||w|| (not squared), but lambda w^T w = lambda||w||^2"),
    Claim(151, "valid", C_rr_2, C_rr_3, domain=POS),
    Claim(159, "ambiguous", gradc(C_rss, [w1, w2]), dot(c, grad_rr_rhs), domain=POS,
          alt=(gradc(C_rr_3, [w1, w2]), dot(c, grad_rr_rhs)),
          note="as written it differentiates C_RSS (no penalty, no 2 lambda w); holds if C_RSS is read as C_RR"),
    Claim(161, "valid", dot(c, A_ridge * F_ridge), dot(c, X.T * y), domain=POS),
    Claim(173, "valid", dot(c, A_ridge * F_ridge), dot(c, X.T * y), domain=POS),
    Claim(177, "valid", dot(c, B * F_krr_w), dot(c, Phi.T * ys), domain=POS),
    Claim(178, "invalid", dot(c, B * (Phi.T * alpha_claim)), dot(c, Phi.T * ys), domain=POS,
          note="phi^T cannot be cancelled: phi^T (phi^T phi + lambda I)^{-1} y does not solve the previous line"),
    Claim(193, "invalid", Gd_def, Gd_2, domain=POS,
          note="lambda||Df|| (norm, not squared) replaced by lambda alpha^T nablaK^T nablaK alpha = lambda||Df||^2"),
    Claim(194, "valid", Gd_2, Gd_3, domain=POS),
    Claim(202, "valid", gradc(Gd_3, [al1, al2]), dot(c, Gg_rhs), domain=POS,
          note="the derivative is with respect to alpha (the '\\partial w' is a slip, the text says w.r.t. alpha)"),
    Claim(204, "valid", dot(c, GA * GF), dot(c, K.T * ys), domain=POS),
    Claim(213, "invalid", Hd_def, Hd_2, domain=POS,
          note="lambda||D^2 f|| (norm, not squared) replaced by lambda||nabla^2 K alpha||^2"),
    Claim(214, "valid", Hd_2, Hd_3, domain=POS),
    Claim(222, "valid", gradc(Hd_3, [al1, al2]), dot(c, Hg_rhs), domain=POS,
          note="the derivative is with respect to alpha (the '\\partial w' is a slip)"),
    Claim(224, "valid", dot(c, HA * HF), dot(c, K.T * ys), domain=POS),
]
