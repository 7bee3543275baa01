from sympy import (Eq, KroneckerDelta, Limit, Max, Piecewise, Rational, Symbol, binomial, diff,
                   exp, log, symbols)

from labels import Claim

SOURCE = ("https://github.com/chrisyeh96/chrisyeh96.github.io/blob/"
          "ec1e32009326766fab5a93d153be85b584c66752/_posts/2018-06-11-logistic-regression.md")
TITLE = "Binary vs. Multi-Class Logistic Regression"
TOPIC = "multiclass"

P = (0.05, 0.95)  # probabilities


def sig(t):
    return 1 / (1 + exp(-t))


z = Symbol("z", real=True)
s = sig(z)
y = Symbol("y", integer=True)  # binary label, y in {0, 1}
Y01 = {y: (0, 1)}

# softmax numerical stability, n = 3, entry i = 1
x1, x2, x3, c = symbols("x1 x2 x3 c", real=True)
den = exp(x1 + c) + exp(x2 + c) + exp(x3 + c)
den0 = exp(x1) + exp(x2) + exp(x3)
cstar = -Max(x1, x2, x3)
maxshift = Max(exp(x1 + cstar), exp(x2 + cstar), exp(x3 + cstar))

# discrete distributions on 3 outcomes
p1, p2, q1, q2 = symbols("p1 p2 q1 q2", positive=True)
pp = [p1, p2, 1 - p1 - p2]
qq = [q1, q2, 1 - q1 - q2]
DIST = {p1: (0.05, 0.45), p2: (0.05, 0.45), q1: (0.05, 0.45), q2: (0.05, 0.45)}
H_pq = -sum(a * log(b) for a, b in zip(pp, qq))
H_p = -sum(a * log(a) for a in pp)
KL = sum(a * log(a / b) for a, b in zip(pp, qq))
t = Symbol("t", positive=True)

# binary model, M = 2
w1, w2, b, u1, u2 = symbols("w1 w2 b u1 u2", real=True)
zlin = w1 * u1 + w2 * u2 + b
pz = s  # p(y=1) = sigma(z)

# multi-label: class c score with its own bias b_c versus a bare b
Wc1, Wc2, bc = symbols("Wc1 Wc2 bc", real=True)

# multinomial, C = 3, M = 2
W = [[Symbol(f"W{i}{j}", real=True) for j in (1, 2)] for i in (1, 2, 3)]
bb = [Symbol(f"b{i}", real=True) for i in (1, 2, 3)]
v1, v2, d = symbols("v1 v2 d", real=True)
k = Symbol("k", integer=True)  # the correct class c
K3 = {k: (1, 2, 3)}
sc = [W[i][0] * u1 + W[i][1] * u2 + bb[i] for i in range(3)]
vx = v1 * u1 + v2 * u2 + d
yhat = [exp(si) / sum(exp(sj) for sj in sc) for si in sc]
onehot = [KroneckerDelta(i + 1, k) for i in range(3)]


def pick(vals, idx):
    return Piecewise(*[(v, Eq(idx, i + 1)) for i, v in enumerate(vals[:-1])], (vals[-1], True))


H_yyhat = -sum(a * log(bq) for a, bq in zip(onehot, yhat))
shift1 = pick([exp(si + vx) for si in sc], k) / sum(exp(si + vx) for si in sc)
shift2 = pick([exp(si) * exp(vx) for si in sc], k) / sum(exp(si) * exp(vx) for si in sc)
plain = pick([exp(si) for si in sc], k) / sum(exp(si) for si in sc)

# binary case C = 2; a vector [a, b] is checked as t1*a + t2*b for free t1, t2
t1, t2 = symbols("t1 t2", real=True)
s1, s2 = sc[0], sc[1]
yh1 = exp(s1) / (exp(s1) + exp(s2))
yh2 = exp(s2) / (exp(s1) + exp(s2))
true_vec = t1 * yh1 + t2 * yh2
uu = (W[0][0] - W[1][0]) * u1 + (W[0][1] - W[1][1]) * u2 + (bb[0] - bb[1])  # W'^T x + b'
vec_a = (t1 * exp(uu) + t2 * exp(0)) / (exp(uu) + exp(0))
vec_b = t1 * exp(uu) / (1 + exp(uu)) + t2 * 1 / (1 + exp(uu))
vec_c = t1 * (1 - sig(uu)) + t2 * sig(uu)
m = Symbol("m", integer=True)  # correct class in the two-class case
M12 = {m: (1, 2)}
onehot2 = [KroneckerDelta(1, m), KroneckerDelta(2, m)]
H2 = -(onehot2[0] * log(yh1) + onehot2[1] * log(yh2))
nll2 = -log(pick([yh1, yh2], m))


def cases01(lab, at0, at1):
    return Piecewise((at0, Eq(lab, 0)), (at1, True))


C = Symbol("C", integer=True)

