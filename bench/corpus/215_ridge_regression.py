from sympy import Symbol, symbols, Matrix, eye, diag, cos, sin, sqrt, diff, solve, Limit, oo

from labels import Claim

SOURCE = ("https://github.com/markolalovic/blog/blob/9ac7c74a532028979760769f6a3472568538000b/"
          "_posts/2019-08-01-ridge-regression.markdown")
TITLE = "Ridge regression"
TOPIC = "regularisation"

# n = 3 samples, p = 2 features
a = Symbol("alpha", positive=True)
x11, x12, x21, x22, x31, x32 = symbols("x11 x12 x21 x22 x31 x32", real=True)
y1, y2, y3 = symbols("y1 y2 y3", real=True)
b1, b2 = symbols("b1 b2", real=True)
z1, z2 = symbols("z1 z2", real=True)
c1, c2 = symbols("c1 c2", real=True)  # true beta (for the expectation)
X = Matrix([[x11, x12], [x21, x22], [x31, x32]])
y = Matrix([y1, y2, y3])
beta = Matrix([b1, b2])
z = Matrix([z1, z2])
I2 = eye(2)


def inv2(M):
    """The inverse of a 2 x 2 matrix, by its adjugate (no simplification: the check is numeric)."""
    return Matrix([[M[1, 1], -M[0, 1]], [-M[1, 0], M[0, 0]]]) / (M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0])

POS = {a: (0.1, 3)}


def s(v):
    """A 2-vector as one scalar (both entries enter, with incommensurate weights)."""
    return v[0] + sqrt(2) * v[1]


# objective written out with explicit sums
res = [y1 - (x11 * b1 + x12 * b2), y2 - (x21 * b1 + x22 * b2), y3 - (x31 * b1 + x32 * b2)]
J = sum(r**2 for r in res) + a * (b1**2 + b2**2)
J_mat = ((y - X * beta).T * (y - X * beta))[0] + a * (beta.T * beta)[0]
J_exp = (y.T * y)[0] - 2 * (y.T * X * beta)[0] + (beta.T * X.T * X * beta)[0] + a * (beta.T * beta)[0]

# the minimiser, found from the explicit objective
sol = solve([diff(J, b1), diff(J, b2)], [b1, b2], dict=True)[0]
bhat_min = Matrix([sol[b1], sol[b2]])
bhat_rr = inv2(X.T * X + a * I2) * X.T * y
bols = inv2(X.T * X) * X.T * y

# Hessian quadratic form
Xz = X * z
hess1 = 2 * (z.T * X.T * X * z)[0] + 2 * a * (z.T * z)[0]
hess2 = 2 * (Xz.T * Xz)[0] + 2 * a * (z.T * z)[0]
hess3 = 2 * sum(e**2 for e in Xz) + 2 * a * (z1**2 + z2**2)

# orthogonal design: first two columns of a 3-d rotation, so X^T X = I
t1, t2, t3 = symbols("t1 t2 t3", real=True)
Rz = Matrix([[cos(t1), -sin(t1), 0], [sin(t1), cos(t1), 0], [0, 0, 1]])
Ry = Matrix([[cos(t2), 0, sin(t2)], [0, 1, 0], [-sin(t2), 0, cos(t2)]])
Rx = Matrix([[1, 0, 0], [0, cos(t3), -sin(t3)], [0, sin(t3), cos(t3)]])
R = Rz * Ry * Rx
Xo = R[:, 0:2]
o_rr = inv2(Xo.T * Xo + a * I2) * Xo.T * y
o_2 = inv2(I2 + a * I2) * Xo.T * y
o_3 = (1 / (1 + a)) * I2 * Xo.T * y
o_4 = (1 / (1 + a)) * inv2(Xo.T * Xo) * Xo.T * y
o_ols = inv2(Xo.T * Xo) * Xo.T * y
o_5 = (1 / (1 + a)) * o_ols

# expectation under y = X beta + eps, E[eps] = 0: every side is linear in y
Ey = X * Matrix([c1, c2])
M = inv2(X.T * X + a * I2)
E_rr = M * X.T * Ey
E_2 = M * (X.T * X) * inv2(X.T * X) * X.T * Ey
E_ols = inv2(X.T * X) * X.T * Ey
E_3 = M * (X.T * X) * E_ols
E_5 = M * (X.T * X) * Matrix([c1, c2])

# limit alpha -> 0
lim_rr = Limit(s(bhat_rr), a, 0)
lim_2 = Limit(s(M * (X.T * X) * bols), a, 0)
lim_3 = s(inv2(X.T * X) * (X.T * X) * bols)

