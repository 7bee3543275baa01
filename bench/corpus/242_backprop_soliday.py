"""Labels for 242_backprop_soliday.md (Soliday, derivation of backpropagation).

Checked on a concrete network with L = 2: inputs x_1, x_2 (layer 0 = L-2), two hidden units
(layer 1 = L-1), two output units (layer 2 = L), logistic activation sigma. The indices the
document leaves free are fixed at m = 1, k = 2 for the output weight W^(L)_{m,k}, at k = 1,
j = 2 for the hidden weight W^(L-1)_{k,j}, and at m = 1 inside the single-output chain
pieces. Every sum over m is written out over both outputs.
"""
from sympy import Rational, Symbol, diff, exp

from labels import Claim

SOURCE = ("https://github.com/solsteve/Europa-trncmp/blob/68caed8db6a0fd25ec1659bbc486f1daf7454108/"
          "papers/bpnn/DerivationBackprop.tex")
TITLE = "Derivation of Backproagation for Multi-layer Neural Networks (Soliday)"
TOPIC = "backprop"


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    return sig(t) * (1 - sig(t))


x = [Symbol("x1", real=True), Symbol("x2", real=True)]
y = [Symbol("y1", real=True), Symbol("y2", real=True)]
# hidden layer (L-1): W1[k][j], b1[k]
W1 = [[Symbol(f"W1_{k}{j}", real=True) for j in (1, 2)] for k in (1, 2)]
b1 = [Symbol(f"b1_{k}", real=True) for k in (1, 2)]
# output layer (L): W2[m][k], b2[m]
W2 = [[Symbol(f"W2_{m}{k}", real=True) for k in (1, 2)] for m in (1, 2)]
b2 = [Symbol(f"b2_{m}", real=True) for m in (1, 2)]

z1 = [b1[k] + sum(W1[k][j] * x[j] for j in range(2)) for k in range(2)]
H = [sig(z1[k]) for k in range(2)]  # a^(L-1)_k
z2 = [b2[m] + sum(W2[m][k] * H[k] for k in range(2)) for m in range(2)]
A = [sig(z2[m]) for m in range(2)]  # a^(L)_m
C = Rational(1, 2) * sum((A[m] - y[m]) ** 2 for m in range(2))

# output weight W^(L)_{m,k} with m = 1, k = 2 ; output bias b^(L)_m with m = 1
Wo = W2[0][1]
bo = b2[0]
# hidden weight W^(L-1)_{k,j} with k = 1, j = 2 ; hidden bias b^(L-1)_k with k = 1
Wh = W1[0][1]
bh = b1[0]

dCdWo = (A[0] - y[0]) * dsig(z2[0]) * H[1]
dCdbo = (A[0] - y[0]) * dsig(z2[0])
back = sum((A[m] - y[m]) * dsig(z2[m]) * W2[m][0] for m in range(2))  # sum_m (...) W^(L)_{m,k}, k = 1
E2 = [(A[m] - y[m]) * dsig(z2[m]) for m in range(2)]
E1_1 = sum(E2[m] * W2[m][0] for m in range(2)) * dsig(z1[0])

CLAIMS = [
    # output layer, weight
    Claim(45, "valid", diff(C, Wo), Rational(1, 2) * diff(sum((A[i] - y[i]) ** 2 for i in range(2)), Wo)),
    Claim(46, "valid", Rational(1, 2) * diff(sum((A[i] - y[i]) ** 2 for i in range(2)), Wo),
          (A[0] - y[0]) * diff(A[0], Wo)),
    Claim(53, "valid", diff(A[0], Wo), diff(sig(z2[0]), Wo)),
    Claim(54, "valid", diff(sig(z2[0]), Wo), dsig(z2[0]) * diff(z2[0], Wo)),
    Claim(61, "valid", diff(z2[0], Wo), diff(b2[0] + sum(W2[0][i] * H[i] for i in range(2)), Wo)),
    Claim(62, "valid", diff(b2[0] + sum(W2[0][i] * H[i] for i in range(2)), Wo), H[1]),
    Claim(68, "valid", diff(C, Wo), dCdWo),
    # output layer, bias
    Claim(75, "valid", diff(C, bo), (A[0] - y[0]) * dsig(z2[0]) * diff(z2[0], bo)),
    Claim(81, "valid", diff(z2[0], bo), diff(b2[0] + sum(W2[0][i] * H[i] for i in range(2)), bo)),
    Claim(82, "valid", diff(b2[0] + sum(W2[0][i] * H[i] for i in range(2)), bo), 1),
    Claim(88, "valid", diff(C, bo), dCdbo),
    Claim(95, "valid", diff(C, Wo), dCdWo),
    Claim(97, "valid", diff(C, bo), dCdbo),
    # last hidden layer, weight
    Claim(110, "valid", diff(C, Wh), Rational(1, 2) * diff(sum((A[m] - y[m]) ** 2 for m in range(2)), Wh)),
    Claim(111, "valid", Rational(1, 2) * diff(sum((A[m] - y[m]) ** 2 for m in range(2)), Wh),
          sum((A[m] - y[m]) * diff(A[m], Wh) for m in range(2))),
    Claim(118, "valid", diff(A[0], Wh), diff(sig(z2[0]), Wh)),
    Claim(119, "valid", diff(sig(z2[0]), Wh), dsig(z2[0]) * diff(z2[0], Wh)),
    Claim(125, "valid", diff(z2[0], Wh), diff(b2[0] + sum(W2[0][i] * H[i] for i in range(2)), Wh)),
    Claim(127, "valid", diff(b2[0] + sum(W2[0][i] * H[i] for i in range(2)), Wh), W2[0][0] * diff(H[0], Wh)),
    Claim(134, "valid", diff(H[0], Wh), diff(sig(z1[0]), Wh)),
    Claim(135, "valid", diff(sig(z1[0]), Wh), dsig(z1[0]) * diff(z1[0], Wh)),
    Claim(142, "valid", diff(z1[0], Wh), diff(b1[0] + sum(W1[0][i] * x[i] for i in range(2)), Wh)),
    Claim(144, "valid", diff(b1[0] + sum(W1[0][i] * x[i] for i in range(2)), Wh), x[1]),
    Claim(151, "valid", diff(C, Wh), back * dsig(z1[0]) * x[1]),
    Claim(153, "valid", diff(C, bh), back * dsig(z1[0])),
    # error-signal form
    Claim(166, "valid", diff(C, Wo), E2[0] * H[1]),
    Claim(171, "valid", diff(C, Wh), sum(E2[m] * W2[m][0] for m in range(2)) * dsig(z1[0]) * x[1]),
    # generic backward step, checked at l = L-1 (k = 1, j = 2), with E from the recursion
    Claim(187, "valid", diff(C, Wh), E1_1 * x[1]),
    Claim(188, "valid", diff(C, bh), E1_1),
]
