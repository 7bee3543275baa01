"""Labels for 123_jeong_backprop_single_input.md.

Concrete instance used for every claim (the document keeps E and phi generic):
two layers, l = 1 (hidden) and L = l + 1 = 2 (output), m_0 = m_1 = m_2 = 2, h^0 = x,
phi = logistic sigmoid, and an arbitrary smooth loss that couples the outputs,
E(h) = ((h_1 - t_1)^2 + (h_2 - t_2)^2)/2 + h_1 h_2.
Index claims are checked at i = 1, j = 2 (and d = 1 where a single d is needed); the sum over
the downstream set D_j is the sum over both nodes of layer l + 1 (fully connected).
Matrix / row-vector claims are compared through a weighted sum of entries with weights
1, sqrt(2), sqrt(3), sqrt(5), so equal scalars mean equal arrays (generically).
Not counted as claims: the definitions of u^l, h^l (lines 12-13) and delta (line 60); the
notational identifications h^0 = x, h^L = y (lines 20, 25); the first "=" of line 75 and of
line 114 (delta restated by its definition); phi'(u^L) = d phi(u^L)/du^L (line 114, notation);
the update rule on line 32.
"""
from sympy import Matrix, Symbol, diff, exp, sqrt

from labels import Claim

SOURCE = ("https://github.com/jihwan-jeong/jihwan-jeong.github.io/blob/"
          "23cf09d42dea5b1117af636e96230dc3324e3ee1/_posts/2020-01-02-backpropagation.md")
TITLE = "Build a Neural Network from Scratch Using Numpy: single-input backprop (Jihwan Jeong)"
TOPIC = "backprop"


def sig(z):
    return 1 / (1 + exp(-z))


def R(name):
    return Symbol(name, real=True)


x = [R("x1"), R("x2")]
t = [R("t1"), R("t2")]
W1 = Matrix(2, 2, lambda i, j: R(f"W1_{i + 1}{j + 1}"))
W2 = Matrix(2, 2, lambda i, j: R(f"W2_{i + 1}{j + 1}"))
b1 = [R("b1_1"), R("b1_2")]
b2 = [R("b2_1"), R("b2_2")]


def loss(h):
    return ((h[0] - t[0])**2 + (h[1] - t[1])**2) / 2 + h[0] * h[1]


# forward pass
u1 = [sum(x[k] * W1[k, j] for k in range(2)) + b1[j] for j in range(2)]   # u^l
h1 = [sig(u) for u in u1]                                                   # h^l = h^{L-1}
u2 = [sum(h1[k] * W2[k, j] for k in range(2)) + b2[j] for j in range(2)]  # u^{l+1} = u^L
h2 = [sig(u) for u in u2]                                                   # h^L
E = loss(h2)

# placeholder variables for partial derivatives with respect to intermediate quantities
H = [R("H1"), R("H2")]   # stands for h^L
U = [R("U1"), R("U2")]   # stands for u^L
V = [R("V1"), R("V2")]   # stands for u^l
G = [R("G1"), R("G2")]   # stands for h^l


def at(expr, names, values):
    return expr.subs(dict(zip(names, values)))


dE_dh2 = [at(diff(loss(H), H[j]), H, h2) for j in range(2)]                    # dE/dh^L_j
dh2_du2 = [at(diff(sig(U[j]), U[j]), U, u2) for j in range(2)]                 # dh^L_j/du^L_j
delta2 = [at(diff(loss([sig(U[0]), sig(U[1])]), U[j]), U, u2) for j in range(2)]  # dE/du^L_j
u2_of_V = [sum(sig(V[k]) * W2[k, d] for k in range(2)) + b2[d] for d in range(2)]
delta1 = [at(diff(loss([sig(u2_of_V[0]), sig(u2_of_V[1])]), V[j]), V, u1) for j in range(2)]
du2_du1 = [[at(diff(u2_of_V[d], V[j]), V, u1) for j in range(2)] for d in range(2)]
u2_of_G = [sum(G[k] * W2[k, d] for k in range(2)) + b2[d] for d in range(2)]
du2_dh1 = [[diff(u2_of_G[d], G[j]) for j in range(2)] for d in range(2)]     # = W2[j, d]
dh1_du1 = [at(diff(sig(V[j]), V[j]), V, u1) for j in range(2)]                 # phi'(u^l_j)

i, j, d = 0, 1, 0   # i = 1, j = 2, d = 1

