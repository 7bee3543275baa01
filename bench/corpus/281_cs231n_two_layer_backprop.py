"""Labels for 281_cs231n_two_layer_backprop.md (two-layer ReLU net, softmax loss, one sample).

Vectors and matrices are compared through a generic linear functional: every entry is
multiplied by its own free symbol t_* and the products are summed, so the two sides agree at
random points exactly when every entry agrees.  The author prints numbers rounded to 12
decimals and carries those rounded numbers into the next step; claims that state such a
rounded number compare the exact value rounded to the printed decimals (R12), and claims that
reuse an earlier printed number use that printed number.
"""
from decimal import Decimal, ROUND_HALF_EVEN

from sympy import Symbol, Rational, Matrix, exp, log, diff, Max, Piecewise, N

from labels import Claim

SOURCE = ("https://github.com/g-eoj/cs231n/blob/fc5647587ca1a39a8cdceac5d8f898350f3da5d3/"
          "cs231n-two-layer-backprop-math.ipynb")
TITLE = "cs231n Two-Layer Backprop Mathematics Example"
TOPIC = "backprop"


def R12(e):
    """The exact number e rounded to 12 decimals, as the author prints it."""
    v = Decimal(str(N(e, 60)))
    return Rational(str(v.quantize(Decimal("1e-12"), rounding=ROUND_HALF_EVEN)))


def flat(M, tag):
    """Generic linear functional of a matrix (one free symbol per entry)."""
    M = Matrix(M)
    return sum(Symbol(f"t_{tag}_{i}{j}") * M[i, j] for i in range(M.rows) for j in range(M.cols))


def D(s):
    return Rational(s)


def relu(M):
    return Matrix(M).applyfunc(lambda v: Max(0, v))


# ---- loss as a function of the three scores (y = 2, trueprob = [0, 0, 1])
S = [Symbol(f"scores_{k}") for k in range(3)]
Z = exp(S[0]) + exp(S[1]) + exp(S[2])
Lsc = -log(exp(S[2]) / Z)
alt_form = -S[2] + log(Z)
softmax = [exp(S[k]) / Z for k in range(3)]
grad_S = [diff(Lsc, S[k]) for k in range(3)]

# ---- second layer with free symbols
h = [Symbol("h1_0"), Symbol("h1_1")]
h12 = Symbol("h1_2")  # the entry written in the matrix of line 144 (h1 has no entry 2)
W2 = Matrix(2, 3, lambda i, k: Symbol(f"W2_{i}{k}"))
b2 = [Symbol(f"b2_{k}") for k in range(3)]
sc = [h[0] * W2[0, k] + h[1] * W2[1, k] + b2[k] for k in range(3)]
to_sc = dict(zip(S, sc))
Lnet = Lsc.subs(to_sc)
dL = [g.subs(to_sc) for g in grad_S]          # d loss / d scores_k as functions of h, W2, b2
dLrow = Matrix([dL])

# ---- the numbers of the example
xv = Matrix([[16, -6]])
W1v = Matrix([[D("0.18"), D("0.04")], [D("0.1"), D("0.22")]])
b1v = Matrix([[0, 0]])
W2v = Matrix([[D("0.19"), D("-0.1"), D("0.1")], [D("-0.02"), D("-0.01"), D("0.04")]])
b2v = Matrix([[0, 0, 0]])
Mv = xv * W1v + b1v                     # [2.28, -0.68]
hv = relu(Mv)                           # [2.28, 0]
sv = hv * W2v + b2v                     # [0.4332, -0.228, 0.228]
at_sv = dict(zip(S, list(sv)))
grad_exact = Matrix([[g.subs(at_sv) for g in grad_S]])
d_print = Matrix([[D("0.429052723714"), D("0.221490524653"), D("-0.650543248367")]])
dh_exact = grad_exact * W2v.T
dh_print = Matrix([[D("-0.005683359796"), D("-0.036817689655")]])
dM_print = Matrix([[D("-0.005683359796"), 0]])

# ---- ReLU layer with free pre-activations
Ms = [Symbol("M_0"), Symbol("M_1")]
to_relu = {h[0]: Max(0, Ms[0]), h[1]: Max(0, Ms[1])}
LM = Lnet.subs(to_relu)
g = [diff(Lnet, h[n]).subs(to_relu) for n in range(2)]   # d loss / d h1_n
dh_dM = [diff(Max(0, Ms[n]), Ms[n]) for n in range(2)]

