from sympy import Symbol, exp, log, diff, sqrt, pi, factorial, summation, oo, Matrix, diag

from labels import Claim

SOURCE = ("https://github.com/mikenguyen13/data_analysis/blob/"
          "3a6ad977122b803d7af889ffb78959012286f3f4/06-2-nonlinear_regression.Rmd")
TITLE = "Generalization: exponential family, GLM score, Fisher information (A Guide on Data Analysis)"
TOPIC = "glm"

# ---------------------------------------------------------------- Normal example
y = Symbol("y", real=True)
mu = Symbol("mu", real=True)
sig = Symbol("sigma", positive=True)
th = Symbol("theta", real=True)
s2 = sig ** 2
npdf = 1 / sqrt(2 * pi * s2) * exp(-(y - mu) ** 2 / (2 * s2))
n1 = exp(-1 / (2 * s2) * (y ** 2 - 2 * y * mu + mu ** 2) - log(2 * pi * s2) / 2)
n2 = exp((y * mu - mu ** 2 / 2) / s2 - y ** 2 / (2 * s2) - log(2 * pi * s2) / 2)
c_norm = -(y ** 2 / s2 + log(2 * pi * s2)) / 2
n3 = exp((mu * y - mu ** 2 / 2) / s2 + c_norm)          # theta = mu, b = mu^2/2, a = sigma^2
nd = {sig: (0.3, 2)}
b_norm = th ** 2 / 2                                     # b as a function of theta
b_prime_at_mu = diff(b_norm, th).subs(th, mu)            # b'(theta) at theta = mu
b_of = lambda arg: b_norm.subs(th, arg)

# ---------------------------------------------------------------- Poisson example
k = Symbol("k", integer=True, nonnegative=True)
lam = Symbol("lam", positive=True)
ppmf = lam ** k * exp(-lam) / factorial(k)
pd = {lam: (0.2, 5), k: (0, 1, 2, 3, 4)}
pd_big = {lam: (0.2, 5), k: (2, 3, 4, 5)}
b_pois = exp(th)
EY_pois = summation(k * ppmf, (k, 0, oo))                  # = lam
VarY_pois = summation((k - lam) ** 2 * ppmf, (k, 0, oo))   # = lam

# ---------------------------------------------------------------- a concrete GLM for the general steps
# Poisson response (b = e^theta), dispersion a(phi) = phi, non-canonical softplus link mu = log(1 + e^eta),
# eta_i = beta_1 x_i1 + beta_2 x_i2, n = 3 observations.
n = 3
B1, B2 = Symbol("B1", real=True), Symbol("B2", real=True)
phi = Symbol("phi", positive=True)
xs = [[Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)] for i in range(1, n + 1)]
ys = [Symbol(f"y{i}", positive=True) for i in range(1, n + 1)]
cs = [Symbol(f"c{i}", real=True) for i in range(1, n + 1)]
gd = {**{v: (0.5, 4) for v in ys}, phi: (0.3, 3)}
eta = [B1 * xs[i][0] + B2 * xs[i][1] for i in range(n)]
e_ = Symbol("e_", real=True)
m_ = Symbol("m_", positive=True)
softplus = log(1 + exp(e_))
mus = [softplus.subs(e_, eta[i]) for i in range(n)]
dmu_deta = [diff(softplus, e_).subs(e_, eta[i]) for i in range(n)]      # d mu / d eta
deta_dmu = [1 / dmu_deta[i] for i in range(n)]
Vs = [diff(exp(th), th, 2).subs(th, log(mus[i])) for i in range(n)]   # V(mu) = b''(theta)
ws = [1 / (deta_dmu[i] ** 2 * Vs[i]) for i in range(n)]
thetas = [log(mus[i]) for i in range(n)]                              # theta = log mu
li = [(thetas[i] * ys[i] - exp(thetas[i])) / phi + cs[i] for i in range(n)]
lg = sum(li)
dl_dth = [diff((th * ys[i] - exp(th)) / phi, th).subs(th, thetas[i]) for i in range(n)]
dth_dmu = [diff(log(m_), m_).subs(m_, mus[i]) for i in range(n)]
chain = [dl_dth[i] * dth_dmu[i] * dmu_deta[i] * xs[i][0] for i in range(n)]  # j = 1
score_terms = [(ys[i] - mus[i]) / phi / Vs[i] * dmu_deta[i] * xs[i][0] for i in range(n)]
fisher12 = -diff(lg, B1, B2).subs({ys[i]: mus[i] for i in range(n)})     # -E(d2 l), y enters linearly
Xg = Matrix(xs)
Wg = diag(*ws)
Dg = diag(*deta_dmu)
Vg = diag(*Vs)
Fg = Matrix([[dmu_deta[i] * xs[i][0], dmu_deta[i] * xs[i][1]] for i in range(n)])
yv = Matrix(ys)
mv = Matrix(mus)

