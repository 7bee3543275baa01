from sympy import symbols, exp, log, diff, Add, Symbol

from labels import Claim

SOURCE = ("https://github.com/purepisces/Wenqing-Machine_Learning_Blog/blob/183374286609b79f9d4d93514343a674fe887054/"
          "Deep-Learning-Concepts/Basic-Neural-Network-Concepts/Loss-Functions/Cross_Entropy_Loss.md")
TITLE = "Cross-entropy loss with softmax: the gradient in the logits, casewise and as a 3x3 Jacobian (Wenqing, purepisces)"
TOPIC = "softmax"

# C = 3 classes, indices 0, 1, 2. Logits A_k, softmax s_k = e^{A_k} / sum_j e^{A_j},
# H = -sum_k Y_k log s_k. The labels are one-hot (lines 83, 112), written here as a distribution:
# Y_2 = 1 - Y_0 - Y_1 (they sum to 1).
C = 3
A = symbols("A0:3", real=True)
y0, y1 = symbols("y0 y1", real=True)
Y = [y0, y1, 1 - y0 - y1]
S = sum(exp(v) for v in A)
s = [exp(v) / S for v in A]
P = Symbol("P", positive=True)                    # sigma(A_k) as a variable of its own
dlogP = diff(log(P), P)                           # d log(sigma) / d sigma


def H_of(Yv):
    return -sum(Yv[k] * log(s[k]) for k in range(C))


H = H_of(Y)
Wi = [2, 3, 5]
Wki = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def over_i(f):
    """a claim about every class i, checked for all three at once (distinct weights)"""
    return Add(*[Wi[i] * f(i) for i in range(C)])


def pairs(f, which):
    return Add(*[Wki[k][i] * f(k, i) for k, i in which])


diag = [(i, i) for i in range(C)]
off = [(k, i) for k in range(C) for i in range(C) if k != i]
onehot = lambda i: [1 if k == i else 0 for k in range(C)]        # Y with its 1 at class i

dH = lambda i, Yv=Y: diff(H_of(Yv), A[i])
chainsum = lambda i, Yv=Y: -sum(Yv[k] * diff(log(s[k]), A[i]) for k in range(C))
dlog = lambda k, i: diff(log(s[k]), A[i])                          # d log sigma(A_k) / d A_i
via_sigma = lambda k, i: dlogP.subs(P, s[k]) * diff(s[k], A[i])    # d log s_k/d s_k * d s_k/d A_i

NOTE_CASE = ("the sum over k still has its terms k != i, -Y_k (-sigma_i) = Y_k sigma_i; they vanish, and the "
             "step holds, only when i is the true class (Y_i = 1, other Y_k = 0), the case the heading "
             "'When i = k' evidently means; for a one-hot Y with its 1 elsewhere it fails")
NOTE_YI1 = ("-Y_i(1 - sigma_i) = sigma_i - Y_i needs Y_i sigma_i = sigma_i, i.e. Y_i = 1 (i the true class); "
            "in general it is off by (1 - Y_i) sigma_i")
NOTE_OFFCASE = ("in the case k != i the sum -sum_k Y_k d log sigma_k/dA_i is sigma_i - Y_i (= sigma_i when i is not "
                "the true class), but -Y_i(-sigma_i) = Y_i sigma_i, which is 0 when i is not the true class: the "
                "label of the true class k was written Y_i")
NOTE_OFFCASE2 = "Y_i sigma_i = sigma_i only if Y_i = 1, which is excluded in this case (i is not the true class)"

# ---------------------------------------------------------------- section "Softmax + Cross Entropy" (z, a, y)
Z = symbols("z1:4", real=True)
E = [exp(v) for v in Z]
SZ = E[0] + E[1] + E[2]
a = [e / SZ for e in E]
u1, u2 = symbols("u1 u2", real=True)
yv = [u1, u2, 1 - u1 - u2]                       # one-hot y (line 83), as a distribution
aL = symbols("aL1:4", positive=True)             # the outputs a_L as free variables (lines 71-80)
Lfree = -sum(yv[c] * log(aL[c]) for c in range(C))
Wj = [2, 3, 5]
Wkj = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
vec = lambda f: Add(*[Wj[j] * f(j) for j in range(C)])           # a vector claim, all components at once
mat = lambda f: Add(*[Wkj[k][j] * f(k, j) for k in range(C) for j in range(C)])

