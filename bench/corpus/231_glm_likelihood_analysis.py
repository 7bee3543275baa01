"""Labels for 231_glm_likelihood_analysis.md (GLM likelihood analysis, section 4.1).

General (non-canonical) claims are checked on one concrete member of the family: cumulant
b(θ) = log(1 + e^θ), dispersion a(φ) = φ, any c(y, φ), variance function V(μ) = μ(1 − μ),
θ(μ) = logit(μ), and a probit link μ = Φ(η) (so the middle chain-rule factors do not cancel).
Canonical-link claims use the logit link θ = η. The Poisson part uses λ_i = exp(β^T x_i).
Sizes: n = 3 observations, 2 coefficients β1, β2 (x_{i1}, x_{i2}).
"""
from sympy import Symbol, E, erf, erfinv, exp, diff, factorial, log, pi, sqrt, prod

from labels import Claim

SOURCE = ("https://github.com/JefoGao/Resource_Generalized-Linear-Models/blob/"
          "f3ea1b539eb4edfcdd3bea175a23d20fe3c7065d/Chapter04/README.md")
TITLE = "4.1 Likelihood Analysis (GLM score via the chain rule; Poisson example)"
TOPIC = "glm"

N = 3
b1, b2, b0 = Symbol("beta1", real=True), Symbol("beta2", real=True), Symbol("beta0", real=True)
x = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(1, N + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, N + 1)]
yc = [Symbol(f"k{i}", integer=True, nonnegative=True) for i in range(1, N + 1)]  # Poisson counts
phi = Symbol("phi", positive=True)
t, m, e = Symbol("t", real=True), Symbol("m", real=True), Symbol("e", real=True)
lam = Symbol("lam", positive=True)
kk = Symbol("kk", integer=True, nonnegative=True)
tt, aa = Symbol("t_", real=True), Symbol("a_", real=True)  # letters of the typo "e^eta"

SMALL = (-1.0, 1.0)
D_GEN = {**{s: SMALL for row in x for s in row}, b1: SMALL, b2: SMALL, phi: (0.3, 2.0)}
D_MU = {m: (0.05, 0.95)}
COUNTS = (0, 1, 2, 3, 4, 5)
D_POIS = {**{s: SMALL for row in x for s in row}, b1: SMALL, b2: SMALL,
          **{k: COUNTS for k in yc}}

eta = [b1 * x[i][0] + b2 * x[i][1] for i in range(N)]


def bfun(th):
    return log(1 + exp(th))


def sig(z):
    return 1 / (1 + exp(-z))


def Phi(z):
    return (1 + erf(z / sqrt(2))) / 2


def logit(q):
    return log(q / (1 - q))


def V(q):
    return q * (1 - q)


def c(yy):
    return -yy**2 / phi  # any c(y, φ); it does not involve θ


# probit (non-canonical) instance
mu = [Phi(eta[i]) for i in range(N)]
theta = [logit(mu[i]) for i in range(N)]
ell = [(y[i] * theta[i] - bfun(theta[i])) / phi + c(y[i]) for i in range(N)]
ell_all = sum(ell)
dl_dth = [(diff((y[i] * t - bfun(t)) / phi + c(y[i]), t)).subs(t, theta[i]) for i in range(N)]
dth_dmu = [diff(logit(m), m).subs(m, mu[i]) for i in range(N)]
dmu_deta = [diff(Phi(e), e).subs(e, eta[i]) for i in range(N)]
bprime = [exp(theta[i]) / (1 + exp(theta[i])) for i in range(N)]  # b'(θ) by hand
phi_prime = [exp(-eta[i]**2 / 2) / sqrt(2 * pi) for i in range(N)]  # Φ'(η) by hand
score_i = [(y[i] - bprime[i]) / phi * (1 / V(mu[i])) * phi_prime[i] for i in range(N)]

# canonical (logit) instance: θ_i = η_i
muc = [sig(eta[i]) for i in range(N)]
ellc = [(y[i] * eta[i] - bfun(eta[i])) / phi + c(y[i]) for i in range(N)]
ellc_all = sum(ellc)
dl_dth_c = (diff((y[0] * t - bfun(t)) / phi + c(y[0]), t)).subs(t, eta[0])
dth_dmu_c = diff(logit(m), m).subs(m, muc[0])
dmu_deta_c = diff(sig(e), e).subs(e, eta[0])
dmu_dth_c = diff(sig(t), t).subs(t, eta[0])

# Poisson instance
lamv = [exp(eta[i]) for i in range(N)]
pmf = [exp(-lamv[i]) * lamv[i]**yc[i] / factorial(yc[i]) for i in range(N)]
ellP = log(prod(pmf))
ellP_sum = sum(yc[i] * log(lamv[i]) - lamv[i] - log(factorial(yc[i])) for i in range(N))

