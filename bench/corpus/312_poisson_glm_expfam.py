from sympy import (Symbol, Mul, exp, log, loggamma, gamma, diff, sqrt, summation,
                   factorial, oo)

from labels import Claim

SOURCE = ("https://github.com/slinderman/stats320/blob/c3a53703b28c42c04491b46864f4a311f18bc0f0/"
          "lectures/09_glm.ipynb")
TITLE = "Generalized Linear Models (Poisson GLM and exponential-family GLM gradients)"
TOPIC = "glm"

# ---------------------------------------------------------------- Poisson GLM, T = 3, N = 2, D = 2
T, NN, D = 3, 2, 2
Delta = Symbol("Delta", positive=True)
y = {(t, n): Symbol(f"y_{t}{n}", positive=True) for t in range(1, T + 1) for n in range(1, NN + 1)}
phi = {(t, d): Symbol(f"phi_{t}{d}", real=True) for t in range(1, T + 1) for d in range(1, D + 1)}
w = {(n, d): Symbol(f"w_{n}{d}", real=True) for n in range(1, NN + 1) for d in range(1, D + 1)}

dom = {Delta: (0.2, 2.0)}
dom.update({s: (0.5, 4.0) for s in y.values()})
dom.update({s: (-1.0, 1.0) for s in list(phi.values()) + list(w.values())})


def act(t, n):
    """w_n^T phi_t"""
    return sum(w[n, d] * phi[t, d] for d in range(1, D + 1))


def rate(t, n):
    return exp(act(t, n)) * Delta


def po(k, lam):
    """Poisson pmf written out, k! = Gamma(k + 1)"""
    return lam**k * exp(-lam) / gamma(k + 1)


pairs = [(t, n) for t in range(1, T + 1) for n in range(1, NN + 1)]
L_full = -log(Mul(*[po(y[t, n], rate(t, n)) for t, n in pairs]))  # -log p(y|x,w)
L_sumlog = -sum(log(po(y[t, n], rate(t, n))) for t, n in pairs)
L_expand = -sum(-loggamma(y[t, n] + 1) + y[t, n] * act(t, n) + y[t, n] * log(Delta) - rate(t, n)
                for t, n in pairs)
c_const = sum(loggamma(y[t, n] + 1) - y[t, n] * log(Delta) for t, n in pairs)
L_core = -sum(y[t, n] * act(t, n) - rate(t, n) for t, n in pairs)


def Ln_written(n, t=1):
    """L_n exactly as printed: one (free) time bin t, no sum over t"""
    return -(y[t, n] * act(t, n) - rate(t, n))


def Ln_summed(n):
    return sum(Ln_written(n, t) for t in range(1, T + 1))


# scalar probes of vectors / matrices with respect to w_1 = (w_11, w_12)
def grad_probe(expr):
    return diff(expr, w[1, 1]) + sqrt(3) * diff(expr, w[1, 2])


def vec_probe(v1, v2):
    return v1 + sqrt(3) * v2


def hess_probe(expr):
    return (diff(expr, w[1, 1], 2) + sqrt(2) * diff(expr, w[1, 1], w[1, 2])
            + sqrt(3) * diff(expr, w[1, 2], 2))


def mat_probe(p1, p2):  # probe of the outer product p p^T
    return p1 * p1 + sqrt(2) * p1 * p2 + sqrt(3) * p2 * p2


grad_rhs = vec_probe(*[-sum((y[t, 1] - rate(t, 1)) * phi[t, d] for t in range(1, T + 1))
                       for d in (1, 2)])
mean_y = {t: rate(t, 1) for t in range(1, T + 1)}  # E[y_{t,1} | w_1] of Po(e^{w^T phi} Delta)
grad_rhs_mean = vec_probe(*[-sum((y[t, 1] - mean_y[t]) * phi[t, d] for t in range(1, T + 1))
                            for d in (1, 2)])
