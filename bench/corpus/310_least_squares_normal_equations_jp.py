"""Labels for 310_least_squares_normal_equations_jp.md.

Reading used throughout: in the statements of the form "a = ...", "b = ...", "c = ..." that give
the value of a parameter (the closed forms and the intermediate "b = (sum y - a sum x)/n"), the
parameters are the least-squares estimates, so those claims are checked with a, b, c replaced by
the least-squares solution, which is computed here independently by solving grad S = 0 with SymPy.
The "= 0" first-order conditions, their rearrangements and the normal-equation systems are
conditions (equations to be solved), not claims. Identities (substitutions, derivatives, "&="
continuation rows that hold for every a, b, c) are checked with free a, b, c.
Sizes: simple regression with n = 3 points; two-variable regression with n = 4 points;
p-variable section with n = 4 points and p = 2 (vector claims are compared through their inner
product with a vector of free probe symbols).
"""
from sympy import Matrix, Rational, Symbol, diff, solve, symbols

from labels import Claim

SOURCE = ("https://github.com/MDGroup-WatanabeLab/Tutorial/blob/"
          "e1e21f4ad5bf8ce3bacf3278ed8c201a7bed0175/999_regression/linearregression.md")
TITLE = "線形回帰について (About linear regression): least squares, normal equations, simple and multiple regression"
TOPIC = "linear"

a, b, c = symbols("a b c", real=True)

# ---------------------------------------------------------------- simple regression, n = 3
n1 = 3
X1 = [Symbol(f"x{i}", real=True) for i in range(1, n1 + 1)]
Y1 = [Symbol(f"y{i}", real=True) for i in range(1, n1 + 1)]
Sx = sum(X1)
Sy = sum(Y1)
Sxx = sum(x**2 for x in X1)
Sxy = sum(x * y for x, y in zip(X1, Y1))
S1 = sum((y - (a * x + b))**2 for x, y in zip(X1, Y1))
sol1 = solve([diff(S1, a), diff(S1, b)], [a, b], dict=True)[0]
ah, bh = sol1[a], sol1[b]                      # least-squares slope and intercept

D1 = Sx**2 - n1 * Sxx                          # (sum x)^2 - n sum x^2
A_form = (Sx * Sy - n1 * Sxy) / D1             # author's a
B_form = (Sx * Sxy - Sxx * Sy) / D1            # author's b
xbar, ybar = Sx / n1, Sy / n1
var_x = sum((x - xbar)**2 for x in X1) / n1    # variance, mean squared deviation
cov_xy = sum((x - xbar) * (y - ybar) for x, y in zip(X1, Y1)) / n1
r = Rational(1, n1)

simple = [
    # S = sum eps^2 (definition) = sum {y - (ax+b)}^2
    Claim(41, "valid", sum((y - (a * x + b))**2 for x, y in zip(X1, Y1)), S1),
    Claim(47, "valid", ah, A_form),
    Claim(53, "valid", bh, B_form),
    Claim(67, "valid", sum((y - (a * x + b))**2 for x, y in zip(X1, Y1)), S1),
    Claim(71, "valid", diff(S1, a), sum(2 * (y - (a * x + b)) * (-x) for x, y in zip(X1, Y1))),
    Claim(71, "valid", sum(2 * (y - (a * x + b)) * (-x) for x, y in zip(X1, Y1)),
          -2 * sum(x * (y - (a * x + b)) for x, y in zip(X1, Y1)), k=2),
    Claim(74, "valid", diff(S1, b), sum(2 * (y - (a * x + b)) * (-1) for x, y in zip(X1, Y1))),
    Claim(74, "valid", sum(2 * (y - (a * x + b)) * (-1) for x, y in zip(X1, Y1)),
          -2 * sum((y - (a * x + b)) for x, y in zip(X1, Y1)), k=2),
    Claim(93, "valid", sum(a * x**2 + b * x for x in X1), a * Sxx + b * Sx),
    Claim(103, "valid", sum(a * x + b for x in X1), a * Sx + n1 * b),
    Claim(117, "valid", bh, (Sy - ah * Sx) / n1),
    Claim(133, "valid", ah, A_form),
    # b chain, b = least-squares intercept
    Claim(145, "valid", bh, (Sy - A_form * Sx) / n1),
    Claim(157, "valid", bh, Sy / n1 - (Sx * Sy - n1 * Sxy) / (n1 * D1) * Sx),
    Claim(166, "valid", bh, (Sy * D1 - Sx**2 * Sy + n1 * Sx * Sxy) / (n1 * D1)),
    Claim(171, "valid", bh, (Sx**2 * Sy - n1 * Sxx * Sy - Sx**2 * Sy + n1 * Sx * Sxy) / (n1 * D1)),
    Claim(181, "valid", bh, (n1 * Sx * Sxy - n1 * Sxx * Sy) / (n1 * D1)),
    Claim(187, "valid", bh, (Sx * Sxy - Sxx * Sy) / D1),
    # variance and covariance formulas
    Claim(199, "valid", var_x, Sxx / n1 - xbar**2),
    Claim(199, "valid", Sxx / n1 - xbar**2, r * Sxx - (r * Sx)**2, k=2),
    Claim(204, "valid", cov_xy, Sxy / n1 - xbar * ybar),
    Claim(204, "valid", Sxy / n1 - xbar * ybar, r * Sxy - (r * Sx) * (r * Sy), k=2),
    Claim(212, "valid", ah, A_form),
    Claim(218, "valid", bh, B_form),
    Claim(224, "valid", B_form, (Sy - ah * Sx) / n1),
    Claim(233, "valid", ah, A_form),
    Claim(239, "valid", ah, (r * Sx * r * Sy - r * Sxy) / ((r * Sx)**2 - r * Sxx)),
    Claim(245, "valid", ah, cov_xy / var_x),
    Claim(256, "valid", bh, (Sy - ah * Sx) / n1),
    Claim(257, "valid", (Sy - ah * Sx) / n1, r * Sy - ah * r * Sx),
    Claim(258, "valid", r * Sy - ah * r * Sx, ybar - cov_xy / var_x * xbar),
]

