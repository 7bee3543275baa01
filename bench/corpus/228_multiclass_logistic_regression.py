"""Labels for 228_multiclass_logistic_regression.md (softmax / multiclass logistic regression).

Concrete size as in the notebook: n = 4 features, c = 3 classes (0-indexed), W is n x c with
yhat = W^T x, so yhat_k = sum_r W_{r,k} x_r; the single sample has one-hot label (0, 1, 0).
A matrix equality A = B is checked as sum_{r,s} U_{r,s} A_{r,s} = sum_{r,s} U_{r,s} B_{r,s} for
random U, which holds for every U exactly when A = B. Orders of candidate parameters (for the
argmax/argmin links) are compared through sign(f(a) - f(b)).
"""

from sympy import Eq, Matrix, Piecewise, Rational, Symbol, diff, exp, log, sign

from labels import Claim

SOURCE = ("https://github.com/OmriGruman/intro-to-machine-learning/blob/"
          "ae8cc90fbe42001514f88ee9e93fa9b172b1a0b8/multiclass_logistic_regression/"
          "multiclass_logistic_regression.ipynb")
TITLE = "Multiclass Logistic Regression"
TOPIC = "multiclass"

n, c = 4, 3
R, K = range(n), range(c)
x = [Symbol(f"x_{r}", real=True) for r in R]
W = [[Symbol(f"W_{r}{k}", real=True) for k in K] for r in R]
U = [[Symbol(f"U_{r}{k}", real=True) for k in K] for r in R]
v = [Symbol(f"v_{k}", real=True) for k in K]


def frob(A):
    """sum_{r,s} U_{r,s} A(r, s) for an entry function A."""
    return sum(U[r][s] * A(r, s) for r in R for s in K)


def scores(xv):
    return [sum(W[r][k] * xv[r] for r in R) for k in K]


def softmax(z):
    D = sum(exp(zk) for zk in z)
    return [exp(zk) / D for zk in z]


# ---- the single sample of section 3.3 (label y = (0, 1, 0)) ----
yh = scores(x)
p = softmax(yh)
D = sum(exp(t) for t in yh)
L = -log(p[1])
yone = [0, 1, 0]


def dW(f):
    return frob(lambda r, s: diff(f, W[r][s]))


G = [dW(yh[k]) for k in K]  # <U, d yhat_k / dW>

# softmax as a function of free scores, for the lines 83-87
z = [Symbol(f"yhat_{k}", real=True) for k in K]
Dz = sum(exp(t) for t in z)
pz = [exp(t) / Dz for t in z]
e = [exp(t) for t in z]

P1 = Symbol("P", positive=True)  # a value of p_1 for line 81
dLdp = diff(-log(P1), P1).subs(P1, p[1])  # the true dL/dp_1 along the model

# ---- binary hypothesis (line 14): theta = logistic sigmoid, 2 features ----
wb = [Symbol(f"wb_{r}", real=True) for r in range(2)]
xb = [Symbol(f"xb_{r}", real=True) for r in range(2)]
sig = 1 / (1 + exp(-(wb[0] * xb[0] + wb[1] * xb[1])))

# ---- likelihood / argmax (lines 42-54): N = 4 samples with labels (0, 1, 2, 1) ----
labs = [0, 1, 2, 1]
Ns = len(labs)
pa = [[Symbol(f"pa_{i}{k}", positive=True) for k in K] for i in range(Ns)]
pb = [[Symbol(f"pb_{i}{k}", positive=True) for k in K] for i in range(Ns)]
pdom = {s: (0.05, 0.95) for row in pa + pb for s in row}


def prod_by_class(pp):
    out = 1
    for k in K:
        for i in range(Ns):
            if labs[i] == k:
                out *= pp[i][k]
    return out


def loglik(pp):
    return sum(log(pp[i][k]) for k in K for i in range(Ns) if labs[i] == k)


lhs42 = 1
for k in K:  # Pi_{i:y_i=0}[p_{i,0}] * Pi_{i:y_i=1}[p_{i,1}] * Pi_{i:y_i=2}[p_{i,2}]
    term = 1
    for i in range(Ns):
        if labs[i] == k:
            term *= pa[i][k]
    lhs42 *= term

# ---- general label (line 151): class index cl in {0, 1, 2} ----
cl = Symbol("cl", integer=True)
Lc = -log(Piecewise((p[0], Eq(cl, 0)), (p[1], Eq(cl, 1)), (p[2], True)))
ycl = [Piecewise((1, Eq(cl, k)), (0, True)) for k in K]

# ---- data set (line 163): N = 3 samples, labels (1, 0, 2) ----
dl = [1, 0, 2]
Nd = len(dl)
xs = [[Symbol(f"x{i}_{r}", real=True) for r in R] for i in range(Nd)]
ps = [softmax(scores(xs[i])) for i in range(Nd)]
LN = -Rational(1, Nd) * sum(log(ps[i][dl[i]]) for i in range(Nd))
Xm = Matrix(n, Nd, lambda r, i: xs[i][r])
Pm = Matrix(c, Nd, lambda k, i: ps[i][k])
Ym = Matrix(c, Nd, lambda k, i: 1 if dl[i] == k else 0)
XPY = Xm * (Pm - Ym).T / Nd
per_sample = Rational(1, Nd) * sum(
    frob(lambda r, s, i=i: xs[i][r] * (ps[i][s] - (1 if dl[i] == s else 0))) for i in range(Nd))

