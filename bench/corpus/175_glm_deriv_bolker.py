from sympy import Symbol, symbols, exp, log, diff, factorial, Matrix

from labels import Claim

SOURCE = ("https://github.com/bbolker/stat4c03/blob/34dc039fcea86dca2f08e37feed56c3ef9946c63/"
          "notes/glm_deriv.rnw")
TITLE = "GLMs; definition and derivation (exponential family, score, Fisher scoring / IRLS)"
TOPIC = "glm"

POS = (0.2, 2.0)

# ---------------------------------------------------------------- Poisson example (lines 52, 54)
y_int = Symbol("y", integer=True, nonnegative=True)
lam = Symbol("lambda", positive=True)
th = Symbol("theta", real=True)
pois_ll_lam = y_int * log(lam) - lam - log(factorial(y_int))

# ---------------------------------------------------------------- Bernoulli (canonical, phi = 1)
sig = 1 / (1 + exp(-th))                   # P(Y = 1) under theta
b_bern = log(1 + exp(th))                  # b(theta) of the Bernoulli
bp = diff(b_bern, th)                      # b'(theta)
bpp = diff(b_bern, th, 2)                  # b''(theta)
phi = Symbol("phi", positive=True)


def E(f):
    """Expectation over Y in {0, 1} with P(Y=1) = sigma(theta); f is a function of y."""
    return (1 - sig) * f(0) + sig * f(1)


mu_bern = E(lambda yy: yy)                 # the mean, computed from the distribution
ll_bern = lambda yy: yy * th - b_bern      # log-likelihood, phi = 1
score = lambda yy: diff(ll_bern(yy), th)
curv = lambda yy: diff(ll_bern(yy), th, 2)

# ---------------------------------------------------------------- Gamma (phi free), for variance
thn = Symbol("theta_n", negative=True)     # Gamma natural parameter, theta < 0
b_gam = -log(-thn)
mu_gam = -1 / thn                          # Gamma mean in terms of theta
var_gam = (1 / phi) * (mu_gam * phi)**2    # shape 1/phi, scale mu*phi  ->  k s^2

# ---------------------------------------------------------------- links for d eta / d mu (line 107)
eta = Symbol("eta", positive=True)
s = Symbol("s", real=True)
mu_ = Symbol("mu", positive=True)
# g = log:  eta = g(mu) = log(mu), so mu = exp(eta)
deta_dmu = diff(log(mu_), mu_).subs(mu_, exp(eta))        # the true d eta / d mu
deta_dg = diff(exp(s), s).subs(s, log(eta))               # d eta / d g(eta), g(eta) = log(eta)
inv_gprime = 1 / diff(log(eta), eta)                      # 1 / g'(eta)

# ---------------------------------------------------------------- Gamma family with sqrt link
# eta = sqrt(mu)  ->  mu = eta^2 ;  V(mu) = mu^2 ;  theta = -1/mu ;  l = (y theta + log(-theta))/phi
b0, b1 = symbols("beta_0 beta_1", real=True)
x0, x1, yg = symbols("x_0 x_1 y_g", positive=True)
GDOM = {b0: (0.5, 1.5), b1: (0.1, 0.5), x0: (0.5, 1.5), x1: (0.1, 1.0), yg: (0.1, 3.0),
        phi: POS}
eta_g = b0 * x0 + b1 * x1
mu_g = eta_g**2
ll_g = (yg * (-1 / mu_g) + log(1 / mu_g)) / phi           # (y theta - b(theta))/phi
T, M, H = symbols("T M H")
dl_dth = diff((yg * T + log(-T)) / phi, T).subs(T, -1 / mu_g)
dth_dmu = diff(-1 / M, M).subs(M, mu_g)
dmu_deta = diff(H**2, H).subs(H, eta_g)
V_g = mu_g**2
W_g = dmu_deta**2 / V_g
detadmu_g = 1 / dmu_deta

