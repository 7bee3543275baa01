from sympy import Symbol, symbols, exp, log, diff, Mul

from labels import Claim

SOURCE = ("https://github.com/kyleclo/legacy_kyleclo_github_io/blob/21951f3e4043272ae69e510632b48a7b3156d920/"
          "_posts/2016-12-28-deriving-the-backpropagation-algorithm.md")
TITLE = "Deriving the backpropagation algorithm (logistic and softmax regression, softmax derivative)"
TOPIC = "softmax"

# ---------------------------------------------------------------- logistic regression (n = 2, m = 2)
def expit(t):
    return 1 / (1 + exp(-t))

w1, w2, u1, u2 = symbols("w1 w2 u1 u2", real=True)
xs = [symbols("x11 x12", real=True), symbols("x21 x22", real=True)]
ys = symbols("y1 y2", real=True)
ps = symbols("p1 p2", positive=True)
P = Symbol("P", positive=True)
lab = {ys[0]: (0, 1), ys[1]: (0, 1)}
zl = [w1 * xi[0] + w2 * xi[1] for xi in xs]
phil = [expit(t) for t in zl]

L_log = -sum(ys[i] * log(phil[i]) + (1 - ys[i]) * log(1 - phil[i]) for i in range(2))
grad_dir = diff(L_log, w1) * u1 + diff(L_log, w2) * u2   # gradient against a direction u


def dirsum(coef):
    """sum_i coef_i * (u . x_i)"""
    return sum(coef[i] * (u1 * xs[i][0] + u2 * xs[i][1]) for i in range(2))


Li_P = [-(ys[i] * log(P) + (1 - ys[i]) * log(1 - P)) for i in range(2)]
dLi_dphi = [diff(Li_P[i], P).subs(P, phil[i]) for i in range(2)]
zt = Symbol("zt", real=True)
dphi_dz = [diff(expit(zt), zt).subs(zt, zl[i]) for i in range(2)]
chain_log = dirsum([dLi_dphi[i] * dphi_dz[i] for i in range(2)])
line47 = dirsum([-(ys[i] / phil[i] + (1 - ys[i]) / (1 - phil[i])) * phil[i] * (1 - phil[i]) for i in range(2)])
line48 = dirsum([-(ys[i] * (1 - phil[i]) - (1 - ys[i]) * phil[i]) for i in range(2)])
line49 = dirsum([-(ys[i] - phil[i]) for i in range(2)])

# ---------------------------------------------------------------- softmax regression (K = 3, m = 2)
K, m = 3, 2
W = [[Symbol(f"w_{a}{b}", real=True) for b in range(K)] for a in range(m)]
V = [[Symbol(f"v_{a}{b}", real=True) for b in range(K)] for a in range(m)]
U = symbols("U1:4", real=True)
x = symbols("xs1 xs2", real=True)
ya, yb = symbols("ya yb", real=True)
y = [ya, yb, 1 - ya - yb]                      # label vector summing to 1 (one-hot is a special case)
soft = {ya: (0.05, 0.45), yb: (0.05, 0.45)}
Z = symbols("Z1:4", real=True)
Pk = symbols("P1:4", positive=True)


def softmax(zv):
    s = sum(exp(t) for t in zv)
    return [exp(t) / s for t in zv]


def zvec(xv):
    return [sum(W[a][b] * xv[a] for a in range(m)) for b in range(K)]


z = zvec(x)
phi = softmax(z)
sub_z = dict(zip(Z, z))
L = -sum(y[k] * log(phi[k]) for k in range(K))

dL_dphi = [diff(-sum(y[k] * log(Pk[k]) for k in range(K)), Pk[k]).subs(dict(zip(Pk, phi))) for k in range(K)]
J = [[diff(softmax(Z)[k], Z[l]).subs(sub_z) for l in range(K)] for k in range(K)]
row = [sum(dL_dphi[k] * J[k][l] for k in range(K)) for l in range(K)]      # dL/dphi dphi/dz


def vdot(entries):
    return sum(U[l] * entries[l] for l in range(K))


def mdot(f):
    return sum(V[a][b] * f(a, b) for a in range(m) for b in range(K))


full_chain = mdot(lambda a, b: sum(row[l] * diff(z[l], W[a][b]) for l in range(K)))

# two observations for the summed loss
x2 = symbols("xt1 xt2", real=True)
yc, yd = symbols("yc yd", real=True)
y2 = [yc, yd, 1 - yc - yd]
phi2 = softmax(zvec(x2))
L_all = L - sum(y2[k] * log(phi2[k]) for k in range(K))
soft2 = {ya: (0.05, 0.45), yb: (0.05, 0.45), yc: (0.05, 0.45), yd: (0.05, 0.45)}