S2, S3, S5 = sqrt(2), sqrt(3), sqrt(5)


def flat(M):
    return M[0, 0] + S2 * M[0, 1] + S3 * M[1, 0] + S5 * M[1, 1]


def flatrow(v):
    return v[0] + S2 * v[1]


dE_dW2 = Matrix(2, 2, lambda a, c: diff(E, W2[a, c]))
dE_dW1 = Matrix(2, 2, lambda a, c: diff(E, W1[a, c]))
dE_db2 = [diff(E, b2[c]) for c in range(2)]
dE_db1 = [diff(E, b1[c]) for c in range(2)]
outer_L = Matrix(2, 2, lambda a, c: h1[a] * dE_dh2[c] * dh2_du2[c])   # entries of line 101
h1col = Matrix(2, 1, h1)
xcol = Matrix(2, 1, x)
gL = Matrix(1, 2, [dE_dh2[c] * dh2_du2[c] for c in range(2)])        # dE/dh^L (.) phi'(u^L)
d2row = Matrix(1, 2, delta2)
back_T = d2row * W2.T                                                   # delta^{l+1} (W^{l+1})^T
back_noT = d2row * W2                                                   # delta^{l+1} W^{l+1}
hid_T = Matrix(1, 2, [back_T[c] * dh1_du1[c] for c in range(2)])
hid_noT = Matrix(1, 2, [back_noT[c] * dh1_du1[c] for c in range(2)])

sum_bracket = sum(delta2[dd] * W2[j, dd] for dd in range(2))            # sum_d delta_d W_jd

