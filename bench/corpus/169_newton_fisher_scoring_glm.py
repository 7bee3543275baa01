from sympy import Matrix, Rational, Symbol, diag, diff, erf, erfinv, exp, log, sqrt, symbols

from labels import Claim

SOURCE = ("https://github.com/ucla-biostat-257/2023spring/blob/"
          "15338400a2107fdaaa5c09bf4f87127e4e745f37/slides/23-newton/newton.qmd")
TITLE = "Newton's Method and Fisher Scoring (KL Chapter 14), Biostat/Biomath M257 notes by Hua Zhou"
TOPIC = "glm"


def combo(vec, c):
    """A random linear combination of the entries of a vector (checks all entries at once)."""
    return sum(ci * vi for ci, vi in zip(c, vec))


def inv2(M):
    """Inverse of a 2x2 matrix by the adjugate formula (no simplification)."""
    a, b, c, d = M[0, 0], M[0, 1], M[1, 0], M[1, 1]
    return Matrix([[d, -b], [-c, a]]) / (a * d - b * c)


def bilin(M, u, v):
    """u^T M v: checks a matrix identity through a generic bilinear form."""
    return (Matrix([u]) * M * Matrix(v))[0, 0]


# ---------------------------------------------------------------- naive Newton step (line 63)
t1, t2, g1, g2, h11, h12, h22, c1, c2 = symbols("t1 t2 g1 g2 h11 h12 h22 c1 c2", real=True)
th = Matrix([t1, t2])
g = Matrix([g1, g2])
H = Matrix([[h11, h12], [h12, h22]])
newton_a = th - inv2(H) * g
newton_b = th + inv2(-H) * g

# ---------------------------------------------------------------- first-order expansion (lines 78-80)
s, a11, a12, a22 = symbols("s a11 a12 a22", real=True)


def Lfun(u1, u2):                                   # a concrete smooth log-likelihood in R^2
    return log(1 + exp(u1)) - u2**2 / 2 + u1 * u2 / 3


gradL = Matrix([diff(Lfun(t1, t2), t1), diff(Lfun(t1, t2), t2)])
A = Matrix([[a11, a12], [a12, a22]])
Delta = inv2(A) * gradL                              # Newton direction, defined on line 96
L_new = Lfun(t1 + s * Delta[0], t2 + s * Delta[1])
lin = s * (gradL.T * Delta)[0, 0]
o_s = L_new - Lfun(t1, t2) - lin                     # the remainder written o(s)
A_dom = {a11: (1.0, 2.0), a22: (1.0, 2.0), a12: (-0.5, 0.5)}

# ---------------------------------------------------------------- information identity (line 108)
q = Symbol("q", positive=True)                       # scalar parameter, p(q) = q^2 (non-canonical)
yb = Symbol("yb")


def ll(yv):
    return yv * log(q**2) + (1 - yv) * log(1 - q**2)


pq = q**2
E_negH = pq * (-diff(ll(1), q, 2)) + (1 - pq) * (-diff(ll(0), q, 2))
E_score2 = pq * diff(ll(1), q)**2 + (1 - pq) * diff(ll(0), q)**2

# ---------------------------------------------------------------- Bernoulli density (lines 131-132)
p, y = symbols("p y", real=True)
dens = p**y * (1 - p)**(1 - y)
dens2 = exp(y * log(p) + (1 - y) * log(1 - p))
dens3 = exp(y * log(p / (1 - p)) + log(1 - p))
bern = {p: (0.05, 0.95), y: (0, 1)}

# ---------------------------------------------------------------- logistic regression, n = 3, p = 2
b1, b2, u1, u2, v1, v2 = symbols("b1 b2 u1 u2 v1 v2", real=True)
X = Matrix(3, 2, lambda i, j: Symbol(f"x{i + 1}{j + 1}", real=True))
Y = [Symbol(f"y{i + 1}") for i in range(3)]
beta = Matrix([b1, b2])
eta = [(X[i, :] * beta)[0, 0] for i in range(3)]
P = [exp(e) / (1 + exp(e)) for e in eta]
Ln = sum(Y[i] * log(P[i]) + (1 - Y[i]) * log(1 - P[i]) for i in range(3))          # line 147
Ln_b = sum(Y[i] * eta[i] - log(1 + exp(eta[i])) for i in range(3))                 # line 148
grad_Ln = Matrix([diff(Ln, b1), diff(Ln, b2)])
grad_line149 = sum((Y[i] * X[i, :].T - exp(eta[i]) / (1 + exp(eta[i])) * X[i, :].T for i in range(3)),
                   Matrix([0, 0]))
