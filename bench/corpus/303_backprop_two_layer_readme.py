"""Labels for 303_backprop_two_layer_readme.md.

Concrete model used for the checks (the document leaves the activation and the cost open):
input a_0 = x in R^2, hidden s_1 = W_1 a_0 + b_1 in R^2 with g_1 = tanh, output
s_2 = W_2 a_1 + b_2 in R^2 with g_2 = sigma, cost C = MSE over the n = 2 outputs (the chain-rule
lines of the backward pass hold for any cost, so this choice does not affect their labels).
Derivatives are taken in numerator (Jacobian) layout, the one the document itself uses in
delta_2 = delta_1 W_2 (da_1/ds_1) and dC/dW_2 = delta_1^T a_1^T; delta_1 and delta_2 are the row
vectors dC/ds_2 and dC/ds_1. A matrix or vector claim is checked on all its entries at once
through a random linear combination sum_ij c_ij (entry_ij).
"""

from sympy import Matrix, Max, Piecewise, Rational, Symbol, diff, exp, log, tanh

from labels import Claim

SOURCE = ("https://github.com/ozyurtf/neural-network-from-scratch/blob/"
          "d6ea59aed9734b37f90b304316a954ef349692fa/README.md")
TITLE = "Neural Network (forward pass, gradients, back propagation) — neural-network-from-scratch README"
TOPIC = "backprop"


def sig(t):
    return 1 / (1 + exp(-t))


N = 2  # units in every layer (input, hidden, output)
s = Symbol("s", real=True)  # a generic pre-activation s_i
xin = Symbol("x_in", real=True)  # the network input x (a component of it), as in a_0 = x

x = Matrix([Symbol(f"x{j}", real=True) for j in range(1, N + 1)])
W1 = Matrix(N, N, lambda i, j: Symbol(f"w1_{i + 1}{j + 1}", real=True))
b1 = Matrix([Symbol(f"b1_{i}", real=True) for i in range(1, N + 1)])
W2 = Matrix(N, N, lambda i, j: Symbol(f"w2_{i + 1}{j + 1}", real=True))
b2 = Matrix([Symbol(f"b2_{i}", real=True) for i in range(1, N + 1)])
y = Matrix([Symbol(f"y{i}", real=True) for i in range(1, N + 1)])

# free symbols standing for intermediate quantities, to differentiate with respect to them
A0 = Matrix([Symbol(f"A0_{j}", real=True) for j in range(1, N + 1)])
A1 = Matrix([Symbol(f"A1_{j}", real=True) for j in range(1, N + 1)])
T = Matrix([Symbol(f"T{j}", real=True) for j in range(1, N + 1)])  # s_1 as free symbols
S = Matrix([Symbol(f"S{j}", real=True) for j in range(1, N + 1)])  # s_2 as free symbols
H = Matrix([Symbol(f"h{j}", real=True) for j in range(1, N + 1)])  # y-hat as free symbols
ys, hs = Symbol("y", real=True), Symbol("yhat", real=True)  # one sample, one output

# random weights for checking every entry of a matrix / vector identity at once
c = Matrix(N, N, lambda i, j: Symbol(f"c{i + 1}{j + 1}", real=True))
cv = Matrix([Symbol(f"cv{i}", real=True) for i in range(1, N + 1)])


def comb(f):
    """sum_ij c_ij f(i, j)"""
    return sum(c[i, j] * f(i, j) for i in range(N) for j in range(N))


def combv(f):
    """sum_i cv_i f(i)"""
    return sum(cv[i] * f(i) for i in range(N))


def mse(h):
    return sum((y[i] - h[i]) ** 2 for i in range(N)) / N


# forward pass in the base symbols
a0 = x
s1 = W1 * a0 + b1
a1 = s1.applyfunc(tanh)
s2 = W2 * a1 + b2
a2 = s2.applyfunc(sig)
C = mse(a2)

