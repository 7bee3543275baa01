from sympy import Matrix, Symbol, diff

from labels import Claim

SOURCE = "https://math.stackexchange.com/questions/2811811/gradient-of-least-squares-loss-function-derivation"
TITLE = "Gradient of least squares loss function derivation"
TOPIC = "vector"

# Concrete size m = 3 samples, n = 2 features; one symbol per entry.
X = Matrix(3, 2, lambda i, j: Symbol(f"x{i + 1}{j + 1}", real=True))
y = Matrix(3, 1, lambda i, j: Symbol(f"y{i + 1}", real=True))
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
w = Matrix([w1, w2])
T = lambda A: A.T  # the source's prime ' is the transpose

r = y - X * w  # residual y - Xw
L = (T(r) * r)[0, 0]  # (y-Xw)'(y-Xw)
yXw = (T(y) * X * w)[0, 0]  # the scalar y'Xw
wXy = (T(w) * T(X) * y)[0, 0]  # the scalar w'X'y
wXXw = (T(w) * T(X) * X * w)[0, 0]
yy = (T(y) * y)[0, 0]
XtXw = T(X) * (X * w)  # X'(Xw), an n-vector
grad1 = diff(L, w1)  # first component of the true gradient

# The 1 x 1 case (m = n = 1): the only size at which the asker's whole sum is well-formed.
xs, ys, ws = Symbol("xs", real=True), Symbol("ys", real=True), Symbol("ws", real=True)
Ls = (ys - xs * ws) ** 2

# n = 1, m = 2: X is a column (p1, p2), w a scalar; X(w'X') is then the 2 x 2 matrix w X X'.
p1, p2, q1, q2, v = (Symbol(s, real=True) for s in ("p1", "p2", "q1", "q2", "v"))
Xc = Matrix([p1, p2])
yc = Matrix([q1, q2])
lin_c = -2 * (T(yc) * Xc)[0, 0] * v  # -2y'Xw (a scalar, same on both sides)
XtXw_c = (T(Xc) * (Xc * v))[0, 0]  # X'(Xw), 1 x 1
XwXt_c = (Xc * (v * T(Xc)))[0, 0]  # entry (1,1) of X(w'X')

# x'x for a 2-vector, and g(u) = u'u for a 3-vector
a1, a2 = Symbol("a1", real=True), Symbol("a2", real=True)
u = Matrix(3, 1, lambda i, j: Symbol(f"u{i + 1}", real=True))
g = lambda vec: (T(vec) * vec)[0, 0]
h = r  # h(w) = y - Xw
fprime = [diff(L, w1), diff(L, w2)]  # f'(w), a 1 x n row

CLAIMS = [
    # the question: expanding the loss
    Claim(12, "valid", L, ((T(y) - T(w) * T(X)) * r)[0, 0]),
    Claim(13, "valid", ((T(y) - T(w) * T(X)) * r)[0, 0], yy - yXw - wXy + wXXw),
    Claim(14, "valid", yy - yXw - wXy + wXXw, yy - yXw - yXw + wXXw),
    Claim(15, "valid", yy - yXw - yXw + wXXw, yy - 2 * yXw + wXXw),
    # the question: its gradient
    Claim(19, "invalid", diff(Ls, ws), -2 * ys * xs * ws + xs * (xs * ws) + xs * (ws * xs),
          note="grad of -2y'Xw is -2X'y, not the scalar -2y'Xw (w kept); fails even for m=n=1"),
    Claim(20, "invalid", lin_c + XtXw_c + XwXt_c, lin_c + XtXw_c + XtXw_c,
          note="X(w'X') is not X'(Xw): for n=1 it is the m x m matrix wXX' (entry (1,1) shown), "
               "for n>1 not conformable; they agree only if m=n=1"),
    Claim(21, "valid", -2 * yXw + XtXw[0] + XtXw[0], -2 * yXw + 2 * XtXw[0]),
    Claim(23, "valid", diff(a1**2 + a2**2, a1), 2 * a1),
    Claim(25, "valid", yy - 2 * yXw + wXXw, L),
    # the question: the chain-rule attempt, first component; (y-Xw)(-X) read entrywise
    Claim(29, "invalid", grad1, 2 * r[0] * (-X[0, 0]),
          note="(y-Xw)(-X) is not conformable for m>1 (transpose missing); dL/dw1 = -2 sum_i r_i x_i1, "
               "entrywise it keeps one term"),
    Claim(30, "valid", 2 * r[0] * (-X[0, 0]), -2 * y[0] * X[0, 0] + 2 * (X * w)[0] * X[0, 0]),
    # the answer
    Claim(38, "valid", diff(g(u), u[0]), 2 * u[0]),
    Claim(40, "valid", diff(h[1], w1), -X[1, 0]),
    Claim(42, "valid", g(h), L),
    Claim(42, "valid", fprime[0], sum(2 * h[i] * diff(h[i], w1) for i in range(3)), k=2),
    Claim(44, "valid", fprime[0], (2 * T(r) * (-X))[0, 0]),
    Claim(44, "valid", diff(L, w2), fprime[1], k=2),
    Claim(44, "valid", fprime[1], (2 * T(X) * (X * w - y))[1], k=3),
]
