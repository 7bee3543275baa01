"""Labels for 246_slr_least_squares_utah.md (Utah COMP 5360 notes on simple linear regression).

Concrete size: n = 3 samples (x1, y1), (x2, y2), (x3, y3). The least-squares estimates
(B0, B1) are obtained independently by solving dJ/db0 = dJ/db1 = 0 with SymPy; the author's
equations "... = 0" are stated at (beta0_hat, beta1_hat), so they are checked at that point.
Derivative identities are checked at generic (b0, b1).
"""
from sympy import Rational, Symbol, diff, solve

from labels import Claim

SOURCE = ("https://github.com/datascience-course/2018-datascience-lectures/blob/"
          "0b1bf82ec4f752a72d22751e628b371380dbe02f/10-LinearRegression1/SLR.tex")
TITLE = "Notes on Simple Linear Regression (COMP 5360 / MATH 4100, University of Utah, 2018)"
TOPIC = "linear"

n = 3
x = [Symbol(f"x{i}", real=True) for i in range(1, n + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
b0, b1 = Symbol("b0", real=True), Symbol("b1", real=True)

xbar = Rational(1, n) * sum(x)
ybar = Rational(1, n) * sum(y)
Sx, Sy = sum(x), sum(y)
Sxy = sum(xi * yi for xi, yi in zip(x, y))
Sxx = sum(xi**2 for xi in x)

J = sum((yi - b0 - b1 * xi) ** 2 for xi, yi in zip(x, y))
sol = solve([diff(J, b0), diff(J, b1)], [b0, b1], dict=True)[0]
B0, B1 = sol[b0], sol[b1]  # the least-squares estimates, found independently


def at_hat(expr):
    return expr.subs({b0: B0, b1: B1}, simultaneous=True)


d0 = sum(2 * (yi - b0 - b1 * xi) * (-1) for xi, yi in zip(x, y))
d1 = sum(2 * (yi - b0 - b1 * xi) * (-xi) for xi, yi in zip(x, y))
num = sum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
den = sum((xi - xbar) ** 2 for xi in x)

CLAIMS = [
    # theorem
    Claim(12, "valid", B1, num / den),
    Claim(14, "valid", B0, ybar - B1 * xbar),
    # J = sum e_i^2 = sum (y_i - beta0 - beta1 x_i)^2 (J and e_i are definitions)
    Claim(25, "valid", sum((yi - b0 - b1 * xi) ** 2 for xi, yi in zip(x, y)),
          sum((yi - b0 - b1 * xi) ** 2 for xi, yi in zip(x, y))),
    # dJ/dbeta0 = 0 and its consequences
    Claim(36, "valid", diff(J, b0), d0),
    Claim(36, "valid", at_hat(d0), 0, k=2),
    Claim(37, "valid", Sy - n * B0 - B1 * Sx, 0),
    Claim(38, "valid", Sy - n * B0 - B1 * Sx, 0),
    Claim(39, "valid", Rational(1, n) * Sy - B0 - B1 * Rational(1, n) * Sx, 0),
    Claim(43, "valid", B0, ybar - B1 * xbar),
    # dJ/dbeta1 = 0 and its consequences
    Claim(49, "valid", diff(J, b1), d1),
    Claim(49, "valid", at_hat(d1), 0, k=2),
    Claim(50, "valid", Sxy - B0 * Sx - B1 * Sxx, 0),
    Claim(54, "valid", Sxy - (ybar - B1 * xbar) * n * xbar - B1 * Sxx, 0),
    Claim(55, "valid", (Sxx - n * xbar**2) * B1, Sxy - n * xbar * ybar),
    Claim(59, "valid", B1, (Sxy - n * xbar * ybar) / (Sxx - n * xbar**2)),
    # numerator and denominator
    Claim(65, "valid", num,
          Sxy - sum(xbar * yi for yi in y) - sum(xi * ybar for xi in x) + n * xbar * ybar),
    Claim(66, "valid",
          Sxy - sum(xbar * yi for yi in y) - sum(xi * ybar for xi in x) + n * xbar * ybar,
          Sxy - n * xbar * ybar - n * xbar * ybar + n * xbar * ybar),
    Claim(67, "valid", Sxy - n * xbar * ybar - n * xbar * ybar + n * xbar * ybar,
          Sxy - n * xbar * ybar),
    Claim(69, "valid", den, Sxx - n * xbar**2),
]
