from sympy import Symbol, diff, Matrix, Rational, Add
from labels import Claim

SOURCE = ("https://github.com/tsansom/tsansom.github.io/blob/b562960611564a17b302ee1cfaf932f318d94de2/"
          "_posts/2017-10-18-deriving-simple-linear-regression-coefficients.markdown")
TITLE = "Deriving the simple linear regression coefficients by least squares (Taylor Sansom)"
TOPIC = "linear"

# n = 3 observations
n = 3
xs = [Symbol(f"x{i}", real=True) for i in (1, 2, 3)]
ys = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
b0 = Symbol("b0", real=True)     # beta_0-hat as a free variable (derivative identities)
b1 = Symbol("b1", real=True)     # beta_1-hat as a free variable
xf = Symbol("xf", real=True)     # an x_i whose index is left free (unsummed) by a reading of line 91


def S(f):
    return Add(*[f(xi, yi) for xi, yi in zip(xs, ys)])


xbar = S(lambda xi, yi: xi) * Rational(1, n)
ybar = S(lambda xi, yi: yi) * Rational(1, n)
RSS = S(lambda xi, yi: (yi - b0 - b1 * xi)**2)

# least-squares optimum, computed independently from the normal equations (X^T X) beta = X^T y
X = Matrix([[1, xi] for xi in xs])
Y = Matrix(ys)
beta = (X.T * X).inv() * X.T * Y
B0, B1 = beta[0], beta[1]        # the least-squares estimates beta_0-hat, beta_1-hat
OPT = {b0: B0, b1: B1}

num_ok = S(lambda xi, yi: xi * yi - xi * ybar)           # sum (x_i y_i - x_i ybar)
den_ok = S(lambda xi, yi: xi**2 - xi * xbar)             # sum (x_i^2 - x_i xbar)
num_lit = S(lambda xi, yi: xi * yi) - xf * ybar          # sum x_i y_i  -  x_i ybar  (i left free)

CLAIMS = [
    Claim(44, "invalid", RSS,
          (ys[0] - b0 - b1 * xs[0])**2 + (ys[1] - b0 - b1 * xs[0])**2 + (ys[2] - b0 - b1 * xs[2])**2,
          note="second term uses x_1 instead of x_2"),
    Claim(55, "valid", diff(RSS, b0).subs(OPT), 0,
          note="first-order condition holds at the least-squares estimates"),
    Claim(56, "valid", diff(RSS, b1).subs(OPT), 0,
          note="first-order condition holds at the least-squares estimates"),
    Claim(60, "invalid", diff(RSS, b0), S(lambda xi, yi: 2 * (yi - b0 - b1 * xi)),
          note="sign error: the inner derivative of (y_i - b0 - b1 x_i) w.r.t. b0 is -1, so it is -2 sum(...)"),
    Claim(61, "invalid", S(lambda xi, yi: 2 * (yi - b0 - b1 * xi)),
          2 * (n * b0 + b1 * S(lambda xi, yi: xi) - S(lambda xi, yi: yi)),
          note="the right side is the negative of the left side (the right side is the correct derivative)"),
    Claim(62, "valid", (2 * (n * b0 + b1 * S(lambda xi, yi: xi) - S(lambda xi, yi: yi))).subs(OPT), 0,
          note="normal equation for b0, true at the least-squares estimates"),
    Claim(68, "valid", B0, ybar - B1 * xbar,
          note="the b0 normal equation divided by 2n"),
    Claim(73, "valid", diff(RSS, b1), S(lambda xi, yi: -2 * xi * (yi - b0 - b1 * xi)),
          note="chain rule, inner derivative -x_i"),
    Claim(74, "valid", S(lambda xi, yi: -2 * xi * (yi - b0 - b1 * xi)),
          S(lambda xi, yi: -2 * (xi * yi - b0 * xi - b1 * xi**2)), note="expand x_i into the bracket"),
    Claim(75, "valid", S(lambda xi, yi: -2 * (xi * yi - b0 * xi - b1 * xi**2)).subs(OPT), 0,
          note="normal equation for b1, true at the least-squares estimates"),
    Claim(81, "invalid", S(lambda xi, yi: xi * yi - xi * ybar - B1 * xi * xbar - B1 * xi**2), 0,
          note="substituting b0 = ybar - b1 xbar gives +b1 x_i xbar, not -b1 x_i xbar; as written the sum "
               "is -2 n b1 xbar^2 at the optimum, not 0"),
    Claim(86, "valid", num_ok - B1 * den_ok, 0,
          note="correct normal equation for b1 after substituting b0 (sign silently fixed)"),
    Claim(91, "ambiguous", B1, num_lit / den_ok, alt=(B1, num_ok / den_ok),
          note="unbalanced parenthesis: with the sum over the whole numerator sum(x_i y_i - x_i ybar) it is the "
               "least-squares slope; with the sum only on x_i y_i the term x_i ybar has a free index and it fails"),
    Claim(92, "ambiguous", num_lit / den_ok,
          (S(lambda xi, yi: xi * yi) - n * xbar * ybar) / (S(lambda xi, yi: xi**2) - n * xbar**2),
          alt=(num_ok / den_ok,
               (S(lambda xi, yi: xi * yi) - n * xbar * ybar) / (S(lambda xi, yi: xi**2) - n * xbar**2)),
          note="holds when the left numerator is read as sum(x_i y_i - x_i ybar), since sum x_i ybar = n xbar ybar"),
    Claim(97, "valid", S(lambda xi, yi: xbar**2 - xi * xbar), 0, note="sum x_i = n xbar"),
    Claim(98, "valid", S(lambda xi, yi: xbar * ybar - yi * xbar), 0, note="sum y_i = n ybar"),
    Claim(103, "valid", B1,
          (num_ok + S(lambda xi, yi: xbar * ybar - yi * xbar)) / (den_ok + S(lambda xi, yi: xbar**2 - xi * xbar)),
          note="adds two zero sums to numerator and denominator"),
    Claim(111, "valid", B1,
          S(lambda xi, yi: (xi - xbar) * (yi - ybar)) / S(lambda xi, yi: (xi - xbar)**2),
          note="numerator and denominator factor into centred products"),
    Claim(116, "valid", B0, ybar - B1 * xbar, note="intercept estimate from the b0 normal equation"),
]
