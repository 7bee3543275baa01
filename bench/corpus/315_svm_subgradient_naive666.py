"""Labels for 315_svm_subgradient_naive666.md.

Size: n = 3 samples, d = 2 features. A vector-valued gradient is compared through its
directional derivative along a free direction v = (v1, v2): v . grad, which agrees for all v
exactly when the gradients agree. Sample i has features (x_i1, x_i2) and label y_i in {-1, 1};
the margin is m_i = y_i w^T x_i. The "undefined" branches (m = 1, a null set) are nan.
"""
from sympy import Max, Piecewise, Symbol, diff, nan, And, Ne, symbols

from labels import Claim

SOURCE = ("https://github.com/naive666/Foundation_of_Machine_Learning/blob/"
          "9c2e13eafda19decb886d600492320200a284efe/subgradient/Subgradient%20Descent.ipynb")
TITLE = "Subgradient Descent (SVM objective without intercept, subgradient of the hinge loss)"
TOPIC = "hinge"

n = 3
w1, w2, v1, v2 = symbols("w1 w2 v1 v2", real=True)
lam = Symbol("lam", positive=True)
X = [symbols(f"x{i}1 x{i}2", real=True) for i in range(1, n + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
dom = {y: (-1, 1) for y in Y}
dom[lam] = (0.05, 2.0)

W = (w1, w2)
V = (v1, v2)


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1]


def margin(i):
    return Y[i] * dot(W, X[i])


def hinge(mm):
    return Max(0, 1 - mm)


def vgrad(expr):
    """v . grad_w expr."""
    return v1 * diff(expr, w1) + v2 * diff(expr, w2)


def lprime(mm):
    """The document's l'(m): 0 for m > 1, -1 for m < 1, undefined at m = 1."""
    return Piecewise((0, mm > 1), (-1, mm < 1), (nan, True))


# one sample (i = 1) for the per-sample gradient
m1 = margin(0)
vx1 = dot(V, X[0])
grad_l1 = vgrad(hinge(m1))                                         # v . grad_w l(y_1 w^T x_1)
grad_l1_cases = Piecewise((0, m1 > 1), (-Y[0] * vx1, m1 < 1), (nan, True))

# the objective J(w) = 1/n sum max(0, 1 - y_i w^T x_i) + lam ||w||^2
J = sum(hinge(margin(i)) for i in range(n)) / n + lam * dot(W, W)
grad_J = vgrad(J)
violators = sum(Piecewise((-Y[i] * dot(V, X[i]), margin(i) < 1), (0, True)) for i in range(n))
grad_J_final = violators / n + 2 * lam * dot(V, W)
grad_J_cases = Piecewise((grad_J_final, And(*[Ne(margin(i), 1) for i in range(n)])), (nan, True))

# the descent-step proof in R^2: x = x0 - t g (definition), z any point
t = Symbol("t", positive=True)
a1, a2, g1, g2, z1, z2 = symbols("a1 a2 g1 g2 z1 z2", real=True)     # x0 = (a1, a2)
x0, g, z = (a1, a2), (g1, g2), (z1, z2)
xs = (a1 - t * g1, a2 - t * g2)                                    # x = x0 - t g
sq = lambda u: dot(u, u)
diff_xz = (xs[0] - z1, xs[1] - z2)
x0_tg_z = (a1 - t * g1 - z1, a2 - t * g2 - z2)
x0_z = (a1 - z1, a2 - z2)

mm = Symbol("m", real=True)
CLAIMS = [
    # l'(m) = {0, m>1; -1, m<1; undefined, m=1}
    Claim(7, "valid", diff(hinge(mm), mm), lprime(mm)),
    # grad_w l(y_i w^T x_i) = l'(y_i w^T x_i) y_i x_i   (chain rule)
    Claim(14, "valid", grad_l1, lprime(m1) * Y[0] * vx1, domain=dom),
    # = (0; -1; undefined) y_i x_i
    Claim(15, "valid", lprime(m1) * Y[0] * vx1,
          Piecewise((0, m1 > 1), (-1, m1 < 1), (nan, True)) * Y[0] * vx1, domain=dom),
    # = {0; -y_i x_i; undefined}
    Claim(20, "valid", Piecewise((0, m1 > 1), (-1, m1 < 1), (nan, True)) * Y[0] * vx1,
          grad_l1_cases, domain=dom),
    # thus grad_w l(y_i w^T x_i) = {0; -y_i x_i; undefined}
    Claim(27, "valid", grad_l1, grad_l1_cases, domain=dom),
    # grad_w J(w) = grad_w (1/n sum l(y_i w^T x_i) + lam ||w||^2)
    Claim(34, "valid", grad_J,
          vgrad(sum(hinge(margin(i)) for i in range(n)) / n + lam * dot(W, W)), domain=dom),
    # = 1/n sum grad_w l(y_i w^T x_i) + 2 lam w
    Claim(35, "valid",
          vgrad(sum(hinge(margin(i)) for i in range(n)) / n + lam * dot(W, W)),
          sum(lprime(margin(i)) * Y[i] * dot(V, X[i]) for i in range(n)) / n
          + 2 * lam * dot(V, W), domain=dom),
    # = {1/n sum_{i: y_i w^T x_i < 1} (-y_i x_i) + 2 lam w if all != 1; undefined otherwise}
    Claim(36, "valid",
          sum(lprime(margin(i)) * Y[i] * dot(V, X[i]) for i in range(n)) / n
          + 2 * lam * dot(V, W),
          grad_J_cases, domain=dom),
    # grad_w J(w) = 1/n sum_{i: y_i w^T x_i < 1} (-y_i x_i) + 2 lam w
    Claim(42, "valid", grad_J, grad_J_final, domain=dom),
    # ||x - z||^2 = ||x0 - tg - z||^2   (x = x0 - t g; \operatorname{tg} read as t g)
    Claim(73, "valid", sq(diff_xz), sq(x0_tg_z)),
    # = ||x0 - z||^2 - 2 t g^T (x0 - z) + t^2 ||g||^2
    Claim(74, "valid", sq(x0_tg_z), sq(x0_z) - 2 * t * dot(g, x0_z) + t**2 * sq(g)),
]
