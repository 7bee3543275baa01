"""Labels for 130_softmax_ce_gradient_iceory.md.

Concrete instance: C = 3 classes, inputs x1, x2, x3, S = e^{x1} + e^{x2} + e^{x3} (every
"\\sum e^{x_k}" is this sum over k = 1..C), y_c = e^{x_c}/S.  The case i = j (line 14) is checked
at i = j = 1; the case i != j (line 18) at i = 1, j = 2.  The gradient chain (line 38) is checked
at i = 1, so "\\sum_{i\\ne j}^C" is the sum over j = 2, 3 and "\\sum_i^C t_i" is t1 + t2 + t3.
Lines 14-38 k = 1..7 hold for any label vector t; the last step (line 38, k = 8) uses
sum_c t_c = 1, which the document grants by taking t one-hot (checked with t3 = 1 - t1 - t2).
Not claims: the definition of y_i (line 7; "i=1,..., C" is an index range), the case conditions
"i=j" / "i\\ne j" (lines 14, 18), and the two definitions of \\mathcal L (lines 25, 32).
"""
from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = "https://github.com/ICEORY/softmax_loss_gradient/blob/b85318755f1e996643496ee4990368d59a0dc9f8/README.md"
TITLE = "Reproduction of Softmax Loss with Cross Entropy (ICEORY)"
TOPIC = "softmax"


def R(name):
    return Symbol(name, real=True)


x = [R("x1"), R("x2"), R("x3")]
t = [R("t1"), R("t2"), R("t3")]
E = [exp(v) for v in x]
S = sum(E)
y = [e / S for e in E]
L = -sum(t[c] * log(y[c]) for c in range(3))

# ---- line 14: i = j = 1
d11 = diff(y[0], x[0])
q11 = (E[0] * S - E[0] * E[0]) / S**2
p11 = E[0] / S * (S - E[0]) / S

# ---- line 18: i = 1, j = 2
d12 = diff(y[0], x[1])
wrong = diff(E[1] / S, x[1])              # d/dx_j of e^{x_j}/sum e^{x_k}, as written
q12 = (0 * S - E[0] * E[1]) / S**2

# ---- line 38: i = 1
i = 0
others = [1, 2]                            # j != i
g1 = -sum(diff(t[c] * log(y[c]), x[i]) for c in range(3))
g2 = -sum(t[c] * diff(log(y[c]), x[i]) for c in range(3))
g3 = -sum(t[c] * 1 / y[c] * diff(y[c], x[i]) for c in range(3))
g4 = -t[i] / y[i] * diff(y[i], x[i]) - sum(t[j] / y[j] * diff(y[j], x[i]) for j in others)
g5 = -t[i] / y[i] * y[i] * (1 - y[i]) - sum(t[j] / y[j] * (-y[i] * y[j]) for j in others)
g6 = -t[i] + t[i] * y[i] + sum(t[j] * y[i] for j in others)
g7 = -t[i] + y[i] * sum(t)
g8 = y[i] - t[i]
onehot = {t[2]: 1 - t[0] - t[1]}

CLAIMS = [
    Claim(14, "valid", d11, diff(y[0], x[0]), k=1, note="with i = j, d y_i/d x_j is d y_i/d x_i"),
    Claim(14, "valid", diff(y[0], x[0]), q11, k=2,
          note="quotient rule; e^{x_j} = e^{x_i} since i = j, and d/dx_i sum e^{x_k} = e^{x_i}"),
    Claim(14, "valid", q11, p11, k=3, note="numerator and denominator split into two factors"),
    Claim(14, "valid", p11, y[0] * (1 - y[0]), k=4, note="e^{x_i}/sum = y_i and (sum - e^{x_i})/sum = 1 - y_i"),
    Claim(18, "invalid", d12, wrong, k=1,
          note="the written numerator is e^{x_j}, so the right side is d y_j/d x_j = y_j(1-y_j), not d y_i/d x_j = -y_i y_j"),
    Claim(18, "invalid", wrong, q12, k=2,
          note="d(e^{x_j}/sum)/dx_j = y_j(1-y_j); the quotient-rule result shown (numerator derivative 0) belongs to e^{x_i}/sum"),
    Claim(18, "valid", q12, -E[0] / S * E[1] / S, k=3, note="-e^{x_i}e^{x_j}/sum^2 split into two ratios"),
    Claim(18, "valid", -E[0] / S * E[1] / S, -y[0] * y[1], k=4, note="each ratio is a softmax output"),
    Claim(38, "valid", diff(L, x[i]), g1, k=1, note="derivative of a sum taken term by term"),
    Claim(38, "valid", g1, g2, k=2, note="the label t_c is a constant"),
    Claim(38, "valid", g2, g3, k=3, note="d log y_c = (1/y_c) d y_c"),
    Claim(38, "valid", g3, g4, k=4, note="the c = i term split off from the terms j != i"),
    Claim(38, "valid", g4, g5, k=5,
          note="softmax derivatives y_i(1-y_i) and -y_i y_j substituted; the stray \\partial in \\frac{\\partial t_j}{y_j} is read as t_j/y_j"),
    Claim(38, "valid", g5, g6, k=6, note="y_i and y_j cancel, sign of the sum flipped"),
    Claim(38, "valid", g6, g7, k=7, note="t_i y_i + sum_{j!=i} t_j y_i = y_i sum_c t_c (summation index reused as i)"),
    Claim(38, "valid", g7.subs(onehot), g8, k=8, note="sum_c t_c = 1 for the one-hot label t"),
]
