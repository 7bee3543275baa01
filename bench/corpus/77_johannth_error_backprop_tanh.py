from sympy import Add, Lambda, Rational, Symbol, diff, exp, sin, symbols, tanh

from labels import Claim

SOURCE = "https://github.com/johannth/notes-for-t-809-data/blob/43a766435ae6b1b80f4b1806386f9702db0e00bf/gagnanam-og-vitvelar-2012-10-11.md"
TITLE = "Error Backpropagation, lecture notes of 11 October 2012 (Jóhann Þorvaldur Bergþórsson & Stefanía Bjarney Ólafsdóttir, T-809 Data)"
TOPIC = "backprop"

# Two-layer network, no biases: inputs x_i (i = 1, 2), hidden units j = 1, 2, linear outputs k = 1, 2.
#   a_j = sum_i w_ji x_i,  z_j = h(a_j),  a_k = y_k = sum_j w_kj z_j,  E_n = 1/2 sum_k (y_k - t_k)^2.
# The general part leaves h abstract: a smooth stand-in. The example takes h = tanh.
# delta_j = dE_n/da_j is computed by differentiating E_n with the pre-activation as a free symbol.
NI, NH, NO, NP = 2, 2, 2, 2
u = Symbol("u", real=True)
a = Symbol("a", real=True)
hg = Lambda(u, sin(u) + u**3 / 6)             # a generic activation h
ht = Lambda(u, tanh(u))                       # the example's h

X = [[Symbol(f"x{n + 1}_{i + 1}", real=True) for i in range(NI)] for n in range(NP)]   # pattern n
T = [[Symbol(f"t{n + 1}_{k + 1}", real=True) for k in range(NO)] for n in range(NP)]
W1 = [[Symbol(f"w1_{j + 1}{i + 1}", real=True) for i in range(NI)] for j in range(NH)]  # w_ji^(1)
W2 = [[Symbol(f"w2_{k + 1}{j + 1}", real=True) for j in range(NH)] for k in range(NO)]  # w_kj^(2)
A = symbols("A1:3", real=True)    # free hidden pre-activations, for d/da_j
B = symbols("B1:3", real=True)    # free output pre-activations, for d/da_k


class Net:
    """Forward and backward quantities of one pattern n for the activation h."""

    def __init__(self, h, n=0):
        self.h = h
        self.hp = Lambda(u, diff(h(u), u))
        x, t = X[n], T[n]
        self.x, self.t = x, t
        self.a = [sum(W1[j][i] * x[i] for i in range(NI)) for j in range(NH)]
        self.z = [h(self.a[j]) for j in range(NH)]
        self.y = [sum(W2[k][j] * self.z[j] for j in range(NH)) for k in range(NO)]
        self.E = Rational(1, 2) * sum((self.y[k] - t[k])**2 for k in range(NO))
        # E_n as a function of the hidden pre-activations, and of the output pre-activations
        EA = Rational(1, 2) * sum((sum(W2[k][j] * h(A[j]) for j in range(NH)) - t[k])**2 for k in range(NO))
        EB = Rational(1, 2) * sum((B[k] - t[k])**2 for k in range(NO))
        atA = dict(zip(A, self.a))
        atB = dict(zip(B, self.y))
        self.dEda_h = [diff(EA, A[j]).xreplace(atA) for j in range(NH)]      # delta_j
        self.dEda_o = [diff(EB, B[k]).xreplace(atB) for k in range(NO)]      # delta_k
        # da_k/da_j
        self.dakdaj = [[diff(sum(W2[k][m] * h(A[m]) for m in range(NH)), A[j]).xreplace(atA)
                        for j in range(NH)] for k in range(NO)]

    # (layer, j, i): weight w_ji of unit j, its pre-activation a_j, its input z_i, its delta
    def units(self):
        out = []
        for j in range(NH):
            for i in range(NI):
                out.append((W1[j][i], self.a[j], self.x[i], self.dEda_h[j]))
        for k in range(NO):
            for j in range(NH):
                out.append((W2[k][j], self.y[k], self.z[j], self.dEda_o[k]))
        return out


