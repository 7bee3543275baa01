from sympy import Abs, Matrix, Max, Piecewise, Rational, Symbol, diff, sign, solve, sqrt, symbols

from labels import Claim

SOURCE = "https://github.com/bgawalt/blog/blob/0062b66e6ffc6d3a95dd1901a074ee03d079a6f2/content/0004-lasso.md"
TITLE = "Why's Lasso Do That?"
TOPIC = "regularisation"

# univariate data at N = 3
w = Symbol("w", real=True)
lam = Symbol("lam", real=True)
t = Symbol("t", real=True)  # margin by which lambda exceeds a threshold
x1, x2, x3, y1, y2, y3 = symbols("x1 x2 x3 y1 y2 y3", real=True)
xs, ys = (x1, x2, x3), (y1, y2, y3)

F = sum((w * xj - yj) ** 2 for xj, yj in zip(xs, ys))          # f(w; {x_j, y_j}), p = 1
Sx = sum(xj ** 2 for xj in xs)
Dxy = sum(xj * yj for xj, yj in zip(xs, ys))
Sy = sum(yj ** 2 for yj in ys)


def argmin_quadratic(expr):
    """Minimiser of a convex quadratic in w (stationary point)."""
    return solve(diff(expr, w), w)[0]


w_ols = argmin_quadratic(F)                                      # w*(0)
LAM = {lam: (0.0, 3.0)}
THR = {t: (0.05, 2.0)}

# univariate lasso minimiser of S w^2 - 2 D w + S_y + lam |w| (soft threshold)
def w_lasso(S, D, L):
    return sign(D) * Max(2 * Abs(D) - L, 0) / (2 * S)

# multivariate data at N = 3, p = 2: a[j][i] = feature i of example j
a = [[Symbol(f"a{j}{i}", real=True) for i in (1, 2)] for j in (1, 2, 3)]
w1, w2 = symbols("w1 w2", real=True)
col = [[a[j][i] for j in range(3)] for i in range(2)]             # x^(i)
c = [sum(ys[j] * col[i][j] for j in range(3)) for i in range(2)]  # y^T x^(i)
lam_big = 2 * Max(Abs(c[0]), Abs(c[1])) + t                       # above the meta-threshold
# one sweep of exact coordinate minimisation of ||Xw - y||^2 + lam ||w||_1 starting at w = 0;
# if it returns 0 then 0 is a coordinatewise (hence, by convexity + separability, global) minimiser
n1 = sum(v ** 2 for v in col[0])
n2 = sum(v ** 2 for v in col[1])
cd_w1 = w_lasso(n1, c[0], lam_big)
rho2 = sum(col[1][j] * (ys[j] - col[0][j] * cd_w1) for j in range(3))
cd_w2 = w_lasso(n2, rho2, lam_big)

# matrix X stacked by rows vs by columns, compared entrywise through probe weights z
z = [[Symbol(f"z{j}{i}", real=True) for i in (1, 2)] for j in (1, 2, 3)]
X_rows = Matrix([[a[j][0], a[j][1]] for j in range(3)])
X_cols = Matrix.hstack(Matrix(col[0]), Matrix(col[1]))


def probe(M):
    return sum(M[j, i] * z[j][i] for j in range(3) for i in range(2))


X_given = Matrix(3, 2, lambda j, i: a[j][i])

