from sympy import (Rational, Symbol, diff, exp, factorial, gamma, integrate, log, loggamma, oo,
                   polygamma, solve, summation)

from labels import Claim

SOURCE = ("https://github.com/gaj67/gaj-data-science/blob/f5c808221025ff4402973a6d0bfbb3b5f363c0b9/"
          "AFL/notebooks/A_regression_models.ipynb")
TITLE = "Appendix A: Regression Models (Poisson and gamma exponential families; gamma regression gradients)"
TOPIC = "glm"

# ---------------------------------------------------------------- Poisson part
lam = Symbol("lam", positive=True)
et = Symbol("eta", real=True)               # natural parameter, eta = ln(lambda)
k = Symbol("k", integer=True, nonnegative=True)
xc = Symbol("x", integer=True, nonnegative=True)
pmf = exp(-lam) * lam**k / factorial(k)
EX_p = summation(k * pmf, (k, 0, oo))                    # E[X] by summing the pmf
VX_p = summation(k**2 * pmf, (k, 0, oo)) - EX_p**2       # V[X]
lnZ_eta = exp(et)                                        # ln Z = lambda = e^eta, as a function of eta

# ML for the rate from a sample of n = 3 counts
X = [Symbol(f"X{i}", integer=True, nonnegative=True) for i in range(1, 4)]
mu_s = Symbol("mu", positive=True)
ll_lam = sum(Xi * log(lam) - lam - loggamma(Xi + 1) for Xi in X)
ll_mu = sum(Xi * log(mu_s) - mu_s - loggamma(Xi + 1) for Xi in X)   # same model, mean parameter
lam_hat = solve(diff(ll_lam, lam), lam)[0]
mu_hat = solve(diff(ll_mu, mu_s), mu_s)[0]

# ---------------------------------------------------------------- gamma part
a = Symbol("alpha", positive=True)
bt = Symbol("beta", positive=True)
x = Symbol("x", positive=True)
pdf = bt**a / gamma(a) * x**(a - 1) * exp(-bt * x)


def E(f):
    """Expectation under Gamma(alpha, beta), by direct integration."""
    return integrate(f * pdf, (x, 0, oo), conds="none")


E_X, E_X2 = E(x), E(x**2)
E_L, E_L2, E_XL = E(log(x)), E(log(x)**2), E(x * log(x))
Var_X = E_X2 - E_X**2
Var_L = E_L2 - E_L**2
Cov_XL = E_XL - E_X * E_L
lnZ = -a * log(bt) + loggamma(a)                     # as given on line 43

# gamma regression: beta = psi, alpha = psi * e^eta
ps = Symbol("psi", positive=True)
xo = Symbol("x_obs", positive=True)
sub = {a: ps * exp(et), bt: ps}
L_ab = a * log(bt) - loggamma(a) + (a - 1) * log(xo) - bt * xo     # log density at one observation
L_ep = L_ab.subs(sub)
Ya, Yb = log(xo), -xo
c = a / bt
# raw-moment versions of the link / independent variates' moments
EY_eta = a * E_L
VarY_eta = a**2 * E_L2 - EY_eta**2
EY_psi = -E_X + c * E_L
VarY_psi = E_X2 - 2 * c * E_XL + c**2 * E_L2 - EY_psi**2
CovY = a * (-E_XL + c * E_L2) - EY_eta * EY_psi

Dp = {k: tuple(range(0, 8)), **{Xi: tuple(range(0, 7)) for Xi in X}, lam: (0.2, 5.0), et: (-1.5, 1.5)}
Dg = {a: (0.5, 4.0), bt: (0.3, 3.0), x: (0.1, 5.0), xo: (0.1, 5.0), ps: (0.3, 3.0), et: (-1.5, 1.5)}