CLAIMS = [
    # output nodes, component form
    Claim(44, "valid", diff(E, W2[i, j]), delta2[j] * diff(u2[j], W2[i, j]),
          note="W^L_ij enters E only through u^L_j: chain rule"),
    Claim(44, "valid", delta2[j], dE_dh2[j] * dh2_du2[j], k=2,
          note="element-wise phi: h^L_j depends on u^L_j alone"),
    Claim(45, "valid", diff(E, W2[i, j]), dE_dh2[j] * dh2_du2[j] * diff(u2[j], W2[i, j]),
          note="combining the two chain-rule factors"),
    Claim(46, "valid", diff(E, b2[j]), dE_dh2[j] * dh2_du2[j] * diff(u2[j], b2[j]),
          note="same chain for the bias"),
    Claim(54, "valid", diff(u2[j], W2[i, j]), diff(u2[j], W2[i, j]),
          note="u^L_j written out as the sum over k"),
    Claim(54, "valid", diff(u2[j], W2[i, j]), h1[i], k=2,
          note="only the k = i term contains W^L_ij"),
    Claim(55, "valid", diff(u2[j], b2[j]), diff(u2[j], b2[j]),
          note="u^L_j written out as the sum over k"),
    Claim(55, "valid", diff(u2[j], b2[j]), 1, k=2, note="b^L_j enters with coefficient 1"),
    Claim(58, "valid", diff(E, W2[i, j]), dE_dh2[j] * dh2_du2[j] * h1[i],
          note="substituting du/dW = h_i^{L-1}"),
    Claim(58, "valid", dE_dh2[j] * dh2_du2[j] * h1[i], delta2[j] * h1[i], k=2,
          note="delta^L_j = dE/du^L_j = dE/dh dh/du"),
    Claim(58, "valid", diff(E, b2[j]), dE_dh2[j] * dh2_du2[j], k=3,
          note="substituting du/db = 1"),
    Claim(58, "valid", dE_dh2[j] * dh2_du2[j], delta2[j], k=4,
          note="definition of delta^L_j"),
    # hidden units
    Claim(70, "valid", diff(E, W1[i, j]), delta1[j] * diff(u1[j], W1[i, j]),
          note="W^l_ij reaches E only through u^l_j"),
    Claim(75, "valid", delta1[j], sum(delta2[dd] * du2_du1[dd][j] for dd in range(2)),
          note="multivariable chain rule over the downstream nodes (first '=' restates the definition of delta)"),
    Claim(75, "valid", sum(delta2[dd] * du2_du1[dd][j] for dd in range(2)),
          sum(delta2[dd] * du2_du1[dd][j] for dd in range(2)), k=2,
          note="dE/du^{l+1}_d is delta^{l+1}_d"),
    Claim(76, "valid", sum(delta2[dd] * du2_du1[dd][j] for dd in range(2)),
          sum(delta2[dd] * du2_dh1[dd][j] * dh1_du1[j] for dd in range(2)),
          note="u^{l+1}_d depends on u^l_j through h^l_j"),
    Claim(76, "valid", sum(delta2[dd] * du2_dh1[dd][j] * dh1_du1[j] for dd in range(2)),
          sum(delta2[dd] * W2[j, dd] * dh1_du1[j] for dd in range(2)), k=2,
          note="du^{l+1}_d/dh^l_j = W^{l+1}_jd"),
    Claim(79, "valid", du2_dh1[d][j], diff(u2_of_G[d], G[j]),
          note="u^{l+1}_d written out as the sum over k"),
    Claim(79, "valid", diff(u2_of_G[d], G[j]), W2[j, d], k=2,
          note="only the k = j term contains h^l_j"),
    Claim(84, "valid", diff(E, W1[i, j]), delta1[j] * diff(u1[j], W1[i, j]),
          note="chain rule through u^l_j"),
    Claim(84, "valid", delta1[j] * diff(u1[j], W1[i, j]),
          sum_bracket * dh1_du1[j] * diff(u1[j], W1[i, j]), k=2,
          note="delta recursion from the previous display"),
    Claim(84, "valid", sum_bracket * dh1_du1[j] * diff(u1[j], W1[i, j]),
          sum_bracket * dh1_du1[j] * x[i], k=3,
          note="du^l_j/dW^l_ij = h^{l-1}_i (here h^0 = x)"),
    Claim(85, "valid", diff(E, b1[j]), delta1[j] * diff(u1[j], b1[j]),
          note="chain rule through u^l_j"),
    Claim(85, "valid", delta1[j] * diff(u1[j], b1[j]),
          sum_bracket * dh1_du1[j] * diff(u1[j], b1[j]), k=2,
          note="delta recursion"),
    Claim(85, "valid", sum_bracket * dh1_du1[j] * diff(u1[j], b1[j]),
          sum_bracket * dh1_du1[j], k=3, note="du/db = 1"),
    Claim(88, "valid", diff(u1[j], W1[i, j]), x[i], note="u^l_j is linear in W^l_ij with coefficient h^{l-1}_i"),
    Claim(88, "valid", diff(u1[j], b1[j]), 1, k=2, note="bias enters with coefficient 1"),
    # vectorized, output nodes
    Claim(99, "valid", flat(dE_dW2), flat(dE_dW2),
          note="gradient matrix laid out entrywise, same shape as W^L"),
    Claim(101, "valid", flat(dE_dW2), flat(outer_L),
          note="entry (i,j) is h^{L-1}_i dE/dh^L_j dh^L_j/du^L_j"),
    Claim(110, "valid", flat(outer_L), flat(h1col * gL),
          note="outer product of the column (h^{L-1})^T with the row dE/dh^L (.) phi'(u^L)"),
    Claim(110, "valid", flat(h1col * gL), flat(h1col * d2row), k=2,
          note="dE/dh^L (.) phi'(u^L) = delta^L"),
    Claim(111, "valid", flatrow(dE_db2), flatrow(gL),
          note="du^L/db^L is the identity"),
    Claim(111, "valid", flatrow(gL), flatrow(delta2), k=2, note="delta^L = dE/du^L"),
    Claim(114, "valid", flatrow(delta2), flatrow(gL),
          note="element-wise chain rule (first '=' restates the definition of delta^L)"),
    # vectorized, hidden nodes
    Claim(120, "valid", flat(dE_dW1), flat(xcol * hid_T),
          note="(h^{l-1})^T [delta^{l+1} (W^{l+1})^T (.) phi'(u^l)], entrywise the summed formula"),
    Claim(121, "valid", flatrow(dE_db1), flatrow(hid_T),
          note="bias gradient equals delta^l = delta^{l+1}(W^{l+1})^T (.) phi'(u^l)"),
    Claim(127, "invalid", flatrow(delta1), flatrow(hid_noT),
          note="transpose missing: delta^l_j = sum_d delta^{l+1}_d W^{l+1}_{jd} phi'(u^l_j) is "
               "delta^{l+1}(W^{l+1})^T, as in the hidden-node lines; delta^{l+1}W^{l+1} gives "
               "sum_d delta_d W_{dj} (and is not even conformable unless m_l = m_{l+1})"),
]