# Bernoulli member with a(φ) = 1 for the variance identity
pB = lambda yy: exp(yy * t - bfun(t))
varB = sum(v**2 * pB(v) for v in (0, 1)) - sum(v * pB(v) for v in (0, 1))**2

CLAIMS = [
    # g(μ)=LP=η=β^T x = β0 + β1 x1 + ⋯  (x_0 = 1 for the intercept; the other links name things)
    Claim(6, "valid", b0 * 1 + b1 * x[0][0] + b2 * x[0][1], b0 + b1 * x[0][0] + b2 * x[0][1]),
    # ℓ = log L = log ∏ exp(...) = Σ (...)
    Claim(23, "valid",
          log(prod(exp((y[i] * theta[i] - bfun(theta[i])) / phi + c(y[i])) for i in range(N))),
          log(prod(exp((y[i] * theta[i] - bfun(theta[i])) / phi + c(y[i])) for i in range(N))),
          domain=D_GEN),
    Claim(23, "valid",
          log(prod(exp((y[i] * theta[i] - bfun(theta[i])) / phi + c(y[i])) for i in range(N))),
          ell_all, k=2, domain=D_GEN),
    # μ = g^{-1}(β^T x): with the probit link g(μ) = √2 erfinv(2μ − 1)
    Claim(29, "valid", m, Phi(sqrt(2) * erfinv(2 * m - 1)), domain=D_MU),
    # chain rule
    Claim(38, "valid", diff(ell[0], b1), dl_dth[0] * dth_dmu[0] * dmu_deta[0] * x[0][0],
          domain=D_GEN),
    # magenta: ∂ℓ_i/∂θ_i = ∂(...)/∂θ_i = (y_i − b'(θ))/a(φ)
    Claim(44, "valid", diff((y[0] * t - bfun(t)) / phi + c(y[0]), t),
          diff((y[0] * t - bfun(t)) / phi + c(y[0]), t), domain=D_GEN),
    Claim(44, "valid", diff((y[0] * t - bfun(t)) / phi + c(y[0]), t),
          (y[0] - exp(t) / (1 + exp(t))) / phi, k=2, domain=D_GEN),
    # orange: ∂θ_i/∂μ_i = 1/V(μ_i)
    Claim(45, "valid", diff(logit(m), m), 1 / V(m), domain=D_MU),
    # cyan: ∂η_i/∂β_j = ∂(β^T x_i)/∂β_j = x_ij
    Claim(47, "valid", diff(eta[0], b1), diff(b1 * x[0][0] + b2 * x[0][1], b1)),
    Claim(47, "valid", diff(b1 * x[0][0] + b2 * x[0][1], b1), x[0][0], k=2),
    # ∂μ/∂θ = V(μ) ; ∂θ_i/∂μ_i = 1/V(μ_i)
    Claim(51, "valid", diff(sig(t), t), V(sig(t))),
    Claim(51, "valid", diff(logit(m), m), 1 / V(m), k=2, domain=D_MU),
    # ∂μ/∂η = ∂g^{-1}(η)/∂η
    Claim(56, "valid", diff(Phi(e), e), diff((1 + erf(e / sqrt(2))) / 2, e)),
    # g(μ)=log(μ/(1−μ)=η): the inner "=" asserts μ/(1−μ) = η
    Claim(57, "ambiguous", m / (1 - m), logit(m), domain=D_MU,
          alt=(log(m / (1 - m)), logit(m)),
          note="as typeset the '=η' sits inside the log, claiming μ/(1−μ)=η; meant log(μ/(1−μ))=η"),
    # g^{-1}(η) = e^η/(1+e^eta) = σ(η) = μ   ("e^eta" typesets as e^e·t·a)
    Claim(57, "ambiguous", sig(e), exp(e) / (1 + E**E * tt * aa), k=2,
          alt=(sig(e), exp(e) / (1 + exp(e))),
          note="'e^eta' renders as e^e·t·a (missing braces); with e^{\\eta} it is the inverse logit"),
    Claim(57, "ambiguous", exp(e) / (1 + E**E * tt * aa), sig(e), k=3,
          alt=(exp(e) / (1 + exp(e)), sig(e)),
          note="same 'e^eta' typo on the left; e^η/(1+e^η) = σ(η)"),
    Claim(57, "valid", sig(e), exp(e) / (1 + exp(e)), k=4),
    # putting it together
    Claim(61, "valid", diff(ell[0], b1), score_i[0] * x[0][0], domain=D_GEN),
    # a(φ)V(μ_i) = V[y_i]  (Bernoulli member, a(φ)=1) ; b'(θ) = μ
    Claim(63, "valid", 1 * V(sig(t)), varB),
    Claim(63, "valid", diff(bfun(t), t), sig(t), k=2),
    # canonical chain
    Claim(75, "valid", diff(ellc[0], b1), dl_dth_c * dth_dmu_c * dmu_deta_c * x[0][0],
          domain=D_GEN),
    Claim(75, "valid", dl_dth_c * dth_dmu_c * dmu_deta_c * x[0][0],
          dl_dth_c * (dth_dmu_c * dmu_dth_c) * x[0][0], k=2, domain=D_GEN),
    Claim(75, "valid", dl_dth_c * (dth_dmu_c * dmu_dth_c) * x[0][0], dl_dth_c * x[0][0], k=3,
          domain=D_GEN),
    Claim(79, "valid", diff(ellc[0], b1), (y[0] - sig(eta[0])) / phi * x[0][0], domain=D_GEN),
    # full-data sums written with ℓ_i on the left
    Claim(86, "ambiguous", diff(ell[0], b1), sum(score_i[i] * x[i][0] for i in range(N)),
          domain=D_GEN, alt=(diff(ell_all, b1), sum(score_i[i] * x[i][0] for i in range(N))),
          note="left side is the one-observation ℓ_i but the right sums over all i; meant ∂ℓ/∂β_j"),
    Claim(90, "ambiguous", diff(ellc[0], b1),
          sum((y[i] - sig(eta[i])) / phi * x[i][0] for i in range(N)), domain=D_GEN,
          alt=(diff(ellc_all, b1), sum((y[i] - sig(eta[i])) / phi * x[i][0] for i in range(N))),
          note="left side is ℓ_i (one observation) while the right sums over i; meant ∂ℓ/∂β_j"),
    # vector x_i with a scalar ∂/∂β_j on the left: component k=2 of the right side
    Claim(94, "ambiguous", diff(ell[0], b1), score_i[0] * x[0][1], domain=D_GEN,
          alt=(diff(ell[0], b2), score_i[0] * x[0][1]),
          note="right side is a vector (x_i) but left is the scalar ∂ℓ_i/∂β_j; meant ∂ℓ_i/∂β"),
    # matrix forms (probit instance), component 1 of column form, component 2 of row form
    Claim(115, "valid", diff(ell_all, b1),
          sum(x[i][0] * (1 / V(mu[i])) * phi_prime[i] * (y[i] - mu[i]) for i in range(N)) / phi,
          domain=D_GEN),
    Claim(117, "valid", diff(ell_all, b2),
          sum((y[i] - mu[i]) * (1 / V(mu[i])) * phi_prime[i] * x[i][1] for i in range(N)) / phi,
          domain=D_GEN),
    Claim(121, "valid", diff(ellc_all, b1),
          sum(x[i][0] * (y[i] - muc[i]) for i in range(N)) / phi, domain=D_GEN),
    Claim(123, "valid", diff(ellc_all, b2),
          sum((y[i] - muc[i]) * x[i][1] for i in range(N)) / phi, domain=D_GEN),
    # Poisson
    Claim(129, "valid", exp(-lam) * lam**kk / factorial(kk),
          exp(kk * log(lam) - lam - log(factorial(kk))), domain={lam: (0.1, 5.0), kk: COUNTS}),
    Claim(133, "valid", lam, exp(log(lam)), domain={lam: (0.1, 5.0)}),
    Claim(134, "valid", diff(exp(t), t), exp(t)),
    Claim(139, "valid", ellP, ellP_sum, domain=D_POIS),
    Claim(141, "valid", diff(ellP, b1), sum((yc[i] - exp(eta[i])) / 1 * x[i][0] for i in range(N)),
          domain=D_POIS),
    Claim(141, "valid",
          sum((yc[i] - diff(exp(t), t).subs(t, eta[i])) / 1 * x[i][0] for i in range(N)),
          sum((yc[i] - exp(eta[i])) / 1 * x[i][0] for i in range(N)), k=2, domain=D_POIS),
    Claim(141, "valid", sum((yc[i] - exp(eta[i])) / 1 * x[i][0] for i in range(N)),
          sum((yc[i] - exp(eta[i])) * x[i][0] for i in range(N)), k=3, domain=D_POIS),
    Claim(145, "ambiguous", diff(ellP, b1),
          sum(x[i][1] * (yc[i] - lamv[i]) for i in range(N)) / 1, domain=D_POIS,
          alt=(diff(ellP, b2), sum(x[i][1] * (yc[i] - lamv[i]) for i in range(N)) / 1),
          note="left is the scalar ∂ℓ/∂β_j, right the vector X^T(y−μ); meant ∂ℓ/∂β"),
    Claim(145, "valid", sum(x[i][0] * (yc[i] - lamv[i]) for i in range(N)),
          sum(x[i][0] * (yc[i] - exp(eta[i])) for i in range(N)), k=2, domain=D_POIS),
]
