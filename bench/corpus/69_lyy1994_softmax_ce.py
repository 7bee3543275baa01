from sympy import symbols, exp, log, diff, Add, Symbol

from labels import Claim

SOURCE = "https://github.com/lyy1994/lyy1994.github.io/blob/f5baee0/_posts/2016-05-11-softmax-cross-entropy-derivative.markdown"
TITLE = "Derivative of Softmax under Cross-Entropy Error (lyy1994, version of 2016-06-24)"
TOPIC = "softmax"

# K = 3 classes (the appendix's J is the same number of classes); scores z_k, targets t_k (any reals:
# no claim below needs them to sum to 1), y_k the softmax outputs.
K = 3
Z = symbols("z1:4", real=True)
T = symbols("t1:4", real=True)
S = sum(exp(v) for v in Z)
Y = [exp(v) / S for v in Z]
C = -sum(T[k] * log(Y[k]) for k in range(K))
U = Symbol("U", positive=True)


def ind(k, i):
    """1{k = i}"""
    return 1 if k == i else 0


Wi = [2, 3, 5]
Wki = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def over_i(f):
    """a claim about every class i, checked for all three at once (distinct weights)"""
    return Add(*[Wi[i] * f(i) for i in range(K)])


def pairs(f, which):
    """a claim about (k, i), checked for every pair in `which` at once"""
    return Add(*[Wki[k][i] * f(k, i) for k, i in which])


every = [(k, i) for k in range(K) for i in range(K)]
diag = [(i, i) for i in range(K)]
off = [(k, i) for k in range(K) for i in range(K) if k != i]

dC = lambda i: diff(C, Z[i])
dy = lambda k, i: diff(Y[k], Z[i])                       # dy_k / dz_i
compact = lambda k, i: Y[k] * (ind(k, i) - Y[i])         # y_k (1{k = i} - y_i)

r28 = lambda i: -sum(T[k] * diff(log(Y[k]), Z[i]) for k in range(K))
r32a = lambda i: -sum(T[k] * diff(log(U), U).subs(U, Y[k]) * dy(k, i) for k in range(K))
r32b = lambda i: -sum(T[k] / Y[k] * dy(k, i) for k in range(K))
r42a = lambda i: -sum(T[k] / Y[k] * Y[k] * (ind(k, i) - Y[i]) for k in range(K))
r42b = lambda i: -sum(T[k] * (ind(k, i) - Y[i]) for k in range(K))
r46b = lambda i: -sum(T[k] * ind(k, i) for k in range(K)) + sum(Y[i] for k in range(K))   # sum_k y_i = K y_i
r46c = lambda i: -T[i] + Y[i]
r46d = lambda i: Y[i] - T[i]

# appendix, case k = i (the sum is over j = 1..J, J = K)
r66a = lambda i, _: (exp(Z[i]) * S - exp(Z[i]) * exp(Z[i])) / S**2
r66b = lambda i, _: exp(Z[i]) / S * (S - exp(Z[i])) / S
r66c = lambda i, _: Y[i] * (1 - exp(Z[i]) / S)
r66d = lambda i, _: Y[i] * (1 - Y[i])
# appendix, case k != i
r74a = lambda k, i: (0 * S - exp(Z[k]) * exp(Z[i])) / S**2
r74b = lambda k, i: (-exp(Z[k]) * exp(Z[i])) / S**2
r74c = lambda k, i: -(exp(Z[k]) / S) * (exp(Z[i]) / S)
r74d = lambda k, i: -Y[k] * Y[i]

CLAIMS = [
    Claim(28, "valid", over_i(dC), over_i(r28)),
    Claim(32, "valid", over_i(dC), over_i(r32a)),
    Claim(32, "valid", over_i(r32a), over_i(r32b), k=2),
    Claim(36, "valid", pairs(dy, every), pairs(compact, every)),
    Claim(42, "valid", over_i(dC), over_i(r42a)),
    Claim(42, "valid", over_i(r42a), over_i(r42b), k=2),
    Claim(46, "valid", over_i(dC), over_i(r42b)),
    Claim(46, "invalid", over_i(r42b), over_i(r46b), k=2,
          note="-sum_k t_k(1{k=i} - y_i) = -t_i + y_i sum_k t_k; the t_k is dropped from the second sum, "
               "and sum_{k=1}^K y_i = K y_i"),
    Claim(46, "invalid", over_i(r46b), over_i(r46c), k=3,
          note="-t_i + sum_{k=1}^K y_i = -t_i + K y_i, not -t_i + y_i"),
    Claim(46, "valid", over_i(r46c), over_i(r46d), k=4),
    Claim(58, "valid", Add(*[Wi[k] * Y[k] for k in range(K)]),
          Add(*[Wi[k] * exp(Z[k]) / sum(exp(Z[j]) for j in range(K)) for k in range(K)]),
          note="restates the softmax; the J of the appendix is read as K, the number of classes"),
    Claim(66, "valid", pairs(dy, diag), pairs(r66a, diag)),
    Claim(66, "valid", pairs(r66a, diag), pairs(r66b, diag), k=2),
    Claim(66, "valid", pairs(r66b, diag), pairs(r66c, diag), k=3),
    Claim(66, "valid", pairs(r66c, diag), pairs(r66d, diag), k=4),
    Claim(74, "valid", pairs(dy, off), pairs(r74a, off)),
    Claim(74, "valid", pairs(r74a, off), pairs(r74b, off), k=2),
    Claim(74, "valid", pairs(r74b, off), pairs(r74c, off), k=3),
    Claim(74, "valid", pairs(r74c, off), pairs(r74d, off), k=4),
    Claim(81, "valid", pairs(dy, every), pairs(compact, every)),
]
