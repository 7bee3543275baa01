from sympy import Rational, Symbol, diff, exp

from labels import Claim

SOURCE = ("https://github.com/tjmachinelearning/tjmachinelearning/blob/"
          "9aa3f0549b554fcd337bc579951333266c696d45/lectures/1718/nn3/main.tex")
TITLE = "Neural Networks: Mathematics of Backpropagation (3-4-2 sigmoid network, index and matrix form)"
TOPIC = "backprop"

# The network exactly as in the lecture: inputs n1..n3, hidden n4..n7, outputs n8, n9,
# weights w_{ij} from node i to node j, biases b4..b9, sigmoid everywhere, E = 1/2 ||x2 - y||^2.
# Every quantity is an explicit function of the weights, so derivatives are taken with diff.
t = Symbol("t", real=True)
N = {i: Symbol(f"n{i}", real=True) for i in (1, 2, 3)}
W = {(i, j): Symbol(f"w{i}{j}", real=True) for i in (1, 2, 3) for j in (4, 5, 6, 7)}
W.update({(i, j): Symbol(f"w{i}{j}", real=True) for i in (4, 5, 6, 7) for j in (8, 9)})
B = {j: Symbol(f"b{j}", real=True) for j in range(4, 10)}
y1, y2 = Symbol("y1", real=True), Symbol("y2", real=True)


def sig(u):
    return 1 / (1 + exp(-u))


def dsig(u):
    return diff(sig(t), t).subs(t, u)  # sigma'(u), by differentiation


Z = {}
for j in (4, 5, 6, 7):
    Z[j] = sum(W[i, j] * N[i] for i in (1, 2, 3)) + B[j]
    N[j] = sig(Z[j])
for j in (8, 9):
    Z[j] = sum(W[i, j] * N[i] for i in (4, 5, 6, 7)) + B[j]
    N[j] = sig(Z[j])
n1, n2, n3, n4, n5, n6, n7, n8, n9 = (N[i] for i in range(1, 10))
z4, z8, z9 = Z[4], Z[8], Z[9]
w14, w48, w49 = W[1, 4], W[4, 8], W[4, 9]
b4, b8, b9 = B[4], B[8], B[9]
E = Rational(1, 2) * ((n8 - y1)**2 + (n9 - y2)**2)
E1 = Rational(1, 2) * (n8 - y1)**2  # "the first part" of E (through n8 only)
s4, s8, s9 = dsig(z4), dsig(z8), dsig(z9)
d8, d9 = (n8 - y1) * s8, (n9 - y2) * s9

# random probe coefficients to compare vectors / matrices as one scalar
PR = {k: Symbol(f"p{k}", real=True) for k in range(8)}


def probe(entries):
    return sum(PR[k] * e for k, e in enumerate(entries))


FIRST = "the text says it focuses on 'the first part': the left side is really d/dw14 of (1/2)(n8-y1)^2, not of E"


def first_part(line, rhs):
    return Claim(line, "ambiguous", diff(E, w14), rhs, alt=(diff(E1, w14), rhs), note=FIRST)


hidden = (4, 5, 6, 7)
W2x1 = [sum(W[i, j] * N[i] for i in hidden) for j in (8, 9)]  # literally, no bias
BIAS2 = "literally W_2x_1 has no bias; holds if sigma'(W_2x_1) is read as sigma'(W_2x_1 + b_2), as the text's own expansion of W_2x_1 does"
dW2 = [diff(E, W[i, j]) for j in (8, 9) for i in hidden]  # rows j = 8, 9; columns i = 4..7
outer_lit = [(N[j] - yj) * dsig(zj) * N[i]
             for j, yj, zj in ((8, y1, W2x1[0]), (9, y2, W2x1[1])) for i in hidden]
outer_true = [(N[j] - yj) * dsig(Z[j]) * N[i] for j, yj in ((8, y1), (9, y2)) for i in hidden]