grad_sum = sum(((Y[i] - P[i]) * X[i, :].T for i in range(3)), Matrix([0, 0]))
yv, pv = Matrix(Y), Matrix(P)
grad_mat = X.T * (yv - pv)
negHess = -Matrix(2, 2, lambda j, k: diff(Ln, [b1, b2][j], [b1, b2][k]))
info_sum = sum((P[i] * (1 - P[i]) * X[i, :].T * X[i, :] for i in range(3)), Matrix.zeros(2, 2))
W = diag(*[P[i] * (1 - P[i]) for i in range(3)])
XtWX = X.T * W * X
Y01 = {yi: (0, 1) for yi in Y}
c = [c1, c2]
uv = ([u1, u2], [v1, v2])

step1 = beta + s * inv2(negHess) * grad_Ln
step2 = beta + s * inv2(XtWX) * X.T * (yv - pv)
Winv = diag(*[1 / (P[i] * (1 - P[i])) for i in range(3)])
zt = X * beta + s * Winv * (yv - pv)
step3 = inv2(XtWX) * X.T * W * (X * beta + s * Winv * (yv - pv))
step4 = inv2(XtWX) * X.T * W * zt

# ---------------------------------------------------------------- general GLM (lines 199-202)
# concrete non-canonical instance: b(theta) = e^theta, a(phi) = phi, mean mu = eta^2 (square-root link)
phi = Symbol("phi", positive=True)
Xp = Matrix(3, 2, lambda i, j: Symbol(f"r{i + 1}{j + 1}", real=True))        # positive design
Yg = [Symbol(f"w{i + 1}", real=True) for i in range(3)]                      # responses
etag = [(Xp[i, :] * beta)[0, 0] for i in range(3)]
mu = [e**2 for e in etag]
thetag = [log(m) for m in mu]
Lg = sum((Yg[i] * thetag[i] - exp(thetag[i])) / phi for i in range(3))
sig2 = [phi * m for m in mu]                         # Var(y_i) = a(phi) b''(theta_i)
dmu = [2 * e for e in etag]                          # mu'(eta)
d2mu = [2 for _ in etag]                             # mu''(eta)
dsig2 = phi                                          # d sigma^2 / d mu
xx = [Xp[i, :].T * Xp[i, :] for i in range(3)]
grad_g = Matrix([diff(Lg, b1), diff(Lg, b2)])
score_g = sum(((Yg[i] - mu[i]) * dmu[i] / sig2[i] * Xp[i, :].T for i in range(3)), Matrix([0, 0]))
negH_g = -Matrix(2, 2, lambda j, k: diff(Lg, [b1, b2][j], [b1, b2][k]))
rhs200 = (sum((dmu[i]**2 / sig2[i] * xx[i] for i in range(3)), Matrix.zeros(2, 2))
          - sum(((Yg[i] - mu[i]) * d2mu[i] / sig2[i] * xx[i] for i in range(3)), Matrix.zeros(2, 2))
          + sum(((Yg[i] - mu[i]) * dmu[i]**2 * dsig2 / sig2[i]**2 * xx[i] for i in range(3)),
                Matrix.zeros(2, 2)))
E_negH_g = negH_g.subs({Yg[i]: mu[i] for i in range(3)}, simultaneous=True)   # E y_i = mu_i
fim_sum = sum((dmu[i]**2 / sig2[i] * xx[i] for i in range(3)), Matrix.zeros(2, 2))
W_lit = diag(*[mu[i]**2 / sig2[i] for i in range(3)])       # w_i = [mu_i(eta_i)]^2 / sigma_i^2 (line 209)
W_alt = diag(*[dmu[i]**2 / sig2[i] for i in range(3)])      # w_i = [mu_i'(eta_i)]^2 / sigma_i^2
glm = {**{Xp[i, j]: (0.1, 2.0) for i in range(3) for j in range(2)},
       b1: (0.1, 1.5), b2: (0.1, 1.5), phi: (0.5, 2.0), **{w: (0.0, 3.0) for w in Yg}}

# ---------------------------------------------------------------- probit (line 225)
et = Symbol("et", real=True)
Phi = (1 + erf(et / sqrt(2))) / 2
Phi_inv_of_p = sqrt(2) * erfinv(2 * Phi - 1)