# the same network with s_2, s_1 free, to get delta_1 = dC/ds_2 and delta_2 = dC/ds_1
C_of_S = mse(S.applyfunc(sig))
d1 = [diff(C_of_S, S[i]).xreplace({S[k]: s2[k] for k in range(N)}) for i in range(N)]
C_of_T = mse((W2 * T.applyfunc(tanh) + b2).applyfunc(sig))
d2_T = [diff(C_of_T, T[j]) for j in range(N)]  # as functions of T
d2 = [e.xreplace({T[k]: s1[k] for k in range(N)}) for e in d2_T]
s2_of_T = W2 * T.applyfunc(tanh) + b2
d1_T = [diff(C_of_S, S[i]).xreplace({S[k]: s2_of_T[k] for k in range(N)}) for i in range(N)]

# s_2 as a function of a free a_1, s_1 as a function of a free a_0
s2_of_A1 = W2 * A1 + b2
s1_of_A0 = W1 * A0 + b1

bce = -Rational(1, N) * sum(y[i] * log(H[i]) + (1 - y[i]) * log(1 - H[i]) for i in range(N))
bce1 = -(ys * log(hs) + (1 - ys) * log(1 - hs))
prob = {**{y[i]: (0.05, 0.95) for i in range(N)}, **{H[i]: (0.05, 0.95) for i in range(N)},
        ys: (0.05, 0.95), hs: (0.05, 0.95)}

