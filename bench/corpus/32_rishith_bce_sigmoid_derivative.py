from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/Rishith-S/100daysofML/blob/a16a4c29e4011988567a52c4856e957b4da2fa10/docs/9.%20Regression/binary-cross-entropy.md"
TITLE = "Binary cross-entropy from maximum likelihood and the sigmoid derivative (plain-text formulas)"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
z = Symbol("z", real=True)
W, b, x, y = (Symbol(n, real=True) for n in ("W", "b", "x", "y"))
zz = W * x + b
yh = sig(zz)
BCE = -(y * log(yh) + (1 - y) * log(1 - yh))
d = {y: Y01}
s = sig(z)

CLAIMS = [
    Claim(28, "valid", sig(z), 1 / (1 + exp(-z))),
    Claim(30, "valid", sig(z), exp(z) / (1 + exp(z))),
    Claim(34, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(37, "valid", s, 1 / (1 + exp(-z))),
    Claim(37, "valid", 1 - s, exp(-z) / (1 + exp(-z)), k=2),
    Claim(38, "valid", s, (1 + exp(-z)) ** -1),
    Claim(38, "valid", diff(s, z), 1 * (1 + exp(-z)) ** -2 * exp(-z), k=2),
    Claim(39, "valid", diff(s, z), s * (1 - s)),
    Claim(42, "valid", zz, W * x + b),
    Claim(42, "valid", yh, sig(zz), k=2),
    Claim(44, "valid", diff(BCE, W), (yh - y) * x, domain=d),
    Claim(48, "valid", diff(BCE, b), yh - y, domain=d),
    Claim(50, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(55, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
]
