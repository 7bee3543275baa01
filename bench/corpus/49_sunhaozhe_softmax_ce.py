from sympy import symbols, exp, log, diff, KroneckerDelta, Add

from labels import Claim

SOURCE = "https://sunhaozhe.github.io/blogs/2019/10/03/matrix-calculus"
TITLE = "Derivative of cross entropy loss with softmax function (SunHaozhe)"
TOPIC = "softmax"

# K = 3 classes; o_i logits, p_i softmax; y one-hot at class c
K = 3
o = symbols("o1:4", real=True)
c = symbols("c", integer=True)
S = sum(exp(v) for v in o)
p = [exp(v) / S for v in o]
y = [KroneckerDelta(i + 1, c) for i in range(K)]
onehot = {c: (1, 2, 3)}
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]  # distinct weights: one check covers every (i, k)


def allpairs(f, pairs=None):
    pairs = pairs or [(i, k) for i in range(K) for k in range(K)]
    return Add(*[W[i][k] * f(i, k) for i, k in pairs])


diag = [(i, i) for i in range(K)]
off = [(i, k) for i in range(K) for k in range(K) if i != k]

dp = lambda i, k: diff(p[i], o[k])
quot = lambda i, k: (diff(exp(o[i]), o[k]) * S - diff(S, o[k]) * exp(o[i])) / S**2

# the chain for dL/do_k, checked at every k with weights
L = -sum(y[i] * log(p[i]) for i in range(K))
Wk = [2, 3, 5]


def allk(f):
    return Add(*[Wk[k] * f(k) for k in range(K)])


c57 = lambda k: -sum(y[i] * diff(log(p[i]), o[k]) for i in range(K))
c58 = lambda k: -sum(y[i] * (1 / p[i]) * dp(i, k) for i in range(K))
c59 = lambda k: -sum(y[i] / p[i] * dp(i, k) for i in range(K))
c60 = lambda k: -y[k] * (1 - p[k]) + sum(y[i] * p[k] for i in range(K) if i != k)
c61 = lambda k: -y[k] + sum(y[i] * p[k] for i in range(K))
c62 = lambda k: p[k] - y[k]

CLAIMS = [
    Claim(15, "valid", allpairs(dp), allpairs(lambda i, k: diff(exp(o[i]) / S, o[k]))),
    Claim(16, "valid", allpairs(lambda i, k: diff(exp(o[i]) / S, o[k])), allpairs(quot)),
    # case i = k
    Claim(25, "valid", allpairs(dp, diag),
          allpairs(lambda i, k: (exp(o[k]) * S - exp(o[k]) * exp(o[k])) / S**2, diag)),
    Claim(26, "valid", allpairs(lambda i, k: (exp(o[k]) * S - exp(o[k]) * exp(o[k])) / S**2, diag),
          allpairs(lambda i, k: exp(o[k]) / S * (S - exp(o[k])) / S, diag)),
    Claim(27, "valid", allpairs(lambda i, k: exp(o[k]) / S * (S - exp(o[k])) / S, diag),
          allpairs(lambda i, k: p[k] * (1 - p[k]), diag)),
    # case i != k
    Claim(36, "valid", allpairs(dp, off), allpairs(quot, off)),
    Claim(37, "valid", allpairs(quot, off), allpairs(lambda i, k: -exp(o[k]) * exp(o[i]) / (S * S), off)),
    Claim(38, "valid", allpairs(lambda i, k: -exp(o[k]) * exp(o[i]) / (S * S), off),
          allpairs(lambda i, k: -p[k] * p[i], off)),
    # the two cases together
    Claim(45, "valid", allpairs(dp),
          allpairs(lambda i, k: p[k] * (1 - p[k]) if i == k else -p[k] * p[i])),
    # dL/do_k
    Claim(57, "valid", allk(lambda k: diff(L, o[k])), allk(c57), domain=onehot),
    Claim(58, "valid", allk(c57), allk(c58), domain=onehot),
    Claim(59, "valid", allk(c58), allk(c59), domain=onehot),
    Claim(60, "valid", allk(c59), allk(c60), domain=onehot),
    Claim(61, "valid", allk(c60), allk(c61), domain=onehot),
    Claim(62, "valid", allk(c61), allk(c62), domain=onehot),
    Claim(66, "valid", sum(y), 1, domain=onehot),
]
