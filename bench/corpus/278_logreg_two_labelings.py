from sympy import Matrix, Symbol, diff, exp, log, prod

from labels import Claim

SOURCE = "https://github.com/ekbarkacha/ek_ml_package/blob/2b8c2323d19e16f159ee459e5a2964002674bf54/docs/logistic_regression.md"
TITLE = "Logistic Regression"
TOPIC = "logistic"

N = 3  # samples
R = range(1, N + 1)


def sig(t):
    return 1 / (1 + exp(-t))


# ---- y in {0, 1}: weights beta = (b1, b2), features x_i = (x_i1, x_i2), d = 2
b1, b2 = Symbol("b1", real=True), Symbol("b2", real=True)
x = {(i, j): Symbol(f"x{i}{j}", real=True) for i in R for j in (1, 2)}
y = {i: Symbol(f"y{i}", real=True) for i in R}
th = {i: Symbol(f"theta{i}", real=True) for i in R}
c1, c2 = Symbol("c1", real=True), Symbol("c2", real=True)  # vector identities checked as c . v
Y01 = {y[i]: (0, 1) for i in R}
TH = {th[i]: (0.05, 0.95) for i in R}


def z(i):
    return b1 * x[(i, 1)] + b2 * x[(i, 2)]


def cx(i):
    return c1 * x[(i, 1)] + c2 * x[(i, 2)]


lik = prod([th[i] ** y[i] * (1 - th[i]) ** (1 - y[i]) for i in R])
lik_cases = prod([y[i] * th[i] + (1 - y[i]) * (1 - th[i]) for i in R])  # P(y_i; theta_i) for y_i in {0,1}
# theta_i^{sum y} (1 - theta_i)^{sum (1-y)}: the index i left outside the sums, read as i = 1
collapsed = th[1] ** sum(y[i] for i in R) * (1 - th[1]) ** sum(1 - y[i] for i in R)
split = sum(y[i] * log(th[i]) for i in R) + sum((1 - y[i]) * log(1 - th[i]) for i in R)
joint = sum(y[i] * log(th[i]) + (1 - y[i]) * log(1 - th[i]) for i in R)

yhat1 = 1 / (1 + exp(-(x[(1, 1)] * b1 + x[(1, 2)] * b2)))  # first entry of sigma(X beta)
nll_theta = -sum(y[i] * log(sig(b1 * x[(i, 1)] + b2 * x[(i, 2)]))
                 + (1 - y[i]) * log(1 - sig(b1 * x[(i, 1)] + b2 * x[(i, 2)])) for i in R)
nll_sigma = -sum(y[i] * log(1 / (1 + exp(-z(i)))) + (1 - y[i]) * log(1 - 1 / (1 + exp(-z(i)))) for i in R)

L = -sum(y[i] * log(sig(z(i))) + (1 - y[i]) * log(1 - sig(z(i))) for i in R)
gradL = c1 * diff(L, b1) + c2 * diff(L, b2)
zs = {i: Symbol(f"z{i}", real=True) for i in R}
Lz = -sum(y[i] * log(sig(zs[i])) + (1 - y[i]) * log(1 - sig(zs[i])) for i in R)
dL_dz1 = diff(Lz, zs[1]).subs({zs[i]: z(i) for i in R})
single_term = dL_dz1 * cx(1)  # dL/dz_i x dz_i/dbeta at i = 1, no sum over i
sum_form = sum((sig(z(i)) - y[i]) * cx(i) for i in R)
Xm = Matrix([[x[(i, 1)], x[(i, 2)]] for i in R])
res = Matrix([sig(z(i)) - y[i] for i in R])
g = Xm.T * res
matrix_form = c1 * g[0] + c2 * g[1]

# sigmoid derivative, scalar z
zz = Symbol("z", real=True)
s = sig(zz)
d1 = diff(1 / (1 + exp(-zz)), zz)
d2 = diff((1 + exp(-zz)) ** -1, zz)
d3 = -1 * (1 + exp(-zz)) ** -2 * diff(1 + exp(-zz), zz)
d4 = -(1 + exp(-zz)) ** -2 * (-exp(-zz))
d5 = exp(-zz) / (1 + exp(-zz)) ** 2

