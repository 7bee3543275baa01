from sympy import Symbol, exp, log, diff, factorial, Matrix

from labels import Claim

SOURCE = "https://github.com/xhb888888/biostat-200C-2024-spring/blob/e8a06b279d64133e4b7c2157b1a61693f2a43812/hw3/hw3sol.Rmd"
TITLE = "Poisson regression: log-likelihood, gradient, Hessian and concavity"
TOPIC = "glm"

# n = 3 observations, p = 2 coefficients; x_i = (x_i1, x_i2), beta = (b1, b2)
n, p = 3, 2
X = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in (1, 2, 3)]
b = [Symbol("b1", real=True), Symbol("b2", real=True)]
y = [Symbol(f"y{i}", positive=True) for i in (1, 2, 3)]
m = [Symbol(f"m{i}", positive=True) for i in (1, 2, 3)]      # mu_i as free positive values
a = [Symbol("a1", real=True), Symbol("a2", real=True)]          # the test vector a of Part 1.3
u = [Symbol("u1", real=True), Symbol("u2", real=True)]          # probe vectors to compare vectors /
v = [Symbol("v1", real=True), Symbol("v2", real=True)]          # matrices through scalars u^T(.)v
t = Symbol("t", real=True)

YD = {s: (0.5, 4.0) for s in y}
MD = {s: (0.3, 4.0) for s in m}


def eta(i, Xm=X):
    return sum(Xm[i][j] * b[j] for j in range(p))


def loglik_mu(mus, ys):
    return sum(-mus[i] + ys[i] * log(mus[i]) - log(factorial(ys[i])) for i in range(n))


def pmf(yy, mu):
    return exp(-mu) * mu**yy / factorial(yy)


# log-likelihood as a function of beta
l_beta = sum(-exp(eta(i)) + y[i] * eta(i) - log(factorial(y[i])) for i in range(n))

# Part 1.1
l_def = sum(log(pmf(y[i], m[i])) for i in range(n))
l_mu = loglik_mu(m, y)
mu_of_beta = {m[i]: exp(eta(i)) for i in range(n)}

# Part 1.2: gradient and Hessian, compared through u^T g and u^T H v
grad_true = [diff(l_beta, b[j]) for j in range(p)]
grad_author = [sum(-exp(eta(i)) * X[i][j] + y[i] * X[i][j] for i in range(n)) for j in range(p)]
H_true = Matrix(p, p, lambda r, c: diff(l_beta, b[r], b[c]))
H_author = Matrix(p, p, lambda r, c: sum(-exp(eta(i)) * X[i][r] * X[i][c] for i in range(n)))


def probe_vec(g):
    return sum(u[j] * g[j] for j in range(p))


def probe_mat(M):
    return sum(u[r] * M[r, c] * v[c] for r in range(p) for c in range(p))


# Part 1.3
negH = Matrix(p, p, lambda r, c: sum(exp(eta(i)) * X[i][r] * X[i][c] for i in range(n)))
xa = [sum(X[i][j] * a[j] for j in range(p)) for i in range(n)]
quad1 = sum(sum(a[r] * exp(eta(i)) * X[i][r] * X[i][c] * a[c] for r in range(p) for c in range(p))
            for i in range(n))
quad2 = sum(exp(eta(i)) * xa[i] * xa[i] for i in range(n))
quad3 = sum(exp(eta(i)) * xa[i]**2 for i in range(n))


# Part 1.4: data for which beta is the maximum-likelihood estimate.  The score X^T (y - mu) is zero
# exactly when y - mu is orthogonal to the columns of X; with n = 3, p = 2 that residual is t times
# the cross product r of the two columns, so y_i = mu_i + t r_i (mu_i = exp(x_i^T beta)).
def mle_data(Xm):
    c1 = [Xm[i][0] for i in range(n)]
    c2 = [Xm[i][1] for i in range(n)]
    r = [c1[1] * c2[2] - c1[2] * c2[1], c1[2] * c2[0] - c1[0] * c2[2], c1[0] * c2[1] - c1[1] * c2[0]]
    muh = [exp(eta(i, Xm)) for i in range(n)]
    yh = [muh[i] + t * r[i] for i in range(n)]
    return muh, yh


