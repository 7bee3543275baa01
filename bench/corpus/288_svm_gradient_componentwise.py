from sympy import Heaviside, Integer, Matrix, Max, Rational, Symbol, diff

from labels import Claim

SOURCE = ("https://github.com/AndersonZhangyq/AndersonZhangyq.github.io/blob/"
          "7b18fc241eb16d76bce7247d50515e84a9c19766/source/_posts/SVM-gradient.md")
TITLE = "Gradient of the multiclass SVM loss, entry by entry"
TOPIC = "hinge"

# Concrete size: D = 2 features (so d = D = 2), C = 3 classes, the sample's label y_i = 2
# (so the columns c != y_i are c = 1 and c = 3).  w_kc = entry (k, c) of W, column c = w_c.
xi1, xi2 = Symbol("x_i1", real=True), Symbol("x_i2", real=True)
w = {(k, c): Symbol(f"w{k}{c}", real=True) for k in (1, 2) for c in (1, 2, 3)}


def score(xs, c):
    """x_i w_c as an inner product."""
    return xs[0] * w[1, c] + xs[1] * w[2, c]


xs = (xi1, xi2)
yi = 2
g = {c: score(xs, c) - score(xs, yi) + 1 for c in (1, 2, 3)}  # g_ic
L = Max(0, g[1]) + Max(0, g[3])  # L_{x_i} = sum over c != y_i of max(0, g_ic)

# fixed distinct weights to compare whole matrices through one scalar
P = {(1, 1): 2, (1, 2): 3, (1, 3): 5, (2, 1): 7, (2, 2): 11, (2, 3): 13}


def combo(entry, cols=(1, 2, 3)):
    return sum(P[k, c] * entry(k, c) for k in (1, 2) for c in cols)


grad = lambda k, c: diff(L, w[k, c])  # noqa: E731  true entry dL/dw_kc
# the author's matrix on line 76: entry (d, c) = 1((x_i w_c - x w_{y_i} + 1) > 0) x_{id}, x read as x_i
author_entry = lambda k, c: Heaviside(score(xs, c) - score(xs, yi) + 1) * xs[k - 1]  # noqa: E731

# Whole data set: N = 3 samples with labels (2, 1, 3)
N = 3
X = [(Symbol(f"x{n}1", real=True), Symbol(f"x{n}2", real=True)) for n in (1, 2, 3)]
Y = [2, 1, 3]


def sample_loss(n):
    xn, yn = X[n], Y[n]
    return sum(Max(0, score(xn, c) - score(xn, yn) + 1) for c in (1, 2, 3) if c != yn)


Ls = [sample_loss(n) for n in range(N)]
Ltot = Rational(1, N) * sum(Ls)
xrow = Matrix([[xi1, xi2]])
w1col = Matrix([w[1, 1], w[2, 1]])

CLAIMS = [
    # gradient laid out as the D x C matrix of partial derivatives
    Claim(17, "valid", combo(grad), combo(lambda k, c: diff(L, w[k, c]))),
    # x_i w_1 = row times column = sum_k x_ik w_k1
    Claim(27, "valid", xi1 * w[1, 1] + xi2 * w[2, 1], (xrow * w1col)[0, 0]),
    Claim(35, "valid", (xrow * w1col)[0, 0],
          sum(xs[k - 1] * w[k, 1] for k in (1, 2))),
    Claim(41, "valid", diff(g[1], w[1, 1]), xi1),
    # chain rule for dL/dw_11 (class 1 != y_i)
    Claim(48, "valid", diff(L, w[1, 1]),
          Integer(1) * Integer(1) * Heaviside(g[1]) * diff(g[1], w[1, 1])),
    Claim(50, "valid", Integer(1) * Integer(1) * Heaviside(g[1]) * diff(g[1], w[1, 1]),
          Heaviside(score(xs, 1) - score(xs, yi) + 1) * xi1),
    Claim(57, "valid", diff(L, w[1, 3]), Heaviside(score(xs, 3) - score(xs, yi) + 1) * xi1),
    Claim(63, "valid", diff(L, w[2, 3]), Heaviside(score(xs, 3) - score(xs, yi) + 1) * xi2),
    Claim(69, "valid", diff(L, w[2, 1]), Heaviside(score(xs, 1) - score(xs, yi) + 1) * xi2),
    Claim(76, "ambiguous", combo(grad), combo(author_entry),
          alt=(combo(grad, cols=(1, 3)), combo(author_entry, cols=(1, 3))),
          note="the pattern 1(x_i w_c - x_i w_{y_i} + 1 > 0) x_id is right only for the columns c != y_i; "
               "the y_i column (treated separately next) is -sum_c 1(.) x_id, and x must be read as x_i"),
    # column c = y_i
    Claim(87, "valid", diff(L, w[1, 2]), Integer(1) * diff(Max(0, g[1]) + Max(0, g[3]), w[1, 2])),
    Claim(89, "valid", Integer(1) * diff(Max(0, g[1]) + Max(0, g[3]), w[1, 2]),
          sum(Heaviside(score(xs, c) - score(xs, yi) + 1) * (-xi1) for c in (1, 3))),
    Claim(97, "valid", diff(L, w[2, 2]), Integer(1) * diff(Max(0, g[1]) + Max(0, g[3]), w[2, 2])),
    Claim(99, "valid", Integer(1) * diff(Max(0, g[1]) + Max(0, g[3]), w[2, 2]),
          sum(Heaviside(score(xs, c) - score(xs, yi) + 1) * (-xi2) for c in (1, 3))),
    # L = 1/N sum L_{x_i} (definition) = 1/N sum sum max(0, g_ic)
    Claim(106, "valid", Rational(1, N) * sum(Ls),
          Rational(1, N) * sum(Max(0, score(X[n], c) - score(X[n], Y[n]) + 1)
                               for n in range(N) for c in (1, 2, 3) if c != Y[n])),
    # dW = gradient of L, claimed to be the plain sum of the per-sample gradients
    Claim(112, "invalid",
          sum(P[k, c] * diff(Ltot, w[k, c]) for k in (1, 2) for c in (1, 2, 3)),
          sum(P[k, c] * diff(Ls[n], w[k, c]) for n in range(N) for k in (1, 2) for c in (1, 2, 3)),
          note="L carries the factor 1/N, so its gradient is (1/N) sum_i grad L_{x_i}; the 1/N is dropped"),
]
