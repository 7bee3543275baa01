from sympy import Matrix, Rational, Symbol, diff, symbols

from labels import Claim

SOURCE = ("https://github.com/branyang02/brandonyang/blob/d68ff6c8bd4468d7bd3ed0211f1ce2a2e5acfe10/"
          "src/assets/notes/ml.md")
TITLE = "Machine Learning notes (Fall 2024): gradient descent, MSE gradient and GD/SGD/mini-batch updates for linear regression"
TOPIC = "linear"

# Concrete size: m = 3 observations, n = 2 features, bias column of ones (theta_0, theta_1, theta_2).
m = 3
t0, t1, t2 = symbols("theta0 theta1 theta2", real=True)
th = Matrix([t0, t1, t2])
xs = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(m)]
ys = [Symbol(f"y{i}", real=True) for i in range(m)]
X = Matrix([[1, xs[i][0], xs[i][1]] for i in range(m)])
y = Matrix(ys)
u = Matrix(symbols("u0 u1 u2", real=True))  # random direction: a vector identity is checked as u^T lhs = u^T rhs


def grad(expr, params=(t0, t1, t2)):
    return Matrix([diff(expr, p) for p in params])


def dot(a, b):
    return (a.T * b)[0]


yhat = [t0 + t1 * xs[i][0] + t2 * xs[i][1] for i in range(m)]  # per-observation model (eq:linear-regression)
L_mse = Rational(1, m) * sum((yhat[i] - ys[i]) ** 2 for i in range(m))
r = X * th - y
XtX = X.T * X

# toy GD example
tt = Symbol("theta", real=True)

# generic matrices / vectors for the quoted identities
a = Matrix(symbols("a0 a1 a2", real=True))
A2 = Matrix(2, 2, symbols("A00 A01 A10 A11", real=True))
B2 = Matrix(2, 2, symbols("B00 B01 B10 B11", real=True))
p = Matrix(symbols("p0 p1", real=True))
q = Matrix(symbols("q0 q1", real=True))
s00, s01, s02, s11, s12, s22 = symbols("s00 s01 s02 s11 s12 s22", real=True)
S = Matrix([[s00, s01, s02], [s01, s11, s12], [s02, s12, s22]])  # symmetric A
bvec = Matrix(symbols("b0 b1 b2", real=True))

# one training example (x^(i) with bias entry 1, target y^(i))
e1, e2, ey = symbols("e1 e2 ey", real=True)
xe = Matrix([1, e1, e2])
yhat_e = t0 + t1 * e1 + t2 * e2
L_one = (dot(th, xe) - ey) ** 2

# mini-batch of |B| = 2 observations (the first two rows)
XB = X[:2, :]
yB = y[:2, :]
L_batch = Rational(1, 2) * sum((yhat[i] - ys[i]) ** 2 for i in range(2))

# interactive example: one feature, X = [1 x^(i)], theta = (theta_0, theta_1)
zs = [Symbol(f"z{i}", real=True) for i in range(m)]
X1 = Matrix([[1, zs[i]] for i in range(m)])
th1 = Matrix([t0, t1])
u2 = Matrix(symbols("v0 v1", real=True))
z = Symbol("z", real=True)
L_ex = Rational(1, m) * sum((t0 + t1 * zs[i] - ys[i]) ** 2 for i in range(m))

