from sympy import Matrix, Rational, Symbol, cos, diag, diff, eye, sin, sqrt, symbols

from labels import Claim

SOURCE = ("https://github.com/briansmlee/briansmlee.github.io/blob/"
          "0283d9e714bbf521b0565b9f9f6a95314ef5963e/docs/_esl_posts/03_04_Derivations.md")
TITLE = "3.4 Shrinkage Methods - Derivations"
TOPIC = "regularisation"

# Concrete sizes: N = 3 samples, p = 2 features.
N = 3
lam = Symbol("lambda", positive=True)
LAM = {lam: (0.1, 2.0)}


def rot2(t):
    return Matrix([[cos(t), -sin(t)], [sin(t), cos(t)]])


def rot3(a, b, c):
    rz = Matrix([[cos(a), -sin(a), 0], [sin(a), cos(a), 0], [0, 0, 1]])
    ry = Matrix([[cos(b), 0, sin(b)], [0, 1, 0], [-sin(b), 0, cos(b)]])
    rx = Matrix([[1, 0, 0], [0, cos(c), -sin(c)], [0, sin(c), cos(c)]])
    return rz * ry * rx


def inv2(M):
    """The inverse of a 2 x 2 matrix, by its adjugate (no simplification: the check is numeric)."""
    return Matrix([[M[1, 1], -M[0, 1]], [-M[1, 0], M[0, 0]]]) / (M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0])


def dot(r, M):
    """Scalarise a column vector by a random linear functional r."""
    return sum(r[i] * M[i, 0] for i in range(M.shape[0]))


def var(w):
    """Variance with 1/N, as in (3.49): N Var(w) = sum (w_i - mean)^2."""
    n = w.shape[0]
    mean = sum(w[i, 0] for i in range(n)) / n
    return sum((w[i, 0] - mean) ** 2 for i in range(n)) / n


# ---- line 6: gradient of the penalty
b1, b2 = symbols("beta1 beta2", real=True)
q1, q2 = symbols("r1 r2", real=True)
pen = lam * (b1**2 + b2**2)
grad_lhs = q1 * diff(pen, b1) + q2 * diff(pen, b2)
grad_rhs = q1 * 2 * lam * b1 + q2 * 2 * lam * b2

# ---- line 10, claim 1: generic X (3x2), u (2)
xs = symbols("x11 x12 x21 x22 x31 x32", real=True)
Xg = Matrix(3, 2, xs)
u = Matrix(symbols("u1 u2", real=True))
Xu = Xg * u
quad_u = (u.T * Xg.T * Xg * u)[0, 0]
norm_Xu2 = sum(Xu[i, 0] ** 2 for i in range(3))

# ---- generic thin SVD X = U D V^T (U: 3x2 orthonormal columns, V: 2x2 rotation)
pa, pb, pc, t = symbols("pa pb pc t", real=True)
d1, d2 = symbols("d1 d2", real=True)
U = rot3(pa, pb, pc)[:, :2]
V = rot2(t)
D = diag(d1, d2)
X = U * D * V.T
y = Matrix(symbols("y1 y2 y3", real=True))
r = Matrix(symbols("s1 s2 s3", real=True))
I2 = eye(2)

# eigenpair of X^T X: v = c * (first column of V), e = d1^2
c = Symbol("c", real=True)
v = c * V[:, 0]
e = d1**2
XtX = X.T * X
vTXtXv = (v.T * (XtX * v))[0, 0]
vTev = e * (v.T * v)[0, 0]
norm_v2 = v[0] ** 2 + v[1] ** 2
w2 = Matrix([q1, q2])
shift_1 = dot(w2, (XtX + lam * I2) * v)
shift_2 = dot(w2, XtX * v + lam * v)
shift_3 = dot(w2, (e + lam) * v)

# ---- lines 19-24: ridge fit through the SVD
beta_rr = inv2(X.T * X + lam * I2) * X.T * y
s19a = dot(r, X * beta_rr)
s19b = dot(r, X * inv2(X.T * X + lam * I2) * X.T * y)
s20 = dot(r, U * D * V.T * inv2(V * D.T * U.T * U * D * V.T + lam * I2) * V * D.T * U.T * y)
s21 = dot(r, U * D * V.T * inv2(V * D**2 * V.T + lam * V * V.T) * V * D.T * U.T * y)
s22 = dot(r, U * D * V.T * inv2(V * (D**2 + lam * I2) * V.T) * V * D.T * U.T * y)
s23 = dot(r, U * D * V.T * inv2(V.T) * inv2(D**2 + lam * I2) * inv2(V) * V * D.T * U.T * y)
s24 = dot(r, U * D * inv2(D**2 + lam * I2) * D * U.T * y)

