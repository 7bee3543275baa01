"""Labels for 264_glm_convexity_nll.md (CS229 PS1-4 solution, convexity of GLMs).

Parts (a) and (b) are generic in the exponential family p(y; eta) = b(y) exp(eta y - a(eta)).
They are checked on one concrete member: the exponential distribution, b(y) = 1 on y > 0,
a(eta) = -log(-eta) (eta < 0), so p = -eta exp(eta y), mean -1/eta, variance 1/eta^2; the
integrals over y are taken on (0, oo) with plain SymPy.
Part (c) is checked on the Poisson member, a(eta) = exp(eta), b(y) = 1/y!, with n = 2 features;
vector / matrix claims are contracted with a free vector r (r^T g, r^T H r) so every
component is tested.
"""
from sympy import (Symbol, exp, log, diff, integrate, oo, factorial, Integer, Matrix,
                   simplify)

from labels import Claim

SOURCE = ("https://github.com/PeterHUistyping/Stanford_CS229.Machine_Learning/blob/"
          "d1f3cb5fb406328a631efde500c95f0907dd776e/Problem_Sets/PS1/Sol/"
          "PS1-4%20Convexity%20of%20Generalized%20Linear%20Models.ipynb")
TITLE = "PS1-4 Convexity of Generalized Linear Models"
TOPIC = "glm"

# ---------------------------------------------------------------- parts (a), (b)
eta = Symbol("eta", negative=True)
y = Symbol("y", positive=True)
ETA = {eta: (-3.0, -0.3), y: (0.1, 4.0)}

a = -log(-eta)            # log-partition function
da = diff(a, eta)         # a'(eta)  = -1/eta
d2a = diff(a, eta, 2)     # a''(eta) = 1/eta^2
b = Integer(1)
p = b * exp(eta * y - a)  # = -eta exp(eta y)
dp = diff(p, eta)
d2p = diff(p, eta, 2)


def I(f):
    """integral over the support y in (0, oo)"""
    return simplify(integrate(f, (y, 0, oo)))


MEAN = -1 / eta           # E[Y; eta] of the exponential distribution, known independently
VAR = 1 / eta**2          # Var[Y; eta]

# (a)
a9 = diff(b * exp(eta * y - a), eta)
a10 = b * exp(eta * y - a) * (y - da)
a11 = y * p - p * da
e22 = I(y * p)
e23 = I(dp + p * da)
e24 = I(dp) + I(p * da)
e25 = diff(I(p), eta) + da * I(p)
e26 = diff(Integer(1), eta) + da * 1
e27 = 0 + da
e28 = da

# (b)
b38 = diff(y * p - p * da, eta)
b39 = p + y**2 * p - 2 * y * p * da + p * da**2 - p * d2a
b40 = p - p * d2a + (y - da)**2 * p
v51 = I((y - da)**2 * p)
v52 = I(d2p - p + p * d2a)
v53 = I(d2p) - I(p) + I(p * d2a)
v54 = diff(I(p), eta, 2) - I(p) + d2a * I(p)
v55 = 1 - 1 + d2a        # the document's "1 - 1 + a''"
v56 = d2a

# ---------------------------------------------------------------- part (c)
t1, t2, x1, x2, r1, r2 = (Symbol(s, real=True) for s in ("t1", "t2", "x1", "x2", "r1", "r2"))
z1, z2 = Symbol("z1", real=True), Symbol("z2", real=True)
yc = Symbol("yc", integer=True, nonnegative=True)
YC = {yc: (0, 1, 2, 3, 4, 5)}
th = Matrix([t1, t2])
xv = Matrix([x1, x2])
rv = Matrix([r1, r2])
zv = Matrix([z1, z2])
n_eta = (th.T * xv)[0]                 # eta = theta^T x
A = exp                                 # Poisson log-partition a(eta) = e^eta
lam = exp(n_eta)
nll = -log(lam**yc * exp(-lam) / factorial(yc))   # -log of the Poisson pmf, independently
grad = Matrix([diff(nll, t) for t in (t1, t2)])
hess = Matrix(2, 2, lambda i, j: diff(nll, (t1, t2)[i], (t1, t2)[j]))
a1 = exp(n_eta)   # a'(theta^T x)
a2 = exp(n_eta)   # a''(theta^T x) = Var[Y; eta] for the Poisson