CLAIMS = [
    # --- 2.2 a simple example
    Claim(30, "valid", diff(E, w48), (n8 - y1) * diff(n8 - y1, w48) + (n9 - y2) * diff(n9 - y2, w48)),
    Claim(38, "valid", diff(E, w48), (n8 - y1) * diff(n8 - y1, w48)),
    Claim(41, "valid", diff(n8 - y1, w48), diff(sig(z8), w48)),
    Claim(42, "valid", diff(n8 - y1, w48), s8 * diff(w48 * n4, w48)),
    Claim(49, "valid", diff(n8 - y1, w48), s8 * n4),
    Claim(53, "valid", diff(E, w48), (n8 - y1) * s8 * n4),
    Claim(56, "valid", diff(E, w48), (n8 - y1) * s8 * n4),
    # --- 2.4 a complex example
    Claim(74, "valid", diff(E, w14), (n8 - y1) * diff(n8 - y1, w14) + (n9 - y2) * diff(n9 - y2, w14)),
    first_part(80, (n8 - y1) * diff(n8 - y1, w14)),
    first_part(84, (n8 - y1) * diff(n8, w14)),
    first_part(85, (n8 - y1) * diff(sig(z8), w14)),
    first_part(86, (n8 - y1) * s8 * diff(z8, w14)),
    first_part(91, (n8 - y1) * s8 * diff(z8, w14)),
    first_part(94, (n8 - y1) * s8 * diff(w48 * n4, w14)),
    first_part(95, (n8 - y1) * s8 * w48 * diff(sig(z4), w14)),
    first_part(96, (n8 - y1) * s8 * w48 * s4 * diff(z4, w14)),
    first_part(102, (n8 - y1) * s8 * w48 * s4 * diff(z4, w14)),
    first_part(103, (n8 - y1) * s8 * w48 * s4 * diff(w14 * n1, w14)),
    first_part(104, (n8 - y1) * s8 * w48 * s4 * n1),
    Claim(109, "valid", diff(E, w14), (n8 - y1) * s8 * w48 * s4 * n1 + (n9 - y2) * s9 * w49 * s4 * n1),
    Claim(110, "valid", diff(E, w14), ((n8 - y1) * s8 * w48 + (n9 - y2) * s9 * w49) * s4 * n1),
    # --- 2.5 biases
    Claim(118, "valid", diff(E, b4), (n8 - y1) * diff(n8 - y1, b4) + (n9 - y2) * diff(n9 - y2, b4)),
    Claim(127, "valid", diff(n8 - y1, b4), s8 * w48 * diff(n4, b4)),
    Claim(131, "valid", diff(n4, b4), s4),
    Claim(134, "valid", diff(n8 - y1, b4), s8 * s4 * w48),
    Claim(137, "valid", diff(n9 - y2, b4), s9 * s4 * w49),
    Claim(140, "valid", diff(E, b4), s4 * ((n8 - y1) * s8 * w48 + (n9 - y2) * s9 * w49)),
    Claim(144, "valid", diff(E, b8), (n8 - y1) * diff(n8 - y1, b8) + (n9 - y2) * diff(n9 - y2, b8)),
    Claim(147, "valid", diff(E, b8), (n8 - y1) * diff(n8, b8)),
    Claim(149, "valid", diff(E, b8), (n8 - y1) * s8),
    # --- 3 matrix representation: W_1 as typed (third row w16, w36, w36), x0 = [n1; n2; n3]
    Claim(218, "valid",
          probe([W[1, 4] * n1 + W[2, 4] * n2 + W[3, 4] * n3, W[1, 5] * n1 + W[2, 5] * n2 + W[3, 5] * n3,
                 W[1, 6] * n1 + W[3, 6] * n2 + W[3, 6] * n3, W[1, 7] * n1 + W[2, 7] * n2 + W[3, 7] * n3]),
          probe([W[1, 4] * n1 + W[2, 4] * n2 + W[3, 4] * n3, W[1, 5] * n1 + W[2, 5] * n2 + W[3, 5] * n3,
                 W[1, 6] * n1 + W[3, 6] * n2 + W[3, 6] * n3, W[1, 7] * n1 + W[2, 7] * n2 + W[3, 7] * n3])),
    Claim(230, "invalid",
          probe([W[1, 4] * n1 + W[2, 4] * n2 + W[3, 4] * n3, W[1, 5] * n1 + W[2, 5] * n2 + W[3, 5] * n3,
                 W[1, 6] * n1 + W[3, 6] * n2 + W[3, 6] * n3, W[1, 7] * n1 + W[2, 7] * n2 + W[3, 7] * n3]),
          probe([Z[4], Z[5], Z[6], Z[7]]),
          note="a matrix-vector product W_1x_0 contains no biases b_4..b_7 (and row 3 of W_1 was typed w16, w36, w36)"),
    Claim(239, "valid", probe(W2x1), probe(W2x1)),
    Claim(250, "invalid", probe(W2x1), probe([Z[8], Z[9]]),
          note="W_2x_1 has no biases; + b_8, + b_9 do not belong to the product"),
    # --- 3.1 the first matrix
    Claim(259, "valid", diff(E, W[4, 8]), (n8 - y1) * s8 * n4),
    Claim(260, "valid", diff(E, W[4, 9]), (n9 - y2) * s9 * n4),
    Claim(262, "valid", diff(E, W[5, 8]), (n8 - y1) * s8 * n5),
    Claim(263, "valid", diff(E, W[5, 9]), (n9 - y2) * s9 * n5),
    Claim(265, "valid", diff(E, W[6, 8]), (n8 - y1) * s8 * n6),
    Claim(266, "valid", diff(E, W[6, 9]), (n9 - y2) * s9 * n6),
    Claim(268, "valid", diff(E, W[7, 8]), (n8 - y1) * s8 * n7),
    Claim(269, "valid", diff(E, W[7, 9]), (n9 - y2) * s9 * n7),
    Claim(294, "valid", probe([d * N[i] for d in (d8, d9) for i in hidden]), probe(dW2)),
    Claim(315, "valid", probe([(N[j] - yj) * sj * N[i] for j, yj, sj in ((8, y1, s8), (9, y2, s9))
                               for i in hidden]), probe(dW2)),
    Claim(328, "invalid", probe([s8, s9]), probe([dsig(z8 - b8 + b9), s9]),
          note="first entry typed with b_9; sigma_8' is sigma'(... + b_8)"),
    Claim(333, "invalid", probe([dsig(z8 - b8 + b9), s9]), probe([dsig(W2x1[0]), dsig(W2x1[1])]),
          note="sigma'(W_2x_1) has no biases at all (and the first entry of the left side carries b_9)"),
    Claim(341, "valid", probe([n8 - y1, n9 - y2]), probe([n8, n9]) - probe([y1, y2])),
    Claim(351, "valid", probe([n8, n9]) - probe([y1, y2]), probe([n8 - y1, n9 - y2])),
    Claim(358, "valid", probe([n4, n5, n6, n7]), probe([n4, n5, n6, n7])),
    Claim(362, "ambiguous", probe(dW2), probe(outer_lit), alt=(probe(dW2), probe(outer_true)), note=BIAS2),
    Claim(368, "ambiguous", probe(dW2), probe(outer_lit), alt=(probe(dW2), probe(outer_true)),
          note="delta_2 was defined with sigma'(W_2x_1); " + BIAS2),
]
