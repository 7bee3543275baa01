from sympy import symbols, exp, diff, Add

from labels import Claim

SOURCE = "https://github.com/telhc/Pretty-Vault/blob/83b8db8/sample/Notes/Softmax.md"
TITLE = "Softmax derivative (telhc, Pretty-Vault note)"
TOPIC = "softmax"

# K = 3; sigma_i = e^{a_i}/Sigma; g_i = e^{a_i}, h_i = Sigma; ' is d/da_j; 1_{i=j} the indicator
K = 3
a = symbols("a1:4", real=True)
Sig = sum(exp(v) for v in a)
s = [exp(v) / Sig for v in a]
ind = lambda i, j: 1 if i == j else 0
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def pairs(f):
    return Add(*[W[i][j] * f(i, j) for i in range(K) for j in range(K)])


g = lambda i: exp(a[i])
gp = lambda i, j: diff(g(i), a[j])
hp = lambda i, j: diff(Sig, a[j])
quot = lambda i, j: (gp(i, j) * Sig - hp(i, j) * g(i)) / Sig**2

CLAIMS = [
    Claim(9, "valid", pairs(lambda i, j: diff(s[i], a[j])), pairs(lambda i, j: diff(exp(a[i]) / Sig, a[j]))),
    Claim(9, "valid", pairs(lambda i, j: diff(exp(a[i]) / Sig, a[j])), pairs(lambda i, j: s[i] * (ind(i, j) - s[j])), k=2),
    Claim(13, "valid", pairs(hp), pairs(lambda i, j: exp(a[j]))),
    Claim(15, "valid", pairs(gp), pairs(lambda i, j: exp(a[i]) if i == j else 0)),
    Claim(18, "invalid", pairs(lambda i, j: diff(exp(a[j]) / Sig, a[j])), pairs(quot),
          note="the numerator should be e^{a_i} (g_i); d/da_j of e^{a_j}/Sigma is s_j(1 - s_j), which differs from the quotient for g_i when i != j"),
    Claim(19, "valid", pairs(quot), pairs(lambda i, j: (ind(i, j) * exp(a[i]) * Sig - exp(a[j]) * exp(a[i])) / Sig**2)),
    Claim(20, "valid", pairs(lambda i, j: (ind(i, j) * exp(a[i]) * Sig - exp(a[j]) * exp(a[i])) / Sig**2),
          pairs(lambda i, j: exp(a[i]) / Sig * (ind(i, j) * Sig - exp(a[j])) / Sig)),
    Claim(21, "valid", pairs(lambda i, j: exp(a[i]) / Sig * (ind(i, j) * Sig - exp(a[j])) / Sig),
          pairs(lambda i, j: s[i] * (ind(i, j) - s[j]))),
]
