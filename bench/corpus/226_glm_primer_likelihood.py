from sympy import Symbol, exp, log, diff, sqrt, pi, Integer

from labels import Claim

SOURCE = ("https://github.com/aerosengart/aerosengart.github.io/blob/"
          "397b9fda4632e1bdaa36da3d74bb6483083ee89d/_stats-ml/glm.md")
TITLE = "Generalized Linear Models: A Primer (Gaussian likelihood, GLM gradient/Hessian, mean and variance)"
TOPIC = "glm"

# ---------------------------------------------------------------- linear model, n = 3, x_i = (1, x_i1)
b0, b1, s2 = Symbol("beta0", real=True), Symbol("beta1", real=True), Symbol("sigma2", positive=True)
ys = [Symbol(f"y{i}", real=True) for i in range(1, 4)]
xs = [Symbol(f"x{i}1", real=True) for i in range(1, 4)]
c0, c1 = Symbol("c0", real=True), Symbol("c1", real=True)   # weights: check both gradient entries at once
fit = [b0 + b1 * x for x in xs]                                # x_i beta read as x_i^T beta
loglik_true = sum(log(1 / sqrt(2 * pi * s2) * exp(-(y - f)**2 / (2 * s2))) for y, f in zip(ys, fit))
loglik_author = 3 / sqrt(2 * pi * s2) - sum((y - f)**2 for y, f in zip(ys, fit)) / (2 * s2)
grad_true = c0 * diff(loglik_true, b0) + c1 * diff(loglik_true, b1)
grad_author = -Integer(2) / (2 * s2) * sum((c0 * 1 + c1 * x) * (y - f) for x, y, f in zip(xs, ys, fit))
LIN = {s2: (0.3, 3)}

# ---------------------------------------------------------------- GLM part, n = 2, checked on the Gamma family
# canonical Gamma: theta = -1/mu < 0, A(theta) = -log(-theta), d(tau) = tau = 1/shape
t1, t2 = Symbol("theta1", real=True), Symbol("theta2", real=True)
u1, u2 = Symbol("tau1", positive=True), Symbol("tau2", positive=True)
z1, z2 = Symbol("y1g", positive=True), Symbol("y2g", positive=True)
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
w11, w12, w21, w22 = (Symbol(n, real=True) for n in ("w11", "w12", "w21", "w22"))
T, U, Z, W = [t1, t2], [u1, u2], [z1, z2], [w1, w2]
WW = [[w11, w12], [w21, w22]]


def A(t):
    return -log(-t)


def h(y, tau):
    return 1 + y**2 + tau**2        # any positive function: it never reaches a derivative in theta


Atot = A(t1) + A(t2)
ell = sum((t * y - A(t)) / u + log(h(y, u)) for t, y, u in zip(T, Z, U))
grad_true = sum(W[i] * diff(ell, T[i]) for i in range(2))
grad_typo = W[0] * (z1 - diff(A(t1), t1)) / u1 + W[1] * (z2 - diff(A(t2), t1)) / u2   # row n: dA(theta_n)/dtheta_1
grad_diag = sum(W[i] * (Z[i] - diff(Atot, T[i])) / U[i] for i in range(2))
hess_true = sum(WW[i][j] * diff(ell, T[i], T[j]) for i in range(2) for j in range(2))
hess_matrix = sum(WW[i][j] / U[i] * (-diff(A(T[i]), T[i], T[j])) for i in range(2) for j in range(2))
hess_compact = -sum(WW[i][j] / U[i] * diff(Atot, T[i], T[j]) for i in range(2) for j in range(2))
# moments of a Gamma(shape k = 1/tau, rate r = -k theta) variable, written from the Gamma law itself
shape = [1 / u for u in U]
rate = [-k * t for k, t in zip(shape, T)]
mean = [k / r for k, r in zip(shape, rate)]
var = [k / r**2 for k, r in zip(shape, rate)]
Ey = sum(W[i] * mean[i] for i in range(2))
dA = sum(W[i] * diff(Atot, T[i]) for i in range(2))
Cov = sum(WW[i][i] * var[i] for i in range(2))                                    # independent responses
dA2_d = sum(WW[i][j] * U[i] * diff(Atot, T[i], T[j]) for i in range(2) for j in range(2))
E_score = sum(W[i] * (mean[i] - diff(Atot, T[i])) / U[i] for i in range(2))
E_score_sq = sum(WW[i][i] * var[i] / U[i]**2 for i in range(2))                   # E[s s^T], E[s] = 0
minus_E_hess = -sum(WW[i][j] * (-diff(Atot, T[i], T[j]) / U[i]) for i in range(2) for j in range(2))
E_diag_outer = sum(WW[i][i] * var[i] / U[i]**2 for i in range(2))                 # diag(1/d^2) E[(y-A')(y-A')^T]
diag_inv_d_A2 = sum(WW[i][j] / U[i] * diff(Atot, T[i], T[j]) for i in range(2) for j in range(2))
GLM = {t1: (-3, -0.2), t2: (-3, -0.2), u1: (0.2, 3), u2: (0.2, 3), z1: (0.1, 3), z2: (0.1, 3)}

CLAIMS = [
    Claim(83, "invalid", loglik_true, loglik_author, domain=LIN,
          note="log of the Gaussian product gives -(n/2)log(2*pi*sigma^2), not n/sqrt(2*pi*sigma^2)"),
    Claim(91, "invalid", grad_true, grad_author, domain=LIN,
          note="sign slip: dl/dbeta = +(1/sigma^2) sum x_i (y_i - x_i beta)"),
    Claim(136, "valid", log(h(z1, u1) * exp((t1 * z1 - A(t1)) / u1) * h(z2, u2) * exp((t2 * z2 - A(t2)) / u2)),
          ell, domain=GLM),
    Claim(148, "invalid", grad_true, grad_typo, domain=GLM,
          note="last row differentiates A(theta_n) by theta_1 (typo), which gives 0 instead of A'(theta_n)"),
    Claim(153, "invalid", grad_typo, grad_diag, domain=GLM,
          note="the column written before (with d/dtheta_1 in row n) differs from diag(1/d)(y - A') in row n"),
    Claim(156, "valid", hess_true, hess_matrix, domain=GLM),
    Claim(162, "valid", hess_matrix, hess_compact, domain=GLM),
    Claim(176, "valid", Ey, dA, domain=GLM),
    Claim(177, "valid", Cov, dA2_d, domain=GLM),
    Claim(186, "valid", E_score, Integer(0), domain=GLM),
    Claim(188, "valid", E_score, Integer(0), domain=GLM),
    Claim(190, "valid", Ey, dA, domain=GLM),
    Claim(198, "valid", E_score_sq, minus_E_hess, domain=GLM),
    Claim(199, "valid", E_diag_outer, minus_E_hess, domain=GLM),
    Claim(200, "valid", E_diag_outer, diag_inv_d_A2, domain=GLM),
    Claim(201, "valid", Cov, dA2_d, domain=GLM),
]