# SVD X = U Sigma V^T with U from a 3-d rotation, V a 2-d rotation
u1, u2, u3, ph = symbols("u1 u2 u3 phi", real=True)
sg1, sg2 = symbols("sigma1 sigma2", positive=True)
Uz = Matrix([[cos(u1), -sin(u1), 0], [sin(u1), cos(u1), 0], [0, 0, 1]])
Uy = Matrix([[cos(u2), 0, sin(u2)], [0, 1, 0], [-sin(u2), 0, cos(u2)]])
Ux = Matrix([[1, 0, 0], [0, cos(u3), -sin(u3)], [0, sin(u3), cos(u3)]])
U = Uz * Uy * Ux
V = Matrix([[cos(ph), -sin(ph)], [sin(ph), cos(ph)]])
Sig = Matrix([[sg1, 0], [0, sg2], [0, 0]])
Xs = U * Sig * V.T
bs = inv2(Xs.T * Xs + a * I2) * Xs.T * y  # ridge solution for this X
zs = V.T * bs
uy = [(U[:, i].T * y)[0] for i in range(2)]
sg = [sg1, sg2]
coef = [sg[i] * uy[i] / (sg[i]**2 + a) for i in range(2)]
v = [V[:, i] for i in range(2)]
SVD = {a: (0.1, 3), sg1: (0.2, 3), sg2: (0.2, 3)}


def norm(w):
    return sqrt(sum(e**2 for e in w))


psi = sum(e**2 for e in bs)
psi_sum = sum(sg[i]**2 * uy[i]**2 / (sg[i]**2 + a)**2 * (v[i].T * v[i])[0] for i in range(2))
dpsi_sum = -2 * sum(sg[i]**2 * uy[i]**2 / (sg[i]**2 + a)**3 * (v[i].T * v[i])[0] for i in range(2))
F_XtX = V * diag(1 / (sg1**2 + a), 1 / (sg2**2 + a)) * V.T  # F_alpha applied to X^T X = V Sigma^T Sigma V^T

CLAIMS = [
    Claim(47, "valid", J, J_mat, domain=POS),
    Claim(48, "valid", J_mat, J_exp, domain=POS),
    Claim(64, "valid", s(bhat_min), s(bhat_rr), domain=POS),
    Claim(82, "valid", hess1, hess2, domain=POS),
    Claim(83, "valid", hess2, hess3, domain=POS),
    Claim(105, "valid", s(o_rr), s(o_2), domain=POS),
    Claim(106, "valid", s(o_2), s(o_3), domain=POS),
    Claim(107, "valid", s(o_3), s(o_4), domain=POS),
    Claim(108, "valid", s(o_4), s(o_5), domain=POS),
    Claim(117, "valid", s(E_rr), s(M * X.T * Ey), domain=POS),
    Claim(118, "valid", s(M * X.T * Ey), s(E_2), domain=POS),
    Claim(119, "valid", s(E_2), s(M * (X.T * X) * E_ols), domain=POS),
    Claim(120, "valid", s(M * (X.T * X) * E_ols), s(E_3), domain=POS),
    Claim(121, "valid", s(E_3), s(E_5), domain=POS),
    Claim(130, "valid", lim_rr, lim_2),
    Claim(131, "valid", lim_2, lim_3),
    Claim(132, "valid", lim_3, s(bols)),
    Claim(184, "valid", s(zs), coef[0] + sqrt(2) * coef[1], domain=SVD),
    Claim(197, "valid", norm(bs), norm(V * V.T * bs), domain=SVD),
    Claim(198, "valid", norm(V * V.T * bs), norm(V.T * bs), domain=SVD),
    Claim(199, "valid", norm(V.T * bs), norm(zs), domain=SVD),
    Claim(208, "ambiguous", s(bs), s(coef[0] * v[0]), domain=SVD,
          alt=(s(bs), s(coef[0] * v[0] + coef[1] * v[1])),
          note="beta_hat = Vz = sum_i z_i v_i; the i-th term z_i v_i is not beta_hat (nor its i-th entry)"),
    Claim(243, "valid", s(bs), s(F_XtX * Xs.T * y), domain=SVD),
    Claim(265, "valid", psi, psi_sum, domain=SVD),
    Claim(274, "valid", diff(psi, a), dpsi_sum, domain=SVD),
    Claim(283, "valid", Limit(psi, a, oo), Limit(psi_sum, a, oo), domain=SVD),
    Claim(283, "valid", Limit(psi_sum, a, oo), 0, k=2, domain=SVD),
]
