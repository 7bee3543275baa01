from sympy import Symbol, Matrix, exp, log, diff, sqrt, Rational, zeros, diag

from labels import Claim

SOURCE = ("https://github.com/travisddavies/statistical_machine_learning_notes/blob/"
          "06fbd159a663b6a3bf78d4989403fda26a755e07/logistic_regression.md")
TITLE = "Logistic regression: log-likelihood, gradient X'(y - mu), Hessian and IRLS (notes)"
TOPIC = "logistic"

# ---- concrete size: n = 3 samples, d = 2 features --------------------------------------
n, d = 3, 2
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
w = Matrix([w1, w2])
xs = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in (1, 2, 3)]
X = Matrix(xs)                                   # rows are x_i'
ys = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
yv = Matrix(ys)
Y01 = {s: (0.05, 0.95) for s in ys}              # labels (any value in (0,1) is a stronger test)


def sig(t):
    return 1 / (1 + exp(-t))


z = [xs[i][0] * w1 + xs[i][1] * w2 for i in range(n)]      # x_i'w  (= "w x_i")
th = [sig(t) for t in z]                                   # theta(x_i) = mu(x_i)
muv = Matrix(th)
p = [th[i] ** ys[i] * (1 - th[i]) ** (1 - ys[i]) for i in range(n)]   # Bernoulli pmf

# log-likelihood written term by term (the objective being maximised)
ll = sum(ys[i] * log(th[i]) + (1 - ys[i]) * log(1 - th[i]) for i in range(n))
grad = Matrix([diff(ll, w1), diff(ll, w2)])
hess = Matrix([[diff(ll, a, b) for b in (w1, w2)] for a in (w1, w2)])

C2 = (1, sqrt(2))
C4 = (1, sqrt(2), sqrt(3), sqrt(5))


def inv2(A):
    """2x2 inverse by the adjugate formula, written out (no simplification)."""
    a, b, c, e = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    det = a * e - b * c
    return Matrix([[e, -b], [-c, a]]) / det


def comb(v):
    """a generic linear combination of the entries (equal for all entries <=> equal here)."""
    v = list(v)
    c = C2 if len(v) == 2 else C4
    return sum(ci * vi for ci, vi in zip(c, v))


# ---- chain of the "log trick" (lines 19-37) -------------------------------------------
E = [-z[i] for i in range(n)]                    # exponent -w x_i
L1 = sum(log(p[i]) for i in range(n))
L2 = sum(log(th[i] ** ys[i] * (1 - th[i]) ** (1 - ys[i])) for i in range(n))
L3 = sum(ys[i] * log(th[i]) + (1 - ys[i]) * log(1 - th[i]) for i in range(n))
L4 = sum(ys[i] * log((1 + exp(E[i])) ** -1) + (1 - ys[i]) * log(1 - (1 + exp(E[i])) ** -1)
         for i in range(n))
L5 = sum(-ys[i] * log(1 + exp(E[i])) + (1 - ys[i]) * log(exp(E[i]) / (1 + exp(E[i])))
         for i in range(n))
L6 = sum(-ys[i] * log(1 + exp(E[i])) + (1 - ys[i]) * (log(exp(E[i])) - log(1 + exp(E[i])))
         for i in range(n))
L7 = sum(-ys[i] * log(1 + exp(E[i])) + (1 - ys[i]) * (-z[i] - log(1 + exp(E[i])))
         for i in range(n))
L9_written = sum(-z[i] - log(1 + exp(E[i])) for i in range(n)) + ys[0] * z[0]
L9_alt = sum(-z[i] - log(1 + exp(E[i])) + ys[i] * z[i] for i in range(n))
LL_simpl = sum((ys[i] - 1) * z[i] - log(1 + exp(-z[i])) for i in range(n))

# ---- single data point (lines 54-66) ---------------------------------------------------
zz = Symbol("z", real=True)
y = Symbol("y", real=True)
a1, a2 = Symbol("a1", real=True), Symbol("a2", real=True)     # x = (a1, a2), j = 1
mu_pt = sig(w1 * a1 + w2 * a2)
L_pt = y * log(mu_pt) + (1 - y) * log(1 - mu_pt)
bracket = y / mu_pt - (1 - y) / (1 - mu_pt)

# single-term L(w) = log p(y_1|x_1), as line 57 defines it
ll_1 = ys[0] * log(th[0]) + (1 - ys[0]) * log(1 - th[0])

