from sympy import Rational, symbols, diff, Matrix, eye, Symbol

from labels import Claim

SOURCE = "https://github.com/yaoshengzhe/notes/blob/HEAD/prml/01_introduction.md"
TITLE = "PRML 1.1-1.2: (regularised) normal equations of polynomial least squares"
TOPIC = "regularisation"

# N = 4 points, order M = 2, free index i = 1; equations that follow from dE/dw = 0 are checked
# at the corresponding stationary point.
N, M, i = 4, 2, 1
lam = Symbol("lambda", positive=True)
w = symbols("w0:3", real=True)
x = symbols("x1:5", real=True)
t = symbols("t1:5", real=True)
y = lambda xv: sum(w[j] * xv**j for j in range(M + 1))
E = Rational(1, 2) * sum((y(xn) - tn)**2 for xn, tn in zip(x, t))
A = Matrix(M + 1, M + 1, lambda a, b: sum(xn**(a + b) for xn in x))
T = Matrix(M + 1, 1, lambda a, _: sum(xn**a * tn for xn, tn in zip(x, t)))
ws = A.LUsolve(T)
opt = {w[j]: ws[j] for j in range(M + 1)}
wr = (A + lam * eye(M + 1)).LUsolve(T)
opt_r = {w[j]: wr[j] for j in range(M + 1)}
# \widetilde{E} as written: \half\sqrterr expands to 1/2 sum_n (y(x_n, w) - t_n), with no square
Et = Rational(1, 2) * sum(y(xn) - tn for xn, tn in zip(x, t)) + lam / 2 * sum(wj**2 for wj in w)
dEt = diff(Et, w[i])
res = [y(xn) - tn for xn, tn in zip(x, t)]
D = {"domain": {lam: (0.1, 3)}}

CLAIMS = [
    Claim(13, "valid", sum(A[i, j] * w[j] for j in range(M + 1)).subs(opt), T[i], note="at the least-squares solution"),
    Claim(14, "valid", sum(xn**(i + j) * w[j] for j in range(M + 1) for xn in x).subs(opt),
          sum(xn**i * tn for xn, tn in zip(x, t))),
    Claim(15, "valid", (sum(xn**(i + j) * w[j] for xn in x for j in range(M + 1)) - sum(xn**i * tn for xn, tn in zip(x, t))).subs(opt), 0),
    Claim(16, "valid", sum(sum(xn**(i + j) * w[j] for j in range(M + 1)) - xn**i * tn for xn, tn in zip(x, t)).subs(opt), 0),
    Claim(17, "valid", sum(xn**i * sum(xn**j * w[j] for j in range(M + 1)) - xn**i * tn for xn, tn in zip(x, t)).subs(opt), 0),
    Claim(18, "valid", sum(xn**i * (sum(xn**j * w[j] for j in range(M + 1)) - tn) for xn, tn in zip(x, t)).subs(opt), 0),
    Claim(19, "valid", sum(xn**i * (y(xn) - tn) for xn, tn in zip(x, t)).subs(opt), 0),
    Claim(26, "valid", diff(E, w[i]), sum((y(xn) - tn) * diff(y(xn), w[i]) for xn, tn in zip(x, t))),
    Claim(27, "valid", diff(E, w[i]), sum((y(xn) - tn) * xn**i for xn, tn in zip(x, t))),
    Claim(40, "invalid", dEt, sum(r**2 * diff(y(xn), w[i]) for r, xn in zip(res, x)) + lam * w[i], **D,
          note="the residual is squared in the derivative (should be to the first power); and E~ as written "
               "(\\half\\sqrterr, no square) has derivative 1/2 sum x_n^i + lambda w_i; \\frac{\\partial E~}{w_i} read as d/dw_i"),
    Claim(41, "invalid", dEt, sum(r * xn**i for r, xn in zip(res, x)) + lam * w[i], **D,
          note="right for 1/2 sum (y - t)^2 + lambda/2 ||w||^2, but E~ as defined lacks the square (\\sqrterr has none)"),
    Claim(49, "valid", (sum(A[i, j] * w[j] for j in range(M + 1)) + lam * w[i]).subs(opt_r), T[i], **D,
          note="holds where sum (y - t) x^i + lambda w_i = 0"),
]
