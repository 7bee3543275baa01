from sympy import Symbol, exp, erf, tanh, sqrt, pi, diff, Rational

from labels import Claim

SOURCE = "https://github.com/MekkCyber/TritonAcademy/blob/7a3bf78b72406edbeb9fb6c4be07d7e694061e3f/backprop_math/geglu.md"
TITLE = "Derivative of GeLU, exact and tanh approximation (MekkCyber, TritonAcademy)"
TOPIC = "activations"

x = Symbol("x", real=True)
half = Rational(1, 2)

# generic smooth u, v to test the product rule as stated
c0, c1, c2, c3, c4 = (Symbol(n, real=True) for n in ("c0", "c1", "c2", "c3", "c4"))
ug = c0 + c1 * x + c2 * x**2
vg = c4 + exp(c3 * x)
PRODUCT = (diff(ug * vg, x), diff(ug, x) * vg + ug * diff(vg, x))

# exact GELU: f = x/2 (1 + erf(x/sqrt 2)), u = x/2, v = 1 + erf(x/sqrt 2)
ue = half * x
ve = 1 + erf(x / sqrt(2))
fe = ue * ve
dfe = diff(fe, x)

# tanh approximation: z = sqrt(2/pi) x (1 + 0.044715 x^2); a, b are left implicit by the
# document and can only be a = sqrt(2/pi), b = 0.044715 sqrt(2/pi)
k = Rational(44715, 10**6)
a = sqrt(2 / pi)
b = k * sqrt(2 / pi)
z = sqrt(2 / pi) * x * (1 + k * x**2)
va = 1 + tanh(z)
ua = half * x
fa = half * x * (1 + tanh(sqrt(2 / pi) * x * (1 + k * x**2)))
dfa = diff(fa, x)
dz = diff(z, x)

CLAIMS = [
    Claim(12, "valid", *PRODUCT, note="product rule"),
    Claim(21, "valid", diff(ue, x), diff(half * x, x), note="u = x/2"),
    Claim(21, "valid", diff(half * x, x), half, k=2, note="d/dx (x/2) = 1/2"),
    Claim(28, "valid", diff(ve, x), diff(1 + erf(x / sqrt(2)), x), note="v = 1 + erf(x/sqrt 2)"),
    Claim(28, "valid", diff(1 + erf(x / sqrt(2)), x), diff(erf(x / sqrt(2)), x), k=2,
          note="the constant 1 differentiates to 0"),
    Claim(32, "valid", diff(ve, x), 2 / sqrt(pi) * exp(-(x / sqrt(2))**2) * diff(x / sqrt(2), x),
          note="erf'(t) = 2/sqrt(pi) e^{-t^2} and the chain rule"),
    Claim(34, "valid", diff(ve, x), 2 / sqrt(pi) * exp(-x**2 / 2) * (1 / sqrt(2)),
          note="(x/sqrt 2)^2 = x^2/2 and d/dx (x/sqrt 2) = 1/sqrt 2"),
    Claim(36, "valid", diff(ve, x), 2 / sqrt(pi) * (1 / sqrt(2)) * exp(-x**2 / 2), note="reordering"),
    Claim(38, "valid", diff(ve, x), 2 / sqrt(2 * pi) * exp(-x**2 / 2),
          note="2/sqrt(pi) * 1/sqrt(2) = 2/sqrt(2 pi)"),
    Claim(42, "valid", dfe, diff(ue, x) * ve + ue * diff(ve, x), note="product rule for f = u v"),
    Claim(44, "valid", dfe, half * (1 + erf(x / sqrt(2))) + half * x * 2 / sqrt(2 * pi) * exp(-x**2 / 2),
          note="u' = 1/2, v' = 2/sqrt(2pi) e^{-x^2/2}"),
    Claim(46, "valid", dfe, half * (1 + erf(x / sqrt(2))) + x / sqrt(2 * pi) * exp(-x**2 / 2),
          note="1/2 * x * 2 = x"),
    Claim(50, "valid", dfe, half * (1 + erf(x / sqrt(2))) + x / sqrt(2 * pi) * exp(-x**2 / 2),
          note="restates the previous line: Phi(x) + x phi(x)"),
    Claim(61, "valid", z, x * (a + b * x**2),
          note="first '=' defines z; the second holds with the implicit a = sqrt(2/pi), b = 0.044715 sqrt(2/pi)"),
    Claim(69, "valid", fa, half * x * (1 + tanh(z)), note="substituting z(x) in f"),
    Claim(69, "valid", half * x * (1 + tanh(z)), half * x * va, k=2, note="v = 1 + tanh(z)"),
    Claim(73, "valid", *PRODUCT, note="product rule"),
    Claim(81, "valid", diff(ua, x), half, note="u = 0.5 x"),
    Claim(86, "valid", diff(va, x), (1 - tanh(z)**2) * dz, note="tanh' = 1 - tanh^2 and the chain rule"),
    Claim(90, "valid", dz, a + 3 * b * x**2, note="z = a x + b x^3 with the implicit a, b"),
    Claim(94, "valid", 1 - tanh(z)**2, (1 - tanh(z)) * (1 + tanh(z)), note="difference of squares"),
    Claim(96, "valid", 1 - tanh(z)**2, (2 - (1 + tanh(z))) * (1 + tanh(z)), note="1 - t = 2 - (1 + t)"),
    Claim(98, "valid", 1 - tanh(z)**2, (2 - va) * va, note="v = 1 + tanh z"),
    Claim(102, "valid", diff(va, x), (2 - va) * va * dz, note="combine the two previous results"),
    Claim(106, "valid", dfa, half * (1 + tanh(z)) + half * x * (2 - va) * va * dz,
          note="product rule with u' = 0.5 and v' = (2-v)v z'"),
    Claim(108, "valid", dz, a + 3 * b * x**2, note="inline restatement of z'(x)"),
    Claim(110, "valid", dfa, half * va + half * x * (2 - va) * va * (a + 3 * b * x**2),
          note="substituting z' = a + 3b x^2"),
    Claim(112, "valid", dfa, half * va * (1 + x * (2 - va) * (a + 3 * b * x**2)), note="factoring 0.5 v"),
]
