from sympy import Symbol, exp, diff, sin

from labels import Claim

SOURCE = "https://beckernick.github.io/sigmoid-derivative-neural-network/"
TITLE = "Deriving the Sigmoid Derivative for Neural Networks (Nick Becker)"
TOPIC = "activations"

x = Symbol("x", real=True)
p = Symbol("p", real=True)
q = Symbol("q", real=True)
S = 1 / (1 + exp(-x))
dS = diff(S, x)
E = exp(-x)

# quotient rule, checked on a concrete numerator and denominator
num = exp(p * x) + q * x
den = 2 + x**2 + exp(q * x)
# chain rule, checked on a concrete outer f and inner a(x) = 2**x
inner = 2**x
u = Symbol("u", real=True)
outer = sin(u) + u**3

CLAIMS = [
    Claim(8, "valid", dS, S * (1 - S)),
    Claim(19, "valid", dS, diff(1 / (1 + exp(-x)), x)),
    Claim(23, "valid", diff(num / den, x),
          (den * diff(num, x) - num * diff(den, x)) / den**2),
    Claim(25, "valid", diff(outer.subs(u, inner), x),
          diff(outer, u).subs(u, inner) * diff(inner, x)),
    Claim(25, "valid", diff(1 + exp(-x), x), -exp(-x), k=2),
    Claim(29, "valid", dS, ((1 + E) * 0 - 1 * (-E)) / (1 + E)**2),
    Claim(33, "valid", dS, E / (1 + E)**2),
    Claim(41, "valid", dS, (1 - 1 + E) / (1 + E)**2),
    Claim(45, "valid", dS, (1 + E) / (1 + E)**2 - 1 / (1 + E)**2),
    Claim(49, "valid", dS, 1 / (1 + E) - 1 / (1 + E)**2),
    Claim(53, "valid", dS, 1 / (1 + E) * (1 - 1 / (1 + E))),
    Claim(57, "valid", dS, S * (1 - S)),
    Claim(63, "valid", dS, S * (1 - S)),
    Claim(63, "valid", dS, E / (1 + E)**2, k=2),
]
