"""Labels for 324_ridge_variance_bias.md (ridge estimator, its covariance and bias).

Concrete sizes: N = 3 samples, D = 2 features. The training design is random and takes two
values, Phi_a with probability q and Phi_b with probability 1 - q (so E_{X_train} is a real
average). The noise is eps = sigma * s with s uniform on {-1, 1}^3, so E[eps] = 0 and
Cov(eps) = sigma^2 I. Vectors and matrices are compared through u^T (.) or u^T (.) v.
The ridge solution used on the left-hand sides is obtained independently by solving the
stationarity equations of the objective with sympy.solve.
"""
from itertools import product

from sympy import Matrix, Rational, Symbol, diff, eye, solve, symbols, zeros

from labels import Claim

SOURCE = ("https://github.com/timothycdc/EIE-Notes/blob/7047b5c229e58476aa00fff6db0af5ddf80971d4/"
          "Scratchpad/test.md")
TITLE = "Ridge regression estimator: closed form, covariance and bias (Q27-Q28)"
TOPIC = "regularisation"

N, D = 3, 2
s = Symbol("sigma", positive=True)
lam = Symbol("lambda", positive=True)
q = Symbol("q", positive=True)
Pa = Matrix(N, D, lambda i, j: Symbol(f"pa{i}{j}", real=True))
Pb = Matrix(N, D, lambda i, j: Symbol(f"pb{i}{j}", real=True))
y = Matrix(symbols("y0:3", real=True))
th = Matrix(symbols("th0:2", real=True))
t0 = Matrix(symbols("t0_0:2", real=True))
e = Matrix(symbols("e0:3", real=True))
u = Matrix(symbols("u0:2", real=True))
v = Matrix(symbols("v0:2", real=True))
I2 = eye(D)
DOM = {s: (0.3, 1.5), lam: (0.1, 2.0), q: (0.1, 0.9)}


def sq(w):
    return sum(wi**2 for wi in w)


# independent ridge solution: stationary point of the objective, found by sympy.solve
G = Matrix(N, D, lambda i, j: Symbol(f"g{i}{j}", real=True))
Y = Matrix(symbols("Y0:3", real=True))
Lgen = sq(Y - G * th) / (2 * s**2) + lam / 2 * sq(th)
_sol = solve([diff(Lgen, t) for t in th], list(th), dict=True)[0]
_theta_gen = Matrix([_sol[t] for t in th])


def theta_star(Phi, yy, lam_value=lam):
    rep = {G[i, j]: Phi[i, j] for i in range(N) for j in range(D)}
    rep.update({Y[i]: yy[i] for i in range(N)})
    rep[lam] = lam_value
    return _theta_gen.xreplace(rep)


def A_inv(Phi):  # (Phi^T Phi + lambda sigma^2 I)^{-1}, as written in the document
    return (Phi.T * Phi + lam * s**2 * I2).inv()


NOISE = [s * Matrix(sg) for sg in product((-1, 1), repeat=N)]


def E_eps(f):
    return sum((f(n) for n in NOISE), zeros(*f(NOISE[0]).shape)) * Rational(1, len(NOISE))


def cov_eps(f):
    m = E_eps(f)
    return E_eps(lambda n: f(n) * f(n).T) - m * m.T


def E_X(g):
    return q * g(Pa) + (1 - q) * g(Pb)


def uv(M):
    return (u.T * M * v)[0]


def uu(w):
    return (u.T * w)[0]


def cov_theta(Phi, lam_value=lam):
    return cov_eps(lambda n: theta_star(Phi, Phi * t0 + n, lam_value))


V_lam = E_X(lambda P: cov_theta(P))
V_0 = E_X(lambda P: cov_theta(P, 0))
E_D_theta = E_X(lambda P: E_eps(lambda n: theta_star(P, P * t0 + n)))
bias = E_D_theta - t0

