from sympy import Add, Eq, KroneckerDelta, Piecewise, Symbol, diff, exp, log, sqrt, symbols

from labels import Claim

SOURCE = "https://github.com/harvard-ml-courses/cs181-section/blob/c48a09aaf44b7259d2d380d7299687e65570719e/s19/src/sec03-bayes_classification/03-soln.tex"
TITLE = "CS 181 (Harvard, Spring 2019) section 3 solutions: properties of softmax and the multiclass logistic-regression gradient"
TOPIC = "multiclass"

K = 3  # classes

# ---- the softmax facts (a)-(d): one score vector z = (z_1, z_2, z_3)
z = symbols("z1:4", real=True)
Sz = sum(exp(v) for v in z)
s = [exp(v) / Sz for v in z]                      # softmax(z)_k
u = symbols("u1:4", real=True)                     # free scores, to differentiate softmax in its argument
Su = sum(exp(v) for v in u)
su = [exp(v) / Su for v in u]

Wkj = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
every = [(k, j) for k in range(K) for j in range(K)]
diag = [(k, k) for k in range(K)]
off = [(k, j) for k in range(K) for j in range(K) if k != j]


def pairs(f, which):
    """a claim about (k, j), checked for every pair in `which` at once (distinct weights)"""
    return Add(*[Wkj[k][j] * f(k, j) for k, j in which])


Wj = [2, 3, 5]


def over_j(f):
    return Add(*[Wj[j] * f(j) for j in range(K)])


ind = lambda k, j: 1 if k == j else 0             # I_kj
ds = lambda k, j: diff(s[k], z[j])                 # d softmax(z)_k / d z_j
d_rule = lambda k, j: s[k] * (ind(k, j) - s[j])    # softmax_k (I_kj - softmax_j)

r89b = lambda k, j: -exp(z[k]) / Sz**2 * exp(z[j])
r89c = lambda k, j: -(exp(z[k]) / Sz) * (exp(z[j]) / Sz)
r89d = lambda k, j: -s[k] * s[j]
r94b = lambda k, j: exp(z[k]) / Sz - exp(z[j])**2 / Sz**2
r94c = lambda k, j: (1 - exp(z[k]) / Sz) * exp(z[k]) / Sz
r94d = lambda k, j: s[k] * (1 - s[j])

# ---- the gradient (e): N = 2 examples, 2 features, weights w_l = (w_l1, w_l2) for l = 1..3,
# one-hot labels y_ik = 1{k = c_i} with class c_i in {1, 2, 3}
N, D = 2, 2
w = [[Symbol(f"w{l + 1}{d + 1}", real=True) for d in range(D)] for l in range(K)]
x = [[Symbol(f"x{i + 1}{d + 1}", real=True) for d in range(D)] for i in range(N)]
c = [Symbol(f"c{i + 1}", integer=True) for i in range(N)]
onehot = {ci: (1, 2, 3) for ci in c}
y = [[KroneckerDelta(k + 1, c[i]) for k in range(K)] for i in range(N)]
zs = [[sum(w[k][d] * x[i][d] for d in range(D)) for k in range(K)] for i in range(N)]   # z_ik = w_k^T x_i
S = [sum(exp(v) for v in zs[i]) for i in range(N)]
p = [[exp(zs[i][k]) / S[i] for k in range(K)] for i in range(N)]                         # p(y = C_k | x_i)
p_true = [Piecewise((p[i][0], Eq(c[i], 1)), (p[i][1], Eq(c[i], 2)), (p[i][2], True)) for i in range(N)]
L = -sum(log(p_true[i]) for i in range(N))          # -sum_i ln p(y_i | x_i), the definition (line 42)

Wd = [1, sqrt(2)]


def grad(f):
    """a gradient with respect to w_j (a 2-vector), for j = 1..3, folded into one number"""
    return Add(*[Wj[j] * Wd[d] * f(j, d) for j in range(K) for d in range(D)])


dsoft = lambda i, k, j: diff(su[k], u[j]).subs({u[l]: zs[i][l] for l in range(K)})     # d p_ik / d z_ij

g_true = lambda j, d: diff(L, w[j][d])
g63 = lambda j, d: sum((p[i][j] - y[i][j]) * x[i][d] for i in range(N))
g105 = lambda j, d: -sum(y[i][k] * diff(log(p[i][k]), w[j][d]) for i in range(N) for k in range(K))
g108 = lambda j, d: -sum(y[i][k] * (1 / p[i][k]) * diff(p[i][k], w[j][d]) for i in range(N) for k in range(K))
g110 = lambda j, d: -sum(y[i][k] * (1 / p[i][k]) * dsoft(i, k, j) * diff(zs[i][j], w[j][d])
                         for i in range(N) for k in range(K))
