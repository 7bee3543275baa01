from sympy import Matrix, Rational, Symbol, diff, symbols

from labels import Claim

SOURCE = ("https://github.com/luisdecunto/ml-roadmap/blob/0c3d3180eab3b6e57a08bdaf52cbf8e62a792ed8/"
          "guides/quadratic_forms_gradient_guide.md")
TITLE = "Computing Gradients of Quadratic Forms - Practice Guide"
TOPIC = "vector"

# ---------------------------------------------------------------- helpers
# Vector (matrix) equalities are checked as scalars: the inner product with a vector (matrix)
# of free weight symbols, which agrees for all weights iff the two vectors (matrices) agree.
w1, w2, w3 = symbols("w1 w2 w3", real=True)
W = Matrix([[Symbol(f"W{i}{j}", real=True) for j in range(2)] for i in range(2)])


def vec(v):
    v = Matrix(v)
    ws = (w1, w2, w3)[: len(v)]
    return sum(ws[i] * v[i] for i in range(len(v)))


def mat(M):
    M = Matrix(M)
    return sum(W[i, j] * M[i, j] for i in range(2) for j in range(2))


def grad(f, xs):
    return [diff(f, xi) for xi in xs]


def sc(M):
    """the single entry of a 1x1 matrix"""
    return Matrix(M)[0, 0]


x1, x2 = symbols("x1 x2", real=True)
X = Matrix([x1, x2])
at12 = {x1: 1, x2: 2}

# ---------------------------------------------------------------- Part 1 (A = [[2,1],[1,3]])
A1 = Matrix([[2, 1], [1, 3]])
f1 = sc(X.T * A1 * X)
row = Matrix([[x1, x2]])
Av1 = Matrix([2 * x1 + x2, x1 + 3 * x2])
p1 = 2 * x1**2 + 2 * x1 * x2 + 3 * x2**2

# ---------------------------------------------------------------- Part 2 (general / symmetric, n = 3)
xs3 = symbols("y1 y2 y3", real=True)
Y = Matrix(xs3)
G = Matrix(3, 3, lambda i, j: Symbol(f"a{i + 1}{j + 1}", real=True))
S = Matrix(3, 3, lambda i, j: Symbol(f"s{min(i, j) + 1}{max(i, j) + 1}", real=True))  # symmetric
fG = sc(Y.T * G * Y)
fS = sc(Y.T * S * Y)
u1, u2, u3 = symbols("u1 u2 u3", real=True)
U = (u1, u2, u3)


def over_k(expr_k):
    """sum_k u_k * expr(k): the vector with k-th entry expr(k), as a scalar."""
    return sum(U[k] * expr_k(k) for k in range(3))


# ---------------------------------------------------------------- Exercise 1 (A = [[3,-1],[-1,2]], x = (1, 2))
B1 = Matrix([[3, -1], [-1, 2]])
g1 = sc(X.T * B1 * X)
x_e1 = Matrix([1, 2])

# ---------------------------------------------------------------- Exercise 2 (3x3, x = (1, 2, 1))
B2 = Matrix([[2, 0, 1], [0, 3, 0], [1, 0, 4]])
x_e2 = Matrix([1, 2, 1])
z1, z2, z3 = symbols("z1 z2 z3", real=True)
Z = Matrix([z1, z2, z3])
g2 = sc(Z.T * B2 * Z)

# ---------------------------------------------------------------- Exercise 3 (A = [[2,3],[1,4]], x = (1, 2))
B3 = Matrix([[2, 3], [1, 4]])
g3 = sc(X.T * B3 * X)

# ---------------------------------------------------------------- Part 5
# least squares at m = 3, n = 2
LA = Matrix(3, 2, lambda i, j: Symbol(f"A{i + 1}{j + 1}", real=True))
lb = Matrix([Symbol(f"b{i + 1}", real=True) for i in range(3)])
ls = sc((LA * X - lb).T * (LA * X - lb))
ls_expanded = sc(X.T * LA.T * LA * X) - 2 * sc(lb.T * LA * X) + sc(lb.T * lb)
# Mahalanobis, Sigma symmetric 2x2
m1, m2 = symbols("mu1 mu2", real=True)
MU = Matrix([m1, m2])
s11, s12, s22 = symbols("sig11 sig12 sig22", real=True)
Sig = Matrix([[s11, s12], [s12, s22]])
d2 = sc((X - MU).T * Sig.inv() * (X - MU))
# quadratic programming: Q general, or symmetric
Qg = Matrix([[Symbol("q11", real=True), Symbol("q12", real=True)],
             [Symbol("q21", real=True), Symbol("q22", real=True)]])
Qs = Matrix([[Symbol("q11", real=True), Symbol("q12", real=True)],
             [Symbol("q12", real=True), Symbol("q22", real=True)]])
