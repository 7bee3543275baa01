from sympy import Matrix, Symbol, solve, sqrt

from labels import Claim

SOURCE = "https://github.com/NateZimmer/Optimization-Tutorials/blob/416f6de8eadab07461c57400472e555982e74206/Pages/NormalEquationProof.ipynb"
TITLE = "Normal equation of least squares from ||y - A theta||^2 in matrix notation (notebook)"
TOPIC = "vector"

# m = 3 samples, n = 2 parameters; vectors compared through a generic weighted sum of entries
A = Matrix(3, 2, lambda i, j: Symbol(f"a{i}{j}", real=True))
y = Matrix(3, 1, lambda i, _: Symbol(f"y{i}", real=True))
th = Matrix(2, 1, lambda i, _: Symbol(f"theta{i}", real=True))
W = (1, sqrt(2), sqrt(3))


def vec(v):
    return sum(c * e for c, e in zip(W, list(v)))


def grad(f, wrt=th):
    return Matrix([f.diff(t) for t in wrt])


s = lambda M: M[0, 0]  # noqa: E731 - a 1x1 matrix as a scalar
r = y - A * th                                     # r = y - y-hat, y-hat = A theta
R2 = sum(e**2 for e in r)                          # ||r||^2
sol = solve(list(grad(R2)), list(th), dict=True)[0]
th_hat = th.subs(sol)                              # the minimiser of ||r||^2
at = lambda e: e.subs(sol)                         # noqa: E731 - evaluated at the minimiser

# the identity of line 58, for a general square matrix M and a vector x
M = Matrix(2, 2, lambda i, j: Symbol(f"m{i}{j}", real=True))
x = Matrix(2, 1, lambda i, _: Symbol(f"x{i}", real=True))

CLAIMS = [
    Claim(8, "valid", vec(th_hat), vec((A.T * A).inv() * A.T * y), note="the minimiser of ||y - A theta||^2"),
    Claim(26, "valid", vec(at(grad(R2))), 0, note="the stationarity condition, true at the minimiser"),
    Claim(28, "valid", vec(at(grad(R2))), 0, note="the stationarity condition, true at the minimiser"),
    Claim(34, "valid", R2, s(r.T * r)),
    Claim(38, "valid", R2, s((y - A * th).T * (y - A * th))),
    Claim(42, "valid", R2, s((y.T - th.T * A.T) * (y - A * th))),
    Claim(46, "valid", R2, s(th.T * A.T * A * th - th.T * A.T * y - y.T * A * th + y.T * y)),
    Claim(50, "valid", R2, s(th.T * A.T * A * th - 2 * y.T * A * th + y.T * y)),
    Claim(54, "valid", vec(at(grad(R2))), 0, note="the stationarity condition, true at the minimiser"),
    Claim(58, "invalid", vec(grad(s(x.T * M * x), x)), vec(2 * M * x),
          note="d(x^T A x)/dx = (A + A^T) x, which is 2Ax only for symmetric A (as A^T A is, where it is used)"),
    Claim(62, "valid", vec(grad(R2)), vec(2 * A.T * A * th - 2 * A.T * y)),
    Claim(62, "valid", vec(at(2 * A.T * A * th - 2 * A.T * y)), 0, k=2, note="true at the minimiser"),
    Claim(66, "valid", vec(at(A.T * A * th)), vec(A.T * y), note="the normal equations, true at the minimiser"),
    Claim(70, "valid", vec(th_hat), vec((A.T * A).inv() * A.T * y), note="the minimiser"),
]
