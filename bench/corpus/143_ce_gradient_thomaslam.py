from sympy import Symbol, Rational, exp, log, tanh, diff, Add

from labels import Claim

SOURCE = ("https://github.com/thomaslam/thomaslam.github.io/blob/1460e5a97a462e444a263f849574d730e90f26f0/"
          "post/deriving-cross-entropy-loss-gradient/index.html")
TITLE = "Deriving cross-entropy loss gradient (Thomas Lam)"
TOPIC = "logistic"

# one sample: z = w^T x + b with n = 2 features; u is a random test vector, so a vector identity
# v1 = v2 is checked as u.v1 = u.v2
y = Symbol("y", real=True)
w1, w2, x1, x2, b = (Symbol(n, real=True) for n in ("w1", "w2", "x1", "x2", "b"))
u1, u2 = Symbol("u1", real=True), Symbol("u2", real=True)
zs = Symbol("z", real=True)   # z as a free variable (equation (5))
p = Symbol("a", positive=True)  # a as a free variable (equation (4))

DOM = {y: (0.0, 1.0), p: (0.05, 0.95)}


def sig(t):
    return 1 / (1 + exp(-t))


def sig_indep(t):  # the logistic function written independently of 1/(1+e^{-t})
    return (1 + tanh(t / 2)) / 2


z = w1 * x1 + w2 * x2 + b
a = sig(z)
ell = y * log(a) + (1 - y) * log(1 - a)           # loss of one sample as a function of w, b
ell_a = y * log(p) + (1 - y) * log(1 - p)          # the same as a function of a
u_dot_x = u1 * x1 + u2 * x2


def u_grad_w(f):
    return u1 * diff(f, w1) + u2 * diff(f, w2)


# m = 3 samples for J = -1/m sum_i ell^(i)
m = 3
X = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in range(1, m + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
Zi = [w1 * xi[0] + w2 * xi[1] + b for xi in X]
Ai = [sig(zi) for zi in Zi]
Li = [yi * log(ai) + (1 - yi) * log(1 - ai) for yi, ai in zip(Y, Ai)]
J = Rational(-1, m) * Add(*Li)
DOMJ = {yi: (0.0, 1.0) for yi in Y}

CLAIMS = [
    # (1): a^(i) = sigma(z) is the definition of a; the second = is a claim
    Claim(18, "valid", sig_indep(zs), sig(zs), note="the logistic sigmoid is 1/(1+e^{-z})"),
    # (3) chain rule
    Claim(47, "valid", u_grad_w(ell),
          diff(ell_a, p).subs(p, a) * diff(sig(zs), zs).subs(zs, z) * u_dot_x, domain=DOM,
          note="chain rule through a = sigma(z), z = w^T x + b"),
    # (4)
    Claim(56, "valid", diff(ell_a, p), diff(ell_a, p), domain=DOM,
          note="prime here means d/da of the single-sample loss"),
    Claim(57, "valid", diff(ell_a, p), y / p + (-(1 - y)) / (1 - p), domain=DOM,
          note="d log a = 1/a, d log(1-a) = -1/(1-a)"),
    Claim(58, "valid", y / p + (-(1 - y)) / (1 - p), (y - p) / (p * (1 - p)), domain=DOM,
          note="common denominator: y(1-a) - (1-y)a = y - a"),
    # (5)
    Claim(61, "valid", diff(sig_indep(zs), zs), diff(1 / (1 + exp(-zs)), zs),
          note="a = 1/(1+e^{-z}), prime is d/dz"),
    Claim(62, "valid", diff(1 / (1 + exp(-zs)), zs), exp(-zs) / (1 + exp(-zs))**2,
          note="quotient rule"),
    Claim(63, "valid", exp(-zs) / (1 + exp(-zs))**2,
          1 / (1 + exp(-zs)) * ((1 + exp(-zs) - 1) / (1 + exp(-zs))),
          note="e^{-z} = 1 + e^{-z} - 1, split the square"),
    Claim(64, "valid", 1 / (1 + exp(-zs)) * ((1 + exp(-zs) - 1) / (1 + exp(-zs))),
          1 / (1 + exp(-zs)) * (1 - 1 / (1 + exp(-zs))), note="split the fraction"),
    Claim(65, "valid", 1 / (1 + exp(-zs)) * (1 - 1 / (1 + exp(-zs))), sig(zs) * (1 - sig(zs)),
          note="a = sigma(z)"),
    # (6)
    Claim(68, "valid", u_grad_w(z), u_grad_w(w1 * x1 + w2 * x2 + b),
          note="prime is the gradient with respect to w"),
    Claim(69, "valid", u_grad_w(z), u_dot_x, note="gradient of w^T x + b in w is x"),
    # combining
    Claim(77, "valid", u_grad_w(ell), (y - a) / (a * (1 - a)) * a * (1 - a) * u_dot_x, domain=DOM,
          note="product of (4), (5), (6)"),
    Claim(78, "valid", (y - a) / (a * (1 - a)) * a * (1 - a) * u_dot_x, (y - a) * u_dot_x,
          domain=DOM, note="a(1-a) cancels"),
    Claim(82, "valid", diff(ell, b), y - a, domain=DOM, note="same chain with dz/db = 1"),
    Claim(82, "valid", diff(z, b), 1, k=2, note="z = w^T x + b"),
    # full cost J = -1/m sum_i ell^(i)
    Claim(88, "valid", u_grad_w(J), Rational(-1, m) * Add(*[u_grad_w(li) for li in Li]), domain=DOMJ,
          note="J = -(1/m) sum of per-sample log-likelihoods (sum read over the whole bracket); "
               "differentiation is linear"),
    Claim(89, "valid", Rational(-1, m) * Add(*[u_grad_w(li) for li in Li]),
          Rational(-1, m) * Add(*[(yi - ai) * (u1 * xi[0] + u2 * xi[1]) for yi, ai, xi in zip(Y, Ai, X)]),
          domain=DOMJ, note="per-sample gradient (y-a)x"),
    Claim(95, "valid", diff(J, b), Rational(-1, m) * Add(*[diff(li, b) for li in Li]), domain=DOMJ,
          note="linearity of the derivative"),
    Claim(96, "valid", Rational(-1, m) * Add(*[diff(li, b) for li in Li]),
          Rational(-1, m) * Add(*[yi - ai for yi, ai in zip(Y, Ai)]), domain=DOMJ,
          note="per-sample derivative y - a"),
]
