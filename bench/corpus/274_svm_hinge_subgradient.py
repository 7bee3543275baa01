from sympy import Eq, Matrix, Max, Piecewise, Rational, diff, solve, sqrt, symbols

from labels import Claim

SOURCE = ("https://github.com/zotroneneis/machine_learning_basics/blob/"
          "091042bd589fa0d65fa14e409e2309fd9ed7cf60/support_vector_machines.ipynb")
TITLE = "Support Vector Machines (machine_learning_basics notebook)"
TOPIC = "hinge"

c1, c2 = symbols("c1 c2", real=True)
c = Matrix([c1, c2])


def dot(a, b):
    return (a.T * b)[0, 0]


# ---- margin derivation: w in R^2, points x+ and x- on the two bounding hyperplanes
w1, w2, b = symbols("w1 w2 b", real=True)
p1, p2, q1, q2 = symbols("p1 p2 q1 q2", real=True)
w = Matrix([w1, w2])
nw = sqrt(w1 ** 2 + w2 ** 2)
xp, xm = Matrix([p1, p2]), Matrix([q1, q2])
# x+ with <w, x+> + b = +1 and x- with <w, x-> + b = -1 (second coordinate solved for)
on_plane = {p2: (1 - b - w1 * p1) / w2, q2: (-1 - b - w1 * q1) / w2}
xp_on = xp.xreplace(on_plane)
xm_on = xm.xreplace(on_plane)

width_def = dot(xp - xm, w) / nw
width_split = dot(xp, w) / nw - dot(xm, w) / nw
width_def_on = dot(xp_on - xm_on, w) / nw
width_split_on = dot(xp_on, w) / nw - dot(xm_on, w) / nw
width_3 = ((1 - b) + (1 + b)) / nw

# ---- hinge loss, t = y f(x)
u1, u2, yl = symbols("u1 u2 y_l", real=True)
fx = w1 * u1 + w2 * u2 + b
LABEL = {yl: (-1, 1)}
F = symbols("F", real=True)              # f(x) for a point with y = -1 beyond the margin: f(x) <= -1

# ---- J(w) with the bias inside w = [w0, w1]; N = 2 samples
v0, v1, C = symbols("v0 v1 C", real=True)
a10, a11, a20, a21 = symbols("a10 a11 a20 a21", real=True)
s1, s2 = symbols("s1 s2", real=True)        # labels y_1, y_2
v = Matrix([v0, v1])
xs = [Matrix([a10, a11]), Matrix([a20, a21])]
ys = [s1, s2]
N = 2
hinge = [Max(0, 1 - ys[n] * dot(v, xs[n])) for n in range(N)]
J_145 = Rational(1, 2) * dot(v, v) + C * Rational(1, N) * sum(hinge)
J_150 = Rational(1, N) * sum(Rational(1, 2) * dot(v, v) + C * hinge[n] for n in range(N))
grad_lhs = c1 * diff(J_145, v0) + c2 * diff(J_145, v1)
grad_rhs = Rational(1, N) * sum(
    Piecewise((dot(c, v), Eq(hinge[n], 0)), (dot(c, v - C * ys[n] * xs[n]), True)) for n in range(N))
J_DOM = {s1: (-1, 1), s2: (-1, 1), C: (0.1, 3.0)}

# ---- Lagrange multiplier example: f = 2x + y, g = x^2 + y^2
X, Y, lam0, sgn = symbols("X Y lambda0 sgn", real=True)
f_xy = 2 * X + Y
g_xy = X ** 2 + Y ** 2
x_sol = solve(2 - lam0 * 2 * X, X)[0]
y_sol = solve(1 - lam0 * 2 * Y, Y)[0]
# x^2 + y^2 = 1 with x = 1/lambda, y = 1/(2 lambda) gives lambda = +-sqrt(5)/2
lam_branch = sgn * sqrt(5) / 2

