from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://sefiks.com/2018/08/21/swish-as-neural-networks-activation-function/"
TITLE = "Swish as Neural Networks Activation Function (derivative of swish)"
TOPIC = "activations"

x = Symbol("x", real=True)
a = Symbol("a", real=True)
b = Symbol("b", real=True)
s = 1 / (1 + exp(-x))          # sigma(x)
y = x * s                      # swish
yp = diff(y, x)                # y'
sp = diff(s, x)                # sigma(x)'
# product rule, checked on one concrete pair f, g
f = x**3 + a * x
g = exp(b * x)

CLAIMS = [
    # line 14: first '=' restates the definition (sigmoid written out); the second simplifies
    Claim(14, "valid", x * (1 / (1 + exp(-x))), x / (1 + exp(-x))),
    Claim(30, "valid", diff(f * g, x), diff(f, x) * g + f * diff(g, x)),
    Claim(32, "valid", yp, 1 * s + x * sp),
    Claim(38, "valid", sp, s * (1 - s)),
    Claim(42, "valid", yp, 1 * s + x * sp),
    Claim(44, "valid", yp, s + x * s * (1 - s)),
    Claim(44, "valid", s + x * s * (1 - s), s + x * s - x * s**2, k=2),
    Claim(48, "valid", yp, x * s + s - x * s**2),
    Claim(48, "valid", x * s + s - x * s**2, y + s - x * s**2, k=2),
    Claim(52, "valid", yp, y + s * (1 - x * s)),
    Claim(56, "valid", yp, y + s * (1 - y)),
]
