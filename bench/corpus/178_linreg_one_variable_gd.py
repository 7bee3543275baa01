from sympy import Symbol, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/vkbansal/vkbansal.me/blob/86486a628356d3ea85796f597c0e9e782a37668e/"
          "pages/blog/2016/machine-learning/linear-regression-with-one-variable/readme.md")
TITLE = "Linear Regression with One Variable (derivation of the gradient descent equations)"
TOPIC = "linear"

# m = 3 training examples
t0, t1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
X = [Symbol(f"x{i}", real=True) for i in (1, 2, 3)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
x = Symbol("x", real=True)
m = 3


def h(xi):
    return t0 + t1 * xi


def S(f):
    """(1/(2m)) * sum_i f(x_i, y_i)"""
    return Rational(1, 2 * m) * sum(f(xi, yi) for xi, yi in zip(X, Y))


J = S(lambda xi, yi: (h(xi) - yi) ** 2)
J_sub = S(lambda xi, yi: (t0 + t1 * xi - yi) ** 2)
J_exp = S(lambda xi, yi: t0**2 + t1**2 * xi**2 + yi**2 + 2 * t0 * t1 * xi - 2 * t0 * yi - 2 * t1 * xi * yi)


def M(f):
    """(1/m) * sum_i f(x_i, y_i)"""
    return Rational(1, m) * sum(f(xi, yi) for xi, yi in zip(X, Y))


CLAIMS = [
    # example hypothesis with theta0 = theta1 = 2
    Claim(44, "valid", h(x).subs({t0: 2, t1: 2}), 2 + 2 * x),
    # d/d theta0
    Claim(134, "valid", diff(J, t0), diff(J, t0)),
    Claim(135, "valid", diff(J, t0), diff(J_sub, t0)),
    Claim(136, "valid", diff(J_sub, t0), diff(J_exp, t0)),
    Claim(137, "valid", diff(J_exp, t0), S(lambda xi, yi: 2 * t0 + 2 * t1 * xi - 2 * yi)),
    Claim(138, "valid", S(lambda xi, yi: 2 * t0 + 2 * t1 * xi - 2 * yi), M(lambda xi, yi: t0 + t1 * xi - yi)),
    Claim(139, "valid", M(lambda xi, yi: t0 + t1 * xi - yi), M(lambda xi, yi: h(xi) - yi)),
    # d/d theta1
    Claim(140, "valid", diff(J, t1), diff(J, t1)),
    Claim(141, "valid", diff(J, t1), diff(J_sub, t1)),
    Claim(142, "valid", diff(J_sub, t1), diff(J_exp, t1)),
    Claim(143, "valid", diff(J_exp, t1), S(lambda xi, yi: 2 * t1 * xi**2 + 2 * t0 * xi - 2 * xi * yi)),
    Claim(144, "valid", S(lambda xi, yi: 2 * t1 * xi**2 + 2 * t0 * xi - 2 * xi * yi),
          M(lambda xi, yi: (t0 + t1 * xi - yi) * xi)),
    Claim(145, "valid", M(lambda xi, yi: (t0 + t1 * xi - yi) * xi), M(lambda xi, yi: (h(xi) - yi) * xi)),
]
