from sympy import Rational, symbols, diff, Matrix, Symbol

from labels import Claim

SOURCE = "https://github.com/c4n/learn-machine-learning/blob/HEAD/PRML/sol-chapter-1/README.tex.md"
TITLE = "PRML 1.1: normal equations of polynomial least squares by components"
TOPIC = "linear"

# N = 4 points, polynomial order M = 2, free index i = 1. Equations derived from dE/dw = 0 are
# checked at the least-squares solution w*.
N, M, i = 4, 2, 1
w = symbols("w0:3", real=True)
x = symbols("x1:5", real=True)
t = symbols("t1:5", real=True)
xs = Symbol("x", real=True)
y = lambda xv: sum(w[j] * xv**j for j in range(M + 1))
E = Rational(1, 2) * sum((y(xn) - tn)**2 for xn, tn in zip(x, t))
A = Matrix(M + 1, M + 1, lambda a, b: sum(xn**(a + b) for xn in x))
T = Matrix(M + 1, 1, lambda a, _: sum(xn**a * tn for xn, tn in zip(x, t)))
wstar = A.LUsolve(T)
opt = {w[j]: wstar[j] for j in range(M + 1)}
dEi = diff(E, w[i])
SA = sum(A[i, j] * w[j] for j in range(M + 1))

CLAIMS = [
    Claim(4, "valid", SA.subs(opt), T[i], note="the normal equation, true at the minimiser"),
    Claim(14, "valid", w[0] + w[1] * xs + w[2] * xs**2, sum(w[j] * xs**j for j in range(M + 1)),
          note="M = 2: the written terms up to w_M x^M"),
    Claim(21, "valid", E, Rational(1, 2) * sum((sum(w[j] * xn**j for j in range(M + 1)) - tn)**2 for xn, tn in zip(x, t))),
    Claim(26, "valid", dEi, sum((sum(w[j] * xn**j for j in range(M + 1)) - tn) * xn**i for xn, tn in zip(x, t))),
    Claim(30, "valid", dEi, sum(sum(w[j] * xn**(i + j) for j in range(M + 1)) - xn**i * tn for xn, tn in zip(x, t))),
    Claim(34, "invalid", dEi, sum(sum(xn**(i + j) for xn in x) * w[j] for j in range(M + 1)), k=1,
          note="dE/dw_i = sum_j A_ij w_j - T_i; the -T_i term is moved across as if dE/dw_i were only the first part"),
    Claim(34, "valid", SA.subs(opt), sum(xn**i * tn for xn, tn in zip(x, t)), k=2, note="true at the minimiser"),
    Claim(37, "valid", SA.subs(opt), T[i], note="true at the minimiser"),
]
