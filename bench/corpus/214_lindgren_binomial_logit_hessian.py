from sympy import Symbol, exp, log, cosh, diff

from labels import Claim

SOURCE = ("https://github.com/finnlindgren/StatCompLab/blob/818f352b01074dd6d81e3df763263443e2d53b20/"
          "vignettes/articles/Quiz1Solution.Rmd")
TITLE = "Quiz 1 Solution (StatComp 2021/22): Hessian of the binomial logistic negative log-likelihood"
TOPIC = "logistic"

t1 = Symbol("theta1", real=True)
t2 = Symbol("theta2", real=True)
k = Symbol("k", positive=True)   # the covariate of observation k (eta_k = theta1 + theta2 k)
N = Symbol("N", positive=True)   # number of trials
yk = Symbol("y_k", positive=True)
w = Symbol("w", positive=True)

eta = t1 + t2 * k
f_k = yk * log(1 + exp(-eta)) + (N - yk) * log(1 + exp(eta))
e = Symbol("eta", real=True)          # eta_k as a free variable, for d/d eta_k
f_e = yk * log(1 + exp(-e)) + (N - yk) * log(1 + exp(e))

# first derivative, checked for i = 2 (d eta_k / d theta_2 = k)
d_i = diff(eta, t2)
br1 = yk * (-exp(-eta)) / (1 + exp(-eta)) + (N - yk) * exp(eta) / (1 + exp(eta))
br2 = (yk * (-exp(-eta / 2)) / (exp(eta / 2) + exp(-eta / 2))
       + (N - yk) * exp(eta / 2) / (exp(-eta / 2) + exp(eta / 2)))
br3 = (-yk * (exp(-eta / 2) + exp(eta / 2)) / (exp(eta / 2) + exp(-eta / 2))
       + N * 1 / (exp(-eta) + 1))
br4 = N / (exp(-eta) + 1) - yk

# second derivative, checked for i = 1, j = 2
dd = diff(eta, t1) * diff(eta, t2)
g_e = N / (exp(-e) + 1) - yk

DOM = {yk: (0.1, 3.0), N: (3.0, 6.0), k: (0.5, 3.0), w: (0.1, 3.0)}

CLAIMS = [
    Claim(15, "valid", diff(eta, t2), k, domain=DOM),
    Claim(19, "valid", diff(f_k, t2), d_i * diff(f_e, e).subs(e, eta), domain=DOM),
    Claim(20, "valid", d_i * diff(f_e, e).subs(e, eta), d_i * br1, domain=DOM),
    Claim(24, "valid", d_i * br1, d_i * br2, domain=DOM),
    Claim(28, "valid", d_i * br2, d_i * br3, domain=DOM),
    Claim(32, "valid", d_i * br3, d_i * br4, domain=DOM),
    Claim(40, "valid", diff(f_k, t1, t2), dd * diff(g_e, e).subs(e, eta), domain=DOM),
    Claim(46, "valid", dd * diff(g_e, e).subs(e, eta), dd * N * exp(-eta) / (exp(-eta) + 1)**2,
          domain=DOM),
    Claim(51, "valid", dd * N * exp(-eta) / (exp(-eta) + 1)**2,
          dd * N / (exp(-eta / 2) + exp(eta / 2))**2, domain=DOM),
    Claim(56, "valid", dd * N / (exp(-eta / 2) + exp(eta / 2))**2,
          dd * N / (4 * cosh(eta / 2)**2), domain=DOM),
    Claim(86, "valid", (1 + w) * (1 + 4 * w) - (1 + 2 * w)**2,
          1 + 5 * w + 4 * w**2 - 1 - 4 * w - 4 * w**2, domain=DOM),
    Claim(86, "valid", 1 + 5 * w + 4 * w**2 - 1 - 4 * w - 4 * w**2, w, k=2, domain=DOM),
]