Phi = Pa  # a single realisation of the design for the claims made at fixed design
P = Phi.T * Phi
Ai = A_inv(Phi)
L_obj = sq(y - Phi * th) / (2 * s**2) + lam / 2 * sq(th)
ts = theta_star(Phi, y)
ts_model = theta_star(Phi, Phi * t0 + e)

# Cov[Ax] = A Cov[x] A^T, x discrete on three points of R^2
Am = Matrix(2, 2, lambda i, j: Symbol(f"a{i}{j}", real=True))
xs = [Matrix(symbols(f"x{k}_0:2", real=True)) for k in range(3)]
p1, p2 = Symbol("p1", positive=True), Symbol("p2", positive=True)
ps = [p1, p2, 1 - p1 - p2]


def cov_discrete(vals):
    m = sum((p * w for p, w in zip(ps, vals)), zeros(2, 1))
    return sum((p * w * w.T for p, w in zip(ps, vals)), zeros(2, 2)) - m * m.T


DOM_X = {p1: (0.1, 0.4), p2: (0.1, 0.4)}


def EXm(g):  # E_{X_train} of a matrix-valued function of the design
    return E_X(g)


# pieces of the document's right-hand sides, design random
def Ainv_sym(Ph):  # (sigma^2 lambda I + Phi^T Phi)^{-1}
    return (s**2 * lam * I2 + Ph.T * Ph).inv()


C_formula = lambda Ph: s**2 * Ainv_sym(Ph) * (Ph.T * Ph) * Ainv_sym(Ph)
rhs_V0_a = lambda Ph: (s**2 * Ainv_sym(Ph) * (s**2 * lam * I2 + Ph.T * Ph) * (Ph.T * Ph).inv()
                       * (s**2 * lam * I2 + Ph.T * Ph) * Ainv_sym(Ph))
rhs_V0_b = lambda Ph: (s**2 * Ainv_sym(Ph) * (2 * s**2 * lam * I2 + s**4 * lam**2 * (Ph.T * Ph).inv()
                                              + Ph.T * Ph) * Ainv_sym(Ph))
rhs_red = lambda Ph: (s**2 * Ainv_sym(Ph) * (2 * s**2 * lam * I2 + s**4 * lam**2 * (Ph.T * Ph).inv())
                      * Ainv_sym(Ph))

