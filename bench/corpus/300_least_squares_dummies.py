from sympy import Matrix, Symbol, diff, exp, eye, symbols, zeros

from labels import Claim

SOURCE = ("https://github.com/jcornford/jcornford.github.io/blob/0eba8844d114fcfd8a1b712b001d2c0351e9f285/"
          "_posts/2017-01-7-least%20squares%20for%20dummies.md")
TITLE = "Linear regression for dummies: the least squares solution, step by step"
TOPIC = "linear"

# Concrete size: N = 3 data points, P = 2 parameters (beta_1, beta_2).
N, P = 3, 2
x11, x12, x21, x22, x31, x32 = symbols("x11 x12 x21 x22 x31 x32", real=True)
y1, y2, y3 = symbols("y1 y2 y3", real=True)
b1, b2 = symbols("beta1 beta2", real=True)
c1, c2 = symbols("c1 c2", real=True)
a11, a12, a21, a22 = symbols("a11 a12 a21 a22", real=True)
u1, u2 = symbols("u1 u2", real=True)  # arbitrary weights: a vector identity v = w is checked as u.v = u.w

X = Matrix([[x11, x12], [x21, x22], [x31, x32]])  # general N x P design matrix
y = Matrix([y1, y2, y3])
beta = Matrix([b1, b2])
bs = [b1, b2]
c = Matrix([c1, c2])  # general P-vector
A = Matrix([[a11, a12], [a21, a22]])  # general (not symmetric) P x P matrix


def dot_u(v):
    return u1 * v[0] + u2 * v[1]


def grad(f):
    return Matrix([diff(f, b) for b in bs])


def s(m):  # a 1 x 1 matrix as a scalar
    return m[0, 0]


# RSS written entry by entry
RSS = sum((y[i] - sum(X[i, j] * beta[j] for j in range(P)))**2 for i in range(N))
e = y - X * beta
gRSS = grad(RSS)  # the true gradient
gRSS_formula = -2 * X.T * y + 2 * X.T * X * beta

cX = X.T * y  # c^T = y^T X
AX = X.T * X  # A = X^T X

quadA = sum(beta[i] * A[i, j] * beta[j] for i in range(P) for j in range(P))  # beta^T A beta, by indices
g_quadA = grad(s(beta.T * A * beta))
sum_c = sum(c[i] * beta[i] for i in range(P))

# Simple linear regression design (column of ones, x) and the textbook slope/intercept
xs = symbols("xd1 xd2 xd3", real=True)
Xd = Matrix([[1, xs[0]], [1, xs[1]], [1, xs[2]]])
xbar = sum(xs) / 3
ybar = (y1 + y2 + y3) / 3
slope = sum((xs[i] - xbar) * (y[i] - ybar) for i in range(3)) / sum((xs[i] - xbar)**2 for i in range(3))
beta_hat = Matrix([ybar - slope * xbar, slope])  # beta_1 = intercept, beta_2 = slope

# product rule with concrete u(x), v(x)
xv = Symbol("x", real=True)
p0, p1, p2, q1 = symbols("p0 p1 p2 q1", real=True)
uf = p0 + p1 * xv + p2 * xv**2
vf = exp(q1 * xv)

vec_partials_c = Matrix([diff(sum_c, b1), diff(sum_c, b2)])
vec_partials_A = Matrix([sum(diff(beta[i] * A[i, j] * beta[j], bk) for i in range(P) for j in range(P))
                         for bk in bs])
vec_product_rule = Matrix([sum(diff(beta[i], bk) * A[i, j] * beta[j] + beta[i] * diff(A[i, j] * beta[j], bk)
                               for i in range(P) for j in range(P)) for bk in bs])

