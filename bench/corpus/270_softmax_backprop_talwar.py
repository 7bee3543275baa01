from sympy import Integer, Symbol, diff, exp, log

from labels import Claim

SOURCE = ("https://github.com/talwarabhimanyu/talwarabhimanyu.github.io/blob/"
          "bfd7556d05007ac7ffc5a49c74986ca627c36773/_posts/2017-05-20-softmax-backprop.md")
TITLE = "Backpropogating Softmax Layer of a Neural Network"
TOPIC = "softmax"

R = lambda name: Symbol(name, real=True)  # noqa: E731

# Concrete size: one example i, 3 classes, 2 hidden units (the post has 10), true class y_i = 1.
s1, s2, s3 = R("s1"), R("s2"), R("s3")  # scores S[i,k] as free variables
s = (s1, s2, s3)
U = [exp(v) for v in s]
Z = U[0] + U[1] + U[2]
O2 = [u / Z for u in U]
Li_S = -log(O2[0])  # y_i = 1

# scores as functions of W_2, b_2 and the hidden outputs O_1[i,1], O_1[i,2]
q1, q2 = R("q1"), R("q2")
W = {(p, k): R(f"w{p}{k}") for p in (1, 2) for k in (1, 2, 3)}
b = [R(f"b{k}") for k in (1, 2, 3)]
S = [q1 * W[1, k] + q2 * W[2, k] + b[k - 1] for k in (1, 2, 3)]
at_S = dict(zip(s, S))
Li_W = Li_S.subs(at_S)
O2_W = [o.subs(at_S) for o in O2]

# total loss: L_i as generic functions of one weight w
w = R("w")
a = [R(f"a{i}") for i in range(6)]
Lfun = [exp(a[i] * w) for i in range(6)]

q = Symbol("q", positive=True)

sum_sq = U[0] ** 2 + U[1] ** 2 + U[2] ** 2

CLAIMS = [
    Claim(85, "ambiguous", diff(sum(Lfun[0:6]), w), sum(diff(Lfun[i], w) for i in range(1, 6)),
          alt=(diff(sum(Lfun[1:6]), w), sum(diff(Lfun[i], w) for i in range(1, 6))),
          note="L is defined as a sum over i = 0..5 (six terms) but differentiated over i = 1..5; holds if L sums the five examples"),
    Claim(90, "valid", diff(Li_W, W[1, 2]),
          sum(diff(Li_S, s[k - 1]).subs(at_S) * diff(S[k - 1], W[1, 2]) for k in (1, 2, 3))),
    Claim(96, "valid", diff(Li_S, s2), (-1 / O2[0]) * diff(O2[0], s2)),
    Claim(100, "valid", diff(-log(q), q), -1 / q, domain={q: (0.01, 1.0)}),
    Claim(109, "valid", diff(O2[0], s1), U[0] / Z - U[0] ** 2 / Z ** 2),
    Claim(111, "valid", U[0] / Z - U[0] ** 2 / Z ** 2, O2[0] * (1 - O2[0])),
    Claim(119, "ambiguous", diff(O2[0], s2), U[0] * (-1 / sum_sq) * U[1],
          alt=(diff(O2[0], s2), U[0] * (-1 / Z ** 2) * U[1]),
          note="\\sum_p U[i,p]^2 reads as a sum of squares; the derivative needs the square of the sum (\\sum_p U[i,p])^2"),
    Claim(121, "ambiguous", U[0] * (-1 / sum_sq) * U[1], -O2[0] * O2[1],
          alt=(U[0] * (-1 / Z ** 2) * U[1], -O2[0] * O2[1]),
          note="equals -O_2[i,y_i] O_2[i,k] only if the denominator is (\\sum_p U[i,p])^2, not \\sum_p U[i,p]^2"),
    Claim(129, "valid", diff(Li_S, s1), O2[0] - 1),
    Claim(129, "valid", diff(Li_S, s2), O2[1], k=2),
    Claim(139, "valid", diff(S[1], W[1, 2]), q1),
    Claim(139, "valid", diff(S[2], W[1, 2]), Integer(0), k=2),
    Claim(149, "valid", diff(Li_W, W[1, 1]), (O2_W[0] - 1) * q1),
    Claim(149, "valid", diff(Li_W, W[1, 2]), O2_W[1] * q1, k=2),
]
