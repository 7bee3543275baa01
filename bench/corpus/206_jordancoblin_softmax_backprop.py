from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/jordancoblin/jordancoblin.github.io/blob/"
          "66693d52ee5171f9fde8a99c35e76e8e5e37832e/my-website/content/posts/mnist_nn/index.md")
TITLE = ("ML Foundations: Understanding the Math Behind Backpropagation (Jordan Coblin): "
         "softmax + cross-entropy gradient with respect to the logits, and the softmax Jacobian")
TOPIC = "softmax"

# K = 3 classes, n_h = 2 hidden units.  The text's indices are taken as j = 1 (output
# neuron) and i = 1 (hidden neuron); where the text writes an unbound k in the "own" term,
# the literal reading uses k = 2, the intended reading k = j = 1.
z1, z2, z3 = zs = [Symbol(f"z{c}", real=True) for c in (1, 2, 3)]
y1, y2 = Symbol("y1", real=True), Symbol("y2", real=True)
y3 = 1 - y1 - y2                      # labels form a distribution (one-hot in the text)
ys = [y1, y2, y3]
p1, p2, p3 = ps = [Symbol(f"p{c}", real=True) for c in (1, 2, 3)]   # \hat{y} as variables
T = Symbol("T", real=True)            # weight used to check both branches of a "cases"
h1, h2 = Symbol("h1", real=True), Symbol("h2", real=True)
W = {(j, i): Symbol(f"W{j}{i}", real=True) for j in (1, 2, 3) for i in (1, 2)}
bs = [Symbol(f"b{c}", real=True) for c in (1, 2, 3)]

Y = {y1: (0.05, 0.45), y2: (0.05, 0.45)}
P = {y1: (0.05, 0.45), y2: (0.05, 0.45), p1: (0.05, 0.95), p2: (0.05, 0.95), p3: (0.05, 0.95)}

S = sum(exp(z) for z in zs)                      # softmax denominator
s = [exp(z) / S for z in zs]                     # \hat{y}_k as a function of the logits
Lz = -sum(yk * log(sk) for yk, sk in zip(ys, s))  # cross-entropy as a function of the logits
dLdz1 = diff(Lz, z1)

# the output layer as a function of its parameters
zp = [W[(j, 1)] * h1 + W[(j, 2)] * h2 + bs[j - 1] for j in (1, 2, 3)]
ZP = dict(zip(zs, zp))
L = Lz.xreplace(ZP)
sp = [sk.xreplace(ZP) for sk in s]


def dyhat(k, j):
    """d\\hat{y}_k / dz_j, differentiated in the logits, then evaluated at the parameters."""
    return diff(s[k - 1], zs[j - 1]).xreplace(ZP)


def dLdyhat(k):
    """dL/d\\hat{y}_k = -y_k / \\hat{y}_k (derived as in the text's first factor)."""
    return -ys[k - 1] / sp[k - 1]


W11 = W[(1, 1)]
# the three terms of the multivariable chain rule in the logits
own_z = (-ys[0] / s[0]) * diff(s[0], z1)          # k = j = 1
own_z_lit = (-ys[1] / s[1]) * diff(s[1], z2)      # the unbound k read as k = 2
rest_z = sum((-ys[k] / s[k]) * diff(s[k], z1) for k in (1, 2))
# the same for a weight of the output layer
own_w = dLdyhat(1) * dyhat(1, 1) * diff(zp[0], W11)
own_w_lit = dLdyhat(2) * dyhat(2, 2) * diff(zp[1], W11)
rest_w = sum(dLdyhat(k) * dyhat(k, 1) * diff(zp[0], W11) for k in (2, 3))

Lp = -sum(yk * pk for yk, pk in zip(ys, [log(p) for p in ps]))   # loss in \hat{y}