# ------------------------------------------------------- two-variable regression, n = 4
n2 = 4
X2 = [Symbol(f"x{i}", real=True) for i in range(1, n2 + 1)]
W2 = [Symbol(f"w{i}", real=True) for i in range(1, n2 + 1)]
Y2 = [Symbol(f"y{i}", real=True) for i in range(1, n2 + 1)]
P = list(zip(X2, W2, Y2))
res = [y - (a * x + b * w + c) for x, w, y in P]
S2 = sum(e**2 for e in res)
sol2 = solve([diff(S2, a), diff(S2, b), diff(S2, c)], [a, b, c], dict=True)[0]
ah2, bh2, ch2 = sol2[a], sol2[b], sol2[c]

sx, sw, sy = sum(X2), sum(W2), sum(Y2)
sxx = sum(x**2 for x in X2)
sww = sum(w**2 for w in W2)
sxy = sum(x * y for x, w, y in P)
swy = sum(w * y for x, w, y in P)
swx = sum(w * x for x, w, y in P)
q = Rational(1, n2)
Dw = q * sw**2 - sww                           # (1/n)(sum w)^2 - sum w^2
Nwy = q * sw * sy - swy                        # (1/n) sum w sum y - sum w y
Nwx = swx - q * sw * sx                        # sum w x - (1/n) sum w sum x
Nxy = sxy - q * sx * sy                        # sum x y - (1/n) sum x sum y
Nxx = sxx - q * sx**2                          # sum x^2 - (1/n)(sum x)^2
A2_form = (Nxy * Dw - Nwy * Nwx) / (Nxx * Dw + Nwx * Nwx)

mx, mw, my = sx / n2, sw / n2, sy / n2
vx = sum((x - mx)**2 for x in X2) / n2
vw = sum((w - mw)**2 for w in W2) / n2
cxy = sum((x - mx) * (y - my) for x, w, y in P) / n2
cwy = sum((w - mw) * (y - my) for x, w, y in P) / n2
cwx = sum((w - mw) * (x - mx) for x, w, y in P) / n2
A2_sigma = (vw * cxy - cwx * cwy) / (vw * vx - cwx**2)

