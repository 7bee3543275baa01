from sympy import Symbol, Rational, sqrt, sign, symbols

from labels import Claim

SOURCE = ("https://github.com/hyz-courses/CISC3023-Machine-Learning-Notes/blob/"
          "a6e839b7f16288f1820fcf5228dc702a9e6798c6/10_Support_Vector_Machine.md")
TITLE = "Support Vector Machine: distance, margins, primal Lagrangian and dual (course notes)"
TOPIC = "hinge"

# d = 2 features, N = 3 samples
w1, w2, b, rho, t = symbols("w1 w2 b rho t", real=True)
p1, p2 = symbols("p1 p2", real=True)          # x_p, foot of the perpendicular
u1, u2 = symbols("u1 u2", real=True)          # a generic point x
yt = Symbol("y_t", real=True)
nw = sqrt(w1**2 + w2**2)

def dot(a, c):
    return a[0] * c[0] + a[1] * c[1]

w = (w1, w2)
# --- distance formula: x = x_p + rho w/|w|, with x_p on the plane (b = -w.x_p)
xp = (p1, p2)
x = (p1 + rho * w1 / nw, p2 + rho * w2 / nw)
on_plane = {b: -dot(w, xp)}
f_x = (dot(w, x) + b).subs(on_plane)

# points on the plane for the normal-vector proof
a1, a2 = symbols("a1 a2", real=True)
X1 = (a1, a2)
X2 = (a1 - t * w2, a2 + t * w1)               # another point with w.X2 = w.X1

# --- dual: three samples, labels in {-1, 1}
al1, al2, al3 = symbols("alpha1 alpha2 alpha3", real=True)
y1, y2, y3 = symbols("y1 y2 y3", real=True)
xs = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in (1, 2, 3)]
xv = (Symbol("xa", real=True), Symbol("xb", real=True))   # the single x of the Lagrangian as written
al, ys = [al1, al2, al3], [y1, y2, y3]
labels = {y1: (-1, 1), y2: (-1, 1), y3: (-1, 1)}
pos = {al1: (0.1, 2), al2: (0.1, 2), al3: (0.1, 2)}
wstar = tuple(sum(al[i] * ys[i] * xs[i][k] for i in range(3)) for k in range(2))
half_norm = Rational(1, 2) * dot(wstar, wstar)
double_sum = sum(al[i] * al[j] * ys[i] * ys[j] * dot(xs[i], xs[j]) for i in range(3) for j in range(3))
second_xi = sum(al[i] * (1 - ys[i] * (dot(wstar, xs[i]) + b)) for i in range(3))
second_x = sum(al[i] * (1 - ys[i] * (dot(wstar, xv) + b)) for i in range(3))
# the constraint sum alpha_i y_i = 0 obtained in Step 1 (y3 = +-1, so alpha3 = -y3 (a1 y1 + a2 y2))
cons = {al3: -y3 * (al1 * y1 + al2 * y2)}
sum_a = al1 + al2 + al3

# --- L1 / L2 soft-margin Lagrangians
C = Symbol("C", positive=True)
xi = symbols("xi1 xi2 xi3", real=True)
be = symbols("beta1 beta2 beta3", real=True)
wv = (w1, w2)
L2 = (Rational(1, 2) * dot(wv, wv) + C / 2 * sum(v**2 for v in xi)
      + sum(al[i] * ((1 - xi[i]) - ys[i] * (dot(wv, xs[i]) + b)) for i in range(3)))

CLAIMS = [
    Claim(37, "valid", dot(w, (X1[0] - X2[0], X1[1] - X2[1])), 0),
    # distance chain
    Claim(57, "valid", dot(w, x) + b, dot(w, (p1 + rho * w1 / nw, p2 + rho * w2 / nw)) + b),
    Claim(58, "valid", dot(w, x) + b, (dot(w, xp) + b) + rho * dot(w, w) / nw),
    Claim(59, "valid", ((dot(w, xp) + b) + rho * dot(w, w) / nw).subs(on_plane), 0 + rho * dot(w, w) / nw),
    Claim(60, "valid", rho * dot(w, w) / nw, rho * nw**2 / nw),
    Claim(61, "valid", rho * nw**2 / nw, rho * nw),
    Claim(67, "valid", rho, f_x / nw),
    Claim(68, "valid", (dot(w, (u1, u2)) + b) / nw, (w1 * u1 + w2 * u2 + b) / nw),
    Claim(89, "valid", sign(dot(w, (u1, u2)) + b), sign(w1 * u1 + w2 * u2 + b)),
    Claim(101, "valid", yt * (dot(w, (u1, u2)) + b), yt * (w1 * u1 + w2 * u2 + b)),
    Claim(113, "valid", yt * (dot(w, (u1, u2)) + b) / nw, yt * (w1 * u1 + w2 * u2 + b) / nw),
    # substituting w* into the Lagrangian, which was written with x (no index)
    Claim(232, "ambiguous", half_norm + second_x, half_norm + second_xi,
          alt=(half_norm + second_xi, half_norm + second_xi), domain={**labels, **pos},
          note="the Lagrangian was written with y_i(w^T x + b); it equals this only reading x as x_i"),
    Claim(241, "valid", half_norm,
          Rational(1, 2) * dot(wstar, wstar), domain={**labels, **pos}),
    Claim(245, "valid", Rational(1, 2) * dot(wstar, wstar), Rational(1, 2) * double_sum,
          domain={**labels, **pos}),
    Claim(258, "valid", second_xi,
          sum(al[i] * (1 - ys[i] * (dot(wstar, xs[i]) + b)) for i in range(3)), domain={**labels, **pos}),
    Claim(261, "valid", second_xi,
          sum(al) - sum(al[i] * ys[i] * (dot(wstar, xs[i]) + b) for i in range(3)), domain={**labels, **pos}),
    Claim(263, "valid", (sum(al) - sum(al[i] * ys[i] * (dot(wstar, xs[i]) + b) for i in range(3))).subs(cons),
          (sum(al) - double_sum).subs(cons), domain={**labels, al1: (0.1, 2), al2: (0.1, 2)},
          note="uses the Step-1 constraint sum alpha_i y_i = 0 to drop the b term"),
    Claim(269, "valid", (half_norm + second_xi).subs(cons),
          (-Rational(1, 2) * double_sum + sum_a).subs(cons), domain={**labels, al1: (0.1, 2), al2: (0.1, 2)}),
    Claim(509, "valid", L2 - sum(be[i] * xi[i] for i in range(3)),
          L2 - sum(be[i] * xi[i] for i in range(3)), domain=labels),
]
