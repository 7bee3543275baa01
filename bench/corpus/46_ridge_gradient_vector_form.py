from sympy import Matrix, Rational, symbols, sqrt, Symbol, Integer, eye

from labels import Claim

SOURCE = "https://github.com/DiwanshuG/MachineLearningJourney/blob/HEAD/day55/3-ridge-egression-using-gradient-descent.ipynb"
TITLE = "Gradient of the ridge loss (Xw - y)^T(Xw - y) + lambda w^T w in matrix form"
TOPIC = "vector"

# 3 samples, 2 features; vectors compared through a generic weighted sum of components
lam = Symbol("lambda", positive=True)
X = Matrix(3, 2, lambda i, j: Symbol(f"x{i}{j}", real=True))
y = Matrix(3, 1, lambda i, _: Symbol(f"y{i}", real=True))
w = Matrix(2, 1, lambda i, _: Symbol(f"w{i}", real=True))
W = (Integer(1), sqrt(2), sqrt(3))


def vec(v):
    return sum(c * e for c, e in zip(W, list(v)))


def grad(f):
    return Matrix([f.diff(wi) for wi in w])


s = lambda M: M[0, 0]
r = X * w - y
SSE = sum((y[i] - (X * w)[i])**2 for i in range(3))
L = s(r.T * r) + lam * s(w.T * w)                            # ridge loss
Lh = Rational(1, 2) * s(r.T * r) + Rational(1, 2) * lam * s(w.T * w)  # with 1/2 scaling
D = {lam: (0.1, 3)}

CLAIMS = [
    Claim(19, "valid", SSE, s(r.T * r)),
    Claim(31, "valid", w[0]**2 + w[1]**2, s(w.T * w)),
    Claim(76, "valid", vec(grad(L)), vec(grad(s(r.T * r) + lam * s(w.T * w))), domain=D),
    Claim(92, "valid", vec(grad(s(r.T * r))), vec(2 * X.T * r)),
    Claim(103, "valid", vec(grad(lam * s(w.T * w))), vec(2 * lam * w), domain=D),
    Claim(113, "valid", vec(grad(L)), vec(2 * X.T * r + 2 * lam * w), domain=D),
    Claim(150, "valid", vec(r.T), vec(w.T * X.T - y.T)),
    Claim(157, "valid", Lh, s(Rational(1, 2) * (w.T * X.T - y.T) * r) + Rational(1, 2) * lam * s(w.T * w), domain=D),
    Claim(169, "valid", Lh, Rational(1, 2) * s(w.T * X.T * X * w - w.T * X.T * y - y.T * X * w + y.T * y)
          + Rational(1, 2) * lam * s(w.T * w), domain=D),
    Claim(189, "valid", vec(grad(s(w.T * X.T * X * w))), vec(2 * X.T * X * w)),
    Claim(191, "valid", vec(grad(s(w.T * X.T * y))), vec(X.T * y)),
    Claim(193, "valid", vec(grad(s(y.T * X * w))), vec(X.T * y)),
    Claim(195, "valid", vec(grad(s(y.T * y))), 0),
    Claim(197, "valid", vec(grad(Rational(1, 2) * lam * s(w.T * w))), vec(lam * w), domain=D),
    Claim(210, "valid", vec(grad(Lh)), vec(X.T * X * w - X.T * y + lam * w), domain=D),
    Claim(224, "valid", vec(grad(Lh)), vec(X.T * r + lam * w), domain=D),
]
