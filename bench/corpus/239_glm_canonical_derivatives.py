"""Labels for 239_glm_canonical_derivatives.md (markus7800.github.io, "Generalized Linear Models").

Conventions: p = 2 outputs, d = 2 features, N = 2 samples unless said otherwise.  W[k][j] is the
weight of feature k for output j, so a_j = sum_k W[k][j] x_k (a = W^T x).  For the general part
the family is the 3-category multinomial with baseline: g(a) = log(1 + e^{a_1} + e^{a_2}),
f = grad g, psi = f^{-1}; h(y, s) is an arbitrary positive function, s > 0 a free dispersion.
Vector/matrix claims are checked through a random linear combination of all their entries
(symbols c_.., u_., v_.).
"""
from sympy import (Symbol, symbols, exp, log, diff, sqrt, pi, factorial, Rational, Integer,
                   Add, Mul)

from labels import Claim

SOURCE = ("https://github.com/markus7800/markus7800.github.io/blob/"
          "2bbddb426e0b1e7ad7add4872b679f2e0941cb5c/blog/Stats/glm.html")
TITLE = "Generalized Linear Models (canonical GLM gradient and Hessian, examples)"
TOPIC = "glm"

R = dict(real=True)
s = Symbol("s", positive=True)
x1, x2 = symbols("x1 x2", **R)
x = [x1, x2]
W = [[Symbol(f"W{k}{j}", **R) for j in (1, 2)] for k in (1, 2)]      # W[k][j]
y1, y2 = symbols("y1 y2", **R)
y = [y1, y2]
c = [[Symbol(f"c{k}{j}", **R) for j in (1, 2)] for k in (1, 2)]
u = symbols("u1 u2", **R)
v = symbols("v1 v2", **R)

a = [x[0] * W[0][j] + x[1] * W[1][j] for j in range(2)]               # a = W^T x


def g_of(t):
    return log(1 + exp(t[0]) + exp(t[1]))


def f_of(t):                                                         # f = grad g
    z = 1 + exp(t[0]) + exp(t[1])
    return [exp(t[0]) / z, exp(t[1]) / z]


def psi_of(m):                                                       # psi = f^{-1}
    return [log(m[0] / (1 - m[0] - m[1])), log(m[1] / (1 - m[0] - m[1]))]


h = exp(-(y1**2 + y2**2) / (2 * s)) * (1 + s)                        # any positive h(y, s)
yhat = f_of(a)
eta_from_yhat = psi_of(yhat)
logp = (eta_from_yhat[0] * y1 + eta_from_yhat[1] * y2 - g_of(eta_from_yhat)) / s + log(h)
nll = -((a[0] * y1 + a[1] * y2 - g_of(a)) / s + log(h))
A1, A2 = symbols("A1 A2", **R)                                       # placeholders for a
gp = [diff(g_of([A1, A2]), A) for A in (A1, A2)]
gp_at_a = [e.subs({A1: a[0], A2: a[1]}) for e in gp]
df = [[diff(f_of([A1, A2])[j], A).subs({A1: a[0], A2: a[1]}) for A in (A1, A2)]
      for j in range(2)]                                             # df[j][i] = d f_j / d a_i


def comb(fn):
    """sum_{k,j} c_kj * fn(k, j)"""
    return Add(*[c[k][j] * fn(k, j) for k in range(2) for j in range(2)])


# ---- line 38: yhat := f(W^T x) = E[y|eta] = E[u(y)|eta] = grad g(eta), checked on Bernoulli
eta, t = symbols("eta t", **R)
g_b = log(1 + exp(eta))
E_bern = sum(yy * exp(eta * yy - g_b) for yy in (0, 1))
sig = lambda z: 1 / (1 + exp(-z))

# ---- lines 46-51: log likelihood, vector eta
e1, e2 = symbols("e1 e2", **R)
logdens = log(h * exp((e1 * y1 + e2 * y2 - g_of([e1, e2])) / s))

# ---- gradients
grad_nll = lambda k, j: diff(nll, W[k][j])
hess_12 = Add(*[u[k] * v[l] * diff(nll, W[k][0], W[l][1]) for k in range(2) for l in range(2)])
ux = u[0] * x1 + u[1] * x2
vx = v[0] * x1 + v[1] * x2

