"""Labels for 229_two_layer_perceptron_backprop.md.

Concrete network for sections 5-6: 2 inputs, 2 hidden units (phi^(1) = tanh), 2 outputs
(phi^(2) = sigmoid), loss L = sum_j (y_j - yhat_j)^2 / 2 (the document leaves L and the phi's
generic; any smooth choice checks the chain-rule identities).  Weights are indexed
omega_{k,j} = from unit k of the previous layer to unit j (the document's convention in 5.4).
Concrete indices: output j = 1 (index 0), hidden k = 2 (index 1) unless noted.
"""
from sympy import Symbol, symbols, tanh, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/kattoyoshi/NeuralNetworkFromScratch/blob/"
          "b48d5b74763955d71648c68649759fa85bb0333f/Explanation.md")
TITLE = "Backpropagation for a two layer perceptron (index notation), output error terms"
TOPIC = "backprop"


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    return sig(t) * (1 - sig(t))


def dtanh(t):
    return 1 - tanh(t) ** 2


x = symbols("x1 x2", real=True)
W1 = [[Symbol(f"w1_{k}{j}", real=True) for j in (1, 2)] for k in (1, 2)]
b1 = symbols("b1_1 b1_2", real=True)
W2 = [[Symbol(f"w2_{k}{j}", real=True) for j in (1, 2)] for k in (1, 2)]
b2 = symbols("b2_1 b2_2", real=True)
y = symbols("y1 y2", real=True)

z1 = [sum(x[k] * W1[k][j] for k in range(2)) + b1[j] for j in range(2)]
a1 = [tanh(t) for t in z1]
z2 = [sum(a1[k] * W2[k][j] for k in range(2)) + b2[j] for j in range(2)]
yh = [sig(t) for t in z2]

Ysym = symbols("Y1 Y2", real=True)        # stand-ins for yhat
Z2sym = symbols("Z2_1 Z2_2", real=True)   # stand-ins for z^(2)
Z1sym = symbols("Z1_1 Z1_2", real=True)   # stand-ins for z^(1)


def loss(Y):
    return sum((y[j] - Y[j]) ** 2 / 2 for j in range(2))


L = loss(yh)


def dL_dyh(j):
    return diff(loss(Ysym), Ysym[j]).subs(dict(zip(Ysym, yh)))


def delta2(j):
    return diff(loss([sig(t) for t in Z2sym]), Z2sym[j]).subs(dict(zip(Z2sym, z2)))


def dz2_dz1(k, j):
    expr = sum(W2[m][k] * tanh(Z1sym[m]) for m in range(2)) + b2[k]
    return diff(expr, Z1sym[j]).subs(dict(zip(Z1sym, z1)))


def delta1(j):
    expr = loss([sig(sum(tanh(Z1sym[m]) * W2[m][n] for m in range(2)) + b2[n]) for n in range(2)])
    return diff(expr, Z1sym[j]).subs(dict(zip(Z1sym, z1)))


j, k = 0, 1  # output neuron 1, hidden neuron 2

# --- 5.4 output-layer error term
d2 = [delta2(0), delta2(1)]
e_a = dL_dyh(j) * dsig(z2[j])                     # dL/dyhat * dyhat/dz
e_b = dL_dyh(j) * diff(sig(Z2sym[j]), Z2sym[j]).subs(Z2sym[j], z2[j])

# --- 5.4 output-layer weight
gw = diff(L, W2[k][j])
w1_ = dL_dyh(j) * diff(yh[j], W2[k][j])
w4_ = dL_dyh(j) * dsig(z2[j]) * diff(z2[j], W2[k][j])
w5_ = dL_dyh(j) * dsig(z2[j]) * a1[k]
w6_ = d2[j] * a1[k]

# --- 5.4 output-layer bias
gb = diff(L, b2[j])
bb1 = dL_dyh(j) * diff(yh[j], b2[j])
bb4 = dL_dyh(j) * dsig(z2[j]) * diff(z2[j], b2[j])
bb5 = dL_dyh(j) * dsig(z2[j]) * 1

# --- hidden layer, hidden neuron jh = 1 (index 0)
jh = 0
d1 = delta1(jh)
h1 = sum(d2[kk] * dz2_dz1(kk, jh) for kk in range(2))
h3 = sum(W2[jh][kk] * dtanh(z1[jh]) * d2[kk] for kk in range(2))

