from sympy import Symbol, Matrix, exp, log, diff, Add, Mul

from labels import Claim

SOURCE = ("https://github.com/WilderSr99/ENEI-2025-ML1-Tarea2/blob/5ded986e8c80b5c4336e0dce6b2d996856ba6d06/"
          "src/ParteC_Logistic_Softmax.ipynb")
TITLE = "Gradient of the softmax-regression log-likelihood (WilderSr99, ENEI 2025 ML1 Tarea 2, Part C)"
TOPIC = "multiclass"

# concrete size: n = 3 samples, d = 2 features, K = 3 classes; labels y = (1, 3, 2);
# the class we differentiate for, theta_ell, is ell = 2
n, d, K = 3, 2, 3
LABELS = [1, 3, 2]
C = 2  # the class index written \ell in theta_\ell

T = [[Symbol(f"t{k}{r}", real=True) for r in range(1, d + 1)] for k in range(1, K + 1)]  # theta_k rows
Xs = [[Symbol(f"x{i}{r}", real=True) for r in range(1, d + 1)] for i in range(1, n + 1)]
u = [Symbol(f"u{r}", real=True) for r in range(1, d + 1)]               # test vector for R^d identities
U = [[Symbol(f"U{r}{k}", real=True) for k in range(1, K + 1)] for r in range(1, d + 1)]  # test d x K


def score(i, k):  # theta_k^T x^(i), 0-based i, 1-based k
    return Add(*[T[k - 1][r] * Xs[i][r] for r in range(d)])


def Zsum(i):
    return Add(*[exp(score(i, j)) for j in range(1, K + 1)])


def P(i, k):
    return exp(score(i, k)) / Zsum(i)


def ux(i):
    return Add(*[u[r] * Xs[i][r] for r in range(d)])


def u_grad(f, k):  # u . d f / d theta_k
    return Add(*[u[r] * diff(f, T[k - 1][r]) for r in range(d)])


def ind(i, k):
    return 1 if LABELS[i] == k else 0


loglik = Add(*[log(P(i, LABELS[i])) for i in range(n)])               # ell(theta)
A_term = Add(*[score(i, LABELS[i]) for i in range(n)])
B_term = Add(*[log(Zsum(i)) for i in range(n)])
g1 = log(Zsum(0))                                                      # g_i for i = 1
NLL = -loglik

# matrix forms: theta is d x K with columns theta_k; X is n x d; Y one-hot n x K; P n x K
Xm = Matrix(n, d, lambda i, r: Xs[i][r])
Ym = Matrix(n, K, lambda i, k: ind(i, k + 1))
Pm = Matrix(n, K, lambda i, k: P(i, k + 1))


def U_dot_grad(f):  # sum_{r,k} U[r][k] * d f / d theta_{k, r}
    return Add(*[U[r][k] * diff(f, T[k][r]) for r in range(d) for k in range(K)])


def U_dot(M):  # sum_{r,k} U[r][k] * M[r, k] for a d x K matrix M
    return Add(*[U[r][k] * M[r, k] for r in range(d) for k in range(K)])


CLAIMS = [
    Claim(36, "valid", log(Mul(*[P(i, LABELS[i]) for i in range(n)])),
          Add(*[log(P(i, LABELS[i])) for i in range(n)]), note="log of a product of positive terms"),
    Claim(42, "valid", loglik,
          Add(*[log(exp(score(i, LABELS[i])) / Zsum(i)) for i in range(n)]),
          note="substitute the softmax probability of the observed class"),
    Claim(51, "valid", Add(*[log(exp(score(i, LABELS[i])) / Zsum(i)) for i in range(n)]),
          A_term - B_term, note="log(e^s / S) = s - log S"),
    Claim(67, "valid", u_grad(A_term, C), Add(*[ind(i, C) * ux(i) for i in range(n)]),
          note="theta_ell appears in (A) only for samples whose label is ell"),
    Claim(85, "valid", u_grad(g1, C), 1 / Zsum(0) * exp(score(0, C)) * ux(0),
          note="d log S = dS / S, dS/dtheta_ell = e^{theta_ell^T x} x"),
    Claim(89, "valid", 1 / Zsum(0) * exp(score(0, C)) * ux(0), P(0, C) * ux(0),
          note="definition of the softmax probability"),
    Claim(96, "valid", -u_grad(B_term, C), -Add(*[P(i, C) * ux(i) for i in range(n)]),
          note="sum of the per-sample results of step 3"),
    Claim(107, "valid", u_grad(loglik, C), Add(*[(ind(i, C) - P(i, C)) * ux(i) for i in range(n)]),
          note="(A) part minus (B) part"),
    Claim(117, "valid", u_grad(loglik, C),
          Add(*[ux(i) * (ind(i, C) - exp(score(i, C)) / Zsum(i)) for i in range(n)]),
          note="same as the line before with P written out"),
    Claim(141, "valid", U_dot_grad(loglik), U_dot(Xm.T * (Ym - Pm)),
          note="column ell of X^T(Y-P) is sum_i x^(i)(1{y_i=ell} - P_i,ell)"),
    Claim(154, "valid", U_dot_grad(NLL), U_dot(Xm.T * (Pm - Ym)),
          note="NLL = -log-likelihood flips the sign"),
    Claim(165, "valid", u_grad(loglik, C),
          Add(*[ux(i) * (ind(i, C) - P(i, C)) for i in range(n)]), note="restates step 4"),
    Claim(172, "valid", U_dot_grad(loglik), U_dot(Xm.T * (Ym - Pm)), note="restates step 5"),
]
