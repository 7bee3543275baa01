from sympy import symbols, exp, log, diff, sin, cos, Add, Lambda, Symbol

from labels import Claim

SOURCE = "https://github.com/jpark7ca/jpark7ca.github.io/blob/ada993ce6c78392b190356aed62f5b19236b5e0b/softmax.html"
TITLE = "Multiclass logistic regression (Softmax) and its derivative (Jae H. Park, jpark7ca.github.io)"
TOPIC = "softmax"

# K = 3 classes (the post's dog, cat, rabbit), indices 0, 1, 2; scores z_k, softmax outputs
# s_k = e^{z_k} / sum_j e^{z_j}, cost C = -sum_k y_k ln(s_k). The labels y_k are a one-hot vector
# (line 64: they sum to 1), written here as a distribution: y_2 = 1 - y_0 - y_1.
K = 3
Z = symbols("z0:3", real=True)
y0, y1 = symbols("y0 y1", real=True)
Y = [y0, y1, 1 - y0 - y1]
S = sum(exp(v) for v in Z)
s = [exp(v) / S for v in Z]
C = -sum(Y[k] * log(s[k]) for k in range(K))
SV = symbols("S0:3", positive=True)                       # the s_k as free quantities, for dC/ds_k
C_s = -sum(Y[k] * log(SV[k]) for k in range(K))

Wi = [2, 3, 5]
Wki = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def over_i(f):
    """a claim about every class i, checked for all three at once (distinct weights)"""
    return Add(*[Wi[i] * f(i) for i in range(K)])


def pairs(f, which):
    """a claim about (k, i), checked for every pair in `which` at once"""
    return Add(*[Wki[k][i] * f(k, i) for k, i in which])


every = [(k, i) for k in range(K) for i in range(K)]
diag = [(i, i) for i in range(K)]
off = [(k, i) for k in range(K) for i in range(K) if k != i]
others = lambda i: [k for k in range(K) if k != i]

dC = lambda i: diff(C, Z[i])                                          # dC/dz_i
dCds = lambda k: diff(C_s, SV[k]).subs(dict(zip(SV, s)))              # dC/ds_k = -y_k / s_k
dsdz = lambda k, i: diff(s[k], Z[i])                                  # ds_k/dz_i
chain = lambda i: sum(dCds(k) * dsdz(k, i) for k in range(K))         # sum_k dC/ds_k ds_k/dz_i
# quotient rule for s_k = g/h, g = e^{z_k} (its numerator), h = sum e^{z_j}, primes taken in z_i
qr = lambda k, i: (diff(exp(Z[k]), Z[i]) * S - diff(S, Z[i]) * exp(Z[k])) / S**2
# g and h as line 17 sets them for s_i: g = e^{z_i}, h = sum e^{z_j}
qr_line17 = lambda k, i: (diff(exp(Z[i]), Z[i]) * S - diff(S, Z[i]) * exp(Z[i])) / S**2
diag_written = lambda k, i: ((exp(Z[i])) * (S) - (exp(Z[i])) * (exp(Z[i]))) / (S)**2
# the k != i case as written: a sum over k' != i, with e^{z_{k'}} Sigma in the numerator
off_written = lambda k, i: sum(((exp(Z[m])) * (S) - (exp(Z[i])) * (exp(Z[m]))) / (S)**2 for m in others(i))

# the piecewise dC/ds_k of line 43, as written
dCds_written = lambda k, i: (-Y[i] * 1 / s[i]) if k == i else sum(-Y[m] * 1 / s[m] for m in others(i))
AB = lambda i: (-Y[i] * 1 / s[i] * dsdz(i, i)) + sum(-Y[k] * 1 / s[k] * dsdz(k, i) for k in others(i))
r59 = lambda i: (-Y[i] * (1 / s[i]) * s[i] * (1 - s[i])) + sum(-Y[k] * (1 / s[k]) * (-s[i]) * s[k] for k in others(i))
r61 = lambda i: -Y[i] + Y[i] * s[i] + sum(-Y[k] * (-s[i]) for k in others(i))
r63 = lambda i: -Y[i] + s[i] * (Y[i] + sum(Y[k] for k in others(i)))
target = lambda i: s[i] - Y[i]

