from sympy import Symbol, symbols, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/ripberjt/qrmtextbook/blob/2969abc260897cbf9ade59578fedf1a4af0aa663/"
          "qrm_bookdown_v4/08-derivatives.Rmd")
TITLE = "Linear Estimation and Minimizing Error (Deriving OLS Estimators)"
TOPIC = "linear"

x = Symbol("x", real=True)
z = Symbol("z", real=True)
n_ = Symbol("n", positive=True)
c = Symbol("c", real=True)
a0, a1, a2, b0, b1, b2 = symbols("a0 a1 a2 b0 b1 b2", real=True)
# concrete stand-ins for the generic functions u(x), v(x), N(x), D(x) of the rule boxes
u = a0 + a1 * x + a2 * x**2
v = b0 + b1 * x + b2 * x**2
D = 2 + b1**2 + x**2  # kept away from zero

# OLS with n = 3 observations
X = symbols("X1:4", real=True)
Y = symbols("Y1:4", real=True)
a, b = symbols("alpha_hat beta_hat", real=True)
n = 3
S = sum((Y[i] - a - b * X[i])**2 for i in range(n))
sX = sum(X)
sY = sum(Y)
sXY = sum(X[i] * Y[i] for i in range(n))
sXX = sum(X[i]**2 for i in range(n))
Xbar = sX / n
Ybar = sY / n
Yhat = [a + b * X[i] for i in range(n)]
eps = [Y[i] - Yhat[i] for i in range(n)]

f_crit = x**2 - 4 * x + 5
f_xz = x**3 + 4 * x * z - 5 * z**2
xp = {x: (0.1, 3)}

