from sympy import Matrix, Mul, Rational, Symbol, diff, eye, log, pi, exp, solve, sqrt, symbols

from labels import Claim

SOURCE = ("https://github.com/Yorko/mlcourse.ai/blob/cb0ee2e8f48aceaf2d2f190dee29a8b02229a34b/"
          "mlcourse_ai_jupyter_book/book/topic04/topic4_linear_models_part1_mse_likelihood_bias_variance.md")
TITLE = "Ordinary least squares: matrix gradient, maximum likelihood and ridge (mlcourse.ai topic 4, part 1)"
TOPIC = "linear"

# ---------------------------------------------------------------- line 8: intercept folded into the sum (m = 2)
v0, v1, v2 = symbols("v0 v1 v2", real=True)   # weights w_0, w_1, w_2
t1, t2 = symbols("t1 t2", real=True)          # features x_1, x_2 (x_0 = 1)
y_model = v0 + v1 * t1 + v2 * t2
y_sum0 = v0 * 1 + v1 * t1 + v2 * t2
y_wTx = (Matrix([v0, v1, v2]).T * Matrix([1, t1, t2]))[0]

# ---------------------------------------------------------------- OLS in matrix form: n = 3 samples, 2 weights
n = 3
w = Matrix(symbols("w1 w2", real=True))
Xm = Matrix(3, 2, symbols("X11 X12 X21 X22 X31 X32", real=True))
yv = Matrix(symbols("y1:4", real=True))
r = Matrix(symbols("r1 r2", real=True))  # probe weights: a vector claim is checked as r^T (vector)


def probe(vec):
    return (r.T * vec)[0]


def grad(f):
    return Matrix([diff(f, wk) for wk in w])


L_sum = Rational(1, 2 * n) * sum((yv[i] - (w.T * Xm[i, :].T)[0]) ** 2 for i in range(n))
res = yv - Xm * w
L_norm = Rational(1, 2 * n) * sum(res[i] ** 2 for i in range(n))
L_quad = Rational(1, 2 * n) * (res.T * res)[0]
L_expanded = Rational(1, 2 * n) * ((yv.T * yv)[0] - 2 * (yv.T * Xm * w)[0] + (w.T * Xm.T * Xm * w)[0])
g_stated = Rational(1, 2 * n) * (-2 * Xm.T * yv + 2 * Xm.T * Xm * w)

# stationary point of L, solved from the gradient (lhs of the claim w = (X^T X)^{-1} X^T y)
w_stat = solve(list(grad(L_sum)), list(w), dict=True)[0]
w_stat_vec = Matrix([w_stat[wk] for wk in w])
w_ols = (Xm.T * Xm).inv() * Xm.T * yv

# ---------------------------------------------------------------- cheat sheet (2-vectors, 2x2 matrices)
xv = Matrix(symbols("q1 q2", real=True))       # the vector called X in the cheat sheet
av = Matrix(symbols("a1 a2", real=True))       # the vector A in rule 1
Am = Matrix(2, 2, symbols("A11 A12 A21 A22", real=True))
yy = Matrix(symbols("p1 p2", real=True))       # the vector y in rule 3
rm = Matrix(2, 2, symbols("s11 s12 s21 s22", real=True))  # probe weights for a matrix claim


def grad_x(f):
    return Matrix([diff(f, xk) for xk in xv])


rule1_l = probe(grad_x((xv.T * av)[0]))
rule1_r = probe(av)
rule2_l = probe(grad_x((xv.T * Am * xv)[0]))
rule2_r = probe((Am + Am.T) * xv)
bil = (xv.T * Am * yy)[0]
rule3_l = sum(rm[i, j] * diff(bil, Am[i, j]) for i in range(2) for j in range(2))   # = sum s_ij q_i p_j
rule3_r = sum(rm[i, j] * (xv.T * yy)[0] for i in range(2) for j in range(2))       # the scalar X^T y in every entry
# rule 4: A = A(s) a matrix function of a scalar s (the X of the cheat sheet)
s = Symbol("s", real=True)
c = symbols("c1:9", real=True)
As = Matrix([[c[0] + c[1] * s, c[2] + c[3] * s**2], [c[4] + c[5] * s, c[6] + c[7] * s**3]])
dAinv = As.inv().diff(s)
rhs4 = -As.inv() * As.diff(s) * As.inv()
rule4_l = sum(rm[i, j] * dAinv[i, j] for i in range(2) for j in range(2))
rule4_r = sum(rm[i, j] * rhs4[i, j] for i in range(2) for j in range(2))