two = [
    Claim(276, "valid", sum(e**2 for e in res), S2),
    Claim(284, "valid", sum(e**2 for e in res), S2),
    Claim(288, "valid", diff(S2, a), sum(2 * e * (-x) for (x, w, y), e in zip(P, res))),
    Claim(288, "valid", sum(2 * e * (-x) for (x, w, y), e in zip(P, res)),
          -2 * sum(x * e for (x, w, y), e in zip(P, res)), k=2),
    Claim(291, "valid", diff(S2, b), sum(2 * e * (-w) for (x, w, y), e in zip(P, res))),
    Claim(291, "valid", sum(2 * e * (-w) for (x, w, y), e in zip(P, res)),
          -2 * sum(w * e for (x, w, y), e in zip(P, res)), k=2),
    Claim(294, "valid", diff(S2, c), sum(2 * e * (-1) for e in res)),
    Claim(294, "valid", sum(2 * e * (-1) for e in res), -2 * sum(res), k=2),
    Claim(314, "valid", sum(a * x**2 + b * w * x + c * x for x, w, y in P), a * sxx + b * swx + c * sx),
    Claim(325, "valid", sum(a * w * x + b * w**2 + c * w for x, w, y in P), a * swx + b * sww + c * sw),
    Claim(335, "valid", sum(a * x + b * w + c for x, w, y in P), a * sx + b * sw + n2 * c),
    Claim(350, "valid", ch2, (sy - ah2 * sx - bh2 * sw) / n2),
    Claim(358, "valid", bh2, (Nwy + ah2 * Nwx) / Dw),
    Claim(387, "valid", ah2, A2_form),
    Claim(396, "valid", bh2, (Nwy + ah2 * Nwx) / Dw),
    Claim(404, "valid", bh2, Nwy / Dw + ah2 * Nwx / Dw),
    Claim(420, "valid", bh2, Nwy / Dw + A2_form * (Nwx / Dw)),
    Claim(450, "valid", vx, sxx / n2 - mx**2),
    Claim(450, "valid", sxx / n2 - mx**2, q * sxx - (q * sx)**2, k=2),
    Claim(455, "valid", cxy, sxy / n2 - mx * my),
    Claim(455, "valid", sxy / n2 - mx * my, q * sxy - (q * sx) * (q * sy), k=2),
    Claim(460, "valid", ah2, A2_form),
    Claim(470, "valid", ah2, (cxy * (-vw) - (-cwy) * cwx) / (vx * (-vw) + cwx**2)),
    Claim(476, "valid", ah2, A2_sigma),
    Claim(488, "valid", bh2, Nwy / Dw + ah2 * Nwx / Dw),
    Claim(505, "valid", bh2, (-cwy) / (-vw) + ah2 * cwx / (-vw)),
    Claim(519, "valid", bh2, cwy / vw - ah2 * cwx / vw),
    Claim(533, "valid", bh2, cwy / vw - A2_sigma * cwx / vw),
    Claim(557, "valid", ch2, (sy - ah2 * sx - bh2 * sw) / n2),
    Claim(558, "valid", (sy - ah2 * sx - bh2 * sw) / n2, my - ah2 * mx - bh2 * mw),
    Claim(567, "valid", ah2, A2_sigma),
    Claim(634, "valid", bh2, cwy / vw - ah2 * cwx / vw),
    Claim(657, "valid", bh2, cwy / vw - ah2 * cwx / vw),
    Claim(671, "valid", bh2, (cwy - ah2 * cwx) / vw),
]

# ------------------------------------------------ p-variable section, n = 4, p = 2 (matrices)
n3, p = 4, 2
beta = Matrix([Symbol(f"beta{j}", real=True) for j in range(p + 1)])
xs = [[Symbol(f"x{j}{i}", real=True) for i in range(1, n3 + 1)] for j in range(1, p + 1)]  # x_{ji}
yv = Matrix(Y2)                                # y_1..y_4
X = Matrix([[1] + [xs[j][i] for j in range(p)] for i in range(n3)])
eps = Matrix([Y2[i] - (beta[0] + sum(beta[j + 1] * xs[j][i] for j in range(p))) for i in range(n3)])
probe_n = Matrix([Symbol(f"u{i}", real=True) for i in range(1, n3 + 1)])
probe_p = Matrix([Symbol(f"v{j}", real=True) for j in range(p + 1)])
Sp = sum(e**2 for e in eps)
Xb = X * beta
grad = Matrix([diff(Sp, bj) for bj in beta])

pvar = [
    Claim(789, "valid", (probe_n.T * eps)[0], (probe_n.T * (yv - X * beta))[0]),
    Claim(795, "valid", Sp, (eps.T * eps)[0]),
    Claim(796, "valid", (eps.T * eps)[0], ((yv - Xb).T * (yv - Xb))[0]),
    Claim(797, "valid", ((yv - Xb).T * (yv - Xb))[0],
          (yv.T * yv - yv.T * Xb - Xb.T * yv + Xb.T * Xb)[0]),
    Claim(798, "valid", (yv.T * yv - yv.T * Xb - Xb.T * yv + Xb.T * Xb)[0],
          (yv.T * yv - 2 * yv.T * Xb + beta.T * X.T * X * beta)[0]),
    Claim(810, "valid", (probe_p.T * grad)[0], (probe_p.T * (-2 * X.T * yv + 2 * (X.T * X) * beta))[0]),
]

CLAIMS = simple + two + pvar