c67 = -log((1 / factorial(yc)) * exp(n_eta * yc - A(n_eta)))
c68 = A(n_eta) - n_eta * yc - log(1 / factorial(yc))
c69 = A(n_eta) - (xv.T * th)[0] * yc - log(1 / factorial(yc))

g_lhs = (rv.T * grad)[0]
g_literal = sum(rv[j] * (xv[j] * diff(A(n_eta), (t1, t2)[j]) - yc * xv[j]) for j in range(2))
g_alt = sum(rv[j] * (xv[j] * a1 - yc * xv[j]) for j in range(2))

h_lhs = (rv.T * hess * rv)[0]
h_literal = sum(rv[i] * rv[j] * xv[i] * xv[j] * diff(A(n_eta), (t1, t2)[i], (t1, t2)[j])
                for i in range(2) for j in range(2))
h_alt = (rv.T * (xv * xv.T) * rv)[0] * a2

q83_lhs = (zv.T * hess * zv)[0]
q83 = (zv.T * (xv * xv.T * a2) * zv)[0]
q84 = (zv.T * xv)[0] * (xv.T * zv)[0] * a2
q85 = (xv.T * zv)[0]**2 * exp(n_eta)    # a''(eta) with eta = theta^T x
q86 = (xv.T * zv)[0]**2 * exp(n_eta)    # Var[Y; eta] of a Poisson with mean e^eta

CLAIMS = [
    # (a)
    Claim(9, "valid", dp, a9, domain=ETA),
    Claim(10, "valid", a9, a10, domain=ETA),
    Claim(11, "valid", a10, a11, domain=ETA),
    Claim(16, "valid", y * p, dp + p * da, domain=ETA),
    Claim(21, "valid", MEAN, MEAN, domain=ETA),
    Claim(22, "valid", MEAN, e22, domain=ETA),
    Claim(23, "valid", e22, e23, domain=ETA),
    Claim(24, "valid", e23, e24, domain=ETA),
    Claim(25, "valid", e24, e25, domain=ETA),
    Claim(26, "valid", e25, e26, domain=ETA),
    Claim(27, "valid", e26, e27, domain=ETA),
    Claim(28, "valid", e27, e28, domain=ETA),
    # (b)
    Claim(38, "valid", d2p, b38, domain=ETA),
    Claim(39, "invalid", b38, b39, domain=ETA,
          note="d/deta(y p - p a') = y^2 p - 2 y p a' + p a'^2 - p a''; the leading +p(y;eta) is spurious"),
    Claim(40, "valid", b39, b40, domain=ETA),
    Claim(45, "invalid", (y - da)**2 * p, d2p - p + p * d2a, domain=ETA,
          note="correctly (y - a')^2 p = p'' + p a''; the -p carries over the spurious term of line 39"),
    Claim(51, "valid", I((y - MEAN)**2 * p), v51, domain=ETA),
    Claim(52, "invalid", v51, v52, domain=ETA,
          note="substitutes the wrong identity of line 45: the integrand is off by -p, the integral by -1"),
    Claim(53, "valid", v52, v53, domain=ETA),
    Claim(54, "valid", v53, v54, domain=ETA),
    Claim(55, "invalid", v54, v55, domain=ETA,
          note="d^2/deta^2 of the integral of p (= 1) is 0, not 1; the two slips cancel"),
    Claim(56, "valid", v55, v56, domain=ETA),
    # (c)
    Claim(67, "valid", nll, c67, domain=YC),
    Claim(68, "valid", c67, c68, domain=YC),
    Claim(69, "valid", c68, c69, domain=YC),
    Claim(74, "ambiguous", g_lhs, g_literal, domain=YC, alt=(g_lhs, g_alt),
          note="read literally d/dtheta a(theta^T x) = a'(theta^T x) x gives an extra factor x; "
               "holds when it means a'(eta) at eta = theta^T x"),
    Claim(78, "ambiguous", h_lhs, h_literal, domain=YC, alt=(h_lhs, h_alt),
          note="read literally d^2/dtheta^2 a(theta^T x) = a'' x x^T gives x x^T twice; "
               "holds when it means a''(eta) at eta = theta^T x"),
    Claim(83, "valid", q83_lhs, q83, domain=YC),
    Claim(84, "valid", q83, q84, domain=YC),
    Claim(85, "valid", q84, q85, domain=YC),
    Claim(86, "valid", q85, q86, domain=YC),
]
