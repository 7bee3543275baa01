from sympy import Symbol, exp, diff, KroneckerDelta, Integer

from labels import Claim

SOURCE = "https://github.com/Mikel-MG/neural-networks-from-scratch/blob/d851cc3f74778193d4b04cf53d158b0cf00cce06/docs/math_activations.md"
TITLE = "Activation functions: sigmoid and softmax derivatives (Mikel-MG, neural-networks-from-scratch docs)"
TOPIC = "activations"

# ---------------------------------------------------------------- sigmoid
x = Symbol("x", real=True)
s = 1 / (1 + exp(-x))
u = 1 + exp(-x)
d0 = diff(s, x)                                   # d/dx sigma(x)
d_frac = diff(1 / (1 + exp(-x)), x)               # d/dx (1/(1+e^{-x}))
d_pow = diff((1 + exp(-x))**-1, x)                # d/dx ((1+e^{-x})^{-1})
chain1 = (-1) * (1 + exp(-x))**-2 * diff(1 + exp(-x), x)
chain2 = (-1) * (1 + exp(-x))**-2 * (-exp(-x))
q1 = exp(-x) / (1 + exp(-x))**2
q2 = 1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x)))
r1 = s * exp(-x) / (1 + exp(-x))
r2 = s * (1 + exp(-x) - 1) / (1 + exp(-x))
r3 = s * ((1 + exp(-x)) / (1 + exp(-x)) - 1 / (1 + exp(-x)))
final = s * (1 - s)

# ---------------------------------------------------------------- softmax, K = 3
# i, k are the free class indices of the document; drawn from {1, 2, 3}.
i = Symbol("i", integer=True)
k = Symbol("k", integer=True)
z = [Symbol(f"z{a}", real=True) for a in (1, 2, 3)]
e = [exp(t) for t in z]
Z = sum(e)
S = [t / Z for t in e]
KD = KroneckerDelta
IDX = range(3)
IK = {i: (1, 2, 3), k: (1, 2, 3)}


def pick1(f):
    """f(a) at a = i (0-based a <-> class a+1)."""
    return sum(KD(i, a + 1) * f(a) for a in IDX)


def pick(f):
    """f(a, b) at (a, b) = (i, k)."""
    return sum(KD(i, a + 1) * KD(k, b + 1) * f(a, b) for a in IDX for b in IDX)


dS = pick(lambda a, b: diff(S[a], z[b]))                                    # dS_i/dz_k
dQ = pick(lambda a, b: diff(e[a] / Z, z[b]))                                # d/dz_k (e^{z_i}/Z)
quot = pick(lambda a, b: (diff(e[a], z[b]) * Z - e[a] * diff(Z, z[b])) / Z**2)
delt = pick(lambda a, b: (KD(a, b) * e[a] * Z - e[a] * e[b]) / Z**2)
fac1 = pick(lambda a, b: e[a] / Z**2 * (KD(a, b) * Z - e[b]))
fac2 = pick(lambda a, b: e[a] / Z * ((KD(a, b) * Z - e[b]) / Z))
fac3 = pick(lambda a, b: e[a] / Z * (KD(a, b) * Z / Z - e[b] / Z))
res = pick(lambda a, b: S[a] * (KD(a, b) - S[b]))
jac = pick(lambda a, b: KD(a, b) * S[a] - S[a] * S[b])                      # (diag(S) - S S^T)_{ik}

CLAIMS = [
    # sigmoid
    Claim(17, "valid", d0, final, note="sigma' = sigma(1 - sigma)"),
    Claim(24, "valid", s, 1 / (1 + exp(-x)), note="restates the definition of sigma"),
    Claim(25, "valid", d0, d_frac, note="substitutes the definition inside d/dx"),
    Claim(25, "valid", d_frac, d_pow, k=2, note="1/u written as u^{-1}"),
    Claim(26, "valid", d_pow, chain1, note="power rule with chain rule on (1+e^{-x})^{-1}"),
    Claim(26, "valid", chain1, chain2, k=2, note="d/dx (1 + e^{-x}) = -e^{-x}"),
    Claim(27, "valid", chain2, q1, note="(-1)(-e^{-x}) = e^{-x}"),
    Claim(27, "valid", q1, q2, k=2, note="split e^{-x}/(1+e^{-x})^2 into a product of two fractions"),
    Claim(28, "valid", q2, r1, note="first factor is sigma(x)"),
    Claim(28, "valid", r1, r2, k=2, note="add and subtract 1 in the numerator"),
    Claim(28, "valid", r2, r3, k=3, note="split the fraction"),
    Claim(29, "valid", r3, final, note="(1+e^{-x})/(1+e^{-x}) = 1 and 1/(1+e^{-x}) = sigma"),
    # softmax (K = 3, free indices i, k in {1,2,3})
    Claim(51, "valid", dS, res, domain=IK, note="softmax Jacobian entry S_i(delta_ik - S_k)"),
    Claim(66, "valid", pick1(lambda a: S[a]), pick1(lambda a: e[a] / Z), domain={i: (1, 2, 3)},
          note="S_i = e^{z_i}/Z with Z the sum of exponentials"),
    Claim(67, "valid", dS, dQ, domain=IK, note="substitute S_i = e^{z_i}/Z"),
    Claim(68, "valid", dQ, quot, domain=IK, note="quotient rule"),
    Claim(69, "valid", quot, delt, domain=IK,
          note="d e^{z_i}/dz_k = delta_ik e^{z_i}, dZ/dz_k = e^{z_k}"),
    Claim(87, "valid", dS, delt, domain=IK, note="restates the result of the previous block"),
    Claim(88, "valid", delt, fac1, domain=IK, note="factor e^{z_i} out of the numerator"),
    Claim(89, "valid", fac1, fac2, domain=IK, note="split 1/Z^2 as (1/Z)(1/Z)"),
    Claim(90, "valid", fac2, fac3, domain=IK, note="distribute the division by Z"),
    Claim(91, "valid", fac3, res, domain=IK, note="e^{z_i}/Z = S_i, Z/Z = 1, e^{z_k}/Z = S_k"),
    Claim(110, "valid", dS, jac, domain=IK,
          note="entry (i,k) of diag(S) - S S^T is delta_ik S_i - S_i S_k = dS_i/dz_k"),
]