kk2 = 1  # the output neuron k in "where z_k^(2) = ..."
zk_a = sum(W2[m][kk2] * a1[m] for m in range(2)) + b2[kk2]
zk_phi = sum(W2[m][kk2] * tanh(z1[m]) for m in range(2)) + b2[kk2]
dzz_true = dz2_dz1(kk2, jh)
dzz_sum = diff(sum(W2[m][kk2] * tanh(Z1sym[m]) for m in range(2)) + b2[kk2],
               Z1sym[jh]).subs(dict(zip(Z1sym, z1)))
dzz_res = W2[jh][kk2] * dtanh(z1[jh])

ki = 1  # input feature k = 2 for the hidden weight
gw1 = diff(L, W1[ki][jh])

# --- 8.1 squared loss, identity output: yhat_j = z_j
Yo = symbols("Yo1 Yo2", real=True)
L81 = sum((y[m] - Yo[m]) ** 2 / 2 for m in range(2))
d81 = diff(L81, Yo[0])        # delta_j^o = dL/dz_j = dL/dyhat_j (identity)

# --- 8.2 binary cross entropy, sigmoid output
yb = symbols("yb1 yb2", real=True)
P = symbols("p1 p2", real=True)   # yhat_j in (0, 1)
Zo = symbols("zo1 zo2", real=True)
A_loss = -sum(yb[m] * log(P[m]) for m in range(2))
B_loss = -sum(yb[m] * log(P[m]) + (1 - yb[m]) * log(1 - P[m]) for m in range(2))
dom82 = {yb[0]: (0, 1), yb[1]: (0, 1), P[0]: (0.05, 0.95), P[1]: (0.05, 0.95)}
B_of_z = B_loss.subs({P[0]: sig(Zo[0]), P[1]: sig(Zo[1])})
delta82 = diff(B_of_z, Zo[0])
onz = {P[0]: sig(Zo[0]), P[1]: sig(Zo[1])}
dB = diff(B_loss, P[0])
dA = diff(A_loss, P[0])
zt = Symbol("z", real=True)
wrong_bracket = (-yb[0] / P[0] - (1 - yb[0]) / (1 - P[0])) * P[0] * (1 - P[0])
frac_form = (-(yb[0] - P[0]) / (P[0] * (1 - P[0]))) * P[0] * (1 - P[0])