Xint = [[1, X[i][1]] for i in range(n)]       # the same design with an intercept column
muh_g, yh_g = mle_data(X)                     # general design (no intercept)
muh_i, yh_i = mle_data(Xint)                  # design with intercept
MLE_DOM = {**{X[i][j]: (-1.0, 1.0) for i in range(n) for j in range(p)},
           b[0]: (-0.5, 0.5), b[1]: (-0.5, 0.5), t: (-0.05, 0.05)}


def deviance(yy, mm):
    sat = loglik_mu(yy, yy)
    fit = loglik_mu(mm, yy)
    return 2 * (sat - fit)


def dev_short(yy, mm):
    return 2 * sum(yy[i] * log(yy[i] / mm[i]) for i in range(n))


dev_mid_alt = 2 * sum(y[i] * log(y[i] / m[i]) - (y[i] - m[i]) for i in range(n))
dev_mid_written = 2 * sum(y[i] * log(y[i] / m[i]) for i in range(n)) - sum(y[i] - m[i] for i in range(n))
dev_first = 2 * sum(y[i] * log(y[i]) - y[i] for i in range(n)) - 2 * sum(y[i] * log(m[i]) - m[i] for i in range(n))

CLAIMS = [
    # Part 1.1 (l(mu_i) = sum log f is the definition of l)
    Claim(22, "valid", l_def, l_mu, domain={**YD, **MD}),
    Claim(23, "valid", l_mu.xreplace(mu_of_beta), l_beta, domain=YD),
    # Part 1.2
    Claim(37, "valid", probe_vec(grad_true), probe_vec(grad_author), domain=YD),
    Claim(39, "valid", probe_mat(H_true), probe_mat(H_author), domain=YD),
    # Part 1.3
    Claim(49, "invalid", negH[0, 0], quad1,
          note="left side is the p×p matrix Σ e^{x_i^Tβ} x_i x_i^T, right side the scalar a^T(·)a; e.g. its (1,1) entry ≠ the quadratic form"),
    Claim(49, "valid", quad1, quad2, k=2),
    Claim(49, "valid", quad2, quad3, k=3),
    # Part 1.4, the statement (holds only if the design has an intercept column, which is never said)
    Claim(64, "ambiguous", sum(muh_g), sum(yh_g), domain=MLE_DOM,
          alt=(sum(muh_i), sum(yh_i)),
          note="Σμ̂_i = Σy_i follows from the score equation only if x_i contains a constant 1 (intercept); the model log μ_i = x_i^Tβ does not say so"),
    Claim(70, "ambiguous", deviance(yh_g, muh_g), dev_short(yh_g, muh_g), domain=MLE_DOM,
          alt=(deviance(yh_i, muh_i), dev_short(yh_i, muh_i)),
          note="the deviance 2Σ[y log(y/μ̂) − (y − μ̂)] loses its second term only when Σμ̂ = Σy, i.e. with an intercept"),
    # Part 1.4, the solution
    Claim(75, "valid", l_def, l_mu, domain={**YD, **MD}),
    Claim(77, "invalid", diff(l_mu, m[0]), sum(-1 + y[i] / m[i] for i in range(n)), domain={**YD, **MD},
          note="∂l/∂μ_i = −1 + y_i/μ_i for that one i; the sum over all observations is not the derivative"),
    Claim(79, "ambiguous", sum(muh_g), sum(yh_g), domain=MLE_DOM,
          alt=(sum(muh_i), sum(yh_i)),
          note="at the MLE Σμ̂_i = Σy_i needs an intercept column in x_i (it does not follow from the previous line, which sums y_i/μ_i)"),
    Claim(84, "valid", deviance(y, m), dev_first, domain={**YD, **MD}),
    Claim(85, "ambiguous", dev_first, dev_mid_written, domain={**YD, **MD},
          alt=(dev_first, dev_mid_alt),
          note="unbalanced ]: read as 2Σ[y log(y/μ̂)] − Σ(y − μ̂) the 2 misses the second term; as 2Σ[y log(y/μ̂) − (y − μ̂)] it holds"),
    Claim(86, "ambiguous", deviance(yh_g, muh_g), dev_short(yh_g, muh_g), domain=MLE_DOM,
          alt=(deviance(yh_i, muh_i), dev_short(yh_i, muh_i)),
          note="dropping 2Σ(y_i − μ̂_i) needs Σμ̂ = Σy, true at the MLE only with an intercept"),
]