# ---- Hessian / IRLS (lines 81-88) ------------------------------------------------------
M = diag(*[th[i] * (1 - th[i]) for i in range(n)])
XtMX = X.T * M * X
sum_outer = zeros(d, d)
for i in range(n):
    xi = Matrix(xs[i])
    sum_outer += th[i] * (1 - th[i]) * xi * xi.T
r = yv - muv
newton_lhs = w - inv2(hess) * grad
newton_1 = w + inv2(XtMX) * X.T * r
newton_2 = inv2(XtMX) * (XtMX * w + X.T * r)
b_t = X * w + diag(*[1 / (th[i] * (1 - th[i])) for i in range(n)]) * r
newton_3 = inv2(XtMX) * X.T * M * b_t

dsig = [diff(sig(zz), zz).subs(zz, z[i]) for i in range(n)]    # d mu / d z_i
row_vec_1 = -sum(dsig[i] * xs[i][0] for i in range(n))         # 1st entry of -sum mu'(z_i) x_i'

CLAIMS = [
    # log-likelihood chain
    Claim(19, "valid", log(p[0] * p[1] * p[2]), L1, domain=Y01),
    Claim(21, "valid", L1, L2, domain=Y01),
    Claim(23, "valid", L2, L3, domain=Y01),
    Claim(27, "valid", L3, L4, domain=Y01),
    Claim(29, "valid", L4, L5, domain=Y01),
    Claim(31, "valid", L5, L6, domain=Y01),
    Claim(33, "valid", L6, L7, domain=Y01),
    Claim(35, "valid", L7, L7, domain=Y01),
    Claim(37, "ambiguous", L7, L9_written, alt=(L7, L9_alt), domain=Y01,
          note="the trailing y_iwx_i sits outside the sum's parentheses; the line holds only if "
               "the sum is read as covering it"),
    Claim(41, "invalid", grad[0], LL_simpl, domain=Y01,
          note="the right side is the simplified log-likelihood itself (a value), not its gradient "
               "sum_i (y_i - sigma(x_i'w)) x_i"),
    # single-point gradient
    Claim(54, "valid", diff(sig(zz), zz), sig(zz) * (1 - sig(zz))),
    Claim(57, "valid", log(sig(zz) ** y * (1 - sig(zz)) ** (1 - y)),
          y * log(sig(zz)) + (1 - y) * log(1 - sig(zz)), domain={y: (0.05, 0.95)}),
    Claim(62, "valid", diff(L_pt, w1), bracket * diff(mu_pt, w1)),
    Claim(64, "valid", diff(L_pt, w1), bracket * mu_pt * (1 - mu_pt) * a1),
    Claim(66, "valid", diff(L_pt, w1),
          (y - mu_pt) / (mu_pt * (1 - mu_pt)) * mu_pt * (1 - mu_pt) * a1),
    Claim(71, "ambiguous", comb([diff(ll_1, w1), diff(ll_1, w2)]),
          comb([sum((ys[i] - th[i]) * xs[i][j] for i in range(n)) for j in range(d)]),
          alt=(comb(grad), comb([sum((ys[i] - th[i]) * xs[i][j] for i in range(n))
                                 for j in range(d)])),
          domain=Y01,
          note="L(w) was just defined as the single-point log p(y_i|x_i), whose gradient is "
               "(y_i - mu(x_i))x_i; the sum over i holds only for the full log-likelihood"),
    Claim(75, "valid", comb(grad), comb(X.T * r), domain=Y01),
    Claim(80, "valid", comb(grad), comb(X.T * r), domain=Y01),
    # Hessian
    Claim(81, "invalid", hess[0, 0], row_vec_1, domain=Y01,
          note="-sum_i mu'(z_i) x_i' is a row vector missing the factor x_i; the Hessian is "
               "-sum_i mu'(z_i) x_i x_i' (compared entry (1,1) with entry 1)"),
    Claim(81, "invalid", row_vec_1,
          -sum(th[i] * (1 - th[i]) * xs[i][0] * xs[i][0] for i in range(n)), k=2, domain=Y01,
          note="-sum_i mu'(z_i) x_i' (a vector) is not -sum_i mu(1-mu) x_i x_i' (a matrix): "
               "a factor x_i is missing"),
    Claim(82, "valid", comb(-sum_outer), comb(-XtMX), domain=Y01),
    # Newton / IRLS
    Claim(84, "valid", comb(newton_lhs), comb(newton_1), domain=Y01),
    Claim(86, "valid", comb(newton_1), comb(newton_2), domain=Y01),
    Claim(88, "valid", comb(newton_2), comb(newton_3), domain=Y01),
]
