from sympy import Symbol, symbols, exp, log, diff, sqrt, pi, solve, Mul, expand_log

from labels import Claim

SOURCE = ("https://github.com/daviddalpiaz/appliedstats/blob/"
          "529250f8a9d24100109c1542580be5fc2b214084/slr.Rmd")
TITLE = "Applied Statistics with R, Simple Linear Regression: least squares and MLE derivations"
TOPIC = "linear"

# n = 3 observations, one symbol per entry
n = 3
xs = symbols("x1:4", real=True)
ys = symbols("y1:4", real=True)
b0, b1 = symbols("beta0 beta1", real=True)
bh0, bh1 = symbols("betahat0 betahat1", real=True)  # generic fitted coefficients (for y-hat)
s2 = Symbol("sigma2", positive=True)  # sigma^2
POS = {s2: (0.2, 3.0)}

xbar = sum(xs) / n
ybar = sum(ys) / n
Sx, Sy = sum(xs), sum(ys)
Sxy_def = sum(xi * yi for xi, yi in zip(xs, ys)) - Sx * Sy / n
Sxx_def = sum(xi**2 for xi in xs) - Sx**2 / n
Syy_def = sum(yi**2 for yi in ys) - Sy**2 / n

# least-squares objective, written out explicitly
f = sum((yi - (b0 + b1 * xi))**2 for xi, yi in zip(xs, ys))
ls = solve([diff(f, b0), diff(f, b1)], [b0, b1], dict=True)[0]
B0, B1 = ls[b0], ls[b1]

# likelihood, written out explicitly as a product of normal densities
dens = [1 / sqrt(2 * pi * s2) * exp(-(yi - b0 - b1 * xi)**2 / (2 * s2)) for xi, yi in zip(xs, ys)]
L = Mul(*dens)
logL = log(L)
logL_x = expand_log(logL, force=True)  # same function, split into a sum so that solve() is quick
ml = solve([diff(logL_x, b0), diff(logL_x, b1)], [b0, b1], dict=True)[0]
M0, M1 = ml[b0], ml[b1]
sig2_ml = solve(diff(logL_x, s2).subs({b0: M0, b1: M1}), s2)[0]

res = sum((yi - b0 - b1 * xi)**2 for xi, yi in zip(xs, ys))
yhat = [bh0 + bh1 * xi for xi in xs]
e = [yi - yh for yi, yh in zip(ys, yhat)]
slope_formula = Sxy_def / Sxx_def  # (sum xy - sum x sum y / n) / (sum x^2 - (sum x)^2 / n)

CLAIMS = [
    # f(beta0, beta1) = ... is the definition; the second form is a claim
    Claim(47, "valid", sum((yi - (b0 + b1 * xi))**2 for xi, yi in zip(xs, ys)),
          sum((yi - b0 - b1 * xi)**2 for xi, yi in zip(xs, ys))),
    Claim(56, "valid", diff(f, b0), -2 * sum(yi - b0 - b1 * xi for xi, yi in zip(xs, ys))),
    Claim(57, "valid", diff(f, b1), -2 * sum(xi * (yi - b0 - b1 * xi) for xi, yi in zip(xs, ys))),
    # (lines 65-66 and 74-75 are the first-order conditions / normal equations: conditions)
    Claim(83, "valid", B1, slope_formula),  # "= S_xy/S_xx" names the two expressions
    Claim(84, "valid", B0, ybar - B1 * xbar),
    Claim(92, "valid", Sxy_def, sum((xi - xbar) * (yi - ybar) for xi, yi in zip(xs, ys))),
    Claim(93, "valid", Sxx_def, sum((xi - xbar)**2 for xi in xs)),
    Claim(94, "valid", Syy_def, sum((yi - ybar)**2 for yi in ys)),
    Claim(103, "valid", Sxy_def / Sxx_def,
          sum((xi - xbar) * (yi - ybar) for xi, yi in zip(xs, ys)) / sum((xi - xbar)**2 for xi in xs)),
    # s_e^2 chain (first line is the definition)
    Claim(141, "valid", sum((yi - (bh0 + bh1 * xi))**2 for xi, yi in zip(xs, ys)) / (n - 2),
          sum((yi - yh)**2 for yi, yh in zip(ys, yhat)) / (n - 2)),
    Claim(142, "valid", sum((yi - yh)**2 for yi, yh in zip(ys, yhat)) / (n - 2),
          sum(ei**2 for ei in e) / (n - 2)),
    # likelihood rearranged, log-likelihood, its partial derivatives
    Claim(205, "valid", L, (1 / sqrt(2 * pi * s2))**n * exp(-res / (2 * s2)), domain=POS),
    Claim(211, "valid", logL, -n / 2 * log(2 * pi) - n / 2 * log(s2) - res / (2 * s2), domain=POS),
    Claim(218, "valid", diff(logL, b0), sum(yi - b0 - b1 * xi for xi, yi in zip(xs, ys)) / s2, domain=POS),
    Claim(219, "valid", diff(logL, b1), sum(xi * (yi - b0 - b1 * xi) for xi, yi in zip(xs, ys)) / s2,
          domain=POS),
    Claim(220, "valid", diff(logL, s2), -n / (2 * s2) + res / (2 * s2**2), domain=POS),
    # (lines 228-230: the first-order conditions)
    Claim(238, "valid", M1, slope_formula),
    Claim(239, "valid", M0, ybar - M1 * xbar),
    Claim(240, "valid", sig2_ml, sum((yi - (M0 + M1 * xi))**2 for xi, yi in zip(xs, ys)) / n),
    # comparison block: the first "=" of each row restates an earlier definition / result
    Claim(248, "valid", sum((yi - yh)**2 for yi, yh in zip(ys, yhat)) / (n - 2),
          sum(ei**2 for ei in e) / (n - 2)),
    Claim(249, "valid", sum((yi - yh)**2 for yi, yh in zip(ys, yhat)) / n, sum(ei**2 for ei in e) / n),
]