CLAIMS = [
    # 5.4 1) output error term (line 58 defines delta)
    Claim(59, "valid", d2[j], e_a),
    Claim(60, "valid", e_a, e_a),
    Claim(61, "valid", e_a, e_b),
    Claim(62, "valid", e_b, dL_dyh(j) * dsig(z2[j])),
    # output-layer weight chain
    Claim(73, "valid", gw, w1_),
    Claim(74, "valid", w1_, w1_),
    Claim(75, "valid", w1_, dL_dyh(j) * diff(sig(z2[j]), W2[k][j])),
    Claim(76, "valid", dL_dyh(j) * diff(sig(z2[j]), W2[k][j]), w4_),
    Claim(77, "valid", w4_, w5_),
    Claim(78, "valid", w5_, w6_),
    # output-layer bias chain
    Claim(87, "valid", gb, bb1),
    Claim(88, "valid", bb1, bb1),
    Claim(89, "valid", bb1, dL_dyh(j) * diff(sig(z2[j]), b2[j])),
    Claim(90, "valid", dL_dyh(j) * diff(sig(z2[j]), b2[j]), bb4),
    Claim(91, "valid", bb4, bb5),
    Claim(92, "valid", bb5, d2[j]),
    # where z_j^(2) = sum w a + b (definition) = sum w phi(z^(1)) + b
    Claim(97, "valid", sum(W2[m][j] * a1[m] for m in range(2)) + b2[j],
          sum(W2[m][j] * tanh(z1[m]) for m in range(2)) + b2[j], k=2),
    # hidden error term (line 107 defines delta^(1))
    Claim(108, "valid", d1, h1),
    Claim(109, "valid", h1, sum(dz2_dz1(m, jh) * d2[m] for m in range(2))),
    Claim(110, "valid", sum(dz2_dz1(m, jh) * d2[m] for m in range(2)), h3),
    Claim(117, "valid", zk_a, zk_phi, k=2),
    Claim(122, "valid", dzz_true, dzz_sum,
          note="the bound index j of the sum is reused for the fixed j; the value is unaffected"),
    Claim(124, "valid", dzz_sum, dzz_res),
    # hidden weight and bias
    Claim(131, "valid", gw1, d1 * x[ki]),
    Claim(131, "valid", d1 * x[ki], d1 * x[ki], k=2),
    Claim(135, "valid", diff(L, b1[jh]), d1),
    # 6. general layer (o = layer 2, l = 1 or 2)
    Claim(142, "valid", d2[1], dL_dyh(1) * dsig(z2[1])),
    Claim(146, "valid", d2[1], diff(loss(Ysym), Ysym[1]).subs(dict(zip(Ysym, yh))) * dsig(z2[1])),
    Claim(156, "valid", delta1(1), sum(W2[1][m] * dtanh(z1[1]) * d2[m] for m in range(2))),
    Claim(164, "valid", delta1(1), sum(d2[m] * W2[1][m] for m in range(2)) * dtanh(z1[1]),
          note="row-vector convention (X W): entry j of delta^{l+1} (w^{l+1})^T is sum_k delta_k w_{j,k}"),
    Claim(169, "valid", diff(L, b2[1]), d2[1]),
    Claim(171, "valid", diff(L, b2[0]), d2[0]),
    Claim(175, "ambiguous", diff(L, W2[0][1]), a1[1] * d2[0],
          alt=(diff(L, W2[1][0]), a1[1] * d2[0]),
          note="with the (from k, to j) indexing of 5.4, dL/dw_{jk} = a_j delta_k, not a_k delta_j; "
               "holds only if w_{jk} is read as the weight into j from k"),
    Claim(177, "valid", diff(L, W2[0][1]), a1[0] * d2[1]),
    # 8.1 squared loss with identity output (j = 1)
    Claim(203, "valid", d81, diff(L81, Yo[0]) * 1),
    Claim(204, "valid", diff(L81, Yo[0]) * 1, diff(L81, Yo[0]) * 1),
    Claim(205, "valid", diff(L81, Yo[0]) * 1, diff(L81, Yo[0])),
    Claim(206, "valid", diff(L81, Yo[0]), diff(L81, Yo[0])),
    Claim(207, "valid", diff(L81, Yo[0]), -(y[0] - Yo[0])),
    # 8.2 binary cross entropy with sigmoid
    Claim(215, "invalid", A_loss, B_loss, k=2, domain=dom82,
          note="-sum y log yhat is not the binary cross entropy: the -(1-y)log(1-yhat) terms are missing "
               "(indices i/j read as the same)"),
    Claim(221, "valid", diff(sig(zt), zt), sig(zt) * (1 - sig(zt))),
    Claim(227, "valid", delta82, dB.subs(onz) * dsig(Zo[0]), domain=dom82),
    Claim(228, "valid", dB.subs(onz) * dsig(Zo[0]), dB.subs(onz) * dsig(Zo[0]), domain=dom82),
    Claim(229, "valid", dB.subs(onz) * dsig(Zo[0]), dB.subs(onz) * sig(Zo[0]) * (1 - sig(Zo[0])),
          domain=dom82),
    Claim(230, "ambiguous", dA * P[0] * (1 - P[0]), dB * P[0] * (1 - P[0]), domain=dom82,
          alt=(dB * P[0] * (1 - P[0]), dB * P[0] * (1 - P[0])),
          note="L was defined as -sum y log yhat (first link of line 215); the step holds only if L is "
               "read as the full binary cross entropy"),
    Claim(231, "invalid", dB * P[0] * (1 - P[0]), wrong_bracket, domain=dom82,
          note="d/dyhat of -(1-y)log(1-yhat) is +(1-y)/(1-yhat), the sign is flipped"),
    Claim(231, "invalid", wrong_bracket, frac_form, k=2, domain=dom82,
          note="-y/yhat - (1-y)/(1-yhat) = -(y - 2y yhat + yhat)/(yhat(1-yhat)), not -(y-yhat)/(yhat(1-yhat))"),
    Claim(232, "valid", frac_form, -(yb[0] - P[0]), domain=dom82),
]
