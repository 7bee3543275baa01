from sympy import (Symbol, exp, log, diff, factorial, Sum, oo, sqrt, pi, integrate,
                   Integral)
from labels import Claim

SOURCE = ("https://github.com/Doraemonzzz/CS229/blob/a4d3af6576717d478004ca67dd8b53c495e1075c/"
          "17autumn/ps1/md/personal_solution1.md")
TITLE = "CS229 PS1 Q2: Poisson regression and the exponential family (Doraemonzzz)"
TOPIC = "glm"

# ---- symbols -------------------------------------------------------------------------
y = Symbol("y", integer=True, nonnegative=True)   # Poisson count y^{(i)}
lam = Symbol("lam", positive=True)                # Poisson mean lambda
eta = Symbol("eta", real=True)                    # natural parameter
k = Symbol("k", integer=True, nonnegative=True)   # summation dummy for expectations
t1, t2, x1, x2 = (Symbol(s, real=True) for s in ("t1", "t2", "x1", "x2"))  # theta, x (n = 2)
alpha = Symbol("alpha", real=True)
th_j = Symbol("th_j", real=True)                  # current value of theta_j in the update rule
Y_DOM = (0, 1, 2, 3, 4, 5)

tx = t1 * x1 + t2 * x2                            # theta^T x^{(i)}
LAM = exp(tx)                                     # lambda = e^{theta^T x}

# Poisson expectation E[y; eta] (lambda = e^eta), as an explicit series
E_pois = Sum(k * exp(-exp(eta)) * exp(eta) ** k / factorial(k), (k, 0, oo))

# Poisson log-likelihood of one example, final form of the aligned block in (c)
l_pois = y * tx - exp(tx) - log(factorial(y))

# ---- part (d): a general exponential family with T(y) = y over the real line, checked at the
# unit-variance Gaussian instance b(y) = e^{-y^2/2}/sqrt(2 pi), a(eta) = eta^2/2 (the author
# writes integrals over (-inf, inf) dy, i.e. a density) --------------------------------------
yc = Symbol("yc", real=True)                      # continuous response y in part (d)
b = exp(-yc ** 2 / 2) / sqrt(2 * pi)
a = eta ** 2 / 2
da = diff(a, eta)                                 # a'(eta)
E_gauss = integrate(yc * b * exp(eta * yc - a), (yc, -oo, oo))   # E[y; eta] = eta
h = E_gauss                                       # h(x) = E[y; eta] (GLM hypothesis)
ETA = tx                                          # eta = theta^T x in (d)
l_d = ETA * yc - a.subs(eta, ETA) + log(b)        # l = eta y - a(eta) + log b(y)
hx = h.subs(eta, ETA)                             # h(x) at eta = theta^T x