# ---------------------------------------------------------------- Bernoulli with the logit link
Y = [Symbol(f"z{i}", integer=True) for i in range(1, n + 1)]
bd = {v: (0, 1) for v in Y}
pb = [exp(eta[i]) / (1 + exp(eta[i])) for i in range(n)]
lb = sum(Y[i] * eta[i] - log(1 + exp(eta[i])) for i in range(n))
b_bern = log(1 + exp(th))
sig_th = exp(th) / (1 + exp(th))
zb = Symbol("zb", integer=True)
pdef = Symbol("pp", positive=True)
Vb = [diff(b_bern, th, 2).subs(th, eta[i]) for i in range(n)]
dmu_b = [diff(exp(e_) / (1 + exp(e_)), e_).subs(e_, eta[i]) for i in range(n)]
wb = [1 / (diff(log(m_ / (1 - m_)), m_).subs(m_, pb[i]) ** 2 * Vb[i]) for i in range(n)]
u1, u2 = Symbol("u1", real=True), Symbol("u2", real=True)   # a second, unrelated vector x

# ---------------------------------------------------------------- dispersion: a(phi) = phi, b = e^theta
yy = Symbol("yy", real=True)
cfun = -yy ** 2 / (2 * phi)
l_phi = (th * yy - exp(th)) / phi + cfun

