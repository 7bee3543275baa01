from sympy import Symbol, Max, Piecewise, sqrt, diff, solve, Eq

from labels import Claim

SOURCE = ("https://github.com/kuleshov/cornell-cs5785-2024-applied-ml/blob/"
          "0a3531ea2b1cef14f7baa8a2bca6f37c1bf2a045/lecture-notes/lecture12-suppor-vector-machines.ipynb")
TITLE = "Lecture 12: Support Vector Machines (margins, hinge loss, subgradient descent)"
TOPIC = "hinge"

# Concrete size: d = 2 features.
th0, th1, th2 = Symbol("theta0"), Symbol("theta1"), Symbol("theta2")
x1, x2 = Symbol("x1"), Symbol("x2")
y = Symbol("y")
al = Symbol("alpha", positive=True)
g = Symbol("gamma")
LAB = {y: (-1, 1)}

f = th0 + th1 * x1 + th2 * x2          # the model f_theta(x) as first defined (with intercept)
norm = sqrt(th1**2 + th2**2)

# geometric construction: x0 on the hyperplane, x = x0 + gamma * theta/||theta||
p1 = Symbol("p1")
p2 = -(th0 + th1 * p1) / th2           # makes theta^T x0 + theta0 = 0
xi1 = p1 + g * th1 / norm
xi2 = p2 + g * th2 / norm

# optimal slack for a point with functional margin m: the smallest xi with xi >= 1 - m and xi >= 0
m = Symbol("m")
xi_opt = Piecewise((0, 1 - m <= 0), (1 - m, True))
FLAT = {m: (1.05, 3.0)}                # 1 - m < 0: classified with score beyond 1
SLOPE = {m: (-3.0, 0.95)}              # 1 - m > 0

J_written = Max(1 - y * (th1 * x1 + th2 * x2), 0)
J_def = Max(1 - y * f, 0)
AMB_NOTE = "f_theta(x) was defined as theta^T x + theta_0; dropping theta_0 holds only if the bias is 0/absorbed into theta"

CLAIMS = [
    Claim(32, "valid", f, th1 * x1 + th2 * x2 + th0),
    Claim(51, "valid", y * f, y * (th1 * x1 + th2 * x2 + th0)),
    Claim(63, "valid", al * th1 * x1 + al * th2 * x2 + al * th0, al * (th1 * x1 + th2 * x2 + th0)),
    Claim(87, "valid", p1, xi1 - g * th1 / norm),
    Claim(90, "valid", th1 * th1 + th2 * th2, norm**2),
    Claim(91, "valid", g, (th1 * xi1 + th2 * xi2 + th0) / norm),
    Claim(123, "valid", solve(Eq(norm * g, 1), g)[0], 1 / norm),
    Claim(150, "valid", xi_opt, 0, domain=FLAT),
    Claim(169, "valid", xi_opt, 0, domain=FLAT),
    Claim(171, "valid", xi_opt, 1 - m, domain=SLOPE),
    Claim(173, "valid", xi_opt, Max(1 - m, 0)),
    Claim(176, "valid", xi_opt, Max(1 - m, 0)),
    Claim(178, "valid", Max(1 - m, 0), Max(1 - m, 0)),
    Claim(229, "ambiguous", J_def, J_written, alt=(J_def.subs(th0, 0), J_written),
          domain=LAB, note=AMB_NOTE),
    # on the sloped piece J = 1 - y f_theta(x); gradient component along theta_1
    Claim(234, "valid", diff(1 - y * f, th1), -y * diff(f, th1)),
    Claim(234, "valid", -y * diff(f, th1), -y * x1, k=2),
    Claim(235, "valid", diff(th1 * x1 + th2 * x2, th1), x1),
    Claim(237, "valid", Max(1 - m, 0), 0, domain=FLAT),
    Claim(240, "ambiguous", J_def, J_written, alt=(J_def.subs(th0, 0), J_written),
          domain=LAB, note=AMB_NOTE),
    Claim(248, "ambiguous", J_def, J_written, alt=(J_def.subs(th0, 0), J_written),
          domain=LAB, note=AMB_NOTE),
]
