from sympy import Symbol, symbols, exp, diff, Max, Piecewise, Abs

from labels import Claim

SOURCE = ("https://github.com/nickgreenquist/nickgreenquist.github.io/blob/"
          "2144dd7315bb0381d829ac79709fcffe73bd2505/drafts/blog/posts/2020-08-30-SVM_Math.md")
TITLE = "SVM from Scratch Part I: The Math (hinge subgradient and the Pegasos update)"
TOPIC = "hinge"

# ---------------------------------------------------------------- pointwise maximum (lines 47, 65)
x, z = symbols("x z", real=True)
f1, f2, f3 = 2 * x + 1, -x, x**2           # on 0 < x < 2 only f1 attains the maximum
f = Max(f1, f2, f3)
g1 = diff(f1, x)                            # a subgradient of the active f_k
ONE_ACTIVE = {x: (0.1, 2.0)}

# ---------------------------------------------------------------- hinge loss, n = 2 features
w1, w2, x1, x2 = symbols("w_1 w_2 x_1 x_2", real=True)
y = Symbol("y", integer=True)
lam = Symbol("lambda", positive=True)
eta = Symbol("eta_t", positive=True)
Y = {y: (-1, 1)}
score = y * (w1 * x1 + w2 * x2)             # y w^T x
hinge = Max(0, 1 - score)
J_i = lam / 2 * (w1**2 + w2**2) + hinge
dJ1 = diff(J_i, w1)                         # first component of the gradient of J_i
g_hinge = Piecewise((0, score >= 1), (-y * x1, True))
g_J = Piecewise((lam * w1 - y * x1, score < 1), (lam * w1, True))

# inside the margin: |w^T x| < 1 for both labels
IN = {y: (-1, 1), w1: (-0.5, 0.5), w2: (-0.5, 0.5), x1: (-0.9, 0.9), x2: (-0.9, 0.9),
      lam: (0.1, 2.0), eta: (0.01, 1.0)}
# outside the margin: y = 1 and w^T x > 1
OUT = {y: (1,), w1: (1.0, 2.0), w2: (1.0, 2.0), x1: (0.6, 1.0), x2: (0.6, 1.0),
       lam: (0.1, 2.0), eta: (0.01, 1.0)}

# ---------------------------------------------------------------- the two RULES (lines 201, 203)
t = Symbol("t", real=True)
alpha = Symbol("alpha", nonnegative=True)
h1, h2, h3 = t**2, exp(t), Abs(t) + 3 * t

# ---------------------------------------------------------------- Pegasos update, first component
upd_in = w1 - eta * dJ1                      # w_t - eta_t * gradient, with y w^T x < 1
s1 = w1 - eta * (lam * w1 - y * x1)
s2 = w1 - eta * lam * w1 + eta * y * x1
s3 = w1 * (1 - eta * lam) + eta * y * x1
s4 = (1 - eta * lam) * w1 + eta * y * x1
upd_out = w1 - eta * dJ1                     # with y w^T x >= 1
o1 = w1 - eta * (lam * w1)
o2 = w1 - eta * lam * w1
o3 = w1 * (1 - eta * lam)
o4 = (1 - eta * lam) * w1

CLAIMS = [
    Claim(47, "valid", f1 + g1 * (z - x), f + g1 * (z - x), domain=ONE_ACTIVE),
    Claim(65, "valid", diff(f, x), diff(f1, x), domain=ONE_ACTIVE),
    Claim(113, "valid", diff(hinge, w1), g_hinge, domain=Y),
    Claim(180, "valid", dJ1, Piecewise((lam * w1, score > 1), (lam * w1 - y * x1, True)),
          domain={y: (-1, 1), lam: (0.1, 2.0)}),
    Claim(192, "valid", dJ1, g_J, domain={y: (-1, 1), lam: (0.1, 2.0)}),
    Claim(201, "valid", diff(h1 + h2 + h3, t), diff(h1, t) + diff(h2, t) + diff(h3, t)),
    Claim(203, "valid", diff(alpha * h2, t), alpha * diff(h2, t), domain={alpha: (0.0, 3.0)}),
    Claim(219, "valid", diff(lam / 2 * (w1**2 + w2**2), w1),
          lam / 2 * diff(w1**2 + w2**2, w1), domain={lam: (0.1, 2.0)}),
    Claim(226, "valid", diff(lam / 2 * (w1**2 + w2**2), w1), lam * w1,
          domain={lam: (0.1, 2.0)}),
    Claim(262, "valid", dJ1, g_J, domain={y: (-1, 1), lam: (0.1, 2.0)}),
    # case y_i w^T x_i < 1
    Claim(282, "valid", upd_in, s1, domain=IN),
    Claim(287, "valid", s1, s2, domain=IN),
    Claim(292, "valid", s2, s3, domain=IN),
    Claim(297, "valid", s3, s4, domain=IN),
    # case y_i w^T x_i >= 1
    Claim(310, "valid", upd_out, o1, domain=OUT),
    Claim(315, "valid", o1, o2, domain=OUT),
    Claim(320, "valid", o2, o3, domain=OUT),
    Claim(325, "valid", o3, o4, domain=OUT),
]