CLAIMS = [
    Claim(14, "valid", sig, 1 / (1 + exp(-(wb[0] * xb[0] + wb[1] * xb[1])))),
    Claim(21, "valid", sum(v[k] * softmax(yh)[k] for k in K), sum(v[k] * p[k] for k in K)),
    Claim(42, "valid", lhs42, prod_by_class(pa), domain=pdom),
    Claim(47, "valid", sum(v[k] * p[k] for k in K), sum(v[k] * softmax(scores(x))[k] for k in K)),
    Claim(53, "valid", sign(prod_by_class(pa) - prod_by_class(pb)),
          sign(loglik(pa) - loglik(pb)), domain=pdom),
    Claim(54, "valid", sign(loglik(pa) - loglik(pb)),
          sign(-Rational(1, Ns) * loglik(pb) + Rational(1, Ns) * loglik(pa)), domain=pdom),
    Claim(66, "valid", p[1], exp(yh[1]) / D),
    Claim(71, "valid", dW(L), dLdp * dW(p[1])),
    Claim(72, "valid", dLdp * dW(p[1]),
          dLdp * sum(diff(pz[1], z[k]).subs(dict(zip(z, yh))) * G[k] for k in K)),
    Claim(73, "valid", dLdp * sum(diff(pz[1], z[k]).subs(dict(zip(z, yh))) * G[k] for k in K),
          dLdp * (diff(pz[1], z[0]).subs(dict(zip(z, yh))) * G[0]
                  + diff(pz[1], z[1]).subs(dict(zip(z, yh))) * G[1]
                  + diff(pz[1], z[2]).subs(dict(zip(z, yh))) * G[2])),
    Claim(81, "invalid", diff(-log(P1), P1), 1 / P1, domain={P1: (0.05, 0.95)},
          note="L = -ln p_1 gives dL/dp_1 = -1/p_1, not 1/p_1 (the next step uses -1/p_1)"),
    Claim(83, "valid", diff(pz[1], z[0]), -e[1] * e[0] / Dz**2),
    Claim(83, "valid", -e[1] * e[0] / Dz**2, -(e[1] / Dz) * (e[0] / Dz), k=2),
    Claim(83, "valid", -(e[1] / Dz) * (e[0] / Dz), -pz[1] * pz[0], k=3),
    Claim(85, "valid", diff(pz[1], z[1]), (e[1] * Dz - e[1] * e[1]) / Dz**2),
    Claim(85, "valid", (e[1] * Dz - e[1] * e[1]) / Dz**2, e[1] / Dz * (Dz / Dz - e[1] / Dz), k=2),
    Claim(85, "valid", e[1] / Dz * (Dz / Dz - e[1] / Dz), pz[1] * (1 - pz[1]), k=3),
    Claim(87, "valid", diff(pz[1], z[2]), -e[1] * e[2] / Dz**2),
    Claim(87, "valid", -e[1] * e[2] / Dz**2, -(e[1] / Dz) * (e[2] / Dz), k=2),
    Claim(87, "valid", -(e[1] / Dz) * (e[2] / Dz), -pz[1] * pz[2], k=3),
    Claim(93, "valid", dW(L),
          -1 / p[1] * (-p[1] * p[0] * G[0] + p[1] * (1 - p[1]) * G[1] + -p[1] * p[2] * G[2])),
    Claim(94, "valid",
          -1 / p[1] * (-p[1] * p[0] * G[0] + p[1] * (1 - p[1]) * G[1] + -p[1] * p[2] * G[2]),
          p[0] * G[0] + (p[1] - 1) * G[1] + p[2] * G[2]),
    Claim(106, "valid", G[0], frob(lambda r, s: x[r] if s == 0 else 0)),
    Claim(117, "valid", G[1], frob(lambda r, s: x[r] if s == 1 else 0)),
    Claim(125, "valid", G[2], frob(lambda r, s: x[r] if s == 2 else 0)),
    Claim(136, "valid", dW(L),
          p[0] * frob(lambda r, s: x[r] if s == 0 else 0)
          + (p[1] - 1) * frob(lambda r, s: x[r] if s == 1 else 0)
          + p[2] * frob(lambda r, s: x[r] if s == 2 else 0)),
    Claim(139, "invalid",
          p[0] * frob(lambda r, s: x[r] if s == 0 else 0)
          + (p[1] - 1) * frob(lambda r, s: x[r] if s == 1 else 0)
          + p[2] * frob(lambda r, s: x[r] if s == 2 else 0),
          frob(lambda r, s: (yone[s] - p[s]) * x[r]),
          note="the entries (0 - p_0)x_r, (1 - p_1)x_r, (0 - p_2)x_r are x(y - p)^T, the negative "
               "of p_0 x_r, (p_1 - 1)x_r, p_2 x_r"),
    Claim(145, "invalid", frob(lambda r, s: (yone[s] - p[s]) * x[r]),
          frob(lambda r, s: x[r] * (p[s] - yone[s])),
          note="x[(p_0 p_1 p_2) - (0 1 0)] = x(p - y)^T is the negative of the matrix of (y_s - p_s)x_r"),
    Claim(151, "valid", dW(Lc), frob(lambda r, s: x[r] * (p[s] - ycl[s])),
          domain={cl: (0, 1, 2)}),
    Claim(163, "valid", dW(LN), per_sample),
    Claim(163, "valid", per_sample, frob(lambda r, s: XPY[r, s]), k=2),
]