CLAIMS = [
    # chain rule through z_j and the multivariable chain rule through all \hat{y}_k
    Claim(124, "valid", diff(L, W11), dLdz1.xreplace(ZP) * diff(zp[0], W11), domain=Y),
    Claim(138, "valid", dLdz1, sum((-ys[k] / s[k]) * diff(s[k], z1) for k in range(3)), domain=Y),
    Claim(146, "ambiguous", dLdz1, own_z_lit + rest_z, domain=Y,
          alt=(dLdz1, own_z + rest_z),
          note="the j = k term is written with the unbound index k; holds when that k means j"),
    Claim(155, "ambiguous", diff(L, W11), own_w_lit + rest_w, domain=Y,
          alt=(diff(L, W11), own_w + rest_w),
          note="first term uses an unbound k (dz_k/dW_ji = 0 for k != j); holds when k means j"),
    # dL/d\hat{y}_k, with k = 2
    Claim(167, "valid", diff(Lp, p2), diff(-(y1 * log(p1) + y2 * log(p2) + y3 * log(p3)), p2),
          domain=P),
    Claim(168, "valid", diff(-(y1 * log(p1) + y2 * log(p2) + y3 * log(p3)), p2),
          -y2 * diff(log(p2), p2), domain=P),
    Claim(169, "valid", -y2 * diff(log(p2), p2), -y2 / p2, domain=P),
    # the softmax derivative, both branches (j = k = 1, and j = 1, k = 2)
    Claim(178, "valid", diff(s[0], z1) + T * diff(s[1], z1),
          s[0] * (1 - s[0]) + T * (-s[0] * s[1])),
    # dz_j / dW_ji
    Claim(189, "valid", diff(zp[0], W11), diff(W11 * h1 + W[(1, 2)] * h2 + bs[0], W11)),
    Claim(190, "valid", diff(W11 * h1 + W[(1, 2)] * h2 + bs[0], W11), diff(W11 * h1, W11)),
    Claim(191, "valid", diff(W11 * h1, W11), h1),
    # dL/dz_j
    Claim(201, "valid", dLdz1,
          (-y1 / s[0]) * (s[0] * (1 - s[0])) + sum((-ys[k] / s[k]) * (-s[0] * s[k]) for k in (1, 2)),
          domain=Y),
    Claim(202, "valid",
          (-y1 / s[0]) * (s[0] * (1 - s[0])) + sum((-ys[k] / s[k]) * (-s[0] * s[k]) for k in (1, 2)),
          -y1 + y1 * s[0] + s[0] * (y2 + y3), domain=Y),
    Claim(203, "valid", -y1 + y1 * s[0] + s[0] * (y2 + y3), -y1 + s[0] * (y1 + y2 + y3), domain=Y),
    Claim(203, "valid", y1 + y2 + y3, 1, k=2, domain=Y),
    Claim(204, "valid", -y1 + s[0] * (y1 + y2 + y3), s[0] - y1, domain=Y),
    # dL/dW_ji, written with dz_k/dW_ji
    Claim(212, "ambiguous", diff(L, W11), dLdz1.xreplace(ZP) * diff(zp[1], W11), domain=Y,
          alt=(diff(L, W11), dLdz1.xreplace(ZP) * diff(zp[0], W11)),
          note="dz_k/dW_ji with k != j is 0; holds when k is read as j (and \\\\frac as \\frac)"),
    Claim(213, "ambiguous", dLdz1.xreplace(ZP) * diff(zp[1], W11), (sp[0] - y1) * h1, domain=Y,
          alt=(dLdz1.xreplace(ZP) * diff(zp[0], W11), (sp[0] - y1) * h1),
          note="the left side as written (dz_k/dW_ji) is 0 for k != j; holds when k is read as j"),
    # the bias (b_{j,i} read as b_j)
    Claim(225, "valid", diff(L, bs[0]), dLdz1.xreplace(ZP) * diff(zp[0], bs[0]), domain=Y),
    Claim(233, "valid", diff(zp[0], bs[0]), diff(W11 * h1 + W[(1, 2)] * h2 + bs[0], bs[0])),
    Claim(234, "valid", diff(W11 * h1 + W[(1, 2)] * h2 + bs[0], bs[0]), diff(bs[0], bs[0])),
    Claim(235, "valid", diff(bs[0], bs[0]), 1),
    Claim(242, "valid", diff(L, bs[0]), sp[0] - y1, domain=Y),
    # appendix: case j = k (= 1)
    Claim(255, "valid", diff(s[0], z1), diff(exp(z1) / (exp(z1) + exp(z2) + exp(z3)), z1)),
    Claim(261, "valid", diff(s[0], z1), (S * diff(exp(z1), z1) - exp(z1) * diff(S, z1)) / S**2),
    Claim(267, "valid", diff(exp(z1), z1) + T * diff(exp(z2), z1),
          diff(exp(z1), z1) + T * diff(exp(z2), z1)),
    Claim(268, "valid", diff(exp(z1), z1) + T * diff(exp(z2), z1), exp(z1) + T * 0),
    Claim(277, "valid", diff(S, z1), diff(exp(z1) + exp(z2) + exp(z3), z1)),
    Claim(277, "valid", diff(exp(z1) + exp(z2) + exp(z3), z1), exp(z1), k=2),
    Claim(283, "valid", diff(s[0], z1), (S * exp(z1) - exp(z1) * exp(z1)) / S**2),
    Claim(290, "valid", diff(s[0], z1), s[0] * (1 - s[0])),
    # appendix: case j != k (j = 1, k = 2)
    Claim(294, "valid", diff(exp(z2), z1), 0),
    Claim(297, "valid", diff(s[1], z1), -exp(z2) * exp(z1) / S**2),
    Claim(304, "valid", diff(s[1], z1), -s[0] * s[1]),
    Claim(313, "valid", diff(s[0], z1) + T * diff(s[1], z1),
          s[0] * (1 - s[0]) + T * (-s[0] * s[1])),
]