c1, c2 = symbols("c1 c2", real=True)
C = Matrix([c1, c2])
qp_g = Rational(1, 2) * sc(X.T * Qg * X) + sc(C.T * X)
qp_s = Rational(1, 2) * sc(X.T * Qs * X) + sc(C.T * X)

CLAIMS = [
    # Part 1, step 1
    Claim(33, "valid", f1, sc(row * A1 * X)),
    Claim(36, "valid", vec(A1 * X), vec(Av1)),
    Claim(39, "valid", f1, sc(row * Av1)),
    Claim(42, "valid", sc(row * Av1), x1 * (2 * x1 + x2) + x2 * (x1 + 3 * x2)),
    Claim(43, "valid", x1 * (2 * x1 + x2) + x2 * (x1 + 3 * x2),
          2 * x1**2 + x1 * x2 + x1 * x2 + 3 * x2**2),
    Claim(44, "valid", 2 * x1**2 + x1 * x2 + x1 * x2 + 3 * x2**2, p1),
    # Part 1, step 2
    Claim(51, "valid", diff(f1, x1), diff(p1, x1)),
    Claim(52, "valid", diff(p1, x1), 4 * x1 + 2 * x2),
    Claim(57, "valid", diff(f1, x2), diff(p1, x2)),
    Claim(58, "valid", diff(p1, x2), 2 * x1 + 6 * x2),
    # Part 1, step 3
    Claim(63, "valid", vec(grad(f1, [x1, x2])), vec([diff(f1, x1), diff(f1, x2)])),
    Claim(63, "valid", vec([diff(f1, x1), diff(f1, x2)]), vec([4 * x1 + 2 * x2, 2 * x1 + 6 * x2]), k=2),
    # Part 2
    Claim(71, "valid", vec(grad(fS, xs3)), vec(2 * S * Y)),
    Claim(75, "valid", vec(grad(fG, xs3)), vec((G + G.T) * Y)),
    Claim(81, "valid", fS, sum(xs3[i] * S[i, j] * xs3[j] for i in range(3) for j in range(3))),
    Claim(85, "valid", over_k(lambda k: diff(fG, xs3[k])),
          over_k(lambda k: sum(G[i, k] * xs3[i] for i in range(3)) + sum(G[k, j] * xs3[j] for j in range(3)))),
    Claim(90, "valid", over_k(lambda k: diff(fS, xs3[k])),
          over_k(lambda k: sum(S[k, i] * xs3[i] for i in range(3)) + sum(S[k, j] * xs3[j] for j in range(3)))),
    Claim(91, "valid",
          over_k(lambda k: sum(S[k, i] * xs3[i] for i in range(3)) + sum(S[k, j] * xs3[j] for j in range(3))),
          over_k(lambda k: 2 * sum(S[k, j] * xs3[j] for j in range(3)))),
    Claim(92, "valid", over_k(lambda k: 2 * sum(S[k, j] * xs3[j] for j in range(3))),
          over_k(lambda k: 2 * (S * Y)[k])),
    Claim(95, "valid", vec(grad(fS, xs3)), vec(2 * S * Y)),
    # Exercise 1
    Claim(110, "valid", vec(grad(g1, [x1, x2])), vec(2 * B1 * X)),
    Claim(116, "valid", g1.subs(at12), sc(Matrix([[1, 2]]) * B1 * x_e1)),
    Claim(118, "valid", sc(Matrix([[1, 2]]) * B1 * x_e1), sc(Matrix([[1, 2]]) * Matrix([3 - 2, -1 + 4]))),
    Claim(118, "valid", sc(Matrix([[1, 2]]) * Matrix([3 - 2, -1 + 4])), sc(Matrix([[1, 2]]) * Matrix([1, 3])),
          k=2),
    Claim(120, "valid", sc(Matrix([[1, 2]]) * Matrix([1, 3])), 1 * 1 + 2 * 3),
    Claim(120, "valid", 1 * 1 + 2 * 3, 7, k=2),
    Claim(124, "valid", g1, 3 * x1**2 - x1 * x2 - x1 * x2 + 2 * x2**2),
    Claim(125, "valid", 3 * x1**2 - x1 * x2 - x1 * x2 + 2 * x2**2, 3 * x1**2 - 2 * x1 * x2 + 2 * x2**2),
    Claim(130, "valid", diff(g1, x1), 6 * x1 - 2 * x2),
    Claim(130, "valid", (6 * x1 - 2 * x2).subs(at12), 6 * 1 - 2 * 2, k=2),
    Claim(130, "valid", 6 * 1 - 2 * 2, 2, k=3),
    Claim(131, "valid", diff(g1, x2), -2 * x1 + 4 * x2),
    Claim(131, "valid", (-2 * x1 + 4 * x2).subs(at12), -2 * 1 + 4 * 2, k=2),
    Claim(131, "valid", -2 * 1 + 4 * 2, 6, k=3),
    Claim(134, "valid", vec([d.subs(at12) for d in grad(g1, [x1, x2])]), vec([2, 6])),
    Claim(137, "valid", vec(grad(g1, [x1, x2])), vec(2 * B1 * X)),
    Claim(137, "valid", vec((2 * B1 * X).subs(at12)), vec(2 * B1 * x_e1), k=2),
    Claim(139, "valid", vec(2 * B1 * x_e1), vec(2 * Matrix([1, 3]))),
    Claim(139, "valid", vec(2 * Matrix([1, 3])), vec([2, 6]), k=2),
    # Exercise 2
    Claim(149, "valid", vec(grad(g2, [z1, z2, z3])), vec(2 * B2 * Z)),
    Claim(157, "valid", vec(B2 * x_e2), vec(B2 * x_e2)),
    Claim(157, "valid", vec(B2 * x_e2), vec([2 + 0 + 1, 0 + 6 + 0, 1 + 0 + 4]), k=2),
    Claim(157, "valid", vec([2 + 0 + 1, 0 + 6 + 0, 1 + 0 + 4]), vec([3, 6, 5]), k=3),
    Claim(159, "valid", vec([d.subs({z1: 1, z2: 2, z3: 1}) for d in grad(g2, [z1, z2, z3])]),
          vec(2 * B2 * x_e2)),
    Claim(159, "valid", vec(2 * B2 * x_e2), vec([6, 12, 10]), k=2),
    # Exercise 3
    Claim(175, "valid", mat(B3.T), mat([[2, 1], [3, 4]])),
    Claim(175, "valid", mat([[2, 3], [1, 4]]), mat(B3), k=2),
    Claim(177, "valid", vec(grad(g3, [x1, x2])), vec((B3 + B3.T) * X)),
    Claim(178, "valid", mat(B3 + B3.T), mat(Matrix([[2, 3], [1, 4]]) + Matrix([[2, 1], [3, 4]]))),
    Claim(178, "valid", mat(Matrix([[2, 3], [1, 4]]) + Matrix([[2, 1], [3, 4]])), mat([[4, 4], [4, 8]]), k=2),
    Claim(180, "valid", vec([d.subs(at12) for d in grad(g3, [x1, x2])]),
          vec(Matrix([[4, 4], [4, 8]]) * Matrix([1, 2]))),
    Claim(180, "valid", vec(Matrix([[4, 4], [4, 8]]) * Matrix([1, 2])), vec([12, 20]), k=2),
    Claim(183, "valid", g3.subs(at12), sc(Matrix([[1, 2]]) * B3 * Matrix([1, 2]))),
    Claim(185, "valid", sc(Matrix([[1, 2]]) * B3 * Matrix([1, 2])), sc(Matrix([[1, 2]]) * Matrix([8, 9]))),
    Claim(185, "invalid", sc(Matrix([[1, 2]]) * Matrix([8, 9])), 24, k=2,
          note="[1 2][8, 9]^T = 8 + 18 = 26, not 24 (and x^T A x at x = (1, 2) is 26)"),
    Claim(189, "valid", g3, x1 * (2 * x1 + 3 * x2) + x2 * (x1 + 4 * x2)),
    Claim(190, "valid", x1 * (2 * x1 + 3 * x2) + x2 * (x1 + 4 * x2),
          2 * x1**2 + 3 * x1 * x2 + x1 * x2 + 4 * x2**2),
    Claim(191, "valid", 2 * x1**2 + 3 * x1 * x2 + x1 * x2 + 4 * x2**2, 2 * x1**2 + 4 * x1 * x2 + 4 * x2**2),
    Claim(195, "valid", diff(g3, x1), 4 * x1 + 4 * x2),
    Claim(195, "valid", (4 * x1 + 4 * x2).subs(at12), 4 * 1 + 4 * 2, k=2),
    Claim(195, "valid", 4 * 1 + 4 * 2, 12, k=3),
    Claim(196, "valid", diff(g3, x2), 4 * x1 + 8 * x2),
    Claim(196, "valid", (4 * x1 + 8 * x2).subs(at12), 4 * 1 + 8 * 2, k=2),
    Claim(196, "valid", 4 * 1 + 8 * 2, 20, k=3),
    # Part 5
    Claim(207, "valid", ls, ls_expanded),
    Claim(224, "valid", vec(grad(d2, [x1, x2])), vec(2 * Sig.inv() * (X - MU))),
    Claim(231, "ambiguous", vec(grad(qp_g, [x1, x2])), vec(Qg * X + C),
          alt=(vec(grad(qp_s, [x1, x2])), vec(Qs * X + C)),
          note="grad of x^T Q x / 2 + c^T x is (Q + Q^T)x/2 + c; equals Qx + c only if Q is symmetric, "
               "which the text does not state"),
]
