from sympy import Add, KroneckerDelta, Symbol, diff, exp, log, symbols

from labels import Claim

SOURCE = "https://math.stackexchange.com/questions/945871/derivative-of-softmax-loss-function"
TITLE = "Derivative of Softmax loss function (Mathematics Stack Exchange question and accepted answer)"
TOPIC = "softmax"

# K = 3 classes; logits o_k, softmax p_k; y one-hot at class c (the answer's and the slides' setting)
K = 3
o = symbols("o1:4", real=True)
c = Symbol("c", integer=True)
onehot = {c: (1, 2, 3)}
S = sum(exp(v) for v in o)
p = [exp(v) / S for v in o]
y = [KroneckerDelta(k + 1, c) for k in range(K)]
L = -sum(y[j] * log(p[j]) for j in range(K))

Wi = [2, 3, 5]
Wji = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def over_i(f):
    """a claim about every output i, checked for all three at once (distinct weights)"""
    return Add(*[Wi[i] * f(i) for i in range(K)])


def pairs(f, which):
    return Add(*[Wji[j][i] * f(j, i) for j, i in which])


diag = [(i, i) for i in range(K)]
off = [(j, i) for j in range(K) for i in range(K) if j != i]
dp = lambda j, i: diff(p[j], o[i])                     # dp_j / do_i

dL = lambda i: diff(L, o[i])
# the question's chain (eqnarray)
q24 = lambda i: -(y[i] * (1 - p[i]) + sum(-p[k] * y[k] for k in range(K) if k != i))
q25 = lambda i: p[i] * y[i] - y[i] + sum(p[k] * y[k] for k in range(K) if k != i)
q26 = lambda i: sum(p[m] * y[m] for m in range(K)) - y[i]
# the answer's chain
a1 = lambda i: -sum(y[k] * diff(log(p[k]), o[i]) for k in range(K))
a2 = lambda i: -sum(y[k] * (1 / p[k]) * dp(k, i) for k in range(K))
a3 = lambda i: -y[i] * (1 - p[i]) - sum(y[k] * (1 / p[k]) * (-p[k] * p[i]) for k in range(K) if k != i)
a4 = lambda i: -y[i] * (1 - p[i]) + sum(y[k] * p[i] for k in range(K) if k != i)
a5 = lambda i: -y[i] + y[i] * p[i] + sum(y[k] * p[i] for k in range(K) if k != i)
a6 = lambda i: p[i] * sum(y) - y[i]
a7 = lambda i: p[i] - y[i]

CLAIMS = [
    Claim(16, "valid", pairs(dp, diag), pairs(lambda j, i: p[i] * (1 - p[i]), diag),
          note="for i = j; the condition after \\quad is not a claim"),
    Claim(20, "valid", pairs(dp, off), pairs(lambda j, i: -p[i] * p[j], off), note="for i != j"),
    Claim(24, "invalid", over_i(dL), over_i(q24), domain=onehot,
          note="-sum_k y_k (1/p_k) dp_k/do_i = -(y_i(1-p_i) - p_i sum_{k!=i} y_k): the off-diagonal term is "
               "-p_i y_k, not -p_k y_k (the slip the answer marks in red)"),
    Claim(25, "valid", over_i(q24), over_i(q25), domain=onehot),
    Claim(26, "valid", over_i(q25), over_i(q26), domain=onehot,
          note="the summation index i of (sum_i p_i y_i) is a dummy, i.e. sum over all classes"),
    Claim(30, "valid", over_i(dL), over_i(a7), domain=onehot, note="with one-hot y (sum_k y_k = 1)"),
    Claim(39, "valid", over_i(dL), over_i(a1), domain=onehot),
    Claim(39, "valid", over_i(a1), over_i(a2), k=2, domain=onehot),
    Claim(39, "valid", over_i(a2), over_i(a3), k=3, domain=onehot),
    Claim(39, "valid", over_i(a3), over_i(a4), k=4, domain=onehot),
    Claim(39, "valid", over_i(a4), over_i(a5), k=5, domain=onehot),
    Claim(39, "valid", over_i(a5), over_i(a6), k=6, domain=onehot),
    Claim(39, "valid", over_i(a6), over_i(a7), k=7, domain=onehot, note="uses sum_k y_k = 1"),
    Claim(39, "valid", sum(y), 1, k=8, domain=onehot, note="y one-hot"),
]
