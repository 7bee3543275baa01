from sympy import Matrix, Symbol, diag, diff, exp, integrate, log, oo, pi, sqrt

from labels import Claim

SOURCE = "https://github.com/Domscruton/myAcademicSite/blob/8bef41df306a9dc036af51aa2a7e11d1fbbb9ccb/content/post/irls/index.Rmd"
TITLE = "GLMs: Intuition behind the Link function and Derivation of Iteratively Reweighted Least Squares"
TOPIC = "glm"

# The document is written for a generic exponential family (b, a(phi), c) and a generic link g.
# The checks use one concrete, non-canonical instance so that every term is exercised:
#   b(theta) = exp(theta)  (Poisson-type family: mu = b'(theta), V(mu) = b''(theta) = mu),
#   a(phi) = a (a free positive dispersion), c(y_i, phi) = c_i (free numbers),
#   g(mu) = sqrt(mu)       (so mu = eta^2 and theta = log(mu)),
# with n = 2 observations and two coefficients beta_0, beta_1 (j = 1, k = 0 in the Hessian).
a = Symbol("a", positive=True)
b0, b1 = Symbol("beta_0", positive=True), Symbol("beta_1", positive=True)
x10, x11, x20, x21 = (Symbol(f"x_{s}", positive=True) for s in ("10", "11", "20", "21"))
y1, y2 = Symbol("y_1", positive=True), Symbol("y_2", positive=True)
c1, c2 = Symbol("c_1", real=True), Symbol("c_2", real=True)
T = Symbol("T", real=True)        # a free natural parameter theta
Mu = Symbol("Mu", positive=True)  # a free mean mu
E = Symbol("E", positive=True)    # a free linear predictor eta
t = Symbol("t", real=True)        # mixes two components of a vector identity into one check

b = exp(T)                            # b(theta)
gp = lambda mu: 1 / (2 * sqrt(mu))    # g'(mu) for g(mu) = sqrt(mu), written by hand
V = lambda mu: mu                     # V(mu) = b''(theta(mu)) for b = exp, written by hand

eta1, eta2 = b0 * x10 + b1 * x11, b0 * x20 + b1 * x21
mu1, mu2 = eta1**2, eta2**2
th1, th2 = log(mu1), log(mu2)
l1 = (y1 * th1 - exp(th1)) / a + c1
l2 = (y2 * th2 - exp(th2)) / a + c2
l = l1 + l2
score1 = diff(l, b1)            # d l / d beta_1
hess10 = diff(l, b1, b0)        # d^2 l / d beta_1 d beta_0
J10 = (-hess10).subs({y1: mu1, y2: mu2})  # E[-Hessian]: the Hessian is linear in y
W11, W22 = 1 / (a * V(mu1) * gp(mu1) ** 2), 1 / (a * V(mu2) * gp(mu2) ** 2)
XWX10 = x11 * W11 * x10 + x21 * W22 * x20  # (X^T W X)_{10}

# exponential-family moments, checked on the Gaussian member (b = theta^2/2, a(phi) = s2)
yv, th, s2 = Symbol("y", real=True), Symbol("theta", real=True), Symbol("s2", positive=True)
fg = exp((yv * th - th**2 / 2) / s2 - yv**2 / (2 * s2) - log(2 * pi * s2) / 2)
mean_g = integrate(yv * fg, (yv, -oo, oo))
var_g = integrate((yv - th) ** 2 * fg, (yv, -oo, oo))

# likelihood with free natural parameters theta_1, theta_2
t1, t2 = Symbol("theta_1", real=True), Symbol("theta_2", real=True)
yy1, yy2 = Symbol("y_1", real=True), Symbol("y_2", real=True)
f1 = exp((yy1 * t1 - exp(t1)) / a + c1)
f2 = exp((yy2 * t2 - exp(t2)) / a + c2)

# IRLS algebra: mu_1, mu_2 and beta_t as free numbers, M as the document defines it
m1, m2 = Symbol("m_1", positive=True), Symbol("m_2", positive=True)
bt0, bt1 = Symbol("bt_0", real=True), Symbol("bt_1", real=True)
X = Matrix([[x10, x11], [x20, x21]])
Wm = diag(1 / (a * V(m1) * gp(m1) ** 2), 1 / (a * V(m2) * gp(m2) ** 2))
Mm = diag(1 / gp(m1), 1 / gp(m1))
res = Matrix([y1 - m1, y2 - m2])
bt = Matrix([bt0, bt1])
Ainv = (X.T * Wm * X).inv()
step_b = Ainv * (X.T * Wm * X) * bt + Ainv * X.T * Wm * Mm * res
step_c = Ainv * X.T * Wm * (X * bt + Mm * res)
Zt = X * bt + Mm * res  # eta_t + M(y - mu)
step_d = Ainv * X.T * Wm * Zt
comb = lambda v: v[0] + t * v[1]

EY = Symbol("E_y_minus_mu", real=True)  # E(y_1 - mu_1), left unevaluated
kp = diff(1 / (gp(mu1) * V(mu1)), b0)   # (1/(g' V))' with respect to beta_0

