from sympy import Symbol, Max, diff

from labels import Claim

SOURCE = "https://math.stackexchange.com/questions/2102378/notation-in-the-derivative-of-the-hinge-loss-function"
TITLE = "Notation in the derivative of the hinge loss function (Mathematics Stack Exchange Q&A)"
TOPIC = "hinge"

# labels y in {-1, +1}; 2 features; m = 3 examples for the summed loss
y = Symbol("y", real=True)
z = Symbol("z", real=True)
w1, w2 = Symbol("w_1", real=True), Symbol("w_2", real=True)
x1, x2 = Symbol("x_1", real=True), Symbol("x_2", real=True)
u1, u2 = Symbol("u_1", real=True), Symbol("u_2", real=True)  # probe weights: vector v = v' is checked as u.v = u.v'
ws, xv, us = [w1, w2], [x1, x2], [u1, u2]

ysum = [Symbol(f"y_{i}", real=True) for i in range(1, 4)]
xsum = [[Symbol(f"x_{i}{k}", real=True) for k in range(1, 3)] for i in range(1, 4)]

PM1 = (-1, 1)

hinge_z = Max(0, 1 - y * z)                       # l(z) = max{0, 1 - yz}
zw = w1 * x1 + w2 * x2                            # z(w) = w . x
hinge_w = Max(0, 1 - y * zw)                      # l(z(w))
l_total = sum(Max(0, 1 - ysum[i] * (w1 * xsum[i][0] + w2 * xsum[i][1])) for i in range(3))

CLAIMS = [
    Claim(13, "invalid", diff(hinge_z, z), Max(0, -y), domain={y: PM1},
          note="d/dz max{0,1-yz} = -y when yz<1 and 0 when yz>1; max{0,-y} ignores z (wrong e.g. y=1, z<1)"),
    Claim(15, "valid", sum(u * diff(zw, wk) for u, wk in zip(us, ws)), sum(u * xk for u, xk in zip(us, xv)),
          note="gradient of w.x with respect to w is x"),
    Claim(16, "invalid", sum(u * diff(hinge_w, wk) for u, wk in zip(us, ws)),
          sum(u * Max(0 * xk, -y * xk) for u, xk in zip(us, xv)), domain={y: PM1},
          note="chain rule gives -y x * 1[y w.x < 1], not the componentwise max{0, -y x}"),
    Claim(16, "valid", sum(u * Max(0 * xk, -y * xk) for u, xk in zip(us, xv)),
          sum(u * Max(0, -y * xk) for u, xk in zip(us, xv)), k=2, domain={y: PM1},
          note="0 . x is the zero vector, so the two maxima coincide"),
    Claim(20, "invalid", sum(u * diff(l_total, wk) for u, wk in zip(us, ws)),
          sum(us[k] * sum(Max(0, -ysum[i] * xsum[i][k]) for i in range(3)) for k in range(2)),
          domain={yi: PM1 for yi in ysum},
          note="gradient of the summed hinge loss is sum_i -y_i x_i 1[y_i w.x_i < 1]; it depends on w, the claimed sum does not"),
]
