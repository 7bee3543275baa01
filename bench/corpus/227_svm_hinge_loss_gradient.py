"""Labels for 227_svm_hinge_loss_gradient.md (multiclass SVM / hinge loss sub-gradients).

Concrete size: C = 3 classes (1-indexed as in the post), D = 3 features, true class y_i = 2.
w[j][d] is w_{jd}, the d-th weight of class j; x[d] is x_{id}; the score of class j is
x_i w_j = sum_d x_{id} w_{jd}. Vector/matrix equalities are checked through a random linear
functional (weights U), which is zero for every U exactly when the two sides agree.
"""

from sympy import Max, Piecewise, Symbol, diff

from labels import Claim

SOURCE = ("https://github.com/nimitpattanasri/mlxai.github.io/blob/"
          "6338a07d287ab16b819f1d293e16640117d12759/_posts/"
          "2017-01-06-vectorized-implementation-of-svm-loss-and-gradient-update.md")
TITLE = "Vectorized Implementation of SVM Loss and Gradient Update"
TOPIC = "hinge"

C, D, Y = 3, 3, 2  # classes 1..C, features 1..D, true class y_i
classes = range(1, C + 1)
feats = range(1, D + 1)
x = {d: Symbol(f"x_{d}", real=True) for d in feats}
w = {j: {d: Symbol(f"w_{j}{d}", real=True) for d in feats} for j in classes}
Delta = Symbol("Delta", positive=True)
U = {(d, j): Symbol(f"U_{d}{j}", real=True) for d in feats for j in classes}
u = {d: Symbol(f"u_{d}", real=True) for d in feats}


def score(j):
    return sum(x[d] * w[j][d] for d in feats)


def margin(j):
    return score(j) - score(Y) + Delta


def ind(e):
    return Piecewise((1, e > 0), (0, True))


L = sum(Max(0, margin(j)) for j in classes if j != Y)  # equation (1)

# the matrix of partials arranged as in the post: column j holds dL/dw_j, row d holds feature d
grad_cols = sum(U[(d, j)] * diff(L, w[j][d]) for j in classes for d in feats)
grad_entries = sum(U[(d, j)] * diff(L, w[j][d]) for d in feats for j in classes)

# the expansion as literally written: one max term for every class 1, 2, ..., C
L_all = sum(Max(0, margin(j)) for j in classes)

# domain that puts every margin above 0 (|x_i w_j - x_i w_{y_i}| <= 3 * 1 * 2 = 6 < Delta)
active = {**{x[d]: (-1, 1) for d in feats},
          **{w[j][d]: (-1, 1) for j in classes for d in feats},
          Delta: (7, 8)}

J = 3  # an incorrect class for the general-j claims
count = sum(ind(margin(j)) for j in classes if j != Y)

CLAIMS = [
    Claim(40, "valid", grad_cols, grad_entries),
    Claim(51, "ambiguous", L, L_all, alt=(L, L_all - Max(0, margin(Y))),
          domain={Delta: (0.5, 2)},
          note="written with a row for every class 1..C, which adds the j = y_i term max(0, Δ) = Δ; "
               "equals (1) only if the ⋮ is read as skipping j = y_i"),
    Claim(62, "valid", diff(L, w[1][1]), x[1], domain=active),
    Claim(70, "valid", diff(L, w[1][1]), ind(margin(1)) * x[1]),
    Claim(78, "valid", diff(L, w[1][2]), ind(margin(1)) * x[2]),
    Claim(79, "valid", diff(L, w[1][3]), ind(margin(1)) * x[3]),
    Claim(81, "valid", diff(L, w[1][D]), ind(margin(1)) * x[D]),
    Claim(89, "valid", sum(u[d] * diff(L, w[J][d]) for d in feats),
          ind(margin(J)) * sum(u[d] * x[d] for d in feats)),
    Claim(97, "valid", ind(margin(J)) * sum(u[d] * x[d] for d in feats),
          sum(u[d] * ind(margin(J)) * x[d] for d in feats)),
    Claim(105, "valid", diff(L, w[Y][1]), -count * x[1]),
    Claim(113, "valid", sum(u[d] * diff(L, w[Y][d]) for d in feats),
          -count * sum(u[d] * x[d] for d in feats)),
    Claim(121, "valid", -count * sum(u[d] * x[d] for d in feats),
          sum(u[d] * (-sum(ind(margin(j)) * x[d] for j in classes if j != Y)) for d in feats)),
]