# ---- first layer with free symbols
xs = [Symbol("x_0"), Symbol("x_1")]
W1 = Matrix(2, 2, lambda i, j: Symbol(f"W1_{i}{j}"))
b1 = [Symbol(f"b1_{j}") for j in range(2)]
Mexpr = [xs[0] * W1[0, j] + xs[1] * W1[1, j] + b1[j] for j in range(2)]
to_M = dict(zip(Ms, Mexpr))
Ltot = LM.subs(to_M)
gM = [diff(LM, Ms[j]).subs(to_M) for j in range(2)]      # d loss / d M_j

w00 = W2[0, 0]
chain_w00 = sum(dL[k] * diff(sc[k], w00) for k in range(3))
G_W2 = Matrix(2, 3, lambda i, k: diff(Lnet, W2[i, k]))
M_W2 = Matrix(2, 3, lambda i, k: dL[k] * h[i])
typo_W2 = Matrix([[h[0]], [h12]]) * dLrow
hT_grad = Matrix([[h[0]], [h[1]]]) * dLrow
G_h = Matrix([[diff(Lnet, h[0]), diff(Lnet, h[1])]])
G_M = Matrix([[diff(LM, Ms[0]), diff(LM, Ms[1])]])
chainM = Matrix([[g[0] * dh_dM[0], g[1] * dh_dM[1]]])
G_W1 = Matrix(2, 2, lambda i, j: diff(Ltot, W1[i, j]))
M_W1 = Matrix(2, 2, lambda i, j: gM[j] * xs[i])
h_num = Matrix([[D("2.28")], [0]])
W2_prod_num = h_num * d_print
dh_prod_num = d_print * W2v.T
relu_slope = [dh_dM[0].subs(Ms[0], Mv[0]), dh_dM[1].subs(Ms[1], Mv[1])]   # 1 and 0
dM_num = Matrix([[dh_print[0] * relu_slope[0], dh_print[1] * relu_slope[1]]])
dM_exact = Matrix([[dh_exact[0] * relu_slope[0], dh_exact[1] * relu_slope[1]]])
W1_prod_num = xv.T * dM_print

NOTE_TYPO = ("the column [h1_0; h1_2] should be [h1_0; h1_1]: with 0-based indices h1 has no "
             "entry h1_2, and the product differs from h1^T grad unless h1_2 = h1_1")