# Jacobian of a: c3[j][k][m] for d a_j / d W_km
c3 = [[[Symbol(f"b{j}{k}{m}", **R) for m in (1, 2)] for k in (1, 2)] for j in (1, 2)]

# ---- batch (N = 2): samples x_n = (xn1, xn2), targets y_n = (yn1, yn2)
X = [[Symbol(f"X{n}{k}", **R) for k in (1, 2)] for n in (1, 2)]       # X[n][k]
Y = [[Symbol(f"Y{n}{j}", **R) for j in (1, 2)] for n in (1, 2)]       # Y[n][j]
an = [[X[n][0] * W[0][j] + X[n][1] * W[1][j] for j in range(2)] for n in range(2)]
yhn = [f_of(an[n]) for n in range(2)]
NLL = Add(*[-((an[n][0] * Y[n][0] + an[n][1] * Y[n][1] - g_of(an[n])) / s) for n in range(2)])
dfn = [[[diff(f_of([A1, A2])[j], A).subs({A1: an[n][0], A2: an[n][1]}) for A in (A1, A2)]
        for j in range(2)] for n in range(2)]                        # dfn[n][j][i]
HESS_12 = Add(*[u[k] * v[l] * diff(NLL, W[k][0], W[l][1]) for k in range(2) for l in range(2)])
uxn = [u[0] * X[n][0] + u[1] * X[n][1] for n in range(2)]
vxn = [v[0] * X[n][0] + v[1] * X[n][1] for n in range(2)]

# ---- examples
w1, w2 = symbols("w1 w2", **R)
sigma = Symbol("sigma", positive=True)
mu = Symbol("mu", **R)
yy1, yy2 = symbols("yy1 yy2", **R)                                    # scalar targets y_n
wx = [w1 * X[n][0] + w2 * X[n][1] for n in range(2)]
ll_gauss = Add(*[log(exp(-(yv - m)**2 / (2 * sigma**2)) / sqrt(2 * pi * sigma**2))
                 for yv, m in zip((yy1, yy2), wx)])
mse_as_written = Add(*[(yv - m)**2 for yv, m in zip((yy1, yy2), wx)]) / sigma**2
ll_mgauss = Add(*[log(exp(-((Y[n][0] - an[n][0])**2 + (Y[n][1] - an[n][1])**2) / (2 * sigma**2))
                      / (2 * pi * sigma**2)) for n in range(2)])
mmse_as_written = Add(*[(Y[n][0] - an[n][0])**2 + (Y[n][1] - an[n][1])**2
                        for n in range(2)]) / sigma**2
yb = Symbol("yb", integer=True)
mub = Symbol("mub", positive=True)
q1, q2 = symbols("q1 q2", positive=True)                              # yhat_n in (0, 1)
yn1, yn2, ystray = symbols("yn1 yn2 ystray", integer=True)
m1, m2, m3 = symbols("m1 m2 m3", positive=True)
yc1, yc2, yc3 = symbols("yc1 yc2 yc3", integer=True)
P = [[Symbol(f"P{n}{i}", positive=True) for i in (1, 2)] for n in (1, 2)]
Yc = [[Symbol(f"Yc{n}{i}", integer=True) for i in (1, 2)] for n in (1, 2)]
lam1, lam2 = symbols("lam1 lam2", positive=True)
k1, k2 = symbols("k1 k2", integer=True)
mu1, mu2 = symbols("mu1 mu2", positive=True)
a1, a2 = symbols("a1 a2", **R)
Zs = exp(a1) + exp(a2)
B01 = (0, 1)