CLAIMS = [
    # activations (first '=' of each line picks g_i, the second is the claim)
    Claim(19, "valid", tanh(s), (exp(s) - exp(-s)) / (exp(s) + exp(-s))),
    Claim(21, "valid", sig(s), 1 / (1 + exp(-s))),
    Claim(23, "valid", Max(0, s), Max(0, s)),
    Claim(25, "valid", s, s),
    # local derivatives
    Claim(32, "valid", diff(tanh(s), s), diff(tanh(s), s)),
    Claim(32, "valid", diff(tanh(s), s), 1 - tanh(s) ** 2, k=2),
    Claim(34, "ambiguous", diff(sig(xin), s), diff(sig(s), s),
          alt=(diff(sig(s), s), diff(sig(s), s)),
          note="g_i(x) differentiated in s_i: with x the network input (a_0 = x) it is 0; "
               "holds only reading x as the dummy argument s_i"),
    Claim(34, "valid", diff(sig(s), s), sig(s) * (1 - sig(s)), k=2),
    Claim(36, "ambiguous", diff(Max(0, xin), s), diff(Max(0, s), s),
          alt=(diff(Max(0, s), s), diff(Max(0, s), s)),
          note="g_i(x) differentiated in s_i: with x the network input it is 0; "
               "holds only reading x as the dummy argument s_i"),
    Claim(36, "valid", diff(Max(0, s), s), Piecewise((1, s > 0), (0, True)), k=2),
    Claim(38, "ambiguous", diff(xin, s), diff(s, s),
          alt=(diff(s, s), diff(s, s)),
          note="g_i(x) differentiated in s_i: with x the network input it is 0; "
               "holds only reading x as the dummy argument s_i"),
    Claim(38, "valid", diff(s, s), 1, k=2),
    Claim(40, "valid", comb(lambda i, j: diff(H[i], H[j])), comb(lambda i, j: 1 if i == j else 0)),
    Claim(42, "valid", diff(sig(s), s), diff(sig(s), s)),
    Claim(44, "valid", comb(lambda i, j: diff(s2[i], W2[i, j])), comb(lambda i, j: a1[j])),
    Claim(44, "valid", comb(lambda i, j: a1[j]), comb(lambda i, j: tanh(s1[j])), k=2),
    Claim(46, "valid", comb(lambda i, j: diff(s2[i], b2[j])), comb(lambda i, j: 1 if i == j else 0)),
    Claim(48, "ambiguous", comb(lambda i, j: diff(s2_of_A1[i], A1[j])), comb(lambda i, j: W2[j, i]),
          alt=(comb(lambda i, j: diff(s2_of_A1[j], A1[i])), comb(lambda i, j: W2[j, i])),
          note="the Jacobian ds_2/da_1 is W_2 in the numerator layout the document uses "
               "(delta_2 = delta_1 W_2 ...); W_2^T only in denominator layout"),
    Claim(50, "valid", diff(tanh(s), s), diff(tanh(s), s)),
    Claim(52, "valid", comb(lambda i, j: diff(s1[i], W1[i, j])), comb(lambda i, j: a0[j])),
    Claim(52, "valid", comb(lambda i, j: a0[j]), comb(lambda i, j: x[j]), k=2),
    Claim(54, "ambiguous", comb(lambda i, j: diff(s1_of_A0[i], A0[j])), comb(lambda i, j: W1[j, i]),
          alt=(comb(lambda i, j: diff(s1_of_A0[j], A0[i])), comb(lambda i, j: W1[j, i])),
          note="the Jacobian ds_1/da_0 is W_1 in the numerator layout the document uses; "
               "W_1^T only in denominator layout"),
    Claim(56, "valid", comb(lambda i, j: diff(s1[i], b1[j])), comb(lambda i, j: 1 if i == j else 0)),
    # derivatives of the losses
    Claim(76, "valid", combv(lambda i: diff(bce, H[i])), combv(lambda i: diff(bce, H[i])),
          domain=prob),
    Claim(76, "ambiguous", diff(bce, H[0]), -(y[0] / H[0] - (1 - y[0]) / (1 - H[0])), k=2,
          alt=(diff(bce1, hs), -(ys / hs - (1 - ys) / (1 - hs))), domain=prob,
          note="BCE is defined with a 1/n mean: the derivative per output carries 1/n; "
               "holds only for n = 1 (one output, as the unindexed y, y-hat suggest)"),
    Claim(78, "valid", combv(lambda i: diff(mse(H), H[i])), combv(lambda i: diff(mse(H), H[i]))),
    Claim(78, "invalid", combv(lambda i: diff(mse(H), H[i])),
          combv(lambda i: -Rational(2, N) * sum(y[k] - H[k] for k in range(N))), k=2,
          note="dMSE/dy-hat_j = -(2/n)(y_j - y-hat_j); the sum over all i is wrong"),
    # backward pass
    Claim(83, "valid", combv(lambda j: d2_T[j]),
          combv(lambda j: sum(d1_T[i] * W2[i, j] for i in range(N)) * diff(tanh(T[j]), T[j]))),
    Claim(85, "valid", comb(lambda i, j: diff(C, W2[i, j])),
          comb(lambda i, j: d1[i] * diff(s2[i], W2[i, j]))),
    Claim(85, "valid", comb(lambda i, j: d1[i] * diff(s2[i], W2[i, j])),
          comb(lambda i, j: d1[i] * a1[j]), k=2),
    Claim(87, "valid", comb(lambda i, j: diff(C, W2[i, j])), comb(lambda i, j: d1[i] * tanh(s1[j]))),
    Claim(89, "valid", combv(lambda i: diff(C, b2[i])),
          combv(lambda i: sum(d1[k] * diff(s2[k], b2[i]) for k in range(N)))),
    Claim(89, "valid", combv(lambda i: sum(d1[k] * diff(s2[k], b2[i]) for k in range(N))),
          combv(lambda i: d1[i]), k=2),
    Claim(91, "valid", comb(lambda i, j: diff(C, W1[i, j])),
          comb(lambda i, j: d2[i] * diff(s1[i], W1[i, j]))),
    Claim(91, "valid", comb(lambda i, j: d2[i] * diff(s1[i], W1[i, j])),
          comb(lambda i, j: d2[i] * a0[j]), k=2),
    Claim(93, "invalid", combv(lambda i: diff(C, b2[i])),
          combv(lambda i: sum(d2[k] * diff(s1[k], b1[i]) for k in range(N))),
          note="delta_2 ds_1/db_1 is dC/db_1; dC/db_2 is delta_1^T (left side should read b_1)"),
    Claim(93, "valid", combv(lambda i: sum(d2[k] * diff(s1[k], b1[i]) for k in range(N))),
          combv(lambda i: d2[i]), k=2),
]
