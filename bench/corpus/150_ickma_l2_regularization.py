from sympy import Symbol, Matrix, cos, sin, exp, log, diff, eye, diag, solve

from labels import Claim

SOURCE = "https://github.com/ickma2311/ickma2311.github.io/blob/761cb48b9e98a8add4702d14bb6b89c9bcdeb7ab/ML/l2-regularization.qmd"
TITLE = "Goodfellow Deep Learning — Deep Learning Book Chapter 7.1.1: L2 Regularization"
TOPIC = "regularisation"

# Everything at n = 2 parameters. Vectors and matrices are turned into scalars by pairing
# them with free weights c (vectors) or d (matrices), so that equality is checked entry-wise.
c1, c2 = Symbol("c1", real=True), Symbol("c2", real=True)
d1, d2, d3, d4 = (Symbol(f"d{i}", real=True) for i in range(1, 5))


def vec(v):
    return c1 * v[0] + c2 * v[1]


def mat(M):
    return d1 * M[0, 0] + d2 * M[0, 1] + d3 * M[1, 0] + d4 * M[1, 1]


t = Symbol("t", real=True)            # rotation angle: Q is orthogonal
l1, l2 = Symbol("l1", positive=True), Symbol("l2", positive=True)   # eigenvalues of H
al = Symbol("alpha", positive=True)
Q = Matrix([[cos(t), -sin(t)], [sin(t), cos(t)]])
Lam = diag(l1, l2)
H = Q * Lam * Q.T
I2 = eye(2)

ws = Matrix([Symbol("ws1", real=True), Symbol("ws2", real=True)])   # w*
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
w = Matrix([w1, w2])

# w~ as defined by formula 7.8 (alpha w + H (w - w*) = 0), solved directly
u1, u2 = Symbol("u1"), Symbol("u2")
u = Matrix([u1, u2])
sol = solve(list(al * u + H * (u - ws)), [u1, u2], dict=True)[0]
wt = Matrix([sol[u1], sol[u2]])

# a concrete smooth data loss J(w) to check formula 7.3 with
a1, a2, b, yv = (Symbol(n, real=True) for n in ("a1", "a2", "b", "yv"))
J = (a1 * w1 + a2 * w2 - yv)**2 + log(1 + exp(b * w1 - w2))
gradJ = Matrix([diff(J, w1), diff(J, w2)])
Jt = al / 2 * (w1**2 + w2**2) + J
gradJt = Matrix([diff(Jt, w1), diff(Jt, w2)])

# J-hat of formula 7.6 (J0 stands for J(w*))
J0 = Symbol("J0", real=True)
Jhat = J0 + (((w - ws).T * H * (w - ws))[0, 0]) / 2
gradJhat = Matrix([diff(Jhat, w1), diff(Jhat, w2)])

# a general invertible A for theorem 2
A = Matrix([[Symbol("a11", real=True), Symbol("a12", real=True)],
            [Symbol("a21", real=True), Symbol("a22", real=True)]])

x, dx = Symbol("x", real=True), Symbol("dx", real=True)
f = lambda z: z**2

dom = {t: (-3, 3), l1: (0.2, 3), l2: (0.2, 3), al: (0.05, 1)}

CLAIMS = [
    Claim(17, "valid", mat((Q * A * Q.T).inv()), mat(Q.T.inv() * A.inv() * Q.inv()), domain=dom),
    Claim(17, "valid", mat(Q.T.inv() * A.inv() * Q.inv()), mat(Q * A.inv() * Q.T), k=2, domain=dom),
    Claim(18, "valid", mat(Q.T), mat(Q.inv()), domain=dom),
    Claim(45, "valid", vec(gradJt), vec(al * w + gradJ), domain=dom),
    Claim(50, "valid", diff(f(x), x), 2 * x),
    Claim(55, "valid", (x + dx)**2, x**2 + 2 * x * dx + dx**2),
    Claim(56, "valid", (x + dx)**2 - x**2, 2 * x * dx + dx**2),
    Claim(57, "invalid", (f(x) - f(dx)) / dx, 2 * x + dx,
          note="(x^2 - dx^2)/dx is not 2x + dx; the difference quotient needs f(x + dx) - f(x)"),
    Claim(61, "valid", vec(Matrix([diff(w1**2 + w2**2, w1), diff(w1**2 + w2**2, w2)])), vec(2 * w)),
    Claim(98, "valid", vec(gradJhat), vec(H * (w - ws)), domain=dom),
    Claim(112, "invalid", vec(gradJ), vec(al * w + gradJ), domain=dom,
          note="tilde dropped: the gradient of J itself is not alpha w + grad J (that is grad of J~)"),
    Claim(120, "valid", vec(al * wt + H * wt), vec(H * ws), domain=dom),
    Claim(121, "valid", vec((H + al * I2) * wt), vec(H * ws), domain=dom),
    Claim(127, "valid", vec(wt), vec((H + al * I2).inv() * H * ws), domain=dom),
    Claim(138, "valid", vec(wt), vec((Q * Lam * Q.T + al * I2).inv() * Q * Lam * Q.T * ws), domain=dom),
    Claim(150, "valid", vec(wt), vec((Q * (Lam + al * I2) * Q.T).inv() * Q * Lam * Q.T * ws), domain=dom),
    Claim(153, "valid", mat((Q * A * Q.T).inv()), mat(Q * A.inv() * Q.T), domain=dom),
    Claim(155, "valid", vec(wt), vec(Q * (Lam + al * I2).inv() * Lam * Q.T * ws), domain=dom),
    Claim(160, "valid", mat(Lam + al * I2), mat(diag(l1 + al, l2 + al)), domain=dom),
    Claim(162, "valid", mat((Lam + al * I2).inv()), mat(diag(1 / (l1 + al), 1 / (l2 + al))), domain=dom),
    Claim(164, "valid", mat((Lam + al * I2).inv() * Lam),
          mat(diag(1 / (l1 + al), 1 / (l2 + al)) * diag(l1, l2)), domain=dom),
    Claim(164, "valid", mat(diag(1 / (l1 + al), 1 / (l2 + al)) * diag(l1, l2)),
          mat(diag(l1 / (l1 + al), l2 / (l2 + al))), k=2, domain=dom),
    Claim(168, "valid", vec(wt), vec(Q * diag(l1 / (l1 + al), l2 / (l2 + al)) * Q.T * ws), domain=dom),
]
