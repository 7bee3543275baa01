from sympy import Symbol, exp, diff, Rational, Integer
from labels import Claim

SOURCE = ("https://github.com/solsteve/Europa-trncmp/blob/68caed8db6a0fd25ec1659bbc486f1daf7454108/"
          "papers/bpnn/DerivationBackprop.tex")
TITLE = "Backpropagation through a three-layer network, output and last hidden layer (Stephen W. Soliday)"
TOPIC = "backprop"

# Concrete network with L = 2: inputs x_1, x_2 (layer 0 = L-2), hidden layer 1 (= L-1) with 2 units,
# output layer 2 (= L) with 2 units; sigma is the logistic function (the derivation holds for any
# differentiable sigma). Output-layer claims use m = 1, k = 1; hidden-layer claims use k = 1, j = 2,
# and the per-output links (free m) use m = 2.
R = lambda n: Symbol(n, real=True)
x = {1: R("x1"), 2: R("x2")}
y = {1: R("y1"), 2: R("y2")}
W1 = {(k, j): R(f"W1_{k}{j}") for k in (1, 2) for j in (1, 2)}
b1 = {k: R(f"b1_{k}") for k in (1, 2)}
W2 = {(m, k): R(f"W2_{m}{k}") for m in (1, 2) for k in (1, 2)}
b2 = {m: R(f"b2_{m}") for m in (1, 2)}

sig = lambda t: 1 / (1 + exp(-t))
dsig = lambda t: sig(t) * (1 - sig(t))

z1 = {k: b1[k] + sum(W1[k, j] * x[j] for j in (1, 2)) for k in (1, 2)}
a1 = {k: sig(z1[k]) for k in (1, 2)}
z2 = {m: b2[m] + sum(W2[m, k] * a1[k] for k in (1, 2)) for m in (1, 2)}
a2 = {m: sig(z2[m]) for m in (1, 2)}
C = Rational(1, 2) * sum((a2[m] - y[m])**2 for m in (1, 2))
sq = sum((a2[i] - y[i])**2 for i in (1, 2))

wo, bo = W2[1, 1], b2[1]          # output weight W^{(L)}_{1,1}, bias b^{(L)}_1
wh, bh = W1[1, 2], b1[1]          # hidden weight W^{(L-1)}_{1,2}, bias b^{(L-1)}_1
back = sum((a2[m] - y[m]) * dsig(z2[m]) * W2[m, 1] for m in (1, 2))

CLAIMS = [
    # output layer
    Claim(88, "valid", diff(C, wo), Rational(1, 2) * diff(sq, wo), note="definition of C, constant 1/2 out"),
    Claim(89, "valid", Rational(1, 2) * diff(sq, wo), (a2[1] - y[1]) * diff(a2[1], wo),
          note="only the i = m term depends on W^L_{m,k}; d(u^2)/2 = u du"),
    Claim(100, "valid", diff(a2[1], wo), diff(sig(z2[1]), wo), note="a^L_m = sigma(z^L_m)"),
    Claim(101, "valid", diff(sig(z2[1]), wo), dsig(z2[1]) * diff(z2[1], wo), note="chain rule"),
    Claim(112, "valid", diff(z2[1], wo), diff(b2[1] + sum(W2[1, i] * a1[i] for i in (1, 2)), wo),
          note="z^L_m written out"),
    Claim(113, "valid", diff(b2[1] + sum(W2[1, i] * a1[i] for i in (1, 2)), wo), a1[1],
          note="only the i = k term contains W^L_{m,k}; a^{L-1} does not depend on it"),
    Claim(123, "valid", diff(C, wo), (a2[1] - y[1]) * dsig(z2[1]) * a1[1],
          note="product of the three links"),
    Claim(133, "valid", diff(C, bo), (a2[1] - y[1]) * dsig(z2[1]) * diff(z2[1], bo),
          note="chain rule dC/da * da/dz * dz/db with dC/da^L_m = a^L_m - y_m"),
    Claim(143, "valid", diff(z2[1], bo), diff(b2[1] + sum(W2[1, i] * a1[i] for i in (1, 2)), bo),
          note="z^L_m written out"),
    Claim(144, "valid", diff(b2[1] + sum(W2[1, i] * a1[i] for i in (1, 2)), bo), Integer(1),
          note="derivative of the bias term"),
    Claim(153, "valid", diff(C, bo), (a2[1] - y[1]) * dsig(z2[1]), note="last factor is 1"),
    Claim(165, "valid", diff(C, wo), (a2[1] - y[1]) * dsig(z2[1]) * a1[1], note="restates eq. dWL"),
    Claim(167, "valid", diff(C, bo), (a2[1] - y[1]) * dsig(z2[1]), note="restates eq. dbL"),
    # last hidden layer
    Claim(193, "valid", diff(C, wh), Rational(1, 2) * diff(sq, wh), note="definition of C"),
    Claim(194, "valid", Rational(1, 2) * diff(sq, wh),
          sum((a2[m] - y[m]) * diff(a2[m], wh) for m in (1, 2)),
          note="every output depends on a hidden weight, so the sum over m stays"),
    Claim(204, "valid", diff(a2[2], wh), diff(sig(z2[2]), wh), note="a^L_m = sigma(z^L_m), m = 2"),
    Claim(205, "valid", diff(sig(z2[2]), wh), dsig(z2[2]) * diff(z2[2], wh), note="chain rule"),
    Claim(214, "valid", diff(z2[2], wh), diff(b2[2] + sum(W2[2, i] * a1[i] for i in (1, 2)), wh),
          note="z^L_m written out"),
    Claim(216, "valid", diff(b2[2] + sum(W2[2, i] * a1[i] for i in (1, 2)), wh), W2[2, 1] * diff(a1[1], wh),
          note="only a^{L-1}_k depends on W^{L-1}_{k,j}"),
    Claim(226, "valid", diff(a1[1], wh), diff(sig(z1[1]), wh), note="a^{L-1}_k = sigma(z^{L-1}_k)"),
    Claim(227, "valid", diff(sig(z1[1]), wh), dsig(z1[1]) * diff(z1[1], wh), note="chain rule"),
    Claim(237, "valid", diff(z1[1], wh), diff(b1[1] + sum(W1[1, i] * x[i] for i in (1, 2)), wh),
          note="z^{L-1}_k written out, a^{L-2} = x here"),
    Claim(239, "valid", diff(b1[1] + sum(W1[1, i] * x[i] for i in (1, 2)), wh), x[2],
          note="only the i = j term contains W^{L-1}_{k,j}"),
    Claim(250, "valid", diff(C, wh), back * dsig(z1[1]) * x[2],
          note="combine the links: sum_m (a_m - y_m) sigma'(z_m) W^L_{m,k} times sigma'(z^{L-1}_k) a^{L-2}_j"),
    Claim(254, "valid", diff(C, bh), back * dsig(z1[1]),
          note="same chain with dz^{L-1}_k/db^{L-1}_k = 1"),
]
