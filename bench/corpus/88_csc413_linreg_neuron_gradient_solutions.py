from sympy import Rational, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/csc477/website_fall24/blob/b4cd4274a017ab3c64fe3c943a22058632e3db33/ex/w02/exercises02_solution.md"
TITLE = "Exercise solutions: linear regression cost derivatives, and the gradient of cross-entropy through a sigmoid neuron (CSC413 week 2, Toronto)"
TOPIC = "logistic"

# ---------------------------------------------------------------- exercise 3, at N = 3 samples, d = 2 features
N = 3
w, b = Symbol("w", real=True), Symbol("b", real=True)
xs = [Symbol(f"x{i}", real=True) for i in range(1, N + 1)]
ts = [Symbol(f"t{i}", real=True) for i in range(1, N + 1)]
E1 = Rational(1, 2 * N) * sum(((w * xs[i] + b) - ts[i])**2 for i in range(N))

d = 2
wv = [Symbol(f"w{j}", real=True) for j in range(1, d + 1)]
xm = [[Symbol(f"x{j}_{i}", real=True) for j in range(1, d + 1)] for i in range(1, N + 1)]  # xm[i][j] = x_j^{(i)}
lin = [sum(wv[j] * xm[i][j] for j in range(d)) + b for i in range(N)]                   # w^T x^{(i)} + b
E2 = Rational(1, 2 * N) * sum((lin[i] - ts[i])**2 for i in range(N))
J = 0                                                                                  # the weight w_j, j = 1

# ---------------------------------------------------------------- exercise 4: one sigmoid unit, cross-entropy
y, z, t = Symbol("y", real=True), Symbol("z", real=True), Symbol("t", real=True)
u = [Symbol(f"u{j}", real=True) for j in range(1, d + 1)]    # the weights w (named u here)
v = [Symbol(f"v{j}", real=True) for j in range(1, d + 1)]    # the input x (named v here)
zz = sum(u[j] * v[j] for j in range(d))                       # z = w^T x
sig = lambda q: 1 / (1 + exp(-q))                             # noqa: E731 - the logistic sigmoid
Ly = -t * log(y) - (1 - t) * log(1 - y)                       # L(y, t)
L = Ly.subs(y, sig(zz))                                       # L as a function of the weights
Y = sig(zz)                                                   # y = sigma(w^T x)

dL_dy = diff(Ly, y)                                           # the three factors, each from its definition
dy_dz = diff(sig(z), z)
dz_dw = diff(zz, u[J])

f79 = (-t / Y + (1 - t) / (1 - Y)) * Y * (1 - Y) * v[J]
f80 = (-t + t * Y + 1 - t - Y + t * Y) * v[J]
f81 = (Y - t) * v[J]

Y01 = {y: (0.05, 0.95), t: (0.0, 1.0)}
T01 = {t: (0.0, 1.0)}

CLAIMS = [
    # exercise 3 (a) and (b)
    Claim(23, "valid", diff(E1, w), Rational(1, N) * sum(xs[i] * ((w * xs[i] + b) - ts[i]) for i in range(N))),
    Claim(28, "valid", diff(E1, b), Rational(1, N) * sum(((w * xs[i] + b) - ts[i]) for i in range(N))),
    Claim(34, "valid", diff(E2, wv[J]), Rational(1, N) * sum(xm[i][J] * (lin[i] - ts[i]) for i in range(N))),
    # exercise 4 (a): the chain rule
    Claim(58, "valid", diff(L, u[J]), dL_dy.subs(y, Y) * dy_dz.subs(z, zz) * dz_dw, domain=T01),
    # the three factors
    Claim(64, "valid", dL_dy, diff(-t * log(y) - (1 - t) * log(1 - y), y), domain=Y01),
    Claim(65, "valid", diff(-t * log(y) - (1 - t) * log(1 - y), y), -t / y + (1 - t) / (1 - y), domain=Y01),
    Claim(67, "valid", diff(sig(z), z), diff(sig(z), z)),
    Claim(68, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(69, "valid", sig(z) * (1 - sig(z)), (y * (1 - y)).subs(y, sig(z))),   # y = sigma(z)
    Claim(71, "valid", dz_dw, diff(sum(u[j] * v[j] for j in range(d)), u[J])),
    Claim(71, "valid", diff(sum(u[j] * v[j] for j in range(d)), u[J]), v[J], k=2),
    # putting them together
    Claim(79, "valid", diff(L, u[J]), f79, domain=T01),
    Claim(80, "invalid", f79, f80, domain=T01,
          note="(-t/y + (1-t)/(1-y)) y(1-y) = -t(1-y) + (1-t)y = y - t; the line expands (1-t)y as "
               "1 - t - y + ty, which is (1-t)(1-y), so it equals 1 - 2t - y + 2ty, off by (1-t)(1-2y)"),
    Claim(81, "invalid", f80, f81, domain=T01,
          note="(1 - 2t - y + 2ty) x_j is not (y - t) x_j (they differ by (1-t)(1-2y) x_j); the final "
               "(y - t) x_j is the true gradient, reached from the line before last"),
]
