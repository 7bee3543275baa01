from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://github.com/zh4ngx/cs224d/blob/22ce7711a0be55a6eb6db85c2407b8b236666e26/assignment1/solutions.md"
TITLE = "Derive Sigmoid (zh4ngx, CS224d solutions)"
TOPIC = "activations"

x = Symbol("x", real=True)
zz = Symbol("zz", real=True)          # the author's z, which line 10 shows is 1 + e^{-x}
Z = 1 + exp(-x)
s = 1 / Z
ds = diff(s, x)

# the author writes "dA/dB (f)" for "differentiate f"; d/dz(1/z) = -1/z^2, d/dx(z) = -e^{-x}
r8 = diff(1 / zz, zz).subs(zz, Z) * diff(Z, x)
r10 = (1 / Z**2) * diff(Z, x)
r11 = 1 / Z**2 * -exp(-x)
r12 = -exp(-x) / Z**2
r13 = (1 / Z) * (-exp(-x) / Z)
r14 = s * ((-exp(-x) + 1 - 1) / Z)
r15 = s * ((-1 - exp(-x)) / Z + 1 / Z)
r16 = s * (Z / Z - 1 / Z)
r17 = s * (1 - s)

CLAIMS = [
    Claim(8, "valid", ds, r8),
    Claim(10, "invalid", r8, r10,
          note="d/dz(1/z) = -1/z^2; the minus sign is dropped, so the line equals -sigma'(x)"),
    Claim(11, "valid", r10, r11),
    Claim(12, "valid", r11, r12),
    Claim(13, "valid", r12, r13),
    Claim(14, "valid", r13, r14),
    Claim(15, "valid", r14, r15),
    Claim(16, "invalid", r15, r16,
          note="(-1-e^{-x})/(1+e^{-x}) + 1/(1+e^{-x}) = -e^{-x}/(1+e^{-x}), but (1+e^{-x})/(1+e^{-x}) - 1/(1+e^{-x}) = +e^{-x}/(1+e^{-x}); the sign flips"),
    Claim(17, "valid", r16, r17),
]
