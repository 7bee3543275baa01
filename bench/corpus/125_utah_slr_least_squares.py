from sympy import Symbol, Rational, Integer, diff, solve

from labels import Claim

SOURCE = "https://github.com/datascience-course/2018-datascience-lectures/blob/0b1bf82ec4f752a72d22751e628b371380dbe02f/10-LinearRegression1/SLR.tex"
TITLE = "Notes on simple linear regression: least-squares coefficients (COMP 5360 / MATH 4100, Utah)"
TOPIC = "linear"

# n = 3 samples
n = 3
x = [Symbol(f"x{i}", real=True) for i in range(1, n + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
b0, b1 = Symbol("beta0", real=True), Symbol("beta1", real=True)
# an arbitrary evaluation point for the derivative identities
p0, p1 = Symbol("p0", real=True), Symbol("p1", real=True)

N = Integer(n)
xbar = sum(x) / N
ybar = sum(y) / N
Sx, Sy = sum(x), sum(y)
Sxx = sum(xi ** 2 for xi in x)
Sxy = sum(xi * yi for xi, yi in zip(x, y))

e = [yi - b0 - b1 * xi for xi, yi in zip(x, y)]
J = sum(ei ** 2 for ei in e)

# the actual least-squares minimiser, found independently from the stationarity conditions
sol = solve([diff(J, b0), diff(J, b1)], [b0, b1], dict=True)[0]
B0, B1 = sol[b0], sol[b1]  # hat beta_0, hat beta_1
at_hat = {b0: B0, b1: B1}
at_p = {b0: p0, b1: p1}

CLAIMS = [
    # Theorem
    Claim(28, "valid", B1,
          sum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / sum((xi - xbar) ** 2 for xi in x),
          note="the least-squares slope is S_xy / S_xx of the centred data"),
    Claim(30, "valid", B0, ybar - B1 * xbar,
          note="the least-squares intercept makes the line pass through (xbar, ybar)"),
    # J = sum e_i^2 (definition) = sum (y_i - b0 - b1 x_i)^2
    Claim(43, "valid", sum(ei ** 2 for ei in e), sum((yi - b0 - b1 * xi) ** 2 for xi, yi in zip(x, y)),
          note="substituting the definition of e_i; the first '=' defines J"),
    # d/d beta_0 at a point
    Claim(60, "valid", diff(J, b0).subs(at_p), sum(2 * (yi - p0 - p1 * xi) * (-1) for xi, yi in zip(x, y)),
          note="chain rule: d/d beta_0 of (y_i - beta_0 - beta_1 x_i)^2 is 2(...)(-1), at any point"),
    Claim(60, "valid", sum(2 * (yi - B0 - B1 * xi) * (-1) for xi, yi in zip(x, y)), Integer(0), k=2,
          note="at the minimiser (hat beta_0, hat beta_1) the partial derivative vanishes"),
    Claim(61, "valid", Sy - N * B0 - sum(B1 * xi for xi in x), Integer(0),
          note="dividing the vanishing derivative by -2; sum of hat beta_0 over n terms"),
    Claim(62, "valid", Sy - N * B0 - B1 * Sx, Integer(0),
          note="sum of the constant hat beta_0 is n hat beta_0; hat beta_1 factors out"),
    Claim(63, "valid", Sy / N - B0 - B1 * Sx / N, Integer(0),
          note="dividing the previous line by n"),
    Claim(67, "valid", B0, ybar - B1 * xbar,
          note="rearranging with the sample means"),
    # d/d beta_1 at a point
    Claim(74, "valid", diff(J, b1).subs(at_p), sum(2 * (yi - p0 - p1 * xi) * (-xi) for xi, yi in zip(x, y)),
          note="chain rule: d/d beta_1 of (y_i - beta_0 - beta_1 x_i)^2 is 2(...)(-x_i), at any point"),
    Claim(74, "valid", sum(2 * (yi - B0 - B1 * xi) * (-xi) for xi, yi in zip(x, y)), Integer(0), k=2,
          note="at the minimiser the partial derivative in beta_1 vanishes"),
    Claim(75, "valid", Sxy - B0 * Sx - B1 * Sxx, Integer(0),
          note="dividing the vanishing derivative by -2 and splitting the sum"),
    Claim(79, "valid", Sxy - (ybar - B1 * xbar) * N * xbar - B1 * Sxx, Integer(0),
          note="substituting hat beta_0 = ybar - hat beta_1 xbar and sum x_i = n xbar"),
    Claim(80, "valid", (Sxx - N * xbar ** 2) * B1, Sxy - N * xbar * ybar,
          note="collecting the hat beta_1 terms of the previous line"),
    Claim(84, "valid", B1, (Sxy - N * xbar * ybar) / (Sxx - N * xbar ** 2),
          note="dividing by sum x_i^2 - n xbar^2"),
    # numerator manipulation
    Claim(90, "valid", sum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)),
          Sxy - sum(xbar * yi for yi in y) - sum(xi * ybar for xi in x) + sum(xbar * ybar for _ in x),
          note="expanding the product term by term"),
    Claim(91, "valid",
          Sxy - sum(xbar * yi for yi in y) - sum(xi * ybar for xi in x) + sum(xbar * ybar for _ in x),
          Sxy - N * xbar * ybar - N * xbar * ybar + N * xbar * ybar,
          note="sum y_i = n ybar, sum x_i = n xbar, and n copies of xbar ybar"),
    Claim(92, "valid", Sxy - N * xbar * ybar - N * xbar * ybar + N * xbar * ybar, Sxy - N * xbar * ybar,
          note="two of the three n xbar ybar terms cancel"),
    Claim(95, "valid", sum((xi - xbar) ** 2 for xi in x), Sxx - N * xbar ** 2,
          note="the same expansion with y_i replaced by x_i"),
]