J_written = [[a[0] * (1 - a[0]), -a[0] * a[1], -a[0] * a[2]],
             [-a[0] * a[1], a[1] * (1 - a[1]), -a[1] * a[2]],
             [-a[0] * a[2], -a[1] * a[2], a[2] * (1 - a[2])]]
J_written2 = [[a[0] * (1 - a[0]), -a[0] * a[1], -a[0] * a[2]],     # line 90-93: -a_2a_1 etc.
              [-a[1] * a[0], a[1] * (1 - a[1]), -a[1] * a[2]],
              [-a[2] * a[0], -a[2] * a[1], a[2] * (1 - a[2])]]
Lz = -sum(yv[c] * log(a[c]) for c in range(C))                   # the loss through the softmax
dLda = lambda k: diff(Lfree, aL[k]).subs(dict(zip(aL, a)))       # dL/da_k at a = softmax(z)
r95 = lambda j: -(yv[j] - a[j] * (yv[0] + yv[1] + yv[2]))
POS = {aL[0]: (0.1, 3.0), aL[1]: (0.1, 3.0), aL[2]: (0.1, 3.0)}

# ---------------------------------------------------------------- section "Derivation of the Gradient"
expansion = -Y[0] * log(s[0]) - Y[1] * log(s[1]) - Y[2] * log(s[2])   # C = 3: the "..." is empty

x = Symbol("x", positive=True)
XPOS = {x: (0.1, 3.0)}

