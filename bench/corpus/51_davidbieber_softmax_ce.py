from sympy import symbols, exp, log, diff, KroneckerDelta, Add

from labels import Claim

SOURCE = "https://davidbieber.com/snippets/2020-12-12-derivative-of-softmax-and-the-softmax-cross-entropy-loss/"
TITLE = "Derivative of Softmax and the Softmax Cross Entropy Loss (David Bieber)"
TOPIC = "softmax"

# three classes: inputs x_d, softmax outputs y_i, one-hot targets t_i (class c)
K = 3
x = symbols("x1:4", real=True)
c = symbols("c", integer=True)
S = sum(exp(v) for v in x)
y = [exp(v) / S for v in x]
t = [KroneckerDelta(i + 1, c) for i in range(K)]
dom = {c: (1, 2, 3)}
L = -sum(t[i] * log(y[i]) for i in range(K))
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
Wv = [2, 3, 5]
diag = [(i, i) for i in range(K)]
off = [(i, j) for i in range(K) for j in range(K) if i != j]


def pairs(f, which=None):
    which = which or [(i, j) for i in range(K) for j in range(K)]
    return Add(*[W[i][j] * f(i, j) for i, j in which])


def over_j(f):
    return Add(*[Wv[j] * f(j) for j in range(K)])


dy = lambda i, j: diff(y[i], x[j])
chain = lambda j: -sum(t[i] * (1 / y[i]) * dy(i, j) for i in range(K))
cases_sum = lambda j: sum(t[i] * (y[i] - 1) if i == j else t[i] * y[j] for i in range(K))

CLAIMS = [
    # "softmax(x)_i = e^{x_i}/sum e^{x_d}" (the first link defines y_i)
    Claim(4, "valid", Add(*[Wv[i] * y[i] for i in range(K)]), Add(*[Wv[i] * exp(x[i]) / S for i in range(K)])),
    Claim(10, "valid", over_j(lambda j: diff(L, x[j])), over_j(chain), domain=dom),
    # i = j
    Claim(16, "valid", pairs(dy, diag), pairs(lambda i, j: (S * exp(x[i]) - exp(x[i]) * exp(x[i])) / S**2, diag)),
    Claim(18, "valid", pairs(dy, diag), pairs(lambda i, j: exp(x[i]) / S * ((S - exp(x[i])) / S), diag)),
    Claim(20, "valid", pairs(dy, diag), pairs(lambda i, j: y[i] * (1 - y[i]), diag)),
    # i != j
    Claim(24, "valid", pairs(dy, off), pairs(lambda i, j: (S * 0 - exp(x[i]) * exp(x[j])) / S**2, off)),
    Claim(26, "valid", pairs(dy, off), pairs(lambda i, j: -exp(x[i]) / S * exp(x[j]) / S, off)),
    Claim(28, "valid", pairs(dy, off), pairs(lambda i, j: -y[i] * y[j], off)),
    Claim(32, "valid", pairs(dy), pairs(lambda i, j: y[i] * (1 - y[i]) if i == j else -y[i] * y[j])),
    Claim(36, "valid", over_j(lambda j: diff(L, x[j])), over_j(chain), domain=dom),
    Claim(36, "valid", over_j(chain), over_j(cases_sum), k=2, domain=dom),
    Claim(40, "valid", over_j(lambda j: diff(L, x[j])), over_j(lambda j: y[j] - t[j]), domain=dom),
]