CLAIMS = [
    # Model: E[y|x] = f(a) is the model assumption; f(a) = f(w^T x) restates a = W^T x (p = 1, W = w)
    Claim(29, "valid", sig(W[0][0] * x1 + W[1][0] * x2), sig(W[0][0] * x1 + W[1][0] * x2)),
    # line 38, Bernoulli (canonical): f = sigmoid, eta = a
    Claim(38, "valid", sig(eta), E_bern),
    Claim(38, "valid", E_bern, E_bern, k=2),
    Claim(38, "valid", E_bern, diff(g_b, eta), k=3),
    # lines 46-47: log likelihood
    Claim(46, "valid", logdens, (e1 * y1 + e2 * y2 - g_of([e1, e2])) / s + log(h)),
    Claim(47, "valid", logp,
          (psi_of(f_of(a))[0] * y1 + psi_of(f_of(a))[1] * y2 - g_of(psi_of(f_of(a)))) / s + log(h)),
    # line 51: with psi o f = id
    Claim(51, "valid", logp, (a[0] * y1 + a[1] * y2 - g_of(a)) / s + log(h)),
    # line 54: eta = psi(yhat) = psi(f(a)) = a = W^T x, f^{-1} = psi
    Claim(54, "valid", psi_of(yhat)[0] + 2 * psi_of(yhat)[1],
          psi_of(f_of(a))[0] + 2 * psi_of(f_of(a))[1]),
    Claim(54, "valid", psi_of(f_of(a))[0] + 2 * psi_of(f_of(a))[1], a[0] + 2 * a[1], k=2),
    Claim(54, "valid", a[0] + 2 * a[1], (W[0][0] * x1 + W[1][0] * x2) + 2 * (W[0][1] * x1 + W[1][1] * x2),
          k=3),
    Claim(54, "valid", f_of(psi_of([mu1, mu2]))[0] + 2 * f_of(psi_of([mu1, mu2]))[1], mu1 + 2 * mu2,
          k=4, domain={mu1: (0.05, 0.45), mu2: (0.05, 0.45)}),
    # lines 58-60: gradient
    Claim(58, "valid", comb(grad_nll),
          comb(lambda k, j: gp_at_a[j] * x[k] / s) - comb(lambda k, j: y[j] * x[k] / s)),
    Claim(59, "valid",
          comb(lambda k, j: gp_at_a[j] * x[k] / s) - comb(lambda k, j: y[j] * x[k] / s),
          comb(lambda k, j: yhat[j] * x[k] / s) - comb(lambda k, j: y[j] * x[k] / s)),
    Claim(60, "valid",
          comb(lambda k, j: yhat[j] * x[k] / s) - comb(lambda k, j: y[j] * x[k] / s),
          comb(lambda k, j: (yhat[j] - y[j]) * x[k] / s)),
    # line 64: x^T(yhat - y) as written (an inner product when d = p) vs the d x p gradient
    Claim(64, "ambiguous", grad_nll(0, 0), ((yhat[0] - y1) * x1 + (yhat[1] - y2) * x2) / s,
          alt=(comb(grad_nll), comb(lambda k, j: x[k] * (yhat[j] - y[j]) / s)),
          note="x^T(yhat-y) is not a d x p matrix; read as the outer product x(yhat-y)^T "
               "(as the proof concludes) it is right"),
    # line 68: block-diagonal Jacobian of a
    Claim(68, "valid",
          Add(*[c3[j][k][m] * diff(a[j], W[k][m]) for j in range(2) for k in range(2) for m in range(2)]),
          Add(*[c3[j][k][j] * x[k] for j in range(2) for k in range(2)])),
    # line 75: grad_{w_j} a_j = x
    Claim(75, "valid", u[0] * diff(a[0], W[0][0]) + u[1] * diff(a[0], W[1][0]), ux),
    # line 78: Hessian block (i, j) = (1, 2)
    Claim(78, "valid", hess_12, df[1][0] * ux * vx / s),
    # line 82: chain rule for f_j (j = 1)
    Claim(82, "valid", comb(lambda k, m: diff(yhat[0], W[k][m])),
          comb(lambda k, m: Add(*[df[0][i] * diff(a[i], W[k][m]) for i in range(2)]))),
    Claim(82, "valid", comb(lambda k, m: Add(*[df[0][i] * diff(a[i], W[k][m]) for i in range(2)])),
          comb(lambda k, m: df[0][m] * x[k]), k=2),
    # line 86: (i, j) = (2, 1); the middle term is the whole Jacobian row, its w_1 block shown
    Claim(86, "ambiguous", u[0] * diff(yhat[0], W[0][1]) + u[1] * diff(yhat[0], W[1][1]),
          df[0][0] * ux,
          alt=(u[0] * diff(yhat[0], W[0][1]) + u[1] * diff(yhat[0], W[1][1]), df[0][1] * ux),
          note="df_j(a) da(W) is the whole 1 x dp row; only its w_i block equals grad_{w_i} yhat_j"),
    Claim(86, "ambiguous", df[0][0] * ux, df[0][1] * ux, k=2,
          alt=(df[0][1] * ux, df[0][1] * ux),
          note="df_j(a) da(W) is the whole 1 x dp row; its w_i block is grad f_j(a)_i x"),
    # line 90
    Claim(90, "valid", hess_12,
          (u[0] * diff(yhat[1], W[0][0]) + u[1] * diff(yhat[1], W[1][0])) * vx / s),
    Claim(90, "valid",
          (u[0] * diff(yhat[1], W[0][0]) + u[1] * diff(yhat[1], W[1][0])) * vx / s,
          df[1][0] * ux * vx / s, k=2),
    # lines 102-105: batch
    Claim(102, "ambiguous", diff(NLL, W[0][0]),
          Add(*[Add(*[X[n][k] * (yhn[n][k] - Y[n][k]) for k in range(2)]) for n in range(2)]) / s,
          alt=(comb(lambda k, j: diff(NLL, W[k][j])),
               comb(lambda k, j: Add(*[X[n][k] * (yhn[n][j] - Y[n][j]) for n in range(2)]) / s)),
          note="x_n^T(yhat_n - y_n) is not d x p; as the outer product x_n(yhat_n - y_n)^T it is right"),
    Claim(103, "invalid",
          comb(lambda k, j: Add(*[X[n][k] * (yhn[n][j] - Y[n][j]) for n in range(2)]) / s),
          comb(lambda k, j: Add(*[X[k][n] * (yhn[n][j] - Y[n][j]) for n in range(2)]) / s),
          note="with X = (x_1..x_N)^T the d x p gradient is X^T(Yhat - Y), not X(Yhat - Y) "
               "(left side read as sum_n x_n(yhat_n - y_n)^T)"),
    Claim(104, "valid", HESS_12, Add(*[dfn[n][1][0] * uxn[n] * vxn[n] for n in range(2)]) / s),
    Claim(105, "valid", Add(*[dfn[n][1][0] * uxn[n] * vxn[n] for n in range(2)]) / s,
          Add(*[(dfn[n][1][0] / s) * uxn[n] * vxn[n] for n in range(2)])),
    # Univariate Gaussian: g = eta^2/2
    Claim(122, "valid", diff(eta**2 / 2, eta), eta),
    Claim(122, "valid", t, t, k=2),                       # psi = (g')^{-1} = id
    Claim(122, "valid", diff(eta**2 / 2, eta).subs(eta, t), t, k=3),   # f = g' = id
    Claim(123, "valid", diff(eta**2 / 2, eta).subs(eta, w1 * x1 + w2 * x2), w1 * x1 + w2 * x2),
    Claim(126, "invalid", diff(ll_gauss, w1), diff(mse_as_written, w1),
          note="log N(y; w^T x, s^2) = -(y - w^T x)^2/(2 sigma^2) + const: sign and factor 1/2 are "
               "wrong (checked through the w-derivative, which removes the constant)"),
    # Isotropic multivariate Gaussian: g = eta^T eta / 2
    Claim(140, "valid", u[0] * diff((e1**2 + e2**2) / 2, e1) + u[1] * diff((e1**2 + e2**2) / 2, e2),
          u[0] * e1 + u[1] * e2),
    Claim(140, "valid", a[0] + 2 * a[1], a[0] + 2 * a[1], k=2),
    Claim(141, "invalid", comb(lambda k, j: diff(ll_mgauss, W[k][j])),
          comb(lambda k, j: diff(mmse_as_written, W[k][j])),
          note="log of the isotropic Gaussian is -||y - W^T x||^2/(2 sigma^2) + const: sign and 1/2 "
               "wrong (checked through W-derivatives)"),
    # Bernoulli
    Claim(148, "valid", mub**yb * (1 - mub)**(1 - yb), exp(yb * log(mub) + (1 - yb) * log(1 - mub)),
          domain={yb: B01, mub: (0.05, 0.95)}),
    Claim(148, "valid", exp(yb * log(mub) + (1 - yb) * log(1 - mub)),
          exp(log(mub / (1 - mub)) * yb + log(1 - mub)), k=2, domain={yb: B01, mub: (0.05, 0.95)}),
    Claim(158, "valid", diff(g_b, eta).subs(eta, w1 * x1 + w2 * x2), sig(w1 * x1 + w2 * x2)),
    Claim(162, "ambiguous",
          log(q1**yn1 * (1 - q1)**(1 - yn1) * q2**yn2 * (1 - q2)**(1 - yn2)),
          yn1 * log(q1) + (1 - ystray) * log(1 - q1) + yn2 * log(q2) + (1 - ystray) * log(1 - q2),
          alt=(log(q1**yn1 * (1 - q1)**(1 - yn1) * q2**yn2 * (1 - q2)**(1 - yn2)),
               yn1 * log(q1) + (1 - yn1) * log(1 - q1) + yn2 * log(q2) + (1 - yn2) * log(1 - q2)),
          domain={q1: (0.05, 0.95), q2: (0.05, 0.95), yn1: B01, yn2: B01, ystray: B01},
          note="(1-y) inside the sum must be (1-y_n)"),
    Claim(166, "valid", diff(sig(a1), a1), exp(-a1) / (1 + exp(-a1))**2),
    Claim(166, "valid", exp(-a1) / (1 + exp(-a1))**2,
          1 / (1 + exp(-a1)) * (1 - 1 / (1 + exp(-a1))), k=2),
    Claim(166, "valid", 1 / (1 + exp(-a1)) * (1 - 1 / (1 + exp(-a1))), sig(a1) * (1 - sig(a1)), k=3),
    # Categorical (p = 3)
    Claim(175, "valid", m1**yc1 * m2**yc2 * m3**yc3, exp(yc1 * log(m1) + yc2 * log(m2) + yc3 * log(m3)),
          domain={yc1: B01, yc2: B01, yc3: B01, m1: (0.05, 1), m2: (0.05, 1), m3: (0.05, 1)}),
    Claim(185, "valid", u[0] * diff(log(exp(e1) + exp(e2)), e1).subs({e1: a[0], e2: a[1]})
          + u[1] * diff(log(exp(e1) + exp(e2)), e2).subs({e1: a[0], e2: a[1]}),
          (u[0] * exp(a[0]) + u[1] * exp(a[1])) / (exp(a[0]) + exp(a[1]))),
    Claim(186, "valid",
          log(P[0][0]**Yc[0][0] * P[0][1]**Yc[0][1] * P[1][0]**Yc[1][0] * P[1][1]**Yc[1][1]),
          Add(*[Yc[n][i] * log(P[n][i]) for n in range(2) for i in range(2)]),
          domain={**{P[n][i]: (0.05, 1) for n in range(2) for i in range(2)},
                  **{Yc[n][i]: B01 for n in range(2) for i in range(2)}}),
    # softmax derivative, checked at i = j = 1 (p = 2)
    Claim(189, "invalid", diff(exp(a1) / Zs, a1), (exp(a1) - exp(a1) * exp(a1)) / Zs**2,
          note="for i = j the numerator needs delta_ij exp(a_i) * sum_k exp(a_k); as written it is "
               "wrong (the i != j case is right)"),
    Claim(189, "invalid", (exp(a1) - exp(a1) * exp(a1)) / Zs**2,
          exp(a1) / Zs * (1 - exp(a1) / Zs), k=2,
          note="(exp(a_i) - exp(a_i)^2)/Z^2 is not yhat_i(1 - yhat_i) = exp(a_i)/Z - exp(a_i)^2/Z^2"),
    # Poisson
    Claim(205, "valid", exp(log(t)), t, domain={t: (0.1, 5)}),                 # psi = ln = f^{-1}
    Claim(205, "valid", diff(exp(eta), eta), exp(eta), k=2),                   # f = g' = exp
    Claim(205, "valid", diff(exp(eta), eta).subs(eta, w1 * x1 + w2 * x2), exp(w1 * x1 + w2 * x2), k=3),
    Claim(206, "valid",
          log(lam1**k1 / factorial(k1) * exp(-lam1) * lam2**k2 / factorial(k2) * exp(-lam2)),
          (k1 * log(lam1) - lam1 - log(factorial(k1))) + (k2 * log(lam2) - lam2 - log(factorial(k2))),
          domain={k1: (0, 1, 2, 3, 4, 5), k2: (0, 1, 2, 3, 4, 5), lam1: (0.1, 5), lam2: (0.1, 5)}),
    Claim(209, "valid", diff(exp(a1), a1), exp(a1)),
    Claim(209, "valid", exp(a1), exp(a1), k=2),
]
