from sympy import Symbol, Max, Heaviside, diff, KroneckerDelta

from labels import Claim

SOURCE = "https://github.com/FortiLeiZhang/cs231n/blob/43867c4206797553f9247ad0861c960bf73d69c8/document/Course%20Note%203.md"
TITLE = "Multiclass SVM (hinge) loss gradients, cs231n Course Note 3 (FortiLeiZhang)"
TOPIC = "hinge"

# Concrete size: C = 3 classes (0, 1, 2), D = 2 features, correct class y_i = 2.
# w_c x_i is the score of class c, i.e. the dot product of column w_c of W with x_i.
KD = KroneckerDelta
Delta = Symbol("Delta", real=True)
D, C, Y = 2, 3, 2
W = [[Symbol(f"w{d}{c}", real=True) for c in range(C)] for d in range(D)]   # W[d][c]
xi = [Symbol(f"xi{d}", real=True) for d in range(D)]                          # sample x_i
xj = [Symbol(f"xj{d}", real=True) for d in range(D)]                          # another sample x_j


def score(x, c):
    return sum(W[d][c] * x[d] for d in range(D))


s_ = [score(xi, c) for c in range(C)]
L_i = sum(Max(0, s_[c] - s_[Y] + Delta) for c in range(C) if c != Y)
ind = [Heaviside(s_[c] - s_[Y] + Delta) for c in range(C)]                    # 1(w_c x_i - w_{y_i} x_i + Delta > 0)

# free indices: j in {0, 1} (a wrong class), d in {1, 2} (feature component)
j = Symbol("j", integer=True)
dd = Symbol("d", integer=True)
WRONG = [c for c in range(C) if c != Y]


def pick_jd(f):
    return sum(KD(j, c) * KD(dd, d + 1) * f(c, d) for c in WRONG for d in range(D))


def pick_d(f):
    return sum(KD(dd, d + 1) * f(d) for d in range(D))


# line 17: expansion of the sum, with the generic term written w_j x_j (x_j another sample);
# at C = 3, y_i = 2 the terms are j = 0 and the "generic" j = 1.
expansion = Max(0, score(xi, 0) - s_[Y] + Delta) + Max(0, score(xj, 1) - s_[Y] + Delta)

grad_wj = pick_jd(lambda c, d: diff(L_i, W[d][c]))
grad_wj_rhs = pick_jd(lambda c, d: ind[c] * xi[d])
grad_wy = pick_d(lambda d: diff(L_i, W[d][Y]))
grad_wy_terms = pick_d(lambda d: sum(ind[c] * (-xi[d]) for c in WRONG))
grad_wy_count = pick_d(lambda d: -(sum(ind[c] for c in WRONG)) * xi[d])

# line 52: dW = X^T dScore for a batch of N = 2 samples with labels (2, 0), L = L_0 + L_1.
N, labels_ = 2, (2, 0)
X = [[Symbol(f"X{n}{d}", real=True) for d in range(D)] for n in range(N)]
S = [[Symbol(f"s{n}{c}", real=True) for c in range(C)] for n in range(N)]      # score symbols
L_of_S = sum(Max(0, S[n][c] - S[n][labels_[n]] + Delta)
             for n in range(N) for c in range(C) if c != labels_[n])
to_W = {S[n][c]: score(X[n], c) for n in range(N) for c in range(C)}
L_of_W = L_of_S.xreplace(to_W)
dScore = [[diff(L_of_S, S[n][c]).xreplace(to_W) for c in range(C)] for n in range(N)]
cc = Symbol("c", integer=True)


def pick_dc(f):
    return sum(KD(dd, d + 1) * KD(cc, c + 1) * f(d, c) for d in range(D) for c in range(C))


dW_lhs = pick_dc(lambda d, c: diff(L_of_W, W[d][c]))
dW_rhs = pick_dc(lambda d, c: sum(X[n][d] * dScore[n][c] for n in range(N)))

# lines 56, 60: gradient of one sample's loss w.r.t. its scores s_0, s_1, s_2 (y_i = 2)
s = [Symbol(f"s{c}", real=True) for c in range(C)]
L_s = sum(Max(0, s[c] - s[Y] + Delta) for c in range(C) if c != Y)


def pick_j(f):
    return sum(KD(j, c) * f(c) for c in WRONG)


DOM_DELTA = {Delta: (0.5, 1.5)}
CLAIMS = [
    Claim(17, "invalid", L_i, expansion, domain=DOM_DELTA,
          note="expansion writes the generic term as max(0, w_j x_j - w_{y_i} x_i + Delta): x_j (another sample) instead of x_i"),
    Claim(24, "valid", grad_wj, grad_wj_rhs, domain={**DOM_DELTA, j: (0, 1), dd: (1, 2)},
          note="only the j-th hinge term depends on w_j; its (sub)gradient is 1(margin>0) x_i"),
    Claim(33, "valid", grad_wy, grad_wy_terms, domain={**DOM_DELTA, dd: (1, 2)},
          note="every hinge term contains -w_{y_i} x_i, giving 1(margin_j>0)(-x_i) per wrong class j"),
    Claim(35, "valid", grad_wy_terms, grad_wy_count, domain={**DOM_DELTA, dd: (1, 2)},
          note="factor -x_i out of the sum of indicators"),
    Claim(52, "valid", dW_lhs, dW_rhs, domain={**DOM_DELTA, dd: (1, 2), cc: (1, 2, 3)},
          note="Score = XW so dL/dW = X^T dL/dScore (entry (d,c) = sum_n X_nd dScore_nc)"),
    Claim(56, "valid", pick_j(lambda c: diff(L_s, s[c])), pick_j(lambda c: Heaviside(s[c] - s[Y] + Delta)),
          domain={**DOM_DELTA, j: (0, 1)},
          note="for a wrong class j, dL_i/ds_j is the indicator of a positive margin"),
    Claim(60, "valid", diff(L_s, s[Y]), -sum(Heaviside(s[c] - s[Y] + Delta) for c in WRONG),
          domain=DOM_DELTA,
          note="s_{y_i} enters every hinge term with sign -1"),
]