CLAIMS = [
    Claim(14, "valid", dot_u((Xd.T * Xd).inv() * Xd.T * y), dot_u(beta_hat)),
    Claim(59, "valid", s(e.T * e), RSS),
    Claim(60, "valid", RSS, s((y - X * beta).T * (y - X * beta))),
    Claim(66, "valid", RSS, s((y - X * beta).T * (y - X * beta))),
    Claim(68, "valid", RSS, s(y.T * y - y.T * X * beta - beta.T * X.T * y + beta.T * X.T * X * beta)),
    Claim(72, "valid", RSS, s(y.T * y - y.T * X * beta - (beta.T * X.T * y).T + beta.T * X.T * X * beta)),
    Claim(74, "valid", RSS, s(y.T * y - y.T * X * beta - y.T * X * beta + beta.T * X.T * X * beta)),
    Claim(76, "valid", RSS, s(y.T * y - 2 * y.T * X * beta + beta.T * X.T * X * beta)),
    Claim(82, "valid", dot_u(gRSS),
          dot_u(-2 * grad(s(y.T * X * beta)) + grad(s(beta.T * X.T * X * beta)))),
    Claim(90, "valid", dot_u(gRSS),
          dot_u(-2 * grad(s(cX.T * beta)) + grad(s(beta.T * AX * beta)))),
    Claim(94, "valid", dot_u(grad(s(c.T * beta))), dot_u(c)),
    Claim(96, "valid", dot_u(g_quadA), dot_u((A + A.T) * beta)),
    Claim(102, "valid", dot_u(grad(s(c.T * beta))), dot_u(grad(sum_c))),
    Claim(109, "valid", dot_u(grad(sum_c)), dot_u(vec_partials_c)),
    Claim(116, "valid", dot_u(vec_partials_c), dot_u(Matrix([diff(c1 * b1, b1) + 0, 0 + diff(c2 * b2, b2)]))),
    Claim(123, "invalid", dot_u(Matrix([diff(c1 * b1, b1) + 0, 0 + diff(c2 * b2, b2)])),
          dot_u(Matrix([c1 * b1, c2 * b2])),
          note="d(c_k beta_k)/d beta_k = c_k, so the vector is (c_1, ..., c_P), not (c_1 beta_1, ..., c_N beta_N)"),
    Claim(134, "valid", dot_u(grad(s(c.T * beta))), dot_u(c)),
    Claim(136, "valid", dot_u((c.T).T), dot_u(c)),
    Claim(138, "valid", dot_u(grad(s(y.T * X * beta))), dot_u((y.T * X).T)),
    Claim(138, "valid", dot_u((y.T * X).T), dot_u(X.T * y), k=2),
    Claim(142, "valid", dot_u(gRSS), dot_u(zeros(2, 1) - 2 * X.T * y + grad(s(beta.T * AX * beta)))),
    Claim(148, "invalid", dot_u(g_quadA), dot_u(gRSS * quadA),
          note="the operator is written dRSS/dbeta: as written the right side is the RSS gradient times "
               "beta^T A beta, not the derivative (A + A^T) beta of the quadratic form"),
    Claim(153, "invalid", dot_u(g_quadA),
          dot_u(sum((gRSS * beta[i] * A[i, j] * beta[j] for i in range(P) for j in range(P)), Matrix([0, 0]))),
          note="again dRSS/dbeta (the RSS gradient) multiplies each term instead of d/dbeta acting on it; "
               "the sum equals gradient(RSS) * beta^T A beta, not (A + A^T) beta"),
    Claim(155, "valid", diff(uf * vf, xv), uf * diff(vf, xv) + diff(uf, xv) * vf),
    Claim(159, "valid", dot_u(vec_partials_A), dot_u(vec_product_rule)),
    Claim(166, "valid", dot_u(g_quadA), dot_u(vec_partials_A)),
    Claim(173, "valid", dot_u(vec_partials_A), dot_u(vec_product_rule)),
    Claim(188, "valid", dot_u(g_quadA),
          dot_u(Matrix([sum(diff(bs[k], bs[k]) * A[k, j] * beta[j] for j in range(P))
                        + sum(beta[i] * diff(A[i, k] * bs[k], bs[k]) for i in range(P)) for k in range(P)]))),
    Claim(203, "valid", dot_u(g_quadA),
          dot_u(Matrix([sum(A[k, j] * beta[j] for j in range(P)) + sum(beta[i] * A[i, k] for i in range(P))
                        for k in range(P)]))),
    Claim(217, "valid", dot_u(g_quadA),
          dot_u(A * beta + Matrix([sum(beta[i] * A[i, k] for i in range(P)) for k in range(P)]))),
    Claim(231, "valid", dot_u(g_quadA), dot_u(A * beta + A.T * beta)),
    Claim(231, "valid", dot_u(A * beta + A.T * beta), dot_u((A + A.T) * beta), k=2),
    Claim(238, "valid", dot_u(gRSS), dot_u(zeros(2, 1) - 2 * X.T * y + (X.T * X + (X.T * X).T) * beta)),
    Claim(240, "valid", dot_u(gRSS), dot_u(zeros(2, 1) - 2 * X.T * y + (X.T * X + X.T * X) * beta)),
    Claim(242, "valid", dot_u(gRSS), dot_u(-2 * X.T * y + 2 * X.T * X * beta)),
    Claim(244, "valid", dot_u(gRSS), dot_u(-2 * X.T * (y - X * beta))),
    Claim(250, "valid", dot_u(gRSS), dot_u(gRSS_formula)),
    # After setting the gradient to 0 (line 234, a condition), beta stands for the solution: checked at the
    # textbook slope/intercept beta_hat of the design with a column of ones.
    Claim(254, "valid", dot_u(2 * Xd.T * y), dot_u(2 * Xd.T * Xd * beta_hat)),
    Claim(256, "valid", dot_u(Xd.T * y), dot_u(Xd.T * Xd * beta_hat)),
    Claim(258, "valid", dot_u((Xd.T * Xd).inv() * Xd.T * y), dot_u((Xd.T * Xd).inv() * Xd.T * Xd * beta_hat)),
    Claim(260, "valid", dot_u((Xd.T * Xd).inv() * Xd.T * y), dot_u(eye(2) * beta_hat)),
    Claim(262, "valid", dot_u((Xd.T * Xd).inv() * Xd.T * y), dot_u(beta_hat)),
]
