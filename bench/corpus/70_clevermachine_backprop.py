from sympy import symbols, exp, sin, diff, Add, Lambda, Rational, Symbol

from labels import Claim

SOURCE = "https://github.com/dustinstansbury/theclevermachine/blob/f7ffd71/_posts/2020-06-29-derivation-backpropagation.md"
TITLE = "Derivation: Error Backpropagation & Gradient Descent for Neural Networks (Dustin Stansbury, The Clever Machine)"
TOPIC = "backprop"

# One hidden layer: inputs a_i (i = 1, 2), hidden nodes j = 1, 2, outputs k = 1, 2.
#   z_j = b_j + sum_i a_i w_ij,  a_j = g_j(z_j),  z_k = b_k + sum_j a_j w_jk,  a_k = g_k(z_k),
#   E = 1/2 sum_k (a_k - t_k)^2.
# The activations are left abstract in the text: smooth stand-ins, one for the hidden layer (g_j)
# and one for the output layer (g_k; the `g` of "a_k = g(z_k)" is read as the same g_k).
NI, NH, NO = 2, 2, 2
u = Symbol("u", real=True)
gh = Lambda(u, 1 / (1 + exp(-u)))             # g_j
go = Lambda(u, sin(u) + u**3 / 6)             # g_k
ghp = Lambda(u, diff(gh(u), u))               # g_j'
gop = Lambda(u, diff(go(u), u))               # g_k'

x = symbols("x1:3", real=True)                                          # a_i
W1 = [[Symbol(f"w_{i + 1}{j + 1}", real=True) for j in range(NH)] for i in range(NI)]   # w_ij
b1 = symbols("bh1:3", real=True)                                        # b_j
W2 = [[Symbol(f"v_{j + 1}{k + 1}", real=True) for k in range(NO)] for j in range(NH)]   # w_jk
b2 = symbols("bo1:3", real=True)                                        # b_k
t = symbols("t1:3", real=True)
bi = Symbol("b_i", real=True)          # the b_i of Equation 11: a quantity of its own, not b_j
A = symbols("A1:3", real=True)         # a free hidden activation, for derivatives by a_j

zj = [b1[j] + sum(x[i] * W1[i][j] for i in range(NI)) for j in range(NH)]
aj = [gh(zj[j]) for j in range(NH)]
zk = [b2[k] + sum(aj[j] * W2[j][k] for j in range(NH)) for k in range(NO)]
ak = [go(zk[k]) for k in range(NO)]
E = Rational(1, 2) * sum((ak[k] - t[k])**2 for k in range(NO))
dk = [(ak[k] - t[k]) * gop(zk[k]) for k in range(NO)]                   # delta_k
dj = [ghp(zj[j]) * sum(dk[k] * W2[j][k] for k in range(NO)) for j in range(NH)]   # delta_j

Wjk = [[2, 3], [5, 7]]
Wij = [[11, 13], [17, 19]]
Wijk = [[[2, 3], [5, 7]], [[11, 13], [17, 19]]]


def JK(f):
    """a claim about an output weight w_jk, checked for all (j, k) at once"""
    return Add(*[Wjk[j][k] * f(j, k) for j in range(NH) for k in range(NO)])


def IJ(f):
    """a claim about a hidden weight w_ij, checked for all (i, j) at once"""
    return Add(*[Wij[i][j] * f(i, j) for i in range(NI) for j in range(NH)])


def IJK(f):
    """a claim about dz_k/dw_ij, checked for all (i, j, k) at once"""
    return Add(*[Wijk[i][j][k] * f(i, j, k) for i in range(NI) for j in range(NH) for k in range(NO)])


def K_(f):
    return Add(*[[2, 3][k] * f(k) for k in range(NO)])


def J_(f):
    return Add(*[[5, 7][j] * f(j) for j in range(NH)])


# output layer weights (Equations 2-6)
dE_jk = lambda j, k: diff(E, W2[j][k])
r51 = lambda j, k: (ak[k] - t[k]) * diff(ak[k] - t[k], W2[j][k])
r58 = lambda j, k: (ak[k] - t[k]) * diff(ak[k], W2[j][k])
r59 = lambda j, k: (ak[k] - t[k]) * diff(go(zk[k]), W2[j][k])
r60 = lambda j, k: (ak[k] - t[k]) * gop(zk[k]) * diff(zk[k], W2[j][k])
r67 = lambda j, k: (ak[k] - t[k]) * gop(zk[k]) * aj[j]
r82 = lambda j, k: dk[k] * aj[j]
# output biases (Equation 8)
r99a = lambda k: diff(b2[k] + sum(gh(zj[j]) for j in range(NH)), b2[k])   # d/db_k [b_k + sum_j g_j(z_j)]
# hidden weights (Equations 9-15)
dE_ij = lambda i, j: diff(E, W1[i][j])
r122 = lambda i, j: sum((ak[k] - t[k]) * diff(ak[k], W1[i][j]) for k in range(NO))
r130 = lambda i, j: sum((ak[k] - t[k]) * diff(go(zk[k]), W1[i][j]) for k in range(NO))
r131 = lambda i, j: sum((ak[k] - t[k]) * gop(zk[k]) * diff(zk[k], W1[i][j]) for k in range(NO))
r162 = lambda i, j: sum((ak[k] - t[k]) * gop(zk[k]) * W2[j][k] * ghp(zj[j]) * x[i] for k in range(NO))
r163 = lambda i, j: sum(dk[k] * W2[j][k] for k in range(NO)) * ghp(zj[j]) * x[i]
r185 = lambda i, j: dj[j] * x[i]
# Equation 11
r138 = lambda k: b2[k] + sum(aj[j] * W2[j][k] for j in range(NH))
r139 = lambda k: b2[k] + sum(gh(zj[j]) * W2[j][k] for j in range(NH))
r140 = lambda k: b2[k] + sum(gh(bi + sum(x[i] * W1[i][j] for i in range(NI))) * W2[j][k] for j in range(NH))
# Equation 12
dz_ij = lambda i, j, k: diff(zk[k], W1[i][j])
dzk_daj = lambda j, k: diff(b2[k] + sum(A[m] * W2[m][k] for m in range(NH)), A[j])   # dz_k/da_j
r148 = lambda i, j, k: dzk_daj(j, k) * diff(aj[j], W1[i][j])
r149 = lambda i, j, k: diff(b2[k] + sum(A[m] * W2[m][k] for m in range(NH)), A[j]) * diff(aj[j], W1[i][j])
r150 = lambda i, j, k: W2[j][k] * diff(aj[j], W1[i][j])
r151 = lambda i, j, k: W2[j][k] * diff(gh(zj[j]), W1[i][j])
r152 = lambda i, j, k: W2[j][k] * ghp(zj[j]) * diff(zj[j], W1[i][j])
r153 = lambda i, j, k: W2[j][k] * ghp(zj[j]) * diff(b1[j] + sum(x[m] * W1[m][j] for m in range(NI)), W1[i][j])
r154 = lambda i, j, k: W2[j][k] * ghp(zj[j]) * x[i]