CLAIMS = [
    # toy example d/dtheta (theta-5)^2
    Claim(40, "valid", diff((tt - 5) ** 2, tt), 2 * (tt - 5)),
    # eq:linear-regression (first '=' defines yhat as f_theta(x)); x^(i) read with the bias entry 1 the notes add
    Claim(139, "valid", yhat[0], dot(th, X[0, :].T)),
    Claim(139, "valid", dot(th, X[0, :].T), t0 + t1 * xs[0][0] + t2 * xs[0][1], k=2),
    # eq:linear-regression-matrix: f_theta(X) = X theta
    Claim(149, "valid", dot(u, Matrix(yhat)), dot(u, X * th)),
    # eq:mse (first '=' names L_MSE)
    Claim(171, "valid", Rational(1, m) * sum((yhat[i] - ys[i]) ** 2 for i in range(m)),
          Rational(1, m) * sum(e ** 2 for e in r)),
    Claim(172, "valid", Rational(1, m) * sum(e ** 2 for e in r),
          Rational(1, m) * sum((yhat[i] - ys[i]) ** 2 for i in range(m))),
    # normal-equation proof: rewriting L_MSE
    Claim(216, "valid", L_mse, Rational(1, m) * sum(e ** 2 for e in r)),
    Claim(217, "valid", Rational(1, m) * sum(e ** 2 for e in r), Rational(1, m) * (r.T * r)[0]),
    Claim(217, "valid", sum(ai ** 2 for ai in a), (a.T * a)[0], k=2),
    Claim(218, "valid", Rational(1, m) * (r.T * r)[0], Rational(1, m) * ((th.T * X.T - y.T) * (X * th - y))[0]),
    Claim(218, "valid", dot(p, (A2 * B2).T * q), dot(p, B2.T * A2.T * q), k=2),
    Claim(219, "valid", Rational(1, m) * ((th.T * X.T - y.T) * (X * th - y))[0],
          Rational(1, m) * ((th.T * XtX * th)[0] - (th.T * X.T * y)[0] - (y.T * X * th)[0] + (y.T * y)[0])),
    Claim(220, "valid",
          Rational(1, m) * ((th.T * XtX * th)[0] - (th.T * X.T * y)[0] - (y.T * X * th)[0] + (y.T * y)[0]),
          Rational(1, m) * ((th.T * XtX * th)[0] - 2 * (th.T * X.T * y)[0] + (y.T * y)[0])),
    # recalled gradient facts
    Claim(227, "valid", dot(u, grad((th.T * S * th)[0])), dot(u, 2 * S * th)),
    Claim(228, "valid", dot(u, grad(dot(bvec, th))), dot(u, bvec)),
    # gradient of L_MSE
    Claim(234, "valid", dot(u, grad(L_mse)),
          dot(u, grad(Rational(1, m) * ((th.T * XtX * th)[0] - 2 * (th.T * X.T * y)[0] + (y.T * y)[0])))),
    Claim(235, "valid",
          dot(u, grad(Rational(1, m) * ((th.T * XtX * th)[0] - 2 * (th.T * X.T * y)[0] + (y.T * y)[0]))),
          dot(u, grad(Rational(1, m) * (th.T * XtX * th)[0] - Rational(2, m) * (th.T * X.T * y)[0]))),
    Claim(236, "valid",
          dot(u, grad(Rational(1, m) * (th.T * XtX * th)[0] - Rational(2, m) * (th.T * X.T * y)[0])),
          dot(u, Rational(2, m) * XtX * th - Rational(2, m) * X.T * y)),
    Claim(237, "valid", dot(u, Rational(2, m) * XtX * th - Rational(2, m) * X.T * y),
          dot(u, Rational(2, m) * X.T * (X * th - y))),
    # eq:mse-gradient
    Claim(279, "valid", dot(u, grad(L_mse)), dot(u, Rational(2, m) * X.T * (X * th - y))),
    # GD algorithm step 2: f_theta(X) = X theta
    Claim(288, "valid", dot(u, Matrix(yhat)), dot(u, X * th)),
    # eq:mse-gradient-sgd
    Claim(329, "valid", dot(u, grad(L_one)), dot(u, 2 * xe * (dot(th, xe) - ey))),
    # single-example loss (MSE with one term)
    Claim(341, "valid", (yhat_e - ey) ** 2, (dot(th, xe) - ey) ** 2),
    Claim(342, "valid", (dot(th, xe) - ey) ** 2, ((xe.T * th)[0] - ey) ** 2),
    Claim(350, "valid", dot(u, grad(L_one)), dot(u, grad(((xe.T * th)[0] - ey) ** 2))),
    Claim(351, "valid", dot(u, grad(((xe.T * th)[0] - ey) ** 2)),
          dot(u, 2 * ((xe.T * th)[0] - ey) * grad((xe.T * th)[0] - ey))),
    Claim(352, "valid", dot(u, 2 * ((xe.T * th)[0] - ey) * grad((xe.T * th)[0] - ey)),
          dot(u, 2 * ((xe.T * th)[0] - ey) * xe)),
    Claim(352, "valid", dot(u, grad(dot(bvec, th))), dot(u, bvec), k=2),
    # eq:mse-gradient-mini-batch, |B| = 2, X and y restricted to the mini-batch
    Claim(394, "valid", dot(u, grad(L_batch)), dot(u, Rational(2, 2) * XB.T * (XB * th - yB))),
    # eq:example-hypothesis (first '=' defines yhat)
    Claim(426, "valid", dot(th1, Matrix([1, z])), t0 + t1 * z),
    # interactive example: gradient written out
    Claim(436, "valid", dot(u2, grad(L_ex, (t0, t1))), dot(u2, Rational(2, m) * X1.T * (X1 * th1 - y))),
    Claim(437, "valid", diff(L_ex, t0), Rational(2, m) * sum(t0 + t1 * zs[i] - ys[i] for i in range(m))),
    Claim(438, "valid", diff(L_ex, t1), Rational(2, m) * sum((t0 + t1 * zs[i] - ys[i]) * zs[i] for i in range(m))),
]