# m = 3 observations, 2 features, Gamma with sqrt link
m = 3
bb = symbols("beta_1 beta_2", real=True)
X = [[Symbol(f"x_{i}{k}", positive=True) for k in (1, 2)] for i in range(1, m + 1)]
Y = [Symbol(f"y_{i}", positive=True) for i in range(1, m + 1)]
MDOM = {bb[0]: (0.5, 1.5), bb[1]: (0.5, 1.5), phi: POS}
MDOM.update({X[i][k]: (0.2, 1.5) for i in range(m) for k in range(2)})
MDOM.update({Y[i]: (0.1, 3.0) for i in range(m)})
etas = [X[i][0] * bb[0] + X[i][1] * bb[1] for i in range(m)]
mus = [e**2 for e in etas]
Ws = [(2 * e)**2 / (e**2)**2 for e in etas]                # (dmu/deta)^2 / V
dnm = [1 / (2 * e) for e in etas]                           # d eta / d mu
ll_sum = sum((Y[i] * (-1 / mus[i]) + log(1 / mus[i])) / phi for i in range(m))
score_sum_1 = sum(Ws[i] * (Y[i] - mus[i]) * dnm[i] * X[i][0] for i in range(m))
u1 = score_sum_1                                            # u_r with phi dropped, r = 1
hess_terms = sum((Y[i] - mus[i]) * diff(Ws[i] * dnm[i] * X[i][0], bb[1])
                 + Ws[i] * dnm[i] * X[i][0] * diff(Y[i] - mus[i], bb[1]) for i in range(m))

# ---------------------------------------------------------------- Bernoulli canonical link (lines 183-185)
et = Symbol("eta_c", real=True)
mu_of_eta = 1 / (1 + exp(-et))                             # canonical: eta = theta
dmudeta_c = diff(mu_of_eta, et).subs(et, th)
V_c = E(lambda yy: (yy - mu_bern)**2)                      # variance of Y, from the distribution
W_c = dmudeta_c**2 / V_c

# ---------------------------------------------------------------- Poisson, softplus link, phi = 1 (lines 201-203)
Yp = [Symbol(f"yp_{i}", positive=True) for i in range(1, m + 1)]
PDOM = {Yp[i]: (0.1, 4.0) for i in range(m)}
etp = [X[i][0] * bb[0] + X[i][1] * bb[1] for i in range(m)]
mup = [log(1 + exp(e)) for e in etp]
dmdp = [1 / (1 + exp(-e)) for e in etp]
Wp = [dmdp[i]**2 / mup[i] for i in range(m)]
llp = sum(Yp[i] * log(mup[i]) - mup[i] for i in range(m))
up = Matrix([diff(llp, bb[0]), diff(llp, bb[1])])          # score vector
Xm = Matrix([[X[i][0], X[i][1]] for i in range(m)])
Wm = Matrix.diag(*Wp)
XtWX = Xm.T * Wm * Xm
beta = Matrix(bb)
XtWXb_1 = (XtWX * beta)[0]
XtW_res_1 = sum(X[i][0] * Wp[i] * (Yp[i] - mup[i]) / dmdp[i] for i in range(m))
a_, b_, c_, d_ = XtWX[0, 0], XtWX[0, 1], XtWX[1, 0], XtWX[1, 1]
XtWX_inv = Matrix([[d_, -b_], [-c_, a_]]) / (a_ * d_ - b_ * c_)   # 2x2 inverse, unsimplified
beta_star = beta + XtWX_inv * up
z = [etp[i] + (Yp[i] - mup[i]) / dmdp[i] for i in range(m)]