CLAIMS = [
    # Poisson distribution
    Claim(13, "valid", pmf.subs(k, xc), factorial(xc)**-1 * exp(xc * log(lam)) / exp(lam),
          domain={xc: tuple(range(0, 8)), lam: (0.2, 5.0)}),
    Claim(19, "valid", log(exp(lam)), lam, domain=Dp),
    Claim(19, "valid", lam, exp(log(lam)), k=2, domain=Dp),
    Claim(23, "valid", EX_p, diff(lnZ_eta, et).subs(et, log(lam)), domain=Dp),
    Claim(23, "valid", diff(lnZ_eta, et), exp(et), k=2, domain=Dp),
    Claim(23, "valid", exp(log(lam)), lam, k=3, domain=Dp),
    Claim(27, "valid", VX_p, diff(lnZ_eta, et, 2).subs(et, log(lam)), domain=Dp),
    Claim(27, "valid", diff(lnZ_eta, et, 2), exp(et), k=2, domain=Dp),
    Claim(27, "valid", exp(log(lam)), lam, k=3, domain=Dp),
    Claim(29, "valid", lam_hat, mu_hat, domain=Dp),
    Claim(29, "valid", mu_hat, Rational(1, 3) * sum(X), k=2, domain=Dp),
    # gamma distribution
    Claim(39, "valid", pdf, x**-1 * exp(a * log(x) - bt * x) / (bt**-a * gamma(a)), domain=Dg),
    Claim(49, "valid", E_L, diff(lnZ, a), domain=Dg),
    Claim(50, "valid", diff(lnZ, a), -log(bt) + polygamma(0, a), domain=Dg),
    Claim(53, "valid", E(-x), diff(lnZ, bt), domain=Dg),
    Claim(54, "valid", diff(lnZ, bt), -a / bt, domain=Dg),
    Claim(59, "valid", E_X, a / bt, domain=Dg),
    Claim(64, "valid", Var_L, diff(lnZ, a, 2), domain=Dg),
    Claim(65, "valid", diff(lnZ, a, 2), polygamma(1, a), domain=Dg),
    Claim(68, "valid", Var_X, diff(lnZ, bt, 2), domain=Dg,
          note="Var[-X] = Var[X]"),
    Claim(69, "valid", diff(lnZ, bt, 2), a / bt**2, domain=Dg),
    Claim(74, "valid", -Cov_XL, diff(lnZ, a, bt), domain=Dg),
    Claim(75, "valid", diff(lnZ, a, bt), -1 / bt, domain=Dg),
    Claim(80, "valid", Var_X, a / bt**2, domain=Dg),
    Claim(84, "valid", Var_X, E_X**2 / a, domain=Dg),
    Claim(85, "valid", E_X**2 / a, E_X / bt, domain=Dg),
    # gamma regression
    Claim(98, "valid", E_X, a / bt, domain=Dg),
    Claim(98, "valid", Var_X, a / bt**2, k=2, domain=Dg),
    Claim(102, "valid", log(a / bt), log(E_X), domain=Dg),
    Claim(102, "valid", E_X, exp(log(a / bt)), k=2, domain=Dg),
    Claim(109, "valid", a, E_X**2 / Var_X, domain=Dg),
    Claim(109, "valid", bt, a / E_X, k=2, domain=Dg),
    Claim(113, "valid", bt, E_X / Var_X, domain=Dg),
    Claim(113, "valid", a, bt * E_X, k=2, domain=Dg),
    Claim(128, "valid", diff(L_ep, et), (a * (Ya - E_L)).subs(sub), domain=Dg),
    Claim(135, "valid", diff(L_ep, ps), (c * (Ya - E_L) + (Yb - E(-x))).subs(sub), domain=Dg),
    Claim(139, "valid", a * Ya, a * log(xo), domain=Dg),
    Claim(143, "valid", E(a * log(x)), a * E_L, domain=Dg),
    Claim(147, "valid", VarY_eta, a**2 * Var_L, domain=Dg),
    Claim(151, "valid", Yb + c * Ya, -xo + c * log(xo), domain=Dg),
    Claim(156, "valid", E(-x + c * log(x)), -E_X + c * E_L, domain=Dg),
    Claim(161, "valid", VarY_psi, Var_X + c**2 * Var_L - 2 * c * Cov_XL, domain=Dg),
    Claim(166, "valid", CovY, -a * Cov_XL + a**2 / bt * Var_L, domain=Dg),
    Claim(171, "valid", VarY_eta * VarY_psi - CovY**2, a**2 * (Var_X * Var_L - Cov_XL**2), domain=Dg),
]