hess_rhs = sum(rate(t, 1) * mat_probe(phi[t, 1], phi[t, 2]) for t in range(1, T + 1))

# ---------------------------------------------------------------- Poisson pmf in exponential-family form
k = Symbol("k", positive=True)        # the observed count y
lam = Symbol("lambda", positive=True)
po_dom = {k: (0.5, 4.0), lam: (0.1, 5.0)}
theta_of_lam = log(lam)

# ---------------------------------------------------------------- generic exponential family (3-point support)
th = Symbol("theta", real=True)
tau = [Symbol(f"tau_{j}", real=True) for j in range(3)]    # t(y) at the three support points
hh = [Symbol(f"h_{j}", positive=True) for j in range(3)]   # h(y) at the three support points
ef_dom = {th: (-1.0, 1.0)}
ef_dom.update({s: (-1.5, 1.5) for s in tau})
ef_dom.update({s: (0.1, 3.0) for s in hh})


def Z(theta):
    return sum(hh[j] * exp(tau[j] * theta) for j in range(3))


def A(theta):
    return log(Z(theta))


def mean_t(theta):
    return sum(tau[j] * hh[j] * exp(tau[j] * theta - A(theta)) for j in range(3))


A_prime_th = diff(A(th), th)
a1, a2, v1, v2 = (Symbol(s, real=True) for s in ("wa_1", "wa_2", "pa_1", "pa_2"))
glm_dom = dict(ef_dom)
glm_dom.update({s: (-1.0, 1.0) for s in (a1, a2, v1, v2)})
lin = a1 * v1 + a2 * v2                   # w^T phi
g = lambda a: a + a**3 / 3                # a monotonically increasing g
f_mean = lambda a: A_prime_th.subs(th, g(a))   # f(a) = A'(g(a))

# Poisson log normalizer from the pmf: A(theta) = log sum_y e^{y theta} / y!
z, kk = Symbol("z", positive=True), Symbol("kk", integer=True, nonnegative=True)
A_pois = log(summation(z**kk / factorial(kk), (kk, 0, oo)).subs(z, exp(th)))
mean_pois = (summation(kk * z**kk / factorial(kk), (kk, 0, oo)) * exp(-z)).subs(z, exp(lin))

# ---------------------------------------------------------------- canonical Poisson GLM, T = 3 samples
ys = [Symbol(f"ys_{i}", positive=True) for i in range(1, 4)]
ph = [(Symbol(f"ph_{i}1", real=True), Symbol(f"ph_{i}2", real=True)) for i in range(1, 4)]
cw = (Symbol("cw_1", real=True), Symbol("cw_2", real=True))
can_dom = {s: (0.5, 4.0) for s in ys}
can_dom.update({s: (-1.0, 1.0) for p in ph for s in p})
can_dom.update({s: (-1.0, 1.0) for s in cw})
ct = [cw[0] * ph[i][0] + cw[1] * ph[i][1] for i in range(3)]              # w^T phi_i
logp = [-loggamma(ys[i] + 1) + ys[i] * ct[i] - exp(ct[i]) for i in range(3)]  # h = 1/y!, t(y) = y, A = exp
L_can = -sum(logp)
c_can = sum(loggamma(ys[i] + 1) for i in range(3))
can_written = -sum(ys[i] * ct[i] for i in range(3)) - exp(ct[0]) + c_can
can_bracketed = -sum(ys[i] * ct[i] - exp(ct[i]) for i in range(3)) + c_can


def cgrad(expr):
    return diff(expr, cw[0]) + sqrt(3) * diff(expr, cw[1])


cgrad_rhs = sum(-(ys[i] - exp(ct[i])) * (ph[i][0] + sqrt(3) * ph[i][1]) for i in range(3))
cmean = [(summation(kk * z**kk / factorial(kk), (kk, 0, oo)) * exp(-z)).subs(z, exp(ct[i]))
         for i in range(3)]
cgrad_rhs_mean = sum(-(ys[i] - cmean[i]) * (ph[i][0] + sqrt(3) * ph[i][1]) for i in range(3))

