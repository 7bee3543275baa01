from sympy import Matrix, Symbol, diff, sqrt, symbols

from labels import Claim

SOURCE = "https://github.com/BAlmeidaS/zettelkasten/blob/212b4788b62ceccc7debef70a84935aa7eb03763/Zettelkasten/how%20to%20find%20the%20best%20fit%20of%20linear%20regression.md"
TITLE = "Best fit of y = bx + a by minimising RSS = chi^2: residual, gradient and a, b (RSS without its square, +a, rows swapped)"
TOPIC = "linear"

# n = 3 points (x_i, y_i); the model y = b x + a, residual d_i = y_i - yhat_i = y_i - a - b x_i, and
# RSS = chi^2 = sum d_i^2 (the prose: the sum of the squared residuals). Claims about the first
# residual use i = 1. Equations that come from setting the gradient to zero are checked at the
# least-squares (a, b).
n = 3
a, b = symbols("a b", real=True)
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
xs, bi = Symbol("x", real=True), Symbol("b_i", real=True)     # the x and b_i of line 7
d = [yi - a - b * xi for xi, yi in zip(x, y)]
RSS = sum(di**2 for di in d)
xb, yb = sum(x) / n, sum(y) / n
b_ls = sum((xi - xb) * (yi - yb) for xi, yi in zip(x, y)) / sum((xi - xb)**2 for xi in x)
a_ls = yb - b_ls * xb
opt = {a: a_ls, b: b_ls}

# the written "RSS" and the written gradient entries (b x_i subtracted, a added)
written = [yi - b * xi + a for xi, yi in zip(x, y)]
G_written = Matrix([-2 * sum(xi * wi for xi, wi in zip(x, written)), -2 * sum(written)])
G_true = Matrix([diff(RSS, a), diff(RSS, b)])

W = [sqrt(2), sqrt(3)]


def vec(M):
    """A 2-vector as one number: a weighted sum of its entries."""
    return sum(c * e for c, e in zip(W, list(M)))


CLAIMS = [
    Claim(7, "invalid", d[0], y[0] - (a + xs * bi),
          note="yhat_i = a + b x_i; written x b_i (an unindexed x and an indexed b)"),
    Claim(8, "invalid", y[0] - (a + xs * bi), y[0] - a - b * x[0],
          note="right as d_i, but not equal to the previous line's y_i - (a + x b_i)"),
    Claim(19, "invalid", RSS, sum(written),
          note="RSS = sum (y_i - a - b x_i)^2: the square is missing and a has the wrong sign "
               "(the first =, RSS = chi^2, only names it)"),
    Claim(21, "valid", diff(RSS, a).subs(opt), 0, note="first-order condition; holds at the least-squares (a, b)"),
    Claim(21, "valid", diff(RSS, b).subs(opt), 0, k=2,
          note="first-order condition; holds at the least-squares (a, b)"),
    Claim(31, "invalid", vec(G_true), vec(G_written),
          note="dchi^2/da = -2 sum (y_i - a - b x_i) and dchi^2/db = -2 sum x_i (y_i - a - b x_i): "
               "the rows are swapped and a has the wrong sign"),
    Claim(36, "invalid", vec(G_written.subs(opt)), 0,
          note="at the least-squares (a, b) the written entries are -4a sum x_i and -4na, not 0; "
               "only the true gradient vanishes there"),
    Claim(41, "valid", a_ls, (yb - b * xb).subs(opt), note="the intercept of the least-squares line"),
    Claim(43, "valid", b_ls, sum((xi - xb) * yi for xi, yi in zip(x, y)) / sum((xi - xb)**2 for xi in x),
          note="sum (x - xbar) ybar = 0, so this is the usual slope; x, y read per point"),
]
