from sympy import Integral, Rational, Symbol, diff, erf, exp, oo, pi, sqrt, tanh

from labels import Claim

SOURCE = "https://github.com/whut-zhangwx/whut-zhangwx.github.io/blob/939433c7d29783580f24aefb7fe8e6f2b34dbeb3/Gaussian-Error-Linear-Unit/index.html"
TITLE = "Gaussian Error Linear Unit (GELU): derivative exact, tanh and logistic approximations; erf and Phi (whut-zhangwx blog)"
TOPIC = "activations"

x = Symbol("x", real=True)
t = Symbol("t", real=True)   # integration variables
s = Symbol("s", real=True)

Phi = (1 + erf(x / sqrt(2))) / 2                              # the standard normal CDF
phi = exp(-x**2 / 2) / sqrt(2 * pi)                           # its density
P = Integral(exp(-t**2 / 2) / sqrt(2 * pi), (t, -oo, x))      # P(X <= x), X ~ N(0, 1)
gelu = x * Phi

# ---------------------------------------------------------------- derivative, first way (lines 21-23)
d21 = diff(x * Phi, x)
d22 = Phi + x * diff(Phi, x)
d23 = Phi + x * phi

# ---------------------------------------------------------------- derivative from the erf form (33-36)
d33 = diff(x / 2 + x / 2 * erf(x / sqrt(2)), x)
d34 = Rational(1, 2) * (1 + erf(x / sqrt(2)) + x * sqrt(2 / pi) * exp(-x**2 / 2))
d35 = Rational(1, 2) * (1 + erf(x / sqrt(2))) + x * sqrt(1 / (2 * pi)) * exp(-x**2 / 2)
d36 = Phi + x * phi

# ---------------------------------------------------------------- tanh approximation (48, 64, 66)
c = Rational(44715, 10**6)                                    # 0.044715
u = sqrt(2 / pi) * (x + c * x**3)
a47 = tanh(2 / sqrt(pi) * (x / sqrt(2) + Rational(11, 123) * (x / sqrt(2))**3))
a48 = tanh(sqrt(2 / pi) * (x + Rational(11, 123) * x**3 / 2))
t63 = diff(Rational(1, 2) * x * (1 + tanh(u)), x)
t64 = Rational(1, 2) + Rational(1, 2) * tanh(u) \
    + Rational(1, 2) * x * (sqrt(2 / pi) * (1 + 3 * c * x**2)) * (1 - tanh(u)**2)
t66 = Rational(1, 2) + Rational(1, 2) * tanh(u) + sqrt(1 / (2 * pi)) * (x + 3 * c * x**3) * (1 - tanh(u)**2)

# ---------------------------------------------------------------- logistic approximation (73, 79)
g1702 = Rational(1702, 1000)                                  # 1.702
sig = lambda z: 1 / (1 + exp(-z))                             # noqa: E731 - the logistic sigmoid
logi = x / (1 + exp(-g1702 * x))

# ---------------------------------------------------------------- erf (91, 101-106, 113)
# as written: the N(mu, sigma^2) density integrated over [-x, x] at mu = 0, sigma = 1/2
sigma_ = Rational(1, 2)
B = Integral(1 / (sigma_ * sqrt(2 * pi)) * exp(-Rational(1, 2) * (t / sigma_)**2), (t, -x, x))
C = 2 / sqrt(pi) * Integral(exp(-t**2), (t, 0, x))

p101 = Integral(exp(-t**2 / 2), (t, -oo, x)) / sqrt(2 * pi)
p103 = Integral(exp(-s**2), (s, -oo, x / sqrt(2))) / sqrt(pi)
p104 = Integral(exp(-s**2), (s, -oo, 0)) / sqrt(pi) + Integral(exp(-s**2), (s, 0, x / sqrt(2))) / sqrt(pi)
p106 = Rational(1, 2) + Rational(1, 2) * erf(x / sqrt(2))

CLAIMS = [
    # definition of GELU (the first `=` names GELU)
    Claim(11, "valid", x * P, x * Phi),
    Claim(11, "valid", x * Phi, x * Rational(1, 2) * (1 + erf(x / sqrt(2))), k=2),
    # derivative, by the product rule
    Claim(21, "valid", diff(gelu, x), d21),
    Claim(22, "valid", d21, d22),
    Claim(23, "valid", d22, d23),
    # derivative, from the erf form
    Claim(33, "valid", diff(gelu, x), d33),
    Claim(34, "valid", d33, d34),
    Claim(35, "valid", d34, d35),
    Claim(36, "valid", d35, d36),
    # the tanh approximation: the one exact step between the two approximations
    Claim(48, "valid", a47, a48),
    # derivative of the tanh approximation
    Claim(64, "valid", t63, t64),
    Claim(66, "valid", t64, t66),
    # logistic approximation (the `=` on each side of the approximation)
    Claim(73, "valid", gelu, x * Phi),
    Claim(73, "valid", x * sig(g1702 * x), logi, k=2),
    Claim(79, "valid", diff(logi, x), 1 / (1 + exp(-g1702 * x)) + g1702 * x * exp(-g1702 * x) / (1 + exp(-g1702 * x))**2),
    # definition of erf: the integral is evaluated at sigma = 1/2
    Claim(91, "invalid", erf(x), B,
          note="at sigma = 1/2 (variance 1/4) the mass on [-x, x] is erf(sqrt(2) x), not erf(x); "
               "variance 1/2 needs sigma = 1/sqrt(2)"),
    Claim(91, "invalid", B, C, k=2,
          note="the sigma = 1/2 integral is erf(sqrt(2) x), while (2/sqrt(pi)) int_0^x e^{-t^2} dt is erf(x)"),
    # Phi in terms of erf
    Claim(101, "valid", Phi, p101),
    Claim(103, "valid", p101, p103),
    Claim(104, "valid", p103, p104),
    Claim(106, "valid", p104, p106),
    # derivative of erf
    Claim(113, "valid", diff(erf(x), x), diff(C, x)),
    Claim(113, "valid", diff(C, x), 2 / sqrt(pi) * exp(-x**2), k=2),
]
