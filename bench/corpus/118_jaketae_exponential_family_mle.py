from sympy import Symbol, Integral, exp, log, diff, oo, Integer

from labels import Claim

SOURCE = ("https://github.com/jaketae/jaketae.github.io/blob/"
          "33057ff7eb879f3ec1263fc673740f0781239485/_posts/2020-01-22-exponential-family.md")
TITLE = "Maximum likelihood estimation in canonical exponential-family form (Jake Tae)"
TOPIC = "glm"

# The general derivation (lines 14-70) holds for any canonical exponential family with a
# scalar parameter; it is checked on one concrete member with a non-trivial base measure:
#   h(x) = x (x > 0), s(x) = -x, z(theta) = ∫_0^∞ x e^{-theta x} dx = 1/theta^2,
#   i.e. p(x|theta) = theta^2 x e^{-theta x}  (a Gamma(2, theta) density), n = 3 data points.
# The last part of the document (lines 87-112) uses the document's own example, the
# exponential distribution: h(x) = I(x), s(x) = -x, z(theta) = 1/theta.
th = Symbol("theta", positive=True)
lam = Symbol("lambda", positive=True)
x = Symbol("x", positive=True)  # integration variable (support x > 0)
n = 3
xs = [Symbol(f"x{i}", positive=True) for i in range(1, n + 1)]
DOM = {th: (0.3, 3.0), lam: (0.3, 3.0), **{xi: (0.2, 3.0) for xi in xs}}

# ---- general part, instance h(x) = x, s(x) = -x
h = lambda t: t
s = lambda t: -t
z = 1 / th**2                                    # value of (21) for this instance
p = lambda t: h(t) * exp(th * s(t)) / z          # canonical form (14)
sD = sum(s(xi) for xi in xs)                     # s(D) = Σ s(x_i)
lik = p(xs[0]) * p(xs[1]) * p(xs[2])             # Π p(x_i|θ)
loglik = log(lik)
E_s = -2 / th                                    # E_θ[s(X)] = −E[X], mean of Gamma(2, θ) is 2/θ
th_mle = 2 * n / sum(xs)                         # argmax of the likelihood, solved by hand
at_mle = {th: th_mle}

# ---- exponential distribution (document's example)
z_e = Integral(exp(-th * x), (x, 0, oo))         # (21) with h = I, s = −x
p_e = th * exp(-th * x)                          # (6) on x ≥ 0
th_mle_e = n / sum(xs)                           # argmax of Π θ e^{−θ x_i}, solved by hand
at_mle_e = {th: th_mle_e}

narrow16 = z**-n * (h(xs[0]) * h(xs[1]) * h(xs[2])) * exp(th * sD)
wide16 = z**-n * (h(xs[0]) * exp(th * sD)) * (h(xs[1]) * exp(th * sD)) * (h(xs[2]) * exp(th * sD))

