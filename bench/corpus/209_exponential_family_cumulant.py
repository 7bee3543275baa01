from sympy import Rational, Symbol, diff, exp, log, pi, sqrt

from labels import Claim

SOURCE = ("https://github.com/p16i/p16i.github.io/blob/c5dfac579882b3c7d4f5fe7f864986532f619750/"
          "src/blog/2020/exponential-family.md")
TITLE = "Exponential Family of Distributions (cumulant, mean and variance)"
TOPIC = "glm"

# --- generic member on the support {0, 1, 2}: f(x) base measure, phi(x) = x, sum in place of the integral
eta = Symbol("eta", real=True)
f0, f1, f2 = Symbol("f0", positive=True), Symbol("f1", positive=True), Symbol("f2", positive=True)
fs = [f0, f1, f2]
g = -log(sum(fk * exp(eta * k) for k, fk in enumerate(fs)))          # log-partition making it sum to 1
pk = [fk * exp(eta * k + g) for k, fk in enumerate(fs)]               # p(k | theta)
total = sum(pk)
dom_f = {f0: (0.3, 2.0), f1: (0.3, 2.0), f2: (0.3, 2.0)}
# evaluate the identities at the support point x = 1
p_norm = pk[1] / total
p_cancel = exp(eta * 1) / sum(fk * exp(eta * k) for k, fk in enumerate(fs))

# --- Bernoulli
x = Symbol("x", integer=True)
p = Symbol("p", positive=True)
dom_b = {x: (0, 1), p: (0.05, 0.95)}
b0 = p**x * (1 - p)**(1 - x)
b1 = exp(log(p**x) + log((1 - p)**(1 - x)))
b2 = exp(x * log(p) + (1 - x) * log(1 - p))
b3 = exp(x * log(p) - x * log(1 - p) + log(1 - p))
b4 = exp(x * log(p / (1 - p)) + log(1 - p))
eta_p = log(p / (1 - p))                    # natural parameter of the Bernoulli
A_eta = log(1 + exp(eta))                   # log-partition written in eta
sig = 1 / (1 + exp(-eta))

# --- Gaussian
xg = Symbol("x_g", real=True)
mu = Symbol("mu", real=True)
s = Symbol("sigma", positive=True)
dom_g = {s: (0.3, 2.0)}
n0 = 1 / sqrt(2 * pi * s**2) * exp(-(xg - mu)**2 / (2 * s**2))
n1 = 1 / sqrt(2 * pi * s**2) * exp(-(xg**2 - 2 * xg * mu + mu**2) / (2 * s**2))
n2 = 1 / sqrt(2 * pi) * exp(xg * mu / s**2 - xg**2 / (2 * s**2) - mu**2 / (2 * s**2) - log(s))
E1 = Symbol("eta_1", real=True)
E2 = Symbol("eta_2", negative=True)
A_doc = E1**2 / (4 * E2) + Rational(1, 2) * log(-2 * E2)    # the cumulant as the post states it
eta1_doc, eta2_doc = mu / s**2, -1 / s**2                    # natural parameters as the post lists them
A_true = mu**2 / (2 * s**2) + log(s)                         # A = -g(theta) from the post's g
dom_E = {E2: (-2.0, -0.2)}

CLAIMS = [
    Claim(19, "valid", pk[1], p_norm, domain=dom_f),
    Claim(20, "invalid", p_norm, p_cancel, domain=dom_f,
          note="cancelling g leaves f(x) exp(eta x) / sum f exp(eta x); the numerator has lost the factor f(x)"),
    Claim(36, "valid", b0, b1, domain=dom_b),
    Claim(37, "valid", b1, b2, domain=dom_b),
    Claim(38, "valid", b2, b3, domain=dom_b),
    Claim(39, "valid", b3, b4, domain=dom_b),
    Claim(53, "valid", n0, n1, domain=dom_g),
    Claim(54, "valid", n1, n2, domain=dom_g),
    Claim(73, "valid", log(1 + exp(eta_p)), -log(1 - p), domain=dom_b),
    Claim(78, "valid", p, 1 / (1 + exp(-eta_p)), domain=dom_b),
    Claim(78, "valid", -log(1 - sig), A_eta, k=2),
    Claim(84, "valid", diff(A_eta, eta), sig),
    Claim(84, "valid", 1 / (1 + exp(-eta_p)), p, k=2, domain=dom_b),
    Claim(85, "valid", diff(A_eta, eta, 2), (1 / (1 + exp(-eta))) * (exp(-eta) / (1 + exp(-eta)))),
    Claim(96, "invalid", A_true, A_doc.subs({E1: eta1_doc, E2: eta2_doc}), domain=dom_g,
          note="with eta=(mu/s^2,-1/s^2) A=-g equals -eta1^2/(2eta2)-log(-eta2)/2; with the correct eta2=-1/(2s^2) "
               "it is -eta1^2/(4eta2)-log(-2eta2)/2: both signs are flipped"),
    Claim(102, "valid", diff(A_doc, E1), E1 / (2 * E2), domain=dom_E),
    Claim(103, "invalid", (E1 / (2 * E2)).subs({E1: eta1_doc, E2: eta2_doc}), mu, domain=dom_g,
          note="eta1/(2 eta2) = -mu/2 with the listed eta (and -mu with eta2=-1/(2s^2)), not mu"),
    Claim(104, "valid", diff(A_doc, E1, 2), 1 / (2 * E2), domain=dom_E),
    Claim(105, "invalid", (1 / (2 * E2)).subs({E2: eta2_doc}), s**2, domain=dom_g,
          note="1/(2 eta2) = -sigma^2/2 with the listed eta2 (and -sigma^2 with eta2=-1/(2s^2)); a variance cannot be negative"),
]