CLAIMS = [
    # Poisson example
    Claim(52, "valid", log(lam**y_int * exp(-lam) / factorial(y_int)), pois_ll_lam,
          domain={y_int: (0, 1, 2, 3, 4, 5), lam: POS}),
    Claim(54, "valid", pois_ll_lam.subs(lam, exp(th)),
          y_int * th - exp(th) - log(factorial(y_int)), domain={y_int: (0, 1, 2, 3, 4, 5)}),
    # mean of the score
    Claim(67, "valid", E(lambda yy: (yy - bp) / phi), 0, domain={phi: POS}),
    Claim(68, "valid", (mu_bern - bp) / phi, 0, domain={phi: POS}),
    Claim(69, "valid", mu_bern, bp),
    # variance
    Claim(81, "ambiguous", E(curv), -E(score)**2,
          alt=(E(curv), -E(lambda yy: score(yy)**2)),
          note="-(E score)^2 = 0 as written; the identity is E[l''] = -E[(l')^2]"),
    Claim(88, "invalid", E(lambda yy: bpp), -E(lambda yy: (yy - bp)**2),
          note="l''(theta) = -b''/phi, so the left side should be E(-b''/phi): sign dropped"),
    Claim(90, "invalid", diff(b_gam, thn, 2) / phi, -var_gam / phi**2, domain={phi: POS},
          note="b''/phi = +var(Y)/phi^2; the minus sign carried over from the line above"),
    Claim(91, "valid", var_gam, diff(b_gam, thn, 2) * phi, domain={phi: POS}),
    Claim(91, "valid", diff(b_gam, thn, 2) * phi, diff(mu_gam, thn) * phi, k=2,
          domain={phi: POS}),
    # d eta / d mu
    Claim(107, "invalid", deta_dmu, deta_dg, domain={eta: (0.1, 2.0)},
          note="eta = g(mu) so mu = g^{-1}(eta); d eta/d mu = g'(mu), not d eta / d g(eta)"),
    Claim(107, "valid", deta_dg, inv_gprime, k=2, domain={eta: (0.1, 2.0)}),
    # chain rule for the score
    Claim(132, "valid", diff(ll_g, b1), dl_dth * dth_dmu * dmu_deta * x1, domain=GDOM),
    Claim(139, "valid", diff(mu_bern, th), diff(bp, th)),
    Claim(139, "valid", diff(bp, th), bpp, k=2),
    Claim(147, "valid", diff(ll_g, b1), (yg - mu_g) / phi * (1 / V_g) * dmu_deta * x1,
          domain=GDOM),
    Claim(152, "valid", (yg - mu_g) / phi * (1 / V_g) * dmu_deta * x1,
          (1 / phi) * W_g * (yg - mu_g) * detadmu_g * x1, domain=GDOM),
    Claim(160, "ambiguous", diff(ll_sum, bb[0]), score_sum_1, domain=MDOM,
          alt=(diff(ll_sum, bb[0]).subs(phi, 1), score_sum_1),
          note="the score carries a factor 1/phi; equal only once phi is dropped (phi = 1)"),
    # Hessian of the score
    Claim(173, "ambiguous", -diff(u1, bb[1]), hess_terms, domain=MDOM,
          alt=(diff(u1, bb[1]), hess_terms),
          note="product rule gives -(sum[...]) for u as defined; holds after the announced sign flip of u"),
    # canonical link
    Claim(183, "valid", dmudeta_c, diff(bp, th)),
    Claim(183, "valid", diff(bp, th), bpp, k=2),
    Claim(184, "valid", W_c * (1 / dmudeta_c), (1 / V_c) * dmudeta_c**2 * (1 / dmudeta_c)),
    Claim(184, "valid", (1 / V_c) * dmudeta_c**2 * (1 / dmudeta_c), (1 / V_c) * dmudeta_c, k=2),
    Claim(185, "valid", (1 / V_c) * dmudeta_c, (1 / bpp) * bpp),
    Claim(185, "valid", (1 / bpp) * bpp, 1, k=2),
    # second term of the Hessian
    Claim(192, "valid",
          sum(Ws[i] * dnm[i] * X[i][0] * diff(mus[i], bb[1]) for i in range(m)),
          sum(Ws[i] * X[i][0] * X[i][1] for i in range(m)), domain=MDOM),
    # Newton / IRLS step (first component)
    Claim(201, "valid", XtWXb_1 + up[0],
          sum(X[i][0] * Wp[i] * (Xm * beta)[i] for i in range(m)) + XtW_res_1, domain=PDOM),
    Claim(202, "valid",
          sum(X[i][0] * Wp[i] * (Xm * beta)[i] for i in range(m)) + XtW_res_1,
          sum(X[i][0] * Wp[i] * etp[i] for i in range(m)) + XtW_res_1, domain=PDOM),
    Claim(203, "valid", (XtWX * beta_star)[0], sum(X[i][0] * Wp[i] * z[i] for i in range(m)),
          domain=PDOM),
]
