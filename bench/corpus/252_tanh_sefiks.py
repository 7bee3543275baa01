from sympy import Rational, Symbol, cosh, diff, exp, sin, sinh

from labels import Claim

SOURCE = "https://sefiks.com/2017/01/29/hyperbolic-tangent-as-neural-network-activation-function/"
TITLE = "Hyperbolic Tangent as Neural Network Activation Function"
TOPIC = "activations"

x = Symbol("x", real=True)
half = Rational(1, 2)

# The quotient rule is stated for general f, g; it is checked at one concrete pair.
f = x**3 + sin(x)
g = exp(x) + 2
h = f / g
quotient = (diff(f, x) * g - diff(g, x) * f) / g**2

# tanh as defined on line 6 of the document
th = (exp(x) - exp(-x)) / (exp(x) + exp(-x))
sh = (exp(x) - exp(-x)) / 2
ch = (exp(x) + exp(-x)) / 2

# d(sinh)/dx chain, line 36
s_steps = [
    diff(sinh(x), x),
    diff((exp(x) - exp(-x)) / 2, x),
    diff(exp(x) / 2 - exp(-x) / 2, x),
    diff(exp(x) / 2, x) - diff(exp(-x) / 2, x),
    half * diff(exp(x), x) - half * diff(exp(-x), x),
    half * exp(x) - half * exp(-x) * (-1),
    half * exp(x) + half * exp(-x),
    (exp(x) + exp(-x)) / 2,
    cosh(x),
]

# d(cosh)/dx chain, line 38
c_steps = [
    diff(cosh(x), x),
    diff((exp(x) + exp(-x)) / 2, x),
    diff(exp(x) / 2 + exp(-x) / 2, x),
    diff(exp(x) / 2, x) + diff(exp(-x) / 2, x),
    half * diff(exp(x), x) + half * diff(exp(-x), x),
    half * exp(x) + half * exp(-x) * (-1),
    half * exp(x) - half * exp(-x),
    (exp(x) - exp(-x)) / 2,
    sinh(x),
]

CLAIMS = [
    Claim(18, "valid", diff(h, x), quotient),
    Claim(22, "valid", diff(h, x), quotient),
    Claim(26, "valid", th, sh / ch),
    Claim(28, "valid", diff(th, x),
          (diff(sh, x) * ch - diff(ch, x) * sh) / ch**2),
]
CLAIMS += [Claim(36, "valid", a, b, k=i + 1) for i, (a, b) in enumerate(zip(s_steps, s_steps[1:]))]
CLAIMS += [Claim(38, "valid", a, b, k=i + 1) for i, (a, b) in enumerate(zip(c_steps, c_steps[1:]))]