g113 = lambda j, d: -sum(y[i][k] * (1 / p[i][k]) * dsoft(i, k, j) * x[i][d] for i in range(N) for k in range(K))
g116 = lambda j, d: -sum(y[i][k] * (1 / p[i][k]) * p[i][k] * (ind(k, j) - p[i][j]) * x[i][d]
                         for i in range(N) for k in range(K))
g119 = lambda j, d: -sum(y[i][k] * (ind(k, j) - p[i][j]) * x[i][d] for i in range(N) for k in range(K))
g121 = lambda j, d: (-sum(y[i][k] * ind(k, j) * x[i][d] for i in range(N) for k in range(K))
                     + sum(p[i][j] * x[i][d] * sum(y[i][k] for k in range(K)) for i in range(N)))
g125 = lambda j, d: -sum(y[i][j] * x[i][d] for i in range(N)) + sum(p[i][j] * x[i][d] for i in range(N))
g128 = lambda j, d: sum((p[i][j] - y[i][j]) * x[i][d] for i in range(N))

L103 = -sum(y[i][k] * log(p[i][k]) for i in range(N) for k in range(K))

CLAIMS = [
    Claim(33, "valid", over_j(lambda k: su[k]),
          over_j(lambda k: exp(u[k]) / sum(exp(v) for v in u)),
          note="softmax of the scores w_l^T x, entry k; the first '=' defines p(y = C_k | x) and is not labelled"),
    Claim(58, "valid", pairs(ds, every), pairs(d_rule, every), note="fact (d), for every k, j"),
    Claim(63, "valid", grad(g_true), grad(g63), domain=onehot, note="fact (e), with one-hot labels y_i"),
    Claim(74, "valid", over_j(lambda j: s[j]), over_j(lambda j: exp(z[j]) / Sz),
          note="restates the definition of the softmax"),
    Claim(79, "valid", sum(s), sum(exp(v) / Sz for v in z)),
    Claim(79, "valid", sum(exp(v) / Sz for v in z), sum(exp(v) for v in z) / Sz, k=2),
    Claim(79, "valid", sum(exp(v) for v in z) / Sz, 1, k=3),
    Claim(82, "valid", over_j(lambda j: s[j]), over_j(lambda j: exp(z[j]) / Sz)),
    Claim(82, "valid", over_j(lambda k: exp(z[k]) / Sz), over_j(lambda k: s[k]), k=2,
          note="the chain's middle link is an inequality (>=), not labelled"),
    # case j != k
    Claim(89, "valid", pairs(ds, off), pairs(lambda k, j: diff(exp(z[k]) / Sz, z[j]), off)),
    Claim(89, "valid", pairs(lambda k, j: diff(exp(z[k]) / Sz, z[j]), off), pairs(r89b, off), k=2),
    Claim(89, "valid", pairs(r89b, off), pairs(r89c, off), k=3),
    Claim(89, "valid", pairs(r89c, off), pairs(r89d, off), k=4),
    # case j = k
    Claim(94, "valid", pairs(ds, diag), pairs(lambda k, j: diff(exp(z[k]) / Sz, z[j]), diag)),
    Claim(94, "valid", pairs(lambda k, j: diff(exp(z[k]) / Sz, z[j]), diag), pairs(r94b, diag), k=2),
    Claim(94, "valid", pairs(r94b, diag), pairs(r94c, diag), k=3),
    Claim(94, "valid", pairs(r94c, diag), pairs(r94d, diag), k=4),
    Claim(98, "valid", pairs(ds, every), pairs(d_rule, every), note="the two cases combined (boxed in text mode)"),
    # the gradient
    Claim(103, "valid", L, L103, domain=onehot,
          note="the negative log-likelihood of line 42 rewritten with one-hot labels y_ik"),
    Claim(105, "valid", grad(g_true), grad(g105), domain=onehot),
    Claim(108, "valid", grad(g105), grad(g108), domain=onehot),
    Claim(110, "valid", grad(g108), grad(g110), domain=onehot,
          note="z_j is the class-j score of the example in the i-th term, z_ij = w_j^T x_i"),
    Claim(113, "valid", grad(g110), grad(g113), domain=onehot,
          note="d z_j / d w_j is that example's input x_i (written as a bare bold x here, x_i on the next line)"),
    Claim(116, "valid", grad(g113), grad(g116), domain=onehot),
    Claim(119, "valid", grad(g116), grad(g119), domain=onehot),
    Claim(121, "valid", grad(g119), grad(g121), domain=onehot,
          note="the inner sum's upper limit is written C; read as K, the number of classes"),
    Claim(124, "valid", Add(*[(i + 2) * sum(y[i][k] for k in range(K)) for i in range(N)]),
          Add(*[(i + 2) for i in range(N)]), domain=onehot, note="one-hot labels"),
    Claim(125, "valid", grad(g_true), grad(g125), domain=onehot),
    Claim(128, "valid", grad(g125), grad(g128), domain=onehot,
          note="the boxed '=' ends line 127; its right side begins on line 128"),
]