# the quotient rule f' = (g'h - h'g)/h^2, checked with smooth stand-ins for g and h (h > 0)
u = Symbol("u", real=True)
g = Lambda(u, exp(u) + sin(u))
h = Lambda(u, 2 + cos(u))

NOTE_DCDS = ("for k != i the derivative by one s_k is -y_k/s_k; the sum of -y_k/s_k over all k != i is not it "
             "(with three classes it has two terms)")
NOTE_OFF = ("g = e^{z_k} does not depend on z_i (g' = 0), so the numerator is 0*Sigma - e^{z_i} e^{z_k}; as written "
            "it has e^{z_k} Sigma and is summed over k != i, which gives (Sigma - e^{z_i})^2 / Sigma^2 > 0")
NOTE_OFF2 = ("the line before equals (Sigma - e^{z_i})^2 / Sigma^2 > 0, not -s_i s_k < 0 (without the stray sum "
             "its term would be s_k (1 - s_i), still not -s_i s_k)")
NOTE_G = ("g and h were set on line 17 as numerator and denominator of s_i (g = e^{z_i}), which gives "
          "s_i (1 - s_i), not ds_k/dz_i = -s_i s_k; holds if g is the numerator e^{z_k} of s_k, as the template "
          "f = g/h of line 14 and the next step suggest")
NOTE_SUM1 = "uses sum_k y_k = 1 (one-hot labels, line 64)"

CLAIMS = [
    Claim(6, "valid", over_i(dC), over_i(chain)),
    Claim(6, "valid", over_i(chain), over_i(target), k=2, note=NOTE_SUM1),
    Claim(14, "valid", diff(g(u) / h(u), u), (diff(g(u), u) * h(u) - diff(h(u), u) * g(u)) / h(u)**2,
          note="the quotient rule for f = g/h (the = of f = g/h on the same line introduces f and is no claim)"),
    Claim(23, "valid", pairs(dsdz, every), pairs(dsdz, every),
          note="the two cases restate ds_k/dz_i for k = i and for k != i"),
    Claim(24, "valid", pairs(dsdz, diag), pairs(qr, diag)),
    Claim(24, "valid", pairs(qr, diag), pairs(diag_written, diag), k=2),
    Claim(27, "ambiguous", pairs(dsdz, off), pairs(qr_line17, off), alt=(pairs(dsdz, off), pairs(qr, off)),
          note=NOTE_G),
    Claim(27, "invalid", pairs(qr, off), pairs(off_written, off), k=2, note=NOTE_OFF),
    Claim(36, "valid", over_i(dC), over_i(chain)),
    Claim(36, "valid", over_i(chain), over_i(target), k=2, note=NOTE_SUM1),
    Claim(41, "valid", over_i(dC), over_i(chain)),
    Claim(43, "invalid", pairs(lambda k, i: dCds(k), every), pairs(dCds_written, every), note=NOTE_DCDS),
    Claim(49, "valid", over_i(chain), over_i(AB)),
    Claim(52, "valid", pairs(dsdz, diag), pairs(qr, diag)),
    Claim(52, "valid", pairs(qr, diag), pairs(diag_written, diag), k=2),
    Claim(52, "valid", pairs(diag_written, diag), pairs(lambda k, i: s[i] * (1 - s[i]), diag), k=3),
    Claim(55, "ambiguous", pairs(dsdz, off), pairs(qr_line17, off), alt=(pairs(dsdz, off), pairs(qr, off)),
          note=NOTE_G),
    Claim(55, "invalid", pairs(qr, off), pairs(off_written, off), k=2, note=NOTE_OFF),
    Claim(55, "invalid", pairs(off_written, off), pairs(lambda k, i: -s[i] * s[k], off), k=3, note=NOTE_OFF2),
    Claim(59, "valid", over_i(AB), over_i(r59),
          note="continues line 49 with the true ds_k/dz_i (the cancellations are only marked)"),
    Claim(61, "valid", over_i(r59), over_i(r61)),
    Claim(63, "valid", over_i(r61), over_i(r63)),
    Claim(64, "valid", over_i(lambda i: Y[i] + sum(Y[k] for k in others(i))), over_i(lambda i: sum(Y))),
    Claim(64, "valid", sum(Y), 1, k=2, note="the labels are one-hot (dog 1, cat 0, rabbit 0)"),
    Claim(66, "valid", over_i(r63), over_i(target), note=NOTE_SUM1),
]
