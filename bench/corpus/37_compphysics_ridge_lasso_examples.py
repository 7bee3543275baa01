from sympy import (Rational, symbols, diff, sqrt, Abs, sign, Max, Piecewise, Matrix, eye,
                   nsolve, Symbol, Integer, solve)

from labels import Claim

SOURCE = "https://github.com/CompPhysics/MachineLearning/blob/HEAD/doc/src/week36/week36.do.txt"
TITLE = "OLS, Ridge and Lasso on two small examples (component derivatives)"
TOPIC = "regularisation"

lam = Symbol("lambda", positive=True)
yi = Symbol("y_i", real=True)
b0, b1 = symbols("beta0 beta1", real=True)
# vector claims are compared through a generic weighted sum of their components
W = (Integer(1), sqrt(2), sqrt(3))


def vec(*c):
    return sum(w * ci for w, ci in zip(W, c))


y = Matrix([4, 2, 3])
X = Matrix([[2, 0], [0, 1], [0, 0]])
beta = Matrix([b0, b1])
ols = (X.T * X).inv() * X.T * y
ridge = (X.T * X + lam * eye(2)).inv() * X.T * y
res = y - X * beta
C_ridge = sum(r**2 for r in res) + lam * (b0**2 + b1**2)   # (y - X beta)^T (y - X beta) + lambda beta^T beta
C_lasso = sum(r**2 for r in res) + lam * (Abs(b0) + Abs(b1))
# stationary points of the Ridge cost, component by component
b0_r = 8 / (4 + lam)
b1_r = 2 / (1 + lam)
lam_star = nsolve((8 / (4 + lam))**2 + (2 / (1 + lam))**2 - 1, lam, 4.5, prec=40)


def r3(v):
    return Rational(round(float(v), 3)).limit_denominator(1000)


CLAIMS = [
    # identity design matrix, one component: minimisers
    Claim(13, "valid", solve(diff((yi - b0)**2, b0), b0)[0], yi, note="argmin of (y_i - beta_i)^2 is y_i"),
    Claim(24, "valid", solve(diff((yi - b0)**2 + lam * b0**2, b0), b0)[0], yi / (1 + lam),
          note="d/dbeta [(y-beta)^2 + lambda beta^2] = 0 gives beta = y/(1+lambda)"),
    Claim(32, "valid", (yi - b0)**2 + lam * Abs(b0), (yi - b0)**2 + lam * sqrt(b0**2), domain={lam: (0.1, 3)}),
    Claim(40, "valid", sign(yi) * Max(Abs(yi) - lam / 2, 0),
          Piecewise((yi - lam / 2, yi > lam / 2), (yi + lam / 2, yi < -lam / 2), (0, True)),
          domain={lam: (0.1, 3)}, note="soft thresholding at lambda/2 minimises (y-beta)^2 + lambda|beta|"),
    # second example
    Claim(71, "valid", vec(*ols), vec(2, 2)),
    Claim(84, "valid", vec(*ridge), vec(8 / (4 + lam), 2 / (1 + lam)), domain={lam: (0.1, 5)}),
    Claim(97, "valid", vec(*(X * beta)), vec(2 * b0, b1, 0)),
    Claim(102, "invalid", C_ridge, (4 - 2 * b0)**2 + (2 - b1)**2 + lam * (b0**2 + b1**2), domain={lam: (0.1, 5)},
          note="the third residual (3 - 0)^2 = 9 of y - X beta is left out (a constant; the minimiser is unaffected)"),
    Claim(106, "valid", diff(C_ridge, b0).subs(b0, b0_r), 0, domain={lam: (0.1, 5)},
          note="beta_0 = 8/(4+lambda) is where dC/dbeta_0 = 0"),
    Claim(110, "valid", diff(C_ridge, b1).subs(b1, b1_r), 0, domain={lam: (0.1, 5)},
          note="beta_1 = 2/(1+lambda) is where dC/dbeta_1 = 0"),
    Claim(117, "valid", r3(lam_star), Rational("4.571"), k=1, note="root of the constraint, to 3 decimals"),
    Claim(117, "valid", r3(8 / (4 + lam_star)), Rational("0.933"), k=2, note="to 3 decimals"),
    Claim(117, "valid", r3(2 / (1 + lam_star)), Rational("0.359"), k=3, note="to 3 decimals"),
    Claim(124, "invalid", C_lasso, (4 - 2 * b0)**2 + (2 - b1)**2 + lam * (Abs(b0) + Abs(b1)), domain={lam: (0.1, 5)},
          note="the third residual (3 - 0)^2 = 9 is left out"),
    Claim(128, "valid", diff(C_lasso, b0), -4 * (4 - 2 * b0) + lam * sign(b0), domain={lam: (0.1, 5)}),
    Claim(132, "valid", diff(C_lasso, b1), -2 * (2 - b1) + lam * sign(b1), domain={lam: (0.1, 5)}),
    Claim(153, "invalid", (16 - lam) / 8, (16 + lam) / 8, domain={lam: (0.1, 5)},
          note="-4(4 - 2 beta_0) + lambda = 0 gives beta_0 = (16 - lambda)/8: sign of lambda flipped"),
    Claim(157, "invalid", (4 - lam) / 2, (4 + lam) / 2, domain={lam: (0.1, 5)},
          note="-2(2 - beta_1) + lambda = 0 gives beta_1 = (4 - lambda)/2: sign of lambda flipped"),
]
