from sympy import Symbol, Rational, diff, solve

from labels import Claim

SOURCE = "https://github.com/StatProofBook/StatProofBook.github.io/blob/c4ff5bf2d2dcfcc13f7b86aab53b770c99b0161c/P/slr-ols.md"
TITLE = "Ordinary least squares for simple linear regression (Joram Soch, The Book of Statistical Proofs)"
TOPIC = "linear"

# Concrete size: n = 3 observations.
n = 3
x = [Symbol(f"x{i}", real=True) for i in range(1, n + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
b0, b1 = Symbol("beta0", real=True), Symbol("beta1", real=True)

Sx = sum(x)
Sy = sum(y)
Sxx = sum(xi**2 for xi in x)
Sxy = sum(x[i] * y[i] for i in range(n))
xbar = Sx / n
ybar = Sy / n

RSS = sum((y[i] - b0 - b1 * x[i])**2 for i in range(n))

# the least-squares estimates, found independently by solving dRSS = 0 with sympy
sol = solve([diff(RSS, b0), diff(RSS, b1)], [b0, b1], dict=True)[0]
B0, B1 = sol[b0], sol[b1]

s_xy = Rational(1, n - 1) * sum((x[i] - xbar) * (y[i] - ybar) for i in range(n))
s_x2 = Rational(1, n - 1) * sum((x[i] - xbar)**2 for i in range(n))

num_a = Sxy - ybar * Sx
den_a = Sxx - xbar * Sx

CLAIMS = [
    # theorem statement (the estimates are the minimisers B0, B1)
    Claim(14, "valid", B0, ybar - B1 * xbar),
    Claim(15, "valid", B1, s_xy / s_x2),
    # RSS: sum of eps_i^2 with eps_i = y_i - beta0 - beta1 x_i
    Claim(25, "valid", sum((y[i] - b0 - b1 * x[i])**2 for i in range(n)), RSS, k=2,
          note="substitutes the model's eps_i = y_i - beta_0 - beta_1 x_i"),
    # derivatives
    Claim(32, "valid", diff(RSS, b0), sum(2 * (y[i] - b0 - b1 * x[i]) * (-1) for i in range(n))),
    Claim(33, "valid", sum(2 * (y[i] - b0 - b1 * x[i]) * (-1) for i in range(n)),
          -2 * sum(y[i] - b0 - b1 * x[i] for i in range(n))),
    Claim(34, "valid", diff(RSS, b1), sum(2 * (y[i] - b0 - b1 * x[i]) * (-x[i]) for i in range(n))),
    Claim(35, "valid", sum(2 * (y[i] - b0 - b1 * x[i]) * (-x[i]) for i in range(n)),
          -2 * sum(x[i] * y[i] - b0 * x[i] - b1 * x[i]**2 for i in range(n))),
    # normal equations, at the estimates
    Claim(52, "valid", B1 * Sx + B0 * n, Sy),
    Claim(53, "valid", B1 * Sxx + B0 * Sx, Sxy),
    # intercept
    Claim(61, "valid", B0, Rational(1, n) * Sy - B1 * Rational(1, n) * Sx),
    Claim(62, "valid", Rational(1, n) * Sy - B1 * Rational(1, n) * Sx, ybar - B1 * xbar),
    # slope (each line an equation in the estimates)
    Claim(70, "valid", B1 * Sxx + B0 * Sx, Sxy),
    Claim(71, "valid", B1 * Sxx + (ybar - B1 * xbar) * Sx, Sxy),
    Claim(72, "valid", B1 * (Sxx - xbar * Sx), Sxy - ybar * Sx),
    Claim(73, "valid", B1, num_a / den_a),
    # numerator
    Claim(81, "valid", num_a, Sxy - n * xbar * ybar),
    Claim(82, "valid", Sxy - n * xbar * ybar, Sxy - n * xbar * ybar - n * xbar * ybar + n * xbar * ybar),
    Claim(83, "valid", Sxy - n * xbar * ybar - n * xbar * ybar + n * xbar * ybar,
          Sxy - ybar * Sx - xbar * Sy + sum(xbar * ybar for i in range(n))),
    Claim(84, "valid", Sxy - ybar * Sx - xbar * Sy + sum(xbar * ybar for i in range(n)),
          sum(x[i] * y[i] - x[i] * ybar - xbar * y[i] + xbar * ybar for i in range(n))),
    Claim(85, "valid", sum(x[i] * y[i] - x[i] * ybar - xbar * y[i] + xbar * ybar for i in range(n)),
          sum((x[i] - xbar) * (y[i] - ybar) for i in range(n))),
    # denominator
    Claim(93, "valid", den_a, Sxx - n * xbar**2),
    Claim(94, "valid", Sxx - n * xbar**2, Sxx - 2 * n * xbar * xbar + n * xbar**2),
    Claim(95, "invalid", Sxx - 2 * n * xbar * xbar + n * xbar**2,
          Sxx - 2 * xbar * Sx - sum(xbar**2 for i in range(n)),
          note="n x̄² = +Σ x̄², but the line writes −Σ x̄² (sign slip)"),
    Claim(96, "invalid", Sxx - 2 * xbar * Sx - sum(xbar**2 for i in range(n)),
          sum(x[i]**2 - 2 * xbar * x[i] + xbar**2 for i in range(n)),
          note="the previous line's −Σ x̄² becomes +x̄² inside the sum; the two differ by 2n x̄²"),
    Claim(97, "valid", sum(x[i]**2 - 2 * xbar * x[i] + xbar**2 for i in range(n)),
          sum((x[i] - xbar)**2 for i in range(n))),
    # final simplification
    Claim(105, "valid", B1, num_a / den_a),
    Claim(106, "valid", num_a / den_a,
          sum((x[i] - xbar) * (y[i] - ybar) for i in range(n)) / sum((x[i] - xbar)**2 for i in range(n))),
    Claim(107, "valid",
          sum((x[i] - xbar) * (y[i] - ybar) for i in range(n)) / sum((x[i] - xbar)**2 for i in range(n)),
          (Rational(1, n - 1) * sum((x[i] - xbar) * (y[i] - ybar) for i in range(n)))
          / (Rational(1, n - 1) * sum((x[i] - xbar)**2 for i in range(n)))),
    Claim(108, "valid",
          (Rational(1, n - 1) * sum((x[i] - xbar) * (y[i] - ybar) for i in range(n)))
          / (Rational(1, n - 1) * sum((x[i] - xbar)**2 for i in range(n))),
          s_xy / s_x2),
]