CLAIMS = [
    Claim(43, "valid", mean_g, diff(th**2 / 2, th), note="checked on the Gaussian family"),
    Claim(43, "valid", var_g, diff(th**2 / 2, th, 2) * s2, k=2, note="checked on the Gaussian family"),
    Claim(59, "ambiguous", f1 * f2,
          exp((yy1 * t1 - exp(t1) + c1) / a) * exp((yy2 * t2 - exp(t2) + c2) / a),
          alt=(f1 * f2, exp((yy1 * t1 - exp(t1)) / a + c1) * exp((yy2 * t2 - exp(t2)) / a + c2)),
          domain={a: (0.3, 3)},
          note="the '(' before y_i is never closed: read literally c(y_i,phi) is divided by a(phi); "
               "holds if the bracket closes before + c"),
    Claim(63, "ambiguous", log(f1 * f2),
          ((yy1 * t1 - exp(t1)) + (yy2 * t2 - exp(t2))) / a + c1,
          alt=(log(f1 * f2), (yy1 * t1 - exp(t1)) / a + c1 + (yy2 * t2 - exp(t2)) / a + c2),
          domain={a: (0.3, 3)},
          note="as written the sum covers only the first term and c(y_i, phi) stands once outside it; "
               "holds when c is inside the sum"),
    Claim(69, "valid", score1,
          sum(diff((yy * T - exp(T)) / a + cc, T).subs(T, thi) * diff(log(Mu), Mu).subs(Mu, mui)
              * diff(E**2, E).subs(E, etai) * diff(etai, b1)
              for yy, cc, thi, mui, etai in ((y1, c1, th1, mu1, eta1), (y2, c2, th2, mu2, eta2)))),
    Claim(77, "valid", diff((yy1 * T - b) / a + c1, T), (yy1 - exp(T)) / a),
    Claim(79, "valid", diff(log(Mu), Mu), 1 / V(Mu)),
    Claim(81, "ambiguous", exp(T) / T, diff(b, T, 2), alt=(diff(exp(T), T), diff(b, T, 2)),
          note="mu_i/theta_i is a plain ratio as written; holds as the derivative dmu/dtheta"),
    Claim(83, "valid", diff(E**2, E), 1 / gp(E**2)),
    Claim(85, "valid", diff(sqrt(Mu), Mu), gp(Mu)),
    Claim(87, "ambiguous", diff(eta1, b1), Symbol("x_j", real=True), alt=(diff(eta1, b1), x11),
          note="d eta_i / d beta_j is x_{i,j}; x_j carries no observation index"),
    Claim(125, "ambiguous", score1, (y1 - mu1) / a * x11 / V(mu1) * (1 / gp(mu1)),
          alt=(diff(l1, b1), (y1 - mu1) / a * x11 / V(mu1) * (1 / gp(mu1))),
          domain={a: (0.3, 3)},
          note="the sum over i is dropped: true for one observation's log-likelihood l_i, not for l"),
    Claim(129, "valid", hess10,
          sum(xj / a * (diff(yy - mui, b0) * (1 / gp(mui)) * (1 / V(mui))
                        + (yy - mui) * diff(1 / gp(mui) * (1 / V(mui)), b0))
              for xj, yy, mui in ((x11, y1, mu1), (x21, y2, mu2)))),
    Claim(133, "ambiguous", diff(mu1, b0), (mu1 / eta1) * (eta1 / b0),
          alt=(diff(mu1, b0), diff(E**2, E).subs(E, eta1) * diff(eta1, b0)),
          note="the chain rule is written with plain ratios mu/eta, eta/beta_k; holds with the partial derivatives"),
    Claim(133, "ambiguous", (mu1 / eta1) * (eta1 / b0), 1 / gp(mu1) * x10, k=2,
          alt=(diff(E**2, E).subs(E, eta1) * diff(eta1, b0), 1 / gp(mu1) * x10),
          note="same ratio notation (x_k read as x_{i,k})"),
    Claim(137, "valid", x11 / a * (-(x10 / gp(mu1))) * (1 / gp(mu1)) * (1 / V(mu1)),
          -(x11 * x10) / (a * gp(mu1) ** 2) * (1 / V(mu1))),
    Claim(151, "valid", -(-(x11 * x10) / (a * gp(mu1) ** 2) * (1 / V(mu1))),
          x11 * x10 / (a * gp(mu1) ** 2) * (1 / V(mu1))),
    Claim(155, "invalid", -x11 / a * kp * EY, -x11 / a * (y1 - mu1) * kp * EY,
          note="E[c (y-mu)] = c E(y-mu); the right side keeps an extra factor (y_i - mu_i) "
               "(both vanish only once E(y-mu) = 0 is used)"),
    Claim(159, "invalid", J10,
          x11 * x10 / (a * gp(mu1) ** 2 * (1 / V(mu1))) + x21 * x20 / (a * gp(mu2) ** 2 * (1 / V(mu2))),
          note="1/V(mu_i) sits in the denominator, so V multiplies instead of divides"),
    Claim(159, "invalid",
          x11 * x10 / (a * gp(mu1) ** 2 * (1 / V(mu1))) + x21 * x20 / (a * gp(mu2) ** 2 * (1 / V(mu2))),
          XWX10, k=2, note="X^T W X has 1/V(mu_i) in W, the sum before it has V(mu_i)"),
    Claim(163, "valid", J10, XWX10),
    Claim(173, "invalid", score1,
          sum((yy - mui) / a * (1 / a) * xj / (V(mui) * gp(mui))
              for yy, mui, xj in ((y1, mu1, x11), (y2, mu2, x21))),
          domain={a: (0.3, 3)},
          note="an extra factor 1/a(phi) ('frac{1}{a(phi)}'); the score has a single 1/a(phi)"),
    Claim(185, "invalid",
          (1 / gp(mu1)) * (1 / (a * V(mu1))) + t * (1 / gp(mu2)) * (1 / (a * V(mu2))),
          W11 * (1 / gp(mu1)) + t * W22 * (1 / gp(mu1)),
          note="with M = diag(1/g'(mu_i)) as defined, W M = diag(1/(a V g'^3)), not D V^-1 = diag(1/(a V g')); "
               "M would need g'(mu_i) (and its last entry is written g'(mu_1))"),
    Claim(196, "valid", comb(step_b), comb(step_c)),
    Claim(197, "valid", comb(step_c), comb(step_d)),
]
