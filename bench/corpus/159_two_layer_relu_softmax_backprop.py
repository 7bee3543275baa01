from sympy import Symbol, exp, log, diff, Max, Heaviside, Piecewise, Rational

from labels import Claim

SOURCE = ("https://github.com/elcapo/neural-network-from-scratch/blob/"
          "0d69f0d0d867aa2a76af7e3e249ab6a7d92689ba/docs/the-math.md")
TITLE = "Building a Neural Network from Scratch: The Math (ReLU hidden layer, softmax output)"
TOPIC = "backprop"

# Concrete sizes: K = 3 classes, m = 2 samples (columns), H = 2 hidden units, D = 2 inputs.
K, M, H, D = 3, 2, 2, 2
R = lambda name: Symbol(name, real=True)


def softmax_col(col):
    den = sum(exp(v) for v in col)
    return [exp(v) / den for v in col]


# ---- single sample (one column): logits z_i, labels y_i, softmax a_i
z = [R(f"z{i}") for i in range(1, K + 1)]
y = [R(f"y{i}") for i in range(1, K + 1)]
s = softmax_col(z)
L1 = -sum(y[k] * log(s[k]) for k in range(K))
delta = lambda i, j: 1 if i == j else 0
onehot1 = {y[2]: 1 - y[0] - y[1]}  # a one-hot y sums to 1

# free softmax outputs a_j (for dL/dA_o, dL/da_j)
a = [R(f"a{j}") for j in range(1, K + 1)]
A_free = [[R(f"a{k}{n}") for n in range(1, M + 1)] for k in range(1, K + 1)]

# ---- batch: Z_o (K x m), Y (K x m), L = -tr(Y^T log A_o) summed over samples
Zo = [[R(f"zo{k}{n}") for n in range(1, M + 1)] for k in range(1, K + 1)]
Y = [[R(f"Y{k}{n}") for n in range(1, M + 1)] for k in range(1, K + 1)]
Ao = [[None] * M for _ in range(K)]
for n in range(M):
    col = softmax_col([Zo[k][n] for k in range(K)])
    for k in range(K):
        Ao[k][n] = col[k]
LZ = -sum(Y[k][n] * log(Ao[k][n]) for k in range(K) for n in range(M))
onehotY = {Y[2][n]: 1 - Y[0][n] - Y[1][n] for n in range(M)}

# ---- output layer parameters: Z_o = W_o A_h + b_o, with A_h (H x m) as free symbols
Wo = [[R(f"wo{k}{h}") for h in range(1, H + 1)] for k in range(1, K + 1)]
bo = [R(f"bo{k}") for k in range(1, K + 1)]
Ah = [[R(f"ah{h}{n}") for n in range(1, M + 1)] for h in range(1, H + 1)]
zo_expr = {Zo[k][n]: sum(Wo[k][h] * Ah[h][n] for h in range(H)) + bo[k]
           for k in range(K) for n in range(M)}
LW = LZ.xreplace(zo_expr)
dLdZo = [[diff(LZ, Zo[k][n]).xreplace(zo_expr) for n in range(M)] for k in range(K)]

# ---- hidden layer: A_h = ReLU(Z_h), Z_h = W_h X + b_h
Zh = [[R(f"zh{h}{n}") for n in range(1, M + 1)] for h in range(1, H + 1)]
relu_sub = {Ah[h][n]: Max(Zh[h][n], 0) for h in range(H) for n in range(M)}
LZh = LW.xreplace(relu_sub)
dLdAh = [[diff(LW, Ah[h][n]).xreplace(relu_sub) for n in range(M)] for h in range(H)]
Wh = [[R(f"wh{h}{d}") for d in range(1, D + 1)] for h in range(1, H + 1)]
bh = [R(f"bh{h}") for h in range(1, H + 1)]
X = [[R(f"x{d}{n}") for n in range(1, M + 1)] for d in range(1, D + 1)]
zh_expr = {Zh[h][n]: sum(Wh[h][d] * X[d][n] for d in range(D)) + bh[h]
           for h in range(H) for n in range(M)}
LWh = LZh.xreplace(zh_expr)
dLdZh = [[diff(LZh, Zh[h][n]).xreplace(zh_expr) for n in range(M)] for h in range(H)]

# weights for checking a whole matrix identity at once
c = [[R(f"c{i}{j}") for j in range(1, K + 1)] for i in range(1, K + 1)]
zr = R("z")

