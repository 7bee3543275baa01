from sympy import Symbol, exp, log, diff, factorial, summation, oo, simplify, Integer

from labels import Claim

SOURCE = "https://github.com/PricingFrontier/rustystats/blob/860c8be8e680f6bfbf83c91babe0e2820de9f369/docs/theory/glm-intro.md"
TITLE = "RustyStats docs: Introduction to Generalized Linear Models (Poisson exponential form, log-likelihood, score)"
TOPIC = "glm"

# ---- Poisson in exponential-family form (single observation)
mu = Symbol("mu", positive=True)
y = Symbol("y", integer=True, nonnegative=True)
t = Symbol("theta", real=True)
Y_DOM = {y: (0, 1, 2, 3, 4, 5), mu: (0.2, 4.0)}
pmf = mu**y * exp(-mu) / factorial(y)
b = exp(t)  # b(theta) = e^theta
kk = Symbol("k", integer=True, nonnegative=True)
EY = simplify(summation(kk * mu**kk * exp(-mu) / factorial(kk), (kk, 0, oo)))  # E(Y) for Poisson(mu)

# ---- n = 3 observations, two covariates, Poisson with canonical log link, dispersion phi
n = 3
phi = Symbol("phi", positive=True)
b1, b2 = Symbol("beta_1", real=True), Symbol("beta_2", real=True)
X = [[Symbol(f"x_{i}{k}", real=True) for k in (1, 2)] for i in range(1, n + 1)]
Y = [Symbol(f"y_{i}", positive=True) for i in range(1, n + 1)]
YI = [Symbol(f"yi_{i}", integer=True, nonnegative=True) for i in range(1, n + 1)]
eta = [X[i][0] * b1 + X[i][1] * b2 for i in range(n)]
mus = [exp(e) for e in eta]          # mu_i = g^{-1}(eta_i), g = log
thetas = eta                          # canonical: theta_i = log mu_i = eta_i
m_, e_ = Symbol("m", positive=True), Symbol("e", real=True)
DOM3 = {**{s: (0.2, 4.0) for s in Y}, **{s: (0, 1, 2, 3, 4) for s in YI}, phi: (0.3, 3.0)}

ell = sum((Y[i] * thetas[i] - exp(thetas[i])) / phi for i in range(n))  # c(y, phi) carries no beta
score1 = diff(ell, b1)
dl_dtheta = [(Y[i] - exp(thetas[i])) / phi for i in range(n)]
dtheta_dmu = [diff(log(m_), m_).subs(m_, mus[i]) for i in range(n)]       # 1/mu
dmu_deta = [diff(exp(e_), e_).subs(e_, eta[i]) for i in range(n)]         # e^eta
deta_db1 = [diff(eta[i], b1) for i in range(n)]
V = mus                                # V(mu) = mu
gprime = [diff(log(m_), m_).subs(m_, mus[i]) for i in range(n)]           # g'(mu) = 1/mu

# single-observation pieces for factor 1 (symbols)
th1, y1 = Symbol("theta_1", real=True), Symbol("y_1", positive=True)
ell_1 = (y1 * th1 - exp(th1)) / phi
mu_, eta_ = Symbol("mu", positive=True), Symbol("eta", real=True)

