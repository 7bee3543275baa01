"""Labels for 282_glm_mle_gradient_hessian.md (canonical GLM: NLL, per-sample gradient, Hessian).

The general claims are checked on a concrete canonical GLM, Poisson regression
(A(eta) = exp(eta), inverse link f = exp), with N = 3 samples and 2 features; the NLL line,
which keeps the dispersion sigma^2, is checked on the Gaussian family (A(eta) = eta^2/2,
log h(y, s) = -y^2/(2 s) - log(2 pi s)/2).  Vectors and matrices are compared through a generic
linear functional (one free symbol t_* per entry).
"""
from sympy import Symbol, Matrix, exp, log, diff, pi

from labels import Claim

SOURCE = ("https://github.com/Vincent-Maladiere/Vincent-Maladiere.github.io/blob/"
          "0528129884688ec16f4672f75b4889d8c44ac247/"
          "12%204%20Maximum%20likelihood%20estimation%202d006a9972974e20bffac71364ee68ef.html")
TITLE = "12.4 Maximum likelihood estimation"
TOPIC = "glm"


def flat(M, tag):
    M = Matrix(M)
    return sum(Symbol(f"t_{tag}_{i}{j}") * M[i, j] for i in range(M.rows) for j in range(M.cols))


N_SAMPLES = 3
w = Matrix([Symbol("w_0"), Symbol("w_1")])
X = [Matrix([Symbol(f"x_{n}{j}") for j in range(2)]) for n in range(N_SAMPLES)]
y = [Symbol(f"y_{n}") for n in range(N_SAMPLES)]
eta = [(w.T * X[n])[0, 0] for n in range(N_SAMPLES)]
E = Symbol("E")  # a free value of eta

# --- NLL with dispersion, Gaussian family
s2 = Symbol("sigma2")
A_gauss = lambda e: e**2 / 2
log_h = lambda yy: -yy**2 / (2 * s2) - log(2 * pi * s2) / 2
log_p = sum((y[n] * eta[n] - A_gauss(eta[n])) / s2 + log_h(y[n]) for n in range(N_SAMPLES))
ell_gauss = [y[n] * eta[n] - A_gauss(eta[n]) for n in range(N_SAMPLES)]

# --- canonical Poisson GLM for the gradient / Hessian (sigma^2 = 1)
A = exp
f = exp          # inverse link = A'
ell = [y[n] * eta[n] - A(eta[n]) for n in range(N_SAMPLES)]
NLL = -sum(ell)
n0 = 0
x0 = X[n0]
g0 = Matrix([diff(ell[n0], w[j]) for j in range(2)])            # dl_n/dw
dl_deta = diff(y[n0] * E - A(E), E).subs(E, eta[n0])
mu0 = f(eta[n0])
fprime = lambda e: diff(f(E), E).subs(E, e)


def jac(g):
    """d g / d w^T (rows: components of g, columns: components of w)."""
    return Matrix(2, 2, lambda i, j: diff(g[i], w[j]))


grads = [Matrix([diff(ell[n], w[j]) for j in range(2)]) for n in range(N_SAMPLES)]
hess_NLL = Matrix(2, 2, lambda i, j: diff(NLL, w[i], w[j]))
sum_jac = -sum((jac(grads[n]) for n in range(N_SAMPLES)), Matrix.zeros(2, 2))
dg_deta = Matrix([diff((y[n0] - f(E)) * x0[i], E) for i in range(2)]).subs(E, eta[n0])
sig = lambda e: 1 / (1 + exp(-e))

CLAIMS = [
    Claim(6, "ambiguous", -log_p, -(1 / s2) * sum(ell_gauss),
          alt=(-log_p + sum(log_h(y[n]) for n in range(N_SAMPLES)), -(1 / s2) * sum(ell_gauss)),
          domain={s2: (0.3, 3.0)},
          note="-log p(D|w) also contains -sum_n log h(y_n, sigma^2); the equality holds only "
               "up to that additive constant, which does not depend on w"),
    Claim(16, "valid", flat(g0, "v2"), flat(dl_deta * x0, "v2")),
    Claim(16, "valid", flat(dl_deta * x0, "v2"), flat((y[n0] - diff(A(E), E).subs(E, eta[n0])) * x0, "v2"),
          k=2),
    Claim(16, "valid", flat((y[n0] - diff(A(E), E).subs(E, eta[n0])) * x0, "v2"),
          flat((y[n0] - mu0) * x0, "v2"), k=3),
    Claim(26, "valid", flat(hess_NLL, "m22"), flat(sum_jac, "m22")),
    Claim(30, "valid", flat(jac(g0), "m22"), flat(dg_deta * x0.T, "m22")),
    Claim(30, "valid", flat(dg_deta * x0.T, "m22"), flat(-x0 * fprime(eta[n0]) * x0.T, "m22"), k=2),
    Claim(34, "valid", flat(hess_NLL, "m22"),
          flat(sum((fprime(eta[n]) * X[n] * X[n].T for n in range(N_SAMPLES)), Matrix.zeros(2, 2)),
               "m22")),
    Claim(36, "valid", diff(sig(E), E).subs(E, eta[n0]), diff(sig(E), E).subs(E, eta[n0]),
          note="logistic case: f = sigma"),
    Claim(36, "valid", diff(sig(E), E).subs(E, eta[n0]), sig(eta[n0]) * (1 - sig(eta[n0])), k=2),
]