CLAIMS = [
    # L(w) = -log p(y|x,w) is the definition (line 21)
    Claim(22, "valid", L_full, L_sumlog, domain=dom),
    Claim(23, "valid", L_sumlog, L_expand, domain=dom),
    Claim(24, "valid", L_expand, L_core + c_const, domain=dom),
    Claim(33, "ambiguous", L_full, sum(Ln_written(n) for n in range(1, NN + 1)),
          alt=(L_full - c_const, sum(Ln_summed(n) for n in range(1, NN + 1))), domain=dom,
          note="L_n as printed has one free bin t (no sum over t) and c is dropped; "
               "holds only for the objective up to c with L_n summed over t"),
    # L_n(w_n) = ... (line 39) is the definition of L_n
    Claim(51, "ambiguous", grad_probe(Ln_written(1)), grad_rhs,
          alt=(grad_probe(Ln_summed(1)), grad_rhs), domain=dom,
          note="the printed L_n has a single bin t, whose gradient has no sum over t; "
               "holds if L_n is read as summed over t"),
    Claim(52, "valid", grad_rhs, grad_rhs_mean, domain=dom),
    Claim(62, "ambiguous", hess_probe(Ln_written(1)), hess_rhs,
          alt=(hess_probe(Ln_summed(1)), hess_rhs), domain=dom,
          note="Hessian of the printed single-bin L_n has no sum over t; holds if L_n sums over t"),
    # Po(y; lambda) = 1/y! lambda^y e^{-lambda} is the pmf (definition, line 86)
    Claim(87, "valid", lam**k * exp(-lam) / gamma(k + 1), exp(k * log(lam) - lam) / gamma(k + 1),
          domain=po_dom),
    Claim(88, "valid", exp(k * log(lam) - lam) / gamma(k + 1),
          exp(k * theta_of_lam - exp(theta_of_lam)) / gamma(k + 1), domain=po_dom),
    # A'(theta) \triangleq d/dtheta A(theta) is a definition (line 108); integrals over a 3-point support
    Claim(109, "valid", diff(A(th), th), diff(log(Z(th)), th), domain=ef_dom),
    Claim(110, "valid", diff(log(Z(th)), th),
          sum(tau[j] * hh[j] * exp(tau[j] * th) for j in range(3)) / Z(th), domain=ef_dom),
    Claim(111, "valid", sum(tau[j] * hh[j] * exp(tau[j] * th) for j in range(3)) / Z(th),
          sum(tau[j] * hh[j] * exp(tau[j] * th - A(th)) for j in range(3)), domain=ef_dom),
    Claim(112, "valid", sum(tau[j] * hh[j] * exp(tau[j] * th - A(th)) for j in range(3)),
          mean_t(th), domain=ef_dom),
    Claim(123, "valid", mean_t(g(lin)), A_prime_th.subs(th, g(lin)), domain=glm_dom),
    Claim(124, "valid", A_prime_th.subs(th, g(lin)), f_mean(lin), domain=glm_dom),
    Claim(130, "valid", A_pois, exp(th), domain={th: (-1.0, 1.0)}),
    Claim(130, "valid", diff(A_pois, th), exp(th), k=2, domain={th: (-1.0, 1.0)}),
    Claim(133, "valid", mean_pois, exp(lin), domain=glm_dom),
    # L(w) = -sum log p(y_i | w, phi_i) is the definition (line 145)
    Claim(146, "ambiguous", L_can, can_written, alt=(L_can, can_bracketed), domain=can_dom,
          note="as printed the sum covers only <t, w^T phi_i> and -A(w^T phi_i) stands outside it; "
               "holds with the sum over the whole bracket (c = sum log y_i!)"),
    Claim(155, "valid", cgrad(L_can), cgrad_rhs, domain=can_dom),
    Claim(156, "valid", cgrad_rhs, cgrad_rhs_mean, domain=can_dom),
]
