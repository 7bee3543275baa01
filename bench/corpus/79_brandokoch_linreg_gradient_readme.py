from sympy import Integer, Matrix, Rational, Symbol, cos, diff, exp, sin, sqrt

from labels import Claim

SOURCE = "https://github.com/brandokoch/gradient-calculation-linear-regression/blob/5819a14a29ec3ef4bae4a2383cfc589d6b6ee6a5/README.md"
TITLE = "Linear regression gradient, element-wise then vectorised: J = 1/(2m) sum (theta^T x - y)^2 (README)"
TOPIC = "linear"

# ---------------------------------------------------------------- the differentiation rules (1.x)
# the rules are stated for arbitrary f, g; they are checked with concrete smooth functions
x = Symbol("x", real=True)
a, b = Symbol("a", real=True), Symbol("b", real=True)
f = sin(3 * x) + x**3 / 3          # a concrete f
g = exp(x / 3) + 2                 # a concrete g, never zero
F = x**2 + 1                       # inner function for the chain rule
G = sin                            # outer function for the chain rule: g(f(x)) = sin(x^2 + 1)
XPOS = {x: (0.2, 3.0)}             # x > 0 for the power rule x^b

# ---------------------------------------------------------------- the model at m = 3, n + 1 = 2
# theta = (theta_0, theta_1), x^{(i)} = (x_0^{(i)}, x_1^{(i)}); the claims about theta_k use k = 1
m = 3
t = [Symbol(f"theta{j}", real=True) for j in range(2)]
xs = [[Symbol(f"x{j}_{i}", real=True) for j in range(2)] for i in range(1, m + 1)]   # xs[i][j] = x_j^{(i)}
ys = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
res = [sum(t[j] * xs[i][j] for j in range(2)) - ys[i] for i in range(m)]             # theta^T x^{(i)} - y^{(i)}
J = Rational(1, 2 * m) * sum(r**2 for r in res)
k = 1

Th = Matrix(t)                                    # column theta
X = Matrix(m, 2, lambda i, j: xs[i][j])           # rows (x^{(i)})^T
Y = Matrix(ys)
V = X * Th - Y                                    # residual vector X theta - y
S = sum(vi**2 for vi in V)                        # the sum of squares without the 1/(2m)

W8 = [sqrt(p) for p in (2, 3, 5, 7, 11, 13, 17, 19, 23)]


def vec(M):
    """A matrix (or vector) as one number: a weighted sum of its entries, row by row."""
    return sum(c * e for c, e in zip(W8, list(M)))


def grad(expr, var=t):
    """The gradient of a scalar as a column (the denominator layout of (2.4) and (2.5))."""
    return Matrix([diff(expr, v) for v in var])


def sc(M):
    """A 1 x 1 matrix as its entry."""
    return M[0, 0]


# ---------------------------------------------------------------- the rules (2.x) at small sizes
av = Matrix([Symbol(f"a{i}", real=True) for i in range(3)])
bv = Matrix([Symbol(f"b{i}", real=True) for i in range(3)])
A23 = Matrix(2, 3, lambda i, j: Symbol(f"A{i}{j}", real=True))
B32 = Matrix(3, 2, lambda i, j: Symbol(f"B{i}{j}", real=True))
A22 = Matrix(2, 2, lambda i, j: Symbol(f"P{i}{j}", real=True))
B22 = Matrix(2, 2, lambda i, j: Symbol(f"Q{i}{j}", real=True))
W22 = Matrix(2, 2, lambda i, j: Symbol(f"W{i}{j}", real=True))
xv = [Symbol(f"u{i}", real=True) for i in range(2)]
Xv = Matrix(xv)
bb = Matrix([Symbol(f"c{i}", real=True) for i in range(2)])
sa = Symbol("s", real=True)                       # the scalar a of (2.8)


def grad_layout(vecfun, var):
    """Denominator layout of a vector function: entry (i, j) is d f_j / d var_i."""
    return Matrix(len(var), len(vecfun), lambda i, j: diff(vecfun[j], var[i]))


def jacobian(vecfun, var):
    """Numerator layout (the Jacobian): entry (i, j) is d f_i / d var_j."""
    return Matrix(len(vecfun), len(var), lambda i, j: diff(vecfun[i], var[j]))


Wx = list(W22 * Xv)                 # W x, a column
xTW = list(Xv.T * W22)              # x^T W, a row

# ---------------------------------------------------------------- the vectorised chain (lines 108-141)
G110 = grad(sc(Th.T * X.T * X * Th - Y.T * X * Th - Th.T * X.T * Y + Y.T * Y))
G123 = grad(sc(Th.T * X.T * X * Th)) - 2 * grad(sc(Y.T * X * Th)) + grad(sc(Y.T * Y))
GS = grad(S)                        # what the unlabelled '=' lines 108 and 140 are the gradient of

IMPLICIT = "implicit left side: the gradient of the unnormalised cost sum (theta^T x - y)^2 that the prose says it works on"

