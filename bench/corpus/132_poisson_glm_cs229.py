from sympy import Symbol, exp, log, diff, factorial, Sum, oo

from labels import Claim

SOURCE = "https://github.com/PeterHUistyping/Stanford_CS229.Machine_Learning/blob/d1f3cb5fb406328a631efde500c95f0907dd776e/Problem_Sets/PS1/Sol/PS1-3%20Poisson%20Regression.ipynb"
TITLE = "PS1-3 Poisson regression as a GLM (CS229 PS1 solution notebook, PeterHUistyping repo)"
TOPIC = "glm"

y = Symbol("y", integer=True, nonnegative=True)
lam = Symbol("lam", positive=True)
t = Symbol("t", integer=True, nonnegative=True)      # summation variable for expectations

# exponential-family pieces as the document identifies them
def b_(v):
    return 1 / factorial(v)


def a_(v):
    return exp(v)


def T_(v):
    return v


def mean_poisson(rate, g=lambda v: v):
    """E[g(Y)] for Y ~ Poisson(rate), written as the defining series."""
    return Sum(g(t) * exp(-rate) * rate**t / factorial(t), (t, 0, oo))


eta_a = log(lam)                                      # (a), (b): eta = log lambda
pois = exp(-lam) * lam**y / factorial(y)

# (c): one example, n = 2 features
th1, th2 = Symbol("theta1", real=True), Symbol("theta2", real=True)
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
eta = th1 * x1 + th2 * x2                             # design choice 3
lam_c = exp(eta)                                      # lambda = exp(eta)
ell = log(b_(y) * exp(eta * T_(y) - a_(eta)))         # log p(y | x; theta)
ell_typo = log(b_(y) * exp(eta * T_(y) - a_(y)))      # written with a(y) in place of a(eta)
ell_final = eta * y - exp(eta) - log(factorial(y))
h = exp(eta)

Ydom = {y: (0, 1, 2, 3, 4, 5), lam: (0.2, 5)}

CLAIMS = [
    Claim(8, "valid", pois, 1 / factorial(y) * exp(y * log(lam) - lam), domain=Ydom,
          note="e^{-lam} lam^y = exp(y log lam - lam)"),
    Claim(9, "valid", 1 / factorial(y) * exp(y * log(lam) - lam),
          b_(y) * exp(eta_a * T_(y) - a_(eta_a)), domain=Ydom,
          note="with b = 1/y!, T(y) = y, eta = log lam, a(eta) = e^eta = lam"),
    Claim(17, "valid", mean_poisson(lam, T_), mean_poisson(lam), domain=Ydom,
          note="T(y) = y, so the two expectations are the same series"),
    Claim(18, "valid", mean_poisson(lam), lam, domain=Ydom,
          note="the mean of a Poisson(lam) variable is lam"),
    Claim(19, "valid", lam, exp(eta_a), domain=Ydom,
          note="eta = log lam, so exp(eta) = lam"),
    Claim(36, "invalid", ell, ell_typo, domain=Ydom,
          note="log p = log b(y) + eta y - a(eta); the line has a(y) = e^y in place of a(eta) = e^{theta^T x} "
               "(fails also if log is read as applying to b(y) only)"),
    Claim(37, "invalid", ell_typo, ell_final, domain=Ydom,
          note="the previous line contains -e^{y}, this one -e^{theta^T x}; they differ unless y = theta^T x "
               "(this line is the correct log-likelihood, but it does not equal the line before)"),
    Claim(44, "valid", mean_poisson(lam_c), lam_c, domain=Ydom,
          note="y | x is Poisson(lam), whose mean is lam"),
    Claim(45, "valid", lam_c, exp(log(lam_c)), domain=Ydom,
          note="eta = log lam"),
    Claim(46, "valid", exp(log(lam_c)), exp(th1 * x1 + th2 * x2), domain=Ydom,
          note="design choice 3: eta = theta^T x"),
    Claim(52, "valid", diff(ell, th1), x1 * y - x1 * exp(eta), domain=Ydom,
          note="d/dtheta_j [theta^T x y - e^{theta^T x} - log y!] = x_j y - x_j e^{theta^T x} (component j = 1)"),
    Claim(53, "valid", x1 * y - x1 * exp(eta), (y - h) * x1, domain=Ydom,
          note="h_theta(x) = exp(theta^T x); factor out x_j"),
]
