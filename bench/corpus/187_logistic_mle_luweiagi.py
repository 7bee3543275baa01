from sympy import Symbol, exp, diff, log, Rational, Mul

from labels import Claim

SOURCE = ("https://github.com/luweiagi/machine-learning-notes/blob/21a9ed6ea5ee46c8721588c86213b7564d5e7dd2/"
          "docs/machine-learning/linear-model/logistic-regression/logistic-regression.md")
TITLE = "Logistic regression (loss from maximum likelihood, gradient, softmax reduction, sigmoid derivative)"
TOPIC = "logistic"

M = 3  # samples


def sig(t):
    return 1 / (1 + exp(-t))


ys = [Symbol(f"y{i}", real=True) for i in range(1, M + 1)]
Y01 = {y: (0, 1) for y in ys}

# ---- squared-error cost (line 18): scalar w, scalar inputs x_i, as in "wx + b"
w, b = Symbol("w", real=True), Symbol("b", real=True)
xs = [Symbol(f"x{i}", real=True) for i in range(1, M + 1)]
cost_natural = Rational(1, 2) * sum((sig(w * x + b) - y) ** 2 for x, y in zip(xs, ys))
cost_rhs = sum((1 / (1 + exp(-(w * x - b))) - y) ** 2 for x, y in zip(xs, ys))

# ---- likelihood with probabilities phi_i = phi(z^(i)) in (0, 1)
ps = [Symbol(f"p{i}", positive=True) for i in range(1, M + 1)]
PDOM = {p: (0.05, 0.95) for p in ps}
bern = [y * p + (1 - y) * (1 - p) for y, p in zip(ys, ps)]  # p(y|x) for y in {0, 1}
L_true = Mul(*bern)
L_literal = Mul(*[p ** y * (1 - p ** (1 - y)) for y, p in zip(ys, ps)])  # "(1-\phi(z)^{1-y}" closed at the end
L_natural = Mul(*[p ** y * (1 - p) ** (1 - y) for y, p in zip(ys, ps)])
ll_sum = sum(y * log(p) + (1 - y) * log(1 - p) for y, p in zip(ys, ps))

# ---- gradient of J w.r.t. w_1, two features
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
X = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(1, M + 1)]
zs = [w1 * r[0] + w2 * r[1] + b for r in X]
ss = [sig(t) for t in zs]
J = -sum(y * log(s) + (1 - y) * log(1 - s) for y, s in zip(ys, ss))
bracket = [y / s - (1 - y) / (1 - s) for y, s in zip(ys, ss)]
g1 = -sum(br * diff(s, w1) for br, s in zip(bracket, ss))
g2_literal = -sum(br * s * (1 - s) * diff(s, w1) for br, s in zip(bracket, ss))  # reads phi/\partial w_j as d phi/d w_j
g2_intended = -sum(br * s * (1 - s) * r[0] for br, s, r in zip(bracket, ss, X))  # the needed factor is dz/dw_j = x_j
g3 = -sum((y * (1 - s) - (1 - y) * s) * r[0] for y, s, r in zip(ys, ss, X))
g4 = -sum((y - s) * r[0] for y, s, r in zip(ys, ss, X))

# ---- log-softmax, K = 3, i = 1
z1, z2, z3 = (Symbol(f"z{k}", real=True) for k in (1, 2, 3))
S = exp(z1) + exp(z2) + exp(z3)

# ---- two-class reduction, n = 2 features
w11, w12, w01, w02 = (Symbol(n, real=True) for n in ("w11", "w12", "w01", "w02"))
u1, u2 = Symbol("u1", real=True), Symbol("u2", real=True)  # the x_1, x_2 of the point
s1, s0 = w11 * u1 + w12 * u2, w01 * u1 + w02 * u2
P1_general = exp(s1) / (exp(s0) + exp(s1))  # P(y=k) with k' over {0, 1}, k = 1

# ---- sigmoid derivative
z = Symbol("z", real=True)
f = 1 / (1 + exp(-z))

CLAIMS = [
    Claim(18, "invalid", cost_natural, cost_rhs, domain=Y01,
          note="the right side drops the 1/2 and uses wx-b, while z=wx+b; (parenthesis also unbalanced)"),
    Claim(28, "ambiguous", L_true, L_literal, domain={**Y01, **PDOM}, alt=(L_true, L_natural),
          note="unbalanced parenthesis: closed after phi(z) it is the Bernoulli likelihood; closed at the end it is 1-phi^(1-y)"),
    Claim(32, "valid", log(L_true), ll_sum, domain={**Y01, **PDOM}),
    Claim(36, "valid", -log(L_true), -ll_sum, domain={**Y01, **PDOM}),
    Claim(57, "valid", diff(f, z), f * (1 - f)),
    Claim(71, "valid", diff(J, w1), g1, domain=Y01),
    Claim(72, "invalid", g1, g2_literal, domain=Y01,
          note="typo: the last factor is written phi(z)/\\partial w_j; the chain rule needs dz/dw_j = x_j, so sigma' is applied twice"),
    Claim(73, "ambiguous", g2_literal, g3, domain=Y01, alt=(g2_intended, g3),
          note="follows from the previous line only when its garbled factor is read as dz/dw_j = x_j"),
    Claim(74, "valid", g3, g4, domain=Y01),
    Claim(105, "valid", log(exp(z1) / S), log(exp(z1) / S)),
    Claim(105, "valid", log(exp(z1) / S), z1 - log(S), k=2),
    Claim(125, "valid", P1_general, exp(s1) / (exp(s1) + exp(s0))),
    Claim(129, "valid", exp(s1) / (exp(s1) + exp(s0)), 1 / (1 + exp(-((w11 - w01) * u1 + (w12 - w02) * u2)))),
    Claim(137, "valid", diff(f, z), diff(1 / (1 + exp(-z)), z)),
    Claim(138, "valid", diff(1 / (1 + exp(-z)), z), exp(-z) / (1 + exp(-z)) ** 2),
    Claim(139, "valid", exp(-z) / (1 + exp(-z)) ** 2, (1 + exp(-z) - 1) / (1 + exp(-z)) ** 2),
    Claim(140, "valid", (1 + exp(-z) - 1) / (1 + exp(-z)) ** 2, 1 / (1 + exp(-z)) * (1 - 1 / (1 + exp(-z)))),
    Claim(141, "valid", 1 / (1 + exp(-z)) * (1 - 1 / (1 + exp(-z))), f * (1 - f)),
]
