from sympy import Rational, Symbol, diff

from labels import Claim

SOURCE = ("https://github.com/emkays-codelabs/Machine-Learning/blob/"
          "2a2a7842d717dc9e38722bdf4b348abcaa9f5f0c/ex.md")
TITLE = "Derivatives of the MSE with respect to m and c (emkays-codelabs, ex.md)"
TOPIC = "linear"

# Concrete size n = 3 samples; unlimited sums in the document run over i = 1..n.
n = 3
m, c = Symbol("m", real=True), Symbol("c", real=True)
xs = [Symbol(f"x{i}", real=True) for i in (1, 2, 3)]
ys = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
yhat = [m * xi + c for xi in xs]
N = Rational(1, n)

MSE = N * sum((yi - hi) ** 2 for yi, hi in zip(ys, yhat))          # definition, with y^_i = m x_i + c
r = [yi - m * xi - c for xi, yi in zip(xs, ys)]                     # y_i - m x_i - c

# the single-sample pieces are checked at i = 1
x1, y1 = xs[0], ys[0]
u = y1 - m * x1 - c

CLAIMS = [
    Claim(25, "valid", MSE, N * sum((yi - (m * xi + c)) ** 2 for xi, yi in zip(xs, ys))),
    Claim(31, "valid", N * sum((yi - (m * xi + c)) ** 2 for xi, yi in zip(xs, ys)),
          N * sum(ri ** 2 for ri in r)),
    Claim(45, "valid", diff(N * sum(ri ** 2 for ri in r), m), N * sum(diff(ri ** 2, m) for ri in r)),
    Claim(59, "valid", diff(u ** 2, m), 2 * u * diff(u, m)),
    Claim(65, "valid", diff(y1 - m * x1 - c, m), -x1),
    Claim(74, "valid", diff(u ** 2, m), 2 * u * (-x1)),
    Claim(81, "valid", diff(MSE, m), N * sum(2 * ri * (-xi) for ri, xi in zip(r, xs))),
    Claim(87, "valid", N * sum(2 * ri * (-xi) for ri, xi in zip(r, xs)),
          -2 * N * sum(xi * (yi - hi) for xi, yi, hi in zip(xs, ys, yhat))),
    Claim(95, "valid", diff(MSE, m), -2 * N * sum(xi * (yi - hi) for xi, yi, hi in zip(xs, ys, yhat))),
    Claim(134, "valid", MSE, N * sum(ri ** 2 for ri in r)),
    Claim(149, "valid", diff(N * sum(ri ** 2 for ri in r), c), N * sum(diff(ri ** 2, c) for ri in r)),
    Claim(162, "valid", diff(u ** 2, c), 2 * u * diff(u, c)),
    Claim(168, "valid", diff(y1 - m * x1 - c, c), -1),
    Claim(175, "valid", diff(u ** 2, c), 2 * u * (-1)),
    Claim(182, "valid", diff(MSE, c), N * sum(2 * ri * (-1) for ri in r)),
    Claim(190, "valid", diff(MSE, c), -2 * N * sum(yi - hi for yi, hi in zip(ys, yhat))),
    Claim(214, "valid", diff(MSE, m), -2 * N * sum(xi * (yi - hi) for xi, yi, hi in zip(xs, ys, yhat))),
    Claim(219, "valid", diff(MSE, c), -2 * N * sum(yi - hi for yi, hi in zip(ys, yhat))),
]
