from sympy import Symbol, symbols, diff, solve, sqrt, Rational

from labels import Claim

SOURCE = ("https://github.com/adeveloperdiary/adeveloperdiary.github.io/blob/"
          "8c03a58d2f7064206116da49789dcb516243af54/_posts/"
          "2020-04-06-support-vector-machines-for-beginners-duality-problem.md")
TITLE = "Support Vector Machines for Beginners – Duality Problem (Part 2)"
TOPIC = "hinge"

# ---------------------------------------------------------------- Lagrange multiplier concept
F, G, c, al = symbols("F G c alpha", real=True)   # F = f(x,y), G = g(x,y) (constant in alpha)
Lc = F - al * (G - c)

# ---------------------------------------------------------------- worked example
x, y = symbols("x y", real=True)
Lex = (x + y) - al * ((x**2 + y**2) - 1)
a_sol = 1 / sqrt(2)

# ---------------------------------------------------------------- SVM, n = 3 samples, 2 features
n, d = 3, 2
A = symbols("a1:4", positive=True)            # alpha_i
Y = symbols("y1:4", real=True)                # labels in {-1, +1}
X = [[Symbol(f"x{i}{j}", real=True) for j in range(1, d + 1)] for i in range(1, n + 1)]
B = symbols("B1:3", real=True)                # beta
b = Symbol("b", real=True)
XI = symbols("xi1:4", real=True)
LAM = symbols("l1:4", positive=True)
C = Symbol("C", positive=True)
YDOM = {yy: (-1, 1) for yy in Y}
APOS = {a: (0.1, 2.0) for a in A}
POS = {C: (0.1, 3.0), **APOS, **{l: (0.1, 2.0) for l in LAM}}
DOM = {**YDOM, **POS}


def dot(u, v):
    return sum(ui * vi for ui, vi in zip(u, v))


bb = dot(B, B)                                 # ||beta||^2 (reading ||beta^2|| as ||beta||^2)
bb_lit = sqrt(sum(Bj**4 for Bj in B))          # literal ||beta^2||, beta^2 taken entrywise
marg = [dot(B, X[i]) + b for i in range(n)]    # beta^T x_i + b
S_a = sum(A)
S_ay = sum(A[i] * Y[i] for i in range(n))
w_vec = [sum(A[i] * Y[i] * X[i][j] for i in range(n)) for j in range(d)]   # sum alpha_i y_i x_i
dbl = sum(A[i] * A[k] * Y[i] * Y[k] * dot(X[i], X[k]) for i in range(n) for k in range(n))

# substitutions: beta = sum alpha y x, and sum alpha y = 0 (alpha_3 eliminated, y_3 = +-1)
sub_beta = {B[j]: w_vec[j] for j in range(d)}
sub_a3 = {A[2]: -(A[0] * Y[0] + A[1] * Y[1]) / Y[2]}


def kkt(e, extra=None):
    if extra:
        e = e.xreplace(extra)
    return e.xreplace(sub_beta).xreplace(sub_a3)


# hard margin Lagrangian
Lh = bb / 2 + sum(A[i] * (1 - Y[i] * marg[i]) for i in range(n))
H239 = bb / 2 - sum(A[i] * (Y[i] * marg[i] - 1) for i in range(n))
H239_lit = bb_lit / 2 - sum(A[i] * (Y[i] * marg[i] - 1) for i in range(n))
H240 = bb / 2 - sum(A[i] * Y[i] * dot(B, X[i]) for i in range(n)) - sum(A[i] * Y[i] * b for i in range(n)) + S_a
H241 = bb / 2 - dot(B, w_vec) - b * S_ay + S_a
H242 = bb / 2 - dot(B, B) - b * 0 + S_a
H243 = -bb / 2 + S_a
H244 = S_a - dbl / 2

# soft margin, hinge
Ls = (bb / 2 + C * sum(XI) + sum(A[i] * (1 - XI[i] - Y[i] * marg[i]) for i in range(n))
      + sum(LAM[i] * (0 - XI[i]) for i in range(n)))
S315 = bb / 2 + C * sum(XI) - sum(A[i] * (Y[i] * marg[i] - 1 + XI[i]) for i in range(n)) - sum(LAM[i] * XI[i] for i in range(n))
S315_lit = S315 - bb / 2 + bb_lit / 2
S331 = bb / 2 - dot(B, w_vec) - b * S_ay + S_a + sum((C - A[i] - LAM[i]) * XI[i] for i in range(n))
S332 = bb / 2 - dot(B, B) - b * 0 + S_a + sum(0 * XI[i] for i in range(n))
S333 = S_a - bb / 2
S334 = S_a - dbl / 2
sub_lam = {LAM[i]: C - A[i] for i in range(n)}

# soft margin, quadratic loss
Lq = bb / 2 + C * sum(XI[i]**2 for i in range(n)) - sum(A[i] * (Y[i] * marg[i] - 1 + XI[i]) for i in range(n))
sub_xi = {XI[i]: A[i] / (2 * C) for i in range(n)}
Q404 = S_a - dbl / 2 - sum(A[i] * XI[i] for i in range(n))
Q405 = S_a - dbl / 2 + C * sum((A[i] / (2 * C))**2 for i in range(n)) - sum(A[i] * (A[i] / (2 * C)) for i in range(n))
Q406 = S_a - dbl / 2 + C * sum(A[i]**2 / (4 * C**2) for i in range(n)) - sum(A[i]**2 / (2 * C) for i in range(n))
Q407 = S_a - dbl / 2 + sum(A[i]**2 for i in range(n)) / (4 * C) - sum(A[i]**2 for i in range(n)) / (2 * C)
Q408 = S_a - dbl / 2 - sum(A[i]**2 for i in range(n)) / (4 * C)
Q409 = S_a - Rational(1, 2) * sum(A[i] * A[k] * Y[i] * Y[k] * (dot(X[i], X[k]) + (1 if i == k else 0) / (2 * C))
                                  for i in range(n) for k in range(n))

