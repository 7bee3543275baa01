from sympy import Symbol, Integer, Matrix, Max, Piecewise, Abs, diff

from labels import Claim

SOURCE = "https://github.com/JrLyu/jrlyu.github.io/blob/ea8a4949434a9bdce40cdcc8f37486f8c0110cff/notes/cs334/02-Gradient-Descent-on-Classification/02-Gradient-Descent-on-Classification.qmd"
TITLE = "Hinge loss, its gradient and the SGD update (Jiuru Lyu, CS334 lecture 2)"
TOPIC = "hinge"

# d = 2 features: theta = (t1, t2), x = (x1, x2); y in {-1, +1} as the document states.
# Gradient (vector) identities are checked through c1 * (component 1) + c2 * (component 2).
# The gradient derivation and the update rule are stated for Case II (y theta.x < 1); those claims
# are checked on a box where |theta.x| <= 0.8, so y theta.x < 1 always holds, and the hinge loss
# is written with Max so that Case II is not assumed by the expression itself.
# The derivation writes x (no superscript) next to y^{(i)} and x^{(i)}; x is read as the same
# sample x^{(i)}.
t1, t2, x1, x2 = (Symbol(n, real=True) for n in ("t1", "t2", "x1", "x2"))
c1, c2 = Symbol("c1", real=True), Symbol("c2", real=True)
y = Symbol("y", real=True)
z = Symbol("z", real=True)
eta = Symbol("eta", positive=True)

th = Matrix([t1, t2])
xv = Matrix([x1, x2])
dot = th.dot(xv)
hinge = Max(0, 1 - y * dot)


def grad_c(f):
    return c1 * diff(f, t1) + c2 * diff(f, t2)


ypm = {y: (-1, 1)}
case2 = {y: (-1, 1), t1: (-0.4, 0.4), t2: (-0.4, 0.4), x1: (-1, 1), x2: (-1, 1)}

CLAIMS = [
    Claim(23, "valid", Piecewise((1, z <= 0), (0, True)), Piecewise((1, z <= 0), (0, True)),
          note="the indicator 1{z<=0} is 1 for z<=0 and 0 otherwise"),
    Claim(60, "valid", Max(0, 1 - z), Piecewise((1 - z, z <= 1), (0, True)),
          note="max{0,1-z} is 1-z when z<=1 and 0 when z>1"),
    Claim(80, "valid", Abs(y * dot), Abs(y) * Abs(dot), note="|ab| = |a||b|"),
    Claim(82, "valid", Abs(y), Integer(1), domain=ypm, note="y in {-1,+1}"),
    Claim(106, "valid", x1 ** 2 * x2 + 3 * x1, x1 ** 2 * x2 + 3 * x1,
          note="f(x) with x = (x1,...,xd) is f(x1,...,xd) (notation; checked on a sample f)"),
    Claim(151, "valid", Max(0, 1 - z).subs(z, y * dot), Max(0, 1 - y * t1 * x1 - y * t2 * x2),
          note="hinge loss evaluated at z = y theta.x"),
    Claim(157, "valid", dot, t1 * x1 + t2 * x2, note="dot product written out (d = 2)"),
    Claim(159, "valid", grad_c(dot), c1 * x1 + c2 * x2, note="d(theta.x)/d theta_j = x_j"),
    Claim(159, "valid", c1 * x1 + c2 * x2, xv.dot(Matrix([c1, c2])), k=2, note="[x1,...,xd]^T is x"),
    Claim(164, "valid", grad_c(hinge), grad_c(1 - y * dot), domain=case2,
          note="in Case II (y theta.x < 1) the hinge loss equals 1 - y theta.x near theta"),
    Claim(165, "valid", grad_c(1 - y * dot), 0 - y * grad_c(dot), domain=case2,
          note="gradient is linear; the constant 1 has zero gradient"),
    Claim(166, "valid", -y * grad_c(dot), -y * (c1 * x1 + c2 * x2), domain=case2,
          note="grad(theta.x) = x"),
    Claim(175, "valid", (c1 * t1 + c2 * t2) - eta * grad_c(hinge),
          (c1 * t1 + c2 * t2) + eta * y * (c1 * x1 + c2 * x2), domain={**case2, eta: (0.01, 1)},
          note="Case II: theta - eta * (-y x) = theta + eta y x"),
]
