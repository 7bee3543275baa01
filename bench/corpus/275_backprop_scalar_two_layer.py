from sympy import Rational, Symbol, diff, exp

from labels import Claim

SOURCE = "https://github.com/alexcpn/alexcpn.github.io/blob/5cef88e1c41261964ea8772b8dc3b3d363a57e79/html/NN/ml/5_backpropogation_scalar_calculus.md"
TITLE = "Back propagation, second pass: scalar calculus (two-layer sigmoid network)"
TOPIC = "backprop"


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    return sig(t) * (1 - sig(t))


# scalar two-layer network: a0 -> a1 = sig(w1 a0 + b1) -> a2 = sig(w2 a1 + b2), C = 1/2 (y - a2)^2
a0, w1, b1, w2, b2, y = (Symbol(n, real=True) for n in ("a0", "w1", "b1", "w2", "b2", "y"))
Z = Symbol("Z", real=True)    # a generic pre-activation z^l
A = Symbol("A", real=True)    # a free variable standing for an activation
z1 = w1 * a0 + b1
a1 = sig(z1)
z2 = w2 * a1 + b2
a2 = sig(z2)
C = Rational(1, 2) * (y - a2) ** 2

# dC/da^2: C as a function of a^2
dC_da2 = diff(Rational(1, 2) * (y - A) ** 2, A).subs(A, a2)
# dC/da^1: C as a function of a^1 (through z^2 and a^2)
dC_da1 = diff(Rational(1, 2) * (y - sig(w2 * A + b2)) ** 2, A).subs(A, a1)
# da^2/da^1
da2_da1 = diff(sig(w2 * A + b2), A).subs(A, a1)

CLAIMS = [
    # (a): da^l/dz^l = d sigma(z^l)/dz^l = sigma'(a^l)
    Claim(30, "valid", diff(sig(Z), Z), diff(sig(Z), Z)),
    Claim(30, "invalid", diff(sig(Z), Z), dsig(sig(Z)), k=2,
          note="dσ(z)/dz = σ'(z); σ'(a^l) = σ'(σ(z^l)) is the derivative at the wrong point"),
    # general chain rule, checked at the inner layer l = 1
    Claim(53, "valid", diff(C, w1), diff(z1, w1) * dsig(z1) * dC_da1),
    Claim(54, "valid", diff(z1, w1) * dsig(z1) * dC_da1, diff(a1, w1) * dC_da1),
    # layer 2
    Claim(68, "valid", diff(C, w2), diff(z2, w2) * dsig(z2) * dC_da2),
    Claim(76, "valid", diff(z2, w2), diff(a1 * w2, w2)),
    Claim(76, "valid", diff(a1 * w2, w2), a1, k=2),
    Claim(84, "valid", diff(sig(z2), b2), diff(sig(Z), Z).subs(Z, z2)),
    Claim(84, "valid", diff(sig(Z), Z).subs(Z, z2), dsig(z2), k=2),
    Claim(92, "valid", dC_da2, diff(Rational(1, 2) * (y - A) ** 2, A).subs(A, a2)),
    Claim(92, "valid", diff(Rational(1, 2) * (y - A) ** 2, A).subs(A, a2),
          Rational(1, 2) * 2 * (a2 - y), k=2),
    Claim(92, "valid", Rational(1, 2) * 2 * (a2 - y), a2 - y, k=3),
    Claim(100, "valid", diff(C, w2), a1 * dsig(z2) * (a2 - y)),
    # layer 1
    Claim(110, "valid", diff(C, w1), diff(z1, w1) * dsig(z1) * dC_da1),
    Claim(117, "valid", diff(z1, w1), diff(a0 * w1, w1)),
    Claim(117, "valid", diff(a0 * w1, w1), a0, k=2),
    Claim(125, "valid", diff(sig(z1), b1), diff(sig(Z), Z).subs(Z, z1)),
    Claim(125, "valid", diff(sig(Z), Z).subs(Z, z1), dsig(z1), k=2),
    Claim(132, "valid", dC_da1, dC_da2 * da2_da1),
    Claim(139, "valid", dC_da2, a2 - y),
    Claim(143, "valid", da2_da1, dsig(z2) * diff(w2 * A + b2, A)),
    Claim(144, "valid", dsig(z2) * diff(w2 * A + b2, A), diff(sig(Z), Z).subs(Z, z2) * diff(w2 * A, A)),
    Claim(146, "valid", diff(sig(Z), Z).subs(Z, z2) * diff(w2 * A, A), dsig(z2) * w2),
    Claim(147, "valid", da2_da1, dsig(z2) * w2),
    Claim(158, "valid", diff(C, w1), a0 * dsig(z1) * (a2 - y) * dsig(z2) * w2),
    Claim(167, "valid", diff(C, w2), a1 * dsig(z2) * (a2 - y)),
]
