"""Labels for 236_lasso_coordinate_descent.md (coordinate descent for the Lasso, soft thresholding).

Sizes: m = 3 observations, features j = 0, 1, 2 (n = 2); the coordinate being updated is j = 1.
Subdifferential claims are checked where they are ordinary derivatives (theta_1 != 0, which the
random points never hit exactly).  The solution claims (lines 97-99) use free symbols rho, z, lam
with the stated range of rho enforced through `domain`; their left side is the exact minimiser of
the one-dimensional problem z/2 theta^2 - rho theta + lam |theta|.
"""
from sympy import Abs, Max, Piecewise, Rational, Symbol, sign, symbols

from labels import Claim

SOURCE = ("https://github.com/xavierbourretsicotte/xavierbourretsicotte.github.io/blob/"
          "d3b84de4e160b36a3067db17af47a733d5c12045/downloads/notebooks/"
          "Lasso_regression_coordinate_descent.ipynb")
TITLE = "Derivation of coordinate descent for Lasso regression (Xavier Bourret Sicotte)"
TOPIC = "regularisation"

m, p = 3, 3   # observations; features j = 0..n with n = 2
x = [[Symbol(f"x{i}_{j}", real=True) for j in range(p)] for i in range(m)]
y = [Symbol(f"y{i}", real=True) for i in range(m)]
th = [Symbol(f"theta{j}", real=True) for j in range(p)]
lam = Symbol("lambda", positive=True)
J = 1         # the coordinate theta_j being optimised
POS = {lam: (0.1, 2.0)}

pred = [sum(th[j] * x[i][j] for j in range(p)) for i in range(m)]
rss_ols = Rational(1, 2) * sum((y[i] - pred[i]) ** 2 for i in range(m))
l1 = lam * sum(Abs(t) for t in th)
rss_lasso = rss_ols + l1

rest = [sum(th[k] * x[i][k] for k in range(p) if k != J) for i in range(m)]
rho_j = sum(x[i][J] * (y[i] - rest[i]) for i in range(m))
z_j = sum(x[i][J] ** 2 for i in range(m))
tj = th[J]
sub_l1 = Piecewise((-lam, tj < 0), (lam, tj > 0))   # the {-lambda} / {lambda} branches

# one-dimensional problem in the solution step
rho = Symbol("rho", real=True)
zz = Symbol("z", positive=True)
lm = Symbol("lam", positive=True)
argmin = sign(rho) * Max(Abs(rho) - lm, 0) / zz    # exact minimiser of z/2 t^2 - rho t + lam |t|

CLAIMS = [
    # Lasso cost function
    Claim(15, "valid", rss_ols + l1,
          Rational(1, 2) * sum((y[i] - pred[i]) ** 2 for i in range(m)) + lam * sum(Abs(t) for t in th),
          domain=POS),
    # Focus on the OLS term
    Claim(21, "valid", rss_ols.diff(tj), -sum(x[i][J] * (y[i] - pred[i]) for i in range(m)),
          note="the inner sum reuses the index j; read as the full prediction sum over all features"),
    Claim(23, "valid", -sum(x[i][J] * (y[i] - pred[i]) for i in range(m)),
          -sum(x[i][J] * (y[i] - rest[i] - tj * x[i][J]) for i in range(m))),
    Claim(25, "valid", -sum(x[i][J] * (y[i] - rest[i] - tj * x[i][J]) for i in range(m)),
          -sum(x[i][J] * (y[i] - rest[i]) for i in range(m)) + tj * sum(x[i][J] ** 2 for i in range(m))),
    # Focus on the L1 term
    Claim(42, "valid", lam * sum(Abs(t) for t in th),
          lam * Abs(tj) + lam * sum(Abs(th[k]) for k in range(p) if k != J), domain=POS),
    Claim(49, "valid", (lam * sum(Abs(t) for t in th)).diff(tj), (lam * Abs(tj)).diff(tj), domain=POS),
    Claim(50, "valid", (lam * Abs(tj)).diff(tj), sub_l1, domain=POS),
    # Putting it together
    Claim(66, "valid", (rss_ols + l1).diff(tj), rss_ols.diff(tj) + l1.diff(tj), domain=POS,
          note="Moreau-Rockafellar instanced with f = RSS^OLS, g = lambda||theta||_1"),
    Claim(72, "valid", rss_lasso.diff(tj), rss_ols.diff(tj) + l1.diff(tj), domain=POS),
    Claim(74, "valid", rss_lasso.diff(tj), -rho_j + tj * z_j + lam * sign(tj), domain=POS,
          note="the 0 on the left marks the stationarity condition; the right side equals the subdifferential"),
    Claim(76, "valid", rss_lasso.diff(tj),
          Piecewise((-rho_j + tj * z_j - lam, tj < 0), (-rho_j + tj * z_j + lam, tj > 0)), domain=POS,
          note="the 0 on the left marks the stationarity condition; checked on the theta_j != 0 branches"),
    # Solving for theta_j
    Claim(97, "invalid", argmin, (rho - lm) / zz,
          domain={lm: (1.0, 2.0), rho: (-4.0, 0.9), zz: (0.5, 3.0)},
          note="for rho_j < -lambda the minimiser is (rho_j + lambda)/z_j, and it is 0 for |rho_j| <= lambda"),
    Claim(98, "valid", argmin, 0 * rho, domain={lm: (1.0, 2.0), rho: (-0.99, 0.99), zz: (0.5, 3.0)}),
    Claim(99, "valid", argmin, (rho - lm) / zz, domain={lm: (0.1, 1.0), rho: (1.01, 4.0), zz: (0.5, 3.0)}),
    # Background: Moreau-Rockafellar again
    Claim(155, "valid", (rss_ols + l1).diff(tj), rss_ols.diff(tj) + l1.diff(tj), domain=POS,
          note="Moreau-Rockafellar instanced with f = RSS^OLS, g = lambda||theta||_1"),
]