CLAIMS = [
    # Lagrange multiplier, general
    Claim(54, "valid", diff(Lc, al), diff(F - al * (G - c), al)),
    Claim(55, "valid", diff(F - al * (G - c), al), -(G - c)),
    Claim(61, "valid", diff(Lc, al), -G + c),
    Claim(67, "valid", diff(Lc, al), diff(F - al * (G - c), al),
          note="as written both sides are alpha-derivatives, so the equality holds; the prose means the x-derivative"),
    # worked example
    Claim(100, "valid", Lc.xreplace({F: x + y, G: x**2 + y**2, c: 1}), x + y - al * (x**2 + y**2 - 1)),
    Claim(106, "valid", diff(Lex, x), 1 - 2 * al * x),
    Claim(107, "valid", solve(diff(Lex, x), x)[0], 1 / (2 * al)),
    Claim(113, "valid", diff(Lex, y), 1 - 2 * al * y),
    Claim(114, "valid", solve(diff(Lex, y), y)[0], 1 / (2 * al)),
    Claim(120, "invalid", diff(Lex, al), x**2 + y**2 - 1,
          note="d/dalpha of x+y-alpha(x^2+y^2-1) is -(x^2+y^2-1); the sign is lost (harmless once set to 0)"),
    Claim(130, "valid", 1 / (2 * a_sol), 1 / sqrt(2)),
    Claim(132, "valid", solve(diff(Lex, y), y)[0].xreplace({al: a_sol}), 1 / sqrt(2)),
    Claim(139, "valid", (x + y).xreplace({x: 1 / sqrt(2), y: 1 / sqrt(2)}), 1 / sqrt(2) + 1 / sqrt(2)),
    Claim(140, "valid", 1 / sqrt(2) + 1 / sqrt(2), sqrt(2)),
    # hard margin
    Claim(217, "valid", Lh, H239, domain=DOM),
    Claim(231, "valid", diff(Lh, B[0]), B[0] - w_vec[0], domain=DOM),
    Claim(232, "valid", solve(diff(Lh, B[0]), B[0])[0], w_vec[0], domain=DOM),
    Claim(233, "invalid", diff(Lh, b), S_ay, domain=DOM,
          note="dL/db = -sum alpha_i y_i; the sign is lost (harmless once set to 0)"),
    Claim(240, "ambiguous", H239_lit, H240, alt=(H239, H240), domain=DOM,
          note="||beta^2||/2 read literally (entrywise square) is not beta^T beta/2; it is as ||beta||^2/2"),
    Claim(241, "valid", H240, H241, domain=DOM),
    Claim(242, "valid", kkt(H241), kkt(H242), domain=DOM),
    Claim(243, "valid", H242, H243, domain=DOM),
    Claim(244, "valid", kkt(H243), kkt(H244), domain=DOM),
    Claim(275, "valid", solve(Y[0] * marg[0] - 1, b)[0], 1 / Y[0] - dot(B, X[0]), domain=DOM),
    Claim(276, "valid", 1 / Y[0] - dot(B, X[0]), Y[0] - dot(B, X[0]), domain=DOM),
    Claim(277, "valid", Y[0], 1 / Y[0], domain=DOM),
    # soft margin, hinge
    Claim(315, "valid", Ls, S315, domain=DOM),
    Claim(321, "valid", diff(Ls, B[0]), B[0] - w_vec[0], domain=DOM),
    Claim(322, "valid", solve(diff(Ls, B[0]), B[0])[0], w_vec[0], domain=DOM),
    Claim(323, "invalid", diff(Ls, b), S_ay, domain=DOM,
          note="dL/db = -sum alpha_i y_i; the sign is lost (harmless once set to 0)"),
    Claim(324, "valid", diff(Ls, XI[0]), C - A[0] - LAM[0], domain=DOM),
    Claim(331, "ambiguous", S315_lit, S331, alt=(S315, S331), domain=DOM,
          note="||beta^2||/2 read literally (entrywise square) is not beta^T beta/2; it is as ||beta||^2/2"),
    Claim(332, "valid", kkt(S331, sub_lam), kkt(S332, sub_lam), domain=DOM),
    Claim(333, "valid", S332, S333, domain=DOM),
    Claim(334, "valid", kkt(S333), kkt(S334), domain=DOM),
    Claim(369, "valid", solve(Y[0] * marg[0] - 1, b)[0], 1 / Y[0] - dot(B, X[0]), domain=DOM),
    Claim(370, "valid", 1 / Y[0] - dot(B, X[0]), Y[0] - dot(B, X[0]), domain=DOM),
    # soft margin, quadratic loss
    Claim(395, "valid", solve(diff(Lq, B[0]), B[0])[0], w_vec[0], domain=DOM),
    Claim(397, "valid", solve(diff(Lq, XI[0]), XI[0])[0], A[0] / (2 * C), domain=DOM),
    Claim(404, "invalid", kkt(Lq), kkt(Q404), domain=DOM,
          note="after substituting beta the term C*sum xi_i^2 remains; this line drops it"),
    Claim(405, "invalid", kkt(Q404, sub_xi), kkt(Q405), domain=DOM,
          note="the previous line has no C*sum xi_i^2 term, this one adds C*sum(alpha_i/2C)^2 = sum alpha_i^2/(4C)"),
    Claim(406, "valid", Q405, Q406, domain=DOM),
    Claim(407, "valid", Q406, Q407, domain=DOM),
    Claim(408, "valid", Q407, Q408, domain=DOM),
    Claim(409, "valid", Q408, Q409, domain=DOM),
]