# ---------------------------------------------------------------- appendix: softmax Jacobian (i = 1, j = 2)
s = sum(exp(t) for t in Z)
sm = softmax(Z)

CLAIMS = [
    # logistic loss
    Claim(33, "valid",
          -log(Mul(*[ps[i]**ys[i] * (1 - ps[i])**(1 - ys[i]) for i in range(2)])),
          -sum(ys[i] * log(ps[i]) + (1 - ys[i]) * log(1 - ps[i]) for i in range(2)),
          domain={**lab, ps[0]: (0.05, 0.95), ps[1]: (0.05, 0.95)}),
    Claim(34, "valid",
          -sum(ys[i] * log(ps[i]) + (1 - ys[i]) * log(1 - ps[i]) for i in range(2)).subs(dict(zip(ps, phil))),
          -sum(ys[i] * log(expit(zl[i])) + (1 - ys[i]) * log(1 - expit(zl[i])) for i in range(2)),
          domain=lab),
    Claim(41, "valid", diff(expit(zt), zt), expit(zt) * (1 - expit(zt))),
    # logistic gradient
    Claim(46, "valid", grad_dir, chain_log, domain=lab),
    Claim(47, "invalid", chain_log, line47, domain=lab,
          note="dL_i/dphi = -y/phi + (1-y)/(1-phi); the bracket has + instead of - (wrong for y_i = 0)"),
    Claim(48, "invalid", line47, line48, domain=lab,
          note="expanding the line above gives y(1-phi) + (1-y)phi, not y(1-phi) - (1-y)phi"),
    Claim(49, "valid", line48, line49, domain=lab),
    # softmax loss
    Claim(82, "valid", -sum(y[k] * log(Pk[k]) for k in range(K)).subs(dict(zip(Pk, phi))), L, domain=soft),
    # chain rule and its factors
    Claim(100, "valid", mdot(lambda a, b: diff(L, W[a][b])), full_chain, domain=soft),
    Claim(106, "valid", vdot([-y[k] * (1 / phi[k]) for k in range(K)]),
          vdot([-y[k] / phi[k] for k in range(K)]), domain=soft),
    Claim(122, "valid", vdot(row),
          vdot([-y[l] * (1 - phi[l]) + sum(y[k] * phi[l] for k in range(K) if k != l) for l in range(K)]),
          domain=soft),
    Claim(123, "valid",
          vdot([-y[l] * (1 - phi[l]) + sum(y[k] * phi[l] for k in range(K) if k != l) for l in range(K)]),
          vdot([-y[l] + phi[l] * sum(y) for l in range(K)]), domain=soft),
    Claim(124, "valid", vdot([-y[l] + phi[l] * sum(y) for l in range(K)]),
          vdot([phi[l] - y[l] for l in range(K)]), domain=soft),
    Claim(125, "valid", vdot([phi[l] - y[l] for l in range(K)]),
          vdot([softmax(zvec(x))[l] - y[l] for l in range(K)]), domain=soft),
    Claim(133, "valid", full_chain,
          mdot(lambda a, b: sum((phi[j] - y[j]) * diff(z[j], W[a][b]) for j in range(K))), domain=soft),
    Claim(134, "valid", mdot(lambda a, b: sum((phi[j] - y[j]) * diff(z[j], W[a][b]) for j in range(K))),
          mdot(lambda a, b: x[a] * (phi[b] - y[b])), domain=soft),
    Claim(143, "valid", mdot(lambda a, b: diff(L_all, W[a][b])),
          mdot(lambda a, b: -(x[a] * (y[b] - phi[b]) + x2[a] * (y2[b] - phi2[b]))), domain=soft2),
    # appendix, i = j (i = 1)
    Claim(169, "valid", diff(sm[0], Z[0]), (exp(Z[0]) * s - exp(Z[0]) * exp(Z[0])) / (s * s)),
    Claim(170, "valid", (exp(Z[0]) * s - exp(Z[0]) * exp(Z[0])) / (s * s),
          exp(Z[0]) / s * (1 - exp(Z[0]) / s)),
    Claim(171, "valid", exp(Z[0]) / s * (1 - exp(Z[0]) / s), sm[0] * (1 - sm[0])),
    # appendix, i != j (i = 1, j = 2)
    Claim(177, "valid", diff(sm[0], Z[1]), (0 * s - exp(Z[0]) * exp(Z[1])) / (s * s)),
    Claim(178, "valid", (0 * s - exp(Z[0]) * exp(Z[1])) / (s * s), -(exp(Z[0]) / s) * (exp(Z[1]) / s)),
    Claim(179, "valid", -(exp(Z[0]) / s) * (exp(Z[1]) / s), -sm[0] * sm[1]),
]