CLAIMS = [
    # Normal density in exponential-family form
    Claim(30, "valid", npdf, n1, domain=nd),
    Claim(31, "valid", n1, n2, domain=nd),
    Claim(32, "valid", n2, n3, domain=nd),
    Claim(41, "valid", log(npdf) - (mu * y - mu ** 2 / 2) / s2, c_norm, domain=nd),
    # b'(theta) = d b(mu^2/2) / d mu = mu
    Claim(58, "ambiguous", b_prime_at_mu, diff(b_of(mu ** 2 / 2), mu),
          alt=(b_prime_at_mu, diff(mu ** 2 / 2, mu)),
          note="b(mu^2/2) read literally applies b(theta)=theta^2/2 to mu^2/2; meant d(mu^2/2)/dmu"),
    Claim(58, "ambiguous", diff(b_of(mu ** 2 / 2), mu), mu, k=2,
          alt=(diff(mu ** 2 / 2, mu), mu),
          note="literally b(mu^2/2) = mu^4/8 whose derivative is mu^3/2; meant d(mu^2/2)/dmu = mu"),
    Claim(59, "valid", diff(b_norm, th, 2), diff(mu ** 2 / 2, mu, 2)),
    Claim(59, "valid", diff(mu ** 2 / 2, mu, 2), 1, k=2),
    Claim(60, "valid", s2 * diff(b_norm, th, 2), s2, domain=nd),
    # Poisson
    Claim(68, "valid", ppmf, exp(k * log(lam) - lam - log(factorial(k))), domain=pd),
    Claim(69, "valid", exp(k * log(lam) - lam - log(factorial(k))),
          exp(k * th - exp(th) - log(factorial(k))).subs(th, log(lam)), domain=pd),
    Claim(78, "invalid", log(ppmf) - (k * log(lam) - lam), log(factorial(k)), domain=pd_big,
          note="matching exp(y theta - e^theta + c) needs c(y, phi) = -log(y!), sign dropped"),
    Claim(83, "valid", EY_pois, diff(b_pois, th).subs(th, log(lam)), domain=pd),
    Claim(83, "valid", diff(b_pois, th), exp(th), k=2),
    Claim(83, "valid", exp(th).subs(th, log(lam)), lam, k=3, domain=pd),
    Claim(84, "valid", VarY_pois, diff(b_pois, th, 2).subs(th, log(lam)), domain=pd),
    Claim(84, "valid", diff(b_pois, th, 2).subs(th, log(lam)), lam, k=2, domain=pd),
    # general log-likelihood and score (concrete Poisson GLM with softplus link)
    Claim(129, "valid", sum(log(exp((thetas[i] * ys[i] - exp(thetas[i])) / phi + cs[i])) for i in range(n)),
          sum((thetas[i] * ys[i] - exp(thetas[i])) / phi + cs[i] for i in range(n)), domain=gd),
    Claim(137, "valid", diff(li[0], B1), chain[0], domain=gd),
    Claim(138, "ambiguous", chain[0], sum(score_terms), domain=gd,
          alt=(sum(chain), sum(score_terms)),
          note="left side is one observation's l_i, right side sums over all i; holds for l"),
    Claim(151, "invalid", diff(lg, B1),
          sum(ys[i] * mus[i] / phi * ws[i] * deta_dmu[i] * xs[i][0] for i in range(n)), domain=gd,
          note="y_i mu_i written for y_i - mu_i (and l_i for l)"),
    Claim(167, "valid", fisher12, sum(ws[i] / phi * xs[i][0] * xs[i][1] for i in range(n)), domain=gd),
    # Bernoulli, logit link
    Claim(173, "valid", b_bern.subs(th, eta[0]), log(1 + exp(eta[0]))),
    Claim(175, "valid", log(sig_th ** zb * (1 - sig_th) ** (1 - zb)) - (zb * th - b_bern), 0,
          domain={zb: (0, 1)}),
    Claim(176, "valid", sum(v * exp(v * th - b_bern) for v in (0, 1)), diff(b_bern, th)),
    Claim(176, "valid", diff(b_bern, th), exp(th) / (1 + exp(th)), k=2),
    Claim(177, "valid", log(sig_th / (1 - sig_th)), th),
    Claim(177, "valid", th, log(pdef / (1 - pdef)).subs(pdef, sig_th), k=2),
    Claim(183, "ambiguous", Y[0] * eta[0] - log(1 + exp(eta[0])),
          Y[0] * eta[0] - log(1 + exp(B1 * u1 + B2 * u2)), domain=bd,
          alt=(Y[0] * eta[0] - log(1 + exp(eta[0])), Y[0] * eta[0] - log(1 + exp(eta[0]))),
          note="x'beta without the index i; holds when x means x_i"),
    Claim(189, "valid", Vb[0], pb[0] * (1 - pb[0])),
    Claim(190, "valid", dmu_b[0], pb[0] * (1 - pb[0])),
    Claim(197, "valid", diff(lb, B1),
          sum((Y[i] - pb[i]) / 1 * (1 / Vb[i]) * dmu_b[i] * xs[i][0] for i in range(n)), domain=bd),
    Claim(198, "valid", sum((Y[i] - pb[i]) / 1 * (1 / Vb[i]) * dmu_b[i] * xs[i][0] for i in range(n)),
          sum((Y[i] - pb[i]) * 1 / (pb[i] * (1 - pb[i])) * pb[i] * (1 - pb[i]) * xs[i][0] for i in range(n)),
          domain=bd),
    Claim(199, "valid",
          sum((Y[i] - pb[i]) * 1 / (pb[i] * (1 - pb[i])) * pb[i] * (1 - pb[i]) * xs[i][0] for i in range(n)),
          sum((Y[i] - pb[i]) * xs[i][0] for i in range(n)), domain=bd),
    Claim(200, "valid", sum((Y[i] - pb[i]) * xs[i][0] for i in range(n)),
          sum((Y[i] - exp(eta[i]) / (1 + exp(eta[i]))) * xs[i][0] for i in range(n)), domain=bd),
    Claim(207, "valid", wb[0], pb[0] * (1 - pb[0])),
    Claim(211, "valid", sum(wb[i] / 1 * xs[i][0] * xs[i][1] for i in range(n)),
          sum(pb[i] * (1 - pb[i]) * xs[i][0] * xs[i][1] for i in range(n))),
    # matrix notation (concrete Poisson GLM again)
    Claim(260, "valid", diff(lg, B1), ((Xg.T * Wg * Dg * (yv - mv)) / phi)[0], domain=gd),
    Claim(261, "valid", ((Xg.T * Wg * Dg * (yv - mv)) / phi)[0], ((Fg.T * Vg.inv() * (yv - mv)) / phi)[0],
          domain=gd),
    Claim(266, "valid", fisher12, ((Xg.T * Wg * Xg) / phi)[0, 1], domain=gd),
    Claim(266, "valid", ((Xg.T * Wg * Xg) / phi)[0, 0], ((Fg.T * Vg.inv() * Fg) / phi)[0, 0], k=2,
          domain=gd),
    Claim(274, "valid", diff(mus[0], B2), dmu_deta[0] * xs[0][1]),
    # dispersion
    Claim(322, "invalid", diff(l_phi, phi),
          (th * yy - exp(th) * diff(phi, phi)) / phi ** 2 + diff(cfun, phi), domain={phi: (0.3, 3)},
          note="d/dphi of (theta y - b)/a(phi) is -(theta y - b) a'(phi)/a^2; sign lost and a' misplaced"),
]
