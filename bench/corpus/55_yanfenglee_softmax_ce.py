from sympy import symbols, exp, log, diff, tanh, KroneckerDelta, Add

from labels import Claim

SOURCE = "https://github.com/yanfenglee/dl_demo/blob/eeae0cb/README.md"
TITLE = "dl_demo math formulas: sigmoid, tanh, softmax cross entropy (yanfenglee)"
TOPIC = "softmax"

z = symbols("z", real=True)
sig = 1 / (1 + exp(-z))
th = (exp(z) - exp(-z)) / (exp(z) + exp(-z))

# softmax part: 3 classes, z_k logits, a_k softmax, y one-hot at c
K = 3
Z = symbols("z1:4", real=True)
c = symbols("c", integer=True)
S = sum(exp(v) for v in Z)
A = [exp(v) / S for v in Z]
y = [KroneckerDelta(k + 1, c) for k in range(K)]
oh = {c: (1, 2, 3)}
L = -sum(y[k] * log(A[k]) for k in range(K))
Wv = [2, 3, 5]
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def over_i(f):
    return Add(*[Wv[i] * f(i) for i in range(K)])


def pairs(f, which):
    return Add(*[W[i][j] * f(i, j) for i, j in which])


diag = [(i, i) for i in range(K)]
off = [(i, j) for i in range(K) for j in range(K) if i != j]
da = lambda i, j: diff(A[j], Z[i])     # d a_j / d z_i

r31 = lambda i: -sum(y[k] * (1 / A[k]) * da(i, k) for k in range(K))
r32 = lambda i: -y[i] * (1 - A[i]) - sum(y[k] * (1 / A[k]) * (-A[k] * A[i]) for k in range(K) if k != i)
r33 = lambda i: -y[i] * (1 - A[i]) + sum(y[k] * A[i] for k in range(K) if k != i)
r34 = lambda i: -y[i] + y[i] * A[i] + sum(y[k] * A[i] for k in range(K) if k != i)
r35 = lambda i: A[i] * sum(y) - y[i]
r36 = lambda i: A[i] - y[i]

CLAIMS = [
    Claim(5, "valid", sig, 1 / (1 + exp(-z))),
    Claim(6, "valid", diff(sig, z), sig * (1 - sig)),
    Claim(9, "valid", tanh(z), th),
    Claim(9, "invalid", th, 2 * sig - 1, k=2,
          note="tanh(z) = 2*sigmoid(2z) - 1; with sigmoid(z) the argument is off by a factor 2"),
    Claim(10, "valid", diff(tanh(z), z), 1 - tanh(z)**2),
    Claim(22, "valid", pairs(da, diag), pairs(lambda i, j: A[i] * (1 - A[i]), diag)),
    Claim(23, "valid", pairs(da, off), pairs(lambda i, j: -A[i] * A[j], off)),
    Claim(31, "valid", over_i(lambda i: diff(L, Z[i])), over_i(r31), domain=oh),
    Claim(32, "valid", over_i(r31), over_i(r32), domain=oh),
    Claim(33, "valid", over_i(r32), over_i(r33), domain=oh),
    Claim(34, "valid", over_i(r33), over_i(r34), domain=oh),
    Claim(35, "valid", over_i(r34), over_i(r35), domain=oh),
    Claim(36, "valid", over_i(r35), over_i(r36), domain=oh),
]
