from sympy import Matrix, Symbol, cos, sin, eye, diag, symbols

from labels import Claim

SOURCE = ("https://github.com/talwarabhimanyu/talwarabhimanyu.github.io/blob/"
          "3fa9fb6200cb755ce09e7479d29bc511a2f3a993/_posts/2020-07-10-svd2.md")
TITLE = "SVD Part 2 - Insights into Ridge Regression using SVD"
TOPIC = "regularisation"

# Concrete size: m = 3 samples, n = p = 2 features, thin SVD X = U D V^T with
# U (3x2, orthonormal columns) built from a 3-D rotation, D = diag(d1, d2), V a 2-D rotation.
a, b, c, t = symbols("a b c t", real=True)
d1, d2 = Symbol("d1", positive=True), Symbol("d2", positive=True)
lam = Symbol("lambda", positive=True)
y = Matrix(symbols("y1:4", real=True))
e = Matrix(symbols("e1:4", real=True))      # contraction vector in R^3
f = Matrix(symbols("f1:3", real=True))      # contraction vectors in R^2
g = Matrix(symbols("g1:3", real=True))
q = Matrix(symbols("q1:3", real=True))      # the generic vector "y" of Appendix (2)

Rz = Matrix([[cos(a), -sin(a), 0], [sin(a), cos(a), 0], [0, 0, 1]])
Ry = Matrix([[cos(b), 0, sin(b)], [0, 1, 0], [-sin(b), 0, cos(b)]])
Rx = Matrix([[1, 0, 0], [0, cos(c), -sin(c)], [0, sin(c), cos(c)]])
U = (Rz * Ry * Rx)[:, :2]
D = diag(d1, d2)
V = Matrix([[cos(t), -sin(t)], [sin(t), cos(t)]])
I2 = eye(2)
X = U * D * V.T
u = [U[:, 0], U[:, 1]]
dd = [d1, d2]


def inv2(M):  # explicit 2x2 inverse (no simplification, keeps loading fast)
    det = M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0]
    return Matrix([[M[1, 1], -M[0, 1]], [-M[1, 0], M[0, 0]]]) / det


def s3(v):  # scalar from a 3-vector
    return (e.T * v)[0]


def s2(v):  # scalar from a 2-vector
    return (f.T * v)[0]


def m2(M):  # scalar from a 2x2 matrix
    return (f.T * M * g)[0]


def beta_ridge(l):
    return inv2(X.T * X + l * I2) * X.T * y


def proj(v, w):  # projection of w on v
    return (v.T * w)[0] / (v.T * v)[0] * v


fit = X * beta_ridge(lam)
eq3 = sum((u[j] * dd[j]**2 / (dd[j]**2 + lam) * (u[j].T * y)[0] for j in range(2)), Matrix([0, 0, 0]))
fit0 = X * beta_ridge(0)
eq4a = sum(((u[j].T * y)[0] * u[j] for j in range(2)), Matrix([0, 0, 0]))
eq4b = sum((proj(u[j], y) for j in range(2)), Matrix([0, 0, 0]))
scaled = sum((proj(u[j], y) * dd[j]**2 / (dd[j]**2 + lam) for j in range(2)), Matrix([0, 0, 0]))

XtX = X.T * X
x6a = (U * D * V.T).T * (U * D * V.T)
x6b = (V * D.T * U.T) * (U * D * V.T)
x6c = V * D * U.T * U * D * V.T
x6d = V * D**2 * V.T

b_a = inv2(V * D**2 * V.T + lam * I2) * (U * D * V.T).T * y
b_b = inv2(V * D**2 * V.T + lam * V * V.T) * V * D * U.T * y
b_c = inv2(V * (D**2 + lam * I2) * V.T) * V * D * U.T * y
b_d = inv2(V.T) * inv2(D**2 + lam * I2) * inv2(V) * V * D * U.T * y
b_e = V * inv2(D**2 + lam * I2) * D * U.T * y
f_a = X * V * inv2(D**2 + lam * I2) * D * U.T * y
f_b = U * D * inv2(D**2 + lam * I2) * D * U.T * y

A = Matrix(2, 2, symbols("A11 A12 A21 A22", real=True))
B = Matrix(2, 2, symbols("B11 B12 B21 B22", real=True))
C = Matrix(2, 2, symbols("C11 C12 C21 C22", real=True))

quad0 = (q.T * (X.T * X + lam * I2) * q)[0]
quad1 = (q.T * X.T * X * q)[0] + lam * (q.T * q)[0]
quad2 = ((X * q).T * (X * q))[0] + lam * (q.T * q)[0]

POS = {d1: (0.3, 2.0), d2: (0.3, 2.0), lam: (0.1, 2.0)}

CLAIMS = [
    Claim(63, "valid", s3(fit), s3(eq3), domain=POS),
    Claim(75, "valid", s3(fit0), s3(eq4a), domain=POS),
    Claim(76, "valid", s3(eq4a), s3(eq4b), domain=POS),
    Claim(84, "valid", s3(fit), s3(scaled), domain=POS),
    Claim(104, "valid", m2(XtX), m2(x6a), domain=POS),
    Claim(105, "valid", m2(x6a), m2(x6b), domain=POS),
    Claim(106, "valid", m2(x6b), m2(x6c), domain=POS),
    Claim(107, "valid", m2(x6c), m2(x6d), domain=POS),
    Claim(115, "valid", s2(beta_ridge(lam)), s2(b_a), domain=POS),
    Claim(116, "valid", s2(b_a), s2(b_b), domain=POS),
    Claim(117, "valid", s2(b_b), s2(b_c), domain=POS),
    Claim(124, "valid", m2(inv2(A * B * C)), m2(inv2(C) * inv2(B) * inv2(A))),
    Claim(129, "valid", s2(beta_ridge(lam)), s2(b_d), domain=POS),
    Claim(130, "valid", s2(b_d), s2(b_e), domain=POS),
    Claim(138, "valid", s3(fit), s3(f_a), domain=POS),
    Claim(139, "valid", s3(f_a), s3(f_b), domain=POS),
    Claim(150, "valid", quad0, quad1, domain=POS),
    Claim(151, "valid", quad1, quad2, domain=POS),
]
