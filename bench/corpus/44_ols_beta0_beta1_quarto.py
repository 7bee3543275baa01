from sympy import Rational, symbols, Symbol

from labels import Claim

SOURCE = "https://github.com/deanmarchiori/regression_course/blob/HEAD/chapters/ols.qmd"
TITLE = "Mathematical derivation of OLS for beta_0 and beta_1"
TOPIC = "linear"

N = 3
b0, b1 = symbols("beta0 beta1", real=True)
beta2 = Symbol("beta2", real=True)  # what beta_i means for i = 2
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
xb, yb = sum(x) / N, sum(y) / N
Sxy = sum(xi * yi for xi, yi in zip(x, y))
Sxx = sum(xi**2 for xi in x)
b1_s = (Sxy - N * xb * yb) / (Sxx - N * xb**2)
b0_s = yb - b1_s * xb
opt = {b0: b0_s, b1: b1_s}
r = [yi - b0 - b1 * xi for xi, yi in zip(x, y)]  # epsilon_i from the model y_i = b0 + x_i b1 + eps_i

CLAIMS = [
    Claim(21, "invalid", r[1], y[1] - (b0 + x[1] * beta2),
          note="yhat_i was written b0 + x_i beta_i (index i, not 1), so y_i - yhat_i is not the model residual for i != 1"),
    Claim(24, "valid", r[0], y[0] - b0 - b1 * x[0]),
    Claim(30, "valid", sum(ri**2 for ri in r), sum((yi - b0 - b1 * xi)**2 for xi, yi in zip(x, y))),
    Claim(46, "valid", (-2 * sum(r)).subs(opt), 0, note="at the least-squares solution"),
    Claim(50, "valid", (-2 * x[0] * sum(r)).subs(opt), 0,
          note="x_i sits outside the sum (the derivative would be -2 sum x_i(...)), but the equation still holds at the minimiser since sum of residuals is 0"),
    Claim(56, "valid", (sum(y) - N * b0 - sum(b1 * xi for xi in x)).subs(opt), 0),
    Claim(62, "invalid", (N * yb - N * b0 - N * beta2 * xb).subs(opt), 0,
          note="beta_i written for beta_1 (wrong index)"),
    Claim(68, "valid", b0_s, (yb - b1 * xb).subs(opt)),
    Claim(74, "ambiguous", (Sxy - b0 * x[0] - b1 * x[0]**2).subs(opt), 0,
          alt=(sum(yi * xi - b0 * xi - b1 * xi**2 for xi, yi in zip(x, y)).subs(opt), 0),
          note="as written the sum covers only y_i x_i; it holds if the sum spans all three terms"),
    Claim(80, "valid", (Sxy - yb * sum(x) + b1 * xb * sum(x) - b1 * Sxx).subs(opt), 0),
    Claim(86, "valid", b1_s, (Sxy - N * xb * yb) / (Sxx - N * xb**2)),
    Claim(93, "invalid", b1_s * sum(xi - xb for xi in x), sum((xi - xb) * (yi - yb) for xi, yi in zip(x, y)),
          note="denominator sum (x_i - xbar) is identically 0 (square missing); checked cross-multiplied: beta_1 * 0 != Sxy"),
]