CLAIMS = [
    # the opening
    Claim(6, "valid", over_i(dH), over_i(chainsum)),
    Claim(8, "valid", diff(log(x), x), 1 / x, domain=XPOS),
    Claim(10, "valid", pairs(dlog, diag), pairs(via_sigma, diag)),
    Claim(10, "valid", pairs(via_sigma, diag), pairs(lambda k, i: 1 / s[i] * s[i] * (1 - s[i]), diag), k=2),
    Claim(10, "valid", pairs(lambda k, i: 1 / s[i] * s[i] * (1 - s[i]), diag), pairs(lambda k, i: 1 - s[i], diag), k=3),
    Claim(14, "valid", over_i(dH), over_i(chainsum)),
    Claim(14, "ambiguous", over_i(chainsum), over_i(lambda i: -Y[i] * (1 - s[i])), k=2,
          alt=(over_i(lambda i: chainsum(i, onehot(i))), over_i(lambda i: -onehot(i)[i] * (1 - s[i]))),
          note=NOTE_CASE),
    Claim(14, "ambiguous", over_i(lambda i: -Y[i] * (1 - s[i])), over_i(lambda i: s[i] - Y[i]), k=3,
          alt=(over_i(lambda i: -1 * (1 - s[i])), over_i(lambda i: s[i] - 1)), note=NOTE_YI1),
    Claim(14, "ambiguous", over_i(lambda i: s[i] - Y[i]), over_i(lambda i: s[i] - 1), k=4,
          alt=(over_i(lambda i: s[i] - onehot(i)[i]), over_i(lambda i: s[i] - 1)),
          note="sigma_i - Y_i = sigma_i - 1 only when Y_i = 1, the case of line 8 read as 'i is the true class'"),
    Claim(16, "valid", diff(log(x), x), 1 / x, domain=XPOS),
    Claim(18, "valid", pairs(dlog, off), pairs(via_sigma, off)),
    Claim(18, "valid", pairs(via_sigma, off), pairs(lambda k, i: 1 / s[k] * (-s[k]) * s[i], off), k=2),
    Claim(18, "valid", pairs(lambda k, i: 1 / s[k] * (-s[k]) * s[i], off), pairs(lambda k, i: -s[i], off), k=3),
    Claim(22, "valid", over_i(dH), over_i(chainsum)),
    Claim(22, "invalid", over_i(chainsum), over_i(lambda i: -Y[i] * (-s[i])), k=2, note=NOTE_OFFCASE),
    Claim(22, "invalid", over_i(lambda i: -Y[i] * (-s[i])), over_i(lambda i: s[i]), k=3, note=NOTE_OFFCASE2),
    Claim(22, "valid", over_i(lambda i: s[i]), over_i(lambda i: s[i] - 0), k=4),
    # Softmax + Cross Entropy, size 3
    Claim(52, "valid", diff(a[0], Z[0]), (E[0] * SZ - E[0] * E[0]) / (SZ * SZ)),
    Claim(52, "valid", (E[0] * SZ - E[0] * E[0]) / (SZ * SZ), E[0] / SZ * (E[0] + E[1] + E[2] - E[0]) / SZ, k=2),
    Claim(52, "valid", E[0] / SZ * (E[0] + E[1] + E[2] - E[0]) / SZ, a[0] * (1 - a[0]), k=3),
    Claim(58, "valid", diff(a[0], Z[1]), (0 * SZ - E[0] * E[1]) / SZ**2),
    Claim(58, "valid", (0 * SZ - E[0] * E[1]) / SZ**2, -E[0] / SZ * E[1] / SZ, k=2),
    Claim(58, "valid", -E[0] / SZ * E[1] / SZ, -a[0] * a[1], k=3),
    Claim(63, "valid", mat(lambda k, j: diff(a[k], Z[j])), mat(lambda k, j: J_written[k][j]),
          note="entry (k, j) is da_k/dz_j; the matrix is symmetric, so either layout gives it"),
    Claim(71, "valid", vec(lambda c: diff(Lfree, aL[c])), vec(lambda c: diff(-sum(yv[q] * log(aL[q]) for q in range(C)), aL[c])),
          domain=POS, note="C = 3, the vdots filled in"),
    Claim(75, "valid", vec(lambda c: diff(-sum(yv[q] * log(aL[q]) for q in range(C)), aL[c])),
          vec(lambda c: -(yv[c] / aL[c])), domain=POS),
    Claim(88, "valid", vec(lambda j: diff(Lz, Z[j])), vec(lambda j: sum(dLda(k) * diff(a[k], Z[j]) for k in range(C))),
          note="the chain rule: gradient (a row) times the Jacobian da/dz"),
    Claim(89, "valid", vec(lambda j: sum(dLda(k) * diff(a[k], Z[j]) for k in range(C))),
          vec(lambda j: sum(-(yv[k] / a[k]) * J_written2[k][j] for k in range(C))),
          note="the vector of y_k/a_k is typeset as a column but must be the row multiplying the Jacobian from the "
               "left (a column cannot multiply a 3x3 matrix); read so, the product is the gradient"),
    Claim(95, "valid", vec(lambda j: sum(-(yv[k] / a[k]) * J_written2[k][j] for k in range(C))), vec(r95)),
    Claim(96, "valid", vec(r95), vec(lambda j: a[j] - yv[j]), note="uses y_1 + y_2 + y_3 = 1 (one-hot y, line 83)"),
    # Derivation of the Gradient (Step 1 and Step 3)
    Claim(128, "valid", -sum(Y[i] * log(s[i]) for i in range(C)), expansion, note="C = 3: the ... is empty"),
    Claim(132, "valid", over_i(dH), over_i(lambda i: diff(expansion, A[i]))),
    Claim(133, "valid", over_i(lambda i: diff(expansion, A[i])),
          over_i(lambda i: sum(diff(-Y[k] * log(s[k]), A[i]) for k in range(C)))),
    Claim(134, "valid", over_i(lambda i: sum(diff(-Y[k] * log(s[k]), A[i]) for k in range(C))),
          over_i(lambda i: sum(-Y[k] * diff(log(s[k]), A[i]) for k in range(C)))),
    Claim(135, "valid", over_i(lambda i: sum(-Y[k] * diff(log(s[k]), A[i]) for k in range(C))), over_i(chainsum)),
    Claim(138, "valid", over_i(dH), over_i(chainsum)),
    Claim(149, "valid", over_i(dH), over_i(lambda i: s[i] - Y[i]), note="uses sum_k Y_k = 1 (one-hot labels)"),
]
