from sympy import Symbol, exp, log, diff, factorial
from labels import Claim

SOURCE = "https://github.com/tonyduan/glm-lib/blob/3845d16aaa6ff2c3e8f0e3e337016d715b1f7c4e/READMATH.md"
TITLE = "Exponential-family GLM score, Hessian and log-partition moments (Tony Duan, glm-lib)"
TOPIC = "glm"

# The document is generic in the exponential family; each claim is checked on the Poisson member
# (T(y) = y, b(y) = 1/y!, a(eta) = e^eta, E[T] = Var[T] = e^eta) with p = 1, n = 2.
e = Symbol("eta", real=True)
y = Symbol("y", integer=True, nonnegative=True)
th1, th2, x1, x2 = (Symbol(n, real=True) for n in ("th1", "th2", "x1", "x2"))

eta = th1 * x1 + th2 * x2
nll_e = exp(e) - e * y + log(factorial(y))          # -log p_eta(y) for Poisson
nll_t = nll_e.subs(e, eta)                          # -log p_theta(y)
Z = exp(exp(e))            # sum_k e^{eta k}/k! = int_y b(y) exp(eta T(y)) dy, summed by hand
ZT = exp(e) * exp(exp(e))  # sum_k k e^{eta k}/k!, summed by hand
DY = {y: (0, 1, 2, 3, 4)}

CLAIMS = [
    Claim(18, "valid", diff(eta, th1), x1, k=1, note="eta_i = theta_i x is linear: gradient x (first component)"),
    Claim(18, "invalid", diff(eta, th1, th2), x1 * x2, k=2,
          note="eta_i is linear in theta, its Hessian is 0, not x x^T"),
    Claim(32, "valid", diff(nll_t, th1), diff(nll_e, e).subs(e, eta) * x1, domain=DY,
          note="chain rule through eta = theta x"),
    Claim(33, "valid", diff(nll_e, e).subs(e, eta) * x1, (exp(eta) - y) * x1, domain=DY,
          note="d(-log p)/d eta = a'(eta) - T(y) = E[T] - T(y)"),
    Claim(34, "valid", diff(nll_t, th1, th2), diff(nll_e, e, 2).subs(e, eta) * x1 * x2, domain=DY,
          note="second chain rule; eta linear in theta so no extra term"),
    Claim(35, "valid", diff(nll_e, e, 2).subs(e, eta) * x1 * x2, exp(eta) * x1 * x2, domain=DY,
          note="a''(eta) = Var[T]"),
    Claim(40, "valid", diff(nll_t, th1, th2), exp(eta) * x1 * x2,
          note="Hessian does not depend on y, so its expectation is itself = Var[T] x x^T"),
    Claim(71, "valid", exp(e), log(Z),
          note="log partition function is the log of the normaliser"),
    Claim(76, "valid", diff(exp(e), e), ZT / Z,
          note="differentiate log of the normaliser under the integral"),
    Claim(77, "valid", ZT / Z, (ZT) * exp(-exp(e)),
          note="divide by the normaliser = multiply by e^{-a(eta)}"),
    Claim(78, "valid", (ZT) * exp(-exp(e)), exp(e), note="this is E[T(Y)]"),
    Claim(83, "valid", diff(exp(e), e, 2), exp(e),
          note="second derivative of a is Cov[T_i,T_j] (read as d^2/d eta_i d eta_j; notation typo)"),
    Claim(88, "valid", -log(exp(e * y - exp(e)) / factorial(y)), exp(e) - e * y - log(1 / factorial(y)),
          domain=DY, note="take -log of b(y) exp(eta T - a)"),
    Claim(89, "valid", diff(nll_e, e), diff(exp(e), e) - y, domain=DY, note="gradient in eta"),
    Claim(90, "valid", diff(exp(e), e) - y, exp(e) - y, domain=DY, note="grad a = E[T]"),
    Claim(91, "valid", diff(nll_e, e, 2), diff(exp(e), e, 2), k=1, domain=DY,
          note="T(y) term is linear in eta"),
    Claim(91, "valid", diff(exp(e), e, 2), exp(e), k=2, note="Hessian of a = Var[T]"),
]
