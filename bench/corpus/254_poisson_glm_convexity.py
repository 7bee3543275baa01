"""Labels for 254_poisson_glm_convexity.md (ctj12461, CS229 PS1 problems 3 and 4).

Sizes: m = 3 samples, n = 2 features.  Problem 3 uses the Poisson family (y in {0,...,4}).
Problem 4 is about a generic exponential family; its claims are checked on one concrete
member with a finite support, Binomial(2, .): b(y) = C(2, y), T(y) = y, a(eta) = 2 log(1 + e^eta),
y in {0, 1, 2}; integrals over y become sums over that support (so "int dy" counts 3 points).
"""
from sympy import Symbol, exp, log, factorial, binomial, diff, summation, oo, Integer

from labels import Claim

SOURCE = "https://github.com/ctj12461/cs229-learning/tree/HEAD/ps1/tex"
TITLE = "Poisson regression and the convexity of GLMs (CS229 PS1, problems 3 and 4)"
TOPIC = "glm"

M, N = 3, 2
POS = (0.2, 3.0)
COUNTS = (0, 1, 2, 3, 4)
BIN = (0, 1, 2)

# ---------------------------------------------------------------- problem 3 (Poisson)
lam = Symbol("lambda", positive=True)
y = Symbol("y", integer=True, nonnegative=True)
eta = Symbol("eta", real=True)
t = [Symbol(f"theta{j}", real=True) for j in range(1, N + 1)]
xs = [[Symbol(f"x{i}{j}", real=True) for j in range(1, N + 1)] for i in range(1, M + 1)]
xg = [Symbol(f"x{j}", real=True) for j in range(1, N + 1)]  # the unindexed x of the text
ys = [Symbol(f"y{i}", integer=True, nonnegative=True) for i in range(1, M + 1)]
lam_i = Symbol("lambda_i", positive=True)

def dot(a, b):
    return sum(u * v for u, v in zip(a, b))

eta_i = [dot(t, xs[i]) for i in range(M)]
lams = [exp(e) for e in eta_i]
ell3 = sum(-exp(eta_i[i]) + ys[i] * eta_i[i] - log(factorial(ys[i])) for i in range(M))
dom3 = {lam: POS, y: COUNTS, **{s: COUNTS for s in ys}}

single_lam_sum = sum(log(exp(-lam) * lam**ys[i] / factorial(ys[i])) for i in range(M))
lam_x = exp(dot(t, xg))  # lambda = e^{theta^T x} with the unindexed x
expanded = lambda L: sum(-L + ys[i] * log(L) - log(factorial(ys[i])) for i in range(M))
per_sample_expanded = sum(-lams[i] + ys[i] * log(lams[i]) - log(factorial(ys[i])) for i in range(M))

yy = Symbol("yy", integer=True, nonnegative=True)
pois_mean = summation(yy * exp(-lam) * lam**yy / factorial(yy), (yy, 0, oo))

CLAIMS = [
    # 3(a)
    Claim(7, "valid", exp(-lam) * lam**y / factorial(y), exp(y * log(lam) - lam) / factorial(y), domain=dom3),
    Claim(10, "valid", lam, exp(log(lam)), domain=dom3),  # a(eta) = lambda = e^eta with eta = ln lambda
    # 3(b)
    Claim(15, "valid", pois_mean, pois_mean, domain=dom3),  # E[T(y)] = E[y] since T(y) = y
    Claim(21, "valid", pois_mean, lam, domain=dom3),
    Claim(21, "valid", lam, exp(log(lam)), k=2, domain=dom3),
    # 3(c)
    Claim(31, "ambiguous", sum(log(exp(-lams[i]) * lams[i]**ys[i] / factorial(ys[i])) for i in range(M)),
          single_lam_sum, domain=dom3,
          alt=(sum(log(exp(-lams[i]) * lams[i]**ys[i] / factorial(ys[i])) for i in range(M)),
               sum(log(exp(-lams[i]) * lams[i]**ys[i] / factorial(ys[i])) for i in range(M))),
          note="a single unindexed lambda is used for every sample; the likelihood needs lambda_i = e^{theta^T x^(i)}"),
    Claim(32, "valid", single_lam_sum, expanded(lam), domain=dom3),
    Claim(32, "valid", exp(dot(t, xg)), exp(dot(t, xg)), k=2, domain=dom3),  # e^eta = e^{theta^T x}, eta = theta^T x
    Claim(33, "ambiguous", expanded(lam_x), ell3, domain=dom3,
          alt=(per_sample_expanded, ell3),
          note="lambda = e^{theta^T x} is written with an unindexed x; equal only reading it as e^{theta^T x^(i)} per sample"),
    Claim(41, "valid", diff(ell3, t[0]), sum(-exp(eta_i[i]) * xs[i][0] + xs[i][0] * ys[i] for i in range(M)), domain=dom3),
    Claim(42, "valid", sum(-exp(eta_i[i]) * xs[i][0] + xs[i][0] * ys[i] for i in range(M)),
          sum((ys[i] - exp(eta_i[i])) * xs[i][0] for i in range(M)), domain=dom3),
]