# dL/dz_i at i = 1 (y real here; the algebra is polynomial in y)
yr = {i: Symbol(f"u{i}", real=True) for i in R}
Lzr = -sum(yr[i] * log(sig(zs[i])) + (1 - yr[i]) * log(1 - sig(zs[i])) for i in R)
S1 = sig(zs[1])
e1 = -(yr[1] * (1 / S1) * S1 * (1 - S1) + (1 - yr[1]) * (1 / (1 - S1)) * (-S1 * (1 - S1)))
e2 = -(yr[1] * (1 - S1) - (1 - yr[1]) * S1)
e3 = -(yr[1] - yr[1] * S1 - S1 + yr[1] * S1)
e4 = -(yr[1] - S1)
e5 = S1 - yr[1]
YR = {yr[i]: (0.0, 1.0) for i in R}

# ---- y in {-1, 1}
sw = Symbol("s", real=True)  # w^T x
P1 = sig(sw)                 # P(Y=1|X): log(P1/Pm1) = w^T x with P1 + Pm1 = 1
Pm1 = 1 - P1                 # P(Y=-1|X)
ys = Symbol("ylab", real=True)
Ypm = {ys: (-1, 1)}
Py = (1 + ys) / 2 * P1 + (1 - ys) / 2 * Pm1  # P(Y=y|X) for y in {-1, 1}

w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
yl = {i: Symbol(f"ylab{i}", real=True) for i in R}
YL = {yl[i]: (-1, 1) for i in R}


def u(i):
    return w1 * x[(i, 1)] + w2 * x[(i, 2)]


def E(i):
    return exp(-yl[i] * u(i))


def P_case(i):
    return (1 + yl[i]) / 2 * sig(u(i)) + (1 - yl[i]) / 2 * (1 - sig(u(i)))


nll_w = -sum(log(P_case(i)) for i in R)
n1 = -sum(log(1 / (1 + E(i))) for i in R)
n2_written = -sum(log(1 + E(i)) ** -1 for i in R)     # (log(1 + e))^{-1}
n2_meant = -sum(log((1 + E(i)) ** -1) for i in R)     # log((1 + e)^{-1})
n3 = sum(log(1 + E(i)) for i in R)
Lw = sum(log(1 + E(i)) for i in R)
gradLw = c1 * diff(Lw, w1) + c2 * diff(Lw, w2)
g1 = sum(c1 * diff(log(1 + E(i)), w1) + c2 * diff(log(1 + E(i)), w2) for i in R)
g2 = sum(1 / (1 + E(i)) * (-E(i) * yl[i] * cx(i)) for i in R)
g3 = -sum((E(i) / (1 + E(i))) * yl[i] * cx(i) for i in R)
g4 = -sum((1 - 1 / (1 + E(i))) * yl[i] * cx(i) for i in R)
g5 = -sum((1 - sig(yl[i] * u(i))) * yl[i] * cx(i) for i in R)