G = Net(hg)          # general part
G2 = Net(hg, 1)      # a second pattern, for the batch sum
N = Net(ht)          # the tanh example

C_W = [2, 3, 5, 7, 11, 13, 17, 19]      # one weight per (w_ji) over both layers
C_JK = [[2, 3], [5, 7]]                 # [j][k]


def WJI(f, net=G):
    """a claim about every weight w_ji (both layers), checked all at once"""
    return Add(*[c * f(*unit) for c, unit in zip(C_W, net.units())])


def J_(f):
    return Add(*[[3, 7][j] * f(j) for j in range(NH)])


def K_(f):
    return Add(*[[5, 2][k] * f(k) for k in range(NO)])


def JK(f):
    return Add(*[C_JK[j][k] * f(j, k) for j in range(NH) for k in range(NO)])


def back_j(net, j):
    """h'(a_j) sum_k delta_k w_kj"""
    return net.hp(net.a[j]) * sum(net.dEda_o[k] * W2[k][j] for k in range(NO))


def sum_dw(net, j):
    """sum_k delta_k w_kj"""
    return sum(net.dEda_o[k] * W2[k][j] for k in range(NO))


E_batch = G.E + G2.E
one_term = lambda j, k: G.dEda_o[k] * G.dakdaj[k][j]              # dE_n/da_k da_k/da_j, one k
sum_terms = lambda j: sum(G.dEda_o[m] * G.dakdaj[m][j] for m in range(NO))
wh = lambda k: sum(W2[k][m] * G.h(G.a[m]) for m in range(NH))      # sum_j w_kj h(a_j)