CLAIMS = [
    # P(Y=y) = exp(log(...)) = exp(y log mu - mu - log y!)
    Claim(15, "valid", pmf, exp(log(pmf)), domain=Y_DOM),
    Claim(15, "valid", exp(log(pmf)), exp(y * log(mu) - mu - log(factorial(y))), k=2, domain=Y_DOM),
    # b(theta) = e^theta = mu (theta = log mu); and mu = e^theta
    Claim(23, "valid", exp(log(mu)), mu, domain=Y_DOM),
    Claim(23, "valid", mu, exp(log(mu)), k=2, domain=Y_DOM),
    # b'(theta) = d/dtheta e^theta = e^theta = mu ; E(Y) = mu
    Claim(29, "valid", diff(b, t), diff(exp(t), t)),
    Claim(29, "valid", diff(exp(t), t), exp(t), k=2),
    Claim(29, "valid", exp(t).subs(t, log(mu)), mu, k=3, domain=Y_DOM),
    Claim(29, "valid", EY, mu, k=4, domain=Y_DOM),
    # b''(theta) = d2/dtheta2 e^theta = e^theta = mu ; V(mu) = mu
    Claim(30, "valid", diff(b, t, 2), diff(exp(t), t, 2)),
    Claim(30, "valid", diff(exp(t), t, 2), exp(t), k=2),
    Claim(30, "valid", exp(t).subs(t, log(mu)), mu, k=3, domain=Y_DOM),
    Claim(30, "valid", diff(b, t, 2).subs(t, log(mu)), mu, k=4, domain=Y_DOM),
    # log L = sum log f  (n = 3, Poisson pmfs)
    Claim(38, "valid",
          log((exp(-mus[0]) * mus[0]**YI[0] / factorial(YI[0]))
              * (exp(-mus[1]) * mus[1]**YI[1] / factorial(YI[1]))
              * (exp(-mus[2]) * mus[2]**YI[2] / factorial(YI[2]))),
          sum(log(exp(-mus[i]) * mus[i]**YI[i] / factorial(YI[i])) for i in range(n)), domain=DOM3),
    # ell = sum[(y theta - b(theta))/phi + c(y, phi)] with phi = 1, c = -log y!
    Claim(44, "valid",
          sum(log(exp(-mus[i]) * mus[i]**YI[i] / factorial(YI[i])) for i in range(n)),
          sum((YI[i] * log(mus[i]) - exp(log(mus[i]))) / 1 - log(factorial(YI[i])) for i in range(n)),
          domain=DOM3),
    # chain rule
    Claim(64, "valid", score1,
          sum(dl_dtheta[i] * dtheta_dmu[i] * dmu_deta[i] * deta_db1[i] for i in range(n)), domain=DOM3),
    # factor 1
    Claim(76, "valid", diff(ell_1, th1), (y1 - diff(exp(th1), th1)) / phi, domain=DOM3),
    Claim(76, "valid", (y1 - diff(exp(th1), th1)) / phi, (y1 - exp(th1)) / phi, k=2, domain=DOM3),
    # factor 2: dmu/dtheta = b''(theta) = V(mu); dtheta/dmu = 1/V(mu)
    Claim(81, "valid", diff(exp(th1), th1), diff(b, t, 2).subs(t, th1)),
    Claim(81, "valid", diff(b, t, 2).subs(t, log(mu_)), mu_, k=2),
    Claim(84, "valid", diff(log(mu_), mu_), 1 / mu_),
    # factor 3: dmu/deta = d g^{-1}(eta)/deta = 1/g'(mu)
    Claim(92, "valid", diff(exp(eta_), eta_), diff(exp(eta_), eta_)),
    Claim(92, "valid", diff(exp(eta_), eta_), 1 / diff(log(m_), m_).subs(m_, exp(eta_)), k=2),
    Claim(95, "valid", diff(exp(eta_), eta_), 1 / diff(log(m_), m_).subs(m_, exp(eta_))),
    Claim(95, "valid", 1 / diff(log(m_), m_).subs(m_, exp(eta_)), 1 / (1 / exp(eta_)), k=2),
    # factor 4
    Claim(99, "valid", X[0][0] * b1 + X[0][1] * b2, sum(X[0][k] * (b1, b2)[k] for k in range(2))),
    Claim(102, "valid", diff(eta[0], b1), X[0][0]),
    # combining
    Claim(108, "valid", score1,
          sum((Y[i] - mus[i]) / phi * (1 / V[i]) * (1 / gprime[i]) * X[i][0] for i in range(n)), domain=DOM3),
    Claim(112, "valid",
          sum((Y[i] - mus[i]) / phi * (1 / V[i]) * (1 / gprime[i]) * X[i][0] for i in range(n)),
          sum((Y[i] - mus[i]) * X[i][0] / (phi * V[i] * gprime[i]) for i in range(n)), domain=DOM3),
]