CLAIMS = [
    Claim(13, "valid", sig(0), Rational(1, 2)),
    Claim(16, "valid", diff(s, z), s * (1 - s)),
    # softmax shift invariance
    Claim(31, "valid", exp(x1 + c) / den, exp(x1 + c) / den),
    Claim(32, "valid", exp(x1 + c) / den,
          exp(x1) * exp(c) / (exp(x1) * exp(c) + exp(x2) * exp(c) + exp(x3) * exp(c))),
    Claim(33, "valid", exp(x1) * exp(c) / (exp(x1) * exp(c) + exp(x2) * exp(c) + exp(x3) * exp(c)),
          exp(x1) / den0),
    Claim(34, "valid", exp(x1) / den0, exp(x1) / den0),
    Claim(38, "valid", maxshift, 1),
    Claim(40, "valid", maxshift, 1),
    Claim(42, "valid", maxshift, 1),
    # cross-entropy facts
    Claim(49, "valid", H_pq, -sum(a * log(bq) for a, bq in zip(pp, qq)), domain=DIST),
    Claim(52, "valid", Limit(t * log(t), t, 0, "+"), 0),
    Claim(57, "valid", H_pq, H_p + KL, domain=DIST),
    # binary logistic regression
    Claim(83, "valid", sig(zlin), sig(w1 * u1 + w2 * u2 + b)),
    Claim(91, "valid", s, 1 / (1 + exp(-z))),
    Claim(92, "valid", 1 + exp(-z), 1 / pz),
    Claim(93, "valid", exp(-z), 1 / pz - 1),
    Claim(93, "valid", 1 / pz - 1, (1 - pz) / pz, k=2),
    Claim(94, "valid", exp(z), pz / (1 - pz)),
    Claim(95, "valid", z, log(pz / (1 - pz))),
    Claim(105, "valid", -y * log(s) - (1 - y) * log(1 - s),
          cases01(y, -log(1 - s), -log(s)), domain=Y01),
    Claim(109, "valid", cases01(y, -log(1 - s), -log(s)),
          cases01(y, -log(exp(-z) / (1 + exp(-z))), log(1 + exp(-z))), domain=Y01),
    Claim(113, "valid", cases01(y, -log(exp(-z) / (1 + exp(-z))), log(1 + exp(-z))),
          cases01(y, log(1 + exp(z)), log(1 + exp(-z))), domain=Y01),
    Claim(129, "valid", cases01(y, 1 - s, s), s**y * (1 - s)**(1 - y), domain=Y01),
    Claim(132, "valid", log(s**y * (1 - s)**(1 - y)), y * log(s) + (1 - y) * log(1 - s),
          domain=Y01),
    # multi-label: sigma(z_c) with z_c = W_c^T x + b_c, written with a bare b
    Claim(148, "ambiguous", sig(Wc1 * u1 + Wc2 * u2 + bc), sig(Wc1 * u1 + Wc2 * u2 + b),
          alt=(sig(Wc1 * u1 + Wc2 * u2 + bc), sig(Wc1 * u1 + Wc2 * u2 + bc)),
          note="z = W^T x + b with b in R^C gives z_c = W_c^T x + b_c; the bare b (a scalar as in "
               "the binary model, or the whole vector) differs, it holds only if b means b_c"),
    # multinomial cross-entropy
    Claim(168, "valid", H_yyhat, -sum(a * log(bq) for a, bq in zip(onehot, yhat)), domain=K3),
    Claim(169, "valid", H_yyhat, -log(pick(yhat, k)), domain=K3),
    # over-parameterization
    Claim(184, "valid", plain, shift1, domain=K3),
    Claim(185, "valid", shift1, shift2, domain=K3),
    Claim(186, "valid", shift2, plain, domain=K3),
    # the binary case of softmax regression
    Claim(199, "valid", true_vec, (t1 * exp(s1) + t2 * exp(s2)) / (exp(s1) + exp(s2))),
    Claim(210, "valid", true_vec, vec_a),
    Claim(215, "valid", vec_a, vec_b),
    Claim(219, "invalid", vec_b, vec_c,
          note="e^u/(1+e^u) = sigma(u) and 1/(1+e^u) = 1 - sigma(u): the two entries are swapped"),
    Claim(234, "valid", H2, nll2, domain=M12),
    Claim(235, "ambiguous", nll2, cases01(m - 1, -log(1 - sig(uu)), -log(sig(uu))),
          alt=(nll2, cases01(2 - m, -log(1 - sig(uu)), -log(sig(uu)))),
          domain=M12,
          note="with z = W'^T x + b', yhat_1 = sigma(z); holds if class c = 1 is the y = 1 class, "
               "fails under the order c = y + 1 suggested by the swapped vector above"),
    Claim(250, "valid", binomial(C, 2), C * (C - 1) / 2, domain={C: (2, 3, 4, 5, 6)}),
]