# ---------------------------------------------------------------- Bernoulli example: 117 ones, 283 zeros
th = Symbol("theta", positive=True)
outcomes = [1] * 117 + [0] * 283
prod_bern = Mul(*[th**xi * (1 - th) ** (1 - xi) for xi in outcomes])
closed = th**117 * (1 - th) ** 283
loglik = 117 * log(th) + 283 * log(1 - th)

# ---------------------------------------------------------------- Gaussian likelihood (n = 3, 2 weights)
sig = Symbol("sigma", positive=True)
mu = [(Xm[i, :] * w)[0] for i in range(n)]
dens = [exp(-(yv[i] - mu[i]) ** 2 / (2 * sig**2)) / sqrt(2 * pi * sig**2) for i in range(n)]
log_prod = log(Mul(*dens))
sum_log = sum(log(d) for d in dens)
closed_ll = -Rational(n, 2) * log(2 * pi * sig**2) - 1 / (2 * sig**2) * sum((yv[i] - mu[i]) ** 2 for i in range(n))

# arg max / arg min compared through the stationary point, one weight and three samples
wb = Symbol("wb", real=True)
xs = symbols("xs1:4", real=True)
ys = symbols("ys1:4", real=True)
p1 = Mul(*[exp(-(ys[i] - wb * xs[i]) ** 2 / (2 * sig**2)) / sqrt(2 * pi * sig**2) for i in range(3)])
sq = sum((ys[i] - wb * xs[i]) ** 2 for i in range(3))


def stationary(f):
    sols = solve(diff(f, wb), wb)
    assert len(sols) == 1
    return sols[0]


am_p = stationary(p1)
am_logp = stationary(log(p1))
am_full = stationary(-Rational(3, 2) * log(2 * pi * sig**2) - 1 / (2 * sig**2) * sq)
am_sq = stationary(-1 / (2 * sig**2) * sq)
am_L = stationary(Rational(1, 6) * sq)

# ---------------------------------------------------------------- ridge with Gamma = (lambda/2) E
lam = Symbol("lambda", positive=True)
L_ridge = L_norm + (lam / 2) ** 2 * (w[0] ** 2 + w[1] ** 2)   # ||Gamma w||^2 with Gamma = lambda/2 E
w_ridge_stat = solve(list(grad(L_ridge)), list(w), dict=True)[0]
w_ridge_stat_vec = Matrix([w_ridge_stat[wk] for wk in w])
w_ridge_stated = (Xm.T * Xm + lam * eye(2)).inv() * Xm.T * yv

CLAIMS = [
    Claim(8, "valid", y_model, y_sum0, k=1),
    Claim(8, "valid", y_sum0, y_wTx, k=2),
    Claim(44, "valid", L_sum, L_norm),
    Claim(45, "valid", L_norm, L_quad),
    Claim(53, "valid", rule1_l, rule1_r),
    Claim(54, "valid", rule2_l, rule2_r),
    Claim(55, "invalid", rule3_l, rule3_r,
          note="d(X^T A y)/dA is the matrix X y^T (entries X_i y_j), not the scalar X^T y"),
    Claim(56, "valid", rule4_l, rule4_r),
    Claim(61, "valid", probe(grad(L_sum)), probe(grad(L_expanded))),
    Claim(62, "valid", probe(grad(L_expanded)), probe(g_stated)),
    Claim(68, "valid", probe(w_stat_vec), probe(w_ols)),
    Claim(85, "valid", prod_bern, closed, domain={th: (0.05, 0.95)}),
    Claim(90, "valid", log(prod_bern), log(closed), k=1, domain={th: (0.05, 0.95)}),
    Claim(90, "valid", log(closed), loglik, k=2, domain={th: (0.05, 0.95)}),
    Claim(94, "valid", diff(log(prod_bern), th), diff(loglik, th), k=1, domain={th: (0.05, 0.95)}),
    Claim(94, "valid", diff(loglik, th), 117 / th - 283 / (1 - th), k=2, domain={th: (0.05, 0.95)}),
    Claim(116, "valid", log_prod, sum_log),
    Claim(117, "valid", sum_log, closed_ll),
    Claim(123, "valid", am_p, am_logp),
    Claim(124, "valid", am_logp, am_full),
    Claim(125, "valid", am_full, am_sq),
    Claim(126, "valid", am_sq, am_L),
    Claim(143, "invalid", probe(w_ridge_stat_vec), probe(w_ridge_stated),
          note="with Gamma = (lambda/2)E and the 1/(2n) factor the minimiser is "
               "(X^T X + (n lambda^2/2) E)^{-1} X^T y, not (X^T X + lambda E)^{-1} X^T y"),
]