CLAIMS = [
    # chain rule through a_j
    Claim(19, "valid", WJI(lambda w, aj, zi, d: diff(G.E, w)), WJI(lambda w, aj, zi, d: d * diff(aj, w))),
    # da_j/dw_ji0
    Claim(26, "valid", WJI(lambda w, aj, zi, d: diff(aj, w)), WJI(lambda w, aj, zi, d: diff(aj, w))),
    Claim(26, "valid", WJI(lambda w, aj, zi, d: diff(aj, w)), WJI(lambda w, aj, zi, d: zi), k=2),
    Claim(28, "valid", WJI(lambda w, aj, zi, d: diff(G.E, w)), WJI(lambda w, aj, zi, d: d * diff(aj, w))),
    Claim(28, "valid", WJI(lambda w, aj, zi, d: d * diff(aj, w)), WJI(lambda w, aj, zi, d: d * zi), k=2),
    # output deltas, linear outputs
    Claim(37, "valid", K_(lambda k: G.dEda_o[k]), K_(lambda k: G.dEda_o[k]),
          note="restates the definition delta = dE_n/da for an output unit"),
    Claim(37, "valid", K_(lambda k: G.dEda_o[k]), K_(lambda k: G.y[k] - G.t[k]), k=2),
    # hidden deltas by the chain rule (line 45 has a stray `=` after \sum_k)
    Claim(45, "valid", J_(lambda j: G.dEda_h[j]), J_(lambda j: G.dEda_h[j]),
          note="restates the definition delta_j = dE_n/da_j"),
    Claim(45, "invalid", J_(lambda j: G.dEda_h[j]), 0, k=2,
          note="a stray `=` leaves a bare \\sum_k with no summand (an empty sum, 0) as the right side"),
    Claim(45, "invalid", 0, JK(one_term), k=3,
          note="the bare \\sum_k (0) is equated to a single term dE_n/da_k da_k/da_j, which is not 0"),
    Claim(46, "invalid", JK(one_term), JK(lambda j, k: sum_terms(j)),
          note="continues from the single term dE_n/da_k da_k/da_j (the sum was cut off by the stray `=`); "
               "sum_k delta_k da_k/da_j is the whole of delta_j, not one of its terms"),
    # the align block whose rows lack `\\`: LaTeX sets it as one row, a single chain of equalities
    Claim(50, "valid", K_(lambda k: G.y[k]), K_(lambda k: sum(W2[k][j] * G.z[j] for j in range(NH))),
          note="restates a = sum w z for an output unit"),
    Claim(50, "ambiguous", JK(lambda j, k: sum(W2[k][m] * G.z[m] for m in range(NH))),
          JK(lambda j, k: wh(k) * G.dakdaj[k][j]), k=2,
          alt=(K_(lambda k: sum(W2[k][m] * G.z[m] for m in range(NH))), K_(wh)),
          note="no `\\\\` ends the row, so as typeset the next row's da_k/da_j0 multiplies sum_j w_kj h(a_j); "
               "read as its own row (hat on a_j read as plain a_j) it holds"),
    Claim(51, "ambiguous", JK(lambda j, k: wh(k) * G.dakdaj[k][j]),
          JK(lambda j, k: W2[k][j] * G.hp(G.a[j]) * G.dEda_h[j]),
          alt=(JK(lambda j, k: G.dakdaj[k][j]), JK(lambda j, k: W2[k][j] * G.hp(G.a[j]))),
          note="as typeset (one row) it equates sum_j w_kj h(a_j) da_k/da_j0 with w_kj0 h'(a_j0) delta_j; "
               "as its own row, da_k/da_j0 = w_kj0 h'(a_j0) holds"),
    Claim(52, "ambiguous", JK(lambda j, k: W2[k][j] * G.hp(G.a[j]) * G.dEda_h[j]),
          JK(lambda j, k: back_j(G, j)),
          alt=(J_(lambda j: G.dEda_h[j]), J_(lambda j: back_j(G, j))),
          note="as typeset (one row) it equates w_kj0 h'(a_j0) delta_j with sum_k delta_k w_kj h'(a_j); "
               "as its own row, delta_j = sum_k delta_k w_kj h'(a_j) holds (hat on delta_k read as plain)"),
    # the algorithm
    Claim(60, "valid", J_(lambda j: G.dEda_h[j]), J_(lambda j: back_j(G, j))),
    Claim(63, "valid", WJI(lambda w, aj, zi, d: diff(G.E, w)), WJI(lambda w, aj, zi, d: d * zi)),
    Claim(66, "valid", WJI(lambda w, aj, zi, d: diff(E_batch, w)), WJI(lambda w, aj, zi, d: diff(E_batch, w)),
          note="read componentwise: the (j, i) entry of the gradient, W_ji being the weight w_ji"),
    Claim(66, "valid", WJI(lambda w, aj, zi, d: diff(E_batch, w)),
          WJI(lambda w, aj, zi, d: diff(G.E, w) + diff(G2.E, w)), k=2),
    # the tanh example
    Claim(71, "valid", tanh(a), (exp(a) - exp(-a)) / (exp(a) + exp(-a))),
    Claim(73, "valid", diff(tanh(a), a), 1 - tanh(a)**2),
    Claim(87, "valid", K_(lambda k: N.dEda_o[k]), K_(lambda k: N.y[k] - N.t[k])),
    Claim(90, "invalid", J_(lambda j: N.dEda_h[j]), J_(lambda j: N.hp(N.a[j])),
          note="the factor sum_k delta_k w_kj is missing: `=` stands where a product is meant"),
    Claim(90, "invalid", J_(lambda j: N.hp(N.a[j])), J_(lambda j: sum_dw(N, j)), k=2,
          note="h'(a_j) is not sum_k delta_k w_kj"),
    Claim(90, "invalid", J_(lambda j: sum_dw(N, j)), J_(lambda j: (1 - N.z[j]**2) * sum_dw(N, j)), k=3,
          note="the factor 1 - z_j^2 appears on one side only"),
    Claim(93, "valid", J_(lambda j: sum([5, 11][i] * diff(N.E, W1[j][i]) for i in range(NI))),
          J_(lambda j: sum([5, 11][i] * (1 - N.z[j]**2) * sum_dw(N, j) * N.x[i] for i in range(NI)))),
    Claim(95, "valid", JK(lambda j, k: diff(N.E, W2[k][j])), JK(lambda j, k: N.dEda_o[k] * N.z[j])),
]
