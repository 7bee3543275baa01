from sympy import Symbol, diff

from labels import Claim

SOURCE = "https://github.com/python-itb/regression-from-scratch/blob/60c4c8216913df3332ea782cf17e0ad1c9246c53/notebooks/Closed%20Form%20Solution.ipynb"
TITLE = "Closed Form Solution (simple linear regression by setting the RSS derivatives to zero)"
TOPIC = "linear"

# Sums written at m = 3 samples; the document's bare x, y inside a sum mean x_i, y_i.
n = 3
xs = [Symbol(f"x{i}", real=True) for i in range(1, n + 1)]
ys = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
b0 = Symbol("b0", real=True)
b1 = Symbol("b1", real=True)
xbare = Symbol("x", real=True)  # a bare, unindexed x as literally written outside a sum
ybare = Symbol("y", real=True)  # a bare, unindexed y as literally written outside a sum

Sx = sum(xs)
Sy = sum(ys)
Sxx = sum(x**2 for x in xs)
Sxy = sum(x * y for x, y in zip(xs, ys))
xbar = Sx / n
ybar = Sy / n

C = sum((y - (b0 + b1 * x))**2 for x, y in zip(xs, ys))  # the RSS, called C


def with_b0(expr_fn, b0val):
    return expr_fn(b0val)


# Conditions the chains start from ("0 = ..."):
b0_star = (Sy - b1 * Sx) / n             # solves dC/db0 = 0 for b0 (b1 free)
b1_star = (Sxy - b0 * Sx) / Sxx          # solves dC/db1 = 0 for b1 (b0 free)
b1_hat = (n * Sxy - Sx * Sy) / (n * Sxx - Sx**2)  # both conditions together
b0_hat = ybar - b1_hat * xbar

g0 = -2 * sum(y - b0_star - b1 * x for x, y in zip(xs, ys))        # = 0 under condition 1
g1_alt = -2 * sum((y - b0 - b1_star * x) * x for x, y in zip(xs, ys))  # = 0 under condition 2

CLAIMS = [
    # the two partial derivatives of the RSS
    Claim(32, "valid", diff(C, b0), -2 * sum(y - b0 - b1 * x for x, y in zip(xs, ys))),
    Claim(33, "valid", -2 * sum(y - b0 - b1 * x for x, y in zip(xs, ys)),
          -2 * sum(y - (b0 + b1 * x) for x, y in zip(xs, ys))),
    Claim(37, "valid", diff(C, b1), -2 * sum((y - b0 - b1 * x) * x for x, y in zip(xs, ys))),
    Claim(38, "valid", -2 * sum((y - b0 - b1 * x) * x for x, y in zip(xs, ys)),
          -2 * sum((y - (b0 + b1 * x)) * x for x, y in zip(xs, ys))),
    # first condition (b0 at its stationary value, b1 free)
    Claim(45, "ambiguous", g0, Sy - n * b0_star - n * b1 * xbare,
          alt=(g0, Sy - n * b0_star - b1 * Sx),
          note="sum(b_1)x read literally is n*b_1*x; holds (both sides 0 under the condition) only as b_1*sum(x)"),
    Claim(46, "invalid", b0_star, ybare / n - b1 * Sx / n,
          note="typo: y/n should be sum(y)/n"),
    Claim(47, "invalid", ybare / n - b1 * Sx / n, ybar - b1 * xbar,
          note="y/n (bare y) is not ybar = sum(y)/n; same typo carried into the link"),
    # second condition (b1 at its stationary value, b0 free)
    Claim(54, "ambiguous", -2 * Sy - b0 - b1_star * xbare * xbare,
          Sxy - b0 * Sx - b1_star * Sxx,
          alt=(g1_alt, Sxy - b0 * Sx - b1_star * Sxx),
          note="'-2 sum y-b_0-b_1xx' literally lacks the brackets; holds only as -2 sum (y-b_0-b_1x)x = 0"),
    Claim(55, "valid", b1_star * Sxx, Sxy - b0 * Sx),
    # both conditions: b0 = ybar - b1 xbar substituted
    Claim(61, "valid", b1_hat * Sxx, Sxy - (ybar - b1_hat * xbar) * Sx),
    Claim(62, "valid", Sxy - (ybar - b1 * xbar) * Sx, Sxy - (Sy / n - b1 * Sx / n) * Sx),
    Claim(63, "valid", Sxy - (Sy / n - b1 * Sx / n) * Sx, Sxy - Sy * Sx / n + b1 * Sx * Sx / n),
    Claim(64, "valid", b1_hat * (Sxx - Sx * Sx / n), Sxy - Sy * Sx / n),
    Claim(65, "valid", b1_hat, (Sxy - Sx * Sy / n) / (Sxx - Sx * Sx / n)),
]