# ---------------------------------------------------------------- problem 4 (Binomial(2) member)
def b(v):
    return binomial(2, v)

def a(e):
    return 2 * log(1 + exp(e))

a1 = diff(a(eta), eta)
a2 = diff(a(eta), eta, 2)

def p(v, e):
    return b(v) * exp(e * v - a(e))

S = lambda f: sum(f(v) for v in BIN)  # "integral" over the support {0, 1, 2}
EY = S(lambda v: v * p(v, eta))
VarY = S(lambda v: (v - EY) ** 2 * p(v, eta))
dom4 = {eta: (-2.0, 2.0), y: BIN, **{s: BIN for s in ys}}

CLAIMS += [
    # 4(a)
    Claim(52, "valid", diff(S(lambda v: p(v, eta)), eta), S(lambda v: diff(p(v, eta), eta)), domain=dom4),
    Claim(53, "valid", S(lambda v: diff(p(v, eta), eta)), S(lambda v: diff(b(v) * exp(eta * v - a(eta)), eta)), domain=dom4),
    Claim(54, "valid", S(lambda v: diff(b(v) * exp(eta * v - a(eta)), eta)),
          S(lambda v: b(v) * exp(eta * v - a(eta)) * (v - a1)), domain=dom4),
    Claim(55, "valid", S(lambda v: b(v) * exp(eta * v - a(eta)) * (v - a1)), S(lambda v: p(v, eta) * (v - a1)), domain=dom4),
    Claim(56, "valid", S(lambda v: p(v, eta) * (v - a1)), EY - a1 * S(lambda v: p(v, eta)), domain=dom4),
    Claim(57, "valid", EY - a1 * S(lambda v: p(v, eta)), Integer(0), domain=dom4),
    Claim(61, "valid", EY, a1 * S(lambda v: p(v, eta)), domain=dom4),
    Claim(61, "valid", a1 * S(lambda v: p(v, eta)), a1, k=2, domain=dom4),
    # 4(b)
    Claim(67, "invalid", diff(EY, eta), diff(S(lambda v: p(v, eta) * (v - a1)), eta), domain=dom4,
          note="E[Y] is int p y dy, not int p (y - a'(eta)) dy (which is 0); d/deta E[Y] = a''(eta) != 0"),
    Claim(68, "valid", diff(S(lambda v: p(v, eta) * (v - a1)), eta),
          S(lambda v: p(v, eta) * ((v - a1) ** 2 - a2)), domain=dom4),
    Claim(69, "invalid", S(lambda v: p(v, eta) * ((v - a1) ** 2 - a2)),
          S(lambda v: p(v, eta) * (v - a1) ** 2) - a2 * S(lambda v: 1), domain=dom4,
          note="p(y; eta) is dropped from the second integral: it should be a''(eta) int p dy = a''(eta), not a''(eta) int dy"),
    Claim(70, "invalid", S(lambda v: p(v, eta) * (v - a1) ** 2) - a2 * S(lambda v: 1), VarY - a2, domain=dom4,
          note="treats int dy as 1; over the support it is not (here it counts 3 points)"),
    Claim(71, "valid", VarY - a2, Integer(0), domain=dom4),
    Claim(75, "valid", VarY, a2, domain=dom4),
]