CLAIMS = [
    # (1.1)-(1.5)
    Claim(24, "valid", diff(f + g, x), diff(f, x) + diff(g, x), note="sum rule, checked with concrete f, g"),
    Claim(25, "valid", diff(a * x**b, x), b * a * x**(b - 1), domain=XPOS,
          note="f(x) = ax^b is the premise (not a claim); the power rule is the claim"),
    Claim(26, "valid", diff(f * g, x), f * diff(g, x) + diff(f, x) * g,
          note="h(x) = f(x)g(x) is the premise; product rule"),
    Claim(27, "ambiguous", diff(G(F), x), diff(G(F), x) * diff(F, x),
          alt=(diff(G(F), x), cos(F) * diff(F, x)),
          note="d/dx g(f(x)) literally is h'(x) itself, making h' = h' f'; it holds only read as g'(f(x))"),
    Claim(28, "valid", diff(f / g, x), (g * diff(f, x) - f * diff(g, x)) / g**2, note="quotient rule"),
    # element-wise derivative, k = 1
    Claim(36, "valid", diff(J, t[k]), diff(Rational(1, 2 * m) * sum(r**2 for r in res), t[k])),
    Claim(37, "valid", diff(J, t[k]), Rational(1, 2 * m) * sum(2 * r * diff(r, t[k]) for r in res),
          note="chain and power rule term by term"),
    Claim(38, "valid", Rational(1, 2 * m) * sum(2 * r * diff(r, t[k]) for r in res),
          Rational(1, m) * sum(res[i] * xs[i][k] for i in range(m))),
    Claim(47, "valid", diff(J, t[k]), Rational(1, m) * sum(res[i] * xs[i][k] for i in range(m))),
    Claim(48, "valid", diff(J, t[k]), Rational(1, m) * sum(
        (sc(Th.T * Matrix(xs[i])) - ys[i]) * xs[i][k] for i in range(m)),
          note="theta^T x^{(i)} is the inner sum over j"),
    # the gradient (line 56 defines nabla J as the vector of partials: not a claim)
    Claim(57, "valid", vec(grad(J)), vec(Matrix([Rational(1, m) * sum(res[i] * xs[i][j] for i in range(m))
                                                 for j in range(2)]))),
    Claim(58, "valid", vec(Matrix([Rational(1, m) * sum(res[i] * xs[i][j] for i in range(m)) for j in range(2)])),
          vec(Rational(1, m) * sum((res[i] * Matrix(xs[i]) for i in range(m)), Matrix([0, 0])))),
    Claim(66, "valid", vec(grad(J)), vec(Rational(1, m) * X.T * V)),
    # the square of the residual vector
    Claim(85, "ambiguous", vec(Matrix([vi**2 for vi in V])), sc(V.T * V),
          alt=(sum(vi**2 for vi in V), sc(V.T * V)),
          note="the square of a vector read entry-wise (as in NumPy) is a vector, not the scalar v^T v; "
               "it holds read as the squared norm, as the sum of squares above means"),
    # (2.1)-(2.8)
    Claim(93, "valid", sc(av.T * bv), sc(bv.T * av)),
    Claim(94, "valid", vec((A23 * B32).T), vec(B32.T * A23.T)),
    Claim(95, "valid", vec((A22 + B22).T), vec(A22.T + B22.T)),
    Claim(96, "valid", vec(grad(sc(bb.T * Xv), xv)), vec(bb)),
    Claim(97, "invalid", vec(grad(sc(Xv.T * A22 * Xv), xv)), vec(2 * A22 * Xv),
          note="the gradient of x^T A x is (A + A^T) x; 2Ax holds only for symmetric A, which the rule does not say"),
    Claim(98, "ambiguous", vec(grad_layout(Wx, xv)), vec(W22),
          alt=(vec(jacobian(Wx, xv)), vec(W22)),
          note="in the gradient layout of (2.4)-(2.5) the derivative of Wx is W^T; W is its Jacobian"),
    Claim(99, "ambiguous", vec(grad_layout(xTW, xv)), vec(W22.T),
          alt=(vec(jacobian(xTW, xv)), vec(W22.T)),
          note="in the gradient layout of (2.4)-(2.5) the derivative of x^T W is W; W^T is its Jacobian"),
    Claim(100, "valid", sc(Matrix([[sa]]).T), sa, note="a scalar is its own transpose"),
    # vectorised gradient
    Claim(108, "valid", vec(GS), vec(grad(sc(V.T * V))), note=IMPLICIT),
    Claim(109, "valid", vec(grad(sc(V.T * V))), vec(grad(sc((Th.T * X.T - Y.T) * V)))),
    Claim(110, "valid", vec(grad(sc((Th.T * X.T - Y.T) * V))), vec(G110)),
    Claim(119, "valid", vec(G110), vec(G110), note="the chain resumes by repeating the last line (2.8 not yet used)"),
    Claim(120, "valid", vec(G110), vec(grad(sc(Th.T * X.T * X * Th - Y.T * X * Th - (Th.T * X.T * Y).T + Y.T * Y)))),
    Claim(121, "valid", vec(G110), vec(grad(sc(Th.T * X.T * X * Th - Y.T * X * Th - Y.T * X * Th + Y.T * Y)))),
    Claim(122, "valid", vec(G110), vec(grad(sc(Th.T * X.T * X * Th - 2 * Y.T * X * Th + Y.T * Y)))),
    Claim(123, "valid", vec(G110), vec(G123)),
    Claim(131, "valid", vec(grad(sc(Th.T * X.T * X * Th))), vec(2 * X.T * X * Th),
          note="(2.5) applies here: X^T X is symmetric"),
    Claim(132, "valid", vec(grad(sc(Y.T * X * Th))), vec(grad(sc((X.T * Y).T * Th)))),
    Claim(132, "valid", vec(grad(sc((X.T * Y).T * Th))), vec(X.T * Y), k=2,
          note="the gradient of b^T theta is b as in (2.4) (the cited (2.6) would give the row y^T X)"),
    Claim(133, "valid", vec(grad(sc(Y.T * Y))), Integer(0)),
    Claim(140, "valid", vec(GS), vec(2 * X.T * X * Th - 2 * X.T * Y), note=IMPLICIT),
    Claim(141, "valid", vec(2 * X.T * X * Th - 2 * X.T * Y), vec(2 * X.T * V)),
    Claim(148, "valid", vec(Rational(1, 2 * m) * 2 * X.T * V), vec(Rational(1, m) * X.T * V)),
]