CLAIMS = [
    # remark: chain rule for d loss / d W2_00
    Claim(26, "valid", diff(Lnet, w00), chain_w00),
    Claim(29, "valid", chain_w00, sum(dL[k] * diff(h[0] * W2[0, k] + h[1] * W2[1, k] + b2[k], w00)
                                        for k in range(3))),
    Claim(32, "valid", sum(dL[k] * diff(sc[k], w00) for k in range(3)),
          dL[0] * diff(sc[0], w00) + 0 + 0),
    # forward pass: h1
    Claim(41, "valid", flat(relu(xv * W1v + b1v), "r2"),
          flat(relu(Matrix([[16, -6]]) * W1v + Matrix([[0, 0]])), "r2")),
    Claim(42, "valid", flat(relu(xv * W1v + b1v), "r2"),
          flat(relu(Matrix([[D("2.28"), D("-0.68")]])), "r2")),
    Claim(43, "valid", flat(relu(Matrix([[D("2.28"), D("-0.68")]])), "r2"),
          flat(Matrix([[D("2.28"), 0]]), "r2")),
    # forward pass: scores
    Claim(49, "valid", flat(hv * W2v + b2v, "r3"),
          flat(Matrix([[D("2.28"), 0]]) * W2v + Matrix([[0, 0, 0]]), "r3")),
    Claim(50, "valid", flat(Matrix([[D("2.28"), 0]]) * W2v + Matrix([[0, 0, 0]]), "r3"),
          flat(Matrix([[D("0.4332"), D("-0.228"), D("0.228")]]), "r3")),
    # loss at the forward scores
    Claim(68, "valid", Lsc.subs(at_sv),
          -0 * log(exp(D("0.4332")) / (exp(D("0.4332")) + exp(D("-0.228")) + exp(D("0.228"))))
          - 0 * log(exp(D("-0.228")) / (exp(D("0.4332")) + exp(D("-0.228")) + exp(D("0.228"))))
          - 1 * log(exp(D("0.228")) / (exp(D("0.4332")) + exp(D("-0.228")) + exp(D("0.228"))))),
    Claim(71, "valid", R12(Lsc.subs(at_sv)), D("1.051375468504"),
          note="equal to the 12 decimals printed"),
    # dscores
    Claim(85, "valid", grad_S[0], diff(alt_form, S[0])),
    Claim(86, "valid", diff(alt_form, S[0]), 0 + exp(S[0]) / Z),
    Claim(87, "valid", 0 + exp(S[0]) / Z, softmax[0]),
    Claim(89, "valid", grad_S[1], diff(alt_form, S[1])),
    Claim(90, "valid", diff(alt_form, S[1]), 0 + exp(S[1]) / Z),
    Claim(91, "valid", 0 + exp(S[1]) / Z, softmax[1]),
    Claim(93, "valid", grad_S[2], diff(alt_form, S[2])),
    Claim(94, "valid", diff(alt_form, S[2]), -1 + exp(S[2]) / Z),
    Claim(95, "valid", -1 + exp(S[2]) / Z, -1 + softmax[2]),
    # grad loss at the forward scores
    Claim(98, "valid", flat(hv * W2v + b2v, "r3"),
          flat(Matrix([[D("0.4332"), D("-0.228"), D("0.228")]]), "r3")),
    Claim(101, "valid", flat(Matrix([grad_S]), "r3").subs(at_sv),
          flat(Matrix([[softmax[0], softmax[1], -1 + softmax[2]]]), "r3").subs(at_sv)),
    Claim(102, "valid", flat(Matrix([[softmax[0], softmax[1], -1 + softmax[2]]]), "r3").subs(at_sv),
          flat(Matrix([[softmax[0], softmax[1], -1 + softmax[2]]]).subs(
              {S[0]: D("0.4332"), S[1]: D("-0.228"), S[2]: D("0.228")}), "r3")),
    Claim(103, "valid", flat(grad_exact.applyfunc(R12), "r3"), flat(d_print, "r3"),
          note="equal to the 12 decimals printed"),
    # grad W2, entry 00
    Claim(126, "valid", diff(Lnet, w00), dL[0] * diff(sc[0], w00) + 0 + 0),
    Claim(127, "valid", dL[0] * diff(sc[0], w00) + 0 + 0,
          dL[0] * diff(h[0] * W2[0, 0] + h[1] * W2[1, 0] + b2[0], w00)),
    Claim(128, "valid", dL[0] * diff(h[0] * W2[0, 0] + h[1] * W2[1, 0] + b2[0], w00), dL[0] * h[0]),
    # grad W2, whole matrix
    Claim(136, "valid", flat(G_W2, "m23"), flat(M_W2, "m23")),
    Claim(144, "invalid", flat(M_W2, "m23"), flat(typo_W2, "m23"), note=NOTE_TYPO),
    Claim(146, "invalid", flat(typo_W2, "m23"), flat(hT_grad, "m23"), note=NOTE_TYPO),
    # grad W2, numbers
    Claim(153, "valid", flat(h_num * d_print, "m23"), flat(W2_prod_num, "m23")),
    Claim(154, "valid", flat(W2_prod_num.applyfunc(R12), "m23"),
          flat(Matrix([[D("0.978240210068"), D("0.504998396209"), D("-1.483238606277")], [0, 0, 0]]),
               "m23"),
          note="products of the printed numbers, rounded to the 12 decimals printed"),
    # grad b2
    Claim(177, "valid", diff(Lnet, b2[0]), dL[0] * diff(sc[0], b2[0]) + 0 + 0),
    Claim(178, "valid", dL[0] * diff(sc[0], b2[0]) + 0 + 0,
          dL[0] * diff(h[0] * W2[0, 0] + h[1] * W2[1, 0] + b2[0], b2[0])),
    Claim(179, "valid", dL[0] * diff(h[0] * W2[0, 0] + h[1] * W2[1, 0] + b2[0], b2[0]), dL[0] * 1),
    Claim(184, "valid", flat(Matrix([[diff(Lnet, b2[k]) for k in range(3)]]), "r3"), flat(dLrow, "r3")),
    Claim(189, "valid", flat(dLrow, "r3"), flat(Matrix([grad_S]).subs(to_sc), "r3")),
    Claim(193, "valid", flat(grad_exact.applyfunc(R12), "r3"), flat(d_print, "r3"),
          note="equal to the 12 decimals printed"),
    # dh1, entry 0
    Claim(209, "valid", diff(Lnet, h[0]), sum(dL[k] * diff(sc[k], h[0]) for k in range(3))),
    Claim(212, "valid", sum(dL[k] * diff(sc[k], h[0]) for k in range(3)),
          sum(dL[k] * diff(h[0] * W2[0, k] + h[1] * W2[1, k] + b2[k], h[0]) for k in range(3))),
    Claim(217, "valid", sum(dL[k] * diff(h[0] * W2[0, k] + h[1] * W2[1, k] + b2[k], h[0])
                            for k in range(3)),
          dL[0] * W2[0, 0] + dL[1] * W2[0, 1] + dL[2] * W2[0, 2]),
    Claim(220, "valid", dL[0] * W2[0, 0] + dL[1] * W2[0, 1] + dL[2] * W2[0, 2],
          (dLrow * Matrix([[W2[0, 0]], [W2[0, 1]], [W2[0, 2]]]))[0, 0]),
    # dh1, whole row
    Claim(229, "valid", flat(G_h, "r2"),
          flat(Matrix([[(dLrow * W2[0, :].T)[0, 0], (dLrow * W2[1, :].T)[0, 0]]]), "r2")),
    Claim(236, "valid", flat(Matrix([[(dLrow * W2[0, :].T)[0, 0], (dLrow * W2[1, :].T)[0, 0]]]), "r2"),
          flat(dLrow * Matrix([[W2[0, 0], W2[1, 0]], [W2[0, 1], W2[1, 1]], [W2[0, 2], W2[1, 2]]]), "r2")),
    Claim(246, "valid",
          flat(dLrow * Matrix([[W2[0, 0], W2[1, 0]], [W2[0, 1], W2[1, 1]], [W2[0, 2], W2[1, 2]]]), "r2"),
          flat(dLrow * W2.T, "r2")),
    # dh1, numbers
    Claim(253, "valid", flat(G_h, "r2"), flat(dLrow * W2.T, "r2")),
    Claim(254, "valid", flat(d_print * W2v.T, "r2"), flat(dh_prod_num, "r2"),
          note="the printed gradient times the printed W2^T"),
    Claim(256, "valid", flat(dh_prod_num.applyfunc(R12), "r2"), flat(dh_print, "r2"),
          note="equal to the 12 decimals printed"),
    # through the ReLU
    Claim(274, "valid", diff(LM, Ms[0]), g[0] * dh_dM[0] + 0),
    Claim(276, "valid", g[0] * dh_dM[0] + 0, g[0] * diff(Max(0, Ms[0]), Ms[0])),
    Claim(278, "valid", g[0] * diff(Max(0, Ms[0]), Ms[0]),
          Piecewise((g[0] * 1, Ms[0] > 0), (g[0] * 0, True)),
          note="holds for M_n != 0 (max(0, M) has no derivative at 0)"),
    Claim(279, "valid", g[0] * 1, g[0]),
    Claim(280, "valid", g[0] * 0, 0),
    Claim(287, "valid", flat(G_M, "r2"), flat(chainM, "r2")),
    Claim(294, "valid", flat(xv * W1v + b1v, "r2"), flat(Matrix([[D("2.28"), D("-0.68")]]), "r2")),
    Claim(294, "valid", flat(dh_exact.applyfunc(R12), "r2"), flat(dh_print, "r2"), k=2,
          note="equal to the 12 decimals printed"),
    Claim(299, "valid", flat(G_M, "r2"), flat(chainM, "r2")),
    Claim(305, "valid", flat(dM_num, "r2"),
          flat(Matrix([[dh_print[0] * 1, dh_print[1] * 0]]), "r2"),
          note="printed dloss/dh1 times the ReLU slopes 1 (M_0 = 2.28) and 0 (M_1 = -0.68)"),
    Claim(306, "valid", flat(Matrix([[dh_print[0] * 1, dh_print[1] * 0]]), "r2"), flat(dM_print, "r2")),
    # grad W1, entry 00
    Claim(325, "valid", diff(Ltot, W1[0, 0]), gM[0] * diff(Mexpr[0], W1[0, 0]) + 0),
    Claim(326, "valid", gM[0] * diff(Mexpr[0], W1[0, 0]) + 0,
          gM[0] * diff(xs[0] * W1[0, 0] + xs[1] * W1[1, 0] + b1[0], W1[0, 0])),
    Claim(327, "valid", gM[0] * diff(xs[0] * W1[0, 0] + xs[1] * W1[1, 0] + b1[0], W1[0, 0]),
          gM[0] * xs[0]),
    # grad W1, whole matrix
    Claim(335, "valid", flat(G_W1, "m22"), flat(M_W1, "m22")),
    Claim(341, "valid", flat(M_W1, "m22"), flat(Matrix([[xs[0]], [xs[1]]]) * Matrix([gM]), "m22")),
    Claim(343, "valid", flat(Matrix([[xs[0]], [xs[1]]]) * Matrix([gM]), "m22"),
          flat(Matrix([xs]).T * Matrix([gM]), "m22")),
    Claim(346, "valid", flat(dM_exact.applyfunc(R12), "r2"), flat(dM_print, "r2"),
          note="equal to the 12 decimals printed"),
    # grad W1, numbers
    Claim(350, "valid", flat(xv.T * dM_print, "m22"),
          flat(Matrix([[16], [-6]]) * Matrix([[D("-0.005683359796"), 0]]), "m22")),
    Claim(351, "valid", flat(W1_prod_num, "m22"),
          flat(Matrix([[D("-0.090933756736"), 0], [D("0.034100158776"), 0]]), "m22")),
]