CLAIMS = [
    Claim(50, "invalid", JK(dE_jk), JK(lambda j, k: E),
          note="the derivative d/dw_jk is missing: the right side is the error E itself, not its gradient"),
    Claim(51, "invalid", JK(lambda j, k: E), JK(r51),
          note="continues from E (line 50), which is not equal to (a_k - t_k) d(a_k - t_k)/dw_jk; "
               "that product is the gradient dE/dw_jk"),
    Claim(58, "valid", JK(dE_jk), JK(r58)),
    Claim(59, "valid", JK(r58), JK(r59)),
    Claim(60, "valid", JK(r59), JK(r60)),
    Claim(64, "valid", JK(lambda j, k: diff(zk[k], W2[j][k])), JK(lambda j, k: gh(zj[j]))),
    Claim(64, "valid", JK(lambda j, k: gh(zj[j])), JK(lambda j, k: aj[j]), k=2),
    Claim(67, "valid", JK(dE_jk), JK(r67)),
    Claim(82, "valid", JK(dE_jk), JK(r82)),
    Claim(99, "valid", K_(lambda k: diff(zk[k], b2[k])), K_(r99a),
          note="the bracket leaves out the weights w_jk, but both sides are 1: only b_k depends on b_k"),
    Claim(99, "valid", K_(r99a), K_(lambda k: 1), k=2),
    Claim(103, "valid", K_(lambda k: diff(E, b2[k])), K_(lambda k: (ak[k] - t[k]) * gop(zk[k]) * 1)),
    Claim(104, "valid", K_(lambda k: (ak[k] - t[k]) * gop(zk[k]) * 1), K_(lambda k: dk[k])),
    Claim(121, "invalid", IJ(dE_ij), IJ(lambda i, j: E),
          note="the derivative d/dw_ij is missing: the right side is the error E itself"),
    Claim(122, "invalid", IJ(lambda i, j: E), IJ(r122),
          note="continues from E (line 121); sum_k (a_k - t_k) da_k/dw_ij is the gradient, not E"),
    Claim(126, "valid", K_(lambda k: ak[k]), K_(lambda k: go(zk[k])),
          note="restates a_k = g(z_k) of line 55 with g written g_k"),
    Claim(130, "valid", IJ(dE_ij), IJ(r130)),
    Claim(131, "valid", IJ(r130), IJ(r131)),
    Claim(138, "valid", K_(lambda k: zk[k]), K_(r138), note="restates z_k (line 64) with a_j for g_j(z_j)"),
    Claim(139, "valid", K_(r138), K_(r139)),
    Claim(140, "invalid", K_(r139), K_(r140),
          note="z_j = b_j + sum_i a_i w_ij (line 11): the bias inside g_j is written b_i instead of b_j"),
    Claim(144, "valid", J_(lambda j: zj[j]), J_(lambda j: b1[j] + sum(x[i] * W1[i][j] for i in range(NI))),
          note="restates the definition of z_j (line 11)"),
    Claim(144, "valid", J_(lambda j: aj[j]), J_(lambda j: gh(zj[j])), k=2,
          note="restates the definition of a_j (line 35)"),
    Claim(148, "valid", IJK(dz_ij), IJK(r148)),
    Claim(149, "valid", IJK(r148), IJK(r149)),
    Claim(150, "valid", IJK(r149), IJK(r150)),
    Claim(151, "valid", IJK(r150), IJK(r151)),
    Claim(152, "valid", IJK(r151), IJK(r152)),
    Claim(153, "valid", IJK(r152), IJK(r153)),
    Claim(154, "valid", IJK(r153), IJK(r154)),
    Claim(162, "valid", IJ(dE_ij), IJ(r162)),
    Claim(163, "valid", IJ(r162), IJ(r163)),
    Claim(185, "valid", IJ(dE_ij), IJ(r185)),
]