# ---- dual: Lagrangian, stationarity in w (N = 2, w in R^2)
al1, al2, ga1, ga2, bb, xi1, xi2 = symbols("alpha1 alpha2 gamma1 gamma2 bb xi1 xi2", real=True)
al, ga, xi = [al1, al2], [ga1, ga2], [xi1, xi2]
Lag = Rational(1, 2) * dot(w, w) + C * (xi1 + xi2) \
    - sum(al[n] * (ys[n] * (dot(w, xs[n]) + bb) - 1 + xi[n]) for n in range(2)) \
    - sum(ga[n] * xi[n] for n in range(2))
w_star = solve([diff(Lag, w1), diff(Lag, w2)], [w1, w2], dict=True)[0]
w_claim = al1 * s1 * xs[0] + al2 * s2 * xs[1]

# ---- polynomial kernel
e1, e2, f1, f2 = symbols("e1 e2 f1 f2", real=True)     # x = (x_1, x_2), y = (y_1, y_2)
ex, fy = Matrix([e1, e2]), Matrix([f1, f2])
kern = (1 + dot(ex, fy)) ** 2


def phi(z1, z2):
    return Matrix([1, z1 ** 2, z2 ** 2, sqrt(2) * z1, sqrt(2) * z2, sqrt(2) * z1 * z2])


CLAIMS = [
    Claim(57, "valid", width_def, width_split),
    Claim(61, "valid", dot(w, xp_on), 1 - b),
    Claim(61, "valid", -dot(w, xm_on), 1 + b, k=2),
    Claim(66, "valid", width_def_on, width_split_on),
    Claim(67, "valid", width_split_on, width_3),
    Claim(68, "valid", width_3, 2 / nw),
    Claim(104, "valid", yl * fx, yl * (dot(w, Matrix([u1, u2])) + b), domain=LABEL),
    Claim(107, "valid", Max(0, 1 - (-1) * F), 0, domain={F: (-3.0, -1.0)}),
    Claim(150, "valid", J_145, J_150, domain=J_DOM),
    Claim(156, "valid", grad_lhs, grad_rhs, domain=J_DOM),
    Claim(203, "valid", c1 * diff(f_xy, X) + c2 * diff(f_xy, Y),
          c1 * diff(2 * X + Y, X) + c2 * diff(2 * X + Y, Y)),
    Claim(206, "valid", c1 * diff(2 * X + Y, X) + c2 * diff(2 * X + Y, Y), 2 * c1 + 1 * c2),
    Claim(210, "valid", c1 * diff(g_xy, X) + c2 * diff(g_xy, Y),
          c1 * diff(X ** 2 + Y ** 2 - 1, X) + c2 * diff(X ** 2 + Y ** 2 - 1, Y)),
    Claim(213, "valid", c1 * diff(X ** 2 + Y ** 2 - 1, X) + c2 * diff(X ** 2 + Y ** 2 - 1, Y),
          c1 * 2 * X + c2 * 2 * Y),
    Claim(231, "valid", c1 * x_sol + c2 * y_sol, c1 / lam0 + c2 / (2 * lam0)),
    Claim(232, "valid", (c1 / lam0 + c2 / (2 * lam0)).xreplace({lam0: lam_branch}),
          sgn * (c1 * 2 / sqrt(5) + c2 / sqrt(5)), domain={sgn: (-1, 1)}),
    Claim(265, "valid", c1 * w_star[w1] + c2 * w_star[w2], dot(c, w_claim), domain={s1: (-1, 1), s2: (-1, 1)}),
    Claim(302, "valid", kern, (1 + e1 * f1 + e2 * f2) ** 2),
    Claim(303, "valid", (1 + e1 * f1 + e2 * f2) ** 2,
          1 + e1 ** 2 * f1 ** 2 + e2 ** 2 * f2 ** 2 + 2 * e1 * f1 + 2 * e2 * f2 + 2 * e1 * e2 * f1 * f2),
    Claim(309, "valid", kern, dot(phi(e1, e2), phi(f1, f2))),
]