CLAIMS = [
    # dL/dA_o = -Y ./ A_o  (entry (2,1)), L = -tr(Y^T log A_o)
    Claim(102, "valid",
          diff(-sum(Y[k][n] * log(A_free[k][n]) for k in range(K) for n in range(M)), A_free[1][0]),
          -Y[1][0] / A_free[1][0],
          domain={A_free[k][n]: (0.05, 1) for k in range(K) for n in range(M)}),
    # chain rule dL/dZ_o = dL/dA_o dA_o/dZ_o (entry (1,1))
    Claim(110, "valid", diff(LZ, Zo[0][0]),
          sum((-Y[j][0] / Ao[j][0]) * diff(Ao[j][0], Zo[0][0]) for j in range(K))),
    # single sample, sum over classes j (i = 2)
    Claim(116, "valid", diff(L1, z[1]),
          sum((-y[j] / s[j]) * diff(s[j], z[1]) for j in range(K))),
    # dL/da_j = -y_j / a_j (j = 2)
    Claim(122, "valid", diff(-sum(y[k] * log(a[k]) for k in range(K)), a[1]), -y[1] / a[1],
          domain={v: (0.05, 1) for v in a}),
    # softmax Jacobian, all entries at once
    Claim(128, "valid",
          sum(c[i][j] * diff(s[j], z[i]) for i in range(K) for j in range(K)),
          sum(c[i][j] * s[j] * (delta(i, j) - s[i]) for i in range(K) for j in range(K))),
    # substitution (i = 1)
    Claim(134, "valid", diff(L1, z[0]),
          sum((-y[j] / s[j]) * (s[j] * (delta(0, j) - s[0])) for j in range(K))),
    # cancel a_j and split the sum
    Claim(140, "valid",
          sum((-y[j] / s[j]) * (s[j] * (delta(0, j) - s[0])) for j in range(K)),
          -(sum(y[j] * delta(0, j) for j in range(K)) - sum(y[j] * s[0] for j in range(K)))),
    # one-hot y (sum y = 1): dL/dz_i = -[y_i - a_i]
    Claim(151, "valid", diff(L1, z[0]).xreplace(onehot1), -(y[0] - s[0]).xreplace(onehot1)),
    Claim(151, "valid", -(y[0] - s[0]), s[0] - y[0], k=2),
    # matrix form dL/dZ_o = A_o - Y (entry (2,2)), one-hot columns
    Claim(157, "valid", diff(LZ, Zo[1][1]).xreplace(onehotY), (Ao[1][1] - Y[1][1]).xreplace(onehotY)),
    # dL/dW_o = dL/dZ_o A_h^T (entry (1,2))
    Claim(171, "valid", diff(LW, Wo[0][1]), sum(dLdZo[0][n] * Ah[1][n] for n in range(M))),
    # dL/db_o = dL/dZ_o : b_o is (10,1), dL/dZ_o is (10,m); the true gradient sums the m columns
    Claim(175, "invalid", diff(LW, bo[1]), dLdZo[1][0],
          note="b_o is broadcast over the m columns: dL/db_o = sum over columns of dL/dZ_o, "
               "not dL/dZ_o itself (shapes (10,1) vs (10,m)); equal only for m = 1"),
    # chain rule for W_o
    Claim(181, "valid", diff(LW, Wo[0][1]),
          sum(dLdZo[k][n] * diff(zo_expr[Zo[k][n]], Wo[0][1]) for k in range(K) for n in range(M))),
    # chain rule for b_o (the contraction sums over samples)
    Claim(185, "valid", diff(LW, bo[1]),
          sum(dLdZo[k][n] * diff(zo_expr[Zo[k][n]], bo[1]) for k in range(K) for n in range(M))),
    # dL/dA_h = W_o^T dL/dZ_o (entry (1,2))
    Claim(198, "valid", diff(LW, Ah[0][1]), sum(Wo[k][0] * dLdZo[k][1] for k in range(K))),
    # chain rule for A_h
    Claim(204, "valid", diff(LW, Ah[0][1]),
          sum(dLdZo[k][n] * diff(zo_expr[Zo[k][n]], Ah[0][1]) for k in range(K) for n in range(M))),
    # dL/dZ_h = dL/dA_h (.) ReLU'(Z_h) (entry (1,2))
    Claim(210, "valid", diff(LZh, Zh[0][1]), dLdAh[0][1] * diff(Max(Zh[0][1], 0), Zh[0][1])),
    # ReLU'(z) = 0 for z <= 0, 1 for z > 0  (right side opens after a blank line; labelled at the `=`)
    Claim(216, "valid", diff(Max(zr, 0), zr), Piecewise((0, zr <= 0), (1, True))),
    # dL/dW_h with a 1/m factor although L is the summed loss (J = L/m carries the 1/m)
    Claim(233, "invalid", diff(LWh, Wh[0][1]),
          Rational(1, M) * sum(dLdZh[0][n] * X[1][n] for n in range(M)),
          note="L is the summed loss (J = L/m); dL/dW_h = dL/dZ_h X^T without 1/m, "
               "as in the output-layer formulas"),
    Claim(237, "invalid", diff(LWh, bh[0]),
          Rational(1, M) * sum(dLdZh[0][n] for n in range(M)),
          note="dL/db_h = sum over samples of dL/dZ_h, without the 1/m (that belongs to dJ/db_h)"),
]