# ---------------------------------------------------------------- Gauss-Newton (lines 250-252)
B = symbols("B1 B2 B3", real=True)
xs = symbols("z1 z2 z3", real=True)
ys = symbols("q1 q2 q3", real=True)
mus = [B[2] / (1 + exp(-B[0] - B[1] * xi)) for xi in xs]
f = Rational(1, 2) * sum((ys[i] - mus[i])**2 for i in range(3))
gmu = [Matrix([diff(m, bj) for bj in B]) for m in mus]
Hmu = [Matrix(3, 3, lambda j, k: diff(m, B[j], B[k])) for m in mus]
cc = symbols("e1 e2 e3", real=True)
U = symbols("U1 U2 U3", real=True)
V = symbols("V1 V2 V3", real=True)
grad_f = Matrix([diff(f, bj) for bj in B])
hess_f = Matrix(3, 3, lambda j, k: diff(f, B[j], B[k]))
gn_grad = -sum(((ys[i] - mus[i]) * gmu[i] for i in range(3)), Matrix.zeros(3, 1))
gn_outer = sum((gmu[i] * gmu[i].T for i in range(3)), Matrix.zeros(3, 3))
gn_hess = gn_outer - sum(((ys[i] - mus[i]) * Hmu[i] for i in range(3)), Matrix.zeros(3, 3))
E_hess_f = hess_f.subs({ys[i]: mus[i] for i in range(3)}, simultaneous=True)
Jac = Matrix.vstack(*[gm.T for gm in gmu])

CLAIMS = [
    Claim(63, "valid", combo(newton_a, c), combo(newton_b, c)),
    Claim(78, "valid", L_new - Lfun(t1, t2), Lfun(t1, t2) + lin + o_s - Lfun(t1, t2), domain=A_dom),
    Claim(79, "valid", Lfun(t1, t2) + lin + o_s - Lfun(t1, t2), lin + o_s, domain=A_dom),
    Claim(80, "valid", lin + o_s, s * (gradL.T * inv2(A) * gradL)[0, 0] + o_s, domain=A_dom),
    Claim(108, "valid", E_negH, E_score2, domain={q: (0.1, 0.9)}),
    Claim(131, "valid", dens, dens2, domain=bern),
    Claim(132, "valid", dens2, dens3, domain=bern),
    Claim(138, "valid", 1 * p + 0 * (1 - p), p, domain={p: (0.05, 0.95)}),
    Claim(148, "valid", Ln, Ln_b, domain=Y01),
    Claim(149, "valid", combo(grad_Ln, c), combo(grad_line149, c), domain=Y01),
    Claim(150, "valid", combo(grad_line149, c), combo(grad_sum, c), domain=Y01),
    Claim(150, "valid", combo(grad_sum, c), combo(grad_mat, c), k=2, domain=Y01),
    Claim(151, "valid", bilin(negHess, *uv), bilin(info_sum, *uv), domain=Y01),
    Claim(151, "valid", bilin(info_sum, *uv), bilin(XtWX, *uv), k=2, domain=Y01),
    Claim(153, "valid", bilin(negHess.subs({Y[i]: P[i] for i in range(3)}, simultaneous=True), *uv),
          bilin(negHess, *uv), domain=Y01),
    Claim(161, "valid", combo(step1, c), combo(step2, c), domain=Y01),
    Claim(162, "valid", combo(step2, c), combo(step3, c), domain=Y01),
    Claim(163, "valid", combo(step3, c), combo(step4, c), domain=Y01),
    Claim(199, "valid", combo(grad_g, c), combo(score_g, c), domain=glm),
    Claim(200, "valid", bilin(negH_g, *uv), bilin(rhs200, *uv), domain=glm),
    Claim(202, "valid", bilin(E_negH_g, *uv), bilin(fim_sum, *uv), domain=glm),
    Claim(202, "ambiguous", bilin(fim_sum, *uv), bilin(Xp.T * W_lit * Xp, *uv), k=2, domain=glm,
          alt=(bilin(fim_sum, *uv), bilin(Xp.T * W_alt * Xp, *uv)),
          note="W is defined only later, as w_i=[mu_i(eta_i)]^2/sigma_i^2 (prime missing); "
               "holds with w_i=[mu_i'(eta_i)]^2/sigma_i^2"),
    Claim(225, "valid", et, Phi_inv_of_p),
    Claim(250, "valid", combo(grad_f, cc), combo(gn_grad, cc)),
    Claim(251, "valid", bilin(hess_f, U, V), bilin(gn_hess, U, V)),
    Claim(252, "valid", bilin(E_hess_f, U, V), bilin(gn_outer, U, V)),
    Claim(252, "valid", bilin(gn_outer, U, V), bilin(Jac.T * Jac, U, V), k=2),
]
