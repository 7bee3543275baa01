"""Labels for 263_l2_weight_decay_hessian.md (L2 regularisation seen through the Hessian).

The loss is taken to be the quadratic the note expands to,
    L(w) = c + g^T w + 1/2 w^T H w   (n = 2 weights),
so w* = -H^{-1} g is its minimiser, and the regularised minimiser is computed independently as
    w~ = argmin L(w) + alpha/2 w^T w = -(H + alpha I)^{-1} g.
H = Q Lambda Q^T with Q a rotation by angle t and Lambda = diag(l1, l2), l1, l2 > 0 (every
symmetric positive-definite 2x2 matrix has this form). Vector claims are contracted with a
free vector r (r^T v), matrix claims with r and s (r^T M s), so every entry is tested.
"""
from sympy import Symbol, Matrix, Rational, cos, sin, eye, diag, simplify, zeros

from labels import Claim

SOURCE = ("https://git.putinpi.com/Punith/Machine_learning_notes/raw/commit/"
          "2de682bb1b25db0e7894c232cc27409d3de794d2/Deep%20learning/Mitesh%20kapra%20notes/"
          "L2%20regularization.md")
TITLE = "L2 regularization (weight decay): effect on the optimum via the Hessian"
TOPIC = "regularisation"

R = lambda s: Symbol(s, real=True)
t, l1, l2, al, c, g1, g2 = R("t"), R("l1"), R("l2"), R("alpha"), R("c"), R("g1"), R("g2")
w1, w2, u1, u2, r1, r2, s1, s2 = (R(s) for s in ("w1", "w2", "u1", "u2", "r1", "r2", "s1", "s2"))
DOM = {l1: (0.5, 3.0), l2: (0.5, 3.0), al: (0.1, 2.0)}

Q = Matrix([[cos(t), -sin(t)], [sin(t), cos(t)]])
Lam = diag(l1, l2)
H = Q * Lam * Q.T
I2 = eye(2)
g = Matrix([g1, g2])
w = Matrix([w1, w2])
u = Matrix([u1, u2])
r = Matrix([r1, r2])
s = Matrix([s1, s2])


def L(v):
    return c + (g.T * v)[0] + Rational(1, 2) * (v.T * H * v)[0]


def gradL(v):
    return g + H * v


def gradLt(v):
    return gradL(v) + al * v


ws = -H.inv() * g                  # w*
wt = -(H + al * I2).inv() * g      # w~, minimiser of L + alpha/2 |w|^2
dot = lambda v: (r.T * v)[0]
bil = lambda M: (r.T * M * s)[0]
D = (Lam + al * I2).inv() * Lam

CLAIMS = [
    Claim(12, "valid", L(ws + u),
          L(ws) + (u.T * gradL(ws))[0] + Rational(1, 2) * (u.T * H * u)[0], domain=DOM),
    Claim(14, "valid", L(w),
          L(ws) + ((w - ws).T * gradL(ws))[0] + Rational(1, 2) * ((w - ws).T * H * (w - ws))[0],
          domain=DOM),
    Claim(16, "valid",
          L(ws) + ((w - ws).T * gradL(ws))[0] + Rational(1, 2) * ((w - ws).T * H * (w - ws))[0],
          L(ws) + Rational(1, 2) * ((w - ws).T * H * (w - ws))[0], domain=DOM),
    Claim(16, "valid", simplify(dot(gradL(ws))), 0, k=2, domain=DOM),
    Claim(18, "valid", dot(gradL(w)), dot(gradL(ws) + H * (w - ws)), domain=DOM),
    Claim(18, "valid", dot(gradL(ws) + H * (w - ws)), dot(H * (w - ws)), k=2, domain=DOM),
    Claim(22, "valid", dot(gradLt(w)), dot(gradL(w) + al * w), domain=DOM),
    Claim(22, "valid", dot(gradL(w) + al * w), dot(H * (w - ws) + al * w), k=2, domain=DOM),
    # "at that minimum": both equations are asserted at w = w~
    Claim(24, "valid", simplify(dot(gradLt(wt))), 0, domain=DOM),
    Claim(24, "valid", simplify(dot(H * (wt - ws) + al * wt)), 0, k=2, domain=DOM),
    Claim(26, "valid", dot((H + al * I2) * wt), dot(H * ws), domain=DOM),
    Claim(28, "valid", dot(wt), dot((H + al * I2).inv() * H * ws), domain=DOM),
    Claim(30, "valid", dot(wt).subs(al, 0), dot(ws), domain=DOM),
    Claim(32, "valid", bil(Q * Q.T), bil(Q.T * Q), domain=DOM),
    Claim(32, "valid", bil(Q.T * Q), bil(I2), k=2, domain=DOM),
    Claim(34, "valid", dot(wt), dot((Q * Lam * Q.T + al * I2).inv() * Q * Lam * Q.T * ws),
          domain=DOM),
    Claim(34, "valid", dot((Q * Lam * Q.T + al * I2).inv() * Q * Lam * Q.T * ws),
          dot((Q * Lam * Q.T + al * Q * I2 * Q.T).inv() * Q * Lam * Q.T * ws), k=2, domain=DOM),
    Claim(36, "valid", dot((Q * Lam * Q.T + al * Q * I2 * Q.T).inv() * Q * Lam * Q.T * ws),
          dot((Q * (Lam + al * I2) * Q.T).inv() * Q * Lam * Q.T * ws), domain=DOM),
    Claim(38, "valid", dot((Q * (Lam + al * I2) * Q.T).inv() * Q * Lam * Q.T * ws),
          dot(Q.T.inv() * (Lam + al * I2).inv() * Q.inv() * Q * Lam * Q.T * ws), domain=DOM),
    Claim(40, "valid", dot(Q.T.inv() * (Lam + al * I2).inv() * Q.inv() * Q * Lam * Q.T * ws),
          dot(Q * (Lam + al * I2).inv() * Lam * Q.T * ws), domain=DOM),
    Claim(42, "valid", dot(wt), dot(Q * D * Q.T * ws), domain=DOM),
]
