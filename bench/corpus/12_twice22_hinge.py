from sympy import Symbol, Max, Piecewise, diff

from labels import Claim

SOURCE = "https://github.com/Twice22/Twice22.github.io/blob/f28c9c7a17ec8571fe0572ad378c6e1c853437f9/_posts/2017-3-29-hingeloss.md"
TITLE = "Hinge Loss Gradient Computation (Twice22)"
TOPIC = "vector"

# concrete size: N = 2 examples, D = 3 features, C = 3 classes; the example is i = 1 with y_1 = 2.
# w[c][d] is w_{cd} (class c, feature d), x[i][d] is x_{id}; all names 1-based.
N, D, C = 2, 3, 3
x = {(i, d): Symbol(f"x{i}{d}", real=True) for i in range(1, N + 1) for d in range(1, D + 1)}
w = {(c, d): Symbol(f"w{c}{d}", real=True) for c in range(1, C + 1) for d in range(1, D + 1)}
Delta = Symbol("Delta", positive=True)
DOM = {Delta: (0.5, 1.5)}
i, yi = 1, 2


def dot(c):
    return sum(x[i, d] * w[c, d] for d in range(1, D + 1))


def ind(e):
    return Piecewise((1, e > 0), (0, True))


def marg(c):
    return dot(c) - dot(yi) + Delta


L = sum(Max(0, marg(c)) for c in range(1, C + 1) if c != yi)

# (line 35) the written-out L_i, read at D = 3, C = 3: every row c = 1..C, no Delta, and the last
# subtracted term x_{y_i D} w_{1D} (x of example y_i = 2, weight w_{13})
expansion = sum(Max(0, sum(x[i, d] * w[c, d] for d in range(1, D + 1))
                    - x[i, 1] * w[yi, 1] - x[i, 2] * w[yi, 2] - x[yi, D] * w[1, D])
                for c in range(1, C + 1))

# vectors are compared through a fixed combination of their components
cd = {1: 1, 2: 2, 3: 3}
ccd = {(c, d): c + 3 * d for c in range(1, C + 1) for d in range(1, D + 1)}   # distinct weights for matrices

j = 1          # a class j != y_i
grad_j = sum(cd[d] * diff(L, w[j, d]) for d in range(1, D + 1))
vals_j = sum(cd[d] * ind(marg(j)) * x[i, d] for d in range(1, D + 1))
fact_j = ind(marg(j)) * sum(cd[d] * x[i, d] for d in range(1, D + 1))

grad_y = sum(cd[d] * diff(L, w[yi, d]) for d in range(1, D + 1))
vals_y = sum(cd[d] * -sum(ind(marg(k)) * x[i, d] for k in range(1, C + 1) if k != yi) for d in range(1, D + 1))
fact_y = -sum(ind(marg(k)) for k in range(1, C + 1) if k != yi) * sum(cd[d] * x[i, d] for d in range(1, D + 1))

full = sum(ccd[c, d] * diff(L, w[c, d]) for c in range(1, C + 1) for d in range(1, D + 1))
full_vals = sum(ccd[c, d] * (ind(marg(c)) * x[i, d] if c != yi
                             else -sum(ind(marg(k)) * x[i, d] for k in range(1, C + 1) if k != yi))
                for c in range(1, C + 1) for d in range(1, D + 1))
col_j = sum(ccd[j, d] * diff(L, w[j, d]) for d in range(1, D + 1))

CLAIMS = [
    Claim(35, "invalid", L, expansion, domain=DOM,
          note="the expansion drops +Delta, keeps the row c = y_i, and ends each row with -x_{y_i D} w_{1D} instead of -x_{iD} w_{y_i D}"),
    Claim(45, "valid", diff(L, w[1, 2]), ind(marg(1)) * x[i, 2], domain=DOM),
    Claim(51, "valid", grad_j, grad_j, domain=DOM),
    Claim(58, "valid", grad_j, vals_j, domain=DOM),
    Claim(65, "valid", vals_j, fact_j, domain=DOM),
    Claim(75, "valid", diff(L, w[yi, 3]), -sum(ind(marg(k)) * x[i, 3] for k in range(1, C + 1) if k != yi),
          domain=DOM),
    Claim(81, "valid", grad_y, grad_y, domain=DOM),
    Claim(88, "valid", grad_y, vals_y, domain=DOM),
    Claim(95, "valid", vals_y, fact_y, domain=DOM),
    Claim(114, "invalid", col_j, full, domain=DOM,
          note="nabla_{w_j} L_i is the D-vector of column j only; the right side is the whole D x C matrix nabla_W L_i"),
    Claim(118, "valid", full, full, domain=DOM),
    Claim(131, "valid", full, full_vals, domain=DOM),
]
