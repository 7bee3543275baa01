from sympy import Symbol, exp, log, diff, KroneckerDelta

from labels import Claim

SOURCE = ("https://github.com/sirlis/sirlis.github.io/blob/d64a041c28e7b85ca5aeabeac4a5309ea3b6d65a/"
          "_posts/2020-06-14-deep-learning-basic-conv2d.md")
TITLE = "Deep learning basics (PyTorch CNN pieces): softmax and the cross-entropy loss gradient"
TOPIC = "softmax"

# K = 3 classes; the derivation is checked at i = 1 and (for k != i) k = 2.
z1, z2, z3 = (Symbol(f"z{k}", real=True) for k in (1, 2, 3))
w1, x1, b1, x = (Symbol(n, real=True) for n in ("w1", "x1", "b1", "x"))
y1, y2, y3 = (Symbol(f"y{k}", real=True) for k in (1, 2, 3))
S1, S2, S3 = (Symbol(f"S{k}", positive=True) for k in (1, 2, 3))  # softmax outputs as free variables
c = Symbol("c", real=True)
cls = Symbol("cls", integer=True)  # index of the true class for one-hot labels

Z = (z1, z2, z3)
den = sum(exp(zk) for zk in Z)
s = [exp(zk) / den for zk in Z]  # s_k = e^{z_k} / sum_j e^{z_j}
Y = (y1, y2, y3)
L = -sum(yk * log(sk) for yk, sk in zip(Y, s))  # L as a function of z (general labels)
Ls = -sum(yk * log(Sk) for yk, Sk in zip(Y, (S1, S2, S3)))  # L as a function of s

# one-hot labels y_k = [k == cls]
Yoh = tuple(KroneckerDelta(k, cls) for k in (1, 2, 3))
Loh = -sum(yk * log(sk) for yk, sk in zip(Yoh, s))

# z_1 = w_1 x_1 + b_1 substituted into L
zlin = w1 * x1 + b1
L_w = L.subs(z1, zlin)
Loh_w = Loh.subs(z1, zlin)
dLdz1 = diff(L, z1)

# all three logits equal to c
s_c = [exp(c) / (exp(c) + exp(c) + exp(c))] * 3

# the k = i case written with the typo sum_j e^{z_i} = K e^{z_i}
T = 3 * exp(z1)

onehot = {cls: (1, 2, 3)}
probs = {S1: (0.05, 0.95), S2: (0.05, 0.95), S3: (0.05, 0.95)}

CLAIMS = [
    # y_1=y_2=y_3=1 when z_1=z_2=z_3=c
    Claim(23, "valid", s_c[0], s_c[1]),
    Claim(23, "valid", s_c[1], s_c[2], k=2),
    Claim(23, "invalid", s_c[2], 1, k=3,
          note="with three equal logits each softmax output is 1/3, not 1"),
    # chain rule through z_i
    Claim(85, "valid", diff(L_w, w1), dLdz1.subs(z1, zlin) * diff(zlin, w1)),
    Claim(86, "valid", diff(L_w, b1), dLdz1.subs(z1, zlin) * diff(zlin, b1)),
    Claim(94, "valid", diff(zlin, w1), x1),
    Claim(95, "valid", diff(zlin, b1), 1),
    Claim(103, "valid", diff(zlin, w1), x1),
    Claim(104, "valid", diff(zlin, b1), 1),
    # dL/dz_i = sum_k dL/ds_k ds_k/dz_i
    Claim(111, "valid", dLdz1,
          sum(diff(Ls, Sk).subs({S1: s[0], S2: s[1], S3: s[2]}) * diff(sk, z1)
              for Sk, sk in zip((S1, S2, S3), s))),
    Claim(117, "valid", diff(Ls, S2), -y2 / S2, domain=probs),
    # k != i (k = 2, i = 1)
    Claim(127, "valid", diff(s[1], z1), diff(exp(z2) / den, z1)),
    Claim(128, "valid", diff(exp(z2) / den, z1), exp(z2) * diff(1 / den, z1)),
    Claim(129, "valid", exp(z2) * diff(1 / den, z1), exp(z2) * (-1 / den**2) * diff(den, z1)),
    Claim(130, "valid", exp(z2) * (-1 / den**2) * diff(den, z1), exp(z2) * (-1 / den**2) * exp(z1)),
    Claim(131, "valid", exp(z2) * (-1 / den**2) * exp(z1), -(exp(z2) / den) * (exp(z1) / den)),
    Claim(131, "valid", -(exp(z2) / den) * (exp(z1) / den), -s[1] * s[0], k=2),
    # k = i (i = 1)
    Claim(140, "valid", diff(s[0], z1), diff(s[0], z1)),
    Claim(141, "valid", diff(s[0], z1), diff(exp(z1) / den, z1)),
    Claim(142, "invalid", diff(exp(z1) / den, z1), (exp(z1) * T - exp(z1)**2) / T**2,
          note="typo: the sums are written sum_j e^{z_i} (= K e^{z_i}) instead of sum_j e^{z_j}"),
    Claim(143, "valid", (exp(z1) * T - exp(z1)**2) / T**2, exp(z1) / T * (T - exp(z1)) / T),
    Claim(144, "valid", exp(z1) / T * (T - exp(z1)) / T, exp(z1) / T * (1 - exp(z1) / T)),
    Claim(144, "invalid", exp(z1) / T * (1 - exp(z1) / T), s[0] * (1 - s[0]), k=2,
          note="left side still carries the typo sum_j e^{z_i}; s_i uses sum_j e^{z_j}"),
    # final combination
    Claim(152, "valid", dLdz1,
          -y1 / s[0] * s[0] * (1 - s[0]) + (-y2 / s[1]) * (-s[1] * s[0]) + (-y3 / s[2]) * (-s[2] * s[0])),
    Claim(153, "invalid",
          -y1 / s[0] * s[0] * (1 - s[0]) + (-y2 / s[1]) * (-s[1] * s[0]) + (-y3 / s[2]) * (-s[2] * s[0]),
          -y1 + (y1 + y2 + y3),
          note="the factor s_i is dropped: the sum simplifies to -y_i + s_i * sum_k y_k"),
    # one-hot consequences
    Claim(157, "valid", sum(Yoh), 1, domain=onehot),
    Claim(160, "valid", diff(Loh, z1), s[0] - Yoh[0], domain=onehot),
    Claim(167, "ambiguous", diff(Loh_w, w1), ((s[0] - Yoh[0]) * x).subs(z1, zlin), domain=onehot,
          alt=(diff(Loh_w, w1), ((s[0] - Yoh[0]) * x1).subs(z1, zlin)),
          note="with z_i = w_i x_i + b_i the factor is x_i; holds if the bare x is read as x_i"),
    Claim(168, "valid", diff(Loh_w, b1), (s[0] - Yoh[0]).subs(z1, zlin), domain=onehot),
]