CLAIMS = [
    # (a)
    Claim(6, "valid", exp(-lam) * lam ** y / factorial(y), exp(y * log(lam) - lam) / factorial(y),
          domain={y: Y_DOM, lam: (0.1, 5)},
          note="lambda^y e^{-lambda} = exp(y log lambda - lambda); first '=' states the Poisson pmf"),
    Claim(14, "valid", lam, exp(log(lam)), domain={lam: (0.1, 5)},
          note="with eta = log lambda, lambda = e^eta; b, eta, T, a(eta)=lambda are definitions"),
    # (b)
    Claim(20, "valid", E_pois, E_pois,
          note="T(y) = y, so E[T(y); eta] and E[y; eta] are the same expectation"),
    Claim(20, "valid", E_pois, exp(eta), k=2,
          note="the mean of a Poisson(lambda) variable is lambda = e^eta"),
    Claim(20, "valid", exp(eta), exp(eta), k=3,
          note="lambda = e^eta since eta = log lambda"),
    # (c)
    Claim(22, "valid", lam, exp(log(lam)), domain={lam: (0.1, 5)},
          note="lambda = e^eta because eta = log lambda (eta = theta^T x is the GLM choice, a definition)"),
    Claim(22, "valid", exp(tx), exp(tx), k=2,
          note="substituting eta = theta^T x"),
    Claim(28, "valid", log(exp(-LAM) * LAM ** y / factorial(y)),
          log(exp(-LAM) * LAM ** y / factorial(y)), domain={y: Y_DOM},
          note="log of the Poisson pmf at lambda = e^{theta^T x}; 'l = log p(...)' is the definition"),
    Claim(29, "valid", log(exp(-lam) * lam ** y / factorial(y)),
          y * log(lam) - lam - log(factorial(y)), domain={y: Y_DOM, lam: (0.1, 5)},
          note="log rules on e^{-lambda} lambda^y / y!"),
    Claim(30, "valid", y * log(LAM) - LAM - log(factorial(y)), l_pois, domain={y: Y_DOM},
          note="log lambda = theta^T x when lambda = e^{theta^T x}"),
    Claim(35, "valid", diff(l_pois, t1), y * x1 - exp(tx) * x1, domain={y: Y_DOM},
          note="d/dtheta_1 of y theta^T x - e^{theta^T x}; x_j read as x_j^{(i)} (same single example)"),
    Claim(35, "valid", y * x1 - exp(tx) * x1, (y - exp(tx)) * x1, k=2, domain={y: Y_DOM},
          note="factor out x_j"),
    # (d)  -- line 39 is the update rule theta_j = theta_j + ..., not a claim
    Claim(43, "valid", b * exp(eta * yc - a), b * exp(eta * yc - a),
          note="T(y) = y; the first '=' restates the exponential-family form (definition)"),
    Claim(47, "valid", E_gauss, E_gauss,
          note="T(y) = y, so the two expectations coincide"),
    Claim(53, "valid", log(b * exp(eta * yc - a)), log(b * exp(eta * yc - a)),
          note="p(y; eta) = b(y) exp(eta y - a(eta)); 'l = log p' is the definition"),
    Claim(54, "valid", log(b * exp(eta * yc - a)), eta * yc - a + log(b),
          note="log of a product with b(y) > 0"),
    Claim(60, "valid", diff(l_d, t1), yc * x1 - da.subs(eta, ETA) * diff(ETA, t1),
          note="chain rule through eta = theta^T x (checked at a(eta) = eta^2/2)"),
    Claim(60, "valid", yc * x1 - da.subs(eta, ETA) * diff(ETA, t1), (yc - da.subs(eta, ETA)) * x1,
          k=2, note="d eta / d theta_j = x_j"),
    Claim(62, "valid", da, h,
          note="a'(eta) = E[y; eta] = h(x) for an exponential family with T(y) = y"),
    Claim(62, "valid", h, E_gauss, k=2,
          note="h(x) is the GLM hypothesis E[y; eta]"),
    Claim(64, "valid", integrate(b * exp(eta * yc - a), (yc, -oo, oo)), 1,
          note="the density integrates to one"),
    Claim(65, "valid", integrate(b * exp(eta * yc), (yc, -oo, oo)), exp(a),
          note="multiply the previous identity by exp(a(eta))"),
    Claim(69, "valid", integrate(yc * b * exp(eta * yc), (yc, -oo, oo)), exp(a) * da,
          note="differentiate both sides of the previous line in eta (extra ')' is a typo only)"),
    Claim(70, "valid", da, integrate(yc * b * exp(eta * yc - a), (yc, -oo, oo)),
          note="divide by exp(a(eta))"),
    Claim(70, "valid", integrate(yc * b * exp(eta * yc - a), (yc, -oo, oo)), E_gauss, k=2,
          note="that integral is the mean of y under p(y; eta)"),
    Claim(74, "valid", diff(l_d, t1), (yc - hx) * x1,
          note="a'(eta) = h(x) substituted into (y - a'(eta)) x_j"),
    Claim(78, "valid", th_j + alpha * (yc - hx) * x1, th_j - alpha * (hx - yc) * x1,
          note="sign rearrangement; the first '=' is the update rule (not a claim)"),
]