CLAIMS = [
    # expanding the squared norm
    Claim(14, "valid", sq(y - Phi * th), ((y - Phi * th).T * (y - Phi * th))[0]),
    Claim(14, "valid", ((y - Phi * th).T * (y - Phi * th))[0],
          (y.T * y)[0] - 2 * (y.T * Phi * th)[0] + (th.T * Phi.T * Phi * th)[0], k=2),
    Claim(20, "valid", L_obj,
          ((y.T * y)[0] - 2 * (y.T * Phi * th)[0] + (th.T * Phi.T * Phi * th)[0]) / (2 * s**2)
          + lam / 2 * sq(th), domain=DOM),
    Claim(26, "valid", uu(Matrix([diff(L_obj, t) for t in th])),
          uu(-Phi.T * y / s**2 + Phi.T * Phi * th / s**2 + lam * th), domain=DOM),
    # stationarity equation, evaluated at the stationary point
    Claim(32, "valid", uu(P * ts + lam * s**2 * ts), uu(Phi.T * y), domain=DOM,
          note="an equation that holds at the stationary point; checked there"),
    Claim(38, "valid", uu(ts), uu(Ai * Phi.T * y), domain=DOM),
    Claim(52, "valid", uu(ts_model), uu(Ai * Phi.T * (Phi * t0 + e)), domain=DOM),
    Claim(58, "valid", uu(ts_model), uu(Ai * Phi.T * Phi * t0 + Ai * Phi.T * e), domain=DOM),
    Claim(67, "valid", uv(cov_discrete([Am * w for w in xs])),
          uv(Am * cov_discrete(xs) * Am.T), domain=DOM_X),
    # covariance of the estimator at a fixed design
    Claim(73, "valid", uv(cov_theta(Phi)), uv(cov_eps(lambda n: Ai * Phi.T * n)), domain=DOM),
    Claim(79, "invalid", uv(cov_theta(Phi)), uv(s**2 * Ai * Phi.T * (s**2 * eye(N)) * Phi * Ai),
          domain=DOM,
          note="with Cov(eps) = sigma^2 I inserted the factor sigma^2 is counted twice: "
               "the right side is sigma^4 A^-1 Phi^T Phi A^-1, the covariance is sigma^2 A^-1 Phi^T Phi A^-1"),
    Claim(85, "valid", uv(cov_theta(Phi)), uv(s**2 * Ai * P * Ai), domain=DOM),
    # V(lambda) and V(0), design random
    Claim(91, "valid", uv(V_lam), uv(EXm(C_formula)), domain=DOM),
    Claim(97, "valid", uv(V_0), uv(EXm(lambda Ph: s**2 * (Ph.T * Ph).inv())), domain=DOM),
    Claim(102, "valid", uv(V_0), uv(EXm(rhs_V0_a)), domain=DOM),
    Claim(102, "valid", uv(EXm(rhs_V0_a)), uv(EXm(rhs_V0_b)), k=2, domain=DOM),
    Claim(107, "ambiguous", uv(V_0 - V_lam), uv(rhs_red(Phi)), domain=DOM,
          alt=(uv(V_0 - V_lam), uv(EXm(rhs_red))),
          note="V(0), V(lambda) are expectations over X_train but the right side drops E_{X_train}; "
               "holds only with the expectation kept (or a fixed design)"),
    # bias
    Claim(136, "valid", uu(ts_model), uu(Ai * Phi.T * (Phi * t0 + e)), domain=DOM),
    Claim(143, "valid", uu(E_D_theta), uu(EXm(lambda Ph: A_inv(Ph) * Ph.T * Ph * t0)), domain=DOM),
    Claim(144, "valid", uu(EXm(lambda Ph: A_inv(Ph) * Ph.T * Ph * t0)),
          uu(EXm(lambda Ph: A_inv(Ph) * (Ph.T * Ph + lam * s**2 * I2 - lam * s**2 * I2) * t0)),
          domain=DOM, note="read with the stray '^' before theta_0 as a typo for a product"),
    Claim(145, "valid",
          uu(EXm(lambda Ph: A_inv(Ph) * (Ph.T * Ph + lam * s**2 * I2 - lam * s**2 * I2) * t0)),
          uu(EXm(lambda Ph: A_inv(Ph) * (Ph.T * Ph + lam * s**2 * I2) * t0
                 - lam * s**2 * I2 * A_inv(Ph) * t0)), domain=DOM),
    Claim(146, "valid",
          uu(EXm(lambda Ph: A_inv(Ph) * (Ph.T * Ph + lam * s**2 * I2) * t0
                 - lam * s**2 * I2 * A_inv(Ph) * t0)),
          uu(EXm(lambda Ph: t0 - lam * s**2 * I2 * A_inv(Ph) * t0)), domain=DOM),
    Claim(147, "valid", uu(EXm(lambda Ph: t0 - lam * s**2 * I2 * A_inv(Ph) * t0)),
          uu(t0 - EXm(lambda Ph: lam * s**2 * I2 * A_inv(Ph)) * t0), domain=DOM),
    Claim(154, "valid", uu(bias), uu(-EXm(lambda Ph: lam * s**2 * I2 * A_inv(Ph)) * t0), domain=DOM),
    Claim(163, "valid", uv(bias * bias.T),
          uv(EXm(lambda Ph: s**4 * lam**2 * Ainv_sym(Ph)) * t0 * t0.T * EXm(Ainv_sym)), domain=DOM),
]
