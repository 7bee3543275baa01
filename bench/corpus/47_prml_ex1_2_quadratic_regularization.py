from sympy import Rational, symbols, diff, Matrix, eye, Symbol, sqrt, Integer

from labels import Claim

SOURCE = "https://github.com/khx0/prml-walkthrough/blob/HEAD/exercises/exercise_1.1_1.2/main.tex"
TITLE = "PRML 1.2: regularised polynomial least squares, equation by equation"
TOPIC = "regularisation"

# N = 5 points, order M = 3 (so w_2 and w_M are different terms); equations obtained by setting
# the derivatives to zero are checked at the regularised minimiser; vectors via weighted sums.
N, M = 5, 3
lam = Symbol("lambda", positive=True)
w = symbols("w0:4", real=True)
x = symbols("x1:6", real=True)
t = symbols("t1:6", real=True)
xs = Symbol("x", real=True)
y = lambda xv: sum(w[j] * xv**j for j in range(M + 1))
Et = Rational(1, 2) * sum((y(xn) - tn)**2 for xn, tn in zip(x, t)) + lam / 2 * sum(wj**2 for wj in w)
A = Matrix(M + 1, M + 1, lambda i, j: sum(xn**(i + j) for xn in x))
b = Matrix(M + 1, 1, lambda i, _: sum(xn**i * tn for xn, tn in zip(x, t)))
At = A + lam * eye(M + 1)
ws = At.LUsolve(b)
opt = {w[j]: ws[j] for j in range(M + 1)}
wv = Matrix(w)
V = Matrix(N, M + 1, lambda n, j: x[n]**j)
tv = Matrix(t)
WT = (Integer(1), sqrt(2), sqrt(3), sqrt(5))
S = lambda p: sum(xn**p for xn in x)
D = {lam: (0.1, 3)}


def vec(v):
    return sum(c * e for c, e in zip(WT, list(v)))


def eqrow(i):  # row i of the written system, at the minimiser
    return sum(At[i, j] * w[j] for j in range(M + 1)).subs(opt)


CLAIMS = [
    Claim(28, "valid", sum(wj**2 for wj in w), (wv.T * wv)[0], k=1),
    Claim(28, "valid", (wv.T * wv)[0], w[0]**2 + w[1]**2 + w[2]**2 + w[3]**2, k=2),
    Claim(28, "valid", w[0]**2 + w[1]**2 + w[2]**2 + w[3]**2, sum(w[j]**2 for j in range(M + 1)), k=3),
    Claim(43, "valid", diff(Et, w[0]), Rational(1, 2) * sum(2 * (y(xn) - tn) * 1 for xn, tn in zip(x, t)) + lam / 2 * 2 * w[0], domain=D),
    Claim(44, "valid", w[0] + w[1] * xs + w[2] * xs**2 + w[3] * xs**3, y(xs), note="the underbrace: M = 3"),
    Claim(46, "valid", diff(Et, w[0]), sum(y(xn) - tn for xn, tn in zip(x, t)) + lam * w[0], domain=D),
    Claim(52, "valid", (w[0] * (N + lam) + w[1] * S(1) + w[2] * S(2) + w[3] * S(3)).subs(opt), sum(t), domain=D,
          note="at the regularised minimiser"),
    Claim(57, "valid", diff(Et, w[1]), Rational(1, 2) * sum(2 * (y(xn) - tn) * xn for xn, tn in zip(x, t)) + lam / 2 * 2 * w[1], domain=D),
    Claim(58, "valid", w[0] + w[1] * xs + w[2] * xs**2 + w[3] * xs**3, y(xs)),
    Claim(60, "valid", diff(Et, w[1]), sum((y(xn) - tn) * xn for xn, tn in zip(x, t)) + lam * w[1], domain=D),
    Claim(67, "valid", (w[0] * S(1) + w[1] * (lam + S(2)) + w[2] * S(3) + w[3] * S(4)).subs(opt), b[1], domain=D),
    Claim(71, "valid", diff(Et, w[M]), Rational(1, 2) * sum(2 * (y(xn) - tn) * xn**M for xn, tn in zip(x, t)) + lam / 2 * 2 * w[M], domain=D),
    Claim(72, "valid", w[0] + w[1] * xs + w[2] * xs**2 + w[3] * xs**3, y(xs)),
    Claim(74, "valid", diff(Et, w[M]), sum((y(xn) - tn) * xn**M for xn, tn in zip(x, t)) + lam * w[M], domain=D),
    Claim(83, "valid", (w[0] * S(M) + w[1] * S(M + 1) + w[2] * S(M + 2) + w[3] * (lam + S(2 * M))).subs(opt), b[M], domain=D),
    Claim(89, "valid", eqrow(0), b[0], domain=D),
    Claim(93, "valid", eqrow(1), b[1], domain=D),
    Claim(100, "valid", eqrow(M), b[M], domain=D),
    Claim(120, "valid", vec((At * wv).subs(opt)), vec(b), domain=D),
    Claim(130, "valid", vec(At), vec(A + lam * eye(M + 1)), domain=D),
    Claim(137, "valid", vec((At * wv).subs(opt)), vec(b), k=1, domain=D),
    Claim(137, "valid", eqrow(1), b[1], k=2, domain=D),
    Claim(141, "valid", vec(((A + lam * eye(M + 1)) * wv).subs(opt)), vec(b), k=1, domain=D),
    Claim(141, "valid", vec(At), vec(A + lam * eye(M + 1)), k=2, domain=D),
    Claim(150, "valid", A[1, 2], A[2, 1]),
    Claim(156, "valid", vec(((A + lam * eye(M + 1)) * wv).subs(opt)), vec(b), domain=D),
    Claim(157, "valid", vec(((V.T * V + lam * eye(M + 1)) * wv).subs(opt)), vec(b), domain=D,
          note="V_nj = x_n^j (Vandermonde)"),
    Claim(161, "valid", vec(At), vec(A + lam * eye(M + 1)), k=1, domain=D),
    Claim(161, "valid", vec(A + lam * eye(M + 1)), vec(V.T * V + lam * eye(M + 1)), k=2, domain=D),
    Claim(165, "valid", vec(b), vec(V.T * tv), note="y is the vector of targets t_n"),
]
