from sympy import symbols, diff, solve, Symbol

from labels import Claim

SOURCE = "https://github.com/DiwanshuG/MachineLearningJourney/blob/HEAD/day55/2-Ridge%20Regression%5Bmaths%2Bcode%5D.ipynb"
TITLE = "Ridge regression with one feature: slope and intercept from the derivatives"
TOPIC = "regularisation"

n = 3
m, b = symbols("m b", real=True)
lam = Symbol("lambda", positive=True)
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
xb, yb = sum(x) / n, sum(y) / n
L = sum((yi - m * xi - b)**2 for xi, yi in zip(x, y)) + lam * m**2
b_of_m = solve(diff(L, b), b)[0]            # where dL/db = 0, for any m
Lc = L.subs(b, b_of_m)                       # loss after substituting b
Sxyc = sum((yi - yb) * (xi - xb) for xi, yi in zip(x, y))
Sxxc = sum((xi - xb)**2 for xi in x)
m_s = Sxyc / (Sxxc + lam)                    # ridge slope (minimiser)
b_s = yb - m_s * xb
opt = {m: m_s, b: b_s}
D = {lam: (0.1, 3)}

CLAIMS = [
    Claim(32, "valid", diff(L, b), diff(sum((yi - m * xi - b)**2 for xi, yi in zip(x, y)), b), domain=D),
    Claim(43, "valid", diff(L, b), -2 * sum(yi - m * xi - b for xi, yi in zip(x, y)), domain=D),
    Claim(49, "valid", sum(yi - m * xi - b for xi, yi in zip(x, y)).subs(opt), 0, domain=D, note="at the ridge minimiser"),
    Claim(59, "valid", diff(L, m), diff(sum((yi - m * xi - b)**2 for xi, yi in zip(x, y)) + lam * m**2, m), domain=D),
    Claim(70, "valid", diff(L, m), -2 * sum(xi * (yi - m * xi - b) for xi, yi in zip(x, y)) + 2 * lam * m, domain=D),
    Claim(79, "valid", sum(xi * (yi - m * xi - b) for xi, yi in zip(x, y)).subs(opt), (lam * m).subs(opt), domain=D,
          note="at the ridge minimiser"),
    Claim(125, "valid", b_of_m, yb - m * xb, domain=D, note="solves dL/db = 0 for any m"),
    Claim(142, "valid", b_of_m, yb - m * xb, domain=D),
    Claim(145, "valid", Lc, sum((yi - m * xi - (yb - m * xb))**2 for xi, yi in zip(x, y)) + lam * m**2, domain=D),
    Claim(158, "valid", Lc, sum(((yi - yb) - m * (xi - xb))**2 for xi, yi in zip(x, y)) + lam * m**2, domain=D),
    Claim(185, "valid", b_of_m, yb - m * xb, domain=D),
    Claim(192, "valid", Lc, sum(((yi - yb) - m * (xi - xb))**2 for xi, yi in zip(x, y)) + lam * m**2, domain=D),
    Claim(206, "valid", diff(Lc, m),
          -2 * sum(((yi - yb) - m * (xi - xb)) * (xi - xb) for xi, yi in zip(x, y)) + 2 * lam * m, domain=D),
    Claim(222, "valid", (lam * m - sum(((yi - yb) - m * (xi - xb)) * (xi - xb) for xi, yi in zip(x, y))).subs(opt), 0,
          domain=D, note="at the ridge minimiser"),
    Claim(237, "valid", (lam * m - Sxyc + m * Sxxc).subs(opt), 0, domain=D),
    Claim(253, "valid", (m * (Sxxc + lam)).subs(opt), Sxyc, domain=D),
    Claim(264, "valid", m_s, Sxyc / (Sxxc + lam), domain=D),
]
