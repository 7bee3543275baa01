from sympy import Integer, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/PrinceP/MonoRepo/blob/85f9e54d1c5a67a56810e54b81590bc7f3e53915/src/dl/Logistic_Regression/README.md"
TITLE = "Logistic Regression Explained: the sigmoid's derivative with a d operator, and dL/da, da/dz, dL/dz = a - y (Prince Patel, PrinceP/MonoRepo)"
TOPIC = "logistic"

# One example: score z, activation a = sigma(z), label y. The document's "d" is the operator d/dz
# (line 57) in the sigmoid block; in "Step - 1" it is d/da (the step's heading is dL/da).
# "." is multiplication throughout, and "e^{-z}.-1" is e^{-z} times -1.
z = Symbol("z", real=True)
a = Symbol("a", real=True)
y = Symbol("y", real=True)
DA = {a: (0.05, 0.95)}

E = exp(-z)
sig = 1 / (1 + E)
D = lambda f: diff(f, z)                                     # the operator d = d/dz of line 57

r55 = D(1 / (1 + E))                                         # d(1/(1+e^{-z}))
r59 = -(1 + E)**-2 * D(1 + E)
r61 = -(1 + E)**-2 * (D(Integer(1)) + D(E))
r63 = -(1 + E)**-2 * (0 + E * D(-z))
r65 = -(1 + E)**-2 * (0 + (E * -1))
r66 = (1 + E)**-2 * (E)
r68 = 1 / (1 + E) * (1 - 1 / (1 + E))
r69 = sig * (1 - sig)

L = -(y * log(a) + (1 - y) * log(1 - a))                     # L(a, y)
dLda = diff(L, a)
r88 = -(y * (1 / a) + (1 - y) * (1 / (1 - a)) * -1)
r90 = (a - y) / (a * (1 - a))

# Step 2 and Step 3 with a = sigma(z)
Lz = L.subs(a, sig)
at = lambda e: e.subs(a, sig)

CLAIMS = [
    Claim(55, "valid", diff(sig, z), r55,
          note="sigma'(z) = d(sigma(z)) with d = d/dz as the next lines set it (sigma(z) = 1/(1+e^{-z}) on line 54 restates the definition)"),
    Claim(59, "valid", r55, r59,
          note="the chain resumes after 'where d = d/dz': its left side is d(1/(1+e^{-z})), not the operator d/dz"),
    Claim(61, "valid", r59, r61),
    Claim(63, "valid", r61, r63, note="d(1) = 0 and d(e^{-z}) = e^{-z} d(-z)"),
    Claim(65, "valid", r63, r65, note="d(-z) = -1; e^{-z}.-1 is e^{-z} times -1"),
    Claim(66, "valid", r65, r66),
    Claim(68, "valid", r66, r68, note="e^{-z}/(1+e^{-z})^2 = 1/(1+e^{-z}) * (1 - 1/(1+e^{-z}))"),
    Claim(69, "valid", r68, r69),
    Claim(88, "valid", dLda, r88, domain=DA,
          note="dL(a, y) is dL/da, as the step's heading dL/da says (L(a, y) on line 86 restates the loss with a for y-hat)"),
    Claim(90, "valid", dLda, r90, domain=DA),
    Claim(103, "valid", diff(sig, z), r69, note="a = sigma(z)"),
    Claim(104, "valid", diff(sig, z), at(a * (1 - a))),
    Claim(117, "valid", diff(Lz, z), at(dLda) * diff(sig, z), note="the chain rule, with a = sigma(z)"),
    Claim(118, "valid", diff(Lz, z), at(r90 * a * (1 - a))),
    Claim(119, "valid", at(r90 * a * (1 - a)), sig - y),
]