# 4(c): eta_i = theta^T x^(i); X_i stands for the bare vector x^(i) written where a j-th entry is needed
Xb = [Symbol(f"X{i}", real=True) for i in range(1, M + 1)]
a1i = [a1.subs(eta, e) for e in eta_i]
a2i = [a2.subs(eta, e) for e in eta_i]
Vari = [VarY.subs(eta, e) for e in eta_i]
ell4 = -sum(log(p(ys[i], eta_i[i])) for i in range(M))
grad1_bare = -sum(xs[i][0] * ys[i] - a1i[i] * Xb[i] for i in range(M))
grad1_fix = -sum(xs[i][0] * ys[i] - a1i[i] * xs[i][0] for i in range(M))
step2_bare = -sum((ys[i] - a1i[i]) * Xb[i] for i in range(M))
step2_fix = -sum((ys[i] - a1i[i]) * xs[i][0] for i in range(M))
hess_bare = diff(sum((a1i[i] - ys[i]) * Xb[i] for i in range(M)), t[1])
hess_fix = diff(sum((a1i[i] - ys[i]) * xs[i][0] for i in range(M)), t[1])
z = [Symbol(f"z{j}", real=True) for j in range(1, N + 1)]
H = [[diff(ell4, t[j], t[k]) for k in range(N)] for j in range(N)]
zHz = sum(z[j] * H[j][k] * z[k] for j in range(N) for k in range(N))
dom4c = {**dom4}

CLAIMS += [
    Claim(82, "ambiguous", -sum(log(p(ys[i], eta)) for i in range(M)), ell4, domain=dom4c,
          alt=(ell4, ell4),
          note="p(y^(i); eta) with one unindexed eta; equal to the per-sample likelihood only reading eta as theta^T x^(i)"),
    Claim(83, "ambiguous", ell4, -sum(log(b(y)) + eta_i[i] * ys[i] - a(eta_i[i]) for i in range(M)), domain=dom4c,
          alt=(ell4, -sum(log(b(ys[i])) + eta_i[i] * ys[i] - a(eta_i[i]) for i in range(M))),
          note="ln b(y) is written without the sample index; it holds as ln b(y^(i))"),
    Claim(91, "ambiguous", diff(ell4, t[0]), grad1_bare, domain=dom4c,
          alt=(diff(ell4, t[0]), grad1_fix),
          note="the last factor is the vector x^(i) where the j-th entry x^(i)_j is needed"),
    Claim(92, "ambiguous", grad1_bare, step2_bare, domain=dom4c,
          alt=(grad1_fix, step2_fix),
          note="mixes x^(i)_j and x^(i); the factorisation holds only if both mean x^(i)_j"),
    Claim(93, "valid", step2_bare, sum((a1i[i] - ys[i]) * Xb[i] for i in range(M)), domain=dom4c),
    Claim(101, "ambiguous", diff(ell4, t[0], t[1]), hess_bare, domain=dom4c,
          alt=(diff(ell4, t[0], t[1]), hess_fix),
          note="differentiates a sum carrying the bare vector x^(i) instead of x^(i)_j"),
    Claim(102, "ambiguous", hess_bare, sum(a2i[i] * xs[i][0] * xs[i][1] for i in range(M)), domain=dom4c,
          alt=(hess_fix, sum(a2i[i] * xs[i][0] * xs[i][1] for i in range(M))),
          note="the x^(i)_j factor appears only if the bare x^(i) above is read as x^(i)_j"),
    Claim(103, "valid", sum(a2i[i] * xs[i][0] * xs[i][1] for i in range(M)),
          sum(Vari[i] * xs[i][0] * xs[i][1] for i in range(M)), domain=dom4c),
    Claim(111, "valid", zHz,
          sum(z[j] * z[k] * sum(Vari[i] * xs[i][j] * xs[i][k] for i in range(M)) for j in range(N) for k in range(N)),
          domain=dom4c),
    Claim(112, "valid",
          sum(z[j] * z[k] * sum(Vari[i] * xs[i][j] * xs[i][k] for i in range(M)) for j in range(N) for k in range(N)),
          sum(Vari[i] * dot(xs[i], z) * dot(xs[i], z) for i in range(M)), domain=dom4c),
    Claim(113, "ambiguous", sum(Vari[i] * dot(xs[i], z) * dot(xs[i], z) for i in range(M)),
          sum(Vari[i] * dot(xg, z) ** 2 for i in range(M)), domain=dom4c,
          alt=(sum(Vari[i] * dot(xs[i], z) * dot(xs[i], z) for i in range(M)),
               sum(Vari[i] * dot(xs[i], z) ** 2 for i in range(M))),
          note="(x^T z)^2 drops the sample index; it holds as (x^(i)T z)^2 inside the sum"),
]
