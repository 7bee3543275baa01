from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = "https://online.stat.psu.edu/stat508/book/export/html/771"
TITLE = "9.1.4 - Multiclass Case (K >= 3) (PSU STAT 508, multinomial logistic regression derivatives)"
TOPIC = "multiclass"

# N = 3 samples, p = 2 features plus intercept (x_i0 = 1), K = 3 classes, class K = 3 is the base.
N, K = 3, 3
x = [[1] + [Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(N)]
b = {l: [Symbol(f"b{l}{j}", real=True) for j in range(3)] for l in (1, 2)}
g = [1, 2, 3]  # observed classes g_i


def a(l, i):  # \bar\beta_l^T x_i, with \bar\beta_K = 0 for the base class
    return 0 if l == K else sum(b[l][j] * x[i][j] for j in range(3))


def S(i):  # \sum_{l=1}^{K-1} e^{\bar\beta_l^T x_i}
    return sum(exp(a(l, i)) for l in range(1, K))


def p(k, i):
    return exp(a(k, i)) / (1 + S(i))


def I(c):
    return 1 if c else 0


ll = sum(log(p(g[i], i)) for i in range(N))  # the true log-likelihood

# as written: the denominator sums e^{\bar\beta_{g_i}^T x_i} over l (index l unused)
typo_logfrac = sum(log(exp(a(g[i], i)) / (1 + (K - 1) * exp(a(g[i], i)))) for i in range(N))
typo_diff = sum(a(g[i], i) - log(1 + (K - 1) * exp(a(g[i], i))) for i in range(N))

k, j = 1, 1  # first derivative w.r.t. beta_{11}
d1 = diff(ll, b[k][j])
d1_a = sum(I(g[i] == k) * x[i][j] - exp(a(k, i)) * x[i][j] / (1 + S(i)) for i in range(N))
d1_b = sum(x[i][j] * (I(g[i] == k) - p(k, i)) for i in range(N))

m, n = 1, 2  # second derivative w.r.t. beta_{11} and beta_{12} (k = m exercises I(k=m))
d2 = diff(ll, b[k][j], b[m][n])
d2_a = sum(x[i][j] / (1 + S(i))**2 * (-exp(a(k, i)) * I(k == m) * x[i][n] * (1 + S(i))
                                      + exp(a(k, i)) * x[i][n]) for i in range(N))
d2_b = sum(x[i][j] * x[i][n] * (-p(k, i) * I(k == m) + p(k, i) * p(m, i)) for i in range(N))
d2_c = -sum(x[i][j] * x[i][n] * p(k, i) * (I(k == m) - p(m, i)) for i in range(N))

CLAIMS = [
    Claim(12, "invalid", ll, typo_logfrac,
          note="denominator sums e^{beta_{g_i}^T x_i} instead of e^{beta_l^T x_i}: not p_{g_i}"),
    Claim(12, "valid", typo_logfrac, typo_diff, k=2),
    Claim(18, "valid", d1, d1_a),
    Claim(18, "valid", d1_a, d1_b, k=2),
    Claim(22, "invalid", d2, d2_a,
          note="last term should be e^{beta_k^T x_i} e^{beta_m^T x_i} x_in; the factor e^{beta_m^T x_i} is missing"),
    Claim(22, "invalid", d2_a, d2_b, k=2,
          note="previous line lacks e^{beta_m^T x_i}, so it is not p_k p_m x_ij x_in"),
    Claim(22, "valid", d2_b, d2_c, k=3),
]