CLAIMS = [
    # ||w||_1 = sum |w_i|  (p = 2)
    Claim(48, "valid", sqrt(w1 ** 2) + sqrt(w2 ** 2), Abs(w1) + Abs(w2)),
    # strong penalty: stuck at w* = 0
    Claim(89, "valid", w_lasso(Sx, Dxy, 2 * Abs(Dxy) + t), 0, domain=THR),
    # w*(0) = argmin f = argmin sum
    Claim(95, "valid", argmin_quadratic(F + 0 * lam * w ** 2), argmin_quadratic(F)),
    Claim(96, "valid", argmin_quadratic(F),
          argmin_quadratic(sum((w * xj - yj) ** 2 for xj, yj in zip(xs, ys)))),
    # expanding f
    Claim(100, "valid", F, sum((w * xj - yj) ** 2 for xj, yj in zip(xs, ys))),
    Claim(101, "valid", sum((w * xj - yj) ** 2 for xj, yj in zip(xs, ys)),
          sum(xj ** 2 * w ** 2 - 2 * xj * yj * w + yj ** 2 for xj, yj in zip(xs, ys))),
    Claim(102, "valid",
          sum(xj ** 2 * w ** 2 - 2 * xj * yj * w + yj ** 2 for xj, yj in zip(xs, ys)),
          Sx * w ** 2 - 2 * Dxy * w + Sy),
    Claim(111, "valid", F, Sx * w ** 2 - 2 * Dxy * w + Sy),
    # vertex
    Claim(115, "valid", w_ols, -(-2 * Dxy) / (2 * Sx)),
    Claim(115, "valid", -(-2 * Dxy) / (2 * Sx), Dxy / Sx, k=2),
    Claim(119, "valid", w_ols, Dxy / Sx),
    # lambda r(w) piecewise
    Claim(135, "valid", lam * Abs(w), lam * Abs(w), domain=LAM),
    Claim(136, "valid", lam * Abs(w), Piecewise((-lam * w, w < 0), (lam * w, True)), domain=LAM),
    # f + lambda r piecewise
    Claim(145, "valid", F + lam * Abs(w), F + lam * Abs(w), domain=LAM),
    Claim(146, "valid", F + lam * Abs(w),
          Piecewise((F - lam * w, w < 0), (F + lam * w, True)), domain=LAM),
    Claim(150, "valid", Piecewise((F - lam * w, w < 0), (F + lam * w, True)),
          Piecewise((Sx * w ** 2 - 2 * Dxy * w + Sy - lam * w, w < 0),
                    (Sx * w ** 2 - 2 * Dxy * w + Sy + lam * w, True)), domain=LAM),
    Claim(154, "valid",
          Piecewise((Sx * w ** 2 - 2 * Dxy * w + Sy - lam * w, w < 0),
                    (Sx * w ** 2 - 2 * Dxy * w + Sy + lam * w, True)),
          Piecewise((Sx * w ** 2 - (2 * Dxy + lam) * w + Sy, w < 0),
                    (Sx * w ** 2 - (2 * Dxy - lam) * w + Sy, True)), domain=LAM),
    # vertices of the two pieces
    Claim(162, "valid", argmin_quadratic(Sx * w ** 2 - (2 * Dxy + lam) * w + Sy),
          (2 * Dxy + lam) / (2 * Sx), domain=LAM),
    Claim(163, "valid", argmin_quadratic(Sx * w ** 2 - (2 * Dxy - lam) * w + Sy),
          (2 * Dxy - lam) / (2 * Sx), domain=LAM),
    # example data: D_xy = 314.7, lambda = 800 > 2|D_xy|
    Claim(200, "valid", w_lasso(Sx, Rational("314.7"), 800), 0),
    Claim(219, "valid", 2 * Rational("314.7"), Rational("629.4")),
    # slope of the objective
    Claim(228, "valid", diff(F + lam * Abs(w), w), diff(F, w) + lam * diff(Abs(w), w), domain=LAM),
    Claim(229, "valid", diff(F, w) + lam * diff(Abs(w), w),
          diff(Sx * w ** 2 - 2 * Dxy * w + Sy, w) + lam * diff(Abs(w), w), domain=LAM),
    Claim(230, "valid", diff(Sx * w ** 2 - 2 * Dxy * w + Sy, w) + lam * diff(Abs(w), w),
          2 * Sx * w - 2 * Dxy + lam * diff(Abs(w), w), domain=LAM),
    Claim(238, "valid", lam * diff(Abs(w), w), Piecewise((-lam, w < 0), (lam, w > 0)), domain=LAM),
    Claim(244, "valid", diff(F + lam * Abs(w), w),
          Piecewise((2 * Sx * w - 2 * Dxy - lam, w < 0), (2 * Sx * w - 2 * Dxy + lam, w > 0)),
          domain=LAM),
    Claim(266, "invalid", diff(F, w).subs(w, 0), 2 * Dxy,
          note="f'(w) = 2S_x w - 2D_xy, so f'(0) = -2D_xy, not 2D_xy (the sign is lost; |f'(0)| is right)"),
    # X by rows (restated) and by columns
    Claim(301, "valid", probe(X_given), probe(X_rows)),
    Claim(306, "valid", probe(X_rows), probe(X_cols)),
    # lambda above max_i 2|y^T x^(i)|  =>  w*(lambda) = 0
    Claim(335, "valid", Abs(cd_w1) + Abs(cd_w2), 0, domain=THR),
]
