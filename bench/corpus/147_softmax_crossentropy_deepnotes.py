from sympy import KroneckerDelta, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/parasdahal/deepnotes/blob/e6b398ceb9e6d2f44d06b645a8abb7429933ca45/_posts/2017-05-28-softmax-crossentropy.md"
TITLE = "Classification and Loss Evaluation - Softmax and Cross Entropy Loss"
TOPIC = "softmax"

# N = 3 classes, indices 1..3.  Softmax inputs are a_k (first part) and o_k (loss part).
a1, a2, a3 = (Symbol(f"a{k}", real=True) for k in (1, 2, 3))
A = {1: a1, 2: a2, 3: a3}
S = exp(a1) + exp(a2) + exp(a3)
p = {k: exp(A[k]) / S for k in A}            # natural reading p_k = e^{a_k} / sum
C = Symbol("C", positive=True)
x = Symbol("x", real=True)
POS_C = {C: (0.1, 3.0)}

o1, o2, o3 = (Symbol(f"o{k}", real=True) for k in (1, 2, 3))
O = {1: o1, 2: o2, 3: o3}
So = exp(o1) + exp(o2) + exp(o3)
q = {k: exp(O[k]) / So for k in O}            # p_k of the loss part, softmax of o
y1, y2, y3 = (Symbol(f"y{k}", real=True) for k in (1, 2, 3))
Y = {1: y1, 2: y2, 3: y3}
L = -sum(Y[k] * log(q[k]) for k in O)
P = Symbol("P", positive=True)
dlogp = {k: diff(log(P), P).subs(P, q[k]) for k in O}   # d log(p_k) / d p_k

# one-hot labels: class c in {1, 2, 3}
c = Symbol("c", integer=True)
onehot = {k: KroneckerDelta(k, c) for k in O}
L1h = -sum(onehot[k] * log(q[k]) for k in O)
ONEHOT = {c: (1, 2, 3)}

i = 2          # the loss part is checked for i = 2 (so that k != 1 differs from k != i)
# line 136 right side, then the chain that follows it
r136 = -Y[i] * (1 - q[i]) - sum(Y[k] / q[k] * (-q[k] * q[i]) for k in O if k != i)
r137 = -Y[i] * (1 - q[i]) + sum(Y[k] * q[i] for k in O if k != 1)
r138 = -Y[i] + Y[i] * q[i] + sum(Y[k] * q[i] for k in O if k != 1)
r139 = q[i] * (Y[i] + sum(Y[k] for k in O if k != 1)) - Y[i]

# quotient rule, checked on concrete g, h
g = x**2 + 1
h = exp(x) + 2

CLAIMS = [
    # stable softmax: p_j line restates the definition; the two rescalings are claims (i = 1)
    Claim(26, "valid", exp(a1) / S, C * exp(a1) / (C * S), domain=POS_C),
    Claim(27, "valid", C * exp(a1) / (C * S),
          exp(a1 + log(C)) / sum(exp(A[k] + log(C)) for k in A), domain=POS_C),
    # general softmax derivative, checked at i = 2, j = 3
    Claim(45, "ambiguous", diff(p[3], a3), diff(exp(a2) / S, a3),
          alt=(diff(p[2], a3), diff(exp(a2) / S, a3)),
          note="left side written dp_j/da_j; it equals the right side only read as dp_i/da_j (the p_j definition carries the same i/j slip)"),
    Claim(50, "valid", diff(g / h, x), (diff(g, x) * h - diff(h, x) * g) / h**2),
    # case i = j (i = j = 2)
    Claim(59, "valid", diff(exp(a2) / S, a2), (exp(a2) * S - exp(a2) * exp(a2)) / S**2),
    Claim(60, "valid", (exp(a2) * S - exp(a2) * exp(a2)) / S**2, exp(a2) * (S - exp(a2)) / S**2),
    Claim(61, "valid", exp(a2) * (S - exp(a2)) / S**2, exp(a2) / S * (S - exp(a2)) / S),
    Claim(62, "valid", exp(a2) / S * (S - exp(a2)) / S, p[2] * (1 - p[2])),
    # case i != j (i = 2, j = 3)
    Claim(72, "valid", diff(exp(a2) / S, a3), (0 - exp(a3) * exp(a2)) / S**2),
    Claim(73, "valid", (0 - exp(a3) * exp(a2)) / S**2, -exp(a3) / S * (exp(a2) / S)),
    Claim(74, "valid", -exp(a3) / S * (exp(a2) / S), -p[3] * p[2]),
    # summaries, checked on the i != j branch (i = 2, j = 3)
    Claim(84, "ambiguous", diff(p[3], a3), -p[3] * p[2],
          alt=(diff(p[2], a3), -p[3] * p[2]),
          note="written dp_j/da_j = -p_j p_i for i != j; holds only read as dp_i/da_j"),
    Claim(95, "ambiguous", diff(p[3], a3), p[2] * (0 - p[3]),
          alt=(diff(p[2], a3), p[2] * (0 - p[3])),
          note="written dp_j/da_j = p_i(delta_ij - p_j); holds only read as dp_i/da_j"),
    # cross-entropy derivative, i = 2, general y
    Claim(122, "valid", diff(L, o2), -sum(Y[k] * diff(log(q[k]), o2) for k in O)),
    Claim(123, "valid", -sum(Y[k] * diff(log(q[k]), o2) for k in O),
          -sum(Y[k] * dlogp[k] * diff(q[k], o2) for k in O)),
    Claim(124, "valid", -sum(Y[k] * dlogp[k] * diff(q[k], o2) for k in O),
          -sum(Y[k] / q[k] * diff(q[k], o2) for k in O)),
    Claim(136, "valid", diff(L, o2), r136),
    Claim(137, "invalid", r136, r137,
          note="sum over k != 1 instead of k != i: the y_1 p_i term is replaced by y_i p_i"),
    Claim(138, "valid", r137, r138),
    Claim(139, "valid", r138, r139),
    Claim(140, "valid", r139, r139),
    # one-hot step and the result
    Claim(145, "valid", sum(onehot[k] for k in O), 1, domain=ONEHOT,
          note="a one-hot label's entries sum to 1 (a fact the step rests on, stated as one)"),
    Claim(145, "invalid", onehot[2] + sum(onehot[k] for k in O if k != 1), 1, k=2, domain=ONEHOT,
          note="with k != 1 the sum counts y_i twice and drops y_1; only y_i + sum_{k != i} y_k is 1"),
    Claim(149, "valid", diff(L1h, o2), q[2] - onehot[2], domain=ONEHOT),
]
