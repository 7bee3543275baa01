from sympy import Symbol, exp, log, sqrt, pi, factorial, Rational

from labels import Claim

SOURCE = "https://github.com/chris-kelly/blog/blob/036a66195b76262cd90b29d2811587b5919b6ccc/posts/glm_exponential_dispersion.qmd"
TITLE = "Generalized Linear Models from scratch: Poisson, Gaussian, Bernoulli in exponential-family form (Chris Kelly)"
TOPIC = "glm"

# ---- Poisson footnote
mu = Symbol("mu", positive=True)
y = Symbol("y", integer=True, nonnegative=True)
Yint = {y: (0, 1, 2, 3, 4, 5)}
MU = {mu: (0.2, 4.0)}
P0 = mu**y * exp(-mu) / factorial(y)
P1 = exp(log(mu**y * exp(-mu) / factorial(y)))
P2 = exp(log(mu**y) + log(exp(-mu)) - log(factorial(y)))
P3 = exp(y * log(mu) - mu - log(factorial(y)))
# labels in the preceding line: T = y, r = ln mu, b = mu, a = 1, c(y, phi) = ln[y!] (the minus sign is outside the brace)
P5 = exp((y * log(mu) - mu) / 1 + log(factorial(y)))

# ---- Gaussian footnote (one observation; y and y_i are the same variable)
yr = Symbol("y", real=True)
m = Symbol("m", real=True)            # mu_i
s2 = Symbol("sigma2", positive=True)  # sigma^2
G0 = 1 / sqrt(2 * pi * s2) * exp(-(yr - m)**2 / (2 * s2))
G1 = exp(log(1 / sqrt(2 * pi * s2) * exp(-(yr - m)**2 / (2 * s2))))
G2 = exp(log(1 / sqrt(2 * pi * s2)) - (yr - m)**2 / (2 * s2))
G3_lit = exp(0 + log(2 * pi * s2)**Rational(-1, 2) - (yr**2 + m**2 - 2 * yr * m) / (2 * s2))
G3_alt = exp(0 + log((2 * pi * s2)**Rational(-1, 2)) - (yr**2 + m**2 - 2 * yr * m) / (2 * s2))
G4 = exp(-Rational(1, 2) * log(2 * pi * s2) - yr**2 / (2 * s2) - (m**2 / 2) / s2 + yr * m / s2)
G5 = exp((yr * m - m**2 / 2) / s2 - Rational(1, 2) * (yr**2 / s2 + log(2 * pi * s2)))
# labels: theta = mu_i, b = mu^2/2, a = sigma^2, c(y, phi) = 1/2 (y^2/sigma^2 + ln 2 pi sigma^2) (minus sign outside)
G6 = exp((yr * m - m**2 / 2) / s2 + Rational(1, 2) * (yr**2 / s2 + log(2 * pi * s2)))

# ---- Bernoulli footnote
p = Symbol("p", positive=True)       # mu_i
yb = Symbol("yb", integer=True)
Y01 = {yb: frozenset({0, 1}), p: (0.05, 0.95)}
B0 = p**yb * (1 - p)**(1 - yb)
B1 = exp(log(p**yb * (1 - p)**(1 - yb)))
B2 = exp(log(p**yb) + log((1 - p)**(1 - yb)))
B3 = exp(yb * log(p) + (1 - yb) * log(1 - p))
B4 = exp(yb * log(p / (1 - p)) + log(1 - p))
B5 = exp((yb * log(p / (1 - p)) + log(1 - p)) / 1 + 0)
th = log(p / (1 - p))
B6 = exp((yb * th + log(1 - p)) / 1 + 0)
# labels: b(theta_i) = ln[1 - mu_i], a = 1, c = 0
B7 = exp((yb * th - log(1 - p)) / 1 + 0)

# ---- ln[1-p] = -ln[1+e^theta], with theta = ln[p/(1-p)]
PD = {p: (0.05, 0.95)}
e_th = exp(th)

CLAIMS = [
    Claim(72, "valid", P0, P1, domain={**Yint, **MU}),
    Claim(75, "valid", P1, P2, domain={**Yint, **MU}),
    Claim(80, "valid", P2, P3, domain={**Yint, **MU}),
    Claim(95, "invalid", P3, P5, domain={**Yint, **MU},
          note="c(y,phi) is labelled ln[y_i!] under a minus sign, so (T r - b)/a + c carries +ln y_i! where the line before has -ln y_i!"),
    Claim(108, "valid", G0, G1),
    Claim(114, "valid", G1, G2),
    Claim(119, "ambiguous", G2, G3_lit, alt=(G2, G3_alt),
          note="\\ln[2 pi sigma^2]^{-1/2} as typeset raises the logarithm to -1/2; it holds if the power sits inside the logarithm"),
    Claim(125, "ambiguous", G3_lit, G4, alt=(G3_alt, G4),
          note="depends on the same reading of \\ln[2 pi sigma^2]^{-1/2} in the line before"),
    Claim(132, "valid", G4, G5),
    Claim(148, "invalid", G5, G6,
          note="c(y_i,phi) is labelled 1/2(y^2/sigma^2 + ln 2 pi sigma^2) under a minus sign, so '+ c(y_i,phi)' flips the sign of that term"),
    Claim(160, "valid", B0, B1, domain=Y01),
    Claim(161, "valid", B1, B2, domain=Y01),
    Claim(164, "valid", B2, B3, domain=Y01),
    Claim(165, "valid", B3, B4, domain=Y01),
    Claim(167, "valid", B4, B5, domain=Y01),
    Claim(179, "valid", B5, B6, domain=Y01),
    Claim(189, "invalid", B6, B7, domain=Y01,
          note="b(theta_i) is labelled ln[1-mu_i] with a plus sign in front, so y theta - b(theta) = y theta - ln(1-mu) differs from y theta + ln(1-mu)"),
    Claim(193, "valid", log(1 - p), -log(1 + e_th), domain=PD),
    Claim(199, "valid", e_th, p / (1 - p), domain=PD),
    Claim(200, "valid", e_th - p * e_th, p, domain=PD),
    Claim(201, "valid", e_th, p * (1 + e_th), domain=PD),
    Claim(202, "valid", p, e_th / (1 + e_th), domain=PD),
    Claim(204, "valid", p, e_th / (1 + e_th), domain=PD),
    Claim(207, "valid", log(1 - p), log(1 - e_th / (1 + e_th)), domain=PD),
    Claim(209, "valid", log((1 + e_th) / (1 + e_th) - e_th / (1 + e_th)), log(1 / (1 + e_th)), domain=PD),
]