CLAIMS = [
    Claim(62, "valid", yhat1, sig(b1 * x[(1, 1)] + b2 * x[(1, 2)])),
    Claim(73, "valid", lik_cases, lik, domain={**Y01, **TH}),
    Claim(74, "invalid", lik, collapsed, domain={**Y01, **TH},
          note="theta_i differs across samples, so prod theta_i^{y_i}(...) cannot collapse to one theta_i^{sum y_i}(...)"),
    Claim(82, "invalid", log(lik), log(collapsed), domain={**Y01, **TH},
          note="log L(beta) is the log of the product, not of the wrongly collapsed single-theta expression"),
    Claim(83, "invalid", log(collapsed), split, domain={**Y01, **TH},
          note="log of theta_i^{sum y}(1-theta_i)^{sum(1-y)} is (sum y) log theta_i + ..., one theta; the step silently restores per-sample theta_i"),
    Claim(84, "valid", split, joint, domain={**Y01, **TH}),
    Claim(94, "valid", yhat1, sig(b1 * x[(1, 1)] + b2 * x[(1, 2)])),
    Claim(97, "valid", nll_theta, nll_sigma, domain=Y01),
    Claim(112, "invalid", gradL, single_term, domain=Y01,
          note="L sums over all samples: dL/dbeta = sum_i dL/dz_i dz_i/dbeta, a single i misses the other terms"),
    Claim(124, "valid", diff(s, zz), d1),
    Claim(125, "valid", d1, d2),
    Claim(126, "valid", d2, d3),
    Claim(127, "valid", d3, d4),
    Claim(128, "valid", d4, d5),
    Claim(130, "valid", 1 - s, exp(-zz) / (1 + exp(-zz))),
    Claim(132, "valid", diff(s, zz), s * (1 - s)),
    Claim(141, "valid", diff(Lzr, zs[1]), e1, domain=YR),
    Claim(142, "valid", e1, e2, domain=YR),
    Claim(143, "valid", e2, e3, domain=YR),
    Claim(144, "valid", e3, e4, domain=YR),
    Claim(145, "valid", e4, e5, domain=YR),
    Claim(153, "valid", c1 * diff(z(1), b1) + c2 * diff(z(1), b2), cx(1)),
    Claim(159, "invalid", gradL, single_term, domain=Y01,
          note="missing the sum over i: one sample's dL/dz_i dz_i/dbeta is not the full gradient"),
    Claim(160, "invalid", (sig(z(1)) - y[1]) * cx(1), sum_form, domain=Y01,
          note="a single term (sigma(z_i)-y_i)x_i is set equal to the sum over all i"),
    Claim(167, "valid", gradL, sum_form, domain=Y01),
    Claim(173, "valid", gradL, matrix_form, domain=Y01),
    Claim(207, "valid", P1 / Pm1, exp(sw)),
    Claim(208, "valid", P1, (1 - P1) * exp(sw)),
    Claim(208, "valid", P1 + Pm1, 1, k=2),
    Claim(209, "valid", P1 * (1 + exp(sw)), exp(sw)),
    Claim(210, "valid", P1, exp(sw) / (1 + exp(sw))),
    Claim(210, "valid", exp(sw) / (1 + exp(sw)), 1 / (1 + exp(-sw)), k=2),
    Claim(217, "valid", P1, 1 / (1 + exp(-sw))),
    Claim(217, "valid", 1 / (1 + exp(-sw)), sig(sw), k=2),
    Claim(223, "valid", Pm1, 1 / (1 + exp(sw))),
    Claim(223, "valid", 1 / (1 + exp(sw)), sig(-sw), k=2),
    Claim(229, "valid", Py, 1 / (1 + exp(-ys * sw)), domain=Ypm),
    Claim(229, "valid", 1 / (1 + exp(-ys * sw)), sig(ys * sw), k=2, domain=Ypm),
    Claim(245, "valid", Py, 1 / (1 + exp(-ys * sw)), domain=Ypm),
    Claim(252, "valid", nll_w, n1, domain=YL),
    Claim(253, "ambiguous", n1, n2_written, alt=(n1, n2_meant), domain=YL,
          note="log(1+e)^{-1}: true only if the power sits inside the log, log((1+e)^{-1}); as (log(1+e))^{-1} it fails"),
    Claim(254, "ambiguous", n2_written, n3, alt=(n2_meant, n3), domain=YL,
          note="equals sum log(1+e) only when the previous line is read as log((1+e)^{-1}), not (log(1+e))^{-1}"),
    Claim(270, "valid", gradLw, g1, domain=YL),
    Claim(271, "valid", g1, g2, domain=YL),
    Claim(272, "valid", g2, g3, domain=YL),
    Claim(273, "valid", g3, g4, domain=YL),
    Claim(274, "valid", g4, g5, domain=YL),
    Claim(283, "valid", gradLw, g5, domain=YL),
]
