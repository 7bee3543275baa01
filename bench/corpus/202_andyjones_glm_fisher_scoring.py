from sympy import Symbol, exp, log, diff, sqrt, Matrix, diag

from labels import Claim

SOURCE = ("https://github.com/andrewcharlesjones/andrewcharlesjones.github.io/blob/"
          "78288b7900cad8967db873e26e13743ffbb0188a/_posts/2020-03-04-fisher-scoring.md")
TITLE = "Newton's method and Fisher scoring for fitting GLMs"
TOPIC = "glm"

# Abstract b, g made concrete: b(theta) = exp(theta) (Poisson cumulant) with the non-canonical
# link g(mu) = sqrt(mu), so g^{-1}(eta) = eta^2, (b')^{-1} = log and theta(eta) = log(eta^2).
th, xx, a, c = Symbol("theta", real=True), Symbol("x", real=True), Symbol("a"), Symbol("c", real=True)
b = exp
POS = {a: (0.2, 3.0)}
lf = (th * xx - b(th)) / a + c  # log f in canonical form

eta = Symbol("eta")
ETA = {eta: (0.2, 3.0)}
theta_true = log(eta**2)          # (b')^{-1}(g^{-1}(eta))
theta_doc = log(eta)**2           # (b' o g)^{-1}(eta): b'(g(mu)) = exp(sqrt(mu)) = eta  ->  mu = log(eta)^2

# n = 2 observations, two coefficients
b1, b2 = Symbol("beta1"), Symbol("beta2")
x11, x12, x21, x22 = (Symbol(s) for s in ("x11", "x12", "x21", "x22"))
y1, y2 = Symbol("y1"), Symbol("y2")
w1, w2, phi = Symbol("w1"), Symbol("w2"), Symbol("phi")
c1, c2, d1, d2 = (Symbol(s, real=True) for s in ("c1", "c2", "d1", "d2"))
c01, c02 = Symbol("c01", real=True), Symbol("c02", real=True)  # c(y_i, phi)
a1, a2 = Symbol("a1"), Symbol("a2")                              # a_i(phi)
DOM = {s: (0.2, 2.0) for s in (b1, b2, x11, x12, x21, x22, w1, w2, phi, a1, a2)}
DOM.update({y1: (0, 1, 2, 3), y2: (0, 1, 2, 3)})
e1, e2 = b1 * x11 + b2 * x12, b1 * x21 + b2 * x22
h = lambda e: log(e**2)           # theta as a function of the linear predictor
mu = lambda e: e**2               # g^{-1}
gp = lambda m: 1 / (2 * sqrt(m))  # g'(mu)
bpp = exp                         # b''(theta)

ll_lit = sum((h(e) * y + b(h(e))) / ai + ci for e, y, ai, ci in ((e1, y1, a1, c01), (e2, y2, a2, c02)))
ll_minus = sum((h(e) * y - b(h(e))) / ai + ci for e, y, ai, ci in ((e1, y1, a1, c01), (e2, y2, a2, c02)))
ll_w_true = sum((h(e) * y - b(h(e))) / (phi / wi) + ci for e, y, wi, ci in ((e1, y1, w1, c01), (e2, y2, w2, c02)))
ll_w_doc = sum((wi * h(e) * y - b(h(e))) / phi + ci for e, y, wi, ci in ((e1, y1, w1, c01), (e2, y2, w2, c02)))
obj = sum(wi * (h(e) * y - b(h(e))) for e, y, wi in ((e1, y1, w1), (e2, y2, w2)))

X = Matrix([[x11, x12], [x21, x22]])
Wd = [wi / (bpp(h(e)) * gp(mu(e))**2) for e, wi in ((e1, w1), (e2, w2))]
Gd = [gp(mu(e)) for e in (e1, e2)]
resid = Matrix([y1 - mu(e1), y2 - mu(e2)])
cv, dv = Matrix([c1, c2]), Matrix([d1, d2])
score_rhs = (cv.T * X.T * diag(*Wd) * diag(*Gd) * resid)[0]
score_lhs = c1 * diff(obj, b1) + c2 * diff(obj, b2)
Hobj = Matrix([[diff(obj, u, v) for v in (b1, b2)] for u in (b1, b2)])
EH = Hobj.subs({y1: mu(e1), y2: mu(e2)})  # the Hessian is linear in y: E replaces y_i by mu_i
info_lhs = (cv.T * EH * dv)[0]
info_rhs = -(cv.T * X.T * diag(*Wd) * X * dv)[0]

# Fisher-scoring step rewritten as weighted least squares (generic diagonal W, G)
Wa, Wb, Ga, Gb, Ya, Yb, ma, mb, bt1, bt2 = (Symbol(s) for s in
                                           ("Wa", "Wb", "Ga", "Gb", "Ya", "Yb", "ma", "mb", "bt1", "bt2"))
W, G = diag(Wa, Wb), diag(Ga, Gb)
Yv, mv, bt = Matrix([Ya, Yb]), Matrix([ma, mb]), Matrix([bt1, bt2])
M = (X.T * W * X).inv()
step1 = (cv.T * (bt + M * X.T * W * G * (Yv - mv)))[0]
step2 = (cv.T * (M * X.T * W * (G * (Yv - mv) + X * bt)))[0]
SDOM = {s: (0.2, 2.0) for s in (Wa, Wb, x11, x12, x21, x22)}

CLAIMS = [
    Claim(59, "valid", log(exp(lf)), lf, domain=POS),
    Claim(63, "valid", diff(lf, th), (xx - diff(b(th), th)) / a, domain=POS),
    Claim(63, "valid", diff(lf, th, 2), -diff(b(th), th, 2) / a, k=2, domain=POS),
    Claim(65, "invalid", -(-diff(b(th), th, 2) / a), -diff(b(th), th, 2), domain=POS,
          note="I = -E[d^2 log f] = b''(theta)/a(phi), positive; not -b''(theta)"),
    Claim(78, "valid", th, log(diff(b(th), th))),
    Claim(78, "invalid", theta_true, theta_doc, k=2, domain=ETA,
          note="theta = (b')^{-1}(g^{-1}(eta)) = (g o b')^{-1}(eta), not (b' o g)^{-1}(eta)"),
    Claim(82, "ambiguous", ll_lit, ll_minus, alt=(ll_minus, ll_minus), domain=DOM,
          note="the GLM density above is written with +b(theta); the log-likelihood has -b, as in the canonical form given earlier"),
    Claim(86, "invalid", ll_w_true, ll_w_doc, domain=DOM,
          note="with a(phi) = phi/w_i the weight multiplies b(h) too: w_i[h y - b(h)]/phi"),
    Claim(94, "valid", score_lhs, score_rhs, domain=DOM),
    Claim(102, "valid", info_lhs, info_rhs, domain=DOM),
    Claim(106, "valid", step1, step2, domain=SDOM),
]
