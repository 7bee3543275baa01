from sympy import (Symbol, exp, log, sqrt, pi, erf, Piecewise, diff, Rational, Add, loggamma)

from labels import Claim

SOURCE = "https://github.com/glm-tools/pyglmnet/blob/9339c5c71c908ec31cf4bebda5d9fe47dfed4f1c/doc/cheatsheet.rst"
TITLE = "pyglmnet Cheatsheet: gradients and Hessians of penalized GLM losses"
TOPIC = "glm"

# n = 2 observations (i = 1, 2), two features; the claims for beta_j are checked at j = 1.
# An extra observation 0 is only used for the sums written from i = 0 in the negative-binomial part.
n = 2
b0, b1, b2 = Symbol("b0", real=True), Symbol("b1", real=True), Symbol("b2", real=True)
lam = Symbol("lam", positive=True)
al = Symbol("alpha", positive=True)
X = {i: (Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in range(0, n + 1)}
Yr = {i: Symbol(f"y{i}", real=True) for i in range(0, n + 1)}             # real responses
Yp = {i: Symbol(f"k{i}", integer=True, nonnegative=True) for i in range(0, n + 1)}   # counts
Yb = {i: Symbol(f"c{i}", integer=True) for i in range(0, n + 1)}          # 0/1 labels
I = range(1, n + 1)
z = {i: b0 + b1 * X[i][0] + b2 * X[i][1] for i in range(0, n + 1)}
pen = lam * (1 - al) * Rational(1, 2) * (b1**2 + b2**2)
A = {al: (0.05, 0.95)}
COUNTS = {**A, **{Yp[i]: (0, 1, 2, 3, 4) for i in Yp}}
BIN = {**A, **{Yb[i]: frozenset({0, 1}) for i in Yb}}


def S(f):
    return Add(*[f(i) for i in I])


def sg(t):
    return 1 / (1 + exp(-t))


def sp(t):
    return log(1 + exp(t))


# ---- Poisson, softplus link
mu = {i: sp(z[i]) for i in z}
J_sp = Rational(1, n) * S(lambda i: mu[i]) - Rational(1, n) * S(lambda i: Yp[i] * log(mu[i])) + pen
g0_sp = Rational(1, n) * S(lambda i: sg(z[i])) - Rational(1, n) * S(lambda i: Yp[i] * sg(z[i]) / mu[i])
gj_sp = (Rational(1, n) * S(lambda i: sg(z[i]) * X[i][0])
         - Rational(1, n) * S(lambda i: sg(z[i]) * Yp[i] * sg(z[i]) / mu[i] * X[i][0]) + lam * (1 - al) * b1)
h_in = {i: sg(z[i]) * (1 - sg(z[i])) / mu[i] - sg(z[i]) / mu[i]**2 for i in I}
h0_sp = Rational(1, n) * S(lambda i: sg(z[i]) * (1 - sg(z[i]))) - Rational(1, n) * S(lambda i: Yp[i] * h_in[i])
hj_sp = (Rational(1, n) * S(lambda i: sg(z[i]) * (1 - sg(z[i])) * X[i][0]**2)
         - Rational(1, n) * S(lambda i: Yp[i] * h_in[i] * X[i][0]**2) + lam * (1 - al))

# ---- Poisson, linearized
eta = Symbol("eta", real=True)
ETA = {**COUNTS, eta: (-1.0, 1.5)}
mu_l = {i: Piecewise((exp(z[i]), z[i] <= eta), (exp(eta) * z[i] + (1 - eta) * exp(eta), True)) for i in z}
L_l = S(lambda i: Yp[i] * log(mu_l[i])) - S(lambda i: mu_l[i])
J_l = -Rational(1, n) * L_l + pen


def lo(i, e):
    return Piecewise((e, z[i] <= eta), (0, True))


def hi(i, e):
    return Piecewise((e, z[i] > eta), (0, True))


g0_l = Rational(1, n) * S(lambda i: lo(i, mu_l[i] - Yp[i])) + Rational(1, n) * S(lambda i: hi(i, exp(eta) * (1 - Yp[i] / mu_l[i])))
gj_l = (Rational(1, n) * S(lambda i: lo(i, (mu_l[i] - Yp[i]) * X[i][0]))
        + Rational(1, n) * S(lambda i: hi(i, exp(eta) * (1 - Yp[i] / mu_l[i]) * X[i][0])))
h0_l = Rational(1, n) * S(lambda i: lo(i, mu_l[i])) + Rational(1, n) * S(lambda i: hi(i, exp(eta)**2 * Yp[i] / mu_l[i]**2))
hj_l = (Rational(1, n) * S(lambda i: lo(i, mu_l[i] * X[i][0]**2))
        + Rational(1, n) * S(lambda i: hi(i, exp(eta)**2 * Yp[i] / mu_l[i]**2 * X[i][0]**2)) + lam * (1 - al))

# ---- Gaussian
J_g = Rational(1, 2 * n) * S(lambda i: (Yr[i] - z[i])**2) + pen
g0_g = -Rational(1, n) * S(lambda i: Yr[i] - z[i])
gj_g = -Rational(1, n) * S(lambda i: (Yr[i] - z[i]) * X[i][0]) + lam * (1 - al) * b1
hj_g = Rational(1, n) * S(lambda i: X[i][0]**2) + lam * (1 - al)

# ---- Logistic
mu_b = {i: sg(z[i]) for i in z}
J_b = -Rational(1, n) * S(lambda i: Yb[i] * log(mu_b[i]) + (1 - Yb[i]) * log(1 - mu_b[i])) + pen
g0_b = -Rational(1, n) * S(lambda i: Yb[i] - mu_b[i])
gj_b = -Rational(1, n) * S(lambda i: (Yb[i] - mu_b[i]) * X[i][0]) + lam * (1 - al) * b1
h0_b = Rational(1, n) * S(lambda i: mu_b[i] * (1 - mu_b[i]))
hj_b = Rational(1, n) * S(lambda i: mu_b[i] * (1 - mu_b[i]) * X[i][0]**2) + lam * (1 - al)

# ---- Probit
t = Symbol("t", real=True)
Phi = (1 + erf(t / sqrt(2))) / 2
phi = exp(-t**2 / 2) / sqrt(2 * pi)
P = {i: Phi.subs(t, z[i]) for i in z}
dP = {i: phi.subs(t, z[i]) for i in z}
J_p = -Rational(1, n) * S(lambda i: Yb[i] * log(P[i]) + (1 - Yb[i]) * log(1 - P[i])) + pen
br = {i: Yb[i] * dP[i] / P[i] - (1 - Yb[i]) * dP[i] / (1 - P[i]) for i in I}
g0_p = -Rational(1, n) * S(lambda i: br[i])
gj_p = -Rational(1, n) * S(lambda i: br[i] * X[i][0]) + lam * (1 - al) * b1
hb = {i: dP[i] * (Yb[i] * (z[i] * P[i] + dP[i]) / P[i]**2
                  + (1 - Yb[i]) * (-z[i] * (1 - P[i]) + dP[i]) / (1 - P[i])**2) for i in I}
h0_p = Rational(1, n) * S(lambda i: hb[i])
hj_p = Rational(1, n) * S(lambda i: hb[i] * X[i][0]**2) + lam * (1 - al)

# ---- Gamma (softplus mean)
nu = Symbol("nu", positive=True)
yg = {i: Symbol(f"g{i}", positive=True) for i in z}
mu_g = {i: sp(z[i]) for i in z}
J_ga = -Rational(1, n) * S(lambda i: nu * (-yg[i] / mu_g[i] - log(mu_g[i]))) + pen
g0_ga = Rational(1, n) * S(lambda i: nu * (yg[i] / mu_g[i]**2 - 1 / mu_g[i]) * sg(z[i]))
gj_ga = Rational(1, n) * S(lambda i: nu * (yg[i] / mu_g[i]**2 - 1 / mu_g[i]) * sg(z[i]) * X[i][0]) + lam * (1 - al) * b1

# ---- Negative binomial (softplus mean); log(mu + theta)(y + theta) read as (y + theta) log(mu + theta)
th = Symbol("theta", positive=True)
mu_n = {i: sp(z[i]) for i in z}


def Lnb(i):
    return (loggamma(Yp[i] + th) - loggamma(Yp[i] + 1) - loggamma(th) + th * log(th)
            - log(mu_n[i] + th) * (Yp[i] + th) + Yp[i] * log(mu_n[i]))


J_nb = -Rational(1, n) * S(Lnb) + pen
I0 = range(0, n + 1)                                   # i = 0 .. N as written


def S0(f):
    return Add(*[f(i) for i in I0])


d1 = {i: sg(z[i]) for i in z}
d2 = {i: exp(-z[i]) / (1 + exp(-z[i]))**2 for i in z}
g0_nb = Rational(1, n) * S0(lambda i: d1[i] * ((th + Yp[i]) / (mu_n[i] + th) - Yp[i] / mu_n[i]))
gj_nb = Rational(1, n) * S0(lambda i: d1[i] * X[i][0] * ((th + Yp[i]) / (mu_n[i] + th) - Yp[i] / mu_n[i]))
h0_nb = Rational(1, n) * S0(lambda i: d2[i] * (-(th + Yp[i]) / (th + mu_n[i]) + Yp[i] / mu_n[i])
                            + d1[i]**2 * (-Yp[i] / mu_n[i]**2 + (th + Yp[i]) / (th + mu_n[i])**2))
hj_nb = Rational(1, n) * S0(lambda i: X[i][0]**2 * d2[i] * (-(th + Yp[i]) / (th + mu_n[i]) + Yp[i] / mu_n[i])
                            + X[i][0]**2 * d1[i]**2 * (-Yp[i] / mu_n[i]**2 + (th + Yp[i]) / (th + mu_n[i])**2))

CLAIMS = [
    Claim(34, "valid", diff(J_sp, b0), g0_sp, domain=COUNTS),
    Claim(35, "invalid", diff(J_sp, b1), gj_sp, domain=COUNTS,
          note="the second sum carries an extra factor sigma(z_i): d/dbeta_j of -(1/n) sum y_i log mu_i is -(1/n) sum y_i sigma(z_i)/mu(z_i) x_ij"),
    Claim(43, "invalid", diff(J_sp, b0, 2), h0_sp, domain=COUNTS,
          note="d/dz (sigma/mu) = sigma(1-sigma)/mu - sigma^2/mu^2; the last term has sigma, not sigma^2"),
    Claim(45, "invalid", diff(J_sp, b1, 2), hj_sp, domain=COUNTS,
          note="same slip as for beta_0: sigma(z_i)/mu(z_i)^2 should be sigma(z_i)^2/mu(z_i)^2"),
    Claim(86, "valid", diff(J_l, b0), g0_l, domain=ETA),
    Claim(88, "invalid", diff(J_l, b1), gj_l, domain=ETA,
          note="J contains the L2 penalty, so dJ/dbeta_j needs + lambda(1-alpha) beta_j (the Hessian below has its counterpart)"),
    Claim(102, "valid", diff(J_l, b0, 2), h0_l, domain=ETA),
    Claim(104, "valid", diff(J_l, b1, 2), hj_l, domain=ETA),
    Claim(135, "valid", diff(J_g, b0), g0_g, domain=A),
    Claim(136, "valid", diff(J_g, b1), gj_g, domain=A),
    Claim(143, "valid", diff(J_g, b0, 2), 1, domain=A),
    Claim(144, "valid", diff(J_g, b1, 2), hj_g, domain=A),
    Claim(175, "valid", diff(J_b, b0), g0_b, domain=BIN),
    Claim(176, "valid", diff(J_b, b1), gj_b, domain=BIN),
    Claim(183, "valid", diff(J_b, b0, 2), h0_b, domain=BIN),
    Claim(184, "valid", diff(J_b, b1, 2), hj_b, domain=BIN),
    Claim(217, "valid", diff(Phi, t), phi),
    Claim(224, "valid", diff(J_p, b0), g0_p, domain=BIN),
    Claim(226, "valid", diff(J_p, b1), gj_p, domain=BIN),
    Claim(234, "valid", diff(J_p, b0, 2), h0_p, domain=BIN),
    Claim(237, "valid", diff(J_p, b1, 2), hj_p, domain=BIN),
    Claim(271, "invalid", diff(J_ga, b0), g0_ga, domain=A,
          note="with J = -(1/n) sum nu(-y/mu - log mu), dJ/dbeta_0 = -(1/n) sum nu(y/mu^2 - 1/mu) mu'; the sign is flipped"),
    Claim(273, "invalid", diff(J_ga, b1), gj_ga, domain=A,
          note="same sign error as for beta_0 in the data term"),
    Claim(277, "valid", diff(sp(t), t), 1 / (1 + exp(-t))),
    Claim(306, "invalid", diff(J_nb, b0), g0_nb, domain=COUNTS,
          note="the sum runs over i = 0..N, N+1 terms, while the loss sums over i = 1..N; the summand itself is right"),
    Claim(307, "invalid", diff(J_nb, b1), gj_nb, domain=COUNTS,
          note="the penalty term lambda(1-alpha) beta_j is missing, and the sum runs over i = 0..N"),
    Claim(310, "valid", diff(sp(t), t), 1 / (1 + exp(-t))),
    Claim(315, "invalid", diff(J_nb, b0, 2), h0_nb, domain=COUNTS,
          note="both terms have the wrong sign: the Hessian is sum mu''((theta+y)/(theta+mu) - y/mu) + mu'^2(y/mu^2 - (theta+y)/(theta+mu)^2), over N"),
    Claim(317, "invalid", diff(J_nb, b1, 2), hj_nb, domain=COUNTS,
          note="signs flipped as for beta_0, and lambda(1-alpha) from the penalty is missing"),
    Claim(321, "valid", diff(sg(t), t), exp(-t) / (1 + exp(-t))**2),
]