CLAIMS = [
    Claim(14, "valid", th**2 * x * exp(-th * x), (1 / z) * h(x) * exp(th * s(x)), domain=DOM,
          note="(3) with η(θ) = θ"),
    Claim(30, "valid", lik, p(xs[0]) * p(xs[1]) * p(xs[2]), domain=DOM,
          note="i.i.d. data: the joint density is the product of the marginals"),
    Claim(30, "ambiguous", lik, wide16, k=2, alt=(lik, narrow16), domain=DOM,
          note="if ∏ also covers exp(θ^T Σ s(x_i)) the exponential is raised to the n-th power; "
               "holds only when ∏ applies to h(x_i) alone"),
    Claim(30, "valid", narrow16, z**-n * (h(xs[0]) * h(xs[1]) * h(xs[2])) * exp(th * sD), k=3,
          domain=DOM, note="s(D) stands for Σ s(x_i)"),
    Claim(36, "valid", th_mle, 2 * n / sum(xs), domain=DOM,
          note="log is increasing, so the maximizer of log p(D|θ) is that of p(D|θ) (both 2n/Σx_i here)"),
    Claim(40, "valid", loglik, -n * log(z) + th * sD + sum(log(h(xi)) for xi in xs), domain=DOM,
          note="log of z^{-n} Π h(x_i) exp(θ s(D))"),
    Claim(46, "valid", diff(loglik, th), -n * diff(log(z), th) + sD, domain=DOM,
          note="Σ log h(x_i) does not depend on θ; d/dθ of θ s(D) is s(D)"),
    Claim(50, "valid", Integral(p(x), (x, 0, oo)), Integral(h(x) * exp(th * s(x)) / z, (x, 0, oo)),
          domain=DOM, note="p_θ is the canonical form (14)"),
    Claim(50, "valid", Integral(h(x) * exp(th * s(x)) / z, (x, 0, oo)), Integer(1), k=2, domain=DOM,
          note="a density integrates to one"),
    Claim(54, "valid", z, Integral(h(x) * exp(th * s(x)), (x, 0, oo)), domain=DOM,
          note="multiply (20) by z(θ)"),
    Claim(58, "valid", diff(log(z), th),
          (1 / z) * Integral(diff(h(x) * exp(th * s(x)), th), (x, 0, oo)), domain=DOM,
          note="d log z = z'/z, differentiate under the integral"),
    Claim(58, "valid", (1 / z) * Integral(diff(h(x) * exp(th * s(x)), th), (x, 0, oo)),
          (1 / z) * Integral(h(x) * s(x) * exp(th * s(x)), (x, 0, oo)), k=2, domain=DOM,
          note="∂/∂θ exp(θ s(x)) = s(x) exp(θ s(x))"),
    Claim(58, "valid", (1 / z) * Integral(h(x) * s(x) * exp(th * s(x)), (x, 0, oo)),
          Integral(s(x) * h(x) * exp(th * s(x)) / z, (x, 0, oo)), k=3, domain=DOM,
          note="move the constant 1/z inside the integral"),
    Claim(58, "valid", Integral(s(x) * h(x) * exp(th * s(x)) / z, (x, 0, oo)),
          Integral(s(x) * p(x), (x, 0, oo)), k=4, domain=DOM,
          note="h exp(θ s)/z is the density p(x|θ)"),
    Claim(58, "valid", Integral(s(x) * p(x), (x, 0, oo)), E_s, k=5, domain=DOM,
          note="definition of expectation; here E[−X] = −2/θ"),
    Claim(62, "valid", diff(log(z), th), E_s, domain=DOM,
          note="(22) in vector form (scalar θ here)"),
    Claim(66, "valid", diff(loglik, th), -n * diff(log(z), th) + sD, domain=DOM,
          note="(19) in vector form"),
    Claim(66, "valid", -n * diff(log(z), th) + sD, -n * E_s + sD, k=2, domain=DOM,
          note="substitute (23)"),
    Claim(66, "valid", (-n * E_s + sD).xreplace(at_mle), Integer(0), k=3, domain=DOM,
          note="the gradient is set to zero; holds at θ_MLE"),
    Claim(70, "valid", E_s.xreplace(at_mle), sD / n, domain=DOM,
          note="rearranged stationarity condition, at θ_MLE"),
    Claim(70, "valid", sD / n, Integer(1) / n * sum(s(xi) for xi in xs), k=2, domain=DOM,
          note="s(D) = Σ s(x_i)"),
    # ---- exponential distribution
    Claim(87, "valid", z_e, 1 / th, domain=DOM,
          note="∫_0^∞ e^{−θx} dx = 1/θ, the normalizer for η = θ, s = −x, h = I"),
    Claim(92, "valid", diff(log(z_e), th), diff(log(1 / th), th), domain=DOM,
          note="z(θ) = 1/θ"),
    Claim(92, "valid", diff(log(1 / th), th), diff(-log(th), th), k=2, domain=DOM,
          note="log(1/θ) = −log θ"),
    Claim(92, "valid", diff(-log(th), th), -1 / th, k=3, domain=DOM,
          note="d/dθ(−log θ) = −1/θ"),
    Claim(96, "valid", Integral(s(x) * p_e, (x, 0, oo)), Integral(-x * p_e, (x, 0, oo)), domain=DOM,
          note="s(x) = −x"),
    Claim(96, "valid", Integral(-x * p_e, (x, 0, oo)), -1 / th, k=2, domain=DOM,
          note="mean of Exp(θ) is 1/θ"),
    Claim(96, "valid", Integral(x * p_e, (x, 0, oo)), 1 / th, k=3, domain=DOM,
          note="mean of Exp(θ) is 1/θ"),
    Claim(99, "valid", Integral(x * lam * exp(-lam * x), (x, 0, oo)), 1 / lam, domain=DOM,
          note="mean of Exp(λ) is 1/λ"),
    Claim(104, "valid", Integral(s(x) * p_e, (x, 0, oo)).xreplace(at_mle_e), sD / n, domain=DOM,
          note="(25) for the exponential example, at θ_MLE = n/Σx_i"),
    Claim(104, "valid", sD / n, Integer(1) / n * sum(s(xi) for xi in xs), k=2, domain=DOM,
          note="s(D) = Σ s(x_i)"),
    Claim(108, "valid", Integral(s(x) * p_e, (x, 0, oo)), -1 / th, domain=DOM,
          note="E[−X] = −1/θ for Exp(θ)"),
    Claim(108, "valid", (-1 / th).xreplace(at_mle_e), Integer(1) / n * sum(s(xi) for xi in xs), k=2,
          domain=DOM, note="the MLE condition (25), at θ_MLE = n/Σx_i"),
    Claim(108, "valid", Integer(1) / n * sum(s(xi) for xi in xs), Integer(1) / n * sum(-xi for xi in xs),
          k=3, domain=DOM, note="s(x_i) = −x_i"),
    Claim(112, "valid", th_mle_e, 1 / (Integer(1) / n * sum(xs)), domain=DOM,
          note="the maximizer of Π θ e^{−θ x_i} is n/Σx_i"),
]