# ---- centered X for the variance part: columns of U orthogonal to (1, 1, 1)
phi, sa = symbols("phi sa", real=True)
F = Matrix([[1 / sqrt(2), 1 / sqrt(6)], [-1 / sqrt(2), 1 / sqrt(6)], [0, -2 / sqrt(6)]])
Uc = F * rot2(phi)
Xc = Uc * D * V.T
a = Matrix([cos(sa), sin(sa)])  # ||a|| = 1
z = Xc * a
bvec = V.T * a
var_z = var(z)
var_Xa = var(Xc * a)
aVD2Va = (a.T * V * D**2 * V.T * a)[0, 0]
bD2b = (bvec.T * D**2 * bvec)[0, 0]
sum_ij = sum(bvec[i] * D[i, j] ** 2 * bvec[j] for i in range(2) for j in range(2))
sum_b2 = bvec[0] ** 2 + bvec[1] ** 2
bTb = (bvec.T * bvec)[0, 0]
aVVa = (a.T * V * V.T * a)[0, 0]
aTa = (a.T * a)[0, 0]
norm_a2 = a[0] ** 2 + a[1] ** 2
sum_b2d2 = bvec[0] ** 2 * D[0, 0] ** 2 + bvec[1] ** 2 * D[1, 1] ** 2

v1 = V[:, 0]
e1 = Matrix([1, 0])
Xv1 = Xc * v1
mean_sum = Rational(1, N) * sum(Xv1[i, 0] for i in range(N))
rows_sum = Rational(1, N) * ((Xc[0, :] + Xc[1, :] + Xc[2, :]) * v1)[0, 0]
mean_Xv1 = mean_sum
ss = sum((Xv1[i, 0] - mean_Xv1) ** 2 for i in range(N))
XvTXv = (Xv1.T * Xv1)[0, 0]
vVD2Vv = (v1.T * V * D**2 * V.T * v1)[0, 0]
eD2e = (e1.T * D**2 * e1)[0, 0]

NOTE_N = "Var here is the 1/N variance of (3.49); Var(Xa) = a^T V D^2 V^T a / N, the factor 1/N is missing"

CLAIMS = [
    Claim(6, "valid", grad_lhs, grad_rhs, domain=LAM),
    Claim(10, "valid", quad_u, norm_Xu2),
    Claim(10, "valid", vTXtXv, vTev, k=2),
    Claim(10, "valid", vTev, e * norm_v2, k=3),
    Claim(12, "valid", shift_1, shift_2, domain=LAM),
    Claim(12, "valid", shift_2, shift_3, k=2, domain=LAM),
    Claim(19, "valid", s19a, s19b, domain=LAM),
    Claim(20, "valid", s19b, s20, domain=LAM),
    Claim(21, "valid", s20, s21, domain=LAM),
    Claim(22, "valid", s21, s22, domain=LAM),
    Claim(23, "valid", s22, s23, domain=LAM),
    Claim(24, "valid", s23, s24, domain=LAM),
    Claim(35, "valid", var_z, var_Xa),
    Claim(35, "invalid", var_Xa, aVD2Va, k=2, note=NOTE_N),
    Claim(37, "invalid", var_z, bD2b, note=NOTE_N),
    Claim(37, "valid", bD2b, sum_ij, k=2),
    Claim(39, "valid", sum_b2, bTb),
    Claim(39, "valid", bTb, aVVa, k=2),
    Claim(39, "valid", aVVa, aTa, k=3),
    Claim(39, "valid", aTa, norm_a2, k=4),
    Claim(39, "valid", norm_a2, 1, k=5),
    Claim(39, "invalid", var_z, sum_b2d2, k=6, note=NOTE_N),
    Claim(45, "valid", var(Xv1), d1**2 / N),
    Claim(47, "valid", mean_sum, rows_sum),
    Claim(47, "valid", rows_sum, 0, k=2),
    Claim(50, "valid", N * var(Xv1), ss),
    Claim(51, "valid", ss, XvTXv),
    Claim(52, "valid", XvTXv, vVD2Vv),
    Claim(53, "valid", vVD2Vv, eD2e),
    Claim(54, "valid", eD2e, d1**2),
]
