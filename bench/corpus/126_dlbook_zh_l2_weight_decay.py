from sympy import Symbol, Matrix, Rational, Integer, diff, solve, cos, sin, eye, diag

from labels import Claim

SOURCE = "https://github.com/exacity/deeplearningbook-chinese/blob/38745495e9dad684167d16882ce7444e8fc1b879/Chapter7/regularization.tex"
TITLE = "L2 parameter regularization / weight decay, Deep Learning ch. 7.1.1 (Chinese translation, exacity)"
TOPIC = "regularisation"

# n = 2 weights, m = 3 training examples; vector claims are contracted with an arbitrary c
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
s1, s2 = Symbol("ws1", real=True), Symbol("ws2", real=True)  # w^*
c1, c2 = Symbol("c1", real=True), Symbol("c2", real=True)
alpha = Symbol("alpha", positive=True)
l1, l2 = Symbol("lambda1", positive=True), Symbol("lambda2", positive=True)
t = Symbol("t", real=True)
J0 = Symbol("J0", real=True)  # J(w^*)

w = Matrix([w1, w2])
ws = Matrix([s1, s2])
c = Matrix([c1, c2])
I2 = eye(2)


def dot(v):
    return (c.T * v)[0, 0]


def grad(f, v):
    return Matrix([diff(f, vi) for vi in v])


POS = {alpha: (0.1, 2), l1: (0.1, 2), l2: (0.1, 2)}

# a concrete J: squared error of a linear model on m = 3 examples
X = Matrix(3, 2, lambda i, j: Symbol(f"X{i + 1}{j + 1}", real=True))
yv = Matrix([Symbol(f"y{i + 1}", real=True) for i in range(3)])
J = ((X * w - yv).T * (X * w - yv))[0, 0]
Jt = alpha / 2 * (w.T * w)[0, 0] + J

# Hessian H = Q Lambda Q^T, Q orthogonal (rotation), Lambda > 0
Q = Matrix([[cos(t), -sin(t)], [sin(t), cos(t)]])
Lam = diag(l1, l2)
H = Q * Lam * Q.T
Jhat = J0 + Rational(1, 2) * ((w - ws).T * H * (w - ws))[0, 0]

# minimiser of the regularised quadratic Jhat + alpha/2 w^T w, found independently
sol = solve(list(grad(Jhat + alpha / 2 * (w.T * w)[0, 0], w)), [w1, w2], dict=True)[0]
wt = Matrix([sol[w1], sol[w2]])  # tilde w

# linear regression: minimisers of the unregularised and the regularised objectives
sse = ((X * w - yv).T * (X * w - yv))[0, 0]
sol_ls = solve(list(grad(sse, w)), [w1, w2], dict=True)[0]
w_ls = Matrix([sol_ls[w1], sol_ls[w2]])
obj = sse + Rational(1, 2) * alpha * (w.T * w)[0, 0]
sol_r = solve(list(grad(obj, w)), [w1, w2], dict=True)[0]
w_r = Matrix([sol_r[w1], sol_r[w2]])

CLAIMS = [
    Claim(18, "valid", dot(grad(Jt, w)), dot(alpha * w + grad(J, w)), domain=POS,
          note="the gradient of alpha/2 w^T w is alpha w; gradient is linear"),
    Claim(47, "valid", dot(grad(Jhat, w)), dot(H * (w - ws)), domain=POS,
          note="gradient of 1/2 (w-w*)^T H (w-w*) is H (w-w*) for symmetric H"),
    Claim(55, "valid", dot(alpha * wt + H * (wt - ws)), Integer(0), domain=POS,
          note="stationarity of the regularised quadratic at its minimiser tilde w"),
    Claim(56, "valid", dot((H + alpha * I2) * wt), dot(H * ws), domain=POS,
          note="collecting the tilde w terms"),
    Claim(57, "valid", dot(wt), dot((H + alpha * I2).inv() * H * ws), domain=POS,
          note="H + alpha I is invertible (H psd, alpha > 0)"),
    Claim(65, "valid", dot(wt), dot((Q * Lam * Q.T + alpha * I2).inv() * Q * Lam * Q.T * ws), domain=POS,
          note="substituting H = Q Lambda Q^T into tilde w = (H + alpha I)^{-1} H w*"),
    Claim(66, "valid", dot((Q * Lam * Q.T + alpha * I2).inv() * Q * Lam * Q.T * ws),
          dot((Q * (Lam + alpha * I2) * Q.T).inv() * Q * Lam * Q.T * ws), domain=POS,
          note="Q Q^T = I, so Q Lambda Q^T + alpha I = Q (Lambda + alpha I) Q^T"),
    Claim(67, "valid", dot((Q * (Lam + alpha * I2) * Q.T).inv() * Q * Lam * Q.T * ws),
          dot(Q * (Lam + alpha * I2).inv() * Lam * Q.T * ws), domain=POS,
          note="[Q D Q^T]^{-1} = Q D^{-1} Q^T for orthogonal Q, and Q^T Q = I"),
    Claim(119, "valid", dot(w_ls), dot((X.T * X).inv() * X.T * yv),
          note="normal equations of the unregularised sum of squared errors"),
    Claim(124, "invalid", dot(w_r), dot((X.T * X + alpha * I2).inv() * X.T * yv), domain=POS,
          note="minimising (Xw-y)^T(Xw-y) + 1/2 alpha w^T w gives (X^T X + alpha/2 I)^{-1} X^T y, "
               "not (X^T X + alpha I)^{-1} X^T y (the 1/2 is on the penalty only)"),
]