CLAIMS = [
    # rule boxes and worked examples
    Claim(19, "valid", diff(x**n_, x), n_ * x**(n_ - 1), domain={x: (0.1, 3), n_: (0.5, 4)}),
    Claim(25, "valid", diff(x**6, x), 6 * x**(6 - 1)),
    Claim(26, "valid", 6 * x**(6 - 1), 6 * x**5),
    Claim(29, "valid", diff(x**2, x), 2 * x),
    Claim(34, "valid", diff(c + 0 * x, x), 0),
    Claim(39, "valid", diff(346 + 0 * x, x), 0),
    Claim(40, "invalid", 0 * x, 10 * x,
          note="the constant rule gives f'(x)=0; the extra line 0 = 10x is false (copied from Rule 3)"),
    Claim(46, "valid", diff(c * u, x), c * diff(u, x)),
    Claim(51, "valid", diff(5 * x**2, x), 5 * 2 * x**(2 - 1)),
    Claim(52, "valid", 5 * 2 * x**(2 - 1), 10 * x),
    Claim(58, "valid", diff(u + v, x), diff(u, x) + diff(v, x)),
    Claim(63, "valid", diff(4 * x**2 + 32 * x, x), diff(4 * x**2, x) + diff(32 * x, x)),
    Claim(64, "valid", diff(4 * x**2, x) + diff(32 * x, x), 4 * 2 * x**(2 - 1) + 32),
    Claim(65, "valid", 4 * 2 * x**(2 - 1) + 32, 8 * x + 32),
    Claim(71, "valid", diff(u * v, x), diff(u, x) * v + u * diff(v, x)),
    Claim(76, "valid", diff(x**3 * (x - 5), x), diff(x**3, x) * (x - 5) + x**3 * diff(x - 5, x)),
    Claim(77, "valid", diff(x**3, x) * (x - 5) + x**3 * diff(x - 5, x), 3 * x**2 * (x - 5) + x**3 * 1),
    Claim(78, "valid", 3 * x**2 * (x - 5) + x**3 * 1, 3 * x**3 - 15 * x**2 + x**3),
    Claim(79, "valid", 3 * x**3 - 15 * x**2 + x**3, 4 * x**3 - 15 * x**2),
    Claim(82, "valid", diff(x**2 - 6 * x + 5, x), 2 * x - 6),
    Claim(88, "valid", diff(u / D, x), (D * diff(u, x) - diff(D, x) * u) / D**2),
    Claim(93, "valid", diff(x / (x**2 + 5), x),
          ((x**2 + 5) * diff(x, x) - diff(x**2 + 5, x) * x) / (x**2 + 5)**2),
    Claim(94, "valid", ((x**2 + 5) * diff(x, x) - diff(x**2 + 5, x) * x) / (x**2 + 5)**2,
          ((x**2 + 5) - (2 * x) * x) / (x**2 + 5)**2),
    Claim(95, "valid", ((x**2 + 5) - (2 * x) * x) / (x**2 + 5)**2, (-x**2 + 5) / (x**2 + 5)**2),
    Claim(101, "valid", diff(u**n_, x), n_ * u**(n_ - 1) * diff(u, x),
          domain={n_: (0.5, 4), a0: (0.5, 2), a1: (0.1, 2), a2: (0.1, 2), x: (0.1, 2)}),
    Claim(106, "valid", diff((7 * x**2 - 2 * x + 13)**5, x),
          5 * (7 * x**2 - 2 * x + 13)**4 * diff(7 * x**2 - 2 * x + 13, x)),
    Claim(107, "valid", 5 * (7 * x**2 - 2 * x + 13)**4 * diff(7 * x**2 - 2 * x + 13, x),
          5 * (7 * x**2 - 2 * x + 13)**4 * (14 * x - 2)),
    # critical points
    Claim(120, "valid", diff(f_crit, x), 2 * x - 4),
    Claim(129, "valid", f_crit.subs(x, 2), 2**2 - 4 * 2 + 5 + 0 * x),
    Claim(129, "valid", 2**2 - 4 * 2 + 5 + 0 * x, 1 + 0 * x, k=2),
    # partial derivation
    Claim(146, "valid", diff(f_xz, x), diff(f_xz, x)),
    Claim(147, "valid", diff(f_xz, x), 3 * x**2 + 4 * z),
    Claim(153, "valid", diff(f_xz, z), diff(f_xz, z)),
    Claim(154, "valid", diff(f_xz, z), 4 * x - 10 * z),
    # residual sum of squares (n = 3)
    Claim(162, "valid", sum(e**2 for e in eps), sum((Y[i] - Yhat[i])**2 for i in range(n))),
    Claim(162, "valid", sum((Y[i] - Yhat[i])**2 for i in range(n)), S, k=2),
    # derivative in alpha_hat
    Claim(172, "valid", diff(S, a),
          sum(2 * (Y[i] - a - b * X[i])**(2 - 1) * diff(Y[i] - a - b * X[i], a) for i in range(n))),
    Claim(174, "valid",
          sum(2 * (Y[i] - a - b * X[i])**(2 - 1) * diff(Y[i] - a - b * X[i], a) for i in range(n)),
          sum(2 * (Y[i] - a - b * X[i]) * (-1) for i in range(n))),
    Claim(175, "valid", sum(2 * (Y[i] - a - b * X[i]) * (-1) for i in range(n)),
          -2 * sum(Y[i] - a - b * X[i] for i in range(n))),
    Claim(176, "valid", -2 * sum(Y[i] - a - b * X[i] for i in range(n)),
          -2 * sY + 2 * n * a + 2 * b * sX),
    Claim(195, "valid", sY / n - b * sX / n, Ybar - b * Xbar),
    # derivative in beta_hat
    Claim(209, "valid", diff(S, b),
          sum(2 * (Y[i] - a - b * X[i])**(2 - 1) * diff(Y[i] - a - b * X[i], b) for i in range(n))),
    Claim(211, "valid",
          sum(2 * (Y[i] - a - b * X[i])**(2 - 1) * diff(Y[i] - a - b * X[i], b) for i in range(n)),
          sum(2 * (Y[i] - a - b * X[i]) * (-X[i]) for i in range(n))),
    Claim(212, "valid", sum(2 * (Y[i] - a - b * X[i]) * (-X[i]) for i in range(n)),
          2 * sum(-X[i] * Y[i] + a * X[i] + b * X[i]**2 for i in range(n))),
    Claim(213, "valid", 2 * sum(-X[i] * Y[i] + a * X[i] + b * X[i]**2 for i in range(n)),
          -2 * sXY + 2 * a * sX + 2 * b * sXX),
    # substitution alpha_hat = Ybar - beta_hat Xbar, stated in the text just before
    Claim(220, "valid", diff(S, b).subs(a, Ybar - b * Xbar),
          -2 * sXY + 2 * (Ybar - b * Xbar) * sX + 2 * b * sXX),
    Claim(222, "valid", -2 * sXY + 2 * (Ybar - b * Xbar) * sX + 2 * b * sXX,
          -2 * sXY + 2 * Ybar * sX - 2 * b * Xbar * sX + 2 * b * sXX),
    Claim(229, "valid", diff(S, b).subs(a, Ybar - b * Xbar),
          -2 * sXY + 2 * sY * sX / n - 2 * b * sX * sX / n + 2 * b * sXX),
    # rearranged slope
    Claim(248, "valid", (n * sXY - sX * sY) / (n * sXX - sX**2),
          sum((X[i] - Xbar) * (Y[i] - Ybar) for i in range(n)) / sum((X[i] - Xbar)**2 for i in range(n))),
]
