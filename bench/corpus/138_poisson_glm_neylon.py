from sympy import Symbol, exp, log, diff, factorial, Integer

from labels import Claim

SOURCE = ("https://github.com/tylerneylon/math/blob/0d79d89db6728d6d839593e6d52414e4dca6844e/"
          "ml_notes/cs229/cs229hw.md")
TITLE = "Poisson regression and the exponential family, CS229 PS1 (Tyler Neylon)"
TOPIC = "glm"


def R(name, **kw):
    return Symbol(name, real=True, **kw)


eta = R("eta")
lam = R("lambda", positive=True)
y = R("y")
LAM = {lam: (0.1, 7.0)}
Y = {y: (0, 1, 2, 3, 4, 5, 6)}          # Poisson counts

# theta and x with d = 2; a gradient is projected on an arbitrary vector v
th = [R("theta1"), R("theta2")]
x = [R("x1"), R("x2")]
v = [R("v1"), R("v2")]
thx = th[0] * x[0] + th[1] * x[1]

# "integrals" over y of the Poisson family = sums over y = 0..K (tail < 1e-120 for lambda <= 7.4)
K = 150
ks = range(K + 1)


def a(e):
    return exp(e)                      # a(eta) = e^eta


def b(k):
    return 1 / factorial(k)            # b(y) = 1/y!


a_prime = diff(a(eta), eta)            # a'(eta), computed, = e^eta
p_k = [exp(-exp(eta)) * exp(eta)**k / factorial(k) for k in ks]           # e^{-lambda} lambda^y / y!
fam_k = [b(k) * exp(eta * k - a(eta)) for k in ks]                        # b(y) exp(eta y - a(eta))
int_p = sum(p_k)
E_y = sum(k * p_k[k] for k in ks)                                          # E[y] = sum y p(y)
E_y_lam = sum(k * exp(-lam) * lam**k / factorial(k) for k in ks)           # E[y; eta] in terms of lambda
E_y_thx = E_y.subs(eta, thx)

# log-likelihood of one example with lambda = e^{theta^T x}
lam_x = exp(thx)
logp = -lam_x + y * log(lam_x) - log(factorial(y))
dlogp = sum(v[j] * diff(logp, th[j]) for j in range(2))

CLAIMS = [
    Claim(26, "valid", exp(log(lam)), lam, domain=LAM,
          note="with eta = log(lambda), e^eta = lambda"),
    Claim(37, "valid", E_y_lam, lam, domain=LAM,
          note="the Poisson mean is lambda (sum of y e^{-lambda} lambda^y / y!)"),
    Claim(37, "valid", lam, exp(log(lam)), k=2, domain=LAM, note="eta = log(lambda)"),
    Claim(37, "valid", exp(eta).subs(eta, thx), exp(thx), k=3, note="eta = theta^T x"),
    Claim(45, "valid", logp, log(1 / factorial(y)) + (y * thx - exp(thx)), domain=Y,
          note="log of e^{-lambda} lambda^y / y! with lambda = e^{theta^T x}"),
    Claim(48, "valid", dlogp, sum(v[j] * (y * x[j] - x[j] * exp(thx)) for j in range(2)), domain=Y,
          note="d/dtheta_j of y theta^T x - e^{theta^T x} (log(1/y!) is constant)"),
    Claim(49, "valid", sum(v[j] * (y * x[j] - x[j] * exp(thx)) for j in range(2)),
          sum(v[j] * x[j] * (y - exp(thx)) for j in range(2)), domain=Y, note="factor out x_j"),
    Claim(64, "valid", exp(thx), E_y_thx,
          note="h(x) = e^{theta^T x} is the Poisson mean at eta = theta^T x"),
    Claim(64, "valid", E_y, a_prime, k=2,
          note="for a(eta) = e^eta, a'(eta) = e^eta = lambda = E[y]"),
    Claim(68, "valid", int_p, sum(fam_k),
          note="p(y) written in exponential-family form"),
    Claim(68, "valid", sum(fam_k), Integer(1), k=2, note="a probability distribution sums to one"),
    Claim(74, "valid", Integer(0), diff(int_p, eta),
          note="derivative of the constant 1"),
    Claim(75, "valid", diff(int_p, eta), sum(diff(f, eta) for f in fam_k),
          note="differentiate under the integral (sum)"),
    Claim(76, "valid", sum(diff(f, eta) for f in fam_k),
          sum(b(k) * (k - a_prime) * exp(eta * k - a(eta)) for k in ks),
          note="chain rule on exp(eta y - a(eta))"),
    Claim(77, "valid", sum(b(k) * (k - a_prime) * exp(eta * k - a(eta)) for k in ks),
          sum(k * p_k[k] for k in ks) - a_prime * int_p,
          note="split the integral; b(y) exp(eta y - a(eta)) = p(y)"),
    Claim(78, "valid", sum(k * p_k[k] for k in ks) - a_prime * int_p, E_y - a_prime,
          note="int y p(y) dy = E[y] and int p(y) dy = 1"),
    Claim(81, "valid", E_y, a_prime, note="from 0 = E[y] - a'(eta)"),
    Claim(81, "valid", a_prime.subs(eta, thx), exp(thx), k=2, note="eta = theta^T x"),
]
