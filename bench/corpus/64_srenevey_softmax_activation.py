from sympy import symbols, exp, log, diff, Add

from labels import Claim

SOURCE = "https://srenevey.github.io/neuro/docs/activations/softmax/"
TITLE = "Softmax and its Jacobian (neuro knowledge base, S. Renevey)"
TOPIC = "softmax"

n = 3
x = symbols("x1:4", real=True)
C = symbols("C", positive=True)
S = sum(exp(v) for v in x)
g = [exp(v) / S for v in x]
d = lambda i, j: 1 if i == j else 0
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
Wv = [2, 3, 5]
dom = {C: (0.2, 5.0)}
diag = [(i, i) for i in range(n)]
off = [(i, j) for i in range(n) for j in range(n) if i != j]


def pairs(f, which=None):
    which = which or [(i, j) for i in range(n) for j in range(n)]
    return Add(*[W[i][j] * f(i, j) for i, j in which])


def vec(f):
    return Add(*[Wv[i] * f(i) for i in range(n)])


dg = lambda i, j: diff(g[i], x[j])
jac_entry = lambda i, j: g[i] * (1 - g[i]) if i == j else -g[i] * g[j]

CLAIMS = [
    Claim(10, "valid", vec(lambda i: g[i]), vec(lambda i: exp(x[i]) / S)),
    Claim(14, "valid", vec(lambda i: g[i]), vec(lambda i: C * exp(x[i]) / (C * S)), domain=dom),
    Claim(14, "valid", vec(lambda i: C * exp(x[i]) / (C * S)),
          vec(lambda i: exp(log(C)) * exp(x[i]) / (exp(log(C)) * S)), k=2, domain=dom),
    Claim(14, "valid", vec(lambda i: exp(log(C)) * exp(x[i]) / (exp(log(C)) * S)),
          vec(lambda i: exp(x[i] + log(C)) / sum(exp(v + log(C)) for v in x)), k=3, domain=dom),
    Claim(18, "valid", sum(g), 1),
    Claim(24, "valid", pairs(dg, diag), pairs(lambda i, j: (exp(x[i]) * S - exp(x[i]) * exp(x[i])) / S**2, diag)),
    Claim(24, "valid", pairs(lambda i, j: (exp(x[i]) * S - exp(x[i]) * exp(x[i])) / S**2, diag),
          pairs(lambda i, j: exp(x[i]) / S * (1 - exp(x[i]) / S), diag), k=2),
    # the second formula is for j != i
    Claim(28, "valid", pairs(dg, off), pairs(lambda i, j: -exp(x[i]) * exp(x[j]) / S**2, off)),
    Claim(28, "valid", pairs(lambda i, j: -exp(x[i]) * exp(x[j]) / S**2, off),
          pairs(lambda i, j: -(exp(x[i]) / S) * (exp(x[j]) / S), off), k=2),
    Claim(32, "valid", pairs(dg), pairs(lambda i, j: g[i] * (d(i, j) - g[j]))),
    Claim(44, "valid", pairs(dg), pairs(jac_entry)),
]
