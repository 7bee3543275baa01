from sympy import Symbol, Max, Piecewise, diff, Rational

from labels import Claim

SOURCE = "https://github.com/Monishver11/monishver11.github.io/blob/HEAD/_posts/2025-01-07-svm.md"
TITLE = "Support Vector Machines(SVM) - From Hinge Loss to Optimization (Monishver, ML-NYU notes)"
TOPIC = "hinge"

m = Symbol("m", real=True)
lam = Symbol("lam", positive=True)

# n = 3 examples, d = 2 features; labels y_i in {-1, 1}
n, d = 3, 2
w = [Symbol(f"w{k}", real=True) for k in range(d)]
X = [[Symbol(f"x{i}{k}", real=True) for k in range(d)] for i in range(n)]
Y = [Symbol(f"y{i}", real=True) for i in range(n)]
Ydom = {y: frozenset({-1, 1}) for y in Y}


def marg(i):
    return Y[i] * sum(w[k] * X[i][k] for k in range(d))


def ell(t):
    return Max(0, 1 - t)


J = Rational(1, n) * sum(ell(marg(i)) for i in range(n)) + lam * sum(wk**2 for wk in w)

# vector claims are compared through the fixed combination 1*(component 0) + 2*(component 1)
cw = [1, 2]


def comb(vec):
    return sum(c * v for c, v in zip(cw, vec))


grad_J = comb([diff(J, wk) for wk in w])
grad_inner = comb([diff(Rational(1, n) * sum(ell(marg(i)) for i in range(n)) + lam * sum(v**2 for v in w), wk)
                   for wk in w])
sum_of_grads = comb([Rational(1, n) * sum(diff(ell(marg(i)), wk) for i in range(n)) + 2 * lam * wk for wk in w])
active = comb([Rational(1, n) * sum(Piecewise((-Y[i] * X[i][k], marg(i) < 1), (0, True)) for i in range(n))
               + 2 * lam * w[k] for k in range(d)])

# single example for the chain-rule claim
g_lhs = comb([diff(ell(marg(0)), wk) for wk in w])
g_rhs = comb([Piecewise((0, marg(0) > 1), (-Y[0] * X[0][k], True)) for k in range(d)])

CLAIMS = [
    Claim(7, "valid", Max(1 - m, 0), Piecewise((1 - m, 1 - m >= 0), (0, True))),
    Claim(101, "valid", diff(Max(0, 1 - m), m), Piecewise((0, m > 1), (-1, True))),
    Claim(112, "valid", g_lhs, g_rhs, domain=Ydom),
    Claim(124, "valid", grad_J, grad_inner, domain=Ydom),
    Claim(128, "valid", grad_inner, sum_of_grads, domain=Ydom),
    Claim(132, "valid", sum_of_grads, active, domain=Ydom),
]
