from sympy import Add, Matrix, Symbol, diag, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/athowes/exp-growth/blob/5e38e93aaec4feae17dd8f183a5c41f016f3fe2c/src/explore_poisson-regression/poisson-regression-theory.Rmd"
TITLE = "Poisson regression theory: log-likelihood, score, Hessian and the Fisher information with time as covariate (McLaren and Howes, athowes/exp-growth)"
TOPIC = "glm"

COUNTS = (0, 1, 2, 3, 4)

# ---- Background: n = 3 observations, p = 2 coefficients, log(lambda_i) = beta^T x_i
n, p = 3, 2
I, J = range(n), range(p)
beta = [Symbol(f"beta{j + 1}", real=True) for j in J]
x = [[Symbol(f"x{i + 1}{j + 1}", real=True) for j in J] for i in I]
y = [Symbol(f"y{i + 1}", integer=True, nonnegative=True) for i in I]
DOM = {v: COUNTS for v in y}
eta = [Add(*[beta[j] * x[i][j] for j in J]) for i in I]          # beta^T x_i
lam = [exp(e) for e in eta]                                        # lambda_i

# Line 20 writes "\sum_i -lambda_i + y_i log(lambda_i)" with no brackets, and line 21 likewise. Two
# readings: the sum spans both terms (wide; what the notes mean), or it takes the first term only and
# the i of the trailing term is one observation, i0 = 1 (narrow, as written). Each reading is applied
# to the definition of ell on line 20 as well (as in 76_ximenasandoval).
i0 = 0
ell_w = Add(*[-lam[i] + y[i] * log(lam[i]) for i in I])
ell_n = Add(*[-lam[i] for i in I]) + y[i0] * log(lam[i0])
r21_w = Add(*[y[i] * eta[i] - exp(eta[i]) for i in I])
r21_n = Add(*[y[i] * eta[i] for i in I]) - exp(eta[i0])

CJ = [2, 3]
CJK = [[2, 3], [5, 7]]


def over_j(f):
    """a claim about every beta_j, checked for j = 1..p at once (distinct weights)"""
    return Add(*[CJ[j] * f(j) for j in J])


def over_jk(f):
    """a claim about every entry (j, k), checked at once (distinct weights)"""
    return Add(*[CJK[j][k] * f(j, k) for j in J for k in J])


score = lambda ell: (lambda j: diff(ell, beta[j]))
r25 = lambda j: Add(*[x[i][j] * (y[i] - exp(eta[i])) for i in I])
hess = lambda ell: (lambda j, k: diff(ell, beta[j], beta[k]))
r29 = lambda j, k: Add(*[-x[i][j] * exp(eta[i]) * x[i][k] for i in I])
Xm = Matrix(x)                                                       # rows x_i^T
Wm = diag(*[exp(eta[i]) for i in I])
XtWX = Xm.T * Wm * Xm

# ---- Time as a covariate: x_i = (1, t_i), fitted coefficients b0 (intercept) and b1 (slope)
t = [Symbol(f"t{i + 1}", real=True) for i in I]
b0, b1 = Symbol("b0", real=True), Symbol("b1", real=True)
lhat = [exp(b0 + b1 * t[i]) for i in I]                              # fitted lambda_i
X2 = Matrix([[1, t[i]] for i in I])
What = diag(*[exp(b0 * X2[i, 0] + b1 * X2[i, 1]) for i in I])        # W at the fitted coefficients
Ihat = X2.T * What * X2
S0 = Add(*[lhat[i] for i in I])
S1 = Add(*[t[i] * lhat[i] for i in I])
S2 = Add(*[t[i]**2 * lhat[i] for i in I])
I54 = Matrix([[S0, S1], [S1, S2]])
I62 = 1 / (S0 * S2 - S1**2) * Matrix([[S2, -S1], [-S1, S0]])
CD = [2, 3, 5]


def entries(M):
    return Add(*[CJK[r][c] * M[r, c] for r in J for c in J])


SCOPE = ("as written the sum takes only its first term, and the trailing term is one observation's; it holds with "
         "the sum spanning both terms")
DELTA = "the \\delta in the numerator read as \\partial"

CLAIMS = [
    Claim(21, "ambiguous", ell_n, r21_n, domain=DOM, alt=(ell_w, r21_w),
          note=SCOPE + " (log(lambda_i) = beta^T x_i; the = of line 20 introduces ell, up to a constant)"),
    Claim(25, "ambiguous", over_j(score(ell_n)), over_j(r25), domain=DOM,
          alt=(over_j(score(ell_w)), over_j(r25)),
          note=DELTA + "; right for ell with the sum spanning both terms; with ell read as written (narrow) the "
               "score is -sum x_ij lambda_i + y_1 x_1j"),
    Claim(29, "valid", over_jk(hess(ell_w)), over_jk(r29), domain=DOM,
          note=DELTA + "; the stray ')' after exp(beta^T x_i) dropped; the Hessian is the same under both readings "
               "of the sum (y_i log(lambda_i) = y_i beta^T x_i is linear in beta)"),
    Claim(33, "valid", over_jk(hess(ell_w)), entries(-XtWX), domain=DOM,
          note="W = diag(exp(beta^T x_i)), entry (j, k) of X^T W X is sum_i x_ij e^{beta^T x_i} x_ik"),
    Claim(33, "valid", entries(-Matrix(p, p, lambda j, k: hess(ell_w)(j, k))), entries(XtWX), k=2, domain=DOM,
          note="Fisher information = -E[Hessian], and the Hessian does not involve y"),
    Claim(48, "valid", Add(*[CD[i] * What[i, i] for i in I]), Add(*[CD[i] * lhat[i] for i in I]),
          note="W at the fitted coefficients, x_i = (1, t_i): its diagonal is exp(b0 + b1 t_i), the fitted values "
               "(line 44 states the model and is no claim)"),
    Claim(54, "valid", entries(Ihat), entries(I54),
          note="the estimated information X^T W-hat X written out; the = ends line 53"),
    Claim(62, "valid", entries(Ihat.inv()), entries(I62), note="the 2x2 inverse; the = ends line 61"),
]
